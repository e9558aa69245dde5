"""Word tokens and runs of capitalised words: the raw material of name discovery.

:func:`tokenize` splits a text into words, remembering what stands before
each word, whether it starts a sentence (after a full stop, a line break, a
colon, a blanked dateline...) and whether it carries a possessive ``'s``.
:func:`capitalised_runs` groups name-like words into maximal runs: "Sergey
Lavrov", "Community of Latin American and Caribbean States" (connectors such
as "of", "and", "de" inside when an organisation word or a name follows),
"(Nicolás) Maduro", "S.E.C."; months and weekdays are not name words.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress, count, repeat
from operator import itemgetter, or_
from typing import Iterable, NamedTuple, Sequence

from analysis.corpus.bylines import MASK
from analysis.actors.mention_types import Cues, fold_key
from analysis.text.document import Document, TokenColumns, as_document, word_cache
from analysis.text import lexicon

NAME_PARTICLES = lexicon.words("name_particles")
SURNAME_PARTICLES = lexicon.words("surname_particles")
ORG_CONNECTORS = lexicon.words("organization_connectors")
_CONNECTORS = NAME_PARTICLES | ORG_CONNECTORS
_PARTICLES_ONLY = NAME_PARTICLES - ORG_CONNECTORS
_HEAD_CONNECTORS = ("of", "for", "on")  # what continues a name after its head word ("Council on Foreign Relations")
# Calendar words count only as written in a date ("Monday", "Sept"), compared lower-cased.
MONTHS = lexicon.union("months", "month_abbreviations")
WEEKDAYS = lexicon.union("weekdays", "weekday_abbreviations")
# The calendar words as :func:`_is_month` finds them ("Monday", "Sept"): a set test before calling it.
_CALENDAR_WORDS = frozenset(word.capitalize() for word in MONTHS | WEEKDAYS)
_WEEKDAY_WORDS = lexicon.words("weekday_abbreviations")  # "Sun", "Sat": also a word of a name ("Sun Yang", "Herald Sun")
AMBIGUOUS_MONTHS = lexicon.words("ambiguous_months")  # also given names or words: months only beside a date word
# "Jan", "Jun", "Mar": also given names or words, so not a month before a name word (:func:`_abbreviated_month`).
_MONTH_ABBREVIATIONS = lexicon.words("month_abbreviations")
DATE_WORDS = lexicon.words("date_words")
_PERSONAL_PRONOUNS = lexicon.words("personal_pronouns")
_MIXED_CASE_ACRONYM = re.compile(r"[A-Z](?:[a-z]{0,2}[A-Z])+$")  # "KfW", "GmbH": see :func:`mixed_case_acronym`
_CONTRACTION = re.compile(r"(\w+)'(?:ve|re|ll|d|m)", re.IGNORECASE)  # "You've", "We're": fullmatch of a word
_PLACE_PREFIXES = lexicon.words("place_prefixes")  # "Mount", "Lake": a word opening a place's name
# Words written with a full stop that ends no sentence ("Mr.", "Gen.", "Inc.", "Sept."), as written.
ABBREVIATIONS = lexicon.words("abbreviations") | frozenset(
    word.capitalize() for word in lexicon.words("month_abbreviations"))
_HYPHEN_PARTICLE = re.compile(r"^(?:%s)-[A-Z]" % "|".join(map(re.escape, lexicon.ordered_words("hyphen_name_particles"))))
_ELIDED_PARTICLE = re.compile(r"^(?:%s)'[A-Z]" % lexicon.alternation("elided_name_particles"))  # "d'Estaing"
_JOINING_GAPS = frozenset("-'\u2019")  # what joins runs of word characters into one word of WORD_PATTERN
_APOSTROPHE = re.compile("'")
_LEAGUE_LEVELS = lexicon.words("league_level_words")  # "Triple-A": describes a club, no word of its name
_TEXT = itemgetter(3)  # Token.text, read as a tuple item


_new_tuple = tuple.__new__  # builds a NamedTuple without its Python-level constructor


class Token(NamedTuple):
    """A word of the text: offsets, text, what precedes it and whether it starts a sentence."""

    index: int
    start: int
    end: int
    text: str
    gap: str
    initial: bool
    possessive: bool


def tokenize(text: "str | Document") -> list[Token]:
    """Word tokens with the text before each, possessive ``'s`` split off and sentence starts marked
    (computed once per document: :func:`name_tokens`)."""
    return as_document(text).view(name_tokens)


def name_tokens(doc: Document) -> list[Token]:
    """The document view behind :func:`tokenize`: its words (as :attr:`Document.words` reads them) as name tokens.

    Built column by column from the document's word tokens (:attr:`Document.token_columns`, runs of word
    characters), joined where one hyphen or apostrophe is all that stands between two ("al-Assad", "Russia's");
    Python code runs only at those joins, at apostrophes (possessives) and after a full stop (sentence starts).
    """
    view = doc.normalized
    starts, ends, words, opens = _joined_words(view, doc.token_columns)
    gaps = list(compress(doc.token_parts[0:-1:2], opens))  # the text before each word: before its first run
    texts, possessive = _possessives(view, words, ends)
    initial = list(map(word_cache(_gap_starts_sentence).__getitem__, gaps))  # a dict look-up per gap
    if initial:
        initial[0] = True
    k = _find(initial, None)
    while k >= 0:  # a full stop in the gap: it depends on the word before ("Mr." does not end a sentence)
        initial[k] = _ends_sentence(texts[k - 1]) or gaps[k - 1] == "&"  # "AT&T.": the "T" is no initial
        k = _find(initial, None, k + 1)
    fields = zip(range(len(words)), starts, ends, texts, gaps, initial, possessive)
    return list(map(_new_tuple, repeat(Token), fields))  # tuple.__new__: a NamedTuple without its Python constructor


def _joined_words(view: str, columns: TokenColumns) -> tuple[list[int], list[int], list[str], Iterable[bool]]:
    """Starts, ends and texts of the words :data:`~analysis.text.normalization.WORD_PATTERN` finds in ``view``,
    from its runs of word characters (``columns``): a run one joining mark after the one before continues its word;
    and whether each run starts a word."""
    joining = list(map(_JOINING_GAPS.__contains__, columns.gaps))  # folded gaps: "-" may stand for " - "
    k = _find(joining, True)
    if k < 0:
        return list(columns.starts), list(columns.ends), list(columns.texts), repeat(True, len(columns.starts))
    starts, ends = columns.starts, columns.ends
    joins = []
    while k >= 0:
        if starts[k] - ends[k - 1] == 1:
            joins.append(k)
        k = _find(joining, True, k + 1)
    opens = [True] * len(starts)  # whether each run starts a word
    for k in joins:
        opens[k] = False
    closes = opens[1:] + [True]  # whether each run ends a word
    word_starts, word_ends = list(compress(starts, opens)), list(compress(ends, closes))
    words = list(compress(columns.texts, opens))
    for joined_before, k in enumerate(joins):
        word = k - joined_before - 1  # the word run ``k`` joins
        words[word] = view[word_starts[word]:word_ends[word]]
    return word_starts, word_ends, words, opens


def _possessives(view: str, words: list[str], ends: list[int]) -> tuple[list[str], list[bool]]:
    """Each word without a possessive ``'s`` and whether it had one ("Russia's"; "Jones'" with the
    apostrophe after the word); ``ends`` (the words' end offsets, in order) are shortened in place to match."""
    texts = list(words)
    possessive = [False] * len(words)
    for apostrophe in _APOSTROPHE.finditer(view):
        at = apostrophe.start()
        k = bisect_left(ends, at + 2)  # "Russia's": the word ends two characters after the apostrophe
        if k < len(ends) and ends[k] == at + 2 and len(words[k]) > 2 and words[k].endswith("'s"):
            texts[k], ends[k], possessive[k] = words[k][:-2], at, True
            continue
        k = bisect_left(ends, at)  # "Jones'": the word ends at the apostrophe
        if k < len(ends) and ends[k] == at and words[k].endswith("s") and not view[at + 1:at + 2].isalpha():
            possessive[k] = True
    return texts, possessive


def _find(values: list, value: object, start: int = 0) -> int:
    """The index of the first ``value`` in ``values`` from ``start`` on, or -1."""
    try:
        return values.index(value, start)
    except ValueError:
        return -1


def _gap_starts_sentence(gap: str) -> bool | None:
    """Whether a word after ``gap`` starts a sentence, a line, a quotation or a clause after a colon;
    None after a full stop, where the word before decides (:func:`_ends_sentence`); read through
    :func:`~analysis.text.document.word_cache` (a few gaps recur: a dict look-up each)."""
    if "\n" in gap or "!" in gap or "?" in gap or ":" in gap or MASK in gap:
        return True  # MASK: after a blanked dateline
    stripped = gap.strip()
    if stripped.endswith(('"', "'")) and not gap.endswith(" "):
        return True
    if stripped.endswith("))"):
        return True  # after an interview speaker label "((WN))"
    if stripped == "-" or stripped.endswith(";"):
        return stripped == "-"
    if "." in gap:
        return None
    return False


def _ends_sentence(word: str) -> bool:
    """Whether a full stop after ``word`` ends a sentence: not after an abbreviation ("Mr.") or an initial."""
    return not (word in ABBREVIATIONS or (len(word) == 1 and word.isupper()))


def _is_month(tokens: Sequence[Token], i: int) -> bool:
    word = tokens[i].text
    if word != word.capitalize():
        return False
    lower = word.lower()
    if lower in WEEKDAYS:
        return not (lower in _WEEKDAY_WORDS and (_name_follows(tokens, i) or _name_precedes(tokens, i)))
    if lower not in MONTHS:
        return False
    if lower in _MONTH_ABBREVIATIONS:
        return _abbreviated_month(tokens, i)
    if word not in AMBIGUOUS_MONTHS:
        return True
    before = tokens[i - 1].text.lower() if i > 0 else ""
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return before in DATE_WORDS or before.isdigit() or after[:1].isdigit()


def _abbreviated_month(tokens: Sequence[Token], i: int) -> bool:
    """Whether the abbreviated month name at word ``i`` is a month: unless a capitalised word follows it after a
    space, which makes it a name's first word ("Jan Kowalski", "Jun Ma", "Mar Menor"); "Jan 5", "in Dec,", "Oct and
    Nov", "Jan/Feb" are months."""
    return not _name_follows(tokens, i)


def _pronoun_contraction(word: str) -> bool:
    """Whether ``word`` is a pronoun with a verb worn down to a clitic ("You've", "We're", "They'll"), which opens
    sentences of transcripts and names nobody ("You've said that ...")."""
    contraction = _CONTRACTION.fullmatch(word)
    return contraction is not None and contraction.group(1).lower() in _PERSONAL_PRONOUNS


def _name_follows(tokens: Sequence[Token], i: int) -> bool:
    """Whether a capitalised word other than a weekday or a month follows word ``i`` after a space: the
    abbreviation opens a name then ("Sun Valley"), where a weekday is followed by a time, a date or a dash."""
    if i + 1 >= len(tokens) or tokens[i + 1].gap != " ":
        return False
    after = tokens[i + 1].text
    return after[:1].isupper() and after.lower() not in WEEKDAYS and after.lower() not in MONTHS


def _name_precedes(tokens: Sequence[Token], i: int) -> bool:
    """Whether word ``i`` ends a name: a capitalised word inside the sentence (not a weekday or a month) stands right
    before it after a space, and no number follows ("the Baltimore Sun", "the Herald Sun", "reporter Lena Sun"; not
    "Mass Sun 10am", "The Sun" opening a sentence)."""
    if i == 0 or tokens[i].gap != " " or tokens[i - 1].initial:
        return False
    before = tokens[i - 1].text
    if i + 1 < len(tokens) and tokens[i + 1].text[:1].isdigit():
        return False
    return before[:1].isupper() and before.lower() not in WEEKDAYS and before.lower() not in MONTHS


def name_like(token: Token) -> bool:
    """A capitalised word, or one with a name particle before a hyphen or an apostrophe ("al-Assad", "d'Estaing")."""
    return token.text[:1].isupper() or _particle_name(token.text)


def acronym_word(word: str) -> bool:
    """Whether ``word`` is written as a body's initials: all capitals ("UNHCR", "AT&T"), or capitals with a few small
    letters between (:func:`mixed_case_acronym`: "KfW", "TfL")."""
    return len(word) > 1 and word.isupper() or mixed_case_acronym(word)


def mixed_case_acronym(word: str) -> bool:
    """Whether ``word`` is initials written with small letters between ("KfW", "TfL", "AfD", "DoJ", "GmbH"): at most
    six letters, a capital first and last, never more than two small letters in a row. A person's name with a
    capital inside ("DeVos", "McCain") never ends in one, nor does a name made of syllables ("BaFin", "PayPal");
    "CentOS", with its small letters running on, names a product."""
    return len(word) <= 6 and _MIXED_CASE_ACRONYM.match(word) is not None and not word.isupper()


def _particle_name(word: str) -> bool:
    """Whether ``word`` opens with a lower-case particle joined to a capitalised name: "al-Assad", "d'Estaing"."""
    return ("-" in word and _HYPHEN_PARTICLE.match(word) is not None) \
        or ("'" in word and _ELIDED_PARTICLE.match(word) is not None)


def parenthesised(tokens: Sequence[Token], i: int) -> bool:
    """``(Nicolás) Maduro``: a bracketed word right before a name word."""
    return (
        tokens[i].gap.endswith("(")
        and i + 1 < len(tokens)
        and tokens[i + 1].gap.strip() == ")"
        and tokens[i + 1].gap.endswith(" ")
        and name_like(tokens[i + 1])
    )


def joins(tokens: Sequence[Token], i: int, j: int, possessors: frozenset[int] = frozenset()) -> bool:
    """Whether word ``j`` continues a name that ends with word ``i`` (``j == i + 1``); a possessive
    ends a name unless ``i`` is one of ``possessors`` ("the Ombudsman's Office")."""
    left, right = tokens[i], tokens[j]
    if left.possessive and i not in possessors:
        return False
    gap = right.gap
    if gap == " ":
        return True  # one space, the common case: the tests below need not run
    if left.possessive and gap[:1] == "'":
        gap = gap[1:]  # "Fishmongers' Hall": the apostrophe after a plural's "s" stays in the gap
    if gap.strip() == "" and "\n" not in gap:
        return True
    if (gap == _NICKNAME_OPEN and _nickname_end(tokens, j) > 0) or (gap == _NICKNAME_CLOSE and _nickname_before(tokens, j)):
        return True  # 'Joaquín "El Chapo" Guzmán': a nickname in quotes inside a name
    if gap == "." and len(left.text) == 1 == len(right.text) and left.text.isupper() and right.text.isupper():
        return True  # "S.E.C.", "U.N.": initials written with periods
    if gap == "&" and left.text.isupper() and right.text.isupper() and len(left.text) + len(right.text) > 2:
        return True  # "AT&T", "PG&E": initials joined by an ampersand (not "Q&A", "R&D": too short to tell)
    if gap.strip() == "." and gap.endswith(" ") and (
        (len(left.text) == 1 and left.text.isupper() and left.gap != "&") or left.text in ABBREVIATIONS
    ):  # an initial ("George W. Bush"), not the end of "AT&T"
        return True
    closing = gap.strip()
    if closing in _CLOSING_BRACKETS and gap.endswith(" ") and _editor_bracket(tokens, i):
        return True  # "[George W.] Bush", "[Phil] Gramm": an editor's words inside a name
    if gap == _OPENING_BRACKET and not left.text[:2].isupper() and _editor_completion(tokens, j):
        return True  # "Jerry [O'Connell]": an editor's surname after the first name a speaker said
    return closing == ")" and gap.endswith(" ") and parenthesised(tokens, i)


_BRACKETED_WORDS = 3
_CLOSING_BRACKETS = frozenset({"]", ".]"})
_OPENING_BRACKET = " ["  # the gap before a word that opens an editor's bracket after a name word


def _editor_bracket(tokens: Sequence[Token], i: int) -> bool:
    """Whether word ``i`` closes one to three capitalised words (initials with full stops among them) that a
    square bracket opened: an editor's insertion in a quotation or transcript ("[George H. W.] Bush"); longer
    insertions are descriptions ("[Indian Prime Minister Narendra] Modi")."""
    k = i
    for _ in range(_BRACKETED_WORDS):
        if not name_like(tokens[k]):
            return False
        if tokens[k].gap.endswith("["):
            return True
        if k == 0 or tokens[k].gap.strip() not in ("", "."):
            return False
        k -= 1
    return False


def _editor_completion(tokens: Sequence[Token], j: int) -> bool:
    """Whether word ``j`` opens one to three capitalised words that a square bracket closes right after the name
    before them: an editor completing a name in a quotation or transcript ("Jerry [O'Connell] and I", "Cindy
    [Pinhal] helped"); not an acronym ("Saint Louis University [SLU]": the name again, shortened), nor after one
    ("NGOs [Non-Governmental Organizations]": the words it stands for, a check :func:`joins` makes)."""
    for k in range(j, min(j + _BRACKETED_WORDS, len(tokens))):
        word = tokens[k].text
        if not name_like(tokens[k]) or word.isupper() and len(word) > 1:
            return False
        gap = tokens[k + 1].gap if k + 1 < len(tokens) else ""
        if gap.startswith("]"):
            return True
        if gap != " ":
            return False
    return False


_NICKNAME_OPEN, _NICKNAME_CLOSE = ' "', '" '  # as the normalised view writes them (curly quotes folded)
_NICKNAME_WORDS = 3


def _nickname_end(tokens: Sequence[Token], first: int) -> int:
    """Where a quoted nickname opening at word ``first`` ('"El Chapo"') is followed by the rest of a name: the
    index of the name word after the closing quote, or -1. The nickname is one to three capitalised words
    joined by spaces, between two name words ('Joaquín "El Chapo" Guzmán', 'Dwayne "The Rock" Johnson')."""
    if first == 0 or not tokens[first - 1].text[:1].isupper() or tokens[first - 1].possessive:
        return -1
    k = first
    while k < len(tokens) and k - first < _NICKNAME_WORDS and tokens[k].text[:1].isupper():
        after = k + 1
        if after < len(tokens) and tokens[after].gap == _NICKNAME_CLOSE:
            return after if tokens[after].text[:1].isupper() else -1
        if after >= len(tokens) or tokens[after].gap != " ":
            return -1
        k = after
    return -1


def _nickname_before(tokens: Sequence[Token], after: int) -> bool:
    """Whether the closing quote before word ``after`` ends a nickname inside a name (:func:`_nickname_end`)."""
    return any(tokens[first].gap == _NICKNAME_OPEN and _nickname_end(tokens, first) == after
               for first in range(max(1, after - _NICKNAME_WORDS), after))


def capitalised_runs(tokens: Sequence[Token], cues: Cues, *, possessors: frozenset[int] = frozenset()) -> list[list[int]]:
    """Maximal sequences of name-like words (with name particles and organisation connectors inside);
    ``possessors`` are possessive words that may continue a name (:func:`joins`)."""
    runs: list[list[int]] = []
    n = len(tokens)
    texts = list(map(_TEXT, tokens))
    name_word = list(map(word_cache(_name_word).__getitem__, texts))  # a dict look-up per word
    k = _find(name_word, None)
    while k >= 0:  # a calendar word: a name word unless its neighbours make it a date's ("May" of "May 5")
        name_word[k] = not _is_month(tokens, k)
        k = _find(name_word, None, k + 1)
    i = 0
    openings = map(or_, name_word, map(SURNAME_PARTICLES.__contains__, texts))  # where a run can start
    for first in compress(count(), openings):
        if first < i:
            continue
        i = first
        if not name_word[i] and not _leading_particle(tokens, i, name_word):
            i += 1
            continue
        run, j = [i], i
        while j + 1 < n:
            if name_word[j + 1] and joins(tokens, j, j + 1, possessors):
                j += 1
                run.append(j)
                continue
            k, connectors = j + 1, []
            while k < n and len(connectors) < 2 and texts[k].lower() in _CONNECTORS \
                    and not texts[k][:1].isupper() and joins(tokens, k - 1, k):
                connectors.append(k)
                k += 1
            if connectors and k < n and name_word[k] and joins(tokens, k - 1, k) \
                    and _connector_allowed(tokens, run, connectors, k, cues):
                run.extend(connectors + [k])
                j = k
                continue
            if name_word[j + 1] and tokens[j + 1].gap == _SPACED_AMPERSAND and not tokens[j].possessive \
                    and (_and_allowed(tokens, run, j + 1, cues) or _firm_pair(tokens, run, j + 1, cues)):
                j += 1  # "Rock & Roll Hall of Fame", "Procter & Gamble": "&" standing for "and" in a name
                run.append(j)
                continue
            break
        runs.append(run)
        i = j + 1
    return runs


def _name_word(word: str) -> bool | None:
    """Whether ``word`` is a word of a name (:func:`name_like`; no pronoun's contraction, "You've", nor a league's
    level, "Triple-A"), None for a calendar word, which its neighbours decide (:func:`_is_month`); read through
    :func:`~analysis.text.document.word_cache`: a word recurs across a text and across texts."""
    if not (word[:1].isupper() or ("-" in word and _HYPHEN_PARTICLE.match(word) is not None)
            or ("'" in word and _ELIDED_PARTICLE.match(word) is not None)):
        return False
    if ("'" in word and _pronoun_contraction(word)) or ("-" in word and word in _LEAGUE_LEVELS):
        return False
    return None if word in _CALENDAR_WORDS else True


def _leading_particle(tokens: Sequence[Token], i: int, name_word: Sequence[bool]) -> bool:
    """"de Graaf", "van der Berg": a surname particle opening a name."""
    j = i
    while j < len(tokens) and tokens[j].text in SURNAME_PARTICLES and j - i < 2:
        j += 1
    return j > i and j < len(tokens) and name_word[j] and all(joins(tokens, k, k + 1) for k in range(i, j))


def _connector_allowed(tokens: Sequence[Token], run: list[int], connectors: list[int], nxt: int, cues: Cues) -> bool:
    words = [tokens[c].text.lower() for c in connectors]
    if all(word in _PARTICLES_ONLY for word in words):
        return True
    heads = cues.head_words
    has_head = any(tokens[r].text in heads for r in run)
    if words[0] in _HEAD_CONNECTORS and has_head:
        if _titled_person_ends(tokens, run, cues):
            return False  # "Police Commissioner Dermot Shea of the NYPD": a person, then their body
        if words[0] != "of" and _place_ends(tokens[run[-1]].text, cues):
            return False  # "Wembley Stadium for the FA Cup final", "Tahrir Square for the Eid prayers": a place, then
        return words[1:] in ([], ["the"])  # what happens there ("Centre for Disease Control" has a body's head)
    if words == ["for"] and not has_head:
        return _body_named_for(tokens, run, nxt, cues)
    if words == ["and"]:
        return _and_allowed(tokens, run, nxt, cues)
    return False


def _body_named_for(tokens: Sequence[Token], run: list[int], nxt: int, cues: Cues) -> bool:
    """Whether "for" before word ``nxt`` stands inside a body's name that only the words after it end with an
    organisation head word ("Cinema for Peace Foundation", "Lawyers for Justice Network"): not after a first name
    ("Anna for Harvard University" is a person and a body), nor before a body's or outlet's own name opening with
    an acronym or a head word ("Cinema for NATO", "Cinema for University Hospital")."""
    first, ahead = tokens[run[0]].text, tokens[nxt].text
    if fold_key(first) in cues.given_names or _acronym(ahead) or ahead in cues.head_words:
        return False
    return _name_words_ahead(tokens, nxt) <= 3 and _body_ends(_last_word_ahead(tokens, nxt), cues)


def _titled_person_ends(tokens: Sequence[Token], run: list[int], cues: Cues) -> bool:
    """Whether ``run`` ends with a title and a person's name of two words or more opening with a first name
    ("Commissioner James Rovella", "Supreme Court Justice Elena Kagan"): a name that no "of" or "for" continues,
    though the title may be a body's head word too ("Commissioner")."""
    titles = [position for position, r in enumerate(run) if tokens[r].text in cues.titles]
    if not titles:
        return False
    name = run[titles[-1] + 1:]
    return len(name) >= 2 and fold_key(tokens[name[0]].text) in cues.given_names


_SPACED_AMPERSAND = " & "  # the gap before a word that follows "&" written between spaces ("Arts & Crafts")


def _and_allowed(tokens: Sequence[Token], run: list[int], nxt: int, cues: Cues) -> bool:
    """Whether "and" (or an "&" between spaces) before word ``nxt`` joins it to ``run`` in one name: the words
    after it reach a head word and open no second body, place or person ("Department of Health and Human
    Services", "Rock & Roll Hall of Fame"; not "the Senate and House", nor cited authors "(Jasny & Chin, 2011)")."""
    heads = cues.head_words
    has_head = any(tokens[r].text in heads for r in run)
    after = tokens[nxt + 1] if nxt + 1 < len(tokens) and joins(tokens, nxt, nxt + 1) else None
    if tokens[nxt].text in heads and after is not None \
            and (after.text in ("of", "for") or has_head and name_like(after)):
        return False  # "Ministry of Health and Ministry of ...", "the films Cars and House of Wax" are two names
    if _acronym(tokens[nxt].text) or has_head and _same_head_ahead(tokens, run, nxt, heads):
        return False  # "University of Bristol and UC Davis", "University of Oslo and Stanford University": two bodies
    if _body_ends(tokens[run[-1]].text, cues) and _head_ahead(tokens, nxt, heads):
        return False  # "the Secret Service and US Park Police", "the Senate and House": two bodies
    used_of = any(tokens[r].text in _HEAD_CONNECTORS for r in run)  # a connector the run holds, in lower case
    if used_of:  # "Community of Latin American and Caribbean States", "Committee on Ways and Means"; not "... of
        # Montana and Native American Rights Fund"
        if fold_key(tokens[nxt].text) in cues.given_names and _name_words_ahead(tokens, nxt) >= 2:
            return False  # "the University of Miami and Chris Fallows": a body, then a person
        return _name_words_ahead(tokens, nxt) <= 2
    if _place_ends(_last_word_ahead(tokens, nxt), cues) and _whole_place(tokens, run, cues):
        return False  # "Davao City and Gaisano Mall", "New Orleans and Jefferson Parish": two places
    return _head_ahead(tokens, nxt, heads)


_CITATION_GAPS = frozenset({"", ",", "(", "["})  # before a year or a reference number after cited authors
_FIRM_SIDE_WORDS = 2  # "Barnes & Noble", "Dow Jones & Company": at most two words each side


def _firm_pair(tokens: Sequence[Token], run: list[int], nxt: int, cues: Cues) -> bool:
    """Whether an "&" between spaces before word ``nxt`` joins two names into a firm's ("Procter & Gamble", "Marks &
    Spencer", "Ernst & Young"): one or two capitalised words on each side, none a single letter ("Gates C & D") or a
    town's name ("Tempe & Mesa"); not two first names ("Tom & Jerry": two persons), nor cited authors before a year
    ("(Baron & Beresford 2014)", "Benioff & Weiss, 2013", "Carrano & Biewener [7]") or a street corner ("44th St &
    Tatum": a place word ends a side)."""
    after = [nxt]
    while after[-1] + 1 < len(tokens) and len(after) <= _FIRM_SIDE_WORDS and name_like(tokens[after[-1] + 1]) \
            and not tokens[after[-1]].possessive and tokens[after[-1] + 1].gap == " ":
        after.append(after[-1] + 1)
    if len(run) > _FIRM_SIDE_WORDS or len(after) > _FIRM_SIDE_WORDS:
        return False
    words = [tokens[k].text for k in (*run, *after)]
    if any(len(word) < 2 or not word[:1].isupper() for word in words):
        return False
    given = cues.given_names
    if fold_key(words[0]) in given and fold_key(tokens[nxt].text) in given:
        return False
    sides = (" ".join(tokens[k].text for k in run), " ".join(tokens[k].text for k in after))
    if any(fold_key(side) in cues.place_names for side in sides) or tokens[run[-1]].text in cues.place_words \
            or tokens[after[-1]].text in cues.place_words:
        return False
    end = after[-1] + 1
    return end >= len(tokens) or not (tokens[end].text[:1].isdigit() and tokens[end].gap.strip() in _CITATION_GAPS)


def _whole_place(tokens: Sequence[Token], run: list[int], cues: Cues) -> bool:
    """Whether the run before "and" is a place's whole name: two words or more ending in a place head word
    ("Davao City"; not "City" of "City and County of Denver"), or a town's name ("New Orleans")."""
    words = [tokens[r].text for r in run]
    return len(words) >= 2 and _place_ends(words[-1], cues) or fold_key(" ".join(words)) in cues.place_names


def _last_word_ahead(tokens: Sequence[Token], start: int) -> str:
    """The last of the joined capitalised words from ``start`` on ("Parish" of "Jefferson Parish officials")."""
    i = start
    while i + 1 < len(tokens) and name_like(tokens[i + 1]) and not tokens[i].possessive and joins(tokens, i, i + 1):
        i += 1
    return tokens[i].text


def _acronym(word: str) -> bool:
    """Whether ``word`` is written in capitals, two letters or more ("UC", "NASA"): it opens a name of its own."""
    return len(word) > 1 and word.isalpha() and word.isupper()


def _same_head_ahead(tokens: Sequence[Token], run: list[int], start: int, heads: frozenset[str]) -> bool:
    """Whether the capitalised words from ``start`` on end in a head word the run already has ("University of
    Oslo and Stanford University"): a second name of the same kind, not a field of the first ("Department of
    Health and Human Services")."""
    i = start
    while i + 1 < len(tokens) and name_like(tokens[i + 1]) and not tokens[i].possessive and joins(tokens, i, i + 1):
        i += 1
    return i > start and tokens[i].text in heads and any(tokens[r].text == tokens[i].text for r in run)


def _place_ends(word: str, cues: Cues) -> bool:
    """Whether ``word`` is a place head word and no organisation or media one ("Stadium", "Square"): a place's
    name ends with it, and "for" or "on" after it opens no longer name."""
    return word in cues.place_words and word not in cues.organization_words and word not in cues.media_words


def _body_ends(word: str, cues: Cues) -> bool:
    """Whether ``word`` is an organisation or media head word, one that can end a body's name ("Service")."""
    return word in cues.organization_words or word in cues.media_words


def _name_words_ahead(tokens: Sequence[Token], start: int) -> int:
    """How many joined capitalised words follow from ``start``."""
    i = start
    while i < len(tokens) and name_like(tokens[i]) and not tokens[i].possessive \
            and (i + 1 >= len(tokens) or joins(tokens, i, i + 1)):
        i += 1
    return i - start + (1 if i < len(tokens) and name_like(tokens[i]) else 0)


def _head_ahead(tokens: Sequence[Token], start: int, heads: frozenset[str]) -> bool:
    """Whether the capitalised words from ``start`` on reach an organisation or place head word; a word opening a
    place's name there ("Lake" of "Uptown and Lake Merritt", ``lexicon/place_prefixes.txt``) is none: it opens a
    second name."""
    i = start
    while i < len(tokens) and name_like(tokens[i]):
        if tokens[i].text in heads and not (i == start and tokens[i].text in _PLACE_PREFIXES):
            return True
        if tokens[i].possessive or (i + 1 < len(tokens) and not joins(tokens, i, i + 1)):
            break
        i += 1
    return False
