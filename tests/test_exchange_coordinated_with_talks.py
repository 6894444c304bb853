"""An exchange coordinated after talks under one fact verb (round 52a): "đoàn đã hội đàm, giao lưu hữu nghị với
đoàn ..." tells the exchange held as well as the talks (`fact-verb-before`, as "đã sang thăm và giao lưu"); a plan
to exchange told after the talks is no exchange."""

from kg.model import PartialDate

from tests.reading_helpers import events, of_type

PAGE_DAY = PartialDate(2026, 9, 13)

HELD = """Ngày 12/9, đoàn đại biểu Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn do Đại tá Hoàng Văn Minh làm trưởng đoàn đã sang thị trấn Bằng Tường (Trung Quốc). Tại đây, đoàn đã hội đàm, giao lưu hữu nghị với đoàn đại biểu Trạm Kiểm soát biên phòng Bằng Tường do Thượng tá Lý Quốc Cường làm trưởng đoàn.
"""


def test_an_exchange_after_talks_under_one_fact_verb_is_held():
    found = events(HELD, PAGE_DAY)
    talks, exchanges = of_type(found, "Talks"), of_type(found, "Exchange")
    assert len(talks) == 1 and len(exchanges) == 1
    assert exchanges[0].start == PartialDate(2026, 9, 12)
    assert set(exchanges[0].countries) == {"VNM", "CHN"}


PLANNED = """Ngày 12/9, đoàn đại biểu Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn do Đại tá Hoàng Văn Minh làm trưởng đoàn đã sang thị trấn Bằng Tường (Trung Quốc). Tại đây, đoàn đã hội đàm, thống nhất sẽ giao lưu văn nghệ với Trạm Kiểm soát biên phòng Bằng Tường vào dịp Tết.
"""


def test_an_exchange_planned_after_the_talks_is_none():
    assert events(PLANNED, PAGE_DAY, "Exchange") == []
