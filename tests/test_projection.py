"""The RDF → networkx projection, on a small hand-written graph with known answers."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from hypothesis import given, strategies as st

from kg.projection import (
    Period,
    ProjectionError,
    actor_graph,
    country_graph,
    date_interval,
    entity_graph,
    load_kg,
    parse_bound,
    write_graph,
)
from kg.store import OxigraphStore, load_dataset

# Six countries, five officials, one organisation, five events, three agreements and
# three partnerships over four articles. VNM's partners by tie weight
# (event 1, agreement 2, partnership CSP 3 / SP 2): USA 7, JPN 6, FRA 5, CHN 1; LAO 0.
SMALL_TRIG = """
@prefix dkg: <https://w3id.org/defence-kg/ontology#> .
@prefix id: <https://w3id.org/defence-kg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .

<https://w3id.org/defence-kg/id/source/doc1> {
  <https://w3id.org/defence-kg/id/source/doc1> a dkg:SourceDocument ; dcterms:identifier "doc1.txt" ; dcterms:title "Hội đàm Việt Nam - Hoa Kỳ" ;
      dcterms:source "https://example.vn/doc1" .
  <https://w3id.org/defence-kg/id/country/VNM> a dkg:Country ; dkg:isoCode "VNM" ; rdfs:label "Việt Nam"@vi, "Vietnam"@en ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc1> .
  <https://w3id.org/defence-kg/id/country/USA> a dkg:Country ; dkg:isoCode "USA" ; rdfs:label "Hoa Kỳ"@vi, "United States"@en ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc1> .
  <https://w3id.org/defence-kg/id/official/giang> a dkg:Official ; rdfs:label "Phan Văn Giang"@vi ; dkg:represents <https://w3id.org/defence-kg/id/country/VNM> ; dkg:rank "Đại tướng"@vi ;
      prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc1> .
  <https://w3id.org/defence-kg/id/official/austin> a dkg:Official ; rdfs:label "Lloyd Austin"@vi ; dkg:represents <https://w3id.org/defence-kg/id/country/USA> ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc1> .
  <https://w3id.org/defence-kg/id/event/talks/e1> a dkg:Event, dkg:Talks ; rdfs:label "Hội đàm Việt Nam - Hoa Kỳ"@vi ; dkg:startDate "2023-09-10"^^xsd:date ;
      dkg:participant <https://w3id.org/defence-kg/id/official/giang>, <https://w3id.org/defence-kg/id/official/austin> ; dkg:evidence "Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Lloyd Austin." ;
      prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc1> .
  <https://w3id.org/defence-kg/id/agreement/a1> a dkg:Agreement, dkg:MemorandumOfUnderstanding ; rdfs:label "Bản ghi nhớ hợp tác"@vi ;
      dkg:date "2023-09-10"^^xsd:date ; dkg:party <https://w3id.org/defence-kg/id/country/VNM>, <https://w3id.org/defence-kg/id/country/USA> ; dkg:signatory <https://w3id.org/defence-kg/id/official/giang>, <https://w3id.org/defence-kg/id/official/austin> ;
      dkg:evidence "Hai bên ký Bản ghi nhớ hợp tác quốc phòng." ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc1> .
  <https://w3id.org/defence-kg/id/partnership/vnm-usa> a dkg:Partnership ; dkg:partner <https://w3id.org/defence-kg/id/country/VNM>, <https://w3id.org/defence-kg/id/country/USA> ;
      dkg:level dkg:ComprehensiveStrategicPartnership ; dkg:since "2023-09"^^xsd:gYearMonth ;
      dkg:evidence "Việt Nam và Hoa Kỳ nâng cấp quan hệ lên Đối tác chiến lược toàn diện." ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc1> .
}

