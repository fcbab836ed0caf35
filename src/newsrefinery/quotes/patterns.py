"""Vocabularies of the quotes step, kept as data so they can be reviewed and extended.

Nothing here holds logic. Verb lists are lemmas; `cues.py` inflects the regular ones
(say -> says, saying; note -> noted) and `IRREGULAR_FORMS` lists the rest. Words are
lower case unless a comment says otherwise; matching code decides about case.
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
# Single marks are also apostrophes ("don’t", "Jones’"), so they only open a quotation
# where a double one cannot be meant: nested inside one, or in British copy.
SINGLE_MARKS = frozenset("‘’‚'")


# --- Speech cues ---------------------------------------------------------------------
# Verbs of saying: they introduce direct quotes and reported speech alike.
SPEECH_VERBS = _words("""
 say tell add ask reply respond answer explain note write tweet post insist argue
 claim declare warn caution urge recall acknowledge admit announce
 complain predict joke quip concede emphasize emphasise stress conclude observe
 remark testify assert contend counter shout yell scream exclaim promise
 vow pledge boast brag allege deny confirm reveal mention reiterate repeat
 lament agree suggest report muse wonder demand plead recount proclaim protest
 retort whisper mutter accuse criticize criticise blast slam describe
 characterize dismiss defend grumble sigh laugh cry chant inform assure reassure
 remind interject snap rail marvel gush concur disagree elaborate
 acknowledged opine speculate estimate surmise call label dub condemn
 praise hail liken exhort encourage endorse reject applaud welcome mock ridicule
 decry denounce lambaste blame
    continue charge state maintain bark beam fume scoff chuckle sniff bellow holler read
    interject tweet
""")

# Verbs of thinking and wanting: PolNeAR-style attribution of beliefs, reported
# speech only (nobody "thinks" a verbatim quote).
COGNITION_VERBS = _words("""
 think believe feel hope fear worry expect want suspect understand
 consider wish plan intend recognize recognise assume imagine realize realise
 decide worry
""")

# Verbs by which documents, polls and studies "say" something.
EVIDENCE_VERBS = _words("""
    show find indicate
""")

# Forms the inflection rules in `cues.py` would get wrong.
IRREGULAR_FORMS: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "think": ("think", "thinks", "thought", "thinking"),
    "feel": ("feel", "feels", "felt", "feeling"),
    "know": ("know", "knows", "knew", "known", "knowing"),
    "find": ("find", "finds", "found", "finding"),
    "show": ("show", "shows", "showed", "shown", "showing"),
    "read": ("read", "reads", "reading"),
    "begin": ("begin", "begins", "began", "begun", "beginning"),
    "understand": ("understand", "understands", "understood", "understanding"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "plan": ("plan", "plans", "planned", "planning"),
    "snap": ("snap", "snaps", "snapped", "snapping"),
    "cry": ("cry", "cries", "cried", "crying"),
    "rail": ("rail", "rails", "railed", "railing"),
    "acknowledged": ("acknowledged",),
}

# Forms that are far more often something else than a cue ("the said person", "a
# post", "a report", "a state", "the charge"): never cues on their own.
NOT_CUE_FORMS = _words("""
    post state report charge claim answer cry plan fear hope wish laugh sigh chant
    estimate read show find note reply promise pledge demand protest vow call
    feeling thinking knowing understanding reading showing finding planning
    beginning post posts
""")

# Cues that attribute quotations but whose reported speech without quotation marks
# is more often something else ("X wants to ...", "X called for a vote"): measured on
# the PolNeAR train split, each reports indirect speech right less than 70% of the
# time, so they yield no indirect quote.
INDIRECT_WEAK_LEMMAS = _words("""
    feel post respond want remind welcome testify expect intend understand remark
    mention plan consider demand criticize criticise protest applaud decide concede
    believe agree recognize recognise write call think estimate urge declare joke
    encourage
""")

# Verbs whose object comes between them and the reported content: "told reporters
# that ...", "urged Beijing to ...", "asked him whether ...".
OBJECT_VERBS = _words("""
    tell ask urge warn remind assure reassure inform advise caution thank accuse
    criticize criticise blast slam
""")

# Participles that continue the attribution of the clause before them with the same
# speaker: "..., saying it would simply help Russian aggression".
PARTICIPLE_CUES = _words("""
    saying adding noting arguing warning telling asking explaining insisting claiming
    stressing urging calling suggesting pointing acknowledging declaring writing
    cautioning predicting promising vowing citing describing referring shouting
    chanting yelling screaming interjecting tweeting asserting answering replying
    responding joking quipping complaining recalling announcing
