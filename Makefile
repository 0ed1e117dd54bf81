# runsheet -- one plain GNU Makefile.
#
#   make              build build/runsheet (installs missing Debian packages as root)
#   make site         build the bundled scenarios into site/
#   make check        build and run every test (installs the test tools)
#   make check-asan   the same under AddressSanitizer + UBSan
#   make check-valgrind  the same under valgrind memcheck
#   make fuzz         run the libFuzzer harnesses (FUZZ_SECONDS each, 60)
#   make pdf          the site with each report also as report.pdf (Chromium)
#   make screenshots  build/screenshots/*.png of the site, desktop and phone
#   make bench        the benchmark: prints figures, asserts nothing
#   make install      install under $(DESTDIR)$(PREFIX)
#   make deb          build/runsheet_<version>_<arch>.deb (packaging/deb.sh)
#   make coverage     line and branch coverage of generator/ under the suite
#   make format lint  clang-format / cppcheck and clang-tidy
#
# Local flags go in Makefile.local (not committed), e.g. CFLAGS += -O0 -g.

PREFIX    ?= /usr/local
BINDIR    ?= $(PREFIX)/bin
DATADIR   ?= $(PREFIX)/share/runsheet
MANDIR    ?= $(PREFIX)/share/man
DESTDIR   ?=

CC        ?= cc
PKG_CONFIG ?= pkg-config
PKGS      := jansson libcmark-gfm xlsxwriter cairo fontconfig libpng zlib

# Each pkg-config module and the Debian package that provides it; plus
# packages that have no pkg-config module (headers, fonts).
DEP_MODULES := jansson:libjansson-dev libcmark-gfm:libcmark-gfm-dev \
               xlsxwriter:libxlsxwriter-dev cairo:libcairo2-dev fontconfig:libfontconfig-dev \
               libpng:libpng-dev zlib:zlib1g-dev
DEP_FILES   := /usr/include/cmark-gfm-core-extensions.h:libcmark-gfm-extensions-dev \
               /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf:fonts-dejavu-core
TEST_DEBS   := libreoffice-calc-nogui zip unzip locales chromium poppler-utils bsdutils cmark-gfm \
               lintian dpkg-dev binutils podman debootstrap

CFLAGS    ?= -O2 -g
CFLAGS    += -std=c11 -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
             -Wno-missing-field-initializers
ifneq ($(CI),)
CFLAGS    += -Werror
endif
CPPFLAGS  += -D_POSIX_C_SOURCE=200809L -DDATADIR='"$(DATADIR)"' \
             $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
LDLIBS    += $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null) -lm -lpthread

# Sanitizer builds (make check-asan) go to their own directory B with SANFLAGS.
B         ?= build
SANFLAGS  ?=
CFLAGS    += $(SANFLAGS)
LDFLAGS   += $(SANFLAGS)

-include Makefile.local