<https://w3id.org/defence-kg/id/source/doc2> {
  <https://w3id.org/defence-kg/id/source/doc2> a dkg:SourceDocument ; dcterms:identifier "doc2.txt" .
  <https://w3id.org/defence-kg/id/country/VNM> a dkg:Country ; dkg:isoCode "VNM" ; rdfs:label "Việt Nam"@vi ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc2> .
  <https://w3id.org/defence-kg/id/country/USA> a dkg:Country ; dkg:isoCode "USA" ; rdfs:label "Hoa Kỳ"@vi ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc2> .
  <https://w3id.org/defence-kg/id/country/FRA> a dkg:Country ; dkg:isoCode "FRA" ; rdfs:label "Pháp"@vi, "France"@en ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc2> .
  <https://w3id.org/defence-kg/id/country/JPN> a dkg:Country ; dkg:isoCode "JPN" ; rdfs:label "Nhật Bản"@vi ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc2> .
  <https://w3id.org/defence-kg/id/organization/bqp> a dkg:Organization ; rdfs:label "Bộ Quốc phòng Việt Nam"@vi ; dkg:country <https://w3id.org/defence-kg/id/country/VNM> ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc2> .
  <https://w3id.org/defence-kg/id/official/lecornu> a dkg:Official ; rdfs:label "Sébastien Lecornu"@vi ; dkg:represents <https://w3id.org/defence-kg/id/country/FRA> ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc2> .
  <https://w3id.org/defence-kg/id/official/giang> a dkg:Official ; rdfs:label "Phan Văn Giang"@vi ; dkg:represents <https://w3id.org/defence-kg/id/country/VNM> ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc2> .
  <https://w3id.org/defence-kg/id/event/exhibition/e2> a dkg:Event, dkg:Exhibition ; rdfs:label "Triển lãm Quốc phòng quốc tế Việt Nam 2024"@vi ;
      dkg:startDate "2024-12-19"^^xsd:date ; dkg:endDate "2024-12-22"^^xsd:date ; dkg:location "Hà Nội"@vi ;
      dkg:organizer <https://w3id.org/defence-kg/id/organization/bqp> ;
      dkg:participant <https://w3id.org/defence-kg/id/country/VNM>, <https://w3id.org/defence-kg/id/country/USA>, <https://w3id.org/defence-kg/id/country/FRA>, <https://w3id.org/defence-kg/id/country/JPN> ;
      dkg:evidence "Triển lãm diễn ra từ ngày 19 - 22/12/2024 tại sân bay Gia Lâm." ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc2> .
  <https://w3id.org/defence-kg/id/agreement/a2> a dkg:Agreement, dkg:LetterOfIntent ; rdfs:label "Ý định thư"@vi ; dkg:date "2024-12-20"^^xsd:date ;
      dkg:party <https://w3id.org/defence-kg/id/country/VNM>, <https://w3id.org/defence-kg/id/country/FRA> ; dkg:signatory <https://w3id.org/defence-kg/id/official/lecornu> ; dkg:witness <https://w3id.org/defence-kg/id/official/giang> ;
      dkg:evidence "Hai bên ký Ý định thư về hợp tác công nghiệp quốc phòng." ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc2> .
  <https://w3id.org/defence-kg/id/partnership/vnm-fra> a dkg:Partnership ; dkg:partner <https://w3id.org/defence-kg/id/country/VNM>, <https://w3id.org/defence-kg/id/country/FRA> ;
      dkg:level dkg:StrategicPartnership ; dkg:since "2013"^^xsd:gYear ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc2> .
}

<https://w3id.org/defence-kg/id/source/doc3> {
  <https://w3id.org/defence-kg/id/source/doc3> a dkg:SourceDocument ; dcterms:identifier "doc3.txt" .
  <https://w3id.org/defence-kg/id/country/VNM> a dkg:Country ; dkg:isoCode "VNM" ; rdfs:label "Việt Nam"@vi ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc3> .
  <https://w3id.org/defence-kg/id/country/JPN> a dkg:Country ; dkg:isoCode "JPN" ; rdfs:label "Nhật Bản"@vi ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc3> .
  <https://w3id.org/defence-kg/id/official/kihara> a dkg:Official ; rdfs:label "Kihara Minoru"@vi ; dkg:represents <https://w3id.org/defence-kg/id/country/JPN> ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc3> .
  <https://w3id.org/defence-kg/id/official/giang> a dkg:Official ; rdfs:label "Phan Văn Giang"@vi ; dkg:represents <https://w3id.org/defence-kg/id/country/VNM> ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc3> .
  <https://w3id.org/defence-kg/id/event/visit/e3> a dkg:Event, dkg:Visit ; rdfs:label "Chuyến thăm Việt Nam"@vi ; dkg:startDate "2024-03"^^xsd:gYearMonth ;
      dkg:participant <https://w3id.org/defence-kg/id/official/kihara>, <https://w3id.org/defence-kg/id/official/giang> ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc3> .
  <https://w3id.org/defence-kg/id/agreement/a3> a dkg:Agreement, dkg:MemorandumOfUnderstanding ; rdfs:label "Bản ghi nhớ"@vi ; dkg:date "2024-03-15"^^xsd:date ;
      dkg:party <https://w3id.org/defence-kg/id/country/VNM>, <https://w3id.org/defence-kg/id/country/JPN> ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc3> .
  <https://w3id.org/defence-kg/id/partnership/vnm-jpn> a dkg:Partnership ; dkg:partner <https://w3id.org/defence-kg/id/country/VNM>, <https://w3id.org/defence-kg/id/country/JPN> ;
      dkg:level dkg:StrategicPartnership ; dkg:since "2023-11"^^xsd:gYearMonth ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc3> .
}

