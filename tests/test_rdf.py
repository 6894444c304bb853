"""`kg.rdf.doc_to_quads`: the mapping from a `Doc` to quads in the article's named graph."""

from __future__ import annotations

import re

import pyoxigraph as ox
from hypothesis import given
from hypothesis import strategies as st

from kg.ids import (
    agreement_iri,
    country_iri,
    event_iri,
    official_iri,
    organization_iri,
    partnership_iri,
    source_iri,
)
from kg.model import (
    Agreement,
    Article,
    Doc,
    Event,
    Official,
    Organization,
    PartialDate,
    Partnership,
)
from kg.rdf import date_literal, doc_to_nquads, doc_to_quads, literal, partnership_label, url_term
from kg.vocab import DKG_IRI, WIKIDATA_IRI

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"


def N(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def D(local: str) -> ox.NamedNode:
    return ox.NamedNode(DKG_IRI + local)


def vi(text: str) -> ox.Literal:
    return ox.Literal(text, language="vi")


def typed(value: str, xsd: str) -> ox.Literal:
    return ox.Literal(value, datatype=ox.NamedNode(XSD + xsd))


def make_doc(article_id: str = "bai-1.txt") -> Doc:
    doc = Doc(
        article=Article(id=article_id, text="…", title="Bộ trưởng Quốc phòng tiếp Đại sứ Nhật Bản",
                        url="https://example.vn/bai-1.html"),
        published=PartialDate(2024, 3, 5),
    )
    doc.officials = [
        Official("Nguyễn Văn An", "VNM", "Thượng tướng", ["Thứ trưởng Bộ Quốc phòng", "Ủy viên Trung ương Đảng"],
                 "Bộ Quốc phòng Việt Nam", evidence=["Thượng tướng Nguyễn Văn An tiếp Đại sứ."]),
        Official("Yamada Taro", "JPN", None, ["Đại sứ Nhật Bản tại Việt Nam"]),
    ]
    doc.organizations = [Organization("Bộ Quốc phòng Việt Nam", "VNM")]
    doc.events = [
        Event("Meeting", "Tiếp Đại sứ Nhật Bản", PartialDate(2024, 3, 5), location="Hà Nội",
              organizer="Bộ Quốc phòng Việt Nam", countries=["VNM", "JPN"],
              participants=["Nguyễn Văn An", "Yamada Taro"], evidence=["Chiều 5/3, Thượng tướng tiếp Đại sứ."]),
        Event("Dialogue", "Đối thoại chính sách quốc phòng Việt Nam - Nhật Bản lần thứ 9",
              PartialDate(2024, 3), ordinal=9, organizer="JPN", countries=["VNM", "JPN"]),
    ]
    doc.agreements = [
        Agreement("MemorandumOfUnderstanding", "Bản ghi nhớ về hợp tác gìn giữ hòa bình",
                  subject="hợp tác gìn giữ hòa bình", date=PartialDate(2024, 3, 5), parties=["VNM", "JPN"],
                  party_organizations=["Cục Gìn giữ hòa bình Việt Nam"], signatories=["Nguyễn Văn An"],
                  witnesses=["Yamada Taro"], signed_at="Tiếp Đại sứ Nhật Bản",
                  evidence=["Hai bên ký Bản ghi nhớ."]),
    ]
    doc.partnerships = [
        Partnership(("JPN", "VNM"), "ComprehensiveStrategicPartnership", PartialDate(2023, 11),
                    evidence=["Quan hệ Đối tác chiến lược toàn diện từ tháng 11/2023."]),
    ]
    return doc


def triples(quads: list[ox.Quad]) -> set[tuple]:
    return {(q.subject, q.predicate, q.object) for q in quads}


def test_everything_in_the_article_graph():
    doc = make_doc()
    quads = doc_to_quads(doc, "abc")
    graph = N(source_iri(doc.article.id))
    assert quads and all(q.graph_name == graph for q in quads)


def test_source_document_description():
    doc = make_doc()
    g = N(source_iri(doc.article.id))
    t = triples(doc_to_quads(doc, "abc"))
    assert (g, N(RDF_TYPE), D("SourceDocument")) in t
    assert (g, N(RDF_TYPE), N("http://www.w3.org/ns/prov#Entity")) in t
    assert (g, N(DCT + "identifier"), ox.Literal("bai-1.txt")) in t
    assert (g, N(DCT + "title"), vi("Bộ trưởng Quốc phòng tiếp Đại sứ Nhật Bản")) in t
    assert (g, N(DCT + "issued"), typed("2024-03-05", "date")) in t
    assert (g, N(DCT + "source"), N("https://example.vn/bai-1.html")) in t
    assert (g, D("contentHash"), ox.Literal("abc")) in t


def test_source_without_title_date_or_url():
    doc = Doc(article=Article(id="x", text=""))
    t = triples(doc_to_quads(doc, "h"))
    preds = {p.value for _, p, _ in t}
    assert DCT + "title" not in preds and DCT + "issued" not in preds and DCT + "source" not in preds


def test_invalid_url_becomes_a_plain_literal():
    assert url_term("https://example.vn/a b") == ox.Literal("https://example.vn/a b")
    assert url_term("bao-quan-doi/123") == ox.Literal("bao-quan-doi/123")
    assert url_term("ftp://example.vn/x") == ox.Literal("ftp://example.vn/x")
    assert url_term(" http://qdnd.vn/tin?id=1 ") == N("http://qdnd.vn/tin?id=1")


def test_official_mapping():
    doc = make_doc()
    g = N(source_iri(doc.article.id))
    t = triples(doc_to_quads(doc, "h"))
    an = N(official_iri("Nguyễn Văn An"))
    assert (an, N(RDF_TYPE), D("Official")) in t
    assert (an, N(LABEL), vi("Nguyễn Văn An")) in t
    assert (an, D("represents"), N(country_iri("VNM"))) in t
    assert (an, D("rank"), vi("Thượng tướng")) in t
    assert (an, D("position"), vi("Thứ trưởng Bộ Quốc phòng")) in t
    assert (an, D("position"), vi("Ủy viên Trung ương Đảng")) in t
    assert (an, D("memberOf"), N(organization_iri("Bộ Quốc phòng Việt Nam"))) in t
    assert (an, N(DERIVED), g) in t
    yamada = N(official_iri("Yamada Taro"))
    assert not any(s == yamada and p == D("rank") for s, p, _ in t)


def test_countries_only_when_referred_to_by_a_fact():
    doc = make_doc()
    from kg.model import CountryMention

    doc.countries = [CountryMention("THA", "Thái Lan", 0, 8)]  # a bare mention, no fact
    t = triples(doc_to_quads(doc, "h"))
    countries = {s for s, p, o in t if p == N(RDF_TYPE) and o == D("Country")}
    assert countries == {N(country_iri("VNM")), N(country_iri("JPN"))}


def test_country_description_from_kg_countries():
    doc = make_doc()
    g = N(source_iri(doc.article.id))
    t = triples(doc_to_quads(doc, "h"))
    vnm = N(country_iri("VNM"))
    assert (vnm, D("isoCode"), ox.Literal("VNM")) in t
    assert (vnm, N(LABEL), vi("Việt Nam")) in t
    assert (vnm, N(LABEL), ox.Literal("Vietnam", language="en")) in t
    assert (vnm, N(SAME_AS), N(WIKIDATA_IRI + "Q881")) in t
    assert (vnm, N(DERIVED), g) in t


def test_unknown_country_code_still_gets_a_label():
    doc = Doc(article=Article(id="x", text=""))
    doc.officials = [Official("Ai Đó", "XKX")]  # Kosovo's user-assigned code: not in ISO 3166
    t = triples(doc_to_quads(doc, "h"))
    node = N(country_iri("XKX"))
    assert (node, D("isoCode"), ox.Literal("XKX")) in t
    assert any(s == node and p == N(LABEL) for s, p, _ in t)


def test_organization_mapping():
    doc = make_doc()
    g = N(source_iri(doc.article.id))
    t = triples(doc_to_quads(doc, "h"))
    bqp = N(organization_iri("Bộ Quốc phòng Việt Nam"))
    assert (bqp, N(RDF_TYPE), D("Organization")) in t
    assert (bqp, N(LABEL), vi("Bộ Quốc phòng Việt Nam")) in t
    assert (bqp, D("country"), N(country_iri("VNM"))) in t
    assert (bqp, N(DERIVED), g) in t
    # an organisation named only as a party is still typed and labelled
    cuc = N(organization_iri("Cục Gìn giữ hòa bình Việt Nam"))
    assert (cuc, N(RDF_TYPE), D("Organization")) in t
    assert (cuc, N(DERIVED), g) in t


def test_event_mapping():
    doc = make_doc()
    g = N(source_iri(doc.article.id))
    t = triples(doc_to_quads(doc, "h"))
    meeting = N(event_iri(doc.events[0]))
    assert (meeting, N(RDF_TYPE), D("Event")) in t
    assert (meeting, N(RDF_TYPE), D("Meeting")) in t
    assert (meeting, N(LABEL), vi("Tiếp Đại sứ Nhật Bản")) in t
    assert (meeting, D("startDate"), typed("2024-03-05", "date")) in t
    assert (meeting, D("location"), vi("Hà Nội")) in t
    assert (meeting, D("organizer"), N(organization_iri("Bộ Quốc phòng Việt Nam"))) in t
    for participant in (country_iri("VNM"), country_iri("JPN"), official_iri("Nguyễn Văn An"), official_iri("Yamada Taro")):
        assert (meeting, D("participant"), N(participant)) in t
    assert (meeting, D("evidence"), vi("Chiều 5/3, Thượng tướng tiếp Đại sứ.")) in t
    assert (meeting, N(DERIVED), g) in t
    dialogue = N(event_iri(doc.events[1]))
    assert (dialogue, D("ordinal"), typed("9", "integer")) in t
    assert (dialogue, D("startDate"), typed("2024-03", "gYearMonth")) in t
    assert (dialogue, D("organizer"), N(country_iri("JPN"))) in t  # a country code organises


def test_acronym_organizer_is_not_a_country():
    doc = Doc(article=Article(id="x", text=""))
    doc.events = [Event("Exhibition", "Triển lãm DSA 2024", organizer="DSA")]
    t = triples(doc_to_quads(doc, "h"))
    assert (N(event_iri(doc.events[0])), D("organizer"), N(organization_iri("DSA"))) in t
    assert not any(o == D("Country") for _, _, o in t)


def test_unknown_event_type_keeps_the_generic_class():
    doc = Doc(article=Article(id="x", text=""))
    doc.events = [Event("Parade", "Duyệt binh", PartialDate(2025, 9, 2))]
    t = triples(doc_to_quads(doc, "h"))
    node = N(event_iri(doc.events[0]))
    types = {o for s, p, o in t if s == node and p == N(RDF_TYPE)}
    assert types == {D("Event")}


def test_participant_not_described_still_typed():
    doc = Doc(article=Article(id="x", text=""))
    doc.events = [Event("Talks", "Hội đàm", PartialDate(2024, 1, 2), countries=["VNM"], participants=["Lê Văn Bình"])]
    t = triples(doc_to_quads(doc, "h"))
    node = N(official_iri("Lê Văn Bình"))
    assert (node, N(RDF_TYPE), D("Official")) in t
    assert (node, N(LABEL), vi("Lê Văn Bình")) in t


def test_participant_name_matched_to_official_ignoring_case_and_spacing():
    doc = make_doc()
    doc.events[0].participants = ["nguyễn  văn an"]
    t = triples(doc_to_quads(doc, "h"))
    assert (N(event_iri(doc.events[0])), D("participant"), N(official_iri("Nguyễn Văn An"))) in t
    # no second label from the lower-cased spelling
    labels = {o for s, p, o in t if s == N(official_iri("Nguyễn Văn An")) and p == N(LABEL)}
    assert labels == {vi("Nguyễn Văn An")}


def test_agreement_mapping():
    doc = make_doc()
    g = N(source_iri(doc.article.id))
    t = triples(doc_to_quads(doc, "h"))
    ag = N(agreement_iri(doc.agreements[0]))
    assert (ag, N(RDF_TYPE), D("Agreement")) in t
    assert (ag, N(RDF_TYPE), D("MemorandumOfUnderstanding")) in t
    assert (ag, N(LABEL), vi("Bản ghi nhớ về hợp tác gìn giữ hòa bình")) in t
    assert (ag, D("subject"), vi("hợp tác gìn giữ hòa bình")) in t
    assert (ag, D("date"), typed("2024-03-05", "date")) in t
    assert (ag, D("party"), N(country_iri("VNM"))) in t
    assert (ag, D("party"), N(country_iri("JPN"))) in t
    assert (ag, D("party"), N(organization_iri("Cục Gìn giữ hòa bình Việt Nam"))) in t
    assert (ag, D("signatory"), N(official_iri("Nguyễn Văn An"))) in t
    assert (ag, D("witness"), N(official_iri("Yamada Taro"))) in t
    assert (ag, D("signedAt"), N(event_iri(doc.events[0]))) in t
    assert (ag, D("evidence"), vi("Hai bên ký Bản ghi nhớ.")) in t
    assert (ag, N(DERIVED), g) in t


def test_signed_at_unknown_event_is_dropped():
    doc = make_doc()
    doc.agreements[0].signed_at = "Hội nghị không có trong bài"
    t = triples(doc_to_quads(doc, "h"))
    assert not any(p == D("signedAt") for _, p, _ in t)


def test_partnership_mapping():
    doc = make_doc()
    g = N(source_iri(doc.article.id))
    t = triples(doc_to_quads(doc, "h"))
    p = N(partnership_iri(doc.partnerships[0]))
    assert (p, N(RDF_TYPE), D("Partnership")) in t
    assert (p, D("partner"), N(country_iri("VNM"))) in t
    assert (p, D("partner"), N(country_iri("JPN"))) in t
    assert (p, D("level"), D("ComprehensiveStrategicPartnership")) in t
    assert (p, D("since"), typed("2023-11", "gYearMonth")) in t
    assert (p, N(LABEL), vi("Việt Nam – Nhật Bản: đối tác chiến lược toàn diện")) in t
    assert (p, N(LABEL), ox.Literal("Vietnam – Japan: comprehensive strategic partnership", language="en")) in t
    assert (p, N(DERIVED), g) in t


def test_partnership_label_without_vietnam_is_sorted():
    p = Partnership(("JPN", "AUS"), "StrategicPartnership")
    assert partnership_label(p) == "Australia – Nhật Bản: đối tác chiến lược"  # CLDR Vietnamese name of AUS


def test_every_entity_derived_from_the_article():
    doc = make_doc()
    g = N(source_iri(doc.article.id))
    t = triples(doc_to_quads(doc, "h"))
    entities = {s for s, p, o in t if p == N(RDF_TYPE) and o in {
        D("Official"), D("Organization"), D("Event"), D("Agreement"), D("Partnership"), D("Country")}}
    assert len(entities) == 10
    for e in entities:
        assert (e, N(DERIVED), g) in t, e


def test_dates_of_every_precision():
    assert date_literal(PartialDate(2024, 12, 19)) == typed("2024-12-19", "date")
    assert date_literal(PartialDate(2024, 12)) == typed("2024-12", "gYearMonth")
    assert date_literal(PartialDate(2024)) == typed("2024", "gYear")
    assert date_literal(PartialDate(None, 10, 24)) == typed("--10-24", "gMonthDay")
    assert date_literal(PartialDate(None, 10)) == typed("--10", "gMonth")


XSD_LEXICAL = {  # XML Schema 1.1 part 2 lexical forms (no time zone)
    "date": r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])",
    "gYearMonth": r"\d{4}-(0[1-9]|1[0-2])",
    "gYear": r"\d{4}",
    "gMonthDay": r"--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])",
    "gMonth": r"--(0[1-9]|1[0-2])",
}


