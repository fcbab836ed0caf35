"""Vocabularies of the entities step, kept as data so they can be reviewed and extended.

Nothing here holds logic. Lists of names (given names, organisations, places,
nationalities) live in `data/` as text files; this module holds the words that tell
what a capitalised name is: titles before people, heads of organisation and place
names, words that never start a name, pronouns and role nouns. Words are lower case
unless the comment says otherwise; matching code decides about case.
"""

from __future__ import annotations

from .cue_patterns import ORG_CUE_NOUNS


def _words(text: str) -> frozenset[str]:
    """A word list written as running text, one space or line break between words."""
    return frozenset(text.split())


# --- Titles before a person's name ---------------------------------------------------
# Honorifics: always a person after them ("Mr Kirby", "Dr. Bos"). Written without the
# final period; the matcher accepts "Mr." and "Mr" alike.
HONORIFICS = _words("""
    mr mrs ms miss mx dr prof sir dame lord lady rev fr sr sra mme mlle herr
""")

# Abbreviations whose period is part of the word, not the end of a sentence
# ("Mr. Kirby", "Sen. Kennedy", "Acme Inc. said").
ABBREVIATIONS = _words("""
    mr mrs ms dr prof sir rev fr sr jr sen rep gov gen col maj capt lt sgt adm cmdr
    st mt ave blvd inc corp co ltd
""")

# Offices and ranks written capitalised before a name ("President Vladimir Putin",
# "Foreign Minister Qin Gang", "Sen. Ted Kennedy"). Also role nouns (below) that are
# capitalised before a name ("Biologist Nick Bos").
OFFICE_TITLES = _words("""
    president vice premier chancellor minister secretary senator sen rep representative
    congressman congresswoman governor gov mayor judge justice ambassador envoy
    general gen colonel col major maj captain capt lieutenant lt sergeant sgt admiral adm
    commander cmdr marshal corporal private officer detective inspector sheriff chief
    king queen prince princess emperor empress sultan emir sheikh shah crown
    pope cardinal archbishop bishop father rabbi imam pastor reverend
    chairman chairwoman chair ceo cfo coo director professor coach manager
    deputy acting former late foreign defence defense interior home finance prime
    attorney solicitor counsel speaker leader founder mr.
""")

# Role nouns: what a person is called in a title or a nominal mention
# ("National Security Council spokesman John Kirby", "the spokesman", "the biologist").
ROLE_NOUNS = _words("""
    spokesman spokeswoman spokesperson coordinator official officer aide adviser advisor
    president vice-president premier chancellor minister secretary senator governor
    mayor judge justice ambassador envoy diplomat general colonel captain commander
    admiral lieutenant sergeant sheriff chief king queen prince princess emperor pope
    cardinal archbishop bishop rabbi imam pastor priest chairman chairwoman chair ceo
    director professor coach manager deputy leader founder owner head lawyer attorney
    prosecutor counterpart candidate lawmaker legislator congressman congresswoman
    representative delegate negotiator analyst economist expert scientist researcher
    biologist physicist chemist astronomer historian author writer novelist poet
    journalist reporter editor correspondent columnist photographer actor actress
    singer musician artist director producer player striker midfielder defender
    goalkeeper forward captain referee athlete champion student teacher doctor
    surgeon nurse engineer designer developer inventor entrepreneur businessman
    businesswoman executive investor banker activist campaigner organizer organiser
    volunteer spokesperson commissioner inspector detective agent soldier pilot
    astronaut governor-general mp politician statesman dictator ruler monarch
    president-elect frontrunner nominee incumbent challenger rival opponent ally
    partner wife husband widow son daughter mother father brother sister
""")

# Words of a title that name no role themselves but belong to the title phrase
# ("Foreign Minister", "Vice President", "Strategic Communications", "Home Secretary").
TITLE_MODIFIERS = _words("""
    foreign defence defense interior home finance prime vice deputy acting former
    chief senior top general executive national state federal regional local assistant
    associate interim special shadow junior senior-most leading
""")

# Gender of honorifics, offices and role nouns, for pronoun agreement.
MALE_TITLES = _words("""
    mr sir lord king prince emperor sultan emir sheikh shah pope cardinal father
    spokesman chairman congressman businessman statesman husband son brother monsieur
""")
FEMALE_TITLES = _words("""
    mrs ms miss dame lady queen princess empress spokeswoman chairwoman congresswoman
    businesswoman actress wife widow daughter mother sister madam mme mlle
""")

