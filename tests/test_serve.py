"""`kg serve` as its clients see it: a real server process on 127.0.0.1, real clients.

SPARQLWrapper, rdflib's SPARQLStore, curl and plain HTTP ask the server over
the sample articles' store; every expected answer is computed from the same
store through the library, never written down here. The time limit is
checked with a query that cannot finish, while other clients keep being
answered. test_serve_browser.py opens the pages in Chromium.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.serve.negotiation import GRAPH_OFFERS, PAGE_OFFERS, RESULT_OFFERS, NotAcceptable, choose
from kg.serve.site import Site, curie
from kg.store import IRI, open_store, select_rows

# SPARQLWrapper builds its RDF/XML answers in rdflib's deprecated ConjunctiveGraph
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

ID = "https://w3id.org/defence-kg/id/"
TIMEOUT = 1.5  # the test server's time limit (seconds)
MAX_RESULT_MB = 0.05
# four copies of every statement joined: far more rows than any machine counts in TIMEOUT
NEVER_ENDS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@dataclass
class Served:
    url: str
    process: subprocess.Popen
    log: Path

    def get(self, path: str, accept: Optional[str] = None, data: Optional[bytes] = None,
            content_type: Optional[str] = None) -> tuple[int, str, bytes]:
        """(status, content type, body) of one request; errors are answers too."""
        request = urllib.request.Request(self.url + path, data=data)
        if accept:
            request.add_header("Accept", accept)
        if content_type:
            request.add_header("Content-Type", content_type)
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return response.status, response.headers.get("Content-Type", ""), response.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.headers.get("Content-Type", ""), exc.read()

    def health(self) -> dict:
        return json.loads(self.get("/health")[2])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(store: Path, log: Path, *options: str) -> Served:
    """`kg serve` in its own process on a free port; returns once /health answers."""
    port = free_port()
    handle = open(log, "wb")
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "--store", str(store), "serve",
                                "--port", str(port), "--workers", "2", *options],
                               stdout=handle, stderr=subprocess.STDOUT)
    served = Served(f"http://127.0.0.1:{port}", process, log)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"kg serve exited with {process.returncode}: {log.read_text(errors='replace')}")
        try:
            if served.health()["workers"]["ready"] == 2:
                return served
        except (OSError, ValueError):
            pass
        time.sleep(0.1)
    process.kill()
    pytest.fail(f"kg serve did not start: {log.read_text(errors='replace')}")


def stop_server(served: Served, sig: int = signal.SIGTERM) -> int:
    served.process.send_signal(sig)
    try:
        return served.process.wait(20)
    except subprocess.TimeoutExpired:
        served.process.kill()
        pytest.fail("kg serve did not stop within 20 s of " + signal.Signals(sig).name)


@pytest.fixture(scope="session")
def served(seed_store_path, tmp_path_factory):
    server = start_server(seed_store_path, tmp_path_factory.mktemp("serve") / "serve.log",
                          "--timeout", str(TIMEOUT), "--max-result-mb", str(MAX_RESULT_MB))
    yield server
    assert stop_server(server) == 0


@pytest.fixture
def launch(tmp_path):
    """Start a server of the test's own; killed at the end if the test did not stop it (a failed test)."""
    started: list[Served] = []

    def start(store: Path, *options: str) -> Served:
        started.append(start_server(store, tmp_path / f"serve-{len(started)}.log", *options))
        return started[-1]

    yield start
    for server in started:
        if server.process.poll() is None:
            server.process.kill()  # its workers see their pipe close and exit
            server.process.wait(10)


def expected_rows(store_path: Path, sparql: str) -> list[dict]:
    with open_store(store_path, read_only=True) as store:
        _, rows = select_rows(store, sparql)
    return rows


def an_official(store_path: Path) -> tuple[str, str, str]:
    """(IRI, label, one evidence sentence) of an official with evidence, from the store itself."""
    rows = expected_rows(store_path, "SELECT ?o ?l ?e WHERE { ?o a dkg:Official ; rdfs:label ?l ; dkg:evidence ?e } "
                                     "ORDER BY ?o LIMIT 1")
    return rows[0]["o"].value, rows[0]["l"].value, rows[0]["e"].value


