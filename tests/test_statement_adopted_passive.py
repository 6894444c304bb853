"""Round 48b: a joint statement told as issued in the passive, after its name ("Tuyên bố chung được thông
qua tại hội nghị ...", "“Tuyên bố chung” ... đã được các Bộ trưởng thông qua") is issued as "thông qua
Tuyên bố chung" is; an ASEAN meeting's statement so told has every member as a party, and the partners
follow. One still to be adopted ("sẽ được thông qua") is not. Sentences written for the test."""

from __future__ import annotations

from reading_helpers import read

ASEAN_10 = {"BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "VNM"}
_MEETING = ("Ngày 14/5/2018, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 12 khai mạc tại Singapore, "
            "với sự tham dự của Bộ trưởng Quốc phòng các nước thành viên. ")


def _statements(text: str):
    doc = read("Tin quốc phòng\n\n" + text)
    return [a for a in doc.agreements if a.type == "JointStatement"], doc


def test_a_statement_adopted_in_the_passive_is_issued_with_all_members() -> None:
    found, doc = _statements(_MEETING + "“Tuyên bố chung” được thông qua khi bế mạc hội nghị đề cao vai trò "
                             "trung tâm của khối trong cấu trúc an ninh khu vực.")
    assert len(found) == 1
    rules = {r for reading in found[0].readings for r in reading.rules}
    assert "agreement.statement-issued-passive" in rules
    assert set(found[0].parties) == ASEAN_10
    assert ASEAN_10 - {"VNM"} <= doc.partners


def test_adopted_by_the_ministers_after_its_name() -> None:
    found, _ = _statements(_MEETING + "Tuyên bố chung Singapore về chống khủng bố đã được các Bộ trưởng "
                           "thông qua vào chiều cùng ngày.")
    assert len(found) == 1 and set(found[0].parties) == ASEAN_10


def test_a_statement_still_to_be_adopted_is_not_issued() -> None:
    found, _ = _statements(_MEETING + "Tuyên bố chung về an ninh biển sẽ được thông qua vào ngày bế mạc.")
    assert found == []
