"""Loading corpora from folders, text, CSV and JSON files (analysis.corpus.loading)."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus.loading import ARTICLE_COLUMNS, REJECT_COLUMNS, content_doc_id, iter_corpus, load_corpus
from analysis.paths import SEEDS

FIXTURES = Path(__file__).parent / "fixtures" / "loading"


# ---------------------------------------------------------------- acceptance


def test_seed_article() -> None:
    corpus = load_corpus(SEEDS)
    assert len(corpus.articles) == 1 and corpus.rejects.empty
    article = corpus.articles.iloc[0]
    assert article["source"] == "EFE"
    assert article["place"] == "Moscow"
    assert article["date_text"] == "Dec 22"
    assert pd.isna(article["date"])
    assert article["text"].startswith("Russia does not see")
    assert not article["text"].endswith("\u2013")
    assert article["record"] is pd.NA
    assert article["encoding"] == "utf-8" and article["lang"] == "en"


def test_seed_article_with_year() -> None:
    article = load_corpus(SEEDS, year=2021).articles.iloc[0]
    assert article["date"] == pd.Timestamp("2021-12-22")
    assert article["date_text"] == "Dec 22"


def test_seed_by_relative_name_and_single_file() -> None:
    by_name = load_corpus("seeds").articles
    single = load_corpus(SEEDS / "000_55210bee468b7daf.txt").articles
    pd.testing.assert_frame_equal(by_name, single)
    assert single["path"].tolist() == ["000_55210bee468b7daf.txt"]


def test_wikinews_loads_295_dated_articles(wikinews_path: Path) -> None:
    corpus = load_corpus(wikinews_path)
    articles = corpus.articles
    assert len(articles) == 295 and corpus.rejects.empty
    assert articles["date"].notna().all() and corpus.n_bad_dates == 0
    raw = pd.concat([pd.read_csv(path) for path in sorted(wikinews_path.glob("*.csv"))], ignore_index=True)
    assert articles["date"].tolist() == pd.to_datetime(raw["date"]).tolist()
    assert articles["title"].tolist() == raw["title"].tolist()


def test_wikinews_date_line_is_not_body_text(wikinews_path: Path) -> None:
    articles = load_corpus(wikinews_path).articles
    first_lines = articles["text"].str.split("\n").str[0]
    with_date_line = first_lines.str.fullmatch(r"\w+day, \w+ \d{1,2}, \d{4}\W*")
    # only the test page whose whole text is a date line keeps it
    assert with_date_line.sum() == 1
    test_page = articles.loc[with_date_line].iloc[0]
    assert test_page["title"].startswith("TEST PAGE") and test_page["text"] == "Monday, March 15, 2021"
    assert (articles["text"] == articles["text"].str.strip()).all()


# ---------------------------------------------------------------- tables


def test_columns_and_dtypes() -> None:
    corpus = load_corpus(FIXTURES / "records")
    assert tuple(corpus.articles.columns) == ARTICLE_COLUMNS
    assert tuple(corpus.rejects.columns) == REJECT_COLUMNS
    dtypes = corpus.articles.dtypes
    assert dtypes["date"] == "datetime64[ns]"
    assert dtypes["record"] == "Int64"
    assert dtypes["n_words"] == "int64" and dtypes["n_paragraphs"] == "int64"
    assert pd.api.types.is_string_dtype(dtypes["text"])


def test_empty_result_keeps_columns(tmp_path: Path) -> None:
    corpus = load_corpus(tmp_path)
    assert tuple(corpus.articles.columns) == ARTICLE_COLUMNS and corpus.articles.empty
    assert corpus.articles["date"].dtype == "datetime64[ns]"
    assert corpus.summary()["n_articles"] == 0


def test_missing_path_raises_file_not_found() -> None:
    with pytest.raises(FileNotFoundError, match="no-such-corpus"):
        load_corpus("no-such-corpus")


def test_unknown_option_is_named() -> None:
    with pytest.raises(TypeError, match="yeer"):
        load_corpus(SEEDS, yeer=2021)


# ---------------------------------------------------------------- wire folders


def test_wire_folder_with_sidecar_title_line_and_subfolder() -> None:
    corpus = load_corpus(FIXTURES / "wire")
    articles = corpus.articles.set_index("path")
    assert list(articles.index) == ["a_moscow.txt", "b_buenos_aires.txt", "c_plain.txt", "sub/d_london.txt"]
    assert corpus.rejects.empty  # README.md and metadata.csv are not articles
    moscow = articles.loc["a_moscow.txt"]
    assert (moscow["place"], moscow["source"], moscow["date_text"]) == ("Moscow", "Reuters", "Dec 22")
    assert pd.isna(moscow["date"])
    assert moscow["text"].endswith("in Moscow.")
    buenos_aires = articles.loc["b_buenos_aires.txt"]
    assert buenos_aires["title"] == "Argentina raises interest rates"
    assert buenos_aires["date"] == pd.Timestamp("2022-01-03")  # the sidecar date wins over the dateline
    assert buenos_aires["place"] == "Buenos Aires" and buenos_aires["source"] == "EFE"
    assert buenos_aires["text"].startswith("Argentina's central bank")
    plain = articles.loc["c_plain.txt"]
    assert plain["source"] == "Local Gazette" and plain["title"] == "Schools closed by storm"
    assert pd.isna(plain["place"]) and pd.isna(plain["date"])
    assert plain["n_paragraphs"] == 2
    london = articles.loc["sub/d_london.txt"]
    assert (london["place"], london["source"], london["date_text"]) == ("London", "AFP", "Jan. 5")


def test_year_option_dates_datelines_but_not_undated_files() -> None:
    articles = load_corpus(FIXTURES / "wire", year=2021).articles.set_index("path")
    assert articles.loc["a_moscow.txt", "date"] == pd.Timestamp("2021-12-22")
    assert articles.loc["sub/d_london.txt", "date"] == pd.Timestamp("2021-01-05")
    assert articles.loc["b_buenos_aires.txt", "date"] == pd.Timestamp("2022-01-03")
    assert pd.isna(articles.loc["c_plain.txt", "date"])


def test_file_without_dateline_has_no_source(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("Just a story without any dateline.\n", encoding="utf-8")
    article = load_corpus(tmp_path).articles.iloc[0]
    assert pd.isna(article["source"]) and pd.isna(article["place"]) and pd.isna(article["date_text"])
    assert article["text"] == "Just a story without any dateline."


# ---------------------------------------------------------------- records


def test_record_files_with_default_column_names() -> None:
    articles = load_corpus(FIXTURES / "records").articles
    assert articles["path"].tolist() == ["articles.csv"] * 2 + ["articles.jsonl"] * 2 + ["more.json"] * 2
    assert articles["record"].tolist() == [2, 5, 1, 3, 1, 2]
    assert articles["title"].tolist() == [
        "Port strike ends", "Bridge reopens", "Lluvias en el norte", "Library opens", "Market rises", "Rain expected",
    ]
    assert articles["source"].iloc[:4].tolist() == ["Harbour News", "City Daily", "Diario Norte", "Town Crier"]
    assert articles["lang"].tolist() == ["en", "en", "es", "en", "en", "en"]
    assert articles["url"].iloc[0] == "https://example.org/port"
    assert articles["date"].iloc[1] == pd.Timestamp("2021-06-05 09:30")
    assert articles["date"].iloc[5] == pd.Timestamp("2021-06-10")
    assert articles["text"].iloc[0].count("\n\n") == 1 and articles["n_paragraphs"].iloc[0] == 2
    assert articles["text"].iloc[5] == "Forecasters expect rain on Thursday.\n\nTemperatures will fall."


def test_column_mapping_options() -> None:
    folder = FIXTURES / "custom"
    default = load_corpus(folder)
    assert default.articles.empty
    assert default.rejects["reason"].tolist() == ["no text column"]
    assert "tekst" in default.rejects["detail"].iloc[0] and "text_field=" in default.rejects["detail"].iloc[0]
    mapped = load_corpus(folder, text_field="tekst", title_field="kop", date_field="datum", source_field="bron",
                         id_field="story_id").articles
    assert mapped["doc_id"].tolist() == ["n1", "n2"]
    assert mapped["title"].tolist() == ["Dike repaired", "Ferry delayed"]
    assert mapped["source"].tolist() == ["Polder Post", "Polder Post"]
    assert mapped["date"].tolist() == [pd.Timestamp("2021-07-02"), pd.Timestamp("2021-07-03")]


def test_author_column_fills_byline_by_default_or_by_name(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text('author,text\nJane Doe,A story about the port.\n', encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"writer": "Ana Ruiz", "text": "A story about the bridge."}\n', encoding="utf-8")
    assert load_corpus(tmp_path / "a.csv").articles["byline"].tolist() == ["Jane Doe"]
    assert load_corpus(tmp_path / "b.jsonl", byline_field="writer").articles["byline"].tolist() == ["Ana Ruiz"]


def test_named_column_missing_rejects_the_file() -> None:
    corpus = load_corpus(FIXTURES / "records" / "articles.csv", date_field="when")
    assert corpus.articles.empty
    assert corpus.rejects["reason"].tolist() == ["missing column"]
    assert "'when'" in corpus.rejects["detail"].iloc[0]


def test_gzipped_jsonl_and_mixed_folder(tmp_path: Path) -> None:
    lines = [{"text": f"Story number {n} about the harbour.", "date": f"2021-03-0{n}"} for n in (1, 2)]
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress("\n".join(map(json.dumps, lines)).encode()))
    (tmp_path / "a.txt").write_text("PARIS (AFP) - A wire story.\n", encoding="utf-8")
    (tmp_path / "c.csv").write_text("title,text\nT,A csv story.\n", encoding="utf-8")
    articles = load_corpus(tmp_path).articles
    assert articles["path"].tolist() == ["a.txt", "b.jsonl.gz", "b.jsonl.gz", "c.csv"]
    assert articles["date"].iloc[1:3].tolist() == [pd.Timestamp("2021-03-01"), pd.Timestamp("2021-03-02")]


def test_leading_date_line_dates_articles_without_a_date_column(tmp_path: Path) -> None:
    (tmp_path / "n.csv").write_text('title,text\nT,"Friday, January 4, 2019 \n\nBody text."\n', encoding="utf-8")
    article = load_corpus(tmp_path).articles.iloc[0]
    assert article["date"] == pd.Timestamp("2019-01-04")
    assert article["date_text"] == "Friday, January 4, 2019"
    assert article["text"] == "Body text."


def test_unreadable_dates_are_counted_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "d.csv").write_text("date,text\nsoon-ish,First story.\n2021-13-45,Second story.\n2021-01-02,Third.\n",
                                    encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert len(corpus.articles) == 3
    assert corpus.articles["date"].isna().tolist() == [True, True, False]
    assert corpus.articles["date_text"].iloc[0] == "soon-ish"
    assert corpus.n_bad_dates == 2
    assert corpus.date_errors["record"].tolist() == [2, 3]
    assert corpus.summary()["n_bad_dates"] == 2


def test_lang_option_overrides_declared_and_detected_languages() -> None:
    articles = load_corpus(FIXTURES / "records", lang="fr").articles
    assert articles["lang"].tolist() == ["fr"] * 6
    assert articles["lang_source"].tolist() == ["option"] * 6
    assert (articles["lang_confidence"] < 0.1).all()  # the identifier does not read these texts as French


# ---------------------------------------------------------------- filters, ids, chunks


def test_since_until_filter_keeps_undated_unless_asked(tmp_path: Path) -> None:
    rows = "date,text\n2021-01-01,Early story.\n2021-06-15,Middle story.\n2021-12-31,Late story.\n,Undated story.\n"
    (tmp_path / "d.csv").write_text(rows, encoding="utf-8")
    corpus = load_corpus(tmp_path, since="2021-02-01", until="2021-12-31")
    assert corpus.articles["text"].tolist() == ["Middle story.", "Late story.", "Undated story."]
    assert corpus.n_filtered == 1 and corpus.rejects.empty
    dropped = load_corpus(tmp_path, since="2021-02-01", until="2021-06-15", drop_undated=True)
    assert dropped.articles["text"].tolist() == ["Middle story."]
    assert dropped.n_filtered == 3


def test_bad_option_value_is_explained() -> None:
    with pytest.raises(ValueError, match="since"):
        load_corpus(SEEDS, since="not a date")


def test_doc_id_is_content_based_and_stable(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The minister\u2019s  plan\nwas approved.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The minister's plan was approved.", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    first = content_doc_id("The minister's plan was approved.")
    assert corpus.articles["doc_id"].tolist() == [first]
    assert corpus.rejects["reason"].tolist() == [f"duplicate of {first}"]
    assert len(first) == 16 and int(first, 16) >= 0


def test_same_input_same_output() -> None:
    first = load_corpus(FIXTURES)
    second = load_corpus(FIXTURES)
    pd.testing.assert_frame_equal(first.articles, second.articles)
    pd.testing.assert_frame_equal(first.rejects, second.rejects)


def test_iter_corpus_chunks_add_up_to_load_corpus(tmp_path: Path) -> None:
    texts = [f"Story {n} about the council budget." for n in range(7)] + ["Story 3 about the council budget."]
    (tmp_path / "s.jsonl").write_text("\n".join(json.dumps({"text": t}) for t in texts), encoding="utf-8")
    chunks = list(iter_corpus(tmp_path, chunk_size=3))
    assert [len(chunk.articles) for chunk in chunks] == [3, 3, 1]
    whole = load_corpus(tmp_path)
    pd.testing.assert_frame_equal(pd.concat([c.articles for c in chunks], ignore_index=True), whole.articles)
    pd.testing.assert_frame_equal(pd.concat([c.rejects for c in chunks], ignore_index=True), whole.rejects)
    assert whole.rejects["record"].tolist() == [8]  # the duplicate is found across chunks


def test_iter_corpus_yields_one_chunk_for_an_empty_corpus(tmp_path: Path) -> None:
    chunks = list(iter_corpus(tmp_path, chunk_size=10))
    assert len(chunks) == 1 and chunks[0].articles.empty


def test_summary() -> None:
    summary = load_corpus(FIXTURES / "wire", year=2021).summary()
    assert summary["n_articles"] == 4 and summary["n_rejects"] == 0
    assert summary["date_min"] == "2021-01-05" and summary["date_max"] == "2022-01-03"
    assert summary["n_undated"] == 1
    assert summary["sources"] == {"AFP": 1, "EFE": 1, "Local Gazette": 1, "Reuters": 1}


def test_story_furniture_goes_to_its_own_columns(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(
        "Drone hits power plant\nBy Jane Doe\nUpdated 10:32 GMT\n"
        "KYIV, March 3 (Reuters) - A drone hit a plant.\nRepairs began.\n"
        "(Reporting by Jane Doe; Editing by John Roe)\nOur Standards: The Thomson Reuters Trust Principles.\n",
        encoding="utf-8",
    )
    row = load_corpus(tmp_path).articles.iloc[0]
    assert (row["title"], row["byline"], row["header"]) == ("Drone hits power plant", "Jane Doe", "Updated 10:32 GMT")
    assert (row["place"], row["date_text"], row["source"]) == ("Kyiv", "March 3", "Reuters")
    assert row["text"] == "A drone hit a plant.\nRepairs began."
    assert row["trailer"].splitlines()[0] == "(Reporting by Jane Doe; Editing by John Roe)"
    assert row["n_paragraphs"] == 2 and row["doc_id"] == content_doc_id(row["text"])
