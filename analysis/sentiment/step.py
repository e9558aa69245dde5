"""Sentence sentiment with VADER, narration and quoted speech apart, and the ``sentiment`` step.

Every score is computed on :func:`analysis.text.normalization`'s view of the text,
so "weren’t good" is negated exactly like "weren't good" and a word in curly
quotes (“good”) is still a word; the stored text is never changed.

The step (see :mod:`analysis.pipeline.steps`) adds one row per sentence to the
``sentiment`` table: VADER's ``compound, pos, neu, neg``; the sentence's
``voice`` (``narration``, ``quote`` or ``mixed``) with the compound of its
narration and of its quoted speech apart, and their sizes in tokens (see
:func:`voice_scores`); and the counts behind a GDELT-like word-level tone
(words, positive and negative lexicon words, with no rules; the words are
VADER's tokens, see :func:`analysis.sentiment.vader.lexicon_counts`).
:func:`article_tone` aggregates these rows into the article columns.

News-aware tone, twenty-two rules on by default: a reporting verb used as an
attribution cue in the narration ("Lavrov stressed that ...") scores 0 in the
sentence, its narration and the word counts (the ``sentiment_neutral_cues``
option; see :mod:`analysis.sentiment.cues`), and so does a word of a multiword
proper name ("the Supreme Court", "the United Nations": the
``sentiment_neutral_names`` option; see :mod:`analysis.sentiment.names`) and
"like" used to compare ("countries like France": the ``sentiment_neutral_like``
option; see :mod:`analysis.sentiment.comparisons`); and "hardly" and "scarcely"
negate the rated words after them as "not" does, so do "no longer", "no need" and "no reason" beyond the two
words VADER's "no" reaches ("no longer need to fear floods"), and "instead of" and "rather than" the good words after them
and "few", "little", "unlikely to", "unable to" the good words after them ("few useful answers") (the
``sentiment_approximate_negators`` option; see :mod:`analysis.sentiment.negators`); and the rated word right after
"less" or "less than" is turned as VADER turns the word after "least" ("felt less happy", "less than perfect": the
``sentiment_lessening_degree`` option; see :mod:`analysis.sentiment.lessening`); and the harm a verb counters
("reduce the risk of cancer", "to curb violence") carries no tone (the
``sentiment_neutral_countered`` option; see :mod:`analysis.sentiment.countering`), and the good a verb harms is a loss
("undermines public trust", "deprived of a valuable amenity", "lacks the charm": the ``sentiment_harmed_goods``
option; see :mod:`analysis.sentiment.harming`);
and "too" before a word says it is a fault ("costs too high", "too generous":
the ``sentiment_excess_degree`` option; see :mod:`analysis.sentiment.excess`);
and the "not" of "not only", "if not" and "or not" negates nothing after it
("not only unfair but dumb": the ``sentiment_negation_scope`` option; see
:mod:`analysis.sentiment.negation_scope`); and a negated harm is no praise
("pleaded not guilty", "no regret": the ``sentiment_neutral_absence``
option; see :mod:`analysis.sentiment.absence`); and a word rated for a sense news
seldom uses carries no tone ("party leaders", "on the other hand", "special
interests": the ``sentiment_news_senses`` option); and nor does an
adverb saying a claim is evident or certain ("Surely there is a better way", "clearly folly": the
``sentiment_neutral_stance`` option), nor a noun naming a field of public policy ("public safety", "national
security", "criminal justice": the ``sentiment_neutral_domains`` option), nor a word saying an amount or level went up
or down ("an increase in rents", "economic growth", "a drop in sales", "a lower court": the
``sentiment_neutral_amounts`` option), nor a word naming a formal act of an institution ("signed a trade agreement",
"approved by regulators", "a federal grant": the ``sentiment_neutral_procedures`` option; these five, one word list
each, see :mod:`analysis.sentiment.neutral_words`), nor the good words of a question ("Who says lotteries are
harmless fun?": the ``sentiment_neutral_questions`` option; see :mod:`analysis.sentiment.questions`), nor a good word
after a modal of advice ("the city would do well to listen", "he had better mean it": the ``sentiment_neutral_advice``
option; see :mod:`analysis.sentiment.advice`); and a form of a rated verb VADER's lexicon lacks carries the verb's tone
("saving lives", "the strike delays flights": the ``sentiment_rated_inflections`` option; see
:mod:`analysis.sentiment.inflections`), and so does a word derived from a rated one that the lexicon lacks, an adverb in
-ly ("acted recklessly") or an "un-" word denying a good one ("unsafe": the ``sentiment_rated_derivations`` option;
see :mod:`analysis.sentiment.derivations`); and a death named to date something carries no tone ("50 years after his
death"), nor one named to identify the dead ("Dan Rowan, who died Tuesday at 65,": the
``sentiment_neutral_dates`` option; see :mod:`analysis.sentiment.dates`); and the rated words of a set phrase carry
no tone ("as well as", "in favor of", "a grand jury", "interest rates", "crude oil": the ``sentiment_neutral_phrases``
option; see :mod:`analysis.sentiment.phrases`), nor does a discourse marker set off by commas ("Well, it turns out
...", "True, he admitted ...": the ``sentiment_neutral_markers`` option; see :mod:`analysis.sentiment.markers`).
The stored ``*_before_cue_rule`` columns hold the scores with the first rule
off and the others as configured. The word rules (all but the first) are declared once, in :data:`WORD_RULES`, in the
order they apply; the step's options, :class:`WordRules` and :func:`score_sentences`' keywords are read from it.

Each row's ``method`` names what scored it: ``sentiment_method`` for English.
Other languages are opt-in (``sentiment_lang_methods``, e.g. ``{"es":
"sentiment_analysis_spanish"}``: an unvalidated classifier trained on
reviews, see :mod:`analysis.sentiment.spanish`); without it the spine skips
articles in other languages (:func:`languages_for`).
"""
from __future__ import annotations

