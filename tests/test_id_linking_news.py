"""Which actor id a mention gets: a role phrase's holder, a party, an outlet or a company named like another actor.
Made-up news sentences (analysis/actors/linking.py, bare_titles.py, successions.py, party_names.py,
branch_names.py, shared_names.py, place_surnames.py)."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _ids(text: str) -> list[tuple[str, str]]:
    """(surface, actor id) of the mentions, inner rows left out."""
    found = find_mentions(text)
    return [(row.surface, row.actor_id) for row in found.itertuples() if row.how != "inner"]


def test_a_foreign_country_s_president_is_not_the_home_president_titled_without_a_country():
    ids = _ids("President Franklin Roosevelt led the United States in the war. Armenia and Azerbaijan fought. "
               "The president of Turkey vowed support for Azerbaijan. The US government and US troops stayed.")
    assert all(actor_id != "person:franklin-roosevelt" for surface, actor_id in ids if surface == "The president")
    home = _ids("President Franklin Roosevelt spoke in the United States. The US government agreed. "
                "The US president said no.")
    assert ("president", "person:franklin-roosevelt") in home


def test_the_office_after_a_succession_is_the_successor_s():
    ids = _ids("Boris Johnson succeeded Theresa May as the Prime Minister of the United Kingdom on Wednesday.")
    assert ("the Prime Minister", "person:boris-johnson") in ids
    ids = _ids("Boris Johnson replaced Theresa May as Prime Minister on Wednesday.")
    assert ("Prime Minister", "person:boris-johnson") in ids


def test_a_bare_title_is_not_the_holder_of_another_body_s_title():
    ids = _ids("Senate President Thomas Ruiz spoke on Monday. The island has no vote in the college that "
               "elects the U.S. President.")
    assert ("President", "person:thomas-ruiz") not in ids
    assert ("Governor", "person:bob-mcdonnell") in _ids("Governor Bob McDonnell spoke. His record as Governor "
                                                         "was praised.")


def test_a_party_of_another_country_has_an_id_of_its_own():
    ids = _ids("The Democratic Party of Japan lost the election, said Yukio Hatoyama.")
    assert ("Democratic Party of Japan", "organization:democratic-party-of-japan") in ids
    assert ("Republican Party", "organization:republican-party") in _ids(
        "She was a delegate of the Republican Party of Idaho.")  # a state's branch stays the party


def test_an_outlet_named_with_a_country_is_that_country_s_outlet():
    ids = _ids("The report was aired by ABC of Australia. Australia's ABC said so. ABC reported it in New York.")
    assert [actor_id for surface, actor_id in ids if surface == "ABC"] == [
        "media:abc-australia", "media:abc-australia", "media:abc-news"]


def test_a_name_two_entries_share_takes_the_reading_the_article_names():
    ids = _ids("Fires are destroying Amazon rainforest. The suggestion that Amazon issues be discussed angered "
               "Brazil.")
    assert ("Amazon", "region:amazon") in ids
    ids = _ids("Data sat on Amazon.com servers. Reportedly, the Amazon S3 buckets were secured.")
    assert ("Amazon", "organization:amazon-com") in ids
    ids = _ids("The Amazon is burning. Amazon said it would help.")  # both or neither named otherwise: as matched
    assert ids == [("The Amazon", "region:amazon"), ("Amazon", "organization:amazon-com")]


def test_an_outlet_s_name_after_a_given_name_is_a_surname():
    ids = _ids("Senator Elizabeth Warren and Michael Bloomberg, formerly the mayor of New York City, ended their "
               "campaigns. Bloomberg won the caucus in American Samoa.")
    assert ("Michael Bloomberg", "person:michael-bloomberg") in ids
    assert ("Bloomberg", "person:michael-bloomberg") in ids
    assert ("Bloomberg", "media:bloomberg") in _ids("The company told Bloomberg it would.")
    assert ("Facebook", "organization:facebook") in _ids("Will Facebook ban the group? It said it would.")


def test_a_name_with_a_second_surname_is_the_person_named_with_the_first():
    ids = _ids("Governor Marta Quiroga took office on Friday. The court ruled that the oath of Marta L. Quiroga "
               "Benítez was void. Quiroga Benítez must leave, it said. Quiroga said she would comply.")
    assert {actor_id for surface, actor_id in ids if "Quiroga" in surface} == {"person:marta-quiroga"}


def test_an_abstract_noun_alone_is_no_short_form_of_the_body_it_opens():
    text = ("Jane Ruiz chairs the Secession Party. Its founders remembered the period known as Secession. Since "
            "the end of Secession, the party has shrunk, Ruiz said.")
    assert [surface for surface, _ in _ids(text) if "Secession" in surface] == ["Secession Party"]


def test_initials_before_the_one_body_they_spell_stand_for_it():
    text = ("The NTSB opened an inquiry on Monday. The National Transportation Safety Board said the pilot had "
            "radioed for help.")
    assert dict(_ids(text))["NTSB"] == "organization:national-transportation-safety-board"
    text = ("The NTSB opened an inquiry. The National Transit Safety Bureau and the National Transportation Safety "
            "Board both sent staff.")
    assert "NTSB" not in dict(_ids(text))  # two bodies spell it: neither is sure
