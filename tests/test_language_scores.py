"""Language detection reads py3langid's scores without ranking them all: same scores, same choices as its ``rank``."""
from __future__ import annotations

import pytest

from analysis.corpus import language
from analysis.corpus.language import DETECT_CHARS, UNDETERMINED, article_language, language_scores

TEXTS = [
    "The government announced new measures on Friday, the ministry said in a statement.",
    "El Gobierno anunció nuevas medidas este viernes, según un comunicado del ministerio.",
    "Le gouvernement a annoncé de nouvelles mesures vendredi.",
    "Paris", "ok ok", "Crisis in Congress", "Москва", "Αθήνα", "日本語のテキスト", "Srbija i Beograd", "12 345", "",
]


def _ranked(text: str) -> dict[str, float]:
    """What the detector read before: py3langid's own ranking, every score rounded to 4 digits."""
    sample = text[:DETECT_CHARS]
    if not any(character.isalpha() for character in sample):
        return {}
    return {lang: round(float(score), 4) for lang, score in language._identifier().rank(sample)}


@pytest.mark.parametrize("text", TEXTS)
def test_scores_are_py3langids_ranking_in_its_order(text):
    scores = language_scores(text)
    assert scores == _ranked(text) and list(scores) == list(_ranked(text))


@pytest.mark.parametrize("text", TEXTS)
def test_detection_declaration_and_option_read_the_ranked_scores(text):
    ranked = _ranked(text)
    best, confidence = max(ranked.items(), key=lambda item: (item[1], item[0])) if ranked else (UNDETERMINED, 0.0)
    found = article_language(text, min_confidence=0.0)
    assert (found.lang, found.confidence, found.source) == (best, confidence, "detected")
    assert article_language(text, declared="sr").confidence == ranked.get("sr", 0.0)
    assert article_language(text, option="xx").confidence == 0.0


def test_a_tie_after_rounding_goes_to_the_greater_code():
    scores = {"aa": 0.50004, "zz": 0.49996, "mm": 0.1}  # both round to 0.5: max over (score, code) takes "zz"
    assert language._best(scores) == ("zz", 0.5)
    assert language._best({}) == (UNDETERMINED, 0.0)
