"""Tone toward an actor at each mention: the clause or phrase that concerns the mention, scored with VADER.

A sentence's tone is not its actors' tone: in "Cohen said Trump lied, but praised Daniels" Trump and
Daniels are spoken of in opposite terms, and Cohen speaks. So each mention gets the tone of its
*evidence*, the part of its sentence that concerns it, found by rules over the reporter's tokens of the
sentence (quotations collapsed into one token; :func:`analysis.quotes.attribution.tokenize_reporter_text`)
and its attributions (:func:`analysis.quotes.attribution.find_attributions`, the quotes wing's cues):

* the sentence is cut into clauses at ``; : ( ) -``, at a quotation set off by punctuation, before a
  clause opener ("but", "while", "although"...: ``lexicon/clause_openers.txt``), before ", and" / ", or"
  followed by a verb-like word or by a name and a verb-like word, and around each attribution: its
  source ("Cohen") and cue ("said") stand apart from what was said. A cue that only names a stance
  ("praised", "denied", "accused": not ``invertible`` in the speech-cue dictionary) followed by its
  object stays with the object, so "praised Daniels" is evidence about Daniels;
* the evidence of a mention is the clause it sits in: its predicate when it is the subject, with the
  appositive or relative clause describing it ("Trump, the embattled president, was acquitted");
* the **speaker** of an attribution gets no tone (its own words, whatever the verb): the mention that
  heads the source ("U.S. President Donald Trump said": Trump; not Trump in "a lawyer for Trump said",
  whose evidence is that phrase);
* a mention inside a quotation gets the tone of its clause within the quotation, the quote *about* it,
  unless the quotation is its own (the nearest attribution's source is the same actor, or a pronoun
  whose nearest person mention before it is).

Mentions of the publisher (``how == "publisher"``) and places (``actor_type == "place"``: where, not who)
get no tone either. The evidence is scored as the sentiment step scores a sentence
(:func:`analysis.sentiment.step.span_scores`: its analyzer with the news-aware word rules the run's options
switch on, "party leaders", "interest rates", "saving lives"...) on the Document's normalised view, so offsets are the
article's, and a mention's tone and its sentence's read words alike (a capital marks a name, or is a sentence's first,
as in the whole sentence). With the ``names`` rule (the
``sentiment_neutral_names`` option, on by default), the words of the article's names (its mentions, but for roles and
demonyms, whose words describe) carry no tone either: the "Libertarian Party" or the "United Nations" is not praised
by its own name. No tone is NaN, with ``tone_start``/``tone_end`` missing.
"""
from __future__ import annotations

import string
from bisect import bisect_left, bisect_right
from itertools import compress, count, repeat
from operator import attrgetter, itemgetter
from typing import AbstractSet, Any, Container, Iterable, Iterator, Mapping, NamedTuple, Sequence

from analysis.quotes.attribution import (
    Attribution, Token, cues_in_order, find_attributions, is_pronoun, tokenize_reporter_text,
)
from analysis.quotes.speech_cues import SpeechCues, default_speech_cues
from analysis.sentiment.step import WordRules, span_scores, toned_words, word_rules
from analysis.sentiment.vader import analyzer, without_tone
from analysis.text import lexicon
from analysis.text.document import Document
from analysis.text.quotemarks import QUOTE_MARKS

