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
  ...`` without quotation marks.

Quote marks are paired by :func:`analysis.text.quote_segments` (one paragraph
at a time, so a stray mark never swallows the rest of an article). Cues and
sources come from :mod:`analysis.attribution`. A quote without an attribution
of its own takes the one of its multi-paragraph group, then of the nearest
attributed quote in its paragraph, then of the paragraph before when that one
ends with a colon or its last quote is attributed.

Speakers are resolved against the article's actor mentions: a source that
contains a person mention names that person ("Lavrov" -> "Sergey Lavrov" when
the mention links to the full name); a pronoun or a definite role phrase ("the
head of Russian diplomacy") refers to the most recent salient compatible
actor -- the previous speaker or a person mentioned in subject position,
rather than a person merely named inside a clause.

The module is also the ``quotes`` step of :func:`analysis.analyze`; it reads
the ``mentions`` table when the actors step ran before it.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Mapping, Sequence

import pandas as pd

from analysis import attribution as attr
from analysis.attribution import Attribution, Token
from analysis.steps import ArticleDoc
from analysis.text import QUOTE_MARKS, count_words, normalize, paragraph_spans, quote_segments, split_sentences

TABLE = "quotes"
DEFAULTS: dict[str, Any] = {"quotes_min_partial_words": 2, "quotes_indirect": True}

QUOTE_COLUMNS = [
    "quote_id", "start", "end", "text", "kind", "cue", "cue_start", "cue_end",
    "source", "source_start", "source_end", "speaker", "speaker_actor_id",
]
COLUMNS = ["doc_id", "sent_id", *QUOTE_COLUMNS]
_DTYPES = {
    "doc_id": "str", "sent_id": "int64", "quote_id": "int64", "start": "int64", "end": "int64", "text": "str",
    "kind": "str", "cue": "str", "cue_start": "Int64", "cue_end": "Int64", "source": "str",
    "source_start": "Int64", "source_end": "Int64", "speaker": "str", "speaker_actor_id": "str",
}
MENTION_COLUMNS = ["start", "end", "surface", "actor_id", "actor", "actor_type", "how"]
_SET_OFF = tuple(":,;-")
_SENTENCE_END = tuple(".?!")


@dataclass
class _Sentence:
    start: int
    end: int
    paragraph: int
    tokens: list[Token] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)


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


@dataclass(frozen=True)
class _Speaker:
    name: str | None
    actor_id: str | None
    actor_type: str | None


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
) -> pd.DataFrame:
    """Quotations in ``text`` with their cue, source and resolved speaker (columns: ``QUOTE_COLUMNS``).

    ``mentions`` (columns ``MENTION_COLUMNS``) are the article's actor
    mentions; when None they are found with :func:`analysis.actors.find_mentions`
    using ``dictionary`` (a path, or None for the shipped default).
    Offsets index ``text``; ``start``/``end`` exclude the quote marks.
    """
    if mentions is None:
        mentions = _find_mentions(text, dictionary)
    mention_list = _mention_list(mentions)
    sentences = _sentences(text)
    view = normalize(text)
    quotes = [q for q in _quotes(text, sentences) if not _gloss(view, q)]
    outer = [(q.outer_start, q.outer_end) for q in quotes]
    for sentence in sentences:
        sentence.tokens = attr.tokenize_reporter_text(view, sentence.start, sentence.end, _overlapping(outer, sentence))
        sentence.attributions = [
            _with_subject(text, sentence, a, mention_list) for a in attr.find_attributions(sentence.tokens, text)
        ]
    _attach_attributions(text, quotes, sentences)
    _subject_fallback(text, view, quotes, sentences, mention_list)
    quotes = [q for q in quotes if _keep(text, q, min_partial_words=min_partial_words)]
    _inherit_attributions(text, quotes, sentences)
    speakers = _resolve_speakers(text, sentences, quotes, mention_list)
    rows = [_quote_row(text, q, speakers) for q in quotes]
    if indirect:
        rows.extend(_indirect_rows(text, sentences, quotes, speakers))
    rows.sort(key=lambda row: (row["start"], row["end"]))
    for quote_id, row in enumerate(rows):
        row["quote_id"] = quote_id
    return _frame(rows, QUOTE_COLUMNS)


