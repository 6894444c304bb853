"""Round 19 (heldout25's phenomena), on sentences of our own: another story glued after an
author's name printed in capitals, with no headline of its own."""

from __future__ import annotations

from reading_helpers import read, rules_of

from kg.model import PartialDate
from kg.pipeline.clean import STORY_AFTER_CAPS_AUTHOR, clean_page

# ---------------------------------------------------------------- a story after a byline in capitals

_BODY = ("Tàu hộ vệ Te Kaha cập cảng Cam Ranh\n\n"
         "Sáng 5/3, tàu Te Kaha của Hải quân Hoàng gia New Zealand đã cập Cảng quốc tế Cam Ranh, bắt đầu "
         "chuyến thăm xã giao 4 ngày. Đón tàu có Đại tá Đinh Công Sơn, Phó Tư lệnh Vùng 4 Hải quân.\n\n"
         "Trong thời gian ở Khánh Hòa, thủy thủ hai bên sẽ giao lưu thể thao và tham quan thành phố.\n\n")
_GLUED = ("Ông Peter Hollis, Đặc phái viên Thương mại của Thủ tướng Anh về Campuchia, ngày 5.3 đã làm việc "
          "với doanh nghiệp tỉnh Bình Dương về cơ hội đầu tư vào năng lượng tái tạo.")


def test_the_paragraph_after_a_byline_in_capitals_is_another_story() -> None:
    for byline in ("MINH HẢI", "THU HÀ (từ Singapore)", "NGUYỄN VĂN TOÀN"):
        cleaned = clean_page(_BODY + byline + "\n\n" + _GLUED)
        assert "Peter Hollis" not in cleaned.text and "Te Kaha" in cleaned.text
        assert byline not in cleaned.text
        assert any(r.rule == STORY_AFTER_CAPS_AUTHOR and "Peter Hollis" in r.text for r in cleaned.removed)


def test_the_glued_story_gives_no_official_nor_partner() -> None:
    doc = read(_BODY + "KIM THOA (từ Cebu)\n\n" + _GLUED + "\n\nBình luận (0)", PartialDate(2026, 3, 6))
    assert "Peter Hollis" not in {o.name for o in doc.officials}
    assert "GBR" not in doc.partners and "NZL" in doc.partners


def test_a_heading_in_capitals_and_a_name_in_mixed_case_cut_nothing() -> None:
    # (round 24: the glued item itself now goes as a civil item, `clean.civil-item-at-end`; what is
    # checked here is that the heading or mixed-case name is no byline that cuts the page)
    for line in ("TRONG SỐ NÀY", "TIN VẮN", "Minh Hải", "KIM THOA, HÀ AN VÀ CÁC CỘNG TÁC VIÊN"):
        cleaned = clean_page(_BODY + line + "\n\n" + _GLUED)
        assert not any(r.rule == STORY_AFTER_CAPS_AUTHOR for r in cleaned.removed), line


def test_a_byline_in_capitals_closing_the_page_is_dropped_and_cuts_nothing_more() -> None:
    cleaned = clean_page(_BODY + "MINH HẢI\n\nBình luận (0)")
    assert "MINH HẢI" not in cleaned.text and "Te Kaha" in cleaned.text
    assert not any(r.rule == STORY_AFTER_CAPS_AUTHOR for r in cleaned.removed)


# ---------------------------------------------------------------- a programme told as taking place on a day


def test_an_exchange_heading_its_sentence_and_taking_place_on_a_day_is_one() -> None:
    for head in ("Chương trình giao lưu", "Buổi giao lưu", "Giao lưu"):
        text = (f"Giao lưu biên giới\n\n{head} hữu nghị giữa lực lượng vũ trang tỉnh Hà Tĩnh và tỉnh Bolikhamxay "
                "(Lào) đã diễn ra ngày 12/5 tại cửa khẩu Cầu Treo.")
        doc = read(text, PartialDate(2025, 5, 13))
        found = [e for e in doc.events if e.type == "Exchange"]
        assert [e.start for e in found] == [PartialDate(2025, 5, 12)], head
        assert "event.takes-place-on-day" in rules_of(found)


def test_an_exchange_that_will_take_place_or_is_not_the_subject_opens_none() -> None:
    for text in ("Chương trình giao lưu hữu nghị giữa hai tỉnh sẽ diễn ra ngày 12/5 tại cửa khẩu Cầu Treo.",
                 "Hai bên nhất trí tăng cường giao lưu, hội nghị sơ kết diễn ra ngày 12/5 tại Hà Tĩnh."):
        doc = read("Tin biên giới\n\n" + text, PartialDate(2025, 5, 1))
        assert not [e for e in doc.events if e.type == "Exchange"], text


# ---------------------------------------------------------------- a unit and another party after it


def test_a_country_after_a_unit_and_a_conjunction_is_the_other_partys() -> None:
    for unit in ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh", "Bộ CHQS tỉnh Hà Tĩnh"):
        text = (f"Giao lưu biên giới\n\nSáng 12/5, Đại tá Lê Văn Tường, Chỉ huy trưởng {unit} và đoàn "
                "Campuchia trồng cây hữu nghị tại cột mốc 12.")
        doc = read(text, PartialDate(2025, 5, 13))
        assert [(o.name, o.country) for o in doc.officials] == [("Lê Văn Tường", "VNM")], unit


