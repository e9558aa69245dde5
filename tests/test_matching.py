"""The shared phrase matcher: whole words, longest first, no overlaps, case and accent rules."""
from __future__ import annotations

from analysis.text.matching import PhraseMatcher


def _surfaces(matcher: PhraseMatcher, text: str) -> list[tuple[str, object]]:
    return [(match.surface, match.payload) for match in matcher.find(text)]


def test_longest_phrase_wins_and_matches_do_not_overlap():
    matcher = PhraseMatcher()
    matcher.add("Latin America", "region")
    matcher.add("America", "continent")
    matcher.add("Latin American and Caribbean States", "celac")
    text = "Latin America and the Community of Latin American and Caribbean States; America too."
    assert _surfaces(matcher, text) == [
        ("Latin America", "region"),
        ("Latin American and Caribbean States", "celac"),
        ("America", "continent"),
    ]


def test_whole_words_only():
    matcher = PhraseMatcher()
    matcher.add("war", "conflict")
    assert _surfaces(matcher, "Warsaw awarded a software prize; war broke out") == [("war", "conflict")]


def test_case_sensitive_phrase_skips_other_case_but_folded_phrase_does_not():
    matcher = PhraseMatcher()
    matcher.add("US", "usa", case_sensitive=True)
    matcher.add("Russia", "rus")
    assert _surfaces(matcher, "The US told us that RUSSIA and russia met") == [
        ("US", "usa"),
        ("RUSSIA", "rus"),
        ("russia", "rus"),
    ]


def test_accents_and_typographic_apostrophes_are_folded_and_possessive_left_out():
    matcher = PhraseMatcher()
    matcher.add("Nicolás Maduro", "maduro")
    matcher.add("Russia", "rus")
    text = "Nicolas Maduro met Russia’s envoy"
    found = matcher.find(text)
    assert [(m.surface, m.payload) for m in found] == [("Nicolas Maduro", "maduro"), ("Russia", "rus")]
    assert text[found[1].start:found[1].end] == "Russia"


def test_offsets_index_the_stored_text_even_with_typographic_characters():
    matcher = PhraseMatcher()
    matcher.add("geopolitical games", "games")
    text = "a “space for geopolitical\u00a0games” — he said"
    (match,) = matcher.find(text)
    assert text[match.start:match.end] == "geopolitical\u00a0games"


def test_separator_between_tokens_must_agree_once_whitespace_is_folded():
    matcher = PhraseMatcher()
    matcher.add("Latin America", "region")
    matcher.add("U.S.", "usa")
    assert _surfaces(matcher, "Latin\nAmerica, not Latin. America; U. S. and U.S.") == [
        ("Latin\nAmerica", "region"),
        ("U. S", "usa"),
        ("U.S", "usa"),
    ]


def test_a_hyphen_joining_two_words_matches_a_space_either_way_but_a_spaced_dash_does_not():
    matcher = PhraseMatcher(hyphen_as_space=True)
    matcher.add("Guinea-Bissau", "country")
    matcher.add("Kim Jong Un", "person")
    matcher.add("Ohio chairman", "office")
    text = ("Guinea Bissau and Guinea-Bissau sent envoys; Kim Jong-un did not. "
            "The party chose Ohio - the state party's home - chairman Bob Lee.")
    assert _surfaces(matcher, text) == [
        ("Guinea Bissau", "country"), ("Guinea-Bissau", "country"), ("Kim Jong-un", "person"),
    ]
    assert _surfaces(matcher, "They met in Ohio - chairman Bob Lee said so.") == []


def test_without_hyphen_as_space_a_hyphenated_phrase_needs_its_hyphen():
    matcher = PhraseMatcher()
    matcher.add("in-laws", "family")
    assert _surfaces(matcher, "The changes he proposed in laws; his in-laws came.") == [("in-laws", "family")]


def test_a_custom_key_function_matches_stems():
    matcher = PhraseMatcher(key=lambda token: token.lower().rstrip("s"))
    matcher.add("sanction", "economic")
    assert _surfaces(matcher, "New sanctions and a sanction") == [("sanctions", "economic"), ("sanction", "economic")]


def test_first_added_entry_wins_for_the_same_phrase_and_empty_phrases_are_refused():
    matcher = PhraseMatcher()
    assert matcher.add("Georgia", "country")
    assert matcher.add("Georgia", "us-state")
    assert not matcher.add(" -- ", "nothing")
    assert len(matcher) == 2
    assert _surfaces(matcher, "Georgia") == [("Georgia", "country")]


def test_cost_does_not_depend_on_dictionary_size_in_structure():
    small, large = PhraseMatcher(), PhraseMatcher()
    small.add("Brazil", "bra")
    large.add("Brazil", "bra")
    for index in range(5000):
        large.add(f"Entity Number {index}", index)
    text = "Brazil and Entity Number 4999 met Entity Number 12."
    assert _surfaces(small, text) == [("Brazil", "bra")]
    assert _surfaces(large, text) == [("Brazil", "bra"), ("Entity Number 4999", 4999), ("Entity Number 12", 12)]


def test_token_tuples_and_token_columns_match_alike():
    from analysis.text.document import Document, TokenColumns

    matcher = PhraseMatcher()
    matcher.add_all([("Latin America", "region"), ("U.S.", "country"), ("US", "acronym")], case_sensitive=False)
    matcher.add("WHO", "agency", case_sensitive=True)
    doc = Document("Who said the WHO met U. S. envoys in Latin\nAmerica, not Latin. America? US and us.")
    keys = doc.token_keys(matcher._key)
    by_tuples = list(matcher.iter_token_matches(doc.tokens, keys, doc.text))
    by_columns = list(matcher.iter_column_matches(TokenColumns.of_tokens(doc.tokens), keys, doc.text))
    assert by_tuples == by_columns == matcher.find(doc) == matcher.find(doc.text)
    assert [(m.surface, m.payload) for m in by_columns] == [
        ("WHO", "agency"), ("U. S", "country"), ("Latin\nAmerica", "region"), ("US", "acronym"), ("us", "acronym")]