from collections import namedtuple
from functools import cached_property, lru_cache
from typing import Any, Callable, Mapping, NamedTuple, Sequence

import numpy as np
import pandas as pd

from analysis.tables import columns_frame
from analysis.text.document import Document, token_columns
from analysis.text.normalization import normalize
from analysis.sentiment.cues import NeutralCues
from analysis.sentiment.cues import neutral_cues as neutral_cues_for
from analysis.sentiment.advice import advice_spans, without_advised_good
from analysis.sentiment.absence import may_hold_negated_harm, without_negated_harm
from analysis.sentiment.comparisons import comparison_like_spans
from analysis.sentiment.countering import verb_spans, without_countered
from analysis.sentiment.dates import event_spans, without_dating_events
from analysis.sentiment.derivations import derivation_spans, derivations, with_derivations
from analysis.sentiment.excess import EXCESS_WORDS, excess_spans, with_excess
from analysis.sentiment.harming import harming_spans, with_harmed_goods
from analysis.sentiment.inflections import inflection_spans, inflections, with_inflections
from analysis.sentiment.lessening import lessening_spans, with_lessened
from analysis.sentiment.markers import marker_spans
from analysis.sentiment.names import name_word_spans
from analysis.sentiment.negation_scope import phrase_spans, without_negation
from analysis.sentiment.negators import negated, negator_spans
from analysis.sentiment.neutral_words import neutral_word_spans, without_procedure_tone
from analysis.sentiment.phrases import set_phrase_spans
from analysis.sentiment.questions import question_spans, without_asked_good
from analysis.sentiment import spanish
from analysis.sentiment.voices import merged_spans, sentence_voices, voice_scores  # noqa: F401 (voice_scores: also read here)
from analysis.sentiment.vader import (
    METHODS, TokenScores, analyzer, lexicon_counts, without_rated_tone, without_tone,
)


# ---------------------------------------------------------------- the news-aware word rules

class _Sentences:
    """What a word rule reads: the analyzer, the article's view, its sentence spans (their texts and starts), the
    spans of the whole sentences holding them (``whole``: the spans themselves unless they are parts of sentences,
    clauses scored for the tone toward a mention) and its vocabulary (the distinct tokens as written, read from the
    view when first asked for unless given)."""

    def __init__(self, engine: Any, view: str, spans: Sequence[tuple[int, int]], vocabulary: frozenset[str] | None,
                 whole: Sequence[tuple[int, int]] | None = None):
        self.engine, self.view, self.spans, self._vocabulary = engine, view, spans, vocabulary
        self.whole = spans if whole is None else whole
        self.starts = [start for start, _ in spans]
        self.texts = [view[start:end] for start, end in spans]

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        return self._vocabulary if self._vocabulary is not None else frozenset(token_columns(self.view).texts)

    def apply(self, scores: list[TokenScores], found: Mapping[int, Sequence[tuple[int, int]]],
              rule: Callable[..., TokenScores]) -> None:
        """Apply one word rule in place: ``rule(engine, scores, text, start, spans)`` to each sentence in ``found``
        (its index -> the spans, in the view, of the words the rule reads)."""
        for index, at in found.items():
            scores[index] = rule(self.engine, scores[index], self.texts[index], self.starts[index], at)


def _negation_scope(sentences: _Sentences, scores: list[TokenScores]) -> None:
    sentences.apply(scores, phrase_spans(sentences.view, sentences.spans, sentences.vocabulary), without_negation)


def _inflections(sentences: _Sentences, scores: list[TokenScores]) -> None:
    sentences.apply(scores, inflection_spans(sentences.view, sentences.spans, sentences.vocabulary), with_inflections)


