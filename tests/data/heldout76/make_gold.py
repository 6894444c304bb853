#!/usr/bin/env python3
"""Gold for heldout76 as Python data -> gold/*.json (NFC)."""
import json, os, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold")

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

KHAI = O("Trịnh Quốc Khải", "VNM", "Đại tướng", "Bộ trưởng Bộ Quốc phòng")
LUC = O("Cao Văn Lực", "VNM", "Thượng tướng", "Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam, Thứ trưởng Bộ Quốc phòng")
THACH = O("Lưu Đình Thạch", "VNM", "Thượng tướng", "Thứ trưởng Bộ Quốc phòng")
BAO = O("Nghiêm Thế Bảo", "VNM", "Thiếu tướng", "Cục trưởng Cục Đối ngoại, Bộ Quốc phòng")
SOK = O("Sok Vannarith", "KHM", "Đại tướng", "Phó Thủ tướng, Bộ trưởng Quốc phòng Campuchia")

def doc(document, published, partners, officials, events, agreements=(), partnerships=(),
        opt_officials=(), opt_events=(), opt_partners=(), opt_agreements=(),
        forb_countries=(), forb_names=(), why=""):
    d = {"document": document, "published": published, "partners": list(partners),
         "officials": list(officials), "events": list(events), "agreements": list(agreements),
         "partnerships": list(partnerships),
         "optional": {"officials": list(opt_officials), "events": list(opt_events), "partners": list(opt_partners)},
         "forbidden": {"countries": list(forb_countries), "names": list(forb_names), "why": why}}
    if opt_agreements:
        d["optional"]["agreements"] = list(opt_agreements)
    return d

DOCS = []

# a01 QĐND: Japan vice-minister received by two hosts on one day, working visit 9-11/9
DOCS.append(doc("a01_qdnd_tiep_thu_truong_nhat_ban.html", "2025-09-10", ["JPN"],
    [KHAI, O("Takeda Ryosuke", "JPN", None, "Thứ trưởng phụ trách quốc tế Bộ Quốc phòng Nhật Bản"), BAO,
     O("Kaneko Hiroshi", "JPN", None, "Đại sứ Nhật Bản tại Việt Nam"), LUC],
    [E("Meeting", "Đại tướng Trịnh Quốc Khải tiếp ông Takeda Ryosuke", "2025-09-10", None,
       "Trụ sở Bộ Quốc phòng, Hà Nội", None, ["VNM", "JPN"],
       ["Trịnh Quốc Khải", "Takeda Ryosuke", "Nghiêm Thế Bảo", "Kaneko Hiroshi"]),
     E("Meeting", "Thượng tướng Cao Văn Lực tiếp ông Takeda Ryosuke", "2025-09-10", None,
       "Hà Nội", None, ["VNM", "JPN"], ["Cao Văn Lực", "Takeda Ryosuke"]),
     E("Visit", "Chuyến thăm làm việc Việt Nam của ông Takeda Ryosuke", "2025-09-09", "2025-09-11",
       "Việt Nam", None, ["VNM", "JPN"], ["Takeda Ryosuke"])],
    [], [P("VNM", "JPN", CSP, "2023-11")],
    forb_countries=["IND", "THA", "LAO", "PAK", "RUS", "UKR"],
    forb_names=["Lưu Đình Thạch", "Bounmy Phetsavong", "Nguyễn Văn Tâm", "Hoàng Thị Mai", "Tuấn Sơn",
                "Hữu Lợi", "Đoàn Minh Thuận"],
    why="'Ấn Độ Dương - Thái Bình Dương' is the Indo-Pacific, not India or Thailand; Laos, Pakistan, Thailand "
        "and Lưu Đình Thạch / Bounmy Phetsavong appear only in the 'Tin liên quan' box; Russia/Ukraine in 'Đọc nhiều'; "
        "commenters, byline (Tuấn Sơn), photo credit (Hữu Lợi) and the editor in the footer are not officials of the article"))

