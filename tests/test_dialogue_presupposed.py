"""'Tại đối thoại, X nhấn mạnh ...' opening a page that told no dialogue before: the dialogue of
the page's two sides took place (`event.presupposed`), undated when the page gives no day."""

from tests.reading_helpers import events, rules_of


def test_dialogue_taken_as_told():
    text = ("Tại đối thoại, Trung tướng Trần Văn Bình, Thứ trưởng Bộ Quốc phòng, cho rằng quan hệ "
            "Việt Nam - Canada đã có nhiều bước tiến. Hai bên nhất trí tăng cường trao đổi đoàn.")
    found = events(text, kind="Dialogue")
    assert len(found) == 1 and set(found[0].countries) == {"VNM", "CAN"}
    assert "event.presupposed" in rules_of(found)


def test_dialogue_as_a_mechanism_only_is_not_one():
    text = ("Trung tướng Trần Văn Bình, Thứ trưởng Bộ Quốc phòng, cho rằng cơ chế đối thoại giữa "
            "Việt Nam và Canada cần được duy trì.")
    assert events(text, kind="Dialogue") == []
