"""The subject of a sentence among its actor mentions, and whether a mention stands in subject position.

The quotes step gives a quote with no source of its own the subject of the
sentence that reports it ("She declined to comment, saying ..."), and
speaker resolution prefers salient mentions (subjects) as antecedents of a
pronoun (:mod:`analysis.quotes.speakers`). A mention is salient when only a
clause start, punctuation or a conjunction stands before it and its titles;
the object of a preposition, a possessor or an aside in parentheses is not.
"""
from __future__ import annotations

import re
from typing import Sequence

from analysis.quotes import attribution as attr
from analysis.quotes.attribution import Sentence
from analysis.quotes.context import Article, Mention, Spans
from analysis.quotes.reporter_tokens import Token
from analysis.quotes.source_names import PREPOSITION_WORDS
from analysis.quotes.source_phrases import BOUNDARY_WORDS, PRONOUNS
from analysis.text import lexicon


def subject(article: Article, sentence: Sentence, *, before: int, after_opening: bool = False) -> tuple[int, int] | None:
    """The first actor mention before ``before`` in the sentence's clause holding it (:func:`_clause_before`) that
    is not the object of a preposition nor a possessor, nor inside parentheses ("the source material (Martin,
    2000)"); the person it introduces when it only modifies one ("Villa manager Unai Emery", "Spain's King
    Felipe VI"); the body of a
    place or organisation opening the sentence ("The government of Peru", :func:`_body_of`); else a
    pronoun opening the sentence ("She declined ..., saying"), or, with ``after_opening``, one right after an
    opening prepositional phrase ("In his message, he appreciated ...: "..."", :func:`_pronoun_after_opening`)."""
    first, stop = _clause_before(sentence.tokens, before)
    clause = sentence.tokens[first:stop]
    quoted = Spans([(t.start, t.end) for t in clause if t.kind == "quote"])
    inside_sentence = article.mentions.starting_in(clause[0].start if first and clause else sentence.start, before)
    view, titles = article.view, article.lexicon.titles
    for position, mention in enumerate(inside_sentence):
        if mention.how == "demonym" or quoted.contain(mention.start, mention.end):
            continue
        if position == 0 and not first and _body_of(article, sentence, mention):
            return sentence.tokens[0].start, mention.end  # "The government of American Samoa issued ...: "...""
        if not is_salient(sentence, mention.start, titles=titles) or _parenthetical(view, sentence.start, mention.start) \
                or object_list_member(article, sentence, mention, titles=titles):
            continue
        following = inside_sentence[position + 1] if position + 1 < len(inside_sentence) else None
        if following is not None and following.actor_type == "person" and mention.actor_type != "person" \
                and _MODIFIES.fullmatch(view[mention.end:following.start]):
            return following.start, following.end
        if possessive(view, mention.end):
            continue
        return mention.start, mention.end
    words = [t for t in clause if t.kind == "word"]
    if words and words[0].lower in PRONOUNS and words[0].start < before:
        return words[0].start, words[0].end
    return _pronoun_after_opening(clause, before) if after_opening else None


def _clause_before(tokens: Sequence[Token], before: int) -> tuple[int, int]:
    """The token range ``(first, stop)`` of a sentence's clause holding ``before``, up to it: from the last semicolon
    before it (a semicolon joins clauses with subjects of their own: "X criticised the plan; Y opposed it and
    said ..." is Y's), else from the sentence's start. Read back from ``before`` only, a sentence of many clauses
    costs each cue its own clause."""
    stop = attr.token_index(tokens, before) + 1 if tokens else 0
    first = stop
    while first > 0 and tokens[first - 1].text != ";":
        first -= 1
    return first, stop


def _body_of(article: Article, sentence: Sentence, mention: Mention) -> bool:
    """``The government of American Samoa``, ``The ministry of Peru``: the sentence opens with a determiner, at most
    three lower-case words ending in a body noun and "of", then ``mention`` (a place or an organisation, not a person:
    "The administration of Joe Biden" is no body of his speaking): the subject is that body, which the mention only
    names the owner of."""
    if mention.actor_type == "person":
        return False
    tokens = sentence.tokens
    index = attr.token_index(tokens, mention.start)
    if index < 3 or index > 5 or tokens[index - 1].lower != "of" or tokens[0].lower not in _ARTICLES:
        return False
    head = tokens[index - 2]
    if head.lower not in _BODY_NOUNS and head.lower not in article.lexicon.organization_nouns:
        return False
    return all(token.kind == "word" and token.text.islower() for token in tokens[1:index])


