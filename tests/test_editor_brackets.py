"""An editor's first names in square brackets inside a name ("[George W.] Bush", "[Russell] Church"), or a surname
completing a first name ("Jerry [O'Connell]"), make one person's name (:func:`analysis.actors.name_runs.joins`,
:func:`analysis.actors.name_shapes.bracketed_first_name`)."""
from __future__ import annotations

from mention_helpers import types_without_public_figures as types


def test_bracketed_first_names_join_the_surname():
    kinds = types('"I think [Mikhail] Korvin made the right call," the coach said of the transfer.')
    assert kinds == {"Mikhail] Korvin": "person"}


def test_bracketed_first_name_and_initials():
    kinds = types("Voters backed [Dana T.] Morrow in 2004 and [Edward] Harwood in 2008.")
    assert kinds.get("Dana T.] Morrow") == "person" and kinds.get("Edward] Harwood") == "person"


def test_a_head_word_after_a_bracketed_first_name_is_a_surname():
    kinds = types("That was an old experiment from [Russell] Church, done in the 1950s.")
    assert kinds.get("Russell] Church") == "person"


def test_no_person_from_a_bracketed_word_that_is_no_first_name():
    kinds = types("Members of the [Northern] Water Board met on Tuesday.")
    assert "person" not in kinds.values(), kinds


def test_a_long_insertion_stays_apart():
    kinds = types("When [the Velmarian Prime Minister Ondrej] Kasal spoke, nobody listened.")
    assert "Ondrej] Kasal" not in kinds


def test_a_bracketed_surname_completes_a_first_name():
    kinds = types('"Then Martina [Ostrec] and I analysed the bones," the researcher said.')
    assert kinds.get("Martina [Ostrec]") == "person"


def test_a_bracketed_acronym_or_expansion_is_no_surname():
    kinds = types("She taught at Velmar State University [VSU] and advised NGOs [Non-Governmental Organizations].")
    assert "person" not in kinds.values(), kinds

