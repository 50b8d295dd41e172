// What Swift cannot take from curses directly: attribute and pair macros, the globals
// stdscr and COLORS, cchar_t writes, mouse masks, and handlers that give the terminal
// back on a signal or a crash.
#ifndef PARALLAX_CURSES_SHIM_H
#define PARALLAX_CURSES_SHIM_H

#include <stdbool.h>
#include <stdint.h>
#include <wchar.h>

/// Starts curses on this process's terminal with the given TERM name (NULL: $TERM).
/// Returns 0 on success, -1 when the terminal type is unknown.
int parallax_start(const char *term, bool colors);
void parallax_stop(void);
/// Gives the terminal back for a moment (^Z), then takes it again.
void parallax_suspend(void);

int parallax_lines(void);
int parallax_columns(void);
int parallax_colors(void);

/// Defines colour pair `pair` (1...); -1 is the terminal's default colour.
void parallax_define_pair(int pair, int foreground, int background);
/// Writes one cell: `glyph` is a NUL-terminated wide string of one grapheme (base and marks).
void parallax_put(int y, int x, const wchar_t *glyph, int pair, bool bold, bool dim, bool italic, bool underline, bool reverse);
void parallax_refresh(void);
/// Forces the next refresh to redraw the whole screen.
void parallax_invalidate(void);

enum { PARALLAX_KEY_NONE = 0, PARALLAX_KEY_CHAR = 1, PARALLAX_KEY_FUNCTION = 2 };
/// Waits up to `timeout_ms` (-1: forever) for a key; sets `code` to the character or the KEY_ code.
int parallax_read_key(int timeout_ms, uint32_t *code);
/// After KEY_MOUSE: -1 wheel up, 1 wheel down, 0 anything else.
int parallax_wheel(void);

int parallax_key_resize(void);
int parallax_key_mouse(void);

#endif
