"""Statements given as N-Quads text whose last line has no line break (as a file or a string often
ends) are stored like the same text closed: every statement in its graph and in the default graph,
none lost and no write failing on the next statement glued to it."""

from __future__ import annotations

from kg.store import OxigraphStore, select_values
from kg.store.embedded import as_pending

G = "https://w3id.org/defence-kg/id/source/open"
OPEN = f"<a:s> <a:p> <a:o1> <{G}> .\n<a:s> <a:p> <a:o2> <{G}> ."


def _objects(store: OxigraphStore, pattern: str) -> list[str]:
    return sorted(o for (o,) in select_values(store, f"SELECT ?o WHERE {{ {pattern} }}"))


def test_an_open_last_line_is_stored_in_its_graph_and_the_default_graph() -> None:
    store = OxigraphStore(None)
    with store.batch():
        store.replace_graph(G, OPEN, content_hash="h1")
    assert _objects(store, "<a:s> <a:p> ?o") == ["a:o1", "a:o2"]
    assert _objects(store, f"GRAPH <{G}> {{ <a:s> <a:p> ?o }}") == ["a:o1", "a:o2"]
    store.replace_graph(G, OPEN.replace("o2", "o3"), content_hash="h2")  # outside a batch too
    assert _objects(store, "<a:s> <a:p> ?o") == ["a:o1", "a:o3"]


def test_an_open_last_line_in_another_graph_is_moved_to_the_article_graph() -> None:
    pending = as_pending(G, f"<a:s> <a:p> <a:o1> <{G}> .\n<a:s> <a:p> <a:o2> <a:other> .", None)
    assert pending.text == OPEN.replace("<a:other>", f"<{G}>") + "\n"
