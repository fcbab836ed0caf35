"""Vocabularies of the structure step, kept as data so they can be reviewed and extended.

Nothing here holds logic. Every list is grouped and says why it exists; the parsers
in the sibling modules read them once at import into frozen lookup tables. Names are
written as they appear in copy; matching code decides about case.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """A word list written as running text, one space or line break between words."""
    return frozenset(text.split())


# --- News agencies --------------------------------------------------------------------
# (canonical name, variants). The canonical name is what `Article.agencies` holds.
# Variants are matched case-sensitively as whole words, and their upper-case form is
# added automatically (wire copy shouts: "REUTERS/Kevin Lamarque"). Short acronyms
# that are also ordinary words in another case ("Ani", "Uni") are therefore safe.
AGENCIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    # The global wires.
    ("AP", ("AP", "Associated Press", "The Associated Press", "AP Photo")),
    ("Reuters", ("Reuters", "Thomson Reuters", "Reuters Health", "Reuters TV")),
    ("AFP", ("AFP", "Agence France-Presse", "Agence France Presse", "France-Presse")),
    ("UPI", ("UPI", "United Press International")),
    ("Bloomberg", ("Bloomberg", "Bloomberg News")),
    ("CNN", ("CNN", "CNN Wire", "CNNMoney")),
    # Europe.
    ("dpa", ("dpa", "DPA", "Deutsche Presse-Agentur")),
    ("EFE", ("EFE", "Agencia EFE", "EPA-EFE")),
    ("ANSA", ("ANSA",)),
    ("Europa Press", ("Europa Press",)),
    ("Lusa", ("Lusa",)),
    ("ANP", ("ANP",)),
    ("Belga", ("Belga",)),
    ("APA", ("APA", "Austria Presse Agentur")),
    ("PA Media", ("PA Media", "Press Association", "PA Wire")),
    ("ČTK", ("ČTK", "CTK")),
    ("PAP", ("PAP", "Polish Press Agency")),
    ("MTI", ("MTI",)),
    ("Ritzau", ("Ritzau",)),
    ("NTB", ("NTB",)),
    ("Interfax", ("Interfax",)),
    ("TASS", ("TASS", "Tass", "ITAR-TASS")),
    ("RIA Novosti", ("RIA Novosti",)),
    ("Sputnik", ("Sputnik",)),
    ("Ukrinform", ("Ukrinform",)),
    ("UNIAN", ("UNIAN",)),
    # Asia and the Pacific.
    ("Xinhua", ("Xinhua", "Xinhua News Agency")),
    ("Kyodo", ("Kyodo", "Kyodo News")),
    ("Jiji", ("Jiji", "Jiji Press")),
    ("Yonhap", ("Yonhap", "Yonhap News Agency")),
    ("KCNA", ("KCNA", "Korean Central News Agency")),
    ("CNA", ("Central News Agency",)),
    ("PTI", ("PTI", "Press Trust of India")),
    ("ANI", ("ANI", "Asian News International")),
    ("IANS", ("IANS", "Indo-Asian News Service")),
    ("UNI", ("UNI", "United News of India")),
    ("APP", ("APP", "Associated Press of Pakistan")),
    ("BSS", ("BSS", "Bangladesh Sangbad Sangstha")),
    ("Bernama", ("Bernama",)),
    ("Antara", ("Antara",)),
    ("PNA", ("Philippine News Agency",)),
    ("VNA", ("VNA", "Vietnam News Agency")),
    ("AAP", ("AAP", "Australian Associated Press")),
    # The Middle East and Africa.
    ("Anadolu", ("Anadolu", "Anadolu Agency", "Anadolu Ajansi")),
    ("IRNA", ("IRNA",)),
    ("WAM", ("WAM",)),
    ("KUNA", ("KUNA",)),
    ("QNA", ("QNA",)),
    ("MENA", ("MENA",)),
    ("WAFA", ("WAFA",)),
    ("SANA", ("SANA",)),
    ("NAN", ("News Agency of Nigeria",)),
    ("APS", ("Algeria Press Service",)),
    # The Americas.
    ("CP", ("The Canadian Press", "Canadian Press")),
    ("Notimex", ("Notimex",)),
    ("Prensa Latina", ("Prensa Latina",)),
    ("Agência Brasil", ("Agência Brasil", "Agencia Brasil")),
    # Press-release wires: they appear in datelines as "/PRNewswire/".
    ("PR Newswire", ("PR Newswire", "PRNewswire", "PRNewswire-USNewswire")),
    ("Business Wire", ("Business Wire", "BUSINESS WIRE", "BusinessWire")),
    ("GlobeNewswire", ("GlobeNewswire", "GLOBE NEWSWIRE")),
)

# Words around an agency name in a photo credit that are not part of it
# ("AP Photo/Evan Vucci", "Photo by Saul Loeb/AFP via Getty Images", "AFP/File").
CREDIT_DECOR_WORDS = _words(
    "photo photos photograph picture pictures image images credit courtesy of file pool "
    "handout video foto by staff"
)

# --- Datelines --------------------------------------------------------------------------
# Separators that end a dateline. Hyphen-minus is included: DOJ and WaPo text dumps
# use it ("WASHINGTON - ..."); ambiguity with hyphenated words is handled by the
# tokenizer, which only splits a hyphen that is not between two letters.
DATELINE_DASHES = frozenset({"-", "--", "—", "–", "―", "‒", "−", "——"})

# Month and weekday words as they appear in datelines ("Nov. 19", "Sept 26").
MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "febr": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10,
    "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
WEEKDAYS = _words(
    "mon monday tue tues tuesday wed weds wednesday thu thur thurs thursday fri friday "
    "sat saturday sun sunday"
)

# Upper-case words that open a paragraph but are labels, not places. A first line
# such as "UPDATE: 5/12 —" or "EDITOR'S NOTE — ..." has dateline shape.
_LABEL_TEXT = """
ABSTRACT | ADVISORY | ALERT | ANALYSIS | BREAKING | BREAKING NEWS | COMMENTARY | CORRECTION
CORRECTIONS | CORRECTED | EDITORIAL | EDITOR'S NOTE | EDITORS NOTE | EXCLUSIVE | FACT CHECK
FACEBOOK | FILE | FILE PHOTO | FLASH | HIGHLIGHTS | LATEST | LETTERS | LIVE | NEWS | NOTE
OPINION | PHOTOS | PHOTO | REVIEW | SPOILER ALERT | SUMMARY | TOP STORIES | UPDATE | UPDATED
URGENT | VIDEO | WARNING | WATCH | Q | A | THE LATEST | READ MORE | RELATED | ADVERTISEMENT
"""
NON_PLACE_LABELS = frozenset(x.strip() for x in _LABEL_TEXT.replace("\n", "|").split("|") if x)

# Organisations and common acronyms written in capitals at the start of a sentence:
# "NATO said", "GOP frontrunner", "CNN President Jeff Zucker" are not datelines.
NON_PLACE_ACRONYMS = _words(
    """
    ABC ACLU AIDS AP BBC CBS CDC CEO CIA CNN COVID DHS DNC DOJ EPA EU FBI FDA FIFA FOX
    GOP HIV IMF IRS ISIL ISIS LGBT MLB MSNBC NAACP NASA NATO NBA NBC NCAA NFL NHL NPR
    NRA NSA NYPD OPEC PBS RNC SEC TV UEFA UK UN US USA U.K. U.N. U.S. U.S.A. WHO
    """
)

# Words that cannot be part of a place name; a capitalised run that contains one is
# a shouted sentence ("IOWA POLLS NOT NECESSARILY WRONG") or a speaker label.
NON_PLACE_WORDS = _words(
    """
    ARE AS AT BE BUT BY CAN DID DO FOR FROM HAD HAS HAVE HE HER HIS HOW I IF IS IT ITS
    JUST MY NO NOT OR OUR SHE THAT THEIR THESE THEY THIS TO TOO VERY WAS WE WERE WHAT
    WHEN WHERE WHO WHY WILL WITH WOULD YES YOU YOUR PRESIDENT SEN. REP. GOV. SECRETARY
    SEC. MR. MRS. MS. DR. GEN.
    """
)

# Abbreviations that may open or sit inside a place name ("ST. LOUIS", "FT. WORTH").
PLACE_ABBREVIATIONS = frozenset({"ST.", "STE.", "FT.", "MT.", "PT.", "PORT.", "S.", "N."})

# Lower-case particles inside place names ("Rio de Janeiro", "Port-au-Prince").
PLACE_PARTICLES = _words(
    "al am an and au aux d' da das de del della der des di do dos du e el en es la las "
    "le les los of on sur the upon y"
)

# Abbreviated regions whose final period belongs to them ("Calif.", "N.H."); a period
# after a full name ("ALMERIA, Spain. -") is punctuation and is dropped from the place.
REGION_ABBREVIATIONS = _words(
    """
    Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md.
    Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nebr. Nev. Okla. Ore. Pa. Penn. Tenn. Tex.
    Va. Vt. Wash. Wis. Wisc. Wyo. Ont. Que. Alta. Sask. Man. Qld. Vic. Tas.
    """
)

# Region abbreviations kept in capitals when a dateline is recased ("WASHINGTON, DC").
REGION_ACRONYMS = frozenset({"DC", "UK", "US", "USA", "UAE", "DRC", "PRC", "NSW", "ACT"})

# Words that, after a city name without a separator, make the city part of a name:
# "WASHINGTON State University", "NEW YORK Times". Then there is no dateline.
PLACE_CONTINUATIONS = _words(
    """
    Airport Avenue Bay Beach Bridge Center Centre City College Council County District
    Heights Herald Journal Mayor Metro Monument Park Police Post Redskins Square State
    Street Times Tribune University Wizards Nationals Capitals Zoo Harbor Harbour
    """
)

# Cities (and a few landmarks) that wire services put alone on a dateline. Used when
# the shape alone is not proof: a colon separator ("WASHINGTON:", like "TRUMP:" in a
# transcript), no separator at all ("WASHINGTON Most Americans ..." where a scraper
# dropped "(Reuters) -"), or a title-case place ("Washington — ...").
DATELINE_CITIES_TEXT = """
# AP stand-alone US datelines, and the US cities most seen in political copy
ATLANTA, BALTIMORE, BOSTON, CHICAGO, CINCINNATI, CLEVELAND, DALLAS, DENVER, DETROIT,
HONOLULU, HOUSTON, INDIANAPOLIS, LAS VEGAS, LOS ANGELES, MIAMI, MILWAUKEE, MINNEAPOLIS,
NEW ORLEANS, NEW YORK, OKLAHOMA CITY, PHILADELPHIA, PHOENIX, PITTSBURGH, ST. LOUIS,
SALT LAKE CITY, SAN ANTONIO, SAN DIEGO, SAN FRANCISCO, SEATTLE, WASHINGTON, DES MOINES,
TALLAHASSEE, SACRAMENTO, ALBANY, AUSTIN, NASHVILLE, CHARLOTTE, CHARLESTON, COLUMBUS,
COLUMBIA, RICHMOND, ORLANDO, TAMPA, JACKSONVILLE, PORTLAND, MANCHESTER, CONCORD,
HARRISBURG, TRENTON, NEWARK, ANNAPOLIS, MADISON, LANSING, SPRINGFIELD, HARTFORD,
PROVIDENCE, MONTGOMERY, BIRMINGHAM, MEMPHIS, LOUISVILLE, LEXINGTON, RALEIGH, BOISE,
ANCHORAGE, ALBUQUERQUE, SANTA FE, TUCSON, EL PASO, FORT WORTH, KANSAS CITY, OMAHA,
ST. PAUL, BUFFALO, ROCHESTER, SYRACUSE, BROOKLYN, NEW HAVEN, BATON ROUGE, LITTLE ROCK,
JACKSON, TOPEKA, CHEYENNE, HELENA, BISMARCK, PIERRE, LINCOLN, CARSON CITY, RENO, SALEM,
OLYMPIA, JUNEAU, DOVER, AUGUSTA, MONTPELIER, FRANKFORT, ST. PETERSBURG, PALM BEACH
# US institutions used as datelines
WHITE HOUSE, CAPITOL HILL, PENTAGON, THE PENTAGON, UNITED NATIONS, CAPE CANAVERAL
# Canada, Latin America, the Caribbean
OTTAWA, TORONTO, MONTREAL, VANCOUVER, CALGARY, EDMONTON, QUEBEC CITY, WINNIPEG, HALIFAX,
MEXICO CITY, GUADALAJARA, MONTERREY, TIJUANA, HAVANA, GUATEMALA CITY, SAN SALVADOR,
TEGUCIGALPA, MANAGUA, SAN JOSE, PANAMA CITY, BOGOTA, BOGOTÁ, CARACAS, QUITO, LIMA,
LA PAZ, SANTIAGO, BUENOS AIRES, MONTEVIDEO, ASUNCION, ASUNCIÓN, BRASILIA, BRASÍLIA,
SAO PAULO, SÃO PAULO, RIO DE JANEIRO, SANTO DOMINGO, PORT-AU-PRINCE, KINGSTON, SAN JUAN,
NASSAU, BRIDGETOWN, PORT OF SPAIN, GEORGETOWN, PARAMARIBO
# Europe
LONDON, PARIS, BERLIN, MADRID, ROME, LISBON, DUBLIN, BRUSSELS, AMSTERDAM, THE HAGUE,
LUXEMBOURG, GENEVA, ZURICH, BERN, BERNE, VIENNA, PRAGUE, BRATISLAVA, BUDAPEST, WARSAW,
KRAKOW, VILNIUS, RIGA, TALLINN, HELSINKI, STOCKHOLM, OSLO, COPENHAGEN, REYKJAVIK, ATHENS,
SOFIA, BUCHAREST, BELGRADE, ZAGREB, LJUBLJANA, SARAJEVO, SKOPJE, TIRANA, PODGORICA,
PRISTINA, CHISINAU, KYIV, KIEV, MINSK, MOSCOW, MILAN, NAPLES, FLORENCE, VENICE, TURIN,
BARCELONA, VALENCIA, SEVILLE, MARSEILLE, LYON, NICE, STRASBOURG, BORDEAUX, TOULOUSE,
FRANKFURT, MUNICH, HAMBURG, COLOGNE, BONN, EDINBURGH, GLASGOW, BELFAST, CARDIFF,
LIVERPOOL, OXFORD, CAMBRIDGE, MONACO, VATICAN CITY, SAN MARINO, VALLETTA, NICOSIA,
ANKARA, ISTANBUL, DAVOS, LVIV, KHARKIV, ODESA, ODESSA, DONETSK, MARIUPOL, SEVASTOPOL,
TBILISI, YEREVAN, BAKU
# The Middle East and North Africa
JERUSALEM, TEL AVIV, GAZA, GAZA CITY, RAMALLAH, BEIRUT, DAMASCUS, ALEPPO, AMMAN, BAGHDAD,
BASRA, MOSUL, ERBIL, TEHRAN, RIYADH, JEDDAH, MECCA, DOHA, DUBAI, ABU DHABI, MANAMA,
MUSCAT, KUWAIT CITY, SANAA, ADEN, CAIRO, ALEXANDRIA, TRIPOLI, BENGHAZI, TUNIS, ALGIERS,
RABAT, CASABLANCA, KHARTOUM
# Sub-Saharan Africa
NAIROBI, MOGADISHU, ADDIS ABABA, KAMPALA, KIGALI, DAR ES SALAAM, DODOMA, LUSAKA, HARARE,
JOHANNESBURG, PRETORIA, CAPE TOWN, DURBAN, LAGOS, ABUJA, ACCRA, DAKAR, ABIDJAN, BAMAKO,
NIAMEY, KINSHASA, BRAZZAVILLE, LUANDA, MAPUTO, WINDHOEK, GABORONE, JUBA, ASMARA,
DJIBOUTI, YAOUNDE
# South and Central Asia
NEW DELHI, DELHI, MUMBAI, KOLKATA, CHENNAI, BENGALURU, BANGALORE, HYDERABAD, AHMEDABAD,
PUNE, LUCKNOW, JAIPUR, PATNA, BHOPAL, CHANDIGARH, SRINAGAR, JAMMU, GUWAHATI,
THIRUVANANTHAPURAM, ISLAMABAD, KARACHI, LAHORE, PESHAWAR, QUETTA, RAWALPINDI, KABUL,
KANDAHAR, DHAKA, COLOMBO, KATHMANDU, THIMPHU, TASHKENT, ALMATY, ASTANA, BISHKEK,
DUSHANBE, ASHGABAT
# East and Southeast Asia, Oceania
BEIJING, SHANGHAI, HONG KONG, MACAU, MACAO, TAIPEI, TOKYO, OSAKA, SEOUL, PYONGYANG,
ULAANBAATAR, GUANGZHOU, SHENZHEN, WUHAN, MANILA, HANOI, HO CHI MINH CITY, BANGKOK,
PHNOM PENH, VIENTIANE, YANGON, RANGOON, NAYPYITAW, NAYPYIDAW, KUALA LUMPUR, SINGAPORE,
JAKARTA, DILI, BANDAR SERI BEGAWAN, SYDNEY, MELBOURNE, CANBERRA, BRISBANE, PERTH,
ADELAIDE, WELLINGTON, AUCKLAND, SUVA, PORT MORESBY
"""

# --- Bylines ------------------------------------------------------------------------------
# Words that open a byline line; longest first so "Posted by" wins over "by".
BYLINE_PREFIXES = (
    "Written by", "Posted by", "Story by", "Words by", "Reported by", "Compiled by",
    "By:", "By", "BY", "by", "Par", "Por", "Von", "Door",
)  # fmt: skip

# Job titles and staff words that follow a name in a byline and are dropped
# ("JANE DOE, Associated Press Writer", "Jane Doe, Staff Writer").
BYLINE_TITLE_WORDS = _words(
    """
    analyst anchor assistant associate bureau business chief columnist contributing
    contributor correspondent correspondents critic deputy desk digital economics editor
    editors foreign freelance global health international investigative managing
    national our political producer reporter reporters science senior service special
    sports staff tech technology writer writers the for of and
    """
)

# Words after which the rest of a byline line is date, contact or sharing chrome.
BYLINE_STOP_WORDS = _words(
    "Updated Published Posted Last Follow Email E-mail Twitter Facebook Share Contact "
    "Reporter's Read More"
)

# Academic and professional letters after a name ("Brenda Goodman, MA").
BYLINE_CREDENTIALS = frozenset({"MA", "MD", "PhD", "Ph.D.", "MPH", "RN", "MS", "DO", "Esq."})

# Words that mark a byline segment as an organisation rather than a person.
ORGANISATION_WORDS = _words(
    """
    Agency Associated Chronicle Daily Gazette Guardian Herald Inquirer Journal Magazine
    Media Network News Newswire Online Post Press Radio Service Star Telegraph Times
    Today TODAY Tribune TV Wire BuzzFeed LifeBuzz Newsroom Staff Desk
    """
)

# Generational suffixes that end a name and keep their period ("Martin Luther King Jr.").
NAME_SUFFIXES = frozenset({"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"})

# Lower-case particles of personal names ("Mark Di Stefano" keeps its own case; these
# apply when a name arrives in capitals: "LUDWIG VAN BEETHOVEN").
NAME_PARTICLES = _words("al bin bint da de del della der di du ibn la le van von")

# --- Wire sign-offs and closing credits ------------------------------------------------
# Roles in "(Reporting by ...; Writing by ...; Editing by ...)". Keys are lower-case.
SIGNOFF_ROLES: dict[str, str] = {
    "reporting": "reporter", "additional reporting": "reporter", "writing": "writer",
    "editing": "editor", "compiled": "reporter", "graphics": "editor", "research": "reporter",
}  # fmt: skip

# Labels before a closing credit line ("Source: Xinhua", Czech "Zdroj: ČTK", USA
# TODAY's "Contributing: Jane Doe, USA TODAY; the Associated Press").
SOURCE_LABELS = (
    "Source", "Sources", "Zdroj", "Quelle", "Fuente", "Fonte", "Źródło", "Contributing",
    "Contributors",
)  # fmt: skip

# Credited names that are desks, not people ("Reporting by Washington newsroom").
SIGNOFF_DESK_WORDS = frozenset({"newsroom", "bureau", "desk", "staff", "team", "bureaux"})

# --- Headlines -------------------------------------------------------------------------------
# Publisher names that text dumps append to the headline ("... – Los Angeles Times").
PUBLISHER_SUFFIXES = (
    "ABC News", "AFP", "Al Jazeera", "AP", "AP News", "Associated Press", "BBC",
    "BBC News", "Bloomberg", "Breitbart", "Business Insider", "BuzzFeed News", "CBS News",
    "CNBC", "CNN", "CNN Politics", "Daily Mail Online", "Deutsche Welle", "DW",
    "Financial Times", "Forbes", "Fox News", "HuffPost", "Los Angeles Times", "MSNBC",
    "NBC News", "New York Daily News", "New York Post", "New York Times", "NPR",
    "People Magazine", "POLITICO", "Politico", "Reuters", "SB Nation", "Sky News",
    "The Atlantic", "The Economist", "The Guardian", "The Hill", "The Independent",
    "The New York Times", "The Telegraph", "The Washington Post", "TIME", "Time",
    "USA TODAY", "USA Today", "Voice of America", "VOA", "Vox", "Wall Street Journal",
    "Washington Post", "WIRED", "Wired", "Yahoo News", "Axios", "The Times of India",
)  # fmt: skip

# Words that make an unknown suffix look like a publisher name ("– Springfield News-Leader").
PUBLISHER_WORDS = _words(
    """
    Chronicle Daily Gazette Guardian Herald Independent Inquirer Journal Magazine Media
    Local News News-Leader Newspaper Observer Online Post Press Radio Register Star Sun
    Telegraph Times Today TODAY Tribune TV Wire Weekly
    """
)

# Separators between a headline and its publisher suffix. Spaces are required so
# that "Game|Life" or "ROUND-UP" stay whole.
HEADLINE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " • ")

# --- Dates in text ---------------------------------------------------------------------
# Keywords before a publication or update date, mapped to the field they fill.
DATE_KEYWORDS: dict[str, str] = {
    "published": "published", "first published": "published", "posted": "published",
    "posted on": "published", "created": "published", "date": "published",
    "updated": "modified", "last updated": "modified", "modified": "modified",
    "last modified": "modified", "updated on": "modified", "published on": "published",
}  # fmt: skip

# Time-zone abbreviations with fixed UTC offsets, in minutes. "ET", "CT", "MT", "PT"
# depend on US daylight saving and are resolved from the date in `dates.py`.
TIMEZONES: dict[str, int] = {
    "UTC": 0, "GMT": 0, "Z": 0, "BST": 60, "IST": 330, "CET": 60, "CEST": 120,
    "EET": 120, "EEST": 180, "MSK": 180, "JST": 540, "KST": 540, "HKT": 480,
    "SGT": 480, "AEST": 600, "AEDT": 660, "ACST": 570, "AWST": 480, "NZST": 720,
    "NZDT": 780, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420,
    "MDT": -360, "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600,
}  # fmt: skip
US_ZONES: dict[str, int] = {"ET": -300, "CT": -360, "MT": -420, "PT": -480}

# Small words allowed inside a date expression ("March 2, 2023 at 11:00 AM").
DATE_CONNECTORS = frozenset({"at", "on", "the", "of"})

# Units of relative dates ("2 hours ago"), as `datetime.timedelta` keywords.
RELATIVE_UNITS: dict[str, str] = {
    "sec": "seconds", "second": "seconds", "min": "minutes", "minute": "minutes",
    "hr": "hours", "hour": "hours", "day": "days", "week": "weeks",
}  # fmt: skip
