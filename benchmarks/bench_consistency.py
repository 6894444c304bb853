"""Time of the consistency checks (`kg.consistency.find_conflicts`) and of the
cross-article reconciliation of officials' countries (`kg.reconcile`, run by
every build that changed something) on a large store.

Builds a store from a generated corpus (benchmarks/corpus.py), then runs each
check and reports its time next to a plain reference query over the same
store (counting statements by class), so the ratio is comparable across machines.

    python benchmarks/bench_consistency.py --articles 10000
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import generate  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ns = ap.parse_args()

    from kg import consistency, reconcile
    from kg.build import Builder, graph_summary
    from kg.store import OxigraphStore

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        generate(corpus, ns.articles, ns.seed)
        with OxigraphStore(Path(tmp) / "store") as store:
            t0 = time.perf_counter()
            Builder(store).build([corpus])
            print(f"built {ns.articles} articles, {len(store):,} statements in {time.perf_counter() - t0:.1f} s",
                  file=sys.stderr)
            t0 = time.perf_counter()
            graph_summary(store)
            reference = time.perf_counter() - t0
            print("| check | conflicts | seconds | x reference query |\n|---|---|---|---|")
            print(f"| reference: count by class | | {reference:.2f} | 1.0 |")
            total = 0.0
            for check in (consistency.officials_with_two_countries, consistency.positions_naming_officials,
                          consistency.events_without_participant, consistency.duplicate_events,
                          reconcile.reconcile_countries):
                t0 = time.perf_counter()
                found = check(store)
                took = time.perf_counter() - t0
                total += took
                print(f"| {check.__name__} | {len(found)} | {took:.2f} | {took / reference:.1f} |")
            print(f"| all | | {total:.2f} | {total / reference:.1f} |")


if __name__ == "__main__":
    main()
