"""Source phrases of attribution: the words before or after a speech cue that name who speaks.

:func:`source_for` reads the reporter's tokens of one sentence (quotations collapsed into ``QUOTE``
tokens, :mod:`analysis.quotes.reporter_tokens`) around a cue that :mod:`analysis.quotes.attribution`
found, and returns the span of its source, or None.

Rules, tried in this order for each cue:

* ``according to X`` -- the source follows the cue;
* passive ``was told by X`` -- the source follows ``by``;
* ``X said`` -- the phrase before the cue (adverbs such as "also", "later",
  "on Monday" skipped; an appositive "X, the head of Y, said" gives "X";
  "the head of Y, X, said" gives "X");
* ``X took to Twitter to say`` -- an infinitive cue after a past verb and its object: the verb's subject
  ("X"), or its object after a verb of object control ("Police urged residents to report" -> "residents");
* inversion ``"...," said X`` -- the phrase after the cue, when nothing
  usable stands before it (only for verbs that invert, not "told").

A participle after a comma ("..., saying") has no source phrase of its own: its subject is the sentence's.
"""
from __future__ import annotations

import re
from typing import Sequence

from analysis.quotes.reporter_tokens import Token
from analysis.quotes.speech_cues import SpeechCues
from analysis.text.lexicon import weekdays, words

# Bare pronoun sources and what they refer to; "we" is the speaker's own side, never named by recency.
PRONOUNS: dict[str, str] = {
    "he": "person", "she": "person", "i": "person", "we": "own side", "they": "group", "it": "organization",
}
# Words that end a source phrase read backwards from a cue (clause boundaries).
BOUNDARY_WORDS = words("source_boundary_words")
# Skipped between a source and its cue: "he also said", "Lavrov later told".
ADVERBS = words("source_cue_adverbs")
# "went on to say", "continued to say": a verb chain between the source and the cue.
_CHAIN = words("cue_verb_chain_words")
# "began by saying", "ended by noting": a verb and "by" between a source and its gerund cue.
_BY_GERUND_VERBS = words("by_gerund_verbs")
_NEGATIONS = words("cue_negations")
# Things that "say" without speaking: a banner saying "...", a sign reading "...".
INANIMATE = words("inanimate_sources")
_WEEKDAYS = weekdays()
_PASSIVE = words("be_forms")
_DETERMINERS = words("determiners")
# "X, when asked about the deal, said": an adverbial clause between the source and its cue.
_SUBORDINATORS = words("subordinators")
# "In a statement the ministry said", "Speaking to reporters, ...": words opening an adjunct, not a source.
_PREPOSITIONS = words("source_adjunct_openers")
# "said Smith in a statement", "said Smith, adding": words that end a source read after an inverted cue.
_INVERTED_STOPS = words("inverted_source_stops")
_MAX_SOURCE_TOKENS = 12
# Pronouns whose contracted verb may follow them in a source ("I'm", "You've"): the bare ones and "you".
_CONTRACTED_SUBJECTS = frozenset(PRONOUNS) | words("subject_pronouns")
# "X, who said", "the ministry, which said": a relative clause's subject before its cue (:func:`_relative_antecedent`).
_SUBJECT_RELATIVES = words("subject_relative_pronouns")


def source_for(tokens: Sequence[Token], first: int, last: int, lemma: str, cues: SpeechCues) -> tuple[int, int] | None:
    """Start and end offsets of the source of the cue ``tokens[first:last + 1]`` (``lemma``), or None
    (the rules of the module docstring, in order)."""
    if lemma == "according to":
        return _phrase_after(tokens, last + 1, cues, closing=_clause_before(tokens, first))
    before = _skip_back(tokens, first - 1)
    if _negated(tokens, first):
        return None
    verb = _verb_before_infinitive(tokens, first)
    if verb is not None:
        return _infinitive_source(tokens, verb, first - 1, cues)
    if _adverb_after_auxiliary(tokens, before, first, lemma):
        before = _skip_back(tokens, before - 1)  # "have long argued", "has meanwhile said": an adverb, no source
    if before >= 0 and tokens[before].kind == "word" and tokens[before].lower in _PASSIVE \
            and tokens[first].lower.endswith("ing"):
        before = _skip_auxiliaries(tokens, before)  # "is saying", "have been warning": progressive, no passive
    if before >= 0 and tokens[before].kind == "word" and tokens[before].lower in _PASSIVE:
        after = last + 1
        if after < len(tokens) and tokens[after].lower == "by":
            return _phrase_after(tokens, after + 1, cues)
        return None
    if before >= 0 and tokens[before].kind == "word" and tokens[before].lower in _SUBJECT_RELATIVES \
            and not _acronym(tokens[before]):
        return _relative_antecedent(tokens, before, cues)
    if _participle_after_comma(tokens, first):
        return None  # "X questioned the findings, saying ...": the subject speaks, not the phrase before the comma
    source = _phrase_before(tokens, before, cues)
    if source is not None:
        return source
    if lemma in cues.invertible and not tokens[first].lower.endswith("ing") and _inversion_allowed(tokens, first):
        return _phrase_after(tokens, last + 1, cues)
    return None