def run_article(doc: ArticleDoc, options: Mapping[str, Any]) -> pd.DataFrame:
    """The quotes of one article, with ``doc_id`` and the ``sent_id`` of each quote's first sentence.

    Speakers resolve against ``doc.tables["mentions"]`` when the actors step
    ran first (with the user's dictionary); otherwise against mentions found
    with the shipped dictionary.
    """
    mentions = doc.tables.get("mentions")
    if mentions is None:
        mentions = _find_mentions(doc.text, None)  # the actors step did not run: shipped dictionary
    quotes = extract_quotes(
        doc.text,
        mentions=mentions.reindex(columns=MENTION_COLUMNS),
        min_partial_words=int(options.get("quotes_min_partial_words", DEFAULTS["quotes_min_partial_words"])),
        indirect=bool(options.get("quotes_indirect", DEFAULTS["quotes_indirect"])),
    )
    sent_ids = _sentence_ids(quotes["start"].tolist(), doc.sentences)
    table = quotes.assign(doc_id=doc.doc_id, sent_id=sent_ids)
    return _frame(table.to_dict("records"), COLUMNS)


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


def _sentences(text: str) -> list[_Sentence]:
    paragraphs = paragraph_spans(text)
    out = []
    index = 0
    for start, end in split_sentences(text):
        while index + 1 < len(paragraphs) and paragraphs[index][1] <= start:
            index += 1
        out.append(_Sentence(start, end, index))
    return out


def _sentence_at(starts: Sequence[int], position: int) -> int:
    """Index of the sentence (by sorted ``starts``) holding ``position``, or the nearest one before it."""
    return max(0, bisect_right(starts, position) - 1)


def _overlapping(spans: Sequence[tuple[int, int]], sentence: _Sentence) -> list[tuple[int, int]]:
    """The spans (in order) that overlap ``sentence``."""
    first = bisect_left([end for _, end in spans], sentence.start + 1)
    out = []
    for start, end in spans[first:]:
        if start >= sentence.end:
            break
        out.append((start, end))
    return out


def _quotes(text: str, sentences: Sequence[_Sentence]) -> list[_Quote]:
    view = normalize(text)
    out: list[_Quote] = []
    previous_group = None
    starts = [s.start for s in sentences]
    for segment in quote_segments(text):
        outer_start = _mark_before(view, segment.start)
        outer_end = _mark_after(view, segment.end) if segment.closed else segment.end
        first = _sentence_at(starts, outer_start)
        last = _sentence_at(starts, max(outer_start, segment.end - 1))
        quote = _Quote(segment.start, segment.end, outer_start, outer_end, segment.group, first, last,
                       sentences[first].paragraph if sentences else 0)
        continued = previous_group == segment.group
        quote.kind = "direct" if continued else _kind(view, quote, sentences[first] if sentences else None)
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


def _kind(view: str, quote: _Quote, sentence: _Sentence | None) -> str:
    """``direct`` when the quote is set off from the reporter's sentence, else ``partial`` (module docstring)."""
    sentence_start = sentence.start if sentence is not None else 0
    before = view[sentence_start:quote.outer_start].rstrip()
    content = view[quote.start:quote.end].strip()
    if not before or before.endswith(_SET_OFF) or before[-1] in QUOTE_MARKS:
        return "direct"
    capital = content[:1].isupper() or (content[:1] in "[(" and content[1:2].isupper())
    last_word = before.split()[-1].lower() if before.split() else ""
    if capital and last_word in attr._FORMS_LOWER:
        return "direct"
    if capital and content.rstrip(QUOTE_MARKS + " ").endswith(_SENTENCE_END):
        return "direct"
    return "partial"


# ---------------------------------------------------------------------------
# Attaching attributions to quotes
# ---------------------------------------------------------------------------


