"""Offers for holdout186: (id, language, source key, title, description)."""

OFFERS = [
    (
        "pFo001",
        "vi",
        "hutech_sa",
        "Quy trình chưng cất tinh dầu sả hương đạt geraniol trên 20% cho xuất khẩu",
        "Nhóm nghiên cứu đã tối ưu chưng cất lôi cuốn hơi nước trực tiếp lá sả hương: 116±1°C, 1,2 atm, 126 phút, "
        "thu 0,94% tinh dầu với geraniol 20,17%, đáp ứng TCVN 11426:2016 (ISO 3848:2016). Sẵn sàng chuyển giao thông số "
        "cho cơ sở sản xuất quy mô công nghiệp.",
    ),
    (
        "pFo002",
        "en",
        "qbu_lg",
        "Pilot-scale optimisation of lemongrass steam distillation (25-30 kg per batch)",
        "Response-surface study on a near-industrial still holding 25-30 kg of stalks and leaves: best at 5.66 L water "
        "per kg, material cut to 10 mm and 180 min, giving 2.98 mL oil per kg. We transfer the settings and batch sheet.",
    ),
    (
        "pFo003",
        "vi",
        "kag_noi100",
        "Nồi chưng cất tinh dầu inox 50-100 lít cho hộ gia đình và HTX",
        "Nồi inox SUS304 ba lớp, dung tích 50-100 lít, điện 220/380 V, điện trở 4-7 kW, bảo hành 1 năm. Kèm hướng dẫn "
        "cất sả: phơi héo còn 50% ẩm, nạp 180-200 kg/1000 lít, 3-4 giờ/mẻ, nước làm mát giữ 30-40°C.",
    ),
    (
        "pFo004",
        "en",
        "geo_lg",
        "Lemongrass oil know-how: harvest timing and citral grading",
        "Indonesian producer shares production practice: steam distillation of fresh or slightly wilted leaves for "
        "1.5-3 h, yield 0.2-0.4% of fresh weight (250-500 kg leaf per kg oil), citral 70-85% as the price indicator; "
        "advice on choosing C. citratus or C. flexuosus.",
    ),
    (
        "pFo005",
        "vi",
        "memart_sa",
        "Chuyển giao quy trình chưng cất tinh dầu sả bằng hơi nước",
        "Quy trình gồm chọn lá sả không quá non hay quá già, phơi héo còn khoảng 50% ẩm để tiết kiệm nhiên liệu, "
        "cất hơi nước, làm lạnh ngưng tụ 35-40°C, phân ly dầu-nước, lọc và làm khan bằng Na2SO4 trước khi đóng chai.",
    ),
    (
        "pFo006",
        "en",
        "ampr_lg",
        "Training: hydro-distillation versus boiler-fed steam distillation units",
        "Extension course on lemongrass distillation (1.5-2 h per charge, oil decanted from the water layer). Compares "
        "direct-fired hydro-distillation, simple and cheap, with boiler steam units that cost more but give better oil; "
        "a 500 L steam unit needs herbage from about 20 acres.",
    ),
    (
        "pFo007",
        "en",
        "satnet",
        "Portable small-scale essential oil distillation unit for cooperatives",
        "A distillation unit that can be taken apart and carried to remote growing areas, designed for community or "
        "cooperative ownership because of its investment cost. Works for lemongrass, citronella, mint, eucalyptus and "
        "other aromatic plants; clean water supply needed.",
    ),
    (
        "pFo008",
        "en",
        "edesa",
        "Turnkey steam distillation plants with boiler or electric steam generator",
        "Manufacturer supplies complete units: steam generator or boiler, still, condenser and separator, sized to each "
        "plant's steam flow. Boilers sourced locally to meet pressure-vessel inspection rules; electric boilers "
        "available where fuel is a problem.",
    ),
    (
        "pFo009",
        "en",
        "perfw",
        "Low-cost still designs from a 200 litre drum",
        "Guidance on building simple stills: a 200 L drum over a gas burner or fire as the retort, water or injected "
        "steam, and a condenser ranging from a plain pipe to a water-jacketed or coil condenser to avoid losing oil. "
        "Stainless steel recommended for production.",
    ),
    (
        "pFo010",
        "en",
        "approp",
        "Technical brief on small-scale essential oil production for smallholders",
        "Practical guide: plant material holds typically 1-3% oil, so oils are low-volume high-value products suited to "
        "remote growers. Covers lemongrass and citronella, eucalyptus, clove and others, quality factors and how to "
        "build trust with conservative buyers.",
    ),
    (
        "pFo011",
        "vi",
        "kag_mohinh",
        "Mô hình khép kín trồng sả - chưng cất - tận thu bã sả",
        "Doanh nghiệp giới thiệu mô hình sả chanh và sả Java: sả chịu được đất mặn như Tiền Giang, Vĩnh Long, trồng "
        "một lần thu 3-4 năm, lãi 90-110 triệu đồng/ha; 20 ha cho nhà máy tinh dầu lãi 1,5-1,6 tỷ đồng/năm; công nghệ "
        "cất kiểu mới tận thu tinh dầu và bã.",
    ),
    (
        "pFo012",
        "en",
        "agrifarming_lg",
        "Lemongrass cropping schedule for oil production",
        "Agronomy package: well-drained loam, pH 4.3-8.4, full sun; first cut 4-6 months after transplanting, then every "
        "60-70 days, three cuts in the first year and three to four later. Over-watering lowers oil content.",
    ),
    (
        "pFo013",
        "en",
        "gramme_lg",
        "Toll distillation of lemongrass for growers",
        "Processor offers to distil growers' fresh or partly dried lemongrass: 1.5-2 h per charge, oil separated as it "
        "floats on the cooled distillate, returned as yellow to amber oil with citrus notes for soap and cosmetics use.",
    ),
]

