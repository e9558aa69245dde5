"""A role phrase naming its country ("the French president") is a mention of the public figure the dictionary
says holds that office today, when the article names them and gives no one that office itself
(analysis/actors/public_offices.py, analysis/actors/linking.py). Made-up news sentences."""
from __future__ import annotations

import pytest

from analysis.actors.compiled import compile_dictionary, get_dictionary
from analysis.actors.step import find_mentions
from analysis.quotes.step import extract_quotes


def _roles(text: str, **options) -> dict[str, str]:
    mentions = find_mentions(text, **options)
    roles = mentions[mentions["how"] == "role"]
    return dict(zip(roles["surface"], roles["actor_id"]))


def test_a_role_naming_its_country_is_the_dictionarys_holder_named_in_the_article():
    text = "Emmanuel Macron met Olaf Scholz in Paris on Monday. The French president said the talks had been useful."
    assert _roles(text) == {"president": "person:emmanuel-macron"}
    quotes = extract_quotes(text)
    assert quotes["speaker_actor_id"].tolist() == ["person:emmanuel-macron"]


def test_the_country_must_match_the_holders():
    text = "Emmanuel Macron met Olaf Scholz in Paris on Monday. The German president said the talks had been useful."
    assert _roles(text) == {}


@pytest.mark.parametrize("text", [
    # a bare role names no country: the president of a club or a company is as likely
    "Emmanuel Macron visited the club on Monday. The president said the new stadium would open in May.",
    # the holder is not named in the article
    "Talks were held in Paris on Monday. The French president said the talks had been useful.",
    # the article gives the office to someone itself: that holder wins
    "French President Jean Dupont met Emmanuel Macron on Monday. The French president said the talks had gone well.",
])
def test_no_dictionary_holder_without_a_country_a_named_holder_or_against_the_article(text):
    assert "person:emmanuel-macron" not in _roles(text).values()


def test_former_holders_class_offices_and_others_offices_hold_nothing():
    held = compile_dictionary(get_dictionary()).public_offices
    assert held["person:emmanuel-macron"] == ("president", "country:france")
    assert held["person:sergey-lavrov"] == ("foreign-minister", "country:russia")
    assert "person:barack-obama" not in held  # period 2009-2017: a former president
    assert "person:marine-le-pen" not in held  # a party leader: "leader" is a class of offices
    assert "person:bernie-sanders" not in held  # one of several US senators in the dictionary
    assert "person:dmitry-medvedev" not in held  # "Deputy Chairman ...": not the chairman
    assert "person:jordan-bardella" not in held  # "President of the National Rally": a party's office


def test_a_user_dictionarys_public_figure_holds_their_office(tmp_path):
    path = tmp_path / "user.yaml"
    path.write_text("schema_version: 1\ndictionary_version: test\nentries:\n"
                    "- {id: 'person:zyxqa-brennholt', name: 'Zyxqa Brennholt', type: person,\n"
                    "   office: 'Defence Minister of Norway', country: 'country:norway', period: '2031-'}\n",
                    encoding="utf-8")
    text = "Zyxqa Brennholt arrived in Oslo on Monday. The Norwegian defence minister said the talks had been useful."
    assert _roles(text, dictionary=path) == {"defence minister": "person:zyxqa-brennholt"}


def test_a_role_the_sentence_gives_a_person_is_that_persons_not_the_holder_today():
    text = "Emmanuel Macron spoke in Paris on Monday. Nicolas Sarkozy was the president of France from 2007 to 2012."
    assert _roles(text) == {"the president": "person:nicolas-sarkozy"}
