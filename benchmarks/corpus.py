"""Generate a synthetic corpus of Vietnamese defence-news articles for benchmarks.

The articles mimic real pages: a headline, a dated lead, several body
paragraphs with officials, talks, visits, signings and partnerships, a photo
caption with a credit, a byline and a related-news footer. Content is random
but seeded, so a corpus can be regenerated exactly.

    python benchmarks/corpus.py OUT_DIR --articles 10000
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

SURNAMES = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lương Trịnh Đinh Mai".split()
MIDDLES = "Văn Thị Minh Quang Xuân Hữu Đức Thanh Mạnh Sĩ Hồng Ngọc Tiến Công Bá Đình Trọng".split()
GIVENS = "Giang Chiến Tấn Hùng Tuấn Chương Tuyến Long Bình Cường Dũng Hải Sơn Thắng Nam Phong Khải Lâm Vinh Toàn".split()
RANKS = ["Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Chuẩn Đô đốc", "Phó Đô đốc"]
VN_POSITIONS = ["Thứ trưởng Bộ Quốc phòng", "Bộ trưởng Bộ Quốc phòng", "Chủ nhiệm Tổng cục Chính trị",
                "Tư lệnh Quân chủng Hải quân", "Cục trưởng Cục Đối ngoại, Bộ Quốc phòng", "Phó Tổng Tham mưu trưởng"]
FOREIGN = [("Hoa Kỳ", ["Lloyd Austin", "Marc Knapper", "John Aquilino", "Daniel Kritenbrink"]),
           ("Pháp", ["Sébastien Lecornu", "Olivier Brochet", "Caroline Salahun"]),
           ("Italia", ["Guido Crosetto", "Matteo Perego di Cremnago"]),
           ("Australia", ["Richard Marles", "Andrew Goledzinowski", "Pat Conroy"]),
           ("Nhật Bản", ["Kihara Minoru", "Ito Naoki", "Yamada Takio"]),
           ("Hàn Quốc", ["Shin Won-sik", "Choi Young-sam", "Kim Seon-ho"]),
           ("Ấn Độ", ["Rajnath Singh", "Sandeep Arya"]),
           ("Trung Quốc", ["Trương Hựu Hiệp", "Đổng Quân", "Hùng Ba"]),
           ("Nga", ["Xéc-gây Sôi-gu", "An-đrây Bê-lâu-xốp", "Gien-na-đi Bê-dơ-đét-cô"]),
           ("Indonesia", ["Prabowo Subianto", "Sjafrie Sjamsoeddin"]),
           ("Singapore", ["Ng Eng Hen", "Chan Chun Sing"])]
FOREIGN_POSITIONS = ["Bộ trưởng Quốc phòng", "Đại sứ {c} tại Việt Nam", "Thứ trưởng Quốc phòng", "Tư lệnh Hải quân",
                     "Tùy viên Quốc phòng {c} tại Việt Nam"]
AGREEMENTS = ["Bản ghi nhớ về hợp tác gìn giữ hòa bình Liên hợp quốc", "Ý định thư về tăng cường hợp tác quốc phòng",
              "Thỏa thuận về hợp tác đào tạo", "Biên bản hội đàm", "Tuyên bố tầm nhìn chung về hợp tác quốc phòng"]
LEVELS = ["Đối tác chiến lược toàn diện", "Đối tác chiến lược", "Đối tác toàn diện"]
FILLER = [
    "Hai bên đánh giá cao kết quả hợp tác trong thời gian qua, nhất là trên các lĩnh vực trao đổi đoàn, đào tạo, "
    "công nghiệp quốc phòng, khắc phục hậu quả chiến tranh và gìn giữ hòa bình Liên hợp quốc.",
    "Việt Nam nhất quán thực hiện đường lối đối ngoại độc lập, tự chủ, hòa bình, hữu nghị, hợp tác và phát triển, "
    "kiên trì chính sách quốc phòng \"bốn không\" và giải quyết tranh chấp bằng biện pháp hòa bình trên cơ sở luật pháp quốc tế.",
    "Các hoạt động hợp tác được triển khai thiết thực, hiệu quả, phù hợp với nhu cầu và khả năng của mỗi bên, "
    "góp phần vì hòa bình, ổn định, hợp tác và phát triển ở khu vực châu Á - Thái Bình Dương và trên thế giới.",
    "Hai bên nhất trí tiếp tục phối hợp chặt chẽ, ủng hộ lẫn nhau tại các diễn đàn đa phương như ADMM+, ARF và Liên hợp quốc.",
]
MORE = [
    "Thời gian tới, hai bên thống nhất tăng cường trao đổi đoàn các cấp, nhất là đoàn cấp cao, duy trì hiệu quả các cơ chế tham vấn, đối thoại.",
    "Hợp tác trong lĩnh vực đào tạo, quân y, tìm kiếm cứu nạn, ứng phó thảm họa thiên tai và an ninh mạng tiếp tục được mở rộng.",
    "Phía bạn đánh giá cao vai trò, vị thế ngày càng được nâng cao của Việt Nam trong khu vực và trên trường quốc tế.",
    "Đoàn đã đến thăm Học viện Quốc phòng, Bộ Tư lệnh Cảnh sát biển và một số doanh nghiệp công nghiệp quốc phòng.",
    "Các đại biểu đã trao đổi về tình hình khu vực và quốc tế cùng quan tâm, trong đó có vấn đề Biển Đông.",
    "Hai bên khẳng định sẽ tiếp tục phối hợp chặt chẽ trong khuôn khổ ASEAN, ADMM và ADMM+ vì một khu vực hòa bình, ổn định.",
    "Đây là dịp để lực lượng hải quân hai nước tăng cường giao lưu, chia sẻ kinh nghiệm về bảo đảm an ninh hàng hải.",
    "Trong năm qua, nhiều hoạt động hợp tác đã được triển khai hiệu quả, trong đó có khóa đào tạo tiếng Anh cho sĩ quan trẻ.",
    "Theo kế hoạch, các cơ quan chức năng sẽ nghiên cứu, đề xuất các dự án hợp tác cụ thể trong lĩnh vực công nghiệp quốc phòng.",
    "Chương trình hợp tác khắc phục hậu quả bom mìn sau chiến tranh đã mang lại kết quả thiết thực cho người dân nhiều địa phương.",
]
FOOTER_TITLES = [
    "Quân khu 2 giao nhiệm vụ diễn tập phòng thủ dân sự tỉnh Lào Cai",
    "Hải quân nhân dân Việt Nam đón tàu Hải quân Ấn Độ thăm Cam Ranh",
    "Bộ Quốc phòng lấy ý kiến về danh sách xét duyệt danh hiệu Anh hùng lực lượng vũ trang",
    "Thứ trưởng Nguyễn Hoàng Long làm việc tại Kazakhstan","Bảo đảm an ninh vùng cao, biên giới", "Lào Cai ra quân huấn luyện đầu năm",
                 "Tổng Bí thư Tô Lâm thăm chính thức Liên bang Nga", "Thủ tướng tiếp Đại sứ Singapore"]


def vn_name(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLES)} {rng.choice(GIVENS)}"


def article(rng: random.Random, i: int) -> str:
    country, names = rng.choice(FOREIGN)
    foreign = rng.choice(names)
    template = rng.choice(FOREIGN_POSITIONS)
    fpos = template.format(c=country) if "{c}" in template else f"{template} {country}"
    vn = vn_name(rng)
    rank = rng.choice(RANKS)
    vpos = rng.choice(VN_POSITIONS)
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2015, 2025)
    when = rng.choice(["Sáng", "Chiều", "Ngày"])
    agreement = rng.choice(AGREEMENTS)
    level = rng.choice(LEVELS)
    def body() -> str:
        return " ".join(rng.sample(FILLER + MORE, rng.randint(2, 4)))

    paragraphs = [
        f"Việt Nam - {country} thúc đẩy hợp tác quốc phòng",
        f"{when} {day}/{month}, tại Hà Nội, {rank} {vn}, {vpos} đã hội đàm với {fpos} {foreign} "
        f"nhân chuyến thăm chính thức Việt Nam từ ngày {day} đến {min(day + 2, 28)}/{month}/{year}.",
        body(),
        body(),
        f"{rank} {vn} khẳng định, Việt Nam coi trọng quan hệ {level} với {country}; hai nước đã nâng cấp quan hệ "
        f"lên {level} vào tháng {rng.randint(1, 12)}/{year - rng.randint(1, 5)}.",
        body(),
        body(),
        f"Kết thúc hội đàm, hai bên đã ký {agreement}.",
        f"{rank} {vn} và {foreign} tại lễ ký. Ảnh: {vn_name(rng)}/TTXVN",
        body(),
        vn_name(rng),
        "Tin cùng chuyên mục",
    ]
    for title in rng.sample(FOOTER_TITLES, 5):
        paragraphs += [title, title, rng.choice(MORE)]
    return "\n\n".join(paragraphs) + "\n"


def generate(out_dir: Path, articles: int, seed: int = 1, jsonl: bool = False) -> int:
    """Write `articles` articles; returns the number of bytes of text written."""
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    total = 0
    if jsonl:
        with open(out_dir / "corpus.jsonl", "w", encoding="utf-8") as fh:
            for i in range(articles):
                text = article(rng, i)
                total += len(text.encode())
                fh.write(json.dumps({"id": f"synthetic-{i:06d}", "text": text}, ensure_ascii=False) + "\n")
        return total
    for i in range(articles):
        text = article(rng, i)
        total += len(text.encode())
        (out_dir / f"synthetic-{i:06d}.txt").write_text(text, encoding="utf-8")
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jsonl", action="store_true", help="one corpus.jsonl instead of one .txt per article")
    ns = ap.parse_args()
    size = generate(ns.out_dir, ns.articles, ns.seed, ns.jsonl)
    print(f"wrote {ns.articles} articles, {size / 1e6:.1f} MB, to {ns.out_dir}")


if __name__ == "__main__":
    main()
