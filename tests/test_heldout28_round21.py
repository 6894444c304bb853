"""Round 21 (heldout28's forbidden hits), on sentences of our own: a wire brief glued after the story
whose lead names its subject first and its day right after ("Tổng thống X ngày 7/6 tiếp ..."), naming
only countries the story never names, is another item; the story's own last paragraph in that shape
stays. "Cũng trong buổi sáng, ..." tells the morning of the day last told, as "Cùng ngày" does."""

from __future__ import annotations

from reading_helpers import events, read, rules_of

from kg.model import PartialDate
from kg.pipeline.clean import FOREIGN_STORY_SUBJECT_FIRST, clean_page

_BODY = ("Tàu hải quân Brunei thăm thành phố Đà Nẵng\n\n"
         "Sáng 12/9, tàu KDB Darulaman của Hải quân Hoàng gia Brunei cập cảng Tiên Sa, bắt đầu chuyến thăm "
         "thành phố Đà Nẵng đến hết ngày 15/9.\n\n"
         "Chuẩn Đô đốc Trần Văn Hải, Phó Tư lệnh Vùng 3 Hải quân chủ trì lễ đón tàu tại cầu cảng.\n\n"
         "Trong thời gian lưu lại, thủy thủ đoàn sẽ giao lưu thể thao và thăm một số di tích lịch sử của "
         "thành phố.\n\n")
_GLUED = ("Tổng thống Chile Pablo Andrade ngày 11/9 tiếp Bộ trưởng Ngoại giao Argentina, ông Diego Ferreyra, "
          "thảo luận về hợp tác khai khoáng. Hai bên nhất trí mở vòng đàm phán mới.",
          "Bộ trưởng Quốc phòng Chile Marta Vidal hôm 10/9 cho biết nước này sẽ mua thêm hai tàu hộ vệ "
          "của Argentina trong năm tới.")


def test_a_subject_first_brief_after_the_story_is_another_item() -> None:
    for glued in _GLUED:
        cleaned = clean_page(_BODY + glued)
        assert "Chile" not in cleaned.text and "Trần Văn Hải" in cleaned.text, glued
        assert any(r.rule == FOREIGN_STORY_SUBJECT_FIRST for r in cleaned.removed), glued


def test_the_glued_brief_gives_no_official_nor_country() -> None:
    doc = read(_BODY + _GLUED[0], PartialDate(2026, 9, 12))
    names = {o.name for o in doc.officials}
    assert "Pablo Andrade" not in names and "Diego Ferreyra" not in names
    assert not {"CHL", "ARG"} & set(doc.partners) and "BRN" in doc.partners


def test_the_storys_own_last_paragraph_in_that_shape_stays() -> None:
    kept = ("Đại sứ Brunei tại Việt Nam ngày 13/9 đã lên tàu thăm hỏi thủy thủ đoàn.",  # a country told before
            "Bộ Tư lệnh Vùng 3 Hải quân ngày 14/9 tổ chức giao lưu bóng đá với thủy thủ đoàn Chile.",  # a VN unit
            "Tổng thống Chile, ngày 11/9, gửi lời chúc mừng tới các nước có tàu tham gia.",  # comma before the day
            "Hải quân Chile cũng từng cử tàu thăm Việt Nam vào năm 2019.")  # no day after a subject
    for last in kept:
        cleaned = clean_page(_BODY + last)
        assert last in cleaned.text, last


# ---------------------------------------------------------------- "Cũng trong buổi sáng": the day last told

_DAYS = ("Hà Nội, 20/5 - Hôm qua, Bộ trưởng Quốc phòng Việt Nam đã hội đàm với Bộ trưởng Quốc phòng Malaysia "
         "Mohamed Khaled Nordin.\n\n"
         "Sáng nay (20/5), hai bộ trưởng dự lễ khai mạc Triển lãm quốc phòng tại Hà Nội.\n\n")


def test_the_same_morning_is_the_day_last_told() -> None:
    for opener in ("Cũng trong buổi sáng", "Cũng trong sáng nay", "cũng trong buổi chiều"):
        text = _DAYS + f"{opener[0].upper() + opener[1:]}, Bộ trưởng Quốc phòng Việt Nam tiếp Thứ trưởng Quốc phòng Nhật Bản, ông Sato Kenji."
        found = [e for e in events(text, PartialDate(2026, 5, 20), "Meeting") if "JPN" in e.countries]
        assert [e.start for e in found] == [PartialDate(2026, 5, 20)], opener
        assert "nay" in opener or "event.same-day" in rules_of(found), opener  # "sáng nay" is a day itself


def test_a_morning_without_also_keeps_its_own_reading() -> None:
    # "Trong buổi sáng" alone, or "cũng trong buổi làm việc", is no same-day cue
    for opener in ("Trong buổi làm việc", "Cũng trong buổi làm việc"):
        text = _DAYS + f"{opener}, Bộ trưởng Quốc phòng Việt Nam tiếp Thứ trưởng Quốc phòng Nhật Bản, ông Sato Kenji."
        found = [e for e in events(text, PartialDate(2026, 5, 20), "Meeting") if "JPN" in e.countries]
        assert "event.same-day" not in rules_of(found), opener


# ---------------------------------------------------------------- a session told by the short name before it

_TWO_MEETINGS = ("Jakarta, 12/10 - Hội nghị Tư lệnh Hải quân các nước ASEAN lần thứ 19 (ANCM-19) và Hội nghị Tư lệnh "
                 "Hải quân các nước ASEAN mở rộng lần thứ 3 (ANCM+3) đã diễn ra tại Jakarta, Indonesia.\n\n"
                 "Đoàn Hải quân nhân dân Việt Nam do Phó Đô đốc Trần Thanh Nghiêm, Tư lệnh Hải quân dẫn đầu.\n\n"
                 "Hôm qua, ANCM-19 họp phiên toàn thể với sự tham dự của Tư lệnh Hải quân các nước Brunei, Campuchia, "
                 "Indonesia, Lào, Malaysia, Philippines, Singapore, Thái Lan và Việt Nam.\n\n"
                 "Sáng nay (12/10), ANCM+3 khai mạc với sự tham dự của các nước ASEAN và Nhật Bản, Hàn Quốc.")


def test_a_session_told_after_a_short_name_belongs_to_that_event() -> None:
    found = events(_TWO_MEETINGS, PartialDate(2026, 10, 12), "Conference")
    by_number = {e.label: e for e in found}
    first = next(e for label, e in by_number.items() if "lần thứ 19" in label)
    assert first.start == PartialDate(2026, 10, 11)
    assert "event.part-of-short-named" in rules_of([first])
    second = next(e for label, e in by_number.items() if "mở rộng" in label)
    assert second.start == PartialDate(2026, 10, 12)
