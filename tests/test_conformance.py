"""One suite, every store: the embedded store, the Oxigraph server and Virtuoso answer alike.

Each remote store goes through what a user does (build the sample articles,
build again, change an article, remove one) and after every step must hold
the same dataset as the embedded store (TriG isomorphic per named graph and
for the default graph) and answer every named query with the same rows. The
Oxigraph server is started here on a free port (`pip install oxigraph` gives
the binary); Virtuoso is started outside, by `.ci/run` or by hand with
`scripts/virtuoso.sh start DIR`, and found through $KG_TEST_VIRTUOSO. Either
missing is a skip locally and a failure in CI.
"""

from __future__ import annotations

import importlib.util
import io
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Callable, Iterator

import httpx
import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.build import Builder, remove_article
from kg.cli import cli
from kg.exports import FORMATS, export
from kg.queries import list_named_queries
from kg.store import (GraphStore, Literal, OxigraphStore, QueryError, RemoteLocation, RemoteOptions, RemoteStore,
                      StoreError, load_dataset, open_store, select_rows)
from kg.store.http import http_error
from kg.store.remote import SOURCES_GRAPH, derive_endpoints

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
VIRTUOSO_ENV = "KG_TEST_VIRTUOSO"
IN_CI = os.environ.get("CI", "").lower() == "true"
REMOTE = ["oxigraph", "virtuoso"]


def missing(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"conformance suite cannot run in CI: {reason}")
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server at {url} exited with {proc.returncode}")
        try:
            httpx.post(url + "/query", data={"query": "ASK {}"}, timeout=2).raise_for_status()
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"the server at {url} did not start")


@pytest.fixture(scope="session")
def oxigraph_url(tmp_path_factory) -> Iterator[str]:
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(binary).exists():
        missing("the Oxigraph server binary is not installed (pip install oxigraph)")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    location = tmp_path_factory.mktemp("oxigraph-server")
    log = open(location.parent / "oxigraph-server.log", "wb")
    proc = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_until_up(url, proc)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


@pytest.fixture(scope="session")
def virtuoso_url() -> str:
    url = os.environ.get(VIRTUOSO_ENV)
    if not url:
        missing(f"no Virtuoso to test: start one with `scripts/virtuoso.sh start DIR` and set {VIRTUOSO_ENV} "
                "to the URL it prints")
    return url  # type: ignore[return-value]


def wipe(url: str) -> None:
    """Empty a test server of everything kg wrote (article graphs and the default graph)."""
    with open_store(url) as store:
        assert isinstance(store, RemoteStore)
        drops = [f"DROP SILENT GRAPH <{g}>" for g in store.graphs()]
        drops.append("CLEAR SILENT DEFAULT" if store.default_graph is None
                     else f"CLEAR SILENT GRAPH <{store.default_graph}>")
        drops.append(f"DROP SILENT GRAPH <{SOURCES_GRAPH}>")
        endpoint = store.endpoints.update
    for start in range(0, len(drops), 100):
        httpx.post(endpoint, data={"update": " ;\n".join(drops[start:start + 100])}, timeout=60).raise_for_status()


@pytest.fixture
def remote_url(request) -> Callable[[str], str]:
    """The URL of an emptied server of the given kind."""
    def get(kind: str) -> str:
        url = request.getfixturevalue(f"{kind}_url")
        wipe(url)
        return url

    return get


# ------------------------------------------------------------------------- what is compared
def dataset(store: GraphStore) -> dict[str, rdflib.Graph]:
    """The TriG export, one rdflib graph per named graph and one for the default graph."""
    out = io.BytesIO()
    export(store, "trig", out)
    parsed = rdflib.Dataset()
    parsed.parse(data=out.getvalue(), format="trig")
    graphs: dict[str, rdflib.Graph] = defaultdict(rdflib.Graph)
    for s, p, o, g in parsed.quads((None, None, None, None)):
        name = "default" if g is None or g == DATASET_DEFAULT_GRAPH_ID else str(g)
        graphs[name].add((s, p, o))
    return dict(graphs)


def assert_same_dataset(remote: GraphStore, embedded: GraphStore) -> None:
    got, want = dataset(remote), dataset(embedded)
    assert sorted(got) == sorted(want)
    different = [name for name in want if not isomorphic(got[name], want[name])]
    assert not different, f"graphs that differ: {different[:3]}"


def listed(term):
    """A GROUP_CONCAT cell with its items sorted: SPARQL leaves their order to each engine."""
    if not isinstance(term, Literal):
        return term
    items = sorted(", ".join(sorted(part.split(", "))) for part in term.value.split("; "))
    return term._replace(value="; ".join(items))


