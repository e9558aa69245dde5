"""Discovery of names the dictionary lacks, typing by cues, and linking within an article."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.actors.dictionary import DEFAULT_PATH, read_dictionary
from analysis.actors.step import find_mentions

# Discovery is tested against the countries-and-bodies dictionary alone: the shipped public figures
# ("Sergey Lavrov", "Joe Biden") would otherwise be dictionary matches (tests/test_known_people.py).
WITHOUT_PUBLIC_FIGURES = read_dictionary(DEFAULT_PATH)
from analysis.actors.summary import summarize_discoveries
from analysis.actors.mention_types import actor_id_for, slug
from analysis.actors.name_runs import tokenize


def found(text: str) -> list[tuple[str, str, str]]:
    """(surface, actor, type) of the discovered or linked mentions."""
    mentions = find_mentions(text, dictionary=WITHOUT_PUBLIC_FIGURES)
    rows = mentions[mentions["how"].isin(["discovered", "role"])]
    return list(zip(rows["surface"], rows["actor"], rows["actor_type"]))


def typed(text: str, name: str) -> str | None:
    for surface, actor, kind in found(text):
        if actor == name:
            return kind
    return None


# ---------------------------------------------------------------- tokens


def test_tokens_split_the_possessive_and_mark_sentence_starts():
    tokens = tokenize("Russia’s envoy met Mr. Smith. Then “Lavrov said: Yes")
    assert [t.text for t in tokens][:3] == ["Russia", "envoy", "met"]
    assert tokens[0].possessive and not tokens[1].possessive
    starts = {t.text: t.initial for t in tokens}
    assert starts["Russia"] and starts["Then"] and starts["Lavrov"] and starts["Yes"]
    assert not starts["Smith"]  # "Mr." is an abbreviation, not a sentence end


def test_ids_are_stable_slugs():
    assert slug("Nicolás Maduro") == "nicolas-maduro"
    assert actor_id_for("person", "Sergey Lavrov") == "person:sergey-lavrov"


def test_a_body_written_with_or_without_full_stops_in_its_initials_is_one_actor():
    assert actor_id_for("organization", "U.S. Coast Guard") == actor_id_for("organization", "US Coast Guard") \
        == "organization:us-coast-guard"
    assert actor_id_for("organization", "B.C. Hydro") == "organization:bc-hydro"
    assert actor_id_for("place", "Washington, D.C.") == "place:washington-dc"
    # a person's initials stay letters apart, however they are spaced; a single initial is no run of initials
    assert actor_id_for("person", "J.R. Smith") == actor_id_for("person", "J. R. Smith") == "person:j-r-smith"
    assert actor_id_for("organization", "St. Mary's Hospital") == "organization:st-mary-s-hospital"
    ids = set(find_mentions("The U.S. Coast Guard said the boat sank. A US Coast Guard cutter arrived later.",
                            dictionary=WITHOUT_PUBLIC_FIGURES)["actor_id"])
    assert "organization:us-coast-guard" in ids and "organization:u-s-coast-guard" not in ids


# ---------------------------------------------------------------- what is not a name


@pytest.mark.parametrize(
    "text",
    [
        "Several countries agreed. However, nothing changed on Monday.",
        "The talks began in January and ended in March.",
        "He cited the Monroe doctrine again.",
        "Fans watched the World Cup final.",
        "Officials said Tuesday that the plan failed.",
    ],
)
def test_common_words_months_weekdays_and_events_are_not_actors(text):
    assert found(text) == []


def test_may_is_a_month_only_in_date_context():
    assert found("Elections were held in May.") == []
    assert typed("Prime Minister Theresa May resigned.", "Theresa May") == "person"


def test_an_abbreviated_month_is_a_month_only_in_a_date():
    assert typed("The report was written by Jan Kowalczyk, a lawyer in Gdansk.", "Jan Kowalczyk") == "person"
    assert typed("Jun Hoshiro said the plant would reopen.", "Jun Hoshiro") == "person"
    assert found("Sales fell on Jan. 5 and rose in Jan 2019; the Dec/Jan figures were revised.") == []
    assert found("The vote was held in Dec, and prices peaked in Oct and Nov.") == []


def test_a_pronoun_with_a_clitic_is_no_name():
    assert found("((WN)): You've said that the plan would fail. We're asking why.") == []


def test_a_particle_joined_by_an_apostrophe_belongs_to_the_name():
    assert typed("She served under President Marcel Aubrac d'Estournel in 1975.",
                 "Marcel Aubrac d'Estournel") == "person"


def test_a_weekday_abbreviation_before_a_name_word_opens_a_name():
    assert typed("Flooding reached Sun Prairie, Wisconsin, on Monday.", "Sun Prairie") == "place"
    assert typed("The museum is open Sat 10am to 4pm and Sun 11am, curators said.", "Sun") is None  # opening hours
    assert found("Open Mon Tue Wed, closed Sun.") == []


def test_untyped_names_are_not_reported_but_a_cue_elsewhere_types_them():
    assert found("Kowalczyk arrived late.") == []
    text = "Kowalczyk arrived late. Anna Kowalczyk, who leads the group, spoke."
    assert [surface for surface, *_ in found(text)] == ["Kowalczyk", "Anna Kowalczyk"]


# ---------------------------------------------------------------- typing cues


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Foreign Minister Sergey Lavrov spoke.", "Sergey Lavrov", "person"),
        ("He quoted former national security adviser John Bolton again.", "John Bolton", "person"),
        ("President Xi Jinping arrived.", "Xi Jinping", "person"),
        ("They met Mr Kowalczyk yesterday.", "Kowalczyk", "person"),
        ("They met Grand Ayatollah Ali Sistani.", "Ali Sistani", "person"),
        ("She met Ngozi Okonjo-Iweala yesterday.", "Ngozi Okonjo-Iweala", "person"),
        ("the Government of (Nicolás) Maduro", "Nicolás Maduro", "person"),
        ("They thanked Aleksandr Kowalczyk, who had helped.", "Aleksandr Kowalczyk", "person"),
        ("The victim, Bart Kowalczyk, 45, was found.", "Bart Kowalczyk", "person"),
        ("Praise came from Tomasz Wrona, the Polish foreign minister.", "Tomasz Wrona", "person"),
        ("\"We will win,\" said Quentin Vautrin of the council.", "Quentin Vautrin", "person"),
        ("The Ministry of Health replied.", "Ministry of Health", "organization"),
        ("The Mexican Football Federation agreed.", "Mexican Football Federation", "organization"),
        ("Officials of the Directorate General of Civil Aviation met.", "Directorate General of Civil Aviation",
         "organization"),
        ("It was run by Kestrel Analytics, a cybersecurity firm.", "Kestrel Analytics", "organization"),
        ("The Morning Herald reported it.", "Morning Herald", "media"),
        ("Rain hit Harris County overnight.", "Harris County", "place"),
    ],
)
def test_cues_type_discovered_names(text, name, kind):
    assert typed(text, name) == kind, found(text)


def test_an_acronym_in_brackets_names_the_organisation_later():
    text = "The National Emergency Operation Centre (NEOC) met. Later NEOC said cases fell."
    rows = [(s, a, k) for s, a, k in found(text)]
    assert rows == [
        ("National Emergency Operation Centre", "National Emergency Operation Centre", "organization"),
        ("NEOC", "National Emergency Operation Centre", "organization"),
        ("NEOC", "National Emergency Operation Centre", "organization"),
    ]


def test_an_acronym_spelling_a_longer_phrase_is_not_its_last_name():
    # regression check: "(IEDCR)" after a list-like name split at its comma was the acronym of "Research" alone
    text = ("Freedonia's Institute of Epidemiology, Disease Control and Research (IEDCR) reported 114 cases. "
            "The director of IEDCR said more tests were needed.")
    assert not any(surface == "IEDCR" and actor == "Research" for surface, actor, _ in found(text))
    text = "The group Journalists Beyond Frontiers (JSF) condemned the arrest. Later JSF said he was freed."
    assert ("JSF", "Journalists Beyond Frontiers", "organization") in found(text)  # initials of another language


def test_an_acronym_of_the_place_after_of_is_not_the_organisation():
    # regression check: "(NSW)" after "the Parliament of New South Wales" was the parliament
    text = "The Parliament of Western Australia (WA) voted on Tuesday. The WA upper house agreed."
    assert all(actor != "Parliament of Western Australia" for surface, actor, _ in found(text) if surface == "WA")
    text = "The University of Southern Maine (USM) met. Later USM said fees rose."
    assert ("USM", "University of Southern Maine", "organization") in found(text)


def test_an_acronym_inside_a_title_read_as_a_name_is_no_person():
    # regression check: "FIDE" took the person id of the title "Women FIDE Master" read as a name
    text = ("I started from Women Candidate Master, Women FIDE Master, Women Grand Master. "
            "I emailed FIDE and FIDE agreed.")
    assert all(not (surface == "FIDE" and kind == "person") for surface, _, kind in found(text))
    text = "Coach Tom Reyes met the press. Reyes said the team was ready."
    assert ("Reyes", "Tom Reyes", "person") in found(text)


def test_names_listed_after_a_plural_noun_share_its_type():
    text = "Guests included actors Dan Fogler, Ron Perlman and Jaleel White. German firms including " \
           "Deutsche Bahn, Daimler and Siemens left."
    kinds = {actor: kind for _, actor, kind in found(text)}
    assert kinds["Jaleel White"] == "person"
    assert {kinds["Deutsche Bahn"], kinds["Daimler"], kinds["Siemens"]} == {"organization"}


def test_a_title_after_an_organisation_starts_a_person():
    kinds = {actor: kind for _, actor, kind in found("Supreme Court Justice Elena Kagan dissented.")}
    assert kinds == {"Supreme Court": "organization", "Elena Kagan": "person"}


def test_a_full_name_right_after_an_organisation_is_a_person():
    kinds = {actor: kind for _, actor, kind in found(
        "Reporters interviewed a lecturer at Velmar State University Simon Ostrec about the games.")}
    assert kinds == {"Velmar State University": "organization", "Simon Ostrec": "person"}


def test_a_head_word_after_a_first_name_keeps_one_name():
    kinds = {actor: kind for _, actor, kind in found("Buses leave the Port Authority George Carver Bus Station.")}
    assert "George Carver" not in kinds and "person" not in kinds.values()


def test_a_person_next_to_a_country_name_is_one_name():
    kinds = {actor: kind for _, actor, kind in found("Michael Jordan visited Jordan.")}
    assert kinds == {"Michael Jordan": "person"}
    assert find_mentions("Michael Jordan visited Jordan.")["actor"].tolist() == ["Michael Jordan", "Jordan"]


def test_sentence_initial_common_word_is_not_part_of_a_name():
    text = "Donald Trump spoke. Afterwards Trump left; afterwards nobody spoke."
    assert [actor for _, actor, _ in found(text)] == ["Donald Trump", "Donald Trump"]
    assert found(text)[1][0] == "Trump"


def test_all_capital_words_are_not_typed_as_people():
    assert found("The law, BIPA, said nothing. LGBT victim groups met.") == []


# ---------------------------------------------------------------- linking within an article


def test_surname_links_to_the_full_name_before_it_the_first_person_named_when_several_share_it():
    text = "Joe Biden met his daughter Ashley Biden. Biden said no. Later Lavrov spoke to Sergey Lavrov."
    rows = found(text)
    assert rows == [
        ("Joe Biden", "Joe Biden", "person"),
        ("Ashley Biden", "Ashley Biden", "person"),
        ("Biden", "Joe Biden", "person"),  # the story's principal, not the relative named last
        ("Lavrov", "Sergey Lavrov", "person"),  # no full name before: the one after
        ("Sergey Lavrov", "Sergey Lavrov", "person"),
    ]


def test_a_namesake_named_on_his_own_takes_the_surname_in_his_paragraph():
    text = ("President Franklin Roosevelt wanted more judges. Roosevelt failed.\n\n"
            "In 1905, President Theodore Roosevelt ended a war. Roosevelt won a prize for it.\n\n"
            "Tony Mendez retired.\n\nHis wife Jonna Mendez said he was an artist. Mendez died at 78.")
    linked = [(surface, actor) for surface, actor, _ in found(text) if surface in ("Roosevelt", "Mendez")]
    assert linked == [
        ("Roosevelt", "Franklin Roosevelt"),
        ("Roosevelt", "Theodore Roosevelt"),  # no relative, and the first to bear the name in his paragraph
        ("Mendez", "Tony Mendez"),  # a relative does not take the principal's surname
    ]


def test_a_name_before_any_full_name_links_forward_by_a_given_name_or_surname_not_a_middle_name():
    text = ("Chao said he was tired. Sergey met reporters. His daughter Rulan Chao Pian taught music, "
            "and Sergey Lavrov spoke.")
    linked = dict((surface, actor) for surface, actor, _ in found(text))
    assert linked["Chao"] == "Chao"  # not "Rulan Chao Pian", whose surname is Pian
    assert linked["Sergey"] == "Sergey Lavrov"


def test_a_partial_name_links_to_the_longest_name_containing_it():
    text = "Andrés Manuel López Obrador spoke. López Obrador later said Obrador was tired."
    assert {actor for _, actor, _ in found(text)} == {"Andrés Manuel López Obrador"}


def test_role_phrase_links_to_the_office_holder_the_article_names():
    text = ("Russian Foreign Minister Sergey Lavrov spoke. US President Joe Biden replied. "
            "The Russian foreign minister then left, and the president stayed.")
    rows = [(s, a) for s, a, k in found(text)]
    assert ("foreign minister", "Sergey Lavrov") in rows  # "Russian" before it stays a mention of Russia
    assert ("the president", "Joe Biden") in rows
    assert find_mentions(text)["surface"].tolist().count("Russian") == 2


def test_an_actor_at_the_edge_of_a_role_phrase_stays_a_mention():
    text = "Governor Ricardo Rossello spoke. Later the governor of Puerto Rico resigned."
    mentions = find_mentions(text)
    assert mentions[["surface", "actor"]].values.tolist()[-2:] == [
        ["the governor", "Ricardo Rossello"], ["Puerto Rico", "Puerto Rico"]]


def test_apposition_gives_the_office():
    text = "Sergey Lavrov, the Russian foreign minister, arrived. The head of Russian diplomacy said no."
    assert ("The head of Russian diplomacy", "Sergey Lavrov", "person") in found(text)


def test_former_office_holders_do_not_take_the_role():
    text = "Former foreign minister Igor Ivanov spoke. Foreign Minister Sergey Lavrov agreed. " \
           "The foreign minister then left."
    assert ("The foreign minister", "Sergey Lavrov", "person") in found(text)


def test_role_phrase_without_a_holder_stays_unlinked():
    text = "The Russian foreign minister arrived in Mexico."
    assert [kind for _, _, kind in found(text)] == []
    assert "Russian" in set(find_mentions(text)["surface"])


def test_generic_role_matches_a_specific_office():
    text = "Foreign Minister Sergey Lavrov arrived. The minister said talks would go on."
    assert ("The minister", "Sergey Lavrov", "person") in found(text)


# ---------------------------------------------------------------- the discovery table


def test_summarize_discoveries_counts_and_gives_evidence(seeds_path):
    from analysis import analyze, load_corpus

    analysis = analyze(load_corpus(seeds_path), steps=("actors",), cache=False)
    table = summarize_discoveries(analysis.mentions, analysis.sentences)
    assert list(table.columns) == ["actor_id", "name", "type", "cue", "count", "articles", "doc_id", "evidence"]
    # Sergey Lavrov is a shipped public figure (a dictionary match); John Bolton is not
    assert "person:sergey-lavrov" not in set(table["actor_id"])
    bolton = table[table["actor_id"] == "person:john-bolton"].iloc[0]
    assert bolton["count"] == 1 and bolton["articles"] == 1 and bolton["type"] == "person"
    assert bolton["cue"] == "role: national security adviser"
    assert "John Bolton" in bolton["evidence"]
    assert table["count"].is_monotonic_decreasing


def test_summarize_discoveries_of_nothing_has_the_columns():
    table = summarize_discoveries(find_mentions("Russia and Mexico."))
    assert table.empty and "evidence" in table.columns
    assert summarize_discoveries(pd.DataFrame(columns=["how"])).empty


def test_descriptors_before_a_name_are_not_part_of_it():
    text = "Senators Kamala Harris and Cory Booker spoke. The rally drew Trump-loving Kanye West, who sang."
    assert [actor for _, actor, _ in found(text)] == ["Kamala Harris", "Cory Booker", "Kanye West"]


def test_the_plural_of_a_title_before_coordinated_names_is_not_part_of_the_first():
    text = "Generals Anton Vasquez and Ruth Okafor briefed the committee. Justices Helena Brandt and Omar Saleh dissented."
    assert [actor for _, actor, _ in found(text)] == ["Anton Vasquez", "Ruth Okafor", "Helena Brandt", "Omar Saleh"]
    assert found("The Generals Creek Bridge was closed.") == [("Generals Creek Bridge", "Generals Creek Bridge", "place")]


def test_the_plural_of_a_title_alone_names_no_one_but_a_team_or_a_place_stays():
    assert found("Unlike Senators, who serve six-year terms, deputies serve two.") == []
    assert ("Queens", "Queens", "place") in found("A chef was found dead in Queens, New York, on Wednesday.")


def test_the_middle_word_of_an_office_is_no_name():
    text = "Chief Financial Officer Ruth Okafor said revenue rose. The Chief Operating Officer, Anton Vasquez, left."
    assert [actor for _, actor, _ in found(text)] == ["Ruth Okafor", "Anton Vasquez"]
    assert [actor for _, actor, _ in found("General Anton Vasquez spoke to Officer Ruth Okafor.")] == ["Anton Vasquez", "Ruth Okafor"]
    assert [actor for _, actor, _ in found("Ruth Okafor, a Senior Staff Attorney at the firm, spoke.")] == ["Ruth Okafor"]


@pytest.mark.parametrize("text", [
    "Anyone who bought the software can ask for a refund.",
    "Women, who make up 16% of the force, may now serve.",
    "Reports said both were showing mild symptoms.",
    "Rather, the official leader of the party becomes prime minister.",
    "It is not about ships, captains, NGOs and clashes, she said.",
])
def test_indefinite_pronouns_plural_nouns_acronyms_and_adverbs_are_no_persons(text):
    assert found(text) == []


def test_caption_words_and_instruments_are_not_names():
    assert [a for _, a, _ in found("Senator Elizabeth Warren Image: campaign photo.")] == ["Elizabeth Warren"]
    assert found("The James Webb Telescope launched.") == []


# ---------------------------------------------------------------- across articles


def test_unify_people_gives_a_lone_surname_the_dominant_full_name():
    from analysis.actors.linking import unify_people

    rows = [("a", "person:donald-trump", "Donald Trump")] * 6 + [("b", "person:melania-trump", "Melania Trump")] \
        + [("c", "person:trump", "Trump"), ("c", "person:kowalczyk", "Kowalczyk"), ("d", "country:mexico", "Mexico")]
    mentions = pd.DataFrame(rows, columns=["doc_id", "actor_id", "actor"]).assign(
        actor_type=lambda df: df["actor_id"].str.split(":").str[0])
    unified = unify_people(mentions)
    lone = unified[unified["doc_id"] == "c"]
    assert lone[["actor_id", "actor"]].values.tolist() == [
        ["person:donald-trump", "Donald Trump"], ["person:kowalczyk", "Kowalczyk"]]
    assert unified["actor_id"].tolist()[:7] == mentions["actor_id"].tolist()[:7]
    close = pd.concat([mentions, mentions[mentions["doc_id"] == "b"]] * 3)  # Melania now 6 vs Donald 18: 3x
    assert unify_people(close).query("doc_id == 'c'")["actor"].tolist()[0] == "Donald Trump"
    tied = pd.concat([mentions] + [mentions[mentions["doc_id"] == "b"]] * 5)
    assert unify_people(tied).query("doc_id == 'c'")["actor"].tolist()[0] == "Trump"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Ministry of Health and the Ministry of Foreign Affairs met.", ["Ministry of Health", "Ministry of Foreign Affairs"]),
        ("The Ministry of Health and Ministry of Defence met.", ["Ministry of Health", "Ministry of Defence"]),
        ("The Ministry of Science and Technology said so.", ["Ministry of Science and Technology"]),
        ("the American Civil Liberties Union of Montana and Native American Rights Fund filed",
         ["American Civil Liberties Union of Montana", "Native American Rights Fund"]),
        ("Conservative Party of Canada leader Erin O'Toole said so.", ["Conservative Party of Canada", "Erin O'Toole"]),
        ("the Virginia-based Symplicity Corporation agreed", ["Symplicity Corporation"]),
    ],
)
def test_organisation_names_end_where_another_begins(text, names):
    assert [actor for _, actor, _ in found(text)] == names


@pytest.mark.parametrize("text", ["A Tulsa-based retailer said it would close stores.",
                                  "Velmora, the Tulsa-based charity, said it would help."])
def test_a_hyphenated_adjective_alone_names_only_the_town_before_its_hyphen(text):
    mentions = find_mentions(text)  # the shipped dictionaries: their towns and cities
    assert dict(zip(mentions["surface"], mentions["actor_type"])).get("Tulsa") == "place"
    assert not mentions["surface"].str.endswith("-based").any()


def test_surname_particles_open_a_name():
    text = "John de Graaf spoke. Later de Graaf added more."
    assert [(s, a) for s, a, _ in found(text)] == [("John de Graaf", "John de Graaf"), ("de Graaf", "John de Graaf")]


def test_interview_labels_keep_the_full_name():
    text = "The chess player Dorsa Derakhshani, who lives abroad, answered.\n((Dorsa Derakhshani)) Well I played."
    assert [s for s, _, _ in found(text)] == ["Dorsa Derakhshani", "Dorsa Derakhshani"]


def test_a_patrol_fleet_or_militia_is_a_body_not_a_speaker():
    """"Patrol", "Fleet", "Militia" head the names of police and armed bodies ("Border Patrol", "Pacific Fleet"):
    the body said it; "Fleet Street" stays a street."""
    text = "Agents detained 40 migrants near Nogales, the Border Patrol said. Police said a Nevada Highway Patrol car was hit."
    assert typed(text, "Border Patrol") == "organization"
    assert typed(text, "Nevada Highway Patrol") == "organization"
    assert typed("The patrol said the road was closed.", "patrol") is None
    assert typed("A spokesman for the Pacific Fleet said the drills would go on.", "Pacific Fleet") == "organization"
    assert typed("Members of the Ohio Militia were arrested on Friday.", "Ohio Militia") == "organization"
    assert typed("Protesters marched down Fleet Street on Friday.", "Fleet Street") == "place"


def test_a_lone_word_speaking_in_a_statement_is_no_person_by_the_verb():
    """"Kelsora said in a statement": a body's act as often as a person's, so a lone word the speech verb alone
    would type stays untyped; a first name, "his statement" or a full name elsewhere keeps the person."""
    assert typed("Kelsora said in a statement that the plant would close.", "Kelsora") is None
    assert typed("The plant will close, Kelsora said on Tuesday in a press release.", "Kelsora") is None
    assert typed("The plant will close, said Kelsora in a statement.", "Kelsora") is None
    assert typed("Kelsora said that the plant would close.", "Kelsora") == "person"
    assert typed("Kelsora said in his statement that the plant would close.", "Kelsora") == "person"
    assert typed("Maria said in a statement that the plant would close.", "Maria") == "person"
    text = "Ilse Kelsora heads the union. Kelsora said in a statement that the plant would close."
    assert [(s, a, k) for s, a, k in found(text)] == [("Ilse Kelsora", "Ilse Kelsora", "person"),
                                                      ("Kelsora", "Ilse Kelsora", "person")]


def test_religious_noble_and_local_titles_introduce_a_person():
    text = ("Patriarch Kirill blessed the troops. The visit ended with talks with Taoiseach Leo Varadkar. "
            "Cllr Joanne Ruddock and Sheriff Tobin Marwick spoke later.")
    kinds = {actor: kind for _, actor, kind in found(text)}
    assert kinds.get("Kirill") == "person"
    assert kinds.get("Leo Varadkar") == "person"
    assert kinds.get("Tobin Marwick") == "person"


def test_a_title_before_a_court_or_a_band_name_makes_no_person():
    kinds = {actor: kind for _, actor, kind in found("The Edinburgh Sheriff Court heard the case. Deacon Blue played.")}
    assert kinds.get("Edinburgh Sheriff Court") == "organization"
    assert "Blue" not in kinds


def test_an_event_word_may_be_a_surname_a_persons_context_introduces():
    text = ("Film critic Nadine Storm died on Friday. Storm wrote for three papers. "
            "\"Nadine Storm was fearless,\" a colleague said.")
    rows = found(text)
    assert ("Nadine Storm", "Nadine Storm", "person") in rows
    assert [surface for surface, actor, kind in rows if actor == "Nadine Storm"] == ["Nadine Storm", "Storm", "Nadine Storm"]


def test_an_event_name_opening_with_a_first_name_is_no_person_without_context():
    rows = found("Crowds gathered on Victoria Day. Victoria Day parades were held, and King Day followed. Day 3 began.")
    assert [surface for surface, actor, kind in rows if "Day" in surface] == []
