"""Agreements: documents reported as signed in the article.

Only a document that a signing verb governs ("ký", "ký kết", "trao", "Lễ ký
kết các văn kiện: ...") is read; plans ("nghiên cứu khả năng ký", "sớm ký kết
Bộ Quy tắc"), documents being drafted ("xây dựng văn bản ghi nhớ") and earlier
instruments cited as law are not. One Agreement per document, however many
times the signing is told (caption and body).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from kg.pipeline.common import (
    VNM,
    DocIndex,
    add_unique,
    doc_index,
    letter_led_pattern,
    load_tsv,
    norm_key,
    phrase_pattern,
    tsv_by_role,
)
from kg.pipeline.when import clause_end as _clause_end, dateline as _dateline, dates_of as _dates_of
from kg.model import Agreement, Doc, Event
from kg.pipeline import component


@lru_cache(maxsize=1)
def _types() -> dict[str, str]:
    return {" ".join(r[0].casefold().split()): r[1] for r in load_tsv("lex_agreement_types.tsv")}


@lru_cache(maxsize=1)
def _trigger_re() -> re.Pattern[str]:
    """Document-type phrases; opening with one literal per branch lets `re` skip
    in C to the letters a phrase can start with (same matches, see
    `letter_led_pattern`), which matters as it runs on every sentence."""
    fast = letter_led_pattern(_types().keys())
    return re.compile(fast) if fast is not None else _plain_trigger_re()


@lru_cache(maxsize=1)
def _plain_trigger_re() -> re.Pattern[str]:
    return re.compile("(?i:" + phrase_pattern(_types().keys()) + ")")


@lru_cache(maxsize=None)
def _role_re(role: str) -> re.Pattern[str]:
    phrases = tsv_by_role("lex_agreement_context.tsv", role)
    fast = letter_led_pattern(phrases)  # same matches, faster scan
    return re.compile(fast if fast is not None else "(?i:" + phrase_pattern(phrases) + ")")


_PASSIVE_RE = re.compile(r"^[^.;]{0,220}?(?<!các )(?:đã\s+)?được\s+(?:ký|kí)", re.I)
# "Thỏa thuận do X và Y ký.": "do" opens the signers of a clause that ends with the verb
_DO_SIGNERS = r"(?<!\w)do\s+(?=[^.;]{0,200}?\s(?:ký|kí)(?:\s+kết)?\s*[.;]?\s*$)"
# "được ký bởi X và Y", "do X và Y ký": the signers follow; "dưới sự chứng kiến của Z": witnesses
_BY_AGENT_RE = re.compile(r"(?i)được\s+(?:ký|kí)(?:\s+kết)?\s+bởi\s|" + _DO_SIGNERS)
_DONE_BY_RE = re.compile(r"(?i)^[^.;]{0,220}?\s" + _DO_SIGNERS)
# a predicate after a document: it is the subject of its own clause ("; Bản ghi nhớ ... sẽ được xem xét")
_PREDICATE_RE = re.compile(r"(?i)(?<!\w)(?:sẽ|được|đã|đang|cần|chưa|sắp|dự kiến)(?!\w)")
_WITNESSED_BY_RE = re.compile(r"(?i)(?:dưới sự|với sự|có sự)\s+chứng kiến\s+của")
# a joint statement is issued, not signed: "ra Tuyên bố chung", "thông qua Tuyên bố tầm nhìn"
_ISSUE_BEFORE_RE = re.compile(r"(?i)(?<!\w)(?:ra|công bố|thông qua|ban hành)\s+$")
# a count of documents, not one: "hơn 10 hợp đồng, thỏa thuận", "hàng loạt thỏa thuận"
_COUNT_BEFORE_RE = re.compile(r"(?i)(?:(?<!\w)(?:một số|hàng loạt|hàng chục)|(?:hơn|gần|khoảng|trên)\s+\d+)(?:\s+[^\s,.;:]+){0,3}?\s*,?\s*$")
_LABEL_END_RE = re.compile(
    r"\s*(?:[;.:!?()“”\"]|,|\s+(?:trong(?!\s+(?:lĩnh vực|khuôn khổ))|vào|nhân|tại|dưới|ngay|sáng|chiều|tối|hôm|sau|trước|là|gồm)\s"
    r"|\s+và\s+(?:cùng\s+)?(?:chứng kiến|ký|kí|trao)(?!\w)"
    r"|\s+(?:đã\s+)?được\s+(?:ký|kí)(?!\w)|\s+" + _DO_SIGNERS + ")",
)
_GENERIC_BEFORE = re.compile(r"(?i)(?:các|những|nhiều)\s*$")
_BETWEEN_RE = re.compile(r"(?i)giữa\s+(.+)$")
_CONJ_END_RE = re.compile(r"\s+(?:và|cùng)\s+$")
_SUBJECT_RE = re.compile(r"(?<!\w)về\s+(.+?)(?:\s+giữa\s+.+)?$")
_MINISTRY_RE = re.compile(r"Bộ [A-ZĐ]\w+ \w+(?: [A-ZĐ]\w*)*")
_WITNESS_RE = re.compile(r"(?i)chứng kiến")
_CEREMONY_AFTER_RE = re.compile(r"\s+(?:lễ\s+)?(?:ký|kí)(?:\s+kết)?(?:\s+(?:văn kiện|văn bản))?\s*[.;]?\s*$", re.I)
_NAMED_AFTER_RE = re.compile(r"\s*(?:là|gồm)\s", re.I)  # "Ký Thỏa thuận là X và Y"


def _principals(event: Optional[Event], country_of: dict[str, Optional[str]]) -> list[str]:
    """The two principals of a bilateral event: the first official named for each of its two countries."""
    if event is None or len(set(event.countries)) != 2:
        return []
    out: dict[str, str] = {}
    for p in event.participants:
        c = country_of.get(p)
        if c in event.countries and c not in out:
            out[c] = p
    return list(out.values()) if len(out) == 2 else []


def _label_span(text: str, start: int, hi: int) -> int:
    """End of an agreement's label: before punctuation, a time phrase or "và <next document>"."""
    m = _LABEL_END_RE.search(text, start, hi)
    end = m.start() if m else hi
    nxt = _trigger_re().search(text, start + 3, end)
    if nxt:
        conj = _CONJ_END_RE.search(text[start : nxt.start()])
        if conj:
            end = start + conj.start()
    return end


