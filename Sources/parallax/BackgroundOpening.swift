import Foundation
import ParallaxCore
import ParallaxStore
import ParallaxUI

/// Opens the corpus on another thread while the reader already runs: the articles fill the
/// library as they are read (with their reading marks), then the events and the index arrive.
enum BackgroundOpening {
    static func start(paths: [String], stores: Stores, into mailbox: Mailbox) {
        let storedMarks = (try? stores.reading?.marks()) ?? [:]
        let thread = Thread {
            let clock = ContinuousClock()
            let start = clock.now
            var marked = 0
            /// The marks of the articles not yet given theirs, keyed as the reader keys them.
            func marks(_ articles: [Article]) -> [String: ReadingMark] {
                defer { marked = articles.count }
                var found: [String: ReadingMark] = [:]
                for article in articles[marked...] {
                    if let mark = storedMarks[FileStamp.key(for: article.path)] { found[article.path] = mark }
                }
                return found
            }
            var lastPosted: ContinuousClock.Instant?
            let opening = CorpusOpening.open(paths: paths, cache: stores.cache, withIndex: true) { progress in
                // The first articles at once, then a few times a second: each filling in sorts the library anew.
                let now = clock.now
                guard progress.articles.count <= 256 || lastPosted.map({ now - $0 > .milliseconds(200) }) ?? true else { return }
                lastPosted = now
                mailbox.post(.marksRead(marks(progress.articles)))
                let partial = Corpus(articles: progress.articles, events: [], statements: [])
                mailbox.post(.corpusLoading(partial, LoadProgress(done: progress.done, total: progress.total, seconds: (clock.now - start).inSeconds)))
            }
            mailbox.post(.marksRead(marks(opening.corpus.articles)))
            mailbox.post(.corpusLoaded(opening.corpus, opening.index ?? SearchIndex(corpus: opening.corpus), notice: notice(opening, stores)))
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Files skipped and trouble with the cache, in one line.
    private static func notice(_ opening: CorpusOpening, _ stores: Stores) -> String? {
        let parts = [SkippedFiles.notice(opening.warnings), stores.cache?.notice].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
