"""Answers in words: `kg query` and `kg stats` name entities, classes and levels (kg.labels)."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from kg.cli import cli
from kg.labels import Namer, lookup_names, short_name, table_rows, term_words
from kg.output import render_rows, render_select
from kg.store import IRI, Literal, OxigraphStore
from kg.vocab import DKG_IRI, ID_IRI, PREFIXES

OFFICIALS = "SELECT ?o ?country WHERE { ?o a dkg:Official ; dkg:represents ?country } ORDER BY ?o"


def kg(store, *args: str):
    return CliRunner().invoke(cli, ["--store", str(store), *args], catch_exceptions=False)


def official_names(store) -> dict[str, str]:
    """Every official's IRI and its one label, read with SPARQL (what the tables must show)."""
    rows = store.query("SELECT ?o ?name WHERE { ?o a dkg:Official ; rdfs:label ?name }")
    return {r["o"].value: r["name"].value for r in rows}


def test_a_table_names_entities_instead_of_printing_iris(seed_store, seed_store_path):
    table = kg(seed_store_path, "query", OFFICIALS).stdout
    assert "https://" not in table and "…" not in table
    names = official_names(seed_store)
    assert all(name in table for name in names.values())
    assert "Việt Nam" in table and "Trung Quốc" in table  # the countries they represent, by name


def test_english_names_with_lang_en(seed_store_path):
    vi = kg(seed_store_path, "query", OFFICIALS).stdout
    en = kg(seed_store_path, "query", OFFICIALS, "--lang", "en").stdout
    assert "Trung Quốc" in vi and "China" not in vi
    assert "China" in en and "Vietnam" in en and "Trung Quốc" not in en
    assert kg(seed_store_path, "query", OFFICIALS, "--lang", "fr").exit_code == 2


def test_csv_and_json_keep_the_iris_with_a_label_column_beside_them(seed_store, seed_store_path):
    rows = list(csv.DictReader(io.StringIO(kg(seed_store_path, "query", OFFICIALS, "--format", "csv").stdout)))
    names = official_names(seed_store)
    assert rows and list(rows[0]) == ["o", "o_label", "country", "country_label"]
    assert all(names[r["o"]] == r["o_label"] for r in rows)  # the IRI stays, its name beside it
    assert {r["country_label"] for r in rows} >= {"Việt Nam", "Trung Quốc"}
    document = json.loads(kg(seed_store_path, "query", OFFICIALS, "--format", "json").stdout)
    first = document["results"]["bindings"][0]
    assert first["o"]["type"] == "uri" and first["o_label"]["xml:lang"] == "vi"
    lines = kg(seed_store_path, "query", OFFICIALS, "--format", "ndjson", "--lang", "en").stdout.splitlines()
    assert {json.loads(line)["country_label"] for line in lines} >= {"Vietnam", "China"}


def test_no_labels_gives_the_answer_as_the_query_gave_it(seed_store_path):
    plain = kg(seed_store_path, "query", OFFICIALS, "--format", "csv", "--no-labels").stdout
    assert plain.splitlines()[0] == "o,country"
    assert "https://w3id.org/defence-kg/id/official/" in plain


def test_articles_by_title_date_and_source(seed_store, seed_store_path):
    """An article in another column is named by its title, date and source; its own row shows its short name."""
    evidence = kg(seed_store_path, "query", "SELECT DISTINCT ?article WHERE { ?fact prov:wasDerivedFrom ?article }")
    titled = seed_store.query("SELECT ?t ?d WHERE { ?a a dkg:SourceDocument ; dcterms:title ?t ; dcterms:issued ?d }")
    for row in titled:
        assert f"{row['t'].value} ({row['d'].value}" in " ".join(evidence.stdout.split())
    listed = list(csv.DictReader(io.StringIO(kg(seed_store_path, "query", "--name", "articles", "--format",
                                                 "csv").stdout)))
    assert all(r["article"].startswith(ID_IRI + "source/") and r["article_label"] for r in listed)
    table = kg(seed_store_path, "query", "--name", "articles").stdout
    assert "source:" in table and "https://w3id.org/defence-kg/id/s…" not in table


def test_the_source_column_is_no_longer_empty_for_every_seed_article(seed_store_path):
    listed = list(csv.DictReader(io.StringIO(kg(seed_store_path, "query", "--name", "articles", "--format",
                                                 "csv").stdout)))
    assert len(listed) == 5 and any(r["source"] for r in listed)


def test_classes_and_partnership_levels_in_words(seed_store_path):
    vi = kg(seed_store_path, "query", "--name", "partnerships").stdout
    en = kg(seed_store_path, "query", "--name", "partnerships", "--lang", "en").stdout
    assert "Đối tác chiến lược toàn diện" in vi and "ComprehensiveStrategicPartnership" not in vi
    assert "Comprehensive strategic partnership" in en
    kinds = kg(seed_store_path, "query", "--name", "agreements-by-type-year").stdout
    assert "Ý định thư" in kinds and "LetterOfIntent" not in kinds
    levels = kg(seed_store_path, "query", "SELECT DISTINCT ?level WHERE { ?p dkg:level ?level }", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(levels.stdout)))
    assert rows and all(r["level"].startswith(DKG_IRI) and r["level_label"] for r in rows)