# How many words may stand between a verb and the "to" of an infinitive cue read as its purpose or object's act.
_MAX_INFINITIVE_OBJECT = 6
# "Police urged residents to report", "Lee asked reporters to say": the object before "to" does the infinitive's act.
_OBJECT_CONTROL = words("object_control_verbs")


def _verb_before_infinitive(tokens: Sequence[Token], cue: int) -> int | None:
    """Index of the active past verb whose object or adjunct stands between it and the "to" of the lower-case
    infinitive cue at ``cue`` ("Lee took to Twitter to say", "held a press conference to announce", "urged
    residents to say"), within ``_MAX_INFINITIVE_OBJECT`` words of one clause; None when a verb stands right before
    "to" ("wanted to say": its subject speaks, :func:`_skip_back`), when the verb is passive ("was asked by X to
    say") or when no such verb is found (a boundary word, a subject pronoun, "for", punctuation or a quotation
    first).
    None too when a noun before "to" has a possessor and the verb is no verb of object control ("over his
    unwillingness to testify", "Trump's attempt to add"): the possessor, not the verb's subject, may do the
    infinitive's act."""
    to = cue - 1
    if to < 1 or tokens[to].lower != "to" or not tokens[cue].text.islower() or _verb_form(tokens, to - 1) \
            or _gerund_verb(tokens, to - 1):
        return None
    possessed = False
    for index in range(to - 1, max(-1, to - 2 - _MAX_INFINITIVE_OBJECT), -1):
        token = tokens[index]
        if token.kind != "word":
            if token.text in {"'", "-", "&"}:
                continue
            return None
        if _verb_form(tokens, index):
            passive = index > 0 and tokens[index - 1].lower in _PASSIVE
            purpose_of_possessor = possessed and token.lower not in _OBJECT_CONTROL
            return None if passive or purpose_of_possessor else index
        if token.text.islower() and (token.lower in BOUNDARY_WORDS or token.lower in PRONOUNS or token.lower == "for"):
            return None  # "issued an order for the firm to confirm": "for" names the infinitive's own subject
        possessed = possessed or token.lower in _POSSESSIVES or token.lower.endswith("'s")
    return None


_POSSESSIVES = words("possessive_determiners")


def _gerund_verb(tokens: Sequence[Token], index: int) -> bool:
    """A lower-case -ing word not after a determiner: the verb of "failing to mention", "trying to say", whose
    subject does the infinitive's act (:func:`_skip_back`), not a noun ("a briefing to announce")."""
    token = tokens[index]
    return token.kind == "word" and token.text.islower() and token.lower.endswith("ing") \
        and not (index > 0 and tokens[index - 1].lower in _DETERMINERS)


def _verb_form(tokens: Sequence[Token], index: int) -> bool:
    """Whether the word at ``index`` is a lower-case past form or a verb of object control, not a modifier after a
    determiner ("a heated debate") nor a noun-phrase participle (``lexicon/source_participles.txt``)."""
    token = tokens[index]
    if token.kind != "word" or not token.text.islower() or "-" in token.text or token.lower in _NP_PARTICIPLES:
        return False
    if index > 0 and tokens[index - 1].lower in _DETERMINERS:
        return False
    return past_form(token) or token.lower in _OBJECT_CONTROL


def _infinitive_source(tokens: Sequence[Token], verb: int, to: int, cues: SpeechCues) -> tuple[int, int] | None:
    """The source of an infinitive cue after ``tokens[verb]`` and its object (``tokens[verb + 1:to]``): that object
    after a verb of object control ("urged residents to say" -> "residents"), else the verb's subject, who speaks
    for a purpose of their own act ("Lee took to Twitter to say", "Lee held a press conference to announce" ->
    "Lee"), when that subject is a noun phrase (no verb in it: :func:`_noun_phrase`)."""
    if tokens[verb].lower in _OBJECT_CONTROL:
        phrase = tokens[verb + 1:to]
        return (phrase[0].start, phrase[-1].end) if _plausible_source(phrase) else None
    subject = _phrase_before(tokens, _skip_back(tokens, verb - 1), cues)
    return subject if subject is not None and _noun_phrase(tokens, subject, cues) else None


def past_form(token: Token) -> bool:
    """A lower-case irregular past (``lexicon/irregular_past_verbs.txt``) or regular ``-ed`` form."""
    lower = token.lower
    return token.text.islower() and (lower in _IRREGULAR_PAST or (lower.endswith("ed") and len(lower) > 3))


