"""Scores on ``gum_dev`` (annotated by GUM's annotators): sentences, named mentions, actor ids, quotes.

Every function takes :class:`gum.GumDocument` objects (the analysis of one
document, offsets in GUM's text) and returns JSON-ready figures. Only gold
spans inside the analysed text count (see :mod:`gum`). What counts as a match:

**Sentences.** Paragraph ends are hard boundaries for the splitter, so only
sentence ends *inside* a paragraph are scored (a boundary is right when GUM
ends a sentence at the same character, surrounding spaces ignored).

**Named mentions.** Gold: GUM's person / organization / place mentions whose
head is a proper noun (``head_upos == "PROPN"``). Predicted: every row of the
``mentions`` table, its type mapped onto GUM's (person -> person;
organization, media -> organization; country, region, place -> place; any
other type stays itself and never agrees). A predicted mention *matches* a
gold mention when its span overlaps the gold mention's head span (GUM's
``head``: "Smith" in "Dr. Smith", "University" in "the University of
Helsinki"). *Typed* scores also need the types to agree; *untyped* ones do
not. Recall: gold named mentions matched by some prediction. Precision:
predictions that match some gold named mention, among the predictions judged;
a prediction that matches no named mention is not judged (counted as
``neutral``) when it overlaps the head of a GUM description or pronoun of its
type ("the minister"), since named-mention scoring says nothing about it, or
when it is a demonym ("Spanish" -> Spain: the mentions table records them by
design and GUM never marks a nationality adjective as a mention). Everything
else is a false alarm, tallied by the mention's ``how``; ``strict_precision``
counts the unjudged ones as errors too.

**Actor ids.** Each matched gold named mention is paired with one prediction
(one-to-one: a prediction goes to the gold mention of its type, else the first
whose head it overlaps). Over those, *pairwise* precision is the share of
pairs with one actor id that are in one GUM coreference chain (``eid``), and
recall the share of pairs in one chain that got one actor id; this is exactly
"one chain, one id; different chains, different ids". Pairwise counts are
dominated by long chains (a biography's subject mentioned 40 times makes 780
pairs), so B-cubed (per-mention averages, each mention weighing the same) is
given beside it.

**Actor ids across the corpus.** A ranking of actors over a corpus adds up
their ids across articles, so the same entity must get the same id in every
document, and different entities different ids. GUM links many named mentions
to Wikipedia (``wikipedia``, e.g. ``United_States``); over the matched ones,
the same pairwise and B-cubed scores are computed with the link title as the
gold cluster and the whole corpus as one document, and again for the pairs
from two different documents only (``across_documents``). A generic id shared
by different bodies ("the Court" of two court cases) lowers precision; one
entity named two ways in two articles ("Harvard", "Harvard University")
lowers recall. GUM's links are per mention: a nationality word it links to
the people ("Thai" -> ``Thai_people``) where the mentions table has the
country counts against us.

**Quotes.** Gold: GUM quotations (tag ``quote``). Predicted: quotations with
marks (every ``kind`` but ``indirect``, which has none to compare). A
prediction is right when it shares a character with a gold quotation (GUM's
span includes the marks, ours excludes them, so sharing a character means
sharing quoted text). GUM's ``q`` spans are scare quotes, titles and words
mentioned as words: a prediction that overlaps only a ``q`` span is not judged
(``neutral``), because telling a short quoted phrase from a scare quote is
beyond what the marks show; ``strict_precision`` counts them as errors.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, fields
from typing import Any, Iterable, Mapping, Sequence

from gum import GumDocument

from analysis.text.normalization import strip_span

TYPES = ("person", "organization", "place")
TYPE_MAP = {"person": "person", "organization": "organization", "media": "organization",
            "country": "place", "region": "place", "place": "place"}
UNJUDGED_HOW = frozenset({"demonym"})
UNMARKED_QUOTE_KINDS = frozenset({"indirect"})


@dataclass(frozen=True)
class Score:
    """Counts of one comparison: predictions judged and right, gold items and found, predictions not judged."""

    right: int = 0
    predicted: int = 0
    found: int = 0
    gold: int = 0
    neutral: int = 0

    def __add__(self, other: "Score") -> "Score":
        return Score(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    @property
    def precision(self) -> float:
        """Right predictions among those judged."""
        return _ratio(self.right, self.predicted)

    @property
    def recall(self) -> float:
        """Gold items found."""
        return _ratio(self.found, self.gold)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        return _harmonic(self.precision, self.recall)

    @property
    def strict_precision(self) -> float:
        """Right predictions among all, the unjudged (neutral) ones counted as errors."""
        return _ratio(self.right, self.predicted + self.neutral)

    def as_dict(self) -> dict[str, Any]:
        """The figures (rounded to 4 places) and the counts behind them."""
        figures = {"precision": self.precision, "recall": self.recall, "f1": self.f1}
        counts = {f.name: getattr(self, f.name) for f in fields(self)}
        return {**{name: round(value, 4) for name, value in figures.items()}, **counts}


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


def _harmonic(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _overlap(start: int, end: int, other_start: int, other_end: int) -> bool:
    return start < other_end and other_start < end


def _total(scores: Iterable[Score]) -> Score:
    return sum(scores, Score())


def _by_genre(documents: Sequence[GumDocument], scores: Sequence[Score]) -> dict[str, dict[str, Any]]:
    """Scores summed per genre, genres in name order."""
    sums: dict[str, Score] = defaultdict(Score)
    for document, score in zip(documents, scores):
        sums[document.genre] = sums[document.genre] + score
    return {genre: sums[genre].as_dict() for genre in sorted(sums)}


def _outside(spans: Iterable[tuple[GumDocument, int]]) -> int:
    """Gold spans that start before the analysed text (a headline the loader set apart)."""
    return sum(not document.analysed(start) for document, start in spans)


# -- sentences -----------------------------------------------------------------------------------------------------

def sentence_spans(document: GumDocument) -> tuple[list[tuple[int, int]], list[tuple[int, int]], set[int]]:
    """One document's gold and predicted sentences (stripped, in the analysed text) and its paragraph ends."""
    text = document.gold["text"]
    gold = [strip_span(text, start, end) for start, end in document.gold["sentences"] if document.analysed(start)]
    gold = [span for span in gold if span[0] < span[1]]
    ends = zip(document.sentences["start"], document.sentences["end"])
    predicted = [strip_span(text, int(start), int(end)) for start, end in ends]
    paragraph_ends = {strip_span(text, p["start"], p["end"])[1] for p in document.gold["paragraphs"]}
    return gold, predicted, paragraph_ends


