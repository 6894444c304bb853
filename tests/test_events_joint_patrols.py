"""Joint patrols and drills told with "liên hợp" (the press's other word for "chung"), and
a patrol told as completed on the day its ships come home."""

from __future__ import annotations

from kg.model import Article, PartialDate
from kg.pipeline import Pipeline
from reading_helpers import events


def _events(text: str, kind: str = "Exercise"):
    return events(text, PartialDate(2026, 4, 30), kind)


def test_a_joint_patrol_told_as_done_is_an_exercise_of_its_days():
    [patrol] = _events(
        "Trong 2 ngày 21 và 22.4, Hải quân nhân dân Việt Nam và Hải quân Hoàng gia Campuchia đã tiến hành "
        "tuần tra liên hợp lần thứ 12 trên vùng biển giáp ranh.")
    assert patrol.start.iso() == "2026-04-21" and set(patrol.countries) == {"VNM", "KHM"}


def test_a_joint_patrol_asked_for_is_no_event():
    assert _events(
        "Ngày 20/4, Thượng tướng Lê Văn Bình đề nghị hai bên tiếp tục duy trì đường dây nóng; tăng cường hợp tác "
        "quản lý biên giới, tuần tra liên hợp trên biển giữa hải quân hai nước.") == []


def test_an_activity_inside_an_exchange_is_no_exercise_of_its_own():
    events = Pipeline()(Article(id="t", text=(
        "Từ ngày 9 - 10/4/2026, Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào lần thứ 3 được tổ chức tại "
        "tỉnh Điện Biên với các hoạt động tuần tra liên hợp, khám bệnh, cấp thuốc cho nhân dân."),
        published=PartialDate(2026, 4, 30))).events
    assert [e.type for e in events] == ["Exchange"]


def test_a_patrol_completed_on_the_day_home_is_dated_by_its_own_days():
    [patrol] = _events(
        "Chiều 25/4, biên đội tàu 09 đã cập cảng Lữ đoàn 171, hoàn thành xuất sắc nhiệm vụ tuần tra liên hợp "
        "với Hải quân Hoàng gia Campuchia.\n"
        "Trước đó, ngày 21 và 22/4, biên đội tàu 09 đã tiến hành tuần tra liên hợp với Hải quân Hoàng gia "
        "Campuchia trên vùng biển giáp ranh.")
    assert patrol.start.iso() == "2026-04-21" and "KHM" in patrol.countries


def test_two_ships_told_before_drill_on_the_day_heading_that_sentence():
    [drill] = _events(
        "Ngày 5/4, tàu 011 Đinh Tiên Hoàng của Hải quân nhân dân Việt Nam và tàu HMNZS Aotearoa của Hải quân "
        "Hoàng gia New Zealand cùng rời cảng Cam Ranh.\n"
        "Trên vùng biển phía Nam, hai tàu đã tiến hành luyện tập chung về thông tin liên lạc.")
    assert drill.start.iso() == "2026-04-05" and set(drill.countries) == {"VNM", "NZL"}


def test_a_meeting_before_that_day_is_not_dated_by_it():
    events = Pipeline()(Article(id="t", text=(
        "Ngày 5/4, tàu 011 Đinh Tiên Hoàng đã luyện tập chung với tàu HMNZS Aotearoa của Hải quân Hoàng gia "
        "New Zealand.\n"
        "Trước đó, hai bên đã có buổi Hội nghị hiệp đồng trực tuyến để thống nhất nội dung luyện tập."),
        published=PartialDate(2026, 4, 30))).events
    [conf] = [e for e in events if e.type == "Conference"]
    assert conf.start is None


def test_a_multinational_exercise_named_with_its_year_is_dated_by_it_and_involves_vietnam():
    [drill] = _events("Tàu 016 Quang Trung của Việt Nam tham gia diễn tập Hải quân đa phương Kakadu năm 2026 tại "
                      "Australia.")
    assert drill.start.iso() == "2026" and set(drill.countries) == {"VNM", "AUS"}
