"""kg build at scale: every core, what changed only, articles that must not overwrite each other."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build import BuildFailed, Builder
from kg.cli import cli
from kg.store import OxigraphStore

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from corpus import generate  # noqa: E402


def run(args, store):
    return CliRunner().invoke(cli, ["--store", str(store), *args], catch_exceptions=False)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("corpus")
    generate(path, 120, 3)
    return path


def nquads(store: OxigraphStore) -> bytes:
    out = io.BytesIO()
    store.dump(out, "nquads")
    return out.getvalue()


def test_every_core_gives_the_same_statements_byte_for_byte(tmp_path, corpus, seeds_copy):
    """--jobs 2 runs a pool (120 articles fill its first window) and writes what one job writes."""
    dumps = []
    for jobs in (1, 2):
        with OxigraphStore(tmp_path / f"j{jobs}") as store:
            report = Builder(store, jobs=jobs).build([corpus, seeds_copy])
            assert len(report.added) == 125 and not report.skipped
            dumps.append(nquads(store))
    assert dumps[0] == dumps[1]


def test_same_name_in_two_folders_is_refused_with_both_paths(tmp_path, seeds_copy):
    site_a, site_b = tmp_path / "siteA", tmp_path / "siteB"
    for site, extra in ((site_a, ""), (site_b, "\nMột đoạn khác hẳn.")):
        site.mkdir()
        source = sorted(seeds_copy.glob("*.txt"))[0]
        (site / "article.txt").write_text(source.read_text(encoding="utf-8") + extra, encoding="utf-8")
    store = tmp_path / "store"
    assert run(["build", str(site_a), "--no-exports"], store).exit_code == 0
    result = run(["build", str(site_b), "--no-exports"], store)
    assert "0 new, 0 updated" in result.output
    assert str(site_a / "article.txt") in result.output and str(site_b / "article.txt") in result.output
    assert run(["build", str(site_b), "--no-exports", "--strict"], store).exit_code == 1
    # the first article is still there, unchanged
    shown = run(["query", "--name", "articles", "--format", "csv"], store).output
    assert shown.count("article.txt") == 1
    # a file that moved (its old path is gone) is the same article
    shutil.rmtree(site_a)
    result = run(["build", str(site_b), "--no-exports"], store)
    assert "1 updated" in result.output, result.output


def test_a_copied_folder_is_the_same_articles_not_a_clash(tmp_path, seeds_copy):
    """The same text under the same id from a copy of the folder (the original still there) is unchanged."""
    copy = tmp_path / "copy"
    shutil.copytree(seeds_copy, copy)
    store = tmp_path / "store"
    assert run(["build", str(seeds_copy), "--no-exports"], store).exit_code == 0
    result = run(["build", str(copy), "--no-exports", "--strict"], store)
    assert result.exit_code == 0, result.output
    assert "0 new, 0 updated, 5 unchanged; 0 skipped" in result.output


def test_many_skipped_files_are_summed_up_and_verbose_lists_them(tmp_path, seeds_copy):
    """25 clashing files: 20 lines, then a count by reason; --verbose shows all 25."""
    site_a, site_b = tmp_path / "siteA", tmp_path / "siteB"
    text = sorted(seeds_copy.glob("*.txt"))[0].read_text(encoding="utf-8")
    for site, extra in ((site_a, ""), (site_b, "\nMột đoạn khác hẳn.")):
        site.mkdir()
        for i in range(25):
            (site / f"tin-{i:02d}.txt").write_text(text + extra + f"\nSố {i}.", encoding="utf-8")
    store = tmp_path / "store"
    assert run(["build", str(site_a), "--no-exports"], store).exit_code == 0
    short = run(["build", str(site_b), "--no-exports"], store).output
    assert short.count("  skipped ") == 20
    assert "… and 5 more (kg build --verbose lists them all): 5 article id … is already in the store" in short
    full = run(["build", str(site_b), "--no-exports", "--verbose"], store).output
    assert full.count("  skipped ") == 25 and "more (kg build --verbose" not in full


def test_exports_rewritten_only_when_the_graph_changed(tmp_path, seeds_copy):
    store, exports = tmp_path / "store", tmp_path / "exports"
    first = run(["build", str(seeds_copy), "--exports-dir", str(exports)], store)
    assert first.exit_code == 0, first.output
    files = {p.name: p.stat().st_mtime_ns for p in exports.glob("defence-kg.*")}
    assert set(files) == {"defence-kg.ttl", "defence-kg.trig", "defence-kg.html"}
    again = run(["build", str(seeds_copy), "--exports-dir", str(exports)], store)
    assert "Unchanged graph: kept" in again.output
    assert {p.name: p.stat().st_mtime_ns for p in exports.glob("defence-kg.*")} == files
    article = sorted(seeds_copy.glob("*.txt"))[0]
    article.write_text(article.read_text(encoding="utf-8") + "\nThêm một câu.", encoding="utf-8")
    changed = run(["build", str(seeds_copy), "--exports-dir", str(exports)], store)
    assert "1 updated" in changed.output
    assert all(p.stat().st_mtime_ns != files[p.name] for p in exports.glob("defence-kg.*"))


def test_exports_asked_for_or_already_there(tmp_path, seeds_copy):
    store, exports = tmp_path / "store", tmp_path / "exports"
    assert run(["build", str(seeds_copy), "--exports", "trig", "--exports-dir", str(exports)], store).exit_code == 0
    assert [p.name for p in exports.glob("defence-kg.*")] == ["defence-kg.trig"]
    article = sorted(seeds_copy.glob("*.txt"))[1]
    article.write_text(article.read_text(encoding="utf-8") + "\nThêm.", encoding="utf-8")
    assert run(["build", str(seeds_copy), "--exports-dir", str(exports)], store).exit_code == 0
    assert [p.name for p in exports.glob("defence-kg.*")] == ["defence-kg.trig"]  # kept, nothing added
    result = run(["build", str(seeds_copy), "--exports", str(exports)], store)
    assert result.exit_code == 1 and "--exports-dir" in result.output


def test_exports_written_together_are_swapped_in_together(tmp_path, seeds_copy):
    """Turtle and TriG are written in one pass: when one cannot be written, neither file is
    replaced and no part file is left behind."""
    from kg.exports import ExportError, write_exports

    exports = tmp_path / "exports"
    with OxigraphStore(tmp_path / "store") as store:
        Builder(store).build([seeds_copy])
        write_exports(store, ["turtle", "trig"], exports)
        before = {p.name: p.read_bytes() for p in exports.glob("defence-kg.*")}
        article = sorted(seeds_copy.glob("*.txt"))[0]
        article.write_text(article.read_text(encoding="utf-8") + "\nThêm một câu.", encoding="utf-8")
        Builder(store).build([seeds_copy])
        (exports / "defence-kg.trig.part").mkdir()  # the TriG cannot be written aside
        with pytest.raises(ExportError, match="defence-kg.trig"):
            write_exports(store, ["turtle", "trig"], exports)
        (exports / "defence-kg.trig.part").rmdir()
        assert {p.name: p.read_bytes() for p in exports.glob("defence-kg.*")} == before
        assert not list(exports.glob("*.part"))
        assert len(write_exports(store, ["turtle", "trig"], exports).written) == 2


def test_a_failed_store_write_stops_the_build_and_says_what_was_written(tmp_path, corpus, monkeypatch):
    """Nothing half-written: the failed batch leaves its articles as they were."""
    import kg.store.embedded as embedded

    monkeypatch.setattr(embedded, "BATCH_QUADS", 2000)  # commits every ~30 articles
    monkeypatch.setattr(embedded.OxigraphStore, "_load_fresh", _fail_second(embedded.OxigraphStore._load_fresh))
    with OxigraphStore(tmp_path / "s") as store:
        with pytest.raises(BuildFailed) as caught:
            Builder(store).build([corpus])
        report = caught.value.report
        assert report.added and report.not_written
        stored = set(store.graphs())
        from kg.ids import source_iri

        assert all(source_iri(a) in stored for a in report.added)
        assert not any(source_iri(a) in stored for a in report.not_written)
        assert "not written" in str(caught.value)


def _fail_second(real):
    calls = {"n": 0}

    def load_fresh(self, fresh):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError("No space left on device")
        return real(self, fresh)

    return load_fresh


def test_ctrl_c_during_a_build_saves_what_was_read_and_says_so(tmp_path, corpus, monkeypatch):
    import kg.build as build_module

    real = build_module.extract_article
    seen = {"n": 0}

    def interrupted_after_50(article, pipeline=None):
        seen["n"] += 1
        if seen["n"] > 50:
            raise KeyboardInterrupt
        return real(article, pipeline)

    monkeypatch.setattr(build_module, "extract_article", interrupted_after_50)
    store = tmp_path / "store"
    result = CliRunner().invoke(cli, ["--store", str(store), "build", str(corpus), "--no-exports", "--jobs", "1"])
    assert result.exit_code == 130
    assert "Interrupted: 50 article(s) read before Ctrl-C are saved" in result.output
    with OxigraphStore(store, read_only=True) as saved:
        assert len(saved.graphs()) == 50


def test_reading_warnings_reach_the_build_summary(tmp_path, seeds_copy):
    article = sorted(seeds_copy.glob("*.txt"))[0]
    article.write_bytes(article.read_bytes().replace(b". ", b".\x00 ", 1))
    result = run(["build", str(seeds_copy), "--no-exports"], tmp_path / "store")
    assert result.exit_code == 0 and "5 new" in result.output
    assert f"warning {article}" in result.output
