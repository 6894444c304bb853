"""A visit's days closing a long purpose told after its trigger ("sang thăm chính thức và tham dự Lễ
kỷ niệm ... Quốc khánh ..., từ ngày 31/8-6/9") are the visit's, though the welcome's day heads the
sentence (round 40, realev4)."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

TEXT = ("Sáng 2/9, tại Hà Nội, Đại tướng Nguyễn Văn A, Bộ trưởng Bộ Quốc phòng, chủ trì lễ đón Đoàn đại "
        "biểu quân sự cấp cao Mông Cổ do Bộ trưởng Quốc phòng Mông Cổ B. Enkhbayar dẫn đầu, nhân dịp sang "
        "thăm chính thức và tham dự chuỗi hoạt động chào mừng 79 năm Cách mạng tháng Tám thành công và Quốc "
        "khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam tổ chức tại Thủ đô Hà Nội, từ ngày 30/8-4/9. Ngay sau lễ "
        "đón, hai bên tiến hành hội đàm.")


def test_the_days_after_the_purpose_are_the_visits():
    visits = events(TEXT, PartialDate(2024, 9, 2), kind="Visit")
    assert [(v.start.iso(), v.end.iso()) for v in visits] == [("2024-08-30", "2024-09-04")]
    assert "event.days-after-the-purpose" in rules_of(visits)


def test_the_talks_keep_the_welcomes_day():
    talks = events(TEXT, PartialDate(2024, 9, 2), kind="Talks")
    assert [t.start.iso() for t in talks] == ["2024-09-02"]
