/// How a load in progress reads, in the reader's status bar and on a headless command's stderr:
/// "Reading ███████░░░░░ 12,000 of 40,000 files · 2,400 a second".
public enum LoadProgressText {
    public static func line(done: Int, total: Int, seconds: Double, width: Int) -> String {
        let rate = seconds > 0.05 ? " · \(grouped(Int(Double(done) / seconds))) a second" : ""
        let counts = " \(grouped(done)) of \(grouped(total)) files\(rate)"
        // A bar of one width throughout, so it does not jump when the rate appears.
        let barWidth = width >= 80 ? 20 : width >= 40 ? 10 : 0
        return "Reading " + bar(done: done, total: total, width: barWidth) + counts
    }

    static func bar(done: Int, total: Int, width: Int) -> String {
        guard width > 0 else { return "" }
        let filled = total > 0 ? min(width, done * width / total) : 0
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }

    /// 40000 → "40,000": the same in every locale, as the rest of the interface is English.
    static func grouped(_ number: Int) -> String {
        let digits = String(abs(number))
        var out = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return number < 0 ? "-" + out : out
    }
}

extension Duration {
    /// The duration as a number of seconds, for rates and figures.
    public var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