def _derivations(sentences: _Sentences, scores: list[TokenScores]) -> None:
    sentences.apply(scores, derivation_spans(sentences.view, sentences.spans, sentences.vocabulary), with_derivations)


def _names(sentences: _Sentences, scores: list[TokenScores]) -> None:
    sentences.apply(scores, name_word_spans(sentences.view, sentences.spans, sentences.engine.lexicon, sentences.whole),
                    without_tone)


def _like(sentences: _Sentences, scores: list[TokenScores]) -> None:
    sentences.apply(scores, comparison_like_spans(sentences.view, sentences.spans, sentences.vocabulary), without_tone)


def _negators(sentences: _Sentences, scores: list[TokenScores]) -> None:
    sentences.apply(scores, negator_spans(sentences.view, sentences.spans, sentences.vocabulary), negated)


def _lessening(sentences: _Sentences, scores: list[TokenScores]) -> None:
    sentences.apply(scores, lessening_spans(sentences.view, sentences.spans, sentences.vocabulary), with_lessened)


def _absence(sentences: _Sentences, scores: list[TokenScores]) -> None:
    for index, (each, text) in enumerate(zip(scores, sentences.texts)):
        if may_hold_negated_harm(each) and each.text == text.strip():
            scores[index] = without_negated_harm(sentences.engine, each)


def _countered(sentences: _Sentences, scores: list[TokenScores]) -> None:
    sentences.apply(scores, verb_spans(sentences.view, sentences.spans, sentences.vocabulary), without_countered)


def _harmed(sentences: _Sentences, scores: list[TokenScores]) -> None:
    sentences.apply(scores, harming_spans(sentences.view, sentences.spans, sentences.vocabulary, sentences.whole),
                    with_harmed_goods)


def _excess(sentences: _Sentences, scores: list[TokenScores]) -> None:
    sentences.apply(scores, excess_spans(sentences.view, sentences.spans, sentences.vocabulary), with_excess)


def _advice(sentences: _Sentences, scores: list[TokenScores]) -> None:
    sentences.apply(scores, advice_spans(sentences.view, sentences.spans, sentences.vocabulary), without_advised_good)


def _phrases(sentences: _Sentences, scores: list[TokenScores]) -> None:
    sentences.apply(scores, set_phrase_spans(sentences.view, sentences.spans, sentences.vocabulary),
                    without_rated_tone)


def _markers(sentences: _Sentences, scores: list[TokenScores]) -> None:
    sentences.apply(scores, marker_spans(sentences.view, sentences.spans, sentences.vocabulary), without_rated_tone)


def _dates(sentences: _Sentences, scores: list[TokenScores]) -> None:
    sentences.apply(scores, event_spans(sentences.view, sentences.spans, sentences.vocabulary), without_dating_events)


def _neutral_words(rule: str, applier: Callable[..., TokenScores] = without_rated_tone) -> Callable[..., None]:
    """The word-list rule ``rule`` of :mod:`analysis.sentiment.neutral_words`, applied with ``applier``."""
    def apply(sentences: _Sentences, scores: list[TokenScores]) -> None:
        sentences.apply(scores, neutral_word_spans(rule, sentences.view, sentences.spans, sentences.vocabulary),
                        applier)
    return apply


def _questions(sentences: _Sentences, scores: list[TokenScores]) -> None:
    sentences.apply(scores, question_spans(sentences.view, sentences.spans), without_asked_good)


class WordRule(NamedTuple):
    """One news-aware word rule, a row of :data:`WORD_RULES`."""

    name: str  # its field of WordRules
    option: str  # the step's option that switches it; score_sentences' keyword is the option without "sentiment_"
    default: bool  # the option's default
    description: str  # what it does, in a line
    apply: Callable[[_Sentences, list[TokenScores]], None]  # applies it to every sentence's scores, in place

    @property
    def keyword(self) -> str:
        """:func:`score_sentences`' keyword for the rule: its option without ``sentiment_``."""
        return self.option.removeprefix("sentiment_")