def sentence_score(document: GumDocument) -> tuple[Score, int, int]:
    """In-paragraph boundary counts, sentences reproduced exactly and gold sentences of one document."""
    gold, predicted, paragraph_ends = sentence_spans(document)
    gold_inner = {end for _, end in gold if end not in paragraph_ends}
    predicted_inner = {end for _, end in predicted if end not in paragraph_ends}
    hits = len(gold_inner & predicted_inner)
    score = Score(right=hits, predicted=len(predicted_inner), found=hits, gold=len(gold_inner))
    return score, len(set(gold) & set(predicted)), len(gold)


def sentence_figures(documents: Sequence[GumDocument]) -> dict[str, Any]:
    """In-paragraph sentence boundary P/R/F1 overall and per genre, and the share of sentences reproduced exactly."""
    scored = [sentence_score(document) for document in documents]
    exact, sentences = sum(item[1] for item in scored), sum(item[2] for item in scored)
    scores = [item[0] for item in scored]
    return {"overall": _total(scores).as_dict(), "by_genre": _by_genre(documents, scores),
            "exact": exact, "sentences": sentences, "exact_share": round(_ratio(exact, sentences), 4),
            "outside": _outside(((d, s) for d in documents for s, _ in d.gold["sentences"]))}


# -- named mentions ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Predicted:
    """One row of the mentions table: span, GUM type, actor id and how it was found."""

    start: int
    end: int
    kind: str
    actor_id: str
    how: str


