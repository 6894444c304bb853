"""Round 52b: a trigger right after "hợp tác (giữa ...) trong / về" names the area two sides cooperate in
("tăng cường hợp tác giữa hải quân hai nước trong tuần tra chung"), not a happening (event.area-of-cooperation);
a patrol the sides held stays. Sentences written for the test."""

from tests.reading_helpers import drops, events, read

LEAD = "Ngày 8/11, tại Bangkok, Bộ trưởng Quốc phòng Việt Nam hội đàm với Bộ trưởng Quốc phòng Thái Lan. "


def test_the_area_of_cooperation_is_no_exercise():
    text = LEAD + ("Hai bên nhất trí đẩy mạnh hợp tác giữa không quân, hải quân hai nước trong tuần tra chung và "
                   "tìm kiếm cứu nạn.")
    assert not events(text, kind="Exercise")
    assert "event.area-of-cooperation" in drops(read(text), "event")


def test_a_patrol_held_stays():
    text = LEAD + "Cùng ngày, hải quân hai nước đã tiến hành tuần tra chung trên vùng biển giáp ranh."
    assert events(text, kind="Exercise")
