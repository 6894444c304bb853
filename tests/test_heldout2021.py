"""Round 15 (issue 10), what heldout20 and heldout21 showed of the language: a journal page's
keywords line after its abstract opens the article, not its tag footer; a related-news header
with its headlines on the same line ("Tin khác: A | B") is no part of the story; a bare meet
verb ("còn gặp", "gặp ngắn") before officials of several countries is one meeting with each.
Sentences written for these tests."""

from kg.model import PartialDate
from kg.pipeline.clean import clean_page
from kg.pipeline.rules import registered_rules
from reading_helpers import events, read, rules_of


def _removed_rules(text: str) -> dict[str, str]:
    return {r.text: r.rule for r in clean_page(text).removed}


def test_keywords_after_an_abstract_open_the_journal_article():
    text = ("Hợp tác quốc phòng năm 2027\n\n"
            "Tóm tắt: Bài viết điểm lại hoạt động hợp tác quốc phòng song phương trong năm 2027 và rút ra "
            "một số bài học cho giai đoạn tới, trong bối cảnh khu vực có nhiều biến động.\n"
            "Từ khóa: hợp tác quốc phòng; hội nhập quốc tế.\n\n"
            "Ngày 4/3, tại Hà Nội, Thượng tướng Đỗ Văn Lâm tiếp Đại tá Karl Weber, Tùy viên Quốc phòng Đức.\n")
    cleaned = clean_page(text)
    assert "Thượng tướng Đỗ Văn Lâm tiếp Đại tá Karl Weber" in cleaned.text
    assert _removed_rules(text)["Từ khóa: hợp tác quốc phòng; hội nhập quốc tế."] == "clean.abstract-keywords"
    (meeting,) = events(text, PartialDate(2027, 12, 20), "Meeting")
    assert sorted(meeting.countries) == ["DEU", "VNM"]


def test_keywords_at_the_end_of_a_page_still_end_it():
    text = ("Tiếp Tùy viên Quốc phòng Đức\n\n"
            "Ngày 4/3, tại Hà Nội, Thượng tướng Đỗ Văn Lâm tiếp Đại tá Karl Weber, Tùy viên Quốc phòng Đức. "
            "Hai bên trao đổi về hợp tác đào tạo và gìn giữ hòa bình Liên hợp quốc trong thời gian tới.\n\n"
            "Từ khóa: Đức, tùy viên\n\n"
            "Tóm tắt: Bộ trưởng Quốc phòng Pháp thăm Nhật Bản.\n")
    cleaned = clean_page(text)
    assert "Pháp" not in cleaned.text
    assert _removed_rules(text)["Từ khóa: Đức, tùy viên"] == "clean.footer"


def test_a_related_news_header_with_its_headlines_on_one_line_is_dropped():
    for header in ("Tin khác", "Tin cùng chuyên mục", "Các tin khác", "Tin mới"):
        text = ("Đối thoại Chính sách Quốc phòng Việt Nam - Ireland\n\n"
                "Sáng 9/6, tại Hà Nội, Thượng tướng Đỗ Văn Lâm và ông Sean Kelly, Thứ trưởng Quốc phòng "
                "Ireland đồng chủ trì Đối thoại Chính sách Quốc phòng Việt Nam - Ireland lần thứ 2.\n\n"
                "Minh An\n\n"
                f"{header}: Thứ trưởng tiếp Đại sứ Chile | Việt Nam dự diễn đàn an ninh tại Hàn Quốc\n")
        doc = read(text, PartialDate(2027, 6, 9))
        assert not {"CHL", "KOR"} & set(doc.partners), header
        assert _removed_rules(text)[text.splitlines()[-1]] == "clean.widget", header


def test_a_bare_meet_verb_before_officials_of_two_countries_is_two_meetings():
    text = ("Bên lề hội nghị\n\n"
            "Ngày 6/11, tại Manila, Đại tướng Lê Minh Khoa, Bộ trưởng Bộ Quốc phòng dự Hội nghị Bộ trưởng "
            "Quốc phòng các nước ASEAN mở rộng.\n\n"
            "Cùng ngày, Đại tướng Lê Minh Khoa còn gặp Bộ trưởng Quốc phòng Canada Paul Grant và "
            "Phó Thủ tướng, Bộ trưởng Quốc phòng New Zealand Anna Cole.\n")
    found = events(text, PartialDate(2027, 11, 6), "Meeting")
    assert sorted(sorted(e.countries) for e in found) == [["CAN", "VNM"], ["NZL", "VNM"]]
    assert "event.meets-each-named" in rules_of(found)


def test_a_brief_meeting_with_three_counterparts_is_three_meetings():
    text = ("Bên lề hội nghị\n\n"
            "Ngày 6/11, tại Manila, Đại tướng Lê Minh Khoa dự Hội nghị Bộ trưởng Quốc phòng các nước ASEAN "
            "mở rộng.\n\n"
            "Cùng ngày, Đại tướng Lê Minh Khoa gặp ngắn Bộ trưởng Quốc phòng Canada Paul Grant, "
            "Bộ trưởng Quốc phòng Đức Hans Vogel và Bộ trưởng Quốc phòng Anh Tom Reid.\n")
    found = events(text, PartialDate(2027, 11, 6), "Meeting")
    assert sorted(sorted(e.countries) for e in found) == [["CAN", "VNM"], ["DEU", "VNM"], ["GBR", "VNM"]]