# a02 VietnamPlus: Indonesian minister official visit, talks, LoI
BAMBANG = O("Bambang Wiratmaja", "IDN", None, "Bộ trưởng Quốc phòng Cộng hòa Indonesia")
DOCS.append(doc("a02_vietnamplus_hoi_dam_indonesia.txt", "2025-09-17", ["IDN"],
    [KHAI, BAMBANG],
    [E("Talks", "Hội đàm Trịnh Quốc Khải - Bambang Wiratmaja", "2025-09-17", None,
       "Trụ sở Bộ Quốc phòng, Hà Nội", None, ["VNM", "IDN"], ["Trịnh Quốc Khải", "Bambang Wiratmaja"]),
     E("Visit", "Chuyến thăm chính thức Việt Nam của Bộ trưởng Quốc phòng Indonesia Bambang Wiratmaja",
       "2025-09-17", "2025-09-19", "Việt Nam", None, ["VNM", "IDN"], ["Bambang Wiratmaja"])],
    [A("LetterOfIntent", "Ý định thư về hợp tác trong lĩnh vực công nghiệp quốc phòng giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Indonesia",
       "2025-09-17", ["VNM", "IDN"], [], ["Trịnh Quốc Khải", "Bambang Wiratmaja"])],
    [P("VNM", "IDN", CSP, "2025-03")],
    forb_countries=["BRA", "POL", "MNG"],
    forb_names=["Ricardo Paes Leme", "Vũ Hoàng Lâm", "Đức Trung"],
    why="Brazil, Poland and Mongolia appear only in 'Tin cùng chuyên mục'; Ricardo Paes Leme is in a related headline; "
        "Vũ Hoàng Lâm is the footer editor; Đức Trung is a photo credit"))

# a03 Báo Quốc tế: Chief of General Staff official visit to Australia; planned MoU
HARTWELL = O("David Hartwell", "AUS", "Đô đốc", "Tư lệnh Lực lượng Quốc phòng Australia")
DOCS.append(doc("a03_baoquocte_tong_tham_muu_truong_tham_australia.html", "2025-09-23", ["AUS"],
    [LUC, HARTWELL,
     O("Hồ Sĩ Nguyên", "VNM", "Trung tướng", "Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam"),
     BAO, O("Lã Thanh Tùng", "VNM", None, "Đại sứ Việt Nam tại Australia"),
     O("Nathan Whitlock", "AUS", None, "Thứ trưởng Bộ Quốc phòng Australia")],
    [E("Visit", "Chuyến thăm chính thức Australia của Đoàn đại biểu quân sự cấp cao Việt Nam do Thượng tướng Cao Văn Lực dẫn đầu",
       "2025-09-22", "2025-09-25", "Australia", None, ["VNM", "AUS"],
       ["Cao Văn Lực", "Hồ Sĩ Nguyên", "Nghiêm Thế Bảo"]),
     E("Talks", "Hội đàm Cao Văn Lực - David Hartwell", "2025-09-23", None,
       "Bộ Quốc phòng Australia, Canberra", None, ["VNM", "AUS"], ["Cao Văn Lực", "David Hartwell"]),
     E("Meeting", "Thượng tướng Cao Văn Lực chào ông Nathan Whitlock", "2025-09-23", None,
       "Canberra", None, ["VNM", "AUS"], ["Cao Văn Lực", "Nathan Whitlock"])],
    [], [P("VNM", "AUS", CSP, "2024-03")],
    opt_agreements=[A("MemorandumOfUnderstanding", "Bản ghi nhớ về hợp tác gìn giữ hòa bình Liên hợp quốc giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Australia (dự kiến)",
                      "2026", ["VNM", "AUS"])],
    forb_countries=["NZL", "USA", "PHL", "CHN", "IND", "SSD"],
    forb_names=["Mark Hendry", "Thu Hằng", "Nguyễn Hồng Quân", "Lưu Thị Hòa"],
    why="New Zealand, the US, the Philippines, China and India appear only in 'Tin bài liên quan'; South Sudan is only "
        "where the Vietnamese field hospital serves (UN mission), not a defence partner; Thu Hằng is the author; the "
        "editors are in the footer; the planned peacekeeping MoU is optional"))

