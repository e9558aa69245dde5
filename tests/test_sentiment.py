"""Tests for analysis.sentiment.vader and analysis.sentiment.step: scoring, normalisation, the two methods, voices, the step."""
from __future__ import annotations

import importlib.util
import io
import math
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pandas as pd
import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer as ReferenceAnalyzer

from analysis.sentiment import step as sentiment
from analysis.paths import ROOT
from analysis.pipeline.spine import article_table
from analysis.text.document import Document
from analysis.text.normalization import normalize
from analysis.text.quotemarks import quote_spans
from analysis.text.tables import sentences_table
from analysis.sentiment.vader import LEXICON_FILE, analyzer, lexicon_counts

REFERENCE = ReferenceAnalyzer()


def compound(text: str, *, method: str = "vader") -> float:
    return sentiment.score_text(text, method=method)["compound"]


def frame_of(doc_id: str, text: str, pieces: list[str], *, in_quote: list[bool] | None = None) -> pd.DataFrame:
    """A hand-made sentences table: each piece is found in ``text`` in order."""
    rows, cursor = [], 0
    for sent_id, piece in enumerate(pieces):
        start = text.index(piece, cursor)
        cursor = start + len(piece)
        rows.append({"doc_id": doc_id, "sent_id": sent_id, "paragraph": 0, "start": start, "end": cursor,
                     "text": piece, "in_quote": bool(in_quote[sent_id]) if in_quote else False})
    return pd.DataFrame(rows)


# ---------------------------------------------------------------- scoring


def test_default_scores_are_the_reference_implementation_on_plain_text() -> None:
    texts = ["The service here is extremely good!", "VADER is not smart, handsome, nor funny.", "A table."]
    scores = sentiment.score_sentences(texts)
    assert list(scores.columns) == ["compound", "pos", "neu", "neg"]
    for row, text in zip(scores.itertuples(), texts):
        expected = REFERENCE.polarity_scores(text)
        assert (row.compound, row.pos, row.neu, row.neg) == (
            expected["compound"], expected["pos"], expected["neu"], expected["neg"]
        )


RULE_CASES = [
    "Not good.", "not bad at all", "It isn't really that good", "He was never so happy", "never this bad",
    "I will never be so very happy", "Without doubt good", "without any doubt a good plan", "kind of good",
    "It is kind of sad, kind of funny", "It was good BUT the ending was AWFUL", "good but not great but fine",
    "Great, but", "no love", "No, it is no good", "there is no joy or hope", "At least it is not bad",
    "The least good option", "very least bad", "the bomb was the shit", "he cut the mustard and was happy",
    "hand to mouth", "back handed praise", "the kiss of death", "yeah right, great", "I am sort of happy",
    "EXTREMELY GOOD news for once", "The GREAT and terrible news", "Good!!! Really??", "sad :( but :) ok",
    "a", "", "bad", "nor funny, nor smart, nor kind", "wasn't it hardly a win", "The victims aren't safe yet.",
    "Now they all say he is a bad ass guy", "he was the one who gave it the kiss of death", "we all know the bus stop",
    "I heard it was a yeah right moment", "for all of us it is to die for", "we heard a beating heart tonight",
]


@pytest.mark.parametrize("text", RULE_CASES)
def test_reference_analyzer_applies_every_rule_like_the_package(text: str) -> None:
    """analysis.sentiment.vader skips rules that change nothing and narrows what the negation and idiom rules see."""
    ours = analyzer("vader")
    assert ours.polarity_scores(text) == REFERENCE.polarity_scores(text)
    assert ours.score_tokens(text).scores == REFERENCE.polarity_scores(text)


@pytest.mark.parametrize("valences, text", [
    ([], ""), ([0, 0.0, 0], "a b c"), ([1.9, 0, -0.5], "good, bad!!"), ([-2.1, 0, 0, -0.3], "awful??? really?"),
    ([0.5, -0.5], "tie!"), ([3.1, 2.2, 0, 0.0, -1.25], "great!!!!! fine"), ([0, -0.0, 0], "zeros?? !"),
])
def test_scores_of_valences_are_the_packages_score_valence(valences: list[float], text: str) -> None:
    """The reference analyzer mirrors vaderSentiment's score_valence (reading only the non-zero valences)."""
    assert analyzer("vader").scores_of(valences, text) == REFERENCE.score_valence(list(valences), text)


