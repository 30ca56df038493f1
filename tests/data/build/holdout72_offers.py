"""Offers of the holdout72 labelled set: (id, language, source key, title, description).

Each offer paraphrases the public page under its source key (see holdout72_sources.py). kVo130-kVo163
are distractors from neighbouring fields.
"""

OFFERS = [
    # --- tissue culture and clean seedlings ---
    (
        "kVo001",
        "en",
        "kalro",
        "Plant tissue culture service from media to acclimatized plantlets",
        "Our genetic resources unit runs the whole tissue culture chain for clients: preparing culture media of known "
        "composition, initiating cultures from greenhouse or field material, keeping the plantlets, and acclimatizing them "
        "from the laboratory to field conditions.",
    ),
    (
        "kVo002",
        "en",
        "agbiotek",
        "Meristem-derived banana plantlets, hardened 8-12 weeks",
        "Banana meristems taken from the corm of disease-free, high-yielding donor plants are sterilized and multiplied on "
        "nutrient media; rooted plantlets then spend eight to twelve weeks in a climate-controlled greenhouse and leave with "
        "4-5 leaves and a developed root system.",
    ),
    (
        "kVo003",
        "vi",
        "kisan",
        "Chuyển giao quy trình chuối cấy mô và huấn luyện cây hai giai đoạn",
        "Cây chuối được nhân trong điều kiện vô trùng, chồi nhân theo chu kỳ 3-4 tuần, sau đó huấn luyện sơ cấp trong nhà "
        "kính và huấn luyện thứ cấp trong nhà lưới che bóng trước khi xuống giống. Cây giống sạch sâu bệnh, sinh trưởng "
        "đồng đều, 95-98% số cây cho buồng và có thể trồng quanh năm.",
    ),
    (
        "kVo004",
        "en",
        "vadic",
        "Banana micropropagation protocol for Fusarium- and bunchy-top-free planting stock",
        "Eight-stage protocol (explant choice, sterilization, media, initiation, shoot multiplication, rooting, "
        "acclimatization, field transfer) that turns shoot tips into large numbers of true-to-type banana plants free of "
        "Fusarium wilt and banana bunchy top virus; offered as training for nurseries.",
    ),
    (
        "kVo005",
        "vi",
        "hutech_dendro",
        "Quy trình nhân giống in vitro lan thạch hộc tía (Dendrobium)",
        "Kết quả nghiên cứu chuyển giao: môi trường tạo protocorm và nhân chồi tốt nhất là MS bổ sung sucrose 30 g/l, "
        "agar 9 g/l, nước dừa 100 ml/l và BAP 0,25 mg/l, áp dụng cho cơ sở nhân giống lan Dendrobium.",
    ),
    (
        "kVo006",
        "vi",
        "phal_invitro",
        "Kỹ thuật nuôi trồng lan hồ điệp sau in vitro",
        "Quy trình đưa cây lan hồ điệp cấy mô ra vườn: ra chai, trồng và chăm sóc theo từng giai đoạn, theo dõi tốc độ ra "
        "lá và tỷ lệ sống của 6 dòng hồ điệp tại trang trại ở Lâm Đồng; hỗ trợ cơ sở giảm hao hụt cây con.",
    ),
    (
        "kVo007",
        "vi",
        "cymbidium",
        "Quy trình nhân nhanh địa lan quý bằng nuôi cấy mô",
        "Nhóm nghiên cứu đã thiết lập quy trình nhân giống hiệu quả cho địa lan Hồng Hoàng (Cymbidium iridioides) bằng nuôi "
        "cấy mô tế bào, đáp ứng nhu cầu sản xuất lan thương mại; sẵn sàng chuyển giao cho loài lan bản địa khác.",
    ),
    (
        "kVo008",
        "vi",
        "microgr",
        "Vi ghép đỉnh sinh trưởng tạo cây ăn quả sạch virus",
        "Kỹ thuật phối hợp ghép và nuôi cấy mô phân sinh: mắt ghép là đỉnh sinh trưởng 0,2-0,5 mm tách từ chồi non, ghép "
        "lên gốc ghép để loại virus vốn lây qua mắt ghép lớn khi ghép truyền thống; đã áp dụng trên nhiều cây thân gỗ và "
        "cây ăn quả.",
    ),
    (
        "kVo009",
        "en",
        "chemj_banana",
        "Commercial-scale banana micropropagation protocol with validated clean-culture rates",
        "University horticulture team offers a tested protocol from explant sterilization to primary hardening: 85.23% "
        "clean cultures and a 2.5 multiplication ratio in Grand Naine, with 100% in vitro rooting.",
    ),
    (
        "kVo010",
        "en",
        "frontiers_bioreactor",
        "Bioreactor systems for large-scale plant micropropagation",
        "Review-based advice on liquid-phase, gas-phase and temporary immersion bioreactors for producing shoots, bulblets, "
        "cormlets, rhizomes and somatic embryos of ornamental, medicinal and crop plants, with the parameters that drive "
        "regeneration.",
    ),
    (
        "kVo011",
        "en",
        "tis_orchid",
        "Temporary immersion system (TIS) for orchid micropropagation",
        "TIS briefly floods cultures with liquid medium then drains it, cutting hyperhydricity and asphyxia and improving "
        "gas exchange without mechanical stirring; raising medium volume per explant lifted multiplication from 8.3 to 23.9 "
        "shoots in 30 days in one crop.",
    ),
    (
        "kVo012",
        "en",
        "liquid_culture",
        "Liquid culture and agar substitutes to lower micropropagation cost",
        "Addresses the usual barriers to scaling tissue culture - slow multiplication, expensive media, contamination "
        "losses and poor hardening - by switching to liquid culture systems and cheaper gelling agents.",
    ),
    (
        "kVo013",
        "vi",
        "camcanh_vighep",
        "Vi ghép làm sạch bệnh greening và hệ thống nhà lưới 3 cấp cho cây giống có múi",
        "Viện Bảo vệ thực vật ứng dụng vi ghép đỉnh sinh trưởng để làm sạch bệnh greening trên cam Canh, rồi duy trì cây "
        "mẹ và sản xuất cây giống trong hệ thống nhà lưới 3 cấp; có bộ kit chẩn đoán nhanh greening và tristeza.",
    ),
    (
        "kVo014",
        "vi",
        "phal_tc_proc",
        "Quy trình nhân giống lan hồ điệp bằng nuôi cấy mô cho phòng thí nghiệm",
        "Quy trình áp dụng cho phòng nuôi cấy mô tế bào thực vật, đối tượng lan hồ điệp; cây sinh trưởng tối ưu ở 22-27 °C. "
        "Hướng dẫn từng bước từ mẫu cấy đến cây con cho cơ sở muốn tự sản xuất giống.",
    ),
    (
        "kVo015",
        "en",
        "danhoai",
        "Orchid seedlings from a 20,000 m2 high-tech orchid farm",
        "A cooperative farm in Dan Phuong, Hanoi supplies hundreds of thousands of orchid seedlings and quality flowers each "
        "year, producing to order regardless of season and linking with farms in Da Lat, Sa Pa and Moc Chau.",
    ),
    (
        "kVo016",
        "en",
        "tc_media",
        "Tissue culture media formulation for micropropagation",
        "Formulation of aseptic culture media for rapid vegetative propagation, adjusting physical and chemical conditions "
        "so that large numbers of high-quality plantlets are produced in a short time.",
    ),
    # --- grafting and rootstocks ---
    (
        "kVo017",
        "vi",
        "xetaimydinh",
        "Hướng dẫn ghép đoạn cành nhân giống bưởi",
        "Tài liệu và tập huấn ghép đoạn cành: chọn gốc ghép khỏe, chọn cành ghép từ cây mẹ tốt, thời vụ ghép và chăm sóc "
        "sau ghép để tăng tỷ lệ sống; cây ghép giữ đặc tính cây mẹ và cho trái sớm hơn.",
    ),
    (
        "kVo018",
        "en",
        "citrusroot",
        "Protected citrus nursery design with potted rootstocks on benches",
        "Guidance on modern citrus nurseries: grafted trees raised in pots on raised benches inside greenhouses or screened "
        "structures, with temperature control and supplemental LED light, keeping young trees away from insects, "
        "nematodes and diseases.",
    ),
    (
        "kVo019",
        "en",
        "karolin",
        "Citrus grafting timing by temperature",
        "Advice for nurseries: citrus graft wounds heal best at 21-29 °C (70-85 °F), so schedule grafting by the weekly "
        "forecast rather than the calendar and shade grafts in hot sun so scions do not dry out.",
    ),
    (
        "kVo020",
        "en",
        "durian_legs",
        "Durian seedlings grafted with extra secondary roots",
        "A seedling facility in Cho Lach supplies durian seedlings with two or three extra rootstocks grafted on when young; "
        "if Phytophthora damages the main roots the others keep the tree alive, and the tree stands firmer in wind without "
        "a bottleneck at the foot.",
    ),
    (
        "kVo021",
        "en",
        "durian_spbt",
        "Verified-clone durian saplings from certified nurseries",
        "Buying advice and sourcing from nurseries certified under a planting-material verification scheme, so growers "
        "avoid the wrong clone that only shows itself at first fruiting 4-5 years later; leaf traits help but are not "
        "enough.",
    ),
    (
        "kVo022",
        "en",
        "plantaide",
        "Durian budding and cutting propagation",
        "Budding method adapted to durian (check take after two weeks, cut the stock 30 cm above the bud), cleft grafting "
        "under plastic for 2-3 weeks, and 15 cm cuttings that root in 7-8 weeks under low light.",
    ),
    (
        "kVo023",
        "en",
        "saveas",
        "Durian grafting training for farms",
        "Step-by-step grafting tutorial based on Malaysian, Thai and Indonesian practice: grafted trees fruit in 3-5 years "
        "instead of 7-10, with consistent quality and rootstocks that resist soil-borne diseases.",
    ),
    (
        "kVo024",
        "vi",
        "mai_matngu",
        "Kỹ thuật ghép mắt ngủ cho mai vàng",
        "Hướng dẫn ghép mai: thời vụ tốt từ tháng 10 âm lịch đến tháng 4 âm lịch năm sau, hiệu quả cao nhất từ cuối tháng 3; "
        "dùng gốc mai tứ quý khỏe; mùa mưa chuyển sang ghép cắm đọt hoặc ghép mắt kim.",
    ),
    (
        "kVo025",
        "vi",
        "mai_nhieumau",
        "Ghép mai nhiều màu trên một gốc",
        "Chuẩn bị gốc mai giảo, tứ quý hoặc mai rừng đường kính 3-4 cm, cưa ngọn cách đất 30-40 cm, giữ 4-5 tược; ghép "
        "cửa sổ với vết rạch dài 0,6 cm cách nhau 0,4 cm để đưa bạch mai, hồng mai, huỳnh mai lên cùng cây.",
    ),
    (
        "kVo026",
        "vi",
        "ngu_qua",
        "Kỹ thuật ghép cây cảnh nhiều loại quả trên gốc bưởi",
        "Nhà vườn chia sẻ cách ghép 5-11 loại quả (bưởi, cam, quýt, phật thủ, quất) lên gốc bưởi Diễn lâu năm: ghép bưởi "
        "trước, phật thủ và quất sau cùng, tưới đủ nước, chậu đục đáy cho rễ ăn xuống đất; quả chuyển màu kịp bán Tết.",
    ),
    (
        "kVo027",
        "en",
        "durianinfo",
        "Grafting and budding basics for fruit-tree nurseries",
        "Training notes: rootstocks should be vigorous healthy seedlings with free-flowing sap, scions true to type with "
        "dormant buds, one bud for budding and 1-4 for grafting, clean tools and compatibility within a genus.",
    ),
    (
        "kVo028",
        "en",
        "gbonline",
        "Bare-root rootstocks chosen for final tree size",
        "Nursery supplying bare-rooted rootstocks for home grafting; the rootstock sets the final height of the tree, so "
        "choose it for your space, climate and soil.",
    ),
    # --- greenhouses and net houses ---
    (
        "kVo029",
        "vi",
        "hoangchien",
        "Thiết kế vườn lan hai lớp mái che mưa và che nắng",
        "Mái che mưa cao 3-3,5 m bằng nylon trong, lưới che nắng đặt phía ngoài để hạ nhiệt, ánh sáng trong vườn 3.000-4.500 "
        "lux, giá đặt chậu cao 0,4-0,6 m, nền có rãnh thoát nước, có khu cách ly và khu khử trùng ở cửa vườn.",
    ),
    (
        "kVo030",
        "vi",
        "kenhantan_nk",
        "Tư vấn thiết kế nhà che, nhà kính trồng lan",
        "Hướng dẫn các thông số nhà che và nhà kính trồng lan: chọn vị trí không bị che nắng, gần nguồn nước và đường vận "
        "chuyển, hướng nhà tận dụng bức xạ và tránh gió hại, kết cấu chịu tải gió mưa và giàn treo chậu.",
    ),
    (
        "kVo031",
        "vi",
        "xuannong",
        "Nhà màng trồng hoa lan điều khiển nhiệt độ theo nhóm lan",
        "Doanh nghiệp thi công nhà màng cho lan, kiểm soát ánh sáng và nhiệt độ theo nhóm: lan ưa mát 15-21 °C ban ngày, "
        "trung bình 21-26 °C, ưa ấm 27-33 °C; quản lý môi trường bên trong để lan ra hoa đúng kỳ.",
    ),
    (
        "kVo032",
        "vi",
        "hsiachen",
        "Thi công nhà lưới trồng lan",
        "Nhà lưới giúp ổn định nhiệt độ và độ ẩm, chắn nắng gắt, hạn chế sâu bệnh và bảo vệ lan khỏi gió, bão, bụi, sương; "
        "tư vấn hướng giàn lan để cây nhận đủ ánh sáng.",
    ),
    (
        "kVo033",
        "en",
        "homemakker",
        "Choosing shade cloth density for greenhouses",
        "Loosely woven polyester shade cloth from 5% to 95%; 40-60% suits most plants, orchids need at least 75%; start "
        "low and adjust, and take the cloth off at night.",
    ),
    (
        "kVo034",
        "en",
        "hortitech",
        "Woven and knitted shade fabrics, 10-90% shade",
        "Shade fabrics of polypropylene, polyethylene or polyester; a 50% cloth cuts about 10 °F, more when kept wet by "
        "misters; woven cloth lasts 10-12 years, knitted 7-10, and reflective grades keep houses cooler.",
    ),
    (
        "kVo035",
        "en",
        "premier",
        "HDPE shade nets for water- and energy-saving flower farming",
        "Shade nets lower air temperature around flowers by 5-10 °C with no electricity and cut irrigation water for roses "
        "or gerberas by 20-40% through lower transpiration and evaporation.",
    ),
    (
        "kVo036",
        "en",
        "premier_flower",
        "Shade nets matched to roses, orchids and carnations",
        "Nets of 35-75% prevent petal and leaf scorch and let growers tune light intensity for high-value flowers, "
        "improving colour, stem quality and bloom life.",
    ),
    (
        "kVo037",
        "en",
        "insect_mesh",
        "Insect-screen mesh selection for humid-tropics greenhouses",
        "Study of 10 x 20 m houses with 40-, 52- and 78-mesh side screens: finer meshes cut ventilation by 35% (52-mesh) and "
        "50% (78-mesh) versus 40-mesh and raised inside air by 1-3 °C and humidity; an energy-balance method predicts "
        "ventilation from climate data.",
    ),
    (
        "kVo038",
        "en",
        "nvtg",
        "Naturally ventilated tropical greenhouse design",
        "Simple-frame house with a transparent roof and insect-screen sides developed for the Malaysian lowlands; "
        "stack- and wind-driven ventilation models, covering materials and construction costs for hot, humid, rainy sites.",
    ),
    (
        "kVo039",
        "en",
        "eyou",
        "Insect netting with enlarged vents and fan support",
        "Supplier guidance: netting adds resistance at every vent, so enlarge effective vent area, add fans, choose mesh by "
        "climate and pest list, and clean nets to avoid heat and humidity build-up.",
    ),
    (
        "kVo040",
        "en",
        "ghdesign",
        "Greenhouse design for tropical and humid climates",
        "Decision matrix, cost ranges and case studies for hot, wet sites with night humidity above 80% and heavy rain; "
        "the right structure and ventilation can cut cooling energy by 40-70% versus sealed air-conditioned houses.",
    ),
    (
        "kVo041",
        "en",
        "nightbreak",
        "Night-break lighting protocol for chrysanthemum",
        "Research-based protocol: red light at 620-640 nm inhibits flowering better than 660 nm, and the best moment for "
        "the night-break is near the end of the cultivar's critical dark period rather than mid-night.",
    ),
    (
        "kVo042",
        "en",
        "supreme",
        "LED lamps for chrysanthemum flowering control",
        "Chrysanthemum buds only form when the day falls under 14 hours; we supply LED lighting for long-day treatment "
        "(adding more than 3 hours of light) and advise on short-day treatment with over 14 hours of darkness.",
    ),
    (
        "kVo043",
        "en",
        "redled",
        "Red LED night lighting for cut chrysanthemum",
        "Greenhouse-scale results: six hours of red LED light after sundown kept two cultivars vegetative; constant light "
        "gave better stems and branches than intermittent light, while blue light worked only with long durations.",
    ),
    (
        "kVo044",
        "en",
        "bluext",
        "Blackout cloth and blue day-extension lighting for pot chrysanthemum",
        "Growers can shorten the day with opaque black cloth to force flowering, or delay it with 4 hours of blue "
        "day-extension light, which works under sunlight because of the far-red it contains.",
    ),
    (
        "kVo045",
        "en",
        "wur_blue",
        "Blue-light extended long days for chrysanthemum",
        "University results on flower induction when 11 h short days are extended with 4 h of blue or red LED light, in "
        "growth chambers and greenhouses.",
    ),
    (
        "kVo046",
        "vi",
        "dalat_survey",
        "Khảo sát, đánh giá mô hình nhà kính, nhà màng",
        "Báo cáo khảo sát thiết kế và tình hình sử dụng nhà kính, nhà màng ở Israel, phía Bắc, phía Nam và Đà Lạt, kèm yêu "
        "cầu sinh thái của cây trồng trong nhà che; làm cơ sở chọn mẫu nhà cho vùng trồng mới.",
    ),
    (
        "kVo047",
        "vi",
        "hieublogs",
        "Thiết kế nhà trồng và hệ thống tưới phun, tưới nhỏ giọt tiết kiệm nước",
        "Tính toán, thiết kế và chế tạo nhà trồng phù hợp khí hậu với giá thành đầu tư thấp, kết hợp tưới phun và nhỏ giọt "
        "giúp tiết kiệm nước, phân bón, công chăm sóc, thích ứng hạn và thiếu nước ngọt.",
    ),
    (
        "kVo048",
        "en",
        "shadeaus",
        "Commercial shade cloth for greenhouse growing",
        "Shade cloth graded by percentage; orchids and ferns may need up to 70%, leafy crops about 50%; white 50% "
        "commercial cloth gives roughly 30% shade with the strength of the heavier knit.",
    ),
    (
        "kVo049",
        "en",
        "cropking",
        "Greenhouse shade cloth as a last cooling step",
        "Shade cloth for when fans and evaporative cooling are not enough; white or silver reflects heat and works best "
        "fitted outside the greenhouse, while black or green absorbs it.",
    ),
    # --- bonsai and ornamental fish-pond landscaping ---
    (
        "kVo050",
        "vi",
        "jpparks",
        "Thiết kế thi công hồ cá Koi kiểu Nhật",
        "Công ty cảnh quan giới thiệu 5 mẫu hồ Koi: hồ quanh nhà, hồ kèm thác nước (chiếm khoảng 60% hồ Koi ở Nhật), hồ "
        "tập trung tôn cá…; xử lý phần thô lòng hồ, xếp đá thác và xử lý nước cho cá.",
    ),
    (
        "kVo051",
        "vi",
        "vinavuon",
        "Thi công tiểu cảnh hồ nước và hòn non bộ",
        "Tiểu cảnh 2-4 m2 cho nhà ở, văn phòng, quán; hồ cá âm đất sâu không quá 1 m, chống thấm bằng bạt PE dày 0,5 mm "
        "hoặc vữa xi măng có phụ gia chống thấm.",
    ),
    (
        "kVo052",
        "vi",
        "baba",
        "Dịch vụ thi công hồ cá Koi trọn gói",
        "Chọn vị trí hồ có 4-6 giờ nắng mỗi ngày, cách nguồn ô nhiễm ít nhất 10 m, không dưới tán cây lớn; thiết kế kích "
        "thước theo số cá, thi công, chọn cá và hướng dẫn chăm sóc.",
    ),
    (
        "kVo053",
        "vi",
        "adkoi",
        "Thiết kế hồ Koi có thoát đáy và hệ lọc đồng bộ",
        "Hồ dáng oval, bầu dục hoặc chữ nhật bo góc để tạo dòng xoáy, tránh hình chữ L; tính độ sâu, thể tích, dòng chảy, "
        "thoát đáy và hệ lọc ngay từ bản vẽ để hồ không rêu tảo, nước đục.",
    ),
    (
        "kVo054",
        "vi",
        "cancauca",
        "Cung cấp vật liệu lọc hồ cá",
        "Vật liệu lọc cơ học và vi sinh cho hồ cá cảnh, tư vấn chọn và sắp xếp lớp lọc để loại cặn, phân giải amoniac, "
        "nitrit và giữ pH ổn định.",
    ),
    (
        "kVo055",
        "en",
        "bluekoi",
        "Koi pond maintenance service twice a month",
        "Recommended twice-monthly visits: skimming leaves and debris, vacuuming the bottom, back-washing the filter, water "
        "changes, water chemistry tests and fish inspection.",
    ),
    (
        "kVo056",
        "en",
        "kiefer",
        "Koi pond construction with bead filters, UV and bottom suction",
        "Deeper ponds for koi with pressurized bead filters, low-head pumps, UV sterilizers, living plant filters and "
        "bottom suction; built to budget with an Asian planting palette.",
    ),
    (
        "kVo057",
        "en",
        "ffarch",
        "Bog-filter koi pond design",
        "Architects design koi ponds filtered by a biological bog: water pumped through two layers of gravel and plants "
        "where fish waste feeds the plants and the plants clean the water.",
    ),
    (
        "kVo058",
        "en",
        "blip",
        "Bonsai nursery layout and pre-bonsai stock",
        "A working bonsai nursery: growing beds for pre-bonsai, display tables, greenhouse for tender species, soil-sifting "
        "and washing area, misting beds where air-layers root in perlite, and a pavilion for workshops.",
    ),
    (
        "kVo059",
        "en",
        "ftw_bonsai",
        "Hands-on bonsai styling workshops",
        "Professional instructors guide pruning, wiring, repotting and root pruning on participants' own trees in three "
        "workshops a year (February, June, November).",
    ),
    (
        "kVo060",
        "en",
        "iasri",
        "Bonsai course module for landscape gardening",
        "University e-course on bonsai: miniaturising trees in shallow containers, alone or with rocks, as a fast-growing "
        "segment of landscape gardening.",
    ),
    (
        "kVo061",
        "vi",
        "aqvn_bonsai",
        "Tạo hình bonsai và tiểu cảnh kết hợp đá",
        "Hướng dẫn các dáng bonsai cơ bản (thẳng cân đối, thẳng không cân đối, buông lơi, ngả nghiêng) và cách kết hợp đá "
        "thay chậu thành tiểu cảnh; cây thường dùng: kim quýt, cần thăng, mai chiếu thủy, nguyệt quới.",
    ),
    # --- potting media and coir substrates ---
    (
        "kVo062",
        "vi",
        "xodua_hoa",
        "Quy trình xử lý xơ dừa làm giá thể trồng hoa",
        "Hướng dẫn từng bước ngâm, xả, xử lý xơ dừa và mụn dừa trước khi trồng để loại chất gây hại cho rễ; giá thể giữ ẩm "
        "mà vẫn thoát nước, pH khoảng 5,5-6,8.",
    ),
    (
        "kVo063",
        "vi",
        "vuonxanh",
        "Giá thể xơ dừa thành phẩm cho hoa, rau, ươm cây",
        "Giá thể xơ dừa gồm khoảng 80% cellulose, 18% lignin; phân tích 67,8% mùn, 0,294% N, pH 4,5-6,9; thoáng khí, CEC "
        "trung bình-cao, phân hủy chậm; dùng trồng lan, ươm cây và ép chậu.",
    ),
    (
        "kVo064",
        "vi",
        "nguonsinhthai",
        "Vỏ dừa cắt đã xử lý và công thức phối trộn giá thể cây cảnh",
        "Vỏ dừa cắt đã loại tanin, nấm và vi khuẩn, bền ít mục; trộn với than củi hoặc xỉ than, đất hữu cơ và trấu hun cho "
        "lan, bonsai, kiểng lá, sen đá, hoa hồng.",
    ),
    (
        "kVo065",
        "vi",
        "ecolafa",
        "Giá thể mụn dừa trộn đá perlite cho hoa kiểng",
        "Hướng dẫn và cung cấp giá thể mụn dừa phối đá perlite trồng cây hoa kiểng, thoáng rễ, nhẹ chậu.",
    ),
    (
        "kVo066",
        "vi",
        "ngocvinh",
        "Mụn dừa tách máy cung cấp cho vườn ươm",
        "Cơ sở ở Mỏ Cày Bắc đầu tư máy tách, mỗi ngày sản xuất khoảng 7 tấn mụn dừa và 2 tấn chỉ xơ; mụn dừa bán bao 10 kg "
        "giá 23.000 đồng cho các làng cây giống hoa kiểng.",
    ),
    (
        "kVo067",
        "en",
        "agrii",
        "Washed, buffered and aged coco pith",
        "Coco pith aged for stability, washed to EC below 1.0 mS/cm (1:1.5 dilution) and buffered so excess sodium and "
        "potassium are exchanged and rinsed out before delivery.",
    ),
    (
        "kVo068",
        "en",
        "hortidaily",
        "Coir processing advice: leach salts, then test",
        "Consultant guidance: coir is naturally high in sodium, potassium and chloride; properly leached coir below 1.0 "
        "mS/cm needs no calcium nitrate buffering; test soluble salts before mixing and planting.",
    ),
    (
        "kVo069",
        "en",
        "ecoagro",
        "Buffered cocopeat to RHP limits",
        "Raw coir EC of 2-6 mS/cm is washed below 1.0 mS/cm, then the exchange complex is saturated with calcium nitrate so "
        "residual sodium and potassium wash out; buffered coir meets RHP limits of under 1 mmol Na and 2 mmol K.",
    ),
    (
        "kVo070",
        "en",
        "dp_ec",
        "Substrate EC measurement to RHP method",
        "EC of coir substrates measured at 1 part substrate to 1.5 parts water according to RHP standards, so quotes from "
        "different suppliers can be compared.",
    ),
    (
        "kVo071",
        "en",
        "terravitalia",
        "High-performance coco substrate mixes",
        "Washed plus buffered mixes of coir, chips and pith tailored to species, location and packaging, with a low carbon "
        "footprint and reliable supply.",
    ),
    (
        "kVo072",
        "en",
        "botanicare",
        "When to rinse or buffer coco coir",
        "Technical guidance: unbuffered coir holds too much sodium and potassium and too little calcium and magnesium on "
        "its exchange sites; how to rinse and buffer for the crop's needs.",
    ),
    (
        "kVo073",
        "en",
        "amariah",
        "Latex-bonded coir pots",
        "Coconut fibre pots bound with natural latex let air and water through; roots air-prune at the wall, so plants are "
        "set out pot and all without root circling or transplant shock.",
    ),
    (
        "kVo074",
        "en",
        "sethu",
        "Compressed coco pellets for seed starting",
        "Pellets of 6-10 g with 10-20% moisture expand 50-100 times in water to 100-150 ml of airy medium, pH 5.5-6.5, for "
        "seeds, hydroponics and containers.",
    ),
    (
        "kVo075",
        "en",
        "coastal",
        "Coco coir plugs for seeds and cuttings",
        "Compressed coir plugs rehydrated in 10-15 minutes, set in trays for seeds or cuttings, kept moist but not "
        "saturated, with liquid feed as needed.",
    ),
    (
        "kVo076",
        "en",
        "halleck",
        "Compressed peat or coir seed-plug pellets",
        "Dry plug pellets with a little fertilizer in biodegradable film; transplant when roots reach the edge.",
    ),
    (
        "kVo077",
        "en",
        "gpn_plugs",
        "Loose-rolled propagation plugs",
        "Plugs of sphagnum peat, perlite and vermiculite bound by cellulose fabric, with trays that air-prune roots for "
        "uniform starter plants.",
    ),
    (
        "kVo078",
        "en",
        "leevalley",
        "Coir pellets in fine mesh",
        "Biodegradable coir pellets that swell in warm water for seeds or cuttings and go into the ground whole.",
    ),
    (
        "kVo079",
        "vi",
        "bentre_mun",
        "Đánh giá hiệu quả kinh tế các sản phẩm từ mụn xơ dừa",
        "Nghiên cứu so sánh hiệu quả kinh tế các phương thức sử dụng sản phẩm làm từ mụn xơ dừa ở Bến Tre, giúp cơ sở chọn "
        "hướng chế biến phù hợp.",
    ),
    # --- seed and seedling certification ---
    (
        "kVo080",
        "en",
        "cdfa",
        "Citrus nursery source-tree cleanliness program",
        "A mandatory program for citrus nurseries: every source tree for propagation material must meet testing and "
        "maintenance requirements, with enforcement for non-compliant stock.",
    ),
    (
        "kVo081",
        "en",
        "tamuk",
        "Citrus budwood certification from a cleaned foundation collection",
        "Since 1997 a citrus centre keeps varieties cleaned of graft- and insect-transmitted pathogens by shoot-tip grafting "
        "and thermotherapy, and grows increase trees that supply budwood to nurseries.",
    ),
    (
        "kVo082",
        "en",
        "ctonline",
        "Certified virus-free citrus trees on sour orange rootstock",
        "Nursery trees budded with university-certified virus-free budwood on sour orange; each tree carries a label and "
        "number; budwood sold at 10 cents a bud from a 4-acre foundation block.",
    ),
    (
        "kVo083",
        "en",
        "fl_rule",
        "Traceable budwood cutting and tagging procedure",
        "Budwood cut under an authorized witness, bundled and labelled per source tree, recorded on cutting reports; "
        "propagations kept traceable with permanent tags and held in approved protective structures.",
    ),
    (
        "kVo084",
        "en",
        "tx_code",
        "Standards for certified citrus nurseries and structures",
        "Certification standards for budwood purity, disease testing, insect-resistant propagation structures, sanitation, "
        "stock movement and distance to groves, with bud-cutting reports due within 30 days.",
    ),
    (
        "kVo085",
        "en",
        "belize",
        "Citrus nursery registration guidelines",
        "Practical guide for nurserymen to register and produce certified trees: site and facility requirements that keep "
        "root pathogens such as Phytophthora out, and rules for healthy varieties and rootstocks.",
    ),
    (
        "kVo086",
        "vi",
        "dk_form",
        "Hỗ trợ hồ sơ đăng ký công nhận nguồn giống, vườn cây đầu dòng",
        "Hướng dẫn lập đơn gửi Sở Nông nghiệp: tên giống, vị trí, năm trồng, vật liệu ban đầu, sinh trưởng, năng suất; với "
        "vườn cây đầu dòng cần mã hiệu, diện tích, khoảng cách trồng, sơ đồ vườn và lịch sử canh tác.",
    ),
    (
        "kVo087",
        "vi",
        "tt46",
        "Tư vấn chứng nhận hợp quy, công bố hợp quy giống cây trồng",
        "Hướng dẫn thủ tục chứng nhận và công bố hợp quy giống cây trồng theo Thông tư 46/2015/TT-BNNPTNT cho tổ chức, cá "
        "nhân sản xuất kinh doanh giống.",
    ),
    (
        "kVo088",
        "vi",
        "qd52",
        "Chứng nhận chất lượng giống cây trồng phù hợp tiêu chuẩn",
        "Dịch vụ theo Quy định chứng nhận chất lượng giống cây trồng phù hợp tiêu chuẩn (Quyết định 52/2006/QĐ-BNN).",
    ),
    (
        "kVo089",
        "vi",
        "gt_giong",
        "Tập huấn khảo nghiệm, kiểm định và chứng nhận giống cây trồng",
        "Giáo trình về khảo nghiệm tính khác biệt, đồng nhất, ổn định và giá trị canh tác, công nhận giống, người lấy mẫu, "
        "người kiểm định, phòng kiểm nghiệm và tổ chức chứng nhận chất lượng giống.",
    ),
    (
        "kVo090",
        "vi",
        "vacvina",
        "Bộ KIT chẩn đoán nhanh bệnh vàng lá greening trên cây có múi",
        "Viện Bảo vệ thực vật ứng dụng KIT phát hiện vi khuẩn Candidatus Liberibacter asiaticus, tác nhân của khoảng 90% "
        "vườn có múi bị vàng lá, lây qua mắt ghép và rầy; phục vụ kiểm tra cây giống và cây mẹ.",
    ),
    (
        "kVo091",
        "vi",
        "tcvn12371",
        "Giám định vi khuẩn, virus, phytoplasma theo bộ TCVN 12371",
        "Phòng thí nghiệm thực hiện quy trình giám định tác nhân gây bệnh thực vật theo bộ TCVN 12371 do Cục Bảo vệ thực vật "
        "biên soạn.",
    ),
    # --- pest control in nurseries ---
    (
        "kVo092",
        "vi",
        "cnnn_chetcay",
        "Giải pháp kiểm soát chết cây con trong vườn ươm",
        "Chẩn đoán và xử lý hội chứng chết cây con (thối cổ rễ, đổ gục) do nấm đất Pythium, Phytophthora, Rhizoctonia, "
        "Fusarium; kết hợp cải thiện sức khỏe đất, vệ sinh và thuốc phù hợp.",
    ),
    (
        "kVo093",
        "vi",
        "lantunhien",
        "Trichoderma và Pseudomonas cho vườn lan",
        "Kinh nghiệm 3 tháng dùng tại vườn: Pseudomonas fluorescens đối kháng Fusarium solani, Phytophthora palmivora gây "
        "vàng lá thối rễ, thối đen; Trichoderma khống chế xì mủ, thối cổ rễ, chết yểu; an toàn, tưới không cần bảo hộ.",
    ),
    (
        "kVo094",
        "vi",
        "nnshop_tricho",
        "Chế phẩm nấm đối kháng Trichoderma",
        "Trichoderma harzianum, T. viride ức chế nấm gây thối rễ, chết yểu, héo rũ, phân hủy hữu cơ; phát triển tốt ở "
        "25-30 °C và pH 5,5-7,5.",
    ),
    (
        "kVo095",
        "vi",
        "nnpho_tricho",
        "Trichoderma cho canh tác hữu cơ",
        "Nấm đối kháng tiết chitinase, glucanase phá vách tế bào Pythium, Rhizoctonia, Fusarium, Phytophthora, bảo vệ rễ và "
        "cải tạo đất; hướng dẫn cách dùng.",
    ),
    (
        "kVo096",
        "vi",
        "paecilo",
        "Nấm Paecilomyces và Trichoderma trừ tuyến trùng bướu rễ",
        "Kết quả khảo sát khả năng đối kháng của các dòng Paecilomyces spp. và Trichoderma spp. với tuyến trùng bướu rễ "
        "Meloidogyne trong điều kiện in vitro và nhà lưới (phối hợp Viện Cây ăn quả miền Nam).",
    ),
    (
        "kVo097",
        "vi",
        "antagonist",
        "Vi sinh vật đối kháng nấm hại vùng rễ",
        "Đánh giá hiệu lực các vi sinh vật đối kháng phòng trừ bệnh nấm hại vùng rễ cây trồng cạn, làm cơ sở sản xuất chế "
        "phẩm.",
    ),
    (
        "kVo098",
        "vi",
        "goldsun",
        "Hướng dẫn quản lý tuyến trùng theo vòng đời",
        "Tuyến trùng dài 0,25-3 mm, mỗi nang chứa 200-500 trứng tồn tại nhiều năm trong đất; quy trình quản lý theo từng "
        "giai đoạn đã thử nghiệm trên bắp cải và cây khác.",
    ),
    (
        "kVo099",
        "vi",
        "hidano",
        "Thuốc đặc trị tuyến trùng",
        "Sản phẩm trị tuyến trùng gây u sưng, thối rễ; hướng dẫn nhận biết sớm qua cây còi, vàng lá, xoắn lá không đều trong "
        "vườn.",
    ),
    (
        "kVo100",
        "vi",
        "botrytis",
        "Nghiên cứu bệnh thối xám hoa hồng do Botrytis",
        "Kết quả nghiên cứu nấm Botrytis cinerea gây thối nụ, cuống hoa hồng, phát mạnh tháng 1-4 khi ẩm và mát; xác định "
        "giống mẫn cảm và khuyến cáo cắt bỏ cành, nụ bệnh.",
    ),
    (
        "kVo101",
        "en",
        "ofrf",
        "Thrips IPM for organic greenhouse ornamentals",
        "Trial combining a granular fungal treatment, predatory mites and marigold guardian plants, which suppressed thrips "
        "better than mites and marigolds alone in a commercial greenhouse.",
    ),
    (
        "kVo102",
        "en",
        "missouri",
        "Reduced-risk pesticide selection for greenhouse and nursery pests",
        "Extension guide for aphids, thrips, fungus gnats, shore flies, spider mites, mealybugs, whiteflies, leafminers and "
        "caterpillars: scout first, spray only at damaging levels and choose products kind to beneficials.",
    ),
    (
        "kVo103",
        "en",
        "umass",
        "Biological control of greenhouse flower pests",
        "Fact sheets on predators, parasitoids and pathogens within IPM, including Encarsia formosa against greenhouse "
        "whitefly and options for sweet potato whitefly on flower crops.",
    ),
    (
        "kVo104",
        "en",
        "cornell",
        "Predatory mite Neoseiulus cucumeris against thrips",
        "IPM educators help greenhouse owners release N. cucumeris against thrips, which carry impatiens necrotic spot "
        "virus and resist insecticides; growers report good control without weekly sprays.",
    ),
    (
        "kVo105",
        "en",
        "horsford",
        "Running a pesticide-free nursery greenhouse with beneficials",
        "A nursery shares how it replaced spraying with releases of several predatory mite species, wasps and other "
        "beneficials against western flower thrips and other pests.",
    ),
    (
        "kVo106",
        "en",
        "attra",
        "Greenhouse thrips IPM guide",
        "Monitoring, biological controls, biorational pesticides and growth regulators for thrips on vegetables and "
        "ornamentals, with tables of biopesticides; controlling thrips prevents TSWV and INSV spread.",
    ),
    (
        "kVo107",
        "en",
        "fcla",
        "Erwinia soft rot in Phalaenopsis: roguing trial",
        "Five repeated trials in commercial production with two plants per 6-inch pot showed that removing only the "
        "diseased plant from the pot does not stop Erwinia soft rot losses.",
    ),
    (
        "kVo108",
        "en",
        "bonsaitree_sr",
        "Preventing bacterial soft rot in orchids",
        "Soft rot can rot whole leaves in 3-5 days in hot, wet weather; keep media well drained and ventilated, cut out "
        "spots at once, isolate plants whose growing point is hit and avoid overhead spraying.",
    ),
    (
        "kVo109",
        "en",
        "botanicrealm",
        "Combating bacterial soft rot (Pectobacterium) in orchids",
        "Identification and control guide: the disease thrives at 25-30 °C with poor air flow, overwatering and wounds; "
        "spreads by water, insects, tools and infected plants.",
    ),
    (
        "kVo110",
        "en",
        "natureplanet_wr",
        "White rot control in Phalaenopsis",
        "Steam-sterilize sphagnum, disinfect pots with 0.2-0.5% potassium permanganate and use clean water to stop the "
        "stem-base rot that spreads in hot, humid spells.",
    ),
    (
        "kVo111",
        "en",
        "philstar",
        "Orchid disease as a production-system defect",
        "Advice on bacterial spotting of Phalaenopsis flowers: correct calcium, manganese and silica nutrition, air "
        "movement, watering method and greenhouse hygiene.",
    ),
    (
        "kVo112",
        "vi",
        "ray_tg",
        "Thuốc trừ rầy chổng cánh cho cây có múi trong nhà lưới",
        "Đánh giá hiệu lực 5 loại thuốc trừ rầy chổng cánh Diaphorina citri và khả năng hạn chế tỷ lệ nhiễm vàng lá greening "
        "trên cam sành trồng trong nhà lưới tại Tiền Giang.",
    ),
    (
        "kVo113",
        "vi",
        "soilborne",
        "Tài liệu nhận biết bệnh thối rễ, thân có nguồn gốc từ đất",
        "Tài liệu tập huấn: tác nhân tồn tại lâu trong đất, lây qua nước tưới, đất bám và cây giống nhiễm bệnh; triệu chứng "
        "còi cọc, vàng lá, héo, chết cây và cách phân biệt.",
    ),
    # --- cut-flower post-harvest and selling ---
    (
        "kVo114",
        "en",
        "ijfs",
        "STS pretreatment to extend cut-rose vase life",
        "Ten-hour pretreatments tested on the rose 'Jinny': silver thiosulfate extended vase life from 11.8 to 19.9 days, "
        "kept water balance positive and limited microbes; most commercial solutions also helped.",
    ),
    (
        "kVo115",
        "en",
        "floralife",
        "Long-term storage protocol for cut roses",
        "Dips, re-cutting, hydration buckets and 24 h at 1-2 °C before boxing in transport bags, controlling ethylene and "
        "Botrytis so roses survive weeks in sea containers.",
    ),
    (
        "kVo116",
        "en",
        "milele",
        "Cool-chain management for cut flowers",
        "Flowers go into water and a 4 °C cold room within 15-20 minutes of harvest, are graded and held at 2 °C, packed "
        "cold and moved in refrigerated trucks.",
    ),
    (
        "kVo117",
        "en",
        "kmllre",
        "Pre-cooling equipment for cut flowers",
        "Forced cooling right after harvest slows respiration, ethylene response, water loss and opening.",
    ),
    (
        "kVo118",
        "en",
        "mdpi_eco",
        "Eco-friendly floral preservative solutions",
        "Review of low-cost organic alternatives to chemical preservatives for cut flowers.",
    ),
    (
        "kVo119",
        "en",
        "bioinsights",
        "Hydration and pulsing of roses before cold storage",
        "Re-cut stems at a slant under water, strip submerged leaves, and pulse in a hydrating solution before cold "
        "storage to avoid air embolism and bent neck.",
    ),
    (
        "kVo120",
        "vi",
        "baogialai",
        "Mẹo cắm hoa tươi lâu ngày Tết",
        "Chọn hoa còn cánh đài, cắt chéo gốc bằng dao sắc, ngâm cả cành khoảng 5 phút, tỉa lá ngập nước, thay nước ít nhất "
        "mỗi ngày một lần.",
    ),
    (
        "kVo121",
        "vi",
        "casalana",
        "Thuốc dưỡng hoa và cách giữ hoa tươi lâu",
        "Dùng lọ sạch cổ rộng, cắt gốc 45°, cắt hoa hồng dưới nước, bỏ lá dưới mực nước, thay nước hằng ngày và pha thuốc "
        "dưỡng hoa.",
    ),
    (
        "kVo122",
        "en",
        "tuoitre_center",
        "Flower trading centre on the Ota auction model",
        "Province-built 1.3 ha wholesale centre with warehouses that pools orders and supply through an IT system, "
        "modelled on Japan's Ota market, with a twin hub in HCMC.",
    ),
    (
        "kVo123",
        "en",
        "vnplus_center",
        "Flower trading centres in HCMC and Da Lat",
        "Planned 16.6 ha centre handling up to 2.5 million stems a day, and a 14 ha HCMC centre with post-harvest "
        "preservation, packing and refrigerated shipping.",
    ),
    (
        "kVo124",
        "vi",
        "plo_tiktok",
        "Kinh nghiệm bán cây hoa trên TikTok Shop và đóng gói đi xa",
        "Vựa cây giống ở Vĩnh Long chia sẻ cách vận hành shop trực tuyến từ 2023, học lại cách đóng gói cây cảnh sau những "
        "đánh giá 1 sao vì hàng dập nát, nay bán hàng vạn chậu hoa Tết.",
    ),
    (
        "kVo125",
        "vi",
        "dantri_mai",
        "Bán mai Tết qua livestream",
        "Chủ vườn 2.500 m2 với hơn 2.000 gốc mai hướng dẫn bán qua Facebook, TikTok: đăng 2 video mỗi ngày mùa cao điểm, "
        "livestream 20h-2h, tư vấn chăm sóc và vận chuyển.",
    ),
    (
        "kVo126",
        "en",
        "vov_orchid",
        "Orchid supply-chain linkage program",
        "City agriculture department links orchid farmers and cooperatives with distributors through conferences and "
        "networking; more than 60 businesses already connected, and it works with Can Tho and south-western provinces.",
    ),
    (
        "kVo127",
        "en",
        "vnnet_dalat",
        "Export flower packing lines",
        "Da Lat exporters harvest roses and orchids to export standards and pack cut roses with anti-impact sheets on "
        "packing lines; the city can produce 3.1 billion stems a year.",
    ),
    (
        "kVo128",
        "vi",
        "nld_online",
        "Đặt trồng và bán hoa Tết qua TikTok Shop",
        "Vựa cây giống đặt nhà vườn trồng cúc mâm xôi theo đơn, năm trước bán online 20.000 chậu, năm nay chuẩn bị khoảng "
        "30.000 chậu và mở bán sớm cùng nhà sáng tạo nội dung.",
    ),
    (
        "kVo129",
        "vi",
        "danviet_uc",
        "HTX lai tạo lan Dendrobium xuất khẩu sang Úc",
        "Hợp tác xã ở TP Thủ Đức lai tạo, trồng thành công lan Dendrobium và bán sang Úc; sẵn sàng liên kết đầu ra với nhà "
        "vườn.",
    ),
    # --- distractors (neighbouring fields) ---
    (
        "kVo130",
        "en",
        "coircraft",
        "Coir geotextiles for slope erosion control",
        "Woven coir mesh mattings in 10 standard grades, loop-woven fabrics, latex-backed coir bags, coco logs and needle "
        "felts for hill slopes and embankments.",
    ),
    (
        "kVo131",
        "en",
        "erosionfaq",
        "Coir logs, wattles and erosion blankets",
        "Brown coir products for streambanks and beaches: logs last 2-6 years, temporary mats 9-24 months.",
    ),
    (
        "kVo132",
        "en",
        "erosionmat",
        "Coir fibre matting for coastal restoration",
        "Open-weave biodegradable coir mats that stabilise salt marshes until plants establish.",
    ),
    (
        "kVo133",
        "en",
        "coirgreen",
        "Coir netting for erosion and wetland restoration",
        "Geotextiles of pure coir lasting two to five years and holding three times their weight in water.",
    ),
    (
        "kVo134",
        "vi",
        "trabaco",
        "Than hoạt tính và than BBQ từ gáo dừa",
        "Doanh nghiệp có 5 nhà máy, chế biến 7.000 tấn than hoạt tính, 1.800 tấn than BBQ và 16.000 tấn xơ dừa mỗi năm, xuất "
        "khẩu hơn 30 quốc gia.",
    ),
    (
        "kVo135",
        "vi",
        "dehusk",
        "Máy tách vỏ dừa tự động",
        "Máy do Trường Đại học Trà Vinh chế tạo tách 500-700 trái/giờ, sạch vỏ 98%, điện 1 pha 220 V, giá khoảng 100 triệu "
        "đồng, thu hồi vốn nhanh.",
    ),
    (
        "kVo136",
        "vi",
        "composite",
        "Vật liệu composite sợi xơ dừa - nhựa HDPE",
        "Thông số ép 180 °C, 1,7 MPa, tỷ lệ nhựa 50% cho tấm composite khối lượng thể tích 0,39 g/cm3 dùng làm đồ mộc.",
    ),
    (
        "kVo137",
        "vi",
        "guppy_la",
        "Trại lai tạo cá bảy màu chất lượng cao",
        "Trại ở Long An bảo tồn, nhân giống, lai tạo dòng cá bảy màu mới để dự thi trong và ngoài nước.",
    ),
    (
        "kVo138",
        "vi",
        "guppy_eva",
        "Mô hình nuôi cá bảy màu thương phẩm",
        "Nuôi cá guppy Nhật, Thái, rồng; cá đực 3-3,5 cm, cá cái 4-6 cm; lãi hàng trăm triệu mỗi năm.",
    ),
    (
        "kVo139",
        "vi",
        "soha_fish",
        "Kinh doanh cá cảnh và hồ thủy sinh",
        "Nuôi cá rồng, cá dĩa, la hán, cá vàng; làm hồ thủy sinh, cung cấp cây thủy sinh và thiết bị cá cảnh.",
    ),
    (
        "kVo140",
        "vi",
        "betta",
        "Lai tạo cá Betta rồng",
        "Kinh nghiệm lai tạo và chăm sóc cá Betta vảy rồng cho người chơi.",
    ),
    (
        "kVo141",
        "vi",
        "discus",
        "Trại nuôi cá dĩa trong bể kiếng",
        "Trại hơn 70 bể kiếng và 30 hồ xi măng chuyên cá dĩa.",
    ),
    (
        "kVo142",
        "vi",
        "rice_hq",
        "Chứng nhận hợp quy giống lúa",
        "Thủ tục, hồ sơ xin giấy chứng nhận hợp quy giống cây trồng lúa theo Luật Trồng trọt 2018 và Nghị định 84/2018.",
    ),
    (
        "kVo143",
        "vi",
        "tt30",
        "Công nhận giống và nguồn giống cây trồng lâm nghiệp",
        "Hướng dẫn Thông tư 30/2018 về danh mục loài cây lâm nghiệp chính, công nhận giống, nguồn giống và vật liệu giống.",
    ),
    (
        "kVo144",
        "vi",
        "forest_std",
        "Tiêu chuẩn công nhận giống cây trồng lâm nghiệp",
        "Yêu cầu kỹ thuật với nguồn giống và giống cây rừng mới chọn tạo phục vụ trồng rừng.",
    ),
    (
        "kVo145",
        "vi",
        "bee_qcvn",
        "Kiểm định ong mật giống theo QCVN 01-101:2012",
        "Dịch vụ kiểm định đàn ong mật giống theo quy chuẩn kỹ thuật quốc gia.",
    ),
    (
        "kVo146",
        "vi",
        "mangrove",
        "Thiết kế vườn ươm cây rừng ngập mặn",
        "Vườn ươm chìm với luống rộng 1,2 m, dài 20-25 m, lối đi 30 cm; vườn ươm nổi nơi đất cao cho đước, mấm, bần.",
    ),
    (
        "kVo147",
        "vi",
        "melon_nh",
        "Quy cách kỹ thuật nhà màng trồng dưa lưới",
        "Tiêu chuẩn kết cấu, vật liệu, thông gió và lưới chắn côn trùng cho nhà màng dưa lưới.",
    ),
    (
        "kVo148",
        "vi",
        "rau_nm",
        "Dự án sản xuất rau sạch trong nhà màng",
        "Phương án kinh doanh, công nghệ nhà màng, trồng rau và sơ chế đóng gói rau sạch.",
    ),
    (
        "kVo149",
        "vi",
        "avocado",
        "Kỹ thuật trồng, chăm sóc, thu hoạch bơ",
        "Bơ ghép ra hoa sau 2-3 năm; chỉ khoảng 1% hoa đậu quả; trồng xen nhóm A và B để tăng thụ phấn.",
    ),
    (
        "kVo150",
        "vi",
        "chuoi_pv",
        "Đặc trưng giống chuối tây bản địa Phấn Vàng",
        "Mô tả đặc điểm sinh học giống chuối Phấn Vàng Phú Thọ theo tiêu chuẩn IPGRI phục vụ bảo tồn.",
    ),
    (
        "kVo151",
        "vi",
        "bachdan",
        "Khảo nghiệm xuất xứ bạch đàn",
        "Kết quả khảo nghiệm xuất xứ các loài bạch đàn tại Đông Hà phục vụ chọn giống cây rừng.",
    ),
    (
        "kVo152",
        "vi",
        "kh_rice",
        "Thông báo sâu bệnh hại lúa",
        "Bản tin dịch hại định kỳ trên lúa: đạo ôn, sâu cuốn lá, sâu đục thân, bạc lá.",
    ),
    (
        "kVo153",
        "vi",
        "nhanongxanh",
        "Phòng sâu bệnh cây trồng mùa nắng nóng",
        "Khuyến cáo thăm vườn, bón NPK cân đối để hạn chế thán thư, cháy lá, sâu đục thân mùa nắng.",
    ),
    (
        "kVo154",
        "vi",
        "durian_phyto",
        "Đặc trị bệnh nứt thân xì mủ sầu riêng",
        "Thông tin tác nhân Phytophthora gây xì mủ trên sầu riêng ngoài vườn và thuốc đặc trị.",
    ),
    (
        "kVo155",
        "en",
        "banana_germ",
        "Slow-growth in vitro conservation of banana germplasm",
        "Protocol for keeping banana collections in vitro with growth retardants such as mannitol and sorbitol.",
    ),
    (
        "kVo156",
        "en",
        "releaf",
        "Tissue culture for cannabis genetics",
        "Glossary-style service note on cloning cannabis mother plants by tissue culture.",
    ),
    (
        "kVo157",
        "vi",
        "giaoan",
        "Giáo án công nghệ 10: nuôi cấy mô tế bào",
        "Bài giảng phổ thông về khái niệm và ứng dụng nuôi cấy mô trong nhân giống cây trồng.",
    ),
    (
        "kVo158",
        "vi",
        "bonsai_top10",
        "Bộ sưu tập 10 tác phẩm bonsai quý hiếm thế giới",
        "Giới thiệu các cây bonsai nổi tiếng như Goshin, cây 800 năm ở Shunkaen.",
    ),
    (
        "kVo159",
        "vi",
        "anninh",
        "Bí quyết chọn hoa tươi chơi Tết",
        "Mẹo cho người mua: chọn hoa còn nguyên gốc, vết cắt mới, rửa bình sạch.",
    ),
    (
        "kVo160",
        "en",
        "usebloom",
        "Plant care app: bacterial canker on moon orchid",
        "Consumer app page with copper sprays and pruning tips for a canker rarely seen on orchids.",
    ),
    (
        "kVo161",
        "vi",
        "solar",
        "Điện mặt trời cho trang trại nông nghiệp",
        "Cách tính giá điện mặt trời áp mái cho trang trại công nghệ cao.",
    ),
    (
        "kVo162",
        "vi",
        "strawberry",
        "Giá thể và dinh dưỡng cho dâu tây trong nhà màng",
        "Luận án về ảnh hưởng của giá thể và dinh dưỡng đến năng suất dâu tây trồng nhà màng tại Đà Lạt.",
    ),
    (
        "kVo163",
        "vi",
        "ginger",
        "Xử lý hom giống gừng chống héo xanh",
        "Hiệu quả xử lý hom và mật độ trồng trong quản lý bệnh héo xanh do Ralstonia trên gừng.",
    ),
]
