"""Vocabularies of speech cues and the words around them, kept as data so they can be
reviewed and extended.

Data only, read by the modules that find a cue and lay out its frame: `cues.py` (the
lexicon), `frames.py` and `phrases.py` (the speaker beside a cue), `content.py` (what
was said) and `features.py` and `clause.py` (the model's view of a reported text);
split from `patterns.py` to keep each module small. Verb lists are lemmas; `cues.py`
inflects the regular ones (say -> says, saying; note -> noted) and `IRREGULAR_FORMS`
lists the rest. Words are lower case unless a comment says otherwise; matching code
decides about case.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """A word list written as running text, one space or line break between words."""
    return frozenset(text.split())


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

# Cue forms that are just as often plural nouns ("his tweets", "her claims").
NOUN_LIKE_FORMS = _words("""
    tweets claims calls posts reports notes remarks comments answers replies promises
    warnings charges questions demands vows pledges jokes quips boasts protests
    estimates thanks hopes fears wishes plans views findings shows states
    worries concerns doubts thoughts
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


# --- The speaker's side of a cue -----------------------------------------------------
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

# Forms of "be" that make an -ing cue progressive ("the White House is saying"),
# not a participle continuing the clause before it.
BE = _words("""
    is are was were 's ’s been
""")

# Contracted "is" and "are": "He’s claiming" is a verb, where "Trump’s claims" (a
# possessive) is a noun.
CONTRACTED_BE = _words("""
    he’s she’s he's she's they’re they're
""")

# Before a cue with no subject of its own, these join it to the clause before, whose
# subject it shares ("Kirby paused and added").
COORD = _words("""
    and but
""")

# Tokens before a frame that end the clause of the frame before it.
BOUNDARIES = _words("""
    , ; : — – ― ( and but while whereas
""")

# Time and place modifiers that may stand between a cue and the end of its frame
# ("..., Kirby said on Thursday in a statement.").
DAY_WORDS = _words("""
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    week month year morning afternoon evening night weekend
""")

# A date between a subject and its cue ("Kirby on March 3 said") is skipped like a
# day, and is never a speaker.
MONTHS = _words("""
    january february march april june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
""")

# Words that open such a date ("on Monday", "last week"), skipped with it.
TIME_LEAD = _words("""
    on last this earlier late early next
""")

# Time words after an opening phrase's noun: "Hours later, she ...", "Two days ago, ...".
TIME_AFTER = _words("""
    later earlier ago afterward afterwards
""")


# --- After the cue: modifiers and reported content -----------------------------------
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

# Punctuation and "that" between a cue and what was said ("said that ...", "said:
# ..."): skipped, never part of the content.
CONTENT_LEAD = _words("""
    , : that – — ― -
""")

# Hearers after an object verb ("told him that ...", "told reporters ..."), skipped
# before the content.
OBJECT_PRONOUNS = _words("""
    him her them us me you reporters supporters
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


# --- Model features of a reported text ----------------------------------------------
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
