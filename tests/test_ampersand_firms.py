"""Two names joined by "&" make one firm's name ("Procter & Gamble", "Marks & Spencer"), not two names; two first
names ("Tom & Jerry"), cited authors before a year or a reference number, and authors the text also joins by "and"
stay apart. Made-up business copy."""
from __future__ import annotations

from mention_helpers import discovered, types_without_public_figures


def test_names_joined_by_an_ampersand_are_one_firm():
    # regression check: "Procter" and "Gamble" were two names, neither typed; "Hollis & Brant said" read a person
    found = types_without_public_figures(
        "Shares of Procter & Gamble rose on Monday, while Marks & Spencer said sales fell. The audit by Hollis & "
        "Brant found no fault, Hollis & Brant said.")
    assert found["Procter & Gamble"] == "organization"
    assert found["Marks & Spencer"] == "organization"
    assert found["Hollis & Brant"] == "organization"
    assert not {"Procter", "Gamble", "Hollis", "Brant", "Spencer"} & set(found)


def test_first_names_and_cited_authors_are_no_firm():
    found = dict(discovered(
        "Tom & Jerry returned to the screen. The method follows Kessler & Brandt, 2011, and Orwin & Tate [4]. "
        "Unlike Dalby and Renko's trial, the trial of Dalby & Renko ran a year, Dalby said."))
    assert not any("&" in surface for surface in found)