def test_score_sentences_keeps_input_order_index_and_keys() -> None:
    table = pd.DataFrame(
        {"doc_id": ["a", "a", "b"], "sent_id": [0, 1, 0], "text": ["Awful news.", "Great news.", "News."]},
        index=[10, 11, 12],
    )
    scores = sentiment.score_sentences(table)
    assert list(scores.index) == [10, 11, 12]
    assert list(scores["doc_id"]) == ["a", "a", "b"] and list(scores["sent_id"]) == [0, 1, 0]
    assert scores.loc[10, "compound"] < 0 < scores.loc[11, "compound"]
    assert scores.loc[12, "compound"] == 0


def test_score_sentences_rejects_non_text_naming_the_position() -> None:
    with pytest.raises(TypeError, match="sentence 1"):
        sentiment.score_sentences(["fine", None])
    with pytest.raises(ValueError, match="no 'text' column"):
        sentiment.score_sentences(pd.DataFrame({"sentence": ["x"]}))


def test_empty_input_gives_empty_scores() -> None:
    assert sentiment.score_sentences([]).empty
    assert list(sentiment.score_sentences([]).columns) == sentiment.SCORE_COLUMNS


def test_unknown_method_is_an_error_listing_the_methods() -> None:
    with pytest.raises(ValueError, match="vader.*nltk"):
        compound("good", method="textblob")


def test_analyzer_is_built_once_per_process() -> None:
    assert analyzer("vader") is analyzer("vader")
    assert analyzer("nltk") is analyzer("nltk")


# ---------------------------------------------------------------- normalisation


def test_curly_apostrophe_negates_like_a_straight_one() -> None:
    curly, straight = "The results weren\u2019t good.", "The results weren't good."
    assert compound(curly) == compound(straight) < 0
    # the reference alone misses the negation: normalisation is what fixes it
    assert REFERENCE.polarity_scores(curly)["compound"] > 0


def test_curly_quotes_do_not_hide_a_word() -> None:
    curly, straight = "He called the plan \u201cexcellent\u201d.", 'He called the plan "excellent".'
    assert compound(curly) == compound(straight) > 0
    assert REFERENCE.polarity_scores(curly)["compound"] == 0


# ---------------------------------------------------------------- the nltk port and where it differs


def test_nltk_port_reads_the_vadersentiment_lexicon() -> None:
    assert LEXICON_FILE.name == "vader_lexicon.txt" and LEXICON_FILE.parent.name == "vaderSentiment"
    assert analyzer("nltk").lexicon == analyzer("vader").lexicon
    assert compound("The plan was good.", method="nltk") == compound("The plan was good.") > 0


def test_nltk_drops_one_letter_tokens() -> None:
    # "a" dropped brings "not" within nltk's three-word negation window
    text = "It was not at all a good result."
    assert compound(text) > 0 > compound(text, method="nltk")


def test_nltk_does_not_treat_no_as_a_negator() -> None:
    text = "There is no joy in the city."
    assert compound(text) < 0 < compound(text, method="nltk")


def test_nltk_leaves_punctuation_on_words() -> None:
    # 'good,"' keeps its comma and quote mark in nltk's port, so the word is not found
    text = '"The plan was good," she said.'
    assert compound(text) > 0
    assert compound(text, method="nltk") == 0


# ---------------------------------------------------------------- word-level tone


def test_word_counts_use_the_lexicon_without_context() -> None:
    lexicon = analyzer("vader").lexicon
    assert lexicon["good"] > 0 and lexicon["bad"] < 0 and lexicon["ugly"] < 0
    # "not good" still counts "good" as a positive word: word tone has no rules
    assert sentiment.word_counts("Not good, bad and ugly: a table\u2019s legs.") == (8, 1, 2)


def test_words_are_vaders_tokens() -> None:
    # "U.S." is one token and so is a lone dash; quotes and brackets do not hide a word
    assert sentiment.word_counts("The U.S. - \u201cgreat\u201d (awful) news") == (6, 1, 1)


