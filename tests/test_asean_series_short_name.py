"""An ASEAN meeting told only by its short name and edition ("tham dự ACDFM-22"), its joint statement
and its members; Malay honorifics written short ("Hj") (round 43, realev5). Sentences of our own."""

from kg.model import PartialDate

from tests.reading_helpers import of_type, read, rules_of

ASEAN_TEN = {"BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "VNM"}

SPEECH = ("Phát biểu khai mạc hội nghị, Đại tướng Somchai Preecha, Tư lệnh Quân đội Hoàng gia Thái Lan, "
          "chào đón Tư lệnh Lực lượng quốc phòng các nước ASEAN tham dự ACDFM-24. "
          "Tuyên bố chung của Hội nghị nêu rõ tầm quan trọng của hợp tác quân sự nội khối.")


def test_a_short_name_alone_opens_the_edition_under_its_full_name():
    doc = read(SPEECH, PartialDate(2027, 3))
    confs = of_type(doc.events, "Conference")
    assert len(confs) == 1
    assert confs[0].label == "Hội nghị Tư lệnh Lực lượng Quốc phòng các nước ASEAN lần thứ 24"
    assert "event.series-by-short-name" in rules_of(confs)


def test_its_statement_has_every_member_and_so_has_the_meeting():
    doc = read(SPEECH, PartialDate(2025, 3))  # before Timor-Leste joined
    statements = of_type(doc.agreements, "JointStatement")
    assert len(statements) == 1 and set(statements[0].parties) == ASEAN_TEN
    conf = of_type(doc.events, "Conference")[0]
    assert set(conf.countries) == ASEAN_TEN
    assert "event.members-of-its-statement" in rules_of([conf])


def test_a_planned_edition_told_by_short_name_is_no_event():
    doc = read("Đại tướng Nguyễn Văn Bình, Tổng Tham mưu trưởng, sẽ tham dự ANCM-21 tại Manila vào tháng tới.",
               PartialDate(2027, 3))
    assert not of_type(doc.events, "Conference")


def test_a_spelled_out_edition_keeps_its_own_reading():
    text = ("Ngày 12/3, Hội nghị Tư lệnh Lực lượng Quốc phòng các nước ASEAN lần thứ 24 (ACDFM-24) khai mạc tại "
            "Bangkok (Thái Lan). Các trưởng đoàn tham dự ACDFM-24 trao đổi về tình hình khu vực.")
    confs = of_type(read(text, PartialDate(2027, 3, 13)).events, "Conference")
    assert len(confs) == 1 and "event.series-by-short-name" not in rules_of(confs)


def test_a_meeting_without_a_statement_keeps_the_countries_told():
    doc = read("Ngày 5/6, Thượng tướng Nguyễn Văn Bình, Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam, "
               "tham dự ACDFM-24 tại Bangkok (Thái Lan).", PartialDate(2027, 6, 6))
    conf = of_type(doc.events, "Conference")[0]
    assert set(conf.countries) <= {"VNM", "THA"}


def test_short_haji_is_an_honorific_after_an_opening_one():
    doc = read("Phát biểu tại lễ khai mạc, Đại tướng Tan Sri Hj Ahmad Zaki bin Hj Osman, Tư lệnh Lực lượng "
               "Quốc phòng Malaysia, chào mừng các đoàn.", PartialDate(2027, 3))
    assert [o.name for o in doc.officials] == ["Ahmad Zaki bin Hj Osman"]