OFFERS += [
    (
        "pFo014",
        "en",
        "purplehaze",
        "Large trailer-retort distillation unit and custom distilling for other farms",
        "Farm-built plant with a propane boiler of 1.2 million BTU steaming about 600 gallons of plant material per "
        "charge; the retort is towed to the field and filled there, cutting labour. Neighbouring farms book custom "
        "distillation during the 2-3 week season.",
    ),
    (
        "pFo015",
        "vi",
        "sachan_dn",
        "Phân tích thành phần hóa học tinh dầu sả chanh",
        "Khoa Hóa, ĐH Sư phạm Đà Nẵng chiết tách tinh dầu sả chanh và xác định thành phần bằng sắc ký; nhận phân tích "
        "mẫu tinh dầu sả dùng cho xà phòng, thuốc diệt côn trùng, nước hoa, dầu gội.",
    ),
    (
        "pFo016",
        "en",
        "perflavory_lg",
        "Keeping lemongrass oil dry to protect citral",
        "Technical note: lemongrass oil often arrives turbid and can hold 2.5-3% dissolved water, which makes citral "
        "break down fast with air and light. Water is chilled out under stirring and drawn off as a bottom layer before "
        "storage.",
    ),
    (
        "pFo017",
        "en",
        "olfactory",
        "Small converted copper still and home-built mini distillers",
        "Shop in Oregon runs a converted alcohol still holding about 100 lb (45 kg) of plant material and shares how a "
        "member built mini stills, first from a pressure cooker then from scrap metal. Open days on small-batch "
        "distilling.",
    ),
    (
        "pFo018",
        "en",
        "clyx_still",
        "Still design basics: boiler, retort, condenser and receiver",
        "Reference design for aromatic plant stills: steam boiler, wooden or metal retort, condenser with constant cold "
        "water, and a receiver with a bottom siphon so oils lighter than water are drawn from the top and heavier oils "
        "from a bottom tap. Costs range from small to thousands of dollars.",
    ),
    (
        "pFo019",
        "vi",
        "kobi_sa",
        "Hướng dẫn 2 cách làm tinh dầu sả tại nhà",
        "Bài hướng dẫn làm tinh dầu sả chanh (Cymbopogon citratus) tại nhà bằng chưng cất hơi nước đơn giản, phân biệt "
        "với sả gừng; giới thiệu các hoạt chất citral, geraniol, limonene và công dụng trong xà phòng, dầu gội.",
    ),
    (
        "pFo020",
        "vi",
        "tdt_giong",
        "Cung cấp giống tràm năm gân và tràm trà cho vùng nguyên liệu tinh dầu",
        "Tràm gió cho tinh dầu 0,54-0,90%, cineole thường dưới 45%; tràm năm gân cho tinh dầu có 1,8-cineole trên 60%; "
        "tràm trà cho terpinen-4-ol 30-48%, cineole dưới 15%. Cung cấp giống xuất xứ chọn lọc và tư vấn chọn loài.",
    ),
    (
        "pFo021",
        "vi",
        "sansach_tram",
        "Kỹ thuật nấu tinh dầu tràm truyền thống",
        "Lá tràm rửa sạch cho vào nồi 100-200 lít theo tỷ lệ 2/3 lá, 1/3 nước, đun lửa đều 5-7 giờ; khoảng 150 kg lá "
        "cho 1.000 ml tinh dầu nguyên chất với 1,8-cineole 40-60%. Nhận hướng dẫn cho hộ nấu dầu.",
    ),
    (
        "pFo022",
        "vi",
        "laque_tram",
        "Nhận gia công chưng cất tinh dầu tràm gió nguyên chất",
        "Cơ sở chưng cất lá và cành nhỏ tràm gió trong nồi sắt hoặc inox kín, trộn lá với nước tỷ lệ 2:1; tinh dầu đạt "
        "1,8-cineole trên 60% kèm alpha-terpineol. Lưu ý dầu tràm là chất dễ cháy khi vận chuyển.",
    ),
    (
        "pFo023",
        "vi",
        "dlat_tram",
        "Quy trình sơ chế và sấy thân lá tràm năm gân làm dược liệu",
        "Thu thân lá sau 2 năm trồng, 2 lứa mỗi năm, cắt đoạn 30-50 cm; rửa bằng máy lồng quay, làm ráo bằng quạt; sấy "
        "lớp dày 5-7 cm ở 45°C trong 1-2 giờ đầu rồi 50°C, đảo sau 3-5 giờ, dừng khi ẩm dưới 13%.",
    ),
    (
        "pFo024",
        "en",
        "tf_euc_export",
        "Export documentation for cineole-rich oils as dangerous goods",
        "Book chapter and advisory on exporting eucalyptus and similar cineole oils: flammability is the main hazard, "
        "so producers must package, label and document shipments to European safety and environmental rules.",
    ),
]

OFFERS += [
    (
        "pFo025",
        "en",
        "brief_buoi",
        "Optimised pomelo peel oil distillation with GC-FID limonene method",
        "Study on Vinh Long pomelo varieties: hydrodistillation at 1:4 material-to-water, 120 min, high distillation rate "
        "and ground peel gave 2.6% yield for Citrus maxima. Validated GC-FID limonene assay and a specification based on "
        "ISO 3053:2004 offered to processors.",
    ),
    (
        "pFo026",
        "vi",
        "ctu_buoi",
        "Thông số chưng cất tinh dầu vỏ bưởi bằng nước",
        "Nhóm nghiên cứu Cần Thơ tối ưu chưng cất vỏ bưởi: vỏ xay nhỏ, 120°C, tỷ lệ nước 5 mL/g, 105 phút; GC-MS cho "
        "limonene 97,1%. Quy trình ít tốn năng lượng, sẵn sàng áp dụng công nghiệp.",
    ),
    (
        "pFo027",
        "vi",
        "ajc_buoi",
        "Phân tích chỉ tiêu hóa lý tinh dầu vỏ bưởi",
        "Vỏ bưởi Bến Tre chưng cất đạt khoảng 1,67%; tỷ trọng 0,8572, chỉ số acid 0,3556, chỉ số ester 2,4216, chiết suất "
        "1,476; GC-MS cho limonene 96,5%. Cung cấp hồ sơ tham chiếu và dịch vụ phân tích.",
    ),
    (
        "pFo028",
        "vi",
        "ttud_buoi",
        "Quy trình chiết và thu hồi tinh dầu vỏ bưởi",
        "Rửa quả, gọt lấy vỏ xanh bỏ phần trắng, xay vỏ với nước tỷ lệ 1:3, chưng cất ở 130°C khoảng 140 phút; làm khan "
        "bằng Na2SO4 và bảo quản trong chai tối màu. Tận dụng phụ phẩm, tạo việc làm nông thôn.",
    ),
    (
        "pFo029",
        "vi",
        "lmx_buoi",
        "Quy trình chưng cất tinh dầu bưởi và thanh trà",
        "Dùng bưởi hoang gần chín và quả thanh trà tỉa bỏ hoặc rụng do mưa bão; chỉ gọt lớp vỏ xanh chứa túi tinh dầu, "
        "sau đó chưng cất và thu tinh dầu dùng cho chăm sóc tóc, da.",
    ),
    (
        "pFo030",
        "vi",
        "dongnai_buoi",
        "Kinh nghiệm HTX chiết tinh dầu từ bưởi non cắt tỉa",
        "HTX Bình Lợi (Đồng Nai) tận dụng bưởi non tỉa bỏ hai đợt sau đậu quả để chiết tinh dầu bán cho ngành mỹ phẩm; "
        "từ cách bào vỏ, xay và chưng thủ công chuyển sang thiết bị lớn hơn.",
    ),
    (
        "pFo031",
        "vi",
        "hoabuoi",
        "Chiết tinh dầu hoa bưởi bằng dung môi dễ bay hơi",
        "So sánh cất kéo hơi nước với chiết dung môi trên cánh hoa bưởi: dung môi cho hiệu suất cao hơn 28,5%, tinh dầu "
        "thơm hơn, giữ nguyên các cấu tử linalool, limonene, nerolidol.",
    ),
    (
        "pFo032",
        "en",
        "ccd_buoi",
        "Kinetic model and experimental design for scaling up pomelo steam distillation",
        "Central composite design, kinetic and thermodynamic model of pomelo essential oil steam distillation, used to "
        "predict yield and time when moving from lab to larger stills.",
    ),
    (
        "pFo033",
        "vi",
        "cholai_buoi",
        "Lớp hướng dẫn nấu tinh dầu bưởi thủ công",
        "Bốn bước: chọn bưởi vỏ dày, bào lớp vỏ xanh tránh cùi trắng chứa pectin; lắp nồi chưng cất và bát hứng; đun "
        "lửa nhỏ ổn định 45-60 phút; tách dầu khỏi nước cất.",
    ),
    (
        "pFo034",
        "en",
        "pf_basil",
        "Basil oil: distillation method and chemotype review",
        "Review data: basil distilled from one Turkish batch yielded 0.21% by steam and 0.43% by water distillation; leaf "
        "size shifts composition, linalool 34-50% and methyl chavicol 22-48%.",
    ),
    (
        "pFo035",
        "en",
        "wa_basil",
        "Harvest method advice for basil oil yield and quality",
        "Trials in the Ord River area: whole basil plants with long flower spikes (12-20 cm) gave higher oil yields than "
        "short spikes; whole plants gave more methyl chavicol, flower spikes more linalool.",
    ),
    (
        "pFo036",
        "en",
        "tarla_basil",
        "Choosing basil varieties for essential oil yield",
        "Comparison of sweet, holy and lemon basil: oil sits in glandular trichomes, yield depends on genetics, growth "
        "stage (highest at flowering), warm sunny climate, nutrition and distillation method.",
    ),
]

