"""Event identity: one Event per happening, told apart by who took part, what, when and where."""

from __future__ import annotations

from kg.ids import event_iri
from kg.model import Article, PartialDate
from kg.pipeline import Pipeline
from reading_helpers import events


def _events(text: str, published=PartialDate(2026, 3, 6)):
    return events(text, published)


def _meetings(text: str):
    return [e for e in _events(text) if e.type == "Meeting"]


def test_two_receptions_of_one_minister_on_one_day_are_two_meetings():
    meetings = _meetings(
        "Chiều 5/3, tại Phủ Chủ tịch, Chủ tịch nước Trần Quang Minh tiếp Bộ trưởng Quốc phòng Chile Carlos Ruiz "
        "đang thăm chính thức Việt Nam.\n\n"
        "Cùng ngày, tại Trụ sở Chính phủ, Thủ tướng Lê Hoàng Nam cũng đã tiếp Bộ trưởng Carlos Ruiz."
    )
    assert len(meetings) == 2
    assert {m.participants[0] for m in meetings} == {"Trần Quang Minh", "Lê Hoàng Nam"}
    assert all(m.start.iso() == "2026-03-05" and set(m.countries) == {"VNM", "CHL"} for m in meetings)
    assert event_iri(meetings[0]) != event_iri(meetings[1])


def test_a_later_telling_of_the_same_reception_is_the_same_meeting():
    meetings = _meetings(
        "Chiều 5/3, Đại tướng Phạm Văn Bình tiếp Đại sứ Chile tại Việt Nam Ana Soto.\n\n"
        "Tại buổi tiếp, Đại tướng Phạm Văn Bình và Đại sứ Ana Soto trao đổi về hợp tác quốc phòng.\n\n"
        "Tiếp Đại sứ Ana Soto, Đại tướng Phạm Văn Bình đánh giá cao vai trò của Đại sứ quán."
    )
    assert len(meetings) == 1 and len(meetings[0].readings) == 3


def test_meetings_on_the_sidelines_one_per_counterpart():
    meetings = _meetings(
        "Ngày 25/2/2026, tại Kuala Lumpur, đã diễn ra Hội nghị Bộ trưởng Quốc phòng các nước ASEAN.\n\n"
        "Bên lề hội nghị, Đại tướng Phạm Văn Bình đã có các cuộc gặp song phương với Bộ trưởng Quốc phòng Chile "
        "Carlos Ruiz; Bộ trưởng Quốc phòng Peru Luis Vargas và Đại tướng Omar Haddad, Bộ trưởng Quốc phòng Jordan."
    )
    assert sorted(tuple(sorted(m.countries)) for m in meetings) == [("CHL", "VNM"), ("JOR", "VNM"), ("PER", "VNM")]
    assert all("Phạm Văn Bình" in m.participants for m in meetings)
    assert all("event.one-meeting-per-counterpart" in m.readings[0].rules for m in meetings)
    assert len({event_iri(m) for m in meetings}) == 3


def test_each_detailed_paragraph_joins_its_meeting_of_the_summary():
    meetings = _meetings(
        "Bên lề hội nghị, Thượng tướng Trần Đức Long đã có các cuộc gặp song phương với các đoàn Chile và Peru.\n\n"
        "Ngày 6/3, Thượng tướng Trần Đức Long gặp Bộ trưởng Quốc phòng Peru Luis Vargas.\n\n"
        "Cùng ngày, Thượng tướng Trần Đức Long gặp Bộ trưởng Quốc phòng Chile Carlos Ruiz."
    )
    by_country = {next(c for c in m.countries if c != "VNM"): m for m in meetings}
    assert set(by_country) == {"CHL", "PER"}
    assert by_country["PER"].participants == ["Trần Đức Long", "Luis Vargas"]
    assert by_country["CHL"].participants == ["Trần Đức Long", "Carlos Ruiz"]


def test_a_multilateral_meeting_takes_every_delegation_listed():
    [conf] = [e for e in _events(
        "Ngày 25/2/2026, tại Manila, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 20 đã diễn ra. "
        "Hội nghị có sự tham dự của trưởng đoàn các nước Brunei, Campuchia, Indonesia, Lào, Malaysia, Myanmar, "
        "Philippines, Singapore, Thái Lan và Việt Nam.") if e.type == "Conference"]
    assert set(conf.countries) == {"BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"}


