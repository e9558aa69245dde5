"""Quote extraction: marks, kinds, every attribution order, speakers, the seed acceptance and the Wikinews floor."""
from __future__ import annotations

import importlib.util
import sys

import pandas as pd
import pytest

from analysis import analyze, load_corpus
from analysis.paths import ROOT
from analysis.quotes.step import COLUMNS, MENTION_COLUMNS, QUOTE_COLUMNS, extract_quotes
from analysis.text.paragraphs import paragraph_spans

SEED_FILE = ROOT / "seeds" / "000_55210bee468b7daf.txt"


def _load_validator():
    spec = importlib.util.spec_from_file_location("validate_quotes", ROOT / "validation" / "validate_quotes.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _mentions(text: str, *people: tuple[str, str]) -> pd.DataFrame:
    """A mentions table naming ``(surface, actor)`` people at every occurrence of the surface."""
    rows = []
    for surface, actor in people:
        position = text.find(surface)
        while position >= 0:
            rows.append({"start": position, "end": position + len(surface), "surface": surface,
                         "actor_id": "person:" + actor.lower().replace(" ", "-"), "actor": actor,
                         "actor_type": "person", "how": "discovered"})
            position = text.find(surface, position + 1)
    frame = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    return frame.sort_values("start").reset_index(drop=True)


def _no_mentions() -> pd.DataFrame:
    return pd.DataFrame(columns=MENTION_COLUMNS)


def _one(quotes: pd.DataFrame, fragment: str) -> pd.Series:
    rows = quotes[quotes["text"].str.startswith(fragment)]
    assert len(rows) == 1, f"expected one quote containing {fragment!r}, got {rows['text'].tolist()}"
    return rows.iloc[0]


@pytest.fixture(scope="module")
def seed_body() -> str:
    text = SEED_FILE.read_text(encoding="utf-8")
    return text.split("(EFE) .- ", 1)[1]


@pytest.fixture(scope="module")
def seed_quotes(seed_body: str) -> pd.DataFrame:
    return extract_quotes(seed_body)


# --- seed acceptance -------------------------------------------------------------------------


def test_seed_every_marked_quote_is_lavrovs_whatever_the_source(seed_quotes):
    marked = seed_quotes[seed_quotes["kind"] != "indirect"]
    assert len(marked) >= 12
    assert set(marked["speaker"]) == {"Sergey Lavrov"}
    sources = {s.lower() for s in marked["source"]}
    assert {"he", "lavrov", "the head of russian diplomacy"} <= sources


def test_seed_first_sentence_partial_quote_is_declared_by_lavrov(seed_quotes):
    quote = _one(seed_quotes, "space for geopolitical games")
    assert quote["text"] == "space for geopolitical games"
    assert (quote["kind"], quote["cue"], quote["speaker"]) == ("partial", "declared", "Sergey Lavrov")


def test_seed_no_quote_runs_past_its_paragraph(seed_body, seed_quotes):
    paragraphs = paragraph_spans(seed_body)
    for row in seed_quotes.itertuples():
        paragraph = next(p for p in paragraphs if p[0] <= row.start < p[1])
        assert row.end <= paragraph[1], row.text
    stray = _one(seed_quotes, "will promote a broader interaction")
    assert stray["text"].endswith("health sector")
    assert "Lavrov highlighted" not in stray["text"]


def test_seed_offsets_index_the_text_and_exclude_the_marks(seed_body, seed_quotes):
    for row in seed_quotes.itertuples():
        assert seed_body[row.start:row.end] == row.text
        assert row.text[0] not in "“”\"" and row.text[-1] not in "“”\""
        if row.source is not None and row.source == row.source:
            assert seed_body[int(row.source_start):int(row.source_end)] == row.source
        if row.cue is not None and row.cue == row.cue:
            assert seed_body[int(row.cue_start):int(row.cue_end)] == row.cue


def test_seed_unmarked_report_is_an_indirect_quote(seed_quotes):
    quote = _one(seed_quotes, "Washington currently refrains")
    assert (quote["kind"], quote["cue"], quote["speaker"]) == ("indirect", "noted", "Sergey Lavrov")


def test_columns_are_the_documented_ones(seed_quotes):
    assert list(seed_quotes.columns) == QUOTE_COLUMNS
    assert seed_quotes["quote_id"].tolist() == list(range(len(seed_quotes)))


# --- orders, marks and kinds -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "source", "cue"),
    [
        ('Smith said: "We will not give up the fight."', "We will not give up the fight.", "Smith", "said"),
        ("“We will not give up the fight,” he said.", "We will not give up the fight,", "he", "said"),
        ('"We will not give up the fight," said Smith.', "We will not give up the fight,", "Smith", "said"),
        ("“Nothing has changed” in the region, he indicated.", "Nothing has changed", "he", "indicated"),
        ('"We will not give up," Smith, the union leader, told reporters.', "We will not give up,", "Smith", "told"),
        ('According to Smith, "the fight goes on."', "the fight goes on.", "Smith", "According to"),
        ('"The fight goes on," said the university\'s chancellor, Ann Smith.', "The fight goes on,",
         "the university's chancellor, Ann Smith", "said"),
        ('One of them even went as far as to say, "We will not give up."', "We will not give up.", "One of them", "say"),
    ],
)
def test_every_attribution_order_finds_cue_and_source(text, quoted, source, cue):
    quotes = extract_quotes(text, mentions=_no_mentions())
    quote = _one(quotes, quoted.rstrip(",."))
    assert quote["text"] == quoted
    assert (quote["source"], quote["cue"], quote["kind"]) == (source, cue, "direct")