# ------------------------------------------------------------------ the SPARQL 1.1 Protocol
LABELS = "SELECT ?c ?l WHERE { ?c a dkg:Country ; rdfs:label ?l } ORDER BY ?c ?l"


def test_sparqlwrapper_select_in_every_results_format(served, seed_store_path):
    from SPARQLWrapper import CSV, JSON, POST, POSTDIRECTLY, SPARQLWrapper, TSV, XML

    expected = [(r["c"].value, r["l"].value) for r in expected_rows(seed_store_path, LABELS)]
    client = SPARQLWrapper(served.url + "/sparql")
    client.setQuery(LABELS)
    client.setReturnFormat(JSON)
    got = client.query().convert()
    assert [(b["c"]["value"], b["l"]["value"]) for b in got["results"]["bindings"]] == expected
    client.setReturnFormat(XML)
    xml = client.query().convert()  # a DOM document
    assert len(xml.getElementsByTagName("result")) == len(expected)
    for fmt in (CSV, TSV):
        client.setReturnFormat(fmt)
        text = client.query().convert().decode("utf-8")
        assert len(text.strip().splitlines()) == len(expected) + 1
    for method, request in ((POST, None), (POST, POSTDIRECTLY)):  # urlencoded, then application/sparql-query
        client.setMethod(method)
        if request:
            client.setRequestMethod(request)
        client.setReturnFormat(JSON)
        assert len(client.query().convert()["results"]["bindings"]) == len(expected)


def test_sparqlwrapper_ask_and_construct(served, seed_store_path):
    from SPARQLWrapper import JSON, TURTLE, XML, SPARQLWrapper

    client = SPARQLWrapper(served.url + "/sparql")
    client.setQuery("ASK { ?o a dkg:Official }")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True
    construct = "CONSTRUCT { ?c rdfs:label ?l } WHERE { ?c a dkg:Country ; rdfs:label ?l }"
    client.setQuery(construct)
    client.setReturnFormat(XML)
    graph = client.query().convert()  # RDF/XML, parsed by rdflib
    assert len(graph) == len(expected_rows(seed_store_path, LABELS))
    client.setReturnFormat(TURTLE)
    turtle = rdflib.Graph().parse(data=client.query().convert(), format="turtle")
    assert isomorphic(turtle, graph)


def test_rdflib_sparqlstore(served, seed_store_path):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    expected = {(r["c"].value, r["l"].value) for r in expected_rows(seed_store_path, LABELS)}
    for method in ("GET", "POST"):
        graph = rdflib.Graph(store=SPARQLStore(served.url + "/sparql", method=method))
        rows = graph.query("PREFIX dkg: <https://w3id.org/defence-kg/ontology#>\n" + LABELS)
        assert {(str(c), str(label)) for c, label in rows} == expected
    triples = list(graph.triples((None, rdflib.RDFS.label, None)))
    assert len(triples) == len(expected_rows(seed_store_path, "SELECT DISTINCT ?s ?l WHERE { ?s rdfs:label ?l }"))