# The news-aware word rules (the attribution-cue rule, which needs the speech cues, aside), in the order they apply:
# the non-negating "not" first (it scores the sentence again), then the rules that set words' valences.
WORD_RULES: tuple[WordRule, ...] = (
    WordRule("scope", "sentiment_negation_scope", True,
             'the "not" of "not only", "if not", "or not" negates nothing after it', _negation_scope),
    WordRule("inflections", "sentiment_rated_inflections", True,
             'a form of a rated verb VADER lacks ("saving", "delays") carries the verb\'s tone', _inflections),
    WordRule("derivations", "sentiment_rated_derivations", True,
             'an adverb in -ly or an "un-" word VADER lacks ("recklessly", "unsafe") carries the tone of the rated word '
             'it derives from, "un-" denying a good one', _derivations),
    WordRule("names", "sentiment_neutral_names", True,
             'words of multiword proper names ("Supreme Court") carry no tone', _names),
    WordRule("like", "sentiment_neutral_like", True,
             '"like" used to compare ("countries like France") carries no tone', _like),
    WordRule("negators", "sentiment_approximate_negators", True,
             '"hardly", "scarcely" negate the rated words after them as "not" does, "no longer", "no need", '
             '"no reason" beyond the reach of VADER\'s "no", "instead of", "rather than", "unlikely to", "few", "little" '
             'the good words', _negators),
    WordRule("lessening", "sentiment_lessening_degree", True,
             'the rated word right after "less" or "less than" ("less happy", "less than perfect") is turned as VADER '
             'turns the word after "least"', _lessening),
    WordRule("absence", "sentiment_neutral_absence", True,
             'a negated harm ("not guilty", "no regret") is no praise: it scores 0', _absence),
    WordRule("countered", "sentiment_neutral_countered", True,
             'the harm a verb counters ("reduce the risk of cancer") carries no tone', _countered),
    WordRule("harmed", "sentiment_harmed_goods", True,
             'the good a verb harms ("undermines public trust") is a loss: its tone turns as after "not"', _harmed),
    WordRule("excess", "sentiment_excess_degree", True,
             '"too" before a word ("too costly", "too generous") says it is a fault', _excess),
    WordRule("senses", "sentiment_news_senses", True,
             'a word rated for a sense news seldom uses ("party leaders") carries no tone', _neutral_words("senses")),
    WordRule("stance", "sentiment_neutral_stance", True,
             'an adverb saying a claim is evident or certain ("surely", "clearly") carries no tone',
             _neutral_words("stance")),
    WordRule("domains", "sentiment_neutral_domains", True,
             'a noun naming a field of public policy ("public safety", "national security") carries no tone',
             _neutral_words("domains")),
    WordRule("amounts", "sentiment_neutral_amounts", True,
             'a word saying an amount went up or down ("an increase in rents", "growth") carries no tone',
             _neutral_words("amounts")),
    WordRule("procedures", "sentiment_neutral_procedures", True,
             'a word naming a formal act ("a trade agreement", "approved by regulators") carries no tone, unless '
             'negated', _neutral_words("procedures", without_procedure_tone)),
    WordRule("questions", "sentiment_neutral_questions", True,
             'the good words of a question ("Is it really worth it?") carry no tone', _questions),
    WordRule("advice", "sentiment_neutral_advice", True,
             'a good word after a modal of advice ("would do well to", "had better") carries no tone', _advice),
    WordRule("dates", "sentiment_neutral_dates", True,
             'a death named to date something ("after his death", "until her death") or to identify the dead ("who '
             'died Sunday") carries no tone', _dates),
    WordRule("phrases", "sentiment_neutral_phrases", True,
             'the rated words of a set phrase ("as well as", "in favor of", "interest rates", "crude oil") carry no '
             'tone', _phrases),
    WordRule("markers", "sentiment_neutral_markers", True,
             'a discourse marker set off by commas ("Well, ...", "True, ...", "is, well, ...") carries no tone',
             _markers),
)
_RULE_KEYWORDS = {rule.keyword: rule.name for rule in WORD_RULES}

WordRules = namedtuple("WordRules", [rule.name for rule in WORD_RULES], defaults=[False] * len(WORD_RULES))
WordRules.__doc__ = """Which news-aware word rules score a text, one bool per row of :data:`WORD_RULES` (by its
``name``: ``WordRules(names=True, amounts=True)``), all False by default; all off is bare VADER. The step's
options (each rule's ``option``) set them."""


TABLE = "sentiment"
DEFAULTS: dict[str, Any] = {
    "sentiment_method": "vader",  # "vader" (reference vaderSentiment) or "nltk" (nltk's port)
    "sentiment_threshold": 0.05,  # |compound| at or above which a sentence counts as positive/negative
    "sentiment_neutral_cues": True,  # reporting verbs used as attribution cues carry no tone in narration
    **{rule.option: rule.default for rule in WORD_RULES},  # the news-aware word rules: see WORD_RULES
    "quotes_speech_cues": None,  # a user's speech-cue file (shared with actors and quotes): the reporting verbs
    # opt-in tone for other languages, e.g. {"es": "sentiment_analysis_spanish"} (unvalidated; analysis/sentiment/spanish.py)
    "sentiment_lang_methods": {},
}
SCORE_COLUMNS = ["compound", "pos", "neu", "neg"]
# compound and narration compound with the news-aware cue rule off (sentiment_neutral_cues; the other rules as set): stored, so what the
# rule changed can be shown from the tables alone; equal to compound / narration_compound where it changed nothing
BEFORE_CUE_RULE = ["compound_before_cue_rule", "narration_compound_before_cue_rule"]


