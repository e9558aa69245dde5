"""Each article's language is detected (or declared, or chosen), and steps measure only the languages they know."""
from __future__ import annotations

import json
import types

import nbformat
import pandas as pd
import pytest

from analysis import analyze, load_corpus
from analysis.corpus.language import DETECT_CHARS, UNDETERMINED, article_language, language_code
from analysis.paths import NOTEBOOKS
from analysis.pipeline.batch import analyze_to_parquet, read_table
from analysis.pipeline.languages import (
    NOT_MEASURED, coverage_note, document_language, measure_coverage, skipped_steps,
)
from analysis.pipeline.steps import plan_steps
from analysis.pipeline.stored import open_analysis
from analysis.report.index import languages_line
from analysis.report.notebooks import run_papermill

# Written for these tests: a Spanish wire story quoting an English speaker, and its English counterpart.
SPANISH_WITH_ENGLISH_QUOTE = (
    "Washington, 5 mar (EFE).- El portavoz del Departamento de Estado afirmó este viernes que la reunión fue "
    "productiva. \"We are very satisfied with the progress we made today\", dijo el portavoz en una rueda de prensa, "
    "y añadió que las conversaciones continuarán la próxima semana en Ginebra con la participación de los dos gobiernos.\n"
)
ENGLISH_WITH_SPANISH_QUOTE = (
    "MEXICO CITY, March 5 (Reuters) - The president told reporters on Monday that \"no vamos a permitir la violencia\" "
    "and promised more troops for the northern border states, where clashes between cartels have killed dozens of "
    "people this year, the interior ministry said.\n"
)
FRENCH = (  # no shipped step has French resources
    "PARIS (AFP) - Le ministre des Affaires étrangères a déclaré vendredi que la réunion avait été productive. "
    "\"We are very satisfied with the progress\", a-t-il ajouté lors d'une conférence de presse, avant de préciser que "
    "les discussions reprendraient la semaine prochaine à Genève avec les deux gouvernements.\n"
)
ENGLISH = (
    "MOSCOW, Dec 22 (Reuters) - Russia said on Tuesday it would deepen cooperation with Brazil and Mexico, and "
    "Foreign Minister Sergei Lavrov criticised the United States. \"We are ready to work with everyone,\" Lavrov said.\n"
)
SHIPPED = ("sentiment", "actors", "quotes", "framing")
STEP_TABLES = ("sentiment", "mentions", "quotes", "frame_hits")


def _corpus(tmp_path, stories: dict[str, str]):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in stories.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


# ---------------------------------------------------------------- detection


@pytest.mark.parametrize("text, lang", [
    ("The government announced new measures on Friday.", "en"),
    ("El Gobierno anunció nuevas medidas este viernes.", "es"),
    ("Según la Cancillería, la reunión se celebrará el próximo martes en Buenos Aires.", "es"),
    ("Le gouvernement a annoncé de nouvelles mesures, a déclaré le ministre.", "fr"),
])
def test_one_sentence_is_enough_for_a_confident_language(text, lang):
    found = article_language(text)
    assert (found.lang, found.source) == (lang, "detected") and found.confidence >= 0.5


@pytest.mark.parametrize("text", ["Crisis in Congress", "12 345 678", "", "A probe sentence."])
def test_too_short_or_letterless_texts_are_undetermined_with_no_confidence(text):
    assert article_language(text) == article_language(text, min_confidence=0.4)
    found = article_language(text)
    assert (found.lang, found.confidence, found.source) == (UNDETERMINED, 0.0, "detected")


def test_the_confidence_threshold_decides_what_is_undetermined():
    text = "Crisis en el Congreso de los Diputados"
    loose, strict = article_language(text, min_confidence=0.0), article_language(text, min_confidence=0.99)
    assert loose.lang != UNDETERMINED and loose.confidence < 0.99
    assert strict.lang == UNDETERMINED


def test_a_spanish_story_with_an_english_quote_is_spanish_and_the_reverse_english():
    assert article_language(SPANISH_WITH_ENGLISH_QUOTE).lang == "es"
    assert article_language(ENGLISH_WITH_SPANISH_QUOTE).lang == "en"