def test_partial_quote_needs_a_cue_and_two_words():
    text = ('The mayor called the plan "a complete disaster" on Monday. '
            'Critics dislike the "fast-track" idea. The book "Great Expectations" sold well.')
    quotes = extract_quotes(text, mentions=_no_mentions())
    assert quotes["text"].tolist() == ["a complete disaster"]
    assert (quotes.loc[0, "kind"], quotes.loc[0, "source"], quotes.loc[0, "cue"]) == ("partial", "The mayor", "called")


def test_a_long_partial_quote_without_a_cue_counts_but_not_a_long_title_or_name():
    text = ('The new plan aims to "cut the waiting lists of every public hospital in half". '
            'The charity published "A Short History of the River Towns and Their People" in May. '
            'Researchers named the strain that caused the outbreak "novel porcine enteric virus type three". '
            'The minister was "a friend" to many.')
    quotes = extract_quotes(text, mentions=_no_mentions())
    marked = quotes[quotes["kind"] != "indirect"]
    assert marked["text"].tolist() == ["cut the waiting lists of every public hospital in half"]
    assert marked.iloc[0]["kind"] == "partial" and pd.isna(marked.iloc[0]["source"])


def test_a_partial_quote_without_a_cue_borrows_only_its_paragraphs_speaker():
    text = ('"We will open an inquiry," the mayor Ann Smith said on Monday. She asked three committees to '
            '"look into every contract signed since the election".\n\n'
            'The council voted to "send the whole matter back to the auditors". "It is a mistake," Ivo Sauer said.')
    quotes = extract_quotes(text, mentions=_mentions(text, ("Ann Smith", "Ann Smith"), ("Ivo Sauer", "Ivo Sauer")))
    marked = quotes[quotes["kind"] != "indirect"]
    # the council's words, not those of the next speaker quoted
    assert marked.iloc[1]["speaker"] == "Ann Smith" and pd.isna(marked.iloc[2]["speaker"])


def test_glosses_banners_and_captions_are_not_quotes():
    text = ('Thousands joined an anti-Brexit ("British exit") march.\n'
            'People held a banner saying "united in diversity".\n'
            '"Revoke article 50" poster at the march.')
    assert extract_quotes(text, mentions=_no_mentions()).query("kind != 'indirect'").empty


