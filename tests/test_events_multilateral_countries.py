"""The countries of a multilateral event told beyond its own sentence: the country
closing its place ("tại Penang, Malaysia"), the officials of a sentence telling it by
its short name, and who attended it ("Tham dự có ...", "Tới dự, có ... các nước: ...")."""

from __future__ import annotations

from kg.model import Article, PartialDate
from kg.pipeline import Pipeline
from reading_helpers import events


def _events(text: str, kind: str = "Conference"):
    return events(text, PartialDate(2026, 5, 20), kind)


def test_the_country_closing_the_place_hosts_it():
    [conf] = _events(
        "Ngày 14/5, Hội nghị Tư lệnh Không quân các nước ASEAN lần thứ 21 đã diễn ra tại Langkawi, Malaysia. "
        "Trung tướng Võ Văn Tài, Tư lệnh Quân chủng Phòng không - Không quân tham dự hội nghị.")
    assert set(conf.countries) == {"MYS", "VNM"}


def test_a_country_starting_a_new_clause_is_no_host():
    [conf] = _events(
        "Ngày 14/5, Hội nghị Tư lệnh Không quân các nước ASEAN lần thứ 21 diễn ra tại Hà Nội, Nhật Bản và "
        "Hàn Quốc cử quan sát viên. Trung tướng Võ Văn Tài tham dự hội nghị.")
    assert "JPN" not in conf.countries


def test_officials_of_a_sentence_telling_the_short_name_take_part():
    [conf] = _events(
        "Ngày 14/5, Hội nghị Tư lệnh Không quân các nước ASEAN lần thứ 21 (AACC-21) đã khai mạc tại Langkawi. "
        "Trung tướng Võ Văn Tài, Tư lệnh Quân chủng Phòng không - Không quân Việt Nam tham dự hội nghị. "
        "Phát biểu khai mạc AACC-21, Thượng tướng Kamal Ariffin, Tư lệnh Không quân Hoàng gia Malaysia "
        "nhấn mạnh vai trò của hợp tác.")
    assert {"MYS", "VNM"} <= set(conf.countries)
    assert "Kamal Ariffin" in conf.participants


def test_a_short_name_in_a_plan_brings_no_one():
    [conf] = _events(
        "Ngày 14/5, Hội nghị Tư lệnh Không quân các nước ASEAN lần thứ 21 (AACC-21) đã khai mạc tại Hà Nội "
        "với sự tham dự của Trung tướng Võ Văn Tài. "
        "Đại tướng Somchai Wong, Tư lệnh Không quân Thái Lan sẽ chủ trì AACC-22 vào năm sau.")
    assert "THA" not in conf.countries


def test_attendance_told_without_a_trigger_lists_the_delegations():
    [conf] = _events(
        "Ngày 12/3, tại Hà Nội, Cục Quân y tổ chức Hội nghị Quân y các nước ASEAN lần thứ hai.\n"
        "Tham dự có Thiếu tướng Lê Văn An, Cục trưởng Cục Quân y và Đại tá John Brown, Tùy viên Quốc phòng "
        "Australia.\n"
        "Tới dự, có đoàn đại biểu ngành quân y các nước ASEAN (chủ nhà Việt Nam và các nước: Lào, "
        "Campuchia, Thái Lan, Malaysia).")
    assert set(conf.countries) == {"VNM", "AUS", "LAO", "KHM", "THA", "MYS"}
    assert "John Brown" in conf.participants


def test_a_listed_meeting_of_two_sides_takes_no_delegation_list():
    [talks] = _events(
        "Ngày 12/3, Thượng tướng Lê Văn An hội đàm với Trung tướng Somsak Noy, Tư lệnh Quân khu 2 Lào.\n"
        "Tham dự có đại diện các nước: Campuchia, Thái Lan.", kind="Talks")
    assert set(talks.countries) == {"VNM", "LAO"}


