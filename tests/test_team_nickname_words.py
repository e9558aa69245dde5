"""Team nicknames that do not read as plurals ("the Boston Red Sox", "the Miami Heat"): in sports copy they name
the club as "the Pittsburgh Pirates" does, and the nickname alone is the team after it. Made-up sports copy."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {r.surface: (r.actor_type, r.actor_id) for r in find_mentions(text).itertuples()}


def test_an_irregular_plural_nickname_names_a_team():
    found = _found("The shortstop was traded to the Boston Red Sox before the baseball season. "
                   "The Red Sox beat the Chicago White Sox on Sunday.")
    assert found["Boston Red Sox"][0] == "organization"
    assert found["Red Sox"] == found["Boston Red Sox"]
    assert found["Chicago White Sox"][0] == "organization"


def test_a_singular_nickname_names_a_team_not_a_person():
    found = _found("The Orlando Magic beat the Miami Heat in a basketball game on Friday. The Heat coach was angry.")
    assert found["Orlando Magic"][0] == "organization"
    assert found["Miami Heat"][0] == "organization"
    assert found["Heat"] == found["Miami Heat"]


def test_not_outside_sports_copy_nor_when_the_text_writes_the_word_in_lower_case():
    found = _found("Residents of the Miami Heat district complained about the noise.")
    assert found.get("Miami Heat", ("", ""))[0] != "organization"
    found = _found("The heat was unbearable when the Miami Heat played basketball in July.")
    assert found.get("Miami Heat", ("", ""))[0] != "organization"
