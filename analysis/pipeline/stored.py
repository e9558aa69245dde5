"""Analyses opened from stored tables: what ``python -m analysis analyze`` wrote, read without re-analysing.

``open_analysis(tables=DIR, steps=..., load_options=..., **options)`` returns
the :class:`~analysis.pipeline.spine.Analysis` that ``analyze`` would return
for the same corpus, steps and options (articles with those steps' metrics,
every table of those steps, rejects), read from the Parquet datasets of a
complete tables folder; ``open_analysis(corpus=PATH, ...)`` loads and
analyses instead. ``open_corpus`` does the same for a
:class:`~analysis.corpus.loading.Corpus`.

Tables are read with pyarrow dataset scans over the parts the manifest lists:
only the columns the steps own, and with ``since``/``until`` the date filter
is pushed into the scan of ``articles`` and the other tables are scanned for
the kept ``doc_id`` values, so nothing outside the request is turned into
pandas. A request the stored tables cannot answer (a step they lack, an
option or load option they were computed without) is an
:class:`~analysis.errors.OptionError` naming the difference. Tables too big
for pandas stay on disk with :func:`analysis.pipeline.lazy.open_stored` and
are aggregated by DuckDB (:mod:`analysis.pipeline.aggregate`).
"""
from __future__ import annotations

import hashlib
from dataclasses import fields as dataclass_fields, replace
from pathlib import Path
from typing import Any, Mapping, Sequence

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds

from analysis.corpus.loading import ARTICLE_COLUMNS, Corpus, LoadOptions, load_corpus
from analysis.errors import OptionError
from analysis.paths import resolve
from analysis.pipeline.cache import option_fingerprint
from analysis.pipeline.parts import MANIFEST, part_name, read_manifest
from analysis.pipeline.spine import REGISTERED_STEPS, Analysis, analyze
from analysis.pipeline.steps import plan_steps, step_names

# Article columns left on disk unless asked for: the text and the story furniture.
TEXT_COLUMNS = ("text", "header", "trailer")
# Load options applied to stored tables as filters; every other load option must be the one the tables were made with.
FILTER_OPTIONS = ("since", "until", "drop_undated")


def open_analysis(
    corpus: str | Path | Corpus | None = None,
    tables: str | Path | None = None,
    *,
    steps: Sequence[str] | None = None,
    load_options: Mapping[str, Any] | None = None,
    doc_ids: Sequence[str] | None = None,
    **options: Any,
) -> Analysis:
    """The analysis of ``steps`` from stored ``tables`` when given (``corpus`` is then not read), else of ``corpus``.

    ``options`` are step options as for :func:`~analysis.pipeline.spine.analyze`
    (``cache``, ``workers`` too, for a corpus); with ``tables`` they must be
    those the tables were computed with. ``doc_ids`` keeps only those articles
    (stored: every scan is filtered by them, so only their rows are read).
    """
    load = dict(load_options or {})
    if not tables:
        if corpus is None or (isinstance(corpus, str) and not corpus):
            raise OptionError("open_analysis: give corpus= (a folder or file of articles) or tables= (a folder written by "
                              "python -m analysis analyze)")
        loaded = corpus if isinstance(corpus, Corpus) else load_corpus(resolve(corpus), **load)
        if doc_ids is not None:
            loaded = replace(loaded, articles=loaded.articles[loaded.articles["doc_id"].isin(set(doc_ids))]
                             .reset_index(drop=True))
        return analyze(loaded, steps=steps, **options)
    folder = resolve(tables)
    manifest = _complete_manifest(folder)
    options = {key: value for key, value in options.items() if key not in ("cache", "cache_dir", "workers")}
    probe = _probe(steps, options)
    _check_request(folder, manifest, probe, steps=steps, load=load)
    where = _date_filter(load)
    if doc_ids is not None:
        chosen = ds.field("doc_id").isin(pa.array(sorted({str(doc_id) for doc_id in doc_ids}), type=pa.string()))
        where = chosen if where is None else where & chosen
    articles = _scan(folder, manifest, "articles", columns=list(probe.articles.columns), where=where)
    articles = _as_probe(articles, probe.articles)
    kept = None if where is None else pa.array(articles["doc_id"].tolist(), type=pa.string())
    doc_filter = None if kept is None else ds.field("doc_id").isin(kept)
    tables_read = {name: _as_probe(_scan(folder, manifest, name, columns=list(frame.columns), where=doc_filter), frame)
                   for name, frame in probe.tables.items()}
    rejects = _as_probe(_scan(folder, manifest, "rejects", columns=list(probe.rejects.columns)), probe.rejects)
    return Analysis(articles=articles, rejects=rejects, tables=tables_read, options=probe.options)


