"""Bad input never raises: every bad file or record becomes a reject naming file, line and reason."""
from __future__ import annotations

import codecs
import gzip
import json
import random
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus.loading import Corpus, load_corpus

LIMIT = 4_000


def _messy_folder(folder: Path) -> Path:
    """Good articles mixed with every kind of bad input the loader must survive."""
    (folder / "good.txt").write_text("MOSCOW, Dec 22 (Reuters) - A good wire story about talks.\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "empty.txt").write_text("  \n\t\n", encoding="utf-8")
    (folder / "windows.txt").write_bytes(
        "PARIS (AFP) - The caf\u00e9 owner said \u201cwe are open\u201d on Monday.".encode("cp1252")
    )
    (folder / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + "LIMA (EFE) - Una noticia en UTF-16: se\u00f1al.".encode("utf-16-le"))
    (folder / "rows.csv").write_text(
        "title,text,date\n"
        "One,First CSV story.,2021-01-01\n"
        "Two,Second CSV story,with an extra field,2021-01-02\n"
        "Three,Third CSV story.,2021-01-03\n",
        encoding="utf-8",
    )
    (folder / "lines.jsonl").write_text(
        '{"text": "First JSONL story."}\n'
        '{"text": "Second JSONL story." "date": "2021-01-02"}\n'
        '["not", "an", "object"]\n'
        '{"title": "no text here"}\n'
        '{"text": "Third JSONL story."}\n',
        encoding="utf-8",
    )
    (folder / "zz_duplicate.txt").write_text("MOSCOW, Dec 22 (Reuters) - A good wire story about talks.\n", encoding="utf-8")
    (folder / "huge.txt").write_text("PARIS (AFP) - " + "word " * LIMIT, encoding="utf-8")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04 not really a document")
    (folder / ".hidden.txt").write_text("A hidden file is not part of the corpus.", encoding="utf-8")
    return folder


@pytest.fixture
def messy(tmp_path: Path) -> Corpus:
    return load_corpus(_messy_folder(tmp_path), max_bytes=LIMIT)


def test_good_articles_all_load(messy: Corpus) -> None:
    articles = messy.articles
    assert articles[["path", "text"]].values.tolist() == [
        ["good.txt", "A good wire story about talks."],
        ["lines.jsonl", "First JSONL story."],
        ["lines.jsonl", "Third JSONL story."],
        ["rows.csv", "First CSV story."],
        ["rows.csv", "Third CSV story."],
        ["utf16.txt", "Una noticia en UTF-16: se\u00f1al."],
        ["windows.txt", "The caf\u00e9 owner said \u201cwe are open\u201d on Monday."],
    ]
    assert articles["encoding"].tolist() == ["utf-8"] * 5 + ["utf-16", "cp1252"]
    assert articles["record"].tolist() == [pd.NA, 1, 5, 2, 4, pd.NA, pd.NA]
    utf16 = articles.iloc[5]
    assert utf16["place"] == "Lima" and utf16["source"] == "EFE"


def test_every_bad_input_is_a_reject_with_its_reason(messy: Corpus) -> None:
    rejects = messy.rejects
    found = {(row.path, None if pd.isna(row.record) else int(row.record)): row.reason for row in rejects.itertuples()}
    good_id = messy.articles.loc[messy.articles["path"] == "good.txt", "doc_id"].iloc[0]
    assert found == {
        ("binary.txt", None): "binary file",
        ("empty.txt", None): "empty file",
        ("huge.txt", None): "too large",
        ("lines.jsonl", 2): "invalid json",
        ("lines.jsonl", 3): "not a json object",
        ("lines.jsonl", 4): "no text",
        ("notes.docx", None): "unsupported file type",
        ("rows.csv", 3): "malformed csv row",
        ("zz_duplicate.txt", None): f"duplicate of {good_id}",
    }


def test_reject_details_name_file_line_and_expectation(messy: Corpus) -> None:
    detail = messy.rejects.set_index(["path"])["detail"]
    jsonl = messy.rejects[messy.rejects["path"] == "lines.jsonl"].set_index("record")["detail"]
    assert jsonl.loc[2].startswith("lines.jsonl line 2: invalid JSON (Expecting ',' delimiter at column")
    assert jsonl.loc[2].endswith("expected one JSON object per line")
    assert "lines.jsonl line 3" in jsonl.loc[3] and "expected a JSON object" in jsonl.loc[3]
    assert "rows.csv line 3: 4 fields, expected 3" in detail.loc["rows.csv"]
    assert "max_bytes" in detail.loc["huge.txt"]
    assert "binary.txt" in detail.loc["binary.txt"] and "expected text" in detail.loc["binary.txt"]
    assert ".docx" in detail.loc["notes.docx"]


def test_hidden_files_are_ignored(messy: Corpus) -> None:
    assert ".hidden.txt" not in set(messy.articles["path"]) | set(messy.rejects["path"])


def test_unterminated_quote_costs_one_row(tmp_path: Path) -> None:
    (tmp_path / "q.csv").write_text(
        'title,text\nA,First story.\nB,"Second story never closes\nC,Third story.\nD,Fourth story.\n', encoding="utf-8"
    )
    corpus = load_corpus(tmp_path)
    assert corpus.articles["text"].tolist() == ["First story.", "Third story.", "Fourth story."]
    assert corpus.rejects["record"].tolist() == [3]
    assert corpus.rejects["reason"].tolist() == ["malformed csv row"]
    assert "never closed" in corpus.rejects["detail"].iloc[0]


def test_stray_quote_costs_one_row(tmp_path: Path) -> None:
    (tmp_path / "q.csv").write_text('title,text\nA,"First" story.\nB,Second story.\n', encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.articles["text"].tolist() == ["Second story."]
    assert corpus.rejects["record"].tolist() == [2]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + "Caf\u00e9 story.".encode(), "utf-8-sig"),
        (codecs.BOM_UTF16_BE + "Caf\u00e9 story.".encode("utf-16-be"), "utf-16"),
        ("Caf\u00e9 story.".encode("utf-16-le"), "utf-16-le"),
        ("Caf\u00e9 story.".encode("latin-1"), "cp1252"),
    ],
)
def test_encodings(tmp_path: Path, data: bytes, encoding: str) -> None:
    (tmp_path / "a.txt").write_bytes(data)
    article = load_corpus(tmp_path).articles.iloc[0]
    assert article["text"] == "Caf\u00e9 story."
    assert article["encoding"] == encoding


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("broken.jsonl.gz", b"\x1f\x8b not gzip at all", "unreadable"),
        ("list.json", b'"just a string"', "invalid json"),
        ("doc.json", b'[{"text": "ok"', "invalid json"),
        ("header.csv", b"title,text\n", "no records"),
        ("empty.json", b"[]", "no records"),
        ("dateline_only.txt", b"MOSCOW, Dec 22 (Reuters) -\n", "no text"),
        ("blank_text.csv", b"title,text\nA,   \n", "no text"),
        ("zero.txt", b"", "empty file"),
        ("nul.csv", b"title,text\nA,B\x00C\n", "binary file"),
    ],
)
def test_single_bad_files(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    (tmp_path / name).write_bytes(data)
    corpus = load_corpus(tmp_path)
    assert corpus.articles.empty
    assert corpus.rejects["reason"].tolist() == [reason]
    assert corpus.rejects["detail"].iloc[0].startswith(name)


def test_gzip_bomb_is_too_large(tmp_path: Path) -> None:
    (tmp_path / "big.jsonl.gz").write_bytes(gzip.compress(json.dumps({"text": "x " * 50_000}).encode()))
    corpus = load_corpus(tmp_path, max_bytes=10_000)
    assert corpus.rejects["reason"].tolist() == ["too large"]


def test_malformed_sidecar_rows_are_rejected_and_files_still_load(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A plain story.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,date\na.txt,2021-05-01,extra\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.articles["text"].tolist() == ["A plain story."]
    assert corpus.rejects[["path", "record", "reason"]].values.tolist() == [["metadata.csv", 2, "malformed csv row"]]


def test_random_bytes_never_raise_and_nothing_is_lost(tmp_path: Path) -> None:
    rng = random.Random(20240607)
    suffixes = [".txt", ".csv", ".jsonl", ".json", ".jsonl.gz", ".tsv"]
    names = []
    for n in range(40):
        name = f"f{n:02d}{rng.choice(suffixes)}"
        size = rng.randint(0, 300)
        pool = (bytes(range(256)), b'ab ,"\n\r{}[]:\xe9\x93', b'ab ,"\n\r{}[]:\\text')[n % 3]
        (tmp_path / name).write_bytes(bytes(rng.choice(pool) for _ in range(size)))
        names.append(name)
    corpus = load_corpus(tmp_path)
    seen = set(corpus.articles["path"]) | set(corpus.rejects["path"])
    assert seen == set(names)
    assert corpus.rejects["detail"].map(lambda detail: detail.split(":")[0].split(" ")[0] in names).all()


def test_windows_line_ends_become_newlines(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"MOSCOW (Reuters) - First paragraph.\r\nSecond paragraph.\r\n\xe2\x80\x93\r\n")
    (tmp_path / "b.csv").write_bytes(b'title,text\r\nT,"One.\r\nTwo."\r\n')
    articles = load_corpus(tmp_path).articles
    assert articles["text"].tolist() == ["First paragraph.\nSecond paragraph.", "One.\nTwo."]
    assert articles["n_paragraphs"].tolist() == [2, 2]


def test_duplicate_ids_from_id_field_are_rejected(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"id": "x1", "text": "One."}\n{"id": "x1", "text": "Two."}\n', encoding="utf-8")
    corpus = load_corpus(tmp_path, id_field="id")
    assert corpus.articles["doc_id"].tolist() == ["x1"]
    assert corpus.rejects[["record", "reason"]].values.tolist() == [[2, "duplicate id"]]
    assert "'x1'" in corpus.rejects["detail"].iloc[0]
