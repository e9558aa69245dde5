"""Stored tables queried where they lie: DuckDB SQL over the Parquet parts of a tables folder, small results out.

``open_stored(tables=DIR, steps=..., load_options=..., **options)`` checks the
request as :func:`~analysis.pipeline.stored.open_analysis` does and returns a
:class:`StoredAnalysis`: the articles (metadata and the steps' article
metrics, without the article text) as pandas, and every row table
(sentences, sentiment, mentions, quotes, frame_hits) left on disk. The row
tables are read by DuckDB as SQL views over the parts the manifest lists,
restricted to the articles of ``articles`` (so ``since``/``until`` and a
``story`` deduplication that drops articles apply to every table), with
``_part`` and ``_row`` columns giving corpus order. Aggregations
(:mod:`analysis.pipeline.aggregate`) run in DuckDB and take out only their
small results; :meth:`StoredAnalysis.rows` reads the rows of a few articles
(evidence, one article sentence by sentence) from the parts that hold them,
the doc_id filter pushed into DuckDB's Parquet reader (``parts_read`` logs
which), in the dtypes ``open_analysis`` gives. Every result taken out is logged in
``fetched`` (what, rows), so a test can show that no whole row table is.

Part by part: an article's rows are in the same part of every table (a chunk
of articles is analysed and written together, and a doc_id is unique), so a
join or grouping per article or sentence can run over a few consecutive parts
at a time (``table(name, parts=range(first, stop))``) and only its small
result be kept: :meth:`StoredAnalysis.per_part` runs it over groups of parts
of about :data:`GROUP_ARTICLES` articles and gathers those results in a
temporary DuckDB table for a final query to merge, so the join's state is that
of one group, not of the whole corpus, and a corpus of many small parts takes
few queries.
"""
from __future__ import annotations

import functools
import itertools
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, Sequence

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis.paths import resolve
from analysis.stats.groups import article_weights
from analysis.pipeline.stored import (
    TEXT_COLUMNS, _as_probe, _check_request, _complete_manifest, _date_filter, _part_files, _probe, _scan,
)

# DuckDB spills sorts and joins bigger than its memory limit here.
SPILL_FOLDER = Path(tempfile.gettempdir()) / "analysis-duckdb"
# StoredAnalysis.rows filters by a literal list of up to this many doc_ids (pushed into the Parquet reader).
LITERAL_DOC_IDS = 1_000
_GATHERED = itertools.count(1)  # names of per_part's temporary tables
# per_part merges its gathered rows with ``combine`` once they pass twice the rows of the last merge and this many.
COMBINE_ROWS = 200_000
# per_part reads consecutive parts together up to about this many articles a query (one part if bigger): DuckDB's
# state is that of this many articles, and 1M articles in parts of 1,000 take 200 queries, not 1,000. Page 03 at
# 20,000 articles: aggregation cells peak 0.51 GB with 5,000 (6.5 s CPU), 0.72 GB with 20,000 (6.1 s).
GROUP_ARTICLES = 5_000