@pytest.mark.parametrize("text", RULE_CASES)
def test_the_scoring_pass_counts_words_like_lexicon_counts(text: str) -> None:
    assert analyzer("vader").score_tokens(text).counts == lexicon_counts(text)


# ---------------------------------------------------------------- narration and quoted speech


def voices(text: str, *, method: str = "vader") -> tuple[str, float, float, int, int]:
    return sentiment.voice_scores(normalize(text), 0, quote_spans(text), method=method)


def test_remembered_quote_spans_are_the_same_and_safe_to_change() -> None:
    """Pairing the same text twice gives equal quotations, and changing one result never changes the next."""
    from analysis import text as text_module

    article = "He said \u201cthis is great\u201d and left. \u201cIt is over,\u201d she said."
    first = text_module.quote_spans(article)
    first.append((0, 1))  # a caller changing its list changes nothing remembered
    segments = text_module.quote_segments(article)
    segments.clear()
    again = text_module.quote_spans(article)
    assert again == first[:-1] and [article[start:end] for start, end in again] == ["this is great", "It is over,"]
    assert text_module.quote_segments(article)[0].group == 0


def test_a_self_contained_quote_scores_as_the_quoted_text_alone() -> None:
    text = "\u201cWe are delighted with this wonderful result,\u201d the angry minister said."
    voice, narration, quoted, narration_tokens, quote_tokens = voices(text)
    assert voice == "mixed"
    assert quoted == compound("We are delighted with this wonderful result,") > 0
    assert narration == compound("the angry minister said.") < 0
    assert (narration_tokens, quote_tokens) == (4, 7)


def test_a_quote_reads_in_context() -> None:
    # the narrator's "not" negates the quoted word; scored alone, "great" is positive
    voice, narration, quoted, _, quote_tokens = voices("He did not call it \u201cgreat\u201d.")
    assert voice == "mixed" and quote_tokens == 1
    assert quoted < 0 < compound("great") and narration == 0


def test_an_interrupted_quote_is_one_voice() -> None:
    text = "\u201cWe are delighted,\u201d the angry critic said, \u201cbut nobody else is.\u201d"
    voice, narration, quoted, narration_tokens, quote_tokens = voices(text)
    assert voice == "mixed" and (narration_tokens, quote_tokens) == (4, 7)


def test_one_voice_sentences_keep_their_own_compound() -> None:
    voice, narration, quoted, narration_tokens, quote_tokens = voices("The results were terrible.")
    assert voice == "narration" and narration == compound("The results were terrible.") and math.isnan(quoted)
    assert (narration_tokens, quote_tokens) == (4, 0)
    voice, narration, quoted, narration_tokens, quote_tokens = voices("\u201cThe results were terrible.\u201d")
    assert voice == "quote" and quoted == compound("The results were terrible.") and math.isnan(narration)
    assert (narration_tokens, quote_tokens) == (0, 4)


def test_overlapping_or_unsorted_quote_spans_count_as_their_union() -> None:
    text = "The minister said the deal was great and the talks were awful."
    view = normalize(text)
    start, end = text.index("the deal"), text.index(" and the talks")
    union = sentiment.voice_scores(view, 0, [(start, end)])
    assert union[0] == "mixed" and union[4] == 4
    nested = [(start + 4, start + 8), (start, end)]
    touching = [(start + 9, end), (start, start + 4), (start + 4, start + 12)]
    assert sentiment.voice_scores(view, 0, nested) == sentiment.voice_scores(view, 0, touching) == union


def test_voices_with_the_nltk_port_follow_its_tokens() -> None:
    # nltk drops one-letter tokens: "a" has no valence slot, the voices still line up
    text = "He said it was a \u201cvery good\u201d plan."
    voice, _, quoted, narration_tokens, quote_tokens = voices(text, method="nltk")
    assert voice == "mixed" and quote_tokens == 2 and quoted > 0
    assert narration_tokens == voices(text)[3] - 1 == 5


