"""Well-known people by surname alone (the shipped public-figures list and users' ``surnames``), spelling
variants of one person, parties and their members, and the platform "X"."""
from __future__ import annotations

import textwrap

import pytest

from analysis.actors.dictionary import DictionaryError, PUBLIC_FIGURES_PATH, load_dictionary, read_dictionary
from analysis.actors.mention_types import variant_key
from analysis.actors.step import find_mentions


def ids(text: str, **options) -> list[tuple[str, str]]:
    mentions = find_mentions(text, **options)
    return list(zip(mentions["surface"], mentions["actor_id"]))


def write(tmp_path, body: str):
    path = tmp_path / "user.yaml"
    path.write_text("schema_version: 1\ndictionary_version: test\n" + textwrap.dedent(body), encoding="utf-8")
    return path


# ---------------------------------------------------------------- the shipped list


def test_the_list_is_dated_versioned_and_covers_every_un_member():
    figures = read_dictionary(PUBLIC_FIGURES_PATH)
    assert figures.versions == (f"{PUBLIC_FIGURES_PATH}@2024.12",)
    assert "Current as of: 2024-12-31" in PUBLIC_FIGURES_PATH.read_text(encoding="utf-8")
    default = load_dictionary(None)
    served = {entry.country for entry in figures.entries.values()}
    members = [entry.id for entry in default.entries.values() if entry.type == "country"][:193]  # UN members first
    missing = [country for country in members if country not in served and country != "country:san-marino"]
    assert missing == []  # San Marino's two captains regent change every six months
    assert all(entry.period and entry.office for entry in figures.entries.values())


def test_a_bare_surname_names_the_public_figure():
    text = "Macron said on Monday that Lavrov was wrong. Zelenskyy agreed; TRUMP SAYS BIDEN WILL LOSE."
    assert ids(text) == [("Macron", "person:emmanuel-macron"), ("Lavrov", "person:sergey-lavrov"),
                         ("Zelenskyy", "person:volodymyr-zelensky"), ("TRUMP", "person:donald-trump"),
                         ("BIDEN", "person:joe-biden")]
    assert set(find_mentions(text)["how"]) == {"alias"}


def test_a_sentence_s_first_word_spelt_otherwise_is_no_listed_surname():
    """Folded, "Støre" is "Store": the English word opening a line is not Norway's prime minister."""
    assert ids("Prices were lower.\n\nStore hours: Mon-Fri 9-5.") == []
    assert ids("Norway wants a deal, Støre said on Monday.")[-1] == ("Støre", "person:jonas-gahr-store")


def test_the_articles_own_full_name_wins():
    text = "Jill Biden spoke first. Later Biden thanked the crowd."
    assert ids(text) == [("Jill Biden", "person:jill-biden"), ("Biden", "person:jill-biden")]
    text = "Biden thanked the crowd. His sister Valerie Biden joined him."  # a full name after it counts too
    assert ids(text)[0] == ("Biden", "person:valerie-biden")


def test_a_surname_shared_by_listed_people_is_a_person_linked_to_none():
    mentions = find_mentions("Clinton won the primary.")
    assert mentions[["surface", "actor_id", "actor_type"]].values.tolist() == [["Clinton", "person:clinton", "person"]]


def test_common_surnames_need_the_full_name():
    # "Johnson" is not listed as a bare surname: a speaker of its own, not Boris Johnson
    assert ids("Johnson said the plan would fail.") == [("Johnson", "person:johnson")]
    assert ids("Boris Johnson left. Johnson said no.") == [("Boris Johnson", "person:boris-johnson"),
                                                           ("Johnson", "person:boris-johnson")]


