"""Needs of the holdout50 labelled set: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    # --- quality management systems (ISO 9001) ---
    (
        "jZn01",
        "vi",
        "iso9001_eatsip_smb",
        "Xưởng cơ khí nhỏ hay mất đơn vì khách đòi giấy chứng nhận chất lượng",
        "Xưởng tiện, phay ở Long Hồ có 12 thợ, làm chi tiết máy chính xác, hàng ít bị trả. Nhưng mấy lần chào giá "
        "cho nhà máy ở khu công nghiệp Hòa Phú đều thua các công ty lớn vì họ có chứng nhận hệ thống quản lý còn mình "
        "thì không. Muốn có người hướng dẫn ghi chép lại cách làm đang có, không muốn giấy tờ chồng chất.",
        {"jZo001": 2, "jZo002": 2, "jZo003": 2, "jZo006": 2, "jZo008": 1, "jZo005": 1, "jZo004": 1, "jZo007": 1},
    ),
    (
        "jZn02",
        "en",
        "iso9001_visualfoodie",
        "Catering kitchen gets inconsistent results when we scale up orders",
        "We cook for weddings and company events in Tra Vinh city. Recipes that work for a family table turn into a mess "
        "at 50 or 300 portions: some batches perfect, others a disaster, and customers notice. We need a repeatable way "
        "of working that every cook follows, and maybe a certificate later if it helps win contracts.",
        {"jZo002": 2, "jZo003": 2, "jZo006": 2, "jZo005": 2, "jZo008": 1, "jZo001": 1, "jZo004": 1},
    ),
    (
        "jZn03",
        "en",
        "iso9001_qualityweb",
        "Rice milling company: quality paperwork scattered, certification audit in six weeks",
        "Our rice milling and export company in Tra On started its quality system six months ago with an outside "
        "consultant. Now we find three versions of the purchasing procedure in different folders, nobody knows where last "
        "quarter's training records are, and the external audit is in six weeks. We need hands-on help to sort out "
        "documents and records fast.",
        {"jZo001": 2, "jZo002": 2, "jZo006": 2, "jZo003": 1, "jZo005": 1, "jZo004": 1},
    ),
    (
        "jZn04",
        "vi",
        "iso9001_tantao",
        "Can lam he thong quan ly chat luong va khao sat hai long khach hang cho cong ty ha tang cum cong nghiep",
        "Cong ty minh o Long Ho cho thue nha xuong, cung cap dien nuoc cho cac doanh nghiep trong cum cong nghiep. Muon "
        "ap dung he thong quan ly chat luong theo tieu chuan quoc te va do muc hai long cua khach thue, du tinh hoi "
        "khoang 33 tieu chi. Can don vi tu van lam tu dau den khi duoc chung nhan.",
        {"jZo001": 2, "jZo002": 2, "jZo003": 2, "jZo006": 1, "jZo007": 1, "jZo004": 1, "jZo005": 1},
    ),
    # --- food safety systems (HACCP, ISO 22000, GMP) ---
    (
        "jZn05",
        "en",
        "haccp_insta",
        "Seafood and fruit exporter needs a food safety system accepted by EU, US and Japanese buyers",
        "Our plant in Duyen Hai packs frozen shrimp and dried fruit. New buyers in Europe, the US and Japan ask for "
        "proof that we identify and control biological, chemical and physical hazards at each step, with monitoring "
        "records and corrective actions. We need consultants to build the system and prepare us for certification.",
        {"jZo010": 2, "jZo011": 2, "jZo012": 2, "jZo020": 2, "jZo014": 1, "jZo013": 1, "jZo015": 1, "jZo019": 1},
    ),
    (
        "jZn06",
        "vi",
        "mut_duasap_baotravinh",
        "Cơ sở mứt dừa sáp muốn nâng hạng sao, phải làm lại khu chế biến và nề nếp vệ sinh",
        "Cơ sở nhà mình ở Cầu Kè làm mứt, kẹo dừa sáp qua 11 công đoạn, đã đạt OCOP 3 sao và gửi hàng ra Hà Nội, "
        "TP.HCM. Muốn nâng lên 4 sao và vào siêu thị nhưng khu nấu còn chung với nhà ở, chưa có quy định rửa tay, vệ "
        "sinh dụng cụ, ghi chép. Cần người thiết kế lại khu chế biến và dạy cách làm cho đúng.",
        {"jZo013": 2, "jZo015": 2, "jZo017": 2, "jZo010": 2, "jZo019": 1, "jZo018": 1, "jZo014": 1},
    ),
    (
        "jZn07",
        "en",
        "gmp_dhirubhai",
        "Rice paper and noodle workshop: uneven quality and fear of contamination",
        "Our family workshop in Vung Liem makes rice paper and dried noodles. Some batches spoil early, we once found a "
        "piece of plastic in a pack, and staff handle raw flour and finished goods at the same table. We want practical "
        "rules covering raw materials, equipment, people and packaging so every batch is safe and consistent.",
        {"jZo015": 2, "jZo016": 2, "jZo017": 2, "jZo018": 2, "jZo013": 1, "jZo010": 1},
    ),
    (
        "jZn08",
        "vi",
        "haccp_thanhphat",
        "Cơ sở nước mắm muốn biết mối nguy nằm ở khâu nào và kiểm soát ra sao",
        "Cơ sở nước mắm truyền thống ở Cầu Ngang bán cho đại lý trong tỉnh. Đối tác phân phối muốn chúng tôi phân tích "
        "mối nguy trong từng công đoạn từ cá nguyên liệu, ủ chượp đến đóng chai và có hồ sơ giám sát. Chúng tôi chưa "
        "biết bắt đầu từ đâu, cần người hướng dẫn và lập kế hoạch.",
        {"jZo010": 2, "jZo011": 2, "jZo012": 2, "jZo020": 2, "jZo014": 1, "jZo013": 1, "jZo019": 1},
    ),
    (
        "jZn09",
        "en",
        "gmp_bayt",
        "Cooperative wants a simple written manual on hygiene and handling",
        "Our women's cooperative in Tieu Can makes banh tet and sweet rice cakes for markets. We want our own plain "
        "instruction book: how to clean the pots and machines, what to wear, how to touch food, where to store things. "
        "Looking for someone to help us write it and train members.",
        {"jZo015": 2, "jZo017": 2, "jZo018": 2, "jZo016": 1, "jZo019": 1, "jZo013": 1},
    ),
    (
        "jZn10",
        "vi",
        "food_visinh_sites",
        "Lô chả cá hay bị nhiễm vi sinh, khách trả hàng",
        "Cơ sở chả cá, cá viên ở Duyên Hải mấy tháng nay có lô bị kiểm ra vượt chỉ tiêu vi sinh, nhà phân phối trả hàng "
        "và phạt. Chúng tôi muốn có hệ thống kiểm soát an toàn thực phẩm bài bản để tìm nguyên nhân và ngăn lặp lại, "
        "đồng thời cần chỗ kiểm vi sinh định kỳ.",
        {"jZo010": 2, "jZo011": 2, "jZo014": 2, "jZo020": 2, "jZo052": 1, "jZo054": 1, "jZo015": 1},
    ),
    (
        "jZn11",
        "vi",
        "haccp_vesinhattp",
        "Bếp ăn công nghiệp cần kiểm soát an toàn thực phẩm theo chuẩn",
        "Chúng tôi nấu suất ăn cho công nhân một nhà máy giày ở Trà Vinh. Nhà máy yêu cầu bếp phải xác định các điểm "
        "kiểm soát quan trọng, ghi nhiệt độ nấu, lưu mẫu và được chứng nhận trong năm nay. Bếp hiện bố trí chưa hợp "
        "lý, cần tư vấn cả mặt bằng lẫn hồ sơ.",
        {"jZo013": 2, "jZo010": 2, "jZo012": 2, "jZo011": 1, "jZo014": 1, "jZo019": 1},
    ),
    # --- traceability, QR stamps ---
    (
        "jZn12",
        "vi",
        "qr_fail_vnplus",
        "Dán tem mã vạch nguồn gốc được ba tháng thì bỏ vì cực mà ít ai quét",
        "HTX rau an toàn ở Càng Long từng dán tem để khách quét biết rau trồng ở đâu. Mỗi ngày phải nhập nhật ký "
        "canh tác lên phần mềm, mất công gấp 3-4 lần dán tem thường, mà 10 khách chỉ 1-2 người quét, nhiều người nói "
        "không tin tem nào là thật. Cần cách làm đơn giản hơn, có cơ quan đứng ra bảo đảm.",
        {"jZo022": 2, "jZo024": 2, "jZo021": 2, "jZo025": 1, "jZo028": 1, "jZo026": 1, "jZo023": 1},
    ),
    (
        "jZn13",
        "en",
        "cema_china",
        "Pomelo growers: Chinese buyers now demand origin records for every shipment",
        "Our group of 40 pomelo and longan growers in Binh Minh used to sell everything to traders for the border. "
        "Traders now say China has tightened checks since 1 January 2019 and wants to know which orchard and which "
        "grower each lot comes from, with production records. We need a system to record and show this.",
        {"jZo022": 2, "jZo024": 2, "jZo027": 2, "jZo025": 2, "jZo026": 1, "jZo021": 1, "jZo029": 1, "jZo023": 1},
    ),
    (
        "jZn14",
        "vi",
        "hanoi_ocop_tem",
        "Can in tem nhan co logo OCOP va ma quet truy xuat cho 3 san pham cua HTX",
        "HTX o Tam Binh co 3 san pham dat OCOP (cam sanh, mut cam, nuoc cam). Muon moi goi hang co tem nhan in logo "
        "OCOP va ma QR de khach quet xem nguon goc, moi san pham chung 2.000 tem, dong thoi quan ly nhan hieu de khoi bi "
        "lam nhai. Hoi co chuong trinh nao ho tro chi phi khong.",
        {"jZo021": 2, "jZo028": 2, "jZo022": 2, "jZo043": 1, "jZo030": 1, "jZo079": 1},
    ),
    (
        "jZn15",
        "en",
        "qr_fruitnet",
        "Vegetable co-op supplying Ho Chi Minh City supermarkets wants scannable labels",
        "Our VietGAP vegetable cooperative in Long Ho sells bitter melon and greens to supermarkets in Ho Chi Minh City. "
        "The buyer wants each package to show, when scanned with a phone, where and when it was grown and packed and "
        "which sprays and fertilisers were used. We need the labels and the data system behind them.",
        {"jZo029": 2, "jZo024": 2, "jZo022": 2, "jZo021": 2, "jZo028": 1, "jZo026": 1},
    ),
    # --- barcodes ---
    (
        "jZn16",
        "vi",
        "bc_batbuoc",
        "Siêu thị đòi mã vạch cho bánh pía, có bắt buộc không và đăng ký ở đâu",
        "Cơ sở bánh pía, bánh in ở Vũng Liêm được một siêu thị ở Vĩnh Long nhận bán thử nhưng họ yêu cầu mỗi loại bánh "
        "phải có mã vạch. Không biết luật có bắt buộc không, đăng ký ở đâu, mất bao lâu, tự in mã được không.",
        {"jZo036": 2, "jZo035": 2, "jZo037": 2, "jZo031": 1, "jZo032": 1, "jZo034": 1, "jZo033": 1},
    ),
    (
        "jZn17",
        "en",
        "bc_bacninh",
        "Coconut candy maker: what papers and how long to get barcodes for 12 products",
        "We make coconut candy and coconut chips in Cang Long, 12 flavours and pack sizes. A distributor in Can Tho will "
        "take them only with barcodes. We want someone to prepare the application to the national barcode office and "
        "tell us how many codes we need.",
        {"jZo036": 2, "jZo032": 2, "jZo035": 2, "jZo037": 1, "jZo031": 1, "jZo034": 1},
    ),
    (
        "jZn18",
        "vi",
        "bc_thiendi",
        "Ba loại nước mắm, mỗi loại hai cỡ chai, cần mã vạch để vào siêu thị",
        "Nhà tôi ở Trà Cú làm 3 loại nước mắm, mỗi loại đóng chai 500 ml và 1 lít. Muốn đưa vào siêu thị và cửa hàng "
        "tiện lợi nên cần mã vạch. Nhờ người làm hồ sơ, chỉ cách gán số cho từng chai và in đúng để máy quét đọc được.",
        {"jZo036": 2, "jZo035": 2, "jZo037": 2, "jZo032": 1, "jZo031": 1, "jZo034": 1},
    ),
    (
        "jZn19",
        "en",
        "bc_ebrd_hi",
        "US buyer asks our packing house for UPC barcodes",
        "Our fruit packing house in Binh Minh is starting to ship dried longan and pomelo candy to an importer in the "
        "United States. The importer says the consumer packs need UPC barcodes registered with GS1 US and asks whether "
        "we have a company prefix. We do not know how to apply or what it costs.",
        {"jZo031": 2, "jZo032": 2, "jZo036": 1, "jZo035": 1, "jZo034": 1},
    ),
    # --- labelling and packaging ---
    (
        "jZn20",
        "vi",
        "pkg_tienhai",
        "Tôm cá khô muốn bao bì mang nét biển quê mình và ghi nhãn đúng quy định",
        "Hộ kinh doanh tôm khô, khô cá ở Duyên Hải mua hàng trực tiếp của ngư dân, đã được vào cửa hàng OCOP của tỉnh. "
        "Bao bì hiện chỉ là túi nilon in tên. Muốn thiết kế bao bì thể hiện nét vùng biển Trà Vinh, nhãn đủ thông tin "
        "để đi siêu thị và làm quà du lịch.",
        {"jZo043": 2, "jZo044": 2, "jZo045": 2, "jZo038": 2, "jZo150": 1, "jZo039": 1},
    ),
    (
        "jZn21",
        "en",
        "lbl_usda",
        "Importer of snacks and drinks: what must our Vietnamese sub-labels show?",
        "We import packaged snacks, beverages and some farm inputs into Vinh Long for wholesale. Many products carry only "
        "foreign labels. We need a clear summary of Vietnam's labelling decree for each product group and help printing "
        "correct supplementary labels before the next inspection.",
        {"jZo039": 2, "jZo040": 2, "jZo041": 2, "jZo042": 2, "jZo038": 2, "jZo046": 2},
    ),
    (
        "jZn22",
        "vi",
        "duasap_dunghangviet",
        "Nhãn kẹo dừa sáp tự in thiếu ngày sản xuất, hạn dùng, thành phần",
        "Cơ sở nhỏ ở Cầu Kè làm mứt và kẹo dừa sáp bán cho khách du lịch. Nhãn tự in từ trước chỉ có tên và số điện "
        "thoại, chưa có ngày sản xuất, hạn sử dụng, thành phần, khối lượng. Cần người xem lại nhãn cho đúng luật và "
        "làm bao bì mới đẹp hơn.",
        {"jZo038": 2, "jZo043": 2, "jZo041": 2, "jZo044": 1, "jZo045": 1, "jZo040": 1},
    ),
    # --- self-declaration of conformity and testing laboratories ---
    (
        "jZn23",
        "vi",
        "sd_lawnet",
        "Muốn tự công bố bột sắn dây đóng gói nhưng chưa biết cần giấy tờ gì",
        "Cơ sở bột sắn dây, bột nghệ ở Tiểu Cần đóng gói bán cho cửa hàng. Cán bộ nói phải tự công bố sản phẩm và có "
        "phiếu kiểm nghiệm trong vòng 12 tháng của phòng thí nghiệm được công nhận. Cần người làm trọn gói từ lấy mẫu "
        "đến nộp hồ sơ.",
        {"jZo047": 2, "jZo048": 2, "jZo049": 2, "jZo050": 2, "jZo052": 1, "jZo055": 1, "jZo051": 1},
    ),
    (
        "jZn24",
        "en",
        "lab_vf_guide",
        "Chili sauce start-up burned by a cheap lab; need reliable nutrition and shelf-life data",
        "We launched a chili and tamarind sauce in Vinh Long city. The first lab we picked was the cheapest: results "
        "came late, looked generic and nobody would explain them. A supermarket now wants a nutrition panel and a proven "
        "best-before date. We need an accredited lab that communicates.",
        {"jZo052": 2, "jZo053": 2, "jZo054": 2, "jZo050": 2, "jZo158": 1, "jZo055": 1},
    ),
    (
        "jZn25",
        "vi",
        "lab_marketinshort",
        "Tìm phòng kiểm nghiệm vi sinh có công nhận gần Trà Vinh cho bánh ngọt",
        "Lò bánh ngọt ở thành phố Trà Vinh sắp bán cho chuỗi cà phê, họ đòi kết quả kiểm vi sinh và hóa lý từ phòng "
        "thí nghiệm được công nhận. Muốn biết chọn phòng nào uy tín, đúng phạm vi chỉ tiêu, trả kết quả nhanh.",
        {"jZo052": 2, "jZo055": 2, "jZo050": 2, "jZo054": 1, "jZo056": 1, "jZo053": 1},
    ),
    (
        "jZn26",
        "en",
        "sd_usda",
        "Importer of pre-packaged foods: which products self-declare and which must be registered?",
        "Our trading company in Tra Vinh imports biscuits, milk powder for adults and a few health supplements. We are "
        "confused about which items only need self-declaration and which need registration with the health authority "
        "before sale, and what test results to attach.",
        {"jZo048": 2, "jZo049": 2, "jZo051": 2, "jZo047": 2, "jZo050": 1},
    ),
    (
        "jZn27",
        "vi",
        "lab_vf_look",
        "Lo bơ đậu phộng bị lẫn chất gây dị ứng, cần kiểm đúng chỉ tiêu",
        "Cơ sở bơ đậu phộng và bơ điều ở Trà Cú dùng chung máy xay cho nhiều loại hạt. Khách hỏi sản phẩm có lẫn đậu "
        "phộng không. Muốn tìm phòng thí nghiệm kiểm được chất gây dị ứng với phương pháp được công nhận, và cách giữ "
        "sạch dây chuyền.",
        {"jZo052": 2, "jZo054": 2, "jZo050": 2, "jZo018": 1, "jZo053": 1},
    ),
    (
        "jZn28",
        "en",
        "sd_foodmate",
        "Dried shrimp seller: e-commerce platform asks for our product declaration",
        "We sell dried shrimp and fish floss from Cau Ngang. A marketplace asked us to upload our product "
        "self-declaration "
        "before approving the shop. We have never done it: which form, which test report, and where to submit?",
        {"jZo048": 2, "jZo049": 2, "jZo047": 2, "jZo050": 1, "jZo051": 1, "jZo109": 1},
    ),
    # --- metrology: scales, fuel dispensers, meters ---
    (
        "jZn29",
        "vi",
        "met_danviet",
        "Cây xăng bị niêm phong trụ bơm vì bơm thiếu, sửa xong cần kiểm lại",
        "Cửa hàng xăng ở Trà Ôn vừa bị đoàn kiểm tra phát hiện 2 trụ bơm A92 sai số vượt mức cho phép (khoảng 0,2-0,3%), "
        "một trụ bị niêm phong. Đã thay linh kiện, giờ cần đơn vị có thẩm quyền đến kiểm định lại để bán tiếp.",
        {"jZo057": 2, "jZo055": 2, "jZo059": 1, "jZo061": 1, "jZo062": 1, "jZo146": 1},
    ),
    (
        "jZn30",
        "en",
        "met_ninhthuan",
        "Fuel retailer wants to avoid fines: regular checks between official inspections",
        "We run three petrol stations in Vung Liem. In a neighbouring province inspectors checked 17 stations, found 3 "
        "breaking metrology rules, one with tampered electronics, and fined nearly 47 million dong. We want our own "
        "routine checks plus timely official verification so we never get caught out.",
        {"jZo060": 2, "jZo057": 2, "jZo062": 2, "jZo055": 2, "jZo061": 1, "jZo059": 1},
    ),
    (
        "jZn31",
        "vi",
        "met_langson",
        "Cot do xang hu bo dem, sua xong phai moi nguoi kiem dinh",
        "Cua hang xang dau o Cang Long co 1 cot do bi hu bo dem so, phai dan thong bao ngung ban. Tho da thay mach "
        "nhung nghe noi phai moi kiem dinh vien den kiem truoc khi ban lai. Can don vi lam nhanh, co ho so nguon goc "
        "linh kien.",
        {"jZo057": 2, "jZo055": 2, "jZo061": 1, "jZo060": 1},
    ),
    (
        "jZn32",
        "en",
        "met_tayninh",
        "Petrol shop preparing for inspection: measuring cans and records",
        "Our petrol shop in Mang Thit expects a science and technology inspection this year. We were told we must keep "
        "standard measuring cans and graduated cylinders, quality records and retained samples, and valid verification "
        "stamps on every pump. We need the proper measuring vessels and a check of our pumps.",
        {"jZo060": 2, "jZo057": 2, "jZo055": 2, "jZo061": 1, "jZo059": 1},
    ),
    (
        "jZn33",
        "vi",
        "met_plo",
        "Ban quản lý chợ muốn kiểm tra định kỳ cân của tiểu thương",
        "Chợ Cầu Kè có hơn 200 sạp dùng cân đồng hồ và cân điện tử. Người mua hay phàn nàn cân thiếu. Ban quản lý muốn "
        "kiểm tra, hiệu chỉnh cân cho các sạp định kỳ và đặt một cân đối chứng, cần đơn vị có quả cân chuẩn làm.",
        {"jZo063": 2, "jZo055": 2, "jZo064": 1, "jZo058": 1},
    ),
    (
        "jZn34",
        "en",
        "met_eatsip_scale",
        "Distributor requires certified scales for our fish sauce and dried goods",
        "We pack fish sauce and dried fish in Tra Vinh and weigh every pack on a bench scale. A regional distributor now "
        "requires that products be weighed on officially certified, legal-for-trade scales. We need a local service that "
        "tests and certifies our scales.",
        {"jZo063": 2, "jZo064": 2, "jZo055": 2, "jZo058": 1},
    ),
    (
        "jZn35",
        "vi",
        "met_capnuoc",
        "Trạm cấp nước xã có nhiều đồng hồ nước đã dùng quá 5 năm",
        "Trạm cấp nước ở Cầu Kè phục vụ khoảng 1.500 hộ, phần lớn đồng hồ nước lắp từ 6-7 năm trước, dân than hóa đơn "
        "cao bất thường. Muốn biết đồng hồ nào phải kiểm định lại, thay mới, và thuê đơn vị kiểm định, niêm phong.",
        {"jZo066": 2, "jZo067": 2, "jZo055": 1},
    ),
    (
        "jZn36",
        "en",
        "met_vf_scale",
        "Shop's counter scale certificate expired; inspector gave a warning",
        "Our seafood shop at Tra Vinh market sells everything by weight. An inspector found the counter scale a few grams "
        "off and its certificate expired two weeks earlier, and warned that a second offence means a fine. We need the "
        "scale certified again and a simple routine so it never lapses.",
        {"jZo063": 2, "jZo064": 2, "jZo055": 2, "jZo058": 1},
    ),
    (
        "jZn37",
        "en",
        "met_formconn",
        "Rice mill needs inspection and certificates for its truck scale and platform scales",
        "Our rice mill in Tam Binh buys paddy over a 60-tonne truck scale and uses several platform scales in the "
        "warehouse. Farmers sometimes dispute weights. We want a service company to inspect all scales against standard "
        "weights and issue certificates each year.",
        {"jZo058": 2, "jZo063": 2, "jZo064": 2, "jZo055": 2},
    ),
    # --- trademarks, geographical indications, collective marks ---
    (
        "jZn38",
        "vi",
        "gi_vlbuoi",
        "Hội nông dân có nhãn hiệu bưởi rồi nhưng chưa biết quản lý cho hội viên dùng",
        "Hội nông dân huyện Vũng Liêm được cấp nhãn hiệu tập thể 'Bưởi da xanh Vũng Liêm' có hiệu lực 10 năm, vùng trồng "
        "hơn 326 ha ở nhiều xã. Nay cần quy chế cấp quyền dùng nhãn cho từng hộ, kiểm soát chất lượng và làm tem nhãn "
        "thống nhất để khỏi bị người ngoài dùng ké.",
        {"jZo079": 2, "jZo070": 2, "jZo072": 1, "jZo044": 1, "jZo069": 1},
    ),
    (
        "jZn39",
        "en",
        "gi_binhminh",
        "Nam Roi pomelo growers: protected name, but others use it freely",
        "Binh Minh Nam Roi pomelo has a registered geographical indication and sells above 20,000 dong per kg, bringing "
        "80-85 million dong per hectare. But fruit from elsewhere is sold under our name and nothing happens. Our "
        "growers' group wants to know how to enforce the indication and manage who may use it.",
        {"jZo074": 2, "jZo072": 2, "jZo073": 1, "jZo080": 1, "jZo069": 1},
    ),
    (
        "jZn40",
        "vi",
        "tv_sohuutritue",
        "Dưa hấu Cầu Ngang muốn được bảo hộ tên vùng",
        "Nông dân trồng dưa hấu ở Cầu Ngang nghe tỉnh có kế hoạch đăng ký chỉ dẫn địa lý cho dưa hấu. Hợp tác xã muốn "
        "chủ động phối hợp: khảo sát chất lượng riêng của dưa vùng mình, khoanh vùng trồng, chuẩn bị hồ sơ. Cần đơn vị "
        "có kinh nghiệm làm cho đặc sản trái cây.",
        {"jZo069": 2, "jZo071": 2, "jZo073": 1, "jZo072": 1, "jZo074": 1},
    ),
    (
        "jZn41",
        "en",
        "gi_sonla",
        "Peanut growers want a community brand to sell further and export",
        "Peanut farmers in Tra Vinh's sandy coastal communes sell raw nuts cheaply to traders. We hear other provinces "
        "protected their specialties with a place-name indication and collective marks and now export. We want help to "
        "build and protect a community brand, at home and abroad.",
        {"jZo069": 2, "jZo071": 2, "jZo080": 2, "jZo072": 1, "jZo079": 1, "jZo070": 1},
    ),
    (
        "jZn42",
        "vi",
        "tm_luatdanang",
        "Nộp đơn nhãn hiệu bao lâu thì có bằng, sợ người khác đăng ký trước",
        "Cơ sở bún, bánh canh ở Bình Minh có tên quen với khách gần 10 năm, nay có người mở tiệm bắt chước tên. Muốn "
        "đăng ký nhãn hiệu nhưng không biết thủ tục, thời gian xét đơn, lệ phí, có cần tra cứu trước không.",
        {"jZo075": 2, "jZo076": 2, "jZo077": 2, "jZo078": 2, "jZo087": 1},
    ),
    (
        "jZn43",
        "en",
        "gi_annam",
        "Small coconut growers never registered a brand; would a place-name protection help?",
        "Wax coconut growers in Cau Ke are small households; none has registered a trademark. Buyers pay much more for "
        "fruit they trust comes from our area. We wonder whether protecting the place name would push us to team up and "
        "market together, and who could file it.",
        {"jZo069": 2, "jZo073": 2, "jZo072": 2, "jZo074": 1, "jZo070": 1},
    ),
    (
        "jZn44",
        "en",
        "tm_minervas",
        "Seafood trader wants a word-and-logo mark, possibly protected abroad too",
        "Our dried seafood business in Duyen Hai plans a new brand with a logo for supermarkets and later export. We want "
        "to know what can be registered, whether to file directly in Vietnam or through the international system, how "
        "long it takes and what documents an agent needs.",
        {"jZo077": 2, "jZo076": 2, "jZo078": 2, "jZo075": 2, "jZo080": 1},
    ),
    # --- patents and utility solutions ---
    (
        "jZn45",
        "vi",
        "pat_binhthuan",
        "Nông dân chế hệ thống tưới phun cho vườn, muốn được cấp bằng bảo hộ",
        "Tôi ở Trà Ôn, mất 3 năm mày mò làm hệ thống tưới dùng chung một đường ống để tưới gốc, tưới ngọn và bón phân "
        "cho vườn cam, tiết kiệm khoảng 60% phân và nhiều nước. Bà con xin làm theo nhiều. Muốn đăng ký bảo hộ để "
        "không bị người khác làm ra bán.",
        {"jZo081": 2, "jZo083": 2, "jZo086": 2, "jZo084": 2, "jZo082": 1, "jZo087": 1},
    ),
    (
        "jZn46",
        "en",
        "pat_longan",
        "Mechanic built a low-cost water hyacinth harvester; wants protection",
        "A mechanic in Mang Thit spent almost two years building a boat-mounted machine that clears water hyacinth from "
        "canals at low cost, after a company project of 3 billion dong failed. Local officials suggested registering it. "
        "He needs help deciding what kind of protection fits and preparing the application.",
        {"jZo081": 2, "jZo083": 2, "jZo086": 2, "jZo082": 2, "jZo085": 1, "jZo127": 1},
    ),
    (
        "jZn47",
        "vi",
        "pat_caytay",
        "Che cay tay cai tien cho dat hep, khong biet du dieu kien xin bang khong",
        "Toi o Tieu Can che cai cay tay luoi thep cong, can rong ruot, dung cho ruong nho ma may cay lon khong vao duoc, "
        "xai duoc hon 10 nam. Co nguoi hoi mua ve ban. Muon biet co du dieu kien xin bang sang che hay chi giai phap "
        "huu ich, va ai lam giup.",
        {"jZo082": 2, "jZo083": 2, "jZo081": 2, "jZo086": 2, "jZo084": 1},
    ),
    (
        "jZn48",
        "en",
        "pat_havip",
        "Start-up with a new process for coconut sap: can a process be patented?",
        "Our student start-up in Tra Vinh found a new way to collect and concentrate coconut sap without it fermenting. "
        "Investors ask whether we own it. We want to know if a process, not only a machine, can be protected and how to "
        "file before we present at competitions.",
        {"jZo081": 2, "jZo082": 2, "jZo085": 2, "jZo084": 1, "jZo121": 1},
    ),
    # --- productivity tools (5S, Kaizen, lean, KPI) ---
    (
        "jZn49",
        "vi",
        "p_5s_hn",
        "Xưởng may bừa bộn, công nhân mất nhiều thời gian tìm đồ",
        "Xưởng may gia công ở Vĩnh Long có 60 công nhân. Vải vụn, thùng hàng, dụng cụ để lung tung, công nhân đi tìm kéo, "
        "chỉ, phụ liệu mất nhiều thời gian, lối đi chật. Muốn sắp xếp lại nơi làm việc cho gọn, sạch và giữ được lâu dài.",
        {"jZo088": 2, "jZo089": 2, "jZo092": 2, "jZo093": 2, "jZo091": 1, "jZo096": 1},
    ),
    (
        "jZn50",
        "en",
        "p_5s_garment",
        "Garment workshop: productivity falling, messy work areas",
        "Our garment workshop in Tra Vinh has about 40 sewing machines. Output per worker has dropped, work areas are "
        "cluttered and quality complaints are rising. We want a low-cost method to clean up, standardise the workplace "
        "and get workers involved in improvement.",
        {"jZo088": 2, "jZo092": 2, "jZo093": 2, "jZo089": 1, "jZo096": 1, "jZo095": 1},
    ),
    (
        "jZn51",
        "vi",
        "p_kpi_tahuyhung",
        "Muốn đánh giá nhân viên bằng chỉ số nhưng quản lý chưa hiểu cách làm",
        "Công ty thức ăn thủy sản ở Trà Vinh có 50 nhân viên, trước giờ đánh giá theo cảm tính. Ban giám đốc muốn đánh "
        "giá theo chỉ số đo lường kết quả, nhưng trưởng bộ phận chưa hiểu bản chất, sợ khó làm. Cần tư vấn xây dựng "
        "và đào tạo quản lý.",
        {"jZo090": 2, "jZo097": 2, "jZo098": 2, "jZo009": 1},
    ),
    (
        "jZn52",
        "en",
        "p_lean_cirp",
        "Brick and tile company tried to cut waste twice and failed",
        "Our brick and tile company in Mang Thit tried 'lean' twice following big-company guides; both attempts faded "
        "and workers lost confidence. We need an approach that fits a company of our size, with a clear roadmap.",
        {"jZo095": 2, "jZo094": 2, "jZo096": 1, "jZo009": 1, "jZo091": 1},
    ),
    (
        "jZn53",
        "vi",
        "p_kpi_ocd",
        "Cửa hàng 8 người có nên đặt chỉ tiêu đo kết quả không",
        "Cửa hàng vật tư nông nghiệp ở Tiểu Cần có 8 nhân viên, ai cũng kiêm nhiều việc. Muốn đặt chỉ tiêu cho từng "
        "người để biết ai làm tốt, nhưng sợ rườm rà như công ty lớn. Cần cách làm đơn giản, linh hoạt.",
        {"jZo097": 2, "jZo090": 2, "jZo098": 1, "jZo009": 1},
    ),
    (
        "jZn54",
        "en",
        "p_lean_qd",
        "Coconut processing plant: overproduction and stock piling up",
        "Our desiccated coconut plant in Cang Long produces in big batches; finished goods and packaging pile up in the "
        "warehouse while some orders still ship late. We want coaching to see where waste hides and change how we plan "
        "and run production.",
        {"jZo096": 2, "jZo094": 2, "jZo095": 2, "jZo009": 1, "jZo091": 1},
    ),
    (
        "jZn55",
        "vi",
        "p_5s_cncvina",
        "Đã làm sắp xếp gọn gàng nhưng vài tháng lại bừa như cũ",
        "Công ty gia công CNC ở Long Hồ từng phát động sắp xếp, vệ sinh nhà xưởng, lúc đầu rất gọn nhưng sau vài tháng "
        "lại bừa bộn. Cần cách chấm điểm, kiểm tra định kỳ và duy trì phong trào.",
        {"jZo089": 2, "jZo093": 2, "jZo088": 1, "jZo091": 1},
    ),
    (
        "jZn56",
        "vi",
        "p_kpi_xaydungso",
        "HTX muốn giao chỉ tiêu rõ ràng cho tổ bán hàng và tổ kỹ thuật",
        "HTX dịch vụ nông nghiệp ở Càng Long có tổ bán vật tư và tổ kỹ thuật hướng dẫn xã viên. Muốn đặt chỉ tiêu đo "
        "lường cụ thể cho từng tổ, theo dõi hằng tháng và gắn với thưởng.",
        {"jZo097": 2, "jZo090": 2, "jZo098": 2, "jZo009": 1},
    ),
    # --- energy audits and energy efficiency ---
    (
        "jZn57",
        "vi",
        "e_ctu",
        "Muốn lập bảng theo dõi điện mấy năm và tìm chỗ hao phí",
        "Nhà máy phân bón, thuốc bảo vệ thực vật ở Trà Vinh có trạm điện riêng. Tiền điện 3 năm liền tăng mà không biết "
        "hao ở khâu nào. Muốn lập bảng theo dõi điện năng từng khu, phân tích và có giải pháp kinh tế, kỹ thuật để giảm.",
        {"jZo099": 2, "jZo100": 2, "jZo107": 2, "jZo103": 2, "jZo101": 1, "jZo065": 1, "jZo068": 1},
    ),
    (
        "jZn58",
        "en",
        "e_feedgrain",
        "Feed mill: utility bills rising, old motors and grinders",
        "Our feed mill in Long Ho runs old motors, grinders, conveyors and a pellet mill. Utility costs are "
        "now our largest "
        "variable cost. We want a plan: audit, data tracking and staff commitment, not just one-off equipment purchases.",
        {"jZo103": 2, "jZo104": 2, "jZo105": 2, "jZo106": 1, "jZo102": 1, "jZo099": 1},
    ),
    (
        "jZn59",
        "vi",
        "e_baomoi",
        "Xuong xay xat lua tien dien cao, nghe noi co the tiet kiem 1/4",
        "Nha may xay xat lua gao o Tam Binh moi thang tra tien dien rat cao. Nghe noi doanh nghiep con tiem nang tiet "
        "kiem toi 25% neu do kiem tra nang luong, nhung chua biet ai lam, chi phi bao nhieu.",
        {"jZo099": 2, "jZo100": 2, "jZo102": 2, "jZo101": 1, "jZo103": 1, "jZo145": 1},
    ),
    (
        "jZn60",
        "en",
        "e_undp",
        "Brick and pottery kilns burn too much fuel and pollute",
        "The brick and pottery kilns along the Mang Thit river still fire with traditional methods; fuel costs eat our "
        "margins and neighbours complain about smoke. We want proven energy-efficient kiln technology and help with "
        "financing.",
        {"jZo108": 2, "jZo104": 2, "jZo101": 1, "jZo099": 1},
    ),
    (
        "jZn61",
        "vi",
        "e_recp_vnnews",
        "Xưởng giấy bao bì muốn giảm điện, than và nước thải",
        "Xưởng giấy, bao bì carton ở Vĩnh Long tốn nhiều điện, than cho lò hơi và thải nhiều nước. Nguyên liệu ngày càng "
        "đắt. Muốn có chuyên gia cùng rà soát để giảm lãng phí ngay tại nguồn, tái sử dụng và tiết kiệm điện.",
        {"jZo101": 2, "jZo099": 1, "jZo100": 1, "jZo104": 1},
    ),
    (
        "jZn62",
        "en",
        "e_greenq",
        "Ice plant offered a 'free' energy audit by an equipment vendor; want an independent one",
        "Our ice plant in Duyen Hai runs big compressors day and night. An equipment seller offered a free audit, but we "
        "suspect it will end in a purchase order. We want an independent audit that tells us what to fix first.",
        {"jZo103": 2, "jZo099": 2, "jZo100": 2, "jZo104": 2, "jZo106": 1},
    ),
    (
        "jZn63",
        "vi",
        "e_luatrongba",
        "Nhà máy thủy sản muốn đo kiểm năng lượng nhưng chưa rõ các bước",
        "Nhà máy chế biến tôm đông lạnh ở Trà Vinh muốn biết điện, dầu dùng ở khâu nào nhiều nhất để giảm giá thành. Chưa "
        "rõ các bước làm, phạm vi đo, thiết bị cần đo và ai đủ năng lực thực hiện.",
        {"jZo099": 2, "jZo100": 2, "jZo105": 2, "jZo104": 2, "jZo103": 1, "jZo106": 1},
    ),
    (
        "jZn64",
        "en",
        "e_hp_xmol",
        "Drying bananas and fish costs too much electricity",
        "Our workshop in Tra Vinh dries bananas, mango and some fish with electric hot-air cabinets. Drying "
        "is our biggest "
        "power bill and products sometimes darken. We want a lower-temperature dryer that saves energy and keeps quality.",
        {"jZo142": 2, "jZo143": 2, "jZo103": 1, "jZo099": 1},
    ),
    # --- e-commerce and digital transformation ---
    (
        "jZn65",
        "vi",
        "d_voso_hd",
        "Trái cây bị ách tắc đầu ra, muốn bán qua mạng",
        "Vườn chôm chôm, sầu riêng ở Bình Minh mùa này thương lái ép giá, có lúc không ai mua, trái để lâu mất chất "
        "lượng. Muốn đưa lên sàn thương mại điện tử bán thẳng cho người mua ở thành phố nhưng không biết cách đăng bán, "
        "giao hàng.",
        {"jZo114": 2, "jZo109": 2, "jZo116": 2, "jZo118": 2, "jZo115": 1},
    ),
    (
        "jZn66",
        "en",
        "d_sonla_plums",
        "Longan growers want to sell through live video with popular hosts",
        "Longan growers in Vung Liem saw another province sell 20 tonnes of plums in two days through a live "
        "video with an "
        "influencer. We want to organise the same, but also need rules so every online order gets good fruit.",
        {"jZo115": 2, "jZo116": 1, "jZo114": 1, "jZo118": 1, "jZo113": 1},
    ),
    (
        "jZn67",
        "vi",
        "d_taobao",
        "Chị em Khmer muốn học bán hàng qua điện thoại nhưng sợ học xong không ai kèm",
        "Nhóm phụ nữ Khmer ở Trà Cú làm bánh, dệt đồ thủ công muốn học bán hàng trên mạng, quay clip, phát trực tiếp. "
        "Trước đây có lớp tập huấn vài buổi rồi thôi. Cần người kèm cặp lâu dài, chỉ tận nơi.",
        {"jZo114": 2, "jZo115": 2, "jZo116": 2, "jZo113": 1, "jZo111": 1},
    ),
    (
        "jZn68",
        "en",
        "d_hanoitimes",
        "Small furniture firm wants to choose software for sales, invoices and staff",
        "We are a 20-person furniture maker in Vinh Long. Orders, invoices and attendance are all on paper and Zalo. We "
        "want to compare Vietnamese software platforms, try them and get advice on which fits a firm our size.",
        {"jZo110": 2, "jZo111": 2, "jZo112": 2, "jZo117": 2, "jZo119": 1},
    ),
    (
        "jZn69",
        "vi",
        "d_vietmaz_dx",
        "Doanh thu giảm một nửa, muốn chuyển đổi số mà không biết bắt đầu",
        "Doanh nghiệp nhỏ kinh doanh vật liệu xây dựng ở Trà Vinh bị mất khách, doanh thu giảm gần một nửa, vẫn phụ "
        "thuộc đại lý trung gian. Muốn đưa quản lý và bán hàng lên môi trường số nhưng không biết bắt đầu từ đâu, cần "
        "được tư vấn miễn phí hoặc có hỗ trợ.",
        {"jZo110": 2, "jZo111": 2, "jZo117": 2, "jZo112": 1, "jZo119": 1},
    ),
    (
        "jZn70",
        "en",
        "tv_ocop_baotintuc",
        "OCOP producer wants an online stall on the provincial site plus help with brand and barcode",
        "Our wax coconut candy got 3 stars in the OCOP programme in Cau Ke. We want to open a stall on the province's "
        "e-commerce site and join trade fairs, and we also need our trademark and barcodes sorted out first.",
        {"jZo109": 2, "jZo119": 2, "jZo114": 1, "jZo036": 1, "jZo075": 1, "jZo023": 1},
    ),
    # --- start-up incubation ---
    (
        "jZn71",
        "vi",
        "s_tvu_green",
        "Sinh viên có ý tưởng sản phẩm từ dừa nước, cần nơi ươm tạo và vốn ban đầu",
        "Nhóm sinh viên ở Trà Vinh làm thử sản phẩm từ dừa nước, được bạn bè khen. Muốn phát triển thành dự án khởi "
        "nghiệp nhưng thiếu chỗ làm, người cố vấn, vốn ban đầu và cơ hội dự thi.",
        {"jZo120": 2, "jZo121": 2, "jZo122": 2, "jZo123": 2, "jZo124": 1},
    ),
    (
        "jZn72",
        "en",
        "s_vl_vuonuom",
        "Food start-up has a working product but cannot commercialise it",
        "Our team in Vinh Long developed a shelf-stable snack from local milk and fruit. Research is done, but turning it "
        "into a business and transferring the method to farmers is hard. We are looking for an incubator with mentors "
        "and links to buyers.",
        {"jZo123": 2, "jZo120": 2, "jZo121": 2, "jZo124": 1, "jZo127": 1},
    ),
    (
        "jZn73",
        "vi",
        "s_launchrock",
        "Muon vao vuon uom nhung khong muon bi lay co phan",
        "Minh dang lam du an khoi nghiep nho o Chau Thanh, can cho lam viec, nguoi co van va dich vu chung "
        "trong vai thang "
        "toi vai nam, nhung khong muon nhuong co phan som. Can noi uom tao lau dai, khong chay theo khoa 3 thang.",
        {"jZo127": 2, "jZo125": 2, "jZo120": 2, "jZo124": 1, "jZo123": 1},
    ),
    (
        "jZn74",
        "en",
        "s_owiki",
        "Farm-machinery start-up needs space, management training and a path to investors",
        "We are three young mechanics in Tra On building small farm machines. We need affordable workspace, training in "
        "running a business, and introductions to investors later on.",
        {"jZo120": 2, "jZo121": 2, "jZo123": 2, "jZo125": 1, "jZo126": 1, "jZo127": 1},
    ),
    (
        "jZn75",
        "en",
        "s_grok",
        "Commune wants to start a small incubator and asks what actually works",
        "The youth union and commune office in Cau Ngang have an empty building and want to turn it into a "
        "small incubator "
        "for local start-ups. Before spending money we want a model and evidence on what services make incubated firms "
        "survive.",
        {"jZo125": 2, "jZo126": 2, "jZo124": 2, "jZo128": 1, "jZo121": 1},
    ),
]
