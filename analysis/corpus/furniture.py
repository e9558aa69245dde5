"""Story furniture: the lines around a news story's body that are not its text.

Before the body, web and wire copy carry a headline, bylines (``By JANE DOE``,
``by Xinhua writer Li Wei``, ``Burak Dag |03.03.2021``), date lines
(``Updated 10:32 GMT``, ``Sat 3 Jun 2023 18.42 BST``), standfirsts and photo
captions. After it come credits (``(Reporting by ...; Editing by ...)``,
``Associated Press writer ... contributed``), copyright notices, ``___``
separators, sign-offs (``Enditem``, ``==Kyodo``, ``(END)``, ``EFE``), desk
codes (``fz/cw/jj``), reporter contacts and "follow our coverage" links.
This module classifies single lines; :mod:`analysis.corpus.stories` decides which
leading and trailing lines of a story are furniture.
"""
from __future__ import annotations

import re

import pandas as pd

from analysis.corpus.datelines import find_written_date
from analysis.text.lexicon import words
from analysis.text.normalization import normalize

MAX_HEADER_WORDS = 30  # a longer line before the body is a paragraph, not a headline or standfirst
_MAX_BYLINE_WORDS = 14
_NAME_PARTICLES = words("byline_name_particles")  # "By Ana de la Cruz and Tom Lee"

# ---------------------------------------------------------------- bylines

_BYLINE = re.compile(
    r"(?:by|BY)\s+"
    r"(?:(?:[A-Z][\w-]*\s+)?(?:staff\s+|special\s+|senior\s+|chief\s+)?(?:writers?|correspondents?|reporters?)\s+)?"
    r"(?P<names>.+?)\s*$",
    re.IGNORECASE,
)
_BYLINE_WITH_DATE = re.compile(r"(?P<names>[^|]{2,80}?)\s*\|\s*(?P<rest>.+)$")
_NAME_WORD = re.compile(r"[A-Z\u00c0-\u024f][\w'\u2019.-]*\.?|[A-Z]\.")


def byline_names(line: str) -> str | None:
    """The names of a byline line (``By A and B``, ``by Xinhua writer A``, ``A | 03.03.2021``), else None."""
    text = line.strip()
    match = _BYLINE.fullmatch(text)
    if match and match.group()[:2].lower() == "by":
        names = match["names"].split(" | ")[0].strip().rstrip(",")
        return names if _looks_like_names(names) else None
    dated = _BYLINE_WITH_DATE.fullmatch(text)
    if dated and date_line(dated["rest"]) is not None and _looks_like_names(dated["names"]):
        return dated["names"].strip()
    return None


def line_date(line: str) -> tuple[pd.Timestamp | None, str | None] | None:
    """The date a header line states: a date line, or the date part of a dated byline (``A |03.03.2021``)."""
    found = date_line(line)
    if found is not None:
        return found
    dated = _BYLINE_WITH_DATE.fullmatch(line.strip())
    return date_line(dated["rest"]) if dated else None


def looks_like_name_line(line: str) -> bool:
    """A line of two to six capitalised name words (``Harriet Lowe``, ``Shaun Walker in Kyiv``): an unprefixed byline."""
    words = line.strip().split()
    return 2 <= len(words) <= 6 and _looks_like_names(line.strip())


def _looks_like_names(names: str) -> bool:
    words = names.replace(",", " ").split()
    if not words or len(words) > _MAX_BYLINE_WORDS or not _NAME_WORD.fullmatch(words[0]):
        return False
    if names.rstrip()[-1:] in "!?:;" or any(ch.isdigit() for ch in names):
        return False
    return all(_NAME_WORD.fullmatch(word) or word.lower() in _NAME_PARTICLES or word == "in" for word in words)


# ---------------------------------------------------------------- date lines

