"""Linear cost: structure of the article cap, and the linear rewrites give the results of the plain ones.

No test here measures time (``benchmarks/bench_linear.py`` does): they check
that a cap is recorded per article, and that the helpers rewritten to avoid
quadratic scans find exactly what a direct scan finds.
"""
from __future__ import annotations

import re

import pytest

from analysis.corpus import formats
from analysis.corpus.bylines import metadata_spans
from analysis.corpus.loading import ARTICLE_COLUMNS, LoadOptions, cap_text, content_doc_id, load_corpus
from analysis.corpus.stories import _lines, nonblank_lines, split_story
from analysis.text.normalization import normalize
from analysis.text.paragraphs import paragraph_spans
from analysis.text.sentences import split_sentences, split_view

PROSE = "The minister said the plan would go ahead. Critics disagreed.\n"


def test_article_over_max_chars_is_cut_at_a_line_break_and_recorded(tmp_path):
    (tmp_path / "long.txt").write_text(PROSE * 100, encoding="utf-8")
    (tmp_path / "short.txt").write_text("A short story about a vote.\n", encoding="utf-8")
    articles = load_corpus(tmp_path, max_chars=1000).articles.set_index("path")
    long, short = articles.loc["long.txt"], articles.loc["short.txt"]
    assert len(long["text"]) <= 1000 and long["text"].endswith("Critics disagreed.")
    assert long["n_chars_dropped"] == len((PROSE * 100).strip()) - len(long["text"])
    assert long["doc_id"] == content_doc_id(long["text"])
    assert short["n_chars_dropped"] == 0


def test_n_chars_dropped_is_an_article_column_of_integers(tmp_path):
    (tmp_path / "a.txt").write_text(PROSE, encoding="utf-8")
    articles = load_corpus(tmp_path).articles
    assert "n_chars_dropped" in ARTICLE_COLUMNS and tuple(articles.columns) == ARTICLE_COLUMNS
    assert str(articles["n_chars_dropped"].dtype) == "int64" and articles["n_chars_dropped"].tolist() == [0]


def test_default_cap_is_generous_and_validated():
    assert LoadOptions().max_chars == 2_000_000
    with pytest.raises(ValueError, match="max_chars"):
        LoadOptions(max_chars=0)


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("short", 10, ("short", 0)),
        ("abc def\nghi jkl mno", 12, ("abc def", 12)),  # at the last line break
        ("abcdef ghij", 9, ("abcdef", 5)),  # no line break: at the last space
        ("abcdefghijklmnop", 5, ("abcde", 11)),  # neither: a hard cut
    ],
)
def test_cap_text(text, limit, expected):
    assert cap_text(text, limit) == expected


_OLD_STRIPPED_LINE = re.compile(r"[^\S\n]*(\S(?:[^\n]*\S)?)")
_OLD_NONBLANK_LINE = re.compile(r"[^\n]*\S[^\n]*")
ODD_TEXTS = [
    "", "\n\n", "  a  \n\n b\t\n", "x" + " " * 300 + "\ny", "\u2028a\u2028 b \x0c\n\u00a0c\u00a0", "a\r\n b \n",
]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_line_scan_finds_what_the_regex_scan_found(text):
    for start in range(len(text) + 1):
        assert _lines(text, limit=9, start=start) == [m.span(1) for m in _OLD_STRIPPED_LINE.finditer(text, start)][:9]
    assert [line for line, _ in nonblank_lines(text)] == [m.span() for m in _OLD_NONBLANK_LINE.finditer(text)]


def test_long_blank_runs_keep_story_parts():
    text = "Headline\n" + "Word" + " " * 5000 + "\n" + " " * 5000 + "\nThe body says this. It ends.\n"
    story = split_story(text, title_line=True)
    assert story.title == "Headline" and story.body.endswith("It ends.")
    assert metadata_spans(text) == []


def test_paragraph_joined_by_line_separators_keeps_whole():
    line = "a long line that has no final punctuation at its end and goes on"
    text = "\u2028".join([line] * 50)
    assert paragraph_spans(text) == [(0, len(text))]


def test_a_giant_paragraph_splits_like_its_sentences_one_by_one():
    sentence = 'Mr. Smith met U.S. officials at 6 p.m. Police said "it was fine." Rep. Jones agreed etc. Others left. '
    text = sentence * 200
    view = normalize(text)
    whole = split_view(view, [(0, len(view))])
    assert whole == split_sentences(text)
    one = split_sentences(sentence)
    assert whole[:len(one)] == one and len(whole) == 200 * len(one)


def test_csv_restarts_after_each_bad_row_without_rereading(monkeypatch):
    rows = ["id,text"] + [f'{i},"bad"row {i}' if i % 2 else f"{i},Good row {i}." for i in range(40)]
    served: list[int] = []
    real = formats._lines_from

    def counting(lines, offset):
        for line in real(lines, offset):
            served.append(1)
            yield line

    monkeypatch.setattr(formats, "_lines_from", counting)
    items = list(formats.read_csv("\n".join(rows) + "\n", name="x.csv", spec=LoadOptions().field_spec))
    assert sum(isinstance(item, formats.Problem) for item in items) == 20
    assert len(served) <= 2 * len(rows)  # each line read about once, not once per earlier bad row


GIVEN_NAME_TEXT = (
    "Jean-Pierre Smith met Anna O'Brien and x-Pierre Smith. Later Mary Smith-Jones, Senator Smith and "
    "the Smith family spoke; Dr. Ng Wei of Acme Inc.\nBob  Lee said Lee was right. Tom\tO'Neil left."
)