# --- Names of organisations and places ----------------------------------------------
# Last words that make a name an organisation ("University of Helsinki" is caught by
# its first word, "Wikimedia Foundation" by its last).
ORG_HEADS = _words("""
    university college institute institution school academy council committee
    commission party ministry department agency office bureau administration authority
    association foundation society union federation confederation organization
    organisation corporation corp corp. inc inc. ltd ltd. llc plc co co. company group
    holdings bank fund trust church court tribunal police army navy force forces corps
    guard brigade regiment squadron times post news journal magazine press herald
    tribune gazette network broadcasting radio television tv channel club league team
    airlines airways motors systems technologies labs laboratory laboratories lab
    industries enterprises partners services solutions studios records pictures
    games gaming entertainment media publishing publishers parliament assembly senate
    congress cabinet government ministry secretariat directorate program programme
    project initiative movement front alliance coalition caucus network centre center
    service council consortium cooperative co-op conference summit lab
    brotherhood sisterhood fraternity guild embassy consulate
    software electronics multimedia telecommunications telecom
    pharmaceuticals energy ventures investments consulting research
    robotics semiconductor semiconductors networks interactive petroleum chemicals
    insurance securities
""")


# First words that make a name an organisation when "of" follows
# ("Bank of England", "Ministry of Defence", "Church of Scientology").
ORG_OPENERS = _words("""
    university college institute bank ministry department church council office bureau
    board house court federation association union society league order museum
    school academy commission committee
    municipality
""")

# Last words that make a name a place ("Ross Sea", "McMurdo Station", "Fisht Stadium").
PLACE_HEADS = _words("""
    street st avenue ave road rd boulevard blvd lane square plaza bridge tunnel highway
    river lake sea ocean bay gulf strait channel canal coast beach island islands isle
    peninsula mountain mountains mount mt hill hills valley desert forest park garden
    gardens county province region district prefecture state territory city town
    village borough township station airport port harbour harbor stadium arena hall
    tower towers palace castle cathedral temple mosque square memorial monument prison jail
    center centre mall market heights springs falls shelf glacier canyon reef room
""")

# Of those, the heads of the names of buildings, sites and waters, which GUM
# annotates with the places and people they are named after nested inside
# ("Volgograd Arena", "Metro Toronto Convention Centre", "Ross Sea").
FACILITY_HEADS = _words("""
    stadium arena station centre center hall memorial airport tower palace castle
    cathedral temple mosque museum hospital sea shelf glacier
""")

# Last words of the names of events, prizes (also alone: "won an Oscar"), laws, works
# and currencies: no entity of ours ("World Cup", "Nobel Peace Prize", "Americans
# with Disabilities Act", "Singapore Dollar"), though the place or body they open
# with is.
EVENT_HEADS = _words("""
    cup olympics paralympics games championship championships tournament
    war wars prize prizes award awards act bill treaty accord accords month week day
    festival carnival expo fair convention series manifesto experience
    jubilee marathon open grand-prix derby trophy medal election elections
    dollar dollars euro euros pound pounds sterling yen yuan renminbi rupee rupees
    peso pesos franc francs ruble rubles rouble roubles rand lira shekel dinar rial
    riyal krona krone ringgit baht won
    oscar oscars emmy emmys grammy grammys bafta baftas globes
""")

# Words that put a place inside an organisation name's run but are a place heading
# it only when the run has nothing else ("Center" in "Johnson Space Center" is a
# place; "Center for Strategic Studies" is not): centre-like heads followed by
# "for"/"of" name organisations.
ORG_WHEN_FOLLOWED = _words("center centre hall house institute")

# Prepositions of place: a run they open is where something is ("at Stanley Park"),
# so a place head ending it is a place's, not a surname.
LOCATIVES = _words("in at near into inside outside around across through to from")
# Of those, the ones that put a country's name in a match report in its own right
# (where the cup is played), not among the teams ("lost to England").
PLACE_PREPOSITIONS = _words("in at near inside across throughout")
# Nations that field their own teams without being sovereign countries.
HOME_NATIONS = frozenset({"England", "Scotland", "Wales", "Northern Ireland", "Faroe Islands"})

# --- Words that join the words of one name -------------------------------------------
# Lower-case words allowed inside a name when a capitalised word follows
# ("University of Helsinki", "Daughters of the American Revolution", "Kevin De Bruyne").
NAME_CONNECTORS = _words(
    "of for on and & the de la le du des van von der den da di del dos y bin al el ibn"
)
# Of those, the ones a person's name holds ("Patrizia d'Ettorre", "Ludwig van Beethoven").
PERSON_PARTICLES = _words("de la le du des van von der den da di del dos y bin al el ibn")

