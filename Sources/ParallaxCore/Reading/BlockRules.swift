import Foundation

/// Lines that belong to the page, not the story.
enum BoilerplateRules {
    private static let exactLines: Set<String> = [
        "share and follow", "share this article", "share this", "share", "advertisement",
        "media playback is unsupported on your device", "skip advertisement", "continue reading",
        "read more", "related", "related articles", "story continues below advertisement",
        "close", "image", "video", "follow us", "sign up", "()", "photo", "advertisement continue reading the main story",
        "scroll down for video", "scroll for video", "keep up with this story and more by subscribing now",
    ]
    private static let prefixes = [
        "sign up for", "subscribe to", "click here to", "read more:", "related:", "follow us on",
        "image copyright", "image caption", "media caption", "getty images", "copyright ©", "© ",
        "enlarge this image", "more:", "license for publishing", "for more information", "for more on", "for more nfl",
        "watch:", "read more about", "chat with us in facebook messenger",
    ]

    /// Made once: building the union on every paragraph cost more than the rest of the check.
    private static let edges = CharacterSet.punctuationCharacters.union(.whitespaces)

    static func isBoilerplate(_ paragraph: String) -> Bool {
        // "MOST READ IN NEWS 'I'M MADDIE!' Student jokes …": a list of other stories' headlines, however long.
        if paragraph.utf8.starts(with: "MOST READ IN ".utf8) { return true }
        // Page furniture is short; a paragraph of prose is never looked at twice.
        guard paragraph.utf8.count <= 160 else { return false }
        let lower = paragraph.lowercased()
        let bare = lower.trimmingCharacters(in: edges)
        if exactLines.contains(bare) { return true }
        // "SaveSave", "SaveSaveSaveSave": leftovers of a page's save buttons.
        if bare.hasPrefix("save"), bare.utf8.count % 4 == 0, bare.replacingOccurrences(of: "save", with: "").isEmpty { return true }
        if lower.hasSuffix(" read more") && paragraph.count < 120 { return true }
        // Compared as bytes: comparing characters cost more than the rest of the check.
        return prefixes.contains { lower.utf8.starts(with: $0.utf8) }
    }

    /// "() President …": the empty parentheses left where an outlet's name was stripped; "Story highlights
    /// Four hours into flight, …": the label of a page's summary.
    static func stripLeadingFurniture(_ paragraph: String) -> String {
        var text = Substring(paragraph)
        while let furniture = ["()", "Story highlights "].first(where: { text.hasPrefix($0) }) {
            text = text.dropFirst(furniture.count).drop(while: { $0 == " " })
        }
        return String(text)
    }
}

/// "By Samantha Waldenberg, CNN".
enum BylineRules {
    private static let roleWords = ["writer", "correspondent", "editor", "reporter", "staff", "contributor", "columnist", "news service"]

    static func byline(in paragraph: String) -> (name: String, outlet: String?)? {
        guard paragraph.hasPrefix("By ") || paragraph.hasPrefix("BY ") else { return nil }
        let rest = paragraph.dropFirst(3).trimmingCharacters(in: .whitespaces)
        let words = rest.split(separator: " ")
        guard !words.isEmpty, words.count <= 14, let first = rest.first, first.isUppercase,
              !rest.hasSuffix("."), !rest.contains("“"), !rest.contains("\"") else { return nil }
        guard let comma = rest.lastIndex(of: ",") else { return (rest, nil) }
        let name = rest[..<comma].trimmingCharacters(in: .whitespaces)
        let tail = rest[rest.index(after: comma)...].trimmingCharacters(in: .whitespaces)
        let isRole = roleWords.contains { tail.lowercased().contains($0) }
        let tailWords = tail.split(separator: " ")
        if isRole || tail.isEmpty || tailWords.count > 4 || !(tail.first?.isUppercase ?? false) {
            return (name, nil)
        }
        return (name, tail)
    }
}

