""""Mail" ending a name of two or more words makes an outlet ("the Cyprus Mail", ``lexicon/media_tail_words.txt``);
the place opening its name is no place of the story there. Made-up news sentences."""
from __future__ import annotations

from analysis.actors.step import find_mentions


def test_a_place_and_mail_name_an_outlet():
    rows = find_mentions("She wrote a column for the Malta Mail for ten years.")
    assert [(r.surface, r.actor_type, r.how) for r in rows.itertuples()] == [
        ("Malta Mail", "media", "discovered"), ("Malta", "country", "inner")]


def test_mail_alone_names_no_outlet():
    assert find_mentions("Mail ballots will be counted in Malta on Monday.")["surface"].tolist() == ["Malta"]
