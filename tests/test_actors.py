"""Actor mentions: dictionary matching rules, metonymy, the seed acceptance, the step and the validation floors."""
from __future__ import annotations

import importlib.util
import sys
import textwrap

import pandas as pd
import pytest

from analysis.actors.step import (
    COLUMNS,
    MENTION_COLUMNS,
    article_metrics,
    find_mentions,
    last_person_before,
    people_in,
    person_at,
)
from analysis.actors.dictionary import DEFAULT_PATH, read_dictionary
from analysis.actors.inner_places import counted_mentions
from analysis.paths import ROOT
from analysis.pipeline.spine import article_table
from analysis.text.document import Document
from analysis.text.tables import sentences_table
from tests.conftest import SEED_ARTICLE


@pytest.fixture(scope="module")
def seed_body() -> str:
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    return text.split("(EFE) .- ", 1)[1]


@pytest.fixture(scope="module")
def seed_mentions(seed_body) -> pd.DataFrame:
    return find_mentions(seed_body)


@pytest.fixture(scope="module")
def seed_discovered(seed_body) -> pd.DataFrame:
    """The seed with the countries-and-bodies dictionary alone (no shipped public figures): what discovery finds."""
    return find_mentions(seed_body, dictionary=read_dictionary(DEFAULT_PATH))


def surfaces(mentions: pd.DataFrame, actor: str) -> list[str]:
    return mentions.loc[mentions["actor"] == actor, "surface"].tolist()


def actor_of(text: str, surface: str, **options) -> tuple[str, str, str] | None:
    mentions = find_mentions(text, **options)
    rows = mentions[mentions["surface"] == surface]
    if rows.empty:
        return None
    row = rows.iloc[0]
    return row["actor_id"], row["actor_type"], row["how"]


# ---------------------------------------------------------------- acceptance on the seed article


@pytest.mark.parametrize(
    ("actor", "kind"),
    [("Russia", "country"), ("Latin America", "region"), ("Caribbean", "region"), ("United States", "country"),
     ("Mexico", "country"), ("Brazil", "country"), ("Argentina", "country"), ("Nicaragua", "country"),
     ("Bolivia", "country"), ("CELAC", "organization"), ("RT", "media")],
)
def test_seed_mentions_the_dictionary_actors(seed_mentions, actor, kind):
    rows = seed_mentions[seed_mentions["actor"] == actor]
    assert not rows.empty, actor
    assert set(rows["actor_type"]) == {kind}


def test_seed_united_states_from_short_form_and_metonyms(seed_mentions):
    usa = seed_mentions[seed_mentions["actor_id"] == "country:united-states"]
    assert {"US", "Washington", "the White House"} <= set(usa["surface"])
    assert set(usa.loc[usa["surface"] != "US", "how"]) == {"metonym"}


def test_seed_mexico_also_through_the_mexicans(seed_mentions):
    mexicans = seed_mentions[seed_mentions["surface"] == "Mexicans"]
    assert mexicans[["actor_id", "how"]].values.tolist() == [["country:mexico", "demonym"]]


@pytest.mark.parametrize(
    ("name", "actor_id"),
    [("John Bolton", "person:john-bolton"), ("Nicolás Maduro", "person:nicolas-maduro"),
     ("Evo Morales", "person:evo-morales"), ("Sergey Lavrov", "person:sergey-lavrov")],
)
def test_seed_discovers_the_people(seed_discovered, seed_mentions, name, actor_id):
    rows = seed_discovered[seed_discovered["actor"] == name]
    assert not rows.empty, name
    assert set(rows["actor_id"]) == {actor_id}
    assert set(rows["actor_type"]) == {"person"}
    assert "discovered" in set(rows["how"])
    shipped = seed_mentions[seed_mentions["actor"] == name]  # the public figures list names them with the same ids
    assert set(shipped["actor_id"]) == {actor_id} and set(shipped["actor_type"]) == {"person"}


