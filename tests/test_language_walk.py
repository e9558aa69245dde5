"""The NumPy walk gives py3langid's own feature counts (same order) and scores, to the bit, on made-up texts."""
from __future__ import annotations

import pytest
from py3langid.langid import LanguageIdentifier, visit_counts

from analysis.corpus import language
from analysis.corpus.language_walk import FastIdentifier, feature_counts

# Made up for these tests: news sentences in several languages and scripts, mixed texts, texts without letters.
TEXTS = [
    "The government announced new measures on Friday, the ministry said in a statement.",
    "El Gobierno anunció este viernes nuevas medidas económicas para las familias, según un comunicado.",
    "Le ministre a déclaré mardi que la réforme des retraites serait votée avant l'été.",
    "Die Bundesregierung hat am Mittwoch ein neues Klimaschutzgesetz beschlossen, teilte ein Sprecher mit.",
    "O governo anunciou na sexta-feira novas medidas para conter a inflação, disse o ministério.",
    "Il sindaco ha detto che i lavori sul ponte inizieranno a settembre.",
    "Президент заявил, что переговоры продолжатся на следующей неделе в Женеве.",
    "Ο πρωθυπουργός δήλωσε ότι οι εκλογές θα γίνουν τον Μάιο.",
    "政府は来週、新しい経済対策を発表する予定だと述べた。", "国务院周五宣布了新的经济措施。",
    "قال الرئيس إن المحادثات ستستمر الأسبوع المقبل",
    "The mayor said «la situación es grave» before he left; der Bürgermeister widersprach am Abend.",
    "THE PRIME MINISTER SAID ON TUESDAY THAT TALKS WOULD RESUME", "Srbija i Beograd", "Београд",
    "", "A", "12 345 -- 2024-01-01 !!!", "   \n\n  ", "1990–2000 … ©® №", "broken \ud800 surrogate",
    "x" * 3000, "中文" * 600, "ab" * 700 + " Reuters",
]


def _plain() -> LanguageIdentifier:
    """py3langid's own identifier over the same model arrays."""
    fast = language._identifier()
    return LanguageIdentifier(fast.nb_ptc, fast.nb_pc, fast.nb_classes, fast.tk_nextmove, fast.tk_output,
                              norm_probs=True, tk_row=fast.tk_row)


def test_the_identifier_is_the_fast_one():
    assert isinstance(language._identifier(), FastIdentifier)


@pytest.mark.parametrize("text", TEXTS)
def test_feature_counts_are_py3langids_counter_in_its_order(text):
    fast = language._identifier()
    encoded = fast._encode(text[:language.DETECT_CHARS])
    visits = visit_counts(fast.tk_nextmove, fast._rowbase, fast.tk_output, encoded)
    features, counts = feature_counts(fast, encoded)
    assert list(zip(features.tolist(), counts.tolist())) == (list(visits.items()) if visits else [])


@pytest.mark.parametrize("text", TEXTS)
def test_scores_are_py3langids_decide_to_the_bit(text):
    plain, fast = _plain(), language._identifier()
    for sample in (text, text[:language.DETECT_CHARS], text.encode("utf-8", errors="surrogatepass")):
        expected, found = plain._decide(sample), fast._decide(sample)
        assert found.dtype == expected.dtype and found.tobytes() == expected.tobytes()


def test_raw_scores_without_normalisation_are_py3langids():
    fast = language._identifier()
    plain = LanguageIdentifier(fast.nb_ptc, fast.nb_pc, fast.nb_classes, fast.tk_nextmove, fast.tk_output,
                               tk_row=fast.tk_row)
    raw = FastIdentifier(fast.nb_ptc, fast.nb_pc, fast.nb_classes, fast.tk_nextmove, fast.tk_output,
                         tk_row=fast.tk_row)
    for text in TEXTS:
        assert raw._decide(text).tobytes() == plain._decide(text).tobytes()
