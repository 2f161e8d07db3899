# unlint — set-up and everyday commands. `make run` and `make test` are all a
# fresh Debian or Ubuntu machine with Swift needs.

SWIFT ?= swift
# apt-get needs root; use sudo when not already root.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE := $(SWIFT) build -c release --static-swift-stdlib
BINARY := .build/release/unlint

.PHONY: run build test deps embed fuzz clean

## run: install libpcre2-dev if missing, build in release mode, lint Examples/
run: build
	@# Exit code 1 means findings (the examples have planted defects); 2 is a real failure.
	$(BINARY) Examples/ || [ $$? -eq 1 ]

## build: the release binary, Swift runtime linked statically for fast start-up
build: deps
	$(RELEASE)

## test: every test (unit, rule examples, parsers, CLI, golden reports, corpus when ../shared exists)
test: deps
	$(SWIFT) test

## deps: the PCRE2 development package (and pkg-config, which SwiftPM uses to find it)
deps:
	@dpkg -s libpcre2-dev >/dev/null 2>&1 && command -v pkg-config >/dev/null 2>&1 || \
		{ echo "Installing libpcre2-dev and pkg-config"; $(SUDO) apt-get update && $(SUDO) apt-get install -y libpcre2-dev pkg-config; }

## embed: regenerate Sources/UNLint/Generated/EmbeddedRules.swift after editing Rules/
embed:
	sh scripts/embed-rules.sh

## fuzz: build the libFuzzer targets in Fuzz/ with the address sanitizer and run each for FUZZ_SECONDS (default 60)
fuzz: deps
	sh scripts/fuzz.sh

clean:
	rm -rf .build