# a04 VOV: Indian ship port call; date only in dateline ("Khánh Hòa, 15/9 ... Chiều nay")
MEHROTRA = O("Arjun Mehrotra", "IND", "Đại tá", "Chỉ huy tàu INS Kalpavriksh")
PHONG = O("Lê Bá Phong", "VNM", "Đại tá", "Phó Tư lệnh Vùng 4 Hải quân")
KAPADIA = O("Rohan Kapadia", "IND", "Đại tá", "Tùy viên Quốc phòng Ấn Độ tại Việt Nam")
DOCS.append(doc("a04_vov_tau_an_do_cam_ranh.txt", "2025-09-16", ["IND"],
    [MEHROTRA, PHONG, KAPADIA],
    [E("PortCall", "Tàu INS Kalpavriksh của Hải quân Ấn Độ thăm Cảng quốc tế Cam Ranh", "2025-09-15", "2025-09-18",
       "Cảng quốc tế Cam Ranh, Khánh Hòa", None, ["VNM", "IND"],
       ["Arjun Mehrotra", "Lê Bá Phong", "Rohan Kapadia"]),
     E("Meeting", "Chỉ huy tàu INS Kalpavriksh chào xã giao Bộ Tư lệnh Vùng 4 Hải quân", "2025-09-15", None,
       "Bộ Tư lệnh Vùng 4 Hải quân, Khánh Hòa", None, ["VNM", "IND"], ["Arjun Mehrotra", "Lê Bá Phong"])],
    [], [P("VNM", "IND", CSP, "2016-09")],
    opt_events=[{"type": "Exercise", "label": "Luyện tập chung trên biển giữa tàu INS Kalpavriksh và tàu Vùng 4 Hải quân (dự kiến)",
                 "start": "2025-09-18", "countries": ["VNM", "IND"]}],
    forb_countries=["MYS", "RUS", "KOR"],
    forb_names=["Lê Hoàng", "Trần Văn Khánh"],
    why="Malaysia, Russia and South Korea appear only in 'Tin liên quan'; Lê Hoàng is the reporter; Trần Văn Khánh the "
        "footer editor. The event date 15/9 is only in the dateline ('Khánh Hòa, 15/9 (VOV) - Chiều nay'), the page is "
        "published 16/9: 2025-09-16 as event date is wrong"))

# a05 Báo Biên phòng: border-guard talks with China, minutes; glued unrelated sports item
HAU = O("Vương Đức Hậu", "VNM", "Đại tá", "Chỉ huy trưởng Bộ đội Biên phòng tỉnh Lào Cai")
QUAN = O("Lưu Kiến Quân", "CHN", "Thượng tá", "Chi đội trưởng Chi đội Quản lý biên giới Hồng Hà")
DOCS.append(doc("a05_bienphong_hoi_dam_lao_cai_hong_ha.html", "2025-09-12", ["CHN"],
    [HAU, QUAN],
    [E("Talks", "Hội đàm định kỳ lần thứ hai năm 2025 giữa BĐBP tỉnh Lào Cai và Chi đội Quản lý biên giới Hồng Hà",
       "2025-09-11", None, "phường Lào Cai, tỉnh Lào Cai", None, ["VNM", "CHN"], ["Vương Đức Hậu", "Lưu Kiến Quân"])],
    [A("Minutes", "Biên bản hội đàm giữa BĐBP tỉnh Lào Cai và Chi đội Quản lý biên giới Hồng Hà", "2025-09-11",
       ["VNM", "CHN"], ["Vương Đức Hậu", "Lưu Kiến Quân"], [])],
    [],
    opt_events=[{"type": "Talks", "label": "Hội đàm tháng 3/2025 giữa hai đơn vị", "start": "2025-03", "countries": ["VNM", "CHN"]}],
    forb_countries=["MMR", "LAO", "KHM"],
    forb_names=["Trần Hữu Đức", "Hồng Ngọc", "Văn Khoa", "Phạm Văn Lâm", "Bùi Trọng Đạt"],
    why="The futsal paragraph (Myanmar, coach Trần Hữu Đức) is an unrelated item glued after the byline without a heading; "
        "'Lào Cai' is a Vietnamese province, not Laos; Laos (Savannakhet), Cambodia and Phạm Văn Lâm appear only in 'Tin khác'; "
        "Hồng Ngọc is the author, Văn Khoa a photo credit, Bùi Trọng Đạt the footer editor"))

