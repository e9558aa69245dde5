"""Validate our sentence scores against the VADER paper's human ratings (offline).

The vaderSentiment source distribution ships the human-rated ground truth of
Hutto & Gilbert (ICWSM 2014) in ``additional_resources/hutto_ICWSM_2014.tar.gz``.
Get it once (PyPI is the only network access needed, and only for this)::

    pip download --no-binary :all: --no-deps vaderSentiment==3.3.2 -d /tmp/vs

then run, with the sdist, the inner tarball or its extracted folder::

    python validation/validate_sentiment.py /tmp/vs/vaderSentiment-3.3.2.tar.gz

For each set (tweets, movie reviews, product reviews, NYT editorials) it
prints Pearson r and 3-class F1 of our default scores (``analysis.sentiment.step``:
the reference analyzer on normalised text), of the bare reference
implementation on the raw text, and of nltk's port (``method="nltk"``),
beside the paper's published VADER figures (Table 4). Classes use VADER's
cut-off: compound >= 0.05 positive, <= -0.05 negative, else neutral, and
the human mean ratings (-4..4) are cut at the same +-0.05. F1 is the
support-weighted average over the three classes (the paper's "overall" F1:
with these two choices the reference implementation lands within 0.02 of
Table 4 on every set); the macro average, which weighs the rare neutral
class like the others, is printed too.

The step's default is news-aware: reporting verbs used as attribution cues
carry no tone in narration (:mod:`analysis.sentiment.cues`), nor do the words
of multiword proper names (:mod:`analysis.sentiment.names`), nor "like" used
to compare (:mod:`analysis.sentiment.comparisons`), and "hardly" and "scarcely"
negate as "not" does (:mod:`analysis.sentiment.negators`), and the word right after "less" is turned as after
"least" ("less happy": :mod:`analysis.sentiment.lessening`), and the harm a verb
counters carries no tone (:mod:`analysis.sentiment.countering`), and the good a verb harms is a loss ("undermines
public trust": :mod:`analysis.sentiment.harming`), and "too"
before a word says it is a fault (:mod:`analysis.sentiment.excess`), and the "not" of
"not only", "if not" and "or not" negates nothing (:mod:`analysis.sentiment.negation_scope`), and a negated
harm is no praise (:mod:`analysis.sentiment.absence`), and a word rated for a sense news seldom uses
("party leaders", "on the other hand") carries no tone, nor does an adverb saying a claim is evident or certain
("surely", "clearly"), nor a noun naming a field of public policy ("public safety", "national security"), nor a word
saying an amount went up or down ("an increase in rents", "growth"), nor a word naming a formal act of an institution
("a trade agreement", "approved by regulators") (these five: :mod:`analysis.sentiment.neutral_words`),
nor the good words of a question ("Is it really worth it?": :mod:`analysis.sentiment.questions`), nor the rated
words of a set phrase ("as well as", "interest rates": :mod:`analysis.sentiment.phrases`), nor a discourse marker set
off by commas ("Well, ...", "True, ...": :mod:`analysis.sentiment.markers`). Its r and F1
("r news", "F1 news") are printed beside ours without those rules ("r ours",
before) for every set, then the cue rule and each word rule of ``analysis.sentiment.step.WORD_RULES`` alone, in
the order they apply, with the number of texts changed.

Exit status: 0 when our r without the news-aware rules reproduces the
reference r on every set (|difference| <= 0.005) and the news-aware r is not
lower than it on the NYT editorials (by more than 0.005), 1 otherwise, 2
when the data is missing.
"""
from __future__ import annotations

import argparse
import io
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer as ReferenceAnalyzer

from analysis.sentiment.step import WORD_RULES, score_sentences
from analysis.text.normalization import normalize

GET_IT = "pip download --no-binary :all: --no-deps vaderSentiment==3.3.2 -d /tmp/vs"
INNER_TARBALL = "additional_resources/hutto_ICWSM_2014.tar.gz"
THRESHOLD = 0.05
R_TOLERANCE = 0.005


@dataclass(frozen=True)
class GroundTruth:
    """One human-rated set: its file in the tarball and the paper's VADER figures (Table 4)."""

    name: str
    file: str
    paper_r: float
    paper_f1: float


