#!/usr/bin/env python3
"""Sanity checks for the heldout76 gold: parse, NFC, ISO alpha-3, ISO dates,
participants/signatories/witnesses among officials, document <-> article match."""
import json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ISO3 = set("""ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR BHS
BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB CUW
CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB
GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM
JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV
MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL
OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE
SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN
TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE""".split())
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
EVENT_TYPES = {"Exhibition", "Dialogue", "Talks", "Visit", "Conference", "Meeting", "Exchange", "Exercise", "PortCall"}
AGR_TYPES = {"LetterOfIntent", "MemorandumOfUnderstanding", "CooperationAgreement", "Minutes", "JointStatement"}
LEVELS = {"ComprehensiveStrategicPartnership", "StrategicPartnership", "ComprehensivePartnership"}


def articles():
    out = {}
    for fn in os.listdir(HERE):
        if fn.endswith((".html", ".txt")) and fn.startswith("a"):
            out[fn] = open(os.path.join(HERE, fn), encoding="utf-8").read()
        elif fn.endswith(".jsonl"):
            for line in open(os.path.join(HERE, fn), encoding="utf-8"):
                if line.strip():
                    r = json.loads(line)
                    for k in ("id", "title", "text", "published", "url", "source"):
                        assert k in r, (fn, k)
                    out[r["id"]] = r["title"] + "\n" + r["text"]
    return out


def walk_strings(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, list):
        for i in x:
            yield from walk_strings(i)
    elif isinstance(x, dict):
        for k, v in x.items():
            yield k
            yield from walk_strings(v)


def main():
    errs = []
    arts = articles()
    gold_dir = os.path.join(HERE, "gold")
    seen = set()
    counts = {"partners": 0, "officials": 0, "events": 0, "agreements": 0, "partnerships": 0,
              "forbidden_countries": 0, "forbidden_names": 0}
    for fn in sorted(os.listdir(gold_dir)):
        if not fn.endswith(".json"):
            continue
        path = os.path.join(gold_dir, fn)
        try:
            g = json.load(open(path, encoding="utf-8"))
        except Exception as e:
            errs.append(f"{fn}: does not parse: {e}"); continue
        def err(m): errs.append(f"{fn}: {m}")
        for s in walk_strings(g):
            if unicodedata.normalize("NFC", s) != s:
                err(f"not NFC: {s!r}")
        doc = g.get("document")
        if doc not in arts:
            err(f"document {doc!r} matches no article")
        else:
            seen.add(doc)
            stem = doc.rsplit(".", 1)[0] if doc.endswith((".html", ".txt")) else doc
            if stem + ".json" != fn:
                err("file name does not follow the article stem")
        text = unicodedata.normalize("NFC", arts.get(doc, ""))
        if not DATE.match(g.get("published") or ""):
            err("published not ISO")
        for c in g["partners"]:
            if c not in ISO3: err(f"partner {c} not ISO alpha-3")
        names = {o["name"] for o in g["officials"]}
        for o in g["officials"]:
            if o["country"] not in ISO3: err(f"official {o['name']} country {o['country']}")
            if o["name"] not in text: err(f"official name not in article: {o['name']}")
        for e in g["events"]:
            if e["type"] not in EVENT_TYPES: err(f"event type {e['type']}")
            for k in ("start", "end"):
                if e.get(k) is not None and not DATE.match(e[k]): err(f"event {k} not ISO: {e[k]}")
            for c in e["countries"]:
                if c not in ISO3: err(f"event country {c}")
            for p in e["participants"]:
                if p not in names: err(f"participant {p} not among officials")
        for a in g["agreements"]:
            if a["type"] not in AGR_TYPES: err(f"agreement type {a['type']}")
            if a.get("date") is not None and not DATE.match(a["date"]): err(f"agreement date {a['date']}")
            for c in a["parties"]:
                if c not in ISO3: err(f"party {c}")
            for p in a["signatories"] + a["witnesses"]:
                if p not in names: err(f"signatory/witness {p} not among officials")
        for p in g["partnerships"]:
            if p["level"] not in LEVELS: err(f"level {p['level']}")
            if p.get("since") and not DATE.match(p["since"]): err(f"since {p['since']}")
            for c in p["countries"]:
                if c not in ISO3: err(f"partnership country {c}")
        opt = g.get("optional", {})
        for e in opt.get("events", []):
            if e.get("type") not in EVENT_TYPES: err(f"optional event type {e.get('type')}")
            if e.get("start") and not DATE.match(e["start"]): err(f"optional event start {e['start']}")
        for a in opt.get("agreements", []):
            if a.get("type") not in AGR_TYPES: err(f"optional agreement type {a.get('type')}")
        for c in opt.get("partners", []):
            if c not in ISO3: err(f"optional partner {c}")
        fb = g.get("forbidden", {})
        for c in fb.get("countries", []):
            if c not in ISO3: err(f"forbidden country {c}")
            if c in g["partners"]: err(f"forbidden country {c} is also a partner")
        for n in fb.get("names", []):
            if n in names: err(f"forbidden name {n} is also an official")
            if n.casefold() not in text.casefold(): err(f"forbidden name not found in the page: {n}")
        counts["partners"] += len(g["partners"]); counts["officials"] += len(g["officials"])
        counts["events"] += len(g["events"]); counts["agreements"] += len(g["agreements"])
        counts["partnerships"] += len(g["partnerships"])
        counts["forbidden_countries"] += len(fb.get("countries", [])); counts["forbidden_names"] += len(fb.get("names", []))
    for a in arts:
        if a not in seen:
            errs.append(f"article {a} has no gold")
    for e in errs:
        print("ERROR", e)
    print(f"{len(seen)} gold files checked against {len(arts)} articles; counts: {counts}")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
