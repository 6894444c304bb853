"""The notebook API, `kg.open(store)`, and the notebook example of docs/ run on the five sample articles."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

import kg
from kg.notebook import NotebookError
from kg.pipeline import KGError
from kg.store import select_rows

NOTEBOOK = Path(__file__).resolve().parent.parent / "docs" / "notebook.py"
GIANG = "https://w3id.org/defence-kg/id/official/phan-van-giang"


@pytest.fixture
def graph(seed_store_path):
    with kg.open(seed_store_path) as opened:
        yield opened


def test_the_notebook_example_runs_and_prints_its_answers(seed_store_path, monkeypatch, capsys):
    monkeypatch.setenv("KG_STORE", str(seed_store_path))
    runpy.run_path(str(NOTEBOOK), run_name="__main__")
    printed = capsys.readouterr().out
    assert "Trung Quốc" in printed and "Phan Văn Giang" in printed  # partners and the explained official
    assert "https://w3id.org/defence-kg/id/s…" not in printed


def test_sparql_gives_a_dataframe_with_labels_beside_the_iris(graph, seed_store):
    frame = graph.query("SELECT ?o ?country WHERE { ?o a dkg:Official ; dkg:represents ?country }")
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == ["o", "o_label", "country", "country_label"]
    _, rows = select_rows(seed_store, "SELECT DISTINCT ?o WHERE { ?o a dkg:Official ; dkg:represents ?c }")
    assert set(frame["o"]) == {r["o"].value for r in rows}
    assert {"Việt Nam", "Trung Quốc"} <= set(frame["country_label"])
    plain = graph.query("SELECT ?o WHERE { ?o a dkg:Official }", labels=False)
    assert list(plain.columns) == ["o"]
    assert graph.query("ASK { ?o a dkg:Official }") is True


def test_english_names_when_opened_with_lang_en(seed_store_path):
    with kg.open(seed_store_path, lang="en") as english:
        frame = english.query("SELECT DISTINCT ?country WHERE { ?o dkg:represents ?country }")
    assert "China" in set(frame["country_label"]) and "Trung Quốc" not in set(frame["country_label"])


def test_a_named_query_takes_a_country_by_code_or_name(graph):
    by_code = graph.query("events-of-country", country="CHN")
    assert len(by_code) > 0
    for name in ("Trung Quốc", "China", "trung quoc"):
        assert graph.query("events-of-country", country=name).equals(by_code)
    with pytest.raises(KGError, match="did you mean .*CHN"):
        graph.query("events-of-country", country="Trung Quoc Dai Loan X")


def test_mistakes_are_one_line_errors(graph):
    with pytest.raises(KGError, match="did you mean 'partners-of-vietnam'"):
        graph.query("partners-of-vietnan")
    with pytest.raises(NotebookError, match="only apply to named queries"):
        graph.query("SELECT ?s WHERE { ?s ?p ?o }", country="CHN")
    with pytest.raises(NotebookError, match="unknown projection 'people'"):
        graph.graph("people")


def test_graph_gives_the_networkx_projections(graph):
    countries = graph.graph("country")
    assert isinstance(countries, nx.Graph) and countries.number_of_edges() > 0
    labels = {countries.nodes[n]["label"] for n in countries}
    assert {"Việt Nam", "Trung Quốc"} <= labels
    entities = graph.graph("entity")
    assert isinstance(entities, nx.MultiDiGraph) and GIANG in entities
    later = graph.graph("country", since="2025")
    assert {frozenset(e) for e in later.edges} <= {frozenset(e) for e in countries.edges}


def test_explain_takes_an_iri_a_prefixed_name_or_an_article(graph):
    by_name = graph.explain("official:phan-van-giang")
    assert by_name.equals(graph.explain(GIANG))
    assert (by_name["status"] == "fact").any() and by_name["sentence"].str.contains("Phan Văn Giang").any()
    article = graph.articles()["identifier"].iloc[0]
    assert len(graph.explain(article)) > 0
    with pytest.raises(KGError, match="no article"):
        graph.explain("no-such-article")


def test_articles_name_title_date_and_source(graph):
    articles = graph.articles()
    assert len(articles) == 5
    assert articles["issued"].notna().all() and articles["title"].notna().sum() >= 4
    assert list(articles.columns[:2]) == ["article", "article_label"]


def test_without_pandas_the_error_says_how_to_get_it(graph, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(NotebookError, match=r"defence-kg\[notebook\]"):
        graph.query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1")


def test_a_missing_store_is_an_error(tmp_path):
    with pytest.raises(KGError):
        kg.open(tmp_path / "nowhere")
