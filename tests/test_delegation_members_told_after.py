"""A delegation just received, its head and members told in the sentences after ("Trưởng đoàn là Đại tá X, ...",
"Cùng đến chúc Tết có Đại tá Y, ...; Thượng tá Z, ..."): they take part in that reception (`event.back-reference`).
Sentences of our own."""

from kg.model import PartialDate
from tests.reading_helpers import events

TEXT = (
    "Chiều 27/1, tại Trụ sở Bộ Quốc phòng, Thượng tướng Phạm Hoài Sơn, Thứ trưởng Bộ Quốc phòng đã tiếp Đoàn Tùy viên "
    "Quốc phòng các nước tại Việt Nam đến chúc Tết.\n\n"
    "Trưởng đoàn là Đại tá Somsak Chaiyaphum, Tùy viên Quốc phòng Thái Lan tại Việt Nam. Cùng đến chúc Tết có Đại tá "
    "Sok Vannak, Tùy viên Quốc phòng Campuchia; Trung tá Marek Nowak, Tùy viên Quốc phòng Ba Lan.\n"
)


def test_head_and_members_take_part_in_the_reception():
    meetings = events(TEXT, PartialDate(2026, 1, 28), "Meeting")
    assert len(meetings) == 1
    assert {"Phạm Hoài Sơn", "Somsak Chaiyaphum", "Sok Vannak", "Marek Nowak"} <= set(meetings[0].participants)
    assert {"VNM", "THA", "KHM", "POL"} <= set(meetings[0].countries)