TONE_COLUMNS = ["tone", "tone_start", "tone_end"]
TONE_SCHEMA = {"tone": "float64", "tone_start": "Int64", "tone_end": "Int64"}
TONE_LANGUAGES = frozenset({"en"})  # VADER's lexicon and the clause words are English: other articles get no tone
NO_TONE_TYPES = frozenset({"place"})
NO_TONE_HOW = frozenset({"publisher"})
DESCRIBING_HOW = frozenset({"role", "demonym"})  # mentions whose words describe ("the embattled president"): keep their tone
_BREAK_PUNCT = frozenset({";", ":", "(", ")", "-", "--"})  # not "[ ]": editorial insertions in quotes
_SET_OFF_PUNCT = frozenset({",", ":", ";", "-", "("})
_CONTENT_OPENERS = frozenset({"that", ",", ":", "."})
_COORDINATORS = lexicon.words("clause_coordinators")
_OPENERS = lexicon.words("clause_openers")
_PREPOSITIONS = lexicon.words("phrase_prepositions")
_DETERMINERS = lexicon.words("determiners")
_POSSESSIVES = lexicon.words("possessive_determiners")
_BE_FORMS = lexicon.words("be_forms")
_PUNCTUATION = string.punctuation  # what VADER strips from a token's ends
_CUTTING = _BREAK_PUNCT | _OPENERS | _COORDINATORS  # lower-case forms of the tokens that can start a clause
_START, _KIND, _LOWER = itemgetter(0), itemgetter(3), itemgetter(4)  # Token fields, read at C speed
_FIRST = itemgetter(0)  # a clause's first token
_SOURCE_START = attrgetter("source_start")
_DEFAULT_RULES = word_rules({})  # the sentiment step's defaults


class Mention(NamedTuple):
    """What the rules read of one mention row."""

    start: int
    end: int
    actor_id: str
    actor_type: str
    how: str


class _Parsed(NamedTuple):
    """One sentence: its reporter tokens, its attributions and its clause spans (token ranges),
    with what its mentions' evidence reads again and again, worked out once per sentence: the words and clauses
    of each quotation token (by token index) and the actors heading each attribution's source (by cue and
    source start); :func:`evidence_span` fills these memos as it reads the sentence's mentions."""

    tokens: list[Token]
    attributions: list[Attribution]
    clauses: list[tuple[int, int]]
    mentions: Sequence[Mention]
    mention_starts: Sequence[int]
    quotations: dict[int, _Quotation]
    source_actors: dict[tuple[int, int], frozenset[str]]
    sources: _Sources


class _Sources(NamedTuple):
    """A sentence's attributions read by position: ``own`` (those with a source of their own, by source start, with
    ``own_starts`` and the ``longest`` source's length: the sources that can hold a mention start at most that far
    before its end), and ``cued`` (those with a source, their own or borrowed, in text order, with their cues'
    starts and ends, and whether those cues come left to right: :func:`~analysis.quotes.attribution.cues_in_order`)."""

    own: list[Attribution]
    own_starts: list[int]
    longest: int
    cued: list[Attribution]
    cue_starts: list[int]
    cue_ends: list[int]
    cues_in_order: bool


_NO_SOURCES = _Sources([], [], 0, [], [], [], True)  # of a sentence without attributions (read, never changed)


class _Quotation(NamedTuple):
    """A quotation token's words (quote marks left out), their starts and their clauses."""

    words: list[Token]
    starts: list[int]
    clauses: list[tuple[int, int]]


# ---------------------------------------------------------------- the mentions table's columns


def mention_tones(
    doc: Document, mentions: Sequence[Mention], *, cues: SpeechCues, method: str = "vader",
    rules: WordRules = _DEFAULT_RULES,
) -> dict[str, list]:
    """The columns ``tone``, ``tone_start``, ``tone_end`` of ``mentions`` (one article's rows, in text order).

    ``cues`` is the speech-cue dictionary in force (the actors and quotes steps' ``quotes_speech_cues``);
    ``method`` the sentiment step's VADER implementation; ``rules`` its news-aware word rules in force
    (:func:`analysis.sentiment.step.word_rules`), ``names`` among them also dropping the tone of the words of the
    article's names (see the module doc). A mention without tone has NaN and None; so has every mention of an
    article in a language other than English (``doc.lang``).
    """
    if getattr(doc, "lang", "en") not in TONE_LANGUAGES:
        return {"tone": [float("nan")] * len(mentions), "tone_start": [None] * len(mentions),
                "tone_end": [None] * len(mentions)}
    view = doc.normalized
    spans: list[tuple[int, int] | None] = [None] * len(mentions)
    if doc.sentences:
        _evidence_spans(doc, mentions, cues, spans)
    engine = analyzer(method)
    name_spans = _rated_name_spans(view, mentions, engine.lexicon) if rules.names else []
    scores = _compounds(engine, doc, set(filter(None, spans)), name_spans, rules, method == "vader")
    nan = float("nan")
    return {"tone": [nan if span is None else scores[span] for span in spans],
            "tone_start": [None if span is None else span[0] for span in spans],
            "tone_end": [None if span is None else span[1] for span in spans]}


