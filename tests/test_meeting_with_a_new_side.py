"""A round-up of meetings with different foreign sides: "Tại cuộc gặp, trao đổi với <a unit of X>, ..."
opening a sentence or a bullet line after a meeting with another foreign side, no earlier one with X, is
another meeting (`event.at-the-told-new-side`), not a telling of the one before; a document the two sides
sign after it, in a paragraph of its own, is signed at it. "Tại cuộc gặp, ..." naming no new side stays
the meeting told."""

from tests.reading_helpers import events, read

TWO_SIDES = (
    "Cảnh sát biển Việt Nam gặp các lực lượng chấp pháp khu vực\n\n"
    "Tại cuộc gặp xã giao, Trung tướng Trần Văn Nam, Tư lệnh Cảnh sát biển Việt Nam cho rằng Cảnh sát biển "
    "Việt Nam và Hải quân Myanmar luôn coi trọng hợp tác trên biển giữa hai lực lượng.\n"
    "Qua trao đổi, Phó Đô đốc Aung Kyaw, Tư lệnh Hải quân Myanmar mong muốn hai bên tiếp tục chia sẻ thông tin, tuần tra chung ở cấp cơ sở...\n"
    "• Tại cuộc gặp, trao đổi với Cơ quan An ninh biển Indonesia, Trung tướng Trần Văn Nam và Phó Đô đốc "
    "Budi Santoso, Phó Giám đốc Cơ quan An ninh biển Indonesia cùng khẳng định quan hệ hợp tác tốt đẹp.\n"
    "Sau khi trao đổi về những vấn đề cùng quan tâm, hai bên tiến hành ký thỏa thuận về thiết lập cơ chế "
    "đường dây nóng."
)

SAME_SIDE = TWO_SIDES.replace(
    "Cơ quan An ninh biển Indonesia, Trung tướng Trần Văn Nam và Phó Đô đốc Budi Santoso, Phó Giám đốc Cơ quan An "
    "ninh biển Indonesia cùng", "Hải quân Myanmar, Trung tướng Trần Văn Nam và Phó Đô đốc Aung Kyaw cùng")


def _meeting_countries(text):
    return [set(e.countries) for e in events(text, kind="Meeting")]


def test_meeting_with_a_new_side_is_another_meeting():
    assert _meeting_countries(TWO_SIDES) == [{"VNM", "MMR"}, {"VNM", "IDN"}]


def test_agreement_after_it_is_signed_with_the_new_side():
    agreements = read(TWO_SIDES).agreements
    assert agreements and set(agreements[0].parties) == {"VNM", "IDN"}


def test_meeting_with_the_same_side_is_the_one_told():
    assert _meeting_countries(SAME_SIDE) == [{"VNM", "MMR"}]
