#!/usr/bin/env python3
"""Gold for heldout75 as Python data -> gold/*.json (NFC)."""
import json, os, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold")

def nfc(x):
    if isinstance(x, str):
        return unicodedata.normalize("NFC", x)
    if isinstance(x, list):
        return [nfc(v) for v in x]
    if isinstance(x, dict):
        return {nfc(k): nfc(v) for k, v in x.items()}
    return x

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

# recurring invented Vietnamese officials (consistent across the set)
VINH = O("Trịnh Quang Vĩnh", "VNM", "Đại tướng", "Bộ trưởng Bộ Quốc phòng")
KHIEM = O("Lâm Đức Khiêm", "VNM", "Thượng tướng", "Thứ trưởng Bộ Quốc phòng")
HAO = O("Đỗ Minh Hạo", "VNM", "Thượng tướng", "Tổng Tham mưu trưởng QĐND Việt Nam, Thứ trưởng Bộ Quốc phòng")
KHAI = O("Hà Minh Khải", "VNM", "Thiếu tướng", "Cục trưởng Cục Đối ngoại, Bộ Quốc phòng")
LOC = O("Vũ Thành Lộc", "VNM", "Phó Đô đốc", "Tư lệnh Quân chủng Hải quân")
THINH = O("Mai Quốc Thịnh", "VNM", "Trung tướng", "Tư lệnh Bộ đội Biên phòng")

def opt(officials=(), events=(), partners=(), agreements=()):
    d = {"officials": list(officials), "events": list(events), "partners": list(partners)}
    if agreements:
        d["agreements"] = list(agreements)
    return d

def forb(countries, names, why):
    return {"countries": list(countries), "names": list(names), "why": why}

G = []

# a01 ------------------------------------------------------------------
G.append({
 "document": "a01_qdnd_an_do.html", "published": "2026-04-08",
 "partners": ["IND"],
 "officials": [HAO, O("Rajesh Kumar Bhandari", "IND", "Trung tướng", "Phó Tổng Tham mưu trưởng Lục quân Ấn Độ"),
               KHIEM, VINH, KHAI, O("Sandeep Verma", "IND", "Đại tá", "Tùy viên Quốc phòng Ấn Độ tại Việt Nam")],
 "events": [
  E("Talks", "Hội đàm Đỗ Minh Hạo - Rajesh Kumar Bhandari", "2026-04-07", None, "Bộ Tổng Tham mưu, Hà Nội", None,
    ["VNM", "IND"], ["Đỗ Minh Hạo", "Rajesh Kumar Bhandari", "Hà Minh Khải", "Sandeep Verma"]),
  E("Visit", "Chuyến thăm chính thức Việt Nam của Trung tướng Rajesh Kumar Bhandari", "2026-04-07", "2026-04-10", "Việt Nam", None,
    ["VNM", "IND"], ["Rajesh Kumar Bhandari"]),
  E("Meeting", "Thượng tướng Lâm Đức Khiêm tiếp Trung tướng Rajesh Kumar Bhandari", "2026-04-08", None, "Hà Nội", None,
    ["VNM", "IND"], ["Lâm Đức Khiêm", "Rajesh Kumar Bhandari"]),
  E("Meeting", "Đại tướng Trịnh Quang Vĩnh tiếp Trung tướng Rajesh Kumar Bhandari", "2026-04-08", None, "trụ sở Bộ Quốc phòng, Hà Nội", None,
    ["VNM", "IND"], ["Trịnh Quang Vĩnh", "Rajesh Kumar Bhandari"]),
 ],
 "agreements": [],
 "partnerships": [P("VNM", "IND", CSP, "2016")],
 "optional": opt(),
 "forbidden": forb(["CHN", "LAO", "THA"],
   ["Trọng Nghĩa", "Ngọc Diệp", "Kiều Văn Sáng", "Trần Hữu Phước", "Lê Thị Mai Anh", "Lương Hữu Đạt", "Nông Văn Thụ", "Bùi Khắc Long"],
   "China, 'Lào Cai' (a Vietnamese province) and the Thai ambassador appear only in the 'Tin liên quan' box; 'Thái Bình Dương' is the Pacific; Trọng Nghĩa is the byline, Ngọc Diệp the photo credit; Kiều Văn Sáng is in a related link; commenters and the paper's editors in the footer are not officials of this article"),
})

