#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include "CursesShim.h"
#include <ncursesw/curses.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static SCREEN *screen = NULL;

// On a fatal signal or a termination request: give the terminal back, then die as the signal says.
static void restore_and_reraise(int sig) {
    if (screen != NULL) {
        endwin();
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

static void install_handlers(void) {
    int signals[] = {SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = restore_and_reraise;
        sigemptyset(&action.sa_mask);
        sigaction(signals[i], &action, NULL);
    }
}

int parallax_start(const char *term, bool colors) {
    screen = newterm(term, stdout, stdin);
    if (screen == NULL) {
        return -1;
    }
    set_term(screen);
    install_handlers();
    raw();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    set_escdelay(25);
    curs_set(0);
    leaveok(stdscr, TRUE);
    mousemask(BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(0);
    if (colors && has_colors()) {
        start_color();
        use_default_colors();
    }
    return 0;
}

void parallax_stop(void) {
    if (screen != NULL) {
        endwin();
        delscreen(screen);
        screen = NULL;
    }
}

void parallax_suspend(void) {
    endwin();
    raise(SIGTSTP);
    // Resumed by fg: take the terminal again and draw everything.
    refresh();
    clearok(stdscr, TRUE);
}

int parallax_lines(void) { return LINES; }
int parallax_columns(void) { return COLS; }
int parallax_colors(void) { return has_colors() ? COLORS : 0; }

void parallax_define_pair(int pair, int foreground, int background) {
    if (has_colors() && pair < COLOR_PAIRS) {
        init_pair((short)pair, (short)foreground, (short)background);
    }
}

void parallax_put(int y, int x, const wchar_t *glyph, int pair, bool bold, bool dim, bool italic, bool underline, bool reverse) {
    attr_t attributes = A_NORMAL;
    if (bold) attributes |= A_BOLD;
    if (dim) attributes |= A_DIM;
    if (italic) attributes |= A_ITALIC;
    if (underline) attributes |= A_UNDERLINE;
    if (reverse) attributes |= A_REVERSE;
    cchar_t cell;
    if (setcchar(&cell, glyph, attributes, (short)(has_colors() && pair < COLOR_PAIRS ? pair : 0), NULL) == OK) {
        mvwadd_wch(stdscr, y, x, &cell);
    }
}

void parallax_refresh(void) {
    wnoutrefresh(stdscr);
    doupdate();
}

void parallax_invalidate(void) {
    clearok(stdscr, TRUE);
}

int parallax_read_key(int timeout_ms, uint32_t *code) {
    wtimeout(stdscr, timeout_ms);
    wint_t key = 0;
    int result = wget_wch(stdscr, &key);
    *code = (uint32_t)key;
    if (result == KEY_CODE_YES) return PARALLAX_KEY_FUNCTION;
    if (result == OK) return PARALLAX_KEY_CHAR;
    return PARALLAX_KEY_NONE;
}

int parallax_wheel(void) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    if (event.bstate & BUTTON4_PRESSED) return -1;
    if (event.bstate & BUTTON5_PRESSED) return 1;
    return 0;
}

int parallax_key_resize(void) { return KEY_RESIZE; }
int parallax_key_mouse(void) { return KEY_MOUSE; }
