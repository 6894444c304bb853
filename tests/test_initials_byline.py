"""An author signing with initials in capitals ("T.H", "N.V.A.") closes the body like a name in
capitals: a dated item after it is another story glued to the page (round 27)."""

from kg.model import PartialDate

from tests.reading_helpers import read

PAGE = """Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Bulgaria hội đàm

Chiều 8/5, tại Hà Nội, Thượng tướng Vũ Đức Minh, Thứ trưởng Bộ Quốc phòng, đã hội đàm với ông Stefan Dimitrov Kolev, Thứ trưởng Bộ Quốc phòng Bulgaria, đang thăm làm việc tại Việt Nam.

Hai bên nhất trí tăng cường trao đổi đoàn, hợp tác đào tạo và công nghiệp quốc phòng, phối hợp tại các diễn đàn đa phương.

Kết thúc hội đàm, hai Thứ trưởng đã chứng kiến lễ trao đổi biên bản ghi nhớ về hợp tác đào tạo giữa hai Bộ Quốc phòng.

T.H

Sáng 8/5, Bộ Chỉ huy Quân sự tỉnh Nam Hà tổ chức hội nghị tổng kết công tác tuyển quân. Đại tá Phùng Văn Lộc, Chỉ huy trưởng, yêu cầu các địa phương làm tốt công tác chuẩn bị cho năm tới. Cùng ngày, Tổng thống Uruguay Mateo Ferreira Lins tiếp Đại sứ Việt Nam tại Montevideo.
"""


def test_initials_close_the_body():
    doc = read(PAGE, PartialDate(2026, 5, 8))
    names = {o.name for o in doc.officials}
    assert "Stefan Dimitrov Kolev" in names
    assert "Phùng Văn Lộc" not in names and "Mateo Ferreira Lins" not in names
