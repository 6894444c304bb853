"""A happening a ship is leaving for is not dated by its leaving (round 46c, `event.goal-of-a-departure`).

"Sáng 28-1, tàu X ... đã xuất phát, bắt đầu hải trình tham gia ... diễn tập Y" and "... đã rời Quân cảng
Cam Ranh đi thăm xã giao Z" tell the day the ship set out; the drill and the call it sails to keep
their own days (the year of the drill's name), or none. Sentences of our own."""

from kg.model import PartialDate

from reading_helpers import events, rules_of

DRILL = ("Sáng 9-3, tại Quân cảng Cam Ranh, Tàu 012, Lữ đoàn 162, Vùng 4 Hải quân cùng đoàn công tác "
         "Hải quân nhân dân Việt Nam đã xuất phát, bắt đầu hải trình tham gia các hoạt động trong khuôn khổ "
         "Diễn tập hải quân đa phương Kakadu năm 2030 diễn ra tại Australia.")


def test_a_drill_sailed_for_takes_not_the_day_of_leaving():
    found = events(DRILL, PartialDate(2030, 3, 9), kind="Exercise")
    assert len(found) == 1
    drill = found[0]
    assert drill.start != PartialDate(2030, 3, 9) and drill.start != PartialDate(2030, 3)
    assert drill.start in (None, PartialDate(2030))
    assert set(drill.countries) == {"VNM", "AUS"}
    assert "event.goal-of-a-departure" in rules_of(found)


def test_the_days_told_for_the_drill_still_date_it():
    text = ("Chiều 2/11, tại Quân cảng Lữ đoàn 171, Tàu 16 cùng đoàn công tác Hải quân nhân dân Việt Nam rời "
            "bến lên đường tham gia Diễn tập hải quân đa phương Kakadu năm 2030. Diễn tập Kakadu năm 2030 "
            "diễn ra từ ngày 10 đến 20/11 tại Darwin, Australia.")
    found = events(text, PartialDate(2030, 11, 2), kind="Exercise")
    assert [e.start for e in found] == [PartialDate(2030, 11, 10)]


def test_a_call_sailed_for_keeps_its_host_and_no_day():
    text = ("Sáng 14-5, tàu hộ vệ tên lửa 011 - Đinh Tiên Hoàng cùng đoàn công tác Hải quân nhân dân Việt Nam "
            "đã rời Quân cảng Cam Ranh (Khánh Hòa) đi thăm xã giao Singapore.")
    found = events(text, PartialDate(2029, 5, 14), kind="PortCall")
    assert len(found) == 1
    assert found[0].start is None
    assert set(found[0].countries) == {"VNM", "SGP"}


def test_a_host_further_in_the_goal_clause():
    text = ("Chiều 3-8, tại quân cảng Vùng Cảnh sát biển 3, Tàu CSB 8003 xuất phát đi thăm và làm việc với "
            "Lực lượng Bảo vệ bờ biển Philippines.")
    found = events(text, PartialDate(2029, 8, 3), kind="PortCall")
    assert [(e.start, set(e.countries)) for e in found] == [(None, {"VNM", "PHL"})]


def test_a_drill_held_on_leaving_keeps_that_day():
    text = ("Sáng 21/6, tàu khu trục HMAS Perth của Hải quân Australia rời cảng Tiên Sa và thực hành huấn "
            "luyện chung về thông tin liên lạc với tàu Hải quân Việt Nam.")
    found = events(text, PartialDate(2029, 6, 21), kind="Exercise")
    assert [e.start for e in found] == [PartialDate(2029, 6, 21)]
