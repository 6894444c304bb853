"""A foreign unit's delegation coming or staying here, its days told after the verb ("sang thăm, làm việc tại tỉnh
X từ ngày 19 đến 21/11", "... đang thăm, làm việc tại Quân khu từ ngày 11 đến 14/11"): a Visit."""

from kg.model import PartialDate

from tests.reading_helpers import events


def test_a_delegation_coming_with_its_days_after_the_verb_visits():
    text = ("Nhận lời mời của Bộ CHQS tỉnh Cao Bằng, đoàn đại biểu Quân khu tỉnh Vân Nam (Trung Quốc) do Thiếu tướng "
            "Lý Minh Đức làm trưởng đoàn sang thăm, làm việc tại tỉnh Cao Bằng từ ngày 3 đến 5/9.\n\n"
            "Sáng nay, tại trụ sở Bộ CHQS tỉnh, hai đoàn đã tiến hành hội đàm.\n")
    visits = events(text, published=PartialDate(2028, 9, 4), kind="Visit")
    assert visits and visits[0].start == PartialDate(2028, 9, 3) and "CHN" in visits[0].countries


def test_a_delegation_staying_told_in_the_talks_sentence_visits():
    text = ("Ngày 6/9, tại Cần Thơ, Bộ Tư lệnh Quân khu 9 tổ chức hội đàm với đoàn đại biểu Bộ Tư lệnh Quân khu 2, "
            "Quân đội Hoàng gia Campuchia đang thăm, làm việc tại Quân khu từ ngày 5 đến 8/9.\n")
    visits = events(text, published=PartialDate(2028, 9, 7), kind="Visit")
    assert visits and visits[0].start == PartialDate(2028, 9, 5) and "KHM" in visits[0].countries


def test_a_delegation_going_on_with_its_programme_is_no_new_visit():
    text = ("Ngày 6/9, tại Cần Thơ, Bộ Tư lệnh Quân khu 9 tổ chức hội đàm với đoàn đại biểu Bộ Tư lệnh Quân khu 2, "
            "Quân đội Hoàng gia Campuchia. Chiều cùng ngày, đoàn đang thăm Bảo tàng Quân khu.\n")
    assert events(text, published=PartialDate(2028, 9, 7), kind="Visit") == []
