"""The `kg` command end to end, with CliRunner against real small files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.vocab import DKG

from kg.cli import cli

NEW_ARTICLE = (
    "Việt Nam và Australia tăng cường hợp tác quốc phòng\n\n"
    "Chiều 5/3/2024, tại Hà Nội, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng Việt Nam đã hội đàm với "
    "ông Richard Marles, Phó Thủ tướng, Bộ trưởng Quốc phòng Australia.\n\n"
    "Kết thúc hội đàm, hai Bộ trưởng đã ký Bản ghi nhớ về hợp tác gìn giữ hòa bình Liên hợp quốc.\n"
)
CHANGED_ARTICLE = (
    "Việt Nam và Nhật Bản tăng cường hợp tác quốc phòng\n\n"
    "Chiều 5/3/2024, tại Hà Nội, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng Việt Nam đã hội đàm với "
    "ông Kihara Minoru, Bộ trưởng Quốc phòng Nhật Bản.\n"
)


def run(args, store: Path, **kw):
    result = CliRunner().invoke(cli, ["--store", str(store), *args], catch_exceptions=False, **kw)
    return result


def one_line_error(result) -> None:
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert result.stderr.strip().startswith("Error:")
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.fixture
def built(tmp_path, seeds_copy):
    store = tmp_path / "store"
    exports = tmp_path / "exports"
    result = run(["build", str(seeds_copy), "--exports-dir", str(exports)], store)
    assert result.exit_code == 0, result.output
    return store, exports, seeds_copy, result


def test_build_prints_summary_and_writes_exports(built):
    store, exports, _, result = built
    assert "Read 5 article(s)" in result.stderr and "5 new" in result.stderr
    assert "Official" in result.stderr and "Event" in result.stderr
    assert "Consistency: no conflicts." in result.stderr
    for name in ("defence-kg.ttl", "defence-kg.trig", "defence-kg.html"):
        assert (exports / name).stat().st_size > 0
    assert result.stdout == ""  # summaries go to stderr


def test_rebuild_changes_nothing(built):
    store, exports, seeds, _ = built
    first = rdflib.Graph().parse(exports / "defence-kg.ttl")
    result = run(["build", str(seeds), "--exports-dir", str(exports)], store)
    assert result.exit_code == 0
    assert "0 new, 0 updated, 5 unchanged" in result.stderr
    second = rdflib.Graph().parse(exports / "defence-kg.ttl")
    assert isomorphic(first, second)
    docs = run(["query", "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a dkg:SourceDocument }", "--format", "json"], store)
    assert json.loads(docs.stdout)["results"]["bindings"][0]["n"]["value"] == "5"
    # One node per official: no two IRIs share a label.
    dup = run(["query", "SELECT ?l WHERE { ?o a dkg:Official ; rdfs:label ?l } GROUP BY ?l HAVING (COUNT(DISTINCT ?o) > 1)",
               "--format", "json"], store)
    assert json.loads(dup.stdout)["results"]["bindings"] == []


def test_changed_article_replaces_its_statements_and_remove_drops_them(tmp_path):
    store = tmp_path / "store"
    folder = tmp_path / "in"
    folder.mkdir()
    art = folder / "bai-viet.txt"
    art.write_text(NEW_ARTICLE, encoding="utf-8")
    assert run(["build", str(folder), "--no-exports"], store).exit_code == 0
    ask = 'ASK { ?o a dkg:Official ; rdfs:label "Richard Marles"@vi ; dkg:represents country:AUS }'
    assert run(["query", ask], store).stdout.strip() == "true"

    art.write_text(CHANGED_ARTICLE, encoding="utf-8")
    result = run(["build", str(folder), "--no-exports"], store)
    assert "1 updated" in result.stderr
    assert run(["query", ask], store).stdout.strip() == "false"
    gone = run(["query", "ASK { ?c dkg:isoCode \"AUS\" }"], store)
    assert gone.stdout.strip() == "false"  # no article supports Australia any more
    assert run(["query", 'ASK { ?o rdfs:label "Kihara Minoru"@vi }'], store).stdout.strip() == "true"

    removed = run(["remove", "bai-viet.txt"], store)
    assert removed.exit_code == 0
    count = run(["query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--format", "csv"], store)
    assert count.stdout.splitlines()[1].strip() == "0"
    one_line_error(run(["remove", "bai-viet.txt"], store))


def test_bad_files_are_skipped_and_the_rest_goes_on(tmp_path):
    store = tmp_path / "store"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Hà Nôi".encode("latin-1"))
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (folder / "lines.jsonl").write_text('{"id": "j1", "text": "' + NEW_ARTICLE.replace("\n", "\\n") + '"}\nnot json\n',
                                        encoding="utf-8")
    result = run(["build", str(folder), "--no-exports"], store)
    assert result.exit_code == 0, result.output
    assert "2 new" in result.stderr
    for name in ("empty.txt", "latin1.txt", "binary.txt", "lines.jsonl:2"):
        assert f"skipped {folder / name}" in result.stderr or name in result.stderr
    strict = run(["build", str(folder), "--no-exports", "--strict"], store)
    assert strict.exit_code != 0
    # nothing already in the store was lost
    assert run(["query", "ASK { ?d dcterms:identifier \"good.txt\" }"], store).stdout.strip() == "true"


def test_missing_path_is_named_and_fails_with_one_clear_line(tmp_path):
    result = run(["build", str(tmp_path / "nope"), "--no-exports"], tmp_path / "store")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"skipped {tmp_path / 'nope'}: no such file or directory" in result.stderr
    assert result.stderr.strip().splitlines()[-1] == "Error: no article could be read"


def test_query_before_build_is_one_clear_line(tmp_path):
    one_line_error(run(["query", "ASK {}"], tmp_path / "nothing"))


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json", "ndjson", "xml"])
def test_select_formats(seed_store_path, fmt):
    result = run(["query", "SELECT ?c ?code WHERE { ?c dkg:isoCode ?code } ORDER BY ?code", "--format", fmt],
                 seed_store_path)
    assert result.exit_code == 0, result.output
    assert "VNM" in result.stdout
    if fmt == "json":  # the IRIs stay where the query put them, their labels beside them
        assert json.loads(result.stdout)["head"]["vars"] == ["c", "c_label", "code"]
    if fmt == "ndjson":
        assert all(json.loads(line)["code"] for line in result.stdout.splitlines())
    if fmt == "csv":
        assert result.stdout.splitlines()[0].strip() == "c,c_label,code"
    exact = run(["query", "SELECT ?c ?code WHERE { ?c dkg:isoCode ?code } ORDER BY ?code", "--format", fmt,
                 "--no-labels"], seed_store_path)
    if fmt == "json":
        assert json.loads(exact.stdout)["head"]["vars"] == ["c", "code"]
    if fmt == "csv":
        assert exact.stdout.splitlines()[0].strip() == "c,code"


def test_ask_construct_describe_and_query_file(seed_store_path, tmp_path):
    assert run(["query", "ASK { country:VNM a dkg:Country }"], seed_store_path).stdout.strip() == "true"
    construct = run(["query", "CONSTRUCT { ?c dkg:isoCode ?i } WHERE { ?c dkg:isoCode ?i }"], seed_store_path)
    graph = rdflib.Graph().parse(data=construct.stdout, format="turtle")
    assert len(graph) >= 4
    describe = run(["query", "DESCRIBE country:VNM", "--format", "ntriples"], seed_store_path)
    assert "<https://w3id.org/defence-kg/id/country/VNM>" in describe.stdout
    qf = tmp_path / "q.rq"
    qf.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a dkg:Event }", encoding="utf-8")
    assert run(["query", "-f", str(qf), "--format", "csv"], seed_store_path).exit_code == 0


def test_query_errors(seed_store_path, tmp_path):
    one_line_error(run(["query", "SELEC ?x WHERE {"], seed_store_path))
    one_line_error(run(["query", "--name", "no-such-query"], seed_store_path))
    one_line_error(run(["query", "--name", "partners-of-vietnam", "--param", "nonsense=1"], seed_store_path))
    one_line_error(run(["query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "--format", "turtle"], seed_store_path))
    assert run(["query"], seed_store_path).exit_code == 2  # usage error


def test_named_queries_listed_and_runnable(seed_store_path):
    listing = run(["query", "--list", "--format", "json"], seed_store_path)
    queries = json.loads(listing.stdout)
    assert len(queries) >= 8 and all(q["description"] for q in queries)
    for q in queries:
        result = run(["query", "--name", q["name"], "--format", "json"], seed_store_path)
        assert result.exit_code == 0, (q["name"], result.output)


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "rdfxml"])
def test_graph_exports_round_trip_to_the_union(seed_store, seed_store_path, fmt):
    from kg.exports import UNION_QUERY

    result = run(["export", "--format", fmt], seed_store_path)
    assert result.exit_code == 0
    exported = rdflib.Graph().parse(data=result.stdout_bytes, format={"turtle": "turtle", "ntriples": "nt",
                                                                         "rdfxml": "xml"}[fmt])
    expected = rdflib.Graph().parse(data="\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in seed_store.query(UNION_QUERY).triples()), format="nt")
    assert len(expected) > 100
    assert isomorphic(exported, expected)


@pytest.mark.parametrize("fmt,rdflib_fmt", [("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld")])
def test_dataset_exports_keep_one_graph_per_article(seed_store, seed_store_path, tmp_path, fmt, rdflib_fmt):
    out = tmp_path / f"x.{fmt}"
    assert run(["export", "--format", fmt, "-o", str(out)], seed_store_path).exit_code == 0
    exported = rdflib.Dataset()
    exported.parse(out, format=rdflib_fmt)
    expected = rdflib.Dataset()
    expected.parse(data="\n".join(str(q) + " ." for q in seed_store.quads()), format="nquads")
    names = {g.identifier for g in expected.graphs() if len(g)}
    assert names == {g.identifier for g in exported.graphs() if len(g)}
    articles = names - {DATASET_DEFAULT_GRAPH_ID}
    assert len(articles) == 5 and DATASET_DEFAULT_GRAPH_ID in names
    for name in names:
        assert isomorphic(exported.graph(name), expected.graph(name)), name
    # the default graph is the union of the article graphs, each statement once
    union = {t for name in articles for t in exported.graph(name) if t[1] != DKG.contentHash}
    assert set(exported.graph(DATASET_DEFAULT_GRAPH_ID)) == union


def test_export_unknown_format(seed_store_path):
    one_line_error(run(["export", "--format", "yaml"], seed_store_path))


def test_validate_and_stats_on_the_sample_graph(seed_store_path):
    result = run(["validate"], seed_store_path)
    assert result.exit_code == 0, result.output
    stats = run(["stats", "--format", "json"], seed_store_path)
    rows = json.loads(stats.stdout)
    classes = {r["name"]: r["count"] for r in rows if r["section"] == "class"}
    assert classes["Country"] >= 5 and classes["Official"] >= 10
    assert any(r["section"] == "most_connected" for r in rows)


def test_store_option_and_env_var(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    monkeypatch.setenv("KG_STORE", str(tmp_path / "from-env"))
    result = CliRunner().invoke(cli, ["build", str(folder), "--no-exports"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "from-env").is_dir()


def test_every_command_has_help():
    for name, command in cli.commands.items():
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0 and command.help, name


HTML_PAGE = """<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>Việt Nam và Australia ký Bản ghi nhớ hợp tác quốc phòng</title></head><body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/the-gioi">Thế giới Nga Pháp Mỹ</a></li></ul></nav>
<article><h1>Việt Nam và Australia ký Bản ghi nhớ hợp tác quốc phòng</h1>
<p>Chiều 5/3/2024, tại Hà Nội, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng Việt Nam đã hội đàm với
ông Richard Marles, Phó Thủ tướng, Bộ trưởng Quốc phòng Australia.</p>
<p>Hai bên đánh giá cao kết quả hợp tác quốc phòng trong thời gian qua, nhất là trong lĩnh vực gìn giữ hòa bình
Liên hợp quốc, đào tạo và khắc phục hậu quả chiến tranh.</p>
<p>Kết thúc hội đàm, hai Bộ trưởng đã ký Bản ghi nhớ về hợp tác gìn giữ hòa bình Liên hợp quốc.</p>
</article>
<footer><h3>Tin liên quan</h3><ul><li><a href="/a">Thủ tướng tiếp Đại sứ Nhật Bản Ito Naoki</a></li></ul></footer>
</body></html>"""


def test_build_reads_html_main_text_only(tmp_path):
    folder = tmp_path / "in" / "nested"
    folder.mkdir(parents=True)
    (folder / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    store = tmp_path / "store"
    result = run(["build", str(tmp_path / "in"), "--no-exports"], store)
    assert result.exit_code == 0, result.output
    assert "1 new" in result.stderr
    ask = run(["query", 'ASK { ?a a dkg:MemorandumOfUnderstanding ; dkg:party country:AUS, country:VNM }'], store)
    assert ask.stdout.strip() == "true"
    japan = run(["query", 'ASK { ?c dkg:isoCode "JPN" }'], store)
    assert japan.stdout.strip() == "false"  # only in the related-news footer
    title = run(["query", "SELECT ?t WHERE { ?d dcterms:identifier \"page.html\" ; dcterms:title ?t }", "--format", "csv"],
                store)
    assert "Australia" in title.stdout


def test_misspelt_ontology_term_warns(seed_store_path):
    result = run(["query", "SELECT ?x WHERE { ?x a dkg:Oficial }", "--format", "csv"], seed_store_path)
    assert result.exit_code == 0
    assert "dkg:Oficial is not a term of the ontology (did you mean dkg:Official?)" in result.stderr
    clean = run(["query", "SELECT ?x WHERE { ?x a dkg:Official }", "--format", "csv"], seed_store_path)
    assert "warning" not in clean.stderr


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_exports_for_gephi(seed_store_path, tmp_path, fmt):
    import networkx as nx

    out = tmp_path / f"g.{fmt}"
    assert run(["export", "--format", fmt, "-o", str(out)], seed_store_path).exit_code == 0
    graph = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    labels = {data.get("label") for _, data in graph.nodes(data=True)}
    assert "Việt Nam" in labels and "Trương Hựu Hiệp" in labels
    assert graph.number_of_edges() > graph.number_of_nodes() / 2


def test_query_file_that_is_not_utf8_is_one_clear_line(seed_store_path, tmp_path):
    binary = tmp_path / "q.rq"
    binary.write_bytes(b"\xff\xfe\x00S\x00E\x00L")
    one_line_error(run(["query", "-f", str(binary)], seed_store_path))
    with_bom = tmp_path / "bom.rq"
    with_bom.write_bytes("\ufeffASK { country:VNM a dkg:Country }".encode("utf-8"))
    assert run(["query", "-f", str(with_bom)], seed_store_path).stdout.strip() == "true"
