"""Needs for holdout133 (land surveying, mapping and land records in Trà Vinh / Vĩnh Long). Rows: (id, language,
source key, title, description, {offer id: grade}). Each need paraphrases the public page named by its source key
(see holdout133_sources.py); needs written from pages about other places are set in the province (listed in the
docstring of make_holdout133.py). Grades: 2 = would solve the need, 1 = partly relevant or an adjacent step."""

NEEDS = [
    # --- GNSS / RTK base stations and CORS ---
    (
        "nEn01",
        "vi",
        "samdict_cors",
        "Cần hỗ trợ khai thác trạm CORS quốc gia cho tổ đo đạc ở TP Trà Vinh",
        "Công ty chúng tôi ở TP Trà Vinh đang đo địa chính bằng máy RTK tự đặt base, mất nhiều thời gian. Được biết mạng "
        "trạm định vị vệ tinh quốc gia (65 trạm CORS cố định, phủ Nam Bộ) cho đo động thời gian thực 2–4 cm về tọa độ và "
        "khoảng 10 cm về độ cao ở đồng bằng. Cần đơn vị hướng dẫn đăng ký tài khoản, cấu hình máy rover nhận số cải chính "
        "và quy kết quả về VN-2000.",
        {"nEo003": 2, "nEo004": 2, "nEo012": 1, "nEo013": 1, "nEo007": 1, "nEo010": 1},
    ),
    (
        "nEn02",
        "en",
        "docz_cors_diagioi",
        "Fix coordinates of administrative boundary markers in Cầu Kè with CORS",
        "Our commune land office in Cầu Kè must re-determine the coordinates of administrative boundary markers along "
        "the district line. We understand the national programme built 65 GNSS CORS stations (24 geodetic, the rest "
        "network RTK) that stream corrections over the internet. We need a surveyor or a transferable procedure to "
        "measure the markers with RTK-CORS instead of running new control traverses.",
        {"nEo013": 2, "nEo005": 2, "nEo015": 2, "nEo004": 1, "nEo006": 1, "nEo043": 1, "nEo038": 1, "nEo039": 1},
    ),
    (
        "nEn03",
        "vi",
        "samdict_cors",
        "Can mua may RTK 2 tan so de ket noi tram CORS",
        "To do dac cua cong ty o Chau Thanh (Tra Vinh) muon mua them may GNSS RTK nhieu tan so, thu duoc GPS, GLONASS, "
        "Galileo, BeiDou de ket noi mang tram CORS quoc gia (do chinh xac 2-4 cm toa do). Can noi cung cap may chinh hang, "
        "giao tan noi va huong dan su dung.",
        {"nEo012": 2, "nEo003": 1, "nEo004": 1},
    ),
    (
        "nEn04",
        "en",
        "globalcheck_cors",
        "Rent CORS corrections for spraying drones and auto-steer tractors in Tiểu Cần",
        "Our rice cooperative in Tiểu Cần runs spraying drones and wants auto-steer on tractors. Plain GPS drifts about "
        "15 m; a portable RTK base only covers about 2 km, while a CORS station reaches about 25 km and can be rented "
        "like a mobile-phone service. We want to subscribe to a correction signal (about 2 cm) instead of buying an RTK "
        "kit for every machine.",
        {
            "nEo007": 2,
            "nEo001": 2,
            "nEo003": 2,
            "nEo011": 1,
            "nEo008": 1,
            "nEo009": 1,
            "nEo134": 1,
            "nEo002": 1,
            "nEo014": 1,
        },
    ),
    (
        "nEn05",
        "en",
        "agweek_free_rtk",
        "Shared RTK reference network for farm machinery in Càng Long",
        "Farm-service groups in Càng Long use tractors for land levelling and dike work and want sub-inch RTK. Instead "
        "of private towers every 6–8 miles or one base per farm, we would like a shared network of continuously "
        "operating reference stations whose corrections reach tractors over mobile internet for a monthly data fee. "
        "Looking for a partner to plan and run such stations in the district.",
        {
            "nEo001": 2,
            "nEo002": 2,
            "nEo014": 1,
            "nEo011": 1,
            "nEo006": 1,
            "nEo007": 1,
            "nEo009": 1,
            "nEo003": 1,
            "nEo159": 1,
        },
    ),
    (
        "nEn06",
        "vi",
        "ctu_rtk_lowcost",
        "Tự dựng trạm base RTK giá rẻ cho máy nông nghiệp và drone",
        "Hợp tác xã ở Trà Cú muốn định vị máy nông nghiệp, drone để làm nông nghiệp chính xác nhưng hệ thống định vị "
        "chính xác hiện quá đắt. Thử nghiệm của trường đại học cho thấy dùng máy thu GPS giá rẻ với trạm cơ sở tự dựng có "
        "thể đạt sai số khoảng 0,2 m. Cần đơn vị hỗ trợ tự dựng trạm base và truyền số cải chính cho các máy trong HTX.",
        {"nEo009": 2, "nEo014": 1, "nEo012": 1, "nEo008": 1, "nEo001": 1, "nEo007": 1, "nEo159": 2},
    ),
    (
        "nEn07",
        "en",
        "striptill_rtk",
        "Keep RTK accuracy consistent for dike and field grading in Trà Cú",
        "Our earthworks team grades field dikes and ditches in Trà Cú with RTK. We lose accuracy as we move away from "
        "our radio base (roughly one inch per 10 miles) and trees and houses block the radio line of sight. We need "
        "advice on choosing between our own base, a network or a subscription service, and on keeping the fix stable.",
        {"nEo008": 2, "nEo010": 2, "nEo004": 1, "nEo005": 1, "nEo001": 1, "nEo009": 1, "nEo159": 1},
    ),
]