_ARTICLES = lexicon.words("articles")
_BODY_NOUNS = lexicon.words("government_nouns")


def _pronoun_after_opening(tokens: Sequence[Token], before: int) -> tuple[int, int] | None:
    """``In his message, he appreciated ...``: the pronoun right after an opening prepositional phrase (a
    preposition, then no verb, up to the first comma) is the sentence's subject; not "it" ("In the end, it
    was the mayor who decided": a cleft names nobody)."""
    if not tokens or tokens[0].kind != "word" or tokens[0].lower not in _OPENING_PREPOSITIONS:
        return None
    for index, token in enumerate(tokens[1:_MAX_OPENING + 1], start=1):
        if token.text == ",":
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if following is not None and following.kind == "word" and following.lower in PRONOUNS \
                    and following.lower != "it" and following.text.islower() and following.start < before:
                return following.start, following.end
            return None
        if token.kind != "word" or (token.text.islower() and token.lower.endswith("ed")) or token.lower in PRONOUNS:
            return None
    return None


# "In his message,", "After the vote on Monday,": what opens a sentence before its subject (at most this long).
_OPENING_PREPOSITIONS = lexicon.words("source_adjunct_openers") - {"speaking", "writing", "according"}
_MAX_OPENING = 8


# Between a body and the person it introduces: "Villa manager ", "Spain's King ", "Kremlin spokesman ".
_MODIFIES = re.compile(r"(?:'s)?(?:\s+[A-Za-z.-]+){0,3}\s+")


def _parenthetical(view: str, sentence_start: int, position: int) -> bool:
    """``position`` sits inside an open parenthesis of its sentence: an aside, never the sentence's subject."""
    before = view[sentence_start:position]
    return before.count("(") > before.count(")")


def possessive(view: str, end: int) -> bool:
    """``Mohammad's admission``: a possessor is no subject (``view``: the normalised text)."""
    return view[end:end + 2] == "'s"


def topic_possessor(sentence: Sentence, start: int, end: int, *, titles: frozenset[str]) -> bool:
    """``Actor Brendan Fraser's appearance at the convention was ...``: a possessor (``start``-``end``, its
    "'s" included) that opens its sentence -- only titles or capitalised words before it -- and whose
    possessed words name no person ("Fraser's appearance", not "Fraser's lawyer", "Fraser's wife", "Fraser's
    Chief of Staff") is what the sentence is about, so a later "he" may refer to it."""
    tokens = sentence.tokens
    first = attr.token_index(tokens, start)
    for token in tokens[:first]:
        if token.kind != "word" or not (token.capitalized or token.lower in titles or token.lower in attr.ROLE_NOUNS):
            return False
    possessed = tokens[attr.token_index(tokens, end - 1) + 1:]
    if not possessed or possessed[0].kind != "word" or not possessed[0].text.islower():
        return False
    for token in possessed[:3]:
        if token.kind != "word" or token.lower in BOUNDARY_WORDS or token.lower in PREPOSITION_WORDS:
            break  # "Fraser's appearance at ...": the possessed words end at a preposition
        if not token.text.islower() or token.lower in _PEOPLE_WORDS or token.lower.rstrip("s") in _PEOPLE_WORDS:
            return False
    return True


# Nouns naming people: the possessed words of "X's lawyer", "X's wife", "X's supporters" are someone else.
_PEOPLE_WORDS = attr.PERSON_NOUNS | lexicon.union(
    "person_nouns", "person_relatives", "employee_roles", "male_words", "female_words", "collective_person_nouns")
_OBJECT_PREPOSITIONS = lexicon.words("non_subject_prepositions")  # "statements of former adviser John Bolton"
_NAME_LEAD = lexicon.union("articles", "former_holder_modifiers")  # "the late", "then": a name's lead
# "the ban, which Biden opposed", "the judge whom Trump appointed": a name right after one is the subject of a
# relative clause that describes something else, not the sentence's subject.
_RELATIVE_PRONOUNS = lexicon.words("relative_pronouns")
_SUBORDINATORS = lexicon.words("subordinators")


