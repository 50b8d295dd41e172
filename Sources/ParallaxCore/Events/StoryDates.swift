/// How much the days between two events count against their being one story. The story window
/// decides, except in two cases where the dates are weaker evidence than the text.
enum StoryDates {
    /// Events whose quoted passages are this alike (a cosine) quote the same words. A report that
    /// quotes an earlier one's words goes back to its story however long after, while an event
    /// that recurs (the next rate decision, the next quarter's results) is quoted anew; so dates
    /// count for nothing between them.
    static let sharedQuotation: Float = 0.15
    /// The four-word passages they must have in common for that: a run of eight words, a
    /// sentence rather than a slogan or a catchphrase that different events repeat.
    static let sharedPassages = 5
    /// An event of this many articles or more is dated by all of them together.
    static let wellDated = 3
    /// A crawled page's date is often the day it was fetched or last edited, so one report alone
    /// may be dated months away from the event it reports. Against a well-dated event its date
    /// costs it at most half its similarity: its text must be twice as convincing instead. Two
    /// reports or more dated alike are taken at their word, and a lone report stays apart from
    /// another lone report.
    static let loneReportFloor: Float = 0.5

    /// The dates of one event: the first and last days of its dated articles, nil when none is
    /// dated, and how many articles it has.
    struct Span: Sendable {
        let days: ClosedRange<Int>?
        let articles: Int
    }

    /// What the dates of `a` and `b` leave of their similarity, `quotes` their quoted passages.
    static func factor(_ a: Span, _ b: Span, quotes: (SparseVector, SparseVector)) -> Float {
        guard !quoteTheSameWords(quotes.0, quotes.1) else { return 1 }
        let dated = DateWindow.story.factor(daysApart: gapDays(a.days, b.days))
        let isLoneReport = min(a.articles, b.articles) == 1 && max(a.articles, b.articles) >= wellDated
        return isLoneReport ? max(dated, loneReportFloor) : dated
    }

    /// Whether two sets of quoted passages share a sentence's worth. The passages in common are
    /// counted only for the few pairs alike enough.
    private static func quoteTheSameWords(_ a: SparseVector, _ b: SparseVector) -> Bool {
        a.dot(b) >= sharedQuotation && Set(a.ids).intersection(b.ids).count >= sharedPassages
    }

    /// The days between two spans, 0 when they overlap, nil when either is undated.
    private static func gapDays(_ a: ClosedRange<Int>?, _ b: ClosedRange<Int>?) -> Int? {
        guard let a, let b else { return nil }
        return max(0, b.lowerBound - a.upperBound, a.lowerBound - b.upperBound)
    }
}

extension StoryDates.Span {
    init(of event: [Int], in profiles: [ArticleProfile]) {
        let days = event.compactMap { profiles[$0].day }
        self.init(days: days.min().flatMap { first in days.max().map { first...$0 } }, articles: event.count)
    }
}
