"""A regnal "I" after a ruler's title stays part of the name, so two rulers of one name stay two actors; the
pronoun "I" after a name is still trimmed. Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def test_a_regnal_one_after_a_rulers_title_is_kept():
    mentions = find_mentions("Sultan Murad I founded the town. His descendant Sultan Murad II rebuilt it.")
    people = mentions[mentions["actor_type"] == "person"]
    assert list(people["surface"]) == ["Murad I", "Murad II"]
    assert people["actor_id"].nunique() == 2


def test_the_pronoun_after_a_name_is_not_kept():
    people = find_mentions("Thank you, Mr. Hollis I know you are busy.")
    assert list(people[people["actor_type"] == "person"]["surface"]) == ["Hollis"]
    kept = find_mentions("Pope Linus I'd say was the first.")
    assert "Linus I" not in set(kept["surface"])