# a06 Tuổi Trẻ: border friendship exchange with Cambodia, facts in photo captions
KHOI = O("Tạ Minh Khôi", "VNM", "Trung tướng", "Tư lệnh Quân khu 7")
PRAK = O("Prak Sovann", "KHM", "Trung tướng", "Tư lệnh Quân khu 3 Quân đội Hoàng gia Campuchia")
DOCS.append(doc("a06_tuoitre_giao_luu_bien_gioi_campuchia.html", "2025-09-28", ["KHM"],
    [KHAI, SOK, KHOI, PRAK],
    [E("Exchange", "Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Campuchia lần thứ 3", "2025-09-27", "2025-09-28",
       "tỉnh Tây Ninh (Việt Nam) và tỉnh Svay Rieng (Campuchia)", "Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Campuchia",
       ["VNM", "KHM"], ["Trịnh Quốc Khải", "Sok Vannarith", "Tạ Minh Khôi", "Prak Sovann"]),
     E("Talks", "Hội đàm Trịnh Quốc Khải - Sok Vannarith", "2025-09-27", None, "tỉnh Tây Ninh", None,
       ["VNM", "KHM"], ["Trịnh Quốc Khải", "Sok Vannarith"])],
    [A("MemorandumOfUnderstanding", "Biên bản ghi nhớ về hợp tác giữa Quân khu 7 (Việt Nam) và Quân khu 3 Quân đội Hoàng gia Campuchia giai đoạn 2025-2027",
       "2025-09-27", ["VNM", "KHM"], ["Tạ Minh Khôi", "Prak Sovann"], ["Trịnh Quốc Khải", "Sok Vannarith"])],
    [],
    opt_events=[{"type": "Exchange", "label": "Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Campuchia lần đầu", "start": "2023",
                 "countries": ["VNM", "KHM"]}],
    forb_countries=["THA", "CHN", "TWN", "LAO"],
    forb_names=["Ngọc Hải", "Lê Khánh", "Khamphone Sisavath", "Huỳnh Tấn Phát", "Nguyễn Hoài Phong"],
    why="All officials, the talks and the MoU are only in photo captions; Ngọc Hải (also the byline) and Lê Khánh are "
        "photo credits; Thailand, China/Taiwan and Laos with Khamphone Sisavath appear only in 'Đọc tiếp'; commenters "
        "and the footer editor are not officials. MoU date inferred from caption order (scored on type+parties)"))

