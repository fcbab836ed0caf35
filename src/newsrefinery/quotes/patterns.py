"""Vocabularies of the quotes step, kept as data so they can be reviewed and extended.

Nothing here holds logic. This module holds the words of quotation marks, sentences,
noun phrases, names' titles and transcripts; the verbs of saying and the words around
a cue are in `cue_patterns.py`, the words that tell people from places and give a
name's gender in `name_patterns.py`. Words are lower case unless a comment says
otherwise; matching code decides about case.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """A word list written as running text, one space or line break between words."""
    return frozenset(text.split())


# --- Quotation marks -----------------------------------------------------------------
# Opening mark -> the closing marks that may end it. Straight marks close themselves;
# „ closes with “ in German and with ” in Polish and Romanian copy. » and « swap roles
# between French («…») and German (»…«) copy: `marks.py` decides per paragraph.
QUOTE_PAIRS: dict[str, str] = {
    "“": '”"',
    '"': '"”',
    "„": "“”",
    "«": "»",
    "»": "«",
    "「": "」",
    "『": "』",
    "‘": "’",
    "‚": "‘’",
    "''": "''",  # doubled apostrophes of old newspaper archives (NYT 1980-2000s)
}


# --- Noun phrases --------------------------------------------------------------------
PRONOUN_GENDER: dict[str, str] = {
    "he": "m",
    "she": "f",
    "it": "n",
    "they": "p",
    "i": "s",
    "we": "p",
    "who": "u",
    "er": "m",
    "sie": "u",
    "il": "m",
    "elle": "f",
    "él": "m",
    "ella": "f",
}

# A first-person speaker inside a quotation is the one quoted (`nested.py`).
FIRST_PERSON = _words("i we ich wir je nous yo nosotros")

# Words that start a noun phrase and are kept in the mention ("the spokesman").
DETERMINERS = _words("""
    the a an his her their its this these those our my some many most several
    one two three four five six seven eight nine ten other another both each every all
    no any
""")

# Words that can never be inside a speaker's noun phrase: a backward scan from the
# cue stops on them. Lower case; compared case-insensitively (sentence-initial "But").
NP_STOP = _words("""
    and but or nor yet so because although though while whereas if unless when where
    whether after before since until as than that which what whom whose how why
    however meanwhile instead still also then now later earlier thus therefore hence
    in on at by from with without into onto about against between among through
    according contrary following despite amid under like unlike for
    during over under above below near across toward towards upon within via per
    is are was were be been being has have had do does did will would shall should
    can could may might must not never to there here it's that's who's
    said says told tells added asked says
    perhaps maybe indeed apparently obviously clearly certainly surely finally
    everything something nothing anything everyone someone nobody everybody
""")

# Lower-case heads that make a determiner phrase a plausible speaker ("the
# spokesman", "a poll", "the Clinton campaign", "officials").
SPEAKER_NOUNS = _words("""
    spokesman spokeswoman spokesperson spokespeople official officials aide aides
    adviser advisers advisor advisors source sources analyst analysts expert experts
    campaign committee ministry department administration government agency office
    poll polls survey surveys report reports study studies statement letter memo
    police prosecutors prosecutor lawyer lawyers attorney attorneys candidate nominee
    president leader leaders senator governor mayor minister secretary chairman
    chairwoman chair director chief head executive ceo manager coach critics critic
    supporters supporter opponents opponent voters voter residents resident
    democrats republicans people witnesses witness authorities officer officers
    lawmakers lawmaker legislator congressman congresswoman representative diplomat
    diplomats economist economists scientists scientist researchers researcher
    group organization organisation company firm union council court judge justice
    board party network newspaper paper magazine website site ad ads video clip
    narrator host moderator questioner reporter reporters journalist journalists
    observers activists activist founder owner author authors writer residents
    students student teacher doctor doctors investigators investigator regulators
    allies ally rival rivals friend friends family relatives neighbor neighbors
    daughter son wife husband mother father brother sister man woman men women
    respondents pollster pollsters data figures numbers document documents filing
    book article analysis estimates memo transcript tweet tweets post message email
    emails release counterpart envoy ambassador commander general spokesmen
    coordinator superintendent commissioner members member staff staffer staffers
    team manager employees workers insiders observers proponents advocates
    biologist historian professor percent majority plurality half strategist
    commission ruling decision website survey newspaper
""")

# Words that are a speaker on their own, with no noun ("Several said", "Others say").
QUANTIFIERS = _words("""
    several many some others both most few
""")

# A noun phrase after one of these is its object, never a subject ("of Republican
# claims", "in the poll").
PREPOSITIONS = _words("""
    of in on at for from with by about into to over under
    through across along around near behind outside inside throughout beyond among
""")

# Inside a name or an organisation between capitalised words ("Secretary of State",
# "Bank of England", "Ursula von der Leyen", "Trump and Pence").
CONNECTORS = _words("""
    of for de der van von al bin la le del da di du & and
