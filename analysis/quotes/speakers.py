"""Who speaks: resolving an attribution's source to an actor.

Rules, in order, for the source of one attribution (``analysis.quotes.attribution``):

* "I" is the voice of its passage: the person of the latest turn label, else
  the latest salient person not named inside a first-person passage
  (:mod:`analysis.quotes.first_person`);
* "we" is left unresolved (the speaker's own side, which the text seldom names
  next to it: the latest organisation named is as often the other side);
* "he" or "she" refers to the most recent *salient* compatible person before
  it: the previous resolved speaker, or a person mentioned in subject position
  -- not a person named after a preposition or a verb ("statements of ... John
  Bolton", "which removed Evo Morales"), nor a later name of a list after one
  ("married to Ann Lee, Tom Hart and Joe Brenner"), and not a possessor
  ("Mohammad's admission") unless it opens its sentence and possesses no person ("Actor Brendan Fraser's
  appearance was ..."), nor a person named only in a caption line, nor a role mention in apposition to a name ("Ali
  Khamenei, the Supreme Leader of Iran,": the name is the antecedent), nor a person whose gender the article never
  shows named more than two paragraphs back ("There was a woman in the front row ... she said"); an unnamed
  source ("a nurse") only within two paragraphs, and never one headed by a pronoun ("((WN)) You");
  never the person whose labelled turn it stands in ("((Jane Roe)) My mother ... she said": nobody);
  a person known to be of the pronoun's gender in its sentence or the one before comes before a later name of
  unknown gender ("Vanderbilt was married to ... director Sidney Lumet; ... according to her memoirs");
  with no salient person fitting, the latest person fitting that is not named after a preposition ("When Kim
  Laval first played it, he said"; not "a complaint against Tom Hart");
  "him", "her", "them" as the whole source ("according to him") refer back like "he", "she", "they";
  nobody when an unnamed person stands as a subject in between ("One of the
  victims decided ... She said", "There was a girl, she ...": :mod:`analysis.quotes.unnamed_subjects`), and
  a later pronoun of that gender means that unnamed person too (nobody) until a person of that gender is named
  as a subject again or two paragraphs have passed;
* "they" or "it" refers to a body named as a subject in its sentence or the
  one before ("The NBA did not release ... They did say"), else to the latest
  speaker that can be a group or body within two paragraphs; never to a body
  named only as an object ("a report from ABC", "between Turkey and Libya"); nobody when unnamed people
  stand as a subject in between ("The researchers used ..., they observed") or when its sentence opens
  with an unnamed group ("The stores were reluctant, according to a report from ABC in which they said");
* a thing carrying words owned by "his", "her" or a possessive description ("his office", "her memoirs", "the
  party's statement") is resolved as its owner ("he", "she", "the party"): :mod:`analysis.quotes.voice_owners`;
  one nobody owns ("the statement", "a report") as whoever the text said put it out ("the ministry released a
  statement", "a report from the NTSB"): :mod:`analysis.quotes.issuers`;
* a source containing a person mention names that person (the mentions
  table links "Lavrov" to "Sergey Lavrov");
* "the latter" and "the former" name the second or first of the last two actors named in its sentence or the one
  before (:mod:`analysis.quotes.pair_references`);
* a description named in apposition right before its cue ("The study's lead
  author, doctoral candidate Jane Roe, said") is that person
  (:mod:`analysis.quotes.apposed_names`);
* a definite role phrase ("the archbishop", "the head of Russian
  diplomacy") names the latest person introduced with that role word, else,
  when it is a bare description ("the minister", "the 23-year-old"; not "the
  head of the police's investigators"), refers back like "he"; one whose capitalised words belong to a body or
  place named before ("the Wooster professor") refers back to a person of its sentence or the one before;
* a lower-case body description that, capitalised, is exactly the name of one body of the article ("according to
  the emergencies ministry" where the "Emergencies Ministry" is named, before or after it) names that body;
* a source that is exactly a name the article links to one actor elsewhere ("GitHub said" where the mentions
  table skipped this "GitHub") names that actor (:mod:`analysis.quotes.known_names`);
* a person name the mentions table missed is read from the source itself
  ("... Amnesty International Man-kei Tam"; a lone surname takes the given
  name written before it earlier in the article; never from a name after "the" or a preposition, "the National
  Conference of State Legislatures", "data from the Gun Violence Archive"), and is that person's actor when the
  article links the name to one, or a lone surname to one person named before ("Representative Adam Schiff ...
  Schiff said");
* an organisation or country mention that heads the source ("the WHO",
  "a spokesperson for the UN"; a demonym only before a noun of government, "the German government":
  :mod:`analysis.quotes.national_governments`) names that actor,
  a party's plural member noun ("Republicans argued") its party, a body noun alone ("Police said") the body
  named with it ("Thames Valley Police"; in its actor's name or in the words the text wrote, "the Metropolitan
  Police" of Scotland Yard), and a bare "the government" the one country the article has named
  before it (else the country whose government it named last, nearby: "the government of Samoa"); not one
  inside a longer name ("the Cyprus Mail", "the Baltimore Sun"), nor one before a noun for people other than a
  spokesperson ("a Reuters reporter", "an FBI agent": a person of its own), nor a possessor before people
  ("Johnson's critics", "Shapiro's widow": :mod:`analysis.quotes.possessors`), nor a person possessing a body of
  its own ("Day's animal foundation", "Trump's company": the body named before with the person's name, else the
  source's words, unlinked; "Ruiz's office", "Ruiz's campaign" still speak for Ruiz), nor a place before a noun ("Omsk
  hospital"), after a name and "of" ("ABC of Australia") or locating a name before it ("the University of
  California, Los Angeles", "Washington, D.C.");
* otherwise the speaker is the source's words ("an eyewitness"), unlinked.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, replace
from itertools import compress, count
from operator import attrgetter
from typing import Callable, Collection, Iterable, Iterator, Mapping, Sequence

from analysis.actors.gender import (
    GENDERED_PRONOUNS, agrees, description_gender, object_pronoun, person_genders, pronoun_gender,
)
from analysis.actors.trade_nouns import agent_noun, trade_noun
from analysis.quotes import attribution as attr
from analysis.quotes.attribution import Attribution
from analysis.quotes.captions import in_caption
from analysis.quotes.context import MENTION_COLUMNS, Article, Mention, Mentions, Spans
from analysis.quotes.ages import age_holder, described_age
from analysis.quotes.apposed_names import named_in_apposition
from analysis.quotes.issuers import issuer
from analysis.quotes.known_names import named_elsewhere, surname_holder
from analysis.quotes.first_person import (
    addressed_interviewee, first_person_passages, floor_at, in_passages, in_question, is_first_person,
    is_second_person, turn_at,
)
from analysis.quotes.national_governments import bare_government, named_government, national_government, sole_country
from analysis.quotes.pair_references import paired_actor
from analysis.quotes.possessors import people_noun, possessed_body, possesses_people
from analysis.quotes.reporter_tokens import Token
from analysis.quotes.roles import role_bound_actors, role_holder
from analysis.quotes.source_phrases import PRONOUNS
from analysis.quotes.source_names import PREPOSITION_WORDS, after_preposition, unlisted_name
from analysis.quotes.unnamed_subjects import opens_with_unnamed_group, unnamed_subject_between
from analysis.quotes.voice_owners import voice_owner
from analysis.quotes.subjects import addressed, is_salient, object_list_member, possessive, topic_possessor
from analysis.text.lexicon import singular_forms, union as lexicon_union, words as lexicon_words
from analysis.text.normalization import normalize

__all__ = ["MENTION_COLUMNS", "Speaker", "resolve_speakers"]

# Word patterns of the rules below, compiled once (``re.findall`` with a pattern string looks it up per call).
_WORDS = re.compile(r"[\w'-]+")  # words with apostrophes and hyphens, as written
_LOWER_WORDS = re.compile(r"[a-z]+")  # the letters of a lower-cased phrase
_LOWER_HYPHENED = re.compile(r"[a-z-]+")  # the same, hyphenated words whole


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: display name, actor id and actor type (each None when unknown).

    ``gender`` is set only for an unnamed person a pronoun was left to ("There was a girl, she ... She told me"):
    no name and no id, but a later pronoun of that gender refers to the same person, not to a name before it.
    """

    name: str | None
    actor_id: str | None
    actor_type: str | None
    gender: str | None = None


