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
}