def _attach_attributions(text: str, quotes: list[_Quote], sentences: Sequence[_Sentence]) -> None:
    """Give each quote the nearest attribution with a source in the sentences it spans."""
    for quote in quotes:
        candidates = [
            a for index in range(quote.first_sentence, quote.last_sentence + 1)
            for a in sentences[index].attributions if a.source is not None
        ] if sentences else []
        if any(a.lemma != "according to" for a in candidates):
            candidates = [a for a in candidates if a.lemma != "according to"]  # "X said, according to NBC"
        if candidates:
            quote.attribution = min(candidates, key=lambda a: _distance(quote, a))
            quote.own_attribution = True


def _distance(quote: _Quote, attribution: Attribution) -> tuple[int, int]:
    if attribution.cue_end <= quote.outer_start:
        return quote.outer_start - attribution.cue_end, 1
    if attribution.cue_start >= quote.outer_end:
        return attribution.cue_start - quote.outer_end, 0
    return 0, 0


_UNATTRIBUTED_MIN_WORDS = 6


def _keep(text: str, quote: _Quote, *, min_partial_words: int) -> bool:
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
    return quote.own_attribution and words >= min_partial_words


def _gloss(view: str, quote: _Quote) -> bool:
    """A quoted gloss in parentheses, ``Brexit ("British exit")``, is no quotation."""
    before = view[:quote.outer_start].rstrip()
    after = view[quote.outer_end:].lstrip()
    return before.endswith("(") and after.startswith(")")


def _inherit_attributions(text: str, quotes: list[_Quote], sentences: Sequence[_Sentence]) -> None:
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


def _from_colon(text: str, quote: _Quote, sentences: Sequence[_Sentence]) -> Attribution | None:
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
    text: str, quotes: Sequence[_Quote], position: int, sentences: Sequence[_Sentence]
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


def _with_subject(text: str, sentence: _Sentence, attribution: Attribution, mentions: Sequence["_Mention"]) -> Attribution:
    """A cue after "and"/"but" without a source of its own takes the sentence's subject."""
    if attribution.source is not None or attribution.lemma == "according to":
        return attribution
    tokens = sentence.tokens
    index = _token_index(tokens, attribution.cue_start)
    previous = index - 1
    while previous >= 0 and tokens[previous].kind == "word" and tokens[previous].lower in attr._ADVERBS:
        previous -= 1
    if previous < 0 or tokens[previous].lower not in _COORDINATORS:
        return attribution
    subject = _subject(text, sentence, mentions, before=attribution.cue_start)
    if subject is None:
        return attribution
    return replace(attribution, source_start=subject[0], source_end=subject[1], source=text[subject[0]:subject[1]])


def _subject_fallback(
    text: str, view: str, quotes: Sequence[_Quote], sentences: Sequence[_Sentence], mentions: Sequence["_Mention"]
) -> None:
    """A direct quote set off by ``,`` or ``:`` in a sentence without a cue is the subject's: ``X defended it, "..."``."""
    for quote in quotes:
        if quote.attribution is not None or quote.kind != "direct" or not sentences:
            continue
        sentence = sentences[quote.first_sentence]
        before = view[sentence.start:quote.outer_start].rstrip()
        if not before or not before.endswith((",", ":")):
            continue
        subject = _subject(text, sentence, mentions, before=quote.outer_start)
        if subject is None:
            continue
        found = Attribution(quote.outer_start, quote.outer_start, "", "", subject[0], subject[1], text[subject[0]:subject[1]])
        sentence.attributions.append(found)
        quote.attribution = found
        quote.own_attribution = True


def _subject(text: str, sentence: _Sentence, mentions: Sequence["_Mention"], *, before: int) -> tuple[int, int] | None:
    """The first actor mention of the sentence that is not the object of a preposition, before ``before``."""
    quoted = [(t.start, t.end) for t in sentence.tokens if t.kind == "quote"]
    for mention in mentions:
        if mention.start < sentence.start or mention.start >= before:
            continue
        if mention.how == "demonym" or _inside(mention.start, mention.end, quoted):
            continue
        if _is_salient(sentence.tokens, mention.start):
            return mention.start, mention.end
    return None


def _possessive(text: str, end: int) -> bool:
    """``Mohammad's admission``: a possessor is no subject."""
    return normalize(text[end:end + 2]) == "'s"


