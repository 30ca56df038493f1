"""Offers for holdout146 (insect farming for feed and food).

Rows: (id, language, source key, title, description). Distractors (neighbouring fields) are listed
with the others; see make_holdout146.py for which they are.
"""

OFFERS = [
    # --- (A) black soldier fly on waste and by-products; breeding and egg supply ---
    (
        "nRo001",
        "vi",
        "htx_hungdien",
        "Chuyển giao mô hình hợp tác xã nuôi ruồi lính đen từ rác chợ nông sản",
        "Hợp tác xã chia sẻ cách tận dụng rau, củ, quả bị bỏ ở các chợ (hàng chục tấn mỗi ngày quanh vùng) làm thức ăn cho "
        "ruồi lính đen. Khu nuôi là nhà lưới kín, tách riêng khu ấu trùng và khu ruồi trưởng thành để giữ vệ sinh; vòng đời "
        "30–45 ngày. Sản phẩm đầu ra là thức ăn chăn nuôi và phân bón.",
    ),
    (
        "nRo002",
        "vi",
        "hufi_lab",
        "Đánh giá chất nền rác hữu cơ cho ấu trùng ruồi lính đen ở quy mô phòng thí nghiệm",
        "Nhóm nghiên cứu Trường ĐH Công nghiệp Thực phẩm TP.HCM nhận thử ba loại chất thải lấy từ chợ: rau củ quả, thức ăn "
        "thừa nhà hàng chay và nhà hàng thường. Ấu trùng lớn tốt nhất trên chất thải nhà hàng chay, kém nhất trên rau củ quả; "
        "kèm phân tích lợi ích – chi phí cho hộ gia đình và vùng nông thôn.",
    ),
    (
        "nRo003",
        "en",
        "bsf_zhang",
        "Design package for a kitchen-waste fly farm (pre-treatment hall plus tray greenhouses)",
        "Layout modelled on a university-run farm in Zhejiang that takes about 12 t of kitchen waste a day: one greenhouse "
        "crushes the scraps and ferments them with a microbial starter, the others hold stacked trays of larvae. The larvae "
        "sell as feed (around USD 1,500 per tonne) and the residue as fertiliser for flower growers.",
    ),
    (
        "nRo004",
        "en",
        "iwmi_rrr",
        "Business-model support for organic-waste processing with black soldier fly",
        "Drawing on the IWMI/CGIAR Resource Recovery and Reuse report on global BSF experiences 'from technology to "
        "business', the team helps municipalities and firms choose a scalable business model, size the plant and weigh "
        "health and environmental risks before investing.",
    ),
    (
        "nRo005",
        "vi",
        "eawag_guide",
        "Tập huấn theo hướng dẫn từng bước xử lý rác hữu cơ bằng ruồi lính đen (Eawag)",
        "Khóa tập huấn dựa trên cẩm nang của Eawag/Sandec (2017): tiền xử lý rác, khu ương ấu trùng non, khay nuôi, thu "
        "hoạch và xử lý tiếp phần bã. Phù hợp cơ sở thu gom rác hữu cơ đô thị và chợ muốn vận hành trạm nuôi ruồi bài bản.",
    ),
    (
        "nRo006",
        "en",
        "betuco",
        "Substrate blending advice for black soldier fly composting",
        "Advice on mixing protein-rich waste fractions with fractions rich in easily available carbon, and on larval "
        "density, feeding rate and frequency, which drive growth and waste reduction. Larvae reach about 40% protein and "
        "35% fat; systems range from small farm units to plants treating up to 200 t of waste a day.",
    ),
    (
        "nRo007",
        "en",
        "encyc_bsf",
        "Layout of larvero and fly house for a BSF organic-waste facility",
        "Process design covering waste pre-processing (particle size, moisture), the larvero where larvae feed and grow, and "
        "the fly house where adults mate and lay. Food waste, agro-industrial by-products and chicken or dairy manure lose "
        "about half their initial weight faster than in conventional composting.",
    ),
    (
        "nRo008",
        "vi",
        "mtnt",
        "Tập huấn nuôi ruồi lính đen xử lý phân chăn nuôi và phụ phẩm nông nghiệp",
        "Hội Nông dân tổ chức lớp kỹ thuật: mỗi ấu trùng ăn 25–500 mg thức ăn tươi/ngày, chất nền từ phân chăn nuôi đến rác "
        "thực phẩm; vòng đời khoảng 45 ngày, ruồi trưởng thành dài 12–20 mm, không mang mầm bệnh như ruồi nhà.",
    ),
    (
        "nRo009",
        "vi",
        "vast_lephuong",
        "Mô hình nuôi ruồi lính đen giảm mùi chất thải chăn nuôi hộ gia đình",
        "Viện Hàn lâm KH&CN Việt Nam giới thiệu kỹ thuật đơn giản, chi phí thấp để xử lý chất thải hữu cơ trong trại nhỏ. "
        "Ấu trùng chứa 43–51% protein, 15–18% béo, 2,8–6,2% canxi, dùng cho gà, vịt, heo; vòng đời khoảng 40 ngày qua 5 giai đoạn.",
    ),
    (
        "nRo010",
        "vi",
        "langson",
        "Cung cấp trứng giống ruồi lính đen và hướng dẫn nông hộ nuôi thử",
        "Theo mô hình lấy giống từ Trường CĐ Nông nghiệp và PTNT Bắc Bộ: sau khoảng 1 tháng thu lứa trứng đầu, trứng nở sau "
        "3 ngày, ấu trùng 7 ngày tuổi đã dùng cho cá và gia cầm. Thức ăn là rau, củ, quả hỏng và chất thải chăn nuôi.",
    ),
    (
        "nRo011",
        "vi",
        "ninhthuan",
        "Trứng giống và chuồng lưới 20 m² nuôi ruồi lính đen kết hợp chăn nuôi",
        "Cung cấp trứng giống (khoảng 5,5 triệu đồng/kg) và hướng dẫn dựng chuồng khoảng 20 m² bọc lưới để ruồi không thoát. "
        "Nuôi bằng xác đậu nành, cám gạo; ấu trùng dùng cho gà, vịt, heo, tôm, cua, cá, lươn, ếch.",
    ),
    (
        "nRo012",
        "vi",
        "longan_be",
        "Chuyển giao kỹ thuật cho ruồi lính đen đẻ trong mùng",
        "Trại rộng khoảng 1.000 m² bố trí hơn 50 mùng (2 m x 7 m), trong mùng đặt tấm gỗ ghép có khe để ruồi đẻ; khu đẻ "
        "trứng tách khỏi khu nhân nhộng. Sản lượng khoảng 2 kg trứng/ngày; nhận hướng dẫn doanh nghiệp đến học.",
    ),
    (
        "nRo013",
        "vi",
        "cuchi_canh",
        "Cung ứng trứng và ấu trùng ruồi lính đen thương phẩm",
        "Trại ở Củ Chi bán trứng ruồi (15–20 triệu đồng/kg) và ấu trùng cho chăn nuôi heo, gia cầm, thủy sản; mỗi ruồi cái "
        "đẻ 500–800 trứng, ruồi trưởng thành sống khoảng một tuần.",
    ),
    (
        "nRo014",
        "en",
        "dipterra",
        "Self-harvesting propagation bins for black soldier fly",
        "Plastic totes converted into propagation bioreactors: wild or colony females enter through drilled holes and lay "
        "clutches of 400 eggs or more; eggs dry out when relative humidity falls below about 50%. Larvae hatch in about four "
        "days, reach about 200 mg at prepupa in three weeks and crawl out through vents into a collector.",
    ),
    (
        "nRo015",
        "en",
        "heussler_light",
        "Artificial lighting set-up for indoor BSF egg laying",
        "University of Innsbruck work compared three artificial light sources for oviposition and adult half-life of black "
        "soldier flies reared indoors at small scale; the group advises on lamps for breeding rooms without daylight.",
    ),
    (
        "nRo016",
        "en",
        "julita_mating",
        "Semi-outdoor mating cages for tropical BSF colonies",
        "Protocol from tropical rearing trials: adults mate from two to eight days old when temperature rises to 27–29 °C, "
        "roughly 09:00–14:00 with a peak at 11:00–12:00; each female lays 569–650 eggs. Screen cages under direct sunlight "
        "give the best mating and egg output.",
    ),
    (
        "nRo017",
        "en",
        "eggink_substrates",
        "Tailoring larval protein and fat through the rearing substrate",
        "DTU Aqua tested biowaste and by-products as rearing substrates and measured how they change larval body "
        "composition (around 40% protein and 30% lipid on dry matter); the group helps feed producers pick substrates that "
        "give the larval profile their diets need.",
    ),
    (
        "nRo018",
        "vi",
        "rana_bd",
        "Bẫy trứng ruồi lính đen hoang dã và nuôi ấu trùng trên chất nền ôi hỏng",
        "Kỹ thuật của ĐH Nông nghiệp Bangladesh: dùng rác bếp ôi, bã mù tạt, lúa mì hư để dẫn ruồi hoang dã đến đẻ; năng suất "
        "ấu trùng khoảng 186 g/kg lúa mì hư, 134 g/kg rau hư, 48 g/kg bã mù tạt; ngừng phát triển khi dưới 15 °C. Thay 50% bột "
        "cá bằng ấu trùng khô cho kết quả tốt nhất trên cá rô phi giống.",
    ),
    (
        "nRo019",
        "en",
        "bau_workshop",
        "Training on rearing BSF larvae as live feed for fish and poultry",
        "Bangladesh Agricultural University's Department of Aquaculture, with PKSF/IFAD support, trains on a culture "
        "technique for BSF larvae from waste recycling as live or dried feed; dried larvae carry up to 50% protein.",
    ),
    (
        "nRo020",
        "en",
        "chidambaram",
        "Monitored hatching system for BSF egg batches",
        "A real-time monitoring approach to egg hatching for BSF units, tracking hatch rate, moisture tolerance and "
        "drainage, with substrates moistened with treated sewage water; offered as a design study.",
    ),
    (
        "nRo021",
        "en",
        "bioconv_review",
        "Raising the bioconversion rate of BSF waste treatment",
        "Review-based consultancy on strategies that lift conversion of organic waste into larval biomass and improve the "
        "end products (protein, fertiliser, biofuel), including notes on consumer acceptance and regulatory hurdles.",
    ),
    (
        "nRo022",
        "en",
        "scirp_review",
        "Substrate performance review for planning a BSF waste-treatment plant",
        "Review of how larval performance depends on the substrate, with best practice for multiplying colonies when "
        "building a waste treatment plant that also yields protein larvae and diesel feedstock.",
    ),
    (
        "nRo023",
        "vi",
        "nghison",
        "Kinh nghiệm thu gom rác chợ nuôi ruồi lính đen của Hội làm vườn",
        "Hội làm vườn chia sẻ mô hình ra chợ gom hoa quả thối, thức ăn ôi thiu về nuôi ruồi lính đen, vừa giảm rác vừa có thu "
        "nhập; ruồi trưởng thành không có miệng, không truyền bệnh cho người và vật nuôi.",
    ),
    (
        "nRo024",
        "en",
        "feedipedia_bsf",
        "Feed-value datasheet for black soldier fly larvae",
        "Feedipedia (INRAE, CIRAD, AFZ, FAO) tables of composition and feeding value: larvae eat 25–500 mg of fresh matter a "
        "day, grow to 27 mm and 220 mg, and empty their gut at prepupa; references for use in all livestock species.",
    ),
    (
        "nRo025",
        "en",
        "entocycle",
        "Controlled-environment BSF farm with AI insect counting",
        "A London insect-farming technology firm offers modular climate-controlled farm units, real-time AI monitoring that "
        "counts insects through the life cycle, and automated production, turning waste streams into insect protein and frass.",
    ),
    (
        "nRo026",
        "en",
        "gitlab_bsf_sort",
        "Open-source larva weighing and size-sorting device",
        "Arduino-based device that weighs black soldier fly larvae and sorts them by size automatically, for selective "
        "breeding of larger flies; published openly with a related project on larvae that digest lignocellulose.",
    ),
    (
        "nRo027",
        "en",
        "agriprotein",
        "Lessons from an industrial BSF factory (meal, oil and soil conditioner)",
        "Technology-exchange brief on the South African pioneer that from 2014 ran a full-scale plant in Cape Town turning "
        "food-factory, supermarket and farm waste into insect meal, insect oil and a soil conditioner, and why its group "
        "failed in 2021; useful for investors sizing a plant.",
    ),
    # --- (B) mealworms and superworms ---
    (
        "nRo028",
        "vi",
        "doc_saugao",
        "Quy trình nuôi sâu gạo trong thùng nhựa và khay nhiều tầng",
        "Thùng khoảng 40 lít lót cám dày 3 cm chứa được khoảng 1.000 con; có thể đóng khay tầng 1 m x 0,5 m trên nền chuồng "
        "cũ. Thức ăn là cám gạo, vỏ khóm, bã mía, đầu cá nấu chín; làm rãnh nước quanh chuồng chống chuột, kiến; dưới 17 °C "
        "sâu chết nhanh.",
    ),
    (
        "nRo029",
        "vi",
        "memart_maulon",
        "Hướng dẫn nuôi sâu gạo (Zophobas morio) mau lớn",
        "Tài liệu gồm điều kiện nuôi lý tưởng, chế độ dinh dưỡng, kỹ thuật nhân giống và xử lý sự cố; sâu trưởng thành dài "
        "50–60 mm, sẽ không hóa nhộng nếu nuôi dày và dư thức ăn; có phần lưu ý pháp lý khi nuôi ở Việt Nam.",
    ),
    (
        "nRo030",
        "vi",
        "baclieu_thuyet",
        "Trại sâu gạo nhận dạy nghề và bán con giống",
        "Nhân giống bằng ống nhựa dài khoảng 5 cm xếp trên khay lót giấy, phủ vải đen; khoảng ngày 11 thành bọ non, ngày 15 bọ "
        "giao phối và đẻ. Sâu ăn trái cây, vỏ khóm, nuôi 2 tháng thì xuất bán cho điểm chim cá cảnh và nhà hàng.",
    ),
    (
        "nRo031",
        "vi",
        "memart_mini",
        "Nuôi sâu gạo nhỏ (miniworm) số lượng ít làm mồi cá cảnh, chim",
        "Hướng dẫn chuẩn bị hộp nuôi, chọn giống, giữ môi trường sạch tránh ẩm mốc; từ trứng đến sâu trưởng thành khoảng 60 "
        "ngày, phù hợp nuôi nhỏ lẻ tại nhà.",
    ),
    (
        "nRo032",
        "vi",
        "thucanh_saugao",
        "Cung cấp giống quy và sâu gạo cho người nuôi chim, cá kiểng",
        "Cơ sở bán con giống (quy nhỏ bằng hạt đậu đen) và sâu gạo thương phẩm; sâu chứa khoảng 43% đạm, 55% béo, sạch, không "
        "mang mầm bệnh; hướng dẫn kỹ thuật để tránh sâu chết.",
    ),
    (
        "nRo033",
        "en",
        "superworm_expl",
        "Superworm breeding service: pupation by isolation",
        "Larvae of Zophobas morio reach 50–60 mm and will not pupate while crowded with plenty of food; isolating them for "
        "7–10 days triggers pupation. Profile about 46.8% protein, 43.6% lipid and 8.2% ash; larvae are odour-free.",
    ),
    (
        "nRo034",
        "en",
        "echo_mealworm",
        "Mealworm production datasheet for feed producers",
        "Tenebrio molitor larvae hatch after 10–12 days at 18–20 °C and mature in 3–4 months at 130–160 mg on cereal bran; "
        "they are sold live, canned, dried or as powder for pets, birds and fish. Datasheet with nutrient tables.",
    ),
    (
        "nRo035",
        "en",
        "efsa_mw_frozen",
        "Dossier support for frozen and freeze-dried whole mealworm as novel food",
        "Based on the EFSA opinion on frozen and dried yellow mealworm: whole or powdered, for cereal bars, pasta, meat "
        "analogues and bakery. The dossier must cover contaminants carried over from insect feed, chitin (protein overstated "
        "by N x 6.25) and allergy cross-reactions with crustaceans and dust mites.",
    ),
    (
        "nRo036",
        "en",
        "nutriearth_uv",
        "UV-treated mealworm powder rich in vitamin D3",
        "Whole larvae are dried, ground and exposed to UV light, which lowers microbial load and creates vitamin D3; EFSA "
        "gave a positive safety opinion. Licence and process know-how for food-grade powder.",
    ),
    (
        "nRo037",
        "en",
        "yumda_mw",
        "Regulatory advice for selling mealworm as an approved novel food",
        "Dried larvae may be sold whole or ground and used up to 10% in foods such as pasta or biscuits; labels must warn of "
        "cross-reactions with crustacean and house-dust-mite allergies; the first authorisation carried five years of data protection.",
    ),
    (
        "nRo038",
        "en",
        "mw_microwave",
        "Microwave drying of mealworms as an alternative to freeze-drying",
        "Microwave drying is faster and cheaper than freeze-drying and left less fat oxidation in trials; adding vacuum gave "
        "no further benefit. Process set-up for small processors of dried mealworms.",
    ),
    (
        "nRo039",
        "en",
        "unk_zophobas",
        "Literature service on superworm meal for tilapia and larva oil for biodiesel",
        "Curated studies on Zophobas morio meal in Nile tilapia juvenile diets, optimising biodiesel from superworm oil, and "
        "how diets change the calcium and phosphorus of mealworms and superworms.",
    ),
    (
        "nRo040",
        "en",
        "efsa_lesser",
        "Lesser mealworm (buffalo worm) as food: frozen, paste and powder",
        "Safety basis for Alphitobius diaperinus larvae as frozen whole, paste or freeze-dried powder in cereal bars, pasta "
        "and bakery, and as a food supplement for adults; a 90-day toxicity study raised no concern.",
    ),
    (
        "nRo041",
        "en",
        "karger_mw",
        "Backyard mealworm farm kits for poultry treats and scrap composting",
        "Starter guide and kit for keeping Tenebrio molitor at home: the life cycle from egg to beetle, bins and feed, "
        "feeding the larvae to chickens or reptiles and letting them work through food scraps.",
    ),
    (
        "nRo042",
        "en",
        "ynsect",
        "Vertical mealworm farming and insect-frass fertiliser: the Ynsect model",
        "Brief on the French firm that farmed Tenebrio and Alphitobius larvae in automated vertical farms for aquafeed, pet "
        "food and a frass fertiliser, raised about EUR 600 million and was liquidated in 2025; its Damparis site now makes "
        "fertiliser from insect frass.",
    ),
    (
        "nRo043",
        "vi",
        "memart_saugao",
        "Chế biến sâu gạo thành bột protein cho gia cầm, thủy sản",
        "Giới thiệu mô hình nuôi sâu trên bã mía, rau củ, thức ăn thừa và chế biến thành bột protein làm thức ăn gia cầm, "
        "thủy sản hoặc thực phẩm chức năng, giảm chi phí cám công nghiệp.",
    ),
    (
        "nRo044",
        "en",
        "panfil",
        "Stored-product pest control for mealworm beetle infestations",
        "Pest-control firm treats grain and flour stores where Tenebrio molitor adults (12–20 mm) and larvae attack flour, "
        "bran and rusks in poorly kept warehouses.",
    ),
    (
        "nRo045",
        "en",
        "superworm_teleonomix",
        "Superworms as cheap feed and food: grower notes",
        "Notes for growers: superworms grow fast on grains and vegetables, are rich in protein and fat but low in calcium and "
        "high in chitin, so not a staple for reptiles; they can also be cooked for people.",
    ),
    # --- (C) crickets for food ---
    (
        "nRo046",
        "vi",
        "nhachannuoi_de",
        "Quy trình tổng quát nuôi dế đen theo hướng công nghiệp",
        "Tạp chí Chăn nuôi Việt Nam giới thiệu quy trình nuôi dế đen (Gryllus bimaculatus) có thể nhân rộng theo điều kiện "
        "từng vùng, con giống sẵn có trong tự nhiên; hướng tới khai thác dế làm nguồn protein và chất béo cho thực phẩm.",
    ),
    (
        "nRo047",
        "vi",
        "jia_de",
        "Trại dế chuyển giao công nghệ ấp trứng và nuôi dế thương phẩm",
        "Trại ở Củ Chi chọn giống dế ta đen tuyền cánh có đốm hợp nuôi công nghiệp; dế nở đến khoảng 45 ngày thì xuất bán, "
        "60 ngày trưởng thành sinh sản. Chuyển giao kỹ thuật ấp trứng, chăm sóc và bán con giống.",
    ),
    (
        "nRo048",
        "vi",
        "phunu_dethai",
        "Nuôi dế Thái vàng trong thùng nhựa xếp chồng có cấp nước tự động",
        "Dế Thái vàng to con, sức đề kháng tốt, thịt thơm, hợp nhà hàng. Thùng nhựa xếp chồng tăng mật độ, mỗi thùng khoảng "
        "8 kg dế; hệ ống dẫn nước tự động cho dế uống mà chuồng vẫn khô.",
    ),
    (
        "nRo049",
        "vi",
        "doc_kythuatde",
        "Tài liệu kỹ thuật nuôi dế trong xô, khay có nắp",
        "Xô 45 lít thả 20 dế cái và 10 dế đực (tỷ lệ 2:1); nắp đục lỗ thông thoáng; thức ăn cám gà, cám cá, thêm cà rốt, dưa "
        "hấu, rau cải, cỏ tươi. Nuôi khép kín để dế không thoát ra phá cây trồng.",
    ),
    (
        "nRo050",
        "vi",
        "daihoc_de",
        "Trang trại cung cấp dế giống và hướng dẫn chọn đực cái",
        "Bán dế giống kèm kỹ thuật: phân biệt đực cái qua ngực, cánh, bụng và ống đẻ; nuôi trong chậu nhựa cao 35–40 cm, "
        "đường kính 40–50 cm, giàn tre già đan mắt cáo cho dế bám.",
    ),
    (
        "nRo051",
        "vi",
        "brvt_de",
        "Mô hình nuôi dế thương phẩm quy mô 150 thùng trên 100 m²",
        "Cơ sở ở Bình Định với hơn 150 thùng dế sinh sản và thương phẩm; dế thịt nuôi 40–50 ngày là bán, mỗi ngày xuất khoảng "
        "8 kg, giá 260–270 nghìn đồng/kg. Cho ăn rau cỏ trộn ít cám mỗi sáng, chiều dọn vệ sinh.",
    ),
    (
        "nRo052",
        "vi",
        "cuoituan_de",
        "Nuôi dế trên vỉ trứng giấy cho nhà hàng và làm mồi",
        "Trại ở Đức Hòa nuôi dế trong ô đất khoảng 1 m² có vỉ trứng giấy nhiều tầng. Dế làm thực phẩm thả thưa 7–8 kg/m², "
        "khoảng 40 ngày đạt cỡ nhà hàng; dế làm mồi thả 10 kg/m², 20–30 ngày.",
    ),
    (
        "nRo053",
        "vi",
        "nld_de_cantho",
        "HTX nuôi dế ăn rau, lục bình và làm snack, bánh phồng dế",
        "HTX Đồng Hành MeKong Xanh (Cần Thơ) liên kết 10 hộ, khoảng 400 kg dế/tháng; cho dế ăn rau củ và lục bình thay cám "
        "công nghiệp (cám làm dế béo phì, bệnh, có mùi). Sản phẩm: dế trứng tươi cấp đông, bánh phồng dế, snack dế.",
    ),
    (
        "nRo054",
        "vi",
        "nongnghiep_desay",
        "Cơ sở nuôi dế thương phẩm và sơ chế dế sấy đóng gói",
        "Trại dế ở Tân Châu (Tây Ninh) nuôi dế thương phẩm, sấy khô đóng gói làm quà biếu vào dịp Tết; nhận thanh niên đến "
        "học nghề nuôi dế.",
    ),
    (
        "nRo055",
        "vi",
        "banhquy_de",
        "Bánh quy dế – công thức phối trộn dế vào bánh",
        "Nhóm khởi nghiệp ở Tiên Phước (Quảng Nam) nghiên cứu đưa dế vào nguyên liệu làm bánh quy, tìm loại côn trùng hợp "
        "khẩu vị người Việt; nhận hợp tác phát triển sản phẩm thực phẩm từ côn trùng.",
    ),
    (
        "nRo056",
        "en",
        "frontiers_crickets",
        "Reference data on edible cricket species and their nutrients",
        "icipe and partner universities compiled over 60 cricket species eaten in 49 countries, with protein of 55–73% and "
        "lipids of 4.3–33.4% of dry matter, plus safety, sensory and farming information; offered as a reference service.",
    ),
    (
        "nRo057",
        "en",
        "kyrgyz_cricket",
        "Cricket protein meal production: about 4 kg of crickets per kg of meal",
        "A Bishkek farm with some 1.5 million crickets bakes them and grinds them into a meal of about 70% protein; four "
        "kilograms of crickets give one kilogram of meal, sold at roughly EUR 70 per kg.",
    ),
    (
        "nRo058",
        "en",
        "wiki_cricketflour",
        "Cricket flour processing for pasta, bread and snacks",
        "Crickets are freeze-dried or cooked, then pulverised into a dark-brown, nutty flour rich in protein, B12, iron and "
        "essential amino acids; it can replace wheat flour in pasta, bread, cookies, chips and smoothies.",
    ),
    (
        "nRo059",
        "en",
        "cricket_powder_steps",
        "Cricket-to-powder line: cleaning, thermal treatment, drying, milling",
        "Turnkey know-how from the farm to the powder: ventilated stacked housing to keep ammonia down, 27–32 °C and 60–70% "
        "humidity, water gels, egg-laying trays on coconut coir, then cleaning, heat treatment, drying and fine milling.",
    ),
    (
        "nRo060",
        "en",
        "future_edible",
        "Post-harvest handling of crickets: freezing, washing, blanching",
        "Crickets are killed humanely by freezing, shipped frozen to the processor, washed to remove frass and foreign "
        "matter, and blanched before drying; guidance for small food processors.",
    ),
    (
        "nRo061",
        "en",
        "nextagro_cricket",
        "Automated egg-laying and counting device for cricket farms",
        "An Ovipost-type system manages cricket egg laying and counts eggs automatically, removing manual work and lowering "
        "production cost for farms raising crickets as food.",
    ),
    (
        "nRo062",
        "en",
        "mahidol_cricket",
        "Food-safety hazard and critical-point assessment for house cricket farms",
        "Mahidol University's Institute of Nutrition, for FAO, surveyed house cricket farms and the chain to consumers in 10 "
        "provinces of Thailand and identified quality, safety and critical hazard points; offered as an audit method.",
    ),
    (
        "nRo063",
        "en",
        "fao_cricket_guide",
        "Good-practice manual for cricket farmers and inspectors",
        "FAO and Khon Kaen University (2020) practical manual on sustainable cricket farming for farmers and inspectors; "
        "training based on it.",
    ),
    (
        "nRo064",
        "en",
        "tropentag_thai",
        "Cricket production parameters from a survey of 150 Thai farms",
        "Kasetsart University data: two-spotted cricket 80% of farms, house cricket for export; key factors feed, water, "
        "35–38 °C, 60% humidity, about 7,255 adults per m³ and farm sanitation; cricket powder exported at EUR 40–50 per kg.",
    ),
    (
        "nRo065",
        "en",
        "thai_home",
        "HACCP-certified cricket flour from Thai processors (roasted or spray-dried)",
        "Supply of cricket flour from HACCP-approved, Thai FDA-registered processors that mostly roast the crickets and in a "
        "few cases spray-dry them; farms follow the 2017 Thai GAP guidelines.",
    ),
    (
        "nRo066",
        "en",
        "thai_update",
        "Concrete-pen cricket rearing with egg-tray habitat",
        "Design of low-cost rearing pens with a concrete perimeter, filled with dozens of egg trays for living space and "
        "covered with mosquito netting; easy to clean and durable. Thailand grows 3,000–7,000 t of crickets a year this way.",
    ),
    (
        "nRo067",
        "en",
        "bcg_saentor",
        "Village cluster model for cricket farming",
        "Case of a Thai village where about 80 families keep crickets in permanent pens on their own land with support from "
        "Khon Kaen University's entomology department; advice on organising smallholder cricket clusters.",
    ),
    (
        "nRo068",
        "en",
        "mdpi_eu_insects",
        "EU regulatory and market overview for edible insect farming",
        "University of Warmia and Mazury review of edible insect breeding, production technology, food safety law, novel "
        "food rules and socio-economics in the EU; basis for export-readiness advice.",
    ),
    (
        "nRo069",
        "en",
        "fao_sixlegged",
        "Six-legged livestock: insect farming and marketing know-how from Thailand",
        "FAO Regional Office (2013) report on farming, collecting and marketing edible insects in Thailand, used for "
        "training extension staff.",
    ),
    (
        "nRo070",
        "en",
        "bigcricket",
        "Public outreach programme promoting insects as food",
        "An education nonprofit runs talks and media on why a small share of people eating insects helps the environment; "
        "no farming or processing service.",
    ),
    (
        "nRo071",
        "en",
        "vogue_recipes",
        "Cricket-protein recipes for home cooks",
        "Five recipes built on cricket protein for people curious about eating insects.",
    ),
    (
        "nRo072",
        "vi",
        "botde_my",
        "Bột protein từ dế cho người dị ứng sữa và gluten",
        "Doanh nghiệp khởi nghiệp ở Mỹ sản xuất bột dế làm thực phẩm bổ sung protein thay cho bột đạm từ sữa; chia sẻ hướng "
        "tiếp cận thị trường người tiêu dùng phương Tây.",
    ),
    (
        "nRo073",
        "vi",
        "deankd_de",
        "Mẫu đề án kinh doanh trang trại dế thịt",
        "Đề án mẫu gồm phân tích thị trường món dế, đạm côn trùng 42–67% với 28 loại axit amin, kế hoạch đầu tư và vận hành "
        "trang trại dế; dùng để lập dự án vay vốn.",
    ),
    # --- (D) earthworms and vermicompost ---
    (
        "nRo074",
        "vi",
        "sfarm_sotay",
        "Sổ tay hướng dẫn kỹ thuật nuôi trùn quế và cung cấp giống",
        "Công ty Đặng Gia Trang (2016) biên soạn sổ tay nuôi trùn quế: đặc điểm hình thái, màu sắc, kích thước, kỹ thuật nuôi "
        "và thu hoạch; kèm cung cấp giống và hướng dẫn tại trại.",
    ),
    (
        "nRo075",
        "vi",
        "quangnam_truc",
        "Trại trùn quế khép kín: phân trùn viên, phân bột và trùn thịt đông lạnh",
        "Mỗi m² trùn ăn 200–300 kg phân/tháng, cho khoảng 1 kg trùn thịt (50.000 đ/kg) và 200 kg phân trùn (3.000 đ/kg). "
        "Trại mua phân trâu bò, heo 250.000 đ/m³, làm phân trùn viên cho hoa màu, hoa hồng, hoa lan và trùn đông lạnh cho "
        "heo, gà, cá, lươn.",
    ),
    (
        "nRo076",
        "vi",
        "ducthanh_trun",
        "Mô hình nuôi trùn quế xử lý chất thải trang trại chăn nuôi",
        "Nuôi trùn ngay tại trại, dùng phân gia súc làm thức ăn: 500 m² có thể xử lý khoảng 12 tấn chất thải nông nghiệp mỗi "
        "tháng, giảm mùi phân; trùn khoảng 70% protein cho gia súc, gia cầm, thủy sản; phân trùn cải tạo đất.",
    ),
    (
        "nRo077",
        "vi",
        "vuonxanh_trun",
        "Thùng nuôi trùn quế trong nhà biến rác bếp thành phân bón",
        "Giải pháp cho hộ đô thị: nuôi Eisenia fetida ở ban công hoặc kho nhỏ, cho ăn vỏ trái cây, rau củ, bã cà phê, giấy "
        "báo để tạo phân trùn.",
    ),
    (
        "nRo078",
        "vi",
        "naturalrooftop",
        "Hướng dẫn ủ rác hữu cơ bằng giun quế",
        "Chia sẻ kinh nghiệm từ năm 2002: chọn giun quế (Perionyx excavatus) và cách nuôi trên rơm, lá cây, phân bò để tạo "
        "phân trùn mát, giàu dinh dưỡng cho vườn rau.",
    ),
    (
        "nRo079",
        "vi",
        "nammientrung_tom",
        "Dịch thủy phân trùn quế bổ sung vào thức ăn tôm",
        "Xay trùn quế tươi rồi thủy phân thành dịch trộn vào thức ăn: đạm cao giúp tôm lớn nhanh, kích thích bắt mồi, giảm "
        "hệ số thức ăn, enzyme hỗ trợ tiêu hóa; dùng được trong nước ngọt và nước lợ.",
    ),
    (
        "nRo080",
        "vi",
        "tsvn_giun",
        "Nuôi giun quế trên luống làm thức ăn tươi cho cá",
        "Luống rộng 1,2–1,5 m, cao 20–30 cm, thức ăn chủ yếu phân trâu bò hoặc phân heo; giun chứa 69–71% đạm, dùng vỗ béo "
        "cá lăng, ếch, gà vịt.",
    ),
    (
        "nRo081",
        "vi",
        "traigiun_dongnai",
        "Bao tiêu giun quế, hướng dẫn nuôi trên nền chuồng heo cũ",
        "Công ty hướng dẫn nuôi và bao tiêu: 100 m² cho thu khoảng 3 triệu đồng/tháng; giá giun nguyên con 20.000 đ/kg, mảng "
        "giun lẫn trứng và đất 5.000 đ/kg; hợp nuôi cá thịt, cá cảnh, gà giống.",
    ),
    (
        "nRo082",
        "vi",
        "thaprau_trun",
        "Sách Nghề nuôi trùn quế (Nhà xuất bản Nông nghiệp)",
        "Tổng quan về giun đất (Việt Nam có trên 170 loài), chọn loài nuôi, kỹ thuật chi tiết nuôi trùn quế và ứng dụng.",
    ),
    (
        "nRo083",
        "en",
        "royalvermi",
        "Cow-manure vermicompost, free of smell and weed seeds",
        "Producer turns cow manure into vermicompost with earthworms and microbes; the product is nutrient-rich, has no "
        "odour, attracts no insects and carries no weed seeds.",
    ),
    (
        "nRo084",
        "en",
        "compostinn",
        "Earthworm castings from worms fed a varied organic diet",
        "Castings from epigeic worms fed vegetable scraps, cattle, sheep and rabbit manure, grass clippings, moringa and leaf "
        "litter; for all plants.",
    ),
    (
        "nRo085",
        "en",
        "gardenstyle_redworm",
        "Californian red worm breeding stock and worm humus",
        "Intensive culture of Eisenia fetida on organic residues; supply of breeding worms and of the humus they produce as "
        "high-grade compost.",
    ),
    (
        "nRo086",
        "en",
        "wormendings",
        "Vermicompost and vermicompost tea for soils and plant surfaces",
        "Castings rich in N, K, P, Ca and Mg at pH about 7 and full of beneficial organisms; suggested rate 5–25% "
        "vermicompost mixed into pots or garden soil; tea sprayed on plants.",
    ),
    (
        "nRo087",
        "en",
        "growers_castings",
        "Worm-castings application guide",
        "Use about half as much as ordinary compost; 25% castings in potting mix, 3 inches tilled into new beds, and a tea of "
        "two tablespoons per litre left a day for watering transplants.",
    ),
    (
        "nRo088",
        "en",
        "pioneer_vermi",
        "Bagged vermicompost organic fertiliser",
        "Vermicompost rich in microbes, plant hormones and enzymes, used as top dressing or mixed one part to four of soil; "
        "improves water holding, root growth and yield.",
    ),
    (
        "nRo089",
        "en",
        "gardenguides_vermi",
        "Vermicompost for seed trays and garden beds",
        "Red wigglers turn scraps into castings high in N, P and K; mix three parts potting soil to one part vermicompost for "
        "seed trays, or rake a layer into beds.",
    ),
    (
        "nRo090",
        "en",
        "appropedia_vermi",
        "Open knowledge base on vermiculture",
        "Collected how-to pages on using earthworm species to make vermicompost (worm castings) as fertiliser and soil "
        "conditioner.",
    ),
    (
        "nRo091",
        "vi",
        "ntu_trunchi",
        "Kỹ thuật nuôi sinh khối trùn chỉ làm thức ăn sống cho cá bột",
        "Viện Nuôi trồng thủy sản, ĐH Nha Trang giới thiệu các hình thức nuôi sinh khối trùn chỉ (Tubificidae) làm thức ăn "
        "sống cho cá bột lươn, trê và cá cảnh; trùn ăn hạt hữu cơ ở đáy, tiêu hóa 32% khối lượng thân mỗi ngày.",
    ),
    (
        "nRo092",
        "vi",
        "gocnhin_trunchi",
        "Thu mua trùn chỉ khai thác tự nhiên cho trại cá giống",
        "Đầu mối thu mua trùn chỉ do người dân xúc ở ao cá tra, kênh rạch (tháng 2–11 âm lịch) để bán cho vùng ương cá giống "
        "và cá kiểng.",
    ),
    # --- (E) drying, grinding, defatting; meal and oil in fish, shrimp and poultry feed; chitin ---
    (
        "nRo093",
        "vi",
        "hue_project",
        "Quy trình nuôi ruồi lính đen từ phụ phẩm và làm bột thay bột cá cho cá lóc, cá rô, ếch",
        "Trường ĐH Nông Lâm Huế hoàn thiện quy trình nuôi ruồi lính đen ở quy mô nông hộ trên 11 loại phụ phẩm nông nghiệp, "
        "không thấy ruồi phát tán ra ngoài; dùng ấu trùng tươi kết hợp thức ăn công nghiệp hoặc làm bột thay một phần bột cá "
        "cho cá rô đầu vuông, ếch Thái Lan, cá lóc.",
    ),
    (
        "nRo094",
        "vi",
        "tsvn_botnhuyen",
        "Bột nhuyễn ấu trùng ruồi lính đen tươi cho giáp xác, bỏ qua khâu sấy",
        "Khâu sấy chiếm khoảng 90% điện năng để làm ra một kg protein côn trùng khử béo; nghiền ấu trùng tươi thành bột nhuyễn "
        "giảm mạnh năng lượng. Bột nhuyễn kích thích bắt mồi, tăng chống oxy hóa và miễn dịch, đã thử trên cua lông; tôm thẻ "
        "chân trắng dùng ấu trùng khô và bột khử béo cũng tiêu hóa tốt hơn.",
    ),
    (
        "nRo095",
        "vi",
        "tsvn_dinhduong",
        "Tư vấn dùng bột ruồi lính đen trong thức ăn cá rô phi",
        "Tổng hợp các nghiên cứu bột ruồi lính đen trên cá rô phi; ấu trùng đạt trung bình 0,25 g sau 15 ngày ở 30 °C, khi "
        "thành nhộng đen thì giảm mầm bệnh và mùi; tư vấn tỷ lệ phối trộn thay bột cá, bột đậu nành.",
    ),
    (
        "nRo096",
        "vi",
        "tepbac_bsf",
        "Ấu trùng ruồi lính đen thay nguồn đạm bột cá trong thức ăn thủy sản",
        "Giải pháp đưa ấu trùng ruồi lính đen vào thức ăn nuôi trồng thủy sản để giảm phụ thuộc cá tạp khai thác làm bột cá, "
        "dầu cá, ổn định giá và chất lượng thức ăn.",
    ),
    (
        "nRo097",
        "vi",
        "webdungca",
        "Nhộng ruồi lính đen làm thức ăn cho tôm, cá",
        "Hướng dẫn dùng nhộng và ấu trùng ruồi lính đen (ăn được chất thải sinh hoạt, phân gia súc, phế phẩm chế biến thủy "
        "sản) cho tôm cá; ấu trùng sống chứa khoảng 15% protein và 5,8% béo.",
    ),
    (
        "nRo098",
        "vi",
        "dongnai_phong",
        "Cung cấp ấu trùng ruồi lính đen sấy khô để xay làm nguyên liệu thức ăn",
        "Trại ở Nhơn Trạch bán trứng, ấu trùng tươi và ấu trùng khô; ấu trùng khô xay trộn thay bột cá, chứa 28–48% đạm, "
        "12–42% béo cùng canxi, phốt pho.",
    ),
    (
        "nRo099",
        "vi",
        "voofla_fmfo",
        "Đại lý sâu canxi (ấu trùng ruồi lính đen) cho trại nuôi thủy sản",
        "Cung cấp sâu canxi thay một phần bột cá, dầu cá; khoảng 20% sản lượng cá đánh bắt toàn cầu đang bị chế biến thành "
        "bột cá, dầu cá cho nuôi trồng thủy sản.",
    ),
    (
        "nRo100",
        "vi",
        "canhtacxanh",
        "Giải pháp ruồi lính đen giảm chi phí thức ăn cá",
        "Tư vấn dùng ấu trùng ruồi lính đen rẻ hơn thức ăn công nghiệp để cá tăng trọng nhanh, thịt chắc, giảm chi phí thức "
        "ăn, đồng thời xử lý rác hữu cơ.",
    ),
    (
        "nRo101",
        "vi",
        "ipb_uae",
        "Sản xuất đồng thời dầu và bột đạm khử béo từ ấu trùng ruồi lính đen",
        "Ấu trùng nuôi 14 ngày được sấy vi sóng 120 °C trong 5 phút rồi tách béo; chiết có hỗ trợ siêu âm cho hiệu suất dầu "
        "cao hơn ép nóng, bột khử béo giàu đạm và khoáng hơn; axit lauric chiếm khoảng 44% dầu.",
    ),
    (
        "nRo102",
        "vi",
        "sciety_drying",
        "Chọn phương pháp sấy ấu trùng ruồi lính đen: rang trống, vi sóng, sấy khay, năng lượng mặt trời",
        "So sánh năm cách sấy: rang trống giữ được nhiều đạm và béo nhất (32,7% đạm thô, 48,5% béo), sau tách béo đạm lên 49,2%; "
        "sấy hầm năng lượng mặt trời kém nhất.",
    ),
    (
        "nRo103",
        "en",
        "mdpi_lipids",
        "BSF larval fat: extraction and uses in feed and cosmetics",
        "University of Basilicata, its spin-off and Protix review how lipids from last-instar larvae and prepupae are "
        "recovered and used as feed ingredients and beyond; technical advice on fat recovery.",
    ),
    (
        "nRo104",
        "en",
        "supercritical",
        "Supercritical CO2 defatting of insect meal",
        "Clean defatting of larval meal with supercritical CO2; tested on larvae fed olive leaves, olive pomace or quinoa husk. "
        "A 50% dried olive pomace diet still gave protein-rich meal with more essential amino acids and unchanged digestibility.",
    ),
    (
        "nRo105",
        "vi",
        "subcritical_butane",
        "Chiết dầu ấu trùng ruồi lính đen bằng butan cận tới hạn",
        "Điều kiện tối ưu 35 °C, 50 phút/lần, chiết 5 lần, hiệu suất dầu 31,19% (chất khô); thành phần axit béo của dầu và axit "
        "amin của bột không đổi, nhưng độ hòa tan đạm của bột giảm.",
    ),
    (
        "nRo106",
        "en",
        "ravi_biorefinery",
        "Larva-based biorefinery for agri-food waste",
        "INRAE Avignon and Mutatec concept: insects convert industrial, agricultural and food waste, then fractions (protein, "
        "lipids, chitin) are separated with green extraction methods.",
    ),
    (
        "nRo107",
        "en",
        "proteinsect",
        "Larva separation and drying techniques from the PROteINSECT project",
        "EU project results from Ghana, China, UK and Mali: rearing fly larvae on organic manures, with improved separation "
        "and drying steps; dried larval meal has protein and key amino acids comparable to fishmeal.",
    ),
    (
        "nRo108",
        "vi",
        "nunes_shrimp",
        "Thức ăn ương tôm thẻ dùng bột ấu trùng ruồi lính đen thay bột cá",
        "Thử trên 102.647 tôm postlarvae PL15 nuôi mật độ 1.369 con/m³ trong 42 ngày, thay 0–100% bột cá: năng suất cao nhất khi "
        "thay 50–75%, FCR 1,16 ở mức 50%; với giá 2 USD/kg bột ấu trùng vẫn có lãi so với bột cá.",
    ),
    (
        "nRo109",
        "en",
        "cummins_shrimp",
        "Graded BSF meal in Pacific white shrimp diets",
        "USDA-ARS and Kentucky State University fed juvenile Litopenaeus vannamei six isonitrogenous diets (35% protein) with "
        "BSF meal at 7–36% of the diet for 63 days; regression gives safe replacement levels for growth and FCR.",
    ),
    (
        "nRo110",
        "en",
        "lrrd_tilapia_rw",
        "BSF meal replacing soybean meal in Nile tilapia feed",
        "Rwanda Agriculture Board trial, 84 days in hapas: replacing soybean meal with BSF meal at 0–100%; survival and FCR "
        "unchanged, best growth at 50% replacement.",
    ),
    (
        "nRo111",
        "vi",
        "lrrd_layers",
        "Bột ấu trùng ruồi lính đen nguyên béo cho gà đẻ: tăng omega-3 lòng đỏ",
        "Thử trên 81 gà ISA Brown 33–36 tuần tuổi, thay 15% và 30% khẩu phần ngô – khô đậu bằng bột ấu trùng: tỷ lệ đẻ và khối "
        "lượng trứng không đổi, giảm lượng ăn, màu lòng đỏ và omega-3 tăng sau 9 ngày.",
    ),
    (
        "nRo112",
        "en",
        "lrrd_seabass",
        "Digestibility of full-fat and defatted BSF meals for Asian seabass",
        "Hue University measured apparent digestibility in seabass fingerlings in 10‰ brackish water: full-fat meal was more "
        "digestible, but digestible protein and amino acids of both meals were comparable; data for feed formulation.",
    ),
    (
        "nRo113",
        "en",
        "bejaei_hens",
        "Dried whole larvae for free-range layers at 10% and 18%",
        "UBC trial over 17 weeks replacing 50% and 100% of soybean meal and 90% of soybean oil with dried full-fat larvae; "
        "production efficiency, feed safety and hen health tracked in mobile trailers.",
    ),
    (
        "nRo114",
        "en",
        "nassar_hens",
        "Economic evaluation of BSF meal in commercial layer diets",
        "King Faisal University fed 270 Hy-Line W-36 layers five levels of BSF meal replacing soybean and corn and assessed egg "
        "production, egg quality, physiology and economic efficiency.",
    ),
    (
        "nRo115",
        "en",
        "patterson_oil",
        "BSF larval oil and meal in laying hen diets",
        "Penn State trial on dietary BSF larval oil and meal for laying hens: effects on performance and egg quality.",
    ),
    (
        "nRo116",
        "en",
        "bsf_chicken",
        "Feeding guide: whole larvae treats or BSF ingredients in formulated chicken feed",
        "Two routes: whole live or dried larvae as a treat on top of feed, or BSF protein and oil replacing fish and soybean "
        "in formulated feed; chickens usually perform as well or better, with limits on inclusion.",
    ),
    (
        "nRo117",
        "vi",
        "salahuddin_poultry",
        "Tổng quan dùng ấu trùng ruồi lính đen trong dinh dưỡng gia cầm",
        "Tổng quan của Prairie View A&M và Texas A&M về phân bố, thành phần dinh dưỡng, chế biến và tỷ lệ phối trộn ấu trùng "
        "ruồi lính đen trong khẩu phần gà thịt, gà đẻ.",
    ),
    (
        "nRo118",
        "vi",
        "mube_catfish",
        "Sơ chế ấu trùng bằng rang, rang cát hoặc luộc trước khi làm thức ăn cá trê",
        "Thử ở Cameroon: luộc làm tăng vật chất khô nhưng giảm đạm và béo, rang làm tăng đạm; bột ấu trùng thay 50%, 75%, 100% "
        "bột cá cho cá trê châu Phi, có đánh giá vi sinh, sức khỏe cá và hiệu quả kinh tế.",
    ),
    (
        "nRo119",
        "en",
        "aquast_review",
        "Review of BSF larvae in fish-feed formulation (107 studies)",
        "Synthesis of 107 publications on producing BSF larvae and using them in fish feeds; crude protein up to 64% of dry "
        "matter, gaps on full fishmeal replacement, and guidance for farmers.",
    ),
    (
        "nRo120",
        "en",
        "barramundi_bsf",
        "BSF meal as fishmeal replacer for juvenile barramundi",
        "Crops For the Future (Malaysia) fed larvae on sesbania and replaced fishmeal at 0–100% in 44% protein diets for eight "
        "weeks; growth held up to 50% and the optimum replacement was about 28%.",
    ),
    (
        "nRo121",
        "en",
        "silkworm_pangasius",
        "Tasar silkworm pupae meal replacing fishmeal for caged striped catfish",
        "ICAR trial over 90 days with extruded floating feeds (28% protein) replacing fishmeal with non-defatted silkworm "
        "spent pupae at 0–100% for Pangasianodon hypophthalmus.",
    ),
    (
        "nRo122",
        "en",
        "xyinsect_silkworm",
        "Feed-grade silkworm pupae meal supply",
        "Chinese supplier of dried whole Bombyx mori pupae meal, 25–40 kg kraft bags, about 100 t a month; protein 50% to over "
        "80% of dry matter when defatted.",
    ),
    (
        "nRo123",
        "vi",
        "chitin_soetemans",
        "Tách chitin và chitosan từ các giai đoạn sống của ruồi lính đen",
        "Viện VITO (Bỉ) thu chitin từ ấu trùng, tiền nhộng, nhộng, ruồi, xác lột và kén: hàm lượng 8–24%, xác lột và kén giàu "
        "nhất; là α-chitin giống chitin vỏ tôm; khử acetyl đạt 89% sau 3 giờ.",
    ),
    (
        "nRo124",
        "en",
        "chitin_triunfo",
        "Chitin and chitosan from pupal exuviae and dead adult flies",
        "Characterisation of chitin and chitosan from surplus larvae, pupal exuviae and dead adults from BSF farms; exuviae "
        "give the best yields and are easy to collect; chitosan with high deacetylation and likely antimicrobial activity.",
    ),
    (
        "nRo125",
        "en",
        "chitin_taiwan",
        "Greener chitin extraction from spent BSF pupal shells",
        "Agricultural Technology Research Institute (Taiwan) process to extract chitin from spent pupal shells while cutting "
        "the acid and alkali effluents of the usual chemical method.",
    ),
    (
        "nRo126",
        "en",
        "chitin_puparium",
        "Fermentation-based chitin extraction from BSF puparia",
        "Continuous fermentation with Bacillus subtilis and Acetobacter pasteurianus removes minerals (94.9%) and part of the "
        "protein from puparia, with a chitin yield of about 60%.",
    ),
    (
        "nRo127",
        "en",
        "chitosan_packaging",
        "Biodegradable packaging films from BSF chitosan",
        "Review of turning chitin and chitosan from dead black soldier flies into biodegradable packaging films.",
    ),
    # --- (F) frass as fertiliser; rules, hygiene and smell ---
    (
        "nRo128",
        "vi",
        "klamm_frass",
        "Đánh giá phân ruồi lính đen (frass) thay phân khoáng và độ an toàn vi sinh",
        "ĐH Innsbruck bón frass ở lượng đạm tương đương NH4NO3: cỏ lúa mạch đen lâu năm tăng trưởng như bón phân khoáng; "
        "coliform tăng khi frass ủ chín nhưng bị vi khuẩn đất lấn át sau khi bón, không làm giảm vệ sinh đất.",
    ),
    (
        "nRo129",
        "en",
        "bsf_frass_blog",
        "Chitin-rich frass to suppress soil pests",
        "Frass carries shed larval skins, so it adds chitin that feeds chitin-digesting bacteria and fungi, which then harm "
        "pest nematodes, insects and fungi; depending on substrate it may need further curing before use.",
    ),
    (
        "nRo130",
        "en",
        "chonex_patent",
        "Frass formulations combined with fertilisers and biostimulants",
        "Patented black soldier fly frass formulations and their combinations with soil amendments, fertilisers, herbicides, "
        "fungicides or nematicides, with preparation methods; licensing offered.",
    ),
    (
        "nRo131",
        "en",
        "hexafrass",
        "Pasture grass trials with an insect-frass organic fertiliser",
        "University College Dublin glasshouse trials: a commercial frass fertiliser increased shoot growth of perennial "
        "ryegrass, timothy and cocksfoot compared with no fertiliser; trial design offered to fertiliser makers.",
    ),
    (
        "nRo132",
        "vi",
        "menino_ryegrass",
        "Thử nghiệm liều bón phân ấu trùng ruồi lính đen trên cỏ",
        "Thí nghiệm nhà kính 7 mức bón frass: năng suất cỏ tăng đều đến liều cao nhất; cuối vụ đất tăng chất hữu cơ, lân, kali "
        "và hoạt tính dehydrogenase ở các liều cao.",
    ),
    (
        "nRo133",
        "vi",
        "gaerttling_frass",
        "Phân tích dinh dưỡng và ghi nhãn phân côn trùng (frass)",
        "Tổng hợp phân tích frass ruồi lính đen: tỷ lệ N:P2O5:K2O khoảng 1:0,9:1,1, pH 7,5, C/N khá cao, ít đạm amoni nên nhả "
        "chậm, hợp làm phân hữu cơ dài hạn; dịch vụ phân tích lô frass trước khi đăng ký sản phẩm.",
    ),
    (
        "nRo134",
        "en",
        "menino_chapter",
        "Entomocomposting guidance: heavy metals, pathogens and legislation",
        "Book chapter-based advice on making frass fertiliser safely: substrates can carry heavy metals and harmful microbes "
        "into frass, so composting steps and the applicable directives must be respected.",
    ),
    (
        "nRo135",
        "vi",
        "thietbi_bsf",
        "Phân bón hữu cơ từ bã nuôi ấu trùng ruồi lính đen",
        "Ấu trùng tiết enzyme phân giải cả xenlulo và protein, xử lý triệt để rác nông nghiệp và thải ra phân hữu cơ giàu dinh "
        "dưỡng; ấu trùng 28–48% đạm, 12–42% béo dùng làm thức ăn.",
    ),
    (
        "nRo136",
        "vi",
        "bsf_huynh",
        "Tư vấn khử mùi và phòng rủi ro khi nuôi ruồi lính đen trong khu dân cư",
        "Kinh nghiệm từ mô hình nuôi trong nhà phố ở TP.HCM: dùng IMO hoặc chế phẩm MeVi để xử lý mùi tránh phiền hàng xóm; "
        "tránh thời điểm phun thuốc diệt muỗi và vỏ trái cây còn dính thuốc bảo vệ thực vật vì có thể làm chết cả đàn ấu trùng.",
    ),
    (
        "nRo137",
        "en",
        "ammonia_bsf",
        "Ammonia emission measurement for BSF rearing rooms",
        "Method using an accumulation chamber validated by a nitrogen balance: emissions over larval growth ranged from 2.6 "
        "to 83.6 g N per kg larvae (DM) depending on diet, negligible in the first three days; advice on diets and ventilation.",
    ),
    (
        "nRo138",
        "en",
        "fly_facility_design",
        "Heat and gas management in fly biodegradation facilities",
        "Design notes: during intensive biodegradation the substrate can be 12.5 °C warmer than the room, loading air "
        "conditioning; split egg production and biodegradation into subunits of about 1 t of manure to allow quarantine.",
    ),
    (
        "nRo139",
        "en",
        "biofilter_design",
        "Biofilter design for livestock barn odour",
        "Compost and wood-chip biofilters on mechanically ventilated livestock and poultry buildings cut odour and hydrogen "
        "sulphide by up to 95% and ammonia by 65%; sizing, fans, media and moisture control.",
    ),
    (
        "nRo140",
        "vi",
        "tt21_2019",
        "Tư vấn công bố tiêu chuẩn và ghi nhãn thức ăn chăn nuôi theo Thông tư 21/2019",
        "Hướng dẫn chỉ tiêu chất lượng bắt buộc phải công bố, ghi nhãn, báo cáo sản xuất thức ăn chăn nuôi và danh mục nguyên "
        "liệu được phép dùng, chất cấm; hỗ trợ cơ sở mới làm hồ sơ sản phẩm.",
    ),
    (
        "nRo141",
        "vi",
        "vbhn07_2023",
        "Cập nhật văn bản hợp nhất năm 2023 về thức ăn chăn nuôi",
        "Văn bản hợp nhất 07/VBHN-BNNPTNT (2023) gộp Thông tư 21/2019 và Thông tư 31/2022 (hiệu lực 20/02/2023); rà soát hồ sơ "
        "công bố, nhãn sản phẩm thức ăn chăn nuôi theo quy định mới.",
    ),
    (
        "nRo142",
        "vi",
        "luatdoanhtri",
        "Tra cứu danh mục thức ăn chăn nuôi theo tập quán được lưu hành",
        "Công ty luật giải thích Thông tư 02/2019: danh mục 18 sản phẩm thức ăn theo tập quán (có nhóm thức ăn nguồn gốc động "
        "vật trên cạn, dầu mỡ) và nguyên liệu đơn được phép lưu hành; tư vấn xếp loại sản phẩm mới.",
    ),
    (
        "nRo143",
        "en",
        "allaboutfeed_leg",
        "Navigating feed legislation for insect meal",
        "Advice built on the PROteINSECT working document and IPIFF positions: insect meal is treated as processed animal "
        "protein (PAP) with its own restrictions, while insect fat could already go to non-ruminants.",
    ),
    (
        "nRo144",
        "en",
        "eu_pap_reg",
        "Substrate compliance check for insects reared as farmed animals",
        "Under EU rules insects for feed count as farmed animals: only Category 3 materials may feed them, catering waste is "
        "banned, manure (Category 2) is excluded; checklist for exporters.",
    ),
    # --- neighbouring fields (distractors) ---
    (
        "nRo145",
        "vi",
        "psb_odour",
        "Chế phẩm vi sinh xử lý mùi hôi chuồng heo và nhà máy tinh bột sắn",
        "Chế phẩm lỏng chứa Rhodobacter, Bacillus, Lactobacillus, nấm men, Nitrosomonas, Nitrobacter phân hủy chất hữu cơ và "
        "khí H2S, NH3 trong nước thải, chuồng trại chăn nuôi, cơ sở làm bún, tinh bột sắn.",
    ),
    (
        "nRo146",
        "vi",
        "em_tamdao",
        "Đệm lót sinh học EM thứ cấp cho chuồng gà",
        "Nghiên cứu ở Tam Đảo: đệm lót dùng EM thứ cấp giảm NH3 5,71 lần, H2S 4,48 lần so với nuôi truyền thống; đạm, lân, kali "
        "trong phân tăng 1,4–1,6 lần.",
    ),
    (
        "nRo147",
        "vi",
        "hatimic",
        "Chế phẩm sinh học Hatimic khử mùi chuồng trại chăn nuôi",
        "Chế phẩm xử lý NH3, H2S, CH4 phát sinh từ phân, nước tiểu và thức ăn thừa trong chuồng nuôi gia súc, gia cầm.",
    ),
    (
        "nRo148",
        "vi",
        "fishmeal_plant",
        "Dây chuyền chế biến bột cá 450 tấn nguyên liệu/ngày",
        "Nhà máy ở Thái Bình với 4 dây chuyền thiết bị chế tạo tại Thái Lan, lò hơi tầng sôi đốt trấu, mùn cưa 21 tấn hơi/giờ, "
        "xử lý nước thải 350 m³/ngày; cá tươi được hấp, sấy, nghiền thành bột cá.",
    ),
    (
        "nRo149",
        "vi",
        "surimi_ww",
        "Hệ thống xử lý nước thải chế biến surimi 300 m³/ngày đêm",
        "Công trình 10 công đoạn cho nhà máy surimi ở Tắc Cậu, nước thải COD tới 36.000 mg/l, đạt QCVN 11:2008/BTNMT cột B.",
    ),
    (
        "nRo150",
        "vi",
        "biogas_ctu",
        "Nạp bổ sung lục bình và rơm cho hầm ủ biogas",
        "ĐH Cần Thơ thử ủ yếm khí phân heo kết hợp lục bình hoặc rơm sau trồng nấm trong 35 ngày; nông dân ĐBSCL có thể dùng "
        "khi thiếu phân heo.",
    ),
    (
        "nRo151",
        "vi",
        "compost_camnang",
        "Kỹ thuật ủ phân compost và chế phẩm thúc đẩy phân hủy",
        "Hướng dẫn thông khí, độ ẩm, bổ sung lá xanh, phân chuồng tươi hoặc cơm lên men để đống ủ nóng nhanh; lưu ý chế phẩm "
        "nhiều đạm không dùng cho canh tác hữu cơ.",
    ),
    (
        "nRo152",
        "vi",
        "ecomco",
        "Men vi sinh Eco-Tri ủ phân hữu cơ",
        "Quy trình ủ phân hữu cơ từ phụ phẩm trồng trọt, phân chuồng với men vi sinh Eco-Tri cho trang trại.",
    ),
    (
        "nRo153",
        "vi",
        "compost_coffee",
        "Sản xuất phân compost từ vỏ cà phê",
        "Đồ án xác định điều kiện tối ưu ủ vỏ cà phê thành phân compost.",
    ),
    (
        "nRo154",
        "vi",
        "phanhuuco_duan",
        "Dự án đầu tư nhà máy phân hữu cơ vi sinh",
        "Hồ sơ dự án mẫu đặt tại Bến Lức (Long An): vai trò phân hữu cơ, nhu cầu thị trường, công nghệ sản xuất phân hữu cơ vi sinh.",
    ),
    (
        "nRo155",
        "vi",
        "inorganic_fert",
        "Dịch vụ xin giấy phép sản xuất phân bón vô cơ",
        "Hỗ trợ hồ sơ cấp phép sản xuất phân bón vô cơ tại Bộ Công Thương: dây chuyền cơ giới hóa, phòng thử nghiệm, hợp đồng "
        "thuê gia công.",
    ),
    (
        "nRo156",
        "en",
        "silkworm_microwave",
        "Microwave drying and puffing line for silkworm pellet feed",
        "Microwave equipment that dries, puffs and sterilises mulberry-leaf pellet feed for silkworm rearing.",
    ),
    (
        "nRo157",
        "en",
        "grain_microwave",
        "Microwave disinfestation of stored grain",
        "Dielectric heating kills insects in grain without chemical residues, since wet insects heat faster than dry grain.",
    ),
    (
        "nRo158",
        "en",
        "shlantaii_dryer",
        "Industrial microwave dryer for food and agricultural products",
        "Manufacturer's microwave dryer: heats material inside and out at once, dries far faster than hot air, uniform and "
        "easy to automate.",
    ),
    (
        "nRo159",
        "en",
        "kelid_microwave",
        "Microwave drying equipment with 25–90% shorter drying time",
        "Machine supplier: microwave drying runs 4–8 times faster than conventional drying, with adjustable power and "
        "temperature; for food, medicine and chemicals.",
    ),
    (
        "nRo160",
        "vi",
        "heatpump_dryer",
        "Máy sấy nông sản công nghệ bơm nhiệt sản xuất trong nước",
        "Công ty máy nông nghiệp chế tạo máy sấy bơm nhiệt rẻ hơn khoảng 60% hàng ngoại, giữ màu và hương vị rau củ, trái cây, "
        "thủy hải sản.",
    ),
    (
        "nRo161",
        "vi",
        "sra_dryer",
        "Máy sấy lúa, bắp đảo chiều gió 2–20 tấn/mẻ",
        "Máy sấy đảo chiều không khí SRA dùng cho lúa, bắp, khoai mì xắt lát, đậu nành, lò đốt trấu hoặc kết hợp năng lượng mặt trời.",
    ),
    (
        "nRo162",
        "vi",
        "fluidbed_coconut",
        "Máy sấy rung tầng sôi cho cơm dừa và lúa",
        "Thiết bị sấy tầng sôi dùng tại nhà máy chế biến cơm dừa và nhà máy sấy lúa 500 tấn/ngày ở An Giang.",
    ),
    (
        "nRo163",
        "vi",
        "pellet_extrusion",
        "So sánh công nghệ ép viên và đùn ép thức ăn chăn nuôi",
        "Tư vấn chọn máy ép viên (nén cơ học) hay máy đùn ép (nhiệt trên 100 °C, áp suất, trục vít) cho thức ăn chăn nuôi và "
        "thủy sản: hồ hóa tinh bột, độ bền viên trong nước.",
    ),
    (
        "nRo164",
        "vi",
        "coconut_prebiotic",
        "Chế phẩm prebiotic từ bã cơm dừa cho chăn nuôi",
        "Viện Nghiên cứu Dầu và Cây có dầu sản xuất thử chất tiền sinh từ bã cơm dừa (phụ phẩm làm sữa dừa, Bến Tre khoảng 35.000 ha dừa).",
    ),
    (
        "nRo165",
        "vi",
        "taituong_feed",
        "Thử nghiệm ba loại thức ăn cho cá tai tượng da beo",
        "Luận văn ĐH Tây Đô so sánh ảnh hưởng của 3 loại thức ăn đến tăng trưởng và tỷ lệ sống của cá tai tượng da beo cảnh.",
    ),
]
