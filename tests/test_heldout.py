"""Regression guards on sets written independently of the extractor.

Each was written blind (by someone who never saw the extractor), scored once
blind -- the README keeps that first score, the honest estimate for unseen
articles -- and then used for tuning, so its threshold here guards against
regressions: `dev3` (scored 0.80 blind), `heldout` (0.93 blind), `heldout2`
(0.88 blind), `heldout4` (0.84 blind) and `heldout6` (0.87 blind). `heldout3` and `heldout5` are still
blind: nobody tunes rules against them, and their threshold is the project's
target for unseen articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import evaluate

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    "name,threshold",
    [("dev3", 0.95), ("heldout", 0.95), ("heldout2", 0.95), ("heldout4", 0.95), ("heldout6", 0.95), ("heldout3", 0.85), ("heldout5", 0.85)],
)
def test_independent_sets_stay_above_target(name, threshold):
    report = evaluate(DATA / name / "gold", [DATA / name / "articles"])
    assert len(report.articles) >= 7
    assert report.micro.f1 >= threshold, report.micro
    assert report.forbidden_hits == 0
