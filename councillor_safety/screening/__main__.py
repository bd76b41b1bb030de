"""Batch scoring from the command line, with no Django settings and no network.

    python -m councillor_safety.screening score IN.csv OUT.csv

IN.csv needs a ``text`` column (an ``id`` column is passed through when present; otherwise the
row number is used). OUT.csv gets ``id,abuse,threat,identity_attack,sexual_harassment,
profanity,flags`` where ``flags`` lists the labels at or over their shipped thresholds,
separated by ``;``. Rows are read and written in chunks, so memory stays flat for any number of
rows. Bad input stops with ``error: line N: ...`` on stderr and exit status 2, and leaves no
output file behind.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from .model import LABELS, Screener

CHUNK_ROWS = 512
MAX_FIELD_CHARS = 10_000_000
OUTPUT_COLUMNS = ("id", *LABELS, "flags")


_SEPARATOR_NAMES = {";": "semicolons", "\t": "tabs", "|": "bars"}


class InputError(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")


def _rows(handle: TextIO) -> Iterator[tuple[int, str, str]]:
    """Yield (line number, id, text) from a CSV with a header row."""
    reader = csv.reader(handle, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(
            1, "the file is empty; expected a header row with a 'text' column"
        ) from None
    except csv.Error as exc:
        raise InputError(reader.line_num or 1, f"malformed CSV: {exc}") from exc
    names = [h.strip().lstrip("\ufeff").lower() for h in header]
    if "text" not in names:
        hint = ""
        if len(header) == 1 and (sep := next((c for c in ";\t|" if c in header[0]), None)):
            # Excel in many locales saves "CSV" with semicolons
            hint = f"; the columns look separated by {_SEPARATOR_NAMES[sep]}, not commas"
        raise InputError(1, f"no 'text' column in the header (found: {', '.join(header)}){hint}")
    text_col = names.index("text")
    id_col = names.index("id") if "id" in names else None
    row_number = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(reader.line_num, f"malformed CSV: {exc}") from exc
        if not row:
            continue  # blank line
        row_number += 1
        if len(row) != len(header):
            raise InputError(
                reader.line_num,
                f"expected {len(header)} fields as in the header, found {len(row)}",
            )
        ident = row[id_col] if id_col is not None else str(row_number)
        yield reader.line_num, ident, row[text_col]


def score_csv(in_path: Path, out_path: Path, screener: Screener | None = None) -> int:
    """Score every row of ``in_path`` into ``out_path``; returns the number of rows.

    The scores are written to a file beside ``out_path`` that takes its name only once every row
    is scored: on bad input no half-written output is left, and a file already there is kept.
    """
    screener = screener or Screener.load()
    if out_path.exists() and not out_path.is_file():  # a pipe or a terminal: "/dev/stdout"
        return _score_into(in_path, out_path, screener)
    target = out_path.resolve()  # a link is kept, and the file it points to replaced
    partial = target.with_name(f".{target.name}.partial")
    try:
        count = _score_into(in_path, partial, screener)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(target)
    return count


def _score_into(in_path: Path, out_path: Path, screener: Screener) -> int:
    csv.field_size_limit(MAX_FIELD_CHARS)
    count = 0
    with (
        in_path.open(newline="", encoding="utf-8-sig") as src,
        out_path.open("w", newline="", encoding="utf-8") as dst,
    ):
        writer = csv.writer(dst)
        writer.writerow(OUTPUT_COLUMNS)
        ids: list[str] = []
        texts: list[str] = []
        try:
            for _line, ident, text in _rows(src):
                ids.append(ident)
                texts.append(text)
                if len(texts) >= CHUNK_ROWS:
                    count += _write(writer.writerow, screener, ids, texts)
                    ids, texts = [], []
        except UnicodeDecodeError as exc:
            bad = _first_line_not_utf8(in_path)
            raise InputError(
                bad,
                f"not valid UTF-8 ({exc.reason}); save the file as UTF-8 "
                "(in Excel: Save As, 'CSV UTF-8')",
            ) from exc
        count += _write(writer.writerow, screener, ids, texts)
    return count


def _first_line_not_utf8(path: Path) -> int:
    """Line number of the first line that does not decode as UTF-8 (decoding runs ahead)."""
    with path.open("rb") as f:
        for number, raw in enumerate(f, start=1):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                return number
    return 1


def _write(
    write_row: Callable[[list[str]], object],
    screener: Screener,
    ids: Sequence[str],
    texts: Sequence[str],
) -> int:
    if not texts:
        return 0
    for ident, result in zip(ids, screener.score_batch(texts), strict=True):
        write_row([ident, *(f"{result.scores[k]:.4f}" for k in LABELS), ";".join(result.flags)])
    return len(texts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m councillor_safety.screening",
        description="Screen texts for abuse, threats, identity attacks, sexual harassment and "
        "profanity. Scores are advice for a person to review, never a decision.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    score = sub.add_parser("score", help="score a CSV with a 'text' column")
    score.add_argument("input", type=Path, help="input CSV (UTF-8) with a 'text' column")
    score.add_argument("output", type=Path, help="output CSV to write")
    args = parser.parse_args(argv)
    if not args.input.is_file():
        print(f"error: {args.input}: no such file", file=sys.stderr)
        return 2
    try:
        rows = score_csv(args.input, args.output)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"scored {rows} rows into {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
