"""Round 29: a later item of a list of activities told in the plural ("các hoạt động thăm tàu, trao đổi
đoàn, huấn luyện chung ... ngày càng ...") is a kind of work, like the first item, not a drill of its own;
a unit holding such activities ("tổ chức các hoạt động tuyên truyền, tuần tra song phương") still holds
them."""

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

PRAISE = (
    "Tàu hộ vệ Hàn Quốc thăm Cam Ranh\n\n"
    "Sáng 3/4, tàu khu trục ROKS Gwanggaeto cập Cảng quốc tế Cam Ranh, bắt đầu chuyến thăm Việt Nam.\n\n"
    "Chiều cùng ngày, Chuẩn Đô đốc Trần Văn Bình, Tư lệnh Vùng 4 Hải quân đã tiếp Đại tá Kim Min-seok, "
    "chỉ huy tàu. Chuẩn Đô đốc Trần Văn Bình cho rằng các hoạt động thăm tàu, trao đổi đoàn, huấn luyện chung "
    "giữa Hải quân hai nước ngày càng đi vào chiều sâu.\n"
)


def test_a_drill_listed_after_plural_activities_opens_no_exercise():
    doc_events = events(PRAISE, PartialDate(2027, 4, 4))
    assert [e.type for e in doc_events if e.type == "Exercise"] == []
    assert {e.type for e in doc_events} >= {"PortCall", "Meeting"}


def test_activities_a_unit_holds_stay_held():
    text = ("Tuần tra song phương trên biên giới\n\n"
            "Ngày 12/5, Đồn Biên phòng Na Mèo phối hợp Đại đội Bảo vệ biên giới 375 (Lào) tổ chức các hoạt động "
            "tuyên truyền pháp luật, tuần tra song phương trên tuyến biên giới.\n")
    found = events(text, PartialDate(2027, 5, 13), "Exercise")
    assert len(found) == 1 and found[0].start == PartialDate(2027, 5, 12)
    assert "event.activities-listed" not in rules_of(found)
