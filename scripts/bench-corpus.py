#!/usr/bin/env python3
"""Writes the benchmark corpus: documents grown from Examples/ in every
language, and the same concatenated into one file.

Each document is an example with its numbered paragraphs repeated, numbering
continued, until it is about 28 KB (the size of a real CEB summary), so the
rules see ordinary documents rather than one file copied bare.

usage: bench-corpus.py OUT_DIR COUNT
       bench-corpus.py --stress OUT_DIR   (after the first form: the size cases)
"""
import os
import re
import sys

NUMBERED = re.compile(r"^(\s*)(\d+)\.(\s)")
TARGET = 28 * 1024


def grown(text):
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if NUMBERED.match(line)), None)
    if first is None:
        return text
    # The running text only: headings and page furniture are not repeated.
    def running(line):
        if NUMBERED.match(line):
            return True
        return not (line.startswith("#") or "\f" in line or re.match(r"^\s*([IVX]+|[A-H])\.\s", line))

    body = [line for line in lines[first:] if running(line)]
    highest = max(int(NUMBERED.match(line).group(2)) for line in body if NUMBERED.match(line))
    out = list(lines)
    shift = highest
    while len("\n".join(out).encode()) < TARGET:
        out += [NUMBERED.sub(lambda m: f"{m.group(1)}{int(m.group(2)) + shift}.{m.group(3)}", line) for line in body]
        shift += highest
    return "\n".join(out)


def stress(out):
    """The size cases of the hardening issue, each a file of its own."""
    os.makedirs(out, exist_ok=True)
    sentence = "The Committee considered the report of the Secretary-General (A/80/1) of 12 August 2021."
    header = "A/80/1\n\nDistr.: General\n12 August 2021\n\nOriginal: English\n\n"
    with open(os.path.join(out, "line-20MB.md"), "w", encoding="utf-8") as f:
        f.write(header + "1. " + " ".join([sentence] * (20 * 1024 * 1024 // (len(sentence) + 1))) + "\n")
    # One line of 2 MB with a finding every 7 bytes (a double space): each
    # finding's column is counted on that line.
    with open(os.path.join(out, "findings-line-2MB.md"), "w", encoding="utf-8") as f:
        f.write(header + "1. " + "ab  cd " * (2 * 1024 * 1024 // 7) + "\n")
    # Paragraphs and headings without trailing spaces: the cases measure the
    # document's model, not a finding on every line (the 2 MB line does that).
    with open(os.path.join(out, "paragraphs-1M.md"), "w", encoding="utf-8") as f:
        f.write(header)
        for i in range(1, 1_000_001):
            f.write(f"{i}. {sentence}\n\n")
    with open(os.path.join(out, "headings-100k.md"), "w", encoding="utf-8") as f:
        f.write(header)
        for i in range(1, 100_001):
            f.write(f"## {chr(65 + i % 26)}. Section {i}\n\n{i}. {sentence}\n\n")
    with open(os.path.join(out, "nested-10k.md"), "w", encoding="utf-8") as f:
        f.write(header + "1. " + "(" * 10_000 + "x" + ")" * 10_000 + " " + "*" * 10_000 + "y" + "*" * 10_000
                + " " + "[" * 10_000 + "z](a)\n")
    with open(os.path.join(out, "all.md"), encoding="utf-8") as source:
        corpus = source.read()
    with open(os.path.join(out, "document-200MB.md"), "w", encoding="utf-8") as f:
        written = 0
        while written < 200 * 1024 * 1024:
            f.write(corpus)
            written += len(corpus.encode())


def main():
    if sys.argv[1] == "--stress":
        stress(sys.argv[2])
        return
    out, count = sys.argv[1], int(sys.argv[2])
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Examples")
    examples = sorted(os.listdir(root))
    texts = []
    for name in examples:
        with open(os.path.join(root, name), encoding="utf-8") as f:
            texts.append((name, grown(f.read())))
    files = os.path.join(out, "files")
    os.makedirs(files, exist_ok=True)
    total = 0
    with open(os.path.join(out, "all.md"), "w", encoding="utf-8") as joined:
        for i in range(count):
            name, text = texts[i % len(texts)]
            stem, ext = os.path.splitext(name)
            with open(os.path.join(files, f"{i:05d}-{stem}{ext}"), "w", encoding="utf-8") as f:
                f.write(text)
            joined.write(text + "\n\n")
            total += len(text.encode())
    print(f"{count} documents, {total / 1e6:.1f} MB, in {files}; the same in one file: {out}/all.md")


if __name__ == "__main__":
    main()
