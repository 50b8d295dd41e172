/// What is found across a corpus (its events and statements) as bytes, so a corpus read
/// before can open without grouping its articles again.
extension Corpus {
    public func archiveFindings(into writer: inout ArchiveWriter) {
        writer.write(events.count)
        for event in events { event.archive(into: &writer) }
        writer.write(statements.count)
        for statement in statements { statement.archive(into: &writer) }
    }

    /// The corpus of these articles with findings read back; they must be the articles the findings were made from.
    public init(articles: [Article], unarchivingFindings reader: inout ArchiveReader) throws {
        let events = try reader.readArray { try Event(unarchiving: &$0) }
        let statements = try reader.readArray { try Statement(unarchiving: &$0) }
        self.init(articles: articles, events: events, statements: statements)
    }
}

extension Event {
    func archive(into writer: inout ArchiveWriter) {
        writer.write(id)
        writer.write(title)
        writer.write(articles.count)
        for article in articles { writer.write(article) }
        writer.write(outlets.count)
        for outlet in outlets { writer.write(outlet) }
        writer.write(dates?.lowerBound.description)
        writer.write(dates?.upperBound.description)
    }

    init(unarchiving reader: inout ArchiveReader) throws {
        let id = try reader.readString()
        let title = try reader.readString()
        let articles = try reader.readArray { try $0.readString() }
        let outlets = try reader.readArray { try $0.readString() }
        let first = try reader.readOptionalString().flatMap(PublicationDate.init(leadingISO:))
        let last = try reader.readOptionalString().flatMap(PublicationDate.init(leadingISO:))
        var dates: ClosedRange<PublicationDate>?
        if let first, let last {
            guard first <= last else { throw ArchiveDamage("an event that ends before it starts") }
            dates = first...last
        }
        self.init(id: id, title: title, articles: articles, outlets: outlets, dates: dates)
    }
}

extension Statement {
    func archive(into writer: inout ArchiveWriter) {
        writer.write(id)
        writer.write(event)
        writer.write(speaker)
        writer.write(text)
        writer.write(carriers.count)
        for carrier in carriers {
            writer.write(carrier.article)
            writer.write(carrier.quotation)
            writer.write(carrier.isFragment)
        }
    }

    init(unarchiving reader: inout ArchiveReader) throws {
        let id = try reader.readString()
        let event = try reader.readString()
        let speaker = try reader.readOptionalString()
        let text = try reader.readString()
        let carriers = try reader.readArray { reader in
            Carrier(article: try reader.readString(), quotation: try reader.readCount(), isFragment: try reader.readBool())
        }
        self.init(id: id, event: event, speaker: speaker, text: text, carriers: carriers)
    }
}
