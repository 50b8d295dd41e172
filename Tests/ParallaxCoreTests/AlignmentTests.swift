import Foundation
import Testing
@testable import ParallaxCore

/// Two articles aligned with the statements they share, and the text of each row.
struct AlignedPair {
    let left: Article
    let right: Article
    let alignment: Alignment

    init(_ left: Article, _ right: Article) {
        self.left = left
        self.right = right
        let statements = StatementFixtures.statements([left, right])
        alignment = ArticleAligner.align(left, right, statements: statements)
    }

    init(left: String, right: String) throws {
        try self.init(Fixtures.article(left, path: "left.txt"), Fixtures.article(right, path: "right.txt"))
    }

    var rows: [Alignment.Row] { alignment.rows }

    func leftText(_ row: Alignment.Row) -> String? { row.left.map { text(left, $0.range) } }
    func rightText(_ row: Alignment.Row) -> String? { row.right.map { text(right, $0.range) } }

    func text(_ article: Article, _ range: Range<Int>) -> String {
        Array(article.text.unicodeScalars).string(range)
    }
}

@Suite struct SeedAlignmentTests {
    let articles = Fixtures.seedArticles()

    @Test func theTwoTrumpQuotationsOf000And001AreTheSame() throws {
        let pair = AlignedPair(articles[0], articles[1])
        let post = try #require(pair.rows.first { pair.leftText($0)?.hasPrefix("“ICE Officers are herewith ordered") == true })
        #expect(post.match == .same)
        #expect(pair.rightText(post)?.hasPrefix("“ICE Officers are herewith ordered") == true)
        let cities = try #require(pair.rows.first { pair.leftText($0)?.hasPrefix("“In order to achieve this") == true })
        #expect(cities.match == .same)
        #expect(pair.rightText(cities)?.hasPrefix("“We must expand efforts") == true)
        #expect(post.counterpart == nil && cities.counterpart == nil)
    }

    @Test func theLeadsOf000And001TellTheSameFact() throws {
        let pair = AlignedPair(articles[0], articles[1])
        #expect(pair.rows[0].match == .similar)
        #expect(pair.rightText(pair.rows[0])?.hasPrefix("President Donald Trump called for") == true, "the dateline left out")
    }

    @Test func everyBodySentenceOnceInItsOwnOrderForAllTenPairs() {
        for (i, left) in articles.enumerated() {
            for right in articles[(i + 1)...] {
                let pair = AlignedPair(left, right)
                let name = "\(left.id.prefix(3))/\(right.id.prefix(3))"
                #expect(sentences(of: pair.rows.compactMap(\.left), in: left) == bodySentences(left), "left of \(name)")
                #expect(sentences(of: pair.rows.compactMap(\.right), in: right) == bodySentences(right), "right of \(name)")
                for (index, row) in pair.rows.enumerated() {
                    #expect(row.left != nil || row.right != nil)
                    guard let counterpart = row.counterpart else { continue }
                    let other = pair.rows[counterpart]
                    #expect(other.counterpart == index, "counterparts point at each other in \(name)")
                    #expect((row.left == nil) != (other.left == nil) && row.match != .none && row.match == other.match)
                }
            }
        }
    }

    @Test func figuresOnlyOneArticleGives() throws {
        let pair = AlignedPair(articles[3], articles[4])
        let leftFigures = pair.rows.flatMap(\.leftFigures).map { pair.text(pair.left, $0) }
        let rightFigures = pair.rows.flatMap(\.rightFigures).map { pair.text(pair.right, $0) }
        #expect(leftFigures == ["650"], "3,000 both give")
        #expect(rightFigures.contains("1,600") && rightFigures.contains("75,000"))
        #expect(!rightFigures.contains("3,000") && !rightFigures.contains("2022"), "years are not figures")
    }

    /// The sentence of its block that holds each passage.
    private func sentences(of passages: [Alignment.Passage], in article: Article) -> [Range<Int>] {
        passages.compactMap { passage in article.blocks[passage.block].sentences.first { $0.contains(passage.range.lowerBound) } }
    }

    private func bodySentences(_ article: Article) -> [Range<Int>] {
        article.blocks.filter { $0.kind == .paragraph }.flatMap(\.sentences)
    }
}

@Suite struct AlignmentRuleTests {
    static let bridge = "The mayor of Springfield opened a new bridge over the river on Monday."
    static let engineers = "Engineers spent three years building the steel span across the valley."
    static let governor = "The governor praised the local workers for their patience during the closures."