class _History:
    """Speakers named so far, by position: the salient persons, then each resolved speaker as it comes.

    Unnamed speakers introduced indefinitely ("A senior official") are also indexed by their words.
    """

    def __init__(self, items: Iterable[tuple[int, Speaker]]) -> None:
        self._positions: list[int] = []
        self._speakers: list[Speaker] = []
        self._described: dict[str, list[tuple[int, int, Speaker]]] = {}  # word -> (position, order added, speaker)
        for position, speaker in items:
            self.add(position, speaker)

    def add(self, position: int, speaker: Speaker, *, described_as: str | None = None) -> None:
        """Remember ``speaker`` at ``position`` (after any speaker already at that position); an indefinite
        ``described_as`` ("an Interpol spokesperson") or unnamed speaker is also indexed by its words."""
        index = bisect_right(self._positions, position)
        self._positions.insert(index, position)
        self._speakers.insert(index, speaker)
        description = described_as if described_as is not None else speaker.name if speaker.actor_id is None else None
        if description:
            words = [w.lower() for w in _WORDS.findall(normalize(description))]
            if words and words[0] in _INDEFINITE:
                entry = (position, len(self._speakers), speaker)
                for word in set(words):
                    insort(self._described.setdefault(word, []), entry)

    def described(self, nouns: Iterable[str], position: int) -> tuple[int, Speaker] | None:
        """The latest unnamed speaker before ``position`` introduced indefinitely with one of ``nouns``
        (at one position, the one added first)."""
        best: tuple[int, int, Speaker] | None = None
        for noun in nouns:
            entries = self._described.get(noun)
            if not entries:
                continue
            index = bisect_left(entries, (position,)) - 1
            if index < 0:
                continue
            first = entries[bisect_left(entries, (entries[index][0],))]
            if best is None or (first[0], -first[1]) > (best[0], -best[1]):
                best = first
        return None if best is None else (best[0], best[2])

    def before(self, position: int) -> Iterator[tuple[int, Speaker]]:
        """The speakers before ``position``, latest position first; at one position, in the order added."""
        positions = self._positions
        end = bisect_left(positions, position)
        while end > 0:
            group = bisect_left(positions, positions[end - 1], 0, end)
            for index in range(group, end):
                yield positions[index], self._speakers[index]
            end = group


def resolve_speakers(article: Article, quoted: Sequence[tuple[int, int]],
                     *, unspoken: Collection[tuple[int, int]] = ()) -> dict[tuple[int, int], Speaker]:
    """Speaker of every attribution with a source, keyed by (cue_start, source_start), in text order.

    ``quoted`` holds the outer spans of the quotations: mentions inside them
    are no antecedents (the speaker's own words name others). ``unspoken``: the keys of attributions that
    report no speech ("when Vizmedia dubbed the first two seasons", "a comet called Wild 2": a naming verb
    with no quotation); they get a speaker, but only a known person among them ("I was called by Matthew")
    becomes an antecedent of a later "she" (:func:`analysis.quotes.step.unspoken_attributions`). "I" never does.
    """
    quotes = Spans(quoted)
    outside = Mentions([m for m in article.mentions if not quotes.contain(m.start, m.end)])
    genders = _genders(article, outside)
    resolved: dict[tuple[int, int], Speaker] = {}
    history = _History((m.start, _speaker_of(m)) for m in _subject_mentions(article, outside))
    attributions = sorted(
        {(a.cue_start, a.source_start): a for s in article.sentences for a in s.attributions if a.source is not None}.values(),
        key=lambda a: (a.source_start, a.cue_start),
    )
    for attribution in attributions:
        speaker = _resolve_one(article, attribution, outside, history, genders, quotes=quotes)
        resolved[(attribution.cue_start, attribution.source_start)] = speaker
        if (speaker.name is not None and not is_first_person(attribution.source)
                and (_known_person(speaker) or (attribution.cue_start, attribution.source_start) not in unspoken)) \
                or _unnamed_person(speaker):
            history.add(attribution.source_start, speaker, described_as=attribution.source)
        said = pronoun_gender(attribution.source or "")
        if said is not None and speaker.actor_id is not None and speaker.actor_type == "person":
            genders.setdefault(speaker.actor_id, said)  # pronoun history: "she" resolved to X makes X "she"
    return resolved


def _unnamed_person(speaker: Speaker) -> bool:
    """An unnamed person a "he" or "she" was left to (:class:`Speaker`'s ``gender``)."""
    return speaker.name is None and speaker.gender is not None


def _known_person(speaker: Speaker) -> bool:
    """A speaker linked to a person of the mentions table (not a source's words, not a body or a place)."""
    return speaker.actor_id is not None and speaker.actor_type == "person"


def _genders(article: Article, mentions: Sequence[Mention]) -> dict[str, str]:
    """Gender evidence for the article's persons (:mod:`analysis.actors.gender`), by actor id; first names
    from the actor dictionary in force. Of each sentence's words only the gendered pronouns are passed (the
    others give no evidence)."""
    people = [(m.start, m.end, m.actor_id, m.actor or "") for m in mentions
              if m.actor_type == "person" and m.actor_id is not None]
    if not people:
        return {}
    starts = sorted(person[0] for person in people)
    words = [(s.start, s.end, _subject_pronouns(s.tokens)) for s in article.sentences
             if bisect_left(starts, s.start) < bisect_left(starts, s.end)]  # pronoun evidence needs a person inside
    return person_genders(article.document, people, words, dictionary=article.lexicon.dictionary)


