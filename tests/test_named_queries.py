"""The named SPARQL queries in ontology/queries/: well-formed, and right on a small hand-built graph."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest

from kg.ids import agreement_iri, event_iri, official_iri, partnership_iri, source_iri
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
from kg.queries import get_named_query, list_named_queries
from kg.rdf import doc_to_quads
from kg.store import OxigraphStore, select_rows

REQUIRED = {
    "partners-of-vietnam", "agreements-by-type-year", "agreement-signatories", "events-of-country",
    "officials-by-country", "fact-evidence", "partnerships", "timeline", "articles", "most-connected",
}
QUERIES = list_named_queries()


def doc_a() -> Doc:
    """Talks with China, two agreements signed there, a US partnership mentioned."""
    doc = Doc(article=Article(id="a.txt", text="…", title="Hội đàm Việt - Trung", url="https://tin.vn/a"),
              published=PartialDate(2024, 10, 24))
    doc.officials = [
        Official("Lê Minh Quân", "VNM", "Đại tướng", ["Bộ trưởng Bộ Quốc phòng"], "Bộ Quốc phòng Việt Nam"),
        Official("Vương Đại Hải", "CHN", "Thượng tướng", ["Bộ trưởng Bộ Quốc phòng Trung Quốc"]),
    ]
    doc.organizations = [Organization("Bộ Quốc phòng Việt Nam", "VNM")]
    doc.events = [Event("Talks", "Hội đàm Việt Nam - Trung Quốc", PartialDate(2024, 10, 24), location="Hà Nội",
                        countries=["VNM", "CHN"], participants=["Lê Minh Quân", "Vương Đại Hải"],
                        evidence=["Chiều 24/10, hai Bộ trưởng hội đàm."])]
    doc.agreements = [
        Agreement("LetterOfIntent", "Ý định thư về hợp tác quốc phòng", subject="hợp tác quốc phòng",
                  date=PartialDate(2024, 10, 24), parties=["VNM", "CHN"], witnesses=["Lê Minh Quân", "Vương Đại Hải"],
                  signed_at="Hội đàm Việt Nam - Trung Quốc", evidence=["Hai Bộ trưởng chứng kiến lễ ký Ý định thư."]),
        Agreement("CooperationAgreement", "Thỏa thuận hợp tác biên phòng", subject="hợp tác biên phòng",
                  date=PartialDate(2024, 10, 24), parties=["VNM", "CHN"]),
    ]
    doc.partnerships = [Partnership(("USA", "VNM"), "ComprehensiveStrategicPartnership", PartialDate(2023, 9),
                                    evidence=["Việt Nam và Hoa Kỳ là Đối tác chiến lược toàn diện từ 9/2023."])]
    return doc


def doc_b() -> Doc:
    """An exhibition with the US and France; the same US partnership reported again, less precisely dated."""
    doc = Doc(article=Article(id="b.txt", text="…", title="Triển lãm quốc phòng"), published=PartialDate(2025, 1))
    doc.officials = [Official("John Carter", "USA", "Đô đốc", ["Tư lệnh Hạm đội"]),
                     Official("Lê Minh Quân", "VNM", "Đại tướng", ["Bộ trưởng Bộ Quốc phòng"])]
    doc.events = [Event("Exhibition", "Triển lãm Quốc phòng quốc tế 2024", PartialDate(2024, 12, 19),
                        PartialDate(2024, 12, 22), organizer="VNM", countries=["VNM", "USA", "FRA"],
                        participants=["John Carter", "Lê Minh Quân"], evidence=["Triển lãm diễn ra từ 19 - 22/12."])]
    doc.agreements = [Agreement("MemorandumOfUnderstanding", "Bản ghi nhớ về cứu hộ", parties=["VNM", "FRA"])]
    doc.partnerships = [Partnership(("USA", "VNM"), "ComprehensiveStrategicPartnership", PartialDate(2023),
                                    evidence=["Hai nước là Đối tác chiến lược toàn diện."])]
    return doc


@pytest.fixture(scope="module")
def store() -> OxigraphStore:
    s = OxigraphStore(None)
    for doc in (doc_a(), doc_b()):
        s.replace_graph(source_iri(doc.article.id), doc_to_quads(doc, "h"))
    return s


def run(store, name: str, **params: str) -> list[dict]:
    text = get_named_query(name).bind(params)
    _, rows = select_rows(store, text)
    return [{k: (t.value if t is not None else None) for k, t in row.items()} for row in rows]


# --- the files -----------------------------------------------------------------------

def test_required_queries_exist():
    names = {q.name for q in QUERIES}
    assert REQUIRED <= names
    assert len(names) >= 10


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_query_file_conventions(query):
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", query.name)
    assert query.text.startswith("# ") and query.description and not query.description.startswith("param:")
    # prefixes declared, so the file runs in any SPARQL tool
    for prefix in set(re.findall(r"\b([a-z]+):\w", re.sub(r"(?m)^#.*$|<[^>]*>|\"[^\"]*\"", "", query.text))):
        assert re.search(rf"PREFIX\s+{prefix}:", query.text), f"{query.name}: undeclared prefix {prefix}"
    # every declared parameter has VALUES lines (all with the same default) or one LIMIT line to rewrite
    for param in query.params:
        values = re.findall(r"VALUES\s+\?" + param.name + r"\s*\{([^}]*)\}", query.text)
        limits = re.findall(r"LIMIT\s+(\d+)\s*#\s*" + param.name + r"\b", query.text)
        assert values or limits, param.name
        assert len({v.strip() for v in values}) <= 1 and len(limits) <= 1, param.name
        assert not limits or limits == [param.default], param.name
    ox.Store().query(query.text)  # parses


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_every_query_runs_and_returns_rows(store, query):
    assert run(store, query.name)


# --- what they answer -------------------------------------------------------------------

def test_partners_of_vietnam(store):
    rows = run(store, "partners-of-vietnam")
    got = [(r["code"], int(r["total"]), int(r["agreements"]), int(r["events"]), int(r["partnerships"])) for r in rows]
    assert got == [("CHN", 3, 2, 1, 0), ("FRA", 2, 1, 1, 0), ("USA", 2, 0, 1, 1)]
    assert rows[0]["name"] == "Trung Quốc"


def test_partners_of_another_country(store):
    rows = run(store, "partners-of-vietnam", country="USA")
    assert [(r["code"], int(r["total"])) for r in rows] == [("VNM", 2), ("FRA", 1)]


def test_agreements_by_type_year(store):
    rows = run(store, "agreements-by-type-year")
    assert {(r["type"], r["year"], int(r["agreements"])) for r in rows} == {
        ("LetterOfIntent", "2024", 1), ("CooperationAgreement", "2024", 1), ("MemorandumOfUnderstanding", "unknown", 1)}


def test_agreement_signatories(store):
    rows = run(store, "agreement-signatories")
    loi = agreement_iri(doc_a().agreements[0])
    assert {(r["role"], r["name"], r["country"]) for r in rows if r["agreement"] == loi} == {
        ("witness", "Lê Minh Quân", "VNM"), ("witness", "Vương Đại Hải", "CHN")}
    # agreements with nobody named are still listed, once
    mou = [r for r in rows if r["label"] == "Bản ghi nhớ về cứu hộ"]
    assert len(mou) == 1 and mou[0]["role"] is None


def test_agreement_signatories_for_one_agreement(store):
    loi = agreement_iri(doc_a().agreements[0])
    rows = run(store, "agreement-signatories", agreement=loi)
    assert {r["agreement"] for r in rows} == {loi} and len(rows) == 2


def test_events_of_country(store):
    vnm = run(store, "events-of-country")
    assert [(r["type"], r["start"]) for r in vnm] == [("Talks", "2024-10-24"), ("Exhibition", "2024-12-19")]
    assert set(vnm[1]["with"].split(", ")) == {"USA", "FRA"}
    assert vnm[1]["end"] == "2024-12-22"
    chn = run(store, "events-of-country", country="CHN")
    assert [r["event"] for r in chn] == [event_iri(doc_a().events[0])]
    assert run(store, "events-of-country", country="JPN") == []


def test_officials_by_country(store):
    rows = run(store, "officials-by-country")
    assert [(r["code"], r["name"]) for r in rows] == [
        ("CHN", "Vương Đại Hải"), ("USA", "John Carter"), ("VNM", "Lê Minh Quân")]
    quan = rows[-1]
    assert quan["rank"] == "Đại tướng" and quan["positions"] == "Bộ trưởng Bộ Quốc phòng"
    assert quan["organizations"] == "Bộ Quốc phòng Việt Nam" and int(quan["articles"]) == 2
    assert [r["name"] for r in run(store, "officials-by-country", country="USA")] == ["John Carter"]


def test_fact_evidence(store):
    p = partnership_iri(doc_a().partnerships[0])
    rows = run(store, "fact-evidence", fact=p)
    assert {(r["identifier"], r["sentence"]) for r in rows} == {
        ("a.txt", "Việt Nam và Hoa Kỳ là Đối tác chiến lược toàn diện từ 9/2023."),
        ("b.txt", "Hai nước là Đối tác chiến lược toàn diện."),
    }
    assert {r["kind"] for r in rows} == {"Partnership"}
    assert rows[0]["label"] == "Việt Nam – Hoa Kỳ: đối tác chiến lược toàn diện"
    # a fact without evidence sentences is still traced to its article
    quan = run(store, "fact-evidence", fact=official_iri("Lê Minh Quân"))
    assert {r["identifier"] for r in quan} == {"a.txt", "b.txt"}
    everything = run(store, "fact-evidence")
    assert {r["kind"] for r in everything} == {"Event", "Agreement", "Partnership", "Official"}


def test_partnerships(store):
    rows = run(store, "partnerships")
    assert len(rows) == 1
    row = rows[0]
    assert (row["a"], row["b"], row["level"]) == ("USA", "VNM", "ComprehensiveStrategicPartnership")
    assert row["since"] == "2023-09" and int(row["articles"]) == 2
    assert run(store, "partnerships", country="CHN") == []


def test_timeline(store):
    rows = run(store, "timeline")
    assert [(r["date"], r["kind"], r["type"]) for r in rows] == [
        ("2024-10-24", "agreement", "CooperationAgreement"),
        ("2024-10-24", "agreement", "LetterOfIntent"),
        ("2024-10-24", "event", "Talks"),
        ("2024-12-19", "event", "Exhibition"),
    ]
    assert run(store, "timeline", year="2023") == []
    assert len(run(store, "timeline", year="2024")) == 4


def test_articles(store):
    rows = run(store, "articles")
    assert [r["identifier"] for r in rows] == ["a.txt", "b.txt"]
    a = rows[0]
    assert a["title"] == "Hội đàm Việt - Trung" and a["issued"] == "2024-10-24" and a["source"] == "https://tin.vn/a"
    assert (int(a["officials"]), int(a["events"]), int(a["agreements"]), int(a["partnerships"])) == (2, 1, 2, 1)
    assert int(a["countries"]) == 3  # VNM, CHN, USA
    b = rows[1]
    assert (int(b["officials"]), int(b["events"]), int(b["agreements"]), int(b["countries"])) == (2, 1, 1, 3)


def test_most_connected(store):
    rows = run(store, "most-connected")
    assert rows[0]["label"] == "Việt Nam"
    degrees = [int(r["degree"]) for r in rows]
    assert degrees == sorted(degrees, reverse=True)
    officials = run(store, "most-connected", kind="dkg:Official")
    assert {r["kind_name"] for r in officials} == {"Official"}
    assert officials[0]["label"] == "Lê Minh Quân"


def test_agreements_of_country(store):
    rows = run(store, "agreements-of-country", country="FRA")
    assert [(r["type"], r["with"]) for r in rows] == [("MemorandumOfUnderstanding", "VNM")]


def test_event_participants(store):
    rows = run(store, "event-participants")
    exhibition = [r for r in rows if r["label"].startswith("Triển lãm")][0]
    assert exhibition["organizer"] == "VNM"
    assert set(exhibition["countries"].split(", ")) == {"VNM", "USA", "FRA"}
    assert set(exhibition["officials"].split("; ")) == {"John Carter", "Lê Minh Quân"}


def test_country_pairs(store):
    rows = run(store, "country-pairs")
    assert [(r["a"], r["b"], int(r["facts"])) for r in rows] == [
        ("CHN", "VNM", 3), ("FRA", "VNM", 2), ("USA", "VNM", 2), ("FRA", "USA", 1)]


# --- answers that do not depend on how many articles restate a fact -----------------------

def doc_c() -> Doc:
    """The talks of doc_a again, reported a day later under another name."""
    doc = Doc(article=Article(id="c.txt", text="…", title="Hai Bộ trưởng hội đàm"),
              published=PartialDate(2024, 10, 25))
    doc.events = [Event("Talks", "Cuộc hội đàm Việt - Trung", PartialDate(2024, 10, 24), location="Hà Nội",
                        countries=["VNM", "CHN"], participants=["Vương Đại Hải", "Lê Minh Quân"],
                        evidence=["Hai Bộ trưởng đã hội đàm."])]
    return doc


@pytest.fixture(scope="module")
def restated() -> OxigraphStore:
    s = OxigraphStore(None)
    for doc in (doc_a(), doc_b(), doc_c()):
        s.replace_graph(source_iri(doc.article.id), doc_to_quads(doc, "h"))
    return s


def test_a_fact_with_two_labels_is_one_row_named_by_its_first_label(restated):
    talks = event_iri(doc_a().events[0])
    assert talks == event_iri(doc_c().events[0])  # one event, two labels
    for name, column in (("events-of-country", "event"), ("event-participants", "event"), ("timeline", "item")):
        rows = [r for r in run(restated, name) if r[column] == talks]
        assert len(rows) == 1, name
        assert rows[0]["label"] == "Cuộc hội đàm Việt - Trung", name  # before "Hội đàm …" in code-point order
    evidence = run(restated, "fact-evidence", fact=talks)
    assert {r["identifier"] for r in evidence} == {"a.txt", "c.txt"}
    assert {r["label"] for r in evidence} == {"Cuộc hội đàm Việt - Trung"}


def test_fact_evidence_covers_the_most_recent_articles_first(restated):
    rows = run(restated, "fact-evidence")
    assert [r["identifier"] for r in rows][:1] == ["b.txt"]  # 2025-01, then c.txt (2024-10-25), a.txt
    issued = [r["issued"] for r in rows]
    assert issued == sorted(issued, reverse=True)
    assert {r["identifier"] for r in run(restated, "fact-evidence", articles="1")} == {"b.txt"}
    assert {r["identifier"] for r in run(restated, "fact-evidence", articles="2")} == {"b.txt", "c.txt"}
    assert len(run(restated, "fact-evidence", articles="0")) == len(rows)


def test_most_connected_breaks_ties_by_iri(store):
    rows = run(store, "most-connected")
    keys = [(-int(r["degree"]), r["entity"]) for r in rows]
    assert keys == sorted(keys)


def test_most_connected_counts_every_link_between_entities_of_the_ontology():
    """The links most-connected counts are the ontology's object properties between entities."""
    import rdflib

    from kg.resources import ontology_file

    onto = rdflib.Graph().parse(ontology_file())
    OWL = rdflib.OWL
    DKG_NS = rdflib.Namespace("https://w3id.org/defence-kg/ontology#")
    links = {str(p).split("#")[1] for p in onto.subjects(rdflib.RDF.type, OWL.ObjectProperty)
             if str(p).startswith(str(DKG_NS)) and (p, rdflib.RDFS.range, DKG_NS.PartnershipLevel) not in onto}
    text = get_named_query("most-connected").text
    listed = [set(re.findall(r"dkg:(\w+)", m)) for m in re.findall(r"VALUES \?p \{([^}]*)\}", text)]
    assert listed and all(found == links for found in listed)