OFFERS += [
    (
        "pFo037",
        "en",
        "ashs_holy",
        "Holy basil variety evaluation for oil and eugenol",
        "Fourteen holy basil varieties grown over two seasons differed in harvest weight, oil yield and eugenol; USDA "
        "accession PI 288779 gave the best overall yield, oil content and eugenol. Seed and data shared.",
    ),
    (
        "pFo038",
        "vi",
        "huongnhu",
        "Nghiên cứu thành phần hóa học tinh dầu hương nhu tía",
        "Khóa luận ĐH Sư phạm Huế chưng cất và phân tích tinh dầu hương nhu tía (Ocimum tenuiflorum) trồng ở Thừa Thiên "
        "Huế; cung cấp quy trình cất và dữ liệu thành phần.",
    ),
    (
        "pFo039",
        "vi",
        "brvt_gung",
        "Tập huấn mô hình trồng gừng trong bao",
        "Chọn gừng già trên 8 tháng, ủ nứt mầm, 1 kg giống trồng 15-20 bao; bao xi măng đục 2 lỗ đáy; đất trộn 50% đất "
        "với 50% phân chuồng hoai và vỏ trấu; sau 40 ngày bón 1 muỗng NPK, 2 tháng sau bón lại; 7-8 tháng thu "
        "1,5-2 kg củ mỗi bao.",
    ),
    (
        "pFo040",
        "vi",
        "parkhome_gung",
        "Kỹ thuật trồng gừng trong bao xi măng ít sâu bệnh",
        "Chọn gừng trâu già trên 10 tháng tuổi, sạch bệnh, ủ nơi râm tưới cho nhú mầm; 1 kg giống trồng 15-17 bao; đất "
        "tơi xốp thoát nước; trồng trong bao cách ly mầm bệnh thối củ từ đất.",
    ),
    (
        "pFo041",
        "vi",
        "vomong_gung",
        "Quy trình trồng gừng bao cho hộ ít đất ít vốn",
        "Giống gừng trâu sạch bệnh; bao đặt cây cách cây 30 cm, hàng cách hàng 40-50 cm; hom đặt sâu 5-7 cm, phủ đất "
        "mịn; đất tơi xốp giữ ẩm nhưng không úng.",
    ),
    (
        "pFo042",
        "vi",
        "blog_gung_ruong",
        "Kỹ thuật trồng gừng ngoài ruộng",
        "Miền Nam trồng đầu mùa mưa tháng 4-5, thu sau 8-10 tháng; lên luống rộng 1,2-1,5 m, cao 35-40 cm, hàng cách "
        "hàng 30 cm, cây cách cây 20 cm; tránh đất sét nặng nhiễm phèn; luân canh, tiêu hủy cây bệnh.",
    ),
    (
        "pFo043",
        "en",
        "gwg_ginger_bag",
        "Grow-bag ginger kit for small yards",
        "Kit of sturdy 5-gallon bags with drainage holes, pre-sprouted rhizomes with visible buds, well-draining potting "
        "mix with compost and a watering guide; bags can be moved as weather changes.",
    ),
    (
        "pFo044",
        "en",
        "hae_ginger",
        "Container ginger growing guide",
        "Containers at least 30 cm deep and 50 cm wide with drainage; compost-rich mix at pH 6.0-7.0; rhizomes 5-8 cm "
        "deep; 20-30°C; balanced liquid feed every 2-4 weeks and mulch to hold moisture.",
    ),
    (
        "pFo045",
        "en",
        "daisy_ginger",
        "Potting mix recipe and watering for ginger in containers",
        "Grower's recipe: 70% compost, 10% coconut coir for moisture and 20% soil; plant 1 inch deep, water lightly "
        "until shoots appear after two weeks, then water heavily; shade against leaf burn.",
    ),
    (
        "pFo046",
        "vi",
        "wikifarm_gung",
        "Cách trồng gừng trong thùng xốp trên sân thượng",
        "Hướng dẫn trồng gừng (Zingiber officinale) trong thùng xốp: chọn củ có mầm, đất tơi xốp, đục lỗ thoát nước, tưới "
        "giữ ẩm; cây cao tới 1,5 m khi chăm tốt.",
    ),
    (
        "pFo047",
        "en",
        "zac_ginger",
        "Ginger in pails with organic fertiliser",
        "Trial planting of ginger in pails: garden soil enriched with half a kilo of organic fertiliser gave robust "
        "three-month plants expected to yield four months later; immature rhizomes can be sold for pickles.",
    ),
    (
        "pFo048",
        "vi",
        "ledinhthang_nghe",
        "Cung cấp giống và quy trình trồng nghệ vàng",
        "Đất cát pha tơi xốp, cao ráo; cây giống là cây một năm đã qua giai đoạn tạo củ và tàn lụi; củ giống bánh tẻ "
        "0,20-0,25 kg có 3-4 củ nhỏ, cắt thân cách củ 10-20 cm, xử lý chế phẩm sinh học, để nơi râm.",
    ),
]