_LOWER = attrgetter("lower")  # a token's lower-case form


def _subject_pronouns(tokens: Sequence[Token]) -> list[tuple[int, str]]:
    """The gendered pronouns of a sentence's tokens that may refer to a person before them: not objects
    ("described her as", :func:`analysis.actors.gender.object_pronoun`)."""
    found = []
    for index in compress(count(), map(GENDERED_PRONOUNS.__contains__, map(_LOWER, tokens))):  # pronouns only
        token = tokens[index]
        if token.kind != "word":
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if not object_pronoun(token.text, following.text if following is not None and following.kind == "word" else None):
            found.append((token.start, token.text))
    return found


def _subject_mentions(article: Article, mentions: Sequence[Mention], types: frozenset[str] = frozenset({"person"}),
                      ) -> list[Mention]:
    """Mentions of ``types`` (persons by default) that are not objects of a preposition: likely subjects, so
    salient antecedents."""
    out = []
    sentences, starts, titles = article.sentences, article.sentence_starts, article.lexicon.titles
    if not sentences:
        return out
    for mention in mentions:
        if mention.actor_type not in types:
            continue
        sentence = sentences[attr.sentence_at(starts, mention.start)]
        if is_salient(sentence, mention.start, titles=titles, agents=True) \
                and (not possessive(article.view, mention.end)
                     or (mention.actor_type == "person" and topic_possessor(sentence, mention.start, mention.end + 2,
                                                                            titles=titles))) \
                and not addressed(sentence, mention.start, mention.end, titles=titles) \
                and not in_caption(article, mention.start) \
                and not object_list_member(article, sentence, mention, titles=titles, agents=True) \
                and not _apposed_role(article, mention):
            out.append(mention)
    return out


def _apposed_role(article: Article, mention: Mention) -> bool:
    """``Sayyid Ali Khamenei, the Supreme Leader of Iran, ordered``: a role mention in apposition to the person
    named right before it (only a comma between) describes that person, who is the antecedent; it is none of
    its own (its link may name another holder of a like role)."""
    if mention.how != "role":
        return False
    before = article.view[max(0, mention.start - 3):mention.start]
    comma = before.rfind(",")
    if comma < 0 or before[comma + 1:].strip():
        return False
    end = mention.start - len(before) + comma
    return any(m.end == end and m.actor_type == "person" for m in article.mentions.overlapping(end - 1, end))


def _speaker_of(mention: Mention) -> Speaker:
    return Speaker(mention.actor, mention.actor_id, mention.actor_type)


def _resolve_one(
    article: Article, attribution: Attribution, mentions: Mentions, history: _History, genders: Mapping[str, str],
    *, quotes: Spans,
) -> Speaker:
    """The speaker an attribution's source names (see the module docstring for the order of rules)."""
    start, end = attribution.source_start, attribution.source_end
    source = attribution.source or ""
    view = article.view
    subject = _SUBJECT_FORMS.get(source.strip().lower())
    if subject is not None:  # "according to him": resolved like "he"
        return _resolve_one(article, replace(attribution, source=subject), mentions, history, genders, quotes=quotes)
    if is_first_person(source):
        return _first_person(article, start, mentions, history, genders, quotes)
    if is_second_person(source):
        addressed = addressed_interviewee(article, start, end)
        if addressed is not None:
            return _speaker_of(addressed)  # "((WN)) You said that ...": the interviewee who answers next
    if attr.is_pronoun(source):
        kind = PRONOUNS[source.strip().lower()]
        if kind == "own side":
            return Speaker(None, None, None)  # "we": whichever group the voice speaks for, not the latest one named
        if kind != "person":
            return _group_antecedent(article, start, kind, mentions, history,
                                     bodies=article.lexicon.organization_nouns | GENERIC_BODIES)
        gender = pronoun_gender(source)
        found = _antecedent(start, kind, history, genders=genders, gender=gender,
                            fallback=_unsalient_persons(article, start, mentions), near=_within_reach(article, start),
                            unnamed=lambda at: unnamed_subject_between(article, at, start, gender),
                            close=_close(article, start))
        return _NOBODY if _is_voice(article, start, found) else found
    owner = voice_owner(view[start:end])
    if owner is not None:  # "his office", "the party's statement": the owner speaks
        phrase, length = owner
        found = _resolve_one(article, replace(attribution, source=phrase, source_end=start + length), mentions,
                             history, genders, quotes=quotes)
        if found.actor_id is not None:
            return found
    issued = issuer(article, start, end, _within_reach(article, start))
    if issued is not None:  # "the statement said" after "the ministry released a statement": the ministry speaks
        found = _resolve_one(article, replace(attribution, source=article.text[issued[0]:issued[1]],
                                              source_start=issued[0], source_end=issued[1]),
                             mentions, history, genders, quotes=quotes)
        if found.actor_id is not None:
            return found
    inner = mentions.overlapping(start, end)
    people = [m for m in inner if m.actor_type == "person" and not possessive(view, m.end)
              and not after_preposition(article, start, m.start)]
    if people:
        return _speaker_of(people[-1])
    named_after = named_in_apposition(article, attribution, mentions)
    if named_after is not None:
        return _speaker_of(named_after)
    source_view = view[start:end]  # the source's normalised words
    paired = paired_actor(article, source_view, start, mentions)
    if paired is not None:  # "the FAA and the NTSB, with the latter confirming"
        return _speaker_of(paired)
    if attr.is_role_description(source) or described_age(source_view) is not None or _person_description(source_view):
        found = _described_antecedent(article, source_view, start, mentions, history, genders)
        if found.name is not None:
            return found
    body = _organization_described(article, source_view, start, mentions) or _body_named_so(article, source_view)
    if body is not None:
        return body
    country = None
    if bare_government(source_view):  # "the government said": the one country named so far, else the one whose
        # government was named last, nearby
        country = sole_country(mentions.ending_by(start), article.lexicon.dictionary.entries) \
            or named_government(view, mentions.ending_by(start), _within_reach(article, start))
    if country is not None:
        return _speaker_of(country)
    if not inner and source_view[:1].isupper():
        known = named_elsewhere(article, source_view)
        if known is not None:  # "GitHub said" where the mentions table skipped this "GitHub"
            return _speaker_of(known)
    name = unlisted_name(article, start, end, inner)
    if name is not None:  # the person the article names so; for a lone surname, the one person with it
        lone = source_view.strip()  # ("Schiff said" -> "Adam Schiff"; not when Tom Hart and Ann Hart are named)
        known = surname_holder(article, lone, start) if " " not in lone else \
            named_elsewhere(article, name, actor_type="person")
        return _speaker_of(known) if known is not None else Speaker(name, None, "person")
    owned = _owned_body(article, attribution, inner, mentions)
    if owned is not None:  # "Day's animal foundation said": the body speaks, not Day
        return owned
    named = [m for m in inner if (m.how != "demonym" or national_government(view, m.end, end)
                                  or _party_members(view, m, end))
             and _heads_source(article, start, end, m)
             and not possesses_people(view, m.end, end, person=m.actor_type == "person")]
    if named:
        return _speaker_of(named[-1])
    apposed = _apposed_person(article, start, mentions, source_view)
    if apposed is not None:
        return _speaker_of(apposed)
    return Speaker(_clean_source(source), None, None)