def _other_side(idx: DocIndex, parties: list[str], event: Optional[Event], lo: int, hi: int) -> list[str]:
    """Parties to add when the telling names fewer than two: Vietnam (whose press
    this is) opposite one foreign side named; else the one foreign country of the
    sentence ("đoàn ... thăm Nhật Bản; hai bên ký Ý định thư ..."); else the two
    countries of a bilateral event; else Vietnam and the article's main partner."""
    if parties and parties[0] != VNM:
        return [VNM]
    if not parties:
        foreign = list(dict.fromkeys(c.code for c in idx.countries_in(lo, hi) if c.code != VNM))
        if len(foreign) == 1:
            return [VNM, foreign[0]]
    if event is not None and len(set(event.countries)) == 2:
        return list(event.countries)
    top = idx.foreign_countries()
    if top:
        return [VNM, top[0]]
    return list(event.countries) if event is not None else []


def _agents_after(text: str, people: list[tuple[str, int, int]], pos: int, hi: int) -> tuple[list[str], list[str]]:
    """Signers and witnesses named after a document: "... được ký bởi X và Y,
    dưới sự chứng kiến của Z", "Thỏa thuận do X và Y ký"."""
    agent = _BY_AGENT_RE.search(text, pos, hi)
    if agent is None:
        return [], []
    seen = _WITNESSED_BY_RE.search(text, agent.end(), hi)
    a_hi = seen.start() if seen else hi
    signers = list(dict.fromkeys(p[0] for p in people if agent.end() <= p[1] < a_hi))
    witnesses = list(dict.fromkeys(p[0] for p in people if seen.end() <= p[1] < hi)) if seen else []
    return signers, witnesses


def _subject(label: str) -> Optional[str]:
    m = _SUBJECT_RE.search(label)
    return m.group(1).strip() if m else None


def _parties_from(idx: DocIndex, doc: Doc, a: int, b: int) -> list[str]:
    out: list[str] = []
    for c in idx.countries_in(a, b):
        add_unique(out, c.code)
    return out


def _signed_at(doc: Doc, sentence: str) -> Optional[Event]:
    for ev in doc.events:
        if sentence in ev.evidence:
            return ev
    for ev in doc.events:
        if ev.type in ("Talks", "Dialogue", "Visit", "Meeting", "Conference"):
            return ev
    return None