def test_short_quoted_names_in_title_case_are_not_quotes_however_set_off():
    text = ('The band, led by singer Maria Lopez, is best known for hits such as "Northern Lights", '
            '"Harbour Town Blues" and "Rain". The charity runs a scheme called "Second Chances for All". '
            'Lopez said, "We Will Keep Playing," before the encore. '
            'Lopez told reporters, "we never expected this kind of success."')
    quotes = extract_quotes(text, mentions=_mentions(text, ("Maria Lopez", "Maria Lopez")))
    marked = quotes[quotes["kind"] != "indirect"]
    # a title-cased speech keeps its closing comma inside the marks; a lower-case one is speech whatever its length
    assert marked["text"].tolist() == ["We Will Keep Playing,", "we never expected this kind of success."]


def test_a_partial_quote_in_title_case_is_a_name_even_beside_a_cue():
    text = ('The minister, known to fans as "The Iron Lady of Finance", said the budget was balanced. '
            'Police identified the driver only as "Mr. B" and said he was 40. '
            'Time magazine announced its choice for "Person of the Year" on Monday. '
            'The mayor said the plan was "fair to every family in the city".')
    quotes = extract_quotes(text, mentions=_no_mentions())
    marked = quotes[quotes["kind"] != "indirect"]
    assert marked["text"].tolist() == ["fair to every family in the city"]


def test_words_mentioned_as_words_are_not_quotes():
    text = ('The senator argued that the term "natural born citizen" was never defined. '
            'The judge said the statute\'s phrase "subject to" meant full jurisdiction. '
            'The senator said the ruling was "a win for every worker".')
    quotes = extract_quotes(text, mentions=_no_mentions())
    marked = quotes[quotes["kind"] != "indirect"]
    assert marked["text"].tolist() == ["a win for every worker"]


def test_a_saying_after_its_noun_is_no_quote_however_set_off():
    text = ('Asked about the delays, the minister recalled the adage, "Good things come to those who wait." '
            'Her deputy cited an old saying: "Measure twice and cut once before you build." '
            'As the proverb goes, "Many hands make light work on a farm." '
            'The mayor said the plan was "fair to every family in the city".')
    quotes = extract_quotes(text, mentions=_no_mentions())
    marked = quotes[quotes["kind"] != "indirect"]
    assert marked["text"].tolist() == ["fair to every family in the city"]


def test_a_quote_labelling_the_noun_after_it_is_no_quote_even_set_off():
    text = ('Protesters marched to the town hall.\n\n"Where is the mayor? Vote him out" sign. Image: a reader.\n\n'
            '"We will win," campaign staff said on Monday.')
    quotes = extract_quotes(text, mentions=_no_mentions())
    marked = quotes[quotes["kind"] != "indirect"]
    assert marked["text"].tolist() == ["We will win,"]


def test_a_name_a_group_calls_itself_is_no_quote():
    text = ('Residents of the valley calling themselves "the keepers of the river" met on Monday. '
            'A group calling itself the "friends of the old mill" said it would sue. '
            'Councillor Ivo Sauer called the dam "a danger to every home downstream".')
    quotes = extract_quotes(text, mentions=_mentions(text, ("Ivo Sauer", "Ivo Sauer")))
    marked = quotes[quotes["kind"] != "indirect"]
    assert list(zip(marked["text"], marked["cue"])) == [("a danger to every home downstream", "called")]


def test_a_capitalised_quote_after_an_article_or_as_is_partial_even_with_its_full_stop():
    text = ('Mayor Ann Smith described the budget as a "Wasteful mess from start to finish." '
            'Councillor Ivo Sauer described the report as "Political theatre for the cameras." '
            'Smith said, "We will vote against it."')
    quotes = extract_quotes(text, mentions=_no_mentions())
    marked = quotes[quotes["kind"] != "indirect"]
    assert marked["kind"].tolist() == ["partial", "partial", "direct"]


def test_talked_is_a_speech_cue_for_a_partial_quote():
    text = ('Mayor Ann Smith talked of the city\'s "long road to recovery after the floods" on Monday. '
            'Councillor Ivo Sauer, who talked with residents, said "the repairs will take a year".')
    quotes = extract_quotes(text, mentions=_mentions(text, ("Ann Smith", "Ann Smith"), ("Ivo Sauer", "Ivo Sauer")))
    marked = quotes[quotes["kind"] != "indirect"]
    assert list(zip(marked["kind"], marked["cue"], marked["speaker"])) == [
        ("partial", "talked", "Ann Smith"), ("partial", "said", "Ivo Sauer")]


