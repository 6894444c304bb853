"""Outside a terminal (a log, CI, a notebook) a long build says how far it is, a line every few seconds."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from click.testing import CliRunner

from kg.cli import cli
from kg.commands import build as build_command

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def build(tmp_path: Path):
    return CliRunner().invoke(cli, ["--store", str(tmp_path / "store"), "build", str(SEEDS), "--no-exports"])


def progress_lines(stderr: str) -> list[int]:
    return [int(m.group(1).replace(",", "")) for m in re.finditer(r"… ([\d,]+) article\(s\) done \(\d[\d,]*/s\)", stderr)]


def test_a_line_per_interval_outside_a_terminal(tmp_path, monkeypatch):
    monkeypatch.setattr(build_command, "progress_reporter",
                        functools.partial(build_command.progress_reporter, every=0.0))  # every article is "late"
    result = build(tmp_path)
    assert result.exit_code == 0, result.output
    assert progress_lines(result.stderr) == [1, 2, 3, 4, 5]


def test_a_short_build_prints_no_progress_line(tmp_path):
    result = build(tmp_path)
    assert result.exit_code == 0 and progress_lines(result.stderr) == []
    assert "Done in" in result.stderr  # the summary still comes
