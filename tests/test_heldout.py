"""Regression guards on sets written independently of the extractor.

Each was written blind (by someone who never saw the extractor) and scored once blind; the
README keeps that first score, the honest estimate for unseen articles. Sets used for tuning
after that: `dev3` (0.80 blind), `heldout` (0.93), `heldout2` (0.88), `heldout3` (0.91),
`heldout4` (0.84), `heldout5` (0.93), `heldout6` (0.87), `heldout11` (0.88), `heldout12`
(0.88), `heldout13` (0.88), `heldout14` (0.90), `heldout16` (0.93), `heldout17` (0.92), `heldout18`
(0.90), `heldout19` (0.94), `heldout20` (0.87), `heldout21` (0.90),
`heldout22` (0.85), `heldout24` (0.87), `heldout25` (0.91), `heldout27` (0.91, 10 forbidden; 0.956 and none after round 19),
`heldout28` (0.90), and the sets written on 7 December to the hidden set's brief: `heldout29` (0.90, 3 forbidden),
`heldout30` (0.86, 10), `heldout31` (0.78, 8), `heldout33` (0.81, 11), `heldout34` (0.77, 5),
`heldout35` (0.86, 8), `heldout37` (0.88), `heldout32` (0.86, 7; blind until round 28), and those
of the day's second session: `heldout41` (0.86, 1), `heldout43` (0.93, 3), `heldout44` (0.88, 3) and
`heldout47` (0.90, 3), the last two scored once with round 29's rules; `heldout45` (0.85) and `heldout46`
(0.95, 2; 0.964 with none after round 31), blind until round 31, and `heldout49` (0.92, 5; 0.953 with none after round 32), scored once on arrival in the day's third session;
`heldout48` (0.88, 2; 0.973 with none after round 39) and `heldout50` (0.94, 3; 0.994 with none), blind until
the fourth session, and `heldout51` (0.895, 4; 1.000 with none after round 39), scored on arrival in the fourth;
`heldout53` (0.939, 3), written in the fourth session to `heldout52`'s brief as a tuning set; `heldout54`
(0.976, 1; blind until the fifth session); `heldout58` (0.931), `heldout59` (0.938, 2) and `heldout60` (0.970),
written in the fifth session to the hidden set's brief as tuning sets; `heldout56` (0.935, 2; blind until the sixth
session's start); `heldout63` (0.937, 3), written in the sixth session as a tuning set, and `heldout62` (0.914, 2),
written blind in the sixth session, scored once by the lead and turned to tuning in its round 49; `heldout65`
(0.960, none; May 2026) and `heldout66` (0.946, 5; February 2026), written blind in the sixth session to the
hidden set's brief, and `heldout67` (0.945, none; March 2026), written blind in the seventh, each scored once by
the lead in the seventh session and turned to tuning in its round 50.
`heldout68` (0.978, none; December 2025) and `heldout69` (0.938, none; August 2025), written blind in the seventh
session to the hidden set's brief, each scored once by the lead in the eighth and turned to tuning in its round 51.
`heldout70` (0.926, 2; October 2026), written blind in the eighth session, and `heldout71` (0.858, none; March 2026)
and `heldout72` (0.897, none; November 2025), written blind in the ninth, each to the hidden set's brief, scored once
by the lead in the ninth session and turned to tuning in its round 52; `heldout73` (0.958, 1; July 2026), written
blind in the ninth session and scored once with the rules of rounds 52a-52h, turned to tuning in its round 52i;
`heldout75` (0.975, none; April 2026), written blind in the tenth session, scored once on arrival and turned to
tuning in its round 53c.
Still blind, their misses never read: `heldout7` (0.79 on arrival), `heldout8` (0.87),
`heldout9` (0.86), `heldout10` (0.92), `heldout15` (0.96), `heldout23` (0.96), `heldout26` (0.93),
`heldout36` (0.93, 1), `heldout38` (0.96, 1), `heldout39` (0.98, 1),
`heldout40` (0.94, scored once with the day's final rules), `heldout42` (0.91), `heldout52` (0.918, a season
of courtesies), scored on arrival in the fourth session, `heldout55` (0.943, none; November 2025, to the
hidden set's brief), scored once with that session's final rules, `heldout57` (0.942, none; August-September
2025), written in the fifth session to the hidden set's brief and scored once with its final rules (its total, never
its misses, was also printed once by a helper), and `heldout61` (0.965, none; April 2026) and `heldout64` (0.972,
none; June 2026), written in the sixth session to the hidden set's brief and scored once by the lead, and `heldout76`
(0.916, none; September 2025) and `heldout77` (0.985, none; November 2026), written in the tenth session to the
hidden set's brief and scored once by the lead with the rules of rounds 53a-53c.
Each guard is a floor a little under the set's score when it was last raised, so that no
set drops unnoticed. Round 24 lowered three on purpose: the hidden set's brief makes an ASEAN
joint statement's parties every member state, while the golds of `dev3`, `heldout2` and
`heldout14` (older) list only the members their article names and forbid the others
(`agreement.asean-members`; heldout31 and most tuning golds agree with the brief).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import evaluate

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    "name,threshold,forbidden",
    [("dev3", 0.93, 3), ("heldout", 0.95, 0), ("heldout2", 0.95, 3), ("heldout4", 0.95, 0), ("heldout6", 0.95, 0),
     ("heldout3", 0.95, 0), ("heldout5", 0.95, 0), ("heldout7", 0.93, 0), ("heldout8", 0.95, 0),
     ("heldout9", 0.93, 2), ("heldout10", 0.95, 0), ("heldout11", 0.97, 0),
     ("heldout12", 0.98, 0), ("heldout13", 0.98, 0), ("heldout14", 0.91, 1), ("heldout15", 0.96, 0),
     ("heldout16", 0.97, 0), ("heldout17", 0.95, 0), ("heldout18", 0.97, 0), ("heldout19", 0.96, 0),
     ("heldout20", 0.96, 0), ("heldout21", 0.92, 0), ("heldout22", 0.96, 0),
     ("heldout23", 0.96, 0), ("heldout24", 0.98, 0), ("heldout25", 0.97, 0),
     ("heldout26", 0.92, 0), ("heldout27", 0.95, 0),
     ("heldout28", 0.95, 0), ("heldout29", 0.97, 0), ("heldout30", 0.96, 0), ("heldout31", 0.97, 1),
     ("heldout32", 0.94, 0), ("heldout33", 0.94, 1), ("heldout34", 0.93, 2), ("heldout35", 0.95, 0),
     ("heldout36", 0.94, 1), ("heldout37", 0.98, 0), ("heldout38", 0.94, 1),
     ("heldout39", 0.97, 1), ("heldout40", 0.93, 0), ("heldout41", 0.92, 0), ("heldout42", 0.90, 0),
     ("heldout43", 0.95, 0), ("heldout44", 0.94, 0), ("heldout45", 0.94, 0),
     ("heldout46", 0.95, 0), ("heldout47", 0.96, 0), ("heldout48", 0.96, 0), ("heldout50", 0.98, 0),
     ("heldout49", 0.97, 0), ("heldout51", 0.98, 0), ("heldout53", 0.97, 0),
     ("heldout52", 0.90, 0), ("heldout54", 0.98, 0), ("heldout55", 0.92, 0),
     ("heldout56", 0.98, 0), ("heldout57", 0.93, 0), ("heldout58", 0.96, 0), ("heldout59", 0.96, 0),
     ("heldout60", 0.97, 0), ("heldout61", 0.95, 0), ("heldout62", 0.94, 0), ("heldout63", 0.98, 0),
     ("heldout64", 0.96, 0), ("heldout65", 0.97, 0), ("heldout66", 0.96, 0), ("heldout67", 0.97, 0),
     ("heldout68", 0.98, 0), ("heldout69", 0.95, 0), ("heldout70", 0.97, 0), ("heldout71", 0.98, 0),
     ("heldout72", 0.98, 0), ("heldout73", 0.98, 0), ("heldout75", 0.98, 0),
     ("heldout76", 0.90, 0), ("heldout77", 0.97, 0)],
)
def test_independent_sets_stay_above_target(name, threshold, forbidden):
    """Each set stays at or above its floor, with no more forbidden hits than it had."""
    report = evaluate(DATA / name / "gold", [DATA / name / "articles"])
    assert len(report.articles) >= 7
    assert report.micro.f1 >= threshold, report.micro
    assert report.forbidden_hits <= forbidden
