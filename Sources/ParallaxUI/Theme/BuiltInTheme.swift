/// The built-in default theme, the same text as `themes/dark.toml` (a test keeps them equal),
/// so Parallax has colours even without its themes folder.
enum BuiltInTheme {
    static let name = "dark"
    static let toml = """
# The default theme: light text on the terminal's dark background.

[palette]
text = "#d0d0d0"
dim = "#808080"
gold = "#ffaf00"
teal = "#5fd7af"
sky = "#87afff"
rose = "#ff5f87"
panel = "#303030"
select = "#3a3a5a"

[roles]
text = { fg = "text" }
dim = { fg = "dim" }
title = { fg = "#ffffff", bold = true }
heading = { fg = "sky", bold = true }
outlet = { fg = "teal", bold = true }
quote = { fg = "gold" }
term = { fg = "teal", italic = true }
speaker = { fg = "sky", italic = true }
focus = { fg = "#000000", bg = "gold", bold = true }
search_hit = { fg = "#000000", bg = "#d7d75f" }
shared = { fg = "teal" }
unique = { fg = "rose" }
selection = { fg = "#ffffff", bg = "select", bold = true }
status_bar = { fg = "#e4e4e4", bg = "panel" }
border = { fg = "dim" }
error = { fg = "rose", bold = true }
"""
}