# An object pronoun as the whole source ("according to him") refers back like its subject form.
_SUBJECT_FORMS = {"him": "he", "her": "she", "them": "they"}


def _party_members(view: str, mention: Mention, source_end: int) -> bool:
    """``Republicans argued``, ``House Democrats said``: a party's plural member noun (a demonym of an
    organisation) ending the source speaks for its party; "a Republican senator" does not."""
    return mention.actor_type == "organization" and view[mention.start:mention.end].endswith("s") \
        and not view[mention.end:source_end].strip()


def _is_voice(article: Article, position: int, speaker: Speaker) -> bool:
    """Whether ``speaker`` is the person whose labelled turn ``position`` stands in (``((Jane Roe)) My mother
    ... she said``): that voice calls itself "I", so a "he" or "she" in its own answer is someone else, most
    often someone it names no more than "another girl" (then nobody)."""
    if speaker.actor_id is None:
        return False
    turn = turn_at(article, position)
    return turn is not None and turn.person is not None and turn.person.actor_id == speaker.actor_id


def _apposed_person(article: Article, source_start: int, mentions: Mentions, source_view: str) -> Mention | None:
    """``John Hutchinson, an evolutionary biomechanicist at ...``: a singular description source in apposition
    to the person named right before it (only a comma between) is that person, when that person stands in
    subject position ("Asked about Kowalczyk, a spokesman said": Kowalczyk is an object, not the spokesman)."""
    if _plural_source(source_view):
        return None  # "After the talks with Maria Okonkwo, officials said"
    for mention in mentions.ending_by(source_start):
        if mention.actor_type == "person" and _APPOSITION.fullmatch(article.view, mention.end, source_start) \
                and _subject_mentions(article, [mention]):
            return mention
        return None
    return None


def _plural_source(source_view: str) -> bool:
    """A source whose head word is a plural person noun ("officials", "the residents")."""
    words = _LOWER_WORDS.findall(source_view.lower())
    return bool(words) and _plural_person_noun(words[-1])


def _plural_person_noun(word: str) -> bool:
    """Whether a lower-case ``word`` is the plural of a person noun ("officials", "witnesses", "deputies")."""
    return any(form in attr.PERSON_NOUNS for form in singular_forms(word))


_APPOSITION = re.compile(r"\s*,\s*")


def _first_person(
    article: Article, position: int, mentions: Mentions, history: _History, genders: Mapping[str, str], quotes: Spans,
) -> Speaker:
    """"I": the person of the latest turn label (none: unknown), else the latest salient person not named
    inside a first-person passage (:mod:`analysis.quotes.first_person`)."""
    turn = turn_at(article, position)
    if turn is not None:
        return _speaker_of(turn.person) if turn.person is not None else Speaker(None, None, None)
    if in_question(article, position):
        return Speaker(None, None, None)  # the interviewer's question, not the voice of the answers
    called = floor_at(article, position)
    if called is not None:
        return _speaker_of(called)  # "Miss Rosenthal?" / "Thank you. ... I say": the person given the floor
    passages = first_person_passages(article, quotes)
    starts = [start for start, _ in passages]
    return _antecedent(position, "person", history, genders=genders, fallback=_persons_before(mentions, position),
                       allowed=lambda at: not in_passages(passages, at, starts))


# "a spokesperson for the UN", "a Downing Street spokesperson": the body speaks; "a Hamas official" does not.
SPOKES_NOUNS = lexicon_words("spokes_nouns")
# "the group said", "the network said": the latest organisation or media actor named before speaks, whatever its name.
_GENERIC_MEDIA = lexicon_words("generic_media_bodies")
GENERIC_BODIES = lexicon_words("generic_organization_bodies") | _GENERIC_MEDIA


def _described_antecedent(
    article: Article, source_view: str, position: int, mentions: Mentions, history: _History,
    genders: Mapping[str, str],
) -> Speaker:
    """``the official``, ``the minister``, ``the 23-year-old``: the latest of an unnamed source described with
    the same noun ("a senior WHO official", "one of the officials") and the person who holds that role
    (:func:`analysis.quotes.roles.role_holder`: "Foreign Minister Sergei Lavrov", "X, the CEO of Y"; else a
    person with that role word near the name); "the 45-year-old" the person written with that age
    (:mod:`analysis.quotes.ages`); else, for a bare role or age description, the latest salient person (like
    "he"); a plain person noun ("the teacher") names only a person the article wrote with that noun."""
    noun = source_view.lower().split()[-1].strip(".,")
    unnamed = _unnamed_source(noun, position, history)
    age = described_age(source_view)
    aged = age_holder(article.view, age, position, mentions) if age is not None else None
    if aged is not None:  # "Tom Hart, 45, ... the 45-year-old said"; ages written, none 45: someone unnamed
        holder = (aged.mention.start, _speaker_of(aged.mention)) if aged.mention is not None else None
        found = [candidate for candidate in (unnamed, holder) if candidate is not None]
        return max(found, key=lambda candidate: candidate[0])[1] if found else \
            Speaker(_clean_source(article.text[position:position + len(source_view)]), None, None)
    bound = role_holder(article, source_view, position, mentions)
    if bound is not None and bound.mention is None:  # "the health minister" when only the aviation minister is known
        return unnamed[1] if unnamed is not None else \
            Speaker(_clean_source(article.text[position:position + len(source_view)]), None, None)
    holder = (bound.position, _speaker_of(bound.mention)) if bound is not None else \
        _role_holder(article, source_view, position, mentions)
    candidates = [found for found in (unnamed, holder) if found is not None]
    if candidates:
        return max(candidates, key=lambda found: found[0])[1]
    affiliated = _affiliated_description(source_view, position, mentions)
    if not (_bare_description(source_view) or affiliated) or not (age or _source_roles(source_view)):
        return _NOBODY  # "the head of the police's investigators", "the Alachua Sheriff's Office": someone new;
        # "the teacher" names only a person the article calls a teacher, never the latest person
    found = _antecedent(position, "person", history, genders=genders, gender=description_gender(source_view),
                        fallback=_persons_before(mentions, position),
                        allowed=_close(article, position) if affiliated else None)
    if _source_roles(source_view) and found.actor_id in role_bound_actors(article, mentions):
        return _NOBODY  # "Tom Hart, the president's spokesman, ... the president said": not the spokesman
    return found