def test_seed_links_lavrov_and_the_role_phrase_to_sergey_lavrov(seed_discovered, seed_mentions):
    lavrov = seed_discovered[seed_discovered["actor_id"] == "person:sergey-lavrov"]
    assert lavrov["surface"].tolist() == ["Sergey Lavrov", "The head of Russian diplomacy", "Lavrov", "Lavrov"]
    assert lavrov["how"].tolist() == ["discovered", "role", "discovered", "discovered"]
    assert seed_discovered.loc[seed_discovered["surface"] == "(Nicolás) Maduro", "actor"].tolist() == ["Nicolás Maduro"]
    shipped = seed_mentions[seed_mentions["actor_id"] == "person:sergey-lavrov"]
    assert shipped["surface"].tolist() == lavrov["surface"].tolist()
    assert shipped["how"].tolist() == ["dictionary", "role", "alias", "alias"]
    assert seed_mentions.loc[seed_mentions["surface"] == "(Nicolás) Maduro", "actor"].tolist() == ["Nicolás Maduro"]


def test_seed_monroe_doctrine_is_not_a_person(seed_mentions):
    assert not seed_mentions["surface"].str.contains("Monroe").any()
    people = set(seed_mentions.loc[seed_mentions["actor_type"] == "person", "actor"])
    assert people == {"Sergey Lavrov", "John Bolton", "Nicolás Maduro", "Evo Morales"}


def _never_overlap_but_inner_rows(mentions: pd.DataFrame) -> None:
    """Counted rows never overlap; each inner row (a place inside a longer name, or a person inside a body's or
    a place's name) lies inside the counted (or picture credit's) organisation or media row (or place row, for a
    person) before it."""
    counted = counted_mentions(mentions)
    assert (counted["start"].iloc[1:].to_numpy() >= counted["end"].iloc[:-1].to_numpy()).all()
    holders = mentions[mentions.index.isin(counted.index) | (mentions["how"] == "credit")]
    for row in mentions[mentions["how"] == "inner"].itertuples():
        around = holders[(holders["start"] <= row.start) & (holders["end"] >= row.end)]
        containers = ("organization", "media", "place") if row.actor_type == "person" else ("organization", "media")
        assert len(around) == 1 and around["actor_type"].iloc[0] in containers
        assert around.index[0] < row.Index


def test_mentions_never_overlap_and_offsets_index_the_text(seed_body, seed_mentions):
    assert list(seed_mentions.columns) == MENTION_COLUMNS
    assert seed_mentions["start"].is_monotonic_increasing
    _never_overlap_but_inner_rows(seed_mentions)
    for row in seed_mentions.itertuples():
        assert seed_body[row.start:row.end] == row.surface


# ---------------------------------------------------------------- matching rules


def test_longest_match_wins():
    mentions = counted_mentions(find_mentions("Latin America met the Community of Latin American and Caribbean States."))
    assert mentions["surface"].tolist() == ["Latin America", "Community of Latin American and Caribbean States"]
    assert mentions["actor"].tolist() == ["Latin America", "CELAC"]


def test_short_capital_aliases_need_their_case():
    assert actor_of("The US told us.", "US") == ("country:united-states", "country", "alias")
    assert actor_of("The US told us.", "us") is None
    assert actor_of("The WHO said it; who knows.", "WHO")[0] == "organization:who"
    assert find_mentions("who knows")["surface"].tolist() == []


def test_capitalised_names_need_a_capital_in_the_text():
    assert actor_of("Turkey and Chad signed.", "Turkey")[0] == "country:turkey"
    assert find_mentions("They ate turkey in a chad of paper.").empty


