"""Indirect (reported) speech: quotations without quotation marks.

For each attribution that no quotation used (:mod:`analysis.quotes.attribution`):

* ``X said (on Monday) (that) CLAUSE`` / ``X told reporters (that) CLAUSE``
  -- the clause after the cue, past its adjuncts (times, "late on Tuesday",
  "this week", prepositional phrases: "said at a press conference in Paris
  that", "said in an interview with Rolling Stone he ..."), when "that" opens
  it, a subject pronoun does (its verb may be contracted: "they'd"),
  or a noun phrase (a number, an approximate amount -- "at least 71 people" --
  or a quantifier may open it) followed within six
  words by a finite auxiliary or a past-tense verb ("said the talks would
  resume", "said three people died"), or within ten by an auxiliary after a
  long subject with no clause boundary in it ("said the cost of the new test
  kit was");
* ``CLAUSE, X said (on Monday).`` -- the clause before the attribution;
* ``according to X, CLAUSE`` and ``CLAUSE(,) according to X``.

The clause runs to the end of the sentence, a semicolon or a ", adding ..." cue (or, when the source follows a
subordinator, the comma that closes its clause: "While X said A, B" reports A, not the main clause B; or, after a
modal, a coordinated past predicate: "X hinted A would happen, but later reversed himself" reports A), holds
no quotation and has at least three words. A parenthesis in its subject ("the Kurdistan Workers' Party
(PKK) was") is no word of it, nor is a transcript's turn label ("((WN))"); in a question, the direct question
asked after the clause ("You said you wrote to them, did they answer?") is no part of it, and a clause before the
attribution that is itself a question ("How does it work, would you say?") reports nothing. Hedges, reminders,
conditions and inferences ("I would say ...", "As I said, ...", "if they say ...", "It suggests that ...") report
nothing (:mod:`analysis.quotes.unreported`).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter
from typing import Collection, Iterator, Sequence

from analysis.quotes.attribution import ROLE_NOUNS, Attribution, Sentence, Token
from analysis.quotes.source_phrases import label_end, past_form
from analysis.quotes.speech_cues import SpeechCues, default_speech_cues
from analysis.quotes.unreported import reports_nothing
from analysis.text.lexicon import stopwords, weekdays, words

# Words between a cue and its clause: "said on Monday", "told reporters in a statement".
_WEEKDAYS = weekdays()
_TIME_NOUNS = words("cue_time_nouns")  # "said this week that": "this" before one is no clause's subject
_SKIP_AFTER_CUE = _WEEKDAYS | words("cue_clause_skip_words") | _TIME_NOUNS
# "said in an email that", "told the BBC in a letter": a thing carrying words heads the adjunct after the words
# skipped before it (not "said video showed ...": there it opens the clause).
_ADJUNCT_NOUNS = words("voice_nouns")
_CLAUSE_SUBJECTS = words("reported_clause_subjects")
_CLAUSE_OPENERS = _CLAUSE_SUBJECTS | (words("determiners") - words("not_clause_opening_determiners"))
_TAIL_PREPOSITIONS = words("clause_tail_prepositions")
# Cues besides "tell" that may name a listener before their clause ("warned ministers that") and the words
# that show the phrase after the cue is no listener ("warned of a crisis that").
_LISTENER_CUES = words("listener_cue_lemmas")
# "told him he ...": object pronouns that stand as the listener of "told" (not the subjects a clause opens with).
_LISTENER_PRONOUNS = words("personal_pronouns") - _CLAUSE_SUBJECTS
_ARTICLES = words("articles")
_LISTENER_DETERMINERS = _ARTICLES | words("possessive_determiners")
_COLLECTIVE_LISTENERS = words("collective_person_nouns")
_LISTENER_STOPS = words("source_adjunct_openers") | words("source_dangling_words")  # "..., X said to Reuters."
_START, _END = attrgetter("start"), attrgetter("end")
# "X said A and told B": a cue after these reports the subject's next words, ending the clause before it.
_COORDINATORS = words("subject_coordinators")
# "according to X, who ...": a relative clause about the source, not what it reports.
_RELATIVES = words("subject_relative_pronouns")
# "When I said that ..., I was thinking": a source after these stands in a subordinate clause (_subordinate_end);
# not after "as" or "like", whose clause is the attribution of what follows its comma ("As the minister said, ...").
_SUBORDINATORS = words("subordinators") - words("reminder_conjunctions")


def indirect_spans(
    text: str, sentences: Sequence[Sentence], used: Collection[tuple[int, int]], *, cues: SpeechCues | None = None
) -> list[tuple[int, int, Attribution]]:
    """Reported speech without marks: ``(start, end, attribution)`` for the cues no quotation used.

    ``used`` holds the ``(cue_start, source_start)`` keys of the attributions
    already given to quotations; ``cues`` is the speech-cue lexicon (its
    ``clausal`` cues introduce reported speech; the shipped one when None).
    """
    cues = cues or default_speech_cues()
    rows = []
    for sentence in sentences:
        for attribution in sentence.attributions:
            if attribution.source is None or attribution.borrowed:
                continue
            if (attribution.cue_start, attribution.source_start) in used:
                continue
            if attribution.lemma not in cues.clausal and attribution.lemma != "according to":
                continue
            if reports_nothing(sentence.tokens, attribution):
                continue  # "As I said, ...", "I would say ...", "if they say ...", "It suggests ...": nothing reported
            span = _indirect_span(text, sentence, attribution, cues.one_word_forms)
            if span is not None:
                rows.append((span[0], span[1], attribution))
    return rows


def _indirect_span(text: str, sentence: Sentence, attribution: Attribution, forms: frozenset[str]) -> tuple[int, int] | None:
    """The reported speech of ``attribution`` in ``sentence`` (its tokens are in order: they are bisected)."""
    tokens = sentence.tokens
    cue_last = bisect_left(tokens, attribution.cue_end, key=_START) - 1  # the last token starting before the cue's end
    source_first = bisect_right(tokens, attribution.source_start, key=_END)  # the first ending after the source starts
    source_last = bisect_left(tokens, attribution.source_end, key=_START) - 1
    cue_first = bisect_right(tokens, attribution.cue_start, key=_END)
    after_source = source_first > cue_last
    if attribution.lemma == "according to":
        attached = _attached_clause(tokens, cue_first, forms) if _names_a_speaker(
            tokens[source_first:source_last + 1]) else None
        if attached is not None:
            return attached  # "Ten people died yesterday according to police(, ranging ...)."
        after = source_last + 1
        if after + 1 < len(tokens) and tokens[after].text == ",":  # a comma and words after the source
            if tokens[after + 1].lower in _RELATIVES:
                return _past_relative_clause(tokens, after + 1, cue_first, forms)
            if _trailing_participle(tokens, after + 1, cue_first) or \
                    _inserted(tokens, cue_first) and tokens[after + 1].lower in _COORDINATORS:
                return _leading_clause(tokens, cue_first, forms)  # "A, according to X, but B": A
            if cue_first > 0 and not _own_clause(tokens, after + 1):  # words before the cue: "A, according to X, B"
                return _around_attribution(tokens, cue_first, forms) if _inserted(tokens, cue_first) else None
            return _clause_span(tokens, _after_apposition(tokens, after + 1), len(tokens), forms)
        return _leading_clause(tokens, cue_first, forms)
    head = min(cue_first, source_first)
    after = max(cue_last, source_last) + 1
    if _inserted(tokens, head) and after + 1 < len(tokens) and tokens[after].text == "," \
            and _opens_with_verb(tokens, after + 1):
        return _around_attribution(tokens, head, forms)  # "Day, they said, desired no memorials"
    if not after_source:
        bound = _subordinate_end(tokens, source_first, cue_last)
        forward = _clause_after_cue(tokens if bound == len(tokens) else tokens[:bound], cue_last + 1,
                                    attribution.lemma, forms)
        if forward is not None and not (bound < len(tokens) and _opens_adjunct(tokens, forward[0])):
            return forward
    if _ends_clause(tokens, after):
        return _leading_clause(tokens, head, forms)
    return None


def _subordinate_end(tokens: Sequence[Token], source_first: int, cue_last: int) -> int:
    """Where the report of a cue whose source follows a subordinator must end: ``While one candidate stated he has
    attracted a project, little of this money trickles ...``, ``when Valeria says that we increase the reward, we
    increase ...``: the subordinate clause ends at the first comma after the cue, and what the cue reports cannot
    run on into the main clause; the tokens' end when no subordinator stands right before the source."""
    if source_first < 1 or tokens[source_first - 1].lower not in _SUBORDINATORS:
        return len(tokens)
    return next((index for index in range(cue_last + 1, len(tokens)) if tokens[index].text == ","), len(tokens))


