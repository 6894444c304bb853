"""Rows read as plain values from a query that binds every variable (store.select_bound)."""

import pyoxigraph as ox
import pytest

from kg.projection import load_kg
from kg.store import OxigraphStore, QueryError, select_bound

LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
GRAPH = "https://w3id.org/defence-kg/id/source/own-note"
LAOS = ox.NamedNode("https://w3id.org/defence-kg/id/country/LAO")
CAMBODIA = ox.NamedNode("https://w3id.org/defence-kg/id/country/KHM")
COUNTRY = ox.NamedNode("https://w3id.org/defence-kg/ontology#Country")


def two_countries() -> OxigraphStore:
    store = OxigraphStore(None)
    store.replace_graph(GRAPH, [
        ox.Quad(LAOS, TYPE, COUNTRY), ox.Quad(LAOS, LABEL, ox.Literal("Lào", language="vi")),
        ox.Quad(CAMBODIA, TYPE, COUNTRY), ox.Quad(CAMBODIA, LABEL, ox.NamedNode("https://example.org/a-name")),
    ])
    return store


def test_rows_of_bound_variables_are_plain_strings():
    rows = sorted(select_bound(two_countries(), "SELECT ?s ?t WHERE { ?s a ?t }"))
    assert rows == [(CAMBODIA.value, COUNTRY.value), (LAOS.value, COUNTRY.value)]


def test_a_variable_left_unbound_is_said_so():
    query = "SELECT ?s ?l WHERE { ?s a ?t OPTIONAL { ?s rdfs:label ?l FILTER(isLiteral(?l)) } }"
    with pytest.raises(QueryError, match="unbound"):
        list(select_bound(two_countries(), query))


def test_a_label_that_is_no_literal_still_names_its_node():
    # LANG() of an IRI is an error: its language reads as "", as a literal's without one
    nodes = load_kg(two_countries()).nodes
    assert nodes[LAOS.value].label == "Lào"
    assert nodes[CAMBODIA.value].label == "https://example.org/a-name"
