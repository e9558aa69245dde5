"""Speech cues that report nothing: no indirect speech follows them.

A clausal cue ("said", "confirm", "suggests") usually reports what its
source said (:mod:`analysis.quotes.indirect_speech`). Three kinds report
nothing said:

* a **hedge**, a first-person cue after a modal ("I would say the main
  downside is ...", "I'd say ...", "we can say that ...", "I should note
  that ...", "I have to say ..."): in an interview's answers or a transcript, "I" and "we" outside
  quotation marks are the voice of the text itself, asserting the clause now;
* a **reminder**, a first-person cue after "as" or "like" ("As I said, we
  started in 2017", "like I mentioned, ..."): the same voice again;
* a **condition**, a cue whose source follows "if" or "unless" ("if they say
  we don't need it", "if records indicated they had not voted"): nothing has
  been said;
* an **inference**, an evidential cue in the present tense whose source is
  a bare "it", "this" or "that" ("It suggests that there is a common
  ancestor", "this indicates they knew", "it tells us that planets can
  form"): the pronoun stands for a fact, and the clause is what the text or
  its speaker concludes from it. In the past tense the pronoun is often an
  organisation or a statement ("It also stated he was ill") and still reports,
  and so does "It tells customers that ...": "tells" infers only to "us",
  "me" or "you". A source headed by a noun of evidence ("evidence suggests
  that ...", "its name suggests ...", "the results of the trial indicated
  ...") infers in any tense: such a thing never speaks. Unless a name owns
  it: "Johns Hopkins University data indicated ..." gives the figures of a
  body, as "according to the JHU data" does.

"I told them that I had no one" still reports what was said then, and "He
would later say that ..." is a third person's speech.
"""
from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter
from typing import Sequence

from analysis.quotes.attribution import Attribution, Token
from analysis.text.lexicon import words

__all__ = ["reports_nothing"]

_FIRST_PERSON = words("first_person_speakers")
_MODALS = words("modal_verbs")
_MODAL_CONTRACTIONS = frozenset(word for word in _FIRST_PERSON if word.endswith("'d"))
_REMINDERS = words("reminder_conjunctions")
_CONDITIONS = words("conditional_conjunctions")
_EVIDENTIAL = words("evidential_cue_lemmas")
_INFERENCE_PRONOUNS = words("inference_pronouns")
_INFERENCE_LISTENERS = words("inference_listeners")
_INFERENCE_NOUNS = words("inference_source_nouns")
_HEAD_ENDERS = words("non_subject_prepositions")  # "the results of the trial": the head precedes them
_DETERMINERS = words("determiners")
_START = attrgetter("start")


def reports_nothing(tokens: Sequence[Token], attribution: Attribution) -> bool:
    """Whether ``attribution`` (in the sentence of ``tokens``) is a hedge, a reminder, a condition or an inference
    (module docstring): its source follows "if"/"unless"; or its source is one first-person word with a modal
    between it and the cue (or contracted onto it, before a base form: "I'd say", not "I'd said"), or after
    "as"/"like"; or it is an :func:`_inference` or an :func:`_evidence`."""
    if attribution.source is None or attribution.source_start is None:
        return False
    source = bisect_left(tokens, attribution.source_start, key=_START)
    cue = bisect_left(tokens, attribution.cue_start, key=_START)
    if source >= cue or source >= len(tokens):
        return False  # an inverted source ("..., said X") follows its cue: no hedge, no condition
    before = tokens[source - 1].lower if source > 0 else ""
    following = tokens[cue + 1].lower if cue + 1 < len(tokens) else ""
    if before in _CONDITIONS or _inference(attribution, following) \
            or _evidence(tokens[source:cue], source == 0, attribution, following):
        return True
    if attribution.source.lower() not in _FIRST_PERSON:
        return False
    if tokens[source].lower in _MODAL_CONTRACTIONS and attribution.cue.lower() == attribution.lemma:
        return True
    return any(token.lower in _MODALS for token in tokens[source + 1:cue]) or before in _REMINDERS \
        or _semi_modal(tokens, source, cue, attribution)


def _semi_modal(tokens: Sequence[Token], source: int, cue: int, attribution: Attribution) -> bool:
    """``I have to say ...``, ``I've got to say ...``, ``we need to point out ...``: a first-person cue in its base
    form after "to" and a present semi-modal (``lexicon/hedge_semi_modals.txt``) is a hedge as after "would"; not
    "I had to tell them ..." (what was said then)."""
    return cue - 2 > source and tokens[cue - 1].lower == "to" and tokens[cue - 2].lower in _SEMI_MODALS \
        and attribution.cue.lower() == attribution.lemma


_SEMI_MODALS = words("hedge_semi_modals")


def _inference(attribution: Attribution, following: str) -> bool:
    """``It suggests that ...``, ``this indicates ...``, ``it may suggest ...``, ``it tells us that ...``: the source
    is a bare inference pronoun and the cue :func:`_evidential` in its base or present form (the lemma itself or
    with "-s"/"-es")."""
    cue = attribution.cue.lower()
    lemma = attribution.lemma
    return attribution.source.lower() in _INFERENCE_PRONOUNS and _evidential(lemma, following) \
        and cue in (lemma, lemma + "s", lemma + "es")


def _evidence(before_cue: Sequence[Token], opens_sentence: bool, attribution: Attribution, following: str) -> bool:
    """``Evidence suggests that ...``, ``its name suggests ...``, ``the results of the trial indicated ...``: the
    cue is evidential (in any form) and the head of its source, the last word before the cue (``before_cue``, the
    tokens from the source's start) or before a preposition in the source, is an inference noun, with no name
    before it ("Johns Hopkins University data", "FBI data"): no capitalised word but a determiner, nor an acronym.
    The sentence's first word (``opens_sentence``: the source starts the sentence) is capitalised anyway: there
    only an acronym is a name ("New data suggest ...", but "Eurostat data indicated ..." is missed)."""
    if not _evidential(attribution.lemma, following):
        return False
    head = ""
    for position, token in enumerate(before_cue):
        if token.start >= attribution.source_end or token.lower in _HEAD_ENDERS:
            break
        if token.kind != "word":
            continue
        if (token.capitalized and token.lower not in _DETERMINERS and (position > 0 or not opens_sentence)) \
                or (len(token.text) > 1 and token.text.isupper()):
            return False  # a name owns the evidence: its figures are reported
        head = token.lower
    return head in _INFERENCE_NOUNS


def _evidential(lemma: str, following: str) -> bool:
    """Whether a cue of ``lemma`` can report a conclusion: an evidential lemma, "tell" only before an inference
    listener (``following``, the lower-case word after the cue)."""
    return lemma in _EVIDENTIAL and (lemma != "tell" or following in _INFERENCE_LISTENERS)
