"""Export formats chosen by name from one registry.

RDF formats are written by pyoxigraph's serializers. Dataset formats (TriG,
N-Quads, JSON-LD) keep one named graph per article; graph formats (Turtle,
N-Triples, RDF/XML) hold the union of all articles, each triple once. The
network formats (GraphML, GEXF) write the networkx projection of
`kg.projection`.
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator, Optional, cast

from kg.pipeline import KGError
from kg.store import GraphStore
from kg.vocab import PREFIXES, turtle_prefixes

UNION_QUERY = "CONSTRUCT WHERE { ?s ?p ?o }"  # the default graph: each statement of every article once


class ExportError(KGError):
    pass


@dataclass(frozen=True)
class ExportFormat:
    name: str
    extension: str
    media_type: str
    description: str
    writer: Callable[[GraphStore, BinaryIO], None]
    keeps_graphs: bool = False  # one named graph per article, beside the default graph
    store_dump: bool = False  # written by the store's own `dump` (several such files in one pass)


def _rdf_writer(name: str) -> Callable[[GraphStore, BinaryIO], None]:
    def write(store: GraphStore, out: BinaryIO) -> None:
        store.dump(out, name, prefixes=turtle_prefixes())

    return write


# ------------------------------------------------------------------- JSON-LD with a context
# The store writes expanded JSON-LD (every IRI whole, no @context). The export wraps it as
# {"@context": {prefix: namespace}, "@graph": [...]} and writes each IRI that is a property, an
# "@id" or an "@type" as a compact IRI (dkg:Official, official:phan-van-giang). Only string tokens
# in those places are touched: a quote inside a literal is always escaped, so no literal can match.
JSONLD_CHUNK = 1 << 22
_MAX_IRI = 2048  # longer IRIs are left whole (compacting is optional), which bounds a match


def jsonld_context() -> dict[str, str]:
    """The project's prefixes: every namespace ends with '#' or '/', so each is a JSON-LD prefix."""
    return dict(PREFIXES)


def _compact_iri_pattern(prefixes: dict[str, str]) -> "re.Pattern[bytes]":
    namespaces = b"|".join(re.escape(ns.encode("ascii")) for ns in sorted(prefixes.values(), key=len, reverse=True))

    def iri(tag: bytes) -> bytes:
        return (rb'"(?P<ns' + tag + rb'>' + namespaces + rb')(?P<local' + tag + rb'>(?!//)[^"\\\s]{1,%d})"'
                % _MAX_IRI)

    return re.compile(rb'(?P<key>[{,]\s*)' + iri(b"1") + rb'(?P<colon>\s*:)|(?P<at>"@(?:id|type)"\s*:\s*)' + iri(b"2"))


def compact_jsonld(src: BinaryIO, out: BinaryIO, prefixes: dict[str, str]) -> None:
    """Copy expanded JSON-LD from `src` to `out` with IRIs as compact IRIs, a chunk at a time."""
    pattern = _compact_iri_pattern(prefixes)
    names = {ns.encode("ascii"): p.encode("ascii") for p, ns in prefixes.items()}

    def replace(m: "re.Match[bytes]") -> bytes:
        if m.group("key") is not None:
            return m.group("key") + b'"' + names[m.group("ns1")] + b":" + m.group("local1") + b'"' + m.group("colon")
        return m.group("at") + b'"' + names[m.group("ns2")] + b":" + m.group("local2") + b'"'

    carry = b""
    while True:
        chunk = src.read(JSONLD_CHUNK)
        text = carry + chunk
        safe = len(text) if not chunk else max(0, len(text) - (_MAX_IRI + 256))  # no match starts past it
        pos = 0
        for m in pattern.finditer(text):
            if m.start() >= safe:
                break
            out.write(text[pos:m.start()] + replace(m))
            pos = m.end()
        out.write(text[pos:max(pos, safe)])
        carry = text[max(pos, safe):]
        if not chunk:
            return


