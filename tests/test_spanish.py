"""Spanish end to end (issue 15): sentences, speech cues, actors, frames and stopwords by the article's language,
and the seed story in Spanish giving the same actors, Lavrov quotes, place and agency as the English one.

The Spanish seed is a translation made for these tests (tests/fixtures/spanish/README.md).
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis import analyze, load_corpus
from analysis.actors.languages import actor_id_for_name, canonical_person_id, dictionary_for_language
from analysis.actors.compiled import get_dictionary
from analysis.framing import step as framing_step
from analysis.framing.keyterms import keyness, load_stopwords
from analysis.paths import SEEDS
from analysis.quotes.speech_cues import SpeechCueError, load_speech_cues
from analysis.text.document import Document
from analysis.text.lexicon import language_file, words
from analysis.text.sentences import sentence_languages, split_sentences
from boundary_scoring import load_gold

FIXTURES = Path(__file__).parent / "fixtures" / "spanish"
LAVROV = "person:sergey-lavrov"


def sentences(text: str, lang: str = "es") -> list[str]:
    return [text[start:end] for start, end in split_sentences(text, lang=lang)]


# --------------------------------------------------------------------------- sentences


def test_spanish_sentence_fixture_splits_exactly():
    gold = load_gold(FIXTURES / "sentences.txt")
    assert split_sentences(gold.text, lang="es") == gold.gold


def test_english_rules_break_the_spanish_fixture():
    """The fixture needs the Spanish lists: English rules split after "Sra.", "Gral.", "núm." ..."""
    gold = load_gold(FIXTURES / "sentences.txt")
    assert split_sentences(gold.text) != gold.gold


@pytest.mark.parametrize("text, expected", [
    ("El Sr. García llegó ayer. La Dra. Pérez no.", ["El Sr. García llegó ayer.", "La Dra. Pérez no."]),
    ("Viajó a EE.UU. el lunes.", ["Viajó a EE.UU. el lunes."]),
    ("Vive en EE.UU. El presidente lo confirmó.", ["Vive en EE.UU.", "El presidente lo confirmó."]),
    ("Lo publica el BOE núm. 45 de hoy.", ["Lo publica el BOE núm. 45 de hoy."]),
    ("Llegó tarde. ¿Por qué? ¡Nadie lo sabe!", ["Llegó tarde.", "¿Por qué?", "¡Nadie lo sabe!"]),
    ("Lo dijo el Gral. Ortega. ¿Y ahora?", ["Lo dijo el Gral. Ortega.", "¿Y ahora?"]),
    ("—¿Vienes? —preguntó el ministro—. Yo no.", ["—¿Vienes? —preguntó el ministro—.", "Yo no."]),
])
def test_spanish_sentence_rules(text, expected):
    assert sentences(text) == expected


def test_a_language_without_lists_splits_on_punctuation_only():
    assert "es" in sentence_languages() and "fr" not in sentence_languages()
    assert sentences("Il est venu. Il est parti.", lang="fr") == ["Il est venu.", "Il est parti."]
    assert sentences("Mr. Smith came.", lang="fr") != sentences("Mr. Smith came.", lang="en")


def test_document_sentences_follow_its_language():
    text = "La Sra. López llegó. Habló."
    assert len(Document(text, lang="es").sentences) == 2
    assert len(Document(text).sentences) == 3  # English rules know no "Sra."


# --------------------------------------------------------------------------- resources by language


def test_language_files_and_word_lists():
    assert language_file("speech_cues", "es").name == "speech_cues_es.yaml"
    assert language_file("speech_cues", "fr") is None
    assert "dic" in words("month_abbreviations", "es") and "dec" in words("month_abbreviations")
    with pytest.raises(KeyError, match="months.*'fr'"):
        words("months", "fr")
    with pytest.raises(ValueError, match="ISO 639-1"):
        words("months", "spanish")


def test_spanish_speech_cues():
    cues = load_speech_cues(lang="es")
    assert {"subrayó", "declaró", "afirmó", "señaló", "aseguró", "dijo", "añadió", "sostuvo"} <= cues.one_word_forms
    assert "subrayar" in cues.invertible and "asegurar" in cues.clausal
    assert "said" not in cues.one_word_forms and "subrayó" not in load_speech_cues().one_word_forms
    with pytest.raises(SpeechCueError, match="'fr'"):
        load_speech_cues(lang="fr")


def test_spanish_actor_names_merge_onto_the_same_ids():
    default = get_dictionary(None)
    spanish = dictionary_for_language(default, "es")
    assert dictionary_for_language(default, "es") is spanish and dictionary_for_language(default, "en") is default
    assert spanish.entry("country:russia").name == "Russia"  # the default's name stays
    aliases = {alias.text for alias in spanish.entry("country:united-states").aliases}
    assert {"Estados Unidos", "EE.UU.", "US"} <= aliases and "America" not in aliases  # a false friend in Spanish
    assert actor_id_for_name("América", lang="es") == "region:americas"
    assert actor_id_for_name("Latinoamérica", lang="es") == "region:latin-america"
    assert actor_id_for_name("Moscú", lang="es") == actor_id_for_name("Moscow") == "place:moscow"
    assert "ministro de Asuntos Exteriores" in spanish.offices["foreign-minister"].phrases
    assert canonical_person_id("person:serguei-lavrov", "es") == LAVROV
    assert canonical_person_id("person:serguei-lavrov", "en") == "person:serguei-lavrov"


def test_spanish_frames_and_stopwords():
    doc = Document("La guerra y las sanciones hundieron la economía, denunció la oposición.", lang="es")
    hits = framing_step.run_article(doc, {"frames": "generic"})
    assert set(hits["frame"]) == {"conflict", "economic_consequences"}
    assert framing_step.run_article(Document(doc.text), {"frames": "generic"})["frame"] == []  # English terms
    stopwords = load_stopwords(lang="es")
    assert {"el", "que", "dijo", "segun"} <= stopwords and "acuerdo" not in stopwords
    group_a = ["la guerra comercial " * 5 + "el acuerdo"]
    group_b = ["el acuerdo de paz " * 5]
    table = keyness(group_a, group_b, min_freq=2, lang="es")
    assert "el" not in set(table["term"]) and "guerra" in set(table["term"])


# --------------------------------------------------------------------------- the seed in both languages


@pytest.fixture(scope="module")
def both() -> tuple:
    english = analyze(load_corpus(SEEDS))
    spanish = analyze(load_corpus(FIXTURES / "seed", lang="es"))
    return english, spanish


def _actor_ids(result) -> set[str]:
    mentions = result.mentions
    return set(mentions.loc[mentions["how"] != "publisher", "actor_id"])


def test_spanish_seed_is_read_as_spanish(both):
    _, spanish = both
    assert spanish.articles["lang"].tolist() == ["es"]


def test_spanish_seed_gives_the_same_actors(both):
    english, spanish = both
    assert LAVROV in _actor_ids(spanish)
    assert _actor_ids(spanish) == _actor_ids(english)


def test_spanish_seed_gives_the_same_lavrov_quotes(both):
    english, spanish = both
    for result in (english, spanish):
        assert result.quotes["speaker_actor_id"].eq(LAVROV).all()
    kinds = [result.quotes["kind"].value_counts().sort_index().to_dict() for result in (english, spanish)]
    assert kinds[0] == kinds[1] == {"direct": 8, "indirect": 1, "partial": 5}
    spanish_quotes = spanish.quotes.set_index("quote_id")
    assert spanish_quotes.loc[0, "text"] == "espacio para juegos geopolíticos"
    assert spanish_quotes["cue"].notna().all()


def test_spanish_seed_gives_the_same_place_and_agency(both):
    english, spanish = both
    places = [actor_id_for_name(result.articles["place"].iloc[0], lang=result.articles["lang"].iloc[0])
              for result in (english, spanish)]
    assert places == ["place:moscow", "place:moscow"]
    assert english.articles["source"].tolist() == spanish.articles["source"].tolist() == ["EFE"]


def test_spanish_seed_dateline_gives_the_english_seed_date_place_and_agency():
    """"Moscú, 22 dic (EFE).-": the same date as "Moscow, Dec 22 (EFE) .-" with the same year, no year invented."""
    english = load_corpus(SEEDS, year=2021).articles.iloc[0]
    spanish = load_corpus(FIXTURES / "seed", lang="es", year=2021).articles.iloc[0]
    assert spanish["date"] == english["date"] == pd.Timestamp("2021-12-22")
    assert (spanish["date_text"], spanish["place"], spanish["source"]) == ("22 dic", "Moscú", "EFE")
    assert pd.isna(load_corpus(FIXTURES / "seed", lang="es").articles.iloc[0]["date"])


def test_spanish_seed_has_no_english_lexicon_tone(both):
    """Spanish tone is opt-in (tests/test_spanish_sentiment.py): by default no sentiment rows and no tone toward
    actors, never VADER's English scores."""
    _, spanish = both
    assert spanish.sentiment.empty
    assert spanish.mentions["tone"].isna().all()


