"""Tests for analysis.text: normalised view, paragraphs, sentences, quotes and the sentences table."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.paths import SEEDS, SHARED_CORPUS
from analysis.text.normalization import count_words, fold_accents, normalize, word_spans
from analysis.text.paragraphs import paragraph_spans
from analysis.text.quotemarks import quote_segments, quote_spans
from analysis.text.sentences import split_sentences
from analysis.text.tables import sentences_table
from boundary_scoring import GoldDoc, load_gold, score_fixtures

FIXTURES = Path(__file__).parent / "fixtures" / "sentences"
SEED = SEEDS / "000_55210bee468b7daf.txt"
MIN_F1 = 0.97


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def quotes(text: str) -> list[str]:
    return [text[s:e] for s, e in quote_spans(text)]


def assert_partition(text: str, spans: list[tuple[int, int]]) -> None:
    """Spans are ordered, disjoint, stripped, and cover every non-space character."""
    view = normalize(text)
    covered = [False] * len(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text), (start, end)
        assert not view[start].isspace() and not view[end - 1].isspace(), repr(text[start:end])
        for i in range(start, end):
            covered[i] = True
        previous_end = end
    missing = [i for i, ch in enumerate(view) if not ch.isspace() and not covered[i]]
    assert not missing, f"characters outside every sentence: {[text[i] for i in missing[:10]]}"


# --------------------------------------------------------------------------- normalised view


def test_normalize_keeps_length_and_maps_typography():
    text = "“Quote” – it’s\u00a0done…"
    view = normalize(text)
    assert len(view) == len(text)
    assert view == "\"Quote\" - it's done."


def test_fold_accents_keeps_length():
    assert fold_accents("Nicolás Maduro, Łódź") == "Nicolas Maduro, Lodz"


def test_letters_with_a_stroke_fold_as_news_in_english_writes_them():
    assert fold_accents("Lech Wałęsa, Tromsø, Đoković") == "Lech Walesa, Tromso, Dokovic"


def test_word_spans_and_count_words_agree():
    text = "Russia’s foreign minister, Sergey Lavrov, met U.S. envoys."
    words = [text[s:e] for s, e in word_spans(text)]
    assert words[:3] == ["Russia’s", "foreign", "minister"]
    assert count_words(text) == len(words)


# --------------------------------------------------------------------------- the seed article


SEED_SENTENCES = [
    "Russia does not see Latin America as a “space for geopolitical games” and advocates cooperation unrelated to "
    "politics with the countries of this region, Russian Foreign Minister Sergey Lavrov declared today.",
    "“Russia never built its relations with Latin America on the basis of the governments that are in power.",
    "We want to deepen friendship and mutually beneficial cooperation with countries and peoples and not with a "
    "specific government and depending on their preferences,” he said in an interview with the Russian channel RT.",
    "In this, Russia differs from the US, he said, “we do not see Latin America as a space for geopolitical games.”",
    "The head of Russian diplomacy stressed that Latin America is currently witnessing “a new wave of "
    "nationally-oriented healthy forces coming to power, which reflects the general trend of the great failure of "
    "the neoliberal project.”",
    "“We work without exception with all countries and regional organizations in Latin America and the Caribbean "
    "region,” he said.",
    "Lavrov listed the main directions of cooperation between Russia and Latin America, among which he highlighted "
    "high technologies, the energy industry, agriculture, space, nuclear energy, medicine and public health.",
    "“Several countries in Latin America – Mexico, Brazil, Argentina, Nicaragua – already have the technology for "
    "the production of our vaccines,” he said, expressing his hope that the contacts between Russia and those "
    "countries “will promote a broader interaction in the pharmaceutical and health sector “.",
    "Lavrov highlighted Russia’s interest in actively cooperating with regional organizations “to promote the "
    "formation of a Latin American and Caribbean identity as one of the largest and most important poles of a "
    "multicenter world order.”",
    "In particular, he especially highlighted relations with the Community of Latin American and Caribbean States "
    "(CELAC), with which there is a mechanism for political consultations.",
    "“We had a small pause due to the pandemic, but now the Mexicans, who currently preside over CELAC, want to "
    "resume the meetings and we will actively support this approach,” he said.",
    "He noted that Washington currently refrains from citing the statements of former national security adviser "
    "John Bolton on the validity of the Monroe doctrine.",
    "“The current US administration is beginning to assess a little more pragmatically what is happening” in Latin "
    "America, he indicated, noting that the White House “has begun to understand that it must in any case have a "
    "dialogue with the Government of (Nicolás) Maduro, who he ratified his mandate after the recent elections. “",
    "The same is true of Bolivia, he said, “where true democracy was restored after the dubious actions of the "
    "previous government,” which removed Evo Morales from power.",
    "“I am confident that Washington will understand and assume the reality of Nicaragua,” he added.",
    "–",
]


@pytest.fixture(scope="module")
def seed_body() -> str:
    text = SEED.read_text(encoding="utf-8")
    return text.split(".- ", 1)[1]


def test_seed_article_splits_exactly(seed_body):
    assert sentences(seed_body) == SEED_SENTENCES


def test_seed_sentences_partition_the_text(seed_body):
    assert_partition(seed_body, split_sentences(seed_body))


def test_seed_paragraph_of_each_sentence(seed_body):
    table = sentences_table("seed", seed_body)
    # one paragraph per line; only the second line holds two sentences
    assert table["paragraph"].tolist() == [0, 1, 1] + list(range(2, 15))


# --------------------------------------------------------------------------- sentence rules


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "“It will be hard,” she said. “We are ready.”",
            ["“It will be hard,” she said.", "“We are ready.”"],
        ),
        (
            "He said it was over.” “Then what?” she asked.",
            ["He said it was over.”", "“Then what?” she asked."],
        ),
        ('"Why now?" asked Smith. "Because it is time."', ['"Why now?" asked Smith.', '"Because it is time."']),
        ('"Why now?" Smith asked. Nobody answered.', ['"Why now?" Smith asked.', "Nobody answered."]),
        ("U.S. officials said the talks failed.", ["U.S. officials said the talks failed."]),
        ("It grew in the U.S. The rest is abroad.", ["It grew in the U.S.", "The rest is abroad."]),
        ("The U.S. Senate voted. It passed.", ["The U.S. Senate voted.", "It passed."]),
        ("He left No. 10 at noon.", ["He left No. 10 at noon."]),
        ("Q: Did you agree? A: No. We never did.", ["Q: Did you agree?", "A: No.", "We never did."]),
        ("Inflation hit 3.5% in May. Wages rose 2.1%.", ["Inflation hit 3.5% in May.", "Wages rose 2.1%."]),
        ("It began at 6 a.m. local time.", ["It began at 6 a.m. local time."]),
        ("It ended at 6 p.m. The talks resume today.", ["It ended at 6 p.m.", "The talks resume today."]),
        ("Smith, 45, said he saw it. He ran.", ["Smith, 45, said he saw it.", "He ran."]),
        ("John F. Kennedy and J. K. Rowling met Dr. Who.", ["John F. Kennedy and J. K. Rowling met Dr. Who."]),
        ("“I don’t know… maybe,” he said.", ["“I don’t know… maybe,” he said."]),
        ('"We waited... and waited," he said.', ['"We waited... and waited," he said.']),
        ("Mr. A was named in court.", ["Mr. A was named in court."]),
        ("The strain is E. coli. It spreads.", ["The strain is E. coli.", "It spreads."]),
        ("The result (see below.) Stands.", ["The result (see below.)", "Stands."]),
        ("Talks ended at 11 p.m. Negotiators left.", ["Talks ended at 11 p.m.", "Negotiators left."]),
        ("It starts at 9 a.m. Monday and 6 p.m. EDT.", ["It starts at 9 a.m. Monday and 6 p.m. EDT."]),
        ("Bring pens, paper, etc. Lunch is provided.", ["Bring pens, paper, etc.", "Lunch is provided."]),
        ("See p. 55 and Vol. 3 of the report.", ["See p. 55 and Vol. 3 of the report."]),
        ('He asked "Is it true?", and left.', ['He asked "Is it true?", and left.']),
        ('The crowd shouted "Enough!" Police said two were held.', ['The crowd shouted "Enough!"', "Police said two were held."]),
        ("((WN)) Did it work? ((Jones)) No. Could be nice.", ["((WN)) Did it work?", "((Jones)) No.", "Could be nice."]),
        ("Rally in Delhi। Police arrived।", ["Rally in Delhi।", "Police arrived।"]),
        ("It would “end protections in the U.S.” Rep. Tom Brandt disagreed.",
         ["It would “end protections in the U.S.”", "Rep. Tom Brandt disagreed."]),
        ('Troops of the "U.S." Army arrived.', ['Troops of the "U.S." Army arrived.']),
        ("“We love the U.S.,” he said.", ["“We love the U.S.,” he said."]),
    ],
)
def test_sentence_rules(text, expected):
    assert sentences(text) == expected


def test_paragraph_breaks_are_hard_boundaries():
    text = "Storm hits coast\nThree people died. Roads are closed\n\n- schools shut\n- trains cancelled"
    assert sentences(text) == [
        "Storm hits coast",
        "Three people died.",
        "Roads are closed",
        "- schools shut",
        "- trains cancelled",
    ]


def test_numbered_list_markers_stay_with_their_item():
    text = "Priorities:\n1. Restore power.\n2. Reopen roads.\nQ. What next?\nA. We wait."
    assert sentences(text) == ["Priorities:", "1. Restore power.", "2. Reopen roads.", "Q. What next?", "A. We wait."]


@pytest.mark.parametrize("text", ["", "   \n\n ", "–", ".", "...", "“", "Hello", "a.\n\n\nb."])
def test_degenerate_texts_do_not_crash(text):
    spans = split_sentences(text)
    assert_partition(text, spans)
    table = sentences_table("d", text)
    assert list(table["text"]) == [text[s:e] for s, e in spans]


def test_spans_index_the_stored_text_not_a_copy():
    text = "\u00a0\u00a0“Done.”\u2003 Next one…\r\nLast"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["“Done.”", "Next one…", "Last"]


# --------------------------------------------------------------------------- paragraphs


def test_paragraph_spans_split_on_line_breaks_and_blank_lines():
    text = "  First line.\nSecond line.\r\n\r\n\n Third. \n"
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["First line.", "Second line.", "Third."]


def test_lower_case_continuation_line_is_one_paragraph():
    text = "He said that in his home country apostasy is\npunishable by death.\nNew paragraph."
    assert [text[s:e] for s, e in paragraph_spans(text)] == [
        "He said that in his home country apostasy is\npunishable by death.",
        "New paragraph.",
    ]


def test_short_line_after_a_long_one_is_not_wrapped_onto_by_a_lower_case_line():
    # only the line just before decides: a long earlier paragraph does not make "EFE" a wrapped line
    text = "A long first paragraph that ends with a full stop right here.\nEFE\njmr/ics"
    assert [text[s:e] for s, e in paragraph_spans(text)] == [
        "A long first paragraph that ends with a full stop right here.", "EFE", "jmr/ics",
    ]


def test_short_lower_case_lines_stay_list_items():
    text = "The new rules include:\nmasks on buses\nclosing bars early"
    assert sentences(text) == ["The new rules include:", "masks on buses", "closing bars early"]


def test_hard_wrapped_text_keeps_paragraphs_between_blank_lines():
    text = (
        "The government said on Monday that it would\n"
        "Raise taxes on fuel and tobacco to pay for\n"
        "New hospitals in the north of the country.\n"
        "\n"
        "Opposition parties said the plan would hurt\n"
        "Families on low incomes in rural areas.\n"
    )
    paragraphs = [text[s:e] for s, e in paragraph_spans(text)]
    assert len(paragraphs) == 2
    assert sentences(text)[0].startswith("The government") and sentences(text)[0].endswith("country.")


# --------------------------------------------------------------------------- quotes


def test_quote_spans_exclude_marks_and_pair_typographic_quotes():
    text = "He called it “a first step” and said: «We will continue.»"
    assert quotes(text) == ["a first step", "We will continue."]


def test_straight_quotes_pair_by_context():
    text = 'She said "no" twice. He is 6\'2" tall. "Fine," he said.'
    assert quotes(text) == ["no", "Fine,"]


def test_misused_left_quote_closes_and_does_not_swallow_the_article(seed_body):
    found = quotes(seed_body)
    assert "will promote a broader interaction in the pharmaceutical and health sector" in found
    assert found[-1] == "I am confident that Washington will understand and assume the reality of Nicaragua,"
    # every quote stays inside one paragraph
    paragraphs = paragraph_spans(seed_body)
    for start, end in quote_spans(seed_body):
        assert any(ps <= start and end <= pe for ps, pe in paragraphs)


def test_stray_left_quote_at_paragraph_end_closes_the_open_quote(seed_body):
    found = quotes(seed_body)
    assert found[-3].endswith("after the recent elections.")
    assert found[-3].startswith("has begun to understand")


def test_unclosed_quote_continues_only_into_a_paragraph_opening_with_a_quote():
    text = (
        "“The first part of the quote.\n"
        "“The second part,” she said.\n"
        "He added: “this one is never closed\n"
        "Narration resumes here.\n"
    )
    segments = quote_segments(text)
    assert [text[q.start:q.end] for q in segments] == [
        "The first part of the quote.",
        "The second part,",
        "this one is never closed",
    ]
    assert segments[0].group == segments[1].group != segments[2].group
    assert [q.closed for q in segments] == [False, True, False]


def test_new_opening_mark_inside_an_open_quote_starts_a_new_quote():
    text = "He said “we will win and then “we will see” what happens."
    assert quotes(text) == ["we will win and then", "we will see"]


def test_double_mark_closed_by_a_single_mark_ends_there():
    text = 'Fans call the striker "The Hammer\' because of his shots. He scored twice on Sunday.'
    segments = quote_segments(text)
    assert [text[q.start:q.end] for q in segments] == ["The Hammer"]
    assert segments[0].closed


def test_double_mark_closed_by_a_single_mark_after_a_full_stop_ends_there():
    text = ('The coach recalled the final. "We were two goals down at half time. Nobody gave up.’ '
            'The club later retired his shirt.')
    segments = quote_segments(text)
    assert [text[q.start:q.end] for q in segments] == ["We were two goals down at half time. Nobody gave up."]
    assert segments[0].closed


def test_unclosed_quote_with_a_possessive_or_nested_quote_still_runs_to_the_paragraph_end():
    assert quotes('The mayor said "the workers\' union will meet the council on Monday') == [
        "the workers' union will meet the council on Monday"]
    assert quotes('The mayor said "we will not take \'no\' for an answer') == [
        "we will not take 'no' for an answer"]


def test_apostrophes_and_single_quotes_are_not_quote_marks():
    """Apostrophes pair nothing, and single marks are no quote marks in an article quoting with double marks (an
    article quoting with single marks: tests/test_single_quotes.py)."""
    assert quotes("It's the people's choice, the Smiths' lawyer said.") == []
    assert quotes("It's the people's choice, 'they' said. \"We will vote,\" he added.") == ["We will vote,"]


# --------------------------------------------------------------------------- sentences table


def test_sentences_table_columns_and_dtypes(seed_body):
    table = sentences_table("doc1", seed_body)
    assert list(table.columns) == ["doc_id", "sent_id", "paragraph", "start", "end", "text", "in_quote"]
    assert table["sent_id"].tolist() == list(range(len(table)))
    for column in ("sent_id", "paragraph", "start", "end"):
        assert table[column].dtype == "int64"
    assert table["in_quote"].dtype == bool
    assert pd.api.types.is_string_dtype(table["doc_id"]) and pd.api.types.is_string_dtype(table["text"])
    assert all(seed_body[s:e] == t for s, e, t in zip(table["start"], table["end"], table["text"]))


def test_empty_sentences_table_keeps_dtypes():
    empty = sentences_table("", "")
    assert empty.empty
    assert empty.dtypes.to_dict() == sentences_table("x", "One.").dtypes.to_dict()


def test_in_quote_marks_sentences_mostly_inside_quotation_marks(seed_body):
    table = sentences_table("doc1", seed_body).set_index("sent_id")
    assert not table.loc[0, "in_quote"]  # narration with a short partial quote
    assert table.loc[1, "in_quote"] and table.loc[2, "in_quote"]  # a two-sentence quote
    assert table.loc[5, "in_quote"]  # “We work ...,” he said.
    assert not table.loc[6, "in_quote"]  # plain narration
    assert not table.loc[15, "in_quote"]  # the lone dash


# --------------------------------------------------------------------------- the gold fixture


@pytest.fixture(scope="module")
def gold_docs() -> list[GoldDoc]:
    docs = [load_gold(path) for path in sorted(FIXTURES.glob("*.txt"))]
    assert sum(len(doc.gold) for doc in docs) >= 60
    return docs


def test_fixture_boundary_f1(gold_docs):
    tally = score_fixtures(gold_docs)
    summary = f"boundary F1={tally.f1:.3f} (inside paragraphs {tally.inner_f1:.3f}) over {tally.n_gold} gold sentences"
    print(summary, *tally.errors, sep="\n")
    assert tally.f1 >= MIN_F1, f"{summary} < {MIN_F1}; errors by style:\n" + "\n".join(tally.errors)


def test_fixture_sentences_partition_their_text(gold_docs):
    for doc in gold_docs:
        assert_partition(doc.text, split_sentences(doc.text))


# --------------------------------------------------------------------------- real news


@pytest.mark.corpus
def test_wikinews_articles_split_into_partitions():
    files = sorted(SHARED_CORPUS.glob("*.csv")) if SHARED_CORPUS.is_dir() else []
    if not files:
        pytest.skip(f"Wikinews corpus not found at {SHARED_CORPUS}")
    articles = pd.concat([pd.read_csv(f) for f in files], ignore_index=True)
    for text in articles["text"].head(120):
        spans = split_sentences(text)
        assert_partition(text, spans)
        table = sentences_table("w", text)
        assert len(table) == len(spans)
        assert (table["paragraph"].diff().fillna(0) >= 0).all()


def test_words_keep_their_combining_marks():
    from analysis.text.normalization import word_spans

    text = "हम नहीं जानते, said Nicola\u0301s in Bangkok (กรุงเทพ)."
    assert [text[start:end] for start, end in word_spans(text)] == [
        "हम", "नहीं", "जानते", "said", "Nicola\u0301s", "in", "Bangkok", "กรุงเทพ",
    ]


def test_sentence_ids_give_the_sentence_holding_each_offset():
    from analysis.text.sentences import sentence_ids
    from analysis.text.tables import sentences_table

    text = "First one here. Second one.\nThird paragraph."
    table = sentences_table("d", text)
    offsets = [text.index("First"), text.index("one here"), text.index("Second"), text.index("Third")]
    assert sentence_ids(table, offsets) == [0, 0, 1, 2]
    assert sentence_ids(table.iloc[::-1], offsets) == [0, 0, 1, 2]
    assert sentence_ids(sentences_table("e", ""), [0, 3]) == [-1, -1]