OFFERS += [
    (
        "pFo049",
        "vi",
        "brvt_nghe",
        "Quy trình kỹ thuật trồng nghệ vàng",
        "Nghệ ưa 20-25°C, mưa 2.000-2.500 mm/năm, ẩm không khí 80-85%, đất cao ráo thoát nước pH 6,5-7; đất cát pha "
        "đồng bằng hoặc thịt nhẹ đều trồng được; hướng dẫn chọn cây giống và chuẩn bị củ.",
    ),
    (
        "pFo050",
        "vi",
        "thanhhoa_nghe",
        "Mô hình trồng nghệ vàng dược liệu xen canh",
        "Nghệ vàng dễ trồng, trồng thành bãi riêng hoặc xen dưới tán cao su, thanh long, mía, cây ăn quả; hướng dẫn chọn "
        "đất, chọn giống và chăm sóc để chuyển đổi cây trồng kém hiệu quả.",
    ),
    (
        "pFo051",
        "vi",
        "nghe_do",
        "Kỹ thuật trồng nghệ đỏ năng suất cao",
        "Hướng dẫn chuẩn bị, trồng và chăm sóc nghệ đỏ giàu curcumin; trên đất trồng keo, thu nhập từ nghệ đỏ cao gấp "
        "khoảng 10 lần so với keo.",
    ),
    (
        "pFo052",
        "vi",
        "ind_turmeric",
        "Gói kỹ thuật canh tác nghệ ngoài ruộng",
        "Luống rộng 1-1,5 m, cao 15 cm, cách nhau 50 cm, hốc 25 x 30 cm hoặc vồng cách 45-60 cm; bón 40 tấn phân chuồng/ha; "
        "phủ lá xanh 12-15 tấn/ha hai lần; củ luộc phơi lớp dày 5-7 cm.",
    ),
    (
        "pFo053",
        "en",
        "xcrops_turmeric",
        "Improved turmeric varieties and seed rhizome supply",
        "Supply of cultivars such as Suvarna, Suguna, Prabha, Prathibha, Roma and Alleppey Supreme; whole or split mother "
        "and finger rhizomes, 2,500 kg per hectare; sandy or clay loam, pH 4.5-7.5.",
    ),
    (
        "pFo054",
        "en",
        "agrih_turmeric",
        "High-curcumin turmeric varieties and intercropping advice",
        "Varieties with more than 5% curcumin and lemon or orange-yellow flesh are preferred in export markets; turmeric "
        "can be intercropped with coconut, areca nut, mango or jackfruit and rotated with paddy.",
    ),
    (
        "pFo055",
        "en",
        "tk_turmeric",
        "Turmeric cultivation advisory for higher yields",
        "Advisory on warm humid sites, 20-30°C and 1,500 mm rain or irrigation, raised beds 15 cm high and 1 m wide; "
        "yields of 8,000-10,000 kg per acre, up to 12,000 kg with heavy manuring and irrigation.",
    ),
    (
        "pFo056",
        "vi",
        "rangsit_curc",
        "Chiết curcuminoid bằng ethanol có hỗ trợ siêu âm",
        "ĐH Rangsit tối ưu chiết từ bột nghệ: ethanol 80% kết hợp siêu âm 15 phút cho 13,31 mg curcuminoid/g; HPLC tách "
        "curcumin, demethoxycurcumin và bisdemethoxycurcumin.",
    ),
    (
        "pFo057",
        "en",
        "pjbt_curc",
        "Comparison of curcumin extraction routes",
        "Lab compared Soxhlet (6.9% yield) with microwave (3.72%), ultrasound (3.92%) and enzyme-assisted (4.1%) "
        "extraction, confirmed by UV-vis and HPLC; modern routes save time and energy.",
    ),
    (
        "pFo058",
        "en",
        "ntro_curc",
        "Curcumin extraction and purification technologies",
        "Overview and consulting on solvent maceration, Soxhlet, ultrasound and supercritical CO2 extraction of "
        "curcuminoids (3-5% of turmeric), followed by crystallisation and chromatography for high-grade curcumin.",
    ),
    (
        "pFo059",
        "vi",
        "memart_nghe",
        "Dây chuyền sản xuất bột và tinh bột nghệ",
        "Từ nghệ tươi: rửa, xay, ép, lắng nhiều lần bỏ tinh dầu và nhựa để ra tinh bột nghệ; sấy lạnh hoặc sấy phun, ly "
        "tâm, đóng gói. Phân biệt bột nghệ còn dầu, xơ với tinh bột nghệ mịn giữ curcumin.",
    ),
    (
        "pFo060",
        "vi",
        "kynuoi_nghe",
        "Máy xay và máy sấy bột nghệ quy mô hộ",
        "Cơ sở chế biến ở Quỳnh Vinh đầu tư trên 20 triệu đồng máy xay và máy sấy; vụ qua chế biến hơn 10 tấn nghệ tươi "
        "ra 6 tạ tinh bột, bán 350-400 nghìn đồng/kg; chia sẻ kinh nghiệm và cung cấp máy.",
    ),
]

OFFERS += [
    (
        "pFo061",
        "en",
        "ntro_curc2",
        "Turmeric pre-treatment: curing, mechanical drying and fine grinding",
        "Service covering harvest sorting of mother and finger rhizomes, washing, curing by boiling or steaming to set "
        "colour, controlled mechanical drying instead of slow sun drying, and grinding to fine powder before extraction.",
    ),
    (
        "pFo062",
        "en",
        "mkb_turmeric",
        "Turmeric rhizome quality screening for curcumin and oil",
        "Screening of turmeric lots and varieties: curcumin ranges 1.8-5.4% and essential oil 2.5-7.2% depending on "
        "variety; advice on seed treatment and planting in April-June for a 6-8 month crop.",
    ),
    (
        "pFo063",
        "en",
        "popuri_curc",
        "Solvent selection for curcumin extraction from turmeric roots",
        "Vignan University project with a natural colour maker: compared solvents such as acetone and ethanol to find "
        "extraction weight, optimum parameters and best-yield solvent for curcumin.",
    ),
    (
        "pFo064",
        "vi",
        "ntro_best",
        "Tư vấn chọn phương pháp chiết curcumin từ nghệ",
        "So sánh ngâm chiết bằng ethanol hoặc acetone (rẻ, chậm, dễ phân hủy curcumin), Soxhlet (hiệu suất cao nhưng tốn "
        "năng lượng), chiết vi sóng và siêu âm (nhanh, ít dung môi); yếu tố chính là dung môi, nhiệt độ, thời gian, cỡ hạt.",
    ),
    (
        "pFo065",
        "vi",
        "ahrd_bot",
        "Quy trình sản xuất bột gia vị bằng sấy hồng ngoại",
        "Trung tâm Nghiên cứu và Phát triển Nông nghiệp Công nghệ cao xây dựng quy trình sấy hồng ngoại cho bột hương thảo, "
        "gừng, tỏi, ớt sừng và sả, giảm hoạt độ nước, hạn chế mất hoạt chất và biến màu Maillard.",
    ),
    (
        "pFo066",
        "vi",
        "cuongthinh_ot",
        "Máy sấy ớt và dây chuyền ớt khô, ớt bột",
        "Dây chuyền chọn, rửa, chần, sấy, đóng gói; chần hơi hoặc nước sôi 4-6 phút ở khoảng 80°C để diệt enzyme "
        "peroxydase, polyphenoloxydase giữ màu; ớt sấy là bán thành phẩm làm ớt bột.",
    ),
    (
        "pFo067",
        "vi",
        "tieuso",
        "Quy trình sơ chế tiêu sọ và thu tinh dầu tiêu",
        "Nông hộ: ngâm tiêu tươi 90-100°C 11-13 phút, máy đánh vỏ, phơi đến ẩm 11-12%, dung trọng từ 630. Công nghiệp: "
        "hơi nóng 120°C khoảng 120 phút bóc vỏ và thu tinh dầu tiêu qua chưng cất; sấy 50-60°C đến ẩm 12%.",
    ),
    (
        "pFo068",
        "en",
        "bala_chili",
        "Solar tunnel dryer for red and green chillies",
        "Mixed-mode forced-convection dryer with plastic-covered collector and two PV-powered fans, loading 80 kg fresh "
        "chilli; red chilli dried in 20 h against 32 h in the sun, with better colour and pungency; blanching advised.",
    ),
    (
        "pFo069",
        "vi",
        "parc_chili",
        "Máy sấy ớt đường hầm năng lượng mặt trời và kết hợp gas",
        "Thiết kế của PARC Umerkot: ẩm ớt đỏ giảm từ 80% xuống 10-12% trong 63 giờ (đường hầm mặt trời) và 54 giờ (mặt "
        "trời kết hợp gas) so với 81 giờ phơi nắng; loại đối lưu tự nhiên nhỏ cho nông hộ.",
    ),
    (
        "pFo070",
        "en",
        "pa_chilli",
        "Choosing a dryer for chillies: sun, cabinet solar or chimney dryer",
        "Practical Action brief: fully and quickly dried chilli avoids mould, which can halve the sale value; cover "
        "drying chilli with gauze and dry in shade to keep red colour; solar and artificial dryer options compared.",
    ),
    (
        "pFo071",
        "en",
        "inflib_chili",
        "Chilli cleaning and washing before drying",
        "Course notes: harvest only reddening chilli, winnow dust and stones (one worker cleans about 100 kg a day), wash "
        "in 15 L buckets or a 1 m3 concrete basin with regularly changed potable water, then dry promptly.",
    ),
    (
        "pFo072",
        "en",
        "mysheen_ginger",
        "Production of dried ginger slices",
        "Fresh ginger washed, scraped, cut into 1 cm slices and dried on racks or in a drying room with high then medium "
        "and low heat until crisp at 12-13% moisture; 100 kg fresh gives 13-18 kg dried slices; packed sealed.",
    ),
]

