"""Needs of the holdout116 set, posted from Tra Vinh / Vinh Long, with graded offers.

Rows: (id, language, source key, title, description, {offer id: grade}). 2 = would solve the need,
1 = partly relevant (partial answer or adjacent step); offers not listed are judged not relevant.
"""

NEEDS = [
    # --- market drainage and wastewater ---
    (
        "mNn01",
        "vi",
        "cho_khong_thoat_nuoc",
        "Chợ Cầu Kè cần làm hệ thống thoát và xử lý nước thải",
        "Ban quản lý chợ thị trấn Cầu Kè: chợ xây từ trước không thiết kế cống thoát nước và chỗ xử lý nước "
        "thải, mỗi đêm sau khi dội rửa sạp, nước bẩn theo cống hở tràn ra đường, chảy vào nhà dân xung quanh. "
        "Cần đơn vị khảo sát, thiết kế lại mạng thu gom, thoát nước và công trình xử lý phù hợp kinh phí của xã.",
        {
            "mNo001": 2,
            "mNo003": 2,
            "mNo002": 1,
            "mNo004": 1,
            "mNo005": 1,
            "mNo006": 1,
            "mNo007": 1,
            "mNo008": 1,
            "mNo013": 1,
        },
    ),
    (
        "mNn02",
        "en",
        "travinh_he_thong_cho",
        "Drainage and wastewater collection for semi-permanent markets in Tra Vinh",
        "The provincial market network has about 115 markets, of which 24 are semi-permanent and 11 have no "
        "market hall, serving nearly 9,600 business households. The upgrading programme needs a standard package "
        "to collect and drain wash water and wastewater from these markets to a treatment point instead of "
        "letting it run off onto roads and canals.",
        {"mNo001": 2, "mNo003": 2, "mNo002": 1, "mNo005": 1, "mNo006": 1, "mNo008": 1, "mNo013": 1},
    ),
    (
        "mNn03",
        "vi",
        "caugiay_nuocthai_cho",
        "Tiền xử lý nước thải nhiều mỡ, máu ở khu bán cá thịt chợ Trà Ôn",
        "Tiểu thương khu thủy sản, thịt chợ Trà Ôn phản ánh cống thường tắc vì mỡ, máu, vảy cá. Đo thử nước "
        "thải các chợ tương tự thấy COD có lúc trên 2.000 mg/l, chất rắn lơ lửng và coliform vượt quy chuẩn nhiều "
        "lần. Ban quản lý cần giải pháp tách mỡ, lắng cặn trước khi xả vào cống chung của thị trấn.",
        {"mNo004": 2, "mNo001": 2, "mNo002": 1, "mNo005": 1, "mNo009": 1, "mNo010": 1, "mNo011": 1, "mNo012": 1},
    ),
    (
        "mNn04",
        "en",
        "thvl_rac_cho",
        "Treatment of wash water at a fish market in Duyen Hai",
        "Our cooperative runs a fish wholesale market next to the Duyen Hai landing site. Fish are washed, sorted "
        "and iced on the floor every morning, and the water, full of blood, slime and scales, goes straight to "
        "the canal, which smells and draws complaints. We need a treatment system sized for a market of this "
        "kind, and help running it.",
        {"mNo001": 2, "mNo009": 2, "mNo010": 2, "mNo002": 1, "mNo004": 1, "mNo011": 1, "mNo012": 1},
    ),
    (
        "mNn05",
        "vi",
        "cho_khong_thoat_nuoc",
        "Nen cho khu ca Tieu Can dong nuoc, can lam lai ranh va do doc",
        "Khu ban ca cho Tieu Can lat gach phang, ranh thoat nho va ho, rua san xong nuoc dong thanh vung, tron "
        "te, boc mui. Ban quan ly muon lam lai nen co do doc ve ranh, ranh co nap/luoi inox de rua hang ngay, "
        "khong ket rac, khong vuong chan nguoi di cho. Can don vi tu van va thi cong.",
        {"mNo005": 2, "mNo006": 2, "mNo007": 2, "mNo003": 1, "mNo008": 1, "mNo016": 1},
    ),
    (
        "mNn06",
        "en",
        "travinh_he_thong_cho",
        "Environmental dossier and wastewater monitoring for a new market in Long Ho",
        "A new commune market in Long Ho will open under the provincial plan for new markets. Before operation "
        "we must prepare the environmental protection dossier and a monitoring programme, including sampling the "
        "market's wastewater against the national domestic-wastewater standard. We look for a firm or laboratory "
        "to do both.",
        {"mNo002": 2, "mNo013": 2, "mNo001": 1},
    ),
    (
        "mNn07",
        "en",
        "thvl_rac_cho",
        "Grease from food stalls blocking drains at the Vinh Long night market",
        "The food-stall zone of our night market in Vinh Long city cooks and washes dishes every evening; fat "
        "and food scraps go into the drains, which block and overflow, and the waste around the market is not "
        "handled well. We need a grease interceptor and a better drain layout for the cooking stalls.",
        {"mNo004": 2, "mNo005": 2, "mNo003": 1, "mNo016": 1},
    ),
    # --- market solid waste, composting, pests, hygiene ---
    (
        "mNn08",
        "vi",
        "travinh_rac_un_u",
        "Xử lý tại chỗ rác hữu cơ ùn ứ ở chợ Trà Vinh",
        "Ban quản lý chợ Trà Vinh: từ khi đổi đơn vị thu gom, rác chỉ được gom một lần mỗi ngày thay vì 2–3 "
        "lần, có lúc chất cao cả mét giữa ngã tư, nước rỉ hôi thối, ruồi muỗi. Phần lớn là rau, trái cây, vụn "
        "cá. Chúng tôi muốn phân loại và ủ compost rác hữu cơ ngay tại chợ để giảm lượng phải chở đi.",
        {
            "mNo022": 2,
            "mNo018": 2,
            "mNo017": 2,
            "mNo019": 2,
            "mNo003": 1,
            "mNo020": 1,
            "mNo021": 1,
            "mNo023": 1,
            "mNo024": 1,
        },
    ),
    (
        "mNn09",
        "en",
        "thvl_rac_cho",
        "Partner haulers and farms to take market organic waste in Vinh Long",
        "Several markets in Vinh Long city generate a steady stream of vegetable and fruit waste that is not "
        "handled well and pollutes the surroundings. We do not have space to compost on site; we want a "
        "collection arrangement with haulers and nearby fruit farms that would take the separated organic waste "
        "every day and compost it on the farm.",
        {"mNo020": 2, "mNo017": 1, "mNo018": 1, "mNo019": 1},
    ),
    (
        "mNn10",
        "vi",
        "travinh_rac_un_u",
        "Cần men vi sinh và hướng dẫn ủ rác hữu cơ của chợ",
        "Tổ vệ sinh chợ phường Trà Vinh muốn thử ủ phần rác rau củ, lá chuối, vỏ trái cây thành phân bón cho "
        "bà con trồng rau, tránh cảnh rác ùn ứ bốc mùi như thời gian qua. Cần mua chế phẩm vi sinh ủ nhanh và "
        "được hướng dẫn cách trộn, đảo, giữ ẩm, thông khí để không hôi.",
        {"mNo024": 2, "mNo021": 2, "mNo018": 1, "mNo022": 1, "mNo023": 1},
    ),
    (
        "mNn11",
        "en",
        "travinh_rac_un_u",
        "Stop odour and leachate at the Tra Vinh market garbage point",
        "Garbage piles up in the streets inside Tra Vinh market, leachate seeps into the selling area and flies "
        "gather, even beside the 'no dumping' sign. The market board wants a proper collection point with "
        "covered, separated bins, a fixed collection schedule and rules for vendors so waste stops reaching the "
        "drains.",
        {"mNo003": 2, "mNo029": 2, "mNo022": 1, "mNo027": 1},
    ),
    (
        "mNn12",
        "vi",
        "thvl_rac_cho",
        "Cho Cau Ngang nhieu chuot, ruoi, can diet chuot an toan",
        "Ban quan ly cho Cau Ngang: rac va vun thuc pham de lai sau buoi cho lam chuot sinh soi, can hong bao "
        "tai, ruoi bu thit ca. Khong muon rai thuoc doc gan hang thuc pham. Can dich vu diet chuot an toan va "
        "huong dan don ve sinh de chuot khong con cho an, cho o.",
        {"mNo025": 2, "mNo026": 2, "mNo027": 1, "mNo028": 1},
    ),
    (
        "mNn13",
        "en",
        "butcher_shops_ethiopia",
        "Daily cleaning and disinfection routine for the meat and fish sections",
        "In the meat and fish rows of a Tra Vinh city market most stalls have wooden chopping boards, dusty walls "
        "and earth or cracked floors, and no one disinfects at the end of the day. The market board wants a "
        "written cleaning and disinfection schedule, chemicals and short training for vendors and cleaners.",
        {"mNo027": 2, "mNo028": 2, "mNo026": 1, "mNo032": 1, "mNo044": 1, "mNo053": 1, "mNo054": 1},
    ),
    (
        "mNn14",
        "vi",
        "butcher_hygiene_table4",
        "Điểm rửa tay cho tiểu thương chợ Càng Long",
        "Khảo sát nhanh ở chợ Càng Long: không người bán thịt nào rửa tay thường xuyên, rất ít sạp có xà phòng "
        "hay dung dịch sát khuẩn, tay vừa cầm tiền vừa cầm thịt. Các sạp không có vòi nước. Ban quản lý cần mẫu "
        "trạm rửa tay di động, dễ làm, có chỗ chứa nước thải để đặt ở các dãy thịt, cá.",
        {"mNo047": 2, "mNo048": 2, "mNo049": 2, "mNo027": 1},
    ),
    (
        "mNn15",
        "en",
        "butcher_shops_ethiopia",
        "Baseline WASH assessment of Vinh Long city markets",
        "Before applying for upgrade funds, the Vinh Long city market board wants an independent baseline of "
        "water, sanitation and hygiene: toilets, handwashing facilities, floors and counters, contact between "
        "money and meat, and the bacterial risk to shoppers, market by market, with priorities.",
        {"mNo032": 2, "mNo027": 1},
    ),
    (
        "mNn16",
        "en",
        "butcher_hygiene_table4",
        "Handwashing for a weekly open-air market without plumbing",
        "The Sunday market at a commune in Chau Thanh, Tra Vinh runs on an open field with no tap water. Meat and "
        "fish sellers do not wash their hands and handle cash and meat together. We need portable handwashing "
        "stations that carry their own water and collect the used water so it is not poured on the ground.",
        {"mNo047": 2, "mNo048": 2, "mNo049": 2, "mNo027": 1},
    ),
    (
        "mNn17",
        "vi",
        "thvl_rac_cho",
        "Tận dụng đầu, ruột cá ở chợ cá Láng Chim",
        "Tổ hợp tác sơ chế cá ở chợ cá Láng Chim, Duyên Hải mỗi ngày thải ra nhiều đầu, ruột, vây cá, hiện đổ "
        "chung rác chợ, gây hôi và ô nhiễm. Chúng tôi muốn biến phần này thành sản phẩm bán được như thức ăn "
        "chăn nuôi hay phân bón, với công nghệ đơn giản, vốn ít.",
        {"mNo126": 2, "mNo127": 1},
    ),
    # --- fish and meat stalls, cold display, ice, stall hygiene ---
    (
        "mNn18",
        "en",
        "kienthuc_thit_mua_he",
        "Solar cool box for fish sellers in Duyen Hai",
        "Women selling fish along the market road in Duyen Hai keep fish in basins without ice; on hot days above "
        "35 °C fish starts to spoil within a few hours and leftovers are thrown away. Power at the stalls is weak "
        "and ice is not always available. We are looking for a cooler that runs on solar power and can be moved.",
        {"mNo037": 2, "mNo038": 2, "mNo039": 1, "mNo040": 1, "mNo041": 1, "mNo042": 1},
    ),
    (
        "mNn19",
        "vi",
        "kienthuc_thit_mua_he",
        "Bố trí lại quầy bày cá trong nhà lồng chợ Trà Vinh",
        "Nhà lồng cá chợ Trà Vinh chật, cá bày trên nền hoặc thau, nắng nóng làm cá mau ươn. Ban quản lý muốn "
        "thiết kế lại: mỗi quầy cần bao nhiêu diện tích bày trên đá, bàn loại gì dễ rửa, thoát nước, tách khu "
        "cá với khu thịt, chỗ để thùng giữ lạnh cá chưa bán.",
        {"mNo033": 2, "mNo035": 2, "mNo036": 2, "mNo034": 1, "mNo040": 1, "mNo041": 1, "mNo059": 1},
    ),
    (
        "mNn20",
        "vi",
        "butcher_hygiene_table4",
        "Tủ mát trưng bày thịt cho sạp heo chợ Tiểu Cần",
        "Hộ kinh doanh thịt heo ở chợ Tiểu Cần bày thịt trên mặt sạp gỗ, không che ruồi, không có tủ lạnh, "
        "thịt để từ sáng tới trưa. Muốn đầu tư tủ trưng bày có kính, giữ thịt khoảng 0–4 °C, dễ vệ sinh, biết "
        "cách cài nhiệt độ và theo dõi để không làm khô mặt thịt.",
        {"mNo057": 2, "mNo058": 2, "mNo059": 2, "mNo045": 1, "mNo046": 1, "mNo053": 1},
    ),
    (
        "mNn21",
        "en",
        "hanoimoi_ure",
        "Better ice for fish vendors at Cau Ngang market",
        "Fish sellers at Cau Ngang buy block ice and crush it themselves; sharp pieces bruise the fish and the "
        "ice runs out by mid-morning, and some sellers are tempted to use urea to keep fish looking fresh. The "
        "vendors' group wants a reliable supply of gentler ice, or a way to make it, and simple icing practice.",
        {"mNo039": 2, "mNo040": 2, "mNo041": 2, "mNo042": 1, "mNo043": 1},
    ),
    (
        "mNn22",
        "vi",
        "butcher_shops_ethiopia",
        "Sap thit cho Vung Liem can tap huan ve sinh va bao quan thit",
        "Nhom tieu thuong ban thit heo cho Vung Liem: thit ban tu 3 gio sang toi trua, thot go, khong tu lanh, "
        "goi thit bang giay bao, tay cam tien roi cam thit. Muon co lop tap huan ngan ve ve sinh sap, dung cu, "
        "bao quan thit va duoc ho tro dung cu ve sinh gia re.",
        {"mNo044": 2, "mNo096": 2, "mNo097": 2, "mNo045": 1, "mNo046": 1, "mNo051": 1, "mNo057": 1},
    ),
    (
        "mNn23",
        "en",
        "kienthuc_thit_mua_he",
        "Keeping fresh chicken safe longer at Binh Minh market",
        "Our family slaughters chickens in the early morning and sells them at Binh Minh market until noon "
        "without refrigeration; in the hot season the meat turns slimy and smells by late morning. We want a safe, "
        "approved treatment that slows bacterial growth on fresh chicken kept at ambient temperature.",
        {"mNo052": 2, "mNo046": 1, "mNo053": 1},
    ),
    (
        "mNn24",
        "vi",
        "havi_gia_cam",
        "An toàn sinh học cho khu bán gà vịt sống chợ Tam Bình",
        "Chợ Tam Bình có dãy bán gà vịt sống và giết mổ thuê ngay tại chợ, lồng để qua đêm, phân, lông, nước "
        "bẩn lênh láng, người mua đứng sát lồng. Ban quản lý cần hướng dẫn sắp xếp lại khu này, lịch khử trùng, "
        "tách người mua khỏi khu giết mổ để phòng cúm gia cầm.",
        {"mNo054": 2, "mNo027": 1, "mNo028": 1, "mNo053": 1},
    ),
    (
        "mNn25",
        "vi",
        "butcher_hygiene_table4",
        "Thiết kế dãy sạp thịt cho chợ mới ở Trà Cú",
        "Huyện Trà Cú xây lại chợ trung tâm, ban quản lý muốn dãy sạp thịt làm đúng ngay từ đầu: có chỗ sơ chế "
        "riêng, chống ruồi, thông gió, có nước sạch, sàn và tường dễ rửa, chỗ bỏ phụ phẩm. Cần tiêu chí thiết "
        "kế cụ thể cho mỗi sạp.",
        {"mNo045": 2, "mNo044": 2, "mNo008": 1, "mNo051": 1},
    ),
    (
        "mNn26",
        "en",
        "kienthuc_thit_mua_he",
        "Insulated boxes for motorbike fish sellers in Cau Ke",
        "Mobile fish sellers in Cau Ke carry fish on motorbikes to hamlets from dawn to noon in styrofoam boxes "
        "with a little ice; by late morning the fish is warm. We want a better insulated container and practical "
        "training on how much ice to use and how to pack fish so it stays cold for the whole round.",
        {"mNo040": 2, "mNo042": 2, "mNo038": 1, "mNo041": 1},
    ),
    (
        "mNn27",
        "en",
        "lauttimur_ice",
        "Checking that displayed fish really stays cold",
        "A fish retail cooperative in Tra Vinh city sells on ice every morning, but members suspect fish on the "
        "counter warms up even with ice around it. We want a simple temperature check routine for the display "
        "and better ways to ice the fish so the core stays near 0 °C until sold.",
        {"mNo034": 2, "mNo040": 2, "mNo041": 1, "mNo042": 1, "mNo059": 1},
    ),
    (
        "mNn28",
        "en",
        "lauttimur_ice",
        "Chilled fish cabinet with humidity control for a Vinh Long market stall",
        "A seafood stall in Vinh Long city market wants to switch from open ice trays to a chilled display "
        "cabinet for fresh fish. It must hold fish just around 0 °C, control humidity so fish does not dry out, "
        "and resist corrosion from salt and washing. Advice on which cabinet and settings is needed.",
        {"mNo059": 2, "mNo034": 1, "mNo057": 1, "mNo058": 1},
    ),
    # --- rapid food-safety tests ---
    (
        "mNn29",
        "vi",
        "vinhlong_cho_attp",
        "Bộ test nhanh hàn the cho ban quản lý chợ an toàn thực phẩm",
        "Chợ Phước Thọ và các chợ an toàn thực phẩm ở Cái Ngang, Tam Bình, Tân Quới, Trà Ôn cho tiểu thương ký "
        "cam kết không bán hàng có hàn the. Ban quản lý cần bộ test nhanh hàn the giá rẻ, dễ dùng để tự kiểm "
        "tra giò chả, bún, bánh canh hằng tuần ngay tại chợ.",
        {"mNo060": 2, "mNo079": 2, "mNo072": 1, "mNo073": 1, "mNo075": 1, "mNo078": 1},
    ),
    (
        "mNn30",
        "en",
        "hanoimoi_ure",
        "On-the-spot urea test for fish and squid",
        "The fish traders' group at a Tra Vinh city market wants to prove to buyers that their fish, shrimp and "
        "squid are not preserved with urea fertiliser. Members need a quick test they can run at the stall, or a "
        "testing team that screens samples on site.",
        {"mNo061": 2, "mNo062": 2, "mNo063": 1, "mNo087": 1},
    ),
    (
        "mNn31",
        "vi",
        "dailystar_formalin",
        "Kit phát hiện nhanh formol trong cá, mực ở chợ Cầu Ngang",
        "Người tiêu dùng nghi cá, mực nhập từ nơi khác về chợ Cầu Ngang bị ngâm formol vì để lâu không ươn; "
        "ngay cả quầy treo bảng 'không formol' cũng bị nghi. Hội người tiêu dùng xã cần bộ kit phát hiện "
        "formol nhanh để kiểm tra ngẫu nhiên tại chợ.",
        {"mNo064": 2, "mNo066": 2, "mNo065": 1, "mNo073": 1},
    ),
    (
        "mNn32",
        "en",
        "kontum_beta_agonist",
        "Screening pigs for lean-meat drugs before slaughter in Tieu Can",
        "A slaughter point in Tieu Can buys pigs from many small farms. The owner wants to screen pigs' urine "
        "for clenbuterol, salbutamol and ractopamine on arrival, quickly and cheaply, so that suspect animals are "
        "refused before slaughter.",
        {"mNo067": 2, "mNo068": 2, "mNo069": 2, "mNo070": 1, "mNo071": 1, "mNo073": 1, "mNo085": 1, "mNo086": 1},
    ),
    (
        "mNn33",
        "vi",
        "thanhnien_test_nhanh",
        "Phòng thí nghiệm khẳng định khi test nhanh chất cấm dương tính",
        "Doanh nghiệp thu mua heo ở Càng Long dùng que thử nhanh nhưng test nhanh có sai số, có lô bị nghi "
        "clenbuterol, ractopamine mà không chắc chắn. Cần phòng thí nghiệm nhận phân tích định lượng mẫu thịt, "
        "nước tiểu để khẳng định trước khi trả hàng cho thương lái.",
        {"mNo071": 2, "mNo086": 2, "mNo067": 1, "mNo068": 1, "mNo069": 1, "mNo070": 1},
    ),
    (
        "mNn34",
        "en",
        "hanoi_320_mau",
        "Mobile testing unit for rural markets of Vinh Long",
        "Inspections that tested hundreds of food samples elsewhere found borax in about a fifth of them, and "
        "our inter-agency food safety team wants the same reach in rural markets of Tra On and Vung Liem. We need "
        "a vehicle equipped for rapid screening and sampling on the spot.",
        {"mNo074": 2, "mNo075": 2, "mNo072": 1, "mNo073": 1},
    ),
    (
        "mNn35",
        "vi",
        "vtv_dirty_pork",
        "Kiểm tra nhanh độ tươi thịt heo bày bán không bao gói",
        "Hội người tiêu dùng thành phố Trà Vinh nghi có thịt heo để lâu được tẩm hóa chất cho tươi lại, bày "
        "trần trên sạp không bao gói. Cần phương pháp kiểm tra nhanh độ tươi và phát hiện thịt ôi đã xử lý hóa "
        "chất mà tình nguyện viên làm được ngay tại chợ.",
        {"mNo077": 2, "mNo072": 1, "mNo076": 1},
    ),
    (
        "mNn36",
        "en",
        "thanhnien_test_nhanh",
        "Multi-parameter rapid kits for a school canteen supplier",
        "A catering company in Cang Long buys ingredients at the market for three school canteens. Inspectors "
        "found a suspicious noodle sample last term. We want a set of rapid kits for borax, formaldehyde, "
        "nitrite and pesticide residues to check deliveries each morning, sending doubtful samples to a lab.",
        {"mNo072": 2, "mNo073": 2, "mNo060": 1, "mNo064": 1, "mNo066": 1, "mNo079": 1},
    ),
    (
        "mNn37",
        "vi",
        "suutam_kit_viet",
        "HTX cha ca Tra Cu can kiem soat han the trong san pham",
        "Hop tac xa lam cha ca o Tra Cu muon chung minh san pham khong co han the de vao sieu thi va bep an. "
        "Can bo thu nhanh han the san xuat trong nuoc gia re de tu kiem tung me, va huong dan phuong phap "
        "kiem tra theo tieu chuan quoc gia.",
        {"mNo060": 2, "mNo078": 2, "mNo079": 2, "mNo072": 1},
    ),
    (
        "mNn38",
        "vi",
        "hanoimoi_ure",
        "Giám sát định kỳ urê trong hải sản tại các chợ Duyên Hải",
        "Đoàn kiểm tra liên ngành thị xã Duyên Hải muốn lập chương trình giám sát hằng tháng urê trong cá nục, "
        "mực, tôm bán ở các chợ và vựa, lấy mẫu tại chỗ, thử nhanh và có số liệu so sánh giữa các điểm bán.",
        {"mNo061": 2, "mNo062": 2, "mNo087": 2, "mNo063": 1},
    ),
    (
        "mNn39",
        "en",
        "dailystar_formalin",
        "Testing many fish and noodle samples for formaldehyde before Tet",
        "The consumer association of Tra Vinh plans a pre-Tet campaign and expects dozens of fish, squid and "
        "fresh noodle samples a day from markets that call themselves formalin-free. It needs a formaldehyde test "
        "that handles many samples quickly on site.",
        {"mNo064": 2, "mNo066": 2, "mNo065": 1, "mNo073": 1},
    ),
    (
        "mNn40",
        "en",
        "hanoi_320_mau",
        "Laboratory quality testing of fresh pork for a supply contract",
        "A meat shop in Vinh Long city signing a contract to supply school kitchens must present test results "
        "for its fresh pork: sensory state, pH, hydrogen sulphide and ammonia reactions, and heavy metals. It "
        "needs an accredited laboratory service.",
        {"mNo076": 2, "mNo077": 1},
    ),
    # --- small slaughterhouses: design, hygiene, by-products ---
    (
        "mNn41",
        "en",
        "tanhoi_lo_mo",
        "Hoist and slaughter slab for a small pig slaughter point in Long Duc",
        "A household slaughter point in Long Duc commune, Tra Vinh kills 10–15 pigs a night on the floor, so "
        "carcasses lie in blood and water. The owner wants a simple, cheap way to hang pigs for bleeding and "
        "dressing, and a washable slab, without building a full slaughterhouse.",
        {"mNo089": 2, "mNo090": 2, "mNo091": 1, "mNo100": 1},
    ),
    (
        "mNn42",
        "vi",
        "vinhlong_40_lo",
        "Tập huấn nghiệp vụ kiểm soát giết mổ cho cán bộ thú y",
        "Tỉnh có khoảng 40 lò giết mổ tập trung, đang nâng cấp 21 cơ sở và đóng cửa 13 cơ sở không đạt. Chi "
        "cục thú y cần khóa tập huấn cho nhân viên kiểm soát giết mổ: kiểm tra trước, trong, sau giết mổ, xử lý "
        "thân thịt, phủ tạng và đóng dấu, dán tem đúng quy định.",
        {"mNo128": 2, "mNo092": 1, "mNo129": 1, "mNo130": 1},
    ),
    (
        "mNn43",
        "vi",
        "safepork_project",
        "Giảm Salmonella tại lò mổ heo Mang Thít với chi phí thấp",
        "Lò mổ tập trung ở Mang Thít cung cấp thịt cho các chợ quanh huyện, chủ yếu do tiểu thương nữ bán lại. "
        "Chủ lò muốn giảm nhiễm Salmonella trên thân thịt mà không phải đầu tư lớn: cần gói tập huấn, dụng cụ "
        "vệ sinh đơn giản và cách đo kết quả trước và sau.",
        {"mNo095": 2, "mNo096": 2, "mNo097": 2, "mNo098": 2, "mNo044": 1, "mNo093": 1, "mNo105": 1},
    ),
    (
        "mNn44",
        "vi",
        "aciar_pork_blog",
        "Đánh giá vi sinh thân thịt ở lò mổ Tam Bình",
        "Chủ lò giết mổ heo ở Tam Bình (mổ và bán cả thịt ra chợ) muốn có số liệu nền về tổng vi khuẩn, E. coli, "
        "Salmonella trên thân thịt để biết mức vệ sinh hiện nay và chứng minh cải thiện với người mua.",
        {"mNo093": 2, "mNo094": 1, "mNo098": 1, "mNo105": 1},
    ),
    (
        "mNn45",
        "vi",
        "cho_mo_ga_thue",
        "Khu giết mổ gà vịt thuê hợp vệ sinh ở chợ Cái Vồn",
        "Ở chợ Cái Vồn, Bình Minh, các sạp bán gà vịt nhận giết mổ, vặt lông thuê tại chỗ, 10.000–15.000 "
        "đồng/con, máy vặt lông chạy liên tục, lông, máu, nước vương vãi ra lối đi. Ban quản lý muốn tổ chức "
        "lại thành khu giết mổ gia cầm nhỏ, tách khỏi người mua, dễ khử trùng.",
        {"mNo054": 2, "mNo027": 1, "mNo053": 1, "mNo090": 1, "mNo110": 1},
    ),
    (
        "mNn46",
        "en",
        "camau_lo_mo_nghia_dia",
        "Collecting slaughter blood for blood meal",
        "A pig slaughter point serving Tra Cu markets kills 70–80 pigs a night and lets all the blood run into "
        "open drains and the fields. The owner wants to collect the blood and turn it into a saleable product "
        "such as blood meal for feed, with small, cheap equipment.",
        {"mNo101": 2, "mNo102": 2, "mNo104": 1, "mNo106": 1, "mNo109": 1},
    ),
    (
        "mNn47",
        "vi",
        "dongnai_diem_giet_mo",
        "Thiet ke lo mo nho day du cho xa o Vung Liem",
        "Huyen Vung Liem con thieu diem giet mo tap trung. Mot to hop tac muon xay lo mo nho khoang 20 heo va "
        "vai con bo moi dem, can ban ve mau gom chuong cho, san mo, phong lanh, xu ly nuoc thai, mau va chat "
        "thai ran, lam tung phan theo von.",
        {"mNo090": 2, "mNo100": 2, "mNo089": 1, "mNo091": 1, "mNo092": 1, "mNo099": 1},
    ),
    (
        "mNn48",
        "en",
        "aciar_pork_blog",
        "Hygiene training for slaughter workers in Chau Thanh",
        "A small pig slaughterhouse in Chau Thanh, Tra Vinh employs family workers who smoke and eat on the "
        "slaughter floor and rinse knives in the same bucket. The owner wants short, practical hygiene training "
        "that changes these habits, ideally proven to reduce contamination.",
        {"mNo096": 2, "mNo098": 2, "mNo044": 1, "mNo092": 1, "mNo095": 1},
    ),
    (
        "mNn49",
        "vi",
        "safepork_project",
        "Đo Salmonella trên thịt heo bán lẻ trước và sau can thiệp",
        "Phòng Kinh tế TP Vĩnh Long muốn đánh giá một dự án cải thiện vệ sinh sạp thịt ở các chợ: cần đơn vị "
        "lấy mẫu thịt heo bán lẻ, bề mặt, bàn tay, xét nghiệm Salmonella, tổng vi khuẩn trước và sau can thiệp.",
        {"mNo096": 2, "mNo097": 2, "mNo093": 1, "mNo094": 1, "mNo098": 1},
    ),
    # --- slaughterhouse wastewater ---
    (
        "mNn50",
        "en",
        "tanhoi_lo_mo",
        "Low-cost natural treatment for a slaughter point near Vinh Long city",
        "A slaughter point in Tan Hoi commune kills 50–70 pigs between midnight and 3 a.m. and keeps all waste "
        "in one black pond; neighbours and a school complain of smell and flies. The owner has about 200 m2 of "
        "land and wants a low-cost, low-energy natural treatment.",
        {
            "mNo116": 2,
            "mNo117": 2,
            "mNo118": 2,
            "mNo119": 2,
            "mNo106": 1,
            "mNo109": 1,
            "mNo111": 1,
            "mNo113": 1,
            "mNo123": 1,
        },
    ),
    (
        "mNn51",
        "en",
        "binhminh_rach_o_nhiem",
        "Treating biogas effluent from a slaughter point in Cau Ke",
        "Our slaughter point in Cau Ke already has a biogas digester, but its outflow is still black and smelly "
        "and runs into the irrigation canal that neighbours use for vegetables and fruit trees, the same kind of "
        "problem that got a food plant in Binh Minh fined and suspended. We have about 100 m2 behind the building "
        "and need a post-biogas treatment step.",
        {
            "mNo107": 2,
            "mNo108": 2,
            "mNo116": 2,
            "mNo117": 2,
            "mNo118": 2,
            "mNo119": 2,
            "mNo106": 1,
            "mNo111": 1,
            "mNo120": 1,
            "mNo123": 1,
        },
    ),
    (
        "mNn52",
        "vi",
        "havi_gia_cam",
        "Tách lông, máu, mỡ trước hầm biogas ở cơ sở giết mổ gia cầm Trà Cú",
        "Cơ sở giết mổ gà vịt thuê ở Trà Cú mổ vài trăm con mỗi ngày, lông, máu, mỡ, ruột theo nước rửa xuống "
        "hầm biogas làm nghẹt hầm, tràn ra mương. Cần cách thu gom riêng chất rắn, tách mỡ, lắng cặn trước khi "
        "nước vào hầm và vào mương.",
        {"mNo109": 2, "mNo110": 2, "mNo004": 1, "mNo106": 1},
    ),
    (
        "mNn53",
        "en",
        "vinhlong_40_lo",
        "Sizing water use and wastewater for a new slaughterhouse in Long Ho",
        "We plan a concentrated slaughterhouse in Long Ho for about 30 pigs and 5 cattle a day, one of the new "
        "facilities under the provincial upgrading plan. Before choosing a treatment system we need to estimate "
        "water use and wastewater volume and strength per animal, and measure them once running.",
        {"mNo112": 2, "mNo114": 2, "mNo115": 2, "mNo111": 1, "mNo113": 1},
    ),
    (
        "mNn54",
        "vi",
        "camau_lo_mo_nghia_dia",
        "Lo mo Cau Ngang muon lam dat ngap nuoc trong co vetiver sau ham biogas",
        "Lo mo heo o Cau Ngang moi dem mo 60-70 con, nuoc thai qua ham biogas roi xa ra cong ho chay ra ruong. "
        "Chu lo muon lam them bai loc dat ngap nuoc trong co vetiver hoac cay dia phuong de xu ly tiep, can "
        "thiet ke va so lieu hieu qua.",
        {"mNo116": 2, "mNo117": 2, "mNo118": 2, "mNo119": 2, "mNo106": 1, "mNo123": 1},
    ),
    (
        "mNn55",
        "en",
        "camau_lo_mo_nghia_dia",
        "Odour and flies from waste at a slaughter point near homes",
        "A pig slaughter point near houses in Tra Cu keeps offal, manure and sludge in open pits and its old pens "
        "are cracked; smell and flies reach the neighbours every night. The owner wants containment: covered "
        "pits or tanks, separation of solids and liquids, and routines that keep the site clean.",
        {"mNo109": 2, "mNo110": 2, "mNo106": 1},
    ),
    (
        "mNn56",
        "vi",
        "binhminh_rach_o_nhiem",
        "Hệ thống xử lý nước thải đạt QCVN 40 cho lò mổ trâu bò Bình Minh",
        "Lò mổ trâu bò ở thị xã Bình Minh bị người dân phản ánh làm đen nước rạch tưới rau màu. Mặt bằng hẹp, "
        "không còn đất làm ao. Cần hệ thống xử lý nước thải gọn, nhiều bậc, nước ra đạt QCVN 40 cột B, có báo "
        "giá và vận hành.",
        {"mNo107": 2, "mNo108": 2, "mNo114": 2, "mNo106": 1, "mNo111": 1},
    ),
    (
        "mNn57",
        "en",
        "binhminh_rach_o_nhiem",
        "Constructed wetland using coconut coir for slaughter wastewater",
        "Coconut husk and coir are abundant around Cang Long. A slaughterhouse owner whose effluent pollutes a "
        "local canal wants a constructed wetland or filter that uses coir fibre as media, with tested removal "
        "rates for BOD, COD and solids.",
        {"mNo116": 2, "mNo117": 2, "mNo118": 1, "mNo119": 1},
    ),
    # --- inspection stamps and traceability ---
    (
        "mNn58",
        "vi",
        "baolaocai_asf",
        "Nhận biết dấu kiểm soát giết mổ và tem vệ sinh thú y hợp lệ",
        "Ban quản lý chợ Tiểu Cần từng phát hiện thịt heo bán trong chợ không có dấu kiểm soát giết mổ, trong "
        "lúc dịch tả heo châu Phi còn rình rập. Cần tài liệu và tập huấn cho tổ kiểm tra chợ nhận biết mẫu dấu, "
        "vị trí đóng dấu, tem vệ sinh thú y hợp lệ trên thân thịt, thịt mảnh.",
        {"mNo128": 2, "mNo129": 2, "mNo131": 1, "mNo132": 1, "mNo133": 1},
    ),
    (
        "mNn59",
        "en",
        "runny_ink_blog",
        "Stamp ink that stays legible on wet carcasses",
        "At a Tra Vinh slaughterhouse the inspection stamps smear and run on wet carcasses, making a mess and "
        "leaving marks buyers cannot read. We need food-grade marking ink and stamps, and advice on applying them "
        "so the mark stays clear.",
        {"mNo130": 2, "mNo133": 2, "mNo128": 1, "mNo131": 1},
    ),
    (
        "mNn60",
        "vi",
        "yodogawa_stamp_ink",
        "Vết mực tím trên thịt nạc làm khách phàn nàn",
        "Cửa hàng thịt ở TP Vĩnh Long bị khách phàn nàn thịt nạc có vết tím, hóa ra là mực dấu kiểm soát bị "
        "quệt khi thân thịt treo sát nhau. Lò mổ cung cấp muốn đóng dấu đúng vị trí, trên phần mỡ, dùng mực an "
        "toàn thực phẩm và cách đóng để mực không lem.",
        {"mNo128": 2, "mNo129": 2, "mNo130": 2, "mNo133": 2, "mNo131": 1},
    ),
    (
        "mNn61",
        "vi",
        "vtv_dirty_pork",
        "Tem QR truy xuất cho thịt heo của hợp tác xã Càng Long",
        "Hợp tác xã chăn nuôi heo ở Càng Long (khoảng 40 hộ) muốn thịt bán ở chợ có tem QR để người mua biết heo "
        "nuôi ở đâu, giết mổ ở lò nào, đã kiểm dịch chưa; cần giải pháp chống làm giả tem và biết chi phí trên "
        "mỗi con.",
        {
            "mNo134": 2,
            "mNo135": 2,
            "mNo136": 2,
            "mNo137": 2,
            "mNo139": 2,
            "mNo141": 2,
            "mNo138": 1,
            "mNo140": 1,
            "mNo142": 1,
        },
    ),
    (
        "mNn62",
        "en",
        "havi_gia_cam",
        "Traceability labels for chicken sold at Tra Vinh market",
        "A chicken-raising cooperative in Chau Thanh sells slaughtered chicken at Tra Vinh market and wants buyers "
        "to scan a label showing the farm, vaccination and slaughter date, like systems used for pork in big "
        "cities.",
        {"mNo138": 2, "mNo141": 1, "mNo142": 1},
    ),
    (
        "mNn63",
        "vi",
        "vinhlong_cho_attp",
        "Máy tra cứu tem truy xuất tại quầy thịt chợ Phước Thọ",
        "Nhiều người đi chợ Phước Thọ lớn tuổi, không dùng điện thoại thông minh. Ban quản lý muốn đặt máy tra "
        "cứu tem truy xuất ngay tại quầy thịt để khách đưa miếng thịt có tem là biết nguồn gốc.",
        {"mNo139": 2, "mNo140": 2, "mNo135": 1, "mNo141": 1},
    ),
    (
        "mNn64",
        "en",
        "baolaocai_asf",
        "Digital movement certificates for pigs entering the province",
        "With African swine fever found in market pork elsewhere, the Tra Vinh veterinary sub-department wants "
        "to replace paper quarantine certificates for pigs brought into the province with electronic certificates "
        "that slaughterhouses and checkpoints can verify by scanning a QR code.",
        {"mNo144": 2, "mNo145": 2, "mNo146": 2, "mNo134": 1, "mNo137": 1},
    ),
    (
        "mNn65",
        "vi",
        "davidspasture_ink",
        "Tem vệ sinh thú y điện tử thay cho dấu mực",
        "Một số khách mua thịt ở Vĩnh Long ngại vết mực dấu trên miếng thịt. Lò mổ tập trung muốn thử dán tem "
        "vệ sinh thú y điện tử có mã QR cho thịt xuất lò thay cho dấu mực, cần đơn vị cung cấp tem và hệ thống.",
        {"mNo135": 2, "mNo128": 1, "mNo130": 1, "mNo134": 1, "mNo137": 1},
    ),
    (
        "mNn66",
        "vi",
        "havi_gia_cam",
        "Tem truy xuất cho trứng vịt bán ở chợ Trà Ôn",
        "Hợp tác xã nuôi vịt đẻ ở Trà Ôn bán trứng cho các sạp chợ và muốn in tem QR trên khay trứng để người mua "
        "biết trại, ngày đẻ, đóng gói, tiêm phòng.",
        {"mNo138": 2, "mNo141": 1, "mNo142": 1},
    ),
    # --- cashless payment and digital market management ---
    (
        "mNn67",
        "vi",
        "haugiang_vi_thanh",
        "Triển khai chợ 4.0 thanh toán QR cho 500 tiểu thương chợ Trà Vinh",
        "Ban quản lý chợ Trà Vinh muốn ra mắt mô hình chợ 4.0 cho khoảng 500 tiểu thương. Kinh nghiệm nơi "
        "khác cho thấy sau ra mắt phần lớn khách vẫn trả tiền mặt, chỉ cán bộ, người trẻ quét mã. Cần đối tác "
        "làm mã QR, hướng dẫn tiểu thương và truyền thông cho người đi chợ.",
        {
            "mNo147": 2,
            "mNo148": 2,
            "mNo149": 2,
            "mNo151": 2,
            "mNo152": 2,
            "mNo153": 2,
            "mNo165": 2,
            "mNo150": 1,
            "mNo166": 1,
        },
    ),
    (
        "mNn68",
        "en",
        "hoian_cash_habit",
        "Cashless payment for older vendors without smartphones in Cau Ke",
        "Many vendors and shoppers at Cau Ke market are older women with basic phones; they find QR payment "
        "awkward and must wait to confirm a transfer. The market board wants a payment option that works with a "
        "phone number on a basic phone, without internet.",
        {"mNo148": 2, "mNo149": 2, "mNo152": 1, "mNo153": 1},
    ),
    (
        "mNn69",
        "vi",
        "linhlang_qr",
        "Tiểu thương chợ Trà Ôn sợ chuyển khoản lỗi, bị lừa",
        "Nhiều tiểu thương chợ Trà Ôn đã dán mã QR nhưng ngại vì không rành công nghệ, sợ khách đưa màn hình "
        "chuyển khoản giả hoặc giao dịch lỗi mà không biết tìm lại khách. Cần lớp hướng dẫn cầm tay chỉ việc "
        "cách kiểm tra tiền về, xử lý giao dịch lỗi.",
        {"mNo152": 2, "mNo153": 2, "mNo150": 1, "mNo165": 1},
    ),
    (
        "mNn70",
        "en",
        "travinh_he_thong_cho",
        "Software to manage stalls and collect market fees",
        "A market management company running several Tra Vinh markets with thousands of business points wants "
        "software to keep stall and tenant records, collect market, sanitation, security, electricity and water "
        "fees, track arrears and produce reports for the Department of Industry and Trade.",
        {"mNo154": 2, "mNo155": 2, "mNo156": 2, "mNo157": 1, "mNo158": 1, "mNo166": 1},
    ),
    (
        "mNn71",
        "vi",
        "dongnai_cho_thong_minh",
        "Bản đồ sạp số và thu phí người bán rong ở chợ Long Hồ",
        "Chợ Long Hồ muốn chuyển đổi số: có bản đồ số từng sạp, từng hộ thuê để tra cứu trên máy tính, lập hóa "
        "đơn thu phí tự động, cho nộp phí trực tuyến và quản lý vé thu phí người bán rong, bán tạm ngoài nhà lồng.",
        {"mNo155": 2, "mNo154": 1, "mNo156": 1, "mNo157": 1, "mNo166": 1},
    ),
    (
        "mNn72",
        "en",
        "binhtay_zalo_orders",
        "Online orders and home delivery for Vinh Long market vendors",
        "Stallholders at Vinh Long city market see regular customers shopping less in person. They want to "
        "receive orders online, have goods checked and delivered to homes, and get paid digitally, without "
        "building their own app.",
        {"mNo159": 2, "mNo160": 2, "mNo153": 1, "mNo161": 1},
    ),
    (
        "mNn73",
        "vi",
        "can_dieu_chip",
        "Chống cân điêu ở chợ Trà Vinh",
        "Người đi chợ Trà Vinh phản ánh mua 1 kg chỉ được 7–8 lạng, nghi cân đồng hồ bị chỉnh lò xo, cân điện tử "
        "gắn chip điều khiển. Ban quản lý cần đặt cân đối chứng cho khách tự kiểm tra và cách vận hành hiệu quả.",
        {"mNo162": 2},
    ),
    (
        "mNn74",
        "en",
        "small_change_vendors",
        "Automatic daily sales records for fish stalls",
        "Fish sellers at a Duyen Hai market struggle with small change and keep no records of daily takings, "
        "which makes tax declaration and loans difficult. They want payments that leave an automatic record of "
        "each day's revenue.",
        {"mNo149": 2, "mNo150": 2},
    ),
    (
        "mNn75",
        "vi",
        "vinhlong_cho_di_dong",
        "Tập huấn tiểu thương lớn tuổi dùng ứng dụng ngân hàng và bán qua Zalo",
        "Nhiều tiểu thương chợ Cái Nhum, Mang Thít và người bán xe đẩy quanh Vĩnh Long đã bán hàng mấy chục năm "
        "nhưng chưa biết dùng ứng dụng ngân hàng, nhận đơn qua Zalo. Cần lớp tập huấn tại chợ và hỗ trợ làm mã "
        "QR.",
        {"mNo152": 2, "mNo153": 2, "mNo165": 2, "mNo159": 1, "mNo160": 1},
    ),
    (
        "mNn76",
        "en",
        "danang_can_non",
        "Control scales against short weighing at Vinh Long markets",
        "Shoppers at Vinh Long markets complain of being short-weighted by 200 grams a kilo, and warnings or "
        "suspensions have had little effect. The market board wants public control scales that shoppers can use "
        "and a way to run them so they are actually used.",
        {"mNo162": 2},
    ),
]