def _person_description(source_view: str) -> bool:
    """``the teacher``, ``the victim's mother``: a definite phrase with a plain person noun (not a role) among
    its first words, which names the person the article wrote with that noun (:mod:`analysis.quotes.roles`)."""
    words = _LOWER_HYPHENED.findall(source_view.lower())
    return bool(words) and words[0] == "the" and any(word in _PLAIN_PERSON_NOUNS for word in words[1:4])


_PLAIN_PERSON_NOUNS = attr.PERSON_NOUNS - attr.ROLE_NOUNS


def _bare_description(source_view: str) -> bool:
    """``the minister``, ``the 23-year-old``, ``the veteran striker``: a definite description of lower-case
    words only, which refers back to someone already in the story. One with a complement or a possessor ("the
    head of the police's internal investigators", "the spokesperson for the German government") or a name
    ("the U.S. Justice Department") introduces someone new as often, so it is not read like "he"."""
    words = re.findall(r"[\w'’-]+", source_view)[1:]  # after "the"
    return bool(words) and all(word.islower() or not word[:1].isalpha() for word in words) \
        and not any(word.lower() in PREPOSITION_WORDS or word.endswith(("'s", "’s")) for word in words)


def _affiliated_description(source_view: str, position: int, mentions: Mentions) -> bool:
    """``the Wooster professor``, ``the Boulder researchers``: a definite description whose capitalised words each
    belong to the name of a body or place named before ("the College of Wooster") and are otherwise bare (see
    :func:`_bare_description`): an affiliation of someone just named, who is read back only from the sentence
    before (a name of its own, "the U.S. Justice Department", has words no body named before carries; a
    person's name, "the Trump adviser", is someone else)."""
    words = re.findall(r"[\w'’-]+", source_view)
    names = [word for word in words[1:-1] if word[:1].isupper()]
    if not names or not words[-1].islower():
        return False
    rest = " ".join(word for word in words if word not in names)
    return _bare_description(rest) and all(
        mentions.latest(("affiliation", name.lower()), _carries(name.lower()), position) >= 0 for name in names)


def _carries(word: str) -> Callable[[Mention], bool]:
    """Whether a mention of a body or place has ``word`` (lower case) in its name."""
    def select(mention: Mention) -> bool:
        return mention.actor_type in _AFFILIATION_TYPES and mention.how != "demonym" \
            and word in re.findall(r"[\w'’-]+", (mention.actor or "").lower())
    return select


_AFFILIATION_TYPES = frozenset({"organization", "media", "country", "place", "region"})


def _unnamed_source(noun: str, position: int, history: _History) -> tuple[int, Speaker] | None:
    """The latest unnamed speaker before ``position`` described with ``noun`` (or its plural)
    and introduced indefinitely: "A senior administration official", "One of the officials"."""
    return history.described((noun, noun + "s"), position)


_INDEFINITE = lexicon_words("indefinite_openers")  # "A senior official", "One of the officials"


def _organization_described(article: Article, source_view: str, position: int, mentions: Mentions) -> Speaker | None:
    """``the ministry``, ``the paramilitary group``: the latest organisation named before whose name has that
    noun ("Health Ministry") and any capitalised word before it ("the Health Ministry" is not the Foreign
    Ministry); for a generic noun ("the group", "the company") the latest organisation within
    ``_UNNAMED_REACH`` paragraphs, unless a capitalised word makes the source a name of its own ("the Saudi
    Press Agency" is not the last agency named); for a noun of ``lexicon/named_body_nouns.txt`` ("the
    commission", "the fire service") only the latest body whose name carries every word of the source; such a
    noun alone ("Police said", after "Thames Valley Police") is read as "the police"."""
    written = _WORDS.findall(source_view)
    words = [w.lower() for w in written]
    if len(words) == 1 and words[0] in _NAMED_BODY_NOUNS:
        written, words = ["the", *written], ["the", *words]
    if len(words) < 2 or len(words) > 4 or words[0] != "the":
        return None
    noun = words[-1]
    known = noun in article.lexicon.organization_nouns or noun in GENERIC_BODIES
    named_only = not known and noun in _NAMED_BODY_NOUNS  # "the commission": only a body named with the source's words
    if not known and not named_only:
        return None
    capitalized = tuple(w.lower() for w in written[1:-1] if w[:1].isupper() or named_only)

    def named(mention: Mention) -> bool:
        if not _body(mention):
            return False  # a person or a place: its name's words are not split
        name_words = _name_words(article, mention)
        return (noun in name_words or noun + "s" in name_words) and all(word in name_words for word in capitalized)

    found = mentions.latest(("body named", noun, capitalized), named, position)
    if found >= 0:
        return _speaker_of(mentions[found])
    if noun in GENERIC_BODIES and not capitalized:
        kind = "media" if noun in _GENERIC_MEDIA else "organization"
        found = mentions.latest(("body", kind), lambda m: _body(m) and m.actor_type == kind, position)
        if found >= 0 and _within_reach(article, position)(mentions[found].start):
            return _speaker_of(mentions[found])  # not a company named paragraphs back: the text moved on
    return None


def _body_named_so(article: Article, source_view: str) -> Speaker | None:
    """``the emergencies ministry`` where the article names the "Emergencies Ministry" (before the source or
    after it): a definite description of two or more lower-case words ending with a body noun that, each word
    capitalised, is exactly the name of one organisation or outlet of the article
    (:func:`analysis.quotes.known_names.named_elsewhere`); None otherwise ("the health ministry" where no
    body, or two, are named "Health Ministry"; a bare "the ministry" names no body by its words)."""
    words = source_view.split()
    if len(words) < 3 or words[0].lower() != "the" or not all(word.isalpha() and word.islower() for word in words[1:]):
        return None
    noun = words[-1]
    if noun not in article.lexicon.organization_nouns and noun not in GENERIC_BODIES and noun not in _NAMED_BODY_NOUNS:
        return None
    known = named_elsewhere(article, " ".join(word.capitalize() for word in words[1:]))
    return _speaker_of(known) if known is not None and _body(known) else None


def _owned_body(article: Article, attribution: Attribution, inner: Sequence[Mention],
                mentions: Mentions) -> Speaker | None:
    """``Day's animal foundation``, ``Trump's company``: a body a person heading the source possesses speaks for
    itself (:func:`analysis.quotes.possessors.possessed_body`): the body named before whose name carries the
    person's last name and the noun ("the Doris Day Animal Foundation"), else the source's words, unlinked; None
    when no person heading the source possesses a body."""
    view = article.view
    source_start, source_end = attribution.source_start, attribution.source_end
    nouns = article.lexicon.organization_nouns | GENERIC_BODIES
    for mention in inner:
        if mention.actor_type != "person" or not _heads_source(article, source_start, source_end, mention):
            continue
        noun = possessed_body(view, mention.end, source_end, nouns)
        if noun is None:
            continue
        surname = view[mention.start:mention.end].split()[-1]
        return _organization_described(article, f"the {surname} {noun}", source_start, mentions) \
            or Speaker(_clean_source(attribution.source or ""), None, None)
    return None


