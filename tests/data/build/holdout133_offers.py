"""Offers for holdout133 (land surveying, mapping and land records). Rows: (id, language, source key, title,
description). Each offer paraphrases the public page named by its source key (see holdout133_sources.py);
offers marked "distractor" in the comments come from neighbouring fields and share words with the needs."""

OFFERS = [
    # --- GNSS / RTK base stations and CORS networks ---
    (
        "nEo001",
        "vi",
        "hoangphat_cors",
        "Lắp đặt trạm tham chiếu CORS hoạt động liên tục cho địa phương",
        "Công ty trắc địa nhận thiết kế và lắp đặt trạm CORS cố định chạy 24/7: máy thu GNSS RTK đa tần đặt trên trụ "
        "mốc, truyền dữ liệu qua internet về trạm chủ để tính và phát số cải chính. Máy RTK của người dùng và thiết bị "
        "tự hành nhận cải chính đạt độ chính xác cỡ centimet; các trạm bố trí theo lưới phủ đều, khoảng cách tính toán "
        "để giữ độ chính xác. Ứng dụng cho đo đạc bản đồ, xây dựng, nông nghiệp chính xác.",
    ),
    (
        "nEo002",
        "en",
        "spedia_cors",
        "Design and operation of regional CORS networks for surveyors",
        "We plan and run networks of permanently installed GNSS reference receivers on precisely known marks. Stations "
        "track GPS, GLONASS, Galileo and BeiDou around the clock, and a processing centre streams RTCM corrections over "
        "cellular or internet links so field crews get centimetre-level RTK without setting up their own base. Raw "
        "observations are archived for post-processed static work, and network RTK models errors across the region.",
    ),
    (
        "nEo003",
        "vi",
        "dathop_cors_vn",
        "Hỗ trợ đăng ký và khai thác mạng trạm định vị vệ tinh quốc gia VNGEONET",
        "Đơn vị tư vấn hướng dẫn tổ chức, doanh nghiệp đăng ký tài khoản và khai thác dịch vụ cải chính của hệ thống "
        "trạm CORS quốc gia (VNGEONET), hiện Cục Đo đạc, Bản đồ và Thông tin địa lý đã đưa vào sử dụng 65 trạm. Hỗ trợ "
        "cấu hình máy thu rover để nhận số hiệu chỉnh đạt độ chính xác centimet phục vụ khảo sát địa chính, xây dựng, "
        "nông nghiệp.",
    ),
    (
        "nEo004",
        "vi",
        "thaiduong_cors",
        "Cấu hình máy RTK kết nối trạm CORS quốc gia và xử lý lỗi kết nối",
        "Kỹ thuật viên cài đặt và khắc phục lỗi khi máy RTK thu tín hiệu trạm CORS quốc gia: sai hệ tọa độ, mất kết "
        "nối, không fix. Theo Thông tư 03/2020/TT-BTNMT, dữ liệu khai thác phải quy về hệ VN-2000; mạng lưới có trạm "
        "cơ sở khoảng 150–200 km và trạm hoạt động liên tục cách nhau 50–70 km. Tư vấn chọn dòng máy RTK nhập khẩu phù "
        "hợp với mô hình geoid của mạng.",
    ),
    (
        "nEo005",
        "en",
        "fenner_cors",
        "CORS-tied RTK control for boundary and construction surveys",
        "Engineering surveyors tie project control to the national CORS network so that coordinates are consistent "
        "across jobs and over years. RTK with network corrections typically gives 1–3 cm in real time, with less setup "
        "than a project base station. Used for property boundaries, building corners, earthworks and as-built checks.",
    ),
    (
        "nEo006",
        "en",
        "soi_cors",
        "Nationwide CORS positioning service: RTK/NRTK and static post-processing",
        "A national mapping agency offers a network of continuously operating reference stations streaming to a "
        "central server. Users connect rovers for real-time RTK or network RTK at about ±3 cm, or download data for "
        "static GNSS post-processing, without occupying their own reference station. Orbit, clock, ionosphere and "
        "troposphere errors that limit a lone receiver to 10–11 m are removed.",
    ),
    (
        "nEo007",
        "en",
        "midwest_ntrip",
        "NTRIP/CORS correction setup for farm and survey receivers",
        "We set up RTK receivers to take corrections over the internet instead of a base-and-radio kit: cellular "
        "modem, data plan, and registration with the local NTRIP provider (user name, password, port, IP address). "
        "Supports virtual reference station (VRS) corrections and CMR, CMR+, RTCM 2.x and 3.x streams; some state "
        "networks are free, private ones need a subscription.",
    ),
    (
        "nEo008",
        "en",
        "sparkpnt_corr",
        "Choosing an RTK correction source: commercial, public or your own base",
        "Guidance for buyers of GNSS receivers on where to get corrections: commercial networks from about $15 to "
        "$500 a month, free public networks run by many states, or a civilian base station you install yourself for a "
        "one-off hardware cost. Explains SSR services and how each option affects coverage and accuracy.",
    ),
    (
        "nEo009",
        "en",
        "xyht_diy_rtk",
        "Do-it-yourself internet RTK: stream your own base over NTRIP",
        "Technical note and support for surveying firms that still send corrections over UHF radios, often "
        "unlicensed. With free tools a base receiver on a building or site can be turned into an NTRIP source and "
        "corrections delivered to rovers over cellular or broadband IP, wherever mobile internet is available.",
    ),
    (
        "nEo010",
        "en",
        "surveyschool_ntrip",
        "Training: keeping an NTRIP RTK fix stable in the field",
        "Short course explaining how corrections flow from base or CORS through the caster and mountpoint to the "
        "rover, why a clear-sky 2 cm fix degrades when the cellular link stutters, and what to change. Correction age "
        "normally runs 400–600 ms; ambiguity resolution suffers beyond about 2 seconds.",
    ),
    (
        "nEo011",
        "en",
        "mwrtk_vrs",
        "Virtual reference station (VRS) network RTK subscription",
        "A regional RTK network streams observations from fixed CORS to a central server running Trimble GPSNet and "
        "RTKNet, which models ionospheric, tropospheric and ephemeris errors and creates a virtual reference station "
        "near each rover. Users need a service agreement, an NTRIP/VRS capable rover and an internet-capable phone or "
        "modem; corrections come as CMR+ or RTCM.",
    ),
    (
        "nEo012",
        "vi",
        "hungphat_rtk",
        "Cung cấp máy định vị GNSS RTK đa tần, giao hàng và hướng dẫn tận nơi",
        "Công ty thiết bị trắc địa cung cấp máy GNSS RTK các hãng Trimble, eFix, eSurvey, FOIF, South, Leica, Sokkia, "
        "Topcon trên 63 tỉnh, giao hàng và hướng dẫn sử dụng miễn phí. Máy đa tần, 200–800 kênh, thu GPS, GLONASS, "
        "Galileo, BeiDou, QZSS và SBAS; đo RTK với trạm base và rover cho độ chính xác tới milimet, so với 2–4 m của "
        "điện thoại.",
    ),
    (
        "nEo013",
        "vi",
        "docz_cors_rtk",
        "Giải pháp đo đạc địa chính bằng RTK kết hợp công nghệ CORS",
        "Nhóm nghiên cứu chuyển giao quy trình đo chi tiết bản đồ địa chính bằng RTK nhận cải chính từ trạm CORS, đúc "
        "kết từ kinh nghiệm quốc tế: Mỹ hơn 1.800 trạm tham chiếu do NGS quản lý, Trung Quốc trung bình khoảng 40 trạm "
        "mỗi tỉnh, Úc trên 100 trạm với độ chính xác 2 cm khi đo động. Phù hợp cho địa phương muốn giảm lưới khống chế "
        "đo vẽ truyền thống.",
    ),
    (
        "nEo014",
        "vi",
        "dathop_cors",
        "Tư vấn thiết kế trạm CORS: trụ mốc, trạm chủ và phần mềm xử lý",
        "Tư vấn cấu trúc một hệ thống CORS gồm đế (trụ) đặt máy thu GNSS ở vị trí thu tín hiệu ổn định và trạm chủ xử "
        "lý trung tâm; trạm chủ nhận dữ liệu các trạm qua internet, dựng mô hình cải chính vi phân tức thời và gửi số "
        "hiệu chỉnh tới người dùng. Tham khảo mô hình hệ thống CORS của Trimble.",
    ),
    (
        "nEo015",
        "en",
        "bookmark_dgps",
        "DGPS and RTK survey services with base, rover and CORS processing",
        "Survey company offering static GNSS baselines, real-time kinematic surveys with a base on a known point and "
        "a rover moving between positions (similar accuracy to baselines within 10 km of the base), and processing "
        "against permanent CORS data for coordinates accurate to a few centimetres.",
    ),
    # --- drone photogrammetry and orthophotos ---
    (
        "nEo016",
        "vi",
        "vietflycam_gcp",
        "Bay flycam khảo sát địa hình nối mốc tọa độ quốc gia VN-2000",
        "Dịch vụ bay quét khu đo bằng flycam với 3 lượt bay chi tiết, kéo mốc tọa độ và độ cao nhà nước về dự án từ "
        "các điểm địa chính cơ sở gần nhất, dùng một mốc làm gốc và một mốc để kiểm tra. Rải điểm khống chế mặt đất GCP "
        "đều khắp khu đo và đo theo VN-2000 để khống chế sai số của sản phẩm.",
    ),
    (
        "nEo017",
        "vi",
        "docz_ux5",
        "Ứng dụng máy bay không người lái cánh cố định Trimble UX5 lập bản đồ địa chính",
        "Kết quả nghiên cứu của Trường Đại học Mỏ - Địa chất (2018) về quy trình chụp ảnh hàng không bằng UAV Trimble "
        "UX5, xử lý ảnh và thành lập bản đồ địa chính; nêu ưu nhược điểm của ảnh hàng không và các lưu ý khi dùng. Nhóm "
        "tác giả nhận chuyển giao quy trình cho đơn vị đo đạc địa phương.",
    ),
    (
        "nEo018",
        "vi",
        "geoviet_uav",
        "Bay chụp UAV lập bình đồ ảnh trực giao, DSM và đám mây điểm",
        "Công ty đã thực hiện khảo sát 558,41 ha (468 ha trong ranh, 90,41 ha ngoài ranh) cho hồ chứa ở Quảng Nam bằng "
        "Phantom 4 RTK: thiết kế ca bay, cài chiều cao bay, độ phủ, tốc độ, độ phân giải GSD; đo điểm khống chế GCP; xử "
        "lý ra bình đồ ảnh trực giao, mô hình số bề mặt DSM và point cloud.",
    ),
    (
        "nEo019",
        "vi",
        "btnmt_uav_rule",
        "Tư vấn áp dụng quy định kỹ thuật bay chụp UAV cho bản đồ địa hình 1/500–1/2.000",
        "Nhóm thực hiện đề tài cấp Bộ TNMT.2018.07.01 (30 tháng, 2.380 triệu đồng) xây dựng cơ sở khoa học cho quy định "
        "kỹ thuật bay chụp và xử lý ảnh từ thiết bị bay không người lái phục vụ bản đồ địa hình tỷ lệ 1/500, 1/1.000, "
        "1/2.000; tư vấn lập phương án bay, kiểm tra độ chính xác sản phẩm theo quy định.",
    ),
    (
        "nEo020",
        "vi",
        "vietflycam_system",
        "Cung cấp trọn bộ hệ thống UAV lập bản đồ 2D/3D",
        "Cung cấp thân máy bay cánh quạt hoặc cánh cố định, cảm biến (camera, LiDAR, đa phổ) và phần mềm xử lý cho "
        "đơn vị muốn tự làm bản đồ bằng UAV. Ví dụ Phantom 4 RTK bay khoảng 30 phút mỗi pin, Matrice 300 RTK tới 55 "
        "phút; cánh cố định bay lâu và nhanh hơn nhưng cần bệ phóng hoặc đường băng.",
    ),
    (
        "nEo021",
        "vi",
        "tailieu_uav_topo",
        "Thành lập bản đồ địa hình tỷ lệ lớn 1:1000 từ ảnh UAV",
        "Nhóm Trường Đại học Mỏ - Địa chất và công ty tư vấn thiết kế Hải Phòng đã dùng ảnh chụp từ UAV thành lập "
        "mảnh bản đồ địa hình F-48-80-(9-f-III) tỷ lệ 1:1000 ở xã Tân Triều (Hà Nội) và đánh giá độ chính xác; nhận "
        "làm bản đồ địa hình tỷ lệ lớn bằng UAV cho khu dân cư, khu sản xuất.",
    ),
    (
        "nEo022",
        "en",
        "coord_namibia",
        "UAV method for mapping customary and rural land parcels",
        "Researchers from the University of Twente and Namibia's land ministry developed and field-tested a method "
        "for adjudicating and mapping rural land-parcel boundaries from UAV imagery where over two thirds of people "
        "live on unregistered land. Offered as a transferable workflow comparing cost, accuracy and speed with "
        "conventional boundary surveys in rural settings.",
    ),
    (
        "nEo023",
        "en",
        "ghana_uav",
        "Guidelines for UAV cadastral surveys: sensor, height, overlap and GCPs",
        "Accra Technical University and UMaT Tarkwa compared 20 UAV datasets over a 20-acre site against static GNSS "
        "boundary coordinates to find which UAV types, flying heights, image overlaps and numbers of ground control "
        "points give acceptable cadastral maps. Offered as a parameter guide for survey firms starting drone-based "
        "parcel mapping.",
    ),
    (
        "nEo024",
        "en",
        "stocker_uav",
        "Flight-planning guidance for high-quality cadastral orthophotos",
        "ITC Twente and TU Braunschweig assessed UAV imagery from six study areas in Europe and Africa: how land cover "
        "affects tie points, how many GCPs are needed for the final geometric accuracy, and which flight plans make "
        "parcel boundaries easiest to extract. We advise mapping teams on flight configurations for orthophotos used "
        "as base data for cadastral maps.",
    ),
    (
        "nEo025",
        "en",
        "kemerovo_uav",
        "UAV aerial survey and digital twin for agricultural land inventory",
        "A drone-plus-software package (Sovhoz.avi) for registering farmland: in 17 municipalities it surveyed 41,000 "
        "ha, found about 30% of plots recorded incorrectly, revealed 1,700 illegally used plots and added 3,825 unused "
        "plots (163,400 ha) to the inventory. Photogrammetric, cartometric and satellite methods fix parcel corner "
        "points and boundaries.",
    ),
    (
        "nEo026",
        "en",
        "geogiza_gcp",
        "Drone photogrammetry tied to surveyed ground control and checkpoints",
        "Survey firm with 90 instruments (GNSS, total stations, scanners, drones), more than 1,000 projects and over "
        "3,000 km of roads surveyed. Before flying we set targeted GCPs to anchor the orthomosaic and terrain model to "
        "the national datum, plus independent checkpoints withheld from processing to prove the accuracy of the "
        "product on farmland and road corridors.",
    ),
    (
        "nEo027",
        "en",
        "droneservicestx",
        "Survey-grade drone mapping with documented accuracy",
        "Aerial capture and processing that produce orthomosaics, topographic surfaces, point clouds, contours, "
        "cut-and-fill volumes and surface models tied to a real coordinate system, with verified accuracy for "
        "engineering use rather than pretty pictures: flight planning matched to the site, ground control or "
        "checkpoints, and final checks against known control.",
    ),
    (
        "nEo028",
        "en",
        "sph_dronemap",
        "Flight-planning software for drone mapping surveys",
        "UgCS mission-planning and control software for surveyors and drone service providers: sets altitude, overlap "
        "and positioning method for UAVs carrying cameras, LiDAR or multispectral sensors, and feeds processing into "
        "orthomosaics, elevation models, point clouds and 3D meshes.",
    ),
    (
        "nEo029",
        "en",
        "aerotas_accuracy",
        "Drone survey data processing for land surveyors",
        "We process drone imagery for survey firms to about 0.1 ft accuracy when good GCP targets, image resolution "
        "and lighting allow. The drone does roughly 90% of the work on large sites; small sites needing better than 0.1 "
        "ft, and details the surveyor must verify, are still shot on the ground.",
    ),
    (
        "nEo030",
        "vi",
        "nuce_uav_tuyen",
        "Khảo sát địa hình công trình dạng tuyến (đường, đê) bằng UAV",
        "Khoa Cầu đường, Trường Đại học Xây dựng Hà Nội thử nghiệm trên đoạn đường đê Xuân Quan: so sánh các chế độ bay "
        "Phantom Pro với đo GNSS/RTK. Kiểu bay dải phủ trùm phù hợp giai đoạn thiết kế kỹ thuật và thi công; kiểu bay 2 "
        "dải đơn phù hợp quy hoạch và đánh giá sơ bộ. Nhận tư vấn bay khảo sát tuyến đường, tuyến đê.",
    ),
    (
        "nEo031",
        "vi",
        "metro_uav",
        "UAV giám sát tiến độ thi công công trình hạ tầng",
        "Quy trình vận hành UAV Falcon 8 chụp ảnh, tạo ảnh trực giao, DSM, mô hình 3D và phần mềm theo dõi tiến độ thi "
        "công, đã áp dụng cho tuyến metro số 1 dài 19,7 km và depot 27,7 ha ở TP.HCM; độ chính xác kiểm tra bằng GCP và "
        "so với dữ liệu LiDAR.",
    ),
    (
        "nEo032",
        "en",
        "liforest_mangrove",
        "UAV LiDAR terrain models under mangrove and dense vegetation",
        "Drone LiDAR (Li-Air) flown at 50 m and 6 m/s, about 200 points per square metre; ground points are classified "
        "in Li-Forest software to build 0.5 m DEMs and DSMs. Laser pulses reach the ground under the canopy, where "
        "total station or photogrammetric surveys struggle; applied in a mangrove nature reserve.",
    ),
    (
        "nEo033",
        "en",
        "rgo_mangrove_lidar",
        "Counting mangrove trees with drone LiDAR",  # distractor
        "Indonesian research team uses a DJI M300 RTK with Zenmuse L1 LiDAR over dense Rhizophora stands to build a "
        "canopy height model and detect individual treetops, tuning kernel (3×3) and window (0.5 m) sizes; offered "
        "for mangrove conservation inventories, with tree counts still below field data in dense stands.",
    ),
]

