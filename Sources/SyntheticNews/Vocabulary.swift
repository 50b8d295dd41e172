import Foundation

/// Made-up words drawn as words of real news are: a few function words very often, the rest
/// by Zipf's law (the word of rank r about 1/r^1.07 as often as the first).
struct Vocabulary {
    static let functionWords = ("the of to and a in that said for on is was with he it as at by from his "
        + "have be has are but not they who this were an their will had been would its after about more "
        + "we when she which also than there over up new two into last over could year people").split(separator: " ").map(String.init)

    let words: [String]
    private let cumulative: [Double]

    init(size: Int, random: inout SplitMix64) {
        var seen = Set(Self.functionWords)
        var words: [String] = []
        while words.count < size {
            let word = Self.madeUpWord(&random)
            if seen.insert(word).inserted { words.append(word) }
        }
        self.words = words
        var total = 0.0
        cumulative = words.indices.map { rank in
            total += 1 / pow(Double(rank + 1), 1.07)
            return total
        }
    }

    /// A word of two to four syllables, sounding like nothing in particular.
    static func madeUpWord(_ random: inout SplitMix64) -> String {
        let syllables = ["ka", "lo", "mi", "ra", "ten", "por", "sul", "ve", "dan", "gri", "ost", "bel", "cor", "nu", "fa",
                         "shi", "tro", "lem", "vik", "ad", "mer", "sto", "lin", "qua", "zed", "ho", "pri", "mon"]
        return (0..<(2 + random.next(3))).map { _ in syllables[random.next(syllables.count)] }.joined()
    }

    /// A word by frequency; one in three is a function word, as in news text.
    func draw(_ random: inout SplitMix64) -> String {
        if random.next(3) == 0 { return Self.functionWords[random.next(Self.functionWords.count)] }
        let target = Double(random.next(1 << 30)) / Double(1 << 30) * (cumulative.last ?? 1)
        var low = 0, high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] < target { low = middle + 1 } else { high = middle }
        }
        return words[low]
    }

    /// A word from the middle of the ranks: rare enough to mark a story.
    func distinctive(_ random: inout SplitMix64) -> String {
        words[200 + random.next(max(1, words.count / 2))]
    }
}