def test_quoted_name_reads_title_case_without_closing_punctuation():
    from analysis.quotes.quote_spans import quoted_name
    assert quoted_name("Decision and Order") and quoted_name("Operation Clean Sweep 2024")
    assert not quoted_name("Thank You, Everyone,") and not quoted_name("What Is Going On?")
    assert not quoted_name("NO MORE WAR")  # a shout in capitals is speech
    assert not quoted_name("a space for geopolitical games") and not quoted_name("One Two Three Four Five Six Seven")


def test_quote_over_paragraphs_continues_only_when_the_next_opens_with_a_mark():
    text = ('Smith said: "The first part of what I want to say is this.\n'
            '"And the second part follows here," she added.\n'
            'Jones disagreed with every word of it.')
    quotes = extract_quotes(text, mentions=_mentions(text, ("Smith", "Ann Smith"), ("Jones", "Bob Jones")))
    marked = quotes[quotes["kind"] != "indirect"]
    assert marked["text"].tolist() == ["The first part of what I want to say is this.", "And the second part follows here,"]
    assert set(marked["kind"]) == {"direct"}
    assert set(marked["speaker"]) == {"Ann Smith"}


def test_unclosed_quote_ends_with_its_paragraph():
    text = 'Smith said: "This quote never closes\nThe next paragraph is the reporter\'s own.'
    quotes = extract_quotes(text, mentions=_no_mentions())
    assert quotes["text"].tolist() == ["This quote never closes"]


def test_straight_and_typographic_marks_give_the_same_quotes():
    straight = 'The minister said: "We are ready to talk." "Tomorrow we meet," he added.'
    curly = straight.replace(': "', ": “").replace('talk." "', "talk.” “").replace(',"', ",”")
    a = extract_quotes(straight, mentions=_no_mentions())
    b = extract_quotes(curly, mentions=_no_mentions())
    assert a[["start", "end", "kind", "source", "cue"]].equals(b[["start", "end", "kind", "source", "cue"]])
    assert len(a) == 2


def test_unattributed_quote_takes_the_speaker_of_its_paragraph():
    text = '"We are ready." "We have waited for years," Smith said.'
    quotes = extract_quotes(text, mentions=_mentions(text, ("Smith", "Ann Smith")))
    assert quotes["speaker"].tolist() == ["Ann Smith", "Ann Smith"]
    assert quotes.loc[0, "cue"] == "said"


def test_direct_quote_after_a_clause_without_cue_is_the_subjects():
    text = 'Trump, also on Twitter, defended his decision, "The U.S. has done far more than anyone expected."'
    quotes = extract_quotes(text, mentions=_mentions(text, ("Trump", "Donald Trump")))
    assert (quotes.loc[0, "speaker"], quotes.loc[0, "kind"]) == ("Donald Trump", "direct")
    assert pd.isna(quotes.loc[0, "cue"])


def test_coordinated_cue_takes_the_sentence_subject():
    text = 'Smith opposed the withdrawal and said it broke "every promise made to us."'
    quotes = extract_quotes(text, mentions=_mentions(text, ("Smith", "Ann Smith")))
    quote = _one(quotes, "every promise")
    assert (quote["kind"], quote["speaker"], quote["cue"]) == ("partial", "Ann Smith", "said")


# --- speakers ---------------------------------------------------------------------------------


def test_pronoun_skips_a_person_named_inside_a_prepositional_phrase():
    text = ('Minister Ann Smith spoke on Monday.\n'
            'She criticised the statements of former adviser John Bolton on the treaty.\n'
            '"We will not accept this," she said.')
    quotes = extract_quotes(text, mentions=_mentions(text, ("Ann Smith", "Ann Smith"), ("John Bolton", "John Bolton")))
    assert _one(quotes, "We will not accept")["speaker"] == "Ann Smith"