def test_a_country_after_the_official_met_is_no_second_meeting():
    text = ("Tiếp Đại sứ\n\n"
            "Ngày 6/11, Thượng tướng Đỗ Văn Lâm gặp Đại sứ Canada tại Lào Paul Grant để trao đổi về "
            "hợp tác gìn giữ hòa bình.\n")
    found = events(text, PartialDate(2027, 11, 6), "Meeting")
    assert len(found) == 1 and "event.meets-each-named" not in rules_of(found)


def test_the_round_15_rules_are_registered():
    names = set(registered_rules())
    assert {"clean.abstract-keywords", "event.meets-each-named", "event.activity-of-an-exchange",
            "event.year-after-the-page"} <= names


def test_an_activity_on_a_day_inside_a_named_exchange_is_part_of_it():
    text = ("Giao lưu biên giới qua ảnh\n\n"
            "Giao lưu hữu nghị Quốc phòng biên giới Việt Nam - Campuchia lần thứ 4 diễn ra hai ngày 14 và 15/3 "
            "tại tỉnh Tây Ninh (Việt Nam) và tỉnh Svay Rieng (Campuchia).\n\n"
            "Sáng 15/3, đoàn hai nước dự chương trình khám bệnh cho nhân dân và giao lưu văn nghệ "
            "\"Tình hữu nghị Việt - Campuchia\".\n")
    found = events(text, PartialDate(2027, 3, 16), "Exchange")
    assert len(found) == 1 and found[0].end == PartialDate(2027, 3, 15)
    assert "event.activity-of-an-exchange" in rules_of(found)


def test_an_activity_outside_any_named_exchange_stays_an_exchange():
    text = ("Hội đàm định kỳ\n\n"
            "Ngày 15/3, Đồn Biên phòng Mộc Bài và Đồn Cảnh sát biên giới Bavet (Campuchia) hội đàm định kỳ. "
            "Sau hội đàm, cán bộ, chiến sĩ hai bên giao lưu bóng chuyền hữu nghị.\n")
    found = events(text, PartialDate(2027, 3, 16), "Exchange")
    assert len(found) == 1 and "event.activity-of-an-exchange" not in rules_of(found)


def test_an_unnamed_happening_in_a_year_after_the_page_is_a_plan():
    text = ("Tiếp đoàn Bộ CHQS tỉnh Bò Kẹo\n\n"
            "Sáng 2/12, Thiếu tướng Trần Văn Hải tiếp Đoàn đại biểu Bộ Chỉ huy Quân sự tỉnh Bò Kẹo (Lào). "
            "Hai bên thống nhất tăng cường trao đổi đoàn, phối hợp đào tạo cán bộ và tổ chức giao lưu văn hóa, "
            "thể thao giữa lực lượng vũ trang hai tỉnh trong năm 2028.\n")
    doc = read(text, PartialDate(2027, 12, 2))
    assert [e.type for e in doc.events] == ["Meeting"]
    # (round 39: "thống nhất ... và tổ chức giao lưu ..." is also read as agreed on, a plan, before its year is looked at)
    dropped = [d.rule for d in doc.dropped if d.layer == "event"]
    assert "event.year-after-the-page" in dropped or "event.wish-or-plan" in dropped


def test_a_happening_in_the_page_year_told_by_its_year_stays():
    text = ("Tổng kết năm\n\n"
            "Trong năm 2027, Bộ Chỉ huy Quân sự tỉnh Điện Biên đã tổ chức giao lưu hữu nghị với "
            "Bộ Chỉ huy Quân sự tỉnh Phông-sa-lỳ (Lào).\n")
    found = events(text, PartialDate(2027, 12, 20), "Exchange")
    assert [e.start for e in found] == [PartialDate(2027)]


def test_a_stamp_after_a_section_name_dates_the_page():
    from kg.pipeline.dates import header_date

    assert header_date("Thực tiễn | Ngày đăng: 22/12/2027") == PartialDate(2027, 12, 22)
    assert header_date("Quốc phòng - Cập nhật: 05/03/2027") == PartialDate(2027, 3, 5)
    assert header_date("Hà Nội - Ngày 22/12/2027 hai bên ký kết biên bản") is None
    text = ("TẠP CHÍ NGHIÊN CỨU QUỐC PHÒNG\n"
            "Thực tiễn | Ngày đăng: 22/12/2027\n\n"
            "Điểm lại đối ngoại quốc phòng năm 2027\n\n"
            "Ngày 21/3, tại Hà Nội, Thượng tướng Đỗ Văn Lâm tiếp Đại tá Karl Weber, Tùy viên Quốc phòng Đức. "
            "Hai nước là đối tác chiến lược từ tháng 3/2026.\n\n"
            "Ngày 15/7, tại Hà Nội, Đại tướng Lê Minh Khoa hội đàm với Bộ trưởng Quốc phòng Hàn Quốc Park Sung-min.\n")
    doc = read(text)
    assert doc.published == PartialDate(2027, 12, 22)
    (talks,) = [e for e in doc.events if e.type == "Talks"]
    assert talks.start == PartialDate(2027, 7, 15)