NEEDS += [
    # --- drone photogrammetry and orthophotos ---
    (
        "nEn08",
        "vi",
        "ict_bentre_map",
        "Số hóa bản đồ vùng trồng bưởi, dừa cho HTX ở Cầu Kè",
        "Tỉnh bạn (Bến Tre) đã làm bản đồ số vùng sản xuất cho sầu riêng, chôm chôm, xoài, bưởi da xanh để quản lý vùng "
        "ngọt, lợ - mặn, mặn và truy xuất nguồn gốc. HTX chúng tôi ở Cầu Kè muốn làm tương tự: chụp ảnh trên không toàn "
        "vùng vườn, khoanh ranh từng thửa vườn của xã viên thành bản đồ số có tọa độ để quản lý và cấp mã số vùng trồng.",
        {"nEo018": 2, "nEo016": 2, "nEo027": 2, "nEo058": 1, "nEo061": 1, "nEo047": 1, "nEo025": 2},
    ),
    (
        "nEn09",
        "en",
        "docz_kiemke",
        "Current land-use map for a commune land inventory in Trà Cú",
        "Our commune in Trà Cú must carry out the periodic land inventory and draw a current land-use map, as a commune "
        "near Hanoi did for its 2019 inventory. Our paper maps are years out of date. We need up-to-date imagery of the "
        "commune and a team that turns it, together with the cadastral map, into a land-use status map and area "
        "statistics by land type.",
        {"nEo062": 2, "nEo018": 2, "nEo025": 2, "nEo027": 1, "nEo114": 1, "nEo016": 1},
    ),
    (
        "nEn10",
        "vi",
        "btnmt_uav_rule",
        "Bản đồ địa hình tỷ lệ 1/500 bằng UAV cho cụm công nghiệp ở Long Đức",
        "Doanh nghiệp chúng tôi chuẩn bị mở rộng nhà xưởng trên khoảng 20 ha ở xã Long Đức (TP Trà Vinh), cần bản đồ địa "
        "hình tỷ lệ 1/500 đạt quy định kỹ thuật (đề tài cấp Bộ đã xây dựng quy định bay chụp UAV cho tỷ lệ 1/500, 1/1.000, "
        "1/2.000). Muốn thuê đơn vị bay chụp, đo khống chế ảnh và xử lý ra bản đồ, có kiểm tra độ chính xác.",
        {
            "nEo021": 2,
            "nEo018": 2,
            "nEo016": 2,
            "nEo026": 2,
            "nEo027": 2,
            "nEo019": 1,
            "nEo029": 1,
            "nEo020": 1,
            "nEo039": 1,
        },
    ),
    (
        "nEn11",
        "en",
        "sph_dronemap",
        "Set up in-house drone mapping for a survey firm in Vĩnh Long",
        "We are a small survey company in Vĩnh Long city and want our own drone mapping line rather than renting "
        "flights: a UAV that carries a camera or LiDAR, positioning for accurate geotags, processing software for "
        "orthomosaics, elevation models and point clouds, and training so staff can plan flights (altitude, overlap) "
        "and deliver survey-grade data instead of pretty pictures.",
        {"nEo020": 2, "nEo023": 1, "nEo024": 1, "nEo028": 1, "nEo029": 1, "nEo017": 1},
    ),
    (
        "nEn12",
        "vi",
        "stocker_uav",
        "Can anh truc giao UAV lam nen chinh ly ban do dia chinh xa Long Hiep",
        "Xa Long Hiep (Tra Cu) co ban do dia chinh cu, nhieu thua da thay doi. Can don vi bay UAV chup anh truc giao do "
        "phan giai cao, bo tri du diem khong che mat dat (GCP) de anh dat do chinh xac, ranh thua nhin ro tren anh, lam nen "
        "cho can bo dia chinh chinh ly ban do.",
        {"nEo016": 2, "nEo018": 2, "nEo017": 2, "nEo027": 2, "nEo022": 1, "nEo024": 1, "nEo026": 2, "nEo021": 1},
    ),
    (
        "nEn13",
        "en",
        "rgo_mangrove_lidar",
        "Ground elevations under mangrove for sluice design in Duyên Hải",
        "Our aquaculture company in Duyên Hải needs the ground level beneath dense mangrove and Rhizophora stands along "
        "our farm to design sluices and drainage. Photogrammetry only sees the canopy; we understand drone LiDAR (for "
        "example an M300 RTK with an L1 sensor) can reach the ground. Looking for a provider of a bare-earth terrain "
        "model under the trees.",
        {"nEo032": 2, "nEo123": 1, "nEo020": 1},
    ),
    # --- total stations, boundary markers, parcel area ---
    (
        "nEn14",
        "vi",
        "vnn_thieudat",
        "Đo lại đất thấy thiếu so với sổ, cần xác định ranh thửa ở Càng Long",
        "Gia đình tôi ở Càng Long vừa được đo lại thì thửa đất thiếu so với sổ đỏ cấp nhiều năm trước, còn đất nhà bên lại "
        "dư. Luật sư nói sai lệch có thể do đo thủ công ngày trước chứ chưa chắc có lấn chiếm; ranh giới thường theo bờ dậu, "
        "hàng rào, tường. Cần đơn vị đo đạc có máy hiện đại đo chính xác ranh, diện tích hiện trạng để làm hồ sơ.",
        {"nEo034": 2, "nEo036": 2, "nEo035": 2, "nEo039": 2, "nEo041": 1, "nEo040": 1, "nEo015": 1, "nEo128": 1},
    ),
    (
        "nEn15",
        "vi",
        "luat24h_tranhchap",
        "Tranh chap ranh gioi voi nha ben, can cam moc thua dat",
        "Nha toi o Tieu Can tranh chap ranh dat lien ke voi hang xom. Theo quy dinh, khi do ve phai cung nguoi su dung dat "
        "lien quan xac dinh moc gioi, danh dau cac dinh thua bang dinh sat, vach son, coc be tong, coc go va lap ban mo ta "
        "ranh gioi. Can don vi do dac va cam moc be tong ben vung de het tranh chap.",
        {"nEo040": 2, "nEo034": 2, "nEo037": 2, "nEo041": 1, "nEo038": 1, "nEo036": 2, "nEo035": 1},
    ),
    (
        "nEn16",
        "en",
        "vietthanh_sodosai",
        "Land certificate shows the wrong area — accurate re-survey in Trà Ôn",
        "Our family business in Trà Ôn found that the area on our land-use certificate does not match the ground, which "
        "blocks a bank loan. Causes are usually old or uncalibrated instruments, inexperienced technicians, boundary "
        "changes not updated, or errors during issuance. We need a surveyor with dual-frequency RTK or total station to "
        "re-measure the parcel and prepare documents for correction.",
        {"nEo034": 2, "nEo035": 2, "nEo036": 2, "nEo039": 2, "nEo012": 1},
    ),
    (
        "nEn17",
        "en",
        "thcl_cammoc_song",
        "Mark the riverbank protection corridor along the Cổ Chiên in Vĩnh Long city",
        "Following Ho Chi Minh City, which marked protection corridors along the Saigon River for nearly 72 km, the "
        "Soài Rạp, Lòng Tàu and many canals, our ward in Vĩnh Long city wants to mark the protection corridor along the "
        "Cổ Chiên river based on the cadastral map, to stop encroachment and filling. We need a contractor to set out "
        "and plant durable corridor markers.",
        {"nEo041": 2, "nEo040": 2, "nEo042": 1, "nEo043": 1, "nEo037": 1},
    ),
    (
        "nEn18",
        "vi",
        "taroworks_area",
        "Đo diện tích chính xác các thửa ruộng, ao tôm để lập hồ sơ vay vốn",
        "Tổ hợp tác ở Cầu Ngang cần số liệu diện tích đất của từng hộ để lập hồ sơ vay vốn và tính năng suất. Tính diện tích "
        "từ tọa độ GPS điện thoại dễ sai vì số lượng, vị trí điểm lấy và sai số GPS. Cần đơn vị đo chính xác ranh và diện "
        "tích các thửa ruộng, ao tôm.",
        {"nEo034": 2, "nEo015": 2, "nEo039": 2, "nEo012": 1, "nEo058": 1, "nEo016": 1},
    ),
    (
        "nEn19",
        "en",
        "cybertracker_polygon",
        "Phone GPS too inaccurate to measure small plots in Châu Thành",
        "Our cooperative in Châu Thành (Trà Vinh) tried measuring members' plots by walking the boundary with phones. "
        "Phone GPS error is about 3–15 m in open ground, so a 100 × 100 m plot is visibly distorted and small plots are "
        "nearly impossible. We need centimetre-grade equipment or a survey service for plots of a few thousand square "
        "metres.",
        {"nEo012": 2, "nEo015": 2, "nEo034": 2, "nEo039": 2, "nEo058": 1, "nEo061": 1, "nEo007": 1},
    ),
    (
        "nEn20",
        "vi",
        "docz_microstation",
        "Đào tạo cán bộ địa chính xã đo vẽ và biên tập bản đồ địa chính",
        "Huyện Tam Bình có nhiều cán bộ địa chính xã mới, chưa thạo máy toàn đạc và các phần mềm. Cần khóa đào tạo thực "
        "hành: sử dụng máy toàn đạc, trút số liệu, số hóa và biên tập bản đồ địa chính trên MicroStation V8i (quản lý đa "
        "lớp, ký hiệu, in theo hệ tọa độ) và các phần mềm chuyên ngành.",
        {"nEo044": 2, "nEo112": 2, "nEo104": 2, "nEo113": 1, "nEo010": 1, "nEo034": 1},
    ),
    (
        "nEn21",
        "en",
        "brokerless_subdivision",
        "Split a family orchard in Long Hồ into three lots",
        "Our family wants to divide a 4-acre (about 1.6 ha) orchard in Long Hồ into two 1-acre lots and one 2-acre lot "
        "for the children. We need a surveyor to check the original parcel, design lot boundaries that meet minimum lot "
        "sizes, plan access and easements, place monuments at new corners and prepare documents for approval.",
        {"nEo126": 2, "nEo127": 2, "nEo034": 1, "nEo036": 1, "nEo037": 1},
    ),
]

