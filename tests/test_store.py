import pyoxigraph as ox
import pytest

from kg.store import OxigraphStore, QueryError, StoreError, open_store, select_rows
from kg.vocab import DKG_IRI

LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
G1 = "https://w3id.org/defence-kg/id/source/a"
G2 = "https://w3id.org/defence-kg/id/source/b"
X = ox.NamedNode("https://w3id.org/defence-kg/id/country/VNM")


def quad(value):
    return ox.Quad(X, LABEL, ox.Literal(value, language="vi"))


def test_replace_graph_swaps_statements_and_default_graph_holds_each_once(tmp_path):
    with OxigraphStore(tmp_path / "s") as store:
        store.replace_graph(G1, [quad("cũ")])
        store.replace_graph(G1, [quad("Việt Nam")])
        store.replace_graph(G2, [quad("Việt Nam")])
        _, rows = select_rows(store, "SELECT ?l WHERE { ?s rdfs:label ?l }")
        assert [r["l"].value for r in rows] == ["Việt Nam"]  # stated twice, seen once
        _, rows = select_rows(store, "SELECT ?g WHERE { GRAPH ?g { ?s rdfs:label ?l } } ORDER BY ?g")
        assert [r["g"].value for r in rows] == [G1, G2]  # provenance kept
        assert store.graphs() == [G1, G2]
        assert len(store) == 1


def test_store_persists_and_remove_graph(tmp_path):
    path = tmp_path / "s"
    with OxigraphStore(path) as store:
        store.replace_graph(G1, [quad("A")])
    with open_store(path, read_only=True) as store:
        assert len(store) == 1
    with OxigraphStore(path) as store:
        assert store.remove_graph(G1) is True
        assert store.remove_graph(G1) is False
        assert len(store) == 0


def test_malformed_query_is_a_clear_error():
    store = OxigraphStore(None)
    with pytest.raises(QueryError, match="malformed SPARQL"):
        store.query("SELECT ?x WHERE {")


def test_missing_store_read_only_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="kg build"):
        open_store(tmp_path / "nope", read_only=True)


def test_store_path_that_is_a_file_is_rejected(tmp_path):
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(StoreError, match="not a directory"):
        OxigraphStore(f)


def test_env_var_chooses_store(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_STORE", str(tmp_path / "env-store"))
    with open_store() as store:
        assert store.path == tmp_path / "env-store"


def nquads(graph: str, *labels: str) -> str:
    return "".join(f'<{X.value}> <{LABEL.value}> "{label}"@vi <{graph}> .\n' for label in labels)


@pytest.mark.parametrize("on_disk", [True, False])
def test_nquads_text_and_content_hash(tmp_path, on_disk):
    with OxigraphStore(tmp_path / "s" if on_disk else None) as store:
        store.replace_graph(G1, [quad("cũ")], content_hash="h0")
        assert store.content_hash(G1) == "h0"
        store.replace_graph(G1, nquads(G1, "một", "hai"), content_hash="h1")
        assert store.content_hash(G1) == "h1"
        assert sorted(q.object.value for q in store.quads() if q.predicate.value == LABEL.value and q.graph is not None) == ["hai", "một"]
        with store.batch():
            assert store.content_hash(G2) is None
            store.replace_graph(G2, nquads(G2, "ba"), content_hash="h2")
            assert store.content_hash(G2) == "h2"  # from the buffer
            assert store.content_hash(G1) == "h1"  # from the store
            assert store.remove_graph(G1)  # commits the buffer first
            assert store.content_hash(G1) is None
            assert store.content_hash(G2) == "h2"
        assert store.graphs() == [G2]
        assert store.content_hash(G2) == "h2"


def test_content_hash_quad_among_quads_is_recorded_once(tmp_path):
    g = ox.NamedNode(G1)
    hash_quad = ox.Quad(g, ox.NamedNode(DKG_IRI + "contentHash"), ox.Literal("old"), g)
    with OxigraphStore(tmp_path / "s") as store:
        store.replace_graph(G1, [quad("A"), hash_quad])
        assert store.content_hash(G1) == "old"
        store.replace_graph(G1, [quad("A"), hash_quad], content_hash="new")
        assert store.content_hash(G1) == "new"
        assert len(store) == 1
        assert sum(1 for q in store.quads() if q.predicate.value.endswith("contentHash")) == 1


def test_malformed_nquads_text_is_a_clear_error_and_not_marked_current(tmp_path):
    with OxigraphStore(tmp_path / "s") as store:
        with pytest.raises(StoreError, match="malformed N-Quads"):
            store.replace_graph(G1, "<not a quad\n", content_hash="h1")
        assert store.content_hash(G1) is None
        store.replace_graph(G1, nquads(G1, "một"), content_hash="h1")
        assert store.content_hash(G1) == "h1"


def test_no_module_outside_the_store_imports_pyoxigraph():
    """Callers see backend-neutral results; only the store (and the RDF writer) know the engine."""
    from pathlib import Path

    import kg

    root = Path(kg.__file__).parent
    allowed = {root / "rdf.py"}
    offenders = [p.relative_to(root).as_posix() for p in root.rglob("*.py")
                 if "import pyoxigraph" in p.read_text(encoding="utf-8")
                 and root / "store" not in p.parents and p not in allowed]
    assert offenders == []


# --- query checks and limits ------------------------------------------------------
@pytest.mark.parametrize("query,message", [
    ("INSERT DATA { <a:b> <a:c> <a:d> }", "read-only"),
    ("DELETE WHERE { ?s ?p ?o }", "kg build / kg remove"),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "--allow-service"),
    ("SELECT * WHERE { ?s foo:bar ?o }", "unknown prefix foo:"),
    ("   ", "empty"),
])
def test_queries_that_must_not_run_get_one_clear_line(query, message):
    store = OxigraphStore(None)
    with pytest.raises(QueryError, match=message.replace("(", r"\(").replace("+", r"\+")) as caught:
        store.query(query)
    assert "\n" not in str(caught.value)


