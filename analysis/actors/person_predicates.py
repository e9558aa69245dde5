"""Typing a name as a person's by what the sentence says of it: what only a person is, does or has.

:mod:`analysis.actors.discovery` asks :func:`predicate_person` for a name no title,
first name, role, apposition or speech verb typed (:mod:`analysis.actors.name_cues`).
News and biographies go on about people introduced once by a single name
("Gorbachev", "Debbie", "Napier"); a name is a person's when the sentence

* says it underwent what only a person (or an animal) undergoes: "X was born",
  "X had been arrested", "X was killed" (``lexicon/person_participles.txt``), or
  did what only a person does: "X died", "X graduated" (``lexicon/person_past_verbs.txt``);
* makes it the object of a verb only a person undergoes, right before it: "police arrested X", "the king married
  X" (``lexicon/person_participles.txt`` read as active pasts), "the council appointed X", "the House impeached X"
  (``lexicon/person_object_verbs.txt``), when the name ends its noun phrase (not "killed Hamas fighters"), opens
  with no title, role or person noun ("was appointed Prime Minister") and is no lone word in -s ("killed Yazidis"
  names a people);
* calls it a person right before it: "his friend X", "the woman X" (``lexicon/person_nouns.txt``
  after a determiner), or gives its age ("22-year-old X", "Fourteen-year-old X"), unless a lower-case noun
  follows the name, which then only qualifies that noun ("a 36-year-old Leeds man"): a word after it must be a
  stopword ("was", "and"), a verb in -ed or punctuation ("the late X" is left out: "the late Middle Ages");
* identifies a person noun as it, as police identify victims and suspects: "the victim was identified as X",
  "a boy, identified only as X", "the deceased seaman was identified as X" (``lexicon/person_identifying_phrases.txt``
  after a noun of ``lexicon/person_nouns.txt``, ``lexicon/source_person_nouns.txt``, the role nouns or one in
  -man/-woman, singular or plural; not "the device, identified as X", nor a lone word in -s: "identified as
  Narikuravars" names a people);
  or names one so: "Police named the man as X", "officers identified him as X" (``lexicon/person_naming_verbs.txt``,
  then "him", "her" or such a noun after up to two words, then "as"; not "named the company as X", nor a name
  opening with a role or person noun: "named him as Man of the Match");
* gives it a relative: "X's wife", "X' younger brother", "the widow of X", "a son of X"
  (``lexicon/person_relatives.txt``, with ``lexicon/possession_modifiers.txt`` between:
  "X's late wife"; not "a son of the Midwest"), or a life: "X's funeral", "X's memoir", "the killing of X"
  (``lexicon/person_possessions.txt``; not "death": "the death of CentOS"; before "of", not "birthplace":
  ``lexicon/shared_origin_nouns.txt``; nor "X's killing of civilians": X did it, and a group may); or joins a
  relative to it: "X and his wife", "X and her late husband" (not after a preposition: "moved to X and his wife
  followed");
* names the people it works with: "Bos and colleagues describe ...", "a study by Kessler and his
  co-authors" (``lexicon/person_companions.txt``), or joins it to the speaker: "Rebecca and I wrote it"
  (no comma, no "was" after: "played Grand Masters and I was winning", "came to South, and I worked");
* gives it as someone's name: "my name is X", "her name was X"; or as a character acted: "she starred as X",
  "he portrayed X" (``lexicon/acting_phrases.txt``), when a first name opens it: "portrayed Black Panther" names
  a hero whose name is the film's too;
* gives it a ruler's or saint's epithet: "Constantine the Great", "Bede the Venerable"
  (``lexicon/epithets.txt`` after "the", as :mod:`analysis.actors.epithets` reads them);
* makes it the one who takes, holds or leaves one of the dictionary's offices, named right after the verb:
  "X was elected mayor", "X has been appointed prime minister", "X was sworn in as governor", "X served as the
  ambassador" (``lexicon/office_holding_words.txt`` after an auxiliary, perhaps then "as"; or before "as" and
  perhaps an article: not "Acme named chief executive ...", whose object follows, nor "Acme remained leader");
  not a plain role noun a firm may be named ("was appointed administrator", "was named adviser"), nor an office
  that titles a name after it ("Acme was named Senator Kamala Harris's sponsor");
* makes it the subject of a verb whose object is "his" or "her" thing:
  "Byron received his early education", "Sarvis discusses his background", "Okafor took her seat"
  (a past form in -ed, an irregular past of ``lexicon/irregular_past_verbs.txt`` or a present form in -s,
  not a form of "be", "have" or "do");
* makes it the subject of a verb in the past and goes on, in the same sentence and with no other name between,
  with a clause whose subject is "he" or "she": "Gorbachev agreed to a concession: he agreed ...", "Okafor
  resigned because she ..." (after a comma, a colon, a semicolon or a conjunction of ``lexicon/subordinators.txt``
  or ``lexicon/clause_coordinators.txt``; a firm's or a town's clause goes on with "it" or "they"; not a
  reporting clause: "Acme posted losses, he said").

The name must be the subject (no preposition right before it: "written by X was his
dissent", "a union with X was her only marriage"), and not a common word opening a sentence
("Protesters were arrested", "Police arrested his son": a word the text also writes in
lower case, or the plural of a role or organisation noun). Linking
(:mod:`analysis.actors.linking`) then gives every mention of the name the type.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from analysis.actors.name_context import NameContext
from analysis.actors.name_shapes import given_name
from analysis.text import lexicon

_AUXILIARIES = "|".join(  # "was", "had been": any spaces between an entry's words
    r"\s+".join(map(re.escape, entry.split())) for entry in lexicon.ordered_words("participle_auxiliaries"))
_PARTICIPLE = re.compile(r"\s+(?:%s)\s+(?:[a-z]+ly\s+)?([a-z]+)\b" % _AUXILIARIES)  # "was born", "had been jailed"
_PAST_VERB = re.compile(r"\s+([a-z]+)\b")
_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")  # a capitalised word right after an office: the office titles a name
_OFFICE_TAKEN = re.compile(  # "X was elected ", "X was sworn in as ", "X served as the ": an office may follow
    r"\s+(?:(?:{aux})\s+(?:[a-z]+ly\s+)?(?:{verb})(?:\s+as)?|(?:[a-z]+ly\s+)?(?:{verb})\s+as(?:\s+(?:the|a|an))?)\s+"
    .format(aux=_AUXILIARIES, verb=lexicon.alternation("office_holding_words")))
_EPITHET = re.compile(r" the ([A-Z][a-z]+)\b")  # "Constantine the Great": one space each side, as epithets.py reads
_OWN_THING = re.compile(r"\s+([a-z]{2,})\s+(?:his|her)\s+[a-z]")
_SUBJECT_VERB = re.compile(r"\s+(?:(?:[a-z]+ly|also)\s+)?([a-z]{2,})\b")  # "X agreed", "X also proposed"
_PRONOUN_VERB = re.compile(r"\s+([a-z]+)")  # the verb after "he"/"she": a reporting one makes the clause a cue
_CLAUSE_REST = re.compile(r"[^.!?\n]*")
_PERSON_CLAUSE = re.compile(  # ": he agreed", "because she": a clause whose subject is a person's pronoun
    r"(?:[,;:]|\b(?:%s|%s))\s+(?:he|she)\b"
    % (lexicon.alternation("subordinators"), lexicon.alternation("clause_coordinators")))
_CAPITALISED = re.compile(r"\b[A-Z]")
_WORD = re.compile(r"[a-z]+")
_THING_PRONOUNS = frozenset({"it", "its", "itself", "they", "their", "them"})
_SPEECH_FORMS = lexicon.words("attribution_verb_forms")  # "said", "noted": besides the speech cues' "X said" forms
_POSSESSION = re.compile(r"['’]s?\s+([a-z][a-z-]*|\d+-year-old)\b(?:\s+([a-z][a-z-]*)\b)?")
_COMPANIONS = re.compile(r",?\s+and\s+(?:his\s+|her\s+|their\s+)?([a-z-]+)\b")
_KIN_AFTER = re.compile(r"\s+and\s+(his|her)\s+([a-z-]+)\b(?:\s+([a-z-]+)\b)?")  # "X and his (late) wife"
# "Rebecca and I put it": the speaker's companion; not "met Grand Masters and I was winning", a new clause
_WITH_SPEAKER = re.compile(r"\s+and\s+(I|me|myself)\b(?!\s+(?:was|am)\b|['’]m\b)")
_NAME_IS_BEFORE = re.compile(r"\b(?:my|his|her|your)\s+name\s+(?:is|was)\s+$", re.I)  # "my name is X"
_KIN_OF = re.compile(r"\b([a-z][a-z-]*)\s+of\s+$")
_AGE_BEFORE = re.compile(  # "22-year-old X", "Fourteen-year-old X" (a number word opens a sentence)
    r"\b(?:\d{1,3}|(?i:%s))-year-old\s+$" % lexicon.alternation("number_words"))
_IDENTIFIED_BEFORE = re.compile(  # "the victim was later identified as ": the noun, then the lexicon's phrase
    r"\b([a-z]+),?(?:\s+(?:%s|%s|[a-z]{3,}ly))*\s+(?:%s)\s+$" % (  # forms of "be", "has", "later", "formally"
        lexicon.alternation("be_forms"), lexicon.alternation("source_cue_adverbs"),
        lexicon.alternation("person_identifying_phrases")))
_NAMED_BEFORE = re.compile(  # "named the man as ", "identified him as ": the verb, up to two words, the object, "as"
    r"\b(?:%s)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s+as\s+$" % lexicon.alternation("person_naming_verbs"))
_ACTING_BEFORE = re.compile(r"\b(?:%s)\s+$" % "|".join(  # "guest starred as ", "portrayed ": the role played
    r"\s+".join(map(re.escape, entry.split())) for entry in lexicon.ordered_words("acting_phrases")))
_PERSON_VERB_BEFORE = re.compile(r"\b(%s)\s+$" % "|".join(  # "police arrested ", "the council appointed "
    sorted(lexicon.words("person_participles") | lexicon.words("person_object_verbs"))))
# The verbs :data:`_PERSON_VERB_BEFORE` reads, as what the text before a name ends with (its cheap first test).
_PERSON_VERB_ENDINGS = tuple(sorted(lexicon.words("person_participles") | lexicon.words("person_object_verbs")))
_LOWER_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
# How the text after a name opens where a pattern read after it can match: each opens with whitespace and a lower-case
# word ("the", "and", "was", a verb), a comma before at most (:data:`_COMPANIONS`): their cheap first test.
_LOWER_WORD_NEXT = re.compile(r",?\s+[a-z]")
_PERSON_NOUN_BEFORE = re.compile(  # a determiner of lexicon/determiners.txt, as written at a sentence's start too
    r"\b(?i:%s)\s+([a-z]+)\s+$" % "|".join(sorted(lexicon.words("determiners"))))
# A word right before a name that makes it an object, not the subject the predicate is about.
_OBJECT_BEFORE = re.compile(r"\b(?:%s)\s+$" % "|".join(lexicon.ordered_words("object_prepositions")), re.I)
_LONGEST_OBJECT_PREPOSITION = max(map(len, lexicon.ordered_words("object_prepositions")))  # plain words: their length
_NOT_VERB_ENDINGS = ("ss", "us", "is", "ous")  # "across", "thus", "this", "famous": no verb in -s
# The cues of :func:`predicate_person` read from the verb after the name ("X was born", "X died", "X was elected
# mayor", "X received his ..."): after a coordinated list of names the verb is the whole list's.
PREDICATE_AFTER_CUES = ("predicate: ", "office: ", "subject: ")


def predicate_person(ctx: NameContext, segment: Sequence[int]) -> str:
    """Why the name on ``segment`` (token indices) is a person's by its predicate, or "" when nothing says so."""
    tokens = ctx.tokens
    first, last = tokens[segment[0]], tokens[segment[-1]]
    words = [tokens[i].text for i in segment]
    if all(map(str.isupper, words)) or _common_word_opening(ctx, segment):
        return ""
    view = ctx.view
    after = view[last.end:last.end + 60]
    worded = _LOWER_WORD_NEXT.match(view, last.end) is not None  # else no pattern read after the name can match
    epithet = _EPITHET.match(after) if worded else None
    if epithet and epithet.group(1) in lexicon.words("epithets"):
        return f"epithet: the {epithet.group(1)}"  # "Constantine the Great"
    if last.possessive:
        match = _POSSESSION.match(after)
        if match is None:
            return ""
        word, then = match.group(1), match.group(2)
        if _possession(word) and not (then == "of" and word in lexicon.words("person_possessions")):
            return f"possessive: {word}"  # "X's wife"; not "X's killing of civilians", whose agent may be a group
        if then and _possession(then) and (word in lexicon.words("possession_modifiers") or word.endswith("-year-old")):
            return f"possessive: {then}"  # "X's late wife", "X's 14-year-old son"
        return ""
    # Every pattern read before the name ends in whitespace (``\s+$``): the text there, stripped once, tells which
    # may match (as :func:`~analysis.actors.name_context.ends_before` does), so most never run.
    before = view[max(0, first.start - 30):first.start]
    stripped = before.rstrip()
    spaced = stripped != before
    kin = _KIN_OF.search(before) if spaced and stripped.endswith("of") else None
    if kin and _possession(kin.group(1)) and kin.group(1) not in lexicon.words("shared_origin_nouns"):
        return f"{kin.group(1)} of"  # "the widow of X", "the funeral of X", "the killing of X"
    noun = _PERSON_NOUN_BEFORE.search(before) \
        if spaced and stripped.endswith(lexicon.ordered_words("person_nouns")) else None
    if noun and noun.group(1) in lexicon.words("person_nouns"):
        return f"after {noun.group(0).strip()}"  # "his friend X", "the woman X"
    if view.endswith(" as ", max(0, first.start - 4), first.start) and not (len(words) == 1 and words[0].endswith("s")):
        identified = _IDENTIFIED_BEFORE.search(view, max(0, first.start - 60), first.start)
        if identified is not None and _identified_person(ctx, identified.group(1)):
            return f"after {identified.group(0).strip()}"  # "the victim was identified as X"
        named = _NAMED_BEFORE.search(view, max(0, first.start - 50), first.start)
        if named is not None and _named_person(ctx, named.group(1), words[0]):
            return f"after {named.group(0).strip()}"  # "Police named the man as X"
    age = _AGE_BEFORE.search(view[max(0, first.start - 20):first.start]) \
        if view[max(0, first.start - 5):first.start].rstrip().endswith("old") else None
    if age and _ends_a_noun_phrase(after):
        return f"after {age.group(0).strip()}"  # "22-year-old Rangoli Patil was"
    match = _COMPANIONS.match(after) if worded else None
    if match and match.group(1) in lexicon.words("person_companions"):
        return f"with {match.group(1)}"
    match = _WITH_SPEAKER.match(after) if worded else None
    if match:
        return f"with {match.group(1)}"
    # "name" in any case: no other character matches its letters under re.I
    match = _NAME_IS_BEFORE.search(view, max(0, first.start - 20), first.start) \
        if spaced and "name" in view[max(0, first.start - 20):first.start].lower() else None
    if match:
        return match.group(0).strip()
    match = _ACTING_BEFORE.search(view, max(0, first.start - 25), first.start) \
        if spaced and given_name(ctx.cues.given_names, words[0]) else None
    if match:
        return f"acting: {' '.join(match.group(0).split())}"  # "starred as X": the character a performer plays
    verb = _PERSON_VERB_BEFORE.search(before) if spaced and stripped.endswith(_PERSON_VERB_ENDINGS) else None
    if verb and _ends_a_noun_phrase(after) and not _titled(ctx, words[0]) \
            and not (len(words) == 1 and words[0].endswith("s")):  # "killed Yazidis": a people
        return f"object: {verb.group(1)}"  # "police arrested X", "the council appointed X"
    if not worded or spaced and _object_before(view[max(0, first.start - 15):first.start]):
        return ""  # not worded: the cues below all read a word after the name (asked first: the cheaper test)
    match = _KIN_AFTER.match(after)
    relative = _relative(match.group(2), match.group(3)) if match else ""
    if relative:
        return f"with {match.group(1)} {relative}"  # "X and his wife", "X and her late husband"
    match = _PARTICIPLE.match(after)
    if match and match.group(1) in lexicon.words("person_participles"):
        return f"predicate: {match.group(0).strip()}"
    match = _PAST_VERB.match(after)
    if match and match.group(1) in lexicon.words("person_past_verbs"):
        return f"predicate: {match.group(1)}"
    match = _OFFICE_TAKEN.match(after)
    if match and _office_at(ctx, last.end + match.end()):
        return f"office: {' '.join(match.group(0).split())}"  # "X was elected mayor", "X served as governor"
    match = _OWN_THING.match(after)
    if match and _verb(match.group(1)):
        return f"subject: {match.group(0).strip().rsplit(' ', 1)[0]}"
    return _person_clause_after(ctx, last.end)


