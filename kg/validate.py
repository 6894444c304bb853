"""SHACL validation of the whole graph against `ontology/shapes.ttl`.

The store's union graph is copied into rdflib (through N-Triples written by
pyoxigraph, the fastest route) together with the ontology, so that
`sh:targetClass` and `sh:class` see the subclass tree, and pySHACL checks it.
The results come back as plain dataclasses, sorted so that two runs over the
same graph print the same report.

Graph-level conflicts that SHACL Core cannot state cheaply (a position naming
another official, one happening stored as two events) come from
`kg.consistency` and are added as violations; the other two conflicts it
finds are SHACL Core constraints of `ontology/shapes.ttl` (`dkg:represents`
at most once, `dkg:participant` at least once).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

import rdflib
from rdflib.namespace import RDF, SH

from kg.consistency import (
    DUPLICATE_EVENT,
    NO_PARTICIPANT,
    POSITION_NAMES_OFFICIAL,
    TWO_COUNTRIES,
    Conflict,
    find_conflicts,
)
from kg.pipeline import KGError
from kg.resources import ontology_file, shapes_file
from kg.store import GraphStore, OxigraphStore, Quad, import_quads
from kg.vocab import PREFIXES

VIOLATION = "Violation"
WARNING = "Warning"
INFO = "Info"
_SEVERITY_ORDER = {VIOLATION: 0, WARNING: 1, INFO: 2}
_COUNT_COMPONENTS = {"MinCountConstraintComponent", "MaxCountConstraintComponent"}


class ValidationError(KGError):
    """The shapes or the ontology could not be read."""


@dataclass(frozen=True)
class Violation:
    """One SHACL result, with IRIs as strings so it prints and compares simply."""

    focus_node: str
    path: Optional[str]
    value: Optional[str]
    message: str
    severity: str = VIOLATION  # "Violation", "Warning" or "Info"
    shape: Optional[str] = None  # IRI of the node shape that failed
    focus_class: Optional[str] = None  # local name of the target class, e.g. "Official"
    component: Optional[str] = None  # e.g. "MaxCountConstraintComponent"
    found: Optional[int] = None  # number of values on the path, for count constraints

    def sort_key(self) -> tuple:
        return (_SEVERITY_ORDER.get(self.severity, 9), self.focus_class or "", self.focus_node,
                self.path or "", self.message, self.value or "")


@dataclass
class ValidationReport:
    conforms: bool  # no result of severity Violation (warnings allowed)
    violations: list[Violation] = field(default_factory=list)

    @property
    def errors(self) -> list[Violation]:
        return [v for v in self.violations if v.severity == VIOLATION]

    @property
    def warnings(self) -> list[Violation]:
        return [v for v in self.violations if v.severity == WARNING]

    @property
    def notes(self) -> list[Violation]:
        """Results of severity Info."""
        return [v for v in self.violations if v.severity == INFO]

    def fails(self, strict: bool = False) -> bool:
        """Violations fail; warnings fail only when `strict`; notes never do."""
        return bool(self.errors) or (strict and bool(self.warnings))

    def summary(self, strict: bool = False) -> str:
        """'2 violation(s), 3 warning(s)': each severity counted on its own, the ones that fail first."""
        counts = [(len(self.errors), "violation(s)"), (len(self.warnings), "warning(s)"), (len(self.notes), "note(s)")]
        if strict and not self.errors:
            counts = counts[1:]
        parts = [f"{n} {what}" for n, what in counts if n]
        return ", ".join(parts) if parts else "no results"


def compact(iri: Optional[str]) -> Optional[str]:
    """dkg:represents rather than the full IRI, for messages."""
    if iri is None:
        return None
    for prefix, ns in PREFIXES.items():
        if prefix != "id" and iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def format_violation(v: Violation) -> str:
    """One readable line: 'Official <…/official/x>: dkg:represents: must represent exactly one Country (found 2)'."""
    head = f"{v.focus_class} <{v.focus_node}>" if v.focus_class else f"<{v.focus_node}>"
    parts = [head]
    if v.path:
        parts.append(compact(v.path) or v.path)
    message = v.message
    if v.found is not None:
        message += f" (found {v.found})"
    elif v.value is not None:
        shown = compact(v.value) if v.value.startswith("http") else repr(v.value)
        message += f" (value {shown})"
    parts.append(message)
    line = ": ".join(parts)
    return line if v.severity == VIOLATION else f"{v.severity.lower()}: {line}"


@lru_cache(maxsize=1)
def _ontology_graph() -> rdflib.Graph:
    return _parse(ontology_file())


@lru_cache(maxsize=1)
def _shapes_graph() -> rdflib.Graph:
    return _parse(shapes_file())


def _parse(path: Path) -> rdflib.Graph:
    try:
        return rdflib.Graph().parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as exc:
        raise ValidationError(f"cannot read {path}: {exc}") from exc


def store_to_graph(store: GraphStore) -> rdflib.Graph:
    """The store's default graph (the union of its articles, each triple once) as an rdflib Graph."""
    data = io.BytesIO()
    store.query("CONSTRUCT WHERE { ?s ?p ?o }").serialize(data, "ntriples")
    return rdflib.Graph().parse(data=data.getvalue().decode("utf-8"), format="nt")