def predicted_mentions(document: GumDocument) -> list[Predicted]:
    """The document's predicted mentions with types mapped onto GUM's; a missing actor id becomes a unique one."""
    frame = document.mentions
    return [
        Predicted(int(start), int(end), TYPE_MAP.get(str(kind), str(kind)),
                  str(actor_id) if isinstance(actor_id, str) and actor_id else f"<no id {index}>", str(how))
        for index, (start, end, kind, actor_id, how) in enumerate(
            zip(frame["start"], frame["end"], frame["actor_type"], frame["actor_id"], frame["how"]))
    ]


def gold_mentions(document: GumDocument) -> tuple[list[dict], list[dict]]:
    """GUM's person/organization/place mentions in the analysed text: (named, descriptions and pronouns)."""
    entities = [e for e in document.gold["entities"] if e["type"] in TYPES and document.analysed(e["start"])]
    return ([e for e in entities if e["head_upos"] == "PROPN"], [e for e in entities if e["head_upos"] != "PROPN"])


def _hits(prediction: Predicted, entity: Mapping[str, Any]) -> bool:
    head_start, head_end = entity["head"]
    return _overlap(prediction.start, prediction.end, head_start, head_end)


def mention_scores(document: GumDocument, *, typed: bool) -> tuple[dict[str, Score], Counter]:
    """Per-type named-mention counts of one document (gold type for recall, predicted type for precision)
    and its false alarms by ``how``."""
    named, described = gold_mentions(document)
    predictions = predicted_mentions(document)

    def agree(prediction: Predicted, entity: Mapping[str, Any]) -> bool:
        return _hits(prediction, entity) and (not typed or prediction.kind == entity["type"])

    scores: dict[str, Score] = defaultdict(Score)
    false_alarms: Counter = Counter()
    for entity in named:
        found = any(agree(prediction, entity) for prediction in predictions)
        scores[entity["type"]] += Score(found=int(found), gold=1)
    for prediction in predictions:
        if any(agree(prediction, entity) for entity in named):
            scores[prediction.kind] += Score(right=1, predicted=1)
        elif prediction.how in UNJUDGED_HOW or any(agree(prediction, entity) for entity in described):
            scores[prediction.kind] += Score(neutral=1)
        else:
            scores[prediction.kind] += Score(predicted=1)
            false_alarms[prediction.how] += 1
    return scores, false_alarms


def mention_figures(documents: Sequence[GumDocument]) -> dict[str, Any]:
    """Named-mention P/R/F1, typed and untyped: overall, per type (typed) and per genre; false alarms by ``how``."""
    figures: dict[str, Any] = {}
    for label, typed in (("typed", True), ("untyped", False)):
        per_document = [mention_scores(document, typed=typed) for document in documents]
        totals = [_total(scores.values()) for scores, _ in per_document]
        kinds: dict[str, Score] = defaultdict(Score)
        for scores, _ in per_document:
            for kind, score in scores.items():
                kinds[kind] += score
        overall = _total(totals)
        figures[label] = {"overall": overall.as_dict(), "strict_precision": round(overall.strict_precision, 4),
                          "by_genre": _by_genre(documents, totals),
                          "false_alarms_by_how": _summed_counts(alarms for _, alarms in per_document)}
        if typed:
            figures[label]["by_type"] = {kind: kinds[kind].as_dict() for kind in sorted(kinds, key=_type_order)}
    figures["outside"] = _outside(((d, e["start"]) for d in documents for e in d.gold["entities"]
                                              if e["type"] in TYPES and e["head_upos"] == "PROPN"))
    return figures


def _summed_counts(counters: Iterable[Counter]) -> dict[str, int]:
    """Counters added up, keys in order."""
    return dict(sorted(sum(counters, Counter()).items()))


