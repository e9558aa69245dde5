"""Who speaks: resolving an attribution's source to an actor.

Rules, in order, for the source of one attribution (``analysis.quotes.attribution``):

* a pronoun ("he", "she"; "they", "it") refers to the most recent *salient*
  compatible actor before it: the previous resolved speaker, or a person
  mentioned in subject position -- not a person named after a preposition or
  a verb ("statements of ... John Bolton", "which removed Evo Morales") and
  not a possessor ("Mohammad's admission");
* a source containing a person mention names that person (the mentions
  table links "Lavrov" to "Sergey Lavrov");
* a definite role phrase ("the archbishop", "the head of Russian
  diplomacy") names the latest person introduced with that role word, else
  refers back like "he";
* a person name the mentions table missed is read from the source itself
  ("... Amnesty International Man-kei Tam"; a lone surname takes the given
  name written before it earlier in the article);
* an organisation or country mention that heads the source ("the WHO",
  "a spokesperson for the UN") names that actor;
* otherwise the speaker is the source's words ("an eyewitness"), unlinked.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Mapping, Sequence

import pandas as pd

from analysis.quotes import attribution as attr
from analysis.quotes.attribution import Attribution, Sentence, Token
from analysis.actors.gender import agrees, description_gender, person_genders, pronoun_gender
from analysis.quotes.speech_cues import default_speech_cues
from analysis.text.normalization import normalize

MENTION_COLUMNS = ["start", "end", "surface", "actor_id", "actor", "actor_type", "how"]


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: display name, actor id and actor type (each None when unknown)."""

    name: str | None
    actor_id: str | None
    actor_type: str | None




@dataclass(frozen=True)
class Mention:
    """One actor mention, as the resolver needs it."""

    start: int
    end: int
    actor_id: str | None
    actor: str | None
    actor_type: str | None
    how: str | None


def mention_list(mentions: pd.DataFrame | None) -> list[Mention]:
    """The rows of a mentions table (columns ``MENTION_COLUMNS``) in text order."""
    if mentions is None or mentions.empty:
        return []
    frame = mentions.reindex(columns=MENTION_COLUMNS).sort_values(["start", "end"], kind="stable")
    return [
        Mention(int(r.start), int(r.end), _str_or_none(r.actor_id), _str_or_none(r.actor),
                 _str_or_none(r.actor_type), _str_or_none(r.how))
        for r in frame.itertuples(index=False)
    ]


def _str_or_none(value: Any) -> str | None:
    return None if value is None or (isinstance(value, float) and value != value) or value is pd.NA else str(value)


def resolve_speakers(
    text: str, sentences: Sequence[Sentence], quoted: Sequence[tuple[int, int]], mentions: Sequence[Mention]
) -> dict[tuple[int, int], Speaker]:
    """Speaker of every attribution with a source, keyed by (cue_start, source_start), in text order.

    ``quoted`` holds the outer spans of the quotations: mentions inside them
    are no antecedents (the speaker's own words name others).
    """
    outside = [m for m in mentions if not inside(m.start, m.end, quoted)]
    salient = _subject_mentions(text, sentences, outside)
    genders = _genders(text, sentences, outside)
    resolved: dict[tuple[int, int], Speaker] = {}
    history: list[tuple[int, Speaker]] = [(m.start, _speaker_of(m)) for m in salient]
    attributions = sorted(
        {(a.cue_start, a.source_start): a for s in sentences for a in s.attributions if a.source is not None}.values(),
        key=lambda a: (a.source_start, a.cue_start),
    )
    for attribution in attributions:
        speaker = _resolve_one(text, attribution, outside, history, genders)
        resolved[(attribution.cue_start, attribution.source_start)] = speaker
        if speaker.name is not None:
            history.append((attribution.source_start, speaker))
        said = pronoun_gender(attribution.source or "")
        if said is not None and speaker.actor_id is not None and speaker.actor_type == "person":
            genders.setdefault(speaker.actor_id, said)  # pronoun history: "she" resolved to X makes X "she"
    return resolved


