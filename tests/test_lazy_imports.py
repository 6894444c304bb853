"""Every command starts without rdflib and httpx (0.1 s each to import): a local build needs neither.
The ontology's terms spelt out in their place are the closed namespace's own."""

from __future__ import annotations

import subprocess
import sys

from kg.graph_facts import COUNTRY_PROPERTIES, DATE_PROPERTIES, PEOPLE_PROPERTIES, RDFS_LABEL
from kg.store.replace import CONTENT_HASH_IRI
from kg.model import EVENT_TYPES
from kg.vocab import DKG, DKG_IRI


def test_the_cli_and_a_build_import_neither_rdflib_nor_httpx():
    code = ("import sys; import kg.cli, kg.build, kg.store, kg.rdf, kg.reconcile, kg.graph_facts, kg.consistency; "
            "import kg.commands.build, kg.exports; "
            "from kg.pipeline import Pipeline; Pipeline(); "
            "print(sorted(m for m in ('rdflib', 'httpx') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_terms_spelt_out_are_the_namespace_terms():
    from rdflib.namespace import RDFS

    assert RDFS_LABEL == str(RDFS.label)
    assert all(str(DKG[t]) == DKG_IRI + t for t in EVENT_TYPES)  # consistency's typed events
    assert CONTENT_HASH_IRI == str(DKG.contentHash)
    assert DATE_PROPERTIES == {str(DKG.startDate), str(DKG.date)}
    assert COUNTRY_PROPERTIES == {str(DKG.participant), str(DKG.party)}
    assert PEOPLE_PROPERTIES == {str(DKG.participant): "participant", str(DKG.signatory): "signatory",
                                 str(DKG.witness): "witness"}
