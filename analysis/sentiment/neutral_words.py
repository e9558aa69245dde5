"""News-aware tone: the words of a plain word list carry no tone.

Five of the step's rules are one rule with a different list: a word of the
rule's list in ``analysis/dictionaries/lexicon/`` (:data:`WORD_LISTS`) scores 0
wherever it stands, the rule asks the article's vocabulary first
(:func:`analysis.sentiment.occurrences.present_occurrences`), and the step
applies it with :func:`analysis.sentiment.vader.without_rated_tone` (a word an
earlier rule already set to 0 leaves the counts once), or, for ``procedures``,
with :func:`without_procedure_tone`. Each is measured on the human ratings of
Hutto & Gilbert (2014) by ``validation/validate_sentiment.py``.

``senses`` (``news_sense_words``): VADER's raters scored words out of context,
so a word with a common neutral sense in news carries the tone of another
sense: "party" is rated +1.7 as a celebration, but news writes of "party
leaders", "the ruling party", "both parties"; "hand" is rated +2.2 as help or
applause, but news writes "on the other hand", "in military hands", "out of
hand", "hand over"; "interests" is rated as attention, but news writes
"special interests", "business interests"; "special" is rated as praise, but
news writes "special election", "special envoy", "special forces", "special
effects". There the word praises nothing. The list gives each word's news
sense; a word whose tone is its topic, "war", "crisis", is not one: readers
rate those as harms. The capitalised words of a name ("Labour Party") are
already left to :mod:`analysis.sentiment.names`; this rule takes every form
("party", "Party", "PARTY"), so it also covers a name's first word and one-word
uses. Left alone: the rarer rated sense in news ("a birthday party", "gave a
marvelous party"), which no word list tells apart at this depth.

``stance`` (``evidential_adverbs``): VADER rates "surely" (+1.9), "clearly"
(+1.7), "certainly" (+1.4) and "doubtless" (+0.9) as praise, but editorials
and quoted argument use them to assert, whatever the claim's tone: "Surely
there is a better way", "it is clearly folly to invest", "Clearly new
procedures are needed to deter graft", "that will certainly delay the vote",
and "clearly" also says how something is seen or said ("clearly visible",
"state clearly who paid"). The writer's certainty is no judgement of the
matter; the sentence's tone lies in its other words. The adverbs of evidence
VADER does not rate, "obviously", "evidently", "apparently", already score 0.
Left alone: "definitely" and "truly", which in answers and chat affirm or
intensify ("Definitely!", "truly wonderful"; scoring them 0 cost the tweets of
the ground truth more than it gained on the editorials).

``domains`` (``policy_domain_words``): VADER's raters scored the good a word
names: "safety" +1.8, "security" +1.4, "justice" +2.4. News uses these words
to name a field of policy, its agencies, budgets and debates: "public safety",
"safety standards", "national security", "security forces", "the criminal
justice system", "obstruction of justice", "an associate justice". There the
word is the topic of the sentence, not a judgement of it ("School bus safety
is not taking a back seat" is no praise), as its unrated siblings "health",
"welfare", "education" and "aid" already are; the sentence's tone lies in its
other words. Not in the list: "care", whose verb ("they care about
strangers", "didn't care at all") is as common in news as the field ("health
care"), and "relief", whose feeling ("relief for the families") is as common
as the field ("tax relief"); goods news reports as outcomes ("peace",
"freedom"); harms named as topics ("crime", "war"), which readers rate as
such. Left alone: the rarer uses of these words as a judgement ("a sense of
relief", "justice was done"), which no word list tells apart at this depth.

``amounts`` (``amount_change_words``): VADER's raters rated "increase" (+1.3),
"growth" (+1.6), "expand" (+1.3) as good news and "lower" (-1.2), "drop"
(-1.1) as bad, out of context. News reports figures with them: "an increase in
rents", "increased spending on prisons", "a growing deficit", "economic growth
slowed", "a drop in sales", "lowered interest rates", "a lower court ruled".
Whether the change is good lies in what changes (rents, deficits, crime,
wages), which the sentence's other words carry, not in its direction; the
unrated siblings "rise", "higher", "decline", "fell", "decrease" already score
0. Left to VADER: a change that is itself a benefit or a harm ("gain",
"boost", "loss"), and "cut" and "falling", read as often in other senses
("falling asleep").

``procedures`` (``procedure_words``): VADER's raters rated "agreement" (+2.2),
"approval" (+2.1), "approved" (+1.8), "grant" (+1.5) and "granted" as
goodwill, out of context. News reports the steps of government, courts and
business with them: "signed a trade agreement", "the agreement expires in
May", "needs the approval of the council", "the plan was approved by
regulators", "a $2 million federal grant", "was granted bail", "the treaty was
ratified". There the word names a procedure or the document it issues, and
whether it is good lies in what it decides ("approved the closure of the
hospital"), which the sentence's other words carry; the unrated siblings
"treaty", "deal", "contract", "permit", "approve", "passed" already score 0.
Such a word scores 0 unless VADER read it as negated ("could not reach an
agreement", "was not approved": a failed step is news of a failure, and keeps
VADER's turned tone; :func:`without_procedure_tone`). Left to VADER: words of a
stance or a feeling ("agree", "support", "endorse"), which say what someone
thinks.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Any, Mapping, Sequence

from analysis.sentiment.occurrences import case_forms, present_occurrences
from analysis.sentiment.vader import TokenScores, scored_tokens, without_rated_tone
from analysis.text import lexicon

# rule (a field of analysis.sentiment.step.WordRules) -> its list, analysis/dictionaries/lexicon/<name>.txt
WORD_LISTS: Mapping[str, str] = {
    "senses": "news_sense_words",
    "stance": "evidential_adverbs",
    "domains": "policy_domain_words",
    "amounts": "amount_change_words",
    "procedures": "procedure_words",
}
_WORD_FORMS: dict[str, frozenset[str]] = {rule: case_forms(lexicon.words(name)) for rule, name in WORD_LISTS.items()}


def neutral_word_spans(
    rule: str, view: str, sentences: Sequence[tuple[int, int]], vocabulary: frozenset[str]
) -> dict[int, list[tuple[int, int]]]:
    """The character spans in ``view`` of the words of ``rule``'s list (:data:`WORD_LISTS`), by sentence index
    (sentences without any left out). ``sentences`` are the sentences' spans in ``view``, in order; ``vocabulary`` the
    article's distinct tokens as written (:attr:`analysis.text.document.Document.vocabulary`)."""
    return present_occurrences(view, sentences, vocabulary, _WORD_FORMS[rule])


def without_procedure_tone(
    engine: Any, scored: TokenScores, sentence: str, start: int, spans: Sequence[tuple[int, int]]
) -> TokenScores:
    """``scored`` (the :meth:`Analyzer.score_tokens` of ``sentence``, which starts at ``start`` in the article's view)
    with the words at ``spans`` (offsets in the view) given valence 0 where they still carry VADER's positive rating; a
    word VADER read as negated ("could not reach an agreement", "was not approved") keeps its turned tone: a failed
    step is news of a failure. Unchanged when VADER rewrote the text (emoji)."""
    found = scored_tokens(engine, scored, sentence, start) if spans else None
    if found is None:
        return scored
    token_starts = found.view_starts
    kept = []
    for lo, hi in spans:
        at = bisect_right(token_starts, lo) - 1
        if 0 <= at < len(scored.valences) and scored.valences[at] > 0:
            kept.append((lo, hi))
    return without_rated_tone(engine, scored, sentence, start, kept) if kept else scored
