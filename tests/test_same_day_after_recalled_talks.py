"""A day told for talks recalled as a result ("đánh giá cao kết quả hội đàm giữa A với B, Thứ trưởng ...,
diễn ra chiều 11/3") is the recalled talks' day, not where the story is: a later "Chiều cùng ngày" counts
from the lead's day (`event.same-day`), however the recalled day is set off by a comma and "diễn ra"."""

from kg.model import PartialDate
from tests.reading_helpers import events

TEXT = (
    "Thủ tướng tiếp Tư lệnh Quân đội Canada\n\n"
    "Sáng 12/3, tại Trụ sở Chính phủ, Thủ tướng Hồ Minh Đức đã tiếp Đại tướng Mark Dawson, Tư lệnh Quân đội "
    "Canada, đang có chuyến thăm chính thức Việt Nam từ ngày 11 đến 13/3.\n\n"
    "Thủ tướng Hồ Minh Đức chào mừng Đại tướng Mark Dawson; đánh giá cao kết quả hội đàm giữa Đại tướng Mark "
    "Dawson với Thượng tướng Trần Quang Bình, Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam, diễn ra chiều "
    "11/3 tại Hà Nội.\n\n"
    "Thủ tướng đề nghị hai bên tiếp tục hợp tác trong lĩnh vực gìn giữ hòa bình.\n\n"
    "Chiều cùng ngày, tại Phủ Chủ tịch, Chủ tịch nước Lê Văn Hòa đã tiếp Đại tướng Mark Dawson.\n"
)


def test_the_same_afternoon_is_the_lead_day() -> None:
    found = events(TEXT, PartialDate(2026, 3, 12), "Meeting")
    hosts = {e.label: e.start for e in found}
    president = next(day for label, day in hosts.items() if "Lê Văn Hòa" in label)
    assert president == PartialDate(2026, 3, 12)
