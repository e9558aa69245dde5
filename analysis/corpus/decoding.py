"""Bytes to text: pick the encoding of a file, or say why it is not text.

Tried in order: a byte-order mark (UTF-8, UTF-16 and UTF-32, little or big
endian), UTF-16 without a mark (recognised by its pattern of zero bytes),
strict UTF-8, then Windows-1252. A file that is UTF-8 but for a few invalid
bytes (it has more valid multi-byte characters than invalid bytes, or it is
not Windows-1252 and at most 1% of it is invalid) is read as UTF-8 with those
bytes replaced by U+FFFD, and its encoding says how many
(``utf-8, 2 invalid bytes replaced``), rather than turned whole into
Windows-1252 mojibake. Zero bytes in anything that is not UTF-16, bytes that
fit no encoding, or text full of control characters make a "binary file".
The encoding used is returned so it can be recorded per article.

:func:`gunzip` keeps what decompresses before a cut or damaged stream and
says where it stopped (:class:`Gunzipped`), so the records before the damage
still load.
Line ends (``\r\n``, ``\r``) become ``\n``, as when Python opens a file in text mode.
"""
from __future__ import annotations

import codecs
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
_MAX_INVALID_SHARE = 0.01  # of a file's bytes, for UTF-8 with replacement when Windows-1252 cannot decode it
_GZIP_WBITS = 16 + zlib.MAX_WBITS


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
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"), name=name)
    except UnicodeDecodeError:
        pass
    replaced = _mostly_utf8(data)
    if replaced is not None:
        return _checked(replaced, name=name)
    try:
        return _checked(Decoded(data.decode("cp1252"), "cp1252"), name=name)
    except UnicodeDecodeError:
        pass
    replaced = _mostly_utf8(data, share=_MAX_INVALID_SHARE)
    if replaced is not None:
        return _checked(replaced, name=name)
    raise DecodeError("binary file", f"{name}: bytes that are neither UTF-8 nor Windows-1252; {EXPECTED}")


def _mostly_utf8(data: bytes, *, share: float | None = None) -> Decoded | None:
    """UTF-8 with invalid bytes replaced by U+FFFD, when they are few; None otherwise.

    Without ``share``: when the valid multi-byte characters outnumber the
    invalid sequences (a UTF-8 story with a few damaged bytes; Windows-1252
    text has almost no valid multi-byte sequences). With ``share``: when the
    invalid sequences are at most that share of the bytes.
    """
    text = data.decode("utf-8", "replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    if invalid <= 0:
        return None
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - invalid
    enough = invalid <= share * len(data) if share is not None else multibyte > invalid
    if not enough:
        return None
    noun = "byte" if invalid == 1 else "bytes"
    return Decoded(text, f"utf-8, {invalid} invalid {noun} replaced")


@dataclass(frozen=True)
class Gunzipped:
    """Decompressed bytes; ``damage`` says why decompression stopped early (None when the stream was whole)."""

    data: bytes
    damage: str | None = None


def gunzip(data: bytes, *, name: str, max_bytes: int) -> Gunzipped:
    """Decompress gzip ``data`` (all members), refusing output over ``max_bytes``.

    A stream cut off or damaged part way keeps what decompressed before the
    damage and names it in ``damage``; DecodeError when nothing decompresses.
    """
    out = bytearray()
    rest = data
    damage = None
    while rest:
        stream = zlib.decompressobj(_GZIP_WBITS)
        try:
            out += stream.decompress(rest, max_bytes + 1 - len(out))
        except zlib.error as err:
            damage = f"damaged gzip data ({err})"
            break
        if len(out) > max_bytes or stream.unconsumed_tail:
            raise DecodeError(
                "too large", f"{name}: decompresses to more than max_bytes={max_bytes:,} bytes; raise max_bytes= to load it"
            )
        if not stream.eof:
            damage = "the gzip stream is cut off before its end"
            break
        rest = stream.unused_data.lstrip(b"\x00")  # padding after the last member
    if damage is not None and not out:
        raise DecodeError("unreadable", f"{name}: not a valid gzip file ({damage}); expected gzip-compressed text")
    return Gunzipped(bytes(out), damage)


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
