"""scripts/score_sets.py and scripts/factdump.py: the guards every rule change is checked with."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).parent.parent


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_score_sets_saves_scores_and_compares(tmp_path: Path, capsys) -> None:
    score_sets = load("score_sets")
    out = tmp_path / "now.json"
    assert score_sets.main([f"{ROOT}/tests/data/gold_dev::{ROOT}/seeds", "--json", str(out)]) == 0
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["gold_dev"]["micro"]["f1"] == 1.0 and saved["gold_dev"]["forbidden"] == 0
    assert "gold_dev" in capsys.readouterr().out
    worse = json.loads(json.dumps(saved))
    worse["gold_dev"]["micro"]["f1"] = 0.9
    worse["gone"] = saved["gold_dev"]
    moved = score_sets.compare(worse, saved)
    assert any(line.startswith("gold_dev") and "0.900 (0) -> 1.000 (0)" in line for line in moved)
    assert "gone: only in the old run" in moved
    assert score_sets.compare(saved, saved) == []


def test_score_sets_blind_prints_no_text(capsys) -> None:
    score_sets = load("score_sets")
    score_sets.main([f"{ROOT}/tests/data/dev3", "--blind"])
    out = capsys.readouterr().out
    assert "kinds:" in out and "miss " not in out and "false " not in out


def test_factdump_lists_each_fact_once_sorted(tmp_path: Path) -> None:
    factdump = load("factdump")
    page = tmp_path / "pages" / "a.txt"
    page.parent.mkdir()
    page.write_text("Bộ trưởng Quốc phòng tiếp Đại sứ Nhật Bản\n\nHà Nội, ngày 3/4/2026 - Sáng 3/4, tại Hà Nội, "
                    "Đại tướng Phan Văn Giang, Bộ trưởng Quốc phòng tiếp Đại sứ Nhật Bản Ito Naoki.\n",
                    encoding="utf-8")
    out = tmp_path / "dump.txt"
    assert factdump.main([str(out), str(page.parent)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines)
    assert any("\tO\tIto Naoki\tJPN" in line for line in lines)
    assert any("\tE\tMeeting\t2026-04-03" in line for line in lines)
    assert any(line.endswith("\tN\tJPN") for line in lines)


def test_score_sets_says_which_set_cannot_be_scored_and_goes_on(tmp_path: Path, capsys) -> None:
    score_sets = load("score_sets")
    (tmp_path / "empty" / "gold").mkdir(parents=True)
    assert score_sets.main([str(tmp_path / "empty"), f"{ROOT}/tests/data/gold_dev::{ROOT}/seeds"]) == 1
    out = capsys.readouterr()
    assert "empty: cannot score: no gold" in out.err and "gold_dev" in out.out


def test_factdump_reports_what_it_could_not_read(tmp_path: Path, capsys) -> None:
    factdump = load("factdump")
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "empty.txt").write_bytes(b"")
    (pages / "ok.txt").write_text("Sáng 3/4/2026, Đại tướng Phan Văn Giang tiếp Đại sứ Nhật Bản Ito Naoki.\n",
                                  encoding="utf-8")
    assert factdump.main([str(tmp_path / "dump.txt"), str(pages)]) == 0
    err = capsys.readouterr().err
    assert "1 input(s) not read" in err and "empty.txt" in err
    try:
        factdump.main([str(tmp_path / "dump2.txt"), str(tmp_path / "missing")])
    except SystemExit as exc:
        assert exc.code == 2
    else:
        raise AssertionError("a missing folder must be an error")
    assert "not a folder" in capsys.readouterr().err