COLUMNS = [
    "doc_id", "sent_id", *SCORE_COLUMNS, "voice",
    "narration_compound", "quote_compound", "narration_tokens", "quote_tokens",
    "n_words", "pos_words", "neg_words", *BEFORE_CUE_RULE, "method",
]
REQUIRES: tuple[str, ...] = ()
LANGUAGES: tuple[str, ...] = ("en",)  # VADER's lexicon and the tone cue lists are English; see languages_for
DTYPES = {
    "doc_id": "str", "sent_id": "int64", "compound": "float64", "pos": "float64", "neu": "float64", "neg": "float64",
    "voice": "str", "narration_compound": "float64", "quote_compound": "float64",
    "narration_tokens": "int64", "quote_tokens": "int64", "n_words": "int64", "pos_words": "int64", "neg_words": "int64",
    "compound_before_cue_rule": "float64", "narration_compound_before_cue_rule": "float64",
    "method": "str",  # what scored the row: sentiment_method (English) or a sentiment_lang_methods method
}
SCHEMA = DTYPES
ARTICLE_COLUMNS = [
    "tone", "tone_positive_share", "tone_negative_share",
    "tone_narration", "tone_quotes", "n_quoted_sentences",
    "word_tone", "word_polarity", "positive_words_pct", "negative_words_pct",
]
KEY_COLUMNS = ("doc_id", "sent_id")


# ---------------------------------------------------------------- scoring

def score_text(text: str, *, method: str = "vader") -> dict[str, float]:
    """VADER scores (compound, pos, neu, neg) of one text, on its normalised view."""
    return dict(analyzer(method).polarity_scores(normalize(text)))


def span_scores(
    engine: Any, view: str, spans: Sequence[tuple[int, int]], rules: WordRules,
    vocabulary: frozenset[str] | None = None, whole: Sequence[tuple[int, int]] | None = None,
) -> list[TokenScores]:
    """The token scores of some spans of ``view`` (normalised text; spans in text order, none overlapping another: a
    clause, a phrase) as the step scores its sentences: VADER's, with the news-aware word ``rules`` applied (the
    attribution-cue rule aside: it reads the article's quotes). ``vocabulary`` is the article's distinct tokens as
    written (the word rules fire only on words it holds); None reads it from ``view``. ``whole`` are the spans of the
    sentences holding the spans, one each: the rules that ask whether a capital marks a name (a word capitalised by
    its position where its sentence opens, a sentence in title case: the ``names`` and ``harmed`` rules) then answer
    as for the whole sentence (in "author of \"The History of Peter the Great\"" the title is no headline, and its
    "Great" no tone); None takes each span for a sentence. The rules that ask whether a word opens a clause (a
    discourse marker, "if not", "like") read a span's start as one either way. The actors step scores the tone toward
    each mention so, its spans clauses and phrases of a sentence."""
    sentences = _Sentences(engine, view, spans, vocabulary, whole)
    return _with_word_rules(sentences, list(map(engine.score_tokens, sentences.texts)), rules)


@lru_cache(maxsize=None)
def toned_words(rules: WordRules) -> frozenset[str]:
    """The lower-case words that can carry tone under ``rules``: those of VADER's lexicon, and those it lacks that the
    word rules rate (a rated verb's forms, a rated word's derivations, the degree words of excess). A text holding
    none of them scores 0: the actors step skips scoring it."""
    words = set(analyzer("vader").lexicon)  # both methods read the same lexicon file
    if rules.inflections:
        words.update(inflections())
    if rules.derivations:
        words.update(derivations())
    if rules.excess:
        words.update(EXCESS_WORDS)
    return frozenset(words)


def score_sentences(
    sentences: pd.DataFrame | pd.Series | Sequence[str],
    *,
    method: str = "vader",
    neutral_cues: bool = False,
    speech_cues: str | None = None,
    **word_rules: bool,
) -> pd.DataFrame:
    """``compound, pos, neu, neg`` per sentence, in input order.

    ``sentences`` is a sentences table (its ``text`` column is scored and its
    ``doc_id``/``sent_id`` columns are carried over), a Series or a list of
    strings. The result keeps the input's index. ``neutral_cues=True`` scores each text as the step does by default,
    its reporting verbs used as attribution cues without tone (the whole text is narration; ``speech_cues`` is a
    user's speech-cue file). Each news-aware word rule of :data:`WORD_RULES` is a keyword, its option without
    ``sentiment_`` (``neutral_names=True``, ``approximate_negators=True``, ``neutral_amounts=True``, ...): True
    applies it. All off by default, so this is bare VADER on the normalised text.
    """
    rules = _word_rules_of(word_rules)
    texts, index, keys = _texts_of(sentences)
    engine = analyzer(method)
    if neutral_cues or any(rules):
        cues = neutral_cues_for(speech_cues, method=method) if neutral_cues else None
        records = [_score(engine, view, [(0, len(view))], [False], (), cues, rules=rules)
                   for view in map(normalize, texts)]
        records = [{name: values[0] for name, values in record.items()} for record in records]
    else:
        records = [engine.polarity_scores(normalize(text)) for text in texts]
    columns: dict[str, Any] = dict(keys)
    for name in SCORE_COLUMNS:
        columns[name] = np.fromiter((record[name] for record in records), dtype="float64", count=len(records))
    return pd.DataFrame(columns, index=index)


