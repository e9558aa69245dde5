"""Speakers left unnamed by a language that drops the subject pronoun (Spanish: "..., dijo." for "..., he said.").

The attribution rules (:mod:`analysis.quotes.attribution`) read a source
phrase next to each cue; English names it ("he said"), Spanish usually does
not ("“...”, dijo en una entrevista", "afirmó, “...”", "dijo, y expresó su
esperanza de que “...”"). For an article in such a language,
:func:`fill_zero_subjects` completes the quotes table the engine produced:

* a source that starts with a word that cannot open a noun phrase
  (``lexicon/source_function_words.<lang>.txt``: "en una entrevista", "y") is
  no source, unless it resolved to a person ("hoy el ministro ..., Serguéi
  Lavrov");
* a quotation without a cue takes a finite cue set off right after it
  (``“...”, dijo``) or right before it (``afirmó, “...”``) in its sentence;
* a cue without a source speaks for the person who spoke last (the resolved
  speaker of the quotation before it), else for the latest person mentioned
  before the cue outside quotation marks -- how a reader resolves the
  dropped "he";
* a source that is a definite role description ("El jefe de la diplomacia
  rusa") and resolved to no actor is read the same way, as English "the head
  of Russian diplomacy" is read as the latest salient person;
* reported speech opened by a complementizer (``lexicon/complementizers.<lang>.txt``:
  "Señaló que Washington se abstiene ...", "Lavrov aseguró que ...") after a
  clausal cue becomes an ``indirect`` row running to the end of its sentence
  (at least three words, no quotation inside, overlapping no other row), as
  English "He noted that ..." does; its source is the person named right
  before the cue, else the dropped subject; and ``según X, CLAUSE`` (the forms
  of the cue lemma "according to") is an ``indirect`` row with source X;
* dialogue opened by a dash (raya) at the start of a paragraph and
  attributed by a cue after a dash or a comma (``—Texto —dijo el ministro—.
  Más texto.``, ``—Texto—, señaló Lavrov.``) gives ``direct`` rows (the
  part before the cue, and the part after it to the end of the paragraph)
  with that cue and source, overlapping no other row; a dash line with no
  cue (an interview's question or answer) is left alone.

English articles never reach this module.
"""
from __future__ import annotations

import re
from typing import Any, Mapping, Sequence

from analysis.quotes.speech_cues import SpeechCues
from analysis.text.document import Document
from analysis.text.lexicon import has_words, words
from analysis.text.quotemarks import QUOTE_MARKS

_WORD = re.compile(r"[^\W\d_][\w'-]*")
_CUE_AFTER = re.compile(r"\s*[%s]?\s*,\s*([^\W\d_]+)" % re.escape(QUOTE_MARKS))  # `”, dijo`
_CUE_BEFORE = re.compile(r"([^\W\d_]+)\s*[,:]\s*[%s]?\s*$" % re.escape(QUOTE_MARKS))  # `afirmó, “`
_LOOKAROUND = 40  # characters read after or before a quotation for its cue
_RAYA = "\u2014"  # the dash that opens and interrupts Spanish dialogue
_DASH_CUE = re.compile(r"(?:%s\s*,?|,)\s*([^\W\d_]+)([^%s.;:,\n]*)(%s)?[ \t]*[.,;:]?[ \t]*" % (_RAYA, _RAYA, _RAYA))


def drops_subjects(lang: str) -> bool:
    """Whether ``lang`` has the word lists of this module (it drops subject pronouns)."""
    return has_words("source_function_words", lang)


