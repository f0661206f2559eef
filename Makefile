# leadsim: build, run, test, bench, install.
#
#   make run      build and open the game (installs missing packages first)
#   make test     unit + end-to-end + phone-browser tests   (SANITIZE=1: under ASan + UBSan; SANITIZE=clang: the same with clang)
#   make fuzz     libFuzzer targets, each for FUZZ_SECONDS (needs clang; not part of make test)
#   make bench    benchmarks, side by side with a reference
#   make update-golden  rewrite the e2e expected files (review the diff)
#   make install  PREFIX=/usr/local DESTDIR=
#
# Dependencies are the system's own packages, found with pkg-config. When one
# is missing, build/config.mk's recipe installs it (apt-get as root or through
# sudo) or prints the exact command to run. See README.md for Fedora and macOS.

PREFIX   ?= /usr/local
DESTDIR  ?=
SANITIZE ?= 0

ifeq ($(SANITIZE),1)
BUILD    := build/sanitize
SANFLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
OPT      := -O1 -g
else ifeq ($(SANITIZE),clang)
# The same under clang, whose UBSan also checks float-to-integer casts.
BUILD    := build/sanitize-clang
CC       := clang
SANFLAGS := -fsanitize=address,undefined,float-cast-overflow -fno-omit-frame-pointer -fno-sanitize-recover=all
OPT      := -O1 -g
else ifeq ($(SANITIZE),fuzz)
# Set by make fuzz, with CC=clang: the engine instrumented for libFuzzer.
BUILD    := build/fuzz
SANFLAGS := -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
OPT      := -O1 -g
else
BUILD    := build
SANFLAGS :=
OPT      := -O2 -g
endif

# pkg-config names: what we link, what only the tests need.
LUA_PKG      := lua5.4
RUNTIME_PKGS := sdl2 SDL2_ttf $(LUA_PKG) inih libcjson fontconfig sqlite3 nettle libcurl libmicrohttpd libqrencode
PLAIN_LIBS   := libcsv              # libraries without a pkg-config file: checked by header, linked by name
PLAIN_LDLIBS := -lcsv
TEST_PKGS    := cmocka xvfb chromium node

VERSION := 0.1.0
WARN   := -std=c11 -Wall -Wextra -Werror -pedantic -Wshadow -Wstrict-prototypes -Wno-overlength-strings
DEFS   := -D_DEFAULT_SOURCE -DLEADSIM_VERSION='"$(VERSION)"' -DLEADSIM_DATADIR='"$(PREFIX)/share/leadsim"'

# Quiet by default; V=1 shows every command.
ifeq ($(V),1)
Q :=
else
Q = @echo "  CC    $@";
endif

NO_CONFIG_GOALS := clean help deps deps-commands fuzz fuzz-smoke
ifneq ($(filter-out $(NO_CONFIG_GOALS),$(or $(MAKECMDGOALS),all)),)
include $(BUILD)/config.mk
endif

# Layers, in the order data flows. A layer sees its own headers and those of
# the layers it names below; only script and model see Lua's, so a view that
# reaches into Lua does not compile (docs/architecture.md).
LAYERS        := base script model records room phones design report window cli
SEES_base     := base
SEES_script   := base script
SEES_model    := base script model
SEES_records  := base model records
SEES_room     := base model records room
SEES_phones   := base model records room phones
SEES_design   := base model design
SEES_report   := base model records room report
SEES_window   := base model records room phones report window
SEES_cli      := base model records room phones design report window cli
LUA_LAYERS    := script model

