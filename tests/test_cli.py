"""The CLI, in process (typer's runner) and as a subprocess."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kinolens.cli import app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "review.txt"
runner = CliRunner()


def cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "kinolens", *args], input=stdin, capture_output=True,
                          env=env, cwd=ROOT, timeout=300)


def test_analyze_json_in_process():
    result = runner.invoke(app, ["analyze", str(EXAMPLE), "--format", "json"])
    assert result.exit_code == 0, result.output
    card = json.loads(result.stdout)
    assert card["film"]["title"] == "Тихий берег"
    people = {p["name"]: p for p in card["people"]}
    assert people["Мария Левина"]["characters"] == ["Вера Остапенко"]
    assert "director" in people["Анна Соколова"]["kinds"]


def test_analyze_pretty_in_process():
    result = runner.invoke(app, ["analyze", str(EXAMPLE), "--format", "pretty", "--debug"])
    assert result.exit_code == 0, result.output
    assert "Мария Левина" in result.stdout and "People" in result.stdout


def test_analyze_missing_file_is_one_clear_line():
    result = runner.invoke(app, ["analyze", "no/such/file.txt"])
    assert result.exit_code == 2
    assert "no such file" in result.output


def test_analyze_stdin_subprocess_cp1251():
    text = EXAMPLE.read_text(encoding="utf-8")
    result = cli("analyze", "-", stdin=text.encode("cp1251"))
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout)["film"]["title"] == "Тихий берег"


def records_file(tmp_path: Path) -> Path:
    lines = [json.dumps({"id": "a", "text": EXAMPLE.read_text(encoding="utf-8"), "source": "x"}, ensure_ascii=False),
             "{broken json",
             json.dumps({"id": "c"}),
             json.dumps({"id": "d", "text": "Кристен Стюарт сыграла роль Джоан Джетт."}, ensure_ascii=False),
             ""]
    cp1251_line = json.dumps({"id": "e", "text": "Фильм «Да»"}, ensure_ascii=False).encode("cp1251")
    path = tmp_path / "in.jsonl"
    path.write_bytes("\n".join(lines).encode("utf-8") + cp1251_line + b"\n" + b"\xff\xfe\x00\n")
    return path


@pytest.mark.parametrize("workers", ["1", "2"])
def test_batch_subprocess_keeps_order_and_reports_errors(tmp_path, workers):
    out = tmp_path / "out.jsonl"
    result = cli("batch", str(records_file(tmp_path)), "-o", str(out), "--workers", workers)
    assert result.returncode == 1
    lines = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert [l.get("id") for l in lines] == ["a", "in.jsonl:2", "c", "d", "e", "in.jsonl:6"]
    assert lines[0]["meta"] == {"source": "x"}
    assert "not valid JSON" in lines[1]["error"]
    assert "no 'text'" in lines[2]["error"]
    assert lines[3]["people"][0]["characters"] == ["Джоан Джетт"]
    assert lines[4]["film"]["title"] == "Да"
    assert "3 errors" in result.stderr.decode()


def test_batch_all_good_exits_zero_in_process(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": 1, "text": "Хороший фильм."}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["batch", str(path), "-o", str(tmp_path / "o.jsonl"), "-w", "1", "-q"])
    assert result.exit_code == 0, result.output


def test_batch_csv_and_folder(tmp_path):
    csv_path = tmp_path / "in.csv"
    csv_path.write_text("num,body,film\n7,Режиссёр Анна Соколова сняла фильм.,Берег\n", encoding="utf-8")
    result = runner.invoke(app, ["batch", str(csv_path), "--text-column", "body", "--id-column", "num", "-w", "1", "-q"])
    card = json.loads(result.stdout.splitlines()[0])
    assert card["id"] == "7" and card["meta"] == {"film": "Берег"}
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "one.txt").write_bytes("Фильм «Один».".encode("cp1251"))
    (folder / "two.txt").write_text("Фильм «Два».", encoding="utf-8")
    result = runner.invoke(app, ["batch", str(folder), "-w", "1", "-q"])
    cards = [json.loads(l) for l in result.stdout.splitlines() if l.startswith("{")]
    assert [(c["id"], c["film"]["title"]) for c in cards] == [("one", "Один"), ("two", "Два")]


def test_eval_cards(shared, tmp_path):
    reviews = tmp_path / "seed.jsonl"
    text = (shared / "data" / "seed" / "the-runaways.txt").read_text(encoding="utf-8")
    reviews.write_text(json.dumps({"id": "seed-the-runaways", "text": text}, ensure_ascii=False) + "\n",
                       encoding="utf-8")
    result = runner.invoke(app, ["eval", "cards", str(reviews), str(shared / "gold" / "seed.jsonl"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["cast"]["f1"] == 1.0
