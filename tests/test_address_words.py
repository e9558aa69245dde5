"""The parts of an e-mail or web address are no lower-case words: "daniel" of
"daniel.okoro@example.org" does not make "Daniel" a common word that "Daniel Okoro" loses at a sentence's start,
nor "kyoto" of an address a common word that "Kyoto" in "Kyoto University" is not a town for
(:mod:`analysis.actors.address_words`)."""
from __future__ import annotations

import pytest

from analysis.actors.address_words import _ADDRESS, _addresses, lowercase_words
from analysis.actors.name_runs import tokenize
from analysis.actors.step import find_mentions
from mention_helpers import person_surfaces as people


def test_a_name_written_as_an_email_address_keeps_its_first_name():
    text = ("Press contact:\n\nDaniel Okoro daniel.okoro@harbourtrust.example.org\n\n"
            "Daniel Okoro said the harbour would reopen on Friday.")
    assert people(text) == ["Daniel Okoro", "Daniel Okoro"]


def test_address_parts_are_not_lowercase_words_but_other_words_are():
    text = "Write to will.baker@example.com or see www.example.com/grace. Grace said it will rain."
    words = lowercase_words(text, tokenize(text))
    assert "grace" not in words and "baker" not in words
    assert "will" in words and "rain" in words  # "will" is written outside the address too


def test_a_word_the_text_writes_in_lower_case_still_opens_no_name():
    text = ("Officials met Mira Ketelaar on Monday. Afterwards Ketelaar said talks will go on. "
            "He said afterwards it rained.")
    assert "Afterwards Ketelaar" not in people(text)


def test_a_town_named_in_an_email_domain_still_names_the_town_inside_a_university():
    mentions = find_mentions("Contact: Aiko Mori, a.mori@kyoto.example.jp, Kyoto University.\n\n"
                             "Mori said the results were clear.")
    inner = mentions[mentions["how"] == "inner"]
    assert list(zip(inner["surface"], inner["actor_type"])) == [("Kyoto", "place")]


def test_bare_web_domains_are_no_lowercase_words():
    text = "Read it on harbourtrust.com/grace or News.com.au. Grace said rain will fall, e.g. on Monday."
    words = lowercase_words(text, tokenize(text))
    assert words.isdisjoint({"harbourtrust", "grace", "com", "au"})
    assert {"will", "fall", "or", "e", "g"} <= words


@pytest.mark.parametrize("text", [
    "Mail a.b@x.com, or www.foo.org/x?y=1 and http://a.b/c) end.", "podiobooks.com/x foo.gov.uk. e@.com",
    "x@y", "www.", ".com", "a .com b", "Visit Example.com\n\nhttps://x.io", "www.www.com www.a.com", "",
])
def test_addresses_read_run_by_run_are_those_of_a_whole_scan(text):
    assert _addresses(text) == [match.span() for match in _ADDRESS.finditer(text)]
