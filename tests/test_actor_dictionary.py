"""Actor dictionaries: the shipped default, the schema checks and merging a user's file."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from analysis.actors.dictionary import (
    DEFAULT_PATHS,
    DEFAULT_PATH,
    PUBLIC_FIGURES_PATH,
    DictionaryError,
    load_dictionary,
    merge_dictionaries,
    parse_dictionary,
    read_dictionary,
)

HEADER = "schema_version: 1\ndictionary_version: '1'\n"


def write(tmp_path: Path, body: str, name: str = "user.yaml") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + textwrap.dedent(body), encoding="utf-8")
    return path


# ---------------------------------------------------------------- the shipped default


@pytest.fixture(scope="module")
def default():
    return load_dictionary()


def test_default_has_every_un_member_and_observer(default):
    countries = [entry for entry in default.entries.values() if entry.type == "country"]
    assert len(countries) >= 193 + 2
    for actor_id in ("country:holy-see", "country:palestine", "country:taiwan", "country:kosovo", "country:south-sudan"):
        assert default.entry(actor_id).type == "country"


@pytest.mark.parametrize(
    "name",
    ["United Nations", "European Union", "NATO", "Organization of American States", "CELAC", "Mercosur", "BRICS",
     "G7", "G20", "World Health Organization", "International Monetary Fund", "World Bank", "OPEC", "ASEAN",
     "African Union", "ALBA", "Latin America", "Caribbean", "Middle East",
     "EFE", "Reuters", "Associated Press", "Agence France-Presse", "RT", "TASS", "Xinhua", "Sputnik", "BBC", "CNN"],
)
def test_default_names_the_major_bodies_regions_and_media(default, name):
    assert any(entry.name == name for entry in default.entries.values()), name


def test_people_come_only_from_the_public_figures_file(default):
    assert not [entry for entry in read_dictionary(DEFAULT_PATH).entries.values() if entry.type == "person"]
    people = [entry for entry in default.entries.values() if entry.type == "person"]
    assert len(people) > 300 and {entry.source for entry in people} == {str(PUBLIC_FIGURES_PATH)}
    assert all(entry.office and entry.period for entry in people)


def test_capitals_are_places_standing_for_their_country(default):
    moscow = default.entry("place:moscow")
    assert moscow.type == "place" and moscow.stands_for == "country:russia"
    assert default.entry("organization:white-house").stands_for == "country:united-states"
    for entry in default.entries.values():
        if entry.stands_for is not None:
            assert entry.stands_for in default.entries


def test_countries_carry_short_forms_and_demonyms(default):
    usa = default.entry("country:united-states")
    assert {"US", "U.S.", "USA"} <= {alias.text for alias in usa.aliases}
    assert {"American", "Americans"} <= {alias.text for alias in usa.demonyms}
    assert "Mexicans" in {alias.text for alias in default.entry("country:mexico").demonyms}


def test_short_capital_aliases_are_case_sensitive_by_default(default):
    aliases = {alias.text: alias.case_sensitive for alias in default.entry("country:united-states").aliases}
    assert aliases["US"] is True and aliases["United States of America"] is False
    who = {alias.text: alias.case_sensitive for alias in default.entry("organization:who").aliases}
    assert who["WHO"] is True


def test_short_acronyms_with_a_capital_inside_are_case_sensitive_by_default(default):
    pis = {alias.text: alias.case_sensitive for alias in default.entry("organization:law-and-justice").aliases}
    assert pis["PiS"] is True and pis["Law and Justice party"] is False
    from analysis.actors.step import find_mentions
    text = "The two PIs on the trial signed off. PiS won the vote in Warsaw."
    rows = dict(zip(find_mentions(text)["surface"], find_mentions(text)["actor_id"]))
    assert "PIs" not in rows and rows["PiS"] == "organization:law-and-justice"


def test_default_has_offices_and_cues(default):
    assert "head of {actor} diplomacy" in default.offices["foreign-minister"].phrases
    assert default.offices["foreign-minister"].parent == "minister"
    assert "Ministry" in default.cue("organization_words")
    assert "Evo" in default.cue("male_names") and "Carmen" in default.cue("female_names")
    assert "Jean" in default.cue("given_names")  # no usual gender
    assert not default.cue("female_names") & default.cue("male_names")


def test_loading_is_cached_per_path(tmp_path):
    assert load_dictionary() is load_dictionary(None)
    path = write(tmp_path, "entries: []\n")
    assert load_dictionary(path) is load_dictionary(path)


# ---------------------------------------------------------------- malformed files name the file and entry


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("entries:\n- {id: person:x, name: X}\n", "entry 1 (person:x): 'type' must be one of"),
        ("entries:\n- {id: person:x, name: X, type: persn}\n", "got 'persn'"),
        ("entries:\n- {id: person:x, name: X, type: person, alias: [Y]}\n", "unknown field(s) ['alias']"),
        ("entries:\n- {id: Person X, name: X, type: person}\n", "'id' must be a lowercase id"),
        ("entries:\n- {id: person:x, name: '', type: person}\n", "'name' must be a non-empty string"),
        ("entries:\n- {id: person:x, name: X, type: person}\n- {id: person:x, name: Y, type: person}\n",
         "entry 2: duplicate id 'person:x'"),
        ("entries:\n- {id: person:x, name: X, type: person, aliases: [Ex]}\n"
         "- {id: person:y, name: Y, type: person, aliases: [ex]}\n", "phrase 'ex' already names entry 'person:x'"),
        ("entries:\n- {id: place:x, name: X, type: place, stands_for: country:nowhere}\n",
         "stands_for 'country:nowhere' is not an entry id"),
        ("entries:\n- {id: person:x, name: X, type: person, aliases: [{alias: X2, case_sensitive: maybe}]}\n",
         "aliases item 1"),
        ("entries:\n- {id: person:x, name: X, type: person, aliases: 'X2'}\n", "expected a list of phrases"),
        ("entries: {}\n", "'entries' must be a list"),
        ("entries: []\ncues: {titels: [Mr]}\n", "cues: unknown list(s) ['titels']"),
        ("entries: []\noffices:\n- {id: boss, phrases: ['boss of {country}']}\n", "the only placeholder allowed"),
        ("entries: []\noffices:\n- {id: boss, phrases: [boss], parent: chief}\n", "parent 'chief' is not an office"),
    ],
)
def test_malformed_dictionary_names_file_and_entry(tmp_path, body, message):
    path = write(tmp_path, body)
    with pytest.raises(DictionaryError) as error:
        read_dictionary(path)
    assert str(path) in str(error.value)
    assert message in str(error.value)


def test_invalid_yaml_names_the_line(tmp_path):
    path = write(tmp_path, "entries:\n- {id: person:x, name: [unclosed\n")
    with pytest.raises(DictionaryError, match=r"not valid YAML at line \d+"):
        read_dictionary(path)


def test_schema_version_is_checked(tmp_path):
    path = tmp_path / "old.yaml"
    path.write_text("schema_version: 0\ndictionary_version: '1'\nentries: []\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="schema_version must be 1"):
        read_dictionary(path)


def test_missing_user_file_is_a_clear_error(tmp_path):
    with pytest.raises(DictionaryError, match="actor dictionary not found"):
        load_dictionary(tmp_path / "nope.yaml")


def test_metonyms_must_point_at_the_final_actor():
    data = {
        "schema_version": 1, "dictionary_version": "1",
        "entries": [
            {"id": "country:a", "name": "A", "type": "country"},
            {"id": "place:b", "name": "B", "type": "place", "stands_for": "country:a"},
            {"id": "organization:c", "name": "C", "type": "organization", "stands_for": "place:b"},
        ],
    }
    dictionary = parse_dictionary(data, source="inline")
    from analysis.actors.dictionary import check_references

    with pytest.raises(DictionaryError, match="which itself stands for 'country:a'"):
        check_references(dictionary)


# ---------------------------------------------------------------- merging a user's file


def test_user_entries_merge_over_the_default(tmp_path):
    path = write(tmp_path, """\
        entries:
        - id: person:sergey-lavrov
          name: Sergey Lavrov
          type: person
          aliases: [Sergei Lavrov]
          roles: [the head of Russian diplomacy]
        - id: country:russia
          name: Russia
          type: country
          aliases: [RF]
        """)
    merged = load_dictionary(path)
    assert merged.entry("person:sergey-lavrov").roles[0].text == "the head of Russian diplomacy"
    russia = merged.entry("country:russia")
    assert [alias.text for alias in russia.aliases] == ["RF"]
    assert "Russians" in {alias.text for alias in russia.demonyms}  # fields the user left out keep the default's
    assert "country:mexico" in merged.entries
    assert merged.sources == (*map(str, DEFAULT_PATHS), str(path.resolve()))


def test_replace_mode_keeps_only_the_users_entries_but_the_default_cues(tmp_path):
    path = write(tmp_path, "entries:\n- {id: person:x, name: Ann Example, type: person}\n")
    replaced = load_dictionary(path, mode="replace")
    assert list(replaced.entries) == ["person:x"]
    assert "Ministry" in replaced.cue("organization_words")
    assert "foreign-minister" in replaced.offices


def test_unknown_mode_is_rejected():
    with pytest.raises(ValueError, match="actors_mode must be one of"):
        load_dictionary(mode="append")


def test_user_cues_extend_the_default(tmp_path):
    path = write(tmp_path, "entries: []\ncues: {organization_words: [Kollektiv]}\n")
    merged = load_dictionary(path)
    assert {"Kollektiv", "Ministry"} <= merged.cue("organization_words")


def test_merged_stands_for_may_point_into_the_default(tmp_path):
    path = write(tmp_path, "entries:\n- {id: organization:casa-verde, name: Casa Verde, type: organization, "
                           "stands_for: country:mexico}\n")
    with pytest.raises(DictionaryError):
        read_dictionary(path)  # alone, the target is unknown
    base = read_dictionary(DEFAULT_PATH)
    merged = merge_dictionaries(base, parse_dictionary(
        {"schema_version": 1, "dictionary_version": "1",
         "entries": [{"id": "organization:casa-verde", "name": "Casa Verde", "type": "organization",
                      "stands_for": "country:mexico"}]}, source="inline"))
    assert merged.entry("organization:casa-verde").stands_for == "country:mexico"


def test_seas_and_straits_named_after_a_people_or_country_are_places_not_that_country():
    from analysis.actors.step import find_mentions
    found = find_mentions("Warships entered the Black Sea as storms swept the Indian Ocean and the Taiwan Strait.")
    typed = dict(zip(found["surface"], found["actor_type"]))
    assert typed == {"Black Sea": "region", "Indian Ocean": "region", "Taiwan Strait": "place"}


def test_washington_comma_dc_without_stops_is_one_name_of_the_capital():
    from analysis.actors.step import find_mentions
    found = find_mentions("Thousands marched in Washington, DC on Saturday, and lobbyists in Washington, DC, agreed.")
    assert list(zip(found["surface"], found["actor_id"])) == [
        ("Washington, DC", "place:washington"), ("Washington, DC", "place:washington")]
    found = find_mentions("He flew to Washington, then to Paris.")  # a comma after the name alone: the capital, no DC
    assert list(found["surface"]) == ["Washington", "Paris"]


def test_dc_with_stops_alone_is_the_capital_and_a_court_for_it_stays_a_court():
    from analysis.actors.step import find_mentions
    found = find_mentions("Thousands of protesters drove to D.C. on Saturday, and D.C. police closed roads.")
    assert list(zip(found["surface"], found["actor_id"])) == [("D.C.", "place:washington"), ("D.C.", "place:washington")]
    found = find_mentions("The Court of Appeals for the D.C. Circuit upheld the ruling.")
    rows = found[found["how"] != "inner"]
    assert list(zip(rows["surface"], rows["actor_type"])) == [("Court of Appeals for the D.C. Circuit", "organization")]
    found = find_mentions("Fans packed the Bank of America Stadium on Sunday.")  # a building named after a body
    assert list(zip(found["surface"], found["actor_type"])) == [("Bank of America Stadium", "place")]


def test_near_and_far_east_are_regions_not_a_place_east_or_a_person():
    from analysis.actors.step import find_mentions
    found = find_mentions("Early farmers spread from the Near East to Europe, archaeologists said.")
    assert ("the Near East", "region:near-east") in list(zip(found["surface"], found["actor_id"]))
    found = find_mentions("Floods hit Russia's Far East on Monday.")  # not a person "after Russia's"
    assert list(zip(found["surface"], found["actor_type"])) == [("Russia", "country"), ("Far East", "region")]
    found = find_mentions("Near Kherson, troops dug in.")  # "Near" opening a sentence is still a locative
    assert list(zip(found["surface"], found["actor_type"])) == [("Kherson", "place")]


def test_the_geological_survey_that_earthquake_reports_cite_is_one_body():
    from analysis.actors.step import find_mentions
    text = ("The quake struck at dawn, the U.S. Geological Survey said. The USGS put its depth at 10 km, "
            "and the US Geological Survey later revised the magnitude.")
    rows = find_mentions(text)
    assert set(rows.loc[rows["how"] != "inner", "actor_id"]) == {"organization:usgs"}


def test_legislatures_news_names_in_their_own_language_are_bodies():
    from analysis.actors.step import find_mentions
    text = ("The Sejm voted on Friday, and the Verkhovna Rada will debate the treaty. Anil Rao, elected to the "
            "Rajya Sabha in 2004, said the Lok Sabha had passed it in the Dáil's absence. Taiwan's legislature, the "
            "Legislative Yuan, voted 66 to 27.")
    rows = find_mentions(text)
    counted = rows[rows["how"] != "inner"]
    assert {"organization:sejm", "organization:verkhovna-rada", "organization:rajya-sabha",
            "organization:lok-sabha", "organization:dail", "organization:legislative-yuan"} <= set(counted["actor_id"])
    assert "place" not in set(counted.loc[counted["surface"].str.contains("Sabha"), "actor_type"])
