"""Caption and heading lines: paragraphs that are no sentence ("John Smith, 2nd Earl of Clare", "Hugh McGuire
with some books"). A person named only there is no antecedent of a later "he" or "she": the line interrupts
the prose (an image caption, a section heading), and the pronoun goes on with the person of the prose."""
from __future__ import annotations

from bisect import bisect_right

from analysis.quotes.context import Article

__all__ = ["in_caption"]

# What ends a paragraph that is a sentence: a full stop, a question or exclamation mark, a colon, or a closing
# quote mark or bracket after one.
_SENTENCE_ENDINGS = tuple('.?!:"\'”’)]»')


def caption_paragraphs(article: Article) -> list[tuple[int, int]]:
    """The article's caption and heading paragraphs (spans, in text order); computed once per article."""
    found = article.memo.get("caption_paragraphs")
    if found is None:
        view = article.view
        found = article.memo["caption_paragraphs"] = [
            (start, end) for start, end in article.document.paragraphs
            if not view[start:end].rstrip().endswith(_SENTENCE_ENDINGS)]
    return found


def in_caption(article: Article, position: int) -> bool:
    """Whether ``position`` lies in a paragraph with no sentence ending (a caption or heading line)."""
    spans = caption_paragraphs(article)
    if not spans:
        return False
    index = bisect_right(spans, (position, len(article.view))) - 1
    return index >= 0 and position < spans[index][1]
