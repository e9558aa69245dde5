"""Cues that report nothing (:mod:`analysis.quotes.unreported`): first-person hedges and reminders, and cues
in a condition, give no indirect speech; first-person reports of what was said then, and a third person's
modal cue, still do."""
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
