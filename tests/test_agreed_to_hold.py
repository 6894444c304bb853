"""An event held by the last item of what two sides agreed on is a plan (round 39): "nhất trí thúc đẩy hợp tác
..., cứu hộ cứu nạn và tổ chức Đối thoại ... lần thứ 5 trong năm nay"; what was agreed before a happening told
("Sau khi thống nhất chương trình, hai bên tổ chức giao lưu ...") is no plan."""

from kg.model import PartialDate

from tests.reading_helpers import drops, events, of_type, read

PAGE_DAY = PartialDate(2026, 9, 10)

AGREED = ("Chiều 9/9, Thượng tướng Đinh Công Trứ gặp Thứ trưởng Quốc phòng Malaysia Ahmad Faizal. Hai bên "
          "nhất trí thúc đẩy hợp tác hải quân, cứu hộ cứu nạn và tổ chức Đối thoại Chính sách quốc phòng lần thứ 5 "
          "trong năm nay.")


def test_the_dialogue_agreed_on_is_no_event():
    doc = read(AGREED, PAGE_DAY)
    assert of_type(doc.events, "Dialogue") == []
    assert "event.wish-or-plan" in drops(doc, "event")


def test_an_exchange_held_after_agreeing_is_an_event():
    text = ("Ngày 9/9, sau khi thống nhất chương trình, hai bên tổ chức giao lưu thể thao giữa Bộ CHQS tỉnh "
            "Kon Tum và Bộ CHQS tỉnh Attapeu (Lào).")
    assert len(events(text, PAGE_DAY, "Exchange")) == 1