SRCS := $(wildcard generator/*.c)
OBJS := $(SRCS:generator/%.c=$(B)/obj/%.o)
LIBOBJS := $(filter-out $(B)/obj/main.o,$(OBJS))

.PHONY: all deps wasm-deps deb-deps deb coverage test-deps clang-deps site check check-asan check-valgrind fuzz install uninstall clean format lint bench pdf screenshots

all: deps wasm-deps
	@$(MAKE) --no-print-directory $(B)/runsheet build/runsheet-wasm.js

# Install the Debian packages the build needs when pkg-config cannot find a
# module: as root with apt-get, otherwise stop and print the line to run.
define install_debs
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "make: installing Debian packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || exit 1; \
	  else \
	    echo "make: missing Debian packages$(1); run:"; \
	    echo "  sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi
endef

deps:
	@missing=""; \
	command -v $(PKG_CONFIG) >/dev/null || missing=" pkg-config"; \
	for p in $(DEP_MODULES); do \
	  $(PKG_CONFIG) --exists $${p%%:*} 2>/dev/null || missing="$$missing $${p#*:}"; \
	done; \
	for p in $(DEP_FILES); do \
	  [ -e $${p%%:*} ] || missing="$$missing $${p#*:}"; \
	done; \
	$(call install_debs,)

# The page's engine: the same C, compiled to WebAssembly with Debian's clang
# for wasm32-wasi (no jansson, cairo or libxlsxwriter in it: the pages feed it
# a model image, image.c), and wrapped as base64 in a script the site loads
# from file:// (no fetch). wasm/entry.c holds its entry points.
WASM_SRCS   := formula eval model report num util diag analysis map jsonw names cell jsonpos \
               region image
WASM_CFLAGS := --target=wasm32-wasi -O2 -std=c11 -Wall -Wextra -Wshadow -Wstrict-prototypes \
               -Wmissing-prototypes -Wno-missing-field-initializers -D_POSIX_C_SOURCE=200809L \
               -D_WASI_EMULATED_GETPID -Igenerator
ifneq ($(CI),)
WASM_CFLAGS += -Werror
endif
WASM_DEBS   := clang lld wasi-libc libclang-rt-14-dev-wasm32

wasm-deps:
	@missing=""; \
	for d in $(WASM_DEBS); do \
	  dpkg-query -W -f='$${Status}' $$d 2>/dev/null | grep -q "ok installed" || missing="$$missing $$d"; \
	done; \
	$(call install_debs, for the page's WebAssembly engine)

build/runsheet.wasm: wasm/entry.c $(WASM_SRCS:%=generator/%.c) $(wildcard generator/*.h)
	@mkdir -p build
	clang $(WASM_CFLAGS) -nostartfiles -Wl,--no-entry -Wl,--strip-all -o $@ \
	  wasm/entry.c $(WASM_SRCS:%=generator/%.c) -lwasi-emulated-getpid -lm

build/runsheet-wasm.js: build/runsheet.wasm
	@{ printf '/* runsheet %s: the engine, compiled to WebAssembly from the program%ss own C (make: build/runsheet.wasm), as base64 for pages opened from disk. */\nwindow.RUNSHEET_WASM = "' "$$(sed -n 's/^#define RUNSHEET_VERSION "\(.*\)"/\1/p' generator/runsheet.h)" "'"; \
	  base64 -w0 $<; printf '";\n'; } > $@.tmp && mv $@.tmp $@

test-deps: deps
	@missing=""; \
	for d in $(TEST_DEBS); do \
	  dpkg-query -W -f='$${Status}' $$d 2>/dev/null | grep -q "ok installed" || missing="$$missing $$d"; \
	done; \
	command -v node >/dev/null && command -v npm >/dev/null || missing="$$missing nodejs npm"; \
	$(call install_debs, for the tests)
	@major=$$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0); \
	if [ "$$major" -lt 20 ]; then \
	  echo "make: the browser tests need Node.js 20 or later (found $$(node --version 2>/dev/null || echo none))"; \
	  exit 1; \
	fi
	@$(MAKE) --no-print-directory $(BROWSER_DEPS)
	@# the determinism tests build under LC_ALL=de_DE.UTF-8
	@if ! locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$$'; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "make: generating the de_DE.UTF-8 locale"; \
	    sed -i 's/^# *de_DE.UTF-8 UTF-8/de_DE.UTF-8 UTF-8/' /etc/locale.gen && locale-gen >/dev/null; \
	  else \
	    echo "make: the tests need the de_DE.UTF-8 locale; run: sudo locale-gen de_DE.UTF-8"; exit 1; \
	  fi; \
	fi

# The browser tests' npm packages, pinned in tests/browser/package-lock.json;
# npm ci installs exactly those (no browser is downloaded: Debian's chromium).
BROWSER_DEPS := tests/browser/node_modules/.package-lock.json
$(BROWSER_DEPS): tests/browser/package.json tests/browser/package-lock.json
	cd tests/browser && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

$(B)/runsheet: $(OBJS)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJS) $(LDLIBS)

$(B)/obj/%.o: generator/%.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

# The unit-test harness links every module but main.c.
$(B)/unit: tests/unit.c $(LIBOBJS)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -Igenerator -MMD -MP -o $@ tests/unit.c $(LIBOBJS) $(LDLIBS)

