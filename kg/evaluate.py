"""Score the extractor against gold annotations (format: shared gold README).

Officials match on normalised name (and must agree on country); events on
type + start date, or type + countries when the gold has no date; agreements
on type + party set; partnerships on country pair + level; partners as sets.
A prediction matching an `optional` gold item is dropped (neither rewarded nor
penalised). Every forbidden country or name found among the article's facts
is an error, counted as a false positive of the field "forbidden".

Errors are also counted by kind (`ERROR_KINDS`): a miss and a false hit that
are one fact read wrongly (an event of the right type on another date, an
official with another country) pair up as one kind, the rest are "missed" or
"extra". The kinds say where a set fails without showing its text, so a blind
set can be diagnosed and stay blind.
"""

from __future__ import annotations

import io
import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Sequence

from kg.graph_facts import docs_from_store
from kg.ids import normalize_name, source_iri
from kg.model import Doc
from kg.pipeline import KGError, Pipeline
from kg.rdf import doc_to_nquads
from kg.reconcile import reconcile_countries
from kg.store import OxigraphStore, load_dataset

FIELDS = ("officials", "events", "agreements", "partnerships", "partners")


class GoldError(KGError):
    """A gold file cannot be read or names an article that is not given."""


@dataclass
class FieldScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "FieldScore") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class ArticleResult:
    document: str
    scores: dict[str, FieldScore] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)
    forbidden_hits: list[str] = field(default_factory=list)
    kinds: dict[str, Counter[str]] = field(default_factory=dict)  # field -> error kind -> count


@dataclass
class EvaluationReport:
    articles: list[ArticleResult] = field(default_factory=list)
    fields: dict[str, FieldScore] = field(default_factory=dict)
    micro: FieldScore = field(default_factory=FieldScore)

    @property
    def forbidden_hits(self) -> int:
        return sum(len(a.forbidden_hits) for a in self.articles)

    @property
    def kinds(self) -> dict[str, Counter[str]]:
        """Error kinds by field, over every article."""
        total: dict[str, Counter[str]] = {name: Counter() for name in FIELDS}
        for a in self.articles:
            for name, counts in a.kinds.items():
                total[name].update(counts)
        return total

    def to_dict(self) -> dict[str, Any]:
        def score(s: FieldScore) -> dict[str, Any]:
            return {**asdict(s), "precision": s.precision, "recall": s.recall, "f1": s.f1}

        return {
            "micro": score(self.micro),
            "fields": {k: score(v) for k, v in self.fields.items()},
            "forbidden_hits": self.forbidden_hits,
            "kinds": {k: dict(v.most_common()) for k, v in self.kinds.items()},
            "articles": [
                {
                    "document": a.document,
                    "scores": {k: score(v) for k, v in a.scores.items()},
                    "misses": a.misses,
                    "false_hits": a.false_hits,
                    "forbidden_hits": a.forbidden_hits,
                    "kinds": {k: dict(v.most_common()) for k, v in a.kinds.items() if v},
                }
                for a in self.articles
            ],
        }


# --------------------------------------------------------------------------- item keys
def _date(value: Any) -> Optional[str]:
    return str(value) if value else None


def pair_up(gold: Sequence[Any], pred: Sequence[Any], same: Callable[[Any, Any], bool]) -> dict[int, int]:
    """A largest one-to-one pairing of predictions with gold items (prediction -> gold index).

    Greedy pairing depends on the order facts come in: a dated prediction could take the
    dated gold item that another prediction alone could match, leaving that one a miss and a
    false hit. The order of a graph read back from an export is not the pipeline's, so the
    score must not depend on it (augmenting paths; a page has tens of facts at most)."""
    fits = [[i for i, g in enumerate(gold) if same(g, p)] for p in pred]
    owner: dict[int, int] = {}  # gold index -> prediction index

    def claim(j: int, seen: set[int]) -> bool:
        for i in fits[j]:
            if i not in seen:
                seen.add(i)
                if i not in owner or claim(owner[i], seen):
                    owner[i] = j
                    return True
        return False

    for j in range(len(pred)):
        claim(j, set())
    return {j: i for i, j in owner.items()}


def _match(rule: "FieldRule", gold: Sequence[Any], pred: Sequence[Any], optional: Sequence[Any],
           res: ArticleResult) -> FieldScore:
    """One-to-one matching of predictions to gold (the largest), optional items absorbed."""
    s = FieldScore()
    paired = pair_up(gold, pred, rule.same)
    wrong: list[Any] = []
    for j, p in enumerate(pred):
        if j in paired:
            s.tp += 1
        elif any(rule.optional_same(o, p) for o in optional):
            continue
        else:
            s.fp += 1
            wrong.append(p)
            res.false_hits.append(f"{rule.item}: {rule.show(p)}")
    free = sorted(set(range(len(gold))) - set(paired.values()))
    for i in free:
        s.fn += 1
        res.misses.append(f"{rule.item}: {rule.show(gold[i])}")
    res.kinds[rule.field] = error_kinds(rule.item, [gold[i] for i in free], wrong)
    return s


