"""Round 53c: a document word after "về" inside the label of the document told just before it ("ký Biên bản hội đàm
về kế hoạch hợp tác giữa Hải quân ... giai đoạn 2026-2027") is that document's topic, not a second document
(`agreement.topic-of-a-document`, pattern `topic-of-document`): one Minutes, no CooperationAgreement. Two documents
joined by "và" stay two. Sentences written for the test."""

from __future__ import annotations

from kg.model import PartialDate

from reading_helpers import drops, read

LEAD = ("Ngày 24-4-2026, tại Hải Phòng, Phó Đô đốc Trần Văn Hải, Tư lệnh Quân chủng Hải quân, hội đàm với Phó Đô đốc "
        "Ivan Petrov, Phó Tư lệnh Hải quân Liên bang Nga. ")


def _documents(text: str) -> list[tuple[str, list[str]]]:
    return [(a.type, sorted(a.parties)) for a in read(text, PartialDate(2026, 4, 25)).agreements]


def test_a_plan_after_ve_is_the_minutes_topic() -> None:
    text = LEAD + ("Kết thúc hội đàm, hai bên đã ký Biên bản hội đàm về kế hoạch hợp tác giữa Hải quân nhân dân Việt Nam "
                   "và Hải quân Liên bang Nga giai đoạn 2026-2027.")
    assert _documents(text) == [("Minutes", ["RUS", "VNM"])]
    assert "agreement.topic-of-a-document" in drops(read(text, PartialDate(2026, 4, 25)), "agreement")


def test_two_documents_joined_by_va_stay_two() -> None:
    text = LEAD + ("Kết thúc hội đàm, hai bên đã ký Biên bản hội đàm và Kế hoạch hợp tác giữa Hải quân nhân dân Việt "
                   "Nam và Hải quân Liên bang Nga năm 2026.")
    assert sorted(t for t, _ in _documents(text)) == ["CooperationAgreement", "Minutes"]
