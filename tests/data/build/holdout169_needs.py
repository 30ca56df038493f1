"""Needs of holdout169: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    (
        "oOn01",
        "vi",
        "duyenhai_ngheu",
        "Cần chủ động nguồn nghêu giống nhân tạo cho hợp tác xã ở Hiệp Thạnh",
        "Vùng ven biển Duyên Hải có khoảng 6.600 ha bãi bồi, trong đó gần 3.000 ha nuôi được nghêu, các tổ hợp tác và hợp "
        "tác xã đã mở rộng lên hàng trăm ha từ năm 2004. Hợp tác xã chúng tôi mỗi vụ phải mua giống tự nhiên từ nơi khác, "
        "giá cao và không ổn định. Cần quy trình và hỗ trợ kỹ thuật để tự sản xuất nghêu giống nhân tạo tại chỗ.",
        {"oOo001": 2, "oOo002": 2, "oOo010": 1, "oOo011": 1, "oOo014": 1, "oOo013": 1, "oOo004": 1, "oOo012": 1},
    ),
    (
        "oOn02",
        "en",
        "thanhdat_htx",
        "Nursing small wild clam seed locally for a Hiep Thanh cooperative",
        "Our clam cooperative in Hiep Thanh commune manages about 400 ha of coastal flats and stocks some 32 tonnes of "
        "seed a season, expecting over 350 tonnes of market clams. Most seed is bought already large from outside the "
        "province. We want a method to nurse small wild seed from grade 1 to grade 2 ourselves in ponds or on the flat, "
        "with survival rates we can plan on.",
        {"oOo006": 2, "oOo005": 2, "oOo004": 2, "oOo003": 1, "oOo026": 1, "oOo007": 1, "oOo016": 1},
    ),
    (
        "oOn03",
        "vi",
        "longhoa_price",
        "Can tu van mat do tha ngheu tren bai cat Long Hoa",
        "Xa Long Hoa co khoang 500 ha bai boi giao cho hop tac xa va to hop tac nuoi ngheu, ca tinh co gan 800 ha bai cat "
        "nuoi duoc. Nam nay thuong lai ky mua 200 tan ngheu 45-55 con/kg gia 25.500 d/kg nhung nhieu o ngheu lon khong "
        "deu, cho day cho thua. Can huong dan mat do tha giong va cach san thua hop ly tren bai trieu.",
        {"oOo017": 2, "oOo018": 2, "oOo020": 2, "oOo026": 2, "oOo016": 1, "oOo024": 1},
    ),
    (
        "oOn04",
        "en",
        "iucn_bentre",
        "Heat-season clam losses on the Truong Long Hoa flats",
        "In the hot months our cooperative lost most of its clams, as neighbouring cooperatives on the coast did when "
        "80% died in March and April one year; members blame unusually high temperature and salinity. We want practical "
        "measures against heat stress on exposed flats, advice on lowering stocking density, and a way to follow water "
        "temperature and salinity on the grounds.",
        {"oOo020": 2, "oOo036": 2, "oOo037": 1, "oOo035": 1, "oOo019": 1, "oOo018": 1},
    ),
    (
        "oOn05",
        "vi",
        "tepbac_death",
        "Tìm nguyên nhân nghêu chết hàng loạt ở bãi nuôi Cầu Ngang",
        "Nhiều năm nay nghêu ở các vùng nuôi ven biển chết hàng loạt mà chưa xác định được nguyên nhân; có năm một huyện "
        "lân cận mất hơn 1.300 ha, thiệt hại khoảng 300 tỷ đồng. Hợp tác xã ở Cầu Ngang vừa có đợt nghêu chết, cần phòng "
        "thí nghiệm xét nghiệm mẫu nghêu tìm tác nhân gây bệnh như vi khuẩn, ký sinh trùng để biết cách phòng.",
        {"oOo032": 2, "oOo033": 2, "oOo034": 1, "oOo036": 1, "oOo035": 1, "oOo020": 1},
    ),
    (
        "oOn06",
        "en",
        "vnexpress_perkinsus",
        "Clam die-off after flood runoff at the Co Chien mouth",
        "After heavy rain and a storm, fresh water and silt from upstream covered our clam flats near the Co Chien river "
        "mouth and clams of all ages died within days, above 90% on some plots, opening and rotting within hours. In a "
        "similar case elsewhere tests found the parasite Perkinsus olseni. We need Perkinsus testing of our samples and "
        "advice on the combined effect of freshwater shock.",
        {"oOo032": 2, "oOo033": 2, "oOo034": 2, "oOo020": 1, "oOo036": 1, "oOo035": 1},
    ),
    (
        "oOn07",
        "vi",
        "docnhanh_thanhhoa",
        "Ngheu chet nhieu, can danh gia lai mat do tha va theo doi moi truong",
        "Bai ngheu cua to hop tac o Dong Hai chet hang tram tan trong thoi gian ngan. Mau nuoc va xac ngheu khong cho thay "
        "dich benh hay chat thai, co quan chuyen mon cho rang do thoi tiet va mat do nuoi khong phu hop. Can duoc tu van "
        "mat do tha cho tung loai bai va cach theo doi moi truong de canh bao som.",
        {"oOo020": 2, "oOo018": 2, "oOo036": 2, "oOo017": 2, "oOo035": 1, "oOo037": 1},
    ),
    (
        "oOn08",
        "en",
        "tienphong_waste",
        "Independent water testing for clam flats near discharge points",
        "Our clam plots in Duyen Hai lie near canals that carry pond and processing waste. In a case elsewhere, dumped "
        "squid-processing waste pushed ammonium, nitrite, sulphide and COD above limits and BOD five far beyond standard, "
        "and clams died. We need regular water-quality measurements of the grounds and early warnings when pollution "
        "rises.",
        {"oOo036": 2, "oOo037": 2, "oOo021": 1, "oOo044": 1, "oOo035": 1},
    ),
    (
        "oOn09",
        "vi",
        "cangio_death",
        "Nghêu vùng gần bờ chết sớm đầu mùa mưa ở Đông Hải",
        "Cuối tháng 6 nghêu ở các ô gần bờ của tổ chúng tôi chết 40–90%, sớm hơn mọi năm, khi nghêu chỉ chết rải rác lúc "
        "thu hoạch. Nhiều hộ đã góp vốn hàng tỷ đồng thả hàng chục tấn giống nên rất lo. Cần hướng dẫn cách xử lý khi "
        "nghêu bắt đầu chết: san thưa, chuyển nghêu xuống vùng thấp, chọn lại bãi.",
        {"oOo020": 2, "oOo019": 1, "oOo024": 1, "oOo025": 1, "oOo035": 1, "oOo036": 1, "oOo018": 1},
    ),
    (
        "oOn10",
        "en",
        "sggp_surfclam",
        "Forecasting salinity drops that kill clams in the rainy season",
        "Every rainy season fishers along Ba Dong beach find dead clams washed ashore in piles along kilometres of beach; "
        "their experience says hot water or freshwater shock after heavy rain lowers salinity and kills them. Our clam "
        "cooperative wants regular salinity and water-quality monitoring with warnings so we can harvest or move clams in "
        "time, and an explanation of the likely causes.",
        {"oOo037": 2, "oOo036": 1, "oOo035": 1, "oOo021": 1, "oOo143": 1},
    ),
    (
        "oOn11",
        "vi",
        "tepbac_saubien",
        "Sinh vật lạ ăn nghêu giống trên bãi ương Hiệp Thạnh",
        "Từ sau Tết, trên bãi ương nghêu giống xuất hiện nhiều con giống đỉa, giống sâu róm, dài 3–7 cm, ăn trọn nghêu "
        "giống cỡ nhỏ, mạnh nhất lúc giao mùa tháng 2–4; vây lưới bắt không xuể. Cần cơ quan chuyên môn định danh loài và "
        "hướng dẫn biện pháp diệt hiệu quả để bảo vệ giống.",
        {"oOo022": 2, "oOo023": 1, "oOo029": 1, "oOo024": 1, "oOo025": 1},
    ),
    (
        "oOn12",
        "en",
        "lua_ngheu",
        "Predator fencing and netting for low-tide clam plots",
        "Our cooperative in Truong Long Hoa moved part of its clams to lower tidal plots so they stay covered longer, but "
        "seed there is eaten by crabs, snails and fish and the plots are hard to watch. We need a design for fences and "
        "protective netting (mesh size, height, stakes) and a routine to keep predators out without smothering the clams.",
        {"oOo024": 2, "oOo025": 2, "oOo029": 2, "oOo030": 2, "oOo028": 2, "oOo023": 1, "oOo022": 1},
    ),
    (
        "oOn13",
        "vi",
        "duyenhai_ngheu",
        "Khảo sát, quy hoạch bãi bồi mở rộng vùng nuôi nghêu",
        "Huyện có khoảng 6.600 ha bãi bồi ven biển nhưng mới đánh giá gần 3.000 ha nuôi được nghêu, nhiều nơi nuôi thử "
        "thất bại vì thất thoát. Các xã muốn mở rộng vùng nuôi cho hợp tác xã mới nên cần khảo sát nền đáy, môi trường để "
        "chọn bãi phù hợp và quy hoạch chia lô, rào chắn.",
        {"oOo019": 2, "oOo024": 2, "oOo021": 1, "oOo025": 1, "oOo031": 1, "oOo026": 1, "oOo027": 1},
    ),
    (
        "oOn14",
        "en",
        "longhoa_price",
        "Satellite and survey mapping of 1,200 ha of coastal flats",
        "The province has about 1,200 ha of coastal alluvial flats, of which close to 800 ha of sandy ground are thought "
        "to suit clams, allocated to seven cooperatives and groups with over 21,000 members. Before new flats are "
        "allocated, the agriculture office wants maps that show which areas really suit clam growth, using remote "
        "sensing and field data.",
        {"oOo019": 2, "oOo021": 1, "oOo024": 1},
    ),
    (
        "oOn15",
        "vi",
        "mekongfish_ngao",
        "Chuyển ao tôm bỏ hoang ở Cầu Ngang sang nuôi nghêu",
        "Gia đình có mấy ao tôm nuôi thua lỗ nhiều năm ở Cầu Ngang, gần vùng có nghêu tự nhiên. Muốn thử nuôi nghêu thương "
        "phẩm trong ao đất, nhưng chưa biết thả giống cỡ nào, mật độ bao nhiêu con/m² thì có lời và cần nền đáy ra sao.",
        {"oOo016": 2, "oOo017": 1, "oOo018": 1, "oOo027": 1},
    ),
    (
        "oOn16",
        "vi",
        "hau_tv_raft",
        "Chuyển từ săn hàu bám cống sang nuôi hàu bè ở Long Thành",
        "Ở Duyên Hải người dân vẫn lặn dò, đục hàu bám vách cống bê tông trong ao tôm, vừa cực vừa ít, hàu trên 10 con/kg "
        "bán 22.000–30.000 đ/kg. Vài hộ ở Long Thành đã tự hàn bè sắt trên thùng phuy nhựa để nuôi. Chúng tôi cần kỹ thuật "
        "nuôi hàu trên bè hoặc giàn treo: giá thể, mật độ, chăm sóc và thu hoạch.",
        {
            "oOo120": 2,
            "oOo045": 2,
            "oOo047": 2,
            "oOo052": 2,
            "oOo113": 2,
            "oOo046": 1,
            "oOo048": 1,
            "oOo051": 1,
            "oOo058": 1,
            "oOo059": 1,
            "oOo050": 1,
        },
    ),
    (
        "oOn17",
        "en",
        "nghean_raft",
        "Faster shucking for oyster households on the Long Toan river",
        "Households on the Long Toan river each run several oyster rafts, about 2,000 strings and 14,000 oysters per "
        "raft, harvested for four months around Tet. All oysters are opened by hand; a family gets only 15–20 kg of meat a "
        "day and the work is slow and injures hands. We are looking for equipment or a service that opens oysters faster "
        "while keeping the meat whole.",
        {"oOo080": 2, "oOo081": 2, "oOo082": 2, "oOo084": 2, "oOo083": 1, "oOo086": 1, "oOo085": 1},
    ),
    (
        "oOn18",
        "vi",
        "gianh_raft",
        "Tìm nguồn hàu giống chất lượng gần Trà Vinh",
        "Nhóm hộ góp vốn nuôi hàu treo dây trên bè tre, phao xốp ở cửa Cung Hầu; giống phải mua từ các cơ sở ở Quảng Ninh "
        "rất xa, vận chuyển lâu, tỷ lệ sống không ổn định. Cần đơn vị cung cấp hàu giống nhân tạo đạt chất lượng hoặc chuyển "
        "giao quy trình sản xuất giống hàu tại chỗ.",
        {"oOo053": 2, "oOo055": 2, "oOo056": 2, "oOo054": 1, "oOo060": 1, "oOo113": 1},
    ),
    (
        "oOn19",
        "en",
        "longson_oyster",
        "Moving stake-grown oysters at the Dinh An mouth into suspended culture",
        "Our oysters are grown on stakes near the Dinh An mouth and can only be harvested at ebb tide; lately yields have "
        "fallen as the river water is polluted by waste from upstream factories. We want to switch to hanging culture in "
        "cages, ropes or baskets from rafts so oysters stay off the bottom and can be moved, and to check water quality "
        "at the new site.",
        {"oOo047": 2, "oOo046": 2, "oOo051": 2, "oOo045": 2, "oOo037": 1, "oOo036": 1, "oOo052": 1},
    ),
    (
        "oOn20",
        "vi",
        "kimson_perkinsus",
        "Can xet nghiem Perkinsus tren hau giong truoc khi tha",
        "O nhieu noi nghe san xuat hau giong phat trien rat nhanh, nhung benh Perkinsus marinus la benh phai khai bao "
        "theo To chuc Thu y the gioi, co the xoa so ca vung nuoi. Chung toi sap nhap hau giong ve tha o Duyen Hai, can don "
        "vi xet nghiem Perkinsus tren mau hau giong va hau bo me.",
        {"oOo034": 2, "oOo032": 2, "oOo033": 1, "oOo054": 1},
    ),
    (
        "oOn21",
        "en",
        "vibrio_raw_oyster",
        "Controlling Vibrio in raw oysters for a restaurant chain",
        "A seafood restaurant group in Tra Vinh city wants to serve raw oysters from Duyen Hai. Vibrio vulnificus in raw "
        "oysters can cause fatal infections, especially in warm water months, and about a tenth of cases come from eating "
        "shellfish. We need a treatment or sanitary system that brings Vibrio down while the oysters stay raw.",
        {"oOo080": 2, "oOo081": 2, "oOo083": 2, "oOo057": 2, "oOo069": 1, "oOo118": 1, "oOo082": 1, "oOo095": 1},
    ),
    (
        "oOn22",
        "vi",
        "vibrio_raw_oyster",
        "Hệ thống làm sạch hàu trước khi phục vụ hàu sống",
        "Nhà hàng hải sản ở thành phố Trà Vinh muốn bán hàu sống lấy từ Long Toàn nhưng lo vi khuẩn Vibrio và vi sinh vật "
        "gây ngộ độc vì hàu lọc nước ô nhiễm. Cần bể hoặc hệ thống làm sạch (tịnh hóa) hàu nguyên vỏ trong vài chục giờ "
        "trước khi đưa lên bàn.",
        {"oOo118": 2, "oOo069": 2, "oOo072": 2, "oOo070": 1, "oOo071": 1, "oOo076": 1, "oOo080": 1},
    ),
    (
        "oOn23",
        "en",
        "vneconomy_ngao",
        "Freezing line to export clams to Japan, the US and the EU",
        "Processors elsewhere have linked with clam farmers, frozen clams and entered Japan, the US and the EU, where "
        "shell weight makes domestic trucking unprofitable. A Tra Vinh company wants to do the same with clams from local "
        "cooperatives and needs a freezing line and process that meet these markets' standards.",
        {"oOo087": 2, "oOo089": 2, "oOo114": 2, "oOo090": 1, "oOo115": 1, "oOo088": 1},
    ),
    (
        "oOn24",
        "vi",
        "eu_inspection",
        "Chuẩn bị giám sát vùng thu hoạch để xuất nghêu vào EU",
        "Doanh nghiệp chế biến nghêu ở Trà Vinh muốn xuất sang EU; phía EU từng cử đoàn thanh tra đánh giá hệ thống kiểm "
        "soát sản xuất nhuyễn thể hai mảnh vỏ của Việt Nam. Chúng tôi cần tư vấn đưa vùng nuôi vào chương trình giám sát, "
        "phân loại vùng thu hoạch và kiểm soát an toàn thực phẩm đáp ứng quy định.",
        {"oOo094": 2, "oOo098": 2, "oOo041": 2, "oOo040": 1, "oOo070": 1, "oOo096": 1, "oOo097": 1, "oOo044": 1},
    ),
    (
        "oOn25",
        "en",
        "eu_classify",
        "Purification centre for clams from a class B harvesting area",
        "Under EU rules, bivalve areas are classed A, B or C by E. coli levels and class B shellfish must be treated "
        "before sale. Our cooperatives in Duyen Hai expect a B classification. We need a purification (depuration) centre "
        "for live clams and oysters: design, tanks, seawater treatment and operation.",
        {
            "oOo069": 2,
            "oOo070": 2,
            "oOo071": 2,
            "oOo072": 2,
            "oOo074": 2,
            "oOo075": 1,
            "oOo073": 1,
            "oOo094": 1,
            "oOo076": 1,
            "oOo118": 1,
            "oOo077": 1,
        },
    ),
    (
        "oOn26",
        "vi",
        "vneconomy_ngao",
        "Ngheu song cho len TP.HCM hay chet doc duong",
        "Ngheu nang vo, cuoc xe cao, ma cho ngheu song tu Duyen Hai len cho dau moi TP.HCM thuong bi chet, ha mieng, "
        "bi tru tien. Can cach bao quan va van chuyen ngheu song (nhiet do, do am, bao bi) de giu ngheu song lau hon "
        "va giam hao hut.",
        {"oOo078": 2, "oOo079": 2, "oOo076": 2, "oOo077": 1, "oOo072": 1},
    ),
    (
        "oOn27",
        "vi",
        "valuechain_tv",
        "Hợp tác xã muốn tự sơ chế, chế biến nghêu tại Trà Vinh",
        "Phần lớn nghêu của tỉnh bán qua thương lái cho nhà máy chế biến ngoài tỉnh, nên lợi nhuận ròng chủ yếu rơi vào "
        "nhà chế biến bên ngoài, người nuôi chỉ hưởng khoảng một nửa lợi nhuận chuỗi. Liên hiệp hợp tác xã muốn đầu tư "
        "xưởng luộc, tách thịt, cấp đông hoặc đóng hộp ngay tại tỉnh; cần dây chuyền và quy trình.",
        {"oOo085": 2, "oOo087": 2, "oOo088": 2, "oOo089": 2, "oOo090": 1, "oOo114": 1, "oOo091": 1, "oOo153": 1},
    ),
    (
        "oOn28",
        "en",
        "valuechain_tv",
        "Traceable direct sales of cooperative clams to exporters",
        "A value-chain study found that over 93% of the province's raw clams go through traders to processing plants and "
        "that farmers keep only about half of the chain's profit. Our cooperative wants to sell directly to exporters "
        "under contract, with each lot traceable to the plot and farming record so buyers trust the origin.",
        {"oOo107": 2, "oOo100": 1, "oOo099": 1, "oOo119": 1},
    ),
    (
        "oOn29",
        "vi",
        "nghean_raft",
        "Làm sản phẩm bột hàu từ thịt hàu dư thừa mùa thu hoạch",
        "Các hộ nuôi hàu bè ở Long Toàn tách thịt thủ công mỗi ngày 15–20 kg, giá thịt hàu lên xuống theo mùa Tết. Chúng "
        "tôi muốn chế biến phần thịt hàu dư thành bột dinh dưỡng đóng gói để bán quanh năm; cần quy trình và thiết bị phù "
        "hợp quy mô hợp tác xã.",
        {"oOo093": 2, "oOo116": 1},
    ),
    (
        "oOn30",
        "vi",
        "thanhan_iqf",
        "Thịt nghêu đông IQF bị chảy nước, thâm màu sau rã đông",
        "Xưởng chế biến nghêu thịt luộc đông IQF của chúng tôi ở Trà Vinh bị khách hàng phàn nàn sản phẩm chảy nước, thịt "
        "bở và thâm màu sau rã đông. Cần đơn vị khảo sát, cải tạo hoặc thay thế hệ thống cấp đông để đông nhanh, đều và "
        "giữ chất lượng.",
        {"oOo115": 2, "oOo114": 2, "oOo089": 1, "oOo091": 1, "oOo088": 1},
    ),
    (
        "oOn31",
        "en",
        "thanhdat_htx",
        "Shelf-stable clam products to escape low raw-clam prices",
        "Our cooperative sells raw clams to traders at around 20,000 VND per kg, and members' share depends on that price. "
        "We want to turn part of the harvest into a shelf-stable, value-added product that keeps at room temperature, "
        "such as canned, dried or sauce products, and need the processing know-how.",
        {"oOo085": 2, "oOo116": 2, "oOo117": 2, "oOo091": 1, "oOo093": 1, "oOo126": 1},
    ),
    (
        "oOn32",
        "en",
        "msc_sggp",
        "MSC certification for Tra Vinh clam cooperatives",
        "The neighbouring province's clam fishery has just been re-certified by the Marine Stewardship Council for 2024–2029, "
        "the third time, and seven cooperatives received certificates and were introduced to processors. Our Tra Vinh "
        "cooperatives want the same certification and need support through the assessment.",
        {"oOo099": 2, "oOo101": 2, "oOo007": 1, "oOo100": 1, "oOo119": 1},
    ),
    (
        "oOn33",
        "vi",
        "msc_tepbac",
        "Cần đơn vị đồng hành đạt và duy trì chứng nhận bền vững cho nghêu",
        "Nghề nghêu tỉnh bạn đã đạt chứng nhận MSC lần thứ ba nhờ dự án chuỗi giá trị nghêu do EU tài trợ và các tổ chức "
        "hỗ trợ. Liên hiệp hợp tác xã nghêu Trà Vinh cần đơn vị tư vấn đồng hành chuẩn bị đánh giá và duy trì chứng nhận "
        "(MSC hoặc ASC) để mở thị trường xuất khẩu.",
        {"oOo099": 2, "oOo119": 2, "oOo101": 2, "oOo100": 1},
    ),
    (
        "oOn34",
        "vi",
        "asc_tv",
        "Huong dan lam ho so chung nhan ASC cho HTX ngheu Dong Hai",
        "Tinh da trao chung nhan ASC cho 3 hop tac xa nuoi ngheu voi tong dien tich 433 ha va ky lien ket chuoi gia tri. "
        "HTX chung toi o Dong Hai chua co, muon lam chung nhan ASC, can huong dan cac buoc, ho so va to chuc xa vien.",
        {"oOo119": 2, "oOo099": 1, "oOo101": 1, "oOo100": 1},
    ),
    (
        "oOn35",
        "en",
        "eu_inspection",
        "Biotoxin results for each lot of export clams",
        "Our EU buyer now asks for marine biotoxin results (ASP, DSP, PSP) for every lot of clams from our Tra Vinh "
        "harvesting areas, following an EU audit of Vietnam's bivalve controls. We need a sampling plan for the tidal "
        "flats, toxin testing and procedures for closing and reopening areas.",
        {"oOo041": 2, "oOo040": 2, "oOo044": 2, "oOo038": 2, "oOo039": 1, "oOo042": 1, "oOo094": 1},
    ),
    (
        "oOn36",
        "vi",
        "tusta_guidance",
        "Cảnh báo sớm thủy triều đỏ cho bãi nghêu ven biển",
        "Khi có thủy triều đỏ, người nuôi chỉ biết cào nghêu xuống chỗ sâu, khua nước cho nghêu không ăn. Hợp tác xã ở "
        "Trường Long Hòa cần hệ thống theo dõi, xác định loài tảo độc và cảnh báo sớm khi tảo nở hoa để chủ động thu "
        "hoạch hoặc di chuyển nghêu.",
        {"oOo038": 2, "oOo042": 2, "oOo036": 2, "oOo043": 2, "oOo039": 1, "oOo040": 1, "oOo041": 1, "oOo020": 1},
    ),
    (
        "oOn37",
        "en",
        "docnhanh_thanhhoa",
        "Phytoplankton checks to rule toxic algae in or out",
        "After a die-off of hundreds of tonnes of clams, officials analysed water and clams and found no disease and no "
        "link with harmful algae, but members still doubt it. Our cooperative wants regular phytoplankton counts and "
        "identification of harmful species on the grounds, so algae can be confirmed or ruled out quickly next time.",
        {"oOo038": 2, "oOo036": 2, "oOo039": 1, "oOo042": 1, "oOo043": 1},
    ),
    (
        "oOn38",
        "vi",
        "tienphong_waste",
        "Kiểm nghiệm kim loại nặng, vi sinh trong nghêu nguyên liệu",
        "Có nơi người ta đổ trộm chất thải chế biến mực ra vùng nuôi, nước có amoni, nitrit, sunfua vượt ngưỡng và nghêu "
        "chết. Nhà máy thu mua nghêu ở Duyên Hải lo nguyên liệu bị nhiễm kim loại nặng, vi sinh vật; cần đơn vị giám sát, "
        "kiểm nghiệm nguyên liệu nghêu theo từng vùng khai thác.",
        {"oOo044": 2, "oOo032": 1, "oOo098": 1, "oOo094": 1},
    ),
    (
        "oOn39",
        "en",
        "eu_classify",
        "Norovirus testing for chilled oysters sold to Europe",
        "Norovirus outbreaks linked to oysters have hit several European countries and authorities are tightening checks. "
        "A Tra Vinh company preparing chilled oysters from Long Toan for European buyers needs a laboratory that can test "
        "oysters and harvest waters for norovirus.",
        {"oOo095": 2, "oOo096": 2, "oOo097": 1, "oOo094": 1, "oOo080": 1, "oOo069": 1},
    ),
    (
        "oOn40",
        "vi",
        "fao_anadara",
        "Kỹ thuật nuôi sò huyết trên bãi bùn ven sông Long Khánh",
        "Sò huyết sống chủ yếu vùng triều, đáy bùn mịn, độ mặn tương đối thấp và chịu phơi bãi mỗi ngày. Vài hộ ở Long "
        "Khánh có bãi bùn ven sông muốn nuôi sò huyết; cần kỹ thuật chọn bãi, chọn giống, mật độ thả và quản lý.",
        {"oOo061": 2, "oOo062": 2, "oOo063": 2, "oOo064": 2, "oOo112": 2, "oOo065": 2, "oOo066": 1},
    ),
    (
        "oOn41",
        "en",
        "fao_anadara",
        "Blood cockles dying when salinity drops in the rainy season",
        "Blood cockles live on intertidal silty bottoms with fairly low salinity, but our cockles in Tra Cu die in large "
        "numbers after long rains and storms upstream. We need guidance on salinity tolerance, site choice and what to do "
        "before and during freshwater events.",
        {"oOo063": 2, "oOo112": 2, "oOo064": 1, "oOo061": 1, "oOo065": 1, "oOo037": 1},
    ),
    (
        "oOn42",
        "vi",
        "vop_nongnghiep",
        "Xây dựng truy xuất nguồn gốc, nhãn hiệu cho vọp Ngũ Lạc",
        "Ở Duyên Hải đã có trên 200 ha nuôi vọp trên bãi bồi, hộ như ở Ngũ Lạc thả khoảng 450 nghìn con giống trên 3.000 m², "
        "đầu tư 150 triệu đồng. Nhưng sản xuất còn nhỏ lẻ, chưa truy xuất được nguồn gốc nên khó vào siêu thị. Cần giải pháp "
        "truy xuất và xây dựng nhãn hiệu cho tổ hợp tác.",
        {"oOo107": 2, "oOo106": 1},
    ),
    (
        "oOn43",
        "en",
        "vop_nongnghiep",
        "Expanding mangrove clam (vop) culture on Ngu Lac flats",
        "Farmers in Ngu Lac commune have turned to vop, a mangrove clam that needs no feed, harvested after 8–10 months at "
        "14–15 clams per kg and sold for 35,000–38,000 VND per kg. A household wants to expand from 3,000 m² and needs "
        "proper stocking density, seed size, netting and site preparation.",
        {"oOo067": 2, "oOo111": 2, "oOo068": 1},
    ),
    (
        "oOn44",
        "vi",
        "lenger_can",
        "Tận dụng vỏ nghêu, vỏ hàu sau khi tách thịt",
        "Cơ sở luộc, tách thịt nghêu và hàu ở Duyên Hải thải ra hàng chục tấn vỏ mỗi tháng, đổ thành đống gây mùi, khó "
        "phân hủy. Cần công nghệ hoặc đối tác tận dụng vỏ làm sản phẩm có ích như thức ăn chăn nuôi, phân bón, bột canxi "
        "hoặc giá thể.",
        {"oOo108": 2, "oOo109": 2, "oOo110": 2, "oOo060": 1},
    ),
    (
        "oOn45",
        "en",
        "lenger_can",
        "Turning clam shell waste from a meat plant into products",
        "A clam processing line that boils clams and separates the meat leaves large volumes of shells to handle after "
        "meat extraction. Our Tra Vinh plant needs a technology or partner to turn the shells into saleable products "
        "(calcium powder, feed or fertiliser, substrate) instead of dumping them.",
        {"oOo108": 2, "oOo109": 2, "oOo110": 2, "oOo060": 1},
    ),
    (
        "oOn46",
        "en",
        "tv_seed_hatch",
        "Reliable algae feed for the provincial clam hatchery",
        "The provincial seed centre has produced hatchery clam seed for the first time, feeding larvae Chlorella, "
        "Nannochloropsis and diatoms twice a day, but algae cultures often crash and larval batches are lost. We need a "
        "reliable algae supply: strains, culture methods or concentrates.",
        {"oOo011": 2, "oOo012": 2, "oOo013": 2, "oOo014": 2, "oOo001": 1},
    ),
    (
        "oOn47",
        "vi",
        "aquatex",
        "Kích thích nghêu bố mẹ đẻ đồng loạt cho trại giống Cầu Ngang",
        "Nghêu đẻ quanh năm nhưng rộ vào khoảng tháng 6, mỗi con cái có thể cho vài triệu trứng. Trại giống thử nghiệm ở "
        "Cầu Ngang cho nghêu bố mẹ đẻ rải rác, không đồng loạt. Cần kỹ thuật nuôi vỗ, kích thích sinh sản và lịch thành "
        "thục của nghêu để lên kế hoạch sản xuất.",
        {"oOo010": 2, "oOo001": 2, "oOo015": 2, "oOo003": 1, "oOo008": 1, "oOo009": 1, "oOo002": 1},
    ),
    (
        "oOn48",
        "en",
        "tanhoa_oyster",
        "Single oysters for premium buyers instead of clusters",
        "Raft farmers on the Long Toan river hang substrates under plastic-drum rafts and let wild spat settle, so "
        "oysters grow in clusters of mixed sizes and sell at 15,000 VND per kg. Resorts want uniform single oysters. We "
        "need a method to grow singles from spat.",
        {"oOo051": 2, "oOo060": 2, "oOo046": 1, "oOo058": 1, "oOo053": 1},
    ),
    (
        "oOn49",
        "en",
        "tepbac_death",
        "Monthly warning bulletin on water and pathogens for clam flats",
        "Clam die-offs recur every year in the Mekong Delta and experts admit the cause is still unknown. Clam "
        "cooperatives in Cau Ngang want a regular bulletin on water quality, Vibrio, Perkinsus and harmful algae on their "
        "own flats so they can act before losses.",
        {"oOo036": 2, "oOo037": 2, "oOo021": 1, "oOo043": 1, "oOo032": 1},
    ),
    (
        "oOn50",
        "vi",
        "survincity_perkinsus",
        "Xác nhận Perkinsus trên nghêu bằng PCR",
        "Có lần mẫu nghêu chết ở tỉnh bạn cho kết quả dương tính Perkinsus nhưng các nhà khoa học nghi ngờ độ chính xác "
        "của phương pháp và phải gửi mẫu ra phòng thí nghiệm quốc tế. Chúng tôi ở Trà Vinh cần phòng thí nghiệm xác nhận "
        "Perkinsus bằng nuôi cấy và PCR đáng tin cậy.",
        {"oOo034": 2, "oOo033": 2, "oOo032": 1, "oOo036": 1},
    ),
    (
        "oOn51",
        "en",
        "kimson_perkinsus",
        "Larval algae production for a planned oyster seed farm",
        "Oyster seed farming has boomed elsewhere, reaching about 7.6 million seed per hectare and profits of VND 300–400 "
        "million per hectare a year. A group in Duyen Hai plans a small oyster seed farm and needs to set up microalgae "
        "production to feed broodstock and larvae.",
        {"oOo011": 2, "oOo012": 2, "oOo013": 2, "oOo014": 2},
    ),
    (
        "oOn52",
        "vi",
        "iucn_bentre",
        "Chọn nghêu giống khỏe và kiểm dịch cho tổ hợp tác Trường Long Hòa",
        "Sau đợt nghêu chết do nắng nóng và độ mặn cao, ban quản lý tổ hợp tác ở Trường Long Hòa rút ra phải chọn giống "
        "kỹ hơn, giảm mật độ và theo dõi nhiệt độ nước. Cần hướng dẫn tiêu chuẩn nghêu giống (cỡ, độ khỏe), thủ tục kiểm "
        "dịch và cách xử lý giống trước khi thả.",
        {"oOo020": 2, "oOo003": 1, "oOo001": 1, "oOo006": 1},
    ),
    (
        "oOn53",
        "en",
        "cangio_death",
        "Keeping clam seed alive during transport and release",
        "Members pooled capital to buy 20–100 tonnes of clam seed from other provinces, but part of each batch dies on the "
        "boat trip or soon after release on our flats in Dong Hai, and losses put households in debt. We need handling "
        "rules for carrying seed (shade, moisture, rain) and for releasing it on the flats.",
        {"oOo026": 2, "oOo003": 1, "oOo078": 1, "oOo020": 1},
    ),
    (
        "oOn54",
        "vi",
        "longhoa_price",
        "Lưu giữ nghêu sống khi thương lái ngừng mua cuối vụ",
        "Đầu tháng 7 mưa nhiều, độ mặn giảm, thương lái thường ngừng mua và bãi nghêu ở Long Hòa phải đóng cửa lưu vụ; năm "
        "nào được hợp đồng thì giá cao hơn 10.000–11.000 đ/kg. Hợp tác xã muốn có bể hoặc kho lưu giữ nghêu sống vài ngày để "
        "bán dần, giảm chết, chờ giá.",
        {"oOo077": 2, "oOo076": 2, "oOo079": 2, "oOo072": 2, "oOo078": 1},
    ),
    (
        "oOn55",
        "en",
        "tienthanh_htx",
        "Diversifying an island clam cooperative whose water turns fresh half the year",
        "Long Hoa island commune sits at the lower Co Chien river, with fresh water half the year and brackish water the "
        "other half; our cooperative has farmed clams on about 200 ha of flats since 2005. We want a second species for "
        "the flats or mangrove edges that tolerates the fresh season.",
        {"oOo111": 2, "oOo067": 2, "oOo063": 1, "oOo045": 1, "oOo113": 1},
    ),
    (
        "oOn56",
        "vi",
        "tienthanh_htx",
        "Bãi nghêu bị trộm, cần mô hình đồng quản lý",
        "Hợp tác xã ở Long Hòa đã đầu tư ghe tàu, người trông coi nhưng bãi nghêu hơn 200 ha vẫn bị người ngoài vào cào "
        "trộm. Cần mô hình đồng quản lý giữa chính quyền và hợp tác xã: quy chế khai thác, tổ bảo vệ, phân quyền rõ ràng.",
        {"oOo100": 2, "oOo102": 2, "oOo018": 1, "oOo103": 1, "oOo104": 1},
    ),
    (
        "oOn57",
        "en",
        "duyenhai_ngheu",
        "Rules for allocating tidal flats to new cooperatives of poor households",
        "In 2004 the district mobilised about 800 members to form clam groups and cooperatives on 400 ha of flats, funded "
        "by government programmes, an NGO and members, and the first crop returned over VND 6 billion profit. It now wants "
        "to allocate more flats to poor households and needs rules on use rights and co-management.",
        {"oOo100": 2, "oOo102": 2, "oOo105": 1, "oOo104": 1, "oOo103": 1},
    ),
    (
        "oOn58",
        "vi",
        "thanhdat_htx",
        "HTX ngheu Hiep Thanh can mo hinh quan ly va chia loi nhuan",
        "HTX nuoi ngheu o Hiep Thanh duoc giao 400 ha bai boi, bat buoc 80% xa vien la ho ngheo. Xa vien duoc chia loi "
        "tu 10 den 50-60 trieu dong tuy von gop. Can mo hinh quan ly: to ky thuat, to bao ve bai, quy che chia loi nhuan "
        "minh bach.",
        {"oOo018": 2, "oOo100": 2, "oOo102": 1},
    ),
    (
        "oOn59",
        "vi",
        "msc_cl",
        "Phân vùng bãi nghêu giống và bãi nghêu thịt, kế hoạch di giống",
        "Tỉnh bạn có gần 3.000 ha nghêu do 7 hợp tác xã quản lý, trong đó khoảng 580 ha bãi giống và hơn 2.300 ha bãi nuôi "
        "thịt. Liên hiệp hợp tác xã nghêu Trà Vinh muốn tổ chức lại theo cách đó: tách bãi ương giống và bãi nuôi thịt, lên "
        "kế hoạch di giống giữa các bãi.",
        {"oOo007": 2, "oOo019": 1, "oOo024": 1, "oOo006": 1},
    ),
    (
        "oOn60",
        "en",
        "hau_tv_raft",
        "Care routine for oysters on a steel raft over plastic drums",
        "A family in Long Thanh welded a 45 m by 6 m steel frame on about 100 plastic drums, a 270 m² raft, and hangs "
        "oysters beneath it. Growth is uneven, clusters get crowded and some oysters die in the dry season. We need a care "
        "routine: thinning, cleaning, pest control and harvest timing.",
        {"oOo048": 2, "oOo052": 2, "oOo046": 1, "oOo045": 1, "oOo058": 1, "oOo047": 1},
    ),
    (
        "oOn61",
        "vi",
        "longson_oyster",
        "Nuôi hàu trong ao tôm bỏ hoang ở cửa Định An",
        "Hàu nuôi cọc ở bãi chỉ thu được khi triều rút và năng suất giảm vì nước sông ô nhiễm. Nhiều hộ ở Trà Cú còn ao tôm "
        "bỏ hoang ven sông, muốn chuyển sang nuôi hàu trong ao bằng rổ, khay treo; cần quy trình, mật độ và cách chống địch hại.",
        {"oOo049": 2, "oOo046": 2, "oOo113": 2, "oOo047": 1, "oOo051": 1},
    ),
    (
        "oOn62",
        "en",
        "thaibinh_frozen",
        "Adding a cooked IQF clam-meat line to a whole-clam freezing plant",
        "Our plant freezes whole clams for export to Europe and the US. Buyers now ask for cooked, shucked clam meat "
        "frozen individually. We need the process (cooking, shucking, grading) and IQF equipment to add this line.",
        {"oOo088": 2, "oOo089": 2, "oOo114": 2, "oOo092": 1, "oOo090": 1, "oOo087": 1},
    ),
    (
        "oOn63",
        "en",
        "tv_pacific_oyster",
        "Depuration unit to sell Pacific oysters raw to beach resorts",
        "A research project on the Long Toan river has shown Pacific oysters grow well there, at 50–71% survival and "
        "6.6 kg per m², and trained local households. The group now wants to sell raw oysters to resorts at Ba Dong beach "
        "and needs a depuration unit to clean oysters before sale.",
        {"oOo069": 2, "oOo072": 2, "oOo118": 2, "oOo070": 1, "oOo080": 1},
    ),
    (
        "oOn64",
        "vi",
        "eu_inspection",
        "Kiểm nghiệm E. coli và norovirus cho lô nhuyễn thể xuất khẩu",
        "Doanh nghiệp xuất nghêu, hàu từ Trà Vinh được đối tác yêu cầu kết quả kiểm nghiệm vi sinh (E. coli) và norovirus "
        "cho từng lô, vì EU kiểm tra chặt hệ thống kiểm soát nhuyễn thể hai mảnh vỏ. Cần phòng thí nghiệm và kế hoạch lấy "
        "mẫu phù hợp.",
        {"oOo095": 2, "oOo044": 2, "oOo096": 2, "oOo094": 1, "oOo098": 1},
    ),
    (
        "oOn65",
        "en",
        "gianh_raft",
        "Choosing sheltered river sites for oyster rafts",
        "Elsewhere, families built bamboo and styrofoam oyster rafts anchored by posts and designed to be towed to "
        "sheltered spots in big floods; several gave up after losses before harvest. Before investing on Tra Vinh rivers, "
        "we want water-quality zoning of candidate sites to choose safe, suitable places.",
        {"oOo021": 2, "oOo019": 1, "oOo059": 1, "oOo037": 1},
    ),
    (
        "oOn66",
        "vi",
        "fao_anadara",
        "Nuôi ghép sò huyết trong ao tôm ở Trà Cú",
        "Sò huyết chịu được độ mặn khá thấp và thời gian phơi dài, nên nhiều hộ ở Trà Cú muốn thả ghép trong ao tôm quảng "
        "canh. Cần biết cỡ giống, mật độ thả, cách nuôi ghép với tôm, cua để không ảnh hưởng nhau.",
        {"oOo062": 2, "oOo061": 1, "oOo063": 1, "oOo064": 1},
    ),
    (
        "oOn67",
        "vi",
        "hau_tv_raft",
        "Tự thu giống hàu tự nhiên ở cửa sông Long Thành",
        "Hàu ở Duyên Hải bám dày trên vách cống ao tôm, chứng tỏ giống tự nhiên nhiều. Các hộ nuôi bè ở Long Thành muốn tự "
        "thu giống bằng giá thể thay vì mua; cần biết mùa giống, loại giá thể (ngói, vỏ hàu, túi lưới) và cách đặt.",
        {"oOo049": 2, "oOo058": 2, "oOo052": 2, "oOo045": 1, "oOo060": 1, "oOo110": 1, "oOo050": 1},
    ),
    (
        "oOn68",
        "vi",
        "vibrio_raw_oyster",
        "Xử lý hàu sống giảm vi khuẩn Vibrio bằng áp suất cao",
        "Vi khuẩn Vibrio vulnificus trong hàu sống có thể gây nhiễm trùng máu, tử vong, nhất là mùa nóng. Cơ sở kinh doanh "
        "hàu ở Trà Vinh muốn xử lý hàu để giảm Vibrio mà hàu vẫn sống, tươi; cần thiết bị hoặc dịch vụ xử lý áp suất cao hay "
        "phương pháp tương tự.",
        {"oOo080": 2, "oOo081": 2, "oOo083": 2, "oOo032": 1, "oOo118": 1, "oOo082": 1},
    ),
    (
        "oOn69",
        "vi",
        "nghean_raft",
        "Cần máy tách vỏ hàu cho các hộ nuôi bè",
        "Mỗi bè nuôi vài nghìn chuỗi hàu, mùa thu hoạch quanh Tết kéo dài khoảng 4 tháng, người dân ngồi tách từng con "
        "bằng tay. Tổ hợp tác nuôi hàu ở Long Toàn cần máy tách vỏ hàu hoặc công nghệ giúp mở vỏ nhanh, giữ nguyên thịt.",
        {"oOo084": 2, "oOo081": 2, "oOo080": 2, "oOo082": 1, "oOo083": 1, "oOo086": 1},
    ),
    (
        "oOn70",
        "en",
        "aquatex",
        "When to collect natural clam seed and how to relay it",
        "Natural clam seed settles on our flats as tiny rice-grain clams and is collected about a month later at "
        "5,000–6,000 per kg. Our Dong Hai cooperative wants to time collection to the spawning season and to organise "
        "relaying from nursery flats to grow-out flats.",
        {"oOo015": 2, "oOo007": 2, "oOo026": 2, "oOo006": 1},
    ),
    (
        "oOn71",
        "vi",
        "tanhoa_oyster",
        "Thử nuôi hàu Thái Bình Dương thay hàu bản địa trên bè",
        "Các hộ nuôi hàu bè thùng nhựa ven sông hiện dùng giống tự nhiên, nuôi 10–16 tháng, bán khoảng 15.000 đ/kg. Tổ hợp "
        "tác ở Long Toàn muốn thử hàu Thái Bình Dương lớn nhanh, giá cao hơn; cần nguồn giống và quy trình nuôi thương phẩm.",
        {"oOo053": 2, "oOo113": 2, "oOo058": 2, "oOo056": 1},
    ),
    (
        "oOn72",
        "en",
        "tepbac_saubien",
        "Sea worms eating clam seed on nursery plots",
        "Since Tet, our clam nursery plots have been invaded by leech- or caterpillar-like animals 3–7 cm long that eat "
        "small seed whole; they peak between February and April and net fences do not stop them. We need the species "
        "identified and a practical way to remove them.",
        {"oOo022": 2, "oOo023": 1, "oOo029": 1},
    ),
    (
        "oOn73",
        "en",
        "nghean_raft",
        "Reusing oyster shells as cultch for spat collection",
        "After shucking, oyster farmers on the Long Toan river pile the shells, string them and put them back in the "
        "river for spat to settle, but piles keep growing. We want better ways to reuse shells as cultch for collecting "
        "oyster seed.",
        {"oOo110": 2, "oOo060": 2, "oOo058": 2, "oOo108": 1, "oOo109": 1},
    ),
    (
        "oOn74",
        "en",
        "kimson_perkinsus",
        "Perkinsus screening of oyster broodstock and seed",
        "Perkinsus marinus is a notifiable oyster disease that can wipe out a whole farming area. Oyster seed farms are "
        "spreading to Tra Vinh estuaries and we want broodstock and seed screened before stocking, with a laboratory that "
        "can confirm infections.",
        {"oOo034": 2, "oOo032": 2, "oOo033": 1, "oOo054": 1},
    ),
    (
        "oOn75",
        "vi",
        "thanhdat_htx",
        "Tài liệu tập huấn kỹ thuật nuôi nghêu cho xã viên mới",
        "Hợp tác xã ở Hiệp Thạnh có nhiều xã viên là hộ nghèo mới vào, chưa biết kỹ thuật chọn bãi, thả giống, chăm sóc và "
        "thu hoạch nghêu. Cần bộ tài liệu và lớp tập huấn kỹ thuật nuôi nghêu trên bãi triều cho xã viên.",
        {"oOo027": 2, "oOo026": 2, "oOo024": 1, "oOo025": 1, "oOo028": 1, "oOo031": 1},
    ),
]
