"""News-aware tone: the harm a verb counters carries no tone.

News reports efforts against harms: "screenings could reduce cancer deaths",
"measures to curb violence", "combating domestic terrorism", "fewer whales
will die". VADER reads the harm's words ("cancer", "violence", "terrorism",
"die") as the tone of the sentence, while the sentence tells of the harm
being reduced, prevented or fought; the human coders of the VADER ground
truth rated such sentences far less negative (often positive). So the
negative rated words in the six tokens after a verb of
``lexicon/countering_verbs.txt`` (every form: "reduce", "reducing",
"prevented", "curbs"; "fewer"; the nouns of such acts, "early detection of cancer", "treatment for
liver disease"; and "save", which spares from a harm), up to a clause break (a token ending in
, ; : . ! ?) or a form of "be" ("stopping them is evil": the predicate is no
object), score 0. A comma that goes on with a list does not end the object: "reduce the risk of heart
disease, colon cancer and diabetes" counters every item (further items of up to four words, then "and" or
"or" and a final item that ends its clause; not a comma before a clause: "reduce costs, but critics ..."). The verb keeps its own tone ("avoid" -1.2), and so do
positive words ("reduce the cost of good care"), emoticons, and words past the
break. A verb VADER would read as negated (a negation in the three tokens
before it: "does nothing to solve the problem", "can't avoid a mistake")
counters nothing.
Left out: verbs whose object is as often no harm ("cut jobs", "end the
season", "limit", "ban", "defeat"; "protect" takes what is kept safe), words
read as often as nouns ("fought a war", "killed in combat") and the
preposition "against".
Measured on the human ratings of Hutto & Gilbert (2014) by
``validation/validate_sentiment.py``.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, Sequence


from analysis.sentiment.occurrences import CLAUSE_BREAK, case_forms, present_occurrences
from analysis.sentiment.vader import TokenScores, negation, scored_tokens, without_tone
from analysis.text import lexicon

_VERBS = lexicon.words("countering_verbs")
_VERB_FORMS = case_forms(_VERBS)
_BE_FORMS = lexicon.words("be_forms")
_WINDOW = 6  # tokens after the verb that can hold its object
_LIST_CONJUNCTIONS = lexicon.words("list_conjunctions")
# words that open a clause, not a list item, after a comma ("reduce costs, but critics and ...": not a list)
_CLAUSE_OPENERS = lexicon.words("clause_openers") | lexicon.words("subordinators") | lexicon.words("relative_pronouns")
# After a comma ending the verb's object, a list goes on: further items of one to four words (each but the last
# ending in a comma), then "and"/"or" and a final item of one to four words that ends the clause (through a clause
# break, or before a clause opener or a form of "be": not "destroyed Russia, twice, and Germany backed by a hostile
# ..."). Read over one letter per token (see _token_class): w a word, "," a word ending in a comma, c a conjunction,
# "." a word ending in other clause punctuation or the sentence's last, b a form of "be" or a clause opener.
_LIST_AFTER_COMMA = re.compile(r"(?:(?:w{0,3},)*w{1,4}|(?:w{0,3},)+)c(?:w{0,3}[,.]|w{1,4}(?=b))")
_LIST_REACH = 24  # tokens after a comma the list is looked for in (the cost stays linear in the sentence)
_PUNCTUATION = "\"'()[]{}.,;:!?*-"


def verb_spans(
    view: str, sentences: Sequence[tuple[int, int]], vocabulary: frozenset[str]
) -> dict[int, list[tuple[int, int]]]:
    """The character spans in ``view`` of the countering verbs, by sentence index (sentences without any left out).
    ``sentences`` are the sentences' spans in ``view``, in order; ``vocabulary`` the article's distinct tokens as
    written (:attr:`analysis.text.document.Document.vocabulary`)."""
    return present_occurrences(view, sentences, vocabulary, _VERB_FORMS)


def without_countered(
    engine: Any, scored: TokenScores, sentence: str, start: int, spans: Sequence[tuple[int, int]]
) -> TokenScores:
    """``scored`` (the :meth:`Analyzer.score_tokens` of ``sentence``, which starts at ``start`` in the article's view)
    with the negative valences of the tokens a countering verb (at ``spans``, offsets in the view) takes as its object
    set to 0 (see the module doc; through :func:`analysis.sentiment.vader.without_tone`, so those words leave the
    lexicon counts too). Unchanged when no valence moves, or when VADER rewrote the text (emoji)."""
    found = scored_tokens(engine, scored, sentence, start) if spans else None
    if found is None:
        return scored
    text, tokens, token_starts, offset = found
    lowers = token_words(text, tokens)
    verbs = {at for lo, _ in spans if (at := verb_position(token_starts, lowers, lo, _VERBS)) is not None}
    valences = scored.valences
    harm = [(tokens[index][0] + offset, tokens[index][1] + offset)
            for at in sorted(verbs) for index in object_tokens(text, tokens, lowers, at, len(valences))
            if index not in verbs and valences[index] < 0 and _has_letter(lowers[index])]
    return without_tone(engine, scored, sentence, start, harm)


def token_words(text: str, tokens: Sequence[tuple[int, int]]) -> list[str]:
    """The words of ``text``'s tokens (their spans ``tokens``), in lower case without the punctuation at their ends."""
    return [text[lo:hi].strip(_PUNCTUATION).lower() for lo, hi in tokens]


def object_tokens(text: str, tokens: Sequence[tuple[int, int]], lowers: Sequence[str], at: int, n_valences: int) -> range:
    """The tokens after the verb at token ``at`` that can hold its object: the next ``_WINDOW``, up to a form of "be"
    ("stopping them is evil": a predicate, not the verb's object) or through a token ending a clause ("... they
    reduced." or "reduce the risk, ...": the object ends at the clause break), unless that token's comma goes on
    with a list (:func:`list_end`: "reduce the risk of heart disease, colon cancer and diabetes": the object ends
    with the list). ``tokens`` are the spans of ``text``'s tokens, ``lowers`` their words in lower case without
    punctuation; only the ``n_valences`` scored tokens count."""
    limit = min(len(tokens), n_valences)
    end = min(at + 1 + _WINDOW, limit)
    if at < end and text[tokens[at][1] - 1] in CLAUSE_BREAK:
        return range(at + 1, at + 1)  # "... they reduced, and ...": nothing after the verb is its object
    for index in range(at + 1, end):
        if lowers[index] in _BE_FORMS:
            return range(at + 1, index)
        if text[tokens[index][1] - 1] in CLAUSE_BREAK:
            return range(at + 1, list_end(text, tokens, lowers, index, limit) + 1)
    return range(at + 1, max(at + 1, end))


def list_end(text: str, tokens: Sequence[tuple[int, int]], lowers: Sequence[str], comma: int, limit: int) -> int:
    """The last token of the list that goes on after the token ``comma`` (of the ``limit`` first tokens), when that
    token ends in a comma followed by one or more further items and a final "and"/"or" item ("heart disease, colon
    cancer and diabetes", "crime, poverty, and neglect"; see ``_LIST_AFTER_COMMA``); else ``comma`` itself: its
    punctuation ends the clause ("reduce jobs, and the strike ...", "reduce costs, but critics ...")."""
    if text[tokens[comma][1] - 1] != ",":
        return comma
    stop = min(comma + 1 + _LIST_REACH, limit)
    classes = "".join(_token_class(text, tokens[index], lowers[index]) for index in range(comma + 1, stop))
    if stop == limit and classes:
        classes = classes[:-1] + "."  # the sentence's last token ends its last clause, with or without a full stop
    found = _LIST_AFTER_COMMA.match(classes)
    return comma + found.end() if found else comma


def _token_class(text: str, token: tuple[int, int], lower: str) -> str:
    """One letter for a token after a comma, as ``_LIST_AFTER_COMMA`` reads it (see there)."""
    last = text[token[1] - 1]
    if last == ",":
        return ","
    if last in CLAUSE_BREAK:
        return "."
    if lower in _LIST_CONJUNCTIONS:
        return "c"
    return "b" if lower in _BE_FORMS or lower in _CLAUSE_OPENERS else "w"


def verb_position(token_starts: Sequence[int], lowers: Sequence[str], lo: int, verbs: frozenset[str]) -> int | None:
    """The token holding the verb found at ``lo`` (an offset in the view; ``token_starts`` the tokens' starts there),
    when the token is one of ``verbs`` and VADER would not read it as negated (a negation in the three tokens before
    it: "does nothing to solve the problem", "can't avoid a mistake"); else None."""
    at = bisect_right(token_starts, lo) - 1
    if at >= 0 and lowers[at] in verbs and not any(map(negation, lowers[max(0, at - 3):at])):
        return at
    return None


def _has_letter(word: str) -> bool:
    """A word, not an emoticon (":(")."""
    return any(map(str.isalpha, word))