def test_detection_reads_a_bounded_start_of_the_body():
    english = "The government announced new measures for the economy on Friday. " * (DETECT_CHARS // 60 + 1)
    spanish = "El Gobierno anunció nuevas medidas para la economía este viernes. " * 2000
    assert article_language(english + spanish).lang == "en"
    assert article_language(spanish + english).lang == "es"


@pytest.mark.parametrize("value, code", [("es", "es"), ("ES", "es"), (" es-ES ", "es"), ("pt_BR", "pt"), ("spa", "spa"),
                                         ("Spanish", None), ("", None), (None, None), (3, None)])
def test_language_codes(value, code):
    assert language_code(value) == code


# ---------------------------------------------------------------- loading


def test_loaded_articles_carry_lang_its_confidence_and_source(tmp_path):
    folder = _corpus(tmp_path, {"a.txt": ENGLISH, "b.txt": SPANISH_WITH_ENGLISH_QUOTE, "c.txt": "Crisis in Congress\n"})
    articles = load_corpus(folder).articles
    assert articles["lang"].tolist() == ["en", "es", UNDETERMINED]
    assert articles["lang_source"].tolist() == ["detected"] * 3
    assert articles["lang_confidence"].dtype == "float64"
    assert (articles["lang_confidence"].iloc[:2] > 0.9).all() and articles["lang_confidence"].iloc[2] == 0.0
    assert articles["source"].tolist()[:2] == ["Reuters", "EFE"]  # the dateline is read, not detected on


def test_the_lang_option_overrides_detection_and_records_how_sure_the_text_is_of_it(tmp_path):
    folder = _corpus(tmp_path, {"a.txt": ENGLISH, "b.txt": SPANISH_WITH_ENGLISH_QUOTE})
    articles = load_corpus(folder, lang="es").articles
    assert articles["lang"].tolist() == ["es", "es"] and articles["lang_source"].tolist() == ["option", "option"]
    assert articles["lang_confidence"].iloc[0] < 0.1 < 0.9 < articles["lang_confidence"].iloc[1]


@pytest.mark.parametrize("options, message", [({"lang": "English"}, "lang='English'"),
                                              ({"lang_min_confidence": 1.5}, "lang_min_confidence=1.5")])
def test_bad_language_options_are_named(tmp_path, options, message):
    with pytest.raises(ValueError, match=message):
        load_corpus(_corpus(tmp_path, {"a.txt": ENGLISH}), **options)


def test_a_declared_language_code_wins_and_a_name_is_not_a_declaration(tmp_path):
    records = [{"text": ENGLISH, "lang": "ES-es"}, {"text": SPANISH_WITH_ENGLISH_QUOTE, "language": "Spanish"},
               {"text": ENGLISH_WITH_SPANISH_QUOTE}]
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(json.dumps(record) for record in records) + "\n", encoding="utf-8")
    articles = load_corpus(path).articles
    assert articles["lang"].tolist() == ["es", "es", "en"]
    assert articles["lang_source"].tolist() == ["declared", "detected", "detected"]
    assert articles["lang_confidence"].iloc[0] < 0.1  # declared Spanish, but the text reads English


# ---------------------------------------------------------------- gating


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    folder = _corpus(tmp_path_factory.mktemp("mixed"), {"a.txt": ENGLISH, "b.txt": FRENCH})
    return folder, analyze(load_corpus(folder), cache=False)


def test_an_article_in_a_language_without_resources_gets_no_rows_and_a_note(mixed):
    _, result = mixed
    assert result.articles["lang"].tolist() == ["en", "fr"]
    french = result.articles.loc[result.articles["lang"] == "fr", "doc_id"].item()
    for table in STEP_TABLES:
        assert french not in set(result.tables[table]["doc_id"]), table
    assert french in set(result.sentences["doc_id"])  # sentences are always split
    row = result.articles.set_index("doc_id").loc[french]
    assert row[NOT_MEASURED] == "sentiment, actors, quotes, framing"
    assert pd.isna(row["tone"]) and pd.isna(row["word_tone"]) and pd.isna(row["top_actor"])


def test_an_english_article_is_unchanged_by_a_french_one_beside_it(mixed, tmp_path):
    _, result = mixed
    alone = analyze(load_corpus(_corpus(tmp_path, {"a.txt": ENGLISH})), cache=False)
    english = alone.articles["doc_id"].item()
    assert alone.articles[NOT_MEASURED].tolist() == [""]
    assert len(alone.mentions) and len(alone.quotes) and len(alone.sentiment)
    for table in ("sentences", *STEP_TABLES):
        both = result.tables[table]
        pd.testing.assert_frame_equal(both[both["doc_id"] == english].reset_index(drop=True), alone.tables[table])
    pd.testing.assert_frame_equal(result.articles[result.articles["doc_id"] == english].reset_index(drop=True),
                                  alone.articles)


def test_the_lang_option_makes_every_article_english_again(mixed):
    folder, _ = mixed
    result = analyze(load_corpus(folder, lang="en"), cache=False)
    assert result.articles[NOT_MEASURED].tolist() == ["", ""]
    assert result.sentiment["doc_id"].nunique() == 2


def _step(name: str, languages=None, requires=()):
    module = types.ModuleType(name)
    module.TABLE, module.REQUIRES, module.SCHEMA = name, requires, {"doc_id": "str"}
    if languages is not None:
        module.LANGUAGES = languages
    return module


def test_a_step_without_languages_measures_any_and_one_requiring_a_skipped_step_is_skipped():
    english, anything = _step("english", ("en",)), _step("anything")
    follower = _step("follower", None, ("english",))
    assert skipped_steps("es", [english, anything, follower]) == [english, follower]
    assert skipped_steps("en", [english, anything, follower]) == []
    assert skipped_steps(None, [english]) == []  # a loose text (no article language): every step runs
    assert [step.TABLE for step in skipped_steps("fr", plan_steps(["quotes"]))] == ["mentions", "quotes"]


