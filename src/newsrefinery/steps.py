"""The per-document pipeline: RawDoc -> draft Article -> steps -> Article.

A step is a pure function `Article -> Article` with a `__name__`. The same tuple of
steps runs in-process, in the local process pool and (later) on Ray; only the
executor changes. Every failure inside becomes a rejected record with a reason, so a
run never loses a document to an exception.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .config import Config
from .errors import InputError
from .records import Article, RawDoc, Rejection, Source, rejected_article

Step = Callable[[Article], Article]

_SPACES = re.compile(r"\s+")
# Below this many characters of body, language identifiers guess; the page's own
# declaration is then the better witness.
_MIN_LANGID_CHARS = 40


def normalise_line(line: str) -> str:
    return _SPACES.sub(" ", line).strip()


def draft_article(raw: RawDoc, text: str) -> Article:
    """The article before any step: a headline if the input names one, body candidates."""
    source = Source(uri=raw.uri, format=raw.format, offset=raw.offset, fetched=raw.fetched)
    article = Article(id=raw.id, source=source, url=raw.url)
    if raw.date:
        article = article.evolve(published=raw.date, published_from="input")
    if raw.kind == "html":
        from .extract import extract_html

        got = extract_html(text, url=raw.url, fetched=raw.fetched)
        meta = got.meta
        changes: dict[str, object] = {
            "url": raw.url or meta.canonical_url,
            "canonical_url": meta.canonical_url,
            "site_name": meta.site_name,
            "source_link": meta.source_link,
            # "" rather than None: the page has no headline, and the cleaner must not
            # take its first paragraph for one as it does in a text dump.
            "headline": meta.headline or "",
            "modified": meta.modified,
            "byline": meta.byline,
            "authors": meta.authors,
            "agencies": meta.agencies,
            "language": meta.language,
            "body": tuple(b for b in (normalise_line(x) for x in got.blocks) if b),
            "captions": got.captions,
            "warnings": got.warnings,
        }
        if meta.published and not article.published:  # a date the input gave wins
            changes.update(published=meta.published, published_from=meta.published_from)
        return article.evolve(**changes)
    # Every line is a candidate, the first included: the cleaning step decides which
    # is the headline (a dump may open with a site banner or a repeated title).
    lines = (normalise_line(line) for line in text.splitlines())
    return article.evolve(body=tuple(line for line in lines if line))


def detect_language(article: Article) -> Article:
    """Sets `language` from the body (py3langid), over what the page declares.

    Runs right after `structure` (the body is final by then) because later steps
    read it: the quotes step picks its cue verbs by language, and some pages
    declare the wrong one ("de" on an English Business Insider page).
    A body too short to identify keeps the declared language, or None.
    """
    text = article.body_text
    if len(text) < _MIN_LANGID_CHARS:
        return article
    import py3langid

    # The first 1,500 characters decide as well as the whole text and cost a fifth.
    lang, _score = py3langid.classify(text[:1500])
    return article.evolve(language=str(lang))


def set_status(article: Article) -> Article:
    if article.status == "rejected" or article.body:
        return article
    return article.evolve(status="empty", warnings=(*article.warnings, "no body text found"))


def build_pipeline(config: Config | None = None) -> tuple[Step, ...]:
    """The steps, in order, that turn a draft into a finished article."""
    from functools import partial

    from .clean import clean_article
    from .entities import entities_article
    from .quotes import quotes_article
    from .structure import structure_article

    clean = partial(clean_article, config=(config or Config()).clean)
    clean.__name__ = "clean"  # type: ignore[attr-defined]  # refine_raw names failing steps
    # Language before entities and quotes: every step after it may read `language`.
    return (
        clean,
        structure_article,
        detect_language,
        entities_article,
        quotes_article,
        set_status,
    )


def refine_raw(raw: RawDoc, steps: Sequence[Step]) -> Article:
    """Run one document through decoding, drafting and every step; never raises."""
    if raw.error is not None:
        return rejected_article(raw, raw.error)
    current = "decode"
    try:
        from .ingest import decode

        text, warnings = decode(raw)
        current = "extract"
        article = draft_article(raw, text)
        if warnings:
            article = article.evolve(warnings=(*article.warnings, *warnings))
        for step in steps:
            current = step.__name__
            article = step(article)
        return article
    except InputError as exc:
        return _reject(raw, exc.reason, str(exc))
    except RecursionError:
        return _reject(raw, "too_complex", f"{current}: nesting too deep")
    except MemoryError:
        return _reject(raw, "out_of_memory", f"{current}: memory limit reached")
    except Exception as exc:  # a bug in a step must not end the run
        return _reject(raw, "step_error", f"{current}: {type(exc).__name__}: {exc}")


def _reject(raw: RawDoc, reason: str, message: str) -> Article:
    line = " ".join(message.split())
    if not line.startswith(raw.uri):
        line = f"{raw.uri}: {line}"
    return rejected_article(raw, Rejection(reason=reason, message=line[:500]))
