#ifndef DUBAO_CNCURSESW_H
#define DUBAO_CNCURSESW_H

/* The wide-character API must be switched on here, in the header Swift imports:
   a define in cSettings does not reach the Swift side of the module. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Wrappers for what Swift cannot import: macros, globals that Swift 6 treats
   as unsafe shared state, and libc functions hidden behind feature macros. */
int dubao_wcwidth(unsigned int scalar);
int dubao_lines(void);
int dubao_cols(void);
WINDOW *dubao_stdscr(void);
attr_t dubao_a_bold(void);
attr_t dubao_a_reverse(void);
attr_t dubao_a_underline(void);
attr_t dubao_a_dim(void);
attr_t dubao_a_normal(void);
attr_t dubao_color_pair(int pair);
void dubao_getmaxyx(WINDOW *win, int *rows, int *cols);
int dubao_key_resize(void);
int dubao_key_code_yes(void);
int dubao_err(void);

/* ---- The terminal session of the reader. Everything here runs on the one
   thread that owns curses. ---- */

/* setlocale(LC_ALL, ""); when the codeset is not UTF-8, LC_CTYPE becomes
   C.UTF-8. Returns 0 (already UTF-8), 1 (switched), 2 (no UTF-8 locale
   available). `codeset` receives the codeset found first. */
int dubao_setup_locale(char *codeset, int size);

/* 1 when the terminfo entry `name` exists and can address the cursor. */
int dubao_term_usable(const char *name);

/* newterm on the terminal (stdin, or /dev/tty when stdin is redirected) and
   the modes the reader needs. Returns 0 on success, -1 when no terminal. */
int dubao_start(const char *term, int want_color, int want_mouse);
/* 1 when colours are in use after dubao_start; dubao_colors() is their count. */
int dubao_has_color(void);
int dubao_colors(void);
void dubao_init_pair(short pair, short fg, short bg);
/* Restores the terminal; safe to call twice. */
void dubao_stop(void);

/* SIGINT, SIGTERM, SIGHUP restore the terminal and exit (128 + signal);
   crashes restore the terminal and re-raise. */
void dubao_install_signal_handlers(void);

/* Key codes the reader understands, independent of curses' numbering. */
enum {
    DUBAO_KEY_NONE = 0, DUBAO_KEY_UP, DUBAO_KEY_DOWN, DUBAO_KEY_LEFT, DUBAO_KEY_RIGHT,
    DUBAO_KEY_PPAGE, DUBAO_KEY_NPAGE, DUBAO_KEY_HOME, DUBAO_KEY_END, DUBAO_KEY_ENTER,
    DUBAO_KEY_BACKSPACE, DUBAO_KEY_RESIZE, DUBAO_KEY_WHEEL_UP, DUBAO_KEY_WHEEL_DOWN,
    DUBAO_KEY_OTHER
};
/* Blocks for the next key. Returns 1 with *ch set for a character, 2 with
   *ch set to a DUBAO_KEY_* code for a function key, 0 when reading failed. */
int dubao_read_key(unsigned int *ch);
/* How long dubao_read_key waits for a key: -1 for ever, else milliseconds
   (then it returns 0 when none came). */
void dubao_input_timeout(int ms);

/* Draws one character (a cell of the grid) at row y, column x. */
void dubao_put(int y, int x, unsigned int scalar, attr_t attrs, short pair);
void dubao_clear_to_eol(int y, int x);
/* Forces a full repaint on the next refresh (Ctrl-L). */
void dubao_touch_all(void);
void dubao_refresh(void);
void dubao_size(int *rows, int *cols);

#endif
