"""The extraction pool: results in order, and no spinning while they pass.

`ExtractionPool` waits on fewer things than the standard pool (not on the
result pipe, which made the standard pool's worker thread spin); these tests
check that it still gives every result in order and stops when closed, and that
it no longer wakes for results waiting to be read.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.pool
import time

import pytest

from kg.build import ExtractionPool, extract_article, extraction_pool
from kg.model import Article
from kg.pipeline import Pipeline

TEXT = ("Chiều {d}/3, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, đã tiếp "
        "Đại sứ Nhật Bản. Hai bên đã ký Ý định thư về hợp tác quân y.")

pytestmark = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")


def articles(n: int) -> list[Article]:
    return [Article(id=f"a{i}", text=TEXT.format(d=1 + i % 28)) for i in range(n)]


def test_a_pool_extracts_what_one_process_extracts_in_order():
    pipeline = Pipeline()
    todo = articles(24)
    inline = [extract_article(a, pipeline).nquads for a in todo]
    pool = extraction_pool(2, pipeline)
    try:
        assert isinstance(pool, ExtractionPool)
        assert [e.nquads for e in pool.map(extract_article, todo, 4)] == inline
    finally:
        pool.close()
        pool.join()


def slow_to_read(i: int) -> int:
    time.sleep(0.01)
    return i


class SlowToRead:
    """A result that takes the reading thread 10 ms to unpickle, so that the next ones wait in the pipe."""

    def __init__(self, i: int):
        self.i = i

    def __reduce__(self):
        return (slow_to_read, (self.i,))


def make_result(i: int) -> SlowToRead:
    return SlowToRead(i)


def wake_ups(pool_class, monkeypatch) -> int:
    """How often the pool's worker-minding thread woke while 40 results passed."""
    count = [0]
    standard = multiprocessing.pool.Pool._wait_for_updates

    def counting(*args, **kwargs):
        count[0] += 1
        return standard(*args, **kwargs)

    monkeypatch.setattr(multiprocessing.pool.Pool, "_wait_for_updates", staticmethod(counting))
    pool = pool_class(2, context=multiprocessing.get_context("fork"))
    try:
        assert pool.map(make_result, range(40), 1) == list(range(40))
    finally:
        pool.close()
        pool.join()
    return count[0]


def test_results_waiting_to_be_read_do_not_wake_the_worker_minder(monkeypatch):
    """The standard pool's minder spins while a result waits in the pipe; ours sleeps."""
    assert wake_ups(multiprocessing.pool.Pool, monkeypatch) > 20
    assert wake_ups(ExtractionPool, monkeypatch) <= 5