def _genders(text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> dict[str, str]:
    """Gender evidence for the article's persons (:mod:`analysis.actors.gender`), by actor id."""
    people = [(m.start, m.end, m.actor_id, m.actor or "") for m in mentions
              if m.actor_type == "person" and m.actor_id is not None]
    words = [(s.start, s.end, [(t.start, t.text) for t in s.tokens if t.kind == "word"]) for s in sentences]
    female, male = _gendered_names()
    return person_genders(text, people, words, female_names=female, male_names=male)


@lru_cache(maxsize=1)
def _gendered_names() -> tuple[frozenset[str], frozenset[str]]:
    """Folded ``female_names`` and ``male_names`` of the shipped actor dictionary."""
    try:
        from analysis.actors.step import compile_dictionary, get_dictionary
    except ImportError:
        return frozenset(), frozenset()
    cues = compile_dictionary(get_dictionary(None)).cues
    return cues.female_names, cues.male_names


def inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` lies within one of ``spans``."""
    return any(s <= start and end <= e for s, e in spans)


def _subject_mentions(text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> list[Mention]:
    """Person mentions that are not objects of a preposition: likely subjects, so salient antecedents."""
    out = []
    starts = [s.start for s in sentences]
    for mention in mentions:
        if mention.actor_type != "person" or not sentences:
            continue
        sentence = sentences[attr.sentence_at(starts, mention.start)]
        if is_salient(sentence.tokens, mention.start) and not _possessive(text, mention.end):
            out.append(mention)
    return out


def _speaker_of(mention: Mention) -> Speaker:
    return Speaker(mention.actor, mention.actor_id, mention.actor_type)


def _resolve_one(
    text: str, attribution: Attribution, mentions: Sequence[Mention], history: Sequence[tuple[int, Speaker]],
    genders: Mapping[str, str],
) -> Speaker:
    """The speaker an attribution's source names (see the module docstring for the order of rules)."""
    start, end = attribution.source_start, attribution.source_end
    source = attribution.source or ""
    if attr.is_pronoun(source):
        kind = attr.PRONOUNS[source.strip().lower()]
        return _antecedent(start, kind, mentions, history, genders=genders, gender=pronoun_gender(source))
    inner = [m for m in mentions if m.start < end and start < m.end]
    people = [m for m in inner if m.actor_type == "person" and not _possessive(text, m.end)
              and not _after_preposition(text, start, m.start)]
    if people:
        return _speaker_of(people[-1])
    if attr.is_role_description(source) or _AGE_DESCRIPTION.match(normalize(source)):
        found = _described_antecedent(text, source, start, mentions, history, genders)
        if found.name is not None:
            return found
    body = _organization_described(source, start, mentions)
    if body is not None:
        return body
    name = _unlisted_name(text, start, end, inner)
    if name is not None:
        return Speaker(name, None, "person")
    named = [m for m in inner if m.how != "demonym" and _heads_source(text, start, end, m)]
    if named:
        return _speaker_of(named[-1])
    return Speaker(_clean_source(source), None, None)


_AGE_DESCRIPTION = re.compile(r"^the \d{1,3}-year-old\b", re.IGNORECASE)
# "a spokesperson for the UN", "a Downing Street spokesperson": the body speaks; "a Hamas official" does not.
SPOKES_NOUNS = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen".split())
# "the group said": the latest organisation named before speaks, whatever its name.
GENERIC_BODIES = frozenset(
    "group organisation organization company firm agency body movement militia alliance coalition network "
    "institution outfit charity".split()
)


def _described_antecedent(
    text: str, source: str, position: int, mentions: Sequence[Mention], history: Sequence[tuple[int, Speaker]],
    genders: Mapping[str, str],
) -> Speaker:
    """``the official``, ``the minister``, ``the 23-year-old``: the latest of an unnamed source described with
    the same noun ("a senior WHO official", "one of the officials") and a person introduced with that role
    word; else the latest salient person (like "he")."""
    noun = normalize(source).lower().split()[-1].strip(".,")
    unnamed = _unnamed_source(noun, position, history)
    holder = _role_holder(text, source, position, mentions)
    candidates = [found for found in (unnamed, holder) if found is not None]
    if candidates:
        return max(candidates, key=lambda found: found[0])[1]
    return _antecedent(position, "person", mentions, history, genders=genders, gender=description_gender(source))


def _unnamed_source(noun: str, position: int, history: Sequence[tuple[int, Speaker]]) -> tuple[int, Speaker] | None:
    """The latest unnamed speaker before ``position`` described with ``noun`` (or its plural)
    and introduced indefinitely: "A senior administration official", "One of the officials"."""
    for at, speaker in sorted((h for h in history if h[0] < position), key=lambda h: h[0], reverse=True):
        if speaker.actor_id is not None or not speaker.name:
            continue
        words = [w.lower() for w in re.findall(r"[\w'-]+", normalize(speaker.name))]
        if words and words[0] in _INDEFINITE and (noun in words or noun + "s" in words):
            return at, speaker
    return None


_INDEFINITE = frozenset("a an one two three four several some another".split())


def _organization_described(source: str, position: int, mentions: Sequence[Mention]) -> Speaker | None:
    """``the ministry``, ``the paramilitary group``: the latest organisation named before whose name has that
    noun ("Health Ministry"); for a generic noun ("the group", "the company") the latest organisation."""
    words = [w.lower() for w in re.findall(r"[\w'-]+", normalize(source))]
    if len(words) < 2 or len(words) > 4 or words[0] != "the":
        return None
    noun = words[-1]
    if noun not in _organization_nouns() and noun not in GENERIC_BODIES:
        return None
    bodies = [m for m in mentions if m.end <= position and m.how != "demonym"
              and m.actor_type in ("organization", "media") and m.actor]
    for mention in reversed(bodies):
        name_words = {w.lower() for w in re.findall(r"[\w'-]+", mention.actor or "")}
        if noun in name_words or noun + "s" in name_words:
            return _speaker_of(mention)
    if noun in GENERIC_BODIES:
        kind = "media" if noun in {"network", "outfit"} else "organization"
        latest = [m for m in bodies if m.actor_type == kind]
        if latest:
            return _speaker_of(latest[-1])
    return None


_PREPOSITION_WORDS = frozenset("in at near from of for to with by on".split())


def _after_preposition(text: str, source_start: int, position: int) -> bool:
    """``a doctor at a hospital in nearby Wad Madani``, ``a lawyer for Steven Marsh``: a name after a
    preposition (titles and one lower-case word between allowed) is not who speaks."""
    words = normalize(text[source_start:position]).split()
    while words and words[-1].rstrip(".").lower() in attr.TITLE_WORDS:
        words.pop()
    if words and words[-1].islower() and words[-1] not in _PREPOSITION_WORDS:
        words.pop()
    return bool(words) and words[-1] in _PREPOSITION_WORDS


def _role_holder(text: str, source: str, position: int, mentions: Sequence[Mention]) -> tuple[int, Speaker] | None:
    """``the archbishop`` -> the latest person introduced with that role word ("archbishop Jorge Scheinig"),
    with the position of that mention."""
    roles = {w for w in re.findall(r"[a-z-]+", normalize(source).lower()) if w in attr.ROLE_NOUNS}
    if not roles:
        return None
    view = normalize(text)
    for mention in reversed([m for m in mentions if m.end <= position and m.actor_type == "person"]):
        around = view[max(0, mention.start - 60):mention.start] + " " + view[mention.end:mention.end + 60]
        context = set(re.findall(r"[a-z-]+", around.lower()))
        if roles & context:
            return mention.start, _speaker_of(mention)
    return None


_NAME_WORD = re.compile(r"[A-Z][\w'-]*\Z")


def _unlisted_name(text: str, start: int, end: int, inner: Sequence[Mention]) -> str | None:
    """A person name the mentions table missed, from the source's own words.

    ``Member of Parliament (MP) Yvette Cooper of the Labour Party``: the last
    run of two or more capitalised words outside any mention, titles and
    organisation words left out. A lone capitalised surname ("Cengiz") takes
    the given name written before it earlier in the article ("Hatice
    Cengiz"), when the word before is no title.
    """
    segment = normalize(text[start:end])
    runs: list[list[str]] = [[]]
    for match in re.finditer(r"\S+", segment):
        word_start = start + match.start()
        word = match.group().strip(",;:")
        free = not any(m.start <= word_start < m.end for m in inner)
        if free and _NAME_WORD.match(word) and not _title_or_body(word) \
                and (runs[-1] or not _after_preposition(text, start, word_start)):
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    names = [run for run in runs if len(run) >= 2]
    if names:
        return " ".join(names[-1])
    words = segment.split()
    if inner or len(words) != 1 or not _NAME_WORD.match(words[0]) or _title_or_body(words[0]):
        return None
    surname = words[0]
    pattern = re.compile(r"\b([A-Z][\w'-]+)\s+" + re.escape(surname) + r"\b")
    for match in pattern.finditer(normalize(text[:start])):
        if not _title_or_body(match.group(1)):
            return f"{match.group(1)} {surname}"
    return None


def _title_or_body(word: str) -> bool:
    """A title ("Senator"), an article or an organisation word ("Department"): not part of a person's name."""
    lower = word.rstrip(".").lower()
    return lower in attr.TITLE_WORDS or lower in {"the", "a", "an"} or lower in _organization_words()


@lru_cache(maxsize=1)
def _organization_nouns() -> frozenset[str]:
    """Lower-case organisation nouns of the shipped actor dictionary ("ministry", "agency", "party")."""
    try:
        from analysis.actors.step import get_dictionary
    except ImportError:
        return frozenset()
    return frozenset(word.lower() for word in get_dictionary(None).cue("organization_nouns")) - {
        "government", "administration"}


@lru_cache(maxsize=1)
def _organization_words() -> frozenset[str]:
    """Lower-cased organisation and media words of the shipped actor dictionary ("Ministry", "Department")."""
    try:
        from analysis.actors.step import get_dictionary
    except ImportError:
        return frozenset()
    dictionary = get_dictionary(None)
    words = dictionary.cue("organization_words") | dictionary.cue("media_words") | dictionary.cue("place_words")
    return frozenset(word.lower() for word in words)


def _heads_source(text: str, source_start: int, source_end: int, mention: Mention) -> bool:
    """Whether a non-person mention is who speaks.

    It opens the source (after a determiner and modifiers: "the pro-democracy Resistance Committees"),
    or follows "of/for/from/at" (a body's member: "a spokesperson for the UN"). Before a person noun it
    speaks only through a spokesperson ("a Downing Street spokesperson"), not through "a Hamas official".
    """
    following = re.findall(r"[\w'-]+", normalize(text[mention.end:source_end]))
    if following and following[0].lower() in attr.PERSON_NOUNS | _plurals(attr.PERSON_NOUNS):
        return following[0].lower() in SPOKES_NOUNS
    lead = normalize(text[source_start:mention.start]).split()
    words = [w.lower() for w in lead]
    if words and words[-1] == "the":
        words = words[:-1]
    if words and words[-1] in {"of", "for", "from", "at", "by", "with"}:
        return True
    return all(word[:1].isupper() or word.lower() in _DETERMINERS or _modifier(word) for word in lead)


_DETERMINERS = frozenset("the a an its their this that these those".split())


def _modifier(word: str) -> bool:
    """A lower-case word that may stand before a body's name: not a person noun, a verb form or a preposition."""
    lower = word.lower()
    return word.islower() and lower not in attr.PERSON_NOUNS and lower.rstrip("s") not in attr.PERSON_NOUNS \
        and not lower.endswith(("ing", "ed")) and lower not in _PREPOSITION_WORDS \
        and lower not in default_speech_cues().one_word_forms


def _plurals(words: frozenset[str]) -> frozenset[str]:
    return frozenset(word + "s" for word in words)


def _antecedent(
    position: int, kind: str, mentions: Sequence[Mention], history: Sequence[tuple[int, Speaker]],
    *, genders: Mapping[str, str] | None = None, gender: str | None = None,
) -> Speaker:
    """The most recent salient actor before ``position`` compatible with a pronoun of ``kind`` and, for
    "he"/"she", of ``gender`` (persons of the other gender in ``genders`` are skipped)."""
    genders = genders or {}

    def fits(speaker: Speaker) -> bool:
        known = genders.get(speaker.actor_id) if speaker.actor_id else description_gender(speaker.name or "")
        return agrees(known, gender)

    for _, speaker in sorted((h for h in history if h[0] < position), key=lambda h: h[0], reverse=True):
        if _compatible(speaker, kind) and (kind != "person" or fits(speaker)):
            return speaker
    for mention in reversed([m for m in mentions if m.end <= position]):
        if kind == "person" and mention.actor_type == "person" and fits(_speaker_of(mention)):
            return _speaker_of(mention)
        if kind != "person" and mention.actor_type in {"organization", "country", "media"} and mention.how != "demonym":
            return _speaker_of(mention)
    return Speaker(None, None, None)


def _compatible(speaker: Speaker, kind: str) -> bool:
    """Whether "he/she" (kind person) or "they/it/we" can refer to ``speaker``; not "he/she" to a plural
    description ("Officials", "two sources")."""
    if speaker.actor_type is not None:
        return (speaker.actor_type == "person") == (kind == "person")
    words = (speaker.name or "").split()
    last = words[-1].lower() if words else ""
    plural = last.endswith("s") and (last[:-1] in attr.PERSON_NOUNS or last[:-2] in attr.PERSON_NOUNS)
    looks_personal = bool(words) and (words[-1][:1].isupper() or last in attr.PERSON_NOUNS) and not plural
    return looks_personal if kind == "person" else not looks_personal


def _clean_source(source: str) -> str:
    return " ".join(source.split())




# ---------------------------------------------------------------------------
# Salience: subjects, not objects
# ---------------------------------------------------------------------------

def subject(text: str, sentence: Sentence, mentions: Sequence[Mention], *, before: int) -> tuple[int, int] | None:
    """The first actor mention of the sentence that is not the object of a preposition nor a possessor,
    before ``before``; the person it introduces when it only modifies one ("Villa manager Unai Emery",
    "Spain's King Felipe VI"); else a pronoun opening the sentence ("She declined ..., saying")."""
    quoted = [(t.start, t.end) for t in sentence.tokens if t.kind == "quote"]
    inside_sentence = [m for m in mentions if sentence.start <= m.start < before]
    for position, mention in enumerate(inside_sentence):
        if mention.how == "demonym" or inside(mention.start, mention.end, quoted):
            continue
        if not is_salient(sentence.tokens, mention.start):
            continue
        following = inside_sentence[position + 1] if position + 1 < len(inside_sentence) else None
        if following is not None and following.actor_type == "person" and mention.actor_type != "person" \
                and _MODIFIES.fullmatch(normalize(text[mention.end:following.start])):
            return following.start, following.end
        if _possessive(text, mention.end):
            continue
        return mention.start, mention.end
    words = [t for t in sentence.tokens if t.kind == "word"]
    if words and words[0].lower in attr.PRONOUNS and words[0].start < before:
        return words[0].start, words[0].end
    return None


# Between a body and the person it introduces: "Villa manager ", "Spain's King ", "Kremlin spokesman ".
_MODIFIES = re.compile(r"(?:'s)?(?:\s+[A-Za-z.-]+){0,3}\s+")


def _possessive(text: str, end: int) -> bool:
    """``Mohammad's admission``: a possessor is no subject."""
    return normalize(text[end:end + 2]) == "'s"


_OBJECT_PREPOSITIONS = frozenset(
    "of to by with from for about against at in on into over under between among like than toward towards "
    "including via despite".split()
)


_NAME_LEAD = frozenset("the a an former late then ex".split())


def is_salient(tokens: Sequence[Token], position: int) -> bool:
    """A mention in subject position: after its titles, only a clause start, punctuation or a conjunction.

    ``statements of former adviser John Bolton`` (a preposition) and ``which
    removed Evo Morales`` (a verb) are objects, so not salient.
    """
    index = attr.token_index(tokens, position) - 1
    while index >= 0:
        token = tokens[index]
        if token.kind != "word":
            return True
        lower = token.lower
        if token.capitalized or lower in attr.TITLE_WORDS or lower in attr.ROLE_NOUNS or lower in _NAME_LEAD:
            index -= 1
            continue
        return lower in attr._BOUNDARY_WORDS and lower not in _OBJECT_PREPOSITIONS
    return True
