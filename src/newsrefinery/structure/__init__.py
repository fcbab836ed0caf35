"""Read the structure of a news story: dateline, agencies, byline, headline, dates.

News copy has conventions no extractor reads ("WASHINGTON (AP) —", "AFP/File",
"(Reporting by ...; Editing by ...)", "By JANE DOE, Associated Press",
" - Reuters" after a title, "Updated 5:03 PM EST"). This package turns them into
fields of the record; `structure_article` is the pipeline step.
"""

from __future__ import annotations

from .agencies import (
    SignOff,
    agencies_in_caption,
    agencies_in_closing,
    agencies_in_credit,
    canonical_agency,
    find_agencies,
    parse_signoff,
)
from .byline import is_byline, parse_byline
from .dateline import parse_dateline
from .dates import find_text_dates, parse_date
from .headline import pick_headline, strip_publisher_suffix
from .places import readable_place
from .step import structure_article

__all__ = [
    "SignOff",
    "agencies_in_caption",
    "agencies_in_closing",
    "agencies_in_credit",
    "canonical_agency",
    "find_agencies",
    "find_text_dates",
    "is_byline",
    "parse_byline",
    "parse_date",
    "parse_dateline",
    "parse_signoff",
    "pick_headline",
    "readable_place",
    "strip_publisher_suffix",
    "structure_article",
]
