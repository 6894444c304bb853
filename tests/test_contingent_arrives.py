"""Foreign troop contingents arriving in Vietnam (round 52c): "đoàn quân nhân X đã đến Hà Nội / hạ cánh ở sân bay
..." is a Visit of X to Vietnam dated by the arrival (`event.contingent-arrives`); contingents told arriving "lần
lượt" over as many days as countries are a visit each, on its day (`event.contingents-in-turn`). Vietnam's own
troops arriving, and troops only to be sent, open nothing."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

PAGE_DAY = PartialDate(2026, 7, 12)

ARRIVES = ("Trưa 12/7, máy bay chở đoàn quân nhân Quân đội Hoàng gia Thái Lan đã hạ cánh ở sân bay quốc tế Tân Sơn "
           "Nhất, chuẩn bị tham gia lễ diễu binh kỷ niệm ngày Quốc khánh.")


def test_a_foreign_contingent_arriving_is_a_visit_to_vietnam():
    found = events(ARRIVES, PAGE_DAY, "Visit")
    assert len(found) == 1
    assert set(found[0].countries) == {"VNM", "THA"}
    assert found[0].start == PartialDate(2026, 7, 12)
    assert "event.contingent-arrives" in rules_of(found)


IN_TURN = ("Trước đó, đoàn quân nhân Thái Lan và Myanmar lần lượt đến Việt Nam trong các ngày 9-10/7 và đang luyện "
           "tập tại Trung tâm huấn luyện.")


def test_contingents_arriving_in_turn_are_a_visit_each_on_its_day():
    found = events(IN_TURN, PAGE_DAY, "Visit")
    assert sorted((e.start.day, tuple(sorted(e.countries))) for e in found) == [
        (9, ("THA", "VNM")), (10, ("MMR", "VNM"))]


DOMESTIC = "Sáng 12/7, khối quân nhân Quân khu 7 đã đến Hà Nội để tham gia luyện tập diễu binh."
SENT = "Bộ Quốc phòng Thái Lan sẽ cử đoàn quân nhân sang Việt Nam tham gia lễ diễu binh vào tháng 9."


def test_vietnams_own_contingent_or_one_only_to_be_sent_is_no_visit():
    assert events(DOMESTIC, PAGE_DAY, "Visit") == []
    assert events(SENT, PAGE_DAY, "Visit") == []


SENT_TOLD = "Ngày 10/7, Quân đội Hoàng gia Campuchia cử đoàn quân nhân sang Việt Nam."


def test_troops_told_only_as_sent_are_no_visit():
    # (the SENT case above is dropped as a plan anyway: "sẽ"; this one only by `contingent-sent-before`)
    assert events(SENT_TOLD, PAGE_DAY, "Visit") == []
