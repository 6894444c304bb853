"""The pages of `kg serve` in a real headless Chromium, with every other host cut off.

Uses the server of test_serve.py (one per test session). Skips when Chromium or
Playwright is missing, except in CI (CI=true), where that fails.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from kg.queries import get_named_query
from test_serve import ID, an_official, expected_rows, served  # noqa: F401 (the fixture)
from test_viz_browser import ARGS, CHROMIUM

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright, missing = None, "playwright is not installed"
    else:
        missing = None if Path(CHROMIUM).exists() else f"chromium not found at {CHROMIUM}"
    if missing:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"browser test cannot run in CI: {missing}")
        pytest.skip(missing)

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, served):  # noqa: F811
    """A tab that may reach the server only; console errors and other requests are recorded."""
    pg = browser.new_page(viewport={"width": 1200, "height": 800})
    pg.errors, pg.remote = [], []
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))

    def route(r):
        if r.request.url.startswith(served.url + "/"):
            r.continue_()
        else:
            pg.remote.append(r.request.url)
            r.abort()

    pg.route("**/*", route)
    yield pg
    pg.close()


def test_query_page_runs_a_named_query_with_a_parameter(page, served, seed_store_path):  # noqa: F811
    page.goto(served.url + "/query?name=events-of-country")
    page.wait_for_function("window.kgQuery && window.kgQuery.ready")
    page.fill("input[data-param=country]", "CHN")
    page.dispatch_event("input[data-param=country]", "change")
    page.wait_for_function("document.getElementById('kg-text').value.includes('/country/CHN>')")
    page.click("#kg-run")
    page.wait_for_function("window.kgQuery.runs >= 1", timeout=30_000)
    bound = get_named_query("events-of-country").bind({"country": "CHN"})
    expected = expected_rows(seed_store_path, bound)
    assert page.evaluate("window.kgQuery.rows") == len(expected) > 0
    assert page.locator("table.results tbody tr").count() == len(expected)
    first_event = expected[0]["event"].value
    link = page.locator("table.results a", has_text=first_event).first
    assert link.get_attribute("href") == "/id/" + first_event[len(ID):]
    assert page.errors == [] and page.remote == []


def test_query_page_shows_errors_in_words(page, served):  # noqa: F811
    page.goto(served.url + "/query")
    page.wait_for_function("window.kgQuery && window.kgQuery.ready")
    page.fill("#kg-text", "SELECT * WHERE { ?s ?p }")
    page.click("#kg-run")
    page.wait_for_function("window.kgQuery.runs >= 1")
    assert "malformed SPARQL query" in page.inner_text("#kg-error")
    page.fill("#kg-text", "DELETE WHERE { ?s ?p ?o }")
    page.click("#kg-run")
    page.wait_for_function("window.kgQuery.runs >= 2")
    assert "read-only" in page.inner_text("#kg-error")
    assert page.remote == []


def test_resource_pages_link_to_each_other(page, served, seed_store_path):  # noqa: F811
    iri, label, _ = an_official(seed_store_path)
    response = page.goto(served.url + "/id/" + iri[len(ID):])
    assert response.status == 200 and page.inner_text("h1") == label
    neighbour = page.locator("table.facts a[href^='/id/']").first
    target = neighbour.get_attribute("href")
    with page.expect_navigation():
        neighbour.click()
    assert page.url == served.url + target
    assert page.inner_text("h1")
    assert page.errors == [] and page.remote == []


def test_graph_page_draws_offline(page, served):  # noqa: F811
    deadline = time.monotonic() + 60
    while served.health()["graph_page"] == "drawing" and time.monotonic() < deadline:
        time.sleep(0.2)
    assert served.health()["graph_page"] == "ready"
    page.goto(served.url + "/")
    page.wait_for_function("window.kg && window.kg.ready", timeout=60_000)
    assert page.locator("canvas").count() >= 1
    assert page.locator("#kg-serve-nav a[href='/query']").count() == 1
    assert page.errors == [] and page.remote == []
