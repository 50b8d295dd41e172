/// Splits body text into paragraphs. Blank lines always separate paragraphs; a single
/// newline does too (some sources put one paragraph on each line), unless the lines of
/// a chunk are hard-wrapped prose, which is joined back into one paragraph.
enum ParagraphSplitter {
    static func paragraphs(of text: String) -> [String] {
        var result: [String] = []
        for chunk in chunks(of: text) {
            let lines = chunk.map(collapseSpaces).filter { !$0.isEmpty }
            if isHardWrapped(lines) {
                result.append(lines.joined(separator: " "))
            } else {
                result.append(contentsOf: joiningBrokenSentences(lines))
            }
        }
        return result
    }

    /// Groups of consecutive non-blank lines.
    private static func chunks(of text: String) -> [[Substring]] {
        var chunks: [[Substring]] = []
        var current: [Substring] = []
        // Split on the byte: splitting on the character would look for grapheme clusters at every letter.
        for bytes in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let line = Substring(bytes)
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { chunks.append(current); current = [] }
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { chunks.append(current) }
        return chunks
    }

    /// Wrapped prose: several lines of similar length, most not ending a sentence.
    static func isHardWrapped(_ lines: [String]) -> Bool {
        guard lines.count >= 3 else { return false }
        let body = lines.dropLast()
        let lengths = body.map(\.count)
        guard let longest = lengths.max(), longest <= 100, lengths.allSatisfy({ $0 >= longest * 6 / 10 }) else { return false }
        let openEnded = body.filter { line in
            guard let last = line.last else { return false }
            return !".!?:”\"".contains(last)
        }.count
        return openEnded * 2 >= body.count
    }

    /// "… as weather conditions" / "deteriorate,” he stated.": a line that opens in lower case after one
    /// that stops mid-sentence, on a letter or a comma, goes on with it; a source broke it there.
    private static func joiningBrokenSentences(_ lines: [String]) -> [String] {
        var joined: [String] = []
        for line in lines {
            if let previous = joined.last, let end = previous.last, end.isLetter || end == ",", line.first?.isLowercase == true {
                joined[joined.count - 1] = previous + " " + line
            } else {
                joined.append(line)
            }
        }
        return joined
    }

    /// Trims the line and folds runs of spaces and tabs into one space.
    /// Works on the UTF-8 bytes: space and tab are ASCII, so no other character can contain them.
    static func collapseSpaces(_ line: Substring) -> String {
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        var out: [UInt8] = []
        out.reserveCapacity(line.utf8.count)
        var pendingSpace = false
        for byte in line.utf8 {
            if byte == space || byte == tab {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(space); pendingSpace = false }
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
