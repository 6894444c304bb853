#!/usr/bin/env python3
"""Sanity checks for the heldout77 gold: parse, NFC, ISO alpha-3, ISO dates,
participants/signatories/witnesses among officials, documents match articles,
forbidden names/countries not among the gold facts, gold names occur in the article text."""
import glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ISO3 = set("""ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR BHS
BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB CUW
CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB
GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM
JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV
MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL
OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE
SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN
TZA UGA UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE""".split())
EVT = {"Exhibition", "Dialogue", "Talks", "Visit", "Conference", "Meeting", "Exchange", "Exercise", "PortCall"}
AGR = {"LetterOfIntent", "MemorandumOfUnderstanding", "CooperationAgreement", "Minutes", "JointStatement"}
LVL = {"ComprehensiveStrategicPartnership", "StrategicPartnership", "ComprehensivePartnership"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

def norm(s):
    return " ".join(unicodedata.normalize("NFC", s).casefold().split())

# articles: file stems, plus jsonl record ids
texts = {}
for p in glob.glob(os.path.join(HERE, "articles", "*")):
    name = os.path.basename(p)
    if name.endswith(".jsonl"):
        for line in open(p, encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                for k in ("id", "title", "text", "published", "url", "source"):
                    assert k in r, (name, k)
                texts[r["id"]] = r["title"] + "\n" + r["text"]
    else:
        texts[name] = open(p, encoding="utf-8").read()

errors = []
def err(f, m): errors.append(f"{os.path.basename(f)}: {m}")

def walk_nfc(x, f):
    if isinstance(x, str):
        if unicodedata.normalize("NFC", x) != x: err(f, f"not NFC: {x!r}")
    elif isinstance(x, list):
        for i in x: walk_nfc(i, f)
    elif isinstance(x, dict):
        for k, v in x.items(): walk_nfc(k, f); walk_nfc(v, f)

def chk_date(f, d, what, allow_none=True):
    if d is None:
        if not allow_none: err(f, f"{what}: missing date")
        return
    if not DATE.match(d): err(f, f"{what}: bad date {d!r}")

golds = sorted(glob.glob(os.path.join(HERE, "gold", "*.json")))
counts = {"partners": 0, "officials": 0, "events": 0, "agreements": 0, "partnerships": 0, "forbidden": 0}
seen_docs = set()
for f in golds:
    try:
        g = json.load(open(f, encoding="utf-8"))
    except Exception as e:
        err(f, f"does not parse: {e}"); continue
    walk_nfc(g, f)
    doc = g.get("document")
    if doc not in texts: err(f, f"document {doc!r} matches no article")
    stem = doc.rsplit(".", 1)[0] if doc and doc.endswith((".html", ".txt")) else doc
    if os.path.basename(f) != f"{stem}.json": err(f, "file name does not match document")
    seen_docs.add(doc)
    text = norm(texts.get(doc, ""))
    chk_date(f, g.get("published"), "published", allow_none=False)
    for c in g["partners"]:
        if c not in ISO3: err(f, f"partner {c} not ISO3")
    names = {norm(o["name"]) for o in g["officials"]}
    for o in g["officials"]:
        if o["country"] not in ISO3: err(f, f"official {o['name']} country {o['country']}")
        if norm(o["name"]) not in text: err(f, f"official {o['name']} not found in article text")
    for e in g["events"]:
        if e["type"] not in EVT: err(f, f"event type {e['type']}")
        chk_date(f, e["start"], e["label"]); chk_date(f, e["end"], e["label"])
        for c in e["countries"]:
            if c not in ISO3: err(f, f"event country {c}")
        for p in e["participants"]:
            if norm(p) not in names: err(f, f"participant {p} not among officials")
    for a in g["agreements"]:
        if a["type"] not in AGR: err(f, f"agreement type {a['type']}")
        chk_date(f, a["date"], a["label"])
        for c in a["parties"]:
            if c not in ISO3: err(f, f"party {c}")
        for p in a["signatories"] + a["witnesses"]:
            if norm(p) not in names: err(f, f"signatory/witness {p} not among officials")
    for p in g["partnerships"]:
        if p["level"] not in LVL: err(f, f"level {p['level']}")
        for c in p["countries"]:
            if c not in ISO3: err(f, f"partnership country {c}")
        chk_date(f, p["since"], "partnership since")
    opt = g["optional"]
    for e in opt.get("events", []):
        if e["type"] not in EVT: err(f, f"optional event type {e['type']}")
        chk_date(f, e.get("start"), "optional event")
    for a in opt.get("agreements", []):
        if a["type"] not in AGR: err(f, f"optional agreement type {a['type']}")
        chk_date(f, a.get("date"), "optional agreement")
    for c in opt.get("partners", []):
        if c not in ISO3: err(f, f"optional partner {c}")
    fb = g["forbidden"]
    gold_countries = set(g["partners"]) | {"VNM"}
    for e in g["events"]: gold_countries |= set(e["countries"])
    for a in g["agreements"]: gold_countries |= set(a["parties"])
    for o in g["officials"]: gold_countries.add(o["country"])
    for c in fb["countries"]:
        if c not in ISO3: err(f, f"forbidden country {c}")
        if c in gold_countries: err(f, f"forbidden country {c} is also a gold fact")
    for n in fb["names"]:
        if norm(n) in names: err(f, f"forbidden name {n} is also a gold official")
        if norm(n) not in text: err(f, f"forbidden name {n} not found in article text")
    for k in ("partners", "officials", "events", "agreements", "partnerships"):
        counts[k] += len(g[k])
    counts["forbidden"] += len(fb["countries"]) + len(fb["names"])

for d in texts:
    if d not in seen_docs: errors.append(f"article {d} has no gold")

print(f"{len(golds)} gold files, {len(texts)} articles")
print("facts:", counts)
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