def _name_words(article: Article, mention: Mention) -> set[str]:
    """The lower-case words of a body's name as its actor is called and as the text wrote it: an alias can say
    what the actor's name does not ("the Metropolitan Police" of Scotland Yard, then "Police said")."""
    written = article.view[mention.start:mention.end]
    return {w.lower() for w in _WORDS.findall(f"{mention.actor or ''} {written}")}


# "the commission", "the court": nouns that head a body's name and refer back only to a body named with them.
_NAMED_BODY_NOUNS = lexicon_words("named_body_nouns")


def _body(mention: Mention) -> bool:
    """An organisation or media outlet named as such (not a demonym)."""
    return mention.how != "demonym" and mention.actor_type in ("organization", "media") and bool(mention.actor)


def _role_holder(article: Article, source_view: str, position: int, mentions: Mentions) -> tuple[int, Speaker] | None:
    """``the archbishop`` -> the latest person with that role word within 60 characters of the name (when no
    role phrase is bound to anyone, :mod:`analysis.quotes.roles`), with the position of that mention. The
    window stops where the source begins: the source's own role word is no evidence for a name before it
    ("Macron met Scholz on Monday. The French president said" is not Scholz)."""
    roles = _source_roles(source_view)
    if not roles:
        return None
    view = article.view

    def introduced_as(role: str) -> Callable[[Mention], bool]:
        def select(mention: Mention) -> bool:
            if mention.actor_type != "person":
                return False
            around = view[max(0, mention.start - 60):mention.start] + " " + view[mention.end:min(mention.end + 60,
                                                                                                    position)]
            return role in re.findall(r"[a-z-]+", _OTHERS_ROLE.sub(" ", around.lower()))
        return select

    found = max(mentions.latest(("introduced as", role), introduced_as(role), position) for role in roles)
    if found < 0:
        return None
    return mentions[found].start, _speaker_of(mentions[found])


# "the president's spokesman", "a spokesman for the president": the president is someone else.
_OTHERS_ROLE = re.compile(r"\b[a-z-]+'s\b|\b(?:for|of|to)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+")


def _source_roles(source_view: str) -> set[str]:
    """The role nouns of a description source ("the prime minister": minister)."""
    return {w for w in _LOWER_HYPHENED.findall(source_view.lower()) if w in attr.ROLE_NOUNS}


def _heads_source(article: Article, source_start: int, source_end: int, mention: Mention) -> bool:
    """Whether a non-person mention is who speaks.

    It opens the source (after a determiner and modifiers: "the pro-democracy Resistance Committees"),
    or follows "of/for/from/at" (a body's member: "a spokesperson for the UN"; a person only through a
    spokesperson or a thing, "a spokesman for Joe Biden", "a post by Amy Cook", not "a lawyer for Joe Biden").
    Before a noun for people (:func:`_people_word`) it speaks only through a spokesperson ("a Downing Street
    spokesperson"), not through "a Hamas official", "a Google engineer" or "a CNN correspondent".
    """
    view = article.view
    following = _WORDS.findall(view[mention.end:source_end])
    if following and _people_word(following[0]):
        return following[0].lower() in SPOKES_NOUNS
    if following and _NAME_GOES_ON.match(view, mention.end, source_end):
        return False  # "the Cyprus Mail": the mention is part of a longer name, which speaks
    if following and mention.actor_type in _PLACE_TYPES and not national_government(view, mention.end, source_end):
        return False  # "Omsk hospital", "a South Carolina radio station": the place only locates who speaks
    if mention.actor_type in _PLACE_TYPES and (mention.start < source_start
                                               or _locates_name_before(article, source_start)):
        return False  # "Jo Roe of the University of California, Los Angeles disagreed", "outside Washington,
        # D.C. saying": a source cut to the place that locates a name before it names no speaker
    lead = view[source_start:mention.start].split()
    words = [w.lower() for w in lead]
    if words and words[-1] == "the":
        words, lead = words[:-1], lead[:-1]
    if words and words[-1] in _MEMBER_PREPOSITIONS:
        if len(lead) > 1 and _named_before_preposition(article, lead[-2],
                                                       view.rfind(lead[-2], source_start, mention.start)):
            return False  # "ABC of Australia": the name before speaks, not the country after it
        if mention.actor_type == "person" and len(words) > 1 and people_noun(words[-2]) \
                and words[-2] not in article.lexicon.titles:
            return False  # "a lawyer for Joe Biden": the lawyer speaks ("Minister of Information X" is X's title)
        return _speaks_for(mention, words[-1])
    return all(word[:1].isupper() or word.lower() in _DETERMINERS or _modifier(word, article.cue_forms) for word in lead)


def _people_word(word: str) -> bool:
    """Whether ``word`` names people: a source, staff, kin or relation noun ("official", "boss", "critics"), or a
    lower-case trade or agent noun, which no list holds all of ("politician", "reporter", "backbencher":
    :mod:`analysis.actors.trade_nouns`)."""
    lower = word.lower()
    forms = {lower, *singular_forms(lower)}
    if lower in _PERSON_NOUNS_AND_PLURALS or lower in SPOKES_NOUNS or forms & _STAFF_NOUNS:
        return True
    return word.islower() and any(trade_noun(form) or agent_noun(form) for form in forms)


# Nouns for a body's staff, a person's kin and relations: "the Apple boss", "the Kurdi family" are no body.
_STAFF_NOUNS = lexicon_union("employee_roles", "person_relatives", "relation_person_nouns")


def _locates_name_before(article: Article, position: int) -> bool:
    """Whether a place at ``position`` follows a name and a comma ("the University of California, Los Angeles",
    "outside Washington, D.C."): it tells where that name is, and a source cut to it names no speaker."""
    match = _COMMA_BEFORE.search(article.view, max(0, position - 3), position)
    if match is None:
        return False
    comma = match.start()
    return any(m.end == comma for m in article.mentions.overlapping(comma - 1, comma))


_COMMA_BEFORE = re.compile(r",\s*\Z")
_MEMBER_PREPOSITIONS = lexicon_words("body_member_prepositions")  # "a spokesperson for the UN"
_PLACE_TYPES = frozenset({"place", "region"})  # places below a country: they speak only as a whole source


