"""A unit's or a mass organisation's own charity item glued after a border exchange ("Sáng 2/2, Hội Cựu chiến binh
tỉnh tổ chức chợ Tết ... trao 150 suất quà ...") goes (clean.domestic-item-at-end), even when its author's name is
glued after its last full stop ("... dự và trao quà. Minh Khuê"); the exchange's own gifts to the guests stay."""

from tests.reading_helpers import read

from kg.model import PartialDate

_STORY = (
    "Biên phòng Hà Giang giao lưu hữu nghị với đồn biên phòng Mã Quan\n\n"
    "Ngày 2/2, tại khu vực cửa khẩu Thanh Thủy, Bộ Chỉ huy BĐBP tỉnh tổ chức giao lưu hữu nghị, chúc Tết với Đồn "
    "biên phòng Mã Quan, Trung Quốc.\n\n"
    "Tham dự có Đại tá Phùng Quang Vinh, Chỉ huy trưởng BĐBP tỉnh; Thượng tá Lý Kiến Hoa, Đồn trưởng Đồn biên phòng "
    "Mã Quan.\n\n"
    "Hai bên thông báo kết quả phối hợp tuần tra, trao đổi thông tin và thống nhất tiếp tục giữ gìn biên giới hòa "
    "bình, hữu nghị.\n\n"
    "Phạm Thu\n"
)


def test_charity_item_with_glued_byline_goes():
    tail = ("Sáng 2/2, Hội Cựu chiến binh tỉnh tổ chức chương trình chợ Tết yêu thương tại nhà văn hóa tổ 3, trao "
            "150 suất quà cho hội viên khó khăn. Ông Hà Văn Tiến, Chủ tịch Hội Cựu chiến binh tỉnh, dự và trao quà. "
            "Minh Khuê\n")
    doc = read(_STORY + tail, PartialDate(2026, 2, 3))
    names = {o.name for o in doc.officials}
    assert "Hà Văn Tiến" not in names
    assert "Phùng Quang Vinh" in names


def test_gifts_to_the_other_side_stay():
    tail = ("Sáng 2/2, hai bên đã trao 150 suất quà Tết cho đoàn khách và các hộ dân ở hai bên biên giới. Đại tá "
            "Phùng Quang Vinh cảm ơn Thượng tá Lý Kiến Hoa đã phối hợp chặt chẽ. Minh Khuê\n")
    doc = read(_STORY + tail, PartialDate(2026, 2, 3))
    assert "đoàn khách" in doc.text