OFFERS += [
    (
        "pFo073",
        "en",
        "kakprosto_ginger",
        "Low-temperature ginger drying and grinding",
        "Peel thinly because aroma oils sit just under the skin, slice thin, dry at no more than 50°C for two hours with "
        "the door ajar, then up to 70-75°C until brittle; cool and grind in a mill or mortar.",
    ),
    (
        "pFo074",
        "en",
        "afla_chili",
        "Aflatoxin risk assessment of sun-dried chillies",
        "Study tracked aflatoxin through on-farm sun drying: moisture fell from 69.7% to 9.87% but aflatoxin rose with "
        "drying time; advice on shortening drying to limit mycotoxins.",
    ),
    (
        "pFo075",
        "vi",
        "foodwi_ginger",
        "Hướng dẫn làm bột gừng khô quy mô nhỏ",
        "Cạo vỏ gừng bằng thìa mỏng, thái lát mỏng, trải trên giấy nến phơi hoặc sấy ấm khoảng 24 giờ đến khô giòn, bẻ "
        "nhỏ và xay thành bột, đựng lọ kín.",
    ),
    (
        "pFo076",
        "en",
        "eth_spice",
        "Microbiological testing of spices",
        "Laboratory panel used on 162 samples of 25 spices: heterotrophic plate count, coliforms by NMKL 44, "
        "thermotolerant coliforms, E. coli, S. aureus, moulds and yeasts, and Salmonella by ES ISO 6579, judged "
        "against ICMSF limits.",
    ),
    (
        "pFo077",
        "en",
        "japan_spice",
        "Salmonella and spore monitoring for spice imports",
        "Survey of 259 samples of 40 spices: Salmonella found in one black and one red pepper; mean aerobic counts above "
        "5.39 log CFU/g in turmeric and curry powder; spores above 4.33 log. Monitoring design offered.",
    ),
    (
        "pFo078",
        "en",
        "ilsi_steam",
        "Vacuum steam pasteurisation of whole peppercorns",
        "Validated process: vacuum-assisted steam at 86.7°C product temperature achieves a 5-log Salmonella reduction in "
        "83 s on peppercorns and 70 s on cumin; Enterococcus faecium used as surrogate for plant validation.",
    ),
    (
        "pFo079",
        "en",
        "asta_micro",
        "Guidance on microbiology of spices and testing programmes",
        "Trade association white paper: pathogens of concern, prevalence in raw spices grown in hot humid climates, role "
        "of microbiological testing, legal requirements and food-safety best practice.",
    ),
    (
        "pFo080",
        "en",
        "mcs_spice",
        "Microbial contamination control strategies for spices and dried herbs",
        "Consultancy on controlling Salmonella, Bacillus cereus, Clostridium perfringens, S. aureus and Cronobacter in "
        "low-moisture spices, dried herbs and seeds; Salmonella triggers most recalls.",
    ),
    (
        "pFo081",
        "vi",
        "wasi_tieu",
        "Tư vấn giảm dư lượng thuốc bảo vệ thực vật trên hồ tiêu",
        "Trung tâm Nghiên cứu và Phát triển cây Hồ tiêu phân tích nguyên nhân tồn dư thuốc BVTV (phun từ đầu mùa mưa đến "
        "tháng 10-11, xử lý kho); khuyến cáo cho 149.000 ha tiêu và xuất khẩu tới 109 thị trường.",
    ),
    (
        "pFo082",
        "vi",
        "kinhte_che",
        "So sánh giới hạn dư lượng thuốc BVTV Việt Nam - EU cho chè",
        "Nghiên cứu đối chiếu quy định MRL thuốc BVTV trong Luật An toàn thực phẩm với mức của EU, nghiêm ngặt nhất; "
        "gợi ý chính sách và tuân thủ cho sản phẩm chè xuất khẩu.",
    ),
    (
        "pFo083",
        "en",
        "scilit_spice",
        "Microbial profile of imported spices and herbs",
        "Partial profile of spices at import: no pathogens of public-health significance, varying thermophilic "
        "sporeformers, yeasts and moulds; allspice, cassia, onion and oregano inhibit Salmonella in pre-enrichment.",
    ),
    (
        "pFo084",
        "en",
        "afdo_micro",
        "Microbiological guidelines and commercial sterilisation of spices",
        "Inspection guidance for raw and ready-to-eat foods: bacteriologically contaminated products are usually "
        "destroyed; spice firms can treat spices in-house or at commercial sterilisers.",
    ),
]

OFFERS += [
    (
        "pFo085",
        "vi",
        "congnghetp_vs",
        "Hướng dẫn xử lý thực phẩm nhiễm vi sinh",
        "Trang công nghệ thực phẩm hướng dẫn khắc phục sản phẩm hỏng và xử lý thực phẩm nhiễm vi sinh vật.",
    ),
    (
        "pFo086",
        "vi",
        "thienphu_tra",
        "Máy và dây chuyền sản xuất trà thảo mộc túi lọc",
        "Cung cấp thiết bị và quy trình làm trà thảo mộc túi lọc từ hoa, lá, rễ, hạt: sơ chế, sấy, nghiền, phối trộn, "
        "đóng túi lọc; trà không caffeine, tiện dùng.",
    ),
    (
        "pFo087",
        "vi",
        "tra_tm_blog",
        "Quy trình sản xuất trà thảo mộc đạt chuẩn chất lượng",
        "Thu hái từ vùng trồng sạch đúng mùa vụ, hái tay; sơ chế làm sạch, phân loại, cắt nhỏ; sấy khô để bảo quản và giữ "
        "dược tính; đóng gói kín.",
    ),
    (
        "pFo088",
        "vi",
        "tansao_kho",
        "Tư vấn các phương pháp làm khô dược liệu",
        "Phơi nắng 8-10 giờ sáng đến chiều, lật 2-3 giờ/lần; sấy bằng máy sấy thực phẩm ở nhiệt vừa phải; sấy lò; sấy "
        "lạnh cho dược liệu nhạy nhiệt, giữ hương và hoạt chất nhưng đầu tư cao.",
    ),
    (
        "pFo089",
        "vi",
        "healthytea_dry",
        "Hướng dẫn nhiệt độ sấy dược liệu",
        "Dược liệu chứa tinh dầu sấy không quá 40°C; dược liệu chứa alkaloid, glycosid, chất nhầy, saponin sấy 50-60°C; "
        "quả mọng sấy nhẹ trước rồi 70-80°C; trải mỏng, tránh nắng trực tiếp, bảo quản nơi tối mát.",
    ),
    (
        "pFo090",
        "en",
        "cfw_dry",
        "Fans and dehumidifiers for herb and tea drying rooms",
        "Supplier of air technology for forced-air herb drying: reversible impeller fans, humidifiers and dehumidifiers; "
        "good air flow allows lower drying temperatures that keep colour, flavour and essential oils.",
    ),
    (
        "pFo091",
        "en",
        "nonglam_tea",
        "Tea bag production steps",
        "From harvesting, withering, cutting and crushing to screening to about 1.4 mm particles, drying to a moisture "
        "standard, flavouring and packing in filter bags.",
    ),
    (
        "pFo092",
        "en",
        "trantor_tea",
        "Small-batch drying of tea herbs",
        "Dry 4-6 inch sprigs in a single layer in a food dehydrator for several hours, or in an oven at 100-125°F with "
        "the door ajar; strip leaves when chip dry, store airtight and check for condensation within 24 hours.",
    ),
    (
        "pFo093",
        "vi",
        "tra_sach_online",
        "Quy trình làm trà thuốc dạng hạt và dạng viên",
        "Trà hạt: nghiền 10-20% nguyên liệu thành bột, nấu cô phần còn lại, trộn tạo hạt, sấy ở 60-80°C, đóng túi "
        "polyethylen; trà viên sấy từ từ rồi nâng lên 70-80°C tránh nứt.",
    ),
    (
        "pFo094",
        "vi",
        "thuocchuabenh_tra",
        "Cách chế biến trà thuốc dạng bột",
        "Dược liệu phơi khô giã thô qua 14-20 lần sàng, trộn đều bằng máy, chia túi chống ẩm hoặc polyethylen, bảo quản "
        "khô thoáng, tránh vón cục.",
    ),
    (
        "pFo095",
        "en",
        "askvity_tea",
        "Herbal tea processing centred on controlled drying",
        "Each herb is dried at the temperature and humidity that best keeps its volatiles, removing water slowly; "
        "followed by cleaning, cutting and sifting, optional blending and packing away from light and air.",
    ),
    (
        "pFo096",
        "en",
        "experts_tea",
        "Drying herbs for tea at home scale",
        "Quick-dry herbs on a mesh rack in an oven at 100-125°F with the door propped, or air dry in perforated paper "
        "bags away from sunlight; more heat destroys the oils.",
    ),
]

