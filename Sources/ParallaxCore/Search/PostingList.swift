/// Where one term occurs, document by document, packed as variable-length integers so the
/// index stays smaller than the text: per document its number's distance from the previous
/// one and its occurrence count, then each occurrence's distance from the previous one,
/// shifted once to carry whether it stands inside a quotation.
struct PostingList: Sendable {
    private(set) var bytes: [UInt8] = []
    private(set) var documentCount = 0
    private var lastDocument = -1

    struct Occurrence: Equatable {
        let position: Int
        let inQuotation: Bool
    }

    init() {}

    /// A list read back from an archive, walked once so that damaged bytes throw here rather
    /// than trap in a query: every number in bounds, documents ascending and below `documents`.
    init(archived bytes: [UInt8], documents: Int) throws {
        var reader = ArchiveReader(bytes)
        func next() throws -> Int {
            let value = try reader.readVarint()
            guard value < UInt64(Int.max / 2) else { throw ArchiveDamage("a damaged list of occurrences") }
            return Int(value)
        }
        var document = -1
        while !reader.isAtEnd {
            document += try next() + 1
            guard document < documents else { throw ArchiveDamage("an occurrence in a document the index lacks") }
            for _ in 0..<(try next()) { _ = try next() }
            documentCount += 1
        }
        self.bytes = bytes
        lastDocument = document
    }

    /// Adds a document after every one already added; occurrences in ascending position.
    mutating func append(document: Int, occurrences: [Occurrence]) {
        Self.write(document - lastDocument - 1, to: &bytes)
        Self.write(occurrences.count, to: &bytes)
        var last = 0
        for occurrence in occurrences {
            Self.write((occurrence.position - last) << 1 | (occurrence.inQuotation ? 1 : 0), to: &bytes)
            last = occurrence.position
        }
        lastDocument = document
        documentCount += 1
    }

    /// Gives back the room the list grew into but does not use, once no more documents come.
    mutating func shrink() {
        guard bytes.capacity > bytes.count else { return }
        bytes = Array(unsafeUninitializedCapacity: bytes.count) { buffer, count in
            count = buffer.initialize(from: bytes).1
        }
    }

    /// Calls `body` with each document and its occurrences, in document order.
    func forEach(_ body: (Int, [Occurrence]) -> Void) {
        var offset = 0
        var document = -1
        var occurrences: [Occurrence] = []
        while offset < bytes.count {
            document += Self.read(bytes, &offset) + 1
            let count = Self.read(bytes, &offset)
            occurrences.removeAll(keepingCapacity: true)
            var position = 0
            for _ in 0..<count {
                let value = Self.read(bytes, &offset)
                position += value >> 1
                occurrences.append(Occurrence(position: position, inQuotation: value & 1 == 1))
            }
            body(document, occurrences)
        }
    }

    private static func write(_ value: Int, to bytes: inout [UInt8]) {
        var rest = UInt(value)
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    private static func read(_ bytes: [UInt8], _ offset: inout Int) -> Int {
        var value: UInt = 0
        var shift: UInt = 0
        while true {
            let byte = bytes[offset]
            offset += 1
            value |= UInt(byte & 0x7F) << shift
            if byte < 0x80 { return Int(value) }
            shift += 7
        }
    }
}
