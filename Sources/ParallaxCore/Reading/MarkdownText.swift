/// Markdown reduced to the plain text a reader shows: emphasis and link syntax dropped,
/// headings marked so the body parser can keep them as headings.
enum MarkdownText {
    /// Put before a heading's text for the body parser, which makes the line a heading and drops it.
    static let headingMarker = "\u{F8FF}"

    static func plain(_ markdown: String) -> String {
        var lines: [String] = []
        var inFence = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") || line.hasPrefix("~~~") { inFence.toggle(); continue }
            if inFence { lines.append(String(line)); continue }
            var text = Substring(line)
            if text.first == "#" {
                let hashes = text.prefix(while: { $0 == "#" })
                if hashes.count <= 6, text.dropFirst(hashes.count).first == " " {
                    let title = text.dropFirst(hashes.count + 1).trimmingTrailing("#")
                    lines.append("")
                    lines.append(headingMarker + inline(title))
                    lines.append("")
                    continue
                }
            }
            if text.hasPrefix("> ") { text = text.dropFirst(2) }
            lines.append(inline(text))
        }
        return lines.joined(separator: "\n")
    }

    /// `**bold**`, `_em_`, `` `code` `` and `[text](url)` become their text.
    static func inline(_ text: Substring) -> String {
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c == "[", let close = text[i...].firstIndex(of: "]"),
               text.index(after: close) < text.endIndex, text[text.index(after: close)] == "(",
               let paren = text[close...].firstIndex(of: ")") {
                out += text[text.index(after: i)..<close]
                i = text.index(after: paren)
                continue
            }
            if c == "*" || c == "`" || (c == "_" && isEmphasisUnderscore(text, at: i)) {
                i = text.index(after: i)
                continue
            }
            out.append(c)
            i = text.index(after: i)
        }
        return out
    }

    /// An underscore at a word's edge is emphasis; inside a word (snake_case) it is text.
    private static func isEmphasisUnderscore(_ text: Substring, at i: Substring.Index) -> Bool {
        let before = i > text.startIndex ? text[text.index(before: i)] : " "
        let afterIndex = text.index(after: i)
        let after = afterIndex < text.endIndex ? text[afterIndex] : " "
        return !(before.isLetter && after.isLetter)
    }
}

private extension Substring {
    func trimmingTrailing(_ character: Character) -> Substring {
        var s = self
        while s.last == character || s.last == " " { s = s.dropLast() }
        return s
    }
}
