"""Readings from heldout24's misses (issue 10, round 19), each written as the general phrasing:
a day told relative to the one just before it in the same sentence ("... ngày 20/11 ... và Hội
nghị B ngày hôm sau"), and meetings told "Bên lề X, ..." on the day of the one-day event X."""

from kg.model import PartialDate
from kg.pipeline.dates import find_dates, relative_day_dates
from reading_helpers import drops, events, read, rules_of

PUBLISHED = PartialDate(2023, 12, 28)

ROUND_UP = (
    "Năm 2023, hoạt động đối ngoại quốc phòng đạt nhiều kết quả.\n\n"
    "Trên bình diện đa phương, tại Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 17 (ADMM-17) "
    "ngày 15/11 ở Jakarta (Indonesia) và Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng (ADMM+) "
    "lần thứ 10 ngày hôm sau, đoàn Việt Nam đóng góp nhiều ý kiến. Bên lề ADMM+, Đại tướng Phan Văn "
    "Giang gặp song phương với Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru và Bộ trưởng Quốc phòng "
    "Australia Richard Marles.\n"
)


def _relative(text: str) -> list[tuple[str, PartialDate]]:
    found = find_dates(text, reference=PUBLISHED)
    return [(d.surface, d.date) for d in relative_day_dates(text, found)]


def test_the_day_after_the_day_told_before_in_the_sentence():
    text = "Hội nghị A diễn ra ngày 15/11 ở Jakarta và Hội nghị B ngày hôm sau."
    assert _relative(text) == [("hôm sau", PartialDate(2023, 11, 16))]


def test_one_day_before_and_across_a_month_end():
    text = "Lễ ký diễn ra ngày 1/12 tại Hà Nội, còn buổi tiếp được tổ chức một ngày trước đó."
    assert _relative(text) == [("một ngày trước đó", PartialDate(2023, 11, 30))]


def test_the_day_after_a_stretch_counts_from_its_last_day():
    text = "Đoàn thăm Lào từ ngày 6-8/10 và về nước ngày hôm sau."
    assert _relative(text) == [("hôm sau", PartialDate(2023, 10, 9))]


def test_no_relative_day_across_a_sentence_nor_before_a_clause_nor_with_its_own_date():
    assert _relative("Ngày 15/11, hai bên hội đàm. Ngày hôm sau, đoàn thăm Hải Phòng.") == []
    assert _relative("Ngày 15/11, tàu cập cảng, một ngày sau khi rời Manila.") == []
    assert _relative("Ngày 15/11, đoàn đến Hà Nội và hôm sau (16/11) thăm Học viện.") == []
    assert _relative("Trong tháng 11, đoàn đến Hà Nội và ngày hôm sau thăm Học viện.") == []


def test_a_named_conference_dated_the_day_after_right_after_its_edition():
    found = events(ROUND_UP, PUBLISHED, kind="Conference")
    assert sorted(str(e.start) for e in found) == ["2023-11-15", "2023-11-16"]


def test_meetings_beside_a_one_day_conference_take_its_day():
    found = events(ROUND_UP, PUBLISHED, kind="Meeting")
    assert [e.start for e in found] == [PartialDate(2023, 11, 16)] * 2
    assert "event.beside-the-told" in rules_of(found)


def test_meetings_beside_a_conference_of_several_days_keep_no_day_of_it():
    text = ("Từ ngày 31/5 đến 2/6, Đối thoại Shangri-La lần thứ 20 diễn ra tại Singapore với sự tham dự "
            "của nhiều đoàn. Bên lề Đối thoại Shangri-La, Đại tướng Phan Văn Giang gặp song phương với "
            "Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru.\n")
    found = events(text, PartialDate(2023, 6, 3), kind="Meeting")
    assert all("event.beside-the-told" not in rules_of([e]) for e in found)


def test_contracts_heading_a_list_make_the_list_a_category_not_one_signed_document():
    text = ("Triển lãm Quốc phòng quốc tế diễn ra từ ngày 4-7/12 tại Hà Nội. Nhiều hợp đồng thương mại, "
            "bản ghi nhớ giữa các công ty hai nước đã được ký kết trong khuôn khổ triển lãm. Sau hội đàm "
            "ngày 5/12, Bộ trưởng Quốc phòng Việt Nam và Bộ trưởng Quốc phòng Ba Lan ký Ý định thư về hợp tác.\n")
    doc = read(text, PUBLISHED)
    assert [a.type for a in doc.agreements] == ["LetterOfIntent"]
    assert "agreement.category" in drops(doc, "agreement")


def _countries_of(text: str, kind: str, published: PartialDate = PUBLISHED) -> list[list[str]]:
    return [sorted(e.countries) for e in events(text, published, kind=kind)]


