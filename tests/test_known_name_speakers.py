"""A source the mentions table left bare names the actor the article links the same words to elsewhere
(:mod:`analysis.quotes.known_names`): the mentions here are given by hand, each name missing where it is the
source, as the actors step sometimes leaves it. Made-up news."""
from __future__ import annotations

import pandas as pd

from speaker_helpers import quote_speaker


def _mentions(text: str, *names: tuple[str, str, str, str]) -> pd.DataFrame:
    """One mention per (written words, actor id, actor, actor type), at the first place the words are written."""
    rows = []
    for words, actor_id, actor, actor_type in names:
        start = text.index(words)
        rows.append({"start": start, "end": start + len(words), "surface": words, "actor_id": actor_id,
                     "actor": actor, "actor_type": actor_type, "how": "discovered"})
    return pd.DataFrame(rows)


def test_a_name_written_elsewhere_names_its_actor():
    text = ("Rivet Labs will close its plant in Dunmore, the firm announced on Monday. Two hundred jobs will go. "
            "\"We regret the decision,\" Rivet Labs said in a statement.")
    mentions = _mentions(text, ("Rivet Labs", "organization:rivet-labs", "Rivet Labs", "organization"))
    assert quote_speaker(text, source="Rivet Labs", column="speaker_actor_id",
                         mentions=mentions) == "organization:rivet-labs"


def test_a_lone_surname_names_the_one_person_named_before_with_it():
    text = ("Governor John Bel Edwards visited the flooded town on Monday. Edwards said the state would pay for "
            "the repairs.")
    mentions = _mentions(text, ("John Bel Edwards", "person:john-bel-edwards", "John Bel Edwards", "person"))
    assert quote_speaker(text, source="Edwards", column="speaker_actor_id",
                         mentions=mentions) == "person:john-bel-edwards"


def test_a_surname_two_people_share_names_neither():
    text = ("Tom Hart and his sister Ann Hart opened a bakery in 1990. Hart said the bakery would close next "
            "month.")
    mentions = _mentions(text, ("Tom Hart", "person:tom-hart", "Tom Hart", "person"),
                         ("Ann Hart", "person:ann-hart", "Ann Hart", "person"))
    assert quote_speaker(text, source="Hart", column="speaker_actor_id", mentions=mentions) is None