def _participle_after_comma(tokens: Sequence[Token], first: int) -> bool:
    """Whether the cue at ``first`` is a lower-case -ing participle after a comma and adverbs only ("..., saying",
    "..., also arguing"): a participle clause whose subject is the sentence's subject, found later by the subject
    rule or borrowed from the cue before it; the words before the comma end the main clause (its object or an
    adjunct: "questioned the findings", "with a radio station") and never name the speaker. Not after a verb
    chain ("cited X, chief of Y, as saying": X is the source)."""
    cue = tokens[first]
    if not (cue.text.islower() and cue.lower.endswith("ing")):
        return False
    index = first - 1
    while index >= 0 and tokens[index].kind == "word" and (tokens[index].lower in ADVERBS or _is_adverb(tokens[index])):
        index -= 1
    return index >= 0 and tokens[index].text == ","


def _adverb_after_auxiliary(tokens: Sequence[Token], index: int, cue: int, lemma: str) -> bool:
    """Whether the lower-case word at ``index``, right before the past participle cue at ``cue``, follows a form of
    "have" ("have long argued", "has since said", "had meanwhile told"): between the auxiliary and its participle
    stands an adverb, whatever the word, never the source. Not before a base form or a gerund, where "have" is a
    verb of its own ("had no say in", "we have theories indicating")."""
    if index < 1 or tokens[index].kind != "word" or not tokens[index].text.islower() \
            or tokens[index].lower in _VERB_HINTS or tokens[index].lower in _CLAUSE_VERBS \
            or tokens[index].lower in _DETERMINERS:
        return False
    word = tokens[cue].lower
    if word == lemma or word.endswith("ing"):
        return False
    previous = tokens[index - 1]
    return previous.kind == "word" and previous.text.islower() and previous.lower in _CLAUSE_VERBS


def _skip_auxiliaries(tokens: Sequence[Token], index: int) -> int:
    """Index of the first token before ``index`` (inclusive) that is no lower-case auxiliary (a form of "be", "have",
    a modal) nor adverb: the end of the subject of a progressive cue ("Doctors have also been warning")."""
    while index >= 0 and tokens[index].kind == "word" and tokens[index].text.islower() and (
            tokens[index].lower in _AUXILIARIES or tokens[index].lower in ADVERBS or _is_adverb(tokens[index])):
        index -= 1
    return index


def _acronym(token: Token) -> bool:
    """A word in capitals of two letters or more ("WHO"): a name, not the function word it spells."""
    return len(token.text) > 1 and token.text.isupper()


def _relative_antecedent(tokens: Sequence[Token], relative: int, cues: SpeechCues) -> tuple[int, int] | None:
    """``Mark Hay, a marine ecologist at GT, who said``, ``the agency, which said``, ``drafted by Alex Greenwich
    who said``: the subject of a relative clause is the phrase it follows: after an appositive, the name before
    it (:func:`_appositive_source`); a capitalised name right before it ("according to CNN who reported" ->
    "CNN", "the home of Prime Minister Tuilaepa, who told" -> "Prime Minister Tuilaepa"); else the noun phrase
    before the comma ("the agency"). Nobody when that phrase holds a verb ("the storm hit the coast on Monday, which"), after
    a lower-case word without a comma ("the man who said", "asked who said"), or when a quotation stands before
    the relative pronoun: the clause the antecedent belongs to has its own voice ("Police detained people for
    "spreading rumors", including Li, who tried to warn")."""
    if relative < 2 or any(token.kind == "quote" for token in tokens[:relative]):
        return None
    previous = tokens[relative - 1]
    if previous.text == ",":
        found = _appositive_source(tokens, relative - 1, cues) if _after_apposition(tokens, relative - 2) else None
        if found is None and tokens[relative - 2].kind == "word" and tokens[relative - 2].capitalized:
            found = _name_before(tokens, relative - 1)  # "the home of Prime Minister Tuilaepa, who": the name
        found = found or _phrase_before(tokens, relative - 2, cues)
        return found if found is not None and _noun_phrase(tokens, found, cues) else None
    if previous.kind != "word" or not previous.capitalized:
        return None
    return _name_before(tokens, relative)


def _after_apposition(tokens: Sequence[Token], end: int) -> bool:
    """Whether the comma segment ending at ``end`` opens with a determiner after a comma: an appositive
    ("Mark Hay, a marine ecologist at GT")."""
    first = end
    while first - 1 >= 0 and tokens[first - 1].kind == "word":
        first -= 1
    return first - 1 >= 0 and tokens[first - 1].text == "," and tokens[first].lower in _DETERMINERS


def _noun_phrase(tokens: Sequence[Token], span: tuple[int, int], cues: SpeechCues) -> bool:
    """Whether a source span holds no verb: no lower-case cue form, auxiliary, modal or past form."""
    for token in tokens:
        if token.start >= span[1]:
            break
        if token.start < span[0] or token.kind != "word" or not token.text.islower():
            continue
        lower = token.lower
        if lower in cues.one_word_forms or lower in _VERB_HINTS or lower in _CLAUSE_VERBS \
                or (lower.endswith("ed") and lower not in _NP_PARTICIPLES):
            return False
    return True


