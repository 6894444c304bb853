"""An observer told by its title right before its country (round 52g): "với sự tham gia của tư lệnh hải quân các nước
ASEAN và quan sát viên Timor-Leste" puts Timor-Leste at the conference (`event.observer-delegation`), as "Timor-Leste
tham dự với tư cách quan sát viên" did; a country after another word is not read so."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

PAGE_DAY = PartialDate(2026, 5, 20)
LEAD = ("Từ ngày 12-14/5, Đô đốc Trần Thanh Nghiêm, Tư lệnh Hải quân nhân dân Việt Nam dẫn đầu đoàn dự Hội nghị Tư lệnh "
        "Hải quân các nước ASEAN lần thứ 20 tại Kuala Lumpur, Malaysia, với sự tham gia của tư lệnh hải quân các nước "
        "ASEAN và {tail}.")


def test_an_observer_before_its_country_attends():
    found = events(LEAD.format(tail="quan sát viên Timor-Leste"), PAGE_DAY, "Conference")
    assert [sorted(c.countries) for c in found] == [["MYS", "TLS", "VNM"]]
    assert "event.observer-delegation" in rules_of(found)


def test_a_country_after_another_word_is_not_an_observer():
    found = events(LEAD.format(tail="khách mời đến từ Timor-Leste"), PAGE_DAY, "Conference")
    assert "event.observer-delegation" not in rules_of(found)