def _word_rules_of(keywords: Mapping[str, bool]) -> WordRules:
    """:func:`score_sentences`' word-rule keywords as :class:`WordRules`; TypeError naming the known ones otherwise."""
    unknown = sorted(set(keywords) - set(_RULE_KEYWORDS))
    if unknown:
        raise TypeError(f"score_sentences() got unexpected keyword argument(s) {unknown}; the word rules' are "
                        f"{list(_RULE_KEYWORDS)}")
    return WordRules(**{_RULE_KEYWORDS[keyword]: value for keyword, value in keywords.items()})


def _texts_of(
    sentences: pd.DataFrame | pd.Series | Sequence[str],
) -> tuple[list[str], pd.Index, dict[str, pd.Series]]:
    """The texts to score, the index to keep and the key columns to carry over."""
    keys: dict[str, pd.Series] = {}
    if isinstance(sentences, pd.DataFrame):
        if "text" not in sentences.columns:
            raise ValueError(f"sentences table has no 'text' column; it has {list(sentences.columns)}")
        keys = {name: sentences[name] for name in KEY_COLUMNS if name in sentences.columns}
        values, index = sentences["text"].tolist(), sentences.index
    elif isinstance(sentences, pd.Series):
        values, index = sentences.tolist(), sentences.index
    else:
        values = list(sentences)
        index = pd.RangeIndex(len(values))
    for position, value in enumerate(values):
        if not isinstance(value, str):
            raise TypeError(f"sentence {position}: expected text (str), got {type(value).__name__} {value!r}")
    return values, index, keys


def word_counts(text: str) -> tuple[int, int, int]:
    """Words (VADER's tokens), positive and negative lexicon words in ``text``, with no rules.

    See :func:`analysis.sentiment.vader.lexicon_counts`; the text is normalised first.
    """
    return lexicon_counts(normalize(text))


# ---------------------------------------------------------------- the step

def sentence_rows(
    doc_id: str,
    text: str,
    sentences: pd.DataFrame,
    *,
    quotes: Sequence[tuple[int, int]] = (),
    method: str = "vader",
    cues: NeutralCues | None = None,
) -> pd.DataFrame:
    """The ``sentiment`` rows of one article's sentences (columns :data:`COLUMNS`), in sentence order.

    ``sentences`` is the article's sentences table (its ``start``/``end``
    index ``text``); ``quotes`` are the character spans of quoted speech in
    ``text`` (:func:`analysis.text.quote_spans`); see :func:`voice_scores`.
    VADER scores each sentence once: the voice split reuses its token
    valences and the word counts come from the same pass; the table is built
    column by column at the end.
    """
    starts, ends = sentences["start"].tolist(), sentences["end"].tolist()
    in_quote = sentences["in_quote"].tolist() if "in_quote" in sentences.columns else [False] * len(starts)
    columns = _score(analyzer(method), normalize(text), list(zip(starts, ends)), in_quote, quotes, cues)
    columns["sent_id"] = sentences["sent_id"].tolist()
    columns["doc_id"] = [doc_id] * len(starts)
    columns["method"] = [method] * len(starts)
    return columns_frame(columns, DTYPES)


def document_rows(
    doc: Document, *, method: str = "vader", cues: NeutralCues | None = None, rules: WordRules = WordRules(),
) -> dict[str, list]:
    """The ``sentiment`` rows of a Document's sentences, columnar (every column of ``SCHEMA`` but doc_id).

    ``cues``: reporting verbs whose tone attribution cues drop (:func:`neutral_cues_for`); None keeps VADER's.
    ``rules``: the news-aware word rules that apply (:class:`WordRules`).
    """
    columns = _score(analyzer(method), doc.normalized, doc.sentences, doc.sentence_in_quote, doc.quote_spans, cues,
                     rules=rules, vocabulary=doc.vocabulary)
    columns["sent_id"] = list(range(len(doc.sentences)))
    columns["method"] = [method] * len(doc.sentences)
    return columns


