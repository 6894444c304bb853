"""A joint statement told by what it says after a summit ("Trong Tuyên bố chung, hai bên
...", "Tuyên bố chung giữa hai nước khẳng định ...") is issued there, on the summit's day
(`agreement.statement-reported`); with no summit told, or planned, it is no document."""

from kg.model import PartialDate
from tests.reading_helpers import read, rules_of

PUB = PartialDate(2024, 3, 15)
SUMMIT = (
    "Chiều 14/3, tại Hà Nội, Thủ tướng Lê Văn Hòa và Thủ tướng Thụy Điển Erik Lindqvist đã hội đàm, "
    "thông báo nâng cấp quan hệ hai nước lên Đối tác Chiến lược."
)


def statements(text: str):
    return [a for a in read(text, PUB).agreements if a.type == "JointStatement"]


def test_frame_opening_the_sentence():
    found = statements(SUMMIT + "\n\nTrong Tuyên bố chung, hai bên cam kết tăng cường hợp tác quốc phòng, "
                       "an ninh biển và gìn giữ hòa bình.")
    assert len(found) == 1
    assert set(found[0].parties) == {"VNM", "SWE"}
    assert found[0].date == PartialDate(2024, 3, 14)
    assert "agreement.statement-reported" in rules_of(found)


def test_statement_as_subject_of_a_verb_of_saying():
    found = statements(SUMMIT + "\n\nTuyên bố chung giữa hai nước cũng khẳng định tầm quan trọng của "
                       "hợp tác đào tạo, dự kiến mở rộng từ năm 2025.")
    assert len(found) == 1
    assert found[0].label == "Tuyên bố chung giữa hai nước"
    assert found[0].date == PartialDate(2024, 3, 14)  # the summit's, not the year its content names


def test_no_summit_told_is_a_citation():
    text = ("Các chuyên gia cho rằng hợp tác quốc phòng giữa Việt Nam và Thụy Điển còn nhiều dư địa. "
            "Trong Tuyên bố chung, hai bên từng cam kết tăng cường trao đổi đoàn.")
    assert not statements(text)


def test_planned_or_inside_a_phrase_is_none():
    planned = statements(SUMMIT + "\n\nTuyên bố chung sẽ nêu rõ các lĩnh vực hợp tác ưu tiên.")
    inside = statements(SUMMIT + "\n\nHai bên sớm cụ thể hóa nội dung quốc phòng trong Tuyên bố chung, "
                        "ưu tiên an ninh biển.")
    drafted = statements(SUMMIT + "\n\nTrong dự thảo Tuyên bố chung, hai bên nêu các lĩnh vực ưu tiên.")
    assert not planned and not inside and not drafted
