"""Events on fresh real pages, second pass (issue 10, round 18): a lead paragraph that the page
prints twice (once as the summary, once as the body's first paragraph) keeps its first copy
even when it opens on the outlet's bracketed tag ("(TNO) Sáng 16.4, ...")."""

from kg.model import PartialDate
from reading_helpers import events, read

PUBLISHED = PartialDate(2019, 5, 20)


def _page(lead: str) -> str:
    return ("Tàu hải quân Ấn Độ cập cảng Hải Phòng\n\n"
            f"{lead}\n\n"
            f"{lead}\n\n"
            "Trong thời gian ở Hải Phòng, thủy thủ hai tàu giao lưu thể thao với cán bộ, chiến sĩ "
            "Vùng 1 Hải quân.\n")


def test_a_repeated_lead_behind_its_outlet_tag_keeps_its_first_copy():
    lead = ("(ABC) Sáng 20.5, hai tàu hộ vệ của Hải quân Ấn Độ cập cảng Chùa Vẽ, bắt đầu chuyến "
            "thăm hữu nghị thành phố Hải Phòng đến ngày 23.5.")
    doc = read(_page(lead), PUBLISHED)
    assert doc.text.count("cập cảng Chùa Vẽ") == 1
    assert "clean.lead-told-again" in {r.rule for r in doc.removed_lines}
    calls = [e for e in doc.events if e.type == "PortCall"]
    assert [(c.start, "IND" in c.countries) for c in calls] == [(PartialDate(2019, 5, 20), True)]


def test_the_outlet_tag_may_stand_before_a_dash():
    lead = ("(XYZ) - Ngày 20/5, tàu khu trục của Hải quân Ấn Độ đã cập cảng Chùa Vẽ, bắt đầu chuyến "
            "thăm thành phố Hải Phòng.")
    found = events(_page(lead), PUBLISHED, kind="PortCall")
    assert [e.start for e in found] == [PartialDate(2019, 5, 20)]


def test_a_repeated_short_caption_with_a_tag_but_no_day_is_still_dropped_twice():
    caption = "(Ảnh minh họa) Tàu hộ vệ của Hải quân Ấn Độ tại cảng Chùa Vẽ."
    doc = read(_page(caption), PUBLISHED)
    assert "Tàu hộ vệ của Hải quân Ấn Độ tại cảng" not in doc.text


def test_a_bare_outlet_dateline_before_a_formula_lets_the_day_after_it_date_the_event():
    # "TPO - Trong khuôn khổ X, chiều 8/10, ..." : the outlet's name before the dash is no words
    # of the sentence, so the formula still opens it and the day after the formula is the event's.
    text = ("Sĩ quan trẻ hai nước tọa đàm\n\n"
            "VOV.VN - Trong khuôn khổ hợp tác quốc phòng giữa Việt Nam và Thái Lan, chiều 8/10, "
            "tại Hà Nội, diễn ra Tọa đàm Sĩ quan trẻ giữa đại biểu hai nước.\n")
    # (round 48o: a seminar inside the exchange's own programme, "Trong khuôn khổ chương trình Giao lưu X, ...",
    # is an item of that exchange, `event.seminar-of-a-visit`; the two sides' cooperation frames it here instead)
    found = events(text, PartialDate(2025, 10, 9), kind="Conference")
    assert [e.start for e in found] == [PartialDate(2025, 10, 8)]


def test_a_capitalised_word_before_a_dash_that_names_no_outlet_stays_the_sentence():
    from kg.pipeline.clean import dateline_length
    assert dateline_length("TPO - Trong khuôn khổ chương trình") == len("TPO - ")
    assert dateline_length("(QNO) - Ngày 3/5, đoàn") == len("(QNO) - ")
    assert dateline_length("Ukraine - Nga tiếp tục đàm phán") == 0
