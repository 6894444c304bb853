"""The extraction pipeline: named components, each taking and returning one `Doc`.

Modelled on spaCy. A component declares the `Doc` fields it requires and the
fields it assigns; `Pipeline` checks, before reading anything, that every
field a component requires was assigned by a component before it, so a
reordered or partial pipeline fails at once with a clear message instead of
extracting nothing. An error inside a component is wrapped in
`ComponentError` naming the component and the article.

Every component lives in this package, one module each, in flow order:

    clean         kg.pipeline.clean         page furniture dropped -> doc.text
    sentences     kg.pipeline.clean         sentence spans with offsets
    dates         kg.pipeline.dates         date mentions, publication date
    countries     kg.pipeline.countries     country mentions (ISO 3166 alpha-3)
    officials     kg.pipeline.officials     official mentions -> officials, organisations
    events        kg.pipeline.events        event mentions -> events
    agreements    kg.pipeline.agreements    agreement mentions -> agreements
    partnerships  kg.pipeline.partnerships  partnership mentions -> partnerships
    headline_officials  kg.pipeline.headline  officials named only in the headline

`kg.pipeline.common` holds what the extractors share (lexicons, per-document
lookups); `kg.pipeline.fingerprint` hashes the pipeline's code and data.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Sequence

from kg.model import Article, Doc

ComponentFunc = Callable[[Doc], Doc]

# What a Doc holds before any component runs.
INPUT_FIELDS = frozenset({"article"})


class KGError(Exception):
    """Base of every error the library raises on purpose; the CLI prints its message."""


class ComponentError(KGError):
    def __init__(self, component: str, article_id: str, cause: BaseException):
        super().__init__(f"{component} failed on {article_id}: {type(cause).__name__}: {cause}")
        self.component = component
        self.article_id = article_id
        self.cause = cause


class PipelineOrderError(KGError):
    """A component would run before the component that fills a field it requires."""


@dataclass(frozen=True)
class Component:
    name: str
    func: ComponentFunc
    requires: tuple[str, ...]  # Doc fields read
    assigns: tuple[str, ...]  # Doc fields filled
    doc: str = ""

    def __call__(self, doc: Doc) -> Doc:
        return self.func(doc)


_REGISTRY: dict[str, Component] = {}


def component(name: str, requires: Sequence[str] = (), assigns: Sequence[str] = ()) -> Callable[[ComponentFunc], ComponentFunc]:
    """Register a function as a pipeline component under `name`."""
    fields = {f.name for f in dataclasses.fields(Doc)}
    unknown = [f for f in (*requires, *assigns) if f not in fields]
    if unknown:
        raise KGError(f"component {name}: no Doc field(s) {', '.join(unknown)}")

    def wrap(func: ComponentFunc) -> ComponentFunc:
        _REGISTRY[name] = Component(name, func, tuple(requires), tuple(assigns), (func.__doc__ or "").strip())
        return func

    return wrap


DEFAULT_COMPONENTS = (
    "clean",
    "sentences",
    "dates",
    "countries",
    "officials",
    "events",
    "agreements",
    "partnerships",
    "headline_officials",
)


def _load_builtin_components() -> None:
    # Importing the modules registers their components (in flow order).
    import kg.pipeline.clean  # noqa: F401
    import kg.pipeline.dates  # noqa: F401
    import kg.pipeline.countries  # noqa: F401
    import kg.pipeline.officials  # noqa: F401
    import kg.pipeline.events  # noqa: F401
    import kg.pipeline.agreements  # noqa: F401
    import kg.pipeline.partnerships  # noqa: F401
    import kg.pipeline.headline  # noqa: F401


def registered_components() -> dict[str, Component]:
    """Every known component by name (the built-in ones included)."""
    _load_builtin_components()
    return dict(_REGISTRY)


def check_order(components: Sequence[Component]) -> None:
    """Raise `PipelineOrderError` unless each component's required fields were
    assigned by a component running before it."""
    assigned = set(INPUT_FIELDS)
    for comp in components:
        missing = [f for f in comp.requires if f not in assigned]
        if missing:
            # a component that requires a field it assigns updates it (adds to it): it fills nothing
            fillers = sorted(c.name for c in _REGISTRY.values() if (set(missing) & set(c.assigns)) - set(c.requires))
            hint = f" (run {', '.join(fillers)} before it)" if fillers else ""
            raise PipelineOrderError(f"component {comp.name} requires {', '.join(missing)}, not assigned before it{hint}")
        assigned.update(comp.assigns)


class Pipeline:
    """Runs components in order over articles."""

    def __init__(self, names: Sequence[str] = DEFAULT_COMPONENTS):
        _load_builtin_components()
        missing = [n for n in names if n not in _REGISTRY]
        if missing:
            raise KGError(f"unknown pipeline component(s): {', '.join(missing)}")
        self.components = [_REGISTRY[n] for n in names]
        check_order(self.components)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def __call__(self, article: Article) -> Doc:
        doc = Doc(article=article, published=article.published)
        for comp in self.components:
            try:
                doc = comp(doc)
            except KGError:
                raise
            except Exception as exc:  # wrap with the component's name
                raise ComponentError(comp.name, article.id, exc) from exc
        return doc

    def pipe(self, articles: Iterable[Article]) -> Iterator[Doc]:
        for article in articles:
            yield self(article)


def extract(text: str, article_id: str = "inline") -> Doc:
    """Convenience: run the default pipeline on a string."""
    return Pipeline()(Article(id=article_id, text=text))
