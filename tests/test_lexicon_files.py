"""Word lists are data, once (``analysis/dictionaries/lexicon/<name>.txt``): every list says in a header comment
what it is and what reads it, and holds each entry once (:mod:`analysis.text.lexicon`)."""
from __future__ import annotations

import re

import pytest

from analysis.text.lexicon import LEXICON, alternation, list_path, ordered_words, words

LISTS = sorted(LEXICON.glob("*.txt"))


def _name_and_language(path) -> tuple[str, str]:
    """``months.es.txt`` -> ("months", "es"); ``months.txt`` -> ("months", "en")."""
    parts = path.name[:-len(".txt")].split(".")
    return (parts[0], parts[1]) if len(parts) == 2 else (parts[0], "en")


@pytest.mark.parametrize("path", LISTS, ids=[path.name for path in LISTS])
def test_every_list_opens_with_a_header_comment(path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ") and len(first) > 20, f"{path.name}: say what the list is and what reads it"


@pytest.mark.parametrize("path", LISTS, ids=[path.name for path in LISTS])
def test_every_list_holds_each_entry_once(path) -> None:
    name, lang = _name_and_language(path)
    entries = ordered_words(name, lang)
    assert entries, f"{path.name}: no entries"
    repeated = sorted({entry for entry in entries if entries.count(entry) > 1})
    assert not repeated, f"{path.name}: repeated entries {repeated}"
    assert len(words(name, lang)) == len(entries)
    assert list_path(name, lang) == path


def test_an_alternation_keeps_file_order_and_matches_any_space_inside_an_entry() -> None:
    pattern = re.compile(rf"^(?:{alternation('result_verbs')})$")
    assert alternation("result_verbs").split("|")[:2] == ["beat", "beats"]  # file order
    assert pattern.match("drew  with") and pattern.match("lost\tto") and not pattern.match("drew")
    assert re.fullmatch(alternation("organization_after_words"), "secretary-general")  # "-" escaped, still matched