def is_salient(sentence: Sentence, position: int, *, titles: frozenset[str], agents: bool = False) -> bool:
    """A mention in subject position: after its titles, only a clause start, punctuation or a conjunction.

    ``statements of former adviser John Bolton`` (a preposition) and ``which
    removed Evo Morales`` (a verb) are objects, so not salient. ``titles``:
    the lower-case titles in force (:class:`~analysis.quotes.context.SpeakerLexicon`). With ``agents``, the
    agent of a passive ("the plan was criticised by Senator Ruiz") counts too: it acts, so a later "he" may
    refer to it (it is still not the sentence's grammatical subject), as does the author named after "by" in
    a phrase opening the sentence ("In an opinion a few years ago by Justice Scalia, he wrote"); so does a name
    after "is" or "was",
    which names the subject itself ("One of them is Denis Kovalchuk"), but not an agent inside a clause opened by a
    subordinator or relative pronoun ("a speech since he was pardoned by Trump"). A name right after a relative
    pronoun ("the ban, which Biden opposed") or a subordinator inside the sentence ("Flynn spoke while Trump flew
    over") is the subject of a clause about something else, not salient. A plain noun for a person counts as a
    title where it leads the name (:func:`_leading_person_noun`).
    """
    tokens = sentence.tokens
    index = attr.token_index(tokens, position) - 1
    while index >= 0:
        token = tokens[index]
        if token.kind != "word":
            return True
        lower = token.lower
        if token.capitalized or lower in titles or lower in attr.ROLE_NOUNS or lower in _NAME_LEAD \
                or _leading_person_noun(tokens, index):
            index -= 1
            continue
        if agents and lower == "by" and (_after_participle(tokens, index) and not _in_inner_clause(tokens, index)
                                         or _opening_phrase_agent(tokens, index, titles)):
            return True  # "criticised by Senator Ruiz", "In an opinion by Justice Scalia,": the agent acts
        if agents and lower in _COPULAS:
            return True  # "One of them is Denis Kovalchuk": a name after "is" names the subject itself
        if lower in _SUBORDINATORS and index > 0:
            return False  # "Flynn was on stage while Trump flew over": the subject of a clause inside the sentence
        return lower in BOUNDARY_WORDS and lower not in _OBJECT_PREPOSITIONS and lower not in _RELATIVE_PRONOUNS
    return True


def _leading_person_noun(tokens: Sequence[Token], index: int) -> bool:
    """``tokens[index]`` is a plain noun for a person (``physician``, ``nurse``) standing as a name's title: at the
    sentence's start or after capitalised words ("Presidential physician Sean Conley", "Nurse Ann Lee"). After a
    comma such a noun opens an apposition ("her husband, musician Al Jorden") that names an object again."""
    if tokens[index].lower not in attr.PERSON_NOUNS:
        return False
    return index == 0 or (tokens[index - 1].kind == "word" and tokens[index - 1].capitalized)


def object_list_member(article: Article, sentence: Sentence, mention: Mention, *, titles: frozenset[str],
                       agents: bool = False) -> bool:
    """A later name of a list whose first name is an object: in "she was married to Ann Lee, Tom Hart, and Joe
    Park" Hart and Park stand where Lee does, after "to", so they are no subjects however plain the comma or
    "and" before them. The name before the separator must be a mention of the same actor type (not "In Paris,
    Macron and Merkel said"); after a bare comma the list must go on ("..., Tom Hart and ...", "..., Tom Hart,
    Joe Park"), else the comma may close an opening phrase ("After the departure of Lee, Hart said") or
    open an apposition; after ", and" the name before must itself follow a comma ("He met Lee, and Hart said":
    two clauses). ``agents``: as in :func:`is_salient`."""
    tokens = sentence.tokens
    index = attr.token_index(tokens, mention.start) - 1
    while index >= 0 and tokens[index].kind == "word" and tokens[index].lower in titles:
        index -= 1
    if index < 1:
        return False
    separator = tokens[index]
    comma_before = False
    if separator.kind == "word" and separator.lower in _LIST_CONJUNCTIONS and separator.text.islower():
        comma_before = tokens[index - 1].text == ","
        index -= 1 + comma_before
    elif separator.text == "," and _list_goes_on(tokens, attr.token_index(tokens, mention.end - 1) + 1):
        index -= 1
    else:
        return False
    if index < 0 or tokens[index].kind != "word":
        return False
    previous = _mention_ending(article, tokens[index].end, mention.actor_type)
    if previous is None or previous.start < sentence.start:
        return False
    if comma_before and not _after_comma(tokens, previous.start, titles):
        return False  # "He met Lee, and Hart said": a second clause, not a list
    return not is_salient(sentence, previous.start, titles=titles, agents=agents) \
        or object_list_member(article, sentence, previous, titles=titles, agents=agents)