def test_pronoun_takes_the_most_recent_subject():
    text = ('Ann Smith opened the meeting.\n'
            'Bob Jones answered the questions.\n'
            '"This is the best plan we have," he said.')
    quotes = extract_quotes(text, mentions=_mentions(text, ("Ann Smith", "Ann Smith"), ("Bob Jones", "Bob Jones")))
    assert quotes.loc[0, "speaker"] == "Bob Jones"


def test_role_phrase_refers_back_to_the_person():
    text = ('Foreign Minister Ann Smith arrived in Paris.\n'
            'The head of the diplomacy stressed that the region needs "a new start for everyone."')
    quotes = extract_quotes(text, mentions=_mentions(text, ("Ann Smith", "Ann Smith")))
    quote = _one(quotes, "a new start")
    assert (quote["source"], quote["speaker"]) == ("The head of the diplomacy", "Ann Smith")


def test_possessor_in_the_source_is_not_the_speaker():
    text = '"I have lost a brother," writes Huber\'s longtime partner Erick Rowan on Instagram.'
    quotes = extract_quotes(text, mentions=_mentions(text, ("Huber", "Jon Huber")))
    assert quotes.loc[0, "speaker"] == "Erick Rowan"


def test_unresolved_source_is_kept_as_the_speaker_surface():
    text = '"I saw the man run out of the shop," an eyewitness told reporters.'
    quotes = extract_quotes(text, mentions=_no_mentions())
    assert (quotes.loc[0, "source"], quotes.loc[0, "speaker"]) == ("an eyewitness", "an eyewitness")
    assert pd.isna(quotes.loc[0, "speaker_actor_id"])


def test_denied_speech_is_no_attribution():
    text = 'He accepted the blame but did not say he ordered it. Smith said the talks would resume.'
    quotes = extract_quotes(text, mentions=_no_mentions())
    assert quotes["cue"].tolist() == ["said"]


# --- indirect quotes --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("The minister said that the talks had failed.", "the talks had failed", "The minister"),
        ("The talks had failed, the minister said on Monday.", "The talks had failed", "the minister"),
        ("Smith told reporters that the plant would close.", "the plant would close", "Smith"),
        ("According to the police, the man was armed with a knife.", "the man was armed with a knife", "the police"),
    ],
)
def test_indirect_quotes(text, content, source):
    quotes = extract_quotes(text, mentions=_no_mentions())
    assert quotes[["text", "kind", "source"]].values.tolist() == [[content, "indirect", source]]


def test_indirect_quotes_can_be_switched_off():
    text = "The minister said that the talks had failed."
    assert extract_quotes(text, mentions=_no_mentions(), indirect=False).empty


# --- pipeline step ----------------------------------------------------------------------------


def test_step_adds_doc_and_sentence_ids(tmp_path):
    corpus = load_corpus(SEED_FILE.parent)
    result = analyze(corpus, steps=("quotes",), cache=False)
    quotes = result.quotes
    assert list(quotes.columns) == COLUMNS
    assert len(quotes) > 10
    sentences = result.sentences.set_index("sent_id")
    for row in quotes.itertuples():
        assert sentences.loc[row.sent_id, "start"] <= row.start < sentences.loc[row.sent_id, "end"] + 2
    assert {"n_quotes", "n_indirect", "n_speakers"} <= set(result.articles.columns)
    assert int(result.articles.loc[0, "n_quotes"]) == int((quotes["kind"] != "indirect").sum())


def test_empty_article_gives_no_rows_with_columns():
    assert list(extract_quotes("", mentions=_no_mentions()).columns) == QUOTE_COLUMNS
    assert extract_quotes("No quotes here at all.", mentions=_no_mentions()).empty


# --- hand-checked Wikinews fixture ------------------------------------------------------------


def test_wikinews_fixture_meets_the_direct_speaker_floor():
    validator = _load_validator()
    texts: dict[str, str] = {}
    gold = []
    for path in validator.ALL:
        file_texts, file_gold = validator.load_gold(path)
        texts.update(file_texts)
        gold.extend(file_gold)
    assert len(gold) >= 40 and len(texts) >= 15
    scores = validator.score(texts, gold)
    assert scores.direct_accuracy >= validator.FLOOR, validator.report(scores)
    assert scores.precision >= 0.9 and scores.recall >= 0.9, validator.report(scores)