OFFERS += [
    # --- total stations and boundary markers ---
    (
        "nEo034",
        "vi",
        "docz_quanglac",
        "Đo vẽ chi tiết và biên tập bản đồ địa chính bằng máy toàn đạc điện tử",
        "Công ty đo đạc nhận lập lưới khống chế đo vẽ, đo chi tiết bằng máy toàn đạc điện tử, trút số liệu và biên tập "
        "tờ bản đồ địa chính tỷ lệ 1/1000 bằng MicroStation V8i, Gcadas và DPSurvey, in và lưu trữ bản đồ; đã làm tờ "
        "số 20 của một xã ở Lạng Sơn (04–07/2019).",
    ),
    (
        "nEo035",
        "en",
        "engniche_boundary",
        "Boundary surveys with total stations, including robotic instruments",
        "Licensed surveyors locate property lines for sales, subdivision and disputes using total stations that "
        "combine 1–5 arc-second angle measurement with EDM to a prism and store coordinates electronically. Robotic "
        "models let one person run the survey from the prism pole; results are tied to deeds, plats and found iron "
        "pins or stone monuments.",
    ),
    (
        "nEo036",
        "en",
        "qld_boundary",
        "Legal boundary survey: records search, traverse and corner placement",
        "We collect deeds, adjoining plans, council records and utility maps, then search the site for monuments, "
        "pins and pipes, run a control traverse around the property, measure fences, walls and buildings, reconcile "
        "the field data with the records, coordinate the best-fitting corners and hand the client a plan.",
    ),
    (
        "nEo037",
        "en",
        "wwh_lotcorners",
        "Setting permanent property-corner monuments",
        "After boundary lines are computed we go to site, set up on a traverse point and place a marker at each lot "
        "corner by angle and distance (or walk to it with GPS). Monuments range from rebar and iron pipe to concrete "
        "or stone bounds, drill holes or aluminium discs on rock; we recommend a permanent monument at every corner and "
        "every 250–500 ft along long lines so the boundary can be re-established later.",
    ),
    (
        "nEo038",
        "en",
        "wwh_gps_corners",
        "Re-establishing lost lot corners with RTK GPS",
        "Once a survey is tied to a state plane coordinate system, missing corners can be replaced quickly: an RTK "
        "rover needs only seconds or minutes on each point instead of a long traverse to control. Where obstructions "
        "limit satellite accuracy we fall back to conventional total-station work, and we set reference marks in "
        "immovable stones near unstable corners.",
    ),
    (
        "nEo039",
        "en",
        "build_construct",
        "Total station and GNSS surveying for layout and topographic mapping",
        "Surveying practice offering boundary surveys, construction staking and topographic maps with total stations "
        "measuring distances to 0.5–2 mm + 2 ppm and angles to 0.5–3 arc-seconds, RTK GNSS with a base or network "
        "corrections, and terrestrial laser scanning for dense 3D point clouds.",
    ),
    (
        "nEo040",
        "vi",
        "vietthanh_quycachmoc",
        "Sản xuất, cung cấp mốc ranh giới bê tông, thép, đá granite đúng quy cách",
        "Việt Thanh cung cấp mốc ranh giới quy hoạch, mốc ranh giới lô đất, hành lang an toàn giao thông bằng bê tông, "
        "sắt thép hoặc đá granite, đúng kích thước và hình dạng theo quy định của Bộ TN&MT, bền với môi trường; kết hợp "
        "máy định vị 2 tần số RTK để định vị và cắm mốc chính xác, hạn chế tranh chấp.",
    ),
    (
        "nEo041",
        "vi",
        "vietthanh_cammoc",
        "Dịch vụ cắm mốc giới quy hoạch trọn gói",
        "Quy trình: thu thập bản đồ quy hoạch chi tiết và quyết định phê duyệt; khảo sát thực địa; xác định vị trí mốc "
        "bằng máy GPS RTK, máy toàn đạc; chôn mốc và bàn giao hồ sơ. Giúp phân định ranh giới khu đất, công trình, "
        "ngăn ngừa tranh chấp đất đai.",
    ),
    (
        "nEo042",
        "vi",
        "vietthanh_mocgioi",
        "Tư vấn mốc giới, mốc lộ giới theo Thông tư 10/2016/TT-BXD",
        "Giải thích và tư vấn lập hồ sơ cắm các loại mốc ngoài thực địa: mốc tim đường (TĐ) xác định tọa độ, cao độ các "
        "giao điểm và điểm chuyển hướng; mốc chỉ giới đường đỏ (CGĐ); mốc ranh giới khu vực cấm xây dựng (RG); mốc tham "
        "chiếu (MTC) khi mốc rơi vào công trình hiện trạng.",
    ),
    (
        "nEo043",
        "vi",
        "samdict_mocbt",
        "Chế tạo và chôn mốc tọa độ bê tông có dấu mốc sứ hoặc kim loại",
        "Nhận đúc và chôn mốc tọa độ bê tông cho lưới khống chế: điểm hạng cao gồm ba khối bê tông chồng nhau, khối "
        "trên hình chóp cụt, mỗi khối gắn dấu mốc sứ hoặc kim loại có chữ thập, tâm các chữ thập nằm trên một đường "
        "dây dọi; điểm hạng thấp dùng hai tầng mốc.",
    ),
    (
        "nEo044",
        "vi",
        "tailieu_leica_tc",
        "Hướng dẫn sử dụng máy toàn đạc điện tử Leica TC(R)403/405/407",
        "Khóa hướng dẫn thực hành cho kỹ thuật viên địa chính: kiểm tra phụ kiện, thay pin, đặt chân máy, định tâm, "
        "cân bằng, đo góc, đo cạnh, dùng gương mini và sào gương, trút số liệu qua cáp sang máy tính với dòng máy toàn "
        "đạc Leica TC(R)403/405/407.",
    ),
    # --- digitising and updating cadastral maps and land files ---
    (
        "nEo045",
        "vi",
        "docz_vbdlis",
        "Xây dựng cơ sở dữ liệu địa chính trên phần mềm VBDLIS",
        "Nhóm Trường Đại học Khoa học Tự nhiên (ĐHQG Hà Nội) chuyển giao quy trình chuẩn hóa bản đồ địa chính, nhập hồ "
        "sơ đăng ký, liên kết thửa đất với chủ sử dụng và vận hành cơ sở dữ liệu trên hệ thống thông tin đất đai VBDLIS; "
        "đã làm điểm tại một thị trấn ở Gia Lai (2023).",
    ),
    (
        "nEo046",
        "vi",
        "docz_vilis",
        "Xây dựng và đánh giá hiệu quả cơ sở dữ liệu địa chính bằng ViLIS",
        "Tư vấn xây dựng cơ sở dữ liệu địa chính cấp huyện bằng phần mềm ViLIS 2.0: phân hệ quản trị dữ liệu, quản trị "
        "người dùng, cập nhật và chỉnh lý biến động hồ sơ địa chính; đánh giá hiệu quả kinh tế, tiết giảm chi phí so với "
        "quản lý hồ sơ giấy (nghiên cứu tại một huyện ở Bắc Giang).",
    ),
    (
        "nEo047",
        "vi",
        "docz_concuong",
        "Ứng dụng GIS xây dựng cơ sở dữ liệu đất đai cấp huyện",
        "Học viện Nông nghiệp Việt Nam chuyển giao mô hình dùng hệ thống thông tin địa lý tích hợp bản đồ địa chính, "
        "hiện trạng và quy hoạch sử dụng đất cùng dữ liệu thuộc tính thành cơ sở dữ liệu đất đai cấp huyện, tra cứu "
        "và thống kê theo thửa (nghiên cứu tại một huyện miền núi Nghệ An).",
    ),
    (
        "nEo048",
        "en",
        "fig_korea_vector",
        "Hybrid vectorising software for digitising paper cadastral maps",
        "Software that speeds up screen digitising of old cadastral sheets by automatically finding line "
        "intersections, handling regular and deformed neatlines, and keeping the accuracy of manual on-screen "
        "digitising. Built for a national programme where cadastral services are about 80% of local administrative "
        "work.",
    ),
    (
        "nEo049",
        "en",
        "mapmyindia_dlr",
        "Digitisation of village cadastral maps linked to land records",
        "Turnkey service: scanning village maps, indexing and vectorisation, linking the vectors to the record-of-"
        "rights database, delivering GIS-ready RDBMS output and training staff. Printouts are checked 100% against the "
        "originals by district officers; where maps are missing or outdated we run a ground control network and "
        "re-survey.",
    ),
    (
        "nEo050",
        "en",
        "magnasoft_backlog",
        "Clearing the backlog: from scanned plats to validated parcel datasets",
        "We convert historical field sketches, plats and measurement notes locked in scans into repeatable, validated "
        "parcel datasets, with each parcel edit linked to the source record that created it, and with systematic QA "
        "instead of ad hoc checks, for land-records and GIS teams facing thousands or millions of records.",
    ),
    (
        "nEo051",
        "en",
        "r2v_parcel",
        "R2V: automatic vectorisation of scanned parcel and tax maps",
        "Raster-to-vector software: load a 1-bit scan of a parcel map, clean it, auto-vectorise the boundary lines "
        "while skipping text, edit broken lines and build closed parcel polygons ready for GIS.",
    ),
    (
        "nEo052",
        "en",
        "umass_parcel",
        "Guide and support for converting paper parcel maps to GIS",
        "Methods handbook and advice on the options for digital parcel mapping: manual digitising on a tablet "
        "(0.002–0.005 inch digitiser accuracy), scanning with heads-up digitising or automatic vectorisation, "
        "coordinate geometry from deed bearings and distances, and positioning corners with GPS.",
    ),
    (
        "nEo053",
        "en",
        "gfd_vilg",
        "Independent evaluation of land-database and land-registration modernisation",
        "Consultancy that evaluated the VILG project (central level and 30 provinces) building a multi-purpose land "
        "information system: completing and operating provincial land databases, modernising land registration "
        "offices and reaching ethnic minority communities. We assess completion, impacts and sustainability for "
        "provincial land agencies.",
    ),
    (
        "nEo054",
        "en",
        "vietnamvn_vilg",
        "Multi-purpose land information system (MPLIS) roll-out for provinces",
        "National programme that built a unified land database (cadastral, land-use planning, land price, statistics "
        "and inventory data) on common architecture and software: 231 of 231 districts contracted, 210 completed all "
        "four components, 223 connected to the national NLIS portal, and data shared with tax, notary and banking.",
    ),
    (
        "nEo055",
        "en",
        "bacgiang_vilg",
        "Scanning cadastral records and integrating parcels into a provincial land database",
        "Provincial land registration office and land-fund centre team that scanned cadastral records, consolidated "
        "filed parcels (about 309,000 of 527,000 checked) and integrated some 270,000 parcels onto the MPLIS in six "
        "districts with over one million parcels; shares its workflow with other provinces.",
    ),
    (
        "nEo056",
        "en",
        "vidagis_vilg",
        "Land-database construction contracting under the VILG programme",
        "GIS company reporting on and contracting for district land-database construction: technical cost estimates "
        "(182 districts drafted, 96 approved), contracts with land registration offices and database contractors, "
        "a Viettel data centre, pilot software in Thai Nguyen and training for 31 provinces.",
    ),
    (
        "nEo057",
        "vi",
        "vietbis_sohoa",
        "Scan, số hóa hồ sơ đất đai cho văn phòng đăng ký đất đai",
        "Dịch vụ số hóa tài liệu: quét, phân loại, nhập liệu hồ sơ địa chính giấy tích lũy qua nhiều thời kỳ ở cấp xã, "
        "huyện, tỉnh thành bộ dữ liệu đất đai điện tử để văn phòng đăng ký đất đai quản lý, chỉnh lý, thống kê, kiểm kê và "
        "cung cấp thông tin thuận tiện.",
    ),
    (
        "nEo058",
        "en",
        "vtei_qfield",
        "QField: open-source mobile GIS for offline field data collection",
        "Water research institute team that uses and supports QField on Android, iOS and Windows: QGIS projects "
        "with their styles and forms are taken offline to the field, features are captured or edited with the "
        "device GNSS or an external receiver, and changes are synchronised back to the office. Practical evaluation of "
        "strengths and pitfalls.",
    ),
    (
        "nEo059",
        "en",
        "smartlandmaps",
        "SmartLandMaps: participatory sketch mapping with automatic digitisation",
        "University of Münster approach for recording land rights fast and cheaply: communities draw parcel "
        "boundaries on printed high-resolution imagery, mobile phones collect attributes of parcels and holders, and "
        "photogrammetry plus computer vision turn the annotated paper maps into digital boundaries and labels. Tested "
        "in four scenarios in Africa.",
    ),
    (
        "nEo060",
        "en",
        "gim_colombia",
        "Light mobile collection tools for rural land formalisation",
        "Kadaster and ITC proof of concept in Colombia, where about 4 million rural parcels are not formally "
        "registered: light mobile tools let field teams record parcels and rights holders, with results passed to the "
        "national cadastre and registry. Offered as a model for documenting parcels that formal systems miss.",
    ),
    (
        "nEo061",
        "en",
        "gim_esri_mobile",
        "Cloud and mobile GIS platform for land administration",
        "Esri ArcGIS Online with smartphones, tablets, GNSS receivers, satellite basemaps and standard data models to "
        "build parcel and tenure records with minimal training, designed to cope with unreliable power, poor "
        "connectivity and few trained staff.",
    ),
]

