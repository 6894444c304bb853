"""Round-ups and briefs (issue 10, round 20): a brief that tells a visit as planned and then
speaks of "the visit" again in a sentence with no day and no verb of fact ("Chuyến thăm nhằm
...") still tells the plan; it does not report a visit held. A series told by how often it has
been held ("Qua 10 năm với 8 lần tổ chức, Giao lưu ...") is the mechanism, not an event."""

from kg.model import PartialDate
from reading_helpers import drops, events, read, rules_of

PUBLISHED = PartialDate(2024, 3, 12)
YEAR_END = PartialDate(2024, 12, 28)  # a round-up's day

BRIEF = (
    "Bộ trưởng Quốc phòng Ba Lan sắp thăm chính thức Việt Nam\n\n"
    "Chiều 12/3, Người phát ngôn Bộ Ngoại giao cho biết: nhận lời mời của Bộ trưởng Bộ Quốc phòng "
    "Việt Nam, Bộ trưởng Quốc phòng Ba Lan Jan Kowalski sẽ thăm chính thức Việt Nam từ ngày 20 đến "
    "ngày 22/3.\n\n"
    "Chuyến thăm của Bộ trưởng Quốc phòng Ba Lan Jan Kowalski góp phần tăng cường quan hệ hữu nghị "
    "giữa quân đội hai nước.\n"
)


def test_a_planned_visit_told_again_without_a_day_is_no_visit_held():
    doc = read(BRIEF, PUBLISHED)
    assert [e for e in doc.events if e.type == "Visit"] == []
    assert "event.refers-to-a-plan" in drops(doc, "event")


def test_the_visit_told_again_with_a_verb_of_fact_is_held():
    planned, _, _ = BRIEF.rpartition("Chuyến thăm của")
    text = planned + "Chuyến thăm của Bộ trưởng Jan Kowalski đã góp phần tăng cường quan hệ hữu nghị.\n"
    assert "event.refers-to-a-plan" not in drops(read(text, PUBLISHED), "event")


def test_a_visit_told_held_before_is_not_turned_into_the_plan():
    text = (
        "Ngày 5/3, Bộ trưởng Quốc phòng Ba Lan Jan Kowalski đến Hà Nội, bắt đầu chuyến thăm chính thức "
        "Việt Nam. Hai bên sẽ thăm Học viện Quốc phòng vào ngày mai.\n\n"
        "Chuyến thăm góp phần tăng cường quan hệ hữu nghị giữa quân đội hai nước.\n"
    )
    found = events(text, PUBLISHED, kind="Visit")
    assert [str(e.start) for e in found] == ["2024-03-05"]
    assert "event.refers-to-a-plan" not in rules_of(found)


def test_only_visits_refer_to_the_plan_a_drill_prepared_for_may_be_told_held():
    text = (
        "Ngày 4/3, ba tàu Hải quân Ba Lan cập cảng Tiên Sa để chuẩn bị tham gia một cuộc diễn tập "
        "với Hải quân Việt Nam. Đây là cuộc diễn tập song phương đầu tiên giữa hai nước, được tiến "
        "hành tại vùng biển Đà Nẵng.\n"
    )
    assert "event.refers-to-a-plan" not in drops(read(text, PUBLISHED), "event")


# --- a series told by how often it has been held: the mechanism, not one happening ----------

def test_a_series_told_by_its_count_of_editions_is_no_event():
    text = (
        "Qua 12 năm với 9 lần tổ chức thành công, Giao lưu hữu nghị quốc phòng biên giới Việt Nam - "
        "Lào đã trở thành mô hình hợp tác hiệu quả giữa hai quân đội.\n"
    )
    doc = read(text, PUBLISHED)
    assert doc.events == []
    assert "event.series-by-its-count" in drops(doc, "event")


def test_a_headline_of_the_years_of_a_series_is_no_event():
    text = "15 năm Đối thoại Chính sách quốc phòng Việt Nam - Ấn Độ: nền tảng của lòng tin\n"
    doc = read(text, PUBLISHED)
    assert doc.events == [] and drops(doc, "event") == ["event.series-by-its-count"]


def test_an_edition_told_after_the_count_of_editions_is_still_read():
    text = (
        "Sau 8 lần tổ chức, ngày 5/3, Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào lần thứ 9 "
        "đã khai mạc tại tỉnh Điện Biên.\n"
    )
    found = events(text, PUBLISHED, kind="Exchange")
    assert [str(e.start) for e in found] == ["2024-03-05"]


# --- a brief: the days of the planned edition closing the lead, the briefing's day heading another sentence -----