def test_spelling_variants_of_one_person_get_one_id():
    assert variant_key("sergei") == variant_key("sergey") == variant_key("sergej") == "sergei"
    assert variant_key("dmitriy") == variant_key("dmitry") == "dmitri"
    assert variant_key("zelenskyy") == variant_key("zelenskiy") == variant_key("zelensky")
    assert ids("Sergei Lavrov met Sergey Lavrov.") == [("Sergei Lavrov", "person:sergey-lavrov"),
                                                        ("Sergey Lavrov", "person:sergey-lavrov")]
    found = find_mentions("Dmitriy Kowalczyk spoke. Later Dmitry Kowalczyk left.")
    assert found["actor_id"].nunique() == 1  # discovered names too


# ---------------------------------------------------------------- users' dictionaries


def test_a_user_entry_with_surnames_works_the_same_way(tmp_path):
    path = write(tmp_path, """\
        entries:
        - {id: "person:zyxqa-brennholt", name: "Zyxqa Brennholt", type: person, surnames: [Brennholt],
           office: "Mayor of Example", period: "2020-"}
        """)
    assert ids("Brennholt said the plan would fail.", dictionary=path) == [("Brennholt", "person:zyxqa-brennholt")]
    assert ids("Brennholt said the plan would fail.") == [("Brennholt", "person:brennholt")]


def test_a_user_entry_can_take_a_listed_surname(tmp_path):
    path = write(tmp_path, "entries:\n- {id: 'person:melania-trump', name: Melania Trump, type: person, surnames: [Trump]}\n")
    assert ids("Trump spoke.", dictionary=path) == [("Trump", "person:melania-trump")]  # the user's file wins


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("{id: 'country:x', name: X, type: country, surnames: [X]}", "surnames' are for persons only"),
        ("{id: 'person:a-b', name: A B, type: person, surnames: [A B]}", "surnames must be single words"),
        ("{id: 'person:a-b', name: A B, type: person, period: '2021-2019'}", "'period' must be years"),
        ("{id: 'person:a-b', name: A B, type: person, period: 'lately'}", "'period' must be years"),
        ("{id: 'person:a-b', name: A B, type: person, office: [x]}", "'office' must be a string"),
        ("{id: 'person:a-b', name: A B, type: person, country: 'Atlantis!'}", "'country' must be the id"),
    ],
)
def test_bad_public_figure_fields_are_named(tmp_path, entry, message):
    path = write(tmp_path, f"entries:\n- {entry}\n")
    with pytest.raises(DictionaryError, match=message):
        read_dictionary(path)


def test_an_unknown_country_is_named_when_merged(tmp_path):
    path = write(tmp_path, "entries:\n- {id: 'person:a-b', name: A B, type: person, country: 'country:atlantis'}\n")
    with pytest.raises(DictionaryError, match=r"person:a-b.*country:atlantis.*not a country entry"):
        load_dictionary(path)


# ---------------------------------------------------------------- parties and the platform X


def test_parties_and_their_members_are_organisations():
    mentions = find_mentions("A Democrat and two Republicans voted with Labour; the Tories and John Tory did not.")
    rows = mentions[["surface", "actor_id", "how"]].values.tolist()
    assert rows == [["Democrat", "organization:democratic-party", "demonym"],
                    ["Republicans", "organization:republican-party", "demonym"],
                    ["Labour", "organization:labour-party-uk", "alias"],
                    ["Tories", "organization:conservative-party-uk", "alias"],
                    ["John Tory", "person:john-tory", "discovered"]]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("He posted on X that he agreed.", ["X"]),
        ("X, formerly Twitter, banned him. His X account was suspended.", ["X", "Twitter", "X"]),
        ("The social media platform X said it would appeal.", ["X"]),
        ("In a post on X, the minister said the plan failed.", ["X"]),
        ("It depends on X and Y.", []),
        ("Find the value of X.", []),
        ("The X-ray was fine and Grade X students passed.", []),
        ("Malcolm X spoke at length.", []),
    ],
)
def test_the_platform_x_only_in_platform_contexts(text, found):
    mentions = find_mentions(text)
    platform = mentions[mentions["actor_id"] == "organization:twitter"]
    assert platform["surface"].tolist() == found
