/// What an archive's bytes do not make sense as: kept data that is damaged or from another version.
public struct ArchiveDamage: Error, Sendable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}

/// Reads what `ArchiveWriter` wrote, checking every length and range so that damaged bytes
/// throw `ArchiveDamage` rather than crash.
public struct ArchiveReader: Sendable {
    private let bytes: [UInt8]
    private var position = 0

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    public var isAtEnd: Bool { position == bytes.count }

    public mutating func readInt() throws -> Int {
        let zigzag = Int64(bitPattern: try readVarint())
        return Int((zigzag >> 1) ^ -(zigzag & 1))
    }

    /// Seven bits a byte, the high bit set on all but the last.
    public mutating func readVarint() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw ArchiveDamage("a number runs past the end") }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    /// A count or an offset: never negative, never beyond what the archive could hold.
    public mutating func readCount() throws -> Int {
        let count = try readInt()
        guard count >= 0, count <= bytes.count * 8 + (1 << 20) else { throw ArchiveDamage("an impossible count (\(count))") }
        return count
    }

    public mutating func readHash() throws -> UInt64 {
        guard bytes.count - position >= 8 else { throw ArchiveDamage("a hash runs past the end") }
        defer { position += 8 }
        return (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[position + $1]) << UInt64($1 * 8) }
    }

    public mutating func readBool() throws -> Bool {
        guard position < bytes.count else { throw ArchiveDamage("a flag runs past the end") }
        defer { position += 1 }
        switch bytes[position] {
        case 0: return false
        case 1: return true
        default: throw ArchiveDamage("a flag that is neither 0 nor 1")
        }
    }

    public mutating func readString() throws -> String {
        let raw = try readBytes()
        return String(decoding: raw, as: UTF8.self)
    }

    public mutating func readOptionalString() throws -> String? {
        try readBool() ? try readString() : nil
    }

    public mutating func readRange() throws -> Range<Int> {
        let lower = try readCount()
        let count = try readCount()
        return lower..<(lower + count)
    }

    public mutating func readBytes() throws -> ArraySlice<UInt8> {
        let count = try readCount()
        guard bytes.count - position >= count else { throw ArchiveDamage("bytes run past the end") }
        defer { position += count }
        return bytes[position..<(position + count)]
    }

    /// `count` values read by `element`, the count read first.
    public mutating func readArray<Element>(_ element: (inout ArchiveReader) throws -> Element) throws -> [Element] {
        let count = try readCount()
        var values: [Element] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try element(&self)) }
        return values
    }
}
