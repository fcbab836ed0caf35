"""Pronoun speakers: real quotes whose speaker is "he" or "she", resolved to a person.

Each row is a quote from ../shared/samples/ or ../shared/benchdata/ (PolNeAR dev): the
file it is in, the first words of the quote, and the person the pronoun refers to,
checked by hand against the article. The issue's floor: the resolved speaker
is the right person for at least 90% of them. A person is matched by last name, and
by first name too when both give one ("Obama" is "Barack Obama"; "Bill Clinton" is
not "Hillary Clinton").
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from newsrefinery.quotes import quotes_article
from newsrefinery.records import Article, RawDoc
from newsrefinery.steps import draft_article

FLOOR = 0.90

PRONOUN_SPEAKERS: tuple[tuple[str, str, str | None], ...] = (
    (
        "samples/doj_press_releases/text/doj_017_2014-03-28_acting-assistant-attorney-general-for-nationa.txt",
        "If you’re feeling uncomfortable",
        "Officer Friendly",
    ),
    (
        "samples/doj_press_releases/text/doj_018_2014-07-30_remarks-by-assistant-attorney-general-john-p.txt",
        "John Dillinger couldn’t do a tho",
        "Jim Comey",
    ),
    (
        "samples/doj_press_releases/text/doj_085_2009-01-29_justice-department-settles-allegations-of-dis.txt",
        "Substance abuse programs perform",
        "Ed Yarbrough",
    ),
    (
        "samples/wikinews_en_2004/text/wn2004_005_australians-talk-tough-ahead-of-brisbane-test-matc.txt",
        "They just have a set of lines th",
        "John Bracewell",
    ),
    (
        "samples/wikinews_en_2004/text/wn2004_013_gusenbauer-reelected-as-austrian-social-democrat-p.txt",
        "impressive display of confidence",
        "Alfred Gusenbauer",
    ),
    (
        "samples/wikinews_en_2004/text/wn2004_014_us-president-bush-visits-canada.txt",
        "I want to thank the Canadian peo",
        "George W. Bush",
    ),
    (
        "samples/wikinews_en_2004/text/wn2004_015_us-secretary-of-homeland-security-tom-ridge-resign.txt",
        "After more than 22 consecutive y",
        "Tom Ridge",
    ),
    (
        "samples/wikinews_en_2004/text/wn2004_031_yushchenko-claims-victory-in-re-run.txt",
        "I will never recognize this defe",
        "Yanukovich",
    ),
    (
        "samples/wikinews_en_2004_pd_sources/text/wn2004src_05_defendamerica-mil_medics-provide-a-u-s-army-band-aid.txt",
        "It's like fire prevention,",
        "Alan Kabakoff",
    ),
    (
        "samples/wikinews_en_2004_pd_sources/text/wn2004src_05_defendamerica-mil_medics-provide-a-u-s-army-band-aid.txt",
        "Everyone knows that it works, it",
        "Alan Kabakoff",
    ),
    (
        "samples/wikinews_en_2004_pd_sources/text/wn2004src_05_defendamerica-mil_medics-provide-a-u-s-army-band-aid.txt",
        "If they had anything wrong at al",
        "Jason Escoyne",
    ),
    (
        "samples/wikinews_en_2004_pd_sources/text/wn2004src_05_defendamerica-mil_medics-provide-a-u-s-army-band-aid.txt",
        "This is the busy season for the",
        "Jeanne Marie Crochet",
    ),
    (
        "samples/wikinews_en_2004_pd_sources/text/wn2004src_05_defendamerica-mil_medics-provide-a-u-s-army-band-aid.txt",
        "I'm extremely spoiled at my (civ",
        "Jeanne Marie Crochet",
    ),
    (
        "samples/wikinews_en_2004_pd_sources/text/wn2004src_05_defendamerica-mil_medics-provide-a-u-s-army-band-aid.txt",
        "Slowly, we're getting the things",
        "Jeanne Marie Crochet",
    ),
    (
        "samples/wikinews_en_gum/text/GUM_news_defector.txt",
        "facing the penitentiary in thank",
        "Rathbun",
    ),
    (
        "samples/wikinews_en_gum/text/GUM_news_flag.txt",
        "In the end I'll have one vote in",
        "John Key",
    ),
    (
        "samples/wikinews_en_gum/text/GUM_news_hackers.txt",
        "another small skirmish in a war",
        "Matthew Ingram",
    ),
    (
        "samples/wikinews_en_gum/text/GUM_news_homeopathic.txt",
        "I am not able to do that",
        "Thomas Sam",
    ),
    (
        "samples/wikinews_en_gum/text/GUM_news_iodine.txt",
        "I suspect they won't do that on",
        "Cres Eastman",
    ),
    (
        "samples/wikinews_en_gum/text/GUM_news_iodine.txt",
        "Pregnant women in Australia are",
        "Cres Eastman",
    ),
    (
        "samples/wikinews_en_gum/text/GUM_news_iodine.txt",
        "If Iodine deficiency is serious",
        "Cres Eastman",
    ),
    (
        "samples/wikinews_en_gum/text/GUM_news_questionnaire.txt",
        "Labour has a common-sense plan t",
        "Yvette Cooper",
    ),
    (
        "samples/wikinews_en_gum/text/GUM_news_sensitive.txt",
        "We take document security seriou",
        "Sujata Raisinghani",
    ),
    (
        "samples/wikinews_en_gum/text/GUM_news_soccer.txt",
        "In the first half it felt good o",
        "Harry Kane",
    ),
    (
        "samples/wikinews_en_gum/text/GUM_news_warhol.txt",
        "Andy Warhol was the center of th",
        "Kevin Allton",
    ),
    (
        "benchdata/polnear/data/dev/text/breitbart_2016-10-03_the-latest-trump-s-leaked-taxes-.txt",
        "some of the things that they’re",
        "Donald Trump",
    ),
    (
        "benchdata/polnear/data/dev/text/breitbart_2016-09-30_the-latest-trump-urges-supporter.txt",
        "extraordinarily good health",
        "Gary Johnson",
    ),
    (
        "benchdata/polnear/data/dev/text/huff-post_2016-09-20_elizabeth-warren-hammers-wells-f.txt",
        "clawed back",
        "Hillary Clinton",
    ),
    (
        "benchdata/polnear/data/dev/text/wash-post_2016-09-25_federal-court-rules-against-ohio.txt",
        "The court's decision reaffirms a",
        "David Pepper",
    ),
    (
        "benchdata/polnear/data/dev/text/west-journal_2016-09-21_chris-christie-calls-hillary-cli.txt",
        "She’s a disgrace. She’s a disgra",
        "Chris Christie",
    ),
    (
        "benchdata/polnear/data/dev/text/usa-today_2016-10-03_my-father-would-have-loved-trump.txt",
        "We're not all meant to be equal,",
        "Olive Meehan",
    ),
    (
        "benchdata/polnear/data/dev/text/wash-post_2016-09-26_ah-friends-once-more-ted-cruz-en.txt",
        "The day that was abrogated was t",
        "Ted Cruz",
    ),
    (
        "benchdata/polnear/data/dev/text/breitbart_2016-09-30_the-latest-trump-urges-supporter.txt",
        "there is no one single point of",
        "Jeh Johnson",
    ),
    (
        "benchdata/polnear/data/dev/text/nyt_2016-09-12_visa-program-up-for-renewal-amid.txt",
        "It's hard to convince them what",
        "Angelique Brunner",
    ),
    (
        "benchdata/polnear/data/dev/text/wash-post_2016-09-08_virginian-could-make-history-aga.txt",
        "I've fundraised all I've needed",
        "Bobby Scott",
    ),
    (
        "benchdata/polnear/data/dev/text/wash-post_2016-09-10_outrage-but-few-options-on-the-t.txt",
        "To be clear, the United States d",
        "Obama",
    ),
    (
        "benchdata/polnear/data/dev/text/breitbart_2016-09-30_the-latest-trump-urges-supporter.txt",
        "We have some big plans for the f",
        "Donald Trump",
    ),
    (
        "benchdata/polnear/data/dev/text/nyt_2016-09-16_clinton-plan-for-taxes-is-expans.txt",
        "But these are the key priorities",
        "David Kamin",
    ),
    (
        "benchdata/polnear/data/dev/text/nyt_2016-09-25_obama-says-african-american-muse.txt",
        "It won't eliminate gun violence",
        "Obama",
    ),
    (
        "benchdata/polnear/data/dev/text/breitbart_2016-09-30_the-latest-trump-urges-supporter.txt",
        "I wonder why it was bad. Think o",
        "Donald Trump",
    ),
    (
        "benchdata/polnear/data/dev/text/wash-post_2016-09-26_charlotte-struggles-to-return-to.txt",
        "This normally is a big open park",
        "Jimmy Tompkins",
    ),
    (
        "benchdata/polnear/data/dev/text/politico_2016-10-04_trump-not-walking-the-walk-on-hi.txt",
        "The kind of plan that Donald has",
        "Hillary Clinton",
    ),
    (
        "benchdata/polnear/data/dev/text/breitbart_2016-10-03_the-latest-trump-s-leaked-taxes-.txt",
        "more interested in protecting th",
        "Donald Trump",
    ),
    (
        "benchdata/polnear/data/dev/text/west-journal_2016-09-29_gold-star-mom-corners-obama-on-h.txt",
        "We will defeat radical Islamic t",
        "Donald Trump",
    ),
    (
        "benchdata/polnear/data/dev/text/breitbart_2016-10-03_the-latest-trump-s-leaked-taxes-.txt",
        "What kind of genius loses a bill",
        "Hillary Clinton",
    ),
    (
        "benchdata/polnear/data/dev/text/breitbart_2016-09-30_the-latest-trump-urges-supporter.txt",
        "Mr. President, will you pledge n",
        "Donald Trump",
    ),
    (
        "benchdata/polnear/data/dev/text/nyt_2016-09-16_clinton-plan-for-taxes-is-expans.txt",
        "The message is, that has to be a",
        "David Kamin",
    ),
    (
        "benchdata/polnear/data/dev/text/breitbart_2016-10-04_bill-clinton-calls-obamacare-cra.txt",
        "So you’ve got this crazy system",
        "Bill Clinton",
    ),
    (
        "benchdata/polnear/data/dev/text/usa-today_2016-09-23_trump-questions-the-fairness-of-.txt",
        "If he is asked questions he is u",
        "Jo-Renee Formicola",
    ),
    (
        "benchdata/polnear/data/dev/text/west-journal_2016-10-05_pence-gives-gop-a-boost-with-sol.txt",
        "a little desperate there, jumpin",
        "Chris Matthews",
    ),
    (
        "benchdata/polnear/data/dev/text/nyt_2016-09-25_obama-says-african-american-muse.txt",
        "If you're 80 years old, you went",
        "Donna Sampson Rawlings",
    ),
    (
        "benchdata/polnear/data/dev/text/usa-today_2016-09-08_lawmaker-urges-retaliation-on-ru.txt",
        "We know at least two states have",
        "Adam Schiff",
    ),
    (
        "benchdata/polnear/data/dev/text/west-journal_2016-09-26_popular-website-shows-bias-when-.txt",
        "We’re trying to provide context",
        "Aaron Sharockman",
    ),
    (
        "benchdata/polnear/data/dev/text/wash-post_2016-09-10_outrage-but-few-options-on-the-t.txt",
        "We remain open to credible and a",
        "John F. Kerry",
    ),
    (
        "benchdata/polnear/data/dev/text/west-journal_2016-09-26_popular-website-shows-bias-when-.txt",
        "We’re not just validating number",
        "Aaron Sharockman",
    ),
    (
        "benchdata/polnear/data/dev/text/west-journal_2016-09-28_clinton-campaign-reportedly-scra.txt",
        "A lot of her attempts to reach o",
        "Bryan Anderson",
    ),
    (
        "benchdata/polnear/data/dev/text/wash-post_2016-09-14_a-lesson-from-loretta-lynch-be-t.txt",
        "This country was founded on the",
        "Loretta E. Lynch",
    ),
    (
        "benchdata/polnear/data/dev/text/nyt_2016-09-25_obama-says-african-american-muse.txt",
        "These are the stories that we ta",
        "Donna Sampson Rawlings",
    ),
    (
        "benchdata/polnear/data/dev/text/west-journal_2016-09-30_new-poll-shows-minor-post-debate.txt",
        "Considering the high-stakes mome",
        "Dante Chinni",
    ),
    (
        "benchdata/polnear/data/dev/text/nyt_2016-09-24_small-steps-toward-college-savin.txt",
        "You'd like to pay cash for your",
        "Kevin McKinley",
    ),
    (
        "benchdata/polnear/data/dev/text/huff-post_2016-10-07_ava-duvernay-s-th-explores-the-e.txt",
        "there’s nothing more important t",
        "Malkia Cyril",
    ),
    (
        "benchdata/polnear/data/dev/text/huff-post_2016-09-20_elizabeth-warren-hammers-wells-f.txt",
        "cross-sell",
        "Elizabeth Warren",
    ),
    (
        "benchdata/polnear/data/dev/text/usa-today_2016-09-08_candidates-vie-for-vets-support-.txt",
        "I have good judgment,",
        "Donald Trump",
    ),
    (
        "benchdata/polnear/data/dev/text/breitbart_2016-09-29_politifact-donald-trump-is-right.txt",
        "We have a situation where we hav",
        "Donald Trump",
    ),
    (
        "benchdata/polnear/data/dev/text/politico_2016-09-12_former-dnc-chairman-calls-for-cl.txt",
        "When Hillary Clinton participate",
        "Ed Rendell",
    ),
    (
        "benchdata/polnear/data/dev/text/huff-post_2016-09-27_hillary-clinton-goes-after-donal.txt",
        "Why won’t he release his tax ret",
        "Hillary Clinton",
    ),
    (
        "benchdata/polnear/data/dev/text/nyt_2016-09-19_old-hands-help-russia-navigate-u.txt",
        "no one can credibly state they h",
        "Ed Schultz",
    ),
    (
        "benchdata/polnear/data/dev/text/nyt_2016-09-25_obama-says-african-american-muse.txt",
        "Throughout the time we've been o",
        "Johnnie Wilson",
    ),
    (
        "benchdata/polnear/data/dev/text/usa-today_2016-09-08_candidates-vie-for-vets-support-.txt",
        "focused on advancing America's c",
        "Donald Trump",
    ),
    (
        "benchdata/polnear/data/dev/text/wash-post_2016-09-08_virginian-could-make-history-aga.txt",
        "You got a choice,",
        "Bobby Scott",
    ),
    (
        "benchdata/polnear/data/dev/text/wash-post_2016-09-25_phone-video-is-first-public-look.txt",
        "Don't shoot him. He has no weapo",
        "Rakeyia Scott",
    ),
    (
        "benchdata/polnear/data/dev/text/politico_2016-09-28_axelrod-calls-on-dean-to-apologi.txt",
        "I don’t think this is a ridiculo",
        "Howard Dean",
    ),
    (
        "benchdata/polnear/data/dev/text/west-journal_2016-09-28_clinton-campaign-reportedly-scra.txt",
        "It’s not something that she cont",
        "McLenney",
    ),
    (
        "benchdata/polnear/data/dev/text/wash-post_2016-09-25_phone-video-is-first-public-look.txt",
        "Don't you do it,",
        "Rakeyia Scott",
    ),
    (
        "benchdata/polnear/data/dev/text/wash-post_2016-09-16_burma-leader-s-visit-to-washingt.txt",
        "good news story in an era when s",
        "Obama",
    ),
    (
        "benchdata/polnear/data/dev/text/west-journal_2016-09-26_rush-limbaugh-hillary-asking-mod.txt",
        "The person in this debate who ca",
        "Rush Limbaugh",
    ),
    (
        "benchdata/polnear/data/dev/text/nyt_2016-09-19_old-hands-help-russia-navigate-u.txt",
        "What media outlet isn't taking s",
        "John Dickey",
    ),
    (
        "benchdata/polnear/data/dev/text/nyt_2016-09-08_obama-on-climate-change-the-tren.txt",
        "and they're terrifying.",
        "Obama",
    ),
    (
        "benchdata/polnear/data/dev/text/politico_2016-09-12_former-dnc-chairman-calls-for-cl.txt",
        "There should be a concerted, uni",
        "Don Fowler",
    ),
)


@cache
def _article(path: Path) -> Article:
    text = path.read_text(encoding="utf-8")
    raw = RawDoc(uri=str(path), format="text", kind="text", content=text)
    return quotes_article(draft_article(raw, text))


def _same_person(got: str | None, expected: str | None) -> bool:
    if got is None or expected is None:
        return got is expected
    a, b = got.replace(".", "").split(), expected.replace(".", "").split()
    if a[-1] != b[-1]:
        return False
    return len(a) == 1 or len(b) == 1 or a[0] == b[0]


def _resolved(shared: Path, path: str, excerpt: str) -> str | None:
    """The speaker given to the quote, or "(not attributed)" when the step found the
    quote but not its pronoun speaker (counted as wrong)."""
    art = _article(shared / path)
    found = [q for q in art.quotes if q.text.startswith(excerpt)]
    assert found, f"{path}: no quote {excerpt!r}"
    with_pronoun = [q for q in found if (q.speaker_mention or "").lower() in ("he", "she")]
    return with_pronoun[0].speaker if with_pronoun else "(not attributed)"


def test_table_is_large_enough_and_unique() -> None:
    assert len(PRONOUN_SPEAKERS) >= 60
    assert len({(p, e) for p, e, _ in PRONOUN_SPEAKERS}) == len(PRONOUN_SPEAKERS)


def test_same_person() -> None:
    assert _same_person("Barack Obama", "Obama")
    assert _same_person("George W Bush", "George W. Bush")
    assert not _same_person("Bill Clinton", "Hillary Clinton")
    assert _same_person(None, None) and not _same_person("Obama", None)


def test_pronoun_speakers_resolve_to_the_right_person(shared: Path) -> None:
    wrong = [
        (path, excerpt, expected, got)
        for path, excerpt, expected in PRONOUN_SPEAKERS
        if not _same_person(got := _resolved(shared, path, excerpt), expected)
    ]
    right = 1 - len(wrong) / len(PRONOUN_SPEAKERS)
    print(f"pronoun speakers: {right:.1%} right of {len(PRONOUN_SPEAKERS)}")
    assert right >= FLOOR, f"{right:.1%} right; wrong: {wrong}"