def test_a_second_host_receiving_the_same_guests_is_another_meeting():
    meetings = _meetings(
        "Chiều 5/3, bà Đỗ Thị Lan, Phó Chủ tịch UBND thành phố tiếp xã giao Trung tá Hải quân Tom Baker, "
        "Chỉ huy tàu HMAS Hobart.\n\n"
        "Cũng trong chiều 5/3, Thiếu tướng Ngô Văn Hưng, Phó Tư lệnh Quân khu đã tiếp đoàn tại Sở Chỉ huy."
    )
    assert len(meetings) == 2
    assert {m.participants[0] for m in meetings} == {"Đỗ Thị Lan", "Ngô Văn Hưng"}


def test_attending_a_reception_is_not_another_one():
    meetings = _meetings(
        "Chiều 5/3, Đại tướng Phạm Văn Bình tiếp Đại sứ Chile tại Việt Nam Ana Soto. "
        "Thượng tướng Trần Đức Long cùng dự buổi tiếp."
    )
    assert len(meetings) == 1 and "Trần Đức Long" in meetings[0].participants


def test_working_with_firms_is_no_meeting():
    assert _meetings("Ngày 12/5, đoàn do Trung tướng Lê Văn Tâm làm trưởng đoàn đã làm việc với một số tập đoàn.") == []
    [m] = _meetings("Ngày 12/5, Trung tướng Lê Văn Tâm làm việc với Thứ trưởng Quốc phòng Indonesia Budi Santoso.")
    assert set(m.countries) == {"VNM", "IDN"}


def test_a_counterpart_named_by_title_alone_gives_the_talks_its_country():
    [talks] = [e for e in _events(
        "Chiều 4/3, tại Hà Nội, Đại tướng Lương Văn Bình đã chủ trì lễ đón và hội đàm với Bộ trưởng Quốc phòng Chile.")
        if e.type == "Talks"]
    assert set(talks.countries) == {"VNM", "CHL"} and talks.start.iso() == "2026-03-04"


def test_this_visit_said_by_a_foreign_guest_is_his_visit_to_vietnam():
    events = _events(
        "Chiều 4/3, tại Hà Nội, Đại tướng Lương Văn Bình hội đàm với Bộ trưởng Quốc phòng Chile Carlos Ruiz.\n\n"
        "Bộ trưởng Carlos Ruiz khẳng định chuyến thăm lần này là dấu mốc quan trọng trong quan hệ hai nước.")
    [visit] = [e for e in events if e.type == "Visit"]
    assert visit.participants == ["Carlos Ruiz"] and set(visit.countries) == {"VNM", "CHL"}
    assert visit.start.iso() == "2026-03"  # under way on the day told: its month


def test_talks_taken_as_told_after_a_reception():
    events = _events(
        "Đại tướng Lương Văn Bình tiếp ông Carlos Ruiz, Thứ trưởng Bộ Quốc phòng Chile.\n\n"
        "Sau cuộc hội đàm, hai bên đã ký bản ghi nhớ về hợp tác quốc phòng song phương Việt Nam - Chile.")
    [talks] = [e for e in events if e.type == "Talks"]
    assert set(talks.countries) == {"VNM", "CHL"}


def test_a_name_in_brackets_spelling_out_a_short_name_is_no_event():
    events = _events(
        "Sáng 5/3, cuộc diễn tập gìn giữ hòa bình đa phương khai mạc tại Bogor, nhằm nâng cao phối hợp giữa các "
        "nước trong khuôn khổ ADMM+ (Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng).")
    assert [e.type for e in events] == ["Exercise"]


def test_a_visit_and_working_stay_in_a_country():
    [visit] = [e for e in _events(
        "Sáng 5/3, Trung tướng Lê Văn Tâm tiếp Đại tướng Carlos Ruiz, Tư lệnh Lục quân Chile đang thăm, làm việc "
        "tại Việt Nam.") if e.type == "Visit"]
    assert visit.participants == ["Carlos Ruiz"] and visit.start.iso() == "2026-03"


def test_a_dialogue_named_after_a_forum_is_a_conference():
    [forum] = _events("Sáng 1/3, Thượng tướng Lê Văn Tâm phát biểu tại Đối thoại Shangri-La lần thứ 23 ở Singapore.")
    assert forum.type == "Conference" and forum.label == "Đối thoại Shangri-La lần thứ 23"
    [bilateral] = _events("Sáng 1/3, tại Hà Nội, hai bên tổ chức Đối thoại chính sách quốc phòng Việt Nam - Chile lần thứ 2.")
    assert bilateral.type == "Dialogue"


def test_a_photo_of_the_event_shows_it_took_place():
    [dialogue] = _events("Quang cảnh buổi Đối thoại Chính sách Quốc phòng Việt Nam - Chile lần thứ 3.")
    assert dialogue.type == "Dialogue" and set(dialogue.countries) == {"VNM", "CHL"}


