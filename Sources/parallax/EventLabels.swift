import Foundation
import ParallaxCore

/// The event labels of a labelled corpus: news-please JSON whose `newsCluster` names the
/// event each article reports (`{"newsCluster": {"Event": "panama_papers", …}}`).
enum EventLabels {
    /// Article id → label, for the articles whose files carry one.
    static func read(_ articles: [Article]) -> [String: String] {
        var labels: [String: String] = [:]
        for article in articles {
            guard let data = FileManager.default.contents(atPath: article.path),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let cluster = object["newsCluster"] as? [String: Any],
                  let event = cluster["Event"] as? String else { continue }
            labels[article.id] = event
        }
        return labels
    }
}
