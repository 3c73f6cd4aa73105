"""Bytes to text: UTF-8 (with or without BOM) first, then charset-normalizer, else refuse."""
from __future__ import annotations

import codecs
import logging
import unicodedata

import charset_normalizer

from kg.errors import InputError

log = logging.getLogger(__name__)

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_MAX_CONTROL_SHARE = 0.01  # text has almost no control characters besides newlines and tabs


def decode(data: bytes) -> str:
    """Decode a file's bytes; raise InputError for binary or undecodable content."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"))
    if b"\x00" in data[:65536]:
        raise InputError("binary file (contains NUL bytes); give a text, HTML or .jsonl file")
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    return _checked(_decode_legacy(data))


def _decode_legacy(data: bytes) -> str:
    """Decode non-UTF-8 bytes: a non-Latin code page when detected, else Windows-1252."""
    best = charset_normalizer.from_bytes(data).best()
    guessed = str(best) if best is not None else None
    # For short Western text charset-normalizer cannot tell cp1250 from cp1252 (or even
    # from a Cyrillic page: "café" -> "cafщ"); trust it only for a clean non-Latin script.
    if guessed is not None and not _latin_only(guessed) and not _mixed_script(guessed):
        log.debug("decoded as %s", best.encoding)
        return guessed
    try:
        return data.decode("cp1252")  # the web's default for unlabelled Western legacy text
    except UnicodeDecodeError:
        pass
    if guessed is not None:
        return guessed
    raise InputError("cannot decode the file as text (binary data, or not UTF-8 and no known encoding fits); save it as UTF-8")


def _checked(text: str) -> str:
    """The text, unless control characters show it is really binary data."""
    sample = text[:65536]
    controls = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    if sample and controls / len(sample) > _MAX_CONTROL_SHARE:
        raise InputError("binary file (control characters in the text); give a text, HTML or .jsonl file")
    return text


def _script(char: str) -> str:
    """The first word of a letter's Unicode name: LATIN, CYRILLIC, GREEK..."""
    return unicodedata.name(char, "UNKNOWN").split(" ")[0]


def _latin_only(text: str) -> bool:
    """True when every letter is Latin."""
    return all(_script(c) == "LATIN" for c in text if c.isalpha())


def _mixed_script(text: str) -> bool:
    """True when a word mixes Latin and other letters, the mark of a wrong code page."""
    for word in text.split():
        scripts = {_script(c) for c in word if c.isalpha()}
        if len(scripts) > 1 and "LATIN" in scripts:
            return True
    return False