OFFERS += [
    (
        "pFo097",
        "vi",
        "tcvn9650",
        "Tư vấn áp dụng TCVN 9650:2013 về bao gói và bảo quản tinh dầu",
        "Tiêu chuẩn tương đương ISO/TR 210:1999 quy định bao bì không làm biến đổi tinh dầu, bảo vệ khỏi tác động bên "
        "ngoài; khuyến cáo vật liệu bao bì theo mục đích thực phẩm, dược phẩm, mỹ phẩm, nguyên liệu công nghiệp.",
    ),
    (
        "pFo098",
        "en",
        "msds_eo",
        "Safety data sheets and flash point testing for essential oils",
        "SDS and label authoring for essential oil firms; flash point testing shows whether small consumer packs qualify "
        "for exemptions, e.g. US rules for liquids above 37.8°C in packaging up to 450 L, ADR above 35°C.",
    ),
    (
        "pFo099",
        "en",
        "loveeno_ship",
        "International shipping of essential oils as Class 3 flammable liquids",
        "Logistics partner handles UN-approved packaging, IATA hazmat declarations and carrier approvals; packaging "
        "costs 15-30% more and documents USD 50-150 per shipment; many carriers cap quantities.",
    ),
    (
        "pFo100",
        "en",
        "arovela_gcms",
        "Lot-specific GC-MS testing from an ISO 17025 laboratory",
        "GC-MS reports with chromatogram, compound table and method header; flags synthetic markers, odd ratios and "
        "missing peaks; chiral GC and isotope-ratio MS for high-value oils; build a reference library per supplier.",
    ),
    (
        "pFo101",
        "vi",
        "aromahead_gcms",
        "Kiểm nghiệm GC/MS từng lô tinh dầu cho nhà cung cấp",
        "Mỗi lô tinh dầu mua từ cơ sở chưng cất đều được phân tích GC/MS và công bố kết quả; chi phí khoảng 75 USD mỗi "
        "loại dầu, do nhà cung cấp trả cho cả lô.",
    ),
    (
        "pFo102",
        "en",
        "aroma_q",
        "Essential oil adulteration screening and quality markers",
        "Guidance and testing on dilution with carrier oils, synthetic extenders and substitution; reading GC/MS "
        "reports, purity indicators and supplier evaluation.",
    ),
    (
        "pFo103",
        "en",
        "chuse_esa",
        "Compliance support for the European black pepper quality standard",
        "Explains the European Spice Association quality minima for black pepper, extraneous matter definitions and "
        "GAP/GMP principles to prevent adulteration, contamination and microbial growth.",
    ),
    (
        "pFo104",
        "en",
        "iso959",
        "ISO 959-1:2026 black pepper specification",
        "Standard for whole or ground black pepper at non-processed, semi-processed and processed stages, excluding "
        "light pepper, with annexes on storage and transport and berry microscopy.",
    ),
    (
        "pFo105",
        "en",
        "esa_qmd",
        "ESA Quality Minima Document for herbs and spices",
        "Specifications for sampling, contaminants and residues, purity and sensory properties, with chemical and "
        "physical parameters, recommended analytical methods and EU legal requirements for herbs and spices.",
    ),
    (
        "pFo106",
        "en",
        "leafcon_codex",
        "Codex quality factors for black, white and green pepper",
        "Definitions by processing (threshing, soaking, blanching, drying, decorticating, grinding), styles whole, "
        "cracked, ground, and colour and sensory requirements free from mouldy or rancid odours.",
    ),
    (
        "pFo107",
        "vi",
        "wnm_gcms",
        "Dịch vụ phân tích GC/MS tinh dầu và giải thích giới hạn",
        "Mẫu tinh dầu bơm vào cột, tăng nhiệt dần, đầu dò ghi các đỉnh tỷ lệ với hàm lượng từng cấu tử; giúp khách hàng "
        "đọc kết quả và hiểu GC/MS chưa đủ để kết luận chất lượng.",
    ),
    (
        "pFo108",
        "en",
        "naturas_un",
        "UN-certified 1B1 aluminium cans for air-shipping essential oils",
        "1B1/X1.2 UN aluminium can of 1,250 ml with tamper-evident cap and inner plug limiting pressure leaks; packed to "
        "IATA packing instructions with English SDS and declaration.",
    ),
]

OFFERS += [
    (
        "pFo109",
        "en",
        "kitchen_dg",
        "Briefing on essential oils as dangerous goods",
        "Overview of when essential oils count as dangerous goods: composition, concentration and use decide; some oils "
        "are flammable, irritant or toxic, and regulatory frameworks govern classification and handling.",
    ),
    (
        "pFo110",
        "vi",
        "flawless_ship",
        "Phân loại tinh dầu khi vận chuyển theo điểm chớp cháy",
        "Theo hướng dẫn UN và IATA, tinh dầu có điểm chớp cháy dưới 60,5°C là chất lỏng dễ cháy; ngoài ra xét tính ăn "
        "mòn, độc; tư vấn đóng gói, dán nhãn, thực hành vận chuyển an toàn.",
    ),
    (
        "pFo111",
        "vi",
        "codex_spice",
        "Thông tin tiêu chuẩn quốc tế cho gia vị và rau thơm",
        "Tài liệu của Ban kỹ thuật ISO/TC 34/SC 7 gửi Ủy ban Codex về gia vị và rau thơm (CCSCH) tóm tắt các tiêu chuẩn "
        "ISO đang xây dựng, hỗ trợ phối hợp và gỡ rào cản thương mại.",
    ),
    (
        "pFo112",
        "en",
        "msm_soap",
        "Essential oil usage rates for cold process soap",
        "Soapmaking educator: fragrances run 0.5-5% of most cosmetics; for wash-off cold process soap use 2-4% of the "
        "soaping oils by weight (e.g. 3% of 4 oz = about 3.5 g), checked against IFRA limits per oil.",
    ),
    (
        "pFo113",
        "en",
        "lovely_soap",
        "Usage chart for essential oils in handmade soap",
        "Chart of common essential oils with maximum percentage, ounces, grams and teaspoons per one-pound batch; "
        "recommends essential oils stay at or below 3% of the recipe excluding water; allergen notes.",
    ),
    (
        "pFo114",
        "vi",
        "xp101",
        "Hướng dẫn cơ bản làm xà phòng thiên nhiên",
        "Xà phòng tạo từ phản ứng kiềm với dầu mỡ và nước: NaOH cho xà phòng cục, KOH cho xà phòng lỏng; dùng dầu thực "
        "vật ép lạnh; phân biệt nấu nóng, nấu nguội và đổ khuôn glycerin.",
    ),
    (
        "pFo115",
        "vi",
        "caythuoc_xp",
        "Lớp làm xà phòng handmade từ phôi",
        "Làm xà phòng từ phôi trong hoặc phôi đục mua sẵn để tránh dùng NaOH sai liều; giá phôi 130-200 nghìn đồng/kg; "
        "thêm tinh dầu, màu theo ý muốn.",
    ),
    (
        "pFo116",
        "vi",
        "congbomp_xp",
        "Tư vấn công bố mỹ phẩm cho xà phòng handmade",
        "Đơn vị tư vấn công bố mỹ phẩm giới thiệu thị trường xà phòng handmade: khoảng 80% thành phần là dầu, bơ thực vật, "
        "thêm tinh dầu và xút; hỗ trợ hồ sơ công bố sản phẩm.",
    ),
    (
        "pFo117",
        "en",
        "biol_citro",
        "Topical citronella repellent formulation guidance",
        "Dilute citronella into a carrier oil at about 2.5% (15 drops per 30 ml of fractionated coconut, jojoba or almond "
        "oil), store in dark glass and patch test for 24 hours; candles for area protection.",
    ),
    (
        "pFo118",
        "vi",
        "hln_citro",
        "Kem đuổi muỗi sả citronella tác dụng kéo dài",
        "Nghiên cứu bào chế: tinh dầu sả trong nền lotion bảo vệ tới 4,8 giờ ở nồng độ cao nhất; thêm chất định hương "
        "vanillin và chất mang beta-cyclodextrin làm chậm bay hơi.",
    ),
    (
        "pFo119",
        "en",
        "diy_citro",
        "Citronella spray and lotion recipes",
        "Spray: 2 oz of base (witch hazel, alcohol or oil) with 60 or 120 drops of citronella for 5% or 10%; lotion by "
        "whisking 2 oz water with 2 oz oil and 120 drops; reapply every 30-60 min.",
    ),
    (
        "pFo120",
        "en",
        "remedy_citro",
        "Citronella oil supply for repellent products",
        "Supplier of pure citronella oil (citronellal, citronellol, geraniol), registered as an insect repellent in the "
        "US since 1948 and classed by EPA as a non-toxic biopesticide; effective against Aedes aegypti.",
    ),
]

