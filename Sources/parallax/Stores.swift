import Foundation
import ParallaxCore
import ParallaxStore

/// The cache and the reading state under $XDG_DATA_HOME/parallax. Either may be missing
/// (no home, a read-only or full disk, a store locked too long); Parallax then works without
/// it and `notices` says so, one line each, the consequence first.
struct Stores {
    let cache: ArticleCache?
    let reading: ReadingStateStore?
    let notices: [String]

    static func open(cache wantsCache: Bool, reading wantsReading: Bool) -> Stores {
        guard wantsCache || wantsReading else { return Stores(cache: nil, reading: nil, notices: []) }
        var notices: [String] = []
        func opened<Store>(_ consequence: String, _ make: () throws -> Store) -> Store? {
            do {
                return try make()
            } catch {
                notices.append("\(consequence): \(error)")
                return nil
            }
        }
        guard let folder = StoreFolder.standard() else {
            let nothing = wantsReading ? "Reading state cannot be kept" : "No cache"
            return Stores(cache: nil, reading: nil, notices: ["\(nothing): no home folder"])
        }
        let reading = wantsReading ? opened("Reading state cannot be kept") { try ReadingStateStore(folder: folder) } : nil
        let cache = wantsCache ? opened("No cache") { try ArticleCache(folder: folder) } : nil
        notices += [reading?.notice, cache?.notice].compactMap { $0 }
        return Stores(cache: cache, reading: reading, notices: notices)
    }
}