def _opens_adjunct(tokens: Sequence[Token], start: int) -> bool:
    """Whether the words from offset ``start`` open with a lower-case preposition: in a subordinate clause
    (:func:`_subordinate_end`) ``when I said that in the blog post,`` they are the cue's adjunct, "that" its object."""
    token = tokens[bisect_left(tokens, start, key=_START)]
    return token.text.islower() and token.lower in _PREPOSITIONS


def _attached_clause(tokens: Sequence[Token], cue_first: int, forms: frozenset[str]) -> tuple[int, int] | None:
    """``The army entered the town yesterday according to state media.``: "according to" right after a word, no
    comma between, and before a source that names a speaker or a record (the caller asks
    :func:`_names_a_speaker`), reports the clause before it (from the last quotation, colon or semicolon), when
    that holds a lower-case finite auxiliary or past form; none after a conjunction or a subordinator ("and according to
    X, ...", "because according to X, ...": the clause follows), before a verbless phrase ("Magnitude 6.3
    according to X, ...") or in a question."""
    if cue_first < 1 or tokens[cue_first - 1].kind != "word" or tokens[cue_first - 1].lower in _CLAUSE_BOUNDARIES \
            or tokens[-1].text == "?":
        return None  # "What should be done according to you?": a question reports nothing
    first = _clause_start(tokens, cue_first - 1)
    if any(t.kind == "quote" for t in tokens[first:cue_first]) or not any(
            t.kind == "word" and (t.lower in _FINITE and t.text.islower() or past_form(t))
            for t in tokens[first:cue_first]):
        return None
    return _clause_span(tokens, first, cue_first, forms)


def _names_a_speaker(source: Sequence[Token]) -> bool:
    """Whether the source of an "according to" names who speaks or a record of it, not a manner ("organised
    according to the European system"): the head of its first noun phrase (its last word before a preposition,
    a lower-case past form or a mark) is capitalised, a pronoun, or a noun of people, bodies or records
    (``_SPEAKER_HEADS``, singular or plural)."""
    head = None
    for token in source:
        if token.kind != "word" or token.text.islower() and (token.lower in _PREPOSITIONS or past_form(token)):
            break
        head = token
    if head is None:
        return False
    lower = head.lower
    return head.capitalized or lower in _PRONOUNS or lower in _SPEAKER_HEADS \
        or lower.endswith("s") and lower[:-1] in _SPEAKER_HEADS \
        or lower.endswith("ies") and lower[:-3] + "y" in _SPEAKER_HEADS  # "authorities", "studies"


_SPEAKER_HEADS = words("record_nouns") | ROLE_NOUNS | words("source_person_nouns") | words("collective_person_nouns") \
    | words("government_nouns") | words("generic_organization_bodies") | words("generic_media_bodies")
_PRONOUNS = words("personal_pronouns")


# Words after which "according to X" opens the next clause instead of closing the one before: "and", "because".
_CLAUSE_BOUNDARIES = words("source_boundary_words")


def _inserted(tokens: Sequence[Token], head: int) -> bool:
    """Whether an attribution starting at token ``head`` follows a comma inside its sentence (``A, X said, B``,
    ``A, according to X, B``)."""
    return head >= 2 and tokens[head - 1].text == ","