def _named_before_preposition(article: Article, word: str, position: int) -> bool:
    """Whether ``word`` (at ``position``), right before "of/for/from/at", ends a name that speaks itself ("ABC of
    Australia"): a capitalised word that is no title, no noun for people and no body noun ("President of Russia",
    "Spokesperson for the UN", "the Embassy of Russia" speak for what follows), and not the first word of its
    sentence ("Part of Trump's tweet" is capitalised only there)."""
    lower = word.lower()
    if not word[:1].isupper() or lower in article.lexicon.titles or lower in _PERSON_NOUNS_AND_PLURALS \
            or lower in SPOKES_NOUNS or lower in article.lexicon.organization_nouns or lower in _NAMED_BODY_NOUNS \
            or lower in GENERIC_BODIES or not article.sentences:
        return False
    sentence = article.sentences[attr.sentence_at(article.sentence_starts, position)]
    first = next((token.start for token in sentence.tokens if token.kind == "word"), None)
    return first != position


# A capitalised word right after a mention: "Cyprus Mail", "Baltimore Sun" (not "FSB (Federal ...)").
_NAME_GOES_ON = re.compile(r" [A-Z][a-z]")


def _speaks_for(mention: Mention, preposition: str) -> bool:
    """After a preposition a body speaks ("a spokesperson for the UN", "an official of Russia"); a place
    only locates the speaker ("staff at Cancun airport", "The Guardian of London")."""
    if mention.actor_type == "place":
        return False
    return mention.actor_type != "country" or preposition in {"of", "for"}


# Articles and demonstratives (and "its", "their"): what may open a body's name ("the", "its own").
_DETERMINERS = (lexicon_words("determiners") - lexicon_words("possessive_determiners")) | {"its", "their"}


def _modifier(word: str, cue_forms: frozenset[str]) -> bool:
    """A lower-case word that may stand before a body's name: not a person noun, a verb form or a preposition;
    a compound ending like a participle is an adjective ("state-owned", "London-based"), a year a date ("a 2019
    Marquette University poll")."""
    lower = word.lower()
    if _YEAR.fullmatch(word):
        return True
    return word.islower() and lower not in attr.PERSON_NOUNS and lower.rstrip("s") not in attr.PERSON_NOUNS \
        and ("-" in lower or not lower.endswith(("ing", "ed"))) and lower not in PREPOSITION_WORDS \
        and lower not in cue_forms


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _plurals(words: frozenset[str]) -> frozenset[str]:
    return frozenset(word + "s" for word in words)


_PERSON_NOUNS_AND_PLURALS = attr.PERSON_NOUNS | _plurals(attr.PERSON_NOUNS)


def _within_reach(article: Article, position: int) -> Callable[[int], bool]:
    """Whether a position is at most ``_UNNAMED_REACH`` paragraphs before the paragraph of ``position``."""
    sentences, starts = article.sentences, article.sentence_starts
    if not sentences:
        return lambda at: True
    paragraph = sentences[attr.sentence_at(starts, position)].paragraph
    return lambda at: paragraph - sentences[attr.sentence_at(starts, at)].paragraph <= _UNNAMED_REACH


def _close(article: Article, position: int) -> Callable[[int], bool]:
    """Whether a position is in the sentence of ``position`` or the one before it."""
    sentences, starts = article.sentences, article.sentence_starts
    if not sentences:
        return lambda at: True
    first = sentences[max(0, attr.sentence_at(starts, position) - 1)].start
    return lambda at: at >= first


# An unnamed source ("a nurse", "eyewitnesses") is referred back to by a pronoun within the next paragraphs;
# one further back is out of reach (a named actor is remembered across the article).
_UNNAMED_REACH = 2


def _antecedent(
    position: int, kind: str, history: _History,
    *, fallback: Iterable[Mention] = (), genders: Mapping[str, str] | None = None, gender: str | None = None,
    allowed: Callable[[int], bool] | None = None, near: Callable[[int], bool] | None = None,
    unnamed: Callable[[int], bool] | None = None, close: Callable[[int], bool] | None = None,
) -> Speaker:
    """The most recent salient person before ``position`` (``kind`` "person": "he", "she", "I", "the minister")
    of ``gender`` (persons of the other gender in ``genders`` are skipped); when ``allowed`` is given, only
    persons named at a position it accepts; ``near``: whether an unnamed speaker found at a position is still
    within the pronoun's reach (else the speaker is unknown: no guess further back); ``unnamed``: whether an
    unnamed person stands as a subject between a position and the pronoun (then nobody: "One of the victims
    decided ... She said", :mod:`analysis.quotes.unnamed_subjects`); ``close``: whether a position is close
    enough that a person known to be of ``gender`` there comes before a later person of unknown gender
    ("Vanderbilt was married to ... director Sidney Lumet; ... according to her memoirs": Vanderbilt).
    When no salient person fits, the first person of ``fallback`` (person mentions latest first: any for "I" and
    a description, :func:`_persons_before`; for "he" and "she" only :func:`_unsalient_persons`) that does.
    "They" and "it": :func:`_group_antecedent`."""
    genders = genders or {}

    def fits(speaker: Speaker, at: int) -> bool:
        if _unnamed_person(speaker):  # only a pronoun refers back to an unnamed person a pronoun was left to
            return unnamed is not None and speaker.gender == gender
        known = genders.get(speaker.actor_id) if speaker.actor_id else description_gender(speaker.name or "")
        if known is None and gender is not None and speaker.actor_id and near is not None and not near(at):
            return False  # "she" paragraphs after a name of unknown gender: no guess that far back
        return agrees(known, gender)

    def settled(at: int, speaker: Speaker) -> Speaker:
        if speaker.actor_id is None and near is not None and not near(at):
            return Speaker(None, None, None)  # an unnamed source paragraphs back: out of reach
        return _unnamed(gender) if unnamed is not None and unnamed(at) else speaker

    guess: tuple[int, Speaker] | None = None  # a person of unknown gender, when a known one may stand close before
    for at, speaker in history.before(position):
        if not _compatible(speaker, kind) or not fits(speaker, at) or (allowed is not None and not allowed(at)):
            continue
        known = genders.get(speaker.actor_id) if speaker.actor_id else None
        if guess is not None:
            return settled(at, speaker) if close(at) and known == gender else settled(*guess)
        if close is not None and gender is not None and speaker.actor_id and known is None and close(at):
            guess = (at, speaker)
            continue
        return settled(at, speaker)
    if guess is not None:
        return settled(*guess)
    for mention in fallback:
        if allowed is not None and not allowed(mention.start):
            continue
        if fits(_speaker_of(mention), mention.start):
            return _unnamed(gender) if unnamed is not None and unnamed(mention.end) else _speaker_of(mention)
    return Speaker(None, None, None)


def _unnamed(gender: str | None) -> Speaker:
    """Nobody named: the unnamed person of ``gender`` standing between a pronoun and the names before it, whom
    a later pronoun of that gender still means (none when the gender is unknown)."""
    return Speaker(None, None, "person", gender) if gender is not None else _NOBODY


