"""Synthetic stories for the dedup tests: prose that shares nothing by chance, copies
made from it the way syndication makes them, and a site template to wrap pages in."""

from __future__ import annotations

import random
from collections.abc import Sequence

from newsrefinery.records import Article, Dateline, Removed, Source, article_id

# A vocabulary large enough that two independent paragraphs share no 5-word run.
_VOCABULARY = """
    minister council harbour plan vote budget court ruling police officers strike union
    workers factory company shares market prices bank rates inflation growth election
    campaign voters party leader opposition government talks ceasefire army border
    village river flood storm rescue teams hospital doctors patients school teachers
    pupils report figures exports imports trade deal tariffs farmers crops drought water
    supply energy power station wind solar oil gas pipeline contract airport runway
    flights airline passengers train line station rail network city mayor residents
    housing rents tenants landlords court judge trial jury verdict appeal sentence
    prison reform law parliament committee inquiry evidence witness museum exhibition
    artist painting festival music concert stadium match season coach players injury
    transfer club league title final record scientists study research university
    students climate ocean ice temperature data satellite launch
"""
_WORDS = tuple(_VOCABULARY.split())

# What a site prints around every story: a menu, related headlines, an about box.
TEMPLATE_TOP = (
    "Home", "World", "Business", "Sport", "Culture", "Tech", "Opinion", "Video",
    "Subscribe Sign in", "Latest",
    "Harbour council approves new ferry timetable for summer",
    "Energy prices expected to ease next winter analysts say",
    "Local team signs veteran striker on a two year deal",
)  # fmt: skip
TEMPLATE_BOTTOM = (
    "The Valley Courier is an independent news website covering local news, politics and "
    "business. Founded in 2009, we publish breaking news, analysis and opinion from our "
    "newsroom and from correspondents around the region.",
    "Comments are moderated. Please keep the discussion civil and on topic. We reserve the "
    "right to remove comments that are abusive or off topic.",
    "Download our app on the App Store and Google Play",
)


def story(seed: int, paragraphs: int = 8, words: int = 32) -> list[str]:
    """A story of `paragraphs` paragraphs of about `words` words each, from `seed`."""
    rng = random.Random(seed)
    out = []
    for _ in range(paragraphs):
        n = words + rng.randint(-6, 6)
        sentence = " ".join(rng.choice(_WORDS) for _ in range(n))
        out.append(sentence[0].upper() + sentence[1:] + ".")
    return out


def typo(paragraphs: Sequence[str], where: int = 1) -> list[str]:
    """One word of one paragraph misspelt."""
    out = list(paragraphs)
    words = out[where].split()
    words[3] = words[3][::-1] + "x"
    out[where] = " ".join(words)
    return out


def article(
    name: str,
    body: Sequence[str],
    *,
    published: str | None = None,
    url: str | None = None,
    source_link: str | None = None,
    canonical_url: str | None = None,
    removed: Sequence[tuple[str, str]] = (),
    dateline: Dateline | None = None,
    agencies: Sequence[str] = (),
) -> Article:
    """A stored-looking article named `name` (its source uri is `name`.txt)."""
    uri = f"corpus/{name}.txt"
    return Article(
        id=article_id(uri, None),
        source=Source(uri=uri, format="text"),
        headline=name,
        body=tuple(body),
        published=published,
        url=url,
        source_link=source_link,
        canonical_url=canonical_url,
        removed=tuple(Removed(text=t, reason=r) for t, r in removed),
        dateline=dateline,
        agencies=tuple(agencies),
    )


def syndicated(seed: int = 7, prefix: str = "") -> dict[str, Article]:
    """One wire story and its copies, two distractors on the copies' site template,
    and an unrelated story: name -> article. Groups: `wire*` names are one story.
    `prefix` goes before every name (and so into every id)."""
    base = story(seed)
    other = story(seed + 1000)
    third = story(seed + 2000)
    autoblog = [("[ad_1]", "ad_placeholder"), ("Source link", "source_link")]
    bodies: dict[str, tuple[list[str], dict[str, object]]] = {
        "wire_original": (base, {"published": "2024-03-01T08:00:00Z"}),
        "wire_typo": (typo(base), {"published": "2024-03-01T10:00:00Z"}),
        "wire_trimmed": (base[:5], {}),
        "wire_teaser": ([*base[:2], "Read the full story at Wire"], {}),
        "wire_autoblog": (base, {"removed": autoblog}),
        "wire_page": ([*TEMPLATE_TOP, *base, *TEMPLATE_BOTTOM], {}),
        "other_page": ([*TEMPLATE_TOP, *other[:3], *TEMPLATE_BOTTOM], {}),
        "third_page": ([*TEMPLATE_TOP, *third[:3], *TEMPLATE_BOTTOM], {}),
        "solo": (story(seed + 3000), {}),
    }
    return {
        name: article(prefix + name, body, **extra)  # type: ignore[arg-type]
        for name, (body, extra) in bodies.items()
    }


def syndication_corpus(groups: int = 60, seed: int = 11) -> list[Article]:
    """A make_syndication-like corpus: `groups` wire stories, each with its copies
    (typo, trimmed, teaser, auto-blog, template page), dated or not, some naming the
    original as their source, some from one wire release; template distractors,
    short template notices and lone stories between them. Shuffled by `seed`."""
    rng = random.Random(seed)
    out: list[Article] = []
    for g in range(groups):
        base = story(seed * 1000 + g)
        day = 1 + rng.randrange(20)
        url = f"https://wire.example/{g}/story"
        wire = Dateline(text="PARIS (AFP) -", place="Paris", agency="AFP")
        variants = [
            ("orig", base, {"url": url}),
            ("typo", typo(base, 1 + g % 5), {}),
            ("trim", base[: 3 + g % 4], {}),
            ("teaser", [*base[:2], "Read more at the Wire"], {}),
            ("blog", base, {"removed": [("[ad_1]", "ad_placeholder")]}),
            ("named", typo(base, 2), {"source_link": url}),
            ("page", [*TEMPLATE_TOP, *base[:4], *TEMPLATE_BOTTOM], {}),
            ("release", [*base[:3], *story(seed * 1000 + g + 500, 3)], {"dateline": wire}),
        ]
        for name, body, extra in variants:
            if rng.random() < 0.3:
                continue  # not every story is copied every way
            when = rng.choice([None, day, day, day + 1, day + 12])
            kw = dict(extra)
            if when is not None:
                kw["published"] = f"2024-03-{when:02d}T{rng.randrange(24):02d}:00:00Z"
            if name == "release" or rng.random() < 0.2:
                kw.update(dateline=wire, agencies=["AFP"])
            out.append(article(f"g{g}-{name}", body, **kw))  # type: ignore[arg-type]
        out.append(article(f"g{g}-distractor", [*TEMPLATE_TOP, *story(g + 7000)[:3]]))
        notice = f"Qtly div {g % 7} cts vs {g % 5} cts prior, pay April {1 + g % 9}"
        out.append(article(f"g{g}-notice", [notice], published="2024-03-02T09:00:00Z"))
    rng.shuffle(out)
    return out
