import Foundation
import ParallaxCore

/// The version a cache must have been written by. Any other build of Parallax may read and
/// analyse articles differently, so its cache is rebuilt rather than trusted.
enum CacheFormat {
    /// Raised when the archive's layout changes, or what it keeps is worked out otherwise.
    static let layout = 3

    /// The layout and this executable's size and time, read from /proc/self/exe where there is one.
    static var current: String {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        guard let stamp = FileStamp.of(path: executable) else { return "\(layout)" }
        return "\(layout) \(stamp.size) \(Int(stamp.modified))"
    }
}
