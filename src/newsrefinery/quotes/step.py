"""The quotes step: every quotation and reported statement of an article, with its speaker.

    article = quotes_article(article)   # article.quotes filled, offsets into body_text

Per paragraph: quotation marks are paired (`marks`), the paragraph is tokenised with
each quotation as one token and split into sentences (`text`), the attribution
frames of each sentence are found (`frames`), quotations are given to frames
(`direct`), the remaining content of frames becomes indirect speech (`indirect`),
and every speaker mention is resolved to a canonical name (`speakers`). Quotations
inside quotations stay part of the outer quote and are also listed on their own when
speech with their inner speaker (`nested` gives the rule). Transcripts are turns
(`transcripts`). Rules only: the same article gives the same quotes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from ..records import Article, Quote
from .content import Frame
from .cues import lexicon
from .direct import Attribution, attribute
from .features import candidate_features, keep, resolution, salience
from .frames import sentence_frames
from .indirect import content_ranges
from .marks import Span, quote_groups
from .nested import Inner, inner_quotes
from .patterns import DETERMINERS, TITLE_WORDS
from .phrases import TokRange
from .speakers import Resolved, Speakers
from .text import SENTENCE_ENDS, Tok, indices_of, sentences, tokenize
from .transcripts import Turn, find_turns, label_parts

_KIND_ORDER = {"direct": 0, "partial": 1, "indirect": 2, "other": 3}


@dataclass(slots=True)
class _Para:
    k: int
    base: int
    text: str
    spans: list[Span]
    toks: list[Tok]
    sents: list[tuple[int, int]]
    cues: list[int]
    quoted: list[int]  # the quotation tokens


def quotes_article(article: Article) -> Article:
    """The pipeline step: fills `quotes`; the body is not changed.

    Reads what earlier steps set: `entities` (speaker names) and `language` (the cue
    verbs: German, French and Spanish add their own to the English ones, which any
    other language or None gets). The language step runs before this one.
    """
    if not article.body or article.status == "rejected":
        return article
    return article.evolve(quotes=tuple(find_quotes(article)))


def find_quotes(article: Article) -> list[Quote]:
    """Every quote of the article, in body order."""
    return _Extractor(article).run()


def candidates(article: Article) -> list[tuple[Quote, list[str]]]:
    """The attributions the rules propose and their model features (for training)."""
    return _Extractor(article).candidates()


class _Extractor:
    def __init__(self, article: Article) -> None:
        body = list(article.body)
        self.body_text = article.body_text
        self.lex = lexicon(article.language)
        self.headline = article.headline or ""
        self.turns = find_turns(body, article.dateline.text if article.dateline else None)
        in_turn = {k for t in self.turns for k in range(t.first, t.last + 1)}
        self.paras: list[_Para] = []
        self.span_group: dict[tuple[int, int], int] = {}
        self.groups = quote_groups(body)
        by_para: dict[int, list[Span]] = {}
        for g, group in enumerate(self.groups):
            for k, span in group.parts:
                if k not in in_turn:
                    self.span_group[(k, len(by_para.setdefault(k, [])))] = g
                    by_para[k].append(span)
        self.bases: list[int] = []
        base = 0
        for k, text in enumerate(body):
            self.bases.append(base)
            if k not in in_turn:
                self.paras.append(self._para(k, base, text, by_para.get(k, [])))
            base += len(text) + 2
        self.bases.append(base)
        self.by_k = {p.k: p for p in self.paras}
        # Names said inside transcript turns ("Dr. Anthony Fauci") name speakers too.
        turn_toks = [(self.bases[k], tokenize(body[k], [])) for k in sorted(in_turn)]
        seen = [(p.base, p.toks) for p in self.paras] + turn_toks
        starts = sorted(
            [p.base + p.toks[lo].start for p in self.paras for lo, _ in p.sents]
            + [base for base, _ in turn_toks]
        )
        self.speakers = Speakers(sorted(seen, key=lambda x: x[0]), article.entities, starts)
        # (paragraph, speaker range) -> who it is and the name's offsets in the paragraph
        self.resolved: dict[tuple[int, TokRange], tuple[Resolved, int, int]] = {}
        self.group_attr: dict[int, Attribution] = {}
        self.out: list[Quote] = []
        self.features: list[list[str]] = []
        self.parent: dict[int, int] = {}  # nested quote -> the outer quote it speaks in
        # Where the sentence before the one being read starts, and where that one does.
        self.window = self.sentence_start = 0

    def _para(self, k: int, base: int, text: str, spans: list[Span]) -> _Para:
        """A paragraph's tokens, sentences and cue candidates (one pass over its tokens
        finds the tokens that may end a sentence, open a frame or be a quotation)."""
        toks, lex = tokenize(text, spans), self.lex
        found = indices_of(toks, lex.scan)
        sents = sentences(toks, lex.starts, [i for i in found if toks[i].low in SENTENCE_ENDS])
        cues = [i for i in found if toks[i].low in lex.frame_starts]
        quoted = [i for i in found if toks[i].quote >= 0]
        return _Para(k, base, text, spans, toks, sents, cues, quoted)

    def run(self) -> list[Quote]:
        turn_at = {t.first: t for t in self.turns}
        last: Attribution | None = None
        for k in range(len(self.bases) - 1):
            if k in turn_at:
                self._turn(turn_at[k])
            elif k in self.by_k:
                last = self._paragraph(self.by_k[k], last)
        outer = self._emit_groups()
        self._emit_nested(outer)
        self._add_salience()
        order = sorted(range(len(self.out)), key=lambda i: _order(self.out[i]))
        sure = [not f or keep(q.kind, f) for q, f in zip(self.out, self.features, strict=True)]
        for i, parent in self.parent.items():
            sure[i] = sure[parent]  # "I" inside an unsure quotation is unknown too
        # An unsure indirect quote is dropped; an unsure quotation loses its speaker.
        return [
            self.out[i] if sure[i] else _unattributed(self.out[i])
            for i in order
            if sure[i] or self.out[i].kind != "indirect"
        ]

    def _add_salience(self) -> None:
        """Speakers the article quotes again and again are its sources; one named
        once beside a verb is more often a verb's subject that says nothing."""
        counts = Counter(q.speaker for q, f in zip(self.out, self.features, strict=True) if f)
        for q, f in zip(self.out, self.features, strict=True):
            if f:
                f.append(salience(counts[q.speaker] if q.speaker else 0))

    def candidates(self) -> list[tuple[Quote, list[str]]]:
        """Every attribution the rules propose, with its features, before the model
        judges them (for training the model)."""
        self.run()
        return [(q, f) for q, f in zip(self.out, self.features, strict=True) if f]

    # -- paragraphs --------------------------------------------------------------------

    def _paragraph(self, para: _Para, last: Attribution | None) -> Attribution | None:
        toks, cues, quoted = para.toks, para.cues, para.quoted
        c = j = 0  # the first cue candidate and quotation not in an earlier sentence
        for lo, hi in para.sents:
            self.window, self.sentence_start = self.sentence_start, para.base + toks[lo].start
            # Most sentences have no cue: no frames, and no call to look for them.
            first = c
            while c < len(cues) and cues[c] < hi:
                c += 1
            frames = sentence_frames(toks, lo, hi, self.lex, cues[first:c]) if c > first else []
            while j < len(quoted) and quoted[j] < hi:
                q = quoted[j]
                j += 1
                attr = attribute(toks, (lo, hi), frames, q, para.k, last)
                self._note_quote(para, toks[q].quote, attr)
                if attr.frame is not None and attr.frame.kind != "subj":
                    last = attr
            for frame in frames:
                self._indirect(para, frame)
                if frame.speaker is not None and frame.cls == "speech":
                    last = Attribution(para.k, frame, "direct")
        return last

    def _note_quote(self, para: _Para, index: int, attr: Attribution) -> None:
        g = self.span_group[(para.k, index)]
        known = self.group_attr.get(g)
        if known is None or _rank(attr) > _rank(known):
            self.group_attr[g] = attr
        if attr.frame is not None and not attr.chained:
            self._resolve(attr.para, attr.frame)

    def _indirect(self, para: _Para, frame: Frame) -> None:
        for a, b in content_ranges(para.toks, frame):
            toks = para.toks
            start, end = para.base + toks[a].start, para.base + toks[b - 1].end
            self._append(start, end, "indirect", para.k, frame)

    # -- output ------------------------------------------------------------------------

    def _emit_groups(self) -> dict[int, int]:
        """Appends one quote per quotation group; returns group -> index in `out`."""
        emitted: dict[int, int] = {}
        for g, group in enumerate(self.groups):
            attr = self.group_attr.get(g)
            if attr is None:
                continue  # a quotation inside a transcript turn
            # A quotation left open before a transcript turn ends where the turn starts.
            parts = [(k, span) for k, span in group.parts if k in self.by_k]
            emitted[g] = len(self.out)
            (k0, first), (k1, last) = parts[0], parts[-1]
            start = self.by_k[k0].base + first.inner_start
            end = self.by_k[k1].base + last.inner_end
            chained = "" if not attr.chained else "sentence" if attr.para == k0 else "paragraph"
            if chained == "paragraph" and self.by_k[attr.para].text.rstrip().endswith(":"):
                chained = "colon"  # "Kirby said:" and the quotation in the next paragraph
            self._append(start, end, attr.kind, attr.para, attr.frame, chained)
        return emitted

    def _emit_nested(self, outer: dict[int, int]) -> None:
        """Nested quotations that are speech, after every other speaker is resolved
        (so that names said inside quotations change no other attribution)."""
        for g, index in outer.items():
            for k, span in self.groups[g].parts:
                if k not in self.by_k:
                    continue  # the part inside a transcript turn
                for inner in inner_quotes(self.by_k[k].text, span, self.lex):
                    self._append_inner(self.by_k[k].base, inner, self.out[index], index)

    def _append_inner(self, base: int, inner: Inner, outer: Quote, index: int) -> None:
        m0, m1 = inner.mention[0].start, inner.mention[-1].end
        speaker = title = None
        if inner.person == "first":
            speaker, title = outer.speaker, outer.speaker_title
            self.parent[len(self.out)] = index
        elif inner.person == "named":
            res = self.speakers.resolve(inner.mention, base + m0, base + m1, base + m0)
            speaker, title = res.speaker, res.title
        start, end = base + inner.start, base + inner.end
        self.features.append([])
        self.out.append(
            Quote(
                text=self.body_text[start:end],
                kind=inner.kind,  # type: ignore[arg-type]
                start=start,
                end=end,
                speaker=speaker,
                speaker_mention=self.body_text[base + m0 : base + m1],
                speaker_start=base + m0,
                speaker_end=base + m1,
                speaker_title=title,
                cue=inner.cue,
            )
        )

    def _append(
        self, start: int, end: int, kind: str, k: int, frame: Frame | None, chained: str = ""
    ) -> None:
        text = self.body_text[start:end]
        if frame is None or frame.speaker is None or kind == "other":
            kind = "other" if frame is None else kind
            self.out.append(Quote(text=text, kind=kind, start=start, end=end))  # type: ignore[arg-type]
            self.features.append([])
            return
        para = self.by_k[k]
        before = self.body_text[max(0, start - 8) : start]
        res, m0, m1 = self._resolve(k, frame)
        how = resolution(para.text[m0:m1], res.speaker)
        self.features.append(candidate_features(para.toks, frame, kind, chained, text, before, how))
        cue = para.text[para.toks[frame.cue[0]].start : para.toks[frame.cue[1] - 1].end]
        self.out.append(
            Quote(
                text=text,
                kind=kind,  # type: ignore[arg-type]
                start=start,
                end=end,
                speaker=res.speaker,
                speaker_mention=para.text[m0:m1],
                speaker_start=para.base + m0,
                speaker_end=para.base + m1,
                speaker_title=res.title,
                cue=cue,
            )
        )

    def _resolve(self, k: int, frame: Frame) -> tuple[Resolved, int, int]:
        assert frame.speaker is not None
        key = (k, frame.speaker)
        found = self.resolved.get(key)
        if found is None:
            para = self.by_k[k]
            lo, hi = frame.speaker
            m0, m1 = _mention(para.toks, frame.speaker)
            mention = para.toks[lo:hi]
            res = self.speakers.resolve(mention, para.base + m0, para.base + m1, self.window)
            found = self.resolved[key] = (res, m0, m1)
        return found

    # -- transcripts -------------------------------------------------------------------

    def _turn(self, turn: Turn) -> None:
        title, name, question = label_parts(turn.label)
        base = self.bases[turn.first]
        start = base + turn.text_start
        end = self.bases[turn.last + 1] - 2
        speaker = None if question else self._turn_speaker(title, name)
        self.features.append([])
        self.out.append(
            Quote(
                text=self.body_text[start:end],
                kind="direct",
                start=start,
                end=end,
                speaker=speaker,
                speaker_mention=turn.label,
                speaker_start=base + turn.label_start,
                speaker_end=base + turn.label_end,
                speaker_title=title,
                cue=None,
            )
        )

    def _turn_speaker(self, title: str | None, name: str | None) -> str | None:
        if name is None:
            return self._role_holder(title) if title else None
        person = self.speakers.canonical(name)
        return person.name if person else name

    def _role_holder(self, title: str) -> str:
        """ "THE PRESIDENT" -> the name after "President" in the headline or body."""
        import re

        pattern = re.compile(rf"(?<!Vice )\b{re.escape(title)} ((?:[A-Z][\w’'\-]+ ?){{1,3}})")
        for text in (self.headline, self.body_text):
            m = pattern.search(text)
            if m:
                name = m.group(1).strip().split(",")[0]
                person = self.speakers.canonical(name)
                return person.name if person else name
        return f"The {title}"


