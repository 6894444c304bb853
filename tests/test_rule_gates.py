"""Cheap necessary tests in front of rules that would read nothing (speed, round 52d): a page naming no
series' short name scans no sentence for one (`names_a_series`); a sentence telling a happening of its own is
not read as going back to the last one. Each gate must let through every case its rule reads (sentences of
our own)."""

from kg.model import PartialDate
from kg.pipeline.events.lexicon import names_a_series, series_full_names, series_short_name_re
from tests.reading_helpers import events, of_type, read, rules_of

PAGE = PartialDate(2027, 4, 9)


def test_every_short_name_of_the_lexicon_passes_the_gate() -> None:
    for name in series_full_names():
        text = f"Đoàn đại biểu Quân đội nhân dân Việt Nam lên đường dự {name}-7 tại Viêng Chăn."
        assert series_short_name_re().search(text) is not None, name
        assert names_a_series(text), name


def test_a_page_without_a_short_name_fails_it() -> None:
    text = "Ngày 8/4, Bộ trưởng Quốc phòng hai nước hội đàm tại Hà Nội. Hai bên nhất trí tăng cường hợp tác."
    assert not names_a_series(text)
    assert series_short_name_re().search(text) is None


def test_the_gated_scan_still_reads_a_short_name_past_the_first_sentence() -> None:
    text = ("Sáng 8/4, tại Viêng Chăn, các đoàn đại biểu đã đến nơi. "
            "Chiều cùng ngày, Đại tướng Phan Văn Thành dự ANCM-23 cùng tư lệnh hải quân các nước.")
    confs = of_type(read(text, PAGE).events, "Conference")
    assert len(confs) == 1 and "event.series-by-short-name" in rules_of(confs)


def test_a_back_reference_after_the_happening_still_adds_its_people() -> None:
    text = ("Ngày 7/4, tại Hà Nội, Thượng tướng Hoàng Văn Lâm, Thứ trưởng Bộ Quốc phòng, hội đàm với Trung tướng "
            "Kim Sung-ho, Thứ trưởng Quốc phòng Hàn Quốc.\n\n"
            "Dịp này, Đại tá Trần Văn Khoa, Cục phó Cục Đối ngoại, cùng tham dự.\n")
    talks = events(text, PAGE, "Talks")
    assert len(talks) == 1
    assert "event.back-reference" in rules_of(talks)
    assert "Trần Văn Khoa" in talks[0].participants


def test_a_lao_name_after_a_title_is_read_on_a_page_naming_laos() -> None:
    doc = read("Ngày 8/4, Phó Thủ tướng Khăm Phăn Sỉ tiếp đoàn đại biểu Quân đội nhân dân Việt Nam tại Viêng Chăn, Lào.",
               PAGE)
    assert "Khăm Phăn Sỉ" in {o.name for o in doc.officials}


def test_no_run_is_read_as_one_on_a_page_naming_no_such_country() -> None:
    # (a run of syllables after a title that a page naming Laos or Cambodia would read as a name: "Hội Hữu nghị"
    # opens a body and was never read, whatever the page names; "Thanh Bình" is read only past the gate)
    doc = read("Ngày 8/4, Giám đốc Thanh Bình tiếp đoàn đại biểu Quân đội Hoàng gia Thái Lan tại Hà Nội.", PAGE)
    assert "Thanh Bình" not in {o.name for o in doc.officials}


def test_a_day_told_after_the_happening_still_dates_it() -> None:
    found = events("Hội nghị Tư lệnh Hải quân các nước ASEAN lần thứ 23 diễn ra từ ngày 8 đến 10/4 tại Viêng Chăn.",
                   PAGE, "Conference")
    assert len(found) == 1 and found[0].start == PartialDate(2027, 4, 8)
    assert "event.date-cued" in rules_of(found)
