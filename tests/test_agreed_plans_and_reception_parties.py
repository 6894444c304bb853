"""A patrol named as what an agreed plan is of ("thống nhất kế hoạch tuần tra song phương quý IV/2027") is no patrol
held; a reception party ("buổi tiếp tân trên boong tàu") is no meeting of two sides."""

from kg.model import PartialDate

from tests.reading_helpers import events, read, drops


def test_a_patrol_of_an_agreed_plan_is_not_held():
    text = ("Ngày 5/8, tại Phnom Penh, Thiếu tướng Lê Văn Hào đã hội đàm với Thượng tướng Sok Pheap (Campuchia).\n\n"
            "Cũng trong dịp này, Đại tá Trần Văn Sơn, thành viên đoàn, đã làm việc với Bộ Tư lệnh Quân khu 4 Quân đội "
            "Hoàng gia Campuchia, thống nhất kế hoạch tuần tra song phương quý IV/2027.\n")
    assert events(text, published=PartialDate(2027, 8, 6), kind="Exercise") == []


def test_a_reception_party_on_deck_is_no_meeting():
    text = ("Từ ngày 10 đến 13-5, tàu hộ vệ HMNZS Aratere thuộc Hải quân Hoàng gia New Zealand thăm TP Hải Phòng.\n\n"
            "Trong thời gian tàu ở Hải Phòng, bà Claire Whitmore, Đại sứ New Zealand tại Việt Nam, đã chủ trì buổi tiếp "
            "tân trên boong tàu hôm 11-5.\n")
    doc = read(text, published=PartialDate(2028, 5, 14))
    assert [e for e in doc.events if e.type == "Meeting"] == []
    assert "event.reception-party" in drops(doc, "event")