# a02 ------------------------------------------------------------------
G.append({
 "document": "a02_vietnamplus_tuy_vien.html", "published": "2026-04-02",
 "partners": ["AUS", "NZL"],
 "officials": [KHIEM, O("Andrew Pemberton", "AUS", "Đại tá", "Tùy viên Quốc phòng Australia tại Việt Nam"),
               KHAI, O("Hamish Donaldson", "NZL", "Đại tá", "Tùy viên Quốc phòng New Zealand")],
 "events": [
  E("Meeting", "Thượng tướng Lâm Đức Khiêm tiếp Tùy viên Quốc phòng Australia", "2026-04-02", None, "trụ sở Bộ Quốc phòng", None,
    ["VNM", "AUS"], ["Lâm Đức Khiêm", "Andrew Pemberton"]),
  E("Meeting", "Thiếu tướng Hà Minh Khải tiếp Tùy viên Quốc phòng New Zealand chào kết thúc nhiệm kỳ", "2026-04-02", None, None, None,
    ["VNM", "NZL"], ["Hà Minh Khải", "Hamish Donaldson"]),
 ],
 "agreements": [],
 "partnerships": [P("VNM", "AUS", CSP, "2024-03"), P("VNM", "NZL", CSP, "2025-02")],
 "optional": opt(events=[{"type": "Dialogue", "label": "Đối thoại Chính sách quốc phòng Việt Nam - Australia (dự kiến)", "start": "2026"}]),
 "forbidden": forb(["RUS", "UKR", "IDN", "KHM"],
   ["Igor Vasilenko", "Minh Đức", "Phan Thanh Huyền", "Trịnh Quang Vĩnh"],
   "the TASS paragraph on Russia/Ukraine is an unrelated item glued after the end mark './.' without a heading; Indonesia, Cambodia and Trịnh Quang Vĩnh appear only in 'Tin cùng chuyên mục'; Minh Đức is a photo credit; Phan Thanh Huyền is the footer editor"),
})

# a03 ------------------------------------------------------------------
G.append({
 "document": "a03_vov_tau_nhat_cam_ranh.html", "published": "2026-04-15",
 "partners": ["JPN"],
 "officials": [O("Phan Hữu Tín", "VNM", "Đại tá", "Phó Tư lệnh Vùng 4 Hải quân"),
               O("Kenji Morooka", "JPN", "Trung tá", "Hạm trưởng tàu JS Minekaze"),
               O("Takeshi Arakawa", "JPN", "Đại tá", "Tùy viên Quốc phòng Nhật Bản tại Việt Nam"),
               O("Lương Thế Bảo", "VNM", "Chuẩn Đô đốc", "Tư lệnh Vùng 4 Hải quân")],
 "events": [
  E("PortCall", "Tàu khu trục JS Minekaze (DD-121) thăm xã giao Khánh Hòa", "2026-04-14", "2026-04-17", "Cảng quốc tế Cam Ranh, Khánh Hòa", None,
    ["VNM", "JPN"], ["Kenji Morooka", "Phan Hữu Tín", "Takeshi Arakawa"]),
  E("Meeting", "Hạm trưởng tàu JS Minekaze chào xã giao Tư lệnh Vùng 4 Hải quân", "2026-04-15", None, None, None,
    ["VNM", "JPN"], ["Kenji Morooka", "Lương Thế Bảo"]),
 ],
 "agreements": [],
 "partnerships": [P("VNM", "JPN", CSP, "2023-11")],
 "optional": opt(events=[{"type": "Exercise", "label": "Luyện tập thông tin liên lạc và đội hình trên biển khi tàu rời cảng", "start": "2026-04-17"}]),
 "forbidden": forb(["USA", "PHL", "KOR"],
   ["Hoàng Lâm", "Phương Linh", "Trần Quang Huy", "Vũ Thị Hải Yến"],
   "the US cruiser, the Philippine navy and the Korean attaché appear only in 'Tin khác'; Hoàng Lâm is the photo credit, Phương Linh the byline, Vũ Thị Hải Yến the footer editor; Trần Quang Huy is in a 'Tin khác' headline. Names, ranks and the 15/4 call are only in photo captions and are gold"),
})