def test_accents_are_ignored(tmp_path):
    path = tmp_path / "people.yaml"
    path.write_text("schema_version: 1\ndictionary_version: '1'\nentries:\n"
                    "- {id: person:nicolas-maduro, name: Nicolás Maduro, type: person}\n", encoding="utf-8")
    assert actor_of("Nicolas Maduro spoke.", "Nicolas Maduro", dictionary=path) == (
        "person:nicolas-maduro", "person", "dictionary")
    assert actor_of("Talks in BOGOTÁ ended.", "BOGOTÁ")[0] == "place:bogota"


def test_possessive_stays_outside_the_mention():
    text = "Russia’s interest and Brazil's view"
    mentions = find_mentions(text)
    assert mentions["surface"].tolist() == ["Russia", "Brazil"]


def test_demonyms_are_attribute_mentions_but_languages_are_not():
    assert actor_of("Mexican officials met.", "Mexican") == ("country:mexico", "country", "demonym")
    for text in ("He spoke in Russian.", "a Spanish-language daily", "She speaks French and German."):
        assert find_mentions(text).empty, text


def test_currency_is_not_a_country():
    assert find_mentions("a fund of US$5 million").empty


def test_blocked_phrases_are_not_mentions():
    assert find_mentions("The Sputnik V vaccine and the Paris Agreement.").empty


# ---------------------------------------------------------------- metonymy


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Washington said it would respond.", "Washington", ("country:united-states", "country", "metonym")),
        ("Talks in Washington ended.", "Washington", ("place:washington", "place", "dictionary")),
        ("Relations between Washington and Caracas soured.", "Caracas", ("country:venezuela", "country", "metonym")),
        ("The Kremlin denied it.", "The Kremlin", ("country:russia", "country", "metonym")),
        ("He arrived at the Kremlin.", "Kremlin", None),
        ("Flights to Moscow and Kyiv resumed.", "Kyiv", ("place:kyiv", "place", "dictionary")),
        ("Moscow, Dec 22 (EFE) .- Russia said", "Moscow", ("place:moscow", "place", "dictionary")),
        ("a Moscow-based analyst", "Moscow", ("place:moscow", "place", "dictionary")),
        ("She has homes in Ghent and Brussels, Belgium.", "Brussels", ("place:brussels", "place", "dictionary")),
        ("The band toured Madrid, Spain last May.", "Madrid", ("place:madrid", "place", "dictionary")),
        ("Madrid, which backed the deal, said no.", "Madrid", ("country:spain", "country", "metonym")),
        ("Protesters marched in Washington, DC on Sunday.", "Washington, DC", ("place:washington", "place", "alias")),
        ("The architect drew a street plan for Washington, D.C. in 1791.", "Washington, D.C.",
         ("place:washington", "place", "alias")),
    ],
)
def test_capitals_are_places_after_locatives_and_metonyms_elsewhere(text, surface, expected):
    assert actor_of(text, surface) == expected



