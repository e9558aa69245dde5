"""Tables a reader can read in a notebook and in its HTML report: every row, text wrapped, links clickable.

pandas' own HTML cuts long tables to their first and last rows with "..."
and lets a long sentence or URL push the table wider than the page.
:func:`html_table` shows every row (up to ``max_rows``, saying how many are
not shown) in a box that scrolls vertically, wraps the text of every cell
so the table stays as wide as the page, and turns ``http(s)`` addresses in
the link columns into links. It needs no script and no stylesheet, so the
report stays offline-safe.
"""
from __future__ import annotations

import html
from typing import Any, Sequence

import pandas as pd

_CELL = "padding:2px 6px;border-bottom:1px solid #ddd;vertical-align:top;text-align:left;overflow-wrap:anywhere;"
_WIDE = "min-width:18em;"


class HtmlTable:
    """A rendered table: HTML for notebooks and reports, plain text for consoles and nbval."""

    def __init__(self, markup: str, text: str) -> None:
        self.markup = markup
        self.text = text

    def _repr_html_(self) -> str:
        return self.markup

    def __repr__(self) -> str:
        return self.text


def html_table(
    table: pd.DataFrame,
    *,
    wrap: Sequence[str] = ("text", "sentence", "title"),
    links: Sequence[str] = ("link", "url"),
    index: bool = False,
    max_rows: int = 500,
    height_px: int = 420,
    floats: str = "{:.3f}",
) -> HtmlTable:
    """``table`` as wrapped, scrollable HTML: every row up to ``max_rows``, links clickable.

    ``wrap`` names columns of long text given room to wrap (all cells
    wrap, these get a minimum width); ``links`` names columns whose
    ``http(s)`` values become links (other values stay text, as a file path
    means nothing to a browser reading the report). ``index`` shows the
    index as the first column(s). Numbers use ``floats``; missing values are
    blank.
    """
    if max_rows < 1:
        raise ValueError(f"max_rows {max_rows!r}: expected 1 or more")
    shown = table.reset_index() if index else table
    rows = shown.head(max_rows)
    header = "".join(f'<th style="{_CELL}">{html.escape(str(column))}</th>' for column in rows.columns)
    body = []
    for values in rows.itertuples(index=False, name=None):
        cells = []
        for column, value in zip(rows.columns, values):
            style = _CELL + (_WIDE if column in wrap else "")
            cells.append(f'<td style="{style}">{_cell(value, link=column in links, floats=floats)}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    more = len(shown) - len(rows)
    footer = f"<p>{more} more row(s) not shown (of {len(shown)}); the saved CSV has them all.</p>" if more > 0 else ""
    markup = (f'<div style="max-height:{height_px}px;overflow:auto;max-width:100%;">'
              f'<table style="border-collapse:collapse;width:100%;font-size:12px;">'
              f"<thead><tr>{header}</tr></thead><tbody>{''.join(body)}</tbody></table></div>{footer}")
    text = rows.to_string(index=index) + (f"\n... {more} more row(s)" if more > 0 else "")
    return HtmlTable(markup, text)


def _cell(value: Any, *, link: bool, floats: str) -> str:
    """One cell's HTML: blank when missing, a link for an http(s) address in a link column, else escaped text."""
    if value is None or (not isinstance(value, (list, tuple, dict)) and pd.isna(value)):
        return ""
    if isinstance(value, float):
        return html.escape(floats.format(value))
    text = str(value)
    if link and text.startswith(("http://", "https://")):
        return f'<a href="{html.escape(text, quote=True)}" target="_blank" rel="noopener">{html.escape(text)}</a>'
    return html.escape(text)
