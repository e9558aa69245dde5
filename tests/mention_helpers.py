"""What the mention tests read of ``find_mentions``, written once: the surfaces and types found, the persons found,
the names discovered. ``WITHOUT_PUBLIC_FIGURES`` is the shipped dictionary without its list of public figures, so a test
of the discovery rules sees names no dictionary entry already knows."""
from __future__ import annotations

from analysis.actors.dictionary import DEFAULT_PATH, read_dictionary
from analysis.actors.step import find_mentions

WITHOUT_PUBLIC_FIGURES = read_dictionary(DEFAULT_PATH)


def surfaces(text: str) -> list[str]:
    """The surfaces of all the mentions of ``text`` with the shipped dictionary, in text order."""
    return list(find_mentions(text)["surface"])


def mention_types(text: str) -> dict[str, str]:
    """surface -> actor_type of the mentions of ``text`` with the shipped dictionary (the last one per surface)."""
    mentions = find_mentions(text)
    return dict(zip(mentions["surface"], mentions["actor_type"]))


def types_without_public_figures(text: str) -> dict[str, str]:
    """surface -> actor_type of the mentions found with :data:`WITHOUT_PUBLIC_FIGURES` (the last one per surface)."""
    mentions = find_mentions(text, dictionary=WITHOUT_PUBLIC_FIGURES)
    return dict(zip(mentions["surface"], mentions["actor_type"]))


def person_surfaces(text: str) -> list[str]:
    """The surfaces of the person mentions found with :data:`WITHOUT_PUBLIC_FIGURES`."""
    mentions = find_mentions(text, dictionary=WITHOUT_PUBLIC_FIGURES)
    return list(mentions.loc[mentions["actor_type"] == "person", "surface"])


def person_ids(text: str) -> list[tuple[str, str]]:
    """(surface, actor id) of the person mentions found with :data:`WITHOUT_PUBLIC_FIGURES`."""
    mentions = find_mentions(text, dictionary=WITHOUT_PUBLIC_FIGURES)
    persons = mentions[mentions["actor_type"] == "person"]
    return list(zip(persons["surface"], persons["actor_id"]))


def discovered(text: str) -> list[tuple[str, str]]:
    """(surface, type) of the mentions discovered (not in the dictionary) with :data:`WITHOUT_PUBLIC_FIGURES`."""
    mentions = find_mentions(text, dictionary=WITHOUT_PUBLIC_FIGURES)
    rows = mentions[mentions["how"] == "discovered"]
    return list(zip(rows["surface"], rows["actor_type"]))
