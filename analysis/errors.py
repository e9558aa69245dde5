"""One error hierarchy: every problem with the user's input names the file, line or entry and what was expected."""
from __future__ import annotations


class AnalysisError(Exception):
    """Base of the errors the library raises on purpose (bad input, bad options); never a bug."""


class DictionaryError(AnalysisError, ValueError):
    """A malformed or missing dictionary file (actors, frames, speech cues): the message names file and entry."""


class OptionError(AnalysisError, ValueError):
    """An analysis or report option with a value the library cannot use; the message says what was expected."""


class ArticleFailureWarning(UserWarning):
    """Some articles could not be analysed (a rule raised on their text): they are ``rejects`` rows, the rest is analysed."""