def test_counted_partners_without_the_word_country_are_delegations():
    text = ("Ngày 16/11, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng lần thứ 10 (ADMM+) được tổ chức "
            "với sự tham gia của các nước ASEAN và 3 đối tác: Canada, Ấn Độ và Nhật Bản.\n")
    assert {"CAN", "IND", "JPN"} <= set(_countries_of(text, "Conference")[0])


def test_delegations_listed_as_the_subject_of_taking_part_join_the_forum_told_before():
    text = ("Diễn đàn An ninh khu vực lần thứ 5 diễn ra từ ngày 10/11 đến 12/11 tại Bắc Kinh với sự tham dự "
            "của đoàn đại biểu nhiều nước. Các đoàn Lào, Campuchia và Thái Lan đều tham dự; đoàn Việt Nam "
            "do Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng dẫn đầu.\n")
    found = events(text, PUBLISHED, kind="Conference")
    assert {"LAO", "KHM", "THA"} <= set(found[0].countries)
    assert "event.delegations-attend" in rules_of(found)


def test_countries_whose_firms_show_at_an_exhibition_in_vietnam_are_its_countries():
    text = ("Triển lãm Quốc phòng quốc tế Việt Nam 2022 diễn ra từ ngày 8-10/12 tại Hà Nội, với 170 doanh "
            "nghiệp của 30 quốc gia, trong đó có các gian hàng lớn của Nga, Ấn Độ và Hàn Quốc.\n")
    assert {"RUS", "IND", "KOR"} <= set(_countries_of(text, "Exhibition")[0])
    after = ("Triển lãm Quốc phòng quốc tế Việt Nam 2022 diễn ra từ ngày 8-10/12 tại Hà Nội. Các doanh "
             "nghiệp nước ngoài đến từ Séc, Ba Lan và Italy giới thiệu nhiều sản phẩm.\n")
    found = events(after, PUBLISHED, kind="Exhibition")
    assert {"CZE", "POL", "ITA"} <= set(found[0].countries)
    assert "event.exhibitors-told" in rules_of(found)


def test_firms_at_an_exhibition_abroad_or_named_with_a_company_add_no_country():
    abroad = ("Từ ngày 5/11, Triển lãm Indo Defence 2022 diễn ra tại Jakarta, Indonesia, có doanh nghiệp "
              "đến từ Israel, Séc và Thổ Nhĩ Kỳ.\n")
    assert not {"ISR", "CZE", "TUR"} & set(_countries_of(abroad, "Exhibition")[0])
    company = ("Triển lãm Quốc phòng quốc tế Việt Nam 2022 diễn ra từ ngày 8-10/12 tại Hà Nội. Thứ trưởng "
               "thăm gian hàng của Tập đoàn Hanwha Aerospace (Hàn Quốc).\n")
    assert "KOR" not in _countries_of(company, "Exhibition")[0]


RECEPTION = ("(ABC) - Chiều 12/4, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính tiếp Đại tướng Kim Dong-hyun, "
             "Tổng Tham mưu trưởng Hàn Quốc đang thăm chính thức Việt Nam.\n\n"
             "Thủ tướng đánh giá cao kết quả hội đàm giữa Đại tướng Kim Dong-hyun và Thượng tướng Nguyễn Tân "
             "Cương, Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam.\n\n")


def test_talks_named_by_their_result_are_the_talks_told_with_their_own_day():
    text = RECEPTION + ("Trước đó, sáng 11/4, tại Bộ Quốc phòng, Thượng tướng Nguyễn Tân Cương đã chủ trì lễ đón "
                        "và hội đàm với Đại tướng Kim Dong-hyun.\n")
    found = events(text, PartialDate(2024, 4, 12), kind="Talks")
    assert [e.start for e in found] == [PartialDate(2024, 4, 11)]
    assert "event.result-of-dated-talks" in rules_of(found)


def test_talks_named_by_their_result_alone_keep_the_day_the_page_gives():
    found = events(RECEPTION, PartialDate(2024, 4, 12), kind="Talks")
    assert [e.start for e in found] == [PartialDate(2024, 4, 12)]


def test_agreeing_to_hold_a_forum_together_is_a_plan_not_a_forum_held():
    text = ("Sáng 2/6, Thượng tướng Hoàng Xuân Chiến gặp Thứ trưởng Quốc phòng Hàn Quốc, thống nhất phối hợp "
            "tổ chức tốt Diễn đàn An ninh Hàn Quốc năm 2025.\n")
    doc = read(text, PartialDate(2025, 6, 2))
    assert [e.type for e in doc.events] == ["Meeting"]
    assert "event.wish-or-plan" in drops(doc, "event")


