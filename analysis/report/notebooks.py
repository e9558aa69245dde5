"""Notebook tooling: execute a notebook with papermill, strip run metadata, check hygiene.

Committed notebooks are executed top to bottom with their default parameters,
keep their outputs, execution counts and cell tags, and carry no papermill or
timing metadata, so a diff shows what changed in the results and nothing else.

Command line (from the repo root)::

    python -m analysis.report.notebooks execute notebooks/00_corpus.ipynb [...]
    python -m analysis.report.notebooks strip notebooks/00_corpus.ipynb [...]
    python -m analysis.report.notebooks check [notebooks/00_corpus.ipynb ...]
    python -m analysis.report.notebooks params [notebooks/00_corpus.ipynb ...]
"""
from __future__ import annotations

import argparse
import ast
import io
import logging
import os
import re
import sys
import tempfile
import tokenize
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat

from analysis.paths import NOTEBOOKS, PACKAGE_DIR, ROOT


@dataclass
class NotebookRun:
    """What happened to one notebook in a report run."""

    name: str
    status: str = "pending"  # ok / failed
    seconds: float = 0.0
    error: str = ""
    parameters: dict[str, Any] = field(default_factory=dict)
    figures: list[str] = field(default_factory=list)
    html: str = ""


KERNEL_NAME = "python3"
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": KERNEL_NAME}
LANGUAGE_INFO = {"name": "python", "pygments_lexer": "ipython3"}
PARAMETERS_TAG = "parameters"
_DROPPED_TAGS = {"injected-parameters", "papermill-error-cell-tag"}
_RUN_METADATA = ("papermill", "execution", "collapsed", "scrolled", "ExecuteTime")
_NOTEBOOK_NAME = re.compile(r"^\d\d_[A-Za-z0-9_]+\.ipynb$")
_ABSOLUTE_PATH = re.compile(
    r"(?:^|[\s'\"(=\[,:])(/(?:home|root|tmp|work|Users|private|var/folders|mnt|opt)/[^\s'\"]*"
    r"|[A-Za-z]:\\\\?(?:Users|Documents and Settings)\\[^\s'\"]*)"
)


def notebook_paths(folder: Path = NOTEBOOKS) -> list[Path]:
    """The suite's notebooks in run order: ``NN_name.ipynb`` files of ``folder``, sorted by name."""
    return sorted(path for path in Path(folder).glob("*.ipynb") if _NOTEBOOK_NAME.match(path.name))


def parameters_cell(nb: nbformat.NotebookNode) -> nbformat.NotebookNode | None:
    """The first code cell tagged ``parameters``, or None."""
    for cell in nb.cells:
        if cell.cell_type == "code" and PARAMETERS_TAG in cell.metadata.get("tags", []):
            return cell
    return None


def parse_parameters(source: str, *, where: str = "parameters cell") -> dict[str, Any]:
    """Names and literal default values of a parameters cell (``name: type = literal`` lines).

    Raises ValueError naming the line when a statement is not an assignment
    of one name to a Python literal (papermill can only override literals).
    """
    try:
        tree = ast.parse(source)
    except SyntaxError as error:
        raise ValueError(f"{where} line {error.lineno}: not valid Python ({error.msg})") from error
    values: dict[str, Any] = {}
    for statement in tree.body:
        target, value = _assignment(statement)
        if target is None or value is None:
            raise ValueError(
                f"{where} line {statement.lineno}: expected 'name: type = literal', "
                f"got {ast.get_source_segment(source, statement)!r}"
            )
        try:
            values[target] = ast.literal_eval(value)
        except ValueError as error:
            raise ValueError(
                f"{where} line {statement.lineno}: {target} must be a literal "
                f"(derive computed values in the next cell), got {ast.get_source_segment(source, value)!r}"
            ) from error
    return values


def _assignment(statement: ast.stmt) -> tuple[str | None, ast.expr | None]:
    if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
        return statement.target.id, statement.value
    if isinstance(statement, ast.Assign) and len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Name):
        return statement.targets[0].id, statement.value
    return None, None


