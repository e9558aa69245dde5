"""Quotations in news text: what is quoted, how, and who says it.

``extract_quotes(text)`` returns one row per quotation:

* **direct** -- quoted words set off from the reporter's grammar: the quote
  opens its sentence (or continues a quote from the previous paragraph),
  follows ``:``, ``,``, ``;`` or a dash, directly follows a cue
  (``She said "..."``), or starts with a capital and ends with ``.?!``
  inside the marks;
* **partial** -- a quoted fragment embedded in the reporter's sentence
  (``does not see Latin America as a "space for geopolitical games"``); it
  counts when a cue stands in the same sentence and it has at least
  ``min_partial_words`` words (scare quotes and titles have no cue), a
  passive cue right before it (``has been described as "..."``) included,
  or without a cue when it has six words or more and is no title (``the plan
  aims to "cut the waiting lists of every hospital in half"``);
* a paragraph quoted **without marks** after a paragraph ending ``X wrote:`` is a
  direct quote of that attribution (:mod:`analysis.quotes.block_quotes`);
* **indirect** -- ``X said (that) ...``, ``..., X said.``, ``according to X,
  ...`` without quotation marks (:mod:`analysis.quotes.indirect_speech`).

One quoted word is no quotation unless it is a direct one ending in
``.,?!``; a quoted gloss in parentheses (``Brexit ("British exit")``) is
none, nor a partial one beside the noun it names (``the programme "Mexico
embraces you"``, ``the "Remain in Mexico" policy``), nor a few title-cased words
however set off (``hits such as "Northern Lights"``: a name, :func:`~analysis.quotes.quote_spans.quoted_name`);
a direct quote with no attribution at all needs six words (titles, slogans and captions are short), and one
in single marks needs an attribution.

Quote marks (straight, curly, guillemets, and the doubled apostrophes or backticks of
the New York Times and the Penn Treebank) are paired by :func:`analysis.text.quote_segments` (one paragraph
at a time, so a stray mark never swallows the rest of an article); single marks are, past the apostrophes, in
an article that quotes with them (British style, :mod:`analysis.text.single_quotes`). Cues and
sources come from :mod:`analysis.quotes.attribution`; quoted spans, their kind and whether they count from
:mod:`analysis.quotes.quote_spans`; :mod:`analysis.quotes.quote_attributions` gives each quote the nearest
attribution in the sentences it spans ("according to X" only when no other
cue is there). A cue after "and"/"but" without a source takes the sentence's
subject ("X opposed the plan and said ..."), and a direct quote set off by
``,``/``:`` in a sentence without a cue is the subject's ("X defended his
decision, "...""). A quote still without an attribution takes the one of its
multi-paragraph group, then of the nearest attributed quote in its paragraph,
then of the sentence before when that ends with a colon, then of the
previous paragraph's last quote when its own paragraph opens with it, then of
the report right before it (``Smith said the plan failed.`` / ``"It was a
disaster."``, unless another person is named after Smith there).

Speakers are resolved against the article's actor mentions by
:mod:`analysis.quotes.speakers` ("he" -> the most recent salient person; "Lavrov"
-> "Sergey Lavrov" through the mentions table; "the CEO" -> the person the
article calls CEO, :mod:`analysis.quotes.roles`).

The module is also the ``quotes`` step of :func:`analysis.analyze`; it reads
the ``mentions`` table when the actors step ran before it.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping, Sequence

import pandas as pd

from analysis.actors.compiled import get_dictionary
from analysis.actors.inner_places import counted_mentions
from analysis.actors.languages import dictionary_for_language
from analysis.actors.masking import masked
from analysis.backends.spacy_pipeline import spacy_model
from analysis.backends.spacy_speakers import ParsedSpeakers, speakers_from_parse
from analysis.quotes import attribution as attr
from analysis.quotes.attribution import Attribution, Sentence
from analysis.quotes.block_quotes import block_quotations
from analysis.quotes.context import MENTION_COLUMNS, Article, Mentions, SpeakerLexicon, mention_list, speaker_lexicon
from analysis.quotes.indirect_speech import indirect_spans
from analysis.quotes.quote_attributions import (
    adopt_parsed, attach_attributions, inherit_attributions, subject_fallback, with_subject,
)
from analysis.quotes.quote_spans import find_quotes, inside_a_name, is_gloss, is_quotation
from analysis.quotes.speakers import Speaker, resolve_speakers
from analysis.quotes.speech_cues import SpeechCues, load_speech_cues
from analysis.quotes.zero_subject import drops_subjects, fill_zero_subjects
from analysis.tables import columns_frame
from analysis.text.document import Document

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
LANGUAGES: tuple[str, ...] = ("en", "es")  # speech_cues.yaml / speech_cues_es.yaml (+ zero_subject for Spanish)
_DTYPES = {
    "doc_id": "str", "sent_id": "int64", "quote_id": "int64", "start": "int64", "end": "int64", "text": "str",
    "kind": "str", "cue": "str", "cue_start": "Int64", "cue_end": "Int64", "source": "str",
    "source_start": "Int64", "source_end": "Int64", "speaker": "str", "speaker_actor_id": "str",
}
SCHEMA = {name: _DTYPES[name] for name in COLUMNS}
_QUOTE_SCHEMA = {name: _DTYPES[name] for name in QUOTE_COLUMNS}


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

    ``dictionary`` is the actor dictionary in force (a path, an
    :class:`~analysis.actors.dictionary.ActorDictionary`, or None for the
    shipped default): its titles, first names and organisation words guide
    speaker resolution. ``mentions`` (columns ``MENTION_COLUMNS``) are the
    article's actor mentions; when None, the actors step is run on ``text``
    first, explicitly, with that same ``dictionary`` (nothing else is looked
    up behind your back). ``speech_cues`` is a user speech-cue file merged
    over the shipped lexicon (:mod:`analysis.quotes.speech_cues`). Offsets
    index ``text``; ``start``/``end`` exclude the quote marks.
    """
    from analysis.actors import step as actors_step

    doc = Document(text)
    actors = get_dictionary(dictionary)
    if mentions is None:
        mentions = actors_step.run_article(doc, {**actors_step.DEFAULTS, "actors": actors})
    rows = quote_rows(doc, counted_mentions(mentions), cues=load_speech_cues(speech_cues), lexicon=speaker_lexicon(actors),
                      min_partial_words=min_partial_words, indirect=indirect)
    return columns_frame(rows, _QUOTE_SCHEMA)