SETS = (
    GroundTruth("tweets", "tweets_GroundTruth.txt", 0.881, 0.96),
    GroundTruth("movie reviews", "movieReviewSnippets_GroundTruth.txt", 0.451, 0.61),
    GroundTruth("product reviews", "amazonReviewSnippets_GroundTruth.txt", 0.565, 0.63),
    GroundTruth("NYT editorials", "nytEditorialSnippets_GroundTruth.txt", 0.492, 0.55),
)


@dataclass(frozen=True)
class Ratings:
    texts: list[str]
    means: np.ndarray


class MissingData(Exception):
    """The ground-truth files could not be found at the given path."""


# ---------------------------------------------------------------- reading the ground truth


def read_sets(path: Path) -> dict[str, Ratings]:
    """The four sets from the sdist, the inner tarball or an extracted folder."""
    files = _ground_truth_files(path)
    return {item.name: parse_ratings(files[item.file], where=f"{path}:{item.file}") for item in SETS}


def _ground_truth_files(path: Path) -> dict[str, bytes]:
    wanted = {item.file for item in SETS}
    if not path.exists():
        raise MissingData(f"{path} does not exist")
    if path.is_dir():
        found = {p.name: p.read_bytes() for p in path.rglob("*_GroundTruth.txt") if p.name in wanted}
    else:
        found = _files_in_tarball(path.read_bytes(), wanted, where=str(path))
    missing = sorted(wanted - set(found))
    if missing:
        raise MissingData(f"{path}: no {', '.join(missing)} found (expected the vaderSentiment sdist, "
                          f"its {INNER_TARBALL} or that tarball extracted)")
    return found


def _files_in_tarball(data: bytes, wanted: set[str], *, where: str) -> dict[str, bytes]:
    """Ground-truth files from a tarball, looking one level into a nested ``hutto_ICWSM_2014.tar.gz``."""
    try:
        archive = tarfile.open(fileobj=io.BytesIO(data), mode="r:*")
    except tarfile.TarError as error:
        raise MissingData(f"{where}: not a readable tarball ({type(error).__name__})") from error
    found: dict[str, bytes] = {}
    with archive:
        for member in archive.getmembers():
            name = Path(member.name).name
            if not member.isfile():
                continue
            if name in wanted:
                found[name] = archive.extractfile(member).read()
            elif name == Path(INNER_TARBALL).name:
                found.update(_files_in_tarball(archive.extractfile(member).read(), wanted, where=f"{where}:{member.name}"))
    return found


