"""Regression guards on sets written independently of the extractor.

Each was written blind (by someone who never saw the extractor), scored once
blind -- the README keeps that first score, the honest estimate for unseen
articles -- and then used for tuning, so its threshold here guards against
regressions: `dev3` (scored 0.80 blind), `heldout` (0.93 blind), `heldout2`
(0.88 blind), `heldout4` (0.84 blind), `heldout6` (0.87 blind), and since issue 10's
work also `heldout3` (0.91 blind) and `heldout5` (0.93 blind). `heldout7` (0.79 blind on
arrival, now 0.837), `heldout8` (0.873 blind on arrival, 0.896 when added, now 0.900) and
`heldout9` (0.858 blind on arrival, 0.862 when added, three forbidden hits) and `heldout10`
(0.922 blind on arrival with two forbidden hits, 0.940 with none when added) and `heldout13` (0.876 blind
on arrival and when added) are still blind: their misses are not read, and each guard is the score it had when it was added.
`heldout11` (0.884 blind on arrival, 0.891 when added) and `heldout12` (0.881 blind on arrival) were
added blind, then used for tuning in issue 10's tenth and ninth rounds; `heldout14` (0.895 blind on
arrival, 0.900 when added) in its eleventh.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import evaluate

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    "name,threshold,forbidden",
    [("dev3", 0.95, 0), ("heldout", 0.95, 0), ("heldout2", 0.95, 0), ("heldout4", 0.95, 0), ("heldout6", 0.95, 0),
     ("heldout3", 0.95, 0), ("heldout5", 0.95, 0), ("heldout7", 0.83, 1), ("heldout8", 0.89, 0),
     ("heldout9", 0.85, 3), ("heldout10", 0.93, 0), ("heldout11", 0.88, 0),
     ("heldout12", 0.875, 0), ("heldout13", 0.87, 0), ("heldout14", 0.89, 0)],
)
def test_independent_sets_stay_above_target(name, threshold, forbidden):
    """heldout7 to heldout10 and heldout13 are still blind: each guards its score (0.837 with one
    forbidden hit; 0.896; 0.870 with three; 0.940; 0.876); heldout11 and heldout12 their scores
    when they were added, before they were used for tuning (0.891, 0.881)."""
    report = evaluate(DATA / name / "gold", [DATA / name / "articles"])
    assert len(report.articles) >= 7
    assert report.micro.f1 >= threshold, report.micro
    assert report.forbidden_hits <= forbidden