def _object_before(window: str) -> bool:
    """Whether ``window`` ends with an object preposition and whitespace (:data:`_OBJECT_BEFORE`), searched only
    where one can start: the preposition ends where the trailing whitespace begins."""
    return _OBJECT_BEFORE.search(window, max(0, len(window.rstrip()) - _LONGEST_OBJECT_PREPOSITION)) is not None


def _person_clause_after(ctx: NameContext, end: int) -> str:
    """Why the subject name ending at ``end`` is a person's by a later clause of its sentence opened by "he" or
    "she", or "": the name's verb is a past form (a present in -s may be a plural noun: "Private enterprises
    grew"), nothing between may be what the pronoun stands for instead (a capitalised word, a person or role
    noun: "Acme fired the manager because he ..."), nor say the name is a thing ("its", "their"), and the
    pronoun's verb reports no speech (", he said": the speaker's words about the name)."""
    verb = _SUBJECT_VERB.match(ctx.view, end)
    if verb is None or not past_verb(verb.group(1)):
        return ""
    rest = _CLAUSE_REST.match(ctx.view, verb.end(), verb.end() + 200).group(0)
    clause = _PERSON_CLAUSE.search(rest)
    if clause is None or _CAPITALISED.search(rest, 0, clause.start()):
        return ""
    cue = _PRONOUN_VERB.match(rest, clause.end())
    if cue is not None and (cue.group(1) in ctx.verbs.after or cue.group(1) in _SPEECH_FORMS):
        return ""  # "Acme posted losses, he said": the speaker's clause, not the name's
    between = set(_WORD.findall(rest, 0, clause.start()))
    if between & _THING_PRONOUNS or any(_person_noun(ctx, word) or _person_noun(ctx, word.rstrip("s"))
                                        for word in between):
        return ""
    return f"subject: {verb.group(1)} ... {clause.group(0).strip()}"