@given(st.builds(PartialDate, st.integers(1900, 2100), st.none() | st.integers(1, 12))
       | st.builds(PartialDate, st.none(), st.integers(1, 12), st.none() | st.integers(1, 28))
       | st.builds(PartialDate, st.none(), st.integers(1, 12), st.integers(1, 28))
       | st.builds(PartialDate, st.integers(1900, 2100), st.integers(1, 12), st.integers(1, 28)))
def test_date_literals_are_valid_xsd(date):
    lit = date_literal(date)
    local = lit.datatype.value[len(XSD):]
    assert lit.datatype.value == XSD + date.xsd_type
    assert re.fullmatch(XSD_LEXICAL[local], lit.value), (local, lit.value)
    if date.year is not None:
        assert PartialDate.parse_iso(lit.value) == date


def test_deterministic_output():
    assert doc_to_quads(make_doc(), "h") == doc_to_quads(make_doc(), "h")


def test_no_duplicate_quads():
    doc = make_doc()
    doc.officials.append(Official("Nguyễn Văn An", "VNM", "Thượng tướng"))
    quads = doc_to_quads(doc, "h")
    assert len(quads) == len(set(quads))


def test_same_event_in_two_articles_gets_one_iri():
    a, b = make_doc("bai-a.txt"), make_doc("bai-b.txt")
    b.events[1].evidence = ["Một câu khác."]
    store = ox.Store()
    store.extend(doc_to_quads(a, "1"))
    store.extend(doc_to_quads(b, "2"))
    node = N(event_iri(a.events[1]))
    graphs = {q.graph_name for q in store.quads_for_pattern(node, N(RDF_TYPE), D("Event"), None)}
    assert graphs == {N(source_iri("bai-a.txt")), N(source_iri("bai-b.txt"))}
    events = {q.subject for q in store.quads_for_pattern(None, N(RDF_TYPE), D("Event"), None)}
    assert len(events) == 2


