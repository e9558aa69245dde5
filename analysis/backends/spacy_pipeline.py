"""Loading a spaCy pipeline the user installed, once per process, and parsing each article once.

spaCy is an optional extra (``pip install '.[spacy]'``) and nothing is ever
downloaded at run time: :func:`load_pipeline` loads an installed pipeline
package (``en_core_web_sm``) or a pipeline folder saved with
``nlp.to_disk`` and fails with an :class:`~analysis.errors.OptionError`
saying how to install what is missing. The loaded pipeline is kept per
process (``functools.lru_cache``), so a pool or a Dask worker loads it once,
not once per article.

:class:`SpacyParse` is a document view (:meth:`analysis.text.document.Document.view`):
the spaCy parse of the article as the mention finder and the quote extractor
read it (datelines and credit lines blanked, same offsets), computed once and
shared by the actors and quotes steps. A huge article is parsed in chunks of
whole sentences of at most :data:`CHUNK_CHARS` characters (spaCy refuses texts
over ``nlp.max_length`` and its memory grows with the text), so the cost stays
linear in the article's length.

:func:`model_fingerprint` is what the per-article cache keys on for a model:
the content of its files, so a changed or upgraded pipeline never reuses
results computed with the old one.
"""
from __future__ import annotations

import hashlib
import importlib.util
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping, Sequence

from analysis.errors import OptionError
from analysis.paths import resolve
from analysis.text.document import Document

if TYPE_CHECKING:  # spaCy is optional: imported only when the backend is used
    from spacy.language import Language
    from spacy.tokens import Doc

MENTIONS_BACKENDS = ("rule", "spacy")
DEFAULT_MODEL = "en_core_web_sm"
SPACY_PIN = "spacy==3.8.18"  # the version of pyproject's ``spacy`` extra
INSTALL_SPACY = f"pip install '.[spacy]' (or pip install {SPACY_PIN})"


def mentions_backend(options: Mapping[str, Any]) -> str:
    """The ``mentions_backend`` option, checked: ``"rule"`` (the default) or ``"spacy"``."""
    backend = options.get("mentions_backend", "rule")
    if backend not in MENTIONS_BACKENDS:
        raise OptionError(f"mentions_backend={backend!r}: expected one of {list(MENTIONS_BACKENDS)}")
    return str(backend)


def spacy_model(options: Mapping[str, Any]) -> str | None:
    """The spaCy pipeline to use (``spacy_model``), or None when the rule backend is in force."""
    if mentions_backend(options) != "spacy":
        return None
    model = options.get("spacy_model") or DEFAULT_MODEL
    if not isinstance(model, (str, Path)):
        raise OptionError(f"spacy_model={model!r}: expected the name of an installed spaCy pipeline or a folder path")
    return str(model)


def model_location(model: str) -> str:
    """A folder path resolved like every user path (:func:`analysis.paths.resolve`); a package name as it is."""
    folder = resolve(model)
    looks_like_path = any(separator in model for separator in ("/", "\\")) or model.startswith((".", "~"))
    return str(folder) if folder.is_dir() or looks_like_path else model


@lru_cache(maxsize=4)
def load_pipeline(model: str) -> "Language":
    """The spaCy pipeline ``model`` (package name or folder), loaded once per process; never downloaded.

    Raises :class:`~analysis.errors.OptionError` when spaCy is not installed,
    when no pipeline of that name or path is installed, or when the pipeline
    has no component that finds named entities.
    """
    try:
        import spacy
    except ModuleNotFoundError as error:
        raise OptionError(
            f"mentions_backend='spacy' needs spaCy, which is not installed: {INSTALL_SPACY}, then a pipeline "
            f"(python -m spacy download {DEFAULT_MODEL}, or pip install a pipeline wheel you have)"
        ) from error
    location = model_location(model)
    try:
        nlp = spacy.load(location)
    except OSError as error:
        raise OptionError(
            f"spacy_model={model!r}: no installed spaCy pipeline package or pipeline folder of that name "
            f"(nothing is downloaded at run time). Install one first: python -m spacy download {DEFAULT_MODEL} "
            f"(or pip install the pipeline's wheel), or pass spacy_model=<folder saved with nlp.to_disk>"
        ) from error
    if not _assigns(nlp, "doc.ents"):
        raise OptionError(f"spacy_model={model!r} has no named-entity component (pipeline: {nlp.pipe_names}); "
                          "the spaCy backend takes names from a 'ner' or 'entity_ruler' component")
    return nlp