# The benchmark (make bench): prints figures, never asserts on them.
# The workbook's like-for-like floor (bench/replay.c) records runsheet's own
# libxlsxwriter calls: every function xlsx.c calls is wrapped in the benchmark.
REPLAY_WRAPPED := workbook_new_opt workbook_set_properties workbook_add_worksheet \
  workbook_add_format workbook_add_chart workbook_close workbook_define_name \
  format_set_align format_set_bg_color format_set_bold format_set_border \
  format_set_border_color format_set_bottom format_set_font_color format_set_font_size \
  format_set_italic format_set_num_format format_set_text_wrap worksheet_activate \
  worksheet_autofilter worksheet_data_validation_cell worksheet_freeze_panes \
  worksheet_insert_chart_opt worksheet_insert_image_buffer_opt worksheet_set_column \
  worksheet_set_row worksheet_set_tab_color worksheet_write_boolean \
  worksheet_write_formula_num worksheet_write_formula_str worksheet_write_number \
  worksheet_write_string chart_add_series chart_title_set_name chart_legend_set_position \
  chart_axis_set_crossing_max chart_axis_set_log_base chart_axis_set_max chart_axis_set_min \
  chart_axis_set_name chart_axis_set_num_format chart_axis_set_reverse chart_series_set_fill \
  chart_series_set_line chart_series_set_marker_type chart_series_set_name
build/bench: bench/bench.c bench/floor.c bench/replay.c bench/floor.h $(LIBOBJS)
	$(CC) $(CPPFLAGS) $(CFLAGS) -Igenerator -o $@ bench/bench.c bench/floor.c bench/replay.c \
	  $(LIBOBJS) $(LDLIBS) $(REPLAY_WRAPPED:%=-Wl,--wrap=%)

# BENCH_SIZES: the corpus sizes (default 10,100,1000); figures in build/bench.json.
BENCH_SIZES ?= 10,100,1000
bench: all test-deps build/bench
	@rm -rf build/bench-run
	@build/bench run -s $(BENCH_SIZES)
	@echo
	@node tests/browser/whatif-bench.mjs build/runsheet

# Fuzzing (make fuzz): libFuzzer harnesses built with clang, each run for
# FUZZ_SECONDS; the replay drivers run the same harnesses on the regression
# inputs and the seed corpus in make check (and, sanitized, in check-asan).
FUZZ_SECONDS ?= 60
FUZZ_NAMES   := scenario formula template focus kube
FUZZ_FLAGS   := -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all \
                -fno-omit-frame-pointer

$(B)/fuzz-%: fuzz/fuzz_%.c $(LIBOBJS)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -fsanitize=fuzzer -Igenerator -o $@ $< \
	  $(LIBOBJS) $(LDLIBS)

$(B)/replay-%: fuzz/fuzz_%.c fuzz/driver.c $(LIBOBJS)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -Igenerator -o $@ $< fuzz/driver.c \
	  $(LIBOBJS) $(LDLIBS)

