"""Offers for holdout165 (lotus growing and lotus products). Rows: (id, language, source key, title, description)."""

OFFERS = [
    # --- varieties, planting material, pond preparation ---
    (
        "oKo001",
        "vi",
        "maydanh_ao",
        "Tư vấn chọn giống và kỹ thuật trồng sen trong ao hồ",
        "Đơn vị tư vấn hướng dẫn hộ có sẵn ao hồ trồng sen quy mô lớn: chọn sen ta trắng hoặc hồng khi muốn thu hạt và củ, "
        "sen lai hoặc sen mini khi chỉ làm cảnh; đánh giá môi trường nước, loại đất đáy ao và cách gieo trồng phù hợp để "
        "sen ra hoa đẹp, năng suất cao và có thêm thu nhập từ hoa, lá, hạt, củ.",
    ),
    (
        "oKo002",
        "vi",
        "huongsen1",
        "Giống sen Hương Sen 1 năng suất đài gấp đôi cho ruộng lúa trũng",
        "Cung cấp giống sen Hương Sen 1 do một nông dân ở Ninh Hòa (Khánh Hòa) chọn lọc và nhân giống. So với giống sen "
        "truyền thống, năng suất đài sen cao gấp khoảng hai lần, đạt chừng 6 tấn đài/ha; phù hợp các chân ruộng lúa trũng "
        "khó cấy lúa.",
    ),
    (
        "oKo003",
        "vi",
        "hoaxinh",
        "Phân nhóm giống sen theo mục đích: lấy củ, lấy hoa, lấy hạt",
        "Tư vấn chọn đúng nhóm giống: nhóm lấy củ cho củ nhiều, ngon nhưng ít hoặc không có hoa, hợp chân ruộng trũng hay "
        "đất cao giữ được nước sâu 20–30 cm; nhóm lấy hoa có hoa to, nhiều tầng cánh nhưng không tạo củ, hạt nhỏ; nhóm lấy "
        "hạt thường một tầng cánh màu đỏ, tỷ lệ hạt chắc cao, hạt to thơm, không phát triển củ.",
    ),
    (
        "oKo004",
        "en",
        "vietnga",
        "Seed-lotus variety and seedling selection protocol",
        "Agronomy protocol for lotus grown for seeds. Distinguishes the seed-harvesting type (large stems, leaves, flowers "
        "and pods, deep pink flowers, known locally as 'Sen Trau') from the smaller pale-pink leaf type. Seedlings should "
        "carry two plump, healthy leaves about 30 cm across with no crushed or snapped parts, and be kept shaded and cool "
        "until planting to secure survival.",
    ),
    (
        "oKo005",
        "en",
        "everybodywiki",
        "Field preparation and manuring before flooding a lotus paddy",
        "Land preparation routine for lotus: lotus needs loamy soil rich in nutrients; the dry field is ploughed first, one "
        "round of manure is spread about ten days later just before the field is flooded. Runner (stolon) harvest can start "
        "two to three months after planting and must be done before flowering.",
    ),
    (
        "oKo006",
        "en",
        "slidepub",
        "Agro-climatic suitability screening for lotus areas",
        "Screening service that checks whether a site suits lotus: temperatures above 20 °C, altitude below 2,000 m; long "
        "days drive rhizome elongation and upright leaves, short days favour rhizome swelling. Leaf output peaks in the "
        "rainy months and is lowest in the cool season. Propagation by seed or by rhizome is advised per site.",
    ),
    (
        "oKo007",
        "en",
        "auburn",
        "Chinese lotus cultivar knowledge base for variety choice",
        "Translated reference material from the Wuhan Botanical Institute on the origin, distribution, growth habit, "
        "composition and cultural practices of lotus. China grows more than 100 cultivars of the pink/white Asian lotus "
        "(Nelumbo nucifera), distinct from the yellow American lotus; used to advise on cultivar choice and practices.",
    ),
    (
        "oKo008",
        "en",
        "asklepios",
        "Scarified lotus seed lots and germination guidance",
        "Seed supplier of Nelumbo nucifera. Because the seed coat is thick and almost impermeable, one side is filed or "
        "sanded until a small opening appears, then the seed is soaked in warm water; sprouting follows within days. "
        "Seedlings are raised in submerged pots and moved to the pond once established.",
    ),
    (
        "oKo009",
        "vi",
        "danviet_dt",
        "Gói kỹ thuật sen cao sản lấy hạt 3–3,5 tấn/ha theo mô hình Đồng Tháp",
        "Chuyển giao quy trình sen cao sản lấy hạt đang được Đồng Tháp nhân rộng: sen lấy hạt chiếm 60–70% diện tích, năng "
        "suất bình quân 3,0–3,5 tấn hạt/ha; phần còn lại bố trí sen lấy hoa, lá, củ, ngó. Mục tiêu thu nhập người trồng tăng "
        "mạnh so với trồng lúa.",
    ),
    (
        "oKo010",
        "vi",
        "cusengiong",
        "Cung cấp củ ngó sen giống và lịch bón phân",
        "Bán củ, ngó sen giống chất lượng (có dòng tạo củ, có dòng chỉ tạo ngó như sen Quan Âm hồng); trồng bằng ngó giúp "
        "sen lên nhanh hơn trồng bằng củ. Kèm lịch bón: bón lót NPK gói giấy vùi đáy khi trồng, bón thêm khi có lá đứng hoặc "
        "sắp ra nụ và sau mỗi lứa hoa; dùng phân chuồng hoai, không dùng phân trâu bò tươi gây bẩn nước.",
    ),
    (
        "oKo011",
        "vi",
        "vphongthuy",
        "Hướng dẫn nhân giống sen bằng chồi có thân ngầm",
        "Kinh nghiệm nhân giống: nên lấy chồi sen có một đoạn thân ngầm và vài lá, dễ sống hơn gieo hạt. Bùn trồng lấy từ "
        "mặt ruộng lúa, độ dẻo vừa, không lẫn rác hay chất hữu cơ đang phân hủy; bón lót phân vi sinh có NPK vừa phải, "
        "vì nhiều đạm sen sẽ tốt lá mà ít hoa.",
    ),
    (
        "oKo012",
        "vi",
        "senhoalu",
        "Quy trình trồng và chăm sóc sen trong chậu, bộ sưu tập giống",
        "Giới thiệu quy trình kỹ thuật trồng sen chậu và các nhóm giống sen hiện có trong nước và nhập khẩu (nhóm cho củ "
        "năng suất cao nhưng ít hoa, hợp đất lúa trũng; nhóm cho hoa; nhóm cho hạt; nhóm trồng chậu). Chủ yếu phục vụ sen "
        "cảnh, trang trí.",
    ),
    (
        "oKo013",
        "vi",
        "d_senmini_seed",
        "Gói 8 hạt giống sen Nhật mini nhiều màu",
        "Bán hạt giống sen Nhật mini làm cảnh trồng chum, vại, bình thủy tinh. Thời vụ thích hợp tháng 5–7 và tháng 12–1; "
        "đất sét pha cát bùn tỷ lệ 2:1; mài vỏ hạt rồi ngâm nước 20–30 °C trong 3–5 ngày, thay nước 2 lần/ngày đến khi "
        "nhú mầm.",
    ),
    (
        "oKo014",
        "vi",
        "d_senmini_eva",
        "Hướng dẫn trồng sen mini trong chậu trang trí nhà",
        "Bốn bước trồng sen mini bày nhà: chọn hạt vỏ nâu đen bóng, to tròn; chậu đường kính khoảng 20 cm, sâu 30 cm; bùn "
        "ruộng lúa sạch; gọt đầu tròn phía nảy mầm rồi ngâm. Sen mini cao bằng 1/3 sen đầm, nhiều màu, hợp trồng tháng 5–6.",
    ),
    (
        "oKo015",
        "en",
        "d_homekit",
        "ESP32 water-temperature monitor for a tub-grown lotus",
        "Open-source hobby build that watches a lotus kept in a 90-litre garden bucket: DS18B20 probe for water "
        "temperature, HTU21D sensor for air, a MOSFET-switched USB pump to filter dirt, e-paper display and Apple HomeKit "
        "integration, all in a splash-proof box.",
    ),
    (
        "oKo016",
        "vi",
        "kinhtenet_dt",
        "Mô hình sen lấy hạt hai vụ/năm trên đất trũng nhiễm phèn",
        "Kinh nghiệm từ vùng sen Đồng Tháp (hơn 800 ha, riêng Tháp Mười trên 400 ha): sen hợp vùng đầm trũng, nước nhiễm "
        "phèn, trồng 2 vụ chính mỗi năm, chi phí đầu tư thấp, năng suất bình quân hơn 3 tấn/ha, lợi nhuận gấp 4–6 lần lúa; "
        "hướng sang sơ chế, chế biến đạt OCOP như trà hoa sen, trà tim sen, trà lá sen, hạt sen sấy.",
    ),
    (
        "oKo017",
        "en",
        "tissue_culture",
        "Tissue-culture propagation of lotus from rhizome explants",
        "Review-based service on lotus production technology: beyond natural propagation by seeds and rhizomes, "
        "micropropagation has been standardised using rhizome pieces as explants, giving clean, uniform planting material "
        "of chosen ornamental or edible cultivars.",
    ),
    # --- lotus-and-fish, lotus-and-rice ---
    (
        "oKo018",
        "vi",
        "mythuan_ca",
        "Mô hình trồng sen lấy bông kết hợp nuôi cá sặc rằn",
        "Mô hình trình diễn 1 ha trong 7 tháng: dự kiến 90.000 bông sen và 460 kg cá sặc rằn; tổng kinh phí 132,28 triệu "
        "đồng (ngân sách hỗ trợ 46,51 triệu). Với giá 4.000 đồng/bông và 50.000 đồng/kg cá, lợi nhuận khoảng 240 triệu "
        "đồng/ha/vụ, gấp 6 lần độc canh; dùng ít phân hóa học và thuốc hơn trồng sen lấy gương, lấy ngó.",
    ),
    (
        "oKo019",
        "vi",
        "tepbac_caro",
        "Chuyển giao mô hình sen Nhật kết hợp nuôi cá rô",
        "Mô hình gần 1 ha sen Nhật (hoa trắng, hồng, tím) xen cá rô: sen cho thu sau 4–5 tháng, cứ 2–3 ngày thu đài một "
        "lần, tách hạt bán tươi hoặc sấy; thương lái, công ty dược và bánh kẹo thu mua khoảng 70.000 đồng/kg hạt khô, "
        "35.000 đồng/kg hạt tươi; hoa bán cho khách tham quan 10.000 đồng/bông.",
    ),
    (
        "oKo020",
        "vi",
        "tamnong_ca",
        "Kỹ thuật trồng sen Đài Loan xen nuôi cá trên ruộng lúa kém hiệu quả",
        "Hướng dẫn chuyển ruộng lúa năng suất thấp sang sen kết hợp cá: bơm nước ngập 3–5 tấc trước khi trồng, chọn bụi "
        "sen khỏe đủ rễ; khoảng 30 ngày sau trồng thu ngó đợt đầu 4–5 kg/công, sau đó 2–3 ngày thu một lần. Một hộ thuê "
        "3,7 ha trồng sen Đài Loan lãi 80 triệu đồng, chưa kể cá.",
    ),
    (
        "oKo021",
        "vi",
        "thoxuan_ca",
        "Cải tạo vùng chiêm trũng bỏ hoang thành đầm sen nuôi cá",
        "Kinh nghiệm tích tụ 18 ha ruộng chiêm trũng của 60 hộ: thuê máy xúc nạo vét, đắp bờ, cải tạo đồng để trồng sen "
        "Nhật kết hợp thả nhiều loại cá; đầm sen vừa cho thu nhập vừa hút khách ngắm hoa, câu cá.",
    ),
    (
        "oKo022",
        "vi",
        "nongson_ca",
        "Tập huấn và hỗ trợ giống mô hình sen – cá diêu hồng",
        "Trung tâm kỹ thuật nông nghiệp huyện tập huấn theo từng giai đoạn sinh trưởng của sen và cá, hỗ trợ 5.000 cá diêu "
        "hồng và giống sen, cử cán bộ cùng trồng. Lưu ý không trồng sen vào mùa mưa vì dễ thối củ; hạt sen tươi bán 40–50 "
        "nghìn đồng/kg, chi phí thấp hơn lúa nước trời.",
    ),
    (
        "oKo023",
        "en",
        "fishconsult",
        "Review of lotus–fish co-culture and rotated culture",
        "Technical review article on raising fish together with lotus in the same pond (co-culture) and on alternating "
        "lotus and fish crops in rotation, summarising the design options for farmers.",
    ),
    (
        "oKo024",
        "en",
        "vhp_rotation",
        "Lotus rhizome – rice relay cropping calendar",
        "Cropping calendar where early rhizome lotus is lifted in July and rice is transplanted into the same field and "
        "harvested in October; flowers peak about four months after planting, seed pods turn black and are picked four "
        "to eight months after planting, rhizomes are edible after six to nine months.",
    ),
    (
        "oKo025",
        "en",
        "thanhhoa_convert",
        "Post-rice lotus crop after the winter–spring harvest",
        "Extension package from a commune that plants lotus every April once the winter–spring rice is cut: lotus is a "
        "short crop, harvestable after about two months and for six months to a year, with low cost, light care and "
        "steady sales, giving higher income than a further rice crop.",
    ),
    (
        "oKo026",
        "vi",
        "harvest_doc",
        "Quy trình tái sinh gốc sen vụ hai và luân canh với lúa",
        "Sau khi thu xong một vụ (khoảng 5–6 tháng), rút cạn nước, cày trục, giữ đất ẩm 7–10 ngày rồi bơm nước 5–10 cm để "
        "sen con tái sinh từ gốc và thân ngầm, không cần hom mới. Chỉ nên trồng 2 vụ sen liên tiếp rồi chuyển sang lúa vì "
        "vụ gốc thứ ba sâu bệnh tích lũy, năng suất rất thấp.",
    ),
    (
        "oKo027",
        "vi",
        "angiang_guong",
        "Trồng sen lấy gương sau vụ lúa Hè Thu ngoài đê bao",
        "Kinh nghiệm An Giang: thu hoạch xong lúa Hè Thu, nông dân xuống giống sen lấy gương trên ruộng ngoài đê bao trong "
        "mùa nước, nhờ chuyển đổi mạnh dạn mà lợi nhuận cao hơn để ruộng trống.",
    ),
    (
        "oKo028",
        "en",
        "hanam_vnp",
        "Herbicide-free seed lotus as a replacement for rice",
        "Seed-lotus model from a northern commune where some 20 households farm up to 5 ha each: seeds are picked for "
        "about three months (5th to 7th lunar month) starting at 5 a.m., income is around seven times that of rice, and "
        "no herbicide is used so the seeds meet buyers' quality demands.",
    ),
    (
        "oKo029",
        "vi",
        "d_luaca",
        "Mô hình lúa – cá trên ruộng",
        "Mô hình kết hợp trồng lúa nước và thả cá trong ruộng: đắp bờ kín, đào mương; cá ăn sâu, cỏ, trứng ốc bươu vàng, "
        "phân cá bón lúa. Lúa đạt 3,4 tấn/ha, cá 9,6 tấn/ha, lợi nhuận gấp 4 lần canh tác thường theo đánh giá của khuyến "
        "nông Hà Nội.",
    ),
    (
        "oKo030",
        "vi",
        "d_luacavit",
        "Mô hình canh tác sinh thái lúa – cá – vịt vùng trũng",
        "Nghiên cứu ở huyện Hà Trung (Thanh Hóa): thả vịt và cá vào ruộng lúa vùng trũng giúp giảm sâu hại và ốc bươu vàng, "
        "tăng chiều cao cây, số nhánh và năng suất lúa so với độc canh.",
    ),
    (
        "oKo031",
        "en",
        "d_ricefishduck",
        "Rice–fish–duck system with refuge trench",
        "Integrated design in which trenches or water refuges covering about 15% of the paddy are dug and both ducks and "
        "fish are raised with the rice crop, using the field for feed while helping rice growth.",
    ),
    (
        "oKo032",
        "en",
        "d_ricefish_india",
        "Integrated rice–fish farming: review of Indian systems",
        "Open-access review of traditional and modern rice–fish culture systems in India, their resource-use benefits, "
        "recent developments and remaining challenges.",
    ),
    # --- harvesting and dehulling seeds ---
    (
        "oKo033",
        "vi",
        "harvest_doc",
        "Tiêu chuẩn thời điểm thu hoạch và phân loại gương sen",
        "Hướng dẫn thu gương khi phát triển 20–25 ngày: đỉnh hạt có núm đen nhỏ, cuống gương ửng hồng; thu 2 ngày/lần để "
        "tránh sót gương quá lứa. Phân loại: loại I từ 12 hạt chắc trở lên, loại II 5–11 hạt, loại III dưới 5 hạt; cắt bỏ "
        "lá đi kèm gương. Thời điểm thu tốt nhất tháng 5–7, để qua tháng 7 hạt dễ sượng.",
    ),
    (
        "oKo034",
        "en",
        "y8home",
        "Batch harvesting schedule for seed lotus",
        "Guidance on picking seed pods in batches as flowers open at different times: ripe pods turn blue-green, the "
        "holes open with darkened rims and the seed skin turns grey-yellow or grey-brown. Mid-summer seeds ripen 30–35 "
        "days after flowering and are picked every 2–3 days; they are the largest and fullest and make up 65–70% of the "
        "crop's value. Picking too early gives watery seeds, too late gives hard skins and losses.",
    ),
    (
        "oKo035",
        "en",
        "tcsae_peeler",
        "Single-side automatic husking and peeling machine for lotus seeds",
        "Improved machine with a one-sided frame that is lighter and easier to service than two-sided designs. A belt "
        "carries the seeds, a rotating concave wheel turns each seed to the right orientation, a cam-driven gate releases "
        "them one by one, a reciprocating razor blade scores the shell all round, rubbing separates shell from kernel and "
        "a rotating water-rinse strips the skin. Hand husking otherwise takes about 70% of processing time.",
    ),
    (
        "oKo036",
        "en",
        "mku_peeler",
        "Low-cost lotus seed peeling machine for household producers",
        "Prototype from engineering students at Mekong University: seeds are aligned on a roller conveyor, fed to a "
        "cutting knife that scores a ring, pressed to split the shell and separated by a centrifugal blower. Capacity is "
        "above 24 kg/h with 82% clean seeds, versus 7–8 kg per worker-day by hand at a hired cost of 30,000–40,000 VND/kg; "
        "imported machines cost about 150 million VND.",
    ),
    (
        "oKo037",
        "en",
        "thai_peeler",
        "Scotch-yoke prototype for peeling fresh lotus seed shells",
        "Thai university prototype: frame, cutting blade unit driven by a Scotch-yoke mechanism and a 90 W gear motor. "
        "Seeds are hand-fed into a chute and the shell is cut across the diameter. At a blade speed of 7 m/min it peeled "
        "79% of seeds without damage at 3.6 kg/h using 0.06 kWh; payback about 3.4 months at 1,440 h a year, at least "
        "twice as fast as manual work.",
    ),
    (
        "oKo038",
        "en",
        "thai_sheller",
        "Belt-fed lotus seed shell remover with shell–seed sorter",
        "Machine with conveyor, blade set, power transmission and a shell/seed sorting unit, powered by a 0.5 hp motor. "
        "Best setting 1,400 rpm: 4.9 kg/h, 84.6% of shells removed, 0.24 kWh, 56% sorting of shells from seeds. Payback "
        "about 7 months when run 1,440 h a year, lowering labour cost and cycle time.",
    ),
    (
        "oKo039",
        "vi",
        "ctu_roller",
        "Bộ phận bóc vỏ hạt sen tươi kiểu hai trục cùng chiều, khác tốc độ",
        "Kết quả nghiên cứu của Trường Đại học Cần Thơ: nguyên lý mới dùng hai trục quay cùng chiều nhưng khác tốc độ để "
        "bóc vỏ xanh hạt sen tươi 21–24 ngày tuổi đã được cắt vòng quanh chu vi. Tỷ lệ bóc thành công 88%, bóc được hạt "
        "nhiều cỡ đường kính; quãng lăn của hạt điều chỉnh được qua chênh lệch tốc độ hai trục, tốc độ trục càng cao tỷ lệ "
        "bóc càng tăng.",
    ),
    (
        "oKo040",
        "en",
        "jinhua_peeler",
        "Automatic husking and peeling machine with adjustable working parameters",
        "Design from a Chinese polytechnic and agricultural academy: a grooved-wheel feeder and an arc track circulate "
        "fresh lotus seeds through a husking module and a film-peeling module. Because seeds differ by region, variety "
        "and maturity, working parameters can be tuned in real time; response-surface trials set the values so that "
        "qualification rate, damage rate and throughput meet farmers' needs.",
    ),
    (
        "oKo041",
        "vi",
        "sendongthap_kho",
        "Tách vỏ hạt sen già bằng máy chuyên dụng để làm hạt sen khô",
        "Cơ sở sen Đồng Tháp hướng dẫn: thu gương 27–30 ngày sau khi ra bông là tối ưu dinh dưỡng; nếu gương để già, hạt "
        "chuyển đen thì thu về phơi khô rồi dùng máy tách vỏ hạt sen khô chuyên dụng để làm hạt sen khô thành phẩm.",
    ),
    (
        "oKo042",
        "en",
        "mekongint_process",
        "Export-grade dried lotus seed processing line",
        "Processor's step-by-step line: sourcing fresh seeds from farms, washing and hand sorting, removing the hard coat "
        "with mechanical peelers and pushing out the bitter green germ, washing and blanching in hot water, drying in "
        "low-temperature ovens (or sun for cheaper grades) to below 12% moisture, then optical and manual sorting before "
        "packing for export.",
    ),
    (
        "oKo043",
        "en",
        "d_cashew_manual",
        "Hand-and-pedal cashew shelling cutter",
        "Manual cutters for cooked cashew nuts: the nut sits between two contoured blades, a pedal pierces the shell and "
        "a handle splits it; kernels fall below. A skilled worker shells about 40 kg of cashew in 8 hours, with oil "
        "rubbed on the hands against shell liquid.",
    ),
    (
        "oKo044",
        "en",
        "d_cashew_auto",
        "Automatic cashew nut sheller with up to 96% shelling rate",
        "Industrial cashew sheller: graded nuts (18–26 mm bands) drop into positions on a rotating chain or drum and "
        "are cut around the shell without touching the kernel, keeping caustic shell liquid away; machines range from "
        "foot-operated units doing 25–60 kg a day to multi-lane lines handling tonnes per shift.",
    ),
    (
        "oKo045",
        "en",
        "d_cashew_semi",
        "Semi-automatic sheller for drum-roasted cashew nuts",
        "Power sheller using seven chisel-shaped and five conical pins to crack roasted cashew by impulse and tension. "
        "At 10.73% nut moisture it shelled 14.4–14.7 nuts/min with 86.9–93.7% whole kernels, at Rs 3.10/kg against "
        "Rs 3.48/kg for hand beating.",
    ),
    (
        "oKo046",
        "en",
        "d_cashew_compare",
        "Guide to manual, semi-automatic and automatic cashew shelling machines",
        "Buyer's guide comparing cashew shelling equipment by throughput (10–30 kg per operator-day manual, 50–200 kg "
        "per day semi-automatic, 200–1,000+ kg/h automatic), labour, kernel breakage and skill needed.",
    ),
    (
        "oKo047",
        "vi",
        "d_rice_polish",
        "Khảo sát quy trình lau bóng gạo xuất khẩu",
        "Luận văn công nghệ thực phẩm (Đại học Cần Thơ) khảo sát dây chuyền lau bóng gạo tại một công ty lương thực: các "
        "công đoạn xát trắng, lau bóng, phân loại hạt gạo để đạt tiêu chuẩn xuất khẩu.",
    ),
    # --- drying, storing, seed products ---
    (
        "oKo048",
        "en",
        "shuntec",
        "Heat-pump drying room programme for lotus seeds",
        "Dryer maker's process: peeled, cored seeds on sieves, no more than 14 sieves per cart, about 10 cm between "
        "layers for airflow. Start around 50 °C; when the seeds 'sweat' after roughly half an hour, hold 40–50 °C to stop "
        "yellowing; do not touch seeds by hand to keep them white. Stop below 11% moisture, usually after 6–8 hours, and "
        "cool to room temperature before packing. The removed green germ can be dried for tea.",
    ),
    (
        "oKo049",
        "vi",
        "hue_dryer",
        "Máy sấy hạt sen cải tiến năng suất 50 kg/mẻ",
        "Kết quả luận văn thạc sĩ kỹ thuật cơ khí (Trường Đại học Nông Lâm, Đại học Huế, 2018): nghiên cứu, thiết kế cải "
        "tiến máy sấy hạt sen năng suất 50 kg/mẻ, có khảo nghiệm trên máy thực tế; sẵn sàng chuyển giao thiết kế cho cơ sở "
        "sơ chế hạt sen.",
    ),
    (
        "oKo050",
        "vi",
        "memart_phoi",
        "Quy trình phơi hạt sen giữ màu trắng ngà, không thâm đen",
        "Các bước: bóc vỏ, lấy tâm sen bằng tăm, rửa nhẹ; có thể ngâm nước muối loãng 10–15 phút để hạn chế thâm; để ráo "
        "hẳn rồi rải lớp mỏng trên nong, mẹt; phơi 3–5 nắng, tốt nhất 9–12 giờ, lật đều. Hạt khô giòn, bẻ nghe 'rắc' là "
        "đạt; sau đó cho vào lọ kín bảo quản.",
    ),
    (
        "oKo051",
        "vi",
        "thcs_baoquan",
        "Bảo quản hạt sen tươi: hấp chín rồi cấp đông",
        "Mẹo bảo quản cho cơ sở kinh doanh hạt sen: không rửa, chỉ bóc vỏ và xiên bỏ tâm; để ngăn mát chỉ khoảng 10 ngày "
        "là thâm; chia túi nhỏ cấp đông; hoặc hấp chín (có thể cùng lá dứa) rồi cấp đông để giữ được cả năm, tránh thâm và "
        "lẫn tạp chất; hạt khô thì đậy kín, thỉnh thoảng đem phơi lại.",
    ),
    (
        "oKo052",
        "vi",
        "sendongthap_kho",
        "Hạt sen khô bảo quản 12 tháng ở nhiệt độ thường",
        "Sản phẩm và hướng dẫn của một cơ sở sen Đồng Tháp: hạt sen tươi phải giữ lạnh 0–10 °C và dùng tối đa 30 ngày; "
        "hạt sen khô hạn dùng đến 12 tháng ở nhiệt độ thường, rủi ro lớn nhất là mối mọt nên cần kiểm soát môi trường kho. "
        "Nhu cầu tăng mạnh dịp Trung thu và Tết.",
    ),
    (
        "oKo053",
        "en",
        "microwave_dry",
        "Microwave drying of lotus seeds with a kinetic model",
        "Research result: raising microwave power from 231 to 539 W cut drying time from 36 to 13 min, while raising the "
        "load from 100 to 200 g lengthened it from 18 to 30 min. Drying runs through heating, constant-rate and "
        "falling-rate phases and is predicted well by the Page model, useful for setting dryer schedules.",
    ),
    (
        "oKo054",
        "en",
        "five_drying",
        "Comparative trials of five drying methods for lotus seeds",
        "Lab study comparing microwave, vacuum microwave, vacuum freeze drying, hot air plus vacuum microwave and hot air "
        "plus explosion puffing. Freeze drying changed colour most and gave the softest, least brittle product; hot air "
        "gave the hardest seeds; puffing gave high brittleness and volume, guiding the choice for snacks or cooking seeds.",
    ),
    (
        "oKo055",
        "en",
        "meo_store",
        "Storage guidance for fresh and dried lotus seeds",
        "Practical storage advice: fresh seeds in airtight bags in the chiller keep about one month; peeled, cored and "
        "unwashed seeds portioned in the freezer keep 6–8 months; sun-dried or dehydrator-dried seeds are kept in "
        "airtight jars.",
    ),
    (
        "oKo056",
        "en",
        "scimyst_hp",
        "Modular heat pump for dehumidification and cold drying of farm produce",
        "Hanoi University of Science and Technology institute offers a domestically built modular heat-pump unit that "
        "both dehumidifies storage rooms and cold-dries produce, designed for humid tropical air (often 80–90% RH) where "
        "imported dehumidifiers fail; aimed at keeping crops, seeds and medicinal materials from mould.",
    ),
    (
        "oKo057",
        "en",
        "hansimex",
        "Supplier of brown-peel dried lotus seeds from Mekong provinces",
        "Trading company sourcing lotus seeds from Dong Thap, An Giang, Vinh Long and Can Tho. Seeds are collected in "
        "August–September from fully mature heads, skins removed and sun-dried ('brown peel seeds'); seeds from almost "
        "mature green heads are also traded.",
    ),
    (
        "oKo058",
        "en",
        "peroma_milk",
        "Lotus seed milk powder product development",
        "Food company offering lotus seed milk powder made from Mekong Delta lotus (Dong Thap, Tra Vinh, Vinh Long). Each "
        "pod holds about 20 seeds, harvest runs July–September; 100 g seeds give about 350 kcal with 63–68% "
        "carbohydrate and 17–18% protein. Open to toll processing and co-branding.",
    ),
    (
        "oKo059",
        "en",
        "patsnap_juice",
        "Lotus seed juice process that prevents layering and sediment",
        "Patented process: fresh or quick-frozen seeds are washed or thawed, ground and filtered; the juice is "
        "gelatinised under ultrasound so starch granules break down and long starch chains are shortened, which stops "
        "retrogradation, layering and settling in storage. Then blended, homogenised, canned, sterilised; simple "
        "equipment, suited to industrial lines.",
    ),
    (
        "oKo060",
        "en",
        "vietstock_namhuy",
        "Buyer and exporter of dried lotus seeds and roots",
        "Dong Thap company that shipped eight tonnes of lotus products to South Korea and Singapore in one consignment and "
        "sold over 100 tonnes of dried lotus seeds in a year sourced from Thap Muoi; Korean buyers favour dried lotus "
        "roots, Singapore dried seeds. Looks for further supply partners.",
    ),
    (
        "oKo061",
        "en",
        "lotus_popcorn",
        "Puffed lotus seed ('lotus popcorn') snack concept",
        "Market brief on popped lotus seed snacks launched by several brands in the US: claimed to contain far less fat "
        "and fewer calories than ordinary popcorn and to be gluten-free; useful for product development of puffed "
        "lotus seeds.",
    ),
    (
        "oKo062",
        "en",
        "mekongint_export",
        "Export market brief for dried lotus seeds",
        "Market data: Vietnam exported about 4,500 t of dried lotus seeds in 2023 for nearly USD 38 million, over 45% to "
        "China, then Korea, Japan, the US and Australia; prices USD 7–10/kg by grade, with HACCP, ISO and organic "
        "certificates expected; peeled, roasted and vacuum-fried forms also shipped.",
    ),
    (
        "oKo063",
        "vi",
        "d_sra_dryer",
        "Máy sấy đảo chiều gió SRA cho lúa, bắp, đậu nành",
        "Máy sấy đảo chiều không khí đạt giải VIFOTEC, dải năng suất 2–12 tấn/mẻ cho lúa, bắp, khoai mì lát; cỡ lớn "
        "15–20 tấn/mẻ sấy đậu nành và lúa giống; lò đốt trấu, than hoặc kết hợp năng lượng mặt trời.",
    ),
    (
        "oKo064",
        "en",
        "d_fruit_hp",
        "Heat-pump fruit dryer for small-scale industry",
        "Closed-loop heat-pump dryer with a 100 kg-per-batch cabinet of 12 trays and a 1.3 kW compressor, tested on "
        "pineapple, banana, bean sprouts and cabbage at up to 55 °C; maximum drying rate 1.95 kg water/h, COP 4.99, "
        "good colour of dried fruit.",
    ),
    # --- lotus tea: flowers, leaves, seed germ ---
    (
        "oKo065",
        "vi",
        "mytour_trasen",
        "Ướp trà sen bằng gạo sen theo lối truyền thống",
        "Chuyển giao kỹ thuật ướp trà sen: hái sen lúc sáng sớm khi hương còn đọng, tách bỏ cánh, lấy hạt li ti trên nhị "
        "(gạo sen) làm nguyên liệu ướp. Để có 1 kg trà sen thành phẩm cần khoảng 1 kg gạo sen, tương đương chừng 1.000 bông; "
        "công đoạn chọn, tách và ướp được hướng dẫn chi tiết.",
    ),
    (
        "oKo066",
        "en",
        "vn_lotus_tea",
        "Lotus-scented green tea: three scenting routes",
        "Reference process for Vietnamese lotus tea: green tea absorbs the flower scent either by stuffing leaves into a "
        "flower overnight, or by pulling the stamens or anthers and jarring them overnight with the tea, or baking the "
        "tea with them; steps are repeated to strengthen the scent. Top grades need about 1,000 flowers per kg of tea; "
        "brew below 70 °C for under 2 minutes.",
    ),
    (
        "oKo067",
        "en",
        "hue_lotustea",
        "Bud-scented lotus tea with cold maturation",
        "Artisan method: buds are picked at dawn before they open and kept fresh in water; fine tea is placed inside each "
        "bud, which is wrapped with leaves and left in the water overnight. The tea can be drunk next day, but a softer "
        "flavour comes from keeping it in the refrigerator for two months or more.",
    ),
    (
        "oKo068",
        "vi",
        "damrung_tea",
        "Trà sen ướp thượng hạng từ đầm sen gia đình",
        "Mô hình chuyển 1 ha ruộng lúa sang trồng sen rồi tự ướp trà sen bán ra thị trường: chọn trà nõn tôm Tân Cương "
        "(Thái Nguyên) làm trà nền, hoa sen chọn bông vừa chớm nở; chia sẻ phương thức ướp tạo hương vị riêng và kinh "
        "nghiệm xây dựng thương hiệu trà sen địa phương.",
    ),
    (
        "oKo069",
        "vi",
        "oolong_sen",
        "Trà Oolong sen chế biến từ lá và hoa sen",
        "Doanh nghiệp ở Đồng Tháp sản xuất trà Oolong sen từ lá và hoa sen trồng tại vùng nguyên liệu, chế biến trong nhà "
        "máy theo kiểu trà vo viên bán lên men. Bí quyết công nghệ giữ được hương sen vốn rất khó lưu (tinh dầu sen ít, dễ "
        "bay hơi, ủ trà trong bông qua đêm thường chỉ còn vị chát).",
    ),
    (
        "oKo070",
        "en",
        "leaf_tea_en",
        "Lotus leaf tea processing and brewing guide",
        "Processing steps for lotus leaf tea: choose mid-growth leaves (tender and more fragrant), wash repeatedly, cut "
        "into squares or shreds and dry in the shade; brew about 150 ml water above 80 °C for 5–6 minutes. Notes on "
        "who should avoid it (low blood pressure, pregnancy, lactation, menstruation).",
    ),
    (
        "oKo071",
        "vi",
        "drotrong_leaf",
        "Cung cấp lá sen khô làm trà",
        "Nhà cung cấp dược liệu bán lá sen khô (hà diệp) làm trà: lá thu hái vào mùa hè hoặc mùa thu khi chất lượng tốt "
        "nhất, phơi thật khô dưới nắng; sản phẩm dùng pha trà hỗ trợ giảm cân, điều hòa đường huyết.",
    ),
    (
        "oKo072",
        "vi",
        "vov_leaf",
        "Bao tiêu lá sen tươi để chế biến trà lá sen",
        "Công ty chế biến ở Đồng Tháp ký thu mua lá sen tươi của nông dân để làm trà lá sen, giá 5.000 đồng/kg. Trồng sen "
        "lấy lá ít tốn thuốc hơn lấy gương: khoảng 2 tháng sau trồng bắt đầu hái, thu liên tục 3–4 tháng; một hộ 1 ha thu "
        "trên 500 kg lá sau hơn 70 ngày.",
    ),
    (
        "oKo073",
        "vi",
        "tamsen_sao",
        "Quy trình sơ chế tâm sen làm trà: sao vàng đúng mức",
        "Hướng dẫn sơ chế tâm sen (liên tâm) tươi: phải sao vàng để loại bớt chất không có lợi nhưng không được sao cháy vì "
        "mất tác dụng. Vị đắng đến từ hàng chục alcaloid như liensinine, isoliensinine, neferine, nuciferine; trà tâm sen "
        "dùng an thần, hỗ trợ giấc ngủ.",
    ),
    (
        "oKo074",
        "vi",
        "lientam",
        "Tiêu chuẩn dược liệu liên tâm (tâm sen) và cách bảo quản",
        "Mô tả chuẩn dược liệu tâm sen: mầm xanh tách từ hạt, gồm 4 lá non gập lại thành khối trụ dài khoảng 10 mm, đường "
        "kính chừng 1 mm, một đầu xanh lục; phân biệt với hạt, gương, tua sen; hướng dẫn phơi sấy, bảo quản và liều dùng.",
    ),
    (
        "oKo075",
        "vi",
        "healcentral",
        "Phân tích thành phần alcaloid của tâm sen",
        "Dịch vụ phân tích dược liệu: tâm sen chứa lượng alcaloid lớn, trong đó 0,85–0,96% là liensinin, isoliensinin, "
        "neferin, lotusin, nuciferin, pronuciferin; mùa thu hái cho hàm lượng cao nhất là tháng 7–9. Dùng để kiểm nghiệm "
        "lô tâm sen làm trà hoặc nguyên liệu.",
    ),
    (
        "oKo076",
        "en",
        "alkaloid_review",
        "Alkaloid extraction from lotus plumules and leaves for supplements",
        "Review by a Vietnamese university team of methods to extract alkaloids from lotus embryos (plumules) and leaves: "
        "conventional soaking, heat reflux and Soxhlet versus microwave, ultrasound, enzyme-assisted and supercritical "
        "CO2 extraction, with uses in liver-protecting and calming functional foods.",
    ),
    (
        "oKo077",
        "en",
        "leaf_extract",
        "Lotus leaf extract and nuciferine ingredient",
        "Ingredient supplier of dried lotus leaf extract (alkaloids, flavonoids, volatile oil) and nuciferine, the main "
        "lipid-lowering alkaloid, obtained from dried, milled leaves by cellulase pretreatment, dilute acid and "
        "ultrasonic-assisted extraction; for functional foods, beverages and cosmetics.",
    ),
    (
        "oKo078",
        "en",
        "holymtn",
        "Hand-filled lotus bud tea and floor-scented commercial lotus tea",
        "Tea trader describing two ways: at home, petals of each bud are peeled back without tearing, about 2 g of fresh "
        "green tea placed inside, petals closed and left overnight, tea taken out next evening; commercially, tea and "
        "flowers are spread in layers on large floors and turned repeatedly, like jasmine tea.",
    ),
    (
        "oKo079",
        "en",
        "sixt_tea",
        "Traditional lotus tea scenting: direct versus layered stamens",
        "Overview of traditional scenting: the direct method of placing tea inside flowers and the layering method using "
        "lotus stamens, which tea bases suit best, when flowers are harvested, how long scenting takes, how moisture is "
        "controlled and how scented tea is dried and stored.",
    ),
    (
        "oKo080",
        "vi",
        "trabupsen",
        "Trà ướp trong búp sen bán theo mùa",
        "Cơ sở ở Tây Hồ chuyên trà ướp trong búp sen tươi, giá khoảng 40.000 đồng/búp; mùa hè có tuần bán vài nghìn búp; "
        "khi sen Hồ Tây mất mùa, nở muộn phải hẹn khách; nhận đặt làm quà biếu.",
    ),
    (
        "oKo081",
        "en",
        "leaf_review",
        "Lotus leaf phytochemicals and food applications (review)",
        "Narrative review on lotus leaf constituents, health effects and uses in the food industry, including leaf "
        "powder in feed and food formulations; background for product development from leaves.",
    ),
    (
        "oKo082",
        "en",
        "d_jasmine_grade",
        "Special-grade jasmine green tea scented for twelve nights",
        "Jasmine tea producer: flowers picked by day, kept cool and layered over green tea at night when they open; spent "
        "flowers removed each morning and fresh ones added; top grades are scented twelve nights running.",
    ),
    (
        "oKo083",
        "en",
        "d_jasmine_methods",
        "Jasmine tea scenting methods",
        "Jasmine tea made on a spring green tea base stored until late-summer jasmine bloom; flowers picked closed early "
        "in the day, then tea and flowers either layered alternately or mixed and kept overnight.",
    ),
    (
        "oKo084",
        "vi",
        "d_tea_lecture",
        "Bài giảng công nghệ chế biến chè, cà phê, ca cao, hạt điều",
        "Tài liệu giảng dạy của Trường Đại học Nha Trang: công nghệ sản xuất chè đen, chè xanh, chè hương, chè hoa tươi, "
        "chè túi lọc, chè hòa tan; cà phê nhân, rang xay, hòa tan; ca cao, chocolate và nhân điều.",
    ),
    # --- lotus root and stem processing ---
    (
        "oKo085",
        "en",
        "habafood_root",
        "Anti-browning treatment and vacuum packing for peeled lotus root",
        "Preservation technique: wash dug roots, cut into sections, trim both ends and scrape the skin with a stainless "
        "scraper; soak in 0.8–1.5% salt solution until slightly soft, then 40 min in an LB-type preservative; spin off "
        "water in a lined dewatering machine; vacuum-pack 1–5 kg in oxygen-barrier nylon bags. Keeps a month at room "
        "temperature without browning, rot or weight loss.",
    ),
    (
        "oKo086",
        "en",
        "root_starch_trad",
        "Traditional lotus root starch extraction",
        "Method: wash fresh mature roots, remove nodes, mash and stone-grind with water; wash the pulp through a cloth "
        "bag; settle and rinse the slurry for 1–2 days, skimming fibre and removing grit, repeating until white; drain in "
        "cloth for half a day, break into 5 g lumps, slice thinly and dry. Yield about 1% powder; finer grinding raises "
        "yield.",
    ),
    (
        "oKo087",
        "en",
        "root_powder_dry",
        "Lotus rhizome powder: microwave blanching and slice drying",
        "Research-based process for lotus rhizome powder to overcome the short season and fast browning of fresh roots: "
        "microwave-blanched slices dried and milled; 3 mm slices dried at 60–80 °C took less time and gave better water "
        "and oil absorption and colour; logarithmic model describes drying.",
    ),
    (
        "oKo088",
        "en",
        "root_powder_colour",
        "Quality and authenticity check for lotus root powder",
        "Testing guidance: genuine lotus root powder is evenly light pink or light brown; very bright white suggests "
        "bleaching, black specks or grey-black colour suggest spoilage; good powder smells of lotus root, does not cake "
        "and forms a translucent gel when brewed; rubbing test for adulteration.",
    ),
    (
        "oKo089",
        "en",
        "root_rs_starch",
        "Heat-moisture and annealing treatment of lotus rhizome starch",
        "University study on modifying lotus rhizome starch: heat-moisture treatment changes crystal type and pasting, "
        "lowers resistant starch from 27.7–35.4% to 2.7–20% and raises gelatinisation temperature, while annealing "
        "changes granules less; gives options for tailoring lotus starch functionality.",
    ),
    (
        "oKo090",
        "vi",
        "cusen_tea_thesis",
        "Quy trình sản xuất trà thảo mộc củ sen",
        "Kết quả khóa luận tại Trường Đại học Nông Lâm Huế: nghiên cứu ảnh hưởng của các thông số công nghệ trong quy "
        "trình sản xuất đến chất lượng trà thảo mộc từ củ sen (Nodus Rhizomatis Loti), làm cơ sở chuyển giao quy trình "
        "trà củ sen.",
    ),
    (
        "oKo091",
        "vi",
        "cusen_tea_outline",
        "Đề cương nghiên cứu quy trình sản xuất trà củ sen",
        "Đề cương khóa luận công nghệ thực phẩm: xác định thành phần hóa học của củ sen tươi, lựa chọn chế độ xử lý và "
        "sấy, đánh giá cảm quan, vi sinh và hóa sinh để xây dựng quy trình trà củ sen.",
    ),
    (
        "oKo092",
        "en",
        "iqf_japan",
        "IQF frozen lotus root slices to Japanese specifications",
        "Dong Thap processor exporting frozen lotus root to Japan: roots from a 135-day cultivation, sliced and "
        "individually quick frozen at −25 °C; the buyer required testing of soil, water and air in the growing area and "
        "inspection of the factory. First 15 t shipped; more containers planned.",
    ),
    (
        "oKo093",
        "en",
        "root_japan_first",
        "Outlet for lotus root growers supplying frozen export",
        "Lotus food company in the Mekong Delta that makes fresh and processed lotus seeds and roots for home and export "
        "markets; its first frozen lotus root consignment went to Japan, whose market takes about 100,000 t a year, and "
        "it is preparing Korea; it encourages farmers to adopt lotus root growing models.",
    ),
    (
        "oKo094",
        "vi",
        "ngosen_tanthanh",
        "Kỹ thuật trồng sen lấy ngó cho thu hoạch quanh năm",
        "Kinh nghiệm hơn 10 năm trồng sen lấy ngó vùng đất trũng ngập nước: chi phí khoảng 30 triệu đồng/ha (phân, thuốc, "
        "công); 2 ha cách ngày thu 150–200 kg ngó, lãi 60–80 triệu đồng mỗi vụ, gấp 2–3 lần trồng lúa; sen còn cho đài, "
        "củ, lá.",
    ),
    (
        "oKo095",
        "vi",
        "ngosen_nuocden",
        "Trồng sen lấy ngó trên ruộng bị ô nhiễm, ngó trắng đẹp",
        "Mô hình 2 ha sen trên ruộng bỏ hoang vì nước thải: gia cố bờ bao, lắp cống; ngó ra liên tục, 2 ngày hái một đợt "
        "70–80 kg, mỗi tháng 1.000–1.200 kg, hiệu quả gấp nhiều lần lúa. Ngó sen làm gỏi, lá gói cá, gương chưng, hạt làm "
        "mứt, củ làm thuốc.",
    ),
    (
        "oKo096",
        "vi",
        "goi_ngosen",
        "Sơ chế ngó sen chống thâm và ngó sen ngâm chua",
        "Cách làm ngó sen dùng cho gỏi: cắt khúc, ngâm nước chanh cho khỏi đen, dùng đũa rút xơ; ngâm giấm đường chua ngọt "
        "trước một ngày rồi chắt bỏ nước, trộn chút đường cho bớt chua, vắt sơ là dùng được.",
    ),
    (
        "oKo097",
        "en",
        "root_starch_steps",
        "Eight-step lotus root starch production",
        "Process sheet: select fresh, pest-free old roots (more starch), wash, remove nodes and skin, cut, grind with "
        "water in a stone mill or crusher, filter through fine gauze, let starch settle, pour off water and dry the "
        "starch blocks, then crush to fine powder.",
    ),
    (
        "oKo098",
        "vi",
        "d_beet_pearls",
        "Trân châu củ dền cho người ăn kiêng",
        "Khóa luận Đại học Công nghiệp Thực phẩm TP.HCM: phát triển sản phẩm trân châu làm từ củ dền và các loại bột năng, "
        "hướng tới người ăn kiêng; quy trình phối trộn, tạo hạt, luộc và bảo quản.",
    ),
    (
        "oKo099",
        "en",
        "d_banana_fibre",
        "Banana pseudo-stem fibre processing at farm level",
        "Extension article: every tonne of banana fruit leaves about four tonnes of biomass, mostly pseudo-stem; fibres "
        "from the leaf sheaths (cellulose, hemicellulose, lignin) can be pre-processed on the farm for textiles and paper "
        "and sell for several times the value of flax or hemp.",
    ),
    # --- lotus-stem fibre and silk weaving ---
    (
        "oKo100",
        "en",
        "silk_vnexpress",
        "Training in drawing lotus stem fibre and weaving lotus silk",
        "Artisan workshop in a Hanoi weaving village: stems are washed and de-thorned, cut round with a knife, then "
        "twisted and pulled so each stem gives about one metre of fibre; a skilled worker handles 200 stems a day and "
        "learning the cut takes a month. Woven sheets are boiled over an hour to dissolve the lotus resin and sun-dried. "
        "A 1.7 m scarf needs 4,800 stems and sells above VND 8 million; free summer classes for students.",
    ),
    (
        "oKo101",
        "en",
        "silk_vietnamplus",
        "Lotus silk yarn productivity benchmarks",
        "Production data for lotus silk: a worker draws thread from about 260 stalks to collect roughly 170 m; each stalk "
        "holds about 30 fine threads; 1,200 stalks give almost 10,000 m of yarn. All steps are manual, and the thread is "
        "dried in shade in an airy place so it keeps its scent and does not dry out before weaving.",
    ),
    (
        "oKo102",
        "en",
        "silk_vnanet",
        "Loom adaptation for weaving lotus fibre",
        "Experience of the first Vietnamese artisan weaving lotus silk after a Ministry of Science and Technology "
        "national project: lotus fibre is softer than silkworm silk, so the loom took months and over a year of trials "
        "to adjust; stems from mature flowers give the strongest thread; extracting 250 g of fibre takes about ten days.",
    ),
    (
        "oKo103",
        "vi",
        "silk_dnhn",
        "Quy trình rút tơ sen trong vòng 24 giờ sau thu cuống",
        "Giới thiệu nghề lụa tơ sen: cuống sen hái bằng tay phải rút tơ trong 24 giờ khi còn ẩm, để khô tơ sẽ đứt; mùa khai "
        "thác từ tháng 4 đến tháng 10; một thợ mỗi ngày làm 200–250 cọng; khăn dài 1,7 m cần 4.800 cành, giá khoảng 200 "
        "USD. Tơ sen mỏng, mềm hơn tơ tằm; nghề khởi nguồn ở Myanmar.",
    ),
    (
        "oKo104",
        "vi",
        "silk_giadinhmoi",
        "Khai thác tơ sen từ cuống lá, cuống hoa còn tươi",
        "Kinh nghiệm của làng dệt Phùng Xá: mùa khai thác tơ sen tháng 6–8, đặt hàng cuống sen từ các đầm trong và ngoài "
        "huyện; cây sen rửa sạch, tách thân, bỏ gai, kéo sợi ngay khi tươi bằng cách khứa quanh cuống, vặn kéo dài và vê "
        "cho sợi xoắn tròn; toàn bộ làm thủ công.",
    ),
    (
        "oKo105",
        "vi",
        "silk_vntravel",
        "Khăn lụa tơ sen đạt OCOP 5 sao",
        "Sản phẩm khăn, vải lụa tơ sen của nghệ nhân Phan Thị Thuận (Mỹ Đức, Hà Nội) sau 2 năm nghiên cứu, đạt OCOP 5 sao; "
        "cuống sen trước bị bỏ đi nay thành nguyên liệu, tạo việc làm cho người dân, nâng giá trị nghề trồng sen.",
    ),
    (
        "oKo106",
        "vi",
        "silk_langnghe",
        "Thiết kế trang phục cao cấp từ lụa tơ sen",
        "Hợp tác đưa lụa tơ sen thủ công vào thiết kế thời trang: bộ trang phục 'Lụa nàng sen' trình diễn tại chung kết "
        "Hoa hậu Quốc tế 2024; nghệ nhân cung cấp lụa, nhà thiết kế may trang phục, quảng bá sản phẩm lụa tơ sen Việt Nam.",
    ),
    (
        "oKo107",
        "en",
        "silk_wiki",
        "Burmese lotus silk and the cooperative weaving model",
        "Background on lotus silk: first woven at Inle Lake (Shan State, Myanmar) in the early 1900s from the pink "
        "'padonma kya' lotus; revived through a cooperative that systematised the craft; now also produced in Siem Reap "
        "(Cambodia) from Tonle Sap stems, with small workshops in Vietnam and India; among the costliest fabrics.",
    ),
    (
        "oKo108",
        "en",
        "silk_ecosilky",
        "Lotus fabric sourcing and natural-fabric products",
        "Natural-fabric company offering lotus fabric hand-spun from fibres picked out of lotus stems by artisans in "
        "Cambodia, Myanmar and Vietnam; a rare, costly textile once used for Buddhist robes, now used in scarves and "
        "garments.",
    ),
    (
        "oKo109",
        "en",
        "d_banana_raspador",
        "Banana fibre raspador extraction machine",
        "Power raspador machine that scrapes pseudo-stem sheaths fed one by one to remove non-fibrous tissue; stainless "
        "shaft and shields; 15–19 kg of dry fibre in 8 hours; fibre is shade-dried a day and packed in HDPE bags.",
    ),
    (
        "oKo110",
        "en",
        "d_silk_reeling",
        "Silkworm silk reeling process",
        "Description of silk reeling: stifling pupae with steam, cooking cocoons to soften sericin, then unwinding and "
        "combining filaments onto a reel by hand wheel, charkha or power-driven reeling machines; the number of cocoons "
        "sets the denier.",
    ),
    (
        "oKo111",
        "en",
        "d_fao_reeling",
        "Planning a raw-silk reeling factory",
        "FAO manual chapter: sizing a reeling factory from the annual raw-silk target over 300 working days, cocoon "
        "quality and renditta, supply of fresh cocoons and choice of reeling equipment.",
    ),
    (
        "oKo112",
        "vi",
        "d_cochat_silk",
        "Nghề ươm tơ, dệt lụa tơ tằm làng Cổ Chất",
        "Làng Cổ Chất (Trực Ninh, Nam Định) nổi tiếng ươm tằm, kéo tơ vàng, tơ trắng để dệt lụa may áo dài; giới thiệu "
        "công đoạn ươm tơ tằm truyền thống.",
    ),
    (
        "oKo113",
        "en",
        "d_hyacinth_weave",
        "Water hyacinth weaving in the Mekong Delta",
        "Handicraft practice: harvested water hyacinth is sun-dried 3–5 days until golden and supple, then split, twisted "
        "and woven into handbags, trays, baskets and mats; uneven drying makes the stems rot or snap.",
    ),
    (
        "oKo114",
        "en",
        "d_hyacinth_village",
        "Water hyacinth handicraft village outsourcing",
        "A village of some 70 families in Hau Giang has woven water hyacinth for over 20 years, buying dried stems from "
        "across the delta and making hats, purses, bags, carpets and small furniture that are finished near Saigon and "
        "exported.",
    ),
    (
        "oKo115",
        "vi",
        "d_cotton",
        "Cây bông vải: trồng lấy xơ dệt vải",
        "Tài liệu về vị trí kinh tế và đặc điểm sinh lý của cây bông vải (Gossypium): xơ bông là nguyên liệu tốt nhất cho "
        "dệt may, hạt bông ép dầu, thân làm giấy, gỗ ép.",
    ),
    # --- lotus ponds for eco-tourism ---
    (
        "oKo116",
        "en",
        "cham_tourism",
        "Lotus pond eco-tourism run by ethnic Cham households",
        "Model from Ninh Thuan where a muddy field was turned into a lotus pond for eco-tourism: ten Cham households grow "
        "lotus and sell tea, seeds and flowers while visitors also experience Cham culture; profit on 1,000 m2 is five to "
        "six times that of rice; cooperatives to grow to VietGAP and secure markets.",
    ),
    (
        "oKo117",
        "en",
        "caraih",
        "Operating a paid-entry lotus house and photo field",
        "Lotus house covering five hectares open all week; entry VND 20,000 Monday–Thursday and VND 30,000 Friday–Sunday, "
        "free under ten; seed pods and petals collected every morning and dried for lotus tea sold on site; bloom from "
        "early summer to October.",
    ),
    (
        "oKo118",
        "en",
        "thapmuoi_tour",
        "Farmer-for-a-day lotus field tour package",
        "Lotus-field tourism in Thap Muoi: in the flood season (August–November) visitors go by boat to collect lotus "
        "roots and seeds, catch fish or frogs, and pond owners cook snakehead grilled in lotus leaves and lotus-stem salad "
        "with lotus wine; VND 10,000 ticket, about VND 100,000 with a meal; ao dai rental for photos.",
    ),
    (
        "oKo119",
        "en",
        "kimlien",
        "Lotus cooperative with 65 varieties on 120 ha for visitors",
        "Agricultural cooperative that planted 65 lotus varieties on 120 ha as a raw-material area laid out as landscape; "
        "visitors try the steps of growing, harvesting and processing lotus, enjoy lotus cuisine and buy products; "
        "white, pink and yellow lotus are the main varieties.",
    ),
    (
        "oKo120",
        "en",
        "gialai_pond",
        "Visitor management for a large lotus pond",
        "A 15 ha lotus pond planted with a Taiwanese variety receives about 500 visitors a week at VND 20,000 per ticket; "
        "two staff take turns guarding, rowing visitors and harvesting flowers and pods; tents in the pond for care; "
        "visitors may row themselves or walk the banks.",
    ),
    (
        "oKo121",
        "en",
        "hongduong",
        "Converting rice land to lotus photo ponds",
        "Commune experience of converting 50 ha of low-yield rice land to white and pink lotus under a one-commune-one-"
        "product programme; besides seeds, leaves, flowers and stems, households sell tickets to visitors who come to "
        "photograph the flowers.",
    ),
    (
        "oKo122",
        "vi",
        "thesis_dongsen",
        "Nghiên cứu phát triển du lịch sinh thái cộng đồng gắn với đồng sen",
        "Luận văn thạc sĩ về du lịch sinh thái đồng sen tại xã Mỹ Hòa (Tháp Mười, Đồng Tháp): khái niệm du lịch cộng đồng, "
        "tài nguyên du lịch sinh thái và nhân văn, khảo sát thực địa và điều tra xã hội học, đề xuất giải pháp phát triển; "
        "dùng làm khung tư vấn quy hoạch điểm du lịch sen.",
    ),
    (
        "oKo123",
        "vi",
        "dongsen_games",
        "Tổ chức trò chơi dân gian và ẩm thực sen cho khách đoàn",
        "Dịch vụ tại khu đồng sen: trò chơi bắt cá bằng tay, bơi xuồng, câu cá, đua xuồng, thi gói bánh lá sen, chế biến "
        "món ăn; phục vụ gia đình, công ty tổ chức teambuilding; thực đơn cơm chiên sen, cá lóc, trà sen.",
    ),
    (
        "oKo124",
        "vi",
        "bazan_thapmuoi",
        "Khu du lịch đồng sen: chống xuồng hái sen, câu cá",
        "Giới thiệu khu du lịch đồng sen rộng vài chục hecta cách trung tâm Cao Lãnh 39 km: du khách tự chống xuồng hái "
        "sen, câu cá, trải nghiệm làm nông dân giữa không gian sen.",
    ),
    (
        "oKo125",
        "vi",
        "daknong_pond",
        "Khai thác đầm sen tự nhiên thành điểm tham quan",
        "Kinh nghiệm đưa đầm sen hàng chục hecta vào tuyến du lịch địa phương: sen nở quanh năm, rộ nhất tháng 3–4; người "
        "dân có thêm thu nhập bán búp sen 15.000–20.000 đồng/bó 10 bông và các món ăn, thức uống từ sen như trà sen.",
    ),
    (
        "oKo126",
        "vi",
        "znews_sen",
        "Tư vấn chọn và quảng bá điểm ngắm sen mùa hè",
        "Tổng hợp các đầm sen đẹp thu hút khách chụp ảnh áo dài, áo yếm: vé vào 30.000–50.000 đồng, kết hợp thưởng thức trà "
        "ướp sen; kinh nghiệm chọn thời điểm sen nở rộ và dịch vụ đi kèm.",
    ),
    (
        "oKo127",
        "en",
        "d_cbt_mekong",
        "Community-based tourism models in the Mekong Delta",
        "Overview of community tourism: an islet in Can Tho where over half the households run homestays and services; "
        "a natural eco-site in Tra Vinh that welcomed 22,450 visitors in 2023 earning VND 6.75 billion; a homestay in "
        "Vinh Long staffed entirely by locals.",
    ),
    (
        "oKo128",
        "en",
        "d_homestay_vl",
        "Rural homestay stays in Vinh Long",
        "Homestay hosts in Tam Binh district take guests by boat, serve local dishes and let them join farming, fishing, "
        "market trips and cooking; homestays became popular over the last eight years, first with foreigners.",
    ),
    (
        "oKo129",
        "en",
        "d_farm_tours",
        "Mekong Delta fruit farm tours",
        "Fruit-garden tours in Vinh Long, Tien Giang, Can Tho, Dong Thap and Tra Vinh: picking fruit, catching fish in "
        "ditches, craft villages, cycling, overnight stays with families and cai luong music.",
    ),
    # --- pests and diseases of lotus ---
    (
        "oKo130",
        "vi",
        "khcn_pests",
        "Quy trình phòng trừ sâu bệnh tổng hợp trên cây sen",
        "Hướng dẫn kỹ thuật: sâu ăn lá (sâu khoang, sâu róm) phát sinh mùa nắng, bắt tay khi ít, khi nhiều phun chỗ có sâu, "
        "luân phiên thuốc kèm dầu khoáng; bọ trĩ, rầy rệp chích hút làm lá co rúm, cuống chai sần, cần phun ngay khi mầm lá "
        "nhú và định kỳ 10 ngày/lần, phun mặt dưới lá và hoa; nhện đỏ dưới mặt lá dùng thuốc hóa học hoặc sinh học; bệnh "
        "thán thư hại lá, hoa, hạt.",
    ),
    (
        "oKo131",
        "vi",
        "thuanthien",
        "Chế phẩm sinh học phòng trừ bệnh thán thư trên sen",
        "Nhận diện và xử lý thán thư do nấm Colletotrichum: vết đốm nâu có viền đỏ hoặc quầng vàng, vòng đồng tâm, chấm đen "
        "li ti, trời ẩm có mốc hồng; trên thân và bông vết nâu xám lõm. Nấm tồn tại trong đất, giống, tàn dư, lây qua gió, "
        "mưa, côn trùng; ruộng thoát nước kém, bón thừa đạm bệnh nặng hơn. Thu gom phần bệnh, dùng biện pháp sinh học.",
    ),
    (
        "oKo132",
        "vi",
        "vnhs_pests",
        "Phòng trừ sâu ăn tạp và bọ trĩ hại sen",
        "Sâu ăn tạp (Spodoptera litura) vòng đời 25–48 ngày, sâu non sống tập trung, vào bờ hóa nhộng; vệ sinh ao, giảm mật "
        "độ sen, thu ổ trứng, phun khi sâu tuổi 1–2 vào sáng sớm hoặc chiều mát (30 cc Emathai 4EC + 1 gói Imidova 150WP "
        "cho bình 25 lít, trừ luôn bọ trĩ), bảo vệ ong mắt đỏ, ruồi ký sinh. Bọ trĩ Scirtothrips dorsalis vòng đời khoảng "
        "2 tuần.",
    ),
    (
        "oKo133",
        "vi",
        "wao_disease",
        "Bộ sản phẩm xử lý thán thư và thối thân trên sen",
        "Doanh nghiệp công nghệ sinh học hướng dẫn: thán thư tấn công lá, thân, bông, đài sen; bệnh thối thân làm lá vàng "
        "úa, khô nhanh, thân và đỉnh sinh trưởng thối đen có mùi hôi trong khi rễ vẫn bình thường. Xử lý: thu gom tiêu hủy "
        "cây bệnh, rút cạn nước rồi phun phối hợp chế phẩm 3 lần, cách nhau 3–5 ngày.",
    ),
    (
        "oKo134",
        "en",
        "root_rot_cn",
        "Integrated control of lotus rhizome rot and black spot",
        "Protocol from a major lotus-root region: rot begins with pale leaves drying from the margins until the field "
        "looks scorched; rotate every 2–3 years where severe, deep-plough with about 100 kg lime per mu, treat before "
        "planting with thiophanate-methyl (1:1000) or chlorothalonil (1:800) under film for 24 h, and when rot appears "
        "mix chlorothalonil with dry soil and apply in only 3–5 cm of water. For black spot, more phosphorus and "
        "potassium, less nitrogen, burn infected leaves in winter.",
    ),
    (
        "oKo135",
        "en",
        "liaocheng",
        "Diagnosis of lotus leaf diseases in a botanical garden collection",
        "Experience from a park growing over 200 lotus varieties: black spot (yellow spots turning brown rings with black "
        "mould, worse with heavy nitrogen and hot water), brown spot (round light-brown spots, worse in autumn rains) and "
        "rot; remove infected leaves, change soil for badly hit plants, spray chlorothalonil 1:600–800 or carbendazim "
        "1:500.",
    ),
    (
        "oKo136",
        "en",
        "mysheen_pests",
        "Pest and disease calendar for seed lotus",
        "Control calendar: rot (black-brown leaf spots spreading to petioles, nodes and rhizomes) and black spot treated "
        "with fungicide sprays and removal of diseased leaves while keeping water clean; bagworm larvae hatch mid-June "
        "and are sprayed before the second instar in early July; Rhopalosiphum aphids cluster on buds and leaf backs "
        "from May to September.",
    ),
    (
        "oKo137",
        "en",
        "livetoplant",
        "Low-chemical pest management for lotus ponds",
        "Guide for water gardens: aphids on leaf undersides are hosed off or treated with insecticidal soap or neem oil; "
        "snails and slugs chewing leaves are hand-picked morning and evening, blocked with barriers or controlled with "
        "iron-phosphate baits; spider mites in dry weather cause yellowing and are treated early.",
    ),
    (
        "oKo138",
        "en",
        "plantaide",
        "Stem rot, brown spot and root-knot nematode in lotus",
        "Extension note: stem rot (fungal) wilts leaves from yellow-brown margins and is drenched around sick plants; "
        "brown spot gives yellow-brown spots with a halo and is sprayed with carbendazim after removing sick leaves; "
        "root-knot nematode forms white galls on young roots, controlled by deep soil turning or soil replacement.",
    ),
    (
        "oKo139",
        "vi",
        "drone_pests",
        "Dịch vụ phun thuốc bằng máy bay không người lái cho ruộng sen",
        "Đơn vị cung cấp máy bay phun thuốc giới thiệu các đối tượng hại sen (sâu xanh đục thân, bọ trĩ chích hút cuống lá, "
        "sâu cuốn lá ăn lá) và nhận phun thuốc bảo vệ thực vật bằng drone cho ruộng sen diện tích lớn, giảm công lội đầm.",
    ),
    (
        "oKo140",
        "vi",
        "airnano",
        "Giải pháp nano bảo vệ cây sen khỏi sâu đục thân, sâu ăn lá",
        "Doanh nghiệp giới thiệu các sâu hại sen phổ biến: sâu đục thân (ấu trùng bọ cánh cứng) đào đường hầm trong thân "
        "làm cây yếu, dễ gãy; sâu ăn lá họ ngài đêm hoạt động ban đêm, cắn thủng lá; bọ trĩ làm lá quăn không bung; kèm sản "
        "phẩm nano phòng trừ.",
    ),
    (
        "oKo141",
        "vi",
        "canhdieu",
        "Nhận diện sâu đục lá, sâu cuốn lá và bọ trĩ hại sen",
        "Tài liệu nhận diện: sâu đục lá màu xanh đậm thân dẹp có đốm đen, đục lỗ làm thân yếu; bọ trĩ nhỏ màu xám, hút "
        "nhựa và tiết mật nhờn cản quang hợp; sâu cuốn lá màu xám nâu cuốn lá lại để ăn; sâu đục thân màu nâu ăn mô mềm "
        "bên trong. Kèm biện pháp phòng trừ.",
    ),
    (
        "oKo142",
        "en",
        "mysheen_rot",
        "Quick fixes for rot and brown spot in potted lotus",
        "Advice for potted lotus: rot is the commonest disease when leaves sit in water and soil is poor, so fertilise "
        "appropriately and spray carbendazim; in the rainy season remove brown-spotted leaves at once and spray "
        "carbendazim or mancozeb if severe.",
    ),
    (
        "oKo143",
        "vi",
        "d_senda_rep",
        "Trị rệp sáp trên cây sen đá",
        "Hướng dẫn phòng trị rệp sáp, rệp bông trên sen đá (cây mọng nước): nhận biết qua đốm trắng li ti, kiến bu, cây héo "
        "cuống, lá ngọn dị dạng; rệp phát triển mạnh khi giao mùa nóng ẩm, ít sáng.",
    ),
    (
        "oKo144",
        "vi",
        "d_snail_rice",
        "Biện pháp phòng trừ ốc bươu vàng hại lúa",
        "Khuyến cáo cho ruộng lúa: khơi rãnh quanh ruộng để gom ốc, tăng 5–10% lượng giống, chắn lưới 3 lớp ở đầu nguồn "
        "nước, giữ nước 2–3 cm khi lúa nhỏ, thu ổ trứng; khi mật độ từ 5 con/m2 phun thuốc trừ ốc 2 lần vào rãnh, mực nước "
        "dưới 5 cm.",
    ),
    (
        "oKo145",
        "vi",
        "d_snail_ecology",
        "Đặc điểm sinh thái và kiểm soát ốc bươu vàng trên đồng ruộng",
        "Ốc bươu vàng (Pomacea canaliculata) ăn tạp, ưa thực vật thủy sinh, lúa non giai đoạn 7–30 ngày sau sạ; chịu được "
        "nước đục nghèo oxy, vùi bùn ngủ khi khô hạn tới 6 tháng; kiểm soát tổng hợp thủ công, sinh học, canh tác, hóa học.",
    ),
    # --- extra lotus product and by-product offers ---
    (
        "oKo146",
        "en",
        "nutraceutical",
        "Lotus seed flour and nutraceutical uses",
        "Review-based note: lotus seeds are rich in protein and minerals; popped seeds are powdered and eaten dry or used "
        "in bread, roasted seeds can replace coffee, and seeds supply alkaloids, flavonoids and antioxidants for "
        "nutraceutical products.",
    ),
    (
        "oKo147",
        "en",
        "alkaloid_ind",
        "Industrial uses of lotus alkaloids",
        "Review of aporphine, benzylisoquinoline and bisbenzylisoquinoline alkaloids in lotus seeds, rhizomes, leaves and "
        "flowers; bioavailability can be raised with liposomes, microcapsules or emulsions; applications in teas, "
        "beverages, health products, face masks, toothpaste and shower gel.",
    ),
    (
        "oKo148",
        "en",
        "byproducts",
        "Valorising lotus by-products as natural antioxidants",
        "Review of the edible lotus and its by-products (seedpods, leaves, plumules, stamens) as sources of natural "
        "antioxidants, with data on phytochemicals, safety and food applications.",
    ),
    (
        "oKo149",
        "vi",
        "dantoc_chain",
        "Đa dạng hóa sản phẩm chuỗi giá trị sen",
        "Định hướng chuỗi giá trị sen của Đồng Tháp: ngoài bán gương, ngó còn sản xuất tinh dầu sen, trang sức sen, tơ sen, "
        "hoa sen sấy khô, sen sấy bơ, sữa sen, rượu sen, trà sen, nước uống đóng chai tinh chất sen; gắn với du lịch ngắm "
        "đồng sen và ẩm thực sen. Vùng nguyên liệu dự kiến khoảng 1.350 ha năm 2025.",
    ),
    (
        "oKo150",
        "vi",
        "hanam_news",
        "Nhóm thu mua hạt sen tươi tại ruộng, tỷ lệ hạt thành phẩm",
        "Thương lái thu mua hạt sen tại ruộng đưa đi Hà Nội: mỗi người tách hạt khỏi đài được tới 40 kg đài/ngày bằng dao; "
        "1 kg hạt sen tươi sau khi bóc vỏ, bỏ tim còn khoảng 500 g hạt sạch; mẹo giữ hạt trắng bằng cách phủ giấy.",
    ),
    (
        "oKo151",
        "vi",
        "youngandcareer",
        "Trà tim sen đóng gói từ hạt sen thu hoạch tháng 7–9",
        "Cơ sở sản xuất trà tim sen: thu tim sen từ hạt sen già trong mùa thu hoạch tháng 7–9, chẻ hạt lấy mầm xanh, phơi "
        "sấy khô và đóng gói; khuyến cáo mỗi lần dùng 5–10 g, có thể phối hợp thảo mộc khác để bớt đắng.",
    ),
    (
        "oKo152",
        "vi",
        "shopthaoduoc",
        "Tâm sen khô dạng thuốc sắc hoặc hãm trà",
        "Cửa hàng thảo dược cung cấp tâm sen (tim sen) khô: phần mầm xanh trong hạt, dùng an thần, hỗ trợ ngủ, hạ áp; do "
        "dược tính mạnh nên mỗi lần chỉ dùng 4–10 g ở dạng sắc hoặc hãm; hướng dẫn pha để giảm vị đắng.",
    ),
    (
        "oKo153",
        "vi",
        "camranh",
        "Trồng sen lấy hạt trên đất lúa bỏ hoang",
        "Kinh nghiệm nông dân Cam Ranh (Khánh Hòa) đầu tư trồng sen lấy hạt trên ruộng lúa bỏ hoang hoặc kém hiệu quả, thu "
        "nhập cao hơn nhiều lần so với trồng lúa trước đây.",
    ),
    (
        "oKo154",
        "vi",
        "silk_vtv",
        "Lụa tơ sen thủ công của làng dệt Phùng Xá",
        "Làng dệt Phùng Xá (Mỹ Đức, Hà Nội) vẫn giữ nghề ươm tơ dệt lụa truyền thống và làm thêm vải từ tơ sen: công đoạn "
        "khó nhất là lấy sợi từ cuống sen, đòi hỏi tay khéo; sợi thu được rất mảnh, xốp, nhẹ, có mùi thơm tự nhiên; mọi "
        "công đoạn làm thủ công.",
    ),
    (
        "oKo155",
        "vi",
        "ninhthuan_vi",
        "Cánh đồng sen 5 ha phục vụ tham quan, chụp ảnh",
        "Mô hình do một hộ người Chăm thử nghiệm từ tháng 9/2017: cánh đồng sen 5 ha trong khuôn viên hơn 7 ha ở trung tâm "
        "làng; sen nở từ tháng 5 đến tháng 10; vé ngày thường 20.000 đồng, thứ Sáu – Chủ nhật 30.000 đồng; có bãi giữ xe "
        "miễn phí.",
    ),
    (
        "oKo156",
        "vi",
        "tamsen_camnang",
        "Tư vấn sử dụng trà tâm sen an toàn",
        "Phòng khám y học cổ truyền tư vấn: tâm sen vị đắng, tính hàn, thanh tâm hỏa, an thần; người dùng lâu có thể mệt, "
        "tiêu hóa kém, hạ huyết áp, lạnh bụng; hướng dẫn ai nên dùng, ai nên tránh và cách dùng đúng.",
    ),
]
