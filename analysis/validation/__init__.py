"""The validation wing: coding sheets for human coders and the suite's agreement with them.

Not to be confused with the top-level ``validation/`` scripts, which check the
suite against published annotated data sets; this wing scores it against the
user's own hand coding (notebook ``04_validation``).
"""
from __future__ import annotations

from analysis._lazy import lazy_exports

_EXPORTS = {
    "AGREEMENT_COLUMNS": "scoring",
    "CodedSheet": "sheet",
    "Counts": "metrics",
    "MEASURES": "sheet",
    "SHEET_COLUMNS": "sheet",
    "SheetError": "sheet",
    "Validation": "scoring",
    "EXAMPLES": "sheet",
    "agreement_figure": "summary",
    "agreement_table": "summary",
    "alpha": "metrics",
    "bootstrap_interval": "metrics",
    "coding_sheet": "sheet",
    "confusion": "metrics",
    "correlation": "metrics",
    "disagreements": "summary",
    "draw_units": "sheet",
    "example_sheets": "sheet",
    "label_table": "summary",
    "methods_paragraph": "summary",
    "read_sheet": "sheet",
    "score": "scoring",
    "suite_codes": "suite",
    "unit_table": "scoring",
    "units_sheet": "sheet",
    "validate": "scoring",
    "write_sheet": "sheet",
}
__all__ = sorted(_EXPORTS)
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