def test_keywords_inside_strings_iris_and_comments_do_not_count():
    from kg.store.sparql import prepare_query

    prepared = prepare_query('SELECT ?x WHERE { ?x rdfs:label "INSERT SERVICE foo:bar" } # DELETE service\n')
    assert prepared.form == "SELECT" and not prepared.uses_service
    assert prepared.text.startswith("PREFIX rdfs:")  # only the prefixes the query uses are declared


def test_a_query_declaring_one_prefix_still_gets_the_others():
    store = OxigraphStore(None)
    result = store.query("PREFIX ex: <http://example.org/>\nSELECT ?s WHERE { ?s a dkg:Country ; ex:p ?o }")
    assert result.kind == "select" and list(result) == []


def test_run_limited_stops_waiting_at_the_limit():
    import time

    from kg.limits import QueryTimeout, run_limited

    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="--timeout"):
        run_limited(lambda: time.sleep(5), timeout=0.3)
    assert time.monotonic() - started < 2
    assert run_limited(lambda: 42, timeout=1) == 42
    with pytest.raises(ZeroDivisionError):
        run_limited(lambda: 1 / 0, timeout=1)


# --- the store's folder -----------------------------------------------------------
def test_a_folder_of_other_files_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="not a defence-kg store"):
        OxigraphStore(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_a_second_writer_is_told_who_holds_the_store(tmp_path):
    import os

    with OxigraphStore(tmp_path / "s"):
        with pytest.raises(StoreError, match=f"another kg process is using .* \\(pid {os.getpid()}\\)"):
            OxigraphStore(tmp_path / "s")
        with pytest.raises(StoreError, match=f"is being written by kg process {os.getpid()}; read it when"):
            open_store(tmp_path / "s", read_only=True)  # a reader beside a writer could read a half-written state
    with open_store(tmp_path / "s", read_only=True) as reader:  # once the writer is done, readers are welcome
        assert len(reader) == 0


def test_orphans_of_a_killed_bulk_load_are_removed_on_open(tmp_path):
    with OxigraphStore(tmp_path / "s"):
        pass
    orphan = tmp_path / "s" / "bulk-123456789.sst"
    orphan.write_bytes(b"\0" * 1024)
    with OxigraphStore(tmp_path / "s"):
        assert not orphan.exists()


def test_an_unfinished_bulk_load_is_taken_back_on_the_next_open(tmp_path):
    """A journal without its commit: the graphs it lists that lack a hash go, with their union statements."""
    from kg.store.folder import StoreFolder

    path = tmp_path / "s"
    with OxigraphStore(path) as store:
        store.replace_graph(G1, nquads(G1, "giữ"), content_hash="h1")
        store._store.load(nquads(G2, "dở dang").replace(f" <{G2}> .", " .") + nquads(G2, "dở dang"),  # noqa: SLF001
                          format=ox.RdfFormat.N_QUADS)
        StoreFolder(path).begin_load([G2])
    with OxigraphStore(path) as store:
        assert store.graphs() == [G1]
        _, rows = select_rows(store, "SELECT ?l WHERE { ?s rdfs:label ?l }")
        assert [r["l"].value for r in rows] == ["giữ"]
        assert not (path / "kg-journal.json").exists()
