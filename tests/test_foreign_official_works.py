"""Round 53c: "làm việc với" told with a foreign official as its subject and a Vietnamese one named after "với"
("Trước đó, sáng cùng ngày, Đô đốc X đã làm việc với Phó Đô đốc Y, Tư lệnh Quân chủng Hải quân") is a Meeting of
their two sides (`event.foreign-official-works`): the rule looked for a foreign side only after "với". A session
with firms, no one named after "với", stays none. Sentences written for the test."""

from __future__ import annotations

from kg.model import PartialDate

from reading_helpers import events

RECEPTION = ("Chiều 12/5, tại Hà Nội, Đại tướng Lê Quang Minh, Bộ trưởng Bộ Quốc phòng, đã tiếp Đô đốc John P. "
             "Harlow, Tư lệnh Hạm đội Thái Bình Dương Hoa Kỳ, đang thăm và làm việc tại Việt Nam. ")
DAY = PartialDate(2026, 5, 12)


def test_a_foreign_official_working_with_a_vietnamese_one_is_a_meeting() -> None:
    text = RECEPTION + ("Trước đó, sáng cùng ngày, Đô đốc John P. Harlow đã làm việc với Phó Đô đốc Trần Văn Hải, "
                        "Tư lệnh Quân chủng Hải quân.")
    meetings = events(text, DAY, kind="Meeting")
    people = [sorted(m.participants) for m in meetings]
    assert ["John P. Harlow", "Trần Văn Hải"] in people
    assert all(str(m.start) == "2026-05-12" and sorted(m.countries) == ["USA", "VNM"] for m in meetings)


def test_working_with_unnamed_firms_is_no_meeting() -> None:
    text = RECEPTION + "Trước đó, sáng cùng ngày, Đô đốc John P. Harlow đã làm việc với một số doanh nghiệp."
    meetings = events(text, DAY, kind="Meeting")
    assert len(meetings) == 1
