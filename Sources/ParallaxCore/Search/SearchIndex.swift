/// An inverted index of the corpus: each folded word with the documents and positions it
/// occurs at. Built when the corpus loads, in time linear in its words; when the corpus is read
/// again, only the articles added or changed are indexed anew.
public struct SearchIndex: Sendable {
    private var termNumbers: [String: Int] = [:]
    private(set) var terms: [String] = []
    private(set) var postings: [PostingList] = []
    /// Term numbers in the terms' alphabetical order, so a prefix is a range of them.
    private var alphabetical: [Int] = []
    private(set) var documents: [IndexedDocument] = []
    /// Whether each document is the current reading of its article, apart so a query reads it without touching the documents.
    private(set) var live: [Bool] = []
    /// The live document of each article, by the article's id.
    private var documentOfArticle: [String: Int] = [:]
    /// The documents with a quotation whose speaker's name has the word, so a `speaker:` filter
    /// looks only at those.
    private var speakerDocuments: [String: [Int]] = [:]
    /// Words over all live documents in the title, in quotations and in the rest of the body.
    private(set) var totalLengths = FieldCounts()

    public init(corpus: Corpus) {
        let articles = corpus.articles
        let events = articles.indices.map { corpus.event(ofArticle: $0)?.id }
        // Read on every core, a slice at a time so the words of the whole corpus are never all in
        // memory: a slice's occurrences, before they are packed, take about ten times its text.
        Article.forEachSlice(of: articles, size: Self.sliceSize) { offset, slice in
            for terms in ParallelMap.map(Array(slice.indices), { DocumentTerms(slice[$0], index: offset + $0, event: events[offset + $0]) }) {
                add(terms)
            }
        }
        for number in postings.indices { postings[number].shrink() }
        sortTerms()
    }

    static let sliceSize = 512

    /// An index read back from its archive: the parts it keeps, the rest derived from them.
    init(terms: [String], postings: [PostingList], documents: [IndexedDocument], live: [Bool]) {
        self.terms = terms
        self.postings = postings
        self.documents = documents
        self.live = live
        for (number, term) in terms.enumerated() { termNumbers[term] = number }
        for (number, document) in documents.enumerated() where live[number] { register(document, number: number) }
        sortTerms()
    }

    /// Follows a new reading of the corpus: the articles whose ids are in `changed` (or that are
    /// new) are indexed again, those gone are dropped, and the rest keep their entries, with
    /// their new places in the corpus and their events.
    public mutating func refresh(for corpus: Corpus, changed: Set<String>) {
        for (id, number) in documentOfArticle where corpus.index(of: id) == nil || changed.contains(id) { drop(number) }
        // Bodies read back a slice at a time, as when the index is built.
        let positions = corpus.articles.indices.filter { documentOfArticle[corpus.articles[$0].id] == nil }
        Article.forEachSlice(of: positions.map { corpus.articles[$0] }, size: Self.sliceSize) { offset, slice in
            for (number, article) in slice.enumerated() {
                let position = positions[offset + number]
                add(DocumentTerms(article, index: position, event: corpus.event(ofArticle: position)?.id))
            }
        }
        for number in documentOfArticle.values {
            let position = corpus.index(of: documents[number].id)!
            documents[number].article = position
            documents[number].event = corpus.event(ofArticle: position)?.id
        }
        sortTerms()
    }

    private mutating func drop(_ number: Int) {
        live[number] = false
        documentOfArticle[documents[number].id] = nil
        totalLengths.subtract(documents[number].lengths)
    }

    public var documentCount: Int { documentOfArticle.count }
    public var termCount: Int { terms.count }