def _persons_before(mentions: Mentions, position: int) -> Iterator[Mention]:
    """The person mentions ending by ``position``, latest first: what "I" (an interviewee the prose introduced as
    an object, "Wikinews interviewed Anna Berg") and a description ("Police arrested Tom Hart. ... the
    45-year-old said") may still refer to when no salient person fits."""
    return (mention for mention in mentions.ending_by(position) if mention.actor_type == "person")


def _unsalient_persons(article: Article, position: int, mentions: Mentions) -> Iterator[Mention]:
    """The person mentions ending by ``position``, latest first, that "he" or "she" may still refer to when no
    salient person fits ("Marine biologist Lena Varga has surveyed ... She said", "When Kim Laval first played it,
    he said"): not the object of a preposition ("The court heard a complaint against Tom Hart. ... He said"),
    whom a pronoun hardly ever means: no speaker is better than a wrong one."""
    sentences, starts = article.sentences, article.sentence_starts
    for mention in mentions.ending_by(position):
        if mention.actor_type == "person" and sentences \
                and not after_preposition(article, sentences[attr.sentence_at(starts, mention.start)].start,
                                          mention.start):
            yield mention


def _group_antecedent(
    article: Article, position: int, kind: str, mentions: Mentions, history: _History, *, bodies: frozenset[str],
) -> Speaker:
    """What "they" or "it" (``kind``) at ``position`` refers to: a body named in subject position in the same
    or the previous sentence ("The NBA did not release the name. They said ...") when it comes after the
    latest speaker that can be a group or body; else that speaker (a named body, "Officials", "the
    ministry"), within ``_UNNAMED_REACH`` paragraphs. A body named only as an object ("a report from ABC",
    "the deal between Turkey and Libya") or sentences back with no speaker between is no antecedent.
    Nobody when the latest candidate is no reading of a group ("these problems get"), or when "they" would
    reach a named actor past unnamed people standing as a subject ("The researchers used satellite imagery
    ..., which, they observed": :func:`analysis.quotes.unnamed_subjects.unnamed_subject_between`), or when
    its sentence opens with an unnamed group ("The stores were reluctant ..., in which they said":
    :func:`analysis.quotes.unnamed_subjects.opens_with_unnamed_group`)."""
    near = _within_reach(article, position)
    found: tuple[int, Speaker] | None = None
    for at, speaker in history.before(position):
        if not _compatible(speaker, kind):
            continue
        if not _group_description(speaker, kind, bodies) or not near(at):
            speaker = _NOBODY
        found = (at, speaker)
        break
    sentences = article.sentences
    if not sentences:
        return _NOBODY
    previous = sentences[max(0, attr.sentence_at(article.sentence_starts, position) - 1)].start
    after = max(previous - 1, found[0] if found is not None else -1)
    body = _latest_subject_body(article, position, mentions, after=after)
    if body is not None:
        found = (body.end, _speaker_of(body))
    if found is None or (kind == "group" and found[1].actor_id is not None
                         and unnamed_subject_between(article, found[0], position, None, plural=True)):
        return _NOBODY  # "The researchers used ..., which, they observed": not the body named before
    if kind == "group" and opens_with_unnamed_group(sentences[attr.sentence_at(article.sentence_starts, position)],
                                                    position):
        return _NOBODY  # "The stores were reluctant, according to a report from ABC in which they said"
    return found[1]


_NOBODY = Speaker(None, None, None)
_BODY_TYPES = frozenset({"organization", "country", "media"})


def _latest_subject_body(article: Article, position: int, mentions: Mentions, *, after: int) -> Mention | None:
    """The latest organisation, country or outlet named in subject position (not as a demonym) that ends by
    ``position`` and starts after ``after``."""
    for mention in mentions.ending_by(position):
        if mention.start <= after:
            return None
        if mention.actor_type in _BODY_TYPES and mention.how != "demonym" \
                and _subject_mentions(article, [mention], _BODY_TYPES):
            return mention
    return None


def _compatible(speaker: Speaker, kind: str) -> bool:
    """Whether "he/she" (kind person) or "they/it/we" can refer to ``speaker``; not "he/she" to a plural
    or collective description ("Officials", "two sources", "Police"), judged by its head word
    (:func:`_head_word`: "The head of the investigators" is one person)."""
    if speaker.actor_type is not None:
        return (speaker.actor_type == "person") == (kind == "person")
    head = _head_word(speaker.name or "")
    last = head.lower()
    if last.split("'")[0] in _PERSONAL_PRONOUNS:
        return False  # "((WN)) You", "Maybe you": a source headed by a pronoun names nobody to refer back to
    looks_personal = bool(head) and (head[:1].isupper() or last in attr.PERSON_NOUNS) \
        and not _plural_person_noun(last) and last not in _COLLECTIVE_PERSON_NOUNS  # "Police"
    return looks_personal if kind == "person" else not looks_personal


def _head_word(description: str, bodies: frozenset[str] = frozenset()) -> str:
    """The head of a description: its last word, or the last word before a preposition when that names
    people or a body ("Residents of the camp", "staff at the airport", "The head of the investigators";
    ``bodies``: the body nouns); but "Most of the landlords" is headed by "landlords". "" for no words."""
    words = re.findall(r"[\w'-]+", description)
    if not words:
        return ""
    cut = next((i for i, word in enumerate(words) if word.lower() in PREPOSITION_WORDS), len(words))
    before = words[cut - 1].lower() if cut else ""
    if before and (before in attr.PERSON_NOUNS or _plural_person_noun(before) or before in _COLLECTIVE_PERSON_NOUNS
                   or before in bodies):
        return words[cut - 1]
    return words[-1]


def _group_description(speaker: Speaker, kind: str, bodies: frozenset[str]) -> bool:
    """Whether an unnamed speaker "they" (kind group) or "it" can refer to is described as a body ("the
    ministry"; ``bodies``: the body nouns) or, for "they", as people ("Officials", "Police"): not the words
    of a clause taken for a source ("these problems get", "((WN)) Could you"). A named actor always is."""
    if speaker.actor_id is not None:
        return True
    last = _head_word(speaker.name or "", bodies).lower()
    body = last in bodies or (last.endswith("s") and last[:-1] in bodies)
    people = _plural_person_noun(last) or last in _COLLECTIVE_PERSON_NOUNS
    return body or (people and kind == "group")


_COLLECTIVE_PERSON_NOUNS = lexicon_words("collective_person_nouns")
_PERSONAL_PRONOUNS = lexicon_words("personal_pronouns")


def _clean_source(source: str) -> str:
    return " ".join(source.split())




# ---------------------------------------------------------------------------
# Salience: subjects, not objects
# ---------------------------------------------------------------------------
