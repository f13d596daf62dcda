# dubao — 读报. `make run` opens the reader on the built-in pages; `make test`
# runs every test. Both install the Debian packages they need when run as root.

PREFIX ?= /usr/local
SWIFT ?= swift
CONFIG ?= release
BIN = .build/$(CONFIG)/dubao
# The Swift runtime and Foundation linked in: a command starts in half the
# time (about 5 ms instead of 10), which is most of a search's or a list's.
BUILD_FLAGS ?= $(if $(filter release,$(CONFIG)),--static-swift-stdlib)

# Debian packages, each with a file that shows it is there.
DEB_PACKAGES = libncursesw5-dev:/usr/include/ncursesw/curses.h \
               libsqlite3-dev:/usr/include/sqlite3.h \
               tmux:/usr/bin/tmux

# Only for `make bench`: rg is the reference for search, hyperfine times it.
BENCH_PACKAGES = ripgrep:/usr/bin/rg \
                 hyperfine:/usr/bin/hyperfine

.PHONY: all build run test bench fuzz install uninstall clean deps bench-deps

all: build

# Installs the missing packages of a list (pkg:file ...) when root, else prints
# the apt-get line and fails.
define install_missing
	@missing=""; \
	for entry in $(1); do \
	  pkg=$${entry%%:*}; file=$${entry#*:}; \
	  [ -e "$$file" ] || missing="$$missing $$pkg"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Debian packages:$$missing"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || exit 1; \
	  else \
	    echo "$(2) needs these Debian packages:$$missing"; \
	    echo "Install them with:  sudo apt-get install$$missing"; \
	    exit 1; \
	  fi; \
	fi
endef

deps:
	$(call install_missing,$(DEB_PACKAGES),dubao)
	@command -v $(SWIFT) >/dev/null || { echo "Swift 6.1 or later is needed (swift not on PATH)"; exit 1; }

build: deps
	$(SWIFT) build -c $(CONFIG) $(BUILD_FLAGS)

run: build
	$(BIN)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench-deps:
	$(call install_missing,$(BENCH_PACKAGES),make bench)

bench: deps bench-deps
	$(SWIFT) build -c release --static-swift-stdlib
	scripts/bench .build/release/dubao

# A fuzz run of the parser for FUZZ_SECONDS (default 600); see scripts/fuzz.
FUZZ_SECONDS ?= 600
fuzz: deps
	scripts/fuzz $(FUZZ_SECONDS)

install: build
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/dubao

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/dubao

clean:
	$(SWIFT) package clean
	rm -rf .build/bench
