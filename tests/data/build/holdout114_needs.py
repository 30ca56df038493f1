"""Needs of the holdout114 labelled set, set in Tra Vinh / Vinh Long, with their judged offers.

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve the need,
1 = partly relevant (a partial answer or an adjacent step). Offers not listed are not relevant.
"""

NEEDS = [
    # --- collection and sorting of plastic waste ---
    (
        "mLn01",
        "vi",
        "talkvn_tv",
        "Cần mô hình ứng dụng đặt lịch bán ve chai để gom nhựa ở thị trấn Cầu Ngang",
        "HTX dịch vụ môi trường thị trấn Cầu Ngang. Theo số liệu của tỉnh, mỗi ngày phát sinh khoảng 401 tấn rác sinh hoạt "
        "nhưng chỉ 294 tấn (73%) được thu gom đưa về bãi chôn lấp, phần còn lại người dân tự đốt hoặc đổ bỏ. Chai, can nhựa "
        "lẫn trong rác vì người mua ve chai dạo ít khi vào tới các ấp. HTX muốn tổ chức lại đội thu mua phế liệu: hộ dân đặt "
        "lịch bán nhựa, người thu gom nhận đơn qua điện thoại, giá công khai. Cần đơn vị chuyển giao ứng dụng và cách tổ chức.",
        {"mLo001": 2, "mLo002": 2, "mLo003": 2, "mLo004": 1, "mLo066": 1, "mLo021": 1, "mLo017": 1},
    ),
    (
        "mLn02",
        "vi",
        "laodong_thugom",
        "Hội phụ nữ xã muốn nhân rộng mô hình đổi rác nhựa lấy gạo, quà",
        "Hội LHPN xã Long Đức (TP Trà Vinh) thấy các mô hình thu gom rác thải có thưởng ở nơi khác làm hiệu quả và cần được "
        "nhân rộng. Chúng tôi muốn mỗi tháng mở điểm đổi chai nhựa, túi nilon lấy gạo, nhu yếu phẩm hoặc giỏ đi chợ cho hội "
        "viên, sau đó bán nhựa cho ve chai để bù chi phí. Cần cách tổ chức, định mức quy đổi và kinh nghiệm giữ chân người "
        "tham gia.",
        {"mLo005": 2, "mLo157": 2, "mLo006": 2, "mLo017": 1, "mLo007": 1, "mLo160": 1},
    ),
    (
        "mLn03",
        "vi",
        "tuoitre_ecobrick",
        "Trường THCS ở Càng Long muốn biến chai nhựa, túi nilon thành gạch sinh thái xây bồn hoa, ghế ngồi",
        "Gạch sinh thái từ chai nhựa nhồi rác đã được nhiều nhóm trẻ làm từ năm 2017 và có sáng kiến dùng để xây công trình "
        "trường học. Trường chúng tôi ở huyện Càng Long muốn học sinh mỗi lớp gom túi nilon, vỏ bánh kẹo, chai nhựa, tự làm "
        "gạch rồi cùng phụ huynh xây bồn hoa, ghế ngồi trong sân trường. Cần hướng dẫn kỹ thuật và cách đưa vào hoạt động "
        "ngoại khóa.",
        {"mLo065": 2, "mLo008": 2, "mLo007": 1, "mLo061": 1, "mLo038": 1, "mLo060": 1},
    ),
    (
        "mLn04",
        "en",
        "fairplanet",
        "Safer work and steadier income for informal waste pickers in Chau Thanh district",
        "We are a small group of waste pickers who sort through rubbish at the dump sites and roadsides of Chau Thanh "
        "district, Tra Vinh. Like the thousands of pickers at large city landfills, we work without gloves or boots among "
        "toxic liquids and fumes, our income depends on junk-shop prices, and we have no health cover. We want support "
        "with protective equipment, training, links to buyers that pay fairly for plastic, and a way to be recognised "
        "as part of the town's waste system.",
        {"mLo004": 2, "mLo066": 2, "mLo021": 1, "mLo003": 1, "mLo017": 1, "mLo018": 1},
    ),
    (
        "mLn05",
        "en",
        "htv_mangluoi",
        "Baling bottles and mixed plastics at a scrap yard in Vinh Long city",
        "Our scrap yard in Vinh Long city buys PET bottles, HDPE cans and plastic film from street collectors and sells "
        "to recyclers near Ho Chi Minh City, where about 8,900 tonnes of household waste arrive every day, 1,800 tonnes of "
        "it plastic. Loose bottles fill our truck long before it reaches its weight limit, and the recyclers ask for "
        "compact bales. We need an affordable baling press sized for a few tonnes a week and advice on bale size.",
        {"mLo009": 2, "mLo010": 2, "mLo051": 1, "mLo018": 1},
    ),
    (
        "mLn06",
        "vi",
        "evergreen",
        "Can phan biet dung loai nhua PP, PE, PET de ban phe lieu duoc gia",
        "Vua phe lieu nho o thi tran Tra Cu. Nghe noi moi nam ca nuoc thai ra khoang 3,7 trieu tan nhua nhung chi 10-15% "
        "duoc thu gom tai che, mot phan vi khong co khau phan loai. Nhua ve vua bi tron lan: bao det, can, chai, mang, do "
        "gia dung, nha tai che tra gia thap hoac tra hang. Can tai lieu va dung cu de phan biet tung loai nhua nhanh, tach "
        "rieng truoc khi ban.",
        {"mLo011": 2, "mLo012": 2, "mLo019": 1, "mLo104": 1},
    ),
    (
        "mLn07",
        "en",
        "shift_tomra",
        "Bottle-return machines with rewards for convenience stores in Tra Vinh city",
        "We run a small chain of convenience stores in Tra Vinh city and sell a lot of bottled drinks. Worldwide only about "
        "9% of plastic is recycled, and schemes that give a small refund when packaging comes back reach much higher "
        "collection rates. We would like machines in our stores that take back empty bottles and cans and give customers "
        "a voucher or points, and advice on whether a deposit can work without government subsidy.",
        {"mLo013": 2, "mLo015": 2, "mLo014": 1, "mLo017": 1},
    ),
    (
        "mLn08",
        "vi",
        "tailieu_thaido",
        "Tổ thu gom xã Mỹ Hòa cần đầu mối mua chai PET, nhựa cứng ổn định",
        "Tổ thu gom phế liệu xã Mỹ Hòa (thị xã Bình Minh). Khảo sát ở các xã nông thôn cho thấy mỗi người thải khoảng 0,04 kg "
        "rác nhựa/ngày, chiếm hơn 14% rác sinh hoạt, nên lượng chai PET, can, ghế nhựa gom được khá nhiều nhưng vựa trung gian "
        "ép giá, lúc mua lúc không. Tổ muốn bán trực tiếp cho doanh nghiệp tái chế hoặc trạm thu mua có hợp đồng, giá ổn định.",
        {"mLo018": 2, "mLo019": 2, "mLo020": 2, "mLo042": 1, "mLo043": 1, "mLo001": 1},
    ),
    (
        "mLn09",
        "en",
        "laodong_30000",
        "Integrated plan to keep plastic out of the waste sent to Tra Vinh's treatment plant",
        "We are the urban works company serving Tra Vinh city. Around the provincial solid-waste treatment plant about "
        "30,000 tonnes of waste were refused and left piling up, causing serious pollution, and plastic makes up a good "
        "share of it. We need an evidence-based integrated plan for household plastic: how much is generated, how the "
        "scrap collectors and the treatment plant should work together, and what to do first in a province with "
        "limited budget.",
        {"mLo016": 2, "mLo021": 1, "mLo029": 1, "mLo046": 1},
    ),
    (
        "mLn10",
        "vi",
        "phunu_bacgiang",
        "Khóm muốn tổ chức phân loại rác tại hộ, tách nhựa bán ve chai",
        "Chi hội phụ nữ khóm 3, phường 1, TP Vĩnh Long. Chúng tôi định làm mô hình điểm như nơi khác (150 hội viên, 200 chiếc làn nhựa, 9 thùng "
        "phân loại): hội viên ký cam kết không dùng túi nilon, sinh hoạt cuối tuần, được phát làn đi chợ và thùng phân loại rác. Cần hướng dẫn hộ gia đình "
        "tách chai lọ, túi nilon ra khỏi rác hữu cơ, dụng cụ đựng phù hợp và đầu ra cho phần nhựa tách được.",
        {"mLo157": 2, "mLo160": 1, "mLo001": 1, "mLo005": 1, "mLo026": 1},
    ),
    (
        "mLn11",
        "vi",
        "viethung_pin",
        "Trường tiểu học muốn học sinh gom ve chai nhựa gây quỹ, đổi quà",
        "Trường tiểu học ở phường 4, TP Vĩnh Long. Năm rồi trường tổ chức đổi pin cũ lấy quà, hơn 1.000 học sinh tham gia, "
        "thu được 70 kg pin. Nay trường muốn làm thường xuyên hơn với chai nhựa, lon, giấy: học sinh mang đến trường, phân "
        "loại, bán lấy tiền giúp bạn khó khăn hoặc đổi đồ dùng học tập. Cần mô hình tổ chức và đầu mối thu mua.",
        {"mLo007": 2, "mLo008": 2, "mLo006": 1, "mLo014": 1, "mLo022": 1},
    ),
    (
        "mLn12",
        "en",
        "oceancons_cecr",
        "Baseline study of informal waste collectors before a women-led project in Tra Vinh",
        "Our women's network in Tra Vinh is preparing a project on informal waste collection. Collectors are the "
        "frontline of keeping plastic out of rivers and the sea, yet they are poor, often women, and outside banks and "
        "social services. Before we design support we need a mapping of who collects, sells and aggregates recyclables "
        "in the province, their numbers, working conditions and risks.",
        {"mLo021": 2, "mLo004": 1, "mLo029": 1},
    ),
    # --- small recycling workshops ---
    (
        "mLn13",
        "vi",
        "songtre_minhkhai",
        "Cơ sở tái chế ở Trà Ôn cần dây chuyền băm, rửa, tạo hạt cho nilon và bao bì",
        "Cơ sở chúng tôi ở huyện Trà Ôn đang gom túi nilon, bao bì, bao tải đã qua sử dụng và làm theo kiểu làng nghề: vài "
        "công nhân nữ phân loại rồi đẩy vào máy nghiền, sau đó nung chảy, kéo sợi, cắt hạt để bán cho nơi làm túi, bao tải, "
        "bạt. Máy cũ hay kẹt với màng mỏng, hạt lẫn tạp chất. Cần tư vấn và cung cấp dây chuyền băm, rửa, sấy, tạo hạt phù "
        "hợp cho nhựa màng PE, PP.",
        {"mLo030": 2, "mLo034": 2, "mLo032": 2, "mLo033": 2, "mLo035": 2, "mLo031": 1, "mLo036": 1},
    ),
    (
        "mLn14",
        "en",
        "vietbao_khoai",
        "Upgrading a crude plastic recycling workshop to a proper PET bottle flake and pellet line",
        "Our family workshop near Tra Vinh city now turns dirty film into pellets the size of mung beans on a crude, "
        "greasy line, much like the big recycling villages in the north, with film fed straight from the sacks. We "
        "want to move into PET bottles, which sell better, and need a proper sequence of sorting, shredding, washing, "
        "drying and pelletising sized for a few tonnes a day.",
        {"mLo032": 2, "mLo031": 2, "mLo035": 2, "mLo030": 2, "mLo034": 2, "mLo043": 1, "mLo011": 1},
    ),
    (
        "mLn15",
        "vi",
        "vnbusiness_khoai",
        "Xuong tai che nhua o Vung Liem can he thong xu ly nuoc rua nhua",
        "Xuong chung toi o huyen Vung Liem rua nhua phe lieu, bao bi truoc khi tao hat. Giong nhu cac lang tai che lon o mien "
        "Bac chua co he thong xu ly nuoc thai nao, nuoc rua do tai che dang chay thang ra kenh muong, ruong cua dan, may chay "
        "ca ngay gay on. Dan da phan anh. Can giai phap xu ly nuoc rua nhua va dung lai nuoc lam mat cho phu hop quy mo nho.",
        {"mLo036": 2, "mLo037": 2, "mLo045": 1},
    ),
    (
        "mLn16",
        "en",
        "baotintuc_minhkhai",
        "Moving household plastic recyclers into a cluster with central wastewater treatment",
        "We are preparing an industrial cluster in Tra Vinh for the plastic recycling households now working inside "
        "residential hamlets. The lesson from the largest recycling village in the north is stark: 600-650 tonnes a "
        "day processed, about 70 tonnes of residues a day left uncollected and around 7,000 m3 of wash water a day "
        "discharged untreated, even after an 11 ha cluster took in 145 households. We need a planning model with shared "
        "wastewater treatment that households will actually move into.",
        {"mLo045": 2, "mLo046": 1, "mLo037": 1, "mLo036": 1},
    ),
    (
        "mLn17",
        "en",
        "3dpb_precious",
        "Small community workshop to make useful items from HDPE bottle caps in Tieu Can",
        "The youth union of Tieu Can town wants a low-cost workshop where young people shred household plastic such as "
        "HDPE bottles and caps and mould or extrude it into useful objects (pots, hooks, tiles), like the simple "
        "machines others have built to compress, inject or extrude shredded plastic. We have a local welder and need "
        "designs, a parts list and guidance.",
        {"mLo038": 2, "mLo039": 2, "mLo040": 1, "mLo061": 1},
    ),
    (
        "mLn18",
        "vi",
        "vneconomy_fnb",
        "Xã Hòa Minh cần cách xử lý túi nilon bẩn, bao bì nhiều lớp mà ve chai không mua",
        "Xã cù lao Hòa Minh (Châu Thành). Ngành bán lẻ thải ra 300.000-400.000 tấn nhựa mỗi năm, phần lớn là đồ dùng một lần, "
        "và ở xã chúng tôi loại này chiếm nhiều nhất: túi nilon bẩn, gói mì, bao bì nhiều lớp. Ve chai chỉ mua chai, can; phần "
        "còn lại bị đốt hoặc trôi sông. HTX môi trường xã cần giải pháp biến nhựa giá trị thấp thành sản phẩm hữu ích thay "
        "vì chôn, đốt.",
        {
            "mLo055": 2,
            "mLo057": 2,
            "mLo060": 1,
            "mLo065": 1,
            "mLo059": 1,
            "mLo061": 1,
            "mLo044": 1,
            "mLo047": 1,
            "mLo048": 1,
        },
    ),
    (
        "mLn19",
        "en",
        "vtv_minhkhai2017",
        "Quality problems with recycled pellets: customers reject our lots",
        "Our workshop in Tra Vinh recycles about 2 tonnes of waste plastic a day into pellets sold to bag makers, after "
        "manual sorting and washing, the way many craft-village households work. Customers increasingly reject lots "
        "for contamination and uneven melt, and feedstock changes from week to week. We need advice on the washing and "
        "melt-filtration steps and on simple quality monitoring so pellets stay consistent.",
        {"mLo033": 2, "mLo031": 2, "mLo041": 2, "mLo032": 1, "mLo011": 1, "mLo012": 1},
    ),
    (
        "mLn20",
        "vi",
        "epsdensifier",
        "Vựa hải sản chợ Trà Vinh cần xử lý thùng xốp thải bằng cách nén bán lại",
        "Các vựa cá, tôm quanh chợ Trà Vinh thải mỗi ngày rất nhiều thùng xốp, nhẹ mà cồng kềnh nên ve chai không muốn chở, "
        "thị trường xốp tái chế lại lên xuống thất thường. Nghe nói máy nén có thể giảm thể tích xốp tới 50 lần. Chúng tôi muốn đầu tư máy nén xốp thành khối để giảm thể tích, "
        "dễ chứa, dễ chở và bán cho nơi tái chế.",
        {"mLo051": 2, "mLo052": 2, "mLo054": 1, "mLo053": 1, "mLo010": 1},
    ),
    (
        "mLn21",
        "en",
        "greenmax_florida",
        "Setting up a styrofoam drop-off and recycling programme in Vinh Long city",
        "Vinh Long city's waste company sees styrofoam food boxes and seafood boxes everywhere at markets and drop-off "
        "points. Elsewhere, a seafood repacker compacts its boxes into several truckloads a month and a county got a "
        "US$50,000 grant to accept foam at drop-off sites. We want a programme: where to collect, how to densify, who buys the "
        "material and what funding or equipment support exists.",
        {"mLo054": 2, "mLo053": 2, "mLo051": 1, "mLo052": 1},
    ),
    (
        "mLn22",
        "en",
        "vnbusiness_khoai",
        "Formalising and modernising family plastic recycling units in Vinh Long",
        "Our association represents family recycling units in Vinh Long province. In the well-known northern recycling "
        "village about 80% of 1,000 households recycle plastic, with nearly 100 firms and 400 small units, yet there is no "
        "wastewater treatment at all. We do not want to end up like that. We look for a policy and planning approach to "
        "bring units into a managed area, cut pollution and keep livelihoods.",
        {"mLo046": 2, "mLo045": 2, "mLo004": 1, "mLo037": 1},
    ),
    (
        "mLn23",
        "en",
        "3dpb_precious",
        "Recycling failed 3D prints into filament at a university FabLab in Tra Vinh",
        "Our FabLab at a university in Tra Vinh city prints many prototypes and throws away failed prints and support "
        "material. We would like a small machine set to shred this PLA waste and extrude it back into usable filament "
        "for student projects, along the lines of the open small-scale recycling machines.",
        {"mLo040": 2, "mLo038": 1, "mLo039": 1},
    ),
    (
        "mLn24",
        "en",
        "vneconomy_fnb",
        "Food-grade recycled PET for a coconut-water bottler in Cang Long",
        "We bottle coconut water in Cang Long district. Only about one plastic bottle in five is recycled and food and "
        "beverage firms are under pressure to cut single-use plastic. Our export customers now ask for recycled content, "
        "so we need a domestic supplier of recycled PET pellets or preforms that are approved for food and drink "
        "contact.",
        {"mLo043": 2, "mLo042": 2, "mLo019": 1, "mLo020": 1},
    ),
    # --- recycled plastic products ---
    (
        "mLn25",
        "vi",
        "evergreen",
        "Xưởng nội thất ở Long Hồ muốn dùng tấm nhựa tái chế thay ván ép",
        "Xưởng đồ gỗ nội thất ở huyện Long Hồ. Cả nước mỗi năm thải khoảng 3,7 triệu tấn nhựa mà chỉ 10-15% được thu gom tái "
        "chế; đã có doanh nghiệp xã hội ép nhựa giá trị thấp thành tấm. Chúng tôi muốn thử dùng tấm nhựa tái chế hoặc gỗ nhựa "
        "làm tủ, kệ, ván sàn thay ván ép, cần nguồn cung hoặc chuyển giao công nghệ ép tấm.",
        {"mLo055": 2, "mLo057": 2, "mLo056": 2, "mLo061": 1},
    ),
    (
        "mLn26",
        "en",
        "tailieu_travinh",
        "Sidewalk paving bricks from local plastic waste for Tra Vinh city",
        "A survey of Tra Vinh households found plastic makes up 5.32% of domestic waste, about 0.034 kg per person per "
        "day, and much of it is never collected. Our construction-materials company wants to turn local PP and HDPE "
        "waste into paving bricks for sidewalks and yards and needs a tested process and mix design.",
        {"mLo058": 2, "mLo059": 2, "mLo062": 1, "mLo061": 1, "mLo060": 1},
    ),
    (
        "mLn27",
        "vi",
        "adb_ruralroad",
        "Xa Long Hoa muon lam duong nong thon co tron nhua phe thai",
        "UBND xa cu lao Long Hoa (Chau Thanh) can lam them duong giao thong nong thon nhung thieu kinh phi va vat lieu, "
        "giong nhu chuong trinh duong nong thon o An Do da dung nhua phe thai trong be tong nhua de vuot kho. Xa muon tan "
        "dung tui nilon, nhua gom duoc tai cho de lam lop mat hoac lop lot duong. Can quy trinh ky thuat va don vi huong dan.",
        {"mLo063": 2, "mLo064": 2},
    ),
    (
        "mLn28",
        "en",
        "bosua_HDPE",
        "What to do with worn HDPE pond liners from shrimp farms in Duyen Hai",
        "HDPE liners now cover most ponds in super-intensive shrimp farming around Duyen Hai because they resist UV, "
        "chemicals and disease. After a few crops the torn liners are pulled out and we burn them, dump them or sell them "
        "cheaply for scrap. Our shrimp cooperative wants a recycling route or a product that can be made from used "
        "liners.",
        {"mLo062": 2, "mLo058": 1, "mLo030": 1, "mLo019": 1},
    ),
    (
        "mLn29",
        "vi",
        "catovina_HDPE",
        "Hộ nuôi tôm ở Long Toàn cần nơi tái chế bạt HDPE lót ao cũ",
        "Tổ hợp tác nuôi tôm ở xã Long Toàn (Duyên Hải). Ao nuôi thâm canh đều lót bạt HDPE dày 0,5-2 mm có lớp chống tia UV; "
        "sau vài vụ bạt rách phải thay, mỗi hộ thải hàng tấn bạt cũ, hiện chỉ biết đốt hoặc bán ve chai giá rẻ. Cần cách tái "
        "chế bạt thành sản phẩm có ích ngay tại địa phương.",
        {"mLo062": 2, "mLo058": 1, "mLo030": 1, "mLo019": 1},
    ),
    (
        "mLn30",
        "vi",
        "rosetta_ecobrick",
        "Thị trấn Tiểu Cần muốn ghế đá công viên làm từ nhựa phế thải",
        "Đoàn thanh niên thị trấn Tiểu Cần từng làm gạch sinh thái bằng chai nhựa nhưng thấy cách này không thực sự tái chế chai "
        "PET và công trình kém bền. Nay muốn đặt làm ghế công viên, bàn, chậu hoa bằng vật liệu đúc từ nhựa phế thải gom "
        "trong thị trấn, bền ngoài trời. Cần công thức, khuôn hoặc đơn vị nhận làm.",
        {"mLo061": 2, "mLo065": 1, "mLo057": 1, "mLo055": 1, "mLo056": 1},
    ),
    (
        "mLn31",
        "vi",
        "htv_mangluoi",
        "Cơ sở mộc ở Càng Long muốn sản xuất cửa, sàn gỗ nhựa từ hạt nhựa tái chế và mùn cưa",
        "Cơ sở mộc ở huyện Càng Long thải nhiều mùn cưa, trong khi riêng TP.HCM mỗi ngày thải khoảng 8.900 tấn rác sinh hoạt, "
        "trong đó chừng 1.800 tấn là nhựa. Chúng tôi muốn đầu tư dây chuyền ép đùn gỗ nhựa (WPC) từ hạt nhựa tái chế trộn bột gỗ làm cửa, ván sàn, lam "
        "trang trí; cần công nghệ, tỷ lệ phối trộn và kinh nghiệm chạy thử.",
        {"mLo056": 2, "mLo055": 1, "mLo057": 1, "mLo079": 1},
    ),
    # --- biodegradable bags and packaging, alternatives to single-use items ---
    (
        "mLn32",
        "vi",
        "baocongnong_tuituhuy",
        "Siêu thị mini ở TP Trà Vinh muốn chuyển sang túi phân hủy sinh học thật sự",
        "Chuỗi 5 siêu thị mini ở TP Trà Vinh. Trên thị trường có túi tự hủy sinh học hoàn toàn làm từ tinh bột, bột sắn, bột "
        "ngô, bã mía... và loại chỉ là nhựa thường pha phụ gia, vỡ vụn chậm và vẫn gây ô nhiễm. Chúng tôi muốn đặt túi đựng "
        "hàng, túi đựng thực phẩm tươi loại phân hủy hoàn toàn, đủ bền, không thấm nước, có chứng nhận rõ ràng, in logo cửa "
        "hàng.",
        {"mLo067": 2, "mLo069": 2, "mLo068": 2, "mLo071": 2, "mLo082": 1, "mLo092": 1},
    ),
    (
        "mLn33",
        "en",
        "s4n_nguyenlieu",
        "Cassava cooperative in Tra Cu wants to make biodegradable bags from its starch",
        "Our cooperative grows and processes cassava in Tra Cu district. Cassava starch is named as a raw material with "
        "great potential in tropical countries like Vietnam for truly biodegradable bags, as opposed to oxo bags that "
        "only crumble into microplastics. We want to know what it takes to set up production of compostable carry bags "
        "from our starch: process, machinery, blends and investment.",
        {"mLo081": 2, "mLo082": 1, "mLo070": 1, "mLo067": 1, "mLo068": 1},
    ),
    (
        "mLn34",
        "vi",
        "nnt_cobang",
        "HTX o Tra Cu co dong co bang muon lam ong hut co",
        "HTX nong nghiep o huyen Tra Cu co nhieu dien tich co bang moc tu nhien, truoc day chi phoi kho dan dem, tui, non. Thay "
        "ong hut co bang dai khoang 20 cm, duong kinh 4,5-6,5 mm, goi la chuoi dang duoc gioi tre ua chuong nhung de hu, kho bao "
        "quan. HTX muon hoc quy trinh lam ong hut co tuoi va kho, cach bao quan va tim dau ra.",
        {"mLo085": 2, "mLo086": 2, "mLo087": 1, "mLo088": 1},
    ),
    (
        "mLn35",
        "en",
        "hanoitimes_ricestraw",
        "Cafe chain in Tra Vinh city wants to buy edible rice straws in bulk",
        "We run three coffee shops in Tra Vinh city and want to stop using plastic straws. A cafe elsewhere serves drinks "
        "in glass with edible rice straws and used about 100 kg of them a month before the pandemic, the equivalent of "
        "tens of thousands of plastic straws. We are looking for a steady supplier of rice-flour straws, ideally from the "
        "Mekong Delta, with prices for monthly orders.",
        {"mLo083": 2, "mLo084": 2, "mLo090": 2, "mLo091": 1, "mLo085": 1, "mLo086": 1, "mLo089": 1},
    ),
    (
        "mLn36",
        "vi",
        "dttg_onghut",
        "Homestay ở cồn Chim muốn ống hút dùng lại được thay ống hút giấy",
        "Homestay ở cồn Chim (Châu Thành). Chúng tôi đã thử ống hút giấy nhưng khách than ống mềm ra sau khoảng một tiếng và có "
        "mùi giấy; ống hút cỏ thì phải bảo quản kỹ. Muốn chuyển sang ống hút bằng vật liệu tự nhiên dùng được nhiều lần, rửa "
        "phơi được, giá hợp lý để đặt số lượng vài trăm ống.",
        {"mLo087": 2, "mLo088": 2, "mLo085": 1, "mLo086": 1, "mLo083": 1},
    ),
    (
        "mLn37",
        "vi",
        "laodong_coc",
        "Bếp ăn công nhân ở KCN Long Đức muốn thay hộp xốp, đĩa nhựa bằng hộp phân hủy sinh học",
        "Bếp ăn phục vụ công nhân khu công nghiệp Long Đức (TP Trà Vinh), mỗi ngày dùng hàng nghìn hộp xốp, đĩa, cốc nhựa dùng "
        "một lần. Châu Âu đã đề xuất cấm ống hút, cốc, đĩa nhựa dùng một lần và đối tác của các nhà máy cũng yêu cầu giảm nhựa. "
        "Cần nhà cung cấp hộp, tô, khay phân hủy sinh học từ phụ phẩm nông nghiệp, giá chấp nhận được.",
        {"mLo080": 2, "mLo078": 2, "mLo090": 1, "mLo068": 1, "mLo089": 1},
    ),
    (
        "mLn38",
        "en",
        "vmrf_nhietphan",
        "Rice mill in Tieu Can wants higher-value products from its rice husks",
        "Our rice mill in Tieu Can district produces husk every day. Today it is burned or sold cheaply, and the new "
        "husk-to-biochar plant in the Delta (about 3,000 tonnes a year in its first phase) only takes part of it. We want to turn husk into something that replaces "
        "plastic, such as tableware or a husk-filled compound that local moulders can inject or extrude, and need a "
        "technology partner.",
        {"mLo078": 2, "mLo079": 2},
    ),
    (
        "mLn39",
        "vi",
        "xaydung_thuysan",
        "Nhà máy chế biến tôm muốn tận dụng vỏ tôm làm màng bao sinh học thay màng nhựa",
        "Nhà máy chế biến tôm ở khu công nghiệp Long Đức. Trong ngành thủy sản, nhựa chiếm tới 64% vật liệu bao gói và rác nhựa "
        "ngày càng bị quan tâm. Chúng tôi vừa muốn giảm màng nhựa, vừa có lượng lớn vỏ tôm phụ phẩm; cần quy trình tạo màng "
        "bao thực phẩm từ chitosan vỏ tôm ở quy mô thử nghiệm.",
        {"mLo075": 2, "mLo076": 1, "mLo077": 1},
    ),
    (
        "mLn40",
        "en",
        "vnexpress_tetrarecart",
        "Biodegradable coating or film to keep pomelos fresh instead of PE cling film",
        "Our pomelo packing house in Binh Minh exports fruit wrapped in PE cling film. Packaging buyers are shifting fast "
        "to renewable materials and the carton-packaging market alone is expected to reach about US$4 billion by 2029. "
        "We want a biodegradable edible coating or film that keeps the fruit fresh during shipping without plastic.",
        {"mLo075": 2, "mLo076": 1, "mLo077": 1},
    ),
    (
        "mLn41",
        "vi",
        "ellspo_ok",
        "Cần thử nghiệm, chứng nhận bao bì phân hủy sinh học để xuất khẩu sang EU",
        "Cơ sở sản xuất túi sinh học ở KCN Hòa Phú (Long Hồ, Vĩnh Long). Khách châu Âu yêu cầu chứng nhận phân hủy công nghiệp "
        "theo tiêu chuẩn châu Âu, gồm phép thử phân hủy sinh học, rã vỡ, độc tính sinh thái và hàm lượng kim loại nặng, có khi "
        "cả chứng nhận phân hủy tại nhà. Cần phòng thử nghiệm và đơn vị tư vấn hồ sơ.",
        {"mLo072": 2, "mLo073": 2, "mLo074": 2},
    ),
    (
        "mLn42",
        "en",
        "vir_anphat",
        "PE bag maker in Binh Minh wants to switch to compostable bags and needs resin",
        "We blow PE carrier bags in Binh Minh town and sell to markets across the Delta. Even the largest film exporter in "
        "Southeast Asia is refocusing on biodegradable bags as bans spread. To convert part of our lines we need a "
        "reliable supply of compostable resin such as PBAT or starch-based compounds and advice on running them.",
        {"mLo070": 2, "mLo068": 2, "mLo071": 1, "mLo069": 1},
    ),
    (
        "mLn43",
        "vi",
        "qpvn_sieuthi",
        "Chợ xã muốn tiểu thương giảm túi nilon",
        "Ban quản lý chợ xã Đại Phước (Càng Long). Chương trình quốc gia về sản xuất, tiêu dùng bền vững đặt mục tiêu đến 2030 "
        "toàn bộ siêu thị dùng bao bì thân thiện môi trường, nhưng chợ quê vẫn phát túi nilon không tiếc. Chúng tôi muốn vận "
        "động tiểu thương bớt túi: thông điệp, cách gói hàng khác, túi đi chợ dùng nhiều lần bán hoặc tặng cho khách.",
        {"mLo158": 2, "mLo092": 2, "mLo157": 1, "mLo160": 1, "mLo067": 1},
    ),
    (
        "mLn44",
        "en",
        "baodongthap_clb",
        "Women's union clubs carrying baskets to market in Cau Ke",
        "The women's union of Cau Ke district wants to launch clubs of women who pledge to use baskets instead of "
        "plastic bags at the market, as neighbouring provinces did with clubs of about 30 members given a basket each. "
        "We need a model for organising the clubs, keeping members active and linking it to plastic collection.",
        {"mLo160": 2, "mLo157": 2, "mLo092": 1, "mLo158": 1},
    ),
    (
        "mLn45",
        "en",
        "indochina_xodua",
        "Coconut cooperative in Cau Ke wants plastic-replacement products from coconut",
        "Our coconut cooperative in Cau Ke district sells husks to coir mills that make fibre and coco peat, a "
        "by-product with thin margins. We would like to add higher-value products that replace single-use plastic, "
        "for example straws or tableware from coconut, and need a process or partner.",
        {"mLo089": 2, "mLo091": 1},
    ),
    # --- plastic waste from fishing and aquaculture ---
    (
        "mLn46",
        "vi",
        "distrib_tv",
        "Cảng cá cần mô hình thu gom rác nhựa từ tàu cá đưa về bờ",
        "Ban quản lý cảng cá Láng Chim (Duyên Hải). Tỉnh đặt mục tiêu đến 2025 giảm hơn 50% rác nhựa trên bãi biển và thu gom "
        "50% ngư cụ bị thải bỏ, đã tập huấn cho ngư dân, thuyền trưởng. Thực tế tàu về vẫn ít mang rác theo. Cảng cần mô hình "
        "cụ thể: trang bị gì trên tàu, nhận và phân loại rác ở cảng thế nào, khuyến khích ngư dân ra sao.",
        {"mLo099": 2, "mLo100": 2, "mLo102": 2, "mLo101": 1, "mLo103": 1, "mLo105": 1},
    ),
    (
        "mLn47",
        "en",
        "moitruong_nguDan",
        "Buy-back price for plastic that fishermen bring ashore in Duyen Hai",
        "Our fishermen's association in Duyen Hai town believes boats will bring plastic back from sea only if it is "
        "worth something, and proposes a buying scheme at the fishing port with cost support. We need a working model "
        "of prices, payment at the port and who buys the plastic afterwards.",
        {"mLo100": 2, "mLo099": 2, "mLo102": 1, "mLo017": 1},
    ),
    (
        "mLn48",
        "en",
        "globalrecycling_ghost",
        "Take-back and sorting of old nets piled in fishers' yards in My Long",
        "Fishers and net menders in My Long town keep piles of worn nylon and PE nets and ropes in their yards; sooner "
        "or later they end up burned or in the water, adding to the roughly 640,000 tonnes of fishing gear lost or "
        "discarded each year. Our fishing cooperative wants a regular take-back, sorting by polymer and a route to "
        "recyclers.",
        {"mLo105": 2, "mLo106": 2, "mLo108": 2, "mLo104": 2, "mLo115": 2, "mLo107": 1, "mLo109": 1},
    ),
    (
        "mLn49",
        "vi",
        "wikisum_ghost",
        "Nhóm ngư dân ở Ba Động vớt được lưới ma, cần nơi nhận tái chế",
        "Nhóm ngư dân và thợ lặn ở bãi biển Ba Động (Duyên Hải) thường vớt lưới bị mắc, trôi dạt làm vướng rùa, cá. Nơi khác "
        "thợ lặn đã vớt được 22 tấn ngư cụ trong một mùa và gửi đi tái chế thành sợi nylon mới vì lưới làm từ nhựa chất lượng "
        "cao. Nhóm cần nơi nhận, làm sạch, phân loại và tái chế lưới vớt được, càng có trả công càng tốt.",
        {"mLo107": 2, "mLo109": 2, "mLo105": 2, "mLo106": 1, "mLo108": 1, "mLo104": 1},
    ),
    (
        "mLn50",
        "en",
        "bmis_biodeg",
        "Biodegradable gillnets or twine for a gillnet fishing group in Cau Ngang",
        "Our gillnet fishers in Cau Ngang district lose nets at sea every season and know they keep catching fish and "
        "turtles. Trials abroad show biodegradable nets catch slightly less but break down within about two years. We "
        "want to test biodegradable netting or twine on our gear and need technical partners.",
        {"mLo110": 2, "mLo111": 2},
    ),
    (
        "mLn51",
        "vi",
        "nhanong_HDPE",
        "HTX nuôi hàu ở Long Hòa muốn thay phao xốp bằng phao HDPE nhưng thiếu vốn",
        "HTX nuôi hàu ở cửa sông xã Long Hòa (Châu Thành). Phao xốp, tre, gỗ mau hỏng, vỡ ra trôi khắp nơi; phao HDPE bền tới "
        "hàng chục năm và tái chế được nhưng xã viên lo về giá và vi nhựa. HTX cần nhà cung cấp phao HDPE có hình thức dùng thử, "
        "trả chậm hoặc hỗ trợ chuyển đổi.",
        {"mLo112": 2, "mLo114": 2, "mLo113": 2},
    ),
    (
        "mLn52",
        "en",
        "siam_phaobe",
        "Piles of old styrofoam floats and boxes after converting fish cages on the Co Chien river",
        "Cage fish farmers on the Co Chien river in Vinh Long use drums, composite and styrofoam for floating rafts. "
        "As we replace broken styrofoam floats, and with the fish boxes from our buyers, the old foam piles up on the "
        "riverbank. We need a way to compact it and sell it to a recycler instead of burning it.",
        {"mLo051": 2, "mLo052": 2, "mLo054": 1, "mLo053": 1, "mLo113": 1},
    ),
    (
        "mLn53",
        "en",
        "dialogue_ghost",
        "Rules and reporting so that fishing vessels land their waste and worn gear in Tra Vinh",
        "Lost and dumped fishing gear may be almost half of the plastic in the ocean, and relying on volunteers will not "
        "fix it. As the management board of Dinh An fishing port we want a clear rule for larger vessels to collect and "
        "declare the waste and worn gear they bring back each trip, with duties for the port and collectors and a simple "
        "data system.",
        {"mLo101": 2, "mLo100": 1, "mLo099": 1, "mLo103": 1, "mLo102": 1},
    ),
    (
        "mLn54",
        "vi",
        "xaydung_thuysan",
        "Tàu lưới kéo ở Trà Cú muốn tham gia vớt rác trên biển mang về bờ",
        "Chi hội nghề cá xã Định An (Trà Cú). Ngành thủy sản dùng nhiều nhựa làm lưới, dây, phao, bạt lót ao, trong khi chỉ khoảng "
        "14% rác nhựa cả nước được thu gom, chủ yếu nhờ ve chai. Nhiều chủ tàu lưới kéo sẵn sàng vớt rác kéo lên lưới và mang "
        "về bờ nếu có túi đựng, nơi nhận và cách phân loại. Cần mô hình và hỗ trợ ban đầu.",
        {"mLo103": 2, "mLo102": 2, "mLo099": 1, "mLo100": 1},
    ),
    (
        "mLn55",
        "en",
        "solutions_fishingenergy",
        "Paying fishers to retrieve lost nets from the Dinh An estuary",
        "Lost nets and traps in the Dinh An estuary keep killing fish, turtles and birds, and until now nobody has had a "
        "reason to pull them out. Our coastal commune cooperative wants a scheme that pays fishers to retrieve derelict "
        "gear and sends it to recycling, possibly with a company partner.",
        {"mLo109": 2, "mLo108": 2, "mLo107": 1, "mLo104": 1},
    ),
    # --- plastic waste from farming ---
    (
        "mLn56",
        "vi",
        "tuoitre_14tan",
        "HTX lúa ở Tiểu Cần cần thùng chứa vỏ thuốc BVTV ngoài đồng không bị trôi khi nước lên",
        "HTX nông nghiệp ở huyện Tiểu Cần. Các đợt ra quân ở miền Nam từng gom gần 14 tấn vỏ bao bì, chai lọ thuốc BVTV ngoài "
        "ruộng chỉ trong một tuần, chứng tỏ lượng vứt bừa rất lớn. Bể chứa xây tạm của HTX hay ngập và trôi khi triều cường, "
        "mưa lớn. Cần mẫu thùng chứa đặt ngoài đồng chắc chắn, cách bố trí bao nhiêu thùng cho mỗi cánh đồng và cách vận động "
        "xã viên.",
        {"mLo123": 2, "mLo139": 1, "mLo128": 1},
    ),
    (
        "mLn57",
        "en",
        "vtv_19000",
        "Hazardous-waste pickup for pesticide packaging collected by a rice cooperative",
        "Some 19,000 tonnes of pesticide packaging are thrown out every year and most of it is never collected, although "
        "it is hazardous waste. Our rice cooperative in Cau Ke district now gathers empty bottles and sachets in field "
        "bins, but nobody takes them away. We need a licensed company to collect, transport and treat the packaging and "
        "tell us how to store it until pickup.",
        {"mLo127": 2, "mLo139": 1, "mLo125": 1},
    ),
    (
        "mLn58",
        "vi",
        "quangtri_phuocthi",
        "Nong dan trong rau o Cau Ke can cach suc rua, xu ly vo chai thuoc truoc khi bo",
        "To hop tac trong rau o xa Phong Phu (Cau Ke). Truoc day phun thuoc xong ba con tien tay vut chai nhua, chai thuy tinh, "
        "bao goi thuoc ngay bo ruong. Nay to muon gom lai nhung nghe noi vo chai con dinh thuoc, can huong dan suc rua dung cach, "
        "thao nap, nhan truoc khi gom va noi nhan tai che loai chai nhua sach.",
        {"mLo124": 2, "mLo125": 2, "mLo128": 1, "mLo126": 1},
    ),
    (
        "mLn59",
        "en",
        "angiang_bvtv",
        "Take-back and recycling of HDPE pesticide bottles through input dealers",
        "Studies of rice land in the Mekong Delta show pesticide bottles and packets are left on fields and canal banks. "
        "Our network of agricultural input dealers in Tra Vinh wants to run a take-back: farmers return rinsed HDPE "
        "bottles to the shop where they bought them, and the bottles go to a recycler making safe products. We need a "
        "programme design and criteria for choosing the recycler.",
        {"mLo125": 2, "mLo126": 2, "mLo129": 2, "mLo124": 1, "mLo127": 1},
    ),
    (
        "mLn60",
        "vi",
        "dnkx_vinhphuc",
        'Hội nông dân xã muốn làm mô hình "cánh đồng không vỏ thuốc BVTV"',
        "Hội nông dân xã Hiếu Tử (Tiểu Cần) muốn làm mô hình cánh đồng không vỏ thuốc BVTV như các tỉnh phía Bắc: tuyên truyền, "
        "hướng dẫn hội viên bỏ bao bì đúng nơi quy định, mở lớp nâng cao kỹ năng dùng thuốc. Cần tài liệu tập huấn, thiết kế "
        "điểm chứa ngoài đồng và kinh nghiệm duy trì.",
        {"mLo128": 2, "mLo123": 2, "mLo139": 1},
    ),
    (
        "mLn61",
        "vi",
        "123_chicuc",
        "Cơ sở tái chế muốn nhận vỏ chai thuốc BVTV làm nguyên liệu nhưng cần tiêu chuẩn an toàn",
        "Cơ sở tái chế nhựa ở Vĩnh Long được đề nghị nhận vỏ chai thuốc BVTV bằng nhựa PE mà các xã gom được. Bao gói thuốc BVTV "
        "luôn còn tồn dư thuốc, có thể ngấm vào nước, đất và gây hại khi tiếp xúc. Chúng tôi cần tiêu chuẩn, quy trình nhận, "
        "theo dõi lô hàng và giới hạn sản phẩm đầu ra để tái chế an toàn.",
        {"mLo129": 2, "mLo125": 1, "mLo126": 1, "mLo124": 1},
    ),
    (
        "mLn62",
        "en",
        "hongphuc_PE",
        "Biodegradable mulch film for watermelon and chili growers in Cau Ngang",
        "Our vegetable and watermelon cooperative in Cau Ngang district lays PE mulch film of 14-30 microns on every "
        "bed to keep moisture and control weeds. After harvest the torn film is hard to pull out and much of it stays in "
        "the soil or is burned. We want a mulch that breaks down in the soil and can simply be ploughed in, with field "
        "results on yields.",
        {"mLo130": 2, "mLo131": 2, "mLo140": 2, "mLo138": 1},
    ),
    (
        "mLn63",
        "vi",
        "buctraco_winder",
        "HTX rau màu ở Long Hòa cần máy thu hồi màng phủ sau vụ",
        "HTX rau màu cù lao Long Hòa (Châu Thành) gỡ màng phủ bằng tay rất cực: màng dính đất, rách vụn. Nơi khác dùng trục "
        "cuốn quay tay gắn sau xe, rạch đôi màng giữa luống để đất rơi ra. HTX muốn máy nâng và cuốn màng phủ gắn máy cày hoặc "
        "máy kéo nhỏ, và cách làm để cuộn màng sạch, gọn mang đi tái chế.",
        {"mLo134": 2, "mLo132": 2, "mLo133": 2},
    ),
    (
        "mLn64",
        "en",
        "ekolog_pl",
        "Recycler in Vinh Long wants to take used mulch film but it is full of soil",
        "We recycle PE film in Vinh Long and growers offer us used mulch. Mulch lasts only one season, gets dirty quickly "
        "and is hard to recover, unlike bale wrap or tunnel film; Europe alone puts about 720,000 tonnes of farm film "
        "on the market a year. Our trial bales were mostly soil and water. We need "
        "proven shredding and washing steps for heavily soiled mulch and realistic expectations of yield.",
        {"mLo141": 2, "mLo144": 2, "mLo135": 2, "mLo033": 2, "mLo032": 1, "mLo030": 1, "mLo143": 1},
    ),
    (
        "mLn65",
        "vi",
        "nextek_farm",
        "Nhà vườn trồng dưa lưới trong nhà màng cần nơi thu hồi màng nhà kính cũ",
        "Tổ hợp tác dưa lưới nhà màng ở Long Hồ (Vĩnh Long). Màng phủ nhà màng dùng vài năm phải thay, mỗi lần thải cả tấn màng PE. "
        "Ở nước ngoài các nhà tái chế đã lập những chương trình tự nguyện thu gom màng nông nghiệp. Chúng tôi cần đơn vị thu hồi "
        "màng cũ để tái chế, nếu có thể gắn với việc mua màng mới.",
        {"mLo136": 2, "mLo143": 2, "mLo137": 1, "mLo142": 1},
    ),
    (
        "mLn66",
        "en",
        "fwi_ffpg",
        "Collection of used silage film for a beef-cattle cooperative in Tra Cu",
        "Our cooperative in Tra Cu fattens cattle on ensiled grass and maize and throws away plenty of silage sheet and "
        "bale wrap. Burning and burying are bad, landfill is costly, and a farm-film scheme elsewhere funded by a "
        "contribution on each tonne sold collapsed when importers undercut it. We need a take-back that costs farmers "
        "little and tells us how to prepare film for collection.",
        {"mLo137": 2, "mLo142": 2, "mLo143": 2, "mLo136": 1},
    ),
    (
        "mLn67",
        "vi",
        "yyk_bvtv40",
        "Xã nông thôn mới cần mô hình tổng hợp xử lý rác nông thôn, có thu gom vỏ thuốc BVTV",
        "Xã Song Lộc (Châu Thành) đang hoàn thiện tiêu chí môi trường nông thôn mới. Ước tính chỉ khoảng 40% bao bì thuốc BVTV "
        "được thu gom xử lý, gần 18% bị đốt, còn lại xử lý như rác thường; rác hữu cơ, rác chăn nuôi cũng chưa có cách làm. "
        "Cần một gói mô hình chi phí thấp cho cấp xã, có sự tham gia của cộng đồng.",
        {"mLo139": 2, "mLo123": 1, "mLo026": 1, "mLo027": 1, "mLo028": 1},
    ),
    # --- refill shops and reducing single-use plastic ---
    (
        "mLn68",
        "vi",
        "xoso_laiday",
        "Nhóm chị em ở TP Vĩnh Long muốn mở cửa hàng refill nhỏ",
        'Nhóm ba chị em ở phường 1, TP Vĩnh Long muốn mở cửa hàng "làm đầy" chai lọ cũ: bán kem đánh răng, nước tẩy trang, '
        "dầu gội, xà bông theo kiểu khách mang bao bì đến chiết. Nơi khác mới tìm được khoảng 75% nguồn hàng sản xuất trong "
        "nước. Cần kinh nghiệm chọn nguồn hàng, thiết bị chiết, chai lọ dùng lại và cách giải thích cho khách.",
        {"mLo148": 2, "mLo149": 2, "mLo161": 2, "mLo151": 1, "mLo159": 1, "mLo150": 1},
    ),
    (
        "mLn69",
        "en",
        "nld_laiday",
        "Grocery in Tra Vinh city adding refills of detergent and dish soap",
        "Our grocery in Tra Vinh city wants a refill corner like the green stores in big cities, with rows of jars for "
        "shampoo, shower gel and organic washing powder that customers refill in their own bottles. We need suppliers "
        "that deliver in large returnable containers, and a practical container system for customers.",
        {"mLo149": 2, "mLo150": 2, "mLo151": 2, "mLo148": 1, "mLo152": 1, "mLo161": 1},
    ),
    (
        "mLn70",
        "vi",
        "afamily_bodyshop",
        "Xe ban hang luu dong o nong thon muon ban nuoc giat, dau goi kieu chiet",
        "Toi chay xe ban tap hoa luu dong cac ap o huyen Cang Long. O thanh pho da co tram nap lai sua tam, dau goi vao chai "
        "dung nhieu lan de giam chai nhua. Toi muon ba con mang chai, can cu ra xe de chiet nuoc giat, nuoc rua chen, dau goi "
        "theo lich chay xe. Can nguon hang dong can lon, cach do dem va kinh nghiem van hanh.",
        {"mLo152": 2, "mLo151": 2, "mLo148": 1},
    ),
    (
        "mLn71",
        "en",
        "xoso_laiday",
        "Bulk refills of natural cleaners and toiletries for a resort in Duyen Hai",
        "Our resort at Ba Dong beach throws away hundreds of small plastic bottles of shampoo, soap and cleaner each "
        "month. We would like a supplier that refills our own dispensers and containers with locally made cleaning "
        "products and toiletries, as refill shops do for households with toothpaste, soap and make-up remover.",
        {"mLo150": 2, "mLo149": 1, "mLo151": 1, "mLo161": 1, "mLo164": 1},
    ),
    (
        "mLn72",
        "en",
        "baolamdong_nuoc",
        "Free drinking-water stations at Ba Dong beach to cut plastic bottles",
        "In some tourist towns residents put out free jugs of drinking water on the pavement, and each one empties in a "
        "day or two. Our tourism cooperative at Ba Dong beach wants something more durable: safe drinking-water "
        "stations where visitors refill their own bottles, so that fewer single-use bottles end up on the sand.",
        {"mLo153": 2, "mLo154": 2},
    ),
    (
        "mLn73",
        "vi",
        "vneconomy_fnb",
        "Homestay, quán cà phê ở cồn Chim muốn tham gia mạng lưới tiếp nước cho du khách",
        "Các homestay và quán nước ở cồn Chim (Châu Thành). Cứ năm chai nhựa thì chỉ một chai được tái chế, còn khách du lịch mua "
        "nước đóng chai rất nhiều. Chúng tôi muốn cho khách tiếp nước vào chai riêng miễn phí hoặc giá rẻ và được đưa lên bản "
        "đồ để khách tìm đến, như các mạng lưới tiếp nước ở những điểm du lịch khác.",
        {"mLo154": 2, "mLo153": 1},
    ),
    (
        "mLn74",
        "en",
        "vneconomy_fnb",
        "Shared reusable cup system for milk-tea and coffee shops on one street in Tra Vinh city",
        "The world uses over 250 billion plastic-lined paper cups a year and recycles about 1%, and some countries now "
        "charge for disposable cups. A dozen milk-tea and coffee shops on one street in Tra Vinh city want a shared "
        "reusable cup: customers take away in it and return it to any shop, and someone washes and redistributes cups.",
        {"mLo155": 2, "mLo162": 2, "mLo163": 2, "mLo156": 1},
    ),
    (
        "mLn75",
        "vi",
        "laodong_coc",
        "Chợ đêm Vĩnh Long muốn cho thuê ly dùng lại có đặt cọc",
        "Ban quản lý chợ đêm và phố đi bộ ven sông Cổ Chiên (TP Vĩnh Long). Châu Âu đã đề xuất cấm cốc, đĩa, ống hút nhựa dùng "
        "một lần, còn ở chợ đêm mỗi tối thải hàng nghìn ly nhựa. Chúng tôi muốn đặt quầy cho khách thuê ly dùng lại bằng tiền "
        "cọc, trả ly lấy lại tiền, các sạp nước giảm giá cho khách dùng ly này.",
        {"mLo156": 2, "mLo155": 1, "mLo162": 1, "mLo163": 1},
    ),
]
