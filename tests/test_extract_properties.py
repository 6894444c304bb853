"""Properties: the pipeline never crashes and evidence is always from the text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.pipeline import extract

WORDS = st.sampled_from([
    "Đại tướng", "Phan Văn Giang", "hội đàm", "với", "Thượng tướng", "Trương Hựu Hiệp", "Trung Quốc", "Việt Nam",
    "ký", "Ý định thư", "giữa", "và", "Đối tác chiến lược toàn diện", "Triển lãm", "Quốc phòng", "2024", "Chiều 24/10,",
    "tại", "Hà Nội", ",", ".", "\n", "Ảnh:", "Marc Knapper", "Đại sứ", "Hoa Kỳ", "lần thứ 5", "(", ")", "-",
])


def _check(text: str) -> None:
    doc = extract(text)
    for item in [*doc.events, *doc.agreements, *doc.partnerships, *doc.officials]:
        for ev in item.evidence:
            assert ev in doc.text and ev in text or ev in doc.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_crashes(text):
    _check(text)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, max_size=40).map(" ".join))
def test_domain_soup_evidence_is_substring(text):
    doc = extract(text)
    for item in [*doc.events, *doc.agreements, *doc.partnerships, *doc.officials]:
        # the page's headline is read apart from the body (officials only), so its evidence is the headline
        assert all(ev in doc.text or ev == doc.headline for ev in item.evidence)


ORG_WORDS = st.sampled_from([
    "Cục", "Tổng cục", "Hải quân", "Bộ Tham mưu liên hợp", "Tập đoàn", "Công nghiệp", "Gìn", "giữ", "hòa bình",
    "hai nước", "Việt Nam", "Nhật Bản", "trưởng", "đã", "phối hợp", ",", ".", "Quốc phòng", "Bộ", "7", "-",
])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ORG_WORDS, max_size=30).map(" ".join))
def test_organisations_are_never_bare_heads_and_come_from_the_text(text):
    from kg.pipeline.common import load_lines, norm_key

    heads = {norm_key(h) for h in load_lines("lex_org_heads.txt")}
    standalone = {norm_key(h) for h in load_lines("lex_org_standalone.txt")}
    doc = extract(text)
    for org in doc.organizations:
        key = norm_key(org.name)
        assert key not in heads or key in standalone, org.name
        assert not key.endswith(" -")
