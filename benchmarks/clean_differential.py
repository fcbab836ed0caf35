"""Differential check of the cleaner: this tree's output against a git revision's.

    .venv/bin/python benchmarks/clean_differential.py [--ref REV] [--shared ../shared]

A speed change to `newsrefinery.clean` must not change one byte of its output. This
loads the cleaning package as it was at `--ref` (by `git show`, into a temporary
folder, imported under another name) and runs both cleaners on:

- every text dump of `scraped-dev/text`, the seed and the `samples/**/text` files;
- the blocks the HTML extractor keeps from every page of `scraped-dev/html`,
  `scrapinghub-aeb/html` and `samples/**/html`, in blocks mode (with the page's
  headline, and with "") and in text-dump mode;
- perturbed variants of all of these: whitespace, NUL bytes, case, curly quotes,
  edge punctuation, reordering, repeated and embedded-newline lines, random mixes of
  lines across documents with boilerplate phrases and shapes spliced in;
- three configurations: the default, rules switched off, user patterns added.

The whole `Cleaned` record is compared (headline, body, captions, removed with
reasons, source link, credits). Exit status 1 and the first differences printed when
any output differs. Not a test because it needs git and takes about a minute.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType

from newsrefinery.clean import CleanConfig, clean_lines
from newsrefinery.clean import patterns as P

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "src/newsrefinery/clean"
Case = tuple[str, list[str], dict[str, str]]

DISABLED = (
    "duplicate_line", "repeated_headline", "source_link", "navigation", "pull_quote",
    "author_bio", "comment_widget", "timestamp", "byline",
)  # fmt: skip
CONFIGS = {
    "default": None,
    "disabled": CleanConfig(disabled_rules=frozenset(DISABLED)),
    "user": CleanConfig(
        extra_patterns={
            "newsletter": ("Get the Morning Brief", "re:^sign up for .{1,40} alerts"),
            "navigation": ("re:\\bclick\\b",),
            "tag_list": ("said",),
        }
    ),
}

# Lines spliced into the mixed documents: boilerplate of every shape the rules know.
SHAPES = (
    "[ad_1]", "[source_link]", "[caption id=x]", "Advertisement", "Source", "Source link",
    "— Jane Doe (@jdoe) March 3, 2020", "pic.twitter.com/abc123 — X", "https://t.co/abcd1234",
    "(Reporting by Jane Doe; Editing by John Roe)", "-- AFP", "By Jane Doe", "BY JOHN ROE, Reuters",
    "@handle", "Published 3 March 2023 at 10:45", "03/11/2019 at 10:45", "Updated: 5:30 p.m. ET",
    "10:45 am March 3, 2021 update", "© 2023 Example Corp. All rights reserved.",
    "Please disable your ad blocker to support us", "We may earn a commission from links",
    "Sign up for our newsletter here!", "Home | News | Sport | Weather", "Image 3 of 12",
    "3 / 12", "★★★★☆", "-----", "* * *", "___", "\x00", "Getty Images", "AFP/File",
    "(Photo: Jane Doe/AP)", "Courtesy of John Roe/AP Photo", "Source: GoFundMe", "Adnan Syed",
    "A man walks past the building in Kyiv on Monday. REUTERS/Gleb Garanich",
    "The president (pictured) speaks to reporters in Washington on Tuesday afternoon",
    "Jane Doe is a reporter for the Example Times covering city hall.", "Related:",
    "Related", "Other story headline here", "Second related story", "Comments",
    "Leave a Reply", "Your email address will not be published. Required fields are marked *",
    "Name *", "Email *", "What do you think?", "Now share your opinion", "Tags: war, peace",
    "Read more: something else", "Jane Doe contributed reporting to this story.",
    "Born: 1963", "Position: forward", "Goals: 12", "ΟΔΟΣ ΣΟΦΟΚΛΕΟΥΣ", "İstanbul İzmir",
    "Editor’s pick: a story", "“Quoted” — ‘yes’", "  spaced\xa0 out \t line  ", "a\u2028b",
    "Zero\u200bwidth", "ＦＵＬＬ　ＷＩＤＴＨ。", "Liverpool: Alisson; Alexander-Arnold, Konate, "
    "van Dijk, Robertson; Fabinho, Henderson, Thiago", "3:45 p.m.", "MORE TO FOLLOW",
)  # fmt: skip


def load_reference(rev: str, folder: Path) -> ModuleType:
    """The cleaning package at `rev`, imported as `_refclean_<rev>`."""
    name = f"_refclean_{rev[:12]}"
    target = folder / name
    target.mkdir()
    files = subprocess.run(
        ["git", "ls-tree", "--name-only", f"{rev}:{PACKAGE}"],
        cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout.split()  # fmt: skip
    for file in files:
        blob = subprocess.run(
            ["git", "show", f"{rev}:{PACKAGE}/{file}"], cwd=ROOT, check=True, capture_output=True
        ).stdout
        (target / file).write_bytes(blob)
    sys.path.insert(0, str(folder))
    return importlib.import_module(name)


def text_docs(shared: Path) -> Iterator[tuple[str, list[str]]]:
    paths = sorted((shared / "benchdata" / "scraped-dev" / "text").glob("*.txt"))
    paths += sorted((shared / "seed").glob("*.txt"))
    paths += sorted(p for p in (shared / "samples").glob("*/text/**/*") if p.is_file())
    for path in paths:
        yield path.name, path.read_text(encoding="utf-8", errors="replace").split("\n")


def html_pages(shared: Path) -> Iterator[tuple[str, list[str], str]]:
    """(name, blocks, headline) of every HTML page, as the pipeline drafts them."""
    from newsrefinery.extract import extract_html
    from newsrefinery.steps import normalise_line

    paths = sorted((shared / "benchdata" / "scraped-dev" / "html").glob("*.htm*"))
    paths += sorted((shared / "benchdata" / "scrapinghub-aeb" / "html").glob("*.html.gz"))
    paths += sorted(p for p in (shared / "samples").glob("*/html/**/*") if p.is_file())
    for path in paths:
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        got = extract_html(data.decode("utf-8", errors="replace"))
        blocks = [b for b in (normalise_line(x) for x in got.blocks) if b]
        yield path.name, blocks, got.meta.headline or ""


def perturb(lines: list[str], rng: random.Random) -> Iterator[tuple[str, list[str]]]:
    """Variants of one document's lines that stress the features each rule reads."""
    spaces = ("\xa0", "\t", "  ", " \x00", "\u3000", "\r")
    yield "reversed", lines[::-1]
    yield "upper", [ln.upper() for ln in lines]
    yield "lower", [ln.lower() for ln in lines]
    yield "curly", [ln.replace("'", "’").replace('"', "“") for ln in lines]
    yield "spaces", [ln.replace(" ", rng.choice(spaces), 2) + rng.choice(("", " ")) for ln in lines]
    yield "edges", [rng.choice(("• ", "(", "- ", "— ", "[", "@", "")) + ln for ln in lines]
    yield "tails", [ln.rstrip(".") + rng.choice((")", "”", ".”", "...", "", ":")) for ln in lines]
    yield "doubled", [x for ln in lines for x in ((ln, ln) if rng.random() < 0.2 else (ln,))]
    yield "embedded", ["\n".join(lines[i : i + 2]) for i in range(0, len(lines), 2)]
    shuffled = lines[:]
    rng.shuffle(shuffled)
    yield "shuffled", shuffled
    spliced = lines[:]
    for _ in range(4):
        spliced.insert(rng.randrange(len(spliced) + 1), rng.choice(SHAPES))
    yield "spliced", spliced


