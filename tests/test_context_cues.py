"""Names typed by the sentence around them: cited authors and case names, places after "in" or before a
country, unknown acronyms, teams in sports copy and all-capital lines (analysis/actors/context_cues.py)."""
from __future__ import annotations

import pytest

from analysis.actors.inner_places import counted_mentions
from analysis.actors.step import find_mentions


def typed(text: str) -> dict[str, str]:
    """surface -> actor_type of the counted mentions (not the places inside longer names: "Manchester" of
    "Manchester United")."""
    mentions = counted_mentions(find_mentions(text))
    return dict(zip(mentions["surface"], mentions["actor_type"]))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("As shown by others (Lewis, Simons, & Fennig, 2014; Brieber 2014), it holds (Dye et al., 2010).",
         ["Lewis", "Simons", "Fennig", "Brieber", "Dye"]),
        ("Quilis (1964) and Spang (1983) disagree (see Lewis et al., 2014; Moretti, 2013). "
         "Others agree (Brieber, 2014).", ["Quilis", "Spang"]),
        ("The court relied on Wade v. Jacobs and Green versus United States.", ["Wade", "Jacobs", "Green"]),
    ],
)
def test_cited_authors_and_parties_to_a_case_are_people(text, names):
    kinds = typed(text)
    assert all(kinds.get(name) == "person" for name in names), kinds


def test_a_years_in_brackets_without_citations_is_a_work_not_an_author():
    kinds = typed("He starred in Chasing Liberty (2004) and later in Stoker (2013).")
    assert "person" not in kinds.values()
    assert typed("The games in Paris 2024; the team in Tokyo 2021.").get("Paris") != "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The convention was held in Tulsa, and many came.", "Tulsa"),
        ("She grew up near Bhubaneshwar in the 1990s.", "Bhubaneshwar"),
        ("It took place in Buxton, England last year.", "Buxton"),
        ("He teaches in Cambridge, Massachusetts.", "Cambridge"),
        ("The summit opened in St. Ormond on Monday.", "St. Ormond"),  # a saint's abbreviation, no street word
        ("Fans gathered in St Kerrow, waving flags.", "St Kerrow"),
        ("Police in Kelmsby said the road was closed.", "Kelmsby"),  # a reporting verb after the place
        ("The talks were held at Vellinge, officials said.", "Vellinge"),
        ("The mayor of Hostovka told reporters the town was quiet.", "Hostovka"),
    ],
)
def test_places_from_a_locative_or_a_country_after_them(text, name):
    assert typed(text).get(name) == "place"


@pytest.mark.parametrize("text, name", [
    ("She worked at Trinova for ten years.", "Trinova"),  # an employer
    ("Anna Kowalczyk spoke first. Protesters shouted at Kowalczyk, and Kowalczyk left.", "Kowalczyk"),
])
def test_at_before_an_employer_or_a_person_s_surname_is_no_place(text, name):
    assert typed(text).get(name) != "place"


def test_only_a_leading_saint_abbreviation_is_no_street_word():
    from analysis.actors.context_cues import _saint
    assert _saint(["St.", "Louis"], 0) and _saint(["Ste", "Foy"], 0)
    assert not _saint(["Bridge", "St"], 1) and not _saint(["St"], 0)


@pytest.mark.parametrize(
    "text",
    [
        "The results are in Table 2 and in Appendix S1.",
        "The poem was written in Latin and published in Python code.",
        "He appeared in Cry Wolf, a film.",
        "He runs Fedora. Fedora ships often. Fedora is free. Fedora grows. Fedora is fast. Fedora won. "
        "Fedora lost. Users in Fedora complain.",
        "The story (\"In Obscurity\") was her best; in Byron's memoirs he wrote of it.",
        "Prices start around Rs 500 in CentOS mirrors.",
    ],
)
def test_not_places(text):
    assert "place" not in typed(text).values()


def test_a_place_after_a_time_adjunct_and_in_stays_a_place():
    assert typed("The singer died last month in Dayton, his family said.").get("Dayton") == "place"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The UNHCR said on Monday that camps were full.", "UNHCR", "organization"),
        ("Members of the ZQRF met in the capital.", "ZQRF", "organization"),
        ("Chapter XIV says the GDP grew.", "XIV", None),
        ("Chapter XIV says the GDP grew.", "GDP", None),
        ("THE ZQRF SAID NOTHING.", "ZQRF", None),  # a shouted line: no acronym cue
    ],
)
def test_unknown_acronyms_by_context(text, name, kind):
    assert typed(text).get(name) == kind


def test_teams_in_sports_copy_include_the_places_in_their_names():
    kinds = typed("Results on Saturday:\nArsenal 2 Chelsea 1\nManchester United 0 Liverpool 3\n"
                  "Real Madrid 1-1 Barcelona\n")
    assert kinds == {name: "organization" for name in
                     ("Arsenal", "Chelsea", "Manchester United", "Liverpool", "Real Madrid", "Barcelona")}
    assert typed("Manchester United beat Liverpool 3-0 on Sunday.") == {
        "Manchester United": "organization", "Liverpool": "organization"}
    players = find_mentions("Rafael Nadal beat Roger Federer 6-4 6-3. Nadal beat Federer 6-4.")
    assert set(players["actor_type"]) == {"person"}
    assert typed("Apollo 11 landed. He visited Liverpool 2 years ago.") == {"Liverpool": "place"}


