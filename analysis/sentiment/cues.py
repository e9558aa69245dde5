"""News-aware tone: a reporting verb used to attribute words carries no tone of its own in the narration.

VADER's lexicon was rated on tweets and reviews, where "stressed" means
anxious (-1.4) and "warned" is a threat (-1.1). In news the same words
mostly attribute speech: in "Lavrov stressed that Latin
America is witnessing a new wave" the verb says who spoke, and the tone of
what was said lies in the words it introduces. So in the reporter's own
words (the narration, outside quotation marks) a reporting verb used as an
attribution cue scores 0; the words around it keep VADER's rules.

Which verbs, and when they are cues, is not a new list: the verbs are the
speech-cue dictionary in force (``analysis/dictionaries/speech_cues.yaml``,
or a user's file merged over it, the ``quotes_speech_cues`` option, read by
:func:`analysis.quotes.speech_cues.load_speech_cues`), and a form is a cue
where the quotes wing's :func:`analysis.quotes.attribution.find_attributions`
finds it with a source ("Lavrov stressed", "..., he warned", "said X"), not a
noun after a determiner ("the warning") nor a word without a speaker
("stressed workers"), and where it frames what was said: followed by "that",
a quotation, a colon or a comma, or closing the sentence ("...," he warned.),
or followed by its source ("...," warned the minister). Only finite forms
count ("warned", "warns"; not "to warn", "warning", "a promising start"),
and only lemmas the dictionary flags ``invertible``: the verbs that can tag
a quotation ("...," he stressed), whose job is to say who spoke. Verbs that
only take a clause or an object name a stance and keep their tone: "denied",
"admitted", "complained", "argued", "promised" (``clausal`` only), and
"condemned the attack", "praised the deal", "accused him" (neither).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Sequence

from analysis.quotes.attribution import Attribution, Token, find_attributions, tokenize_reporter_text
from analysis.quotes.speech_cues import SpeechCues, load_speech_cues
from analysis.sentiment.vader import analyzer

_WORD = re.compile(r"[a-z]+")
_OPENERS = frozenset({"that", ":", ",", ".", ";", "-"})  # what follows a cue that introduces or closes reported speech


class NeutralCues:
    """The attributing forms of a speech-cue dictionary that the VADER lexicon gives a tone, and their lemmas."""

    def __init__(self, cues: SpeechCues, lexicon: Mapping[str, float]) -> None:
        self.cues = cues
        self.lemmas = frozenset(cues.invertible)
        self.forms = frozenset(
            words[0] for words, lemma in cues.forms.items()
            if len(words) == 1 and lemma in self.lemmas and _finite(words[0], lemma) and lexicon.get(words[0], 0.0)
        )
        # any form as a substring of a lower-cased text: a cheap test of a whole article or sentence before its words
        self._sorted_forms = sorted(self.forms)

    def may_occur(self, view: str) -> bool:
        """False when no sentence of ``view`` can hold a cue :meth:`spans` would find (no form occurs in it at all:
        one substring search per form, cheaper than a regex alternation's attempt at every character)."""
        return self._holds_a_form(view.lower())

    def _holds_a_form(self, lowered: str) -> bool:
        """Whether some form occurs in the lower-cased ``lowered`` as a substring (a necessary test: a form is a substring
        wherever it is a word)."""
        return any(form in lowered for form in self._sorted_forms)

    def spans(self, view: str, start: int, end: int, quoted: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """Character spans in ``view`` of the toned reporting verbs used as attribution cues in ``view[start:end]``.

        ``quoted`` are the quote spans of the article (sorted): verbs inside
        quotations are the speaker's words, not attribution, and keep their tone.
        """
        lowered = view[start:end].lower()
        # most sentences are ruled out by the substring test, without splitting them into words
        if not self._holds_a_form(lowered) or self.forms.isdisjoint(_WORD.findall(lowered)):
            return []
        tokens = tokenize_reporter_text(view, start, end, quoted)
        starts = {token.start: position for position, token in enumerate(tokens)}
        found = []
        for attribution in find_attributions(tokens, view, cues=self.cues):
            if attribution.source is None or attribution.lemma not in self.lemmas:
                continue
            position = starts.get(attribution.cue_start)
            cue = view[attribution.cue_start:attribution.cue_end]
            if position is None or cue.lower() not in self.forms or not _frames_speech(tokens, position, attribution):
                continue
            found.append((attribution.cue_start, attribution.cue_end))
        return found


def _finite(form: str, lemma: str) -> bool:
    """A finite verb form: not the bare lemma ("to warn") nor an -ing form ("warning", "promising")."""
    return form != lemma and not form.endswith("ing")


def _frames_speech(tokens: Sequence[Token], position: int, attribution: Attribution) -> bool:
    """Whether the one-word cue at ``tokens[position]`` frames what was said rather than taking an object."""
    if attribution.source_start is not None and attribution.source_start > attribution.cue_start:
        return True  # "...," warned the minister
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    if following is None or following.kind == "quote":
        return True
    return following.lower in _OPENERS


def neutral_cues(speech_cues: str | Path | None = None, *, method: str = "vader") -> NeutralCues:
    """The :class:`NeutralCues` of a speech-cue file (None: the shipped one) for ``method``'s lexicon, built once."""
    return _neutral_cues(None if speech_cues is None else str(speech_cues), method)


@lru_cache(maxsize=8)
def _neutral_cues(path: str | None, method: str) -> NeutralCues:
    return NeutralCues(load_speech_cues(path), analyzer(method).lexicon)
