"""A lone name after a capitalised word and an ampersand is a firm's second name ("Marks & Spencer said"), never a
person however it is cued; full names on both sides of one stay persons. Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def test_a_lone_name_after_an_ampersand_is_no_speaker():
    for text in ("Marks & Spencer said profits fell in the spring.", "Procter & Gamble said it would cut 500 jobs.",
                 "Shares in Harlow & Finch rose. Harlow & Finch said demand was strong."):
        mentions = find_mentions(text)
        assert "person" not in set(mentions["actor_type"]), text


def test_full_names_joined_by_an_ampersand_stay_persons():
    people = find_mentions("Tom Hardwick & Jane Ostrow said they would appeal.")
    assert list(people[people["actor_type"] == "person"]["surface"]) == ["Tom Hardwick", "Jane Ostrow"]


def _surfaces(text: str) -> list[str]:
    return list(find_mentions(text)["surface"])


def test_an_ampersand_inside_a_name_with_a_head_word_keeps_the_name_whole():
    assert "Rock & Roll Hall of Fame" in _surfaces("The band was inducted into the Rock & Roll Hall of Fame on Friday.")
    assert "Arts & Crafts Museum" in _surfaces("Visitors queued outside the Arts & Crafts Museum in Boston.")


def test_cited_authors_joined_by_an_ampersand_stay_apart():
    surfaces = _surfaces("Earlier surveys (Hallam & Ostrow, 2014) found the same effect in Boston.")
    assert not any("&" in surface for surface in surfaces)


def test_a_full_stop_after_ampersand_initials_ends_the_sentence():
    text = "The outage hit AT&T. Lena Morris said service was back."
    assert "Lena Morris" in _surfaces(text) and not any("Lena" in s and "AT" in s for s in _surfaces(text))


def test_ampersand_initials_inside_an_appositive_keep_the_source():
    from analysis.quotes.step import extract_quotes
    text = "Lena Morris, a spokeswoman for AT&T, said the company had restored service to all of its customers."
    sources = [quote.source for quote in extract_quotes(text).itertuples()]
    assert sources == ["Lena Morris"]