def test_a_title_ending_on_a_federation_then_a_rank_gives_the_officer_its_country():
    text = ("Ngày 31/5, Thượng tướng Hoàng Xuân Chiến gặp Bộ trưởng Quốc phòng Nhật Bản Nakatani Gen và Tổng "
            "Tư lệnh Lục quân Các lực lượng Vũ trang Cộng hòa Liên bang Myanmar Đại tướng Soe Win.\n")
    doc = read(text, PartialDate(2025, 6, 1))
    found = {o.name: o.country for o in doc.officials}
    assert found.get("Soe Win") == "MMR" and "Myanmar Đại" not in found
    assert any(c.code == "MMR" for c in doc.countries)


def test_a_state_of_a_federation_is_still_no_country():
    from kg.pipeline.countries import find_countries
    assert find_countries("Thống đốc bang Georgia đón đoàn.") == []


def test_a_visitor_named_by_a_title_only_gives_the_visit_its_country():
    text = ("Sáng 12/3, tại Hà Nội, Thượng tướng Nguyễn Trường Thắng, Thứ trưởng Bộ Quốc phòng hội đàm với Quốc vụ "
            "khanh Bộ Quốc phòng Ba Lan đang thăm làm việc tại Việt Nam.\n")
    found = events(text, PartialDate(2025, 3, 12), kind="Visit")
    assert {"POL", "VNM"} <= set(found[0].countries)
    assert "event.titled-visitor" in rules_of(found)


def test_a_surname_and_an_organisation_word_are_the_youth_union_not_a_person():
    text = ("Theo Trung tá Lò Văn Hùng, Bí thư Đoàn Thanh niên Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu, "
            "hai bên đã tổ chức giao lưu ngày 3/4.\n")
    doc = read(text, PartialDate(2025, 4, 4))
    assert "Đoàn Thanh" not in {o.name for o in doc.officials}
    assert "official.org-compound" in drops(doc, "official")


def test_a_name_before_a_verb_that_looks_like_an_organisation_word_stays_a_name():
    text = "Năm 2020, Trung tá Trần Văn Hoàng gia nhập đoàn công tác của Bộ Quốc phòng sang Lào.\n"
    doc = read(text, PartialDate(2025, 4, 4))
    assert "Trần Văn Hoàng" in {o.name for o in doc.officials}


def test_a_short_name_opening_a_dated_sentence_told_by_who_attends_takes_that_day():
    text = ("Từ ngày 30/10 đến 1/11, tại Kuala Lumpur, Đại tướng Phan Văn Giang dự Hội nghị Bộ trưởng Quốc "
            "phòng các nước ASEAN mở rộng lần thứ 12 (ADMM+). Sang ngày 1/11, ADMM+ lần thứ 12 có thêm Bộ "
            "trưởng Quốc phòng 8 nước đối tác.\n")
    found = events(text, PartialDate(2025, 11, 2), kind="Conference")
    assert [e.start for e in found] == [PartialDate(2025, 11, 1)]


def test_meeting_an_honorific_or_a_royal_style_opens_a_meeting():
    samdech = ("Tối 30/10, Đại tướng Phan Văn Giang đã gặp Samdech Pichey Sena Tea Seiha, Phó Thủ tướng, Bộ "
               "trưởng Bộ Quốc phòng Campuchia.\n")
    assert [e.start for e in events(samdech, PartialDate(2025, 11, 1), kind="Meeting")] == [PartialDate(2025, 10, 30)]
    comrade = ("Chiều 9/11, Thượng tướng Lê Huy Vịnh, Thứ trưởng Bộ Quốc phòng đã tiếp đồng chí Ivan Petrov, Đại "
               "sứ Liên bang Nga tại Việt Nam.\n")
    assert [e.start for e in events(comrade, PartialDate(2025, 11, 10), kind="Meeting")] == [PartialDate(2025, 11, 9)]


def test_a_meeting_on_the_day_of_a_conference_whose_day_is_told_later_takes_it():
    text = ("Từ ngày 31/10 đến 2/11, Đại tướng Phan Văn Giang dự Hội nghị Bộ trưởng Quốc phòng các nước ASEAN "
            "mở rộng lần thứ 13 (ADMM+) tại Manila. Ngày 1/11, ADMM+ diễn ra với sự tham dự của 8 nước đối "
            "tác. Cũng trong ngày diễn ra ADMM+, Bộ trưởng Phan Văn Giang gặp Bộ trưởng Quốc phòng Hoa Kỳ "
            "Pete Hegseth.\n")
    found = events(text, PartialDate(2026, 10, 31), kind="Meeting")
    assert [e.start for e in found] == [PartialDate(2026, 11, 1)]
    assert "event.beside-the-told" in rules_of(found)