def _opens_with_verb(tokens: Sequence[Token], index: int) -> bool:
    """``A, officials said, spilled and ignited``: the words after an inserted attribution go on with the subject
    before it: a lower-case finite auxiliary, past-tense verb or "to" (after an optional adverb) opens them."""
    if index < len(tokens) and tokens[index].kind == "word" and _adverb(tokens[index]):
        index += 1
    if index >= len(tokens) or tokens[index].kind != "word" or not tokens[index].text.islower():
        return False
    lower = tokens[index].lower
    return lower in _FINITE or lower in _IRREGULAR_PAST or lower == "to" or (lower.endswith("ed") and len(lower) > 3)


def _own_clause(tokens: Sequence[Token], index: int) -> bool:
    """``A, according to X, B``: whether B is a clause of its own (``On Monday, according to police, the man was
    arrested``): it does not open with a verb (:func:`_opens_with_verb`) and holds a finite auxiliary or a past
    form before a semicolon; else B goes on from A (``Local authorities, according to X, have noted ...``) or
    is no clause (``..., according to officials, with burns over ...``)."""
    if _opens_with_verb(tokens, index):
        return False
    for token in tokens[index:]:
        if token.text == ";":
            break
        lower = token.lower
        if token.kind == "word" and token.text.islower() and (
                lower in _FINITE or lower in _IRREGULAR_PAST or (lower.endswith("ed") and len(lower) > 3)):
            return True
    return False


def _around_attribution(tokens: Sequence[Token], head: int, forms: frozenset[str]) -> tuple[int, int] | None:
    """``A, X said, B`` where B goes on from A: the words from A's start (as :func:`_leading_clause` finds it) to
    B's end (:func:`_clause_span`), the inserted attribution inside them; none when A ends with a relative
    pronoun (``areas of open water, which, they observed, occurred ...``: only the relative clause is reported)."""
    first = _leading_first(tokens, head - 1)
    if first < 0 or tokens[head - 2].lower in _RELATIVES_THAT:
        return None
    return _clause_span(tokens, first, len(tokens), forms)


def _after_apposition(tokens: Sequence[Token], index: int) -> int:
    """``According to the mayor, Jane Doe, the bridge was closed``: where the clause starts after an apposition
    to the source (up to eight words before a comma, opening with a capitalised word, an article, a possessive
    or a role noun, with no finite auxiliary or past form), when a clause follows it (a subject pronoun or
    :func:`_opens_clause`, no "and" or "or" before its verb: not the list ``Smith, Jones and Brown were``);
    ``index`` otherwise."""
    first = tokens[index] if index < len(tokens) else None
    if first is None or first.kind != "word" or not (
            first.capitalized or first.lower in _APPOSITION_OPENERS or first.lower in ROLE_NOUNS):
        return index
    for comma in range(index + 1, min(index + 9, len(tokens) - 1)):
        token = tokens[comma]
        if token.text == ",":
            break
        if token.kind != "word" or token.lower in _FINITE or past_form(token) or token.lower in _COORDINATORS:
            return index
    else:
        return index
    clause = comma + 1
    if tokens[clause].lower in _CLAUSE_SUBJECTS or _opens_clause(tokens, clause) and not any(
            token.lower in _LIST_JOINERS for token in tokens[clause:_first_verb(tokens, clause)]):
        return clause
    return index


def _first_verb(tokens: Sequence[Token], index: int) -> int:
    """The first finite auxiliary or past form from ``index`` on (the end of the tokens when there is none)."""
    for position in range(index, len(tokens)):
        if tokens[position].lower in _FINITE or past_form(tokens[position]):
            return position
    return len(tokens)


def _trailing_participle(tokens: Sequence[Token], index: int, cue_first: int) -> bool:
    """``CLAUSE, according to X, leaving ...``: a lower-case -ing word after the source's comma opens a participle
    clause that goes on from the clause before the attribution (at least three words), which is what X reports."""
    if index >= len(tokens) or not tokens[index].text.islower() or not tokens[index].lower.endswith("ing"):
        return False
    return sum(1 for token in tokens[:cue_first] if token.kind == "word") >= 3


def _past_relative_clause(tokens: Sequence[Token], relative: int, cue_first: int,
                          forms: frozenset[str]) -> tuple[int, int] | None:
    """``according to X, who ..., CLAUSE``: the words after the relative clause about X; ``CLAUSE, according to
    X, who said ...``: the clause before the attribution (the relative clause reports with its own cue)."""
    for index in range(relative + 1, len(tokens)):
        if tokens[index].kind == "quote":
            break
        if tokens[index].text == ",":
            return _clause_span(tokens, index + 1, len(tokens), forms)
    return _leading_clause(tokens, cue_first, forms)


def _clause_after_cue(tokens: Sequence[Token], index: int, lemma: str, forms: frozenset[str]) -> tuple[int, int] | None:
    """``said (on Monday) (that) CLAUSE`` / ``told reporters (that) CLAUSE``."""
    skipped = 0
    if lemma == "tell":
        that = _that_after_told(tokens, index)
        index = that if that >= 0 else _after_listener(tokens, index)  # "told reporters he was confident": no "that"
        if index < 0:
            return None
    elif lemma in _LISTENER_CUES:
        index = _that_after_listener(tokens, index)
    while index < len(tokens) and tokens[index].kind == "word" and _adverb(tokens[index]):
        index += 1  # "said publicly (that)", "said again on Monday that": an adverb, then the clause or its adjuncts
    while index < len(tokens) and tokens[index].lower != "that" and skipped < _MAX_ADJUNCT_WORDS \
            and _past_approximation(tokens, index) == index:
        name_end = _adjunct_name_end(tokens, index) if skipped else index
        if name_end > index:
            index, skipped = name_end, skipped + 1  # "said on Facebook on Tuesday there were ...": a named adjunct
            continue
        if not _adjunct_word(tokens, index, skipped):
            break
        if tokens[index].lower in _CLAUSE_OPENERS and not _adjunct_determiner(tokens, index) \
                and not _time_determiner(tokens, index) and (skipped == 0 or _clause_after_adjunct(tokens, index)):
            break
        index += 1
        skipped += 1
    if index < len(tokens) and tokens[index].text == ",":
        index += 1
    if index >= len(tokens) or tokens[index].kind != "word":
        return None
    if skipped:
        index = _after_named_adjunct(tokens, index)
    if tokens[index].lower == "that":
        if skipped and _relative_that(tokens, index):
            return None  # "said in the days that followed": a relative clause of the adjunct's noun
        return _clause_span(tokens, index + 1, len(tokens), forms)
    if tokens[index].lower in _CLAUSE_SUBJECTS or _contracted_subject(tokens[index]):
        return None if _object_it(tokens, index) else _clause_span(tokens, index, len(tokens), forms)
    if skipped and _after_preposition(tokens, index):
        return None  # "we are observing with SPHERE are ...": the object of the adjunct's preposition is no subject
    if _opens_clause(tokens, _past_approximation(tokens, index)):
        return _clause_span(tokens, index, len(tokens), forms)
    return None


