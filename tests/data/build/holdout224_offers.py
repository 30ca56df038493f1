"""Offers of the holdout224 set (dairy cows and milk): (id, language, source key, title, description)."""

OFFERS = [
    # --- breeds, breeding, reproduction ---
    (
        "qRo001",
        "vi",
        "lamdong_hf",
        "Chuyển giao bò cái lai hướng sữa F1, F2 (HF) thích nghi khí hậu nóng",
        "Nhóm nghiên cứu trường đại học nông nghiệp đã theo dõi bò HF thuần và bò lai F1 (1/2 HF), F2 (3/4 HF), F3 (7/8 HF): "
        "bò F1 có sức sinh sản tốt nhất, phối đậu lần đầu lúc khoảng 15,9 tháng tuổi, khoảng cách lứa đẻ 12-13 tháng. "
        "Máu HF càng cao thì sản lượng sữa càng tăng nhưng tỷ lệ mỡ sữa giảm. Nhận tư vấn chọn tỷ lệ máu lai và cung ứng bò cái lai cho nông hộ.",
    ),
    (
        "qRo002",
        "en",
        "crossbred_review",
        "Crossbreeding programme design for dairy herds under heat stress",
        "University animal science group advising farms on crossbreeding to exploit heterosis and carry heat-tolerance genes. "
        "Beyond body weight, body condition score and dry matter intake, the plan weighs 305-day lactation, lactation number, "
        "fertility rate and economic return when choosing the crossbred type for hot climates.",
    ),
    (
        "qRo003",
        "vi",
        "heatdetect_vn",
        "Dịch vụ phát hiện động dục và phối giống nhân tạo cho bò sữa",
        "Chu kỳ động dục của bò cái 19-21 ngày nhưng dấu hiệu chỉ thấy rõ trong 1-2 ngày nên nông hộ dễ bỏ sót. "
        "Đội kỹ thuật viên thụ tinh nhân tạo hướng dẫn quan sát, xác định thời điểm động dục chín muồi và phối tinh kịp thời, "
        "kèm các dụng cụ hỗ trợ phát hiện động dục cho đàn lớn.",
    ),
    (
        "qRo004",
        "en",
        "estrus_vn",
        "Hormone protocols for dairy cows and heifers with delayed oestrus",
        "A survey found 63.22% of heifers still not bred past 26 months and 40.99% of cows not returning to heat within 5 months of calving. "
        "Five protocols (PG, GnRH, PMSG, hCG, oestradiol benzoate, ear implant or Cue-Mate vaginal device) were tested; "
        "the ear-implant protocol gave 100% return to oestrus and 96% pregnancy in cows, at a higher cost. Field service offered to farms.",
    ),
    (
        "qRo005",
        "vi",
        "nongho_ch1",
        "Tư vấn chọn giống và quản lý giống bò sữa cho nông hộ",
        "Việt Nam không có giống bò sữa bản địa; tài liệu tập huấn giúp hộ chăn nuôi quyết định nên nuôi HF thuần hay bò lai, "
        "vai trò của Red Sindhi, Sahiwal trong cải tạo đàn, và so sánh nuôi một con 8.000 kg sữa/chu kỳ với hai con 4.000 kg. "
        "Kèm hướng dẫn ghi chép và quản lý giống tại hộ.",
    ),
    (
        "qRo006",
        "en",
        "genetics_vn",
        "Genetic evaluation service for crossbred Holstein x Lai Sind dairy cows",
        "Using records of 4,788 F1, F2 and F3 (HF x Lai Sind) cows born 1995-2005, the livestock genetics department estimated heritabilities "
        "of 0.30 for age at first calving, 0.32 for lactation milk yield and 0.34 for fat percentage, with a strong negative link between yield "
        "and fat. It offers sire and cow selection indexes for cooperative herds.",
    ),
    (
        "qRo007",
        "en",
        "heat_frontiers",
        "Heat-tolerant dairy genetics and heat-stress mitigation advisory for the tropics",
        "Review-based advisory from a livestock research consortium: heat stress lowers milk yield, dry matter intake and fat, protein and "
        "lactose content. The team helps identify heat-tolerant indicine and taurine breeds, estimate genetic parameters and combine breeding "
        "with cooling and feeding measures.",
    ),
    (
        "qRo008",
        "vi",
        "bolai",
        "Bò lai F1 Hà-Ấn hướng sữa cho nông hộ mới vào nghề",
        "Bò lai F1 giữa đực Holstein Friesian và bò cái lai Sind/Zebu: cái trưởng thành 350-400 kg, sản lượng bình quân khoảng 1.800 kg sữa "
        "mỗi chu kỳ 300 ngày, tỷ lệ mỡ 4%, cá biệt trên 3.000 kg nếu nuôi tốt. Cung cấp con giống và hướng dẫn nuôi dưỡng ban đầu.",
    ),
    (
        "qRo009",
        "en",
        "estrus_aids",
        "Oestrus detection aids and AI timing training for dairy herds",
        "Extension trainers explain how to spot the single day of standing heat, use tail paint, heat-mount detectors and records on larger herds, "
        "and time artificial insemination; in Vietnam dairy cows are bred almost entirely by AI, so correct timing drives calving interval and milk income.",
    ),
    (
        "qRo010",
        "vi",
        "semen_forms",
        "Cung ứng tinh bò đông lạnh dạng viên, dạng cọng và bình nitơ bảo quản",
        "Giới thiệu các dạng tinh: tinh tươi dùng trong 2-4 ngày ở tủ lạnh, tinh đông viên 40-50 triệu tinh trùng mỗi viên, sau giải đông hoạt lực "
        "tối thiểu 30%, bảo quản trong nitơ lỏng -196 độ C được hàng chục năm. Bán tinh và bình chứa cho trạm phối giống.",
    ),
    (
        "qRo011",
        "en",
        "semen_collect",
        "Training AI centres in bull semen collection with an artificial vagina",
        "Course for bull studs on collecting semen with a disinfected artificial vagina and a mounting dummy or teaser, avoiding the contamination "
        "and low concentration of older massage methods, then diluting and freezing the semen.",
    ),
    (
        "qRo012",
        "vi",
        "murrah",
        "Giống trâu Murrah hướng sữa",
        "Trâu Murrah gốc Ấn Độ cho tới 3.000 lít sữa/năm, trâu đực 650-730 kg, nghé sơ sinh khoảng 30 kg, chịu nóng kém hơn trâu đầm lầy. "
        "Cung cấp trâu giống cho hộ muốn nuôi trâu lấy sữa.",
    ),
    (
        "qRo013",
        "en",
        "wagyu",
        "F1 Wagyu x Holstein crossbred calves for premium beef",
        "Cattle research centre results on F1 Wagyu x Holstein calves: growth, carcass yield and meat quality under Vietnamese conditions, "
        "offered to farms that want to fatten dairy-bred calves for high-value beef.",
    ),
    (
        "qRo014",
        "vi",
        "beef_angus",
        "Vỗ béo bê lai Red Angus x Lai Sind",
        "Thí nghiệm 90 ngày vỗ béo: bê lai 1/2 Red Angus tăng 0,965 kg/con/ngày so với 0,663 kg ở bê Lai Sind, khẩu phần cỏ ghinê tươi, "
        "rơm, bột sắn, hạt bông, urê. Chuyển giao quy trình vỗ béo bò thịt.",
    ),
    (
        "qRo015",
        "en",
        "embryo",
        "Bovine embryo transfer service",
        "Embryo transfer lets elite cows produce many more calves, the female counterpart of artificial insemination; the supplier sells "
        "embryos and performs transfers into recipient cows.",
    ),
    # --- heat stress and housing ---
    (
        "qRo016",
        "vi",
        "cooling_israel",
        "Hệ thống làm mát bò sữa bằng phun nước kết hợp quạt công suất lớn",
        "Giải pháp theo kinh nghiệm I-xra-en: vòi phun áp suất thấp làm ướt lưng bò khoảng 30 giây rồi quạt mạnh 4,5 phút, lặp lại theo chu kỳ "
        "30-45 phút, nghỉ 2,5-3 giờ. Lắp tại khu chờ vắt sữa và dãy máng ăn, giúp bò cao sản không bị sốt nóng trong mùa hè.",
    ),
    (
        "qRo017",
        "en",
        "vcn_fans",
        "Barn fan ventilation design for cooling dairy cows",
        "Extension specialists size and place mechanical fans in low, open-sided dairy barns: heat stress cuts dry matter intake, milk and "
        "conception, raises lameness and costs the US dairy sector about 900 million USD a year; fans are matched to barn layout and humidity.",
    ),
    (
        "qRo018",
        "vi",
        "vl_heat",
        "Gói hướng dẫn phòng stress nhiệt cho gia súc: nước uống, bóng mát, phun nước",
        "Theo dõi nhịp thở: dưới 90 lần/phút là bình thường, trên 2,1 nhịp/giây là stress nhiệt khẩn cấp. Bố trí đủ nước (gia súc uống hơn 9 lít "
        "trên 50 kg thể trọng khi nóng), 6-12 m2 bóng mát mỗi con, tưới ướt thân bằng vòi thay vì phun sương.",
    ),
    (
        "qRo019",
        "en",
        "stress_hcm",
        "THI monitoring kit with rectal temperature and vaginal sensors for heat stress",
        "For smallholder barns with roofs only about 3 m high, where humidity stays high even at night, the kit logs the temperature-humidity "
        "index, records rectal temperature and can use a vaginal temperature chip, warning before intake falls 10-12% and milk and fertility drop.",
    ),
    (
        "qRo020",
        "vi",
        "heat_bavi",
        "Nghiên cứu đánh giá stress nhiệt trên bò lai F1, F2 mùa hè",
        "Đề tài thạc sĩ theo dõi chỉ tiêu sinh lý, lượng thức ăn thu nhận, năng suất và chất lượng sữa của bò lai F1, F2 nuôi tại Ba Vì trong mùa hè; "
        "nhóm tác giả nhận khảo sát tương tự tại trang trại.",
    ),
    (
        "qRo021",
        "vi",
        "cooling_israel",
        "Làm mát bò cạn sữa và bò đang vắt sữa tại khu chờ và khoang ăn",
        "Bố trí hệ thống làm ướt và thổi gió cho cả bò cạn sữa lẫn bò đang cho sữa; thí nghiệm tại trại thương phẩm cho thấy làm mát bò cạn "
        "trong mùa hè cải thiện chu kỳ sữa kế tiếp. Thiết kế, lắp đặt vòi phun và quạt theo chuồng.",
    ),
    # --- feeding: TMR, by-products, straw ---
    (
        "qRo022",
        "vi",
        "tmr_camnang",
        "Tập huấn ứng dụng khẩu phần TMR cho chăn nuôi bò sữa",
        "Trung tâm khuyến nông biên soạn cẩm nang TMR (2015): đặc điểm tiêu hóa của bò, nhu cầu năng lượng, đạm, khoáng, nước, các loại thức ăn "
        "thô, củ quả, tinh, phụ phẩm công nghiệp và cách phối trộn hỗn hợp tổng số thay cho cho ăn riêng lẻ. Tổ chức lớp tập huấn tại xã.",
    ),
    (
        "qRo023",
        "en",
        "tmr_lamdong",
        "On-farm TMR feeding trial results and TMR adoption support",
        "Institute trial with 18 Holstein Friesian cows of 540-560 kg over 84 days: at equal energy (2,630 kcal) and 16% crude protein, TMR-fed cows "
        "gave 24.5 vs 21.7, 22.3 vs 19.9 and 20.7 vs 19.1 kg milk/day compared with separate feeding, with similar fat and SNF. Helps farms set up TMR.",
    ),
    (
        "qRo024",
        "vi",
        "tmr_nhachannuoi",
        "Mô hình sản xuất thức ăn TMR tập trung cung cấp cho hộ nuôi bò sữa",
        "Khoảng 65% dưỡng chất của bò sữa đến từ lên men dạ cỏ; cho ăn tinh trộn nước rồi mới cho ăn thô làm xáo trộn dạ cỏ. Mô hình xưởng trộn TMR "
        "đồng nhất, giao tận hộ, giúp ổn định dạ cỏ và nâng chất lượng sữa.",
    ),
    (
        "qRo025",
        "en",
        "tmr_ngsua",
        "TMR mixer operation and ration balancing consultancy",
        "Consultant support on mixing time, particle size and nutrient balance in the TMR wagon: mix long enough to blend, not so long that hay, "
        "silage or straw fibre gets too short; covers true TMR versus partial mixed rations with top-dressing.",
    ),
    (
        "qRo026",
        "vi",
        "tmr_dairytimes",
        "Phối trộn phụ phẩm ướt (bã bia, bã sắn) vào khẩu phần TMR",
        "Hướng dẫn đưa phụ phẩm ướt như bã bia, bã tinh bột sắn và thức ăn thô chất lượng thấp vào TMR để giảm chi phí; giữ vật chất khô của TMR "
        "khoảng 50-60%, ước tính lượng ăn vào theo khối lượng cơ thể và sản lượng sữa.",
    ),
    (
        "qRo027",
        "vi",
        "tmr_wasi",
        "Tư vấn khẩu phần hỗn hợp hoàn chỉnh tận dụng phụ phẩm nông nghiệp cho bò",
        "Viện khoa học nông nghiệp tư vấn TMR kết hợp cỏ xanh, cỏ ủ, thức ăn hạt, phụ phẩm nông công nghiệp, khoáng, vitamin: bò không lựa chọn được "
        "thức ăn, tỷ lệ tiêu hóa cao hơn, dễ phát hiện vấn đề khẩu phần qua biến động sản lượng sữa.",
    ),
    (
        "qRo028",
        "en",
        "tmr_review",
        "Evidence review: TMR effects on milk yield and reproduction",
        "University review service summarising how TMR feeding affects body weight, feed intake, feed efficiency, milk yield and composition and "
        "reproductive performance of lactating cows, and how it eases feed shortage, wastage and labour.",
    ),
    (
        "qRo029",
        "vi",
        "urea_vnua",
        "Tiến bộ kỹ thuật xử lý rơm tươi bằng urê làm thức ăn cho trâu bò",
        "Tiến bộ kỹ thuật được Bộ NN&PTNT công nhận năm 2013: kiềm hóa rơm tươi bằng urê ngay sau thu hoạch, không phải phơi, rơm không mốc, "
        "không tổn thất chất hữu cơ, tăng đạm thô và tỷ lệ tiêu hóa. Khoa chăn nuôi chuyển giao quy trình.",
    ),
    (
        "qRo030",
        "en",
        "urea_paper",
        "Urea-treated fresh rice straw for cattle: preservation and feeding",
        "Fresh straw ensiled with 1.5% urea kept without mould, pH above 8, higher crude protein and lower NDF; cattle gained 357 g/day versus "
        "209 g/day on untreated dry straw. Molasses-only silage moulded on top. Technique transferred to livestock farms.",
    ),
    (
        "qRo031",
        "vi",
        "marphavet",
        "Công thức ủ rơm khô với urê và vôi cho bò sữa",
        "100 kg rơm khô + 4 kg urê + 70-100 lít nước, hoặc thêm 0,5 kg vôi tôi; khi urê đắt dùng 2,5 kg urê + 2-3 kg vôi. Ủ trong hố có ít nhất "
        "hai vách hoặc trong bao nilon lồng bao tải (10-12 bao cho 100 kg rơm). Cung cấp hướng dẫn và chế phẩm.",
    ),
    (
        "qRo032",
        "en",
        "dairyasia_dry",
        "Dry-season feeding strategy for smallholder dairy farmers",
        "Regional dairy network guidance: in the dry season, which can last up to six months, smallholders sell 35-60% less milk. "
        "Package of forage conservation, crop residue use and supplementation to keep cows milking through the lean months.",
    ),
    (
        "qRo033",
        "vi",
        "pineapple_beef",
        "Bổ sung urê cho bò thịt ăn bã dứa ủ chua",
        "Thí nghiệm trên 20 bò Brahman 131 kg: thay 40% cỏ voi bằng bã dứa ủ chua, bổ sung 1-3% urê tăng khối lượng thêm 60-162 g/con/ngày, "
        "3% urê cho chi phí thức ăn/kg tăng trọng thấp nhất. Áp dụng cho vỗ béo bò thịt.",
    ),
    (
        "qRo034",
        "en",
        "groundnut_beef",
        "Ensiled groundnut haulm in beef cattle rations",
        "Farm trial with 12 Lai Sind bulls aged 18-21 months: groundnut haulm silage with 0.5% salt and 6% maize meal gave 0.55 kg/day gain, "
        "the best margin among three recipes. Recipe offered to beef fatteners.",
    ),
    (
        "qRo035",
        "vi",
        "benison_tmr",
        "Lập công thức thức ăn tinh cân đối cho khẩu phần nhiều phụ phẩm cây trồng",
        "Với hộ nuôi bò dựa vào rơm rạ, thức ăn tinh phải tính theo loại và chất lượng thức ăn thô, sản lượng và mỡ sữa, giai đoạn cho sữa, "
        "điểm thể trạng và khối lượng bò. Dịch vụ lập công thức và trộn TMR có cỏ ủ.",
    ),
    # --- silage and forage grass ---
    (
        "qRo036",
        "vi",
        "silage_bag",
        "Ủ chua bắp cây trong bao Jumbo cho trang trại bò sữa vừa và nhỏ",
        "500 kg bắp cây thái nhỏ trộn 250 g men Silo Guard II, chia 4 lớp vào bao Jumbo (túi nilon trong bao cứng), nén chặt, buộc kín. "
        "Sau 20 ngày mở cho ăn trong 1-2 tuần; bảo quản được 3-6 tháng. Không cần xe nén, chỉ cần máy thái; nhận hướng dẫn và cung cấp men.",
    ),
    (
        "qRo037",
        "vi",
        "silage_ngo",
        "Quy trình ủ chua thân ngô tươi và thân ngô khô làm thức ăn cho bò",
        "Quy trình của giảng viên đại học nông lâm: thân ngô tươi cắt 2-3 cm trộn 0,5% muối hoặc 5% rỉ mật, cho vào bao 10-30 kg, hút hết không khí "
        "(có thể tận dụng máy vắt sữa); thân ngô khô cắt 3-5 cm, thêm 5% ngô xay hoặc rỉ đường, bao 4-5 kg, kê cách đất 20 cm.",
    ),
    (
        "qRo038",
        "en",
        "silage_khcn",
        "Pit and bunker maize silage with molasses for cattle farms",
        "Wilt cut maize about half a day, chop to 3-5 cm, fill the pit or twin-wall bunker in 40-60 cm layers, roll each layer with a tractor, "
        "add about 5 litres of molasses per tonne because tropical forages lack sugar, then seal with dark plastic weighted by tyres.",
    ),
    (
        "qRo039",
        "vi",
        "silage_fao",
        "Hướng dẫn ủ chua thức ăn xanh cho nông hộ nhỏ không có máy lớn",
        "Theo tài liệu của FAO: thức ăn xanh cắt sớm, chỉ cần khoảng 30% chất khô là ủ được, không phụ thuộc trời nắng như làm cỏ khô; ủ kín không "
        "khí để vi khuẩn lactic lên men, giữ được tới 3 năm. Phương pháp ủ trong túi cho hộ có một vài con bò sữa.",
    ),
    (
        "qRo040",
        "en",
        "silage_kenya",
        "Whole-plant maize silage: harvest stage, cutting height and chop length",
        "Harvest maize for silage at wax ripening, about 3-4 weeks after the black layer appears on the first grains, when the plant holds 30-35% "
        "dry matter; cut 10-12 cm above ground and chop to 1-3 cm. Advisory for contract growers and dairy farms.",
    ),
    (
        "qRo041",
        "en",
        "silage_ecosyl",
        "Silage inoculant and clamp management to cut maize silage losses",
        "Forage specialists note that about one trailer load in ten of ensiled maize dry matter is lost to yeasts, moulds and unwanted bacteria, "
        "and this can double with poor practice. Harvest at 30-33% dry matter with green leaves, use an inoculant, compact and seal fast.",
    ),
    (
        "qRo042",
        "vi",
        "silage_dna",
        "Kỹ thuật ủ cỏ voi cho bò (ủ chua, ủ xanh)",
        "Tạo điều kiện yếm khí để vi sinh vật chuyển đường thành axit lactic, hạ pH thức ăn xuống 4-4,5, giữ cỏ ổn định quanh năm; "
        "hướng dẫn tránh cỏ ủ bị mốc, nguy hiểm cho trâu bò. Cung cấp túi ủ và chế phẩm.",
    ),
    (
        "qRo043",
        "vi",
        "chopper",
        "Máy băm cỏ và quy trình băm cỏ ủ chua cho bò",
        "Bán máy băm cỏ voi, thân ngô kèm quy trình ủ: túi nilon dày không thủng, hố hoặc bể xi măng nơi cao ráo, 1 m3 chứa 800-1.000 kg cỏ "
        "hoặc ngô tùy độ nén. Cỏ ủ thơm, hơi chua, không thay hoàn toàn cỏ tươi để tránh tiêu chảy.",
    ),
    (
        "qRo044",
        "vi",
        "va06_hatay",
        "Cung cấp hom giống cỏ VA06 năng suất cao cho bò sữa",
        "Cỏ VA06 lai giữa cỏ voi và cỏ đuôi sói, trên bãi phù sa cho 6-8 lứa/năm, 500-1.300 tấn/ha/năm, nơi thâm canh tới 1.500-2.000 tấn; "
        "lứa cắt 40-45 ngày. Trung tâm khuyến nông cung ứng hom giống và hướng dẫn kỹ thuật trồng.",
    ),
    (
        "qRo045",
        "en",
        "va06_vl",
        "VA06 forage grass adapted to Mekong raised beds: trial-based planting package",
        "Provincial extension trials since 2007 in four communes compared VA06 with elephant grass, sweet grass and guinea grass: VA06 grew taller, "
        "tillered more, was preferred by cattle and tolerated drought but not waterlogging, suiting raised beds and dikes. Planting material and guidance.",
    ),
    (
        "qRo046",
        "vi",
        "mombasa",
        "Hạt giống cỏ Mombasa (Guinea) trồng bằng hạt",
        "Cỏ Mombasa dòng Guinea từ Thái Lan, đẻ nhánh nhanh, 12-15 tấn tươi/1.000 m2/năm, protein 8-12%, chịu hạn, trồng được trên đất cát pha, "
        "đất sét. Gieo 6-8 kg hạt/ha (ươm cây con 2 kg/ha), cắt lứa đầu khoảng 60 ngày sau gieo.",
    ),
    (
        "qRo047",
        "en",
        "mulato",
        "Mulato II and Mulato III Brachiaria hybrid grass seed",
        "Seed-sown Brachiaria hybrids: in trials both reached full ground cover in 70-77 days and yielded about 212-221 t green matter/ha/year, "
        "with 9.9-10.1% crude protein, outyielding guinea grass when irrigated in the dry season.",
    ),
    (
        "qRo048",
        "en",
        "napier_frontiers",
        "Napier grass management for higher yield and nutritive value",
        "Researchers show current Napier averages 26 t DM/ha/year with low protein; planting denser (50 x 40 cm) and harvesting 11-12 times a year "
        "can give about 71 t DM/ha with 135 g/kg crude protein and 10.8 MJ ME/kg. Advisory for dairy smallholders.",
    ),
    (
        "qRo049",
        "en",
        "napier_srilanka",
        "Napier hybrid cultivars CO-5 and Sampoorna: planting material and harvest interval advice",
        "Pasture research division tested CO-5 and Sampoorna cut at 4, 6, 8, 10 and 12 weeks: dry matter rises almost linearly with interval while "
        "crude protein falls, guiding the best cutting age. Cuttings supplied to dairy farmers.",
    ),
    (
        "qRo050",
        "vi",
        "napier_farmsphere",
        "Tư vấn thu hoạch cỏ voi đúng độ cao cho bò sữa năng suất cao",
        "Cỏ voi có thể đạt 150 tấn/ha/năm; với bò cao sản nên cắt khi cây cao khoảng 42 cm, 30 ngày một lứa. Thí nghiệm cho thấy bò ăn cỏ cắt lúc "
        "cao 1 m cho sữa nhiều hơn bò ăn cỏ cao 1,5 m.",
    ),
    (
        "qRo051",
        "en",
        "silage_nz",
        "Feeding out maize silage: stack face management",
        "Dairy advisers plan stack size so the face is crossed in no more than three days, taking about half a metre per feed, open the end away "
        "from the prevailing wind and cut from top to bottom to keep air out and limit spoilage.",
    ),
    (
        "qRo052",
        "en",
        "sgg_vnm",
        "Corn and straw supply contracts with a large dairy farm",
        "A 685 ha corporate dairy farm linked with nearly 100 households to buy straw, sawdust, rice husk and contract-grown corn as cattle feed "
        "and bedding, planning expansion to an 8,000-cow second farm.",
    ),
    # --- milking machines and milk hygiene ---
    (
        "qRo053",
        "vi",
        "milking_zaidap",
        "Máy vắt sữa di động trên bánh xe cho nông hộ",
        "Máy vắt riêng từng con, sữa mỗi con vào một bình chứa, di chuyển trên bánh xe tới từng chuồng, sau đó đổ chung vào bồn lạnh. "
        "Phù hợp hộ nuôi quy mô nhỏ đang vắt tay; lắp đặt, hướng dẫn sử dụng và bảo trì.",
    ),
    (
        "qRo054",
        "en",
        "portable_milker",
        "Portable milking unit with its own vacuum pump, regulator and pulsator",
        "Frame-mounted milker running on mains, a generator or an engine, with vacuum gauge, regulator and pneumatic pulsator whose rate depends on "
        "vacuum level. Supplier sets vacuum and pulsation, replaces liners, gaskets and tubes and warns never to overfill the bucket into the vacuum tank.",
    ),
    (
        "qRo055",
        "en",
        "bucket_milker",
        "Bucket milkers for small dairy farms: supply and spare parts",
        "DeLaval-style floor bucket milkers with lid-mounted pulsator and Surge-style belly milkers are still used on small farms; the supplier "
        "advises buying only these proven styles and stocks replacement liners, claws and pulsators.",
    ),
    (
        "qRo056",
        "vi",
        "handmilk",
        "Tập huấn quy trình vắt sữa sạch cho hộ nuôi bò",
        "Dọn chuồng không làm tung bụi, cố định đuôi bò, lau bầu vú bằng khăn nhúng nước ấm 40-42 độ C (có thể pha iốt 1-2%), lau khô bằng khăn giấy "
        "dùng một lần, xoa bóp kích thích, vắt bỏ tia đầu vào ca riêng, kiểm tra viêm vú rồi vắt chéo hai núm cùng lúc.",
    ),
    (
        "qRo057",
        "vi",
        "ghtsx",
        "Tư vấn thực hành tốt sản xuất sữa tại trang trại",
        "Chương trình thực hành tốt: nhận diện và ghi chép từng cá thể bò từ khi sinh tới loại thải, vắt sữa không làm tổn thương bò, tránh nhiễm "
        "hóa chất, vắt trong điều kiện vệ sinh, bảo quản và vận chuyển sữa ngay sau khi vắt.",
    ),
    (
        "qRo058",
        "en",
        "udder_prep",
        "Pre-milking udder preparation protocol: predip and paper-towel drying",
        "Trial-based protocol: iodophor, sodium hypochlorite or DDBSA predips all cut total bacteria in milk; drying each teat with a paper towel "
        "lowers counts further, while drying time and towel type matter little. Training for milkers.",
    ),
    (
        "qRo059",
        "vi",
        "milkstone",
        "Chương trình vệ sinh thiết bị vắt sữa và xử lý cặn sữa (milkstone)",
        "Cốc vắt, đường ống, bình chứa và bồn là nguồn vi sinh chính trong sữa tươi; rửa kém lâu ngày tạo lớp cặn khoáng bảo vệ vi khuẩn chịu nhiệt "
        "không bị thanh trùng diệt. Cung cấp hóa chất kiềm, axit và quy trình rửa sau mỗi lần vắt.",
    ),
    (
        "qRo060",
        "vi",
        "flvn",
        "Quy trình kiểm tra tia sữa đầu bằng khay 4 ngăn và dùng can nhôm, inox chuyên dụng",
        "Bò được tắm, lau bầu vú bằng khăn sạch dùng một lần, kiểm tra 4 tia sữa đầu trong khay 4 ngăn; bò bất thường được cách ly, vắt riêng, "
        "sữa không giao. Sữa chứa trong can nhôm hoặc inox 20-50 lít để dễ vệ sinh, giảm tổng tạp trùng.",
    ),
    (
        "qRo061",
        "en",
        "vigyan",
        "Clean and hygienic milk production training",
        "Course for dairy farmers on keeping milk safe from production through handling and sale: milk is an ideal medium for bacteria, and milk "
        "contaminated on the farm can spread disease, so animals, milkers, utensils and surroundings must be kept clean.",
    ),
    (
        "qRo062",
        "vi",
        "milking_ch5",
        "Tư vấn số lần vắt sữa trong ngày theo năng suất bò",
        "Bò dưới 13 kg/ngày vắt 2 lần không ảnh hưởng; bò 15-25 kg/ngày cần rút ngắn khoảng cách vắt; vắt 3 lần/ngày tăng 15-20% sản lượng so với 2 lần. "
        "Khoảng cách 10-14 giờ chỉ giảm 0-1% sữa; 8-16 giờ giảm 1-3%.",
    ),
    (
        "qRo063",
        "vi",
        "goat_milker",
        "Máy vắt sữa dê hai cốc",
        "Máy vắt cho dê gồm bình chứa có nắp, bộ tạo nhịp, hai cốc vắt silicon và ống chân không, mô phỏng động tác bú. Bán cho trại dê sữa.",
    ),
    (
        "qRo064",
        "en",
        "milking_zaidap",
        "Herringbone milking parlour for batches of 10-12 cows",
        "Cows enter a separate parlour and stand in two mirrored rows; the milker attaches clusters and milk flows by pipeline, optionally through "
        "automatic yield meters, into the cooling tank. Design and installation for farms moving beyond bucket milking.",
    ),
    # --- milk collection, cooling, testing ---
    (
        "qRo065",
        "vi",
        "mocchau",
        "Thiết kế mạng lưới trạm thu mua sữa tươi gần hộ chăn nuôi",
        "Mô hình công ty giống bò sữa: 23 trạm thu mua sáng chiều, mỗi trạm phục vụ 50-80 hộ trong bán kính khoảng 1 km; sữa 35-37 độ C được hạ "
        "xuống 2-4 độ C, thử nhanh độ tươi, lấy mẫu kiểm tra chất khô, chất béo, vi sinh rồi chở về nhà máy bằng xe chuyên dụng.",
    ),
    (
        "qRo066",
        "vi",
        "fao_mcc",
        "Hướng dẫn kỹ thuật và đầu tư trung tâm làm lạnh sữa",
        "Dựa trên hướng dẫn kỹ thuật và đầu tư trung tâm làm lạnh sữa của FAO (2016): chọn địa điểm, công suất, thiết bị làm lạnh, nguồn điện, "
        "quy trình tiếp nhận và vệ sinh, tính toán hiệu quả đầu tư cho hợp tác xã.",
    ),
    (
        "qRo067",
        "en",
        "solar_kenya",
        "Solar-powered milk cooler with smart ice maker for small farmers",
        "A 160-litre DC refrigerator turned into an ice maker producing up to 13 kg ice a day, with 25 reusable 2 kg ice containers and two 30-litre "
        "insulated cans, powered by 600 Wp of PV and about 1.5 kWh of batteries; aimed at farmers producing 5-30 litres a day.",
    ),
    (
        "qRo068",
        "en",
        "simply_solar",
        "Battery-less solar milk chiller for 40 litres a day",
        "Converted solar freezer that stores energy as ice and cools about 20 litres in the morning and 20 in the evening to 4 °C within 2.4 hours, "
        "with a controller that prevents freezing and routes surplus energy to hot water for cleaning cans.",
    ),
    (
        "qRo069",
        "vi",
        "desley",
        "Bồn làm lạnh sữa kiểu giãn nở trực tiếp và kiểu ngân hàng đá",
        "Bồn giãn nở trực tiếp loại hở 250-3.500 lít, loại kín 1.000-25.000 lít, làm lạnh nhanh; bồn ngân hàng đá dùng nước đá làm chất trung gian, "
        "hạ nhiệt nhanh và tốn ít điện. Bảo quản sữa ở 3-4 độ C; cung cấp và lắp đặt.",
    ),
    (
        "qRo070",
        "en",
        "hagra",
        "Stainless-steel bulk milk cooling tanks",
        "Double-walled tanks insulated with polyurethane foam keep milk at 4 °C; after a power cut at 30 °C outside the milk warms only about 1 °C in "
        "24 hours. Each tank has an agitator, a manhole for cleaning, a thermometer and a tilted inner tank draining to a 2-inch outlet.",
    ),
    (
        "qRo071",
        "vi",
        "agcenture",
        "Máy làm lạnh sữa giá rẻ cho hộ và hợp tác xã",
        "Sữa hư hỏng gây thất thoát lớn (một hạt tại Kenya mất 32% năm 2018 và 15% năm 2019). Máy làm lạnh đưa sữa tươi xuống dưới 4 độ C trong 3-4 giờ "
        "sau vắt, giúp gom sữa bán một lần, thương lượng giá tốt hơn; có loại cho hộ một hai con bò.",
    ),
    (
        "qRo072",
        "vi",
        "milkanalyser",
        "Máy phân tích thành phần sữa tại điểm thu mua",
        "Máy siêu âm hoặc hồng ngoại đo chất béo, đạm, lactose, chất khô không mỡ (SNF), tỷ trọng, điểm đông (phát hiện pha nước), pH và độ dẫn điện "
        "(gợi ý viêm vú). Dùng để trả tiền theo chất lượng; cần hiệu chuẩn định kỳ.",
    ),
    (
        "qRo073",
        "en",
        "unisensor",
        "Rapid antibiotic residue test kits for farm and tanker milk",
        "Dipstick screening tests give real-time yes/no answers on residues above maximum limits: a four-class kit detects beta-lactams, tetracyclines, "
        "streptomycin and chloramphenicol together, a narrow kit only beta-lactams.",
    ),
    (
        "qRo074",
        "vi",
        "labtek",
        "Bộ kit kiểm tra tồn dư kháng sinh trong sữa tại trại",
        "Cung cấp kit test nhanh và kit phổ rộng (Delvotest, Betastar, Auroflow...) để kiểm tra từng con bò sau điều trị và từng xe sữa, "
        "bảo đảm sữa không vượt mức dư lượng tối đa trước khi giao.",
    ),
    (
        "qRo075",
        "en",
        "app_harry",
        "Android app linking milk collectors and farmers",
        "Open-source mobile app: the collector records litres delivered by each farmer per day and payment records, updates the farmer list in "
        "real time, and farmers view their own deliveries and payments.",
    ),
    (
        "qRo076",
        "en",
        "app_harsh",
        "Dairy cooperative management app with SNF-based milk pricing",
        "App built for a dairy client: milk collection and sale entries, cattle feed entries, member registration, SNF options for pricing "
        "and import/export of the database as CSV.",
    ),
    (
        "qRo077",
        "vi",
        "lamdong_plant",
        "Liên kết nhà máy sữa với hộ chăn nuôi qua trạm thu mua, sơ chế",
        "Nhà máy sữa công suất 20 triệu lít/năm đặt ngay vùng nguyên liệu để rút ngắn thời gian vận chuyển, ưu tiên hợp đồng liên kết với nông dân; "
        "địa phương đã có hơn 100 trạm thu mua, sơ chế. Tiếp nhận hợp tác xã mới vào chuỗi.",
    ),
    (
        "qRo078",
        "en",
        "coimbatore",
        "Automatic milk testing equipment for village collection societies",
        "A district milk union equipped 191 automatic testing units (about Rs 1.07 crore, 60% subsidy) so farmers get an instant receipt for "
        "quantity, quality and price per litre; bonuses are paid for steady fat and SNF levels.",
    ),
    (
        "qRo079",
        "en",
        "indiadairy_mini",
        "Mini dairy plant for remote milk-producing areas",
        "Turnkey small plant: farmers' cans are weighed full and empty on a platform scale, sampled for fat and SNF, paid on a two-axis price, and the "
        "milk goes into a bulk milk cooler before processing into local products.",
    ),
    (
        "qRo080",
        "vi",
        "babavi",
        "Dịch vụ kiểm nghiệm chất lượng và vi sinh sữa tươi tại trạm thu gom",
        "Khoa thú y học viện nông nghiệp đã kiểm 100 mẫu ở trạm thu gom: 95% đạt cảm quan, 98% âm tính với cồn 75 độ; trong 60 mẫu, 23,33% vượt "
        "tổng vi khuẩn hiếu khí, 8,33% E. coli, 6,67% Staphylococcus aureus. Nhận phân tích mẫu cho hợp tác xã.",
    ),
    (
        "qRo081",
        "vi",
        "milktesting",
        "Đào tạo kỹ thuật kiểm tra sữa tại trạm thu mua",
        "Khóa học: đo béo theo Gerber, Babcock; SNF bằng tỷ trọng kế; độ chua, pH, thử cồn, thử đun sôi; xanh methylen, resazurin; đếm tế bào soma; "
        "phát hiện chất pha trộn; sử dụng máy Milko-tester, Lactoscan và bộ thu mua sữa tự động.",
    ),
    (
        "qRo082",
        "vi",
        "uht_plant",
        "Thiết kế phân xưởng sữa tươi tiệt trùng 50 tấn/ngày",
        "Đồ án thiết kế nhà máy sữa tươi tiệt trùng không đường công suất 50 tấn/ngày: lập luận kinh tế, chọn địa điểm, dây chuyền UHT và rót vô trùng.",
    ),
    (
        "qRo083",
        "en",
        "sgn_plant",
        "Large dairy plant offering guaranteed purchase of farmers' fresh milk",
        "A 163-billion-dong milk plant processing 20-25 million litres of fresh and drinking yoghurt a year (30,000 litres/day) promises collection "
        "stations and purchase of all farmers' milk at a fair price.",
    ),
    (
        "qRo084",
        "en",
        "india_blog",
        "Three-tier village dairy cooperative model",
        "Village societies collect milk and pay on fat, lactometer reading and volume; chilling centres cool milk where villages are far away; "
        "district plants pasteurise, standardise and make butter, ghee, curd and powder, under a state federation.",
    ),
    # --- mastitis and herd health ---
    (
        "qRo085",
        "vi",
        "mastitis_camnang",
        "Cẩm nang và tập huấn phòng, điều trị viêm vú bò sữa",
        "Trung tâm khuyến nông biên soạn cẩm nang hỏi đáp giúp hộ chẩn đoán đúng và điều trị viêm vú; khảo sát cho thấy tỷ lệ viêm vú tiềm ẩn "
        "khá cao trong đàn khoảng 58.300 con của thành phố. Tập huấn chẩn đoán, phác đồ điều trị và phòng bệnh.",
    ),
    (
        "qRo086",
        "vi",
        "mastitis_th",
        "Phân lập vi khuẩn gây viêm vú và làm kháng sinh đồ",
        "Phòng thí nghiệm phân lập năm nhóm vi khuẩn từ sữa bò viêm vú (E. coli 34,3%, Staphylococcus 24,7%, Streptococcus 13%, Coliform, Bacillus); "
        "90-100% chủng mẫn cảm với amoxicillin, florfenicol, ceftiofur. Nhận mẫu và tư vấn chọn kháng sinh.",
    ),
    (
        "qRo087",
        "en",
        "mastitis_cantho",
        "Mastitis risk-factor assessment for cooperative dairy herds",
        "University veterinary department assessed risk factors for mastitis in a Mekong dairy cooperative during 2013 (housing, milking, hygiene, "
        "cow factors) and offers the same herd audit to other cooperatives.",
    ),
    (
        "qRo088",
        "en",
        "scc_plan",
        "Cow-by-cow subclinical mastitis action plan using SCC records",
        "Mastitis costs about 200 USD per cow a year; for every clinical case there are 15-40 subclinical ones causing about 70% of milk loss. "
        "Plan: flag cows above 200,000 cells/ml for two or more months, then treat, dry off early or cull.",
    ),
    (
        "qRo089",
        "vi",
        "cowside",
        "Bộ thử CMT phát hiện viêm vú tiềm ẩn tại chuồng",
        "Số tế bào soma mẫu gộp bốn khoang bị pha loãng: bò có ba khoang lành 100.000 tế bào/ml thì khoang nhiễm phải vượt 700.000 mẫu gộp mới đạt "
        "200.000. Bộ thử CMT tại chuồng giúp tìm đúng khoang bị viêm; cung cấp khay, thuốc thử và hướng dẫn đọc.",
    ),
    (
        "qRo090",
        "en",
        "dairyco_subclin",
        "Electrical conductivity sensors for early mastitis detection",
        "Subclinical mastitis can be up to 40 times more common than clinical cases and is mostly caused by contagious pathogens; in-line electrical "
        "conductivity of milk flags infected cows automatically during milking, alongside SCC and bacteriology.",
    ),
    (
        "qRo091",
        "en",
        "dryoff_jds",
        "Selective dry cow therapy using test-day SCC",
        "Mastitis research unit study on 550 cows in 15 herds: test-day SCC before drying off predicts which cows carry major-pathogen infections, "
        "so only those receive antibiotic dry cow treatment. Protocol and training for veterinarians.",
    ),
    (
        "qRo092",
        "en",
        "postdip_oliver",
        "Low-concentration iodine post-milking teat dip",
        "A 0.25% iodine teat dip, tested for 11-12 months in two herds, significantly cut new Staphylococcus aureus and Streptococcus agalactiae "
        "infections and minor pathogens without chapping teats, though it did not stop environmental pathogens.",
    ),
    (
        "qRo093",
        "vi",
        "postdip_experts",
        "Dung dịch nhúng núm vú sau vắt sữa",
        "Nhúng núm vú bằng chất sát trùng ngay sau vắt diệt phần lớn mầm bệnh ở đầu núm, đặc biệt hiệu quả với Staphylococcus aureus và "
        "Streptococcus agalactiae lây qua vắt sữa; với vi khuẩn môi trường cần thêm chuồng khô sạch và sát trùng trước vắt.",
    ),
    (
        "qRo094",
        "en",
        "predip_jfp",
        "0.25% iodine premilking teat disinfectant",
        "Fourteen-month natural exposure study: predipping plus postdipping cut new major-pathogen infections by 48.6% compared with postdipping "
        "alone, mainly against environmental streptococci and E. coli. Product and application training.",
    ),
    (
        "qRo095",
        "vi",
        "mastitis_hcmc",
        "Áp dụng biện pháp vệ sinh thú y giảm viêm vú tiềm ẩn",
        "Khảo sát cùng ban khuyến nông công ty sữa tại nông hộ cho thấy áp dụng vệ sinh chuồng, vệ sinh vắt sữa và sát trùng làm giảm tỷ lệ viêm "
        "vú tiềm ẩn; nhận hướng dẫn áp dụng cho hộ.",
    ),
    (
        "qRo096",
        "vi",
        "lsd_danviet",
        "Cung ứng và tiêm vắc xin phòng viêm da nổi cục cho trâu bò",
        "Từ 12/2020 ngành thú y đã cung ứng, tiêm trên 2 triệu liều vắc xin viêm da nổi cục tại 33 tỉnh, thành và 27 cơ sở chăn nuôi. "
        "Nhận tổ chức tiêm phòng khẩn cấp và giám sát sau tiêm.",
    ),
    (
        "qRo097",
        "en",
        "calf_zaidap",
        "Colostrum-based newborn calf feeding programme",
        "Colostrum holds 250-300 g dry matter/kg, about 1.5 times the fat, 5 times the protein, twice the minerals and 5 times the carotene of normal "
        "milk, and 5% gamma globulin; calves absorb antibodies intact only in the first hours, so timing is set out in the programme.",
    ),
    (
        "qRo098",
        "vi",
        "calf_kh",
        "Kỹ thuật nuôi dưỡng bê sữa từ bào thai tới cai sữa",
        "Cho bò mẹ cạn sữa ít nhất 30 ngày trước đẻ, tăng dinh dưỡng hai tháng cuối thai kỳ, theo dõi bầu vú phòng viêm vú, nhận biết dấu hiệu sắp đẻ "
        "và cho bê bú sữa đầu càng sớm càng tốt. Tập huấn chăm sóc bê.",
    ),
    (
        "qRo099",
        "vi",
        "mastitis_dongvat",
        "Hướng dẫn nhận biết nguyên nhân và điều trị viêm vú ở bò",
        "Vi khuẩn Streptococcus agalactiae, Staphylococcus aureus, E. coli xâm nhập qua tổn thương núm vú do vắt sai cách hoặc chuồng bẩn, gây sữa "
        "đổi màu, mùi, có thể mất sữa và thành ổ viêm mạn tính lây cả đàn. Hướng dẫn phát hiện sớm và điều trị.",
    ),
    (
        "qRo100",
        "vi",
        "bedding_dairyherd",
        "Quản lý chất độn chuồng và ô nằm để giảm viêm vú môi trường",
        "Mùn cưa, giấy vụn, lõi ngô, trấu nuôi nhiều vi khuẩn hơn cát hoặc đá vôi; nếu chỉ có rơm, mùn cưa thì thay một phần ba phía sau ô nằm ít nhất "
        "mỗi ngày để bầu vú khô sạch giữa hai lần vắt. Tư vấn chuồng và khu tắm bò.",
    ),
    (
        "qRo101",
        "vi",
        "fmd_tvu",
        "Nghiên cứu cây sinh dòng virus lở mồm long móng serotype A",
        "Tài liệu nghiên cứu về bệnh lở mồm long móng, bệnh truyền nhiễm cấp tính ở gia súc móng guốc, và phân tích cây sinh dòng virus serotype A.",
    ),
    (
        "qRo102",
        "en",
        "avian_vaccine",
        "Domestic avian influenza vaccine production",
        "Veterinary company research on producing an inactivated avian influenza vaccine from a local strain so poultry vaccination no longer "
        "depends on imports.",
    ),
    (
        "qRo103",
        "vi",
        "scc_thesis",
        "Khảo sát mối liên quan số tế bào soma với thành phần sữa tươi",
        "Khóa luận thú y khảo sát liên hệ giữa số lượng tế bào trong sữa và thành phần sữa tươi nguyên liệu tại nhà máy, đánh giá chất lượng sữa tiệt trùng.",
    ),
    (
        "qRo104",
        "en",
        "app_cattlecare",
        "Cattle herd records app: milk yield, breeding, vaccination, disease",
        "All-in-one app tracking each animal's milk production, breeding, vaccination schedule, disease treatments and insurance, replacing "
        "scattered paper records.",
    ),
    # --- small dairy processing ---
    (
        "qRo105",
        "vi",
        "phudong",
        "Chuyển giao mô hình hợp tác xã chế biến sữa thanh trùng, sữa chua",
        "Hợp tác xã chuyển từ bán sữa nguyên liệu sang chế biến tại chỗ theo dây chuyền khép kín: sữa thanh trùng, sữa chua có đường, sữa chua nếp cẩm; "
        "liên kết hàng trăm hộ nuôi (hộ 5 con cho khoảng 55 kg sữa/ngày được bao tiêu). Tư vấn đầu tư thiết bị và xây dựng thương hiệu.",
    ),
    (
        "qRo106",
        "en",
        "yogurt_kenya",
        "Batch yoghurt processing and contract manufacturing",
        "Milk free of antibiotics is preheated to about 50 °C to mix sugar, stabiliser or skim powder, batch-heated at 90 °C for 30 minutes, cooled "
        "to 43 °C, inoculated and incubated about 6 hours while acidity is checked, then stirred, cooled below 20 °C, flavoured and packed.",
    ),
    (
        "qRo107",
        "en",
        "isf_batch",
        "Jacketed vat (batch) pasteurizer, custom built",
        "Vat with a jacket of circulating water, steam or heating coils; milk is stirred and held at 65 °C for 30 minutes, then cooled by cold "
        "water in the jacket. Optional plate pre-heater. Built to order for small dairies.",
    ),
    (
        "qRo108",
        "vi",
        "medindia",
        "Thiết bị thanh trùng sữa theo mẻ cho cơ sở nhỏ",
        "Bồn thanh trùng có vỏ áo nước nóng, hơi hoặc ống gia nhiệt; sữa được khuấy và giữ 65 độ C trong 30 phút rồi làm lạnh nhanh, không nâng quá "
        "khoảng 68 độ C để tránh mất lớp váng kem. Cung cấp bồn và hướng dẫn vận hành.",
    ),
    (
        "qRo109",
        "vi",
        "ltlt_htst",
        "Tư vấn chế độ thanh trùng LTLT, HTST và van chuyển dòng",
        "Thanh trùng mẻ tối thiểu 62,8 độ C trong 30 phút hoặc liên tục 72 độ C trong 15 giây; hệ HTST gồm bồn cân bằng, trao đổi nhiệt hồi lưu, "
        "ống giữ nhiệt và van chuyển dòng. Sữa chua cần nhiệt cao hơn để biến tính whey protein, tăng độ nhớt.",
    ),
    (
        "qRo110",
        "en",
        "helene_batch",
        "Jacketed batch tank with agitator for yoghurt milk",
        "For small to medium yoghurt makers: milk is pumped into a jacketed, stirred vat, held at least 30 minutes at 85.5 °C and cooled to 40-45 °C "
        "by water in the jacket; simple but not suited to large continuous lines.",
    ),
    (
        "qRo111",
        "vi",
        "cheese_ctu",
        "Quy trình sản xuất phô mai tươi đông tụ bằng rennet và axit citric",
        "Nghiên cứu của trường đại học: đông tụ sữa với axit citric 0,1% (pH 5,94), 37 độ C, rennet 0,04% cho hiệu suất phô mai 21,53%, thu hồi chất "
        "khô 53,25%; phô mai chứa 18,5% đạm, 67,3% ẩm, ít tách nước, điểm cảm quan cao hơn mẫu chỉ dùng axit. Chuyển giao quy trình.",
    ),
    (
        "qRo112",
        "en",
        "cheese_ctu",
        "Fresh cheese process for areas short of fresh milk",
        "University-developed fresh cheese made by combined rennet and citric acid coagulation, designed to work from recombined milk; it gives a "
        "firmer texture and less whey loss in storage than acid-only cheese. Process licensing and training.",
    ),
    (
        "qRo113",
        "vi",
        "mozz_scribd",
        "Quy trình công nghệ sản xuất phô mai Mozzarella",
        "Báo cáo quy trình phô mai Mozzarella: khái niệm, phân loại phô mai, nguyên liệu sữa, giống vi sinh, đông tụ, kéo sợi và bảo quản; "
        "nhóm sinh viên công nghệ sinh học nhận làm thử nghiệm.",
    ),
    (
        "qRo114",
        "en",
        "paneer_gov",
        "Project profile for a village-scale paneer, curd and ghee unit",
        "Government project profile for rural dairy units using low-cost equipment: milk is standardised, pasteurised at 71 °C for 5 minutes and "
        "cooled to 10 °C before culturing; products sell through cooperative channels.",
    ),
    (
        "qRo115",
        "vi",
        "yogurt_rdsic",
        "Quy trình sản xuất sữa chua công nghiệp từ A đến Z",
        "Tiếp nhận và kiểm tra sữa, phối trộn, đồng hóa, thanh trùng, hạ nhiệt cấy men Lactobacillus và Streptococcus thermophilus, lên men, làm lạnh, "
        "chiết rót tự động; các dạng sữa chua tĩnh, khuấy, uống.",
    ),
    (
        "qRo116",
        "vi",
        "goat_haugiang",
        "Sản phẩm sữa dê sấy khô vị mít, sầu riêng đạt OCOP",
        "Cơ sở nuôi dê ở Hậu Giang tận dụng phụ phẩm mít, chuối, thân bắp nuôi 12 dê cái sữa và 3 dê đực, chế biến sữa dê sấy khô vị mít, sầu riêng.",
    ),
    (
        "qRo117",
        "en",
        "goatmilk_hcm",
        "Fresh goat milk brand sold online and at green markets",
        "A goat milk retailer sells 60-70 litres a day, 200 ml bottles at 25,000 dong, mainly to families; demand up about 30% in six months.",
    ),
    (
        "qRo118",
        "vi",
        "soy",
        "Công thức và thiết bị làm sữa đậu nành kinh doanh",
        "Hướng dẫn chọn đậu nành, lá dứa, đường, muối, nấu sữa đậu nành bằng máy làm sữa hạt; phù hợp người không dung nạp lactose.",
    ),
    (
        "qRo119",
        "en",
        "condensed",
        "Sweetened condensed milk process outline",
        "Student outline of sweetened condensed milk: raw milk quality, sugar, heating, evaporation, homogenisation, lactose crystallisation and canning.",
    ),
    (
        "qRo120",
        "en",
        "tetrapak",
        "Industrial yoghurt milk pasteurizer with spiral holding cell",
        "Continuous pasteurizer for large yoghurt lines holding yoghurt milk about five minutes in an insulated spiral holding cell, with "
        "deaeration and homogenisation upstream of fermentation.",
    ),
    (
        "qRo121",
        "vi",
        "mungbean",
        "Chọn giống Lactobacillus cho sữa đậu xanh lên men",
        "Khóa luận tuyển chọn chủng Lactobacillus phù hợp lên men sữa đậu xanh, sản phẩm thay thế sữa chua từ thực vật.",
    ),
    (
        "qRo122",
        "vi",
        "webtretho",
        "Hướng dẫn làm sữa chua, phô mai tươi tại gia đình",
        "Đun sữa tươi tới sủi tăm rồi giữ 5-10 phút, làm nguội, cấy men Lactobacillus bulgaricus và Streptococcus thermophilus; sữa chua tĩnh rót rồi "
        "lên men, sữa chua khuấy lên men rồi rót; bảo quản 4-6 độ C.",
    ),
    # --- manure handling ---
    (
        "qRo123",
        "en",
        "vincent",
        "Screw press manure separator for dairy farms",
        "Pressing manure splits it into dirty liquid and damp fibrous solids; keeping fibre out of the lagoon cuts odour and dredging, the liquid "
        "can be irrigated, and the solids, composted for about ten days, become fertiliser or barn bedding.",
    ),
    (
        "qRo124",
        "en",
        "newtrient",
        "Screw press solid-liquid separation: technology fit assessment",
        "Screw presses work on manure above 3% total solids, best on barn slurry near 10%, produce fibre for bedding and compost, need little "
        "operator time, but remove few nutrients and cost more than other primary separators. Vendor-neutral assessment.",
    ),
    (
        "qRo125",
        "vi",
        "compost_bedding",
        "Sản xuất chất độn chuồng từ phân rắn tách ép",
        "Tách xơ thức ăn chưa tiêu hóa từ phân bò làm đệm nằm: dùng trực tiếp sau máy tách, ủ trong thùng quay hoặc lấy phần rắn sau hầm biogas. "
        "Thay cát và mùn cưa, giúp bò nằm thoải mái. Tư vấn quy trình.",
    ),
    (
        "qRo126",
        "vi",
        "producer_mobile",
        "Dịch vụ máy ép phân di động cho thuê theo giờ",
        "Mô hình châu Âu: trại 75 bò ép 500 tấn phân thô được 120 tấn phân rắn; xe tải lắp 10 máy ép trục vít công suất khoảng 33.000 gallon/giờ, "
        "thuê khoảng 211 USD/giờ thay vì tự đầu tư. Phần lỏng tưới cỏ, phần rắn bón vườn.",
    ),
    (
        "qRo127",
        "vi",
        "biogas_tube",
        "Lắp đặt hầm biogas túi nhựa PE giá rẻ cho nông hộ",
        "Túi ủ polyetylen dạng ống, chi phí lắp đặt và khí thấp, dùng được ở nông thôn và ven đô; giảm ô nhiễm, tạo khí đốt và nâng giá trị phân bón "
        "của nước thải. Nhóm nghiên cứu đại học nông lâm hướng dẫn lắp đặt.",
    ),
    (
        "qRo128",
        "en",
        "biogas_mekarn",
        "Biodigester technology transfer for small cattle and pig farms",
        "National animal husbandry institute installs polyethylene tube digesters in uplands and brick-cement fixed domes in the low delta where "
        "space is short, for farms with up to 5-10 dairy cows or 20-50 cattle, using demonstrations, training and extension.",
    ),
    (
        "qRo129",
        "vi",
        "bmp_vn",
        "Phân tích tiềm năng sinh khí metan của phân và phụ phẩm",
        "Thí nghiệm tiềm năng metan sinh hóa: phân heo con 443 lít CH4/kg chất rắn bay hơi, phân bò 222, heo nái 177, dê 169, trâu 153; bèo tấm 340. "
        "Nhận phân tích mẫu để thiết kế hầm biogas.",
    ),
    (
        "qRo130",
        "vi",
        "rural21",
        "Hầm biogas xây gạch cho hộ nuôi bò, heo vùng đồng bằng sông Cửu Long",
        "Hộ ở An Giang có 4 bò và 20 heo thải khoảng 75 kg phân/ngày, đủ cho hầm gần 10 m3 giá khoảng 400 euro, vay trả 40 euro/năm, tiết kiệm "
        "150 euro tiền ga mỗi năm. Xây hầm và tư vấn vay vốn.",
    ),
    (
        "qRo131",
        "vi",
        "coste",
        "Chế phẩm sinh học COSTE-TV05 xử lý chất thải rắn chăn nuôi bò sữa",
        "Chế phẩm vi sinh của trung tâm khoa học công nghệ và môi trường liên minh hợp tác xã, đã được đánh giá hiệu quả xử lý phân rắn bò sữa "
        "thành phân ủ, giảm mùi. Cung cấp chế phẩm và quy trình ủ.",
    ),
    (
        "qRo132",
        "en",
        "agproud",
        "Manure system selection workshop for dairy operations",
        "University engineer's method: define the driver for change, collect data on manure volumes, hauling, labour, energy and nutrient plans, "
        "diagram the current system, then compare composting, separation, digestion and other options.",
    ),
    (
        "qRo133",
        "en",
        "lpelc",
        "Evaluation of manure fibre bedding systems",
        "Extension study of two-stage separators: a dry solids cake is not automatically good bedding; longer fibres cushion better and stick less "
        "to legs and teats; cows lie 12-14 hours a day, so bedding must absorb liquid and stay dry.",
    ),
    (
        "qRo134",
        "vi",
        "lucbinh",
        "Bổ sung lục bình và rơm vào hầm biogas phân heo",
        "Nghiên cứu ở đồng bằng sông Cửu Long: khi thiếu phân heo do dịch bệnh, giá cả, có thể nạp lục bình hoặc rơm đã trồng nấm phối trộn với phân heo "
        "trong 35 ngày.",
    ),
    (
        "qRo135",
        "en",
        "wetland_pig",
        "Constructed wetland for pig wastewater after biogas",
        "Student model treating post-biogas pig farm wastewater in constructed wetlands; plants take up part of the nitrogen, most leaves as ammonia.",
    ),
    (
        "qRo136",
        "vi",
        "pig_biogas_hb",
        "Đánh giá mô hình xử lý chất thải heo bằng khí sinh học",
        "Khóa luận đánh giá hiệu quả mô hình hầm khí sinh học xử lý chất thải chăn nuôi lợn tại một xã miền núi phía Bắc.",
    ),
    (
        "qRo137",
        "en",
        "brewery",
        "Brewery wastewater sludge as farm fertiliser",
        "Analysis of sludge from brewery wastewater plants: near-neutral pH, 37-55% organic matter, high N and P, heavy metals below limits, "
        "pathogens falling with air drying.",
    ),
    # --- herd management, cooperatives and other ---
    (
        "qRo138",
        "en",
        "israel",
        "Israeli dairy management know-how: computerised herds in hot, dry conditions",
        "Israel built a local dairy breed by crossing Damascus cattle with Friesians and developed feeding and breeding methods suited to heat and "
        "scarce land and water; its computerised dairy sector grew about 4% a year from the early 1990s. Study tours and advisory.",
    ),
    (
        "qRo139",
        "vi",
        "app_omar",
        "Phần mềm quản lý trang trại bò sữa",
        "Ứng dụng máy tính quản lý tập trung dữ liệu trang trại: theo dõi sản xuất theo thời gian thực, mua bán, lịch tiêm vắc xin, nhân sự, "
        "thay sổ sách giấy dễ rách, mất; dành cho chủ trại, thú y, kế toán.",
    ),
    (
        "qRo140",
        "en",
        "soctrang",
        "Cooperative dairy model for Khmer smallholders in the Mekong Delta",
        "A neighbouring province built a herd of over 7,400 dairy cows, mostly in Khmer communes; a cow over two years milks 10 months a year and "
        "earns about as much as one hectare of rice; machine milking and a cooperative buying station feed a processing plant.",
    ),
    (
        "qRo141",
        "vi",
        "insurance",
        "Bảo hiểm bò sữa và bảo hiểm giá sữa cho hộ chăn nuôi",
        "Mô hình công ty giống bò sữa triển khai từ 2004: bảo hiểm bò sữa và bảo hiểm giá sữa chia sẻ rủi ro dịch bệnh, giá đầu vào cho hộ.",
    ),
    (
        "qRo142",
        "en",
        "th_water",
        "Automatic water filtration for large dairy farms",
        "A 45,000-cow dairy group treats cows' drinking water with Israeli automatic screen filters and runs cooling fans and misting in its barns.",
    ),
    (
        "qRo143",
        "en",
        "sterilized_survey",
        "Food safety survey of UHT milk on the retail market",
        "Student project assessing the microbiological and chemical safety of several brands of sterilised milk sold in shops.",
    ),
    (
        "qRo144",
        "vi",
        "cuchi_thesis",
        "Khảo sát sức sản xuất đàn bò sữa tại trang trại",
        "Nhóm khoa chăn nuôi thú y khảo sát năng suất, chu kỳ sữa và sinh sản của đàn bò sữa trang trại gia đình, đề xuất cải thiện; nhận khảo sát tại hộ.",
    ),
    (
        "qRo145",
        "en",
        "tienphong",
        "Cold chain advice for selling raw milk locally",
        "Bacteria in milk multiply quickly above 10 °C; freshly milked milk drawn hygienically is almost sterile for a while, longer if cooled. "
        "Keep milk at 4-10 °C in transport and shops and watch acidity as a freshness sign; milkers must be healthy and checked regularly.",
    ),
    (
        "qRo146",
        "vi",
        "vcn_fans",
        "Quạt thông gió cho chuồng bò sữa",
        "Thiết kế, lắp đặt quạt cơ học cho chuồng mái dốc, hở vách ở vùng nóng ẩm: stress nhiệt làm giảm lượng ăn, sữa, tỷ lệ thụ thai và tăng què; "
        "bò cao sản sinh nhiệt nhiều nên càng cần thông gió.",
    ),
    (
        "qRo147",
        "en",
        "calf_kh",
        "Dry-off and newborn calf care training",
        "Dry cows off at least 30 days before calving, feed well in the last two months of pregnancy when the foetus grows fastest, watch the udder "
        "to prevent mastitis, recognise calving signs and give colostrum as early as possible.",
    ),
    (
        "qRo148",
        "en",
        "silage_bag",
        "Bag silage of chopped whole maize for small and medium dairy farms",
        "Chopped maize plants mixed with an inoculant (250 g per 500 kg) are packed in four layers into jumbo bags with a plastic liner, pressed and "
        "tied; feed from day 20 within one to two weeks of opening; stores 3-6 months. No compaction vehicle needed.",
    ),
    (
        "qRo149",
        "en",
        "desley",
        "Direct-expansion and ice-bank milk cooling tanks",
        "Open DX tanks of 250-3,500 litres and closed tanks of 1,000-25,000 litres, or ice-bank tanks that pre-chill water and cool milk faster on "
        "less power; milk held at 3-4 °C. Supply, installation and service.",
    ),
    (
        "qRo150",
        "en",
        "mocchau",
        "Village milk collection station network design",
        "Company model with 23 stations operating morning and evening, one per 50-80 households within about 1 km, chilling milk from 35-37 °C to "
        "2-4 °C, rapid freshness test, sampling for solids, fat and microbes, and insulated trucks to the plant.",
    ),
    (
        "qRo151",
        "en",
        "rural21",
        "Household biogas plants for cattle and pig farms in the Mekong Delta",
        "Brick fermenters rendered with cement take dung straight from the shed; a 10 m3 plant fed by four zebu and twenty pigs supplies all "
        "cooking gas. Construction with loan support; feed-in tariffs may allow power sales later.",
    ),
    (
        "qRo152",
        "en",
        "mastitis_dongvat",
        "Guide to causes and treatment of bovine mastitis",
        "Covers streptococci, staphylococci and E. coli entering through teat lesions from poor milking or dirty housing, changes in milk, chronic "
        "infections spreading in the herd, and early detection and treatment steps.",
    ),
    (
        "qRo153",
        "en",
        "phudong",
        "Cooperative-scale pasteurised milk and yoghurt processing model",
        "A suburban dairy cooperative moved from selling raw milk to a closed processing line making pasteurised milk, sweet yoghurt and purple "
        "sticky-rice yoghurt, buying all milk from hundreds of member farms. Advice on equipment and branding.",
    ),
    (
        "qRo154",
        "en",
        "handmilk",
        "Hygienic hand-milking and fore-stripping training",
        "Routine: clean the barn without raising dust, tie the tail, wash the udder with 40-42 °C water or 1-2% iodine, dry with single-use paper, "
        "massage, strip the first jets into a separate cup, check for mastitis and milk diagonal teats with both hands.",
    ),
    (
        "qRo155",
        "vi",
        "coimbatore",
        "Máy đo chất lượng sữa tự động tại điểm thu mua",
        "Liên hiệp sữa trang bị 191 máy đo sữa tự động (hỗ trợ 60%) cho các điểm thu mua, nông dân nhận ngay phiếu số lượng, chất lượng, đơn giá; "
        "thưởng thêm khi giữ ổn định độ béo và SNF. Cung cấp máy và phần mềm.",
    ),
]
