"""Vocabularies for the shapes of names and the words around them: organisation and
thing nouns, name-starting adjectives, legal suffixes, parties, agency-style state
abbreviations, eponyms and contractions.

Like `patterns.py`, each is constant data named for what the rules read it for;
the lower-case words here that a rule reads in running text are added to the
tokenizer's `READ_WORDS` there.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """A word list written as running text, one space or line break between words."""
    return frozenset(text.split())


# Of the words that start no name, those a name may start with when they are
# capitalised inside a sentence ("Old Dominion University", "Second City").
NAME_ADJECTIVES = _words("new old first second third last next one two three")

# Beginnings of surnames written with a capital inside ("McDonald", "DeSantis"); other
# words with one ("TimeWarner", "PlayStation") are brands.
CAMEL_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "Du", "Fitz")

# Legal suffixes of company names: never a name alone ("SDB Construction, Inc.").
CORPORATE_SUFFIXES = _words("inc ltd llc plc corp co gmbh ag sa nv bv llp lp")

# Words that name a political party with "party" after them, written in lower case
# as often as not ("the Republican party", "the Labour party").
PARTY_NAMES = _words("""
    Republican Democratic Labour Labor Conservative Liberal Green Socialist Communist
    Libertarian Reform Progressive Nationalist Populist Pirate Christian Democrat
""")

# Place heads that are also common surnames: after a given name ("Christopher Hill",
# "Marc Lamont Hill") they end a person's name, unless a preposition of place
# opens the run ("at Stanley Park").
SURNAME_HEADS = _words("hill hills lane park hall bay")

# Nouns of things that are neither people, organisations nor places: a name that
# the article defines as one ("Stardust is a NASA space capsule") names a thing.
THING_NOUNS = _words("""
    capsule spacecraft probe satellite telescope rocket missile ship vessel boat
    submarine aircraft plane jet helicopter drone car truck train locomotive vehicle
    browser software application app program programme operating-system algorithm
    game video-game console phone smartphone tablet computer device gadget chip
    processor robot film movie documentary series show sitcom book novel memoir
    album song single opera musical play painting sculpture poem drug medicine
    vaccine virus bacterium disease hashtag meme cocktail drink beverage brand
    product model language protocol format standard mission storm cyclone hurricane
    typhoon comet asteroid planet moon star galaxy nebula species genus breed
""")

# US states as news agencies abbreviate them after a town ("Melville, N.Y.",
# "Anderson, Ind."), written without the final period.
US_STATE_ABBREVIATIONS: dict[str, str] = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California",
    "Colo": "Colorado", "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida",
    "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas",
    "Kans": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland",
    "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota",
    "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana", "Neb": "Nebraska",
    "Nev": "Nevada", "N.H": "New Hampshire", "N.J": "New Jersey", "N.M": "New Mexico",
    "N.Y": "New York", "N.C": "North Carolina", "N.D": "North Dakota",
    "Okla": "Oklahoma", "Ore": "Oregon", "Pa": "Pennsylvania", "R.I": "Rhode Island",
    "S.C": "South Carolina", "S.D": "South Dakota", "Tenn": "Tennessee",
    "Tex": "Texas", "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington",
    "W.Va": "West Virginia", "Wis": "Wisconsin", "Wyo": "Wyoming", "D.C": "Washington, D.C.",
}  # fmt: skip

# Surnames of listed people that, standing alone, mostly name what was named after
# them: prizes, diseases, units, engines ("the Nobel committee", "Alzheimer's").
EPONYMS = _words("""
    Nobel Pulitzer Alzheimer Asperger Parkinson Hodgkin Crohn Tourette Diesel Kelvin
    Celsius Fahrenheit Richter Braille Heimlich Geiger Doppler Ponzi
""")

# Endings of contractions, which are no names however they are capitalised ("Isn't",
# "We'll", "You’re").
CONTRACTIONS = tuple(
    apostrophe + ending for apostrophe in "'’" for ending in ("t", "re", "ve", "ll", "m", "d")
)

# Endings of the second part of "Mets-inspired", "Kremlin-run": a name, then what
# it did to the noun after (not "Lesser-known", "Prize-winner").
HYPHEN_TAILS = ("ed", "led", "run", "born", "made", "owned")

# Nouns that say the name after them, or after ", the", is an organisation's: "the
# secularist magazine MicroMega", "security firm Secunia.com", "wikiHow, the company".
ORG_CUE_NOUNS = _words("""
    company firm corporation conglomerate startup start-up business retailer carmaker
    automaker airline bank insurer lender manufacturer maker publisher broadcaster
    network newspaper paper magazine journal tabloid website site outlet agency
    pollster charity organisation organization group band team club party union
    label studio brand chain franchise foundation nonprofit non-profit
""")

# Well-known products and software, which news names like companies but which are
# things ("Windows", "Xbox", "iPod"); written as news writes them, case-sensitive.
PRODUCT_NAMES = _words("""
    Windows Linux Android iOS macOS iPhone iPad iPod iTunes Mac MacBook Xbox PlayStation
    Wii Kindle Firefox Chrome Safari Gmail Outlook Photoshop Excel PowerPoint Walkman
    BlackBerry Galaxy Pixel Alexa Siri Bitcoin Ethereum ChatGPT Viagra Prozac Botox
""")
