"""What the speaker tests read of ``extract_quotes``, written once: the speaker of the one quote picked by its
source phrase ("she", "They") or by the words it starts with, None when it has none."""
from __future__ import annotations

from typing import Any

from analysis.quotes.step import extract_quotes


def quote_speaker(
    text: str, *, source: str | None = None, starts: str | None = None, column: str = "speaker",
    marked: bool = False, **options: Any,
) -> str | None:
    """``column`` (the speaker's name, or ``speaker_actor_id``) of the one quote of ``text`` whose source is
    ``source`` and whose text starts with ``starts`` (either may be left out; ``marked``: quotes with marks only),
    None for a quote without a speaker. Fails, showing the quotes, unless exactly one quote is picked."""
    quotes = extract_quotes(text, **options)
    picked = quotes
    if marked:
        picked = picked[picked["kind"] != "indirect"]
    if source is not None:
        picked = picked[picked["source"] == source]
    if starts is not None:
        picked = picked[picked["text"].str.startswith(starts)]
    assert len(picked) == 1, quotes[["kind", "text", "source", "speaker"]]
    value = picked.iloc[0][column]
    return None if value != value else value