def declared_parameters(path: Path) -> dict[str, Any]:
    """The parameters a notebook declares, with their default values (empty when it has no parameters cell)."""
    nb = nbformat.read(path, as_version=4)
    cell = parameters_cell(nb)
    if cell is None:
        return {}
    return parse_parameters(cell.source, where=f"{path.name} parameters cell")


def papermill_problems(source: str, *, where: str = "parameters cell") -> list[str]:
    """Parameters of a cell that papermill's own parser does not list with their type and default, one message each.

    Papermill (``PythonTranslator.inspect``) reads one ``name: annotation = value  # help`` per line; an
    annotation with ``|`` (``int | None``) or a second ``=`` on the line (also in the comment) hides the
    parameter from ``papermill --help-notebook`` and makes papermill warn "Passed unknown parameter".
    Write optional parameters as ``year: "Optional[int]" = None  # help``.
    """
    from papermill.translators import PythonTranslator  # heavy import, only when checking

    declared = parse_parameters(source, where=where)
    logger = logging.getLogger("papermill")
    level = logger.level
    logger.setLevel(logging.ERROR)  # its "Unable to parse line" warning is reported below, with the fix
    try:
        listed = {parameter.name: parameter for parameter in PythonTranslator.inspect({"source": source})}
    finally:
        logger.setLevel(level)
    problems = []
    for name, value in declared.items():
        parameter = listed.get(name)
        if parameter is None:
            problems.append(
                f"{where}: papermill cannot read parameter {name!r} (an annotation with '|' or a second '=' "
                f"on its line, comment included); write e.g. 'year: \"Optional[int]\" = None  # help'"
            )
        elif parameter.inferred_type_name == "None":
            problems.append(f"{where}: parameter {name!r} has no type annotation papermill can list")
        elif _literal(parameter.default) != value:
            problems.append(f"{where}: papermill reads the default of {name!r} as {parameter.default!r}, not {value!r}")
    return problems


def _literal(text: str) -> Any:
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text


def parameter_help(path: Path) -> list[tuple[str, Any, str]]:
    """``(name, default, comment)`` for each parameter of a notebook (what ``papermill --help-notebook`` shows)."""
    nb = nbformat.read(path, as_version=4)
    cell = parameters_cell(nb)
    if cell is None:
        return []
    comments = {
        token.start[0]: token.string.lstrip("#").strip()
        for token in tokenize.generate_tokens(io.StringIO(cell.source).readline)
        if token.type == tokenize.COMMENT
    }
    values = parse_parameters(cell.source, where=f"{Path(path).name} parameters cell")
    lines = {_assignment(statement)[0]: statement.lineno for statement in ast.parse(cell.source).body}
    return [(name, value, comments.get(lines[name], "")) for name, value in values.items()]


