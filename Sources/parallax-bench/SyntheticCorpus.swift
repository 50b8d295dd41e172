import Foundation
import ParallaxCore

/// News-like articles made up for measuring: words drawn with the frequencies of a real
/// corpus (Zipf's law comes with them), names, quotations with speakers, outlets and dates.
/// The same seed gives the same articles.
struct SyntheticCorpus {
    private var random: SplitMix64
    private let words: [String]
    /// Running totals of the words' counts, for drawing a word by its frequency.
    private let cumulative: [Int]
    private let names: [String]
    static let outlets = ["CNN", "BBC News", "Reuters", "The Guardian", "Fox News", "NPR", "Al Jazeera", "The New York Times",
                          "Bloomberg", "USA Today", "CNBC", "Daily Mail", "Le Monde", "Der Spiegel", "El País", "ABC News"]

    /// Learns the words from the texts of the articles at `paths`.
    init(learningFrom articles: [Article], seed: UInt64) {
        random = SplitMix64(seed: seed)
        var counts: [String: Int] = [:]
        var capitalised: Set<String> = []
        for article in articles {
            for word in article.text.split(whereSeparator: { !$0.isLetter && $0 != "’" && $0 != "'" }) {
                counts[String(word).lowercased(), default: 0] += 1
                if word.first?.isUppercase == true, word.count > 3 { capitalised.insert(String(word)) }
            }
        }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(30_000)
        words = ranked.map(\.key)
        var total = 0
        cumulative = ranked.map { total += $0.value; return total }
        let capitals = capitalised.sorted()
        var names: [String] = []
        var nameRandom = SplitMix64(seed: seed ^ 0x5EED)
        for _ in 0..<min(3000, capitals.count * 2) {
            names.append(capitals[nameRandom.next(capitals.count)] + " " + capitals[nameRandom.next(capitals.count)])
        }
        self.names = names.isEmpty ? ["Alex Morgan"] : names
    }

    /// An article in the front-matter format, about `words` words long.
    mutating func article(number: Int, words target: Int = 340) -> String {
        let day = random.next(730)
        let date = Calendar(identifier: .gregorian).date(byAdding: .day, value: day, to: Date(timeIntervalSince1970: 1_704_067_200))!
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        var text = "---\ntitle: \"\(sentence(8 + random.next(6), capitalise: true).replacingOccurrences(of: "\\", with: ""))\"\noutlet: \(Self.outlets[random.next(Self.outlets.count)])\n"
        text += "date: \(formatter.string(from: date))\n---\n"
        var written = 0
        while written < target {
            var paragraph = ""
            for _ in 0..<(2 + random.next(2)) {
                let length = 12 + random.next(11)
                written += length
                if random.next(4) == 0 {
                    paragraph += "“\(sentence(length, capitalise: true)),” \(names[random.next(names.count)]) said. "
                } else {
                    paragraph += sentence(length, capitalise: true) + ". "
                }
            }
            text += paragraph + "\n\n"
        }
        return text
    }

    private mutating func sentence(_ length: Int, capitalise: Bool) -> String {
        var parts: [String] = []
        for index in 0..<length {
            if random.next(12) == 0 {
                parts.append(names[random.next(names.count)])
                continue
            }
            let word = self.word()
            parts.append(index == 0 && capitalise ? word.prefix(1).uppercased() + word.dropFirst() : word)
        }
        return parts.joined(separator: " ")
    }

    private mutating func word() -> String {
        let draw = random.next(cumulative.last ?? 1)
        var low = 0, high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] <= draw { low = middle + 1 } else { high = middle }
        }
        return words.isEmpty ? "news" : words[low]
    }
}

/// A small, fast, seedable random number generator (Vigna's SplitMix64).
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound.
    mutating func next(_ bound: Int) -> Int {
        Int(next() % UInt64(max(1, bound)))
    }
}