""")

# "Johnnie Wilson, of Springfield, Va., said": US state abbreviations of AP style.
STATE_ABBREVIATIONS = _words("""
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo
    mont neb nev okla ore pa tenn tex va vt wash wis wyo
""")


# --- Names and titles ----------------------------------------------------------------
# Heads that make a capitalised phrase an organisation rather than a person
# ("the White House", "the Pentagon", "the Clinton campaign").
ORG_HEADS = _words("""
    house pentagon kremlin campaign committee ministry department administration
    government agency office council court party union commission bureau
    service services institute foundation association network times post journal
    news press company corporation inc corp group bank fund board senate congress
    assembly parliament police army navy force forces department university college
    school center centre institution museum hospital church club team league
    coalition alliance organization organisation society network tribune herald
    strategies partners associates communications consulting media research holdings
    technologies systems solutions debates
""")

# Capitalised words that stand before a name in copy and are not part of it. The
# last one in a run of capitalised words ends the title ("Chinese Foreign Minister"
# + "Qin Gang").
TITLE_WORDS = _words("""
    president vice premier chancellor minister secretary senator sen rep
    representative congressman congresswoman governor gov mayor judge justice
    ambassador envoy general gen colonel col major maj captain capt lieutenant lt
    sergeant sgt admiral adm commander cmdr marshal officer detective inspector
    sheriff chief king queen prince princess pope cardinal archbishop bishop
    rabbi imam pastor reverend rev chairman chairwoman chair ceo director professor
    prof coach manager deputy acting former spokesman spokeswoman spokesperson
    leader candidate nominee attorney counsel speaker sir dame lord lady dr mr mrs
    ms miss mx gov. sen. rep. superintendent commissioner coordinator surgeon
    president-elect frontrunner businessman host anchor moderator founder administrator
    republican democrat democratic gop libertarian independent rival conservative liberal
""")

# Role nouns written in lower case before a name ("National Security Council
# spokesman John Kirby", "his Ukrainian counterpart Dmytro Kuleba").
ROLE_NOUNS = _words("""
    spokesman spokeswoman spokesperson coordinator official aide adviser advisor
    counterpart leader chief director secretary minister president chairman
    chairwoman candidate nominee strategist pollster analyst lawyer attorney
    senator governor mayor congressman congresswoman representative ambassador
    envoy commander general manager executive founder economist professor
    host anchor moderator correspondent reporter columnist author editor surrogate
    running mate rival opponent ally daughter son wife husband mother father
""")

# Lower-case words before a role noun that belong to the title ("former spokesman",
# "longtime aide").
MODIFIERS = _words("""
    former top senior chief deputy acting longtime then new
""")

# Name suffixes, skipped when people are indexed by last name ("Martin Luther King
# Jr." is "King").
SUFFIXES = _words("""
    jr jr. sr sr. ii iii iv
""")


# --- Sentences ------------------------------------------------------------------------
# Abbreviations after which a period does not end a sentence (lower case, no period).
ABBREVIATIONS = _words("""
    mr mrs ms dr prof st sen rep gov gen lt col sgt capt adm cmdr maj jr sr rev fr
    inc co corp ltd bros no vs etc jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.n u.k e.u d.c a.m p.m mt ft approx dept univ est
""")

# After these abbreviations a capitalised word is still the same sentence ("Mr. Kirby").
TITLE_ABBREVIATIONS = _words("""
    mr mrs ms dr prof st sen rep gov gen lt col sgt capt adm cmdr maj rev fr
""")


# --- Not speech -----------------------------------------------------------------------
# Words before a quotation that make it a title, a name or a term rather than
# speech: "the film “13th”", "nicknamed “King James”", "the so-called “sex tape”".
NAMING_WORDS = _words("""
    titled entitled called dubbed nicknamed named known so-called labeled labelled
    branded billed term word phrase slogan motto hashtag tagline
""")


# --- Transcripts ----------------------------------------------------------------------
# Upper-case labels that introduce a turn without being a person's name.
TRANSCRIPT_ROLE_LABELS: dict[str, str] = {
    "THE PRESIDENT": "President",
    "THE VICE PRESIDENT": "Vice President",
    "THE FIRST LADY": "First Lady",
    "THE PRESS SECRETARY": "Press Secretary",
    "MODERATOR": "Moderator",
    "INTERVIEWER": "Interviewer",
    "OPERATOR": "Operator",
}

# Labels for an unnamed questioner: the turn is a quote with no known speaker.
TRANSCRIPT_QUESTION_LABELS = frozenset({"Q", "QUESTION", "AUDIENCE MEMBER", "REPORTER"})

# Lines that end a transcript's last turn: time stamps and sign-offs.
TRANSCRIPT_END_LINES = _words("END ###")