@pytest.mark.parametrize(
    ("text", "surface", "reading"),
    [
        ("Protests spread to the capital, Nairobi, on Friday.", "Nairobi", "place"),
        ("Thousands ran the Nairobi Marathon on Sunday.", "Nairobi", "place"),
        ("Cairo police detained two men.", "Cairo", "place"),
        ("Floods hit Texas, Oklahoma and Washington last week.", "Washington", "place"),
        ("Athens expelled the ambassador on Friday.", "Athens", "country"),
        ("Washington will not comment on the talks.", "Washington", "country"),
        ("Beijing strongly denied the report.", "Beijing", "country"),
        ("Pro-Moscow rebels seized the airport.", "Moscow", "country"),
        ("The Nairobi government banned the march.", "Nairobi", "country"),
        ("A Tehran regime spokesman denied it.", "Tehran", "country"),
        ("The Nairobi metro plan was shelved.", "Nairobi", "place"),
        ("Nairobi is the capital of Kenya.", "Nairobi", "place"),
        ("Cairo was once a small fortified town.", "Cairo", "place"),
        ("Cairo is a key partner in the talks.", "Cairo", "country"),
        ("The ferry was bound for Nairobi when it sank.", "Nairobi", "place"),
        ("The convoy headed for Kyiv on Monday.", "Kyiv", "place"),
        ("Calls for Washington to intervene grew.", "Washington", "country"),
        ("The band played several Berlin and Madrid concerts.", "Berlin", "place"),
        ("Officials noted that Washington currently refrains from comment.", "Washington", "country"),
        ("Nairobi hosted the regional games in 2019.", "Nairobi", "place"),
        ("In the 1990s Kyiv experienced a building boom.", "Kyiv", "place"),
        ("Cairo was thriving before the war.", "Cairo", "place"),
        ("Nairobi was furious about the remarks.", "Nairobi", "country"),
        ("Kyiv declined to comment on the report.", "Kyiv", "country"),
        ("The airline flies to cities other than Nairobi.", "Nairobi", "place"),
        ("Tourists prefer capitals such as Cairo.", "Cairo", "place"),
        ("It is the busiest port in the region after Nairobi.", "Nairobi", "place"),
        ("Tehran retaliated after Washington imposed new sanctions.", "Washington", "country"),
        ("Cairo spends less on defence than Nairobi.", "Nairobi", "country"),
        ("He spoke at the bank's Nairobi headquarters on Monday.", "Nairobi", "place"),
        ("The university's Cairo campus reopened.", "Cairo", "place"),
        ("Nairobi insists the vote was fair.", "Nairobi", "country"),
        ("Riots broke out in Giza (Cairo) overnight.", "Cairo", "place"),
        ("Crowds gathered in Giza (Cairo said it was calm).", "Cairo", "country"),
        ("Where to go\n\nOld Cairo\n\nThe oldest quarter lies east.", "Old Cairo", "place"),  # a quarter of its own
        ("Stops\n\nNairobi: a busy hub with two stations.", "Nairobi", "place"),
        ("Nairobi rejects the plan\n\nThe talks failed on Monday.", "Nairobi", "country"),
    ],
)
def test_a_capital_is_its_country_only_where_it_acts(text, surface, reading):
    assert actor_of(text, surface)[1] == reading

@pytest.mark.parametrize("introduced", [
    "The mayor of Nairobi resigned on Monday.", "Nairobi Mayor Ann Kariuki resigned on Monday.",
    "Nairobi's city mayor resigned on Monday.",
])
def test_a_capitals_government_is_the_citys_own_where_the_text_names_its_mayor(introduced):
    mentions = find_mentions(f"{introduced} The Nairobi government banned the march.")
    governing = mentions[mentions["surface"] == "Nairobi"].iloc[-1]
    assert governing["actor_type"] == "place"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ('The retired general kept a villa known as the "Kremlin" by locals.', "Kremlin"),
        ("Volunteers ran a hub, Transport for Nairobi, from May.", "Nairobi"),
        ("Transport for Nairobi (TfN) closed two stations.", "Nairobi"),
        ("Activists held the WHPZ (White House Peace Zone) for a month.", "White House"),
        ("Young families left Seattle's Capitol Hill neighborhood.", "Capitol Hill"),
        ("The final was held in Kenya: Nairobi. It rained.", "Nairobi"),
    ],
)
def test_a_seat_of_power_in_another_name_or_before_a_place_noun_is_no_metonym(text, surface):
    assert actor_of(text, surface)[2] != "metonym"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The White House Press Secretary said no.", "The White House"),
        ("A former White House Coronavirus Task Force member spoke.", "White House"),
        ("Capitol Hill passed the bill on Friday.", "Capitol Hill"),
        ("Talks stalled over Kenya: Nairobi refused to sign.", "Nairobi"),
    ],
)
def test_a_seat_of_power_starting_a_title_or_a_body_stays_a_metonym(text, surface):
    assert actor_of(text, surface)[2] == "metonym"


def test_the_kremlin_after_a_locative_is_the_organisation_itself():
    assert actor_of("He arrived at the Kremlin.", "the Kremlin") == ("organization:kremlin", "organization", "alias")