""")

# Multi-word cues, matched as lower-case token sequences. "according to" takes its
# speaker after it; the others take the speaker before them like a verb.
PREPOSITIONAL_CUES: tuple[tuple[str, ...], ...] = (("according", "to"),)
PHRASAL_CUES: tuple[tuple[str, ...], ...] = (
    ("pointed", "out"),
    ("points", "out"),
    ("point", "out"),
    ("put", "it"),
    ("puts", "it"),
    ("went", "on", "to", "say"),
    ("goes", "on", "to", "say"),
    ("called", "for"),
    ("calls", "for"),
    ("called", "on"),
    ("calls", "on"),
    ("expressed", "hope"),
    ("expressed", "concern"),
    ("expressed", "confidence"),
    ("expressed", "its", "belief"),
    ("expressed", "his", "belief"),
    ("expressed", "her", "belief"),
    ("expressed", "their", "belief"),
    ("expressed", "the", "belief"),
    ("made", "clear"),
    ("made", "it", "clear"),
    ("is", "quoted", "as", "saying"),
    ("was", "quoted", "as", "saying"),
)

# Between a subject and its verb: "Kirby has also said", "Trump later told".
AUX_AND_ADVERBS = _words("""
    has have had also then later again repeatedly previously recently once often
    reportedly quickly simply further separately earlier initially publicly privately now
    finally never already still just since first subsequently frequently openly
    explicitly directly flatly bluntly angrily calmly firmly proudly simply
    would will could might may can did does do
""")

# Before a verb these make it passive or not an act of saying ("is said to",
# "was told", "to say", "cannot say").
PASSIVE_MARKERS = _words("""
    is are was were be been being to not n't never cannot can't won't wouldn't
    didn't doesn't don't declined refused
""")

# Words that may open the modifiers after a frame that reports what came before it
# ("..., Kirby said on Thursday", "... Sessions said as he launched the process").
TAIL_LEADS = _words("""
    on in at during after before to from with while when as for via through over
    last this earlier late later today yesterday tonight monday tuesday wednesday
    thursday friday saturday sunday reporters
""")

# Words that open a time or place modifier between a cue and a "that": "said Friday
# that", "told reporters on Tuesday that" (not "to", which opens content itself).
MODIFIER_LEADS = _words("""
    on in at during last this earlier late later today yesterday tonight monday
    tuesday wednesday thursday friday saturday sunday reporters
""")

# Time and place modifiers that may stand between a cue and the end of its frame
# ("..., Kirby said on Thursday in a statement.").
DAY_WORDS = _words("""
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    week month year morning afternoon evening night weekend
""")

# --- Other languages (basics) ---------------------------------------------------------
# Inflected forms written out, as these languages' verbs are not inflected here.
SPEECH_FORMS_DE = _words("""
    sagte sagt sagten sagen erklärte erklärt erklärten betonte betont meinte meint
    warnte warnt kritisierte kritisiert forderte fordert schrieb schreibt fragte fragt
    antwortete antwortet sprach spricht berichtete berichtet teilte mitteilte
    bestätigte bestätigt ergänzte ergänzt versicherte versichert räumte
""")
SPEECH_FORMS_FR = _words("""
    dit dit-il dit-elle déclaré déclare déclarait affirmé affirme affirmait expliqué
    explique expliquait ajouté ajoute ajoutait estimé estime estimait souligné souligne
    soulignait assuré assure assurait indiqué indique indiquait précisé précise
    confié confie annoncé annonce averti avertit lancé lance répondu répond
    raconte raconté insisté insiste
""")
SPEECH_FORMS_ES = _words("""
    dijo dice decía afirmó afirma declaró declara explicó explica aseguró asegura
    señaló señala añadió añade indicó indica manifestó manifiesta sostuvo sostiene
    advirtió advierte agregó agrega subrayó subraya comentó comenta respondió responde
    insistió insiste
""")
# Articles that open a speaker's phrase after the verb ("sagte der Kardinal").
FOREIGN_DETERMINERS = _words("der die das den dem des ein eine le la les un une el los las")
# Auxiliaries of the compound past ("», a déclaré Macron", "“, hat Merkel gesagt").
FOREIGN_AUX = _words("a ha hat hatte avait había")
# "so Merkel", "selon le ministre", "según el ministro": the speaker follows.
ACCORDING_FORMS = _words("so laut zufolge selon según")

# Function words that tell a quick guess the language of an article with no
# language set yet (the language step runs after quotes).
LANGUAGE_HINTS: dict[str, frozenset[str]] = {
    "de": _words("der die das und nicht ist mit sich auch auf für dem den"),
    "fr": _words("le la les et est une des du pour qui dans pas"),
    "es": _words("el los las y es una del para que por con se"),
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

# --- Sentences ------------------------------------------------------------------------
# Abbreviations after which a period does not end a sentence (lower case, no period).
ABBREVIATIONS = _words("""
    mr mrs ms dr prof st sen rep gov gen lt col sgt capt adm cmdr maj jr sr rev fr
    inc co corp ltd bros no vs etc jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.n u.k e.u d.c a.m p.m mt ft approx dept univ est
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


