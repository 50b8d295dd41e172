/// The terms of one article that event grouping weighs, each with its count: content words,
/// names, quoted passages and the headline's words.
struct ArticleTerms: Sendable {
    /// News puts the event first (the inverted pyramid); past this many words a page often
    /// runs into background, other stories or boilerplate, which would only blur it.
    static let leadWords = 400

    /// A title of fewer content words is most often the name of a site or a section ("ABC News",
    /// "NPR Search : NPR", "Live updates") and says nothing of the event: the page's address may
    /// still carry its headline (`AddressHeadline`), and otherwise it has none.
    static let headlineWords = 3

    var words: [String: Int] = [:]
    var names: [String: Int] = [:]
    var quotes: [String: Int] = [:]
    var headline: [String: Int] = [:]

    /// The terms of `article`, leaving out the blocks at the indices in `furniture`.
    init(_ article: Article, furniture: Set<Int> = []) {
        let body = article.body
        let scalars = Array(body.text.unicodeScalars)
        self.init(blocks: body.blocks, texts: body.blockTexts, tokens: { Tokenizer.tokens(scalars, in: body.blocks[$0].range) },
                  metadata: article.metadata, quotations: article.quotations, furniture: furniture)
    }

    /// The terms of an article given as its blocks with their texts, each block's tokens (asked
    /// for only of the blocks read), its metadata and quotations: as the article is being read,
    /// its tokens at hand. A notice of copyright is furniture on any page (`CopyrightNotice`), so
    /// it is always left out. These terms are kept in the cache: a change to how they are found
    /// must raise `CacheFormat.layout`, which is all that tells caches apart where the
    /// executable's own stamp cannot be read.
    init(blocks: [Block], texts: [Substring], tokens: (Int) -> [Token], metadata: ArticleMetadata, quotations: [Quotation],
         furniture: Set<Int> = []) {
        let furniture = furniture.union(texts.indices.filter { CopyrightNotice.isNotice(texts[$0]) })
        var sentences: [ArraySlice<Token>] = []
        var lowercaseWords: [String] = []
        var read = 0
        for (index, block) in blocks.enumerated() where (block.kind == .paragraph || block.kind == .heading) && !furniture.contains(index) {
            guard read < Self.leadWords else { break }
            // A dateline ("WASHINGTON (Reuters) —") says where the outlet filed, not what happened.
            let start = block.range.lowerBound + block.datelineLength
            let blockTokens = tokens(index)
            let told = blockTokens[(blockTokens.firstIndex { $0.range.lowerBound >= start } ?? blockTokens.endIndex)...]
            read += block.wordCount
            for token in told {
                guard let word = ContentWords.word(token) else { continue }
                words[word, default: 0] += 1
                if !token.isCapitalized { lowercaseWords.append(token.lower) }
            }
            // Headings are set in title case, where every word looks like a name.
            if block.kind == .paragraph { sentences += Self.split(told, at: block.sentences) }
        }
        for name in NameRuns.names(in: sentences, lowercaseWords: lowercaseWords) { names[name, default: 0] += 1 }
        // The headline says what the story is about: its words count twice. One made from the
        // lead sentence is already in the text.
        if let title = metadata.title, !metadata.titleIsDerived {
            var headlineWords = Self.contentWords(of: title)
            if Set(headlineWords).count < Self.headlineWords, let address = AddressHeadline.text(of: metadata.url) {
                let addressWords = Self.contentWords(of: address)
                if Set(addressWords).count >= Self.headlineWords { headlineWords = addressWords }
            }
            for word in headlineWords {
                words[word, default: 0] += 2
                headline[word, default: 0] += 1
            }
        }
        if headline.count < Self.headlineWords { headline = [:] }
        for shingle in QuotedPassages.shingles(of: quotations) { quotes[shingle, default: 0] += 1 }
    }

    /// The content words of a line of text, in order, repeats kept.
    private static func contentWords(of text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return Tokenizer.tokens(scalars, in: 0..<scalars.count).compactMap(ContentWords.word)
    }

    /// The tokens of each sentence, sentences given as scalar ranges in order.
    private static func split(_ tokens: ArraySlice<Token>, at sentences: [Range<Int>]) -> [ArraySlice<Token>] {
        var slices: [ArraySlice<Token>] = []
        var index = tokens.startIndex
        for sentence in sentences {
            while index < tokens.endIndex, tokens[index].range.lowerBound < sentence.lowerBound { index += 1 }
            let first = index
            while index < tokens.endIndex, tokens[index].range.lowerBound < sentence.upperBound { index += 1 }
            if first < index { slices.append(tokens[first..<index]) }
        }
        return slices
    }
}
