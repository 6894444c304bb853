"""Events on real pages, round 11 (second part, r4 and r5): the items of a planned programme
after its semicolons, contacts summed up with "một số" countries, exhibition grounds named
"khu triển lãm", and a ship's stop-over ("ghé đậu tại cảng X")."""

from kg.model import PartialDate
from reading_helpers import events, read


def _event_drops(doc):
    return {(d.text.casefold(), d.rule) for d in doc.dropped if d.layer == "event"}


# ---- the items of a planned programme ---------------------------------------------------

PLANNED_PROGRAMME = (
    "Tàu hải quân Pháp thăm Hải Phòng\n\n"
    "Sáng 3/4/2028, tàu khu trục FS Vendémiaire của Hải quân Pháp đã cập cảng Hải Phòng, bắt đầu chuyến "
    "thăm hữu nghị thành phố.\n\n"
    "Trong thời gian ở Hải Phòng, thủy thủ đoàn sẽ chào xã giao lãnh đạo thành phố; tham gia các buổi "
    "diễn tập tìm kiếm cứu nạn với Hải quân Việt Nam; giao lưu bóng đá với cán bộ, chiến sĩ Vùng 1.\n"
)


def test_items_after_the_semicolons_of_a_planned_programme_are_plans():
    doc = read(PLANNED_PROGRAMME)
    kinds = sorted(e.type for e in doc.events)
    assert kinds == ["PortCall"]
    rules = {rule for _, rule in _event_drops(doc)}
    assert "event.item-of-a-planned-list" in rules


def test_an_item_that_tells_a_fact_of_its_own_is_news():
    text = PLANNED_PROGRAMME.replace(
        "; giao lưu bóng đá với", "; chiều 3/4, thủy thủ hai nước đã giao lưu bóng đá với")
    doc = read(text)
    exchanges = [e for e in doc.events if e.type == "Exchange"]
    assert len(exchanges) == 1
    assert exchanges[0].start == PartialDate(2028, 4, 3)


def test_a_list_with_no_plan_word_tells_its_items():
    text = ("Hợp tác biên phòng\n\n"
            "Ngày 9/5/2028, hai đoàn đã hội đàm tại trạm biên phòng; diễn tập chung chống buôn lậu qua "
            "biên giới Việt Nam - Lào; giao lưu văn nghệ với nhân dân hai bên biên giới.\n")
    kinds = {e.type for e in events(text)}
    assert "Exercise" in kinds and "Exchange" in kinds


# ---- contacts summed up ----------------------------------------------------------------

def test_contacts_with_some_unnamed_countries_at_a_show_are_no_meeting():
    text = ("Đoàn Việt Nam dự Triển lãm Quốc phòng Eurosatory 2028\n\n"
            "Sáng 12/6/2028, Triển lãm Quốc phòng Eurosatory 2028 khai mạc tại Paris, Pháp.\n\n"
            "Thượng tướng Lê Văn An và đoàn đã dự lễ khai mạc và có một số cuộc tiếp xúc song phương với "
            "đoàn của một số quốc gia tại triển lãm.\n")
    doc = read(text)
    assert not [e for e in doc.events if e.type == "Meeting"]
    assert any(rule == "event.counterparts-unnamed" for _, rule in _event_drops(doc))


def test_a_contact_with_a_named_country_stays_a_meeting():
    text = ("Đoàn Việt Nam dự Triển lãm Quốc phòng Eurosatory 2028\n\n"
            "Sáng 12/6/2028, Triển lãm Quốc phòng Eurosatory 2028 khai mạc tại Paris, Pháp.\n\n"
            "Bên lề triển lãm, Thượng tướng Lê Văn An đã có cuộc tiếp xúc song phương với Bộ trưởng Quốc "
            "phòng Ba Lan Jan Nowak.\n")
    meetings = events(text, kind="Meeting")
    assert len(meetings) == 1
    assert "POL" in meetings[0].countries


# ---- exhibition grounds ------------------------------------------------------------------

def test_exhibition_grounds_are_a_place_not_an_exhibition():
    text = ("Triển lãm hàng không Singapore 2028\n\n"
            "Ngày 20/2/2028, Triển lãm Hàng không Singapore 2028 khai mạc với sự tham dự của đoàn Việt Nam.\n\n"
            "Triển lãm được tổ chức tại 2 địa điểm, gồm khu triển lãm Changi Expo ở phía đông và căn cứ không "
            "quân Paya Lebar. Triển lãm kéo dài đến ngày 25-2.\n")
    shows = events(text, kind="Exhibition")
    assert len(shows) == 1
    assert "Changi" not in shows[0].label


# ---- a ship's stop-over ------------------------------------------------------------------

def test_a_ships_stop_over_at_a_port_is_a_port_call():
    text = ("Tàu hải quân Ấn Độ ghé Cam Ranh\n\n"
            "Sáng 8/7/2028, tàu hộ tống INS Kiltan của Hải quân Ấn Độ cùng 120 thủy thủ ghé đậu tại cảng "
            "quốc tế Cam Ranh để bổ sung hậu cần.\n")
    calls = events(text, kind="PortCall")
    assert len(calls) == 1
    assert calls[0].start == PartialDate(2028, 7, 8)
    assert set(calls[0].countries) == {"IND", "VNM"}


def test_a_stop_over_with_no_ship_is_no_port_call():
    text = ("Đoàn công tác thăm Khánh Hòa\n\n"
            "Sáng 8/7/2028, đoàn công tác của Bộ Quốc phòng Ấn Độ ghé đậu tại Cam Ranh trên đường sang Úc.\n")
    assert events(text, kind="PortCall") == []


# ---- a press briefing during a port call ----------------------------------------------------

SHIP_CALL = (
    "Tàu hải quân Nhật Bản thăm Đà Nẵng\n\n"
    "Sáng 14/3/2028, tàu khu trục JS Ikazuchi của Hải quân Nhật Bản đã cập cảng Tiên Sa, bắt đầu chuyến thăm "
    "hữu nghị thành phố Đà Nẵng.\n\n"
)


def test_a_press_briefing_on_board_during_a_port_call_is_part_of_the_call():
    text = SHIP_CALL + ("Phát biểu tại buổi gặp mặt báo chí trên tàu, Đại tá Kenji Sato, Chỉ huy tàu, cho biết "
                        "chuyến thăm góp phần tăng cường hiểu biết giữa hải quân hai nước.\n")
    doc = read(text)
    assert [e.type for e in doc.events] == ["PortCall"]
    assert "Kenji Sato" in doc.events[0].participants


def test_a_press_conference_of_its_own_stays_a_meeting():
    text = ("Họp báo về Triển lãm Quốc phòng quốc tế\n\n"
            "Ngày 6/11/2028, tại Hà Nội, Bộ Quốc phòng tổ chức họp báo thông tin về công tác chuẩn bị Triển lãm "
            "Quốc phòng quốc tế Việt Nam 2028.\n\n"
            "Tại họp báo, Thượng tướng Lê Văn An cho biết triển lãm sẽ diễn ra từ ngày 9 đến 12/12/2028.\n")
    assert len(events(text, kind="Meeting")) == 1
