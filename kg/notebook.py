"""The graph from a notebook: `kg.open("store")`, then answers as pandas DataFrames.

    import kg
    with kg.open(".kg-store") as graph:
        partners = graph.query("partners-of-vietnam")
        events = graph.query("events-of-country", country="Trung Quốc")
        df = graph.query("SELECT ?o ?name WHERE { ?o a dkg:Official ; rdfs:label ?name }")
        network = graph.graph("country", since="2024")
        why = graph.explain("official:phan-van-giang")

Answers keep the columns and IRIs the query gives, with a `<column>_label`
column beside each column of entities (as `kg query --format csv` does; see
`kg.labels`). pandas is an optional extra: `pip install 'defence-kg[notebook]'`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional, Union

from kg.labels import Namer, labelled_rows
from kg.pipeline import KGError
from kg.store import GraphStore, QueryResults, RemoteLocation, RemoteOptions, open_store

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

NAMED_QUERY = re.compile(r"[a-z0-9][a-z0-9\-]*")
PROJECTIONS = ("entity", "country", "actor")


class NotebookError(KGError):
    pass


def pandas_module() -> Any:
    """pandas, or a clear error saying how to get it."""
    try:
        import pandas
    except ImportError:
        raise NotebookError("the notebook API answers with pandas DataFrames: "
                            "pip install 'defence-kg[notebook]' (or pip install pandas)") from None
    return pandas


class KnowledgeGraph:
    """A store opened for analysis: queries give DataFrames, `graph()` the networkx projection."""

    def __init__(self, store: GraphStore, lang: str = "vi", labels: bool = True, location: str = ""):
        self.store = store
        self.namer = Namer(store, lang)
        self.labels = labels
        self.location = location

    # ------------------------------------------------------------------ answers
    def query(self, query: str, *, labels: Optional[bool] = None, **params: Any) -> Union["pd.DataFrame", bool]:
        """A named query (`"partners-of-vietnam"`, parameters as keywords) or SPARQL text.

        SELECT gives a DataFrame (with `<column>_label` columns unless
        `labels=False`), ASK a bool, CONSTRUCT/DESCRIBE a DataFrame of
        subject, predicate, object."""
        pd = pandas_module()
        text = self.sparql(query, params)
        result = self.store.query(text)
        if result.kind == "ask":
            return result.boolean
        if result.kind == "graph":
            triples = [(t.subject.value, t.predicate.value, t.object.value) for t in result.triples()]
            return pd.DataFrame(triples, columns=["subject", "predicate", "object"])
        return self.frame(result, self.labels if labels is None else labels)

    def sparql(self, query: str, params: dict[str, Any]) -> str:
        """The SPARQL text of a named query with its parameters bound, or the query itself."""
        from kg.queries import get_named_query, list_named_queries

        if NAMED_QUERY.fullmatch(query.strip()) and query.strip() in {q.name for q in list_named_queries()}:
            return get_named_query(query.strip()).bind({k: str(v) for k, v in params.items()})
        if NAMED_QUERY.fullmatch(query.strip()):
            get_named_query(query.strip())  # an unknown name: the error suggests the closest
        if params:
            raise NotebookError(f"parameters ({', '.join(params)}) only apply to named queries")
        return query

    def frame(self, result: QueryResults, labels: bool) -> "pd.DataFrame":
        from kg.queries import term_to_python

        pd = pandas_module()
        columns, rows = list(result.variables), list(result)
        if labels:
            columns, rows = labelled_rows(columns, rows, self.namer)
        records = [[term_to_python(row.get(c)) for c in columns] for row in rows]
        return pd.DataFrame(records, columns=columns)

    def articles(self) -> "pd.DataFrame":
        """Every article: title, date, source and how many facts of each kind it gave."""
        return self.query("articles")  # type: ignore[return-value]

    # ------------------------------------------------------------------ the network
    def graph(self, kind: str = "entity", since: Optional[str] = None, until: Optional[str] = None) -> "nx.Graph":
        """The networkx projection of `kg.projection`: entity (MultiDiGraph), country or actor (weighted)."""
        from kg import projection

        builders = {"entity": projection.entity_graph, "country": projection.country_graph,
                    "actor": projection.actor_graph}
        if kind not in builders:
            raise NotebookError(f"unknown projection {kind!r}; choose from {', '.join(PROJECTIONS)}")
        data = projection.load_kg_cached(self.store)
        return builders[kind](data, projection.Period.parse(since, until))

    def explain(self, target: str) -> "pd.DataFrame":
        """What the store holds about an entity (IRI or prefixed name such as official:phan-van-giang)
        or an article (its id): each fact, statement and evidence sentence, article by article."""
        from kg import explain as lib

        pd = pandas_module()
        explanation = lib.explain_stored(self.store, target)
        return pd.DataFrame(explanation.rows(), columns=lib.COLUMNS)

    # ------------------------------------------------------------------ lifetime
    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "KnowledgeGraph":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<KnowledgeGraph {self.location or 'in memory'}: {len(self.store.graphs())} article(s)>"


def open_graph(location: Union[str, Path, None] = None, *, lang: str = "vi", labels: bool = True,
               **server: Any) -> KnowledgeGraph:
    """Open a store read-only: a folder, or a SPARQL server's URL with `kg.store.RemoteOptions` as
    keywords (user=, password=, default_graph= ...); $KG_STORE or ./.kg-store by default."""
    from kg.store import is_url

    target: Any = location
    if server:
        if location is None or not is_url(location):
            raise NotebookError(f"{', '.join(server)}: options of a SPARQL server, and {location!r} is not a URL")
        try:
            target = RemoteLocation(str(location), RemoteOptions(**server))
        except TypeError as exc:
            raise NotebookError(f"unknown server option: {exc}") from None
    store = open_store(target, read_only=True)
    return KnowledgeGraph(store, lang=lang, labels=labels, location=str(location or ""))
