"""A place visited as a fact, then "và giao lưu" ("đã thăm Học viện X Việt Nam và giao lưu với ...") tells
the exchange held too (pattern `visited-then-before`, `event.visited-and-exchanged`); an exchange only
hoped for after a visit ("thăm ... và mong muốn giao lưu") is not."""

from kg.model import PartialDate

from tests.reading_helpers import events

HELD = (
    "Tổng thống Philippines thăm Học viện Hải quân\n\n"
    "Sáng 9/5/2024, Tổng thống Philippines Ramon Cruz đã thăm Học viện Hải quân (HVHQ) Việt Nam và giao lưu "
    "với các học viên của Học viện."
)

HOPED = (
    "Tổng thống Philippines thăm Học viện Hải quân\n\n"
    "Sáng 9/5/2024, Tổng thống Philippines Ramon Cruz đã thăm Học viện Hải quân (HVHQ) Việt Nam và bày tỏ "
    "mong muốn sẽ giao lưu với các học viên trong thời gian tới."
)


def test_exchange_after_a_visited_place_is_held():
    found = events(HELD, kind="Exchange")
    assert found and found[0].start == PartialDate(2024, 5, 9)


def test_exchange_hoped_for_is_not():
    assert not events(HOPED, kind="Exchange")
