"""Quote speakers against GUM's coreference chains (``gum_dev``, annotated by others): is the actor a quote is
given to the entity its source phrase names?

GUM does not mark who says a quotation, so the choice of the source phrase (``"...," said the mayor`` ->
"the mayor") cannot be scored here. What GUM does mark is coreference: every person, organisation and
place mention, pronouns and descriptions included, carries a chain id (``eid``). That scores the next
step, **speaker resolution**: the quotes table resolves a source ("he", "the minister", "Lavrov") to an
actor (``speaker_actor_id``), and the mentions table says where that actor is named. For each quote whose
source phrase is a GUM mention (its head inside the source span; the outermost such mention), the
*source chain* is that mention's ``eid``:

* **right** -- some mention of the speaker's actor overlaps the head of a GUM mention in the source chain;
* **wrong** -- the speaker's actor is named only outside the source chain (or nowhere GUM marks);
* **unresolved** -- the source has no actor id (a pronoun with nobody before it, an unnamed "a witness").
  Those whose source chain has no named mention (GUM head PROPN: "a witness", "the couple", "we" of a paper's
  authors) are also counted as ``unnamed``: no actor could be right there, so ``named_coverage`` (resolved
  among judged quotes whose chain is named) is the share of the resolvable ones the resolver reached.

Quotes whose source is no GUM mention (or that have no source) are counted as ``not_judged``. Accuracy is
right / (right + wrong); coverage is (right + wrong) / judged. All kinds count, ``indirect`` included
(reported speech has a speaker too); the figures are also given per kind and per genre.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Mapping, Sequence

import pandas as pd

from gum import GumDocument

SPEAKER_COLUMNS = ("kind", "source_start", "source_end", "speaker_actor_id")
CONTEXT = 80  # characters shown on each side of a listed source phrase
PRONOUNS = frozenset("he she i we they it him her them us me".split())


@dataclass(frozen=True)
class SpeakerCheck:
    """One quote's speaker judged against GUM: ``verdict`` is right, wrong, unresolved or not_judged."""

    kind: str
    source: str
    source_form: str  # pronoun, name or description (from GUM's head: PRON, PROPN, other)
    verdict: str
    start: int = -1  # the source span in GUM's text (-1 without a source)
    end: int = -1
    eid: str = ""  # the source chain ("" when not judged)
    named: bool = False  # whether the source chain has a named mention (GUM head PROPN)
    speaker: str = ""  # the actor id the source was resolved to ("" when unresolved)


def _overlap(start: int, end: int, other_start: int, other_end: int) -> bool:
    return start < other_end and other_start < end


def _present(value: Any) -> bool:
    return value is not None and not (isinstance(value, float) and pd.isna(value)) and value is not pd.NA


def source_entity(entities: Sequence[Mapping[str, Any]], start: int, end: int) -> Mapping[str, Any] | None:
    """The GUM mention a source span names: among mentions whose head lies inside the span, the outermost
    (earliest start, then longest); None when there is none."""
    inside = [e for e in entities if start <= e["head"][0] and e["head"][1] <= end]
    if not inside:
        return None
    return min(inside, key=lambda e: (e["start"], -(e["end"] - e["start"])))


def actor_chains(document: GumDocument, entities: Sequence[Mapping[str, Any]]) -> dict[str, set[str]]:
    """For each actor id of the mentions table, the GUM chains (``eid``) whose mention heads its mentions overlap."""
    chains: dict[str, set[str]] = defaultdict(set)
    frame = document.mentions
    for start, end, actor_id in zip(frame["start"], frame["end"], frame["actor_id"]):
        if not _present(actor_id) or not str(actor_id):
            continue
        for entity in entities:
            if _overlap(int(start), int(end), *entity["head"]):
                chains[str(actor_id)].add(str(entity["eid"]))
    return chains


def _form(entity: Mapping[str, Any], text: str) -> str:
    if entity.get("head_upos") == "PROPN":
        return "name"
    head = text[entity["head"][0]:entity["head"][1]].lower()
    return "pronoun" if entity.get("head_upos") == "PRON" or head in PRONOUNS else "description"


