"""Round 50c: the delegations a multilateral forum gathers, told as "các đoàn (cấp cao) của A, B và C"."""

from kg.model import PartialDate

from tests.reading_helpers import events, read

PAGE = (
    "Hà Nội, 12/6/2025 - Diễn đàn An ninh Hàng hải châu Á lần thứ 5 diễn ra từ ngày 10-11/6 tại Bangkok, "
    "quy tụ hơn 300 đại biểu, trong đó có các đoàn cấp cao của Hàn Quốc, Canada, Đức và các nước ASEAN. "
    "Đoàn Việt Nam do Trung tướng Phạm Quang Lộc, Phó Tổng Tham mưu trưởng dẫn đầu tham dự các phiên thảo luận."
)


def test_delegations_of_countries_are_present() -> None:
    (forum,) = events(PAGE, PartialDate(2025, 6, 12), kind="Conference")
    assert {"KOR", "CAN", "DEU", "VNM"} <= set(forum.countries)


def test_delegations_of_countries_are_partners() -> None:
    assert {"KOR", "CAN", "DEU"} <= set(read(PAGE, PartialDate(2025, 6, 12)).partners)

