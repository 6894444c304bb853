"""SHACL shapes and `kg.validate`: good graphs conform, broken ones say what is wrong."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.ids import (
    agreement_iri,
    country_iri,
    event_iri,
    official_iri,
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
from kg.rdf import doc_to_quads
from kg.store import OxigraphStore
from kg.validate import (
    VIOLATION,
    WARNING,
    Violation,
    format_violation,
    validate_quads,
    validate_store,
)
from kg.vocab import DKG_IRI

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
DERIVED = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
XSD = "http://www.w3.org/2001/XMLSchema#"


def D(local: str) -> ox.NamedNode:
    return ox.NamedNode(DKG_IRI + local)


def good_doc(article_id: str = "tin-1") -> Doc:
    doc = Doc(article=Article(id=article_id, text="…", title="Hội đàm quốc phòng Việt Nam - Lào"),
              published=PartialDate(2024, 6, 10))
    doc.officials = [
        Official("Trần Văn Nam", "VNM", "Đại tướng", ["Bộ trưởng Bộ Quốc phòng"], "Bộ Quốc phòng Việt Nam"),
        Official("Khamphao Vongsa", "LAO", "Trung tướng", ["Bộ trưởng Bộ Quốc phòng Lào"]),
    ]
    doc.organizations = [Organization("Bộ Quốc phòng Việt Nam", "VNM")]
    doc.events = [Event("Talks", "Hội đàm Việt Nam - Lào", PartialDate(2024, 6, 10), location="Hà Nội",
                        organizer="Bộ Quốc phòng Việt Nam", countries=["VNM", "LAO"],
                        participants=["Trần Văn Nam", "Khamphao Vongsa"], evidence=["Hai bên hội đàm."])]
    doc.agreements = [Agreement("MemorandumOfUnderstanding", "Bản ghi nhớ hợp tác", date=PartialDate(2024, 6, 10),
                                parties=["VNM", "LAO"], signatories=["Trần Văn Nam", "Khamphao Vongsa"],
                                signed_at="Hội đàm Việt Nam - Lào")]
    doc.partnerships = [Partnership(("LAO", "VNM"), "ComprehensiveStrategicPartnership", PartialDate(2019))]
    return doc


def errors(report) -> list[Violation]:
    return [v for v in report.violations if v.severity == VIOLATION]


def find(report, focus: str, path_local: str) -> Violation:
    for v in report.violations:
        if v.focus_node == focus and v.path == DKG_IRI + path_local:
            return v
    raise AssertionError(f"no violation on {focus} {path_local}: {[format_violation(v) for v in report.violations]}")


def test_good_graph_conforms():
    report = validate_quads(doc_to_quads(good_doc(), "h"))
    assert report.conforms, [format_violation(v) for v in report.violations]
    assert report.violations == []


def test_official_with_two_countries():
    a = good_doc("a")
    b = good_doc("b")
    b.officials[0].country = "LAO"  # another article gets the nationality wrong
    report = validate_quads(doc_to_quads(a, "1") + doc_to_quads(b, "2"))
    assert not report.conforms
    v = find(report, official_iri("Trần Văn Nam"), "represents")
    assert v.found == 2 and v.severity == VIOLATION and v.focus_class == "Official"
    assert format_violation(v) == (
        f"Official <{official_iri('Trần Văn Nam')}>: dkg:represents: must represent exactly one Country (found 2)")


def test_official_without_country_is_a_warning():
    """An article may not tell an official's state (a foreign name on a page naming two foreign
    states alike): a gap, not a broken contract, so the graph still conforms."""
    doc = good_doc()
    doc.officials[1].country = None
    report = validate_quads(doc_to_quads(doc, "h"))
    assert report.conforms and not report.errors
    v = find(report, official_iri("Khamphao Vongsa"), "represents")
    assert v.found == 0 and v.severity == WARNING and "represents no Country" in v.message


def test_official_representing_something_else():
    doc = good_doc()
    quads = doc_to_quads(doc, "h")
    g = quads[0].graph_name
    node = ox.NamedNode(official_iri("Trần Văn Nam"))
    quads = [q for q in quads if not (q.subject == node and q.predicate == D("represents"))]
    quads.append(ox.Quad(node, D("represents"), ox.NamedNode(event_iri(doc.events[0])), g))
    report = validate_quads(quads)
    v = find(report, official_iri("Trần Văn Nam"), "represents")
    assert "Country" in v.message and v.value == event_iri(doc.events[0])


def test_partnership_with_one_partner():
    doc = good_doc()
    doc.partnerships = [Partnership(("VNM", "VNM"), "StrategicPartnership")]
    report = validate_quads(doc_to_quads(doc, "h"))
    assert not report.conforms
    v = find(report, partnership_iri(doc.partnerships[0]), "partner")
    assert v.found == 1
    assert "exactly two partners" in format_violation(v) and "(found 1)" in format_violation(v)


def test_partnership_level_outside_the_closed_set():
    doc = good_doc()
    quads = doc_to_quads(doc, "h")
    node = ox.NamedNode(partnership_iri(doc.partnerships[0]))
    quads = [q for q in quads if q.predicate != D("level")]
    quads.append(ox.Quad(node, D("level"), D("Alliance"), quads[0].graph_name))
    report = validate_quads(quads)
    v = find(report, node.value, "level")
    assert v.value == DKG_IRI + "Alliance" and "level" in v.message


def test_agreement_without_party():
    doc = good_doc()
    doc.agreements[0].parties = []
    report = validate_quads(doc_to_quads(doc, "h"))
    assert not report.conforms
    v = find(report, agreement_iri(doc.agreements[0]), "party")
    assert format_violation(v) == (
        f"Agreement <{agreement_iri(doc.agreements[0])}>: dkg:party: must have at least one party (found 0)")


def test_agreement_without_date_is_only_a_warning():
    doc = good_doc()
    doc.agreements[0].date = None
    report = validate_quads(doc_to_quads(doc, "h"))
    assert report.conforms
    [v] = report.violations
    assert v.severity == WARNING and v.path == DKG_IRI + "date"
    assert format_violation(v).startswith("warning: Agreement <")


def test_event_without_participant_is_a_violation():
    doc = good_doc()
    doc.events[0].countries, doc.events[0].participants = [], []
    report = validate_quads(doc_to_quads(doc, "h"))
    assert not report.conforms
    [v] = report.violations
    assert v.severity == VIOLATION and v.path == DKG_IRI + "participant" and v.found == 0


def test_a_position_naming_another_official_is_a_violation():
    doc = good_doc()
    doc.officials[0].positions.append("Bộ trưởng Bộ Quốc phòng tiếp Trung tướng Khamphao Vongsa")
    report = validate_quads(doc_to_quads(doc, "h"))
    assert not report.conforms
    [v] = report.violations
    assert v.focus_node == official_iri("Trần Văn Nam") and v.component == "consistency:position-names-another-official"
    assert format_violation(v).startswith(f"Official <{official_iri('Trần Văn Nam')}>: a position of Trần Văn Nam names Khamphao Vongsa")


def test_one_happening_stored_as_two_events_is_a_violation():
    doc = good_doc()
    twin = Event(**{**doc.events[0].__dict__, "label": "Hội đàm cấp cao lần thứ 2", "ordinal": 2})
    doc.events.append(twin)
    doc.events[0].ordinal, doc.events[0].label = 2, "Hội đàm quốc phòng lần thứ 2"
    report = validate_quads(doc_to_quads(doc, "h"))
    assert {v.component for v in report.violations} == {"consistency:events-with-same-participants-and-date"}
    assert len(report.violations) == 2


def test_event_dates_of_any_precision_and_several_values_conform():
    a, b = good_doc("a"), good_doc("b")
    b.events[0].start = PartialDate(2024, 6)  # same talks, less precise elsewhere
    b.events[0].label = a.events[0].label
    a.events.append(Event("Exhibition", "Triển lãm 2026", PartialDate(2026), PartialDate(None, 12, 6),
                          countries=["VNM"]))
    quads = doc_to_quads(a, "1") + doc_to_quads(b, "2")
    report = validate_quads(quads)
    assert report.conforms, [format_violation(v) for v in report.violations]


def test_untyped_date_is_a_violation():
    doc = good_doc()
    quads = doc_to_quads(doc, "h")
    node = ox.NamedNode(event_iri(doc.events[0]))
    quads.append(ox.Quad(node, D("startDate"), ox.Literal("10/6/2024"), quads[0].graph_name))
    quads.append(ox.Quad(node, D("endDate"), ox.Literal("2024-13-45", datatype=ox.NamedNode(XSD + "date")),
                         quads[0].graph_name))
    report = validate_quads(quads)
    assert not report.conforms
    assert find(report, node.value, "startDate").value == "10/6/2024"
    assert find(report, node.value, "endDate").value == "2024-13-45"


def test_participant_must_be_an_agent():
    doc = good_doc()
    quads = doc_to_quads(doc, "h")
    node = ox.NamedNode(event_iri(doc.events[0]))
    quads.append(ox.Quad(node, D("participant"), ox.NamedNode(agreement_iri(doc.agreements[0])), quads[0].graph_name))
    report = validate_quads(quads)
    v = find(report, node.value, "participant")
    assert v.value == agreement_iri(doc.agreements[0])


def test_entity_without_provenance():
    doc = good_doc()
    node = ox.NamedNode(event_iri(doc.events[0]))
    quads = [q for q in doc_to_quads(doc, "h") if not (q.subject == node and q.predicate == DERIVED)]
    report = validate_quads(quads)
    assert not report.conforms
    v = [v for v in report.violations if v.focus_node == node.value][0]
    assert v.path == DERIVED.value and "SourceDocument" in v.message
    assert "prov:wasDerivedFrom" in format_violation(v)


def test_bad_iso_code():
    doc = good_doc()
    quads = doc_to_quads(doc, "h")
    vnm = ox.NamedNode(country_iri("VNM"))
    quads = [q for q in quads if not (q.subject == vnm and q.predicate == D("isoCode"))]
    quads.append(ox.Quad(vnm, D("isoCode"), ox.Literal("VN"), quads[0].graph_name))
    report = validate_quads(quads)
    v = find(report, vnm.value, "isoCode")
    assert v.value == "VN" and v.focus_class == "Country"


def test_source_document_needs_one_identifier():
    doc = good_doc()
    g = ox.NamedNode(source_iri(doc.article.id))
    quads = doc_to_quads(doc, "h")
    quads.append(ox.Quad(g, ox.NamedNode("http://purl.org/dc/terms/identifier"), ox.Literal("khac"), g))
    report = validate_quads(quads)
    v = [v for v in report.violations if v.focus_node == g.value][0]
    assert v.found == 2 and v.focus_class == "SourceDocument"


def test_subclass_only_instances_are_targeted_through_the_ontology():
    g = ox.NamedNode(source_iri("x"))
    node = ox.NamedNode("https://w3id.org/defence-kg/id/event/talks/x")
    quads = [
        ox.Quad(g, RDF_TYPE, D("SourceDocument"), g),
        ox.Quad(g, ox.NamedNode("http://purl.org/dc/terms/identifier"), ox.Literal("x"), g),
        ox.Quad(node, RDF_TYPE, D("Talks"), g),  # no explicit dkg:Event, no label
        ox.Quad(node, DERIVED, g, g),
    ]
    report = validate_quads(quads)
    assert any(v.focus_node == node.value and v.path.endswith("label") for v in errors(report))


def test_report_is_sorted_and_deterministic():
    doc = good_doc()
    doc.agreements[0].parties = []
    doc.agreements[0].date = None
    doc.officials[1].country = None
    first = validate_quads(doc_to_quads(doc, "h"))
    second = validate_quads(doc_to_quads(doc, "h"))
    assert first == second
    severities = [v.severity for v in first.violations]
    assert severities == sorted(severities, key=lambda s: s != VIOLATION)
    assert len(first.violations) == 3


@pytest.mark.parametrize("broken", [False, True])
def test_validate_store(broken):
    doc = good_doc()
    if broken:
        doc.partnerships[0].level = "Alliance"  # unknown: no level triple is written
    store = OxigraphStore(None)
    store.replace_graph(source_iri(doc.article.id), doc_to_quads(doc, "h"))
    report = validate_store(store)
    assert report.conforms is (not broken)
    if broken:
        assert find(report, partnership_iri(doc.partnerships[0]), "level").found == 0


def test_empty_store_conforms():
    assert validate_store(OxigraphStore(None)).conforms


# --- kg validate: violations fail, warnings are told ------------------------------------------

def store_with(tmp_path, doc: Doc):
    from kg.store import import_quads, open_store

    path = tmp_path / "store"
    with open_store(path) as store:
        import_quads(store, doc_to_quads(doc, "h"))
    return path


def undated_agreements(n: int) -> Doc:
    doc = good_doc()
    first = doc.agreements[0]
    doc.agreements = [Agreement(first.type, f"Bản ghi nhớ hợp tác số {i}", date=None, parties=first.parties,
                                signatories=first.signatories) for i in range(n)]
    return doc


def validate_cli(path, *args: str):
    from click.testing import CliRunner

    from kg.cli import cli

    return CliRunner().invoke(cli, ["--store", str(path), "validate", *args])


def test_cli_counts_violations_alone_and_lists_the_warnings(tmp_path):
    doc = undated_agreements(3)
    doc.agreements.append(Agreement("MemorandumOfUnderstanding", "Bản ghi nhớ không bên ký", date=PartialDate(2024, 6, 10),
                                    parties=[]))
    result = validate_cli(store_with(tmp_path, doc))
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == "Error: 1 violation(s), 3 warning(s)"
    lines = result.stdout.splitlines()
    assert len(lines) == 4 and sum(line.startswith("warning: ") for line in lines) == 3


def test_cli_warnings_alone_do_not_fail_unless_strict(tmp_path):
    path = store_with(tmp_path, undated_agreements(3))
    result = validate_cli(path)
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 3
    assert "conforms to the SHACL shapes, with 3 warning(s)" in result.stderr
    strict = validate_cli(path, "--strict")
    assert strict.exit_code == 1 and strict.stderr.strip().splitlines()[-1] == "Error: 3 warning(s) (--strict)"
    rows = validate_cli(path, "--format", "json")
    import json

    assert rows.exit_code == 0 and {r["severity"] for r in json.loads(rows.stdout)} == {WARNING}