NEEDS += [
    # --- digitising and updating cadastral maps and land files ---
    (
        "nEn22",
        "vi",
        "tracuuqh_haiduong",
        "Số hóa nhanh giấy chứng nhận đã cấp vào cơ sở dữ liệu đất đai huyện",
        "Chi nhánh văn phòng đăng ký đất đai ở Vũng Liêm cần gấp rút thu thập, số hóa giấy chứng nhận và kết nối thông tin "
        "căn cước công dân như Hải Dương đang làm (khoảng 890.000 thửa, mới 150.000 thửa vào cơ sở dữ liệu, 654.000 thửa "
        "đã cấp giấy nhưng chưa số hóa). Cần đơn vị scan, nhập liệu và tích hợp thửa đất vào cơ sở dữ liệu địa chính.",
        {"nEo057": 2, "nEo055": 2, "nEo046": 2, "nEo045": 2, "nEo049": 1, "nEo050": 1, "nEo054": 1},
    ),
    (
        "nEn23",
        "en",
        "vnbiz_landdb",
        "Computerised, up-to-date land database for communes in Cầu Ngang",
        "Years after the national plan, few provinces have a complete computerised land database; only 10–15% of "
        "communes had up-to-date data and reports still go up on paper, and local databases go stale as ownership "
        "changes. Cầu Ngang district wants its communes' cadastral maps and registers turned into a maintained digital "
        "land database that staff keep current.",
        {"nEo045": 2, "nEo046": 2, "nEo054": 2, "nEo047": 2, "nEo056": 1, "nEo057": 1, "nEo053": 1},
    ),
    (
        "nEn24",
        "vi",
        "docz_phuvang",
        "Đánh giá hồ sơ địa chính hai xã và xây dựng cơ sở dữ liệu địa chính",
        "Phòng Tài nguyên và Môi trường huyện Duyên Hải muốn đánh giá thực trạng hồ sơ địa chính (bản đồ, sổ mục kê, sổ "
        "địa chính) ở hai xã điểm, tương tự nghiên cứu ở huyện Phú Vang, rồi đề xuất giải pháp và xây dựng cơ sở dữ liệu "
        "địa chính cho hai xã.",
        {"nEo046": 2, "nEo045": 2, "nEo047": 1, "nEo053": 1, "nEo049": 1},
    ),
    (
        "nEn25",
        "en",
        "laodong_quangtri",
        "Clean and standardise land data to the 'right, sufficient, clean, living' criteria",
        "Like Quảng Trị, which ran a 30-day peak to have over 50% of parcels meet the criteria by June 2026, our land "
        "registration branch in Mang Thít must reconcile paper records, cadastral maps and electronic data, remove "
        "errors and duplicates and fill missing fields for each parcel. We need help with systematic checking and "
        "correction of legacy land data.",
        {"nEo050": 2, "nEo055": 2, "nEo046": 1, "nEo045": 1, "nEo057": 1, "nEo053": 1},
    ),
    (
        "nEn26",
        "en",
        "vnvn_laichau",
        "Formal cadastral mapping and land database for unmapped communes",
        "Some communes in Duyên Hải still lack formal cadastral maps, as in Lai Châu where only parts of 4 of 8 "
        "districts were mapped and about 65 billion VND went into databases for 4 districts. We plan a phased "
        "programme, one area per year: cadastral survey, registration, certificates and a land database. Looking for "
        "survey and database contractors.",
        {"nEo034": 2, "nEo017": 2, "nEo045": 2, "nEo046": 2, "nEo056": 2, "nEo054": 1, "nEo016": 1},
    ),
    (
        "nEn27",
        "vi",
        "van_cleandata",
        "Xa can nhap lieu giay chung nhan va doi chieu thong tin chu su dung",
        "Xa o Binh Tan (Vinh Long) dang lam chien dich lam giau, lam sach du lieu dat dai. Nhu mot xa o Lao Cai, trong 705 "
        "nguoi can xac minh chi 551 nguoi khop voi co so du lieu dan cu. Can don vi scan giay chung nhan, nhap lieu thong "
        "tin thua dat va chu su dung vao co so du lieu de doi chieu.",
        {"nEo057": 2, "nEo055": 2, "nEo050": 1, "nEo046": 1},
    ),
    (
        "nEn28",
        "vi",
        "docz_thietbi",
        "Chi nhánh đăng ký đất đai thiếu máy scan A3, cần số hóa hồ sơ lưu trữ",
        "Chi nhánh văn phòng đăng ký đất đai ở Trà Ôn thiếu máy scan, máy in khổ A3 và kho lưu trữ, hồ sơ địa chính giấy "
        "chất đống (như nhiều văn phòng cấp huyện ở Quảng Nam, TP.HCM). Muốn thuê ngoài việc quét và số hóa hồ sơ, bản đồ "
        "địa chính giấy để khai thác trên máy tính.",
        {"nEo057": 2, "nEo049": 2, "nEo055": 1, "nEo113": 1, "nEo160": 1},
    ),
    (
        "nEn29",
        "en",
        "docz_phuvang",
        "Digitise old paper cadastral sheets of two communes in Tiểu Cần",
        "Two communes in Tiểu Cần still keep cadastral maps from the 1990s on paper, and the parcel register is kept "
        "separately. We need the sheets scanned and vectorised into parcel polygons, checked against the originals and "
        "linked to the parcel register so the district can build its cadastral database.",
        {
            "nEo049": 2,
            "nEo048": 2,
            "nEo051": 2,
            "nEo113": 2,
            "nEo052": 1,
            "nEo050": 1,
            "nEo045": 1,
            "nEo057": 1,
            "nEo160": 2,
        },
    ),
    (
        "nEn30",
        "vi",
        "vnbiz_landdb",
        "Cập nhật, chỉnh lý biến động bản đồ địa chính hằng năm cho thị trấn Càng Long",
        "Thị trấn Càng Long có nhiều biến động chuyển nhượng, tách thửa nên dữ liệu đất đai nhanh chóng lạc hậu, báo cáo "
        "vẫn làm trên giấy. Cần phần mềm và đơn vị hỗ trợ cập nhật, chỉnh lý biến động hồ sơ địa chính, bản đồ địa chính "
        "thường xuyên trên cơ sở dữ liệu.",
        {"nEo046": 2, "nEo045": 2, "nEo034": 1, "nEo113": 1, "nEo112": 1},
    ),
    (
        "nEn31",
        "en",
        "docz_kiemke",
        "Offline tablet app for commune staff checking parcels during the land inventory",
        "During the land inventory our staff in Cầu Kè must visit parcels, check the actual land use against the map "
        "and note changes. Coverage is patchy in the orchards. We want a mobile GIS app that works offline on tablets "
        "with our parcel layer and forms, uses GPS, and syncs edits back to the office.",
        {"nEo058": 2, "nEo061": 2, "nEo060": 2, "nEo059": 1, "nEo062": 1},
    ),
    # --- GIS for land-use planning ---
    (
        "nEn32",
        "vi",
        "dbnd_congkhai_qh",
        "Công khai quy hoạch sử dụng đất huyện trên cổng thông tin điện tử",
        "UBND huyện Châu Thành (Trà Vinh) phải công khai quy hoạch sử dụng đất cấp huyện tại trụ sở và trên cổng thông tin "
        "suốt kỳ quy hoạch, bảo đảm đồng bộ với quy hoạch tỉnh, như Hà Nội đang yêu cầu. Cần giải pháp GIS đưa bản đồ quy "
        "hoạch lên mạng để người dân tra cứu theo thửa.",
        {"nEo064": 2, "nEo063": 2, "nEo067": 1, "nEo071": 1, "nEo070": 1, "nEo066": 1},
    ),
    (
        "nEn33",
        "en",
        "vietbuild_qh",
        "Official online land-use plan lookup to replace unreliable apps",
        "Apps and websites circulating in Vĩnh Long show land-use plan and cadastral maps from unofficial sources with "
        "many errors, and buyers cannot tell which is right. The town wants its own official online map where people "
        "can check the planning status of a parcel.",
        {"nEo064": 2, "nEo066": 2, "nEo067": 1, "nEo071": 1, "nEo128": 1},
    ),
    (
        "nEn34",
        "vi",
        "mapog_zoning",
        "Chồng lớp GIS chọn địa điểm đất phù hợp cho nhà máy chế biến",
        "Doanh nghiệp chế biến thủy sản muốn chọn khu đất ở Cầu Ngang: chồng lớp quy hoạch sử dụng đất, đất nông nghiệp "
        "cần bảo vệ, giao thông, vùng ngập để phát hiện chỗ mâu thuẫn và chấm điểm mức phù hợp trước khi xin chủ trương.",
        {"nEo067": 2, "nEo069": 2, "nEo065": 2, "nEo068": 1, "nEo063": 1},
    ),
    (
        "nEn35",
        "en",
        "dbnd_congkhai_qh",
        "Keep land-use plan databases consistent across province, district and commune",
        "Vĩnh Long's land department wants one consistent database and map set for land-use planning at province, "
        "district and commune levels, so sector plans line up and updates flow between levels instead of each office "
        "keeping its own files.",
        {"nEo063": 2, "nEo071": 2, "nEo047": 1, "nEo064": 1, "nEo070": 1},
    ),
    (
        "nEn36",
        "vi",
        "luanvan_dondien",
        "Dồn điền đổi thửa cho ruộng manh mún ở Tiểu Cần",
        "Ruộng của nông dân xã chúng tôi ở Tiểu Cần manh mún, mỗi hộ nhiều thửa nhỏ. Huyện Quảng Điền (Thừa Thiên Huế) đã "
        "dồn điền đổi thửa ở 11/11 xã, thị trấn. Chúng tôi cần đơn vị lập phương án dồn đổi trên bản đồ (ghép, chia lại thửa "
        "công bằng), đo đạc lại và chỉnh lý bản đồ địa chính sau khi dồn đổi.",
        {"nEo120": 2, "nEo121": 2, "nEo122": 2, "nEo034": 2, "nEo062": 1},
    ),
    (
        "nEn37",
        "en",
        "fao_shrimp_pond",
        "Topographic survey and layout for a shrimp farm in Duyên Hải",
        "We are building a semi-intensive shrimp farm on about 20 ha in Duyên Hải: nursery ponds of 500–1,000 m², "
        "grow-out ponds of 0.5–2 ha at least 1 m deep, supply and drainage canals, sluices and roads. We need a "
        "topographic survey with ground levels to lay out ponds and canals.",
        {"nEo039": 2, "nEo018": 2, "nEo016": 2, "nEo021": 2, "nEo026": 2, "nEo027": 2, "nEo032": 1},
    ),
]