def test_a_visit_to_the_countries_listed_after_a_colon():
    [visit] = _events(
        "Đoàn do Đại tướng Trần Văn Bình, Bộ trưởng Bộ Quốc phòng dẫn đầu đã đi thăm các nước Bắc Âu: "
        "Thụy Điển, Phần Lan và Na Uy từ ngày 3 đến 12/5.", kind="Visit")
    assert set(visit.countries) == {"VNM", "SWE", "FIN", "NOR"}


def test_a_visit_to_the_countries_above_takes_those_of_the_sentence_before():
    [visit] = _events(
        "Bộ trưởng Quốc phòng Việt Nam sẽ lần lượt đến Thụy Điển, Phần Lan và Na Uy.\n"
        "Đoàn đại biểu quân sự cấp cao Việt Nam do Đại tướng Trần Văn Bình dẫn đầu thăm chính thức "
        "các nước trên từ ngày 3 đến 12/5.", kind="Visit")
    assert {"SWE", "FIN", "NOR"} <= set(visit.countries)


def test_a_ship_docking_home_as_its_visit_ends_is_no_port_call():
    text = ("Ngày 9-6, tàu CSB 8003 do Đại tá Lê Văn Hùng làm trưởng đoàn đã cập cảng Hải đội 201, kết thúc "
            "tốt đẹp chuyến thăm, giao lưu với Lực lượng Bảo vệ bờ biển Nhật Bản.\n"
            "Chuyến thăm diễn ra từ ngày 2 đến 6-6 tại Yokohama, Nhật Bản.")
    doc = Pipeline()(Article(id="t", text=text, published=PartialDate(2026, 6, 9)))
    assert [e.start.iso() for e in doc.events] == ["2026-06-02"]
    assert "JPN" in doc.events[0].countries
    assert any(d.rule == "event.ship-back-home" for d in doc.dropped)


def test_a_foreign_ship_docking_to_begin_its_visit_is_a_port_call():
    [call] = _events(
        "Ngày 9-6, tàu JS Ise của Lực lượng Phòng vệ Biển Nhật Bản đã cập cảng Cam Ranh, bắt đầu chuyến thăm "
        "hữu nghị Việt Nam.", kind="PortCall")
    assert call.start.iso() == "2026-06-09"


def test_a_reception_of_a_delegation_named_in_the_sentence_before_takes_its_country():
    [meeting] = _events(
        "Ngày 3/5, đoàn sĩ quan trẻ Hải quân Hoàng gia Thái Lan do Trung tá Somchai Wong làm trưởng đoàn đến "
        "thăm Học viện Hải quân. Đại tá Lê Văn An, Phó Giám đốc Học viện chủ trì tiếp đoàn.", kind="Meeting")
    assert set(meeting.countries) == {"VNM", "THA"}


def test_a_reception_told_with_no_guest_country_takes_the_articles_one_foreign_country():
    [meeting] = _events(
        "Máy bay tuần thám Hải quân Ấn Độ giao lưu với Hải quân Việt Nam\n\n"
        "Chiều 28-4, đoàn bay do Trung tá Rajesh Kumar làm trưởng đoàn đã hạ cánh xuống sân bay Tân Sơn Nhất. "
        "Sau lễ đón, các sĩ quan đã đến chào xã giao chỉ huy Lữ đoàn 125, Vùng 2 Hải quân.", kind="Meeting")
    assert set(meeting.countries) == {"VNM", "IND"}


def test_no_foreign_side_is_guessed_among_several_countries():
    [meeting] = _events(
        "Ngày 3/5, Đại tá Lê Văn An, Phó Giám đốc Học viện Hải quân chủ trì tiếp đoàn học viên. "
        "Học viện đang đào tạo học viên của Lào, Campuchia và Thái Lan.", kind="Meeting")
    assert meeting.countries == ["VNM"]


