#!/usr/bin/env python3
"""Gold for heldout77 as Python data -> gold/<stem>.json (NFC)."""
import json, os, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold")

def O(name, country, rank, position):
    return {"name": name, "country": country, "rank": rank, "position": position}

def E(type_, label, start, end=None, location=None, organizer=None, countries=(), participants=()):
    return {"type": type_, "label": label, "start": start, "end": end, "location": location,
            "organizer": organizer, "countries": list(countries), "participants": list(participants)}

def A(type_, label, date, parties, signatories=(), witnesses=()):
    return {"type": type_, "label": label, "date": date, "parties": list(parties),
            "signatories": list(signatories), "witnesses": list(witnesses)}

def P(a, b, level, since):
    return {"countries": [a, b], "level": level, "since": since}

CSP, SP, CP = "ComprehensiveStrategicPartnership", "StrategicPartnership", "ComprehensivePartnership"

HUONG = O("Trịnh Quang Hưởng", "VNM", "Đại tướng", "Bộ trưởng Bộ Quốc phòng")
MINH = O("Lê Đức Minh", "VNM", "Thượng tướng", "Thứ trưởng Bộ Quốc phòng")
TAM = O("Vũ Thành Tâm", "VNM", "Thượng tướng", "Thứ trưởng Bộ Quốc phòng")
KHIEM = O("Đặng Văn Khiêm", "VNM", "Thượng tướng",
          "Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam, Thứ trưởng Bộ Quốc phòng")

ASEAN11 = ["VNM", "BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TLS"]

G = {}

def gold(doc, published, partners, officials, events, agreements=(), partnerships=(),
         opt=None, forb_countries=(), forb_names=(), why=""):
    o = {"officials": [], "events": [], "partners": []}
    if opt:
        o.update(opt)
    G[doc] = {"document": doc, "published": published, "partners": list(partners),
              "officials": list(officials), "events": list(events), "agreements": list(agreements),
              "partnerships": list(partnerships), "optional": o,
              "forbidden": {"countries": list(forb_countries), "names": list(forb_names), "why": why}}

# 01 QĐND: minister receives Japanese ambassador (farewell)
gold("01_qdnd_tiep_dai_su_nhat.html", "2026-11-03", ["JPN"],
     [HUONG, O("Takeda Shinichiro", "JPN", None, "Đại sứ Đặc mệnh toàn quyền Nhật Bản tại Việt Nam")],
     [E("Meeting", "Đại tướng Trịnh Quang Hưởng tiếp Đại sứ Nhật Bản Takeda Shinichiro chào từ biệt", "2026-11-03",
        location="Trụ sở Bộ Quốc phòng", countries=["VNM", "JPN"], participants=["Trịnh Quang Hưởng", "Takeda Shinichiro"])],
     partnerships=[P("VNM", "JPN", CSP, "2023-11")],
     forb_countries=["RUS", "LAO", "KHM"],
     forb_names=["Sergei Voronin", "Bun Nhăng Vông Xay", "Lê Đức Minh", "Hoàng Việt", "Minh Tú", "Nguyễn Văn Hậu", "Đoàn Văn Quyết"],
     why="Russia, Laos, Cambodia, Lê Đức Minh and the Russian/Lao officers appear only in the 'Tin liên quan' box; 'ພາສາລາວ' is a language link; Hoàng Việt is the photo credit, Minh Tú the byline, Nguyễn Văn Hậu a commenter, Đoàn Văn Quyết the editor in the footer")

# 02 VietnamPlus: deputy minister receives Indian defence attaché; unrelated gold-price item glued after the end
gold("02_vietnamplus_tuy_vien_an_do.txt", "2026-11-04", ["IND"],
     [MINH, O("Arvind Kulkarni", "IND", "Đại tá", "Tùy viên Quốc phòng Ấn Độ tại Việt Nam")],
     [E("Meeting", "Thượng tướng Lê Đức Minh tiếp Tùy viên Quốc phòng Ấn Độ Arvind Kulkarni", "2026-11-04",
        location="trụ sở Bộ Quốc phòng", countries=["VNM", "IND"], participants=["Lê Đức Minh", "Arvind Kulkarni"])],
     partnerships=[P("VNM", "IND", CSP, "2016-09")],
     forb_countries=["USA", "MYS", "SGP"],
     forb_names=["Trần Hoàng Phúc", "Trọng Đức", "Phạm Thu Giang", "Đỗ Minh Khang"],
     why="the gold-price paragraph glued without a heading after the photo caption (US Fed, analyst Trần Hoàng Phúc) is unrelated; Malaysia and Singapore are only in 'Xem thêm'; Đỗ Minh Khang only in 'Tin cùng chuyên mục'; Trọng Đức is a photo credit; Phạm Thu Giang the editor")

