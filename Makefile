# unlint — set-up and everyday commands. `make run` and `make test` are all a
# fresh Debian or Ubuntu machine with Swift needs.

SWIFT ?= swift
# apt-get needs root; use sudo when not already root.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Position-dependent as well: a position-independent executable has its 80,000
# Swift metadata pointers relocated at every start (about 2 ms). Only with the
# static runtime: against the shared one the loader warns at every start.
RELEASE := $(SWIFT) build -c release --static-swift-stdlib -Xswiftc -Xclang-linker -Xswiftc -no-pie
BINARY := .build/release/unlint

# The golden reports of Examples/, one per format (compared byte for byte by GoldenReportTests).
GOLDEN := Reports/examples
GOLDEN_REPORTS := json=$(GOLDEN)/examples.json jsonl=$(GOLDEN)/examples.jsonl sarif=$(GOLDEN)/examples.sarif \
	junit=$(GOLDEN)/examples.junit.xml checkstyle=$(GOLDEN)/examples.checkstyle.xml \
	github=$(GOLDEN)/examples.github.txt gitlab=$(GOLDEN)/examples.gitlab.json

.PHONY: run reports build test deps embed bench fuzz clean

## run: install libpcre2-dev if missing, build in release mode, lint Examples/, and write
## its JUnit, SARIF and JSON reports under Reports/out/ (ignored by git)
run: build
	@# Exit code 1 means findings (the examples have planted defects); 2 is a real failure.
	$(BINARY) Examples/ --report junit=Reports/out/junit.xml --report sarif=Reports/out/unlint.sarif \
		--report json=Reports/out/unlint.json || [ $$? -eq 1 ]
	@echo "Reports of Examples/: Reports/out/junit.xml, Reports/out/unlint.sarif, Reports/out/unlint.json"

## reports: regenerate the golden reports in Reports/examples/ (SOURCE_DATE_EPOCH=0: no times, a fixed timestamp)
reports: build
	SOURCE_DATE_EPOCH=0 $(BINARY) Examples/ --output $(GOLDEN)/examples.txt \
		$(addprefix --report ,$(GOLDEN_REPORTS)) || [ $$? -eq 1 ]

## build: the release binary, Swift runtime linked statically and position-dependent for fast start-up
build: deps
	$(RELEASE)

## test: every test (unit, rule examples, parsers, CLI, golden reports, corpus when ../shared exists)
test: deps
	$(SWIFT) test

## deps: the PCRE2 development package (and pkg-config, which SwiftPM uses to find it)
deps:
	@dpkg -s libpcre2-dev >/dev/null 2>&1 && command -v pkg-config >/dev/null 2>&1 || \
		{ echo "Installing libpcre2-dev and pkg-config"; $(SUDO) apt-get update && $(SUDO) apt-get install -y libpcre2-dev pkg-config; }

## bench: unlint beside pcre2grep, rumdl and cat on a corpus grown from Examples/ (needs pcre2-utils and rumdl)
bench: build
	@command -v pcre2grep >/dev/null || { echo "Installing pcre2-utils"; $(SUDO) apt-get install -y pcre2-utils; }
	@command -v rumdl >/dev/null || { echo "Installing rumdl (PyPI)"; pip install --quiet rumdl; }
	bash scripts/bench.sh

## embed: regenerate Sources/UNLint/Generated/EmbeddedRules.swift after editing Rules/
embed:
	sh scripts/embed-rules.sh

## fuzz: build the libFuzzer targets in Fuzz/ with the address sanitizer and run each for FUZZ_SECONDS (default 60)
fuzz: deps
	sh scripts/fuzz.sh

clean:
	rm -rf .build