NEEDS += [
    # --- riverbank and coastal erosion ---
    (
        "nEn38",
        "vi",
        "thvl_congiong",
        "Khảo sát, theo dõi sạt lở đê bao Cồn Giông, xã Tân Hội",
        "Tuyến đê bao kết hợp đường giao thông nông thôn ở Cồn Giông, xã Tân Hội (TP Vĩnh Long) ven sông Tiền bị sạt lở ngày "
        "càng nặng do triều cường và dòng chảy thay đổi, đe dọa hơn 100 hộ. Xã cần đơn vị khảo sát hiện trường, đo đạc, lập "
        "mô hình bờ và theo dõi diễn biến sạt lở qua các đợt để cảnh báo người dân.",
        {"nEo073": 2, "nEo081": 2, "nEo101": 2, "nEo075": 1, "nEo088": 1, "nEo083": 1, "nEo100": 2, "nEo118": 1},
    ),
    (
        "nEn39",
        "en",
        "thvl_133diem",
        "Province-wide inventory of 133 erosion sites in Vĩnh Long",
        "Since the start of the year Vĩnh Long has recorded 133 erosion points on inland canals and main rivers, and the "
        "flood season makes them worse. The provincial disaster office wants all sites in one up-to-date map database "
        "with length, depth, damage and photos, so it can prioritise and warn residents.",
        {"nEo124": 2, "nEo125": 1, "nEo077": 1, "nEo078": 1, "nEo080": 1},
    ),
    (
        "nEn40",
        "vi",
        "znews_quoithien",
        "Quan trắc dịch chuyển đê bao cồn Thanh Long để cảnh báo sớm",
        "Đoạn đê bao cồn Thanh Long (ấp Phước Lý Nhì, xã Quới Thiện) sạt 20 m lúc 1 giờ sáng, cuốn nhà, ngập khoảng 15 ha "
        "vườn; khu 225 m đã công bố khẩn cấp. Xã cần hệ thống đo dịch chuyển liên tục của đê và bờ, tự động báo động khi "
        "chuyển vị tăng nhanh để kịp di dời dân.",
        {"nEo118": 2, "nEo119": 2, "nEo100": 1, "nEo101": 1, "nEo081": 1, "nEo073": 1},
    ),
    (
        "nEn41",
        "en",
        "baomoi_trahon",
        "Rapid bank and riverbed survey for an 80 m erosion emergency in Tích Thiện",
        "Vĩnh Long declared an erosion emergency on 80 m of the Trà Ôn river bank in Tích Lộc hamlet, Tích Thiện commune "
        "(from the market to the secondary school). Before designing protection works the district needs a quick "
        "survey of the bank and the riverbed in front of it: cross sections, depths and scour holes.",
        {"nEo085": 2, "nEo087": 2, "nEo088": 2, "nEo083": 1, "nEo115": 1, "nEo101": 1, "nEo073": 1},
    ),
    (
        "nEn42",
        "vi",
        "vnplus_tv_embank",
        "Bản đồ diễn biến đường bờ biển Hiệp Thạnh trước khi xây kè",
        "Bờ biển Trà Vinh dài hơn 65 km, có hơn 100 điểm sạt lở sông, biển; riêng xã Hiệp Thạnh (thị xã Duyên Hải) sắp làm "
        "kè 1,2 km (126 tỷ đồng). Ban quản lý dự án cần bản đồ biến động đường bờ nhiều năm từ ảnh vệ tinh để xác định đoạn "
        "xói mạnh nhất và tốc độ lùi bờ.",
        {"nEo079": 2, "nEo082": 2, "nEo080": 2, "nEo078": 1, "nEo077": 1, "nEo114": 1},
    ),
    (
        "nEn43",
        "en",
        "mtdl_travinh",
        "Satellite monitoring of riverbank change along the Hậu and Cổ Chiên",
        "Trà Vinh has more than 100 eroded areas; river erosion concentrates on the Hậu River (Cầu Kè, Tiểu Cần, Trà Cú) "
        "and the Cổ Chiên (Càng Long, Châu Thành, Cầu Ngang, Trà Vinh city), with 1.5 km especially dangerous. The "
        "agriculture department wants regular remote-sensing maps of bank-line change to target embankment money.",
        {"nEo078": 2, "nEo077": 2, "nEo074": 2, "nEo075": 2, "nEo080": 2, "nEo124": 1},
    ),
    (
        "nEn44",
        "vi",
        "tuoitre_vamnao",
        "Khoanh vung nguy co sut lo bo song Hau o Cau Ke de di doi dan",
        "Nhu vu sut lo Vam Nao (An Giang) nhan chim 14 nha, phai di doi 108 ho, dan ven song Hau o An Phu Tan, Ninh Thoi "
        "(Cau Ke) rat lo. Xa can danh gia nguyen nhan va khoanh vung doan bo co nguy co sut de khong cho xay nha moi va "
        "di doi truoc.",
        {"nEo076": 2, "nEo073": 2, "nEo125": 1, "nEo074": 1, "nEo124": 1},
    ),
    (
        "nEn45",
        "en",
        "vnexpress_namcan",
        "Detect undermining under riverside houses in Trà Cú town",
        "After eight houses in Năm Căn (Cà Mau) fell into the river at night, with 100 more at risk, our town in Trà Cú "
        "wants to survey the bank under the riverside row of houses regularly in 3D, to spot cracks, slumps and "
        "undermining before a collapse.",
        {"nEo100": 2, "nEo101": 2, "nEo081": 1, "nEo118": 1, "nEo088": 1},
    ),
    (
        "nEn46",
        "vi",
        "vnexpress_12homes",
        "Bản đồ điểm sạt lở mùa lũ phục vụ kế hoạch di dời ở Châu Thành",
        "Như ở Năm Căn (Cà Mau) nơi 12 căn nhà của 8 hộ bị cuốn (đoạn 50 m dài, 15 m rộng), xã ven sông ở Châu Thành (Trà "
        "Vinh) có nhiều điểm sạt nghiêm trọng mùa lũ tháng 5–11. Xã cần bản đồ số các điểm sạt và vùng nguy cơ để lập kế "
        "hoạch di dời, cảnh báo người dân.",
        {"nEo124": 2, "nEo125": 2, "nEo076": 1, "nEo073": 1},
    ),
    (
        "nEn47",
        "en",
        "thanhnien_canalwall",
        "Survey canal banks and bed where houses collapsed in Trà Vinh city",
        "In Cà Mau a canal bank collapsed overnight and took seven houses. Houses also line the canals of Trà Vinh city, "
        "and the ward wants the canal bed and banks surveyed (depths, cross sections) to find undermined stretches "
        "before the rainy season.",
        {"nEo087": 2, "nEo088": 2, "nEo085": 2, "nEo115": 1, "nEo083": 1},
    ),
    (
        "nEn48",
        "en",
        "vnplus_connhan",
        "Monitor the Cồn Nhàn shoreline before and after a 780 m embankment",
        "Trà Vinh approved a 46-billion-VND, 780 m sea embankment at Cồn Nhàn hamlet (Đông Hải, Duyên Hải) to protect "
        "protective forest, fields and sea dikes. The investor wants a shoreline-change and forest-loss baseline from "
        "satellite images and repeat monitoring after construction.",
        {"nEo079": 2, "nEo080": 2, "nEo082": 2, "nEo101": 1, "nEo072": 1, "nEo114": 1},
    ),
    (
        "nEn49",
        "vi",
        "mtdl_travinh",
        "Khảo sát địa hình và đo sâu cho kè sông Láng Thé 1,1 km",
        "Tỉnh sắp làm kè 1,1 km dọc sông Láng Thé, xã Đại Phước (Càng Long), vốn 60 tỷ đồng, giai đoạn 2020–2022. Đơn vị tư "
        "vấn thiết kế cần thuê khảo sát địa hình bờ và đo sâu lòng sông, lập mặt cắt ngang dọc tuyến kè.",
        {"nEo085": 2, "nEo087": 2, "nEo088": 2, "nEo102": 1, "nEo083": 1, "nEo039": 1},
    ),
    # --- subsidence and height control ---
    (
        "nEn50",
        "en",
        "asiaviews_subs",
        "Subsidence map for Vĩnh Long city drainage planning",
        "The water resources department reports subsidence of 0.1–81 cm over ten years in Ho Chi Minh City and the "
        "Mekong Delta, with about 1 million m³ of groundwater pumped a day. Vĩnh Long city wants a map of current "
        "sinking rates across the urban area to plan drains and road levels.",
        {"nEo089": 2, "nEo090": 2, "nEo092": 2, "nEo094": 2, "nEo095": 2, "nEo096": 1, "nEo093": 1},
    ),
    (
        "nEn51",
        "vi",
        "ctu_tv_gw",
        "Giám sát sụt lún do khai thác nước ngầm ở Trà Vinh",
        "Nghiên cứu của Trường Đại học Cần Thơ cho thấy mực nước tầng Pleistocene giữa–trên ở giếng quan trắc Q217020 (Trà "
        "Vinh) hạ 4,06 m (2004–2015) và lún cố kết tính được tới 27,854 cm. Sở cần đơn vị đánh giá, quan trắc sụt lún toàn "
        "tỉnh và liên hệ với khai thác nước dưới đất.",
        {"nEo093": 2, "nEo098": 2, "nEo090": 2, "nEo091": 2, "nEo092": 2, "nEo097": 1},
    ),
    (
        "nEn52",
        "en",
        "hiep_thesis_tv",
        "Model groundwater pumping, salinity and land subsidence in Trà Vinh",
        "A doctoral study applied to Trà Vinh linked groundwater extraction with salt intrusion and surface subsidence. "
        "The provincial water office wants a working model of how pumping scenarios change subsidence, to decide where "
        "to limit new wells.",
        {"nEo091": 2, "nEo093": 2, "nEo090": 1, "nEo089": 1},
    ),
    (
        "nEn53",
        "vi",
        "baomoi_nuocngam",
        "Quan trắc lún đường, đê do bơm nước ngầm mùa khô",
        "Mùa hạn mặn người dân vẫn bơm nước ngầm hết công suất; ĐBSCL có 562 vị trí sạt lở dài 786 km, đường, đê sụt lún "
        "nhiều nơi. Huyện Cầu Ngang muốn dựng mốc và đo lún định kỳ cho tuyến đê, đường chính để biết tốc độ lún.",
        {"nEo098": 2, "nEo097": 2, "nEo099": 1, "nEo095": 1, "nEo089": 1, "nEo108": 1},
    ),
    (
        "nEn54",
        "en",
        "vnn_en_subs",
        "InSAR map of sinking rates for Trà Vinh city infrastructure",
        "Reports say the Mekong Delta is sinking 2–5 cm a year, worst in urban Cà Mau, Sóc Trăng and Cần Thơ, based on "
        "over 1,000 locations. Trà Vinh city's infrastructure board wants satellite radar measurements of current "
        "rates for roads, bridges and drainage.",
        {"nEo092": 2, "nEo094": 2, "nEo095": 2, "nEo096": 2, "nEo090": 2, "nEo089": 1},
    ),
    (
        "nEn55",
        "vi",
        "vnn_en_subs",
        "Nha xuong bi lun nut, can do lun bang thuy chuan",
        "DBSCL lun 2-5 cm moi nam. Nha xuong cua cong ty o khu cong nghiep Long Duc (TP Tra Vinh) xuat hien vet nut nen, "
        "nghi bi lun khong deu. Can don vi dat moc va do lun dinh ky bang thuy chuan chinh xac.",
        {"nEo098": 2, "nEo099": 1, "nEo096": 1, "nEo094": 1, "nEo108": 1},
    ),
    (
        "nEn56",
        "en",
        "asiaviews_subs",
        "High-resolution elevation model of a low-lying town",
        "With subsidence of up to 81 cm over ten years reported in the delta and poor drainage, Bình Minh town needs an "
        "accurate digital elevation model of streets and lots to plan drainage and flood-prone areas.",
        {"nEo123": 2, "nEo032": 2, "nEo027": 2, "nEo026": 2, "nEo021": 2, "nEo018": 1, "nEo016": 1, "nEo039": 1},
    ),
]