@dataclass
class StoredAnalysis:
    """An analysis whose row tables stay in Parquet: ``articles`` in pandas, the rest queried with DuckDB.

    ``schemas`` holds each row table's empty frame (its columns and dtypes as
    ``analyze`` gives them; ``article_schema`` the articles'); ``files`` the
    part files of every table, articles too, in corpus order.
    """

    articles: pd.DataFrame
    rejects: pd.DataFrame
    options: dict[str, Any]
    folder: Path
    files: Mapping[str, tuple[str, ...]]
    schemas: Mapping[str, pd.DataFrame]
    article_schema: pd.DataFrame
    connection: duckdb.DuckDBPyConnection = field(repr=False)
    fetched: list[tuple[str, int]] = field(default_factory=list)
    parts_read: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)

    @property
    def table_names(self) -> list[str]:
        """The row tables this analysis holds (those of its steps, sentences first)."""
        return list(self.schemas)

    def table(self, name: str, columns: Sequence[str] | None = None, *, parts: range | None = None) -> str:
        """SQL for one row table, restricted to the articles of ``articles``, with ``_part`` and ``_row`` (corpus order);
        with ``parts`` (a range of consecutive part numbers, 1 to :meth:`part_count`, as :meth:`per_part` hands them),
        its rows in those parts only (``_part`` the same as in the whole table).

        Use it in a FROM clause: ``stored.query(f"SELECT count(*) FROM {stored.table('sentences')}")``.
        """
        if name not in self.schemas:
            raise KeyError(f"stored analysis has no table {name!r}; it has {self.table_names} (open it with the step "
                           "that makes it)")
        wanted = "*" if columns is None else ", ".join(_quoted(column) for column in columns)
        if parts is None:
            return _parts_sql(self.files[name], wanted, "SELECT doc_id FROM _articles")
        count = len(self.files[name])
        if not isinstance(parts, range) or parts.step != 1 or not 1 <= parts.start < parts.stop <= count + 1:
            raise ValueError(f"parts={parts!r}: expected a non-empty range of consecutive parts within 1 to {count} "
                             f"(the {name} table's), e.g. range(1, 3) for parts 1 and 2")
        return _parts_sql(self.files[name][parts.start - 1:parts.stop - 1], wanted, "SELECT doc_id FROM _articles",
                          first=parts.start)

    def part_count(self, names: Sequence[str]) -> int:
        """How many parts the tables ``names`` have; ValueError unless each has the same part files (by name), as every
        folder written by ``python -m analysis analyze`` has (part k of each table holds the same articles)."""
        listed = {name: [Path(path).name for path in self.files[name]] for name in names}
        first = next(iter(listed.values()))
        differing = [name for name, parts in listed.items() if parts != first]
        if differing:
            raise ValueError(f"{self.folder}: the tables {list(names)} are not written in the same parts "
                             f"({differing} differ from {names[0]}); expected a folder written by python -m analysis analyze")
        return len(first)

    def part_groups(self, names: Sequence[str]) -> list[range]:
        """The parts of the tables ``names`` (checked as :meth:`part_count`) in ranges of consecutive parts holding about
        :data:`GROUP_ARTICLES` articles each (a bigger part alone), by the articles' part files' row counts."""
        count = self.part_count([*names, "articles"])
        groups, start, held = [], 1, 0
        for part, rows in enumerate(self._article_rows, start=1):
            if part > start and held + rows > GROUP_ARTICLES:
                groups.append(range(start, part))
                start, held = part, 0
            held += rows
        return [*groups, range(start, count + 1)]

    @functools.cached_property
    def _article_rows(self) -> tuple[int, ...]:
        """Rows of each articles part file, from its Parquet footer."""
        return tuple(pq.read_metadata(path).num_rows for path in self.files["articles"])

    @contextmanager
    def per_part(self, sql: Callable[[range], str], *, tables: Sequence[str], combine: Callable[[str], str],
                 params: Sequence[Any] | None = None, frames: Mapping[str, pd.DataFrame] | None = None) -> Iterator[str]:
        """The name of a temporary table holding the rows of ``sql(parts)`` for every group of parts of ``tables``
        (:meth:`part_groups`), dropped on exit.

        ``sql(parts)`` must read those tables with ``table(name, parts=parts)``
        (and may use ``_articles``, ``frames`` and ``params`` as
        :meth:`query`), and group or join only rows of the same article: then
        the union over groups is the query over whole tables, while DuckDB
        holds one group's join and groups at a time. ``combine(name)`` is SQL
        merging the rows of table ``name`` into fewer rows of the same columns
        with the same final result (sums and minima per group, the top n of
        the top n); it is applied as the rows pile up (past
        :data:`COMBINE_ROWS`, and twice the rows of its last merge), so the
        table holds about the groups of the whole result, not one set per
        group of parts. A final :meth:`query` over the table merges what is left.
        """
        name = f"_per_part_{next(_GATHERED)}"
        try:
            with self._registered(frames):
                merged_rows = 0
                for index, parts in enumerate(self.part_groups(tables)):
                    verb = f"CREATE TEMP TABLE {name} AS " if index == 0 else f"INSERT INTO {name} "
                    self.connection.execute(verb + sql(parts), list(params or [])).fetchall()
                    rows = self.connection.execute(f"SELECT count(*) FROM {name}").fetchall()[0][0]
                    if rows > max(COMBINE_ROWS, 2 * merged_rows):
                        merged_rows = self._combine(name, combine)
            yield name
        finally:
            self.connection.execute(f"DROP TABLE IF EXISTS {name}").fetchall()
            self.connection.execute(f"DROP TABLE IF EXISTS {name}_combined").fetchall()

    def _combine(self, name: str, combine: Callable[[str], str]) -> int:
        """Replace the rows of temporary table ``name`` by ``combine(name)``'s; how many rows it has then."""
        self.connection.execute(f"CREATE TEMP TABLE {name}_combined AS {combine(name)}").fetchall()
        self.connection.execute(f"DROP TABLE {name}").fetchall()
        self.connection.execute(f"ALTER TABLE {name}_combined RENAME TO {name}").fetchall()
        return self.connection.execute(f"SELECT count(*) FROM {name}").fetchall()[0][0]

    @contextmanager
    def _registered(self, frames: Mapping[str, pd.DataFrame] | None) -> Iterator[None]:
        """``_articles`` (doc_id, weight) and ``frames`` registered in the connection while inside."""
        weights = article_weights(self.articles)
        self.connection.register("_articles", pd.DataFrame({"doc_id": weights.index.to_numpy(dtype="str"),
                                                            "weight": weights.to_numpy()}))
        for name, frame in (frames or {}).items():
            self.connection.register(name, frame)
        try:
            yield
        finally:
            for name in [*(frames or {}), "_articles"]:
                self.connection.unregister(name)

    def query(self, sql: str, *, what: str, params: Sequence[Any] | None = None,
              frames: Mapping[str, pd.DataFrame] | None = None) -> pd.DataFrame:
        """The result of ``sql`` as pandas, logged in ``fetched`` as ``(what, rows)``.

        ``_articles`` (doc_id, weight: 1.0 unless the articles are weighted)
        is always defined; ``frames`` registers more small pandas tables by name.
        """
        with self._registered(frames):
            result = self.connection.execute(sql, list(params or [])).df()
        self.fetched.append((what, len(result)))
        return result

    def count(self, name: str) -> int:
        """Rows of one table (of the articles kept)."""
        return int(self.query(f"SELECT count(*) AS n FROM {self.table(name, ['doc_id'])}", what=f"count {name}")["n"].iloc[0])

    def rows(self, name: str, doc_ids: Sequence[str], columns: Sequence[str] | None = None) -> pd.DataFrame:
        """Every row of ``name`` (``articles`` too, with its text) for a few articles, in corpus order and in the
        dtypes ``open_analysis`` gives; logged in ``fetched``.

        Two DuckDB scans keep memory to the rows asked for: the first reads
        only ``doc_id`` to find the parts that hold those articles, the second
        reads the other columns from those parts alone, with the ``doc_id``
        filter pushed into the Parquet reader, so the texts of other articles
        are skipped, not turned into Arrow or pandas.
        """
        schema = self._schema(name)
        names = list(schema.columns) if columns is None else list(columns)
        wanted = pd.DataFrame({"doc_id": sorted({str(doc_id) for doc_id in doc_ids})}, dtype="str")
        files = self.files[name]
        self.connection.register("_wanted", wanted)
        try:
            parts = [] if not len(wanted) else self.connection.execute(
                f"SELECT DISTINCT _part FROM {self._located(files, ['doc_id'], wanted)} ORDER BY _part").fetchall()
            chosen = [files[part - 1] for (part,) in parts]
            frame = schema[names] if not chosen else self.connection.sql(
                f"SELECT {', '.join(_quoted(column) for column in names)} FROM {self._located(chosen, names, wanted)} "
                "ORDER BY _part, _row").to_arrow_table().to_pandas()
        finally:
            self.connection.unregister("_wanted")
        self.parts_read.append((name, tuple(chosen)))
        self.fetched.append((f"rows of {name}", len(frame)))
        return _as_probe(frame, schema[names])

    def _located(self, files: Sequence[str], columns: Sequence[str], wanted: pd.DataFrame) -> str:
        """SQL for ``columns`` of the rows of ``files`` whose doc_id is in ``wanted``, with ``_part`` and ``_row``;
        up to :data:`LITERAL_DOC_IDS` doc_ids go in as a literal list, which DuckDB pushes into the Parquet scan (more are
        joined from the registered frame ``_wanted``)."""
        listed = _sql_list(wanted["doc_id"].tolist())[1:-1] if len(wanted) <= LITERAL_DOC_IDS else "SELECT doc_id FROM _wanted"
        return _parts_sql(files, ", ".join(_quoted(column) for column in dict.fromkeys(["doc_id", *columns])), listed)

    def article_chunks(self, columns: Sequence[str] | None = None, *, batch_rows: int = 2_000) -> Iterator[pd.DataFrame]:
        """The articles of ``articles`` with their text (or ``columns``), in corpus order, up to ``batch_rows`` at a
        time, for work over every text that streams (``find_stories(None, chunks=...)``, KWIC, keyness).

        Read part by part, one Parquet row group at a time, decoded only when
        the reader asks for the next chunk: a pyarrow dataset scan reads ahead,
        so behind a slow reader (term counting, story sketches) the texts of the
        whole corpus piled up in memory (~4.5 KB per article), and a reader that
        stops early (KWIC's ``limit``) had read far more than it used.
        The kept doc_ids are one Python set, looked up per row: ``pyarrow.compute.is_in`` would hash the whole
        set again for every batch (~0.25 s per batch at 1M articles, so a cost growing with the corpus squared).
        """
        names = list(self.article_schema.columns) if columns is None else list(columns)
        kept = frozenset(self.articles["doc_id"].astype("str").tolist())
        schema = self.article_schema[names]
        for path in self.files["articles"]:
            part = pq.ParquetFile(path)
            try:
                for batch in part.iter_batches(batch_size=batch_rows, columns=list(dict.fromkeys(["doc_id", *names])),
                                               use_threads=False):
                    wanted = pa.array([doc_id in kept for doc_id in batch.column("doc_id").to_pylist()], type=pa.bool_())
                    batch = batch.filter(wanted).select(names)
                    if batch.num_rows:
                        yield _as_probe(batch.to_pandas(), schema)
            finally:
                part.close()

    def _schema(self, name: str) -> pd.DataFrame:
        if name == "articles":
            return self.article_schema
        if name not in self.schemas:
            raise KeyError(f"stored analysis has no table {name!r}; it has {self.table_names}")
        return self.schemas[name]

    def __getattr__(self, name: str) -> Any:
        schemas = self.__dict__.get("schemas", {})
        if name in schemas:
            raise AttributeError(f"the {name!r} table of stored tables is not loaded into pandas: aggregate it with "
                                 "analysis.pipeline.aggregate, or use open_analysis(tables=...) for whole tables")
        raise AttributeError(f"StoredAnalysis has no attribute {name!r}")


