"""Hypothesis strategies for the records, shared by several test modules."""

from __future__ import annotations

from hypothesis import strategies as st

from newsrefinery.records import (
    Article,
    Caption,
    Cluster,
    Dateline,
    Entity,
    Mention,
    Quote,
    Rejection,
    Removed,
    Source,
)

text = st.text(max_size=40)
opt = st.none() | text
offset = st.integers(min_value=0, max_value=10**9)

sources = st.builds(
    Source,
    uri=text,
    format=st.sampled_from(["text", "html", "warc", "jsonl"]),
    offset=st.none() | offset,
    fetched=opt,
)
quotes = st.builds(
    Quote,
    text=text,
    kind=st.sampled_from(["direct", "partial", "indirect", "other"]),
    start=offset,
    end=offset,
    speaker=opt,
    speaker_mention=opt,
    speaker_start=st.none() | offset,
    speaker_end=st.none() | offset,
    speaker_title=opt,
    cue=opt,
)
entities = st.builds(
    Entity,
    name=text,
    type=st.sampled_from(["PERSON", "ORG", "PLACE"]),
    titles=st.lists(text, max_size=3).map(tuple),
    mentions=st.lists(st.builds(Mention, text=text, start=offset, end=offset), max_size=3).map(
        tuple
    ),
)
articles = st.builds(
    Article,
    id=st.text(alphabet="0123456789abcdef", min_size=20, max_size=20),
    source=sources,
    url=opt,
    headline=opt,
    dateline=st.none() | st.builds(Dateline, text=text, place=opt, date=opt, agency=opt),
    published=opt,
    authors=st.lists(text, max_size=3).map(tuple),
    agencies=st.lists(text, max_size=3).map(tuple),
    language=opt,
    body=st.lists(text, max_size=5).map(tuple),
    captions=st.lists(st.builds(Caption, text=text, credit=opt), max_size=3).map(tuple),
    quotes=st.lists(quotes, max_size=3).map(tuple),
    entities=st.lists(entities, max_size=3).map(tuple),
    removed=st.lists(st.builds(Removed, text=text, reason=text), max_size=3).map(tuple),
    cluster=st.builds(
        Cluster,
        id=opt,
        canonical=st.booleans(),
        duplicate_of=opt,
        similarity=st.none() | st.floats(0, 1),
    ),
    status=st.sampled_from(["ok", "partial", "empty", "rejected"]),
    warnings=st.lists(text, max_size=3).map(tuple),
    rejection=st.none() | st.builds(Rejection, reason=text, message=text),
)
