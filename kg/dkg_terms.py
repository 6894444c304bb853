"""The ontology's closed namespace `DKG` (rdflib's `DefinedNamespace`: a misspelt term fails at import
time, not in a query). Imported through `kg.vocab.DKG`, on first use: rdflib takes 0.1 s to import and a
local build never needs it."""

from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

from kg.vocab import DKG_IRI


class DKG(DefinedNamespace):
    """The defence-kg ontology (see ontology/defence.ttl)."""

    _NS = Namespace(DKG_IRI)
    _fail = True

    # classes
    Country: URIRef
    Official: URIRef
    Organization: URIRef
    Event: URIRef
    Exhibition: URIRef
    Dialogue: URIRef
    Talks: URIRef
    Visit: URIRef
    Conference: URIRef
    Meeting: URIRef
    Exchange: URIRef
    Exercise: URIRef
    PortCall: URIRef
    Agreement: URIRef
    LetterOfIntent: URIRef
    MemorandumOfUnderstanding: URIRef
    CooperationAgreement: URIRef
    Minutes: URIRef
    JointStatement: URIRef
    Partnership: URIRef
    PartnershipLevel: URIRef
    SourceDocument: URIRef
    # partnership levels (individuals)
    ComprehensiveStrategicPartnership: URIRef
    StrategicPartnership: URIRef
    ComprehensivePartnership: URIRef
    # properties of the core contract
    isoCode: URIRef
    represents: URIRef
    rank: URIRef
    position: URIRef
    memberOf: URIRef
    country: URIRef
    participant: URIRef
    organizer: URIRef
    startDate: URIRef
    endDate: URIRef
    location: URIRef
    party: URIRef
    signatory: URIRef
    witness: URIRef
    date: URIRef
    signedAt: URIRef
    partner: URIRef
    level: URIRef
    since: URIRef
    evidence: URIRef
    # extensions
    ordinal: URIRef
    subject: URIRef
    contentHash: URIRef
