"""newsrefinery: raw scraped news in, clean structured records out.

    >>> import newsrefinery
    >>> article = newsrefinery.refine_text("Headline\\n\\nFirst paragraph of the story.")
    >>> article.headline, article.body
    ('Headline', ('First paragraph of the story.',))

Importing the package is cheap: extractors, the store and the runners are imported
when first used.
"""

from .api import open_store, refine_file, refine_html, refine_text
from .config import Config, load_config
from .errors import (
    ConfigError,
    DecodeError,
    ExtractError,
    InputError,
    NewsRefineryError,
    QueryError,
    ReadError,
    SchemaError,
    StoreError,
)
from .records import (
    SCHEMA_VERSION,
    Article,
    Caption,
    Cluster,
    Dateline,
    Entity,
    Mention,
    Quote,
    RawDoc,
    Rejection,
    Removed,
    Source,
)

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Caption",
    "Cluster",
    "Config",
    "ConfigError",
    "Dateline",
    "DecodeError",
    "Entity",
    "ExtractError",
    "InputError",
    "Mention",
    "NewsRefineryError",
    "QueryError",
    "Quote",
    "RawDoc",
    "ReadError",
    "Rejection",
    "Removed",
    "SchemaError",
    "Source",
    "StoreError",
    "__version__",
    "load_config",
    "open_store",
    "refine_file",
    "refine_html",
    "refine_text",
]
