"""News-aware tone: a discourse marker set off by commas carries no tone.

VADER rates "well" (+1.1), "true" (+1.8), "sure" (+1.3), "fine", "okay" and
"granted" as approval. Set off by a comma at the head of a sentence, or
between commas, they mark the writer's or speaker's hesitation or
concession, not a judgement: "Well, it turns out that the humidifiers may
be harmful", "True, he admitted the price was higher than expected",
"Sure, the new budget is efficient", "Granted, the plan has flaws",
"Trying to stop it is, well, an illustration of ...". Editorials and quoted
speech concede this way before an objection, so the marker's rating pulls
a critical sentence towards praise. So a word of
``lexicon/discourse_markers.txt`` right before a comma scores 0 when it opens
its sentence (after any opening quotes) or comes right after a comma. Left
alone: the same words inside a clause ("did well,", "is true, and") and
without the comma ("Sure enough", "True love").
Measured on the human ratings of Hutto & Gilbert (2014) by
``validation/validate_sentiment.py``.
"""
from __future__ import annotations

from typing import Sequence

from analysis.sentiment.occurrences import case_forms, occurrences
from analysis.text import lexicon

_FORMS = case_forms(lexicon.words("discourse_markers"))
_OPENING_QUOTES = "\"'\u2018\u201c"


def marker_spans(
    view: str, sentences: Sequence[tuple[int, int]], vocabulary: frozenset[str]
) -> dict[int, list[tuple[int, int]]]:
    """The character spans in ``view`` of the discourse markers set off by commas, by sentence index (sentences
    without any left out). ``sentences`` are the sentences' spans in ``view``, in order; ``vocabulary`` the article's
    distinct tokens as written (:attr:`analysis.text.document.Document.vocabulary`)."""
    present = _FORMS & vocabulary
    found: dict[int, list[tuple[int, int]]] = {}
    if not present:
        return found
    for index, spans in occurrences(view, sentences, [form + "," for form in present]).items():
        head = sentences[index][0]
        kept = [(lo, hi - 1) for lo, hi in spans if _set_off(view, head, lo)]
        if kept:
            found[index] = kept
    return found


def _set_off(view: str, head: int, at: int) -> bool:
    """Whether the word at ``at`` opens its sentence (which starts at ``head``), after any opening quotes and
    spaces, or follows a comma and a space."""
    before = view[head:at].lstrip().lstrip(_OPENING_QUOTES).strip()
    return not before or view[head:at].rstrip().endswith(",")