OFFERS += [
    # --- GIS for land-use planning ---
    (
        "nEo062",
        "vi",
        "docz_hopthanh",
        "Thành lập bản đồ hiện trạng sử dụng đất cấp xã từ bản đồ địa chính",
        "Nhóm Khoa Quản lý Tài nguyên, Đại học Nông Lâm Thái Nguyên nhận thành lập bản đồ hiện trạng sử dụng đất tỷ "
        "lệ 1:5000 cho xã bằng công nghệ tin học: tổng hợp từ bản đồ địa chính, khoanh vùng theo loại đất, thống kê "
        "diện tích, biên tập theo ký hiệu quy định (đã làm cho một xã năm 2015).",
    ),
    (
        "nEo063",
        "vi",
        "docz_duytien",
        "Ứng dụng GIS xây dựng cơ sở dữ liệu quy hoạch sử dụng đất cấp huyện",
        "Học viện Nông nghiệp Việt Nam xây dựng cơ sở dữ liệu không gian và thuộc tính cho phương án quy hoạch sử dụng "
        "đất cấp huyện trên GIS: chuẩn hóa bản đồ quy hoạch, liên kết chỉ tiêu đất, truy vấn, cập nhật và xuất báo cáo "
        "phục vụ điều chỉnh quy hoạch (nghiên cứu tại một huyện ở Hà Nam, 2019).",
    ),
    (
        "nEo064",
        "vi",
        "docz_bacbinh_webgis",
        "WebGIS công khai thông tin quy hoạch sử dụng đất",
        "Trường Đại học Nông Lâm TP.HCM xây dựng trang WebGIS cho người dân, doanh nghiệp tra cứu quy hoạch sử dụng "
        "đất cấp huyện theo thửa, xem lớp quy hoạch chồng lên nền địa chính và ảnh, giảm thời gian đi lại hỏi thông tin "
        "(luận văn thạc sĩ 2024 tại một huyện ở Bình Thuận).",
    ),
    (
        "nEo065",
        "vi",
        "docz_vinhbao",
        "GIS và phân tích đa chỉ tiêu đánh giá phương án quy hoạch sử dụng đất",
        "Phương pháp dùng GIS và phân tích đa chỉ tiêu để đánh giá tính hợp lý về phân bố không gian của đất phi nông "
        "nghiệp trong phương án quy hoạch: dữ liệu vào là bản đồ hiện trạng 2015 và quy hoạch đến 2020 tỷ lệ 1:25.000, "
        "bản đồ địa hình và báo cáo thuyết minh; chuẩn hóa dữ liệu trong ArcGIS rồi tính điểm phù hợp cho từng đối tượng.",
    ),
    (
        "nEo066",
        "vi",
        "soctrang_gis",
        "Hệ thống GIS quản lý quy hoạch đô thị và tính giá đất",
        "Trường Đại học Cần Thơ xây dựng hệ thống thông tin địa lý cho thành phố Sóc Trăng: quản lý quy hoạch đô thị "
        "theo lô, tra cứu chỉ tiêu, và công cụ tính giá đất theo bảng giá do UBND tỉnh ban hành hằng năm; phù hợp cho "
        "thị xã, thị trấn vùng Đồng bằng sông Cửu Long.",
    ),
    (
        "nEo067",
        "en",
        "hellolandmark_gis",
        "GIS for zoning and land-use management",
        "Planning consultancy that builds zoning maps in GIS with layers for parcels, property boundaries, roads, "
        "utilities, environmental features and administrative limits, so zones can be updated, queried and checked for "
        "compatibility and density; also models growth and tests land suitability for rezoning requests such as "
        "farmland to industry.",
    ),
    (
        "nEo068",
        "en",
        "mapog_zoning",
        "Detecting land-use and zoning conflicts with GIS overlays",
        "Mapping platform with border-intersection analysis that overlays land use, zoning, transport, population and "
        "flood-prone layers to flag clashes, for example land marked both for farm preservation and housing, so "
        "planners fix the plan before approval; usable by small towns without heavy infrastructure.",
    ),
    (
        "nEo069",
        "en",
        "deshsansaar_gis",
        "GIS and digital mapping services for land-use planning",
        "We capture, store and analyse spatial data in layers (roads, rivers, population, soil, vegetation, "
        "buildings) to identify land suitable for housing, industry, farming and recreation, monitor land change and "
        "unauthorised development, and support infrastructure and disaster planning.",
    ),
    (
        "nEo070",
        "vi",
        "quangtri_csdl_dialy",
        "Khai thác cơ sở dữ liệu nền địa lý quốc gia cho quy hoạch và quản lý",
        "Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam giới thiệu việc cung cấp và khai thác cơ sở dữ liệu nền địa lý "
        "quốc gia làm nền cho quy hoạch, đô thị thông minh, phòng chống thiên tai và bảo vệ môi trường; khoảng 80% dữ "
        "liệu quản lý đô thị có yếu tố không gian.",
    ),
    (
        "nEo071",
        "en",
        "vinhlong_sdi",
        "Provincial spatial data infrastructure for land administration (Vinh Long case)",
        "RMIT PhD research (2016) set out a user-centric policy framework for a provincial SDI that lets the land "
        "department, districts and communes share cadastral, planning and other spatial data, using Vinh Long province "
        "as the case. The author offers advisory support on data-sharing policy, standards and user needs.",
    ),
    (
        "nEo072",
        "vi",
        "duyenhai_forest_gis",
        "GIS và viễn thám đánh giá biến động rừng ven biển",  # distractor
        "Tiểu luận kỹ sư GIS (Đại học Nông Lâm TP.HCM, 2017) phân loại ảnh vệ tinh nhiều thời kỳ để đánh giá biến động "
        "diện tích rừng ngập mặn huyện Duyên Hải, Trà Vinh; nhận thành lập bản đồ biến động rừng cho chủ rừng, ban quản "
        "lý rừng phòng hộ.",
    ),
    # --- riverbank and coastal erosion mapping ---
    (
        "nEo073",
        "vi",
        "tvu_satlo",
        "Điều tra, đo đạc thực địa xác định nguyên nhân sạt lở bờ sông",
        "Bộ môn Xây dựng, Trường Đại học Trà Vinh đo đạc thực địa và phỏng vấn người dân, chính quyền ở các điểm sạt lở "
        "của tỉnh: bốn nguyên nhân chính là giao thông thủy, sóng và thủy triều, nạo vét lòng sông và đắp nền đường, địa "
        "chất yếu; nguyên nhân phụ gồm giảm phù sa, khai thác cát, hạ mực nước ngầm, sụt lún. Nhận khảo sát đánh giá "
        "cho từng đoạn bờ.",
    ),
    (
        "nEo074",
        "vi",
        "vast_hau_erosion",
        "Viễn thám và mô hình 3D đánh giá xói lở bờ sông theo không gian, thời gian",
        "Viện Địa chất và Địa vật lý biển (VAST) kết hợp thống kê, ảnh viễn thám và mô hình số ba chiều đánh giá hiện "
        "trạng, nguyên nhân xói lở bờ sông Hậu đoạn qua An Giang 2009–2019: sạt lở diện rộng, xảy ra cả hai mùa. Nhận "
        "lập bản đồ biến động bờ sông cho các tỉnh hạ lưu.",
    ),
    (
        "nEo075",
        "vi",
        "vamnao_rsgis",
        "Đánh giá biến động bờ sông và lòng dẫn bằng viễn thám và GIS",
        "Trường Đại học Khoa học Tự nhiên (ĐHQG-HCM) dùng viễn thám và GIS đánh giá biến động lòng dẫn theo cả chiều "
        "ngang (đường bờ) và chiều sâu (địa hình đáy), chỉ ra xu thế xói, bồi và nguyên nhân thủy lực, địa chất, con "
        "người; đã áp dụng ở khu vực Vàm Nao.",
    ),
    (
        "nEo076",
        "vi",
        "siwrr_baclieu",
        "Nhận diện nhân tố gây sạt lở trên sông, kênh rạch nội đồng",
        "Viện Khoa học Thủy lợi miền Nam phân tích nhân tố gây sạt lở cho 4 loại hình: chất tải mép bờ do xây nhà lấn "
        "bờ, ngã ba sông, đoạn sông cong, đoạn gần biển có triều và tàu cao tốc; nghiên cứu trên hệ thống khoảng 7.700 "
        "km sông kênh của Bạc Liêu, Cà Mau; tư vấn khoanh vùng nguy cơ.",
    ),
    (
        "nEo077",
        "en",
        "mdpi_morph_vmd",
        "Quantifying river morphological change in the Mekong Delta with RS and GIS",
        "TU Dresden, Vietnamese-German University and national water-resources centre team measure spatio-temporal "
        "changes of river channels and banks across the Vietnamese Mekong Delta from satellite imagery and GIS, and "
        "relate erosion and accretion to local economic and social impacts; offered for provincial erosion planning.",
    ),
    (
        "nEo078",
        "en",
        "mdpi_srbed",
        "SRBED: satellite detection of riverbank erosion from Landsat",
        "Kyoto University, Thuyloi University and partners developed a spectral riverbank-erosion detection method "
        "(modified water-index extraction plus change detection) validated in the Mekong Delta: on the Tien River "
        "from Tan Chau to My Thuan it measured net bank loss of 1.5 km² in 2008–2014, mean erosion width 2.64 m and "
        "local retreat above 60 m.",
    ),
    (
        "nEo079",
        "vi",
        "hcmut_coast_rsgis",
        "Bản đồ xói lở bờ biển bằng viễn thám và GIS",
        "Khoa Môi trường và Tài nguyên, Trường Đại học Bách khoa TP.HCM dùng viễn thám tích hợp GIS xác định biến động "
        "đường bờ và xu thế bồi, xói đoạn bờ biển từ Tiền Giang đến Sóc Trăng giai đoạn 2021–2023, lập bản đồ sạt lở ba "
        "năm gần nhất và vị trí xói lở làm cơ sở cảnh báo, giám sát.",
    ),
    (
        "nEo080",
        "vi",
        "hcmunre_dsas",
        "Phân tích biến động đường bờ sông bằng ảnh Sentinel-2A và công cụ DSAS",
        "Trường Đại học Tài nguyên và Môi trường TP.HCM tính biến động vị trí đường bờ theo EPR, LRR và tổng thay đổi: "
        "61,76% bờ bồi, 38,24% bờ sạt lở, dịch chuyển lớn nhất 13,5 m, tốc độ sạt lở cao nhất 2,49 m/năm, bồi tụ 3,4 "
        "m/năm; chỉ ra vị trí cần ứng phó trước.",
    ),
    (
        "nEo081",
        "vi",
        "dathop_pix4d_nz",
        "Xử lý ảnh drone bằng PIX4Dmapper khảo sát điểm sạt lở",
        "Đơn vị phân phối phần mềm hướng dẫn quy trình bay drone và dựng mô hình 2D, 3D bằng PIX4Dmapper để ghi nhận "
        "và theo dõi khu vực sạt lở, như nhóm GNS Science (New Zealand) lập bản đồ một vụ sạt lở ven biển dài 100 m và "
        "các khu có nguy cơ tương tự.",
    ),
    (
        "nEo082",
        "vi",
        "kenhtat_duyenhai",
        "Phân tích ảnh vệ tinh bồi lở bờ biển và bồi lắng cửa sông",
        "Chuyên gia thủy lực phân tích chuỗi ảnh vệ tinh 31 năm (1989–2020) bờ biển huyện Duyên Hải cùng cửa Kênh Tắt "
        "(luồng tàu vào sông Hậu) để đánh giá tương tác với dòng chảy ven bờ và bồi lắng; nhận phản biện, tư vấn tác "
        "động của công trình cửa sông.",
    ),
    # --- bathymetry for rivers and canals ---
    (
        "nEo083",
        "vi",
        "vietthanh_echo",
        "Cung cấp và hướng dẫn vận hành máy đo sâu hồi âm HD Max II",
        "Việt Thanh Group bán và hướng dẫn sử dụng đúng cách máy đo sâu hồi âm Hi-Target HD Max II để đo độ sâu lòng "
        "sông, hồ, đáy kênh mương: máy đơn tia cho sông hồ, kênh rạch, công trình thủy lợi; đa tia cho địa hình đáy biển "
        "chi tiết; tránh sai số, nhiễu tín hiệu và hỏng đầu dò.",
    ),
    (
        "nEo084",
        "vi",
        "dathop_shallow",
        "Tư vấn chọn máy đo sâu cho khảo sát vùng nước nông",
        "Tư vấn thiết bị đo sâu cho vùng nước nông 0–30 m như sông, kênh rạch, cửa sông, luồng cảng: yêu cầu chịu ảnh "
        "hưởng sóng, triều, độ đục phù sa và đáy nhiều vật cản, cùng các dòng máy đáp ứng.",
    ),
    (
        "nEo085",
        "vi",
        "vietthanh_accuracy",
        "Khảo sát thủy đạc bằng máy đo sâu hồi âm độ chính xác cao",
        "Dịch vụ đo sâu cho luồng tàu, cảng, công trình ngầm và thủy lợi; chọn tần số sóng siêu âm (200 kHz, 600 kHz...) "
        "theo độ sâu và độ phân giải cần thiết, hiệu chỉnh tốc độ âm và tư thế tàu để đảm bảo độ chính xác dữ liệu.",
    ),
    (
        "nEo086",
        "vi",
        "maydinhvi_echo",
        "Máy đo sâu tự ghi kết hợp GPS cho khảo sát ao, hồ, sông",
        "Cung cấp máy đo sâu tự ghi AQUAMAP 1252XS và Garmin GPSmap 585Plus: phát xung siêu âm, tính độ sâu theo S = V×T, "
        "ghi tự động tọa độ và độ sâu vào thẻ SD; phù hợp đơn vị thủy lợi, môi trường khảo sát địa hình đáy ao hồ, sông.",
    ),
    (
        "nEo087",
        "en",
        "strayer_hydro",
        "Hydrographic and bathymetric surveys for dredging and erosion",
        "Surveys showing the depth and shape of water-body bottoms referenced to a tidal or vertical datum: pre-dredge "
        "and as-built dredging surveys, reservoir capacity, cross sections through channels, dock design and "
        "monitoring of erosion along banks and shorelines.",
    ),
    (
        "nEo088",
        "en",
        "engniche_xsection",
        "River and stream cross-section survey techniques",
        "Field methods for accurate channel cross sections: total stations for control and detail, GNSS along banks, "
        "drones with cameras or LiDAR for 3D channel models; calibration, repeated measurements, stable control points "
        "and recording water level during the survey, for bridges, flood works and tracking erosion or sediment over "
        "time.",
    ),
]