def _list_goes_on(tokens: Sequence[Token], index: int) -> bool:
    """Whether the tokens from ``index`` continue a list of names: a conjunction, or a comma before a
    conjunction or a capitalised word ("Tom Hart, Joe Park"; not "Tom Hart, the coach")."""
    if index >= len(tokens):
        return False
    token = tokens[index]
    if token.kind == "word":
        return token.lower in _LIST_CONJUNCTIONS and token.text.islower()
    if token.text != "," or index + 1 >= len(tokens) or tokens[index + 1].kind != "word":
        return False
    following = tokens[index + 1]
    return following.capitalized or (following.lower in _LIST_CONJUNCTIONS and following.text.islower())


def _after_comma(tokens: Sequence[Token], position: int, titles: frozenset[str]) -> bool:
    """Whether a comma stands right before the name at ``position`` (and its titles)."""
    index = attr.token_index(tokens, position) - 1
    while index >= 0 and tokens[index].kind == "word" and tokens[index].lower in titles:
        index -= 1
    return index >= 0 and tokens[index].text == ","


def _mention_ending(article: Article, end: int, actor_type: str | None) -> Mention | None:
    """The mention of ``actor_type`` that ends at ``end`` (the word before a list separator), if any."""
    for mention in article.mentions.ending_by(end):
        if mention.end < end:
            return None
        if mention.actor_type == actor_type and mention.how != "demonym":
            return mention
    return None


_LIST_CONJUNCTIONS = lexicon.words("list_conjunctions")


def addressed(sentence: Sentence, start: int, end: int, *, titles: frozenset[str]) -> bool:
    """``It's both, Justice Thomas.``, ``Thank you, Mr. President.``: a mention (``start``-``end``) after a comma
    (and its titles) with only punctuation after it to the sentence's end is someone addressed, or an
    afterthought ("the prize went to the coach, Ana Ruiz."): not who acts in the sentence."""
    tokens = sentence.tokens  # read from the mention outwards: a mention costs its neighbours, not the sentence
    if not tokens:
        return False
    last = attr.token_index(tokens, end - 1)  # the token holding the mention's last character
    if any(tokens[following].kind != "punct" for following in range(last + 1, len(tokens))):
        return False
    index = attr.token_index(tokens, start) - 1
    while index >= 0 and tokens[index].kind == "word" and (tokens[index].lower in titles or tokens[index].lower in attr.ROLE_NOUNS):
        index -= 1
    return index >= 0 and tokens[index].text == ","


def _after_participle(tokens: Sequence[Token], by_index: int) -> bool:
    """Whether the "by" at ``by_index`` follows a past participle ("criticised by", "pointed out by")."""
    index = by_index - 1
    if index >= 0 and tokens[index].kind == "word" and tokens[index].lower in _PARTICLES:
        index -= 1
    if index < 0 or tokens[index].kind != "word" or not tokens[index].text.islower():
        return False
    return tokens[index].lower.endswith(("ed", "en"))


def _in_inner_clause(tokens: Sequence[Token], index: int) -> bool:
    """Whether the word at ``index`` stands in a clause opened inside its sentence by a subordinator or a relative
    pronoun after the sentence's first word, with no punctuation between ("Flynn spoke since he was pardoned by
    Trump", "the plan, which was backed by Ruiz"): an agent there acts in a clause about something else."""
    for position in range(index - 1, 0, -1):
        token = tokens[position]
        if token.kind != "word":
            return False
        if token.text.islower() and (token.lower in _SUBORDINATORS or token.lower in _RELATIVE_PRONOUNS):
            return True
    return False


def _opening_phrase_agent(tokens: Sequence[Token], by_index: int, titles: frozenset[str]) -> bool:
    """Whether the "by" at ``by_index`` names the author in a prepositional phrase that opens the sentence (or
    follows a comma or a conjunction) and closes with a comma right after the name: "But, in an opinion we had
    a few years ago by Justice Scalia, he talked about ..." (not "Governor Reyes stood by Senator Ruiz")."""
    index = by_index - 1
    while index >= 0 and tokens[index].kind == "word":
        index -= 1
    if index >= 0 and tokens[index].text != ",":
        return False
    index += 1
    if tokens[index].lower in BOUNDARY_WORDS and tokens[index].lower not in _OBJECT_PREPOSITIONS:
        index += 1  # "But in a ruling ...": a conjunction before the phrase
    opening = tokens[index]
    if opening.lower not in _OBJECT_PREPOSITIONS or opening.lower == "by" or index >= by_index:
        return False
    after = by_index + 1
    while after < len(tokens) and tokens[after].kind == "word" and (tokens[after].capitalized or tokens[after].lower in titles):
        after += 1
    return after > by_index + 1 and after < len(tokens) and tokens[after].text == ","


_PARTICLES = lexicon.words("verb_particles")
_COPULAS = lexicon.words("be_forms") - {"be", "been", "being"}