def _evidence_spans(
    doc: Document, mentions: Sequence[Mention], cues: SpeechCues, spans: list[tuple[int, int] | None],
) -> None:
    """Fill ``spans`` (one None per mention) with the evidence span of each mention that takes a tone, parsing each
    sentence holding one once (the sentence ids of all mentions found in one pass)."""
    view = doc.normalized
    outer_quotes = [_outer(view, q.start, q.end, single=q.single) for q in doc.quote_segments]
    parsed: dict[int, _Parsed] = {}
    persons = [m for m in mentions if m.actor_type == "person"]
    people = (persons, [m.end for m in persons])
    mention_starts = [m.start for m in mentions]
    sentences = doc.sentences
    for position, (mention, sentence) in enumerate(zip(mentions, doc.sentence_ids(mention_starts))):
        if mention.how in NO_TONE_HOW or mention.actor_type in NO_TONE_TYPES:
            continue
        read = parsed.get(sentence)
        if read is None:
            read = parsed[sentence] = _parse(view, *sentences[sentence], outer_quotes, mentions, mention_starts, cues)
        spans[position] = evidence_span(view, read, mention, people)


def _compounds(
    engine: Any, doc: Document, spans: AbstractSet[tuple[int, int]], names: Sequence[tuple[int, int]],
    rules: WordRules, exact_skip: bool,
) -> dict[tuple[int, int], float]:
    """The compound of each evidence span of the article's view as the sentiment step scores a sentence (its word
    ``rules``), the words overlapping ``names`` (spans of the view, in text order) without tone.

    With ``exact_skip`` (the reference analyzer), an ASCII text none of whose whitespace tokens, as written or
    stripped of punctuation, is a word that can carry tone under ``rules``
    (:func:`~analysis.sentiment.step.toned_words`) scores 0 without VADER's pass: VADER and the rules give every
    token valence 0, so the compound would be 0 too. So does one whose toned tokens all overlap ``names`` (the name's
    words are its only toned words, whose tone is dropped). The others are scored together, a layer of spans that
    overlap no other at a time (:func:`_layers`), so each word rule reads the article once per layer, not once per
    span."""
    view = doc.normalized
    toned = toned_words(rules)
    compounds: dict[tuple[int, int], float] = {}
    scored: list[tuple[int, int]] = []
    for span in spans:
        text = view[span[0]:span[1]]
        if exact_skip and text.isascii() and (_unrated(toned, text) or (
                names and _unrated(toned, _outside(text, span[0], _spans_within(names, span))))):
            compounds[span] = 0.0  # the second test saves VADER's pass and the rescoring without the names' words
        else:
            scored.append(span)
    for layer in _layers(scored):
        whole = [doc.sentences[sentence] for sentence in doc.sentence_ids(start for start, _ in layer)]
        for span, each in zip(layer, span_scores(engine, view, layer, rules, doc.vocabulary, whole)):
            within = _spans_within(names, span)
            if within:
                each = without_tone(engine, each, view[span[0]:span[1]], span[0], within)
            compounds[span] = float(each.scores["compound"])
    return compounds


