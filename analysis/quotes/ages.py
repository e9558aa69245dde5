"""Who an age description names: "the 45-year-old said" is the person whose age the article wrote beside the name.

News gives a person's age once, beside the name, and then refers back by it:

* after the name: ``Tom Hart, 45, was arrested``, ``Tom Hart (45)``, ``Tom Hart, aged 45,``,
  ``Tom Hart, a 45-year-old teacher,``;
* before the name: ``45-year-old Tom Hart``, ``the 45-year-old teacher Tom Hart``.

"The 45-year-old" names the latest person written with that age. When the article writes ages beside persons
but none is 45, the description names someone the article never named (nobody), not the latest person; when
it writes no age at all, the caller refers back as with "he".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.quotes.context import Mention, Mentions

_DESCRIBED_AGE = re.compile(r"the (\d{1,3})-year-old\b", re.IGNORECASE)
# ", 45," / " (45)" / ", aged 45." / ", a 45-year-old" right after a name.
_AGE_AFTER = re.compile(r",\s*(?:aged\s+)?(\d{1,3})\s*[,;.)]|\s*\((\d{1,3})\)|,\s*(?:an?|the)\s+(\d{1,3})-year-old\b")
# "45-year-old Tom Hart", "45-year-old teacher Tom Hart": the age, then at most two lower-case words.
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+(?:[a-z][\w-]*\s+){0,2}$")
_REACH = 40  # characters beside a name where its age is written


@dataclass(frozen=True)
class AgeMatch:
    """What an age description names: the latest mention of the person written with that age, or
    ``mention=None`` when the article writes other ages beside persons but not that one."""

    mention: Mention | None


def described_age(source_view: str) -> str | None:
    """The age of ``the 45-year-old`` ("45"); None for any other source."""
    match = _DESCRIBED_AGE.match(source_view)
    return match.group(1) if match else None


def written_age(view: str, mention: Mention) -> str | None:
    """The age written beside a person mention (see the module docstring), None when there is none."""
    after = _AGE_AFTER.match(view, mention.end, mention.end + _REACH)
    if after is not None:
        return next(group for group in after.groups() if group)
    before = _AGE_BEFORE.search(view[max(0, mention.start - _REACH):mention.start])
    return before.group(1) if before else None


def age_holder(view: str, age: str, position: int, mentions: Mentions) -> AgeMatch | None:
    """The person ``the <age>-year-old`` at ``position`` names: the latest person mention before it written
    with that age; ``AgeMatch(None)`` when persons before it are written only with other ages; None when no
    person before it has an age written beside the name."""
    other = False
    for mention in mentions.ending_by(position):
        if mention.actor_type != "person":
            continue
        written = written_age(view, mention)
        if written == age:
            return AgeMatch(mention)
        other = other or written is not None
    return AgeMatch(None) if other else None