OFFERS += [
    (
        "pFo121",
        "vi",
        "pestvn_blend",
        "Công thức phối trộn tinh dầu đuổi muỗi hiệu quả",
        "Tinh dầu sả chứa citronellal 32-45%, sả chanh và oải hương có geraniol, linalool; công thức 0,4 ml sả, 1,3 ml "
        "sả chanh, 0,3 ml oải hương cho 2 ml tinh dầu được đánh giá đuổi muỗi tốt nhất; thay DEET, permethrin.",
    ),
    (
        "pFo122",
        "vi",
        "pestvn_tram",
        "Giải pháp đuổi muỗi bằng dầu tràm",
        "Dầu tràm gió chứa cineole 40-50% cùng alpha-terpineol, limonene tạo lá chắn mùi đuổi muỗi; hướng dẫn cách dùng "
        "xông, thoa, pha xịt và lưu ý an toàn.",
    ),
    (
        "pFo123",
        "vi",
        "dongquan_muoi",
        "Tinh dầu đuổi muỗi thiên nhiên thương phẩm",
        "Doanh nghiệp cung cấp tinh dầu đuổi muỗi thay nhang muỗi và thuốc xịt chứa DEET hoặc permethrin; phù hợp mùa "
        "sốt xuất huyết; nhận phân phối sỉ.",
    ),
    (
        "pFo124",
        "en",
        "alembic_hyd",
        "Turning distillation floral water into toners and lotions",
        "Hydrolats form when part of the oil dissolves in the condensed water; used as air fresheners, skin cleansers "
        "and toners, natural perfume blends and aromatic baths. Alembic stills supplied.",
    ),
    (
        "pFo125",
        "en",
        "plantspower_hyd",
        "Hydrosols as water replacement in creams and mists",
        "Hydrosols contain plant acids and water-soluble compounds; mixed into creams and lotions in place of water, "
        "used as facial mists and toners, and in desserts for rose and lavender waters.",
    ),
    (
        "pFo126",
        "vi",
        "hydrosol_lex",
        "Tận dụng nước cất (hydrosol) từ chưng cất tinh dầu",
        "Hydrosol là phần nước thu được khi chưng cất, chứa chất tan trong nước và vi lượng tinh dầu, pH khoảng 3-6; dùng "
        "làm toner, xịt khoáng, sản phẩm tắm, xả tóc; hạn dùng vài tháng đến 2 năm.",
    ),
    (
        "pFo127",
        "en",
        "anveya_citro",
        "Citronella oil ingredient for repellent product lines",
        "Citronella oil, yellowish-brown with geraniol and citronellal, used in foods, cleaning products, soaps and most "
        "natural repellent brands as lotions, sprays, candles and wristbands.",
    ),
    (
        "pFo128",
        "vi",
        "farmtech_sa",
        "Bao tiêu sả cây tươi xuất khẩu",
        "Công ty thu mua sả trắng tươi theo hợp đồng ở An Giang với giá 4.500 đồng/kg, năng suất khoảng 3 tấn/công; nhận "
        "thêm vùng trồng mới.",
    ),
    (
        "pFo129",
        "vi",
        "tcvn11883",
        "Tiêu chuẩn TCVN 11883:2017 tinh dầu oải hương",
        "Tiêu chuẩn quốc gia quy định đặc tính tinh dầu oải hương tự nhiên và oải hương nhân giống vô tính (Lavandula "
        "angustifolia) có nguồn gốc khác nhau.",
    ),
    (
        "pFo130",
        "vi",
        "dauduoa",
        "Thực hành khai thác dầu dừa thô bằng phương pháp ướt",
        "Bài thực hành ép và tách dầu dừa theo phương pháp ướt; dầu dừa giàu acid lauric 47,5%, myristic 18,1%; kiểm tra "
        "chất lượng dầu thô.",
    ),
    (
        "pFo131",
        "vi",
        "ifd_starch",
        "Dây chuyền sản xuất tinh bột sắn",
        "Quy trình từ thu hoạch, rửa, gọt vỏ, nghiền củ sắn đến ngâm, tách và sấy tinh bột sắn công nghiệp.",
    ),
    (
        "pFo132",
        "vi",
        "khoaimi",
        "Công nghệ sản xuất tinh bột khoai mì",
        "Tài liệu về nguyên liệu khoai mì (HCN dưới hoặc trên 50 mg/kg, tinh bột trên 20%) và các công đoạn sản xuất tinh "
        "bột khoai mì.",
    ),
]