def named_rows(store: GraphStore) -> dict[str, list[tuple]]:
    rows = {}
    for query in list_named_queries():
        variables, found = select_rows(store, query.text)
        rows[query.name] = sorted((tuple(listed(r[v]) for v in variables) for r in found), key=repr)
    return rows


def assert_same_answers(remote: GraphStore, embedded: GraphStore) -> None:
    got, want = named_rows(remote), named_rows(embedded)
    for name in want:
        assert got[name] == want[name], f"named query {name} differs"


def assert_conforms(remote: GraphStore, embedded: GraphStore) -> None:
    assert remote.graphs() == embedded.graphs()
    assert remote.content_hashes() == embedded.content_hashes()
    assert len(remote) == len(embedded)
    assert_same_dataset(remote, embedded)
    assert_same_answers(remote, embedded)


# ---------------------------------------------------------------------------------- the suite
@pytest.mark.parametrize("kind", REMOTE)
def test_build_rebuild_change_remove_match_the_embedded_store(kind, remote_url, seeds_copy, tmp_path):
    with open_store(remote_url(kind)) as remote, OxigraphStore(tmp_path / "embedded") as embedded:
        for store in (remote, embedded):
            report = Builder(store).build([seeds_copy])
            assert len(report.added) == 5 and not report.skipped
        assert_conforms(remote, embedded)

        again = Builder(remote).build([seeds_copy])
        assert len(again.unchanged) == 5 and not again.added and not again.updated
        assert_conforms(remote, embedded)

        changed, gone = sorted(seeds_copy.glob("*.txt"))[1], sorted(seeds_copy.glob("*.txt"))[0]
        first_paragraphs = changed.read_text(encoding="utf-8").split("\n\n")[:3]
        changed.write_text("\n\n".join(first_paragraphs) + "\n", encoding="utf-8")
        for store in (remote, embedded):
            assert Builder(store).build([seeds_copy]).updated == [changed.name]
        assert_conforms(remote, embedded)

        for store in (remote, embedded):
            assert remove_article(store, gone.name)
            assert not remove_article(store, gone.name)
        assert_conforms(remote, embedded)


@pytest.mark.parametrize("kind", REMOTE)
def test_every_export_matches_the_embedded_store(kind, remote_url, seed_store):
    with open_store(remote_url(kind)) as remote:
        Builder(remote).build([SEEDS])
        for name, fmt in FORMATS.items():
            got, want = io.BytesIO(), io.BytesIO()
            export(remote, name, got)
            export(seed_store, name, want)
            if name in ("graphml", "gexf"):
                assert got.getvalue() == want.getvalue(), name
                continue
            parser = {"turtle": "turtle", "ntriples": "nt", "rdfxml": "xml", "trig": "trig", "nquads": "nquads",
                      "jsonld": "json-ld"}[name]
            if fmt.keeps_graphs:
                g_got, g_want = rdflib.Dataset(), rdflib.Dataset()
                g_got.parse(data=got.getvalue(), format=parser)
                g_want.parse(data=want.getvalue(), format=parser)
                names = {str(c.identifier) for c in g_want.graphs()}
                assert {str(c.identifier) for c in g_got.graphs()} == names, name
                for context in g_want.graphs():
                    assert isomorphic(g_got.graph(context.identifier), context), (name, context.identifier)
            else:
                assert isomorphic(rdflib.Graph().parse(data=got.getvalue(), format=parser),
                                  rdflib.Graph().parse(data=want.getvalue(), format=parser)), name


# Terms that stores are known to handle differently: long literals, escapes, language tags,
# datatypes, blank nodes (Virtuoso refuses them in INSERT DATA), IRIs with special characters.
EDGE_CASES = """
@prefix ex: <https://w3id.org/defence-kg/id/test/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://w3id.org/defence-kg/id/source/edge> {
  ex:long ex:text "%(long)s"@vi .
  ex:escapes ex:text "Xin chào \\"bạn\\"\\n\\ttab \\\\ cuối " , "😀 ngoài BMP" .
  ex:dates ex:day "2024-10-24"^^xsd:date ; ex:month "2024-10"^^xsd:gYearMonth ; ex:count 7 ;
           ex:flag true ; ex:share 1.5 ; ex:custom "x"^^ex:type .
  <https://w3id.org/defence-kg/id/test/a%%20b(c)> ex:link <https://w3id.org/defence-kg/id/test/é?x=1&y=2#f> .
  ex:tags ex:label "Việt Nam"@vi , "Vietnam"@en , "Vietnam"@en-gb .
  ex:blank ex:has [ ex:name "một" ; ex:next [ ex:name "hai" ] ] .
}
""" % {"long": "dài " * 5000}