def fill_zero_subjects(
    doc: Document, rows: dict[str, list], *, cues: SpeechCues, mentions: Mapping[str, Sequence[Any]],
    role_nouns: frozenset[str],
) -> dict[str, list]:
    """``rows`` (quotes columns, in text order) with the cues and speakers a dropped subject leaves out.

    ``mentions`` is the article's mentions table, columnar (start, end, actor, actor_id, actor_type);
    ``role_nouns`` the lower-case role words of the actor dictionary in force ("ministro", "jefe").
    """
    lang = doc.lang
    fields = ("start", "end", "actor", "actor_id", "actor_type")
    mentions = [dict(zip(fields, values)) for values in zip(*(list(mentions[name]) for name in fields))]
    finite = frozenset(form for form in cues.one_word_forms if not form.endswith(("ando", "iendo")))
    rows = _with_clauses(doc, _with_dash_quotes(doc, rows, finite, mentions), cues, mentions)
    function_words = words("source_function_words", lang)
    articles = words("definite_articles", lang)
    view = doc.normalized
    quoted = list(zip(rows["start"], rows["end"]))
    people = [m for m in mentions if m["actor_type"] == "person" and not _inside(quoted, m["start"], m["end"])]
    last_speaker: tuple[str, str] | None = None
    for index in range(len(rows["start"])):
        source = rows["source"][index]
        speaker_id = rows["speaker_actor_id"][index]
        if source is not None and _first_word(source) in function_words and not (
                speaker_id is not None and _is_person(mentions, speaker_id)):
            _set(rows, index, source=None, source_start=None, source_end=None, speaker=None, speaker_actor_id=None)
        if rows["cue"][index] is None and rows["kind"][index] != "indirect":
            _find_cue(doc, view, rows, index, finite)
        unresolved = rows["speaker_actor_id"][index] is None
        described = rows["source"][index] is not None and _definite_role(rows["source"][index], articles, role_nouns)
        if rows["cue"][index] is not None and unresolved and (rows["source"][index] is None or described):
            speaker = last_speaker or _latest_person(people, rows["cue_start"][index])
            if speaker is not None:
                _set(rows, index, speaker=speaker[0], speaker_actor_id=speaker[1])
        if rows["speaker_actor_id"][index] is not None and _is_person(mentions, rows["speaker_actor_id"][index]):
            last_speaker = (rows["speaker"][index], rows["speaker_actor_id"][index])
    return rows


def _with_clauses(
    doc: Document, rows: dict[str, list], cues: SpeechCues, mentions: Sequence[Mapping[str, Any]]
) -> dict[str, list]:
    """``rows`` with the ``CUE que CLAUSE`` reported speech no row covers, in text order, renumbered."""
    clausal = frozenset(form.lower() for lemma in cues.clausal for form in cues.lemmas[lemma]
                        if " " not in form and not form.lower().endswith(("ando", "iendo")))
    pattern = re.compile(r"\b([^\W\d_]+)\s+(%s)\s+" % "|".join(sorted(words("complementizers", doc.lang))),
                         re.IGNORECASE)
    view, taken = doc.normalized, sorted(zip(rows["start"], rows["end"]))
    people = sorted((m["end"], m) for m in mentions if m["actor_type"] == "person")
    for sentence_start, sentence_end in doc.sentences:
        for match in pattern.finditer(view, sentence_start, sentence_end):
            if match.group(1).lower() not in clausal:
                continue
            start, end = match.end(), sentence_end
            while end > start and view[end - 1] in ".;:!? ":
                end -= 1
            clause = view[start:end]
            if len(_WORD.findall(clause)) < 3 or any(mark in clause for mark in QUOTE_MARKS) or any(
                    s < end and start < e for s, e in taken):
                continue
            named = [m for e, m in people if e <= match.start(1) and view[e:match.start(1)].strip() == ""]
            _append(rows, start, end, doc.text, match.start(1), match.end(1), named[-1] if named else None)
            taken.append((start, end))
        according = _according_clause(view, sentence_start, sentence_end, cues)
        if according is not None and not any(s < according[1] and according[0] < e for s, e in taken):
            start, end, cue_end, source_start, source_end = according
            inside = [m for m in mentions if source_start <= m["start"] and m["end"] <= source_end]
            _append(rows, start, end, doc.text, sentence_start, cue_end, None)
            _set(rows, len(rows["start"]) - 1, source=doc.text[source_start:source_end], source_start=source_start,
                 source_end=source_end, speaker=inside[-1]["actor"] if inside else doc.text[source_start:source_end],
                 speaker_actor_id=inside[-1]["actor_id"] if inside else None)
            taken.append((start, end))
    order = sorted(range(len(rows["start"])), key=lambda i: (rows["start"][i], rows["end"][i]))
    rows = {column: [values[i] for i in order] for column, values in rows.items()}
    rows["quote_id"] = list(range(len(order)))
    return rows


