import Foundation

/// A news corpus made up for measuring, the same for the same seed and size (and each size's
/// corpus the start of every larger one): articles of many outlets over three years, most
/// reporting an event that 2 to 10 outlets cover, sharing its names, figures and quotations,
/// some passages reworded, a quotation sometimes cut to a fragment.
public struct NewsGenerator {
    /// One made-up article: its file name and its text as news-please JSON, with the event it reports.
    public struct Article: Sendable {
        public let fileName: String
        public let json: String
        public let event: String
    }

    private var random: SplitMix64
    private let vocabulary: Vocabulary
    private let people: [String]
    private let places: [String]
    private let outlets: [String]
    private var articlesMade = 0
    private var eventsMade = 0
    private var pending: [Article] = []

    public init(seed: UInt64 = 1) {
        random = SplitMix64(seed: seed)
        vocabulary = Vocabulary(size: 30_000, random: &random)
        func capitalised(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }
        var names = SplitMix64(seed: seed ^ 0x5EED)
        let firsts = (0..<3000).map { _ in capitalised(Vocabulary.madeUpWord(&names)) }
        let lasts = (0..<6000).map { _ in capitalised(Vocabulary.madeUpWord(&names)) }
        people = (0..<20_000).map { _ in firsts[names.next(firsts.count)] + " " + lasts[names.next(lasts.count)] }
        places = (0..<4000).map { _ in capitalised(Vocabulary.madeUpWord(&names)) }
        outlets = (0..<80).map { "www.news\($0).example.com" }
    }

    /// The next `count` articles.
    public mutating func articles(_ count: Int) -> [Article] {
        var made: [Article] = []
        while made.count < count {
            if pending.isEmpty { pending = event() }
            made.append(pending.removeFirst())
        }
        return made
    }

    /// Writes the next `count` articles into a folder, one JSON file each.
    public mutating func write(_ count: Int, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for article in articles(count) {
            try Data(article.json.utf8).write(to: folder.appendingPathComponent(article.fileName))
        }
    }

    /// The articles of one event: its outlets, days, names, figures, facts and quotations.
    private mutating func event() -> [Article] {
        let id = "e\(eventsMade)"
        eventsMade += 1
        let day = random.next(3 * 365)
        let names = random.sample(people, 3) + random.sample(places, 2)
        let words = (0..<15).map { _ in vocabulary.distinctive(&random) }
        let figures = (0..<3).map { _ in Self.figure(&random) }
        let facts = (0..<6).map { _ in sentence(words: words, names: names, figures: figures) }
        let quotations = (0..<3).map { _ in sentence(words: words, names: [], figures: []) }
        return random.sample(outlets, 2 + random.next(9)).map { outlet in
            article(outlet: outlet, event: id, day: day + [0, 0, 0, 1, 1, 2, 3][random.next(7)],
                    words: words, names: names, figures: figures, facts: facts, quotations: quotations)
        }
    }

    private mutating func article(outlet: String, event: String, day: Int, words: [String], names: [String],
                                  figures: [String], facts: [String], quotations: [String]) -> Article {
        var sentences: [String] = []
        for _ in 0..<(12 + random.next(12)) { sentences.append(sentence(words: words, names: names, figures: figures)) }
        // The event's facts, as they were put or in other words.
        for fact in random.sample(facts, 2 + random.next(4)) {
            sentences.insert(random.chance(50) ? fact : reworded(fact, words: words), at: random.next(sentences.count + 1))
        }
        for quotation in random.sample(quotations, random.next(3)) {
            let speaker = names[random.next(3)]
            let quoted = random.chance(25) ? fragment(of: quotation) : quotation
            let line = random.chance(50) ? "“\(quoted),” \(speaker) said." : "\(speaker) said: “\(quoted).”"
            sentences.insert(line, at: random.next(sentences.count + 1))
        }
        let paragraphs = stride(from: 0, to: sentences.count, by: 3).map { sentences[$0..<min(sentences.count, $0 + 3)].joined(separator: " ") }
        let title = capitalisedFirst(random.sample(words, 5).joined(separator: " ") + " " + names[0])
        let date = Self.date(day)
        let record: [String: Any] = [
            "title": title, "maintext": paragraphs.joined(separator: "\n\n"), "source_domain": outlet,
            "date_publish": "\(date) 08:00:00", "authors": [String](), "newsCluster": ["Event": event],
        ]
        let data = try! JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
        articlesMade += 1
        return Article(fileName: String(format: "%06d.json", articlesMade - 1), json: String(decoding: data, as: UTF8.self), event: event)
    }

    /// A sentence of 10 to 22 words: mostly the language at large, some of the event's own words and names, now and then a figure.
    private mutating func sentence(words: [String], names: [String], figures: [String]) -> String {
        var parts: [String] = []
        for _ in 0..<(10 + random.next(13)) {
            let roll = random.next(100)
            if roll < 12, !words.isEmpty {
                parts.append(words[random.next(words.count)])
            } else if roll < 18, !names.isEmpty {
                parts.append(names[random.next(names.count)])
            } else if roll < 20, !figures.isEmpty {
                parts.append(figures[random.next(figures.count)])
            } else {
                parts.append(vocabulary.draw(&random))
            }
        }
        return capitalisedFirst(parts.joined(separator: " ")) + "."
    }

    /// The same fact in other words: a third of its words changed, its names and figures kept.
    private mutating func reworded(_ sentence: String, words: [String]) -> String {
        var parts = sentence.dropLast().split(separator: " ").map(String.init)
        for index in parts.indices where random.chance(33) && parts[index].first?.isLowercase == true {
            parts[index] = random.chance(50) ? vocabulary.draw(&random) : words[random.next(words.count)]
        }
        return capitalisedFirst(parts.joined(separator: " ")) + "."
    }

    /// Four to seven words from the middle of a quotation.
    private mutating func fragment(of quotation: String) -> String {
        let parts = quotation.dropLast().split(separator: " ")
        let length = min(parts.count, 4 + random.next(4))
        let start = random.next(parts.count - length + 1)
        return parts[start..<(start + length)].joined(separator: " ").lowercased()
    }

    private func capitalisedFirst(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    private static func figure(_ random: inout SplitMix64) -> String {
        switch random.next(3) {
        case 0: return String(1 + random.next(99))
        case 1: return "\(1 + random.next(99)),\(String(format: "%03d", random.next(1000)))"
        default: return "$\(1 + random.next(900)) million"
        }
    }

    /// Days after 2021-01-01 as YYYY-MM-DD.
    private static func date(_ day: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let date = calendar.date(byAdding: .day, value: day, to: Date(timeIntervalSince1970: 1_609_459_200))!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}