@pytest.mark.parametrize("kind", REMOTE)
def test_terms_round_trip_as_in_the_embedded_store(kind, remote_url, tmp_path):
    with open_store(remote_url(kind)) as remote, OxigraphStore(tmp_path / "embedded") as embedded:
        for store in (remote, embedded):
            assert load_dataset(store, EDGE_CASES) == ["https://w3id.org/defence-kg/id/source/edge"]
        assert_same_dataset(remote, embedded)
        query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(!isBlank(?s) && !isBlank(?o)) }"
        assert sorted(map(repr, select_rows(remote, query)[1])) == sorted(map(repr, select_rows(embedded, query)[1]))
        for store in (remote, embedded):  # blank nodes come back as blank nodes, joined as stored
            _, rows = select_rows(store, "SELECT ?n WHERE { ?b <https://w3id.org/defence-kg/id/test/next>/"
                                         "<https://w3id.org/defence-kg/id/test/name> ?n }")
            assert [r["n"].value for r in rows] == ["hai"]
        remote.remove_graph("https://w3id.org/defence-kg/id/source/edge")
        assert len(remote) == 0 and remote.graphs() == []


def corpus(directory: Path, articles: int) -> list[Path]:
    """Synthetic articles (benchmarks/corpus.py) in four folders, to build one after another."""
    spec = importlib.util.spec_from_file_location("corpus", ROOT / "benchmarks" / "corpus.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    module.generate(directory / "all", articles)
    parts = [directory / f"part{i}" for i in range(4)]
    for i, path in enumerate(sorted((directory / "all").glob("*.txt"))):
        parts[i % 4].mkdir(exist_ok=True)
        path.rename(parts[i % 4] / path.name)
    return parts


ARTICLE_COUNT = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a dkg:SourceDocument }"


@pytest.mark.parametrize("kind", ["embedded"] + REMOTE)
def test_readers_while_a_build_runs(kind, remote_url, tmp_path):
    """Readers during a build see whole builds: a server always answers them; the embedded
    store (RocksDB leaves a read beside a writer undefined) answers or says so in one line."""
    parts = corpus(tmp_path / "corpus", 80)
    location = str(tmp_path / "store") if kind == "embedded" else remote_url(kind)
    open_store(location).close()  # an empty store that readers can open
    stop = threading.Event()
    seen: dict[int, list[int]] = defaultdict(list)
    errors: list[BaseException] = []

    def read(reader: int) -> None:
        while not stop.is_set():
            try:
                with open_store(location, read_only=True) as store:
                    seen[reader].append(int(select_rows(store, ARTICLE_COUNT)[1][0]["n"].value))
                    select_rows(store, list_named_queries()[0].text)
            except BaseException as exc:  # noqa: BLE001 - every failure a reader meets is the finding
                errors.append(exc)
                time.sleep(0.05)

    readers = [threading.Thread(target=read, args=(i,)) for i in range(2)]
    for thread in readers:
        thread.start()
    try:
        with open_store(location) as store:
            for part in parts:
                assert not Builder(store).build([part]).skipped
                time.sleep(0.2)
    finally:
        stop.set()
        for thread in readers:
            thread.join(timeout=60)
    if kind == "embedded":  # RocksDB leaves a read beside a writer undefined: a failure must be one clear line
        assert all(isinstance(e, (StoreError, QueryError)) for e in errors), errors
    else:
        assert not errors, errors[0]
        assert sum(len(counts) for counts in seen.values()) >= 4
    for counts in seen.values():
        assert counts == sorted(counts) and set(counts) <= {0, 20, 40, 60, 80}
    with open_store(location, read_only=True) as store:
        assert int(select_rows(store, ARTICLE_COUNT)[1][0]["n"].value) == 80


def one_line_error(args: list[str]) -> str:
    result = CliRunner().invoke(cli, args)
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 1, result.output
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "Traceback" not in result.output, result.output
    return lines[0]


def test_a_store_that_is_down_gives_one_clear_line():
    line = one_line_error(["--store", f"http://127.0.0.1:{free_port()}", "query", "--name", "articles"])
    assert "cannot reach the SPARQL store" in line and "is the server running" in line
    line = one_line_error(["--store", f"http://127.0.0.1:{free_port()}/sparql", "build", str(SEEDS)])
    assert "cannot reach the SPARQL store" in line


@pytest.mark.parametrize("kind", REMOTE)
def test_a_store_that_answers_an_error_gives_one_clear_line(kind, request):
    url = request.getfixturevalue(f"{kind}_url")
    assert "malformed SPARQL query" in one_line_error(["--store", url, "query", "SELECT ?x WHERE { ?x"])
    root = url.rsplit("/sparql", 1)[0]
    assert "no SPARQL endpoint" in one_line_error(["--store", root + "/no/such/query", "query", "ASK {}"])


