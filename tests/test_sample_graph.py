"""Each named query answers its question on the graph of the five sample articles."""

from __future__ import annotations

import pytest

from kg.queries import get_named_query, list_named_queries, term_to_python
from kg.store import select_rows

ID = "https://w3id.org/defence-kg/id/"


def run(store, name: str, **params: str) -> list[dict]:
    _, rows = select_rows(store, get_named_query(name).bind(params))
    return [{k: term_to_python(v) for k, v in row.items()} for row in rows]


def test_at_least_eight_named_queries_with_descriptions():
    queries = list_named_queries()
    assert len(queries) >= 8
    assert all(q.description for q in queries)


def test_partners_of_vietnam_ranked_with_breakdown(seed_store):
    rows = run(seed_store, "partners-of-vietnam")
    codes = [r["code"] for r in rows]
    assert set(codes) == {"CHN", "ITA", "FRA", "USA"}
    totals = [int(r["total"]) for r in rows]
    assert totals == sorted(totals, reverse=True)
    china = next(r for r in rows if r["code"] == "CHN")
    assert int(china["agreements"]) == 2 and int(china["events"]) >= 2


def test_agreements_by_type_and_year(seed_store):
    rows = {(r["type"], str(r["year"])): int(r["agreements"]) for r in run(seed_store, "agreements-by-type-year")}
    assert rows[("LetterOfIntent", "2024")] == 1
    assert rows[("LetterOfIntent", "2025")] == 1
    assert rows[("CooperationAgreement", "2024")] == 1
    assert rows[("Minutes", "2025")] == 1


def test_who_witnessed_the_china_signing(seed_store):
    rows = run(seed_store, "agreement-signatories")
    witnesses = {r["name"] for r in rows if r["role"] and "witness" in r["role"] and "Trung Quốc" in r["label"]}
    assert witnesses == {"Phan Văn Giang", "Trương Hựu Hiệp"}


def test_events_china_took_part_in(seed_store):
    rows = run(seed_store, "events-of-country", country="CHN")
    types = {r["type"] for r in rows}
    assert {"Talks", "Visit"} <= types
    assert all("2024-10-24" == str(r["start"]) for r in rows if r["type"] in ("Talks", "Visit"))
    vietnam = run(seed_store, "events-of-country")  # default parameter: Vietnam
    assert "Exhibition" in {r["type"] for r in vietnam}


def test_officials_by_country_with_rank(seed_store):
    rows = run(seed_store, "officials-by-country")
    by_name = {r["name"]: r for r in rows}
    assert by_name["Trương Hựu Hiệp"]["code"] == "CHN"
    assert by_name["Trương Hựu Hiệp"]["rank"] == "Thượng tướng"
    assert by_name["Samuel Paparo"]["code"] == "USA" and by_name["Samuel Paparo"]["rank"] == "Đô đốc"
    assert by_name["Olivier Brochet"]["code"] == "FRA"
    assert by_name["Hoàng Xuân Chiến"]["code"] == "VNM"
    assert int(by_name["Hoàng Xuân Chiến"]["articles"]) == 2  # one node, two articles
    only_italy = run(seed_store, "officials-by-country", country="ITA")
    assert {r["name"] for r in only_italy} == {"Matteo Perego di Cremnago"}


def test_fact_evidence_names_article_and_sentence(seed_store):
    rows = run(seed_store, "fact-evidence")
    loi = [r for r in rows if r["kind"] == "Agreement" and r["label"].startswith("Ý định thư giữa")]
    assert loi and all(r["identifier"] == "004_fb072b0f9087a923.txt" for r in loi)
    assert any("Ý định thư" in r["sentence"] for r in loi)
    exhibition = ID + "event/exhibition/trien-lam-quoc-phong-quoc-te-viet-nam-2024"
    one = run(seed_store, "fact-evidence", fact=exhibition)
    assert len({r["identifier"] for r in one}) >= 2  # one node, supported by several articles


def test_partnerships_with_levels_and_dates(seed_store):
    rows = {(r["a"], r["b"]): r for r in run(seed_store, "partnerships")}
    assert rows[("USA", "VNM")]["level"] == "ComprehensiveStrategicPartnership"
    assert str(rows[("USA", "VNM")]["since"]) == "2023-09"
    assert str(rows[("FRA", "VNM")]["since"]) == "2024-10"
    assert rows[("ITA", "VNM")]["level"] == "StrategicPartnership"


def test_timeline_in_date_order(seed_store):
    rows = run(seed_store, "timeline")
    dates = [str(r["date"]) for r in rows if r["date"] is not None]
    assert dates == sorted(dates)
    assert any(r["type"] == "Dialogue" and str(r["date"]) == "2025-07-02" for r in rows)
    only_2024 = run(seed_store, "timeline", year="2024")
    assert only_2024 and all(str(r["date"]).startswith("2024") for r in only_2024)


def test_articles_listed_once_each(seed_store):
    rows = run(seed_store, "articles")
    assert sorted(r["identifier"] for r in rows) == sorted(
        ["000_f74212ffafb4c7eb.txt", "001_b29ed1f0432d8686.txt", "002_1ec6087fd7c4142b.txt",
         "003_dd473b0da7755bb8.txt", "004_fb072b0f9087a923.txt"])
    by_id = {r["identifier"]: r for r in rows}
    assert int(by_id["004_fb072b0f9087a923.txt"]["agreements"]) == 2
    assert str(by_id["003_dd473b0da7755bb8.txt"]["issued"]) == "2023-11-22"


def test_vietnam_is_most_connected(seed_store):
    rows = run(seed_store, "most-connected")
    assert rows[0]["entity"] == ID + "country/VNM"


@pytest.mark.parametrize("query", [q.name for q in list_named_queries()])
def test_every_named_query_returns_rows_on_the_sample_graph(seed_store, query):
    assert run(seed_store, query), query


def test_countries_link_to_wikidata_and_have_both_labels(seed_store):
    _, rows = select_rows(seed_store, """
        SELECT ?code ?wd ?vi ?en WHERE { ?c dkg:isoCode ?code ; owl:sameAs ?wd ;
          rdfs:label ?vi, ?en . FILTER(LANG(?vi) = "vi" && LANG(?en) = "en") }""")
    found = {r["code"].value: r["wd"].value for r in rows}
    assert found["VNM"] == "http://www.wikidata.org/entity/Q881"
    assert found["CHN"] == "http://www.wikidata.org/entity/Q148"
    assert found["USA"] == "http://www.wikidata.org/entity/Q30"


def test_every_fact_is_traceable_to_an_article(seed_store):
    _, rows = select_rows(seed_store, """
        SELECT ?x WHERE { ?x a ?c . FILTER(?c IN (dkg:Official, dkg:Event, dkg:Agreement, dkg:Partnership, dkg:Country))
          FILTER NOT EXISTS { ?x prov:wasDerivedFrom ?d . ?d a dkg:SourceDocument } }""")
    assert rows == []
    _, rows = select_rows(seed_store, """
        SELECT ?x WHERE { ?x a ?c . FILTER(?c IN (dkg:Event, dkg:Agreement, dkg:Partnership))
          FILTER NOT EXISTS { ?x dkg:evidence ?s } }""")
    assert rows == []
