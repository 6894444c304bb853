"""Round 46b: a plan told after "theo" ("tổ chức các chuyến thăm ... theo kế hoạch hợp tác hằng năm")
is what the work follows, cited as its basis, not a document handed over by the "trao" of "trao
đổi đoàn" before it (`agreement.object-of-another-verb`). Sentences written for the test."""

from __future__ import annotations

from reading_helpers import drops, read


def test_a_plan_after_theo_is_no_signed_document() -> None:
    doc = read("Chiều 8/4/2026, Đô đốc John Harlan cho biết Hải quân Hoa Kỳ sẵn sàng tăng cường trao đổi đoàn, "
               "tổ chức các chuyến thăm tàu tới Việt Nam theo kế hoạch hợp tác hằng năm.")
    assert doc.agreements == []
    assert "agreement.object-of-another-verb" in drops(doc, "agreement")