def mixes(pool: Sequence[str], rng: random.Random, count: int) -> Iterator[tuple[str, list[str]]]:
    """Random documents of lines from every document, with boilerplate shapes spliced in."""
    phrases = [p for ps in P.EXACT.values() for p in ps]
    for i in range(count):
        size = rng.randrange(1, 60)
        doc = [rng.choice(pool) for _ in range(size)]
        for _ in range(rng.randrange(0, 8)):
            extra = rng.choice(SHAPES) if rng.random() < 0.6 else rng.choice(phrases).title()
            doc.insert(rng.randrange(len(doc) + 1), extra)
        yield f"mix{i}", doc


def cases(shared: Path, seed: int, mixed: int) -> Iterator[Case]:
    rng = random.Random(seed)
    pool: list[str] = []
    for name, lines in text_docs(shared):
        pool += [ln for ln in lines if ln.strip()]
        yield f"text:{name}", lines, {}
        for kind, variant in perturb(lines, rng):
            yield f"text:{name}:{kind}", variant, {}
    for name, blocks, headline in html_pages(shared):
        pool += blocks
        for mode, kwargs in (("blocks", {"headline": headline}), ("nohead", {"headline": ""}),
                             ("text", {})):  # fmt: skip
            yield f"html:{name}:{mode}", blocks, kwargs
            for kind, variant in perturb(blocks, rng):
                yield f"html:{name}:{mode}:{kind}", variant, kwargs
    for name, doc in mixes(pool, rng, mixed):
        yield f"mix:{name}", doc, {}
        yield f"mix:{name}:blocks", doc, {"headline": ""}


def compare(reference: ModuleType, shared: Path, seed: int, mixed: int) -> int:
    """Runs both cleaners on every case and configuration; returns the differences."""
    failures = total = 0
    for name, lines, kwargs in cases(shared, seed, mixed):
        for label, config in CONFIGS.items():
            total += 1
            ref_config = None
            if config is not None:
                ref_config = reference.CleanConfig(
                    extra_patterns=dict(config.extra_patterns),
                    disabled_rules=config.disabled_rules,
                )
            want = reference.clean_lines(lines, config=ref_config, **kwargs)
            got = clean_lines(lines, config=config, **kwargs)  # type: ignore[arg-type]
            if repr(got) != repr(want):
                failures += 1
                if failures <= 5:
                    print(f"DIFF {name} [{label}]\n  want {want!r:.600}\n  got  {got!r:.600}")
    print(f"{total} cleanings compared, {failures} differ")
    return failures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ref", default="3927ef1", help="git revision to compare with")
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--mixed", type=int, default=3000, help="random mixed documents")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="clean-ref-") as folder:
        reference = load_reference(args.ref, Path(folder))
        failures = compare(reference, Path(args.shared).resolve(), args.seed, args.mixed)
    print(f"{time.perf_counter() - start:.1f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