def test_one_dialogue_named_with_short_and_full_country_names():
    [dialogue] = [e for e in _events(
        "Thượng tướng Lê Văn Tâm sang dự Đối thoại Chính sách quốc phòng Việt – Chile lần thứ 2.\n\n"
        "Ngày 4/3, tại Santiago, hai bên đồng chủ trì Đối thoại Chính sách Quốc phòng Việt Nam-Chile lần thứ 2.")
        if e.type == "Dialogue"]
    assert dialogue.start.iso() == "2026-03-04" and set(dialogue.countries) == {"VNM", "CHL"}


def test_a_description_of_the_exercise_is_the_same_exercise_and_not_its_series_start():
    [exercise] = _events(
        "Sáng 4/3, tại Bali, khai mạc Diễn tập Komodo 2026.\n\n"
        "Đây là cuộc diễn tập Hải quân đa phương do Hải quân Indonesia tổ chức 2 năm 1 lần, bắt đầu từ năm 2014.")
    assert exercise.start.iso() == "2026-03-04"


def test_a_day_of_a_ceremony_held_with_the_event_is_not_its_date():
    [exercise] = _events(
        "Ngày 4/3, Diễn tập Komodo 2026 khai mạc tại Bali. "
        "Cuộc diễn tập diễn ra cùng với lễ duyệt binh tàu Hải quân quốc tế vào ngày 6/3.")
    assert exercise.start.iso() == "2026-03-04"


def test_units_named_with_their_countries_in_brackets_are_the_sides_of_talks():
    [talks] = [e for e in _events(
        "Nhân dịp Tết, ngày 28/2, Đoàn đại biểu Chi đội biên phòng Hà Khẩu (Trung Quốc) đã đến thăm, chúc mừng và "
        "hội đàm với các đồn Biên phòng tỉnh Lào Cai (Việt Nam).") if e.type == "Talks"]
    assert set(talks.countries) == {"CHN", "VNM"} and talks.start.iso() == "2026-02-28"


def test_two_named_meetings_joined_by_va_share_the_time_told_after_the_second():
    events = _events(
        "Việt Nam tham gia tại Hội nghị Bộ trưởng Quốc phòng các nước ASEAN (ADMM) lần thứ 20 và Hội nghị Bộ trưởng "
        "Quốc phòng ASEAN mở rộng (ADMM+) lần thứ 13 tại Manila (tháng 11/2026).", published=PartialDate(2026, 12, 20))
    assert [(e.ordinal, e.start.iso()) for e in events] == [(20, "2026-11"), (13, "2026-11")]


def test_an_event_told_without_a_side_takes_the_countries_of_its_sentence_or_of_the_event_before():
    events = _events(
        "Sáng 15/3, hai tàu Ấn Độ đã diễn tập trên biển với tàu 016 của Hải quân nhân dân Việt Nam.\n\n"
        "Chiều 16/3, hai bên tổ chức Hội nghị rút kinh nghiệm diễn tập.")
    assert [(e.type, set(e.countries)) for e in events] == [("Exercise", {"IND", "VNM"}), ("Conference", {"IND", "VNM"})]
    assert "event.sides-of-context" in events[1].readings[0].rules


def test_a_recap_of_an_earlier_year_is_no_event_of_the_article():
    doc = Pipeline()(Article(id="t", text=(
        "Sáng 12/9/2025, Bộ Chỉ huy Quân sự tỉnh Điện Biên và Bộ Chỉ huy Quân sự tỉnh Phongsaly (Lào) tổ chức "
        "hội đàm thường niên.\n"
        "Trong năm 2024, Bộ Chỉ huy Quân sự tỉnh Điện Biên đã cử đoàn sang thăm và hội đàm với Bộ Chỉ huy "
        "Quân sự tỉnh Phongsaly."), published=PartialDate(2025, 9, 12)))
    assert [(e.type, e.start.iso()) for e in doc.events] == [("Talks", "2025-09-12")]
    assert any(d.rule == "event.recap-of-an-earlier-year" for d in doc.dropped)


def test_a_year_round_up_keeps_its_events_of_that_year():
    doc = Pipeline()(Article(id="t", text=(
        "Năm 2025, đối ngoại quốc phòng đạt nhiều kết quả. Ngày 9/4/2025, Bộ trưởng Quốc phòng hai nước Việt Nam và "
        "Lào đồng chủ trì Giao lưu hữu nghị quốc phòng biên giới lần thứ 3.\n"
        "Trong năm 2025, Bộ trưởng Bộ Quốc phòng đã hội đàm với Bộ trưởng Quốc phòng Nhật Bản."),
        published=PartialDate(2025, 12, 30)))
    assert "Talks" in [e.type for e in doc.events]