def _with_dash_quotes(
    doc: Document, rows: dict[str, list], finite: frozenset[str], mentions: Sequence[Mapping[str, Any]]
) -> dict[str, list]:
    """``rows`` with the dash dialogue of the article's paragraphs (``—Texto —dijo el ministro—. Más.``) appended.

    A paragraph opening with a raya whose text is interrupted by a finite cue
    (after a raya, or after a closing raya and a comma) gives one ``direct``
    row before the cue and one for the rest of the paragraph, if it has words;
    the source is the words after the cue up to the next raya or punctuation
    (a person mentioned there is the speaker). A row of the engine that the
    dialogue overlaps is kept, and the dialogue row not added, unless every
    such row is ``indirect``: speech read without its marks, which the raya
    shows to be direct, so those rows give way.
    """
    text, taken = doc.text, list(zip(rows["start"], rows["end"]))
    for paragraph_start, paragraph_end in doc.paragraphs:
        opening = paragraph_start + len(text[paragraph_start:paragraph_end]) - len(
            text[paragraph_start:paragraph_end].lstrip())
        if opening >= paragraph_end or text[opening] != _RAYA:
            continue
        close = text.find(_RAYA, opening + 1, paragraph_end)
        comma = text.find(",", opening + 1, paragraph_end)
        interruptions = [at for at in (close, comma) if at != -1]
        cue = None
        for at in sorted(interruptions):
            cue = _DASH_CUE.match(text, at, paragraph_end)
            if cue is not None and cue.group(1).lower() in finite and cue.group(1)[0].islower():
                break
            cue = None
        if cue is None:
            continue
        parts = [_trimmed(text, opening + 1, cue.start()), _trimmed(text, cue.end(), paragraph_end)]
        source = _trimmed(text, cue.end(1), cue.end(2))
        for start, end in parts:
            overlapping = [i for i, (s, e) in enumerate(taken) if s < end and start < e]
            if not _WORD.search(text[start:end]) or any(rows["kind"][i] != "indirect" for i in overlapping):
                continue
            if overlapping:
                rows = _without(rows, overlapping)
                taken = list(zip(rows["start"], rows["end"]))
            inside = [m for m in mentions if source[0] <= m["start"] and m["end"] <= source[1]]
            named = inside[-1] if inside else None
            _append(rows, start, end, text, cue.start(1), cue.end(1), named)
            rows["kind"][-1] = "direct"
            if named is None and source[1] > source[0]:
                _set(rows, len(rows["start"]) - 1, source=text[source[0]:source[1]], source_start=source[0],
                     source_end=source[1])
            taken.append((start, end))
    return rows


