"""A paragraph quoted without marks after a paragraph ending with an attribution and a colon is a direct quote
(:mod:`analysis.quotes.block_quotes`); a list, a heading or reporter's prose after a colon is none."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.quotes.step import MENTION_COLUMNS, extract_quotes


def _marked(text: str) -> pd.DataFrame:
    quotes = extract_quotes(text, mentions=pd.DataFrame(columns=MENTION_COLUMNS))
    return quotes[quotes["kind"] != "indirect"]


def test_a_paragraph_after_a_cue_and_a_colon_is_a_direct_quote_of_that_cue():
    text = ("The council met on Monday to vote on the new stadium.\n\n"
            "In a letter read to the council, the mayor wrote:\n\n"
            "The city cannot carry the cost of the stadium alone and will not try to. We ask the league to pay "
            "its share.\n\n"
            "The vote was postponed.")
    quotes = _marked(text)
    assert quotes["text"].tolist() == ["The city cannot carry the cost of the stadium alone and will not try to. "
                                       "We ask the league to pay its share."]
    assert quotes.iloc[0][["kind", "cue", "source"]].tolist() == ["direct", "wrote", "the mayor"]


@pytest.mark.parametrize("introduction, following", [
    ("Since then the museum has added:", "a new wing for modern art,"),  # a list item
    ("The mayor said:", "Budget"),  # a heading
    ("According to the census:", "Children made up four per cent of the people living in the town."),  # figures
    ("The mayor said the plan would include these steps for the next five years:",  # a clause before the colon
     "New roads will be built around the centre of the town."),
    ("The mayor wrote:", "Her deputy said the plan would cost more than the council expected."),  # prose again
])
def test_no_block_quote_after_a_list_heading_figures_or_prose(introduction, following):
    text = f"The council met on Monday.\n\n{introduction}\n\n{following}\n\nThe vote was postponed."
    assert _marked(text).empty
