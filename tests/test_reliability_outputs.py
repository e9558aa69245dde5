"""--out never destroys what the tool did not write; killed runs leave nothing that piles up; exit codes 0/1/2/3."""
from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from analysis.__main__ import EXIT_ERROR, EXIT_USAGE, main
from analysis.outputs import BUILDING_MARKER, ERROR_LOG, remove_stale_builds
from analysis.paths import ROOT, SEEDS, SHARED_CORPUS


def _thesis(folder: Path) -> Path:
    (folder / "docs").mkdir(parents=True)
    thesis = folder / "docs" / "thesis.txt"
    thesis.write_text("years of work", encoding="utf-8")
    return thesis


def _snapshot(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


@pytest.mark.parametrize("command", ["report", "analyze"])
def test_out_naming_a_folder_the_tool_did_not_write_is_refused_and_untouched(tmp_path, capsys, command):
    out = tmp_path / "v"
    thesis = _thesis(out)
    before = _snapshot(tmp_path)
    status = main([command, "--corpus", str(SEEDS), "--out", str(out)] + (["--no-cache"] if command == "analyze" else []))
    assert status == EXIT_USAGE
    assert "was not written by this tool" in capsys.readouterr().err
    assert thesis.read_text(encoding="utf-8") == "years of work"
    assert _snapshot(tmp_path) == before


@pytest.mark.parametrize("command", ["report", "analyze"])
def test_out_naming_a_file_is_refused(tmp_path, capsys, command):
    out = tmp_path / "notes.txt"
    out.write_text("keep me", encoding="utf-8")
    status = main([command, "--corpus", str(SEEDS), "--out", str(out)] + (["--no-cache"] if command == "analyze" else []))
    assert status == EXIT_USAGE and out.read_text(encoding="utf-8") == "keep me"


def test_analyze_replaces_its_own_output_and_an_empty_folder(tmp_path):
    out = tmp_path / "tables"
    out.mkdir()
    assert main(["analyze", "--corpus", str(SEEDS), "--out", str(out), "--no-cache"]) == 0
    assert (out / "manifest.json").is_file()
    (out / "articles" / "extra.txt").write_text("left by a user inside our folder", encoding="utf-8")
    assert main(["analyze", "--corpus", str(SEEDS), "--out", str(out), "--no-cache"]) == 0
    assert not (out / "articles" / "extra.txt").exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["tables"]


def test_stale_building_folders_of_dead_runs_are_removed_others_kept(tmp_path):
    out = tmp_path / "tables"
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    try:
        folders = {}
        for label, pid in (("dead", int(finished.stdout)), ("alive", sleeper.pid), ("unmarked", None)):
            folder = tmp_path / f".tables.building-{label}"
            folder.mkdir()
            if pid is not None:
                (folder / BUILDING_MARKER).write_text(json.dumps({"pid": pid, "host": os.uname().nodename}), encoding="utf-8")
            folders[label] = folder
        removed = remove_stale_builds(out)
    finally:
        sleeper.kill()
        sleeper.wait()
    assert removed == [folders["dead"]]
    assert folders["alive"].is_dir() and folders["unmarked"].is_dir()


@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="needs the shared Wikinews corpus")
@pytest.mark.slow  # starts and kills a run on Wikinews
def test_a_killed_analyze_leaves_a_building_folder_that_the_next_run_removes(tmp_path):
    out = tmp_path / "tables"
    command = [sys.executable, "-m", "analysis", "analyze", "--corpus", str(SHARED_CORPUS), "--out", str(out),
               "--no-cache", "--chunk-size", "20"]
    run = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(600):  # wait (at most about a minute) until the run has started building
            if list(tmp_path.glob(".tables.building-*/articles")) or run.poll() is not None:
                break
            time.sleep(0.1)
        os.kill(run.pid, signal.SIGKILL)
    finally:
        run.wait()
    assert list(tmp_path.glob(".tables.building-*")), "the killed run had not started building"
    assert main(["analyze", "--corpus", str(SEEDS), "--out", str(out), "--no-cache"]) == 0
    assert sorted(path.name for path in tmp_path.iterdir()) == ["tables"]


def test_an_unexpected_error_exits_3_with_one_line_and_a_log_in_the_output_folder(tmp_path, capsys, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("a bug deep inside")

    monkeypatch.setattr("analysis.pipeline.batch.analyze_to_parquet", broken)
    out = tmp_path / "tables"
    assert main(["analyze", "--corpus", str(SEEDS), "--out", str(out)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "RuntimeError: a bug deep inside" in err and "Traceback" not in err
    assert "Traceback" in (out / ERROR_LOG).read_text(encoding="utf-8")
    monkeypatch.undo()
    assert main(["analyze", "--corpus", str(SEEDS), "--out", str(out), "--no-cache"]) == 0  # a folder holding only the log is ours


def test_a_full_disk_during_analyze_ends_with_one_line_and_no_half_output(tmp_path):
    out = tmp_path / "tables"
    program = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))\n"
        "from analysis.__main__ import main\n"
        f"sys.exit(main(['analyze', '--corpus', {str(SEEDS)!r}, '--out', {str(out)!r}, '--no-cache']))\n"
    )
    run = subprocess.run([sys.executable, "-c", program], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == EXIT_ERROR
    assert len(run.stderr.strip().splitlines()) == 1 and "cannot write the output" in run.stderr
    assert "Traceback" not in run.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_report_output_ends_with_one_line_and_the_old_report_kept(tmp_path, capsys, monkeypatch, make_notebook):
    notebooks = tmp_path / "notebooks"
    make_notebook(notebooks / "00_only.ipynb", 'corpus: str = "seeds"', "print(1)")
    out = tmp_path / "out"
    out.mkdir()
    (out / "provenance.json").write_text("{}", encoding="utf-8")

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(out))

    monkeypatch.setattr("analysis.report.runner.write_index", no_space)
    monkeypatch.setattr("analysis.report.runner.run_papermill", lambda *args, **kwargs: None)
    status = main(["report", "--corpus", str(SEEDS), "--out", str(out), "--notebooks-dir", str(notebooks)])
    err = capsys.readouterr().err
    assert status == EXIT_ERROR
    assert "No space left on device" in err and "Traceback" not in err
    assert [path.name for path in out.iterdir()] == ["provenance.json"]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["notebooks", "out"]