def _similar(a: Agreement, b: Agreement) -> bool:
    """One document told twice: same type, and subjects that mostly agree or of
    which one is the other said shorter ("về hợp tác" / "về hợp tác gìn giữ hòa bình")."""
    if a.type != b.type:
        return False
    if a.subject and b.subject:
        sa, sb = set(norm_key(a.subject).split()), set(norm_key(b.subject).split())
        if (sa <= sb or sb <= sa) and set(a.parties) == set(b.parties):
            return True
        return len(sa & sb) / max(1, len(sa | sb)) >= 0.6
    return True


@component("agreements", requires=["text", "sentences", "dates", "countries", "officials", "organizations", "events"], assigns=["agreements"])
def agreements_component(doc: Doc) -> Doc:
    """Documents signed (or witnessed being signed) as the article reports."""
    idx = doc_index(doc)
    text = doc.text
    people = [(o.name, o.start, o.end) for o in doc.name_occurrences]
    country_of = {o.name: o.country for o in doc.officials}
    found: list[Agreement] = []
    found_in = -2  # the sentence of the last document found
    fallback: dict[int, tuple[bool, list[str]]] = {}
    trigger_re, signer_re = _trigger_re(), _role_re("signer")
    for si, sent in enumerate(idx.sentences):
        lo, hi = sent.start, sent.end
        has_trigger = False
        for m in trigger_re.finditer(text, lo, hi):
            has_trigger = True
            if _GENERIC_BEFORE.search(text, max(lo, m.start() - 10), m.start()):
                continue
            if _COUNT_BEFORE_RE.search(text, max(lo, m.start() - 40), m.start()):
                continue
            atype = _types()[" ".join(m.group().casefold().split())]
            signs = list(_role_re("sign").finditer(text, max(lo, m.start() - 150), m.start()))
            signed = None
            if signs:
                s = signs[-1]
                gap = text[s.end() : m.start()]
                # a list of documents after one verb may be cut by ";" ("chứng kiến lễ ký
                # Biên bản ghi nhớ ...; Thỏa thuận ...") but a ";" clause does not carry it
                listed = ";" not in gap or ":" in gap or (
                    not gap[gap.rfind(";") + 1 :].strip()
                    and not _PREDICATE_RE.search(text, m.end(), _clause_end(text, m.end(), hi))
                )
                if not _role_re("not_yet").search(text, max(lo, s.start() - 30), s.start()) and listed:
                    signed = s
            issued = atype == "JointStatement" and _ISSUE_BEFORE_RE.search(text, max(lo, m.start() - 20), m.start())
            tail = text[m.end() : hi]
            if signed is None and not issued and _PASSIVE_RE.match(tail) is None and _DONE_BY_RE.match(tail) is None:
                continue
            end = _label_span(text, m.end(), hi)
            label = " ".join(text[m.start() : end].split())
            label = label[:1].upper() + label[1:]
            ag = Agreement(type=atype, label=label, subject=_subject(label))
            between = _BETWEEN_RE.search(label)
            if between:
                b0 = m.start() + label.find(between.group(0))
                ag.parties = _parties_from(idx, doc, b0, end)
                # the bodies named between "giữa" and the label's end, as read whole by
                # the organisation reader ("Bộ Quốc phòng Liên bang Nga"), else by shape
                whole = sorted(
                    ((between.group(1).find(o.name), o.name) for o in doc.organizations if o.name in between.group(1)),
                )
                whole = [(i, n) for i, n in whole if not any(j <= i and i + len(n) <= j + len(o) and n != o for j, o in whole)]
                add_unique(ag.party_organizations, *(n for _, n in whole))
                if not whole:
                    for org in _MINISTRY_RE.findall(between.group(1)):
                        add_unique(ag.party_organizations, org)
            in_sent = [p for p in people if lo <= p[1] < m.start()]
            witness = _WITNESS_RE.search(text, lo, m.start())
            cut = witness.start() if witness else (signed.start() if signed else m.start())
            named = [p[0] for p in in_sent if p[1] < cut]
            if not named and _NAMED_AFTER_RE.match(text, end, hi):
                named = [p[0] for p in people if end <= p[1] < hi]
            ag_signers, ag_witnesses = _agents_after(text, people, end, hi) if not named else ([], [])
            collective = not named and _role_re("collective").search(text, lo, cut) is not None
            if witness:
                add_unique(ag.witnesses, *named)
            else:
                add_unique(ag.signatories, *named)
            add_unique(ag.signatories, *ag_signers)
            add_unique(ag.witnesses, *ag_witnesses)
            if not ag.parties:
                before = signed.start() if signed else m.start()
                subj = [c.code for c in idx.countries_in(lo, before)]
                if len(set(subj)) >= 2:
                    ag.parties = list(dict.fromkeys(subj))
            if not ag.parties:
                for p in ag.signatories + ag.witnesses:
                    add_unique(ag.parties, country_of.get(p))
            if len(ag.parties) < 2:
                # the label names the other side: "Biên bản ghi nhớ với Hàn Quốc",
                # "Ý định thư về hợp tác quốc phòng Việt Nam - Australia"
                add_unique(ag.parties, *_parties_from(idx, doc, m.end(), end))
            s_text = text[lo:hi]
            event = _signed_at(doc, s_text)
            if event is not None:
                ag.signed_at = event.label
            if collective:
                # "hai Bộ trưởng ký ...": the co-chairs of the bilateral event, unless
                # another telling of the same signing names the signers
                fallback[id(ag)] = (bool(witness), _principals(event, country_of))
            if len(ag.parties) < 2:
                # the other side: the two countries of a bilateral event; at a fair or a
                # conference of many, Vietnam (whose press this is) opposite the one named
                for c in _other_side(idx, ag.parties, event, lo, hi):
                    add_unique(ag.parties, c)
            dates = idx.dates_in(lo, hi)
            if dates:
                ag.date = _dates_of(idx, dates[0])[0]
            elif event is not None and event.start is not None:
                ag.date = event.start
            else:
                ag.date = _dates_of(idx, _dateline(idx, si))[0]
            ag.evidence.append(s_text)
            found.append(ag)
            found_in = si
        # "... đã ký Biên bản ghi nhớ về X. Thượng tướng Y chứng kiến lễ ký.": the
        # witnesses of the document told in the sentence just before
        if found and not has_trigger and found_in == si - 1 and not found[-1].witnesses:
            seen = _WITNESS_RE.search(text, lo, hi)
            if seen is not None and _CEREMONY_AFTER_RE.match(text, seen.end(), hi):
                add_unique(found[-1].witnesses, *(p[0] for p in people if lo <= p[1] < seen.start()))
                continue
        # "Người ký văn kiện là X và Y.": the signers of the last document told, unless
        # known already (tested before the search, which has no other use); and only
        # where the scan above found no trigger (where a `search` for one would fail)
        if not found or has_trigger or found[-1].signatories or not signer_re.search(text, lo, hi):
            continue
        signers = [p[0] for p in people if lo <= p[1] < hi]
        if len(signers) >= 2:
            add_unique(found[-1].signatories, *signers)
    merged: list[Agreement] = []
    pending: dict[int, list[tuple[bool, list[str]]]] = {}
    for ag in found:
        fb = fallback.get(id(ag))
        twin = next((x for x in merged if _similar(x, ag)), None)
        if twin is None:
            merged.append(ag)
            if fb:
                pending.setdefault(id(ag), []).append(fb)
            continue
        if fb:
            pending.setdefault(id(twin), []).append(fb)
        if len(ag.label) > len(twin.label) and ag.subject:
            twin.label, twin.subject = ag.label, ag.subject
        add_unique(twin.parties, *ag.parties)
        add_unique(twin.party_organizations, *ag.party_organizations)
        add_unique(twin.signatories, *ag.signatories)
        add_unique(twin.witnesses, *ag.witnesses)
        add_unique(twin.evidence, *ag.evidence)
        twin.date = twin.date or ag.date
        twin.signed_at = twin.signed_at or ag.signed_at
    for ag in merged:
        for as_witness, names in pending.get(id(ag), []):
            if as_witness and not ag.witnesses:
                add_unique(ag.witnesses, *names)
            elif not as_witness and not ag.signatories:
                add_unique(ag.signatories, *names)
        ag.witnesses = [w for w in ag.witnesses if w not in ag.signatories]
        ag.parties = [p for p in ag.parties if p]
    doc.agreements = merged
    return doc