# Kinds of error by item name: (kind, test that a missed gold item and a false hit are one fact misread).
ERROR_KINDS: dict[str, tuple[tuple[str, Callable[[Any, Any], bool]], ...]] = {
    "official": (("country differs", lambda g, p: normalize_name(g["name"]) == normalize_name(p.name)),),
    "event": (("date differs", lambda g, p: g.get("type") == p.type),
              ("type differs", lambda g, p: bool(g.get("start")) and p.start is not None
               and _date(g["start"]) == p.start.iso())),
    "agreement": (("type differs", lambda g, p: set(g.get("parties") or []) == set(p.parties)),
                  ("parties differ", lambda g, p: g.get("type") == p.type)),
    "partnership": (("level differs", lambda g, p: set(g["countries"]) == set(p.countries)),),
    "partner": (),
}


def error_kinds(name: str, missed: Sequence[Any], extra: Sequence[Any]) -> Counter[str]:
    """Pair misses with false hits that are the same fact misread, kind by kind; count the rest."""
    counts: Counter[str] = Counter()
    missed, extra = list(missed), list(extra)
    for kind, same in ERROR_KINDS[name]:
        for g in list(missed):
            p = next((p for p in extra if same(g, p)), None)
            if p is not None:
                missed.remove(g)
                extra.remove(p)
                counts[kind] += 1
    counts["missed"] += len(missed)
    counts["extra"] += len(extra)
    return +counts


def _label_close(a: str, b: str) -> bool:
    ka, kb = normalize_name(a), normalize_name(b)
    if not ka or not kb:
        return False
    if ka in kb or kb in ka:
        return True
    sa, sb = set(ka.split()), set(kb.split())
    return len(sa & sb) / len(sa | sb) >= 0.6


def _event_same(g: dict[str, Any], p: Any) -> bool:
    if g.get("type") != p.type:
        return False
    if g.get("start"):
        return _date(g["start"]) == (p.start.iso() if p.start else None)
    return set(g.get("countries") or []) == set(p.countries)


def _event_opt(g: dict[str, Any], p: Any) -> bool:
    """An optional gold event absorbs a prediction of the same happening.

    A dateless prediction ("đoàn Italia có mặt tại Triển lãm ... 2024", the
    date told in another article) is the same optional fact when its label is
    close: the gold says it may be extracted or not, the date included."""
    if g.get("type") != p.type:
        return False
    if g.get("start"):
        if p.start is None:
            return _label_close(g.get("label", ""), p.label)
        return _date(g["start"]) == p.start.iso()
    if g.get("countries"):
        return set(g["countries"]) == set(p.countries)
    return _label_close(g.get("label", ""), p.label)


def _official_same(g: dict[str, Any], p: Any) -> bool:
    return normalize_name(g["name"]) == normalize_name(p.name) and g.get("country") == p.country


def _official_opt(g: dict[str, Any], p: Any) -> bool:
    return normalize_name(g["name"]) == normalize_name(p.name)


def _agreement_same(g: dict[str, Any], p: Any) -> bool:
    return g.get("type") == p.type and set(g.get("parties") or []) == set(p.parties)


def _partnership_same(g: dict[str, Any], p: Any) -> bool:
    return set(g["countries"]) == set(p.countries) and g.get("level") == p.level


def _partner_same(g: str, p: str) -> bool:
    return g == p


def _show_official(x: Any) -> str:
    return f"{x['name']} ({x.get('country')})" if isinstance(x, dict) else f"{x.name} ({x.country})"


def _show_event(x: Any) -> str:
    return f"{x['type']} {x.get('start')} {x.get('label')}" if isinstance(x, dict) else f"{x.type} {x.start} {x.label}"


def _show_agreement(x: Any) -> str:
    return f"{x['type']} {sorted(x.get('parties') or [])}" if isinstance(x, dict) else f"{x.type} {sorted(x.parties)}"


def _show_partnership(x: Any) -> str:
    return f"{sorted(x['countries'])} {x['level']}" if isinstance(x, dict) else f"{sorted(x.countries)} {x.level}"


@dataclass(frozen=True)
class FieldRule:
    """How one field is scored: its item name, when a prediction is a gold item, when an
    optional gold item absorbs it, and how either is shown in misses and false hits."""

    field: str
    item: str
    same: Callable[[Any, Any], bool]
    optional_same: Callable[[Any, Any], bool]
    show: Callable[[Any], str]


FIELD_RULES = (
    FieldRule("officials", "official", _official_same, _official_opt, _show_official),
    FieldRule("events", "event", _event_same, _event_opt, _show_event),
    FieldRule("agreements", "agreement", _agreement_same, _agreement_same, _show_agreement),
    FieldRule("partnerships", "partnership", _partnership_same, _partnership_same, _show_partnership),
    FieldRule("partners", "partner", _partner_same, _partner_same, str),
)