# a04 ------------------------------------------------------------------
ASEAN = ["VNM", "PHL", "BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "SGP", "THA", "TLS"]
VILLA = O("Ramon T. Villacorta", "PHL", None, "Bộ trưởng Quốc phòng Philippines")
AZLAN = O("Mohamed Azlan Hashim", "MYS", None, "Bộ trưởng Quốc phòng Malaysia")
BAMB = O("Bambang Suryo Wibowo", "IDN", None, "Bộ trưởng Quốc phòng Indonesia")
XOM = O("Xổm Phết Vi Lay Sắc", "LAO", "Đại tướng", "Phó Thủ tướng, Bộ trưởng Bộ Quốc phòng Lào")
G.append({
 "document": "a04_baochinhphu_admm_retreat.html", "published": "2026-04-22",
 "partners": [c for c in ASEAN if c != "VNM"],
 "officials": [VINH, KHIEM, KHAI, VILLA, AZLAN, BAMB, XOM],
 "events": [
  E("Conference", "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN hẹp (ADMM Retreat) năm 2026", "2026-04-21", "2026-04-22",
    "Cebu, Philippines", "Philippines", ASEAN,
    ["Trịnh Quang Vĩnh", "Lâm Đức Khiêm", "Hà Minh Khải", "Ramon T. Villacorta", "Mohamed Azlan Hashim", "Bambang Suryo Wibowo", "Xổm Phết Vi Lay Sắc"]),
  E("Meeting", "Gặp song phương Trịnh Quang Vĩnh - Ramon T. Villacorta bên lề ADMM Retreat", "2026-04-21", None, "Cebu, Philippines", None,
    ["VNM", "PHL"], ["Trịnh Quang Vĩnh", "Ramon T. Villacorta"]),
  E("Meeting", "Gặp song phương Trịnh Quang Vĩnh - Mohamed Azlan Hashim bên lề ADMM Retreat", "2026-04-21", None, "Cebu, Philippines", None,
    ["VNM", "MYS"], ["Trịnh Quang Vĩnh", "Mohamed Azlan Hashim"]),
  E("Meeting", "Gặp song phương Trịnh Quang Vĩnh - Bambang Suryo Wibowo bên lề ADMM Retreat", None, None, "Cebu, Philippines", None,
    ["VNM", "IDN"], ["Trịnh Quang Vĩnh", "Bambang Suryo Wibowo"]),
  E("Meeting", "Gặp song phương Trịnh Quang Vĩnh - Xổm Phết Vi Lay Sắc bên lề ADMM Retreat", "2026-04-22", None, "Cebu, Philippines", None,
    ["VNM", "LAO"], ["Trịnh Quang Vĩnh", "Xổm Phết Vi Lay Sắc"]),
 ],
 "agreements": [
  A("JointStatement", "Tuyên bố chung của các Bộ trưởng Quốc phòng ASEAN về tăng cường hợp tác an ninh hàng hải và ứng phó với các thách thức an ninh phi truyền thống",
    "2026-04-22", ASEAN, [], []),
 ],
 "partnerships": [P("VNM", "MYS", CSP, "2024-11"), P("VNM", "IDN", CSP, "2025-03")],
 "optional": opt(
   officials=[O("Dato' Seri Mohamed Azlan Hashim", "MYS", None, "Bộ trưởng Quốc phòng Malaysia")],
   events=[{"type": "Meeting", "label": "Trao đổi ngắn của Thượng tướng Lâm Đức Khiêm với trưởng đoàn Singapore và Thái Lan", "start": None, "countries": ["VNM", "SGP", "THA"]},
           {"type": "Conference", "label": "Hội nghị ADMM lần thứ 20 và ADMM+ (dự kiến, Manila)", "start": "2026"}]),
 "forbidden": forb(["CHN", "USA", "FRA"],
   ["Vương Kiến Dân", "Hồng Pha", "Nguyễn Văn Tường"],
   "China and the US appear only in 'Xem thêm'; 'biện pháp hòa bình' and 'luật pháp quốc tế' are not France; Hồng Pha is the reporter and photo credit; Nguyễn Văn Tường is the footer editor"),
})

# a05 ------------------------------------------------------------------
G.append({
 "document": "a05_bienphong_hoi_dam_savannakhet.html", "published": "2026-04-24",
 "partners": ["LAO"],
 "officials": [O("Hồ Sỹ Lâm", "VNM", "Đại tá", "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị"),
               O("Khăm Xỉ Phôm Mạ Chắc", "LAO", "Đại tá", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Savannakhet"),
               O("Vi Lăn Xay Nha Sỏn", "LAO", "Trung tá", "Phó Chỉ huy trưởng Bộ CHQS tỉnh Savannakhet"),
               O("Lê Anh Tuấn", "VNM", "Thượng tá", "Phó Chỉ huy trưởng BĐBP tỉnh Quảng Trị")],
 "events": [
  E("Talks", "Hội đàm thường niên năm 2026 giữa BĐBP tỉnh Quảng Trị và Bộ CHQS tỉnh Savannakhet", "2026-04-23", None,
    "Bộ Chỉ huy Quân sự tỉnh Savannakhet, Lào", None, ["VNM", "LAO"],
    ["Hồ Sỹ Lâm", "Khăm Xỉ Phôm Mạ Chắc", "Vi Lăn Xay Nha Sỏn", "Lê Anh Tuấn"]),
 ],
 "agreements": [
  A("Minutes", "Biên bản hội đàm năm 2026 giữa BĐBP tỉnh Quảng Trị và Bộ CHQS tỉnh Savannakhet", "2026-04-23", ["VNM", "LAO"],
    ["Hồ Sỹ Lâm", "Khăm Xỉ Phôm Mạ Chắc"], ["Vi Lăn Xay Nha Sỏn", "Lê Anh Tuấn"]),
 ],
 "partnerships": [],
 "optional": opt(events=[{"type": "Exchange", "label": "Giao lưu văn nghệ, bóng chuyền hữu nghị sau hội đàm", "start": "2026-04-23", "countries": ["VNM", "LAO"]}]),
 "forbidden": forb(["KHM", "CHN", "USA"],
   ["Quang Hiếu", "Phùng Văn Khánh", "Phạm Văn Toàn"],
   "Cambodia and China appear only in 'Tin cùng chuyên mục'; 'Tỷ giá USD' is an exchange-rate widget, not the US; Quang Hiếu is the reporter and photo credit; Phùng Văn Khánh is in a related headline; Phạm Văn Toàn is the footer editor. 'hữu nghị vĩ đại, đoàn kết đặc biệt' is not a partnership level"),
})

# a06 ------------------------------------------------------------------
G.append({
 "document": "a06_nhandan_doi_thoai_phap.txt", "published": "2026-04-16",
 "partners": ["FRA"],
 "officials": [KHIEM, O("Étienne Marchal", "FRA", None, "Tổng Giám đốc Quan hệ quốc tế và Chiến lược, Bộ Quân đội Pháp"),
               O("Olivier Demarest", "FRA", "Tướng", "Tổng Tham mưu trưởng Quân đội Pháp")],
 "events": [
  E("Visit", "Đoàn Bộ Quốc phòng Việt Nam do Thượng tướng Lâm Đức Khiêm dẫn đầu thăm làm việc Pháp", "2026-04-13", "2026-04-16", "Pháp", None,
    ["VNM", "FRA"], ["Lâm Đức Khiêm"]),
  E("Dialogue", "Đối thoại Chiến lược Quốc phòng Việt Nam - Pháp lần thứ 6", "2026-04-14", None, "Paris, Pháp", None,
    ["VNM", "FRA"], ["Lâm Đức Khiêm", "Étienne Marchal"]),
  E("Meeting", "Thượng tướng Lâm Đức Khiêm chào Tổng Tham mưu trưởng Quân đội Pháp", "2026-04-15", None, None, None,
    ["VNM", "FRA"], ["Lâm Đức Khiêm", "Olivier Demarest"]),
 ],
 "agreements": [
  A("Minutes", "Biên bản Đối thoại Chiến lược Quốc phòng Việt Nam - Pháp lần thứ 6", "2026-04-14", ["VNM", "FRA"],
    ["Lâm Đức Khiêm", "Étienne Marchal"], []),
 ],
 "partnerships": [P("VNM", "FRA", CSP, "2024-10")],
 "optional": opt(
   events=[{"type": "Visit", "label": "Bộ trưởng Bộ Quân đội Pháp thăm Việt Nam (dự kiến)", "start": "2026"}],
   agreements=[{"type": "LetterOfIntent", "label": "Ý định thư về hợp tác đào tạo quân y (dự kiến ký)", "date": None, "parties": ["VNM", "FRA"]}]),
 "forbidden": forb(["DEU", "POL", "IND", "THA"],
   ["Anh Sơn", "Frank Rössler", "Phạm Đăng Khoa"],
   "Germany, Poland and the Indian academy appear only in 'Bài viết liên quan'; 'Ấn Độ Dương - Thái Bình Dương' is the Indo-Pacific, not India or Thailand; Anh Sơn is the byline; Phạm Đăng Khoa is the footer editor. The minutes' date comes from the sentence before ('Ngày 14/4 ... Kết thúc Đối thoại')"),
})

# a07 ------------------------------------------------------------------
G.append({
 "document": "a07_tuoitre_tau_ham_nghi_brunei.txt", "published": "2026-04-10",
 "partners": ["BRN"],
 "officials": [O("Ngô Quang Thái", "VNM", "Đại tá", "Phó tư lệnh Vùng 2 Hải quân"),
               O("Haji Rosli bin Haji Mahmud", "BRN", "Đại tá", "Phó tư lệnh Hải quân Hoàng gia Brunei"),
               O("Trần Thị Minh Nguyệt", "VNM", None, "Đại sứ Việt Nam tại Brunei")],
 "events": [
  E("PortCall", "Tàu 022 - Hàm Nghi thăm hữu nghị Brunei", "2026-04-09", "2026-04-12", "Căn cứ hải quân Muara, Brunei", None,
    ["VNM", "BRN"], ["Ngô Quang Thái", "Haji Rosli bin Haji Mahmud", "Trần Thị Minh Nguyệt"]),
 ],
 "agreements": [],
 "partnerships": [P("VNM", "BRN", CP, "2019")],
 "optional": opt(
   events=[{"type": "Exercise", "label": "Luyện tập đội hình và thông tin liên lạc với tàu Hải quân Hoàng gia Brunei sau khi rời cảng", "start": None, "countries": ["VNM", "BRN"]},
           {"type": "Meeting", "label": "Đoàn công tác chào xã giao Bộ Tư lệnh Hải quân Hoàng gia Brunei (theo chương trình)", "start": None, "countries": ["VNM", "BRN"]},
           {"type": "PortCall", "label": "Tàu 022 - Hàm Nghi tiếp tục hải trình đến Indonesia", "start": None, "countries": ["VNM", "IDN"]}],
   partners=["IDN"]),
 "forbidden": forb(["FRA", "GBR", "SGP"],
   ["Văn Kiên", "Nguyễn Minh Tú", "Hoàng Gia Bảo", "Lý Thu Trang", "Trần Xuân Quang"],
   "'Pháp luật' in the menu is not France; the British ship and Singapore appear only in 'Tin liên quan'; Văn Kiên is the reporter/photo credit; the commenters (one named 'Hoàng Gia Bảo', a look-alike of 'Hoàng gia') and the footer editor are not officials. The event date is only in the dateline 'MUARA (BRUNEI) 9-4' ('sáng nay'); the page is dated 10/04"),
})

# a08 ------------------------------------------------------------------
G.append({
 "document": "a08_thanhnien_tiep_tu_lenh_hqtbd.txt", "published": "2026-04-20",
 "partners": ["USA"],
 "officials": [VINH, O("Richard M. Calloway", "USA", "Đô đốc", "Tư lệnh Hạm đội Thái Bình Dương Hoa Kỳ"),
               O("Daniel Whitmore", "USA", None, "Đại sứ Mỹ tại Việt Nam"), LOC],
 "events": [
  E("Meeting", "Đại tướng Trịnh Quang Vĩnh tiếp Đô đốc Richard M. Calloway", "2026-04-20", None, "trụ sở Bộ Quốc phòng", None,
    ["VNM", "USA"], ["Trịnh Quang Vĩnh", "Richard M. Calloway", "Daniel Whitmore"]),
  E("Meeting", "Phó Đô đốc Vũ Thành Lộc làm việc với Đô đốc Richard M. Calloway", "2026-04-20", None, None, None,
    ["VNM", "USA"], ["Vũ Thành Lộc", "Richard M. Calloway"]),
 ],
 "agreements": [],
 "partnerships": [P("VNM", "USA", CSP, "2023-09")],
 "optional": opt(events=[{"type": "Visit", "label": "Đô đốc Richard M. Calloway thăm và làm việc tại Việt Nam", "start": "2026-04", "countries": ["VNM", "USA"]}]),
 "forbidden": forb(["RUS", "JPN", "IND", "THA", "FRA"],
   ["Nguyễn Hiền", "Tuấn Minh", "Đặng Quốc Huy", "Phan Thị Kim Ngân", "Đỗ Hoài Nam"],
   "Russia and Japan appear only in 'Tin liên quan'; 'Hạm đội Thái Bình Dương' and 'Ấn Độ Dương - Thái Bình Dương' are the Pacific/Indo-Pacific, not Thailand or India; 'biện pháp', 'luật pháp' are not France; Nguyễn Hiền is the byline, Tuấn Minh the photo credit; commenters and the footer editor are not officials"),
})

# a09 ------------------------------------------------------------------
G.append({
 "document": "a09_vnexpress_han_quoc.txt", "published": "2026-04-28",
 "partners": ["KOR"],
 "officials": [VINH, O("Park Sung-hoon", "KOR", None, "Bộ trưởng Quốc phòng Hàn Quốc"), KHAI,
               O("Kim Jae-won", "KOR", None, "Cục trưởng Cục Chính sách quốc tế, Bộ Quốc phòng Hàn Quốc"),
               O("Trần Đức Phương", "VNM", "Thiếu tướng", "Cục trưởng Cục Gìn giữ hòa bình Việt Nam"),
               O("Lee Min-ho", "KOR", "Chuẩn tướng", "Giám đốc Trung tâm gìn giữ hòa bình quốc tế thuộc Bộ Tham mưu Liên quân Hàn Quốc")],
 "events": [
  E("Visit", "Chuyến thăm chính thức Việt Nam của Bộ trưởng Quốc phòng Hàn Quốc Park Sung-hoon", "2026-04-27", "2026-04-29", "Việt Nam", None,
    ["VNM", "KOR"], ["Park Sung-hoon"]),
  E("Talks", "Hội đàm Trịnh Quang Vĩnh - Park Sung-hoon", "2026-04-28", None, "trụ sở Bộ Quốc phòng, Hà Nội", None,
    ["VNM", "KOR"], ["Trịnh Quang Vĩnh", "Park Sung-hoon"]),
 ],
 "agreements": [
  A("LetterOfIntent", "Ý định thư về hợp tác công nghiệp quốc phòng giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Hàn Quốc", "2026-04-28",
    ["VNM", "KOR"], ["Hà Minh Khải", "Kim Jae-won"], ["Trịnh Quang Vĩnh", "Park Sung-hoon"]),
  A("MemorandumOfUnderstanding", "Bản ghi nhớ về hợp tác trong lĩnh vực gìn giữ hòa bình Liên Hợp Quốc", "2026-04-28",
    ["VNM", "KOR"], ["Trần Đức Phương", "Lee Min-ho"], ["Trịnh Quang Vĩnh", "Park Sung-hoon"]),
 ],
 "partnerships": [P("VNM", "KOR", CSP, "2022-12")],
 "optional": opt(),
 "forbidden": forb(["PRK", "FRA", "USA", "CHN"],
   ["Giang Huy", "Vũ Anh", "Trần Văn Hải", "Lê Quỳnh", "Phạm Minh Quân"],
   "'bán đảo Triều Tiên' names the peninsula, not a North Korean relation; 'Pháp luật' in the menu is not France; the US and China appear only in an unrelated headline; Giang Huy is the photo credit, Vũ Anh the byline, the commenters and the footer editor are not officials"),
})

# a10 ------------------------------------------------------------------
G.append({
 "document": "a10_baoquocte_campuchia.txt", "published": "2026-04-22",
 "partners": ["KHM"],
 "officials": [HAO, O("Sok Vanna", "KHM", "Đại tướng", "Phó Tổng Tư lệnh Quân đội Hoàng gia Campuchia, Tư lệnh Lục quân"),
               THINH, KHAI, O("Chan Sophal", "KHM", "Đại tá", "Tùy viên Quốc phòng Campuchia tại Việt Nam"), VINH],
 "events": [
  E("Visit", "Chuyến thăm chính thức Việt Nam của Đại tướng Sok Vanna", "2026-04-21", "2026-04-23", "Việt Nam", None,
    ["VNM", "KHM"], ["Sok Vanna"]),
  E("Talks", "Hội đàm Đỗ Minh Hạo - Sok Vanna", "2026-04-21", None, "Hà Nội", None,
    ["VNM", "KHM"], ["Đỗ Minh Hạo", "Sok Vanna", "Mai Quốc Thịnh", "Hà Minh Khải", "Chan Sophal"]),
  E("Meeting", "Đại tướng Trịnh Quang Vĩnh tiếp Đại tướng Sok Vanna", "2026-04-22", None, None, None,
    ["VNM", "KHM"], ["Trịnh Quang Vĩnh", "Sok Vanna"]),
 ],
 "agreements": [
  A("Minutes", "Biên bản hội đàm giữa Bộ Tổng Tham mưu QĐND Việt Nam và Bộ Tổng Tư lệnh Quân đội Hoàng gia Campuchia", "2026-04-21",
    ["VNM", "KHM"], ["Đỗ Minh Hạo", "Sok Vanna"], []),
 ],
 "partnerships": [],
 "optional": opt(events=[{"type": "Exchange", "label": "Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Campuchia lần thứ 3 (dự kiến)", "start": "2026", "countries": ["VNM", "KHM"]}]),
 "forbidden": forb(["THA", "USA", "PHL", "SGP", "AUS"],
   ["Minh Hòa", "Trần Huy Tiến", "Nguyễn Thị Thúy Vân"],
   "Thailand is mentioned only as Cambodia's own border issue and in related news, not in a relation with Vietnam; the US, the Philippines, Singapore and Australia appear only in related/most-read lists; Minh Hòa is the byline; Trần Huy Tiến is in a related headline; the editor is in the footer. The motto 'hợp tác toàn diện, bền vững lâu dài' is not a ComprehensivePartnership"),
})

# a11 (jsonl record) -----------------------------------------------------
G.append({
 "document": "a11_plo_singapore", "published": "2026-04-16",
 "partners": ["SGP"],
 "officials": [KHIEM, O("Tan Kwang Hui", "SGP", "Trung tướng", "Tư lệnh Lực lượng Quốc phòng Singapore"),
               O("Lee Boon Kiat", "SGP", None, "Đại sứ Singapore tại Việt Nam")],
 "events": [
  E("Meeting", "Thượng tướng Lâm Đức Khiêm tiếp Trung tướng Tan Kwang Hui", "2026-04-16", None, "trụ sở Bộ Quốc phòng", None,
    ["VNM", "SGP"], ["Lâm Đức Khiêm", "Tan Kwang Hui", "Lee Boon Kiat"]),
 ],
 "agreements": [],
 "partnerships": [P("VNM", "SGP", CSP, "2025-03")],
 "optional": opt(
   events=[{"type": "Visit", "label": "Trung tướng Tan Kwang Hui thăm làm việc tại Việt Nam", "start": "2026-04", "countries": ["VNM", "SGP"]},
           {"type": "Conference", "label": "Đối thoại Shangri-La 2026 (dự kiến)", "start": "2026-05"}],
   agreements=[{"type": "LetterOfIntent", "label": "Ý định thư về hợp tác an ninh mạng giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Singapore (dự kiến ký)", "date": None, "parties": ["VNM", "SGP"]}]),
 "forbidden": forb(["MYS", "KHM", "FRA"],
   ["Quỳnh Anh", "Trương Hữu Lộc", "Võ Thành Trung"],
   "Malaysia and Cambodia appear only in 'Xem thêm'; 'Pháp luật' (menu and the paper's name) is not France; Quỳnh Anh is the byline; Trương Hữu Lộc is a defendant in an unrelated headline; Võ Thành Trung is the footer editor. The LoI is only planned"),
})

# a12 (jsonl record) -----------------------------------------------------
G.append({
 "document": "a12_baohaiquan_nga", "published": "2026-04-25",
 "partners": ["RUS"],
 "officials": [LOC, O("Igor Sokolovsky", "RUS", "Phó Đô đốc", "Phó Tư lệnh Hải quân Liên bang Nga"),
               O("Bùi Văn Hưng", "VNM", "Chuẩn Đô đốc", "Phó Tư lệnh, Tham mưu trưởng Quân chủng Hải quân"),
               O("Sergei Nikitin", "RUS", "Đại tá", "Tùy viên Quốc phòng Nga tại Việt Nam")],
 "events": [
  E("Talks", "Hội đàm Vũ Thành Lộc - Igor Sokolovsky", "2026-04-24", None, "Bộ Tư lệnh Quân chủng Hải quân, Hải Phòng", None,
    ["VNM", "RUS"], ["Vũ Thành Lộc", "Igor Sokolovsky", "Bùi Văn Hưng", "Sergei Nikitin"]),
 ],
 "agreements": [
  A("Minutes", "Biên bản hội đàm về kế hoạch hợp tác giữa Hải quân nhân dân Việt Nam và Hải quân Liên bang Nga giai đoạn 2026-2027", "2026-04-24",
    ["VNM", "RUS"], ["Vũ Thành Lộc", "Igor Sokolovsky"], []),
 ],
 "partnerships": [P("VNM", "RUS", CSP, "2012")],
 "optional": opt(events=[{"type": "Conference", "label": "Lễ duyệt binh Ngày Hải quân Nga (lời mời)", "start": "2026-07"},
                         {"type": "PortCall", "label": "Tàu Hạm đội Thái Bình Dương ghé Cảng quốc tế Cam Ranh (dự kiến)", "start": None, "countries": ["VNM", "RUS"]}]),
 "forbidden": forb(["IDN", "THA"],
   ["Đức Thịnh", "Phùng Quang Hải"],
   "Indonesia appears only in 'Tin khác' (Komodo exercise headline); 'Hạm đội Thái Bình Dương' is the Pacific Fleet, not Thailand; Đức Thịnh is the reporter/photo credit; Phùng Quang Hải is the footer editor. Signatories of the minutes are read as the two heads ('hai bên đã ký')"),
})

def main():
    os.makedirs(OUT, exist_ok=True)
    for g in G:
        g = nfc(g)
        doc = g["document"]
        stem = doc.rsplit(".", 1)[0] if doc.endswith((".html", ".txt")) else doc
        with open(os.path.join(OUT, stem + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(len(G), "gold files")

if __name__ == "__main__":
    main()
