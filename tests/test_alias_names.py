"""A person's other name given beside the name used ("X, better known as Y", "Y (born X)", "Y (née X)") is one
person of the article (:mod:`analysis.actors.alias_names`)."""
from __future__ import annotations

from analysis.actors.step import find_mentions

from mention_helpers import WITHOUT_PUBLIC_FIGURES


def ids(text: str) -> dict[str, str]:
    """Surface -> actor id of the person mentions found."""
    found = find_mentions(text, dictionary=WITHOUT_PUBLIC_FIGURES)
    found = found[found["actor_type"] == "person"]
    return dict(zip(found["surface"], found["actor_id"]))


def test_known_as_gives_the_name_the_person_goes_by():
    found = ids("Maria Ilse Verhoeven (born 1961), better known as Maria Koll, died on Sunday. "
                "Koll had sung with the band for decades.")
    assert found["Maria Ilse Verhoeven"] == found["Maria Koll"] == found["Koll"] == "person:maria-koll"


def test_known_by_her_stage_name_and_a_list_of_names():
    found = ids("Dorothy Wenzel, known by her stage name Dora Vell and Dora Wenz, said she would retire.")
    assert found["Dorothy Wenzel"] == found["Dora Vell"] == found["Dora Wenz"] == "person:dora-vell"


def test_born_and_nee_give_the_name_used():
    found = ids("The singer Maria Lopez (born Maria Ortega) spoke on Monday. Anna Berg, née Anna Holm, said no.")
    assert found["Maria Ortega"] == found["Maria Lopez"] == "person:maria-lopez"
    assert found["Anna Holm"] == found["Anna Berg"] == "person:anna-berg"


def test_was_born_gives_the_name_used():
    found = ids("The drummer Tony Reed died on Sunday. Reed was born Anthony James Carver in Leeds. "
                "Carol Hill said she was born in York.")
    assert found["Anthony James Carver"] == found["Reed"] == found["Tony Reed"] == "person:tony-reed"
    assert found["Carol Hill"] == "person:carol-hill"


def test_other_persons_near_known_as_stay_apart():
    found = ids("Maria Lopez, known as Peter Smith's closest adviser, met Peter Smith on Monday. "
                "Anna Berg, born in Oslo, said Maria Lopez would stay. John Hart or Paul Hart will speak.")
    assert found["Maria Lopez"] == "person:maria-lopez"
    assert found["Peter Smith"] == "person:peter-smith"
    assert found["Anna Berg"] == "person:anna-berg"
    assert found["John Hart"] != found["Paul Hart"]