def has_parser(nlp: "Language") -> bool:
    """Whether a component of ``nlp`` assigns dependency heads (a ``parser``), which speakers need."""
    return _assigns(nlp, "token.dep")


def _assigns(nlp: "Language", attribute: str) -> bool:
    return any(attribute in nlp.get_pipe_meta(name).assigns for name in nlp.pipe_names)


CHUNK_CHARS = 100_000  # longest text handed to the pipeline at once (spaCy refuses over nlp.max_length, 1,000,000)


@dataclass(frozen=True)
class ParsedArticle:
    """An article's spaCy parse: one ``Doc`` per chunk of whole sentences (one chunk for all but huge
    articles), with the offset of each chunk in the article's text."""

    offsets: tuple[int, ...]
    docs: tuple["Doc", ...]

    def entities(self) -> list[tuple[int, int, str]]:
        """Every named entity as ``(start, end, label)``, offsets into the article's text, in text order."""
        return [(offset + entity.start_char, offset + entity.end_char, entity.label_)
                for offset, doc in zip(self.offsets, self.docs) for entity in doc.ents]

    def chunk_at(self, offset: int) -> tuple[int, "Doc"]:
        """The chunk holding the character ``offset``: its offset in the article and its ``Doc``."""
        index = max(bisect_right(self.offsets, offset) - 1, 0)
        return self.offsets[index], self.docs[index]


@dataclass(frozen=True)
class SpacyParse:
    """The document view ``doc -> ParsedArticle`` of one pipeline: computed once per article and shared."""

    model: str

    def __call__(self, doc: Document) -> ParsedArticle:
        bounds = chunk_bounds(doc.sentences, len(doc.text), CHUNK_CHARS)
        docs = load_pipeline(self.model).pipe(doc.text[start:end] for start, end in bounds)
        return ParsedArticle(tuple(start for start, _ in bounds), tuple(docs))


def chunk_bounds(sentences: Sequence[tuple[int, int]], length: int, limit: int) -> list[tuple[int, int]]:
    """``[0, length)`` cut into consecutive pieces of at most ``limit`` characters, at sentence starts where
    one lies within the limit (a longer sentence is cut at the limit)."""
    starts = [start for start, _ in sentences if 0 < start < length]
    bounds, start = [], 0
    while length - start > limit:
        cut = starts[bisect_right(starts, start + limit) - 1] if starts else start
        cut = cut if start < cut <= start + limit else start + limit
        bounds.append((start, cut))
        start = cut
    bounds.append((start, length))
    return bounds


def parse(doc: Document, model: str) -> ParsedArticle:
    """The spaCy parse of ``doc`` (a masked document: :func:`analysis.actors.masking.masked`), computed once."""
    return doc.view(SpacyParse(model))


@lru_cache(maxsize=8)
def model_fingerprint(model: str) -> dict[str, str]:
    """What identifies a pipeline's results: the SHA-1 of its files (a folder, or an installed package's folder).

    A pipeline that cannot be found keys on its name alone (the run then fails with :func:`load_pipeline`'s message).
    """
    location = model_location(model)
    folder = Path(location) if Path(location).is_dir() else _package_folder(location)
    if folder is None:
        return {"spacy_model": model}
    return {"spacy_model": model, "files_sha1": folder_digest(folder)}


def _package_folder(name: str) -> Path | None:
    """The folder of an installed package, found without importing it (None when there is none)."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def folder_digest(folder: Path) -> str:
    """SHA-1 over a folder's files (relative path and content, sorted), bytecode caches left out."""
    digest = hashlib.sha1()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(folder)).encode())
            with path.open("rb") as stream:
                digest.update(hashlib.file_digest(stream, "sha1").digest())
    return digest.hexdigest()


__all__ = [
    "MENTIONS_BACKENDS", "DEFAULT_MODEL", "mentions_backend", "spacy_model", "load_pipeline", "has_parser",
    "CHUNK_CHARS", "ParsedArticle", "SpacyParse", "chunk_bounds", "parse", "model_fingerprint", "folder_digest",
]