def _name_before(tokens: Sequence[Token], end: int) -> tuple[int, int] | None:
    """The run of capitalised words ending right before token ``end`` (not the sentence's first word alone)."""
    first = end
    while first - 1 >= 0 and tokens[first - 1].kind == "word" and tokens[first - 1].capitalized:
        first -= 1
    if first == end or (first == 0 and end - first == 1):
        return None
    return tokens[first].start, tokens[end - 1].end


def _inversion_allowed(tokens: Sequence[Token], first: int) -> bool:
    """``"...," said X``: the cue follows a quote, a comma or starts the clause."""
    previous = first - 1
    return previous < 0 or tokens[previous].kind == "quote" or tokens[previous].text in {",", ":", ";", "-"}


def _control_verb(token: Token) -> bool:
    """The verb of "wanted to say", "refused to comment": lower case, no pronoun or determiner."""
    return token.kind == "word" and token.text.islower() and token.lower not in PRONOUNS and \
        token.lower not in _DETERMINERS and token.lower not in _CHAIN


def _negated(tokens: Sequence[Token], first: int) -> bool:
    """``did not say``, ``never said``, ``didn't tell``: a denied cue attributes nothing."""
    for token in tokens[max(0, first - 3):first]:
        if token.kind == "word" and (token.lower in _NEGATIONS or token.lower.endswith("n't")):
            return True
    return False


def _skip_back(tokens: Sequence[Token], index: int) -> int:
    """Index of the first token before ``index`` (inclusive) that is not an adverb or time phrase."""
    chain = True
    while index >= 0:
        token = tokens[index]
        if token.kind == "word" and chain and token.lower == "to" and index > 0 and _control_verb(tokens[index - 1]):
            index -= 2  # "like to say", "wanted to add"
        elif token.kind == "word" and chain and token.lower == "by" and index > 0 \
                and tokens[index - 1].text.islower() and tokens[index - 1].lower in _BY_GERUND_VERBS:
            index -= 2  # "began by saying", "ended by noting"
        elif token.kind == "word" and chain and token.lower in _CHAIN and token.text.islower():
            index -= 1
        elif token.kind == "word" and (token.lower in ADVERBS or _is_adverb(token)):
            chain = False
            index -= 1
        elif token.kind == "word" and token.lower in _WEEKDAYS and index > 0 and tokens[index - 1].lower in {"on", "last"}:
            index -= 2
        else:
            return index
    return index


def _is_adverb(token: Token) -> bool:
    """A lower-case ``-ly`` word ("especially", "reportedly") standing between a source and its cue; not a noun
    or adjective in ``-ly`` (``lexicon/ly_nouns.txt``: "his family said", "the assembly said")."""
    return token.text.islower() and token.text.endswith("ly") and len(token.text) > 4 and token.lower not in _LY_NOUNS


_LY_NOUNS = words("ly_nouns")


def _phrase_before(tokens: Sequence[Token], end_index: int, cues: SpeechCues) -> tuple[int, int] | None:
    """The source phrase ending at token ``end_index`` (read backwards to a clause boundary)."""
    if end_index < 0:
        return None
    token = tokens[end_index]
    if token.kind == "punct" and token.text == "," and end_index > 0:
        return _appositive_source(tokens, end_index, cues)
    if token.kind == "punct" and token.text == "-" and end_index > 0:
        return _dash_aside_source(tokens, end_index, cues)
    if token.kind == "punct" and token.text == ")":
        opening = _matching_paren(tokens, end_index)
        if opening is not None and opening > 0:
            inner_end = end_index
            start = _phrase_start(tokens, opening - 1, cues)
            if start is not None:
                return tokens[start].start, tokens[inner_end].end
        return None
    if token.kind != "word" or token.lower in BOUNDARY_WORDS and not _acronym(token):
        return None
    if token.lower in PRONOUNS:
        return token.start, token.end
    contracted = _CONTRACTED_PRONOUN.match(token.lower)
    if contracted is not None and contracted.group(1) in _CONTRACTED_SUBJECTS:
        return token.start, token.start + len(contracted.group(1))  # "I'm conceding that", "You've said": "I", "You"
    start = _phrase_start(tokens, end_index, cues)
    if start is None:
        return None
    return tokens[start].start, token.end


_MAX_ASIDE_TOKENS = 25