BRIEFING = (
    "Hải quân hai nước lần đầu luyện tập chung tìm kiếm cứu nạn trong khuôn khổ Giao lưu hữu nghị "
    "quốc phòng biên giới Việt Nam - Lào lần thứ ba, ngày 20-22/3.\n\n"
    "Tại họp báo ngày 12/3, Thiếu tướng Nguyễn Văn An cho biết Giao lưu hữu nghị quốc phòng biên "
    "giới lần thứ ba tổ chức tại tỉnh Điện Biên.\n"
)


def test_the_days_after_an_edition_closing_the_lead_date_it():
    found = events(BRIEFING, PUBLISHED, kind="Exchange")
    assert [(str(e.start), str(e.end)) for e in found] == [("2024-03-20", "2024-03-22")]
    assert "event.edition-day-closes-sentence" in rules_of(found)


def test_a_day_after_the_edition_that_opens_the_next_clause_is_not_its_own():
    text = (
        "Trong khuôn khổ Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào lần thứ ba, ngày 21/3, "
        "Bộ trưởng Quốc phòng Lào hội kiến Chủ tịch nước.\n"
    )
    found = events(text, PUBLISHED, kind="Exchange")
    assert "event.edition-day-closes-sentence" not in rules_of(found)


# --- a round-up's visits, their days in brackets after the guest ---------------------------------------

def test_a_visit_dated_by_days_in_brackets_after_its_guest():
    text = (
        "Năm 2024, quan hệ hai nước tiếp tục phát triển, nổi bật là chuyến thăm Việt Nam của Thủ "
        "tướng Ba Lan Jan Nowak (14-16/5) và nhiều đoàn cấp bộ trưởng.\n"
    )
    found = events(text, PUBLISHED, kind="Visit")
    assert [(str(e.start), str(e.end)) for e in found] == [("2024-05-14", "2024-05-16")]
    assert "event.guest-days-in-brackets" in rules_of(found)


def test_days_in_brackets_after_a_second_guest_are_not_the_first_visits():
    text = (
        "Năm 2024, quan hệ hai nước tiếp tục phát triển với chuyến thăm Việt Nam của Thủ tướng Ba Lan "
        "Jan Nowak, Bộ trưởng Ngoại giao Ba Lan Piotr Zielinski (14-16/5).\n"
    )
    assert "event.guest-days-in-brackets" not in rules_of(events(text, PUBLISHED))


# --- a visit told as the occasion of a partnership's upgrade: the relation's background ---------------

def test_a_visit_that_was_the_occasion_of_an_upgrade_is_background():
    text = (
        "Tháng 9/2024, quan hệ Việt Nam - Ba Lan được nâng lên Đối tác chiến lược nhân chuyến thăm "
        "Ba Lan của Chủ tịch nước. Đây là khuôn khổ quan trọng cho hợp tác quốc phòng.\n"
    )
    doc = read(text, PUBLISHED)
    assert [e for e in doc.events if e.type == "Visit"] == []
    assert "event.occasion-of-an-upgrade" in drops(doc, "event")


def test_talks_held_during_a_visit_keep_the_visit():
    text = (
        "Ngày 5/3, Bộ trưởng Quốc phòng Việt Nam hội đàm với Bộ trưởng Quốc phòng Ba Lan Jan Kowalski "
        "nhân chuyến thăm chính thức Việt Nam của ông từ ngày 4-6/3.\n"
    )
    found = events(text, PUBLISHED, kind="Visit")
    assert [str(e.start) for e in found] == ["2024-03-04"]


# --- a round-up's topic phrase, then the sentence's own date ------------------------------------------

def test_a_date_after_a_topic_phrase_heads_the_sentence():
    text = (
        "Trên bình diện song phương với các nước láng giềng, tháng 6, Quân đội Việt Nam và Lào tổ "
        "chức diễn tập chung tìm kiếm cứu nạn tại tỉnh Sơn La.\n"
    )
    found = events(text, YEAR_END, kind="Exercise")
    assert [str(e.start) for e in found] == ["2024-06"]
    assert "event.date-after-topic" in rules_of(found)


def test_a_topic_phrase_without_a_date_after_it_dates_nothing():
    text = (
        "Với các nước láng giềng, Quân đội Việt Nam và Lào đã tổ chức diễn tập chung tìm kiếm cứu "
        "nạn tại tỉnh Sơn La, ngày 5/6.\n"
    )
    assert "event.date-after-topic" not in rules_of(events(text, PUBLISHED))
