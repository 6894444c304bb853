"""Round 16 (heldout22's phenomena), on sentences of our own: a head line of '|' fields, an
agency dateline's bare day, a paper's long bracketed tag before the lead's date, a foreign
news item glued at the end of a page, a meeting opening its paragraph on a day of meetings,
and the welcome of several ships."""

from __future__ import annotations

from reading_helpers import events, read, rules_of

from kg.model import PartialDate
from kg.pipeline.clean import FOREIGN_STORY, clean_page
from kg.pipeline.dates import META_FIELD, find_dates, infer_publication_date

# ---------------------------------------------------------------- a head line of fields


def test_a_head_line_of_fields_dates_the_page_by_its_stamp_field() -> None:
    raw = ("TẠP CHÍ QUỐC PHÒNG TOÀN DÂN\nMục: Hợp tác quốc tế | Số 7/2024 | Đăng ngày 03/07/2024\n\n"
           "Nhìn lại nửa năm\n\nNgày 12-2, tàu X cập cảng. Tháng 5, hai bên ký bản ghi nhớ.")
    body = "Nhìn lại nửa năm\n\nNgày 12-2, tàu X cập cảng. Tháng 5, hai bên ký bản ghi nhớ."
    assert infer_publication_date(raw, body, []) == PartialDate(2024, 7, 3)


def test_the_fields_rule_is_told_and_a_line_of_fields_without_a_stamp_word_dates_nothing() -> None:
    doc = read("Mục: Hợp tác quốc tế | Số 7/2024 | Đăng ngày 03/07/2024\n\nNhìn lại nửa năm\n\n"
               "Ngày 12-2, Đại tướng Lương Tam Quang tiếp Đại sứ Nhật Bản Ito Naoki.")
    assert doc.published == PartialDate(2024, 7, 3)
    assert any(w.startswith(META_FIELD) for w in doc.warnings)
    raw = "Số 7 | Từ ngày 3 đến 9/7/2024 | Trang 4\n\nMột bài\n\nNội dung không có ngày."
    assert infer_publication_date(raw, "Một bài\n\nNội dung không có ngày.", []) != PartialDate(2024, 7, 3)


# ---------------------------------------------------------------- an agency dateline's bare day


def test_the_bare_day_of_an_agency_dateline_is_a_date() -> None:
    ref = PartialDate(2025, 6, 6)
    for text in ("(ANTĐ) - Đà Nẵng, 5/6 - Sáng nay, tàu X cập cảng.",
                 "Viêng Chăn, 5/6 (VOV) - Chiều nay, hai bên hội đàm."):
        found = find_dates(text, ref)
        assert found and found[0].date == PartialDate(2025, 6, 5) and found[0].surface == "5/6"


def test_a_fraction_after_a_comma_is_no_dateline() -> None:
    assert find_dates("Số phiếu đạt, 3/4 - một tỷ lệ cao.", PartialDate(2025, 6, 6)) == []
    assert find_dates("Hai bên thống nhất, 2/3 số nội dung đã xong.", PartialDate(2025, 6, 6)) == []


def test_a_deictic_day_after_a_dateline_is_counted_from_the_dateline() -> None:
    text = ("Hải quân hai nước hội đàm\n\n(QĐ) - Hải Phòng, 21/3 - Sáng nay, tại Bộ Tư lệnh Vùng 1 Hải quân, "
            "Chuẩn Đô đốc Nguyễn Văn Lâm, Tư lệnh Vùng 1 Hải quân đã hội đàm với Đại tá Sato Kenji, "
            "Tùy viên Quốc phòng Nhật Bản tại Việt Nam.")
    talks = events(text, PartialDate(2025, 3, 22), "Talks")
    assert [t.start for t in talks] == [PartialDate(2025, 3, 21)]