def run_article(doc: Document, options: Mapping[str, Any]) -> dict[str, list]:
    """The quotes of one article, with the ``sent_id`` of each quote's first sentence.

    Speakers resolve against ``doc.tables["mentions"]``, the rows of the
    actors step (which the spine runs first), with the word lists of the
    actor dictionary in force (options ``actors`` and ``actors_mode``).
    """
    if "mentions" not in doc.tables:
        raise ValueError("the quotes step requires the mentions table: run the actors step first (REQUIRES)")
    dictionary = dictionary_for_language(get_dictionary(options.get("actors"), mode=options.get("actors_mode", "merge")),
                                         doc.lang)
    cues = load_speech_cues(options.get("quotes_speech_cues", DEFAULTS["quotes_speech_cues"]), lang=doc.lang)
    mentions = counted_mentions(doc.tables["mentions"])  # not the places inside longer names
    rows = quote_rows(
        doc,
        mentions,
        cues=cues,
        lexicon=speaker_lexicon(dictionary),
        min_partial_words=int(options.get("quotes_min_partial_words", DEFAULTS["quotes_min_partial_words"])),
        indirect=bool(options.get("quotes_indirect", DEFAULTS["quotes_indirect"])),
        parsed_speakers=speakers_from_parse(spacy_model(options), load_speech_cues(
            options.get("quotes_speech_cues", DEFAULTS["quotes_speech_cues"]))),
    )
    if doc.lang != "en" and drops_subjects(doc.lang):  # "..., dijo.": the dropped "he" (analysis.quotes.zero_subject)
        rows = fill_zero_subjects(masked(doc), rows, cues=cues, mentions=mentions,
                                  role_nouns=frozenset(word.lower() for word in dictionary.cue("role_nouns")))
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