def open_corpus(corpus: str | Path | None = None, tables: str | Path | None = None, *, text: bool = True,
                **load_options: Any) -> Corpus:
    """The Corpus of stored ``tables`` when given (articles without metrics, rejects, skipped, date errors), else loaded.

    ``text=False`` leaves the stored articles' text (and story furniture,
    :data:`TEXT_COLUMNS`) on disk: for counts and summaries over a big corpus.
    """
    if not tables:
        if not corpus:
            raise OptionError("open_corpus: give corpus= or tables=")
        return load_corpus(resolve(corpus), **load_options)
    folder = resolve(tables)
    manifest = _complete_manifest(folder)
    _check_load_options(folder, manifest, load_options)
    where = _date_filter(load_options)
    empty = load_corpus_schema()
    columns = [name for name in ARTICLE_COLUMNS if text or name not in TEXT_COLUMNS]
    articles = _as_probe(_scan(folder, manifest, "articles", columns=columns, where=where), empty.articles[columns])
    return Corpus(
        articles=articles,
        rejects=_as_probe(_scan(folder, manifest, "rejects", columns=list(empty.rejects.columns)), empty.rejects),
        root=Path(str(manifest.get("corpus", folder))),
        date_errors=_as_probe(_scan(folder, manifest, "date_errors", columns=list(empty.date_errors.columns)), empty.date_errors),
        n_filtered=int(manifest.get("n_filtered", 0)),
        skipped=_as_probe(_scan(folder, manifest, "skipped", columns=list(empty.skipped.columns)), empty.skipped),
    )


def stored_columns(tables: str | Path, columns: Sequence[str] = ("doc_id", "lang")) -> pd.DataFrame:
    """A few columns of every stored article (e.g. the doc_ids and languages), in corpus order; nothing else is read."""
    folder = resolve(tables)
    manifest = _complete_manifest(folder)
    return _as_probe(_scan(folder, manifest, "articles", columns=list(columns)), load_corpus_schema().articles[list(columns)])


def load_corpus_schema() -> Corpus:
    """An empty Corpus: the columns and dtypes of every load table."""
    from analysis.corpus.results import Batch

    return Batch().corpus(Path("."))


def read_stored_table(folder: Path, name: str) -> pd.DataFrame:
    """One whole table of a tables folder, parts in order (those the manifest lists, when it has one)."""
    manifest = read_manifest(folder) if (folder / MANIFEST).is_file() else {}
    if manifest and manifest.get("complete") is False:
        raise OptionError(f"{folder}: the run that writes these tables has not completed ({len(manifest.get('parts', []))} "
                          f"of {manifest.get('chunks')} parts); run python -m analysis analyze again to finish it")
    if not _part_files(folder, manifest, name):
        raise FileNotFoundError(f"{folder / name}: no Parquet parts; expected a folder written by analyze_to_parquet")
    return _scan(folder, manifest, name)


def manifest_facts(tables: str | Path) -> dict[str, Any]:
    """The tables folder, its corpus fingerprint and the SHA-256 of its manifest (for a report's provenance)."""
    folder = resolve(tables)
    manifest = _complete_manifest(folder)
    return {
        "tables": str(folder),
        "fingerprint": manifest.get("corpus_fingerprint"),
        "manifest_sha256": hashlib.sha256((folder / MANIFEST).read_bytes()).hexdigest(),
        "engine": manifest.get("engine", "local"),
        "tables_corpus": manifest.get("corpus"),
    }


def _complete_manifest(folder: Path) -> dict[str, Any]:
    manifest = read_manifest(folder)
    if manifest.get("complete") is False:
        raise OptionError(f"tables={folder}: the analyze run that writes it has not completed; run it again to finish")
    return manifest


def _part_files(folder: Path, manifest: Mapping[str, Any], name: str) -> list[str]:
    """The table's part files, in order: those the manifest lists, else every part in the folder."""
    if "parts" in manifest:
        names = list(manifest["parts"])
    elif "chunks" in manifest:
        names = [part_name(index) for index in range(int(manifest["chunks"]))]
    else:
        names = sorted(path.name for path in (folder / name).glob("part-*.parquet"))
    return [str(folder / name / part) for part in names if (folder / name / part).is_file()]


def _scan(folder: Path, manifest: Mapping[str, Any], name: str, *, columns: list[str] | None = None,
          where: ds.Expression | None = None) -> pd.DataFrame:
    """A pyarrow dataset scan of one table's parts (projected, filtered) as pandas, parts in order."""
    files = _part_files(folder, manifest, name)
    if not files:
        raise FileNotFoundError(f"{folder / name}: no Parquet parts; expected a folder written by python -m analysis analyze")
    dataset = ds.dataset(files, format="parquet")
    missing = [column for column in columns or () if column not in dataset.schema.names]
    if missing:  # tables written by an older version: say so rather than fail inside pyarrow
        raise OptionError(f"{folder / name}: stored tables lack column(s) {missing}; write them again with "
                          "python -m analysis analyze")
    return dataset.to_table(columns=columns, filter=where).to_pandas()


