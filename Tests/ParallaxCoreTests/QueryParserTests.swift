import Testing
@testable import ParallaxCore

/// Reading queries, good and bad.
@Suite struct QueryParserTests {
    private func parse(_ text: String, typing: Bool = false) throws -> SearchQuery {
        try QueryParser.parse(text, typing: typing)
    }

    private func error(_ text: String) -> QueryError? {
        do {
            _ = try QueryParser.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func wordsPhrasesAndExclusions() throws {
        let query = try parse("Trump  \"No Kings\" -protest -\"law enforcement\" anti-ICE")
        #expect(query.patterns == [.init(words: ["trump"]), .init(words: ["no", "kings"]), .init(words: ["anti", "ice"])])
        #expect(query.excluded == [.init(words: ["protest"]), .init(words: ["law", "enforcement"])])
        #expect(try parse("“No Kings”").patterns == [.init(words: ["no", "kings"])])
    }

    @Test func theLastWordIsAPrefixOnlyWhileTyping() throws {
        #expect(try parse("mass depor", typing: true).patterns.map(\.prefix) == [false, true])
        #expect(try parse("mass depor").patterns.map(\.prefix) == [false, false])
        #expect(try parse("depor ", typing: true).patterns.map(\.prefix) == [false])
        #expect(try parse("\"mass depor\"", typing: true).patterns.map(\.prefix) == [false])
        #expect(try parse("depor -x", typing: true).patterns.map(\.prefix) == [false])
    }

    @Test func filters() throws {
        let query = try parse("outlet:cnn speaker:\"Brandon Johnson\" in:quotes event:001_x -outlet:fox date:2025-06 ice")
        #expect(query.filters == [.outlet(["cnn"]), .speaker(["brandon", "johnson"]), .event("001_x"),
                                  .date(from: PublicationDate(year: 2025, month: 6, day: 1), to: PublicationDate(year: 2025, month: 6, day: 31))])
        #expect(query.excludedFilters == [.outlet(["fox"])])
        #expect(query.scope == .quotations)
        #expect(try parse("in:title ICE").scope == .title)
    }

    @Test func dateRangesMayBeOpen() throws {
        let day = { PublicationDate(year: 2025, month: $0, day: $1) }
        #expect(try parse("date:2025-06-01..2025-06-30").filters == [.date(from: day(6, 1), to: day(6, 30))])
        #expect(try parse("date:2025-06-10..").filters == [.date(from: day(6, 10), to: nil)])
        #expect(try parse("date:..2025-06").filters == [.date(from: nil, to: day(6, 31))])
        #expect(try parse("date:2025").filters == [.date(from: day(1, 1), to: day(12, 31))])
    }

    @Test func wordsWithAColonThatAreNotFilters() throws {
        #expect(try parse("10:30").patterns == [.init(words: ["10", "30"])])
    }

    @Test func badQueriesSayWhatAndWhere() {
        #expect(error("trump \"No Kings") == QueryError(message: "unclosed quote", column: 7))
        #expect(error("ice color:red")?.message.hasPrefix("unknown filter ‘color:’") == true)
        #expect(error("ice color:red")?.column == 5)
        #expect(error("date:2025-13")?.message.hasPrefix("date: takes") == true)
        #expect(error("date:2025-06-30..2025-06-01") != nil)
        #expect(error("date:06-2025") != nil)
        #expect(error("in:body ice")?.message == "in: takes quotes or title, not ‘body’")
        #expect(error("ice - trump") == QueryError(message: "‘-’ needs a word or phrase right after it", column: 5))
        #expect(error("outlet: cnn") == QueryError(message: "outlet: needs a value", column: 1))
        #expect(error("\"\"")?.message == "empty phrase")
        #expect(error("in:quotes")?.message == "in:quotes needs words to look for")
        #expect(error("-in:title x") != nil)
    }

    @Test func moreBadAndOddQueries() throws {
        #expect(error("\"") == QueryError(message: "unclosed quote", column: 1))
        #expect(error("-\"") == QueryError(message: "unclosed quote", column: 2))
        #expect(error("date:..")?.message.hasPrefix("date: takes") == true)
        #expect(error("date:...")?.message.hasPrefix("date: takes") == true)
        #expect(error("date:2025-06-30..2025-06-01") == QueryError(message: "date: the range ends before it starts", column: 1))
        #expect(error("ice in:title speaker:trump")?.column == 5)
        #expect(error("ice   in:quotes")?.message == nil, "in:quotes with a word is fine")
        #expect(error("x in:quotes -y")?.message == nil)
        #expect(error("  in:quotes") == QueryError(message: "in:quotes needs words to look for", column: 3))
        #expect(try parse("event:\"001_x\"").filters == [.event("001_x")])
        #expect(try parse("speaker:\"Brandon Jo\"", typing: true).filters == [.speaker(NameQuery(["brandon", "jo"], prefix: false))])
        #expect(try parse("speaker:jo", typing: true).filters == [.speaker(NameQuery(["jo"], prefix: true))])
        #expect(try parse("outlet：cnn").patterns == [.init(words: ["outlet", "cnn"])], "a full-width colon is no filter")
        #expect(try parse("\u{05B4} ice").patterns == [.init(words: ["ice"])], "a lone combining mark is no word")
    }

    @Test func punctuationAloneAsksForNothing() throws {
        #expect(try parse(" — & ").isEmpty)
        #expect(try parse("").isEmpty)
    }
}
