"""`kg serve`: the graph over HTTP, read-only.

- `kg.serve.worker`: what a query worker process does (kept free of the web
  stack, so a worker starts fast).
- `kg.serve.pool`: the worker processes, their time limit, replacing a killed one.
- `kg.serve.negotiation`: which format a client asked for (SPARQL results, RDF, HTML).
- `kg.serve.describe`: what a Linked Data page says about one IRI.
- `kg.serve.app`: the Starlette application (SPARQL 1.1 Protocol, `/id/…`,
  `/ontology`, the graph and query pages, `/health`).

This package imports nothing heavy at import time: the worker processes import
`kg.serve.worker` only.
"""

from __future__ import annotations

from kg.pipeline import KGError


class ServeError(KGError):
    """The server cannot start or go on (store missing, no worker could open it)."""
