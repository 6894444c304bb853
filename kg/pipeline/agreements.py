"""The `agreements` component: documents reported as signed in the article.

Only a document that a signing verb governs ("ký", "ký kết", "trao", "Lễ ký
kết các văn kiện: ...") is read; plans ("nghiên cứu khả năng ký", "sớm ký kết
Bộ Quy tắc"), documents being drafted ("xây dựng văn bản ghi nhớ") and earlier
instruments cited as law are not. One Agreement per document, however many
times the signing is told (caption and body).

Three steps: find the mentions (a document type under a signing verb, its
label), resolve them (parties, signers and witnesses, date, the event it was
signed at; the sentence after may name the witnesses or signers), merge the
tellings of one document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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
from kg.model import Agreement, CountryMention, Doc, Event, PartialDate, Reading, Sentence
from kg.pipeline import component
from kg.pipeline.countries import group_members
from kg.pipeline.mentions import AgreementMention, NameOccurrence
from kg.pipeline.patterns import named_patterns
from kg.pipeline.rules import drop, rule
from kg.pipeline.when import clause_end, dateline, dates_of


@lru_cache(maxsize=1)
def agreement_types() -> dict[str, str]:
    return {" ".join(r[0].casefold().split()): r[1] for r in load_tsv("lex_agreement_types.tsv")}


@lru_cache(maxsize=1)
def trigger_re() -> re.Pattern[str]:
    """Document-type phrases; opening with one literal per branch lets `re` skip
    in C to the letters a phrase can start with (same matches, see
    `letter_led_pattern`), which matters as it runs on every sentence."""
    fast = letter_led_pattern(agreement_types().keys())
    return re.compile(fast) if fast is not None else plain_trigger_re()


@lru_cache(maxsize=1)
def plain_trigger_re() -> re.Pattern[str]:
    return re.compile("(?i:" + phrase_pattern(agreement_types().keys()) + ")")


@lru_cache(maxsize=None)
def role_re(role: str) -> re.Pattern[str]:
    phrases = tsv_by_role("lex_agreement_context.tsv", role)
    fast = letter_led_pattern(phrases)  # same matches, faster scan
    return re.compile(fast if fast is not None else "(?i:" + phrase_pattern(phrases) + ")")


# The patterns of `kg/data/agreement_patterns.tsv` (each with its comment there).
PATTERNS = named_patterns("agreement_patterns.tsv")
_PASSIVE_RE = PATTERNS["passive-signed"]
_BY_AGENT_RE = PATTERNS["by-agent"]
_DONE_BY_RE = PATTERNS["done-by"]
_PREDICATE_RE = PATTERNS["predicate"]
_WITNESSED_BY_RE = PATTERNS["witnessed-by"]
_BARE_RECORD_END_RE = PATTERNS["bare-record-end"]
_BARE_RECORD = "biên bản"
_ISSUE_BEFORE_RE = PATTERNS["issued-before"]
_ISSUE_AFTER_RE = PATTERNS["issued-after"]
_IN_FULL_BEFORE_RE = PATTERNS["issued-in-full-before"]
IN_FULL_REACH = 60  # characters before the statement: "Thông tấn xã Việt Nam xin trân trọng giới thiệu toàn văn bản "
_FRAME_BEFORE_RE = PATTERNS["statement-frame-before"]
_FRAME_AFTER_RE = PATTERNS["statement-frame-after"]
_SAYS_RE = PATTERNS["statement-says"]
_PURPOSE_BEFORE_RE = PATTERNS["purpose-before"]
_OTHER_DOCUMENT_RE = PATTERNS["other-document"]
_COUNT_BEFORE_RE = PATTERNS["count-before"]
_LABEL_END_RE = PATTERNS["label-end"]
_MADE_BY_BEFORE_RE = PATTERNS["made-by-before"]
_MADE_BY_AFTER_RE = PATTERNS["made-by-after"]
_GENERIC_BEFORE = PATTERNS["generic-before"]
_ASEAN_RE = PATTERNS["asean"]
_CLOSES_CLAUSE_RE = PATTERNS["closes-clause"]
_LIST_OPENS_RE = PATTERNS["list-opens"]
_TWO_SIDES_RE = PATTERNS["two-sides-subject"]
_ADMM_PLUS_RE = PATTERNS["admm-plus"]
_ALL_MEMBERS_RE = PATTERNS["all-members"]
_ADMM_PLUS_ALL_RE = PATTERNS["admm-plus-all-members"]
_IN_CONFERENCE_NAME_RE = PATTERNS["in-conference-name"]
_ADOPTED_AS_ONE_RE = PATTERNS["adopted-as-one"]
_ATTENDANCE_RE = PATTERNS["attendance"]
_BILATERAL_RE = PATTERNS["bilateral"]
_BETWEEN_RE = PATTERNS["between"]
_CONJ_END_RE = PATTERNS["conjunction-end"]
_SUBJECT_RE = PATTERNS["subject"]
_MINISTRY_RE = PATTERNS["ministry"]
_WITNESS_RE = PATTERNS["witness"]
_CEREMONY_AFTER_RE = PATTERNS["ceremony-after"]
_NAMED_AFTER_RE = PATTERNS["named-after"]
_OBJECT_OF_ANOTHER_RE = PATTERNS["object-of-another"]
_DISCUSSED_RE = PATTERNS["discussed"]
_TOPIC_RE = PATTERNS["signing-as-topic"]
_TWINNING_CEREMONY_RE = PATTERNS["twinning-ceremony"]
_TWINNING_UNITS_RE = PATTERNS["twinning-units"]
_TWINNING_SUBJECT_RE = PATTERNS["twinning-subject"]
_SINCE_RE = PATTERNS["since-signing"]
_SIGNED_IN_YEAR_RE = PATTERNS["signed-in-year"]
_YEAR_OPENS_RE = PATTERNS["year-opens-clause"]
_CARDINAL_RE = PATTERNS["cardinal-before"]
_IMPLEMENTED_RE = PATTERNS["implemented-category"]
_YEAR_AFTER_TRIGGER_RE = PATTERNS["year-after-trigger"]
_YEAR_CLOSES_LABEL_RE = PATTERNS["year-closes-label"]
_ACRONYM_TOKEN_RE = PATTERNS["acronym-token"]
_FIRST_TO_SIGN_RE = PATTERNS["first-to-sign"]
_DEALS_LISTED_RE = PATTERNS["deals-listed"]
_WITH_SIDE_RE = PATTERNS["with-side"]
ACRONYM_NAME_REACH = 200  # characters before "(ANDCOM-28)" that may hold the name it shortens
_DATED_BY_SIGNING = ("MemorandumOfUnderstanding", "LetterOfIntent", "JointStatement")  # not a yearly plan or record


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
    nxt = trigger_re().search(text, start + 3, end)
    if nxt:
        conj = _CONJ_END_RE.search(text[start : nxt.start()])
        if conj:
            end = start + conj.start()
    return end


def _label(text: str, m: re.Match[str], hi: int) -> tuple[int, str]:
    """The end of the label the document word `m` opens (`_label_span`) and the label, its spaces
    collapsed and its first letter capitalised."""
    end = _label_span(text, m.end(), hi)
    label = " ".join(text[m.start() : end].split())
    return end, label[:1].upper() + label[1:]


def _foreign_sides(doc: Doc, idx: DocIndex, parties: list[str], lo: int, hi: int) -> list[str]:
    """On a page naming Vietnam nowhere (no Vietnamese country, place, unit or official): the
    foreign countries of the sentence that the telling lacks, when they make two sides with
    it ("Đại sứ Hàn Quốc tại Nam Phi ... ký biên bản ghi nhớ ... với Giám đốc Cơ quan mua sắm
    quốc phòng Nam Phi"), topped up with the article's most named ("việc ký kết biên bản ghi nhớ
    lần này ..." told again): a world-news item, not Vietnam opposite one of them. Else none."""
    if any(c.code == VNM for c in idx.countries) \
            or any(o.country == VNM for o in doc.officials):
        return []
    foreign = [c for c in dict.fromkeys(m.code for m in idx.countries_in(lo, hi)) if c not in parties]
    if len(parties) + len(foreign) > 2:
        return []
    more = [c for c in idx.foreign_countries() if c not in parties and c not in foreign]
    sides = (foreign + more)[: 2 - len(parties)]
    return sides if len(parties) + len(sides) == 2 else []


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


def _agents_after(text: str, people: list[NameOccurrence], pos: int, hi: int) -> tuple[list[str], list[str]]:
    """Signers and witnesses named after a document: "... được ký bởi X và Y,
    dưới sự chứng kiến của Z", "Thỏa thuận do X và Y ký"."""
    agent = _BY_AGENT_RE.search(text, pos, hi)
    if agent is None:
        return [], []
    seen = _WITNESSED_BY_RE.search(text, agent.end(), hi)
    a_hi = seen.start() if seen else hi
    signers = _names_in(people, agent.end(), a_hi)
    witnesses = _names_in(people, seen.end(), hi) if seen else []
    return signers, witnesses


def _names_in(people: list[NameOccurrence], lo: int, hi: int) -> list[str]:
    """The officials named in [lo, hi), each once, in order."""
    return list(dict.fromkeys(o.name for o in people if lo <= o.start < hi))


def _subject(label: str) -> Optional[str]:
    m = _SUBJECT_RE.search(label) or _TWINNING_SUBJECT_RE.search(label)
    return m.group(1).strip() if m else None


def _parties_from(idx: DocIndex, doc: Doc, a: int, b: int) -> list[str]:
    out: list[str] = []
    for c in idx.countries_in(a, b):
        add_unique(out, c.code)
    return out


def _signed_at(doc: Doc, sent: Sentence) -> Optional[Event]:
    """The event a document was signed at: the one its sentence tells, else the last one
    told before it in its paragraph ("... đồng chủ trì Đối thoại X lần thứ 14. Hai bên ký
    Biên bản đối thoại."), else the article's first talks, dialogue, visit, meeting or
    conference."""
    for ev in doc.events:
        if sent.text in ev.evidence:
            return ev
    signable = [ev for ev in doc.events if ev.type in ("Talks", "Dialogue", "Visit", "Meeting", "Conference")]
    p_lo = doc_index(doc).paragraph_start(sent.start)
    told_before = [(at, ev) for ev in signable for ev_sent in ev.evidence
                   if (at := doc.text.rfind(ev_sent, p_lo, sent.start)) >= 0]
    if told_before:
        return max(told_before, key=lambda pair: pair[0])[1]
    return _latest_of_other_sides(doc, signable, sent) or (signable[0] if signable else None)


def _latest_of_other_sides(doc: Doc, signable: list[Event], sent: Sentence) -> Optional[Event]:
    """On a page telling meetings with different foreign sides one after the other ("Tại cuộc
    gặp ... Thái Lan ... • Tại cuộc gặp, trao đổi với ... Philippines, ... Sau khi trao đổi ..., hai bên tiến hành
    ký thỏa thuận ..."), a document told after them in a paragraph of its own is signed at the latest told."""
    told = [(doc.text.rfind(ev_sent, 0, sent.start), ev) for ev in signable for ev_sent in ev.evidence]
    told = [(at, ev) for at, ev in told if at >= 0]
    foreign = {frozenset(set(ev.countries) - {"VNM"}) for _, ev in told}
    if len(foreign) < 2 or frozenset() in foreign:
        return None
    return max(told, key=lambda pair: pair[0])[1]


def _similar(a: Agreement, b: Agreement, acronyms: Optional[dict[str, str]] = None) -> bool:
    """One document told twice: same type, and subjects that mostly agree or of
    which one is the other said shorter ("về hợp tác" / "về hợp tác gìn giữ hòa bình")."""
    if a.type != b.type:
        return False
    if len(set(a.parties)) >= 2 and len(set(b.parties)) >= 2 and len(set(a.parties) & set(b.parties)) < 2:
        return False  # two different pairs of parties: two documents
    if a.subject and b.subject:
        sa, sb = _subject_words(a.subject, acronyms), _subject_words(b.subject, acronyms)
        if (sa <= sb or sb <= sa) and set(a.parties) == set(b.parties):
            return True
        return len(sa & sb) / max(1, len(sa | sb)) >= 0.6
    return True


def _subject_words(subject: str, acronyms: Optional[dict[str, str]] = None) -> set[str]:
    """A subject's words, brackets stripped and the article's acronyms spelled out: a field
    told in full ("gìn giữ hòa bình (GGHB)") and then by its acronym ("GGHB") shares its words."""
    words = [w.strip("()[]") for w in norm_key(subject).split()]
    spelled = [(acronyms or {}).get(w, w) for w in words]
    return set(" ".join(spelled).split()) - {""}


_ACRONYM_RE = PATTERNS["acronym-defined"]


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronyms the article defines, case-folded, to the words they shorten: "gìn giữ hòa
    bình (GGHB)" gives gghb -> "gìn giữ hòa bình" (the last words whose initials spell it)."""
    found: dict[str, str] = {}
    for m in _ACRONYM_RE.finditer(text):
        acronym = m.group(1).casefold()
        words = text[max(0, m.start() - 12 * len(acronym)) : m.start()].split()[-len(acronym):]
        if len(words) == len(acronym) and "".join(w[0] for w in words).casefold() == acronym:
            found.setdefault(acronym, norm_key(" ".join(words)))
    return found


SAME_BY_ACRONYM = rule("agreement.same-by-acronym", "the document told before, its field then shortened to an acronym the article defines ('gìn giữ hòa bình (GGHB)' ... 'GGHB')")
SIGNED = rule("agreement.signed", "a signing verb governs the document ('ký', 'ký kết', 'trao', 'Lễ ký kết các văn kiện: ...')")
SIGNING_NAMED = rule("agreement.signing-of-cooperation", "'Lễ ký kết hợp tác năm 2020 giữa A với B', 'Đồn Biên phòng A ký kết nghĩa với Đại đội B', 'tổ chức lễ kết nghĩa với B': a yearly cooperation or a twinning signed between two sides, no document named (CooperationAgreement)")
CIVIL_TWINNING = rule("agreement.civil-twinning", "a twinning whose sentence names no border post or military unit ('lễ ký kết nghĩa hữu nghị giữa thị trấn A và trấn B'): townships' tie, not a defence document")
ISSUED = rule("agreement.statement-issued", "a joint statement issued ('ra', 'công bố', 'thông qua Tuyên bố chung')")
ISSUED_AFTER = rule("agreement.statement-issued-passive", "a joint statement issued in the passive after it, in its clause ('“Tuyên bố chung” được thông qua sau hội nghị', 'Tuyên bố chung ... đã được công bố'), not planned ('sẽ được thông qua')")
IN_FULL = rule("agreement.statement-in-full", "a joint statement whose full text the page presents ('xin giới thiệu toàn văn Tuyên bố chung ...', 'Dưới đây là toàn văn Tuyên bố chung:'): issued; not a bare link line ('Toàn văn Tuyên bố chung Việt Nam - X' in a list of related news)")
REPORTED = rule("agreement.statement-reported", "a joint statement told by what it says ('Trong Tuyên bố chung, hai bên nhấn mạnh ...', 'Tuyên bố chung giữa hai nước khẳng định ...'), a summit told before it in the article: issued there, on its day")
STATEMENT_RETOLD = rule("agreement.statement-told-again", "'Tuyên bố chung khẳng định ...' right after a joint statement told as signed or issued, its sentence telling no event: that statement told by what it says, its parties, day and event (not the article's first meeting's)")
PASSIVE = rule("agreement.passive", "'... đã được ký', 'do X và Y ký' after the document")
CATEGORY = rule("agreement.category", "'các', 'những' before it or before its list ('các văn bản, thỏa thuận đã ký kết'): a kind of document, not one")
DEALS = rule("agreement.deals-listed", "'nhiều doanh nghiệp đã ký hợp đồng, thỏa thuận với đối tác ...': contracts and agreements in lower case, one bare list after the verb, are deals summed up, not a document")
COUNT = rule("agreement.count", "'hơn 10 hợp đồng, thỏa thuận': a count of documents, not one")
NOT_SIGNED = rule("agreement.not-signed", "no signing verb governs it (planned, drafted, cited): not a signed document")
PROSPECT = rule("agreement.prospect", "'đã ký X, mở ra tiềm năng về thỏa thuận Y': after the comma a prospect ('mở ra', 'tạo tiền đề', 'hướng tới'), Y only in view")
CLAUSE_CLOSED = rule("agreement.verb-closes-clause", "'Thực hiện Kế hoạch đã ký, hai bên chấp hành Nghị định thư ...': the verb signed what came before its comma, not this")
NO_PARTY = rule("agreement.no-party", "a document whose parties the page never names (neither country nor signer's country) is turned down: a graph node no query can place")
PARTIES_CONTEXT = rule("agreement.parties-of-context", "'hai nước đã ký ...' with no country in its clause: the two parties of the document told before")
FOREIGN_PAIR_GOES_ON = rule("agreement.foreign-pair-goes-on", "'Philippines và Canada đã ký Bản ghi nhớ ...' then, paragraphs on, 'Trước đó, hai nước đã ký thỏa thuận ...', Vietnam named nowhere since: the same two foreign states, not Vietnam opposite one of them")
PARTIES_BETWEEN = rule("agreement.parties-between", "the parties follow 'giữa' in its label")
PARTIES_SUBJECT = rule("agreement.parties-of-subject", "two countries named before the signing verb sign it")
PARTIES_WITH_SIDE = rule("agreement.parties-with-side", "'Đoàn Việt Nam thăm A và B, ký bản ghi nhớ ... với A': the label names its other side after 'với'; of the countries before the verb only Việt Nam signs with it (the others are places visited)")
PARTIES_SIGNERS = rule("agreement.parties-of-signers", "the countries of its signers and witnesses")
PARTIES_LABEL = rule("agreement.party-in-label", "'Biên bản ghi nhớ với Hàn Quốc': the label names the other side")
FOREIGN_SIDES = rule("agreement.foreign-sides", "a page naming Vietnam nowhere (no Vietnamese country, place, unit or official): the document's sides are the foreign countries of its sentence when they make two ('Đại sứ Hàn Quốc tại Nam Phi ký biên bản ghi nhớ với Giám đốc Cơ quan mua sắm quốc phòng Nam Phi'), not Vietnam opposite one of them")
OTHER_SIDE = rule("agreement.other-side", "one side named: Vietnam opposite it, or the two countries of the event it was signed at")
WITNESSES = rule("agreement.witnesses", "the people named before 'chứng kiến' witness it")
SIGNERS = rule("agreement.signers", "the people named before the signing verb sign it")
SIGNERS_AFTER = rule("agreement.signers-after", "'được ký bởi X và Y', 'Ký Thỏa thuận là X và Y': signers named after it")
PRINCIPALS = rule("agreement.principals-sign", "'hai Bộ trưởng ký': the two principals of the event it was signed at")
WITNESSES_NEXT = rule("agreement.witnesses-next-sentence", "'Thượng tướng Y chứng kiến lễ ký.' right after it")
SIGNERS_NEXT = rule("agreement.signers-later", "'Người ký văn kiện là X và Y.' after it")
STATEMENT_OF_MEETING = rule("agreement.statement-of-a-conference", "a joint statement of a multilateral conference: its parties are the conference's countries")
ADOPTED_AS_ONE = rule("agreement.adopted-by-the-meeting", "the meeting or its ministers as one adopt an ADMM+ statement ('các Bộ trưởng đã thông qua Tuyên bố chung', 'Hội nghị đã thông qua'): its parties are the members the article tells attending ('Tham dự có trưởng đoàn của ...'), not only those of the statement's sentence")
ASEAN_MEMBERS = rule("agreement.asean-members", "a joint statement of ASEAN or one of its meetings (ADMM, ACMMC ...): its parties are the member states on its day (Timor-Leste from 26/10/2025; an observer is none), not the host and Vietnam alone")
ASEAN_LISTED = rule("agreement.asean-members-listed", "an ASEAN statement whose sentence lists three or more members signing ('Bộ trưởng Quốc phòng Brunei, Campuchia, ... và Việt Nam đã ký Tuyên bố chung'): those members")
MEMBERS_AT_MEETING = rule("event.members-of-its-statement", "an ASEAN meeting whose joint statement every member issued ('Tuyên bố chung của Hội nghị nêu rõ ...'), the page naming no more than two of them: the members are its countries, as the statement's parties")
ADMM_PLUS_MEMBERS = rule("agreement.admm-plus-members", "a joint statement of the ADMM+: the ASEAN members and plus partners taking part (all eighteen when named as one)")
GROUP_BY_ACRONYM = rule("agreement.group-by-acronym", "'Tuyên bố chung Hà Nội của ANDCOM-28': the label's acronym, spelled out in the article after a name holding ASEAN ('... quốc phòng ASEAN lần thứ 28 (ANDCOM-28)'), makes it an ASEAN statement")
GROUP_OF_PARAGRAPH = rule("agreement.group-of-paragraph", "'ADMM-19 khai mạc ... Kết thúc hội nghị, các Bộ trưởng đã ký Tuyên bố chung ...': no group named in its sentence, the one opening its paragraph is the statement's")
HEADLINE_WORDS = rule("agreement.headline-words", "the headline's 'thỏa thuận' for a document the body names exactly: one document")
HEADLINE_SHORTER = rule("agreement.headline-told-shorter", "'ASEAN ra tuyên bố chung về tăng cường hợp tác an ninh biển' in the headline, the body's 'Tuyên bố chung Manila về tăng cường hợp tác quốc phòng vì một khu vực biển an toàn' with the same parties: one document, told shorter")
SAME_DOCUMENT = rule("agreement.same-document", "one document told twice: same type, subjects that agree")
OTHER_OBJECT = rule("agreement.object-of-another-verb", "'ký X, tạo điều kiện ... xây dựng kế hoạch Y', 'được ký trên cơ sở Bản ghi nhớ Y': Y is what another verb governs or a cited basis, not what was signed")
PURPOSE = rule("agreement.signing-as-purpose", "'tổ chức hội đàm để ký biên bản ...', 'thảo luận nhằm ký kết ...': the signing is what something is for, not told as done")
DISCUSSED = rule("agreement.discussed", "'trao đổi về ... Hiệp định': the sides discussed it, nothing was handed over or signed")
TOPIC = rule("agreement.signing-as-topic", "'việc ký X có ý nghĩa ...', 'báo cáo về nội dung ký X', 'nhắc lại việc hai Bộ đã ký X' (an earlier signing recalled): the signing is a topic, not told as done")
SINCE = rule("agreement.since-signed", "'kể từ khi hai bên ký kết Bản ghi nhớ ...', 'từ khi hai nước ký X': the signing opens a time the story looks back over, an earlier signing, not one told as done here")
FIRST_TO_SIGN = rule("agreement.first-to-sign", "'Chile, quốc gia Mỹ Latinh đầu tiên ký Hiệp định ... với Việt Nam': a country described by a first it holds, a record cited, not a signing told")
IMPLEMENTED = rule("agreement.implemented-category", "'rà soát việc thực hiện các văn kiện đã ký, gồm X': X is cited as in force, not signed here")
BARE_RECORD = rule("agreement.bare-record", "'hai bên ký biên bản, thống nhất ...': a record named by nothing, its clause closing after it, is the minutes of the talks told; one named by words that are no type ('biên bản ghi nhận kết quả kiểm tra') is no document")
RECORD_AGAIN = rule("agreement.record-told-again", "'... đã ký Biên bản ghi nhớ về hợp tác năm 2027. Đại tá X và Đại tá Y ký biên bản.': a bare 'biên bản' in the sentence right after a record named in full is that record told again (its signers when none were known), not minutes of their own")
YEARS_BEFORE = rule("agreement.signed-years-before", "'Bản ghi nhớ ... ký năm 2011', 'Năm 2015, hai bên đã ký ...', 'Tuyên bố Tầm nhìn chung về ... năm 2015' (a memorandum's, letter's or statement's name closed by its year): a document signed in an earlier year, cited as background")


def find_agreement_mentions(doc: Doc) -> list[AgreementMention]:
    """Every telling of a signed document, resolved; a later sentence without a
    document may name the last one's witnesses or signers."""
    idx = doc_index(doc)
    text = doc.text
    country_of = {o.name: o.country for o in doc.officials}
    out: list[AgreementMention] = []
    found_in = -2  # the sentence of the last document found
    for si, sent in enumerate(idx.sentences):
        matches = list(trigger_re().finditer(text, sent.start, sent.end))
        for m in matches:
            if found_in == si and _topic_of_the_last(doc, out[-1], m):
                continue
            mention = _mention(doc, idx, si, sent, m, country_of, out)
            if mention is not None:
                out.append(mention)
                found_in = si
        if out and not matches:
            _follow_up(doc, sent, out[-1], found_in == si - 1)
    return out


_TOPIC_OF_DOCUMENT_RE = PATTERNS["topic-of-document"]
TOPIC_OF_DOCUMENT = rule("agreement.topic-of-a-document", "a document word after 'về' inside the label of the document "
                         "told just before it ('Biên bản hội đàm về kế hoạch hợp tác giữa ...'): that document's "
                         "topic, not a document of its own")


def _topic_of_the_last(doc: Doc, last: AgreementMention, m: re.Match[str]) -> bool:
    """Whether the document word `m` is the topic of `last`, the document its sentence told before it, inside
    its label after "về" (`TOPIC_OF_DOCUMENT`); recorded as dropped."""
    if not last.trig_end <= m.start() < last.end or _TOPIC_OF_DOCUMENT_RE.match(doc.text[last.trig_end : m.start()]) is None:
        return False
    drop(doc, "agreement", TOPIC_OF_DOCUMENT, m.start(), m.end())
    return True


def _mention(doc: Doc, idx: DocIndex, si: int, sent: Sentence, m: re.Match[str],
             country_of: dict[str, Optional[str]], before: list[AgreementMention]) -> Optional[AgreementMention]:
    text = doc.text
    hi = sent.end
    key = " ".join(m.group().casefold().split())
    atype = agreement_types()[key]
    if key == _BARE_RECORD and not _BARE_RECORD_END_RE.match(text, m.end(), hi):
        drop(doc, "agreement", BARE_RECORD, m.start(), m.end())
        return None
    if key == _BARE_RECORD and _record_told_again(doc, idx, si, before):
        drop(doc, "agreement", RECORD_AGAIN, m.start(), m.end())
        return None
    governed = _governed(text, sent, m, atype)
    if not governed.kept:
        drop(doc, "agreement", governed.rule, m.start(), m.end())
        return None
    signed, how = governed.verb, governed.rule
    if how == REPORTED and before and before[-1].atype == "JointStatement" \
            and not any(sent.text in ev.evidence for ev in doc.events):
        return _statement_told_again(doc, si, sent, m, before[-1])
    event = _signed_at(doc, sent)
    if how == REPORTED and event is None:
        drop(doc, "agreement", NOT_SIGNED, m.start(), m.end())  # no summit told: a statement cited
        return None
    if _signed_years_before(doc, sent, m, signed):
        drop(doc, "agreement", YEARS_BEFORE, m.start(), m.end())
        return None
    end, label = _label(text, m, hi)
    ag = Agreement(type=atype, label=label, subject=_subject(label))
    mention = AgreementMention(atype, m.start(), end, si, ag, trig_end=m.end(), rules=[how])
    if key == _BARE_RECORD:
        mention.rules.append(BARE_RECORD)
    if _between(doc, idx, mention, label):
        mention.rules.append(PARTIES_BETWEEN)
    _people(doc, sent, mention, signed)
    _parties(doc, idx, sent, mention, signed, country_of)
    _parties_of_context(idx, doc.text, sent, mention, signed, before)
    _sides_and_day(doc, idx, si, sent, mention, event, country_of, reported=how == REPORTED)
    ag.evidence.append(sent.text)
    return mention


def _record_told_again(doc: Doc, idx: DocIndex, si: int, before: list[AgreementMention]) -> bool:
    """Whether a bare "biên bản" in sentence `si` is the record named in the sentence just before it
    ("... đã ký Biên bản ghi nhớ về hợp tác năm 2027. Đại tá X và Đại tá Y ký biên bản."): the same
    document told again, not minutes of their own (`RECORD_AGAIN`); the people of its sentence, two or
    more, are that document's signers when none are known."""
    last = before[-1] if before else None
    if last is None or last.sent != si - 1 or not norm_key(last.reading.label).startswith(_BARE_RECORD + " "):
        return False
    sent = idx.sentences[si]
    signers = [o.name for o in idx.names_in(sent.start, sent.end)]
    if len(signers) >= 2 and not last.reading.signatories:
        add_unique(last.reading.signatories, *signers)
        last.rules.append(RECORD_AGAIN)
    return True


def _sides_and_day(doc: Doc, idx: DocIndex, si: int, sent: Sentence, mention: AgreementMention,
                   event: Optional[Event], country_of: dict[str, Optional[str]], reported: bool) -> None:
    """The document's sides and day from the event it was signed or issued at, once the sentence's own
    people and countries are read: a conference's members for its statement, the other side of a
    bilateral event, the event's day for a statement told by what it says."""
    ag = mention.reading
    if event is not None:
        ag.signed_at = event.label
    if mention.rules.count(PRINCIPALS):
        mention.fallback = _principals(event, country_of)
    if ag.type == "JointStatement" and event is not None and event.type == "Conference" and len(event.countries) >= 3:
        # "các Bộ trưởng đã thông qua Tuyên bố chung": the members of the conference, not host and Vietnam
        ag.parties = list(event.countries)
        mention.rules.append(STATEMENT_OF_MEETING)
    foreign = _foreign_sides(doc, idx, ag.parties, sent.start, sent.end) if len(ag.parties) < 2 else []
    if foreign:
        add_unique(ag.parties, *foreign)
        mention.rules.append(FOREIGN_SIDES)
    elif len(ag.parties) < 2:
        # the other side: the two countries of a bilateral event; at a fair or a
        # conference of many, Vietnam (whose press this is) opposite the one named
        for c in _other_side(idx, ag.parties, event, sent.start, sent.end):
            add_unique(ag.parties, c)
        mention.rules.append(OTHER_SIDE)
    reported_on = event.start if reported and event is not None else None  # not a day its content names
    ag.date = reported_on or _date(idx, sent, si, event, (mention.start, mention.end))
    _members_of_statement(doc, idx, sent, mention, event)


def _statement_told_again(doc: Doc, si: int, sent: Sentence, m: re.Match[str],
                          told: AgreementMention) -> AgreementMention:
    """ "Tuyên bố chung khẳng định ..." after the statement told before (`STATEMENT_RETOLD`): that statement,
    with its parties, day and event, so the two tellings merge into one document."""
    end, label = _label(doc.text, m, sent.end)
    first = told.reading
    ag = Agreement(type="JointStatement", label=label, subject=_subject(label),
                   parties=list(first.parties), date=first.date, signed_at=first.signed_at)
    ag.evidence.append(sent.text)
    return AgreementMention("JointStatement", m.start(), end, si, ag, trig_end=m.end(), rules=[REPORTED, STATEMENT_RETOLD])


def _parties_of_context(idx: DocIndex, text: str, sent: Sentence, mention: AgreementMention,
                        signed: Optional[re.Match[str]], before: list[AgreementMention]) -> None:
    """"Trước đó, hai nước đã ký thỏa thuận ...": no country in the signing clause,
    its subject the two sides: they are the two parties of the document told
    before in its paragraph (Vietnam is not added opposite them: they may be two
    foreign states); a new paragraph may tell other sides' talks, unless the two told before are
    foreign states and Vietnam is named nowhere since (a world-news item going on)."""
    ag = mention.reading
    if ag.parties or signed is None or not before:
        return
    clause_lo = max(sent.start, *(text.rfind(mark, sent.start, signed.start()) + 1 for mark in ";,"))
    if _TWO_SIDES_RE.search(text, clause_lo, signed.start()) is None or idx.countries_in(clause_lo, signed.start()):
        return
    pair = [p for p in before[-1].reading.parties if p]
    if len(set(pair)) != 2:
        return
    if before[-1].start < idx.paragraph_start(sent.start):
        # told in an earlier paragraph: another story's sides ("Ngày 18/3, ... hội đàm với X (Trung Quốc)."),
        # unless two foreign states whose story goes on, Vietnam named nowhere since
        if VNM in pair or any(c.code == VNM for c in idx.countries_in(before[-1].start, sent.end)):
            return
        mention.rules.append(FOREIGN_PAIR_GOES_ON)
    ag.parties = list(pair)
    mention.rules.append(PARTIES_CONTEXT)


def _statement_group(idx: DocIndex, sent: Sentence, mention: AgreementMention, event: Optional[Event]) -> Optional[str]:
    """Whose joint statement this is: "ASEAN" (ASEAN or its defence ministers'
    meeting, ADMM), "ADMM+" (the meeting with the eight partners) or None. The
    last of them named before the document in its sentence (or in its own label:
    "Tuyên bố chung ADMM 10") decides, else the body its label names by an acronym
    the article spells out, else the one opening its paragraph, else the
    conference it was issued at; never a statement "hai nước" issue."""
    text = idx.doc.text
    if _BILATERAL_RE.search(text, sent.start, sent.end):
        return None
    named = _groups_named(text, sent.start, mention.end)
    if named:
        return max(named)[1]
    spelled = _group_of_label_acronym(text, mention)
    if spelled is not None:
        mention.rules.append(GROUP_BY_ACRONYM)
        return spelled
    opening = _groups_named(text, idx.paragraph_start(sent.start), sent.start)
    if opening:
        mention.rules.append(GROUP_OF_PARAGRAPH)
        return min(opening)[1]
    if event is None or event.type != "Conference":
        return None
    if _ADMM_PLUS_RE.search(event.label):
        return "ADMM+"
    return "ASEAN" if _ASEAN_RE.search(event.label) else None


def _groups_named(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """Where ASEAN (or its ministers' meeting) and the ADMM+ are named in text[lo:hi]."""
    named = [(m.start(), "ASEAN") for m in _ASEAN_RE.finditer(text, lo, hi)]
    return named + [(m.start(), "ADMM+") for m in _ADMM_PLUS_RE.finditer(text, lo, hi)]


def _group_of_label_acronym(text: str, mention: AgreementMention) -> Optional[str]:
    """"Tuyên bố chung Hà Nội của ANDCOM-28": an acronym in the label that the article
    spells out in brackets after a name ("Hội nghị ... quốc phòng ASEAN lần thứ 28
    (ANDCOM-28)"): the group that name holds."""
    for token in _ACRONYM_TOKEN_RE.finditer(text, mention.trig_end, mention.end):
        at = text.find("(" + token.group() + ")")
        if at < 0:
            continue
        lo = max(0, at - ACRONYM_NAME_REACH, text.rfind(".", 0, at) + 1, text.rfind("\n", 0, at) + 1)
        named = _groups_named(text, lo, at)
        if named:
            return max(named)[1]
    return None


def _members_of_statement(doc: Doc, idx: DocIndex, sent: Sentence, mention: AgreementMention,
                          event: Optional[Event]) -> None:
    """An ASEAN statement's parties are the member states on its day (see
    country_groups.tsv; an observer is none), not the host and Vietnam alone;
    those its sentence lists as signing when it lists three or more ("Bộ trưởng
    Quốc phòng Brunei, Campuchia, ... và Việt Nam đã ký"). An ADMM+ statement's
    are the members and partners the article shows taking part: all of them
    when its sentence names them as one ("Bộ trưởng Quốc phòng các nước ASEAN
    mở rộng đã ra tuyên bố chung"), else Vietnam, the conference's countries and
    those of the statement's sentence."""
    if mention.atype != "JointStatement":
        return
    group = _statement_group(idx, sent, mention, event)
    if group is None:
        return
    on = _statement_day(doc, mention, event)
    members = group_members("ASEAN", on) + (group_members("ADMM+", on) if group == "ADMM+" else [])
    if group == "ASEAN":
        members = _asean_signers(idx, sent, mention, members)
    elif not _all_members_named(doc.text, sent.start, sent.end, _ADMM_PLUS_ALL_RE):
        members = _admm_plus_present(doc, idx, sent, mention, event, members)
    parties = [VNM] + [code for code in members if code != VNM]
    if len(parties) >= 2:
        mention.reading.parties = parties
        mention.rules.append(ADMM_PLUS_MEMBERS if group == "ADMM+" else ASEAN_MEMBERS)


def _statement_day(doc: Doc, mention: AgreementMention, event: Optional[Event]) -> Optional[str]:
    """The statement's day (its own date, else its meeting's, else the page's) as ISO, None when
    no year is known: the groups' members are those of that day."""
    day = mention.reading.date or (event.start if event is not None and event.start is not None else doc.published)
    return day.iso() if day is not None and day.year else None


def _asean_signers(idx: DocIndex, sent: Sentence, mention: AgreementMention, members: list[str]) -> list[str]:
    """The ASEAN `members` the sentence lists before the statement as signing, when it lists three
    or more (`ASEAN_LISTED`), and Vietnam; else all `members`."""
    listed = {c.code for c in idx.countries_in(sent.start, mention.start)} & set(members)
    if len(listed) < 3:
        return members
    mention.rules.append(ASEAN_LISTED)
    return [code for code in members if code in listed | {VNM}]


def _admm_plus_present(doc: Doc, idx: DocIndex, sent: Sentence, mention: AgreementMention, event: Optional[Event],
                       members: list[str]) -> list[str]:
    """The ADMM+ `members` the article shows taking part: Vietnam, the conference's countries and
    those of the statement's sentence, and every member told attending when the meeting adopted
    the statement as one (`ADOPTED_AS_ONE`)."""
    present = {VNM, *(event.countries if event is not None else ())}
    present.update(c.code for c in idx.countries_in(sent.start, sent.end))
    if _ADOPTED_AS_ONE_RE.search(doc.text, max(sent.start, mention.start - 80), mention.start) is not None:
        present.update(_attending(doc.text, idx))
        mention.rules.append(ADOPTED_AS_ONE)
    return [code for code in members if code in present]


def _attending(text: str, idx: DocIndex) -> set[str]:
    """The countries of the sentences that tell who attended ("Tham dự Hội nghị có trưởng
    đoàn của Brunei, Campuchia, ..."): not a later chair or a topic named elsewhere."""
    out: set[str] = set()
    for s in idx.sentences:
        if _ATTENDANCE_RE.search(text, s.start, s.end) is not None:
            out.update(c.code for c in idx.countries_in(s.start, s.end))
    return out


def _all_members_named(text: str, lo: int, hi: int, whole: re.Pattern[str]) -> bool:
    """The members named as one subject, not inside a conference's name
    ("Hội nghị Bộ trưởng Quốc phòng các nước ASEAN")."""
    return any(_IN_CONFERENCE_NAME_RE.search(text, max(lo, m.start() - 40), m.start()) is None
               for m in whole.finditer(text, lo, hi))


@dataclass
class _Governed:
    kept: bool
    rule: str  # that kept it, or turned it down
    verb: Optional[re.Match[str]] = None  # the signing verb


GENERIC_REACH = 45  # characters before a document that may hold "các" and the list's earlier items


def _governed(text: str, sent: Sentence, m: re.Match[str], atype: str) -> _Governed:
    """Whether the document is told as signed or issued (and the signing verb),
    or the rule turning it down."""
    lo, hi = sent.start, sent.end
    if _GENERIC_BEFORE.search(text, max(lo, m.start() - GENERIC_REACH), m.start()):
        return _Governed(False, CATEGORY)
    if m.group()[:1].islower() and _DEALS_LISTED_RE.search(text, max(lo, m.start() - GENERIC_REACH), m.start()):
        return _Governed(False, DEALS)
    if _COUNT_BEFORE_RE.search(text, max(lo, m.start() - 40), m.start()) \
            or _CARDINAL_RE.search(text, max(lo, m.start() - 30), m.start()):
        return _Governed(False, COUNT)
    own = _own_verb(text, sent, m)
    if own is not None:
        return own
    signed, closed = _signing_verb(text, sent, m)
    if signed is not None:
        if _prospect_after_comma(text, signed.end(), m.start()):
            return _Governed(False, PROSPECT)
        refused = _verb_refused(text, lo, signed, m)
        return _Governed(False, refused) if refused is not None else _Governed(True, SIGNED, signed)
    issued = _statement_issued(text, sent, m) if atype == "JointStatement" else None
    if issued is not None:
        return issued
    tail = text[m.end() : hi]
    if _PASSIVE_RE.match(tail) is not None or _DONE_BY_RE.match(tail) is not None:
        return _Governed(True, PASSIVE)
    return _Governed(False, CLAUSE_CLOSED if closed else NOT_SIGNED)


def _statement_issued(text: str, sent: Sentence, m: re.Match[str]) -> Optional[_Governed]:
    """A joint statement with no signing verb, told as issued before or after it, presented in full,
    or told by what it says; None if none of these."""
    lo, hi = sent.start, sent.end
    if _ISSUE_BEFORE_RE.search(text, max(lo, m.start() - 20), m.start()):
        return _Governed(True, ISSUED)
    if _IN_FULL_BEFORE_RE.search(text, max(lo, m.start() - IN_FULL_REACH), m.start()):
        return _Governed(True, IN_FULL)
    if _ISSUE_AFTER_RE.match(text[m.end() : hi]) and not _plan_word(text, lo, lo, m.start()):
        return _Governed(True, ISSUED_AFTER)
    if _told_by_what_it_says(text, sent, m):
        return _Governed(True, REPORTED)
    return None


def _told_by_what_it_says(text: str, sent: Sentence, m: re.Match[str]) -> bool:
    """ "Trong Tuyên bố chung, hai bên ..." (the frame opening the sentence or a clause) or
    "Tuyên bố chung (giữa hai nước) khẳng định ...": the statement told by its content, not
    planned ("Tuyên bố chung sẽ nêu rõ ...")."""
    lo, hi = sent.start, sent.end
    if _FRAME_BEFORE_RE.search(text[lo : m.start()]) and _FRAME_AFTER_RE.match(text[m.end() : hi]):
        return True
    says = _SAYS_RE.match(text[m.end() : hi])
    return says is not None and not _plan_word(text, lo, m.end(), m.end() + says.end())


def _own_verb(text: str, sent: Sentence, m: re.Match[str]) -> Optional[_Governed]:
    """A signing told with no document named, the verb opening the trigger itself
    ("Lễ ký kết hợp tác năm 2020 giữa Bộ CHQS tỉnh với Tiểu khu Quân sự Preah
    Vihear"): signed, unless planned or told as a topic before it; None for a
    trigger that is a document's name."""
    verb = role_re("sign").match(text, m.start()) or _TWINNING_CEREMONY_RE.match(text, m.start())
    if verb is None or verb.end() >= m.end():
        return None
    lo = sent.start
    if m.group().casefold().endswith("nghĩa") and not _TWINNING_UNITS_RE.search(text, lo, sent.end):
        return _Governed(False, CIVIL_TWINNING)
    if _plan_word(text, lo, max(lo, m.start() - 30), m.start()) or _TOPIC_RE.search(text[lo : m.start()]):
        return _Governed(False, NOT_SIGNED)
    return _Governed(True, SIGNING_NAMED, verb)


def _plan_word(text: str, sent_lo: int, lo: int, hi: int) -> bool:
    """Whether a plan word ("sẽ", "dự kiến", "nghiên cứu") stands in text[lo:hi]; one capitalised
    inside the sentence is a word of a body's name ("Viện Nghiên cứu Quốc phòng Séc đã ký ..."), not a plan."""
    for w in role_re("not_yet").finditer(text, lo, hi):
        opens = w.start() == sent_lo or text[max(sent_lo, w.start() - 2) : w.start()].strip() in (".", ";", ":", "-", "–")
        if not w.group()[:1].isupper() or opens:
            return True
    return False


def _signing_verb(text: str, sent: Sentence, m: re.Match[str]) -> tuple[Optional[re.Match[str]], bool]:
    """The signing verb governing the document, if any, and whether the last verb
    before it closes its own clause ("Thực hiện Kế hoạch đã ký, hai bên ...")."""
    lo, hi = sent.start, sent.end
    signs = [v for v in role_re("sign").finditer(text, max(lo, m.start() - 150), m.start())
             if not _bracketed_note(text, lo, v, m.start())]
    if not signs:
        return None, False
    s = signs[-1]
    if _CLOSES_CLAUSE_RE.match(text, s.end(), m.start()) is not None \
            and _LIST_OPENS_RE.search(text, s.end(), m.start()) is None:
        return None, True
    gap = text[s.end() : m.start()]
    # a list of documents after one verb may be cut by ";" ("chứng kiến lễ ký
    # Biên bản ghi nhớ ...; Thỏa thuận ...") but a ";" clause does not carry it
    listed = ";" not in gap or ":" in gap or (
        not gap[gap.rfind(";") + 1 :].strip()
        and not _PREDICATE_RE.search(text, m.end(), clause_end(text, m.end(), hi))
    )
    if listed and not _plan_word(text, lo, max(lo, s.start() - 30), s.start()):
        return s, False
    return None, False


def _bracketed_note(text: str, lo: int, verb: re.Match[str], hi: int) -> bool:
    """Whether the verb stands inside brackets closed before `hi`: a note on the document before it
    ("thực hiện Hiệp định về ... (ký năm 2016) cùng Nghị định thư ...": when that one was signed), not
    a verb governing what follows the brackets."""
    opened = text.rfind("(", lo, verb.start())
    return opened > text.rfind(")", lo, verb.start()) and ")" in text[verb.end() : hi]


def _verb_refused(text: str, lo: int, verb: re.Match[str], m: re.Match[str]) -> Optional[str]:
    """Why the signing verb before the document does not sign it, if it does not:
    "trao đổi về" is talk; "kể từ khi hai bên ký X" looks back to an earlier signing; a verb or a cited basis between them governs the
    document ("ký X, ... xây dựng kế hoạch Y", "được ký trên cơ sở Bản ghi nhớ Y");
    "việc ký X có ý nghĩa" tells the signing as a topic; "quốc gia ... đầu tiên ký X" describes a
    country by a record it holds."""
    if verb.group().casefold() == "trao" and _DISCUSSED_RE.match(text, verb.end()):
        return DISCUSSED
    if _PURPOSE_BEFORE_RE.search(text, max(lo, verb.start() - 12), verb.start()):
        return PURPOSE
    # only the words after the last document listed under the verb ("ký A về xây dựng ...; B")
    listed = [t.end() for t in trigger_re().finditer(text, verb.end(), m.start())]
    gap_lo = max([verb.end(), *listed])
    if _OBJECT_OF_ANOTHER_RE.search(text, gap_lo, m.start()):
        return OTHER_OBJECT
    if _TOPIC_RE.search(text[lo : verb.start()]):
        return TOPIC
    if _SINCE_RE.search(text[lo : verb.start()]):
        return SINCE
    if _FIRST_TO_SIGN_RE.search(text, max(lo, verb.start() - 80), verb.start()):
        return FIRST_TO_SIGN
    if _IMPLEMENTED_RE.search(text, max(lo, verb.start() - 120), verb.start()):
        return IMPLEMENTED
    return None


def _signed_years_before(doc: Doc, sent: Sentence, m: re.Match[str], verb: Optional[re.Match[str]]) -> bool:
    """"Bản ghi nhớ ... ký năm 2011" right after the document, or "Năm 2015, hai
    bên đã ký ..." opening its clause: signed in a year before the page's, so
    cited as background. The year after the document counts unless it is the
    page's year or later; the one opening the clause only on a dated page."""
    text, lo, hi = doc.text, sent.start, sent.end
    page_year = doc.published.year if doc.published is not None else None
    nxt = trigger_re().search(text, m.end(), hi)
    end = nxt.start() if nxt else hi
    other = _OTHER_DOCUMENT_RE.search(text, m.end(), end)  # "..., thay thế văn kiện ... ký năm 2012"
    after = _SIGNED_IN_YEAR_RE.match(text[m.end() : other.start() if other else end])
    if after is not None and (page_year is None or int(after.group(1)) < page_year):
        return True
    if page_year is None:
        return False
    if agreement_types()[" ".join(m.group().casefold().split())] in _DATED_BY_SIGNING:
        closing = _YEAR_CLOSES_LABEL_RE.search(text, m.end(), _label_span(text, m.end(), hi))
        if closing is not None and int(closing.group(1)) < page_year:
            return True  # "ký Bản ghi nhớ về ... năm 2011" on a page of 2026
    named = _YEAR_AFTER_TRIGGER_RE.match(text, m.end()) if m.group().casefold().endswith("năm") else None
    if named is not None and int(named.group(1)) < page_year:
        return True  # "đã ký kết hợp tác năm 2019 với ..." on a page of 2020
    clause_lo = max(lo, text.rfind(";", lo, m.start()) + 1)
    opened = list(_YEAR_OPENS_RE.finditer(text[clause_lo : verb.start() if verb is not None else m.start()]))
    return bool(opened) and int(opened[-1].group(1)) < page_year


def _prospect_after_comma(text: str, verb_end: int, doc_start: int) -> bool:
    """"đã ký Bản ghi nhớ ..., mở ra tiềm năng về thỏa thuận ...": the clause
    after the last comma opens with a prospect, so its document is only in view."""
    comma = text.rfind(",", verb_end, doc_start)
    if comma < 0:
        return False
    lead = re.match(r"\s*", text[comma + 1 : doc_start])
    start = comma + 1 + (lead.end() if lead else 0)
    found = role_re("prospect").match(text, start, doc_start)
    return found is not None


def _between(doc: Doc, idx: DocIndex, mention: AgreementMention, label: str) -> bool:
    """Parties named after "giữa" in the label, countries and the bodies named
    whole by the organisation reader ("Bộ Quốc phòng Liên bang Nga"), else by shape."""
    between = _BETWEEN_RE.search(label)
    if not between:
        return False
    ag = mention.reading
    b0 = mention.start + label.find(between.group(0))
    ag.parties = _parties_from(idx, doc, b0, mention.end)
    named = between.group(1)
    whole = sorted((named.find(o.name), o.name) for o in doc.organizations if o.name in named)
    whole = [(i, n) for i, n in whole if not any(j <= i and i + len(n) <= j + len(o) and n != o for j, o in whole)]
    add_unique(ag.party_organizations, *(n for _, n in whole))
    if not whole:
        for org in _MINISTRY_RE.findall(named):
            add_unique(ag.party_organizations, org)
    return True


def _people(doc: Doc, sent: Sentence, mention: AgreementMention, signed: Optional[re.Match[str]]) -> None:
    """Signers or witnesses: the people named before it (witnesses before
    "chứng kiến"), else named after ("là X và Y", "được ký bởi X và Y"), else
    "hai Bộ trưởng" -- the principals of the event, unless another telling names them."""
    lo, hi = sent.start, sent.end
    text, people = doc.text, doc_index(doc).names_in(lo, hi)
    ag = mention.reading
    witness = _WITNESS_RE.search(text, lo, mention.start)
    cut = witness.start() if witness else (signed.start() if signed else mention.start)
    named = [o.name for o in people if lo <= o.start < mention.start and o.start < cut]
    if not named and _NAMED_AFTER_RE.match(text, mention.end, hi):
        named = [o.name for o in people if mention.end <= o.start < hi]
    signers, witnesses = _agents_after(text, people, mention.end, hi) if not named else ([], [])
    mention.witnessed = witness is not None
    if named:
        add_unique(ag.witnesses if witness else ag.signatories, *named)
        mention.rules.append(WITNESSES if witness else SIGNERS)
    elif role_re("collective").search(text, lo, cut) is not None:
        mention.rules.append(PRINCIPALS)
    add_unique(ag.signatories, *signers)
    add_unique(ag.witnesses, *witnesses)
    if signers or witnesses:
        mention.rules.append(SIGNERS_AFTER)


def _parties(doc: Doc, idx: DocIndex, sent: Sentence, mention: AgreementMention,
             signed: Optional[re.Match[str]], country_of: dict[str, Optional[str]]) -> None:
    """Parties when the label gives none: two countries named before the signing,
    else the signers' and witnesses' countries; and the side the label names."""
    ag = mention.reading
    if not ag.parties:
        _parties_of_subject(doc, idx, sent, mention, signed)
    if not ag.parties:
        for p in ag.signatories + ag.witnesses:
            add_unique(ag.parties, country_of.get(p))
        if ag.parties:
            mention.rules.append(PARTIES_SIGNERS)
    if len(ag.parties) < 2:
        # "Biên bản ghi nhớ với Hàn Quốc", "Ý định thư về hợp tác quốc phòng Việt Nam - Australia"
        label_parties = list(dict.fromkeys(c.code for c in idx.countries_in(mention.trig_end, mention.end)
                                           if not _maker_of_an_arm(doc.text, c)))
        if set(label_parties) - set(ag.parties):
            mention.rules.append(PARTIES_LABEL)
        add_unique(ag.parties, *label_parties)


def _maker_of_an_arm(text: str, c: CountryMention) -> bool:
    """ "... máy bay chiến đấu Su-30 MK2 do Nga sản xuất": the country a label names as an arm's maker
    is no side of the document (`made-by-before`, `made-by-after`)."""
    return _MADE_BY_BEFORE_RE.search(text, max(0, c.start - 4), c.start) is not None and \
        _MADE_BY_AFTER_RE.match(text, c.end) is not None


def _parties_of_subject(doc: Doc, idx: DocIndex, sent: Sentence, mention: AgreementMention,
                        signed: Optional[re.Match[str]]) -> None:
    """Two or more countries named before the signing verb, in its clause, sign it; of three or
    more with Việt Nam, only Việt Nam and the side the label names after "với" when it is one
    of them (the others are places a delegation visits)."""
    before = signed.start() if signed else mention.start
    # the signing clause only: "... với trưởng đoàn Belarus và Séc; hai bên Việt Nam - Séc ký"
    clause_lo = max(sent.start, doc.text.rfind(";", sent.start, before) + 1)
    subj = list(dict.fromkeys(c.code for c in idx.countries_in(clause_lo, before)))
    if len(subj) < 2:
        return
    side = _side_after_with(idx, doc, mention) if len(subj) >= 3 and VNM in subj else None
    if side is not None and side in subj:
        mention.reading.parties = [VNM, side]
        mention.rules.append(PARTIES_WITH_SIDE)
    else:
        mention.reading.parties = subj
        mention.rules.append(PARTIES_SUBJECT)


def _side_after_with(idx: DocIndex, doc: Doc, mention: AgreementMention) -> Optional[str]:
    """The one foreign country the label names after "với" ("... về đào tạo với Mozambique"), else None."""
    at = _WITH_SIDE_RE.search(doc.text, mention.trig_end, mention.end)
    if at is None:
        return None
    codes = set(_parties_from(idx, doc, at.end(), mention.end)) - {VNM}
    return codes.pop() if len(codes) == 1 else None


def _date(idx: DocIndex, sent: Sentence, si: int, event: Optional[Event],
          label: tuple[int, int] = (0, 0)) -> Optional[PartialDate]:
    """The first date of its sentence outside its own label ("Tuyên bố tầm nhìn
    chung ... hướng tới năm 2030") and before another document it names ("..., thay thế văn
    kiện ký năm 2012"), else the event it was signed at, else the dateline."""
    other = _OTHER_DOCUMENT_RE.search(idx.doc.text, label[1], sent.end) if label[1] else None
    cut = other.start() if other is not None else sent.end
    dates = [d for d in idx.dates_in(sent.start, cut) if not label[0] <= d.start < label[1]]
    if dates:
        return dates_of(idx, dates[0])[0]
    if event is not None and event.start is not None:
        return event.start
    return dates_of(idx, dateline(idx, si))[0]


def _follow_up(doc: Doc, sent: Sentence, last: AgreementMention, right_after: bool) -> None:
    """A sentence after a document that tells no document itself: "Thượng tướng
    Y chứng kiến lễ ký." (right after it) names its witnesses; "Người ký văn
    kiện là X và Y." its signers, unless known already."""
    lo, hi = sent.start, sent.end
    text, people = doc.text, doc_index(doc).names_in(lo, hi)
    ag = last.reading
    if right_after and not ag.witnesses:
        seen = _WITNESS_RE.search(text, lo, hi)
        if seen is not None and _CEREMONY_AFTER_RE.match(text, seen.end(), hi):
            add_unique(ag.witnesses, *(o.name for o in people if lo <= o.start < seen.start()))
            last.rules.append(WITNESSES_NEXT)
            return
    # tested before the search, which has no other use
    if ag.signatories or not role_re("signer").search(text, lo, hi):
        return
    signers = [o.name for o in people if lo <= o.start < hi]
    if len(signers) >= 2:
        add_unique(ag.signatories, *signers)
        last.rules.append(SIGNERS_NEXT)


def merge_agreements(doc: Doc, mentions: list[AgreementMention]) -> list[Agreement]:
    """One agreement per document: tellings of the same type whose subjects agree
    are merged; "hai Bộ trưởng ký" falls back on the event's principals only if no
    telling names the signers (or witnesses)."""
    idx = doc_index(doc)
    acronyms = defined_acronyms(doc.text) if len(mentions) > 1 else {}
    merged: list[Agreement] = []
    pending: dict[int, list[AgreementMention]] = {}
    for mention in mentions:
        ag = mention.reading
        sent = idx.sentences[mention.sent]
        twin = next((x for x in merged if _similar(x, ag, acronyms)), None)
        if twin is not None and acronyms and not _similar(twin, ag):
            mention.rules.append(SAME_BY_ACRONYM)
        ag.readings.append(Reading(sent.start, sent.end, mention.start, mention.end, tuple(mention.rules)))
        if twin is None:
            merged.append(ag)
            twin = ag
        else:
            _merge_into(twin, ag)
        if PRINCIPALS in mention.rules:
            pending.setdefault(id(twin), []).append(mention)
    for ag in merged:
        for mention in pending.get(id(ag), []):
            if mention.witnessed and not ag.witnesses:
                add_unique(ag.witnesses, *mention.fallback)
            elif not mention.witnessed and not ag.signatories:
                add_unique(ag.signatories, *mention.fallback)
        ag.witnesses = [w for w in ag.witnesses if w not in ag.signatories]
        ag.parties = [p for p in ag.parties if p]
    return _headline_words_folded(doc.text, merged)


def _is_headline(text: str, r: Reading) -> bool:
    line = text[r.sentence_start : r.sentence_end].rstrip()
    return bool(line) and line[-1] not in ".!?…:;" and "\n" not in line


_SUBJECT_FILLERS = frozenset({"về", "hợp", "tác", "trong", "lĩnh", "vực", "giữa", "và", "các"})


def _headline_words_folded(text: str, merged: list[Agreement]) -> list[Agreement]:
    """A headline's "ký thỏa thuận hợp tác gìn giữ hòa bình" for the document the
    body names exactly ("Bản ghi nhớ về hợp tác trong lĩnh vực gìn giữ hòa bình"):
    one document, kept under its exact type; a headline's document of the body's type
    and parties, two words of its subject shared, is that one told shorter. A headline
    is a line with no full stop."""
    out = list(merged)
    for ag in merged:
        if not _headline_only(text, ag):
            continue
        loose = ag.type == "CooperationAgreement"  # the headline's "thỏa thuận" names any type
        exact = _body_twin(text, ag, out, loose)
        if exact is not None:
            exact.readings.extend(r.with_rule(HEADLINE_WORDS if loose else HEADLINE_SHORTER) for r in ag.readings)
            out.remove(ag)
    return out


def _headline_only(text: str, ag: Agreement) -> bool:
    """Every reading of the document is in a headline."""
    return all(_is_headline(text, r) for r in ag.readings)


def _body_twin(text: str, ag: Agreement, candidates: list[Agreement], loose: bool) -> Optional[Agreement]:
    """The body's document that the headline's `ag` tells: same parties, two words of its
    subject shared, of another type when `loose` (the headline's "thỏa thuận"), else of the same."""
    words = set(norm_key(ag.subject or ag.label).split()) - _SUBJECT_FILLERS - {"thỏa", "thoả", "thuận"}
    return next((x for x in candidates if x is not ag and (x.type != ag.type if loose else x.type == ag.type)
                 and set(x.parties) == set(ag.parties) and x.subject and not _headline_only(text, x)
                 and len(words & set(norm_key(x.subject).split())) >= 2), None)


def _merge_into(twin: Agreement, ag: Agreement) -> None:
    if len(ag.label) > len(twin.label) and ag.subject:
        twin.label, twin.subject = ag.label, ag.subject
    add_unique(twin.parties, *ag.parties)
    add_unique(twin.party_organizations, *ag.party_organizations)
    add_unique(twin.signatories, *ag.signatories)
    add_unique(twin.witnesses, *ag.witnesses)
    add_unique(twin.evidence, *ag.evidence)
    twin.date = twin.date or ag.date
    twin.signed_at = twin.signed_at or ag.signed_at
    twin.readings.extend(r.with_rule(SAME_DOCUMENT) for r in ag.readings)


@component(
    "agreements",
    requires=["text", "sentences", "dates", "countries", "officials", "organizations", "name_occurrences", "events"],
    assigns=["agreement_mentions", "agreements", "events"],
)
def agreements_component(doc: Doc) -> Doc:
    """Documents signed (or witnessed being signed) as the article reports; an ASEAN meeting
    whose statement is read takes its members (`_members_at_meeting`)."""
    doc.agreement_mentions = find_agreement_mentions(doc)
    doc.agreements = _with_a_party(doc, merge_agreements(doc, doc.agreement_mentions))
    _members_at_meeting(doc)
    return doc


def _with_a_party(doc: Doc, agreements: list[Agreement]) -> list[Agreement]:
    """A document none of whose parties the page names ("Bộ CHQS hai tỉnh đã ký kết biên bản ghi
    nhớ" on an excerpt that never says which provinces) says nothing a user can query: the graph's
    shapes require a party, so it is turned down, recorded for `kg explain`."""
    kept = []
    for ag in agreements:
        if ag.parties:
            kept.append(ag)
        else:
            start, end = (ag.readings[0].start, ag.readings[0].end) if ag.readings else (0, 0)
            drop(doc, "agreement", NO_PARTY, start, end)
    return kept


def _members_at_meeting(doc: Doc) -> None:
    """A conference whose ASEAN statement was issued there, the page naming at most two of its
    countries (a page told by its host's speech: "Phát biểu khai mạc ..., Tư lệnh Lực lượng Quốc
    phòng Malaysia, ... tham dự ACDFM-22"), has the statement's members as its countries; a page
    naming the delegations present keeps those (the golds read them so)."""
    for ag in doc.agreements:
        if not any(ASEAN_MEMBERS in r.rules for r in ag.readings):
            continue
        for event in doc.events:
            if event.type == "Conference" and event.label == ag.signed_at and len(set(event.countries)) <= 2:
                event.countries = [*event.countries, *(c for c in ag.parties if c not in event.countries)]
                if event.readings:
                    event.readings[-1] = event.readings[-1].with_rule(MEMBERS_AT_MEETING)
