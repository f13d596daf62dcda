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

#endif
