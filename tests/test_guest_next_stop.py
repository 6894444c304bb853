"""A visit's later stop closing a state-visit story ("Sáng 12/3, Tổng thống Uruguay và đoàn đã đến tỉnh X. Ông Y,
Chủ tịch UBND tỉnh đã tiếp ...") is the story's own guest, told by the title and country of the story's lead or
again without a name ("đoàn đã ...", "Tổng thống và Phu nhân đã ..."): it stays, though it holds no defence word and
no Vietnamese name of the story. A glued item of the guest's country with other people ("Bộ trưởng Nông nghiệp
Uruguay X ...", "Phó Tổng thống Uruguay X ...") still goes (`clean.civil-item-at-end`, round 40b)."""

from __future__ import annotations

from kg.model import PartialDate
from reading_helpers import read, removed

DAY = PartialDate(2026, 3, 12)
STORY = ("Tổng thống Uruguay kết thúc chuyến thăm cấp Nhà nước Việt Nam\n\n"
         "Nhận lời mời của Chủ tịch nước Lưu Bá Khang, Tổng thống nước Cộng hòa Đông Uruguay và Phu nhân đã thăm "
         "cấp Nhà nước Việt Nam từ ngày 10 đến 12/3.\n\n"
         "Sáng 10/3, Chủ tịch nước Lưu Bá Khang chủ trì lễ đón Tổng thống Uruguay Joaquín Berreta. Hai nhà lãnh "
         "đạo hội đàm và chứng kiến trao Bản ghi nhớ về hợp tác quốc phòng giữa hai Bộ Quốc phòng.\n\n"
         "Chiều 11/3, Thượng tướng Mạc Đình Phong, Thứ trưởng Bộ Quốc phòng, đã tiếp Bộ trưởng Quốc phòng Uruguay "
         "tháp tùng Tổng thống; hai bên bàn về gìn giữ hòa bình và đào tạo.\n\n")
TAIL = "\n\nThanh Bình\n"


def _cut(doc) -> bool:
    return "clean.civil-item-at-end" in removed(doc)


def test_the_guest_told_by_title_and_country_goes_on_to_a_province() -> None:
    doc = read(STORY + "Sáng 12/3, Tổng thống Uruguay và đoàn đã đến tỉnh Quảng Ninh. Ông Tống Văn Thạch, Chủ tịch "
               "UBND tỉnh Quảng Ninh đã tiếp Tổng thống, giới thiệu tiềm năng du lịch và cảng biển của tỉnh." + TAIL,
               DAY)
    assert not _cut(doc)
    assert "Tống Văn Thạch" in {o.name for o in doc.officials}


def test_the_delegation_told_again_without_a_name_stays() -> None:
    doc = read(STORY + "Chiều cùng ngày, đoàn đã đến thăm tỉnh Bắc Ninh. Ông Khúc Minh Tâm, Chủ tịch UBND tỉnh "
               "Bắc Ninh đã tiếp đoàn, thông tin về các khu công nghiệp điện tử." + TAIL, DAY)
    assert not _cut(doc)


def test_the_guests_bare_title_stays() -> None:
    doc = read(STORY + "Cùng ngày, Tổng thống và Phu nhân đã đến Thành phố Hồ Chí Minh. Bà Âu Thị Ngân, Phó Chủ "
               "tịch UBND Thành phố đã đón và giới thiệu về logistics của Thành phố." + TAIL, DAY)
    assert not _cut(doc)


def test_another_minister_of_the_guests_country_goes() -> None:
    doc = read(STORY + "Cùng ngày, Bộ trưởng Nông nghiệp Uruguay Valentina Sosa đã làm việc với tỉnh Cần Thơ về "
               "xuất khẩu gạo. Ông Tôn Thất Hòa, Chủ tịch UBND thành phố Cần Thơ đã tiếp." + TAIL, DAY)
    assert _cut(doc)
    assert "Valentina Sosa" not in {o.name for o in doc.officials}


def test_the_guests_deputy_goes() -> None:
    doc = read(STORY + "Sáng 12/3, Phó Tổng thống Uruguay Emilio Larrañaga đã đến Đà Nẵng. Ông Tôn Thất Hòa, Chủ "
               "tịch UBND thành phố Đà Nẵng đã tiếp, trao đổi về du lịch." + TAIL, DAY)
    assert _cut(doc)


def test_a_bare_title_the_story_gives_a_vietnamese_receiving_a_new_country_goes() -> None:
    doc = read(STORY + "Cùng ngày, Chủ tịch nước đã tiếp Đại sứ Áo Lukas Gruber đến chào từ biệt, đánh giá cao đóng "
               "góp của Đại sứ vào quan hệ thương mại." + TAIL, DAY)
    assert _cut(doc)


PM_STORY = ("Thủ tướng Ireland thăm chính thức Việt Nam\n\n"
            "Theo lời mời của Thủ tướng Chính phủ Ninh Quốc Bảo, Thủ tướng Ireland Cormac Delaney đã thăm chính thức "
            "Việt Nam từ ngày 10 đến 12/3.\n\n"
            "Tại hội đàm, hai Thủ tướng nhất trí tăng cường hợp tác quốc phòng, gìn giữ hòa bình và an ninh biển.\n\n"
            "Hai Thủ tướng chứng kiến trao thỏa thuận hợp tác quốc phòng giữa hai Bộ Quốc phòng.\n\n")


def test_a_bare_title_the_story_gives_a_vietnamese_too_is_no_back_reference() -> None:
    doc = read(PM_STORY + "Cùng ngày, Thủ tướng đã dự Hội nghị xúc tiến đầu tư vùng Đồng bằng sông Cửu Long; ông Lò "
               "Văn Sính, Chủ tịch UBND tỉnh Hậu Giang đã báo cáo về các dự án năng lượng tái tạo." + TAIL, DAY)
    assert _cut(doc)