# --- Words that start no name --------------------------------------------------------
# Capitalised only because they open a sentence, a quote or a headline. The article's
# own text adds every word it also writes in lower case.
NON_NAME_WORDS = _words("""
    a an the this that these those there their they them then than thus here his her
    he she it its we our us you your i me my mine him hers who whom whose which what
    when where why how whether if unless while because although though since after
    before during until once as at by for from in into of on onto off over under up
    down out to toward towards with without within about above across against along
    among around behind below beneath beside besides between beyond but and or nor so
    yet not no yes all any both each every few many more most much other some such
    own same only also just even still already again ever never always often
    sometimes however meanwhile moreover furthermore therefore instead indeed perhaps
    maybe later earlier today tonight yesterday tomorrow now soon last next first
    second third new old one two three four five six seven eight nine ten hundreds
    thousands millions mr mrs ms dr is are was were be been being am do does did
    has have had having will would shall should can could may might must let lets
    said says say told asked according despite amid via per like unlike including
    following while whereas following over please thank thanks well oh hey hi okay ok
    so-called according image photo file picture credit video update breaking
    neither either
    exclusive read watch listen follow share comment comments
    i'm i’m i've i’ve i'll i’ll i'd i’d we're we’re we've we’ve we'll we’ll
    you're you’re you've you’ve you'll you’ll they're they’re it's it’s that's that’s
    there's there’s here's here’s what's what’s let's let’s don't don’t
    q
""")

# Capitalised words that are no entity of ours: months, days, holidays, religions
# and languages (GUM and the news call these times, events or groups).
NON_ENTITY_WORDS = _words("""
    january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday jan feb mar apr
    jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    christmas easter ramadan eid thanksgiving hanukkah diwali halloween
    god allah internet web english french spanish german latin arabic chinese
    mandarin russian hebrew hindi urdu persian christian christians muslim muslims
    jewish jews catholic catholics protestant buddhist hindu islam christianity
    judaism democrat democrats republican republicans conservative liberal
    ceasefire covid covid-19 coronavirus ok tv olympic olympics paralympic
""")

# All-capital words that name no organisation: science, computing, units, everyday
# abbreviations ("DNA", "HTML", "GMT", "OK"). Acronyms of organisations are the rest.
NON_ORG_ACRONYMS = _words("""
    DNA RNA HIV AIDS SARS COVID GDP GNP CPI IQ PhD MD BA MA BSC MSC MBA CEO CFO COO CTO
    VIP POV FAQ ID OK TV DVD CD PC USB URL HTML XML PDF API AI IT IP VPN SMS GPS LED LCD
    AM PM GMT UTC EST PST BST CET BC AD BCE CE VR AR RPG FPS MMO DIY ASAP
    FYI LOL OMG LGBT LGBTQ MRI CT ER ICU PTSD ADHD NB PS RIP
""")

# Members of a religion, party or people, capitalised as names ("Muslims",
# "Republicans", "Arabs"): groups, not persons. Nationalities ("Americans") come from
# the demonyms list. Written capitalised, singular; the plural adds "s".
GROUP_NOUNS = _words("""
    Muslim Christian Jew Hindu Buddhist Sikh Catholic Protestant Mormon Arab Kurd
    Republican Democrat Libertarian Conservative Liberal Socialist Communist Tory
    Labourite Green Baptist Methodist Anglican Sunni Shiite Shia Jedi
""")

# Endings of the words for followers of a creed or a school ("Scientologist",
# "Marxist"), which stand before a name as a title, not as part of it.
FOLLOWER_ENDINGS = ("ist", "ists")

# "the West", "the South": directions that name regions.
DIRECTIONS = _words("west east north south midwest northeast northwest southeast southwest")

# --- Pronouns -------------------------------------------------------------------------
# Third-person singular pronouns by gender: the ones resolved to people.
MALE_PRONOUNS = _words("he him his himself")
FEMALE_PRONOUNS = _words("she her hers herself")

