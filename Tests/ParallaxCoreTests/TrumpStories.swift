@testable import ParallaxCore

/// Two different stories that share only a famous name, each reported by two outlets.
enum TrumpStories {
    static func tariffs() throws -> [Article] {
        [
            try Fixtures.story("tariffs-cnn", outlet: "CNN", date: "2025-03-04", title: "Trump imposes tariffs on Canadian steel",
                               "President Donald Trump imposed a 25 per cent tariff on steel and aluminium from Canada, saying the measure would protect American mills. Canadian prime minister Mark Carney called the tariffs unjustified and promised retaliation. Trump said Ottawa had treated American farmers unfairly for years."),
            try Fixtures.story("tariffs-cbc", outlet: "CBC", date: "2025-03-05", title: "Canada vows to answer Trump steel tariffs",
                               "Mark Carney said Canada would impose matching duties on American goods after Donald Trump announced tariffs on Canadian steel and aluminium. Steelworkers in Hamilton fear for their jobs. Trump said the tariffs would stay until Canada opened its dairy market."),
        ]
    }

    /// The pardon, reported on `dates` (two of them).
    static func pardon(on dates: [String] = ["2025-04-10", "2025-04-11"]) throws -> [Article] {
        [
            try Fixtures.story("pardon-fox", outlet: "Fox News", date: dates[0], title: "Trump pardons Arizona sheriff",
                               "President Donald Trump pardoned former Maricopa County sheriff Dale Whitcombe, who was convicted of contempt of court last year. Trump called Whitcombe a patriot who had been persecuted by judges. Civil rights groups in Phoenix condemned the pardon."),
            try Fixtures.story("pardon-azc", outlet: "Arizona Central", date: dates[1], title: "Whitcombe pardon draws anger in Phoenix",
                               "The pardon of Dale Whitcombe by Donald Trump angered civil rights groups across Phoenix, who said the former Maricopa County sheriff had ignored court orders for years. Trump defended the decision at the White House."),
        ]
    }
}
