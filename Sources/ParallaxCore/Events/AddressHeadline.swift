import Foundation

/// The headline an outlet writes into a page's address, its last part in words joined by
/// hyphens ("…/wireStory/russian-space-experts-regain-control-1st-angola-satellite-52044233").
/// It stands in for a title that only names the site ("ABC News"), which says nothing of the story.
enum AddressHeadline {
    /// The words of the address's last part, nil when it is not words joined by hyphens.
    static func text(of address: String?) -> String? {
        guard let address, let last = URL(string: address)?.path.split(separator: "/").last else { return nil }
        // "…-satellite.html": the file's kind is no word of the headline.
        let name = last.split(separator: ".").first ?? last
        guard name.contains("-") else { return nil }
        return name.replacingOccurrences(of: "-", with: " ")
    }
}