def _dash_aside_source(tokens: Sequence[Token], closing: int, cues: SpeechCues) -> tuple[int, int] | None:
    """``X - who the paper said was furious - told``, ``X - speaking on Friday - said``: the source before a dash
    aside closing right before its cue is the phrase before the aside's opening dash (at most ``_MAX_ASIDE_TOKENS``
    tokens back, no quotation inside); a lone dash before a cue opens no aside ("a disaster - said X": inverted)."""
    for opening in range(closing - 1, max(-1, closing - _MAX_ASIDE_TOKENS), -1):
        token = tokens[opening]
        if token.kind == "quote":
            return None
        if token.text == "-":
            return _phrase_before(tokens, opening - 1, cues) if opening > 0 and tokens[opening - 1].kind == "word" \
                else None
    return None


# A pronoun with a contracted verb: "I'm", "we've", "they're", "he'd", "she'll" (not "it's said": impersonal).
_CONTRACTED_PRONOUN = re.compile(r"(\w+)'(?:m|re|ve|ll|d)\Z")


def _matching_paren(tokens: Sequence[Token], close_index: int) -> int | None:
    for index in range(close_index - 1, max(-1, close_index - 8), -1):
        if tokens[index].text == "(":
            return index
    return None


def _phrase_start(tokens: Sequence[Token], end_index: int, cues: SpeechCues) -> int | None:
    """First token of the noun phrase ending at ``end_index``; None when it is no plausible source.
    A cue word ends the phrase ("the commission said the delays ...": not one source)."""
    opening = label_end(tokens)
    index = end_index
    while index - 1 >= opening and end_index - index + 1 < _MAX_SOURCE_TOKENS:
        previous = tokens[index - 1]
        if previous.kind == "word" and previous.text.islower() and previous.lower in cues.one_word_forms:
            break
        if previous.kind != "word":
            if previous.text in {"(", ")", "&", "'"} or (previous.text == "-" and index - 2 >= 0):
                index -= 1
                continue
            break
        if index - 1 == opening and previous.text[1:].islower() and previous.lower in _OPENING_DISCOURSE_WORDS:
            break  # "So I ...", "Now you ...", "And a bunch of them ...": a sentence's opening connective
        if previous.lower in BOUNDARY_WORDS and previous.text[0].islower():
            if previous.lower == "and" and _bare_noun_phrase(tokens, index, end_index) and index - 2 >= 0 \
                    and tokens[index - 2].capitalized:
                index -= 1  # "Jennifer Daskal of American University and contributor to Slate"
                continue
            break
        if previous.text.islower() and previous.text.endswith("ed") and previous.lower not in _NP_PARTICIPLES \
                and "-" not in previous.text:
            break  # a past-tense verb ends the subject: "Johnson joined the calls by officials" (not "army-aligned")
        index -= 1
    phrase = tokens[index:end_index + 1]
    phrase = _drop_leading_adjunct(phrase)
    if not phrase or not _plausible_source(phrase):
        return None
    return tokens.index(phrase[0], index)


def label_end(tokens: Sequence[Token]) -> int:
    """How many tokens a transcript's turn label opening the sentence takes (``((WN))``, ``((Jaya Rao))``: doubled
    brackets, :mod:`analysis.quotes.first_person`), 0 without one: the label names the turn's speaker, it is no
    word of a source phrase ("((WN))  So you are saying ...": the source is "you")."""
    if len(tokens) < 5 or tokens[0].text != "(" or tokens[1].text != "(":
        return 0
    for index in range(2, min(len(tokens) - 1, _MAX_SOURCE_TOKENS)):
        if tokens[index].text == ")":
            return index + 2 if tokens[index + 1].text == ")" else 0
    return 0


