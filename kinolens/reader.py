"""Input records for `batch`: JSONL, CSV, a folder of .txt files, one text file.

Readers stream: one record at a time, whatever the input size. A record that
cannot be read becomes an `InputRecord` with `error` set, never an exception,
so a batch goes on past it.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

from . import errors
from .text.clean import decode


@dataclass
class InputRecord:
    id: str
    text: Optional[str] = None
    meta: dict = field(default_factory=dict)
    error: Optional[str] = None


def read_jsonl(stream, name: str = "input") -> Iterator[InputRecord]:
    """Lines `{"id": ..., "text": ...}`; other fields go to `meta`."""
    for number, raw in enumerate(stream, 1):
        fallback = f"{name}:{number}"
        try:
            line = decode(raw) if isinstance(raw, bytes) else raw
        except errors.InputError as exc:
            yield InputRecord(fallback, error=str(exc))
            continue
        if not line.strip():
            continue
        yield parse_json_record(line, fallback)


def parse_json_record(line: str, fallback: str) -> InputRecord:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputRecord(fallback, error=errors.BAD_JSON.format(reason=exc.msg))
    if not isinstance(data, dict):
        return InputRecord(fallback, error=errors.NOT_OBJECT.format(kind=type(data).__name__))
    rid = str(data.pop("id", fallback))
    if "text" not in data:
        return InputRecord(rid, meta=data, error=errors.NO_TEXT)
    text = data.pop("text")
    if not isinstance(text, str):
        return InputRecord(rid, meta=data, error=errors.TEXT_NOT_STRING.format(kind=type(text).__name__))
    return InputRecord(rid, text, data)


def read_csv(path: Path, text_column: str = "text", id_column: str = "id") -> Iterator[InputRecord]:
    with open(path, "rb") as f:
        head = f.read(1 << 16)
    encoding = "utf-8-sig"
    try:
        head.decode("utf-8-sig")
    except UnicodeDecodeError:
        encoding = "cp1251"
    with open(path, encoding=encoding, newline="", errors="replace") as f:
        rows = csv.DictReader(f)
        if rows.fieldnames is None or text_column not in rows.fieldnames:
            yield InputRecord(path.name, error=f"CSV has no column {text_column!r}")
            return
        for number, row in enumerate(rows, 1):
            rid = str(row.pop(id_column, None) or f"{path.name}:{number}")
            text = row.pop(text_column)
            yield InputRecord(rid, text, row) if text is not None else InputRecord(rid, error=errors.NO_TEXT)


def read_text_file(path: Path, rid: Optional[str] = None) -> InputRecord:
    rid = rid or path.stem
    try:
        return InputRecord(rid, decode(path.read_bytes()), {"path": str(path)})
    except errors.InputError as exc:
        return InputRecord(rid, error=str(exc))
    except OSError as exc:
        return InputRecord(rid, error=f"cannot read file: {exc.strerror}")


def read_folder(path: Path) -> Iterator[InputRecord]:
    for file in sorted(path.rglob("*.txt")):
        yield read_text_file(file, str(file.relative_to(path).with_suffix("")))


def read_records(source: str, text_column: str = "text", id_column: str = "id") -> Iterator[InputRecord]:
    """Records from a path (.jsonl, .csv, folder, .txt) or '-' for JSONL on stdin."""
    if source == "-":
        yield from read_jsonl(io.BufferedReader(sys.stdin.buffer), "stdin")
        return
    path = Path(source)
    if not path.exists():
        raise errors.InputError(f"{source}: no such file or folder")
    if path.is_dir():
        yield from read_folder(path)
    elif path.suffix.lower() == ".csv":
        yield from read_csv(path, text_column, id_column)
    elif path.suffix.lower() in (".jsonl", ".json", ".ndjson"):
        with open(path, "rb") as f:
            yield from read_jsonl(f, path.name)
    else:
        yield read_text_file(path)
