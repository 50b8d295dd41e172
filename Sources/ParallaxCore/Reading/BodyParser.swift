import Foundation

/// Reads the body of an article (plain text, or the text of a JSON or front-matter file)
/// into blocks, and takes what the body itself says about the article: a leading
/// `date YYYY-MM-DD`, a byline, an outlet named in a byline or dateline.
enum BodyParser {
    struct Result {
        var blocks: [RawBlock]
        var date: PublicationDate?
        var byline: String?
        var outlet: String?
    }

    /// `markdown`: the body came through `MarkdownText`, whose heading marker makes a heading.
    static func parse(_ body: String, title: String? = nil, markdown: Bool = false) -> Result {
        // JSON and front matter bodies may carry CRLF of their own.
        var text = Substring(TextDecoding.normalizeLineEnds(body))
        let date = takeLeadingDate(&text)
        var result = Result(blocks: [], date: date)
        var section: (label: String, lasting: Bool)?
        var paragraphs = GalleryRules.captions(ParagraphSplitter.paragraphs(of: String(text)))
        // A lead paragraph far longer than the title is no copy of it, and is not worth normalising.
        if let title, let first = paragraphs.first, first.utf8.count <= 2 * title.utf8.count + 64, normalized(first) == normalized(title) {
            paragraphs.removeFirst()
        }

        for (index, original) in paragraphs.enumerated() {
            var paragraph = BoilerplateRules.stripLeadingFurniture(original)
            if paragraph.isEmpty || BoilerplateRules.isBoilerplate(paragraph) { continue }
            // A Markdown heading ("## Section") is a heading whatever its punctuation.
            if markdown, paragraph.hasPrefix(MarkdownText.headingMarker) {
                section = nil
                let heading = String(paragraph.dropFirst(MarkdownText.headingMarker.count))
                if !heading.isEmpty { result.blocks.append(RawBlock(kind: .heading, text: heading, section: nil)) }
                continue
            }

            if result.blocks.count < 3, result.byline == nil, let byline = BylineRules.byline(in: paragraph) {
                result.byline = byline.name
                if result.outlet == nil { result.outlet = byline.outlet }
                continue
            }
            if TrailerRules.isTrailer(paragraph) {
                result.blocks.append(RawBlock(kind: .trailer, text: paragraph, section: nil))
                continue
            }
            if let labelled = SectionLabelRules.label(in: paragraph) {
                section = (labelled.label, labelled.opensSection)
                result.blocks.append(RawBlock(kind: .label, text: labelled.label, section: labelled.label))
                paragraph = labelled.rest
                if paragraph.isEmpty { continue }
                result.blocks.append(RawBlock(kind: .paragraph, text: paragraph, section: labelled.label))
                if !labelled.opensSection { section = nil }
                continue
            }
            let isLast = index == paragraphs.count - 1
            if !isLast, HeadingRules.isHeading(paragraph) {
                section = nil
                result.blocks.append(RawBlock(kind: .heading, text: paragraph, section: nil))
                continue
            }
            var block = RawBlock(kind: .paragraph, text: paragraph, section: section?.label)
            // The story's first paragraph opens with one; a later one only when marked, a place in capitals then a dash
            // or outlet ("FILE - In this photo …" captions the picture, then "BERLIN — A German police union boss …").
            let isFirst = !result.blocks.contains(where: { $0.kind == .paragraph })
            if let dateline = DatelineRules.dateline(in: paragraph), isFirst || dateline.isMarked {
                block.datelineLength = dateline.length
                if isFirst, result.outlet == nil { result.outlet = dateline.outlet }
            }
            result.blocks.append(block)
        }
        return result
    }

    /// `date 2025-06-16` at the very start, possibly followed by text on the same line.
    static func takeLeadingDate(_ text: inout Substring) -> PublicationDate? {
        let trimmed = text.drop(while: { $0.isWhitespace })
        guard trimmed.prefix(5).lowercased() == "date " else { return nil }
        let rest = trimmed.dropFirst(5).drop(while: { $0 == " " })
        guard let date = PublicationDate(leadingISO: rest) else { return nil }
        text = rest.dropFirst(10)
        return date
    }

    private static func normalized(_ text: String) -> String {
        text.lowercased().filter { $0.isLetter || $0.isNumber }
    }
}