def parse_ratings(data: bytes, *, where: str) -> Ratings:
    """``id <TAB> mean rating <TAB> text`` lines (CRLF or LF, UTF-8) into texts and mean ratings."""
    texts: list[str] = []
    means: list[float] = []
    for number, line in enumerate(data.decode("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        parts = line.split("\t", 2)
        if len(parts) != 3:
            raise ValueError(f"{where} line {number}: expected 'id<TAB>mean<TAB>text', got {line[:60]!r}")
        try:
            means.append(float(parts[1]))
        except ValueError as error:
            raise ValueError(f"{where} line {number}: mean rating {parts[1]!r} is not a number") from error
        texts.append(parts[2])
    return Ratings(texts=texts, means=np.array(means, dtype="float64"))


# ---------------------------------------------------------------- metrics


def classes(scores: np.ndarray, *, threshold: float = THRESHOLD) -> np.ndarray:
    """1 positive, -1 negative, 0 neutral."""
    return np.where(scores >= threshold, 1, np.where(scores <= -threshold, -1, 0))


def class_f1(truth: np.ndarray, predicted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """F1 and support (number of true items) of the classes -1, 0, 1 (F1 = 0 when undefined)."""
    f1, support = [], []
    for label in (-1, 0, 1):
        true_pos = int(np.sum((predicted == label) & (truth == label)))
        n_predicted, n_true = int(np.sum(predicted == label)), int(np.sum(truth == label))
        precision = true_pos / n_predicted if n_predicted else 0.0
        recall = true_pos / n_true if n_true else 0.0
        f1.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
        support.append(n_true)
    return np.array(f1), np.array(support, dtype="float64")


@dataclass(frozen=True)
class Scores:
    """Agreement of one scorer with the human means."""

    r: float
    f1: float  # support-weighted, as the paper's "overall" F1
    macro_f1: float


def evaluate(compounds: np.ndarray, means: np.ndarray) -> Scores:
    """Pearson r and 3-class F1 (weighted and macro) of compound scores against human mean ratings."""
    f1, support = class_f1(classes(means), classes(compounds))
    return Scores(
        r=float(np.corrcoef(compounds, means)[0, 1]),
        f1=float(np.sum(f1 * support) / np.sum(support)),
        macro_f1=float(np.mean(f1)),
    )


# ---------------------------------------------------------------- scoring


def reference_compounds(texts: list[str]) -> np.ndarray:
    analyzer = ReferenceAnalyzer()
    return np.array([analyzer.polarity_scores(text)["compound"] for text in texts])


def our_compounds(
    texts: list[str], *, method: str = "vader", neutral_cues: bool = False, **word_rules: bool,
) -> np.ndarray:
    """Our compound scores of ``texts``; ``word_rules`` are :func:`score_sentences`' word-rule keywords
    (``neutral_names=True``, ...: ``analysis.sentiment.step.WORD_RULES``)."""
    return score_sentences(texts, method=method, neutral_cues=neutral_cues, **word_rules)["compound"].to_numpy()


@dataclass(frozen=True)
class SetResult:
    name: str
    n: int
    ours: Scores
    reference: Scores
    nltk: Scores
    news: Scores  # the step's default: every news-aware rule
    n_news_changed: int
    cues_only: Scores  # the reporting-verb rule alone
    rules_only: dict[str, Scores]  # each word rule alone, by its name in WORD_RULES, in their order
    paper: tuple[float, float]
    n_differ: int
    n_normalised: int


def validate(sets: dict[str, Ratings]) -> list[SetResult]:
    results = []
    for item in SETS:
        ratings = sets[item.name]
        ours, reference = our_compounds(ratings.texts), reference_compounds(ratings.texts)
        news = our_compounds(ratings.texts, neutral_cues=True, **{rule.keyword: True for rule in WORD_RULES})
        results.append(SetResult(
            name=item.name,
            n=len(ratings.texts),
            ours=evaluate(ours, ratings.means),
            reference=evaluate(reference, ratings.means),
            nltk=evaluate(our_compounds(ratings.texts, method="nltk"), ratings.means),
            news=evaluate(news, ratings.means),
            n_news_changed=int(np.sum(news != ours)),
            cues_only=evaluate(our_compounds(ratings.texts, neutral_cues=True), ratings.means),
            rules_only={rule.name: evaluate(our_compounds(ratings.texts, **{rule.keyword: True}), ratings.means)
                        for rule in WORD_RULES},
            paper=(item.paper_r, item.paper_f1),
            n_differ=int(np.sum(ours != reference)),
            n_normalised=sum(normalize(text) != text for text in ratings.texts),
        ))
    return results


def normalised_characters(texts: list[str]) -> dict[str, int]:
    """Which characters normalisation replaced, and how often."""
    counts: dict[str, int] = {}
    for text in texts:
        for before, after in zip(text, normalize(text)):
            if before != after:
                counts[before] = counts.get(before, 0) + 1
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def differing_examples(ratings: Ratings, *, limit: int = 3) -> list[tuple[str, float, float]]:
    """Texts whose score normalisation changed: (text, reference, ours)."""
    ours, reference = our_compounds(ratings.texts), reference_compounds(ratings.texts)
    changed = np.flatnonzero(ours != reference)[:limit]
    return [(ratings.texts[i], float(reference[i]), float(ours[i])) for i in changed]


# ---------------------------------------------------------------- report


def format_table(results: list[SetResult]) -> str:
    header = (f"{'set':<16}{'n':>6} | {'r ours':>7}{'r news':>7}{'r ref':>7}{'r nltk':>7}{'r paper':>8} | "
              f"{'F1 ours':>8}{'F1 news':>8}{'F1 ref':>7}{'F1 nltk':>8}{'F1 paper':>9} | {'macroF1 ours':>12} | "
              "changed by normalize")
    lines = [header, "-" * len(header)]
    for result in results:
        ours, reference, nltk = result.ours, result.reference, result.nltk
        lines.append(
            f"{result.name:<16}{result.n:>6} | {ours.r:>7.3f}{result.news.r:>7.3f}{reference.r:>7.3f}{nltk.r:>7.3f}"
            f"{result.paper[0]:>8.3f} | "
            f"{ours.f1:>8.3f}{result.news.f1:>8.3f}{reference.f1:>7.3f}{nltk.f1:>8.3f}{result.paper[1]:>9.2f} | "
            f"{ours.macro_f1:>12.3f} | "
            f"{result.n_differ} scores ({result.n_normalised} texts)"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="vaderSentiment-3.3.2.tar.gz (sdist), hutto_ICWSM_2014.tar.gz, or its folder")
    parser.add_argument("--examples", type=int, default=3, help="texts per set whose score normalisation changed")
    args = parser.parse_args(argv)
    try:
        sets = read_sets(args.data)
    except MissingData as error:
        print(f"error: {error}\nGet the VADER ground truth (once, from PyPI) with:\n  {GET_IT}\n"
              f"then run: python validation/{Path(__file__).name} /tmp/vs/vaderSentiment-3.3.2.tar.gz", file=sys.stderr)
        return 2
    results = validate(sets)
    print(format_table(results))
    print("\nr: Pearson correlation with the human mean rating (-4..4). F1: 3-class F1 at +-0.05 on both scales, "
          "support-weighted as the paper's overall F1; macroF1: unweighted mean over the 3 classes.\n"
          "paper: Hutto & Gilbert 2014, Table 4 (VADER row). 'changed by normalize': scores that differ "
          "from the reference (texts that normalisation alters).")
    print("ours = reference vaderSentiment on analysis.text.normalization'd text (the step without the news-aware "
          "rules); news = the step's default (attribution cues, the words of multiword proper names and "
          "comparison 'like' carry no tone, 'hardly' and 'scarcely' negate, 'few', 'little', 'unlikely to' deny the good "
          "after them, the word after 'less' is turned as after 'least', the harm a verb counters carries no tone, "
          "the good a verb harms is a loss, "
          "'too' before a word is a fault, the 'not' of 'not only', 'if not', 'or not' negates nothing, "
          "a negated harm scores 0, a word rated for a sense news seldom uses ('party leaders'), 'surely', 'clearly', a noun naming a policy field "
          "('public safety') , a word of a change in amount ('an increase') , a word naming a formal act ('a trade agreement') "
          "and the good words of a question carry no tone; a form of a rated verb VADER lacks, 'saving', carries the "
          "verb's tone, and an unrated -ly adverb or 'un-' word, 'recklessly', 'unsafe', the tone of its rated word; "
          "a death that dates something, 'after his death', or "
          "names the dead, 'who died Sunday', carries none, nor do the rated words of a set phrase, 'as well as', "
          "'interest rates', nor a discourse marker set off by commas, 'Well, ...'); "
          "ref = bare vaderSentiment 3.3.2 on the raw text; nltk = analysis.sentiment.step method='nltk'.")
    for result in results:
        if result.n_normalised:
            replaced = ", ".join(f"{ch!r} x{n}" for ch, n in normalised_characters(sets[result.name].texts).items())
            print(f"\n{result.name}: normalisation replaced {replaced} in {result.n_normalised} texts; "
                  f"{result.n_differ} scores changed")
        if result.n_differ and args.examples:
            print(f"\n{result.name}: scores changed by normalisation (reference -> ours):")
            for text, reference, ours in differing_examples(sets[result.name], limit=args.examples):
                print(f"  {reference:+.4f} -> {ours:+.4f}  {text[:110]}")
    print("\nnews-aware tone, r (3-class F1): rules off; cues: reporting verbs used as attribution cues carry no tone; "
          + "; ".join(f"{rule.name}: {rule.description}" for rule in WORD_RULES) + "; all (the step's default):")
    for result in results:
        alone = "".join(f"  {name} {_pair(scores)}" for name, scores in result.rules_only.items())
        print(f"  {result.name:<16} {_pair(result.ours)}  cues {_pair(result.cues_only)}{alone}"
              f"  all {_pair(result.news)}  (r {result.news.r - result.ours.r:+.4f}; {result.n_news_changed} of "
              f"{result.n} texts changed)")
    nyt = next(result for result in results if result.name == "NYT editorials")
    kept = nyt.news.r >= nyt.ours.r - R_TOLERANCE
    print(f"news-aware r on the NYT editorials is not lower (by more than {R_TOLERANCE}): {'yes' if kept else 'NO'}")
    reproduced = all(abs(result.ours.r - result.reference.r) <= R_TOLERANCE for result in results)
    print(f"\nour r reproduces the reference r on every set (|diff| <= {R_TOLERANCE}): {'yes' if reproduced else 'NO'}")
    return 0 if reproduced and kept else 1


def _pair(scores: Scores) -> str:
    return f"{scores.r:.4f} ({scores.f1:.3f})"


if __name__ == "__main__":
    sys.exit(main())
