/// A headline made from the lead sentence when the file gives no title: cut at a word,
/// at a natural break between 8 and 14 words where there is one.
enum Headline {
    static func fromLead(_ sentence: String) -> String? {
        var words = sentence.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return nil }
        if words.count <= 14 {
            var text = words.joined(separator: " ")
            while let last = text.last, ".,;:".contains(last) { text.removeLast() }
            return text
        }
        // Break before a function word after a content word, as late as possible up to 14 words.
        var cut = 12
        for count in stride(from: 14, through: 8, by: -1) {
            let last = words[count - 1].lowercased()
            let next = words[count].lowercased()
            if Lexicon.functionWords.contains(next) && !Lexicon.functionWords.contains(last) {
                cut = count
                break
            }
        }
        words = Array(words.prefix(cut))
        var text = words.joined(separator: " ")
        while let last = text.last, ".,;:—–-".contains(last) { text.removeLast() }
        return text + "…"
    }
}
