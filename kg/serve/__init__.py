"""`kg serve`: the graph over HTTP, read-only.

- `kg.serve.worker`: what a query worker process does (kept free of the web
  stack, so a worker starts fast).
- `kg.serve.pool`: the worker processes, their time limit, replacing a killed
  one, opening the store afresh after a build.
- `kg.serve.watch`: noticing that a build changed the store.
- `kg.serve.protocol`: reading a SPARQL 1.1 Protocol request.
- `kg.serve.negotiation`: which format a client asked for (SPARQL results, RDF, HTML).
- `kg.serve.describe`: what a Linked Data page says about one IRI.
- `kg.serve.site`: links (`--base`), term names, the ontology's terms, HTML templates.
- `kg.serve.graph_page`: the interactive graph at `/`, drawn in its own process.
- `kg.serve.app`: the Starlette application (SPARQL 1.1 Protocol, `/id/…`,
  `/ontology`, the graph and query pages, `/health`) and `run_server`.

This package imports nothing heavy at import time: the worker processes import
`kg.serve.worker` only.
"""

from __future__ import annotations

from kg.pipeline import KGError


class ServeError(KGError):
    """The server cannot start or go on (store missing, no worker could open it)."""