# --- Grammatical roles, for pronouns ----------------------------------------------------
# A name after one of these is an oblique ("an interview with Terry Gross"), less
# likely the antecedent of a later "he" than the clause's subject. Conjunctions that
# double as prepositions ("after", "before", "as") are left out.
PREPOSITIONS = _words("""
    with to by from for at on in of about like against than into onto upon between
    among including toward towards over under through without behind via per unlike
    beside besides despite during except near within alongside
""")
# Words after a name that make it a subject ("Kirby has", "Stan also"): auxiliaries,
# common adverbs and irregular past tenses that end neither in "-ed" nor in "-s".
VERB_CUES = _words("""
    is was are were has had have will would can could may might must shall should did
    do does also then later once still never often first now just recently again
    met went took made gave came began spoke wrote ran won left held found got became
    knew saw sent brought bought built chose drew fell felt fought grew heard hit kept
    led lost meant paid put read rose sat set showed shot sold stood taught thought
    threw understood wore
""")
# Words after a name that make it neither a subject nor a modifier ("Kirby and
# Price", "Kirby, who").
CONNECTIVES = _words("and or but who whom whose which that as if when while")

# --- Cues of a person ------------------------------------------------------------------
# A name right before one of these is a person ("Kirby said", "Bos told Wikinews").
SPEECH_VERBS = _words("""
    said says say told tells added adds explained explains stated states asked asks
    noted notes argued argues insisted insists warned warns wrote writes claimed
    claims believes believed thinks thought replied replies recalled recalls
    admitted admits acknowledged acknowledges announced announces described
    describes urged urges cautioned cautions
""")
# A name right after one of these is a person ("according to Kirby").
PERSON_AFTER = ("according to",)
# A name right before ", who" or followed by an age (", 34,") is a person.
RELATIVE_PERSON = _words("who whom")

# --- Names used as modifiers ------------------------------------------------------------
# Nouns naming the kind of thing a name names. In "the Scientology organization" or
# "the Lombardy region" the article belongs to the noun: GUM annotates the whole
# phrase as a nominal mention and the name inside it as no mention of its own
# (where the noun names another thing, "the Scientology website", it does).
KIND_NOUNS = _words("""
    organization organisation group team movement region province state city town
    board system blog bar restaurant column firm band club programme
    program project mission campaign brand magazine newspaper network agency
    chain label outlet site
""")


# Endings of the second word of a Latin species name ("Formica fusca", "Beauveria
# bassiana"): a capitalised genus before a lower-case word no dictionary holds.
# Of those, the nouns of places: a place before them stays a mention ("the Lombardy
# region", "a New York City bar" does not drop it; "the US team" does).
PLACE_KIND_NOUNS = _words("region province state city town bar restaurant")
SPECIES_ENDINGS = ("a", "us", "um", "is", "ae", "i", "ensis", "ii")

# Words of a match report: with scores, they make countries read as teams.
SPORTS_WORDS = _words("""
    match game goal goals scored scoring striker midfielder defender goalkeeper coach
    penalty referee tournament cup league team teams squad kick-off half-time innings
    wicket wickets try tries inning touchdown semifinal semi-final final quarterfinal
""")

# --- Words the rules read -----------------------------------------------------------------
# Words joining a title's parts ("spokesman for the club", "head of state"), and the
# determiners opening a title in apposition (", the spokesman for ...,").
TITLE_JOINERS = _words("of for at to the and on in")
APPOSITION_OPENERS = _words("a an the")

# --- Nominal mentions -------------------------------------------------------------------
# Determiners that open a nominal mention of a person ("the spokesman", "the Chinese
# leader"). Role families let "the leader" stand for a president or a prime minister.
NOMINAL_DETERMINERS = _words("the")
ROLE_FAMILIES: dict[str, frozenset[str]] = {
    "leader": _words("president premier chancellor leader king queen emperor ruler prime"),
    "official": _words("official spokesman spokeswoman spokesperson secretary minister aide"),
    "diplomat": _words("diplomat ambassador envoy minister secretary counterpart"),
}

# Every lower-case word some rule reads. The tokenizer keeps only these (and every
# capitalised word, number and mark): any other lower-case word becomes a shared
# placeholder, which keeps the words' order and costs nothing to make.
READ_WORDS: frozenset[str] = frozenset().union(
    HONORIFICS, OFFICE_TITLES, ROLE_NOUNS, TITLE_MODIFIERS, NAME_CONNECTORS,
    MALE_PRONOUNS, FEMALE_PRONOUNS, SPEECH_VERBS, RELATIVE_PERSON,
    NOMINAL_DETERMINERS, SPORTS_WORDS, TITLE_JOINERS,
    APPOSITION_OPENERS, KIND_NOUNS, *(phrase.split() for phrase in PERSON_AFTER),
    ORG_CUE_NOUNS, LOCATIVES, PLACE_PREPOSITIONS,
    ("from", "at", "of", "for", "on", "and"),
)  # fmt: skip
