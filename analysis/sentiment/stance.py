"""News-aware tone: an adverb saying a claim is evident or certain carries no tone.

VADER rates "surely" (+1.9), "clearly" (+1.7), "certainly" (+1.4) and
"doubtless" (+0.9) as praise, but editorials and quoted argument use them
to assert, whatever the claim's tone: "Surely there is a better way", "it
is clearly folly to invest", "Clearly new procedures are needed to deter
graft", "that will certainly delay the vote", and "clearly" also says how
something is seen or said ("clearly visible", "state clearly who paid").
The writer's certainty is no judgement of the matter; the sentence's tone
lies in its other words. So a word of ``lexicon/evidential_adverbs.txt``
scores 0 (the adverbs of evidence VADER does not rate, "obviously",
"evidently", "apparently", already score 0). Left alone: "definitely" and
"truly", which in answers and chat affirm or intensify ("Definitely!",
"truly wonderful"; scoring them 0 cost the tweets of the ground truth more
than it gained on the editorials).
Measured on the human ratings of Hutto & Gilbert (2014) by
``validation/validate_sentiment.py``.
"""
from __future__ import annotations

from typing import Sequence

from analysis.sentiment.occurrences import case_forms, present_occurrences
from analysis.text import lexicon

_WORD_FORMS = case_forms(lexicon.words("evidential_adverbs"))


def stance_adverb_spans(
    view: str, sentences: Sequence[tuple[int, int]], vocabulary: frozenset[str]
) -> dict[int, list[tuple[int, int]]]:
    """The character spans in ``view`` of the adverbs of ``lexicon/evidential_adverbs.txt``, by sentence index
    (sentences without any left out). ``sentences`` are the sentences' spans in ``view``, in order; ``vocabulary`` the
    article's distinct tokens as written (:attr:`analysis.text.document.Document.vocabulary`)."""
    return present_occurrences(view, sentences, vocabulary, _WORD_FORMS)
