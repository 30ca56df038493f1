"""Needs for the holdout78 labelled set, set in Trà Vinh / Vĩnh Long.

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve, 1 = partly relevant.
Most needs paraphrase pages about other places and are set in the province (see make_holdout78.py).
"""

NEEDS = [
    # --- credit scoring and loan apps ---
    (
        "lBn01",
        "vi",
        "s_agribankVL",
        "Cần công cụ chấm điểm tín dụng nông hộ để giảm nợ xấu",
        "Quỹ tín dụng nhân dân của chúng tôi ở huyện Long Hồ (Vĩnh Long) cho vay chủ yếu hộ trồng lúa, cây ăn trái. Thẩm định hiện "
        "làm thủ công, dựa vào tài sản thế chấp, nợ quá hạn tăng khi mất mùa, giá xuống. Cần giải pháp chấm điểm tín dụng dựa trên dữ "
        "liệu diện tích, mùa vụ, vật tư, lịch sử bán hàng để xếp hạng rủi ro từng hộ trước khi cho vay.",
        {
            "lBo001": 2,
            "lBo003": 2,
            "lBo004": 2,
            "lBo009": 2,
            "lBo010": 2,
            "lBo012": 2,
            "lBo002": 1,
            "lBo005": 1,
            "lBo013": 1,
        },
    ),
    (
        "lBn02",
        "en",
        "s_bettr",
        "Unsecured working-capital loan for a household rice-trading business with thin records",
        "We run a family paddy-buying and milling business in Trà Ôn district. Sales are steady for years, but most is paid in cash, "
        "invoices are issued only sometimes and the ledger is handwritten, so the bank says our file is empty. We need a lender or "
        "product that can judge us on our real cash flow (we are starting to take QR transfers) rather than on land collateral.",
        {"lBo007": 2, "lBo015": 2, "lBo014": 2, "lBo008": 1, "lBo147": 1},
    ),
    (
        "lBn03",
        "vi",
        "s_sggp",
        "Hộ kinh doanh vật tư nông nghiệp cần vay vốn qua ứng dụng, tránh tín dụng đen",
        "Cửa hàng phân bón, thuốc BVTV của gia đình ở TP. Trà Vinh cần vốn xoay vòng mùa vụ nhưng không đủ tài sản thế chấp, nhiều lần "
        "phải vay nóng lãi cao. Muốn dùng phần mềm bán hàng và nhận tiền qua QR để có lịch sử dòng tiền, rồi vay hạn mức linh hoạt từ "
        "ngân hàng dựa trên dữ liệu đó.",
        {"lBo015": 2, "lBo007": 2, "lBo008": 1, "lBo014": 1, "lBo147": 1},
    ),
    (
        "lBn04",
        "en",
        "s_prism",
        "Fair digital credit scoring for Khmer and women farmers without land titles",
        "Our farmers' association in Trà Cú district has many Khmer members and women who farm family land without a title in "
        "their name. Banks reject them for lack of collateral and credit history. We want a scoring method that uses other data "
        "(phone and mobile-money use, crop records, character tests) and does not penalise them for missing land papers.",
        {"lBo002": 2, "lBo005": 2, "lBo009": 2, "lBo010": 2, "lBo013": 1, "lBo001": 1, "lBo012": 1},
    ),
    (
        "lBn05",
        "vi",
        "s_cta",
        "Can ung dung may tinh bang cho can bo tin dung tham dinh ho vay nhanh hon",
        "HTX dich vu nong nghiep o Cang Long co quy cho xa vien vay, can bo phai ghi giay, ve nha nhap lai, mat 1-2 tuan moi duyet. "
        "Can ung dung tren may tinh bang de di tung nha ghi dien tich, mua vu, phan bon, giong, tu tinh dong tien va muc rui ro, "
        "rut ngan thoi gian xet ho so.",
        {"lBo004": 2, "lBo005": 1, "lBo006": 1, "lBo012": 1, "lBo001": 1},
    ),
    (
        "lBn06",
        "en",
        "s_vnonline",
        "Fully online loan application with e-KYC for a coconut-processing SME",
        "Our coconut-candy and coconut-fibre workshop in Vĩnh Long needs short-term loans several times a year. Going to the "
        "branch with paper files takes days. We want to apply, verify identity, sign the contract and receive money fully online, "
        "with our data kept secure.",
        {"lBo008": 2, "lBo011": 1, "lBo014": 1, "lBo007": 1},
    ),
    # --- weather-index and yield crop insurance ---
    (
        "lBn07",
        "vi",
        "s_fftc",
        "HTX lúa vùng hạn mặn cần bảo hiểm cho lúa",
        "HTX nông nghiệp ở Cầu Ngang (Trà Vinh) có hơn 300 ha lúa giáp vùng ven biển, mùa khô 2019-2020 mặn xâm nhập sâu làm nhiều ruộng "
        "mất trắng mà không ai bù đắp. Xã viên muốn tham gia bảo hiểm lúa chi trả khi hạn hán, xâm nhập mặn gây thiệt hại, phí vừa "
        "sức, thủ tục bồi thường đơn giản.",
        {"lBo016": 2, "lBo018": 2, "lBo019": 2, "lBo020": 2, "lBo021": 2, "lBo017": 1, "lBo022": 1, "lBo033": 1},
    ),
    (
        "lBn08",
        "en",
        "s_inkl",
        "Weather-index insurance for a rice cooperative, paid from measured weather",
        "Our rice cooperative in Tiểu Cần district lost a crop to a late-season storm and waited months for a loss assessment that "
        "paid little. We want insurance that pays automatically when measured rainfall, wind or heat passes an agreed level, "
        "without field-by-field inspection.",
        {"lBo016": 2, "lBo020": 2, "lBo021": 2, "lBo031": 2, "lBo030": 2, "lBo022": 1, "lBo032": 1, "lBo034": 1},
    ),
    (
        "lBn09",
        "vi",
        "s_moj",
        "Tổ hợp tác muốn mua bảo hiểm lúa theo năng suất, có hỗ trợ phí",
        "Tổ hợp tác lúa ở Càng Long (Trà Vinh) gồm 45 hộ muốn mua bảo hiểm cho toàn bộ diện tích các vụ trong năm, bồi thường khi năng "
        "suất bình quân giảm do thiên tai, dịch bệnh; cần doanh nghiệp bảo hiểm triển khai theo cơ chế hỗ trợ phí của Nhà nước.",
        {"lBo017": 2, "lBo018": 1, "lBo019": 1, "lBo029": 1, "lBo024": 1, "lBo035": 1},
    ),
    (
        "lBn10",
        "en",
        "s_indexForum",
        "Commune-level area-yield data to insure contract rice growers",
        "Our rice seed company in Châu Thành (Trà Vinh) contracts about 800 ha with farmers. We want to offer them area-yield index "
        "cover, so we need reliable yield estimates per commune each season that an insurer will accept as the index.",
        {"lBo024": 2, "lBo029": 2, "lBo025": 2, "lBo026": 1, "lBo027": 1, "lBo028": 1},
    ),
    (
        "lBn11",
        "vi",
        "s_forumcrop",
        "Lua bi lu, mua tre, muon mua bao hiem cay trong",
        "Nha toi trong 2 ha lua o Cau Ke, may vu gan day mua dong luc tro bong, lua nga, nang suat giam mot nua. Nghe noi co bao "
        "hiem lua nhung khong biet mua o dau, dong bao nhieu, khi thiet hai thi boi thuong ra sao. Can cong ty bao hiem lua cho "
        "nong dan.",
        {"lBo017": 2, "lBo018": 2, "lBo019": 2, "lBo133": 1, "lBo016": 1},
    ),
    (
        "lBn12",
        "en",
        "s_earscYield",
        "Satellite damage assessment to settle rice claims quickly after floods",
        "Our insurance agency in Vĩnh Long handles rice policies for several districts. After floods we cannot visit every field "
        "and farmers wait too long. We need satellite-based mapping of damaged areas and yield loss to verify and settle claims fast.",
        {"lBo026": 2, "lBo027": 2, "lBo028": 2, "lBo036": 2, "lBo024": 1, "lBo025": 1, "lBo029": 1},
    ),
    (
        "lBn13",
        "vi",
        "s_inkl",
        "Doanh nghiệp xuất khẩu gạo muốn bảo hiểm thời tiết cho vùng nguyên liệu liên kết",
        "Công ty chế biến, xuất khẩu gạo ở Bình Minh (Vĩnh Long) bao tiêu 1.500 ha. Hạn hán, mưa trái mùa làm thiếu nguồn cung, nhà "
        "máy chạy dưới công suất. Cần sản phẩm bảo hiểm theo chỉ số thời tiết do doanh nghiệp đứng ra mua để bảo vệ sản lượng hợp đồng.",
        {"lBo021": 2, "lBo030": 2, "lBo020": 2, "lBo016": 1, "lBo031": 1},
    ),
    (
        "lBn14",
        "en",
        "s_fftc",
        "Crop insurance awareness training before an index insurance pilot",
        "Farmers in Trà Cú district remember an earlier rice insurance scheme that paid late and little, so few will join a new "
        "index insurance pilot. Our farmers' association needs a training and communication campaign explaining how index cover "
        "works, what triggers a payout and what it costs.",
        {"lBo023": 2, "lBo133": 2, "lBo033": 1, "lBo044": 1},
    ),
    (
        "lBn15",
        "vi",
        "s_webbaohiem",
        "HTX rau màu cần bảo hiểm theo chỉ số thời tiết cho dưa hấu, ớt",
        "HTX rau màu ở Tiểu Cần trồng dưa hấu, ớt trên đất giồng cát; nắng nóng kéo dài hoặc mưa dầm làm mất mùa nhưng chưa có sản "
        "phẩm bảo hiểm cho cây màu. Cần đơn vị thiết kế bảo hiểm theo chỉ số thời tiết (lượng mưa, số ngày nóng) phù hợp cây màu.",
        {"lBo022": 2, "lBo032": 2, "lBo030": 2, "lBo158": 1, "lBo016": 1},
    ),
    # --- livestock and aquaculture insurance ---
    (
        "lBn16",
        "vi",
        "s_tepbac1",
        "Hộ nuôi tôm thẻ cần bảo hiểm tôm nuôi để chia sẻ rủi ro",
        "Tôi nuôi 3 ao tôm thẻ chân trắng ở thị xã Duyên Hải, mấy vụ liền tôm chết sau hạn mặn, nợ tiền giống, thức ăn vài trăm triệu. "
        "Trước có tham gia bảo hiểm tôm thí điểm nhưng chính sách ngừng. Cần sản phẩm bảo hiểm tôm nuôi chi trả khi thiên tai, thời "
        "tiết bất lợi làm tôm chết.",
        {
            "lBo047": 2,
            "lBo048": 2,
            "lBo052": 2,
            "lBo051": 2,
            "lBo055": 1,
            "lBo049": 1,
            "lBo050": 1,
            "lBo057": 1,
            "lBo053": 1,
            "lBo054": 1,
        },
    ),
    (
        "lBn17",
        "vi",
        "s_lhhTV",
        "HTX nuôi tôm sú cần hướng dẫn tham gia bảo hiểm có hỗ trợ phí",
        "HTX thủy sản ở Cầu Ngang có nhiều hộ nghèo, cận nghèo nuôi tôm sú, tôm thẻ. Tỉnh có chính sách hỗ trợ phí bảo hiểm nông "
        "nghiệp nhưng xã viên không rõ điều kiện, mức hỗ trợ, rủi ro nào được bảo hiểm. Cần tài liệu, tập huấn và sản phẩm bảo hiểm "
        "tôm áp dụng hỗ trợ phí.",
        {"lBo047": 2, "lBo044": 2, "lBo055": 1, "lBo056": 1},
    ),
    (
        "lBn18",
        "en",
        "s_tepbac3",
        "Simpler shrimp insurance with automatic payout and little paperwork",
        "In our commune in Cầu Ngang, almost no poor shrimp households joined the earlier insurance pilot even with the premium "
        "fully subsidised, because of forms, conditions and inspections. We need a shrimp cover with few documents that pays "
        "automatically when a measured condition is reached.",
        {"lBo051": 2, "lBo052": 2, "lBo049": 1, "lBo053": 1, "lBo050": 1},
    ),
    (
        "lBn19",
        "en",
        "s_thuysanvn",
        "Commercial stock-mortality insurance for an intensive shrimp company",
        "Our company runs 20 ha of lined intensive shrimp ponds in Duyên Hải town. The state pilot scheme was built for small "
        "households. We need commercial cover for stock mortality from disease and environmental events, plus business "
        "interruption, from an insurer or broker.",
        {"lBo048": 2, "lBo054": 2, "lBo057": 2, "lBo047": 1, "lBo055": 1, "lBo051": 1},
    ),
    (
        "lBn20",
        "vi",
        "s_iraishrimp",
        "Trang trại tôm mật độ cao cần bảo hiểm mất điện, hỏng thiết bị, dịch bệnh",
        "Trang trại tôm công nghệ cao trong nhà màng ở Trà Vinh nuôi mật độ 300 con/m2; chỉ một lần mất điện vài giờ có thể mất cả ao. "
        "Các công ty bảo hiểm thường từ chối vì rủi ro cao. Cần gói bảo hiểm cho tôm nuôi, hạ tầng và gián đoạn sản xuất.",
        {"lBo057": 2, "lBo048": 2, "lBo055": 2, "lBo053": 1, "lBo054": 1, "lBo052": 1},
    ),
    (
        "lBn21",
        "vi",
        "s_ctuDemand",
        "Khảo sát nhu cầu và thiết kế sản phẩm bảo hiểm tôm cho tổ hợp tác",
        "Tổ hợp tác tôm quảng canh ở Trà Cú muốn làm việc với công ty bảo hiểm để có sản phẩm phù hợp. Cần đơn vị khảo sát nhu cầu, "
        "khả năng đóng phí của hộ và phối hợp các bên thiết kế sản phẩm bảo hiểm tôm.",
        {"lBo056": 2, "lBo050": 2, "lBo049": 1, "lBo047": 1},
    ),
    (
        "lBn22",
        "vi",
        "s_vietnambiz",
        "Hộ nuôi bò thịt cần bảo hiểm bò chết do dịch bệnh, thiên tai",
        "Gia đình nuôi 12 con bò lai Sind ở Trà Cú, vay ngân hàng để mua giống. Năm ngoái dịch viêm da nổi cục, lở mồm long móng làm "
        "nhiều hộ trong ấp mất bò. Cần bảo hiểm cho từng con bò khi chết do dịch bệnh hoặc thiên tai.",
        {"lBo037": 2, "lBo038": 2, "lBo040": 2, "lBo039": 2, "lBo041": 1, "lBo042": 1, "lBo043": 1},
    ),
    (
        "lBn23",
        "vi",
        "s_clauvisc",
        "Nuoi heo nai, so dich, muon mua bao hiem vat nuoi",
        "Nha toi nuoi 20 heo nai va heo thit o Vung Liem (Vinh Long). Dich ta, tai xanh lam hang xom mat trang. Muon mua bao hiem "
        "vat nuoi de khi heo chet vi dich benh hoac bi tieu huy theo lenh thi duoc boi thuong.",
        {"lBo037": 2, "lBo038": 2, "lBo039": 2, "lBo043": 1},
    ),
    (
        "lBn24",
        "en",
        "s_legs",
        "Index-based cover for beef cattle against heat and drought",
        "Our beef cattle group in Cầu Kè district loses weight gain and some animals in long hot, dry spells when grass fails. "
        "Individual claims need vet certificates we cannot easily get. We want an index-based livestock insurance that pays on a "
        "heat or forage index.",
        {"lBo045": 2, "lBo046": 2, "lBo039": 1, "lBo038": 1, "lBo040": 1},
    ),
    (
        "lBn25",
        "en",
        "s_ipsard",
        "Set up a mutual cattle insurance fund with vet services in a livestock cooperative",
        "Our livestock cooperative in Tam Bình (Vĩnh Long) has 150 member households raising cattle. Commercial premiums are too "
        "high, so we want to run our own member fund that pays for treatment and compensates deaths, with the cooperative's vet.",
        {"lBo041": 2, "lBo042": 2, "lBo043": 1, "lBo037": 1},
    ),
    (
        "lBn26",
        "vi",
        "s_aquahoy",
        "HTX nuôi cá lóc cần bảo hiểm cá chết hàng loạt",
        "HTX nuôi cá lóc, cá tra ở Trà Ôn (Vĩnh Long) từng mất nhiều ao do thiếu oxy khi trời âm u, dịch bệnh và lũ tràn bờ. Cần sản "
        "phẩm bảo hiểm cá nuôi trong ao cho xã viên.",
        {"lBo048": 2, "lBo054": 2, "lBo052": 2, "lBo057": 2, "lBo055": 1},
    ),
    (
        "lBn27",
        "en",
        "s_osmobot",
        "Insurer that will use our pond sensor data to cover shrimp",
        "Our shrimp farm in Cầu Ngang already logs dissolved oxygen, temperature and pH every 10 minutes. Insurers still refuse "
        "us. We want a product that uses this monitoring data, or measured water parameters as triggers, to insure the stock.",
        {"lBo052": 2, "lBo048": 2, "lBo053": 1, "lBo051": 1},
    ),
    # --- digital payments, QR and e-wallets ---
    (
        "lBn28",
        "vi",
        "s_kienthuc",
        "Ban quản lý chợ cần triển khai chợ 4.0 thanh toán bằng mã QR",
        "Ban quản lý chợ phường ở TP. Trà Vinh có khoảng 200 sạp. Khách trẻ hỏi chuyển khoản nhưng nhiều tiểu thương chưa có mã QR, "
        "sợ lỗi giao dịch, không biết tìm lại khách. Cần đơn vị phối hợp làm mã QR cho từng sạp, hướng dẫn sử dụng và xử lý sự cố.",
        {
            "lBo058": 2,
            "lBo060": 2,
            "lBo061": 2,
            "lBo071": 2,
            "lBo072": 2,
            "lBo059": 1,
            "lBo062": 1,
            "lBo068": 1,
            "lBo070": 1,
        },
    ),
    (
        "lBn29",
        "en",
        "s_eva",
        "Helping elderly market vendors accept QR payments",
        "At the town market in Cầu Kè many older vendors refuse QR payments; customers without cash then hand over large notes "
        "and vendors struggle with change. The market association wants patient, hands-on coaching and simple tools so older "
        "sellers can accept transfers confidently.",
        {"lBo072": 2, "lBo070": 2, "lBo061": 2, "lBo058": 1, "lBo130": 1},
    ),
    (
        "lBn30",
        "vi",
        "s_infonet",
        "Ban rau o cho que muon nhan tien qua ma QR",
        "Toi ban rau, ca o cho xa huyen Cang Long, khach hay hoi quet ma ma toi chua biet lam. Can nguoi huong dan tao ma QR tai "
        "khoan ngan hang, in ra de o sap, cach kiem tra tien da ve.",
        {"lBo059": 2, "lBo062": 2, "lBo058": 2, "lBo072": 1, "lBo065": 1, "lBo061": 1},
    ),
    (
        "lBn31",
        "en",
        "s_viettimes",
        "Pay members for delivered paddy by QR/bank transfer with automatic reconciliation",
        "Our rice cooperative in Tiểu Cần pays about 120 members for each paddy delivery in cash, counting bundles of notes at the "
        "warehouse. We want to generate a payment code for each delivery and have incoming and outgoing transfers matched to "
        "delivery numbers automatically in our records.",
        {"lBo063": 2, "lBo074": 2, "lBo064": 1, "lBo086": 1},
    ),
    (
        "lBn32",
        "vi",
        "s_pakistan",
        "Cửa hàng vật tư đã có mã QR nhưng nông dân ít dùng",
        "Cửa hàng vật tư nông nghiệp ở Châu Thành (Trà Vinh) được ngân hàng dán mã QR từ năm ngoái nhưng cả tuần chỉ vài người quét, "
        "nông dân vẫn trả tiền mặt. Cần giải pháp, chương trình hướng dẫn để khách hàng quen thanh toán không tiền mặt.",
        {"lBo070": 2, "lBo068": 2, "lBo072": 2, "lBo069": 1, "lBo060": 1},
    ),
    (
        "lBn33",
        "en",
        "s_lehboi",
        "Send and receive money by phone for households without bank accounts",
        "Households in remote hamlets of Duyên Hải have no bank account and the nearest branch is far. Family members working in "
        "Bình Dương send money home through intermediaries. We need a phone-based way to receive, send and cash out money locally.",
        {"lBo066": 2, "lBo067": 2, "lBo073": 1, "lBo065": 1},
    ),
    (
        "lBn34",
        "en",
        "s_text123vm",
        "Dynamic QR codes on our own order website for a dried-shrimp shop",
        "Our dried shrimp and fish sauce shop in Duyên Hải sells through a small website and Zalo. We want each order to show a "
        "QR code with the exact amount and order number that any bank app can pay, generated by our own system.",
        {"lBo063": 2, "lBo064": 2, "lBo074": 2, "lBo062": 1},
    ),
    (
        "lBn35",
        "vi",
        "s_vietnamnetQR",
        "Chợ trái cây muốn thí điểm mô hình chợ không dùng tiền mặt",
        "Chợ đầu mối trái cây ở Long Hồ (Vĩnh Long) có nhiều thương lái, du khách. Ban quản lý muốn thí điểm chợ không dùng tiền mặt: "
        "mỗi sạp có mã QR nhận tiền từ mọi ngân hàng và ví điện tử, có hỗ trợ bán hàng trực tuyến và gửi hàng.",
        {"lBo060": 2, "lBo061": 2, "lBo058": 2, "lBo071": 1, "lBo066": 1, "lBo067": 1},
    ),
    (
        "lBn36",
        "en",
        "s_ttv",
        "Cashless payments at a weekly farmers' market without buying POS terminals",
        "Vegetable growers who sell directly at the weekly market in Trà Cú want to accept payments by phone. Card terminals cost "
        "too much for such small sales, and registration is complicated. We need a simple QR or wallet solution for each grower.",
        {"lBo065": 2, "lBo059": 2, "lBo062": 2, "lBo069": 1, "lBo066": 1, "lBo067": 1},
    ),
    # --- cooperative accounting and bookkeeping software ---
    (
        "lBn37",
        "vi",
        "s_dantoc",
        "HTX đa ngành cần phần mềm kế toán quản lý vốn góp và phân phối lãi",
        "HTX nông nghiệp đa ngành ở Cầu Ngang (Trà Vinh) mới tổ chức lại theo Luật HTX 2023, có dịch vụ vật tư, thu mua ngô giống, "
        "tín dụng nội bộ. Kế toán làm trên Excel, khó theo dõi vốn góp từng thành viên và chia lãi theo mức sử dụng dịch vụ. Cần "
        "phần mềm kế toán dành cho HTX.",
        {"lBo076": 2, "lBo075": 2, "lBo082": 1, "lBo081": 1, "lBo088": 1, "lBo090": 1, "lBo147": 1},
    ),
    (
        "lBn38",
        "en",
        "s_newspapers",
        "Record each member's coconut deliveries and pay proceeds on time",
        "Our coconut marketing cooperative in Châu Thành (Trà Vinh) pools nuts from 200 members. Members distrust the handwritten "
        "books. We need a system that records every member's deliveries, grades and prices, keeps proper double-entry accounts "
        "and pays each member's proceeds quickly with clear statements.",
        {"lBo081": 2, "lBo083": 2, "lBo086": 2, "lBo082": 2, "lBo089": 2, "lBo075": 1, "lBo088": 1},
    ),
    (
        "lBn39",
        "vi",
        "s_farmstand",
        "Tổ hợp tác chưa có kế toán cần hướng dẫn ghi sổ cơ bản",
        "Tổ hợp tác rau an toàn ở Long Hồ có 25 thành viên, chưa có người làm kế toán, thu chi ghi lung tung trong vở. Cần tài liệu "
        "và hướng dẫn ghi sổ sách cơ bản, mẫu sổ thành viên, để tổ trưởng và tổ viên tự làm và kiểm tra được.",
        {"lBo078": 2, "lBo087": 2, "lBo080": 2, "lBo079": 2, "lBo077": 1},
    ),
    (
        "lBn40",
        "en",
        "s_ideabank",
        "Online share, savings and loan records for a credit-and-service cooperative",
        "Members of our cooperative in Mang Thít must come to the office to ask how much share capital and savings they have, "
        "what loan is due and when it becomes overdue. Paper ledgers have errors and could be lost to fire or termites. We want "
        "database software for shares, savings and loans that members can check.",
        {"lBo113": 2, "lBo114": 2, "lBo112": 2, "lBo118": 2, "lBo115": 1, "lBo116": 1, "lBo109": 1, "lBo079": 1},
    ),
    (
        "lBn41",
        "en",
        "s_rfilcComp",
        "Move a farmer cooperative from Excel to a membership and accounting system",
        "Our agricultural cooperative in Trà Ôn keeps member lists, input sales and produce purchases in several Excel files. We "
        "want a proper system for membership data linked to purchases, payments and accounts.",
        {
            "lBo085": 2,
            "lBo075": 2,
            "lBo076": 2,
            "lBo081": 2,
            "lBo082": 2,
            "lBo083": 2,
            "lBo089": 2,
            "lBo084": 1,
            "lBo088": 1,
        },
    ),
    (
        "lBn42",
        "vi",
        "s_ytho",
        "HTX cần phần mềm kế toán miễn phí, đơn giản",
        "HTX dừa ở Càng Long quy mô nhỏ, kinh phí ít, cần phần mềm kế toán miễn phí hoặc mã nguồn mở, ghi sổ kép, đủ để lập báo cáo "
        "theo chế độ kế toán HTX; có người hỗ trợ cài đặt ban đầu.",
        {"lBo088": 2, "lBo089": 2, "lBo083": 2, "lBo090": 1, "lBo076": 1},
    ),
    (
        "lBn43",
        "en",
        "s_ontario",
        "Record-keeping so the supervisory board can check the cooperative's accounts",
        "In our rice cooperative in Tiểu Cần only the manager understands the books. The new supervisory board needs a record "
        "system and training so it can check vouchers, stock and balances and report to members.",
        {"lBo079": 2, "lBo080": 2, "lBo078": 2, "lBo087": 2, "lBo077": 1},
    ),
    (
        "lBn44",
        "vi",
        "s_farmlens",
        "Phần mềm ghi lô hàng xã viên giao, tự tính tiền và trả qua chuyển khoản",
        "HTX thu mua dừa và bưởi ở Châu Thành cần phần mềm ghi từng lần xã viên giao hàng (khối lượng, loại, đơn giá), tự tính tiền, "
        "theo dõi cổ phần và chia lãi cuối năm, rồi chuyển tiền cho xã viên.",
        {"lBo082": 2, "lBo081": 2, "lBo086": 2, "lBo089": 2, "lBo083": 2, "lBo063": 1, "lBo074": 1},
    ),
    # --- supply-chain finance and warehouse receipts ---
    (
        "lBn45",
        "vi",
        "s_khoDBSCL",
        "HTX có kho muốn cấp biên nhận kho để xã viên cầm cố lúa vay vốn",
        "HTX lúa ở Trà Cú có kho chứa 2.000 tấn. Sau thu hoạch giá lúa thấp, xã viên phải bán ngay để trả nợ. Muốn nhận lúa gửi kho, "
        "cấp biên nhận để xã viên mang đi vay ngân hàng, chờ giá lên mới bán.",
        {"lBo092": 2, "lBo094": 2, "lBo098": 2, "lBo091": 2, "lBo093": 2, "lBo142": 1, "lBo097": 1},
    ),
    (
        "lBn46",
        "en",
        "s_miranda",
        "Inventory credit so farmers need not sell all paddy at harvest",
        "Our farmer group in Càng Long sells the whole harvest to traders at the lowest price of the season because members need "
        "cash immediately. We want a loan against paddy stored in a trusted warehouse so we can sell later.",
        {"lBo095": 2, "lBo096": 2, "lBo091": 2, "lBo092": 2, "lBo094": 2, "lBo097": 1, "lBo141": 1},
    ),
    (
        "lBn47",
        "en",
        "s_cmwhr",
        "Graded, bank-accepted warehouse receipts for a rice miller",
        "We are a rice miller and storage operator in Bình Minh. Banks will not lend against receipts from our private warehouse. "
        "We want a receipt system with grading and warehouse standards that banks accept as collateral.",
        {"lBo093": 2, "lBo091": 2, "lBo092": 2, "lBo106": 2, "lBo098": 1, "lBo142": 1, "lBo096": 1},
    ),
    (
        "lBn48",
        "vi",
        "s_abcf",
        "Doanh nghiệp bao tiêu muốn cấp vật tư trả chậm và thu nợ khi mua lúa",
        "Công ty lương thực ở Tiểu Cần liên kết 600 hộ trồng lúa. Muốn ứng trước giống, phân, thuốc cho nông dân và trừ nợ khi thu "
        "mua lúa, phối hợp ngân hàng để có vốn và hạn chế bán lúa cho thương lái khác.",
        {"lBo100": 2, "lBo101": 2, "lBo099": 2, "lBo103": 2, "lBo102": 2, "lBo105": 1},
    ),
    (
        "lBn49",
        "en",
        "s_fao",
        "Supply chain finance for supplier cooperatives backed by export contracts",
        "We export desiccated coconut from Vĩnh Long and buy from five cooperatives that lack working capital at harvest. We want "
        "banks to lend to them on the strength of our purchase contracts, with repayment deducted from our payments.",
        {"lBo099": 2, "lBo102": 2, "lBo103": 2, "lBo104": 2, "lBo105": 1, "lBo101": 1},
    ),
    (
        "lBn50",
        "vi",
        "s_newssum",
        "DNNVV chế biến thủy sản cần vốn lưu động từ khoản phải thu",
        "Doanh nghiệp chế biến tôm khô ở Duyên Hải bán cho nhà nhập khẩu trả chậm 60-90 ngày, vốn bị đọng trong khoản phải thu. Cần "
        "giải pháp tài trợ chuỗi cung ứng hoặc bao thanh toán dựa trên hóa đơn bán hàng.",
        {"lBo100": 2, "lBo104": 2, "lBo014": 1, "lBo007": 1, "lBo099": 1},
    ),
    (
        "lBn51",
        "vi",
        "s_hocday",
        "HTX muon lam kho gui lua va vay von the chap lua trong kho",
        "HTX lua o Tra Cu co san sau say, muon cho xa vien gui lua vao kho cua HTX, co giay xac nhan so luong, chat luong de ngan "
        "hang cho vay the chap, khong phai ban lua luc gia thap.",
        {"lBo092": 2, "lBo094": 2, "lBo098": 2, "lBo091": 2, "lBo141": 1, "lBo142": 1},
    ),
    (
        "lBn52",
        "en",
        "s_abcf",
        "Structured input-credit scheme for a seed and fertiliser dealer",
        "As an input dealer in Cầu Kè we already sell seed and fertiliser on informal credit to about 400 farmers and carry the "
        "risk ourselves. We want a structured input-credit scheme linked to buyers and a lender.",
        {"lBo101": 2, "lBo102": 2, "lBo100": 2, "lBo099": 2, "lBo006": 1, "lBo103": 1},
    ),
    # --- savings groups and microfinance tools ---
    (
        "lBn53",
        "vi",
        "s_123tcvmChina",
        "Hội phụ nữ xã muốn lập tổ tiết kiệm, vay vốn tự quản cho phụ nữ Khmer",
        "Hội phụ nữ một xã ở Trà Cú muốn giúp chị em Khmer nghèo tiếp cận vốn nhỏ mà không phải vay nặng lãi: lập nhóm tiết kiệm góp "
        "định kỳ, cho vay xoay vòng trong nhóm, công khai sổ sách. Cần đơn vị hướng dẫn thành lập và vận hành.",
        {"lBo107": 2, "lBo108": 2, "lBo117": 2, "lBo120": 2, "lBo119": 1, "lBo125": 1},
    ),
    (
        "lBn54",
        "en",
        "s_somaiya",
        "Phone app with backups for a savings group's ledger",
        "Our women's savings group in Cầu Ngang keeps one handwritten ledger at the treasurer's house; members argue about who "
        "paid what. We want a phone app that records contributions and loans, keeps backups and lets members see their balance.",
        {"lBo111": 2, "lBo112": 2, "lBo109": 2, "lBo110": 2, "lBo113": 1, "lBo114": 1},
    ),
    (
        "lBn55",
        "vi",
        "s_qtd",
        "Quỹ tín dụng nhân dân cần phần mềm lõi quản lý tiền gửi, khoản vay, vốn góp",
        "Quỹ tín dụng nhân dân ở Vũng Liêm có 3.000 thành viên, đang dùng phần mềm cũ rời rạc. Cần hệ thống quản lý sản phẩm tiết kiệm, "
        "khoản vay cá nhân và nhóm, vốn góp, chia cổ tức và kế toán tích hợp.",
        {"lBo114": 2, "lBo113": 2, "lBo115": 2, "lBo116": 2, "lBo118": 2, "lBo112": 1},
    ),
    (
        "lBn56",
        "en",
        "s_tcvm",
        "Open-source loan and savings platform for a microfinance programme",
        "A local microfinance programme in Trà Vinh serving 2,500 poor households needs an affordable platform for loan portfolio, "
        "savings, client records and field collection on mobile devices, without expensive licences.",
        {"lBo115": 2, "lBo116": 2, "lBo113": 2, "lBo114": 2, "lBo118": 1},
    ),
    (
        "lBn57",
        "vi",
        "s_somaiya",
        "Tổ tiết kiệm phụ nữ muốn ghi sổ góp vốn, vay, trả bằng điện thoại",
        "Tổ tiết kiệm 30 chị em ở Cầu Kè góp mỗi tháng, cho vay xoay vòng, sổ sách do một người giữ. Muốn dùng ứng dụng điện thoại để "
        "ghi góp vốn, vay, trả, mọi người tự xem số dư, không sợ mất sổ.",
        {"lBo110": 2, "lBo109": 2, "lBo111": 2, "lBo112": 2, "lBo114": 1},
    ),
    (
        "lBn58",
        "en",
        "s_kinhnghiem",
        "Bank linkage for women's self-help groups after they build savings",
        "Women farmers' groups in Tiểu Cần have saved together for two years. They now want a model in which a bank lends to the "
        "group based on its savings record, with group responsibility for repayment.",
        {"lBo117": 2, "lBo119": 2, "lBo108": 1, "lBo107": 1},
    ),
    # --- financial-literacy training ---
    (
        "lBn59",
        "vi",
        "s_khnh2",
        "Hội Nông dân cần chương trình tập huấn kiến thức tài chính cho hội viên",
        "Hội Nông dân huyện Càng Long muốn tổ chức lớp kiến thức tài chính cho hội viên: lập kế hoạch thu chi, tiết kiệm, vay vốn và "
        "trả nợ đúng hạn, tránh tín dụng đen. Cần giáo trình và giảng viên.",
        {"lBo132": 2, "lBo121": 2, "lBo123": 2, "lBo124": 2, "lBo125": 2, "lBo126": 2, "lBo127": 1, "lBo128": 1},
    ),
    (
        "lBn60",
        "en",
        "s_outlookmoney",
        "Money-management training for rural women",
        "The Women's Union of Trà Vinh city wants training for rural women on managing household income and spending, saving and "
        "using loans well; many members handle family money but have never had any financial training.",
        {"lBo122": 2, "lBo125": 2, "lBo126": 2, "lBo121": 2, "lBo129": 1, "lBo130": 1},
    ),
    (
        "lBn61",
        "vi",
        "s_userhub",
        "Tập huấn an toàn tài chính số cho chị em bị lừa chuyển tiền",
        "Hội phụ nữ ở Duyên Hải ghi nhận nhiều chị em bị lừa qua điện thoại, mất tiền trong tài khoản, lộ mã OTP. Cần lớp tập huấn sử "
        "dụng ứng dụng ngân hàng, ví điện tử an toàn và nhận biết thủ đoạn lừa đảo.",
        {"lBo129": 2, "lBo130": 2, "lBo131": 2, "lBo073": 2, "lBo121": 1},
    ),
    (
        "lBn62",
        "en",
        "s_sparkmoor",
        "Farm budgeting and record-keeping course for young farmers",
        "Our young farmers' club in Vũng Liêm wants a short course on farm budgets, keeping records of costs and sales, and "
        "planning cash flow for the next season.",
        {"lBo124": 2, "lBo123": 2, "lBo128": 2, "lBo132": 2, "lBo127": 1},
    ),
    (
        "lBn63",
        "vi",
        "s_bankviet",
        "Can lop tap huan lap ke hoach thu chi mua vu truoc khi vay",
        "Nong dan o Tra On hay vay von roi tieu vao viec khac, den mua thu hoach khong du tra. Can lop huong dan lap ke hoach thu chi, "
        "tinh dong tien mua vu, tiet kiem du phong truoc khi vay.",
        {"lBo132": 2, "lBo121": 2, "lBo126": 2, "lBo125": 2, "lBo123": 2, "lBo128": 1, "lBo127": 1},
    ),
    (
        "lBn64",
        "en",
        "s_sparkmoor",
        "Discussion materials about money for farmer field schools",
        "Facilitators of farmer field schools in Cầu Kè want illustrated discussion materials on money: cash flow, risk, saving "
        "and when a loan makes sense, to use in group sessions rather than lectures.",
        {"lBo127": 2, "lBo125": 2, "lBo126": 2, "lBo124": 1, "lBo132": 1},
    ),
    (
        "lBn65",
        "en",
        "s_khnh2",
        "Trainer's guide to teach savings-group members budgeting, saving and borrowing",
        "Savings-group leaders in Trà Cú need a trainer's guide with lessons and exercises so they can teach members budgeting, "
        "saving and borrowing themselves.",
        {"lBo125": 2, "lBo126": 2, "lBo127": 2, "lBo107": 1, "lBo108": 1},
    ),
    (
        "lBn66",
        "vi",
        "s_vnua",
        "Tập huấn cho xã viên hiểu bảo hiểm chỉ số trước khi tham gia",
        "HTX lúa ở Tiểu Cần chuẩn bị tham gia bảo hiểm lúa theo chỉ số. Xã viên chưa hiểu chỉ số là gì, khi nào được chi trả. Cần tài "
        "liệu và lớp tập huấn về bảo hiểm nông nghiệp cho nông dân.",
        {"lBo133": 2, "lBo023": 2, "lBo044": 2, "lBo035": 1, "lBo033": 1},
    ),
    (
        "lBn67",
        "en",
        "s_somaiya",
        "Digital finance skills for cooperative members",
        "Members of our cooperative in Mang Thít, mostly middle-aged, have bank accounts but do not trust or know how to use "
        "mobile banking and e-wallets. We want hands-on sessions on using them safely.",
        {"lBo131": 2, "lBo130": 2, "lBo073": 2, "lBo129": 1, "lBo072": 1},
    ),
    # --- further needs across sub-topics ---
    (
        "lBn68",
        "en",
        "s_kr",
        "Quick small business loan on the phone instead of informal lenders",
        "I run a grocery and farm-input shop in Cầu Ngang. When I need VND 30-50 million for a few weeks I borrow from informal "
        "lenders at high interest. I want a bank loan I can apply for and receive on my phone, based on my shop's sales.",
        {"lBo008": 2, "lBo015": 2, "lBo007": 2, "lBo014": 1},
    ),
    (
        "lBn69",
        "vi",
        "s_gadomo",
        "Doanh nghiệp thu mua muốn dùng dữ liệu sản xuất của nông dân liên kết để ngân hàng cho vay",
        "Công ty thu mua ớt, dưa lưới ở Trà Vinh liên kết 300 hộ. Nông dân cần vốn đầu vụ nhưng ngân hàng không có thông tin. Công ty "
        "muốn ghi nhận dữ liệu canh tác, lượng giao hàng của từng hộ để ngân hàng chấm điểm và cho vay.",
        {"lBo001": 2, "lBo012": 2, "lBo006": 2, "lBo004": 1, "lBo102": 1},
    ),
    (
        "lBn70",
        "en",
        "s_indexForum",
        "Parametric storm and heavy-rain insurance for a pomelo orchard cooperative",
        "Our green-skin pomelo cooperative in Vĩnh Long lost fruit and trees to storms and prolonged heavy rain. Orchards have no "
        "yield insurance. We want a parametric product that pays on measured rainfall or wind.",
        {"lBo031": 2, "lBo032": 2, "lBo022": 2, "lBo030": 2, "lBo029": 1},
    ),
    (
        "lBn71",
        "en",
        "s_aquahoy",
        "Insurance for mass mortality of farmed clams",
        "Our clam-farming cooperative on the Duyên Hải coast has lost whole beds to heat and freshwater floods. We want an "
        "insurer or broker that covers mollusc farms.",
        {"lBo054": 2, "lBo048": 2, "lBo052": 1, "lBo057": 1},
    ),
    (
        "lBn72",
        "vi",
        "s_lehboi",
        "HTX muốn thu phí dịch vụ bơm tưới, giống từ xã viên qua mã QR",
        "HTX dịch vụ nông nghiệp ở Trà Ôn thu phí bơm tưới, tiền giống của 300 xã viên bằng tiền mặt, dễ thất thoát. Muốn mỗi khoản thu "
        "có mã QR riêng, tiền về tài khoản HTX và tự đối chiếu với danh sách xã viên.",
        {"lBo074": 2, "lBo063": 2, "lBo062": 2, "lBo082": 1},
    ),
    (
        "lBn73",
        "en",
        "s_mitosis",
        "Member equity statements and patronage refunds for a fruit cooperative",
        "Our fruit cooperative in Cầu Kè must show each member's capital and distribute surplus according to how much each member "
        "used the cooperative's services. We need accounting that handles member equity and patronage refunds.",
        {"lBo075": 2, "lBo076": 2, "lBo077": 1, "lBo081": 1},
    ),
    (
        "lBn74",
        "vi",
        "s_kinhnghiem",
        "Nhóm hụi muốn chuyển sang mô hình nhóm tiết kiệm minh bạch",
        "Nhóm 20 chị em ở Tam Bình chơi hụi nhiều năm, từng bị giật hụi. Muốn chuyển sang mô hình nhóm tiết kiệm, cho vay trong nhóm "
        "có quy chế, sổ sách công khai, tự quản lý.",
        {"lBo107": 2, "lBo108": 2, "lBo117": 2, "lBo110": 1, "lBo125": 1},
    ),
    (
        "lBn75",
        "en",
        "s_clauvisc",
        "Explain livestock insurance to farmers before they join",
        "Cattle and pig farmers in Trà Cú ask whether livestock insurance is worth the premium and how claims work. The commune "
        "extension team needs handbooks and training on livestock insurance and premium support for smallholders.",
        {"lBo044": 2, "lBo043": 1, "lBo037": 1},
    ),
    (
        "lBn76",
        "vi",
        "s_moj",
        "Cần sổ tay hướng dẫn chính sách hỗ trợ phí bảo hiểm nông nghiệp cho cán bộ xã",
        "Cán bộ khuyến nông các xã ở Cầu Kè cần tài liệu dễ hiểu về các nghị định, quyết định hỗ trợ phí bảo hiểm nông nghiệp, đối "
        "tượng được hỗ trợ, quy trình tham gia và bồi thường để hướng dẫn nông dân.",
        {"lBo044": 2, "lBo017": 1, "lBo035": 1},
    ),
    (
        "lBn77",
        "en",
        "s_panoply",
        "Character-based credit test for young farmers without collateral",
        "Our small credit fund in Tiểu Cần wants to lend to young farmers who rent land and have no collateral or borrowing "
        "history. We are looking for a tested character or psychometric assessment, done on a tablet, that predicts repayment "
        "and has been validated against real arrears.",
        {"lBo005": 2, "lBo001": 1, "lBo012": 1, "lBo013": 1},
    ),
    (
        "lBn78",
        "en",
        "s_clauvisc",
        "Heat-index insurance for a laying-hen farm",
        "Our 8,000-hen layer farm in Long Hồ (Vĩnh Long) loses egg output and some birds in every heatwave, and cooling costs "
        "rise. We want an insurance product that pays automatically when temperature stays above a set level.",
        {"lBo046": 2, "lBo045": 1, "lBo037": 1},
    ),
    (
        "lBn79",
        "vi",
        "s_moj",
        "Cần khảo sát mức sẵn lòng mua bảo hiểm lúa của nông hộ trước khi triển khai",
        "Phòng nông nghiệp cùng HTX ở Cầu Ngang muốn biết nông dân có sẵn lòng mua bảo hiểm lúa không, chịu được mức phí bao nhiêu, yếu "
        "tố nào (diện tích, hỗ trợ phí, khuyến nông) ảnh hưởng quyết định, để chọn sản phẩm phù hợp cho vùng hạn mặn.",
        {"lBo033": 2, "lBo034": 1, "lBo056": 1, "lBo035": 1},
    ),
    (
        "lBn80",
        "en",
        "s_thuysanvn",
        "Convene insurers and shrimp farmers to draft a shrimp policy",
        "The shrimp farmers' association in Trà Vinh wants to bring insurers and farmers together to draft a shrimp insurance "
        "policy, using data showing that farms following good practices and using clean seed are insurable, and then agree on "
        "premiums.",
        {"lBo050": 2, "lBo049": 1, "lBo056": 1, "lBo047": 1},
    ),
    (
        "lBn81",
        "en",
        "s_outlookmoney",
        "End-of-season cash-flow reflection session for a farmer group",
        "After each harvest our vegetable group in Châu Thành (Trà Vinh) wants a short hands-on session where members look back "
        "at their season's cash flow and plan the next one, with simple worksheets or discussion booklets.",
        {"lBo128": 2, "lBo127": 2, "lBo124": 1, "lBo132": 1, "lBo126": 1},
    ),
    (
        "lBn82",
        "vi",
        "s_123tcvmChina",
        "Thiết kế sản phẩm vay vi mô và điểm thu vốn tại ấp cho hộ nghèo",
        "Chương trình tài chính vi mô của một tổ chức xã hội ở Trà Cú muốn thiết kế lại sản phẩm: khoản vay nhỏ tín chấp kèm tiết kiệm "
        "bắt buộc, tăng hạn mức theo lịch sử trả nợ, điểm thu phát vốn ngay tại ấp, lịch trả phù hợp thu nhập của hộ.",
        {"lBo119": 2, "lBo120": 1, "lBo118": 1, "lBo115": 1},
    ),
]
