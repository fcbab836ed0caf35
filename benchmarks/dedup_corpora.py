"""Corpora for benchmarks/dedup.py: syndication sets, Reuters-21578 and a scale set.

Every corpus is the same shape: signature texts, the `DocInfo` of each document, and
a true group per document (for precision and recall). Data under ../shared is read
in place; the refined syndication corpora are cached as JSON lines under --cache.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from newsrefinery.dedup import DocInfo, doc_info, signature_text
from newsrefinery.dedup.canonical import title_words
from newsrefinery.records import Article


@dataclass
class Corpus:
    name: str
    texts: list[str]
    docs: list[DocInfo]
    groups: list[str]
    titles: list[str]
    originals: list[bool] = field(default_factory=list)  # role `original` in the truth


def syndication(shared: Path, corpus: str, cache: Path) -> Corpus:
    """make_syndication.py --corpus CORPUS --seed 1, refined by newsrefinery (cached)."""
    # The refinery's output changes with its steps: delete the cache after changing them.
    path = cache / f"syn_{corpus}_seed1_v2.jsonl"
    if not path.is_file():
        _refine_syndication(shared, corpus, path)
    texts, docs, groups, titles, originals = [], [], [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        article = Article.from_json(row["record"])
        texts.append(signature_text(article))
        docs.append(doc_info(article))
        groups.append(row["group"])
        titles.append(article.headline or "")
        originals.append(row["role"] == "original")
    return Corpus(f"syndication {corpus}", texts, docs, groups, titles, originals)


def _refine_syndication(shared: Path, corpus: str, path: Path) -> None:
    from newsrefinery.config import load_config
    from newsrefinery.run import refine_paths
    from newsrefinery.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        syn = Path(tmp) / "syn"
        make = shared / "eval" / "make_syndication.py"
        subprocess.run(
            [sys.executable, str(make), "--corpus", corpus, "--seed", "1", "--out", str(syn)],
            check=True, capture_output=True,
        )  # fmt: skip
        meta = [json.loads(line) for line in (syn / "meta.jsonl").read_text().splitlines()]
        truth = {m["doc_id"]: (m["group_id"], m["role"]) for m in meta}
        with open_store(Path(tmp) / "syn.db") as store:
            refine_paths([str(syn / "docs")], store, load_config(None, []))
            rows = []
            for a in store.iter_articles(include_rejected=False):
                group, role = truth[Path(a.source.uri).name.split(".")[0]]
                rows.append({"group": group, "role": role, "record": a.to_json()})
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


_REUTERS = re.compile(r"<REUTERS[^>]*NEWID=\"(\d+)\".*?</REUTERS>", re.S)


def _tag(block: str, name: str) -> str | None:
    found = re.search(rf"<{name}>(.*?)</{name}>", block, re.S)
    if found is None:
        return None
    text = re.sub(r"&#\d+;", "", found.group(1))
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip()


def reuters(shared: Path) -> Corpus:
    """Every Reuters-21578 story with a body; its group is its own NEWID (the corpus
    has no duplicate labels: the real repeats are what dedup is asked to find)."""
    base = shared / "benchdata" / "corpus" / "reuters21578"
    texts, docs, groups, titles = [], [], [], []
    for path in sorted(base.glob("reut2-*.xml")):
        raw = path.read_bytes().decode("latin-1")
        for match in _REUTERS.finditer(raw):
            block, newid = match.group(0), match.group(1)
            body = _tag(block, "BODY")
            if not body:
                continue
            body = re.sub(r"\s*Reuter\s*$", "", body)
            paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s{2,}", body)]
            texts.append("\n\n".join(p for p in paragraphs if p))
            titles.append(_tag(block, "TITLE") or "")
            docs.append(_reuters_info(newid, block, texts[-1], titles[-1]))
            groups.append(newid)
    return Corpus("Reuters-21578", texts, docs, groups, titles)


def _reuters_info(newid: str, block: str, text: str, title: str) -> DocInfo:
    date = re.search(r"<DATE>\s*(\d+-[A-Z]+-\d{4} \d\d:\d\d:\d\d)", block)
    when = None
    if date:
        stamp = datetime.strptime(date.group(1).title(), "%d-%b-%Y %H:%M:%S")
        when = stamp.replace(tzinfo=timezone.utc).timestamp()
    place = re.search(r"<DATELINE>\s*([^,<]+)", block)
    return DocInfo(
        id=f"reuters-{int(newid):05d}", chars=len(text), published=when, agencies=("reuters",),
        place=place.group(1).strip().lower() if place else None,
        words=len(re.findall(r"\w+", text)), title=title_words(title),
    )  # fmt: skip


# -- scale -------------------------------------------------------------------------

_EDITS = ("none", "typo", "trim", "teaser", "insert")


def _bases(shared: Path) -> tuple[np.ndarray, list[list[np.ndarray]]]:
    """Vocabulary and base stories (paragraphs of word ids) from BBC and Reuters."""
    stories: list[list[list[str]]] = []
    for path in sorted((shared / "benchdata" / "corpus" / "bbc-fulltext").glob("*/*.txt")):
        lines = path.read_text(encoding="latin-1").splitlines()[1:]
        stories.append([line.split() for line in lines if line.strip()])
    stories.extend([p.split() for p in t.split("\n\n")] for t in reuters(shared).texts)
    stories = [s for s in stories if len(s) >= 3 and sum(map(len, s)) >= 80]
    vocab = sorted({w for s in stories for p in s for w in p})
    index = {w: i for i, w in enumerate(vocab)}
    ids = [[np.array([index[w] for w in p], dtype=np.int32) for p in s] for s in stories]
    return np.array(vocab, dtype=object), ids


def scale(shared: Path, n: int, seed: int = 1) -> Corpus:
    """`n` documents made by mutating base stories: each group's story is a base story
    with a quarter of its words replaced (so groups do not overlap), published 1-8
    times with the edits syndication makes (typo, trimmed end, teaser, inserted
    sentence)."""
    vocab, bases = _bases(shared)
    rng = np.random.default_rng(seed)
    texts: list[str] = []
    groups: list[str] = []
    g = 0
    while len(texts) < n:
        base = bases[int(rng.integers(len(bases)))]
        story = [
            np.where(rng.random(p.size) < 0.25, rng.integers(0, vocab.size, p.size), p)
            for p in base
        ]
        copies = int(rng.choice([1, 1, 1, 1, 2, 3, 4, 8]))
        for c in range(min(copies, n - len(texts))):
            edit = "none" if c == 0 else _EDITS[int(rng.integers(len(_EDITS)))]
            paragraphs = _edit(story, edit, rng, vocab.size)
            texts.append("\n\n".join(" ".join(vocab[p]) for p in paragraphs))
            groups.append(f"g{g}")
        g += 1
    docs = [DocInfo(id=f"s{i:08d}", chars=len(t)) for i, t in enumerate(texts)]
    return Corpus(f"scale {n:,}", texts, docs, groups, [""] * n)


def _edit(story: list[np.ndarray], edit: str, rng: np.random.Generator, v: int) -> list[np.ndarray]:
    out = [p.copy() for p in story]
    if edit == "typo":
        for _ in range(3):
            p = out[int(rng.integers(len(out)))]
            p[int(rng.integers(p.size))] = int(rng.integers(v))
    elif edit == "trim":
        out = out[: max(2, int(len(out) * 0.6))]
    elif edit == "teaser":
        out = out[:2]
    elif edit == "insert":
        where = int(rng.integers(len(out)))
        out[where] = np.concatenate((out[where], rng.integers(0, v, 15).astype(np.int32)))
    return out