def open_stored(
    tables: str | Path,
    *,
    steps: Sequence[str] | None = None,
    load_options: Mapping[str, Any] | None = None,
    memory_limit: str | None = None,
    threads: int = 1,
    **options: Any,
) -> StoredAnalysis:
    """The :class:`StoredAnalysis` of ``steps`` from a complete tables folder (options checked as ``open_analysis``).

    ``memory_limit`` caps DuckDB (e.g. ``"2GB"``; default DuckDB's, 80% of
    RAM); bigger sorts and joins spill to a temporary folder. ``threads`` is
    DuckDB's: with more than one, floating-point sums are added in the order
    the threads finish, so a figure can differ in its last digits from run to
    run (and a rounded one flip); the default, one, gives the same numbers on
    every run.
    """
    load = dict(load_options or {})
    folder = resolve(tables)
    manifest = _complete_manifest(folder)
    options = {key: value for key, value in options.items() if key not in ("cache", "cache_dir", "workers")}
    probe = _probe(steps, options)
    _check_request(folder, manifest, probe, steps=steps, load=load)
    columns = [column for column in probe.articles.columns if column not in TEXT_COLUMNS]
    articles = _as_probe(_scan(folder, manifest, "articles", columns=columns, where=_date_filter(load)),
                         probe.articles[columns])
    rejects = _as_probe(_scan(folder, manifest, "rejects", columns=list(probe.rejects.columns)), probe.rejects)
    files = {name: tuple(_part_files(folder, manifest, name)) for name in ["articles", *probe.tables]}
    pa.default_memory_pool().release_unused()  # the scans' buffers: Arrow's allocator keeps freed pages otherwise
    empty = [name for name, parts in files.items() if not parts]
    if empty:
        raise FileNotFoundError(f"{folder}: no Parquet parts for {empty}; expected a folder written by python -m analysis analyze")
    return StoredAnalysis(
        articles=articles, rejects=rejects, options=probe.options, folder=folder, files=files,
        schemas=probe.tables, article_schema=probe.articles, connection=_connect(memory_limit, threads=threads),
    )


