/// Readable names for news sites' domains.
public enum OutletNames {
    private static let known: [String: String] = [
        "abcnews.go.com": "ABC News", "apnews.com": "AP", "bbc.com": "BBC", "bbc.co.uk": "BBC",
        "bloomberg.com": "Bloomberg", "businessinsider.com": "Business Insider", "businessinsider.de": "Business Insider",
        "cbsnews.com": "CBS News", "chinadaily.com.cn": "China Daily", "cnbc.com": "CNBC", "cnn.com": "CNN",
        "cnet.com": "CNET", "dailymail.co.uk": "Daily Mail", "dw.com": "DW", "engadget.com": "Engadget",
        "express.co.uk": "Daily Express", "foxnews.com": "Fox News", "foxsports.com": "Fox Sports",
        "fortune.com": "Fortune", "ft.com": "Financial Times", "gizmodo.com": "Gizmodo",
        "huffingtonpost.com": "HuffPost", "huffingtonpost.ca": "HuffPost Canada", "huffpost.com": "HuffPost",
        "independent.co.uk": "The Independent", "latimes.com": "Los Angeles Times", "mirror.co.uk": "Daily Mirror",
        "nbcnews.com": "NBC News", "ndtv.com": "NDTV", "newsweek.com": "Newsweek", "newyorker.com": "The New Yorker",
        "npr.org": "NPR", "nydailynews.com": "New York Daily News", "nypost.com": "New York Post",
        "nytimes.com": "The New York Times", "politico.com": "Politico", "reuters.com": "Reuters", "rt.com": "RT",
        "rollingstone.com": "Rolling Stone", "sfgate.com": "SFGate", "sputniknews.com": "Sputnik",
        "standard.co.uk": "Evening Standard", "telegraph.co.uk": "The Telegraph", "theguardian.com": "The Guardian",
        "thesun.co.uk": "The Sun", "thetimes.co.uk": "The Times", "theverge.com": "The Verge",
        "japantimes.co.jp": "The Japan Times", "timesofindia.indiatimes.com": "The Times of India",
        "usatoday.com": "USA Today", "washingtonpost.com": "The Washington Post", "wired.com": "Wired",
        "wsj.com": "The Wall Street Journal", "axios.com": "Axios", "aljazeera.com": "Al Jazeera",
        "france24.com": "France 24", "euronews.com": "Euronews", "theatlantic.com": "The Atlantic",
        "vox.com": "Vox", "thehill.com": "The Hill", "ctvnews.ca": "CTV News", "cbc.ca": "CBC",
        "abc.net.au": "ABC (Australia)", "smh.com.au": "The Sydney Morning Herald", "news.sky.com": "Sky News",
        "ibtimes.co.uk": "International Business Times", "newsweek.co.uk": "Newsweek", "ew.com": "Entertainment Weekly",
        "eonline.com": "E! News", "nfl.com": "NFL.com", "sportingnews.com": "Sporting News", "coindesk.com": "CoinDesk",
        "i24news.tv": "i24NEWS", "theinquirer.net": "The Inquirer", "indiewire.com": "IndieWire",
    ]

    /// "www.theguardian.com" → "The Guardian"; "edition.cnn.com" → "CNN"; an unknown domain as itself, without "www.".
    public static func name(forDomain domain: String) -> String {
        var host = domain.lowercased()
        if host.hasPrefix("www.") { host.removeFirst(4) }
        var candidate = Substring(host)
        while true {
            if let name = known[String(candidate)] { return name }
            guard let dot = candidate.firstIndex(of: "."), candidate[candidate.index(after: dot)...].contains(".") else { break }
            candidate = candidate[candidate.index(after: dot)...]
        }
        return host
    }
}
