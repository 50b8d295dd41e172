/// How far apart in time two reports of one event, or two events of one story, may be: dates
/// say nothing within `sameDays`, and weigh more and more against after. A missing date is no
/// evidence either way.
struct DateWindow: Sendable {
    /// Up to this many days apart, dates say nothing.
    let sameDays: Int
    /// Beyond those days, the similarity halves after this many more, a third after twice as many, and so on.
    let halvingDays: Float

    /// One event: reports mostly fall within a few days of each other; the similarity is
    /// 1/2 ten days apart, under 1/3 at three weeks, under 1/15 after four months.
    static let event = DateWindow(sameDays: 3, halvingDays: 7)
    /// Two events of one broad story, by the days between them: coverage of a running story
    /// seldom falls silent for two months; after that the similarity halves within a month
    /// more, so a rate decision repeated half a year later stays an event of its own.
    static let story = DateWindow(sameDays: 60, halvingDays: 30)

    func factor(_ a: Int?, _ b: Int?) -> Float {
        factor(daysApart: a.flatMap { a in b.map { abs(a - $0) } })
    }

    func factor(daysApart: Int?) -> Float {
        guard let daysApart else { return 1 }
        let beyond = daysApart - sameDays
        return beyond <= 0 ? 1 : 1 / (1 + Float(beyond) / halvingDays)
    }
}