def _as_probe(frame: pd.DataFrame, probe: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the columns and dtypes ``analyze`` gives (``probe``: its empty result)."""
    missing = sorted(set(probe.columns) - set(frame.columns))
    if missing:
        raise OptionError(f"stored tables lack column(s) {missing}; write them again with python -m analysis analyze")
    return frame[list(probe.columns)].astype(probe.dtypes.to_dict()).reset_index(drop=True)


def _probe(steps: Sequence[str] | None, options: Mapping[str, Any]) -> Analysis:
    """``analyze`` on no articles: the columns, dtypes and resolved options of the requested analysis."""
    empty = load_corpus_schema()
    return analyze(empty, steps=steps, cache=False, **options)


def _check_request(folder: Path, manifest: Mapping[str, Any], probe: Analysis, *, steps: Sequence[str] | None,
                   load: Mapping[str, Any]) -> None:
    """OptionError unless the stored tables hold the requested steps, computed with the requested options."""
    stored = manifest.get("steps")
    stored_steps = set(step_names(plan_steps(REGISTERED_STEPS if stored is None else stored)))
    wanted = set(step_names(plan_steps(REGISTERED_STEPS if steps is None else steps)))
    if not wanted <= stored_steps:
        raise OptionError(f"tables={folder} hold steps {sorted(stored_steps)}; asked for {sorted(wanted - stored_steps)} too: "
                          "run python -m analysis analyze with those steps")
    stored_options = manifest.get("options", {})
    defaults = _probe(steps, {}).options  # an option an older manifest lacks did not exist yet: its default applied
    for name, value in sorted(probe.options.items()):
        if name not in stored_options and name in defaults:
            if option_fingerprint(value) != option_fingerprint(defaults[name]):
                raise OptionError(f"tables={folder} were written before option {name} existed, so with its default "
                                  f"{name}={defaults[name]!r}, not {value!r}: drop {name} or run python -m analysis "
                                  f"analyze --option {name}=... again")
            continue
        if option_fingerprint(value) != option_fingerprint(stored_options.get(name)):
            raise OptionError(f"tables={folder} were computed with {name}={stored_options.get(name)!r}, not {value!r}: "
                              f"pass {name}={stored_options.get(name)!r} or run python -m analysis analyze --option {name}=...")
    _check_load_options(folder, manifest, load)


def _check_load_options(folder: Path, manifest: Mapping[str, Any], load: Mapping[str, Any]) -> None:
    """Load options other than since/until/drop_undated must be those the tables were loaded with."""
    LoadOptions.from_kwargs(load)
    stored = _set_load_options(manifest.get("load_options", {}))
    asked = _set_load_options(load)
    if asked != stored:
        raise OptionError(f"tables={folder} were loaded with {stored or 'default load options'}, not {asked or 'the defaults'}: "
                          "run python -m analysis analyze with --load for these options")


def _set_load_options(options: Mapping[str, Any]) -> dict[str, Any]:
    """The load options that differ from their defaults, filters left out: an option an older manifest lacks
    counts as its default, and asking for a default explicitly is the same as not asking."""
    defaults = {item.name: item.default for item in dataclass_fields(LoadOptions)}
    return {key: value for key, value in options.items()
            if key not in FILTER_OPTIONS and value is not None and not (key in defaults and value == defaults[key])}


def _date_filter(load: Mapping[str, Any]) -> ds.Expression | None:
    """The since/until/drop_undated filter of the loader as a pyarrow expression on ``date`` (None without one)."""
    options = LoadOptions.from_kwargs({key: load[key] for key in FILTER_OPTIONS if key in load})
    if options.since is None and options.until is None:
        return None
    date = ds.field("date")
    conditions = []
    if options.since is not None:
        conditions.append(date >= _stamp(options.since))
    if options.until is not None:
        whole_day = options.until == options.until.normalize()
        conditions.append(date < _stamp(options.until + pd.Timedelta(days=1)) if whole_day else date <= _stamp(options.until))
    dated = conditions[0] if len(conditions) == 1 else conditions[0] & conditions[1]
    return dated if options.drop_undated else (dated | date.is_null())


def _stamp(value: pd.Timestamp) -> pa.Scalar:
    """A pandas timestamp as a pyarrow nanosecond timestamp scalar."""
    return pa.scalar(pd.Timestamp(value).as_unit("ns").value, type=pa.timestamp("ns"))