OFFERS += [
    # --- subsidence mapping and height control ---
    (
        "nEo089",
        "en",
        "mdpi_subs_urban",
        "PS-InSAR plus field checks of differential subsidence in delta towns",
        "Utrecht University, GIZ, KIT and Deltares identify buildings and roads sinking at different rates from their "
        "surroundings in Can Tho, Ca Mau and Long Xuyen using persistent-scatterer InSAR, then measure offsets between "
        "foundations and surrounding ground in the field and relate them to piling depth and construction year. "
        "Offered to towns whose streets, drains and houses are cracking from uneven sinking.",
    ),
    (
        "nEo090",
        "en",
        "piahs_psinsar",
        "Delta-wide PS-InSAR vertical velocity maps for the Mekong Delta",
        "New delta-wide persistent-scatterer InSAR datasets of vertical land motion for 2014–2019, combined with "
        "existing subsidence measurements and planned field surveys and numerical models to split subsidence into its "
        "drivers. Available to provinces and projects that need subsidence rates for planning.",
    ),
    (
        "nEo091",
        "en",
        "erl_minderhoud",
        "Groundwater-extraction subsidence model for the Mekong Delta",
        "A delta-wide 3D hydrogeological model with an integrated subsidence module estimates that pumping made the "
        "delta sink about 18 cm on average over 25 years, currently about 1.1 cm per year and over 2.5 cm per year in "
        "places, far faster than sea-level rise. Used to test groundwater-use scenarios for provinces.",
    ),
    (
        "nEo092",
        "en",
        "researcher_s1psi",
        "Sentinel-1 PSI land-subsidence monitoring 2017–2022",
        "Advanced persistent scatterer interferometry using ascending and descending Sentinel-1 scenes, temporary "
        "scatterers and a reference network of large deep-founded bridges (almost free of subsidence) to map "
        "subsidence rates and time series across the Vietnamese Mekong Delta, with features linked to land use.",
    ),
    (
        "nEo093",
        "vi",
        "docz_sutlun",
        "Đánh giá sụt lún nền đất do khai thác nước ngầm ở ĐBSCL",
        "Nhóm nghiên cứu tổng hợp khảo sát thực địa và dữ liệu quốc tế về sụt lún do khai thác nước dưới đất không "
        "kiểm soát ở Đồng bằng sông Cửu Long: cạn kiệt cục bộ, ô nhiễm, nhiễm mặn và sụt lún; tư vấn khoanh vùng khai "
        "thác và giám sát lún cho địa phương.",
    ),
    (
        "nEo094",
        "en",
        "sedas_insar",
        "InSAR ground-deformation mapping service",
        "Interferometric SAR processing of two or more radar images from the same orbit position to detect millimetre "
        "terrain motion: subsidence, uplift, building stability, landslides and flood risk, down to individual houses.",
    ),
    (
        "nEo095",
        "en",
        "spedia_insar",
        "InSAR subsidence monitoring campaigns for infrastructure",
        "Consultants run InSAR campaigns that detect ground settlement at about ±2–5 mm per year over thousands of "
        "square kilometres without installing monuments, replacing or extending levelling and GNSS networks for mines, "
        "dams, tunnels and cities over depleted aquifers.",
    ),
    (
        "nEo096",
        "en",
        "kepler_stability",
        "Short- and long-term PSInSAR stability measurements",
        "Radar stability monitoring: 11-day TerraSAR-X pairs for fast-changing ground such as a landslide hitting a "
        "road and dam spillway, and persistent-scatterer time series that picked up subsidence trends two years "
        "before structures showed stress.",
    ),
    (
        "nEo097",
        "vi",
        "btnmt_cors_lun",
        "Quan trắc lún mốc độ cao quốc gia bằng hệ thống trạm CORS",
        "Giải pháp dùng trạm CORS quan trắc lún cho mốc độ cao nhà nước ở vùng châu thổ, thay cho đo lặp thủy chuẩn "
        "hình học tốn kém trên hàng trăm km: nhiều mốc xây năm 2001–2003 đã lún mà mắt thường không thấy, do nền đất yếu, "
        "khai thác nước ngầm, đô thị hóa, ảnh hưởng các dự án chống ngập ở TP.HCM và ĐBSCL.",
    ),
    (
        "nEo098",
        "vi",
        "ibst_thuychuan",
        "Đo nối thủy chuẩn hạng II và xây trạm đo lún bề mặt đất",
        "Viện KHCN Xây dựng nhận đo nối thủy chuẩn hạng II nhà nước, xác định tọa độ mốc chuẩn bằng GPS và xây trạm đo "
        "lún bề mặt do thay đổi mực nước ngầm: trạm chính 15 m² có mốc chuẩn, 2 mốc lún bề mặt, mốc lún nền ở nhiều độ "
        "sâu, giếng đo áp lực nước lỗ rỗng; trạm vệ tinh 2 m²; thực hiện khoảng 2 tháng.",
    ),
    (
        "nEo099",
        "vi",
        "rtkvn_thuybinh",
        "Cung cấp máy thủy bình (thủy chuẩn) tự động và điện tử",
        "TCMD Việt Nam cung cấp máy thủy bình quang cơ, tự động có bộ bù và điện tử đọc mia mã vạch, kèm hướng dẫn "
        "nguyên lý, cách đặt máy, đọc mia và lưu ý sử dụng để xác định cao độ nền móng, san lấp và các công trình xây dựng.",
    ),
    # --- more bank-erosion monitoring ---
    (
        "nEo100",
        "en",
        "polimi_tls_bank",
        "Multi-temporal terrestrial laser scanning of eroding riverbanks",
        "Politecnico di Milano team reconstructs high-resolution 3D models of riverbanks from repeated terrestrial "
        "laser scans (six surveys in one year at four banks) to quantify how, when and how much banks erode and link "
        "it to rainfall and flow; offered as a bank-monitoring method.",
    ),
    (
        "nEo101",
        "en",
        "esurf_uav_bank",
        "UAV structure-from-motion surveys of bank retreat",
        "TU Delft researchers measured a 1.2 km restored river bank eight times in a year with drone photogrammetry: "
        "oblique photos with eight-fold overlap and ground control every 20 m gave about 3 cm RMSE against RTK GPS and "
        "airborne laser data, capturing mass failures, slump blocks and undermining; needs low water and banks "
        "without dense vegetation.",
    ),
    # --- rural roads and canals ---
    (
        "nEo102",
        "en",
        "scopus_route",
        "Route, long-section and cross-section surveys",
        "Surveys of long, narrow corridors such as roads, utility paths or rivers: we map contours and features in a "
        "strip either side of an existing or proposed centreline, then extract long sections and cross sections at "
        "regular intervals to assess the route, design and build it, or model flow and floods.",
    ),
    (
        "nEo103",
        "en",
        "gems_route",
        "Road and channel route surveys from centreline to earthwork volumes",
        "Route survey service: preliminary topographic survey, centreline staked at regular stations, levels along "
        "and across the centreline for profiles and cross sections, earthwork volume computation with a mass "
        "diagram, and staking of right-of-way boundaries and fence lines.",
    ),
    (
        "nEo104",
        "en",
        "gpi_basic",
        "Training course in basic and route surveying",
        "Polytechnic course covering distances, angles, elevations, areas and volumes, profile levelling over "
        "centreline stations and cross sections at right angles with level and rod, and control, topographic and "
        "construction surveys for highways, canals and pipelines.",
    ),
    (
        "nEo105",
        "en",
        "trishunya_canal",
        "Survey data packages for canal and irrigation projects",
        "For new canals, desilting or command-area planning we deliver longitudinal profile sheets for gradient "
        "design, cross-section drawings for bed width and side slopes, bathymetric surveys of existing channels and "
        "silt, and command-area maps of the land a canal will actually irrigate.",
    ),
    (
        "nEo106",
        "en",
        "trishunya_dgps",
        "DGPS level surveys of canal networks",
        "Field team that surveyed a 30+ km proposed canal route, its catchment and existing alignments for a state "
        "irrigation department in 15 days with 10+ surveyors, reaching each point on foot. Dual-frequency RTK gives "
        "about ±2 cm horizontal and ±3 cm vertical, the minimum for canal gradients where 10 cm errors spoil design.",
    ),
    (
        "nEo107",
        "en",
        "theconstructor_irrig",
        "Surveying for irrigation schemes: from reconnaissance to final location",
        "Engineering guide and consulting for the survey steps of an irrigation project: water availability, "
        "topography, site selection, river gauging, marking the cultivable command area, tentative alignment, "
        "reconnaissance, preliminary and final location surveys and the survey report.",
    ),
    (
        "nEo108",
        "vi",
        "ilovetrans_k0",
        "Đo thủy chuẩn kỹ thuật và cọc chi tiết trắc dọc tuyến đường",
        "Tổ khảo sát nhận dẫn thủy chuẩn kỹ thuật từ cọc K0 đầu tuyến qua các điểm đường chuyền cấp 2 và các cọc chi tiết "
        "trắc dọc, khép về K0 theo quy định sai số, phục vụ thiết kế tuyến đường, kênh.",
    ),
    (
        "nEo109",
        "vi",
        "tailieutk_tyle",
        "Tư vấn chọn tỷ lệ và độ chính xác bản đồ số cho quy hoạch, thiết kế",
        "Nhóm Đại học Xây dựng phân tích sai số điểm, chiều dài, diện tích, thể tích và mật độ điểm theo tỷ lệ bản đồ số, "
        "chỉ ra khác biệt giữa bản đồ và sơ đồ phóng to trên màn hình; tư vấn chọn tỷ lệ khảo sát địa hình đúng quy định "
        "cho quy hoạch và thiết kế công trình.",
    ),
    (
        "nEo110",
        "en",
        "totalpave_inventory",
        "Building a road inventory before collecting condition data",
        "Pavement-management firm helps local agencies establish what roads they own, segment the network into "
        "assets with unique IDs and keep the inventory stable so condition ratings, budgets and maintenance "
        "priorities can be tracked year after year.",
    ),
    (
        "nEo111",
        "en",
        "ifactory_roadgis",
        "GIS road-asset inventory with condition mapping",
        "Platform that builds one georeferenced inventory of pavement segments, signs, guardrails, culverts and "
        "drains, collected in the field on mobile devices, with AI condition visualisation and queries such as the "
        "size and location of every culvert in a flood zone.",
    ),
    # --- cadastral editing software and imagery ---
    (
        "nEo112",
        "vi",
        "vietmapxm_guide",
        "Hướng dẫn phần mềm thành lập bản đồ địa chính VietMap XM",
        "Tài liệu 53 trang và hỗ trợ cài đặt, dùng VietMap XM: tạo bản đồ theo VN-2000, nhập và triển điểm đo chi tiết "
        "từ file góc cạnh hoặc tọa độ, vẽ thửa, đánh số, tính diện tích và biên tập bản đồ địa chính.",
    ),
    (
        "nEo113",
        "vi",
        "docz_microstation",
        "Biên tập, số hóa bản đồ địa chính trên MicroStation V8i",
        "Dịch vụ số hóa đối tượng trên nền ảnh quét raster, sửa chữa và biên tập dữ liệu, thiết kế ký hiệu điểm, đường, "
        "màu tô và trình bày, in bản đồ địa chính theo nhiều hệ tọa độ bằng MicroStation V8i, quản lý dữ liệu đa lớp.",
    ),
    (
        "nEo114",
        "vi",
        "samcom_vientham",
        "Cung cấp ảnh vệ tinh và bản đồ trực ảnh cho cập nhật bản đồ",
        "Cung cấp ảnh vệ tinh SPOT 6, 7 (toàn sắc 1,5 m, đa phổ 6–8 m), SPOT 5 (2,5 m) và ảnh VNREDSat-1 để thành lập "
        "bản đồ trực ảnh, hiện chỉnh bản đồ địa hình tỷ lệ 1/25.000–1/10.000 và xây dựng cơ sở dữ liệu nền.",
    ),
]