def test_fold_metonyms_off_keeps_the_metonyms_own_actor():
    assert actor_of("Washington said no.", "Washington", fold_metonyms=False) == (
        "place:washington", "place", "metonym")


# ---------------------------------------------------------------- user dictionaries


@pytest.fixture
def lavrov_dictionary(tmp_path):
    path = tmp_path / "people.yaml"
    path.write_text(textwrap.dedent("""\
        schema_version: 1
        dictionary_version: '2021.1'
        entries:
        - id: person:sergey-lavrov
          name: Sergey Lavrov
          type: person
          aliases: [Sergei Lavrov]
          roles: [the head of Russian diplomacy]
        """), encoding="utf-8")
    return path


def test_user_roles_and_aliases_name_the_person(lavrov_dictionary):
    text = "The head of Russian diplomacy spoke. Sergei Lavrov added more. Later, Lavrov left."
    mentions = find_mentions(text, dictionary=lavrov_dictionary)
    lavrov = mentions[mentions["actor_id"] == "person:sergey-lavrov"]
    assert lavrov["surface"].tolist() == ["The head of Russian diplomacy", "Sergei Lavrov", "Lavrov"]
    assert lavrov["how"].tolist() == ["role", "alias", "alias"]


def test_replace_mode_drops_the_default_entries(lavrov_dictionary):
    from analysis.actors.dictionary import load_dictionary

    replaced = load_dictionary(lavrov_dictionary, mode="replace")
    mentions = find_mentions("Sergey Lavrov visited Mexico.", dictionary=replaced, discover=False)
    assert mentions["actor_id"].tolist() == ["person:sergey-lavrov"]


# ---------------------------------------------------------------- person helpers


def test_person_helpers_resolve_sources(seed_body, seed_mentions):
    start = seed_body.index("The head of Russian diplomacy")
    assert person_at(seed_mentions, start, start + len("The head"))["actor"] == "Sergey Lavrov"
    assert person_at(seed_mentions, 0, 5) is None
    he = seed_body.index("he said in an interview")
    assert last_person_before(seed_mentions, he)["actor"] == "Sergey Lavrov"
    assert last_person_before(seed_mentions, 10) is None
    people = people_in(seed_mentions)
    assert people["actor"].tolist() == ["Sergey Lavrov", "John Bolton", "Nicolás Maduro", "Evo Morales"]
    assert people["n_mentions"].tolist() == [4, 1, 1, 1]


# ---------------------------------------------------------------- the pipeline step


def _doc(text: str, doc_id: str = "d1") -> Document:
    return Document(text, doc_id=doc_id)


def run_article(doc: Document, options: dict) -> pd.DataFrame:
    """The actors step's rows of one article as a table."""
    return article_table("actors", doc, options)


def test_run_article_adds_doc_and_sentence_ids(seed_body):
    doc = _doc(seed_body)
    table = run_article(doc, {"actors": None, "actors_mode": "merge", "fold_metonyms": True, "discover": True})
    assert list(table.columns) == COLUMNS
    assert set(table["doc_id"]) == {"d1"}
    sentences = sentences_table(doc.doc_id, doc.text).set_index("sent_id")
    for row in table.itertuples():
        sentence = sentences.loc[row.sent_id]
        assert sentence["start"] <= row.start < sentence["end"]


def test_run_article_options_reach_the_finder(seed_body):
    doc = _doc(seed_body)
    plain = run_article(doc, {"discover": False, "fold_metonyms": False})
    assert "discovered" not in set(plain["how"])
    assert "place:washington" in set(plain["actor_id"])


def test_run_article_without_mentions_returns_the_columns():
    table = run_article(_doc("nothing to see here."), {})
    assert table.empty and list(table.columns) == COLUMNS