def _token_index(tokens: Sequence[Token], position: int) -> int:
    return max(0, bisect_right([t.start for t in tokens], position) - 1)


_OBJECT_PREPOSITIONS = frozenset(
    "of to by with from for about against at in on into over under between among like than toward towards "
    "including via despite".split()
)


_NAME_LEAD = frozenset("the a an former late then ex".split())


def _is_salient(tokens: Sequence[Token], position: int) -> bool:
    """A mention in subject position: after its titles, only a clause start, punctuation or a conjunction.

    ``statements of former adviser John Bolton`` (a preposition) and ``which
    removed Evo Morales`` (a verb) are objects, so not salient.
    """
    index = _token_index(tokens, position) - 1
    while index >= 0:
        token = tokens[index]
        if token.kind != "word":
            return True
        lower = token.lower
        if token.capitalized or lower in attr.TITLE_WORDS or lower in attr.ROLE_NOUNS or lower in _NAME_LEAD:
            index -= 1
            continue
        return lower in attr._BOUNDARY_WORDS and lower not in _OBJECT_PREPOSITIONS
    return True


# ---------------------------------------------------------------------------
# Speakers
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    actor_id: str | None
    actor: str | None
    actor_type: str | None
    how: str | None


def _mention_list(mentions: pd.DataFrame) -> list[_Mention]:
    if mentions is None or mentions.empty:
        return []
    frame = mentions.reindex(columns=MENTION_COLUMNS).sort_values(["start", "end"], kind="stable")
    return [
        _Mention(int(r.start), int(r.end), _str_or_none(r.actor_id), _str_or_none(r.actor),
                 _str_or_none(r.actor_type), _str_or_none(r.how))
        for r in frame.itertuples(index=False)
    ]


def _str_or_none(value: Any) -> str | None:
    return None if value is None or (isinstance(value, float) and value != value) or value is pd.NA else str(value)


def _resolve_speakers(
    text: str, sentences: Sequence[_Sentence], quotes: Sequence[_Quote], mentions: Sequence[_Mention]
) -> dict[tuple[int, int], _Speaker]:
    """Speaker of every attribution with a source, keyed by (cue_start, source_start), in text order."""
    quoted = [(q.outer_start, q.outer_end) for q in quotes]
    outside = [m for m in mentions if not _inside(m.start, m.end, quoted)]
    salient = _subject_mentions(text, sentences, outside)
    resolved: dict[tuple[int, int], _Speaker] = {}
    history: list[tuple[int, _Speaker]] = [(m.start, _speaker_of(m)) for m in salient]
    attributions = sorted(
        {(a.cue_start, a.source_start): a for s in sentences for a in s.attributions if a.source is not None}.values(),
        key=lambda a: (a.source_start, a.cue_start),
    )
    for attribution in attributions:
        speaker = _resolve_one(text, attribution, outside, history)
        resolved[(attribution.cue_start, attribution.source_start)] = speaker
        if speaker.name is not None:
            history.append((attribution.source_start, speaker))
    return resolved


def _inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _subject_mentions(text: str, sentences: Sequence[_Sentence], mentions: Sequence[_Mention]) -> list[_Mention]:
    """Person mentions that are not objects of a preposition: likely subjects, so salient antecedents."""
    out = []
    starts = [s.start for s in sentences]
    for mention in mentions:
        if mention.actor_type != "person" or not sentences:
            continue
        sentence = sentences[_sentence_at(starts, mention.start)]
        if _is_salient(sentence.tokens, mention.start) and not _possessive(text, mention.end):
            out.append(mention)
    return out


def _speaker_of(mention: _Mention) -> _Speaker:
    return _Speaker(mention.actor, mention.actor_id, mention.actor_type)