/// "(CNN) —", "WASHINGTON (Reuters) -", "UNITED STATES President …" at the start of a paragraph; marked
/// when a place in capitals, then an outlet or a dash, then a sentence's capital stand there ("BERLIN — A …",
/// not "OPEC - the cartel …").
enum DatelineRules {
    static func dateline(in paragraph: String) -> (length: Int, outlet: String?, isMarked: Bool)? {
        // Asked of every paragraph: only its opening can hold a dateline.
        let scalars = Array(paragraph.unicodeScalars.prefix(200))
        var i = 0
        var capsWords = 0
        // A run of capitalised place words, all in capitals ("WASHINGTON", "NEW YORK", "BEIRUT/THE HAGUE").
        while i < scalars.count {
            var j = i
            while j < scalars.count, scalars[j].properties.isUppercase || [".", "'", "/"].contains(scalars[j]) { j += 1 }
            let letters = scalars[i..<j].filter { $0.properties.isUppercase }.count
            guard letters >= 2, j < scalars.count, scalars[j] == " " || scalars[j] == "," else { break }
            capsWords += 1
            i = j
            while i < scalars.count, scalars[i] == " " || scalars[i] == "," { i += 1 }
        }
        // "BEIRUT/THE HAGUE, March 7 (Reuters) -": the day of the report after the place.
        if capsWords > 0, let end = dayOfReport(scalars, from: i) { i = end }
        var outlet: String?
        if i < scalars.count, scalars[i] == "(" , let close = scalars[i...].firstIndex(of: ")"), close - i <= 40 {
            let inside = String(String.UnicodeScalarView(scalars[(i + 1)..<close]))
            if !inside.isEmpty, inside.first!.isUppercase { outlet = inside }
            i = close + 1
            while i < scalars.count, scalars[i] == " " { i += 1 }
        }
        var sawDash = false
        if i < scalars.count, ["—", "–", "-"].contains(scalars[i]) {
            sawDash = true
            i += 1
            while i < scalars.count, scalars[i] == "-" || scalars[i] == " " { i += 1 }
        }
        let opensSentence = i < scalars.count && scalars[i].properties.isUppercase
        let isDateline = outlet != nil || (capsWords > 0 && sawDash) || (capsWords >= 2 && opensSentence)
        let isMarked = capsWords > 0 && (outlet != nil || sawDash) && opensSentence
        guard isDateline, i > 0, i < scalars.count else { return nil }
        return (i, outlet, isMarked)
    }

    private static let months: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]

    /// The end of "March 7 " or "Jan. 5, 2024 " at `start`, when a month and a day stand there and an
    /// outlet's parenthesis follows.
    private static func dayOfReport(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var i = start
        while i < scalars.count, scalars[i].properties.isAlphabetic { i += 1 }
        guard months.contains(String(String.UnicodeScalarView(scalars[start..<i]))) else { return nil }
        if i < scalars.count, scalars[i] == "." { i += 1 }
        while i < scalars.count, scalars[i] == " " { i += 1 }
        let digits = i
        while i < scalars.count, scalars[i].properties.numericType != nil || [",", " "].contains(scalars[i]) { i += 1 }
        return i > digits && i < scalars.count && scalars[i] == "(" ? i : nil
    }
}

/// Image credits and contributor lines after the story.
enum TrailerRules {
    private static let prefixes = [
        "featured image credit", "image credit", "image credits", "photo credit", "photo:", "photograph:",
        "reporting by", "additional reporting by", "editing by", "writing by", "compiled by",
        "top image:", "lead image:", "cover image:",
    ]
    private static let suffixes = [
        "contributed to this post.", "contributed to this report.", "contributed to this story.",
        "contributed to this article.", "contributed reporting.", "contributed to this report",
    ]

    static func isTrailer(_ paragraph: String) -> Bool {
        guard paragraph.utf8.count <= 1200, paragraph.count <= 300 else { return false }
        // "(Additional reporting by …; Editing by …)": Reuters puts its credits in parentheses.
        let lower = paragraph.lowercased().drop { $0 == "(" || $0 == "[" }
        return prefixes.contains { lower.hasPrefix($0) } || suffixes.contains { lower.hasSuffix($0) }
            || isPhotoCredit(paragraph)
    }

    /// "Jae C. Hong/AP", "David Becker/Getty Images": a short line naming a photographer and an agency.
    static func isPhotoCredit(_ paragraph: String) -> Bool {
        // Most paragraphs have no slash and are passed over on their bytes, never split into words.
        guard paragraph.utf8.contains(UInt8(ascii: "/")) else { return false }
        let words = paragraph.split(separator: " ")
        guard words.count <= 8, let slash = paragraph.firstIndex(of: "/"), let last = paragraph.last,
              !".!?:,”\"".contains(last) else { return false }
        let before = paragraph[..<slash], after = paragraph[paragraph.index(after: slash)...]
        return before.last != " " && after.first != " " && (after.first?.isUppercase ?? false)
    }
}

/// "Author’s Opinion While enforcing …": a label that opens a section.
enum SectionLabelRules {
    private static let labels: [(text: String, opensSection: Bool)] = [
        ("author’s opinion", true), ("author's opinion", true), ("opinion", true), ("analysis", true),
        ("commentary", true), ("editor’s note", false), ("editor's note", false),
        ("correction", false), ("update", false), ("clarification", false),
    ]

