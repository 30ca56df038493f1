"""Offers of holdout154 (tofu, soy milk, bean sprouts and small soybean products).

Rows: (id, language, source key, title, description). Source keys are in holdout154_sources.py.
"""

OFFERS = [
    # --- soaking, grinding, extraction, process packages ---
    (
        "nZo001",
        "vi",
        "memart_lam",
        "Quy trình ngâm – xay – lọc chuẩn cho cơ sở đậu phụ nhỏ",
        "Chuyển giao quy trình sơ chế cho hộ làm đậu: ngâm 6–8 giờ ở 15–25 °C (hoặc 3–4 giờ bằng nước ấm 25–30 °C) "
        "tới khi hạt đạt ẩm 50–60%, chà tách vỏ, chia mẻ khoảng 100 g xay hai lần với tỉ lệ đậu:nước 1:5–1:6, "
        "lọc túi vải rồi nấu khuấy đều chống khê. Kèm hướng dẫn chọn hạt và dụng cụ.",
    ),
    (
        "nZo002",
        "en",
        "soybible",
        "Soaking and wet-grinding optimisation for tofu and soy milk makers",
        "Process advisory for soyfood workshops: soaking set between 8 and 18 h according to water temperature "
        "(beans take up roughly their own weight of water), wet grinding to 125–149 µm so protein is fully "
        "extracted while excess fibre stays out of the milk, then filtration, a few minutes at 100 °C and "
        "coagulation. Advice on choosing high-protein, non-GMO beans for better extraction.",
    ),
    (
        "nZo003",
        "en",
        "puo",
        "Two-in-one soybean grinding and filtration machine (stone mill with conical sieve)",
        "Polytechnic-designed stainless machine: soaked beans (8–10 h) are ground with water on a grinding stone "
        "turned by a 1.5 hp motor while a rotating conical stainless mesh separates milk from pulp, which leaves "
        "by its own outlet; locked safety operation. Replaces the blender-and-cloth routine; drawings available "
        "for local fabrication.",
    ),
    (
        "nZo004",
        "en",
        "barc",
        "Mini soymilk plant for farmers: continuous blender and water-jacket pasteuriser",
        "Research-institute design built from local stainless steel: a blender with a 0.20 kW single-phase motor "
        "at 6000 rpm fed continuously in 2-litre lots (unit about 16 kg) and a double-cylinder pasteuriser holding "
        "6 litres, heated through a water jacket by a 2000 W element with sensor and control box; a small soy "
        "curd press was added in a later phase.",
    ),
    (
        "nZo005",
        "en",
        "wsd",
        "Operating standards for a combined tofu machine (grinding, heating, pressing)",
        "Standard settings worked out for the WSD-Y-1 machine: 12–13 kg soybeans per grinder load, about 45 litres "
        "of milk in the heating tank and 14 litres in the press, about 1.2 kg tofu per kg beans. Calcium sulphate "
        "gave more yield than magnesium sulphate; tofu kept about a day and a half under water and up to ten "
        "days refrigerated.",
    ),
    (
        "nZo006",
        "vi",
        "memart_sx",
        "Tư vấn chuẩn hóa nguyên liệu và định mức cho xưởng đậu phụ",
        "Dịch vụ tư vấn khâu đầu vào: chọn hạt chắc, không sâu mọt, rửa nhiều lượt bỏ tạp chất, ngâm 4–6 giờ ở "
        "15–30 °C cho hạt nở đều, ẩm 50–60%. Lập định mức (bình quân 1 kg đậu nành cho khoảng 25 miếng đậu) và "
        "hướng dẫn tiếp các bước xay, đông tụ, ép khuôn.",
    ),
    (
        "nZo007",
        "en",
        "cardoza",
        "Traditional mill soy milk: soaking schedule and repeated extraction",
        "Training module: soak 4–6 h in hot weather and 9–12 h in cool weather, changing the water so it does not "
        "sour; feed soaked beans and water to the mill in equal parts; mix the paste from 1 kg dry beans (about "
        "5 kg) with 2.5 kg water at about 20 °C and squeeze through a cloth bag three or four times; boil until "
        "the foam breaks, cool to 80 °C before adding gypsum.",
    ),
    (
        "nZo008",
        "en",
        "fx361",
        "Whole soybean milk by high-concentration grinding (no okara discharged)",
        "Research result for transfer: grinding at high solids in a stainless steel mill rather than a "
        "low-concentration grinding wheel raised protein of whole soybean milk by 24% and dietary fibre by "
        "74.7%, lowered trypsin inhibitor and phytic acid, and after high-pressure homogenisation gave particle "
        "size D(4,3) of 64.64 µm (134 µm before).",
    ),
    (
        "nZo009",
        "vi",
        "dmvd",
        "Thiết bị và công thức nấu sữa đậu nành để bán cho hộ kinh doanh",
        "Cung cấp máy xay, nồi nấu, túi lọc kèm quy trình sữa đậu nành bán lẻ: ngâm 6–8 tiếng mùa nóng, 10–12 "
        "tiếng mùa lạnh, chà bỏ vỏ, xay và vắt kiệt bã, đun lửa lớn rồi hạ lửa hớt bọt, nấu cùng lá dứa khoảng "
        "10 phút; định mức tham khảo 1 kg đậu với 300 g đường.",
    ),
    (
        "nZo010",
        "en",
        "studentchef",
        "Industrial tofu line know-how: from soaking tanks to automatic cutting and packing",
        "Know-how package: soaking 10–13 h in clean water tanks, grinding, heating the mash to nearly 100 °C to "
        "ease extraction, pasteurise and drive off bean odour, sieving out okara for soy milk of about 10–12% "
        "solids, quick mixing of calcium salt coagulant, gradually increased pressing for even quality, then "
        "automatic cutting to retail size and packing in containers.",
    ),
    (
        "nZo011",
        "en",
        "ndsu",
        "Soymilk process comparison: ambient, cold or hot grinding with stove or UHT heating",
        "University findings offered as consulting: ambient grinding recovered the most protein and solids; hot "
        "grinding gave the lowest trypsin inhibitor activity, more antioxidants and least soy odour; a UHT "
        "processor with vacuum chamber removed much odour. Extracting with okara wash water from the previous "
        "batch gave the highest solid and protein recovery.",
    ),
    (
        "nZo012",
        "vi",
        "memart_cn",
        "Giải pháp cơ giới hóa, tự động hóa dây chuyền đậu phụ",
        "Tư vấn chọn thiết bị cho từng công đoạn ngâm – xay – đông – ép khuôn, so sánh cách làm thủ công với dây "
        "chuyền hiện đại có tự động hóa và đề xuất cấu hình hợp với quy mô hộ gia đình hay nhà máy; phân biệt "
        "đậu hũ mềm (silken), đậu cứng và đậu hũ non.",
    ),
    (
        "nZo013",
        "en",
        "hotwater_lox",
        "Hot-water blanching and grinding above 80 °C against beany flavour",
        "Flavour laboratory service for soymilk makers: identification of key beany and non-beany aroma compounds "
        "and trials of blanching and grinding soaked beans in water above 80 °C, which inactivates lipoxygenase, "
        "the enzyme behind the beany note, while checking what happens to the pleasant aromas.",
    ),
    (
        "nZo014",
        "en",
        "offflavor",
        "Soy odour reduction: hot grinding plus two-phase UHT with vacuum",
        "Analysis and process service: eight lipid-oxidation odour compounds measured by SPME-GC; hot grinding cut "
        "off-flavour more than cold or ambient grinding, and two-phase direct-injection UHT with a vacuum step "
        "pulled out injected water and volatiles, bringing most odour compounds below detection, though solid "
        "and protein recovery were lower.",
    ),
    (
        "nZo015",
        "en",
        "ntro_sm",
        "Choosing HTST or UHT heat treatment for bottled soy milk",
        "Technical advice: HTST (flash) pasteurisation at about 70–75 °C for 15–30 s with rapid chilling gives a "
        "refrigerated soy milk lasting several weeks, while UHT above 135 °C for a few seconds with aseptic "
        "packing allows months at room temperature; both also inactivate lipoxygenase and trypsin inhibitors.",
    ),
    (
        "nZo016",
        "en",
        "tofumach_tw",
        "Packaged soymilk line: homogenisation, UHT sterilisation and integrated filling",
        "Equipment maker's soymilk line with high-pressure homogenisation, deodorisation and ultra-high-temperature "
        "sterilisation linked to the filler. Shop-boiled soymilk keeps 2–3 days chilled; line-packed milk about "
        "two weeks unopened in cold storage, and 9 months to a year at room temperature in aseptic packs, "
        "without added preservatives.",
    ),
    (
        "nZo017",
        "en",
        "newpages",
        "Fresh soy milk by gentle HTST pasteurisation, 7–10 days chilled",
        "Manufacturer offering know-how and contract production of fresh soy milk: minimal processing, "
        "high-temperature short-time pasteurisation to keep natural taste, no preservatives, stabilisers or added "
        "sugar, 7–10 days refrigerated, as opposed to UHT boxed soy drinks kept for months.",
    ),
    (
        "nZo018",
        "en",
        "qaq",
        "Natural clove preservative trial for freshly made soy milk",
        "Small trial protocol: cloves added as a natural preservative lengthened the keeping time of soy milk by "
        "2 days at room temperature and by 8 days under refrigeration; commercially sterile cartons are the only "
        "way to hold soy milk unrefrigerated for up to a year.",
    ),
    (
        "nZo019",
        "vi",
        "hvnn_tt",
        "Thiết kế hệ thống tiệt trùng sữa đậu nành 1.000 lít/giờ",
        "Nhóm Khoa Công nghệ thực phẩm, Học viện Nông nghiệp Việt Nam nhận tính toán quá trình và thiết bị tiệt "
        "trùng sữa đậu nành năng suất 1.000 lít sản phẩm mỗi giờ (thiết bị trao đổi nhiệt, chế độ nhiệt độ – "
        "thời gian), kèm tổng quan nguyên liệu và sản phẩm.",
    ),
    (
        "nZo020",
        "vi",
        "suachua_dn",
        "Quy trình sữa chua đậu nành lên men Lactobacillus",
        "Chuyển giao quy trình lên men sữa đậu nành thành sữa chua bằng Lactobacillus acidophilus và "
        "L. bulgaricus: sản phẩm không chứa lactose, dễ hấp thu cho người già và trẻ nhỏ, giúp cơ sở sữa đậu "
        "nành đa dạng hóa đầu ra.",
    ),
    (
        "nZo021",
        "vi",
        "memart_hu",
        "Chuyển giao quy trình đậu hũ dựa trên đông tụ bằng ion Ca, Mg",
        "Quy trình cho cơ sở nhỏ: protein globulin hòa tan khi xay, kết tủa thành hoa đậu dưới tác động của "
        "nhiệt, pH và ion Ca²⁺, Mg²⁺ (nigari, CaCl₂); hướng dẫn chọn đậu nhập khẩu hoặc trong nước đạt chuẩn, "
        "lọc, đông tụ, ép khuôn và yêu cầu vệ sinh.",
    ),
    (
        "nZo022",
        "vi",
        "lieu_dh",
        "Tập huấn công nghệ đậu hũ và chao (tài liệu PGS.TS Nguyễn Thị Liên)",
        "Khóa tập huấn dựa trên đồ án về đậu hũ: tính chất protein đậu nành, nhất là khả năng tạo gel, sơ đồ quy "
        "trình công nghệ, các dòng sản phẩm đậu hũ và chao; giúp cơ sở hiểu nguyên nhân đậu bở, bể, kém dai.",
    ),
    (
        "nZo023",
        "en",
        "guan",
        "Advisory: how each tofu step changes soy protein and final quality",
        "Literature-based advisory on pretreatment, soaking, grinding, boiling, pulping, pressing, preservation and "
        "packing, and how each alters soy protein structure and tofu texture, including the effects of soybean "
        "variety, bean storage conditions and coagulant type.",
    ),
    (
        "nZo024",
        "en",
        "ift",
        "Tofu processing course: firm, soft, silken, fried and fermented types",
        "Training course based on a food-technology processing column: how extra firm, firm, soft and silken tofu "
        "are made and how processing sets texture, plus fermented, flavoured, fried and frozen tofu; market and "
        "nutrition background.",
    ),
    # --- coagulants ---
    (
        "nZo025",
        "vi",
        "memart_dong",
        "Cung cấp và hướng dẫn dùng chất làm đông đậu phụ (nigari, canxi sunfat, canxi clorua)",
        "Phân phối chất đông tụ thực phẩm: muối nigari (MgCl₂ chiết từ nước biển) cho đậu lụa mịn, vị ngọt, giữ "
        "được khoảng 5 ngày; canxi sunfat được Bộ Y tế cho phép, liều 16–20 g/kg đậu khô; canxi clorua liều "
        "tương tự. Kèm hướng dẫn tỉ lệ pha, quy cách đóng gói và tiêu chuẩn chất lượng.",
    ),
    (
        "nZo026",
        "vi",
        "memart_tc",
        "Thạch cao thực phẩm tinh khiết 98–99% cho đậu phụ, tào phớ",
        "Cung cấp thạch cao phi (CaSO₄·2H₂O) tinh khiết từ 98–99% dùng làm chất kết tủa, phân biệt với thạch cao "
        "xây dựng lẫn tạp chất; hướng dẫn tỉ lệ an toàn và cách nhận biết đậu phụ dùng thạch cao quá liều.",
    ),
    (
        "nZo027",
        "vi",
        "h24",
        "Công thức đậu phụ dùng magie clorua cho hộ sản xuất nhỏ",
        "Định lượng chuẩn: 100 g đậu khô, 1.000 ml nước, 2 g magie clorua; 400 g đậu cho khoảng 4 lít sữa; hòa "
        "8 g MgCl₂ vào bát nước rồi rót từ từ vào sữa đang sôi, múc hoa đậu vào khuôn lót vải, đè ép 30–60 phút. "
        "Trời nóng thay nước ngâm thường xuyên để hạt không chua.",
    ),
    (
        "nZo028",
        "vi",
        "binhquan",
        "Kỹ thuật làm đậu phụ bằng nước chua truyền thống để bán",
        "Hướng dẫn 5 bước cho người mới mở cơ sở: ngâm 6–8 tiếng (qua đêm), xay lấy nước, nấu, làm đông bằng "
        "nước chua, ép khuôn; tiêu chí đậu đạt: cầm mềm không vỡ, màu trắng kem, vị ngọt.",
    ),
    (
        "nZo029",
        "vi",
        "vnua_whey",
        "Nước chua lên men 24 giờ làm chất đông tụ đậu phụ",
        "Kết quả của Viện Cơ điện Nông nghiệp và Công nghệ sau thu hoạch cùng Học viện Nông nghiệp Việt Nam: whey "
        "đậu phụ lên men tự nhiên 24 giờ (vi khuẩn lactic tăng, đường và protein hòa tan giảm) dùng làm chất "
        "đông tụ cho đậu đạt 14,8% protein, 5,2% lipid, giữ nước 5 g/g protein, điểm cảm quan 17,7 và hiệu suất "
        "cao nhất 159%.",
    ),
    (
        "nZo030",
        "en",
        "tiffa",
        "Coagulant selection guide: gypsum versus nigari-type chloride salts",
        "Technical note: calcium sulphate is tasteless, cheapest and slow because it barely dissolves, giving "
        "smooth, high-moisture, calcium-rich tofu; magnesium and calcium chlorides dissolve readily and give "
        "smooth, tender tofu; nigari is mostly MgCl2 from seawater and may carry MgSO4, KCl and CaCl2; calcium "
        "chloride is favoured in the US for flavour and cost.",
    ),
    (
        "nZo031",
        "en",
        "experts123",
        "Food-grade coagulant specification and sourcing check",
        "Supplier service covering nigari/MgCl2, CaCl2, CaSO4, GDL, citric and acetic acid, with food-grade limits "
        "for MgCl2·6H2O: heavy metals (lead, mercury) below 10 ppm, arsenic below 3 ppm, ammonium below 50 ppm; "
        "white vinegar or citric acid advised when the grade is in doubt.",
    ),
    (
        "nZo032",
        "en",
        "takai",
        "Blended coagulants tailored to tofu style (firm, fried pouch, silken)",
        "Tofu-equipment maker's advice: MgCl2 is fast, needs skill and gives the sweetest firm tofu; CaCl2 is "
        "similar but lets water out more easily, suiting fried tofu pouches; CaSO4 is slow, easy to handle and "
        "gives smooth, springy tofu; GDL sets slowly even near 90 °C for pudding-like silken tofu but sours with "
        "time. Custom blends offered.",
    ),
    (
        "nZo033",
        "en",
        "jtcmed",
        "Coagulant options and combinations for small tofu shops",
        "Buying guide: vinegar, lemon juice and recycled fermented whey through gypsum, Epsom salt, nigari and GDL "
        "all curdle hot soy milk; agar or gelatin only make a jelly; many brands mix coagulants, and traditional "
        "Vietnamese tofu shops still work with recycled whey.",
    ),
    (
        "nZo034",
        "vi",
        "ilt_occ",
        "Xác định nồng độ chất đông tụ tối ưu bằng phương pháp chuẩn độ",
        "Dịch vụ phòng thí nghiệm: tìm nồng độ chất đông tụ tối ưu trước khi sản xuất, vì dùng dư sẽ tăng lượng "
        "whey, giảm hiệu suất, đậu cứng và tới mức cực đoan thành kết tủa thay vì gel; áp dụng cho magie sunfat "
        "(phổ biến ở Brazil) cũng như CaCl₂ và MgCl₂, đặc biệt với chất đông tụ tác dụng nhanh.",
    ),
    (
        "nZo035",
        "en",
        "acid_slurry",
        "Lactobacillus casei starter for acid-slurry (fermented whey) tofu",
        "Strain offer: L. casei YQ336, isolated from naturally fermented soy whey, with strong lactic acid output "
        "and coagulating ability; its acids, the metal ions in the slurry and its protease curdle soy milk "
        "together, so tofu can be made without calcium sulphate or chloride salts while whey is reused instead "
        "of discharged.",
    ),
    (
        "nZo036",
        "en",
        "ntro_ca",
        "Calcium coagulants and tofu texture: technical briefing",
        "Briefing on how Ca2+ neutralises negatively charged soy proteins so they gel: slow, less soluble calcium "
        "sulphate suits soft, smooth tofu holding more water; faster CaCl2 or MgCl2 give firmer, rustic textures; "
        "GDL, often with CaSO4, for silken tofu; calcium salts also let tofu be marketed as a calcium source.",
    ),
    # --- pressing, packaging, shelf life, hygiene ---
    (
        "nZo037",
        "en",
        "tofuworld",
        "In-pack pasteurisation of water-packed tofu at 85–95 °C",
        "Process package for packaged tofu: pressed blocks sealed airtight in water-filled trays, the whole pack "
        "then heated to about 85–95 °C for a fixed time; filtered or sterilised pack water; turns a shelf life of "
        "days into weeks under refrigeration with only a slight texture change.",
    ),
    (
        "nZo038",
        "en",
        "korea_vac",
        "Vacuum containers to keep opened or cut tofu longer",
        "Study results: cut tofu re-packed in a vacuum container stayed below 10^5 CFU/mL bacteria for up to 12 "
        "days at 5 °C, with less change in pH and cloudiness of the soaking water than airtight boxes or open "
        "trays; no difference among containers at 25 °C.",
    ),
    (
        "nZo039",
        "en",
        "patifu",
        "Dried, smoked and vacuum-packed firm tofu technology",
        "Producer know-how: after pressing, tofu is dried further to a stiff, easily sliced block, vacuum packed "
        "and sterilised; smoked tofu dries longer and is marinated in soy sauce. Pressure cooking of the puree "
        "above 100 °C reduces soy taste; okara goes to feed or fertiliser.",
    ),
    (
        "nZo040",
        "en",
        "pkgseller",
        "Tofu packaging supply with process guidance",
        "Packaging supplier offering tofu trays, films and sealing, with process notes: soak 8–12 h at about 1:3 "
        "beans to water, grind at 1:10, heat to about 100 °C for 10–15 min, filter off okara, coagulate at "
        "70–80 °C with nigari, gypsum or GDL, press and pack.",
    ),
    (
        "nZo041",
        "vi",
        "ubc2012",
        "So sánh các phương pháp bảo quản đậu phụ: đông lạnh, sấy thăng hoa, chiên, thanh trùng",
        "Tài liệu tổng quan (đề tài sinh viên ĐH British Columbia) về ảnh hưởng của cấp đông, sấy thăng hoa, "
        "chiên ngập dầu, thanh trùng, lên men và chất bảo quản tới chất lượng, thời hạn của đậu phụ; vai trò "
        "của chất đông tụ như một phụ gia.",
    ),
    (
        "nZo042",
        "en",
        "ubc2020",
        "Extra-firm tofu review: ingredients, processing, packaging and regulations",
        "Review of a commercial extra-firm tofu: calcium sulphate preferred because it keeps soy flavour, "
        "magnesium chloride for smoothness, soaking about 10 h at 22 °C then 6 h at 32 °C, pressing curds into "
        "blocks, packaging and labelling rules.",
    ),
    (
        "nZo043",
        "en",
        "softtofu",
        "Soft tofu chemistry: soaking, separation, coagulation and pasteurisation",
        "Food chemistry report used for training: changes during soaking of seeds, separating soy milk, "
        "coagulating with nigari or other salts and pasteurising soft tofu; difference between soft and silken "
        "tofu.",
    ),
    (
        "nZo044",
        "en",
        "shelfguide",
        "Tofu storage and spoilage guidance for retail labels",
        "Storage guidance: opened tofu 3–5 days refrigerated, submerged in water changed daily; frozen 3–4 months "
        "after pressing; aseptic packs shelf-stable until opened; spoilage signs are sour smell, slime, pink, "
        "green or black spots and bulging packs; 4–60 °C is the danger zone.",
    ),
    (
        "nZo045",
        "vi",
        "ntro_tofu",
        "Hướng dẫn xây dựng hạn sử dụng cho đậu phụ đóng hộp lạnh và tiệt trùng",
        "Tư vấn ghi hạn dùng: đậu phụ ngâm nước bảo quản lạnh chưa mở giữ khoảng 1–2 tháng; đậu non đóng gói vô "
        "trùng để nhiệt độ phòng 6 tháng tới 1 năm; sau khi mở dùng trong 3–5 ngày, ngâm nước sạch thay hằng "
        "ngày.",
    ),
    (
        "nZo046",
        "en",
        "haccp_chao",
        "HACCP plan for fermented tofu (chao) production",
        "Hazard analysis worksheet for a chao line: potable water analysed twice a year, salt and CaSO4 received "
        "with certificates of analysis, glass jar checks, soybeans received with mycotoxin certificates, washing "
        "water changed every batch, GMP/GHP on grinding and cloth filtration; severity, occurrence and CCP "
        "decision questions.",
    ),
    (
        "nZo047",
        "en",
        "sufu_haz",
        "Biological hazard analysis for sufu (fermented bean curd) lines",
        "Hazard study: Bacillus cereus spores from soil and water at washing and soaking, moulds such as "
        "Aspergillus around grinding and storage; controls are clean soaking water, sanitation of equipment and "
        "surfaces, time and temperature limits and moisture and pH control in fermentation.",
    ),
    (
        "nZo048",
        "vi",
        "gmp_slide",
        "Tập huấn GMP cho cơ sở chế biến nhỏ: chống côn trùng, nhà xưởng, vệ sinh",
        "Nội dung tập huấn: lưới chắn, màn gió, bẫy chuột quanh nhà xưởng; nền cao hơn mặt đường, tách khu nguyên "
        "liệu và thành phẩm, tường sàn nhẵn dễ lau, vật liệu không độc; nhà vệ sinh và chỗ rửa tay trong khu chế "
        "biến; áp dụng cho xưởng đậu phụ, sữa đậu nành.",
    ),
    (
        "nZo049",
        "vi",
        "phunu",
        "Tập huấn nhận biết đậu phụ hỏng, kém chất lượng cho điểm bán",
        "Nội dung hướng dẫn: đậu tươi đàn hồi, mịn, rung nhẹ khi chạm, không dính; đậu để lâu, bảo quản kém sẽ "
        "nhớt, dính tay, kéo tơ do vi khuẩn sinh sôi nhanh khi nóng ẩm; dùng huấn luyện người bán và kiểm tra "
        "cảm quan đầu ra.",
    ),
    (
        "nZo050",
        "vi",
        "tauhuky",
        "Quy trình công nghệ bảo quản tàu hủ ky cho làng nghề",
        "Đề tài nghiên cứu bảo quản tàu hủ ky xuất phát từ làng nghề xã Mỹ Hòa (Bình Minh) với hơn 20 lò, sản "
        "lượng khoảng 2 tấn/ngày, tăng hơn gấp đôi dịp Tết; mô tả quy trình ngâm 2–3 giờ, xay, nấu lửa than gợt "
        "váng, 5 loại sản phẩm, và đề xuất giải pháp kéo dài thời gian bảo quản.",
    ),
    # --- bean sprouts ---
    (
        "nZo051",
        "vi",
        "trongrau",
        "Tập huấn phân biệt giá đỗ sạch và giá dùng chất kích thích",
        "Tài liệu tập huấn cho người sản xuất và kiểm tra chợ: giá sạch thân gầy, khó gãy, rễ dài, chỉ dài khoảng "
        "một nửa giá ủ thuốc, lá mầm hé mở màu vàng hoặc xanh; giá ngâm chất kích thích béo mập, giòn dễ gãy, "
        "không rễ hoặc rễ rất ngắn, hai lá mầm khép chặt, màu trắng muốt.",
    ),
    (
        "nZo052",
        "vi",
        "ahadep",
        "Kỹ thuật làm giá đỗ bằng cát ẩm, chỉ tưới một lần",
        "Hướng dẫn ủ giá trong túi vải đựng cát sạch đặt trong thùng xốp: ngâm đậu xanh bằng 3 phần nước lạnh và "
        "2 phần nước nóng, tưới một lần duy nhất, sau 3–3,5 ngày thu giá mập, không dính cát; thùng, túi, cát "
        "dùng lại được nhiều lần, không cần hóa chất.",
    ),
    (
        "nZo053",
        "vi",
        "xxsdn",
        "Làm giá đỗ trong cốc nhựa, rổ, chai cho hộ gia đình",
        "Hướng dẫn làm giá từ 1 lạng đỗ xanh nguyên vỏ trong cốc nhựa đục lỗ hoặc rổ, chai, túi nilon: được một "
        "rổ giá sau khoảng 2 ngày, không dùng thuốc kích mầm hay chất bảo quản; phù hợp quy mô gia đình.",
    ),
    (
        "nZo054",
        "vi",
        "sachgiado",
        "Tài liệu kỹ thuật 'Phương pháp làm giá đỗ' không dùng thuốc kích thích",
        "Sách kỹ thuật của kỹ sư Dương Bá Toàn: giá trị dinh dưỡng, các loại đỗ làm giá (xanh, đỏ, tương, đen, "
        "lạc), chọn hạt giống, ngâm ủ, tưới, thu hoạch và bảo quản giá sao cho không cần thuốc kích thích tăng "
        "trưởng hay hóa chất bảo quản.",
    ),
    (
        "nZo055",
        "en",
        "ekosfop",
        "Combined seed disinfection for mung bean sprouts: acidic electrolysed water with mild heat, or UVC-LED",
        "University lab result: single treatments did little, but slightly acidic electrolysed water with 60 °C "
        "mild heat, or waterproof UVC-LED, gave the largest reduction of Salmonella and Listeria on mung bean "
        "seeds and the least regrowth over 4 days of sprouting at 25 °C and 85% RH, without harming germination "
        "or total aerobic counts.",
    ),
    (
        "nZo056",
        "en",
        "sn_scale",
        "Hot water plus chlorine seed decontamination for mung bean sprouting (scale-up)",
        "Validated protocol: seeds in 85 °C water for 40 s, dipped in cold water for 30 s, then soaked in 2000 ppm "
        "chlorine water for 2 h; no viable E. coli O157:H7 or Salmonella found in enrichment or during sprouting, "
        "and germination yield not significantly affected.",
    ),
    (
        "nZo057",
        "en",
        "foodhaccp",
        "Chemical-free seed disinfection for organic bean sprout growers",
        "University research: alternating hot and chilled water killed many Listeria on mung bean seeds but "
        "lowered germination; an equal mix of lime juice and vinegar matched hypochlorite plus lactic acid for "
        "kill, but only 78% of seeds sprouted against 98% with hypochlorite; hot water treatment advised for "
        "growers wanting natural products only.",
    ),
    (
        "nZo058",
        "vi",
        "sn_japan",
        "Máy thanh trùng hạt đậu xanh bằng nước nóng 85 °C (thực hành Nhật Bản)",
        "Số liệu của Viện Nghiên cứu Thực phẩm Quốc gia Nhật: xử lý nước nóng 85 °C trong 10 giây diệt E. coli "
        "O157:H7 và Salmonella trên hạt tốt hơn canxi hypoclorit 20.000 ppm trong 20 phút; 85 °C 40 giây, nhúng "
        "nước lạnh 30 giây rồi ngâm clo 2.000 ppm 2 giờ đưa mầm bệnh về mức không phát hiện; thử trên máy thanh "
        "trùng đang vận hành, năng suất giá đạt.",
    ),
    (
        "nZo059",
        "en",
        "sn_hazard",
        "Microbiological testing of seeds and sprouts (APC, yeasts, moulds, Salmonella)",
        "Laboratory testing modelled on an AOAC study: aerobic plate count, yeast and mould counts and Salmonella "
        "MPN on mung bean and alfalfa seeds before and after sprouting; germination raised plate counts and "
        "Salmonella; toxigenic Aspergillus flavus and Penicillium watched; aflatoxin checks.",
    ),
    (
        "nZo060",
        "en",
        "sn_guide",
        "Code of hygienic practice and HACCP checklist for bean sprout production",
        "Technical manual (CCFRA No. 25, 25 pages) for hygienic manufacture and retail of sprouted seeds, mainly "
        "mung beans: seed sourcing and soaking through storage, distribution and retail, personnel hygiene and a "
        "HACCP check-list; also applicable to soya, chick pea, lentil and radish sprouts.",
    ),
    (
        "nZo061",
        "en",
        "sn_overview",
        "Commercial bean sprout growing systems using the 'stress' method",
        "Equipment company offering sprout systems developed with biochemists and engineers since 1981: recreates "
        "the traditional stone-weight 'stress' so sprouts grow thick and short with less root; scales from small "
        "growers to 40 tonnes a day with two workers; includes seed safety steps such as clean, dry, rodent-free "
        "storage.",
    ),
    (
        "nZo062",
        "vi",
        "sprouting_irr",
        "Hệ thống tưới phun sương hẹn giờ cho giàn ủ giá, rau mầm",
        "Thiết kế tưới cho trại mầm: béc phun sương phía trên mỗi khay nối ống tưới vi lượng, mỗi tầng một van "
        "chỉnh lưu lượng, khay hứng nước thải dẫn về thùng; bơm chìm 250 W chạy theo hẹn giờ, luân chuyển nước "
        "giữa thùng nước sạch và thùng nước thải.",
    ),
    (
        "nZo063",
        "en",
        "lipi",
        "Mung bean sprout cultivation manual and training",
        "Guideline manual for cultivating mung bean sprouts written by a plant technology graduate (first edition "
        "2012), offered with training for small commercial growers; step-by-step advice, advisory only.",
    ),
    (
        "nZo064",
        "en",
        "landoffree",
        "High-density mung and soya sprout growing apparatus",
        "Patented system for mung and soya sprouts: dark, high-density cultivation instead of sprayed thin layers, "
        "containers with movable bottoms to cut the labour of laying seed, stacking and cleaning, and easy "
        "transport from the growing room to the processing area; avoids green, small, low-yield sprouts.",
    ),
    (
        "nZo065",
        "en",
        "fda_sprout",
        "Sprout food-safety compliance: seed handling, treatment and microbial testing",
        "Consulting based on the FDA 1999 guidance on sprouted seeds: seeds grown under good agricultural "
        "practice, conditioned, stored and transported to avoid contamination (covered containers in clean, dry, "
        "dedicated areas), preventive controls and microbial testing of each production lot.",
    ),
    (
        "nZo066",
        "en",
        "cfia_sprout",
        "Preventive controls for hygienic sprouted seed production (CFIA guidance)",
        "Guidance-based service: good agricultural and hygienic practice for sprouted seeds eaten raw, with "
        "defined seed lots, sprout lots and spent irrigation water, and recommendations for seed producers, "
        "distributors and sprout growers.",
    ),
    (
        "nZo067",
        "en",
        "pat_cn",
        "Household bean sprout machine on tap water with root removal",
        "Patented home appliance that grows bean sprouts directly from tap water and lets users strip the bitter "
        "roots quickly and evenly at harvest; improved structure over home sprouters that cannot remove roots.",
    ),
    (
        "nZo068",
        "en",
        "pat_rot",
        "Rotational countertop sprouter system",
        "Patented consumer sprouter with a rotating chamber, end caps and water reservoir for growing sprouts at home.",
    ),
    (
        "nZo069",
        "vi",
        "dauxanh_bq",
        "Bảo quản hạt đậu xanh giống bằng tro bếp, lá xoan",
        "Hướng dẫn bảo quản hạt đậu xanh: trộn tro bếp khô, rây mịn theo tỉ lệ 1 tro : 10 đậu, cho vào chum hoặc "
        "túi nilon hai lớp, giữ được cả năm không mọt, không mất sức nảy mầm; có thể thay bằng lá xoan khô vò "
        "nát; kho lớn xông phostoxin 1 viên/m³ trong một tuần, giữ 1–2 năm.",
    ),
    # --- okara ---
    (
        "nZo070",
        "vi",
        "memart_phoi",
        "Kỹ thuật phơi khô và ủ bã đậu sau làm đậu phụ, sữa đậu nành",
        "Hướng dẫn xử lý bã đậu (phần còn lại sau xay, ép lấy sữa): phơi giảm ẩm chống mốc, sau đó ủ khô hoặc ủ "
        "dịch thành phân bón hữu cơ và nguyên liệu thức ăn chăn nuôi; các sai lầm thường gặp khi phơi và ủ.",
    ),
    (
        "nZo071",
        "vi",
        "memart_uheo",
        "Quy trình ủ men thức ăn cho lợn từ bã đậu, cám gạo",
        "Chuyển giao cách ủ chua, ủ men ướt và khô thức ăn lợn bằng men vi sinh hoặc vi khuẩn lactic, tận dụng "
        "phụ phẩm tại chỗ như bã đậu, cám gạo, rơm; thức ăn mềm, dễ tiêu, bảo quản lâu hơn, có công thức theo "
        "từng giai đoạn heo.",
    ),
    (
        "nZo072",
        "en",
        "hosokawa",
        "Okara drying and milling into a stable, fine protein-fibre powder",
        "Equipment supplier: machines that grind, classify and dry wet okara in one step into a low-moisture, "
        "fine powder without altering colour, taste or mouthfeel, removing several powder-handling stages; opens "
        "bakery and protein-enrichment uses instead of feed or compost.",
    ),
    (
        "nZo073",
        "en",
        "dane_okara",
        "Jet spouted-bed sorption drying of okara",
        "Drying research: raw okara spoils fast and must be dried early; a jet spouted bed of sorbent particles "
        "was tested for drying kinetics and okara quality (colour, oxidation, rehydration, urease activity, "
        "protein solubility) and specific energy use at low and high air temperatures.",
    ),
    (
        "nZo074",
        "vi",
        "flash_okara",
        "Sấy bã đậu (okara) bằng máy sấy khí động flash tới ẩm 10%",
        "Kết quả nghiên cứu của Brazil: máy sấy flash chu kỳ 120 giây, tỉ lệ hồi lưu 61%, không khí 252–308 °C "
        "đưa okara về khoảng 10% ẩm (cơ sở khô), thành phần tương đương okara sấy khay, khả năng nhũ hóa và độ "
        "hòa tan protein còn được cải thiện.",
    ),
    (
        "nZo075",
        "en",
        "diva",
        "Okara valorisation with continuous drying: composition and uses",
        "Dryer company note: every kg of soybeans leaves 1.1–1.2 kg of fresh okara at 76–80% moisture, about 24% "
        "protein and 50% fibre on a dry basis; drying stabilises it for bakery, snacks, feed and other "
        "circular-economy uses.",
    ),
    (
        "nZo076",
        "en",
        "biscuit",
        "Okara flour biscuits: 4% substitution recipe",
        "University formulation: replacing 2–8% of wheat flour with okara flour raised protein, fibre, ash and "
        "moisture of biscuits; 4% okara biscuits had the best consumer acceptance; data on dough hardness, spread "
        "ratio and particle size.",
    ),
    (
        "nZo077",
        "en",
        "mdpi_roll",
        "Gluten-free rice-flour rolls enriched with dried okara flour",
        "Research on okara flour dried under different time–temperature treatments and added to rice-flour "
        "gluten-free rolls, with modelling of its effect on roll quality; okara as a source of protein, fibre and "
        "antioxidants.",
    ),
    (
        "nZo078",
        "vi",
        "okara_tempe",
        "Quy trình làm tempe từ bã đậu (okara)",
        "Dùng bã đậu của cơ sở đậu phụ thay đậu nguyên hạt làm tempe: ẩm cơ chất 42–47%, pH 4,5–5,5, cấy "
        "Rhizopus oligosporus, ủ 30–37 °C trong 1–2 ngày trong túi PE đục lỗ; ăn trong ngày vì để lâu sinh mùi "
        "amoniac.",
    ),
    (
        "nZo079",
        "en",
        "scielo_okara",
        "Solid-state fungal fermentation of okara for antioxidant and protein value",
        "Fermentation with R. oligosporus (water activity 0.931) or A. oryzae (0.913) at optimised inoculum raised "
        "okara antioxidant activity 2.6- and 5.5-fold and increased protein, amino nitrogen and protein "
        "digestibility; an outlet for okara otherwise fed to livestock or discarded.",
    ),
    (
        "nZo080",
        "en",
        "jstage_okara",
        "High-fibre, low-energy ingredient from Rhizopus-fermented okara",
        "Okara fermented with the tempeh fungus had over 50% dietary fibre and half the energy of wheat flour, "
        "more free amino acids and sugars, better digestibility, and higher water-holding, emulsifying, "
        "oil-absorbing and antioxidant capacity than unfermented okara.",
    ),
    (
        "nZo081",
        "vi",
        "utm_press",
        "Máy ép tách nước bã đậu giá rẻ cho cơ sở đậu phụ nhỏ",
        "Thiết bị do trường đại học thiết kế bằng gỗ, sắt, thép sẵn có: ép 63 kg bã trong 60 phút thay vì 180–240 "
        "phút bằng đá đè trên gỗ, giảm ẩm 8–10% (cơ sở ướt); đã thử về công nghệ, thao tác, chi phí và mức chấp "
        "nhận của cơ sở nhỏ.",
    ),
    (
        "nZo082",
        "en",
        "tempe_nout",
        "Tempe fermentation technology transfer: starters, substrates and scale-up",
        "Review-based package: small-scale and industrial tempe production, starter control, growth requirements, "
        "solid-state fermentation engineering, alternative ingredients and technology transfer; fermented "
        "ingredient also used to replace 10% wheat flour in cupcakes.",
    ),
    (
        "nZo083",
        "vi",
        "khoahoc_okara",
        "Chế phẩm xơ dinh dưỡng từ bã đậu nành thủy phân enzyme (ĐH Bách Khoa TP.HCM)",
        "Đề tài do TS Lại Mai Hương chủ nhiệm: thủy phân bã đậu nành bằng pectinase và cellulase cho mịn, bớt "
        "nhám, tạo chế phẩm giàu chất xơ thay được 10–17% bột mì trong bánh mì, cookie, cracker.",
    ),
    (
        "nZo084",
        "vi",
        "hcmute_cookie",
        "Bánh cookies bổ sung okara: chế độ nướng và chất lượng (ĐH SPKT TP.HCM)",
        "Đồ án tốt nghiệp ngành Công nghệ thực phẩm HCMUTE (2022): ảnh hưởng của chế độ nướng đến chất lượng, tính "
        "chất bánh cookies có bổ sung okara; tổng quan thành phần, chất kháng dinh dưỡng của okara.",
    ),
    (
        "nZo085",
        "vi",
        "memart_bdn",
        "Cẩm nang tận dụng bã đậu nành làm món ăn, phân bón, thức ăn chăn nuôi",
        "Hướng dẫn: bã đậu (okara) ẩm, xốp, nhanh hỏng, cần hấp chín hoặc sấy khô để bất hoạt enzyme kháng dinh "
        "dưỡng trước khi dùng; chế biến chả, bánh, làm phân bón hữu cơ và thức ăn chăn nuôi.",
    ),
    # --- small-workshop wastewater, whey, biogas ---
    (
        "nZo086",
        "en",
        "tofuwaste_id",
        "Assessment and treatment options for small tofu-industry waste",
        "University review service: tofu wastewater carries BOD around 6000–8000 mg/L and COD 7500–14000 mg/L; "
        "small plants seldom treat it because treatment is costly, larger ones use anaerobic systems reaching "
        "50–70% efficiency; alternative treatment and utilisation routes compared for low-budget producers.",
    ),
    (
        "nZo087",
        "vi",
        "biogas_rev",
        "Sản xuất biogas từ nước thải đậu phụ: thông số thiết kế và làm sạch khí",
        "Tổng hợp kỹ thuật của Đại học Diponegoro: kiểm soát pH, tỉ lệ COD:N, tổng chất rắn, bổ sung tác nhân sinh "
        "học, nồng độ ban đầu và phân hủy kỵ khí hai giai đoạn khi ủ nước thải đậu phụ; khí thu được khử H₂S "
        "trước bằng lọc sinh học rồi mới tách CO₂ bằng hấp thụ sinh học để nâng hàm lượng metan.",
    ),
    (
        "nZo088",
        "en",
        "twostage",
        "Two-stage anaerobic–aerobic treatment of tofu wastewater with stone filter media",
        "Agroindustrial department result: about 43.5 litres of wastewater per kg soybeans, COD 7500–14000 mg/L; "
        "an anaerobic reactor followed by an aerobic one, both with river-stone media, gave a stable effluent "
        "from day 24 to day 30 (about 5% fluctuation), better than aerobic-first.",
    ),
    (
        "nZo089",
        "vi",
        "uf_pac",
        "Keo tụ PAC kết hợp siêu lọc màng cho nước thải đậu phụ",
        "Công nghệ xử lý: tiền xử lý keo tụ – tạo bông bằng poly aluminium chloride để kéo dài tuổi màng, sau đó "
        "siêu lọc màng cellulose acetate; loại bỏ 98,8% TSS, 98,1% độ đục, 71,0% COD và 50,6% TDS; bã rắn dùng "
        "làm thức ăn gia súc, một phần nước chua tái dùng để kết tủa đậu.",
    ),
    (
        "nZo090",
        "en",
        "cod_mud",
        "Activated-sludge anaerobic reactor with broken-brick aerobic polishing",
        "Lab-scale test on tofu waste from Cirebon factories: the anaerobic reactor performed best at half sludge "
        "volume and 2 days (68.8%), the aerobic broken-brick stage 48.9% at 6 days; overall COD reduction reached "
        "79.4%.",
    ),
    (
        "nZo091",
        "en",
        "biofilter",
        "Aerobic gravel biofilter for tofu liquid waste",
        "Reactor design trials: influent COD of 500, 750 and 1000 mg/L, hydraulic retention of 5, 7 and 9 h, "
        "gravel beds 100 or 125 cm high; reductions of COD and MLSS evaluated to size a polishing stage for tofu "
        "factories.",
    ),
    (
        "nZo092",
        "en",
        "whey_wine",
        "Tofu whey alcoholic beverage (zero-waste fermentation)",
        "University technology: sugar, acid and yeast are added to tofu whey and fermented for about three weeks "
        "into a wine-like drink, using all the whey that would otherwise deplete oxygen in waterways; calcium and "
        "isoflavones retained.",
    ),
    (
        "nZo093",
        "en",
        "soywhey_rev",
        "Soy whey valorisation: concentration, magnesium recovery and lactic drinks",
        "Review-based service on whey from tofu and soy protein plants: freeze concentration in falling-film "
        "systems, nanofiltration, electrodialytic recovery of magnesium and protein, and use as a growth medium "
        "for Lactobacillus plantarum or in functional fermented beverages.",
    ),
    (
        "nZo094",
        "vi",
        "vientieu",
        "Khảo sát ô nhiễm và đề xuất giải pháp cho làng nghề bún – đậu",
        "Dịch vụ khảo sát theo luận văn thạc sĩ Học viện Nông nghiệp tại làng Viên Tiêu (121 hộ làm bún, đậu, "
        "khoảng 43% hộ làm đậu): lập sơ đồ dòng thải của quy trình đậu (ngâm, đãi vỏ, xay ướt, chất phá bọt, "
        "Na₂CO₃, nước chua, bã) và đề xuất biện pháp giảm thiểu ô nhiễm.",
    ),
    (
        "nZo095",
        "vi",
        "cokhi_biogas",
        "Thi công hầm biogas cho hộ gia đình",
        "Cơ khí Thuận Tiến tư vấn, xây hầm biogas hộ gia đình xử lý chất thải hữu cơ (chủ yếu phân bò, heo, gà) "
        "bằng phân hủy kỵ khí, thu khí metan đun nấu; lưu ý chọn vị trí, thể tích và vận hành.",
    ),
    (
        "nZo096",
        "vi",
        "hdpe_biogas",
        "Hầm biogas bạt HDPE cho hộ gia đình nông thôn",
        "Cung cấp mô hình biogas gia đình bằng màng HDPE, xử lý phân chuồng và rác thải thực phẩm, tạo khí đun "
        "nấu, thắp sáng hoặc phát điện, giảm mùi và ô nhiễm.",
    ),
    (
        "nZo097",
        "vi",
        "ctu_biogas",
        "Nạp bổ sung lục bình và rơm cho hầm biogas ở ĐBSCL (ĐH Cần Thơ)",
        "Kết quả ủ yếm khí theo mẻ 35 ngày phối trộn phân heo với lục bình hoặc rơm sau trồng nấm theo nhiều tỉ "
        "lệ: nông dân ĐBSCL có thể dùng hai nguyên liệu này khi thiếu phân heo để nạp hầm.",
    ),
    # --- other small soybean products ---
    (
        "nZo098",
        "en",
        "yuba_df",
        "Tofu skin (yuba) production: film lifting, drying and rolls",
        "Process outline: soymilk is heated in open pans, the protein-fat film that forms is lifted with a wooden "
        "or bamboo stick without tearing and hung to dry in a cool, dry place into yellowish sheets, sold fresh, "
        "dried, fried or rolled.",
    ),
    (
        "nZo099",
        "en",
        "yuba_dg",
        "Fresh yuba at about 80 °C in shallow metal pans",
        "Method: heat soy milk in a wide, shallow metal pan (not non-stick) to about 80 °C without boiling, wait "
        "5–7 minutes for each skin, lift slowly with chopsticks and drain on a rod; 6–8 sheets per litre; fresh "
        "yuba keeps up to two days chilled.",
    ),
    (
        "nZo100",
        "vi",
        "chao_ct",
        "Cải tiến công nghệ sản xuất chao ở Việt Nam",
        "Báo cáo của Khoa Công nghệ sinh học, ĐH Mở TP.HCM: chao là sản phẩm lên men mốc từ đậu phụ, tổng quan "
        "quy trình truyền thống và hướng cải tiến để ổn định chất lượng, vệ sinh cho cơ sở chao.",
    ),
    (
        "nZo101",
        "vi",
        "chao_starter",
        "Chế phẩm mốc giống Actinomucor elegans cho sản xuất chao quy mô công nghiệp",
        "Nghiên cứu starter mốc Actinomucor elegans thay mốc tự nhiên, giúp kiểm soát chất lượng, tránh vi sinh "
        "vật lạ sinh độc tố và hư hỏng; phù hợp cơ sở chao thủ công muốn nâng lên quy mô công nghiệp.",
    ),
    (
        "nZo102",
        "vi",
        "lenmen_dn",
        "Tài liệu sản xuất đậu phụ, chao và xử lý lỗi chao đắng, có mùi",
        "Tài liệu kỹ thuật: phương pháp xay ướt làm đậu phụ, quy trình chao Việt Nam và chao hiện đại, sản xuất "
        "vi sinh vật giống, ảnh hưởng của muối, thủy phân, peptid và phương pháp bảo quản; nguyên nhân chao đắng "
        "hoặc có mùi khó chịu.",
    ),
    (
        "nZo103",
        "vi",
        "tuong_hat",
        "Quy trình sản xuất tương hạt lên men truyền thống",
        "Tiểu luận quy trình tương hạt (sản phẩm lên men truyền thống từ đậu nành): nguyên liệu, vi sinh vật, các "
        "bước chế biến, giúp cơ sở đậu nành đa dạng sản phẩm.",
    ),
    (
        "nZo104",
        "en",
        "fitbao",
        "Fried tofu (tofu puff) product specification",
        "Product know-how: fresh tofu made by grinding, coagulation, shaping and pressing is deep-fried into "
        "golden puffs with a 0.3–0.5 mm crisp shell and a honeycomb interior of about 65–70% porosity; about "
        "16–18 g protein per 100 g; absorbs broths well.",
    ),
    (
        "nZo105",
        "en",
        "tofupuff",
        "Tofu puff frying method at 190 °C",
        "Method: squeeze excess water from fresh firm or medium tofu, cut 2 cm cubes, deep-fry in batches at "
        "190 °C for 10–15 min (pieces float within 3–4 min when puffing correctly), stir to avoid sticking, drain "
        "on a rack.",
    ),
    (
        "nZo106",
        "vi",
        "memart_moc",
        "Đậu hũ lên mốc (đậu hũ mọc lông, đậu hũ thối)",
        "Giới thiệu món đậu phụ lên men kiểu Trung Quốc, Đài Loan: ủ mốc Mucor/Rhizopus ở 15–23 °C trong 3–7 ngày "
        "hoặc ngâm nước muối rượu; cách chế biến và thưởng thức.",
    ),
    # --- raw beans ---
    (
        "nZo107",
        "vi",
        "vinasoy_bq",
        "Phương pháp bảo quản đậu nành hạt sau thu hoạch",
        "Hướng dẫn: phơi khô rồi để nguội 2–3 giờ trước khi cho vào chum, vại, bao sạch; chum lót vôi bột, lá xoan "
        "khô, than sống hút ẩm; túi nilon hai lớp đặt trong bao và thùng phi, để nơi khô thoáng; kết quả thử "
        "nghiệm của Viện lúa Ô Môn.",
    ),
    (
        "nZo108",
        "vi",
        "memart_hat",
        "Kiểm soát độ ẩm để bảo quản đậu nành nguyên liệu lâu dài",
        "Tư vấn thu hoạch khi 95% quả chuyển nâu xám, phơi khoảng 3 nắng nhẹ đến ẩm 10–12%, để nguội rồi đóng gói: "
        "ẩm ~12% giữ khoảng 3 năm, ~10% khoảng 4 năm; chum, lu lót tro hoặc than giữ 3–7 tháng khi không có kho "
        "mát.",
    ),
    (
        "nZo109",
        "vi",
        "kholanh_bq",
        "Kho mát, kho lạnh bảo quản lạc, đậu đỗ giống",
        "Thi công kho mát 18–20 °C cách nhiệt, chống chuột, xếp bao cách tường và sàn 20–25 cm: hạt ẩm dưới 10% "
        "giữ 9 tháng; kho lạnh giữ giống 10–12 tháng; kèm máy sấy hạt.",
    ),
    # --- neighbouring fields ---
    (
        "nZo110",
        "vi",
        "memart_bdn_gs",
        "Khô dầu đậu nành (bã sau ép dầu) làm thức ăn gia súc",
        "Cung cấp bã đậu nành thu sau khi ép cơ học hoặc trích ly dầu bằng dung môi n-hexan: protein thô 40–50%, "
        "béo 0,5–3%, xơ 15–20%, giàu lysine, methionine; dùng phối trộn thức ăn gia súc, gia cầm.",
    ),
    (
        "nZo111",
        "vi",
        "leanh_fsbm",
        "Khô đậu nành lên men làm thức ăn chăn nuôi",
        "Sản phẩm khô đậu nành lên men (FSBM) giảm chất kháng dinh dưỡng như chất ức chế trypsin, axit phytic, "
        "oligosaccharide khó tiêu, cải thiện tiêu hóa cho heo, gia cầm và cá.",
    ),
    (
        "nZo112",
        "vi",
        "qdfeed",
        "Vỏ đậu nành làm thức ăn cho gia súc nhai lại",
        "Cung cấp vỏ đậu nành, phụ phẩm nhà máy ép dầu tách vỏ: xơ thô khoảng 35%, NDF 70%, protein khoảng 10%; "
        "phù hợp bò, dê, kích thích nhai lại, cân bằng pH dạ cỏ.",
    ),
    (
        "nZo113",
        "vi",
        "memart_ca",
        "Bã đậu nành (khô dầu) phối trộn thức ăn cho cá",
        "Hướng dẫn dùng bã đậu nành sau ép dầu, protein thô 35–45%, thay một phần bột cá trong khẩu phần cá ăn "
        "tạp, phối trộn với nguyên liệu khác.",
    ),
    (
        "nZo114",
        "en",
        "ascof",
        "Mini soybean oil refinery with extrusion-expelling",
        "Supplier of small soybean oil plants for farmer cooperatives: extrusion-expelling (friction-heated dry "
        "extruder followed by screw press), refining, and soybean meal for local livestock feeders; an "
        "alternative to 3,000 t/day solvent plants.",
    ),
    (
        "nZo115",
        "en",
        "soyoilpress",
        "Soybean screw press operation and maintenance training",
        "Training for small and medium oil mills: feed moisture 6–8%, screw speed 60–90 rpm, pressing at "
        "80–110 °C, 100–150 kg/h feeding, barrel pressure 15–25 MPa, crude oil filtering and press maintenance.",
    ),
    (
        "nZo116",
        "en",
        "oilseed_guide",
        "Small-scale oilseed processing guide (Penn State / University of Vermont)",
        "Extension guide to setting up small oilseed pressing of sunflower, canola and soybean: presses, seed "
        "preparation, oil cleaning, meal use and business considerations for farmers.",
    ),
    (
        "nZo117",
        "vi",
        "harc_dx",
        "Quy trình kỹ thuật canh tác đậu xanh cho vùng ĐBSCL",
        "Quy trình canh tác tổng hợp đậu xanh luân canh sau lúa vụ Xuân Hè, vụ Đông Xuân vùng có đê bao và Hè Thu "
        "trên đất giồng cát; xử lý dinh dưỡng đất, sâu bệnh, thâm canh.",
    ),
    (
        "nZo118",
        "vi",
        "khuyennong_dn",
        "Kỹ thuật trồng đậu nành hiệu quả",
        "Hướng dẫn của Khuyến nông TP.HCM: lên luống rộng 1,5–2 m, cao 20–25 cm, rãnh 20 cm sâu 30 cm; chăm sóc, "
        "bón phân, phòng sâu bệnh, thu hoạch đậu nành.",
    ),
    (
        "nZo119",
        "vi",
        "maylamnong",
        "Kỹ thuật trồng đậu nành rau vụ Hè Thu trên đất lúa",
        "Hướng dẫn giống DT02, DT08 chịu nhiệt 10–40 °C, đánh rãnh thoát nước cách nhau 3–5 m, sâu 30 cm, rộng "
        "20 cm để chống úng, mật độ gieo; mô hình chuyển đất lúa sang đậu nành rau ở Vĩnh Long.",
    ),
    (
        "nZo120",
        "vi",
        "tailieuchung_dn",
        "Trồng đậu nành thay lúa Xuân Hè ở ĐBSCL",
        "Tài liệu kỹ thuật trồng đậu nành trên đất lúa thay vụ Xuân Hè kém hiệu quả; 100 g hạt có 37,6 g protein, "
        "16,5 g chất béo, 244 mg canxi.",
    ),
    (
        "nZo121",
        "vi",
        "nuoctuong",
        "Ứng dụng nấm mốc Aspergillus trong sản xuất nước tương",
        "Báo cáo ĐH Nông Lâm TP.HCM: lên men đậu nành, ngũ cốc rang, nước, muối bằng Aspergillus oryzae hoặc "
        "A. sojae làm nước tương; phân biệt nước tương lên men và nước tương thủy phân nhuộm caramel.",
    ),
    (
        "nZo122",
        "vi",
        "nuocmam_dn",
        "Công nghệ lên men nước mắm từ đậu nành",
        "Đồ án công nghệ lên men nước mắm chay từ đậu nành và bột mì: vi sinh vật, lượng nước, nhiệt độ, thời "
        "gian, pH lên men.",
    ),
    (
        "nZo123",
        "vi",
        "memart_sttt",
        "Sữa bò tươi thanh trùng: bảo quản và hạn dùng",
        "Hướng dẫn sữa tươi thanh trùng 72 °C trong 15–20 giây (hoặc 70–90 °C, 15–30 giây), bảo quản lạnh, nhận "
        "biết sữa hỏng.",
    ),
    (
        "nZo124",
        "en",
        "dairy_ww",
        "Dairy wastewater treatment review: aerobic, anaerobic and combined",
        "Review of dairy effluents from milk, cheese, yoghurt and whey processing: origin, composition, in-plant "
        "biological treatment, consecutive anaerobic–aerobic systems and research gaps.",
    ),
    (
        "nZo125",
        "vi",
        "greenstar_uasb",
        "Bể UASB xử lý nước thải sinh hoạt",
        "Tư vấn công nghệ UASB (bể kỵ khí dòng chảy ngược qua lớp bùn) cho nước thải sinh hoạt: cấu tạo, nguyên lý, "
        "các yếu tố vận hành.",
    ),
    (
        "nZo126",
        "vi",
        "sachchan_dua",
        "Chế phẩm prebiotic từ bã cơm dừa dùng trong chăn nuôi",
        "Dự án sản xuất thử nghiệm của Viện Nghiên cứu Dầu và Cây có dầu: bã cơm dừa sau ép sữa dừa (nhà máy bột "
        "sữa dừa 3–4 tấn/ngày cho khoảng 1.000 tấn bã/năm) thành chất tiền sinh cho vật nuôi.",
    ),
    (
        "nZo127",
        "vi",
        "tinhbotsan",
        "Công nghệ lên men metan nước thải chế biến tinh bột sắn làng nghề",
        "Luận văn ĐHQG Hà Nội: hiện trạng ô nhiễm và lên men metan nước thải tinh bột sắn ở Minh Khai, Dương "
        "Liễu, Cát Quế (Hoài Đức).",
    ),
    (
        "nZo128",
        "vi",
        "duan_suathucvat",
        "Lập dự án nhà máy sản xuất sữa thực vật và nông sản hữu cơ",
        "Dịch vụ tư vấn lập dự án đầu tư nhà máy sữa thực vật, nông sản hữu cơ (mẫu dự án tại Thanh Hóa, 2020): "
        "căn cứ pháp lý, địa điểm, quy mô, hiệu quả.",
    ),
    (
        "nZo129",
        "vi",
        "thuycanh",
        "Bộ điều khiển sản xuất rau an toàn theo công nghệ thủy canh",
        "Thiết bị điều khiển dùng vi mạch PSoC cho rau thủy canh: cấp dinh dưỡng từ 3 bình A, B, C, điều chỉnh vi "
        "khí hậu, tưới nhỏ giọt, chế độ tự động và tay.",
    ),
    (
        "nZo130",
        "vi",
        "heo_toi",
        "Dung dịch lên men tỏi, mật mía, dấm mẻ cho heo",
        "Mô hình của nông dân Bình Phước: ủ 10 kg tỏi xay, 2 lít dấm mẻ, 5 lít mật mía làm phụ gia trộn thức ăn "
        "và nước uống giúp heo ít bệnh, lớn nhanh.",
    ),
    (
        "nZo131",
        "en",
        "ntro_spi",
        "Soy protein isolate processing know-how",
        "Industrial SPI process: dehulling, flaking, hexane defatting at low temperature, alkaline extraction, acid "
        "precipitation at the isoelectric point, washing, neutralising and spray drying to at least 90% protein.",
    ),
    (
        "nZo132",
        "en",
        "bestoil_spi",
        "Soy protein extraction plant (acid precipitation or membrane separation)",
        "Plant supplier: soy protein isolate from low-temperature soybean meal by alkali extraction and acid "
        "precipitation, or by ultrafiltration membrane separation to lower acid, alkali and wastewater costs.",
    ),
    (
        "nZo133",
        "vi",
        "cafef_gd",
        "Cung cấp đậu xanh nguyên hạt cho người tự làm giá",
        "Tiểu thương bán đậu xanh nguyên hạt làm giá giao tận nơi, giá bán lẻ 60.000–70.000 đồng/kg; mỗi lần làm "
        "khoảng 100 g hạt cho gia đình.",
    ),
    # --- additions: foaming, sprout storage, okara insects, tofu preservation, energy, dehulling, pressing ---
    (
        "nZo134",
        "vi",
        "antifoam_wings",
        "Chất phá bọt thực phẩm cho nấu sữa đậu và làm đậu phụ",
        "Cung cấp chất phá bọt đã kiểm nghiệm (este axit béo của rượu bậc cao, dầu silicon nhũ hóa, polyoxyethylene "
        "glycerol ether): liều 0,1–0,3% theo khối lượng đậu khô, cho vào khi dịch ở 70–90 °C và khuấy đều; bọt do "
        "saponin và protein đậu nành; chỉ khuyến nghị cho cơ sở chế biến, không cho quán điểm tâm nhỏ.",
    ),
    (
        "nZo135",
        "en",
        "antifoam_sil",
        "Silicone defoamer for soy milk boiling in tofu production",
        "Supplier note: soy milk foams heavily at only 70–80 °C because of its proteins and saponins; unless the foam "
        "is broken, heating stalls below the temperature needed to inactivate protease inhibitors and saponins, "
        "foam overflows and invites contamination; silicone defoamers knock the foam down at low dose.",
    ),
    (
        "nZo136",
        "en",
        "antifoam_pat",
        "Granulated glycerol-monoester defoaming agent for bean curd",
        "Patented defoamer for tofu making: glycerol fatty acid esters with at least about 90% monoester, melted, "
        "granulated and sieved to granules of 300 µm or more; works both when boiling the ground slurry and in "
        "the filtered soybean milk, so the curd sets without trapped air bubbles.",
    ),
    (
        "nZo137",
        "vi",
        "antioverflow",
        "Nồi nấu sữa đậu chống trào và cách kiểm soát bọt",
        "Hướng dẫn vận hành: sôi xong hạ ngay về lửa vừa nhỏ (khoảng 30% công suất bếp), nguyên liệu không quá 60% "
        "thể tích nồi, tỉ lệ đậu khô : nước 1:8–1:10 (500 g đậu với 4–5 lít nước); dùng nồi inox thành cao hoặc "
        "máy có điện cực chống trào tự ngắt nhiệt khi bọt chạm điện cực.",
    ),
    (
        "nZo138",
        "en",
        "map_sprout",
        "Modified-atmosphere packaging for fresh bean sprouts",
        "Research-based packaging design: fresh sprouts respire about 1 mmol O2/kg/h at 10 °C (Q10 of 4.4) and carry "
        "about 10^7 microbes/g; at 8 °C, 0.24 m2 of film per kg with O2 permeability of 50,000 ml/m2/day/atm gave "
        "about 5% O2 and 15% CO2 and a shelf life of 4–5 days; OPP film turned packs anoxic within 2 days.",
    ),
    (
        "nZo139",
        "vi",
        "sprout_store",
        "Hướng dẫn bảo quản giá đỗ sau thu hoạch",
        "Khuyến cáo bảo quản giá: giữ ở 0–4 °C, độ ẩm tương đối 80–90%, tránh ánh sáng trực tiếp (làm giá đắng, "
        "lạ mùi), để ráo, lót giấy thấm trong túi hoặc hộp kín; loại bỏ cọng dập nhớt trước khi cất.",
    ),
    (
        "nZo140",
        "en",
        "bsf_okara",
        "Black soldier fly larvae on okara mixed with kitchen waste",
        "University result: feeding black soldier fly larvae 30% soybean curd residue with 70% kitchen waste gave "
        "the best larval biomass (30.32 g fresh, 11.38 g dry), bioconversion of about 18.5%, feed conversion ratio "
        "2.51, 98.75% survival and 45.91% larval crude lipid, turning okara into feed protein and oil.",
    ),
    (
        "nZo141",
        "vi",
        "echo_bsf",
        "Mô hình nuôi ruồi lính đen lấy ấu trùng làm thức ăn chăn nuôi",
        "Hướng dẫn của trung tâm ECHO châu Á (Chiang Mai): hệ thống nuôi ấu trùng ruồi lính đen trên phụ phẩm hữu "
        "cơ, ấu trùng khô chứa 37–63% protein, 7–28% béo, thay một phần bột cá, khô dầu đậu nành; có lưu ý cho quy "
        "mô hộ gia đình.",
    ),
    (
        "nZo142",
        "vi",
        "tantrao_chitosan",
        "Ngâm đậu phụ trong dung dịch chitosan 1% để kéo dài bảo quản",
        "Kết quả của nhóm Trường ĐH Nông Lâm Thái Nguyên: ngâm đậu phụ trong chitosan 0,75–1,5%, mức 1% giữ pH ổn "
        "định 5,9–6,28, protein giảm ít, axit tổng tăng chậm, vi sinh tổng, nấm men, nấm mốc thấp hơn đối chứng, "
        "không phát hiện Coliform, E. coli, điểm cảm quan cao nhất 16,2.",
    ),
    (
        "nZo143",
        "en",
        "rmutt_chitosan",
        "Chitosan additive extending fresh tofu life to 12 days",
        "University of technology research: fresh tofu normally keeps only 3–4 days even refrigerated; chitosan "
        "from shrimp and crab shells, added to tofu in the right proportion, inhibits bacteria and fungi and "
        "extended storage to 12 days; non-toxic and safe for consumers.",
    ),
    (
        "nZo144",
        "en",
        "wiley_chitosan",
        "Chitosan as a tofu coagulant for longer shelf life",
        "Optimised conditions: 28 kDa chitosan in 1% acid (a 1:1 mix of acetic and lactic acid improved taste), "
        "solution to soymilk 1:8, coagulation at 80 °C for 15 min; chitosan tofu had more protein and less ash and "
        "kept about 3 days longer than CaCl2 tofu.",
    ),
    (
        "nZo145",
        "en",
        "korea_chitosan",
        "Surface treatment of tofu with 0.1% chitosan",
        "Study results: tofu dipped 1 h in 0.1% chitosan and drained had about 1 log fewer viable cells after 2 "
        "days at 10 and 20 °C, delayed pH drop (day 4 versus day 3 at 10 °C), stayed harder, and gained about one "
        "day of shelf life at 10 °C; no effect at 30 °C.",
    ),
    (
        "nZo146",
        "vi",
        "lime_chitosan",
        "Nghiên cứu nồng độ chitosan trong nước vôi và thời gian bảo quản đậu phụ tươi",
        "Thí nghiệm hai nhân tố: nồng độ chitosan 0,25; 0,5; 0,75; 1 và 1,25% và thời gian bảo quản 5, 10, 15 ngày; "
        "đánh giá độ ẩm, tro, tổng vi sinh, pH, protein và cảm quan (màu, vị, mùi, cấu trúc) để chọn công thức "
        "bảo quản đậu phụ tươi.",
    ),
    (
        "nZo147",
        "en",
        "uthm_film",
        "Chitosan/gelatin active films with plant-extract microcapsules for tofu",
        "Packaging research: chitosan and gelatin films loaded with 2% Pulicaria jaubertii extract microcapsules "
        "kept fresh tofu best over 4 days at 25 °C; chitosan film with 2% extract gave the lowest coliform (2.69 "
        "log/g), E. coli (1.77 log/g), Staphylococcus and fungi counts.",
    ),
    (
        "nZo148",
        "en",
        "apeis_husk",
        "Rice husk as fuel for process steam boilers in small industries",
        "Good-practice case from northern India: small process industries near rice mills switched boilers to "
        "cheap rice husk for process steam, and some pelletised husk as a firewood and coal substitute; boiler "
        "designers and fabricators adapted fluidised-bed combustion for particulate biomass.",
    ),
    (
        "nZo149",
        "vi",
        "bioenergy_husk",
        "Tư vấn phát điện, khí hóa từ trấu và rơm",
        "Số liệu năng lượng sinh khối ngành lúa: 1 tấn lúa cho 220 kg trấu (3.000 kcal/kg, ẩm 5–12%) và 290 kg rơm; "
        "1 tấn trấu tương đương 410–570 kWh điện; khuyến nghị khí hóa cho phát điện quy mô nhỏ ở nhà máy xay xát.",
    ),
    (
        "nZo150",
        "en",
        "instapro_dehull",
        "Soybean dehulling line: roller mill cracking and aspiration",
        "Extrusion equipment maker's dehulling process: beans at about 10% moisture cracked into 4–6 pieces by a "
        "roller mill, hulls lifted by primary aspiration, sifter and secondary aspirators recover meats; about 98% "
        "meal retention in plants of at least 4–6 t/h; hulls hammer-milled.",
    ),
    (
        "nZo151",
        "en",
        "dane_dehull",
        "Industrial pneumatic dehuller for cracked soybeans",
        "Engineering study: hulls elutriate at 2.7–4.5 m/s and meats at 9.1–13.7 m/s; combined pneumatic and "
        "sieving separation; an industrial unit handling 6973 kg/h at 7.6–8.2 m/s recovered meats of about 99% "
        "purity.",
    ),
    (
        "nZo152",
        "en",
        "mung_husker",
        "Seed pod husker tested on soybean and mung bean",
        "University-built rubbing thresher (2 hp, 300 mm wide, 110–210 rpm): about 28.5 kg/h for soybean and 29.1 "
        "kg/h for mung bean pods, best efficiency 94.72% for mung bean at 170 rpm and 7 mm clearance, germination "
        "efficiency up to 95.53%.",
    ),
    (
        "nZo153",
        "en",
        "motherearth_press",
        "Low-cost wooden tofu press for small batches",
        "Build plan for a wooden press holding 2 to 15 pounds of curd: strains the hot slurry and presses curd near "
        "boiling, sits over a basin so whey is saved for baking, soups or animal feed, front panel lifts out for "
        "cutting; about $5 of materials and two hours to build.",
    ),
    (
        "nZo154",
        "vi",
        "gyp_press",
        "Dụng cụ ép ráo nước đậu phụ cho bếp gia đình",
        "Giới thiệu các loại dụng cụ ép đậu mua sẵn (tấm ép siết núm vặn, hộp có lò xo, hộp inox đặt quả nặng) để "
        "ép bớt nước khối đậu khoảng 15 phút trước khi nấu cho giòn, thấm gia vị.",
    ),
    (
        "nZo155",
        "vi",
        "memart_tcdh",
        "Tư vấn dùng thạch cao đậu hũ đúng hàm lượng cho phép",
        "Hướng dẫn cơ sở sản xuất: thạch cao đậu hũ là canxi sunfat ngậm nước tinh chế đạt chuẩn thực phẩm, khác "
        "thạch cao xây dựng; giúp váng đậu tạo nhanh, tăng lượng đậu thu được so với cách dùng axit tự nhiên; "
        "dùng trong hàm lượng Bộ Y tế cho phép, cách phân biệt đậu có thạch cao và bảo quản đậu an toàn.",
    ),
    (
        "nZo156",
        "vi",
        "sdn_chai",
        "Quy trình công nghệ sữa đậu nành đóng chai tiệt trùng",
        "Tài liệu môn Công nghệ chế biến thực phẩm (GVHD Lê Văn Việt Mẫn): chọn hạt, làm sạch, tách vỏ, chần khử "
        "mùi đậu, nghiền ướt, lọc, nấu, phối trộn đường và phụ gia, bài khí, đồng hóa, nâng nhiệt, rót chai đóng "
        "nắp và tiệt trùng; chỉ tiêu hóa lý, vi sinh, cảm quan của sản phẩm.",
    ),
    (
        "nZo157",
        "vi",
        "hufi_sdn",
        "Công nghệ sữa đậu nành giàu protein bổ sung whey (ĐH Công Thương TP.HCM)",
        "Kết quả nghiên cứu: phối trộn whey protein : sữa đậu nành 10:90 nâng protein từ 8,19 lên 15,99 g và cho "
        "cảm quan tốt nhất; đồng hóa hai cấp 200–50 bar ổn định sản phẩm; bảo quản 7 °C tốt hơn 27 °C về pH, vi "
        "nấm và cảm quan trong 28 ngày theo dõi.",
    ),
    (
        "nZo158",
        "vi",
        "sua_dieu",
        "Quy trình nước giải khát từ hạt điều và chế độ tiệt trùng",
        "Khóa luận ĐH Công nghiệp Thực phẩm TP.HCM (2018): hoàn thiện quy trình sữa hạt điều, ảnh hưởng của tiệt "
        "trùng, vi sóng, enzyme α-amylase, đồng hóa và mức chấp nhận của khách hàng.",
    ),
    (
        "nZo159",
        "vi",
        "abr_gietmo",
        "Bể kỵ khí có vách ngăn (ABR) xử lý nước thải lò giết mổ",
        "Luận văn Khoa Môi trường, ĐH Cần Thơ (2013): hiệu quả xử lý nước thải lò giết mổ gia súc tập trung bằng "
        "bể kỵ khí có vách ngăn dùng giá bám ngập nước.",
    ),
]
