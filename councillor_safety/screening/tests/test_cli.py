"""The batch CLI contract: columns, id passthrough, flags, odd input and clear errors."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from councillor_safety.screening.__main__ import OUTPUT_COLUMNS, main
from councillor_safety.screening.model import LABELS

REPO_ROOT = Path(__file__).resolve().parents[3]


def write(path: Path, content: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(content.encode(encoding))
    return path


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_columns_ids_and_flags(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    with src.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "text", "channel"])
        w.writerow(["m-1", "I know where you live. Watch your back.", "email"])
        w.writerow(["m-2", "Thank you for fixing the streetlight on Mill Lane.", "email"])
    out = tmp_path / "out.csv"
    assert main(["score", str(src), str(out)]) == 0
    with out.open(newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert tuple(header) == OUTPUT_COLUMNS
    assert tuple(header) == ("id", *LABELS, "flags")
    rows = read_rows(out)
    assert [r["id"] for r in rows] == ["m-1", "m-2"]
    for r in rows:
        for label in LABELS:
            assert 0.0 <= float(r[label]) <= 1.0
    assert "threat" in rows[0]["flags"].split(";")
    assert rows[1]["flags"] == ""


def test_row_numbers_used_when_no_id_column(tmp_path: Path) -> None:
    src = write(tmp_path / "in.csv", "text\nhello\nthanks for the help\n")
    out = tmp_path / "out.csv"
    assert main(["score", str(src), str(out)]) == 0
    assert [r["id"] for r in read_rows(out)] == ["1", "2"]


def test_empty_long_and_unicode_texts(tmp_path: Path) -> None:
    long_text = "The bins on our road have not been collected. " * 5000 + "I know where you live."
    texts = [
        "",
        "   ",
        long_text,
        "".join(chr(ord(c) + 0xFEE0) if c != " " else c for c in "I know where you live"),
        "🔪🔪🔪 👀",
        "Cllr Øyvind Müller — merci beaucoup! 谢谢 \u200b\u202e",
        "\x00\x07 control characters",
        "\ud83d",
    ]
    src = tmp_path / "in.csv"
    with src.open("w", newline="", encoding="utf-8", errors="surrogatepass") as f:
        w = csv.writer(f)
        w.writerow(["id", "text"])
        for i, t in enumerate(texts):
            w.writerow([i, t.replace("\x00", "")])
    out = tmp_path / "out.csv"
    code = main(["score", str(src), str(out)])
    if code == 2:  # a lone surrogate is not valid UTF-8: a clear error is the right answer
        src.write_text(
            src.read_text(encoding="utf-8", errors="surrogatepass").replace("\ud83d", "?"),
            encoding="utf-8",
        )
        code = main(["score", str(src), str(out)])
    assert code == 0
    rows = read_rows(out)
    assert len(rows) == len(texts)
    assert rows[0]["flags"] == ""
    assert rows[1]["flags"] == ""
    assert "threat" in rows[2]["flags"].split(";")  # rules read past the encoder's window
    assert "threat" in rows[3]["flags"].split(";")  # full-width letters are folded


def test_missing_text_column_is_a_clear_error(tmp_path: Path, capsys) -> None:
    src = write(tmp_path / "in.csv", "id,message\n1,hello\n")
    assert main(["score", str(src), str(tmp_path / "out.csv")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: line 1:")
    assert "'text' column" in err


def test_malformed_csv_is_a_clear_error(tmp_path: Path, capsys) -> None:
    src = write(tmp_path / "in.csv", 'id,text\n1,fine\n2,"unterminated\n3,x"y\n')
    assert main(["score", str(src), str(tmp_path / "out.csv")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: line ")
    assert "malformed CSV" in err


def test_wrong_number_of_fields_is_a_clear_error(tmp_path: Path, capsys) -> None:
    src = write(tmp_path / "in.csv", "id,text\n1,fine\n2,too,many\n")
    assert main(["score", str(src), str(tmp_path / "out.csv")]) == 2
    assert capsys.readouterr().err.startswith("error: line 3: expected 2 fields")


def test_invalid_utf8_and_empty_file_are_clear_errors(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"id,text\n1,caf\xe9\n")
    assert main(["score", str(bad), str(tmp_path / "out.csv")]) == 2
    assert capsys.readouterr().err.startswith("error: line 2: not valid UTF-8")
    empty = write(tmp_path / "empty.csv", "")
    assert main(["score", str(empty), str(tmp_path / "out.csv")]) == 2
    assert "empty" in capsys.readouterr().err
    assert main(["score", str(tmp_path / "nope.csv"), str(tmp_path / "out.csv")]) == 2


def test_bad_input_leaves_no_half_written_output(tmp_path: Path, capsys) -> None:
    # rows past the first chunk are scored before the bad line is reached
    rows = "".join(f"{i},text number {i}\n" for i in range(1, 1200))
    src = write(tmp_path / "in.csv", f"id,text\n{rows}1200,too,many\n")
    out = tmp_path / "out.csv"
    assert main(["score", str(src), str(out)]) == 2
    assert "line 1201" in capsys.readouterr().err
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if "out.csv" in p.name]
    # an earlier output is kept as it was
    out.write_text("earlier results\n", encoding="utf-8")
    assert main(["score", str(src), str(out)]) == 2
    assert out.read_text(encoding="utf-8") == "earlier results\n"


def test_spreadsheet_exports_get_a_hint(tmp_path: Path, capsys) -> None:
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes(b"id,text\n1,Caf\xe9 \x96 lovely\n")
    assert main(["score", str(latin1), str(tmp_path / "out.csv")]) == 2
    assert "'CSV UTF-8'" in capsys.readouterr().err
    semicolons = write(tmp_path / "semi.csv", "\ufeffid;text\r\n1;hello\r\n")
    assert main(["score", str(semicolons), str(tmp_path / "out.csv")]) == 2
    assert "separated by semicolons" in capsys.readouterr().err


def test_a_link_to_the_output_is_kept(tmp_path: Path) -> None:
    src = write(tmp_path / "in.csv", "id,text\n1,hello\n")
    real = tmp_path / "real.csv"
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert main(["score", str(src), str(link)]) == 0
    assert link.is_symlink()
    assert [r["id"] for r in read_rows(real)] == ["1"]


def test_many_rows_stream_in_chunks(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    n = 3000
    with src.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["text"])
        for i in range(n):
            w.writerow([f"Please fix the pothole outside number {i}."])
    out = tmp_path / "out.csv"
    assert main(["score", str(src), str(out)]) == 0
    rows = read_rows(out)
    assert len(rows) == n
    assert rows[-1]["id"] == str(n)


def test_module_entry_point(tmp_path: Path) -> None:
    src = write(tmp_path / "in.csv", "id,text\na,We're coming for you.\n")
    out = tmp_path / "out.csv"
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "councillor_safety.screening", "score", str(src), str(out)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        cwd=REPO_ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert read_rows(out)[0]["id"] == "a"
    bad = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "councillor_safety.screening", "score", str(out), str(out) + "x"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        cwd=REPO_ROOT,
    )
    assert bad.returncode == 2
    assert "error: line 1" in bad.stderr


@pytest.mark.parametrize("args", [[], ["score"], ["frobnicate", "a", "b"]])
def test_usage_errors(args: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(args)
    assert exc.value.code == 2