def strip(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Remove run metadata in place and return ``nb``.

    Drops notebook and cell ``papermill`` metadata, cell ``execution`` timing,
    papermill's injected-parameters and error-marker cells; sets nbformat 4.5,
    a stable kernelspec and language info. Keeps tags, outputs and execution counts.
    """
    nb.cells = [cell for cell in nb.cells if not _DROPPED_TAGS & set(cell.metadata.get("tags", []))]
    for index, cell in enumerate(nb.cells):
        for key in _RUN_METADATA:
            cell.metadata.pop(key, None)
        if "tags" in cell.metadata and not cell.metadata["tags"]:
            del cell.metadata["tags"]
        if not cell.get("id"):
            cell["id"] = f"cell-{index:02d}"
        for output in cell.get("outputs", []):
            output.get("metadata", {}).pop("execution", None)
    for key in ("papermill", "widgets", "toc", "varInspector"):
        nb.metadata.pop(key, None)
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    nb.metadata["language_info"] = dict(LANGUAGE_INFO)
    nb.nbformat, nb.nbformat_minor = 4, 5
    return nb


def write_notebook(nb: nbformat.NotebookNode, path: Path) -> None:
    """Validate and write ``nb`` to ``path`` atomically (temporary file, then rename)."""
    nbformat.validate(nb)
    path = Path(path)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".ipynb", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            nbformat.write(nb, stream)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def strip_file(path: Path) -> None:
    """Strip run metadata from the notebook file at ``path`` (see :func:`strip`)."""
    nb = nbformat.read(path, as_version=4)
    write_notebook(strip(nb), path)


def run_papermill(
    source: Path,
    output: Path,
    *,
    parameters: Mapping[str, Any] | None = None,
    cwd: Path | None = None,
    timeout: int = 600,
) -> nbformat.NotebookNode:
    """Execute ``source`` into ``output`` with papermill on the ``python3`` kernel of this environment.

    ``cwd`` defaults to the notebook's folder (as under nbval and JupyterLab).
    Raises papermill's PapermillExecutionError when a cell fails; ``output``
    then holds the executed notebook with the error.
    """
    import papermill  # heavy import, only when executing

    with _kernel_environment():
        return papermill.execute_notebook(
            str(source),
            str(output),
            parameters=dict(parameters or {}),
            kernel_name=KERNEL_NAME,
            cwd=str(cwd or Path(source).resolve().parent),
            progress_bar=False,
            execution_timeout=timeout,
            extra_arguments=["--IPKernelApp.log_level=ERROR"],  # no kernel start-up chatter on the console
        )


@contextmanager
def _kernel_environment() -> Iterator[None]:
    """Environment the kernel inherits: this package first on PYTHONPATH (the kernel imports the same
    ``analysis`` as the caller, installed or not) and this environment's kernelspec before a user-wide one."""
    saved = {name: os.environ.get(name) for name in ("PYTHONPATH", "JUPYTER_PREFER_ENV_PATH")}
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PACKAGE_DIR.parent), saved["PYTHONPATH"]]))
    os.environ["JUPYTER_PREFER_ENV_PATH"] = "1"
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def execute_in_place(path: Path, *, timeout: int = 600) -> None:
    """Re-execute a committed notebook with its default parameters and strip it, replacing the file.

    The file is replaced only when every cell ran; on failure it is left as it
    was and the executed copy with the error is kept in a temporary folder
    whose path is named in the raised error.
    """
    path = Path(path).resolve()
    work = Path(tempfile.mkdtemp(prefix=f"{path.stem}-"))
    executed = work / path.name
    try:
        run_papermill(path, executed, cwd=path.parent, timeout=timeout)
    except Exception as error:
        raise RuntimeError(f"{path.name}: execution failed ({_one_line(error)}); executed copy kept at {executed}") from error
    nb = nbformat.read(executed, as_version=4)
    write_notebook(strip(nb), path)
    executed.unlink()
    work.rmdir()


def _one_line(error: BaseException) -> str:
    ename, evalue = getattr(error, "ename", None), getattr(error, "evalue", None)
    if ename:
        return f"{ename}: {evalue}".splitlines()[0]
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[-1] if text else ''}"


def check(nb: nbformat.NotebookNode, *, name: str = "notebook") -> list[str]:
    """Hygiene problems of a committed notebook, one message each (empty list when clean).

    Checked: nbformat 4 with the ``python3`` kernelspec; a first code cell tagged
    ``parameters`` holding literals only, each listed by papermill with its type and
    default; every code cell executed, in order, without error outputs; no papermill or timing metadata; no injected cells;
    no absolute paths in sources or outputs.
    """
    problems: list[str] = []
    if nb.nbformat != 4:
        problems.append(f"{name}: nbformat {nb.nbformat}, expected 4")
    if nb.metadata.get("kernelspec", {}).get("name") != KERNEL_NAME:
        problems.append(f"{name}: kernelspec is not {KERNEL_NAME!r}; run 'python -m analysis.report.notebooks strip'")
    if "papermill" in nb.metadata:
        problems.append(f"{name}: notebook metadata has 'papermill'; run 'python -m analysis.report.notebooks strip'")
    problems += _check_parameters(nb, name=name)
    previous = 0
    for index, cell in enumerate(nb.cells):
        where = f"{name} cell {index}"
        problems += _check_cell_metadata(cell, where=where)
        problems += _check_paths(cell, where=where)
        if cell.cell_type != "code" or not cell.source.strip():
            continue
        count = cell.get("execution_count")
        if count is None:
            problems.append(f"{where}: not executed")
        elif count <= previous:
            problems.append(f"{where}: execution count {count} after {previous}; re-run top to bottom")
        previous = count or previous
        if any(output.get("output_type") == "error" for output in cell.get("outputs", [])):
            problems.append(f"{where}: has an error output")
    return problems