def write_jsonld(store: GraphStore, out: BinaryIO) -> None:
    """JSON-LD with the project's prefixes as its @context: every article graph and their union."""
    context = jsonld_context()
    with tempfile.SpooledTemporaryFile(max_size=64 * 1024 * 1024) as spooled:
        # typeshed declares SpooledTemporaryFile an IO[bytes] but not a BinaryIO, which adds nothing to it
        expanded = cast(BinaryIO, spooled)
        store.dump(expanded, "jsonld")
        expanded.seek(0)
        out.write(b'{"@context":' + json.dumps(context).encode("ascii") + b',\n"@graph":')
        compact_jsonld(expanded, out, context)
        out.write(b"}\n")


def _network_writer(kind: str) -> Callable[[GraphStore, BinaryIO], None]:
    def write(store: GraphStore, out: BinaryIO) -> None:
        from kg.projection import write_graph

        write_graph(store, kind, out)

    return write


FORMATS: dict[str, ExportFormat] = {}


def register(fmt: ExportFormat) -> None:
    FORMATS[fmt.name] = fmt


for _name, _ext, _media, _desc in (
    ("turtle", "ttl", "text/turtle", "Turtle, the union of all articles"),
    ("ntriples", "nt", "application/n-triples", "N-Triples, the union of all articles"),
    ("rdfxml", "rdf", "application/rdf+xml", "RDF/XML, the union of all articles"),
):
    register(ExportFormat(_name, _ext, _media, _desc, _rdf_writer(_name), store_dump=True))
for _name, _ext, _media, _desc in (
    ("trig", "trig", "application/trig", "TriG: one named graph per article, and their union as the default graph"),
    ("nquads", "nq", "application/n-quads", "N-Quads: one named graph per article, and their union"),
):
    register(ExportFormat(_name, _ext, _media, _desc, _rdf_writer(_name), keeps_graphs=True, store_dump=True))
register(ExportFormat("jsonld", "jsonld", "application/ld+json",
                      "JSON-LD with the project's prefixes as @context: one named graph per article, and their union",
                      write_jsonld, keeps_graphs=True))
register(ExportFormat("graphml", "graphml", "application/graphml+xml",
                      "GraphML of the network projection (Gephi, Cytoscape)", _network_writer("graphml")))
register(ExportFormat("gexf", "gexf", "application/gexf+xml",
                      "GEXF of the network projection (Gephi)", _network_writer("gexf")))

ALIASES = {"ttl": "turtle", "nt": "ntriples", "nq": "nquads", "json-ld": "jsonld", "xml": "rdfxml", "rdf": "rdfxml"}


def get_format(name: str) -> ExportFormat:
    key = ALIASES.get(name.lower(), name.lower())
    try:
        return FORMATS[key]
    except KeyError:
        raise ExportError(f"unknown export format {name!r}; choose from {', '.join(FORMATS)}") from None


def export(store: GraphStore, fmt: str, out: BinaryIO) -> None:
    get_format(fmt).writer(store, out)


def export_to_file(store: GraphStore, fmt: str, path: Path) -> Path:
    """Write atomically: a half-written export never replaces a good one."""
    with atomic_files([path]) as files:
        export(store, fmt, files[path])
    return path


@contextmanager
def atomic_files(paths: Iterable[Path]) -> Iterator[dict[Path, BinaryIO]]:
    """Files written aside (`name.part`) and moved into place only once every one of them is
    written: a failure while writing leaves every old file as it was."""
    parts = {path: path.with_name(path.name + ".part") for path in paths}
    opened: list[Path] = []  # only these are ours to remove
    try:
        with ExitStack() as stack:
            files: dict[Path, BinaryIO] = {}
            for path, tmp in parts.items():
                path.parent.mkdir(parents=True, exist_ok=True)
                files[path] = stack.enter_context(open(tmp, "wb"))
                opened.append(tmp)
            yield files
        for path, tmp in parts.items():
            tmp.replace(path)
    except OSError as exc:
        raise ExportError(f"cannot write {', '.join(map(str, parts))}: {exc}") from exc
    finally:
        for tmp in opened:
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass  # a part file we cannot remove is harmless: the next export overwrites it


