"""A reception told by its verb opening the sentence, its object, then a comma and its subject ("Tiếp đoàn, bà A,
Phó Chủ tịch UBND tỉnh, mong muốn ..."): the subject receives; another host than the one told before makes
another reception."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

TEXT = ("Sáng 9/4, tàu hộ vệ HMAS Brisbane của Hải quân Australia đã cập cảng Tiên Sa, thành phố Đà Nẵng, bắt đầu "
        "chuyến thăm hữu nghị.\n\n"
        "Sáng 10/4, tại Bộ Tư lệnh Vùng 3 Hải quân, Chuẩn Đô đốc Lê Quang Đạo đã tiếp Đại tá Mark Ellison, chỉ huy "
        "tàu, đến chào xã giao.\n\n"
        "Tiếp đoàn, ông Hồ Văn Khải, Phó Chủ tịch UBND thành phố Đà Nẵng mong muốn thủy thủ đoàn có chuyến thăm "
        "ý nghĩa.\n")


def test_the_subject_after_the_comma_receives_another_time():
    met = events(TEXT, published=PartialDate(2029, 4, 10), kind="Meeting")
    city = [e for e in met if "Hồ Văn Khải" in e.participants]
    assert city and "Lê Quang Đạo" not in city[0].participants
    assert "event.subject-after-its-object" in rules_of(city)


def test_those_attending_after_the_verb_are_no_object():
    text = TEXT.replace("Tiếp đoàn, ông Hồ Văn Khải, Phó Chủ tịch UBND thành phố Đà Nẵng mong muốn thủy thủ đoàn có "
                        "chuyến thăm ý nghĩa.",
                        "Tiếp đoàn có ông Hồ Văn Khải, Phó Chủ tịch UBND thành phố Đà Nẵng, và đại diện Sở Ngoại vụ.")
    met = events(text, published=PartialDate(2029, 4, 10), kind="Meeting")
    assert "event.subject-after-its-object" not in rules_of(met)
