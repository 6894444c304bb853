"""Run a batch of hostile input files through `kg build` and through the library, and judge the outcome.

A batch passes when nothing raised but clean, expected errors: `kg build`
exits 0, or 1 with one of its one-line messages for "nothing could be read"
and `--strict`; `iter_articles` never raises; every article it yields goes
through the pipeline and into a store. A `ComponentError` counts as a crash
too: it is how the pipeline reports an exception inside the extractor.
"""

from __future__ import annotations

import contextlib
import re
import signal
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from click.testing import CliRunner
from fuzz_inputs import InputFile, write_batch

from kg.build import extraction_hash
from kg.cli import cli
from kg.ids import source_iri
from kg.pipeline import ComponentError, Pipeline
from kg.rdf import doc_to_nquads
from kg.reading import DEFAULT_LIMITS, ReadLimits, Skipped, Warned, content_hash, iter_articles
from kg.store import OxigraphStore

# the only ways `kg build` may fail: every input skipped, or --strict with a skip
EXPECTED_ERRORS = re.compile(r"Error: (no article could be read|\d+ file\(s\) or article\(s\) skipped \(--strict\))")
SUMMARY = re.compile(r"Read (\d+) article\(s\) in [\d.]+ s[^:]*: .*; (\d+) skipped\.")
# one article (at most ReadLimits.article_chars) takes a few seconds on a busy machine:
# longer is a finding, and a hang is stopped
SLOW_SECONDS = 30
HANG_SECONDS = 300
# what reading leaves out of an article's text
CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff]")


@dataclass
class Outcome:
    """Counts of one or many batches, and every crash found (a traceback or an unexpected message each)."""

    inputs: int = 0
    batches: int = 0  # builds run
    built: int = 0  # articles `kg build` stored
    read: int = 0  # articles `iter_articles` yielded
    skipped: int = 0
    warned: int = 0
    crashes: list[str] = field(default_factory=list)
    slowest: tuple[float, int] = (0.0, 0)  # seconds and characters of the slowest article
    reasons: Counter = field(default_factory=Counter)  # skips and warnings by kind

    def add(self, other: "Outcome") -> None:
        for name in ("inputs", "batches", "built", "read", "skipped", "warned"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.crashes.extend(other.crashes)
        self.reasons.update(other.reasons)
        self.slowest = max(self.slowest, other.slowest)


_PIPELINE: list[Pipeline] = []


def _pipeline() -> Pipeline:
    if not _PIPELINE:
        _PIPELINE.append(Pipeline())
    return _PIPELINE[0]


def run_batch(files: list[InputFile], strict: bool = False, limits: ReadLimits = DEFAULT_LIMITS) -> Outcome:
    """Write `files` to a temporary folder and run them through the library, then `kg build`."""
    outcome = Outcome(inputs=len(files), batches=1)
    with tempfile.TemporaryDirectory(prefix="kg-fuzz-") as tmp:
        folder = Path(tmp) / "in"
        write_batch(folder, files)
        if run_library(folder, limits, outcome):  # a batch that hung would hang kg build too
            run_cli(folder, Path(tmp) / "store", strict, outcome)
    return outcome


def run_library(folder: Path, limits: ReadLimits, outcome: Outcome) -> bool:
    """`iter_articles`, then the pipeline and an in-memory store, article by article; False if one hung."""
    skipped: list[Skipped] = []
    warned: list[Warned] = []
    store = OxigraphStore()
    hung = False
    try:
        for article in iter_articles([folder], on_skip=skipped.append, on_warn=warned.append, limits=limits):
            outcome.read += 1
            problem = _article_problem(article, limits)
            if problem:
                outcome.crashes.append(f"reading: {problem} in {article.source_path}")
            hung = not _build_one(article, store, outcome) or hung
    except Exception as exc:  # noqa: BLE001 - any exception is what we look for
        outcome.crashes.append("iter_articles:\n" + _trace(exc))
    finally:
        store.close()
    outcome.skipped += len(skipped)
    outcome.warned += len(warned)
    outcome.reasons.update("skipped: " + _kind(s.reason) for s in skipped)
    outcome.reasons.update("warned: " + _kind(w.message) for w in warned)
    return not hung


def _build_one(article, store: OxigraphStore, outcome: Outcome) -> bool:
    """Pipeline and store for one article, crashes recorded; False if it was too slow."""
    started = time.perf_counter()
    try:
        with time_limit(HANG_SECONDS):
            doc = _pipeline()(article)
            store.replace_graph(source_iri(article.id), doc_to_nquads(doc), content_hash=extraction_hash(article))
    except ComponentError as exc:
        outcome.crashes.append(f"{exc.component} on {article.source_path}:\n" + _trace(exc.cause))
    except Exception as exc:  # noqa: BLE001 - TimeoutError included
        outcome.crashes.append(f"pipeline/store on {article.source_path}:\n" + _trace(exc))
    seconds = time.perf_counter() - started
    outcome.slowest = max(outcome.slowest, (seconds, len(article.text)))
    if seconds >= HANG_SECONDS:
        return False  # stopped, and recorded above
    if seconds > SLOW_SECONDS:
        outcome.crashes.append(f"slow: {seconds:.0f} s for the {len(article.text):,} characters of {article.source_path}")
        return False
    return True


def _kind(message: str) -> str:
    """A message without its numbers and quoted parts, to count messages by kind."""
    return re.sub(r"\d[\d,.]*|'[^']*'|\([^)]*\)|: .*", "_", message)[:80]


def _article_problem(article, limits: ReadLimits) -> str:
    """What an article read must never have: controls, no text, text beyond the limit, an unencodable id."""
    if not article.id or not article.text.strip():
        return "empty id or text"
    if len(article.text) > limits.article_chars:
        return f"text of {len(article.text):,} characters"
    for name in ("id", "text", "title", "url"):
        value = getattr(article, name)
        if value and CONTROL.search(value):
            return f"control character U+{ord(CONTROL.search(value).group()):04X} in {name}"
    content_hash(article)
    return ""


def run_cli(folder: Path, store: Path, strict: bool, outcome: Outcome) -> None:
    """`kg build FOLDER --no-exports [--strict]` with click's CliRunner."""
    args = ["--store", str(store), "build", str(folder), "--no-exports"] + (["--strict"] if strict else [])
    result = CliRunner().invoke(cli, args)
    stderr = result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        outcome.crashes.append("kg build:\n" + _trace(result.exception))
    elif result.exit_code not in (0, 1) or "Traceback" in result.output:
        outcome.crashes.append(f"kg build: exit code {result.exit_code}:\n{result.output[-2000:]}")
    elif result.exit_code == 1:
        last = stderr.strip().splitlines()[-1] if stderr.strip() else ""
        if not EXPECTED_ERRORS.fullmatch(last):
            outcome.crashes.append(f"kg build failed: {last}")
    summary = SUMMARY.search(stderr)
    if summary:
        outcome.built += int(summary.group(1))


def _trace(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


@contextlib.contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Fail with TimeoutError instead of hanging: for inputs that once made a step run for minutes."""

    def fail(*_: object) -> None:
        raise TimeoutError(f"still running after {seconds} s")

    old = signal.signal(signal.SIGALRM, fail)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
