"""A source the mentions table left bare that names an actor the article names elsewhere.

The mentions table can skip one occurrence of a name it links elsewhere in the
article: a name at a sentence start ("GitHub said" before the first "GitHub"
it found), a name inside an interviewee's long answer ("Seemanna also told
me"), a surname after a full name it wrote with a title ("Representative Adam
Schiff" ... "Schiff said"). The speaker resolver (:mod:`analysis.quotes.speakers`)
then has only the source's own words; :func:`named_elsewhere` gives them the
actor the article links those words to everywhere else, and :func:`surname_holder`
gives a lone surname the one person named before with it, so the quote is
counted for that actor and a later "he" refers back to it. Only words that
name one actor in the whole article count (two actors written "Smith":
nobody), and only names proper -- not a demonym, a role ("the president"), an
office or a publisher line, whose link holds only where it was written.
"""
from __future__ import annotations

from analysis.quotes.context import Article, Mention

_NAMED_HOW = frozenset({"dictionary", "alias", "discovered"})  # a name, written as the actor's name
_INDEX = "mentions by the words of their name"  # Article.memo key
_AMBIGUOUS = None  # an index entry for words that name more than one actor


def named_elsewhere(article: Article, words: str, *, actor_type: str | None = None) -> Mention | None:
    """The mention of the one actor the article names with exactly ``words`` (a mention's words in the text
    or its actor's display name), of ``actor_type`` when given; None when no actor, or several, are named so."""
    found = _name_index(article).get(" ".join(words.split()))  # None: no actor so named, or several
    if found is None or (actor_type is not None and found.actor_type != actor_type):
        return None
    return found


def surname_holder(article: Article, surname: str, position: int) -> Mention | None:
    """The first mention of the one person whose full name (two words or more) ends with ``surname``, when
    that person is named before ``position``; None when no person, or several, have that surname."""
    found = _name_index(article).get(("surname", surname))
    return found if found is not None and found.start < position else None


def _name_index(article: Article) -> dict[object, Mention | None]:
    """Each name of the article's named mentions (the words written, the actor's display name) and each
    person's surname (key ``("surname", word)``) -> the first mention so named, or ``_AMBIGUOUS`` when the
    name belongs to more than one actor. Built once per article."""
    index = article.memo.get(_INDEX)
    if index is not None:
        return index
    index = article.memo[_INDEX] = {}
    for mention in article.mentions:
        if mention.actor_id is None or mention.how not in _NAMED_HOW:
            continue
        names: set[object] = {" ".join(article.view[mention.start:mention.end].split()), mention.actor or ""}
        words = (mention.actor or "").split()
        if mention.actor_type == "person" and len(words) > 1:
            names.add(("surname", words[-1]))
        for name in names:
            if isinstance(name, str) and not name[:1].isupper():
                continue
            known = index.setdefault(name, mention)
            if known is not _AMBIGUOUS and known.actor_id != mention.actor_id:  # a name of two actors
                index[name] = _AMBIGUOUS
    return index
