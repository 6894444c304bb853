"""Round 20 (heldout27's forbidden hits), on sentences of our own: another item glued after a byline
that carries a translator's credit ("X (dịch: Y)") or an editor's mark ("(X) [qd]"); the last title of
a chain after one name ("A, T1, T2, Thượng tướng B") is A's, not B's."""

from __future__ import annotations

from reading_helpers import read, rules_of

from kg.model import PartialDate
from kg.pipeline.clean import GLUED_STORY, clean_page

# ---------------------------------------------------------------- an item after a credited byline

_BODY = ("Đoàn Quân đội Lào thăm Học viện Quốc phòng\n\n"
         "Hà Nội, ngày 9-4-2026 - Sáng nay, Thượng tướng Nguyễn Văn Thành, Thứ trưởng Bộ Quốc phòng đã tiếp "
         "Trung tướng Vông-xay Khăm-phăn, Phó Tổng Tham mưu trưởng Quân đội nhân dân Lào.\n\n"
         "Hai bên trao đổi về hợp tác đào tạo cán bộ và thống nhất tăng cường trao đổi đoàn các cấp.\n\n")
_GLUED = ("Cùng ngày, Tổng thống Cộng hòa Chile Pablo Andrade đã gửi điện chúc mừng Chủ tịch nước nhân dịp "
          "khai trương đường bay thẳng giữa hai thủ đô.")
_BYLINES = ("Xu-li-văn (dịch: Ban Tiếng Việt)", "Thu Hằng (tổng hợp: Ban Quốc tế)", "Ngọc Anh (lược dịch: Phòng Biên tập)",
            "(Hồng Sơn) [qd]", "(Vũ Giang) [kn]", "(Đ.D.) [đ.d.]")


def test_the_paragraph_after_a_credited_byline_is_another_item() -> None:
    for byline in _BYLINES:
        cleaned = clean_page(_BODY + byline + "\n\n" + _GLUED)
        assert "Pablo Andrade" not in cleaned.text and "Vông-xay Khăm-phăn" in cleaned.text, byline
        assert byline not in cleaned.text, byline
        assert any(r.rule == GLUED_STORY and "Pablo Andrade" in r.text for r in cleaned.removed), byline


def test_the_glued_item_gives_no_official_nor_country() -> None:
    doc = read(_BODY + "(Hồng Sơn) [qd]\n\n" + _GLUED + "\n\nÝ kiến bạn đọc (0)", PartialDate(2026, 4, 9))
    assert "Pablo Andrade" not in {o.name for o in doc.officials}
    assert "CHL" not in doc.partners and "LAO" in doc.partners


def test_a_bracketed_aside_or_a_credit_without_a_name_cuts_nothing() -> None:
    # (a capitalised name alone in brackets is an author's line: round 19's noise rules cut after it)
    for line in ("(Ảnh minh họa) [1]", "Theo kế hoạch (dự kiến): tháng 5", "(dịch: Ban Tiếng Việt)"):
        cleaned = clean_page(_BODY + line + "\n\n" + _GLUED)
        # (the item itself may still go as a civil item at the end, round 23: no byline cut it)
        assert not any(r.rule == GLUED_STORY for r in cleaned.removed), line


# ---------------------------------------------------------------- a title chain: the last title before B is A's


def test_the_title_closing_a_chain_after_a_name_is_not_the_next_persons() -> None:
    text = ("Đoàn quân sự cấp cao thăm Campuchia\n\n"
            "Phnôm Pênh, ngày 3-3-2026 - Nhận lời mời của Đại tướng Vong Pisen, Ủy viên Ban Thường vụ Đảng Nhân dân "
            "Campuchia, Tổng Tư lệnh Quân đội Hoàng gia Campuchia, Thượng tướng Lã Văn Kiên, Ủy viên Trung ương "
            "Đảng, Thứ trưởng Bộ Quốc phòng Việt Nam dẫn đầu đoàn đại biểu quân sự thăm chính thức Campuchia.")
    doc = read(text, PartialDate(2026, 3, 3))
    officials = {o.name: o for o in doc.officials}
    assert officials["Lã Văn Kiên"].country == "VNM"
    assert officials["Vong Pisen"].country == "KHM"
    assert not any("Hoàng gia Campuchia" in p for p in officials["Lã Văn Kiên"].positions)
    assert "official.title-chain-of-another" in rules_of([officials["Lã Văn Kiên"]])


def test_a_title_closed_by_a_comma_with_no_name_before_it_stays_the_next_persons() -> None:
    text = ("Tiếp Bộ trưởng Quốc phòng Nhật Bản\n\n"
            "Sáng 4/3/2026, tại Hà Nội, Bộ trưởng Quốc phòng Nhật Bản, ông Sato Kenji đã chào xã giao Thủ tướng "
            "Chính phủ.")
    doc = read(text, PartialDate(2026, 3, 4))
    officials = {o.name: o for o in doc.officials}
    assert officials["Sato Kenji"].country == "JPN"


# ---------------------------------------------------------------- a visit told as the plan an attaché brings


def test_a_ship_visit_announced_as_a_plan_is_no_port_call() -> None:
    for cue in ("đến thông báo kế hoạch", "báo cáo kế hoạch", "trao đổi về kế hoạch"):
        text = ("Tiếp Tùy viên Quốc phòng Ấn Độ\n\n"
                f"Chiều 3.9, ông Trần Minh Đức, Phó Chủ tịch UBND tỉnh Bình Định đã tiếp Đại tá Rakesh Nair, Tùy viên "
                f"Quốc phòng Ấn Độ tại Việt Nam {cue} tàu hải quân Ấn Độ thăm tỉnh.")
        doc = read(text, PartialDate(2026, 9, 4))
        assert [e.type for e in doc.events] == ["Meeting"], cue
        assert "event.wish-or-plan" in [d.rule for d in doc.dropped if d.layer == "event"], cue


