"""Hostile inputs through `kg build` and the library: no traceback, ever.

A small, derandomized run (the same few hundred files on every machine);
`benchmarks/fuzz_build.py` runs the full one (10,000 files and more).
"""

from __future__ import annotations

import pytest
from fuzz_harness import Outcome, run_batch, time_limit
from fuzz_inputs import batches, describe
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.model import Article
from kg.pipeline import Pipeline
from kg.reading import ReadLimits

# small limits, so that cutting is exercised by inputs a CI run can afford
LIMITS = ReadLimits(article_chars=20_000, file_bytes=60_000, jsonl_line_chars=50_000, field_chars=200)
TOTAL = Outcome()


@settings(max_examples=60, derandomize=True, database=None, deadline=None,
          suppress_health_check=list(HealthCheck))
@given(files=batches(huge=3000, max_files=12), strict=st.booleans())
def test_hostile_inputs_never_crash_a_build(files, strict) -> None:
    outcome = run_batch(files, strict=strict, limits=LIMITS)
    TOTAL.add(outcome)
    assert not outcome.crashes, f"{outcome.crashes[0]}\n\nbatch: {describe(files)}"


def test_the_fuzz_run_was_not_empty() -> None:
    """The run above (pytest keeps file order) read, skipped and built articles: it tested something."""
    if not TOTAL.inputs:
        pytest.skip("the fuzz test did not run in this session")
    assert TOTAL.inputs >= 200 and TOTAL.read > 20 and TOTAL.built > 20 and TOTAL.skipped > 20


# ----------------------------------------------------------------- what the fuzzer found


@pytest.mark.parametrize("text", [
    "Đ" + "." * 200_000,  # the sentence splitter's regex backtracked over the run: minutes
    "hội đàm " * 12_000,  # events searched the whole sentence around each trigger: 48 s
    "ngày 24/10 hội đàm " * 8_000,  # each trigger listed every date before it in its sentence: 8 s
    # each trigger walked every name and country of the sentence, or of the text: minutes at 1 MB
    "Hội nghị với các đoàn Lào, Thái Lan và Nhật Bản, Đại tướng Phan Văn Giang tiếp Đại sứ Lào, " * 3_000,
])
def test_pathological_text_goes_through_the_pipeline_in_time(text: str) -> None:
    with time_limit(30):
        Pipeline()(Article(id="x.txt", text="Tiêu đề\n\n" + text))
