"""Officials' countries settled across articles: the majority's country replaces a
minority article's reading; ties are left for `kg validate` to report."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.build import Builder
from kg.consistency import TWO_COUNTRIES, find_conflicts
from kg.ids import country_iri, official_iri, source_iri
from kg.model import Article, Doc, Event, Official, PartialDate
from kg.rdf import doc_to_nquads
from kg.reconcile import RECONCILED, extraction_digest, majority, reconcile_countries, stated_readings
from kg.store import OxigraphStore, select_rows


def _doc(article_id: str, officials=(), events=()) -> Doc:
    return Doc(article=Article(id=article_id, text="."), officials=list(officials), events=list(events))


def _store_of(tmp_path, *docs: Doc) -> OxigraphStore:
    store = OxigraphStore(tmp_path / "store")
    for doc in docs:
        store.replace_graph(source_iri(doc.article.id), doc_to_nquads(doc), content_hash=f"hash-{doc.article.id}")
    return store


def _countries_in(store, article_id: str, name: str) -> set[str]:
    _, rows = select_rows(store, f"SELECT ?c WHERE {{ GRAPH <{source_iri(article_id)}> "
                                 f"{{ <{official_iri(name)}> dkg:represents ?c }} }}")
    return {r["c"].value for r in rows}


def _talks(article_id: str, countries: list[str]) -> Doc:
    return _doc(article_id, [Official("Trần Minh Khoa", countries[0], positions=["Bộ trưởng Bộ Quốc phòng"])],
                [Event("Talks", "Hội đàm", start=PartialDate(2025, 5, 12), countries=countries,
                       participants=["Trần Minh Khoa"])])


def test_the_minority_article_takes_the_country_most_articles_give(tmp_path):
    a, b = _talks("a", ["VNM", "SRB"]), _talks("b", ["VNM", "JPN"])
    misread = _talks("c", ["SRB", "VNM"])  # the host given the guest delegation's country
    with _store_of(tmp_path, a, b, misread) as store:
        changes = reconcile_countries(store)
        assert [(c.label, c.replaced, c.country, c.votes) for c in changes] == [
            ("Trần Minh Khoa", "SRB", "VNM", (2, 1))]
        assert changes[0].article == source_iri("c")
        assert _countries_in(store, "c", "Trần Minh Khoa") == {country_iri("VNM")}
        assert store.content_hash(source_iri("c")).startswith("hash-c" + RECONCILED)  # views see it changed
        assert stated_readings(store.content_hash(source_iri("c"))) == {official_iri("Trần Minh Khoa"): "SRB"}
        assert extraction_digest(store.content_hash(source_iri("c"))) == "hash-c"  # builds see it current
        assert find_conflicts(store) == []
        assert reconcile_countries(store) == []  # settled: nothing more to do


def test_the_rest_of_the_minority_article_is_kept(tmp_path):
    misread = _talks("c", ["SRB", "VNM"])
    with _store_of(tmp_path, _talks("a", ["VNM", "SRB"]), _talks("b", ["VNM", "SRB"]), misread) as store:
        before = {q for q in store.quads() if q.graph is not None and q.graph.value == source_iri("c")}
        reconcile_countries(store)
        after = {q for q in store.quads() if q.graph is not None and q.graph.value == source_iri("c")}
    gone = {q for q in before - after if not q.predicate.value.endswith("contentHash")}
    added = {q for q in after - before if not q.predicate.value.endswith("contentHash")}
    assert [(q.predicate.value.rsplit("#", 1)[-1], q.object.value) for q in gone] == [
        ("represents", country_iri("SRB"))]
    assert {(q.predicate.value.rsplit("#", 1)[-1], q.object.value) for q in added} == {
        ("represents", country_iri("VNM"))}


def test_a_country_the_minority_article_never_named_is_described_there(tmp_path):
    a = _doc("a", [Official("Trần Minh Khoa", "VNM")])
    b = _doc("b", [Official("Trần Minh Khoa", "VNM")])
    c = _doc("c", [Official("Trần Minh Khoa", "LAO")])
    with _store_of(tmp_path, a, b, c) as store:
        reconcile_countries(store)
        _, rows = select_rows(store, f"""SELECT ?code ?from WHERE {{ GRAPH <{source_iri('c')}> {{
            <{country_iri('VNM')}> dkg:isoCode ?code ; prov:wasDerivedFrom ?from }} }}""")
    assert [(r["code"].value, r["from"].value) for r in rows] == [("VNM", source_iri("c"))]


def test_a_tie_is_left_as_a_conflict(tmp_path):
    with _store_of(tmp_path, _talks("a", ["VNM", "SRB"]), _talks("b", ["SRB", "VNM"])) as store:
        assert reconcile_countries(store) == []
        assert [c.kind for c in find_conflicts(store)] == [TWO_COUNTRIES]
        assert _countries_in(store, "b", "Trần Minh Khoa") == {country_iri("SRB")}


def test_majority_needs_strictly_more_articles():
    assert majority({"x": {"a", "b"}, "y": {"c"}}) == "x"
    assert majority({"x": {"a"}, "y": {"c"}}) is None
    assert majority({"x": {"a", "b"}, "y": {"c", "d"}, "z": {"e"}}) is None
    assert majority({"x": {"a"}}) == "x"


ARTICLE = ("Hà Nội, ngày 12/5/2025 - Sáng 12/5, tại Hà Nội, Đại tướng Trần Minh Khoa, Bộ trưởng Bộ Quốc phòng "
           "Việt Nam, hội đàm với Thượng tướng Ivan Zorin, Bộ trưởng Quốc phòng Serbia.")


def test_a_build_reconciles_with_what_the_store_held(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "two.txt").write_text(ARTICLE.replace("12/5", "14/5").replace("Ivan Zorin", "Milan Petrov"),
                                    encoding="utf-8")
    with _store_of(tmp_path, _doc("old", [Official("Trần Minh Khoa", "SRB")])) as store:
        report = Builder(store).build([folder])
        assert [(c.label, c.replaced, c.country) for c in report.reconciled] == [("Trần Minh Khoa", "SRB", "VNM")]
        assert _countries_in(store, "old", "Trần Minh Khoa") == {country_iri("VNM")}
        again = Builder(store).build([folder])
        assert again.reconciled == [] and len(again.unchanged) == 2


def test_kg_build_says_what_it_reconciled(tmp_path):
    from click.testing import CliRunner

    from kg.cli import cli

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "two.txt").write_text(ARTICLE.replace("12/5", "14/5"), encoding="utf-8")
    _store_of(tmp_path, _doc("old", [Official("Trần Minh Khoa", "SRB")])).close()
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "store"), "build", "--no-exports", str(folder)])
    assert result.exit_code == 0, result.output
    assert "Reconciled 1 official's country reading(s)" in result.output
    assert "Trần Minh Khoa: SRB -> VNM in old (2 article(s) say VNM, 1 say SRB)" in result.output
    assert "Consistency: no conflicts." in result.output


def test_scoring_from_the_export_sees_the_reconciled_graph():
    from kg.evaluate import exported_docs

    docs = [_talks("a", ["VNM", "SRB"]), _talks("b", ["VNM", "SRB"]), _talks("c", ["SRB", "VNM"])]
    exported = exported_docs(docs)
    assert {o.country for o in exported["c"].officials} == {"VNM"}
    assert sorted(exported["c"].events[0].countries) == ["SRB", "VNM"]  # only the official's country changes


def test_an_article_that_gives_no_country_takes_the_one_the_others_agree_on(tmp_path):
    a = _doc("a", [Official("Chanthavong Sisouk", "LAO")])
    b = _doc("b", [Official("Chanthavong Sisouk", None, positions=["Bộ trưởng Bộ Quốc phòng"])])
    with _store_of(tmp_path, a, b) as store:
        changes = reconcile_countries(store)
        assert [(c.replaced, c.country, c.votes, c.article_id) for c in changes] == [("", "LAO", (1, 1), "b")]
        assert "no country -> LAO in b" in changes[0].message()
        assert _countries_in(store, "b", "Chanthavong Sisouk") == {country_iri("LAO")}
        assert reconcile_countries(store) == []


def test_no_country_is_filled_where_the_others_disagree_or_say_nothing(tmp_path):
    alone = _doc("a", [Official("Chanthavong Sisouk", None, positions=["Bộ trưởng"])])
    tie = [_doc("b", [Official("Sok Dara", "KHM")]), _doc("c", [Official("Sok Dara", "LAO")]),
           _doc("d", [Official("Sok Dara", None, positions=["Thứ trưởng"])])]
    with _store_of(tmp_path, alone, *tie) as store:
        assert reconcile_countries(store) == []
        assert _countries_in(store, "a", "Chanthavong Sisouk") == set()
        assert _countries_in(store, "d", "Sok Dara") == set()


def _graphs(store) -> set:
    return {(q.subject.value, q.predicate.value, q.object.value, q.graph.value)
            for q in store.quads() if q.graph is not None}


def test_a_build_in_steps_settles_as_one_build_of_all_the_articles(tmp_path):
    first = [_talks("a", ["VNM", "SRB"]), _talks("b", ["VNM", "SRB"]), _talks("c", ["SRB", "VNM"])]
    later = [_talks("d", ["SRB", "VNM"]), _talks("e", ["SRB", "VNM"])]
    with _store_of(tmp_path / "steps", *first) as steps, _store_of(tmp_path / "whole", *first, *later) as whole:
        assert [c.article_id for c in reconcile_countries(steps)] == ["c"]
        for doc in later:
            steps.replace_graph(source_iri(doc.article.id), doc_to_nquads(doc), content_hash=f"hash-{doc.article.id}")
        turned = reconcile_countries(steps)
        # c said SRB all along: it is given back what it said, and a and b now take SRB
        assert [(c.article_id, c.replaced, c.country, c.votes) for c in turned] == [
            ("a", "VNM", "SRB", (3, 2)), ("b", "VNM", "SRB", (3, 2)), ("c", "VNM", "SRB", (3, 2))]
        assert steps.content_hash(source_iri("c")) == "hash-c"
        reconcile_countries(whole)
        assert _graphs(steps) == _graphs(whole)


def test_a_country_filled_in_is_taken_back_when_the_others_no_longer_agree(tmp_path):
    a = _doc("a", [Official("Chanthavong Sisouk", "LAO")])
    b = _doc("b", [Official("Chanthavong Sisouk", None, positions=["Bộ trưởng Bộ Quốc phòng"])])
    c = _doc("c", [Official("Chanthavong Sisouk", "KHM")])
    with _store_of(tmp_path, a, b) as store:
        reconcile_countries(store)
        assert _countries_in(store, "b", "Chanthavong Sisouk") == {country_iri("LAO")}
        store.replace_graph(source_iri("c"), doc_to_nquads(c), content_hash="hash-c")
        changes = reconcile_countries(store)
        assert [(ch.article_id, ch.replaced, ch.country) for ch in changes] == [("b", "LAO", "")]
        assert "LAO -> no country in b" in changes[0].message()
        assert _countries_in(store, "b", "Chanthavong Sisouk") == set()
        assert store.content_hash(source_iri("b")) == "hash-b"


def test_a_mark_from_before_readings_were_kept_still_reads_as_current(tmp_path):
    assert extraction_digest("abc+reconciled") == "abc"
    assert stated_readings("abc+reconciled") == {} and stated_readings("abc") == {}
    assert stated_readings('abc+reconciled{"o":"VNM"}') == {"o": "VNM"}
    assert extraction_digest('abc+reconciled{"o":"VNM"}') == "abc"


CODES = st.sampled_from(["VNM", "LAO", "KHM", None])
READINGS = st.lists(st.tuples(CODES, CODES), min_size=2, max_size=7)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(readings=READINGS, cut=st.integers(min_value=1, max_value=6))
def test_any_build_in_two_steps_ends_as_one_build(tmp_path_factory, readings, cut):
    """Whatever two officials' readings and wherever the archive is cut, reconciling after each
    step leaves every graph as reconciling once after all of it."""
    docs = [_doc(f"a{i}", [Official("Trần Minh Khoa", x, positions=["Thứ trưởng"]),
                            Official("Sok Dara", y, positions=["Thứ trưởng"])])
            for i, (x, y) in enumerate(readings)]
    cut = min(cut, len(docs) - 1)
    root = tmp_path_factory.mktemp("steps")
    with _store_of(root / "steps", *docs[:cut]) as steps, _store_of(root / "whole", *docs) as whole:
        reconcile_countries(steps)
        for doc in docs[cut:]:
            steps.replace_graph(source_iri(doc.article.id), doc_to_nquads(doc), content_hash=f"hash-{doc.article.id}")
        reconcile_countries(steps)
        reconcile_countries(whole)
        assert _graphs(steps) == _graphs(whole)