# a07 Báo Chính phủ: Xiangshan Forum, side meetings listed
HACB = O("Hà Chí Bình", "CHN", "Trung tướng", "Phó Tham mưu trưởng Bộ Tham mưu liên hợp Quân ủy Trung ương Trung Quốc")
VORONIN = O("Aleksandr Voronin", "RUS", None, "Thứ trưởng Bộ Quốc phòng Liên bang Nga")
LIM = O("Lim Kok Wah", "SGP", None, "Thư ký thường trực Bộ Quốc phòng Singapore")
DOCS.append(doc("a07_baochinhphu_dien_dan_huong_son.txt", "2025-09-18", ["CHN", "RUS", "SGP"],
    [THACH, HACB, VORONIN, LIM],
    [E("Conference", "Diễn đàn Hương Sơn Bắc Kinh lần thứ 12", "2025-09-17", "2025-09-19", "Bắc Kinh, Trung Quốc",
       "Hội Khoa học quân sự Trung Quốc và Viện Nghiên cứu các vấn đề chiến lược quốc tế Trung Quốc",
       ["VNM", "CHN", "RUS", "SGP"], ["Lưu Đình Thạch", "Hà Chí Bình", "Aleksandr Voronin", "Lim Kok Wah"]),
     E("Meeting", "Thượng tướng Lưu Đình Thạch gặp Trung tướng Hà Chí Bình bên lề Diễn đàn Hương Sơn", "2025-09-18", None,
       "Bắc Kinh", None, ["VNM", "CHN"], ["Lưu Đình Thạch", "Hà Chí Bình"]),
     E("Meeting", "Thượng tướng Lưu Đình Thạch gặp ông Aleksandr Voronin bên lề Diễn đàn Hương Sơn", "2025-09-18", None,
       "Bắc Kinh", None, ["VNM", "RUS"], ["Lưu Đình Thạch", "Aleksandr Voronin"]),
     E("Meeting", "Thượng tướng Lưu Đình Thạch gặp ông Lim Kok Wah bên lề Diễn đàn Hương Sơn", "2025-09-18", None,
       "Bắc Kinh", None, ["VNM", "SGP"], ["Lưu Đình Thạch", "Lim Kok Wah"])],
    [], [P("VNM", "RUS", CSP, "2012"), P("VNM", "SGP", CSP, "2025-03")],
    forb_countries=["EGY", "USA", "HUN"],
    forb_names=["Ahmed Fathy Sharaf", "Minh Anh", "Nguyễn Thị Hồng Nhung"],
    why="Egypt, the US and Hungary appear only in 'Bài viết liên quan'; Minh Anh is the author, Nguyễn Thị Hồng Nhung "
        "the footer editor. Conference countries are the delegations the article names"))

# a08 Nhân Dân: CLV trilateral defence ministers' meeting, joint statement
KHAMPHONE = O("Khamphone Sisavath", "LAO", "Đại tướng", "Phó Thủ tướng, Bộ trưởng Quốc phòng Lào")
SOK8 = O("Sok Vannarith", "KHM", "Đại tướng", "Phó Thủ tướng, Bộ trưởng Quốc phòng Vương quốc Campuchia")
LAOPM = O("Souksavanh Phommachack", "LAO", None, "Thủ tướng Lào")
DOCS.append(doc("a08_nhandan_hoi_nghi_ba_nuoc_vientiane.txt", "2025-09-09", ["KHM", "LAO"],
    [KHAMPHONE, KHAI, SOK8, LAOPM],
    [E("Conference", "Hội nghị Bộ trưởng Quốc phòng ba nước Campuchia - Lào - Việt Nam lần thứ 6", "2025-09-08", None,
       "Viêng Chăn, Lào", "Bộ Quốc phòng Lào", ["KHM", "LAO", "VNM"],
       ["Khamphone Sisavath", "Trịnh Quốc Khải", "Sok Vannarith"]),
     E("Meeting", "Gặp song phương Trịnh Quốc Khải - Khamphone Sisavath bên lề Hội nghị", "2025-09-08", None,
       "Viêng Chăn, Lào", None, ["VNM", "LAO"], ["Trịnh Quốc Khải", "Khamphone Sisavath"]),
     E("Meeting", "Thủ tướng Lào Souksavanh Phommachack tiếp ba trưởng đoàn", "2025-09-08", None,
       "Viêng Chăn, Lào", None, ["LAO", "VNM", "KHM"],
       ["Souksavanh Phommachack", "Trịnh Quốc Khải", "Sok Vannarith", "Khamphone Sisavath"])],
    [A("JointStatement", "Tuyên bố chung Hội nghị Bộ trưởng Quốc phòng ba nước Campuchia - Lào - Việt Nam lần thứ 6",
       "2025-09-08", ["KHM", "LAO", "VNM"], ["Khamphone Sisavath", "Trịnh Quốc Khải", "Sok Vannarith"], [])],
    [],
    opt_events=[{"type": "Conference", "label": "Hội nghị Bộ trưởng Quốc phòng ba nước Campuchia - Lào - Việt Nam lần thứ 7 (dự kiến tại Việt Nam)",
                 "start": "2026", "countries": ["KHM", "LAO", "VNM"]}],
    forb_countries=["MMR", "THA", "HUN"],
    forb_names=["Phương Linh", "Đào Văn Hiếu"],
    why="Myanmar, Thailand and Hungary appear only in 'Tin cùng chuyên mục'; Phương Linh is the author, Đào Văn Hiếu the "
        "footer editor. The 5th-meeting joint statement is only recalled, not annotated"))

