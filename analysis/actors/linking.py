"""Linking names within one article: partial names to full names, acronyms to organisations, role phrases to people.

* A surname or partial name ("Lavrov", "Maduro") links to the full name it is
  a contiguous part of ("Sergey Lavrov", "(Nicolás) Maduro"), the nearest one
  mentioned before it, else the first after it; full names link to the longest
  name containing them ("López Obrador" -> "Andrés Manuel López Obrador").
  Dictionary persons take part: "Lavrov" after a dictionary "Sergey Lavrov"
  gets the dictionary id.
* All occurrences of a name get one type (the most frequent cue wins), and an
  untyped name ending with a person's name is that person's full name
  ("Hatice Cengiz" when "Cengiz said" made "Cengiz" a person).
* An acronym in brackets after an organisation ("... Centre (NEOC)") names it
  wherever it recurs.
* Offices: a title right before a person's name ("Russian Foreign Minister
  Sergey Lavrov") or an office in apposition ("Sergey Lavrov, the Russian
  foreign minister") gives the person that office (not with "former", "ex-",
  "deputy"...). A role phrase standing alone ("The head of Russian diplomacy",
  "the president") becomes a mention of the nearest holder named before it of
  the same office or one it is the parent of ("the minister" -> a foreign
  minister), with a compatible country or organisation, else of the only
  holder named after it; otherwise it is not a mention.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from typing import Mapping, Sequence

import pandas as pd

from analysis.actors.mention_types import ACRONYM, Candidate, OfficeHit, Span, actor_id_for, contains, fold_key
from analysis.actors.name_cues import office_in_apposition
from analysis.text.document import Document


@dataclass(frozen=True)
class PersonRef:
    """A person mention used for linking: span, folded words and resolved id/name."""

    start: int
    end: int
    words: tuple[str, ...]
    actor_id: str
    actor: str


def link_mentions(
    doc: Document, candidates: list[Candidate], persons: Sequence[Span], offices: Sequence[OfficeHit],
    *, office_parents: Mapping[str, str | None], organization_heads: frozenset[str] = frozenset(),
) -> tuple[list[Candidate], list[Candidate]]:
    """Resolve discovered names within one article.

    Returns ``(names, roles)``: the typed names with ids (partial names linked
    to the full names they belong to; untyped names dropped unless linked),
    and role-phrase mentions linked to the person the article gives the office.
    ``persons`` are the dictionary's person matches in the text.
    """
    text, view = doc.text, doc.normalized
    _adopt_types(candidates)
    full = _full_names(candidates, persons)
    resolved = [_resolve_name(candidate, full) for candidate in candidates]
    _link_acronyms(view, resolved)
    _link_short_forms(view, resolved, organization_heads)
    names = [c for c in resolved if c.type is not None]
    holders = _office_holders(view, names, persons, offices)
    roles = _role_mentions(text, view, offices, holders, names, persons, office_parents)
    return names, roles


def _adopt_types(candidates: list[Candidate]) -> None:
    """All occurrences of a name in an article get one type: the most frequent among the typed ones
    (the first on ties); an untyped name containing a person's name is that person's."""
    votes: dict[tuple[str, ...], list[Candidate]] = {}
    for candidate in candidates:
        if candidate.type is not None:
            votes.setdefault(candidate.words, []).append(candidate)
    winners = {}
    for words, typed in votes.items():
        counts: dict[str, int] = {}
        for candidate in typed:
            counts[candidate.type] = counts.get(candidate.type, 0) + 1  # type: ignore[index]
        best = max(counts.values())
        winners[words] = next(c for c in typed if counts[c.type] == best)  # type: ignore[index]
    people = [c for c in candidates if c.type == "person"]
    for index, candidate in enumerate(candidates):
        winner = winners.get(candidate.words)
        if winner is not None and candidate.type != winner.type:
            candidates[index] = replace(candidate, type=winner.type, cue=f"same name as {winner.name!r}")
        elif candidate.type is None and len(candidate.words) >= 2:
            part = next((p for p in people if candidate.words[-len(p.words):] == p.words), None)
            if part is not None:
                candidates[index] = replace(candidate, type="person", cue=f"ends with {part.name!r}")


def _full_names(candidates: Sequence[Candidate], persons: Sequence[Span]) -> list[PersonRef]:
    """Persons named with two or more words, each mapped to the longest name containing it."""
    refs = [
        PersonRef(c.start, c.end, _bare(c.words), "", c.name)
        for c in candidates
        if c.type == "person" and len(c.words) >= 2
    ]
    refs += [
        PersonRef(p.start, p.end, _bare([fold_key(w) for w in re.findall(r"\w+(?:-\w+)*", p.actor)]), p.actor_id, p.actor)
        for p in persons
    ]
    resolved = []
    for ref in refs:
        longest = max(
            (other for other in refs if contains(other.words, ref.words)),
            key=lambda other: (len(other.words), bool(other.actor_id), -other.start),
        )
        actor = longest.actor
        actor_id = longest.actor_id or actor_id_for("person", actor)
        resolved.append(replace(ref, actor_id=actor_id, actor=actor))
    return sorted(resolved, key=lambda ref: ref.start)


def _resolve_name(candidate: Candidate, full: Sequence[PersonRef]) -> Candidate:
    """Give a candidate its id: the person it names, or its own slug.

    A name typed only as someone's employer ("Biden spokesman X") is the person when it is
    part of a person's name in the article.
    """
    personal = candidate.type in (None, "person") or candidate.cue.startswith("employer:")
    if personal and candidate.words:
        words = _bare(candidate.words)
        containing = [ref for ref in full if words[0] in ref.words and contains(ref.words, words)]
        if containing:
            before = [ref for ref in containing if ref.start <= candidate.start]
            ref = before[-1] if before else containing[0]
            cue = candidate.cue if ref.start == candidate.start else (candidate.cue or f"part of {ref.actor!r}")
            return replace(candidate, type="person", actor_id=ref.actor_id, actor=ref.actor, cue=cue)
    if candidate.type is None:
        return candidate
    return replace(candidate, actor_id=actor_id_for(candidate.type, candidate.name), actor=candidate.name)


def _bare(words: Sequence[str]) -> tuple[str, ...]:
    """Name words without an attached particle: "al-burhan" -> "burhan" (so "Burhan" links to "... al-Burhan")."""
    return tuple(_PARTICLE.sub("", word) for word in words)


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|from|near|to)\s+$", re.IGNORECASE)
_PARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu)-(?=\w)")


def _link_short_forms(view: str, candidates: list[Candidate], heads: frozenset[str]) -> None:
    """One word standing for an organisation named in full before it: its first word when the rest of the
    name is organisation words ("Solara" after "Solara Systems"; not "Christchurch" after "Christchurch
    District Court", nor after "in"), or its head word capitalised alone ("the Ministry" after "Health
    Ministry"); initials ("S.E.C.", "SEC" after "Securities and Exchange Commission")."""
    orgs = [c for c in candidates if c.type in ("organization", "media") and len(c.words) >= 2 and c.actor_id]
    folded_heads = {fold_key(word) for word in heads}
    for index, candidate in enumerate(candidates):
        if candidate.actor_id and not candidate.cue.startswith("institution:"):
            continue
        letters = _letters(candidate)
        located = _LOCATIVE_BEFORE.search(view[max(0, candidate.start - 12):candidate.start]) is not None
        for owner in reversed([o for o in orgs if o.end <= candidate.start]):
            first_word = candidate.type is None and len(candidate.words) == 1 and owner.words[0] == candidate.words[0] \
                and not located and all(word in folded_heads for word in owner.words[1:])
            head_word = candidate.cue.startswith("institution:") and owner.words[-1] == candidate.words[-1]
            initials = letters is not None and letters == _initials(owner.name)
            if first_word or head_word or initials:
                candidates[index] = replace(candidate, type=owner.type, actor_id=owner.actor_id, actor=owner.actor,
                                            cue=f"short for {owner.name!r}")
                break


def local_acronyms(text: str, spans: Sequence[Span], names: Sequence[Candidate]) -> dict[int, Candidate]:
    """Dictionary acronyms that the article spells out otherwise: "RSF" after "Rapid Support Forces" is not
    the dictionary's "RSF" (Reporters Without Borders). Maps the index of such a span to the organisation."""
    orgs = [c for c in names if c.type in ("organization", "media") and len(c.words) >= 2 and c.actor_id]
    owners: dict[int, Candidate] = {}
    for index, span in enumerate(spans):
        surface = text[span.start:span.end].replace(".", "")
        if span.kind not in ("organization", "media") or not (2 <= len(surface) <= 6 and surface.isalpha()
                                                             and surface.isupper()):
            continue
        before = [o for o in orgs if o.end <= span.start and _initials(o.name) == surface]
        if before and _initials(span.actor) != surface:
            owners[index] = before[-1]
    return owners


def _letters(candidate: Candidate) -> str | None:
    """"SEC" for the names "SEC" and "S.E.C." (2-6 capitals), else None."""
    name = candidate.name.replace(".", "").replace(" ", "")
    return name if 2 <= len(name) <= 6 and name.isalpha() and name.isupper() else None


def _initials(name: str) -> str:
    """Initials of a name's capitalised words: "Securities and Exchange Commission" -> "SEC"."""
    return "".join(word[0] for word in re.findall(r"[\w'-]+", name) if word[:1].isupper())


def _link_acronyms(view: str, candidates: list[Candidate]) -> None:
    """``National Emergency Operation Centre (NEOC)``: the acronym names the organisation before it."""
    acronyms: dict[str, Candidate] = {}
    for candidate in candidates:
        if candidate.type in ("organization", "media"):
            match = ACRONYM.match(view[candidate.end:candidate.end + 14])
            if match:
                acronyms[match.group(1)] = candidate
    for index, candidate in enumerate(candidates):
        owner = acronyms.get(candidate.name)
        if owner is not None and candidate.type in (None, owner.type) and owner is not candidate:
            candidates[index] = replace(
                candidate, type=owner.type, actor_id=owner.actor_id, actor=owner.actor, cue=f"acronym of {owner.name!r}"
            )


@dataclass(frozen=True)
class _Holding:
    office: str
    actor_id: str | None
    person_id: str
    person: str
    at: int


def _office_holders(
    view: str, names: Sequence[Candidate], persons: Sequence[Span], offices: Sequence[OfficeHit]
) -> list[_Holding]:
    """Who holds which office in this article: a title right before a name or an office in apposition."""
    people = [(c.start, c.end, c.actor_id, c.actor) for c in names if c.type == "person"]
    people += [(p.start, p.end, p.actor_id, p.actor) for p in persons]
    by_start = sorted(range(len(people)), key=lambda i: people[i][0])
    by_end = sorted(range(len(people)), key=lambda i: people[i][1])
    starts = [people[i][0] for i in by_start]
    ends = [people[i][1] for i in by_end]
    holdings = []
    for hit in offices:
        if hit.office is None or not hit.holding:
            continue
        # a title ends at most 2 characters before the name; an apposition starts at most 90 after it ends
        near = by_start[bisect_left(starts, hit.end):bisect_right(starts, hit.end + 2)]
        near += by_end[bisect_left(ends, hit.start - 90):bisect_right(ends, hit.start)]
        for index in sorted(set(near)):
            start, end, person_id, person = people[index]
            title = 0 <= start - hit.end <= 2 and view[hit.end:start].strip() == ""
            apposition = office_in_apposition(view, end, hit)
            if title or apposition:
                holdings.append(_Holding(hit.office, hit.actor_id, person_id, person, hit.start))
                break
    return holdings


def _role_mentions(
    text: str, view: str, offices: Sequence[OfficeHit], holders: Sequence[_Holding],
    names: Sequence[Candidate], persons: Sequence[Span], parents: Mapping[str, str | None],
) -> list[Candidate]:
    """Role phrases standing alone ("The head of Russian diplomacy") linked to the office holder."""
    person_starts = {c.start for c in names if c.type == "person"} | {p.start for p in persons}
    roles = []
    for hit in offices:
        if hit.office is None or not hit.holding or _titles_a_name(view, hit, person_starts):
            continue
        article = re.search(r"\bthe\s+$", view[max(0, hit.start - 6):hit.start], flags=re.IGNORECASE)
        if article is None and hit.actor_id is None:
            continue
        if re.match(r"^\s+(?:of|for|at|to)\s+[A-Z]", view[hit.end:hit.end + 20]):
            continue
        holder = _pick_holder(hit, holders, parents)
        if holder is None:
            continue
        start, end = _role_span(view, hit)
        if article and start == hit.start:
            start -= len(article.group(0))
        roles.append(Candidate(
            start, end, holder.person, (), "person", f"role held by {holder.person!r}", False,
            actor_id=holder.person_id, actor=holder.person, how="role",
        ))
    return roles


def _role_span(view: str, hit: OfficeHit) -> tuple[int, int]:
    """The role phrase without an actor at its start or end, which stays a mention of its own:
    "Russia's [foreign minister]", "[the governor] of Puerto Rico"; an inner actor is covered
    ("the head of Russian diplomacy")."""
    start, end = hit.start, hit.end
    if hit.actor_start == hit.start:
        rest = re.match(r"(?:'s)?\s+", view[hit.actor_end:hit.end])
        start = hit.actor_end + (rest.end() if rest else 0)
    elif hit.actor_end == hit.end and hit.actor_start > hit.start:
        connector = re.search(r"\s+(?:of|for|to)(?:\s+the)?\s+$", view[hit.start:hit.actor_start])
        if connector:
            end = hit.start + connector.start()
    return start, end


def _titles_a_name(view: str, hit: OfficeHit, person_starts: set[int]) -> bool:
    gap = re.match(r"^\s{1,2}", view[hit.end:hit.end + 3])
    return gap is not None and hit.end + gap.end() in person_starts


def _pick_holder(hit: OfficeHit, holders: Sequence[_Holding], parents: Mapping[str, str | None]) -> _Holding | None:
    """The holder of a compatible office: the nearest before the phrase, else the only one after it."""
    def compatible(holding: _Holding) -> bool:
        same = holding.office == hit.office or parents.get(holding.office) == hit.office
        actors = hit.actor_id is None or holding.actor_id is None or hit.actor_id == holding.actor_id
        return same and actors

    matches = [h for h in holders if compatible(h)]
    before = [h for h in matches if h.at < hit.start]
    if before:
        return before[-1]
    after = {h.person_id: h for h in matches}
    return next(iter(after.values())) if len(after) == 1 else None


# ---------------------------------------------------------------- across articles


def unify_people(mentions: pd.DataFrame, *, dominance: float = 3.0) -> pd.DataFrame:
    """Across a corpus: a person an article names only by surname ("Trump", ``person:trump``) takes the id
    and name of the full name ending with it elsewhere ("Donald Trump"), when that full name is the only
    candidate or has at least ``dominance`` times the mentions of the next ("Biden": Joe rather than
    Hunter). Per-article linking cannot see other articles; this is for corpus summaries. Returns a copy.
    """
    if mentions.empty or "actor_type" not in mentions.columns:
        return mentions.copy()
    people = mentions[mentions["actor_type"] == "person"]
    counts = people.groupby("actor_id").size()
    names = people.drop_duplicates("actor_id").set_index("actor_id")["actor"]
    words = {actor_id: tuple(fold_key(w) for w in re.findall(r"\w+(?:[-']\w+)*", name)) for actor_id, name in names.items()}
    mapping = {}
    for actor_id, parts in words.items():
        if len(parts) != 1:
            continue  # only a lone surname is partial; a two-word name is a name
        containing = sorted(
            (other for other, whole in words.items() if len(whole) > 1 and whole[-1] == parts[0]),
            key=lambda other: (-counts[other], other),
        )
        if containing and (len(containing) == 1 or counts[containing[0]] >= dominance * counts[containing[1]]):
            mapping[actor_id] = containing[0]
    unified = mentions.copy()
    target = unified["actor_id"].map(mapping)
    moved = target.notna() & (unified["actor_type"] == "person")
    unified.loc[moved, "actor_id"] = target[moved]
    unified.loc[moved, "actor"] = target[moved].map(names)
    return unified