_DATE_LINE_WORDS = re.compile(
    r"""
    (?:last\s+)?updated|update|published|first\s+published|posted|modified|issued|on|at|
    mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|
    [ap]\.?m\.?|gmt|utc|bst|cet|cest|eet|eest|msk|ist|jst|kst|hkt|sgt|aest|aedt|
    [ecmp][sd]?t|et|ct|mt|pt|z|ago|hours?|minutes?|mins?|days?|an?|just|now|
    \d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ap]m)?|\d+
    """,
    re.IGNORECASE | re.VERBOSE,
)
_MAX_DATE_LINE_WORDS = 16
_DATE_LINE_START = re.compile(r"(?:last\s+)?(?:updated|published|posted|issued|modified)\b", re.IGNORECASE)
_AMBIGUOUS_DATE = re.compile(r"(?<!\d)\d{1,2}/\d{1,2}/\d{4}(?!\d)")  # 04/03/2021: a date, but which?


def date_line(line: str) -> tuple[pd.Timestamp | None, str | None] | None:
    """For a line that only states when the story was published or updated, ``(date, date as written)``, else None.

    ``Updated 4:12 PM EST, March 3, 2021`` gives March 3, 2021;
    ``Updated 10:32 GMT`` is a date line without a date, ``(None, None)``.
    """
    if line.count(" ") > 3 * _MAX_DATE_LINE_WORDS:
        return None
    text = normalize(line).strip()
    if not text or len(text.split()) > _MAX_DATE_LINE_WORDS:
        return None
    found = find_written_date(text)
    rest, later = text, found
    while later is not None and later[1] in rest:  # "Published March 6, 2021 Updated March 7, 2021"
        rest = rest.replace(later[1], " ")
        later = find_written_date(rest)
    leftovers = [word for word in re.split(r"[\s,|:()\-/]+", rest) if word and word not in ".-"]
    if not all(_DATE_LINE_WORDS.fullmatch(word.rstrip(".")) for word in leftovers):
        return None
    if found is None and not (_DATE_LINE_START.match(text) or _AMBIGUOUS_DATE.search(text)):
        return None  # bare times or numbers are not a date line
    return found if found else (None, None)


# ---------------------------------------------------------------- captions

_CAPTION = re.compile(
    r"\((?:AP|AFP|Reuters|EPA|Xinhua|AA|dpa|Getty)[^()]{0,20}Photos?\b[^()]*\)\s*$"  # (AP Photo/Jane Doe)
    r"|\bPhotograph(?:s|\s+illustration)?:\s"  # Guardian: Photograph: Name/Agency
    r"|^(?:Photo|Image|Picture)(?:\s+credit|\s+source|\s+caption)?:\s"
    r"|\((?:Photo|Photograph|Picture|Image)\s+(?:by|credit|courtesy)[^()]*\)\s*$"
    r"|/(?:Getty\s+Images|Reuters|AFP|AP|EPA|Shutterstock|Alamy)\s*$",
    re.IGNORECASE,
)


# A picture credit closing its line: a label ("Image:", "Photo:", "Photograph:", "Picture credit:") and up to
# MAX_CREDIT_CHARS of credit, after the line's start, a space, a bracket or the caption's last letter or point.
MAX_CREDIT_CHARS = 80
_CREDIT_WORDS = ("Image", "Photo", "Picture")  # "Photograph" holds "Photo": no text without one has a credit
_CREDIT_LABEL = re.compile(r"(?:Image|Photo|Photograph|Picture)s?(?:[ \t]+(?:credit|courtesy|source))?:")
_BEFORE_LABEL = re.compile(r"[\s(\w.]")
_CREDIT_TAIL = re.compile(rf"[ \t]*[^\n:]{{1,{MAX_CREDIT_CHARS}}}$", re.MULTILINE)