def test_sentence_rows_score_narration_and_quotes_apart() -> None:
    text = (
        "The furious critics complained bitterly. "
        "\u201cWe are delighted with this wonderful result,\u201d the angry minister said. "
        "\u201cIt is a great day.\u201d"
    )
    table = frame_of("d", text, [
        "The furious critics complained bitterly.",
        "\u201cWe are delighted with this wonderful result,\u201d the angry minister said.",
        "\u201cIt is a great day.\u201d",
    ])
    rows = sentiment.sentence_rows("d", text, table, quotes=quote_spans(text))
    assert list(rows.columns) == sentiment.COLUMNS
    assert list(rows["voice"]) == ["narration", "mixed", "quote"]
    narration, mixed, quote = rows.to_dict("records")
    assert narration["narration_compound"] == narration["compound"] < 0 and math.isnan(narration["quote_compound"])
    assert quote["quote_compound"] == quote["compound"] > 0 and math.isnan(quote["narration_compound"])
    assert mixed["quote_compound"] > 0 > mixed["narration_compound"]
    assert mixed["compound"] == compound(table.loc[1, "text"])
    assert list(rows["n_words"]) == [5, 11, 5]


def test_sentence_rows_of_an_article_without_sentences_keep_columns_and_dtypes() -> None:
    rows = sentiment.sentence_rows("d", "", sentences_table("d", ""))
    assert rows.empty and list(rows.columns) == sentiment.COLUMNS
    assert rows["compound"].dtype == "float64" and rows["n_words"].dtype == "int64"


# ---------------------------------------------------------------- article columns


def sentiment_table() -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": ["a", "a", "a", "a", "b"],
        "sent_id": [0, 1, 2, 3, 0],
        "compound": [0.5, -0.5, 0.03, 0.1, -0.2],
        "narration_compound": [0.5, math.nan, 0.03, -0.4, -0.2],
        "quote_compound": [math.nan, -0.5, math.nan, 0.6, math.nan],
        "narration_tokens": [10, 0, 10, 2, 5],
        "quote_tokens": [0, 8, 0, 8, 0],
        "n_words": [10, 8, 10, 10, 5],
        "pos_words": [2, 0, 1, 1, 0],
        "neg_words": [0, 2, 0, 0, 1],
    })


def test_article_tone_aggregates_the_sentiment_table() -> None:
    tone = sentiment.article_tone(sentiment_table(), threshold=0.05)
    a, b = tone.loc["a"], tone.loc["b"]
    assert a["tone"] == pytest.approx((0.5 - 0.5 + 0.03 + 0.1) / 4)
    assert (a["tone_positive_share"], a["tone_negative_share"]) == (0.5, 0.25)
    assert a["tone_narration"] == pytest.approx((0.5 * 10 + 0.03 * 10 - 0.4 * 2) / 22)
    assert a["tone_quotes"] == pytest.approx((-0.5 * 8 + 0.6 * 8) / 16)
    assert a["n_quoted_sentences"] == 2
    assert a["positive_words_pct"] == pytest.approx(100 * 4 / 38)
    assert a["word_tone"] == pytest.approx(100 * (4 - 2) / 38)
    assert a["word_polarity"] == pytest.approx(100 * 6 / 38)
    assert math.isnan(b["tone_quotes"]) and b["n_quoted_sentences"] == 0
    assert b["word_tone"] == pytest.approx(-20.0)


def test_threshold_is_configurable_and_checked() -> None:
    wide = sentiment.article_tone(sentiment_table(), threshold=0.2).loc["a"]
    assert (wide["tone_positive_share"], wide["tone_negative_share"]) == (0.25, 0.25)
    with pytest.raises(ValueError, match="between 0 and 1"):
        sentiment.article_tone(sentiment_table(), threshold=0)


def test_article_tone_of_an_empty_table_has_the_columns() -> None:
    empty = sentiment.article_tone(pd.DataFrame(columns=sentiment.COLUMNS))
    assert empty.empty and list(empty.columns) == sentiment.ARTICLE_COLUMNS


# ---------------------------------------------------------------- the step