    static func label(in paragraph: String) -> (label: String, rest: String, opensSection: Bool)? {
        let lower = paragraph.prefix(20).lowercased()
        for label in labels where lower.hasPrefix(label.text) {
            let labelEnd = paragraph.index(paragraph.startIndex, offsetBy: label.text.count)
            var rest = paragraph[labelEnd...]
            let hasColon = rest.first == ":" || rest.first == "—"
            if hasColon { rest = rest.dropFirst() }
            rest = rest.drop(while: { $0 == " " })
            // Without a colon, the label must be followed by a new sentence ("… Opinion While …").
            guard hasColon || (paragraph[labelEnd...].first == " " && (rest.first?.isUppercase ?? false)) else { continue }
            // "Analysis shows …" is a sentence, not a label: a bare one-word label needs a colon.
            guard hasColon || label.text.contains(" ") else { continue }
            return (String(paragraph[..<labelEnd]), String(rest), label.opensSection)
        }
        return nil
    }
}

/// A short line without a final stop between paragraphs: an inline subheading.
enum HeadingRules {
    static func isHeading(_ paragraph: String) -> Bool {
        guard paragraph.count <= 80, let first = paragraph.first, let last = paragraph.last,
              first.isUppercase || first.isNumber else { return false }
        if ".!?:;,”\"’'…)]".contains(last) { return false }
        let words = paragraph.split(separator: " ")
        guard words.count <= 10 else { return false }
        return !paragraph.contains("“") && !paragraph.contains("\"") && !paragraph.contains("|")
    }
}

/// A photo gallery pasted into the text: "Photos: Mass shooting at Las Vegas music festival A
/// couple huddles … Hide Caption 3 of 31 Photos: …". The gallery's title stands once, where the
/// gallery starts, and each caption becomes a paragraph of its own, without the title repeated
/// before it or the page's "Hide Caption" button after it.
enum GalleryRules {
    private static let button = "Hide Caption "
    private static let opening = "Photos: "

    static func captions(_ paragraphs: [String]) -> [String] {
        guard paragraphs.contains(where: { $0.containsBytes(of: button) }) else { return paragraphs }
        var pieces = paragraphs.map { paragraph in
            paragraph.containsBytes(of: button) ? captionPieces(paragraph) : [paragraph]
        }
        let title = galleryTitle(pieces.joined().filter { $0.hasPrefix(opening) })
        if title != opening, let first = pieces.firstIndex(where: { $0.count > 1 }) {
            pieces[first].insert(title.dropFirst(opening.count).trimmingCharacters(in: .whitespaces), at: 0)
        }
        // Only a paragraph cut at a button is the gallery's: the story's own paragraphs stay as written.
        return pieces.flatMap { group in
            group.count < 2 ? group : group.compactMap { piece in
                // A photo without a caption leaves the title alone.
                let caption = (piece + " ").hasPrefix(title) ? (piece + " ").dropFirst(title.count).trimmingCharacters(in: .whitespaces) : piece
                return caption.isEmpty ? nil : caption
            }
        }
    }

    /// The paragraph cut at each "Hide Caption 3 of 31", which goes with the button: two pieces or more.
    private static func captionPieces(_ paragraph: String) -> [String] {
        var pieces: [String] = []
        var rest = Substring(paragraph)
        while let found = rest.firstRange(of: button) {
            pieces.append(String(rest[..<found.lowerBound]).trimmingCharacters(in: .whitespaces))
            // "3 of 31", and nothing after it: "Hide Caption 31 of 31 58 people died" keeps its 58.
            rest = rest[found.upperBound...].drop(while: \.isNumber)
            if rest.hasPrefix(" of ") { rest = rest.dropFirst(4).drop(while: \.isNumber) }
        }
        pieces.append(String(rest).trimmingCharacters(in: .whitespaces))
        return pieces
    }

    /// "Photos: Mass shooting at Las Vegas music festival ": the words every caption opens with.
    /// Two or three captions may all open with "A" too, so it takes a photo without a caption,
    /// which shows the title alone, or four captions at least.
    private static func galleryTitle(_ captions: [String]) -> String {
        guard captions.count >= 2 else { return opening }
        var words = captions[0].split(separator: " ", omittingEmptySubsequences: false)
        for caption in captions.dropFirst() {
            let other = caption.split(separator: " ", omittingEmptySubsequences: false)
            words = Array(zip(words, other).prefix { $0 == $1 }.map(\.0))
        }
        let title = words.joined(separator: " ")
        guard title.count >= opening.count, captions.count >= 4 || captions.contains(title) else { return opening }
        return title + " "
    }
}
