"""An office in apposition to a name is that person's role, even when another holder of a related office was named
before it (analysis/actors/linking.py, _HolderIndex.pick). Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions

STORY = ("President John Smith spoke on Monday. Ahmad Karimi, the Supreme Leader of Iran, ordered three days of "
         "mourning. Maria Lopez, president of Peru, said she was sad.")


def _roles(text: str) -> dict[str, str]:
    mentions = find_mentions(text)
    roles = mentions[mentions["how"] == "role"]
    return dict(zip(roles["surface"], roles["actor"]))


def test_an_apposed_office_is_the_role_of_the_name_it_is_apposed_to():
    assert _roles(STORY) == {"the Supreme Leader": "Ahmad Karimi", "president": "Maria Lopez"}


def test_a_later_office_alone_still_goes_to_the_last_holder_named():
    roles = _roles("Ahmad Karimi, the president of Iran, spoke on Monday. The president later met aid workers.")
    assert roles == {"the president": "Ahmad Karimi", "The president": "Ahmad Karimi"}


def test_an_office_its_verb_follows_is_no_apposition():
    roles = _roles("At the request of Prime Minister Ann Lee, the Queen suspended parliament on Monday.")
    assert roles.get("the Queen") != "Ann Lee" and roles.get("Queen") != "Ann Lee"
    assert _roles("Ann Lee, the foreign minister, said so.") == {"the foreign minister": "Ann Lee"}


def test_a_supreme_leader_alone_is_not_the_holder_of_another_leader_office():
    roles = _roles("Party leader John Smith said the vote was fair. The Supreme Leader of Iran did not comment. "
                   "Later the Supreme Leader spoke on television.")
    assert "John Smith" not in roles.values()


def test_a_leader_alone_may_still_be_the_supreme_leader_named_before():
    roles = _roles("Ahmad Karimi, the Supreme Leader of Iran, met officials. The leader later said talks would go on.")
    assert roles.get("The leader") == "Ahmad Karimi"


def test_a_role_followed_by_a_name_titles_that_name_and_is_no_apposition():
    mentions = find_mentions("As the campaign entered June, presumptive Democratic presidential nominee Joe Biden chose a running mate.")
    assert list(mentions.loc[mentions["how"] != "demonym", "surface"]) == ["Joe Biden"]  # "Democratic": the party
    assert find_mentions("Okonkwo, a Nigerian virologist, said the test works.")["cue"].iloc[0] == \
        "apposition: Nigerian virologist"
