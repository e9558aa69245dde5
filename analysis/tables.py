"""Tidy tables: each table has a schema (column name -> dtype) and is built once from columns."""
from __future__ import annotations

from typing import Any, Mapping, Sequence

import numpy as np
import pandas as pd

Schema = Mapping[str, str]


def columns_frame(columns: Mapping[str, Sequence[Any]], schema: Schema) -> pd.DataFrame:
    """A DataFrame with exactly the schema's columns, in its order and with its dtypes.

    ``columns`` maps each column name to its values (lists of equal length);
    an empty mapping gives an empty table that still has every column.
    """
    if not columns:
        return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in schema.items()})
    return pd.DataFrame({name: column_array(columns[name], dtype) for name, dtype in schema.items()})


def column_array(values: Sequence[Any], dtype: str) -> Any:
    """One column of the given dtype, built without the cost of a Series per column."""
    if dtype == "str":
        return pd.array(values, dtype="str")
    if dtype in ("float64", "int64", "bool"):
        return np.asarray(values, dtype=dtype)
    return pd.array(values, dtype=dtype)


def concat_columns(parts: Sequence[Mapping[str, Sequence[Any]]], schema: Schema) -> dict[str, list[Any]]:
    """Many articles' columnar rows joined into one set of columns (the schema's, in order)."""
    joined: dict[str, list[Any]] = {name: [] for name in schema}
    for part in parts:
        for name in schema:
            joined[name].extend(part[name])
    return joined