def _bare_noun_phrase(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A phrase opening with a lower-case noun and no determiner: "contributor to Slate"."""
    head = tokens[first]
    return head.kind == "word" and head.text.islower() and head.lower not in _DETERMINERS \
        and head.lower not in PRONOUNS and head.lower not in _FUNCTION_WORDS


def _drop_leading_adjunct(phrase: Sequence[Token]) -> Sequence[Token]:
    """``In a statement the ministry`` -> ``the ministry``: cut a leading prepositional phrase."""
    if not phrase or phrase[0].lower not in _PREPOSITIONS:
        return phrase
    for position in range(len(phrase) - 1, 0, -1):
        token = phrase[position]
        if token.lower in _DETERMINERS and token.lower != "that":
            return phrase[_name_after_noun(phrase, position):]
    for position in range(len(phrase) - 1, 0, -1):
        if phrase[position].capitalized and not phrase[position - 1].capitalized and phrase[position].lower not in _WEEKDAYS:
            return phrase[position:]
    return ()


# Words that open a sentence before its subject ("So", "And", "Now", "While", "Because"); not the prepositions
# ("After the talks the minister said": :func:`_drop_leading_adjunct` cuts those).
_OPENING_DISCOURSE_WORDS = (words("sentence_connectives") | words("clause_openers") | _SUBORDINATORS) - _PREPOSITIONS
def _name_after_noun(phrase: Sequence[Token], start: int) -> int:
    """Where the subject starts in ``phrase[start:]`` (a noun phrase after a fronted preposition, no comma):
    at a capitalised name right after a lower-case noun ("a recently-accepted paper Bos and colleagues" ->
    "Bos and colleagues"), else at ``start`` ("the Health Ministry", "the minister of Health")."""
    for position in range(len(phrase) - 1, start + 1, -1):
        before = phrase[position - 1]
        if phrase[position].capitalized and before.kind == "word" and before.text.islower() \
                and before.lower not in _DETERMINERS and before.lower not in _PREPOSITIONS \
                and before.lower not in BOUNDARY_WORDS and before.lower not in _DANGLING:
            return position
    return start


_NEGATIVE_PRONOUNS = words("negative_pronouns")
_NP_PARTICIPLES = words("source_participles")
_FUNCTION_WORDS = ADVERBS | BOUNDARY_WORDS | _NEGATIONS | _PASSIVE | _CHAIN | words("source_function_extras")


def _plausible_source(phrase: Sequence[Token]) -> bool:
    """A source names someone: a pronoun, a capitalised name, or a noun phrase of people/bodies."""
    words = [t for t in phrase if t.kind == "word"]
    if not words:
        return False
    if words[-1].lower in {"let's", "lets"}:
        return False
    if len(words) == 1 and words[0].lower in _NEGATIVE_PRONOUNS:
        return False  # "Nobody told us that ...": no one speaks
    if words[-1].text.islower() and (words[-1].lower in _FUNCTION_WORDS or words[-1].lower.endswith("n't")):
        return False
    if any(t.lower in INANIMATE for t in words):
        return False
    if words[-1].lower in _WEEKDAYS or words[-1].text.isdigit():
        return False
    if len(words) == 1 and (words[0].lower in _DETERMINERS or (words[0].text.islower() and words[0].lower in _DANGLING)):
        return False  # "the", "of" ("as of reports on Tuesday"): a function word names nobody
    if len(words) > 1 and words[0].lower in PRONOUNS and words[1].lower not in _PRONOUN_FOLLOWERS:
        return False  # "he a telegram", "I call up many people": a pronoun opens a clause, not a name
    if any(t.text.islower() and t.lower in _FINITE_VERBS for t in words):
        return False  # "you could come up with a task", "there is somewhere a study": a clause, not a name
    return True


def _appositive_source(tokens: Sequence[Token], comma_index: int, cues: SpeechCues) -> tuple[int, int] | None:
    """The source before ``, said`` when an appositive stands between them.

    ``X, the head of Y, said`` / ``X, president of Y, said`` /
    ``X, speaking to BBC, said`` / ``X, who ..., said`` / ``X, when asked ..., said`` -> X (also when
    the relative or adverbial clause holds a cue word: "who spoke on condition of anonymity");
    ``X, Director of the Y, said`` (a capitalised role, :func:`_titled_description`) -> X;
    ``the head of Y, X, said`` -> X.
    """
    segment_end = comma_index - 1
    if tokens[segment_end].kind != "word":
        return None
    segment_start = segment_end
    while segment_start - 1 >= 0 and (
        tokens[segment_start - 1].kind == "word" or tokens[segment_start - 1].text in {"(", ")", "-", "'", "&"}
    ):
        segment_start -= 1
    if segment_start - 1 < 0 or tokens[segment_start - 1].text != ",":
        return None
    segment = tokens[segment_start:segment_end + 1]
    first = segment[0]
    # "X, who asked not to be named, said", "X, speaking on condition of anonymity, told", "X, when asked
    # about it, said": cue words inside a relative or adverbial clause or a participle phrase do not count
    # (an adverbial clause only before a finite cue: in "X made a statement, when asked, stating" X is no NP)
    following = tokens[comma_index + 1] if comma_index + 1 < len(tokens) else None
    adverbial = first.lower in _SUBORDINATORS and following is not None and not following.lower.endswith("ing")
    relative = first.lower in _RELATIVES or adverbial or (
        first.kind == "word" and first.text.islower() and first.lower.endswith("ing"))
    if (not relative and any(t.lower in cues.one_word_forms for t in segment)) or first.lower in PRONOUNS:
        return None  # "..., he indicated, noting": a clause, not an appositive
    descriptive = first.lower in _DETERMINERS or first.text[:1].islower() or first.text[:1].isdigit() \
        or _titled_description(segment)
    if descriptive:
        return _phrase_before(tokens, _before_adjunct_aside(tokens, segment_start, first), cues) \
            if segment_start - 2 >= 0 else None
    if all(t.capitalized or t.kind != "word" for t in segment) and segment_start - 1 > 0:
        return first.start, segment[-1].end
    return None


def _before_adjunct_aside(tokens: Sequence[Token], segment_start: int, first: Token) -> int:
    """The last token before the comma that opens the segment at ``segment_start``; when the segment is an adjunct
    (it opens with a lower-case preposition: ``The ministry has, in a statement, called on ...``), the auxiliaries
    before that comma are passed too: they belong to the cue, and the source stands before them."""
    end = segment_start - 2
    if first.text.islower() and first.lower in _PREPOSITIONS:
        return _skip_auxiliaries(tokens, end)
    return end


def _titled_description(segment: Sequence[Token]) -> bool:
    """``Director of the Museum``, ``Chief Executive at Acme``: an appositive segment whose opening run of
    capitalised words holds a role noun and goes on in lower case describes the name before it, as "the director of
    the museum" does; an all-capitalised segment is the name itself ("the head of Y, Director Ana Ruiz, said")."""
    for position, token in enumerate(segment):
        if token.kind != "word":
            continue
        if not token.capitalized:
            return position > 0 and any(t.lower in _ROLE_NOUNS for t in segment[:position])
    return False


_ROLE_NOUNS = words("source_role_nouns")


def _clause_before(tokens: Sequence[Token], first: int) -> bool:
    """Whether a reported clause can stand before the cue at ``first`` (three words or more before it, not
    ending with a conjunction: "largely Kurdish and, according to Turkey, supportive of the PKK" goes on after
    the source): else ("According to police, the man fled.", "In Paris, according to police, ...") the clause
    follows the source, and a comma segment after the source is that clause, no appositive of the source."""
    if first >= 2 and tokens[first - 1].text == "," and tokens[first - 2].lower in BOUNDARY_WORDS:
        return False
    return sum(1 for token in tokens[:first] if token.kind == "word") >= 3


def _phrase_after(tokens: Sequence[Token], index: int, cues: SpeechCues, *, closing: bool = True,
                  ) -> tuple[int, int] | None:
    """The source phrase starting at ``index`` and running to a clause boundary; with ``closing``, comma
    segments to the sentence's end belong to it (:func:`_closing_appositives`)."""
    if index >= len(tokens) or tokens[index].kind != "word":
        return None
    if (tokens[index].lower in BOUNDARY_WORDS or tokens[index].lower in _PREPOSITIONS) and not _acronym(tokens[index]):
        return None
    if tokens[index].lower in PRONOUNS:
        return tokens[index].start, tokens[index].end
    end = index
    while end + 1 < len(tokens) and end - index + 1 < _MAX_SOURCE_TOKENS:
        following = tokens[end + 1]
        if following.kind != "word":
            if following.text in {"(", ")", "'", "&"}:
                end += 1
                continue
            break
        if following.lower in BOUNDARY_WORDS or following.lower in _INVERTED_STOPS:
            break
        if (following.lower in cues.one_word_forms and tokens[end].lower not in _DETERMINERS
                and not _plural_cue_noun(tokens, index, end)) or _verb_after_noun(tokens, end):
            break  # a cue form after a determiner is a noun: "according to a tweet by X"
        end += 1
    while end > index and (tokens[end].text in {"(", "'"} or tokens[end].lower in _DANGLING):
        end -= 1  # a name phrase does not end in "of", "and" or "the": "told by Minister X of "...""
    phrase = tokens[index:end + 1]
    if not _plausible_source(phrase):
        return None
    if closing:
        end = _closing_appositives(tokens, end, cues)
    else:
        end = _named_apposition(tokens, end)
    return phrase[0].start, tokens[end].end


def _named_apposition(tokens: Sequence[Token], end: int) -> int:
    """``According to the town's first selectman, Chris Kervick, ten people were aboard``, ``according to his
    wife, Amanda, Huber died``: the name set off by commas after a description (its last word lower case)
    belongs to the source, so that the speaker is the person named, not the title: the end of that name (one
    to four capitalised words between the commas) when a clause opens after it (a capitalised word, a subject
    pronoun, a determiner, a quantifier or a number; not the first of a list: "..., Paris, London and
    Berlin"); ``end`` otherwise."""
    if not tokens[end].text.islower() or end + 1 >= len(tokens) or tokens[end + 1].text != ",":
        return end
    last = end + 1  # the comma, then the name's words
    while last + 1 < len(tokens) and last - end - 1 < _MAX_APPOSED_NAME and tokens[last + 1].kind == "word" \
            and tokens[last + 1].capitalized:
        last += 1
    if last == end + 1 or last + 1 >= len(tokens) or tokens[last + 1].text != ",":
        return end
    following = tokens[last + 2:last + 5]
    if not following or following[0].kind != "word" or not (
            following[0].capitalized or following[0].lower in _CLAUSE_OPENERS) \
            or any(token.lower in _LIST_WORDS for token in following):
        return end  # "according to official statements, Trump, now operating ...": the name opens the clause
    return last


_MAX_APPOSED_NAME = 4
_LIST_WORDS = words("list_conjunctions")
_CLAUSE_OPENERS = _DETERMINERS | words("reported_clause_subjects") | words("clause_quantifiers") | words("number_words")


def _plural_cue_noun(tokens: Sequence[Token], index: int, end: int) -> bool:
    """"according to varying reports", "according to initial reports from the area": a plural cue form ending
    the phrase after lower-case modifiers (``tokens[index:end + 1]``) is the noun they modify, not a verb; not
    after a noun naming people, who are the source themselves ("police reports" -> "police")."""
    cue_noun = end + 1
    if not tokens[cue_noun].text.islower() or not tokens[cue_noun].lower.endswith("s"):
        return False
    after = tokens[cue_noun + 1] if cue_noun + 1 < len(tokens) else None
    if after is not None and after.kind == "word" and after.lower not in BOUNDARY_WORDS and after.lower not in _DANGLING:
        return False  # "according to X reports that ...": a verb with its object
    return all(token.kind == "word" and token.text.islower() and token.lower not in _SPEAKER_NOUNS
               and token.lower.rstrip("s") not in _SPEAKER_NOUNS and token.lower not in PRONOUNS
               for token in tokens[index:end + 1])


# Nouns naming the speakers themselves before a cue noun ("police reports", "witness accounts", "government claims").
_SPEAKER_NOUNS = words("source_role_nouns") | words("source_person_nouns") | words("collective_person_nouns") \
    | words("government_nouns")


def _participle_clause(segment: Sequence[Token]) -> bool:
    """A comma segment opening with a lower-case -ing word that names no one ("leaving it without a majority",
    "resulting in a minority government"), not a role ("managing director of Acme")."""
    first = segment[0]
    return first.text.islower() and first.lower.endswith("ing") and not any(
        token.lower in _ROLE_NOUNS or token.lower.rstrip("s") in _ROLE_NOUNS for token in segment)


def _verb_after_noun(tokens: Sequence[Token], end: int) -> bool:
    """"according to the emergencies ministry recovered ...": a lower-case past form right after a lower-case
    noun ends the source phrase; not after a determiner or an adverb ("the unnamed", "recently retired"), and not
    a participle naming the real source ("a statement released by her family")."""
    last, following = tokens[end], tokens[end + 1]
    after = tokens[end + 2].lower if end + 2 < len(tokens) else ""
    return (
        following.text.islower() and following.lower.endswith("ed") and len(following.lower) > 4 and after != "by"
        and last.kind == "word" and last.text.islower() and last.lower not in _DETERMINERS
        and not last.lower.endswith("ly") and last.lower not in PRONOUNS
    )


_DANGLING = _PREPOSITIONS | _DETERMINERS | words("source_dangling_words")
_RELATIVES = words("relative_pronouns")
_VERB_HINTS = _PASSIVE | words("modal_verbs") | words("do_forms")
_CLAUSE_VERBS = words("have_forms")
# Words that may follow a pronoun inside one source phrase: "they both", "we all", "he himself".
_PRONOUN_FOLLOWERS = words("pronoun_source_followers")
# Auxiliaries before a progressive cue ("has been saying", "will be telling").
_AUXILIARIES = _PASSIVE | words("have_forms") | words("modal_verbs")
# Finite verbs no source phrase holds (a clause read back from a cue holds them): modals, "do" and finite "be".
_FINITE_VERBS = words("modal_verbs") | words("do_forms") | (_PASSIVE - words("nonfinite_be_forms"))


def _no_appositive(first: Token) -> bool:
    """A comma segment after a source that no appositive opens with: a preposition ("..., according to police,
    at the playground") or a lower-case past form ("..., then, according to officials, fled.")."""
    return first.lower in _SEGMENT_PREPOSITIONS or past_form(first)


_SEGMENT_PREPOSITIONS = words("non_subject_prepositions")
_IRREGULAR_PAST = words("irregular_past_verbs")


def _closing_appositives(tokens: Sequence[Token], end: int, cues: SpeechCues) -> int:
    """``said University of California, San Diego's chancellor, Pradeep Khosla.``: comma segments
    running to the end of the sentence belong to an inverted source (the speaker resolver picks the name); not
    a participle clause ("according to early results, leaving the party without a majority")."""
    position = end
    while position + 1 < len(tokens) and tokens[position + 1].text == ",":
        segment_end = position + 2
        while segment_end < len(tokens) and tokens[segment_end].kind == "word":
            segment_end += 1
        segment = tokens[position + 2:segment_end]
        if segment and _participle_clause(segment):
            return position  # "..., said his father, Ali Kurdi, following the ceremony": the clause closes the source
        if segment and _no_appositive(segment[0]):
            break  # "One child was, according to the fire service, among the dead.": the clause goes on
        if not segment or len(segment) > 8 or any(
                t.lower in cues.one_word_forms or t.lower in BOUNDARY_WORDS or t.lower in _VERB_HINTS for t in segment):
            break
        position = segment_end - 1
    rest = tokens[position + 1:]
    return position if all(t.kind == "punct" for t in rest) else end


