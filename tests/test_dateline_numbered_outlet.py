"""An outlet's dateline may carry a number glued to its capitals ("(QK9 Online) - ", a military region's site): a
later paragraph opening with it is another story's lead (clean.second-lead), its people out of the graph."""

from tests.reading_helpers import read

from kg.model import PartialDate

_HEAD = "Quân khu 9 tiếp đoàn Bộ Tư lệnh Quân khu 4, Quân đội Hoàng gia Campuchia\n\n"
_SAPO = "Ngày 5/3, đoàn Quân khu 4, Quân đội Hoàng gia Campuchia đã đến thăm và làm việc tại Quân khu 9.\n\n"
_LEAD = ("{tag} - Trung tướng Trịnh Quốc Bảo, Tư lệnh Quân khu 9 đã tiếp đoàn đại biểu Quân khu 4, Quân đội Hoàng gia "
         "Campuchia do Trung tướng Sok Vanna, Tư lệnh Quân khu 4 dẫn đầu. Hai bên trao đổi về phối hợp quản lý biên giới.\n\n")
_BODY = ("Trung tướng Sok Vanna cảm ơn sự giúp đỡ của Quân khu 9 trong đào tạo cán bộ và huấn luyện, mong hai bên tiếp "
         "tục phối hợp chặt chẽ trong công tác quy tập hài cốt liệt sĩ.\n\n"
         "Kết thúc buổi làm việc, hai bên đã ký biên bản ghi nhớ về hợp tác giữa hai Quân khu trong năm 2026.\n\n"
         "Trần Thu Hà\n\n")


def _page(tag: str, tail: str) -> str:
    return _HEAD + _SAPO + _LEAD.format(tag=tag) + _BODY + tail


def test_second_lead_with_numbered_outlet_is_cut():
    tail = ("(QK9 Online) - Ngày 5/3, Thiếu tướng Mai Đức Thịnh, Phó Chính ủy Quân khu dẫn đầu đoàn công tác đến thăm, "
            "động viên cán bộ, chiến sĩ Trung đoàn 20 trước mùa huấn luyện mới. Dịp này, đoàn tặng đơn vị 100 suất quà.\n")
    doc = read(_page("(QK9 Online)", tail), PartialDate(2026, 3, 6))
    names = {o.name for o in doc.officials}
    assert "Mai Đức Thịnh" not in names
    assert {"Trịnh Quốc Bảo", "Sok Vanna"} <= names


def test_numbered_note_is_no_dateline():
    tail = ("(1) - Trung tướng Trịnh Quốc Bảo nhấn mạnh hai bên cần duy trì đường dây nóng, trao đổi thông tin thường "
            "xuyên và phối hợp tuần tra song phương trên tuyến biên giới.\n")
    doc = read(_page("(QK9 Online)", tail), PartialDate(2026, 3, 6))
    assert "đường dây nóng" in doc.text
