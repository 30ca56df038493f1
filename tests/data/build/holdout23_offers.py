"""Technology offers of the holdout23 set: (id, language, source key, title, description)."""

OFFERS = [
    (
        "iYo001",
        "vi",
        "tv_om_salt",
        "Chuyển giao bộ giống lúa OM chống chịu mặn 4–6‰ cho vùng ven biển",
        (
            "Viện Lúa ĐBSCL cung cấp giống gốc và quy trình canh tác cho ba giống OM chịu được độ mặn 4–6 phần "
            "nghìn, kháng đạo ôn cấp 6 và rầy nâu cấp 4. Thử nghiệm vụ Hè Thu, Đông Xuân tại Phước Hảo (Châu "
            "Thành) và Tập Sơn (Trà Cú) đạt 5–6,5 tấn/ha, gạo đạt chuẩn xuất khẩu. Kèm lịch xuống giống né mặn "
            "cho vụ Thu Đông và Đông Xuân."
        ),
    ),
    (
        "iYo002",
        "vi",
        "tv_taotim",
        "Giống lúa thân tím chịu mặn 5‰, hạt dài thơm nhẹ – HTX lúa giống Song Lộc",
        (
            "HTX lúa giống ở xã Song Lộc (Châu Thành, Trà Vinh) chào bán ba dòng lúa thân lá màu tím do xã viên "
            "tự lai tạo từ VD20, TV39 và lúa tím Ấn Độ. Thời gian sinh trưởng 85–99 ngày, chịu mặn tới 5‰ trong "
            "thử nghiệm, năng suất 7–9 tấn/ha trên đất ngọt, cơm dẻo. Nhận đặt giống theo số lượng cho HTX và tổ "
            "hợp tác."
        ),
    ),
    (
        "iYo003",
        "en",
        "hatri200",
        "HATRI 200 salt-tolerant rice: seed multiplication licence for cooperatives",
        (
            "The High Agricultural Technology Research Institute for the Mekong Delta offers its HATRI 200 line, "
            "which withstood around 5 ppt salinity in trials in Ben Tre and Tra Vinh, against roughly 2 ppt for "
            "common varieties. Yield is stable at 6.5–7 t/ha. The institute licenses seed multiplication and "
            "supplies foundation seed with a crop management guide."
        ),
    ),
    (
        "iYo004",
        "en",
        "hatri_coast",
        "Rice lines for strongly saline coastal fields (EC 8–12 dS/m)",
        (
            "HATRI 170, 190 and 192 were bred for two-crop coastal zones where soil-water conductivity reaches "
            "10–12 dS/m in the dry season. Under that stress they still yield 4–5 t/ha and carry resistance to "
            "major pests. The institute matches lines to measured field salinity and helps districts plan seed "
            "scaling."
        ),
    ),
    (
        "iYo005",
        "en",
        "clrri_irri_salt",
        "On-farm evaluation of 12 new salinity-tolerant rice lines (IRRI–CLRRI)",
        (
            "From more than 7,000 elite genotypes screened in coastal Asia, IRRI and the Cuu Long Delta Rice "
            "Research Institute shortlisted 12 lines with tolerance at the reproductive stage. We are looking for "
            "cooperatives in coastal provinces to host participatory variety selection plots over two dry "
            "seasons; seed, trial protocol and data analysis are provided free of charge."
        ),
    ),
    (
        "iYo006",
        "vi",
        "bt_hatri",
        "Trình diễn, khảo nghiệm bộ giống lúa chịu mặn 3‰ tại ruộng nông dân",
        (
            "Trại giống Mỹ Nhơn (Trung tâm Nông nghiệp công nghệ cao Bến Tre) phối hợp Viện HATRI nhận bố trí "
            "ruộng trình diễn 19 giống khảo nghiệm và 4 giống sản xuất trên khoảng 1,2 ha. Các giống chịu mặn đến "
            "3 phần nghìn, gạo ngon. Đơn vị theo dõi chỉ tiêu nông học, sâu bệnh, độ thuần và tổ chức hội thảo "
            "đầu bờ."
        ),
    ),
    (
        "iYo007",
        "vi",
        "st25_nn",
        "Giống lúa thơm ST cứng cây cho vùng luân canh tôm – lúa",
        (
            "Cung cấp giống lúa thơm dòng ST cấp nguyên chủng và xác nhận: hạt gạo dài, cơm dẻo thơm, cây cứng ít "
            "đổ ngã, thích nghi trên nền đất tôm – lúa ven biển còn mặn dư thấp. Kèm hướng dẫn rửa mặn đầu mùa "
            "mưa và bón phân cho vụ lúa sau tôm. Trồng được 2 vụ/năm ở vùng chủ động nước ngọt."
        ),
    ),
    (
        "iYo008",
        "en",
        "isaaa_salt",
        "Long-duration saline-tolerant rice for single-crop brackish land",
        (
            "Can Tho University offers a photoperiod-sensitive rice that survives about 1 ppt standing-water "
            "salinity and yields over 4 t/ha in a 150-day wet season. It suits low-lying brackish plots "
            "previously left to nipa palm or melaleuca, where only one rice crop a year is possible."
        ),
    ),
    (
        "iYo009",
        "vi",
        "ag_seed_coop",
        "Mô hình HTX sản xuất – cung ứng lúa giống xác nhận",
        (
            "Trung tâm Khuyến nông chuyển giao mô hình tổ chức HTX nhân giống lúa cộng đồng: chọn giống siêu "
            "nguyên chủng, quy trình khử lẫn, hỗ trợ máy tách hạt làm sạch giống, máy cấy, hướng dẫn thủ tục kiểm "
            "định ruộng giống, đóng bao và in nhãn. Phù hợp HTX có 20–50 ha ruộng giống."
        ),
    ),
    (
        "iYo010",
        "en",
        "ag_seed_coop",
        "Seed quality testing: germination, purity and moisture certificates",
        (
            "An accredited seed laboratory in the Mekong Delta tests rice seed lots for germination rate, "
            "physical purity, varietal admixture and moisture, with results within 7 days. Sampling kits and "
            "pick-up from cooperatives can be arranged; discounted rates above 30 lots per season."
        ),
    ),
    (
        "iYo011",
        "en",
        "upi_scuba",
        "Submergence-tolerant (Sub1) rice lines for flash-flood paddies",
        (
            "Rice lines carrying the SUB1 gene survive complete submergence for up to two weeks and regrow once "
            "water recedes. IRRI-derived material adapted to Vietnamese conditions is available for testing in "
            "low-lying fields that flood early in the wet season."
        ),
    ),
    (
        "iYo012",
        "vi",
        "awd_biosilico",
        "Kỹ thuật tưới ngập – khô xen kẽ (AWD) cho lúa",
        (
            "Hướng dẫn áp dụng tưới ngập – khô xen kẽ với ống nhựa đục lỗ quan sát mực nước: chỉ giữ ngập ở giai "
            "đoạn đẻ nhánh và trổ bông, các giai đoạn khác để nước rút tới 15 cm dưới mặt ruộng rồi mới bơm lại. "
            "Giảm 15–40% lượng nước bơm và lượng khí mê-tan, có bộ số liệu đo đếm phục vụ các chương trình giảm "
            "phát thải, tín chỉ các-bon."
        ),
    ),
    (
        "iYo013",
        "en",
        "awd_angiang",
        "Alternate wetting and drying: field trials and farmer training",
        (
            "University teams from An Giang and Kien Giang run AWD demonstration plots with cooperatives, train "
            "Khmer and Kinh farmers to read field water tubes, and record soil, yield and greenhouse-gas data. "
            "Suited to communes with a dependable canal network that want to cut dry-season pumping."
        ),
    ),
    (
        "iYo014",
        "vi",
        "nlu_flatbed_study",
        "Máy sấy lúa vỉ ngang đảo chiều gió 8 tấn/mẻ đốt trấu",
        (
            "Trường ĐH Nông Lâm TP.HCM chuyển giao thiết kế máy sấy tĩnh vỉ ngang có đảo chiều gió, 8 tấn/mẻ, lò "
            "đốt trấu. Chênh lệch ẩm độ cuối mẻ thấp, hạt ít rạn nứt hơn phơi nắng. Gói chuyển giao gồm bản vẽ, "
            "hướng dẫn vận hành và đào tạo xưởng cơ khí địa phương tự chế tạo."
        ),
    ),
    (
        "iYo015",
        "en",
        "irri_flatbed",
        "Flatbed paddy dryer package, 4–8 t per batch, husk-fired",
        (
            "A flatbed dryer design adapted in Vietnam and spread across Southeast Asia with IRRI. Batches of 4–8 "
            "tonnes, rice husk as fuel, low running cost. We provide fabrication drawings, a husk furnace design "
            "and a one-week course for local workshops and dryer operators."
        ),
    ),
    (
        "iYo016",
        "en",
        "nlu_flatbed_study",
        "Solar air collector retrofit for flatbed dryers",
        (
            "A roof-type solar air collector is connected to a 4-tonne flatbed dryer as supplementary heat, "
            "cutting husk or fuel use during sunny hours while keeping grain quality. Tested in Long An; design "
            "and cost sheet available for dryer owners."
        ),
    ),
    (
        "iYo017",
        "en",
        "aciar_2stage",
        "Two-stage grain drying for mills: fast first stage plus in-store drying",
        (
            "Wet-season paddy at 30% moisture is first dried quickly to about 18%, then held in ventilated "
            "warehouse bins of 80–400 t and aerated slowly down to 14%. This multiplies dryer throughput at "
            "harvest peaks and protects head rice. Design support for grain depths up to 4 m, based on ACIAR "
            "projects in Vietnam."
        ),
    ),
    (
        "iYo018",
        "vi",
        "hien_mech",
        "Tư vấn thiết kế trung tâm sấy lúa tập trung (sấy tháp kết hợp tầng sôi)",
        (
            "Thiết kế, lắp đặt dây chuyền sấy lúa tập trung 300–1.000 tấn/ngày cho nhà máy xay xát: sấy tầng sôi "
            "hạ ẩm nhanh, sau đó sấy tháp tuần hoàn, gàu tải và silo chứa. Tính toán lượng trấu đốt và phương án "
            "thu hồi tro."
        ),
    ),
    (
        "iYo019",
        "vi",
        "husk_gasifier",
        "Lò khí hóa trấu cấp nhiệt sạch cho máy sấy nông sản",
        (
            "Lò đốt gas trấu do Viện Cơ điện nông nghiệp và Công nghệ sau thu hoạch cải tiến: trấu được khí hóa "
            "rồi mới đốt, ngọn lửa ổn định, ít khói bụi và tro bay. Lắp thay lò trấu truyền thống cho máy sấy "
            "4–12 tấn/mẻ, điều chỉnh nhiệt độ dễ."
        ),
    ),
    (
        "iYo020",
        "vi",
        "heatpump_dryer",
        "Máy sấy bơm nhiệt kết hợp hồng ngoại 5 kg/mẻ cho tôm và bơ lát",
        (
            "Trường ĐH Nha Trang chế tạo máy sấy bơm nhiệt bổ sung bức xạ hồng ngoại, buồng sấy 0,7 × 0,74 × 1,2 "
            "m, độ ẩm không khí sấy 15–17%. Sấy tôm thẻ, bơ lát khoảng 2,7 giờ, sản phẩm giữ màu. Phù hợp cơ sở "
            "nhỏ, phòng thí nghiệm."
        ),
    ),
    (
        "iYo021",
        "en",
        "solar_dryer_fruit",
        "Solar cabinet dryers for fruit and vegetables, women's groups",
        (
            "Low-cost solar dryers that keep fruit slices away from dust and insects and dry faster than open "
            "sun. About 20–40 kg of fresh fruit per cabinet. Training on hygiene, pre-treatment and packaging for "
            "household producers of dried mango, banana and plum."
        ),
    ),
    (
        "iYo022",
        "vi",
        "cold_dry",
        "Máy sấy lạnh trái cây 200 kg/mẻ giữ màu, giữ hương",
        (
            "Máy sấy lạnh tuần hoàn kín dùng không khí khô 10–50°C, rút ẩm từ từ để lát xoài, nhãn, mít giữ màu "
            "tự nhiên, ẩm độ cuối 5–10%. Công suất 200 kg nguyên liệu tươi/mẻ, tủ điều khiển tự động, hợp với cơ "
            "sở làm sản phẩm OCOP."
        ),
    ),
    (
        "iYo023",
        "en",
        "card_crack",
        "Reducing rice kernel cracking: harvest timing and drying advisory",
        (
            "Building on a Nong Lam University – University of Queensland project, we advise cooperatives and "
            "dryer owners on harvest moisture windows, drying air temperature, tempering and mill settings to "
            "raise head rice recovery. Includes field moisture checks and a short course for combine and dryer "
            "operators."
        ),
    ),
    (
        "iYo024",
        "vi",
        "card_crack",
        "Máy đo ẩm độ hạt lúa cầm tay",
        (
            "Cung cấp máy đo ẩm độ lúa, gạo, bắp cầm tay, đo trong 10 giây, sai số ±0,5%, cài sẵn đường chuẩn cho "
            "lúa thường và lúa thơm. Bảo hành 12 tháng, hiệu chuẩn định kỳ tại Cần Thơ."
        ),
    ),
    (
        "iYo025",
        "vi",
        "niptech",
        "Dây chuyền xay xát, lau bóng và tách màu gạo 5 tấn/giờ",
        (
            "Trọn gói máy bóc vỏ trấu, máy xát trắng, máy lau bóng và máy tách màu quang học cho nhà máy gạo 5 "
            "tấn/giờ; giảm hạt vàng, hạt bạc bụng, tăng tỷ lệ gạo nguyên. Lắp đặt và chạy thử tại nhà máy."
        ),
    ),
    (
        "iYo026",
        "en",
        "irri_superbag",
        "Hermetic storage liners for seed and grain (50 kg)",
        (
            "A multilayer plastic liner placed inside ordinary woven sacks. Once sealed, respiration lowers "
            "oxygen to about 5% and insects die without chemicals within roughly 10 days. Seed keeps its "
            "germination for 12 months instead of 6. Dry seed to 12% and grain to 14% before filling."
        ),
    ),
    (
        "iYo027",
        "vi",
        "irri_hermetic",
        "Kho kín dạng kén (cocoon) bảo quản lúa, gạo 5–300 tấn",
        (
            "Hệ thống bảo quản kín bằng vỏ PVC chuyên dụng, dựng trong nhà kho hoặc ngoài trời, sức chứa 5 đến "
            "300 tấn lúa hoặc gạo. Ẩm độ hạt giữ nguyên sau khi niêm phong, côn trùng chết do thiếu oxy, không "
            "phải xông thuốc, hạt giống giữ sức nảy mầm sau một năm."
        ),
    ),
    (
        "iYo028",
        "en",
        "irri_local",
        "Turning local drums and jars into airtight grain stores",
        (
            "Household training on converting plastic drums, metal barrels or sealed clay jars into hermetic "
            "stores for 50–500 kg of paddy: cleaning, drying to 14%, filling without air space and sealing lids. "
            "A practical route where commercial hermetic bags are not sold locally."
        ),
    ),
    (
        "iYo029",
        "vi",
        "niptech",
        "Silo thép thông gió 500 tấn có cảm biến nhiệt độ",
        (
            "Lắp đặt silo thép mạ kẽm 300–1.000 tấn chứa lúa, có quạt thông gió đáy và dây cảm biến nhiệt nhiều "
            "tầng truyền về tủ điều khiển, cảnh báo điểm nóng trong khối hạt. Kèm gàu tải nhập – xuất liệu."
        ),
    ),
    (
        "iYo030",
        "vi",
        "namvietfumigation",
        "Dịch vụ xông hơi khử trùng kho, container nông sản xuất khẩu",
        (
            "Công ty khử trùng được cấp phép xông hơi phosphine, methyl bromide cho kho gạo, container trái cây, "
            "pallet gỗ; cấp chứng thư khử trùng phục vụ thông quan."
        ),
    ),
    (
        "iYo031",
        "vi",
        "nn_strawroll",
        "Máy cuốn rơm bánh xích tự hành, chạy được trên ruộng ướt",
        (
            "Máy cuốn rơm bánh xích đi được trên ruộng lún sau gặt đập liên hợp, 500–600 cuộn/ngày, mỗi cuộn "
            "20–25 kg. Bán máy, hướng dẫn lập tổ dịch vụ gom rơm và bao tiêu cuộn rơm cho cơ sở trồng nấm, nuôi "
            "bò."
        ),
    ),
    (
        "iYo032",
        "en",
        "qdnd_straw",
        "Straw baling and buy-back service after harvest",
        (
            "Our teams bring balers to harvested fields and buy the straw at the field edge. A hectare usually "
            "gives 120–150 bales; farmers earn about VND 0.7–0.9 million per hectare and avoid burning. Bales go "
            "to mushroom growers and dairy farms."
        ),
    ),
    (
        "iYo033",
        "en",
        "irri_straw_turner",
        "Tractor-towed compost turner for rice straw and manure",
        (
            "A turner developed with IRRI and the University of Hohenheim mixes windrows of rice straw and cow "
            "dung while spraying an enzyme solution to speed decomposition. Pulled by a 160 hp tractor, it "
            "handles several hundred tonnes a month and can use wet, low-grade straw that has no market."
        ),
    ),
    (
        "iYo034",
        "vi",
        "ag_indoor_mush",
        "Kỹ thuật trồng nấm rơm trong nhà dạng trụ, dạng kệ",
        (
            "Chuyển giao quy trình trồng nấm rơm trong nhà (trụ, sọt, kệ) trên diện tích nhỏ 20–40 m²: ủ rơm, "
            "phối trộn bông vải, cấy meo, điều chỉnh ẩm độ. Năng suất khoảng 1,4 kg/m mô, cao hơn trồng ngoài "
            "trời gần 40%, ít phụ thuộc mưa nắng."
        ),
    ),
    (
        "iYo035",
        "vi",
        "ctu_straw_mush",
        "Meo giống nấm rơm và lớp tập huấn trồng nấm – ĐH Cần Thơ",
        (
            "Bộ môn Khoa học cây trồng, ĐH Cần Thơ cung cấp meo giống nấm rơm và mở lớp 3 ngày: xử lý rơm bằng "
            "vôi, chất mô ngoài đồng và trong nhà, phòng nấm dại, hạch toán hiệu quả. Ưu tiên tổ hợp tác phụ nữ, "
            "hộ nghèo."
        ),
    ),
    (
        "iYo036",
        "en",
        "rikolto_mush",
        "Straw mushroom circular model for rice cooperatives",
        (
            "A model piloted with a cooperative in Dong Thap: rice straw is bundled and used as mushroom "
            "substrate, and the spent substrate is composted into organic fertiliser for the next rice crop. "
            "Package includes business plan, training and links to buyers."
        ),
    ),
    (
        "iYo037",
        "en",
        "irri_mush_chapter",
        "Technical guide to rice-straw mushroom production, indoor and outdoor",
        (
            "A guide from IRRI, PhilRice and Vietnamese universities on Volvariella mushroom: substrate "
            "preparation, bed making, spawning, a 45-day cycle, and why indoor houses give higher, steadier "
            "yields than outdoor beds. Trainer slides included."
        ),
    ),
    (
        "iYo038",
        "en",
        "ctu_straw_mush",
        "Mushroom spawn laboratory set-up",
        (
            "We design and equip small spawn laboratories (autoclave, laminar flow hood, incubation room) "
            "producing 500–1,000 bags of straw-mushroom and oyster-mushroom spawn a week, and train staff to keep "
            "pure cultures."
        ),
    ),
    (
        "iYo039",
        "vi",
        "tvu_cattle",
        "Nuôi bò bằng rơm ủ và phụ phẩm nông nghiệp – ĐH Trà Vinh",
        (
            "Khoa Nông nghiệp – Thủy sản, Trường ĐH Trà Vinh chuyển giao cách ủ rơm với urê, rỉ mật và phối trộn "
            "phụ phẩm (bã mía, thân bắp) làm thức ăn cho bò mùa khô, giảm tiền mua cỏ. Đã áp dụng với hộ nuôi ở "
            "Cầu Ngang."
        ),
    ),
    (
        "iYo040",
        "vi",
        "bvtv_blog",
        "Chế phẩm vi sinh phân hủy nhanh rơm rạ ngay trên ruộng",
        (
            "Chế phẩm chứa nấm Trichoderma và vi khuẩn phân giải xenlulo, phun lên rơm rạ sau gặt rồi cho nước "
            "vào ruộng; rơm mềm mục sau 7–10 ngày, hạn chế ngộ độc hữu cơ cho lúa vụ sau. Liều 2 kg/ha, phun bằng "
            "bình hoặc drone."
        ),
    ),
    (
        "iYo041",
        "vi",
        "biogas_ctu",
        "Nạp bổ sung lục bình, rơm cho hầm biogas khi thiếu phân heo",
        (
            "Nghiên cứu của ĐH Cần Thơ cho thấy lục bình và rơm đã qua trồng nấm có thể phối trộn với phân heo, "
            "hoặc thay thế khi thiếu phân. Hướng dẫn tỷ lệ phối trộn, xử lý sơ bộ và cách nạp cho hầm ủ quy mô hộ "
            "gia đình."
        ),
    ),
    (
        "iYo042",
        "vi",
        "clrri_laser",
        "San phẳng mặt ruộng bằng thiết bị điều khiển tia laser",
        (
            "Viện Lúa ĐBSCL chuyển giao kỹ thuật san ruộng bằng máy kéo gắn thiết bị laser, độ chênh cao trình "
            "dưới 2 cm. Ruộng phẳng giúp quản lý nước đều, dễ trừ cỏ, hạn chế ốc bươu vàng, thuận lợi cho máy "
            "gieo, máy cấy; năng suất tăng 5–10%."
        ),
    ),
    (
        "iYo043",
        "en",
        "efd_laser",
        "Laser land levelling service for smallholder rice fields",
        (
            "Laser-guided levelling for plots up to 5 ha per household, linked to public support of up to about "
            "USD 450 per household. Farmers in Kien Giang and An Giang cut irrigation cost by 15–17% and "
            "fertiliser by 15–20%, with yields up to 20% higher. We also repair idle levelling units."
        ),
    ),
    (
        "iYo044",
        "en",
        "irri_laser",
        "Starting a laser levelling service business: training and business model",
        (
            "IRRI-based training for operators and entrepreneurs: equipment choice, surveying and levelling "
            "practice, pricing with five-year depreciation of the unit, and marketing to cooperatives. Field data "
            "show at least 12% water, 27% seed and 10% fertiliser savings."
        ),
    ),
    (
        "iYo045",
        "vi",
        "ctu_transplanter",
        "Máy cấy lúa 4 hàng dùng mạ khay và kỹ thuật làm mạ",
        (
            "ĐH Cần Thơ chuyển giao máy cấy 4 hàng nặng khoảng 80 kg, cấy 1–1,5 ha/ngày, thay khoảng 25 công lao "
            "động, hàng cách hàng 30 cm. Hướng dẫn làm mạ khay dày 2 cm, gieo 400 g giống/m², mạ cứng cây; đã thử "
            "trên ruộng tôm – lúa ở Cà Mau."
        ),
    ),
    (
        "iYo046",
        "en",
        "tv_transplanter",
        "8-row riding rice transplanter with tray nursery set-up",
        (
            "Dealer package for an 8-row riding transplanter (22 cm rows) plus a tray nursery kit, as "
            "demonstrated with a seed-production group in Huyen Hoi, Cang Long. Seed use falls to 60–70 kg/ha "
            "compared with 150–200 kg/ha for broadcasting; operator training included."
        ),
    ),
    (
        "iYo047",
        "vi",
        "mdt_transpl",
        "Dây chuyền gieo mạ khay tự động 600 khay/giờ",
        (
            "Dây chuyền trộn giá thể, rải đất đáy, gieo hạt và phủ đất mặt liên tục, 600 khay/giờ, đủ mạ cho tổ "
            "dịch vụ cấy máy 100–150 ha mỗi vụ. Kèm thiết kế nhà ươm mạ và lịch tưới."
        ),
    ),
    (
        "iYo048",
        "vi",
        "mismart",
        "Drone nông nghiệp gieo sạ, rải phân, phun thuốc",
        (
            "Doanh nghiệp công nghệ trong nước cung cấp drone tải 20–30 lít, phun 1 ha trong 8–10 phút, tối đa 50 "
            "ha/ngày; có chế độ gieo hạt và rải phân hạt. Bán máy hoặc cho thuê theo vụ, đội kỹ thuật thường trực "
            "tại ĐBSCL."
        ),
    ),
    (
        "iYo049",
        "en",
        "drone_ttct",
        "Spray drone hire for rice, priced per hectare",
        (
            "Teams of licensed pilots spray rice at 10–15 minutes per hectare, 20–30 ha a day. Users report about "
            "20% less insecticide and up to half the pre-emergence herbicide compared with knapsack spraying. "
            "Booking by phone; service across the delta."
        ),
    ),
    (
        "iYo050",
        "vi",
        "drone_ttct",
        "Khóa đào tạo phi công drone nông nghiệp và kỹ thuật sửa chữa",
        (
            "Khóa học 10 ngày: quy định bay, lập bản đồ thửa ruộng, pha thuốc an toàn, bay tự động, bảo dưỡng "
            "pin, thay motor và cánh quạt. Học viên thực hành trên ruộng và được giới thiệu việc làm ở các tổ "
            "dịch vụ phun thuê."
        ),
    ),
    (
        "iYo051",
        "en",
        "drone_mango_kh",
        "Heavy-lift 40-litre drone for orchards",
        (
            "A 40 L orchard drone that sprays a hectare of mango in about 30 minutes on programmed flight paths "
            "over the canopy, for thrips, foliar feeds and fungicides. Around VND 370 million with on-site "
            "training."
        ),
    ),
    (
        "iYo052",
        "vi",
        "drone_mango_kh",
        "Xe phun thuốc tự hành 600 lít cho vườn cây ăn trái",
        (
            "Xe phun bánh lốp có quạt thổi đẩy sương thuốc vào tán cây cao 3–5 m, bồn 600 lít, phun 1 ha xoài "
            "trong 40–50 phút, chạy được trên bờ liếp rộng 2 m. Người vận hành ít tiếp xúc thuốc."
        ),
    ),
    (
        "iYo053",
        "vi",
        "loctroi_drone_coconut",
        "Phun chế phẩm trừ sâu đầu đen trên ngọn dừa bằng drone",
        (
            "Dịch vụ drone thế hệ mới phun chế phẩm sinh học vào tán dừa cao 10–15 m để dập dịch sâu đầu đen, "
            "thay cho leo cây phun thủ công. Đã thử nghiệm ở Chợ Lách, Bến Tre với sự đồng ý của ngành nông "
            "nghiệp tỉnh."
        ),
    ),
    (
        "iYo054",
        "vi",
        "hien_mech",
        "Máy gặt đập liên hợp bánh xích cỡ nhỏ cho ruộng lún",
        (
            "Máy gặt bánh xích cao su bản rộng, áp lực nền thấp, bề rộng cắt 1,6 m, đi được ruộng lún sâu 30 cm, "
            "2–3 ha/ngày, hao hụt dưới 2%. Hợp ruộng nhỏ, bờ bao thấp."
        ),
    ),
    (
        "iYo055",
        "vi",
        "int_salinity",
        "Hệ thống quan trắc và cảnh báo xâm nhập mặn tự động",
        (
            "Viện Công nghệ Nano (ĐHQG TP.HCM) sản xuất trạm quan trắc mặn với đầu dò chuyên dụng đặt trên kênh "
            "rạch, cửa sông, đo liên tục 24/24, truyền không dây về máy chủ và nhắn tin cảnh báo khi vượt ngưỡng. "
            "Thay cho việc lấy mẫu nước thủ công từng giờ."
        ),
    ),
    (
        "iYo056",
        "en",
        "uit_salinity",
        "LoRa salinity and water-level sensor network",
        (
            "Sensor nodes measuring conductivity and water level send readings over LoRa to a Raspberry Pi "
            "gateway; a web dashboard shows trends and anticipates salinity peaks with the tides. Each node runs "
            "on a small solar panel; built for villages along estuaries."
        ),
    ),
    (
        "iYo057",
        "vi",
        "st_salinity_net",
        "Mạng cảm biến đo mặn cửa sông, xem số liệu trên điện thoại",
        (
            "Lắp các điểm cảm biến độ mặn tại cửa sông, cống đầu kênh; số liệu cập nhật liên tục lên ứng dụng "
            "điện thoại để nhà vườn biết lúc nào lấy nước ngọt vào mương. Đã phục vụ vườn bưởi da xanh ở Kế Sách "
            "khi mặn cửa sông lên 10‰."
        ),
    ),
    (
        "iYo058",
        "en",
        "iu_salinity_durian",
        "IoT salinity alarm at orchard water intakes",
        (
            "An IoT station at the canal intake of fruit orchards streams salinity readings to a server; growers "
            "follow a phone app or website and are warned before pumping. Piloted in durian gardens of Cai Lay "
            "with the southern plant protection centre."
        ),
    ),
    (
        "iYo059",
        "vi",
        "mimosatek",
        "Giải pháp tưới chính xác dựa trên cảm biến và dự báo thời tiết",
        (
            "Hệ thống gồm cảm biến ẩm độ đất vùng rễ, trạm thời tiết và thuật toán tính lượng nước, cập nhật 5 "
            "phút/lần lên ứng dụng điện thoại; gửi lịch tưới hằng ngày và điều khiển van từ xa. Giảm nước tưới, "
            "bớt công cho vườn cây ăn trái và rau."
        ),
    ),
    (
        "iYo060",
        "en",
        "iot_sensors",
        "Plug-and-play soil sensor kit: moisture, temperature, pH, EC",
        (
            "A solar-powered node with four soil probes reports to a phone app every 15 minutes, with thresholds "
            "for irrigation and fertiliser decisions. Designed for vegetable beds and young orchards; one gateway "
            "covers up to 2 ha."
        ),
    ),
    (
        "iYo061",
        "en",
        "sentinel_rice",
        "Radar satellite monitoring of rice sowing, crop age and harvest dates",
        (
            "Using Sentinel-1 time series we map rice fields and estimate sowing and harvest dates within about "
            "6–7 days, every season and regardless of cloud. Products for extension offices, insurers and "
            "millers: area statistics by commune and crop-stage maps."
        ),
    ),
    (
        "iYo062",
        "vi",
        "riice",
        "Bản tin giám sát diện tích lúa bằng ảnh radar vệ tinh, đánh giá ảnh hưởng hạn mặn",
        (
            "Cung cấp bản tin giữa vụ và cuối vụ cho tỉnh, huyện: bản đồ diện tích xuống giống, chỉ số mặt nước, "
            "diện tích lúa giảm do thiếu nước và xâm nhập mặn. Ảnh radar không bị mây che."
        ),
    ),
    (
        "iYo063",
        "vi",
        "coop_ds_nhandan",
        "Phần mềm quản lý hợp tác xã nông nghiệp",
        (
            "Phần mềm trên máy tính và điện thoại quản lý sổ thành viên, vốn góp, diện tích canh tác từng hộ, "
            "dịch vụ cung ứng phân thuốc ghi nợ theo vụ, kế hoạch sản xuất và báo cáo tài chính theo mẫu. Có tập "
            "huấn cán bộ HTX, phí thuê bao theo năm."
        ),
    ),
    (
        "iYo064",
        "en",
        "coop_ds_thuonghieu",
        "Cloud ERP for agricultural cooperatives: intake, payments, e-invoices",
        (
            "Records produce intake with connected scales, grade and price per member, computes payments net of "
            "input credit, issues e-invoices and sends statements by Zalo. Board dashboards; works offline in the "
            "field and syncs later."
        ),
    ),
    (
        "iYo065",
        "vi",
        "coop_ds_vneconomy",
        "Đánh giá mức độ chuyển đổi số và tập huấn cho HTX",
        (
            "Khảo sát, chấm điểm mức độ ứng dụng công nghệ của HTX theo bộ công cụ chẩn đoán, sau đó lập lộ trình "
            "ưu tiên (kế toán, quản lý thành viên, bán hàng trực tuyến) và tập huấn 5 buổi cho ban quản trị."
        ),
    ),
    (
        "iYo066",
        "vi",
        "coop_ds_vneconomy",
        "Dịch vụ kế toán, khai thuế trọn gói cho HTX và tổ hợp tác",
        (
            "Nhận làm sổ sách kế toán theo chế độ cho HTX, lập báo cáo tài chính năm, kê khai thuế điện tử, hóa "
            "đơn điện tử. Phí từ 1,5 triệu đồng/tháng, làm việc từ xa qua Zalo."
        ),
    ),
    (
        "iYo067",
        "vi",
        "traceability_hcm",
        "Nhật ký canh tác điện tử và tem QR truy xuất nguồn gốc rau",
        (
            "Nông dân nhập trên điện thoại thông tin giống, ngày bón phân, phun thuốc, thu hoạch, sơ chế, đóng "
            "gói; hệ thống sinh tem QR dán lên túi rau để người mua quét bằng Zalo. Đã áp dụng cho HTX rau cung "
            "cấp siêu thị ở TP.HCM."
        ),
    ),
    (
        "iYo068",
        "en",
        "qr_vietnamnet",
        "QR traceability for GlobalGAP orchards",
        (
            "Each orchard block gets a QR code linked to its spray and fertiliser records, harvest dates and "
            "certificates, helping fruit sell through e-commerce and export channels. Field staff coach older "
            "growers new to smartphones."
        ),
    ),
    (
        "iYo069",
        "vi",
        "hagri",
        "Nền tảng minh bạch canh tác và hồ sơ sản xuất số",
        (
            "Ứng dụng lưu hồ sơ nhà sản xuất, sơ đồ lô, danh mục giống, vật tư, thuốc BVTV theo mục đích sử dụng, "
            "chứng nhận GAP và kết quả kiểm nghiệm đất, nước; tự động cập nhật lên trang truy xuất khi có thay "
            "đổi."
        ),
    ),
    (
        "iYo070",
        "vi",
        "techmart_cantho",
        "Phần mềm quản lý bán hàng và kho cho đại lý vật tư nông nghiệp",
        (
            "Quản lý nhập – xuất – tồn phân bón, thuốc BVTV theo lô và hạn dùng, công nợ khách hàng theo vụ, in "
            "hóa đơn, báo cáo doanh thu trên điện thoại. Cài đặt miễn phí, phí 200.000 đồng/tháng."
        ),
    ),
    (
        "iYo071",
        "en",
        "mimosatek",
        "Field weather stations with rice blast risk alerts",
        (
            "Stations measuring leaf wetness, humidity and temperature feed a disease model that sends SMS "
            "warnings when blast and sheath blight risk rises, so farmers scout and spray only when needed."
        ),
    ),
    (
        "iYo072",
        "en",
        "rynan_aqua",
        "Shrimp pond water-quality monitoring app",
        (
            "Floating sensors measure dissolved oxygen, pH, temperature and salinity in shrimp ponds and send "
            "readings to an app that switches aerators automatically. Subscription for farms of 1–10 ponds."
        ),
    ),
    (
        "iYo073",
        "vi",
        "biogas_hcm",
        "Phần mềm quản lý trang trại chăn nuôi heo",
        (
            "Theo dõi đàn nái, lịch phối, lịch tiêm vắc xin, lượng thức ăn và xuất chuồng; cảnh báo heo tăng "
            "trọng chậm. Dành cho trại 50–500 nái."
        ),
    ),
    (
        "iYo074",
        "vi",
        "coop_ds_thuonghieu",
        "Mở gian hàng thương mại điện tử và bán hàng livestream cho sản phẩm OCOP",
        (
            "Dựng gian hàng trên các sàn thương mại điện tử, chụp ảnh sản phẩm, đào tạo nhân viên livestream bán "
            "đặc sản và sản phẩm OCOP của HTX, cơ sở nhỏ."
        ),
    ),
    (
        "iYo075",
        "vi",
        "rynan",
        "Phân bón thông minh tan chậm bọc polymer – bón một lần cho cả vụ",
        (
            "Nhà máy tại KCN Long Đức (TP Trà Vinh) sản xuất phân bón bọc màng polymer, dinh dưỡng N, P, K và "
            "trung vi lượng giải phóng dần theo nhu cầu cây trong 1–12 tháng. Bón một lần, lượng phân giảm "
            "40–60%, năng suất tăng hơn 10%; đã thử trên 200 ha lúa ở Tam Nông."
        ),
    ),
    (
        "iYo076",
        "en",
        "rynan",
        "Polymer-coated controlled-release fertiliser for rice and orchards",
        (
            "Coated granules release nutrients over 1 to 12 months depending on the crop, so rice needs a single "
            "application at sowing and fruit trees one or two a year. Trials show 40–60% less fertiliser with "
            "higher yields and lower emissions. Formulas for rice, durian, pomelo and vegetables."
        ),
    ),
    (
        "iYo077",
        "vi",
        "ctu_biofert",
        "Phân sinh học đa chủng cố định đạm, hòa tan lân",
        (
            "ĐH Cần Thơ chuyển giao quy trình sản xuất phân sinh học chứa các dòng vi khuẩn cố định đạm và hòa "
            "tan lân khó tan, phân lập từ đất ĐBSCL. Bón cho lúa, bắp, mía, khóm giúp giảm 30–50% phân đạm hóa "
            "học mà năng suất tương đương."
        ),
    ),
    (
        "iYo078",
        "en",
        "trichoderma_echo",
        "Trichoderma compost: production and use",
        (
            "A guide and starter culture for compost inoculated with Trichoderma spores, which speed "
            "decomposition and protect roots from soil-borne fungi. Covers mother-culture preparation, heap "
            "management and rates for vegetables and fruit trees."
        ),
    ),
    (
        "iYo079",
        "vi",
        "tvu_compost",
        "Tập huấn ủ phân hữu cơ tại vườn từ phân bò, mụn dừa, rơm rạ",
        (
            "Nhóm sinh viên Nông nghiệp – Thủy sản, ĐH Trà Vinh hướng dẫn cầm tay chỉ việc: băm rơm, trộn phân "
            "bò, mụn dừa, vôi, rỉ đường và chế phẩm Trichoderma, đảo và giữ ẩm; sau 30–45 ngày có phân hữu cơ cải "
            "tạo đất vườn dừa chai cứng, bạc màu."
        ),
    ),
    (
        "iYo080",
        "en",
        "biochar_saline",
        "Rice-husk biochar as an amendment for saline acid-sulphate soils",
        (
            "Greenhouse studies show rice-husk biochar at 0.7–6% raises soil pH and exchangeable K, Mg and Ca "
            "while lowering exchangeable Fe, Al and chloride. We supply biochar and advise rates for pilot plots "
            "on degraded coastal paddies."
        ),
    ),
    (
        "iYo081",
        "vi",
        "biochar_ghg",
        "Than sinh học từ trấu và tràm giảm phát thải khí nhà kính ruộng lúa",
        (
            "Than sinh học làm từ trấu, cành tràm bón vào đất lúa giúp giảm phát thải CH4 và N2O, tăng hữu cơ và "
            "dinh dưỡng dễ tiêu. Cung cấp sản phẩm đóng bao và số liệu đo phát thải cho dự án nông nghiệp các-bon "
            "thấp."
        ),
    ),
    (
        "iYo082",
        "vi",
        "saline_soil_restore",
        "Gói kỹ thuật phục hồi đất lúa suy thoái do nhiễm mặn",
        (
            "Kết quả đề tài về đất lúa ĐBSCL: kết hợp phân bón chậm tan, chất cải tạo đất và phụ phẩm hữu cơ giúp "
            "chất hữu cơ trong đất tăng 5–13%, giảm Na+ và tổng muối tan, lợi nhuận tăng khoảng 22% so với canh "
            "tác thông thường. Chuyển giao cho HTX vùng ven biển."
        ),
    ),
    (
        "iYo083",
        "en",
        "acid_soil",
        "Soil analysis and amendment plans for acid-sulphate and saline fields",
        (
            "Laboratory tests for pH, EC, sulphate, exchangeable sodium and aluminium, followed by a written "
            "plan: leaching and drainage layout, lime or gypsum rates, water-table management and crop choice. "
            "Field sampling across Tra Vinh, Vinh Long and Ben Tre."
        ),
    ),
    (
        "iYo084",
        "vi",
        "acid_lime",
        "Vôi, thạch cao nông nghiệp và chế phẩm khử phèn",
        (
            "Cung cấp vôi nung, vôi bột CaCO3, thạch cao và chế phẩm vi sinh khử phèn; khuyến cáo 500–1.500 kg "
            "vôi/ha, bón trước khi làm đất 10–15 ngày. Giao tận ruộng các huyện Trà Vinh, Sóc Trăng."
        ),
    ),
    (
        "iYo085",
        "vi",
        "vermi",
        "Mô hình nuôi trùn quế xử lý phân chăn nuôi thành phân bón",
        (
            "Chuyển giao kỹ thuật nuôi trùn quế trên luống 500 m², xử lý khoảng 12 tấn phân heo, phân bò mỗi "
            "tháng, thu phân trùn đóng bao bán cho nhà vườn và trùn tươi làm thức ăn gia cầm, thủy sản."
        ),
    ),
    (
        "iYo086",
        "en",
        "si_fert",
        "Silicon fertiliser to strengthen rice stems against lodging",
        (
            "Silicon-rich fertiliser and husk-based silica products raise silicon uptake and stem strength in "
            "rice, reducing lodging after storms and improving tolerance to blast and planthoppers. Rates and "
            "timing for Mekong Delta seasons."
        ),
    ),
    (
        "iYo087",
        "vi",
        "rynan",
        "Dây chuyền phối trộn và tạo hạt phân NPK 5 tấn/giờ",
        (
            "Hệ thống cân định lượng, máy trộn, thùng quay tạo hạt, sấy, làm nguội, sàng và đóng bao cho nhà máy "
            "phân bón, công suất 5 tấn/giờ; lắp đặt, chạy thử."
        ),
    ),
    (
        "iYo088",
        "vi",
        "greening_bd",
        "Cây giống bưởi da xanh, cam sành sạch bệnh vàng lá gân xanh",
        (
            "Vườn ươm trong nhà lưới chống côn trùng; cây mẹ và mắt ghép được xét nghiệm PCR âm tính với vi khuẩn "
            "Liberibacter, có giấy chứng nhận nguồn gốc. Cung cấp cây ghép 8–10 tháng tuổi cho vườn trồng mới và "
            "hướng dẫn quản lý rầy chổng cánh giai đoạn đầu."
        ),
    ),
    (
        "iYo089",
        "vi",
        "greening_bd",
        "Xét nghiệm PCR phát hiện vi khuẩn gây bệnh vàng lá gân xanh",
        (
            "Nhận mẫu lá cây có múi (bưởi, cam, quýt) gửi về phòng thí nghiệm, phát hiện vi khuẩn Candidatus "
            "Liberibacter bằng PCR, trả kết quả sau 5 ngày làm việc. Hướng dẫn cách lấy mẫu lá đốm vàng, bảo quản "
            "và gửi bưu điện."
        ),
    ),
    (
        "iYo090",
        "en",
        "greening_guava",
        "Interplanting guava to protect citrus from the greening vector",
        (
            "Observations by SOFRI and Australian partners in Cai Be found orchards interplanted with guava had "
            "far fewer Asian citrus psyllids and later greening infection. We advise on spacing, guava variety "
            "and pruning when combining guava with orange and pomelo."
        ),
    ),
    (
        "iYo091",
        "en",
        "greening_limit",
        "Integrated huanglongbing management programme",
        (
            "Combines disease-free planting stock, yellow-trap monitoring, insecticide rotation timed to new "
            "flushes, removal of infected trees and optional guava interplanting. Field data show guava alone "
            "protects for only about a year, so the programme layers several measures."
        ),
    ),
    (
        "iYo092",
        "en",
        "citrus_ffs",
        "Citrus IPM Farmer Field School curriculum and trainers",
        (
            "A season-long course of 21 weekly field sessions developed with the Plant Protection Department and "
            "Western Sydney University, covering pests and natural enemies, greening, canker, nutrition and "
            "records. Master trainers can run schools for 25–30 farmers."
        ),
    ),
    (
        "iYo093",
        "vi",
        "flower_induction",
        "Quy trình xử lý ra hoa cây có múi theo thời điểm thu hoạch",
        (
            "Hướng dẫn xử lý ra hoa bưởi, cam, quýt trước thời điểm muốn thu hoạch 9–10 tháng: tỉa cành, bón "
            "phân, rút cạn nước mương tạo khô hạn khoảng 20 ngày, phủ bạt liếp nếu làm mùa mưa, tưới lại kết hợp "
            "phun NAA hoặc GA. Không tưới gốc Paclobutrazol cho cây có múi."
        ),
    ),
    (
        "iYo094",
        "vi",
        "pomelo_nam_roi",
        "Tư vấn chứng nhận VietGAP, GlobalGAP cho vùng bưởi",
        (
            "Tư vấn xây dựng hồ sơ, đào tạo nội kiểm, đánh giá đất – nước, sổ ghi chép, kho thuốc, nhà vệ sinh "
            "đạt chuẩn; đồng hành đến khi được cấp VietGAP hoặc GlobalGAP. Đã làm với vùng bưởi Năm Roi Bình "
            "Minh."
        ),
    ),
    (
        "iYo095",
        "en",
        "pomelo_us",
        "Export readiness for fresh pomelo to the United States",
        (
            "Support for exporters and cooperatives: registering orchards and packing houses, scheduling "
            "irradiation, pest-free inspection, labelling and documents for the first shipments of green-skin "
            "pomelo to the US."
        ),
    ),
    (
        "iYo096",
        "en",
        "coir_mats",
        "Coir mulch mats for pomelo and durian root zones",
        (
            "Mats of coconut fibre bonded with natural latex, 1 × 2 m and 3 mm thick, laid around tree bases to "
            "hold soil moisture in the dry season and keep weeds down, then break down into organic matter."
        ),
    ),
    (
        "iYo097",
        "vi",
        "pomelo_bt_gi",
        "Chưng cất tinh dầu vỏ bưởi và sản xuất nước ép bưởi",
        (
            "Chuyển giao thiết bị chưng cất hơi nước tinh dầu vỏ bưởi 100 kg vỏ/mẻ và quy trình nước ép bưởi "
            "thanh trùng đóng chai, tận dụng trái dạt, trái loại."
        ),
    ),
    (
        "iYo098",
        "vi",
        "canker",
        "Quy trình phòng trị bệnh loét (ghẻ loét) trên cây có múi",
        (
            "Hướng dẫn nhận diện vết loét do vi khuẩn Xanthomonas trên lá, cành, trái; tỉa bỏ cành bệnh, phun "
            "thuốc gốc đồng theo đợt lộc non, quản lý sâu vẽ bùa để hạn chế vết thương."
        ),
    ),
    (
        "iYo099",
        "vi",
        "gummosis",
        "Xử lý bệnh chảy gôm, thối gốc do nấm Phytophthora trên bưởi",
        (
            "Chẩn đoán tại vườn, cạo vết bệnh và quét thuốc đặc trị, tưới gốc chế phẩm Trichoderma, cải thiện "
            "thoát nước liếp; hướng dẫn chăm sóc để cây không chết khô."
        ),
    ),
    (
        "iYo100",
        "en",
        "psyllid",
        "Yellow sticky traps and scouting for Asian citrus psyllid",
        (
            "Traps and a scouting routine to detect psyllids on new flushes, with action thresholds so growers "
            "spray only when adults appear. Removing infected source trees is part of the package."
        ),
    ),
    (
        "iYo101",
        "vi",
        "fruitfly_xuannong",
        "Bả protein và bẫy dẫn dụ quản lý ruồi đục trái diện rộng",
        (
            "Cung cấp bả protein thủy phân phun điểm 1–2 m² mỗi cây và bẫy chứa chất dẫn dụ methyl eugenol bắt "
            "ruồi đực, kèm quy trình vệ sinh vườn, thu gom trái rụng. Hiệu quả cao khi cả xã, cả vùng cùng làm."
        ),
    ),
    (
        "iYo102",
        "en",
        "fruitfly_sit",
        "Sterile insect technique for oriental fruit fly",
        (
            "Mass-reared, sterilised male flies are released over an orchard zone so that wild females lay "
            "infertile eggs. Proposed as an area-wide pilot with provinces and universities, combined with baits "
            "and traps, to meet quarantine demands of export markets."
        ),
    ),
    (
        "iYo103",
        "vi",
        "fruitfly_mango",
        "Túi bao trái xoài chuyên dụng hai lớp",
        (
            "Túi giấy hai lớp (ngoài vàng, trong than đen) chống ruồi đục trái, rám nắng, đốm vỏ; bao khi trái "
            "45–55 ngày tuổi. Xoài cát vỏ vàng đẹp, đạt yêu cầu xuất khẩu."
        ),
    ),
    (
        "iYo104",
        "en",
        "fruitfly_mango",
        "Fruit fly monitoring traps and records for export orchards",
        (
            "Lure traps placed at a set density with weekly counts logged in a record book or app, to document "
            "the low pest prevalence that importing countries require."
        ),
    ),
    (
        "iYo105",
        "en",
        "mango_vht",
        "Vapour heat treatment service for export mangoes",
        (
            "Certified VHT chambers heat fruit until the core reaches the quarantine temperature and then cool "
            "it, following the Ministry protocol for Japan and Korea. Includes an insect-proof packing house, "
            "grading and cold storage."
        ),
    ),
    (
        "iYo106",
        "vi",
        "mango_area_code",
        "Tư vấn cấp mã số vùng trồng và mã số cơ sở đóng gói",
        (
            "Hỗ trợ HTX, tổ hợp tác lập hồ sơ mã số vùng trồng (tối thiểu 10 ha, cùng một loại cây, sản xuất theo "
            "VietGAP hoặc tương đương) và mã số cơ sở đóng gói cho xoài, sầu riêng, bưởi xuất khẩu; tập huấn ghi "
            "nhật ký và quản lý sinh vật gây hại."
        ),
    ),
    (
        "iYo107",
        "en",
        "mango_dt_codes",
        "Growing-area code compliance: mapping, diaries and residue tests",
        (
            "GPS mapping of plots, farm-diary templates, pesticide residue sampling and internal audits so that "
            "cooperatives obtain and keep export growing-area codes for China and other markets."
        ),
    ),
    (
        "iYo108",
        "vi",
        "mango_label",
        "Máy in logo, mã số lên vỏ trái xoài",
        (
            "Máy in phun mực thực phẩm in logo HTX, mã vùng trồng trực tiếp lên vỏ xoài, bưởi, 3.000 trái/giờ, "
            "giúp người mua phân biệt hàng thật."
        ),
    ),
    (
        "iYo109",
        "vi",
        "longan_flower",
        "Xử lý ra hoa nhãn Ido nghịch vụ",
        (
            "Quy trình cắt tỉa sau thu hoạch, nuôi 2–3 cơi đọt, tạo khô hạn và dùng KClO3 đúng liều để nhãn Ido "
            "ra hoa đồng loạt trái vụ, hạn chế hoa đực; cho 1–2 vụ/năm."
        ),
    ),
    (
        "iYo110",
        "en",
        "longan_choirong",
        "Longan witches' broom recovery programme",
        (
            "District programme combining hard pruning of infected shoots, sprays against the erinose mite at "
            "each flush and extra fertilisation. In Vung Liem about 60% of affected orchards recovered, yielding "
            "1.2–1.4 t per 1,000 m²."
        ),
    ),
    (
        "iYo111",
        "vi",
        "rambutan_choirong_tv",
        "Quy trình phòng trị chổi rồng (nhện lông nhung) trên chôm chôm",
        (
            "Khuyến cáo của Viện Cây ăn quả miền Nam: bón đủ dinh dưỡng, phân hữu cơ, loại cây ký chủ (bồ ngót, "
            "cây nổ), cắt tỉa sau thu hoạch, phun 5 lần hoạt chất ít độc như lưu huỳnh, hexythiazox từ lúc nhú "
            "cơi đến khi ra hoa; làm đồng loạt theo vùng."
        ),
    ),
    (
        "iYo112",
        "vi",
        "ipm_longan",
        "Quản lý rầy chổng cánh vân nâu hại nhãn, vải",
        (
            "Vệ sinh tán sau thu hoạch, tỉa cành thông thoáng, bảo vệ thiên địch, kiểm tra chồi non tháng 3–6 và "
            "chỉ phun khi mật độ từ 3 con/chồi, phun 2 lần cách nhau 5–7 ngày."
        ),
    ),
    (
        "iYo113",
        "vi",
        "durian_offseason",
        "Quy trình xử lý ra hoa sầu riêng nghịch vụ",
        (
            "Áp dụng cho cây 5–7 năm tuổi: nuôi phục hồi sau thu hoạch, xiết nước và dùng chất điều hòa sinh "
            "trưởng tháng 4–5, dinh dưỡng nuôi hoa, đậu trái; thu hoạch từ tháng 10 đến tháng 1 khi giá cao gấp "
            "1,5–2 lần chính vụ."
        ),
    ),
    (
        "iYo114",
        "en",
        "mango_tech",
        "Off-season mango production: pruning and flower induction",
        (
            "Canopy pruning after harvest, two synchronised flushes, soil-applied paclobutrazol and a "
            "flower-break spray let Cat Hoa Loc and Cat Chu mango flower on schedule outside the main season. "
            "Includes fruit-set care and bagging."
        ),
    ),
    (
        "iYo115",
        "vi",
        "longan_flower",
        "Cây giống nhãn ghép sạch bệnh chổi rồng",
        (
            "Vườn ươm cung cấp nhãn Ido, Thanh nhãn ghép từ cây mẹ không biểu hiện chổi rồng, ươm trong nhà lưới, "
            "có phiếu xuất vườn."
        ),
    ),
    (
        "iYo116",
        "vi",
        "mango_cc",
        "Sổ tay và tập huấn canh tác xoài thích ứng biến đổi khí hậu",
        (
            "Tài liệu của Cục Trồng trọt cùng các viện về chọn giống, tưới tiết kiệm, bón phân, quản lý dịch hại "
            "xoài trong điều kiện hạn, mặn, nắng nóng; lớp tập huấn 2 ngày cho nông dân."
        ),
    ),
    (
        "iYo117",
        "vi",
        "mango_tech",
        "Dây chuyền chế biến xoài nghiền (puree) 2 tấn/ngày",
        (
            "Máy rửa, gọt, tách hạt, nghiền, thanh trùng và rót túi vô trùng cho xoài nghiền, công suất 2 tấn "
            "trái/ngày, dùng trái dạt, trái loại."
        ),
    ),
    (
        "iYo118",
        "vi",
        "durian_drip_tg",
        "Tưới nhỏ giọt khuếch tán dưới mặt đất cho vườn sầu riêng",
        (
            "ĐH Tiền Giang thử nghiệm hệ thống tưới nhỏ giọt khuếch tán đặt ngầm ở vùng rễ sầu riêng, thay cho "
            "phun mưa gốc tốn 400–600 lít/lần. Lượng nước giảm mạnh, hợp mùa khô khi nước ngọt khan hiếm; có "
            "thiết kế cho vườn 1–5 ha."
        ),
    ),
    (
        "iYo119",
        "en",
        "durian_salt_nn",
        "Recovery protocol for salt-damaged durian orchards",
        (
            "For trees with leaf-tip burn, leaf drop and blackened roots after saline irrigation: flush the root "
            "zone with fresh water below 0.5 ppt, apply gypsum, humic acid and root stimulants, thin fruit and "
            "reduce canopy load. Based on field work in Cho Lach, Ben Tre."
        ),
    ),
    (
        "iYo120",
        "vi",
        "durian_vl_recover",
        "Hướng dẫn giải độc mặn, phục hồi vườn sầu riêng",
        (
            "Cán bộ kỹ thuật hướng dẫn xử lý vườn sầu riêng héo lá do nước mặn: rửa mặn, bón phân hữu cơ, dùng "
            "sản phẩm giải độc mặn, hoãn tỉa cành đến khi rễ hồi phục, theo dõi 1–2 năm. Đã áp dụng ở xã Thanh "
            "Bình, Vũng Liêm."
        ),
    ),
    (
        "iYo121",
        "en",
        "solar_drip",
        "Solar-powered drip irrigation pump for orchards",
        (
            "A float-mounted pump driven by a 375 W motor and a solar panel lifts water from the garden ditch "
            "into buried drip lines, two emitters per plant. No grid power or diesel needed; used on dragon fruit "
            "in Cho Gao with higher yields and less labour."
        ),
    ),
    (
        "iYo122",
        "vi",
        "recerd",
        "Hệ thống tưới nhỏ giọt chạy bằng pin năng lượng mặt trời",
        (
            "Tấm pin mặt trời cấp điện cho máy bơm nhỏ đặt trên phao dưới mương vườn, dẫn nước qua ống nhựa chôn "
            "ngầm tới từng gốc; tiết kiệm tiền điện, nhân công khoảng 20 triệu đồng/ha/năm. Lắp cho thanh long, "
            "bưởi, tiêu."
        ),
    ),
    (
        "iYo123",
        "vi",
        "wepar",
        "Hệ thống lọc RO khử mặn nước tưới cho vườn cây",
        (
            "Thiết kế, lắp đặt máy lọc thẩm thấu ngược xử lý nước sông nhiễm mặn 1–4‰ thành nước tưới dưới 0,3‰, "
            "công suất 2–10 m³/giờ, chạy điện lưới hoặc điện mặt trời, kèm bể chứa. Phù hợp vườn sầu riêng, bưởi "
            "giá trị cao."
        ),
    ),
    (
        "iYo124",
        "en",
        "giz_mcrp",
        "Freshwater storage ponds and lined reservoirs for orchards",
        (
            "Design of on-farm freshwater storage before the salinity season: deepened ditches with sluice "
            "control, HDPE-lined ponds and tank sizing from crop water demand. Developed within "
            "climate-resilience programmes for the coastal Mekong Delta."
        ),
    ),
    (
        "iYo125",
        "en",
        "durian_n2",
        "Liquid-nitrogen deep freezing line for whole durian and segments",
        (
            "Nitrogen tunnel freezing brings whole fruit to –50 °C in about 2 hours (against 6 hours in blast "
            "freezing), avoiding freezer burn so thawed durian keeps colour and taste. Includes compressed-air "
            "pest cleaning and ripening control before freezing."
        ),
    ),
    (
        "iYo126",
        "vi",
        "durian_frozen",
        "Tư vấn quy trình cấp đông sầu riêng đáp ứng xuất khẩu Trung Quốc",
        (
            "Hướng dẫn doanh nghiệp đáp ứng yêu cầu cấp đông ở –35°C hoặc thấp hơn ít nhất 1 giờ để tâm sản phẩm "
            "đạt –18°C và giữ suốt quá trình bảo quản, vận chuyển; quy trình kiểm soát an toàn thực phẩm, truy "
            "xuất nguồn gốc cho sầu riêng nguyên trái, cơm và múi."
        ),
    ),
    (
        "iYo127",
        "en",
        "durian_storage",
        "Post-harvest handling of fresh durian: pre-cooling, fungicide dip, ventilated cartons",
        (
            "Protocol for export lots: dip within 24 hours of harvest against fruit rot, start cooling about 48 "
            "hours after harvest, store at 15 °C and use cartons with vents equal to 5% of the surface, giving up "
            "to two weeks of storage life."
        ),
    ),
    (
        "iYo128",
        "en",
        "durian_logger",
        "Real-time temperature loggers for fruit reefer containers",
        (
            "Cellular data loggers report container temperature and humidity every few minutes, raise alarms when "
            "readings leave the set band (e.g. 10–16 °C for fresh durian) and produce a record for buyers."
        ),
    ),
    (
        "iYo129",
        "en",
        "coolbot",
        "Low-cost walk-in cooler using a standard air conditioner",
        (
            "A controller lets an ordinary split air conditioner cool an insulated room to about 5 °C; one unit "
            "serves up to 30 m³. Installed at cooperatives in Moc Chau with Australian support to cut vegetable "
            "losses; can also be fitted to small trucks."
        ),
    ),
    (
        "iYo130",
        "vi",
        "coolbot_csiro",
        "Kho mát giá rẻ và xe lạnh cải hoán cho HTX rau",
        (
            "Dự án Aus4Innovation đã lắp 11 kho mát và 2 xe tải lạnh dùng bộ điều khiển cho máy lạnh dân dụng, "
            "giảm hao hụt rau vốn tới 30% khi vận chuyển. Cung cấp thiết kế, lắp đặt, tập huấn sơ chế cho HTX."
        ),
    ),
    (
        "iYo131",
        "vi",
        "postharvest_fruit",
        "Nhà sơ chế, đóng gói trái cây đạt chuẩn xuất khẩu",
        (
            "Thiết kế và lắp đặt nhà sơ chế 3–10 tấn/ngày: khu tiếp nhận, bể rửa, băng chuyền phân loại, xử lý bề "
            "mặt, buồng ủ chín, kho mát, khu đóng thùng có lưới chắn côn trùng."
        ),
    ),
    (
        "iYo132",
        "vi",
        "solar_cold",
        "Kho lạnh chạy điện mặt trời cho vùng chưa có điện lưới",
        (
            "Kho lạnh 5 tấn dùng pin mặt trời kết hợp khối tích lạnh, giữ nông sản ở 4–10°C không cần điện lưới; "
            "có chế độ buồng ủ chín chuối. Mô hình thu phí theo sọt cho tổ nông dân."
        ),
    ),
    (
        "iYo133",
        "vi",
        "fruit_coating",
        "Màng bao chitosan và rửa ozone kéo dài thời gian bảo quản trái cây",
        (
            "Chế phẩm màng bán thấm chitosan nhúng hoặc phun lên trái, giảm trao đổi khí, chậm chín, giảm hao hụt "
            "khối lượng; kết hợp rửa nước ozone diệt nấm mốc. Tùy loại trái, thời gian bảo quản kéo dài từ 10 "
            "ngày đến khoảng 2 tháng."
        ),
    ),
    (
        "iYo134",
        "en",
        "iqf",
        "IQF freezing line for peeled longan, lychee and rambutan",
        (
            "Individual quick-freezing tunnel with washing, peeling tables and glazing, 1 t/h, for peeled and "
            "pitted tropical fruit sold to overseas supermarkets."
        ),
    ),
    (
        "iYo135",
        "en",
        "postharvest_fruit",
        "Automatic weight and blemish grader for mango and pomelo",
        (
            "Roller conveyor with load cells and a camera that sorts fruit into 6 weight classes and rejects skin "
            "defects, 3 t/h; sized for cooperative packing houses."
        ),
    ),
    (
        "iYo136",
        "vi",
        "hydro_ag",
        "Nhà màng trồng rau thủy canh hồi lưu",
        (
            "Thiết kế, thi công nhà màng 1.000 m² với hệ thống thủy canh hồi lưu (NFT), bồn dinh dưỡng, phun "
            "sương làm mát điều khiển bằng điện thoại; trồng được cả xà lách ôn đới. Chi phí khoảng 800 triệu "
            "đồng, kèm hướng dẫn pha dinh dưỡng và kết nối siêu thị."
        ),
    ),
    (
        "iYo137",
        "en",
        "hydro_hcm",
        "Hydroponic leafy vegetables: manual and starter systems",
        (
            "Extension handbook and kits for static and recirculating hydroponics: 14–16 crops a year on 1,000 "
            "m², about 50–58 t of lettuce, mustard greens and water spinach. Nutrient recipes and pH/EC "
            "management."
        ),
    ),
    (
        "iYo138",
        "vi",
        "hydro_tour",
        "Nhà màng trồng dưa lưới trên giá thể xơ dừa, tưới nhỏ giọt",
        (
            "Trọn gói nhà màng 1.000 m², túi giá thể xơ dừa, hệ thống tưới nhỏ giọt châm phân tự động theo giờ; "
            "quy trình trồng dưa lưới 70–75 ngày/vụ, 3 vụ/năm."
        ),
    ),
    (
        "iYo139",
        "en",
        "traceability_hcm",
        "VietGAP certification coaching for vegetable groups",
        (
            "We coach vegetable cooperatives through VietGAP: records, safe pesticide use, water testing, harvest "
            "hygiene and packaging, then connect them with supermarket buyers that require certified, traceable "
            "produce."
        ),
    ),
    (
        "iYo140",
        "vi",
        "tv_dost_models",
        "Giống đậu phộng chọn lọc cho đất giồng cát Trà Vinh",
        (
            "Đề tài khoa học của tỉnh chọn được giống đậu phộng năng suất cao, thích nghi đất giồng cát ven biển; "
            "cung cấp giống và quy trình bón phân, tưới phun cho vụ Đông Xuân."
        ),
    ),
    (
        "iYo141",
        "vi",
        "tv_dost_projects",
        "Mô hình trồng ngải trắng dược liệu",
        (
            "Chuyển giao kỹ thuật trồng ngải trắng trên đất giồng, thu hoạch, sơ chế, sấy củ; đã có mô hình ở xã "
            "Long Sơn, Cầu Ngang."
        ),
    ),
    (
        "iYo142",
        "en",
        "nethouse",
        "Insect-proof net houses for vegetables and chilli",
        (
            "Galvanised steel net houses with 50-mesh insect netting and a UV film roof, cutting pest pressure "
            "and spraying for leafy vegetables, chilli and cucumber. Sizes from 500 m²."
        ),
    ),
    (
        "iYo143",
        "vi",
        "bvtv_blog",
        "Chế phẩm nấm xanh Metarhizium trừ rầy nâu",
        (
            "Chế phẩm sinh học chứa bào tử nấm xanh, phun khi rầy còn tuổi nhỏ, an toàn với thiên địch, dùng cho "
            "ruộng rầy đã kháng thuốc hóa học; kết hợp bón phân cân đối, sạ thưa."
        ),
    ),
    (
        "iYo144",
        "en",
        "rice_ipm_survey",
        "Ecological engineering for rice pest control",
        (
            "Flowering strips on bunds to support natural enemies and no insecticide sprays in the first 40 days "
            "after sowing. Farmer participatory trials show fewer sprays without yield loss."
        ),
    ),
    (
        "iYo145",
        "en",
        "trabaco",
        "Coconut-shell activated carbon production",
        (
            "Technology and equipment to carbonise coconut shells and steam-activate the charcoal into activated "
            "carbon for air purification, gold recovery and odour control; a Tra Vinh plant exports to more than "
            "30 countries."
        ),
    ),
    (
        "iYo146",
        "vi",
        "coir_mats",
        "Máy tách xơ, mụn dừa và dây chuyền ép thảm xơ dừa",
        (
            "Máy nghiền vỏ dừa tươi tách riêng xơ và mụn, máy ép thảm xơ dừa phun keo cao su non khổ 1 × 2 m. Thợ "
            "cơ khí Bến Tre thiết kế, chế tạo theo đơn hàng."
        ),
    ),
    (
        "iYo147",
        "vi",
        "tv_dost_projects",
        "Cây giống dừa sáp nuôi cấy phôi",
        (
            "Trường ĐH Trà Vinh cung cấp cây dừa sáp cấy phôi thuần dưỡng tại vườn ươm, tỷ lệ trái sáp cao; mô "
            "hình ở Cầu Kè đạt tỷ lệ sống 98%. Chuyển giao quy trình chăm sóc."
        ),
    ),
    (
        "iYo148",
        "en",
        "coconut_blackhead_vl",
        "Biological control of coconut black-headed caterpillar",
        (
            "Mass rearing and release of parasitoid wasps that attack the black-headed caterpillar, combined with "
            "cutting and burning infested fronds. Designed for coordinated campaigns across communes."
        ),
    ),
    (
        "iYo149",
        "vi",
        "coco_sggp",
        "Máy bóc vỏ dừa khô 1.200 trái/giờ",
        "Máy bóc vỏ dừa khô bằng trục răng, khoảng 1.200 trái/giờ, một người vận hành, vỏ đưa thẳng vào máy nghiền.",
    ),
    (
        "iYo150",
        "vi",
        "cocovina",
        "Nhà máy chế biến mụn dừa ép khối và xơ dừa",
        (
            "Trọn gói dây chuyền rửa, sàng, ép mụn dừa thành khối 5 kg và đóng kiện xơ dừa dài, sấy bằng nhiệt "
            "sinh khối để chạy quanh năm."
        ),
    ),
    (
        "iYo151",
        "vi",
        "rice_shrimp",
        "Kỹ thuật canh tác luân canh lúa – tôm",
        (
            "Quy trình mùa khô nuôi tôm sú, mùa mưa rửa mặn trồng lúa: cải tạo mương bao, thời điểm rửa mặn, chọn "
            "giống lúa ngắn ngày chịu mặn, không dùng thuốc hóa học để bảo vệ tôm; liên kết doanh nghiệp thu mua "
            "tôm."
        ),
    ),
    (
        "iYo152",
        "en",
        "mangrove_shrimp_tv",
        "Certification support for organic mangrove–shrimp farms",
        (
            "Training and group certification for small mangrove–shrimp farmers in Tra Vinh against organic and "
            "ASIC standards, with buyer partnerships paying price premiums."
        ),
    ),
    (
        "iYo153",
        "en",
        "biogas_hcm",
        "Composite biogas digesters and generators for pig farms",
        (
            "Prefabricated digesters for farms of 50–500 pigs, with gas filters and a 10 kW generator for fans, "
            "pumps and lighting, cutting odour and energy bills."
        ),
    ),
    (
        "iYo154",
        "vi",
        "tv_dost_models",
        "Mô hình nuôi dê lai cho hộ vùng ven biển",
        (
            "Chuyển giao dê giống lai cùng quy trình làm chuồng, thức ăn, phòng bệnh; đã làm mô hình với các hộ ở "
            "xã Long Vĩnh, Duyên Hải."
        ),
    ),
    (
        "iYo155",
        "en",
        "tvu_green_startup",
        "Nipa palm sap syrup processing",
        (
            "A student start-up from Tra Vinh University developed a process to collect nipa palm sap and "
            "concentrate it into a syrup; equipment list and hygiene procedure available for cooperatives."
        ),
    ),
    (
        "iYo156",
        "vi",
        "techmart_cesti",
        "Dịch vụ kết nối cung – cầu công nghệ và tham gia chợ công nghệ",
        (
            "Hỗ trợ nhà khoa học, doanh nghiệp, nhà sáng chế đăng tin chào bán công nghệ, thiết bị, tham gia "
            "Techmart; tư vấn định giá, đàm phán và ký hợp đồng chuyển giao."
        ),
    ),
    (
        "iYo157",
        "vi",
        "giz_coast",
        "Hàng rào tre giữ bùn phục hồi rừng ngập mặn, chống sạt lở bờ biển",
        (
            "Thiết kế hàng rào tre chữ T giảm sóng, giữ phù sa để rừng ngập mặn tái sinh; có nơi bồi lại tới 180 "
            "m bãi. Hỗ trợ xã ven biển thi công và theo dõi."
        ),
    ),
    (
        "iYo158",
        "vi",
        "ww_aquatic",
        "Hệ thống xử lý nước thải chăn nuôi sau biogas bằng đất ngập nước kiến tạo",
        (
            "Ao và bãi lọc trồng cây thủy sinh xử lý nước thải sau hầm biogas, giảm BOD, nitơ, phốt pho trước khi "
            "thải ra kênh; thiết kế cho trại 100–1.000 heo."
        ),
    ),
    (
        "iYo159",
        "vi",
        "salin_iuh",
        "Cảm biến độ mặn không tiếp xúc cho ao nuôi thủy sản",
        (
            "Thiết bị đo độ mặn online dùng sóng vô tuyến, điện cực bọc nhựa không bám bẩn, không ăn mòn, chạy "
            "liên tục nhiều tháng không cần vệ sinh; dùng cho ao tôm, ao cá."
        ),
    ),
    (
        "iYo160",
        "en",
        "wepar",
        "Community RO drinking-water station for saline villages",
        (
            "Containerised reverse-osmosis station producing 1 m³/h of drinking water from brackish groundwater "
            "or river water, with a bottle-filling line and operator training."
        ),
    ),
    (
        "iYo161",
        "vi",
        "husk_pellet",
        "Máy ép củi trấu làm chất đốt",
        "Máy ép trục vít nén trấu thành thanh củi trấu 300–500 kg/giờ, thay củi gỗ cho lò hơi, bếp công nghiệp.",
    ),
    (
        "iYo162",
        "vi",
        "niptech",
        "Ổn định cám gạo và ép dầu cám",
        "Dây chuyền đùn ổn định cám tươi ngay sau xay xát, sau đó ép lấy dầu cám thô; công suất 10 tấn cám/ngày.",
    ),
    (
        "iYo163",
        "vi",
        "pomelo_nam_roi",
        "Thiết kế bao bì, nhãn hàng cho sản phẩm OCOP",
        (
            "Thiết kế bộ nhận diện, hộp, nhãn đúng quy định ghi nhãn, in số lượng nhỏ từ 500 hộp cho đặc sản như "
            "bưởi, kẹo dừa, mật ong."
        ),
    ),
]
