"""Offers of the holdout112 labelled set: (id, language, source key, title, description)."""

OFFERS = [
    # ---- playgrounds, surfacing, inspection
    (
        "mJo001",
        "vi",
        "thiendang_tcvn3907",
        "Tư vấn thiết kế trường mầm non theo TCVN 3907:2011",
        "Đơn vị tư vấn thiết kế cung cấp bản tiêu chuẩn TCVN 3907:2011 (Trường mầm non – Yêu cầu thiết kế) và hỗ trợ "
        "chủ đầu tư áp dụng khi lập quy hoạch khuôn viên: bố trí khối nhóm lớp, khối phục vụ, bếp, sân chơi chung và "
        "sân chơi riêng của các nhóm, lối đi, hàng rào, để hồ sơ thiết kế được thẩm định thuận lợi.",
    ),
    (
        "mJo002",
        "vi",
        "vgtrides_list",
        "Cung cấp trọn bộ thiết bị sân chơi trẻ em theo lứa tuổi",
        "Doanh nghiệp sản xuất thiết bị vui chơi giới thiệu danh mục cho công viên, trường học và khu dân cư: cầu "
        "trượt, xích đu, bập bênh, khung leo, thang, vòng xoay, lưới leo và các cụm liên hoàn đa năng. Tư vấn chọn vật "
        "liệu, chọn mẫu theo độ tuổi và tiêu chuẩn an toàn, bố trí sao cho trẻ vận động, giữ thăng bằng và chơi theo nhóm.",
    ),
    (
        "mJo003",
        "vi",
        "vgtrides_types",
        "Tư vấn lựa chọn thiết bị vui chơi trong nhà và ngoài trời",
        "Dịch vụ tư vấn so sánh thiết bị sân chơi trong nhà và ngoài trời theo mục đích sử dụng, mức an toàn, chất liệu, "
        "chi phí đầu tư và xu hướng thiết kế mới, giúp trường học hoặc khu dân cư chọn cấu hình phù hợp với diện tích và "
        "điều kiện thời tiết.",
    ),
    (
        "mJo004",
        "vi",
        "mekongsport",
        "Thi công khu vui chơi ngoài trời an toàn cho trẻ em",
        "Nhà thầu thi công khu vui chơi trọn gói: khảo sát chọn vị trí đủ rộng, tránh xa đường đông xe, ao hồ, hố sâu và "
        "nơi có nguy cơ vật rơi; làm rào bao quanh để trẻ không tự ra ngoài; chỉ lắp thiết bị chính hãng có chứng nhận "
        "tuân thủ tiêu chuẩn an toàn; nghiệm thu theo bộ tiêu chí an toàn trước khi bàn giao.",
    ),
    (
        "mJo005",
        "en",
        "rec_groundzero",
        "IPEMA-certified playground safety surfacing supply and installation",
        "Surfacing supplier installing loose-fill (sand, gravel, rubber chips, engineered wood fibre) or unitary "
        "surfaces under play equipment. All products carry IPEMA certification against the ASTM F1292 and F1951 "
        "surface tests; the team helps owners weigh the pros and cons of each type for their site and users, since no "
        "single surface is perfect and hard ground such as concrete or packed earth is no longer acceptable.",
    ),
    (
        "mJo006",
        "en",
        "rec_safekeeping",
        "Poured-in-place rubber, wood fibre and rubber mulch surfaces for play areas",
        "Installer of impact-absorbing surfaces for playgrounds: loose fill (engineered wood fibre, loose-fill rubber, "
        "sand, pea gravel) and unitary systems (rubber tiles, padded artificial turf, poured-in-place rubber). Cited "
        "figures: more than 200,000 children aged 14 and under treated in emergency departments each year for "
        "playground injuries, over 20,000 of them traumatic brain injuries, about 70 percent caused by falls.",
    ),
    (
        "mJo007",
        "en",
        "rec_creative",
        "Fall-protection surfacing sized to the critical height of equipment",
        "Surface design service that matches the depth and type of cushioning to the critical fall height of each "
        "piece of equipment, covering both climbing zones and areas where children run, roll and sit. Based on NPPS "
        "data: falls to the surface behind nearly 70 percent of reported playground injuries and 53 percent of public "
        "playground injuries linked to climbing equipment; schools and childcare centres are the most scrutinised sites.",
    ),
    (
        "mJo008",
        "en",
        "abcreative",
        "Accessible playground surfacing: engineered wood fibre, rubber mulch or poured rubber",
        "Playground contractor offering ADA-compliant surfacing options. Loose fill (engineered wood fibre, shredded "
        "rubber mulch from used tyres) is cheaper and quick to install but must be topped off to keep the required depth "
        "and wood fibre decays over time; unitary poured-in-place rubber gives easier access for children using "
        "mobility devices. Includes a maintenance plan for each option.",
    ),
    (
        "mJo009",
        "vi",
        "koochie_epdm",
        "Thi công sàn cao su an toàn EPDM cho sân chơi",
        "Đơn vị thi công sàn cao su an toàn hai lớp trên nền bê tông có rãnh và độ dốc thoát nước: lớp dưới bằng hạt cao "
        "su SBR tái sinh từ lốp xe cũ để tạo độ dày hấp thụ lực, lớp trên bằng hạt EPDM màu cỡ 1–4 mm liên kết bằng keo "
        "polyurethane. Độ dày được chọn theo chiều cao rơi tự do (FFH/CFH) của thiết bị; mặt sàn chống trơn, chịu thời "
        "tiết, tạo hình họa tiết theo yêu cầu, chi phí bảo dưỡng thấp.",
    ),
    (
        "mJo010",
        "vi",
        "quanmach_epdm",
        "Sàn EPDM giảm chấn 20–50 mm cho sân chơi ngoài trời",
        "Nhà thầu cung cấp và thi công sàn cao su EPDM phủ trên nền bê tông hoặc asphalt, tổng dày 20–50 mm: 10–40 mm hạt "
        "SBR làm lớp đệm và 10 mm hạt EPDM làm lớp mặt, trộn keo PU tại công trình. Hạt SBR cỡ 1–5 mm lấy từ lốp ô tô phế "
        "liệu, không dùng loại chứa dầu paraffin vì làm giảm khoảng một nửa độ bám của keo; hạt EPDM chọn loại chống mài mòn.",
    ),
    (
        "mJo011",
        "vi",
        "longlong_hic",
        "Sân chơi từ hạt cao su tái chế có chứng chỉ HIC",
        "Nhà sản xuất giới thiệu là đơn vị đầu tiên tại Việt Nam có chứng chỉ HIC (chỉ số chấn thương đầu) cho sản phẩm "
        "dùng ở sân chơi trẻ em. Cung cấp hai giải pháp từ hạt cao su tái chế: sân EPDM đổ liền và gạch cao su lát, thiết "
        "kế để mặt sân hấp thụ va đập khi trẻ ngã theo tinh thần tiêu chuẩn EN 1177 (bề mặt) và EN 1176 (thiết bị).",
    ),
    (
        "mJo012",
        "en",
        "rospa_inspection",
        "Playground inspection programme to EN 1176-7 with staff training",
        "Safety organisation offering a tiered inspection system for children's play areas: routine checks at least "
        "weekly by site staff using a supplier or RoSPA checklist, more detailed operational inspections (about "
        "quarterly), and an independent annual inspection. Inspections cover the whole site, including paths, fences "
        "and seats, and training is provided for staff who do the routine checks.",
    ),
    (
        "mJo013",
        "en",
        "sicherheitsblick_faq",
        "Certified playground inspections for kindergartens and schools (EN 1176 / EN 1177)",
        "Inspection firm for operators of playgrounds (municipalities, kindergartens, schools): daily-to-weekly visual "
        "checks by trained staff, operational inspections monthly to quarterly, and an annual main inspection of "
        "foundations, wear and standards compliance carried out by a certified inspector. Defects are fixed at once or "
        "the equipment is closed off; every inspection is documented as evidence.",
    ),
    (
        "mJo014",
        "en",
        "aiju_enclosed",
        "Accredited inspection of fully enclosed indoor play equipment and ball pools",
        "Technological institute accredited by ENAC to inspect and certify totally enclosed play equipment such as ball "
        "pools and soft-play frames installed indoors or outdoors in leisure centres and restaurants. The yearly audit "
        "covers the equipment, its installation, maintenance management and material wear against EN 1176 parts.",
    ),
    (
        "mJo015",
        "vi",
        "dantri_lanbanh",
        "Sân chơi tái chế từ lốp xe cho trẻ em vùng khó khăn",
        'Nhóm thiện nguyện "Lăn bánh ước mơ" trong 6 năm đã làm 22 sân chơi tái chế cho trẻ ở miền núi, biên giới, hải '
        "đảo. Lốp xe cũ, ván gỗ, pallet, thùng phi, dây thừng được làm sạch, gia công và sơn thành các mô-đun liên hoàn: "
        "cầu trượt, xích đu, cầu thăng bằng, bập bênh, tường lốp, thang đu; có thể lồng yếu tố văn hóa địa phương như "
        "xích đu cao 5 m mô phỏng cây đu của người Mông.",
    ),
    (
        "mJo016",
        "vi",
        "vov_lanbanh",
        "Thiết kế và lắp đặt mô-đun đồ chơi từ lốp xe cho điểm trường",
        "Dự án khảo sát điểm trường thiếu chỗ chơi, cùng địa phương chuẩn bị mặt bằng, thiết kế các mô-đun lốp (voi, bập "
        "bênh, cầu trượt, xích đu) theo độ tuổi tại xưởng rồi vận chuyển lên lắp đặt; đã làm 17 sân trong 5 năm. Lốp có độ "
        "đàn hồi và bền ngoài trời; sau 2–3 năm khi lốp mủn thì chuyển thành bồn hoa, chậu cây.",
    ),
    (
        "mJo017",
        "en",
        "vnnet_haiduong_tyres",
        "Youth-union workshop turning old tyres into school playground equipment",
        "District youth union in Hai Duong collects discarded tyres and converts them into playground pieces for local "
        "schools and residential areas; since the start of the year it has equipped six sites. The equipment is "
        "presented as supporting children's physical and mental development while teaching recycling.",
    ),
    (
        "mJo018",
        "vi",
        "baotintuc_haiduong_lop",
        "Chương trình tái chế 500 lốp xe thành sân chơi cho trường mầm non",
        'Chương trình "Hành trình thứ hai của lốp xe" (tháng 5–12/2022) đặt mục tiêu tái chế ít nhất 500 lốp xe đã qua sử '
        "dụng: vận động tiệm sửa xe quyên góp lốp hỏng, nhà hảo tâm ủng hộ sơn, sắt, dây xích, dây nhựa; đoàn viên gia "
        "công thành xích đu, bập bênh, cầu trượt và trao cho trường mầm non, khu vui chơi trong khu dân cư.",
    ),
    (
        "mJo019",
        "vi",
        "daiviet_maytap",
        "Máy tập thể dục công viên cho khu dân cư",
        "Nhà cung cấp máy tập công viên bằng sắt thép chịu lực sơn chống gỉ, bền ngoài trời, gồm nhóm thiết bị tập toàn "
        "thân, tập riêng từng nhóm cơ, cardio, thể hình, khởi động và massage thư giãn; lắp cho công viên, khu dân cư để "
        "người dân tập luyện miễn phí.",
    ),
    (
        "mJo020",
        "vi",
        "dungcucongvien_cautao",
        "Gia công máy tập ngoài trời khung thép mạ kẽm",
        "Xưởng gia công dụng cụ thể thao công viên: khung thép dày 2,0–3,5 mm mạ kẽm hoặc sơn tĩnh điện, liên kết hàn và "
        "bulong, chân neo chôn trong móng bê tông sâu 50–70 cm; hướng dẫn chọn, bảo trì và sử dụng an toàn cho đơn vị quản lý.",
    ),
    (
        "mJo021",
        "en",
        "orbitreads_fitness",
        "Outdoor fitness path equipment and user safety guidance",
        "Supplier of outdoor fitness equipment for public fitness paths, with usage rules: stabilise and sign equipment, "
        "warm up for 10–15 minutes, keep the pulse below about 110 and no more than 120 beats per minute, and report any "
        "loose or abnormal equipment to the site manager.",
    ),
    # ---- school kitchens, food safety, water, hygiene
    (
        "mJo022",
        "vi",
        "haiminh_bepcn",
        "Thiết kế, thi công bếp công nghiệp một chiều cho trường học",
        "Công ty cơ khí thiết kế, sản xuất và lắp đặt bếp công nghiệp cho nhà hàng, khách sạn, trường học, bệnh viện theo "
        "ISO 9001:2015: bố trí luồng một chiều, chọn gas hay bếp từ, giải pháp điện nước và thông gió đồng bộ, công suất "
        "từ hàng trăm đến hàng nghìn suất ăn mỗi ngày. Khảo sát và báo giá trong 24 giờ, kèm mô hình chi phí vòng đời 3–5 "
        "năm và danh mục nghiệm thu VSATTP, PCCC.",
    ),
    (
        "mJo023",
        "vi",
        "daiviet_bepcn",
        "Bố trí bếp ăn tập thể theo dòng một chiều chuẩn HACCP",
        "Đơn vị gia công inox 304 thiết kế bếp tập thể theo khu vực một chiều kho → sơ chế → chế biến → rửa → xuất, hạn "
        "chế giao cắt sống–chín–rác, kèm hướng dẫn vật liệu, thông gió, vệ sinh và PCCC; có bản vẽ 2D/3D trước khi thi công "
        "để bếp đạt yêu cầu HACCP khi phục vụ số lượng suất ăn lớn.",
    ),
    (
        "mJo024",
        "vi",
        "haiminh_nhahangnho",
        "Thiết kế bếp nhà hàng nhỏ diện tích hạn chế",
        "Dịch vụ thiết kế bếp cho nhà hàng nhỏ: gom thành 6 khu (bảo quản, sơ chế, nấu, ra món, rửa, phụ trợ) theo dây "
        "chuyền một chiều, chọn bếp Á, bếp từ, bếp chiên theo thực đơn, gia công inox SUS304 may đo, bản vẽ 2D/3D theo mặt "
        "bằng và báo giá trong 24 giờ.",
    ),
    (
        "mJo025",
        "vi",
        "dienmay_dishwasher",
        "Máy rửa chén công nghiệp khử trùng nhiệt cho bếp ăn tập thể",
        "Nhà phân phối thiết bị bếp cung cấp máy rửa chén công nghiệp cho cơ sở phục vụ số lượng lớn: rửa bằng tia nước "
        "nóng kèm chất tẩy chuyên dụng ở 65–71 °C, tráng lần cuối tăng áp tới 82 °C hoặc dùng hóa chất khử trùng, sau đó "
        "sấy khô, giúp bát đĩa, thìa được làm sạch và diệt khuẩn đồng đều.",
    ),
    (
        "mJo026",
        "vi",
        "quantrimang_dishwasher",
        "Máy rửa bát gia đình nhiều chế độ",
        "Máy rửa bát dùng trong gia đình: xếp bát đĩa vào giá, máy tự cấp nước, làm nóng, phun áp lực, xả và tráng rồi "
        "sấy bằng khí nóng; có các chế độ rửa sâu, rửa tiết kiệm, rửa cốc, rửa tự động theo độ bẩn.",
    ),
    (
        "mJo027",
        "en",
        "cfs_hk",
        "Good hygiene practice guide and training for on-site school kitchens",
        "Food safety authority material and training for schools that cook on site: risks of bulk cooking (uneven "
        "heating, food left in the 4–60 °C danger zone, slow cooling), separation of raw and cooked food, buying from "
        "licensed suppliers, checking expiry dates, labels and packaging on receipt, proper storage, and supervision and "
        "training of food handlers.",
    ),
    (
        "mJo028",
        "en",
        "standrews_food",
        "Food preparation and dining policy templates for children's programmes",
        "Ready-to-adopt procedures used by a children's club: hand washing before and after handling food, ill staff or "
        "staff with open wounds kept out of food prep, antibacterial cleaning of surfaces with disposable cloths, "
        "separate chopping boards for raw and cooked foods, covered serving, individual plates and cups, no sharing of "
        "food, and daily kitchen disinfection.",
    ),
    (
        "mJo029",
        "en",
        "nd_foodsafety_schools",
        "Food Safety in Schools – 8-hour sanitation course for kitchen staff",
        "Eight-hour course (the updated 'Serving it Safe') for school nutrition employees on foodborne illness, "
        "microorganisms, and keeping kitchens clean and sanitary; offered in person or online. It meets a rule that lead "
        "food service workers complete an initial 8-hour course within 60 days of employment and a 3-hour update every 5 years.",
    ),
    (
        "mJo030",
        "en",
        "ksde_foodsafety",
        "Two-hour food safety class for home daycare providers",
        "Short online class for people serving meals in day care homes: how foods become contaminated, cleaning, "
        "separating to avoid cross-contamination, cooking and cooling hot foods, and handling procedures that prevent "
        "the transfer of allergens. Suitable as an introduction for new hires.",
    ),
    (
        "mJo031",
        "en",
        "lsib_schoollunch",
        "Professional certificate in food safety for school lunch programmes",
        "Certificate course for school cafeteria staff, meal suppliers and food service directors: HACCP principles, safe "
        "handling, sanitation, allergen management, temperature control, cleaning and pest control in a school setting; "
        "several weeks to months, with flexible online study and optional hands-on components.",
    ),
    (
        "mJo032",
        "en",
        "haccp_part4",
        "HACCP continuing-education kit for school kitchens",
        "Documentation package for the training part of a school HACCP plan: annual signed employee health policy "
        "agreements, a food safety checklist for every new employee reviewed and signed with the person in charge, "
        "hazard-communication training on chemicals and safety data sheets, and logs of training hours.",
    ),
    (
        "mJo033",
        "en",
        "nr37_foodhandler",
        "Basic food handler course for offshore oil platforms (NR-37)",
        "Course of at least 12 hours for food handlers working on oil platforms: food contamination, water care, waste "
        "and pest control, hygiene, handlers and visitors, handling stages, documentation, bakery and slicing equipment "
        "safety, and personal protective equipment.",
    ),
    (
        "mJo034",
        "vi",
        "plo_100thpt_attp",
        "Tập huấn an toàn thực phẩm và ba bước kiểm thực cho bếp ăn trường học",
        "Chương trình tập huấn do ngành giáo dục tổ chức cho bếp ăn tập thể, căn tin trường học: hướng dẫn ba bước tự "
        "kiểm tra thực phẩm, xây dựng hệ thống tự kiểm tra ATVSTP hai cấp (phòng và trường), quy chế cấp giấy chứng nhận "
        "cơ sở đủ điều kiện, điều kiện vệ sinh của cơ sở ăn uống và điều kiện sức khỏe của người trực tiếp chế biến.",
    ),
    (
        "mJo035",
        "vi",
        "tanhong_testnhanh",
        "Dịch vụ test nhanh dư lượng thuốc bảo vệ thực vật trên rau quả",
        "Trung tâm dịch vụ nông nghiệp cấp huyện thường xuyên lấy mẫu và test nhanh dư lượng thuốc BVTV trên rau, củ, quả; "
        "đợt gần nhất 8 mẫu tại chợ cho kết quả 7 mẫu có dư lượng ở mức an toàn và 1 mẫu bắp cải không phát hiện; kết quả "
        "được thông báo sớm để người mua phòng tránh.",
    ),
    (
        "mJo036",
        "vi",
        "bentre_nitrat",
        "Đo nhanh nitrat trong rau củ bằng máy cầm tay",
        "Nhóm dự án khoa học sức khỏe dùng máy đo nitrat (do tổ chức Seed to Table tài trợ) khảo sát rau củ tại 8 điểm ở "
        "Bến Tre trong 5 tháng (6–10/2019): hành lá và lá quế vượt chuẩn ở 5/7 điểm, xà lách ở 2/7 điểm; đề xuất giải "
        "pháp canh tác an toàn và sẵn sàng đo mẫu cho đơn vị có nhu cầu.",
    ),
    (
        "mJo037",
        "vi",
        "hetec_nuocsach",
        "Hệ thống nước uống RO trung tâm cho trường học",
        "Viện Công nghệ và Sức khỏe đề xuất giải pháp nước sạch học đường: lọc RO tập trung và mạng phân phối khép kín tới "
        "các vòi uống, xử lý nguồn giếng khoan, nước mưa thường nhiễm E. coli, Coliform hoặc kim loại, bảo đảm nước đạt "
        "QCVN 06:2010/BYT với chi phí vận hành tiết kiệm.",
    ),
    (
        "mJo038",
        "vi",
        "vnexpress_karofi",
        "Máy lọc nước khử mặn cho trường học vùng hạn mặn",
        "Nhà sản xuất máy lọc đã lắp hơn 300 máy lọc nước nhiễm mặn cho 52 trường ở An Giang, Kiên Giang, Cần Thơ, Bến "
        "Tre, Tiền Giang, Vĩnh Long, phục vụ khoảng 100.000 học sinh. Máy có màng RO nhập khẩu, linh kiện chịu mặn và thời "
        "tiết khắc nghiệt, nước tại vòi uống trực tiếp được, đã xét nghiệm đạt chuẩn nước uống tinh khiết.",
    ),
    (
        "mJo039",
        "vi",
        "unicef_gombinh",
        "Bình lọc nước bằng gốm cho trường học và hộ gia đình nông thôn",
        "Mô hình hợp tác công – tư (Bộ NN&PTNT, Trung tâm Quốc gia Nước sạch và VSMT nông thôn, UNICEF) sản xuất bình lọc "
        "gốm thí điểm tại An Giang: hơn 31.000 bình đã bán, hơn 3.200 bình hỗ trợ cho trường học, hộ gia đình và trạm y tế "
        "xã, hướng tới nhóm dân nông thôn chưa có nước uống cơ bản.",
    ),
    (
        "mJo040",
        "vi",
        "huthamcau_loc",
        "Lọc nước sinh hoạt gia đình bằng RO, than hoạt tính và UV",
        "Dịch vụ tư vấn lắp hệ lọc nước sinh hoạt cho gia đình, cơ sở sản xuất: lọc thô, lọc tinh, màng RO, than hoạt tính, "
        "đèn UV, xử lý nước giếng khoan, nước mưa theo QCVN và khuyến cáo WHO.",
    ),
]