def test_a_country_right_after_a_unit_stays_the_units() -> None:
    doc = read("Tuần tra chung\n\nSáng 12/5, Bộ đội Biên phòng Campuchia và Đồn Biên phòng Cầu Treo tuần tra "
               "song phương.", PartialDate(2025, 5, 13))
    vietnamese = [c.surface for c in doc.countries if c.code == "VNM"]
    assert "Đồn Biên phòng" in vietnamese and "Bộ đội Biên phòng" not in vietnamese


# ---------------------------------------------------------------- a rare Chinese-looking surname of a Vietnamese leader


def test_a_three_syllable_name_with_a_chinese_surname_far_from_a_foreign_country_is_vietnamese() -> None:
    text = ("Bộ trưởng Quốc phòng Malaysia thăm Việt Nam\n\n"
            "Chiều 3/4, Bộ trưởng Quốc phòng Malaysia Mohamed Khaled Nordin hội đàm tại Hà Nội.\n\n"
            "Sáng 4/4, tại Phủ Chủ tịch, Chủ tịch nước Khâu Minh Đạt đã tiếp Bộ trưởng Mohamed Khaled Nordin.")
    doc = read(text, PartialDate(2025, 4, 5))
    assert {o.name: o.country for o in doc.officials}["Khâu Minh Đạt"] == "VNM"
    by_name = {o.name: o for o in doc.officials}
    assert "official.chinese-surname-far-country" in rules_of([by_name["Khâu Minh Đạt"]])


def test_a_chinese_leader_keeps_a_foreign_country_of_his_paragraph_or_the_china_the_article_tells() -> None:
    doc = read("Quan hệ Ấn Độ\n\nTổng thống Ấn Độ thăm Việt Nam tháng 8, ngay trước khi Chủ tịch Tập Cận Bình "
               "đến thăm Ấn Độ.", PartialDate(2025, 4, 5))
    assert {o.name: o.country for o in doc.officials}.get("Tập Cận Bình") != "VNM"
    doc = read("Thượng đỉnh\n\nQuan hệ Trung Quốc và Mỹ được chú ý. Thủ tướng Malaysia nói về Mỹ.\n\n"
               "Chủ tịch Tập Cận Bình phát biểu tại hội nghị.", PartialDate(2025, 4, 5))
    assert {o.name: o.country for o in doc.officials}.get("Tập Cận Bình") == "CHN"


# ---------------------------------------------------------------- an earlier edition told by its number in words


def test_an_earlier_edition_in_words_does_not_date_the_named_dialogue() -> None:
    text = ("Đối thoại chính sách quốc phòng Việt Nam - Bỉ lần thứ 4\n\n"
            "Sáng 12/3, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến và ông Jan Peeters, Tổng Thư ký Bộ Quốc phòng Bỉ "
            "đồng chủ trì Đối thoại chính sách quốc phòng Việt Nam - Bỉ lần thứ 4.\n\n"
            "Tại đối thoại, hai bên đánh giá kết quả hợp tác kể từ lần đối thoại thứ ba (năm 2023).")
    found = [e for e in read(text, PartialDate(2026, 3, 13)).events if e.type == "Dialogue"]
    assert [e.start for e in found] == [PartialDate(2026, 3, 12)]


# ---------------------------------------------------------------- a place's name closing a foreign person's name


def test_a_place_name_closing_a_foreign_persons_name_is_no_place() -> None:
    text = ("Gặp song phương\n\nNgày 30/5, Thượng tướng Hoàng Xuân Chiến gặp Tổng Tham mưu trưởng Liên quân Lực "
            "lượng Phòng vệ Nhật Bản Đại tướng Yoshida Takeo.")
    doc = read(text, PartialDate(2026, 6, 1))
    assert "KHM" not in {c.code for c in doc.countries}
    assert ("Yoshida Takeo", "JPN") in {(o.name, o.country) for o in doc.officials}


def test_a_place_after_a_province_word_stays_a_place() -> None:
    doc = read("Tuần tra\n\nNgày 3/5, Bộ CHQS tỉnh An Giang và Bộ Tư lệnh tỉnh Takeo tuần tra chung.",
               PartialDate(2026, 5, 4))
    assert "KHM" in {c.code for c in doc.countries}


# ---------------------------------------------------------------- the delegations at a multilateral meeting


