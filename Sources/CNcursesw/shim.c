/* wcwidth is an X/Open function: ask glibc for it before any header. */
#define _GNU_SOURCE 1
#include "CNcursesw.h"
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <term.h>
#include <termios.h>
#include <unistd.h>

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

static int is_utf8(const char *codeset) {
    return codeset && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0);
}

int dubao_setup_locale(char *codeset, int size) {
    setlocale(LC_ALL, "");
    const char *found = nl_langinfo(CODESET);
    if (codeset && size > 0) {
        snprintf(codeset, (size_t)size, "%s", found ? found : "");
    }
    if (is_utf8(found)) return 0;
    static const char *candidates[] = {"C.UTF-8", "C.utf8", "en_US.UTF-8", NULL};
    for (int i = 0; candidates[i]; i++) {
        if (setlocale(LC_CTYPE, candidates[i]) && is_utf8(nl_langinfo(CODESET))) return 1;
    }
    return 2;
}

int dubao_term_usable(const char *name) {
    if (!name || !*name) return 0;
    int err = 0;
    TERMINAL *saved = cur_term;
    if (setupterm((char *)name, STDOUT_FILENO, &err) != OK) {
        set_curterm(saved);
        return 0;
    }
    char *cup = tigetstr("cup");
    int usable = cup != NULL && cup != (char *)-1;
    TERMINAL *probe = cur_term;
    set_curterm(saved);
    del_curterm(probe);
    return usable;
}

static SCREEN *screen = NULL;
static FILE *input = NULL;
static int color_on = 0;