def export_files(store: GraphStore, names: list[str], directory: Path) -> list[Path]:
    """Write several exports into `directory`; those the store writes itself (Turtle, TriG, ...)
    in one pass, which for a large store reads every article's statements once, not once a file."""
    direct = {export_path(directory, n): n for n in names if get_format(n).store_dump}
    if direct:
        with atomic_files(direct) as files:
            store.dump_many({direct[p]: out for p, out in files.items()}, prefixes=turtle_prefixes())
    rest = [export_to_file(store, n, export_path(directory, n)) for n in names if not get_format(n).store_dump]
    return list(direct) + rest


# ------------------------------------------------------------- after a build
EXPORT_BASENAME = "defence-kg"
STAMP_NAME = ".defence-kg-exports.json"
BUILD_DEFAULT_EXPORTS = ("turtle", "trig", "html")  # what a first `kg build` writes


def graph_state(store: GraphStore) -> str:
    """A digest of every article graph's content hash: it changes exactly when the graph does."""
    digest = hashlib.sha256()
    for graph, content in sorted(store.content_hashes().items()):
        digest.update(f"{graph}\t{content}\n".encode("utf-8"))
    return digest.hexdigest()


def export_path(directory: Path, name: str) -> Path:
    extension = "html" if name == "html" else get_format(name).extension
    return directory / f"{EXPORT_BASENAME}.{extension}"


def parse_export_names(value: str) -> list[str]:
    """`turtle,trig,html` (or ttl, nq, ...) as registry names; `html` is the interactive view."""
    if "/" in value or "\\" in value or Path(value).is_dir():
        raise ExportError(f"--exports lists formats (e.g. turtle,trig,html), not a folder: "
                          f"give the folder with --exports-dir {value}")
    names = []
    for item in value.split(","):
        item = item.strip().lower()
        if not item:
            continue
        name = "html" if item in ("html", "htm", "view") else get_format(item).name
        if name not in names:
            names.append(name)
    return names


def existing_exports(directory: Path) -> list[str]:
    """The export files already in `directory`, by format name: a rebuild keeps them current."""
    names = ["html"] + list(FORMATS)
    return [n for n in names if export_path(directory, n).exists()]


@dataclass
class ExportsReport:
    written: list[Path]
    current: list[Path]  # left alone: the graph has not changed since they were written


def write_exports(store: GraphStore, names: Iterable[str], directory: Path,
                  write_view: Optional[Callable[[GraphStore, Path], object]] = None) -> ExportsReport:
    """Write the named exports into `directory`, skipping each one already current for this graph.

    A stamp file beside them records the graph state each was written for,
    so an unchanged graph costs no rewrite, and a changed one rewrites only
    the files asked for.
    """
    state = graph_state(store)
    stamp = _read_stamp(directory)
    report = ExportsReport([], [])
    due = []
    for name in names:
        path = export_path(directory, name)
        if stamp.get(path.name) == state and path.exists():
            report.current.append(path)
        else:
            due.append(name)
    if "html" in due:
        if write_view is None:
            raise ExportError("no writer for the html view was given")
        path = export_path(directory, "html")
        write_view(store, path)
        report.written.append(path)
        stamp[path.name] = state
        _write_stamp(directory, stamp)  # kept even if an export below fails
    written = export_files(store, [n for n in due if n != "html"], directory)
    for path in written:
        stamp[path.name] = state
    if written:
        _write_stamp(directory, stamp)
    report.written += written
    return report


def _read_stamp(directory: Path) -> dict[str, str]:
    try:
        data = json.loads((directory / STAMP_NAME).read_text(encoding="utf-8"))
        return {str(k): str(v) for k, v in data.get("files", {}).items()}
    except (OSError, ValueError, AttributeError):
        return {}


def _write_stamp(directory: Path, stamp: dict[str, str]) -> None:
    path = directory / STAMP_NAME
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_text(json.dumps({"files": stamp}, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
