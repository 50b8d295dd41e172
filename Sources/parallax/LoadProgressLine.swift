import Foundation
import ParallaxCore
import ParallaxUI

/// A progress line on stderr for a long load by a headless command: only when stderr is a
/// terminal, only once the load has taken a moment, redrawn at most ten times a second and
/// cleared at the end, so piped and quick runs print nothing.
final class LoadProgressLine: @unchecked Sendable {
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant?
    private let enabled = isatty(STDERR_FILENO) == 1

    init() {
        start = clock.now
    }

    func update(_ progress: CorpusLoader.Progress) {
        guard enabled else { return }
        let now = clock.now
        guard now - start > .milliseconds(300), lastDrawn.map({ now - $0 > .milliseconds(100) }) ?? true else { return }
        lastDrawn = now
        let line = LoadProgressText.line(done: progress.done, total: progress.total, seconds: (now - start).inSeconds, width: 80)
        FileHandle.standardError.write(Data("\r\(line)\u{1B}[K".utf8))
    }

    func finish() {
        guard enabled, lastDrawn != nil else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
