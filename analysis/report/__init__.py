"""The report wing: executing notebooks with papermill, the report folder, its index and provenance."""
from __future__ import annotations

from analysis._lazy import lazy_exports

_EXPORTS = {
    "ReportError": "params",
    "accuracy_note": "accuracy",
    "accuracy_table": "accuracy",
    "build_report": "runner",
    "collect_params": "runner",
    "declared_parameters": "notebooks",
    "execute_in_place": "notebooks",
    "notebook_params": "runner",
    "notebook_paths": "notebooks",
    "load_params_file": "params",
    "parameter_help": "notebooks",
    "parse_param": "params",
    "parse_parameters": "notebooks",
    "run_papermill": "notebooks",
}
__all__ = sorted(_EXPORTS)
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
