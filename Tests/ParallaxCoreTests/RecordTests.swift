import Foundation
import Testing
@testable import ParallaxCore

@Suite struct RecordTests {
    private func object(_ json: String) throws -> [[String: Any]] {
        try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    }

    @Test func listRecordsHaveEveryKeyAndNulls() throws {
        let articles = Fixtures.seedArticles()
        let list = try object(JSONOutput.string(articles.map { ArticleRecord($0) }))
        #expect(list.count == 5)
        for record in list {
            #expect(Set(record.keys) == ["id", "path", "outlet", "date", "byline", "title", "words", "quotes", "event"])
        }
        let cnn = try #require(list.first { $0["id"] as? String == "001_82ecee7896fe8ae3" })
        #expect(cnn["outlet"] as? String == "CNN")
        #expect(cnn["quotes"] as? Int == 10)
        let silent = try #require(list.first { $0["id"] as? String == "003_478c9eb874180b07" })
        #expect(silent["date"] is NSNull)
        #expect(silent["outlet"] is NSNull)
    }

    @Test func quotationRecordsPointAtShowParagraphs() throws {
        let article = try #require(Fixtures.seedArticles().first { $0.id.hasPrefix("004") })
        let detail = ArticleDetailRecord(article)
        for quotation in article.quotations {
            let record = QuotationRecord(quotation, in: article)
            #expect(detail.paragraphs[record.paragraph].contains(record.text))
        }
        let quotes = try object(JSONOutput.string(article.quotations.map { QuotationRecord($0, in: article) }))
        #expect(Set(quotes[0].keys) == ["article", "text", "kind", "speaker", "paragraph", "statement"])
        #expect(quotes[0]["statement"] is NSNull)
    }

    @Test func controlCharactersAreEscapedInJSON() throws {
        let json = try JSONOutput.string(["a\u{1B}b\u{9B}c\u{7F}"])
        #expect(!json.unicodeScalars.contains { VisibleText.isControl($0) && $0 != "\n" })
        #expect(json.contains("\\u001b") && json.contains("\\u009b") && json.contains("\\u007f"))
    }
}