int dubao_start(const char *term, int want_color, int want_mouse) {
    input = isatty(STDIN_FILENO) ? stdin : fopen("/dev/tty", "r");
    if (!input || !isatty(STDOUT_FILENO)) return -1;
    screen = newterm(term, stdout, input);
    if (!screen) return -1;
    set_term(screen);
    if (!getenv("ESCDELAY")) set_escdelay(25);
    cbreak();
    noecho();
    nonl();
    intrflush(stdscr, FALSE);
    /* Ctrl-C is a key (it cancels the search prompt, else quits), not SIGINT:
       the interrupt character is switched off in the program's tty mode only
       (endwin gives the shell its own back). Unlike raw(), Ctrl-Z still
       suspends, and a SIGINT from kill still restores the terminal. */
    {
        struct termios modes;
        int fd = fileno(input);
        if (tcgetattr(fd, &modes) == 0) {
            modes.c_cc[VINTR] = _POSIX_VDISABLE;
            tcsetattr(fd, TCSANOW, &modes);
            def_prog_mode();
        }
    }
    keypad(stdscr, TRUE);
    leaveok(stdscr, TRUE);
    curs_set(0);
    if (want_mouse) {
        mousemask(BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
        mouseinterval(0);
    }
    color_on = 0;
    if (want_color && has_colors() && start_color() == OK) {
        use_default_colors();
        color_on = 1;
    }
    return 0;
}

int dubao_has_color(void) { return color_on; }
int dubao_colors(void) { return color_on ? COLORS : 0; }
void dubao_init_pair(short pair, short fg, short bg) { init_pair(pair, fg, bg); }

void dubao_stop(void) {
    if (screen && !isendwin()) {
        curs_set(1);
        endwin();
    }
}

static void on_terminate(int sig) {
    /* endwin is not async-signal-safe in theory, but the reader's one thread
       is blocked in get_wch or drawing, and a terminal left in raw mode is the
       greater harm. */
    alarm(2);   /* a terminal that no longer reads must not keep us here */
    dubao_stop();
    _exit(128 + sig);
}

static void on_crash(int sig) {
    alarm(2);
    dubao_stop();
    signal(sig, SIG_DFL);
    raise(sig);
}

void dubao_install_signal_handlers(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = on_terminate;
    /* Every signal that ends a process by default and can be caught gives the
       terminal back first. Others are held off while one is handled, but for
       SIGALRM, the handler's own watchdog. */
    sigfillset(&sa.sa_mask);
    sigdelset(&sa.sa_mask, SIGALRM);
    int ending[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGXCPU, SIGXFSZ,
                    SIGVTALRM, SIGPROF, SIGSYS,
#ifdef SIGPWR
                    SIGPWR,
#endif
                    SIGSTKFLT};
    for (size_t i = 0; i < sizeof ending / sizeof ending[0]; i++) sigaction(ending[i], &sa, NULL);
    /* SIGALRM: once, and the watchdog's own alarm then ends us for good. */
    struct sigaction alrm = sa;
    alrm.sa_flags = SA_RESETHAND | SA_NODEFER;
    sigaction(SIGALRM, &alrm, NULL);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = on_crash;
    sa.sa_flags = SA_RESETHAND;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGILL, &sa, NULL);
    sigaction(SIGTRAP, &sa, NULL);
    sigaction(SIGABRT, &sa, NULL);
    sigaction(SIGFPE, &sa, NULL);
    /* A dropped link turns writes into EPIPE rather than killing us mid-draw. */
    signal(SIGPIPE, SIG_IGN);
    /* A parent may have left these blocked (the mask is inherited): a reader
       that never sees SIGHUP outlives its SSH link. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGQUIT);
    sigaddset(&set, SIGALRM);
    sigaddset(&set, SIGWINCH);
    sigaddset(&set, SIGUSR1);
    sigaddset(&set, SIGUSR2);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

void dubao_input_timeout(int ms) {
    wtimeout(stdscr, ms);
}

int dubao_read_key(unsigned int *ch) {
    wint_t w = 0;
    int r = wget_wch(stdscr, &w);
    if (r == OK) {
        *ch = (unsigned int)w;
        return 1;
    }
    if (r != KEY_CODE_YES) return 0;
    switch (w) {
    case KEY_UP: *ch = DUBAO_KEY_UP; break;
    case KEY_DOWN: *ch = DUBAO_KEY_DOWN; break;
    case KEY_LEFT: *ch = DUBAO_KEY_LEFT; break;
    case KEY_RIGHT: *ch = DUBAO_KEY_RIGHT; break;
    case KEY_PPAGE: *ch = DUBAO_KEY_PPAGE; break;
    case KEY_NPAGE: *ch = DUBAO_KEY_NPAGE; break;
    case KEY_HOME: *ch = DUBAO_KEY_HOME; break;
    case KEY_END: *ch = DUBAO_KEY_END; break;
    case KEY_ENTER: *ch = DUBAO_KEY_ENTER; break;
    case KEY_BACKSPACE: *ch = DUBAO_KEY_BACKSPACE; break;
    case KEY_RESIZE: *ch = DUBAO_KEY_RESIZE; break;
    case KEY_MOUSE: {
        MEVENT event;
        *ch = DUBAO_KEY_OTHER;
        if (getmouse(&event) == OK) {
            if (event.bstate & BUTTON4_PRESSED) *ch = DUBAO_KEY_WHEEL_UP;
            else if (event.bstate & BUTTON5_PRESSED) *ch = DUBAO_KEY_WHEEL_DOWN;
        }
        break;
    }
    default: *ch = DUBAO_KEY_OTHER; break;
    }
    return 2;
}

void dubao_put(int y, int x, unsigned int scalar, attr_t attrs, short pair) {
    wchar_t text[2] = {(wchar_t)scalar, 0};
    cchar_t cell;
    setcchar(&cell, text, attrs, pair, NULL);
    mvwadd_wch(stdscr, y, x, &cell);
}

void dubao_clear_to_eol(int y, int x) {
    wmove(stdscr, y, x);
    wclrtoeol(stdscr);
}

void dubao_touch_all(void) { clearok(curscr, TRUE); }
void dubao_refresh(void) { wrefresh(stdscr); }
void dubao_size(int *rows, int *cols) { getmaxyx(stdscr, *rows, *cols); }