def curl(served: Served, *args: str) -> tuple[int, str]:
    """(HTTP status, body) from the curl command line tool."""
    if shutil.which("curl") is None:  # the machine images have it; CI must not silently stop checking it
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("curl is not installed")
        pytest.skip("curl is not installed")
    done = subprocess.run(["curl", "-sS", "-w", "\n%{http_code}", *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    body, _, status = done.stdout.rpartition("\n")
    return int(status), body


def test_curl_get_post_and_formats(served, seed_store_path):
    count = len(expected_rows(seed_store_path, "SELECT * WHERE { ?s ?p ?o }"))
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    status, body = curl(served, "-G", served.url + "/sparql", "--data-urlencode", f"query={query}",
                        "-H", "Accept: text/csv")
    assert (status, body.split()) == (200, ["n", str(count)])
    status, body = curl(served, served.url + "/sparql", "-H", "Content-Type: application/sparql-query",
                        "-H", "Accept: text/tab-separated-values", "--data-binary", query)
    assert (status, body.split()) == (200, ["?n", str(count)])
    status, body = curl(served, served.url + "/sparql", "--data-urlencode",
                        "query=CONSTRUCT WHERE { ?s a dkg:Country }",
                        "-H", "Accept: application/n-triples")
    countries = len(expected_rows(seed_store_path, "SELECT ?s WHERE { ?s a dkg:Country }"))
    assert status == 200 and len(body.strip().splitlines()) == countries
    status, body = curl(served, served.url + "/sparql?format=trig", "--data-urlencode",
                        "query=CONSTRUCT WHERE { ?s a dkg:Country }")
    assert status == 200 and len(rdflib.Dataset().parse(data=body, format="trig")) == countries


@pytest.mark.parametrize("args, status, words", [
    (["--data-urlencode", "update=INSERT DATA { <http://a/b> <http://a/c> <http://a/d> }"], 403, "read-only"),
    (["-H", "Content-Type: application/sparql-update", "--data-binary", "CLEAR ALL"], 403, "read-only"),
    (["--data-urlencode", "query=LOAD <http://example.org/data.ttl>"], 400, "LOAD is an update"),
    (["--data-urlencode", "query=DROP ALL"], 400, "DROP is an update"),
    (["--data-urlencode", "query=SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"], 403,
     "SERVICE is refused"),
    (["--data-urlencode", "query=SELECT * WHERE { ?s ?p }"], 400, "malformed SPARQL query"),
    (["--data-urlencode", "query=SELECT * WHERE { ?s nope:p ?o }"], 400, "unknown prefix nope"),
    (["--data-urlencode", "query=ASK {}", "-H", "Accept: image/png"], 406, "cannot answer in"),
    (["-H", "Content-Type: text/plain", "--data-binary", "ASK {}"], 415, "application/sparql-query"),
    (["--data-binary", "query=%FF%FE", "-H", "Content-Type: application/x-www-form-urlencoded"], 400, "not UTF-8"),
    (["--data-urlencode", "query=ASK {}", "--data-urlencode", "default-graph-uri=http://a/g"], 400, "not supported"),
    ([], 400, "no query"),
])
def test_refusals_are_clear_4xx(served, args, status, words):
    got_status, body = curl(served, served.url + "/sparql", *args)
    assert got_status == status
    assert words in body and "Traceback" not in body and len(body.strip().splitlines()) == 1


def test_store_is_unchanged_by_refused_updates(served, seed_store_path):
    before = len(expected_rows(seed_store_path, "SELECT * WHERE { ?s ?p ?o }"))
    served.get("/sparql", data=b"INSERT DATA { <http://a/b> <http://a/c> <http://a/d> }",
               content_type="application/sparql-update")
    assert served.get("/sparql?query=" + urllib.parse.quote("ASK { <http://a/b> ?p ?o }"))[2].count(b"false") == 1
    assert len(expected_rows(seed_store_path, "SELECT * WHERE { ?s ?p ?o }")) == before


def test_result_size_limit(served, seed_store_path):
    status, _, body = served.get("/sparql?query=" + urllib.parse.quote("SELECT * WHERE { ?s ?p ?o }"),
                                 accept="application/sparql-results+json")
    assert status == 422 and b"larger than the server's limit" in body
    assert served.get("/sparql?query=" + urllib.parse.quote("ASK {}"))[0] == 200


def test_time_limit_stops_a_query_while_others_are_served(served, seed_store_path):
    before = served.health()["workers"]
    outcome: dict = {}

    def runaway() -> None:
        started = time.monotonic()
        outcome["status"], _, outcome["body"] = served.get("/sparql?query=" + urllib.parse.quote(NEVER_ENDS))
        outcome["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=runaway)
    thread.start()
    time.sleep(0.3)
    answered = []
    while thread.is_alive() and len(answered) < 200:
        q = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o FILTER(STRLEN(STR(?s)) > {len(answered)}) }}"
        status, _, _ = served.get("/sparql?query=" + urllib.parse.quote(q))
        answered.append(status)
    thread.join(60)
    assert outcome["status"] == 503 and b"time limit" in outcome["body"]
    assert TIMEOUT - 0.5 < outcome["seconds"] < TIMEOUT + 10
    assert answered and set(answered) == {200}  # the other worker kept answering
    deadline = time.monotonic() + 30
    while served.health()["workers"]["ready"] < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    after = served.health()["workers"]
    assert after["ready"] == 2 and after["timeouts"] == before["timeouts"] + 1
    assert after["replaced"] == before["replaced"] + 1
    assert served.get("/sparql?query=" + urllib.parse.quote("ASK { ?s ?p ?o }"))[0] == 200


def test_repeated_and_simultaneous_questions_run_once(served, seed_store_path):
    query = "SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o . ?x ?y ?s } GROUP BY ?s ORDER BY ?s # once"
    before = served.health()["cache"]
    answers: list = []
    threads = [threading.Thread(target=lambda: answers.append(
        served.get("/sparql?query=" + urllib.parse.quote(query), accept="text/csv"))) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    answers.append(served.get("/sparql?query=" + urllib.parse.quote(query), accept="text/csv"))
    after = served.health()["cache"]
    assert len({a[2] for a in answers}) == 1 and answers[0][0] == 200
    assert len(answers[0][2].decode().strip().splitlines()) == len(expected_rows(seed_store_path, query)) + 1
    assert after["runs"] == before["runs"] + 1
    assert after["hits"] + after["shared"] == before["hits"] + before["shared"] + 6


# ------------------------------------------------------------------ named queries
def test_named_queries_list_text_and_results(served, seed_store_path):
    from kg.queries import get_named_query, list_named_queries

    listed = json.loads(served.get("/queries")[2])
    assert [q["name"] for q in listed] == [q.name for q in list_named_queries()]
    status, ctype, text = served.get("/queries/events-of-country.rq?country=CHN")
    bound = get_named_query("events-of-country").bind({"country": "CHN"})
    assert (status, ctype.split(";")[0], text.decode("utf-8")) == (200, "application/sparql-query", bound)
    status, _, body = served.get("/queries/events-of-country?country=CHN", accept="application/sparql-results+json")
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == len(expected_rows(seed_store_path, bound))
    assert served.get("/queries/no-such-query")[0] == 404
    assert served.get("/queries/events-of-country?colour=red")[0] == 400
    assert served.get("/queries/events-of-country?country=%FF")[0] == 400  # not UTF-8


# ------------------------------------------------------------------ Linked Data
def test_resource_page_shows_labels_facts_evidence_and_sources(served, seed_store_path):
    iri, label, sentence = an_official(seed_store_path)
    status, ctype, body = served.get("/id/" + iri[len(ID):], accept="text/html")
    page = body.decode("utf-8")
    assert status == 200 and ctype.startswith("text/html")
    assert label in page and sentence.replace("&", "&amp;").replace('"', "&#34;") in page
    titles = expected_rows(seed_store_path,
                           f"SELECT ?t WHERE {{ <{iri}> prov:wasDerivedFrom ?g . ?g dcterms:title ?t }}")
    assert titles and all(t["t"].value in page for t in titles)
    neighbours = expected_rows(seed_store_path, f"SELECT DISTINCT ?n WHERE {{ <{iri}> ?p ?n FILTER(STRSTARTS(STR(?n), "
                                                f"\"{ID}\")) }}")
    for row in neighbours:
        assert f'href="/id/{row["n"].value[len(ID):]}"' in page
        assert served.get("/id/" + row["n"].value[len(ID):])[0] == 200


def test_resource_data_by_accept(served, seed_store_path):
    iri, _, _ = an_official(seed_store_path)
    path = "/id/" + iri[len(ID):]
    with open_store(seed_store_path, read_only=True) as store:
        result = store.query(f"CONSTRUCT {{ <{iri}> ?p ?o . ?s ?q <{iri}> }} WHERE {{ {{ <{iri}> ?p ?o }} UNION "
                             f"{{ ?s ?q <{iri}> }} }}")
        expected = {(str(t.subject), str(t.predicate), str(t.object)) for t in result.triples()}
    for accept, rdf_format in (("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                               ("application/n-triples", "nt")):
        status, ctype, body = served.get(path, accept=accept)
        assert status == 200 and ctype.startswith(accept)
        graph = rdflib.Graph().parse(data=body, format=rdf_format)
        assert len(graph) == len(expected)
        assert (rdflib.URIRef(iri), rdflib.RDF.type, rdflib.URIRef("https://w3id.org/defence-kg/ontology#Official")) \
            in graph
    assert served.get(path + "?format=turtle", accept="text/html")[1].startswith("text/turtle")


def test_unknown_iri_is_404(served):
    for accept in ("text/html", "text/turtle", "application/ld+json"):
        assert served.get("/id/official/no-such-person-anywhere", accept=accept)[0] == 404
    # not an IRI at all, nor a way into the query text
    for path in ("/id/", "/id/x%3E%20%3Fp%20%3Fo%20%7D%20%23", "/id/a%20b", "/id/%22quoted%22"):
        assert served.get(path, accept="text/turtle")[0] == 404


def test_ontology_page_and_data(served):
    from kg.resources import ontology_file

    status, ctype, body = served.get("/ontology", accept="text/turtle")
    assert status == 200 and body == ontology_file().read_bytes()
    source = rdflib.Graph().parse(ontology_file())
    status, _, body = served.get("/ontology", accept="application/ld+json")
    assert isomorphic(rdflib.Graph().parse(data=body, format="json-ld"), source)
    status, _, body = served.get("/ontology", accept="text/html,*/*;q=0.8")
    page = body.decode("utf-8")
    classes = set(source.subjects(rdflib.RDF.type, rdflib.OWL.Class))
    assert status == 200 and all(f'id="{str(c).split("#")[1]}"' in page for c in classes if "#" in str(c))


def test_cors_health_and_access_log(served):
    request = urllib.request.Request(served.url + "/sparql", method="OPTIONS", headers={
        "Origin": "http://example.org", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status == 200 and response.headers["Access-Control-Allow-Origin"] == "*"
    request = urllib.request.Request(served.url + "/sparql?query=ASK%7B%7D", headers={"Origin": "http://example.org"})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.headers["Access-Control-Allow-Origin"] == "*"
    health = served.health()
    assert health["status"] == "ok" and health["workers"]["size"] == 2
    assert health["reloads"] == 0  # readers (workers, the graph page) never look like a writer
    served.get("/health?marker=log-check")
    time.sleep(0.2)
    assert '"GET /health?marker=log-check" 200' in served.log.read_text(errors="replace")


def test_follows_a_build_then_stops_cleanly_on_sigint(seed_store_path, tmp_path, launch):
    from kg.build import Builder

    store = tmp_path / "store"
    shutil.copytree(seed_store_path, store)
    server = launch(store, "--no-graph-page", "--reload-interval", "0.3")
    children = subprocess.run(["pgrep", "-P", str(server.process.pid)], capture_output=True, text=True).stdout.split()
    count = "/sparql?query=" + urllib.parse.quote("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    before = server.get(count, accept="text/csv")[2]
    with open_store(store) as writable:  # a build while the server reads the store
        Builder(writable).build([Path(__file__).parent / "data" / "articles" / "own_001.txt"])
    expected = len(expected_rows(store, "SELECT * WHERE { ?s ?p ?o }"))
    deadline = time.monotonic() + 30
    while server.health()["reloads"] < 1 and time.monotonic() < deadline:
        time.sleep(0.1)
    after = server.get(count, accept="text/csv")[2]
    assert after.split() == [b"n", str(expected).encode()] and after != before

    thread = threading.Thread(target=server.get, args=("/sparql?query=" + urllib.parse.quote(NEVER_ENDS),))
    thread.start()
    time.sleep(0.3)
    assert stop_server(server, signal.SIGINT) == 0
    thread.join(30)
    log = server.log.read_text(errors="replace")
    assert "Traceback" not in log and "stopped" in log and "ERROR" not in log
    assert '" 503 ' in log  # the running query's client was told the server is shutting down

    def alive() -> list[str]:
        return [pid for pid in children if os.path.exists(f"/proc/{pid}") and
                "zombie" not in Path(f"/proc/{pid}/status").read_text()]

    deadline = time.monotonic() + 10
    while alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert children and not alive()


def test_missing_store_is_one_clear_line(tmp_path):
    from click.testing import CliRunner

    from kg.cli import cli

    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "none"), "serve", "--port", str(free_port())])
    assert result.exit_code == 1
    assert "no store at" in result.output and "Traceback" not in result.output


def test_port_in_use_is_one_clear_line(seed_store_path):
    from click.testing import CliRunner

    from kg.cli import cli

    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["--store", str(seed_store_path), "serve", "--port", str(port)])
    assert result.exit_code == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.output and "Traceback" not in result.output


# ------------------------------------------------------------------ pieces, without a server
def test_negotiation_prefers_the_first_offer_and_reads_aliases():
    assert choose(RESULT_OFFERS, "*/*").name == "json"
    assert choose(RESULT_OFFERS, None).name == "json"
    assert choose(RESULT_OFFERS, "application/json").name == "json"
    assert choose(RESULT_OFFERS, "text/csv;q=0.5, application/sparql-results+xml").name == "xml"
    assert choose(GRAPH_OFFERS, "*/*").name == "turtle"
    assert choose(GRAPH_OFFERS, "application/sparql-results+xml, application/rdf+xml").name == "rdfxml"
    assert choose(PAGE_OFFERS, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").name == "html"
    assert choose(PAGE_OFFERS, "text/html", "ttl").name == "turtle"
    assert choose(RESULT_OFFERS, "not a media type").name == "json"
    with pytest.raises(NotAcceptable):
        choose(GRAPH_OFFERS, "text/csv")
    with pytest.raises(NotAcceptable):
        choose(RESULT_OFFERS, None, "turtle")


def test_base_maps_public_iris_to_the_server():
    site = Site("https://kg.example.org/defence")
    assert site.href(ID + "official/phan-van-giang") == "https://kg.example.org/defence/id/official/phan-van-giang"
    assert site.href("https://w3id.org/defence-kg/ontology#Official") == \
        "https://kg.example.org/defence/ontology#Official"
    assert site.href("http://www.wikidata.org/entity/Q881") == "http://www.wikidata.org/entity/Q881"
    assert Site().href(ID + "country/VNM") == "/id/country/VNM"
    assert curie(ID + "country/VNM") == "country:VNM"
    assert site.term_name("https://w3id.org/defence-kg/ontology#represents") != "dkg:represents"


def test_reload_replaces_idle_workers_at_once_and_busy_ones_as_they_finish(seed_store_path):
    import asyncio

    from kg.serve.pool import QueryTimeout, WorkerPool
    from kg.serve.worker import SparqlJob

    async def scenario() -> None:
        pool = WorkerPool(seed_store_path, 2, timeout=3.0)
        await pool.start()
        try:
            runaway = asyncio.ensure_future(pool.run(SparqlJob(NEVER_ENDS, "json", 10**6)))
            for _ in range(100):  # until a worker has taken the runaway query (slow on a busy machine)
                if pool.stats().idle == 1:
                    break
                await asyncio.sleep(0.02)
            await pool.reload()
            stats = pool.stats()
            assert (stats.generation, stats.idle, stats.current, stats.spares) == (1, 1, 1, 1)
            with pytest.raises(QueryTimeout):
                await runaway
            for _ in range(100):  # the killed worker's place goes to the fresh one kept for it
                if pool.stats().idle == 2:
                    break
                await asyncio.sleep(0.05)
            stats = pool.stats()
            assert (stats.idle, stats.current, stats.spares) == (2, 2, 0)
            reply = await pool.run(SparqlJob("ASK { ?s ?p ?o }", "json", 10**6))
            assert reply.status == 200 and b"true" in reply.body
        finally:
            await pool.close()

    asyncio.run(scenario())


def test_describe_bounds_every_list(seed_store_path, monkeypatch):
    from kg.serve import describe as module

    monkeypatch.setattr(module, "MAX_LINKS", 1)
    monkeypatch.setattr(module, "MAX_ARTICLES", 1)
    vnm = ID + "country/VNM"
    with open_store(seed_store_path, read_only=True) as store:
        found = module.describe(store, vnm)
        assert module.describe(store, ID + "country/XXX") is None
    represented = expected_rows(seed_store_path, f"SELECT ?s WHERE {{ ?s dkg:represents <{vnm}> }}")
    group = next(g for g in found.links if g.predicate.endswith("#represents"))
    assert group.total == len(represented) > 1 and len(group.subjects) == 1
    assert len(found.articles) == 1 and found.articles_total > 1
    assert all(isinstance(f.value, IRI) or f.value.value for f in found.facts)
