/// An article as bytes, analysis included, so a file read once need never be parsed again.
/// The id and path are left out (the same file may be reached by another path) and so are
/// statement links (they belong to the corpus, not to the file).
extension Article {
    public func archive(into writer: inout ArchiveWriter) {
        let body = body
        metadata.archive(into: &writer)
        writer.write(body.text)
        writer.write(body.blocks.count)
        for block in body.blocks { block.archive(into: &writer) }
        writer.write(quotations.count)
        for quotation in quotations { quotation.archive(into: &writer) }
        writer.write(body.eventTerms != nil)
        body.eventTerms?.archive(into: &writer)
    }

    /// Reads an archived article; every range is checked against the text, so damaged bytes
    /// throw rather than reach a view that would index past the text.
    public init(unarchiving reader: inout ArchiveReader, path: String) throws {
        let metadata = try ArticleMetadata(unarchiving: &reader)
        let text = try reader.readString()
        let length = text.unicodeScalars.count
        let blocks = try reader.readArray { try Block(unarchiving: &$0, length: length) }
        let quotations = try reader.readArray { try Quotation(unarchiving: &$0, length: length, paragraphs: blocks.count) }
        let terms = try reader.readBool() ? try EventTerms(unarchiving: &reader) : nil
        self.init(id: ArticleReader.id(forPath: path), path: path, metadata: metadata, text: text, blocks: blocks, quotations: quotations,
                  eventTerms: terms)
    }
}

extension ArticleMetadata {
    func archive(into writer: inout ArchiveWriter) {
        writer.write(title)
        writer.write(titleIsDerived)
        writer.write(outlet)
        writer.write(date?.description)
        writer.write(byline)
        writer.write(url)
    }

    init(unarchiving reader: inout ArchiveReader) throws {
        let title = try reader.readOptionalString()
        let derived = try reader.readBool()
        let outlet = try reader.readOptionalString()
        let date = try reader.readOptionalString().map { text in
            guard let date = PublicationDate(leadingISO: text) else { throw ArchiveDamage("a date that is not a date") }
            return date
        }
        self.init(title: title, titleIsDerived: derived, outlet: outlet, date: date,
                  byline: try reader.readOptionalString(), url: try reader.readOptionalString())
    }
}

extension Block {
    func archive(into writer: inout ArchiveWriter) {
        writer.write(kind.rawValue)
        writer.write(range)
        writer.write(sentences.count)
        for sentence in sentences { writer.write(sentence) }
        writer.write(section)
        writer.write(datelineLength)
        writer.write(wordCount)
    }

    init(unarchiving reader: inout ArchiveReader, length: Int) throws {
        guard let kind = Kind(rawValue: try reader.readString()) else { throw ArchiveDamage("an unknown kind of block") }
        let range = try reader.readRange().checked(within: length)
        let sentences = try reader.readArray { try $0.readRange().checked(within: length) }
        self.init(kind: kind, range: range, sentences: sentences, section: try reader.readOptionalString(),
                  datelineLength: try reader.readCount(), wordCount: try reader.readCount())
    }
}

extension Quotation {
    func archive(into writer: inout ArchiveWriter) {
        writer.write(text)
        writer.write(ranges.count)
        for range in ranges { writer.write(range) }
        writer.write(paragraph)
        writer.write(kind.rawValue)
        writer.write(speaker)
    }

    init(unarchiving reader: inout ArchiveReader, length: Int, paragraphs: Int) throws {
        let text = try reader.readString()
        let ranges = try reader.readArray { try $0.readRange().checked(within: length) }
        let paragraph = try reader.readCount()
        guard paragraph < max(paragraphs, 1) else { throw ArchiveDamage("a quotation in a paragraph the article lacks") }
        guard let kind = Kind(rawValue: try reader.readString()) else { throw ArchiveDamage("an unknown kind of quotation") }
        self.init(text: text, ranges: ranges, paragraph: paragraph, kind: kind, speaker: try reader.readOptionalString())
    }
}

extension EventTerms {
    func archive(into writer: inout ArchiveWriter) {
        for kind in [words, names, quotes, headline] {
            writer.write(kind.count)
            for entry in kind {
                writer.write(hash: entry.termHash)
                writer.write(Int(entry.count))
            }
        }
    }

    init(unarchiving reader: inout ArchiveReader) throws {
        func kind() throws -> [Count] {
            var last: UInt64?
            return try reader.readArray { reader in
                let termHash = try reader.readHash()
                // In order and each once, as they were written: a term counted twice would count double.
                guard last.map({ $0 < termHash }) ?? true else { throw ArchiveDamage("terms out of order") }
                last = termHash
                let count = try reader.readCount()
                guard count > 0, count <= Int(Int32.max) else { throw ArchiveDamage("a term counted \(count) times") }
                return Count(termHash: termHash, count: Int32(count))
            }
        }
        self.init(words: try kind(), names: try kind(), quotes: try kind(), headline: try kind())
    }
}

extension Range<Int> {
    func checked(within length: Int) throws -> Range<Int> {
        guard upperBound <= length else { throw ArchiveDamage("a range past the end of the text") }
        return self
    }
}