OFFERS += [
    (
        "mJo041",
        "vi",
        "suckhoehangngay_tcm",
        "Dịch vụ khử khuẩn trường mầm non phòng bệnh tay chân miệng",
        "Gói khử khuẩn định kỳ cho nhà trẻ, mẫu giáo trong hai cao điểm dịch tay chân miệng (tháng 2–4 và tháng 9–12): "
        "làm sạch phòng học, khu vui chơi, bếp ăn và đặc biệt là nhà vệ sinh bằng xà phòng và dung dịch khử khuẩn; sàn sau "
        "khi lau dung dịch phải để khoảng 15 phút mới lau lại bằng nước sạch; kèm hướng dẫn rửa tay cho trẻ và nhân viên.",
    ),
    (
        "mJo042",
        "en",
        "222health",
        "Hot- and cold-holding control for transported school meals",
        "Food safety guidance and equipment for meals that leave the kitchen: keep cold foods below 41 °F and hot foods "
        "above 135 °F, use insulated carriers, thermal bags and ice packs or hot-filled vacuum containers, clean prep "
        "surfaces after each use, wear gloves, and give children time to wash hands before eating.",
    ),
    # ---- nutrition, growth monitoring, anaemia, school milk, gardens
    (
        "mJo043",
        "vi",
        "langson_nutriall",
        "Phần mềm Nutri All tính khẩu phần ăn và quản lý kho thực phẩm",
        "Phần mềm đã triển khai ở các trường mầm non thành phố Lạng Sơn: lập thực đơn và tính khẩu phần theo nhu cầu "
        "dinh dưỡng từng độ tuổi, cân đối với giá thành bữa ăn, chia định lượng cho nhân viên nấu; quản lý xuất – nhập – "
        "tồn kho thực phẩm, in báo cáo kho và công khai tài chính, nguồn gốc thực phẩm với phụ huynh.",
    ),
    (
        "mJo044",
        "vi",
        "buaanhocduong",
        "Phần mềm xây dựng thực đơn bữa ăn học đường cân bằng dinh dưỡng",
        "Ứng dụng có ngân hàng 120 thực đơn với hơn 360 món không lặp lại, chia theo ba miền Bắc, Trung, Nam. Người dùng "
        "chọn thực đơn có sẵn, ghép món hoặc tự tạo từ nguyên liệu; thay nguyên liệu mà vẫn giữ cân bằng; tải công thức; "
        "tính khối lượng nguyên liệu sơ chế và đi chợ; nhập giá để tính giá thành thực đơn.",
    ),
    (
        "mJo045",
        "vi",
        "thanhhoa_khauphan",
        "Tập huấn xây dựng khẩu phần ăn đúng chuẩn cho trẻ mầm non",
        "Giảng viên Khoa Giáo dục Mầm non (Trường ĐH Văn hóa, Thể thao và Du lịch Thanh Hóa) hướng dẫn nhân viên nuôi "
        "dưỡng các bước xây dựng khẩu phần: cân đối đạm, béo, bột đường, vitamin và khoáng chất, đủ năng lượng, dùng thực "
        "phẩm theo mùa và sẵn có ở địa phương, chế biến món đa dạng bảo đảm vệ sinh.",
    ),
    (
        "mJo046",
        "vi",
        "thainguyen_beophi",
        "Hệ hỗ trợ xây dựng thực đơn phòng béo phì cho trẻ dưới 6 tuổi",
        "Nhóm nghiên cứu khoa học máy tính (ĐH Công nghệ Thông tin và Truyền thông, ĐH Thái Nguyên) phát triển hệ hỗ trợ "
        "quyết định đề xuất thực đơn, khẩu phần dinh dưỡng nhằm phòng béo phì cho trẻ dưới 6 tuổi, thử trên số liệu của "
        "một trường mầm non ở thành phố Nam Định; sẵn sàng chuyển giao, tùy biến cho trường khác.",
    ),
    (
        "mJo047",
        "vi",
        "bach_dinhduong_sw",
        "Phần mềm phân tích và tư vấn dinh dưỡng cộng đồng",
        "Phần mềm phân tích khẩu phần hằng ngày và tư vấn chế độ ăn cho người trưởng thành trong cộng đồng và người bệnh "
        "(thừa cân, đái tháo đường, tim mạch, tăng huyết áp), hỗ trợ xử lý số liệu điều tra dinh dưỡng và dinh dưỡng điều trị.",
    ),
    (
        "mJo048",
        "en",
        "myfoodprogram",
        "CACFP menu-planning software that blocks non-creditable menus",
        "Menu planning and meal-count software for child care food programmes: the food database holds only creditable "
        "foods and a menu that does not credit cannot be saved; icons track meal counts, food production records, infant "
        "feeding records and CN labels; it limits juice to once a day, caps meat alternates at breakfast to three times "
        "a week and flags whether a whole-grain-rich food was served.",
    ),
    (
        "mJo049",
        "en",
        "kidkare_planning",
        "Meal-planning software and cycle menus for childcare sponsors",
        "Software and guidance for planning compliant meals across one site or a network of childcare sites (the "
        "programme serves 4.5 million children a day with $3.5 billion in reimbursements): meal patterns by age group, "
        "cycle menus, automatic checks for missing whole grains or miscredited combination foods, and audit-ready records.",
    ),
    (
        "mJo050",
        "en",
        "who_anthro_pc",
        "WHO Anthro software for assessing growth and development of children under five",
        "Free desktop software from the WHO Department of Nutrition (with SEAMEO TROPMED) that applies the WHO Child "
        "Growth Standards: calculates weight-for-age, length/height-for-age, weight-for-height and BMI-for-age z-scores "
        "and percentiles, records motor milestones, and supports individual assessment and nutrition surveys.",
    ),
    (
        "mJo051",
        "en",
        "who_anthro_calc",
        "Anthropometric calculator with MUAC, head circumference and skinfolds",
        "Data-entry and calculation module for child growth records: sex, date of birth and visit (age derived in days), "
        "oedema, weight, length or height (recumbent or standing), plus optional head circumference, mid-upper arm "
        "circumference and triceps and subscapular skinfolds to produce the full set of nutritional status indicators.",
    ),
    (
        "mJo052",
        "vi",
        "hnue_nhantrac",
        "Khảo sát nhân trắc và tình trạng dinh dưỡng trẻ mầm non theo chuẩn WHO",
        "Nhóm nghiên cứu Khoa Sinh học (ĐHSP Hà Nội) nhận khảo sát cắt ngang tình trạng dinh dưỡng trẻ 24–59 tháng theo "
        "chuẩn WHO 2006. Khảo sát mẫu trên 994 trẻ ở Hà Nội, Thanh Hóa, Phú Thọ cho tỷ lệ suy dinh dưỡng 16% (nhẹ cân 4,4%, "
        "thấp còi 14%, gầy còm 1,1%), thừa cân 4%, béo phì 1,3%; riêng Phú Thọ thấp còi tới 30,9%.",
    ),
    (
        "mJo053",
        "en",
        "jove_hb",
        "Point-of-care haemoglobin testing with an anaemia decision-support tool",
        "Field method using pooled capillary blood and a portable auto-analyser; custom software pushes each haemoglobin "
        "value to a server in near real time and a decision-support tool immediately grades anaemia by the WHO cut-offs "
        "for any age and sex group. Designed for front-line health workers with limited technical skills.",
    ),
    (
        "mJo054",
        "en",
        "spring_rwanda_hb",
        "Evaluation of haemoglobin tools for child anaemia screening",
        "Comparison of HemoCue Hb 201+ with wicking and gravity blood sampling and a non-invasive device against a "
        "haematology analyser in children 6–59 months: the gravity method was the most accurate, while the non-invasive "
        "device needs less training, avoids infection risk and eases supply needs in low-resource settings.",
    ),
    (
        "mJo055",
        "en",
        "poct_hb_india",
        "Validated digital haemoglobinometers for children 6–59 months",
        "Study comparing Sahli's method, an invasive digital haemoglobinometer and a non-invasive one against venous "
        "blood in 120 children: sensitivity for anaemia 95.5% (Sahli), 92.2% (invasive digital) and 24.4% (non-invasive), "
        "with the non-invasive device most specific (96.7%); guidance on which device to use in peripheral settings.",
    ),
    (
        "mJo056",
        "vi",
        "tuoitre_suahocduong",
        "Cung ứng sữa học đường cho trẻ mầm non",
        "Đơn vị cung ứng sữa theo chương trình Sữa học đường: mỗi trẻ 180 ml/lần, 5 lần/tuần. Mô hình tham khảo: Bà Rịa – "
        "Vũng Tàu làm từ năm 2006, mỗi năm 60.000–80.000 trẻ, trẻ mầm non được 8 hộp/tháng, trẻ suy dinh dưỡng ngoài cộng "
        "đồng 16 hộp/tháng; TP.HCM triển khai cho hơn 300.000 trẻ ở 10 quận huyện.",
    ),
    (
        "mJo057",
        "vi",
        "thanhnien_vichat",
        "Tư vấn bổ sung vi chất (kẽm, vitamin D, canxi) cho trẻ mầm non",
        "Chuyên gia Khoa Dinh dưỡng học đường (Viện Dinh dưỡng quốc gia) đánh giá khẩu phần và tư vấn bổ sung vi chất: "
        "nghiên cứu cho thấy 69,4% học sinh tiểu học thiếu kẽm, 46–58,3% thiếu vitamin D, canxi khẩu phần trẻ 2–5 tuổi chỉ "
        "đạt 51% nhu cầu; khuyến nghị sữa và chế phẩm sữa, chọn sữa ít đường, tách béo cho trẻ thừa cân, kết hợp vận động.",
    ),
    (
        "mJo058",
        "en",
        "pmc_garden",
        "Instructional gardening programme for childcare centres",
        "University nutrition team (Syracuse) that helps childcare providers start or improve teaching gardens to raise "
        "fruit and vegetable intake of preschoolers; built on interviews with 20 providers about benefits, barriers and "
        "the resources needed, with links to existing support programmes.",
    ),
    (
        "mJo059",
        "en",
        "shc_garden_safety",
        "Food safety guidance for serving school-garden produce",
        "Guidance for schools whose gardens are run by teachers, student clubs or the nutrition programme: basic food "
        "safety precautions at planting, growing and harvesting so that garden produce can be served safely in school meals.",
    ),
    (
        "mJo060",
        "vi",
        "baothanhhoa_vuonrau2",
        'Mô hình "Vườn rau cho bé" trong trường mầm non',
        "Kinh nghiệm xây dựng vườn rau trong khuôn viên trường: một trường dành gần 700 m² từ năm học 2015–2016 để trồng "
        "rau theo mùa (mồng tơi, cải, muống, bầu, mướp) cho bữa bán trú của hơn 600 trẻ; vườn vừa là nguồn rau sạch vừa là "
        "giáo cụ trực quan cho trẻ trồng, chăm sóc và thu hoạch.",
    ),
    (
        "mJo061",
        "vi",
        "newhope_heo",
        "Thức ăn đậm đặc cho heo các giai đoạn",
        "Doanh nghiệp thức ăn chăn nuôi cung cấp thức ăn đậm đặc và siêu đậm đặc cho heo, phối từ ít nhất ba nguồn nguyên "
        "liệu, bổ sung khoáng, vitamin; hướng dẫn trộn với thức ăn thô, xanh theo từng đối tượng vật nuôi.",
    ),
    (
        "mJo062",
        "vi",
        "memart_heocon",
        "Cám tập ăn và lịch cho ăn heo con",
        "Hướng dẫn tập ăn cho heo con từ ngày 5–7 sau sinh: 5–10 ngày tuổi cám sữa hoặc cháo loãng 10–20 g/con/ngày, "
        "10–20 ngày tuổi hạt rang nghiền 50–100 g/con, chia 4–5 bữa mỗi ngày để phát triển hệ tiêu hóa trước cai sữa.",
    ),
    (
        "mJo063",
        "vi",
        "ctu_lactozyme",
        "Chế phẩm Lactozyme bổ sung thức ăn heo con sau cai sữa",
        "Kết quả nghiên cứu của Khoa Nông nghiệp và Sinh học ứng dụng (ĐH Cần Thơ) về bổ sung chế phẩm Lactozyme vào thức "
        "ăn heo con sau cai sữa nhằm cải thiện tăng trọng; chuyển giao cho trang trại chăn nuôi.",
    ),
    (
        "mJo064",
        "en",
        "informedfarmers_weigh",
        "Electronic cattle weighing and liveweight recording",
        "Advice and equipment for recording cattle liveweight: pre-numbered check lists for manual systems, or "
        "programmable electronic scales with a separate indicator that stores weights against tag numbers for later "
        "upload, speeding up weighing and removing transcription errors.",
    ),
    (
        "mJo065",
        "en",
        "farmersweekly_weigh",
        "Walk-over RFID scales for dairy herds",
        "Walk-over weighing stations installed in the exit lane of a dairy: each RFID-tagged cow is weighed after "
        "milking and flagged automatically when her weight differs from her 10-day average by more than about 10 percent.",
    ),
    (
        "mJo066",
        "en",
        "save_livestock",
        "Livestock scales with data logging for herd management",
        "Platform and cage scales with load cells and digital readouts for weighing individual animals or groups, with "
        "data logging that links weights to farm management software for feeding, medication and sale decisions.",
    ),
    # ---- learning toys, teaching aids, Vietnamese-language enhancement
    (
        "mJo067",
        "vi",
        "hongduc_taiche",
        "Tập huấn làm đồ chơi theo chủ đề từ vật liệu tái chế",
        "Giảng viên Trường ĐH Hồng Đức (bài đăng Tạp chí Khoa học số 38/2018) hướng dẫn giáo viên mầm non cách làm đồ chơi "
        "từ vật liệu tái chế theo chủ đề: đồ chơi trang trí, học tập, mô tả hình tượng, sân khấu – âm nhạc, xây dựng; tuân "
        "thủ yêu cầu an toàn, quy trình thiết kế, cách sử dụng và bảo quản, phù hợp trường còn khó khăn.",
    ),
    (
        "mJo068",
        "vi",
        "ilo_phelieu",
        "Hướng dẫn 7 cách làm đồ chơi mầm non từ phế liệu",
        "Trung tâm giáo dục mở lớp hướng dẫn phụ huynh và giáo viên biến giấy, chai nhựa, thùng carton thành đồ chơi: ví "
        "dụ chậu hoa từ chai nhựa 500 ml sơn màu, cắt tạo dáng rồi trồng cây; giúp trẻ sáng tạo, khéo tay và có ý thức "
        "giảm rác thải.",
    ),
    (
        "mJo069",
        "en",
        "nghean_toys",
        "Workshop on making preschool toys from local materials and waste",
        "Teachers from a mountain kindergarten in Con Cuong (Nghe An) share how they turn bamboo, rattan, bark, seeds, "
        "bottles, plastic boxes and old car tyres into dragons, frogs, chess boards and learning corners; materials are "
        "collected, cleaned and made non-toxic, and children help choose colours and shapes.",
    ),
    (
        "mJo070",
        "en",
        "hatinh_toys",
        "Teacher-made learning tools from cartons, bottles and paper cores",
        "Kindergarten teachers in Ha Tinh offer a practical session on converting milk cartons, plastic bottles, paper "
        "cores and cardboard into houses, vases, alphabet sets and musical instruments for activity corners, with themes "
        "rotated regularly to keep children curious.",
    ),
    (
        "mJo071",
        "vi",
        "thanglong_chainhua",
        "Cẩm nang làm đồ chơi từ chai nhựa theo nhóm kỹ năng",
        'Doanh nghiệp tái chế nhựa biên soạn cẩm nang cho cha mẹ và giáo viên: ý nghĩa "nâng cấp" rác thải, nguyên tắc an '
        "toàn cốt lõi khi dùng chai nhựa, và các dự án đồ chơi (ô tô, tên lửa, trò chơi trí tuệ) xếp theo từng nhóm kỹ năng "
        "phát triển của trẻ.",
    ),
    (
        "mJo072",
        "en",
        "magiccolor_montessori",
        "Wooden Montessori toys for kindergartens",
        "Toy manufacturer producing wooden Montessori toys for kindergartens and families: natural wood without the "
        "volatile organic compounds found in some plastics, durable and splinter-free, designed to build hand-eye "
        "coordination, cognitive, language and social skills.",
    ),
    (
        "mJo073",
        "en",
        "montessorimaterials_puzzles",
        "Montessori wooden puzzles and classroom materials",
        "Supplier of Montessori materials for schools and homes, including wooden puzzles whose textures and weights help "
        "young children understand size and weight, supporting self-directed learning and independence.",
    ),
    (
        "mJo074",
        "en",
        "hhines_montessori",
        "Montessori didactic materials: sorting beads and puzzles",
        "Maker of Montessori learning materials in natural wood: sorting beads for counting and classification, puzzle "
        "toys for three-dimensional thinking, open-ended pieces for self-paced exploration and hand-eye coordination.",
    ),
    (
        "mJo075",
        "vi",
        "lidowood",
        "Xưởng gỗ làm đồ chơi an toàn cho trẻ nhỏ",
        "Doanh nghiệp gỗ tư vấn và cung cấp các loại gỗ phù hợp làm đồ chơi: không chứa BPA hay phthalates như một số đồ "
        "nhựa, bền, chịu va đập, thân thiện môi trường; đồ chơi gỗ giúp trẻ phát triển tư duy, sáng tạo và vận động.",
    ),
    (
        "mJo076",
        "vi",
        "bau_gounvun",
        "Đồ chơi gỗ sáng tạo làm từ gỗ vụn, gỗ pallet",
        "Xưởng mộc nhỏ của một kiến trúc sư trẻ (sinh năm 1992) biến gỗ vụn và gỗ pallet (khoảng 10 nghìn đồng một thanh) "
        "thành đồ chơi an toàn, một bộ chơi được nhiều cách để kích thích tư duy; trước đó nhóm đã đóng chậu trồng cây và "
        "thiết kế sân vườn cho trẻ mầm non học trồng cây.",
    ),
    (
        "mJo077",
        "vi",
        "sieuthidochoi_tt02",
        "Cung cấp đồ dùng, đồ chơi, thiết bị dạy học tối thiểu theo Thông tư 02",
        "Siêu thị đồ chơi mầm non cung cấp trọn bộ danh mục đồ dùng – đồ chơi – thiết bị dạy học tối thiểu theo Thông tư "
        "02/2010 (sửa đổi bởi Thông tư 34/2013) cho 6 nhóm lớp: 3–12 tháng, 12–24 tháng, 24–36 tháng và mẫu giáo 3–4, 4–5, "
        "5–6 tuổi (ví dụ nhóm 3–12 tháng tính cho 15 trẻ), cùng danh mục thiết bị, đồ chơi ngoài trời theo Thông tư 32/2012.",
    ),
    (
        "mJo078",
        "vi",
        "intex_robot_mn",
        "Robot học tập cho trường mầm non",
        "Đơn vị giáo dục STEM tư vấn chọn robot phù hợp trẻ 3–6 tuổi: trẻ sắp thẻ lệnh (tiến 2 bước, rẽ trái...) để robot "
        "đi từ điểm A đến B, tự tìm lỗi khi robot đi sai, rèn vận động tinh qua bấm nút, xếp thẻ, lắp khối và học làm việc "
        "nhóm.",
    ),
    (
        "mJo079",
        "vi",
        "intex_bebot",
        "Gói lập trình không màn hình cho trẻ mầm non (BeeBot, Cubetto, LEGO Coding Express)",
        "Chương trình dạy lập trình qua robot và hình ảnh trực quan cho trẻ 3–6 tuổi, dùng chuỗi lệnh bằng màu sắc, mũi "
        "tên, khối hình thay cho mã: BeeBot theo thẻ lệnh, đường ray màu của LEGO Coding Express, khối lệnh của Cubetto, "
        "ScratchJr cho trẻ lớn; kèm hướng dẫn giáo viên.",
    ),
    (
        "mJo080",
        "vi",
        "cubetto_vn",
        "Cubetto – bộ robot gỗ lập trình bằng tay cho trẻ em",
        "Bộ đồ chơi gỗ gồm một robot nhỏ và bảng lệnh: trẻ xếp các miếng gỗ đi thẳng, quay trái, quay phải để đưa robot "
        'đi trên bản đồ, sửa "chương trình" bằng cách đổi miếng gỗ; dự án đã gọi được 1,6 triệu USD (khoảng 37 tỷ đồng) '
        "trên Kickstarter.",
    ),
    (
        "mJo081",
        "vi",
        "vnsea_stem_tieuhoc",
        "Bộ đồ dùng STEM cho học sinh tiểu học",
        "Công ty thiết bị giáo dục cung cấp bộ dụng cụ và đồ chơi STEM cho cấp tiểu học, hướng dẫn chọn bộ học cụ giữa "
        "hàng nghìn sản phẩm để trẻ thực hành khoa học, công nghệ, kỹ thuật và toán.",
    ),
    (
        "mJo082",
        "en",
        "unionvision_toys",
        "OEM manufacturing of wholesale plastic toys",
        "Toy factory offering design, mould making, injection moulding and assembly of plastic toys for brand owners, "
        "with help on product ideas and toy-fair sourcing.",
    ),
    (
        "mJo083",
        "en",
        "yumoto_injection",
        "Injection moulding machines for toy manufacturers",
        "Machine builder supplying servo-driven injection moulding machines for toy production in ABS, PP, PE, TPR/TPE "
        "and PC, able to run multi-cavity moulds and meet ASTM F963, EN71 and CPSIA material requirements.",
    ),
    (
        "mJo084",
        "en",
        "laodong_tiengviet_dtts",
        "Lesson models for enhancing Vietnamese among ethnic-minority preschoolers",
        "District education offices run demonstration seminars on teaching Vietnamese to minority children on the basis "
        "of their mother tongue: a kindergarten in Ky Son (Nghe An) showed a class for 5-year-olds built around a Thai "
        "folk game and traditional brocade dress, watched by the boards of 21 kindergartens; similar thematic conferences "
        "train teachers in practical activities.",
    ),
    (
        "mJo085",
        "vi",
        "bacgiang_tiengviet",
        "Giải pháp và học liệu tăng cường tiếng Việt cho trẻ dân tộc thiểu số",
        "Gói giải pháp do ngành giáo dục một tỉnh áp dụng: xây thư viện thân thiện để cha mẹ đọc sách cùng trẻ, tạo môi "
        "trường giao tiếp tiếng Việt, giáo viên dành thời gian trò chuyện, kể chuyện, rèn phát âm hằng ngày cho trẻ mới ra "
        "lớp, đầu tư tài liệu, học liệu, tổ chức cho trẻ 5 tuổi giao lưu với học sinh tiểu học và ngày hội tiếng Việt.",
    ),
    (
        "mJo086",
        "vi",
        "bathuoc_skkn_tiengviet",
        "Năm giải pháp tăng cường tiếng Việt cho trẻ 3–4 tuổi vùng dân tộc thiểu số",
        "Sáng kiến kinh nghiệm của một trường mầm non miền núi (2022) được chia sẻ cho giáo viên: tăng cường tiếng Việt qua "
        "trò chuyện, làm quen tác phẩm văn học, hoạt động góc, hoạt động ngoài trời và trải nghiệm mọi lúc mọi nơi, phù "
        "hợp lứa tuổi mới hình thành giao tiếp.",
    ),
]