def _items(record: Any, name: str) -> list[Any]:
    """A field's items in a gold record or a Doc; partners (a set of codes) sorted, once each."""
    found = record.get(name) if isinstance(record, dict) else getattr(record, name)
    return sorted(set(found or [])) if name == "partners" else list(found or [])


def score_article(gold: dict[str, Any], doc: Doc) -> ArticleResult:
    """Compare one article's extraction with its gold record."""
    res = ArticleResult(document=gold.get("document", doc.article.id))
    opt = gold.get("optional") or {}
    for rule in FIELD_RULES:
        res.scores[rule.field] = _match(rule, _items(gold, rule.field), _items(doc, rule.field),
                                        _items(opt, rule.field), res)
    res.forbidden_hits = forbidden_hits(gold, doc)
    return res


def forbidden_hits(gold: dict[str, Any], doc: Doc) -> list[str]:
    """Forbidden countries and names found among the article's facts."""
    forb = gold.get("forbidden") or {}
    names = {normalize_name(n) for n in forb.get("names") or []}
    countries = set(forb.get("countries") or [])
    people: list[str] = [o.name for o in doc.officials]
    for ev in doc.events:
        people += ev.participants
    for ag in doc.agreements:
        people += ag.signatories + ag.witnesses
    codes: list[str] = [o.country for o in doc.officials if o.country]
    for ev in doc.events:
        codes += ev.countries
    for ag in doc.agreements:
        codes += ag.parties
    for p in doc.partnerships:
        codes += list(p.countries)
    codes += sorted(doc.partners)
    hits = sorted({f"name: {n}" for n in people if normalize_name(n) in names})
    hits += sorted({f"country: {c}" for c in codes if c in countries})
    return hits


# --------------------------------------------------------------------------- driver
def load_gold(gold_dir: Path) -> list[dict[str, Any]]:
    files = sorted(Path(gold_dir).glob("*.json"))
    if not files:
        raise GoldError(f"no gold *.json files in {gold_dir}")
    out = []
    for f in files:
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise GoldError(f"cannot read gold file {f}: {exc}") from exc
        if not isinstance(data, dict) or "document" not in data:
            raise GoldError(f"gold file {f} has no 'document' field")
        out.append(data)
    return out


def _find_articles(paths: Iterable[Path], wanted: set[str]) -> dict[str, Any]:
    """Article objects by file name or JSON-line id, read with `kg.reading.iter_articles`."""
    from kg.reading import iter_articles

    def relevant(f: Path) -> bool:
        return f.name in wanted or f.suffix == ".jsonl"  # a JSON-lines file holds articles by id

    files: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            files += [f for f in sorted(p.iterdir()) if f.is_file() and relevant(f)]
        elif relevant(p):
            files.append(p)
    found: dict[str, Any] = {}
    for art in iter_articles(files, on_skip=lambda *a, **k: None):
        key = Path(art.source_path).name if art.source_path else art.id
        found.setdefault(key, art)
        found.setdefault(art.id, art)
    return found


def evaluate(gold_dir: Path, article_paths: Sequence[Path], pipeline: Optional[Pipeline] = None,
             from_export: bool = False) -> EvaluationReport:
    """Run the pipeline on every gold article and score it.

    With `from_export`, what is scored is what each article's named graph in
    a TriG export holds (written, exported, loaded again and read back), as a
    user of the graph sees it, rather than the pipeline's own records.
    """
    golds = load_gold(Path(gold_dir))
    wanted = {g["document"] for g in golds}
    articles = _find_articles(article_paths, wanted)
    missing = sorted(wanted - set(articles))
    if missing:
        raise GoldError(f"article(s) not found for gold: {', '.join(missing)}")
    nlp = pipeline or Pipeline()
    docs = {g["document"]: nlp(articles[g["document"]]) for g in golds}
    if from_export:
        exported = exported_docs(list(docs.values()))
        docs = {name: exported.get(doc.article.id, Doc(article=doc.article)) for name, doc in docs.items()}
    report = EvaluationReport(fields={f: FieldScore() for f in FIELDS})
    for g in golds:
        res = score_article(g, docs[g["document"]])
        report.articles.append(res)
        for f, s in res.scores.items():
            report.fields[f].add(s)
            report.micro.add(s)
        report.micro.fp += len(res.forbidden_hits)
    return report


def exported_docs(docs: Sequence[Doc]) -> dict[str, Doc]:
    """The facts of each article as its graph in a TriG export holds them, by article id
    (reconciled across the articles as `kg build` does)."""
    with OxigraphStore(None) as store:
        with store.batch():
            for doc in docs:
                store.replace_graph(source_iri(doc.article.id), doc_to_nquads(doc), content_hash="evaluate")
        reconcile_countries(store)
        out = io.BytesIO()
        store.dump(out, "trig")
    with OxigraphStore(None) as reloaded:
        load_dataset(reloaded, out.getvalue())
        return docs_from_store(reloaded)