def test_run_article_on_the_seed(seed_article) -> None:
    from analysis.corpus.loading import load_corpus

    article = load_corpus(seed_article).articles.iloc[0]
    table = sentences_table(article["doc_id"], article["text"])
    doc = Document(article["text"], doc_id=article["doc_id"])
    rows = article_table("sentiment", doc, sentiment.DEFAULTS)
    assert list(rows["sent_id"]) == list(table["sent_id"])
    assert set(rows["voice"]) == {"narration", "quote", "mixed"}
    # the voices agree with the sentence table's in_quote flag
    voiced = rows.merge(table, on=["doc_id", "sent_id"])
    assert (voiced.loc[voiced["in_quote"], "quote_tokens"] > 0).all()
    assert (voiced.loc[voiced["voice"] == "narration", "in_quote"] == False).all()  # noqa: E712
    plain = article_table("sentiment", doc, {**sentiment.DEFAULTS, "sentiment_neutral_cues": False})
    word_rules = dict(neutral_names=True, neutral_like=True, approximate_negators=True, neutral_countered=True,
                      excess_degree=True, negation_scope=True, neutral_absence=True, news_senses=True,
                      neutral_stance=True, neutral_domains=True, neutral_amounts=True,
                      neutral_procedures=True, neutral_questions=True)  # the step's word rules, the cue rule aside
    assert plain["compound"].tolist() == sentiment.score_sentences(table, **word_rules)["compound"].tolist()
    nltk_rows = article_table("sentiment", doc, {**sentiment.DEFAULTS, "sentiment_method": "nltk"})
    assert len(nltk_rows) == len(rows)
    counts = ["n_words", "pos_words", "neg_words"]  # the same for both methods
    assert nltk_rows[counts].equals(rows[counts]) and rows["pos_words"].sum() > 0
    with pytest.raises(ValueError, match="sentiment_method"):
        sentiment.run_article(doc, {**sentiment.DEFAULTS, "sentiment_method": "bert"})


def test_analyze_adds_the_sentiment_table_and_article_columns(seeds_path) -> None:
    from analysis.corpus.loading import load_corpus
    from analysis.pipeline.spine import analyze

    result = analyze(load_corpus(seeds_path), steps=("sentiment",), cache=False)
    assert list(result.sentiment.columns) == sentiment.COLUMNS
    assert len(result.sentiment) == len(result.sentences)
    assert set(sentiment.ARTICLE_COLUMNS) <= set(result.articles.columns)
    expected = sentiment.article_tone(result.sentiment).loc[result.articles.loc[0, "doc_id"], "tone"]
    assert result.articles.loc[0, "tone"] == expected
    stricter = analyze(load_corpus(seeds_path), steps=("sentiment",), cache=False, sentiment_threshold=0.5)
    assert stricter.articles.loc[0, "tone_positive_share"] <= result.articles.loc[0, "tone_positive_share"]


# ---------------------------------------------------------------- the validation script


VALIDATION_SCRIPT = ROOT / "validation" / "validate_sentiment.py"
GROUND_TRUTH_LINES = [
    "1\t2.5\tWhat a wonderful, happy day!",
    "2\t-2.8\tThis is a horrible, awful mess.",
    "3\t0.0\tThe meeting is at noon.",
    "4\t1.2\tThe results weren't bad at all.",
    "5\t-1.5\tI hate waiting.",
]


def ground_truth_tarball(folder: Path, *, nested: bool, lines: list[str] = GROUND_TRUTH_LINES) -> Path:
    """A tarball laid out like the VADER data (optionally nested like the sdist), with tiny sets."""
    inner = io.BytesIO()
    with tarfile.open(fileobj=inner, mode="w:gz") as archive:
        for name in ("tweets", "movieReviewSnippets", "amazonReviewSnippets", "nytEditorialSnippets"):
            data = "\r\n".join(lines).encode("utf-8")
            member = tarfile.TarInfo(f"hutto_ICWSM_2014/{name}_GroundTruth.txt")
            member.size = len(data)
            archive.addfile(member, io.BytesIO(data))
    if not nested:
        path = folder / "hutto_ICWSM_2014.tar.gz"
        path.write_bytes(inner.getvalue())
        return path
    path = folder / "vaderSentiment-3.3.2.tar.gz"
    with tarfile.open(path, mode="w:gz") as archive:
        member = tarfile.TarInfo("vaderSentiment-3.3.2/additional_resources/hutto_ICWSM_2014.tar.gz")
        member.size = len(inner.getvalue())
        archive.addfile(member, io.BytesIO(inner.getvalue()))
    return path


