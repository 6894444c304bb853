"""Named rules: every decision an extractor makes about a candidate has a name.

A rule is declared once, at import, with a sentence saying what it means:

    WISH = rule("event.wish", "the clause is a wish, proposal or plan, not a reported fact")

The extractors record the names of the rules that accepted, completed or
turned down each candidate (`Reading.rules` on a fact, `Dropped.rule` on the
`Doc`), so `kg explain` can say why a fact is in the graph and why a
look-alike is not, and a rule can be fixed without guessing which one fired.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.model import Doc, Dropped


@dataclass(frozen=True)
class Rule:
    name: str  # "<layer>.<what>", e.g. "event.wish"
    description: str

    @property
    def layer(self) -> str:
        return self.name.split(".", 1)[0]


_RULES: dict[str, Rule] = {}


def rule(name: str, description: str) -> str:
    """Declare a rule; returns its name, the constant the code records."""
    if "." not in name:
        raise ValueError(f"rule name {name!r} must be '<layer>.<what>'")
    known = _RULES.get(name)
    if known is not None and known.description != description:
        raise ValueError(f"rule {name!r} declared twice with different descriptions")
    _RULES[name] = Rule(name, description)
    return name


def registered_rules() -> dict[str, Rule]:
    """Every declared rule by name (those of the built-in components included)."""
    from kg.pipeline import registered_components

    registered_components()  # importing the components declares their rules
    return dict(_RULES)


def describe(name: str) -> str:
    """The rule's description, or the name itself for an unknown rule."""
    found = _RULES.get(name)
    return found.description if found is not None else name


def drop(doc: Doc, layer: str, rule_name: str, start: int, end: int) -> None:
    """Record that `rule_name` turned down the candidate at text[start:end]."""
    doc.dropped.append(Dropped(layer, doc.text[start:end], start, end, rule_name))
