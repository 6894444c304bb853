"""What a colon lists after a plan the sides agree on (round 52g): "thống nhất phương hướng phối hợp năm 2026:
tiếp tục tuần tra song phương, ..." is the work agreed on, not a patrol held (`event.item-of-a-planned-list`);
a list after a colon with no plan word before it is not touched by this rule."""

from kg.model import PartialDate

from tests.reading_helpers import drops, read

PAGE_DAY = PartialDate(2025, 12, 14)
SIDES = ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị (Việt Nam) và Bộ Chỉ huy Quân sự tỉnh Savannakhet (Lào) "
         "gặp gỡ tại cửa khẩu Lao Bảo. ")


def test_a_patrol_listed_after_an_agreed_direction_is_no_exercise():
    doc = read(SIDES + ("Chiều 12/3, hai đoàn tiến hành hội đàm và thống nhất phương hướng phối hợp năm 2026: tiếp tục "
                        "tuần tra song phương, trao đổi thông tin về tội phạm."), PAGE_DAY)
    assert [e.type for e in doc.events] == ["Talks"]
    assert "event.item-of-a-planned-list" in drops(doc, "event")


def test_a_colon_after_no_plan_word_is_not_a_plan():
    doc = read(SIDES + ("Sáng 13/3, hai đơn vị đã tổ chức hoạt động đối ngoại biên phòng: tuần tra song phương trên "
                        "tuyến biên giới."), PAGE_DAY)
    assert "event.item-of-a-planned-list" not in drops(doc, "event")
