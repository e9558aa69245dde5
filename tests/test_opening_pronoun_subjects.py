"""A direct quote set off by ":" after "In his message, he ..." is the pronoun's (analysis.quotes.subjects,
``after_opening``), and a role mention in apposition to a name is no antecedent of its own
(analysis.quotes.speakers). Made-up news sentences."""
from __future__ import annotations

import pandas as pd

from analysis.quotes.step import extract_quotes
from speaker_helpers import quote_speaker


def test_a_pronoun_after_an_opening_phrase_speaks_the_quote_after_a_colon():
    text = ("Ana Ruiz, the mayor of the city, opened the session on Monday. In her speech, she appreciated the work of the "
            'council: "We are ready for the vote and we will win it."')
    assert quote_speaker(text, starts="We are ready", column="source") == "she"
    assert quote_speaker(text, starts="We are ready") == "Ana Ruiz"


def test_a_cleft_it_after_an_opening_phrase_is_no_source():
    text = 'Tom Hale met the council. In the end, it was the mayor who decided: "We will build the new bridge."'
    assert quote_speaker(text, starts="We will build", column="source") is None


def test_a_coordinated_gerund_does_not_take_a_pronoun_after_an_opening_phrase():
    quotes = extract_quotes("Tom Hale moved to the coast. During this period, he found time for studying and writing.")
    assert quotes.empty


def test_a_role_mention_in_apposition_defers_to_the_name_before_it():
    text = ("President Tom Hale spoke first. Ana Ruiz, the Foreign Minister of Peru, arrived later. "
            'In her speech, she appreciated the work of the council: "We are ready for the vote and we will win it."')
    def row(surface, actor_id, how):
        start = text.index(surface)
        return {"start": start, "end": start + len(surface), "surface": surface, "actor_id": actor_id,
                "actor": surface, "actor_type": "person", "how": how}
    mentions = pd.DataFrame([row("Tom Hale", "person:tom-hale", "discovered"),
                             row("Ana Ruiz", "person:ana-ruiz", "discovered"),
                             row("the Foreign Minister", "person:tom-hale", "role")])  # a role linked to the wrong holder
    quotes = extract_quotes(text, mentions=mentions)
    assert quotes[quotes["text"].str.startswith("We are ready")]["speaker_actor_id"].tolist() == ["person:ana-ruiz"]