# a09 VnExpress: UK ambassador received by deputy minister
FRAZER = O("Iain Frazer", "GBR", None, "Đại sứ Anh tại Việt Nam")
THACH9 = O("Lưu Đình Thạch", "VNM", "Thượng tướng", "Thứ trưởng Quốc phòng")
DOCS.append(doc("a09_vnexpress_tiep_dai_su_anh.html", "2025-09-24", ["GBR"],
    [THACH9, FRAZER],
    [E("Meeting", "Thượng tướng Lưu Đình Thạch tiếp Đại sứ Anh Iain Frazer", "2025-09-24", None,
       "Trụ sở Bộ Quốc phòng, Hà Nội", None, ["VNM", "GBR"], ["Lưu Đình Thạch", "Iain Frazer"])],
    [], [P("VNM", "GBR", SP, "2010-09")],
    opt_events=[{"type": "Dialogue", "label": "Đối thoại Chính sách Quốc phòng Việt Nam - Anh lần thứ 7 (dự kiến, London)",
                 "start": "2026", "countries": ["VNM", "GBR"]},
                {"type": "PortCall", "label": "Tàu hộ vệ HMS Ashcombe thăm TP HCM", "start": "2025-09",
                 "countries": ["VNM", "GBR"]}],
    forb_countries=["KOR", "DEU", "SGP"],
    forb_names=["Klaus Brenner", "Vũ Anh", "Thanh Tùng", "Phạm Thị Hương Giang"],
    why="South Korea, Germany (Klaus Brenner) and Singapore appear only in 'Tin liên quan'; Vũ Anh is the author, Thanh Tùng "
        "a photo credit, Phạm Thị Hương Giang the footer editor. The HMS Ashcombe visit is mentioned without a date (optional)"))

# a10 Thanh Niên: Vietnamese ship 021 visits Manila
DUY = O("Nguyễn Khắc Duy", "VNM", "Đại tá", "Phó Tư lệnh Vùng 2 Hải quân")
MANA = O("Jose Manalastas", "PHL", "Đại tá", "Phó Tư lệnh Hạm đội Philippines")
VAN = O("Đỗ Thị Thanh Vân", "VNM", None, "Đại sứ Việt Nam tại Philippines")
VILLA = O("Ramon Villaraza", "PHL", "Chuẩn Đô đốc", "Tư lệnh Hạm đội Philippines")
DOCS.append(doc("a10_thanhnien_tau_021_tham_philippines.txt", "2025-09-21", ["PHL"],
    [DUY, MANA, VAN, VILLA],
    [E("PortCall", "Tàu 021 - Lê Văn Hưu thăm xã giao Philippines", "2025-09-20", "2025-09-23", "cảng Manila, Philippines",
       None, ["VNM", "PHL"], ["Nguyễn Khắc Duy", "Jose Manalastas", "Đỗ Thị Thanh Vân"]),
     E("Meeting", "Đại tá Nguyễn Khắc Duy chào xã giao Tư lệnh Hạm đội Philippines", "2025-09-21", None, "Manila",
       None, ["VNM", "PHL"], ["Nguyễn Khắc Duy", "Ramon Villaraza"])],
    [], [P("VNM", "PHL", SP, "2015-11")],
    opt_events=[{"type": "Exercise", "label": "Luyện tập chung trên biển giữa tàu 021 và tàu Hải quân Philippines (dự kiến)",
                 "start": "2025-09", "countries": ["VNM", "PHL"]}],
    forb_countries=["CHN", "USA", "JPN", "AUS"],
    forb_names=["Đình Phú", "Nguyễn Ngọc Tường"],
    why="China, the US, Japan and Australia appear only in 'Tin liên quan'; Đình Phú is the author, Nguyễn Ngọc Tường the "
        "footer editor. Dates written 20.9 / 20 - 23.9 (dot style)"))