def _unattributed(quote: Quote) -> Quote:
    return replace(
        quote, speaker=None, speaker_mention=None, speaker_start=None, speaker_end=None,
        speaker_title=None,
    )  # fmt: skip


def _order(q: Quote) -> tuple[int, int, int]:
    return (q.start, _KIND_ORDER[q.kind], q.end)


def _rank(attr: Attribution) -> int:
    """Which part of a multi-paragraph quotation names its speaker best: a frame of
    its own over one carried over from before, over none."""
    return 0 if attr.frame is None else 1 if attr.chained else 2


def _mention(toks: list[Tok], rng: TokRange) -> tuple[int, int]:
    """Paragraph offsets of the name inside a speaker phrase: "John Kirby" in
    "National Security Council spokesman John Kirby", "White House" in "the White House"."""
    lo, hi = rng
    if hi - lo > 1 and toks[hi - 1].capitalised:
        k = hi - 1
        while (
            k - 1 >= lo
            and (toks[k - 1].capitalised or toks[k - 1].text == ".")
            and not _title_word(toks[k - 1])
        ):
            k -= 1
        while toks[k].text == "." and k + 1 < hi:
            k += 1
        lo = k
    return toks[lo].start, toks[hi - 1].end


def _title_word(t: Tok) -> bool:
    return t.low in TITLE_WORDS or t.low in DETERMINERS