    /// About how many bytes the index keeps: its packed postings, its words (Swift keeps words of
    /// up to 15 bytes inside the string itself), the tables over them and the documents' records.
    public var storedBytes: Int {
        let words = terms.reduce(0) { $0 + 16 + ($1.utf8.count > 15 ? $1.utf8.count + 32 : 0) }
        let tables = terms.count * (MemoryLayout<PostingList>.stride + 8 + 2 * 24)
        let postingBytes = postings.reduce(0) { $0 + $1.bytes.capacity + 32 }
        let records = documents.reduce(0) { total, document in
            total + MemoryLayout<IndexedDocument>.stride + 24 + 16 * document.outlet.count
                + document.quotations.reduce(0) { $0 + MemoryLayout<IndexedDocument.QuotationSpan>.stride + 24 + 16 * $1.speaker.count }
        }
        return words + tables + postingBytes + records
    }

    /// The documents that may have a quotation by this speaker: each of the name's words is in
    /// one of their speakers' names (whether in the same one is for the caller to check).
    func documents(speaking name: NameQuery) -> Set<Int> {
        var found: Set<Int>?
        for (index, word) in name.words.enumerated() {
            let words = name.prefix && index == name.words.count - 1 ? speakerDocuments.keys.filter { $0.hasPrefix(word) } : [word]
            let these = Set(words.flatMap { speakerDocuments[$0] ?? [] })
            found = found.map { $0.intersection(these) } ?? these
        }
        return found ?? []
    }

    /// The posting list of a word, if any document has it.
    func postings(of term: String) -> PostingList? {
        termNumbers[term].map { postings[$0] }
    }

    /// The terms that begin with a prefix: the prefix itself when it is a word, then the most
    /// widespread others, at most `limit` in all. A possessive ("trump's") is left out when its
    /// stem is in, since the stem is posted at the same places.
    func terms(withPrefix prefix: String, limit: Int) -> [String] {
        guard !prefix.isEmpty else { return [] }
        var low = 0, high = alphabetical.count
        while low < high {
            let middle = (low + high) / 2
            if terms[alphabetical[middle]] < prefix { low = middle + 1 } else { high = middle }
        }
        var found: [Int] = []
        var position = low
        while position < alphabetical.count, terms[alphabetical[position]].hasPrefix(prefix) {
            found.append(alphabetical[position])
            position += 1
        }
        let widespread = found.sorted { postings[$0].documentCount > postings[$1].documentCount }.map { terms[$0] }
        var chosen = termNumbers[prefix] == nil ? [] : [prefix]
        for term in widespread where chosen.count < limit && term != prefix {
            chosen.append(term)
        }
        let kept = Set(chosen)
        return chosen.filter { term in !(term.hasSuffix("'s") && kept.contains(String(term.dropLast(2)))) }
    }

    private mutating func add(_ read: DocumentTerms) {
        let number = documents.count
        documents.append(read.document)
        live.append(true)
        register(read.document, number: number)
        for (term, occurrences) in read.terms {
            let termNumber: Int
            if let known = termNumbers[term] {
                termNumber = known
            } else {
                termNumber = terms.count
                termNumbers[term] = termNumber
                terms.append(term)
                postings.append(PostingList())
            }
            postings[termNumber].append(document: number, occurrences: occurrences)
        }
    }

    /// Makes a live document findable: by its article's id, by its speakers' words, in the length totals.
    private mutating func register(_ document: IndexedDocument, number: Int) {
        documentOfArticle[document.id] = number
        totalLengths.add(document.lengths)
        for word in Set(document.quotations.flatMap(\.speaker)) { speakerDocuments[word, default: []].append(number) }
    }

    private mutating func sortTerms() {
        guard alphabetical.count != terms.count else { return }
        let terms = self.terms
        alphabetical = terms.indices.sorted { terms[$0] < terms[$1] }
    }
}

/// A count for each field ranking weighs: title, quotations, the rest of the body.
struct FieldCounts: Sendable, Equatable {
    var title = 0
    var quotation = 0
    var body = 0

    var total: Int { title + quotation + body }

    mutating func add(_ other: FieldCounts) {
        title += other.title
        quotation += other.quotation
        body += other.body
    }

    mutating func subtract(_ other: FieldCounts) {
        title -= other.title
        quotation -= other.quotation
        body -= other.body
    }
}

extension IndexedDocument {
    var lengths: FieldCounts { FieldCounts(title: titleLength, quotation: quotationLength, body: bodyLength) }
}
