import Foundation

/// The 64-bit FNV-1a hash: fast, stable across runs and machines (Swift's `Hasher` is seeded
/// anew in every process), so it can key what is kept on disk.
public struct FNV1a: Sendable {
    public private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    public init() {}

    public mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x100_0000_01B3
    }

    public static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hasher = FNV1a()
        for byte in bytes { hasher.add(byte) }
        return hasher.value
    }

    /// A file's bytes through a pointer: `Data`'s own iterator is several times slower.
    public static func hash(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { hash($0) }
    }
}