def quads_to_graph(quads: Iterable[Quad]) -> rdflib.Graph:
    """rdflib Graph of the triples of `quads`, graph names dropped."""
    lines = {f"{q.subject} {q.predicate} {q.object} .\n" for q in quads}
    return rdflib.Graph().parse(data="".join(sorted(lines)), format="nt")


def validate_store(store: GraphStore) -> ValidationReport:
    """Check every article graph of `store`, merged, against the shapes and
    the graph-level consistency checks."""
    return with_conflicts(validate_graph(store_to_graph(store)), find_conflicts(store))


def validate_quads(quads: Iterable[Quad]) -> ValidationReport:
    quads = list(quads)
    with OxigraphStore() as store:  # in memory, for the consistency queries
        import_quads(store, quads)
        conflicts = find_conflicts(store)
    return with_conflicts(validate_graph(quads_to_graph(quads)), conflicts)


# Conflicts the shapes already report (as sh:maxCount / sh:minCount results).
_STATED_IN_SHAPES = frozenset({TWO_COUNTRIES, NO_PARTICIPANT})
_CONFLICT_CLASS = {POSITION_NAMES_OFFICIAL: "Official", DUPLICATE_EVENT: "Event"}


def with_conflicts(report: ValidationReport, conflicts: Iterable[Conflict]) -> ValidationReport:
    """The report with the consistency conflicts the shapes do not state, as violations."""
    extra = [
        Violation(focus_node=c.node, path=None, value=None, message=c.message, severity=VIOLATION,
                  focus_class=_CONFLICT_CLASS.get(c.kind), component=f"consistency:{c.kind}")
        for c in conflicts if c.kind not in _STATED_IN_SHAPES
    ]
    if not extra:
        return report
    violations = sorted(set(report.violations) | set(extra), key=Violation.sort_key)
    return ValidationReport(conforms=False, violations=violations)


def validate_graph(data: rdflib.Graph) -> ValidationReport:
    """Validate an rdflib graph (modified in place: the ontology is added to it)."""
    import pyshacl  # imported late: it is slow to import and only `kg validate` needs it

    shapes = _shapes_graph()
    data += _ontology_graph()
    _conforms, results, _text = pyshacl.validate(
        data,
        shacl_graph=shapes,
        inference="none",
        allow_warnings=True,
        inplace=True,
        advanced=False,
    )
    violations = _read_results(results, data, shapes)
    has_error = any(v.severity == VIOLATION for v in violations)
    return ValidationReport(conforms=not has_error, violations=violations)


def _local(term: object) -> str:
    text = str(term)
    for sep in ("#", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[-1]
    return text


def _node_shapes(shapes: rdflib.Graph) -> tuple[dict, dict]:
    """(property shape -> node shape holding it, node shape -> target class)."""
    parent = {ps: ns for ns, ps in shapes.subject_objects(SH.property)}
    target = {ns: cls for ns, cls in shapes.subject_objects(SH.targetClass)}
    return parent, target


def _read_results(results: rdflib.Graph, data: rdflib.Graph, shapes: rdflib.Graph) -> list[Violation]:
    parent, target = _node_shapes(shapes)
    out: set[Violation] = set()
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        source = results.value(result, SH.sourceShape)
        component = results.value(result, SH.sourceConstraintComponent)
        severity = _local(results.value(result, SH.resultSeverity) or SH.Violation)
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        node_shape = parent.get(source, source)
        cls = target.get(node_shape)
        comp = _local(component) if component is not None else None
        found = None
        if comp in _COUNT_COMPONENTS and focus is not None and isinstance(path, rdflib.URIRef):
            found = len(set(data.objects(focus, path)))
        out.add(Violation(
            focus_node=str(focus),
            path=str(path) if isinstance(path, rdflib.URIRef) else None,
            value=str(value) if value is not None else None,
            message=messages[0] if messages else "does not conform",
            severity=severity,
            shape=str(node_shape) if isinstance(node_shape, rdflib.URIRef) else None,
            focus_class=_local(cls) if cls is not None else None,
            component=comp,
            found=found,
        ))
    return sorted(out, key=Violation.sort_key)
