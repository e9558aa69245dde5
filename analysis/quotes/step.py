"""Quotations in news text: what is quoted, how, and who says it.

``extract_quotes(text)`` returns one row per quotation:

* **direct** -- quoted words set off from the reporter's grammar: the quote
  opens its sentence (or continues a quote from the previous paragraph),
  follows ``:``, ``,``, ``;`` or a dash, directly follows a cue
  (``She said "..."``), or starts with a capital and ends with ``.?!``
  inside the marks;
* **partial** -- a quoted fragment embedded in the reporter's sentence
  (``does not see Latin America as a "space for geopolitical games"``); it
  counts only when a cue stands in the same sentence and it has at least
  ``min_partial_words`` words (scare quotes and titles have no cue);
* **indirect** -- ``X said (that) ...``, ``..., X said.``, ``according to X,
  ...`` without quotation marks (:mod:`analysis.quotes.indirect_speech`).

One quoted word is no quotation unless it is a direct one ending in
``.,?!``; a quoted gloss in parentheses (``Brexit ("British exit")``) is
none, nor a partial one beside the noun it names (``the programme "Mexico
embraces you"``, ``the "Remain in Mexico" policy``); a direct quote with no
attribution at all needs six words (titles, slogans and captions are short).

Quote marks are paired by :func:`analysis.text.quote_segments` (one paragraph
at a time, so a stray mark never swallows the rest of an article). Cues and
sources come from :mod:`analysis.quotes.attribution`: a quote takes the nearest
attribution in the sentences it spans ("according to X" only when no other
cue is there). A cue after "and"/"but" without a source takes the sentence's
subject ("X opposed the plan and said ..."), and a direct quote set off by
``,``/``:`` in a sentence without a cue is the subject's ("X defended his
decision, "...""). A quote still without an attribution takes the one of its
multi-paragraph group, then of the nearest attributed quote in its paragraph,
then of the sentence before when that ends with a colon, then of the
previous paragraph's last quote when its own paragraph opens with it.

Speakers are resolved against the article's actor mentions by
:mod:`analysis.quotes.speakers` ("he" -> the most recent salient person; "Lavrov"
-> "Sergey Lavrov" through the mentions table).

The module is also the ``quotes`` step of :func:`analysis.analyze`; it reads
the ``mentions`` table when the actors step ran before it.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Mapping, Sequence

import pandas as pd

from analysis.quotes import attribution as attr
from analysis.quotes.attribution import Attribution, Sentence, sentence_at, token_index
from analysis.corpus.bylines import mask_metadata
from analysis.quotes.indirect_speech import indirect_spans
from analysis.quotes.speakers import MENTION_COLUMNS, Mention, Speaker, mention_list, resolve_speakers, subject
from analysis.quotes.speech_cues import SpeechCues, load_speech_cues
from analysis.text.document import Document
from analysis.text.normalization import count_words, normalize
from analysis.text.paragraphs import paragraph_spans
from analysis.text.quotemarks import QUOTE_MARKS, quote_segments
from analysis.text.sentences import sentence_ids, split_sentences

TABLE = "quotes"
DEFAULTS: dict[str, Any] = {
    "quotes_min_partial_words": 2,
    "quotes_indirect": True,
    "quotes_speech_cues": None,  # a user speech-cue file (YAML) merged over analysis/dictionaries/speech_cues.yaml
}

QUOTE_COLUMNS = [
    "quote_id", "start", "end", "text", "kind", "cue", "cue_start", "cue_end",
    "source", "source_start", "source_end", "speaker", "speaker_actor_id",
]
COLUMNS = ["doc_id", "sent_id", *QUOTE_COLUMNS]
REQUIRES: tuple[str, ...] = ("mentions",)
_DTYPES = {
    "doc_id": "str", "sent_id": "int64", "quote_id": "int64", "start": "int64", "end": "int64", "text": "str",
    "kind": "str", "cue": "str", "cue_start": "Int64", "cue_end": "Int64", "source": "str",
    "source_start": "Int64", "source_end": "Int64", "speaker": "str", "speaker_actor_id": "str",
}
SCHEMA = {name: _DTYPES[name] for name in COLUMNS}
_SET_OFF = tuple(":,;-")
_SENTENCE_END = tuple(".?!")


@dataclass
class _Quote:
    start: int
    end: int
    outer_start: int
    outer_end: int
    group: int
    first_sentence: int
    last_sentence: int
    paragraph: int
    kind: str = "direct"
    attribution: Attribution | None = None
    own_attribution: bool = False


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def extract_quotes(
    text: str,
    *,
    dictionary: Any = None,
    mentions: pd.DataFrame | None = None,
    min_partial_words: int = 2,
    indirect: bool = True,
    speech_cues: str | Path | None = None,
) -> pd.DataFrame:
    """Quotations in ``text`` with their cue, source and resolved speaker (columns: ``QUOTE_COLUMNS``).

    ``mentions`` (columns ``MENTION_COLUMNS``) are the article's actor
    mentions; when None they are found with :func:`analysis.actors.step.find_mentions`
    using ``dictionary`` (a path, or None for the shipped default).
    ``speech_cues`` is a user speech-cue file merged over the shipped lexicon
    (:mod:`analysis.quotes.speech_cues`). Offsets index ``text``; ``start``/``end``
    exclude the quote marks.
    """
    cues = load_speech_cues(speech_cues)
    if mentions is None:
        mentions = _find_mentions(text, dictionary)
    text = mask_metadata(text)  # a dateline's agency is no part of the first sentence's source
    mentions_found = mention_list(mentions)
    sentences = _sentences(text)
    view = normalize(text)
    quotes = [q for q in _quotes(text, sentences, cues) if not _gloss(view, q)]
    outer = [(q.outer_start, q.outer_end) for q in quotes]
    for sentence in sentences:
        sentence.tokens = attr.tokenize_reporter_text(view, sentence.start, sentence.end, _overlapping(outer, sentence))
        sentence.attributions = [
            _with_subject(text, sentence, a, mentions_found)
            for a in attr.find_attributions(sentence.tokens, text, cues=cues)
        ]
    _attach_attributions(text, quotes, sentences)
    _subject_fallback(text, view, quotes, sentences, mentions_found)
    quotes = [q for q in quotes if _keep(text, q, cues, min_partial_words=min_partial_words)]
    _inherit_attributions(text, quotes, sentences)
    speakers = resolve_speakers(text, sentences, [(q.outer_start, q.outer_end) for q in quotes], mentions_found)
    rows = [_quote_row(text, q, speakers) for q in quotes]
    if indirect:
        used = {(q.attribution.cue_start, q.attribution.source_start) for q in quotes if q.attribution is not None}
        rows.extend(_row(text, start, end, "indirect", found, speakers)
                    for start, end, found in indirect_spans(text, sentences, used, cues=cues))
    rows.sort(key=lambda row: (row["start"], row["end"]))
    for quote_id, row in enumerate(rows):
        row["quote_id"] = quote_id
    return _frame(rows, QUOTE_COLUMNS)


def run_article(doc: Document, options: Mapping[str, Any]) -> dict[str, list]:
    """The quotes of one article, with the ``sent_id`` of each quote's first sentence.

    Speakers resolve against ``doc.tables["mentions"]``, the rows of the
    actors step (which the spine runs first, with the user's dictionary).
    """
    if "mentions" not in doc.tables:
        raise ValueError("the quotes step requires the mentions table: run the actors step first (REQUIRES)")
    mentions = pd.DataFrame({name: doc.tables["mentions"][name] for name in MENTION_COLUMNS})
    quotes = extract_quotes(
        doc.text,
        mentions=mentions,
        min_partial_words=int(options.get("quotes_min_partial_words", DEFAULTS["quotes_min_partial_words"])),
        indirect=bool(options.get("quotes_indirect", DEFAULTS["quotes_indirect"])),
        speech_cues=options.get("quotes_speech_cues", DEFAULTS["quotes_speech_cues"]),
    )
    rows = {name: quotes[name].tolist() for name in QUOTE_COLUMNS}
    return {"sent_id": doc.sentence_ids(rows["start"]), **rows}


def article_metrics(tables: Mapping[str, pd.DataFrame], articles: pd.DataFrame, options: Mapping[str, Any]) -> pd.DataFrame:
    """Per article: ``n_quotes`` (direct + partial), ``n_indirect`` and ``n_speakers`` (distinct speakers quoted)."""
    quotes = tables.get(TABLE)
    index = pd.Index(articles["doc_id"], name="doc_id")
    if quotes is None or quotes.empty:
        zeros = pd.Series(0, index=index, dtype="int64")
        return pd.DataFrame({"n_quotes": zeros, "n_indirect": zeros, "n_speakers": zeros})
    marked = quotes[quotes["kind"] != "indirect"]
    n_quotes = marked.groupby("doc_id").size()
    n_indirect = quotes[quotes["kind"] == "indirect"].groupby("doc_id").size()
    n_speakers = quotes.dropna(subset=["speaker"]).groupby("doc_id")["speaker"].nunique()
    frame = pd.DataFrame({"n_quotes": n_quotes, "n_indirect": n_indirect, "n_speakers": n_speakers}).reindex(index)
    return frame.fillna(0).astype("int64")


# ---------------------------------------------------------------------------
# Sentences, quote spans, kinds
# ---------------------------------------------------------------------------


def _sentences(text: str) -> list[Sentence]:
    paragraphs = paragraph_spans(text)
    out = []
    index = 0
    for start, end in split_sentences(text):
        while index + 1 < len(paragraphs) and paragraphs[index][1] <= start:
            index += 1
        out.append(Sentence(start, end, index))
    return out


def _overlapping(spans: Sequence[tuple[int, int]], sentence: Sentence) -> list[tuple[int, int]]:
    """The spans (in order) that overlap ``sentence``."""
    first = bisect_left([end for _, end in spans], sentence.start + 1)
    out = []
    for start, end in spans[first:]:
        if start >= sentence.end:
            break
        out.append((start, end))
    return out


def _quotes(text: str, sentences: Sequence[Sentence], cues: SpeechCues) -> list[_Quote]:
    view = normalize(text)
    out: list[_Quote] = []
    previous_group = None
    starts = [s.start for s in sentences]
    for segment in quote_segments(text):
        outer_start = _mark_before(view, segment.start)
        outer_end = _mark_after(view, segment.end) if segment.closed else segment.end
        first = sentence_at(starts, outer_start)
        last = sentence_at(starts, max(outer_start, segment.end - 1))
        quote = _Quote(segment.start, segment.end, outer_start, outer_end, segment.group, first, last,
                       sentences[first].paragraph if sentences else 0)
        continued = previous_group == segment.group
        quote.kind = "direct" if continued else _kind(view, quote, sentences[first] if sentences else None, cues)
        out.append(quote)
        previous_group = segment.group
    return out


def _mark_before(view: str, start: int) -> int:
    position = start - 1
    while position >= 0 and view[position].isspace():
        position -= 1
    return position if position >= 0 and view[position] in QUOTE_MARKS else start


def _mark_after(view: str, end: int) -> int:
    position = end
    while position < len(view) and view[position].isspace() and view[position] not in "\r\n":
        position += 1
    return position + 1 if position < len(view) and view[position] in QUOTE_MARKS else end


def _kind(view: str, quote: _Quote, sentence: Sentence | None, cues: SpeechCues) -> str:
    """``direct`` when the quote is set off from the reporter's sentence, else ``partial`` (module docstring)."""
    sentence_start = sentence.start if sentence is not None else 0
    before = view[sentence_start:quote.outer_start].rstrip()
    content = view[quote.start:quote.end].strip()
    if not before or before.endswith(_SET_OFF) or before[-1] in QUOTE_MARKS:
        return "direct"
    capital = content[:1].isupper() or (content[:1] in "[(" and content[1:2].isupper())
    last_word = before.split()[-1].lower() if before.split() else ""
    if capital and last_word in cues.one_word_forms:
        return "direct"
    if capital and content.rstrip(QUOTE_MARKS + " ").endswith(_SENTENCE_END):
        return "direct"
    return "partial"


# ---------------------------------------------------------------------------
# Attaching attributions to quotes
# ---------------------------------------------------------------------------


def _attach_attributions(text: str, quotes: list[_Quote], sentences: Sequence[Sentence]) -> None:
    """Give each quote the nearest attribution with a source in the sentences it spans."""
    view = normalize(text)
    for quote in quotes:
        candidates = [
            a for index in range(quote.first_sentence, quote.last_sentence + 1)
            for a in sentences[index].attributions if a.source is not None
        ] if sentences else []
        if any(a.lemma != "according to" for a in candidates):
            candidates = [a for a in candidates if a.lemma != "according to"]  # "X said, according to NBC"
        if candidates:
            quote.attribution = min(candidates, key=lambda a: (_across_clauses(view, quote, a), _distance(quote, a)))
            quote.own_attribution = True


def _distance(quote: _Quote, attribution: Attribution) -> tuple[int, int]:
    if attribution.cue_end <= quote.outer_start:
        return quote.outer_start - attribution.cue_end, 1
    if attribution.cue_start >= quote.outer_end:
        return attribution.cue_start - quote.outer_end, 0
    return 0, 0


_CLAUSE_BREAK = re.compile(r";|,\s*(?:while|whereas|but|although|though|and)\b")


def _across_clauses(view: str, quote: _Quote, attribution: Attribution) -> bool:
    """Whether a clause break (";", ", while", ", but"...) separates the quote from the attribution's cue
    or source: "X said the plans risked "...", while Y warned ..." gives the quote to X."""
    start = min(attribution.cue_start, attribution.source_start if attribution.source_start is not None else
                attribution.cue_start)
    end = max(attribution.cue_end, attribution.source_end if attribution.source_end is not None else attribution.cue_end)
    if end <= quote.outer_start:
        between = view[end:quote.outer_start]
    elif start >= quote.outer_end:
        between = view[quote.outer_end:start]
    else:
        return False
    return _CLAUSE_BREAK.search(between) is not None


_UNATTRIBUTED_MIN_WORDS = 6


def _keep(text: str, quote: _Quote, cues: SpeechCues, *, min_partial_words: int) -> bool:
    """Whether a quoted span counts as a quotation (see the module docstring).

    One quoted word counts only as a direct quote ending in ``.,?!`` ("No,"
    he said); a direct quote without a cue of its own needs a few words
    unless it continues a quote of its paragraph (checked later); a partial
    one needs its own cue and ``min_partial_words`` words.
    """
    content = text[quote.start:quote.end]
    words = count_words(content)
    if words < 2 and not (quote.kind == "direct" and normalize(content).rstrip().endswith((".", ",", "?", "!"))):
        return False
    if quote.kind == "direct":
        return True
    return quote.own_attribution and words >= min_partial_words and not _title(text, quote, cues)


# Nouns that a quoted title stands beside: the programme "Mexico embraces you", the "Remain in Mexico" policy.
_TITLED = (r"programme|program|campaign|slogan|motto|hashtag|initiative|plan|policy|operation|project|scheme|"
           r"law|bill|act|book|novel|film|movie|documentary|song|album|series|show|exhibition|report|headline")
_TITLE_BEFORE = re.compile(rf"(?:\b(\w+)\s+(?:the|a|an|its|their|his|her|our)\s+(?:{_TITLED})|\b(?:entitled|titled|named))\s*$",
                           re.IGNORECASE)
_TITLE_AFTER = re.compile(rf"^\s*(?:{_TITLED})\b", re.IGNORECASE)


def _title(text: str, quote: _Quote, cues: SpeechCues) -> bool:
    """A partial quote that names a programme, law, work or slogan beside its noun is a title, not speech
    ("as part of the programme "..."", "the "Remain in Mexico" programme"; not "called the plan "..."")."""
    before = _TITLE_BEFORE.search(normalize(text[max(0, quote.outer_start - 40):quote.outer_start]))
    if before is not None and (before.group(1) or "").lower() not in cues.one_word_forms:
        return True
    return _TITLE_AFTER.match(normalize(text[quote.outer_end:quote.outer_end + 30])) is not None


def _gloss(view: str, quote: _Quote) -> bool:
    """A quoted gloss in parentheses, ``Brexit ("British exit")``, is no quotation."""
    before = view[:quote.outer_start].rstrip()
    after = view[quote.outer_end:].lstrip()
    return before.endswith("(") and after.startswith(")")


def _inherit_attributions(text: str, quotes: list[_Quote], sentences: Sequence[Sentence]) -> None:
    """Unattributed quotes borrow from their group, their paragraph, or the paragraph before."""
    by_group: dict[int, Attribution] = {}
    for quote in quotes:
        if quote.attribution is not None and quote.group not in by_group:
            by_group[quote.group] = quote.attribution
    for quote in quotes:
        if quote.attribution is None and quote.group in by_group:
            quote.attribution = by_group[quote.group]
    for position, quote in enumerate(quotes):
        if quote.attribution is not None:
            continue
        quote.attribution = (
            _from_paragraph(quotes, position)
            or _from_colon(text, quote, sentences)
            or _from_previous_paragraph(text, quotes, position, sentences)
        )
    quotes[:] = [
        q for q in quotes
        if q.attribution is not None or count_words(text[q.start:q.end]) >= _UNATTRIBUTED_MIN_WORDS
    ]


def _from_paragraph(quotes: Sequence[_Quote], position: int) -> Attribution | None:
    paragraph = quotes[position].paragraph
    for index in range(position - 1, -1, -1):
        if quotes[index].paragraph != paragraph:
            break
        if quotes[index].attribution is not None:
            return quotes[index].attribution
    for index in range(position + 1, len(quotes)):
        if quotes[index].paragraph != paragraph:
            break
        if quotes[index].own_attribution:
            return quotes[index].attribution
    return None


def _from_colon(text: str, quote: _Quote, sentences: Sequence[Sentence]) -> Attribution | None:
    """``Lavrov said:`` ending the sentence or paragraph before an unattributed quote."""
    index = quote.first_sentence - 1
    if index < 0 or not sentences:
        return None
    previous = sentences[index]
    if not normalize(text[previous.start:previous.end]).rstrip().endswith(":"):
        return None
    with_source = [a for a in previous.attributions if a.source is not None]
    return with_source[-1] if with_source else None


def _from_previous_paragraph(
    text: str, quotes: Sequence[_Quote], position: int, sentences: Sequence[Sentence]
) -> Attribution | None:
    """A paragraph opening with a quote continues the speaker of the previous paragraph's last quote."""
    quote = quotes[position]
    if not sentences or quote.first_sentence >= len(sentences):
        return None
    paragraph_start = next(s.start for s in sentences if s.paragraph == quote.paragraph)
    if quote.outer_start != paragraph_start:
        return None
    for index in range(position - 1, -1, -1):
        previous = quotes[index]
        if previous.paragraph == quote.paragraph - 1:
            return previous.attribution
        if previous.paragraph < quote.paragraph - 1:
            break
    return None


# ---------------------------------------------------------------------------
# Subjects: "X opposed the plan and said ...", "X defended it, "...""
# ---------------------------------------------------------------------------

_COORDINATORS = frozenset({"and", "but"})


def _with_subject(text: str, sentence: Sentence, attribution: Attribution, mentions: Sequence[Mention]) -> Attribution:
    """A cue after "and"/"but", or a participle after a comma ("..., saying", "..., writing that"),
    without a source of its own takes the sentence's subject."""
    if attribution.source is not None or attribution.lemma == "according to":
        return attribution
    tokens = sentence.tokens
    index = token_index(tokens, attribution.cue_start)
    previous = index - 1
    while previous >= 0 and tokens[previous].kind == "word" and tokens[previous].lower in attr._ADVERBS:
        previous -= 1
    participle = tokens[index].lower.endswith("ing") and previous >= 0 and tokens[previous].text == ","
    if previous < 0 or (tokens[previous].lower not in _COORDINATORS and not participle):
        return attribution
    found = subject(text, sentence, mentions, before=attribution.cue_start)
    if found is None:
        return attribution
    return replace(attribution, source_start=found[0], source_end=found[1], source=text[found[0]:found[1]])


def _subject_fallback(
    text: str, view: str, quotes: Sequence[_Quote], sentences: Sequence[Sentence], mentions: Sequence[Mention]
) -> None:
    """A direct quote set off by ``,`` or ``:`` in a sentence without a cue is the subject's: ``X defended it, "..."``."""
    for quote in quotes:
        if quote.attribution is not None or quote.kind != "direct" or not sentences:
            continue
        sentence = sentences[quote.first_sentence]
        before = view[sentence.start:quote.outer_start].rstrip()
        if not before or not before.endswith((",", ":")):
            continue
        found_subject = subject(text, sentence, mentions, before=quote.outer_start)
        if found_subject is None:
            continue
        s_start, s_end = found_subject
        found = Attribution(quote.outer_start, quote.outer_start, "", "", s_start, s_end, text[s_start:s_end])
        sentence.attributions.append(found)
        quote.attribution = found
        quote.own_attribution = True


# ---------------------------------------------------------------------------
# Rows
# ---------------------------------------------------------------------------


def _quote_row(text: str, quote: _Quote, speakers: Mapping[tuple[int, int], Speaker]) -> dict[str, Any]:
    return _row(text, quote.start, quote.end, quote.kind, quote.attribution, speakers)


def _row(
    text: str, start: int, end: int, kind: str, attribution: Attribution | None,
    speakers: Mapping[tuple[int, int], Speaker],
) -> dict[str, Any]:
    speaker = Speaker(None, None, None)
    if attribution is not None and attribution.source is not None:
        speaker = speakers.get((attribution.cue_start, attribution.source_start), speaker)
    has = attribution is not None and bool(attribution.cue)
    has_source = attribution is not None and attribution.source is not None
    return {
        "quote_id": 0, "start": start, "end": end, "text": text[start:end], "kind": kind,
        "cue": attribution.cue if has else None,
        "cue_start": attribution.cue_start if has else None,
        "cue_end": attribution.cue_end if has else None,
        "source": attribution.source if has_source else None,
        "source_start": attribution.source_start if has_source else None,
        "source_end": attribution.source_end if has_source else None,
        "speaker": speaker.name, "speaker_actor_id": speaker.actor_id,
    }


def _frame(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> pd.DataFrame:
    data = {name: pd.Series([row.get(name) for row in rows], dtype=_DTYPES[name]) for name in columns}
    return pd.DataFrame(data, columns=list(columns))


def _empty_mentions() -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series(dtype="object") for name in MENTION_COLUMNS})


def _find_mentions(text: str, dictionary: Any) -> pd.DataFrame:
    """The article's actor mentions via the actors module; none when it is not installed."""
    try:
        from analysis.actors.step import find_mentions
    except ImportError:
        return _empty_mentions()
    return find_mentions(text, dictionary=dictionary)