def test_the_plenary_sessions_in_the_plural_show_the_countries_at_the_forum() -> None:
    text = ("Việt Nam dự Đối thoại Shangri-La lần thứ 22\n\n"
            "Từ ngày 30/5-1/6, Đoàn đại biểu Bộ Quốc phòng Việt Nam do Thượng tướng Hoàng Xuân Chiến dẫn đầu "
            "đã tham dự Đối thoại Shangri-La lần thứ 22 tại Singapore.\n\n"
            "Các phiên toàn thể có sự tham gia của Bộ trưởng Quốc phòng Hoa Kỳ, Bộ trưởng Quốc phòng Trung Quốc "
            "và đoàn đại biểu cấp cao của Pháp, Đức, Canada.")
    forum = [e for e in read(text, PartialDate(2025, 6, 2)).events if e.type == "Conference"]
    assert len(forum) == 1
    assert {"USA", "CHN", "FRA", "DEU", "CAN", "SGP", "VNM"} <= set(forum[0].countries)


def test_plural_sessions_of_no_told_forum_and_one_delegation_list_nothing() -> None:
    doc = read("Tin ngắn\n\nCác phiên toàn thể thường kéo dài hai giờ, theo ban tổ chức.", PartialDate(2025, 6, 2))
    assert not doc.events


# ---------------------------------------------------------------- talks on another day than the dialogue told


def test_talks_on_their_own_day_after_a_dialogue_are_talks() -> None:
    text = ("Nhìn lại năm 2025\n\n"
            "Ngày 18/3, tại Tokyo, Thượng tướng Hoàng Xuân Chiến và ông Sato Ken, Thứ trưởng Quốc phòng Nhật Bản "
            "đồng chủ trì Đối thoại chính sách quốc phòng Việt Nam - Nhật Bản lần thứ 11.\n\n"
            "Tháng 4, Bộ trưởng Quốc phòng Malaysia Mohamed Khaled Nordin thăm chính thức Việt Nam. Tại hội đàm "
            "ngày 10/4 ở Hà Nội, Đại tướng Phan Văn Giang và Bộ trưởng Mohamed Khaled Nordin đã ký Ý định thư.")
    events = read(text, PartialDate(2025, 12, 29)).events
    talks = [e for e in events if e.type == "Talks"]
    assert [t.start for t in talks] == [PartialDate(2025, 4, 10)] and "MYS" in talks[0].countries
    dialogue = [e for e in events if e.type == "Dialogue"]
    assert "MYS" not in dialogue[0].countries


def test_after_talks_on_the_dialogues_day_is_the_dialogue() -> None:
    text = ("Đối thoại\n\nNgày 18/3, tại Tokyo, Thượng tướng Hoàng Xuân Chiến và ông Sato Ken, Thứ trưởng Quốc phòng "
            "Nhật Bản đồng chủ trì Đối thoại chính sách quốc phòng Việt Nam - Nhật Bản lần thứ 11.\n\n"
            "Sau hội đàm, hai bên ký biên bản ghi nhớ đối thoại.")
    assert not [e for e in read(text, PartialDate(2025, 3, 19)).events if e.type == "Talks"]


# ---------------------------------------------------------------- one word naming a delegation's leader


def test_one_foreign_word_after_a_long_title_and_before_dan_dau_is_the_leaders_whole_name() -> None:
    text = ("Hội nghị\n\nHội nghị có sự tham dự của trưởng đoàn các nước Brunei, Lào và Việt Nam. Đoàn Brunei do Thư "
            "ký Thường trực Bộ Quốc phòng kiêm Chủ tịch Hội đồng Quỹ Phúc lợi Lực lượng Vũ trang Hoàng gia Brunei "
            "Darussalam Haslan dẫn đầu.")
    doc = read(text, PartialDate(2026, 2, 26))
    assert ("Haslan", "BRN") in {(o.name, o.country) for o in doc.officials}
    assert "official.single-name-leader" in rules_of([o for o in doc.officials if o.name == "Haslan"])


def test_one_word_elsewhere_stays_a_short_form_without_its_full_name() -> None:
    doc = read("Gặp gỡ\n\nSáng 3/2, Bộ trưởng Quốc phòng Brunei Haslan phát biểu tại hội nghị.", PartialDate(2026, 2, 4))
    assert "Haslan" not in {o.name for o in doc.officials}


def test_navies_listed_after_nhu_and_partners_listed_after_cac_doi_tac_take_part() -> None:
    text = ("Diễn tập đa phương\n\nTừ ngày 3 đến 9/3, Diễn tập Hải quân đa phương Sea Guard 2025 diễn ra tại vùng biển "
            "Bali, Indonesia. Diễn tập có sự tham gia của hải quân nhiều nước, trong đó có các nước ASEAN như "
            "Indonesia, Malaysia, Brunei và Việt Nam, cùng các đối tác Australia, Canada.")
    drill = [e for e in read(text, PartialDate(2025, 3, 12)).events if e.type == "Exercise"]
    assert len(drill) == 1 and {"IDN", "MYS", "BRN", "AUS", "CAN", "VNM"} <= set(drill[0].countries)


def test_the_partners_of_one_country_list_nothing() -> None:
    text = ("Hợp tác\n\nNgày 5/3, Hải quân Việt Nam diễn tập với Hải quân Ấn Độ; quan hệ với các đối tác Nhật Bản "
            "không ngừng được củng cố.")
    drill = [e for e in read(text, PartialDate(2025, 3, 12)).events if e.type == "Exercise"]
    assert all("JPN" not in e.countries for e in drill)
