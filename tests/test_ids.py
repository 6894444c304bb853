from hypothesis import given, strategies as st

from kg.ids import (agreement_iri, country_iri, event_iri, kebab, normalize_name, official_iri,
                    partnership_iri, slugify, source_iri)
from kg.model import Agreement, Event, PartialDate, Partnership


def test_readable_official_and_country_iris():
    assert official_iri("Hoàng Xuân Chiến").endswith("/id/official/hoang-xuan-chien")
    assert official_iri("Đỗ Đức Đạt").endswith("/official/do-duc-dat")
    assert country_iri("vnm").endswith("/id/country/VNM")


def test_named_event_keyed_by_label_so_articles_merge():
    a = Event("Exhibition", "Triển lãm Quốc phòng quốc tế Việt Nam 2024", start=PartialDate(2024, 12, 19))
    b = Event("Exhibition", "Triển lãm Quốc phòng quốc tế Việt Nam 2024", start=PartialDate(2024, 12))
    assert event_iri(a) == event_iri(b)


def test_anonymous_events_keyed_by_type_date_countries():
    a = Event("Talks", "Hội đàm A - B", start=PartialDate(2024, 10, 24), countries=["VNM", "CHN"])
    b = Event("Talks", "Hội đàm giữa hai Bộ trưởng", start=PartialDate(2024, 10, 24), countries=["CHN", "VNM"])
    c = Event("Talks", "Hội đàm A - B", start=PartialDate(2024, 10, 25), countries=["VNM", "CHN"])
    assert event_iri(a) == event_iri(b) != event_iri(c)
    assert "talks/2024-10-24-chn-vnm" in event_iri(a)


def test_agreements_differ_by_type_and_subject():
    base = dict(date=PartialDate(2024, 10, 24), parties=["VNM", "CHN"])
    loi = Agreement("LetterOfIntent", "Ý định thư", subject="tăng cường hợp tác quốc phòng", **base)
    coop = Agreement("CooperationAgreement", "Thỏa thuận", subject="hợp tác Biên phòng", **base)
    coop2 = Agreement("CooperationAgreement", "Thỏa thuận", subject="hợp tác đào tạo", **base)
    assert len({agreement_iri(loi), agreement_iri(coop), agreement_iri(coop2)}) == 3
    assert agreement_iri(loi) == agreement_iri(Agreement("LetterOfIntent", "khác", subject="tăng cường hợp tác quốc phòng",
                                                         date=PartialDate(2024, 10, 24), parties=["CHN", "VNM"]))


def test_partnership_pair_order_does_not_matter():
    p = Partnership(("VNM", "USA"), "ComprehensiveStrategicPartnership")
    q = Partnership(("USA", "VNM"), "ComprehensiveStrategicPartnership")
    assert partnership_iri(p) == partnership_iri(q)
    assert partnership_iri(p).endswith("usa-vnm-comprehensive-strategic-partnership")


def test_source_iris_do_not_collide_on_similar_ids():
    assert source_iri("a b.txt") != source_iri("a-b.txt")


def test_kebab_and_normalize():
    assert kebab("LetterOfIntent") == "letter-of-intent"
    assert normalize_name("  Phan  Văn GIANG ") == normalize_name("phan văn giang")


@given(st.text())
def test_slugify_is_always_a_safe_iri_segment(text):
    slug = slugify(text)
    assert slug and all(ch.isascii() and (ch.isalnum() or ch == "-") for ch in slug)