def picture_credits(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The picture credits closing lines of ``text``: for each, the span of its label (``Image:``) and of the whole
    credit, label included (``Image: Jane Doe.`` of ``Protesters on Main Street. Image: Jane Doe.``, ``Photo:
    Reuters)`` of ``(Photo: Reuters)``); the caption before the label is not part of it, even glued to it
    (``Jo JorgensenImage: ...``)."""
    if ":" not in text or not any(word in text for word in _CREDIT_WORDS):
        return []
    credits = []
    for label in _CREDIT_LABEL.finditer(text):
        start = label.start()
        if start and not _BEFORE_LABEL.match(text, start - 1):
            continue
        tail = _CREDIT_TAIL.match(text, label.end())
        if tail is not None:
            credits.append((label.span(), (start, tail.end())))
    return credits


def is_caption(line: str) -> bool:
    """A photo caption or credit line (``... (AP Photo/Jane Doe)``, ``... Photograph: Name/Agency``)."""
    return bool(_CAPTION.search(line.strip()))


# ---------------------------------------------------------------- trailers

_AGENCY_SIGN_OFFS = (
    "EFE|EFE-EPA|EFE/EPA|AFP|AP|Reuters|Xinhua|TASS|Kyodo|dpa|DPA|PTI|IANS|ANI|Yonhap|AA|UPI|Bloomberg|"
    "Enditem|ENDITEM|END|\\(END\\)|-?\\s*30\\s*-|==\\s*Kyodo|=+"
)
_TRAILER = re.compile(
    r"""
    \(\s*(?:Reporting|Additional\s+reporting|Writing|Written|Editing|Edited|Compiled|Compiling|Research|Graphics|
          Reported|Produced|Translated|Translation|Fact-?check(?:ed|ing))\s+by\b.*\)\.?
  | \(\s*(?:This\s+(?:story|version|article|item)|Refiles?|Corrects|Updates|Adds|Recasts|Changes|Fixes|Removes)\b.*\)\.?
  | Our\s+Standards:.*
  | (?:\u00a9|\(c\)|Copyright\b|Copr\.).{0,200}
  | All\s+rights\s+reserved\.?.*
  | This\s+material\s+may\s+not\s+be\s+published.*
  | [_\-\u2013\u2014=*#~.\s]+
  | (?:%(agencies)s)
  | [-=\u2013\u2014]+\s*[A-Z][A-Za-z]{1,11}                      # --IANS, -- BERNAMA, == Kyodo
  | PTI(?:\s+[A-Z]{2,4}){1,5}
  | [a-z]{1,6}(?:-[a-z]{1,6})?(?:/[a-z]{1,6}){1,5}(?:\s*\([\w\s,.-]{1,60}\))?   # fz/cw/jj, kb/rt (AFP, dpa)
  | [\w.+-]+@[\w-]+(?:\.[\w-]+)+
  | To\s+contact\s+the\s+(?:reporters?|editors?|authors?)\b.*
  | -*\s*With\s+assistance\s+(?:from|by)\b.*
  | (?:Media|Press|Investor)\s+(?:Contacts?|Relations|Inquiries|Enquiries)\b.*
  | (?:Reporting|Additional\s+reporting)\s+(?:was\s+)?(?:contributed\s+)?by\b.{0,200}
  | .{0,160}\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|reporting|story|article)(?:\s+from\s+[^.]{0,60})?\.?
  | A\s+version\s+of\s+this\s+(?:article|story)\s+appears\s+in\s+print\b.*
  | (?:Follow|Read|See|Find|Get)\b.{0,120}\s(?:at|on|:)\s+https?://\S+
  | [^.!?]{0,60}:\s*https?://\S+
  | https?://\S+
    """ % {"agencies": _AGENCY_SIGN_OFFS},
    re.VERBOSE,
)


_MAX_TRAILER_CHARS = 600


def is_trailer_line(line: str) -> bool:
    """A credit, notice, separator, sign-off, desk code, contact or link line that closes a story."""
    if len(line) > _MAX_TRAILER_CHARS:
        return False
    text = normalize(line).strip()
    return not text or bool(_TRAILER.fullmatch(line.strip()) or _TRAILER.fullmatch(text))