NEEDS += [
    # --- surveying for rural roads and canals ---
    (
        "nEn57",
        "en",
        "vnplus_travinh_roads",
        "Route surveys for rural roads and bridges under Trà Vinh's road plan",
        "Trà Vinh plans almost 3.62 trillion VND of rural roads: 248 km and five bridges first, then 1,671 km of roads "
        "and 305 bridges. Our district transport board needs topographic route surveys along each alignment, with long "
        "sections, cross sections and levels for design and quantities.",
        {"nEo102": 2, "nEo103": 2, "nEo030": 2, "nEo108": 2, "nEo110": 1, "nEo026": 1, "nEo039": 1},
    ),
    (
        "nEn58",
        "vi",
        "thvl_longho_hiendat",
        "Trích đo phần đất dân hiến và cắm mốc lộ giới đường nông thôn ở Long Hồ",
        "Phong trào hiến đất làm đường giao thông nông thôn ở huyện Long Hồ được người dân đồng thuận. Xã cần đơn vị trích "
        "đo phần diện tích từng hộ hiến để chỉnh lý giấy chứng nhận, đồng thời cắm mốc lộ giới dọc tuyến mở rộng.",
        {"nEo034": 2, "nEo041": 2, "nEo042": 1, "nEo040": 1, "nEo126": 1},
    ),
    (
        "nEn59",
        "vi",
        "vnplus_travinh_roads",
        "Lap ho so quan ly duong giao thong nong thon tren ban do so",
        "Tinh Tra Vinh xay them hang tram km duong nong thon va cau. Huyen Cau Ke can ban do so kiem ke mang duong: chia "
        "doan, ma so tung doan, chieu dai, mat duong, cau, cong va tinh trang de lap ke hoach duy tu.",
        {"nEo110": 2, "nEo111": 2, "nEo047": 1, "nEo069": 1},
    ),
    (
        "nEn60",
        "vi",
        "baotravinh_kenh",
        "Khảo sát mặt cắt kênh và tính khối lượng nạo vét ở xã Long Hiệp",
        "Kênh Thầy Nại (Trà Cú) dày đặc lục bình, ghe chở lúa khó vào; xã Long Hiệp đăng ký 3 công trình thủy lợi năm 2023 "
        "(đào mới 400 m, nạo vét 2 km), 12 hộ hiến hơn 2.000 m² đất. Cần đơn vị khảo sát mặt cắt, độ sâu lòng kênh và tính "
        "khối lượng nạo vét.",
        {"nEo105": 2, "nEo087": 2, "nEo085": 2, "nEo083": 1, "nEo086": 1, "nEo103": 1, "nEo106": 1, "nEo088": 1},
    ),
    (
        "nEn61",
        "en",
        "dnth_travinh_thuyloi",
        "Fast surveys of hundreds of small irrigation canals in Trà Vinh",
        "In 2025 Trà Vinh plans to upgrade 504 in-field irrigation works (dredging, bank reinforcement, culverts; about "
        "22 billion VND) and the irrigation company will dredge grade-II canals (about 52 billion VND). We need a survey "
        "team that can level long canal networks quickly and deliver profiles for design.",
        {"nEo106": 2, "nEo105": 2, "nEo107": 1, "nEo117": 1, "nEo115": 1, "nEo103": 1},
    ),
    (
        "nEn62",
        "vi",
        "thvl_kenhchet",
        "HTX thủy lợi muốn tự trang bị máy đo sâu cho kênh nội đồng",
        'Nhiều con kênh thủy lợi ở Vĩnh Long bị bồi lấp thành "kênh chết", không còn dẫn nước. Tổ hợp tác dùng nước ở Tam '
        "Bình muốn tự trang bị máy đo sâu gọn nhẹ (kết hợp GPS) để kiểm tra độ sâu kênh hằng năm, cần tư vấn chọn máy và "
        "hướng dẫn sử dụng.",
        {"nEo083": 2, "nEo086": 2, "nEo084": 2, "nEo115": 1, "nEo116": 1},
    ),
    (
        "nEn63",
        "en",
        "tender_wb_canal",
        "Topographic and hydrographic survey of drainage channels in Vĩnh Long",
        "Like a recent irrigation tender, we need detailed topographic and hydrographic surveys of canals and drainage "
        "channels in Bình Tân using DGPS/RTK or total station on land and echo sounder in water, with cross sections "
        "extended 50 m beyond each bank toe, extra sections at bridges, regulators and outfalls, all tied to benchmarks "
        "and plotted on GIS.",
        {"nEo087": 2, "nEo088": 2, "nEo105": 2, "nEo085": 2, "nEo103": 1, "nEo106": 1},
    ),
    (
        "nEn64",
        "vi",
        "dnth_travinh_thuyloi",
        "Bay UAV chụp dọc kênh cấp II để lập mặt bằng hiện trạng",
        "Công ty khai thác công trình thủy lợi tỉnh chuẩn bị duy tu, nạo vét nhiều tuyến kênh cấp II. Cần đơn vị bay UAV dọc "
        "tuyến kênh lập bình đồ ảnh, mặt bằng hiện trạng và mô hình bề mặt hai bên bờ để lập dự toán.",
        {"nEo030": 2, "nEo018": 2, "nEo026": 2, "nEo016": 1, "nEo027": 2},
    ),
    (
        "nEn65",
        "en",
        "thvl_kenhchet",
        "Remote-controlled survey boat for shallow canals in Vĩnh Long",
        "Many irrigation canals in Vĩnh Long have silted into 'dead canals' that boats can barely use. The provincial "
        "irrigation unit wants an unmanned survey boat with an echo sounder and GNSS to map canal beds and volumes "
        "without putting crews in the water.",
        {"nEo115": 2, "nEo116": 2, "nEo117": 2, "nEo084": 1, "nEo083": 1},
    ),
    # --- further needs across sub-topics ---
    (
        "nEn66",
        "vi",
        "docz_cors_diagioi",
        "Xác định tọa độ mốc địa giới hành chính sau sắp xếp xã ở Vĩnh Long",
        "Sau sắp xếp đơn vị hành chính, tỉnh cần xác định lại tọa độ các mốc địa giới giữa các xã mới. Được biết có thể dùng "
        "trạm tham chiếu hoạt động liên tục (mạng 65 trạm GNSS CORS) để đo nhanh tọa độ mốc thay vì lập lưới truyền thống "
        "như một huyện ở Thanh Hóa đã làm. Cần đơn vị thực hiện.",
        {"nEo013": 2, "nEo005": 2, "nEo004": 1, "nEo043": 1, "nEo015": 1, "nEo039": 1},
    ),
    (
        "nEn67",
        "vi",
        "thcl_cammoc_song",
        "Cắm mốc hành lang bảo vệ kênh Măng Thít",
        "Huyện Mang Thít muốn cắm mốc hành lang bảo vệ bờ kênh Măng Thít và một số rạch theo chỉ giới trên bản đồ địa chính, "
        "làm căn cứ xử lý lấn chiếm, san lấp, như TP.HCM đã cắm mốc dọc sông, kênh rạch. Cần đơn vị khảo sát và cắm mốc.",
        {"nEo041": 2, "nEo040": 2, "nEo043": 1, "nEo042": 1},
    ),
    (
        "nEn68",
        "en",
        "ict_bentre_map",
        "Map every orchard plot with coordinates for traceability",
        "Our coconut and pomelo cooperative in Càng Long must link each product batch to the plot it came from, as Bến "
        "Tre is doing with a digital production-area map. Members should record their plots and attributes on phones in "
        "the field, and the data should sit in a shared map database.",
        {"nEo058": 2, "nEo061": 2, "nEo016": 1, "nEo018": 1, "nEo047": 1},
    ),
    (
        "nEn69",
        "en",
        "samdict_cors",
        "Better heights than CORS give for dike design in Vũng Liêm",
        "The national CORS network gives about 10 cm in height in the delta, not enough for our dike and culvert design "
        "in Vũng Liêm where a few centimetres decide flooding. We need precise levelling from state benchmarks along the "
        "dikes, or the equipment and training to do it ourselves.",
        {"nEo098": 2, "nEo108": 2, "nEo099": 2, "nEo104": 1, "nEo097": 1},
    ),
    (
        "nEn70",
        "en",
        "tracuuqh_haiduong",
        "Survey parcels that were never certified before entering them in the database",
        "As in Hải Dương, where about 40,000 parcels had never received a first certificate and needed field "
        "investigation, many parcels in our communes of Cầu Ngang have never been surveyed for certification. We need "
        "field survey and mapping of these parcels so they can be registered and added to the land database.",
        {"nEo034": 2, "nEo017": 2, "nEo016": 1, "nEo058": 1, "nEo060": 1},
    ),
    (
        "nEn71",
        "vi",
        "docz_kiemke",
        "Kiểm kê đất đai và lập bản đồ hiện trạng sử dụng đất cấp xã",
        "Xã ở Tam Bình chuẩn bị kiểm kê đất đai định kỳ, cần thống kê diện tích theo loại đất và lập bản đồ hiện trạng sử dụng "
        "đất cấp xã từ bản đồ địa chính, như một xã ở Thạch Thất (Hà Nội) đã làm năm 2019. Cần đơn vị tư vấn thực hiện.",
        {"nEo062": 2, "nEo063": 1, "nEo047": 1, "nEo025": 1, "nEo018": 1},
    ),
    (
        "nEn72",
        "en",
        "thvl_congiong",
        "Repeat bathymetry of riverbed scour near the Cồn Giông dike",
        "Erosion of the dike at Cồn Giông, Tân Hội commune, on the Tiền River is linked to changing currents. Vĩnh Long "
        "city wants repeated depth surveys of the riverbed in front of the dike to see whether scour is deepening "
        "toward the bank.",
        {"nEo087": 2, "nEo085": 2, "nEo088": 1, "nEo115": 1, "nEo083": 1},
    ),
    (
        "nEn73",
        "en",
        "vnplus_tv_embank",
        "Design survey for the Hiệp Thạnh coastal embankment",
        "Trà Vinh will build two embankment stretches totalling 1.2 km in Hiệp Thạnh commune (Duyên Hải town), 400 m in "
        "Chợ hamlet first. The design consultant needs a topographic survey of the beach and dike and a nearshore depth "
        "survey with cross sections along the alignment.",
        {"nEo087": 2, "nEo085": 2, "nEo102": 1, "nEo088": 1, "nEo115": 1, "nEo039": 1},
    ),
    (
        "nEn74",
        "vi",
        "thvl_133diem",
        "Đo đạc hiện trường các điểm sạt lở kênh nội đồng để lập hồ sơ hỗ trợ",
        "Vĩnh Long có 133 điểm sạt lở trong nội đồng và sông chính từ đầu năm. Huyện cần đơn vị xuống hiện trường đo chiều "
        "dài, chiều sâu sạt, diện tích đất mất của từng hộ để lập hồ sơ hỗ trợ và đề xuất xử lý.",
        {"nEo073": 2, "nEo081": 2, "nEo034": 1, "nEo016": 1},
    ),
    (
        "nEn75",
        "en",
        "docz_thietbi",
        "Survey instruments and training for a land registration branch",
        "Many district land registration offices have no survey instruments (in Quảng Nam only 6 of 16 had one). Our "
        "branch in Trà Ôn wants to buy an RTK receiver and a total station and get staff trained to measure parcels "
        "themselves.",
        {"nEo012": 2, "nEo044": 2, "nEo039": 1, "nEo099": 1, "nEo104": 1},
    ),
]