ENGINE_SRC := $(sort $(foreach l,$(LAYERS),$(wildcard engine/$(l)/*.c)))
ENGINE_OBJ := $(ENGINE_SRC:engine/%.c=$(BUILD)/obj/%.o)
LIB_OBJ    := $(filter-out $(BUILD)/obj/cli/main.o,$(ENGINE_OBJ))
UNIT_SRC   := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN   := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
ALL_INC    := $(foreach l,$(LAYERS),-Iengine/$(l))

layer_of   = $(firstword $(subst /, ,$*))
LAYER_INC  = $(foreach l,$(SEES_$(layer_of)),-Iengine/$(l)) $(if $(filter $(layer_of),$(LUA_LAYERS)),$(LUA_CFLAGS)) \
             $(if $(filter $(layer_of),phones),-I$(BUILD)/gen)

BASE_CFLAGS := $(WARN) $(OPT) $(SANFLAGS) $(DEFS) -pthread $(DEP_CFLAGS) $(CFLAGS)
ALL_CFLAGS  := $(BASE_CFLAGS) $(LUA_CFLAGS) $(ALL_INC)
ALL_LDLIBS  := $(SANFLAGS) $(LDFLAGS) $(DEP_LIBS) -pthread -lm

.PHONY: all run test unit e2e phones update-golden fuzz-replay fuzz fuzz-run fuzz-smoke bench docs install uninstall clean deps help
all: $(BUILD)/leadsim

help:
	@sed -n '1,12p' Makefile

# --- dependencies ----------------------------------------------------------
# Writes the compiler flags once every package is present. Make re-reads the
# file after making it, so the flags below always see installed packages.
# One check covers what make run and make test both need, so whatever is
# missing is installed (or its command printed) once, in one round.
DEPS_NEEDED := $(RUNTIME_PKGS) $(PLAIN_LIBS) fonts $(TEST_PKGS)
$(BUILD)/config.mk: Makefile engine/deps.sh
	@mkdir -p $(@D)
	@sh engine/deps.sh $(DEPS_NEEDED)
	@lua=$$(sh engine/deps.sh --pkg-name $(LUA_PKG)) && libs="$(filter-out $(LUA_PKG),$(RUNTIME_PKGS))" && \
	  printf 'DEP_CFLAGS := %s\nLUA_CFLAGS := %s\nDEP_LIBS := %s\n' \
	  "$$(pkg-config --cflags $$libs)" "$$(pkg-config --cflags $$lua)" "$$(pkg-config --libs $$libs $$lua) $(PLAIN_LDLIBS)" > $@.tmp
	@mv $@.tmp $@

.PHONY: deps-commands
deps:
	@sh engine/deps.sh $(DEPS_NEEDED)

# The install command for each system; README.md's table shows it (make e2e checks).
deps-commands:
	@sh engine/deps.sh --commands $(DEPS_NEEDED)

# config.mk's check covered the test packages too.
$(BUILD)/test-deps.ok: $(BUILD)/config.mk
	@touch $@

# --- the engine --------------------------------------------------------------
$(BUILD)/obj/%.o: engine/%.c $(BUILD)/config.mk
	@mkdir -p $(@D)
	$(Q)$(CC) $(BASE_CFLAGS) $(LAYER_INC) -MMD -MP -c $< -o $@

# The phone page is built into the binary: each file becomes a byte array (od, no xxd needed).
PAGE_FILES := engine/phones/page.html engine/phones/app.js engine/phones/app.css engine/phones/icon.svg
$(BUILD)/gen/phones_page_data.h: $(PAGE_FILES)
	@mkdir -p $(@D)
	$(Q)for f in $(PAGE_FILES); do \
	  name=$$(basename $$f | tr . _); \
	  echo "static const unsigned char $$name[] = {"; \
	  od -An -v -tx1 $$f | sed 's/ *\([0-9a-f][0-9a-f]\)/0x\1,/g'; \
	  echo "};"; \
	done > $@.tmp && mv $@.tmp $@
$(BUILD)/obj/phones/phones_page.o: $(BUILD)/gen/phones_page_data.h

$(BUILD)/leadsim: $(ENGINE_OBJ)
	$(Q)$(CC) $^ -o $@ $(ALL_LDLIBS)

-include $(ENGINE_OBJ:.o=.d)

run: $(BUILD)/leadsim
	./$(BUILD)/leadsim

# --- tests -------------------------------------------------------------------
CMOCKA_CFLAGS = $(shell pkg-config --cflags cmocka)
CMOCKA_LIBS   = $(shell pkg-config --libs cmocka)

$(BUILD)/tests/%: tests/unit/%.c $(LIB_OBJ) tests/unit/unit.h $(BUILD)/test-deps.ok
	@mkdir -p $(@D)
	$(Q)$(CC) $(ALL_CFLAGS) $(CMOCKA_CFLAGS) -Itests/unit $< $(LIB_OBJ) -o $@ $(ALL_LDLIBS) $(CMOCKA_LIBS)

test: unit e2e fuzz-replay phones fuzz-smoke

# The phone server with a room behind it (tests/phones/phones_driver.c), for the browser and load tests.
$(BUILD)/tests/phones_driver: tests/phones/phones_driver.c $(LIB_OBJ) $(BUILD)/test-deps.ok
	@mkdir -p $(@D)
	$(Q)$(CC) $(ALL_CFLAGS) $< $(LIB_OBJ) -o $@ $(ALL_LDLIBS)

# A real phone browser (headless Chromium through the DevTools protocol) joins, votes and follows the room.
phones: $(BUILD)/tests/phones_driver
	@sh tests/phones/run.sh $(BUILD)

unit: $(UNIT_BIN)
	@sh tests/run-unit.sh $(UNIT_BIN)

# The xAPI validator (Learning Locker's xapi-validation) and the test LRS's packages, pinned by the lock.
XAPI_MODULES := tests/xapi/node_modules/.package-lock.json
$(XAPI_MODULES): tests/xapi/package.json tests/xapi/package-lock.json $(BUILD)/test-deps.ok
	@cd tests/xapi && npm ci --no-audit --no-fund --loglevel=error >/dev/null
	@touch $@

e2e: $(BUILD)/leadsim $(BUILD)/test-deps.ok $(XAPI_MODULES)
	@sh tests/e2e/run.sh $(BUILD)/leadsim

# Rewrites the e2e expected files from the current binary: review `git diff` before committing.
update-golden: $(BUILD)/leadsim $(XAPI_MODULES)
	@sh tests/e2e/run.sh $(BUILD)/leadsim --update | tail -n 1
	@git --no-pager diff --stat -- tests/e2e
# --- fuzzing ---------------------------------------------------------------------
# tests/fuzz/fuzz_NAME.c defines LLVMFuzzerTestOneInput for one input format:
#   sandbox   bytes as a scenario file: load, check, a short playthrough
#   settings  bytes as the settings INI
#   phones    a request to the phone server's rules (what libmicrohttpd hands on)
# make fuzz builds each with clang's libFuzzer (under build/fuzz, with ASan and
# UBSan) and runs it for FUZZ_SECONDS, from the seeds below; what it learns
# goes to build/fuzz/corpus/NAME, crashes to build/fuzz/crash-*. Add a crash
# that was fixed to tests/fuzz/corpus/NAME. make test replays that corpus with
# the normal compiler (tests/fuzz/replay.c), so no clang is needed there.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := sandbox settings phones saves rooms
FUZZ_SEEDS_sandbox  := tests/fuzz/corpus/sandbox tests/e2e/hostile scripts/scenarios
FUZZ_SEEDS_settings := tests/fuzz/corpus/settings
FUZZ_SEEDS_phones   := tests/fuzz/corpus/phones
FUZZ_SEEDS_saves    := tests/fuzz/corpus/saves
FUZZ_SEEDS_rooms    := tests/fuzz/corpus/rooms
FUZZ_FLAGS ?= -timeout=10 -rss_limit_mb=1024 -max_len=65536

fuzz:
	@command -v clang >/dev/null || { echo "make fuzz needs clang: sudo apt-get install clang"; exit 2; }
	@$(MAKE) --no-print-directory SANITIZE=fuzz CC=clang fuzz-run

# make test: each target for a few seconds, where clang can build libFuzzer programs.
FUZZ_SMOKE_SECONDS ?= 5
fuzz-smoke:
	@if printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n){(void)d;(void)n;return 0;}\n' | \
	    clang -fsanitize=fuzzer -x c - -o /tmp/leadsim-fuzz-probe.$$$$ >/dev/null 2>&1; then \
	  rm -f /tmp/leadsim-fuzz-probe.$$$$; \
	  $(MAKE) --no-print-directory SANITIZE=fuzz CC=clang FUZZ_SECONDS=$(FUZZ_SMOKE_SECONDS) fuzz-run; \
	else echo "skipped: fuzz-smoke (no clang with libFuzzer here; make test replays the corpus instead)"; fi

# One target: run it, show its last stats, or the end of its log when it found a crash.
define fuzz_one
mkdir -p $(BUILD)/corpus/$(1) && echo "fuzz_$(1) for $(FUZZ_SECONDS) s" && \
{ $(BUILD)/fuzz_$(1) $(FUZZ_FLAGS) -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=$(BUILD)/ \
    -print_final_stats=1 $(BUILD)/corpus/$(1) $(FUZZ_SEEDS_$(1)) 2>$(BUILD)/fuzz_$(1).log || \
    { tail -40 $(BUILD)/fuzz_$(1).log; false; }; } && \
grep -E '^stat::number_of_executed_units|DONE' $(BUILD)/fuzz_$(1).log
endef

fuzz-run: $(FUZZ_TARGETS:%=$(BUILD)/fuzz_%)
	@$(foreach t,$(FUZZ_TARGETS),$(call fuzz_one,$(t)) &&) true

$(BUILD)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_main.c tests/fuzz/fuzz.h $(LIB_OBJ)
	$(Q)$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer tests/fuzz/fuzz_$*.c tests/fuzz/fuzz_main.c $(LIB_OBJ) -o $@ $(ALL_LDLIBS)

$(BUILD)/tests/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c tests/fuzz/fuzz.h $(LIB_OBJ)
	@mkdir -p $(@D)
	$(Q)$(CC) $(ALL_CFLAGS) tests/fuzz/fuzz_$*.c tests/fuzz/replay.c $(LIB_OBJ) -o $@ $(ALL_LDLIBS)

fuzz-replay: $(FUZZ_TARGETS:%=$(BUILD)/tests/replay_%)
	@for t in $(FUZZ_TARGETS); do $(BUILD)/tests/replay_$$t tests/fuzz/corpus/$$t || exit 1; done

# --- generated documentation ---------------------------------------------------
# docs/coverage.md is the output of the command, never edited by hand; make e2e
# fails when it is stale.
docs: $(BUILD)/leadsim
	@sh tests/e2e/coverage-doc.sh $(BUILD)/leadsim > docs/coverage.md
	@echo "wrote docs/coverage.md"

# --- benchmarks (not timed tests: they report, they do not fail) --------------
BENCH_BIN := $(BUILD)/bench/bench_play $(BUILD)/bench/reference $(BUILD)/bench/runstat $(BUILD)/bench/minimal_window \
             $(BUILD)/bench/bench_records $(BUILD)/bench/phones_load $(BUILD)/tests/phones_driver

$(BUILD)/bench/phones_load: tests/bench/phones_load.c
	@mkdir -p $(@D)
	$(Q)$(CC) -O2 -std=c11 -D_DEFAULT_SOURCE -Wall -Wextra -Werror $< -o $@ -lpthread

$(BUILD)/bench/runstat: tests/bench/runstat.c
	@mkdir -p $(@D)
	$(Q)$(CC) -O2 -std=c11 -Wall -Wextra $< -o $@

$(BUILD)/bench/minimal_window: tests/bench/minimal_window.c $(BUILD)/config.mk
	@mkdir -p $(@D)
	$(Q)$(CC) $(ALL_CFLAGS) $< -o $@ $(ALL_LDLIBS)

$(BUILD)/bench/bench_play: tests/bench/bench_play.c $(LIB_OBJ)
	@mkdir -p $(@D)
	$(Q)$(CC) $(ALL_CFLAGS) $< $(LIB_OBJ) -o $@ $(ALL_LDLIBS)

$(BUILD)/bench/bench_records: tests/bench/bench_records.c $(LIB_OBJ)
	@mkdir -p $(@D)
	$(Q)$(CC) $(ALL_CFLAGS) $< $(LIB_OBJ) -o $@ $(ALL_LDLIBS)

$(BUILD)/bench/reference: tests/bench/reference.c $(BUILD)/config.mk
	@mkdir -p $(@D)
	$(Q)$(CC) $(ALL_CFLAGS) $< -o $@ $(ALL_LDLIBS)

bench: $(BUILD)/leadsim $(BENCH_BIN)
	@sh tests/bench/run.sh $(BUILD)

# --- install -----------------------------------------------------------------
# The data goes to share/leadsim (read-only to leadsim), docs/ to share/doc/leadsim
# (leadsim new names the guide there), and a man page made from the binary's --help.
DOCDIR := $(PREFIX)/share/doc/leadsim
MANDIR := $(PREFIX)/share/man/man1

$(BUILD)/leadsim.1: $(BUILD)/leadsim engine/man.sh
	@sh engine/man.sh $(BUILD)/leadsim $(PREFIX) > $@.tmp && mv $@.tmp $@

install: $(BUILD)/leadsim $(BUILD)/leadsim.1
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/leadsim $(DESTDIR)$(DOCDIR) $(DESTDIR)$(MANDIR)
	install -m 755 $(BUILD)/leadsim $(DESTDIR)$(PREFIX)/bin/leadsim
	cp -R scripts assets $(DESTDIR)$(PREFIX)/share/leadsim/
	cp -R docs/. $(DESTDIR)$(DOCDIR)/
	install -m 644 $(BUILD)/leadsim.1 $(DESTDIR)$(MANDIR)/leadsim.1

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/leadsim $(DESTDIR)$(MANDIR)/leadsim.1
	rm -rf $(DESTDIR)$(PREFIX)/share/leadsim $(DESTDIR)$(DOCDIR)

clean:
	rm -rf build