OFFERS += [
    # ---- management software and parent communication
    (
        "mJo087",
        "vi",
        "smartidads_qlmn",
        "Phần mềm quản lý trường mầm non: học sinh, học phí, tuyển sinh",
        "Phần mềm cho trường mầm non tư thục và công lập: khung học phí theo thời gian, phiếu ghi nhận anh chị em ruột học "
        "cùng trường, các khoản khấu trừ; quản lý tuyển sinh, danh sách học sinh, phiếu thu thập thông tin cha mẹ; hồ sơ cá "
        "nhân của trẻ dùng chung cho văn phòng, giáo viên lớp và y tế; phiếu đăng ký ăn sáng, phiếu nghỉ học.",
    ),
    (
        "mJo088",
        "vi",
        "gdtd_enetviet",
        "Sổ liên lạc điện tử kèm thu học phí không dùng tiền mặt",
        "Ứng dụng sổ liên lạc điện tử đã được các trường ở quận Hoàng Mai (Hà Nội) dùng để thu học phí từ học kỳ I năm học "
        "2024–2025: phụ huynh thanh toán trong app mà không cần nhớ mã học sinh, trường dùng lại dữ liệu có sẵn của ngành. "
        "App còn có thư viện điện tử, thời khóa biểu, theo dõi sức khỏe học sinh, nhắn tin miễn phí với giáo viên; có bản "
        "miễn phí đủ tính năng cơ bản.",
    ),
    (
        "mJo089",
        "vi",
        "dantri_qlmn",
        "Phần mềm quản lý tổng thể trường mầm non kết nối các bộ phận",
        "Giải pháp phần mềm cho trường mầm non gom các việc đang chia rời ở từng bộ phận — cân đối khẩu phần, điểm danh, "
        "quản lý thu chi, theo dõi sức khỏe trẻ, báo cáo số liệu phổ cập — vào một hệ thống chung, tránh làm trùng lặp và "
        "giúp ban giám hiệu theo dõi tiến độ công việc, làm báo cáo cấp trên nhanh hơn.",
    ),
    (
        "mJo090",
        "en",
        "childcarecomp_glossary",
        "Childcare management platform: attendance, ratios, billing and records",
        "Operational platform for childcare centres, preschools and family child care homes: staff mark children in and "
        "out and the system calculates staff-to-child ratios (typically 1:3 infants, 1:4 toddlers, 1:6 preschoolers) with "
        "alerts; tuition and subsidy billing; parent portal with real-time updates; immunisation, enrolment and incident "
        "records; developmental tracking for accreditation reviews.",
    ),
    (
        "mJo091",
        "en",
        "wiki_ccms",
        "Child care management software covering pick-up, immunisations and meals",
        "Vendor software for child care centres that records sign-in and sign-out of children and staff, schedules and "
        "attendance, authorised pick-up persons with photographs, child/teacher ratios, classroom rosters, immunisations, "
        "emergency contacts, waiting lists, meal counts and menu planning, plus automated billing, electronic payments, "
        "payroll and accounting.",
    ),
    (
        "mJo092",
        "en",
        "ezchildtrack_parents",
        "Parent portal and electronic invoicing for childcare centres",
        "Childcare software vendor offering a parent portal and e-invoicing with several payment paths. Cited survey data: "
        "a portal was parents' second most wanted channel, nearly half logged in once or twice a week, and 86 percent used "
        "portal content to talk with their child about the day.",
    ),
    (
        "mJo093",
        "en",
        "kinja_functions",
        "Digital daily sheets, incident reports and child portfolios",
        "Childcare software that replaces paper records required for compliance: enrolment, daily sheets for meals, sleep "
        "and nappy changes, newsletters, observations and child portfolios, messaging, staff time sheets, room logs, "
        "attendance and billing, checklists, meal plans, curriculum planning and incident/injury reports.",
    ),
    (
        "mJo094",
        "en",
        "filmik_billing",
        "Daycare billing software",
        "Billing tool for daycare centres: family and child records, automatic invoices based on attendance and fee "
        "schedules, weekly, bi-weekly or monthly cycles, online payments, tracking of outstanding balances, late fees or "
        "discounts, and revenue reports.",
    ),
    (
        "mJo095",
        "en",
        "kynda_parents",
        "Childcare communication app with structured daily reports and photos",
        "Parent communication app for kindergartens, nurseries and daycare: each day's meals, naps, hygiene, health notes "
        "and activities in one predictable report, photos that tell the story of the day, announcements and events that "
        "stay easy to find, and a clear feedback path, designed so teachers are not pulled away from the children.",
    ),
    (
        "mJo096",
        "en",
        "kinderbase_comm",
        "Kindergarten platform replacing chat groups: activity feed, daily report, private chat",
        "Structured communication platform built for kindergartens instead of WhatsApp groups and notes in backpacks: a "
        "real-time activity feed where teachers post photos and short descriptions, an automatic end-of-day report on "
        "what the child ate, how long they napped and how they felt, and private chat with the teacher organised by topic.",
    ),
    (
        "mJo097",
        "en",
        "daycarepath_apps",
        "Selection advice on daycare communication apps",
        "Independent guide and advisory comparing apps used by daycares (Brightwheel, HiMama, Procare, Tadpoles, "
        "Kangarootime, ClassDojo): daily reports, photos and videos, two-way messaging, check-in/out and pick-up "
        "authorisation, billing, calendars, developmental tracking and health logs, with tips on using them well.",
    ),
    (
        "mJo098",
        "en",
        "seminole_tadpoles",
        "Tadpoles daily e-mail reports with an iPad in every classroom",
        "Roll-out package used by a tribal preschool programme: teachers trained on Tadpoles, an iPad Mini in each "
        "classroom, and a secure daily e-mail to every parent covering naps, meals, snacks, activities, photos and videos "
        "of milestones, so families can follow progress such as potty training over the year.",
    ),
    (
        "mJo099",
        "vi",
        "hoangthinh_face_kcn",
        "Nhận diện khuôn mặt chấm công cho nhà máy, khu công nghiệp",
        "Hệ thống camera nhận dạng khuôn mặt chấm công và tính lương theo ca: đảo ca theo chu kỳ, ngày lễ tính công gấp 3, "
        "làm thêm, ca đêm; kiểm soát người vào phòng sạch, phát lời chào hoặc báo động qua loa mạng LAN.",
    ),
    (
        "mJo100",
        "vi",
        "tanca_face",
        "Ứng dụng chấm công bằng GPS, wifi và nhận diện khuôn mặt",
        "Phần mềm chấm công cho doanh nghiệp: nhân viên chấm công bằng vị trí GPS, kết nối wifi hoặc chụp hình; có thể bắt "
        "buộc nhận diện khuôn mặt so với ảnh đại diện khi vào ca và ra ca.",
    ),
    (
        "mJo101",
        "vi",
        "chamcongkhuonmat_soho",
        "Máy chấm công khuôn mặt cho văn phòng nhỏ",
        "Thiết bị chấm công không chạm bằng nhận diện khuôn mặt kết hợp kiểm soát cửa ra vào cho văn phòng ít nhân viên, "
        "chống quên thẻ và chấm công hộ.",
    ),
    (
        "mJo102",
        "vi",
        "vnit_sv",
        "Phần mềm quản lý sinh viên cho trường đại học",
        "Đồ án thiết kế phần mềm quản lý sinh viên: thủ tục nhập học, hồ sơ và kết quả học tập suốt khóa, lưu trữ sau tốt "
        "nghiệp, theo dõi hoạt động ngoại khóa, thực tập và dịch vụ trực tuyến cho sinh viên.",
    ),
    (
        "mJo103",
        "en",
        "castleseven_dog",
        "Doggie daycare business software",
        "Stand-alone application written for a dog daycare and in daily use for over five years: client and dog records, "
        "owner information, financials, scheduling and application settings stored in SQLite files.",
    ),
    (
        "mJo104",
        "en",
        "wagnur_pet",
        "Pet boarding health and vaccination tracking module",
        "Module for pet boarding and dog daycare facilities: per-pet vaccination records with expiry alerts, "
        "vaccination status shown at check-in, medication schedules, feeding plans and owner uploads of vet records.",
    ),
    # ---- drowning prevention: swimming, pools, community daycare
    (
        "mJo105",
        "en",
        "thanhnien_dongthap_swim",
        "Low-cost river swimming enclosures for rural children",
        "Primary school teachers in Thap Muoi (Dong Thap) have run free river swimming classes since 2008 with commune "
        "support: a wood, bamboo and netting enclosure around a shallow spot, each 4 x 10 m area costing about VND600,000; "
        "more than 200 new swimmers a year learn first to stay afloat and reach high ground, then to cross a canal, with a "
        "final test and certificate.",
    ),
    (
        "mJo106",
        "en",
        "tuoitre_mobilepool",
        "Mobile swimming pool for teaching children to swim",
        "Dismountable plastic pool on a metal frame, 7 m wide and 17 m long, whose depth can be adjusted up to 1.2 m on a "
        "45-degree slope for different age groups, with circulation filtering and temperature control; it cost about "
        "VND300 million against more than VND1 billion for a conventional pool and can be moved between schools.",
    ),
    (
        "mJo107",
        "en",
        "waterskills_blog",
        "Portable school pools with site preparation and teacher training",
        "Charity programme (Swim Vietnam) that places portable pools holding 66,000 litres at primary schools: the ground "
        "is reinforced and a fence and roof are built in about 10 days, and the school's teachers are trained as the swim "
        "teaching team, in agreement with the education department and commune.",
    ),
    (
        "mJo108",
        "en",
        "travelfish_swimvn",
        "Swim instructor training and water awareness courses",
        "Charity founded in Hoi An in 2008 that trains local adults as swim instructors and runs child swim and beach "
        "water-awareness courses: five swim schools in three districts, more than 120 instructors and over 5,500 children "
        "trained; it notes that for under-fives almost 90 percent of drownings happen within 100 m of home.",
    ),
    (
        "mJo109",
        "en",
        "swimvietnam_stars",
        "Swim and water-safety lessons for children with disabilities",
        "Weekly one-hour lessons delivered by swim teachers with the staff of disability charities, including children "
        "with autism who are often drawn to water; the partner staff are trained to teach water safety and swimming, and "
        "the model is being extended to rural Central Vietnam.",
    ),
    (
        "mJo110",
        "vi",
        "longdien_boi",
        "Lớp phổ cập bơi hè miễn phí kèm kỹ năng cứu đuối",
        "Mô hình huyện tổ chức từ hè 2015, mỗi năm khoảng 200 trẻ: khóa 1 tháng, chia lớp theo độ tuổi học các buổi 2-4-6 "
        "hoặc 3-5-7; huấn luyện viên dạy kỹ thuật bơi, nhận biết vùng nước nguy hiểm và cách cứu đuối đúng (hô to gọi "
        "người lớn thay vì tự nhảy xuống).",
    ),
    (
        "mJo111",
        "vi",
        "plo_duoinuoc",
        "Chương trình bơi an toàn và chứng nhận phổ cập bơi học đường",
        "Chương trình của ngành giáo dục TP.HCM: trường có hồ bơi dạy bơi cho mọi học sinh, lập câu lạc bộ, tổ chức giải "
        "bơi và ngày hội xuống nước, tập huấn giáo viên; học sinh bơi được từ 25 m trở lên được kiểm tra và cấp thẻ chứng "
        "nhận bơi học đường. Bối cảnh: mỗi năm gần 2.000 trẻ em chết đuối, tỉ lệ khoảng 5,9/100.000 dân.",
    ),
    (
        "mJo112",
        "en",
        "jhu_creche88",
        "Community-led daycare model that cut toddler drowning by 88 percent",
        "Johns Hopkins International Injury Research Unit model, funded by Bloomberg Philanthropies: more than 3,200 "
        "home-based community daycares in rural Bangladesh supervised children aged 9–47 months during the day and "
        "reduced their drowning deaths by 88 percent; drowning caused 42 percent of deaths at ages 1–4 there.",
    ),
    (
        "mJo113",
        "en",
        "injepi_creche_playpen",
        "Creche and playpen package for drowning prevention in children under four",
        "Large-scale intervention package: after a census of 270,387 households, 3,205 creches (about 7 per village) "
        "served 116,054 children aged 9–47 months and 45,460 received playpens; the drowning rate fell from 86.73 to 43.03 "
        "per 100,000 per year. Implementation guidance for rural water-rich areas.",
    ),
    (
        "mJo114",
        "en",
        "bmj_anchal",
        "Training curriculum for community creche caregivers (ECD plus drowning prevention)",
        "Anchal creche project: 1,600 centres in three sub-districts and as many community caregivers trained in early "
        "childhood stimulation and drowning prevention; children learn about water danger and swimming through rhymes, "
        "songs, storytelling and role play. Training of trainers and caregiver materials available.",
    ),
    (
        "mJo115",
        "en",
        "pmc_bangladesh_daycare",
        "Monitoring attendance and parent satisfaction in community daycares",
        "Research team offering a monitoring method for community daycare programmes: in a rural Bangladesh pilot, "
        "77.4 percent of 226,552 attendance checks found the child present, 67.7 percent of caregivers saw daycare as safe "
        "and reported gains in cognitive (51.7%) and social (50.6%) skills, and no child drowned while attending.",
    ),
    (
        "mJo116",
        "vi",
        "sggp_giutre_lu",
        "Mô hình điểm giữ trẻ mùa lũ cho vùng sông nước",
        "Kinh nghiệm của ngành lao động – thương binh xã hội vùng đầu nguồn: một huyện mở 20 điểm giữ gần 1.000 trẻ, một xã "
        "3 điểm hơn 120 trẻ 1–8 tuổi, chủ yếu con hộ nghèo, cận nghèo sống trong vùng ngập; mỗi trẻ được hỗ trợ 10.000 đồng "
        "tiền ăn/ngày, bảo mẫu nhận 700.000 đồng/tháng; tỉnh lân cận cấp 13 tỷ đồng cho các địa phương.",
    ),
    (
        "mJo117",
        "vi",
        "tienphong_cantho_lu",
        "Tổ chức điểm giữ trẻ tập trung mùa lũ cho trẻ dưới 6 tuổi",
        "Mô hình do thành phố tổ chức hằng năm từ 15/9 đến 30/10 tại nơi ngập lụt cho trẻ dưới 6 tuổi hộ nghèo, cận nghèo, "
        "gia đình chính sách; từ năm 2011 đã mở 178 điểm với 4.094 lượt trẻ, kết hợp tuyên truyền ngôi nhà an toàn, trường "
        "học an toàn, cộng đồng an toàn.",
    ),
    (
        "mJo118",
        "vi",
        "poolex_loi",
        "Thiết kế, thi công hồ bơi biệt thự và resort",
        "Nhà thầu hồ bơi bắt đầu từ bản vẽ kỹ thuật: bố trí đầu hút – trả đối xứng, tính lưu lượng, chọn công suất máy bơm, "
        "đường ống hợp lý để nước trong, thiết bị bền, tránh rò rỉ và bong gạch.",
    ),
    (
        "mJo119",
        "vi",
        "lamina_composite",
        "Bể bơi composite cho gia đình",
        "Thi công bể bơi bằng composite sợi thủy tinh – nhựa polyester hoặc epoxy, tiết kiệm 30–40% chi phí so với bê tông "
        "cốt thép, quy trình 9 bước từ đào đất định hình đến phun phủ composite và nghiệm thu.",
    ),
    (
        "mJo120",
        "vi",
        "poolworld_vocuc",
        "Hồ bơi vô cực cho villa và khu nghỉ dưỡng",
        "Thiết kế hồ bơi tràn cạnh tạo hiệu ứng hòa vào cảnh quan, gồm máng thu nước tràn, bể cân bằng, hệ lọc và bơm tuần "
        "hoàn, thân bể bê tông cốt thép hoặc composite.",
    ),
    # ---- cameras
    (
        "mJo121",
        "vi",
        "camera_hanoind",
        "Lắp camera quan sát 24/7 cho nhà trẻ, mẫu giáo",
        "Công ty an ninh tư vấn và lắp hệ thống camera giám sát cho nhà trẻ, trường mẫu giáo, tiểu học (cả nước có hơn "
        "15.000 trường mầm non, nhà trẻ): ghi hình liên tục, xem lại khi có sự cố, phân tích ưu – nhược điểm và chi phí đầu "
        "tư để trường tư thục cân nhắc.",
    ),
    (
        "mJo122",
        "vi",
        "thanhnien_hoahong_camera",
        "Giải pháp cho phụ huynh xem camera lớp học trực tuyến",
        "Mô hình đã áp dụng ở một trường mầm non công lập: camera ở phòng học, hành lang, sân chơi và bếp nối về màn hình "
        "phòng ban giám hiệu; mỗi phụ huynh có tên đăng nhập, mật khẩu riêng để xem trên điện thoại nhưng chỉ thấy phòng học "
        "của con mình; trường chạy thử nửa năm, lấy ý kiến phụ huynh, giáo viên trước khi áp dụng toàn trường.",
    ),
    (
        "mJo123",
        "vi",
        "quangninh_camera",
        "Gói camera và âm thanh cho trường mầm non công lập",
        "Dự án trang bị camera trong lớp, hành lang, bếp, sân chơi và hệ thống âm thanh (loa hộp gắn tường, âm ly, đầu "
        "DVD-USB, bộ điều khiển trung tâm phân vùng, bộ phát thông báo) để hiệu trưởng theo dõi hoạt động, phát hiện trẻ ngã, "
        "phòng chống bạo lực; một tỉnh đã lắp cho 70 trường (tổng mức gần 58 tỷ đồng) và tiếp tục 72 trường.",
    ),
    (
        "mJo124",
        "en",
        "guardiancam",
        "Internet viewing system for childcare centres",
        "Turnkey parent-viewing service: cameras in the main rooms plug into a video server that needs no computer and "
        "sends images only to the provider's secure servers; parents log in to watch their child's rooms, and directors "
        "manage the system on site or remotely from any computer.",
    ),
    (
        "mJo125",
        "en",
        "princeton_camaccess",
        "Guardian camera-access policy and administration procedure",
        "Ready procedure for daycare camera systems: access only for legal guardians and only to the camera in the room "
        "their child is assigned to, never common areas; access removed immediately when a child withdraws or "
        "guardianship ends; step-by-step user creation, camera sharing and revocation.",
    ),
    (
        "mJo126",
        "en",
        "virily_webcam",
        "Advice on webcam streaming versus security cameras in day care",
        "Guidance for centres and parents: security cameras record to a DVR for investigations while webcams stream live "
        "for parents; streams can be hacked without proper security, so centres need robust password handling and "
        "routine password changes.",
    ),
    # ---- pick-up, attendance, school transport
    (
        "mJo127",
        "en",
        "kidcheck_checkout",
        "Secure child check-in and check-out with matching security codes",
        "Check-in system that prints a child name badge and a guardian receipt with matching security codes; at pick-up "
        "staff compare codes or scan both barcodes, see authorised and unauthorised guardians on a detail screen, and can "
        "check children out from a mobile admin app, with optional text receipts to parents.",
    ),
    (
        "mJo128",
        "en",
        "ministrium_pickup",
        "Authorised pick-up list with photos, custody flags and temporary permissions",
        "Module in which only the adult who checked a child in may collect them unless the parent adds authorised people "
        "(name, relationship, phone, photo, optional start and end dates); staff check photo ID and the receipt code; "
        "restricted parents in custody cases are blocked with an alert; one-day authorisations expire automatically.",
    ),
]

