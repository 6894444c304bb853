"""The `officials` component: who acts for which state, and the bodies they belong to.

Three steps, one module each: find the mentions (`mentions`: a name anchored
by a rank, a title or an honorific, `names` finding where names stand),
resolve them (rank, positions, the country represented), and merge them into
officials (`merge`). Organisations are read alongside (`organizations`).
The component leaves on the `Doc` the official mentions, the organisation
mentions and every occurrence of an official's name, which the later
extractors read to find who took part in what.
"""

from __future__ import annotations

from kg.model import Doc, Official
from kg.pipeline import component
from kg.pipeline.common import norm_key
from kg.pipeline.officials.lexicon import ship_prefixes
from kg.pipeline.officials.merge import acting_for_a_state, merge_officials, name_occurrences, positions_free_of_names
from kg.pipeline.officials.mentions import find_official_mentions
from kg.pipeline.officials.organizations import (
    cut_at_names,
    find_organizations,
    merge_organizations,
    org_head_re,
    organization_names,
    resolve_org,
)
from kg.pipeline.rules import drop, rule

__all__ = ["officials_component", "org_head_re", "resolve_org", "ship_prefixes"]

ORG_CUT_AT_NAME = rule("official.organisation-cut-at-a-name",
                        "a body's name read on into the person named after it ('Bộ Công an Lào Vilay Lakhamphong'): cut where the name begins")
ORG_OF_ANOTHER_COUNTRY = rule("official.organisation-of-another-country",
                               "a title's body whose bare name is another country's ('Bộ Quốc phòng' of Vietnam in 'Bộ trưởng Bộ Quốc phòng Hàn Quốc') is not the foreign official's organisation")
ORG_COUNTRY = rule("official.country-of-organisation",
                   "a name read as Vietnamese only by its shape takes the country of the organisation its title names")


@component(
    "officials",
    requires=["text", "sentences", "countries"],
    assigns=["official_mentions", "organization_mentions", "officials", "organizations", "name_occurrences"],
)
def officials_component(doc: Doc) -> Doc:
    """People acting for a state, and the bodies they belong to."""
    doc.organization_mentions = find_organizations(doc)
    doc.organizations = merge_organizations(doc.organization_mentions)
    doc.official_mentions = find_official_mentions(doc)
    # a body's name read on into the person named after it ("Bộ Công an Lào Vilay Lakhamphong")
    cut = cut_at_names(doc.text, doc.organization_mentions, sorted(m.start for m in doc.official_mentions))
    if cut != doc.organization_mentions:
        for before, after in zip(doc.organization_mentions, cut):
            if before is not after:
                drop(doc, "organization", ORG_CUT_AT_NAME, after.end, before.end)
        doc.organization_mentions, doc.organizations = cut, merge_organizations(cut)
    merged = merge_officials(doc, doc.official_mentions)
    _attach_organizations(doc, merged.officials)
    # A name read as Vietnamese only by its shape (a Sino-Vietnamese reading, say)
    # takes the country of the organisation its title names, when the article gives one.
    org_country = {o.name: o.country for o in doc.organizations}
    for off in merged.officials:
        country = org_country.get(off.organization or "")
        if country and country != off.country and merged.strength.get(off.name, 0) <= 1:
            off.country = country
            off.readings[:] = [r.with_rule(ORG_COUNTRY) for r in off.readings]
    positions_free_of_names(doc, merged.officials)
    doc.officials = acting_for_a_state(doc, merged.officials)
    doc.name_occurrences = name_occurrences(doc, doc.officials, merged.alias)
    return doc


def _attach_organizations(doc: Doc, officials: list[Official]) -> None:
    """The organisation an official's title names, the longest name first; never one of
    another country than the official's ("Bộ Quốc phòng" read as Vietnam's in a foreign
    minister's title)."""
    surface = sorted(organization_names(doc).items(), key=lambda kv: -len(kv[0]))
    org_country = {o.name: o.country for o in doc.organizations}
    for off in officials:
        found = _organization_in(off.positions, surface)
        if found is not None and org_country.get(found) not in (None, off.country):
            others = [(k, c) for k, c in surface if org_country.get(c) in (None, off.country)]
            if off.readings:
                drop(doc, "official", ORG_OF_ANOTHER_COUNTRY, off.readings[0].start, off.readings[0].end)
            found = _organization_in(off.positions, others)
        off.organization = found


def _organization_in(positions: list[str], surface: list[tuple[str, str]]) -> str | None:
    for pos in positions:
        for m in org_head_re().finditer(pos):
            rest = norm_key(pos[m.start() :])
            for key, canon in surface:
                if rest.startswith(key):
                    return canon
    return None