def test_english_seed_keeps_its_tone(both):
    english, _ = both
    assert not english.sentiment.empty and english.mentions["tone"].notna().any()


def test_attribution_patterns_in_spanish():
    from analysis.actors import step as actors_step
    from analysis.quotes import step as quotes_step

    text = ("Sergio Ramírez llegó a Madrid.\n"
            "“Estamos muy satisfechos con la cooperación”, subrayó Ramírez.\n"
            "Según Ramírez, las negociaciones avanzan con rapidez.\n"
            "«No habrá más retrasos en las obras del puerto», aseguró.\n"
            "Ramírez aseguró que el acuerdo se firmará en marzo.")
    doc = Document(text, doc_id="x", lang="es")
    options = {**actors_step.DEFAULTS, **quotes_step.DEFAULTS}
    doc.tables["mentions"] = actors_step.run_article(doc, options)
    quotes = pd.DataFrame(quotes_step.run_article(doc, options))
    by_text = {row.text: row for row in quotes.itertuples()}
    assert by_text["Estamos muy satisfechos con la cooperación"].source == "Ramírez"
    assert by_text["No habrá más retrasos en las obras del puerto"].cue == "aseguró"
    assert by_text["el acuerdo se firmará en marzo"].kind == "indirect"
    assert quotes["speaker_actor_id"].eq("person:sergio-ramirez").all(), quotes[["text", "speaker_actor_id"]]
    assert any(row.cue == "Según" for row in quotes.itertuples())


