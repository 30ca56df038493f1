"""Needs for holdout140: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    # --- termites ---
    (
        "nLn01",
        "vi",
        "kiemdich_hn_moi",
        "Cần thi công chống mối nền móng cho kho lúa mới xây ở Càng Long",
        "Hợp tác xã chúng tôi ở huyện Càng Long (Trà Vinh) sắp đổ móng một kho chứa lúa và bao bì khoảng 1.000 m². Chủ đầu tư yêu cầu hồ sơ "
        "thiết kế có phần chống mối kèm theo và thi công đúng tiêu chuẩn quốc gia để bảo vệ kết cấu, kéo dài tuổi thọ kho. Cần đơn vị xử lý "
        "nền, móng trước khi đổ bê tông và nghiệm thu.",
        {
            "nLo015": 2,
            "nLo016": 2,
            "nLo003": 2,
            "nLo006": 2,
            "nLo005": 2,
            "nLo007": 2,
            "nLo002": 2,
            "nLo001": 2,
            "nLo004": 2,
            "nLo017": 1,
        },
    ),
    (
        "nLn02",
        "en",
        "happyeagle_precon",
        "Pre-construction termite treatment for a new school block in Tiểu Cần",
        "A construction company building a two-storey classroom block in Tiểu Cần district, Trà Vinh, needs termite protection laid before "
        "the slab: treating the bottom and sides of excavations, holes in the ground where slabs sit on grade, the wall-floor junctions, the "
        "building perimeter and the bedding of pipes, plus areas where wooden cabinets and doors will be fixed.",
        {
            "nLo001": 2,
            "nLo002": 2,
            "nLo003": 2,
            "nLo004": 2,
            "nLo005": 2,
            "nLo006": 2,
            "nLo007": 2,
            "nLo015": 2,
            "nLo016": 2,
            "nLo017": 1,
        },
    ),
    (
        "nLn03",
        "vi",
        "lq_moivinh",
        "Nhà cổ ở TP Vĩnh Long bị mối ăn khung cửa, cần nhử mối diệt tận gốc",
        "Gia đình có căn nhà cổ ở phường 1, TP Vĩnh Long, mối xuất hiện nhiều ở chân cầu thang, khung bao cửa, ốp chân tường và khu bếp ẩm. "
        "Muốn thuê thợ theo dõi đường mối, đặt mồi nhử trên đường đi của mối (có giá treo ở tường) rồi dùng chế phẩm sinh học để diệt cả mối "
        "chúa, không đục phá nền.",
        {"nLo013": 2, "nLo014": 2, "nLo019": 2, "nLo018": 2, "nLo012": 1, "nLo008": 1},
    ),
    (
        "nLn04",
        "vi",
        "thanhlong_nhumoi",
        "Can diet moi tan goc cho nha o Cau Ke, moi an tu ho so va cau thang",
        "Nha toi o thi tran Cau Ke, Tra Vinh, moi an vao tu ho so de lau khong mo va cau thang go, ngoai san con dong go phe thai. Can tho "
        "dat hop nhu o goc nha sat dat cho yen tinh, roi phun thuoc bot cho moi mang ve to, khong muon chi xit cho thay moi.",
        {"nLo013": 2, "nLo014": 2, "nLo019": 2, "nLo018": 2, "nLo012": 1},
    ),
    (
        "nLn05",
        "en",
        "engineerfix_stations",
        "Colony elimination around a rice-mill office in Trà Ôn without trenching",
        "Our rice mill in Trà Ôn district, Vĩnh Long, has subterranean termites in the office and store room. We want stations set in the soil "
        "around the buildings with cellulose bait and a slow-acting growth regulator that workers carry back to the queen, instead of digging "
        "trenches and injecting liquid around the foundations.",
        {"nLo008": 2, "nLo009": 2, "nLo010": 2, "nLo011": 2, "nLo012": 2, "nLo004": 1, "nLo001": 1},
    ),
    (
        "nLn06",
        "en",
        "greene_bait",
        "Discreet termite bait monitors for a resort garden in Duyên Hải",
        "A resort in Duyên Hải, Trà Vinh, wants termite bait monitors sunk level with the lawn, coloured to blend in and fitted with "
        "child-resistant locking caps, with a technician checking them a few times a year and replacing bait the termites have eaten.",
        {"nLo008": 2, "nLo009": 2, "nLo010": 2, "nLo011": 2, "nLo012": 2},
    ),
    (
        "nLn07",
        "vi",
        "top10_hopnhu",
        "Cần mua hộp nhử mối đúng quy cách và thuốc PMC-90 cho tổ dịch vụ ở Tam Bình",
        "Tổ dịch vụ diệt mối của hội nông dân xã ở Tam Bình (Vĩnh Long) cần nguồn hộp nhử mối theo kích thước chuẩn 28 x 11 x 11 cm bằng "
        "các-tông, mồi gỗ mềm như gỗ thông, gỗ bồ, kèm thuốc PMC-90, và hướng dẫn quy trình đặt hộp cho nhà dân.",
        {"nLo013": 2, "nLo014": 1, "nLo018": 1},
    ),
    (
        "nLn08",
        "en",
        "ridyou_drywood",
        "Drywood termites in the furniture of a heritage guesthouse in Trà Vinh city",
        "A guesthouse in an old villa in Trà Vinh city finds piles of dark pellets under its wooden wardrobes and bed frames. The owner wants "
        "the drywood termite colonies killed by heat or local treatment without tenting and gassing the whole building for two or three days.",
        {"nLo020": 2, "nLo021": 2, "nLo018": 1},
    ),
    (
        "nLn09",
        "vi",
        "collier_spot",
        "Xử lý điểm mối gỗ khô ở khung cửa và tủ trưng bày của cửa hàng ở Bình Minh",
        "Cửa hàng vàng bạc ở thị xã Bình Minh (Vĩnh Long) thấy phân mối dạng hạt nhỏ dưới khung cửa sổ và tủ trưng bày gỗ. Chỉ vài điểm bị mối, "
        "muốn khoan và bơm thuốc hoặc xử lý cục bộ cho rẻ và nhanh, không phải phủ bạt cả căn nhà.",
        {"nLo020": 2, "nLo021": 1, "nLo004": 1, "nLo019": 1},
    ),
    (
        "nLn10",
        "vi",
        "grandwood_spc",
        "Nhà phố ở TP Trà Vinh bị mối đục sàn gỗ từ dưới lên",
        "Nhà phố ở phường 7, TP Trà Vinh lát sàn gỗ công nghiệp, mối âm thầm đục từ nền lên qua khe hèm làm phồng rộp, cả tủ bếp và vách ngăn "
        "cũng bị. Cần diệt mối trong nền nhà đang ở và chặn mối quay lại trước khi lát lại sàn.",
        {"nLo004": 2, "nLo014": 2, "nLo019": 2, "nLo018": 2, "nLo012": 1, "nLo010": 1},
    ),
    # --- rodents ---
    (
        "nLn11",
        "vi",
        "baovinhlong_chuot",
        "Tiệm tạp hóa ở TP Vĩnh Long cần diệt chuột mà không để chuột chết hôi trong nhà",
        "Tiệm tạp hóa của gia đình ở TP Vĩnh Long bị chuột cắn bao gạo, quần áo. Dùng bả độc thì chuột chết trong khe tủ, gầm giường, trần "
        "la-phông bốc mùi hôi mấy ngày. Cần cách bắt bằng lồng, keo dính hoặc dịch vụ bắt chuột và bịt đường chuột vào.",
        {"nLo028": 2, "nLo027": 2, "nLo025": 1, "nLo035": 1, "nLo036": 1},
    ),
    (
        "nLn12",
        "vi",
        "otofun_chuot",
        "Chuot theo mai quang cao chui vao tran thach cao nha mat duong o Tra Vinh",
        "Nha mat duong o TP Tra Vinh, chuot tu nha ben theo hop mai quang cao tang 1, chui qua khe cua cuon vao tran thach cao roi theo hop ky "
        "thuat len cac tang, nhat la bep. Can nguoi bit khe quanh duong dien, nuoc va dat bay bat chuot, khong muon dung thuoc vi so chuot "
        "chet tren tran.",
        {"nLo027": 2, "nLo028": 2, "nLo025": 1, "nLo036": 1, "nLo035": 1},
    ),
    (
        "nLn13",
        "en",
        "ratsprev_grain",
        "Rodent exclusion for a rice export warehouse near Định An port",
        "A rice exporter with a warehouse in the Định An economic zone, Trà Vinh, fears buyer rejections: rodent urine and droppings bring "
        "Salmonella and other pathogens and gnawed bags let in moulds that produce aflatoxin. It needs a programme of exclusion, sanitation and "
        "monitoring for the store.",
        {
            "nLo031": 2,
            "nLo032": 2,
            "nLo033": 2,
            "nLo024": 2,
            "nLo027": 2,
            "nLo034": 1,
            "nLo030": 1,
            "nLo046": 1,
            "nLo025": 1,
        },
    ),
    (
        "nLn14",
        "en",
        "ratsprev_street",
        "Rat programme for Tiểu Cần town market",
        "The management board of Tiểu Cần town market, Trà Vinh, sees rats coming up from drains and the rubbish yard onto the stalls. It needs "
        "a contractor to survey burrows and droppings, set tamper-resistant bait stations and traps on rat runs, seal entry points, organise "
        "waste removal and brief stallholders, then check the results.",
        {"nLo037": 2, "nLo025": 2, "nLo038": 1, "nLo028": 1, "nLo027": 1},
    ),
    (
        "nLn15",
        "en",
        "cdc_survey",
        "Rat survey of the wards around Vĩnh Long central market",
        "Vĩnh Long city's health office plans a rat campaign around the central market and wants trained crews to run a sample survey block "
        "by block first, recording premises with burrows, droppings and exposed garbage, so baiting and clean-up can be targeted.",
        {"nLo037": 2, "nLo038": 1, "nLo034": 1, "nLo025": 1},
    ),
    (
        "nLn16",
        "en",
        "toronto_rest",
        "Wedding restaurant in Vũng Liêm needs rats kept out of the kitchen",
        "A wedding-banquet restaurant in Vũng Liêm district, Vĩnh Long, keeps rice and dry goods in a store next to the kitchen, and guests have "
        "seen a rat in the hall. It wants rat control, the food store separated from the service area, door gaps sealed and staff told to clear "
        "leftovers every night.",
        {"nLo026": 2, "nLo029": 2, "nLo028": 2, "nLo035": 2, "nLo036": 2, "nLo027": 1},
    ),
    (
        "nLn17",
        "en",
        "threei_rest",
        "Rat control for a seafood restaurant in Duyên Hải before a food-safety inspection",
        "A seafood restaurant in Duyên Hải town, Trà Vinh, with a cold room and a large pantry has rats around its kitchen waste and overgrown "
        "back yard. It needs a rat control service plus advice on garbage handling, sealed food storage and clearing the yard before the "
        "district food-safety inspection.",
        {"nLo035": 2, "nLo036": 2, "nLo026": 2, "nLo029": 2, "nLo028": 1},
    ),
    (
        "nLn18",
        "vi",
        "resteasy_rest",
        "Quan com o Cang Long bi chuot, can diet chuot an toan cho bep",
        "Quan com binh dan o Cang Long, Tra Vinh, toi toi chuot chay trong bep. Khong dam rai thuoc bot vi so dinh vao thuc an, bay lo xo thi "
        "phai canh. Can don vi diet chuot lam dung cach cho quan an de khong bi phat ve ve sinh an toan thuc pham.",
        {"nLo026": 2, "nLo029": 2, "nLo028": 2, "nLo035": 2},
    ),
    (
        "nLn19",
        "en",
        "biotech_remote",
        "Remote rodent monitoring for a seafood plant in Hòa Phú industrial park",
        "A frozen seafood plant in Hòa Phú industrial park, Vĩnh Long, has over 200 rodent devices checked by hand every week. It wants traps "
        "fitted with sensors that send capture alerts by Wi-Fi to phones and computers, without dropping the basics of its existing programme.",
        {"nLo039": 2, "nLo040": 2, "nLo041": 2, "nLo150": 1, "nLo145": 1},
    ),
    (
        "nLn20",
        "vi",
        "pestworld_erm",
        "Nhà máy chế biến thủy sản ở Bình Minh muốn gắn cảm biến báo chuột vào bẫy",
        "Nhà máy ở KCN Bình Minh (Vĩnh Long) muốn dùng hệ thống giám sát điện tử từ xa cho bẫy chuột, dữ liệu gom về một cổng duy nhất, để bớt "
        "đi kiểm tra thủ công và phản ứng ngay khi có chuột, về sau mở rộng sang bẫy côn trùng.",
        {"nLo039": 2, "nLo040": 2, "nLo041": 2, "nLo150": 1},
    ),
    (
        "nLn21",
        "vi",
        "aiscience_rodent",
        "HTX ở Trà Cú có kho 500 tấn lúa bị chuột cắn bao",
        "Hợp tác xã nông nghiệp ở huyện Trà Cú (Trà Vinh) giữ khoảng 500 tấn lúa trong kho; chuột cắn rách bao, để lại phân, vết dầu trên sàn "
        "và bậu cửa. Cần biện pháp tổng hợp: dọn chỗ ẩn nấp, chống chuột cho kết cấu kho, vệ sinh, đặt bẫy và chỉ dùng ít bả khi cần.",
        {"nLo024": 2, "nLo031": 2, "nLo032": 2, "nLo033": 2, "nLo027": 2, "nLo034": 1, "nLo030": 1, "nLo025": 1},
    ),
    (
        "nLn22",
        "en",
        "pioneer_rest",
        "Signs of rats in a hotel kitchen in Trà Vinh city",
        "A hotel in Trà Vinh city finds long dark droppings in its food store, greasy marks along the walls and scratching in the ceiling above "
        "the kitchen. It needs inspection, removal of the rats and closing of entry routes through drains and vents.",
        {"nLo035": 2, "nLo036": 2, "nLo026": 2, "nLo029": 2, "nLo028": 1},
    ),
    # --- mosquitoes and dengue ---
    (
        "nLn23",
        "vi",
        "cnnd_travinh_sxh",
        "Trung tâm y tế Trà Cú cần đơn vị phun hóa chất diệt muỗi ở xã có dịch và điểm trường",
        "Số ca sốt xuất huyết ở huyện Trà Cú (Trà Vinh) tăng mạnh; ngành y tế đã diệt loăng quăng và phun hơn 200 lít hóa chất ở 9 xã có dịch. "
        "Cần thêm đơn vị có nhân viên được đào tạo để phun diệt muỗi ở các xã nguy cơ cao và tất cả điểm trường trước năm học mới.",
        {"nLo052": 2, "nLo053": 2, "nLo056": 1, "nLo047": 1, "nLo055": 1, "nLo060": 1},
    ),
    (
        "nLn24",
        "vi",
        "thvl_sxh",
        "Phường ở TP Vĩnh Long cần mô hình huy động cộng đồng diệt lăng quăng",
        "Ủy ban phường ở TP Vĩnh Long thấy phun hóa chất không đủ để cắt nguồn lây sốt xuất huyết; cần cách tổ chức để người dân tự diệt muỗi, "
        "lăng quăng quanh nhà một cách thường xuyên, có cán bộ chuyên môn hướng dẫn.",
        {"nLo047": 2, "nLo063": 2, "nLo057": 1, "nLo059": 1, "nLo051": 1},
    ),
    (
        "nLn25",
        "vi",
        "dongthap_chausen",
        "Cơ quan ở Tiểu Cần có nhiều chậu sen cảnh, cần cá diệt lăng quăng",
        "Khuôn viên trụ sở và nhà dân quanh thị trấn Tiểu Cần trồng nhiều chậu, bồn sen cảnh, là chỗ muỗi đẻ. Cần nguồn cá bảy màu, cá lia thia "
        "hoặc cá rô để thả vào chậu sen và hướng dẫn nuôi cho đẹp mà vẫn diệt lăng quăng.",
        {"nLo048": 2, "nLo051": 2, "nLo049": 1, "nLo050": 1},
    ),
    (
        "nLn26",
        "vi",
        "toyenxin_ca",
        "Can mua ca bay mau so luong lon tha lu, khap cho ap o Cau Ngang",
        "Tram y te xa o huyen Cau Ngang, Tra Vinh, muon phat ca bay mau cho ho dan tha vao lu, khap chua nuoc mua de diet lang quang. Can noi "
        "cung cap ca giong so luong lon va cach nuoi nhan giong tai tram.",
        {"nLo048": 2, "nLo051": 2, "nLo050": 1, "nLo049": 1},
    ),
    (
        "nLn27",
        "en",
        "plos_aegypti",
        "Copepod larval control for water jars in Trà Vinh villages",
        "A commune health station in Châu Thành district, Trà Vinh, has read that the predatory crustacean Mesocyclops has stopped dengue "
        "transmission in parts of Vietnam. It wants a supplier or institute to introduce Mesocyclops into household water jars and wells and "
        "train staff to keep the cultures going.",
        {"nLo049": 2, "nLo048": 1, "nLo057": 1, "nLo066": 1},
    ),
    (
        "nLn28",
        "en",
        "vntimes_wolb",
        "Wolbachia mosquito releases for wards of Trà Vinh city",
        "Trà Vinh city health authorities want to know whether Wolbachia-carrying mosquitoes, already released in villages of Nha Trang, could "
        "be released in their wards, and need a partner to run releases and monitoring with the community.",
        {"nLo064": 2, "nLo065": 2, "nLo066": 1},
    ),
    (
        "nLn29",
        "vi",
        "genecon_binhduong",
        "TP Vĩnh Long muốn thả trứng muỗi mang Wolbachia",
        "Trung tâm y tế TP Vĩnh Long quan tâm đến việc đặt các viên nang trứng muỗi mang vi khuẩn Wolbachia như đã làm ở Thủ Dầu Một, để muỗi "
        "địa phương khó truyền virus Dengue. Cần đơn vị có kinh nghiệm triển khai và theo dõi.",
        {"nLo064": 2, "nLo065": 2, "nLo066": 1},
    ),
    (
        "nLn30",
        "en",
        "biologyinsights_bti",
        "Bti larvicide for rain barrels and ponds at a homestay in Cầu Kè",
        "A homestay on the river in Cầu Kè, Trà Vinh, keeps rain barrels, bird baths and an ornamental pond that breed mosquitoes. The owner wants "
        "a biological larvicide that is safe for fish, pets and guests, such as slow-release Bti dunks or granules.",
        {"nLo061": 2, "nLo060": 1, "nLo062": 1, "nLo048": 1},
    ),
    (
        "nLn31",
        "vi",
        "vanhien_congtrinh",
        "Công trình ở KCN Long Đức nhiều bồn, hố đọng nước thành ổ lăng quăng",
        "Công trình nhà xưởng đang thi công ở KCN Long Đức (Trà Vinh) có nhiều bồn chứa, thùng phuy, hố rãnh đọng nước, y tế phường cảnh báo nguy "
        "cơ thành ổ dịch sốt xuất huyết. Cần đơn vị xử lý nơi đọng nước và diệt lăng quăng định kỳ trên công trường.",
        {"nLo055": 2, "nLo061": 2, "nLo057": 1, "nLo052": 1, "nLo060": 1},
    ),
    (
        "nLn32",
        "en",
        "intech_urban",
        "Dengue vector plan for a city with many inaccessible spaces",
        "Vĩnh Long city wants a dengue control plan that treats back yards and public facilities through residents, while vacant lots, closed "
        "houses and abandoned sites need top-down action by the authorities; it looks for a framework and technical partner.",
        {"nLo058": 2, "nLo059": 2, "nLo057": 2, "nLo066": 1, "nLo063": 1},
    ),
    (
        "nLn33",
        "vi",
        "thuonggia_muoi",
        "Gia đình ở Long Hồ xịt muỗi hoài không hết",
        "Nhà ở huyện Long Hồ (Vĩnh Long) mua bình xịt siêu thị về xịt mà muỗi vẫn nhiều vì chỉ diệt được trong không gian nhỏ, không lâu. Cần "
        "dịch vụ phun thuốc diệt muỗi chuyên nghiệp, đúng cách và an toàn cho trẻ nhỏ.",
        {"nLo053": 2, "nLo054": 2, "nLo056": 2, "nLo052": 2, "nLo055": 1},
    ),
    (
        "nLn34",
        "en",
        "baotayninh_4taicho",
        "Larval control and spraying at markets, schools and companies in Châu Thành",
        "Following the four-on-the-spot approach to dengue, the Châu Thành district (Trà Vinh) steering board wants a contractor to kill larvae "
        "and mosquitoes not only in households but in public places: offices, companies, schools, markets and eateries.",
        {"nLo052": 2, "nLo053": 2, "nLo057": 1, "nLo058": 1, "nLo060": 1},
    ),
    (
        "nLn35",
        "en",
        "vtv_sxh",
        "Container clean-up and larval control campaign in a Cầu Kè commune",
        "Households in a commune of Cầu Kè district, Trà Vinh, know larvae turn into dengue mosquitoes but still leave water jars uncovered and "
        "containers lying around after the rains. The commune wants a campaign to manage water containers and kill larvae.",
        {"nLo057": 2, "nLo055": 2, "nLo048": 2, "nLo047": 2, "nLo058": 1},
    ),
    (
        "nLn36",
        "en",
        "purrington_bti",
        "Cheap larval traps for households in a coconut-growing hamlet",
        "Farm households in a coconut-growing hamlet of Tiểu Cần district, Trà Vinh, want a cheap way to treat water they cannot empty "
        "with Bti, and to set a few containers of stagnant water as egg-laying traps that the Bti makes lethal, refreshed every few weeks.",
        {"nLo061": 2, "nLo060": 1, "nLo062": 1, "nLo048": 1},
    ),
    # --- cockroaches and flies ---
    (
        "nLn37",
        "vi",
        "sanko_gian",
        "Quán ăn ở TP Trà Vinh có gián trong tủ bếp gỗ ép",
        "Quán ăn sáng ở TP Trà Vinh dùng tủ bếp gỗ ép cạnh bồn rửa, ẩm và nhiều khe hở, gián sinh sôi trong hộc tủ, ngăn kéo. Cần dịch vụ diệt "
        "gián triệt để trong bếp và cách phòng ngừa để qua được kiểm tra an toàn thực phẩm.",
        {"nLo068": 2, "nLo158": 2, "nLo071": 2, "nLo075": 2, "nLo073": 2, "nLo070": 1, "nLo069": 1},
    ),
    (
        "nLn38",
        "en",
        "issuu_comm",
        "Hot-pot restaurant in Vĩnh Long city with German cockroaches",
        "A hot-pot restaurant in Vĩnh Long city sees German cockroaches coming out of wall cracks in daytime, a sign of a heavy infestation, and "
        "has a store room that is rarely cleaned. It needs a thorough inspection, residual treatment and baits, followed by a regular contract.",
        {"nLo068": 2, "nLo158": 2, "nLo073": 2, "nLo074": 2, "nLo075": 2, "nLo072": 1},
    ),
    (
        "nLn39",
        "en",
        "colonial_cabinets",
        "Cockroach baiting for a worker dormitory in Long Đức industrial park",
        "A company dormitory with 48 rooms and shared kitchens in Long Đức industrial park, Trà Vinh, gets cockroach complaints, but workers will "
        "not empty their cupboards for spraying. Management wants a gel-baiting programme without vapours that keeps numbers down over time.",
        {"nLo071": 2, "nLo073": 2, "nLo072": 1, "nLo068": 1, "nLo090": 1},
    ),
    (
        "nLn40",
        "en",
        "qa_ilt",
        "Insect light traps for a rice-paper workshop in Trà Vinh",
        "A rice-paper and noodle workshop in Trà Vinh preparing for a customer audit needs flying-insect light traps that hold the insects, are "
        "not mounted above drying racks or food-contact surfaces, and fit into its pest management plan.",
        {"nLo076": 2, "nLo077": 2, "nLo079": 2, "nLo080": 2, "nLo081": 1},
    ),
    (
        "nLn41",
        "vi",
        "khanhan_ruoi",
        "Cơ sở làm khô cá ở Cầu Ngang nhiều ruồi, cần lắp đèn bẫy côn trùng đúng chỗ",
        "Cơ sở chế biến khô cá ở huyện Cầu Ngang (Trà Vinh) có rất nhiều ruồi nhà đậu trên sàn, tường và trần khu sơ chế. Muốn lắp đèn bẫy côn "
        "trùng có tấm keo, đặt đúng độ cao và vị trí gần cửa, không treo trên bàn sơ chế, kết hợp chắn cửa.",
        {"nLo076": 2, "nLo077": 2, "nLo080": 2, "nLo079": 1, "nLo084": 1, "nLo081": 1, "nLo082": 1},
    ),
    (
        "nLn42",
        "en",
        "dvdct_hoachatruoi",
        "Integrated fly control at a pig slaughterhouse in Mang Thít",
        "A slaughterhouse in Mang Thít district, Vĩnh Long, has heavy house-fly pressure from manure and waste. It needs an integrated programme "
        "that removes breeding sites, uses traps and baits outside, and applies the right insecticide groups in rotation so flies do not become "
        "resistant.",
        {"nLo081": 2, "nLo082": 2, "nLo078": 2, "nLo076": 1, "nLo083": 1},
    ),
    (
        "nLn43",
        "vi",
        "pestvn_12buoc",
        "Tiệm bánh ở Trà Ôn cần dịch vụ diệt gián, chủ sẵn sàng dọn dẹp trước",
        "Tiệm bánh ngọt ở thị trấn Trà Ôn (Vĩnh Long) có gián ở gầm tủ, sau tủ lạnh và góc bếp. Chủ tiệm sẵn sàng đổ rác, hút bụi, lau bề mặt "
        "theo hướng dẫn trước buổi xử lý, cần đơn vị diệt gián đến xử lý và đặt bả.",
        {"nLo068": 2, "nLo158": 2, "nLo075": 2, "nLo071": 2, "nLo073": 2, "nLo069": 1},
    ),
    # --- fumigation of stored grain and export goods ---
    (
        "nLn44",
        "vi",
        "vietcert_hun",
        "Doanh nghiệp xuất khẩu gạo ở Trà Vinh cần hun trùng container và chứng thư",
        "Công ty xuất khẩu gạo ở TP Trà Vinh đóng hàng container đi châu Âu và Úc, khách yêu cầu hun trùng diệt mọt, sâu trước khi giao và có "
        "chứng thư kèm bộ chứng từ. Cần đơn vị hun trùng bằng phosphine hoặc methyl bromide đúng liều, thời gian, xả khí và kiểm tra dư lượng.",
        {"nLo092": 2, "nLo094": 2, "nLo095": 2, "nLo093": 1, "nLo091": 1},
    ),
    (
        "nLn45",
        "en",
        "fti_ispm",
        "ISPM 15 treatment for wooden pallets of a coconut product exporter in Châu Thành",
        "A coconut product exporter in Châu Thành district, Trà Vinh, ships on its own wooden pallets and crates and has been warned that "
        "untreated wood packaging can be refused at the destination port. It needs the pallets treated and marked to ISPM 15.",
        {"nLo102": 2, "nLo091": 2, "nLo096": 2, "nLo093": 1},
    ),
    (
        "nLn46",
        "en",
        "mesa_ispm",
        "Furniture workshop in Long Hồ needs ISPM 15 pallets and crates",
        "A furniture workshop in Long Hồ district, Vĩnh Long, is starting to export, and customs at the destination only pass ISPM 15 wood "
        "packaging; wrong pallets mean the shipment is sent back at its cost. It needs pallets and crates heat-treated to a 56 °C core for 30 "
        "minutes or fumigated with methyl bromide, and marked.",
        {"nLo096": 2, "nLo102": 2, "nLo091": 2},
    ),
    (
        "nLn47",
        "en",
        "ahdb_phosphine",
        "Phosphine fumigation of 300 t of paddy in a flat store at a Trà Vinh rice mill",
        "A rice mill in Càng Long district, Trà Vinh, keeps about 300 tonnes of paddy loose on the floor, up to 4 m deep, under a cover sheet. "
        "Weevils have appeared and it needs a phosphine fumigation that reaches all parts of the bulk and keeps outside air from leaking in.",
        {"nLo098": 2, "nLo099": 2, "nLo100": 2, "nLo095": 2, "nLo101": 1, "nLo110": 1},
    ),
    (
        "nLn48",
        "vi",
        "philstar_hermetic",
        "HTX giống lúa ở Tam Bình cần bao kín khí giữ tỷ lệ nảy mầm",
        "Hợp tác xã sản xuất lúa giống ở huyện Tam Bình (Vĩnh Long) để hạt giống trong kho thường chỉ giữ được tỷ lệ nảy mầm khoảng 3 tháng, "
        "sau 6 tháng giảm mạnh. Cần túi hoặc kén bảo quản kín khí để oxy giảm, diệt côn trùng mà không cần kho lạnh.",
        {"nLo103": 2, "nLo104": 2, "nLo105": 1},
    ),
    (
        "nLn49",
        "en",
        "lbtimes_superbag",
        "Hermetic bags for smallholder paddy storage in Cầu Kè",
        "A farmers' group in Cầu Kè district, Trà Vinh, stores paddy at home in ordinary sacks where rats and weevils get in and grain breaks "
        "after several months. It wants affordable reusable airtight bags of about 50 kg that keep moisture and pests out.",
        {"nLo103": 2, "nLo104": 2, "nLo105": 1},
    ),
    (
        "nLn50",
        "vi",
        "pct_pheromone",
        "Kho gao o Vung Liem bi mot, can xu ly va dat bay theo doi",
        "Kho gao cua doanh nghiep o huyen Vung Liem, Vinh Long, nhieu ke pallet, thay ngai va mot bay ra. Can xu ly mot trong kho va dat bay "
        "pheromone theo luoi khoang 15 m de tim lo hang bi nhiem.",
        {"nLo107": 2, "nLo106": 2, "nLo095": 2, "nLo157": 1, "nLo109": 1, "nLo108": 1},
    ),
    (
        "nLn51",
        "en",
        "ftic_ma",
        "Chemical-free disinfestation of organic rice for export from Trà Vinh",
        "An organic rice company in Trà Vinh cannot use toxic fumigants on its certified stocks and wants in-place disinfestation by modified "
        "atmosphere (low oxygen with nitrogen or high carbon dioxide), either in a gas-tight bin or in flexible enclosures over bag stacks.",
        {"nLo105": 2, "nLo095": 2, "nLo103": 1, "nLo104": 1},
    ),
    (
        "nLn52",
        "en",
        "fss_pheromone",
        "Pheromone monitoring in a rice-flour ingredient warehouse in Vĩnh Long",
        "A food company in Vĩnh Long keeps rice flour, dried noodles and spices in a dry-goods warehouse and wants sex and aggregation "
        "pheromone traps to monitor moths and beetles between service visits.",
        {"nLo106": 2, "nLo108": 1, "nLo107": 1, "nLo145": 1},
    ),
    (
        "nLn53",
        "vi",
        "khdsong_motgao",
        "Cửa hàng gạo ở chợ Cầu Kè hay bị mọt",
        "Cửa hàng bán gạo ở chợ Cầu Kè (Trà Vinh) nhập gạo về để ít hôm là thấy mọt bò khắp thùng, khách phàn nàn. Cần cách xử lý mọt trong gạo "
        "tồn và bảo quản gạo, thùng chứa để không bị lại.",
        {"nLo107": 2, "nLo157": 1, "nLo103": 1, "nLo108": 1},
    ),
    (
        "nLn54",
        "en",
        "ewpi_mb",
        "Furniture exporter in Vĩnh Long city needs methyl bromide fumigation of crates",
        "A furniture company in Vĩnh Long city packs export goods in wooden crates with dunnage and needs them fumigated with methyl bromide in "
        "the container or under tarpaulins, with gas concentration measured during the treatment and papers issued for each lot.",
        {"nLo091": 2, "nLo102": 2, "nLo092": 2, "nLo093": 1, "nLo094": 1},
    ),
    (
        "nLn55",
        "en",
        "irri_localcont",
        "Sealed storage of seed in local drums for a cooperative in Trà Ôn",
        "A seed cooperative in Trà Ôn district, Vĩnh Long, has plastic drums and glazed jars and wants to store dried seed hermetically without "
        "insecticide, keeping germination high for a year; it needs advice or airtight liners that really block oxygen.",
        {"nLo103": 2, "nLo104": 2, "nLo105": 1},
    ),
    # --- birds ---
    (
        "nLn56",
        "en",
        "primmart_birds",
        "Pigeons roosting in a rice-mill warehouse in Bình Minh",
        "A rice mill in Bình Minh, Vĩnh Long, has pigeons on the rafters above bagged rice; droppings land on stock and machinery and make the "
        "floor slippery. It needs pigeons kept off beams and out of the store without poisoning them.",
        {"nLo119": 2, "nLo115": 2, "nLo118": 2, "nLo123": 2, "nLo124": 2, "nLo125": 2, "nLo120": 1},
    ),
    (
        "nLn57",
        "vi",
        "sunduler_tochim",
        "Kho phân bón ở Trà Ôn bị chim sẻ làm tổ trên xà",
        "Kho phân bón và nông sản ở huyện Trà Ôn (Vĩnh Long) có chim sẻ làm tổ trên xà, máng xối và lỗ thông gió. Cần lắp dây gai chống đậu trên "
        "xà, lưới chắn các khoảng lớn và tấm che để chim không làm tổ.",
        {"nLo125": 2, "nLo123": 2, "nLo119": 2, "nLo126": 1},
    ),
    (
        "nLn58",
        "vi",
        "answers_bocau",
        "Nhà xưởng chế biến dừa ở Châu Thành bị bồ câu, muốn đuổi mà không giết",
        "Xưởng chế biến cơm dừa ở huyện Châu Thành (Trà Vinh) bị bồ câu đậu trên mái và gờ tường. Đã thử rắc bột ớt, tỏi nhưng không bền; muốn "
        "giải pháp đuổi bồ câu không gây hại như phun nước, chất dính hoặc chất xua đuổi.",
        {"nLo123": 2, "nLo124": 2, "nLo125": 2, "nLo117": 2},
    ),
    (
        "nLn59",
        "en",
        "bcb_ultrasonic",
        "Bird deterrent that actually works on a seafood cold store roof",
        "A seafood cold store in Trà Vinh bought ultrasonic bird repellers for its roof and loading bay, but pigeons and mynas are still there. "
        "It wants an evidence-based solution from a bird control specialist rather than another gadget.",
        {"nLo122": 2, "nLo120": 1, "nLo121": 1, "nLo119": 1, "nLo118": 1},
    ),
    (
        "nLn60",
        "vi",
        "qa_birds",
        "Nhà máy thức ăn chăn nuôi ở KCN Hòa Phú bị chim bay vào qua cửa bốc xếp",
        "Nhà máy thức ăn chăn nuôi ở KCN Hòa Phú (Vĩnh Long) có nguyên liệu, nhiệt và nước nên chim bay vào qua cửa bốc xếp để mở cả ngày, phân "
        "chim lại kéo thêm chim. Cần cửa đóng mở nhanh hoặc giải pháp che chắn ở cửa để chim không vào.",
        {"nLo116": 2, "nLo084": 1, "nLo118": 1, "nLo123": 1},
    ),
    # --- chemicals and licensing ---
    (
        "nLn61",
        "vi",
        "asianlife_license",
        "Công ty mới ở TP Trà Vinh muốn cung cấp dịch vụ diệt côn trùng hợp pháp",
        "Chúng tôi mới thành lập công ty vệ sinh ở TP Trà Vinh, muốn nhận thêm dịch vụ diệt côn trùng cho nhà hàng, kho. Cần biết và làm giúp "
        "thủ tục để được phép hoạt động hợp pháp, điều kiện về nhân sự đã qua tập huấn.",
        {"nLo131": 2, "nLo132": 1, "nLo139": 1, "nLo141": 1},
    ),
    (
        "nLn62",
        "en",
        "wisegeek_cert",
        "Legal set-up for a pest control start-up in Vĩnh Long",
        "A new pest control start-up in Vĩnh Long wants to apply insecticides commercially for restaurants and warehouses and needs to meet the "
        "local requirements for that activity, including proof that its technicians have been trained.",
        {"nLo131": 2, "nLo141": 1, "nLo139": 1, "nLo132": 1},
    ),
    (
        "nLn63",
        "en",
        "wisegeek_applicator",
        "Pesticide applicator training for in-house sanitation staff",
        "A frozen food factory in Trà Vinh wants its sanitation team trained in choosing, applying and storing pesticides safely, with an exam "
        "and a certificate that must be renewed by continuing training.",
        {"nLo139": 2, "nLo140": 2, "nLo141": 1, "nLo131": 1},
    ),
    (
        "nLn64",
        "vi",
        "massgov_home",
        "Khách sạn ở Duyên Hải cần kho chứa hóa chất diệt côn trùng an toàn",
        "Khách sạn ven biển ở Duyên Hải (Trà Vinh) tự trữ thuốc xịt côn trùng, thuốc diệt chuột, chất tẩy trong nhà kho chung với đồ ăn. Muốn "
        "thiết kế lại khu chứa riêng, khóa được, thông gió, xa trẻ em và nguồn nước, có quy trình xử lý khi đổ tràn.",
        {"nLo133": 2, "nLo135": 2, "nLo136": 2, "nLo138": 2, "nLo137": 1, "nLo134": 1},
    ),
    (
        "nLn65",
        "en",
        "ohdeer_storing",
        "Design of a pesticide store for a pest control company in Trà Vinh",
        "A pest control company in Trà Vinh is building a warehouse and needs its pesticide storage designed properly: location, temperature "
        "and humidity control, ventilation, fire risk, shelving, spill handling and inspection of incoming products.",
        {"nLo135": 2, "nLo136": 2, "nLo138": 2, "nLo137": 2, "nLo133": 2, "nLo134": 1},
    ),
    (
        "nLn66",
        "vi",
        "growingproduce_storage",
        "Dai ly thuoc diet con trung o Tra Cu can huong dan bao quan, van chuyen",
        "Dai ly ban thuoc diet con trung, diet chuot o huyen Tra Cu, Tra Vinh, tru hang nhieu va hay cho hang bang xe tai nho. Can huong dan "
        "bao quan an toan, chong mat cap, van chuyen dung cach va thai bo vo chai, bao bi.",
        {"nLo133": 2, "nLo134": 2, "nLo136": 1, "nLo135": 1},
    ),
    (
        "nLn67",
        "vi",
        "cuchoachat",
        "Kế hoạch ứng phó sự cố đổ tràn hóa chất trong kho thuốc diệt côn trùng",
        "Công ty phân phối hóa chất diệt côn trùng ở KCN Long Đức (Trà Vinh) bị yêu cầu có kế hoạch phòng ngừa, ứng phó sự cố hóa chất. Cần "
        "hướng dẫn xử lý đổ tràn, bộ dụng cụ thu gom, trang bị bảo hộ và biển cảnh báo cho kho.",
        {"nLo134": 2, "nLo138": 2, "nLo136": 1, "nLo133": 1},
    ),
    # --- IPM and food-safety audits ---
    (
        "nLn68",
        "en",
        "fq_siddiqi",
        "Pest management documentation for a shrimp processor's third-party audit",
        "A shrimp processor in Trà Vinh faces a BRC audit where pest control can weigh about a fifth of the score. It needs a paper trail that "
        "satisfies auditors: service reports, pesticide use records, trap maps and corrective actions.",
        {"nLo144": 2, "nLo145": 2, "nLo146": 2, "nLo147": 2, "nLo149": 1, "nLo151": 1},
    ),
    (
        "nLn69",
        "vi",
        "adnardo_log",
        "Nhà máy dừa ở Châu Thành chuẩn bị đánh giá HACCP cần hồ sơ kiểm soát dịch hại",
        "Nhà máy chế biến dừa ở huyện Châu Thành (Trà Vinh) sắp được đánh giá HACCP. Cần lập nhật ký phát hiện dịch hại (ngày giờ, loài, vị trí, "
        "hành động khắc phục), sơ đồ bẫy, phân tích xu hướng để chứng minh chương trình kiểm soát hiệu quả.",
        {"nLo145": 2, "nLo146": 2, "nLo147": 2, "nLo149": 2, "nLo144": 1, "nLo151": 1},
    ),
    (
        "nLn70",
        "vi",
        "ach_iot",
        "Nhà máy bánh phồng tôm muốn chương trình IPM có bẫy chuột điện tử",
        "Nhà máy bánh phồng tôm ở TP Trà Vinh có hàng trăm bẫy chuột phải kiểm tra thủ công, hơn 90% không bao giờ có chuột. Muốn chương trình "
        "quản lý dịch hại tổng hợp làm nền cho kế hoạch HACCP, dùng bẫy kết nối báo về điện thoại.",
        {"nLo151": 2, "nLo039": 2, "nLo040": 2, "nLo150": 1, "nLo149": 1, "nLo085": 1},
    ),
    (
        "nLn71",
        "en",
        "haitrieu_kcn",
        "Integrated pest management for a food factory in Long Đức industrial park",
        "A new instant-noodle factory in Long Đức industrial park, Trà Vinh, needs a full IPM programme covering flying and crawling insects "
        "and rodents that protects raw materials and products and keeps workers safe, with written plans and reviews.",
        {"nLo151": 2, "nLo149": 2, "nLo148": 2, "nLo086": 1, "nLo085": 1},
    ),
    (
        "nLn72",
        "vi",
        "ross_rest",
        "Chuỗi quán cà phê ở TP Vĩnh Long cần kiểm soát côn trùng định kỳ có báo cáo",
        "Chuỗi 5 quán cà phê, bánh ngọt ở TP Vĩnh Long cần dịch vụ kiểm soát chuột, gián, ruồi định kỳ cho tất cả quán, có lịch tần suất theo "
        "khu vực, sơ đồ bẫy và hồ sơ để trình đoàn kiểm tra an toàn thực phẩm.",
        {"nLo145": 2, "nLo073": 1, "nLo085": 1, "nLo151": 1, "nLo026": 1},
    ),
    (
        "nLn73",
        "vi",
        "iso22000_paper",
        "Doanh nghiệp áp dụng ISO 22000 cần chương trình kiểm soát động vật gây hại",
        "Công ty chế biến thực phẩm ở TP Trà Vinh đang xây dựng hệ thống ISO 22000, cần chương trình tiên quyết về kiểm soát động vật gây hại: "
        "kế hoạch IPM bằng văn bản, đánh giá rủi ro, giám sát và hồ sơ cho đánh giá chứng nhận.",
        {"nLo151": 2, "nLo145": 2, "nLo149": 2, "nLo144": 1, "nLo146": 1},
    ),
    (
        "nLn74",
        "vi",
        "bepvesinh_haccp",
        "Bếp ăn công nghiệp ở KCN Long Đức cần kiểm soát gián, chuột đạt HACCP",
        "Bếp ăn công nghiệp nấu 2.000 suất mỗi ngày cho công nhân KCN Long Đức (Trà Vinh) đang áp dụng HACCP, cần đơn vị kiểm soát gián, chuột "
        "theo chương trình có giám sát, ghi chép và tần suất phù hợp rủi ro.",
        {"nLo073": 2, "nLo151": 2, "nLo068": 1, "nLo026": 1, "nLo145": 1},
    ),
    (
        "nLn75",
        "vi",
        "pct_digital",
        "Chuỗi kho lúa gạo muốn bẫy chuột có cảm biến báo về điện thoại",
        "Công ty lương thực có nhiều kho lúa gạo ở Trà Vinh và Vĩnh Long muốn thay việc đi kiểm tra bẫy chuột hàng tuần bằng bẫy gắn cảm biến, "
        "báo ngay qua ứng dụng khi bẫy sập và lưu dữ liệu cho đánh giá.",
        {"nLo039": 2, "nLo040": 2, "nLo041": 2, "nLo150": 1, "nLo145": 1},
    ),
]
