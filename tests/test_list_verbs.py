"""A verb after a coordinated list of names is said of the whole list: it types no member a person alone when the
list's other members are bodies (analysis.actors.context_cues.type_coordinated). Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _types(text: str) -> dict[str, str]:
    mentions = find_mentions(text)
    return dict(zip(mentions["surface"], mentions["actor_type"]))


def test_a_speech_verb_after_a_list_of_bodies_types_no_person():
    types = _types("Microsoft, Zorvex and Quillby said they would cut prices.")
    assert types.get("Quillby") == "organization"
    assert types.get("Zorvex") == "organization"


def test_a_persons_predicate_after_a_list_of_bodies_types_no_person():
    assert _types("Microsoft, Zorvex and Quillby were sentenced to pay fines.").get("Quillby") == "organization"


def test_two_names_are_no_list_whose_verb_is_shared():
    assert _types("A spokesman for Microsoft and Quillby said prices would fall.").get("Quillby") == "person"


def test_a_speech_verb_after_a_list_of_persons_or_unknown_names_still_types_a_person():
    assert _types("Smith, Jones and Brown said the plan had failed.").get("Brown") == "person"
    assert _types("Gordon Brown, Tony Blair and Hoskins said so.").get("Hoskins") == "person"
    assert _types("Quillby said prices would fall.").get("Quillby") == "person"


def test_the_surname_of_a_person_the_text_names_stays_a_person():
    text = "Jane Quillby founded Zorvex in 2010. Microsoft, Zorvex and Quillby said prices would fall."
    assert find_mentions(text).query("surface == 'Quillby'")["actor_type"].tolist() == ["person"]