def _titled(ctx: NameContext, word: str) -> bool:
    """Whether the name's first ``word`` is a title or a role or person noun: "appointed Prime Minister", "elected
    President in 2012" name the office, no person."""
    return word in ctx.cues.titles or _person_noun(ctx, word.lower())


def _office_at(ctx: NameContext, start: int) -> bool:
    """Whether one of the dictionary's offices ("mayor", "prime minister"; no plain role noun such as "adviser",
    which a firm may be appointed) starts at ``start`` as the office itself, no title of a name after it ("Acme
    was named Senator Kamala Harris's sponsor")."""
    return any(hit.office is not None and hit.start == start and not _NAME_AFTER.match(ctx.view, hit.end)
               for hit in ctx.offices_starting(start, start))


def _identified_person(ctx: NameContext, noun: str) -> bool:
    """Whether ``noun`` (lower case, before "identified as") names a person: a person noun, a role noun or a noun in
    -man/-woman ("seaman", "gunman"), or the plural of one."""
    for word in (noun, noun[:-1] if noun.endswith("s") else noun, noun[:-2] + "an" if noun.endswith("men") else noun):
        if _person_noun(ctx, word) or word.endswith(("man", "woman")):
            return True
    return False


def _person_noun(ctx: NameContext, word: str) -> bool:
    """Whether ``word`` (lower case) is a noun of a person: of ``lexicon/person_nouns.txt``,
    ``lexicon/source_person_nouns.txt`` or the dictionary's role nouns."""
    return word in lexicon.words("person_nouns") or word in lexicon.words("source_person_nouns") \
        or word in ctx.cues.role_nouns


