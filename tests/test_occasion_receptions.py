"""A reception or ceremony marking an occasion, held by one side with the other side's people attending (an
attaché office's national-day or army-day reception) is a Meeting of the two sides on its day
(`event.occasion-reception`); a dinner for a visiting delegation, a party on deck and a ceremony with no foreign
side are not. Sentences of our own."""

from kg.model import PartialDate
from tests.reading_helpers import drops, events, read, rules_of

PUBLISHED = PartialDate(2026, 12, 20)


def test_attache_office_national_day_reception_is_a_meeting():
    text = (
        "Tối 18/12, tại Hà Nội, Văn phòng Tùy viên Quốc phòng Campuchia tại Việt Nam tổ chức chiêu đãi trọng thể "
        "kỷ niệm 60 năm Ngày thành lập Quân đội Hoàng gia Campuchia (18-12-1966 / 18-12-2026).\n\n"
        "Dự buổi chiêu đãi, về phía Việt Nam có Trung tướng Đỗ Minh Khang, Phó Tổng Tham mưu trưởng Quân đội nhân "
        "dân Việt Nam.\n"
    )
    found = events(text, PUBLISHED, "Meeting")
    assert [e.start.iso() for e in found] == ["2026-12-18"]  # its day, not the anniversary's in brackets
    assert set(found[0].countries) == {"VNM", "KHM"}
    assert "Đỗ Minh Khang" in found[0].participants  # "Dự buổi chiêu đãi, về phía Việt Nam có ...": attending
    assert "event.occasion-reception" in rules_of(found)


def test_reception_abroad_with_the_hosts_officers_told_after():
    text = (
        "Tối 15/12 (giờ địa phương), tại thủ đô Jakarta, Cơ quan Tùy viên Quốc phòng Việt Nam tại Indonesia tổ "
        "chức chiêu đãi kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân Việt Nam.\n\n"
        "Dự buổi lễ về phía bạn có Thiếu tướng Agus Wiranto, Phó Tham mưu trưởng Lục quân Indonesia.\n\n"
        "Phát biểu tại buổi lễ, Đại tá Hoàng Văn Thụy, Tùy viên Quốc phòng Việt Nam tại Indonesia cảm ơn bạn.\n"
    )
    found = events(text, PUBLISHED, "Meeting")
    assert [e.start.iso() for e in found] == ["2026-12-15"]
    assert set(found[0].countries) == {"VNM", "IDN"}
    assert "Agus Wiranto" in found[0].participants


def test_anniversary_ceremony_attended_by_the_other_side():
    text = (
        "Tối 12/12, tại Wellington, Cơ quan Tùy viên Quốc phòng Việt Nam tại New Zealand tổ chức lễ kỷ niệm với sự "
        "tham dự của Chuẩn tướng Grace Whitmore, Phó Tư lệnh Lục quân New Zealand, cùng tùy viên quân sự nhiều nước.\n\n"
        "Phát biểu tại buổi lễ, Thượng tá Đinh Công Lực, Tùy viên Quốc phòng Việt Nam tại New Zealand cảm ơn bạn.\n"
    )
    found = events(text, PUBLISHED, "Meeting")
    assert [e.start.iso() for e in found] == ["2026-12-12"]
    assert set(found[0].countries) == {"VNM", "NZL"}


def test_dinner_for_a_visiting_delegation_is_no_meeting():
    text = (
        "Sáng 10/12, Bộ Chỉ huy Quân sự tỉnh Quảng Trị và Bộ Chỉ huy Quân sự tỉnh Savannakhet (Lào) tổ chức hội "
        "đàm. Tối cùng ngày, Bộ Chỉ huy Quân sự tỉnh Quảng Trị tổ chức tiệc chiêu đãi đoàn bạn.\n"
    )
    doc = read(text, PUBLISHED)
    assert [e.type for e in doc.events] == ["Talks"]
    assert "event.reception-of-one-side" in drops(doc, "event")


def test_own_army_day_reception_with_attaches_of_many_countries_is_no_meeting():
    text = (
        "Tối 17/12, tại Hà Nội, Bộ Quốc phòng tổ chức chiêu đãi trọng thể kỷ niệm 82 năm Ngày thành lập Quân đội "
        "nhân dân Việt Nam với sự tham dự của đại sứ, tùy viên quốc phòng các nước tại Việt Nam.\n"
    )
    assert events(text, PUBLISHED, "Meeting") == []


def test_ceremony_attended_during_a_visit_leaves_the_visit_its_days():
    text = (
        "Chiều 4-9, tại trụ sở Bộ Quốc phòng, Đại tướng Lê Văn Sơn, Bộ trưởng Bộ Quốc phòng đã chủ trì lễ đón "
        "Thượng tướng Ricardo Salazar, Bộ trưởng Bộ Quốc phòng Chile đang có chuyến thăm chính thức Việt Nam và tham "
        "dự Lễ kỷ niệm 81 năm Cách mạng Tháng Tám và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam, từ ngày 1 "
        "đến 5-9.\n"
    )
    visits = events(text, PartialDate(2026, 9, 4), "Visit")
    assert [(e.start.iso(), e.end.iso() if e.end else None) for e in visits] == [("2026-09-01", "2026-09-05")]


def test_banquet_welcoming_a_visiting_guest_is_no_meeting_of_its_own():
    text = (
        "Sáng 9/12, Thượng tướng Lê Văn Sơn hội đàm với Đại tướng Somchai Rattana, Tư lệnh Quân đội Hoàng gia Thái "
        "Lan. Tối 10/12, Thượng tướng Lê Văn Sơn tổ chức chiêu đãi trọng thể chào mừng Đại tướng Somchai Rattana và "
        "các thành viên trong đoàn.\n"
    )
    doc = read(text, PUBLISHED)
    assert [e.type for e in doc.events] == ["Talks"]
    assert "event.reception-of-one-side" in drops(doc, "event")