def test_article_metrics_aggregate_the_table(seed_body):
    table = run_article(_doc(seed_body), {})
    articles = pd.DataFrame({"doc_id": ["d1", "d2"]})
    metrics = article_metrics({"mentions": table}, articles, {})
    counted = counted_mentions(table)  # not the places inside longer names ("Caribbean" in CELAC's name)
    assert len(counted) < len(table)
    assert metrics.loc["d1", "n_mentions"] == len(counted)
    assert metrics.loc["d1", "n_actors"] == counted["actor_id"].nunique()
    counts = counted.groupby("actor").size()
    assert counts[metrics.loc["d1", "top_actor"]] == counts.max()
    assert metrics.loc["d2"].tolist() == [0, 0, ""]


def test_step_runs_in_the_pipeline(seeds_path):
    from analysis import analyze, load_corpus

    analysis = analyze(load_corpus(seeds_path), steps=("actors",), cache=False)
    assert list(analysis.mentions.columns) == COLUMNS
    assert "Sergey Lavrov" in set(analysis.mentions["actor"])
    assert analysis.articles["n_mentions"].iloc[0] == len(counted_mentions(analysis.mentions))


# ---------------------------------------------------------------- quality floors on the annotated paragraphs


def _validator():
    spec = importlib.util.spec_from_file_location("validate_mentions", ROOT / "validation" / "validate_mentions.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["validate_mentions"] = module
    spec.loader.exec_module(module)
    return module


def test_mention_quality_floors_on_the_second_regression_paragraphs():
    validator = _validator()
    scores = validator.score(validator.load_fixture(validator.SECOND_SET))
    overall = scores.overall()
    assert overall.precision >= 0.90 and overall.recall >= 0.75, validator.report(scores)


def test_mention_quality_floors_on_paragraphs_alone():
    validator = _validator()
    scores = validator.score(validator.load_fixture())
    report = validator.report(scores)
    overall = scores.overall()
    assert overall.precision >= 0.90 and overall.recall >= 0.75, report
    for kind in ("country", "organization"):
        assert scores.lenient[kind].precision >= 0.85 and scores.lenient[kind].recall >= 0.8, report
    assert scores.lenient["person"].precision >= 0.90 and scores.lenient["person"].recall >= 0.6, report


def test_mention_quality_floors_within_articles(wikinews_path):
    validator = _validator()
    paragraphs = validator.load_fixture()
    scores = validator.score(paragraphs, articles=validator.article_texts(paragraphs, wikinews_path))
    report = validator.report(scores)
    for kind in ("person", "country", "organization"):
        assert scores.lenient[kind].precision >= 0.85 and scores.lenient[kind].recall >= 0.8, report
    overall = scores.overall()
    assert overall.precision >= 0.90 and overall.recall >= 0.85, report


def test_example_user_dictionary_on_the_seed(seed_mentions, seed_body):
    mentions = find_mentions(seed_body, dictionary=ROOT / "docs" / "examples" / "actors_people.yaml")
    people = mentions[mentions["actor_type"] == "person"]
    assert set(people["actor_id"]) == set(seed_mentions.loc[seed_mentions["actor_type"] == "person", "actor_id"])
    assert "Russian Foreign Minister" not in set(people["surface"])  # a title before a name is not a mention
    assert people.loc[people["surface"] == "Sergey Lavrov", "how"].tolist() == ["dictionary"]


def test_mentions_on_real_news_never_overlap_and_index_the_text(wikinews_path):
    from analysis import load_corpus

    articles = load_corpus(wikinews_path).articles.sample(40, random_state=3)
    for text in articles["text"]:
        mentions = find_mentions(text)
        _never_overlap_but_inner_rows(mentions)
        assert all(text[row.start:row.end] == row.surface for row in mentions.itertuples())
        assert set(mentions["how"]) <= {"dictionary", "alias", "demonym", "metonym", "role", "discovered", "inner",
                                        "credit", "office"}
        assert not (mentions["actor_id"] == "").any()