def _score(
    engine: Any,
    view: str,
    spans: Sequence[tuple[int, int]],
    in_quote: Sequence[bool],
    quotes: Sequence[tuple[int, int]],
    cues: NeutralCues | None = None,
    *,
    rules: WordRules = WordRules(),
    vocabulary: frozenset[str] | None = None,
) -> dict[str, list]:
    """Score each sentence span of ``view`` once: scores, voices and word counts as columns.

    ``rules`` are the news-aware word rules that apply (:class:`WordRules`); with ``cues``, the reporting verbs
    used as attribution cues in the narration carry no tone either (see :mod:`analysis.sentiment.cues`).
    "Plain" scores, stored beside the others, are those without the cue rule. ``vocabulary`` is the article's
    distinct tokens as written (:attr:`Document.vocabulary`: the word rules fire only on words it holds); None reads
    it from ``view``.
    """
    sentences = _Sentences(engine, view, spans, vocabulary)
    starts, texts = sentences.starts, sentences.texts
    plain = _with_word_rules(sentences, list(map(engine.score_tokens, texts)), rules)
    merged = merged_spans(quotes)
    scored = plain
    if cues is not None and cues.may_occur(view):  # most articles hold no toned reporting verb at all
        scored = [without_tone(engine, each, text, start, cues.spans(view, start, end, merged))
                  for each, text, (start, end) in zip(plain, texts, spans)]
    counts = [each.counts or lexicon_counts(sentence) for sentence, each in zip(texts, scored)]
    voiced = sentence_voices(engine, texts, starts, scored, list(in_quote), merged)
    columns: dict[str, list] = {name: [each.scores[name] for each in scored] for name in SCORE_COLUMNS}
    columns.update(_columns_of(_VOICE_COLUMNS, voiced))
    columns.update(_columns_of(_COUNT_COLUMNS, counts))
    columns[BEFORE_CUE_RULE[0]] = [each.scores["compound"] for each in plain]
    columns[BEFORE_CUE_RULE[1]] = _narration_before_cue_rule(engine, texts, starts, plain, scored, list(in_quote),
                                                              merged, columns["narration_compound"])
    return columns


def _with_word_rules(sentences: _Sentences, plain: list[TokenScores], rules: WordRules) -> list[TokenScores]:
    """``plain`` (the VADER token scores of each of ``sentences``) with the news-aware word ``rules`` applied, in the
    order of :data:`WORD_RULES`."""
    for rule in WORD_RULES:
        if getattr(rules, rule.name):
            rule.apply(sentences, plain)
    return plain


def _columns_of(names: Sequence[str], rows: Sequence[tuple]) -> dict[str, list]:
    """Rows of values as the columns ``names``, in one transposition (not one pass over the rows per column)."""
    if not rows:
        return {name: [] for name in names}
    return {name: list(column) for name, column in zip(names, zip(*rows))}


def _narration_before_cue_rule(
    engine: Any,
    texts: list[str],
    starts: list[int],
    plain: list[TokenScores],
    scored: list[TokenScores],
    in_quote: list[bool],
    quotes: list[tuple[int, int]],
    narration: list[float],
) -> list[float]:
    """The narration compound of each sentence with the cue rule off: ``narration`` (the rule's) where the rule left
    the sentence's scores as they were, the voices of the ``plain`` scores where it changed them."""
    changed = [index for index, (before, after) in enumerate(zip(plain, scored)) if before is not after]
    values = list(narration)
    if changed:
        voiced = sentence_voices(engine, [texts[i] for i in changed], [starts[i] for i in changed],
                                  [plain[i] for i in changed], [in_quote[i] for i in changed], quotes)
        for index, voices in zip(changed, voiced):
            values[index] = voices[1]
    return values


_VOICE_COLUMNS = ["voice", "narration_compound", "quote_compound", "narration_tokens", "quote_tokens"]
_COUNT_COLUMNS = ["n_words", "pos_words", "neg_words"]


def languages_for(options: Mapping[str, Any]) -> tuple[str, ...]:
    """The languages the step measures in a run: English, and those ``sentiment_lang_methods`` switches on
    (read by :func:`analysis.pipeline.languages.step_languages`; a bad value or a missing extra raises here)."""
    return LANGUAGES + tuple(lang for lang in spanish.lang_methods(options) if lang not in LANGUAGES)


def run_article(doc: Document, options: Mapping[str, Any]) -> dict[str, list]:
    """The step: score every sentence of one article (see :func:`sentence_rows`); an article in a language
    ``sentiment_lang_methods`` names is scored by that method instead (:mod:`analysis.sentiment.spanish`)."""
    by_lang = spanish.lang_methods(options)
    if doc.lang in by_lang:
        rows = spanish.document_rows(doc, merged_spans(doc.quote_spans))
        rows["method"] = [by_lang[doc.lang]] * len(doc.sentences)
        return rows
    method = options.get("sentiment_method", DEFAULTS["sentiment_method"])
    if method not in METHODS:
        raise ValueError(f"sentiment_method {method!r}: expected one of {list(METHODS)}")
    neutral = _switch(options, "sentiment_neutral_cues")
    rules = word_rules(options)
    cues = neutral_cues_for(options.get("quotes_speech_cues", DEFAULTS["quotes_speech_cues"]), method=method) if neutral else None
    return document_rows(doc, method=method, cues=cues, rules=rules)


