"""A pipeline of named components, each taking and returning one `Doc`.

Modelled on spaCy: a component declares what it adds to the `Doc`; an error
inside a component is wrapped in `ComponentError` naming the component and
the article, so one bad article never hides which step failed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Sequence

from kg.model import Article, Doc

ComponentFunc = Callable[[Doc], Doc]


class KGError(Exception):
    """Base of every error the library raises on purpose; the CLI prints its message."""


class ComponentError(KGError):
    def __init__(self, component: str, article_id: str, cause: BaseException):
        super().__init__(f"{component} failed on {article_id}: {type(cause).__name__}: {cause}")
        self.component = component
        self.article_id = article_id
        self.cause = cause


@dataclass(frozen=True)
class Component:
    name: str
    func: ComponentFunc
    adds: tuple[str, ...]  # Doc fields this component fills
    doc: str = ""

    def __call__(self, doc: Doc) -> Doc:
        return self.func(doc)


_REGISTRY: dict[str, Component] = {}


def component(name: str, adds: Sequence[str]) -> Callable[[ComponentFunc], ComponentFunc]:
    """Register a function as a pipeline component under `name`."""

    def wrap(func: ComponentFunc) -> ComponentFunc:
        _REGISTRY[name] = Component(name, func, tuple(adds), (func.__doc__ or "").strip())
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
)


def _load_builtin_components() -> None:
    # Importing the modules registers their components.
    import kg.cleaning  # noqa: F401
    import kg.countries  # noqa: F401
    import kg.dates  # noqa: F401
    import kg.extract  # noqa: F401


class Pipeline:
    """Runs components in order over articles."""

    def __init__(self, names: Sequence[str] = DEFAULT_COMPONENTS):
        _load_builtin_components()
        missing = [n for n in names if n not in _REGISTRY]
        if missing:
            raise KGError(f"unknown pipeline component(s): {', '.join(missing)}")
        self.components = [_REGISTRY[n] for n in names]

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