# --- Small word classes of the rules -------------------------------------------------

# Tokens before a frame that end the clause of the frame before it.
BOUNDARIES = _words("""
    , ; : — – ― ( and but while whereas
""")

# Used by content.py.
CONTENT_LEAD = _words("""
    , : that – — ― -
""")

# Used by content.py.
OBJECT_PRONOUNS = _words("""
    him her them us me you reporters supporters
""")

# Used by frames.py.
COORD = _words("""
    and but
""")

# Cue forms that are just as often plural nouns ("his tweets", "her claims").
NOUN_LIKE_FORMS = _words("""
    tweets claims calls posts reports notes remarks comments answers replies promises
    warnings charges questions demands vows pledges jokes quips boasts protests
    estimates thanks hopes fears wishes plans views findings shows states
    worries concerns doubts thoughts
""")

# Used by frames.py.
CONTRACTED_BE = _words("""
    he’s she’s he's she's they’re they're
""")

# Used by frames.py.
BE = _words("""
    is are was were 's ’s been
""")

# Used by phrases.py.
MONTHS = _words("""
    january february march april june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
""")

# Used by phrases.py.
TIME_LEAD = _words("""
    on last this earlier late early next
""")

# Used by phrases.py.
QUANTIFIERS = _words("""
    several many some others both most few
""")

# A noun phrase after one of these is its object, never a subject ("of Republican
# claims", "in the poll").
PREPOSITIONS = _words("""
    of in on at for from with by about into to over under
    through across along around near behind outside inside throughout beyond among
""")

# Time words after an opening phrase's noun: "Hours later, she ...", "Two days ago, ...".
TIME_AFTER = _words("""
    later earlier ago afterward afterwards
""")

# "Johnnie Wilson, of Springfield, Va., said": US state abbreviations of AP style.
STATE_ABBREVIATIONS = _words("""
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo
    mont neb nev okla ore pa tenn tex va vt wash wis wyo
""")

# Inside a name or an organisation between capitalised words ("Secretary of State",
# "Bank of England", "Ursula von der Leyen", "Trump and Pence").
CONNECTORS = _words("""
    of for de der van von al bin la le del da di du & and
""")

# Used by speakers.py.
SUFFIXES = _words("""
    jr jr. sr sr. ii iii iv
""")

# Used by speakers.py.
MODIFIERS = _words("""
    former top senior chief deputy acting longtime then new
""")

# After these abbreviations a capitalised word is still the same sentence ("Mr. Kirby").
TITLE_ABBREVIATIONS = _words("""
    mr mrs ms dr prof st sen rep gov gen lt col sgt capt adm cmdr maj rev fr
""")

# Used by features.py: the first word of a reported text, by class (a model feature).
LEAD_CLASSES: dict[str, frozenset[str]] = {
    "that": _words("that"),
    "to": _words("to"),
    "pron": _words("he she they it i we you there"),
    "det": _words("the a an this these those his her their its our some many all no"),
    "prep": _words("""
        in on at for from of with about as after before during by over into through
    """),
    "wh": _words("what why how whether who where when which if"),
    "conj": _words("and but or so because while although though"),
}

# Used by features.py: words that make a reported text a clause (auxiliaries, modals,
# forms of "be", "have" and "do"), as opposed to a verb's object ("posted messages").
CLAUSE_WORDS = _words("""
    is are was were be been being am has have had will would could should can may
    might must shall did does do not
""")

# Used by features.py: the word before a frame, by class ("what he called", "that
# she said" open a clause inside another; "and", "but" join one to it).
OPENER_CLASSES: dict[str, str] = {
    **dict.fromkeys(("and", "but", "or", "so", "yet"), "conj"),
    **dict.fromkeys(("that", "what", "which", "who", "whom", "whose"), "rel"),
    **dict.fromkeys(
        ("when", "as", "while", "after", "before", "if", "because", "since", "though"),
        "sub",
    ),
}

# Used by nested.py: a first-person speaker inside a quotation is the one quoted.
FIRST_PERSON = _words("i we ich wir je nous yo nosotros")
