"""The optional spaCy backend (``mentions_backend="spacy"``): names and types from a pipeline's entities,
speakers from its dependency parse, linked to the dictionary like the rule backend, in the same tables.

No real pipeline is downloaded: the tests build small ones themselves (``spacy.blank("en")`` with an
``entity_ruler`` and a sentencizer, saved with ``nlp.to_disk``), one of them with a rule stand-in for a
dependency parser (:func:`reporting_parse_stand_in`), and hand-build parsed ``Doc`` objects for the tree rules.
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy
import pandas as pd
import pytest

spacy = pytest.importorskip("spacy", reason="spaCy is in the test extra: pip install -e '.[test]'")
from spacy.attrs import DEP, HEAD  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from analysis.actors.inner_places import counted_mentions
from analysis import analyze  # noqa: E402
from analysis.backends import spacy_pipeline  # noqa: E402
from analysis.backends.spacy_pipeline import load_pipeline, model_fingerprint  # noqa: E402
from analysis.backends.spacy_speakers import quote_attribution  # noqa: E402
from analysis.corpus import load_corpus  # noqa: E402
from analysis.errors import OptionError  # noqa: E402
from analysis.pipeline.cache import config_key  # noqa: E402
from analysis.pipeline.spine import article_table  # noqa: E402
from analysis.quotes.speech_cues import default_speech_cues  # noqa: E402

PATTERNS = [
    *({"label": "PERSON", "pattern": name} for name in ("Zorblax Quint", "Quint", "Mr Quint", "Mara Vell")),
    {"label": "ORG", "pattern": "Quint Holdings"},
    {"label": "ORG", "pattern": "Fenwick Times"},  # "Times": a media word of the dictionary
    {"label": "ORG", "pattern": "Kenya Airways"},  # holds the dictionary's country Kenya
    {"label": "ORG", "pattern": "Bank of England"},  # a dictionary organisation
    {"label": "ORG", "pattern": "Reuters Television"},  # holds the dictionary's outlet Reuters
    {"label": "GPE", "pattern": "Lower Fenwick"},
    {"label": "NORP", "pattern": "Fenwickians"},
    {"label": "DATE", "pattern": "Monday"},
]
ARTICLE = (
    "Zorblax Quint, who runs Quint Holdings in Lower Fenwick, met officials of Kenya Airways on Monday. "
    "The Bank of England, Reuters Television and the Fenwick Times were not told.\n\n"
    '"We will not sell the company to anyone," Quint said. Fenwickians cheered.\n\n'
    'Mara Vell, a rival of Mr Quint, disagreed. "This is a bad deal for the town," said Mara Vell.\n\n'
    'Quint thanked Mara Vell and said the plan "will save the town".'
)
REPORTING = frozenset({"said", "told"})


@Language.component("reporting_parse_stand_in", assigns=["token.dep", "token.head"])
def reporting_parse_stand_in(doc: Doc) -> Doc:
    """A rule stand-in for a dependency parser, enough for reporting clauses: in each sentence the reporting
    verb is the root and the name or word beside it its ``nsubj`` (a name's other words ``compound``), or the
    opening name when a comma stands before the verb; after "and"/"but" the verb is a ``conj`` of the word after
    the opening name, which is the root with that name as ``nsubj``, and the words after the verb hang from it.
    Every other word hangs from the root."""
    heads, deps = list(range(len(doc))), ["dep"] * len(doc)
    entity_of = {token: entity for entity in doc.ents for token in range(entity.start, entity.end)}
    for sentence in doc.sents:
        verbs = [token.i for token in sentence if token.lower_ in REPORTING]
        first = next((token.i for token in sentence if not token.is_space), sentence.start)
        opening = entity_of.get(first)
        root, subject = sentence.start, None
        if verbs and opening is not None and doc[verbs[0] - 1].lower_ in ("and", "but"):
            root, subject = opening.end, opening.end - 1
            heads[verbs[0]], deps[verbs[0]] = root, "conj"
        elif verbs and opening is not None and doc[verbs[0] - 1].text == "," and opening.end < verbs[0] - 1:
            root, subject = verbs[0], opening.end - 1  # "Mara Vell, a rival of Mr Quint, said"
        elif verbs:
            root, subject = verbs[0], _beside(doc, verbs[0], sentence, entity_of)
        conj = verbs[0] if verbs and deps[verbs[0]] == "conj" else None
        for token in sentence:
            if token.i != conj:
                heads[token.i] = conj if conj is not None and token.i > conj else root
        deps[root] = "ROOT"
        if subject is not None:
            deps[subject] = "nsubj"
            entity = entity_of.get(subject)
            for token in range(entity.start, entity.end - 1) if entity is not None else ():
                heads[token], deps[token] = entity.end - 1, "compound"
    relative = numpy.asarray([[heads[i] - i, doc.vocab.strings.add(deps[i])] for i in range(len(doc))], dtype="int64")
    doc.from_array([HEAD, DEP], relative.view("uint64"))
    return doc


def _beside(doc: Doc, verb: int, sentence, entity_of) -> int | None:
    """The subject of a reporting verb: the word before it ("Quint said"), else the name after it ("said Mara Vell")."""
    if verb - 1 >= sentence.start and not doc[verb - 1].is_punct:
        return verb - 1
    if verb + 1 < sentence.end and not doc[verb + 1].is_punct:
        return entity_of[verb + 1].end - 1 if verb + 1 in entity_of else verb + 1
    return None


def _pipeline(folder: Path, *, parser: bool = False, patterns=PATTERNS) -> str:
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns(list(patterns))
    nlp.add_pipe("sentencizer")
    if parser:
        nlp.add_pipe("reporting_parse_stand_in")
    nlp.to_disk(folder)
    return str(folder)


@pytest.fixture(scope="module")
def ner_model(tmp_path_factory) -> str:
    """A pipeline with named entities and no parser."""
    return _pipeline(tmp_path_factory.mktemp("spacy") / "ner_only")


@pytest.fixture(scope="module")
def parsed_model(tmp_path_factory) -> str:
    """The same entities and the stand-in parse."""
    return _pipeline(tmp_path_factory.mktemp("spacy") / "with_parse", parser=True)


def _options(model: str) -> dict[str, str]:
    return {"mentions_backend": "spacy", "spacy_model": model}


# ---------------------------------------------------------------- mentions


def test_entities_become_mentions_typed_and_linked_like_the_rule_backend(ner_model):
    mentions = article_table("actors", ARTICLE, _options(ner_model))
    rows = {(row.surface, row.actor_id, row.actor_type, row.how) for row in mentions.itertuples()}
    assert ("Zorblax Quint", "person:zorblax-quint", "person", "discovered") in rows
    assert ("Quint", "person:zorblax-quint", "person", "discovered") in rows  # linked to the full name
    mister = mentions[mentions["start"] == ARTICLE.index("Quint, disagreed")]  # the entity "Mr Quint" less its title
    assert mister[["surface", "actor_id"]].values.tolist() == [["Quint", "person:zorblax-quint"]]
    assert ("Quint Holdings", "organization:quint-holdings", "organization", "discovered") in rows
    assert ("Lower Fenwick", "place:lower-fenwick", "place", "discovered") in rows
    assert ("Fenwick Times", "media:fenwick-times", "media", "discovered") in rows  # ORG with a media word
    assert ("Kenya Airways", "organization:kenya-airways", "organization", "discovered") in rows  # absorbs Kenya
    assert not counted_mentions(mentions)["surface"].isin(["Kenya", "Fenwickians", "Monday", "Reuters Television"]).any()
    assert mentions.loc[mentions["surface"] == "Kenya", "how"].tolist() == ["inner"]  # a place inside the airline's name
    rule = article_table("actors", ARTICLE, {}).set_index("surface")
    by_surface = mentions.set_index("surface")
    for surface in ("Bank of England", "Reuters"):  # the dictionary wins, with its canonical ids (Reuters: an agency)
        assert by_surface.loc[surface, ["actor_id", "how"]].tolist() == rule.loc[surface, ["actor_id", "how"]].tolist()
    assert by_surface.loc["Bank of England", "how"] == "dictionary"
    assert set(mentions.loc[mentions["how"] == "discovered", "cue"]) == {"spacy PERSON", "spacy ORG", "spacy GPE"}


def test_the_tables_keep_their_columns_and_dtypes(ner_model, parsed_model, tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text("Nobody is named here at all.", encoding="utf-8")
    rule = analyze(folder, cache=False)
    for model in (ner_model, parsed_model):
        spacy_run = analyze(folder, cache=False, **_options(model))
        for table in ("mentions", "quotes"):
            assert list(spacy_run.tables[table].columns) == list(rule.tables[table].columns)
            assert spacy_run.tables[table].dtypes.to_dict() == rule.tables[table].dtypes.to_dict()
        assert spacy_run.articles.dtypes.to_dict() == rule.articles.dtypes.to_dict()


# ---------------------------------------------------------------- speakers


def test_without_a_parser_the_rules_attribute_every_quote(ner_model):
    columns = ["start", "end", "kind", "cue", "source"]
    rule = article_table("quotes", ARTICLE, {})[columns]
    spacy_quotes = article_table("quotes", ARTICLE, _options(ner_model))
    pd.testing.assert_frame_equal(spacy_quotes[columns], rule)
    first = spacy_quotes.iloc[0]
    assert (first["source"], first["speaker"], first["speaker_actor_id"]) == ("Quint", "Zorblax Quint", "person:zorblax-quint")


def test_with_a_parser_the_subject_of_the_governing_reporting_verb_speaks(ner_model, parsed_model):
    rule = article_table("quotes", ARTICLE, _options(ner_model)).set_index("start")
    parsed = article_table("quotes", ARTICLE, _options(parsed_model)).set_index("start")
    assert list(parsed.index) == list(rule.index)  # the same quotations: detection stays with the rules
    assert parsed[["cue", "source", "speaker", "speaker_actor_id"]].values.tolist() == [
        ["said", "Quint", "Zorblax Quint", "person:zorblax-quint"],
        ["said", "Mara Vell", "Mara Vell", "person:mara-vell"],
        ["said", "Quint", "Zorblax Quint", "person:zorblax-quint"],  # "Quint thanked Mara Vell and said ..."
    ]
    doc = load_pipeline(parsed_model)(ARTICLE)  # the last quote's attribution is the parse's: conj -> first verb's subject
    found = quote_attribution(doc, ARTICLE.index('"will save'), ARTICLE.index('town".') + 5, default_speech_cues())
    assert (found.cue, found.source, found.cue_start) == ("said", "Quint", parsed["cue_start"].iloc[-1])


def _parsed(words: list[str], spaces: list[bool], heads: list[int], deps: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps)


def _quote(doc: Doc) -> tuple[int, int]:
    marks = [token.idx for token in doc if token.text == '"']
    return marks[0], marks[-1] + 1


def test_the_subject_phrase_keeps_its_complement_and_leaves_out_an_apposition():
    cues = default_speech_cues()
    lawyer = _parsed(
        ['"', "We", "will", "win", ",", '"', "the", "lawyer", "for", "Mara", "Vell", "said", "."],
        [False, True, True, False, False, True, True, True, True, True, True, False, False],
        [3, 3, 3, 11, 11, 11, 7, 11, 7, 10, 8, 11, 11],
        ["punct", "nsubj", "aux", "ccomp", "punct", "punct", "det", "nsubj", "prep", "compound", "pobj", "ROOT", "punct"],
    )
    found = quote_attribution(lawyer, *_quote(lawyer), cues)
    assert (found.cue, found.lemma, found.source) == ("said", "say", "the lawyer for Mara Vell")
    assert lawyer.text[found.source_start:found.source_end] == found.source
    rival = _parsed(
        ["Mara", "Vell", ",", "a", "rival", "of", "Quint", ",", "said", ":", '"', "No", '"'],
        [True, False, True, True, True, True, False, True, False, True, False, False, False],
        [1, 8, 1, 4, 1, 4, 5, 1, 8, 8, 11, 8, 11],
        ["compound", "nsubj", "punct", "det", "appos", "prep", "pobj", "punct", "ROOT", "punct", "punct", "ccomp", "punct"],
    )
    assert quote_attribution(rival, *_quote(rival), cues).source == "Mara Vell"


def test_a_coordinated_verb_takes_the_first_verbs_subject_and_no_reporting_verb_gives_none():
    cues = default_speech_cues()
    thanked = _parsed(
        ["Quint", "thanked", "Vell", "and", "said", "the", "plan", '"', "will", "save", "it", '"', "."],
        [True, True, True, True, True, True, True, False, True, True, False, False, False],
        [1, 1, 1, 1, 1, 6, 9, 9, 9, 4, 9, 9, 1],
        ["nsubj", "ROOT", "dobj", "cc", "conj", "det", "nsubj", "punct", "aux", "ccomp", "dobj", "punct", "punct"],
    )
    found = quote_attribution(thanked, *_quote(thanked), cues)
    assert (found.cue, found.source) == ("said", "Quint")
    parataxis = _parsed(  # a parse with the quoted verb as the root and "said" hanging from it
        ['"', "We", "won", ",", '"', "he", "said", "."], [False, True, False, False, True, True, False, False],
        [2, 2, 2, 2, 2, 6, 2, 2], ["punct", "nsubj", "ROOT", "punct", "punct", "nsubj", "parataxis", "punct"],
    )
    found = quote_attribution(parataxis, *_quote(parataxis), cues)
    assert (found.cue, found.source) == ("said", "he")
    sign = _parsed(["The", "sign", ":", '"', "Keep", "out", '"'], [True, False, True, False, True, False, False],
                   [1, 1, 1, 4, 1, 4, 4], ["det", "ROOT", "punct", "punct", "appos", "prt", "punct"])
    assert quote_attribution(sign, *_quote(sign), cues) is None


def test_a_huge_article_is_parsed_in_chunks_of_whole_sentences_with_the_same_tables(monkeypatch, parsed_model):
    whole = {table: article_table(table, ARTICLE, _options(parsed_model)) for table in ("actors", "quotes")}
    monkeypatch.setattr(spacy_pipeline, "CHUNK_CHARS", 120)  # ARTICLE is ~430 characters: several chunks
    for table, expected in whole.items():
        pd.testing.assert_frame_equal(article_table(table, ARTICLE, _options(parsed_model)), expected, obj=table)
    sentences = [(0, 50), (50, 130), (130, 400), (400, 420)]
    bounds = spacy_pipeline.chunk_bounds(sentences, 420, 100)
    assert bounds == [(0, 50), (50, 130), (130, 230), (230, 330), (330, 420)]  # at sentence starts, inside one if needed
    assert spacy_pipeline.chunk_bounds(sentences, 420, 1000) == [(0, 420)]


# ---------------------------------------------------------------- failures say how to install


def test_a_missing_pipeline_fails_with_how_to_install_it(tmp_path):
    with pytest.raises(OptionError, match=r"python -m spacy download en_core_web_sm") as error:
        article_table("actors", ARTICLE, _options("no_such_pipeline_xx"))
    assert "nothing is downloaded" in str(error.value)
    with pytest.raises(OptionError, match="no installed spaCy pipeline"):
        article_table("actors", ARTICLE, _options(str(tmp_path / "absent")))


def test_without_spacy_the_option_fails_with_the_extra_to_install(monkeypatch, ner_model):
    load_pipeline.cache_clear()
    monkeypatch.setitem(sys.modules, "spacy", None)  # import spacy now raises ModuleNotFoundError
    try:
        with pytest.raises(OptionError, match=r"pip install '\.\[spacy\]'"):
            article_table("actors", ARTICLE, _options(ner_model))
    finally:
        load_pipeline.cache_clear()


def test_a_bad_backend_or_a_pipeline_without_entities_is_refused(tmp_path):
    with pytest.raises(OptionError, match=r"mentions_backend='stanza'.*\['rule', 'spacy'\]"):
        article_table("actors", ARTICLE, {"mentions_backend": "stanza"})
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(tmp_path / "no_ner")
    with pytest.raises(OptionError, match="no named-entity component"):
        article_table("actors", ARTICLE, _options(str(tmp_path / "no_ner")))


# ---------------------------------------------------------------- cache keys, processes, Dask


def test_the_cache_key_holds_the_backend_and_the_pipelines_files(ner_model, tmp_path):
    def key(options: dict) -> str:
        return config_key(steps=["actors"], options=options, version="v", library="lib")

    other = _pipeline(tmp_path / "other", patterns=PATTERNS[:2])
    same = _pipeline(tmp_path / "same")
    rule = {"mentions_backend": "rule", "spacy_model": ner_model}
    assert key(rule) != key(_options(ner_model))
    assert key(_options(ner_model)) != key(_options(other))  # other patterns, other key
    assert key(_options(ner_model)) != key(_options(same))  # the option names another folder...
    assert model_fingerprint(ner_model)["files_sha1"] == model_fingerprint(same)["files_sha1"]  # ...of the same files


def _stories(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        body = ARTICLE if index % 2 == 0 else f'Mara Vell met Zorblax Quint. "Story {index} is short," Quint said.'
        (folder / f"{index:03d}.txt").write_text(body, encoding="utf-8")
    return folder


def test_the_pipeline_is_loaded_once_per_process_and_workers_give_the_same_tables(ner_model, tmp_path):
    corpus = load_corpus(_stories(tmp_path / "corpus", 6))
    load_pipeline.cache_clear()
    one = analyze(corpus, cache=False, **_options(ner_model))
    assert load_pipeline.cache_info().misses == 1  # six articles, one load
    two = analyze(corpus, cache=False, workers=2, **_options(ner_model))
    for table in ("mentions", "quotes"):
        pd.testing.assert_frame_equal(two.tables[table], one.tables[table], obj=table)
    assert (one.tables["mentions"]["cue"] == "spacy PERSON").any()


def test_the_dask_engine_writes_the_local_engines_tables(ner_model, tmp_path):
    distributed = pytest.importorskip("distributed")
    from analysis.pipeline.batch import analyze_to_parquet, read_table

    corpus = _stories(tmp_path / "corpus", 6)
    local = analyze_to_parquet(corpus, tmp_path / "local", cache=False, **_options(ner_model))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            distributed.Client(cluster) as client:
        dask = analyze_to_parquet(corpus, tmp_path / "dask", engine="dask", scheduler=client, partition_size=2,
                                  cache=False, **_options(ner_model))
    for table in ("mentions", "quotes"):
        pd.testing.assert_frame_equal(read_table(dask.out, table), read_table(local.out, table), obj=table)
    assert (read_table(local.out, "mentions")["cue"] == "spacy ORG").any()
