"""Who a speaker mention is: canonical names, titles and pronouns within one article.

`Speakers` is built once per article from its tokens. A name mention resolves to the
longest full name in the article that ends with it ("Kirby" -> "John Kirby"), a
title before or beside a name becomes the person's title ("National Security Council
spokesman John Kirby"), and a pronoun resolves to the most recent speaker or person
of a matching gender. When the entities step has filled `Article.entities`, its
mentions are preferred. What cannot be resolved stays None: no guess. What one run
of name words says on its own (title, name, gender clues) is read by `names.py`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from ..records import Entity
from .name_patterns import HONORIFIC_GENDER, POSSESSIVE_ENDINGS
from .names import (
    gender_after,
    gender_of_name,
    gender_of_title,
    honorific_gender,
    inner_dot,
    mention_kind,
    not_a_name,
    strip_name,
    title_before,
    unpossess,
)
from .patterns import DETERMINERS, ORG_HEADS, PRONOUN_GENDER, ROLE_NOUNS, SUFFIXES, TITLE_WORDS
from .phrases import NOT_NAME_WORDS
from .text import Tok

_PERSON_PRONOUNS = frozenset(("he", "she"))
_TITLE_OR_ROLE = TITLE_WORDS | ROLE_NOUNS
# One word that is never a mention on its own: "House", "President", "Mr".
_NOT_A_MENTION = ORG_HEADS | TITLE_WORDS | frozenset(HONORIFIC_GENDER)


@dataclass(slots=True)
class Person:
    name: str
    kind: str  # "person" or "org"
    gender: str | None = None
    titles: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Resolved:
    speaker: str | None
    title: str | None
    gender: str | None = None


class Speakers:
    """Names, titles and genders of the people and organisations of one article."""

    def __init__(
        self,
        paragraphs: list[tuple[int, list[Tok]]],
        entities: tuple[Entity, ...],
        sentence_starts: list[int] | None = None,
    ):
        self.people: dict[str, Person] = {}
        # Body offsets where sentences start, sorted (paragraph starts at least).
        self.sentence_starts = sentence_starts or sorted(base for base, _ in paragraphs)
        self.mentions: list[tuple[int, str]] = []  # (body offset, canonical), in order
        self.history: list[tuple[int, str, str]] = []  # speakers: (offset, name, kind)
        self._last_index: dict[str, list[Person]] | None = None
        self._entity_spans = [
            (m.start, m.end, e) for e in entities for m in e.mentions if e.type in ("PERSON", "ORG")
        ]
        for base, toks in paragraphs:
            self._scan(base, toks)
        self.mentions.sort()

    # -- building -------------------------------------------------------------------------

    def _scan(self, base: int, toks: list[Tok]) -> None:
        # Most tokens are lower case: test the first letter before anything else,
        # then walk the name words only, joining neighbours into runs ("Mr. Kirby").
        # `name_word`, inlined: a quotation's first character is its mark, never upper.
        names = [
            i for i, t in enumerate(toks) if t.text[0].isupper() and t.low not in NOT_NAME_WORDS
        ]
        first = last = -2
        for i in names:
            if i == last + 1 or (i == last + 2 and inner_dot(toks, last + 1)):
                last = i
                continue
            if first >= 0:
                self._add_run(base, toks, first, last + 1)
            first = last = i
        if first >= 0:
            self._add_run(base, toks, first, last + 1)

    def _add_run(self, base: int, toks: list[Tok], lo: int, hi: int) -> None:
        if hi - lo == 1 and not (lo and toks[lo - 1].low in _TITLE_OR_ROLE):
            # Most runs are one word with no title before it ("Trump"): a mention.
            word, low, start = toks[lo][:3]
            if low not in _NOT_A_MENTION:
                single = unpossess(word) if word.endswith(POSSESSIVE_ENDINGS) else word
                self.mentions.append((base + start, "\x00" + single))
            return
        words = [t.text for t in toks[lo:hi] if t.text != "."]
        for n, w in enumerate(words):
            if w.endswith(POSSESSIVE_ENDINGS):
                # "NBC’s Dante Chinni": the name follows the possessive; "Gary
                # Johnson’s doctor": the name is the possessive's owner.
                words = words[n + 1 :] if n + 1 < len(words) else [*words[:n], unpossess(w)]
                lo = hi - len(words) if n + 1 < len(words) else lo
                break
        titles, name = strip_name(words)
        name = [w for w in name if w.lower() not in HONORIFIC_GENDER]
        if not name or name[-1].lower() in ORG_HEADS or name[-1].lower().rstrip(".") in TITLE_WORDS:
            return  # "the White House", "the FBI Director": not a person's name
        if not_a_name(name):
            return
        gender = honorific_gender(words)
        title = " ".join(titles) if titles else title_before(toks, lo)
        if len(name) >= 2:
            full = " ".join(name)
            person = self.people.get(full)
            if person is None:
                person = self.people[full] = Person(full, "person")
            person.gender = (
                person.gender
                or gender
                or gender_of_name(name[0])
                or gender_of_title(title)
                or gender_after(toks, hi)
            )
            if title and title not in person.titles:
                person.titles.append(title)
            self.mentions.append((base + toks[lo].start, full))
        else:
            single = unpossess(name[0]) if name[0].endswith(POSSESSIVE_ENDINGS) else name[0]
            if title and single not in self.people:
                # "Officer Friendly", "Dr. Fauci": one name with a title is a person too.
                self.people[single] = Person(
                    single, "person", gender or gender_of_title(title), [title]
                )
                self._last_index = None
            self.mentions.append((base + toks[lo].start, "\x00" + single))

    # -- resolving -----------------------------------------------------------------------------

    def canonical(self, surname: str, offset: int | None = None) -> Person | None:
        """The person a one-word or partial name refers to ("Kirby" -> John Kirby)."""
        if surname in self.people and " " in surname:
            return self.people[surname]
        last = surname.rsplit(maxsplit=1)[-1]
        best: Person | None = None
        candidates = self._by_last().get(last, [])
        if len(candidates) > 1 and offset is not None:
            # "Johnson" after "Jeh Johnson" is Jeh, not Gary: the latest full name.
            latest = {n: at for at, n in self.mentions[: bisect_left(self.mentions, (offset,))]}
            known = [p for p in candidates if p.name in latest]
            if known:
                return max(known, key=lambda p: latest[p.name])
        for person in candidates:
            if best is None or len(person.name.split()) > len(best.name.split()):
                best = person
        if best is None and surname in self.people:
            return self.people[surname]  # "Officer Friendly": known by one name only
        if best is None and " " not in surname:
            firsts = [p for p in self.people.values() if p.name.split()[0] == surname]
            best = firsts[0] if len(firsts) == 1 else None
        return best

    def _by_last(self) -> dict[str, list[Person]]:
        """People by last name (suffixes such as "Jr." skipped), in order of appearance."""
        if self._last_index is None:
            self._last_index = {}
            for person in self.people.values():
                parts = [p for p in person.name.split() if p.lower() not in SUFFIXES]
                if parts:
                    self._last_index.setdefault(parts[-1], []).append(person)
        return self._last_index

    def resolve(self, mention: list[Tok], offset: int, end: int, window: int = 0) -> Resolved:
        """Who the speaker mention at body_text[offset:end] is; records it as a speaker.
        `window` is where the sentence before the mention's starts: a pronoun prefers
        a speaker from there on."""
        resolved = self._from_entities(offset, end) or self._resolve(mention, offset, window)
        if resolved.speaker is not None:
            kind = "person" if resolved.speaker in self.people else mention_kind(mention)
            self.history.append((offset, resolved.speaker, kind))
        return resolved

    def _from_entities(self, start: int, end: int) -> Resolved | None:
        for a, b, entity in self._entity_spans:
            if a < end and start < b:
                # A title the body gives beside the name beats one from a caption.
                own = self.people.get(entity.name)
                titles = (own.titles if own else []) or list(entity.titles)
                return Resolved(entity.name, titles[0] if titles else None)
        return None

    def _resolve(self, mention: list[Tok], offset: int, window: int) -> Resolved:
        words = [t.text for t in mention if t.quote < 0 and t.text[0].isalnum()]  # `is_word`
        if not words:
            return Resolved(None, None)
        low = words[-1].lower()
        if len(words) == 1 and low in PRONOUN_GENDER:
            return self._pronoun(low, offset, window)
        while words and words[0].lower() in DETERMINERS:
            words = words[1:]
        if not words:
            return Resolved(None, None)
        if not words[-1][0].isupper():
            return self._nominal(words, offset)
        return self._named(words, offset)

    def _named(self, words: list[str], offset: int) -> Resolved:
        """A capitalised speaker phrase: a person's name with its titles, or an
        organisation ("White House")."""
        # The name is the run of capitalised words at the end; anything before it
        # ("former New Zealand coach and test player") is a title.
        if "of" in words[1:-1]:
            before = words[: words.index("of", 1)]  # "Matthew Ingram of The Globe and Mail"
            if len(before) >= 2 and before[-1].lower().rstrip(".") not in TITLE_WORDS:
                words = before
        cut = len(words)
        while cut > 0 and (words[cut - 1][0].isupper() or words[cut - 1] in ("de", "van", "von")):
            cut -= 1
        titles, name = strip_name(words[cut:])
        titles = words[:cut] + titles
        name = [w for w in name if w.lower() not in HONORIFIC_GENDER]
        if (name and name[-1].lower() in ORG_HEADS) or not name:
            return Resolved(" ".join(words), None)
        person = self.canonical(" ".join(name), offset)
        if person is None:
            return Resolved(" ".join(name), " ".join(titles) or None)
        title = " ".join(titles) or (person.titles[0] if person.titles else None)
        return Resolved(person.name, title, person.gender)

    def _nominal(self, words: list[str], offset: int) -> Resolved:
        """ "the spokesman" -> the latest person titled spokesman; "the Clinton
        campaign" -> an organisation; "officials" -> unknown."""
        head = words[-1].lower()
        if any(w[0].isupper() for w in words):
            return Resolved(" ".join(words), None)
        if head in ROLE_NOUNS:
            for _, name in reversed(self.mentions[: bisect_left(self.mentions, (offset,))]):
                person = self.people.get(name)
                if person and any(head in t.lower().split() for t in person.titles):
                    return Resolved(person.name, person.titles[0], person.gender)
        return Resolved(None, None)

    def _pronoun(self, pronoun: str, offset: int, window: int) -> Resolved:
        """ "he"/"she": a speaker of matching gender in this or the sentence before,
        else the latest person of matching gender mentioned before the pronoun;
        "it": the latest organisation that spoke; "they", "we", "I": unknown."""
        want = PRONOUN_GENDER[pronoun]
        if pronoun == "it":
            return next((Resolved(n, None) for _, n, k in reversed(self.history) if k == "org"),
                        Resolved(None, None))  # fmt: skip
        if pronoun not in _PERSON_PRONOUNS:
            return Resolved(None, None)
        for at, name, kind in reversed(self.history):
            if at < window:
                break
            person = self.people.get(name) or Person(name, kind)
            if kind == "person" and person.gender in (want, None):
                return _as_resolved(person, want)
        found = self._subject_before(offset, want)
        return _as_resolved(found, want) if found is not None else Resolved(None, None)

    def _subject_before(self, offset: int, want: str) -> Person | None:
        """The first person of matching gender in the nearest sentence before
        `offset` that mentions one: the sentence's subject more often than not
        ("Ridge thanked President Bush ... He cited ...")."""
        speakers = {name for _, name, _ in self.history}
        end = bisect_left(self.mentions, (offset,))
        while end > 0:
            start = bisect_left(self.sentence_starts, self.mentions[end - 1][0] + 1) - 1
            first = self.sentence_starts[start] if start >= 0 else 0
            lo = bisect_left(self.mentions, (first,))
            for _, name in self.mentions[lo:end]:
                person = self.people.get(name) if name[0] != "\x00" else self.canonical(name[1:])
                if person is None:
                    continue
                if person.gender == want or (
                    person.gender is None
                    and (person.titles or person.name in speakers or " " in person.name)
                ):
                    return person
            end = lo
        return None


def _as_resolved(person: Person, gender: str | None) -> Resolved:
    return Resolved(person.name, person.titles[0] if person.titles else None, gender)
