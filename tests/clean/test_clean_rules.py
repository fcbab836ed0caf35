"""Line rules: each vocabulary fires on its leftovers and spares look-alike content."""

from __future__ import annotations

import re

import pytest

from newsrefinery.clean import REASONS, clean_lines
from newsrefinery.clean import patterns as P
from newsrefinery.clean.config import DEFAULT_CONFIG
from newsrefinery.clean.lines import line_key, normalise
from newsrefinery.clean.rules import _literal, compile_rules

HEAD = "Council approves budget after long debate"
PARAS = (
    "The council approved the new budget on Monday after a long debate about the costs.",
    "Officials said the plan would take effect next year, pending a final review by the state.",
    "Opposition members said they would keep pressing for an independent audit of spending.",
)


def fate(line: str, *, at_end: bool = False) -> str:
    """The reason code `line` gets inside a small article, or "body"/"caption"."""
    doc = (
        [HEAD, PARAS[0], PARAS[1], PARAS[2], line] if at_end else [HEAD, PARAS[0], line, *PARAS[1:]]
    )
    cleaned = clean_lines(doc)
    text = normalise(line) or line
    for removed in cleaned.removed:
        if removed.text == text:
            return removed.reason
    if text in cleaned.body:
        return "body"
    assert any(text.startswith(c.text) or (c.credit and c.credit in text) for c in cleaned.captions)
    return "caption"


REMOVED = [
    ("[ad_1]", "ad_placeholder"),
    ("Advertisement", "ad_placeholder"),
    ("[source_link]", "source_link"),
    ('[caption id="attachment_12" align="alignnone"]', "template_tag"),
    ("Source link", "source_link"),
    ("Leave a Reply", "comment_widget"),
    ("No comments yet. Why don’t you start the discussion?", "comment_widget"),
    ("Your email address will not be published. Required fields are marked *", "comment_widget"),
    ("View comments", "comment_widget"),
    ("Join the Conversation", "comment_widget"),
    ("12 Comments", "comment_widget"),
    ("Schreibe einen Kommentar", "comment_widget"),
    (
        "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
        "comment_widget",
    ),
    ("Laisser un commentaire", "comment_widget"),
    ("Votre adresse e-mail ne sera pas publiée.", "comment_widget"),
    ("Deja una respuesta", "comment_widget"),
    ("Tu dirección de correo electrónico no será publicada.", "comment_widget"),
    ("Deixe um comentário", "comment_widget"),
    ("O seu endereço de email não será publicado.", "comment_widget"),
    ("Lascia un commento", "comment_widget"),
    ("Il tuo indirizzo email non sarà pubblicato.", "comment_widget"),
    ("Share this article", "share_widget"),
    ("Read or Share this story: http://usat.ly/1RCIuyv", "share_widget"),
    ("Follow us on Twitter", "follow_prompt"),
    ("Twitter: @chrismegerian, @evanhalper", "follow_prompt"),
    ("Want the Short List newsletter in your inbox every night? Sign up here.", "newsletter"),
    (
        "Interested in the stories shaping California? Sign up for the free Essential California "
        "newsletter >>",
        "newsletter",
    ),
    ("READ MORE: Wall St. vets battle BP in fallout over Canada refinery", "related_links"),
    ("RECOMMENDED: Apple users targeted in first known Mac ransomware campaign", "related_links"),
    ("Related: Vietnam jails four asylum seekers returned by Australia", "related_links"),
    ("Continue reading the main story", "read_more"),
    ("Scroll down for video", "video_prompt"),
    ("WATCH: White House women's summit", "video_prompt"),
    ("More to follow.", "more_to_follow"),
    (
        "MailOnline may earn commissions on sales from the links on this page.",
        "affiliate_disclaimer",
    ),
    ("Buy now", "affiliate_disclaimer"),
    ("Rating: 4/5", "rating_widget"),
    ("★★★★☆", "rating_widget"),
    ("Last SlideNext Slide", "slideshow_counter"),
    ("3 of 12", "slideshow_counter"),
    ("Tags: politics, budget, council", "tag_list"),
    (
        "Copyright 2016 The Associated Press. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed.",
        "copyright",
    ),
    ("© 2016 CBS Interactive Inc. All Rights Reserved.", "copyright"),
    ("(Reporting by Roberta Rampton; Editing by Lisa Shumaker)", "wire_signoff"),
    ("Contributing: Jenny Ung", "wire_signoff"),
    ("-- AFP", "wire_signoff"),
    ("CBS News' Hannah Fraser-Chanpong contributed to this report.", "wire_signoff"),
    ("So, the Doctor just came in. #drstrange pic.twitter.com/hvDTKL90xD", "social_embed"),
    ("— Mark S. Luckie (@marksluckie) January 14, 2016", "social_embed"),
    ("A post shared by Jane Doe (@janedoe) on Jan 1, 2020 at 10:00am PST", "social_embed"),
    ("By Greg Hanlon", "byline"),
    ("@GregHanlon", "social_handle"),
    ("AP 12:58 a.m. EST January 22, 2016", "timestamp"),
    ("02/03/2016 AT 09:40 AM EST", "timestamp"),
    ("Posted by Cass Sunstein on July 18, 2012 at 11:00 AM EDT", "timestamp"),
    (
        "Election 2016 | Live coverage | Track the delegate race | Sign up for the newsletter",
        "navigation",
    ),
    ("Skip to main content", "navigation"),
    (
        "Use of this site constitutes acceptance of our user agreement and privacy policy.",
        "legal_notice",
    ),
    ("Please disable your ad blocker to support our journalism.", "adblock_appeal"),
    ("Already a member? Log in", "paywall"),
    ("* * *", "separator"),
    ("_____", "separator"),
    ("😀😀😀", "no_text"),
    ("\x00\x00", "no_text"),
]