# 03 VOV: Australian minister official visit, talks, LoI signed, call on the PM; MoU planned
gold("03_vov_australia_tham_chinh_thuc.html", "2026-11-10", ["AUS"],
     [HUONG, O("Mark Ellison", "AUS", None, "Phó Thủ tướng, Bộ trưởng Quốc phòng Australia"),
      MINH, O("Helen Carver", "AUS", None, "Phó Bộ trưởng thường trực Bộ Quốc phòng Australia"),
      O("Đỗ Minh Khang", "VNM", None, "Thủ tướng Chính phủ")],
     [E("Visit", "Chuyến thăm chính thức Việt Nam của Bộ trưởng Quốc phòng Australia Mark Ellison", "2026-11-09", "2026-11-11",
        location="Việt Nam", countries=["VNM", "AUS"], participants=["Mark Ellison"]),
      E("Talks", "Hội đàm Trịnh Quang Hưởng - Mark Ellison", "2026-11-10", location="Hà Nội",
        countries=["VNM", "AUS"], participants=["Trịnh Quang Hưởng", "Mark Ellison"]),
      E("Meeting", "Thủ tướng Đỗ Minh Khang tiếp Bộ trưởng Quốc phòng Australia Mark Ellison", "2026-11-10",
        location="Hà Nội", countries=["VNM", "AUS"], participants=["Đỗ Minh Khang", "Mark Ellison"])],
     [A("LetterOfIntent", "Ý định thư về hợp tác công nghiệp quốc phòng giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Australia",
        "2026-11-10", ["VNM", "AUS"], ["Lê Đức Minh", "Helen Carver"], ["Trịnh Quang Hưởng", "Mark Ellison"])],
     [P("VNM", "AUS", CSP, "2024-03")],
     opt={"agreements": [A("MemorandumOfUnderstanding", "Bản ghi nhớ về hợp tác gìn giữ hòa bình (dự kiến ký năm 2027)", "2027", ["VNM", "AUS"])]},
     forb_countries=["SGP", "KOR"],
     forb_names=["Chan Wei Loong", "Kim Dong-hwan", "Văn Điệp", "Thu Hằng", "Bùi Thanh Hà"],
     why="Singapore's minister and Korea's ambassador appear only in 'Tin khác'; Văn Điệp is a photo credit, Thu Hằng the byline, Bùi Thanh Hà the editor; the peacekeeping MoU is only planned (optional)")