def test_a_query_refused_on_a_guessed_cost_says_which_setting_to_raise():
    page = ("Virtuoso 42000 Error The estimated execution time 734 (sec) exceeds the limit of 400 (sec).\n\n"
            "SPARQL query:\nSELECT * WHERE { ?s ?p ?o }")
    response = httpx.Response(500, text=page, request=httpx.Request("POST", "http://h:8890/sparql"))
    error = http_error(response, "query", "http://h:8890/sparql")
    assert isinstance(error, QueryError) and "\n" not in str(error)
    assert "MaxQueryCostEstimationTime" in str(error) and "734" in str(error) and "SELECT" not in str(error)


@pytest.mark.parametrize("url, endpoints", [
    ("http://127.0.0.1:7878", ("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update",
                               "http://127.0.0.1:7878/store")),
    ("http://h:7878/query", ("http://h:7878/query", "http://h:7878/update", "http://h:7878/store")),
    ("http://h:8890/sparql", ("http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql-graph-crud")),
    ("http://h:8890/sparql-auth", ("http://h:8890/sparql-auth", "http://h:8890/sparql-auth",
                                   "http://h:8890/sparql-graph-crud-auth")),
    ("http://h:3030/ds/query", ("http://h:3030/ds/query", "http://h:3030/ds/update", "http://h:3030/ds/store")),
])
def test_endpoints_are_derived_from_the_url(url, endpoints):
    found = derive_endpoints(url, RemoteOptions())
    assert (found.query, found.update, found.graph_store) == endpoints
    given = derive_endpoints(url, RemoteOptions(update_url="http://u/update", graph_store_url="http://u/gsp"))
    assert (given.update, given.graph_store) == ("http://u/update", "http://u/gsp")


def test_virtuoso_authenticated_endpoint_takes_digest_credentials(remote_url, seeds_copy):
    """Virtuoso's /sparql-auth (digest auth) as the DBA that scripts/virtuoso.sh leaves with its default password."""
    auth_url = remote_url("virtuoso").replace("/sparql", "/sparql-auth")
    with open_store(RemoteLocation(auth_url, RemoteOptions(user="dba", password="dba"))) as store:
        assert len(Builder(store).build([seeds_copy]).added) == 5
    line = one_line_error(["--store", auth_url, "--store-user", "dba", "--store-password", "wrong", "query", "ASK {}"])
    assert "refused" in line and "for that user" in line


@pytest.mark.parametrize("kind", REMOTE)
def test_reconciling_countries_matches_the_embedded_store(kind, remote_url, tmp_path):
    from kg.ids import source_iri
    from kg.model import Article, Doc, Official
    from kg.rdf import doc_to_nquads
    from kg.ids import official_iri
    from kg.reconcile import extraction_digest, reconcile_countries, stated_readings

    docs = [Doc(article=Article(id=name, text="."), officials=[Official("Trần Minh Khoa", code),
                                                               Official("Sok Dara", other, positions=["Thứ trưởng"])])
            for name, code, other in (("a", "VNM", "KHM"), ("b", "VNM", None), ("c", "LAO", "KHM"))]
    with open_store(remote_url(kind)) as remote, OxigraphStore(tmp_path / "embedded") as embedded:
        for store in (remote, embedded):
            for doc in docs:
                store.replace_graph(source_iri(doc.article.id), doc_to_nquads(doc), content_hash=doc.article.id)
            changes = reconcile_countries(store)
            assert [(c.replaced, c.country, c.article_id) for c in changes] == [("", "KHM", "b"), ("LAO", "VNM", "c")]
            assert extraction_digest(store.content_hash(source_iri("c"))) == "c"
            assert stated_readings(store.content_hash(source_iri("c"))) == {official_iri("Trần Minh Khoa"): "LAO"}
        assert_conforms(remote, embedded)


@pytest.mark.parametrize("kind", REMOTE)
def test_per_article_reads_match_the_embedded_store(kind, remote_url, seed_store):
    """What is read from one named graph (`GRAPH <iri>` finds nothing on Virtuoso once a
    default graph is named): hashes, source files and `kg explain ARTICLE_ID`."""
    from kg.explain import explain_stored_article

    with open_store(remote_url(kind)) as remote:
        Builder(remote).build([SEEDS])
        assert remote.sources() == seed_store.sources()
        for graph, digest in seed_store.content_hashes().items():
            assert remote.content_hash(graph) == digest == seed_store.content_hash(graph)
        for path in sorted(SEEDS.glob("*.txt")):
            got, want = explain_stored_article(remote, path.name), explain_stored_article(seed_store, path.name)
            def facts(explanation):
                return sorted((f.kind, f.iri, sorted(e.sentence for e in f.evidence)) for f in explanation.facts)

            assert want.facts and facts(got) == facts(want)