def test_documents_are_built_in_a_language_with_sentence_rules_else_english():
    assert document_language("en") == "en"
    assert document_language(UNDETERMINED) == "en" and document_language(None) == "en"


# ---------------------------------------------------------------- coverage notes


def test_an_all_english_corpus_gets_one_short_line():
    assert coverage_note({"en": 295}) == "All 295 articles in English; every measure covered all of them."
    assert coverage_note({"en": 1}) == "The one article is in English; every measure covered it."


def test_coverage_counts_the_languages_each_measure_left_out(mixed):
    _, result = mixed
    coverage = measure_coverage(result.articles, SHIPPED)
    assert coverage["n_covered"].tolist() == [1, 1, 1, 1] and coverage["left_out"].tolist() == ["fr: 1"] * 4
    note = coverage_note({"en": 290, "fr": 4, UNDETERMINED: 1}, ["sentiment", "quotes"])
    assert note.startswith("295 articles: 290 in English, 4 in French, 1 in an undetermined language.")
    assert "sentiment and quotes covered 290 of 295 (left out: 4 French, 1 undetermined)" in note
    assert languages_line({"languages": {"en": 3}}) == "All 3 articles in English; every measure covered all of them."


def test_coverage_of_a_loaded_corpus_equals_that_of_its_analysis(mixed):
    folder, result = mixed
    pd.testing.assert_frame_equal(measure_coverage(load_corpus(folder).articles), measure_coverage(result.articles))


# ---------------------------------------------------------------- stored tables


def test_stored_tables_keep_languages_and_notes(mixed, tmp_path):
    folder, result = mixed
    tables = analyze_to_parquet(folder, tmp_path / "tables", chunk_size=1, cache=False).out
    stored = open_analysis(tables=tables)
    pd.testing.assert_frame_equal(stored.articles, result.articles)
    for table in ("sentences", *STEP_TABLES):
        pd.testing.assert_frame_equal(stored.tables[table], result.tables[table])


def test_the_dask_engine_writes_the_local_tables_of_a_mixed_corpus(mixed, tmp_path):
    distributed = pytest.importorskip("distributed")
    folder, _ = mixed
    local = analyze_to_parquet(folder, tmp_path / "local", chunk_size=1, cache=False).out
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            distributed.Client(cluster) as client:
        dask = analyze_to_parquet(folder, tmp_path / "dask", engine="dask", scheduler=client, partition_size=1,
                                  cache=False).out
    for table in ("articles", "sentences", *STEP_TABLES):
        pd.testing.assert_frame_equal(read_table(dask, table), read_table(local, table), obj=table)


# ---------------------------------------------------------------- notebooks

COVERED_NOTEBOOKS = ("00_corpus", "01_sentiment", "02_framing", "04_validation")


@pytest.mark.parametrize("name", COVERED_NOTEBOOKS)
def test_committed_notebooks_say_which_articles_each_measure_covered(name):
    notebook = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    outputs = ["".join(output.get("text", "")) for cell in notebook.cells if cell.cell_type == "code"
               and "coverage_note(" in cell.source for output in cell.outputs]
    assert any("The one article is in English; every measure covered it." in text for text in outputs)


@pytest.mark.slow
def test_a_mixed_corpus_names_the_left_out_language_in_the_sentiment_notebook(mixed, tmp_path):
    folder, _ = mixed
    notebook = run_papermill(NOTEBOOKS / "01_sentiment.ipynb", tmp_path / "out.ipynb",
                             parameters={"corpus": str(folder), "output_dir": str(tmp_path / "figures")}, cwd=tmp_path)
    text = "".join("".join(output.get("text", "")) for cell in notebook.cells if cell.cell_type == "code"
                   for output in cell.outputs)
    assert "2 articles: 1 in English, 1 in French." in text
    assert "sentiment covered 1 of 2 (left out: 1 French)" in text


def test_the_widened_model_scores_as_py3langids_own_to_the_bit_and_detection_reads_them_as_before():
    """The identifier's table is float32 (widened once from the shipped float16): the same probabilities, bit for bit;
    ``article_language`` picks the language ``max`` over every rounded score would pick."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    from analysis.corpus import language

    ours = language._identifier()
    assert ours.nb_ptc.dtype == np.float32
    shipped = LanguageIdentifier(ours.nb_ptc.astype(np.float16), ours.nb_pc, ours.nb_classes, ours.tk_nextmove,
                                 ours.tk_output, norm_probs=True, tk_row=ours.tk_row)
    texts = [SPANISH_WITH_ENGLISH_QUOTE, ENGLISH_WITH_SPANISH_QUOTE, FRENCH, ENGLISH, "ok ok", "Paris", "Москва"]
    texts += [text[:size] for text in texts[:4] for size in (8, 30, 90)]
    for text in texts:
        assert shipped.rank(text) == ours.rank(text)
        scores = language.language_scores(text)
        best, confidence = max(scores.items(), key=lambda item: (item[1], item[0]))
        found = article_language(text, min_confidence=0.0)
        assert (found.lang, found.confidence) == (best, confidence)
        assert article_language(text, declared="de").confidence == scores["de"]
