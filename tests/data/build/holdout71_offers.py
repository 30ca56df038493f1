"""Offers of the holdout71 set: meat, egg and milk processing (see make_holdout71.py).

Rows: (id, language, source key, title, description). Source keys are resolved in holdout71_sources.py.
"""

OFFERS = [
    # --- small slaughterhouses, design and veterinary hygiene ---
    (
        "kUo001",
        "en",
        "fao_modular",
        "Standard drawings for small modular slaughterhouses",
        "A livestock engineering institute adapts modular slaughterhouse layouts for places that kill only a few "
        "animals a day: a clean and a dirty zone, hanging rails, blood and by-product collection, and screens that keep "
        "insects, rodents and dogs away from the meat. Drawings are redone for local building materials.",
    ),
    (
        "kUo002",
        "en",
        "fao_slab",
        "Low-cost gantry hoist and slaughter slab for villages",
        "Design and on-site construction of a wooden or steel gantry so carcasses hang for bleeding and dressing instead "
        "of lying on the ground. A single gallows stands at least 3.7 m high; with two levels, cattle bleed from 4.5 m "
        "and are dressed at 3.5 m, and a lower rail takes sheep and goats.",
    ),
    (
        "kUo003",
        "vi",
        "tt13_2017",
        "Tư vấn thiết kế, cải tạo cơ sở giết mổ tập trung theo QCVN 01-150:2017/BNNPTNT",
        "Công ty tư vấn khảo sát lò mổ hiện có, lập bản vẽ cải tạo mặt bằng, khu nhốt chờ, khu giết mổ, khu xử lý chất "
        "thải theo quy chuẩn kỹ thuật quốc gia về vệ sinh thú y cho cơ sở giết mổ động vật tập trung ban hành kèm Thông "
        "tư 13/2017/TT-BNNPTNT, và hỗ trợ hồ sơ đề nghị kiểm tra.",
    ),
    (
        "kUo004",
        "vi",
        "qd87",
        "Tập huấn quy trình kiểm soát giết mổ động vật cho chủ lò và nhân viên thú y",
        "Khóa tập huấn theo quy trình kiểm soát giết mổ (Quyết định 87/2005/QĐ-BNN): kiểm tra động vật trước khi mổ, "
        "giám sát trong khi mổ và khám thân thịt, phủ tạng sau khi mổ; hướng dẫn ghi chép và xử lý động vật, sản phẩm "
        "không đạt tại cơ sở giết mổ tập trung.",
    ),
    (
        "kUo005",
        "vi",
        "tt10_2022",
        "Hướng dẫn vệ sinh, khử trùng tiêu độc và đóng dấu kiểm soát giết mổ theo Thông tư 10/2022",
        "Chuyên gia thú y hướng dẫn cơ sở giết mổ áp dụng các điểm mới của Thông tư 10/2022/TT-BNNPTNT: chứng minh nguồn "
        "gốc rõ ràng của động vật, vệ sinh khử trùng nhà xưởng và dụng cụ trước và sau mỗi ca, vị trí đóng dấu kiểm soát "
        "trên thân thịt (vùng tai, vùng bụng, vùng mông).",
    ),
    (
        "kUo006",
        "en",
        "lifsap_cammy",
        "Turnkey district slaughterhouse with its own wastewater plant",
        "Engineering firm offering a complete district slaughterhouse package modelled on a plant in Cam My (Dong Nai): "
        "about 3,500 m2, a cattle slaughter hall, a wastewater treatment system and support buildings, built for "
        "VND 2.6 billion of which VND 600 million came from a food-safety project grant.",
    ),
    (
        "kUo007",
        "en",
        "pig_barnard",
        "Pig slaughter line layout with separated product flows",
        "Process design for pig slaughter lines from lairage through stunning, scalding, dehairing, singeing and "
        "evisceration, with the plant laid out so that meat for people, material for pet food and waste never cross.",
    ),
    (
        "kUo008",
        "en",
        "fao_premises",
        "Survey of existing slaughter premises and upgrade roadmap",
        "Consultants classify a town's slaughter places as modern abattoir, old slaughterhouse or slab, or makeshift "
        "premises, and write a staged plan for inspection, cold storage, by-product use and waste recycling suited to "
        "municipal service slaughterhouses rented by licensed butchers.",
    ),
    (
        "kUo009",
        "vi",
        "dongnai_58",
        "Quy hoạch mạng lưới cơ sở giết mổ tập trung cấp huyện",
        "Tư vấn lập quy hoạch cụm giết mổ tập trung theo kinh nghiệm Đồng Nai (58 cơ sở, công suất 360 trâu bò, gần "
        "7.400 heo và 178.000 gà mỗi ngày): chọn địa điểm xa khu dân cư, trường học, bệnh viện và sông suối, có xử lý chất "
        "thải lỏng và rắn, đề xuất ưu đãi thuế, thuê đất, tín dụng để thu hút hợp tác xã và doanh nghiệp.",
    ),
    (
        "kUo010",
        "vi",
        "bothit_langson",
        "Giải pháp phát triển chăn nuôi bò thịt nông hộ",
        "Kết quả luận án về định hướng phát triển đàn bò thịt ở Lạng Sơn: cải tạo giống, trồng và chế biến cỏ, tổ chức "
        "chăn nuôi nông hộ để tăng tổng đàn và năng suất thịt hơi.",
    ),
    (
        "kUo011",
        "vi",
        "bovang_daklak",
        "Đánh giá năng suất và phẩm chất thịt bò vàng tại lò mổ",
        "Đề tài đánh giá tỷ lệ thịt xẻ, chỉ tiêu lý tính (độ sáng, độ đỏ, độ vàng) và thành phần hóa học của thịt bò vàng "
        "theo lứa tuổi và tính biệt, lấy mẫu tại các lò mổ ở Buôn Ma Thuột.",
    ),
    # --- poultry slaughter ---
    (
        "kUo012",
        "en",
        "attra_poultry",
        "Small-scale poultry processing: on-farm and small licensed plants",
        "Extension specialists train producers who process pastured birds on the farm or want to build a small "
        "licensed plant: layout, scald-pluck-eviscerate-chill steps, inspection exemptions for up to about 1,000 birds a "
        "year in some jurisdictions, and religious (halal) slaughter in small plants.",
    ),
    (
        "kUo013",
        "en",
        "bigbook_poultry",
        "Poultry abattoir set-up package",
        "Supplier of small poultry abattoirs: a reception room for live birds, a slaughter room with stunner, bleeding "
        "cones, scalding tank, plucker, evisceration table and trolleys, and a cold room with packing and dispatch area.",
    ),
    (
        "kUo014",
        "en",
        "yuechen",
        "Modular chicken slaughter line",
        "Equipment maker offering lines that stun, bleed, scald and pluck, eviscerate, wash and chill chickens, followed "
        "by quality checks and packing; capacity chosen by the customer.",
    ),
    (
        "kUo015",
        "vi",
        "slaughterm",
        "Tư vấn kỹ thuật giết mổ gia cầm giảm nhiễm bẩn thân thịt",
        "Hướng dẫn cơ sở giết mổ gà vịt: cho nhịn ăn hợp lý trước khi mổ để giảm phân, bắt nhẹ tránh dập, xe chở có che "
        "chắn và thông gió, rút ngắn thời gian chờ, chọn nhiệt độ nhúng nước nóng đúng để làm sạch lông và đủ thời gian làm "
        "lạnh trước khi đóng gói.",
    ),
    (
        "kUo016",
        "vi",
        "plucker_scalder",
        "Máy nhúng nước nóng dạng quay và máy vặt lông ngón cao su",
        "Xưởng cơ khí chế tạo bộ nhúng nước nóng quay đảo gia cầm cho lỏng chân lông và máy vặt lông dùng ngón cao su, "
        "phù hợp điểm giết mổ nhỏ và trang trại.",
    ),
    # --- blood ---
    (
        "kUo017",
        "vi",
        "bothuyet_iuh",
        "Chuyển giao quy trình sản xuất chế phẩm bột huyết từ huyết heo",
        "Nhóm nghiên cứu trường đại học (đề tài mã số 2142012) chuyển giao quy trình thu huyết heo và làm bột huyết dùng "
        "làm nguyên liệu thức ăn chăn nuôi, góp phần giảm nhập khẩu nguyên liệu (riêng tháng 1/2010 kim ngạch nhập khẩu "
        "thức ăn và nguyên liệu đạt 148,93 triệu USD).",
    ),
    (
        "kUo018",
        "en",
        "uky_blood",
        "Whole blood meal by low-temperature spray drying",
        "Process package for blood meal: fresh blood is held in on-site cooling tanks with agitation so it does not "
        "clot, centrifuged to remove foreign matter and spray-dried at low temperature; the meal carries about 80% crude "
        "protein and 1% methionine.",
    ),
    (
        "kUo019",
        "en",
        "bsf_blood",
        "Black soldier fly larvae fed slaughter blood mixed with kitchen waste",
        "University team offering a rearing protocol: larvae grow and keep protein and amino acids high when cattle "
        "blood is at most 20% of a kitchen-waste substrate, while survival stays above 95% only below 60% blood.",
    ),
    (
        "kUo020",
        "en",
        "meatchris",
        "Blood and offal composting for small meat plants",
        "Advisory service for small processors for whom renderers have become costly: blood collection and retention, "
        "composting blood with straw or sawdust, and selling hides to leather makers.",
    ),
    (
        "kUo021",
        "vi",
        "bsf_betuco",
        "Hệ thống nuôi ruồi lính đen xử lý chất thải hữu cơ",
        "Đơn vị chuyển giao mô hình nuôi ấu trùng ruồi lính đen từ quy mô nông hộ đến cơ sở xử lý 200 tấn/ngày; ấu trùng "
        "chứa khoảng 40% protein, 35% béo; phối trộn chất thải giàu đạm với chất thải giàu carbon để tăng hiệu quả.",
    ),
    (
        "kUo022",
        "en",
        "byprod_scribd",
        "Screening and protein recovery from slaughterhouse effluent",
        "Engineers install screens that take hair, paunch manure and meat scraps out of the wastewater and ferment the "
        "solids with little nitrogen loss; about 1% of the protein handled is otherwise lost to the sewer, and the "
        "settled sludge (about 10%) is rich in protein and vitamin B12.",
    ),
    (
        "kUo023",
        "en",
        "bsf_springer",
        "Review of black soldier fly nutrient composition",
        "Book chapter summarising protein, fat, vitamin and mineral content of black soldier fly meal, the effect of the "
        "rearing substrate, and heavy-metal accumulation.",
    ),
    # --- rendering, bones and fat ---
    (
        "kUo024",
        "en",
        "mbm_waste",
        "Small rendering line for bone meal and meat-and-bone meal",
        "Equipment and training to render slaughter waste: crushing and grinding, cooking to drive off water and "
        "release fat, then pressing and milling into meat meal, bone meal or meat-and-bone meal for feed or organic "
        "fertiliser.",
    ),
    (
        "kUo025",
        "en",
        "engormix_render",
        "Dry rendering of inedible slaughter parts",
        "Turnkey dry rendering for heads, raw fat, hooves, bones, trimmings and condemned carcasses cut below 50 mm; "
        "outputs are animal fat, gelatine bones, meat-and-bone meal and blood meal.",
    ),
    (
        "kUo026",
        "vi",
        "phupham_meeker",
        "Tập huấn chế biến phụ phẩm giết mổ",
        "Viện chăn nuôi tổ chức tập huấn dựa trên tài liệu dịch 'Chế biến các phụ phẩm giết mổ' (281 trang): vận hành "
        "quy trình chế biến, an toàn sinh học, sử dụng sản phẩm chế biến cho gia súc nhai lại, gia cầm, lợn và cá.",
    ),
    (
        "kUo027",
        "en",
        "mavitec",
        "Tallow and animal fat valorisation",
        "Rendering company buying and upgrading rendered fat for feed, soap, candles, biodiesel and steel-rolling "
        "lubricant; advises that meat-and-bone meal must not go to ruminants.",
    ),
    (
        "kUo028",
        "vi",
        "lard_chowhound",
        "Quy trình thắng mỡ heo quy mô nhỏ và tận dụng tóp mỡ",
        "Hướng dẫn cơ sở chế biến: cắt mỡ, thêm khoảng 1/4 cốc nước cho 1,4 kg mỡ để khỏi cháy, đun nhỏ lửa 2-3 giờ, lọc "
        "tóp mỡ, làm nguội, tách nước và rót vào lọ đã tiệt trùng; mỡ giữ được một tháng trong ngăn mát.",
    ),
    (
        "kUo029",
        "vi",
        "biophosphate",
        "Phân lân tái chế từ xương sau chế biến",
        "Doanh nghiệp nhận xương đã qua chế biến ở khoảng 133°C để sản xuất phân lân thu hồi, cảnh báo nguy cơ tái nhiễm "
        "mầm bệnh khi dùng trực tiếp phụ phẩm thô bón ruộng.",
    ),
    (
        "kUo030",
        "vi",
        "badua_prebiotic",
        "Chế phẩm prebiotic từ phụ phẩm bã cơm dừa cho chăn nuôi",
        "Viện dầu và cây có dầu chuyển giao quy trình sản xuất chất tiền sinh học từ bã cơm dừa (nhà máy bột sữa dừa 3-4 "
        "tấn/ngày thải khoảng 1.000 tấn bã/năm) để bổ sung vào thức ăn chăn nuôi.",
    ),
    # --- feathers ---
    (
        "kUo031",
        "en",
        "feather_fks",
        "Hydrolysed feather meal from batch pressure cookers",
        "Feed company processing poultry feathers: a 2 kg bird gives about 180 g of feathers, cooked with live steam at "
        "about 140°C for 30-60 minutes, dried and ground to a meal above 80% crude protein with pepsin digestibility of at "
        "least 75%.",
    ),
    (
        "kUo032",
        "vi",
        "feather_ppt",
        "Dây chuyền sản xuất bột lông vũ thủy phân",
        "Thiết kế xưởng bột lông: thu mua lông tại lò mổ, thủy phân bằng nhiệt và áp suất, ép tách nước, sấy, nghiền, sàng "
        "và đóng bao; 1.000 kg lông cho khoảng 450 kg bột, dùng tối đa 8% khẩu phần gà.",
    ),
    (
        "kUo033",
        "en",
        "feather_ijlr",
        "Feather fibre uses beyond feed",
        "Review-based consultancy on turning feathers (5-7% of live weight, over 90% keratin) into composites, "
        "insulation, paper blends with 51% feather fibre, filtration fibres and fertiliser.",
    ),
    (
        "kUo034",
        "en",
        "stenkjohnson",
        "Enzymatic feather hydrolysis scaled up with a turkey processor",
        "Biotech company scaling a bacterial and enzyme route that turns feather waste into a protein hydrolysate for "
        "feed, aquaculture and organic fertiliser, with samples supplied to feed producers.",
    ),
    # --- hides, skins, gelatine ---
    (
        "kUo035",
        "en",
        "hides_drying",
        "Suspension drying frames for hides and skins",
        "Training and frame kits: hides dried under tension in roofed frames set parallel to the wind, tail up and neck "
        "down; a goatskin dries in about 24 hours, a sheepskin in 36 hours and a cattle hide in 3 days, never on the "
        "ground or in full sun.",
    ),
    (
        "kUo036",
        "vi",
        "bdjola_skins",
        "Hướng dẫn muối bảo quản da trâu bò tại lò mổ",
        "Tập huấn cho lò mổ: bảo quản da trong vòng 2 giờ sau khi lột, lạng sạch thịt mỡ, dùng 400 g muối cho mỗi kg da, "
        "xếp trên giá 2 x 2,75 m có lớp muối 3 cm, ướp tối thiểu 7 ngày; da lột đúng kỹ thuật bán cao hơn 40-60%.",
    ),
    (
        "kUo037",
        "en",
        "hides_methods",
        "Green hide handling: air drying or salting",
        "Short course for abattoir staff on fleshing, trimming and washing green hides, and on choosing ground drying, "
        "suspension drying or salt curing; ground-dried hides wrinkle and fetch only about half the price of salted ones.",
    ),
    (
        "kUo038",
        "en",
        "sammi_gelatin",
        "Type A gelatine from pigskin",
        "Gelatine maker buying chilled pigskin: hand-sized pieces soak up to 24 hours in 2-4% acid, fat (about 30% of "
        "the skin against 20% protein) floats off, and the extract is filtered, evaporated, sterilised and dried into "
        "grades for yoghurt, sweets and capsules.",
    ),
    (
        "kUo039",
        "vi",
        "collagen_review",
        "Chiết tách collagen từ da động vật",
        "Nhóm nghiên cứu tổng hợp và thử nghiệm các cách tiền xử lý (enzyme, axit, kiềm) và chiết collagen từ da gia súc "
        "(thủy phân hóa học, hòa tan bằng muối, thủy phân enzyme, hỗ trợ siêu âm) cho mỹ phẩm, y tế, sợi và bao bì.",
    ),
    (
        "kUo040",
        "en",
        "casing_collagen",
        "Collagen sausage casings and pork-rind products",
        "Process know-how for using hides and skins as food: collagen dough extruded into casings, set in salt and "
        "ammonia, softened with glycerine and dried to 10-15% moisture; pork skin boiled, dried and fried as a snack.",
    ),
    (
        "kUo041",
        "vi",
        "gelatin_altsci",
        "Công nghệ sản xuất gelatin loại A và loại B",
        "Tư vấn chọn công nghệ: xử lý axit 10-48 giờ cho da heo (gelatin loại A), xử lý kiềm nhiều tuần cho da bò (loại "
        "B) hoặc xử lý enzyme cho hiệu suất gần 100%; nguyên liệu phải tách mỡ xuống dưới 1% trước khi chiết.",
    ),
    (
        "kUo042",
        "en",
        "fish_gelatin",
        "Fish skin gelatine process",
        "Fisheries institute process: fish skins cleaned, treated with dilute alkali and citric acid, extracted with hot "
        "water, filtered, de-ionised, concentrated and dried.",
    ),
    (
        "kUo043",
        "en",
        "vermont_skins",
        "Tannery service for salted skins",
        "Tannery accepting salt-cured skins from small farms and explaining on-farm curing: skin pulled off rather than "
        "cut, not washed, flesh side up on a tilted non-metal surface, generous granulated salt; one 50-pound bag cures "
        "8-12 skins.",
    ),
    # --- wastewater and biogas ---
    (
        "kUo044",
        "vi",
        "nt_ace",
        "Hệ thống xử lý nước thải nhà máy giết mổ trọn gói",
        "Công ty môi trường thiết kế, thi công: song chắn rác, bể tách mỡ, điều hòa pH 6,5-8,5, keo tụ bằng PAC, tuyển nổi "
        "DAF, bể kỵ khí UASB cho nước thải COD trên 3.000 mg/L kèm thu khí biogas, rồi xử lý hiếu khí SBR, MBBR hoặc MBR.",
    ),
    (
        "kUo045",
        "vi",
        "nt_greenstar",
        "Xử lý nước thải giết mổ gia súc đạt quy chuẩn xả thải",
        "Đơn vị môi trường cung cấp công nghệ xử lý nhiều bậc cho nước thải giết mổ giàu BOD, COD từ máu, mỡ, nội tạng, "
        "chất rắn lơ lửng, nitơ, phốt pho và vi sinh gây bệnh, đáp ứng QCVN 40:2025/BTNMT.",
    ),
    (
        "kUo046",
        "en",
        "reeep",
        "Slaughterhouse-waste biogas plant serving nearby households",
        "Renewable-energy agency replicating a 2011 demonstration built with the local government engineering department "
        "in Gazipur, Bangladesh: slaughter waste feeds a digester and neighbours buy the gas for cooking at a fixed "
        "monthly fee.",
    ),
    (
        "kUo047",
        "en",
        "iwaponline",
        "Methane potential testing of abattoir wastewater",
        "University laboratory measuring biogas potential in batch reactors: a town slaughterhouse wastewater gave "
        "270.6 mL methane per g volatile solids at 20 days retention and 37°C, removing 93.5% COD and 88.5% BOD5.",
    ),
    (
        "kUo048",
        "en",
        "permies_uganda",
        "Abattoir waste digesters heated by solar water heaters",
        "University-led retrofit of a city abattoir: digesters warmed by solar water heating make 10-25 m3 of gas a day "
        "for lights, freezers and fridges, cutting diesel bills by 90% (up to USD 2,800 a month) with only 40% of the site "
        "connected.",
    ),
    (
        "kUo049",
        "vi",
        "vanphuc",
        "Đánh giá phát thải và giải pháp giảm nhẹ cho hệ thống xử lý nước thải lò mổ",
        "Nhóm chuyên gia biến đổi khí hậu đánh giá phát thải khí nhà kính của hệ thống xử lý nước thải lò giết mổ tập "
        "trung (nghiên cứu điển hình lò mổ Vạn Phúc, Hà Nội) và đề xuất hành động giảm nhẹ.",
    ),
    (
        "kUo050",
        "en",
        "heliyon",
        "Biogas and biofertiliser feasibility study for a municipal abattoir",
        "Consultants size a digester from slaughter records: a municipal abattoir killing 37 cattle a day produces about "
        "1,887 kg of waste daily, enough for roughly 566 m3 of biogas a day plus biofertiliser.",
    ),
    (
        "kUo051",
        "vi",
        "wetland_biogas",
        "Xử lý nước thải chăn nuôi heo sau biogas bằng đất ngập nước kiến tạo",
        "Mô hình đất ngập nước kiến tạo xử lý nước thải trại heo sau hầm biogas: cân bằng nitơ, hiệu quả xử lý BOD, COD, "
        "vai trò của cây trồng trong loại bỏ nitơ, phốt pho.",
    ),
    (
        "kUo052",
        "vi",
        "biogas_thuduc",
        "Khảo sát và xây dựng hầm ủ biogas cho hộ chăn nuôi",
        "Tư vấn xây hầm biogas cho hộ nuôi heo: hơn 80% hộ được khảo sát đã dùng biogas, xử lý khoảng 75-80% lượng phân "
        "thải và lấy khí đun nấu.",
    ),
    # --- sausages, lap xuong, cured products ---
    (
        "kUo053",
        "vi",
        "lx_soha",
        "Chuyển giao dây chuyền lạp xưởng: xay, nhồi, sấy lò, hút chân không",
        "Cơ sở cơ khí thực phẩm lắp đặt dây chuyền lạp xưởng: máy xay thịt, mỡ, máy trộn, máy nhồi vào ruột heo khô, cắt "
        "đoạn 20 cm, lò sấy nhiều tầng (khoảng 5 ngày), cân phân loại 200 g, 300 g, 500 g, 1 kg và đóng gói hút chân không.",
    ),
    (
        "kUo054",
        "en",
        "lapcheong_blog",
        "Lap cheong formulation and curing advice",
        "Meat science consultant helping sausage makers standardise lap cheong: about 1.5% salt in the southern style, "
        "controlled sodium nitrate and nitrite against pathogens, soy sauce at 0.8-1.5% for colour, and liquor to mask "
        "off-odours.",
    ),
    (
        "kUo055",
        "en",
        "meatsausages_cn",
        "Chinese dry sausage: air drying and slow smoking",
        "Training on Chinese-style dry sausages dried in air or over a slow fire, with high levels of soy sauce, sugar "
        "and rice wine, updated to current meat safety rules; demand peaks around the lunar new year.",
    ),
    (
        "kUo056",
        "en",
        "osu_haccp_sausage",
        "Model HACCP plan for cooked sausage",
        "University meat science programme sharing a worked HACCP plan: cooking to at least 158°F (70°C) as the critical "
        "control point, thawing water kept at or below 70°F, and raw meat held at 45°F or less during weighing and "
        "grinding.",
    ),
    (
        "kUo057",
        "en",
        "iifiir_haccp",
        "HACCP model plans and record forms for small and medium meat processors",
        "Ready-made HACCP plans and record-keeping forms for beef slaughter, ground beef, bacon, ham and sausage, "
        "focused on the three recurring problems in small plants: staff hygiene, cross-contamination, and heating and "
        "storage temperatures.",
    ),
    (
        "kUo058",
        "en",
        "porkgateway_haccp",
        "HACCP readiness coaching for very small meat plants",
        "Coaching for plants with fewer than 20 employees that slaughter one or two days a week and make many seasonal "
        "products: hazard analysis, critical limits, monitoring, microbiological testing, chilling rates and separating "
        "cooked from raw product.",
    ),
    (
        "kUo059",
        "vi",
        "phugiaantoan",
        "Kỹ thuật hút chân không giò chả, xúc xích",
        "Chuyên gia của công ty phụ gia hướng dẫn thông số hút chân không cho giò chả, xúc xích: loại bỏ oxy (khoảng 21% "
        "không khí) để ức chế Pseudomonas và nấm mốc, chống ôi dầu, chọn nhiệt độ, áp suất và loại túi phù hợp.",
    ),
    (
        "kUo060",
        "vi",
        "kbt_vacuum",
        "Máy đóng gói chân không cho sản phẩm thịt",
        "Nhà cung cấp máy đóng gói chân không cho xưởng thịt: thịt bò đóng chân không giữ tươi khoảng 35 ngày so với 7 "
        "ngày khi đóng thường; khuyến cáo giữ dưới 3°C để phòng Clostridium botulinum.",
    ),
    (
        "kUo061",
        "en",
        "echopacker_map",
        "Vacuum, MAP and skin packaging lines for meat",
        "Packaging machinery firm comparing chamber vacuum machines, modified-atmosphere packing with CO2 and nitrogen, "
        "and vacuum skin packaging on trays, and fitting the chosen system into an existing line.",
    ),
    (
        "kUo062",
        "vi",
        "hocnauanngon",
        "Bao bì hút chân không cho hải sản tươi sống",
        "Tư vấn chọn túi hút chân không cho tôm, cá, mực tươi; Việt Nam tiêu thụ hơn 1,7 triệu tấn hải sản tươi mỗi năm và "
        "gần 30% thất thoát do bảo quản sai cách.",
    ),
    (
        "kUo063",
        "vi",
        "lx_memart",
        "Quy trình chế biến lạp xưởng tươi và lạp xưởng khô",
        "Tài liệu kỹ thuật và tư vấn: chọn thịt nạc, mỡ heo, trộn gia vị và rượu, nhồi vỏ, phơi nắng hoặc sấy, đóng gói và "
        "bảo quản; các phụ gia thường dùng và lỗi hay gặp.",
    ),
    # --- nem chua ---
    (
        "kUo064",
        "vi",
        "nem_bikuyet",
        "Bí quyết men cái và quy trình nem chua hợp vệ sinh",
        "Chuyển giao quy trình nem chua: bốn nhóm nguyên liệu (thịt và bì, nguồn đường như thính gạo, muối và gia vị, men "
        "cái), lên men lactic hạ pH làm chín nem, yêu cầu vệ sinh nghiêm từ nguyên liệu đến dụng cụ; nem đạt chuẩn khô mặt, "
        "hồng, săn chắc, chua vừa.",
    ),
    (
        "kUo065",
        "en",
        "nem_123",
        "Starter cultures for Southeast Asian fermented pork",
        "Food microbiology lab supplying Pediococcus and Lactobacillus plantarum and brevis cultures for nem and nham; "
        "nham reaches pH 4.45-4.55 and keeps 1-2 months after fermenting 7 days at 25-45°C.",
    ),
    (
        "kUo066",
        "en",
        "osu_haccp_summer",
        "HACCP plan for fermented sausage",
        "Worked example for fermented, fully cooked sausage: fermentation must reach pH 5.3 within 12 hours before cooking "
        "to 158°F, with coolers at 40°F and thawing water no warmer than 70°F.",
    ),
    (
        "kUo067",
        "vi",
        "nem_bachin",
        "Chuẩn hóa quy trình nem chua truyền thống cho cơ sở nhỏ",
        "Nhóm giảng viên công nghệ thực phẩm khảo sát, ghi chép và chuẩn hóa quy trình nem chua truyền thống tại một cơ sở "
        "sản xuất ở TP.HCM, đề xuất điểm kiểm soát vệ sinh.",
    ),
    (
        "kUo068",
        "en",
        "haingoai_nem",
        "Nem chua microbiology and shelf-life research",
        "Agricultural university food laboratory building on doctoral work on Vietnamese fermented pork (Bordeaux, 2008) "
        "to study regional nem from Thu Duc, Lai Vung and Ninh Hoa and extend their short shelf life.",
    ),
    # --- dried and smoked meat ---
    (
        "kUo069",
        "en",
        "jerky_ok",
        "Shorter jerky drying: tenderiser, pH and hanging",
        "Food processing centre advice: papain tenderiser at 1 mg per pound in the marinade, vinegar to bring the meat to "
        "pH 5.2, and hanging strips vertically all cut dehydration cycles that often exceed 12 hours.",
    ),
    (
        "kUo070",
        "vi",
        "dryer_meat",
        "Máy sấy thịt: vi sóng, tủ sấy khí nóng tuần hoàn, máy sấy băng tải",
        "Nhà sản xuất máy sấy cung cấp máy sấy vi sóng, tủ sấy khí nóng tuần hoàn và máy sấy băng tải cho sản phẩm thịt khô "
        "quy mô vừa và lớn, thay cho phơi nắng dễ nhiễm bụi, côn trùng và phụ thuộc thời tiết.",
    ),
    (
        "kUo071",
        "vi",
        "khobo_bc",
        "Quy trình sản xuất khô bò và đánh giá cảm quan",
        "Phòng thực hành công nghệ thực phẩm chuyển giao quy trình khô bò: chọn nguyên liệu, các biến đổi sinh hóa khi "
        "làm khô, nghiệm thức tẩm ướp và đánh giá cảm quan sản phẩm.",
    ),
    (
        "kUo072",
        "vi",
        "trau_thanhphuong",
        "Công thức ướp và hun sấy thịt gác bếp không chất bảo quản",
        "Cơ sở chế biến đạt sản phẩm công nghiệp nông thôn tiêu biểu 2023 chuyển giao cách làm: bắp đùi thái dọc thớ, ướp "
        "tỏi, ớt, gừng, mắc khén, lá chanh và rượu, hun sấy, không dùng hóa chất bảo quản.",
    ),
    (
        "kUo073",
        "en",
        "igad_solardryer",
        "Solar dryers for meat and fish",
        "Energy programme promoting solar dryers in which air heated in a collector dries produce in a closed chamber "
        "under UV-resistant film, giving higher temperature, lower humidity and shorter drying than open sun.",
    ),
    (
        "kUo074",
        "vi",
        "howtopedia_dry",
        "Máy sấy năng lượng mặt trời quy mô nhỏ",
        "Tổ chức công nghệ thích hợp hướng dẫn chế tạo máy sấy mặt trời tại xưởng địa phương: nhiệt độ cao hơn, sấy nhanh "
        "hơn, che bụi và mưa; dùng màng nhựa chống tia UV vì polyethylene thường ngả vàng sau vài tháng.",
    ),
    (
        "kUo075",
        "vi",
        "thitmuoi",
        "Kỹ thuật ướp muối thịt",
        "Tài liệu tập huấn: muối 4,4% làm ngừng phát triển một số vi sinh vật gây bệnh, các mức mặn (rất nhạt 2-2,5%, "
        "vừa 3,5%, hơi mặn 4,5%), vai trò nitrat, nitrit và gia vị, ướp ngắn ngày hay dài ngày kết hợp bảo quản lạnh.",
    ),
    (
        "kUo076",
        "en",
        "bokho_anhvu",
        "Shredded beef jerky line with traceable raw beef",
        "Jerky producer sharing its process: beef only from certified farms, cattle of 18-24 months, drying and "
        "packaging steps and the food-safety certificates required.",
    ),
    (
        "kUo077",
        "vi",
        "saydoiluu",
        "Thực hành sấy đối lưu vật liệu giấy carton",
        "Bài thực hành khảo sát động lực học sấy đối lưu giấy bìa carton: đường cong sấy, tốc độ sấy, độ ẩm tới hạn.",
    ),
    (
        "kUo078",
        "en",
        "newdawn_dryer",
        "Solar fruit and vegetable drier",
        "Engineering workshop building transportable solar driers with 15 shelves for leaves and fruit, controllable "
        "vents and a collector that can exceed 1,000 W per m2 at noon.",
    ),
    (
        "kUo079",
        "en",
        "uia_cooker",
        "Solar box cookers",
        "Low-cost solar box cookers from cardboard, foil, straw or rice husk insulation and scrap glass, hot enough to "
        "cook food and pasteurise water.",
    ),
    # --- egg grading, washing, candling ---
    (
        "kUo080",
        "en",
        "attra_egg",
        "Small-scale egg washing, candling and grading",
        "Sustainable agriculture service teaching low-cost egg handling: no soaking, dry cleaning, dipping, spraying or "
        "pouring washes, candling and grading; dirt, feathers and broken eggs may soil up to 30% of free-range eggs.",
    ),
    (
        "kUo081",
        "en",
        "egg_grading_faq",
        "Egg grading machines by weight",
        "Supplier of graders with conveyor belts and weighing stations sorting eggs from about 40 to 80 g into grades "
        "such as jumbo (68 g), large (62 g) and standard (53 g), within a receive-wash-candle-weigh-pack-store line.",
    ),
    (
        "kUo082",
        "en",
        "candle_golden",
        "Candling station with defect buttons",
        "Egg packer's candling module: eggs rotate over a strong light and the operator presses the button beside any "
        "egg with a blood spot or hairline crack, so a sensor keeps it out of first-quality packing.",
    ),
    (
        "kUo083",
        "vi",
        "candle_boreal",
        "Đèn soi trứng giá rẻ tự chế",
        "Hướng dẫn làm đèn soi từ đèn pin tập trung ánh sáng để loại trứng nứt, đốm máu và xem buồng khí; trứng không rửa "
        "giữ lạnh được khoảng 3 tháng, trứng đã rửa khoảng 8 tuần.",
    ),
    (
        "kUo084",
        "vi",
        "bahuan",
        "Quy trình xử lý trứng gà sau đẻ theo chuẩn Nhật",
        "Doanh nghiệp trứng chuyển giao quy trình: rửa trứng bằng nước 55°C, làm sạch bằng dung dịch muối, bảo quản dưới "
        "25°C, chở bằng xe lạnh; trứng chuẩn 58-62 g, vitamin E 8-15 mg/100 g.",
    ),
    (
        "kUo085",
        "vi",
        "phongve_trung",
        "Lập kế hoạch phòng vệ thực phẩm cho xưởng chế biến trứng tươi",
        "Giảng viên trường đại học công nghiệp thực phẩm hướng dẫn mô tả mặt bằng, xác định điểm dễ bị tấn công và biện "
        "pháp phòng vệ cho xưởng chế biến trứng gà tươi.",
    ),
    (
        "kUo086",
        "en",
        "egg_wash_ru",
        "Washing and treating soiled eggs",
        "Patented method for washing and disinfecting soiled table eggs, which make up 3-5% and up to 20% of output and "
        "otherwise sell 10-30% cheaper than clean eggs.",
    ),
    (
        "kUo087",
        "vi",
        "heritage_grade",
        "Phòng phân loại trứng bán tự động: máy hút chân không, băng soi, cân",
        "Chương trình gia cầm của một trường đại học giới thiệu phòng phân loại: máy hút chân không nhấc khay 30 trứng lên "
        "băng tải, trứng lăn qua hai đèn soi rất sáng, được cân, chia cỡ và xếp vào thùng 30 chục.",
    ),
    (
        "kUo088",
        "vi",
        "mesidas",
        "Điều khiển và giám sát lò ấp trứng",
        "Giải pháp tự động hóa lò ấp: điều khiển nhiệt độ 37,3-37,8°C, độ ẩm 55-65%, đảo trứng theo từng loại (gà 21 "
        "ngày, vịt 28 ngày, ngan 35-37 ngày) và giám sát từ xa.",
    ),
    (
        "kUo089",
        "vi",
        "meta_aptrung",
        "Quy trình kỹ thuật ấp trứng gà bằng máy",
        "Hướng dẫn chọn trứng ấp theo ngoại hình, khối lượng (gà nòi 40-50 g), soi đèn loại trứng dập và vận hành máy ấp "
        "50-3.000 trứng.",
    ),
    (
        "kUo090",
        "en",
        "janoel",
        "Egg candler for incubation",
        "Incubator maker's candler for checking fertility and embryo development around days 4-10 of incubation.",
    ),
    (
        "kUo091",
        "vi",
        "zaidap_ap",
        "Máy ấp trứng gia cầm công suất lớn",
        "Cung cấp máy ấp 500 đến 70.000-80.000 trứng: vỏ cách nhiệt, bảng điều khiển, khay, hệ thống cấp nhiệt, ẩm, "
        "không khí và báo động.",
    ),
    # --- egg coating and storage ---
    (
        "kUo092",
        "en",
        "egg_mo",
        "Mineral oil coating with refrigeration",
        "Food science group's treatment: mineral oil coating plus storage at 4°C kept eggs at grade AA for at least "
        "15 weeks with 1.19% weight loss, whereas uncoated eggs at 25°C fell to grade C within 5 weeks.",
    ),
    (
        "kUo093",
        "en",
        "egg_sochit",
        "Soybean oil and chitosan emulsion egg coating",
        "Emulsion coatings of soybean oil and chitosan keep eggs at grade AA or A for 7 weeks at 25°C and 20 weeks at 4°C "
        "with weight loss under 3%, against uncoated eggs dropping to grade B after 2 weeks at 25°C.",
    ),
    (
        "kUo094",
        "vi",
        "egg_chitosan_trop",
        "Phủ chitosan từ phụ phẩm tôm cho trứng ở nhiệt độ phòng nhiệt đới",
        "Nhóm nghiên cứu chiết chitosan từ phụ phẩm chế biến tôm và phủ lên trứng: kéo dài hạn dùng khoảng 4 tuần ở 22°C và "
        "3 tuần ở 32°C, độ ẩm 60-70%; phủ ba lần hiệu quả hơn phủ một lần.",
    ),
    (
        "kUo095",
        "vi",
        "egg_oils",
        "Phủ dầu thực vật giữ chất lượng trứng",
        "Phủ dầu (đậu nành, hướng dương, bắp…) cho trứng giữ hao hụt khối lượng dưới 0,8% so với 7,26% ở trứng không phủ "
        "sau 5 tuần ở 25°C, kéo dài hạn dùng thêm ít nhất 3 tuần; dầu đậu nành rẻ nhất.",
    ),
    (
        "kUo096",
        "en",
        "egg_chitosan_lsu",
        "Water-soluble chitosan coating prepared in 15 minutes",
        "University-developed chitosan solution that dissolves in water in 15 minutes instead of 8-10 hours in vinegar, "
        "keeping raw eggs at grade B for up to 7 weeks at room temperature without odour or colour change.",
    ),
    (
        "kUo097",
        "en",
        "egg_lsu_thesis",
        "Mineral oil-chitosan emulsion coatings for shell eggs",
        "Emulsion coatings that kept eggs at grade A for 4 weeks at 25°C with weight loss below 1.5%, tested negative "
        "for Salmonella and drew over 80% positive purchase intent.",
    ),
    # --- salted eggs ---
    (
        "kUo098",
        "vi",
        "longdo_tm",
        "Quy trình sản xuất lòng đỏ trứng muối",
        "Công ty sản xuất trứng chuyển giao quy trình làm lòng đỏ trứng muối từ trứng vịt: chọn trứng tươi nguyên vỏ, rửa "
        "và lau khô, pha hỗn hợp muối, tách và ướp lòng đỏ, sấy và bảo quản.",
    ),
    (
        "kUo099",
        "vi",
        "saltegg_wiki",
        "Muối trứng vịt bằng hỗn hợp đất sét và muối kiểu Pateros",
        "Quy trình chuyển giao: trộn đất sét, muối ăn và nước theo tỷ lệ 1:1:2, nhúng từng quả trứng, xếp mẻ 150 quả trong "
        "thùng lót giấy, ủ 12-14 ngày ở nhiệt độ phòng; có thể bóc lớp áo, gói nhựa hút chân không.",
    ),
    (
        "kUo100",
        "en",
        "saltegg_jvf",
        "Mud-salt brining and red dyeing of salted eggs",
        "Producer method: termite-mound mud and salt mixed 50:50, eggs cured for up to 18 days, washed, cooked and dyed "
        "red for the market.",
    ),
    (
        "kUo101",
        "vi",
        "trungmuoi_wiki",
        "Tư vấn các phương pháp muối trứng vịt",
        "Tư vấn chọn cách muối: ngâm nước muối, bọc hỗn hợp than tro tẩm muối, hoặc bóc lớp bọc, gói nhựa hút chân không; "
        "thông tin dinh dưỡng cho nhãn (lòng đỏ khoảng 70 g chứa khoảng 359 mg cholesterol).",
    ),
    (
        "kUo102",
        "en",
        "cookcoda",
        "Brine salting of duck eggs: egg choice and methods",
        "Salted egg trainer comparing mud, dry salt and brine methods; recommends harder green-shelled, round eggs that "
        "crack less and give oilier yolks, and shows how to balance the salt so eggs come out neither too salty nor "
        "spoiled.",
    ),
    (
        "kUo103",
        "en",
        "ckbk_duck",
        "Salt-cured duck",
        "Recipe for salt-curing a whole duck in coarse-salt brine, trussed and hung to dry.",
    ),
    # --- century eggs ---
    (
        "kUo104",
        "en",
        "pidan_lead",
        "Lead-free century egg process",
        "Process replacing lead oxide with zinc, iron or copper ions to seal eggshell pores during alkaline curing; "
        "notes that trace lead from raw materials cannot be excluded entirely.",
    ),
    (
        "kUo105",
        "en",
        "pidan_ys",
        "Soaking method for century eggs",
        "Study comparing clay coating with soaking in an alkaline solution: a 10-day clay cure was not enough, and "
        "partly dissolving the shell first would shorten curing and cut costs.",
    ),
    (
        "kUo106",
        "vi",
        "pidan_naoh",
        "An toàn dung dịch NaOH và chọn dụng cụ khi ngâm trứng bắc thảo",
        "Hướng dẫn pha dung dịch xút đúng cách (cho xút vào nước, đeo găng), chỉ dùng inox 304 (18/8, 18/10), nhựa PP hoặc "
        "HDPE, tránh kim loại thường, thủy tinh và PET.",
    ),
    (
        "kUo107",
        "vi",
        "pidan_enc",
        "Trứng bắc thảo không chì và trứng chức năng",
        "Tư vấn công thức trứng bắc thảo từ vôi sống, soda, muối, trà đen và tro thực vật không dùng chì; phát triển trứng "
        "giàu i-ốt, kali, ít natri.",
    ),
    # --- egg products and eggshell ---
    (
        "kUo108",
        "en",
        "eggproc_iec",
        "Liquid egg processing line",
        "Industry training on liquid egg: eggs received and held at 13°C, warmed to 20°C for 12-24 hours, washed, candled, "
        "broken, filtered and pasteurised for a 5-log bacterial reduction, packed for bakeries and food service.",
    ),
    (
        "kUo109",
        "en",
        "eggdrying_ppt",
        "Whole egg powder spray drying line",
        "Egg powder plant design: eggs broken and filtered, liquid held at about 4°C, heated in a tubular heater at about "
        "65°C for 8-10 minutes, spray-dried under high pressure and packed in poly-lined boxes.",
    ),
    (
        "kUo110",
        "vi",
        "eggyolk_mini",
        "Sản xuất bột lòng đỏ trứng bằng máy sấy phun mini",
        "Phòng thí nghiệm chứng minh máy sấy phun mini Büchi B-190 làm được bột lòng đỏ trứng, kiểm tra protein bằng "
        "Kjeldahl; phù hợp thử nghiệm trước khi đầu tư.",
    ),
    (
        "kUo111",
        "vi",
        "eggpowder_drink",
        "Quy trình chuyển trứng lỏng thành bột trứng",
        "Tư vấn quy trình: tách vỏ, tùy chọn tách lòng, thanh trùng 60-68°C, đồng hóa, sấy phun, làm nguội nhanh, rây và "
        "đóng gói kín.",
    ),
    (
        "kUo112",
        "vi",
        "votrung_vjfc",
        "Sản xuất canxi clorua tinh khiết từ vỏ trứng",
        "Nhóm nghiên cứu chuyển giao quy trình: tiệt trùng vỏ 121°C trong 60 phút, sấy 45°C 4 giờ, tách màng đạt 93%, CaCO3 "
        "98%; hòa với HCl 5% tỷ lệ 1:15 trong 3,5 giờ, thu hồi 89% CaCl2 đạt QCVN 4-9:2010/BYT.",
    ),
    # --- milk collection and cooling ---
    (
        "kUo113",
        "en",
        "fao_collect",
        "Setting up a milk collecting centre",
        "Dairy development guide and training: sample, test, weigh, record and reject poor milk, strain into a dump tank, "
        "filter into a cooler with agitator (or a surface cooler for small centres), and site the centre with water, "
        "waste disposal, road access, shade and no flooding.",
    ),
    (
        "kUo114",
        "en",
        "charriau",
        "Right-sized bulk milk coolers for village chilling centres",
        "Cooling tank supplier: milk must reach 4°C within two hours of milking; three 1,700 L tanks beat one 5,000 L "
        "tank, and a 2,000 L tank weighs under 400 kg empty so it can be moved.",
    ),
    (
        "kUo115",
        "en",
        "poweringag",
        "Thermal-battery milk chiller for weak grids",
        "Clean-energy firm with a dairy and a solar installer: a refrigeration unit stores cold in a thermal battery "
        "charged by solar power or a few hours of grid power, cutting the time milk stays unchilled by 75%.",
    ),
    (
        "kUo116",
        "en",
        "dairydimension",
        "Solar instant milk chillers for village pooling points",
        "Decentralised 500 L chillers, each on a 3.5 kW rooftop solar system, cool milk to 4-6°C right after collection; "
        "ten units chill 5,000 L a day and raised MBRT quality by about 50%, at about INR 6.5 lakh each.",
    ),
    (
        "kUo117",
        "vi",
        "mocchau",
        "Tư vấn mạng lưới trạm thu mua sữa theo mô hình Mộc Châu",
        "Tư vấn tổ chức trạm thu mua: mỗi trạm phục vụ 50-80 hộ trong bán kính khoảng 1 km, thu sáng chiều, làm lạnh sữa từ "
        "35-37°C xuống 2-4°C, kiểm tra nhanh độ tươi, lấy mẫu đo chất khô, béo, vi sinh trước khi xe chuyên dụng chở về nhà "
        "máy.",
    ),
    (
        "kUo118",
        "vi",
        "tt13_2017",
        "Tư vấn đáp ứng QCVN 01-151:2017 cho cơ sở vắt sữa và thu gom sữa tươi",
        "Chuyên gia thú y hướng dẫn cơ sở vắt sữa, điểm thu gom sữa tươi đáp ứng quy chuẩn an toàn thực phẩm ban hành kèm "
        "Thông tư 13/2017/TT-BNNPTNT: chuồng trại, dụng cụ chứa, làm lạnh, ghi chép và hồ sơ kiểm tra.",
    ),
    (
        "kUo119",
        "vi",
        "agcenture",
        "Thiết bị làm lạnh sữa giá rẻ cho nông hộ",
        "Nhà cung cấp bồn và máy làm lạnh sữa cho hộ nuôi từ một, hai con trở lên, hạ sữa dưới 4°C trong vòng 3-4 giờ sau "
        "khi vắt; gom sữa bán một lần, giảm chuyến chở; dẫn chứng tổn thất sữa hư ở Nakuru (Kenya) 32% năm 2018 và 15% năm "
        "2019.",
    ),
    (
        "kUo120",
        "en",
        "neema",
        "Stainless milk cooling tanks with service contracts",
        "Supplier installing and servicing cooling tanks that take milk from 37°C to about 3°C (removing about 27 kJ per "
        "kg), with coil cleaning and refrigerant checks; milk not processed within two hours must go below 7°C.",
    ),
    (
        "kUo121",
        "vi",
        "mocchau_baohiem",
        "Bảo hiểm nông nghiệp cho hộ chăn nuôi bò sữa",
        "Nghiên cứu mô hình bảo hiểm bò sữa và bảo hiểm giá sữa do Công ty Giống bò sữa Mộc Châu triển khai từ 2004.",
    ),
    (
        "kUo122",
        "vi",
        "israel_dairy",
        "Kinh nghiệm chăn nuôi bò sữa của Israel",
        "Tổng quan ngành bò sữa Israel: giống lai thích nghi khí hậu, chế độ cho ăn và quản lý vi tính hóa, tăng trưởng "
        "khoảng 4%/năm từ đầu thập niên 1990.",
    ),
    (
        "kUo123",
        "vi",
        "murrah",
        "Giống trâu sữa Murrah",
        "Giới thiệu giống trâu Murrah cho sữa tới 3.000 lít/năm, trâu đực 650-730 kg, trâu cái 350-400 kg, chịu nóng kém "
        "hơn trâu đầm lầy.",
    ),
    # --- milk testing and hygiene ---
    (
        "kUo124",
        "en",
        "fao_milktest",
        "Milk testing and payment systems training for producer groups",
        "Training based on a field resource book for small-scale dairying: which tests to run at collection, how to "
        "sample, and how to build quality-based payment schemes for milk producer groups.",
    ),
    (
        "kUo125",
        "en",
        "cryoscope",
        "Raw milk laboratory analysis",
        "Laboratory service measuring fat, protein, lactose and solids by infrared with daily calibration, and freezing "
        "point by cryoscope, which catches as little as about 3% added water.",
    ),
    (
        "kUo126",
        "vi",
        "icow_test",
        "Bộ công cụ kiểm tra sữa tại điểm thu mua",
        "Cung cấp và hướng dẫn: thử viêm vú CMT, thử cảm quan, tỷ trọng kế phát hiện pha nước (hiệu chỉnh ở 18-20°C), thử "
        "đun sôi và thử cồn phát hiện sữa chua, máy phân tích Lactoscan khoảng 1.000 USD cho tổ chức, hợp tác xã.",
    ),
    (
        "kUo127",
        "vi",
        "milk_mb",
        "Thử nghiệm xanh methylen đánh giá vi sinh sữa",
        "Hướng dẫn cơ sở nhỏ: 20 ml sữa thêm 0,5 ml dung dịch xanh methylen 0,0075%, ủ tối ở 36-38°C; màu giữ được 30 phút "
        "trở lên là sữa đạt; kèm đo tỷ trọng bằng lactometer.",
    ),
    (
        "kUo128",
        "en",
        "reok",
        "Platform test reports for raw milk",
        "Testing laboratory offering platform tests with written reports: organoleptic, clot-on-boiling, alcohol, "
        "two-minute resazurin, sediment and lactometer specific gravity, ending in accept or reject.",
    ),
    (
        "kUo129",
        "en",
        "guelph_tests",
        "Raw milk quality panel",
        "University food science lab running total plate count (good below 3,000/ml, maximum 100,000), coliforms, "
        "psychrotrophs, somatic cells, inhibitor tests and freezing point (maximum -0.505°C).",
    ),
    (
        "kUo130",
        "vi",
        "kenya_hygiene",
        "Tập huấn vắt sữa sạch cho hộ chăn nuôi",
        "Khuyến nông hướng dẫn: rửa tay, lau bầu vú, vắt tia đầu vào cốc kiểm tra viêm vú, bò đang dùng kháng sinh ngưng "
        "bán sữa 3 ngày, nhúng núm vú sau vắt, dùng can nhôm, rửa can và nhúng nước sôi ít nhất 1 phút.",
    ),
    # --- pasteurising ---
    (
        "kUo131",
        "vi",
        "isf",
        "Chế tạo nồi thanh trùng sữa theo mẻ có vỏ áo",
        "Xưởng cơ khí chế tạo nồi thanh trùng theo mẻ: sữa được gia nhiệt tới 65°C và giữ 30 phút có cánh khuấy trong nồi "
        "hai vỏ, sau đó làm nguội bằng nước lạnh chạy trong vỏ áo; tùy chọn bộ gia nhiệt tấm để làm ấm sơ bộ.",
    ),
    (
        "kUo132",
        "en",
        "mejeriet",
        "Complete HTST pasteurising units from 2,000 to 30,000 L/h",
        "Dairy engineering firm supplying raw milk pumps, a 150 L balance tank with level control, plate heat exchanger "
        "with at least 90% heat regeneration and holding tube for 72-75°C for 15-25 seconds; LTLT at 63°C for 30 minutes "
        "is advised only for small volumes.",
    ),
    (
        "kUo133",
        "en",
        "gpacker",
        "Small-scale milk pasteurisation machines",
        "Manufacturer of compact batch and continuous pasteurisers for creameries and farm dairies, with precise heating, "
        "holding and cooling cycles.",
    ),
    (
        "kUo134",
        "vi",
        "suathanhtrung_tl",
        "Quy trình sản xuất sữa tươi thanh trùng",
        "Nhóm chuyên gia công nghệ sữa tư vấn quy trình: gia nhiệt, tiêu chuẩn hóa, bài khí, đồng hóa, thanh trùng, làm lạnh "
        "và rót; các yếu tố ảnh hưởng gồm nhiệt độ, hệ vi sinh, thiết bị và thời gian.",
    ),
    (
        "kUo135",
        "vi",
        "milkanalyser",
        "Tư vấn chọn chế độ thanh trùng sữa",
        "Tư vấn chọn chế độ theo sản phẩm: theo mẻ 63°C trong 30 phút, HTST 72°C trong 15 giây, UHT 135°C trong 2-5 giây, "
        "ESL; kiểm soát nhiệt độ, hẹn giờ và cơ chế an toàn.",
    ),
    (
        "kUo136",
        "en",
        "sare_portable",
        "Portable farmstead cheese plant for training",
        "County extension project: a 12 x 36 ft trailer with 8 ft cooler, boiler room and 22 ft make room, built around a "
        "dual-purpose 200-gallon vat that both pasteurises and makes cheese.",
    ),
    (
        "kUo137",
        "en",
        "sare_cheesevat",
        "Inexpensive farmstead cheese vat design",
        "Blueprints for a small cheese vat heated by hot water recirculated from an on-demand gas heater; compliance "
        "changes raised the cost by 25%.",
    ),
    (
        "kUo138",
        "en",
        "unl_cheese",
        "Equipment budgets for specialty cheese plants",
        "Budget-type equipment lists and costs for cheese plants taking 4,000, 16,000 or 32,000 pounds of milk a day, "
        "including reconditioned equipment.",
    ),
    (
        "kUo139",
        "vi",
        "bo_butter",
        "Công nghệ sản xuất bơ từ sữa",
        "Tài liệu công nghệ sản xuất bơ lạt, bơ mặn, bơ lactic: thiết bị đánh cream, tạo hạt bơ, trao đổi nhiệt bản mỏng.",
    ),
    (
        "kUo140",
        "vi",
        "suadac",
        "Quy trình sản xuất sữa đặc có đường",
        "Quy trình sữa đặc có đường: tiêu chuẩn sữa nguyên liệu, gia nhiệt, đồng hóa, cô đặc, phối trộn đường.",
    ),
    (
        "kUo141",
        "vi",
        "uht_50t",
        "Thiết kế phân xưởng sữa tươi tiệt trùng 50 tấn/ngày",
        "Đồ án thiết kế nhà máy sữa tươi tiệt trùng không đường năng suất 50 tấn/ngày: lập luận kinh tế, cân bằng vật "
        "chất, chọn thiết bị.",
    ),
    (
        "kUo142",
        "vi",
        "suadaunanh",
        "Thiết bị tiệt trùng sữa đậu nành 1.000 lít/giờ",
        "Đồ án quá trình và thiết bị tiệt trùng sữa đậu nành năng suất 1.000 lít sản phẩm/giờ.",
    ),
    (
        "kUo143",
        "vi",
        "chan_thanhtrung",
        "Chần và thanh trùng trong chế biến rau quả",
        "Tài liệu về chần nguyên liệu bằng nước nóng hoặc hơi để ức chế enzyme peroxidase, polyphenoloxidase và thanh trùng "
        "đồ hộp rau quả.",
    ),
    # --- yoghurt and goat milk ---
    (
        "kUo144",
        "en",
        "yog_stirred",
        "Stirred yoghurt process parameters",
        "Dairy technologist's parameters: 2.5-3 hours at 42-43°C with 2.5-3% bulk starter, cooling to 15-22°C within "
        "30 minutes of reaching target pH, or 4-6 hours at 43°C with direct-vat frozen or freeze-dried cultures.",
    ),
    (
        "kUo145",
        "en",
        "yog_science",
        "Yoghurt process chart for small producers",
        "Training chart: sterilise equipment, pasteurise milk at about 90°C for 15-30 minutes, cool to 40°C, inoculate "
        "with Lactobacillus and Streptococcus, incubate at 40°C until set, cool to 5°C and add flavour or fruit.",
    ),
    (
        "kUo146",
        "vi",
        "yog_rdsic",
        "Quy trình sản xuất sữa chua từ tiếp nhận đến đóng gói",
        "Đơn vị đào tạo tư vấn quy trình: kiểm tra nguyên liệu, phối trộn, xử lý nhiệt và đồng hóa, hạ nhiệt cấy men L. "
        "bulgaricus và S. thermophilus, lên men, làm lạnh ổn định cấu trúc, chiết rót, bảo quản lạnh và kiểm soát chất lượng.",
    ),
    (
        "kUo147",
        "vi",
        "yog_thanhhang",
        "Tư vấn điều kiện mở cơ sở sản xuất sữa chua",
        "Công ty sữa hướng dẫn hộ, cơ sở nhỏ muốn sản xuất sữa chua: các loại sản phẩm, điều kiện nhà xưởng, giấy chứng "
        "nhận an toàn thực phẩm và hồ sơ để hoạt động hợp pháp.",
    ),
    (
        "kUo148",
        "vi",
        "yog_settype",
        "Công nghệ sữa chua dạng đặc, khuấy, đông lạnh và cô đặc",
        "Tư vấn chọn dòng sản phẩm: sữa chua set lên men trong hũ, sữa chua khuấy lên men trong bồn rồi rót, sữa chua đông "
        "lạnh như kem và sữa chua cô đặc tách huyết thanh.",
    ),
    (
        "kUo149",
        "en",
        "laktis",
        "Yoghurt starter cultures",
        "Culture supplier offering yoghurt starters selected for very fast acidification, no post-acidification, "
        "specific texture and taste, inhibition of unwanted flora and resistance to phage attack.",
    ),
    (
        "kUo150",
        "vi",
        "tdtu_yog",
        "Chuyên đề công nghệ lên men sữa chua",
        "Giảng viên công nghệ sinh học trình bày vi khuẩn L. bulgaricus, S. thermophilus, quy trình sữa chua truyền thống, "
        "khuấy, uống, đông lạnh, cô đặc và các chỉ tiêu hóa lý, vi sinh, kim loại nặng theo Codex.",
    ),
    (
        "kUo151",
        "vi",
        "de_dongnghi",
        "Mô hình hợp tác xã dê sữa và chế biến sữa dê",
        "Hợp tác xã dê sữa Saanen chia sẻ mô hình: gần 500 con, 150 lít sữa/ngày, cung cấp giống, kỹ thuật, thu mua sữa của "
        "thành viên; chế biến sữa tươi, sữa bột, sữa sấy thăng hoa, yaourt, bánh flan đạt OCOP 3 sao.",
    ),
    (
        "kUo152",
        "vi",
        "suadauxanh",
        "Chọn giống Lactobacillus cho sữa đậu xanh lên men",
        "Khóa luận tuyển chọn chủng Lactobacillus phục vụ sản xuất sữa đậu xanh lên men.",
    ),
    # --- cold storage and cold chain ---
    (
        "kUo153",
        "vi",
        "khol_nhietdo",
        "Thiết kế, lắp đặt kho lạnh thực phẩm nhiều vùng nhiệt",
        "Công ty cách nhiệt thi công kho lạnh: thịt tươi 0-2°C dưới 7 ngày, thịt đông -18°C trở xuống 3-6 tháng, sữa 1-4°C; "
        "chia khu mát, đông, siêu đông, panel PU hoặc EPS, cảm biến cảnh báo và nhật ký nhiệt độ tự động.",
    ),
    (
        "kUo154",
        "vi",
        "khol_lp",
        "Kho lạnh chế biến, sơ chế và phân phối theo yêu cầu",
        "Nhà thầu kho lạnh thiết kế kho cho cơ sở chế biến, sơ chế, phân phối, cho thuê hoặc hộ kinh doanh, có phòng máy "
        "theo dõi nhiệt độ, độ ẩm.",
    ),
    (
        "kUo155",
        "vi",
        "coldlink_baridi",
        "Kho lạnh đi bộ chạy năng lượng mặt trời cho chợ thịt",
        "Đơn vị vận hành kho lạnh ngoài lưới điện: kho 15,7 m3 làm mát tới 1.000 kg thịt ở 0-5°C, chạy pin mặt trời trên mái "
        "và pin lithium 12 kWh, thay các tủ đông 300 kg buộc người bán phải chặt nhỏ thân thịt.",
    ),
    (
        "kUo156",
        "en",
        "ecolife_cold",
        "Affordable solar cold room from local materials",
        "University-farmer partnership designing low-cost solar cold rooms built from local materials and skills for "
        "traders and farmer groups who cannot afford commercial cooling.",
    ),
    (
        "kUo157",
        "en",
        "expertsmind",
        "Refrigerated truck bodies for chilled and frozen food",
        "Transport refrigeration supplier fitting truck and trailer units holding 1.5-4°C for chilled food or -18°C for "
        "frozen food.",
    ),
    (
        "kUo158",
        "en",
        "dtiap",
        "Time-temperature monitors for meat delivery routes",
        "Monitoring devices that record the temperature history of meat during delivery; trips over about 4 hours need "
        "such records under US rules.",
    ),
    (
        "kUo159",
        "vi",
        "snewang",
        "Thùng lạnh xe tải chở thịt và gia cầm",
        "Nhà sản xuất máy lạnh xe tải: giữ thịt gia cầm dưới 4°C, tự động điều khiển nhiệt độ, công tắc cửa, chức năng diệt "
        "khuẩn; thùng cách nhiệt khoảng 3 inch; thịt tươi cần đến siêu thị trong 2 ngày.",
    ),
    (
        "kUo160",
        "en",
        "veganfoods",
        "Solar cold storage for tofu and tempeh makers",
        "Guide and kits for off-grid solar absorption cooling to keep tofu, tempeh, seitan and leafy greens in hot, "
        "humid climates.",
    ),
    (
        "kUo161",
        "vi",
        "tom_pto",
        "Quy trình chế biến tôm PTO đông lạnh",
        "Quy trình chế biến tôm sú, tôm thẻ, tôm chì PTO đông lạnh: vận chuyển ướp đá 5-15°C trong thùng cách nhiệt, sơ chế, "
        "cấp đông, bảo quản.",
    ),
    (
        "kUo162",
        "en",
        "livestockcons_infra",
        "Facility design for small cheese rooms",
        "Dairy processing course on inspected rooms: smooth impermeable surfaces, no wood below 2 ft, floors sloped to "
        "covered drains, covered lights, hand-wash sink, and raw and pasteurised areas kept apart.",
    ),
]
