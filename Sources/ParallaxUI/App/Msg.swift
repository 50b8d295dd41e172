import ParallaxCore

/// A key as the terminal reports it.
public enum Key: Equatable, Sendable, Hashable {
    case character(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    /// A control key: `.control("c")` for ^C.
    case control(Character)
}

/// Everything that can happen to the app.
public enum Msg: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// The mouse wheel: negative scrolls up.
    case wheel(Int)
    /// A theme finished loading, with a one-line problem when it fell back to the built-in theme.
    case themeLoaded(Theme, problem: String?)
    /// The corpus's files were read again: the new corpus, the index brought up to date, and what changed.
    case corpusReloaded(Corpus, SearchIndex, notice: String)
    /// Part of the corpus is read: the articles so far (their events not yet found) and how far it has got.
    case corpusLoading(Corpus, LoadProgress)
    /// Reading marks kept from earlier runs, by article path, for articles just read.
    case marksRead([String: ReadingMark])
    /// The corpus is read, analysed and indexed; a notice where something should be said (files skipped, no cache).
    case corpusLoaded(Corpus, SearchIndex, notice: String?)
}

/// How far the first reading of the corpus has got.
public struct LoadProgress: Sendable, Equatable {
    public let done: Int
    public let total: Int
    /// Since the reading began, for the rate.
    public let seconds: Double

    public init(done: Int, total: Int, seconds: Double) {
        self.done = done
        self.total = total
        self.seconds = seconds
    }
}

/// Work that `update` asks the run loop to do outside the pure state.
public enum Effect: Equatable, Sendable {
    case quit
    /// ^Z: give the terminal back and stop until resumed.
    case suspend
    /// Load the theme with this name, then send `themeLoaded`; keep the choice in the config.
    case loadTheme(String)
    /// Read the corpus's files again, then send `corpusReloaded`.
    case reload
    /// Keep the search history (oldest first) for the next run.
    case keepSearchHistory([String])
    /// Keep what the person has done with the article at this path (read, starred, where they left off).
    case keepMark(path: String, ReadingMark)
}
