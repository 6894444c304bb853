"""defence-kg: Vietnamese defence news into an RDF knowledge graph with provenance.

The library works without the CLI: `kg.reading` reads articles, `kg.pipeline`
extracts facts, `kg.rdf` turns them into quads, `kg.store` keeps them,
`kg.build` ties these together, `kg.queries` and `kg.exports` get them out.
In a notebook, `kg.open("store")` gives answers as pandas DataFrames
(`kg.notebook`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from kg.notebook import KnowledgeGraph


def open(location: Any = None, **options: Any) -> "KnowledgeGraph":  # noqa: A001 (kg.open, like io.open)
    """Open a store for analysis: `.query()` gives pandas DataFrames, `.graph()` the networkx
    projection, `.explain()` where a fact came from. See `kg.notebook.open_graph` for the options."""
    from kg.notebook import open_graph

    return open_graph(location, **options)