_MAX_ADJUNCT_WORDS = 8  # "said in a financial filing to the regulator that": the words of a cue's adjuncts
# Prepositions that open an adjunct of a cue wherever they stand ("said at a press conference that", "said during
# a visit that", "said in an interview with the BBC that"), beside the "in" and "on" of the skipped words; "to" only
# inside an adjunct ("said in a filing to regulators that": "responded to claims that" reports no clause).
_ADJUNCT_PREPOSITIONS = words("cue_adjunct_prepositions")
_INNER_ADJUNCT_PREPOSITIONS = _ADJUNCT_PREPOSITIONS | {"to"}
_ADJUNCT_DETERMINERS = words("determiners") - {"that"}
_MAX_ADJUNCT_MODIFIERS = 2  # "in a financial filing", "at a press conference": the noun phrase after a determiner


def _time_determiner(tokens: Sequence[Token], index: int) -> bool:
    """A determiner before a time noun (``said this week that``, ``said this morning the talks ...``): the
    determiner of a time adjunct, not the opening of the reported clause."""
    return index + 1 < len(tokens) and tokens[index + 1].lower in _TIME_NOUNS


def _adjunct_word(tokens: Sequence[Token], index: int, skipped: int) -> bool:
    """Whether ``tokens[index]`` may be a word of the adjuncts between a cue and its clause (``skipped`` of them
    already passed): a weekday, a skipped word in lower case (``lexicon/cue_clause_skip_words.txt``: not the
    "Morning" of "Morning Joe host Joe Scarborough was ..."), an adjunct preposition
    (``lexicon/cue_adjunct_prepositions.txt``), or inside an adjunct a thing carrying words ("said on Monday in a
    letter"), "to" ("in a filing to regulators"), the determiner after its preposition ("in his statement") or one
    or two lower-case words of the noun phrase after that determiner ("in the proceedings", "at a press
    conference", "in a financial filing")."""
    token = tokens[index]
    lower = token.lower
    if lower in _WEEKDAYS or token.text.islower() and (lower in _SKIP_AFTER_CUE or lower in _ADJUNCT_PREPOSITIONS):
        return True
    if not skipped:
        return False
    return lower in _ADJUNCT_NOUNS or token.text.islower() and lower in _INNER_ADJUNCT_PREPOSITIONS \
        or _adjunct_determiner(tokens, index) or _adjunct_modifier(tokens, index)


def _adjunct_determiner(tokens: Sequence[Token], index: int) -> bool:
    """A determiner right after a preposition (``said in his statement``, ``said on the day``): it opens the noun
    phrase of an adjunct, not the reported clause."""
    return index > 0 and tokens[index].lower in _ADJUNCT_DETERMINERS and _after_preposition(tokens, index)


def _after_preposition(tokens: Sequence[Token], index: int) -> bool:
    """Whether a lower-case preposition stands right before ``tokens[index]``."""
    previous = tokens[index - 1]
    return previous.kind == "word" and previous.text.islower() and (
        previous.lower in _PREPOSITIONS or previous.lower in _ADJUNCT_PREPOSITIONS)


def _adjunct_name_end(tokens: Sequence[Token], index: int) -> int:
    """Past a name inside the adjuncts after a cue (``said on Facebook on Tuesday``, ``said in a filing to the
    Securities and Exchange Commission that``): capitalised words (up to ``_MAX_ADJUNCT_NAME``, "and"/"of"/"&"
    between two of them) right after a preposition or its determiner, followed by another adjunct word or "that";
    ``index`` when none stands there (a name before the clause is :func:`_after_named_adjunct`'s, and one before a
    comma may close a fronted phrase: "After the comment reported in The Atlantic, Trump ...")."""
    if not tokens[index].capitalized or not (
            _after_preposition(tokens, index) or _adjunct_determiner(tokens, index - 1)):
        return index
    end = index
    while end < len(tokens) and end - index < _MAX_ADJUNCT_NAME and (tokens[end].capitalized or (
            tokens[end].lower in _NAME_JOINERS and end + 1 < len(tokens) and tokens[end + 1].capitalized)):
        end += 1
    if end >= len(tokens):
        return index
    following = tokens[end]
    if following.lower == "that" and not _relative_that(tokens, end):
        return end
    adjunct_word = following.lower in _SKIP_AFTER_CUE or following.lower in _INNER_ADJUNCT_PREPOSITIONS
    return end if following.kind == "word" and following.text.islower() and adjunct_word else index


_MAX_ADJUNCT_NAME = 6
_NAME_JOINERS = frozenset({"and", "of", "&"})


def _contracted_subject(token: Token) -> bool:
    """A subject pronoun with its verb contracted (``said they'd run out``, ``said he's confident``)."""
    found = _CONTRACTED.fullmatch(token.lower)
    return found is not None and found.group(1) in _CLAUSE_SUBJECTS


_CONTRACTED = re.compile(r"(\w+)'(?:d|s|re|ve|ll|m)")


