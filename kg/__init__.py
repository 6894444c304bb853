"""defence-kg: Vietnamese defence news into an RDF knowledge graph with provenance.

The library works without the CLI: `kg.reading` reads articles, `kg.pipeline`
extracts facts, `kg.rdf` turns them into quads, `kg.store` keeps them,
`kg.build` ties these together, `kg.queries` and `kg.exports` get them out.
"""

__version__ = "0.1.0"