def test_a_visit_framing_the_sentence_is_not_dated_by_the_dateline() -> None:
    text = ("Đại tướng thăm Thái Lan\n\nBangkok, 3/9 (TTXVN) - Trong khuôn khổ chuyến thăm chính thức Thái Lan, "
            "sáng nay, Đại tướng Lương Tam Quang, Bộ trưởng Bộ Quốc phòng Việt Nam đã hội đàm với Bộ trưởng "
            "Quốc phòng Thái Lan Somchai Rattanakul.")
    found = events(text, PartialDate(2025, 9, 3))
    assert PartialDate(2025, 9, 3) in [e.start for e in found if e.type == "Talks"]
    assert PartialDate(2025, 9, 3) not in [e.start for e in found if e.type == "Visit"]


# ---------------------------------------------------------------- a paper's long tag before the lead's date


def test_a_long_bracketed_tag_does_not_hide_the_date_heading_the_lead() -> None:
    text = ("Giao lưu biên giới Việt Nam - Campuchia\n\n(Biên phòng và Đời sống) - Từ ngày 14-16/4, tại tỉnh "
            "Tây Ninh, Bộ Quốc phòng hai nước phối hợp tổ chức Giao lưu hữu nghị quốc phòng biên giới "
            "Việt Nam - Campuchia lần thứ 4.")
    found = events(text, PartialDate(2026, 4, 17), "Exchange")
    assert [e.start for e in found] == [PartialDate(2026, 4, 14)]


# ---------------------------------------------------------------- a foreign item glued at the end


_STORY = ("Tàu Hải quân Nhật Bản thăm Đà Nẵng\n\n"
          "Sáng 10/5, tàu JS Kirisame của Hải quân Nhật Bản cập cảng Tiên Sa, bắt đầu chuyến thăm thành phố "
          "Đà Nẵng đến ngày 13/5.\n\n"
          "Dự lễ đón có Đại tá Hồ Văn Phúc, Phó Tư lệnh Vùng 3 Hải quân và đại diện Tổng Lãnh sự quán Nhật Bản.\n\n"
          "Trong thời gian ở Đà Nẵng, thủy thủ tàu giao lưu thể thao với cán bộ, chiến sĩ Vùng 3 Hải quân.\n\n")


def test_a_last_paragraph_of_another_country_pair_is_cut_as_a_glued_item() -> None:
    last = ("Hôm qua, tại Canberra, Thủ tướng Australia Mark Ellison đã tiếp Tổng thống Chile Pablo Rivas "
            "nhân chuyến thăm cấp nhà nước; hai bên bàn về thương mại nông sản.")
    cleaned = clean_page(_STORY + last)
    assert "Canberra" not in cleaned.text
    assert FOREIGN_STORY in [r.rule for r in cleaned.removed]
    names = [o.name for o in read(_STORY + last).officials]
    assert "Mark Ellison" not in names and "Pablo Rivas" not in names


def test_a_last_paragraph_with_a_vietnamese_side_or_a_country_told_before_stays() -> None:
    with_vietnamese = ("Sáng 12/5, Đại tá Hồ Văn Phúc hội đàm với Trung tá Tanaka Ryo, Hạm trưởng, về an ninh "
                       "hàng hải và tình hình xung đột ở Ukraine, cùng thị trường khí tài của Mỹ.")
    assert "Ukraine" in clean_page(_STORY + with_vietnamese).text
    # (round 22: a last paragraph naming a country new to the story as well, told with its day near its
    # opening, is another item though its subject's country was told: `clean.foreign-news-item-at-end`)
    told_before = ("Hôm qua, tại Tokyo, Bộ trưởng Quốc phòng Nhật Bản Nakamura Taro đã dự lễ hạ thủy một tàu "
                   "khu trục mới của Hải quân Nhật Bản, cùng loại với tàu JS Kirisame.")
    assert "Tokyo" in clean_page(_STORY + told_before).text


# ---------------------------------------------------------------- a day of meetings told one by one