def _adjunct_modifier(tokens: Sequence[Token], index: int) -> bool:
    """A lower-case content word of the noun phrase of an adjunct: one right after a preposition (``in court``, ``to
    regulators``) or at most ``_MAX_ADJUNCT_MODIFIERS`` after a determiner that follows a preposition (``in the
    proceedings``, ``in a financial filing``); not a verb form, a subject pronoun, a function word, nor a number or
    a quantifier, which opens the clause (``said at the scene two men had been arrested``)."""
    token = tokens[index]
    if token.kind != "word" or not token.text.isalpha() or not token.text.islower() or token.lower in _STOPWORDS \
            or token.lower in _FINITE or token.lower in _CLAUSE_OPENERS or token.lower in _COUNT_WORDS:
        return False
    if _after_preposition(tokens, index):
        return True
    for back in range(index - 1, max(-1, index - _MAX_ADJUNCT_MODIFIERS - 1), -1):
        if _adjunct_determiner(tokens, back):
            return True
        previous = tokens[back]
        if previous.kind != "word" or not previous.text.islower() or previous.lower in _STOPWORDS:
            return False
    return False


def _relative_that(tokens: Sequence[Token], index: int) -> bool:
    """``said in the days that followed``: a "that" after an adjunct followed at once by a finite auxiliary or a
    past form is a relative pronoun of the adjunct's noun, not the opening of a reported clause."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is not None and following.kind == "word" and following.text.islower() and (
        following.lower in _FINITE or past_form(following))


def _past_approximation(tokens: Sequence[Token], index: int) -> int:
    """Where the number of an approximate amount opening a clause stands (``said at least 71 people were
    arrested``, ``said an estimated two to three hundred vehicles had been damaged``, ``said over a hundred people
    attended``): past the words of ``lexicon/number_approximators.txt`` when a number, a number word or "a"/"an"
    and a number word follows them; ``index`` otherwise."""
    if index >= len(tokens) or tokens[index].lower not in _APPROXIMATOR_FIRST_WORDS:
        return index  # no approximator starts here (most clauses): the list is not walked
    for approximator in _APPROXIMATORS:
        end = index + len(approximator)
        if end < len(tokens) and tuple(token.lower for token in tokens[index:end]) == approximator \
                and _amount_at(tokens, end):
            return end
    return index


def _amount_at(tokens: Sequence[Token], index: int) -> bool:
    """A number ("71"), a number word ("two", ``lexicon/number_words.txt``) or "a"/"an" before a number word ("a
    hundred") at ``index``."""
    token = tokens[index]
    if token.text[:1].isdigit() or token.lower in _NUMBER_WORDS:
        return True
    return token.lower in _ARTICLES and index + 1 < len(tokens) and tokens[index + 1].lower in _NUMBER_WORDS


_APPROXIMATORS = tuple(sorted((tuple(entry.split()) for entry in words("number_approximators")), key=len, reverse=True))
_APPROXIMATOR_FIRST_WORDS = frozenset(approximator[0] for approximator in _APPROXIMATORS)
_NUMBER_WORDS = words("number_words")


def _object_it(tokens: Sequence[Token], index: int) -> bool:
    """``said it a couple of times``, ``predicted it correctly, ...``, ``announced it at a press conference``:
    "it" right after the cue is its object, not a clause's subject, when punctuation follows it, or a
    determiner, a preposition, "and"/"or" or an ``-ly`` adverb does and no finite auxiliary or past form comes
    before the next punctuation mark within four words (``said it in turn would cut jobs`` is a clause)."""
    if tokens[index].lower != "it":
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or following.kind != "word":
        return True
    if following.lower not in _NOT_AFTER_OBJECT and not _adverb(following):
        return False
    for token in tokens[index + 2:index + 2 + _OBJECT_REACH]:
        if token.kind != "word":
            return True
        if token.lower in _FINITE or past_form(token):
            return False
    return True


# Words that never follow a subject "it" but follow an object "it": "said it in 2019", "said it a couple times".
_NOT_AFTER_OBJECT = words("determiners") | words("non_subject_prepositions") | words("list_conjunctions")
_OBJECT_REACH = 4  # "said it in turn would": a verb within four words after "it in" makes "it" a subject


def _after_listener(tokens: Sequence[Token], index: int) -> int:
    """Where the clause may start after the listener of "told" when no "that" follows: after an object pronoun
    ("told him"), a name ("told The Washington Post", up to four capitalised words) or one or two lower-case
    nouns after an optional article or possessive ("told reporters", "told the court", "told our correspondent");
    -1 when no listener stands at ``index``. The caller still asks that a clause open there ("he", "the talks
    would ...")."""
    if index >= len(tokens) or tokens[index].kind != "word":
        return -1
    if tokens[index].lower in _LISTENER_PRONOUNS:
        return _clause_may_follow(tokens, index + 1)
    article = tokens[index].lower in _LISTENER_DETERMINERS  # "told the court", "told our correspondent"
    first = index + 1 if article else index
    end = first
    if end < len(tokens) and tokens[end].kind == "word" and tokens[end].capitalized:
        while end < len(tokens) and end - first < 4 and tokens[end].kind == "word" and tokens[end].capitalized:
            end += 1
        return _clause_may_follow(tokens, end)
    while end < len(tokens) and end - first < 2 and tokens[end].kind == "word" and tokens[end].text.islower() \
            and tokens[end].lower not in _CLAUSE_OPENERS and tokens[end].lower not in _FINITE \
            and not (end > first and _adjunct_word(tokens, end, 0)):
        end += 1  # "told reporters today ...", "told reporters on Monday ...": the adjunct is no listener's word
    if end == first or not (article or _people(tokens[end - 1].lower)):
        return -1  # "we tell how we ...": no listener
    return _clause_may_follow(tokens, end)


def _people(word: str) -> bool:
    """A bare listener noun: a plural ("reporters", "investigators") or a collective ("police")."""
    return (word.endswith("s") and not word.endswith("ss")) or word in _COLLECTIVE_LISTENERS


def _clause_may_follow(tokens: Sequence[Token], index: int) -> int:
    """``index``, unless a comma follows the listener ("whatever I told them, they asked ..."): -1."""
    return -1 if index < len(tokens) and tokens[index].kind != "word" else index


def _that_after_told(tokens: Sequence[Token], index: int) -> int:
    """``told reporters that``, ``told the BBC on Monday that``: the "that" within five words after "told", -1 when
    there is none or when a subject pronoun or a finite auxiliary comes before it: the reported clause has opened
    without "that", whose "that" is its own ("told them I was not that good at it", "told reporters the plan was
    that ...")."""
    for probe in range(index, min(index + 5, len(tokens))):
        token = tokens[probe]
        if token.lower == "that":
            return probe
        if token.lower in _CLAUSE_SUBJECTS or token.text.islower() and token.lower in _FINITE:
            return -1
    return -1


def _that_after_listener(tokens: Sequence[Token], index: int) -> int:
    """``warned ministers that``, ``promised voters that``: the "that" after the listener (up to four words, no
    preposition among them: not "warned of a crisis that"); ``index`` itself when there is none."""
    for probe in range(index, min(index + 5, len(tokens))):
        token = tokens[probe]
        if token.lower == "that":
            return probe
        if token.kind != "word" or token.lower in _LISTENER_STOPS:
            return index
    return index


def _after_named_adjunct(tokens: Sequence[Token], index: int) -> int:
    """``said in the Guardian that``: the "that" after a name that closes an adjunct (capitalised words only, up
    to four; the caller has skipped the adjunct's first words) rather than the name, or the clause that opens
    right after the name without "that" (a subject pronoun, or a determiner of :func:`_opens_clause`: ``said on
    Twitter the baby was ill``); ``index`` otherwise."""
    for probe in range(index, min(index + 5, len(tokens))):
        token = tokens[probe]
        if token.lower == "that" and probe > index:
            return probe
        if probe > index and token.kind == "word" and not token.capitalized and (
                token.lower in _CLAUSE_SUBJECTS and not _object_it(tokens, probe)
                or token.lower in _CLAUSE_OPENERS and _opens_clause(tokens, probe)):
            return probe  # "indicated on Twitter the baby was ill": the clause after the name, without "that"
        if token.kind != "word" or not token.capitalized:
            return index
    return index


def _clause_after_adjunct(tokens: Sequence[Token], index: int) -> bool:
    """``said on Monday the talks would resume``: after a time adjunct, a determiner that opens a clause
    (:func:`_opens_clause`) starts the reported clause; not one that opens the adjunct itself ("said in a
    statement that", "said in an email the", "said in the Guardian that": it follows a preposition, or "that"
    follows; "said on Monday the statement was false" opens the clause whatever the noun after the determiner)."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is not None and not _adjunct_determiner(tokens, index) \
        and all(token.lower != "that" for token in tokens[index + 1:index + 7]) and _opens_clause(tokens, index)


def _adverb(token: Token) -> bool:
    """An adverb right after a cue, before its clause: one of the source-cue adverbs ("said again that",
    "said afterwards that") or a lower-case ``-ly`` word of five letters or more ("said publicly that") that is no
    noun or adjective (``lexicon/ly_nouns.txt``: "said family matters kept him away")."""
    return token.text.islower() and (token.lower in _CUE_ADVERBS or (
        token.text.endswith("ly") and len(token.text) > 4 and token.lower not in _LY_NOUNS))


_LY_NOUNS = words("ly_nouns")


_FINITE = (words("be_forms") - words("nonfinite_be_forms")) | words("modal_verbs") | words("do_forms") | words("have_forms")
# Adverbs that may follow a cue (the source-cue adverbs without their auxiliaries): "said again that".
_CUE_ADVERBS = words("source_cue_adverbs") - _FINITE


def _opens_clause(tokens: Sequence[Token], index: int) -> bool:
    """``said the talks would resume``: a noun phrase followed, within six words, by a finite auxiliary, or by a
    verb in the past tense (:func:`_past_verb`: ``Officials said three people died``, ``said the crash involved
    pilot error``); a number or a quantifier may open the noun phrase (``said six deaths were of children``); a
    long subject may reach an auxiliary up to ten words on (``_LONG_SUBJECT_REACH``). An auxiliary right after a
    subject pronoun is the verb of a clause inside (``declared a state of emergency so he could``, ``said the plan
    he had made was``), not the phrase's."""
    first = tokens[index]
    counted = first.lower in _COUNT_WORDS
    if not (counted or first.lower in _CLAUSE_OPENERS or first.capitalized or first.text[:1].isdigit()):
        return _bare_noun_clause(tokens, index)
    past_allowed = True  # a past form after a preposition or a relative heads a modifier: "flights operated by"
    bounded = False  # a clause boundary ("if", "where", "and"...) seen: an auxiliary past the sixth word is not ours
    for reach, position in enumerate(_unbracketed(tokens, index + 1, _LONG_SUBJECT_REACH), start=1):
        token = tokens[position]
        if token.text == "'" and token.start == tokens[position - 1].end:
            continue  # "the Kurdistan Workers' Party": a plural possessive's apostrophe
        if token.kind != "word":
            return False
        if reach > _SUBJECT_REACH and token.text[:1].isupper():
            return False
        bounded = bounded or token.lower in _LONG_SUBJECT_STOPS
        if token.lower in _FINITE and tokens[position - 1].lower not in _CLAUSE_SUBJECTS:
            return reach <= _SUBJECT_REACH or not bounded
        if past_allowed and reach <= _SUBJECT_REACH and _past_verb(tokens, position, index):
            return True
        if token.lower in _RELATIVES_THAT:
            return False  # "claims that Khashoggi was slain": the verb is the relative's or the complement's
        if token.lower in _NOT_BEFORE_VERB and not (counted and position == index + 1 and token.lower == "of"):
            past_allowed = False  # "two of the victims died" still reads on
    return False


def _unbracketed(tokens: Sequence[Token], start: int, count: int) -> Iterator[int]:
    """Up to ``count`` token positions from ``start`` on, past any parenthesis in the subject (``said hundreds of
    ISIS (Islamic State) fighters escaped``, ``said the Kurdistan Workers' Party (PKK) was``): a gloss or an
    acronym is no word of the clause; an unclosed "(" within ``_BRACKET_REACH`` tokens, or one holding a clause
    ("his influence (which resulted in ...)": a relative, a finite auxiliary or a past form), is a token like
    any other."""
    position, given = start, 0
    while position < len(tokens) and given < count:
        if tokens[position].text == "(":
            close = next((p for p in range(position + 1, min(position + _BRACKET_REACH, len(tokens)))
                          if tokens[p].text in _BRACKET_ENDS), None)
            if close is not None and tokens[close].text == ")" and not any(
                    token.lower in _FINITE or token.lower in _RELATIVES_THAT or past_form(token)
                    for token in tokens[position + 1:close]):
                position = close + 1
                continue
        yield position
        given += 1
        position += 1


_BRACKET_REACH = 12  # tokens a parenthesis in a subject may hold: "(Islamic State of Iraq and Syria)"
_BRACKET_ENDS = frozenset({")", "("})  # a nested or second "(" first: the bracket is not skipped


_SUBJECT_REACH = 6  # the verb of a subject within six words, a past form too: "said three people died"
# "said the cost of the accurate test strip kit was": an auxiliary up to ten words after the subject's first, no
# capitalised word past the sixth, no subject pronoun or clause boundary ("and", "but", "if", "where"...) before
# it (not "denied the charges against him and has", "reported this on the site even if they are").
_LONG_SUBJECT_REACH = 10
_LONG_SUBJECT_STOPS = (words("source_boundary_words") - _FINITE) | _CLAUSE_SUBJECTS


# Words after which a past form is no clause's verb: a preposition or a relative ("a list of products affected",
# "measures that helped").
_RELATIVES_THAT = words("subject_relative_pronouns") | {"that"}
_PREPOSITIONS = words("non_subject_prepositions")
_NOT_BEFORE_VERB = words("phrase_prepositions") | _RELATIVES_THAT
_COUNT_WORDS = words("number_words") | words("clause_quantifiers")
_IRREGULAR_PAST = words("irregular_past_verbs")
_DEGREE_ADVERBS = words("degree_adverbs")
# Words that open an apposition to a source: "According to the mayor, the county's chief officer, ...".
_APPOSITION_OPENERS = words("articles") | words("possessive_determiners")
_LIST_JOINERS = words("list_conjunctions")
_MODIFIER_OPENERS = words("articles") | words("possessive_determiners") | _COUNT_WORDS  # "the suspected gunman"


_STOPWORDS = stopwords()
_BARE_REACH = 2  # "said exports were", "said carbon emissions have been": the verb within two words


def _bare_noun_clause(tokens: Sequence[Token], index: int) -> bool:
    """``said exports were continuing``, ``said human actions had little to do``, ``said prices rose``: a noun
    phrase of one or two lower-case content words without a determiner, then a finite auxiliary or a past-tense
    verb (:func:`_past_verb`; a regular ``-ed`` form not before a preposition: ``announced measures aimed at``
    is an object with its modifier)."""
    for position in range(index, min(index + _BARE_REACH + 1, len(tokens))):
        token = tokens[position]
        if token.kind != "word" or not token.text.isalpha() or not token.text.islower():
            return False
        if position > index and (token.lower in _FINITE or (_past_verb(tokens, position, index) and (
                token.lower in _IRREGULAR_PAST or position + 1 >= len(tokens)
                or tokens[position + 1].lower not in _PREPOSITIONS))):
            return True
        if token.lower in _STOPWORDS:
            return False
    return False


def _past_verb(tokens: Sequence[Token], position: int, opener: int) -> bool:
    """Whether the lower-case word at ``position`` is the past-tense verb of a clause opening at ``opener``: an
    irregular past (``lexicon/irregular_past_verbs.txt``) or a regular ``-ed`` form, after at least one word of the
    noun phrase that is neither an ``-ly`` adverb nor another past form when an article, possessive or number
    opens it (``the suspected gunman surrendered``, not ``announced a planned merger``); not right after a degree
    adverb, a determiner, a number or a subject pronoun inside the phrase (``a more focused use``, ``visiting the
    wounded``, ``a deal it brokered``), nor before "by" (``a ban imposed by``: a passive modifier)."""
    token = tokens[position]
    lower = token.lower
    if not token.text.islower() or not (lower in _IRREGULAR_PAST or (lower.endswith("ed") and len(lower) > 3)):
        return False
    if position + 1 < len(tokens) and tokens[position + 1].lower == "by":
        return False
    before = tokens[position - 1]
    if before.lower in _DEGREE_ADVERBS or position - 1 > opener and (
            before.lower in _MODIFIER_OPENERS or before.lower in _CLAUSE_SUBJECTS or before.text[:1].isdigit()):
        return False  # "a much more focused use", "visiting the wounded", "a deal it brokered": no clause's verb
    if tokens[opener].lower not in _MODIFIER_OPENERS and not tokens[opener].text[:1].isdigit():
        return True
    return any(not (word.lower.endswith("ly") or word.lower.endswith("ed") or word.lower in _IRREGULAR_PAST)
               for word in tokens[opener + 1:position])


def _clause_span(tokens: Sequence[Token], first: int, stop: int, forms: frozenset[str]) -> tuple[int, int] | None:
    """Words from ``first`` to the sentence end or a semicolon (or a ", adding ..." cue, or a cue after "and"/"but",
    which takes the sentence's subject: :func:`analysis.quotes.quote_attributions.with_subject`), no quotation inside,
    3+ words."""
    first = max(first, label_end(tokens))
    while first < stop and tokens[first].kind == "punct":
        first += 1
    end = first
    modal = False  # a modal of what was yet to happen seen in the clause: "would be disbanded"
    asked = _asks(tokens)
    while end < stop:
        token = tokens[end]
        if token.kind == "quote":
            return None
        if token.text == ";":
            break  # "he claimed the deal was fair; the union disagreed": a semicolon ends the reported clause
        if asked and token.text in _QUESTION_BREAKS and end > first and _opens_question(tokens, end + 1):
            break  # "You said you wrote to them, did you hear back?": the question after the report is no part of it
        if token.text == "," and end + 1 < stop and tokens[end + 1].lower.endswith("ing") and \
                tokens[end + 1].lower in forms:
            break
        if token.lower in _COORDINATORS and end + 1 < stop and tokens[end + 1].kind == "word" \
                and tokens[end + 1].text.islower() and tokens[end + 1].lower in forms:
            break  # "X said A but denied B": the cue after "but" reports the subject's next words
        if token.lower in _COORDINATORS and modal and _past_predicate(tokens, end + 1, stop):
            break  # "X said A would happen, but later reversed himself": the reporter's next act, not reported
        modal = modal or token.lower in _MODALS
        end += 1
    words = [t for t in tokens[first:end] if t.kind == "word"]
    if len(words) < 3:
        return None
    last = end - 1
    while last > first and tokens[last].kind == "punct" and not _keeps_mark(tokens, first, last):
        last -= 1
    return tokens[first].start, tokens[last].end


# Modals of what was yet to happen ("would", "will", "might"), not of an ability ("could see smoke").
_MODALS = words("modal_verbs") - words("ability_modals")
# Words that open the object of a past verb: "reversed himself", "left the room", "delayed it".
_OBJECT_OPENERS = words("determiners") | words("possessive_determiners") | words("reflexive_pronouns") \
    | words("personal_pronouns")


def _past_predicate(tokens: Sequence[Token], index: int, stop: int) -> bool:
    """Whether a coordinator's words from ``index`` are a predicate in the simple past with an object, after
    adverbs (``but later reversed himself``, ``and then left the room``): after a reported clause with a modal of
    what was yet to happen ("would be disbanded") it cannot share the modal, so it goes on with the reporter's subject (or tells what
    came of it) and is no part of what was reported; a participle that shares a passive ("would be closed and
    demolished", "closed and replaced by") has no object after it."""
    while index < stop and _adverb(tokens[index]):
        index += 1
    return index + 1 < stop and past_form(tokens[index]) and tokens[index + 1].lower in _OBJECT_OPENERS


def _asks(tokens: Sequence[Token]) -> bool:
    """Whether the sentence of ``tokens`` ends with a question mark (closing quotation marks and brackets aside)."""
    for token in reversed(tokens):
        if token.text not in _CLOSING_MARKS:
            return token.text == "?"
    return False


def _opens_question(tokens: Sequence[Token], index: int) -> bool:
    """Whether a direct question opens at ``tokens[index]``: a question word (``lexicon/question_words.txt``) or an
    auxiliary before a subject pronoun ("did you", "is it")."""
    if index >= len(tokens) or tokens[index].kind != "word":
        return False
    lower = tokens[index].lower
    return lower in _QUESTION_WORDS or lower in _FINITE and index + 1 < len(tokens) \
        and tokens[index + 1].lower in _SUBJECT_PRONOUNS


_QUESTION_WORDS = words("question_words")
_SUBJECT_PRONOUNS = words("subject_pronouns") | _CLAUSE_SUBJECTS  # "did you", "is it", "was there"
_QUESTION_BREAKS = frozenset({",", "-", ":"})  # what may stand between a reported clause and a question after it
_CLOSING_MARKS = frozenset({")", "]", "'", '"'})


def _keeps_mark(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether the clause ``tokens[first:last + 1]`` keeps its last mark: a per cent sign ("nearly 90%") or a
    bracket that closes one opened inside it ("encephalitis (brain inflammation)")."""
    mark = tokens[last].text
    return mark == "%" or mark in _CLOSING_BRACKETS and any(
        token.text == _CLOSING_BRACKETS[mark] for token in tokens[first:last])


_CLOSING_BRACKETS = {")": "(", "]": "["}


def _ends_clause(tokens: Sequence[Token], index: int) -> bool:
    """Only adverbials and final punctuation follow: ``..., X said (on Monday).``, ``..., X said in an email.`` (a
    thing carrying words after other adjunct words)."""
    rest = tokens[index:]
    words = [t for t in rest if t.kind == "word"]
    if any(t.kind == "quote" for t in rest):
        return False
    if rest and rest[0].text == ",":
        return True
    return len(words) <= _MAX_TAIL_WORDS and all(
        t.lower in _SKIP_AFTER_CUE or t.capitalized or t.lower in _TAIL_PREPOSITIONS
        or position and t.lower in _ADJUNCT_NOUNS for position, t in enumerate(words))


def only_adjuncts_after(tokens: Sequence[Token], index: int) -> bool:
    """Whether only adjuncts and final punctuation follow ``tokens[index - 1]``, the end of an attribution
    (``X said (on Monday).``): the attribution reports no clause after it (:mod:`analysis.quotes.nearby`)."""
    return _ends_clause(tokens, index)


# Adjunct words after a closing cue: "..., X said in a statement on Monday." (five) is still the clause's end.
_MAX_TAIL_WORDS = 6


def _clock_colon(tokens: Sequence[Token], index: int) -> bool:
    """A colon between two numbers ("at 11:39 a.m."): a time of day, not a clause boundary."""
    return index + 1 < len(tokens) and tokens[index - 1].text.isdigit() and tokens[index + 1].text[:1].isdigit()


def _leading_clause(tokens: Sequence[Token], head: int, forms: frozenset[str]) -> tuple[int, int] | None:
    """``CLAUSE, X said``: the words before the comma that precedes the attribution."""
    comma = head - 1
    first = _leading_first(tokens, comma)
    if first < 0 or _asks(tokens) and _opens_question(tokens, max(first, label_end(tokens))):
        return None  # "How does it affect them, would you say?": a question, nothing reported
    return _clause_span(tokens, first, comma, forms)


def _leading_first(tokens: Sequence[Token], comma: int) -> int:
    """The first token of the clause that ends at the comma ``tokens[comma]``: after the last quotation, colon (not
    one of a clock time) or semicolon before it; -1 when no comma stands there or a quotation is inside."""
    if comma < 1 or tokens[comma].text != ",":
        return -1
    first = _clause_start(tokens, comma - 1)
    if any(t.kind == "quote" for t in tokens[first:comma]):
        return -1
    return first


def _clause_start(tokens: Sequence[Token], last: int) -> int:
    """The first token of the clause whose last token is ``tokens[last]``: after the last quotation, colon (not
    one of a clock time) or semicolon before it."""
    first = last
    while first > 0 and tokens[first - 1].kind != "quote" and tokens[first - 1].text not in {":", ";"} \
            or first > 1 and tokens[first - 1].text == ":" and _clock_colon(tokens, first - 1):
        first -= 1
    return first