def _named_person(ctx: NameContext, noun: str, first_word: str) -> bool:
    """Whether the object ``noun`` of "named ... as" is a person ("him", "her", a person noun) and the name's
    ``first_word`` no role or person noun of an honour ("Man of the Match", "Player of the Year")."""
    person = noun in ("him", "her") or _identified_person(ctx, noun)
    head = first_word.lower()
    return person and head not in ctx.cues.role_nouns and head not in lexicon.words("person_nouns") \
        and first_word not in ctx.cues.titles


def _ends_a_noun_phrase(after: str) -> bool:
    """Whether the text ``after`` a name lets the name end its noun phrase: punctuation or the text's end, a
    stopword ("was", "and", "who") or a verb in -ed; not a lower-case noun the name qualifies ("Leeds man")."""
    word = _LOWER_WORD_AFTER.match(after)
    if word is None:
        return not after[:1].isspace() or not after.strip() or not after.lstrip()[:1].isalpha()
    return word.group(1) in lexicon.stopwords() or word.group(1).endswith("ed")


def _relative(word: str, then: str | None) -> str:
    """The relative only a person has that ``word`` names, or ``then`` after a modifier such as "late" ("his wife",
    "his late wife"), or ""."""
    relatives = lexicon.words("person_relatives")
    if word in relatives:
        return word
    return then if then in relatives and word in lexicon.words("possession_modifiers") else ""


