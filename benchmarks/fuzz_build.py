"""The full fuzz run: >= 10,000 hostile input files through `kg build` and the library.

    python benchmarks/fuzz_build.py [--inputs 10000] [--seed 1] [--huge 200000] [--save DIR] [--no-stress]

First, worst cases at full size: one article of ReadLimits.article_chars
made of one repeated phrase (a run of periods, a sentence of a million
characters full of triggers, ...), timed through the library; an article
slower than fuzz_harness.SLOW_SECONDS counts as a crash.

Batches of files (tests/fuzz_inputs.py) go through `iter_articles` + the
pipeline + an in-memory store, and through `kg build --no-exports` with
click's CliRunner (tests/fuzz_harness.py). Prints the counts: inputs tried,
crashes (tracebacks or unexpected errors), articles read and built, skips
and warnings. With --save, each crashing batch is written to DIR for replay.
Exits 1 if anything crashed.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fuzz_harness import Outcome, run_batch, run_library  # noqa: E402
from fuzz_inputs import InputFile, batches, describe, write_batch  # noqa: E402
from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kg.reading import DEFAULT_LIMITS  # noqa: E402


# phrases repeated to one article of the largest size read: each once made, or could make,
# a step of the pipeline run in quadratic time
STRESS = [".", "(", "“", "Đ ", "A. ", "1/", "- ", "\n", "hội đàm ", "ngày 24/10 ", "ngày 24/10 hội đàm ",
          "ký Bản ghi nhớ ", "đối tác chiến lược toàn diện ", "Việt Nam và Lào ", "thăm Nhật Bản ", "tàu thăm ",
          "đề nghị thăm ", "Ảnh: TTXVN ", "Bộ trưởng Bộ Quốc phòng ", "Nguyễn Văn An ", "Hai bên hội đàm. ",
          "Hai bên hội đàm.\n\n", "“Hội nghị ", "Hội nghị ", "diễn tập chung ", "Đại tướng Phan Văn Giang, "]


def stress(total: Outcome) -> None:
    for phrase in STRESS:
        text = "Tiêu đề\n\n" + phrase * (DEFAULT_LIMITS.article_chars // len(phrase))
        outcome = Outcome(inputs=1)
        started = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="kg-stress-") as tmp:
            write_batch(Path(tmp), [InputFile("stress.txt", "file", text.encode("utf-8"))])
            run_library(Path(tmp), DEFAULT_LIMITS, outcome)
        print(f"  {time.perf_counter() - started:6.1f} s  {phrase!r} x {len(text) // len(phrase):,}"
              + ("  CRASH" if outcome.crashes else ""), file=sys.stderr, flush=True)
        total.add(outcome)


def fuzz(args: argparse.Namespace, total: Outcome) -> None:
    round_ = 0
    while total.inputs < args.inputs:
        @settings(max_examples=args.batches_per_round, database=None, deadline=None, phases=[Phase.generate],
                  suppress_health_check=list(HealthCheck))
        @seed(args.seed * 1000 + round_)
        @given(files=batches(huge=args.huge, max_files=args.max_files), strict=st.booleans())
        def one(files, strict) -> None:
            outcome = run_batch(files, strict=strict, limits=DEFAULT_LIMITS)
            total.add(outcome)
            for number, crash in enumerate(outcome.crashes, len(total.crashes) - len(outcome.crashes) + 1):
                if args.save:
                    save(args.save, files, crash, number)
            if total.inputs // 500 != (total.inputs - outcome.inputs) // 500:
                print(f"  {total.inputs:,} inputs, {len(total.crashes)} crashes", file=sys.stderr, flush=True)

        one()
        round_ += 1


def save(folder: Path, files, crash: str, number: int) -> None:
    target = folder / f"crash-{number:04d}"
    write_batch(target / "in", files)
    (target / "crash.txt").write_text(crash + "\n\n" + (describe(files) or ""), encoding="utf-8", errors="replace")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inputs", type=int, default=10_000, help="input files to try (at least)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--huge", type=int, default=200_000, help="longest run of one character, deepest nesting")
    parser.add_argument("--max-files", type=int, default=20, help="files per build")
    parser.add_argument("--batches-per-round", type=int, default=100)
    parser.add_argument("--save", type=Path, help="write each crashing batch here")
    parser.add_argument("--no-stress", action="store_true", help="skip the worst cases at full size")
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)  # trafilatura's and reading's own log lines
    started = time.perf_counter()
    total = Outcome()
    if not args.no_stress:
        print("worst cases at full size:", file=sys.stderr)
        stress(total)
    fuzz(args, total)
    kinds = Counter(crash.strip().splitlines()[-1][:160] for crash in total.crashes)
    seconds = time.perf_counter() - started
    print(f"inputs tried       {total.inputs:>9,}  (files and folder oddities, in {total.batches:,} builds)")
    print(f"crashes            {len(total.crashes):>9,}")
    print(f"articles read      {total.read:>9,}  (iter_articles, then the pipeline and a store)")
    print(f"articles built     {total.built:>9,}  (kg build)")
    print(f"skipped            {total.skipped:>9,}")
    print(f"warnings           {total.warned:>9,}")
    print(f"seconds            {seconds:>9,.0f}  (slowest article: {total.slowest[0]:.1f} s for "
          f"{total.slowest[1]:,} characters)")
    for kind, n in kinds.most_common():
        print(f"  {n:>5}  {kind}")
    print("skips and warnings by kind:")
    for kind, n in total.reasons.most_common(25):
        print(f"  {n:>6,}  {kind}")
    sys.exit(1 if total.crashes else 0)


if __name__ == "__main__":
    main()
