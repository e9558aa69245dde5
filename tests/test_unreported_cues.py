"""Cues that report nothing (:mod:`analysis.quotes.unreported`): first-person hedges and reminders, cues
in a condition, present-tense inferences from a bare "it"/"this" and inferences from a noun of evidence
("evidence suggests", "its name suggests") give no indirect speech; first-person
reports of what was said then, a third person's modal cue, a past-tense "it" (an organisation, a
statement) and evidence a name owns ("FBI data indicated") still do."""
from __future__ import annotations

from analysis.quotes.step import extract_quotes


def _indirect(text: str) -> list[str]:
    quotes = extract_quotes(text)
    return list(quotes.loc[quotes["kind"] == "indirect", "text"])


def test_a_first_person_hedge_reports_nothing():
    assert _indirect("So I would say the trial took about four years.") == []
    assert _indirect("I'd say the cheaper model sold better in the north.") == []
    assert _indirect("We can say that the bridge will reopen in May.") == []


def test_a_first_person_reminder_reports_nothing():
    assert _indirect("As I said, we started the survey back in 2015.") == []
    assert _indirect("Well, like I mentioned, the samples were all too small.") == []


def test_a_cue_in_a_condition_reports_nothing():
    assert _indirect("Voters may cast a ballot in person if records indicate they have not voted.") == []
    assert _indirect("The deal collapses unless officials confirm the funds are available.") == []


def test_first_person_reports_and_third_person_modals_stay():
    assert _indirect("I told them that I had nowhere else to go.") == ["I had nowhere else to go"]
    assert _indirect("I'd said the bridge was unsafe long before it fell.") == [
        "the bridge was unsafe long before it fell"]
    assert _indirect("The mayor would later say that the budget was a mistake.") == ["the budget was a mistake"]


def test_an_inference_from_a_bare_pronoun_reports_nothing():
    assert _indirect("The fossils sit in the same layer. It suggests that both species lived side by side.") == []
    assert _indirect("The ice melted early again. Well, this tells us that the currents have shifted.") == []
    assert _indirect("So it may indicate that the pump was never switched on.") == []


def test_an_inference_from_a_noun_of_evidence_reports_nothing():
    assert _indirect("Fresh evidence suggests that the fire started in the kitchen.") == []
    assert _indirect("The town is old. Its name suggests that it was once a Roman fort.") == []
    assert _indirect("The results of the second trial indicated the drug was safe.") == []
    assert _indirect("The early findings suggested that the virus spread by air.") == []


def test_a_past_tense_it_a_named_record_and_named_evidence_still_report():
    assert _indirect("The club released a statement. It also stated the coach had resigned.") == [
        "the coach had resigned"]
    assert _indirect("The study suggests that both species lived side by side.") == [
        "both species lived side by side"]
    assert _indirect("FBI data indicated that thefts fell in March.") == ["thefts fell in March"]
    assert _indirect("Last year, Census Bureau data indicated that rents rose sharply.") == ["rents rose sharply"]
    assert _indirect("The firm sent a letter. It tells customers that prices will rise in May.") == [
        "prices will rise in May"]


def test_it_confirms_after_a_statement_still_reports():
    quotes = extract_quotes("The Kremlin issued a statement on Monday. It confirms that the talks will resume in May.")
    assert list(quotes["kind"]) == ["indirect"]
