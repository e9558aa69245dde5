"""A name with no organisation word is an organisation's when the sentence says it was founded or formed, has
someone found or form it, or names its founder; a town founded long ago stays a place, and a person's name is
untouched. Made-up news sentences."""
from __future__ import annotations

from analysis.actors import name_context
from analysis.actors.name_context import _CAPITALISED_THEN_NEXT, _boundary_prefixes
from analysis.actors.step import find_mentions


def _types(text: str) -> dict[str, str]:
    return {r.surface: r.actor_type for r in find_mentions(text).itertuples()}


def test_a_name_that_was_founded_is_an_organisation():
    found = _types("Lumenor was founded in 2015 by two engineers. Lumenor now employs 40 people.")
    assert found["Lumenor"] == "organization"


def test_a_name_someone_formed_is_an_organisation():
    found = _types("The guitarist formed Velvet Marrow in 1998 with his cousin, the magazine said.")
    assert found["Velvet Marrow"] == "organization"


def test_the_founder_of_a_name_makes_it_an_organisation():
    found = _types("Anna Reyes, the founder of Brightwell, said the charity would expand. Brightwell's co-founder agreed.")
    assert found["Brightwell"] == "organization"
    assert found["Anna Reyes"] == "person"


def test_a_founded_town_stays_a_place():
    found = _types("Tulsa was founded in 1836, the museum's guide says.")
    assert found.get("Tulsa") == "place"


def test_no_organisation_without_a_founding_word():
    found = _types("Lumenor said on Tuesday that sales rose.")
    assert found.get("Lumenor") != "organization"


def test_a_planet_that_was_formed_is_no_organisation():
    found = _types("Scientists said Earth was formed about 4.5 billion years ago, the journal reported.")
    assert found.get("Earth") != "organization"


def test_what_only_a_body_has_makes_a_possessive_name_an_organisation():
    found = _types("Velmora's shareholders approved the merger on Monday, and Kestrane's headquarters will move.")
    assert found["Velmora"] == "organization"
    assert found["Kestrane"] == "organization"


def test_a_persons_possessions_type_no_organisation():
    found = _types("Velmora's shares rose after Kestrane's speech.")
    assert found.get("Velmora") != "organization"
    assert found.get("Kestrane") != "organization"


def test_someones_employer_is_an_organisation():
    found = _types("After ten years working for Harvenbank, Ellis ran for mayor. Tom Rudd, CEO of Lumenor, resigned.")
    assert found["Harvenbank"] == "organization"
    assert found["Lumenor"] == "organization"
    assert _types("Maria Lopez now works at Quellstrom, the company said.")["Quellstrom"] == "organization"


def test_an_employers_name_that_goes_on_or_a_persons_employee_is_no_organisation():
    assert _types("She worked at Quellstrom stores for years, her sister said.").get("Quellstrom") != "organization"
    assert _types("He was a driver and employee of Ravenscroft, the court heard.").get("Ravenscroft") != "organization"
    assert _types("He worked at Tulsa for a decade, the museum's guide says.").get("Tulsa") != "organization"


def test_a_name_before_its_staff_or_spokesman_is_an_organisation():
    found = _types("The flight was cancelled, and Volarino staff at the gate said a Brightwell spokesman "
                   "would explain. Kestrova shareholders were not told.")
    assert found["Volarino"] == "organization"
    assert found["Brightwell"] == "organization"
    assert found.get("Kestrova") != "organization"  # one plain word opening a sentence may be a common word


def test_a_persons_surname_before_spokesman_stays_a_person():
    found = _types("Maria Kowalczyk lost the vote on Sunday. A Kowalczyk spokesman declined to comment.")
    assert found["Kowalczyk"] == "person"


def test_one_word_after_the_that_speaks_is_an_organisation():
    assert _types("The Treasury said it would act.")["Treasury"] == "organization"
    assert _types("Officials said the Zorvex told reporters it was closing.")["Zorvex"] == "organization"


def test_a_plural_or_the_end_of_a_longer_name_after_the_is_no_speaking_body():
    assert _types("The Smiths said they were happy with the verdict.").get("Smiths") == "person"  # a family
    assert _types("Friends of the Zorvex said the plan was flawed.").get("Zorvex") != "organization"


def test_one_word_after_the_that_takes_a_formal_decision_is_an_organisation():
    assert _types("In 1921 the Velmorat ratified the treaty.")["Velmorat"] == "organization"
    assert _types("Two years later the Zorvexus appointed a new envoy.")["Zorvexus"] == "organization"  # a plural form


def test_the_owner_or_operator_of_something_is_an_organisation():
    found = _types("The ferry is operated by Quillbank, and the hotel is owned by Marlow Aquatics.")
    assert found["Quillbank"] == "organization" and found["Marlow Aquatics"] == "organization"


def test_a_surname_alone_after_owned_by_stays_a_person():
    found = _types("Marta Kowalczyk bought the villa in 2010. The villa is now owned by Kowalczyk.")
    assert found["Kowalczyk"] == "person"


def test_the_body_a_chair_or_manager_heads_is_an_organisation():
    found = _types("Ann Reyes is the co-chair of Zorvex Voices. Tom Lee, the general manager of Quillbank, agreed.")
    assert found["Zorvex Voices"] == "organization" and found["Quillbank"] == "organization"


def test_the_words_after_first_names_end_at_word_boundaries():
    assert _boundary_prefixes("Kowalczyk-Nowak") == ["Kowalczyk", "Kowalczyk-", "Kowalczyk-Nowak"]
    assert _boundary_prefixes("Jones'") == ["Jones"]


def test_the_words_after_first_names_are_read_once_per_article(monkeypatch):
    """The surname test of "owned by X" reads the article once, not once per name (linear in its length)."""
    calls = []

    class CountingPattern:
        def finditer(self, view):
            calls.append(view)
            return _CAPITALISED_THEN_NEXT.finditer(view)

    monkeypatch.setattr(name_context, "_CAPITALISED_THEN_NEXT", CountingPattern())
    found = _types("Marta Kowalczyk sold it. The villa is owned by Kowalczyk. The boat is owned by Quillbank. "
                   "The ferry is operated by Marlow. The shop is run by Zorvex.")
    assert found["Kowalczyk"] == "person" and found["Quillbank"] == "organization"
    assert len(calls) == 1