# a11 (jsonl) PLO: VN-KOR defence policy dialogue, minutes signed, MoU planned
PARK = O("Park Jae-hoon", "KOR", None, "Thứ trưởng Bộ Quốc phòng Hàn Quốc")
THACH11 = O("Lưu Đình Thạch", "VNM", "Thượng tướng", "Thứ trưởng Bộ Quốc phòng Việt Nam")
DOCS.append(doc("a11_plo_doi_thoai_han_quoc", "2025-09-26", ["KOR"],
    [THACH11, PARK],
    [E("Dialogue", "Đối thoại Chính sách Quốc phòng Việt Nam - Hàn Quốc lần thứ 12", "2025-09-26", None, "Hà Nội", None,
       ["VNM", "KOR"], ["Lưu Đình Thạch", "Park Jae-hoon"])],
    [A("Minutes", "Biên bản Đối thoại Chính sách Quốc phòng Việt Nam - Hàn Quốc lần thứ 12", "2025-09-26", ["VNM", "KOR"],
       ["Lưu Đình Thạch", "Park Jae-hoon"], [])],
    [P("VNM", "KOR", CSP, "2022-12")],
    opt_agreements=[A("MemorandumOfUnderstanding", "Bản ghi nhớ về hợp tác công nghiệp quốc phòng Việt Nam - Hàn Quốc (dự kiến)",
                      None, ["VNM", "KOR"])],
    forb_countries=["JPN", "THA"],
    forb_names=["Hữu Đăng", "Trần Đức Hiền"],
    why="Japan and Thailand appear only in 'Tin cùng chuyên mục'; Hữu Đăng is the author, Trần Đức Hiền the footer editor; "
        "the defence-industry MoU is planned only"))

# a12 (jsonl) Tạp chí QPTD: new Chinese defence attaché received
TRIEU = O("Triệu Vĩnh Thành", "CHN", "Đại tá", "Tùy viên Quốc phòng Trung Quốc tại Việt Nam")
DOCS.append(doc("a12_tapchiqptd_tiep_tuy_vien_trung_quoc", "2025-09-06", ["CHN"],
    [BAO, TRIEU],
    [E("Meeting", "Thiếu tướng Nghiêm Thế Bảo tiếp Tùy viên Quốc phòng Trung Quốc Triệu Vĩnh Thành", "2025-09-05", None,
       "Hà Nội", None, ["VNM", "CHN"], ["Nghiêm Thế Bảo", "Triệu Vĩnh Thành"])],
    [], [],
    opt_events=[{"type": "Exchange", "label": "Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Trung Quốc lần thứ 10 (dự kiến)",
                 "start": "2026", "countries": ["VNM", "CHN"]}],
    forb_countries=["KHM"],
    forb_names=["Quang Vinh", "Nguyễn Bá Toàn"],
    why="Cambodia appears only in 'Các tin đã đưa'; Quang Vinh is the reporter/photo credit, Nguyễn Bá Toàn the footer editor; "
        "event on 5/9, published 6/9"))


def nfc(x):
    if isinstance(x, str):
        return unicodedata.normalize("NFC", x)
    if isinstance(x, list):
        return [nfc(i) for i in x]
    if isinstance(x, dict):
        return {k: nfc(v) for k, v in x.items()}
    return x


def main():
    os.makedirs(GOLD, exist_ok=True)
    for d in DOCS:
        stem = d["document"].rsplit(".", 1)[0] if d["document"].endswith((".html", ".txt")) else d["document"]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as f:
            json.dump(nfc(d), f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(len(DOCS), "gold files written")


if __name__ == "__main__":
    main()