@pytest.mark.parametrize(("line", "reason"), REMOVED)
def test_leftover_is_removed_with_its_reason(line: str, reason: str) -> None:
    assert reason in REASONS
    assert fate(line) == reason


KEPT = [
    "Readers left more than 2,000 comments under the article, the editor said.",
    "The company said it would send a newsletter to shareholders explaining the decision.",
    "The caption under the photo read: 'We will rebuild.'",
    "Share prices rose 3% on Monday after the announcement.",
    "By Monday, the storm had passed and the roads had reopened.",
    "At the makeshift roadblock, protesters denounced the candidate as supporters looked on.",
    "Reporting by the Times found that the agency had ignored the warnings for several years.",
    "Copyright lawsuits against the platform have soared, the report said.",
    "The attack began at 9:30 a.m. on January 5, 2016, police said.",
    "3:45 p.m.",
    "Liverpool (4-3-3): Alisson; Alexander-Arnold, Gomez, Van Dijk, Robertson; Henderson, "
    "Fabinho, Wijnaldum; Salah, Firmino, Mane",
    "Source: Twitter",
    "Related issues will be discussed at the next meeting, the chairman said.",
]


@pytest.mark.parametrize("line", KEPT)
def test_content_that_looks_like_boilerplate_stays_body(line: str) -> None:
    assert fate(line) == "body"


def test_bare_source_only_at_the_end() -> None:
    assert fate("Source", at_end=True) == "source_link"
    assert fate("Source") == "body"


def test_comment_form_fields_under_the_form_are_removed() -> None:
    lines = [HEAD, *PARAS, "Leave a Reply", "Name *", "Email *", "Website", "Post Comment"]
    cleaned = clean_lines(lines)
    assert cleaned.body == PARAS
    assert {r.reason for r in cleaned.removed} == {"comment_widget"}


def test_related_list_after_header() -> None:
    lines = [
        HEAD,
        *PARAS,
        "ALSO",
        "Man arrested in murder of woman",
        "Why that Fitbit might not help",
    ]
    cleaned = clean_lines(lines)
    assert cleaned.body == PARAS
    assert [r.reason for r in cleaned.removed] == ["related_links"] * 3


def test_tweet_text_above_its_signature() -> None:
    tweet = "no idea what he'd be able to do there but he won't make things worse"
    lines = [HEAD, PARAS[0], tweet, "— martin rickman (@martinrickman) May 30, 2016", PARAS[1]]
    cleaned = clean_lines(lines)
    assert cleaned.body == PARAS[:2]
    assert [r.reason for r in cleaned.removed] == ["social_embed", "social_embed"]


def test_poll_question_and_prompt() -> None:
    question = "Do you think it's okay to park on the front lawn?"
    lines = [HEAD, PARAS[0], question, question, "Now share your opinion", PARAS[1]]
    cleaned = clean_lines(lines)
    assert cleaned.body == PARAS[:2]
    assert [r.reason for r in cleaned.removed] == ["poll_widget"] * 3