<https://w3id.org/defence-kg/id/source/doc4> {
  <https://w3id.org/defence-kg/id/source/doc4> a dkg:SourceDocument ; dcterms:identifier "doc4.txt" .
  <https://w3id.org/defence-kg/id/country/CHN> a dkg:Country ; dkg:isoCode "CHN" ; rdfs:label "Trung Quốc"@vi ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc4> .
  <https://w3id.org/defence-kg/id/country/LAO> a dkg:Country ; dkg:isoCode "LAO" ; rdfs:label "Lào"@vi ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc4> .
  <https://w3id.org/defence-kg/id/official/dong> a dkg:Official ; rdfs:label "Đổng Quân"@vi ; dkg:represents <https://w3id.org/defence-kg/id/country/CHN> ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc4> .
  <https://w3id.org/defence-kg/id/official/giang> a dkg:Official ; rdfs:label "Phan Văn Giang"@vi ; dkg:represents <https://w3id.org/defence-kg/id/country/VNM> ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc4> .
  <https://w3id.org/defence-kg/id/event/talks/e4> a dkg:Event, dkg:Talks ; rdfs:label "Hội đàm Việt Nam - Trung Quốc"@vi ; dkg:startDate "2022"^^xsd:gYear ;
      dkg:participant <https://w3id.org/defence-kg/id/official/dong>, <https://w3id.org/defence-kg/id/official/giang> ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc4> .
  <https://w3id.org/defence-kg/id/event/exercise/e5> a dkg:Event, dkg:Exercise ; rdfs:label "Diễn tập chung"@vi ; dkg:startDate "2024-06-01"^^xsd:date ;
      dkg:participant <https://w3id.org/defence-kg/id/country/CHN>, <https://w3id.org/defence-kg/id/country/LAO> ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc4> .
  <https://w3id.org/defence-kg/id/event/meeting/e6> a dkg:Event, dkg:Meeting ; rdfs:label "Gặp mặt"@vi ; dkg:startDate "--05-01"^^xsd:gMonthDay ;
      dkg:participant <https://w3id.org/defence-kg/id/country/LAO> ; prov:wasDerivedFrom <https://w3id.org/defence-kg/id/source/doc4> .
}
"""

ID = "https://w3id.org/defence-kg/id/"


def small_store() -> OxigraphStore:
    """In-memory store holding SMALL_TRIG, one named graph per article."""
    store = OxigraphStore(None)
    load_dataset(store, SMALL_TRIG)
    return store


@pytest.fixture
def data():
    return load_kg(small_store())


def test_load_reads_kinds_labels_dates_and_provenance(data):
    giang = data.nodes[ID + "official/giang"]
    assert giang.kind == "Official" and giang.label == "Phan Văn Giang" and giang.rank == "Đại tướng"
    assert len(giang.sources) == 4
    e2 = data.nodes[ID + "event/exhibition/e2"]
    assert (e2.kind, e2.type, e2.start, e2.end, e2.location) == ("Event", "Exhibition", "2024-12-19", "2024-12-22", "Hà Nội")
    assert data.nodes[ID + "country/VNM"].label == "Việt Nam"  # @vi preferred over @en
    assert data.nodes[ID + "partnership/vnm-usa"].level == "ComprehensiveStrategicPartnership"
    assert "Gia Lâm" in e2.evidence[0]
    assert data.documents[ID + "source/doc1"].url == "https://example.vn/doc1"
    # source documents are not nodes of the projection
    assert ID + "source/doc1" not in data.nodes


def test_entity_graph_keys_edges_by_relation_with_their_article(data):
    g = entity_graph(data)
    edge = g.get_edge_data(ID + "agreement/a2", ID + "official/giang")
    assert set(edge) == {"witness"}
    assert edge["witness"]["_sources"] == (ID + "source/doc2",)
    assert g.nodes[ID + "country/VNM"]["kind"] == "Country"
    assert sum(1 for _, d in g.nodes(data=True) if d["kind"] == "Event") == 6


def test_country_graph_weights_and_breakdown(data):
    g = country_graph(data)
    vnm = ID + "country/VNM"
    weights = {g.nodes[n]["iso"]: d["weight"] for n, d in g[vnm].items()}
    assert weights == {"USA": 7.0, "JPN": 6.0, "FRA": 5.0, "CHN": 1.0}
    usa = g.edges[vnm, ID + "country/USA"]
    assert usa["events"] == 2 and usa["agreements"] == Counter({"MemorandumOfUnderstanding": 1})
    assert usa["level"] == "ComprehensiveStrategicPartnership" and (usa["first"], usa["last"]) == (2023, 2024)
    # CHN is tied to VNM only through its official at talks: the projection follows `represents`
    assert g.edges[vnm, ID + "country/CHN"]["events"] == 1
    assert not g.has_edge(vnm, ID + "country/LAO")


def test_period_filter_restricts_happenings(data):
    g = country_graph(data, Period.parse("2024", None))
    vnm = ID + "country/VNM"
    weights = {g.nodes[n]["iso"]: d["weight"] for n, d in g[vnm].items()}
    # USA keeps the 2024 exhibition and the partnership (in force since 2023)
    assert weights == {"USA": 4.0, "JPN": 6.0, "FRA": 5.0}
    # a partnership that begins after --until is not yet in force
    g2 = country_graph(data, Period.parse(None, "2023-10"))
    assert g2.edges[vnm, ID + "country/USA"]["level"] == "ComprehensiveStrategicPartnership"
    assert not g2.has_edge(vnm, ID + "country/JPN")


def test_period_drops_undated_and_yearless_happenings(data):
    g = entity_graph(data, Period.parse("2000", "2030"))
    assert ID + "event/meeting/e6" not in g  # --05-01: no year
    assert ID + "event/meeting/e6" in entity_graph(data)


def test_type_filter(data):
    g = entity_graph(data, types=["MemorandumOfUnderstanding"])
    kinds = Counter(d["kind"] for _, d in g.nodes(data=True))
    assert kinds["Agreement"] == 2 and kinds["Event"] == 0 and kinds["Partnership"] == 0
    assert ID + "country/FRA" not in g


def test_actor_graph_links_co_participants_and_affiliations(data):
    g = actor_graph(data)
    assert g.edges[ID + "official/giang", ID + "official/austin"]["shared"] == 2  # talks + MoU
    assert g.has_edge(ID + "official/dong", ID + "country/CHN")
    assert g.has_edge(ID + "organization/bqp", ID + "country/VNM")
    assert all(d["kind"] in ("Country", "Official", "Organization") for _, d in g.nodes(data=True))


def test_empty_store_gives_empty_graphs():
    data = load_kg(OxigraphStore(None))
    assert len(entity_graph(data)) == len(country_graph(data)) == len(actor_graph(data)) == 0


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_write_graph_round_trips(fmt, tmp_path: Path):
    buf = io.BytesIO()
    written = write_graph(small_store(), fmt, buf)
    path = tmp_path / f"g.{fmt}"
    path.write_bytes(buf.getvalue())
    back = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert back.number_of_nodes() == written.number_of_nodes() > 0
    assert back.number_of_edges() == written.number_of_edges()
    assert "Phan Văn Giang" in buf.getvalue().decode("utf-8")


def test_write_graph_rejects_unknown_format():
    with pytest.raises(ProjectionError):
        write_graph(small_store(), "dot", io.BytesIO())


@pytest.mark.parametrize("bad", ["2024/05", "24", "2024-5", "May 2024"])
def test_bad_bounds_are_user_errors(bad):
    with pytest.raises(ProjectionError):
        parse_bound(bad)


def test_since_after_until_is_an_error():
    with pytest.raises(ProjectionError):
        Period.parse("2025", "2024")


@given(st.dates())
def test_date_interval_contains_its_day(day):
    iso = day.isoformat()
    if day.year < 1000:
        return
    lo, hi = date_interval(iso)
    assert lo == hi == iso
    ylo, yhi = date_interval(iso[:4])
    mlo, mhi = date_interval(iso[:7])
    assert ylo <= mlo <= iso <= mhi <= yhi
    assert date_interval("--" + iso[5:]) is None


def test_gexf_spells_are_full_days_as_its_timeformat_declares():
    import datetime

    from lxml import etree

    buf = io.BytesIO()
    write_graph(small_store(), "gexf", buf)
    root = etree.fromstring(buf.getvalue())
    ns = {"g": root.nsmap[None]}
    assert root.find("g:graph", ns).get("timeformat") == "date"
    spells = {el.get("id"): (el.get("start"), el.get("end")) for el in root.iterfind(".//g:node", ns)}
    for start, end in spells.values():
        for day in (start, end):
            if day is not None:
                assert datetime.date.fromisoformat(day).isoformat() == day
    assert spells[ID + "event/visit/e3"] == ("2024-03-01", "2024-03-31")  # a month: the days it covers
    assert spells[ID + "event/exhibition/e2"] == ("2024-12-19", "2024-12-22")
    assert spells[ID + "event/talks/e4"] == ("2022-01-01", "2022-12-31")
    assert spells[ID + "partnership/vnm-fra"] == ("2013-01-01", None)  # in force from then on
    assert spells[ID + "event/meeting/e6"] == (None, None)  # --05-01 has no year
    back = nx.read_gexf(io.BytesIO(buf.getvalue()))
    assert back.nodes[ID + "event/visit/e3"]["date"] == "2024-03"  # as the article gave it


def test_graphml_keeps_the_dates_as_given():
    buf = io.BytesIO()
    write_graph(small_store(), "graphml", buf)
    back = nx.read_graphml(io.BytesIO(buf.getvalue()))
    assert back.nodes[ID + "event/visit/e3"]["start"] == "2024-03"
    assert back.nodes[ID + "event/exhibition/e2"]["end"] == "2024-12-22"


@pytest.mark.parametrize("bad", ["2025-13", "2025-02-30", "2023-02-29", "2025-00", "2025-04-31"])
def test_bounds_that_are_no_real_day_are_user_errors(bad):
    with pytest.raises(ProjectionError, match=bad):
        parse_bound(bad)


def test_bounds_end_on_the_last_day_of_their_month_or_year():
    assert parse_bound("2024-02", end=True) == "2024-02-29"
    assert parse_bound("2023-02", end=True) == "2023-02-28"
    assert parse_bound("2024", end=True) == "2024-12-31"
    assert parse_bound("2024-02") == "2024-02-01"
    assert date_interval("2023-11") == ("2023-11-01", "2023-11-30")


def test_tie_years_are_those_of_its_events_and_agreements_inside_the_period(data):
    vnm, usa = ID + "country/VNM", ID + "country/USA"
    whole = country_graph(data).edges[vnm, usa]
    assert (whole["first"], whole["last"]) == (2023, 2024)
    # the partnership in force since 2023 does not pull the years out of the period
    since_2024 = country_graph(data, Period.parse("2024", None)).edges[vnm, usa]
    assert (since_2024["first"], since_2024["last"]) == (2024, 2024)
    assert (since_2024["level"], since_2024["since"]) == ("ComprehensiveStrategicPartnership", "2023-09")
    # a partnership alone gives a tie without years
    fra = country_graph(data, types=["Partnership"]).edges[vnm, ID + "country/FRA"]
    assert (fra["first"], fra["last"], fra["since"]) == (None, None, "2013")


def test_latest_partnership_is_the_one_last_entered():
    from kg.projection import Node, latest_partnership

    def p(iri, level, since=None):
        return Node(iri, "Partnership", "Partnership", level=level, start=since)

    old = p("a", "ComprehensiveStrategicPartnership", "2013")
    new = p("b", "StrategicPartnership", "2023-09")
    undated = p("c", "ComprehensivePartnership")
    assert latest_partnership([old, new, undated]) is new
    assert latest_partnership([undated, p("d", "StrategicPartnership")]).iri == "d"  # undated: the strongest
    assert latest_partnership([]) is None