# 04 Biên phòng: Sơn La border guards - Hủa Phăn talks; date only in the sentence before
gold("04_bienphong_hoi_dam_son_la_hua_phan.txt", "2026-11-13", ["LAO"],
     [O("Cầm Văn Thiết", "VNM", "Đại tá", "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Sơn La"),
      O("Khăm Phon Xi Xa Vắt", "LAO", "Đại tá", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hủa Phăn")],
     [E("Talks", "Hội đàm thường niên giữa BĐBP tỉnh Sơn La và Bộ Chỉ huy Quân sự tỉnh Hủa Phăn năm 2026", "2026-11-12",
        location="tỉnh Hủa Phăn, Lào", countries=["VNM", "LAO"], participants=["Cầm Văn Thiết", "Khăm Phon Xi Xa Vắt"])],
     [A("Minutes", "Biên bản hội đàm năm 2026 giữa BĐBP tỉnh Sơn La và Bộ Chỉ huy Quân sự tỉnh Hủa Phăn", "2026-11-12",
        ["VNM", "LAO"], ["Cầm Văn Thiết", "Khăm Phon Xi Xa Vắt"])],
     opt={"events": [{"type": "Visit", "label": "Đoàn BĐBP tỉnh Sơn La sang làm việc tại tỉnh Hủa Phăn", "start": "2026-11-12"}]},
     forb_countries=["KHM", "CHN"],
     forb_names=["Phùng Quốc Tuấn", "Lò Duy", "Hoàng Phương", "Phạm Văn Long"],
     why="the talks date (12/11) is only in the sentence before 'Tại đây, hai bên đã tiến hành hội đàm', not the publication day 13/11; Cambodia (Ta Keo) and China (Hà Khẩu) appear only in 'Tin khác'; 'Lào Cai' is a Vietnamese province; Lò Duy and Hoàng Phương are the bylines, Phạm Văn Long the editor")

# 05 Nhân Dân: French ship port call, facts in photo captions
gold("05_nhandan_tau_phap_cam_ranh.html", "2026-11-16", ["FRA"],
     [O("Étienne Varlin", "FRA", "Trung tá", "Chỉ huy trưởng tàu FS Lucien Morel"),
      O("Tạ Minh Khoa", "VNM", "Chuẩn Đô đốc", "Tư lệnh Vùng 4 Hải quân"),
      O("Laurent Mercadier", "FRA", "Đại tá", "Tùy viên Quốc phòng Pháp tại Việt Nam")],
     [E("PortCall", "Tàu FS Lucien Morel của Hải quân Pháp thăm Khánh Hòa", "2026-11-16", "2026-11-19",
        location="Cảng quốc tế Cam Ranh, Khánh Hòa", countries=["VNM", "FRA"], participants=["Étienne Varlin"]),
      E("Meeting", "Chuẩn Đô đốc Tạ Minh Khoa tiếp chỉ huy tàu FS Lucien Morel", "2026-11-16",
        location="Khánh Hòa", countries=["VNM", "FRA"], participants=["Tạ Minh Khoa", "Étienne Varlin", "Laurent Mercadier"])],
     partnerships=[P("VNM", "FRA", CSP, "2024-10")],
     opt={"events": [{"type": "Exercise", "label": "Luyện tập chung trên biển giữa tàu FS Lucien Morel và tàu Hải quân nhân dân Việt Nam", "start": "2026-11-19"}]},
     forb_countries=["JPN", "THA", "KOR"],
     forb_names=["Phan Sáu", "Đinh Quang Vũ"],
     why="Japan (JS Ikazuchi) and Thailand appear only in 'Tin liên quan'; Korea only in an airline ad (Nha Trang - Seoul); Phan Sáu is the byline/photographer, Đinh Quang Vũ the editor; the port-call dates, captain and reception are only in the photo captions")

# 06 Báo Quốc tế: ADMM-20 in Manila, joint statement, three sideline meetings
gold("06_baoquocte_admm20_manila.html", "2026-11-18", [c for c in ASEAN11 if c != "VNM"],
     [HUONG, O("Ramon Villaruel", "PHL", None, "Bộ trưởng Quốc phòng Philippines"),
      O("Sutrisno Hadiwijaya", "IDN", None, "Bộ trưởng Quốc phòng Indonesia"),
      O("Júlio Amaral Soares", "TLS", None, "Bộ trưởng Quốc phòng Timor-Leste")],
     [E("Conference", "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 20 (ADMM-20)", "2026-11-18",
        location="Manila, Philippines", organizer="Philippines", countries=ASEAN11,
        participants=["Trịnh Quang Hưởng", "Ramon Villaruel", "Sutrisno Hadiwijaya", "Júlio Amaral Soares"]),
      E("Meeting", "Gặp song phương Trịnh Quang Hưởng - Ramon Villaruel bên lề ADMM-20", "2026-11-18",
        location="Manila", countries=["VNM", "PHL"], participants=["Trịnh Quang Hưởng", "Ramon Villaruel"]),
      E("Meeting", "Gặp song phương Trịnh Quang Hưởng - Sutrisno Hadiwijaya bên lề ADMM-20", "2026-11-18",
        location="Manila", countries=["VNM", "IDN"], participants=["Trịnh Quang Hưởng", "Sutrisno Hadiwijaya"]),
      E("Meeting", "Trịnh Quang Hưởng tiếp Bộ trưởng Quốc phòng Timor-Leste Júlio Amaral Soares bên lề ADMM-20", "2026-11-18",
        location="Manila", countries=["VNM", "TLS"], participants=["Trịnh Quang Hưởng", "Júlio Amaral Soares"])],
     [A("JointStatement", "Tuyên bố chung Manila về tăng cường khả năng tự cường quốc phòng ASEAN", "2026-11-18",
        ASEAN11, ["Trịnh Quang Hưởng"])],
     [P("VNM", "PHL", SP, "2015-11"), P("VNM", "IDN", CSP, "2025-03")],
     opt={"events": [{"type": "Conference", "label": "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng lần thứ 13 (ADMM+)", "start": "2026-11-19"}]},
     forb_countries=["USA", "RUS", "IND"],
     forb_names=["Vikram Sethi", "Thanh Long", "Nguyễn Hồng Nga"],
     why="the US and Russia appear only in the related-news list (Shangri-La); 'Ấn Độ Dương - Thái Bình Dương' is the Indo-Pacific region, not India (Thailand is a real participant here), and the Indian ambassador is only in related news; Thanh Long is the byline, Nguyễn Hồng Nga the editor")

# 07 Thanh Niên: Vietnamese ship visits Brunei; date only in the dateline ('Sáng nay')
gold("07_thanhnien_tau_019_brunei.txt", "2026-11-21", ["BRN"],
     [O("Trần Văn Lực", "VNM", "Đại tá", "Phó Tư lệnh Vùng 4 Hải quân")],
     [E("PortCall", "Tàu 019 - Nguyễn Huệ thăm xã giao Brunei", "2026-11-21", "2026-11-24",
        location="cảng Muara, Brunei", countries=["VNM", "BRN"], participants=["Trần Văn Lực"])],
     partnerships=[P("VNM", "BRN", CP, "2019")],
     opt={"officials": [O("Haji Rosli bin Ahmad", "BRN", "Chuẩn Đô đốc", "Tư lệnh Hải quân Hoàng gia Brunei")],
          "events": [{"type": "Meeting", "label": "Đoàn công tác chào xã giao Tư lệnh Hải quân Hoàng gia Brunei (theo chương trình)", "start": "2026-11-22"},
                     {"type": "Exercise", "label": "Luyện tập chung với tàu KDB Darulaman", "start": "2026-11"}]},
     forb_countries=["MYS", "SGP", "RUS"],
     forb_names=["Ngọc Anh", "Hà Minh Tuấn", "Hùng Cường", "Mai Phương", "Lê Khánh"],
     why="the port-call day is only in the dateline 'Bandar Seri Begawan, 21/11' + 'Sáng nay'; the call on the Brunei navy chief is planned ('ngày mai'), so optional; Malaysia, Singapore and Russia (Vladivostok) appear only in 'Đọc thêm'/'Tin liên quan'; Ngọc Anh is the byline, the others commenters and the editor")

# 08 Báo Chính phủ: VN-ROK defence policy dialogue, MoU, two receptions of the same delegation on the same day
gold("08_baochinhphu_doi_thoai_han_quoc.html", "2026-11-25", ["KOR"],
     [TAM, O("Yoon Seok-min", "KOR", None, "Thứ trưởng Bộ Quốc phòng Hàn Quốc"), KHIEM, HUONG],
     [E("Dialogue", "Đối thoại Chính sách quốc phòng Việt Nam - Hàn Quốc lần thứ 12", "2026-11-25", location="Hà Nội",
        countries=["VNM", "KOR"], participants=["Vũ Thành Tâm", "Yoon Seok-min"]),
      E("Meeting", "Thượng tướng Đặng Văn Khiêm tiếp Thứ trưởng Quốc phòng Hàn Quốc Yoon Seok-min", "2026-11-25",
        location="Hà Nội", countries=["VNM", "KOR"], participants=["Đặng Văn Khiêm", "Yoon Seok-min"]),
      E("Meeting", "Đại tướng Trịnh Quang Hưởng tiếp Thứ trưởng Quốc phòng Hàn Quốc Yoon Seok-min", "2026-11-25",
        location="Hà Nội", countries=["VNM", "KOR"], participants=["Trịnh Quang Hưởng", "Yoon Seok-min"])],
     [A("MemorandumOfUnderstanding", "Bản ghi nhớ về hợp tác trong lĩnh vực gìn giữ hòa bình Liên hợp quốc giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Hàn Quốc",
        "2026-11-25", ["VNM", "KOR"], ["Vũ Thành Tâm", "Yoon Seok-min"])],
     [P("VNM", "KOR", CSP, "2022-12")],
     opt={"agreements": [A("CooperationAgreement", "Thỏa thuận hợp tác quân y (dự kiến)", None, ["VNM", "KOR"])]},
     forb_countries=["USA", "CAN", "IND", "THA"],
     forb_names=["Jonathan Reece", "Đỗ Minh Khang", "Đức Tuân", "Minh Châu", "Lưu Hồng Sơn"],
     why="'Chiến lược Ấn Độ Dương - Thái Bình Dương' is a region, not India or Thailand; the US ambassador, Đỗ Minh Khang and Canada appear only in 'Tin liên quan'; Đức Tuân is a photo credit, Minh Châu the byline, Lưu Hồng Sơn the editor; the medical agreement is only planned")

# 09 PLO: Chief of General Staff official visit to Thailand; title chain
gold("09_plo_tong_tham_muu_truong_tham_thai_lan.txt", "2026-11-27", ["THA"],
     [KHIEM, O("Songchai Phromsiri", "THA", "Đại tướng", "Tư lệnh Lực lượng Quốc phòng Thái Lan"),
      O("Prasert Wongsakul", "THA", None, "Bộ trưởng Quốc phòng Thái Lan")],
     [E("Visit", "Chuyến thăm chính thức Thái Lan của Đoàn đại biểu quân sự cấp cao QĐND Việt Nam do Thượng tướng Đặng Văn Khiêm dẫn đầu",
        "2026-11-26", "2026-11-28", location="Thái Lan", countries=["VNM", "THA"], participants=["Đặng Văn Khiêm"]),
      E("Talks", "Hội đàm Đặng Văn Khiêm - Songchai Phromsiri", "2026-11-26", location="Bangkok",
        countries=["VNM", "THA"], participants=["Đặng Văn Khiêm", "Songchai Phromsiri"]),
      E("Meeting", "Thượng tướng Đặng Văn Khiêm chào xã giao Bộ trưởng Quốc phòng Thái Lan Prasert Wongsakul", "2026-11-27",
        location="Bangkok", countries=["VNM", "THA"], participants=["Đặng Văn Khiêm", "Prasert Wongsakul"])],
     partnerships=[P("VNM", "THA", CSP, "2025-05")],
     opt={"events": [{"type": "Exercise", "label": "Diễn tập Hổ mang vàng (Cobra Gold) 2027 (lời mời quan sát)", "start": "2027"}]},
     forb_countries=["MMR", "KHM"],
     forb_names=["Nguyễn Hiền", "Lâm Đức Vinh", "Thanh Tâm"],
     why="Myanmar and Cambodia appear only in 'Xem thêm'; Nguyễn Hiền is the byline, Lâm Đức Vinh the editor, Thanh Tâm a commenter; Cobra Gold 2027 is only an invitation")

# 10 Tuổi Trẻ: Navy commander receives US Pacific Fleet commander; deputy minister the day before
gold("10_tuoitre_tu_lenh_hai_quan_tiep_hoa_ky.txt", "2026-11-06", ["USA"],
     [O("Hoàng Trọng Nghĩa", "VNM", "Phó Đô đốc", "Tư lệnh Quân chủng Hải quân"),
      O("Gregory Lanham", "USA", "Đô đốc", "Tư lệnh Hạm đội Thái Bình Dương Hoa Kỳ"), MINH],
     [E("Meeting", "Phó Đô đốc Hoàng Trọng Nghĩa tiếp Đô đốc Gregory Lanham", "2026-11-06",
        location="Bộ Tư lệnh Quân chủng Hải quân, Hải Phòng", countries=["VNM", "USA"], participants=["Hoàng Trọng Nghĩa", "Gregory Lanham"]),
      E("Meeting", "Thượng tướng Lê Đức Minh tiếp Đô đốc Gregory Lanham", "2026-11-05",
        location="Hà Nội", countries=["VNM", "USA"], participants=["Lê Đức Minh", "Gregory Lanham"])],
     partnerships=[P("VNM", "USA", CSP, "2023-09")],
     opt={"events": [{"type": "Visit", "label": "Đô đốc Gregory Lanham thăm và làm việc tại Việt Nam", "start": "2026-11"}]},
     forb_countries=["IND", "THA", "CHN", "JPN"],
     forb_names=["Duy Linh", "Trương Gia Bảo", "nguyenthanhhai", "Tú Anh"],
     why="'Hạm đội Thái Bình Dương' and 'Ấn Độ Dương - Thái Bình Dương' are ocean names, not Thailand or India; China and Japan appear only in 'Tin liên quan'; Duy Linh is the byline, Trương Gia Bảo the editor, the others commenters")

# 11 (jsonl) Báo Tây Ninh: VN-Cambodia border defence friendship exchange, talks, MoU
gold("11_baotayninh_glhnqp_campuchia", "2026-11-15", ["KHM"],
     [HUONG, O("Chhay Sovannara", "KHM", "Đại tướng", "Phó Thủ tướng, Bộ trưởng Bộ Quốc phòng Vương quốc Campuchia"),
      O("Nguyễn Quang Vĩnh", "VNM", "Trung tướng", "Tư lệnh Quân khu 7"),
      O("Sok Vannak", "KHM", "Trung tướng", "Tư lệnh Vùng quân sự 2 Campuchia")],
     [E("Exchange", "Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Campuchia lần thứ 3", "2026-11-14", "2026-11-15",
        location="tỉnh Tây Ninh (Việt Nam) và tỉnh Svay Rieng (Campuchia)", countries=["VNM", "KHM"],
        participants=["Trịnh Quang Hưởng", "Chhay Sovannara"]),
      E("Talks", "Hội đàm Trịnh Quang Hưởng - Chhay Sovannara", "2026-11-14", location="Tây Ninh",
        countries=["VNM", "KHM"], participants=["Trịnh Quang Hưởng", "Chhay Sovannara"])],
     [A("MemorandumOfUnderstanding", "Biên bản ghi nhớ về hợp tác quản lý, bảo vệ biên giới giai đoạn 2027 - 2030 giữa Quân khu 7 và Vùng quân sự 2 Campuchia",
        "2026-11-14", ["VNM", "KHM"], ["Nguyễn Quang Vĩnh", "Sok Vannak"], ["Trịnh Quang Hưởng", "Chhay Sovannara"])],
     forb_countries=["THA", "KOR"],
     forb_names=["Hoàng Yến", "Nguyễn Văn Thành"],
     why="Thailand and Korea appear only in a 'Xem thêm' tourism link; Hoàng Yến is the byline, Nguyễn Văn Thành the editor; VN-Cambodia ties carry no partnership level of the three")

# 12 (jsonl) Tạp chí QPTD: VN-Russia strategic defence dialogue, minutes, minister's reception
gold("12_tapchiqptd_doi_thoai_chien_luoc_nga", "2026-11-21", ["RUS"],
     [MINH, O("Pavel Sukharin", "RUS", "Thượng tướng", "Thứ trưởng Bộ Quốc phòng Liên bang Nga"), HUONG],
     [E("Dialogue", "Đối thoại Chiến lược quốc phòng Việt Nam - Liên bang Nga lần thứ 11", "2026-11-20", location="Hà Nội",
        countries=["VNM", "RUS"], participants=["Lê Đức Minh", "Pavel Sukharin"]),
      E("Meeting", "Đại tướng Trịnh Quang Hưởng tiếp Thượng tướng Pavel Sukharin", "2026-11-20", location="Hà Nội",
        countries=["VNM", "RUS"], participants=["Trịnh Quang Hưởng", "Pavel Sukharin"])],
     [A("Minutes", "Biên bản Đối thoại Chiến lược quốc phòng Việt Nam - Liên bang Nga lần thứ 11", "2026-11-20",
        ["VNM", "RUS"], ["Lê Đức Minh", "Pavel Sukharin"])],
     [P("VNM", "RUS", CSP, "2012")],
     forb_countries=["BLR", "CUB"],
     forb_names=["Hữu Phương"],
     why="Belarus and Cuba appear only in 'Tin cùng chuyên mục'; Hữu Phương is a photo credit")


def nfc(x):
    if isinstance(x, str):
        return unicodedata.normalize("NFC", x)
    if isinstance(x, list):
        return [nfc(i) for i in x]
    if isinstance(x, dict):
        return {nfc(k): nfc(v) for k, v in x.items()}
    return x

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for doc, g in G.items():
        stem = doc.rsplit(".", 1)[0] if doc.endswith((".html", ".txt")) else doc
        with open(os.path.join(OUT, stem + ".json"), "w", encoding="utf-8") as f:
            json.dump(nfc(g), f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(len(G), "gold files written")