def _type_order(kind: str) -> tuple[int, str]:
    return (TYPES.index(kind) if kind in TYPES else len(TYPES), kind)


# -- actor ids against coreference chains -------------------------------------------------------------------------

def matched_mentions(document: GumDocument) -> list[tuple[Mapping[str, Any], Predicted]]:
    """Each gold named mention matched (any type) with its one prediction, in gold order."""
    named, _ = gold_mentions(document)
    chosen: dict[int, Predicted] = {}
    for prediction in predicted_mentions(document):
        candidates = [index for index, entity in enumerate(named) if _hits(prediction, entity)]
        if not candidates:
            continue
        same_type = [index for index in candidates if named[index]["type"] == prediction.kind]
        chosen.setdefault((same_type or candidates)[0], prediction)
    return [(named[index], chosen[index]) for index in sorted(chosen)]


def matched_pairs(document: GumDocument) -> list[tuple[str, str]]:
    """(GUM chain id, actor id) of each gold named mention matched (any type), one prediction per gold mention."""
    return [(str(entity["eid"]), prediction.actor_id) for entity, prediction in matched_mentions(document)]


def _pairs(counts: Iterable[int]) -> int:
    return sum(n * (n - 1) // 2 for n in counts)


def pairwise_score(pairs: Sequence[tuple[str, str]]) -> Score:
    """Pairs of mentions with one actor id (predicted) and in one chain (gold), and pairs with both."""
    both = _pairs(Counter(pairs).values())
    return Score(right=both, predicted=_pairs(Counter(a for _, a in pairs).values()),
                 found=both, gold=_pairs(Counter(c for c, _ in pairs).values()))


def bcubed_sums(pairs: Sequence[tuple[str, str]]) -> tuple[float, float, int]:
    """B-cubed precision and recall summed over the mentions of one document, and the number of mentions."""
    both, ids, chains = Counter(pairs), Counter(a for _, a in pairs), Counter(c for c, _ in pairs)
    precision = sum(both[(chain, actor)] / ids[actor] for chain, actor in pairs)
    recall = sum(both[(chain, actor)] / chains[chain] for chain, actor in pairs)
    return precision, recall, len(pairs)


def actor_id_figures(documents: Sequence[GumDocument]) -> dict[str, Any]:
    """Pairwise and B-cubed agreement of actor ids with GUM's coreference chains, over matched named mentions."""
    per_document = [matched_pairs(document) for document in documents]
    pairwise = _total(pairwise_score(pairs) for pairs in per_document)
    sums = [bcubed_sums(pairs) for pairs in per_document]
    mentions = sum(n for _, _, n in sums)
    precision, recall = _ratio(sum(p for p, _, _ in sums), mentions), _ratio(sum(r for _, r, _ in sums), mentions)
    return {"mentions": mentions, "pairwise": pairwise.as_dict(),
            "bcubed": {"precision": round(precision, 4), "recall": round(recall, 4),
                       "f1": round(_harmonic(precision, recall), 4)}}


def linked_mentions(documents: Sequence[GumDocument]) -> list[tuple[str, str, str]]:
    """(document, Wikipedia title, actor id) of each matched gold named mention GUM links to Wikipedia."""
    return [(document.gold["doc"], entity["wikipedia"], prediction.actor_id)
            for document in documents for entity, prediction in matched_mentions(document) if entity.get("wikipedia")]


def corpus_id_figures(documents: Sequence[GumDocument]) -> dict[str, Any]:
    """Actor ids across the whole corpus against GUM's Wikipedia links: one entity, one id, in every document.

    Over the matched named mentions GUM links to Wikipedia, pairwise and B-cubed agreement of actor ids with the
    link titles, the corpus taken as one document; ``across_documents`` counts only pairs from two documents
    (what a corpus-wide ranking adds up), ``split`` the titles spread over several ids and ``merged`` the ids
    holding several titles."""
    linked = linked_mentions(documents)
    pairs = [(title, actor) for _, title, actor in linked]
    precision, recall, mentions = bcubed_sums(pairs)
    within = _total(pairwise_score([(title, actor) for doc, title, actor in linked if doc == name])
                    for name in dict.fromkeys(doc for doc, _, _ in linked))
    overall = pairwise_score(pairs)
    across = Score(right=overall.right - within.right, predicted=overall.predicted - within.predicted,
                   found=overall.found - within.found, gold=overall.gold - within.gold)
    ids_by_title: dict[str, set[str]] = defaultdict(set)
    titles_by_id: dict[str, set[str]] = defaultdict(set)
    for title, actor in pairs:
        ids_by_title[title].add(actor)
        titles_by_id[actor].add(title)
    return {"mentions": mentions, "documents": len({doc for doc, _, _ in linked}), "titles": len(ids_by_title),
            "pairwise": overall.as_dict(), "across_documents": across.as_dict(),
            "bcubed": {"precision": round(_ratio(precision, mentions), 4), "recall": round(_ratio(recall, mentions), 4),
                       "f1": round(_harmonic(_ratio(precision, mentions), _ratio(recall, mentions)), 4)},
            "split": sum(len(ids) > 1 for ids in ids_by_title.values()),
            "merged": sum(len(titles) > 1 for titles in titles_by_id.values())}


# -- quotes --------------------------------------------------------------------------------------------------------

def quote_judgements(document: GumDocument) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, bool]]]:
    """Each predicted quotation with marks as ``(start, end, judgement)`` (``right``, ``not judged`` or ``wrong``),
    and each gold quotation as ``(start, end, found)`` (see the module docstring for the rule)."""
    spans = [q for q in document.gold["quotes"] if document.analysed(q["start"])]
    quotations = [(q["start"], q["end"]) for q in spans if q["tag"] == "quote"]
    scare = [(q["start"], q["end"]) for q in spans if q["tag"] != "quote"]
    frame = document.quotes
    predicted = [(int(s), int(e)) for s, e, kind in zip(frame["start"], frame["end"], frame["kind"])
                 if kind not in UNMARKED_QUOTE_KINDS]
    judged = [(*span, "right" if any(_overlap(*span, *gold) for gold in quotations)
               else "not judged" if any(_overlap(*span, *gold) for gold in scare) else "wrong")
              for span in predicted]
    return judged, [(*gold, any(_overlap(*span, *gold) for span in predicted)) for gold in quotations]


