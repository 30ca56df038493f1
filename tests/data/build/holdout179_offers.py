"""Offers of the holdout179 set (rice straw, husk and bran in Trà Vinh / Vĩnh Long); see make_holdout179.py."""

OFFERS = [
    # --- (1) straw collection and baling -------------------------------------------------------------
    (
        "oYo001",
        "vi",
        "gomrom",
        "Máy cuốn rơm chạy xích cao su có thùng chứa cuộn",
        "Cơ sở cơ khí nông nghiệp ở Đồng Tháp chế tạo, chuyển giao máy cuốn rơm bánh xích cao su chạy được trên hầu hết "
        "ruộng ĐBSCL. Miệng gom đặt phía trước, vươn dài nên gom sạch rơm do máy gặt đập liên hợp thả lại; cỡ cuộn điều "
        "chỉnh theo yêu cầu, cuộn xong đưa vào thùng phía sau chứ không thả xuống ruộng. Hai người vận hành một ca 8 giờ "
        "cuốn hết rơm hơn 4 ha.",
    ),
    (
        "oYo002",
        "vi",
        "gomrom",
        "Phương tiện chở rơm cuộn băng đồng khi ruộng chưa có đường",
        "Giải pháp vận chuyển rơm từ giữa ruộng ra bờ do nông dân sáng chế: thùng chứa kéo bằng xe máy cho ruộng khô và "
        "xe đạp bốn bánh lớn, truyền động nhẹ, người ngồi điều khiển bằng vô lăng (mẫu của một nông dân Tri Tôn, An Giang). "
        "Chế tạo theo đặt hàng, chi phí thấp.",
    ),
    (
        "oYo003",
        "vi",
        "niptex",
        "Máy cuộn rơm nội địa làm việc trên ruộng ngập, sình lầy",
        "Sáng chế máy cuộn rơm của một nhà sáng chế ở Diên Khánh (Khánh Hòa), được Viện Nghiên cứu sáng chế và Khai thác "
        "công nghệ giới thiệu. Máy không cần máy cày dẫn đường nên chạy được vụ hè thu ruộng ngập, bánh rơm không dính bùn; "
        "ngày 8 giờ tốn khoảng 12 lít dầu (chừng 120.000 đồng) và đóng khoảng 500 bánh đường kính 0,55 m, cao 0,7 m. Giá "
        "máy thấp hơn nhiều so với máy nhập từ Nhật.",
    ),
    (
        "oYo004",
        "en",
        "irri_machines",
        "Self-propelled rubber-track straw baler: specifications and service costing",
        "Advisory built on IRRI fact sheets for the self-propelled baler that makes bales and carries them to the bund. "
        "It produces 13 kg bales at 1.0-1.5 t/h, costs about USD 15,000-20,000 per unit and lasts 3-5 years; as a "
        "service it costs USD 13-16 per tonne of straw with a net margin of USD 2-3/t. Rubber chain wheels let it work on "
        "wet fields, at some loss of capacity.",
    ),
    (
        "oYo005",
        "en",
        "aminer",
        "Straw collection and densification consultancy (balers, briquettes, pellets)",
        "Based on a book chapter on mechanised rice straw collection in the Mekong Delta: a baler pulled by a 30 HP tractor "
        "does the work of five labourers and makes bales 50-100% denser than loose straw; stationary compaction, "
        "briquetting or pelletising raise density a further 400-700% and cut transport cost by more than 60%. We compare "
        "options and costs for a given supply chain.",
    ),
    (
        "oYo006",
        "en",
        "springer_coll",
        "Operator training: baling rice straw behind combine harvesters",
        "Course drawn from an IRRI-led book chapter on straw collection in Asia. Combines leave light, loose straw that is "
        "costly to handle; baling works best in the dry season at 22-32% moisture (wet basis), when straw does not clog "
        "the baler, while wet fields make collection difficult. Covers baler types used in Vietnam, Cambodia, the "
        "Philippines and Thailand and field timing.",
    ),
    (
        "oYo007",
        "vi",
        "dantri",
        "Dịch vụ cuộn rơm thuê sau thu hoạch",
        "Tổ máy cuộn rơm nhận cuộn rơm theo hàng do máy gặt để lại: chờ rơm khô rồi cho máy vào hàng, đóng thành cuộn tròn "
        "chắc. Mỗi ha được khoảng 200 cuộn; chủ máy thu trên dưới 1 triệu đồng/ha, hai lao động phụ máy được 300.000-"
        "400.000 đồng/ngày. Làm mạnh nhất sau vụ Đông Xuân khi nắng gắt, ruộng khô.",
    ),
    (
        "oYo008",
        "en",
        "vnn_ninhbinh",
        "Straw baling as a farm side business: investment and returns",
        "Business package from farmers who run balers: a straw baling machine costs over 400 million VND (about USD "
        "16,400), handles around 1,000 bales a day and bales sell for 15,000-30,000 VND each depending on quality. A good "
        "day grosses more than 15 million VND and a season about 100 million VND net; work stops in rainy weather.",
    ),
    (
        "oYo009",
        "en",
        "qdnd",
        "Field-side straw purchase and supply of bales to mushroom and cattle farms",
        "Straw traders buy bales of 20-25 kg at about 30,000 VND each at the field, hire balers that make 500-600 bales "
        "a day (120-150 bales per hectare) and deliver straw to mushroom growers, cattle farms and compost makers. "
        "Farmers earn 700,000-900,000 VND per hectare and no longer need to burn.",
    ),
    (
        "oYo010",
        "vi",
        "lua2_traon",
        "Thu mua rơm tại ruộng cho doanh nghiệp nguyên liệu",
        "Công ty thu mua rơm đến tận ruộng, nhất là ruộng ven quốc lộ, trả khoảng 100.000 đồng/công (từ 1 triệu đồng/ha "
        "trở lên) và thuê nhân công xe rơm, cuốn rơm tại chỗ. Nông dân có thêm tiền trả công gặt, chở lúa và không phải đốt "
        "đồng.",
    ),
    (
        "oYo011",
        "vi",
        "thevesta",
        "Máy cuộn ép rơm, cỏ cỡ nhỏ MRB0850: kết quả khảo nghiệm",
        "Khoa Cơ khí - Công nghệ, Đại học Nông Lâm TP.HCM nghiên cứu cấu tạo và khảo nghiệm máy cuộn ép rơm, cỏ cỡ nhỏ "
        "Star MRB0850; chuyển giao số liệu khảo nghiệm và hướng dẫn chọn, vận hành máy cuộn mini cho ruộng nhỏ.",
    ),
    (
        "oYo012",
        "en",
        "th4_coll",
        "Cost, energy and emissions audit of straw collection machines",
        "Service based on a Mekong Delta field study in which five collection machines were compared on a 3.46 ha field "
        "split into 0.7 ha plots, four days after combine harvest (straw yield 4.7 t/ha at 12.6% moisture, stubble "
        "137 mm). Delivers energy use, greenhouse-gas emissions and cost per tonne of straw taken off the field.",
    ),
    (
        "oYo013",
        "vi",
        "gocongtay",
        "Dịch vụ cuốn rơm và thu mua rơm cuộn dự trữ",
        "Tổ làm rơm nhận cuốn với tiền công 8.000 đồng/cuộn, bán rơm cuộn tại ruộng 30.000 đồng/cuộn; ruộng nào chủ không "
        "lấy rơm thì mua lại 300.000 đồng/công. Rơm dự trữ được bán cho người nuôi trâu bò, làm nấm rơm, trồng thanh long.",
    ),
    (
        "oYo014",
        "vi",
        "hatinh_fr",
        "Dịch vụ cuộn rơm cho ruộng nhỏ, chở về tận nhà",
        "Chủ máy cuộn rơm nhận cuộn cho ruộng nhỏ: mỗi sào chỉ 7-10 phút là rơm thành bó chặt, chất thẳng lên xe; 3 sào "
        "chở một chuyến thay vì 3-4 chuyến như trước. Nông dân có thêm khoảng 2,5 triệu đồng/ha và dọn ruộng kịp vụ sau.",
    ),
    (
        "oYo015",
        "vi",
        "danviet_ag",
        "Mô hình đầu tư máy cuộn rơm kết hợp làm ruộng",
        "Kinh nghiệm của nông dân mua máy cuộn rơm đi cuộn thuê khoảng nửa tháng mỗi vụ: mua rơm theo công 50.000-60.000 "
        "đồng tùy thời điểm, sau khi trừ chi phí lời trên 10 triệu đồng/vụ; vụ Đông Xuân nắng tốt nên cuộn được nhiều và "
        "rơm chất lượng hơn.",
    ),
    # --- (2a) straw as mushroom substrate --------------------------------------------------------------
    (
        "oYo016",
        "vi",
        "kn_vl_nam",
        "Chuyển giao mô hình trồng nấm rơm cải tiến lót vỉ",
        "Trung tâm Khuyến nông tập huấn tại hiện trường mô hình nấm rơm cải tiến: lót vỉ đáy để lớp rơm sát đất không hư, "
        "rải vôi diệt khuẩn ngừa nấm dại, trùm bạt cao su và đặt ống hơi giữ nhiệt độ, ẩm độ cho mô rơm; chỉ bổ sung "
        "dinh dưỡng một lần lúc cấy meo nên nấm sạch, năng suất cao hơn cách chất giồng truyền thống.",
    ),
    (
        "oYo017",
        "vi",
        "truyenhinh",
        "Quy trình trồng nấm rơm trên kệ trong nhà kín",
        "Nhà kín 18 m2 (3 x 6 m) dựng bằng tre lá, vách và trần lót nilon, kệ rộng 40 cm, tầng cách nhau 30 cm. Dùng 600 "
        "bánh rơm (rơm của 1 công) và 70 bọc meo, thu 170-180 kg nấm. Rơm ướt ủ 3 ngày, rơm khô ủ 7 ngày, ép khuôn 30 x 22 x "
        "12 cm, phơi nắng 1 ngày trong bao nilon, mỗi bọc meo cấy 7-10 bánh.",
    ),
    (
        "oYo018",
        "vi",
        "agriext",
        "Kỹ thuật trồng nấm rơm ngoài trời bằng rơm cuộn",
        "Hướng dẫn từng bước: xử lý nền bằng vôi 5 kg/100 m2; chỉ dùng rơm sạch bệnh, không nhiễm mặn, không tồn dư thuốc "
        "BVTV; ngâm rơm trong bể bạt khoảng 2,5 x 4,5 m với nước vôi pH 13-14 (khoảng 5 kg vôi/m3 nước), để ráo rồi ủ đống "
        "từ 100 kg rơm trở lên trên vỉ kê cách đất 20 cm, giữa đặt thân chuối cho thoáng.",
    ),
    (
        "oYo019",
        "vi",
        "dienban",
        "Trồng nấm rơm theo phương pháp mô trụ trong nhà",
        "Mô trụ thay mô gối truyền thống, giảm khoảng 50% công lao động: làm ướt trụ rơm bằng nước vôi pH 12-13, ủ 9 ngày "
        "với 2 lần đảo, độ ẩm 60-65%, chọc lỗ cấy giống rồi trùm nilon; nuôi sợi 7-8 ngày ở 32-37°C, chăm sóc ở 28-32°C, "
        "ẩm độ không khí 80-90%.",
    ),
    (
        "oYo020",
        "en",
        "springer_rsm",
        "Indoor rice-straw mushroom (Volvariella) production package",
        "Technology package from an IRRI-edited book on rice straw: straw substrate preparation, indoor growing rooms and "
        "crop scheduling for a cropping cycle of about 45 days. Indoor production gives higher and steadier yields than "
        "outdoor beds, which lose yield to rain, wind and heat.",
    ),
    (
        "oYo021",
        "en",
        "vovworld_dt",
        "Greenhouse straw mushroom model without pesticides",
        "Model from Lai Vung (Dong Thap) growers: a greenhouse of about 15 m2 yields more than 10 kg of mushrooms a day, "
        "needs no pesticide because insects are kept out, and uses less straw, land and labour than field beds; straw "
        "can be combined with cotton waste to save straw.",
    ),
    (
        "oYo022",
        "vi",
        "soctrang_nam",
        "Kinh nghiệm làng nghề nấm rơm: tổ chức nguồn rơm quanh năm",
        "Chia sẻ kinh nghiệm của làng nấm rơm ở Mỹ Tú (Sóc Trăng): một hộ dùng khoảng 2.000 cuộn rơm mỗi đợt, ngoài "
        "1.600 cuộn/năm từ ruộng nhà còn mua thêm của thương lái; sản lượng trên 10 tấn nấm/năm, giá 40.000-50.000 đồng/kg. "
        "Từ ủ rơm đến thu hái 15 ngày, hái liên tục 10-15 ngày; vụ nghịch cần tưới mỗi ngày.",
    ),
    (
        "oYo023",
        "vi",
        "ctu_nam",
        "Tư vấn phát triển nghề trồng nấm rơm ở ĐBSCL",
        "Bộ môn Khoa học cây trồng, Đại học Cần Thơ tư vấn thực trạng và giải pháp phát triển nấm rơm ở ĐBSCL và giải đáp kỹ "
        "thuật cho nông dân tại các diễn đàn khuyến nông có Sở KH&CN Trà Vinh, Vĩnh Long tham dự.",
    ),
    (
        "oYo024",
        "vi",
        "meonam",
        "Cung cấp meo giống nấm rơm",
        "Cơ sở sản xuất meo nấm ở Cần Giuộc (Long An) cung cấp meo giống cho các mô hình trồng nấm rơm sau vụ lúa, kèm thông "
        "tin mùa vụ, giá nấm ở nhiều tỉnh.",
    ),
    (
        "oYo025",
        "vi",
        "kimthanh",
        "Hướng dẫn trồng nấm bào ngư trên rơm rạ, mùn cưa",
        "Hợp tác xã hướng dẫn trồng nấm bào ngư từ phụ phẩm giàu cellulose (rơm rạ, mùn cưa gỗ mềm, cùi bắp, bã mía): ủ "
        "hoai, trộn dinh dưỡng, đóng bịch, hấp khử trùng, cấy meo; sau 20-25 ngày tơ phủ kín bịch thì đưa ra nhà trồng khung "
        "tre phủ lưới, treo bịch cách nhau 20-25 cm, dãy cách dãy 20-30 cm.",
    ),
    (
        "oYo026",
        "vi",
        "baohaiduong",
        "Trồng nấm sò (bào ngư) bằng rơm cho hộ gia đình",
        "Hướng dẫn trồng nấm sò bằng rơm phơi thật khô ngay sau gặt và chất thành cây rơm dùng dần: làm tốt thì 1 kg rơm "
        "cho tới 1 kg nấm, làm sơ sài vẫn được nửa kg; có thể dùng thêm cỏ khô, thân bí, vỏ cà phê.",
    ),
    (
        "oYo027",
        "en",
        "van_kg",
        "Farmer training in straw mushroom and straw compost production",
        "Extension package delivered in Kien Giang under the GIC project: 25 three-day courses (September-October 2024) "
        "on handling straw for straw mushroom growing and compost making, with visits to working models and "
        "demonstrations of organic fertiliser mixing machines.",
    ),
    (
        "oYo028",
        "vi",
        "anhduong",
        "Tập huấn trồng nấm rơm cho hộ nghèo",
        "Tổ chức phi lợi nhuận ở Hậu Giang tập huấn trồng nấm rơm cho cộng đồng: rơm của 1.000 m2 lúa cộng 12 chai meo cho "
        "khoảng 24 kg nấm trong 15 ngày; rơm sau khi thu nấm dùng làm phân bón rau.",
    ),
    (
        "oYo029",
        "en",
        "laodong",
        "Circular straw model for rice cooperatives (mushrooms and compost)",
        "Model promoted with the 1-million-hectare low-emission rice programme: cooperatives turn straw into straw "
        "mushrooms and compost instead of burning or burying it. Can Tho had about 2,248 ha of straw mushroom in 2024 at "
        "about 9.2 t/ha; the delta produces over 24 million t of straw a year.",
    ),
    # --- (2b) straw as cattle feed ---------------------------------------------------------------------
    (
        "oYo030",
        "vi",
        "kn_vl_ure",
        "Ủ nguyên cuộn rơm với urê, rỉ mật, muối làm thức ăn cho bò",
        "Quy trình khuyến nông ủ rơm nguyên cuộn: ủ được ngay rơm tươi vừa cuộn, không phải phơi; có rỉ mật và muối nên rơm "
        "ủ vàng, mềm, mùi dễ chịu, bò ăn nhiều. Rơm không mốc, tăng protein thô và tỷ lệ tiêu hóa; người nuôi chủ động thức "
        "ăn những ngày mưa, mùa khô.",
    ),
    (
        "oYo031",
        "vi",
        "ninhthuan",
        "Quy trình ủ rơm với urea (kiềm hóa rơm)",
        "Công thức cho 100 kg rơm: 80-100 lít nước, 4 kg urea, 2 kg rỉ mật, 1 kg muối; ủ trong hố gạch 2 ngăn, ống cống, "
        "thùng phuy, túi biogas hoặc túi nilon vừa cuộn rơm. Đạm thô tăng từ 3-4% lên 7-8%, sợi rơm mềm, tỷ lệ tiêu hóa cao "
        "hơn (rơm thường dưới 40%).",
    ),
    (
        "oYo032",
        "vi",
        "hatgiong",
        "Ủ rơm urê có vôi trong hố hoặc túi nilon",
        "Nguyên liệu: 100 kg rơm, 4 kg urê, 0,5 kg vôi tôi, 70-100 lít nước. Rải rơm từng lớp 20 cm, tưới dung dịch, nén "
        "chặt, phủ kín; sau 2 tuần cho ăn dần, bảo quản được 6 tháng. Có hướng dẫn tập cho gia súc ăn và để rơm thoáng 1 giờ "
        "cho bớt mùi amoniac.",
    ),
    (
        "oYo033",
        "vi",
        "baonamdinh",
        "Kỹ thuật ủ rơm khô băm nhỏ với urê cho trâu bò",
        "Tính cho 100 kg rơm khô: băm 10-15 cm; hòa 2-5 kg urê và 0,5 kg muối vào 90-100 lít nước; ủ trong bể xây, ô chuồng "
        "trống, bao đựng phân hoặc túi nilon lớn, lót kín bằng nilon, lá chuối. Rơm phải vàng tự nhiên, không thối, mốc, "
        "không lẫn bùn.",
    ),
    (
        "oYo034",
        "vi",
        "zaidap",
        "Ủ rơm tươi với urê, không cần hòa nước",
        "Rải urê trực tiếp lên từng lớp rơm tươi vừa gặt, lượng khoảng 4% khối lượng rơm tính theo vật chất khô (điều chỉnh "
        "theo ẩm độ rơm). Rơm tươi giữ giá trị dinh dưỡng gần như ban đầu, tiêu hóa tốt hơn rơm khô ủ urê; ủ một lần sau vụ, "
        "dự trữ ăn đến hết.",
    ),
    (
        "oYo035",
        "en",
        "echo_frs",
        "Fresh rice straw silage with 2% urea for beef cattle",
        "Research-based recipe from Vietnam: fresh straw bales treated with 2% urea (fresh basis) kept a stable pH, yellow "
        "colour and the highest crude protein over 16 weeks of storage. In a 12-week trial with Lai Sind growing cattle it "
        "replaced up to two thirds of VA06 grass without significant loss of growth.",
    ),
    (
        "oYo036",
        "en",
        "ucanr",
        "Rice 'strawlage': baling moist straw and storing it under tarps",
        "UC Cooperative Extension method: bale rice straw before it dries after harvest and keep it moist under tarps. "
        "The feed rates close to low-quality alfalfa; cattle eat it well, better than dry straw though not as well as "
        "silage.",
    ),
    (
        "oYo037",
        "en",
        "ceglenn",
        "Ensiled double-chop rice straw for dry cows and heifers",
        "Ensiling straw at about 50% moisture for up to 130 days gives a palatable feed with about 40% more TDN than "
        "field-dried straw, which loses some 40% of its TDN while drying; double-chop straw can make up to 20% of ration "
        "dry matter with little sorting.",
    ),
    (
        "oYo038",
        "en",
        "carrb17",
        "Choosing a straw additive: ammoniation, molasses or lactic acid",
        "Feeding-trial results on baled straw: only ammoniation substantially raised intake and weight gain, while molasses "
        "or lactic acid applied at baling did not. Straw at about 51% moisture would not feed through the baler; wrapped "
        "ammoniated stacks need about 30 days for the ammonia to spread.",
    ),
    (
        "oYo039",
        "en",
        "rlinks",
        "Airtight wrapped storage of supplemented rice straw",
        "Storage method tested for 60 days: straw supplemented with 1% calcite-based minerals, 0.6% molasses and 0.05% "
        "urea kept as loose stacks, open-tied rolls or airtight wraps, then fed to cattle in a 4x4 Latin square. Airtight "
        "wrapping best keeps moisture, palatable parts and nutrients.",
    ),
    (
        "oYo040",
        "vi",
        "lua2_ure",
        "Ủ rơm bằng urê trong bao, túi nilon cho nông hộ nuôi ít bò",
        "Hướng dẫn khai thác rơm khi thiếu cỏ mùa nắng: chuẩn bị hố hoặc bể ủ chắc, kín, không thấm, hoặc ủ trong bao phân, "
        "túi nilon (100 kg rơm cần 10-12 túi) và một tấm bạt phủ. Rơm không mốc, không mất chất hữu cơ, tăng protein thô "
        "và lượng ăn vào.",
    ),
    # --- (2c) compost and (6) in-field decomposition ---------------------------------------------------
    (
        "oYo041",
        "en",
        "irice",
        "Mechanised straw composting with a windrow turner",
        "Process verified in Vietnam: windrows 1.2 m wide and 0.7 m high of alternating 20 cm layers of straw and cow "
        "manure (or soil plus urea) at C/N 25-30; a turner moving about 1.5 m/min sprays microbes or enzymes; keep "
        "50-70°C, 50-60% moisture and pH 6.5-7. Compost reaches market quality in about 45 days; 30-50 t/h per batch.",
    ),
    (
        "oYo042",
        "vi",
        "van_ct",
        "Phân hữu cơ từ rơm cho sản xuất lúa giảm chi phí",
        "Mô hình phối hợp với IRRI ở Cần Thơ: bón 1 tấn phân ủ từ rơm/ha chia nhiều lần cùng ít NPK, giống OM5451 đạt 6,4 "
        "tấn/ha, cao hơn ruộng đối chứng 0,3 tấn/ha, bộ rễ sâu, khỏe; chi phí giảm đến khoảng 40%.",
    ),
    (
        "oYo043",
        "vi",
        "gahp",
        "Chế phẩm vi khuẩn phân hủy rơm và tập huấn ủ phân tại nông hộ",
        "Nhóm nghiên cứu Viện Môi trường Nông nghiệp thử các chủng Bacillus polyfermenticus và xạ khuẩn phân hủy rơm trong "
        "khoảng 30 ngày; nông dân cắt rơm còn 15 cm, pha chế phẩm với nước và đường rồi tưới đều đống ủ, ủ 25-30 ngày; đã "
        "làm mô hình 4 ha.",
    ),
    (
        "oYo044",
        "en",
        "jep",
        "Fast straw compost with EM and biochar",
        "Recipe proven on 50 kg straw piles enriched with natural rock powders: inoculated piles heat up faster and all "
        "mature in about 42 days; effective micro-organisms plus 10% biochar gave the fastest decomposition and the best "
        "organic fertiliser quality.",
    ),
    (
        "oYo045",
        "vi",
        "echo_tricho",
        "Ủ phân hữu cơ với nấm Trichoderma",
        "Hướng dẫn làm phân ủ Tricho: phân lập Trichoderma từ đất vùng rễ, nuôi thuần trên môi trường PDA rồi bổ sung bào tử "
        "vào đống ủ; phân thành phẩm vừa cung cấp hữu cơ vừa đối kháng nhiều loại nấm gây bệnh cây trồng.",
    ),
    (
        "oYo046",
        "vi",
        "thanhhoa",
        "Chế phẩm sinh học phân hủy rơm rạ ngay tại ruộng",
        "Chế phẩm NOVIECO phun lên rơm rạ khi ruộng được đổ ải; sau 5-10 ngày rơm rạ tự phân hủy, làm đất gieo cấy kịp lịch "
        "thời vụ và tăng độ phì. Đã áp dụng trên 15,6 ha của một hộ; hội nông dân phát 100 gói mỗi hộ.",
    ),
    (
        "oYo047",
        "vi",
        "biolacto",
        "Chế phẩm Bio Lacto EM xử lý rơm rạ sau thu hoạch",
        "Doanh nghiệp hữu cơ sinh học cung cấp chế phẩm: 1 gói 15 g pha 10 lít nước sạch, ủ 24 giờ rồi phun lên ruộng sau "
        "khi cho nước vào. Rơm rạ phân hủy nhanh thành dinh dưỡng cho lúa, vài ngày sau nước ruộng trong hơn, không phải "
        "đốt đồng.",
    ),
    (
        "oYo048",
        "vi",
        "xlrr",
        "Đánh giá chế phẩm sinh học xử lý rơm rạ đồng ruộng",
        "Nghiên cứu so sánh chế phẩm xử lý rơm tại ruộng ở ĐBSCL: rơm sau vụ Đông Xuân khoảng 4,5 tấn/ha, cả vùng khoảng "
        "17,4 triệu tấn/năm; đốt 1 tấn rơm thải 36,32 kg CO, 4,54 kg hydrocarbon, 3,18 kg tro bụi; lấy rơm khỏi ruộng lâu "
        "năm làm hữu cơ đất giảm dần. Cung cấp số liệu đánh giá hiệu quả chế phẩm.",
    ),
    (
        "oYo049",
        "en",
        "irri_infield",
        "In-field straw management: chopping, Trichoderma spraying and incorporation",
        "IRRI guidance and demonstration: burning loses nutrients and soil organic matter and emits CH4, N2O and fine "
        "particles; incorporation must be timed because straw decomposes slowly within a turnaround of under three weeks. "
        "Shows a combine harvester that chops straw and sprays Trichoderma as it harvests to speed decomposition.",
    ),
    (
        "oYo050",
        "en",
        "wocat",
        "Modified Rapid Composting of straw in the field",
        "In-situ method from the Philippine Bureau of Soils and Water Management: straw is spread evenly over the field, "
        "treated with a Trichoderma harzianum or EM activator and worked into the soil at land preparation, recycling "
        "residual NPK and cutting chemical fertiliser use; discourages burning.",
    ),
    (
        "oYo051",
        "en",
        "bohrium",
        "Straw incorporation and nutrient budgeting advice",
        "Expertise from a book chapter on straw incorporation in Vietnam and Asia: straw holds about 80% of the K, 40% of "
        "the N and 30% of the P taken up by rice, so returning it cuts fertiliser needs; timing and water management are "
        "key; composting with manure or returning biochar are alternatives.",
    ),
    # --- (3) rice husk as fuel ---------------------------------------------------------------------------
    (
        "oYo052",
        "en",
        "irri_furnace",
        "Rice husk furnace for batch grain dryers",
        "IRRI with Nong Lam University upscaled the Hohenheim-type inverted-draft automatic husk furnace: one feeding "
        "lasts about an hour, burning is even and drying temperature stays constant; it matches the SHG-4 four-tonne "
        "dryer. In Vietnam 2.5 kg of husk gives the heat of 1 kg of good coal at one seventh of the cost.",
    ),
    (
        "oYo053",
        "vi",
        "vusta_phi",
        "Thiết bị sấy lúa di động đốt trấu, không dùng điện",
        "Bồn sấy ngang 1,62 m, dài 3 m, cao 1,2 m, mỗi mẻ 2 tấn lúa, chi phí trấu khoảng 15.000 đồng/mẻ, sấy trung bình 6 "
        "giờ, khô được cả lúa ướt đã nứt mộng; khung sắt, tre, gỗ, không quạt gió, một người vận hành, dễ di chuyển đến nơi "
        "cần sấy.",
    ),
    (
        "oYo054",
        "vi",
        "vusta_chaylu",
        "Lò sấy lúa cơ động kiểu 'chạy lũ'",
        "Lò sấy do một kỹ sư ở Đồng Tháp chế tạo: đổ lúa vào, không cần đảo, khô thì mở cửa xả thẳng vào bao; có loại 4 "
        "tấn/mẻ và 2 tấn/mẻ, không cần bể chứa, ít mặt bằng, chở đi sấy thuê nơi khác được.",
    ),
    (
        "oYo055",
        "en",
        "vneec",
        "Straw gas stove for paddy dryers",
        "Developed by the Vietnam Institute of Agricultural Engineering and Post-Harvest Technology from an IRRI design: "
        "the stove serving a 15-tonne dryer burns 42 kg of straw per batch over five hours of continuous drying and costs "
        "about 7 million VND, far cheaper than a diesel burner; six models fit flat-bed and tower dryers.",
    ),
    (
        "oYo056",
        "en",
        "ccspin",
        "Industrial biomass gasifier stove (500-800 mm) for dryers and boilers",
        "Large-diameter gasifier stoves running on rice hull and other biomass as heat source for SME boilers and dryers; "
        "a 500 mm rice-hull unit delivers about 103 kWh, the gas flame reaches about 1,700°C and heat exchange is better "
        "than direct burning. The remaining bio-ash is a biochar for soil improvement.",
    ),
    (
        "oYo057",
        "en",
        "energyglobe",
        "Rice husk gasification for brick and argil kilns",
        "ENERTEAM (Ho Chi Minh City) demonstration model: a rice husk gasifier coupled with a continuous four-compartment "
        "kiln, so that argil and brick makers can replace banned, polluting traditional husk kilns without switching to "
        "fossil fuels; offered with an energy-service business model.",
    ),
    (
        "oYo058",
        "vi",
        "pbl5",
        "Thiết kế máy sấy thóc 1,5 tấn/mẻ dùng khói lò hóa khí",
        "Đồ án kỹ thuật sấy của Khoa Công nghệ Nhiệt - Điện lạnh, Trường ĐH Bách khoa: thiết bị sấy lớp tĩnh có đảo gió, "
        "1,5 tấn thóc/mẻ, tác nhân sấy là khói từ thiết bị hóa khí nhiên liệu sinh khối, nhiệt độ khói dưới 100°C; gồm tính "
        "toán nhiệt và chọn thiết bị.",
    ),
    (
        "oYo059",
        "vi",
        "hoidulich",
        "Máy ép củi trấu quy mô hộ gia đình",
        "Dây chuyền ép củi trấu cho hộ: vốn khoảng 20 triệu đồng, công suất khoảng 2 tấn củi/ngày. Trấu mua 50-200 đồng/kg, "
        "củi trấu bán trong nước 800-1.000 đồng/kg, xuất khẩu khoảng 1.700 đồng/kg; thay than đá cho lò sấy, nhà máy thức "
        "ăn chăn nuôi, lò gốm.",
    ),
    (
        "oYo060",
        "vi",
        "hoa_an",
        "Củi trấu ép của Trung tâm Hòa An (Đại học Cần Thơ)",
        "Máy ép điện 3 pha đùn thanh củi trấu dài đến 1 m, đường kính 7,5 cm, có lỗ giữa cho dễ cháy; công suất 70-80 kg/giờ, "
        "điện 6-7 kW; 1,05 kg trấu ra 1 kg củi; ít khói. Cung cấp củi và chuyển giao máy; khách hàng chính là các lò sấy "
        "nông sản.",
    ),
    (
        "oYo061",
        "vi",
        "biomas",
        "Cung cấp viên nén trấu cho lò hơi công nghiệp, thu mua trấu",
        "Doanh nghiệp ở Cai Lậy (Tiền Giang) sản xuất viên nén trấu trên dây chuyền tự động khép kín, nhiệt lượng 3.600-4.200 "
        "kcal/kg, giá 1.240 đồng/kg (củi trấu 780 đồng/kg), ít tốn chỗ chứa, vận chuyển rẻ; thay than, gas cho lò hơi ở khu "
        "công nghiệp. Nhà máy thu mua khoảng 2.000 tấn trấu/tháng.",
    ),
    (
        "oYo062",
        "en",
        "ricehub",
        "Husk grinder, mixer and screw-press briquetter/pelleter",
        "AfricaRice-TCMS equipment set: a stainless-blade hammer mill grinding husk below 1 mm at 200 kg/h, a rotary mixer "
        "at 500 kg/h (mixture up to 30% moisture) and a motorised screw press making briquettes or pellets at 200 kg/h; "
        "husk-bran mixtures pelletise well. Designs are public goods.",
    ),
    (
        "oYo063",
        "en",
        "haafa",
        "Rice husk pellet production training",
        "Step-by-step course: raw material collection, pre-cleaning, pre-drying, grinding, conditioning, pelletising, "
        "cooling, screening, packaging and storage; each tonne of paddy milled yields 180-200 kg of husk; how to avoid "
        "soft, moist or dusty pellets that industrial buyers reject.",
    ),
    (
        "oYo064",
        "en",
        "richi",
        "Turnkey 4 t/h rice husk and sawdust pellet line",
        "Pellet mill maker supplies a 4 t/h line (about 10,000 t/year) for rice husk and wood chips: grinder, crusher, "
        "drum dryer, pellet mill and conveyors, making 12 mm pellets on a site of about 5,000 m2; ash from burning can "
        "serve as potash fertiliser.",
    ),
    (
        "oYo065",
        "en",
        "techfily",
        "Rice husk briquetting machine",
        "Briquetting lifts the burning efficiency of loose husk (10-30%); briquettes are about ten times denser, keep "
        "burning for about two hours after the flame dies down, are easier to store and carry less fire risk. Husk holds "
        "40-50% cellulose and 20-30% lignin, which binds well.",
    ),
    (
        "oYo066",
        "en",
        "charcoal",
        "Rice husk charcoal and charcoal briquette production",
        "Two routes offered: carbonise husk in a carbonisation furnace and press the char into briquettes, or press husk "
        "into briquettes first and then carbonise them; low-cost raw material, high-yield charcoal business.",
    ),
    (
        "oYo067",
        "vi",
        "cuitrau_ag",
        "Khảo sát thị trường củi trấu ép cho lò gạch nung",
        "Luận văn Đại học Cần Thơ phân tích mức độ chấp nhận củi trấu ép của các cơ sở gạch nung ở xã Mỹ Hội Đông (Chợ Mới, "
        "An Giang); cung cấp bảng hỏi và phương pháp khảo sát khách hàng cho cơ sở sản xuất củi trấu.",
    ),
    (
        "oYo068",
        "vi",
        "noihoi",
        "Lò hơi ghi tĩnh đốt củi, củi trấu",
        "Lò hơi ống lửa có buồng đốt lớn, đốt được cùng lúc củi, than cục, củi trấu; cho hơi bão hòa khô ổn định ở mọi mức "
        "tải, thân bọc bông thủy tinh; thay lò cũ, giảm chi phí nhiên liệu cho nhà máy.",
    ),
    (
        "oYo069",
        "vi",
        "fullblog",
        "Cung cấp củi trấu cho nhà máy bột, lò gạch, lò gốm",
        "Cơ sở ở Cần Thơ, Hậu Giang cung cấp củi trấu khoảng 1.000 đồng/kg; một nhà máy bột mua 5-6 tấn/ngày để sấy; củi dễ "
        "nhóm, gần như không khói, cháy lâu hơn than đá; đã bán cho lò gạch, lò gốm và TP.HCM.",
    ),
    # --- (4) rice husk ash, silica, building materials --------------------------------------------------
    (
        "oYo070",
        "vi",
        "biosilico",
        "Công nghệ sản xuất silica, nano silica từ vỏ trấu",
        "Doanh nghiệp hợp tác với Viện Hàn lâm KH&CN Việt Nam và Viện Hàn lâm Khoa học Nga: SiO2 chiếm 9,5-10% khối lượng vỏ "
        "trấu, Việt Nam có 9-10 triệu tấn vỏ trấu mỗi năm; đang xây dựng nhà máy silica và nano silica, nhận hợp tác ứng "
        "dụng.",
    ),
    (
        "oYo071",
        "vi",
        "iuh_nano",
        "Tổng hợp nano silica xốp từ tro trấu bằng phương pháp kết tủa",
        "Khoa Công nghệ Hóa học, ĐH Công nghiệp TP.HCM: kết tủa nano silica từ tro trấu, khảo sát ảnh hưởng nồng độ NaOH, "
        "HCl và PVA đến kích thước hạt; đặc trưng hình thái bằng SEM, XRD, FT-IR.",
    ),
    (
        "oYo072",
        "en",
        "ichec",
        "Amorphous silica extraction from rice husk ash",
        "Three-stage chemical route: decarbonisation of the ash, alkaline dissolution and acid precipitation; XRD and XRF "
        "confirm high-purity amorphous silica; both sulfuric and hydrochloric acid work, sulfuric preferred.",
    ),
    (
        "oYo073",
        "en",
        "figshare",
        "Purifying silica above 99% from boiler husk ash",
        "Comparison of routes to silica from rice husk ash left by energy generation: acid leaching plus 800°C thermal "
        "treatment gives 99.3% purity, low-temperature alkaline extraction 99.6%; characterised by XRF, XRD, particle size, "
        "specific surface area, total carbon and SEM.",
    ),
    (
        "oYo074",
        "en",
        "jamt",
        "Low-energy active silica from white husk ash",
        "Leaching the husk and heating it at 700°C gives white ash; dissolving it in 2 M NaOH and precipitating with HCl "
        "yields high-purity reactive amorphous silica, with lower energy and temperature than classic methods.",
    ),
    (
        "oYo075",
        "en",
        "vectree",
        "Sodium silicate (water glass) and nano-silica from husk ash",
        "Process know-how: controlled calcination at 500-700°C keeps silica amorphous (above 700-800°C it turns to "
        "cristobalite or tridymite); ash reacted with NaOH gives sodium silicate, then sol-gel synthesis gives "
        "nano-silica; an acid pre-leach removes potassium and calcium.",
    ),
    (
        "oYo076",
        "en",
        "jcsp",
        "Silica gel powder from rice husk ash",
        "Husk ash heated in sodium hydroxide releases its silica as sodium silicate; acidifying with sulfuric acid "
        "precipitates gelatinous silica; washing with ethanol gives a fine powder and calcining at 750°C turns "
        "water-washed gel into powder.",
    ),
    (
        "oYo077",
        "en",
        "habeeb",
        "Ground rice husk ash as partial cement replacement",
        "University of Malaya results: ash burnt in a ferro-cement furnace, ground and checked amorphous by XRD; 10% "
        "cement replacement raised concrete strength by 30.8% over the control and up to 20% can be used without loss; "
        "finer ash performs better; RHA raises water and superplasticiser demand.",
    ),
    (
        "oYo078",
        "en",
        "ijert",
        "Using unground, field-burnt rice husk ash in concrete",
        "Tests on 240 cubes: concrete with 0-30% rice husk ash from uncontrolled burning, not ground, replacing Portland "
        "limestone cement reached 24.27-41.48 N/mm2 at 28 days against a 25 N/mm2 target; durability was assessed and a "
        "suitable replacement level identified.",
    ),
    (
        "oYo079",
        "en",
        "rha_review",
        "Rice husk ash concrete mix design consultancy",
        "Review-based advice (co-authored with the University of Da Nang): pozzolanic activity of RHA depends on "
        "amorphous silica, specific surface and fineness, improved by controlled burning and grinding; RHA blended "
        "concrete performs well in workability, strength and durability.",
    ),
    (
        "oYo080",
        "vi",
        "gach_vo_trau",
        "Gạch không nung có sử dụng vỏ trấu",
        "Luận văn thạc sĩ Trường ĐH Bách khoa - ĐH Đà Nẵng (học viên được Trường ĐH Trà Vinh hỗ trợ) nghiên cứu dùng vỏ trấu "
        "trong sản xuất gạch không nung, thí nghiệm tại một nhà máy gạch không nung; cung cấp cấp phối và kết quả thí "
        "nghiệm cơ lý.",
    ),
    (
        "oYo081",
        "vi",
        "gach_tro_trau",
        "Gạch tro trấu cách nhiệt",
        "Quy trình: lọc tạp chất tro trấu, phối trộn tro trấu - đất sét - phụ gia kết dính theo tỷ lệ 40:55:5; cường độ nén "
        "7,5 MPa; cách nhiệt tốt hơn khoảng 30%, giá thành thấp hơn khoảng 15% so với gạch đất sét nung; thử nghiệm ở một "
        "chung cư tại Đồng Tháp tiết kiệm 18% điện mùa khô.",
    ),
    (
        "oYo082",
        "en",
        "frontiers",
        "Rice husk and recycled paper insulation boards",
        "Boards made of shredded husk, cellulose from recycled newspaper, borax (against fungi and fire) and glue; thermal "
        "conductivity about 0.04 W/m K (ASTM C177); compressive strength 20.19-21.23 MPa; designed for hot, humid "
        "climates.",
    ),
    (
        "oYo083",
        "en",
        "epa_rhab",
        "Structural insulated panels with rice hull cores",
        "Butte College project: structural insulated panels that use rice hulls instead of the usual foam core between "
        "sheathing boards; thermal tests confirmed the insulation value and mechanical tests were comparable with "
        "materials already in use.",
    ),
    (
        "oYo084",
        "en",
        "ecofriendly",
        "Rice husk and recycled HDPE building panels",
        "Husk-to-Home student team (UC Riverside, EPA grant): rice husk bound with recycled high-density polyethylene "
        "replaces wood chips; 4 x 8 ft panels cost about USD 7, like plywood, and resist moisture; for low-cost housing "
        "and shelters.",
    ),
    (
        "oYo085",
        "en",
        "biofuelsdigest",
        "Loose rice husk as house insulation",
        "Husk rich in opaline silica resists humidity, fire, rot and pests; cleaned husk is used as insulation by builders "
        "in the Camargue (France), keeping homes at an even temperature with near-zero energy use and giving rice farmers "
        "extra income.",
    ),
    # --- (5) rice bran stabilisation and rice-bran oil --------------------------------------------------
    (
        "oYo086",
        "en",
        "th4_ext",
        "Rice bran stabilisation by extrusion",
        "Extruder stabilisation at 100-140°C, holding the hot bran 3-5 min after extrusion to inactivate lipase, then "
        "cooling with ambient air; dry extrusion suits bran for food use; results depend on temperature, heating time, "
        "moisture and pH.",
    ),
    (
        "oYo087",
        "en",
        "encyc",
        "Rice bran stabilisation technology review",
        "Milling paddy gives about 60% white rice, 10% broken rice, 20% husk and 10% bran; hydrolytic rancidity from lipase "
        "is the main obstacle to using bran as food, and enzyme inactivation (stabilisation) is the only way to prevent "
        "it; heat and non-heat methods compared.",
    ),
    (
        "oYo088",
        "en",
        "scilit_ext",
        "Shelf-life testing of extruded rice bran (one year)",
        "Bran extruded at 110, 120, 130 and 140°C with 0, 3 or 6 min holding and stored a year at ambient temperature: "
        "holding time did not change hydrolytic stability, 110°C was slightly less effective; longer holding cuts "
        "vitamin E, oryzanol is more stable.",
    ),
    (
        "oYo089",
        "en",
        "foods_ext",
        "Optimised extrusion and storage of stabilised rice bran",
        "Study by Henan University of Technology: extrusion treatment and storage at 15, 25 and 40°C for 60 days, "
        "tracking lipid oxidation, peroxidase, peroxide value, free fatty acids, fatty acids and proteins; extrusion is "
        "the most effective multi-step thermal stabilisation.",
    ),
    (
        "oYo090",
        "en",
        "eleven",
        "Choosing a bran stabilisation method: eleven treatments compared",
        "Nanchang University comparison of six heat and five non-heat treatments: autoclaving left only 10.73% lipase "
        "activity, other heat treatments about 30-35%, dry heat 68.88%; no effect on oil composition or oryzanol; heat "
        "raised peroxide values and oil colour except steam.",
    ),
    (
        "oYo091",
        "en",
        "rbo_mill",
        "Rice bran oil mill: expeller plus solvent extraction and refining",
        "Supplier of bran oil lines: a screw expeller presses prepared bran, the cake goes to counter-current moving-bed "
        "hexane extraction with vacuum distillation and solvent recovery; refining by filtering, neutralisation, "
        "degumming, bleaching, deodorising and dewaxing.",
    ),
    (
        "oYo092",
        "en",
        "rbo_steps",
        "Rice bran oil plant process design",
        "Plant design covering bran cleaning, separation of broken rice, conditioning, expanding (puffing or extrusion), "
        "drying and cooling, hexane extraction leaving defatted meal, and refining with degumming, bleaching, dewaxing and "
        "deodorising.",
    ),
    (
        "oYo093",
        "vi",
        "dau_cam_tho",
        "Quy trình sản xuất dầu cám gạo thô có tách sáp",
        "Nghiên cứu tách sáp khỏi cám trước khi trích ly bằng n-hexan để giữ lipid và hoạt chất như oryzanol; tinh chế hóa "
        "học thu dầu thô trung hòa có chỉ số chất lượng ổn định; cám chứa khoảng 15% lipid.",
    ),
    (
        "oYo094",
        "vi",
        "memart_dau",
        "Tư vấn chọn phương pháp chiết xuất dầu cám gạo",
        "Cám gạo chứa 16-20% dầu; cám được sàng, sấy, đưa ẩm về khoảng 5%; ép cơ học (ép lạnh, ép trục vít) thu dầu nhanh, "
        "chi phí thấp nhưng hiệu suất hạn chế; trích ly n-hexan cho tỷ lệ dầu cao hơn; CO2 siêu tới hạn cho dầu tinh khiết "
        "nhưng thiết bị phức tạp; sau cùng là tinh chế.",
    ),
    (
        "oYo095",
        "en",
        "vov_oryza",
        "Japanese partner for rice bran oil, oryzanol and bran extracts",
        "Nagoya-based oil and fat chemical company: rice bran oil is worth USD 320-350 per tonne, and compounds recovered "
        "during extraction go into some 70 nutrition and beauty products; fully used, a tonne of bran can bring USD "
        "2,000-3,000 or more. Open to cooperation with Vietnamese producers.",
    ),
    (
        "oYo096",
        "vi",
        "momilactone",
        "Chiết tách momilactone A, B từ cám gạo và vỏ trấu",
        "Nhóm nhà khoa học Việt Nam tại ĐH Hiroshima (Nhật Bản) chiết tách thành công momilactone A và B từ vỏ trấu và cám "
        "gạo, hai hợp chất có nhiều hoạt tính quý; ở Nhật, sản phẩm chiết xuất từ cám có giá trị gấp hàng nghìn lần nguyên "
        "liệu.",
    ),
    (
        "oYo097",
        "en",
        "tcvn_rbo",
        "Rice bran oil national standard (TCVN) guidance",
        "Vietnam's technical committee TCVN/TC/F2 on animal and vegetable fats and oils presents the national standard "
        "for rice bran oil, including tocopherols, tocotrienols, gamma-oryzanol and fatty acid balance; guidance for "
        "producers entering the market.",
    ),
    (
        "oYo098",
        "en",
        "thestar",
        "Reference project: 200 t/day crude rice bran oil plant with 50 t refinery",
        "Myanmar Rice Bran Oil Co. is building a 200-tonne crude rice bran oil plant and a 50-tonne refinery, for about "
        "90,000 t of crude and 6,300 t of refined oil a year, to raise rice millers' income; lessons for similar "
        "projects.",
    ),
    (
        "oYo099",
        "en",
        "orthoefer",
        "Feasibility advice for rice bran oil production",
        "From the Bailey's chapter on rice bran oil: US rice oil plants closed for economic reasons; the main hurdles are "
        "the high capital cost of extraction and refining and the limited supply of stabilised bran; most bran still goes "
        "to animal feed. Feasibility review for new projects.",
    ),
    (
        "oYo100",
        "en",
        "coek",
        "Bran oil content and composition analysis",
        "Oklahoma State University expertise: bran (3-8% of the kernel) holds 10-23% oil depending on variety, "
        "pre-milling treatment and degree of milling; analysis of lipid classes, fatty acids, oryzanol and other "
        "bioactives in bran and bran oil.",
    ),
    # --- (6) straw burning, alternatives, biochar ------------------------------------------------------
    (
        "oYo101",
        "en",
        "oanh",
        "Advisory on non-burning alternatives to open straw burning",
        "Work of the Asian Institute of Technology and its Vietnam centre: open burning emits PM2.5, dioxins, PAHs and "
        "benzene and raises urban PM2.5 and ozone in the dry season; non-burning options with air-quality, climate, health "
        "and economic benefits include straw fuel pellets for clean gasifier cookstoves.",
    ),
    (
        "oYo102",
        "en",
        "pmc",
        "Straw burning PM2.5 emission inventory and mapping",
        "Burning-practice emission factors from field and lab studies: 16.9 g/kg for pile burning and 8.8 g/kg without "
        "piling; Vietnam's 2015 emissions about 150 Gg PM2.5 (14-18% of national PM2.5); Sentinel-1 rice mapping and "
        "HYSPLIT trajectories show where and when burning matters.",
    ),
    (
        "oYo103",
        "vi",
        "iae_tsh",
        "Sản xuất than sinh học từ rơm rạ và trấu",
        "Viện Môi trường Nông nghiệp nghiên cứu nhiệt phân rơm rạ, vỏ trấu trong điều kiện thiếu oxy thành than sinh học bón "
        "ruộng: tăng trao đổi cation, giữ nước, giữ dinh dưỡng, bảo vệ vi sinh vật có lợi, tăng năng suất, giảm phân bón và "
        "phát thải khí nhà kính; chi phí thấp, dễ làm.",
    ),
    (
        "oYo104",
        "vi",
        "lo_biochar",
        "Lò sản xuất biochar 100 kg/mẻ",
        "Cơ khí chế tạo lò nhiệt phân sinh khối (gỗ, vỏ hạt, bã mía, rơm rạ...) trong môi trường thiếu oxy, mẻ 100 kg; "
        "biochar dùng cải tạo đất, giảm bay hơi amoniac, làm đệm lót sinh học cho trại gà, khử mùi chuồng.",
    ),
    (
        "oYo105",
        "vi",
        "sfarm",
        "Cung cấp trấu hun, than sinh học cải tạo đất",
        "Trấu hun (biochar) nhiệt phân yếm khí dưới 700°C, diện tích bề mặt trên 300 m2/g ở 500-700°C; giữ nước và dinh "
        "dưỡng, hấp phụ kim loại nặng, thuốc BVTV, tăng hiệu quả phân bón; dùng cho nông nghiệp hữu cơ, giá thể.",
    ),
    (
        "oYo106",
        "vi",
        "htu_tsh",
        "Tư vấn ứng dụng than sinh học trong canh tác",
        "Khoa Nông nghiệp của một trường đại học: than sinh học nhiệt phân dưới 700°C, xốp, diện tích bề mặt lớn, giữ ẩm và "
        "dinh dưỡng, tăng vi sinh vật đất, cô lập carbon; nông dân có thể tự làm quy mô nhỏ như trấu hun.",
    ),
    (
        "oYo107",
        "en",
        "booksci",
        "Rice husk biochar for saline acid sulfate soils",
        "VNU greenhouse study: husk biochar mixed into saline acid sulfate soil at 0, 0.7, 1.5, 3 and 6% (w/w) and "
        "incubated 100 days raised exchangeable K, Mg, Ca and pH and lowered Fe, Al, chloride and exchange acidity; the "
        "soil quality index rose even at 0.7%.",
    ),
    (
        "oYo108",
        "en",
        "lrrd",
        "Husk biochar for acid soils: An Giang University trial",
        "Biochar from a gasifier or a TLUD stove added at 0-8%: rice growth rose up to 2-4% biochar and then levelled off; "
        "soil pH went from 4.5 to 5.13-5.40 and water holding capacity from 38% to 59%; both biochar sources equal; "
        "biodigester effluent boosted growth fivefold.",
    ),
    (
        "oYo109",
        "en",
        "f1000",
        "Husk and melaleuca biochar to cut paddy methane and nitrous oxide",
        "Research showing that rice husk and melaleuca biochar additions reduced soil CH4 and N2O emissions and increased "
        "soil organic matter and nutrient availability; application rates and methods for paddy soils.",
    ),
    (
        "oYo110",
        "en",
        "vjol",
        "Biochar to improve soil water retention",
        "Husk and coffee-husk biochar made in a gasifier: 1% by mass in grey soil (13% initial moisture) raised water "
        "holding efficiency by 26-33%; in basalt soil 1% husk biochar gave 7%. Dose advice per soil type.",
    ),
    (
        "oYo111",
        "en",
        "arcc",
        "Silicon-rich husk biochar as Si fertiliser for rice",
        "Hue University pot trials in two 2023 seasons: silicon-rich biochar from rice husk and peanut shell compared with "
        "chemical silicon fertiliser for rice dry matter and shoot silicon uptake.",
    ),
    (
        "oYo112",
        "vi",
        "vacne",
        "Hỗ trợ truyền thông, chính sách chấm dứt đốt rơm rạ",
        "Hội Bảo vệ thiên nhiên và môi trường: đốt rơm thải bụi PM2.5, CO, NOx, PAH gây ung thư; phân tích lý do nông dân "
        "vẫn đốt (lịch thời vụ gấp, tồn dư thuốc BVTV hạn chế làm thức ăn, thiếu hệ thống thu gom, giá rơm bấp bênh) và hỗ "
        "trợ xây dựng hệ thống thu gom, thị trường rơm.",
    ),
    (
        "oYo113",
        "vi",
        "tietkiem",
        "Thông tin ứng dụng than sinh học trong nông nghiệp",
        "1 g than sinh học có thể có diện tích bề mặt hơn 1.000 m2, giữ ẩm, giữ dinh dưỡng; trấu hun làm giá thể trồng lan, "
        "ly, rau đặc sản; ở phía Nam than từ trấu, mùn cưa được ép thành than viên thay than tổ ong.",
    ),
    (
        "oYo114",
        "vi",
        "vjas",
        "Ước tính phát thải khí từ đốt rơm rạ ngoài đồng",
        "Nghiên cứu ở đồng bằng sông Hồng: với tỷ lệ đốt 20-80%, phát thải CO2 1,2-4,7 triệu tấn/năm, CH4 1,0-3,9 nghìn tấn, "
        "CO 28,3-113,2 nghìn tấn; thiệt hại môi trường 19-200 triệu USD/năm; đề xuất dùng rơm trồng nấm, làm phân, phát "
        "điện. Nhận tính toán cho địa phương.",
    ),
    (
        "oYo115",
        "en",
        "ulstraw",
        "Straw collection and recycling programme for rice districts",
        "Programme design from Hanoi experience: about 1.5 million t of straw a year, only 10% collected, burning giving "
        "18-20% of harvest-season PM2.5; tackles farmer awareness, equipment and markets, and links straw to biofuel, "
        "fertiliser, paper, feed, mushrooms and handicrafts.",
    ),
    (
        "oYo116",
        "vi",
        "ninhthuan_tsh",
        "Lò nung than sinh học từ phế phẩm nông nghiệp",
        "Mô hình lò nung dăm gỗ, mùn cưa, rơm, rạ, trấu, bã mía, vỏ cà phê ở trên 500°C để chuyển thành than sinh học bón "
        "ruộng, giúp đất giữ nước, dinh dưỡng, bảo vệ vi khuẩn có lợi và nhốt CO2 trong đất.",
    ),
    (
        "oYo117",
        "vi",
        "hbe",
        "Nhà máy điện sinh khối đốt trấu 2 x 10 MW: hợp tác, thu mua trấu",
        "Công ty CP Năng lượng sinh học Hậu Giang khởi công nhà máy điện sinh khối dùng trấu 2 x 10 MW ở Long Mỹ, vốn 875 tỷ "
        "đồng, nối lưới, khoảng 125 GWh/năm; có nhu cầu trấu ổn định và chia sẻ kinh nghiệm đầu tư dự án.",
    ),
    (
        "oYo118",
        "en",
        "vietstock",
        "10 MW rice-husk power plant technology with saleable ash",
        "C.H.E Group with Hau Giang Power Plant JSC: a 10 MW plant (about USD 31 million) using Torftech and ERK "
        "technology, burning about 250 t of husk a day; the ash is redeployed for cement and insulation materials; "
        "partners sought for further Mekong Delta plants.",
    ),
    (
        "oYo119",
        "vi",
        "icon",
        "Tư vấn tiền khả thi phát điện từ trấu",
        "Theo Viện Nghiên cứu phát triển ĐBSCL, khoảng 5 kg trấu phát được 1 kW điện; chi phí công nghệ thấp hơn than, trấu "
        "rẻ; khảo sát sản lượng trấu, chọn quy mô, công nghệ cho dự án nhỏ (đã có dự án 10 MW ở An Giang, Tiền Giang).",
    ),
    (
        "oYo120",
        "en",
        "steemit",
        "Husk pellet plant integrated with rice mills",
        "Pellet-plant planning: husk sourced directly from mills for a steady feed, pre-drying, pelletising into dense "
        "uniform fuel for industrial boilers, heating and biomass power; reduces pollution from open burning and "
        "dumping.",
    ),
    (
        "oYo121",
        "vi",
        "memart_romtuoi",
        "Hướng dẫn ủ rơm tươi cho bò",
        "Rơm tươi chỉ có khoảng 3-4% đạm, tỷ lệ tiêu hóa dưới 40%; ủ với urê đưa đạm lên 7-8%, tỷ lệ tiêu hóa lên khoảng "
        "50-60%, sợi rơm mềm; hướng dẫn các cách ủ rơm tươi dễ làm, tận dụng phụ phẩm, giảm đốt đồng.",
    ),
    (
        "oYo122",
        "vi",
        "mytour",
        "Kinh nghiệm trồng nấm rơm: chọn meo, xử lý vôi, ủ đống",
        "Chọn bịch meo khoảng 120 g, tơ trắng đều, không đốm nâu, đen, vàng cam, không chua; pha 3 kg vôi/100 lít nước; "
        "chất đống ủ dài 4-8 m, rộng 1,5-2 m, cao 1,3-1,5 m, đảo sau 2-3 ngày; nhiệt đống ủ 60-70°C diệt nấm dại; ủ 10-12 "
        "ngày.",
    ),
    (
        "oYo123",
        "vi",
        "hoahoa",
        "Kỹ thuật trồng và chăm sóc nấm bào ngư trên rơm",
        "Ngâm rơm rạ, mùn cưa trong nước vôi loãng 15-20 phút, ủ 2 đợt (3-4 ngày rồi cắt 7-10 cm ủ tiếp 2-3 ngày), khử trùng "
        "hơi nước 100°C trong 3-4 giờ rồi đóng bịch cấy phôi; nhà trồng kín gió, ẩm nguyên liệu 60-65%, ẩm không khí 80-85%.",
    ),
    (
        "oYo124",
        "en",
        "du4",
        "Integrated farm model: spent mushroom straw back to the field",
        "Heifer-supported Mekong Delta farm model: after straw mushrooms are harvested, the fungus-softened straw is used "
        "as mulch, returned to rice fields or composted for vegetables, alongside cattle, fish and biogas.",
    ),
    (
        "oYo125",
        "en",
        "antropocene",
        "Volvariella growing guide: short composting and pasteurisation",
        "Substrate options (rice straw, banana leaves, cotton waste and other residues) are composted 3-4 days and "
        "pasteurised about 2 h at 60-65°C; spawn run at 31-35°C for 4-6 days and fruiting at 27-31°C; cotton waste gives "
        "30-45% biological efficiency.",
    ),
    (
        "oYo126",
        "en",
        "stfc",
        "Low-tech outdoor paddy straw mushroom beds",
        "Summary of cultivation know-how: the mushroom grows fast at 24-35°C and dies below about 7°C; after the rice "
        "harvest farmers pile straw into mounds and inoculate with commercial spawn; short composting with supplements, "
        "pasteurising and pH 7.5-8 raise yields.",
    ),
    (
        "oYo127",
        "en",
        "haksemill",
        "Rice husk gasification power at a rice mill (1.5 MW)",
        "Reference project in rural Cambodia (about USD 10 million): rice husk converted to gas drives two GE Waukesha "
        "engines giving about 1.5 MW; part powers the rice mill and the surplus is sold to the local grid.",
    ),
    # --- distractors: neighbouring fields sharing words ------------------------------------------------
    (
        "oYo128",
        "en",
        "vnplus_combine",
        "Credit-backed supply of combine harvesters",
        "Loans covering the full price of combines with over 60% Vietnamese components, interest subsidised 100% for two "
        "years and 50% in the third; each combine harvests at least 3 ha of rice a day at about 2 million VND/ha "
        "operating cost.",
    ),
    (
        "oYo129",
        "vi",
        "kienthuc_gat",
        "Máy gặt đập liên hợp và máy gặt rải hàng cho lúa",
        "Giới thiệu các mẫu máy thu hoạch lúa: máy gặt đập liên hợp GĐLH-154 năng suất 0,3 ha/giờ, hao hụt 1,75%; MGĐ-120 "
        "0,176 ha/giờ; máy Trung Quốc 4LZ-2.0 0,5-1,12 ha/giờ; danh sách cơ sở chế tạo, cung ứng.",
    ),
    (
        "oYo130",
        "en",
        "baobinhdinh",
        "Combine harvester field testing and benchmarking",
        "Annual national combine harvester contest organised with the agriculture ministry: machines judged on capacity, "
        "stability, shattering loss, paddy purity, fuel use and manoeuvrability; testing service for manufacturers.",
    ),
    (
        "oYo131",
        "en",
        "vietexplorer",
        "Combine harvesting service for rice fields",
        "Combine owners harvest a sao (360 m2) in 12-15 minutes for about VND 150,000 per sao, replacing family and hired "
        "labour at harvest.",
    ),
    (
        "oYo132",
        "en",
        "microcombine",
        "Lightweight mini combine harvester for soft soils",
        "Nong Lam University research on a Chinese-originated lightweight mini combine improved for soft or seemingly dry "
        "Mekong Delta soils where units above 1.2 t bog down, with an automation concept.",
    ),
    (
        "oYo133",
        "vi",
        "soctrang_say",
        "Hệ thống sấy lúa công suất 30-50 tấn/mẻ",
        "Dự án xây dựng mô hình hệ thống sấy lúa 30-50 tấn/mẻ cho vùng lúa hè thu mưa bão: thương lái sấy tại chỗ, giảm chi "
        "phí vận chuyển lúa tươi đi nơi khác, giữ chất lượng hạt.",
    ),
    (
        "oYo134",
        "vi",
        "camau_say",
        "Lò sấy lúa đốt than đá tự chế 1-1,2 tấn",
        "Lò sấy bồn chữ nhật khung sắt, sức chứa 1-1,2 tấn lúa/mẻ, bạt bao kín, đồng hồ nhiệt; lò đốt than đá nối ống dẫn "
        "hơi vào bồn sấy, quạt hút chạy bằng máy dầu D8.",
    ),
    (
        "oYo135",
        "vi",
        "quangtri_say",
        "Lò sấy lúa thủ công xây bằng gạch, tre",
        "Lò sấy gồm cửa lò, thân lò, mặt sạp tre phủ lưới sắt; chi phí khoảng 300.000 đồng, lò 4 m2 sấy 1 tấn lúa/ngày, hạt "
        "vẫn sáng đều.",
    ),
    (
        "oYo136",
        "vi",
        "say_nong_san",
        "Tài liệu phương pháp và thiết bị sấy nông sản",
        "Tài liệu tổng quan sấy tự nhiên và sấy nhân tạo: sấy đối lưu, bức xạ, tiếp xúc, thăng hoa, sấy năng lượng mặt trời "
        "trực tiếp và gián tiếp, ưu nhược điểm từng loại.",
    ),
    (
        "oYo137",
        "en",
        "hashnode",
        "Mixed-flow grain dryer market report",
        "Market overview and forecast to 2031 for mixed-flow dryers that dry corn, wheat and rice with hot air in a mixed "
        "flow pattern; competitive analysis of suppliers.",
    ),
    (
        "oYo138",
        "en",
        "esp32",
        "ESP32-based automatic rice dryer controller",
        "Open-source controller for rice drying: temperature and humidity sensing, solid-state relay control, buttons and "
        "potentiometers for input and a 20x4 LCD for real-time feedback.",
    ),
    (
        "oYo139",
        "vi",
        "docimexco",
        "Quy trình lau bóng gạo xuất khẩu",
        "Khảo sát quy trình lau bóng gạo tại một công ty lương thực ở Đồng Tháp: thiết bị, thông số vận hành và kiểm soát "
        "chất lượng gạo thành phẩm.",
    ),
    (
        "oYo140",
        "vi",
        "niptech",
        "Giải pháp công nghệ cho chuỗi giá trị lúa gạo",
        "Giải pháp cơ giới hóa đồng bộ và tổ chức chuỗi giá trị lúa gạo ĐBSCL, giảm hao hụt, nâng chất lượng gạo thơm xuất "
        "khẩu sang EU theo EVFTA.",
    ),
    (
        "oYo141",
        "vi",
        "memart_heo",
        "Công thức phối trộn cám gạo cho heo",
        "Hướng dẫn dùng cám gạo khô, cám ướt và cám trích ly trong khẩu phần heo theo từng giai đoạn, cách ép viên, ủ chua "
        "và chọn cám công nghiệp.",
    ),
    (
        "oYo142",
        "vi",
        "vinmec",
        "Tư vấn dinh dưỡng cám gạo cho người",
        "Cám gạo chiếm khoảng 10% trọng lượng hạt lúa nhưng chứa tới 60% dưỡng chất (vitamin nhóm B, E, chất béo không bão "
        "hòa); tư vấn dùng cám trong bữa ăn.",
    ),
    (
        "oYo143",
        "vi",
        "totnhumelam",
        "Dầu cám gạo đóng chai cho bếp gia đình",
        "Phân phối dầu cám gạo tinh luyện cho nấu ăn: 38% acid béo không bão hòa đơn, 37% đa, 25% bão hòa, khoảng 2% "
        "gamma-oryzanol; chiên xào ở nhiệt độ cao.",
    ),
    (
        "oYo144",
        "vi",
        "naucam",
        "Hướng dẫn nấu cám cho heo, gà",
        "Phối trộn và nấu cám từ cám gạo, ngô, rau, bã đậu, bột cá cho heo, gà, vịt nông hộ, tiết kiệm chi phí thức ăn.",
    ),
    (
        "oYo145",
        "vi",
        "khomay",
        "Thiết kế công thức thức ăn phối hợp cho vịt",
        "Phân loại thức ăn toàn giá, thức ăn đậm đặc, thức ăn trộn sẵn và cách lập khẩu phần hằng ngày cho vịt đẻ.",
    ),
    (
        "oYo146",
        "vi",
        "bongluavang",
        "Bổ sung urê trong khẩu phần bò và phòng ngộ độc",
        "Lưu ý liều lượng khi trộn urê vào thức ăn hỗn hợp, rỉ mật, bánh dinh dưỡng cho bò thịt, bò sữa; dấu hiệu và cách "
        "xử lý ngộ độc urê.",
    ),
    (
        "oYo147",
        "vi",
        "jsc34",
        "Gạch không nung xi măng cốt liệu (gạch block)",
        "Sản xuất gạch block từ xi măng, mạt đá, cát với độ nén, rung; đủ chủng loại cho tường, lát nền, kè; đáp ứng quy định "
        "dùng vật liệu xây không nung.",
    ),
    (
        "oYo148",
        "vi",
        "trobay",
        "Gạch không nung từ tro bay, tro xỉ nhiệt điện",
        "Nghiên cứu sản xuất gạch không nung dùng tro bay, tro xỉ của nhà máy nhiệt điện than, cường độ tương đương gạch "
        "đất nung.",
    ),
    (
        "oYo149",
        "vi",
        "vicem",
        "Dây chuyền sản xuất xi măng lò quay",
        "Tài liệu thực tập tại nhà máy xi măng: chuẩn bị nguyên liệu, nung clinker, nghiền xi măng, đóng bao, kiểm soát chất "
        "lượng.",
    ),
    (
        "oYo150",
        "en",
        "ac_springer",
        "Activated carbon from rice husk char",
        "Desilicated, zinc chloride activated husk char reaches 645 m2/g surface area (raw char 28, silica-removed 331 "
        "m2/g), made without inert gas; for dye and metal adsorption.",
    ),
    (
        "oYo151",
        "en",
        "ac_journals",
        "High-surface activated carbon from native rice husk",
        "Chemical activation with phosphoric acid gives rice husk activated carbon of about 427 m2/g and 85.67% carbon, "
        "better than zinc chloride; characterised by SEM, BET and EDS.",
    ),
    (
        "oYo152",
        "vi",
        "bong_phe",
        "Trồng nấm rơm trên bông phế liệu",
        "Kỹ thuật dùng bông phế liệu xé vụn, ngâm nước vôi 0,5%, ủ 3 ngày làm giá thể nấm rơm, năng suất khoảng 30 kg nấm "
        "tươi/100 kg bông khô.",
    ),
    (
        "oYo153",
        "en",
        "th4_mulch",
        "Rice straw and vetiver mulch for slope erosion control",
        "Mulching with rice straw (40-60 cm long) or vetiver grass leaves dried a week in the sun to protect slopes and "
        "soil surfaces from erosion.",
    ),
    (
        "oYo154",
        "vi",
        "baibang",
        "Phân hữu cơ vi sinh từ vỏ cây nguyên liệu giấy",
        "Nghiền vỏ cây nguyên liệu giấy dưới 0,2 mm, bổ sung 3% vôi, ẩm 28-30%, phối trộn men vi sinh, ủ rồi phối trộn chế "
        "phẩm đậm đặc để có phân hữu cơ vi sinh cho rau.",
    ),
    (
        "oYo155",
        "vi",
        "phanbon_vc",
        "Tư vấn thủ tục cấp phép sản xuất phân bón vô cơ",
        "Hướng dẫn điều kiện, hồ sơ xin giấy phép sản xuất phân bón vô cơ tại Bộ Công Thương: dây chuyền cơ giới hóa, phòng "
        "thử nghiệm, hợp đồng gia công.",
    ),
    (
        "oYo156",
        "en",
        "jefob",
        "Straw mushrooms for restaurants: culinary profile",
        "Guide to the paddy straw mushroom as an ingredient: mild, slightly nutty flavour, short shelf life, best picked "
        "at button stage, for stir-fries and soups.",
    ),
    (
        "oYo157",
        "vi",
        "tienphong",
        "Đề xuất đưa chỉ tiêu không đốt rơm vào tiêu chí nông thôn mới",
        "Kiến nghị chính sách: như Hồng Kông, Singapore, cần quy định cấm đốt ngoài trời (đốt rác, đốt rơm rạ) và đưa chỉ "
        "tiêu không đốt rơm vào bộ tiêu chí nông thôn mới.",
    ),
    (
        "oYo158",
        "en",
        "scirp",
        "Small combine harvesters for Bangladesh rice",
        "Study of small combine harvesters solving labour shortages at rice harvest in Bangladesh: field capacity, losses "
        "and cost compared with manual harvesting.",
    ),
]