def test_a_ship_visit_told_as_made_is_still_a_port_call() -> None:
    text = ("Tàu Ấn Độ thăm Quy Nhơn\n\n"
            "Sáng 3.9, tàu INS Kadmatt của Hải quân Ấn Độ đã cập cảng Quy Nhơn, bắt đầu chuyến thăm tỉnh Bình Định.")
    doc = read(text, PartialDate(2026, 9, 4))
    assert "PortCall" in [e.type for e in doc.events]


# ---------------------------------------------------------------- a named event's day after long organisers


def test_a_named_forums_day_after_its_organisers_and_place_dates_it() -> None:
    text = ("Diễn đàn an ninh Hương Sơn\n\n"
            "Diễn đàn Hương Sơn Bắc Kinh lần thứ 12 (XSF-12) do Hiệp hội Khoa học quân sự Trung Quốc (CMSS, trực thuộc "
            "Quân ủy Trung ương) phối hợp với Viện Nghiên cứu Chiến lược quốc tế Trung Quốc tổ chức tại Bắc Kinh từ "
            "ngày 17-19/9/2026. Diễn đàn thu hút hơn 500 đại biểu.")
    found = [e for e in read(text, PartialDate(2026, 9, 25)).events if e.type == "Conference"]
    assert [e.start for e in found] == [PartialDate(2026, 9, 17)]
    assert "event.day-after-organisers" in rules_of(found)


def test_a_far_day_with_no_organisers_before_it_dates_no_named_event() -> None:
    text = ("Diễn đàn an ninh Hương Sơn\n\n"
            "Diễn đàn Hương Sơn Bắc Kinh lần thứ 12 thu hút hơn 500 đại biểu từ hơn 100 quốc gia và tổ chức quốc tế, "
            "trong đó có nhiều bộ trưởng quốc phòng, tư lệnh quân đội và học giả; còn Triển lãm Hàng không Chu Hải khai "
            "mạc ngày 12/11/2026.")
    found = [e for e in read(text, PartialDate(2026, 9, 25)).events if e.type == "Conference"]
    assert all(e.start != PartialDate(2026, 11, 12) for e in found)


# ---------------------------------------------------------------- countries that send someone to a forum


_FORUM = ("Hội nghị an ninh Munich\n\n"
          "Từ ngày 13-15/2/2026, Hội nghị An ninh Munich lần thứ 62 diễn ra tại Đức với sự tham dự của hơn 450 đại biểu. "
          "Thứ trưởng Bộ Quốc phòng Việt Nam Thượng tướng Lý Minh Tuấn phát biểu tại phiên thảo luận về an ninh biển. ")


def test_countries_that_send_someone_to_the_forum_told_are_its_countries() -> None:
    for tail in ("Nhật Bản và Canada cử Thứ trưởng Quốc phòng tham dự.", "Nhật Bản, Canada cũng cử đoàn tham gia."):
        doc = read(_FORUM + tail, PartialDate(2026, 2, 16))
        forum = [e for e in doc.events if e.type == "Conference"]
        assert len(forum) == 1 and {"JPN", "CAN"} <= set(forum[0].countries), tail
        assert "event.countries-send-delegates" in rules_of(forum), tail


def test_a_country_sending_someone_elsewhere_or_told_after_other_words_adds_none() -> None:
    for tail in ("Trước đó, Nhật Bản và Canada cử Thứ trưởng Quốc phòng tham dự.",
                 "Nhật Bản và Canada cử Thứ trưởng Quốc phòng tham dự Đối thoại Shangri-La vào tháng 6."):
        doc = read(_FORUM + tail, PartialDate(2026, 2, 16))
        forum = [e for e in doc.events if e.type == "Conference" and "Munich" in e.label]
        assert forum and not {"JPN", "CAN"} & set(forum[0].countries), tail


# ---------------------------------------------------------------- one word after a whole title and "ông"


def test_one_foreign_word_after_a_whole_title_and_an_honorific_is_the_whole_name() -> None:
    for tail in (".", ", hai bên trao đổi về hợp tác hải quân."):
        text = ("Gặp song phương bên lề ADMM\n\n"
                "Sáng 26/2, Đại tướng Phan Văn Giang gặp Ủy viên Hội đồng An ninh quốc gia, Bộ trưởng Bộ Quốc phòng nước "
                f"Cộng hòa Indonesia kiêm Trưởng đoàn Indonesia, ông Suryadi{tail}")
        doc = read(text, PartialDate(2026, 2, 27))
        officials = {o.name: o for o in doc.officials}
        assert officials.get("Suryadi") is not None and officials["Suryadi"].country == "IDN", tail
        assert "official.single-name-after-title" in rules_of([officials["Suryadi"]])


def test_one_word_after_an_honorific_with_no_whole_title_before_it_stays_a_short_name() -> None:
    text = ("Gặp song phương bên lề ADMM\n\n"
            "Sáng 26/2, Đại tướng Phan Văn Giang gặp Bộ trưởng Quốc phòng Indonesia Suryadi Wiranto. Sau cuộc gặp, "
            "đại diện đoàn, ông Suryadi cho biết hai bên sẽ tăng cường hợp tác.")
    doc = read(text, PartialDate(2026, 2, 27))
    assert "Suryadi" not in {o.name for o in doc.officials}