OFFERS += [
    (
        "mJo129",
        "en",
        "nlarj_qr",
        "Rotating-QR drop-off and pick-up scanning for children's programmes",
        "Check-in app in which the parent's phone shows a fresh QR code for each session that rotates so an old screenshot "
        "cannot be reused; staff scan it in drop-off or pick-up mode, the same code is ignored if scanned twice within 3 "
        "seconds, and the day's roster shows each child's status with a red badge for recorded allergies.",
    ),
    (
        "mJo130",
        "vi",
        "ptit_rfid_bus",
        "Hệ thống giám sát học sinh bằng RFID thụ động và điện toán đám mây",
        "Giải pháp của nhóm nghiên cứu Học viện Công nghệ Bưu chính Viễn thông: thẻ RFID thụ động ghi thời điểm học sinh "
        "lên, xuống xe đưa đón và vào, ra lớp, trường; dữ liệu đưa lên đám mây để phụ huynh và nhà trường theo dõi tức thời, "
        "đồng thời làm kênh liên lạc giữa trường và gia đình.",
    ),
    (
        "mJo131",
        "vi",
        "hcmiu_rfid_diemdanh",
        "Điểm danh sinh viên tự động bằng RFID tầm xa",
        "Hệ thống của Trường ĐH Quốc tế (ĐHQG TP.HCM) điểm danh sinh viên trong giảng đường bằng đầu đọc RFID với 4 ăng-ten "
        "phân cực tròn phủ sóng 1–3 m, thử nghiệm ở phòng 5×5 m và 5×8 m với khoảng 130 mẫu; tự điều chỉnh công suất đầu đọc "
        "theo thời điểm vào, ra lớp, kết hợp phần mềm web.",
    ),
    (
        "mJo132",
        "vi",
        "dantri_faceid",
        "Điểm danh nhận diện khuôn mặt, báo tức thời cho phụ huynh",
        "Thiết bị điểm danh Face ID đã dùng ở một trường phổ thông tại Đà Nẵng: 4 máy phục vụ hơn 600 học sinh; chậm 1 phút "
        "hệ thống ghi đi trễ, sau 15 phút chưa quét mặt thì báo vắng và gửi thông báo ngay về điện thoại phụ huynh; dữ liệu "
        "lưu cho giáo viên chủ nhiệm theo dõi.",
    ),
    (
        "mJo133",
        "en",
        "kimeery_rfid_kg",
        "RFID wristbands and cards for kindergarten safety management",
        "RFID supplier proposing three card types for kindergartens: durable, colourful long-range active wristband tags "
        "for children, cards for parents or authorised pick-up adults, and staff cards, used for identification, "
        "permissions and attendance at the gate and on the school bus to prevent children being handed to the wrong "
        "person or forgotten on a bus.",
    ),
    (
        "mJo134",
        "en",
        "missourinet_checkmate",
        "Child Check-Mate alarm so no child is left on the bus",
        "Reminder alarm that arms when the driver starts the bus and sounds at the end of the route until the driver walks "
        "to a button at the back, costing about a hundred dollars per bus; an optional motion sensor watches the cabin for "
        "30 minutes after the driver leaves and sounds the horn, while a speaker tells a waking child to sit down.",
    ),
    (
        "mJo135",
        "en",
        "campussafety_childcheck",
        "Child-check reminder systems with voice prompts, key fob and GPS",
        "Electronic child-check systems: the basic unit places a disarm button at the rear of the bus; the advanced unit "
        "adds motion detection after the driver leaves, a speaker giving voice commands for the check, a key fob so "
        "technicians can board without triggering it, and compatibility with GPS tracking.",
    ),
    (
        "mJo136",
        "en",
        "fox8_dalton",
        "Low-cost bus reminder alarm installed in-house",
        "Reminder alarm fitted to a district's eight buses for $156 each, installed by its own transport supervisor and "
        "mechanic: when the engine is off and the door opens, the driver has about 30 seconds to press the rear button "
        "after checking seats, otherwise the horn sounds and lights flash.",
    ),
    (
        "mJo137",
        "vi",
        "vnnet_phx_bus",
        "Giải pháp đưa đón học sinh theo thời gian thực, quét QR cuối xe",
        "Giải pháp của PHX Smart School (Tập đoàn Phenikaa), giải Sao Khuê 2021, đang dùng ở nhiều trường tại Hà Nội và "
        "TP.HCM: học sinh lên xe được điểm danh bởi cô phụ trách, quẹt thẻ hoặc camera AI; khi trẻ xuống hết, tài xế phải đi "
        "tới cuối xe quét mã QR mới kết thúc được hành trình; xe gắn GPS, phụ huynh nhận thông báo tự động suốt chuyến đi.",
    ),
    (
        "mJo138",
        "vi",
        "vinschool_busparent",
        "Ứng dụng theo dõi xe đưa đón cho phụ huynh",
        "Ứng dụng di động cho phụ huynh cài từ Google Play hoặc App Store: xác thực bằng mã OTP gửi vào số điện thoại đã đăng "
        "ký với trường, đăng nhập xem thông tin tuyến xe của con, chọn người đi cùng khi là anh chị em ruột, đổi mật khẩu.",
    ),
    (
        "mJo139",
        "vi",
        "vtc_xedien",
        "Thiết bị định vị, chống trộm xe điện cho học sinh tự đi học",
        "Giải pháp gắn thiết bị định vị cho xe điện, xe dưới 50 cm³ của học sinh phổ thông: phụ huynh xem lộ trình, giờ giấc, "
        "nhận cảnh báo khi xe bị di chuyển trái phép.",
    ),
    (
        "mJo140",
        "vi",
        "dinhvioto",
        "Giám sát hành trình và quản lý điều hành phương tiện vận tải",
        "Thiết bị định vị GPS và phần mềm giám sát hành trình cho doanh nghiệp vận tải: theo dõi vị trí, tốc độ, lộ trình, "
        "quản lý điều hành đội xe.",
    ),
    (
        "mJo141",
        "vi",
        "phucbinh_vantay",
        "Máy chấm công vân tay cho doanh nghiệp",
        "Máy chấm công bằng vân tay kèm phần mềm tính công cho doanh nghiệp, nhà máy, văn phòng, khách sạn: đầu đọc vân tay, "
        "bàn phím, pin dự phòng, màn hình, cổng mạng xuất dữ liệu ra máy tính.",
    ),
    # ---- early detection of developmental delay
    (
        "mJo142",
        "vi",
        "yhocphuchoi_mchat",
        "Quy trình sàng lọc tự kỷ bằng bảng kiểm M-CHAT",
        "Quy trình kỹ thuật phục hồi chức năng: dùng bảng kiểm M-CHAT 23 câu (Robins và cộng sự, Mỹ, 2001) cho trẻ 18–30 "
        "tháng, chỉ định cho trẻ chậm phát triển tinh thần, ngôn ngữ hoặc nghi tự kỷ; bác sĩ phục hồi chức năng hoặc kỹ thuật "
        "viên ngôn ngữ thực hiện trong 15–20 phút, phát phiếu cho cha mẹ tự điền hoặc phỏng vấn nếu cha mẹ không biết đọc.",
    ),
    (
        "mJo143",
        "vi",
        "thanhnien_mchat_gv",
        "Hướng dẫn giáo viên mầm non và phụ huynh dùng M-CHAT-R/F",
        "Khoa Sức khỏe Tâm trí của một bệnh viện nhi hướng dẫn giáo viên mầm non và cha mẹ dùng bảng sàng lọc tự kỷ cho trẻ "
        "dưới 3 tuổi M-CHAT-R/F gồm hai giai đoạn (bảng hỏi và phỏng vấn theo dõi cho ca dương tính), cách chấm điểm, khi "
        "nào chuyển khám; trẻ chậm nhẹ vẫn được khuyên tiếp tục học mầm non để hòa nhập.",
    ),
    (
        "mJo144",
        "vi",
        "bookingcare_mchat",
        "Bài test trực tuyến M-CHAT-R đánh giá nguy cơ tự kỷ trẻ dưới 3 tuổi",
        "Nền tảng tâm lý trực tuyến cung cấp bài test M-CHAT-R 20 câu về hành vi, giao tiếp cho trẻ 16–36 tháng (bản dịch và "
        "thích nghi năm 2017), phụ huynh tự trả lời trên điện thoại hoặc máy tính, nhận kết quả tham khảo và hướng dẫn đặt "
        "lịch chuyên gia; không thay thế chẩn đoán.",
    ),
    (
        "mJo145",
        "vi",
        "hnue_haiphong_sangloc",
        "Sàng lọc trẻ khuyết tật phát triển tại trường mầm non",
        "Khoa Giáo dục Đặc biệt (ĐHSP Hà Nội) tổ chức sàng lọc tại trường bằng bảng hỏi dành cho giáo viên, bảng kiểm phát "
        "triển, M-CHAT-R và bảng kiểm ADHD. Đợt làm ở 6 trường công lập và 2 trường tư thục tại Hải Phòng cho 2,87% trẻ nghi "
        "có vấn đề phát triển: phổ tự kỷ 1,1%, chậm phát triển 1,64%, tăng động giảm chú ý 0,13%.",
    ),
    (
        "mJo146",
        "vi",
        "ctump_dian_mchat",
        "Sàng lọc nguy cơ tự kỷ trẻ 18–36 tháng tại trung tâm y tế",
        "Nhóm nghiên cứu Trường ĐH Y Dược Cần Thơ triển khai sàng lọc rối loạn phổ tự kỷ bằng thang M-CHAT-R/F cho trẻ 18–36 "
        "tháng đến trung tâm y tế thành phố (đợt năm 2024), xác định tỷ lệ nguy cơ và tư vấn gia đình để can thiệp sớm.",
    ),
    (
        "mJo147",
        "en",
        "oregon_asq",
        "ASQ-3 and ASQ:SE-2 developmental screening through home visits",
        "Public-health home-visiting guideline using the Ages and Stages Questionnaires: 21 age-based ASQ-3 forms from 1 "
        "month to 5½ years plus the social-emotional ASQ:SE-2, given at set intervals or whenever concerns arise; results "
        "show children on schedule, areas needing practice, and the few who need referral. Screening does not diagnose.",
    ),
    (
        "mJo148",
        "en",
        "palmbeach_asq",
        "ASQ-3 / ASQ-SE screening in childcare within 45 days of enrolment",
        "Early learning coalition procedure for childcare providers: partner with parents to complete the ASQ-3 and "
        "ASQ-SE for every child aged 1 month to 5½ years within 45 calendar days of enrolment, track them on a monthly "
        "form, and help families get referrals to community agencies for full evaluation when a concern appears.",
    ),
    (
        "mJo149",
        "en",
        "spectrum_tablet",
        "Tablet app screening toddlers for autism in about 10 minutes",
        "SenseToKnow, a tablet app from Duke University, films the child watching short movies and playing a "
        "bubble-popping game and uses AI on gaze, blinks and movements; it correctly flagged autistic children 87.8 "
        "percent of the time with 80.8 percent specificity. A related eye-tracking device, EarliPoint, was FDA-cleared "
        "in 2022 (78% sensitivity, 85.4% specificity).",
    ),
    (
        "mJo150",
        "en",
        "wired_buffalo_app",
        "Smartphone eye-tracking app flagging autism signs in under a minute",
        "University at Buffalo app that tracks a child's eye movements while looking at pictures of social scenes and "
        "returns a risk indication in less than a minute; tested on 32 children aged 2 to 10, half with an autism "
        "diagnosis; intended to let parents check at home and seek therapy sooner.",
    ),
    (
        "mJo151",
        "en",
        "astramd_delay",
        "Evaluation pathway and parent coaching for developmental delay",
        "Clinical guidance service: validated parent-completed screening (ASQ), red flags needing urgent evaluation "
        "(loss of skills, no babbling or gestures by 12 months, no words by 16 months, no two-word phrases by 24 months), "
        "hearing and vision tests, targeted diagnostics, immediate referral to early intervention without waiting for a "
        "diagnosis, structured parent coaching, and re-screening every 3–6 months.",
    ),
    (
        "mJo152",
        "vi",
        "vnu_hoanhap_mn",
        "Mô hình lớp can thiệp hòa nhập trong trường mầm non",
        "Nhóm nghiên cứu Trường ĐH Giáo dục (ĐHQG Hà Nội) tư vấn tổ chức lớp can thiệp ngay trong trường mầm non cho trẻ rối "
        "loạn phát triển (khuyết tật trí tuệ, rối loạn giao tiếp, phổ tự kỷ, tăng động giảm chú ý): thuận tiện, giảm đưa "
        "đón, trẻ tiến bộ; lưu ý khó khăn về quản lý lớp và trao đổi thông tin giữa giáo viên, phụ huynh và người can thiệp.",
    ),
    (
        "mJo153",
        "vi",
        "ahi_sangloc",
        "Gói xét nghiệm sàng lọc sơ sinh 3, 8, 10 bệnh và mở rộng",
        "Phòng xét nghiệm cung cấp các gói sàng lọc sơ sinh từ mẫu máu gót chân: thiếu men G6PD, tăng sản thượng thận bẩm "
        "sinh, suy giáp bẩm sinh, thiếu Biotinidase, Galactosaemia, PKU, xơ nang, MSUD và gói mở rộng rối loạn chuyển hóa.",
    ),
    (
        "mJo154",
        "vi",
        "cpcs_sangloc",
        "Lấy máu gót chân sàng lọc sơ sinh 48–72 giờ sau sinh",
        "Dịch vụ lấy mẫu máu gót chân một lần trong 48–72 giờ sau sinh để phát hiện cùng lúc nhiều bệnh bẩm sinh (tần suất "
        "tham khảo: G6PD khoảng 2/100, suy giáp 1/3.000, tăng sản thượng thận 1/10.000, PKU 1/15.000, Galactosemia "
        "1/35.000); trẻ non tháng lấy mẫu trước ngày thứ 20.",
    ),
    # ---- teacher training
    (
        "mJo155",
        "vi",
        "thanhnien_danang_socuu",
        "Huấn luyện sơ cấp cứu cho toàn bộ giáo viên mầm non",
        "Đề án của Hội Chữ thập đỏ thành phố triển khai từ năm 2019: huấn luyện cho giáo viên mầm non kỹ thuật di chuyển "
        "nạn nhân khẩn cấp, sơ cứu dị vật, tắc đường thở, ngừng thở ngừng tim (CPR), sơ cứu vết thương phần mềm và băng bó; "
        "có trường đã cho 100% giáo viên tham gia.",
    ),
    (
        "mJo156",
        "vi",
        "rtccd_socuu",
        "Tập huấn sơ cấp cứu và phòng ngạt tắc đường thở cho trường mầm non",
        "Trung tâm Nghiên cứu và Đào tạo Phát triển Cộng đồng (RTCCD) cùng bác sĩ phòng khám tập huấn cho khoảng 100 giáo "
        "viên, nhân viên của 3 trường mầm non: 4 bài, mở đầu bằng phòng tránh ngạt tắc đường thở (nhận biết hội chứng xâm "
        "nhập: ho sặc sụa, mặt đỏ, chảy nước mắt nước mũi), thực hành sơ cứu đúng cách.",
    ),
    (
        "mJo157",
        "vi",
        "qrt_tamky",
        "Tập huấn phòng chống tai nạn thương tích, đuối nước và sơ cấp cứu",
        "Viện Khoa học an toàn Việt Nam tập huấn cho hơn 100 cán bộ quản lý, giáo viên, phụ huynh và nhóm lớp tư thục: quy "
        "trình sơ cấp cứu tại chỗ khi đuối nước, điện giật, bỏng, hóc dị vật, ngưng tim ngưng thở; kỹ năng phòng tránh xâm "
        "hại và bạo lực học đường; thực hành trải nghiệm.",
    ),
    (
        "mJo158",
        "vi",
        "dieuduong_vsf",
        "Chương trình y học cộng đồng cho phụ huynh và giáo viên",
        "Quỹ Vì Tầm Vóc Việt phối hợp Đoàn Thanh niên Trường ĐH Y Hà Nội tổ chức 12 lớp trong 2 ngày cho 120 phụ huynh và "
        "giáo viên, gồm 4 nhóm nội dung: phòng chống đuối nước, tai nạn thương tích và sơ cấp cứu; dinh dưỡng hợp lý; sức "
        "khỏe tâm thần học đường; chăm sóc răng miệng; cách dạy đi từ tình huống thật.",
    ),
    (
        "mJo159",
        "en",
        "prichard_coaching",
        "Coaching and technical assistance for early care and education staff",
        "Professional development service for ECE teachers, caregivers and administrators: one-to-one coaching built on "
        "planning, observation, feedback, reflection and modelling, plus technical assistance through on-site "
        "consultations, workshops, communities of practice and referrals; focus areas include curriculum implementation "
        "and inclusive practices.",
    ),
    (
        "mJo160",
        "en",
        "zerotothree_click",
        "Click. Coach. Connect. – director-led coaching for infant-toddler teachers",
        "Evidence-informed coaching initiative (Penn State with a Philadelphia provider network) that prepares "
        "infant-toddler programme directors, and later lead teachers, to act as coaches inside their own programmes; "
        "quality ratings and participant feedback showed improved infant-toddler care.",
    ),
    (
        "mJo161",
        "en",
        "rowan_pd_inclusive",
        "Professional development and classroom coaching on inclusive preschool practice",
        "School–university partnership model combining PD sessions, classroom coaching, observation and reflection for "
        "preschool teams; it increased the use of visual supports and helped teachers support communication, community "
        "building and inclusion of children with disabilities.",
    ),
    (
        "mJo162",
        "vi",
        "tt36_bdtx",
        "Biên soạn tài liệu bồi dưỡng thường xuyên giáo viên mầm non",
        "Nhóm giảng viên sư phạm biên soạn tài liệu, mô-đun và tổ chức lớp theo Chương trình bồi dưỡng thường xuyên giáo "
        "viên mầm non (ban hành kèm Thông tư 36/2011): khối kiến thức bắt buộc theo nhiệm vụ năm học của Bộ và theo yêu cầu "
        "phát triển của địa phương, cùng các mô-đun tự chọn nâng cao năng lực chuyên môn, nghiệp vụ.",
    ),
    (
        "mJo163",
        "en",
        "pakeys_firstaid",
        "Pediatric first aid and infant/child CPR course for early learning staff",
        "Four-to-six-hour hands-on course following national child care health and safety standards (over 30 first aid "
        "topics): infant CPR at least 100 compressions a minute, child CPR 100–120, cycles of 30 compressions and 2 "
        "breaths for about 2 minutes, choking response, managing the rest of the group calmly, and AAP first aid, choking "
        "and CPR wall charts (a pack of 100 for $55).",
    ),
    (
        "mJo164",
        "en",
        "nrckids_cfoc",
        "Standards-based first aid/CPR training and record-keeping plan for child care",
        "Implementation support for the national child care standard requiring every direct-care staff member to complete "
        "documented pediatric first aid and CPR taught in person with instructor demonstrations, renewed on the provider's "
        "cycle, with an AED with pediatric pads considered for children under 8 and training records kept in personnel files.",
    ),
]