def quote_rows(
    doc: Document,
    mentions: Mapping[str, Sequence[Any]] | pd.DataFrame,
    *,
    cues: SpeechCues,
    lexicon: SpeakerLexicon,
    min_partial_words: int = 2,
    indirect: bool = True,
    parsed_speakers: ParsedSpeakers | None = None,
) -> dict[str, list]:
    """The quotes of one Document, columnar (``QUOTE_COLUMNS``), given its mentions table (columnar or a DataFrame);
    ``parsed_speakers`` (``mentions_backend="spacy"``) attributes quotes from a dependency parse where it can."""
    masked_doc = masked(doc)  # a dateline's agency is no part of the first sentence's source
    text, view = masked_doc.text, masked_doc.normalized
    sentences = [Sentence(start, end, paragraph)
                 for (start, end), paragraph in zip(masked_doc.sentences, masked_doc.sentence_paragraphs)]
    article = Article(masked_doc, text, view, sentences, [s.start for s in sentences], Mentions(mention_list(mentions)),
                      lexicon, cues.one_word_forms, {})
    persons = [m for m in article.mentions if m.actor_type == "person"]  # in text order, never overlapping
    person_starts, person_ends = [m.start for m in persons], [m.end for m in persons]
    quotes = [q for q in find_quotes(masked_doc, sentences, cues)
              if not is_gloss(view, q) and not inside_a_name(q, person_starts, person_ends)]
    _tokenize(view, sentences, [(q.outer_start, q.outer_end) for q in quotes])
    for sentence in sentences:
        sentence.attributions = [
            with_subject(article, sentence, a) for a in attr.find_attributions(sentence.tokens, text, cues=cues)
        ]
    attach_attributions(view, quotes, sentences)
    subject_fallback(article, quotes, cues)
    quotes = [q for q in quotes if is_quotation(text, view, q, cues, min_partial_words=min_partial_words)]
    inherit_attributions(article, quotes)
    blocks = block_quotations(view, masked_doc.paragraphs, sentences, quotes, cues)
    replaced = [] if parsed_speakers is None else adopt_parsed(
        quotes, sentences, parsed_speakers(masked_doc, [(q.outer_start, q.outer_end) for q in quotes]))
    speakers = resolve_speakers(article, [(q.outer_start, q.outer_end) for q in quotes]
                                + [(start, end) for start, end, _ in blocks],
                                unspoken=unspoken_attributions(sentences, quotes, cues))
    found = [(q.start, q.end, q.kind, q.attribution) for q in quotes]
    found.extend((start, end, "direct", attribution) for start, end, attribution in blocks)
    if indirect:
        used = {(q.attribution.cue_start, q.attribution.source_start) for q in quotes
                if q.attribution is not None and not q.reported_before}
        used |= {(attribution.cue_start, attribution.source_start) for _, _, attribution in blocks}
        used |= {(a.cue_start, a.source_start) for a in replaced}  # a rule attribution the parse overrode
        found.extend((start, end, "indirect", attribution)
                     for start, end, attribution in indirect_spans(text, sentences, used, cues=cues))
    found.sort(key=lambda row: (row[0], row[1]))
    return _columns(text, found, speakers)


def unspoken_attributions(sentences: Sequence[Sentence], quotes: Sequence[Any], cues: SpeechCues) -> set[tuple[int, int]]:
    """The ``(cue_start, source_start)`` keys of naming attributions no quotation uses: "when Vizmedia dubbed
    the first two seasons" names a work, it reports no speech (naming cues give no reported speech either,
    :func:`~analysis.quotes.indirect_speech.indirect_spans`), so its source is no speaker to refer back to."""
    naming = {(a.cue_start, a.source_start) for s in sentences for a in s.attributions
              if a.lemma in cues.naming and a.source is not None}
    if not naming:
        return naming
    return naming - {(q.attribution.cue_start, q.attribution.source_start) for q in quotes if q.attribution is not None}


# ---------------------------------------------------------------------------
# Reporter tokens
# ---------------------------------------------------------------------------


def _tokenize(view: str, sentences: Sequence[Sentence], outer: Sequence[tuple[int, int]]) -> None:
    """Each sentence's reporter tokens, the quotations (outer spans, in order) overlapping it collapsed;
    one pass over sentences and quotations together."""
    first = 0
    for sentence in sentences:
        while first < len(outer) and outer[first][1] <= sentence.start:
            first += 1
        last = first
        while last < len(outer) and outer[last][0] < sentence.end:
            last += 1
        sentence.tokens = attr.tokenize_reporter_text(view, sentence.start, sentence.end, outer[first:last])


# ---------------------------------------------------------------------------
# Rows
# ---------------------------------------------------------------------------


def _columns(
    text: str, found: Sequence[tuple[int, int, str, Attribution | None]], speakers: Mapping[tuple[int, int], Speaker],
) -> dict[str, list]:
    """The rows ``(start, end, kind, attribution)`` as columns ``QUOTE_COLUMNS``, numbered in order."""
    columns: dict[str, list] = {name: [] for name in QUOTE_COLUMNS}
    unknown = Speaker(None, None, None)
    for quote_id, (start, end, kind, attribution) in enumerate(found):
        has = attribution is not None and bool(attribution.cue)
        has_source = attribution is not None and attribution.source is not None
        speaker = speakers.get((attribution.cue_start, attribution.source_start), unknown) if has_source else unknown
        columns["quote_id"].append(quote_id)
        columns["start"].append(start)
        columns["end"].append(end)
        columns["text"].append(text[start:end])
        columns["kind"].append(kind)
        columns["cue"].append(attribution.cue if has else None)
        columns["cue_start"].append(attribution.cue_start if has else None)
        columns["cue_end"].append(attribution.cue_end if has else None)
        columns["source"].append(attribution.source if has_source else None)
        columns["source_start"].append(attribution.source_start if has_source else None)
        columns["source_end"].append(attribution.source_end if has_source else None)
        columns["speaker"].append(speaker.name)
        columns["speaker_actor_id"].append(speaker.actor_id)
    return columns