def _possession(noun: str) -> bool:
    """Whether a possessive name's ``noun`` is a relative or a part of a life only a person has."""
    return noun in lexicon.words("person_relatives") or noun in lexicon.words("person_possessions")


def past_verb(word: str) -> bool:
    """Whether ``word`` may be a full verb in the past: an irregular past ("took") or a form in -ed."""
    return word in lexicon.words("irregular_past_verbs") or word.endswith("ed") and _verb(word)


def _verb(word: str) -> bool:
    """Whether ``word`` may be a full verb in the past or the third person: an irregular past ("took") or a form
    in -ed or -s, no form of "be", "have", "do" and no "across"."""
    if word in lexicon.words("irregular_past_verbs"):
        return True
    return len(word) > 2 and word.endswith(("ed", "s")) and not word.endswith(_NOT_VERB_ENDINGS) \
        and word not in _auxiliaries()  # not "as"


def _common_word_opening(ctx: NameContext, segment: Sequence[int]) -> bool:
    """A single capitalised word opening a sentence that the text also writes in lower case ("Police"), or the
    plural of a role or organisation noun ("Protesters", "Officials")."""
    if len(segment) != 1:
        return False
    token = ctx.tokens[segment[0]]
    if not token.initial:
        return False
    word = token.text.lower()
    return word in ctx.lowercase or any(singular in ctx.common_nouns for singular in (word[:-1], word[:-2], word[:-3] + "y"))



@lru_cache(maxsize=1)
def _auxiliaries() -> frozenset[str]:
    return lexicon.words("be_forms") | lexicon.words("have_forms") | lexicon.words("do_forms")
