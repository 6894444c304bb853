"""A foreign delegation told as coming over "to visit and hold talks" ("đã sang thăm và hội đàm thường niên với Bộ
CHQS tỉnh X"): a Visit and Talks, not the talks alone (`event.foreign-guests-come`, round 45, realev10)."""

from kg.model import PartialDate
from tests.reading_helpers import events, of_type

TEXT = ("Ngày 20/10/2022, tại Bộ CHQS tỉnh Điện Biên, Đoàn đại biểu Bộ CHQS tỉnh Phông Sả Lỳ (Lào) đã sang thăm "
        "và hội đàm thường niên với Bộ CHQS tỉnh Điện Biên.")


def test_the_visit_and_its_talks():
    found = events(TEXT)
    assert sorted((e.type, e.start) for e in found) == [("Talks", PartialDate(2022, 10, 20)),
                                                         ("Visit", PartialDate(2022, 10, 20))]
    assert set(of_type(found, "Visit")[0].countries) == {"VNM", "LAO"}


def test_a_visit_joined_to_a_courtesy_call_is_still_the_call():
    text = ("Ngày 20/10/2022, Đoàn đại biểu Bộ CHQS tỉnh Phông Sả Lỳ (Lào) đã đến thăm, chào xã giao lãnh đạo "
            "Bộ CHQS tỉnh Điện Biên.")
    assert [e.type for e in events(text, kind="Visit")] == []
