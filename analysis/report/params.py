"""Command-line ``key=value`` parameters and YAML parameter files, read without loading the notebook machinery.

``analyze``, ``codesheet`` and ``report`` all take typed values on the command
line (``--option``, ``--load``, ``--param``); this module reads them, so a
command that runs no notebook does not import nbformat and papermill.
"""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from analysis.errors import AnalysisError


class ReportError(AnalysisError):
    """A problem with the user's request (parameters, corpus, output folder): nothing was run."""


def parse_param(text: str, *, flag: str = "--param") -> tuple[str, Any]:
    """``key=value`` to ``(key, value)``; the value is read as YAML (``2019`` -> int, ``null`` -> None).

    ``flag`` is the command-line option the pair came from, named in the error.
    """
    key, sep, raw = text.partition("=")
    key = key.strip()
    if not sep or not key.isidentifier():
        raise ReportError(f"{flag} {text!r}: expected key=value with a parameter name as key")
    try:
        value = yaml.safe_load(raw) if raw.strip() else ""
    except yaml.YAMLError as error:
        raise ReportError(f"{flag} {text!r}: value is not valid YAML ({error})") from error
    return key, _plain(value)


def _plain(value: Any) -> Any:
    """YAML dates (``since=2020-01-01``) as ISO text, as notebooks expect them."""
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def load_params_file(path: Path) -> dict[str, Any]:
    """A YAML mapping of parameter names to values."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ReportError(f"--params {path}: cannot read YAML ({error})") from error
    if data is None:
        return {}
    if not isinstance(data, dict) or not all(isinstance(key, str) for key in data):
        raise ReportError(f"--params {path}: expected a mapping of parameter names to values")
    return {key: _plain(value) for key, value in data.items()}