def _layers(spans: Iterable[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """``spans`` in layers, each in text order with no span overlapping another: a span goes to the first layer whose
    last span ends at or before its start (evidence spans are clauses, and clauses within quotations, so an article's
    spans need two or three layers)."""
    layers: list[list[tuple[int, int]]] = []
    for span in sorted(spans):
        layer = next((layer for layer in layers if layer[-1][1] <= span[0]), None)
        if layer is None:
            layers.append([span])
        else:
            layer.append(span)
    return layers


def _unrated(rated: AbstractSet[str], text: str) -> bool:
    """Whether none of the whitespace tokens of ``text``, lower-cased as written or stripped of punctuation, is in
    ``rated`` (then none is a word of ``rated`` to VADER: its words are the tokens, stripped unless that leaves 2
    characters)."""
    words = text.lower().split()
    return rated.isdisjoint(words) and rated.isdisjoint(_stripped(words))


def _stripped(words: Iterable[str]) -> Iterator[str]:
    """Each of ``words`` stripped of the punctuation VADER strips from a token's ends."""
    return map(str.strip, words, repeat(_PUNCTUATION))


def _outside(text: str, start: int, names: Sequence[tuple[int, int]]) -> str:
    """``text`` (at ``start`` in the view) without the spans of ``names`` (in text order), a space for each: every
    token of ``text`` that overlaps no name is whole in it (the others, those whose tone
    :func:`~analysis.sentiment.vader.without_tone` drops, are gone or cut)."""
    pieces, position = [], start
    for name_start, name_end in names:
        pieces.append(text[position - start:max(position, name_start) - start])
        position = max(position, name_end)
    pieces.append(text[position - start:])
    return " ".join(pieces)


def _rated_name_spans(view: str, mentions: Sequence[Mention], rated: Mapping[str, float]) -> list[tuple[int, int]]:
    """The spans of the names among ``mentions`` (not :data:`DESCRIBING_HOW`) holding a word VADER rates, in text
    order: the words whose tone :func:`_compounds` drops (most names hold none, and their evidence scores as is)."""
    rated_words = rated.keys()
    holds_rated: dict[str, bool] = {}  # by surface: an article names its actors again and again
    spans = []
    for mention in mentions:
        if mention.how in DESCRIBING_HOW:
            continue
        surface = view[mention.start:mention.end]
        if surface not in holds_rated:
            words = surface.lower().split()
            holds_rated[surface] = not (rated_words.isdisjoint(words)
                                        and rated_words.isdisjoint(_stripped(words)))
        if holds_rated[surface]:
            spans.append((mention.start, mention.end))
    return spans


def _spans_within(spans: Sequence[tuple[int, int]], span: tuple[int, int]) -> list[tuple[int, int]]:
    """The ``spans`` (in text order) lying inside ``span``."""
    first = bisect_left(spans, (span[0], span[0]))
    return [inner for inner in spans[first:bisect_left(spans, (span[1], span[1]))] if inner[1] <= span[1]]


def _outer(view: str, start: int, end: int, *, single: bool = False) -> tuple[int, int]:
    """A quote segment's span widened to its quote marks (when they are there; ``'`` for a single-mark one)."""
    marks = "'" if single else QUOTE_MARKS
    if start > 0 and view[start - 1] in marks:
        start -= 1
    if end < len(view) and view[end] in marks:
        end += 1
    return start, end


# ---------------------------------------------------------------- one sentence


def _parse(
    view: str, start: int, end: int, outer_quotes: Sequence[tuple[int, int]], mentions: Sequence[Mention],
    mention_starts: Sequence[int], cues: SpeechCues,
) -> _Parsed:
    """The reporter tokens of ``view[start:end]``, their attributions, clauses and mentions
    (``mentions`` in text order, ``mention_starts`` their starts)."""
    tokens = tokenize_reporter_text(view, start, end, outer_quotes)
    attributions = find_attributions(tokens, view, cues=cues)
    starts: list[int] = []  # the tokens' starts, which only attributions are placed by (a mention bisects the tokens)
    if attributions:  # most sentences have none: nothing to filter, cut around or sort
        starts = list(map(_START, tokens))
        attributions = [a for a in attributions if _verbal(view, tokens, starts, a)]
    first, stop = bisect_left(mention_starts, start), bisect_left(mention_starts, end)
    inside, inside_starts = mentions[first:stop], mention_starts[first:stop]
    quoted = bool(outer_quotes) and "quote" in map(_KIND, tokens)  # most articles quote nobody: no token to read
    cuts = _clause_cuts(tokens, starts, inside_starts, attributions, cues, quoted)
    return _Parsed(tokens, attributions, cuts, inside, inside_starts, {}, {}, _sources(attributions))


def _sources(attributions: Sequence[Attribution]) -> _Sources:
    """The :class:`_Sources` of a sentence's attributions (a borrowed source is another cue's)."""
    cued = [a for a in attributions if a.source_start is not None]
    if not cued:
        return _NO_SOURCES  # most sentences: nothing to sort or measure
    own = [a for a in cued if not a.borrowed]
    own.sort(key=_SOURCE_START)  # stable, as sorted() was
    return _Sources(own, [a.source_start for a in own], max((a.source_end - a.source_start for a in own), default=0),
                    cued, [a.cue_start for a in cued], [a.cue_end for a in cued], cues_in_order(cued))


def _verbal(view: str, tokens: Sequence[Token], starts: Sequence[int], attribution: Attribution) -> bool:
    """Whether a cue attributes words: not a noun after a determiner ("his remarks"), not a passive ("was
    praised"), nor with a source holding a possessive ("Trump for his disgraceful" before "remarks")."""
    before = bisect_right(starts, attribution.cue_start) - 2
    if before >= 0 and tokens[before].lower in _DETERMINERS:
        return False  # "his remarks"
    while before >= 0 and tokens[before].lower.endswith("ly"):
        before -= 1  # "was widely praised"
    if before >= 0 and tokens[before].lower in _BE_FORMS:
        return False  # "Merkel was praised": a passive, the subject is spoken of, not speaking
    if attribution.source_start is None:
        return True
    words = view[attribution.source_start:attribution.source_end].lower().split()
    return not any(word in _POSSESSIVES for word in words[1:])


def clauses(
    tokens: Sequence[Token], mention_starts: frozenset[int] | set[int], attributions: Sequence[Attribution] = (),
    cues: SpeechCues | None = None,
) -> list[tuple[int, int]]:
    """The clauses of a sentence's tokens as ``(first, stop)`` token ranges, in order (see the module doc).

    ``mention_starts``: where the sentence's mentions start; ``attributions`` its attributions, found with ``cues``.
    """
    starts = list(map(_START, tokens)) if attributions else []
    return _clause_cuts(tokens, starts, mention_starts, attributions, cues, "quote" in map(_KIND, tokens))


def _clause_cuts(
    tokens: Sequence[Token], starts: Sequence[int], mention_starts: Container[int],
    attributions: Sequence[Attribution], cues: SpeechCues | None, quoted: bool,
) -> list[tuple[int, int]]:
    """:func:`clauses`, given the tokens' ``starts`` (read when there are ``attributions``) and whether a token is a
    quotation (``quoted``)."""
    if not tokens:
        return []
    cuts = _punctuation_cuts(tokens, mention_starts, quoted)
    for attribution in attributions:
        cuts += _attribution_cuts(tokens, starts, attribution, cues or default_speech_cues())
    if not cuts:
        return [(0, len(tokens))]  # one clause (a sentence in three): nothing to sort
    bounds = [0, *sorted({cut for cut in cuts if 0 < cut < len(tokens)}), len(tokens)]  # rising: no empty clause
    return list(zip(bounds, bounds[1:]))


def _punctuation_cuts(tokens: Sequence[Token], mention_starts: Container[int], quoted: bool = True) -> list[int]:
    """Token indexes where a clause starts by punctuation, a set-off quotation or a clause opener (``quoted``:
    whether a token may be a quotation)."""
    cuts = []
    # only tokens whose lower-case form is a break mark (as written: punctuation is its own lower-case form), an
    # opener or a coordinator can cut, besides quotations: the rest of the sentence is skipped at C speed
    for index in compress(count(), map(_CUTTING.__contains__, map(_LOWER, tokens))):
        token = tokens[index]
        if token.text in _BREAK_PUNCT:
            cuts.append(index + 1)
        elif token.kind == "word" and token.lower in _OPENERS:
            cuts.append(index)
        elif token.kind == "word" and token.lower in _COORDINATORS and index and tokens[index - 1].text == "," \
                and _clause_follows(tokens, index + 1, mention_starts):
            cuts.append(index)
    if quoted:
        for index in compress(count(), map("quote".__eq__, map(_KIND, tokens))):
            if index == 0 or tokens[index - 1].text in _SET_OFF_PUNCT:
                cuts.extend((index, index + 1))
    return cuts


def _clause_follows(tokens: Sequence[Token], index: int, mention_starts: Container[int]) -> bool:
    """After ", and": a verb-like word ("and criticised Putin"), or a name and a verb-like word ("and Putin said")."""
    if index >= len(tokens) or tokens[index].kind != "word":
        return False
    if tokens[index].start in mention_starts:
        following = next((tokens[i] for i in range(index + 1, len(tokens)) if not tokens[i].capitalized), None)
        return following is not None and _verb_like(following)
    return _verb_like(tokens[index])


def _verb_like(token: Token) -> bool:
    """A lower-case word that is no determiner, preposition or coordinator (a cheap stand-in for a verb)."""
    return token.kind == "word" and not token.capitalized and token.lower not in _DETERMINERS \
        and token.lower not in _PREPOSITIONS and token.lower not in _COORDINATORS


def _attribution_cuts(
    tokens: Sequence[Token], starts: Sequence[int], attribution: Attribution, cues: SpeechCues
) -> list[int]:
    """Cuts around an attribution's source and cue; a stance cue followed by its object stays with the object."""
    cue_first = bisect_right(starts, attribution.cue_start) - 1
    cue_stop = bisect_right(starts, attribution.cue_end - 1)
    cuts = [cue_first]
    following = tokens[cue_stop] if cue_stop < len(tokens) else None
    takes_object = following is not None and following.kind == "word" and following.lower not in _CONTENT_OPENERS
    if not (takes_object and attribution.lemma not in cues.invertible):
        cuts.append(cue_stop)
    if attribution.source_start is not None and not attribution.borrowed:
        cuts.append(bisect_right(starts, attribution.source_start) - 1)
        cuts.append(bisect_right(starts, attribution.source_end - 1))
    return cuts


# ---------------------------------------------------------------- one mention


def evidence_span(
    view: str, parsed: _Parsed, mention: Mention, persons: tuple[Sequence[Mention], Sequence[int]],
) -> tuple[int, int] | None:
    """The character span of the evidence about ``mention`` in its sentence (``parsed``), or None when no tone
    applies; ``persons`` are the article's person mentions and their ends (for "he said")."""
    tokens = parsed.tokens
    if not tokens:
        return None
    index = max(bisect_right(tokens, mention.start, key=_START) - 1, 0)
    if parsed.sources.own and _is_speaker(view, parsed.sources, mention):
        return None  # the speaker: its own words
    if tokens[index].kind == "quote":
        return _quoted_evidence(view, parsed, index, mention, persons)
    return _token_span(tokens, *_clause_at(parsed.clauses, index))


def _is_speaker(view: str, sources: _Sources, mention: Mention) -> bool:
    """Whether ``mention`` heads the source of one of the sentence's attributions (:func:`_heads_source`), reading
    only the sources that can hold it."""
    index = bisect_right(sources.own_starts, mention.start) - 1
    while index >= 0 and sources.own_starts[index] >= mention.end - sources.longest:
        if _heads_source(view, sources.own[index], mention):
            return True
        index -= 1
    return False


def _heads_source(view: str, attribution: Attribution, mention: Mention) -> bool:
    """Whether ``mention`` is the attribution's speaker: inside its source, not after a preposition there, and
    ending the source's noun phrase or an appositive of it ("U.S. President Donald Trump"; Smith and the minister
    in "Smith, the minister"; not Trump in "Smith, a lawyer for Trump")."""
    if attribution.source_start is None or attribution.borrowed:
        return False
    if not (attribution.source_start <= mention.start and mention.end <= attribution.source_end):
        return False
    before = view[attribution.source_start:mention.start].lower().rsplit(",", 1)[-1]
    if any(word in _PREPOSITIONS for word in before.split()):
        return False  # "a lawyer for Trump", "Smith, a lawyer for Trump"
    after = view[mention.end:attribution.source_end]
    return not after.strip() or after.lstrip().startswith(",")


def _quoted_evidence(
    view: str, parsed: _Parsed, index: int, mention: Mention, persons: tuple[Sequence[Mention], Sequence[int]]
) -> tuple[int, int] | None:
    """The clause of the quotation holding ``mention``, unless the quotation is the actor's own words."""
    quote = parsed.tokens[index]
    speaker = _nearest_attribution(parsed, index)
    if speaker is not None and _speaks_as(view, parsed, speaker, mention, persons, quote.start):
        return None
    if index not in parsed.quotations:
        inner = tokenize_reporter_text(view, quote.start, quote.end, ())
        words = [token for token in inner if token.text not in QUOTE_MARKS]
        parsed.quotations[index] = _Quotation(words, [token.start for token in words],
                                              _clause_cuts(words, [], (), (), None, False))  # no quotation inside
    quotation = parsed.quotations[index]
    if not quotation.words:
        return None
    at = max(bisect_right(quotation.starts, mention.start) - 1, 0)
    return _token_span(quotation.words, *_clause_at(quotation.clauses, at))


def _clause_at(spans: Sequence[tuple[int, int]], index: int) -> tuple[int, int]:
    """The clause (of ``spans``: token ranges in order, as :func:`clauses` gives them) holding token ``index``,
    or that token alone when none does."""
    position = bisect_right(spans, index, key=_FIRST) - 1
    if position >= 0 and index < spans[position][1]:
        return spans[position]
    return index, index + 1


def _nearest_attribution(parsed: _Parsed, index: int) -> Attribution | None:
    """The attribution with a source whose cue is nearest the quotation token at ``index``."""
    quote = parsed.tokens[index]
    sources = parsed.sources
    if not sources.cued:
        return None
    candidates = range(len(sources.cued))
    if sources.cues_in_order:  # the nearest: the last cue ending before the quotation, the first starting after it,
        before = bisect_right(sources.cue_ends, quote.start)  # or one overlapping it
        after = max(bisect_left(sources.cue_starts, quote.end), before)
        candidates = range(max(before - 1, 0), min(after + 1, len(sources.cued)))
    return sources.cued[min(candidates, key=lambda position: _cue_distance(sources.cued[position], quote))]


def _cue_distance(attribution: Attribution, quote: Token) -> int:
    """How far an attribution's cue is from a quotation token."""
    return min(abs(attribution.cue_start - quote.end), abs(quote.start - attribution.cue_end))


def _speaks_as(
    view: str, parsed: _Parsed, attribution: Attribution, mention: Mention,
    persons: tuple[Sequence[Mention], Sequence[int]], quote_start: int,
) -> bool:
    """Whether the attribution (one of ``parsed``'s) speaker is ``mention``'s actor: a mention of the sentence
    of that actor heads the source, or the source is a pronoun whose nearest person mention before it and before
    the quotation is that actor."""
    if is_pronoun(attribution.source):
        people, ends = persons
        before = bisect_right(ends, min(attribution.source_start, quote_start)) - 1
        return before >= 0 and people[before].actor_id == mention.actor_id
    key = (attribution.cue_start, attribution.source_start)
    if key not in parsed.source_actors:  # the mentions that can head the source start inside it (or at its end)
        first = bisect_left(parsed.mention_starts, attribution.source_start)
        stop = bisect_right(parsed.mention_starts, attribution.source_end)
        parsed.source_actors[key] = frozenset(
            other.actor_id for other in parsed.mentions[first:stop] if _heads_source(view, attribution, other))
    return mention.actor_id in parsed.source_actors[key]


def _token_span(tokens: Sequence[Token], first: int, stop: int) -> tuple[int, int] | None:
    """From the first to the last word or quotation of ``tokens[first:stop]`` (punctuation trimmed), or None."""
    while first < stop and tokens[first].kind == "punct":
        first += 1
    while stop > first and tokens[stop - 1].kind == "punct":
        stop -= 1
    if first >= stop:
        return None
    return tokens[first].start, tokens[stop - 1].end


def mention_records(columns: Mapping[str, Sequence[Any]]) -> list[Mention]:
    """The :class:`Mention` of each row of a columnar mentions table (``start``, ``end``, ``actor_id``, ``actor_type``,
    ``how``)."""
    rows = zip(columns["start"], columns["end"], columns["actor_id"], columns["actor_type"], columns["how"])
    return list(map(Mention._make, rows))
