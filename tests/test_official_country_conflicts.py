"""An official's country read on one page that another page contradicts (graph conflicts): a
country of another person's title, a secretariat official of an international organisation."""

from __future__ import annotations

from kg.model import Official
from tests.reading_helpers import officials_by_name, read, rules_of


def official(name: str, text: str) -> Official:
    """The official called `name` read from `text`."""
    return officials_by_name(read(text))[name]


def test_secretariat_official_represents_no_member_state():
    off = official("Alonzo Pereira Gutmann",
                   "Hội nghị Quan chức Quốc phòng cấp cao ASEAN diễn ra tại Viêng Chăn, Lào ngày 3/4/2024.\n"
                   "Tại hội nghị, Phó Tổng thư ký ASEAN phụ trách Cộng đồng Chính trị - An ninh Alonzo Pereira "
                   "Gutmann trình bày báo cáo về hợp tác quốc phòng của Lào và các nước thành viên.")
    assert off.country is None
    assert "official.international-secretariat" in rules_of([off])


def test_secretariat_guard_country_in_title_kept():
    off = official("Norbert Quillfeldt",
                   "Đại sứ Hoa Kỳ tại ASEAN Norbert Quillfeldt dự lễ khai mạc hội nghị tại Jakarta, Indonesia.")
    assert off.country == "USA"


def test_roll_of_ministers_country_of_another_title_not_taken():
    doc = read("Hội nghị an ninh khai mạc tại Singapore ngày 2/6/2023.\n"
               "Ngoài Bộ trưởng Quốc phòng Anh Wilbur Fenton, Bộ trưởng Quốc phòng Marcel Dujardin-Roux, "
               "Bộ trưởng Quốc phòng Canada Ellery Mortimer cũng sẽ tham dự.")
    by_name = officials_by_name(doc)
    assert by_name["Marcel Dujardin-Roux"].country is None
    assert by_name["Wilbur Fenton"].country == "GBR"
    assert by_name["Ellery Mortimer"].country == "CAN"


def test_roll_guard_country_of_the_sentence_still_taken():
    doc = read("Đoàn đại biểu Quân đội Hoàng gia Thái Lan gồm Đại tá Somchai Rattanakul và Trung tá "
               "Prasert Boonmee đã đến Hà Nội ngày 5/5/2023.")
    by_name = officials_by_name(doc)
    assert by_name["Prasert Boonmee"].country == "THA"


def test_secretariat_official_short_form_takes_no_country_of_the_page():
    off = official("Haldor Wennberg",
                   "Tổng thư ký NATO Haldor Wennberg cho biết quân đội Nga đang tăng cường lực lượng ở Ukraine.\n"
                   "Trong cuộc họp báo, ông Wennberg nói Nga sẽ mở một cuộc tấn công mới.")
    assert off.country is None


def test_name_above_the_story_takes_no_country_of_the_article():
    doc = read("“Châu Á là ưu tiên của chính quyền Tổng thống Hollis Brandt”, một quan chức nói.\n"
               "Tàu Hải quân Nhật Bản thăm Cam Ranh\n"
               "Ngày 3-4, tàu khu trục của Lực lượng Phòng vệ Biển Nhật Bản đã cập Cảng quốc tế Cam Ranh, "
               "bắt đầu chuyến thăm Việt Nam. Đoàn Nhật Bản do Đại tá Sato Kenji dẫn đầu.")
    by_name = officials_by_name(doc)
    assert by_name["Hollis Brandt"].country is None
    assert "official.named-before-the-story" in rules_of([by_name["Hollis Brandt"]])


def test_name_in_the_story_guard_takes_the_article_country():
    off = official("Hollis Brandt",
                   "Tàu Hải quân Nhật Bản thăm Cam Ranh\n"
                   "Ngày 3-4, tàu khu trục của Lực lượng Phòng vệ Biển Nhật Bản đã cập Cảng quốc tế Cam Ranh.\n"
                   "Chuyến thăm của Chuẩn Đô đốc Hollis Brandt góp phần tăng cường quan hệ giữa hải quân hai nước.")
    assert off.country == "JPN"


def test_title_chain_stops_at_a_name_no_rank_introduces():
    off = official("Lê Minh Thành",
                   "Ngày 2/9, hội thảo về hợp tác khắc phục hậu quả chiến tranh diễn ra tại Ottawa với sự tham dự "
                   "của Đại sứ Việt Nam tại Canada Lê Minh Thành, Thượng nghị sĩ Gordon Fairweather...")
    assert off.positions == ["Đại sứ Việt Nam tại Canada"]
    assert "official.title-stops-at-a-name" in rules_of([off])


def test_title_chain_guard_titles_after_a_name_kept():
    off = official("Lê Minh Thành",
                   "Ngày 2/9, Đại tướng Lê Minh Thành, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng tiếp "
                   "Đô đốc Gordon Fairweather, Tư lệnh Hải quân Hoàng gia Canada.")
    assert off.positions == ["Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Quốc phòng"]


def test_officer_in_a_caption_above_the_story_guard_takes_the_article_country():
    off = official("Dragan Vukosav",
                   "Đại tướng Lê Minh Thành và Thiếu tướng Dragan Vukosav duyệt đội danh dự tại lễ đón.\n"
                   "Sáng 14/5, tại Hà Nội, Đại tướng Lê Minh Thành chủ trì lễ đón Đoàn đại biểu quân sự cấp cao "
                   "Serbia thăm chính thức Việt Nam. Quan hệ Việt Nam - Serbia không ngừng phát triển.")
    assert off.country == "SRB"


def test_headline_naming_a_president_guard_takes_the_article_country():
    off = official("Ramiro Valdivieso",
                   "Tổng thống Ramiro Valdivieso kết thúc chuyến thăm cấp Nhà nước Việt Nam\n"
                   "Chiều 9/3, Tổng thống Cộng hòa Paraguay cùng Phu nhân rời Hà Nội, kết thúc chuyến thăm. "
                   "Việt Nam và Paraguay nhất trí thúc đẩy hợp tác quốc phòng.")
    assert off.country == "PRY"


def test_title_chain_guard_closing_on_a_place_in_vietnamese_syllables_kept():
    off = official("Hoàng Minh Đức",
                   "Ngày 8/3, Đại tá Hoàng Minh Đức, Chỉ huy trưởng Đồn Biên phòng cửa khẩu Thanh Thủy, "
                   "làm việc với đoàn công tác của tỉnh bạn.")
    assert off.positions == ["Chỉ huy trưởng Đồn Biên phòng cửa khẩu Thanh Thủy"]