def test_no_build_timestamp_changes_with_content_hash_only():
    a = triples(doc_to_quads(make_doc(), "h1"))
    b = triples(doc_to_quads(make_doc(), "h2"))
    assert {x for x in a ^ b} == {
        (N(source_iri("bai-1.txt")), D("contentHash"), ox.Literal("h1")),
        (N(source_iri("bai-1.txt")), D("contentHash"), ox.Literal("h2")),
    }


def test_cached_terms_give_the_same_graph_for_repeated_and_shared_names():
    """Names, labels and dates are cached across articles: a second article
    naming the same official and date gets the same nodes, and mapping one doc
    twice gives the same quads in the same order (only the graph differs)."""
    first = doc_to_quads(make_doc("bai-1.txt"), "h")
    again = doc_to_quads(make_doc("bai-1.txt"), "h")
    other = doc_to_quads(make_doc("bai-2.txt"), "h")
    assert [str(q) for q in first] == [str(q) for q in again]
    g1, g2 = N(source_iri("bai-1.txt")), N(source_iri("bai-2.txt"))
    # the article's own node differs; every other term is shared
    swap = {g2: g1, ox.Literal("bai-2.txt"): ox.Literal("bai-1.txt")}
    assert [(q.subject, q.predicate, q.object) for q in first] == [
        (swap.get(q.subject, q.subject), q.predicate, swap.get(q.object, q.object)) for q in other
    ]
    assert {q.graph_name for q in other} == {g2}


