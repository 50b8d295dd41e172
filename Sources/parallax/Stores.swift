import Foundation
import ParallaxCore
import ParallaxStore

/// The cache and the reading state under $XDG_DATA_HOME/parallax. Either may be missing
/// (no home, a read-only or full disk, a store locked too long); Parallax then works without
/// it and `notices` says so, one line each.
struct Stores {
    let cache: ArticleCache?
    let reading: ReadingStateStore?
    let notices: [String]

    static func open(cache wantsCache: Bool, reading wantsReading: Bool) -> Stores {
        guard wantsCache || wantsReading else { return Stores(cache: nil, reading: nil, notices: []) }
        guard let folder = StoreFolder.standard() else {
            return Stores(cache: nil, reading: nil, notices: ["No home folder: nothing is kept between runs."])
        }
        var notices: [String] = []
        var cache: ArticleCache?
        if wantsCache {
            do {
                cache = try ArticleCache(folder: folder)
                if let notice = cache?.notice { notices.append(notice) }
            } catch {
                notices.append("No cache (\(error)); every file is read anew.")
            }
        }
        var reading: ReadingStateStore?
        if wantsReading {
            do {
                reading = try ReadingStateStore(folder: folder)
                if let notice = reading?.notice { notices.append(notice) }
            } catch {
                notices.append("Reading state cannot be kept: \(error).")
            }
        }
        return Stores(cache: cache, reading: reading, notices: notices)
    }
}