def test_given_name_index_finds_what_a_scan_per_surname_found():
    from analysis.quotes.given_names import given_names_by_next_word

    index = given_names_by_next_word(GIVEN_NAME_TEXT)
    for surname in {"Smith", "O", "O'Brien", "Smith-Jones", "Jones", "Lee", "Wei", "O'Neil", "Inc", "Pierre"}:
        pattern = re.compile(r"\b([A-Z][\w'-]+)\s+" + re.escape(surname) + r"\b")
        assert index.get(surname, []) == [(m.end(), m.group(1)) for m in pattern.finditer(GIVEN_NAME_TEXT)], surname


def test_word_runs_are_the_contiguous_parts_of_a_name():
    from analysis.actors.mention_types import word_runs

    name = ("Joe", "R", "Biden")
    runs = set(word_runs(name))
    assert runs == {("Joe",), ("R",), ("Biden",), ("Joe", "R"), ("R", "Biden"), name}
    assert ("Joe", "Biden") not in runs and word_runs(()) == []


def test_reporter_tokens_skip_passages_outside_the_sentence_like_a_full_scan():
    from analysis.quotes.attribution import tokenize_reporter_text

    view = 'He said "yes" and "no". Then she said "maybe" today. "Later," they said, "fine".'
    quoted = [(m.start(), m.end()) for m in re.finditer(r'"[^"]*"', view)]
    sentences = [(0, 24), (25, 52), (53, len(view))]
    for start, end in sentences:
        inside = [q for q in quoted if q[1] > start and q[0] < end]
        assert tokenize_reporter_text(view, start, end, quoted) == tokenize_reporter_text(view, start, end, inside)


def test_tone_evidence_reads_each_quotation_and_source_once_however_many_names_it_holds():
    from analysis.actors import mention_tone
    from analysis.actors.step import find_mentions
    from analysis.quotes.speech_cues import default_speech_cues
    from analysis.text.document import Document

    names = ", ".join(f"{first} {last}" for first in ("Alice", "Carla", "Elena") for last in ("Moreno", "Okafor"))
    doc = Document(f'Minister Tom Hale said: "We thank {names} for their great work."\n')
    mentions = mention_tone.mention_records(find_mentions(doc).to_dict("list"))
    start, end = doc.sentences[0]
    outer = [mention_tone._outer(doc.normalized, *span) for span in doc.quote_spans]
    parsed = mention_tone._parse(doc.normalized, start, end, outer, mentions, [m.start for m in mentions],
                                 default_speech_cues())
    quoted = [m for m in mentions if m.start > doc.normalized.index('"')]
    assert len(quoted) == 6
    spans = {mention_tone.evidence_span(doc.normalized, parsed, m, ([], [])) for m in quoted}
    assert len(spans) == 1 and None not in spans  # one clause of the quotation: the same evidence for all six
    assert list(parsed.quotations) == [next(i for i, t in enumerate(parsed.tokens) if t.kind == "quote")]
    assert len(parsed.source_actors) <= len(parsed.attributions)


def test_nearest_attribution_walk_picks_what_min_over_every_attribution_picks():
    import random

    from analysis.quotes.attribution import Attribution
    from analysis.quotes.quote_attributions import _across_clauses, _Candidates, _distance
    from analysis.quotes.quote_spans import Quote

    rng = random.Random(3)
    for _ in range(400):
        pieces = [rng.choice(["said", "X Y", "; ", ", but ", ", and ", " ", "word", '"quote"']) for _ in range(40)]
        view, offsets, at = "", [], 0
        for piece in pieces:
            offsets.append(at)
            view += piece + " "
            at = len(view)
        attributions = []
        for index, piece in enumerate(pieces):
            if piece == "said":  # a source just before or just after the cue, or far from it
                cue = (offsets[index], offsets[index] + 4)
                shift = rng.choice([-8, 5, -20, 12])
                source = (max(0, cue[0] + shift), max(0, cue[0] + shift) + 3)
                attributions.append(Attribution(*cue, "said", "say", *source, view[source[0]:source[1]]))
        quotes = [Quote(offsets[i] + 1, offsets[i] + 6, offsets[i], offsets[i] + 7, 0, 0, 0, 0)
                  for i, piece in enumerate(pieces) if piece == '"quote"']
        if not attributions or not quotes:
            continue
        candidates = _Candidates(view, attributions, (0, len(view)))
        for quote in quotes:
            expected = min(attributions, key=lambda a: (_across_clauses(view, quote, a), _distance(quote, a)))
            assert candidates.nearest(view, quote) is expected


def test_tone_evidence_knows_the_speaker_by_a_mention_ending_its_source():
    """A mention of the speaker that ends where the source ends (an empty one included) still makes the quotation
    the speaker's own words, as when every mention of the sentence was read."""
    from analysis.actors import mention_tone
    from analysis.quotes.speech_cues import default_speech_cues

    view = 'Tom Hale said "Ana Ruiz did terrible work."'
    mentions = [mention_tone.Mention(0, 8, "B", "person", "name"), mention_tone.Mention(8, 8, "A", "person", "name"),
                mention_tone.Mention(15, 23, "A", "person", "name")]
    outer = [(14, len(view))]
    parsed = mention_tone._parse(view, 0, len(view), outer, mentions, [m.start for m in mentions], default_speech_cues())
    speaker = next(a for a in parsed.attributions if a.source_start is not None)
    assert (speaker.source_start, speaker.source_end) == (0, 8)
    assert mention_tone.evidence_span(view, parsed, mentions[2], ([], [])) is None