def test_a_foreign_delegation_coming_to_a_unit_on_a_day_is_its_visit():
    [visit] = _events(
        "Nhân dịp Tết cổ truyền Bunpimay, sáng 12-4-2026, Đoàn công tác Bộ Chỉ huy Quân sự tỉnh Sekong (Lào) do "
        "Trung tá Bounmy Keo làm trưởng đoàn, đã sang thăm cán bộ, chiến sĩ Bộ Chỉ huy Quân sự tỉnh Quảng Nam.",
        kind="Visit")
    assert visit.start.iso() == "2026-04-12" and set(visit.countries) == {"VNM", "LAO"}


def test_coming_to_a_reception_is_the_reception_not_a_second_visit():
    events = Pipeline()(Article(id="t", text=(
        "Chiều 13/4, Đoàn công tác Bộ Chỉ huy Quân sự tỉnh Sekong (Lào) đã đến thăm, chào xã giao Bộ Chỉ huy "
        "Quân sự tỉnh Quảng Nam."), published=PartialDate(2026, 4, 14))).events
    assert [e.type for e in events] == ["Meeting"]


def test_a_vietnamese_envoy_coming_to_a_unit_abroad_is_no_foreign_visit():
    assert _events(
        "Sáng 12-4, Đại sứ Việt Nam tại Lào Nguyễn Văn Hùng đã đến thăm Trường Sĩ quan Lục quân.", kind="Visit") == []


def test_an_exercise_of_several_navies_told_by_a_vietnamese_outlet_involves_vietnam():
    [drill] = _events(
        "Tàu 012 Lý Thái Tổ của Hải quân nhân dân Việt Nam tham gia sự kiện này.\n"
        "Diễn tập Hải quân Ấn Độ Dương 2026 (IONEX) diễn ra từ ngày 3/5 đến 8/5 ngoài khơi Goa.\n"
        "Ngoài chủ nhà, hải quân Australia, Pháp và Nhật Bản cũng triển khai tàu tới diễn tập.", kind="Exercise")
    assert "VNM" in drill.countries and {"AUS", "FRA", "JPN"} <= set(drill.countries)


def test_a_foreign_exercise_in_world_news_does_not_involve_vietnam():
    [drill] = _events(
        "Ngày 3/5, hải quân Mỹ, Nhật Bản và Australia đã diễn tập chung ngoài khơi đảo Guam.", kind="Exercise")
    assert "VNM" not in drill.countries


def test_an_unnamed_drill_held_at_a_place_of_a_country_has_it_as_host():
    [drill] = _events(
        "Sáng 14/5, tàu 17 do Đại tá Lê Văn Nam, Phó Tư lệnh Vùng 2 Hải quân Việt Nam chỉ huy đã diễn tập tìm kiếm "
        "cứu nạn tại vùng biển ngoài khơi Visakhapatnam, Ấn Độ.", kind="Exercise")
    assert {"VNM", "IND"} <= set(drill.countries)


def test_the_country_in_brackets_after_a_long_place_hosts_it():
    [conf] = _events(
        "Ngày 7-5, Hội nghị Tư lệnh Lực lượng Quốc phòng ASEAN lần thứ 23 đã diễn ra tại thành phố Chiang Mai "
        "(Thái Lan) do Lực lượng Vũ trang Hoàng gia Thái Lan chủ trì tổ chức, với sự tham dự của Tư lệnh các nước. "
        "Đại tướng Lê Văn Tâm dẫn đầu đoàn Việt Nam tham dự hội nghị.")
    assert set(conf.countries) == {"VNM", "THA"}


def test_a_drill_abroad_known_only_by_its_host_involves_vietnam_when_the_article_names_it():
    [drill] = _events(
        "Đại tá Lê Văn Nam, Cục trưởng Cục Gìn giữ hòa bình Việt Nam dẫn đầu đoàn công tác.\n"
        "Ngày 3-5, Diễn tập Gìn giữ hòa bình Khaan Quest lần thứ 22 đã khai mạc tại Ulaanbaatar, Mông Cổ.",
        kind="Exercise")
    assert set(drill.countries) == {"VNM", "MNG"}