def _without(rows: dict[str, list], drop: Sequence[int]) -> dict[str, list]:
    dropped = set(drop)
    return {column: [value for i, value in enumerate(values) if i not in dropped] for column, values in rows.items()}


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` without the spaces, commas and rayas at either edge."""
    while start < end and (text[start].isspace() or text[start] in ",." + _RAYA):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "," + _RAYA):
        end -= 1
    return start, end


def _according_clause(view: str, start: int, end: int, cues: SpeechCues) -> tuple[int, int, int, int, int] | None:
    """``según X, CLAUSE`` opening a sentence: (clause start, clause end, cue end, source start, source end)."""
    forms = "|".join(re.escape(form) for form in sorted(cues.lemmas.get("according to", ()), key=len, reverse=True))
    if not forms:
        return None
    match = re.compile(r"\s*(?:%s)\s+([^,;:]{1,80}?),\s*" % forms, re.IGNORECASE).match(view, start, end)
    if match is None:
        return None
    clause_end = end
    while clause_end > match.end() and view[clause_end - 1] in ".;:!? ":
        clause_end -= 1
    clause = view[match.end():clause_end]
    if len(_WORD.findall(clause)) < 3 or any(mark in clause for mark in QUOTE_MARKS):
        return None
    cue_end = match.start(1)
    while cue_end > start and view[cue_end - 1].isspace():
        cue_end -= 1
    return match.end(), clause_end, cue_end, match.start(1), match.end(1)


def _append(rows: dict[str, list], start: int, end: int, text: str, cue_start: int, cue_end: int,
            named: Mapping[str, Any] | None) -> None:
    values = {
        "quote_id": -1, "start": start, "end": end, "text": text[start:end], "kind": "indirect",
        "cue": text[cue_start:cue_end], "cue_start": cue_start, "cue_end": cue_end,
        "source": None if named is None else text[named["start"]:named["end"]],
        "source_start": None if named is None else named["start"],
        "source_end": None if named is None else named["end"],
        "speaker": None if named is None else named["actor"],
        "speaker_actor_id": None if named is None else named["actor_id"],
    }
    for column in rows:
        rows[column].append(values.get(column))


def _find_cue(doc: Document, view: str, rows: dict[str, list], index: int, finite: frozenset[str]) -> None:
    """A finite cue set off right after the quotation (``”, dijo``) or right before it (``afirmó, “``)."""
    start, end = rows["start"][index], rows["end"][index]
    sentence_start, sentence_end = _sentence_bounds(doc, start, end)
    after = _CUE_AFTER.match(view, end, min(sentence_end, end + _LOOKAROUND))
    if after is not None and after.group(1).lower() in finite:
        _set(rows, index, cue=doc.text[after.start(1):after.end(1)], cue_start=after.start(1), cue_end=after.end(1))
        return
    window_start = max(sentence_start, start - _LOOKAROUND)
    before = _CUE_BEFORE.search(view, window_start, start)
    if before is not None and before.group(1).lower() in finite:
        _set(rows, index, cue=doc.text[before.start(1):before.end(1)], cue_start=before.start(1),
             cue_end=before.end(1))


def _sentence_bounds(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The start of the sentence holding ``start`` and the end of the one holding ``end``."""
    if not doc.sentences:
        return 0, len(doc.text)
    first = doc.sentences[doc.sentence_id(start)]
    last = doc.sentences[doc.sentence_id(max(start, end - 1))]
    return first[0], max(last[1], end)


def _latest_person(people: Sequence[Mapping[str, Any]], before: int | None) -> tuple[str, str] | None:
    if before is None:
        return None
    earlier = [m for m in people if m["end"] <= before]
    if not earlier:
        return None
    latest = max(earlier, key=lambda m: m["end"])
    return latest["actor"], latest["actor_id"]


def _definite_role(source: str, articles: frozenset[str], role_nouns: frozenset[str]) -> bool:
    """"El jefe de la diplomacia rusa": a definite article, then a role noun."""
    found = [word.lower() for word in _WORD.findall(source)[:3]]
    return len(found) >= 2 and found[0] in articles and found[1] in role_nouns


def _is_person(mentions: Sequence[Mapping[str, Any]], actor_id: str) -> bool:
    return any(m["actor_id"] == actor_id and m["actor_type"] == "person" for m in mentions)


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _first_word(text: str) -> str:
    match = _WORD.search(text)
    return match.group().lower() if match else ""


def _set(rows: dict[str, list], index: int, **values: Any) -> None:
    for column, value in values.items():
        rows[column][index] = value
