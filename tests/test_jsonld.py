"""The JSON-LD export: the project's prefixes as @context, compact IRIs, the same dataset as the store."""

from __future__ import annotations

import io
import json

import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic

from kg import exports
from kg.exports import compact_jsonld, export, jsonld_context
from kg.store import OxigraphStore, load_dataset
from kg.vocab import DKG_IRI, ID_IRI, PREFIXES


def datasets_match(data: bytes, store) -> None:
    """`data`, read as JSON-LD, holds exactly the store's graphs, the default graph included."""
    exported = rdflib.Dataset()
    exported.parse(data=data, format="json-ld")
    expected = rdflib.Dataset()
    expected.parse(data="\n".join(str(q) + " ." for q in store.quads()), format="nquads")
    names = {g.identifier for g in expected.graphs() if len(g)}
    assert names == {g.identifier for g in exported.graphs() if len(g)}
    for name in names:
        assert isomorphic(exported.graph(name), expected.graph(name)), name


def test_the_export_has_the_prefixes_as_context_and_round_trips(seed_store):
    out = io.BytesIO()
    export(seed_store, "jsonld", out)
    document = json.loads(out.getvalue())
    assert document["@context"] == PREFIXES
    assert isinstance(document["@graph"], list) and document["@graph"]
    text = out.getvalue().decode("utf-8")
    body = text[text.index('"@graph"'):]
    assert '"dkg:Official"' in body and '"rdfs:label"' in body and '"country:VNM"' in body
    assert DKG_IRI not in body  # every ontology IRI written compact
    datasets_match(out.getvalue(), seed_store)


TRICKY = st.lists(st.sampled_from(['"', "\\", ",", "{", ":", " ", '"@id":', '"@type":', "https://",
                                    DKG_IRI, ID_IRI + "official/", "x", "é", "/", "}"]), max_size=12).map("".join)


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(literal=TRICKY, local=st.from_regex(r"[a-z0-9][a-z0-9\-/]{0,20}", fullmatch=True))
def test_literals_that_look_like_iris_are_never_touched(literal, local):
    escaped = literal.replace("\\", "\\\\").replace('"', '\\"')
    with OxigraphStore() as store:
        load_dataset(store, f"""<{ID_IRI}source/a> {{
            <{ID_IRI}official/{local}> <{DKG_IRI}evidence> "{escaped}"@vi ;
                <{DKG_IRI}rank> "{escaped}" ;
                <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{DKG_IRI}Official> .
        }}""")
        out = io.BytesIO()
        export(store, "jsonld", out)
        datasets_match(out.getvalue(), store)


def test_chunks_change_nothing(seed_store, monkeypatch):
    whole = io.BytesIO()
    export(seed_store, "jsonld", whole)
    monkeypatch.setattr(exports, "JSONLD_CHUNK", 97)
    pieces = io.BytesIO()
    export(seed_store, "jsonld", pieces)
    assert pieces.getvalue() == whole.getvalue()


@pytest.mark.parametrize("expanded, compact", [
    (b'[{"@id":"' + DKG_IRI.encode() + b'Official"}]', b'[{"@id":"dkg:Official"}]'),
    (b'[{"' + DKG_IRI.encode() + b'rank":[{"@value":"x"}]}]', b'[{"dkg:rank":[{"@value":"x"}]}]'),
    # a value that looks like an IRI stays whole; so does an IRI whose rest would read as "//..."
    (b'[{"@value":"' + DKG_IRI.encode() + b'Official"}]', b'[{"@value":"' + DKG_IRI.encode() + b'Official"}]'),
    (b'[{"@id":"' + ID_IRI.encode() + b'//x"}]', b'[{"@id":"' + ID_IRI.encode() + b'//x"}]'),
])
def test_compact_jsonld(expanded, compact):
    out = io.BytesIO()
    compact_jsonld(io.BytesIO(expanded), out, jsonld_context())
    assert out.getvalue() == compact
