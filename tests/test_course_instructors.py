"""Round 46b: the instructors told in the sentence right after a joint course's ("Giảng viên là các
chuyên gia của Bộ Quốc phòng Pháp và Trung tâm ... New Zealand") give the course their countries, as
its trainees do (`course-trainees-open`). Sentences written for the test."""

from __future__ import annotations

from reading_helpers import events


def test_the_instructors_countries_are_the_courses() -> None:
    text = ("Sáng 12/3/2026, tại Hà Nội, Cục Gìn giữ hòa bình Việt Nam phối hợp với Bộ Quốc phòng Pháp khai mạc "
            "Khóa huấn luyện quan sát viên quân sự năm 2026. Khóa huấn luyện kéo dài từ ngày 12/3 đến ngày 27/3, "
            "với 30 học viên đến từ Việt Nam, Lào và Campuchia. Giảng viên là các chuyên gia của Bộ Quốc phòng "
            "Pháp và Trung tâm Huấn luyện gìn giữ hòa bình New Zealand.")
    found = events(text, kind="Exercise")
    assert found and "NZL" in found[0].countries