def test_a_meeting_opening_its_paragraph_takes_the_day_last_told() -> None:
    text = ("Bộ trưởng gặp song phương bên lề ADMM+\n\n"
            "Ngày 20/11, Hội nghị ADMM+ khai mạc tại Kuala Lumpur.\n\n"
            "Sáng 21/11, bên lề hội nghị, Đại tướng Lương Tam Quang đã gặp song phương với Bộ trưởng Quốc phòng "
            "Nhật Bản Nakamura Taro và Bộ trưởng Quốc phòng Ấn Độ Arjun Mehra. Các bên trao đổi về tình hình "
            "khu vực.\n\n"
            "Tại cuộc gặp Bộ trưởng Quốc phòng Thái Lan Somchai Rattanakul, hai bên nhất trí tăng cường "
            "hợp tác đào tạo và công nghiệp quốc phòng.")
    meetings = events(text, PartialDate(2026, 11, 25), "Meeting")
    thai = [m for m in meetings if "THA" in m.countries]
    assert [m.start for m in thai] == [PartialDate(2026, 11, 21)]
    assert "event.meeting-opens-sentence" in rules_of(thai)


# ---------------------------------------------------------------- the welcome of several ships


def test_the_welcome_of_a_flotilla_is_its_port_call() -> None:
    text = ("Biên đội tàu Ấn Độ thăm Đà Nẵng\n\nSáng 2/8, tại cảng Tiên Sa, Bộ Tư lệnh Vùng 3 Hải quân tổ chức "
            "lễ đón biên đội tàu của Hải quân Ấn Độ gồm tàu INS Delhi và INS Satpura.")
    calls = events(text, PartialDate(2026, 8, 3), "PortCall")
    assert [c.start for c in calls] == [PartialDate(2026, 8, 2)]
    assert "IND" in calls[0].countries


# ---------------------------------------------------------------- a plan word inside a body's name


def test_a_plan_word_in_a_body_s_name_does_not_make_a_signing_a_plan() -> None:
    signed = read("Hợp tác nghiên cứu\n\nĐại tá Trần Minh Khoa, Viện trưởng Viện Kỹ thuật Hải quân và Đại tá Jan Novotný, "
                  "Giám đốc Trung tâm Nghiên cứu Quốc phòng Séc đã ký Ý định thư về hợp tác đào tạo.",
                  PartialDate(2026, 8, 12)).agreements
    assert [(a.type, sorted(a.parties)) for a in signed] == [("LetterOfIntent", ["CZE", "VNM"])]
    planned = read("Hợp tác\n\nHai bên nhất trí nghiên cứu ký Bản ghi nhớ về hợp tác quốc phòng giữa Việt Nam và Séc.",
                   PartialDate(2026, 8, 12)).agreements
    assert planned == []


def test_a_plan_agreed_on_after_the_signed_minutes_is_not_signed_itself() -> None:
    found = read("Hội đàm\n\nChiều 4/3, kết thúc hội đàm, hai Tư lệnh ký Biên bản hội đàm, thống nhất kế hoạch hợp tác "
                 "năm 2026 giữa Quân khu 4 và Quân khu 2 Lào.", PartialDate(2025, 3, 5)).agreements
    assert [a.type for a in found] == ["Minutes"]


# ---------------------------------------------------------------- a rare surname beside a foreign delegation


def test_a_chinese_only_surname_with_a_vietnamese_middle_name_beside_a_far_country_is_vietnamese() -> None:
    doc = read("Ký ý định thư\n\nSáng 5/6, Thiếu tướng Tiêu Văn Hòa, Viện trưởng Viện Kỹ thuật Hải quân và Đại tá "
               "Jan Novotný, Giám đốc Viện Quân y Séc đã ký Ý định thư về hợp tác quân y.", PartialDate(2026, 6, 6))
    assert {o.name: o.country for o in doc.officials}.get("Tiêu Văn Hòa") == "VNM"
    doc = read("Hội đàm\n\nChiều 5/6, tại Bắc Kinh, Thượng tướng Đổng Quân, Bộ trưởng Quốc phòng Trung Quốc hội đàm "
               "với Đại tướng Lương Tam Quang.", PartialDate(2026, 6, 6))
    assert {o.name: o.country for o in doc.officials}.get("Đổng Quân") == "CHN"