def _connect(memory_limit: str | None, *, threads: int = 1) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection of ``threads`` threads that spills to :data:`SPILL_FOLDER` (and keeps to
    ``memory_limit`` when given)."""
    if threads < 1:
        raise ValueError(f"threads={threads!r}: expected a whole number of at least 1")
    SPILL_FOLDER.mkdir(parents=True, exist_ok=True)
    config: dict[str, Any] = {"temp_directory": str(SPILL_FOLDER), "threads": threads}
    if memory_limit:
        config["memory_limit"] = memory_limit
    return duckdb.connect(":memory:", config=config)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _parts_sql(files: Sequence[str], selected: str, doc_ids: str, *, first: int = 1) -> str:
    """SQL for the ``selected`` columns of the Parquet ``files``' rows whose doc_id is in ``doc_ids`` (a subquery or a
    literal list), with ``_part`` (``first`` for the first of ``files``, then counting up) and ``_row`` (its row in the
    file)."""
    listed = _sql_list(files)
    return (f"(SELECT {selected}, list_position({listed}, filename) + {int(first) - 1} AS _part, file_row_number AS _row "
            f"FROM read_parquet({listed}, filename = true, file_row_number = true) WHERE doc_id IN ({doc_ids}))")


def _sql_list(values: Sequence[str]) -> str:
    """A SQL list literal of strings: ``['a', 'b']``."""
    return "[" + ", ".join("'" + value.replace("'", "''") + "'" for value in values) + "]"