def test_result_sentence_pattern_reads_names_as_its_word_by_word_form():
    """The result-sentence pattern opens with the first name's first word (so the regex engine can skip to
    capitals): it finds the same names, at the same offsets, as the plain "(?:Word\\s+){0,3}Word" form."""
    import re

    from analysis.actors.context_cues import _RESULT_VERB

    word = r"[A-Z][\w.'’&-]*"
    after_first_name = _RESULT_VERB.pattern.split("{0,3})", 1)[1]  # the verb, the second name and the score
    plain = re.compile(rf"(?P<a>(?:{word}\s+){{0,3}}{word})" + after_first_name)
    texts = [
        "Manchester United beat Liverpool 3-0 on Sunday, and Real Madrid CF de Madrid drew with Barcelona 1-1.",
        "On Sunday Leeds fell to Crystal Palace 2-1 (1-0); Nadal beat Federer 6-4 6-3. The Club Atlético "
        "Mineiro Belo Horizonte defeated Santos 2–0 and St. Mirren edged Hearts 1 - 0.",
        "No result here: Anna said 3-0 was fine. USA beat the odds.",
    ]
    for text in texts:
        spans = [(m.span("a"), m.span("b")) for m in _RESULT_VERB.finditer(text)]
        assert spans == [(m.span("a"), m.span("b")) for m in plain.finditer(text)]
    assert len(list(_RESULT_VERB.finditer(texts[0]))) == 2


def test_all_capital_lines_are_read_word_by_word():
    mentions = find_mentions("JILL SAKA SHINES AS ARSENAL WIN\n\nJill Saka scored twice for Arsenal.")
    saka = mentions[mentions["actor_id"] == "person:jill-saka"]
    assert {"SAKA", "Jill Saka"} <= set(saka["surface"])
    assert "BFM TV" in set(find_mentions("The channel BFM TV reported it.")["surface"])  # initials are no shouting


def test_a_place_after_in_may_end_before_according_to():
    assert typed("The lorry crashed in Wexbury according to police.").get("Wexbury") == "place"
    assert typed("The lorry crashed in Wexbury said police.").get("Wexbury") == "place"  # as before: a reporting verb


@pytest.mark.parametrize(
    "text",
    [
        "The findings, published on Monday in Ocean Letters, surprised the team.",
        "A report published Wednesday in Orbital Science by a team was cited.",
        "In findings published earlier this month in Coastal Applications, scientists warned of losses.",
        "The survey, published last week in Marine Records, was widely shared.",
    ],
)
def test_a_time_adjunct_between_published_and_in_still_makes_no_place(text):
    # regression check: "published on Monday in Nature Sustainability" made the journal a place
    assert "place" not in typed(text).values()


def test_a_time_adjunct_before_in_keeps_a_place_after_other_verbs():
    assert typed("Protesters gathered on Friday in Bellwood, police said.")["Bellwood"] == "place"


@pytest.mark.parametrize("text, name", [
    ("Shelling was reported in Velmora (Donetsk region) overnight, officials said.", "Velmora"),
    ("Migrants live in villages near Harvik (east of the capital) and fish for a living.", "Harvik"),
])
def test_a_place_may_end_before_a_bracketed_gloss(text, name):
    assert typed(text).get(name) == "place"


@pytest.mark.parametrize("text, name", [
    ("The result was first reported in Halvorsen (2003) and later confirmed.", "Halvorsen"),  # a citation's year
    ("Scientists at the Institute for Research in Polar Sciences (IRPS) said so.", "Polar Sciences"),  # an acronym
])
def test_a_bracketed_year_or_acronym_does_not_end_a_place(text, name):
    assert typed(text).get(name) != "place"


@pytest.mark.parametrize("text, place", [
    ("Her family farmed sheep in the Varnesse. It rained often.", "Varnesse"),
    ("Gas terminals were built in the Nile-Delta, near the coast.", "Nile-Delta"),
])
def test_one_word_after_in_the_that_ends_there_is_a_place(text, place):
    assert typed(text).get(place) == "place"


@pytest.mark.parametrize("text, name", [
    ("His show Imus in the Morning aired for years.", "Morning"),  # a time of day in a title
    ("It was measured in the L-band.", "L-band"),  # a letter and a noun
    ("The fund was held in the Varnesse family.", "Varnesse"),  # the name goes on as a modifier
])
def test_a_time_a_letter_compound_or_a_modifier_after_in_the_is_no_place(text, name):
    assert typed(text).get(name) != "place"


@pytest.mark.parametrize("text", [
    "Manchester United beat Liverpool 3-0 on Sunday.", "Leeds\tlost to  Hull 0 - 3 at home", "Leeds drew with\nHull 1-1.",
    "The upbeat Chelsea 2-1 side.", "Leeds Beat Hull 2-1", "Leeds fell to Hull 1\u20132 (1-0)", "No score: Leeds beat Hull.",
    "Results:\nArsenal 2 Chelsea 1\n", "",
])
def test_sports_results_read_with_the_vocabulary_are_those_read_without(text):
    """The article's word tokens tell at once whether a result verb is written: given or not, the results are the
    same."""
    from analysis.actors.context_cues import sports_results
    from analysis.text.document import Document

    doc = Document(text)
    assert sports_results(doc.normalized, doc.vocabulary) == sports_results(doc.normalized)
