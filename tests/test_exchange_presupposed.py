"""An exchange framing its sentence by its programme's word ("Tại chương trình giao lưu, A và B đã cùng nhau
thi đấu bóng đá ..."), no exchange told before, is the exchange of Vietnam and the one foreign side its sentence
names (`event.exchange-presupposed`); a sentence naming no foreign side opens none."""

from tests.reading_helpers import events

BORDER = (
    "Tại chương trình giao lưu, Bộ đội Biên phòng tỉnh Cao Bằng và Chi đội Quản lý biên giới Bách Sắc đã cùng "
    "nhau thi đấu bóng chuyền, biểu diễn văn nghệ. Hai bên trao đổi quà lưu niệm."
)

DOMESTIC = (
    "Tại chương trình giao lưu, Bộ đội Biên phòng tỉnh Cao Bằng và Đoàn Thanh niên huyện Hà Quảng đã cùng "
    "nhau thi đấu bóng chuyền, biểu diễn văn nghệ."
)


def test_exchange_programme_with_a_foreign_unit_is_an_exchange():
    found = events(BORDER, kind="Exchange")
    assert found and set(found[0].countries) == {"VNM", "CHN"}


def test_exchange_programme_at_home_is_none():
    assert not events(DOMESTIC, kind="Exchange")
