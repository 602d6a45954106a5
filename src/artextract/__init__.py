"""artextract: split an article page (HTML or copied text) into typed sections.

    >>> from artextract import extract
    >>> article = extract(open("page.html", "rb").read())
    >>> article.headline, article.body_text
"""

from .errors import (
    ArtextractError,
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    InternalError,
    TooLargeError,
    UnknownOptionError,
)
from .model import Article
from .options import Options
from .pipeline import extract

__all__ = [
    "ArtextractError",
    "Article",
    "BinaryInputError",
    "DecodeError",
    "EmptyInputError",
    "InternalError",
    "Options",
    "TooLargeError",
    "UnknownOptionError",
    "extract",
]
__version__ = "0.1.0"
