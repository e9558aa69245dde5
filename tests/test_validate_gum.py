"""The GUM validation scripts score what they say (hand-made documents in GUM's format), and gum_dev's figures
stay at or above the session's starting commit (``validation/gum_baseline.json``, a regression floor)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.paths import ROOT

sys.path.insert(0, str(ROOT / "validation"))
import gum  # noqa: E402
import gum_report  # noqa: E402
import gum_scores  # noqa: E402
import validate_gum_mentions  # noqa: E402
import validate_gum_quotes  # noqa: E402
import validate_sentences  # noqa: E402

TEXT = "Dr. Smith met Jane Doe in Paris. They spoke at length.\n\nA heading\n\nNext one. And two."
PARAGRAPHS = [{"start": 0, "end": 54, "kind": "p"}, {"start": 56, "end": 65, "kind": "head"},
              {"start": 67, "end": 85, "kind": "p"}]
BASELINE = json.loads((ROOT / "validation" / "gum_baseline.json").read_text(encoding="utf-8"))
# Figures are rounded to 4 places and others' work moves them a little: a drop of up to 0.005 is tolerated.
TOLERANCE = 0.005


def _record(**fields: object) -> dict:
    return {"doc": "GUM_interview_probe", "text": TEXT, "paragraphs": PARAGRAPHS, "sentences": [],
            "entities": [], "quotes": [], **fields}


def _entity(start: int, end: int, kind: str, head: tuple[int, int], eid: str, upos: str = "PROPN") -> dict:
    return {"start": start, "end": end, "type": kind, "head": list(head), "head_upos": upos, "eid": eid}


def _mentions(*rows: tuple[int, int, str, str, str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["start", "end", "actor_type", "actor_id", "how"]).astype(
        {"start": "int64", "end": "int64"})


def _quotes(*rows: tuple[int, int, str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["start", "end", "kind"]).astype({"start": "int64", "end": "int64"})


def test_sentence_scores_count_only_boundaries_inside_paragraphs():
    gold = [[0, 32], [33, 54], [56, 65], [67, 76], [77, 85]]
    perfect = gum.documents_from([_record(sentences=gold)], sentences=[[tuple(span) for span in gold]])[0]
    score, exact, sentences = gum_scores.sentence_score(perfect)
    assert (score.gold, score.found, score.right, exact, sentences) == (2, 2, 2, 5, 5)
    merged = gum.documents_from([_record(sentences=[[0, 54], [56, 65], [67, 85]])],
                                sentences=[[(0, 32), (33, 54), (56, 65), (67, 76), (77, 85)]])[0]
    score, exact, _ = gum_scores.sentence_score(merged)
    assert score.gold == 0 and score.predicted == 2 and score.precision == 0.0  # the splitter's breaks are not GUM's
    assert exact == 1  # only the heading is the same sentence


def test_read_gum_names_the_bad_line_and_the_missing_keys(tmp_path: Path):
    path = tmp_path / "gum.jsonl"
    path.write_text(json.dumps(_record()) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"gum.jsonl: line 2: not JSON"):
        gum.read_gum(path)
    path.write_text(json.dumps({"doc": "x", "text": "y"}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"line 1: expected keys .*missing entities, paragraphs, quotes, sentences"):
        gum.read_gum(path)


def test_named_mentions_match_on_the_head_typed_and_untyped():
    record = _record(entities=[
        _entity(0, 9, "person", (4, 9), "1"),              # Dr. Smith: head Smith
        _entity(14, 22, "person", (19, 22), "2"),          # Jane Doe
        _entity(26, 31, "place", (26, 31), "3"),           # Paris
        _entity(33, 37, "person", (33, 37), "1", "PRON"),  # They: not named
    ])
    mentions = _mentions((4, 9, "person", "person:smith", "discovered"),   # right
                         (14, 18, "person", "person:jane", "discovered"),  # misses Doe's head: a false alarm
                         (26, 31, "organization", "org:paris", "dictionary"),  # right span, wrong type
                         (33, 37, "person", "person:smith", "role"),       # on a pronoun: not judged
                         (38, 43, "country", "country:x", "demonym"))      # a demonym: not judged
    document = gum.documents_from([record], mentions=[mentions])[0]
    typed, alarms = gum_scores.mention_scores(document, typed=True)
    assert typed["person"] == gum_scores.Score(right=1, predicted=2, found=1, gold=2, neutral=1)
    assert typed["organization"] == gum_scores.Score(predicted=1)
    assert typed["place"] == gum_scores.Score(found=0, gold=1, neutral=1)
    assert alarms == {"discovered": 1, "dictionary": 1}
    untyped = gum_scores._total(gum_scores.mention_scores(document, typed=False)[0].values())
    assert (untyped.right, untyped.predicted, untyped.found, untyped.gold, untyped.neutral) == (2, 3, 2, 3, 2)


def test_actor_ids_are_scored_against_coreference_chains():
    pairs = [("1", "a"), ("1", "a"), ("1", "b"), ("2", "a")]
    pairwise = gum_scores.pairwise_score(pairs)
    # same chain: 3 pairs (all of chain 1); same id: 3 pairs (the a's); both: 1
    assert (pairwise.right, pairwise.predicted, pairwise.gold) == (1, 3, 3)
    precision, recall, mentions = gum_scores.bcubed_sums(pairs)
    assert mentions == 4
    assert precision == pytest.approx(2 / 3 + 2 / 3 + 1 + 1 / 3)
    assert recall == pytest.approx(2 / 3 + 2 / 3 + 1 / 3 + 1)


def test_corpus_ids_count_pairs_across_documents_against_wikipedia_links():
    # two documents: "Paris" linked to Paris in both (one id: right across documents), "Smith" in the first and
    # "Doe" in the second both linked to different people but given one id (a merge across documents)
    def document(name: str, entities: list[dict], rows: tuple) -> gum.GumDocument:
        return gum.documents_from([{**_record(entities=entities), "doc": name}], mentions=[_mentions(*rows)])[0]

    paris = {**_entity(27, 32, "place", (27, 32), "3"), "wikipedia": "Paris"}
    first = document("GUM_a", [{**_entity(0, 9, "person", (4, 9), "1"), "wikipedia": "John_Smith"}, paris],
                     ((4, 9, "person", "person:x", "discovered"), (27, 32, "place", "place:paris", "dictionary")))
    second = document("GUM_b", [{**_entity(14, 22, "person", (19, 22), "2"), "wikipedia": "Jane_Doe"}, paris],
                      ((19, 22, "person", "person:x", "discovered"), (27, 32, "place", "place:paris", "dictionary")))
    figures = gum_scores.corpus_id_figures([first, second])
    assert figures["mentions"] == 4 and figures["documents"] == 2 and figures["titles"] == 3
    # same id: 2 pairs (the Parises, the x's); same title: 1 pair (the Parises); both: 1, all across documents
    assert figures["across_documents"]["right"] == 1 and figures["across_documents"]["predicted"] == 2
    assert figures["across_documents"]["gold"] == 1
    assert figures["split"] == 0 and figures["merged"] == 1


def test_the_id_listing_shows_merges_and_splits_in_documents_and_across_them():
    # "Dr. Smith" and "Jane Doe" (two chains) share one id: a merge; Paris (one chain) has two ids: a split; across
    # the corpus the two Paris ids split the title Paris
    entities = [_entity(0, 9, "person", (4, 9), "1"), _entity(14, 22, "person", (19, 22), "2"),
                {**_entity(26, 31, "place", (26, 31), "3"), "wikipedia": "Paris"},
                {**_entity(67, 71, "place", (67, 71), "3"), "wikipedia": "Paris"}]
    mentions = _mentions((4, 9, "person", "person:x", "discovered"), (19, 22, "person", "person:x", "discovered"),
                         (26, 31, "place", "place:paris", "dictionary"), (67, 71, "place", "place:next", "discovered"))
    document = gum.documents_from([_record(entities=entities)], mentions=[mentions])[0]
    lines = [line.split("\t") for line in validate_gum_mentions.id_error_lines([document])]
    assert lines == [
        ["MERGE", "interview", "GUM_interview_probe", "person:x", "chain 1: Smith | chain 2: Doe"],
        ["SPLIT", "interview", "GUM_interview_probe", "chain 3", "place:paris: Paris | place:next: Next"],
        ["CORPUS-SPLIT", "", "", "Paris", "place:paris: Paris | place:next: Next"]]


def test_each_prediction_is_paired_with_one_gold_mention_preferring_its_type():
    record = _record(entities=[_entity(14, 31, "organization", (14, 18), "7"), _entity(26, 31, "place", (26, 31), "8")])
    document = gum.documents_from([record], mentions=[_mentions((14, 31, "place", "place:x", "dictionary"))])[0]
    assert gum_scores.matched_pairs(document) == [("8", "place:x")]


def test_quotes_match_by_a_shared_character_and_scare_quotes_are_not_judged():
    record = _record(quotes=[{"start": 13, "end": 24, "tag": "quote"}, {"start": 56, "end": 65, "tag": "q"},
                             {"start": 67, "end": 77, "tag": "quote"}])
    quotes = _quotes((14, 23, "direct"), (57, 64, "partial"), (40, 50, "direct"), (67, 76, "indirect"))
    document = gum.documents_from([record], quotes=[quotes])[0]
    score = gum_scores.quote_score(document)
    assert score == gum_scores.Score(right=1, predicted=2, found=1, gold=2, neutral=1)
    assert score.strict_precision == pytest.approx(1 / 3)


def test_the_sentence_listing_shows_missed_and_false_boundaries_inside_paragraphs_in_context():
    record = _record(sentences=[[0, 32], [33, 54], [56, 65], [67, 85]])
    document = gum.documents_from([record], sentences=[[(0, 54), (56, 65), (67, 76), (77, 85)]])[0]
    lines = [line.split("\t") for line in validate_sentences.error_lines([document])]
    assert [(what, genre, name) for what, genre, name, _ in lines] == [
        ("MISSED", "interview", "GUM_interview_probe"), ("FALSE", "interview", "GUM_interview_probe")]
    assert lines[0][3].startswith("Dr. Smith met Jane Doe in Paris.|| They spoke")
    assert lines[1][3].endswith("A heading//Next one.|| And two.")


def test_the_quote_listing_shows_wrong_unjudged_and_missed_quotes_in_context():
    record = _record(quotes=[{"start": 13, "end": 24, "tag": "quote"}, {"start": 56, "end": 65, "tag": "q"},
                             {"start": 67, "end": 77, "tag": "quote"}])
    quotes = _quotes((14, 23, "direct"), (57, 64, "partial"), (40, 50, "direct"))
    document = gum.documents_from([record], quotes=[quotes])[0]
    lines = [line.split("\t") for line in validate_gum_quotes.error_lines([document])]
    assert [(what, name, about) for what, _, name, about, _ in lines] == [
        ("WRONG", "GUM_interview_probe", "direct cue=None"), ("NOT JUDGED", "GUM_interview_probe", "partial cue=None"),
        ("MISSED", "GUM_interview_probe", "")]
    assert lines[0][4].endswith("sp[[oke at len]]gth.//A heading//Next one. And two.")
    assert lines[2][4].endswith("A heading//[[Next one. ]]And two.")


def test_gold_spans_before_the_analysed_text_are_not_scored():
    document = gum.GumDocument(gold=_record(entities=[_entity(0, 9, "person", (4, 9), "1")]), offset=10,
                               sentences=pd.DataFrame(), mentions=_mentions(), quotes=_quotes())
    assert gum_scores.gold_mentions(document) == ([], [])


def test_options_are_key_value_pairs():
    assert gum_report.parse_options(["fold_metonyms=false", "dictionary=x.yaml"]) == {
        "fold_metonyms": False, "dictionary": "x.yaml"}
    with pytest.raises(SystemExit, match="expected KEY=VALUE"):
        gum_report.parse_options(["fold_metonyms"])


def test_a_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert validate_gum_quotes.main(["--gum", str(tmp_path / "none.jsonl")]) == 2
    assert "not found" in capsys.readouterr().err


def test_the_baseline_says_what_it_is_and_where_it_comes_from():
    assert BASELINE["commit"] == "6c334d7" and BASELINE["date"] == "2026-12-07"
    assert set(BASELINE["what"]) >= set(gum_report.SECTIONS)
    assert set(BASELINE["figures"]) == {"gum", *gum_report.SECTIONS} and BASELINE["figures"]["gum"]["documents"] == 84


needs_gum = pytest.mark.skipif(not gum.GUM.is_file(), reason=f"{gum.GUM} is not here")


@pytest.fixture(scope="module")
def figures() -> dict:
    """gum_dev scored now, through load_corpus and analyze (a few seconds)."""
    return gum_report.gum_figures(gum.GUM)


def _below(checks: list[tuple[str, float, float]]) -> list[str]:
    """The (what, now, baseline) checks that fell more than TOLERANCE below the baseline, as messages."""
    return [f"{what}: {now:.4f} now, {base:.4f} at {BASELINE['commit']}"
            for what, now, base in checks if now < base - TOLERANCE]


@needs_gum
def test_sentence_f1_stays_at_the_baseline(figures: dict):
    base, now = BASELINE["figures"]["sentences"], figures["sentences"]
    checks = [("sentence F1", now["overall"]["f1"], base["overall"]["f1"])]
    checks += [(f"sentence F1, {genre}", now["by_genre"][genre]["f1"], score["f1"])
               for genre, score in base["by_genre"].items()]
    assert not _below(checks)


@needs_gum
def test_quote_detection_stays_at_the_baseline(figures: dict):
    base, now = BASELINE["figures"]["quotes"], figures["quotes"]
    checks = [(f"quote {measure}", now["overall"][measure], base["overall"][measure])
              for measure in ("precision", "recall")]
    # per genre only recall: 2 to 23 predictions a genre make precision jump by a tenth for one quote
    checks += [(f"quote recall, {genre}", now["by_genre"][genre]["recall"], score["recall"])
               for genre, score in base["by_genre"].items()]
    assert not _below(checks)


@needs_gum
def test_speaker_accuracy_and_coverage_stay_at_the_baseline(figures: dict):
    base, now = BASELINE["figures"]["speakers"], figures["speakers"]
    checks = [(f"speaker {measure}", now["overall"][measure], base["overall"][measure])
              for measure in ("accuracy", "coverage")]
    checks += [(f"speaker accuracy, {form} sources", now["by_source_form"][form]["accuracy"], score["accuracy"])
               for form, score in base["by_source_form"].items()]
    assert not _below(checks)


@needs_gum
def test_actor_ids_within_and_across_documents_stay_at_the_baseline(figures: dict):
    checks = [(f"{section} B-cubed {measure}", figures[section]["bcubed"][measure],
               BASELINE["figures"][section]["bcubed"][measure])
              for section in ("actor_ids", "corpus_ids") for measure in ("precision", "recall")]
    assert not _below(checks)


@needs_gum
def test_typed_named_mentions_stay_at_the_baseline_per_genre(figures: dict):
    base, now = BASELINE["figures"]["mentions"]["typed"], figures["mentions"]["typed"]
    checks = []
    for measure in ("f1", "recall"):
        checks.append((f"typed named-mention {measure}", now["overall"][measure], base["overall"][measure]))
        checks += [(f"typed named-mention {measure}, {genre}", now["by_genre"][genre][measure], score[measure])
                   for genre, score in base["by_genre"].items()]
    assert not _below(checks)


def test_the_scripts_print_json_from_the_public_analysis(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    path = tmp_path / "gum.jsonl"
    gold = [[0, 32], [33, 54], [56, 65], [67, 76], [77, 85]]
    path.write_text(json.dumps(_record(sentences=gold, entities=[_entity(14, 22, "person", (19, 22), "2")])) + "\n",
                    encoding="utf-8")
    assert validate_sentences.main(["--gum", str(path), "--json", "--floor", "0"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert set(printed) == {"gum", "sentences"} and printed["gum"]["documents"] == 1
    assert printed["sentences"]["overall"]["gold"] == 2
    figures = gum_report.gum_figures(path, ("mentions",))
    assert figures["mentions"]["typed"]["overall"]["gold"] == 1