def quote_score(document: GumDocument) -> Score:
    """Quote detection counts of one document (see the module docstring for the rule)."""
    judged, gold = quote_judgements(document)
    judgements = Counter(judgement for _, _, judgement in judged)
    return Score(right=judgements["right"], predicted=judgements["right"] + judgements["wrong"],
                 found=sum(found for _, _, found in gold), gold=len(gold), neutral=judgements["not judged"])


def quote_figures(documents: Sequence[GumDocument]) -> dict[str, Any]:
    """Quote detection P/R/F1 overall and per genre, with the precision that counts scare-quote hits as errors."""
    scores = [quote_score(document) for document in documents]
    overall = _total(scores)
    return {"overall": overall.as_dict(), "strict_precision": round(overall.strict_precision, 4),
            "by_genre": _by_genre(documents, scores),
            "outside": _outside(((d, q["start"]) for d in documents for q in d.gold["quotes"]))}


def genre_sizes(documents: Sequence[GumDocument]) -> dict[str, int]:
    """Documents per genre, genres in name order."""
    return dict(sorted(Counter(document.genre for document in documents).items()))


def score_line(label: str, figures: Mapping[str, Any]) -> str:
    """One printed line of a score: P, R, F1 and the counts behind them."""
    return (f"  {label:<14} P {figures['precision']:.3f}  R {figures['recall']:.3f}  F1 {figures['f1']:.3f}"
            f"   (right {figures['right']}/{figures['predicted']} predicted, found {figures['found']}/{figures['gold']} gold"
            + (f", {figures['neutral']} not judged)" if figures.get("neutral") else ")"))
