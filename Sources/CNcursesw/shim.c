/* wcwidth is an X/Open function: ask glibc for it before any header. */
#define _GNU_SOURCE 1
#include "CNcursesw.h"

int dubao_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }
int dubao_lines(void) { return LINES; }
int dubao_cols(void) { return COLS; }
WINDOW *dubao_stdscr(void) { return stdscr; }
attr_t dubao_a_bold(void) { return A_BOLD; }
attr_t dubao_a_reverse(void) { return A_REVERSE; }
attr_t dubao_a_underline(void) { return A_UNDERLINE; }
attr_t dubao_a_dim(void) { return A_DIM; }
attr_t dubao_a_normal(void) { return A_NORMAL; }
attr_t dubao_color_pair(int pair) { return COLOR_PAIR(pair); }
void dubao_getmaxyx(WINDOW *win, int *rows, int *cols) {
    int r, c;
    getmaxyx(win, r, c);
    *rows = r;
    *cols = c;
}
int dubao_key_resize(void) { return KEY_RESIZE; }
int dubao_key_code_yes(void) { return KEY_CODE_YES; }
int dubao_err(void) { return ERR; }
