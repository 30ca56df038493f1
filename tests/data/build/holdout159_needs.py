"""Needs for holdout159: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    (
        "oEn01",
        "vi",
        "camnang_thucong",
        "Chuyển từ ấp trấu thủ công sang máy ấp trứng vịt 500–1.000 quả",
        "Gia đình tôi ở Cầu Kè (Trà Vinh) ấp vịt con bằng bồ tre, thóc trấu rang nóng, chỉnh nhiệt theo kinh nghiệm nên tỷ lệ nở chỉ "
        "khoảng 65–70%, vịt con yếu, lò khó vệ sinh. Muốn mua máy ấp khoảng 500–1.000 trứng vịt có tự đảo trứng, tự tạo ẩm, dễ vận hành "
        "để đưa tỷ lệ nở lên trên 80%, cần người hướng dẫn sử dụng ban đầu.",
        {
            "oEo002": 2,
            "oEo001": 2,
            "oEo010": 2,
            "oEo003": 1,
            "oEo004": 1,
            "oEo009": 1,
            "oEo017": 1,
            "oEo020": 1,
            "oEo007": 1,
            "oEo021": 1,
            "oEo131": 1,
        },
    ),
    (
        "oEn02",
        "en",
        "hualude",
        "Small automatic incubators for a youth cooperative hatching chicken eggs",
        "Our youth cooperative in Tiểu Cần, Trà Vinh, wants members to hatch their own chicks for backyard flocks instead of buying them. "
        "We are looking for small incubators of roughly 50–100 eggs, preferably forced-air with a fan, automatic turning and a humidity "
        "display to keep 40–60% relative humidity, at a price households can afford, plus basic instructions for the 21-day cycle.",
        {"oEo003": 2, "oEo004": 2, "oEo001": 2, "oEo005": 1, "oEo010": 1, "oEo002": 1},
    ),
    (
        "oEn03",
        "vi",
        "docz_cautao",
        "Can bo dieu khien nhiet do, do am cho may ap tu che",
        "Toi o Tra Cu tu dong may ap bang thung xop, dung bong den va cong tac nhiet co nen nhiet len xuong hoai, trung chet phoi nhieu. "
        "Can mua bo dieu khien nhiet do dien tu chinh xac va bo tao am, co cam bien do am, de gan vao may cu. May khoang 300 trung ga, "
        "trung vit. Ai co linh kien hay mach dieu khien xin lien he.",
        {"oEo008": 2, "oEo005": 2, "oEo001": 2, "oEo023": 1, "oEo002": 1, "oEo018": 1},
    ),
    (
        "oEn04",
        "en",
        "engormix_ss",
        "Industrial setters and hatchers for a 30,000-duck-egg-a-week hatchery",
        "An agribusiness company in Long Hồ, Vĩnh Long, is building a duckling hatchery setting about 30,000 eggs a week. We need "
        "industrial setters and separate hatchers, with automatic control of temperature, humidity, turning and ventilation, an alarm "
        "system, and a supplier able to install and train staff. We are open to single-stage machines if incubation profiles can be "
        "matched to duck embryos.",
        {
            "oEo017": 2,
            "oEo013": 2,
            "oEo015": 2,
            "oEo018": 2,
            "oEo022": 1,
            "oEo014": 1,
            "oEo016": 1,
            "oEo019": 1,
            "oEo020": 1,
            "oEo021": 1,
            "oEo024": 1,
        },
    ),
    (
        "oEn05",
        "vi",
        "engormix_ss",
        "Chuyển máy ấp đa kỳ cũ sang máy ấp đơn kỳ",
        "Doanh nghiệp giống gia cầm ở Bình Minh (Vĩnh Long) đang chạy máy ấp đa kỳ nhập từ lâu, luôn có trứng nhiều lứa tuổi trong máy "
        "nên không bao giờ làm trống để vệ sinh được, tỷ lệ nở và chất lượng con không đều. Muốn tìm đơn vị tư vấn, cung cấp máy ấp đơn "
        "kỳ (vào một lần, ra một lần) và lộ trình thay thế máy cũ để cải thiện an toàn sinh học.",
        {"oEo013": 2, "oEo014": 2, "oEo022": 2, "oEo015": 2, "oEo016": 1, "oEo017": 1},
    ),
    (
        "oEn06",
        "en",
        "docz_matdien",
        "Central monitoring with alarms for 12 setters and 6 hatchers",
        "Our hatchery in Mang Thít, Vĩnh Long, has 12 setters and 6 hatchers. Night staff often notice too late when humidity drops, "
        "turning stops or a fan fails. We want a central monitoring system that shows every machine's temperature and humidity and "
        "raises an alarm identifying the faulty machine, ideally with remote access for the manager.",
        {
            "oEo019": 2,
            "oEo024": 2,
            "oEo117": 2,
            "oEo127": 2,
            "oEo023": 1,
            "oEo122": 1,
            "oEo128": 1,
            "oEo129": 1,
            "oEo126": 1,
        },
    ),
    (
        "oEn07",
        "vi",
        "kienthuc_apvit",
        "Quy trình nhiệt độ theo giai đoạn cho máy ấp trứng vịt",
        "Lò ấp vịt ở Trà Ôn (Vĩnh Long) nhận trứng từ nhiều đàn, trứng to nhỏ không đều nên vịt nở kéo dài, nhiều con ướt lông, khô chân. "
        "Cần quy trình ấp trứng vịt cho máy đơn kỳ: phân lô trứng theo khối lượng, giờ vào máy, nhiệt độ và độ ẩm từng giai đoạn, thời "
        "điểm ra vịt, để vịt nở tập trung.",
        {"oEo020": 2, "oEo021": 2, "oEo019": 1, "oEo033": 1, "oEo024": 1},
    ),
    (
        "oEn08",
        "en",
        "manilatimes_pateros",
        "Automated incubator to scale up a balut (hột vịt lộn) business",
        "We produce hột vịt lộn in Vũng Liêm, Vĩnh Long, with three manually operated incubators and can no longer meet orders from "
        "markets in the province. We want to upgrade to an automated incubator holding 50,000–80,000 duck eggs per cycle with digital "
        "thermostat control, and training to reorganise the process.",
        {"oEo112": 2, "oEo017": 2, "oEo106": 1, "oEo116": 1, "oEo113": 1, "oEo015": 1},
    ),
    (
        "oEn09",
        "vi",
        "danviet_vitlon_tn",
        "Học mô hình làng nghề ấp hột vịt lộn cho hợp tác xã",
        "Hợp tác xã ở Cầu Ngang (Trà Vinh) có nhiều hộ nuôi vịt đẻ, muốn phát triển thêm nghề ấp hột vịt lộn để bán trong tỉnh. Cần tham "
        "quan, học kinh nghiệm một làng nghề đã làm lâu năm: số máy ấp mỗi hộ, vận hành liên tục, chu kỳ xuất lò, cách giữ chất lượng và "
        "hạ giá thành.",
        {"oEo106": 2, "oEo116": 2, "oEo108": 1, "oEo107": 1, "oEo112": 1},
    ),
    (
        "oEn10",
        "en",
        "baobrvt_vitde",
        "Offtake for 3,000 duck eggs a day and outlets for balut",
        "A laying-duck group in Châu Thành, Trà Vinh, keeps about 3,200 ducks in pens by the rice fields and collects around 3,000 eggs a "
        "day. We want a stable buyer with a contract price, and links to balut makers who take fertile eggs, with an outlet for the "
        "infertile eggs they reject at candling.",
        {"oEo115": 2, "oEo109": 1, "oEo114": 1, "oEo107": 1, "oEo106": 1, "oEo116": 1},
    ),
    (
        "oEn11",
        "vi",
        "danviet_vitlon_tn",
        "Can giong vit de nhieu trung de lam hot vit lon",
        "Nha toi o Duyen Hai nuoi vit de lay trung ban cho lo ap hot vit lon nhung giong vit co de it, trung nho. Can mua giong vit chuyen "
        "trung de deu, trung to, nang suat cao, co nguon goc ro rang, va huong dan ky thuat nuoi. Quy mo khoang 1.000 con.",
        {"oEo098": 2, "oEo110": 2, "oEo115": 2, "oEo107": 1},
    ),
    (
        "oEn12",
        "en",
        "jdae_hotspring",
        "Cheaper heat source for a balut incubation house",
        "Electricity is our biggest cost in incubating duck eggs for hột vịt lộn in Càng Long, Trà Vinh. We want an incubator or method "
        "that uses a non-grid heat source, such as solar power or rice husk, with a cost comparison against our electric machines.",
        {"oEo009": 2, "oEo131": 2, "oEo006": 2, "oEo108": 1, "oEo111": 1, "oEo012": 1, "oEo082": 1},
    ),
    (
        "oEn13",
        "vi",
        "memart_apga",
        "Cần máy soi trứng cho trại gà giống",
        "Trại gà giống ở Tiểu Cần (Trà Vinh) ấp mỗi tuần vài nghìn trứng, hiện soi bằng đèn pin từng quả rất chậm. Cần mua thiết bị soi "
        "trứng soi được cả khay hoặc máy soi tự động, kèm hướng dẫn nhận biết trứng không phôi, phôi chết khoảng ngày 6–7 để loại ra sớm.",
        {"oEo026": 2, "oEo025": 2, "oEo035": 1, "oEo027": 1, "oEo034": 1},
    ),
    (
        "oEn14",
        "en",
        "roodbont_candling",
        "Software to record candling results and hatch of fertile per batch",
        "Our hatchery in Vĩnh Long candles each batch but keeps results in notebooks, so we cannot compare flocks or machines. We need "
        "software to record eggs set, candling and breakout results, transfers and chicks hatched, calculate fertility and hatch of "
        "fertile, and produce reports by breeder flock and by machine.",
        {"oEo030": 2, "oEo029": 2, "oEo036": 2, "oEo031": 1, "oEo028": 1, "oEo027": 1},
    ),
    (
        "oEn15",
        "vi",
        "vitxiem_r31",
        "Dịch vụ mổ khám trứng không nở cho cơ sở ấp vịt Xiêm",
        "Cơ sở ấp vịt Xiêm ở Mỏ Cày (Vĩnh Long) có tỷ lệ nở giảm còn khoảng 60%. Chưa rõ do trứng không phôi, trữ trứng lâu hay chết phôi "
        "ở giai đoạn nào. Cần đơn vị đến lấy mẫu, đập trứng không nở phân tích nguyên nhân và đề xuất điều chỉnh.",
        {"oEo032": 2, "oEo029": 1, "oEo036": 1, "oEo033": 1, "oEo100": 1, "oEo028": 1, "oEo025": 1},
    ),
    (
        "oEn16",
        "en",
        "scialert_breederage",
        "Hatchery feedback to a breeder farm on fertility by flock age",
        "We run broiler breeder houses in Long Hồ, Vĩnh Long, and the hatchery that buys our eggs complains about low fertility in some "
        "flocks. We want a programme where eggs are candled at set moments and broken out at fixed flock ages, and results are reported "
        "back to us by house and age so we can adjust flock management.",
        {"oEo028": 2, "oEo031": 2, "oEo094": 1, "oEo032": 1, "oEo027": 1, "oEo035": 1, "oEo105": 1},
    ),
    (
        "oEn17",
        "vi",
        "pashudhan",
        "Quy trình vệ sinh khử trùng lò ấp sau khi bị nhiễm khuẩn",
        "Lò ấp gà vịt ở Châu Thành (Trà Vinh) mấy đợt gần đây trứng thối, nổ trong máy, chết phôi và con yếu nhiều, nghi nhiễm khuẩn. Cần "
        "quy trình hoặc dịch vụ vệ sinh, khử trùng máy ấp, máy nở, khu xuất con và dụng cụ sau mỗi đợt, định kỳ hàng tuần.",
        {"oEo037": 2, "oEo038": 2, "oEo045": 2, "oEo046": 1, "oEo040": 1, "oEo044": 1, "oEo042": 1, "oEo039": 1},
    ),
    (
        "oEn18",
        "en",
        "vetsite_sanitation",
        "Disinfecting hatching eggs without formalin",
        "A duck breeder in Giồng Trôm, Vĩnh Long, fumigates hatching eggs with formalin but workers complain about the fumes. We want "
        "practical alternatives for disinfecting eggs before setting, such as UV, chlorine dipping or peracetic acid, with doses and "
        "times, and advice on when fumigation is still needed.",
        {"oEo039": 2, "oEo043": 2, "oEo041": 1, "oEo044": 1, "oEo037": 1, "oEo045": 1},
    ),
    (
        "oEn19",
        "vi",
        "cadirci",
        "Can mua thuoc sat trung cho tram ap",
        "Tram ap ga vit o Tra Cu can mua thuoc sat trung dung phun dinh ky phong ap, may no, xe va dung cu, diet duoc virus, vi khuan, nam "
        "moc. Muon loai it doc hon formol. Can bao gia va huong dan pha.",
        {"oEo044": 2, "oEo039": 1, "oEo037": 1, "oEo043": 1, "oEo045": 1},
    ),
    (
        "oEn20",
        "en",
        "pashudhan",
        "Biosecure layout for a new hatchery",
        "We are an investor in Bình Tân, Vĩnh Long, building a new chick and duckling hatchery. We need a design consultant for the "
        "building layout: separate egg receiving, setter, hatcher and chick rooms, one-way flow of eggs, chicks, people and vehicles, "
        "ventilation per room, and a sanitation plan.",
        {"oEo040": 2, "oEo046": 2, "oEo042": 1, "oEo041": 1, "oEo013": 1},
    ),
    (
        "oEn21",
        "vi",
        "kienthuc_apvit",
        "Trứng giống bẩn khi về trạm ấp, cần xử lý tại trại",
        "Trại vịt bố mẹ ở Vũng Liêm (Vĩnh Long) giao trứng cho trạm ấp nhưng trứng hay dính phân, bùn; trạm ấp báo tỷ lệ thối cao. Cần "
        "hướng dẫn thu nhặt trứng, xử lý và xông khử trùng trứng ngay tại trại trước khi giao, không rửa làm mất màng bảo vệ.",
        {"oEo041": 2, "oEo039": 2, "oEo043": 2, "oEo103": 1, "oEo093": 1, "oEo102": 1, "oEo104": 1},
    ),
    (
        "oEn22",
        "en",
        "kemin",
        "Microbiological checks to verify hatchery disinfection",
        "Our hatchery near Trà Vinh city disinfects every week, but we have no way to know whether it works. We want a routine "
        "monitoring service taking swabs and air samples in setter, hatcher and chick rooms, with Salmonella testing and a report.",
        {"oEo042": 2, "oEo040": 1, "oEo037": 1, "oEo046": 1, "oEo045": 1},
    ),
    (
        "oEn23",
        "vi",
        "mpu_sexing",
        "Cần đội xem huyệt phân biệt trống mái gà con một ngày tuổi",
        "Trạm ấp gà đẻ ở Càng Long (Trà Vinh) cần tách gà mái một ngày tuổi để bán cho trại gà đẻ. Cần thuê đội kỹ thuật viên xem huyệt "
        "theo mẻ nở, hoặc đào tạo 2–3 công nhân của trạm, yêu cầu độ chính xác cao.",
        {"oEo050": 2, "oEo053": 2, "oEo054": 2, "oEo049": 1, "oEo052": 1, "oEo051": 1, "oEo055": 1},
    ),
    (
        "oEn24",
        "en",
        "clan_sexing",
        "Moving to feather-sexable parent stock",
        "A layer-chick hatchery in Vĩnh Long wants to stop depending on vent sexers. We are looking for advice and parent crosses that "
        "produce chicks sexable by wing feathers or down colour at day old, and training for staff to read them.",
        {"oEo052": 2, "oEo051": 2, "oEo049": 2, "oEo057": 1, "oEo054": 1, "oEo050": 1},
    ),
    (
        "oEn25",
        "vi",
        "tapchigiacam_um",
        "Phân biệt vịt đực, vịt cái mới nở",
        "Cơ sở vịt giống ở Tam Bình (Vĩnh Long) bán vịt mái hậu bị cho hộ nuôi đẻ và cần ghép đàn theo tỷ lệ trống mái. Cần phương pháp "
        "hoặc người có kỹ thuật phân biệt vịt đực, vịt cái ngay khi mới nở, tránh làm tổn thương vịt con.",
        {"oEo056": 2, "oEo050": 1, "oEo053": 1, "oEo154": 1},
    ),
    (
        "oEn26",
        "en",
        "listbaby_sexing",
        "Simple way to tell pullets from cockerels in the first days",
        "Our backyard poultry group in Cầu Kè, Trà Vinh, hatches brown-egg chicks and keeps only the pullets. We cannot afford a "
        "professional sexer and want a simple method members can learn to separate pullets from cockerels within the first days.",
        {"oEo057": 2, "oEo051": 2, "oEo054": 2, "oEo052": 1, "oEo055": 1, "oEo049": 1},
    ),
    (
        "oEn27",
        "vi",
        "gtereads_dvh",
        "Vịt con chết nhiều nghi viêm gan vịt, cần vắc xin và chẩn đoán",
        "Trại vịt giống ở Trà Ôn (Vĩnh Long) có vịt con 5–10 ngày tuổi nằm nghiêng, chân đạp như chèo thuyền rồi chết nhanh, nghi viêm gan "
        "vịt. Cần vắc xin và kháng thể cho các lứa sau, đơn vị xét nghiệm xác định chủng vi rút, và hướng dẫn phòng bệnh cho vịt con.",
        {"oEo066": 2, "oEo067": 2, "oEo068": 2, "oEo065": 1, "oEo071": 1},
    ),
    (
        "oEn28",
        "en",
        "ctu_dvh",
        "Parent-flock vaccination for maternal immunity in ducklings",
        "A duck breeder company in Long Hồ, Vĩnh Long, has seen virulent duck hepatitis in the Mekong Delta. We want a proven vaccination "
        "programme for parent ducks before lay, against duck hepatitis and H5N1, so that ducklings from our hatchery carry high maternal "
        "antibodies, with antibody titre data.",
        {"oEo065": 2, "oEo066": 1, "oEo067": 1, "oEo071": 1, "oEo068": 1},
    ),
    (
        "oEn29",
        "vi",
        "evafeeds_dispatch",
        "Tiêm vắc xin Marek tại trạm ấp, cân nhắc tiêm vào trứng",
        "Trạm ấp gà thịt ở Bình Minh (Vĩnh Long) đang tiêm vắc xin Marek bằng tay cho gà con lúc xuất, tốn nhiều nhân công và gà bị stress. "
        "Muốn tư vấn chuyển sang tiêm vào trứng (in-ovo) khoảng ngày 18 khi chuyển máy nở, thiết bị cần có và cách quản lý trạm ấp cho đạt.",
        {
            "oEo058": 2,
            "oEo069": 2,
            "oEo059": 2,
            "oEo061": 2,
            "oEo063": 1,
            "oEo060": 1,
            "oEo062": 1,
            "oEo064": 1,
            "oEo047": 1,
            "oEo048": 1,
        },
    ),
    (
        "oEn30",
        "en",
        "lms_inovo",
        "Low Marek's titres after in-ovo vaccination",
        "Our hatchery in Vĩnh Long vaccinates in ovo at transfer, but antibody titres in chicks are low and uneven. We want a service to "
        "check where the vaccine is deposited and to adjust injection timing to embryo development and breeder age.",
        {"oEo062": 2, "oEo060": 2, "oEo059": 2, "oEo063": 1, "oEo058": 1, "oEo064": 1, "oEo069": 1},
    ),
    (
        "oEn31",
        "vi",
        "gtereads_dvh",
        "Can lich chich ngua cho vit con trong giai doan um",
        "Toi o Tieu Can moi mua 2.000 vit con ve nuoi, lan truoc bi chet nhieu vi benh. Can lich chich ngua cho vit con tu luc um: may ngay "
        "tuoi chich dich ta, viem gan, cum, va nen dung them gi cho vit khoe.",
        {"oEo071": 2, "oEo065": 2, "oEo066": 1, "oEo067": 1},
    ),
    (
        "oEn32",
        "en",
        "scielo_inovo",
        "Field evidence for a bivalent Marek's vaccine given in ovo",
        "A broiler integrator in Vĩnh Long is choosing a Marek's disease vaccine for in-ovo use. We want field data on a bivalent HVT plus "
        "SB-1 vaccine given in ovo versus subcutaneous at hatch: mortality, livability, feed efficiency, protection and hatchability.",
        {"oEo064": 2, "oEo063": 1, "oEo058": 1, "oEo060": 1, "oEo069": 1},
    ),
    (
        "oEn33",
        "vi",
        "hatinh_um",
        "Gà con úm bằng bóng đèn hay chết lạnh, cần bảng nhiệt và thiết bị sưởi",
        "Trại gà ở Càng Long (Trà Vinh) úm mỗi lứa 5.000 gà con bằng bóng đèn tròn, những đêm trời lạnh gà tụm đống, chết nhiều. Cần bảng "
        "nhiệt độ úm theo ngày tuổi, cách bố trí quây và mật độ, và mua thiết bị sưởi phù hợp (đèn hồng ngoại, chụp sưởi).",
        {"oEo070": 2, "oEo074": 2, "oEo083": 2, "oEo085": 2, "oEo089": 2, "oEo077": 1, "oEo076": 1, "oEo092": 1},
    ),
    (
        "oEn34",
        "en",
        "msstate_heating",
        "Gas radiant brooders for a broiler house",
        "Our broiler farm in Mang Thít, Vĩnh Long, is converting a 12 by 100 m house from electric bulbs to gas brooding. We need gas "
        "radiant or canopy brooders, advice on how many to install, spacing and hanging height, and a supplier.",
        {"oEo087": 2, "oEo084": 2, "oEo085": 2, "oEo086": 1, "oEo092": 1, "oEo083": 1, "oEo070": 1},
    ),
    (
        "oEn35",
        "vi",
        "gtereads_chuongum",
        "Can lo um ga khong dung dien vi hay cup dien",
        "O Cau Ngang hay cup dien ban dem, ga con um bang bong den bi lanh chet. Dot than thi ga bi sac khoi. Can loai lo um ga khong phu "
        "thuoc dien, khong khoi, chi phi thap cho trai khoang 2.000 con.",
        {"oEo088": 2, "oEo090": 2, "oEo091": 2, "oEo081": 2, "oEo084": 2, "oEo085": 1, "oEo092": 1, "oEo089": 1},
    ),
    (
        "oEn36",
        "en",
        "vusta_saylua",
        "Rice-husk heating for brooding houses instead of LPG",
        "We run a rice mill and broiler farm in Trà Cú, Trà Vinh, and already burn husk in a paddy dryer (about 2 tonnes a batch, husk "
        "costing some 15,000 dong per batch). LPG for brooding is expensive. We want a biomass furnace or boiler system that can burn "
        "rice husk to heat brooding houses, with running-cost comparison.",
        {"oEo078": 2, "oEo079": 2, "oEo080": 2, "oEo091": 1, "oEo090": 1},
    ),
    (
        "oEn37",
        "vi",
        "ctu_biogas",
        "Dùng khí biogas dư để sưởi úm gà và chạy máy phát",
        "Trang trại heo và gà ở Vũng Liêm (Vĩnh Long) có hầm biogas nạp phân heo, lục bình, rơm, khí dư thừa phải xả bỏ. Muốn dùng khí "
        "biogas để sưởi úm gà con thay điện và chạy máy phát điện khi cúp điện.",
        {"oEo082": 2, "oEo085": 2, "oEo084": 2, "oEo124": 1},
    ),
    (
        "oEn38",
        "en",
        "luongtam_um",
        "Brooding advice for duckling buyers in the hot season",
        "Our duck hatchery in Trà Ôn, Vĩnh Long, sells day-old ducklings to households. In the hot months customers either overheat or "
        "chill them. We need clear brooding guidance for ducklings: how many days of heat, lamp use when it is hot, when to let them swim, "
        "and vaccination timing during brooding.",
        {"oEo072": 2, "oEo073": 2, "oEo071": 2, "oEo070": 1, "oEo083": 1, "oEo075": 1},
    ),
    (
        "oEn39",
        "vi",
        "nongnghiep_hoangcam",
        "Thiết kế chuồng úm cho 2.000 vịt con",
        "Hợp tác xã ở Tam Bình (Vĩnh Long) muốn xây chuồng úm mới cho mỗi lứa khoảng 2.000 vịt con. Cần bản thiết kế kích thước chuồng, "
        "vật liệu tường, mái, nền, chất độn, cách che chắn gió mưa bão mà vẫn thoáng.",
        {"oEo075": 2, "oEo070": 1, "oEo074": 1, "oEo091": 1, "oEo083": 1},
    ),
    (
        "oEn40",
        "en",
        "byc_heatlamp",
        "Thermostatic electric brooder for 300 chicks per batch",
        "A small farm in Cầu Kè, Trà Vinh, brooding about 300 chicks per batch with loose heat lamps, often too hot or too cold. We want an "
        "electric brooder with a thermostat and a chick surround sized for 300 birds.",
        {"oEo076": 2, "oEo085": 2, "oEo089": 2, "oEo074": 1, "oEo077": 1},
    ),
    (
        "oEn41",
        "vi",
        "scielo_eggshell",
        "Đàn gà bố mẹ già trứng vỏ mỏng, nứt nhiều, tỷ lệ nở giảm",
        "Trại gà bố mẹ ở Long Hồ (Vĩnh Long) có đàn 60 tuần tuổi: trứng to, vỏ mỏng, nhiều vết đốm, nứt nhiều khi vận chuyển, tỷ lệ nở "
        "giảm rõ. Cần tư vấn dinh dưỡng canxi, khoáng cho đàn bố mẹ và cách quản lý đàn cuối kỳ đẻ để cải thiện chất lượng vỏ.",
        {"oEo093": 2, "oEo096": 2, "oEo094": 1, "oEo105": 1, "oEo097": 1, "oEo095": 1},
    ),
    (
        "oEn42",
        "en",
        "kienthuc_apvit",
        "Intake grading of duck hatching eggs",
        "Our duck hatchery in Trà Vinh receives eggs from many small farms of uneven quality. We need clear intake rules and training: "
        "acceptable weight and shape, shell defects, dirty or washed eggs, air-cell check, and storage time and conditions before setting.",
        {
            "oEo104": 2,
            "oEo102": 2,
            "oEo097": 2,
            "oEo101": 2,
            "oEo100": 1,
            "oEo103": 1,
            "oEo004": 1,
            "oEo020": 1,
            "oEo021": 1,
        },
    ),
    (
        "oEn43",
        "vi",
        "khcnn_thucong",
        "Trữ trứng vịt Xiêm bao lâu thì vào ấp",
        "Cơ sở nuôi vịt Xiêm ở Chợ Lách (Vĩnh Long) gom trứng 7–10 ngày mới đủ một mẻ ấp, tỷ lệ nở thấp. Cần biết nên trữ trứng tối đa "
        "bao nhiêu ngày, bảo quản ở nhiệt độ, độ ẩm nào, xếp trứng ra sao trong thời gian chờ ấp.",
        {"oEo100": 2, "oEo101": 2, "oEo004": 2, "oEo033": 1, "oEo013": 1, "oEo102": 1, "oEo104": 1},
    ),
    (
        "oEn44",
        "en",
        "kienthuc_apvit",
        "Raising fertile-egg rate in a duck parent flock through diet",
        "A duck breeder in Duyên Hải, Trà Vinh, gets only about 85–88% fertile eggs at candling. We want a tested feed additive or diet "
        "change for the parent ducks that raises the fertile-egg rate, with trial results.",
        {"oEo099": 2, "oEo103": 1, "oEo093": 1},
    ),
    (
        "oEn45",
        "vi",
        "nuoitrongxanh_vitde",
        "Thay đàn vịt bằng giống chuyên trứng năng suất cao",
        "Trại vịt ở Càng Long (Trà Vinh) muốn thay đàn vịt đẻ hiện có bằng giống chuyên trứng năng suất trên 270 quả/mái/năm, trứng to đều "
        "để bán trứng giống và làm hột vịt lộn. Cần nơi cung cấp con giống có số liệu năng suất.",
        {"oEo098": 2, "oEo110": 2, "oEo115": 1, "oEo107": 1},
    ),
    (
        "oEn46",
        "en",
        "inquirer_balut",
        "Market study of the balut and penoy trade before investing",
        "A cooperative in Cầu Ngang, Trà Vinh, has seen balut businesses grow and wants to invest. Before that we need a market and "
        "value-chain study: who buys, prices, how infertile eggs are sold, the role of smallholders versus contract farming.",
        {"oEo109": 2, "oEo114": 2, "oEo106": 1, "oEo116": 1, "oEo115": 1},
    ),
    (
        "oEn47",
        "vi",
        "camnang_thucong",
        "Sắp xếp phiên ấp truyền hơi cho lò ấp vịt",
        "Lò ấp vịt thủ công ở Trà Cú (Trà Vinh) dùng trấu nóng rồi truyền hơi, nhưng trứng các phiên nhận nhiệt không đều, nở lai rai. "
        "Cần hướng dẫn cách xếp phiên, xếp tầng trứng mới và cũ, số giờ đảo trứng, phơi nắng trứng trước khi vào pho.",
        {"oEo108": 2, "oEo006": 2, "oEo007": 1, "oEo020": 1, "oEo021": 1},
    ),
    (
        "oEn48",
        "en",
        "voren_power",
        "Standby generator with automatic transfer for a hatchery",
        "Our hatchery in Vũng Liêm, Vĩnh Long, suffers grid outages of 2–6 hours several times a month; last time a whole hatch was hurt "
        "before anyone noticed. We want a standby generator that switches on automatically and supplies all setters, hatchers and fans.",
        {"oEo121": 2, "oEo124": 2, "oEo120": 1, "oEo125": 1, "oEo082": 1, "oEo119": 1, "oEo118": 1, "oEo130": 1},
    ),
    (
        "oEn49",
        "vi",
        "byc_day20",
        "Cúp điện giữa kỳ ấp, cần cách cứu trứng",
        "Hộ ấp trứng ở Tiểu Cần (Trà Vinh) hay bị cúp điện vài giờ khi trứng đang ấp, có lần trứng sắp nở. Cần hướng dẫn xử lý khi mất điện "
        "để cứu trứng, sau khi có điện lại thì làm gì, và cách kiểm tra trứng còn sống.",
        {"oEo130": 2, "oEo118": 2, "oEo126": 2, "oEo129": 2, "oEo119": 1, "oEo120": 1, "oEo121": 1, "oEo012": 1},
    ),
    (
        "oEn50",
        "en",
        "solahfarm",
        "SMS alert when incubator temperature goes out of range at night",
        "I run a small hatchery in Trà Vinh city and cannot watch the incubators all night. I want a cheap device that texts my phone when "
        "incubator temperature goes outside a set range, and lets me check the reading by SMS.",
        {"oEo122": 2, "oEo128": 2, "oEo123": 2, "oEo117": 1, "oEo127": 1, "oEo019": 1, "oEo024": 1, "oEo156": 1},
    ),
    (
        "oEn51",
        "vi",
        "caytrong_quathut",
        "Can chuong bao dong cho phong may ap",
        "Tram ap o Cang Long co 8 may ap, ban dem chi 1 nguoi truc. Can he thong chuong bao dong noi voi tung may, bao khi nhiet, am, dao "
        "trung hay quat bi loi, biet may nao hu de chay toi lien.",
        {"oEo117": 2, "oEo127": 2, "oEo023": 1, "oEo019": 1, "oEo024": 1, "oEo122": 1, "oEo128": 1},
    ),
    (
        "oEn52",
        "en",
        "khpt_loumthan",
        "Incubator that keeps working without grid power",
        "Our household hatchery in a rural commune of Duyên Hải, Trà Vinh, loses power often and cannot afford an automatic generator. "
        "We want an incubator that does not depend on the grid, for example solar-powered or heated by a gas or kerosene stove.",
        {"oEo009": 2, "oEo131": 2, "oEo012": 2, "oEo006": 1, "oEo120": 1, "oEo125": 1},
    ),
    (
        "oEn53",
        "vi",
        "byc_day20",
        "Lắp tủ chuyển nguồn tự động và bộ lưu điện cho trạm ấp",
        "Doanh nghiệp giống gia cầm ở Bình Minh (Vĩnh Long) đã có máy phát điện nhưng phải chạy ra khởi động và chuyển cầu dao bằng tay, "
        "mất vài phút; bộ điều khiển máy ấp bị khởi động lại. Cần lắp tủ ATS tự động chuyển nguồn sang máy phát và bộ lưu điện UPS giữ điện "
        "liên tục cho bộ điều khiển.",
        {"oEo124": 2, "oEo125": 2, "oEo121": 1, "oEo120": 1},
    ),
    (
        "oEn54",
        "en",
        "docz_cautao",
        "Upgrading old incubators from mercury thermostats to digital control",
        "A small hatchery in Giồng Trôm, Vĩnh Long, has six old wooden incubators with mercury-contact thermostats and a water tray for "
        "humidity. Temperature swings and we cannot read humidity. We want digital controllers, sensors and humidifiers to retrofit them.",
        {"oEo008": 2, "oEo005": 1, "oEo023": 1, "oEo019": 1, "oEo001": 1, "oEo018": 1, "oEo024": 1},
    ),
    (
        "oEn55",
        "en",
        "agriviet_soi",
        "Training course on machine incubation of chicken and Muscovy eggs",
        "The women's union in Trà Cú, Trà Vinh, is starting a group of members hatching chicken and Muscovy duck eggs with small machines. "
        "We want a practical training course: egg selection and storage, machine set-up, temperature and humidity by stage, candling, "
        "transfer to the hatcher and record keeping.",
        {"oEo011": 2, "oEo034": 2, "oEo033": 1, "oEo027": 1, "oEo002": 1},
    ),
    (
        "oEn56",
        "vi",
        "meyer_shipping",
        "Giao gà con đi xa bị chết nhiều tuần đầu",
        "Trạm ấp ở Bình Tân (Vĩnh Long) giao gà con một ngày tuổi cho khách ở các tỉnh xa, đi xe 8–12 tiếng; khách báo gà chết nhiều tuần đầu. "
        "Cần quy trình chọn lọc, đóng hộp, mật độ mỗi hộp theo thời tiết, vệ sinh hộp và xe, sắp xếp giờ giao.",
        {"oEo048": 2, "oEo047": 2, "oEo155": 1, "oEo038": 1},
    ),
    (
        "oEn57",
        "en",
        "crlww_vit",
        "Mentor for candling schedule and hatch problems in a new duck hatchery",
        "We opened a duck hatchery in Mang Thít, Vĩnh Long, and lack experience. We want an experienced duck hatchery operator to advise on "
        "egg selection, candling days and what to look for, and how to read early, late or spread-out hatches to correct temperature "
        "and humidity.",
        {"oEo033": 2, "oEo101": 1, "oEo020": 1, "oEo021": 1, "oEo035": 1, "oEo032": 1},
    ),
    (
        "oEn58",
        "vi",
        "zaidap_mayap",
        "Số hóa điều khiển, giám sát khu ấp 20 máy",
        "Khu ấp vịt ở Vũng Liêm (Vĩnh Long) có 20 máy ấp, máy nở công nghiệp, mỗi máy có bảng điều khiển riêng, công nhân phải đi ghi số "
        "liệu bằng tay. Muốn lắp hệ thống điều khiển, giám sát tập trung nhiệt độ, độ ẩm từng máy trên máy tính, cài sẵn chế độ ấp trứng vịt.",
        {"oEo019": 2, "oEo024": 2, "oEo117": 1, "oEo127": 1, "oEo030": 1},
    ),
    (
        "oEn59",
        "en",
        "hn_setter",
        "Performance data on large single-stage setters",
        "A poultry company in Long Hồ, Vĩnh Long, is comparing bids for 120,000-egg single-stage setters. Before deciding we want trial "
        "data from a commercial hatchery comparing single-stage and multi-stage machines on moisture loss, hatchability and embryo "
        "mortality.",
        {"oEo015": 2, "oEo014": 1, "oEo022": 1, "oEo013": 1, "oEo016": 1},
    ),
    (
        "oEn60",
        "en",
        "cobb_vacc",
        "Buying automated in-ovo injection equipment",
        "Our broiler hatchery in Bình Minh, Vĩnh Long, hatches about 60,000 chicks a day and needs a crew to inject Marek's vaccine by "
        "hand. We want to buy automated in-ovo injection machines with installation, hygiene procedures and staff training.",
        {"oEo061": 2, "oEo059": 1, "oEo063": 1, "oEo058": 1, "oEo062": 1, "oEo069": 1},
    ),
    (
        "oEn61",
        "vi",
        "backyardpen_coal",
        "Úm gà bằng bếp than tổ ong bị ngạt khí, cần cách sưởi an toàn",
        "Trại gà ở Mỏ Cày (Vĩnh Long) úm bằng bếp than tổ ong đặt trong quây, mấy lứa gần đây gà con lờ đờ, chết do ngạt khí, có lần suýt "
        "cháy chất độn. Cần giải pháp sưởi không khói hoặc cách dùng bếp than an toàn, đủ ấm cho khoảng 1.500 gà con.",
        {"oEo088": 2, "oEo091": 2, "oEo090": 2, "oEo092": 2, "oEo089": 2, "oEo085": 1, "oEo070": 1, "oEo083": 1},
    ),
    (
        "oEn62",
        "en",
        "bellsouth_brooder",
        "Weekly temperature schedule and lamp height for infrared brooding",
        "A family farm in Tiểu Cần, Trà Vinh, broods about 200 chicks under infrared lamps in a shed. We need a week-by-week temperature "
        "schedule, how high to hang the lamps and how to read chick behaviour to adjust.",
        {"oEo077": 2, "oEo083": 2, "oEo070": 2, "oEo089": 2, "oEo074": 1, "oEo076": 1, "oEo071": 1},
    ),
    (
        "oEn63",
        "vi",
        "poultrysite_litter",
        "Lò đốt củi, mùn cưa sưởi chuồng úm thay điện",
        "Trại gà thịt ở Trà Cú (Trà Vinh) trả tiền điện rất cao cho đèn úm. Trong vùng sẵn củi, mùn cưa, trấu và cả chất độn chuồng. Cần "
        "mẫu lò đốt nhiên liệu rẻ dẫn nhiệt vào chuồng úm, không khói, tự xây được.",
        {"oEo090": 2, "oEo091": 2, "oEo078": 1, "oEo079": 1, "oEo081": 1, "oEo080": 1},
    ),
    (
        "oEn64",
        "en",
        "vetsite_sanitation",
        "Alternatives to formaldehyde in hatchers during hatch",
        "Our hatchery in Châu Thành, Trà Vinh, evaporates formalin in the hatchers during hatch. Buyers report chicks with breathing "
        "problems and slow first-week growth. We want alternative disinfection methods for eggs and hatchers and guidance on dosing.",
        {"oEo043": 2, "oEo039": 2, "oEo040": 1, "oEo044": 1, "oEo041": 1, "oEo046": 1},
    ),
    (
        "oEn65",
        "vi",
        "zut_hatching",
        "Kiểm tra chất lượng vỏ trứng giống tại phòng thí nghiệm",
        "Trạm ấp gà ở Long Hồ (Vĩnh Long) nghi chất lượng vỏ trứng từ một số đàn bố mẹ kém. Cần đơn vị phân tích mẫu trứng giống: độ dày "
        "vỏ, độ bền, hàm lượng canxi, số lỗ khí, so sánh theo giống và tuổi đàn.",
        {"oEo095": 2, "oEo097": 1, "oEo093": 1, "oEo096": 1},
    ),
    (
        "oEn66",
        "en",
        "poultrysite_shell",
        "Optimal breeder age for hatchability when planning flock replacement",
        "A broiler breeder company in Vĩnh Long is planning when to replace its flocks. We want data on how breeder age affects egg "
        "weight, fertility, hatchability and chick quality, and at what ages results are best.",
        {"oEo094": 2, "oEo105": 2, "oEo096": 1, "oEo093": 1},
    ),
    (
        "oEn67",
        "vi",
        "vitxiem_r31",
        "Thông số ấp trứng ngan (vịt Xiêm) cho máy mới",
        "Trại ngan ở Giồng Trôm (Vĩnh Long) mới mua máy ấp, trước đây chỉ ấp trứng gà. Cần chế độ nhiệt độ, độ ẩm, ngày ngừng đảo và độ ẩm "
        "những ngày cuối cho trứng ngan ấp 35–37 ngày.",
        {"oEo019": 2, "oEo024": 2, "oEo011": 2, "oEo020": 1, "oEo100": 1, "oEo021": 1},
    ),
    (
        "oEn68",
        "en",
        "listbaby_sexing",
        "Training staff as professional chick sexers",
        "A layer hatchery in Vĩnh Long wants four of its own staff trained in vent sexing of day-old chicks to a professional level, "
        "instead of hiring outside sexers each hatch day.",
        {"oEo053": 2, "oEo049": 2, "oEo054": 2, "oEo050": 1, "oEo052": 1, "oEo055": 1},
    ),
    (
        "oEn69",
        "vi",
        "zootecnica_inovo",
        "Phun vắc xin cho gà con ngày nở tại trạm ấp",
        "Trạm ấp gà ở Cầu Kè (Trà Vinh) muốn phun vắc xin cầu trùng và vắc xin hô hấp cho gà con ngay ngày nở trước khi giao. Cần tư vấn "
        "thiết bị phun, cách phun cho gà hấp thu đều và lựa chọn giữa phun ngày nở với tiêm.",
        {"oEo058": 2, "oEo069": 2, "oEo059": 1, "oEo047": 1, "oEo048": 1},
    ),
    (
        "oEn70",
        "en",
        "gtereads_dvh",
        "Disinfecting brooding houses after duck hepatitis",
        "Duck farmers in Cầu Ngang, Trà Vinh, lost ducklings to duck virus hepatitis and the virus survives long in litter. We need to "
        "know which disinfectants and concentrations kill it before restocking, and whether to vaccinate the next batches.",
        {"oEo066": 2, "oEo067": 2, "oEo044": 1, "oEo070": 1, "oEo037": 1, "oEo045": 1, "oEo083": 1},
    ),
    (
        "oEn71",
        "vi",
        "hualude",
        "Máy ấp có quạt đối lưu thay máy ấp không quạt",
        "Hộ nuôi gà ở TP Trà Vinh dùng máy ấp không quạt, nhiệt chỗ nóng chỗ lạnh, trứng nở không đều. Muốn đổi sang máy ấp có quạt đối "
        "lưu khoảng 300–500 trứng, có nhiệt kế, ẩm kế để giữ ẩm 40–60%.",
        {"oEo010": 2, "oEo002": 2, "oEo003": 1, "oEo001": 1},
    ),
    (
        "oEn72",
        "en",
        "docz_ats",
        "Bridging power so incubator controllers do not reset",
        "Our hatchery in Trà Vinh has an automatic transfer switch, but during the seconds of switchover the incubator controllers and "
        "fans reset and lose their programmes. We need a UPS solution sized to keep controllers running continuously.",
        {"oEo125": 2, "oEo124": 1, "oEo121": 1, "oEo129": 1, "oEo126": 1},
    ),
    (
        "oEn73",
        "vi",
        "baobrvt_vitde",
        "Kết hợp nuôi vịt đẻ với ấp hột vịt lộn để hạ giá thành",
        "Nhóm hộ ở Càng Long (Trà Vinh) đang ấp hột vịt lộn bằng trứng mua ngoài, giá trứng lên xuống thất thường. Muốn học mô hình vừa "
        "nuôi vịt đẻ vừa ấp hột vịt lộn: quy mô đàn, giống vịt, số lò ấp, vốn và lợi nhuận.",
        {"oEo107": 2, "oEo106": 2, "oEo116": 2, "oEo115": 1, "oEo098": 1, "oEo108": 1},
    ),
    (
        "oEn74",
        "en",
        "allthingsnature",
        "Incubator kit for a school STEM club",
        "A secondary school STEM club in Trà Vinh city wants students to build a small egg incubator with a microcontroller and hatch "
        "chicken eggs in class. We need a low-cost kit or design and guidance.",
        {"oEo005": 2, "oEo001": 2, "oEo003": 1, "oEo008": 1, "oEo123": 1},
    ),
    (
        "oEn75",
        "vi",
        "mesidas",
        "Máy ấp quá nhiệt mùa nóng, cần quạt hút làm mát tự động",
        "Máy ấp ở Tiểu Cần (Trà Vinh) vào những tháng nóng nhiệt trong máy vượt mức đặt, nhất là khi trứng lớn ngày tỏa nhiệt nhiều, trứng "
        "chết phôi. Cần bộ điều khiển tự chạy quạt hút, làm mát và báo động khi nhiệt cao.",
        {"oEo023": 2, "oEo126": 1, "oEo129": 1, "oEo019": 1, "oEo117": 1, "oEo024": 1, "oEo127": 1},
    ),
]
