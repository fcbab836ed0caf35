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