def _resolve_one(
    text: str, attribution: Attribution, mentions: Sequence[_Mention], history: Sequence[tuple[int, _Speaker]]
) -> _Speaker:
    """The speaker an attribution's source names (see the module docstring for the order of rules)."""
    start, end = attribution.source_start, attribution.source_end
    source = attribution.source or ""
    if attr.is_pronoun(source):
        kind = attr.PRONOUNS[source.strip().lower()]
        return _antecedent(start, kind, mentions, history)
    inner = [m for m in mentions if m.start < end and start < m.end]
    people = [m for m in inner if m.actor_type == "person"]
    if people:
        return _speaker_of(people[-1])
    if attr.is_role_description(source):
        found = _role_holder(text, source, start, mentions) or _antecedent(start, "person", mentions, history)
        if found.name is not None:
            return found
    name = _unlisted_name(text, start, end, inner)
    if name is not None:
        return _Speaker(name, None, "person")
    named = [m for m in inner if m.how != "demonym" and _heads_source(text, start, m)]
    if named:
        return _speaker_of(named[-1])
    return _Speaker(_clean_source(source), None, None)


def _role_holder(text: str, source: str, position: int, mentions: Sequence[_Mention]) -> _Speaker | None:
    """``the archbishop`` -> the latest person introduced with that role word ("archbishop Jorge Scheinig")."""
    roles = {w for w in re.findall(r"[a-z-]+", normalize(source).lower()) if w in attr.ROLE_NOUNS}
    if not roles:
        return None
    view = normalize(text)
    for mention in reversed([m for m in mentions if m.end <= position and m.actor_type == "person"]):
        around = view[max(0, mention.start - 60):mention.start] + " " + view[mention.end:mention.end + 60]
        context = set(re.findall(r"[a-z-]+", around.lower()))
        if roles & context:
            return _speaker_of(mention)
    return None


_NAME_WORD = re.compile(r"[A-Z][\w'-]*\Z")


def _unlisted_name(text: str, start: int, end: int, inner: Sequence[_Mention]) -> str | None:
    """A person name the mentions table missed, from the source's own words.

    ``Member of Parliament (MP) Yvette Cooper of the Labour Party``: the last
    run of two or more capitalised words outside any mention, titles and
    organisation words left out. A lone capitalised surname ("Cengiz") takes
    the given name written before it earlier in the article ("Hatice
    Cengiz"), when the word before is no title.
    """
    view = normalize(text)
    runs: list[list[str]] = [[]]
    for match in re.finditer(r"\S+", view[start:end]):
        word_start = start + match.start()
        word = match.group().strip(",;:")
        free = not any(m.start <= word_start < m.end for m in inner)
        if free and _NAME_WORD.match(word) and not _title_or_body(word):
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    names = [run for run in runs if len(run) >= 2]
    if names:
        return " ".join(names[-1])
    words = view[start:end].split()
    if inner or len(words) != 1 or not _NAME_WORD.match(words[0]) or _title_or_body(words[0]):
        return None
    surname = words[0]
    pattern = re.compile(r"\b([A-Z][\w'-]+)\s+" + re.escape(surname) + r"\b")
    for match in pattern.finditer(view, 0, start):
        if not _title_or_body(match.group(1)):
            return f"{match.group(1)} {surname}"
    return None


def _title_or_body(word: str) -> bool:
    """A title ("Senator"), an article or an organisation word ("Department"): not part of a person's name."""
    lower = word.rstrip(".").lower()
    return lower in attr.TITLE_WORDS or lower in {"the", "a", "an"} or lower in _organization_words()


@lru_cache(maxsize=1)
def _organization_words() -> frozenset[str]:
    """Lower-cased organisation and media words of the shipped actor dictionary ("Ministry", "Department")."""
    try:
        from analysis.actors import get_dictionary
    except ImportError:
        return frozenset()
    dictionary = get_dictionary(None)
    words = dictionary.cue("organization_words") | dictionary.cue("media_words") | dictionary.cue("place_words")
    return frozenset(word.lower() for word in words)


def _heads_source(text: str, source_start: int, mention: _Mention) -> bool:
    """Whether a non-person mention is who speaks: it opens the source, or follows "of/for/from/at" (a body's member)."""
    lead = normalize(text)[source_start:mention.start].split()
    if not lead or all(word[:1].isupper() for word in lead):
        return True
    words = [w.lower() for w in lead]
    if words[-1] == "the":
        words = words[:-1]
    return bool(words) and words[-1] in {"of", "for", "from", "at", "by", "with"}