    @Test func sentencesInTheSameOrderPairUp() throws {
        let pair = try AlignedPair(left: "\(Self.bridge) \(Self.engineers)\n\n\(Self.governor)",
                                   right: "\(Self.bridge)\n\n\(Self.engineers) \(Self.governor)")
        #expect(pair.rows.map(\.match) == [.same, .same, .same])
        #expect(pair.rows.allSatisfy { pair.leftText($0) == pair.rightText($0) && $0.counterpart == nil })
    }

    @Test func aMovedSentenceAppearsOnceOnEachSidePointingAtItsMatch() throws {
        let pair = try AlignedPair(left: "\(Self.bridge) \(Self.engineers) \(Self.governor)",
                                   right: "\(Self.governor) \(Self.bridge) \(Self.engineers)")
        try #require(pair.rows.count == 4)
        #expect(pair.rightText(pair.rows[0]) == Self.governor && pair.rows[0].left == nil)
        #expect(pair.leftText(pair.rows[3]) == Self.governor && pair.rows[3].right == nil)
        #expect(pair.rows[0].counterpart == 3 && pair.rows[3].counterpart == 0)
        #expect(pair.rows[0].match == .same && pair.rows[3].match == .same)
        #expect(pair.rows[1...2].allSatisfy { $0.left != nil && $0.right != nil && $0.counterpart == nil })
    }

    @Test func whatOnlyOneSideSaysStandsAlone() throws {
        let pair = try AlignedPair(left: "\(Self.bridge) The ribbon was blue and very long indeed.",
                                   right: "\(Self.bridge) Critics called the project a waste of public money.")
        #expect(pair.rows.count == 3)
        #expect(pair.rows[1].match == .none && pair.rows[1].right == nil)
        #expect(pair.rows[2].match == .none && pair.rows[2].left == nil)
    }

    @Test func theSameFactInOtherWordsIsSimilar() throws {
        let pair = try AlignedPair(
            left: "Thousands of protesters marched through downtown Chicago on Saturday demanding better schools.",
            right: "On Saturday, downtown Chicago filled with protesters who marched for better schools and pay.")
        #expect(pair.rows.map(\.match) == [.similar])
    }

    @Test func aSharedQuotationMakesTheSentencesTheSame() throws {
        let pair = try AlignedPair(
            left: "“We will never give up on this city and its people,” the mayor told reporters at the town hall.",
            right: "Speaking to a crowd, Mayor Lee said: “We will never give up on this city and its people.”")
        #expect(pair.rows.map(\.match) == [.same])
    }

    @Test func figuresTheOtherArticleNeverGives() throws {
        let pair = try AlignedPair(left: "Police made 3,000 arrests in June, up from 2,500 in 2024.",
                                   right: "Police made 3000 arrests last month. The chief spoke in 2023.")
        let figures = pair.rows.flatMap(\.leftFigures).map { pair.text(pair.left, $0) }
        #expect(figures == ["2,500"])
        #expect(pair.rows.allSatisfy { $0.rightFigures.isEmpty })
    }

    @Test func emptyArticlesAndArticlesWithoutQuotations() throws {
        let empty = Article(id: "empty", path: "empty.txt", metadata: ArticleMetadata(), text: "", blocks: [], quotations: [])
        let plain = try Fixtures.article("The council met on Tuesday. Nobody said anything quotable.", path: "plain.txt")
        #expect(AlignedPair(empty, empty).rows.isEmpty)
        let oneSided = AlignedPair(plain, empty)
        #expect(oneSided.rows.map(\.match) == [.none, .none])
        #expect(oneSided.rows.allSatisfy { $0.right == nil })
        #expect(AlignedPair(plain, plain).rows.map(\.match) == [.same, .same])
    }
}

@Suite struct ComparisonRecordTests {
    @Test func everyKeyIsPresentAndMissingSidesAreNull() throws {
        let pair = try AlignedPair(left: "\(AlignmentRuleTests.bridge) It cost 40 million dollars.",
                                   right: AlignmentRuleTests.bridge)
        let json = try JSONOutput.string(ComparisonRecord(pair.alignment, left: pair.left, right: pair.right))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["left"] as? String == "left" && object["right"] as? String == "right")
        let rows = try #require(object["rows"] as? [[String: Any]])
        try #require(rows.count == 2)
        for row in rows {
            #expect(Set(row.keys) == ["left", "right", "match", "left_figures", "right_figures", "counterpart"])
        }
        #expect(rows[0]["match"] as? String == "same")
        #expect(rows[1]["right"] is NSNull && rows[1]["counterpart"] is NSNull)
        #expect(rows[1]["left_figures"] as? [String] == ["40"])
    }
}
