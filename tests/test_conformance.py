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
from kg.store import GraphStore, OxigraphStore, RemoteStore, open_store, select_rows
from kg.store.remote import DEFAULT_GRAPH_IRI

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


def named_rows(store: GraphStore) -> dict[str, list[tuple]]:
    rows = {}
    for query in list_named_queries():
        variables, found = select_rows(store, query.text)
        rows[query.name] = sorted((tuple(r[v] for v in variables) for r in found), key=repr)
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