def _check_parameters(nb: nbformat.NotebookNode, *, name: str) -> list[str]:
    code_cells = [cell for cell in nb.cells if cell.cell_type == "code"]
    if not code_cells or PARAMETERS_TAG not in code_cells[0].metadata.get("tags", []):
        return [f"{name}: the first code cell must be tagged 'parameters'"]
    try:
        return papermill_problems(code_cells[0].source, where=f"{name} parameters cell")
    except ValueError as error:
        return [str(error)]


def _check_cell_metadata(cell: nbformat.NotebookNode, *, where: str) -> list[str]:
    problems = [f"{where}: metadata has {key!r}" for key in ("papermill", "execution", "ExecuteTime") if key in cell.metadata]
    tags = _DROPPED_TAGS & set(cell.metadata.get("tags", []))
    problems += [f"{where}: papermill cell tagged {tag!r}" for tag in sorted(tags)]
    return problems


def _check_paths(cell: nbformat.NotebookNode, *, where: str) -> list[str]:
    texts = [cell.source, *(_output_text(output) for output in cell.get("outputs", []))]
    problems = []
    for text in texts:
        match = _ABSOLUTE_PATH.search(text) if text else None
        if match:
            problems.append(f"{where}: absolute path {match.group(1)!r}; show paths relative to the project")
        elif text and str(ROOT) in text:
            problems.append(f"{where}: absolute path under {str(ROOT)!r}; show paths relative to the project")
    return problems


def _output_text(output: nbformat.NotebookNode) -> str:
    parts = [output.get("text", "")]
    for mime, value in output.get("data", {}).items():
        if mime.startswith("text/"):
            parts.append(value if isinstance(value, str) else "".join(value))
    parts += output.get("traceback", [])
    return "\n".join(parts)


def check_files(paths: Iterable[Path]) -> list[str]:
    """Hygiene problems of every notebook file in ``paths``."""
    problems: list[str] = []
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        problems += check(nb, name=_display(Path(path)))
    return problems


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return path.name


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``execute``, ``strip`` or ``check`` notebooks (default: all of notebooks/)."""
    parser = argparse.ArgumentParser(prog="python -m analysis.report.notebooks", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for command, text in (
        ("execute", "re-execute in place with default parameters, then strip"),
        ("strip", "remove papermill and timing metadata in place"),
        ("check", "report hygiene problems; exit 1 if any"),
        ("params", "list each notebook's parameters with defaults and help"),
    ):
        sub = commands.add_parser(command, help=text)
        sub.add_argument("paths", nargs="*", type=Path, help="notebooks (default: every NN_*.ipynb in notebooks/)")
        if command == "execute":
            sub.add_argument("--timeout", type=int, default=600, help="seconds per cell (default 600)")
    args = parser.parse_args(argv)
    paths = args.paths or notebook_paths()
    if args.command == "params":
        for path in paths:
            print(f"{_display(Path(path))}:")
            for name, value, comment in parameter_help(path):
                print(f"  {name} = {value!r}" + (f"  # {comment}" if comment else ""))
        return 0
    if args.command == "check":
        problems = check_files(paths)
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"checked {len(paths)} notebook(s): {len(problems)} problem(s)", file=sys.stderr)
        return 1 if problems else 0
    failed = 0
    for path in paths:
        if args.command == "strip":
            strip_file(path)
            print(f"stripped {path}", file=sys.stderr)
            continue
        try:
            execute_in_place(path, timeout=args.timeout)
        except RuntimeError as error:
            failed += 1
            print(f"FAILED {error}", file=sys.stderr)
        else:
            print(f"executed {path}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
