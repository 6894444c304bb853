"""Round 32: whose joint statement it is when its sentence names no group -- the label's acronym the
article spells out after a name holding ASEAN ("... ASEAN lần thứ 12 (ADNUM-12)" then "Tuyên bố chung
của ADNUM-12"), or the group opening its paragraph ("ADMM-20 khai mạc ... Kết thúc hội nghị, các Bộ
trưởng đã ký Tuyên bố chung ..."), the wider meeting told after it notwithstanding. Sentences written
for the test."""

from __future__ import annotations

from reading_helpers import read

ASEAN_11 = {"BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "TLS", "VNM"}


def _statement(text: str):
    doc = read("Tin quốc phòng\n\n" + text)
    found = [a for a in doc.agreements if a.type == "JointStatement"]
    assert len(found) == 1, [(a.label, a.parties) for a in doc.agreements]
    rules = {r for reading in found[0].readings for r in reading.rules}
    return found[0], rules


def test_an_acronym_in_the_label_spelled_out_with_asean() -> None:
    ag, rules = _statement(
        "Từ ngày 3-5/3/2026, Hội nghị Hiệu trưởng các trường sĩ quan lục quân ASEAN lần thứ 12 (ALAC-12) "
        "diễn ra tại Đà Lạt với đại biểu của Lào, Campuchia và Thái Lan.\n\n"
        "Tại phiên bế mạc, trưởng đoàn các nước đã thông qua Tuyên bố chung Đà Lạt của ALAC-12, nhất trí "
        "tăng cường trao đổi giảng viên giữa các trường trong khu vực.")
    assert set(ag.parties) == ASEAN_11
    assert "agreement.group-by-acronym" in rules


def test_an_acronym_spelled_out_without_asean_gives_no_group() -> None:
    doc = read(
        "Tin quốc phòng\n\nNgày 4/3/2026, Hội nghị Tư lệnh Lục quân Thái Bình Dương (LANPAC) diễn ra tại "
        "Manila với đại biểu của Philippines và Nhật Bản.\n\nTại phiên bế mạc, các trưởng đoàn đã thông qua "
        "Tuyên bố chung của LANPAC về hợp tác huấn luyện.")
    assert not any(len(a.parties) >= 10 for a in doc.agreements)


def test_the_group_opening_the_paragraph_before_a_wider_meeting() -> None:
    ag, rules = _statement(
        "Bộ trưởng Quốc phòng dự ADMM-20 và ADMM+ tại Manila từ ngày 10 đến 11/11/2026.\n\n"
        "ADMM-20 khai mạc sáng 10/11 với sự tham dự của Bộ trưởng Quốc phòng các nước thành viên ASEAN. "
        "Kết thúc hội nghị, các Bộ trưởng đã ký Tuyên bố chung Manila về hợp tác quốc phòng bền vững.\n\n"
        "ADMM+ lần thứ 13 diễn ra ngày 11/11, với sự tham gia của 8 nước đối tác gồm Australia, Trung "
        "Quốc, Ấn Độ, Nhật Bản, New Zealand, Hàn Quốc, Nga và Mỹ.")
    assert set(ag.parties) == ASEAN_11