def _antecedent(
    position: int, kind: str, mentions: Sequence[_Mention], history: Sequence[tuple[int, _Speaker]]
) -> _Speaker:
    """The most recent salient actor before ``position`` compatible with a pronoun of ``kind``."""
    for _, speaker in sorted((h for h in history if h[0] < position), key=lambda h: h[0], reverse=True):
        if _compatible(speaker, kind):
            return speaker
    for mention in reversed([m for m in mentions if m.end <= position]):
        if kind == "person" and mention.actor_type == "person":
            return _speaker_of(mention)
        if kind != "person" and mention.actor_type in {"organization", "country", "media"} and mention.how != "demonym":
            return _speaker_of(mention)
    return _Speaker(None, None, None)


def _compatible(speaker: _Speaker, kind: str) -> bool:
    """Whether "he/she" (kind person) or "they/it/we" can refer to ``speaker``."""
    if speaker.actor_type is not None:
        return (speaker.actor_type == "person") == (kind == "person")
    words = (speaker.name or "").split()
    looks_personal = bool(words) and (words[-1][:1].isupper() or words[-1].lower() in attr.PERSON_NOUNS)
    return looks_personal if kind == "person" else not looks_personal


def _clean_source(source: str) -> str:
    return " ".join(source.split())


# ---------------------------------------------------------------------------
# Rows
# ---------------------------------------------------------------------------


def _quote_row(text: str, quote: _Quote, speakers: Mapping[tuple[int, int], _Speaker]) -> dict[str, Any]:
    return _row(text, quote.start, quote.end, quote.kind, quote.attribution, speakers)


def _row(
    text: str, start: int, end: int, kind: str, attribution: Attribution | None,
    speakers: Mapping[tuple[int, int], _Speaker],
) -> dict[str, Any]:
    speaker = _Speaker(None, None, None)
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
        from analysis.actors import find_mentions
    except ImportError:
        return _empty_mentions()
    return find_mentions(text, dictionary=dictionary)


def _sentence_ids(starts: Sequence[int], sentences: pd.DataFrame) -> list[int]:
    if sentences is None or sentences.empty:
        return [0] * len(starts)
    ordered = sentences.sort_values("start")
    positions = ordered["start"].tolist()
    ids = ordered["sent_id"].tolist()
    return [int(ids[max(0, bisect_right(positions, start) - 1)]) for start in starts]


# ---------------------------------------------------------------------------
# Indirect quotes
# ---------------------------------------------------------------------------

_SKIP_AFTER_CUE = frozenset(
    "on monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later "
    "also last week month year in a an the statement interview press conference release".split()
)
_CLAUSE_OPENERS = frozenset("he she it they we i there this these those the a an its his her their our".split())


def _indirect_rows(
    text: str, sentences: Sequence[_Sentence], quotes: Sequence[_Quote], speakers: Mapping[tuple[int, int], _Speaker]
) -> list[dict[str, Any]]:
    """Reported speech without marks for the cues no quotation used."""
    used = {(q.attribution.cue_start, q.attribution.source_start) for q in quotes if q.attribution is not None}
    rows = []
    for sentence in sentences:
        for attribution in sentence.attributions:
            if attribution.source is None or attribution.borrowed:
                continue
            if (attribution.cue_start, attribution.source_start) in used:
                continue
            if attribution.lemma not in attr.CLAUSAL and attribution.lemma != "according to":
                continue
            span = _indirect_span(text, sentence, attribution)
            if span is not None:
                rows.append(_row(text, span[0], span[1], "indirect", attribution, speakers))
    return rows


def _indirect_span(text: str, sentence: _Sentence, attribution: Attribution) -> tuple[int, int] | None:
    tokens = sentence.tokens
    cue_last = max(i for i, t in enumerate(tokens) if t.start < attribution.cue_end)
    source_first = min(i for i, t in enumerate(tokens) if t.end > attribution.source_start)
    source_last = max(i for i, t in enumerate(tokens) if t.start < attribution.source_end)
    cue_first = min(i for i, t in enumerate(tokens) if t.end > attribution.cue_start)
    after_source = source_first > cue_last
    if attribution.lemma == "according to":
        after = source_last + 1
        if after < len(tokens) and tokens[after].text == ",":
            return _clause_span(tokens, after + 1, len(tokens))
        return _leading_clause(tokens, cue_first)
    if not after_source:
        forward = _clause_after_cue(tokens, cue_last + 1, attribution.lemma)
        if forward is not None:
            return forward
    head = min(cue_first, source_first)
    if _ends_clause(tokens, max(cue_last, source_last) + 1):
        return _leading_clause(tokens, head)
    return None


