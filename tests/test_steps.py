from __future__ import annotations

from newsrefinery.records import Article, RawDoc, Rejection, Source
from newsrefinery.steps import build_pipeline, draft_article, refine_raw


def _raw(content: bytes | str | None, kind: str = "text", **kw: object) -> RawDoc:
    return RawDoc(uri="/in/doc", format="text", kind=kind, content=content, **kw)  # type: ignore[arg-type]


def test_text_draft_every_line_is_a_candidate() -> None:
    text = "\n  Head \n\n  A   line \t here \n\nLast."
    article = draft_article(_raw(text), text)
    assert article.headline is None and article.body == ("Head", "A line here", "Last.")


def test_pipeline_makes_headline_and_language() -> None:
    line = "The committee approved the budget after a long debate on Monday."
    text = f"Title line\n{line}\n{line}\nIt takes effect next year, officials said.\n[ad_1]\n"
    article = refine_raw(_raw(text), build_pipeline())
    assert article.headline == "Title line" and len(article.body) == 2
    assert [r.reason for r in article.removed] == ["duplicate_line", "ad_placeholder"]
    assert article.language == "en" and article.status == "ok"


def test_language_runs_before_the_steps_that_read_it() -> None:
    names = [step.__name__ for step in build_pipeline()]
    language = names.index("detect_language")
    assert names.index("structure_article") < language
    assert language < names.index("entities_article") < names.index("quotes_article")


# German cues ("sagte") are on only when the quotes step sees the article's language;
# a text dump declares none, so only a language step run before quotes gives it one.
GERMAN_DUMP = (
    "Regierung bereit zu Gesprächen\n"
    "Die Regierung hat am Montag in Berlin neue Gespräche mit den Ländern angekündigt.\n"
    "„Wir sind bereit“, sagte Schneider am Montag vor der Presse in Berlin.\n"
)


def test_quotes_use_the_language_of_a_text_dump() -> None:
    article = refine_raw(_raw(GERMAN_DUMP), build_pipeline())
    assert article.language == "de"
    quote = next(q for q in article.quotes if q.text == "Wir sind bereit")
    assert (quote.speaker, quote.cue) == ("Schneider", "sagte")


def test_quotes_trust_the_body_over_a_wrong_declaration() -> None:
    paragraphs = GERMAN_DUMP.splitlines()[1:]
    page = '<html lang="en"><body><article><h1>Regierung bereit</h1>'
    page += "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>"
    raw = RawDoc(uri="/de.html", format="html", kind="html", content=page)
    article = refine_raw(raw, build_pipeline())
    assert article.language == "de"
    quote = next(q for q in article.quotes if q.text == "Wir sind bereit")
    assert quote.speaker == "Schneider"


def test_read_error_becomes_rejection() -> None:
    raw = _raw(None, error=Rejection("vanished", "/in/doc: file vanished"))
    assert refine_raw(raw, build_pipeline()).rejection == Rejection(
        "vanished", "/in/doc: file vanished"
    )


def test_failing_step_is_a_rejection_not_a_crash() -> None:
    def broken(article: Article) -> Article:
        raise ValueError("boom\nsecond line")

    article = refine_raw(_raw("Title\nBody."), (broken,))
    assert article.status == "rejected" and article.rejection is not None
    assert article.rejection.reason == "step_error"
    assert "\n" not in article.rejection.message and "broken" in article.rejection.message


def test_recursion_and_memory_errors_have_reasons() -> None:
    def deep(article: Article) -> Article:
        raise RecursionError

    def hungry(article: Article) -> Article:
        raise MemoryError

    assert refine_raw(_raw("T\nB"), (deep,)).rejection.reason == "too_complex"  # type: ignore[union-attr]
    assert refine_raw(_raw("T\nB"), (hungry,)).rejection.reason == "out_of_memory"  # type: ignore[union-attr]


def test_html_without_text_is_empty_not_lost() -> None:
    raw = RawDoc(
        uri="/p.html",
        format="html",
        kind="html",
        content="<html><body><script>var a = 1;</script></body></html>",
    )
    article = refine_raw(raw, build_pipeline())
    assert article.status == "empty" and article.warnings


def test_jsonl_date_hint_kept() -> None:
    raw = RawDoc(uri="/d.jsonl", format="jsonl", kind="text", content="T\nBody", date="2023-03-02")
    article = refine_raw(raw, build_pipeline())
    assert (article.published, article.published_from) == ("2023-03-02", "input")
    assert article.source == Source(uri="/d.jsonl", format="jsonl")


def test_html_without_headline_keeps_first_paragraph_in_body() -> None:
    page = "<html><body><article>" + "<p>WASHINGTON - Officials met on Tuesday to discuss it.</p>"
    page += "<p>The second paragraph says more about the harbour plan and its cost.</p>" * 3
    raw = RawDoc(
        uri="/f.html", format="html", kind="html", content=page + "</article></body></html>"
    )
    article = refine_raw(raw, build_pipeline())
    assert article.headline is None
    assert article.body[0] == "WASHINGTON - Officials met on Tuesday to discuss it."