def test_term_words_reads_the_ontology_labels():
    assert term_words("ComprehensiveStrategicPartnership", "en") == "Comprehensive strategic partnership"
    assert term_words("ComprehensiveStrategicPartnership", "vi") == "Đối tác chiến lược toàn diện"
    assert term_words("Talks", "en") == "Talks" and term_words("Talks", "vi") == "Hội đàm"
    assert term_words("participant") is None  # a property, not a class or level
    assert term_words("NoSuchThing") is None


class CountingStore:
    """The seed store, counting the queries asked of it."""

    def __init__(self, store):
        self.store, self.queries = store, 0

    def query(self, sparql, **kwargs):
        self.queries += 1
        return self.store.query(sparql, **kwargs)


def test_labels_are_looked_up_in_one_query_per_answer(seed_store):
    counting = CountingStore(seed_store)
    result = seed_store.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")  # every IRI of the graph in one answer
    out = io.BytesIO()
    render_select(result, "table", out, Namer(counting, "vi"))  # type: ignore[arg-type]
    assert counting.queries == 1
    assert "Phan Văn Giang" in out.getvalue().decode("utf-8")


def test_an_entity_with_labels_in_both_languages_and_none():
    with OxigraphStore() as store:
        from kg.store import load_dataset

        load_dataset(store, f"""
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            <{ID_IRI}source/a> {{
              <{ID_IRI}country/XYZ> rdfs:label "Xứ Y"@vi , "Ystan"@en .
              <{ID_IRI}official/b> rdfs:label "Bê"@vi , "Bê Bê"@vi .
              <{ID_IRI}official/unnamed> <{DKG_IRI}rank> "Đại tá" .
            }}""")
        vi = lookup_names(store, [f"{ID_IRI}country/XYZ", f"{ID_IRI}official/b", f"{ID_IRI}official/unnamed"])
        en = lookup_names(store, [f"{ID_IRI}country/XYZ", f"{ID_IRI}official/b"], "en")
        assert vi[f"{ID_IRI}country/XYZ"].label == "Xứ Y" and en[f"{ID_IRI}country/XYZ"].label == "Ystan"
        assert vi[f"{ID_IRI}official/b"].label == en[f"{ID_IRI}official/b"].label == "Bê"  # one name, always
        assert f"{ID_IRI}official/unnamed" not in vi
        rows = [{"x": IRI(f"{ID_IRI}official/unnamed")}, {"x": IRI(f"{ID_IRI}official/b")}]
        shown = table_rows(["x"], rows, Namer(store))
        assert [r["x"] for r in shown] == ["official:unnamed", "Bê"]  # no name: the short name, never cut


def test_a_long_iri_is_never_cut_short_in_a_table():
    iri = ID_IRI + "event/talks/" + "-".join(["rat-dai"] * 30)
    out = io.StringIO()
    render_rows(["event", "sentence"], [{"event": iri, "sentence": "Câu rất dài. " * 40}], "table", out)
    assert "…" not in out.getvalue()
    cells = [line.split("│")[1].strip() for line in out.getvalue().splitlines() if line.startswith("│")]
    assert "".join(cells) == iri


def test_stats_in_words_with_iris_in_json(seed_store_path):
    table = kg(seed_store_path, "stats").stdout
    assert "Quan chức" in table and "dkg:Official" in table and "country:VNM" in table
    assert "Việt Nam" in table and "https://w3id.org/defence-kg/id/c" not in table
    english = kg(seed_store_path, "stats", "--lang", "en").stdout
    assert "Official" in english and "Vietnam" in english and "Letter of intent" in english
    rows = json.loads(kg(seed_store_path, "stats", "--format", "json", "--lang", "en").stdout)
    top = [r for r in rows if r["section"] == "most_connected"]
    assert top and all(r["iri"].startswith(ID_IRI) for r in top)
    assert any(r["label"] == "Vietnam" and r["class_label"] == "Country" for r in top)


@given(st.sampled_from(sorted(PREFIXES)), st.text(alphabet="abcXYZ019-_./:é ", max_size=12))
def test_a_short_name_reads_back_as_the_same_iri(prefix, local):
    iri = PREFIXES[prefix] + local
    name = short_name(iri)
    if name == iri:
        return
    with OxigraphStore() as store:
        rows = list(store.query(f"SELECT ?x WHERE {{ VALUES ?x {{ {name} }} }}"))
    assert rows == [{"x": IRI(iri)}]


def test_a_plain_string_that_is_no_ontology_term_stays_as_it_is():
    with OxigraphStore() as store:
        shown = table_rows(["kind", "n"], [{"kind": Literal("Talks"), "n": Literal("Talkshow")}], Namer(store))
    assert shown == [{"kind": "Hội đàm", "n": "Talkshow"}]


def test_a_local_name_with_dots_stays_a_whole_iri():
    """Found by hypothesis: Oxigraph reads `country:0.0.0` as two terms, so dotted names stay whole IRIs."""
    for local in ("0.0.0", "0.0.X", "a.b"):
        assert short_name(PREFIXES["country"] + local) == PREFIXES["country"] + local
    assert short_name(ID_IRI + "official/phan-van-giang") == "official:phan-van-giang"
