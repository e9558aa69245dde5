"""A party named with a lower-case "party": the noun belongs to the mention. Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def rows(text: str) -> dict[str, tuple[str, str]]:
    """surface -> (actor_type, how) of the mentions of ``text``."""
    return {r.surface: (r.actor_type, r.how) for r in find_mentions(text).itertuples()}


def test_a_lower_case_party_noun_widens_the_party_mention():
    found = rows("The senator left the Republican party in March, and the Labour party welcomed the news.")
    assert found["Republican party"] == ("organization", "alias")  # the party itself, not a member word
    assert found["Labour party"][0] == "organization"


def test_a_discovered_party_keeps_its_noun():
    assert rows("She is running for the Harbour Renewal party in the by-election.")["Harbour Renewal party"][0] \
        == "organization"


def test_a_member_word_without_the_noun_stays_a_member():
    found = rows("Jane Okafor, a Republican, said the partygoers left early. Labour partisans cheered.")
    assert found["Republican"] == ("organization", "demonym")
    assert "Labour partisans" not in found and not any(surface.endswith("party") for surface in found)


def test_a_no_break_space_before_the_noun_widens_the_mention_too():
    found = rows("The senator left the Labour\u00a0party in March.")
    assert found["Labour\u00a0party"][0] == "organization"


def test_a_line_break_before_the_noun_does_not_widen_it():
    found = rows("The senator thanked Labour\nparty members for their support.")
    assert not any(surface.endswith("party") for surface in found)


def test_a_discovered_party_has_one_id_whichever_way_its_noun_is_written():
    lower = find_mentions("She is running for the Harbour Renewal party in the by-election.")
    upper = find_mentions("Officials of the Harbour Renewal Party said the count was slow.")
    assert set(lower["actor_id"]) == set(upper["actor_id"]) == {"organization:harbour-renewal-party"}
    assert "organization:democratic-party" in set(find_mentions("He left the Democratic party in 2019.")["actor_id"])


def test_a_linked_party_keeps_the_id_it_was_linked_to():
    found = find_mentions("Officials of Solara Systems said no. Later the Solara party said yes.")
    assert set(found["actor_id"]) == {"organization:solara-systems"}  # "short for 'Solara Systems'"


def test_a_known_party_name_ending_a_longer_name_is_another_party():
    mentions = find_mentions("The group was founded in 1998 as the Christian Democratic Party, a spokesman said.")
    assert set(mentions["actor_id"]) == {"organization:christian-democratic-party"}
    mentions = find_mentions("Nigeria's People's Democratic Party won the vote in Lagos.")
    assert "organization:democratic-party" not in set(mentions["actor_id"])


def test_a_country_before_a_known_party_name_keeps_the_party():
    mentions = find_mentions("Leaders of the US Democratic Party met in Ohio.")
    assert "organization:democratic-party" in set(mentions["actor_id"])


def test_a_state_before_a_known_party_name_makes_the_states_party():
    mentions = find_mentions("Officials of the Ohio Democratic Party said the count was slow.")
    found = dict(zip(mentions["surface"], mentions["actor_id"]))
    assert found.get("Ohio Democratic Party") == "organization:ohio-democratic-party"
    assert "organization:democratic-party" not in found.values()
    assert mentions.loc[mentions["surface"] == "Ohio", "actor_type"].tolist() == ["place"]  # the state stays, inside
