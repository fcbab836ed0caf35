"""Vocabularies that tell people from places and say a speaker's gender.

Data only, used by `names.py` and `speakers.py`; split from `patterns.py` to keep each
module small. Words are lower case unless a comment says otherwise.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """A word list written as running text, one space or line break between words."""
    return frozenset(text.split())


# Capitalised words that make a run of names a place rather than a person, as its
# first word ("New York", "San Francisco") or its last ("Kent County", "Gulf Coast").
# Case-sensitive.
PLACE_FIRST_WORDS = frozenset(
    [
        "New",
        "North",
        "South",
        "East",
        "West",
        "United",
        "San",
        "Santa",
        "Los",
        "Las",
        "Saint",
        "St",
        "Fort",
        "Port",
        "Lake",
        "Mount",
        "Cape",
        "Great",
        "Upper",
        "Lower",
        "Costa",
        "Sierra",
        "Puerto",
    ]
)
PLACE_LAST_WORDS = frozenset(
    [
        "City",
        "County",
        "State",
        "States",
        "Island",
        "Islands",
        "Republic",
        "Kingdom",
        "Union",
        "Valley",
        "Beach",
        "Park",
        "Street",
        "Avenue",
        "Road",
        "Square",
        "Bay",
        "River",
        "Mountains",
        "Coast",
        "Zealand",
        "Jersey",
        "York",
        "Hampshire",
        "Carolina",
        "Dakota",
        "Virginia",
        "Mexico",
        "Orleans",
        "Africa",
        "America",
        "Asia",
        "Europe",
        "Korea",
        "Guinea",
    ]
)

# Honorifics and role nouns that say a person's gender.
MALE_MARKERS = _words("""
    mr mr. sir lord king prince father brother son husband spokesman congressman
    chairman businessman herr monsieur señor sr sr. he him his
""")
FEMALE_MARKERS = _words("""
    mrs mrs. ms ms. miss dame lady queen princess mother sister daughter wife
    spokeswoman congresswoman chairwoman businesswoman actress madame mme señora
    sra frau she her
""")

# Given names by gender: a small list of the common ones in English-language news,
# enough to tell "he" from "she" for most speakers. Unknown names stay unknown.
MALE_NAMES = _words("""
    john james robert michael william david richard joseph thomas charles christopher
    daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian
    george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan
    stephen larry justin scott brandon benjamin samuel gregory frank alexander
    raymond patrick jack dennis jerry tyler aaron jose adam henry nathan douglas
    zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald
    carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce
    albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell
    elijah louis bobby philip johnny barack bill bernie mike ted marco jeb chris
    rand ben newt rudy reince kellyanne tim mitt lindsey rick vladimir xi volodymyr
    dmytro qin emmanuel olaf boris rishi keir narendra recep benjamin mahmoud
    ali mohammed muhammad ahmed omar hassan sergei sergey dmitry alexei antony
    jake lloyd jens jim tom bob dick al ed rob steve dan matt nick greg pete
    jon josh chuck harry mitch kevin jared eric corey jerome abraham franklin
    martin luther ronald jimmy gerald lyndon dwight woodrow theodore herbert
    calvin warren ulysses rex dan sheldon roger anthony nick noam stan
""")
FEMALE_NAMES = _words("""
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy
    lisa betty margaret sandra ashley kimberly emily donna michelle dorothy carol
    amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy
    shirley angela helen anna brenda pamela nicole emma samantha katherine christine
    debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce
    victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea
    hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice
    madison doris abigail julia judy grace denise amber marilyn beverly danielle
    theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla
    hillary melania ivanka chelsea michelle kamala condoleezza madeleine nikki
    sarah elizabeth tulsi kirsten amy dianne nancy angela theresa ursula giorgia
    jacinda liz marine christine kristalina janet gina jen kellyanne huma donna
    hope sheryl oprah gennifer alicia jill tammy hope katrina kate katie jane sue
""")

# Honorifics before a name that say the person's gender ("Mrs. Clinton"); never part
# of the name itself.
HONORIFIC_GENDER: dict[str, str] = {
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "sir": "m",
    "dame": "f",
}

# Pronouns after a name in the same sentence that say its gender ("Kiara Perkins ...
# admitted she was willing").
MALE_PRONOUNS = _words("he his him himself")
FEMALE_PRONOUNS = _words("she her hers herself")

# Endings of an adjective: a run of capitalised words that opens with one is a
# heading or an organisation, not a person ("Presidential Debates", "Democratic Party").
ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous")

# Possessive endings: "NBC’s Dante Chinni" (the name follows), "Gary Johnson’s
# doctor" (the name is the owner).
POSSESSIVE_ENDINGS = ("’s", "'s", "s’", "s'")