def speaker_checks(document: GumDocument) -> list[SpeakerCheck]:
    """Every quote of one document with its speaker's verdict (see the module docstring)."""
    frame = document.quotes
    missing = [column for column in SPEAKER_COLUMNS if column not in frame.columns]
    if missing:
        raise ValueError(f"{document.name}: the quotes table lacks {', '.join(missing)}; "
                         f"expected the columns of the quotes step ({', '.join(SPEAKER_COLUMNS)})")
    text = document.gold["text"]
    entities = [e for e in document.gold["entities"] if document.analysed(e["start"])]
    chains = actor_chains(document, entities)
    named = {str(e["eid"]) for e in document.gold["entities"] if e.get("head_upos") == "PROPN"}
    checks = []
    for kind, source_start, source_end, actor_id in zip(*(frame[column] for column in SPEAKER_COLUMNS)):
        if not _present(source_start):
            checks.append(SpeakerCheck(str(kind), "", "", "not_judged"))
            continue
        start, end = int(source_start) + document.offset, int(source_end) + document.offset
        entity = source_entity(entities, start, end)
        if entity is None:
            checks.append(SpeakerCheck(str(kind), text[start:end], "", "not_judged", start, end))
            continue
        if not _present(actor_id) or not str(actor_id):
            verdict, speaker = "unresolved", ""
        else:
            speaker = str(actor_id)
            verdict = "right" if str(entity["eid"]) in chains.get(speaker, set()) else "wrong"
        checks.append(SpeakerCheck(str(kind), text[start:end], _form(entity, text), verdict, start, end,
                                   str(entity["eid"]), str(entity["eid"]) in named, speaker))
    return checks


def _summary(checks: Iterable[SpeakerCheck]) -> dict[str, Any]:
    checks = list(checks)
    counts = Counter(check.verdict for check in checks)
    right, wrong, unresolved = counts["right"], counts["wrong"], counts["unresolved"]
    unnamed = sum(1 for check in checks if check.verdict == "unresolved" and not check.named)
    judged = right + wrong + unresolved
    return {"accuracy": round(right / (right + wrong), 4) if right + wrong else 0.0,
            "coverage": round((right + wrong) / judged, 4) if judged else 0.0,
            "named_coverage": round((right + wrong) / (judged - unnamed), 4) if judged - unnamed else 0.0,
            "right": right, "wrong": wrong, "unresolved": unresolved, "unnamed": unnamed,
            "not_judged": counts["not_judged"]}


def speaker_figures(documents: Sequence[GumDocument]) -> dict[str, Any]:
    """Speaker resolution accuracy and coverage overall, per quote kind, per source form and per genre."""
    per_document = [(document, speaker_checks(document)) for document in documents]
    every = [check for _, checks in per_document for check in checks]
    genres: dict[str, list[SpeakerCheck]] = defaultdict(list)
    for document, checks in per_document:
        genres[document.genre].extend(checks)
    judged = [check for check in every if check.verdict != "not_judged"]
    return {
        "overall": _summary(every),
        "by_kind": {kind: _summary(c for c in every if c.kind == kind) for kind in sorted({c.kind for c in every})},
        "by_source_form": {form: _summary(c for c in judged if c.source_form == form)
                           for form in sorted({c.source_form for c in judged})},
        "by_genre": {genre: _summary(genres[genre]) for genre in sorted(genres)},
    }


def speaker_line(label: str, figures: Mapping[str, Any]) -> str:
    """One printed line: accuracy, coverage (of all judged, of those whose chain is named) and the counts."""
    return (f"  {label:<14} accuracy {figures['accuracy']:.3f}  coverage {figures['coverage']:.3f}"
            f"  of named {figures['named_coverage']:.3f}"
            f"   (right {figures['right']}, wrong {figures['wrong']}, unresolved {figures['unresolved']}"
            f" ({figures['unnamed']} naming nobody), not judged {figures['not_judged']})")


def speaker_error_lines(documents: Sequence[GumDocument]) -> Iterator[str]:
    """One tab-separated line per quote speaker judged ``wrong`` or ``unresolved``: verdict, source form, genre,
    document, kind, the source phrase, the names of its gold chain (GUM's PROPN mentions, "-" when it names
    nobody), the actor it was given, and the text around the source (``[[...]]``, newlines shown as ``/``)."""
    for document in documents:
        text = document.gold["text"]
        names: dict[str, list[str]] = defaultdict(list)
        for entity in document.gold["entities"]:
            surface = text[entity["start"]:entity["end"]]
            if entity.get("head_upos") == "PROPN" and surface not in names[str(entity["eid"])]:
                names[str(entity["eid"])].append(surface)
        actors = dict(zip(document.mentions["actor_id"].astype(str), document.mentions["actor"].astype(str))) \
            if "actor" in document.mentions.columns else {}
        for check in speaker_checks(document):
            if check.verdict not in ("wrong", "unresolved"):
                continue
            start, end = check.start, check.end
            shown = f"{text[max(0, start - CONTEXT):start]}[[{text[start:end]}]]{text[end:end + CONTEXT]}"
            chain = " | ".join(names.get(check.eid, [])) or "-"
            given = actors.get(check.speaker, check.speaker) if check.speaker else "-"
            yield "\t".join((check.verdict.upper(), check.source_form, document.genre, document.name, check.kind,
                             check.source, f"chain: {chain}", f"given: {given}", shown.replace("\n", "/")))