# clang and its sanitizer and libFuzzer runtimes, for make fuzz and check-asan.
clang-deps: deps
	@missing=""; \
	command -v clang >/dev/null || missing=" clang"; \
	[ -n "$$(find /usr/lib/llvm-*/lib/clang -name 'libclang_rt.fuzzer-x86_64.a' 2>/dev/null)" ] || \
	  missing="$$missing libclang-rt-14-dev"; \
	$(call install_debs, for clang's sanitizers)

fuzz: clang-deps
	@$(MAKE) --no-print-directory B=build/fuzz CC=clang SANFLAGS="$(FUZZ_FLAGS)" \
	  $(FUZZ_NAMES:%=build/fuzz/fuzz-%)
	fuzz/run.sh $(FUZZ_SECONDS)

# Test tools: the LibreOffice comparator and the formula-cases workbook.
build/xlsxcheck: tests/xlsxcheck.c
	$(CC) $(CFLAGS) -o $@ tests/xlsxcheck.c -lm

build/xlsxcases: tests/xlsxcases.c $(LIBOBJS)
	$(CC) $(CPPFLAGS) $(CFLAGS) -Igenerator -o $@ tests/xlsxcases.c $(LIBOBJS) $(LDLIBS)

site: all
	build/runsheet build -o site
	@echo "make: site/index.html is ready (open it from disk or serve site/ anywhere)"

check: all test-deps build/unit build/xlsxcheck build/xlsxcases $(FUZZ_NAMES:%=build/replay-%)
	@tests/run.sh

# The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer
# (clang's: its UBSan honours log_path, so no report can hide in a test's
# captured stderr), with leak checking: any report fails the run.
ASAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
check-asan: all test-deps clang-deps build/unit build/xlsxcheck build/xlsxcases
	@$(MAKE) --no-print-directory B=build/asan CC=clang SANFLAGS="$(ASAN_FLAGS)" \
	  build/asan/runsheet build/asan/unit $(FUZZ_NAMES:%=build/asan/replay-%)
	@rm -rf build/asan/logs && mkdir -p build/asan/logs
	@ASAN_OPTIONS=detect_leaks=1:exitcode=97:strict_string_checks=1:detect_stack_use_after_return=1:log_path=$(CURDIR)/build/asan/logs/asan \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=98:log_path=$(CURDIR)/build/asan/logs/ubsan \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	  RUNSHEET=build/asan/runsheet UNIT=build/asan/unit REPLAY=build/asan \
	  SANITIZER_LOGS=build/asan/logs tests/run.sh

# Line and branch coverage of generator/ under the whole suite: runsheet,
# the unit harness and the fuzz replay drivers built with gcc --coverage in
# build/cov, the suite run against them, then gcov (scripts in
# tests/coverage.sh). Prints a table per file and the totals; nothing is
# asserted on the figures.
coverage: all test-deps build/xlsxcheck build/xlsxcases
	@rm -rf build/cov
	@$(MAKE) --no-print-directory B=build/cov SANFLAGS="--coverage -O0" \
	  build/cov/runsheet build/cov/unit $(FUZZ_NAMES:%=build/cov/replay-%)
	@RUNSHEET=build/cov/runsheet UNIT=build/cov/unit REPLAY=build/cov tests/run.sh || true
	@tests/coverage.sh build/cov/obj

# The whole suite under valgrind memcheck: errors and definite or possible
# leaks fail the run.
check-valgrind: all test-deps build/unit build/xlsxcheck build/xlsxcases \
	  $(FUZZ_NAMES:%=build/replay-%)
	@rm -rf build/valgrind-logs && mkdir -p build/valgrind-logs
	@VALGRIND="valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,possible --errors-for-leak-kinds=definite,possible --suppressions=$(CURDIR)/tests/valgrind.supp --log-file=$(CURDIR)/build/valgrind-logs/%p.log" \
	  SANITIZER_LOGS=build/valgrind-logs tests/run.sh

# Print each scenario's report to site/scenarios/<id>/report.pdf with
# headless Chromium (installed by make test-deps).
pdf: all
	@command -v chromium >/dev/null || $(MAKE) --no-print-directory test-deps
	build/runsheet build --pdf -o site
	@echo "make: site/scenarios/*/report.pdf are ready"

# Screenshots of the site at desktop and phone widths, light and dark, for a
# human to look at: build/screenshots/*.png.
screenshots: all test-deps
	build/runsheet build -q -o build/screenshots-site
	node tests/browser/check.mjs build/screenshots-site --screenshots build/screenshots

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/wasm $(DESTDIR)$(MANDIR)/man1
	install -m 755 build/runsheet $(DESTDIR)$(BINDIR)/runsheet
	cp -R models scenarios schema templates assets scripts $(DESTDIR)$(DATADIR)/
	install -m 644 build/runsheet-wasm.js $(DESTDIR)$(DATADIR)/wasm/runsheet-wasm.js
	install -m 644 docs/runsheet.1 $(DESTDIR)$(MANDIR)/man1/runsheet.1

# The Debian package: make install's tree under /usr, Depends from
# dpkg-shlibdeps, the changelog and copyright of packaging/ (see
# packaging/deb.sh); tests/run.sh deb checks it with lintian and builds the
# bundled site with the program extracted from it.
DEB_DEBS := dpkg-dev binutils
deb-deps:
	@missing=""; \
	for d in $(DEB_DEBS); do \
	  dpkg-query -W -f='$${Status}' $$d 2>/dev/null | grep -q "ok installed" || missing="$$missing $$d"; \
	done; \
	$(call install_debs, for make deb)

deb: all deb-deps
	@packaging/deb.sh

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/runsheet $(DESTDIR)$(MANDIR)/man1/runsheet.1
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build

format:
	clang-format -i generator/*.c generator/*.h tests/*.c

lint:
	cppcheck --quiet --enable=warning,performance,portability --std=c11 \
	  --suppress=missingIncludeSystem -Igenerator generator tests/*.c
	clang-tidy --quiet generator/*.c -- $(CPPFLAGS) -std=c11

-include $(OBJS:.o=.d) $(B)/unit.d
