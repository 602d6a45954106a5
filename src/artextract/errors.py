"""artextract's own exceptions: raised for input that cannot be read as a page at all.

A page that is readable but holds no article is not an error: it gives a sparse `Article`.
"""


class ArtextractError(Exception):
    """Base class of every error artextract raises on purpose."""

    #: a short stable code for JSON error records
    code = "error"


class EmptyInputError(ArtextractError):
    """The input is empty or holds only white space."""

    code = "empty"


class BinaryInputError(ArtextractError):
    """The input is binary data (an image, an archive), not a page."""

    code = "binary"


class TooLargeError(ArtextractError):
    """The input (or what its gzip data unpacks to) is larger than any page: MAX_INPUT_BYTES."""

    code = "too_large"


class DecodeError(ArtextractError):
    """The input's bytes could not be decoded as text in any plausible encoding."""

    code = "decode"


class UnknownOptionError(ArtextractError, ValueError):
    """An option, rule or format name that artextract does not know."""

    code = "option"


class InternalError(ArtextractError):
    """A fault of artextract's own met on this input (a bug, please report it with the input); the
    original exception is its __cause__. `extract` raises nothing else that is not an ArtextractError,
    so a batch can catch ArtextractError alone and go on."""

    code = "internal"
