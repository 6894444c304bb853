"""A session of any bilateral working group (round 52c): "Phiên họp Nhóm công tác Hải quân Việt Nam - X lần thứ 5"
is a meeting of it, as "Nhóm công tác chung" was, under the same word of meeting before it (`event.working-group-
meeting`), and a Dialogue when its two sides co-chair it in the clause (`event.co-chaired`). A group told with no word
of meeting ("Chỉ huy trưởng Nhóm công tác ...", "thành lập nhóm công tác ...") is no meeting."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

PAGE_DAY = PartialDate(2026, 5, 15)

SESSION = ("Ngày 14/5, tại Cam Ranh đã diễn ra Phiên họp Nhóm công tác Hải quân Việt Nam - Thái Lan lần thứ 5 dưới "
           "sự đồng chủ trì của Chuẩn đô đốc Trần Văn Lâm, Phó Tư lệnh Hải quân và Chuẩn đô đốc Somchai Rattana, "
           "Phó Tham mưu trưởng Hải quân Hoàng gia Thái Lan.")


def test_a_service_working_group_session_cochaired_is_a_dialogue():
    found = events(SESSION, PAGE_DAY, "Dialogue")
    assert len(found) == 1
    assert found[0].start == PartialDate(2026, 5, 14)
    assert set(found[0].countries) == {"VNM", "THA"}
    assert "event.working-group-meeting" in rules_of(found)


GROUP_ONLY = ("Hai bên nhất trí thành lập nhóm công tác về hợp tác hải quân để trao đổi thông tin giữa hải quân Việt Nam "
              "và Thái Lan.")


def test_a_working_group_told_without_a_meeting_is_no_event():
    assert events(GROUP_ONLY, PAGE_DAY) == []
