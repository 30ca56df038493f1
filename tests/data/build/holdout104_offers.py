"""Offers for the holdout104 labelled set: (id, language, source key, title, description)."""

OFFERS = [
    # --- postal channel and online selling for farm produce ---
    (
        "mBo001",
        "vi",
        "mic_postmart",
        "Bưu điện đưa trái cây đặc sản lên sàn Postmart và chở liên tỉnh",
        "Mạng bưu điện nhận hàng tại vùng trồng, đăng bán trên sàn thương mại điện tử Postmart và vận chuyển tới "
        "người mua ở thành phố. Đã làm với na, bưởi da xanh, chanh không hạt; chuyến na đầu tiên hơn 3 tấn được chở "
        "an toàn từ Quảng Ninh về Hà Nội; bưu điện Đà Nẵng xử lý hơn 300 đơn ngay ngày đầu.",
    ),
    (
        "mBo002",
        "vi",
        "ven_post",
        "Kênh phân phối bưu chính cho trái cây mùa vụ: xe liên tỉnh, bưu cục, sàn TMĐT",
        "Tổng công ty bưu điện phối hợp sở công thương, sở giao thông và hội nông dân để gom và tiêu thụ trái cây "
        "mùa vụ: xe tải liên tỉnh, mạng bưu cục và sàn thương mại điện tử. Ví dụ nhãn Đồng Tháp hơn 5.340 ha, sản "
        "lượng khoảng 53.000 tấn; đang hỗ trợ tiêu thụ nông sản ở 63 tỉnh thành.",
    ),
    (
        "mBo003",
        "en",
        "vnnet_5m",
        "Onboarding farmer households onto the Postmart and Voso marketplaces",
        "The two national postal groups list seasonal, high-volume farm products (longan, custard apple, purple "
        "sweet potato) on their Postmart and Voso platforms and support, train and connect farmers to sell there, "
        "aiming at 5 million farmer households in a year, with their own delivery networks behind the listings.",
    ),
    (
        "mBo004",
        "vi",
        "vnplus_fr",
        "Nhân viên bưu điện xuống vườn hướng dẫn nông dân mở gian hàng số",
        "Nhân viên bưu chính đến tận vườn, ruộng để hướng dẫn hợp tác xã và hộ nông dân mở gian hàng số trên "
        "postmart.vn và quy trình bán hàng trên sàn; có thêm lớp trực tuyến qua mạng xã hội. Ví dụ một HTX cam "
        "khoảng 150 ha, sản lượng 1.000 tấn đã có kênh bán mới nhờ gian hàng số.",
    ),
    (
        "mBo005",
        "en",
        "vietmaz_voso",
        "Voso marketplace listing with pickup of vegetables at the growing area",
        "A courier group lists farmers' vegetables on its Voso e-commerce floor, collects the produce at the "
        "growing area and carries it to city buyers, so that farmers cut off from traders by an outbreak can still "
        "sell and buyers get fresher goods than street-side resale.",
    ),
    (
        "mBo006",
        "vi",
        "ninhthuan_nhan",
        "Bưu điện tỉnh bao tiêu trái cây mùa vụ qua mạng bưu cục",
        "Bưu điện tỉnh nhận mua và bán lại trái cây mùa vụ cho nông dân vùng khác qua các điểm bưu cục trên toàn "
        "tỉnh: chương trình 10 tấn nhãn chia làm 2 đợt, đợt đầu 5 tấn, hàng được kiểm tra nguồn gốc trước khi "
        "chuyển về bưu cục để bán cho khách.",
    ),
    (
        "mBo007",
        "vi",
        "bacgiang_vai",
        "Hợp đồng vận chuyển trái cây mùa vụ với HTX đạt VietGAP/GlobalGAP",
        "Chi nhánh bưu chính ký hợp đồng với các HTX đạt VietGAP, GlobalGAP để gom và chở trái cây đi tiêu thụ toàn "
        "quốc: tăng cường 30-40 nhân viên và 5 xe tải 5-12 tấn tại vùng trồng; năm trước đã chở hơn 100 tấn, vụ "
        "này hơn 30 tấn chủ yếu cho người bán qua sàn TMĐT và mạng xã hội.",
    ),
    (
        "mBo008",
        "vi",
        "travinh_san",
        "Tập huấn kỹ năng số, đóng gói và giao nhận cho hộ sản xuất lên sàn",
        "Chương trình hỗ trợ hộ sản xuất, HTX tham gia postmart.vn, voso.vn và sàn thương mại của tỉnh: tập huấn "
        "kỹ năng số cho khoảng 70% số hộ, hướng dẫn quy trình đóng gói, kết nối, giao nhận cho khoảng 60% số hộ, "
        "kèm định vị địa chỉ số, truy xuất nguồn gốc và mở tài khoản thanh toán điện tử.",
    ),
    (
        "mBo009",
        "vi",
        "vnnet_travinh",
        "Sàn giao dịch TMĐT cấp tỉnh liên kết 18 tỉnh cho sản phẩm OCOP",
        "Sàn thương mại điện tử của tỉnh đã cập nhật hơn 150 doanh nghiệp và khoảng 750 sản phẩm, gồm hàng trăm "
        "sản phẩm OCOP và sản phẩm làng nghề; liên kết sàn với 18 tỉnh miền Đông, miền Tây để kết nối cung cầu "
        "và tìm thị trường cho doanh nghiệp, HTX.",
    ),
    (
        "mBo010",
        "vi",
        "thanhnien_live",
        "Tổ công nghệ số cộng đồng hỗ trợ nông dân livestream bán nông sản",
        "Mô hình tổ công nghệ số cộng đồng ở xã: cán bộ cầm tay chỉ việc cho người dân cách chụp ảnh, quay video và "
        "phát trực tiếp trên mạng xã hội để bán rau, măng, củ; có thể làm ngay tại phiên chợ, kể cả với đồng bào "
        "dân tộc thiểu số ít quen công nghệ.",
    ),
    (
        "mBo011",
        "en",
        "doc_live",
        "Livestream selling model for farm products (university study)",
        "Lecturers of a commerce university studied how farm products are sold through social-network livestreams "
        "(widespread in China since 2018), its benefits and limits, and turned it into recommendations and a "
        "selling model that growers' groups can apply; offered as training and advice.",
    ),
    # --- parcel sorting and hubs ---
    (
        "mBo012",
        "en",
        "talkvn_sort",
        "Automated parcel sorting line down to district and commune level",
        "Sorting system that reads barcodes and analyses images to route parcels by address to district or even "
        "commune level, handling tens of thousands of items an hour and parcels of mixed weight, shape and size; "
        "linked to a web-map application and a postal address code system for a continuous delivery chain.",
    ),
    (
        "mBo013",
        "vi",
        "kenh14_best",
        "Băng chuyền phân loại tự động kèm 8 hệ thống DWS cân, đo, quét",
        "Trung tâm phân loại rộng cỡ 5 sân bóng: hàng nhỏ chạy băng chuyền vào máy phân loại tự động, hàng lớn qua "
        "hệ thống cân, đo và quét 3 chiều; 8 hệ thống DWS quét mã liên tục giúp xử lý lượng hàng tăng 3-4 lần "
        "dịp cao điểm mà không ùn tắc.",
    ),
    (
        "mBo014",
        "en",
        "vnnow_best",
        "DWS station: automatic weighing, measuring, barcode scanning and 3D imaging",
        "Inbound line where unloaders feed parcels from 5-tonne trucks onto a conveyor and a DWS unit weighs, sizes "
        "in three dimensions and scans every parcel before sorting; operators watch the screen to keep the line "
        "running when volume climbs to three or four times a normal day.",
    ),
    (
        "mBo015",
        "en",
        "mps_agv",
        "AGV sorting robots for parcel warehouses",
        "Fleet of about 200 automated guided vehicles carrying trays at 2 m/s under QR-code scanners that steer "
        "each parcel to the bag of its province; software written in-house by an 11-engineer team. Reported: "
        "delivery time cut by 8-10 hours and output raised 3.5 times.",
    ),
    (
        "mBo016",
        "en",
        "vov_lel",
        "Automatic sorting hub with robots sorting by address",
        "E-logistics sorting hub of 10,000 sq m handling over 10,000 items an hour, 24 hours a day: barcode "
        "identification of goods and orders, conveyor at 100 m per minute and robots that sort by address to each "
        "delivery hub or third-party carrier, with near-zero sorting mistakes.",
    ),
    (
        "mBo017",
        "vi",
        "vnpost_hd",
        "Tư vấn tổ chức lại mặt bằng khai thác và tuyến phát của bưu cục",
        "Gói tư vấn tổ chức sản xuất cho trung tâm khai thác, vận chuyển: bố trí lại khu chia chọn, khu hàng nặng, "
        "khu liên tỉnh và nội tỉnh, bảng chỉ dẫn, luồng đi lại, thiết bị bốc dỡ tại cửa xuất nhập; thiết kế tuyến "
        "bưu tá và khu lưu hàng ở bưu cục phát, kèm phần mềm quản lý lưu kho và tổng đài.",
    ),
    (
        "mBo018",
        "vi",
        "vnexpress_best",
        "Đào tạo vận hành ca đêm cao điểm tại trung tâm phân loại",
        "Chia sẻ kinh nghiệm vận hành mùa Tết của trung tâm phân loại: vị trí bốc xếp đưa hàng từ xe 5 tấn lên băng "
        "chuyền nhập liệu, vị trí giám sát hệ thống DWS và vị trí điều phối xuất hàng về bưu cục; bố trí nhân sự "
        "chính thức và cộng tác viên để chịu lượng hàng tăng 3-4 lần.",
    ),
    (
        "mBo019",
        "en",
        "packmb_rice",
        "Rice packaging machines: form-fill-seal, weigh-fill and vacuum packers",
        "Supply of rice packaging equipment for mills: vertical and horizontal form-fill-seal machines, weighing "
        "and filling units for pre-made bags, vacuum packers for long storage or export, and sealing machines, to "
        "pack milled rice consistently at high volume.",
    ),
    (
        "mBo020",
        "en",
        "ricemill_blend",
        "Automatic rice blending machine",
        "Blending machine for rice mills: several hoppers with vibratory feeders, load cells and a PLC that meter "
        "grades of rice in a set ratio (for example 50/50), mix them and send the blend to the packing line, with "
        "stored recipes and flow sensors.",
    ),
    (
        "mBo021",
        "en",
        "irjet_weigh",
        "Low-cost automatic weighing and packaging machine for small food makers",
        "Student engineering design of a microcontroller weighing, filling and sealing machine for small snack and "
        "grocery producers who still weigh and seal packets by hand; aims to undercut the cheapest commercial "
        "machine, quoted at about Rs 1.25 lakh.",
    ),
    # --- last mile: routing, addressing, vehicles, drones, boats ---
    (
        "mBo022",
        "vi",
        "routeflow",
        "Phần mềm tối ưu tuyến giao cho đội xe nhỏ 5-30 xe",
        "Công cụ tối ưu tuyến cho đội giao hàng nhỏ: phân điểm giao cho nhiều xe và sắp thứ tự cùng lúc, tôn trọng "
        "khung giờ khách hẹn và tải trọng xe, nhập đơn từ bảng tính. Ví dụ 10 điểm dừng đã có 3,6 triệu cách sắp; "
        "gói thuê bao khoảng 49 USD/tháng.",
    ),
    (
        "mBo023",
        "en",
        "raute",
        "Route optimisation app with live tracking and proof of delivery",
        "Route planning service for fleets of 2-50 drivers: multi-driver optimisation, delivery time windows, live "
        "driver tracking and photo/signature proof of delivery; AI cleans messy order text, a classical solver "
        "builds the routes. Typical gains 15-25% fuel and 1-3 more stops per shift.",
    ),
    (
        "mBo024",
        "vi",
        "hector_vrp",
        "Giải pháp định tuyến xe (VRP) cho doanh nghiệp giao hàng",
        "Triển khai phần mềm giải bài toán định tuyến nhiều xe: mã hóa địa chỉ thành tọa độ, tính ma trận thời gian "
        "đi thực tế theo đường, mô hình hóa khung giờ, tải trọng, giờ nghỉ tài xế, rồi dùng heuristic và tìm kiếm "
        "lân cận để ra lộ trình gần tối ưu, thứ tự điểm dừng và giờ đến dự kiến.",
    ),
    (
        "mBo025",
        "vi",
        "sembricks",
        "Phát triển phần mềm tối ưu tuyến theo yêu cầu, nhiều kho nhiều đội xe",
        "Nhận viết phần mềm tối ưu tuyến riêng cho đơn vị giao hàng, dịch vụ hiện trường: phân đơn cho tài xế, sắp "
        "điểm dừng giảm thời gian chạy, giữ khung giờ khách, giới hạn giờ lái, tải trọng, nhiều điểm xuất phát; "
        "từ công cụ cho một đội đến nền tảng nhiều kho.",
    ),
    (
        "mBo026",
        "vi",
        "gmaps_plus",
        "Mã Plus Code trong API bản đồ cho giao hàng không có địa chỉ chuẩn",
        "Hỗ trợ mã Plus Code (chuỗi chữ số suy từ kinh vĩ độ) trong các API bản đồ để nhận và giao đơn tới nơi "
        "không có số nhà: mỗi mã chỉ một ô khoảng 13 x 13 m, thêm một ký tự còn khoảng 2,5 x 2,5 m (cổng, lối sau); "
        "giảm giao thất bại do địa chỉ mơ hồ và bớt cuộc gọi hỏi đường.",
    ),
    (
        "mBo027",
        "vi",
        "pluscodes",
        "Địa chỉ mở Plus Code miễn phí cho hộ dân và cơ sở nhỏ",
        "Công nghệ mã nguồn mở, miễn phí, cho mọi điểm trên trái đất một địa chỉ ngắn để nhận thư, bưu kiện, cứu "
        "hộ khi đường chưa có tên; cơ sở nhỏ in mã lên danh thiếp để khách và shipper tìm đến, đơn vị vận chuyển "
        "giao chính xác tới khu không có tên đường.",
    ),
    (
        "mBo028",
        "en",
        "google_cv",
        "National postal addressing campaign using plus codes",
        "Partnership model with a postal operator to give residents a plus-code address so they can receive mail "
        "for the first time; used in Cape Verde, where more than 90% of roads have no name. Codes can be shortened "
        "with a nearby town name and found in a map app or on the web.",
    ),
    (
        "mBo029",
        "vi",
        "tvpl_postcode",
        "Tra cứu mã bưu chính 63 tỉnh thành và nguyên tắc xây dựng mã",
        "Trang pháp lý tổng hợp mã bưu chính của 63 tỉnh, thành phố và giải thích mã bưu chính là gì, các nguyên "
        "tắc khi xây dựng mã bưu chính quốc gia.",
    ),
    (
        "mBo030",
        "vi",
        "selex_vnnet",
        "Xe máy điện đổi pin 2 phút cho shipper",
        "Đơn vị cung cấp xe máy điện và tủ đổi pin cho tài xế giao hàng: đổi pin chỉ mất khoảng 2 phút thay vì sạc "
        "6-8 giờ, phí 8.000 đồng/pin/lần đã gồm VAT; đã hợp tác đội giao hàng của một sàn TMĐT ở TP.HCM và Hà "
        "Nội; mục tiêu 300 tủ năm 2026, 3.000 tủ năm 2028.",
    ),
    (
        "mBo031",
        "vi",
        "investor_ebike",
        "Xe máy điện chở hàng cho doanh nghiệp giao nhận",
        "Startup Việt sản xuất xe máy điện và pin cho giao hàng chặng cuối; đã bán xe cho các sàn TMĐT, hãng chuyển "
        "phát và ứng dụng giao đồ ăn; pin được cấp bằng sáng chế tương thích khoảng 70% xe điện trên thị trường; "
        "vừa gọi vốn 3 triệu USD để giảm phát thải vận tải chặng cuối.",
    ),
    (
        "mBo032",
        "en",
        "asean_gojek",
        "Battery-swap 'ATMs' and home chargers for electric delivery motorbikes",
        "Network of battery lockers where riders swap a flat battery for a charged one in two minutes, plus home "
        "chargers; claimed 35% saving on energy and 50% on maintenance against petrol bikes; vehicles built to "
        "water-resistance standards for flash floods and rough, steep roads.",
    ),
    (
        "mBo033",
        "en",
        "xe_swap",
        "Battery-swapping stations for private electric scooters",
        "Nationwide battery-swapping network for a carmaker's consumer electric scooters, planned at 150,000 "
        "stations, starting with 1,000 in October and placed on wide pavements and near bus stops in big cities, "
        "plus partner electronics shops.",
    ),
    (
        "mBo034",
        "en",
        "everbest",
        "Last-mile delivery optimisation consulting in Vietnam",
        "Consulting framework to cut last-mile cost and improve speed: the last leg is typically 40-55% of total "
        "logistics cost and 15-30% can be saved through route, network and carrier choices; covers carrier mix "
        "(GHTK, GHN, J&T, Ninja Van, Grab Express) and customer experience.",
    ),
    (
        "mBo035",
        "vi",
        "itifund_pudo",
        "Mô hình điểm gửi-nhận hàng PUDO cho chặng cuối",
        "Giải pháp điểm gửi và nhận hàng (Pick Up - Drop Off) thay giao tận nhà: chặng cuối chiếm khoảng 28% tổng "
        "chi phí vận chuyển và có thể lên 53% với đơn giao theo yêu cầu; gom đơn về điểm giúp giảm chi phí và giao "
        "thất bại, phục vụ thị trường TMĐT khoảng 13 tỷ USD năm 2021.",
    ),
    (
        "mBo036",
        "en",
        "jonuns_cdp",
        "Advisory on collection-and-delivery points and parcel lockers",
        "University research team synthesising foreign last-mile models and interviews with delivery drivers "
        "(May-August 2021) recommends collection-and-delivery points and parcel lockers beside home delivery, with "
        "e-payment to make unattended delivery work; offered as advice to carriers and local planners.",
    ),
    (
        "mBo037",
        "vi",
        "briefasia",
        "Mạng lưới tài xế giao hàng nông thôn Đồng bằng sông Cửu Long",
        "Siêu ứng dụng mở rộng đội tài xế ở vùng nông thôn miền Tây: giao tới nhà không số theo cột mốc, gọi điện "
        "và người quen trong xóm, thu tiền mặt khi giao; một đơn có thể mất 40 phút trên đường đất mà bản đồ chưa "
        "có, nên dựa vào hiểu biết địa phương của tài xế.",
    ),
    (
        "mBo038",
        "en",
        "lahti",
        "Study of last-mile delivery for e-commerce in Vietnam",
        "Bachelor's thesis (2019, 63 pages plus appendices) analysing the current state of last-mile delivery for "
        "Vietnamese e-commerce and its coming challenges from published data and market reports; usable as "
        "background for planning a delivery service.",
    ),
    (
        "mBo039",
        "vi",
        "perth_drone",
        "Drone chở bưu kiện ra đảo, có drone nhỏ phát giữa các đảo",
        "Mô hình bưu chính thử nghiệm: drone lớn hai động cơ chở tới 100 kg bưu phẩm (bằng một tuyến phát) bay tự "
        "động ngoài tầm nhìn khoảng 110 km từ đất liền ra sân bay đảo, bay được khi có sương mù; drone nhỏ chuyển "
        "tiếp tới các điểm giao trên các đảo.",
    ),
    (
        "mBo040",
        "vi",
        "iet_drone",
        "Mở tuyến bay drone giao bưu phẩm cho cộng đồng vùng đảo",
        "Kế hoạch 50 tuyến drone giao bưu phẩm cho các đảo xa, hướng tới đội hơn 500 drone, sau thử nghiệm năm "
        "trước; giảm phát thải và giữ tuyến thư ổn định khi phà, máy bay thường và đường bộ bị thời tiết xấu làm "
        "gián đoạn.",
    ),
    (
        "mBo041",
        "vi",
        "eurosender_water",
        "Giao hàng bằng thuyền điện trên kênh rạch",
        "Mô hình chở hàng hóa, bưu kiện bằng đường thủy nội đô thay xe tải: ở Utrecht các đơn vị vận chuyển dùng "
        "thuyền thuê của thành phố giao cho khoảng 70 doanh nghiệp ven kênh suốt hơn 20 năm, thuyền chạy điện từ "
        "2010; ở Amsterdam có thuyền điện gom hàng giao khắp mạng kênh.",
    ),
    (
        "mBo042",
        "vi",
        "unisco_water",
        "Tuyến hàng đường thủy nối xe đạp điện chở hàng chặng cuối",
        "Hành lang hàng hóa đường thủy: phà chở hàng qua sông từ cảng này sang bến kia rồi chuyển lên xe đạp điện "
        "chở hàng giao chặng cuối; công suất khởi đầu 300-400 bưu kiện/ngày (mỹ phẩm, thời trang, đồ gia dụng nhỏ), "
        "đo khối lượng và số km xe tải tránh được.",
    ),
    (
        "mBo043",
        "en",
        "citylogistics",
        "Waterborne city logistics concept: canal hubs and electric vessels",
        "Transport-engineering study of a few hub locations that distribute goods by electric vessels over city "
        "canals for same-day delivery to shopkeepers; finds the concept can compete with trucks and suits other "
        "cities with large canal networks.",
    ),
    (
        "mBo044",
        "vi",
        "mukpo_kayak",
        "Phát thư và bưu kiện nhẹ bằng xuồng cho làng nổi, nhà sàn ven sông",
        "Cách tổ chức tuyến phát bằng xuồng, ca nô cho khu dân cư mà đường đi là kênh: thư và bưu kiện nhỏ đựng túi "
        "chống nước, hộp thư đóng ở cọc gần bến, giao tại mép nước; giới hạn khối lượng theo độ cân bằng của xuồng, "
        "có thể đi chuyến riêng hoặc ghép giờ thuyền đang chạy.",
    ),
    (
        "mBo045",
        "en",
        "asiantrails",
        "Floating market boat tours in the Mekong Delta",
        "Travel company tours by boat through the floating wholesale markets of the delta (Cai Be, Cai Rang), "
        "where traders sell fruit and vegetables from boats and hang samples on poles.",
    ),
    # --- cold chain for fresh produce and seafood parcels ---
    (
        "mBo046",
        "vi",
        "enviro_fish",
        "Quy trình đóng gói cá tươi gửi đi: thùng xốp trong thùng carton",
        "Hướng dẫn đóng bưu kiện cá tươi: thùng xốp thành dày đặt trong thùng carton cứng để xốp không bị thủng, "
        "lót túi kín nước, bọc riêng từng con; gel lạnh đông cứng để giữ mát khi gửi qua đêm hoặc 2 ngày, đá khô "
        "để giữ đông khoảng 24 giờ có thông hơi và dán nhãn theo quy định hãng.",
    ),
    (
        "mBo047",
        "vi",
        "envolvers_sea",
        "Bộ vật tư gửi hải sản tươi: thùng EPS, gel lạnh, đá khô",
        "Cung cấp và hướng dẫn sáu vật tư gửi hải sản đi xa: thùng xốp EPS nắp chặt, thành 1,5-2 inch giữ lạnh tốt "
        "hơn thành 1 inch; gel lạnh dùng lại được hoặc đá khô xếp đáy, nắp và bốn bên tùy muốn hàng tới nơi còn đông "
        "hay chỉ lạnh; túi lót, băng keo và nhãn.",
    ),
    (
        "mBo048",
        "en",
        "fishersline",
        "Overnight fresh-fish shipping protocol",
        "Step-by-step method for shipping fresh fish overnight: pre-chill, pack in insulated containers with "
        "coolants, keep the cold chain unbroken and choose overnight service so the fish arrives with its flavour "
        "and texture intact and spoilage bacteria held back.",
    ),
    (
        "mBo049",
        "vi",
        "taxitai_fruit",
        "Bảo quản trái cây trong khi vận chuyển",
        "Hướng dẫn giữ trái cây tươi khi chở đi xa: loại dễ dập bọc túi chống va đập, loại vỏ cứng như mít, sầu "
        "riêng, dừa xếp không đè nhau; quãng đường dài dùng thùng xốp có đá hoặc xe có tủ mát; lưu ý riêng cho từng "
        "loại như bơ dễ thán thư.",
    ),
    (
        "mBo050",
        "vi",
        "abctech_fruit",
        "Chọn và chuẩn bị trái cây để vận chuyển đường dài",
        "Tư vấn khâu chuẩn bị trước khi gửi trái cây đi xa: chọn trái vừa thu hoạch, tươi, không xây xát, sâu bệnh, "
        "còn nguyên cuống xanh cứng, không lấy trái đã chín tới; sau đó đóng gói và bảo quản phù hợp từng loại để "
        "giữ độ tươi nhiều ngày.",
    ),
    (
        "mBo051",
        "en",
        "thuongphat_cold",
        "Cold-chain transport and storage in set temperature bands",
        "Logistics firm offering refrigerated storage and transport by temperature band: deep frozen -28 to -30 C "
        "for seafood, frozen -16 to -20 C for meat, chilled 2-4 C for fruit and vegetables, 12-14 C for bananas, "
        "2-8 C for medicines, with temperature and humidity monitoring.",
    ),
    (
        "mBo052",
        "en",
        "loadstar_aba",
        "Refrigerated trucking and cold storage for retailers",
        "Domestic reefer transport specialist with about 200 refrigerated trucks that moved 54,000 tonnes in a year "
        "and a 15,000-pallet cold store in Hanoi handling 100,000 tonnes; serves supermarket chains and "
        "multinationals, with plans for 200 more trucks.",
    ),
    (
        "mBo053",
        "vi",
        "vnnet_cold",
        "Tư vấn kỹ thuật chuỗi lạnh từ viện cơ điện và sau thu hoạch",
        "Viện nghiên cứu cơ điện nông nghiệp và công nghệ sau thu hoạch hợp tác với hãng thiết bị lạnh quốc tế để "
        "phát triển chuỗi lạnh: tư vấn kho lạnh, vận chuyển lạnh và khâu nối cho các đơn vị nhỏ đang chỉ làm lạnh "
        "cục bộ, chưa trọn chuỗi.",
    ),
    (
        "mBo054",
        "vi",
        "tannamchinh",
        "Dịch vụ vận chuyển hàng tươi sống bằng logistics lạnh",
        "Dịch vụ chở hàng tươi sống nhạy nhiệt, dễ hỏng trên đường xa Bắc - Nam hoặc đi xuất khẩu: quy trình giữ "
        "nhiệt độ từ lúc nhận tới lúc giao, được coi là yếu tố quyết định chất lượng hàng khi tới tay người nhận.",
    ),
    (
        "mBo055",
        "en",
        "arrowlane",
        "Temperature data loggers placed inside shipments",
        "Supply of compact loggers that record temperature (and optionally humidity, light, shock) through transit: "
        "single-use units from about 2-10 USD, multi-parameter recorders 50-500 USD, readings every 5-15 minutes, "
        "download by USB, Bluetooth or NFC; the record backs claims and food-safety checks.",
    ),
    (
        "mBo056",
        "en",
        "jit_iot",
        "Real-time IoT sensors for cold-chain shipments",
        "Sensor kits reporting temperature, humidity, GPS position, shock, tilt, door openings and light while "
        "freight is moving, with alerts reaching dispatch in 60-90 seconds and buffering during signal loss; "
        "alerts feed transport and warehouse systems; KPIs: time in range, time to detect, spoilage cost.",
    ),
    (
        "mBo057",
        "vi",
        "datalogger_inc",
        "Hệ thống giám sát nhiệt độ chuỗi lạnh có cảnh báo",
        "Hệ thống ghi và giám sát nhiệt độ cho từng mắt xích chuỗi lạnh thực phẩm: kho, tủ, xe và khâu giao; cảnh "
        "báo khi hỏng máy lạnh, mất điện, báo động ngoài giờ hay quên đóng cửa tủ, giúp doanh nghiệp nhỏ tránh mất "
        "cả lô hàng và đáp ứng yêu cầu an toàn thực phẩm.",
    ),
    (
        "mBo058",
        "en",
        "betis_bag",
        "Double-layer insulated delivery bags for perishables",
        "Manufacturer of insulated delivery bags with two separate thermal layers and an air gap, giving about "
        "30-40% longer temperature retention than single-layer bags of the same size - the margin that matters "
        "on 45-60 minute delivery routes.",
    ),
    (
        "mBo059",
        "vi",
        "coraggio_bag",
        "Tư vấn chọn túi giao hàng giữ nhiệt theo tuyến giao",
        "Nhà sản xuất túi giữ nhiệt tư vấn chọn túi theo công việc thực tế chứ không theo độ dày mút: thời gian "
        "tuyến, hàng nóng hay lạnh, số lần mở túi mỗi chuyến, cách rửa, tần suất dùng lại, từ đó chọn kết cấu, lớp "
        "lót, kích thước và độ bền cho giao hàng tạp hóa, thực phẩm.",
    ),
    (
        "mBo060",
        "en",
        "backpack_hot",
        "Insulated food delivery backpack for bike couriers",
        "Review-tested delivery backpack that fits pizza boxes, with a leak-proof insulated liner that keeps meals "
        "hot for hours, water-resistant shell, padded straps and reflective strips for night riding.",
    ),
    (
        "mBo061",
        "en",
        "coolbot_sonla",
        "Low-cost CoolBot cold rooms for cooperatives",
        "Small cold rooms of 15-30 m3 built with an ordinary one-way air conditioner and a CoolBot controller, "
        "reaching about 1.5 C, for an outlay of roughly 92-116 million VND; transferred to cooperatives to sort, "
        "pre-cool and hold vegetables and fruit after harvest and cut losses on the way to buyers.",
    ),
    (
        "mBo062",
        "vi",
        "panorama_caas",
        "Kho lạnh năng lượng mặt trời theo mô hình dịch vụ làm lạnh",
        "Đơn vị công nghệ lắp, vận hành và bảo trì kho lạnh chạy điện mặt trời ngay tại đầu bờ; nông dân, HTX không "
        "phải bỏ vốn mà trả phí theo khối lượng, theo thùng hoặc phí khoán; có thể lắp thêm máy phân loại chạy điện "
        "mặt trời bên cạnh kho để làm khâu sơ chế.",
    ),
    (
        "mBo063",
        "vi",
        "seforall_vcca",
        "Ứng dụng Coldtivate quản lý kho lạnh thu phí theo thùng mỗi ngày",
        "Trợ lý chuỗi lạnh số: đơn vị vận hành kho lạnh mặt trời được đào tạo dùng ứng dụng Coldtivate để số hóa "
        "nhập xuất kho, tính phí theo từng thùng gửi mỗi ngày; nông dân, nhất là nữ nông dân, không cần đầu tư "
        "kho riêng mà vẫn giữ được hàng để bán lúc giá tốt.",
    ),
    (
        "mBo064",
        "en",
        "leisa_solar",
        "Solar-powered cold room for small horticulture farmers",
        "Research institute project installing a solar-powered cold room in a village of about 800 farmers, 35% "
        "of them small or marginal, serving 34 villages and 5,617 farmers growing mango, grapes, papaya, banana and "
        "flowers; women and youth run it to cut waste and distress sales.",
    ),
    (
        "mBo065",
        "en",
        "citrus_reefer",
        "Reefer containers for fruit and vegetable export by sea",
        "Freight forwarder booking refrigerated containers for exporters of fruit and vegetables, with set "
        "temperature, humidity and ventilation per commodity, power supply on board and instant freight quotes "
        "through an app.",
    ),
    (
        "mBo066",
        "vi",
        "mdpi_coating",
        "Màng bao ăn được kéo dài thời gian bảo quản trái cây sau thu hoạch",
        "Tổng quan nghiên cứu về lớp phủ ăn được (polysaccharide, protein, lipid) bôi lên trái cây sau thu hoạch "
        "để giảm mất nước, làm chậm chín và hạn chế vi sinh vật, đặc biệt với trái cây hô hấp đột biến vốn tiếp "
        "tục chín sau khi hái.",
    ),
    (
        "mBo067",
        "vi",
        "doc_kholanh",
        "Lập dự án kho lạnh bảo quản kèm dây chuyền chế biến nông sản",
        "Đơn vị tư vấn lập thuyết minh dự án đầu tư kho lạnh bảo quản và dây chuyền chế biến nông sản quy mô nhà "
        "máy tại tỉnh: xin chủ trương, vay vốn, kêu gọi đầu tư, đánh giá tác động môi trường, quy hoạch 1/500.",
    ),
    (
        "mBo068",
        "en",
        "morethan_ca",
        "Controlled-atmosphere reefer containers for ocean shipping",
        "Ocean carrier service with 20 ft and 40 ft reefers whose controlled-atmosphere units regulate oxygen, "
        "carbon dioxide and nitrogen as well as temperature and humidity, so produce such as bananas can cross "
        "continents without browning.",
    ),
    (
        "mBo069",
        "vi",
        "afamily_buoi",
        "Mẹo bảo quản bưởi trưng Tết không bị mốc cuống",
        "Bài hướng dẫn gia đình giữ bưởi trên mâm ngũ quả: không đặt sát tường ẩm, gần bếp hay dưới gió điều hòa, "
        "không bọc kín túi nilon, không rửa trước khi bày để cuống khỏi mốc và vỏ khỏi thâm sau 3-5 ngày Tết.",
    ),
    (
        "mBo070",
        "vi",
        "zaidap_chuoi",
        "Sơ chế và bảo quản chuối quả",
        "Tài liệu kỹ thuật về đặc tính và sơ chế chuối: thành phần hóa học (20-30% chất khô, tinh bột chuyển thành "
        "đường khi chín, enzim gây sẫm màu) và nguyên lý bảo quản, chế biến chuối cho tiêu thụ và xuất khẩu.",
    ),
    (
        "mBo071",
        "en",
        "centralrest_bag",
        "Insulated food bags for restaurant delivery and catering",
        "Restaurant-supply buying guide for delivery and catering bags: nylon exteriors that let steam escape to "
        "keep pizza crust crisp, cheaper vinyl for short trips, PVC, polyurethane or polyester foam insulation, "
        "sized for pizzas, subs, trays and drinks.",
    ),
    # --- packaging for shipping ---
    (
        "mBo072",
        "vi",
        "gobox_pack",
        "Quy cách đóng gói hàng TMĐT theo từng nhóm mặt hàng",
        "Hướng dẫn và dịch vụ đóng gói chuẩn cho logistics và TMĐT: chọn vật liệu, chèn lót, niêm phong, dán nhãn "
        "thông tin cho các nhóm hàng phổ biến, giảm vỡ, móp, thất lạc, biến chất do va đập, rung lắc, nhiệt độ, độ "
        "ẩm và tận dụng không gian xe để giảm cước.",
    ),
    (
        "mBo073",
        "vi",
        "bart_pack",
        "Thiết kế thùng carton cho hàng gửi TMĐT",
        "Nhà sản xuất bao bì thiết kế hộp theo sản phẩm và cách đóng đơn: chọn kết cấu (hộp nắp gập, hộp bế), cấp "
        "sóng, lớp bảo vệ, kích thước vừa để giảm khoảng trống và cước, đóng nhanh, đóng lại được khi khách trả "
        "hàng; dữ liệu đầu vào gồm kích thước, khối lượng, độ dễ vỡ, kênh giao.",
    ),
    (
        "mBo074",
        "en",
        "rogue_pack",
        "Shipping box strength, tape and dunnage selection guide",
        "Fulfilment company's packaging guidance: single, double or triple-wall corrugated board, flute types "
        "(C-flute most common), Edge Crush Test versus Mullen burst ratings, acrylic, hot-melt or water-activated "
        "tape, dunnage choices (air pillows, paper, foam, bubble wrap), labelling and carrier compliance.",
    ),
    (
        "mBo075",
        "en",
        "goorooship",
        "Parcel preparation guide: box, cushioning, sealing",
        "Courier's step-by-step preparation rules: use a new rigid corrugated box, wrap each item separately, keep "
        "at least 5 cm (2 in) of cushioning between items and the walls, use proper fill rather than clothes or "
        "newspaper, and seal well so the box does not deform and trigger weight corrections.",
    ),
    (
        "mBo076",
        "vi",
        "homeoffice_pack",
        "Đóng gói hộp lồng hộp cho hàng dễ vỡ và chất lỏng",
        "Hướng dẫn đóng gói: hàng nặng hoặc dễ vỡ đóng theo cách hộp trong hộp với đệm 3 inch (khoảng 7,5 cm) ở hộp "
        "trong; chai lọ chứa chất lỏng cho vào túi nhựa kín và lót túi chống rò trong hộp; quấn đệm và dán kín các "
        "cạnh sắc; bỏ nhãn cũ; dán băng keo chữ H.",
    ),
    (
        "mBo077",
        "en",
        "maydonggoi_fruit",
        "Packing fruit for air transport to airline rules",
        "Packaging-machine maker's guide to sending fruit by air: which fruits may go as carry-on or checked "
        "baggage, strong-smelling fruit such as durian limited to 5 kg per passenger on the national airline and "
        "wrapped tightly in nylon before boxing, bulky coconut and jackfruit checked in only.",
    ),
    (
        "mBo078",
        "vi",
        "highland_rau",
        "Đóng gói rau củ quả tươi bằng màng xốp bọc hàng",
        "Nhà sản xuất màng xốp hướng dẫn quy trình đóng gói rau củ quả: sơ chế sạch, bọc màng xốp chống va đập để "
        "rau quả mềm không dập, giữ hình dáng, độ tươi và dinh dưỡng khi vận chuyển, ghi nhãn ngày đóng gói và hướng "
        "dẫn bảo quản đúng quy định.",
    ),
    (
        "mBo079",
        "en",
        "murth_sust",
        "Sustainable e-commerce packaging system design",
        "Packaging consultancy treating sustainability as system design: reduce (right-sizing, fewer layers), reuse, "
        "recycle (formats that fit existing streams), compost where recycling fails; context: e-commerce plastic "
        "packaging waste about 1.76 million tonnes in 2022, expected above 3.1 million tonnes by 2027.",
    ),
    (
        "mBo080",
        "vi",
        "paquin_mailers",
        "Túi gửi hàng TMĐT phân hủy sinh học từ PLA và PBAT",
        "Cung cấp túi gửi hàng và hộp có thể ủ phân hủy, làm từ hai vật liệu phân hủy sinh học PLA và PBAT, kèm giải "
        "thích khác nhau giữa tái chế, phân hủy sinh học, ủ phân hủy và bền vững để người bán online chọn đúng.",
    ),
    (
        "mBo081",
        "en",
        "ecoenclose",
        "Recycled-content paper and plastic mailers",
        "Eco-packaging supplier of mailers and shipping supplies made with 100% recycled content and as much "
        "post-consumer waste as possible: thin recycled plastic when a low carbon footprint or waterproofing is "
        "needed, recycled paper for circularity; advises against current compostable bioplastics.",
    ),
    (
        "mBo082",
        "en",
        "quickservices",
        "Choosing, packing and labelling shipping boxes",
        "Packing service guidance: snug box with 2-5 cm cushioning on all sides, double or triple wall for heavy or "
        "delicate goods, ECT and burst ratings, ISTA-tested packaging for frequent shipments, bubble wrap, paper "
        "fill, air pillows or foam corners, strong pressure-sensitive tape and clear labels.",
    ),
    (
        "mBo083",
        "vi",
        "agriinfo_seed",
        "Máy cân đóng bao hạt giống",
        "Thiết bị cân đóng bao đặt dưới bồn chứa: kẹp bao, mở cửa cho hạt chảy, đối trọng tự ngắt khi đủ khối "
        "lượng; loại thủ công, bán tự động và tự động, kèm khâu bỏ tờ hướng dẫn, gắn nhãn chứng nhận, may miệng bao.",
    ),
    (
        "mBo084",
        "vi",
        "vietaircargo_pl",
        "Hướng dẫn lập packing list cho lô hàng xuất nhập khẩu",
        "Đơn vị giao nhận hàng không giải thích packing list là gì và những điểm cần chú ý khi lập phiếu đóng gói "
        "cho lô hàng xuất nhập khẩu để khai hải quan và giao nhận.",
    ),
    (
        "mBo085",
        "en",
        "greenbiz_sendle",
        "Compostable mailers with carbon-neutral parcel delivery",
        "Small-business parcel carrier that is carbon neutral and sells 100% compostable mailers, based on a "
        "consumer survey showing buyers care about how they dispose of packaging more than how it looks.",
    ),
    # --- cash on delivery and payments ---
    (
        "mBo086",
        "vi",
        "haravan_cod",
        "Tính năng quản lý thu hộ COD và đối soát cho nhà bán hàng",
        "Phần mềm bán hàng có mục quản lý thu hộ: theo dõi trạng thái Không COD, Chưa nhận COD, Đã nhận COD từng đơn; "
        "tải file mẫu, điền mã vận đơn và số tiền rồi nhập danh sách để xác nhận hàng loạt và cập nhật trạng thái "
        "đối soát; COD chiếm hơn 90% giao dịch TMĐT.",
    ),
    (
        "mBo087",
        "vi",
        "haravan_support",
        "Đồng bộ trạng thái thu hộ COD với nhiều hãng vận chuyển",
        "Trang quản trị bán hàng đồng bộ tự động trạng thái COD với VNPost, GHN, GHTK, Ahamove, Grab (hai hãng sau "
        "ứng tiền trước nên không cần đối soát); đơn tự giao hoặc hãng khác thì cập nhật từng đơn hoặc hàng loạt "
        "bằng file vận đơn.",
    ),
    (
        "mBo088",
        "vi",
        "phongnha_ghtk",
        "Dịch vụ thu hộ tiền hàng trả cho shop 3 lần mỗi tuần",
        "Hãng giao hàng thu tiền của người mua khi giao thành công, đối soát rồi chuyển lại cho người bán vào thứ "
        "Hai, thứ Tư, thứ Sáu hằng tuần; phí thu hộ tùy đơn, ví dụ khoảng 15.000 đồng cho một đơn 120.000 đồng.",
    ),
    (
        "mBo089",
        "vi",
        "thanhan_cod",
        "Thu hộ COD hằng ngày, chuyển khoản trước 9 giờ sáng hôm sau",
        "Công ty vận tải thu tiền hàng song song với giao hàng mỗi ngày, quản lý tài xế thu tiền và chịu trách "
        "nhiệm số tiền đã thu; tiền thu thứ Hai đến thứ Sáu chuyển khoản cho khách trước 9 giờ sáng hôm sau, thứ "
        "Bảy và Chủ nhật chuyển trước 9 giờ thứ Hai.",
    ),
    (
        "mBo090",
        "en",
        "boxme_cod",
        "Cash-on-delivery service for online sellers",
        "Cross-border fulfilment firm collecting cash on delivery for sellers: 85% of Vietnamese online buyers pay "
        "this way; the carrier collects, relays payment to the seller, and the shipping contract sets whether "
        "buyers may open the parcel to inspect before paying.",
    ),
    (
        "mBo091",
        "en",
        "techcale_cod",
        "Guide to calculating COD fees for sellers in Vietnam",
        "Practical guide to the cost of cash on delivery: fixed COD service fee, percentage fee (often 1-2% of the "
        "collected amount), delivery charges by distance, weight and speed, return fees when buyers refuse, and "
        "handling surcharges, with a worked example to protect margins.",
    ),
    (
        "mBo092",
        "vi",
        "tbnh_qr",
        "Thanh toán chuyển khoản bằng mã VietQR qua ứng dụng ngân hàng",
        "Chuẩn mã QR liên ngân hàng xử lý qua mạng NAPAS, dùng từ chợ, quán vỉa hè tới gửi xe: tới tháng 10/2025 gần "
        "90 triệu tài khoản quét VietQR; 10 tháng đầu 2025 có 3,6 tỷ giao dịch, tăng hơn 52% về số lượng và 85% về "
        "giá trị; đang chuyển từ QR chuyển tiền sang QR thanh toán.",
    ),
    (
        "mBo093",
        "vi",
        "cafef_qr",
        "QR thanh toán gắn mã đơn hàng thay cho QR chuyển tiền tĩnh",
        "Giải pháp QR thanh toán do tổ chức trung gian cấp, gắn với hóa đơn hoặc mã đơn, để hệ thống tự ghi nhận "
        "và đối soát; khác QR chuyển tiền tĩnh chỉ chứa số tài khoản, khiến người bán phải dò thông báo chuyển tiền "
        "thủ công và dễ nhầm.",
    ),
    (
        "mBo094",
        "vi",
        "vneconomy_qr",
        "Phân luồng giao dịch QR bán hàng tách khỏi chuyển tiền cá nhân",
        "Tư vấn cho hộ kinh doanh dùng mã QR thương mại riêng để tách tiền bán hàng khỏi tài khoản cá nhân, giúp "
        "theo dõi doanh thu chính xác, thuận tiện kê khai thuế và kiểm soát rủi ro; thanh toán QR tăng 66,73% về "
        "số lượng, 159,58% về giá trị trong 7 tháng đầu 2025.",
    ),
    (
        "mBo095",
        "en",
        "people_pay",
        "Checkout payment-mix advice: COD, e-wallets and QR",
        "Advisory for online sellers serving both city buyers who expect mobile payments and rural buyers who "
        "trust cash: offer COD, e-wallets and account-to-account QR together and steer each customer toward the "
        "lowest-friction trusted option, cutting failed COD drop-offs and returns.",
    ),
    (
        "mBo096",
        "en",
        "kliovo",
        "WhatsApp automation to confirm COD orders before dispatch",
        "Messaging automation: right after a COD order, the buyer gets a message asking to reply YES; no reply in "
        "2 hours triggers a follow-up, no reply in 4 hours flags or cancels the order; a reminder before delivery "
        "cuts no-shows. Stores report 40-60% fewer COD failures.",
    ),
    (
        "mBo097",
        "vi",
        "easysell",
        "Kịch bản 6 điểm chạm nhắn tin giảm hoàn đơn COD",
        "Ứng dụng thiết kế chuỗi tin nhắn từ lúc đặt đến khi giao: xác nhận đơn, xác minh trong 15-30 phút, báo "
        "gửi hàng, báo ngày giao, nhắc khi shipper đang đến và hỏi thăm sau giao; 40-50% lần giao đầu thất bại "
        "do khách vắng nhà, chuỗi đủ điểm chạm giúp giảm hoàn 30-40%.",
    ),
    (
        "mBo098",
        "en",
        "codgrow",
        "Playbook to reduce failed cash-on-delivery parcels",
        "Operational method for COD sellers: phone confirmation before dispatch, address quality checks, carrier "
        "selection by area performance and post-dispatch messages; explains causes (absent, changed mind, never "
        "meant to pay, bad address) and why 15% versus 25% failure decides profit.",
    ),
    (
        "mBo099",
        "vi",
        "ruu_cod",
        "Tổng đài AI gọi xác nhận đơn COD trước khi đóng gói",
        "Dịch vụ trợ lý gọi điện tự động xác nhận ý định mua, địa chỉ, thời gian nhận và sẵn sàng trả tiền của đơn "
        "COD trước khi xuất kho, ghi kết quả và chuyển ca khó cho nhân viên, giúp gắn cờ đơn rủi ro sớm thay vì chịu "
        "cước hai chiều.",
    ),
    (
        "mBo100",
        "en",
        "globalshipper",
        "Parcel insurance by declared value",
        "Shipping platform's parcel insurance against loss, damage or theft in transit: premium set from declared "
        "value, item type and route; declare at booking, keep receipts, report quickly and file a claim with "
        "photos and packing lists; perishables, cash and jewellery usually excluded.",
    ),
    (
        "mBo101",
        "vi",
        "pipinsure",
        "Tư vấn giá trị khai báo và bảo hiểm hàng gửi của bên thứ ba",
        "Công ty bảo hiểm bưu kiện giải thích cho doanh nghiệp gửi hàng giá trị: giá trị khai báo chỉ là mức trách "
        "nhiệm của hãng vận chuyển, không phải bảo hiểm; bảo hiểm bên thứ ba bồi thường rõ ràng hơn; chuẩn bị chứng "
        "từ trước để biết thực sự thu hồi được bao nhiêu khi mất, hỏng.",
    ),
    (
        "mBo102",
        "vi",
        "vnuf_ewallet",
        "Nghiên cứu thanh toán bằng ví điện tử tại Việt Nam",
        "Luận văn đại học phân tích thực trạng thanh toán bằng ví điện tử ở Việt Nam và đề xuất giải pháp phát "
        "triển hình thức thanh toán này.",
    ),
    (
        "mBo103",
        "vi",
        "huvisoft",
        "Hướng dẫn hạch toán kế toán hàng bán bị trả lại",
        "Bài hướng dẫn kế toán cách ghi sổ và hạch toán hàng bán bị khách trả lại theo chế độ kế toán doanh nghiệp, "
        "kèm phần mềm tra cứu hóa đơn.",
    ),
    (
        "mBo104",
        "en",
        "autoinvoice",
        "Delivering e-invoices to customers through several channels",
        "E-invoice software that sends invoices to buyers by email, SMS and other channels instead of paper post.",
    ),
    (
        "mBo105",
        "en",
        "callnovo",
        "Vietnamese-language contact centre for COD order confirmation",
        "Outsourced customer-service centre with native Vietnamese agents who call buyers to confirm cash-on-"
        "delivery orders, answer questions and handle pain points for cross-border sellers, so that more COD "
        "transactions are completed.",
    ),
    # --- tracking and order software ---
    (
        "mBo106",
        "en",
        "parceltrack",
        "Multi-carrier package-tracking API integration for small businesses",
        "Tracking API service that queries many carriers from one interface and returns scan status, location "
        "history and last event, so a small shop can show tracking on its site or app, send delivery "
        "notifications and cut 'where is my order' messages.",
    ),
    (
        "mBo107",
        "en",
        "postman_api",
        "Shipping API and webhooks for labels and live tracking",
        "Integration service connecting a seller's store, marketplace and warehouse tools to courier networks: "
        "create labels, receive courier status by webhook, translate carrier events into plain language and send "
        "delivery alerts when a parcel is delayed or out for delivery.",
    ),
    (
        "mBo108",
        "vi",
        "indiblog",
        "Hệ thống theo dõi vận đơn tích hợp quản lý đơn cho người bán",
        "Giải pháp gom mã vận đơn, trạng thái của nhiều hãng, thời gian dự kiến và cảnh báo ngoại lệ vào chính bản "
        "ghi đơn hàng theo khung đồng bộ hãng, xử lý ngoại lệ, tích hợp dữ liệu, hiển thị cho khách; dùng API và "
        "webhook, hỏi định kỳ chỉ để dự phòng.",
    ),
    (
        "mBo109",
        "vi",
        "shipped_track",
        "Chuẩn hóa quy trình theo dõi bưu kiện cho doanh nghiệp nhỏ",
        "Gói triển khai vài tuần: khảo sát luồng đơn từ đặt hàng tới giao và hoàn, kết nối API hãng vận chuyển, "
        "luật gửi thông báo, bảng điều khiển tập trung và quy tắc cho hãng giao chặng cuối, để giảm câu hỏi của "
        "khách và phát hiện sớm đơn chậm.",
    ),
    (
        "mBo110",
        "en",
        "trackingmore",
        "Tracking API with remote-address check and transit-time statistics",
        "REST API to create single or batch tracking numbers across carriers, fetch real-time status, count parcels "
        "by status, check whether a delivery postcode is a remote area and get delivery-time statistics per "
        "carrier and route.",
    ),
    (
        "mBo111",
        "vi",
        "maivanhai_tms",
        "TMS tích hợp đa hãng vận chuyển, tự chọn hãng rẻ nhất hoặc nhanh nhất",
        "Nền tảng quản lý vận tải cho người bán TMĐT: kết nối nhiều hãng giao hàng Việt Nam, thuật toán chọn hãng "
        "cho từng đơn theo hiệu suất thực tế của bưu cục từng khu vực, mục tiêu giảm 12-18% cước và 15-22% thời "
        "gian giao so với chọn tay.",
    ),
    (
        "mBo112",
        "en",
        "bado_omni",
        "Omnichannel sales management software for household businesses",
        "One platform for shops selling in store, on websites, Facebook, Zalo, TikTok, marketplaces and livestreams: "
        "central orders, synchronised inventory, customer records, staff permissions, e-invoices and revenue "
        "reports per channel.",
    ),
    (
        "mBo113",
        "en",
        "parcelpanel",
        "WooCommerce tracking API and tracking page",
        "Tracking plugin API for WooCommerce stores: create, fetch and delete shipment tracking on orders with an "
        "API key, JSON requests and a list of supported carriers, so buyers see their parcel status on the shop's "
        "own tracking page.",
    ),
    (
        "mBo114",
        "en",
        "vnpost_iot",
        "Smartphone apps for collection and delivery staff",
        "Postal operator's digital tools: thousands of smartphones with apps for collecting, selling and "
        "delivering (about 4,000 deployed in one year) giving real-time production data and customer feedback, "
        "plus IoT equipment being developed for post offices.",
    ),
    (
        "mBo115",
        "en",
        "digwaybill",
        "Courier dispatch and order API",
        "RESTful gateway to a courier order panel: place and query orders, access customer and courier "
        "information, with two access levels by API key; client libraries and examples in several languages.",
    ),
    (
        "mBo116",
        "en",
        "google_pkg",
        "Package-tracking display in a web search engine",
        "Early-adopter programme letting carriers show package status in web search results through their own "
        "API, with strict uptime and 700 ms response requirements; no longer accepting new partners.",
    ),
    (
        "mBo117",
        "vi",
        "viettelpost_ck",
        "Tư vấn chính sách chiết khấu cho shop bán hàng",
        "Bài tư vấn của hãng chuyển phát cho chủ shop: chiết khấu là gì, các loại chiết khấu theo phần trăm, số "
        "lượng, mùa vụ và cách áp dụng để tăng doanh số, xả hàng tồn mà không hại lợi nhuận.",
    ),
    # --- pick-up points, lockers, small warehouses, fulfilment ---
    (
        "mBo118",
        "vi",
        "pp_lockers",
        "Tủ nhận bưu kiện thông minh đặt tại bưu cục",
        "Bưu chính thí điểm tủ nhận hàng tự động tại 40 bưu cục (18 ở Hà Nội, 22 ở TP.HCM), chủ yếu ở bưu cục trung "
        "tâm, chung cư, trung tâm thương mại, tòa văn phòng; khách mở tủ lấy hàng bằng điện thoại, dự kiến mở rộng "
        "sang địa phương khác.",
    ),
    (
        "mBo119",
        "vi",
        "vnplus_lockers",
        "Tủ giao nhận tự động nhận hàng 24/7 không tiếp xúc",
        "Mô hình tủ phát hàng tự động: người nhận lấy bưu kiện bất cứ lúc nào bằng điện thoại trong vài phút, không "
        "cần gặp nhân viên; lắp ở bưu cục, chung cư, trung tâm thương mại; bưu điện đang hoàn thiện quy trình phát "
        "tự động để nhân rộng.",
    ),
    (
        "mBo120",
        "vi",
        "ai24h_lockers",
        "Tủ giao nhận Smart Box tích hợp IoT, nhận hàng qua tin nhắn và mã QR",
        "Tủ giao nhận nhiều ngăn kích cỡ khác nhau hoạt động 24/7 tích hợp IoT: shipper đặt hàng vào tủ, người nhận "
        "mở bằng mã QR hoặc tin nhắn; mạng hơn 600 tủ ở nhiều tỉnh đến giữa 2025, đặt ở khu dân cư, văn phòng, "
        "trường học, bệnh viện.",
    ),
    (
        "mBo121",
        "en",
        "techalb_mfc",
        "Micro-fulfilment centre set-up for small shops",
        "Design of small fulfilment centres of about 5,000-15,000 sq ft placed close to buyers, in the back of a "
        "shop or reused buildings, with dense storage and pick-pack tools so small businesses cut last-mile cost "
        "and offer same-day or next-day delivery.",
    ),
    (
        "mBo122",
        "vi",
        "thetednews_mfc",
        "Biến phần sau cửa hàng thành điểm xử lý đơn và bàn giao",
        "Tư vấn mô hình kho vi mô: dành một phần cửa hàng hoặc kho nhỏ gần khu dân cư để giữ nhóm hàng chọn lọc, "
        "lấy và đóng đơn trong vài phút hay vài giờ, có điểm bàn giao cho shipper hoặc khách tự đến lấy; dùng bố trí "
        "hợp lý và công cụ số đơn giản, không nhất thiết tự động hóa.",
    ),
    (
        "mBo123",
        "vi",
        "burgerprints_ff",
        "Dịch vụ fulfillment: lưu kho, xử lý đơn, đóng gói, giao hàng",
        "Dịch vụ hoàn tất đơn hàng trọn gói cho người bán online: nhận hàng vào kho, quản lý tồn theo thời gian "
        "thực, tự động tiếp nhận và phân loại đơn mới, đóng gói theo tiêu chuẩn và thương hiệu, giao tới người mua "
        "qua các hãng vận chuyển trong nước hoặc quốc tế.",
    ),
    (
        "mBo124",
        "en",
        "storycrest_wms",
        "Picking and packing software on top of a warehouse system",
        "Software that turns orders into guided pick tasks by bin and route, checks lots and serials, chooses the "
        "right carton (cartonisation), compares carrier rates, generates carrier-compliant labels and syncs stock "
        "with marketplaces and ERP, for fewer re-packs and lower freight bills.",
    ),
    (
        "mBo125",
        "vi",
        "visualfoodie_bc",
        "Triển khai quản lý kho bằng mã vạch cho doanh nghiệp nhỏ",
        "Tư vấn triển khai phần mềm quản lý mã vạch: xây cấu trúc mã hàng (SKU) sạch trước khi in nhãn, gắn nhãn, "
        "quét khi nhập, xuất, kiểm kê để có số tồn thực tế theo thời gian thực, thay sổ tay và bảng tính dễ sai.",
    ),
    (
        "mBo126",
        "en",
        "atoship_mfc",
        "Micro-fulfilment centres guide for fast e-commerce delivery",
        "Guide and service for small warehouses of 3,000-10,000 sq ft close to customers with a curated range, "
        "delivering in hours instead of days; types include in-store, standalone and dark stores; failed "
        "deliveries cost 15-20 USD each and last mile is 53% of shipping cost.",
    ),
    (
        "mBo127",
        "en",
        "iie_stores",
        "Big-box stores as digitally orchestrated micro-warehouses",
        "Analysis of how national retail chains turn thousands of stores into same-day fulfilment nodes with "
        "real-time inventory, cloud routing, forecasting and automated backrooms.",
    ),
    (
        "mBo128",
        "vi",
        "haiphong_port",
        "Quy trình, thủ tục giao nhận hàng container tại cảng biển",
        "Cảng biển công bố quy trình và thủ tục giao nhận hàng hóa tại cảng cho chủ hàng và đại lý: chứng từ, "
        "lệnh giao hàng, giao nhận container.",
    ),
    # --- returns ---
    (
        "mBo129",
        "vi",
        "kieugia_hoan",
        "Xử lý và hạn chế chuyển hoàn đơn hàng",
        "Hãng chuyển phát tư vấn về chuyển hoàn: nguyên nhân (khách từ chối, sai địa chỉ, vắng nhà, không liên lạc "
        "được), người gửi thường chịu cước hai chiều và phí phát sinh, ảnh hưởng doanh thu, uy tín shop; giải pháp "
        "giảm tỷ lệ hoàn và quy trình xử lý hàng hoàn.",
    ),
    (
        "mBo130",
        "vi",
        "dongnai_hoan",
        "Vận hành trung tâm hàng hoàn: kiểm định, lưu kho, tái phân phối",
        "Dịch vụ logistics ngược cho hàng hoàn: nhận hàng từ khách, đưa về trung tâm hoàn, kiểm tra lỗi sản phẩm và "
        "bao bì, nhập lại kho nếu đạt, xử lý hoặc thanh lý nếu hỏng; tham chiếu một sàn xử lý hơn 10.000 đơn hoàn mỗi "
        "tháng, 25.000-40.000 đồng chi phí mỗi đơn.",
    ),
    (
        "mBo131",
        "en",
        "qafila_rl",
        "Reverse logistics service for local e-commerce brands",
        "Fulfilment company handling the life of a returned product: return initiation, pickup, inspection, then "
        "restock, refurbish, resell or recycle; cites 30% of online purchases returned yearly and 92% of shoppers "
        "buying again when returns are easy.",
    ),
    (
        "mBo132",
        "en",
        "idship_rl",
        "Cutting the cost of e-commerce returns",
        "Shipping tool's returns guidance: returns cost 2-3 times the forward shipment (label, inspection, "
        "repackaging, restocking, lost value); reduce them with accurate descriptions, good photos, size guides, "
        "durable packaging, quality control and 'keep it' for low-value items.",
    ),
    (
        "mBo133",
        "en",
        "mkm_rl",
        "Fulfilment with returns inspection and sorting",
        "Fulfilment provider that also processes returns: every returned item inspected, sorted by a dedicated "
        "team rather than pickers in spare time, defect patterns reported to the manufacturer and flawed stock "
        "pulled from inventory.",
    ),
    (
        "mBo134",
        "en",
        "agilebrand_rl",
        "Return authorisation, labels and grading of returned goods",
        "Returns workflow: return merchandise authorisations, return labels, status tracking, inspection and "
        "grading to restock, repair, refurbish or dispose, and timely refunds or exchanges.",
    ),
    (
        "mBo135",
        "en",
        "informit_rl",
        "E-commerce logistics and fulfilment handbook with returns chapter",
        "Book on getting orders from the Buy button to the door: shipper evaluation, payment processing, outsourced "
        "fulfilment and a chapter on handling product returns (reverse logistics), with planning templates and "
        "checklists; notes almost 40% of the cost of selling online comes after the sale.",
    ),
    (
        "mBo136",
        "vi",
        "vnexpress_return",
        "Phân tích tác động môi trường của trả hàng hoàn tiền",
        "Bài phân tích mùa trả hàng ở Mỹ: tỷ lệ hoàn đơn online năm 2025 khoảng 19,3%, một phần ba hàng hoàn không "
        "bán lại được; mỗi lần trả làm tăng tác động môi trường 25-30% do bao bì nhựa và vận chuyển lặp lại.",
    ),
    # --- more cold rooms and cold-chain studies ---
    (
        "mBo137",
        "en",
        "naturals_solar",
        "Choosing solar cold storage: PV versus absorption refrigeration",
        "Decision guide for tropical cooperatives comparing photovoltaic-driven and solar-thermal absorption cold "
        "rooms on lifecycle cost, uptime, servicing burden, refrigerants and behaviour in hot cloudy weather, for "
        "cutting post-harvest loss at the farm gate.",
    ),
    (
        "mBo138",
        "vi",
        "nextbillion",
        "Kho lạnh năng lượng mặt trời ngoài lưới điện cho nông trại",
        "Kho lạnh chạy điện mặt trời đặt tại trang trại ngoài lưới điện: giữ sữa, rau quả qua đêm thay bồn nước ngâm; "
        "ví dụ một trang trại bán thêm 1.500 lít sữa; bài học từ thử nghiệm của 10 công ty ở 8 nước về thiết kế "
        "theo cây trồng và vật liệu trữ lạnh.",
    ),
    (
        "mBo139",
        "en",
        "gaon_cold",
        "Pay-per-use 5-tonne cold store at a vegetable market",
        "Local cooling company running a five-tonne cold store at a town market on a pay-per-use basis, managed "
        "with a cold-chain app; a vegetable grower cut monthly losses of about 5,000 rupees and raised profit to "
        "as much as 7,000 rupees a month by storing and selling when prices suit.",
    ),
    (
        "mBo140",
        "vi",
        "impactfailure",
        "Bài học vận hành kho lạnh mặt trời 5 tấn thu phí theo lần dùng",
        "Tổ chức phát triển chia sẻ kinh nghiệm một kho lạnh mặt trời 5 tấn cho khoảng 100 nông dân, thu phí theo "
        "lần dùng, kiêm buồng ủ chín chuối: dự kiến 35 người dùng nhưng quý đầu chỉ 26; đưa ra điều chỉnh về quản "
        "lý, tiếp thị và mô hình thu phí.",
    ),
    (
        "mBo141",
        "en",
        "fulfillcos_pack",
        "Small-parcel packaging strategy for e-commerce fulfilment",
        "Fulfilment network's packaging planning: shipping containers (boxes, padded envelopes, tubes, chipboard "
        "mailers), internal materials (bubble wrap, foam sheets, poly bags, cornstarch peanuts) and inserts, chosen "
        "per product type with the fulfilment partner.",
    ),
    (
        "mBo142",
        "vi",
        "boxsize_tool",
        "Công cụ chọn kích cỡ hộp gửi hàng",
        "Công cụ trực tuyến ước lượng kích cỡ hộp từ kích thước sản phẩm cộng khoảng đệm: đủ lớn để bảo vệ nhưng "
        "không quá to để tránh bị tính cước theo thể tích và tốn vật liệu chèn.",
    ),
    (
        "mBo143",
        "en",
        "eria_cold",
        "Research overview of agricultural cold chains in Viet Nam",
        "Research institute chapter (2019) mapping cold storage and refrigerated transport stakeholders for fruit "
        "and vegetables, livestock, fishery and processed foods, the problems holding cold chains back, the "
        "policies involved and mid-term prospects; basis for planning cold-chain investment.",
    ),
    (
        "mBo144",
        "vi",
        "fwps_kholanh",
        "Nghiên cứu tình trạng thiếu kho lạnh cho xuất khẩu nông sản",
        "Bài nghiên cứu của sinh viên logistics về thiếu hụt kho lạnh phục vụ xuất khẩu nông sản ở Việt Nam và một "
        "số giải pháp tăng năng lực kho lạnh cho ngành.",
    ),
    (
        "mBo145",
        "en",
        "egrow_sms",
        "SMS fallback for COD order confirmation",
        "Messaging platform routing COD confirmations by rules: rich WhatsApp first, SMS fallback when opt-in, "
        "delivery or engagement fails; frames the cost of unconfirmed COD orders at 15-20% of order value and "
        "return-to-origin rates of 25-35% at scale.",
    ),
    (
        "mBo146",
        "vi",
        "acefone",
        "Voice bot AI gọi xác nhận đơn COD giảm hoàn hàng",
        "Tổng đài đám mây có voice bot tự gọi khách ngay sau khi đặt đơn COD để xác nhận đơn, địa chỉ, giờ nhận, "
        "lọc đơn ảo trước khi rời kho, thay vì tuyển thêm nhân viên gọi tay; giảm chi phí cước hai chiều, đóng gói "
        "và xử lý của đơn hoàn.",
    ),
    (
        "mBo147",
        "en",
        "dbin_mfc",
        "Urban dark stores with pickers and scooter couriers",
        "Overview of city-centre micro-warehouses run as online-only dark stores with a limited range, pickers "
        "and couriers on scooters or bicycles; high rent but fast delivery.",
    ),
    (
        "mBo148",
        "en",
        "golocad_mfc",
        "Micro-fulfilment centres for Southeast Asian e-commerce",
        "Fulfilment provider placing small, often automated warehouses near dense customer areas to make last-mile "
        "delivery faster and cheaper, citing about 70 million new digital shoppers in Southeast Asia since the "
        "pandemic.",
    ),
    (
        "mBo149",
        "vi",
        "vlr_urban",
        "Thiết kế mạng micro-hub và gom hàng chặng cuối",
        "Tư vấn mạng lưới chặng cuối: điểm trung chuyển nhỏ (micro-hub) gần khách, gom đơn của nhiều hãng, hạ tầng "
        "dùng chung, chọn khung giờ giao, theo dõi thời gian thực và trả hàng linh hoạt, để giảm chi phí chặng cuối "
        "vốn có lúc vượt cả cước liên tỉnh.",
    ),
    (
        "mBo150",
        "en",
        "slideshare_lml",
        "Article on last-mile logistics in Vietnam in Industry 4.0",
        "Academic article on the opportunities and challenges of last-mile logistics in Vietnam as e-commerce grows, "
        "what customers expect (flexible, safe, affordable home delivery) and how to choose solutions suited to "
        "logistics firms' existing capacity.",
    ),
    (
        "mBo151",
        "en",
        "talyapak",
        "Temperature recorders and transmitters for perishable shipments",
        "Supplier of data-logger transmitters for first- and last-mile cold-chain visibility: real-time temperature "
        "tracking of fresh produce, meat, dairy and medicines so rejected loads can be traced to the link that "
        "failed; a spoiled truck of berries can exceed 100,000 USD.",
    ),
    (
        "mBo152",
        "en",
        "alaska_sea",
        "Air cargo service for seafood shipments",
        "Airline cargo rules for seafood: shippers must be registered, packages must survive at least 48 hours "
        "without refrigeration, product should be frozen or chilled before packing, pieces generally up to 100 lb, "
        "wildlife labelling; coolers and freezers at most stations.",
    ),
    (
        "mBo153",
        "vi",
        "enviro_rawfish",
        "Hướng dẫn gửi cá tươi sống: túi lót kín, đệm thấm, thùng xốp",
        "Quy trình gửi cá tươi: bọc chặt màng thực phẩm, cho vào túi lót dày 2 mil hoặc túi chống thủng, lồng hai "
        "lớp; lót đệm thấm quanh cá; thùng xốp EPS thành ít nhất 1,5 inch; gel lạnh hoặc đá khô; chọn giao qua đêm "
        "hoặc 2 ngày và báo người nhận có mặt.",
    ),
    (
        "mBo154",
        "en",
        "flylogistics",
        "Courier insurance advice for valuable shipments",
        "Courier explains the difference between standard carrier liability and cargo insurance up to an agreed "
        "value, exclusions, packaging duties and the evidence needed for claims, and offers protection to be "
        "requested before dispatch.",
    ),
    (
        "mBo155",
        "en",
        "globaltranz_rl",
        "Reverse-logistics framework for freight and B2B returns",
        "Freight broker's framework for e-commerce returns of larger, palletised goods: returns policy, return "
        "preparation, receiving, credit or exchange, inspection and sorting, asset recovery and outsourcing to a "
        "reverse-logistics company; less-than-truckload and truckload options.",
    ),
    (
        "mBo156",
        "en",
        "fulfilled_rl",
        "Resilient returns management: redundancy and automated reconciliation",
        "Guide to hardening returns operations against software and carrier failures: redundant systems, automated "
        "reconciliation of return authorisations and stock, metrics and a step-by-step roadmap; returns often cost "
        "20-65% of the original order value.",
    ),
    (
        "mBo157",
        "vi",
        "eurasia_swap",
        "Trạm sạc và tủ đổi pin xe máy điện tại chuỗi cửa hàng bán lẻ",
        "Thỏa thuận lắp trụ sạc và tủ đổi pin cho xe máy điện của một hãng xe tại hơn 600 cửa hàng điện máy từ "
        "tháng 11/2025; hệ thống 150.000 điểm sạc ô tô, xe máy ở 34 tỉnh, mục tiêu 150.000 điểm đổi pin trong 3 năm.",
    ),
    (
        "mBo158",
        "en",
        "timvanban_air",
        "Air freight forwarding procedure analysis",
        "Document analysing the receiving and forwarding procedure for air cargo shipments, from booking to "
        "handover at the airport.",
    ),
    (
        "mBo159",
        "vi",
        "baothuonggia",
        "Cách bảo quản giỏ trái cây tươi lâu 3 ngày",
        "Hướng dẫn sắp và giữ giỏ trái cây trên bàn ăn hay làm quà: không rửa trước, tách loại sinh ethylene, tránh "
        "nắng nóng, để giỏ thoáng, giúp trái cây tươi đến 3 ngày.",
    ),
    (
        "mBo160",
        "en",
        "phukien_fruit",
        "Storing imported fruit at home or in a shop",
        "Guide to storing imported fruit groups (temperate, tropical, citrus, premium): do not wash before storing, "
        "separate by storage temperature, keep ethylene producers apart and check often for spoiled pieces.",
    ),
]