def word_rules(options: Mapping[str, Any]) -> WordRules:
    """The news-aware word rules the options switch on (each rule's option, checked; its default when unset); the
    actors step reads them too (tone toward each mention)."""
    return WordRules(**{rule.name: _switch(options, rule.option) for rule in WORD_RULES})


def _switch(options: Mapping[str, Any], name: str) -> bool:
    """The on/off option ``name`` (its default when unset); ValueError unless True or False."""
    value = options.get(name, DEFAULTS[name])
    if not isinstance(value, bool):
        raise ValueError(f"{name} {value!r}: expected True or False")
    return value


# ---------------------------------------------------------------- article columns

def article_tone(sentiment: pd.DataFrame, *, threshold: float = 0.05) -> pd.DataFrame:
    """Article columns from the ``sentiment`` table, indexed by ``doc_id``.

    - ``tone``: mean sentence compound;
    - ``tone_positive_share`` / ``tone_negative_share``: share of sentences
      with compound at or above ``threshold`` / at or below ``-threshold``;
    - ``tone_narration`` / ``tone_quotes``: the tone of the story's own voice
      and of the people it quotes: mean compound of the narration parts and of
      the quoted parts of its sentences, weighted by their tokens (so a bare
      "he said" weighs little); NaN when the article has no such part;
    - ``n_quoted_sentences``: sentences carrying quoted speech;
    - ``word_tone`` (GDELT-like): positive minus negative lexicon words per
      100 words; ``word_polarity``: their sum; ``positive_words_pct`` and
      ``negative_words_pct``: each per 100 words (words are VADER's tokens,
      see :func:`analysis.sentiment.vader.lexicon_counts`).
    """
    if not 0 < threshold < 1:
        raise ValueError(f"sentiment threshold {threshold!r}: expected a number between 0 and 1 (VADER's is 0.05)")
    if sentiment.empty:
        return pd.DataFrame({name: pd.Series(dtype="float64") for name in ARTICLE_COLUMNS}).rename_axis("doc_id")
    work = sentiment.assign(
        _positive=(sentiment["compound"] >= threshold).astype("float64"),
        _negative=(sentiment["compound"] <= -threshold).astype("float64"),
        _narration=sentiment["narration_compound"].fillna(0.0) * sentiment["narration_tokens"],
        _quote=sentiment["quote_compound"].fillna(0.0) * sentiment["quote_tokens"],
        _quoted=(sentiment["quote_tokens"] > 0).astype("int64"),
    )
    grouped = work.groupby("doc_id", sort=False).agg(
        tone=("compound", "mean"),
        tone_positive_share=("_positive", "mean"),
        tone_negative_share=("_negative", "mean"),
        narration_sum=("_narration", "sum"),
        narration_tokens=("narration_tokens", "sum"),
        quote_sum=("_quote", "sum"),
        quote_tokens=("quote_tokens", "sum"),
        n_quoted_sentences=("_quoted", "sum"),
        n_words=("n_words", "sum"),
        pos_words=("pos_words", "sum"),
        neg_words=("neg_words", "sum"),
    )
    grouped["tone_narration"] = grouped["narration_sum"] / _positive_or_nan(grouped["narration_tokens"])
    grouped["tone_quotes"] = grouped["quote_sum"] / _positive_or_nan(grouped["quote_tokens"])
    per_100 = 100.0 / _positive_or_nan(grouped["n_words"])
    grouped["positive_words_pct"] = grouped["pos_words"] * per_100
    grouped["negative_words_pct"] = grouped["neg_words"] * per_100
    grouped["word_tone"] = grouped["positive_words_pct"] - grouped["negative_words_pct"]
    grouped["word_polarity"] = grouped["positive_words_pct"] + grouped["negative_words_pct"]
    return grouped[ARTICLE_COLUMNS]


def _positive_or_nan(counts: pd.Series) -> pd.Series:
    return counts.where(counts > 0).astype("float64")


def article_metrics(
    tables: Mapping[str, pd.DataFrame], articles: pd.DataFrame, options: Mapping[str, Any]
) -> pd.DataFrame:
    """The step's article columns (see :func:`article_tone`)."""
    threshold = float(options.get("sentiment_threshold", DEFAULTS["sentiment_threshold"]))
    return article_tone(tables[TABLE], threshold=threshold)
