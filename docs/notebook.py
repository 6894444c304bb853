# %% [markdown]
# # The graph in a notebook
#
# `kg.open()` gives the graph to pandas and networkx. Install the extra and build
# the sample graph first:
#
# ```bash
# pip install -e '.[notebook]'
# kg build seeds/
# ```
#
# This file is a notebook in the "percent" format: Jupyter (with jupytext), VS Code
# and PyCharm open it cell by cell, and `python docs/notebook.py` runs it whole.
# The tests run it on the five sample articles (`tests/test_notebook.py`).

# %%
import os

import kg

graph = kg.open(os.environ.get("KG_STORE", ".kg-store"))  # a folder, or a SPARQL server's URL
graph

# %% [markdown]
# ## Who are Vietnam's partners?
#
# A named query (`kg query --list` shows them all) gives a DataFrame. Each column
# of entities keeps its IRIs and has a `_label` column beside it.

# %%
partners = graph.query("partners-of-vietnam")
print(partners[["partner_label", "code", "events", "agreements", "partnerships"]])

# %% [markdown]
# Parameters are keywords. A country is an ISO code or its name in Vietnamese or
# English.

# %%
events = graph.query("events-of-country", country="CHN")
print(events[["label", "type_label", "start"]])

# %% [markdown]
# ## Any SPARQL
#
# The prefixes `dkg:`, `rdfs:`, `official:`, `country:` ... are predeclared.

# %%
officials = graph.query("""
    SELECT ?official ?name ?country WHERE {
      ?official a dkg:Official ; rdfs:label ?name ; dkg:represents ?country .
    } ORDER BY ?name""")
by_country = officials.groupby("country_label")["name"].count().sort_values(ascending=False)
print(by_country)

# %% [markdown]
# ## The articles behind it
#
# Title, date, source and how many facts each article gave.

# %%
articles = graph.articles()
print(articles[["identifier", "title", "issued", "source", "events", "agreements"]])

# %% [markdown]
# ## The network
#
# `graph.graph()` is the networkx projection: `"entity"` (every entity and
# relation), `"country"` (who met whom and signed what, weighted) or `"actor"`
# (countries, officials and organisations), within `since`/`until`.

# %%
import networkx as nx

countries = graph.graph("country")
ties = sorted(countries.edges(data="weight"), key=lambda edge: -edge[2])
for a, b, weight in ties:
    print(countries.nodes[a]["label"], "–", countries.nodes[b]["label"], weight)
print(nx.degree_centrality(countries))

# %% [markdown]
# ## Where a fact came from
#
# `graph.explain()` takes an IRI, a prefixed name or an article id, and shows
# what the store holds with the sentences it was read from, article by article.

# %%
why = graph.explain("official:phan-van-giang")
print(why.loc[why["status"] == "fact", ["fact", "sentence"]].head())

# %%
graph.close()
