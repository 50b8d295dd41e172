import Foundation

/// BM25 over fields: a word in the title weighs most, then one in a quotation, then one
/// elsewhere in the text. The title is damped by its length, quotations and the rest together
/// by the text's, since quotations are part of the text (and are too short apart to compare).
struct Ranking {
    static let weights = FieldCounts(title: 3, quotation: 2, body: 1)
    static let k1 = 1.2
    static let b = 0.75

    let documentCount: Int
    let averages: (title: Double, text: Double)

    init(_ index: SearchIndex) {
        documentCount = max(1, index.documentCount)
        let n = Double(documentCount), totals = index.totalLengths
        averages = (Double(totals.title) / n, Double(totals.quotation + totals.body) / n)
    }

    /// The share of one pattern, found in `documentFrequency` documents, to a document's score.
    func score(_ counts: FieldCounts, in document: IndexedDocument, documentFrequency: Int) -> Double {
        func norm(_ length: Int, _ average: Double) -> Double {
            average > 0 ? 1 - Self.b + Self.b * Double(length) / average : 1
        }
        let w = Self.weights
        let tf = Double(w.title * counts.title) / norm(document.titleLength, averages.title)
            + Double(w.quotation * counts.quotation + w.body * counts.body) / norm(document.quotationLength + document.bodyLength, averages.text)
        let n = Double(documentCount), df = Double(documentFrequency)
        let idf = log(1 + (n - df + 0.5) / (df + 0.5))
        return idf * tf * (Self.k1 + 1) / (tf + Self.k1)
    }
}