def test_cached_label_is_not_confused_with_a_different_spelling():
    doc = make_doc()
    doc.officials[0].positions = ["Thứ trưởng Bộ Quốc phòng", "thứ trưởng Bộ Quốc phòng"]
    t = triples(doc_to_quads(doc, "h"))
    an = N(official_iri("Nguyễn Văn An"))
    assert (an, D("position"), vi("Thứ trưởng Bộ Quốc phòng")) in t
    assert (an, D("position"), vi("thứ trưởng Bộ Quốc phòng")) in t


def test_cached_date_literal_keeps_precision():
    assert date_literal(PartialDate(2024, 3)) == typed("2024-03", "gYearMonth")
    assert date_literal(PartialDate(2024, 3, 5)) == typed("2024-03-05", "date")
    assert date_literal(PartialDate(2024, 3)) == typed("2024-03", "gYearMonth")


@given(st.text(), st.sampled_from([None, "vi", "en"]))
def test_literal_text_parses_back_to_the_same_literal(text, language):
    # The build writes N-Quads text; any article text must survive the escaping.
    line = f"<http://example.org/s> <http://example.org/p> {literal(text, language)} <http://example.org/g> .\n"
    [quad] = ox.parse(line, format=ox.RdfFormat.N_QUADS)
    assert quad.object == ox.Literal(text, language=language)


def test_nquads_are_the_quads_without_the_content_hash():
    doc = make_doc()
    doc.events[0].evidence = ['Câu có "ngoặc kép", dấu \\ và\nxuống dòng.']
    parsed = list(ox.parse(doc_to_nquads(doc), format=ox.RdfFormat.N_QUADS))
    quads = doc_to_quads(doc, "h")
    assert parsed == [q for q in quads if q.predicate != D("contentHash")]
    assert [q.object.value for q in quads if q.predicate == D("contentHash")] == ["h"]
    assert any(q.object.value == doc.events[0].evidence[0] for q in parsed)
