"""A hostile corpus made at test time (no committed binaries): every kind of input that once broke the loader.

:func:`make_hostile_corpus` writes the files into a folder and returns what
each entry must become: ``"article"``, ``"reject"`` or ``"skipped"`` (with the
reason for rejects and skips where it is fixed).
"""
from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

STORY = "PARIS (AFP) - The minister said on Tuesday that talks would go on."
N_GZIP_RECORDS = 2500


def make_hostile_corpus(folder: Path) -> dict[str, tuple[str, str | None]]:
    """Write the hostile corpus into ``folder``; return {relative path: (outcome, reason or None)}."""
    folder.mkdir(parents=True, exist_ok=True)
    outside = folder.parent / f"{folder.name}-outside.txt"
    outside.write_text("A story that lives outside the corpus folder.", encoding="utf-8")
    expected: dict[str, tuple[str, str | None]] = {}

    def write(name: str, data: bytes | str, outcome: str, reason: str | None = None) -> None:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        expected[os.fsencode(name).decode("utf-8", "replace")] = (outcome, reason)  # as the loader shows it

    write("good.txt", STORY + "\n", "article")
    write("deep.json", "[" * 200_000 + "]" * 200_000, "reject", "json over limits")
    write("deep.jsonl", '{"text": ' + "[" * 200_000 + "]" * 200_000 + "}\n", "reject", "json over limits")
    write("bigint.jsonl", '{"text": "A story with a big number.", "n": ' + "7" * 5000 + "}\n", "reject", "json over limits")
    write("bigint.json", '[{"text": "Another story.", "n": ' + "7" * 5000 + "}]", "reject", "json over limits")
    write("surrogate.jsonl", '{"text": "A lone surrogate \\ud800 inside a story."}\n', "article")
    write("infinity.jsonl", '{"text": Infinity}\n', "reject", "text not text")
    write("mixed-list.jsonl", '{"text": ["a", 1, null]}\n', "reject", "text not text")
    write("number.json", '[{"text": 12}]', "reject", "text not text")
    accents = "Le café de José à Montréal a rouvert ses portes, a déclaré la maire. " * 20
    write("mostly-utf8.txt", ("PARIS (AFP) - " + accents).encode("utf-8") + b"\xff\xfe tail.", "article")
    write("cp1252.txt", ("PARIS (AFP) - " + accents).encode("cp1252"), "article")
    write("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "reject", "binary file")
    write(os.fsdecode(b"caf\xe9-latin1-name.txt"), "PARIS (AFP) - A story whose file name is not UTF-8.", "article")
    records = "\n".join(json.dumps({"text": f"Story number {index} about the harbour."}) for index in range(N_GZIP_RECORDS))
    packed = gzip.compress((records + "\n").encode("utf-8"))
    write("truncated.jsonl.gz", packed[: len(packed) * 2 // 3], "article")  # and a "damaged file" reject
    write("README.txt", "Not an article.", "skipped")
    write("authors.csv", "name\nJane\n", "skipped")
    write("Notice.jsonl", '{"text": "legal"}\n', "skipped")
    write(".hidden.txt", "hidden", "skipped", "hidden file")
    write(".hidden-folder/inside.txt", "hidden too", "skipped", "hidden folder")
    expected.pop(".hidden-folder/inside.txt")
    expected[".hidden-folder"] = ("skipped", "hidden folder")
    write("metadata.csv", "file,title\ngood.txt,Good\nmissing.txt,Gone\n../../etc/passwd,Escape\n", "skipped")
    write("sub/nested.txt", "LONDON (Reuters) - A nested story about the port strike.", "article")

    os.mkfifo(folder / "fifo.txt")
    expected["fifo.txt"] = ("reject", "not a regular file")
    _link(folder, "zero.txt", Path("/dev/zero"), expected, ("reject", "link out of corpus"))
    _link(folder, "outside.txt", outside, expected, ("reject", "link out of corpus"))
    _link(folder, "broken.txt", folder / "no-such-file.txt", expected, ("reject", "broken link"))
    _link(folder, "linked-folder", folder / "sub", expected, ("skipped", "linked folder, not followed"))
    _link(folder, "inner-link.txt", folder / "good.txt", expected, ("reject", None))  # a duplicate of good.txt
    return expected


def _link(folder: Path, name: str, target: Path, expected: dict, outcome: tuple[str, str | None]) -> None:
    (folder / name).symlink_to(target)
    expected[name] = outcome


def walked_entries(folder: Path) -> set[str]:
    """Every entry a walk of ``folder`` sees, as relative posix paths (hidden and linked folders not entered)."""
    seen: set[str] = set()
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts[:-1]) or _under_link(folder, rel):
            continue
        if path.is_dir() and not path.is_symlink() and not path.name.startswith("."):
            continue
        seen.add(os.fsencode(rel.as_posix()).decode("utf-8", "replace"))
    return seen


def _under_link(folder: Path, rel: Path) -> bool:
    return any((folder / Path(*rel.parts[:depth])).is_symlink() for depth in range(1, len(rel.parts)))