OFFERS += [
    (
        "pFo133",
        "vi",
        "nt_caphe",
        "Bài giảng công nghệ chế biến chè, cà phê, ca cao, hạt điều",
        "Giáo trình ĐH Nha Trang: sản xuất chè đen, chè xanh, chè túi lọc, cà phê nhân, cà phê rang xay và hòa tan, bơ và "
        "bột ca cao, nhân điều.",
    ),
    (
        "pFo134",
        "vi",
        "haccp_bia",
        "Xây dựng hệ thống HACCP cho nhà máy bia chai",
        "Đề tài áp dụng 12 bước HACCP cùng GMP, SSOP cho nhà máy sản xuất bia chai từ malt, hoa houblon, nấm men.",
    ),
    (
        "pFo135",
        "vi",
        "donglanh",
        "Công nghệ chế biến rau quả đông lạnh",
        "Quy trình lạnh đông nhãn, vải bằng hệ thống IQF, máy rửa, máy phân loại; phụ gia chống oxy hóa, bảo quản lạnh.",
    ),
    (
        "pFo136",
        "en",
        "eo_chart",
        "Essential oil therapeutic uses and properties chart",
        "Reference chart of oils such as balsam fir, sweet basil and bergamot with therapeutic uses, properties and "
        "precautions like skin patch tests and avoiding use in pregnancy.",
    ),
    (
        "pFo137",
        "en",
        "turm_skin",
        "Review of turmeric and curcumin effects on skin health",
        "Systematic review of 18 clinical studies on oral and topical turmeric for acne, psoriasis, vitiligo and other "
        "skin conditions; ten showed significant improvement.",
    ),
    (
        "pFo138",
        "vi",
        "bodcare_tra",
        "Gợi ý các loại trà giữ ấm mùa đông",
        "Trà gừng, trà quế, trà sả, trà tía tô, trà hoa cúc với gừng, trà cam thảo, vỏ quýt: tác dụng và cách pha tại nhà.",
    ),
    (
        "pFo139",
        "en",
        "ninelife_ginger",
        "Dried ginger slices for sale",
        "Packs of 250 g dried ginger slices (Rhizoma Zingiberis) for steeping in boiling water or boiling as a drink; "
        "irregular longitudinal slices, spicy aroma.",
    ),
    (
        "pFo140",
        "vi",
        "yaris_sa",
        "Tinh dầu sả chanh dùng khuếch tán thơm phòng",
        "Cửa hàng bán tinh dầu sả để khuếch tán, khử mùi phòng và ô tô, đuổi muỗi, xoa bóp; giới thiệu công dụng tinh dầu "
        "sả Java.",
    ),
    (
        "pFo141",
        "en",
        "lush_basil",
        "Basil oil as a cosmetic ingredient",
        "Cosmetic brand's ingredient page: basil essential oil steam distilled from leaves of Ocimum basilicum, used in "
        "its fresh handmade products.",
    ),
    (
        "pFo142",
        "en",
        "horse_basil",
        "Basil essential oil profile for equine aromatherapy",
        "Profile of basil oil from flowering tops and leaves: camphorous, licorice-like scent; beta-caryophyllene, "
        "linalool, eugenol and methyl chavicol; use with horses.",
    ),
    (
        "pFo143",
        "vi",
        "ngathuong",
        "Phân phối máy xông tinh dầu và nến thơm",
        "Nhà phân phối sỉ lẻ tinh dầu xông thơm phòng, tinh dầu massage, máy xông, sáp thơm và phụ kiện.",
    ),
    (
        "pFo144",
        "en",
        "vietbio",
        "Retail natural essential oils and home-care products",
        "Ho Chi Minh City brand selling essential oils and family home-care products made from natural extracts.",
    ),
]

OFFERS += [
    (
        "pFo145",
        "vi",
        "topcargo_buoi",
        "Xuất khẩu bưởi da xanh trái tươi",
        "Dịch vụ vận chuyển và xuất khẩu bưởi da xanh ruột hồng gốc Phước Mỹ Trung, Mỏ Cày Bắc; giá trị xuất khẩu hơn "
        "25 triệu USD; hướng dẫn bảo quản trái.",
    ),
    (
        "pFo146",
        "en",
        "cfw_dry",
        "Black tea withering and drying equipment",
        "Bed-plate dryers with fans and heaters for black tea, drying leaf to 2-3% moisture at about 100°C (80-110°C "
        "acceptable); withering fans for tea factories.",
    ),
    (
        "pFo147",
        "en",
        "wikihow_citro",
        "Citronella candles and garden torches",
        "Java and Ceylon citronella products for area protection: candles around porches, oil torches in gardens, soaps "
        "and wristbands; short-lived effect compared with DEET.",
    ),
    (
        "pFo148",
        "vi",
        "nghe_den",
        "Kỹ thuật trồng nghệ đen (nga truật)",
        "Nghệ đen chứa 86% tinh bột, 1,5% tinh dầu, bột bán khoảng 180.000 đồng/kg; chọn củ non 2-3 mắt mầm, kỹ thuật "
        "nhân giống cho vùng Tây Bắc.",
    ),
    (
        "pFo149",
        "en",
        "ginger3steam",
        "Steamed and sun-dried ginger powder home remedy",
        "Old ginger sliced, steamed 15 minutes and sun dried, repeated up to nine times until dark, then ground for "
        "ginger-brown-sugar tea.",
    ),
    (
        "pFo150",
        "en",
        "citrus_ng",
        "Essential oil from orange, lemon and lime peels",
        "Steam distillation of Nigerian citrus peels: orange gave 20 ml, lemon 7 ml and lime 5 ml at 180 min from 370 g; "
        "GC-MS found D-limonene 54% in orange and 64% in lemon oil.",
    ),
    (
        "pFo151",
        "vi",
        "camsanh",
        "Khảo sát chưng cất tinh dầu vỏ cam sành",
        "Đề cương ĐH Nông Lâm TP.HCM khảo sát các yếu tố ảnh hưởng đến chưng cất lôi cuốn hơi nước tinh dầu cam sành "
        "(Citrus sinensis), tổng quan tiêu chuẩn quốc gia về tinh dầu.",
    ),
    (
        "pFo152",
        "vi",
        "tdt_blog",
        "Bán lẻ tinh dầu tràm cho mẹ và bé",
        "Tinh dầu tràm giá 120.000 đồng/lọ 10 ml, giao toàn quốc, dùng pha nước tắm, thoa phòng ho cho trẻ.",
    ),
    (
        "pFo153",
        "vi",
        "ngocanh_tram",
        "Chuyên khảo dược liệu tràm tại nhà thuốc",
        "Thông tin danh pháp Melaleuca leucadendra, M. cajuputi, phân bố cây tràm, lịch sử khai thác dầu khuynh diệp và "
        "các sản phẩm chứa tinh dầu tràm bán tại nhà thuốc.",
    ),
    (
        "pFo154",
        "vi",
        "nuocgiat",
        "12 công thức sản xuất nước giặt đậm đặc",
        "Các bước, quy trình, nguyên liệu và hóa chất để sản xuất nước giặt đậm đặc.",
    ),
    (
        "pFo155",
        "vi",
        "tv_duahuuco",
        "Phát triển vùng dừa hữu cơ Trà Vinh",
        "Tỉnh Trà Vinh đặt mục tiêu 8.000 ha dừa hữu cơ, trong đó 6.000 ha có chứng nhận đạt chuẩn đến năm 2025.",
    ),
    (
        "pFo156",
        "vi",
        "tv_cacao",
        "Trồng ca cao xen dừa có doanh nghiệp bao tiêu",
        "Hàng trăm nhà vườn Trà Vinh trồng ca cao xen dừa, trái ca cao được doanh nghiệp trong tỉnh thu mua ổn định.",
    ),
    (
        "pFo157",
        "en",
        "kshrey",
        "Traditional deg and bhapka attar distillation",
        "Copper degs of 10-160 kg heated by wood or dung fire, bamboo condenser to a copper receiver cooled in water; "
        "skilled operators run the stills for perfume attars.",
    ),
    (
        "pFo158",
        "vi",
        "dinhlang",
        "Trồng đinh lăng cung cấp cho phòng chẩn trị đông y",
        "Huyện Thoại Sơn có khoảng 40.000 m2 cây dược liệu, nhiều nhất đinh lăng, cung cấp cho 33 phòng chẩn trị y học "
        "dân tộc; có hợp đồng bao tiêu.",
    ),
    (
        "pFo159",
        "en",
        "tropbiotek",
        "Indonesian essential oil producer and citrus ingredient distributor",
        "Jakarta producer of natural essential oils and distributor of citrus ingredients for flavour, fragrance, personal "
        "care and industrial buyers.",
    ),
]
