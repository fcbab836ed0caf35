"""Short templated notices: figures and subject words decide between a rerun and
the same template filled in for another fund, day or price."""

from __future__ import annotations

from newsrefinery.dedup import DedupParams, cluster_articles
from newsrefinery.dedup.canonical import DocInfo, title_words
from newsrefinery.dedup.facts import Facts, conflict, facts
from newsrefinery.dedup.star import link
from newsrefinery.dedup.verify import Verdict
from newsrefinery.records import Article, Dateline

from .helpers_dedup import article

_DIVIDEND = (
    "Mthly div 7.1 cts vs 7.1 cts prior",
    "Pay March 31",
    "Record March 16",
    "NOTE: Franklin {fund} Tax-Free Income Fund.",
)
_RESULTS = (
    "Shr profit {shr} cts vs loss two cts",
    "Net profit {net} vs loss 202,000",
    "Revs {revs} vs 5,993,000",
    "Nine mths",
    "Shr profit 35 cts vs loss 11 cts",
    "Net profit 4,653,000 vs loss 1,167,000",
    "Revs 35.1 mln vs 18.0 mln",
)


# One agency and dateline on one day: the looser wire bar applies, as it did to the
# Franklin notices of Reuters-21578 (linked as `wire_copy` before the rule).
_WIRE = {"published": "1987-03-02", "agencies": ["Reuters"],
         "dateline": Dateline("SAN MATEO, Calif., March 2 -", "San Mateo")}  # fmt: skip


def _notice(name: str, headline: str, lines: list[str] | tuple[str, ...], **fill: str) -> Article:
    body = [line.format(**fill) for line in lines]
    return article(name, body, **_WIRE).evolve(headline=headline)  # type: ignore[arg-type]


def _info(headline: str, text: str) -> tuple[DocInfo, Facts]:
    words = len(text.split())
    return DocInfo(id=headline, chars=len(text), words=words, title=title_words(headline)), facts(
        text
    )


def test_facts_reads_figures_with_thousands_separators() -> None:
    found = facts("Net 2,665,000 vs 13,000; Revs 12.1 mln; rate 6-1/8 pct; NOTE: Fund.")
    assert found.figures == {"2.7", "13000", "12.1", "6", "1/8"}
    assert {"net", "revs", "note", "fund"} <= found.words
    assert facts("Revs 12,141,000").figures == facts("Revs 12.1 mln").figures


def test_conflict_on_figures_and_on_subject_words() -> None:
    params = DedupParams()
    body = "\n".join(_DIVIDEND)
    a = _info("FRANKLIN INSURED TAX-FREE SETS PAYOUT", body.format(fund="Insured"))
    b = _info("FRANKLIN PUERTO RICO TAX-FREE SETS PAYOUT", body.format(fund="Puerto Rico"))
    rerun = _info("FRANKLIN INSURED TAX-FREE SETS MONTHLY PAYOUT", body.format(fund="Insured"))
    other_day = _info(a[0].id, body.replace("7.1", "6.5").format(fund="Insured"))
    assert conflict(*a, *b, params)  # the headline names what only its body names
    assert not conflict(*a, *rerun, params)  # a retitled rerun
    assert conflict(*a, *other_day, params)  # same fund, other figures
    long = DedupParams(figure_words=10, short_words=10)  # both bodies too long for the rule
    assert not conflict(*a, *b, long) and not conflict(*a, *other_day, long)
    near = Verdict(0.6, 0.7, 20)
    assert link(a[0], b[0], near, params) == "near_duplicate"  # facts unknown: no rule
    assert link(a[0], b[0], near, params, facts=(a[1], b[1])) is None
    assert link(a[0], rerun[0], near, params, facts=(a[1], rerun[1])) == "near_duplicate"


def _groups(articles: list[Article], params: DedupParams | None = None) -> set[frozenset[str]]:
    found = cluster_articles(articles, params)
    groups: dict[str, set[str]] = {}
    for a, f in zip(articles, found, strict=True):
        assert f is not None
        groups.setdefault(f.cluster, set()).add(a.source.uri.split("/")[-1].removesuffix(".txt"))
    return {frozenset(g) for g in groups.values()}


def test_one_template_for_other_funds_is_not_a_copy_but_a_rerun_is() -> None:
    funds = [
        _notice("insured", "FRANKLIN INSURED TAX-FREE SETS PAYOUT", _DIVIDEND, fund="Insured"),
        _notice("rico", "FRANKLIN PUERTO RICO TAX-FREE SETS PAYOUT", _DIVIDEND, fund="Puerto Rico"),
        _notice("hy", "FRANKLIN HIGH-YIELD TAX-FREE SETS PAYOUT", _DIVIDEND, fund="High-Yield"),
        _notice("rerun", "FRANKLIN INSURED TAX-FREE FUND SETS PAYOUT", _DIVIDEND, fund="Insured"),
    ]  # fmt: skip
    expected = {frozenset({"insured", "rerun"}), frozenset({"rico"}), frozenset({"hy"})}
    assert _groups(funds) == expected
    assert _groups(funds, DedupParams(figure_words=0)) != expected  # without the rule


def test_other_figures_are_not_a_copy_but_a_corrected_rerun_is() -> None:
    fill = {"shr": "20", "net": "2,665,000", "revs": "12,141,000"}
    q3 = _notice("q3", "PEGASUS GOLD INC <PGULF> 3RD QTR NET", _RESULTS, **fill)
    q4 = _notice("q4", "PEGASUS GOLD INC <PGULF> 4TH QTR NET", _RESULTS,
                 shr="41", net="5,380,000", revs="24,002,000")  # fmt: skip
    corrected = _notice(
        "corrected", "CORRECTED - PEGASUS GOLD INC <PGULF> 3RD QTR NET",
        [*_RESULTS, "NOTE: company corrects revenue figure"], **{**fill, "revs": "12.1 mln"},
    )  # fmt: skip
    groups = _groups([q3, q4, corrected])
    assert groups == {frozenset({"q3", "corrected"}), frozenset({"q4"})}
    assert len(_groups([q3, q4, corrected], DedupParams(figure_words=0))) == 1
