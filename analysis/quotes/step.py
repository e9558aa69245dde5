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
  ``min_partial_words`` words (scare quotes and titles have no cue), a
  passive cue right before it (``has been described as "..."``) included;
* **indirect** -- ``X said (that) ...``, ``..., X said.``, ``according to X,
  ...`` without quotation marks (:mod:`analysis.quotes.indirect_speech`).

One quoted word is no quotation unless it is a direct one ending in
``.,?!``; a quoted gloss in parentheses (``Brexit ("British exit")``) is
none, nor a partial one beside the noun it names (``the programme "Mexico
embraces you"``, ``the "Remain in Mexico" policy``); a direct quote with no
attribution at all needs six words (titles, slogans and captions are short).

Quote marks (straight, curly, guillemets, and the doubled apostrophes or backticks of
the New York Times and the Penn Treebank) are paired by :func:`analysis.text.quote_segments` (one paragraph
at a time, so a stray mark never swallows the rest of an article). Cues and
sources come from :mod:`analysis.quotes.attribution`: a quote takes the nearest
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

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Mapping, Sequence

import pandas as pd

from analysis.actors.compiled import get_dictionary
from analysis.actors.languages import dictionary_for_language
from analysis.actors.masking import masked
from analysis.backends.spacy_pipeline import spacy_model
from analysis.backends.spacy_speakers import ParsedSpeakers, speakers_from_parse
from analysis.quotes import attribution as attr
from analysis.quotes.attribution import Attribution, Sentence, sentence_at, token_index
from analysis.quotes.context import MENTION_COLUMNS, Article, Mentions, SpeakerLexicon, mention_list, speaker_lexicon
from analysis.quotes.indirect_speech import indirect_spans
from analysis.quotes.nearby import passive_cue, reported_before
from analysis.quotes.speakers import Speaker, resolve_speakers, subject
from analysis.quotes.speech_cues import SpeechCues, load_speech_cues
from analysis.quotes.zero_subject import drops_subjects, fill_zero_subjects
from analysis.tables import columns_frame
from analysis.text.document import Document
from analysis.text.normalization import WORD_PATTERN
from analysis.text.quotemarks import MARK_ENDINGS, QUOTE_MARKS, mark_after, mark_before

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
    reported_before: bool = False  # the attribution is reported speech of the paragraph before (it keeps its row)


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
    rows = quote_rows(doc, mentions, cues=load_speech_cues(speech_cues), lexicon=speaker_lexicon(actors),
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
    rows = quote_rows(
        doc,
        doc.tables["mentions"],
        cues=cues,
        lexicon=speaker_lexicon(dictionary),
        min_partial_words=int(options.get("quotes_min_partial_words", DEFAULTS["quotes_min_partial_words"])),
        indirect=bool(options.get("quotes_indirect", DEFAULTS["quotes_indirect"])),
        parsed_speakers=speakers_from_parse(spacy_model(options), load_speech_cues(
            options.get("quotes_speech_cues", DEFAULTS["quotes_speech_cues"]))),
    )
    if doc.lang != "en" and drops_subjects(doc.lang):  # "..., dijo.": the dropped "he" (analysis.quotes.zero_subject)
        rows = fill_zero_subjects(masked(doc), rows, cues=cues, mentions=doc.tables["mentions"],
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
    quotes = [q for q in _quotes(masked_doc, sentences, cues) if not _gloss(view, q)]
    _tokenize(view, sentences, [(q.outer_start, q.outer_end) for q in quotes])
    for sentence in sentences:
        sentence.attributions = [
            _with_subject(article, sentence, a) for a in attr.find_attributions(sentence.tokens, text, cues=cues)
        ]
    _attach_attributions(view, quotes, sentences)
    _subject_fallback(article, quotes)
    quotes = [q for q in quotes if _keep(text, view, q, cues, min_partial_words=min_partial_words)]
    _inherit_attributions(article, quotes)
    replaced = [] if parsed_speakers is None else _adopt_parsed(
        quotes, sentences, parsed_speakers(masked_doc, [(q.outer_start, q.outer_end) for q in quotes]))
    speakers = resolve_speakers(article, [(q.outer_start, q.outer_end) for q in quotes])
    found = [(q.start, q.end, q.kind, q.attribution) for q in quotes]
    if indirect:
        used = {(q.attribution.cue_start, q.attribution.source_start) for q in quotes
                if q.attribution is not None and not q.reported_before}
        used |= {(a.cue_start, a.source_start) for a in replaced}  # a rule attribution the parse overrode
        found.extend((start, end, "indirect", attribution)
                     for start, end, attribution in indirect_spans(text, sentences, used, cues=cues))
    found.sort(key=lambda row: (row[0], row[1]))
    return _columns(text, found, speakers)


# ---------------------------------------------------------------------------
# Sentences, quote spans, kinds
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


def _quotes(doc: Document, sentences: Sequence[Sentence], cues: SpeechCues) -> list[_Quote]:
    view = doc.normalized
    out: list[_Quote] = []
    previous_group = None
    starts = doc.sentence_starts
    for segment in doc.quote_segments:
        outer_start = mark_before(view, segment.start)
        outer_end = mark_after(view, segment.end) if segment.closed else segment.end
        first = sentence_at(starts, outer_start)
        last = sentence_at(starts, max(outer_start, segment.end - 1))
        quote = _Quote(segment.start, segment.end, outer_start, outer_end, segment.group, first, last,
                       sentences[first].paragraph if sentences else 0)
        continued = previous_group == segment.group
        quote.kind = "direct" if continued else _kind(view, quote, sentences[first] if sentences else None, cues)
        out.append(quote)
        previous_group = segment.group
    return out


def _kind(view: str, quote: _Quote, sentence: Sentence | None, cues: SpeechCues) -> str:
    """``direct`` when the quote is set off from the reporter's sentence, else ``partial`` (module docstring)."""
    sentence_start = sentence.start if sentence is not None else 0
    before = view[sentence_start:quote.outer_start].rstrip()
    content = view[quote.start:quote.end].strip()
    if not before or before.endswith(_SET_OFF) or before.endswith(MARK_ENDINGS):
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


def _attach_attributions(view: str, quotes: list[_Quote], sentences: Sequence[Sentence]) -> None:
    """Give each quote the nearest attribution with a source in the sentences it spans."""
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
        elif quote.kind == "partial" and sentences:
            quote.attribution = passive_cue(view, sentences[quote.first_sentence], quote.outer_start)
            quote.own_attribution = quote.attribution is not None


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


def _word_count(view: str, start: int, end: int) -> int:
    """Number of words in ``view[start:end]`` (as :func:`analysis.text.count_words` counts them)."""
    return sum(1 for _ in WORD_PATTERN.finditer(view, start, end))


def _keep(text: str, view: str, quote: _Quote, cues: SpeechCues, *, min_partial_words: int) -> bool:
    """Whether a quoted span counts as a quotation (see the module docstring).

    One quoted word counts only as a direct quote ending in ``.,?!`` ("No,"
    he said); a direct quote without a cue of its own needs a few words
    unless it continues a quote of its paragraph (checked later); a partial
    one needs its own cue and ``min_partial_words`` words.
    """
    words = _word_count(view, quote.start, quote.end)
    if words < 2 and not (quote.kind == "direct" and view[quote.start:quote.end].rstrip().endswith((".", ",", "?", "!"))):
        return False
    if quote.kind == "direct":
        return True
    return quote.own_attribution and words >= min_partial_words and not _title(view, quote, cues)


# Nouns that a quoted title stands beside: the programme "Mexico embraces you", the "Remain in Mexico" policy.
_TITLED = (r"programme|program|campaign|slogan|motto|hashtag|initiative|plan|policy|operation|project|scheme|"
           r"law|bill|act|book|novel|film|movie|documentary|song|album|series|show|exhibition|report|headline")
_TITLE_BEFORE = re.compile(rf"(?:\b(\w+)\s+(?:the|a|an|its|their|his|her|our)\s+(?:{_TITLED})|\b(?:entitled|titled|named))\s*$",
                           re.IGNORECASE)
_TITLE_AFTER = re.compile(rf"^\s*(?:{_TITLED})\b", re.IGNORECASE)


def _title(view: str, quote: _Quote, cues: SpeechCues) -> bool:
    """A partial quote that names a programme, law, work or slogan beside its noun is a title, not speech
    ("as part of the programme "..."", "the "Remain in Mexico" programme"; not "called the plan "..."")."""
    before = _TITLE_BEFORE.search(view[max(0, quote.outer_start - 40):quote.outer_start])
    if before is not None and (before.group(1) or "").lower() not in cues.one_word_forms:
        return True
    return _TITLE_AFTER.match(view[quote.outer_end:quote.outer_end + 30]) is not None


def _gloss(view: str, quote: _Quote) -> bool:
    """A quoted gloss in parentheses, ``Brexit ("British exit")``, is no quotation."""
    before = quote.outer_start - 1
    while before >= 0 and view[before].isspace():
        before -= 1
    after = quote.outer_end
    while after < len(view) and view[after].isspace():
        after += 1
    return before >= 0 and view[before] == "(" and after < len(view) and view[after] == ")"


def _inherit_attributions(article: Article, quotes: list[_Quote]) -> None:
    """Unattributed quotes borrow from their group, their paragraph (the nearest attributed quote before, else
    the next with a cue of its own), the sentence before ending with a colon, the paragraph before (its last
    quote's attribution), or the reported speech of the sentence before (:mod:`analysis.quotes.nearby`)."""
    view, sentences = article.view, article.sentences
    by_group: dict[int, Attribution] = {}
    for quote in quotes:
        if quote.attribution is not None and quote.group not in by_group:
            by_group[quote.group] = quote.attribution
    for quote in quotes:
        if quote.attribution is None and quote.group in by_group:
            quote.attribution = by_group[quote.group]
    next_own: list[_Quote | None] = [None] * len(quotes)  # the next quote with a cue of its own
    following = None
    for position in range(len(quotes) - 1, -1, -1):
        next_own[position] = following
        if quotes[position].own_attribution:
            following = quotes[position]
    paragraph_starts: dict[int, int] = {}
    for sentence in sentences:
        paragraph_starts.setdefault(sentence.paragraph, sentence.start)
    last_of_paragraph: dict[int, _Quote] = {}
    paragraph, latest = None, None  # the latest attribution among this paragraph's quotes so far
    for position, quote in enumerate(quotes):
        if quote.paragraph != paragraph:
            paragraph, latest = quote.paragraph, None
        if quote.attribution is None:
            later = next_own[position]
            quote.attribution = (
                latest
                or (later.attribution if later is not None and later.paragraph == paragraph else None)
                or _from_colon(view, quote, sentences)
                or _from_previous_paragraph(quote, sentences, paragraph_starts, last_of_paragraph)
            )
            if quote.attribution is None:
                quote.attribution = reported_before(article, first_sentence=quote.first_sentence, paragraph=paragraph,
                                                    quote_start=quote.outer_start, quoted_paragraphs=last_of_paragraph)
                quote.reported_before = quote.attribution is not None
        if quote.attribution is not None:
            latest = quote.attribution
        last_of_paragraph[quote.paragraph] = quote
    quotes[:] = [
        q for q in quotes
        if q.attribution is not None or _word_count(view, q.start, q.end) >= _UNATTRIBUTED_MIN_WORDS
    ]


def _from_colon(view: str, quote: _Quote, sentences: Sequence[Sentence]) -> Attribution | None:
    """``Lavrov said:`` ending the sentence or paragraph before an unattributed quote."""
    index = quote.first_sentence - 1
    if index < 0 or not sentences:
        return None
    previous = sentences[index]
    if not view[previous.start:previous.end].rstrip().endswith(":"):
        return None
    with_source = [a for a in previous.attributions if a.source is not None]
    return with_source[-1] if with_source else None


def _from_previous_paragraph(
    quote: _Quote, sentences: Sequence[Sentence], paragraph_starts: Mapping[int, int],
    last_of_paragraph: Mapping[int, _Quote],
) -> Attribution | None:
    """A paragraph opening with a quote continues the speaker of the previous paragraph's last quote."""
    if not sentences or quote.first_sentence >= len(sentences):
        return None
    if quote.outer_start != paragraph_starts[quote.paragraph]:
        return None
    previous = last_of_paragraph.get(quote.paragraph - 1)
    return previous.attribution if previous is not None else None


def _adopt_parsed(
    quotes: Sequence[_Quote], sentences: Sequence[Sentence], found: Sequence[Attribution | None]
) -> list[Attribution]:
    """Give each quote the attribution the parse found for it (others keep the rules'); the rules'
    attributions replaced are returned (they are used, not indirect speech)."""
    starts = [sentence.start for sentence in sentences]
    replaced = []
    for quote, parsed in zip(quotes, found):
        if parsed is None or not sentences:
            continue
        if quote.attribution is not None and quote.attribution != parsed:
            replaced.append(quote.attribution)
        quote.attribution = parsed
        sentences[sentence_at(starts, parsed.cue_start)].attributions.append(parsed)
    return replaced


# ---------------------------------------------------------------------------
# Subjects: "X opposed the plan and said ...", "X defended it, "...""
# ---------------------------------------------------------------------------

_COORDINATORS = frozenset({"and", "but"})


def _with_subject(article: Article, sentence: Sentence, attribution: Attribution) -> Attribution:
    """A cue after "and"/"but", or a participle after a comma ("..., saying", "..., writing that"),
    without a source of its own takes the sentence's subject."""
    if attribution.source is not None or attribution.lemma == "according to":
        return attribution
    tokens = sentence.tokens
    index = token_index(tokens, attribution.cue_start, sentence.token_starts)
    previous = index - 1
    while previous >= 0 and tokens[previous].kind == "word" and tokens[previous].lower in attr._ADVERBS:
        previous -= 1
    participle = tokens[index].lower.endswith("ing") and previous >= 0 and tokens[previous].text == ","
    if previous < 0 or (tokens[previous].lower not in _COORDINATORS and not participle):
        return attribution
    found = subject(article, sentence, before=attribution.cue_start)
    if found is None:
        return attribution
    return replace(attribution, source_start=found[0], source_end=found[1], source=article.text[found[0]:found[1]])


def _subject_fallback(article: Article, quotes: Sequence[_Quote]) -> None:
    """A direct quote set off by ``,`` or ``:`` in a sentence without a cue is the subject's: ``X defended it, "..."``."""
    sentences, view, text = article.sentences, article.view, article.text
    for quote in quotes:
        if quote.attribution is not None or quote.kind != "direct" or not sentences:
            continue
        sentence = sentences[quote.first_sentence]
        before = view[sentence.start:quote.outer_start].rstrip()
        if not before or not before.endswith((",", ":")):
            continue
        found_subject = subject(article, sentence, before=quote.outer_start)
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
