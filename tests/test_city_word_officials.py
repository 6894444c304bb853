"""A person named right after "thành phố" ("Phó Chủ tịch UBND thành phố Lạc Văn Bình") is an
official of an unnamed city, as after "tỉnh"; a city's own name there stays a place."""

from kg.model import PartialDate
from reading_helpers import officials_by_name, read


def test_official_after_city_word_with_rare_surname():
    doc = read("Sáng 12/9, Phó Chủ tịch UBND thành phố Lạc Văn Bình tiếp Đại tá Somchai Boonmee, "
               "Tùy viên Quốc phòng Thái Lan tại Việt Nam.", PartialDate(2025, 9, 12))
    assert "Lạc Văn Bình" in officials_by_name(doc)


def test_city_name_after_city_word_is_no_official():
    doc = read("Sáng 12/9, đoàn đại biểu Thái Lan thăm thành phố Hồ Chí Minh và làm việc với "
               "Bộ Tư lệnh Thành phố Hồ Chí Minh.", PartialDate(2025, 9, 12))
    assert not any("Hồ Chí Minh" in name for name in officials_by_name(doc))