def test_pull_quote_repeating_a_body_sentence_is_removed_once() -> None:
    quote = "When training artificial intelligence systems, the data matters as much as the code."
    para = f"Yahoo has a unique asset. {quote} And it has a lot of data."
    cleaned = clean_lines([HEAD, PARAS[0], quote, para, PARAS[1]])
    assert cleaned.body == (PARAS[0], para, PARAS[1])
    assert [r.reason for r in cleaned.removed] == ["pull_quote"]


def test_wire_signoff_is_a_credit_and_removed() -> None:
    signoff = "(Reporting by Roberta Rampton; Editing by Lisa Shumaker)"
    cleaned = clean_lines([HEAD, *PARAS, signoff])
    assert cleaned.credits == (signoff,)
    assert [(r.text, r.reason) for r in cleaned.removed] == [(signoff, "wire_signoff")]


def test_live_blog_times_and_fact_boxes_stay() -> None:
    box = ["Born: 1963", "Position: United States Court of Appeals for the Eighth Circuit"]
    box2 = ["Born: 1965", "Position: United States Court of Appeals for the Third Circuit"]
    lines = [HEAD, "3:45 p.m.", PARAS[0], *box, PARAS[1], *box2, "2:30 p.m.", PARAS[2]]
    cleaned = clean_lines(lines)
    assert cleaned.body == tuple(lines[1:])


def test_sub_heads_stay_body() -> None:
    lines = [
        HEAD,
        PARAS[0],
        "Equal measures",
        PARAS[1],
        "In Jakarta, an awful reminder of the attacks",
        PARAS[2],
        "Harry Potter says goodbye to Severus Snape",
        "The actor died on Thursday.",
    ]
    cleaned = clean_lines(lines)
    assert cleaned.body == tuple(lines[1:]) and cleaned.captions == ()


def test_headline_publisher_suffix_and_repeats() -> None:
    head = "More than 20 dead as Somali forces end restaurant siege – USA TODAY"
    cleaned = clean_lines([head, head, "[ad_1]", *PARAS])
    assert cleaned.headline == "More than 20 dead as Somali forces end restaurant siege"
    assert [r.reason for r in cleaned.removed] == ["repeated_headline", "ad_placeholder"]


def test_given_headline_removes_every_copy() -> None:
    blocks = [HEAD, PARAS[0], HEAD.upper(), PARAS[1]]
    cleaned = clean_lines(blocks, headline=HEAD)
    assert cleaned.headline == HEAD and cleaned.body == PARAS[:2]
    assert [r.reason for r in cleaned.removed] == ["repeated_headline", "repeated_headline"]


def test_source_link_target_is_kept() -> None:
    cleaned = clean_lines([HEAD, *PARAS, "Source: https://example.com/news/budget-2024"])
    assert cleaned.source_link == "https://example.com/news/budget-2024"


def test_blank_lines_need_no_accounting() -> None:
    cleaned = clean_lines(["", "   ", HEAD, "\t", PARAS[0], "\r"])
    assert cleaned.headline == HEAD and cleaned.body == PARAS[:1] and cleaned.removed == ()


def _one_alternation() -> re.Pattern[str]:
    parts = [f"(?P<{reason}>{'|'.join(pats)})" for reason, pats in P.PREFIX.items()]
    return re.compile("|".join(parts))


def test_prefix_index_matches_like_one_alternation() -> None:
    """Buckets by opening characters, and the literal openings tested before each
    bucket's regex, only save time: every key gets what one big `match` gives."""
    prefix = compile_rules(DEFAULT_CONFIG).prefix
    big = _one_alternation()
    keys = [line_key(line) for line, _ in REMOVED] + [line_key(line) for line in KEPT]
    for pats in P.PREFIX.values():
        for pattern in pats:
            head = _literal(pattern)
            keys += [head, head[:-1], f"{head} x", f"{head}x 1", f"{head[:3]}zz", f"7 {head}"]
            keys += [f"{head} (3)", f"{head[:-1]} (3)", f"{head}: more", f"{head[:-1]}: more"]
    keys += ["3 comments", "12 thoughts on x", "© 2024 x", "1 of 12", "", "the council met"]
    for key in keys:
        hit = big.match(key)
        assert prefix.match(key) == (hit.lastgroup if hit else None), key
