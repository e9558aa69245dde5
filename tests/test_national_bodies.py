"""A bare "Senate", "Congress" or "Supreme Court" is its country's body when the article is about one country the
dictionary has that body for, else a body of its own article: the state's, another country's
(:mod:`analysis.actors.national_bodies`). Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions
from analysis.text.document import Document


def _ids(text: str, surface: str) -> set[str]:
    mentions = find_mentions(Document(text, doc_id="a1"))
    return set(mentions[mentions["surface"] == surface]["actor_id"])


def test_a_bare_body_in_an_article_about_one_country_is_its_body():
    text = ("Lawmakers from Ohio and Texas met in Washington on Tuesday. The bill now goes to the Senate, "
            "where Republicans from Florida hold a narrow majority, and Congress must pass it by Friday.")
    assert _ids(text, "Senate") == {"organization:us-senate"}
    assert _ids(text, "Congress") == {"organization:us-congress"}


def test_a_bare_body_of_a_country_without_one_in_the_dictionary_is_the_article_s():
    text = ("Residents of Manila protested on Monday after the Senate voted to close the network. Filipino "
            "lawmakers in Cebu said the Senate would meet again.")
    assert _ids(text, "Senate") == {"organization:senate@a1"}


def test_a_state_body_is_no_national_body():
    text = ("Maria Lopez, a Democrat from Ohio, won a seat in the state Senate in 2010. She later moved to "
            "Texas, where she taught law in Austin.")
    assert _ids(text, "Senate") == {"organization:senate@a1"}


def test_a_loose_text_keeps_the_plain_id():
    mentions = find_mentions("The budget was debated in Parliament on Monday, officials said.")
    assert set(mentions["actor_id"]) == {"organization:parliament"}


def test_the_body_of_another_country_the_article_is_about():
    text = ("Protesters marched through London on Saturday. British lawmakers in Parliament voted against the plan, "
            "and the Prime Minister said Britain would leave on time.")
    assert _ids(text, "Parliament") == {"organization:uk-parliament"}


def test_a_lone_body_word_named_in_full_nowhere_is_the_article_s():
    text = ("The paper was sent to the Academy in 1830, but the secretary lost it. Years later the Academy "
            "printed the work in full.")
    assert _ids(text, "Academy") == {"organization:academy@a1"}


def test_a_lone_body_word_after_its_full_name_is_that_body():
    text = ("He sent the paper to the French Academy of Sciences in 1830. The Academy printed it a year later.")
    assert _ids(text, "Academy") == _ids(text, "French Academy of Sciences")


def test_a_lone_body_word_in_an_article_about_one_country_is_that_country_s():
    text = ("Soldiers in Lagos said on Monday that the Army had not paid them since March. Officials in Abuja "
            "said Nigeria would pay them by Friday.")
    assert _ids(text, "Army") == {"organization:army@nigeria"}
