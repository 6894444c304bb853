"""The pipeline: components declare what they require and assign, and the order is checked."""

from __future__ import annotations

import pytest

from kg.model import Article
from kg.pipeline import DEFAULT_COMPONENTS, Pipeline, PipelineOrderError, component, registered_components
from kg.pipeline import KGError


def test_default_pipeline_is_in_a_valid_order():
    pipe = Pipeline()
    assert pipe.names == list(DEFAULT_COMPONENTS)


def test_a_component_before_what_it_requires_is_refused():
    with pytest.raises(PipelineOrderError, match="events requires .*officials.*run officials before it"):
        Pipeline(["clean", "sentences", "dates", "countries", "events"])


def test_a_partial_pipeline_in_order_runs():
    doc = Pipeline(["clean", "sentences", "dates"])(Article(id="a", text="Chiều 24/10/2024, hai bên hội đàm."))
    assert doc.dates and doc.dates[0].date.iso() == "2024-10-24"


def test_every_builtin_component_declares_its_fields():
    for comp in registered_components().values():
        assert comp.assigns, comp.name
        assert comp.requires, comp.name


def test_declaring_an_unknown_field_fails_at_once():
    with pytest.raises(KGError, match="no Doc field"):
        component("bad", requires=["text"], assigns=["no_such_field"])


def test_unknown_component_name():
    with pytest.raises(KGError, match="unknown pipeline component"):
        Pipeline(["clean", "nope"])
