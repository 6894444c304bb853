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
FOOTER_TITLES = ["Bảo đảm an ninh vùng cao, biên giới", "Lào Cai ra quân huấn luyện đầu năm",
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
    paragraphs = [
        f"Việt Nam - {country} thúc đẩy hợp tác quốc phòng",
        f"{when} {day}/{month}, tại Hà Nội, {rank} {vn}, {vpos} đã hội đàm với {fpos} {foreign} "
        f"nhân chuyến thăm chính thức Việt Nam từ ngày {day} đến {min(day + 2, 28)}/{month}/{year}.",
        rng.choice(FILLER),
        f"{rank} {vn} khẳng định, Việt Nam coi trọng quan hệ {level} với {country}; hai nước đã nâng cấp quan hệ "
        f"lên {level} vào tháng {rng.randint(1, 12)}/{year - rng.randint(1, 5)}.",
        rng.choice(FILLER),
        f"Kết thúc hội đàm, hai bên đã ký {agreement}.",
        f"{rank} {vn} và {foreign} tại lễ ký. Ảnh: {vn_name(rng)}/TTXVN",
        rng.choice(FILLER),
        vn_name(rng),
        "Tin cùng chuyên mục",
    ]
    for title in rng.sample(FOOTER_TITLES, 3):
        paragraphs += [title, title]
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
