"""An outlet's dateline by its initials ("ĐNO – ", "QTO - ", "QK2 – "): the sentence's own words start after it, so an
occasion opening them is read as one (realev22; clean.dateline_length, pattern `outlet-initials`)."""

from kg.pipeline.clean import dateline_length
from tests.reading_helpers import events, rules_of


GREETING = ("{stamp}Nhân dịp Tết cổ truyền Bunpimay của nước bạn Lào năm 2024, ngày 10-4, đoàn công tác Bộ Chỉ huy "
            "Quân sự tỉnh Quảng Nam do Đại tá Trần Văn Khải, Chỉ huy trưởng làm trưởng đoàn, đến thăm, chúc Tết "
            "Bộ Chỉ huy Quân sự tỉnh Sê Kông.")


def test_greeting_visit_under_online_initials():
    for stamp in ("QNO – ", "BTO - ", "QK5 – "):
        found = events(GREETING.format(stamp=stamp), kind="Visit")
        assert len(found) == 1, stamp
        assert sorted(found[0].countries) == ["LAO", "VNM"]
        assert str(found[0].start) == "2024-04-10"
        assert "event.greeting-visit" in rules_of(found)


def test_initials_are_a_dateline():
    assert dateline_length("ĐNO – Sáng 5-3, ...") == len("ĐNO – ")
    assert dateline_length("QK2 – Ngày 2-11, ...") == len("QK2 – ")


def test_other_capitals_are_no_dateline():
    # a word in capitals that is no outlet's initials ("ASEAN", a country's code, a heading) stays the sentence's own
    assert dateline_length("ASEAN – Trung Quốc diễn tập chung") == 0
    assert dateline_length("VIỆT NAM - LÀO: hợp tác quốc phòng") == 0


def test_a_name_ending_in_o_is_no_dateline():
    # an organisation's or a country's name in capitals ending in O opens the sentence ("NATO – Nga ..."): not an outlet
    for opening in ("NATO – Nga nhất trí đối thoại", "WHO - Tổ chức Y tế Thế giới cảnh báo", "UNESCO – Hội nghị"):
        assert dateline_length(opening) == 0, opening
    assert dateline_length("TPO – Sáng 5-3, ...") == len("TPO – ")
