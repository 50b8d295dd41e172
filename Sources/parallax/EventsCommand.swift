import Foundation
import ArgumentParser
import ParallaxCore
import ParallaxUI

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events", abstract: "Group the articles that report the same event.")

    @OptionGroup var corpus: CorpusOptions

    @Flag(name: .long, help: "Score the grouping against the corpus's event labels (news-please `newsCluster`).")
    var eval = false

    func run() throws {
        let articles = corpus.load()
        let clock = ContinuousClock()
        let start = clock.now
        let cpuStart = Self.cpuSeconds()
        let events = EventDetector.events(in: articles)
        let elapsed = clock.now - start
        let cpu = Self.cpuSeconds() - cpuStart
        if eval {
            try Self.printEvaluation(of: events, articles: articles, elapsed: elapsed, cpu: cpu)
        } else if corpus.json {
            try Output.json(events.map(EventRecord.init))
        } else {
            Self.printTable(of: events)
        }
    }

    static func printTable(of events: [Event]) {
        var table = ColumnTable(columns: [
            .init("EVENT"), .init("ARTICLES", alignRight: true), .init("DATES"), .init("OUTLETS"), .init("TITLE"),
        ], flexible: 4)
        for event in events {
            let record = EventRecord(event)
            let dates = record.firstDate.map { first in record.lastDate == first ? first : "\(first)…\(record.lastDate!)" }
            table.add([record.id, String(record.articles.count), Output.value(dates), outlets(record.outlets), record.title])
        }
        table.render(width: Output.width).forEach(Output.line)
    }

    /// The first two outlets and how many more, so the title keeps its room.
    private static func outlets(_ outlets: [String]) -> String {
        guard !outlets.isEmpty else { return Missing.dash }
        let shown = outlets.prefix(2).joined(separator: ", ")
        return outlets.count > 2 ? "\(shown) +\(outlets.count - 2)" : shown
    }

    /// The processor time of all the process's threads: on a machine others share, a steadier
    /// measure of the work than the time on the clock.
    private static func cpuSeconds() -> Double { Double(clock()) / Double(CLOCKS_PER_SEC) }

    static func printEvaluation(of events: [Event], articles: [Article], elapsed: Duration, cpu: Double) throws {
        let gold = EventLabels.read(articles)
        guard !gold.isEmpty else {
            Output.warn("--eval needs event labels (news-please JSON with newsCluster.Event); this corpus has none")
            throw ExitCode.failure
        }
        var predicted: [String: String] = [:]
        for event in events { for article in event.articles { predicted[article] = event.id } }
        let dates = Dictionary(uniqueKeysWithValues: articles.compactMap { article in article.metadata.date.map { (article.id, $0) } })
        let tight = EventEvaluation.tightEvents(gold: gold, dates: dates)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        Output.line("\(articles.count) articles, \(gold.count) labelled with \(Set(gold.values).count) events (\(tight.count) tight: within 7 days); \(events.count) events found")
        Output.line("grouping took \(String(format: "%.2f", seconds)) s (\(String(format: "%.2f", cpu)) s of processor time)")
        Output.line("")
        var table = ColumnTable(columns: [
            .init("EVENTS"), .init("ARTICLES", alignRight: true),
            .init("PAIR P", alignRight: true), .init("PAIR R", alignRight: true), .init("PAIR F1", alignRight: true),
            .init("BCUBED P", alignRight: true), .init("BCUBED R", alignRight: true), .init("BCUBED F1", alignRight: true),
        ], flexible: 0)
        for (name, scope) in [("all", nil), ("tight", tight)] as [(String, Set<String>?)] {
            let scores = EventEvaluation.scores(predicted: predicted, gold: gold, within: scope)
            let figures = [scores.pairwise.precision, scores.pairwise.recall, scores.pairwise.f1,
                           scores.bcubed.precision, scores.bcubed.recall, scores.bcubed.f1]
            table.add([name, String(scores.articles)] + figures.map { String(format: "%.3f", $0) })
        }
        table.render(width: Output.width).forEach(Output.line)
    }
}
