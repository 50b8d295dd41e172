/// The search index as bytes, so a corpus read before can be searched at once rather than
/// after indexing its words again.
extension SearchIndex {
    /// The archive in parts of about `size` bytes, each handed on as soon as it is full, so that
    /// a large index's bytes are never all in memory; joined in order, they are the archive.
    public func archive(inPartsOf size: Int, _ part: ([UInt8]) throws -> Void) rethrows {
        var writer = ArchiveWriter()
        writer.write(documents.count)
        for (number, document) in documents.enumerated() {
            writer.write(live[number])
            document.archive(into: &writer)
            if writer.bytes.count >= size { try part(writer.takeBytes()) }
        }
        writer.write(terms.count)
        for (term, postingList) in zip(terms, postings) {
            writer.write(term)
            writer.write(postingList.bytes)
            if writer.bytes.count >= size { try part(writer.takeBytes()) }
        }
        if !writer.bytes.isEmpty { try part(writer.takeBytes()) }
    }

    public init(unarchiving reader: inout ArchiveReader) throws {
        var live: [Bool] = []
        let documents = try reader.readArray { reader in
            live.append(try reader.readBool())
            return try IndexedDocument(unarchiving: &reader)
        }
        var terms: [String] = []
        let postings = try reader.readArray { reader in
            terms.append(try reader.readString())
            return try PostingList(archived: Array(try reader.readBytes()), documents: documents.count)
        }
        self.init(terms: terms, postings: postings, documents: documents, live: live)
    }
}

extension IndexedDocument {
    func archive(into writer: inout ArchiveWriter) {
        writer.write(id)
        writer.write(article)
        writer.write(event)
        writer.write(titleLength)
        writer.write(quotationLength)
        writer.write(bodyLength)
        writer.write(date?.description)
        writer.write(outlet.count)
        for word in outlet { writer.write(word) }
        writer.write(quotations.count)
        for span in quotations {
            writer.write(span.positions)
            writer.write(span.quotation)
            writer.write(span.speaker.count)
            for word in span.speaker { writer.write(word) }
        }
    }

    init(unarchiving reader: inout ArchiveReader) throws {
        id = try reader.readString()
        article = try reader.readCount()
        event = try reader.readOptionalString()
        titleLength = try reader.readCount()
        quotationLength = try reader.readCount()
        bodyLength = try reader.readCount()
        date = try reader.readOptionalString().flatMap(PublicationDate.init(leadingISO:))
        outlet = try reader.readArray { try $0.readString() }
        quotations = try reader.readArray { reader in
            QuotationSpan(positions: try reader.readRange(), quotation: try reader.readCount(),
                          speaker: try reader.readArray { try $0.readString() })
        }
    }
}