def run_validation(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, str(VALIDATION_SCRIPT), *args], capture_output=True, text=True, env=env,
                          timeout=120, check=False)


@pytest.mark.parametrize("nested", [False, True])
def test_validation_script_reads_the_ground_truth_and_prints_every_set(tmp_path: Path, nested: bool) -> None:
    result = run_validation(str(ground_truth_tarball(tmp_path, nested=nested)))
    assert result.returncode == 0, result.stderr
    for name in ("tweets", "movie reviews", "product reviews", "NYT editorials"):
        assert name in result.stdout
    assert "0 scores (0 texts)" in result.stdout
    assert "reproduces the reference r on every set (|diff| <= 0.005): yes" in result.stdout


def test_validation_script_reports_scores_that_normalisation_changes(tmp_path: Path) -> None:
    curly = [line.replace("weren't", "weren\u2019t") for line in GROUND_TRUTH_LINES]
    result = run_validation(str(ground_truth_tarball(tmp_path, nested=False, lines=curly)))
    # on five texts one changed score moves r past the tolerance: the script says so and fails
    assert "1 scores (1 texts)" in result.stdout
    assert "normalisation replaced '\u2019' x1" in result.stdout
    assert result.stdout.rstrip().endswith("NO") and result.returncode == 1


def test_validation_script_says_how_to_get_the_data(tmp_path: Path) -> None:
    result = run_validation(str(tmp_path / "missing.tar.gz"))
    assert result.returncode == 2
    assert "pip download --no-binary :all: --no-deps vaderSentiment==3.3.2" in result.stderr


def test_validation_parser_names_file_and_line() -> None:
    spec = importlib.util.spec_from_file_location("validate_sentiment", VALIDATION_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    with pytest.raises(ValueError, match="tweets.txt line 2: mean rating 'high'"):
        module.parse_ratings(b"1\t0.5\tok\r\n2\thigh\tbad\r\n", where="tweets.txt")


def test_fast_path_scores_equal_the_package_on_wikinews(wikinews_path) -> None:
    """analysis.sentiment.vader skips vaderSentiment's emoji pass on emoji-free text: the scores must not change."""
    from analysis.corpus.loading import load_corpus

    articles = load_corpus(wikinews_path).articles
    texts = [text for row in articles.itertuples() for text in sentences_table(row.doc_id, row.text)["text"]]
    texts += ["Good news \U0001F600 for all", "   padded and great   ", ""]
    ours = analyzer("vader")
    assert len(texts) > 10_000
    assert [ours.polarity_scores(t) for t in texts] == [REFERENCE.polarity_scores(t) for t in texts]
    # the words it counts while scoring are lexicon_counts' (no count from the package's own path, for emoji)
    counted = [ours.score_tokens(t).counts for t in texts]
    assert counted[-3] is None and counted[:-3] + counted[-2:] == [lexicon_counts(t) for t in texts[:-3] + texts[-2:]]


def test_but_rule_gives_what_the_package_but_check_gives_repeated_valences_included():
    """vaderSentiment's _but_check changes the first position holding an equal value (list.index); the linear
    mirror must do the same, value for value and type for type."""
    import math
    import random

    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from analysis.sentiment.vader import _but_rule

    rng = random.Random(7)
    checked = 0
    for _ in range(3000):
        size = rng.randint(1, 12)
        valences = [rng.choice([0, 0, 0.0, -0.0, 1.5, -1.5, 0.75, 2.25, -2.0, 1.0]) for _ in range(size)]
        words = [rng.choice(["a", "but", "good", "But", "x"]) for _ in range(size)]
        lowers = [word.lower() for word in words]
        if "but" not in lowers:
            continue
        expected = SentimentIntensityAnalyzer._but_check(list(words), list(valences))
        got = _but_rule(lowers, list(valences))
        assert got == expected and list(map(type, got)) == list(map(type, expected))
        assert [math.copysign(1, value) for value in got] == [math.copysign(1, value) for value in expected]
        checked += 1
    assert checked > 1000
