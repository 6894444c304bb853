#!/usr/bin/env python3
"""Sanity checks for the heldout75 gold: parse, NFC, ISO alpha-3, officials cover participants/signatories/witnesses,
ISO dates, documents match articles. Also checks that every forbidden name / trap word really occurs in the article
and that every gold official's name occurs in the article text. Exit code 1 on any error."""
import glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ISO3 = set("""
ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR BHS BIH BLM BLR BLZ
BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU
DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC
GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM
KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG
MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL
PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN
SWE SWZ SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR
VNM VUT WLF WSM YEM ZAF ZMB ZWE""".split())
EVENT_TYPES = {"Exhibition", "Dialogue", "Talks", "Visit", "Conference", "Meeting", "Exchange", "Exercise", "PortCall"}
AGR_TYPES = {"LetterOfIntent", "MemorandumOfUnderstanding", "CooperationAgreement", "Minutes", "JointStatement"}
LEVELS = {"ComprehensiveStrategicPartnership", "StrategicPartnership", "ComprehensivePartnership"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

errors = []
def err(f, msg):
    errors.append(f"{f}: {msg}")

def load_articles():
    arts = {}
    for p in glob.glob(os.path.join(HERE, "articles", "*")):
        name = os.path.basename(p)
        text = open(p, encoding="utf-8").read()
        if name.endswith(".jsonl"):
            for i, line in enumerate(text.splitlines()):
                if not line.strip():
                    continue
                r = json.loads(line)
                for k in ("id", "title", "text", "published", "url", "source"):
                    if k not in r:
                        err(name, f"record {i} lacks {k}")
                arts[r["id"]] = r["title"] + "\n" + r["text"]
        else:
            arts[name] = text
    return arts

def fold(s):
    return " ".join(unicodedata.normalize("NFC", s).casefold().split())

def check_date(f, what, d, allow_none=True):
    if d is None:
        if not allow_none:
            err(f, f"{what} missing date")
        return
    if not isinstance(d, str) or not DATE.match(d):
        err(f, f"{what} bad date {d!r}")

def main():
    arts = load_articles()
    seen = set()
    for gp in sorted(glob.glob(os.path.join(HERE, "gold", "*.json"))):
        f = os.path.basename(gp)
        raw = open(gp, encoding="utf-8").read()
        if unicodedata.normalize("NFC", raw) != raw:
            err(f, "not NFC")
        try:
            g = json.loads(raw)
        except Exception as e:
            err(f, f"does not parse: {e}")
            continue
        doc = g.get("document")
        if doc not in arts:
            err(f, f"document {doc!r} matches no article")
            continue
        stem = doc.rsplit(".", 1)[0] if doc.endswith((".html", ".txt")) else doc
        if stem + ".json" != f:
            err(f, "file name does not follow the article stem")
        seen.add(doc)
        text = fold(arts[doc])
        check_date(f, "published", g.get("published"), allow_none=False)
        for c in g.get("partners", []):
            if c not in ISO3: err(f, f"partner {c} not ISO alpha-3")
        names = set()
        for o in g.get("officials", []):
            names.add(o["name"])
            if o.get("country") not in ISO3: err(f, f"official {o['name']} bad country {o.get('country')}")
            if fold(o["name"]) not in text: err(f, f"official name {o['name']!r} not found in article")
        for e in g.get("events", []):
            if e["type"] not in EVENT_TYPES: err(f, f"bad event type {e['type']}")
            check_date(f, e["label"], e.get("start")); check_date(f, e["label"], e.get("end"))
            for c in e.get("countries", []):
                if c not in ISO3: err(f, f"event country {c}")
            for p in e.get("participants", []):
                if p not in names: err(f, f"participant {p!r} not among officials")
        for a in g.get("agreements", []):
            if a["type"] not in AGR_TYPES: err(f, f"bad agreement type {a['type']}")
            check_date(f, a["label"], a.get("date"))
            for c in a.get("parties", []):
                if c not in ISO3: err(f, f"agreement party {c}")
            for p in a.get("signatories", []) + a.get("witnesses", []):
                if p not in names: err(f, f"signatory/witness {p!r} not among officials")
        for p in g.get("partnerships", []):
            if p["level"] not in LEVELS: err(f, f"bad level {p['level']}")
            if len(p["countries"]) != 2 or any(c not in ISO3 for c in p["countries"]): err(f, f"bad partnership countries {p['countries']}")
            check_date(f, "partnership since", p.get("since"))
        opt = g.get("optional", {})
        for c in opt.get("partners", []):
            if c not in ISO3: err(f, f"optional partner {c}")
        for e in opt.get("events", []):
            if e["type"] not in EVENT_TYPES: err(f, f"optional bad event type {e['type']}")
            check_date(f, "optional " + e["label"], e.get("start"))
        for a in opt.get("agreements", []):
            if a["type"] not in AGR_TYPES: err(f, f"optional bad agreement type {a['type']}")
        fb = g.get("forbidden", {})
        for c in fb.get("countries", []):
            if c not in ISO3: err(f, f"forbidden country {c}")
            if c in g.get("partners", []): err(f, f"forbidden country {c} is also a partner")
        for n in fb.get("names", []):
            if n in names: err(f, f"forbidden name {n!r} is also a gold official")
            if fold(n) not in text: err(f, f"forbidden name {n!r} does not occur in the article")
    for d in arts:
        if d not in seen:
            err("set", f"article {d} has no gold")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print(f"OK: {len(seen)} gold files, {len(arts)} articles")

if __name__ == "__main__":
    main()
