"""Round 46b: "trong ứng phó ..." goes on with a statement's subject ("Tuyên bố chung về tăng cường
hợp tác quốc phòng trong ứng phó với thiên tai"), it opens no time or place; so the headline telling
it shorter ("... ra Tuyên bố chung về ứng phó với thiên tai") is the same document. Sentences
written for the test."""

from __future__ import annotations

from reading_helpers import of_type, read


def test_the_subject_goes_on_past_trong_ung_pho() -> None:
    doc = read("Các Bộ trưởng Quốc phòng ASEAN ra Tuyên bố chung về ứng phó với thiên tai\n\n"
               "Ngày 9/3/2026, tại Manila, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN hẹp diễn ra. Kết thúc "
               "hội nghị, các Bộ trưởng Quốc phòng ASEAN đã thông qua Tuyên bố chung về tăng cường hợp tác "
               "quốc phòng trong ứng phó với thiên tai và dịch bệnh.")
    found = of_type(doc.agreements, "JointStatement")
    assert len(found) == 1, [a.label for a in found]
    assert "ứng phó với thiên tai" in found[0].label


def test_trong_still_opens_a_time() -> None:
    doc = read("Ngày 4/5/2026, hai Bộ trưởng đã ký Bản ghi nhớ về hợp tác quốc phòng trong chuyến thăm "
               "chính thức Việt Nam của Bộ trưởng Quốc phòng Nhật Bản.")
    assert [a.label for a in doc.agreements] == ["Bản ghi nhớ về hợp tác quốc phòng"]
