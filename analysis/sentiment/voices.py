"""The voice of a sentence in the ``sentiment`` table: the reporter's narration, quoted speech, or both.

The labels live here so that the English step (:mod:`analysis.sentiment.step`)
and the Spanish scorer it calls (:mod:`analysis.sentiment.spanish`) share them
without importing each other; so do the English step's voice scores
(:func:`voice_scores`: each token's VADER valence goes to the voice it is in).
"""
from __future__ import annotations

import math
from typing import Any, Sequence

from analysis.sentiment.vader import TokenScores, analyzer, overlapping_tokens

NARRATION, QUOTE, MIXED = "narration", "quote", "mixed"
VOICES = (NARRATION, QUOTE, MIXED)


def voice_scores(
    sentence: str, start: int, quotes: Sequence[tuple[int, int]], *, method: str = "vader", in_quote: bool = False
) -> tuple[str, float, float, int, int]:
    """How the narration and the quoted speech of one sentence read.

    ``sentence`` is the normalised text at offset ``start`` of its article and
    ``quotes`` the article's quote spans (sorted; only those overlapping the
    sentence matter). VADER scores the sentence once; each token's valence,
    after all of VADER's rules in the full sentence, goes to the quoted speech
    when the token overlaps a quote span, otherwise to the narration; each
    voice's compound is VADER's compound of its tokens' valences (with the
    punctuation emphasis of its own tokens). So the two voices' valences add
    up to the sentence's, and a quote reads as it does in context: in 'He did
    not call it "great"' the narrator's "not" negates the quoted word (scored
    alone, "great" is positive). A self-contained quote scores as its text
    would alone.

    Returns ``(voice, narration compound, quote compound, narration tokens,
    quote tokens)``; ``voice`` is "narration", "quote" or "mixed" and the
    compound of a voice the sentence lacks is NaN. A one-voice sentence's
    compound is the sentence's own. When VADER rewrote the text before
    scoring it (emoji become words) the tokens have no offsets, and the whole
    sentence goes to one voice by its ``in_quote`` flag.
    """
    engine = analyzer(method)
    end = start + len(sentence)
    overlapping = [(lo, hi) for lo, hi in merged_spans(quotes) if lo < end and hi > start]
    return _voices(engine, engine.score_tokens(sentence), sentence, start, overlapping, in_quote)


def merged_spans(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, with overlapping or touching spans joined (the same characters, disjoint spans)."""
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def _voices(
    engine: Any, scored: TokenScores, sentence: str, start: int, quotes: list[tuple[int, int]], in_quote: bool
) -> tuple[str, float, float, int, int]:
    """:func:`voice_scores` given the sentence's VADER scores and the disjoint, sorted quote spans overlapping it."""
    compound, n_tokens = scored.scores["compound"], len(scored.valences)
    if not quotes:
        return NARRATION, compound, math.nan, n_tokens, 0
    if scored.text != sentence.strip():
        return (QUOTE, math.nan, compound, 0, n_tokens) if in_quote else (NARRATION, compound, math.nan, n_tokens, 0)
    offset = start + len(sentence) - len(sentence.lstrip())
    spans = engine.token_spans(scored.text)
    flags = [False] * len(spans)
    for index in overlapping_tokens(spans, [(lo - offset, hi - offset) for lo, hi in quotes]):
        flags[index] = True
    n_quoted = sum(flags)
    if n_quoted == 0:
        return NARRATION, compound, math.nan, n_tokens, 0
    if n_quoted == len(flags):
        return QUOTE, math.nan, compound, 0, n_tokens
    text, valences = scored.text, scored.valences
    narration = [valence for valence, flag in zip(valences, flags) if not flag]
    quoted = [valence for valence, flag in zip(valences, flags) if flag]
    return (
        MIXED,
        engine.compound(narration, _voice_text(text, spans, flags, False)),
        engine.compound(quoted, _voice_text(text, spans, flags, True)),
        len(narration),
        len(quoted),
    )


def _voice_text(text: str, spans: list[tuple[int, int]], flags: list[bool], quoted: bool) -> str:
    """The tokens of one voice of ``text`` (``flags``: which ``spans`` are quoted), joined; VADER reads the text
    of valences it scores only for its "!" and "?" (punctuation emphasis), so without them it is empty."""
    if "!" not in text and "?" not in text:
        return ""
    return " ".join(text[lo:hi] for (lo, hi), flag in zip(spans, flags) if flag == quoted)


def sentence_voices(
    engine: Any,
    texts: list[str],
    starts: list[int],
    scored: list[TokenScores],
    in_quote: list[bool],
    quotes: list[tuple[int, int]],
) -> list[tuple[str, float, float, int, int]]:
    """:func:`_voices` of an article's sentences, in order, given the article's disjoint, sorted quote spans."""
    voiced = []
    first = 0  # sentences come in order: quote spans ending before this one are done with
    for sentence, start, scores, quoted in zip(texts, starts, scored, in_quote):
        end = start + len(sentence)
        while first < len(quotes) and quotes[first][1] <= start:
            first += 1
        last = first  # by index: islice would walk the list from its start for every sentence
        while last < len(quotes) and quotes[last][0] < end:
            last += 1
        overlapping = quotes[first:last]
        voiced.append(_voices(engine, scores, sentence, start, overlapping, bool(quoted)))
    return voiced
