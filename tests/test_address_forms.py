"""A person addressed by an office or an honorific with no name is a person's mention: "Mr. President",
"Madam Speaker", "Your Honor", "my Lords" (:mod:`analysis.actors.address_forms`)."""
from __future__ import annotations

from mention_helpers import mention_types, person_surfaces as people


def test_a_title_of_address_and_an_office_is_a_person():
    text = ('"Mr. Vice President, I am speaking," the senator said. "Madam Speaker, I rise to oppose the bill," '
            "Okafor told the chamber.")
    found = people(text)
    assert "Mr. Vice President" in found and "Madam Speaker" in found


def test_a_possessive_and_an_honorific_is_a_person():
    text = "The lawyer said: \"Your Honor, my client was at home.\" Later she added, \"No, my Lords, I follow.\""
    found = people(text)
    assert "Your Honor" in found and "my Lords" in found


def test_a_title_before_a_name_or_a_body_named_after_a_sovereign_is_no_address():
    text = ("Mr. President Tshabalala arrived on Monday. Her Majesty's Inspectorate of Prisons published a report. "
            "His Majesty King Oyelaran II opened the market.")
    types = mention_types(text)
    assert "Mr. President" not in types and "Mr. President Tshabalala" not in types
    assert "Her Majesty" not in types and "His Majesty" not in types


def test_our_lord_is_no_party_addressed():
    text = 'The archbishop said: "These crimes offend Our Lord and harm the faithful." He praised his Lord.'
    assert "Our Lord" not in people(text) and "his Lord" not in people(text)


def _addressed(doc_id: str, text: str) -> list[tuple[str, str]]:
    """(surface, actor id) of the address forms of one article analysed as ``doc_id``."""
    from analysis.pipeline.spine import analyze_article
    from mention_helpers import WITHOUT_PUBLIC_FIGURES

    rows = analyze_article(doc_id, text, ["actors"], {"actors": WITHOUT_PUBLIC_FIGURES})["mentions"]
    return [(surface, actor_id) for surface, actor_id, cue in zip(rows["surface"], rows["actor_id"], rows["cue"])
            if cue.startswith("address:")]


def test_an_address_form_with_no_name_is_an_actor_of_its_article_only():
    """Two articles' "Your Honor" are two judges: never one actor of the corpus."""
    assert _addressed("a1", '"Your Honor, my client was at home," the lawyer told the court in Accra.') == [
        ("Your Honor", "person:your-honor@a1")]
    assert _addressed("b2", 'Okafor rose and said: "Your Honor, the witness is lying."') == [
        ("Your Honor", "person:your-honor@b2")]
    assert _addressed("c3", '"Mr. Vice President, I am speaking," the senator said.') == [
        ("Mr. Vice President", "person:mr-vice-president@c3")]


def test_an_address_by_office_is_the_person_the_article_titled_with_it():
    text = 'President Kofi Mensah arrived on Monday. "Mr. President, welcome to Lagos," said Okafor.'
    assert _addressed("a1", text) == [("Mr. President", "person:kofi-mensah")]


def test_an_address_by_another_office_is_not_the_titled_person():
    """"Mr. Vice President" is not the President named before it."""
    text = ('President Kofi Mensah spoke first. "Mr. Vice President, you have two minutes," the moderator said.')
    assert _addressed("d4", text) == [("Mr. Vice President", "person:mr-vice-president@d4")]


def test_an_honorific_is_the_person_the_article_titles_with_an_office_it_honours():
    """"Your Honor" is the judge the article names; "Her Majesty" the queen, named before or after it."""
    court = 'Judge Ama Boateng presided. "Your Honor, I object," the lawyer said.'
    assert _addressed("d4", court) == [("Your Honor", "person:ama-boateng")]
    palace = "The minister advised Her Majesty on Friday. Queen Adjoa Mensah II had asked for the advice."
    assert _addressed("e5", palace) == [("Her Majesty", "person:adjoa-mensah-ii")]


def test_an_honorific_is_nobody_of_another_office_or_gender():
    """"His Majesty" is not a queen; "Your Honor" is not a president."""
    text = ("Queen Adjoa Mensah II and President Kofi Mensah met. The envoy thanked His Majesty. "
            '"Your Honor, thank you," the lawyer told the court.')
    assert _addressed("f6", text) == [("His Majesty", "person:his-majesty@f6"), ("Your Honor", "person:your-honor@f6")]
