"""Bytes to text: pick the encoding of a file, or say why it is not text.

Tried in order: a byte-order mark (UTF-8, UTF-16 and UTF-32, little or big
endian), UTF-16 without a mark (recognised by its pattern of zero bytes),
strict UTF-8, then Windows-1252. Zero bytes in anything that is not UTF-16,
bytes that fit no encoding, or text full of control characters make a
"binary file". The encoding used is returned so it can be recorded per article.
Line ends (``\r\n``, ``\r``) become ``\n``, as when Python opens a file in text mode.
"""
from __future__ import annotations

import codecs
import gzip
import io
import zlib
from dataclasses import dataclass

EXPECTED = "expected text in UTF-8, UTF-16 with a byte-order mark, or Windows-1252"
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE = 8192
_MAX_CONTROL_SHARE = 0.05
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1a")  # \x1a: old DOS end-of-file mark


class DecodeError(ValueError):
    """Bytes that are not text (or not readable); ``reason`` is short and groupable, ``detail`` a sentence."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Decoded:
    """Text and the name of the encoding it was decoded with."""

    text: str
    encoding: str


def decode_bytes(data: bytes, *, name: str) -> Decoded:
    """Decode the bytes of the file called ``name`` (used in messages); raise :class:`DecodeError` if not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(_strict(data, encoding, name=name), name=name)
    bare_utf16 = _bare_utf16(data[:_SAMPLE])
    if bare_utf16:
        return _checked(_strict(data, bare_utf16, name=name), name=name)
    if b"\x00" in data:
        raise DecodeError("binary file", f"{name}: contains zero (NUL) bytes, so it is not a text file; {EXPECTED}")
    for encoding in ("utf-8", "cp1252"):
        try:
            return _checked(Decoded(data.decode(encoding), encoding), name=name)
        except UnicodeDecodeError:
            continue
    raise DecodeError("binary file", f"{name}: bytes that are neither UTF-8 nor Windows-1252; {EXPECTED}")


def gunzip(data: bytes, *, name: str, max_bytes: int) -> bytes:
    """Decompress gzip ``data``, refusing output over ``max_bytes``; raise :class:`DecodeError` when it cannot."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            out = stream.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as err:
        raise DecodeError("unreadable", f"{name}: not a valid gzip file ({err}); expected gzip-compressed text") from err
    if len(out) > max_bytes:
        raise DecodeError(
            "too large", f"{name}: decompresses to more than max_bytes={max_bytes:,} bytes; raise max_bytes= to load it"
        )
    return out


def _strict(data: bytes, encoding: str, *, name: str) -> Decoded:
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError as err:
        raise DecodeError(
            "binary file", f"{name}: invalid {encoding} at byte {err.start} (after its byte-order mark); {EXPECTED}"
        ) from err


def _bare_utf16(sample: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when zero bytes sit in every other position (mostly-ASCII UTF-16), else None."""
    half = len(sample) // 2
    if half < 2:
        return None
    even_zeros = sample[0 : 2 * half : 2].count(0) / half
    odd_zeros = sample[1 : 2 * half : 2].count(0) / half
    if odd_zeros > 0.3 and even_zeros < 0.02:
        return "utf-16-le"
    if even_zeros > 0.3 and odd_zeros < 0.02:
        return "utf-16-be"
    return None


def _checked(decoded: Decoded, *, name: str) -> Decoded:
    """Refuse text where control characters are common (a binary file that happened to decode)."""
    sample = decoded.text[:_SAMPLE]
    controls = sum(1 for ch in sample if ch < " " and ch not in _ALLOWED_CONTROLS)
    if sample and controls / len(sample) > _MAX_CONTROL_SHARE:
        raise DecodeError(
            "binary file", f"{name}: {controls} control characters in its first {len(sample)}; {EXPECTED}"
        )
    text = decoded.text[1:] if decoded.text.startswith("\ufeff") else decoded.text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Decoded(text, decoded.encoding)