OFFERS += [
    # --- uncrewed survey boats, GNSS monitoring, land consolidation, DEMs, erosion WebGIS, subdivision ---
    (
        "nEo115",
        "en",
        "spedia_usv",
        "Unmanned surface vehicles (USV) for hydrographic surveys",
        "Survey-grade remote-controlled or autonomous boats 1–10 m long, catamaran or monohull, carrying single-beam "
        "or multibeam echo sounders, RTK GNSS, inertial navigation and side-scan sonar, with waypoint programming and "
        "return-to-home; they map channel and lake bottoms without putting crews on the water.",
    ),
    (
        "nEo116",
        "en",
        "hydro_geoswath",
        "Remote-controlled survey boats with swath bathymetry for shallow inland water",
        "Small USVs (EchoBoat-ASV, Z-Boat 1800) fitted with a GeoSwath swath-bathymetry and side-scan system, GPS "
        "position and heading, motion sensor and sound-velocity probe, controlled from shore up to about 2 km by radio "
        "LAN; surveys of lakes, ponds, dams and rivers meeting the IHO S-44 Special Order.",
    ),
    (
        "nEo117",
        "en",
        "arxiv_usv_volume",
        "Volumetric models of small rivers and ponds from a USV and drone photos",
        "Texas A&M method merges sparse single-beam sonar depths collected by a small uncrewed boat with dense "
        "structure-from-motion surfaces of the banks into one 3D volumetric model, so planners know how much water a "
        "non-navigable river or retention pond can hold before flooding.",
    ),
    (
        "nEo118",
        "en",
        "mdpi_gnss_landslide",
        "Low-cost near-real-time GNSS stations for ground-movement monitoring",
        "Geological Survey of Slovenia and partners built monitoring stations from low-cost dual-frequency GNSS "
        "receivers and open-source processing that send data over the internet, compute displacements on a server and "
        "show them on a web portal; seven stations over nine months, checked against classic geodetic measurements "
        "and linked to rainfall for early warning.",
    ),
    (
        "nEo119",
        "en",
        "aztcon_gnss",
        "Automated GNSS deformation monitoring with warnings",
        "Continuous GNSS monitoring points report cumulative 3D displacement as smooth curves instead of occasional "
        "manual surveys, catching sudden acceleration after heavy rain and raising automatic yellow warnings to give "
        "time for evacuation decisions.",
    ),
    (
        "nEo120",
        "en",
        "mapog_landredis",
        "GIS merge-and-split tools for consolidating fragmented farmland",
        "Online GIS platform with built-in agricultural land polygons and merge and split tools: adjacent fragmented "
        "plots are merged into one unit and then divided into equal parts to plan land consolidation and fair "
        "redistribution among farmers.",
    ),
    (
        "nEo121",
        "en",
        "fig_morocco_lc",
        "GIS database and reallocation method for land consolidation in irrigated areas",
        "Conceptual data model (2 layers, 20 classes, 29 objects) and an ArcInfo georelational database for land "
        "consolidation: overlaying old parcels and soil classes, computing areas and values, reallocating new "
        "parcels under project constraints and owners' wishes, and estimating the precision of the result.",
    ),
    (
        "nEo122",
        "en",
        "uvic_sdss_lc",
        "Spatial decision support system for agricultural land consolidation",
        "Model and software that help planners reallocate fragmented farm holdings into fewer, regularly shaped "
        "parcels based on the location and value of present holdings, while weighing equity, habitat and other "
        "objectives that manual methods oversimplify.",
    ),
    (
        "nEo123",
        "en",
        "mdpi_lidar_flood",
        "LiDAR-derived DEMs for flood mapping",
        "Universiti Putra Malaysia review and advice on airborne and terrestrial LiDAR systems for producing "
        "high-resolution digital elevation models that improve flood simulation, flood-risk mapping and assessment "
        "where conventional elevation data are too coarse.",
    ),
    (
        "nEo124",
        "vi",
        "sggp_webgis_satlo",
        "Bản đồ WebGIS cơ sở dữ liệu sạt lở bờ sông, bờ biển ĐBSCL",
        "Tổng cục Phòng chống thiên tai vận hành bản đồ WebGIS trên nền Google, OpenStreetMap, ảnh vệ tinh để tra cứu "
        "chiều dài, độ sâu, tác động và hình ảnh từng điểm sạt lở; 13 tỉnh, thành đã cập nhật 564 vị trí dài hơn 834 km, "
        "phân loại đặc biệt nguy hiểm, nguy hiểm, bình thường; hỗ trợ địa phương rà soát, cập nhật dữ liệu.",
    ),
    (
        "nEo125",
        "vi",
        "goong_canhbao",
        "Xây dựng bản đồ cảnh báo nguy cơ sạt lở trên nền bản đồ số",
        "Nền tảng bản đồ số Goong cung cấp giải pháp lập và hiển thị bản đồ cảnh báo nguy cơ sạt lở, lũ quét cho chính "
        "quyền và người dân, tích hợp lớp dữ liệu hiện trạng, vùng nguy cơ và thông tin cảnh báo trong mùa mưa bão.",
    ),
    (
        "nEo126",
        "en",
        "pls_subdivision",
        "Subdivision and lot-split surveys",
        "Licensed land surveyors first run a boundary survey to verify the dimensions and acreage of the parent "
        "tract, then divide it by metes and bounds into lots shown on a plat that is recorded with the city or county "
        "and becomes the legal description; from single splits for estates or sales to multi-lot developments.",
    ),
    (
        "nEo127",
        "en",
        "mjs_subdivision",
        "Subdivision platting with lot layout, easements and drainage",
        "Survey firm preparing subdivision maps that meet local ordinances: exterior boundary, topographic survey, "
        "lot dimensions, building lines, street layout, utility and drainage easements (especially in flood zones), "
        "so each new lot can obtain its own title.",
    ),
    (
        "nEo128",
        "en",
        "reference_parcelmaps",
        "Guide to online parcel boundary maps and when to call a surveyor",
        "Explains public parcel viewers from assessor and cadastral GIS portals: searching by address, owner or "
        "parcel number, reading polygons and attributes, the difference between mapped tax parcels and certified "
        "surveys, and when to engage a licensed surveyor for an authoritative boundary.",
    ),
    # --- neighbouring fields (distractors) ---
    (
        "nEo129",
        "vi",
        "danviet_drone_spray",
        "Máy bay không người lái phun thuốc bảo vệ thực vật cho lúa",  # distractor
        "Hợp tác xã đầu tư máy bay phun thuốc khoảng 400–500 triệu đồng/chiếc; chỉ khoảng 30 phút phun xong 1 ha lúa, "
        "người vận hành pha thuốc và điều khiển từ bờ ruộng, không giẫm lúa; nhận làm dịch vụ phun thuê cho bà con.",
    ),
    (
        "nEo130",
        "vi",
        "nld_drone_agri",
        "Dịch vụ drone sạ lúa, rải phân, xịt thuốc",  # distractor
        "Các tổ dịch vụ ở Đồng bằng sông Cửu Long cho thuê drone nông nghiệp làm trọn khâu sạ giống, bón phân, phun "
        "thuốc trừ sâu bệnh trên cánh đồng lớn; giá thuê cạnh tranh, giảm công lao động và tiếp xúc hóa chất.",
    ),
    (
        "nEo131",
        "vi",
        "vnn_agridrone",
        "Cung cấp thiết bị bay không người lái phục vụ nông nghiệp",  # distractor
        "Doanh nghiệp AgriDrone bán và hướng dẫn sử dụng drone nông nghiệp trên cả nước, thị trường chính ở Long An, "
        "Đồng Tháp, An Giang, Kiên Giang; thử nghiệm cùng tập đoàn nông nghiệp trước khi tiếp thị cho nông dân.",
    ),
    (
        "nEo132",
        "vi",
        "humg_kemem",
        "Kè mềm bằng bao sinh thái chống sạt lở bờ sông, bờ biển",  # distractor
        "Giải pháp địa kỹ thuật của Trường Đại học Mỏ - Địa chất và Công ty Đại Viễn: kè mềm xếp bao sinh thái trồng "
        "cây để bảo vệ bờ sông, bờ biển, chi phí thấp hơn kè cứng; đã thi công ở một số dự án ven sông, ven biển.",
    ),
    (
        "nEo133",
        "vi",
        "siwrr_kemohan",
        "Kè mỏ hàn cọc chỉnh trị sông Tiền, sông Hậu",  # distractor
        "Viện Khoa học Thủy lợi miền Nam giới thiệu kè mỏ hàn cọc giá rẻ hơn kè truyền thống để bảo vệ bờ ở các điểm "
        "sạt lở trên sông Mê Công (khoảng 250 km qua 9/13 tỉnh ĐBSCL); công trình áp dụng đã hoạt động tốt sau 15 năm, "
        "tính năng được làm rõ bằng mô hình MIKE 3.",
    ),
    (
        "nEo134",
        "en",
        "kait_rtk_rice",
        "RTK auto-steer for planting rice and cutting levees",  # distractor
        "Farm equipment dealer supplies RTK self-steering for tractors, seeders and sprayers from a base station on a "
        "180 ft tower with two-way radios, keeping lines straight to the inch so rice planting, spraying and "
        "half-mile levee cutting waste less seed, fuel and time.",
    ),
    (
        "nEo135",
        "en",
        "fwi_rtk_guidance",
        "RTK tractor guidance systems to ±2 cm",  # distractor
        "Buyer's guide to high-accuracy RTK guidance for tractors and implements, keeping passes within about ±2 cm "
        "of the intended line for controlled-traffic farming and repeatable field operations.",
    ),
    (
        "nEo136",
        "vi",
        "htdg_dinhgia",
        "Tư vấn định giá đất, thẩm định giá bất động sản",  # distractor
        "Hội Thẩm định giá phân tích khung pháp lý định giá đất (Thông tư 36/2014/TT-BTNMT, các tiêu chuẩn thẩm định "
        "giá số 8–11) và bất cập trong cách tiếp cận ước lượng giá đất; tư vấn định giá phục vụ giao dịch, thuế, bồi "
        "thường.",
    ),
    (
        "nEo137",
        "en",
        "falconzoom_fleet",
        "GPS vehicle tracking and fleet management",  # distractor
        "Trackers installed in trucks report location, speed, route history, idle time, harsh braking and geofence "
        "alerts to a web or mobile dashboard, helping delivery, service and construction fleets cut fuel waste and "
        "improve dispatch.",
    ),
    (
        "nEo138",
        "en",
        "gpstech_fleet",
        "Real-time GPS fleet tracking for service vans and trucks",  # distractor
        "Tracking hardware, satellite positioning, wireless data and cloud software to see where business vehicles "
        "are, how they are driven and where time is lost; supports maintenance planning and driver accountability.",
    ),
    (
        "nEo139",
        "en",
        "element_soil",
        "Soil pH and salinity testing laboratory",  # distractor
        "Laboratory measures soil pH and electrical conductivity on a 1:2 soil–water mix; EC above 2 dS/m flags areas "
        "where salt-sensitive crops may suffer, helping farmers diagnose fertility problems.",
    ),
    (
        "nEo140",
        "vi",
        "vnn_watec_iot",
        "Hệ thống đo mưa tự động Vrain và cảnh báo ngập lụt IoT",  # distractor
        "Công ty WATEC lắp đặt hơn 2.500 trạm đo mưa tự động trên 63 tỉnh, thành (1.077 trạm thuộc mạng khí tượng thủy "
        "văn quốc gia), cùng các giải pháp IoT giám sát mưa và độ ngập theo thời gian thực để cảnh báo sớm.",
    ),
    (
        "nEo141",
        "vi",
        "shtp_ngap",
        "Thiết bị quan trắc ngập bằng cảm biến áp suất vi cơ điện tử",  # distractor
        "SHTP Labs chế tạo trạm đo mực nước ngập đường phố và sông dùng cảm biến áp suất PS50, pin mặt trời, camera, "
        "sai số dưới ±2 cm, gửi số liệu và hình ảnh tự động lên web.",
    ),
    (
        "nEo142",
        "vi",
        "vnsc_lua",
        "Viễn thám theo dõi diện tích và năng suất lúa",  # distractor
        "Trung tâm Vũ trụ Việt Nam chuyển giao quy trình dùng ảnh radar và quang học đa thời gian theo dõi diện tích, "
        "ước tính năng suất, sản lượng lúa gần thời gian thực cho Sở Nông nghiệp các tỉnh ĐBSCL và đồng bằng sông Hồng.",
    ),
    (
        "nEo143",
        "vi",
        "soha_geohub",
        "Nền tảng GEOHUB giám sát vùng trồng lúa bằng dữ liệu vệ tinh",  # distractor
        "Công ty Sao Vega tích hợp ảnh viễn thám với AI để tính diện tích lúa, theo dõi sinh trưởng, phát hiện sâu bệnh và "
        "dự báo năng suất cho hợp tác xã, doanh nghiệp nông nghiệp và cơ quan quản lý.",
    ),
    (
        "nEo144",
        "en",
        "cogeco_soil",
        "Geotechnical soil investigation for foundations",  # distractor
        "Boreholes with SPT, undisturbed sampling (1–4 samples per layer depending on thickness), cone penetration "
        "and vane shear tests and laboratory testing to define soil layers, groundwater and bearing capacity for "
        "design, following TCVN 9363:2012 and TCVN 9437:2012.",
    ),
    (
        "nEo145",
        "vi",
        "diachat146",
        "Khoan khảo sát địa chất công trình",  # distractor
        "Khoan bằng máy XY-1, HT-150E để xác định địa tầng, lấy mẫu thí nghiệm chịu tải, kết hợp SPT; thường 3 hố khoan "
        "mỗi đơn nguyên, thời gian 7–20 ngày, lập báo cáo phục vụ thiết kế móng nhà cao tầng, trường học, cầu, cảng.",
    ),
    (
        "nEo146",
        "vi",
        "thbvn_dientich",
        "Hướng dẫn tự đo diện tích nhà ở bằng thước",  # distractor
        "Cửa hàng dụng cụ hướng dẫn công thức tính diện tích nhà hình chữ nhật, tròn, tam giác, đa giác và cách đo bằng "
        "thước dây, thước laser để mua bán, xây dựng, thiết kế nội thất.",
    ),
    (
        "nEo147",
        "en",
        "backpacker_etrex",
        "Handheld hiking GPS: Garmin eTrex Legend C",  # distractor
        "Colour-screen handheld GPS for hikers at about $268 and 5.6 oz, running on two AA batteries, with 24 MB for "
        "topo maps; kept satellite lock almost everywhere in a year of trail testing.",
    ),
    (
        "nEo148",
        "en",
        "cloud9_realestate",
        "Drone photo and video shots for real-estate listings",  # distractor
        "Shot guide and packages for aerial marketing videos of houses: reveals, flyovers, boom-ups, strafes and arcs "
        "at set altitudes, with pictures and clips delivered to an editing team.",
    ),
    (
        "nEo149",
        "vi",
        "viettop_vaidia",
        "Thi công trải vải địa kỹ thuật dưới nước",  # distractor
        "Chỉ dẫn và dịch vụ thi công vải địa kỹ thuật trong môi trường ngập nước cho đê, kè sông, cảng, san lấp ven biển: "
        "vật tư có chứng chỉ, định vị, trải vải và phối hợp các hạng mục.",
    ),
    (
        "nEo150",
        "vi",
        "tt62_hanghai",
        "Định mức kinh tế - kỹ thuật khảo sát bảo đảm an toàn hàng hải",  # distractor
        "Bộ định mức hao phí vật liệu, nhân công, máy cho khảo sát phục vụ thông báo hàng hải ở vùng nước cảng biển, "
        "luồng hàng hải và khu neo đậu (Thông tư 62/2013/TT-BGTVT); tư vấn lập dự toán cho đơn vị bảo đảm hàng hải.",
    ),
    (
        "nEo151",
        "vi",
        "tincay_ec170",
        "Bút đo EC170 kiểm tra độ mặn nước tưới",  # distractor
        "Bán bút đo độ mặn EC170 để nhà vườn ĐBSCL kiểm tra nước tưới (nên dưới 1‰) theo ngưỡng chịu mặn của từng nhóm "
        "cây ăn trái: sầu riêng, chôm chôm dưới 1‰; có múi 2–3‰; xoài, mít 4–5‰; dừa trên 5‰.",
    ),
    (
        "nEo152",
        "en",
        "penhall_gpr",
        "Private utility locating with ground-penetrating radar",  # distractor
        "GPR analysts mark gas, sewer, drainage and PVC lines and underground tanks on private property before "
        "digging, estimate depths of metallic and non-metallic objects and provide written reports.",
    ),
    (
        "nEo153",
        "en",
        "geodeticglobal_util",
        "Underground utilities survey and pipeline plans",  # distractor
        "Survey of the location, routes and depths of existing buried pipes and cables with ground-penetrating radar "
        "or electromagnetic locators, delivered as an underground pipeline plan.",
    ),
    (
        "nEo154",
        "vi",
        "tayninh_iot",
        "Hệ thống thu thập thông tin môi trường cho nhà kính",  # distractor
        "Mạng cảm biến không dây gồm 2 node trong nhà kính dưa lưới đo nhiệt độ, độ ẩm không khí, độ ẩm đất, ánh sáng, "
        "truyền về trung tâm và hiển thị trên web để điều chỉnh môi trường trồng.",
    ),
    (
        "nEo155",
        "vi",
        "thongtincongnghe_geoeye",
        "Vệ tinh GeoEye-1 chụp ảnh cho Google Earth",  # distractor
        "Tin công nghệ: vệ tinh GeoEye-1 (502 triệu USD, NGA hỗ trợ 237 triệu) chụp ảnh đen trắng 41 cm và màu 1,65 m từ "
        "độ cao 681 km, cung cấp ảnh cho Google Earth và Google Maps.",
    ),
    (
        "nEo156",
        "vi",
        "haiminh_domantom",
        "Đo và quản lý độ mặn ao nuôi tôm",  # distractor
        "Cửa hàng thiết bị thủy sản tư vấn độ mặn phù hợp: tôm thẻ 10–25‰, tôm sú 15–25‰, tôm càng xanh 5–15‰, và cách "
        "đo độ mặn thường xuyên bằng khúc xạ kế, máy đo điện tử.",
    ),
    (
        "nEo157",
        "vi",
        "vlute_iot_tuoi",
        "Hệ thống tưới cây tự động dùng IoT",  # distractor
        "Nhóm sinh viên Trường Đại học Sư phạm Kỹ thuật Vĩnh Long xây dựng mô hình tưới cây tự động theo độ ẩm, điều "
        "khiển và theo dõi qua internet.",
    ),
    (
        "nEo158",
        "en",
        "lodging_photodrone",
        "Photo drones for aerial shots of hotels and resorts",  # distractor
        "Aerial photography operator flies camera drones low over hotel properties on demand, capturing architectural "
        "details and video cheaper than helicopters, with insurance and local permissions handled.",
    ),
]

OFFERS += [
    # --- found with the docs corpus ---
    (
        "nEo159",
        "en",
        "rtkbase_patch",
        "RTKBase: web-managed GNSS base station on RTKLIB",
        "Open-source base-station software that runs RTKLIB str2str services from one receiver (u-blox F9P, "
        "Mosaic-X5, UM980): raw data on TCP, streams to one or two NTRIP casters or a self-hosted local caster, an "
        "RTCM server, a serial radio output and daily raw-data archives, all configured from a web GUI.",
    ),
    (
        "nEo160",
        "en",
        "mapdex_qgis",
        "Mapdex for QGIS: georeference scanned plans and digitise parcels",
        "QGIS plugin and web workspace: send a scanned map, plan or PDF, get back a georeferenced GeoTIFF, a digitised "
        "vector parcel layer and a validation report; tasks run in the background and flagged features are reviewed "
        "in the workspace.",
    ),
]
