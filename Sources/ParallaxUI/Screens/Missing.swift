/// How the screens and the headless commands show what an article does not say.
public enum Missing {
    /// In a table column.
    public static let dash = "—"
    public static let outlet = "outlet unknown"
    public static let date = "undated"
    public static let title = "Untitled"
}