def _quotes_of(text: str) -> pd.DataFrame:
    from analysis.pipeline.spine import analyze_article

    return pd.DataFrame(analyze_article("x", text, ["quotes"], {}, {"lang": "es"})["quotes"])


def test_dash_dialogue_gives_direct_quotes_with_their_speaker():
    text = ("Moscú, 22 dic (EFE).- El ministro de Asuntos Exteriores ruso, Serguéi Lavrov, habló con la prensa.\n\n"
            "—Estamos muy satisfechos con la cooperación —dijo el ministro—. Queremos profundizar la amistad.\n\n"
            "—No vemos a América Latina como un espacio para juegos geopolíticos—, señaló Lavrov.\n\n"
            "—¿Y Estados Unidos?\n\n—Esa es otra historia.")
    quotes = _quotes_of(text)
    assert quotes["text"].tolist() == [
        "Estamos muy satisfechos con la cooperación", "Queremos profundizar la amistad.",
        "No vemos a América Latina como un espacio para juegos geopolíticos"]
    assert quotes["kind"].eq("direct").all() and quotes["speaker_actor_id"].eq(LAVROV).all()
    assert quotes["cue"].tolist() == ["dijo", "dijo", "señaló"]  # the uncued question and answer are left alone


def test_a_parenthetical_dash_is_not_dialogue():
    quotes = _quotes_of("Madrid, 3 ene (EFE).- El presidente del Gobierno —que llegó ayer— dijo que todo va bien.")
    assert quotes["kind"].tolist() == ["indirect"] and quotes["text"].tolist() == ["todo va bien"]