def _clause_after_cue(tokens: Sequence[Token], index: int, lemma: str) -> tuple[int, int] | None:
    """``said (on Monday) (that) CLAUSE`` / ``told reporters (that) CLAUSE``."""
    skipped = 0
    if lemma == "tell":
        for probe in range(index, min(index + 5, len(tokens))):
            if tokens[probe].lower == "that":
                index = probe
                break
        else:
            return None
    while index < len(tokens) and tokens[index].lower in _SKIP_AFTER_CUE and tokens[index].lower != "that" and skipped < 6:
        if tokens[index].lower in _CLAUSE_OPENERS and skipped == 0:
            break
        index += 1
        skipped += 1
    if index < len(tokens) and tokens[index].text == ",":
        index += 1
    if index >= len(tokens) or tokens[index].kind != "word":
        return None
    if tokens[index].lower == "that":
        return _clause_span(tokens, index + 1, len(tokens))
    if tokens[index].lower in {"he", "she", "they", "we", "i", "there", "it"}:
        return _clause_span(tokens, index, len(tokens))
    if _opens_clause(tokens, index):
        return _clause_span(tokens, index, len(tokens))
    return None


_FINITE = frozenset(
    "is are was were will would could should must might may can has have had did does do shall".split()
)


def _opens_clause(tokens: Sequence[Token], index: int) -> bool:
    """``said the talks would resume``: a noun phrase followed, within six words, by a finite auxiliary."""
    first = tokens[index]
    if not (first.lower in _CLAUSE_OPENERS or first.capitalized or first.text[:1].isdigit()):
        return False
    for token in tokens[index + 1:index + 7]:
        if token.kind != "word":
            return False
        if token.lower in _FINITE:
            return True
    return False


def _clause_span(tokens: Sequence[Token], first: int, stop: int) -> tuple[int, int] | None:
    """Words from ``first`` to the sentence end (or a ", adding ..." cue), no quotation inside, 3+ words."""
    while first < stop and tokens[first].kind == "punct":
        first += 1
    end = first
    while end < stop:
        token = tokens[end]
        if token.kind == "quote":
            return None
        if token.text == "," and end + 1 < stop and tokens[end + 1].lower.endswith("ing") and \
                tokens[end + 1].lower in attr._FORMS_LOWER:
            break
        end += 1
    words = [t for t in tokens[first:end] if t.kind == "word"]
    if len(words) < 3:
        return None
    last = end - 1
    while last > first and tokens[last].kind == "punct":
        last -= 1
    return tokens[first].start, tokens[last].end


def _ends_clause(tokens: Sequence[Token], index: int) -> bool:
    """Only adverbials and final punctuation follow: ``..., X said (on Monday).``"""
    rest = tokens[index:]
    words = [t for t in rest if t.kind == "word"]
    if any(t.kind == "quote" for t in rest):
        return False
    if rest and rest[0].text == ",":
        return True
    return len(words) <= 4 and all(t.lower in _SKIP_AFTER_CUE or t.capitalized or t.lower in {"to", "of", "by"} for t in words)


def _leading_clause(tokens: Sequence[Token], head: int) -> tuple[int, int] | None:
    """``CLAUSE, X said``: the words before the comma that precedes the attribution."""
    comma = head - 1
    if comma < 1 or tokens[comma].text != ",":
        return None
    first = comma - 1
    while first > 0 and tokens[first - 1].kind != "quote" and tokens[first - 1].text not in {":", ";"}:
        first -= 1
    if any(t.kind == "quote" for t in tokens[first:comma]):
        return None
    return _clause_span(tokens, first, comma)
