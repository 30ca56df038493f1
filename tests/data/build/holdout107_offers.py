"""Offers of the holdout107 labelled set: (id, language, source key, title, description)."""

OFFERS = [
    # --- GACP, sourcing, ethnomedicine ---
    (
        "mEo001",
        "vi",
        "gacp_course",
        "Khóa đào tạo GACP-WHO cho hợp tác xã và doanh nghiệp trồng dược liệu",
        "Chương trình học trực tuyến về thực hành tốt nuôi trồng và thu hái dược liệu theo khuyến cáo WHO (ban hành 2003), "
        "gồm hai phần: nuôi trồng và thu hái, với tiêu chuẩn cho từng công đoạn từ giống, đất, phân bón, phòng trừ sâu bệnh "
        "đến sơ chế, đóng gói và bảo quản trong kho. Nội dung được xây dựng từ hợp phần phát triển chuỗi giá trị dược liệu "
        "của dự án do USAID tài trợ, bám theo Quy hoạch phát triển dược liệu (QĐ 1976/QĐ-TTg).",
    ),
    (
        "mEo002",
        "vi",
        "gacp_54",
        "Tư vấn tự đánh giá vùng trồng theo 54 tiêu chí GACP (Phụ lục II Thông tư 19/2019/TT-BYT)",
        "Nhóm giảng viên ngành dược hướng dẫn cơ sở chấm điểm vùng trồng theo bảng 54 tiêu chí chia 7 phần: nuôi trồng và thu hái, "
        "khai thác dược liệu tự nhiên, chế biến sau thu hoạch, đóng gói - ghi nhãn - bảo quản - vận chuyển, đảm bảo chất lượng, "
        "các vấn đề khác và kiểm tra nội bộ. Đầu ra là danh mục đạt/chưa đạt (chọn giống, lai lịch thực vật, địa điểm, thổ nhưỡng, "
        "tưới tiêu, thu hoạch...) để chuẩn bị hồ sơ công bố.",
    ),
    (
        "mEo003",
        "vi",
        "lmd_gacp",
        "Liên kết phát triển vùng chuyên canh dược liệu chuẩn GACP-WHO với doanh nghiệp dược",
        "Công ty dược chủ động nguồn nguyên liệu bằng cách cùng địa phương xây dựng vùng trồng theo GACP-WHO: gửi mẫu giám định loài, "
        "chọn và đánh giá nguồn giống, khảo sát đất trồng và tác động môi trường, ban hành quy định làm đất, chăm sóc, thời điểm thu hái, "
        "sơ chế và bảo quản. Doanh nghiệp quy định nhân sự, thiết bị cho từng khâu và tiếp nhận dược liệu đạt yêu cầu vào sản xuất.",
    ),
    (
        "mEo004",
        "en",
        "usacert",
        "GACP certification audits and training for medicinal-plant growers",
        "A certification body audits farms and collectors against Good Agricultural and Collection Practice, the quality-assurance "
        "system for medicinal plant material used in herbal medicines, covering cultivation, wild collection and post-harvest steps. "
        "It also runs training courses for the certificate, so a grower group can prepare before the audit and then show buyers an "
        "independent GACP certificate.",
    ),
    (
        "mEo005",
        "en",
        "ema_gacp",
        "Advice on the EU GACP guideline for herbal starting materials bound for Europe",
        "Guidance service built on the European Medicines Agency guideline on good agricultural and collection practice for starting "
        "materials of herbal origin, which sets requirements for growing, wild collection and primary processing of medicinal plants. "
        "Useful for exporters who must show EU buyers that dried herbs were produced and first-processed under the EU GACP text "
        "(current version under revision, including indoor growing).",
    ),
    (
        "mEo006",
        "en",
        "gacp_intro",
        "Training module: WHO GACP objectives, definitions and collection practice",
        "A pharmacy-education provider offers a short course on the WHO GACP guidelines of 2003: their aims (quality of raw plant "
        "material, national GACP monographs and SOPs, sustainable cultivation and collection), key definitions such as contamination, "
        "and collection rules for each plant part. It notes that 65-80% of the world's population relies on plant-based remedies.",
    ),
    (
        "mEo007",
        "vi",
        "vhh_nghe",
        "Chuyển giao mô hình trồng nghệ theo hướng GACP gắn với chiết xuất curcumin",
        "Viện Hóa học (Viện Hàn lâm KH&CN Việt Nam) triển khai dự án hơn 7 tỷ đồng (đến 2018) xây dựng vùng trồng nghệ vàng theo hướng "
        "GACP và chiết curcumin từ củ nghệ làm nguyên liệu thực phẩm chức năng. Giống nghệ được tuyển chọn cho năng suất và hàm lượng "
        "curcumin cao, hiệu quả kinh tế gấp nhiều lần lúa và rau màu; viện sẵn sàng hợp tác nhân rộng với địa phương khác.",
    ),
    (
        "mEo008",
        "en",
        "dtu_ethno",
        "University centre for research and application of ethnomedicinal plants",
        "A university research centre with laboratories and a medicinal plant garden surveys, conserves and cultivates special "
        "medicinal herbs, studies the reproduction of threatened species and works with local pharmaceutical companies to turn them "
        "into medicines for hospitals and community clinics. Its first projects include flavonoid extraction and bioactivity tests.",
    ),
]

OFFERS += [
    # --- cultivation, seedlings, propagation, biocontrol ---
    (
        "mEo009",
        "vi",
        "dl_giong",
        "Cung cấp cây giống đinh lăng và quy trình xử lý đất trồng",
        "Viện giống cung ứng bầu cây đinh lăng giống kèm hướng dẫn: cày xới đất tơi, lên luống cao 25-35 cm rộng 50 cm (đất dốc thì đào hố "
        "40x40x40 cm, cách nhau 50 cm), bón 10-15 tấn phân chuồng và 400-500 kg NPK mỗi ha, chuẩn bị đất trước ít nhất nửa tháng. "
        "Năng suất bình quân hết năm thứ ba khoảng 2-2,5 kg củ tươi và 1-1,5 kg thân mỗi gốc.",
    ),
    (
        "mEo010",
        "vi",
        "dl_eakmat",
        "Hướng dẫn thời vụ, mật độ trồng đinh lăng đúng kỹ thuật",
        "Viện khoa học nông lâm nghiệp khuyến cáo trồng đinh lăng vào tháng 1-4, giâm hom trước 20-25 ngày cho ra rễ; mật độ 40x50 cm "
        "hoặc 50x50 cm, tức 40.000-50.000 cây/ha; chọn đất cát pha tơi xốp, thoát nước tốt; bón lót 10-15 tấn phân chuồng và "
        "400-500 kg NPK/ha; đặt hom nghiêng theo luống, để hở khoảng 5 cm.",
    ),
    (
        "mEo011",
        "vi",
        "dl_chebup",
        "Kỹ thuật giâm cành và làm bầu giống đinh lăng nếp",
        "Hướng dẫn chọn giống đinh lăng nếp (lá nhỏ xoăn, củ to, vỏ bì dày), tránh đinh lăng tẻ; cắt cành bánh tẻ vát 45 độ dài 15-20 cm "
        "hoặc 40-50 cm, không làm dập hai đầu; làm bầu bằng túi nilon đục lỗ chứa 3/4 đất tơi, xếp luống rộng 0,8-1 m. Trồng tốt nhất "
        "tháng 2-4, hàng cách 50 cm, luống cao 25-30 cm, rãnh 20-25 cm.",
    ),
    (
        "mEo012",
        "en",
        "cgl_track",
        "Cultivation guide for Solanum procumbens (ca gai leo) with seed raising and harvest",
        "A herbal-medicine information service publishes a full growing protocol for ca gai leo: a perennial that likes sun, sandy "
        "well-drained soil and no waterlogging, grown from seed, harvested for several years from one planting. It covers season, "
        "seed selection, sowing and seedling care, land preparation, field care, harvesting and storage, and a model for high yield "
        "and high active-compound content.",
    ),
    (
        "mEo013",
        "vi",
        "cgl_giong",
        "Bán hạt, cây giống cà gai leo và chuyển giao kỹ thuật trồng",
        "Nhà cung cấp giống cà gai leo chuẩn (dây nhỏ, hoa trắng, quả chín đỏ, nước sắc đắng nhẹ) hướng dẫn: ươm tháng 1-2, trồng đại trà "
        "tháng 2-3, thu hoạch tháng 8-9; làm luống rộng 0,7 m, rãnh sâu 30 cm, mỗi luống một hàng; cây chịu hạn, không chịu úng, trồng "
        "được trên đất phù sa, đất pha cát. Lưu ý phân biệt với 4-5 loại cà gai dễ nhầm.",
    ),
    (
        "mEo014",
        "vi",
        "cgl_harvest",
        "Tư vấn thời điểm và cách thu hoạch cà gai leo để giữ hoạt chất",
        "Đơn vị sản xuất sản phẩm từ cà gai leo hướng dẫn: khi cây khoảng 5 tháng tuổi bắt đầu ra hoa thì tỉa cành, thu một phần để cây "
        "nhận đủ ánh sáng; khoảng tháng thứ 7-8 quả chín thì thu hoạch chính. Cách thu hái ảnh hưởng trực tiếp đến hàm lượng glycoalkaloid "
        "- hoạt chất hỗ trợ điều trị viêm gan.",
    ),
    (
        "mEo015",
        "vi",
        "sadu",
        "Doanh nghiệp công nghệ cao liên kết vùng nguyên liệu cà gai leo với nông dân",
        "Công ty nông nghiệp công nghệ cao tự phát triển nguồn cung cà gai leo tươi ngay từ khâu đầu, cùng nông dân xây dựng vùng trồng "
        "để bảo đảm chất lượng nguyên liệu cho dòng sản phẩm hỗ trợ gan, dựa trên các nghiên cứu từ 1987 về tác dụng của cà gai leo "
        "với viêm gan. Mô hình giúp nông dân có đầu ra ổn định.",
    ),
    (
        "mEo016",
        "vi",
        "bimbip_iv",
        "Quy trình nhân giống in vitro cây bìm bịp (xương khỉ) từ đốt thân",
        "Nhóm nghiên cứu trường đại học và Viện Di truyền Nông nghiệp công bố quy trình nuôi cấy mô cây bìm bịp (Clinacanthus nutans): "
        "môi trường MS bổ sung BAP 0,5 mg/L tái sinh trung bình 5 chồi/mẫu, chồi cao 3,79 cm, 7,5 lá/chồi sau 8 tuần, chồi sinh trưởng "
        "tốt. Có thể chuyển giao để sản xuất cây giống sạch bệnh số lượng lớn.",
    ),
    (
        "mEo017",
        "en",
        "micro_springer",
        "In vitro micropropagation of medicinal and aromatic plants",
        "A plant-biotechnology group offers micropropagation protocols for medicinal and aromatic plants: large-scale multiplication of "
        "disease-free plants, fast cloning of elite genotypes, organogenesis and somatic embryogenesis, in vitro germplasm conservation "
        "and cell cultures that produce valuable secondary metabolites, with media, light, photoperiod and growth regulators tuned "
        "for high regeneration.",
    ),
    (
        "mEo018",
        "en",
        "micro_tf",
        "Commercial micropropagation of medicinal plants: cost and scale-up advice",
        "Book-chapter authors advise on taking medicinal-plant micropropagation to commercial scale, where the cost per plantlet decides "
        "viability. Species with long juvenile phase, poor flowering, low seed set or recalcitrant seeds are good candidates; light, "
        "temperature and growth regulators are used to get clean responsive explants, while manual handling remains the main cost.",
    ),
    (
        "mEo019",
        "vi",
        "babenh_iv",
        "Nuôi cấy mô sẹo cây bá bệnh (mật nhân) để nhân sinh khối",
        "Viện Sinh học Nhiệt đới và Trường ĐH Công nghiệp Thực phẩm TP.HCM nghiên cứu nuôi cấy mô sẹo từ tử diệp cây bá bệnh "
        "(Eurycoma longifolia): môi trường MS với 3,0 mg/L 2,4-D và 2,0 mg/L TDZ cho sinh khối cao nhất 3,86 g/mẫu, đồng thời khảo sát "
        "phát sinh hình thái. Kết quả làm nền cho nhân giống và sản xuất hợp chất quassinoid.",
    ),
    (
        "mEo020",
        "en",
        "ngbi_iv",
        "Somatic embryos and adventitious roots of Schefflera octophylla in vitro",
        "A research team offers a protocol to induce somatic embryos and adventitious roots of ngu gia bi chan chim (Schefflera "
        "octophylla), a member of the Araliaceae family, which has 141 species in 19 genera in Vietnam and is rich in triterpenoid "
        "saponins. Root cultures give a route to biomass and saponin production without harvesting wild trees.",
    ),
    (
        "mEo021",
        "en",
        "tricho_ipm",
        "Trichoderma antagonist fungus against damping-off and root rot",
        "An IPM programme supplies know-how on Trichoderma, a commercially available antagonistic fungus that suppresses soil-borne "
        "diseases such as damping-off, root rot, stem rot and wilt. It is mixed into soil a few days before planting, added to "
        "compost or used as seed treatment, works best preventively and also improves soil fertility as a decomposer.",
    ),
    (
        "mEo022",
        "en",
        "tricho_torus",
        "Trichoderma biocontrol guide for sustainable crop production",
        "A biosciences company explains and supplies Trichoderma (T. harzianum, T. viride, T. asperellum) for seed treatment, soil "
        "application and foliar use: it parasitises Fusarium, Rhizoctonia, Pythium and Sclerotium, produces antibiotic metabolites, "
        "induces systemic resistance, improves root branching and nutrient uptake and speeds composting.",
    ),
    (
        "mEo023",
        "vi",
        "tricho_greengen",
        "Chế phẩm Trichoderma viride quản lý bệnh hại vùng rễ",
        "Doanh nghiệp công nghệ sinh học nông nghiệp cung cấp chế phẩm nấm Trichoderma viride để quản lý bệnh do nấm trong đất, hòa tan "
        "lân và vi lượng, phân hủy dư lượng thuốc trừ sâu gốc clo hữu cơ, lân hữu cơ và carbamate trong đất; được dùng bảo vệ cây trồng "
        "lâu năm sau khi đốn tỉa.",
    ),
    (
        "mEo024",
        "en",
        "nghe_huuco",
        "Organic turmeric growing and turmeric-starch processing procedure",
        "A farm business shares its organic turmeric procedure: composted manure, vermicompost, fused phosphate, microbial fertiliser "
        "and farm residues including turmeric pulp; lime applied in three splits; beds 20-25 cm high and 1.4 m wide; seed rhizomes "
        "selected from the previous harvest. The crop is processed into oil-removed turmeric starch rich in curcumin.",
    ),
    (
        "mEo025",
        "vi",
        "sa_mohinh",
        "Mô hình trồng sả và chưng cất tinh dầu khép kín, tận thu bã sả",
        "Mô hình giới thiệu hai giống sả chanh và sả Java, cây chịu hạn và chịu được đất nhiễm mặn ở Tiền Giang, Vĩnh Long; trồng một lần "
        "thu 3-4 năm, hiệu quả gấp 7-8 lần lúa, lãi 90-110 triệu đồng/ha. Với 20 ha thâm canh, xưởng tinh dầu lãi 1,5-1,6 tỷ đồng/năm; "
        "chuỗi trồng - chưng cất - tận thu phế phẩm đem lại khoảng 143,6 triệu đồng.",
    ),
    (
        "mEo026",
        "vi",
        "tinhdau_man",
        "Mô hình trồng và chưng cất cây tinh dầu trên đất cát, đất nhiễm mặn ven biển",
        "Đề tài xác lập mô hình kinh tế cho vùng đất ngập mặn ven biển chọn cây tinh dầu chịu khí hậu khắc nghiệt: tràm (chi Melaleuca "
        "khoảng 250 loài), bạch đàn chanh xen cây ngắn ngày họ hòa thảo là sả chanh Ấn Độ và sả hoa hồng, vừa làm rừng phòng hộ chắn "
        "cát, vừa cho tinh dầu giá trị cao nhờ chưng cất tại chỗ.",
    ),
]

OFFERS += [
    # --- drying ---
    (
        "mEo027",
        "vi",
        "say_inox",
        "Máy sấy dược liệu loại nhỏ bằng inox 304 cho phòng khám và cơ sở sản xuất",
        "Nhà sản xuất tủ sấy phân tích các công nghệ sấy và tư vấn chọn máy cho phòng khám đông y, cơ sở thực phẩm chức năng: ở khí hậu "
        "độ ẩm thường trên 80%, phơi nắng dễ mốc, nhiễm aflatoxin, mất tinh dầu do tia UV và lẫn bụi, côn trùng. Máy sấy nhỏ inox 304 "
        "kiểm soát nhiệt độ giữ hoạt chất và giúp đáp ứng yêu cầu GMP.",
    ),
    (
        "mEo028",
        "en",
        "tu_say",
        "Tray drying cabinet for fresh and pre-processed herbs",
        "A cleanroom-equipment supplier sells upright herb drying cabinets with many trays, one herb per tray, airflow vanes that turn "
        "hot air so every tray heats and loses moisture evenly, insulated walls that keep heat in and protect operators, and wheels "
        "for moving. Used for drying finished and semi-finished herbal material in a small footprint.",
    ),
    (
        "mEo029",
        "en",
        "ncsu_dryer",
        "Extension guide to building a forced-air dryer for commercial herb growers",
        "A state university extension leaflet shows growers how to build a herb dryer from a new or existing shed with heater, fan and "
        "dehumidifier: most herbs dry at about 90-100 F (up to 130 F in hot humid weather), racks of food-grade screens, space sized to "
        "the harvest (under a quarter acre of skullcap needed 700 sq ft). Commercial dryers cost about $15,000 used to $30,000 new.",
    ),
    (
        "mEo030",
        "en",
        "hohenheim",
        "Drying-temperature optimisation for medicinal plants to cut energy cost",
        "Agricultural engineers study the optimum drying temperature per species: for sage, 50 C was best, cutting drying time by 60% "
        "and energy use by 35% compared with 45 C before discolouration set in. The work covers microbial counts of raw drug, dryer "
        "types for leaves, flowers, roots and seeds, cutting of plant material and exhaust-air recirculation.",
    ),
    (
        "mEo031",
        "vi",
        "richters",
        "Tư vấn thiết kế lò sấy thảo dược theo sản lượng thu hoạch",
        "Chuyên gia về cây thảo dược làm hàng hóa giải đáp cách thiết kế máy sấy: quy mô quan trọng hơn kích thước, có thể dùng sàn lò sấy "
        "hoa bia 20x20 feet xếp dày đến 4 feet, thùng sấy hạt hoặc ống gió cho nguyên liệu rơi qua luồng khí nóng; thiết kế theo lượng "
        "thu hái mỗi đợt và bố trí lịch cắt để tận dụng công suất khi trồng nhiều loại.",
    ),
    (
        "mEo032",
        "vi",
        "setech",
        "Hệ thống sấy năng lượng mặt trời dạng mô-đun cho nông sản, dược liệu",
        "Công ty công nghệ năng lượng bền vững cung cấp buồng sấy mô-đun 2,5x4x2 m, sấy 100-150 kg nguyên liệu tươi mỗi mẻ ở 30-65 độ C, "
        "điện tiêu thụ 1,7 ban ngày và 3,2 khi ban đêm hoặc trời mưa; có thể ghép nhiều mô-đun để tăng công suất, thay cho phơi đường "
        "phụ thuộc thời tiết và đốt than củi.",
    ),
    (
        "mEo033",
        "vi",
        "wecare",
        "Nhà sấy năng lượng mặt trời tấm polycarbonate cho nông hộ",
        "Dự án hỗ trợ giới thiệu nhà sấy do GS Serm Janjai (ĐH Silpakorn) phát triển: mái tấm polycarbonate trong suốt chống tia UV giữ "
        "màu tự nhiên, thu nhiệt bên trong, chỉ một tấm pin nhỏ chạy quạt; chỉ tốn chi phí xây ban đầu, không tốn vận hành. Giúp giảm tổn "
        "thất sau thu hoạch vốn ở mức 20-25%.",
    ),
    (
        "mEo034",
        "vi",
        "santavi",
        "Nhà phơi sấy hiệu ứng nhà kính đối lưu tự nhiên ban ngày, cưỡng bức ban đêm",
        "Công ty máy nông nghiệp thiết kế nhà phơi/sấy vòm khung thép không gỉ uốn parabol trên nền bê tông: ban ngày đối lưu tự nhiên "
        "nhờ nắng, ban đêm hoặc ngày mưa chuyển sang đối lưu cưỡng bức. Diện tích tính theo sản lượng mỗi mẻ; đặt nơi đón nắng, xa chuồng "
        "trại, lò gạch để giữ sản phẩm sạch.",
    ),
    (
        "mEo035",
        "en",
        "greenhouse_review",
        "Greenhouse solar dryer design with thermal storage",
        "An engineering research consortium reviews and designs greenhouse solar dryers, the most suitable controlled solar dryer for "
        "bulk drying; adding thermal storage raises efficiency and lets drying continue after sunset, and products dried this way are "
        "reported to be of higher quality than open-sun drying, at low cost and without fossil fuel.",
    ),
    (
        "mEo036",
        "en",
        "frostx",
        "Lyophilisation (freeze-drying) of herbs and spices",
        "A freeze-drying company offers lyophilisation of herbs and spices, a method that keeps a high share of the substances "
        "responsible for flavour and aroma, as well as colour and nutritional value, compared with hot-air drying of leaf herbs such as "
        "basil, mint, oregano or rosemary.",
    ),
    (
        "mEo037",
        "en",
        "fd_review",
        "Evidence review on freeze-drying botanical medicines",
        "Herbalist researchers summarise what is known about lyophilised botanicals: freeze-drying is often assumed best, but studies "
        "from the food and spice industry show it preserves volatiles, phenolics and carotenoids imperfectly and can change constituent "
        "profiles, so producers should test whether it suits a given medicinal plant before investing.",
    ),
    (
        "mEo038",
        "vi",
        "sao_duoclieu",
        "Chảo, máy sao dược liệu inox ba lớp cho phức chế y học cổ truyền",
        "Doanh nghiệp thiết bị thực phẩm cung cấp chảo và máy sao dược liệu gia nhiệt điện, inox 3 lớp đảo đều không cháy, phục vụ sao "
        "qua, sao vàng, sao vàng hạ thổ, sao đen, sao cháy, sao tẩm (chích rượu, gừng, muối, giấm, mật ong) và sao cách cám, gạo, cát, "
        "nhằm thay đổi tính dược, giảm tác dụng phụ và bảo quản lâu hơn.",
    ),
    (
        "mEo039",
        "en",
        "nhasay_dongnai",
        "Low-cost solar drying house for smallholders",
        "An agricultural extension model: a solar drying house of about 10 m2 built from light steel frames wrapped in clear flexible "
        "plastic, costing about 5 million VND. Farmers place produce inside and sunlight plus trapped heat dry it, keeping it clean of "
        "dust and insects; suited to small household producers.",
    ),
    # --- extraction ---
    (
        "mEo040",
        "vi",
        "phunsay_huongthao",
        "Quy trình tạo bột sấy phun từ cao chiết thảo dược",
        "Trung tâm Ươm tạo Doanh nghiệp Nông nghiệp Công nghệ cao TP.HCM đã nghiệm thu nhiệm vụ 12 tháng (2022) xây dựng quy trình tạo bột "
        "sấy phun từ cao chiết hương thảo; trung tâm nhận chuyển giao quy trình chiết, cô và sấy phun cao thảo dược thành bột cho doanh "
        "nghiệp khởi nghiệp.",
    ),
    (
        "mEo041",
        "vi",
        "caokho_mevina",
        "Sản xuất và gia công cao khô dược liệu: chiết tách, cô đặc, sấy",
        "Doanh nghiệp chế biến dược liệu sản xuất cao khô độ ẩm dưới 5% qua ba công đoạn chiết tách, cô đặc, sấy khô; thiết bị gồm nồi chiết "
        "tuần hoàn, chiết áp suất giảm, chiết siêu âm, siêu tới hạn; dung môi nước hoặc ethanol gấp 6-8 lần dược liệu; củ, quả chiết 3 "
        "giờ x 2-3 lần, lá cành 1,5-2 giờ x 2-3 lần.",
    ),
    (
        "mEo042",
        "en",
        "cao_tpcn",
        "Herbal extracts (liquid, soft, dry) as raw material for supplements",
        "Herbal-extract makers supply extracts produced by concentrating or drying water or alcohol extracts of herbs: liquid "
        "extract 1:1 equals the herb's active content, while soft and dry extracts are richer; dry extract has under 5% moisture and is "
        "a uniform powder ready for hard and soft capsules, syrups and granules.",
    ),
    (
        "mEo043",
        "vi",
        "vmmu_phunsay",
        "Bào chế cao khô bài thuốc bằng phương pháp phun sấy",
        'Trung tâm Nghiên cứu Ứng dụng Sản xuất thuốc (Học viện Quân y) đã nghiên cứu bào chế cao khô bài thuốc "Dạ dày HĐ" bằng phun sấy '
        "(2022), gồm khảo sát dược liệu trong bài thuốc và thông số phun sấy; có thể nhận hợp tác chuyển bài thuốc cổ truyền sang dạng cao "
        "khô cho viên nang, cốm.",
    ),
    (
        "mEo044",
        "en",
        "mima_spray",
        "Spray-drying equipment for traditional-medicine extracts",
        "An equipment maker supplies spray dryers for herbal extracts: the atomiser turns extract into mist that dries in hot air within "
        "seconds, giving powder or granules of 30-500 microns with good flow and fast dissolution, and removing separate concentration, "
        "filtration and milling steps; it also addresses wall sticking and moisture pick-up of extracts.",
    ),
    (
        "mEo045",
        "en",
        "freund",
        "Closed-cycle nitrogen spray drying for ethanol-based extracts",
        "A process-equipment company offers spray drying from solution or slurry in a cylindrical chamber; for flammable solvents such as "
        "ethanol or acetone the drying gas is nitrogen in a closed loop, which also protects oxygen-sensitive materials. Drying takes a "
        "fraction of a second, suiting heat-sensitive extracts.",
    ),
    (
        "mEo046",
        "en",
        "gallo",
        "Spray-dried plant extracts designed for direct-compression tablets",
        "Chemical-engineering researchers offer a starting set of spray-drying conditions that worked for aqueous extracts of seven "
        "medicinal plants, and characterise the powders (hygroscopicity, flow, compactability) so that herbal tablets can be made by "
        "direct compression with shorter development time.",
    ),
    (
        "mEo047",
        "en",
        "cpfgreen",
        "Supercritical CO2 extraction service",
        "An extraction firm runs supercritical CO2 extraction: food-grade CO2 is non-toxic, leaves no solvent residue, is recycled, runs "
        "as low as 32 C for heat-sensitive compounds and is tuned by pressure and temperature to target compounds; depending on biomass, "
        "90% of target compounds come out in under an hour.",
    ),
    (
        "mEo048",
        "vi",
        "sfe_eu",
        "Thiết bị và tư vấn chiết xuất bằng CO2 siêu tới hạn",
        "Đơn vị chuyên về chiết siêu tới hạn giới thiệu nguyên lý: trên 31 độ C CO2 ở trạng thái siêu tới hạn có khả năng hòa tan thay đổi "
        "theo áp suất và nhiệt độ; giảm áp ở bình tách thì cao chiết kết tủa. Phần lớn quy trình chạy ở 40-60 độ C và 100-300 bar.",
    ),
    (
        "mEo049",
        "en",
        "genopharma",
        "Contract spray drying of heat-sensitive liquids into powder",
        "A pharmaceutical manufacturer offers spray drying to turn liquid mixtures into dry powder by rapid removal of moisture, the "
        "preferred method for thermally sensitive materials such as plant extracts.",
    ),
]

OFFERS += [
    # --- essential oils and by-products ---
    (
        "mEo050",
        "vi",
        "still_100l",
        "Nồi chưng cất tinh dầu sả 50-100 lít inox cho hộ gia đình",
        "Nhà sản xuất máy thực phẩm cung cấp nồi chưng cất 50-100 lít inox SUS304 ba lớp, điện trở 4-7 kW, điện 220/380 V, bảo hành 1 năm, "
        "kèm quy trình: phơi héo lá sả còn 50% ẩm (tiết kiệm 35% nhiên liệu, 27% thời gian), nạp 180-200 kg cho mỗi 1.000 lít nồi, chưng "
        "3-4 giờ qua ba giai đoạn 70-75 độ C, 80-85 độ C và tận thu; nước làm mát giữ 30-40 độ C.",
    ),
    (
        "mEo051",
        "vi",
        "still_mung",
        "Máy chưng cất tinh dầu bán tự động cho nông hộ, 200-500 kg/mẻ",
        "Sáng chế của một nông dân: máy chưng cất hơi nước bán tự động chỉ cần một người vận hành, mỗi mẻ 2-4 giờ tùy công suất 200-500 kg "
        "lá sả cắt nhỏ; một tấn nguyên liệu cho khoảng 3-3,5 lít tinh dầu; tinh dầu thô được đun lại ở 100 độ C để loại nước, cho sản phẩm "
        "trong, không sậm màu. Nước sau chưng cất được thử làm dịch xua côn trùng.",
    ),
    (
        "mEo052",
        "en",
        "still_tuanminh",
        "Custom distillation pots for herbaceous aromatic plants",
        "An equipment workshop builds essential-oil distillation pots designed to recover oil thoroughly from herbaceous aromatic plants "
        "such as Elsholtzia (chua du), whose high-altitude populations have the richest composition, and adapts pot size and condenser "
        "to each crop for farmer groups and processors.",
    ),
    (
        "mEo053",
        "en",
        "perfumers",
        "Steam and water distillation stills for essential oils",
        "A perfumery training and supply house explains still design: stainless steel for production, copper now rare; water, steam or "
        "combined distillation (pure steam is more efficient, water distillation for waxy petals such as rose); condensers cooled by "
        "water jackets or coils so oil is not lost. Primitive set-ups use a 200-litre drum over a burner.",
    ),
    (
        "mEo054",
        "en",
        "rotavap",
        "Second distillation of lemongrass oil with a rotary vacuum evaporator",
        "A lemongrass-oil producer shows its two-stage process: bundles stacked criss-cross in the still over deionised water, steam "
        "carries oil to a condenser and the oil floats off; the crude oil is then redistilled under vacuum in a rotary evaporator at "
        "lower boiling point to remove residual water and impurities (2-3 quarts per hour) and stored in a cold room.",
    ),
    (
        "mEo055",
        "en",
        "farm_distill",
        "On-farm steam distillation demonstrations and yield records",
        "An essential-oil farm demonstrates steam distillation: 7 kg of lemon tea-tree leaves gave 8 litres of oil-water mix within an "
        "hour and 280 ml of oil after separating in a cone pipette, and each batch's oil volume is recorded against plant weight so "
        "growers learn their real yields.",
    ),
    (
        "mEo056",
        "vi",
        "ba_sa",
        "Tận thu bã sả sau chưng cất làm đệm lót, phân bón và giá thể nấm",
        "Nhà cung cấp thiết bị tinh dầu giới thiệu mô hình của nông dân Tiền Giang: bã sả sau chưng cất phơi còn 20% ẩm, một phần nghiền "
        "làm đệm lót sinh học cho trại gia súc, phần còn lại bán cho cơ sở sản xuất phân bón hoặc làm giá thể trồng nấm rơm, vừa tăng thu "
        "vừa giảm rác thải.",
    ),
    (
        "mEo057",
        "en",
        "compost_nlu",
        "Microbial organic fertiliser made by composting plant residues",
        "A university biotechnology institute has a compost process for waste plant material: chopped residues composted faster with "
        "the NOLASUB inoculant, then enriched with nitrogen-fixing, phosphate- and cellulose-degrading microbes, ash and peat to make "
        "BIO-RP fertiliser (13.97% organic matter, NPK 1.75:1.71:1.02) that beat cow manure in vegetable trials.",
    ),
    (
        "mEo058",
        "vi",
        "compost_tech",
        "Hướng dẫn kỹ thuật ủ phân hữu cơ từ tàn dư cây trồng",
        "Tài liệu kỹ thuật hướng dẫn ủ phân: dùng nguyên liệu tươi giàu đạm và phân chuồng để khởi động quá trình phân hủy, thông khí cho "
        "đống ủ, kiểm soát độ ẩm; lưu ý chế phẩm giàu nitơ không được dùng cho cây trồng hữu cơ và vi sinh vật có sẵn trong đất, không khí.",
    ),
    # --- traditional-medicine hospitals and clinics ---
    (
        "mEo059",
        "en",
        "decoct_pack",
        "Integrated automatic decocting and aseptic packaging machine",
        "Machine designers offer an integrated unit that decocts herbal prescriptions following traditional decocting principles and "
        "packs the liquid aseptically in pouches, so hospital patients receive ready decoctions instead of boiling herbs at home; "
        "process flow, working principle and each component are documented.",
    ),
    (
        "mEo060",
        "en",
        "sck2000",
        "Hospital automatic decocting-packing machines (SCK2000 type)",
        "A hospital pharmacy reports its experience with five SCK2000 automatic decoct-and-pack machines bought in 2012: herbs and water "
        "are heated by traditional decocting logic under mechanical and electric control, then the liquid is metered, filled and sealed "
        "into bags, covering the whole chain from herbs to packed dose.",
    ),
    (
        "mEo061",
        "en",
        "dhy_decoct",
        "Supplier of herbal decocting machines for hospitals and clinics",
        "A medical-equipment company sells herbal decocting machines; such machines began in Korea in the early 1980s, were made in China "
        "from 1992 and spread to county hospitals, and since 2009 government tenders have placed them in grassroots health facilities.",
    ),
    (
        "mEo062",
        "en",
        "herb_robot",
        "Automatic dispensing system for herbal decoction ingredients",
        "University mechanical engineers developed a dispensing system that uses machine vision and a robot arm to grasp irregular herbal "
        "slices; the formula is entered on a screen and several packets are dispensed automatically, with an off-line curve-fitting "
        "method improving dose accuracy and cutting labour and error.",
    ),
    (
        "mEo063",
        "en",
        "granules_hosp",
        "Concentrated herbal granules for hospital traditional-medicine pharmacies",
        "A granule manufacturer supplies concentrated granules that doctors can prescribe instead of decoctions, suiting workers, "
        "students and travellers, supporting standardised modern pharmacies and letting hospitals close decoction rooms to cut "
        "operating cost and logistics.",
    ),
    (
        "mEo064",
        "vi",
        "granule_disp",
        "Dịch vụ pha chế bài thuốc từ cốm dược liệu cô đặc cho thầy thuốc",
        "Nhà thuốc chuyên cốm cô đặc nhận đơn của thầy thuốc kê như thuốc sống, tự tính lượng cốm tương đương theo hệ số quy đổi của từng "
        "vị (ví dụ 10 g Bách hợp sống tương ứng 1 g cốm), cung cấp hộp 100 g từng vị hoặc cốm trộn sẵn theo đơn.",
    ),
    (
        "mEo065",
        "en",
        "pieces_pack",
        "Small-pack packaging for herbal decoction pieces",
        "Packaging advice for decoction pieces: replace gunny, woven and cattail bags that let in dust, fibre and mould with small "
        "non-toxic transparent polyethylene packs of fixed weight for roots, seeds, fruits, flowers and animal materials, improving "
        "storage, hygiene, inspection and preventing mix-ups.",
    ),
    (
        "mEo066",
        "en",
        "granule_cabinet",
        "Smart granule-dispensing cabinets with light-guided picking",
        "A hospital granule pharmacy set-up: prescriptions are keyed into a computer, the bottle of each herb granule lights up on wall "
        "cabinets, staff pick the lit bottles and an instrument doses the formula; the room is kept at fixed temperature and dryness and "
        "patients simply dissolve the granules.",
    ),
    (
        "mEo067",
        "vi",
        "dienham_hust",
        "Thiết kế, chế tạo máy điện châm kỹ thuật số",
        "Nhóm kỹ thuật y sinh Trường ĐH Bách khoa Hà Nội nghiên cứu chế tạo máy điện châm kỹ thuật số (luận văn 2014): thiết kế mạch, kết cấu "
        "cơ khí, tạo xung điều trị; có thể hợp tác sản xuất thiết bị nội địa, dễ sửa chữa cho khoa y học cổ truyền.",
    ),
    (
        "mEo068",
        "vi",
        "his_ykhoanet",
        "Phần mềm quản lý bệnh viện, phòng khám tùy biến theo chuyên khoa",
        "Công ty tư vấn tin học y tế phát triển phần mềm quản lý bệnh viện từ năm 2012, đã chạy thực tế tại hơn 100 cơ sở y tế khác nhau về "
        "quy mô; có bản quyền tác giả, bao gồm tiếp đón, khám, kê đơn, viện phí, dược, báo cáo và tinh chỉnh riêng cho từng bệnh viện "
        "chuyên khoa.",
    ),
    (
        "mEo069",
        "vi",
        "don_dt",
        "Hệ thống đơn thuốc điện tử kết nối phòng khám và nhà thuốc",
        "Nghiên cứu xây dựng thử nghiệm hệ thống đơn thuốc điện tử tại Việt Nam theo mô hình mạng Surescripts: bác sĩ gửi đơn qua Web API tới "
        "nhà thuốc, có bảo mật, mô hình MVC, giúp giảm sai sót đọc chữ viết tay và liên thông thông tin kê đơn - cấp phát.",
    ),
    (
        "mEo070",
        "vi",
        "khmer_tvu",
        "Điều tra, định danh cây thuốc và tri thức y học cổ truyền của người Khmer",
        "Nhóm nghiên cứu Trường Đại học Trà Vinh đã điều tra (9/2016-4/2017) ở bốn huyện và một thành phố, ghi nhận 205 loài cây thuốc thuộc "
        "175 chi, 71 họ mà người Khmer dùng, nhiều nhất là họ Cúc, Đậu, Thầu dầu, chủ yếu cây thảo và cây trồng. Nhóm nhận khảo sát, định "
        "danh loài, lập danh lục và mẫu tiêu bản cho cơ sở chữa bệnh bằng thuốc nam.",
    ),
]

OFFERS += [
    # --- testing and authentication ---
    (
        "mEo071",
        "vi",
        "kn_hcm",
        "Kiểm nghiệm thuốc, dược liệu, thực phẩm tại phòng thí nghiệm VILAS 230",
        "Trung tâm Kiểm nghiệm Thuốc, Mỹ phẩm, Thực phẩm TP.HCM là phòng thí nghiệm được công nhận VILAS 230 ở các lĩnh vực dược, hóa, sinh; "
        "nhận mẫu dược liệu, cao, thực phẩm bảo vệ sức khỏe để thử các chỉ tiêu đã công nhận và trả phiếu kết quả có giá trị pháp lý.",
    ),
    (
        "mEo072",
        "vi",
        "nidqc",
        "Viện Kiểm nghiệm thuốc Trung ương: phép thử dược được công nhận",
        "Phòng thí nghiệm VILAS 087 thuộc Bộ Y tế (trụ sở 48 Hai Bà Trưng, Hà Nội; cơ sở Tam Hiệp, Thanh Trì) thực hiện các phép thử dược, "
        "cơ và hiệu chuẩn đo lường được công nhận, tiếp nhận mẫu thuốc, nguyên liệu làm thuốc để kiểm tra chất lượng và làm trọng tài.",
    ),
    (
        "mEo073",
        "en",
        "tcmzone",
        "Batch testing of raw herbs for pesticides and heavy metals",
        "A herbal-granule manufacturer tests every batch of raw herbs for pesticide residues and heavy metals, using ICP-OES for trace "
        "metals and HPLC, gas chromatography and TLC for identity and marker compounds, and sources authentic species from selected "
        "growing regions.",
    ),
    (
        "mEo074",
        "en",
        "xrf",
        "Rapid heavy-metal screening of raw herbs with portable XRF",
        "A herbal-quality specialist promotes on-site screening of raw herbs with portable X-ray fluorescence, about 92% accurate "
        "against laboratory ICP-MS, with ICP-MS/MS for parts-per-trillion confirmation; a 2023 study found 34% of 186 raw herb samples "
        "over the limit for at least one of lead, cadmium, arsenic or mercury.",
    ),
    (
        "mEo075",
        "en",
        "pest_res",
        "Pesticide residue analysis of medicinal plant materials by GC-MS and LC-MS/MS",
        "Laboratory analysis of herbs for pesticide residues such as dichlorvos, chlorpyrifos and hexachlorobenzene by GC-MS and "
        "LC-MS/MS against maximum residue limits for herbal tea; a 2022 study found over 35% of herbal samples from Asia and Europe "
        "above safety thresholds.",
    ),
    (
        "mEo076",
        "en",
        "safety_panel",
        "Botanical safety panel: heavy metals, pesticides and microbial limits",
        "A botanical-ingredients adviser explains and arranges the standard safety panel: the four elemental impurities lead, arsenic, "
        "cadmium and mercury by ICP-MS or ICP-OES, multi-residue pesticide screening by GC-MS/MS and LC-MS/MS against EU MRLs or "
        "pharmacopoeial limits, and microbial counts, checked against the destination market's standard.",
    ),
    (
        "mEo077",
        "vi",
        "geniposid",
        "Thiết lập chất chuẩn đối chiếu từ dược liệu phục vụ kiểm nghiệm",
        "Nhóm nghiên cứu Trường ĐH Dược Hà Nội đã thiết lập chất chuẩn geniposid từ quả dành dành để dùng trong kiểm tra chất lượng thuốc; "
        "quy trình chiết, tinh chế, xác định cấu trúc và đánh giá độ tinh khiết có thể áp dụng làm chất chuẩn nội bộ cho các hoạt chất đánh "
        "dấu khác.",
    ),
    (
        "mEo078",
        "en",
        "dna_dove",
        "DNA barcoding to authenticate medicinal plant material and products",
        "A plant genetic-engineering laboratory identifies herbal raw material by short standard DNA sequences, quickly and at low cost, "
        "comparing chloroplast and nuclear barcode loci to choose the best one for each genus and using next-generation sequencing for "
        "whole-plastome super-barcodes.",
    ),
    (
        "mEo079",
        "en",
        "barhrm",
        "Bar-HRM test to detect substitution in Andrographis paniculata products",
        "University biologists combine DNA barcodes with high-resolution melting analysis to authenticate processed Andrographis "
        "paniculata (xuyen tam lien) products sold as powders and capsules, where counterfeit, substituted or adulterated material is a "
        "high risk that visual inspection cannot catch.",
    ),
    (
        "mEo080",
        "vi",
        "dna_ncnpr",
        "Định danh thực vật trong thuốc thảo dược và thực phẩm bổ sung bằng mã vạch DNA",
        "Trung tâm nghiên cứu sản phẩm tự nhiên (ĐH Mississippi) cùng Hội đồng Thực vật Hoa Kỳ đánh giá điểm mạnh, giới hạn của mã vạch DNA "
        "trong định danh nguyên liệu thảo dược, vốn là yêu cầu pháp lý ở nhiều nước, và hướng dẫn khi nào cần kết hợp với phương pháp "
        "hình thái, hóa học.",
    ),
    (
        "mEo081",
        "en",
        "dna_fp",
        "Combined DNA barcoding and chromatographic fingerprinting of herbal products",
        "Researchers propose pairing DNA barcoding, which identifies species regardless of climate, age or plant part, with chromatographic "
        "fingerprints that show composition and batch consistency, because DNA from processed herbal products is hard to isolate and "
        "barcoding alone may not authenticate them.",
    ),
    (
        "mEo082",
        "vi",
        "pest_method",
        "Phương pháp xác định dư lượng diazinon, chlorpyrifos trong thảo dược",
        "Luận văn tại Trường ĐH Bách khoa (ĐHQG TP.HCM, 2009) xây dựng phương pháp cực phổ sóng vuông giọt treo thủy ngân để định lượng "
        "dư lượng thuốc bảo vệ thực vật diazinon và chlorpyrifos trong thảo dược Việt Nam, một cách phân tích rẻ hơn sắc ký.",
    ),
    (
        "mEo083",
        "en",
        "nat_trace",
        "Raw-material traceability and testing standard for natural health products",
        "An industry association's standard requires planned sourcing and routine tests (moisture, ash, pesticides by GC-MS, heavy metals "
        "by ICP-MS or AAS, active markers) on every batch, barcode tags with quality data on every bag, named guaranteed sources, field "
        "visits and chain-of-custody records from farm to product.",
    ),
    (
        "mEo084",
        "vi",
        "vkist_curcumin",
        "Chiết curcuminoid hiệu suất cao quy mô pilot và phân biệt curcumin tự nhiên, tổng hợp",
        "Viện Khoa học và Công nghệ Việt Nam - Hàn Quốc (VKIST) nghiệm thu nhiệm vụ cấp bộ nâng hiệu suất chiết curcuminoid từ nghệ quy mô "
        "pilot (các cơ sở trong nước chỉ thu hồi 50-55%) và xây dựng phương pháp xác định nguồn gốc tự nhiên của curcuminoid, vì curcumin "
        "tổng hợp rẻ bằng khoảng một nửa và hay bị trộn lẫn.",
    ),
    (
        "mEo085",
        "vi",
        "donga_residue",
        "Chiết xuất curcumin và dầu nghệ từ bã của sản xuất tinh bột nghệ",
        "Trường Đại học Đông Á chủ trì đề tài cấp tỉnh (11/2020-10/2023) chiết xuất, phân lập curcumin và tinh dầu từ bã nghệ thải ra khi làm "
        "tinh bột nghệ theo cách truyền thống, chọn giống nghệ vàng giàu curcuminoid ở bốn địa phương; giúp tăng giá trị cây nghệ và giảm "
        "ô nhiễm.",
    ),
    (
        "mEo086",
        "vi",
        "donga_starch",
        "Quy trình sản xuất tinh bột nghệ chất lượng cao",
        "Nhóm sinh viên khoa Dược Trường ĐH Đông Á hoàn thiện quy trình: rửa, xay, vắt - rửa bã một lần, lọc, lắng, làm sạch ít nhất 3 lần, "
        "sấy - nghiền; tỷ lệ nước:nguyên liệu khi rửa bã 2:1 và lắng 60 phút mỗi lần cho hiệu suất thu hồi và cảm quan tốt nhất.",
    ),
    # --- pharmacy software ---
    (
        "mEo087",
        "vi",
        "qd540",
        "Phần mềm quản lý nhà thuốc đáp ứng Quyết định 540/QĐ-BYT, liên thông dữ liệu",
        "Đơn vị phát triển phần mềm cung cấp giải pháp quản lý kho dược cho nhà thuốc bán lẻ, xuất dữ liệu theo chuẩn liên thông cơ sở bán lẻ "
        "thuốc: thông tin nhà cung cấp, nước và công ty nhập khẩu, mã thuốc, số đăng ký, hoạt chất, hàm lượng, đơn vị đóng gói nhỏ nhất theo "
        "Nghị định 54/2017.",
    ),
    (
        "mEo088",
        "en",
        "misa_gpp",
        "GPP certification guidance and accounting tools for pharmacies",
        "A business-software company guides new pharmacies through the Good Pharmacy Practice certificate, the last of the five GPs "
        "(GMP, GLP, GSP, GDP, GPP; the last two issued in January 2007), from dossier to inspection, alongside its management and "
        "accounting software.",
    ),
    (
        "mEo089",
        "en",
        "pms_integrated",
        "Integrated pharmacy management system: POS, stock, purchasing, supplier credit",
        "A software developer offers a pharmacy system linking point of sale, inventory, purchasing, supplier management, customer "
        "accounts and financial reports, so each sale updates stock, received purchase orders reconcile automatically, near-expiry items "
        "trigger alerts and month-end reports take minutes instead of a weekend.",
    ),
    (
        "mEo090",
        "en",
        "pms_proyasit",
        "Pharmacy management software with expiry, batch and prescription modules",
        "An IT firm sells pharmacy software with real-time stock by expiry date and batch, low-stock and expiry alerts, automatic "
        "purchase orders, digital prescriptions, patient profiles with allergies, refill reminders, POS billing, audit trails and "
        "controlled-substance tracking.",
    ),
    (
        "mEo091",
        "en",
        "pms_inventory",
        "Pharmacy inventory management system development",
        "A software house builds inventory systems for independent and hospital pharmacies: modules for stock, deliveries, prescriptions, "
        "billing, documents and users, item location lookup and demand forecasting from sales history, addressing a market growing "
        "about 9% a year.",
    ),
    (
        "mEo092",
        "en",
        "ddi_api",
        "Drug-interaction checking API for pharmacy software",
        "A drug-safety data provider adds FDA-sourced, severity-scored interaction screening to pharmacy systems at the point of "
        "dispensing, with configurable alerts to limit alert fatigue, supporting prospective drug-utilisation review for pharmacists who "
        "handle 150-250 prescriptions a day.",
    ),
    (
        "mEo093",
        "vi",
        "ddi_explorer",
        "Phần mềm tra cứu tương tác thuốc cho dược sĩ, gồm cả thảo dược và thực phẩm",
        "Công cụ Interactions Explorer giúp nhà thuốc theo dõi tương tác cho khách dùng nhiều thuốc, phân tích cả thảo dược, thực phẩm bổ "
        "sung, thức ăn; nhập hoạt chất bằng đầu đọc mã vạch và in thư gửi bác sĩ điều trị theo mẫu, có thể thành dịch vụ tư vấn thu phí.",
    ),
    (
        "mEo094",
        "en",
        "ddi_ai",
        "AI layer for drug-interaction review inside pharmacy platforms",
        "An integration firm connects an AI service to the prescription-verification queue: the new prescription, medication history, "
        "allergies and diagnoses are sent by API, and drug-drug, drug-allergy and drug-disease alerts with evidence come back into the "
        "pharmacist's screen, starting with a silent monitoring phase to tune sensitivity.",
    ),
    (
        "mEo095",
        "vi",
        "gpp_intech",
        "Tư vấn đạt chuẩn GPP cho nhà thuốc, quầy thuốc",
        "Công ty tư vấn INTECH giải thích và hỗ trợ nhà thuốc, quầy thuốc đạt Thực hành tốt nhà thuốc (GPP) - nguyên tắc chuyên môn và đạo "
        "đức để dùng thuốc an toàn, hiệu quả - trong chuỗi năm GPs từ sản xuất, kiểm nghiệm, bảo quản, phân phối đến cấp phát.",
    ),
    (
        "mEo096",
        "en",
        "hmis_batch",
        "Open-source hospital and pharmacy system with batch and FEFO expiry tracking",
        "An open-source health information system tracks each pharmacy stock unit by batch from goods receipt to dispensing, transfer or "
        "disposal, with batch number, manufacture and expiry dates, FIFO/FEFO selection at dispensing, expiry reports, bin cards, stock "
        "takes and recorded wastage; it can run a chain of retail or wholesale pharmacies.",
    ),
    (
        "mEo097",
        "en",
        "pharmaspot",
        "Open-source cross-platform pharmacy point of sale with barcode scanning",
        "A free pharmacy POS lets several PCs share one central database, prints receipts, finds products by barcode or custom barcode, "
        "keeps basic stock, customer records and transaction history, and controls staff with accounts and permissions.",
    ),
    (
        "mEo098",
        "en",
        "nextgen_pms",
        "Free pharmacy software for medical shops: stock, billing, expiry",
        "A free pharmacy package keeps medicine records, invoices and reports, tracks expired and expiring medicines, raises low-stock "
        "alerts, supports FIFO or LIFO billing by batch, several shops and languages, permissions per staff member and automatic backup.",
    ),
]

OFFERS += [
    # --- cold storage and temperature monitoring ---
    (
        "mEo099",
        "vi",
        "gsp_kholanh",
        "Cho thuê kho bảo quản dược phẩm đạt chuẩn GSP",
        "Doanh nghiệp kho lạnh cho thuê khu bảo quản thuốc theo Thông tư 36/2018/TT-BYT về GSP: kiểm soát nhiệt độ theo nhãn sản phẩm, độ "
        "ẩm tương đối khoảng 60% và không vượt 70%, thông gió, tránh ánh sáng; phù hợp nhà phân phối, nhà thuốc cần kho đạt chuẩn mà chưa "
        "đầu tư xây riêng.",
    ),
    (
        "mEo100",
        "en",
        "mapping_service",
        "Temperature-mapping study with rented data loggers",
        "A validation consultancy runs GDP temperature mapping in three phases: it defines risks, measurement points, duration and "
        "acceptance criteria, rents loggers to the client who places them under normal operation, then analyses the files and delivers "
        "a substantiated report with conclusions and advice for routine monitoring.",
    ),
    (
        "mEo101",
        "en",
        "mapping_cky",
        "Pharmaceutical warehouse temperature mapping and monitoring-system design",
        "A refrigeration and air-conditioning engineering firm maps warehouses for 2-8 C vaccines, 15-25 C ambient drugs and frozen "
        "products below -20 C, placing calibrated sensors in three dimensions to find hot and cold spots, as WHO TRS 961 requires for "
        "facility qualification, then designs the permanent monitoring system.",
    ),
    (
        "mEo102",
        "en",
        "kryos",
        "Continuous temperature monitoring with alerts, acknowledgements and reports",
        "A monitoring platform records temperature continuously at each storage point, applies configured thresholds, sends alerts, "
        "logs who acknowledged an excursion and what was done, and exports review-ready reports, giving the evidence layer for GDP "
        "storage, transport, returns and quarantine.",
    ),
    (
        "mEo103",
        "en",
        "eupry",
        "Wireless automated temperature recording for GxP rooms, fridges and freezers",
        "A monitoring company replaces stand-alone loggers and manual downloads with continuous wireless recording across cold rooms, "
        "lab freezers and shipments, closing data gaps that auditors flag under EU GDP chapter 3, WHO TRS 961 annex 9 and USP 1079; "
        "users report loggers saved samples when freezers failed or doors were left open.",
    ),
    (
        "mEo104",
        "en",
        "logger_select",
        "Guidance on selecting, placing and calibrating cold-chain data loggers",
        "A pharmaceutical validation publisher gives step-by-step advice for choosing data loggers (sensor accuracy, range, logging "
        "interval), placing them in stores and shipments, calibrating them and handling excursions through CAPA, in line with FDA, EMA "
        "and MHRA cold-chain expectations.",
    ),
    (
        "mEo105",
        "vi",
        "mapping_11",
        "Dịch vụ đo phân bố nhiệt độ (temperature mapping) kho lạnh theo 11 bước GSP/GDP",
        "Công ty giải pháp chuỗi lạnh thực hiện mapping kho lạnh, phòng lạnh, kho đông: đo và phân tích phân bố nhiệt độ, độ ẩm trong toàn "
        "bộ không gian để tìm điểm nóng, điểm lạnh, kiểm soát sai lệch và có dữ liệu chứng minh tuân thủ khi thanh tra GSP/GDP cho thuốc, "
        "vắc xin, sinh phẩm.",
    ),
    (
        "mEo106",
        "vi",
        "vvm",
        "Nhãn chỉ thị nhiệt độ lọ vắc xin (VVM) và giải pháp bao bì lạnh",
        "Doanh nghiệp bao bì giữ lạnh giới thiệu nhãn VVM: ô vuông nhạy nhiệt bên trong vòng tham chiếu sẫm dần, không đảo ngược, theo nhiệt "
        "độ và thời gian tiếp xúc; in trên nhãn hoặc gắn nắp lọ, cổ ống, giúp nhân viên y tế biết vắc xin còn dùng được khi dây chuyền lạnh "
        "không ổn định.",
    ),
    (
        "mEo107",
        "vi",
        "lascar_usb",
        "Thiết bị ghi nhiệt độ dạng USB có đèn LED cảnh báo cho kho, tủ vắc xin",
        "Nhà phân phối thiết bị ghi dữ liệu cung cấp logger USB Lascar EL-USB-1 đặt ngưỡng theo chuẩn, ghi và lưu nhiệt độ trong kho, tủ "
        "lạnh, đèn LED báo khi ra ngoài ngưỡng; phù hợp giám sát vắc xin phải giữ 2-8 độ C và không đông đá (DPT, Hib, viêm gan B, viêm "
        "gan A mất tác dụng khi bị đông).",
    ),
    (
        "mEo108",
        "vi",
        "sms_box",
        "Hộp bảo quản vắc xin có cảnh báo nhiệt độ qua tin nhắn SMS",
        "Quỹ Y tế Công cộng Ấn Độ thiết kế hộp vắc xin làm lạnh tự gửi tin nhắn SMS cho cơ quan quản lý khi nhiệt độ tăng, đang thử nghiệm "
        "thực địa, nhằm phát hiện thùng chứa hỏng và phản ứng nhanh, với mục tiêu giá rẻ để dùng được ở tuyến cơ sở.",
    ),
    (
        "mEo109",
        "en",
        "sdd_esrag",
        "Battery-free solar direct-drive refrigerators for vaccine storage",
        "Solar specialists who wrote WHO specifications offer battery-free solar direct-drive fridge kits with built-in cold storage that "
        "hold +2 to +8 C through the night and cloudy days; around a hundred fridge and freezer models are prequalified for UNICEF "
        "purchase, and surplus power can run clinic lights, phones and small devices.",
    ),
    (
        "mEo110",
        "en",
        "solarchill",
        "SolarChill direct-drive vaccine refrigerator with ice battery",
        "A UNEP-backed project supplies a solar direct-drive vaccine fridge using R-600a: the compressor builds an ice bank that stores "
        "the sun's energy, a thermostat holds the cabinet temperature and thick insulation keeps it acceptable for up to 5 days without "
        "power; installed in off-grid clinics in Kenya, Botswana and Colombia.",
    ),
    (
        "mEo111",
        "en",
        "dulas",
        "Solar vaccine refrigerator kits for off-grid health posts",
        "An employee-owned renewable-energy company supplies solar chest fridges for vaccines (VC-150-2, VC-65-2, VC-200-1) as complete "
        "kits with panels, battery, controller and cables; they run 5 days without charge, work up to 43 C ambient and last about 10 years.",
    ),
    (
        "mEo112",
        "en",
        "sdd_who",
        "WHO evidence brief and advice on choosing solar direct-drive fridges",
        "A WHO/UNICEF brief for supply managers summarises field performance of solar direct-drive fridges and freezers, the problems met "
        "and fixes, how the technology works and how to decide if it fits, noting that gas and kerosene fridges struggle to stay in +2 to "
        "+8 C and need frequent maintenance.",
    ),
    (
        "mEo113",
        "vi",
        "who_transport",
        "Hướng dẫn hệ thống theo dõi nhiệt độ, độ ẩm khi vận chuyển thuốc (WHO TRS 961, Phụ lục 9, Bổ sung 15)",
        "Tài liệu kỹ thuật của WHO (2014) mô tả yêu cầu với hệ thống giám sát nhiệt độ, độ ẩm trên phương tiện vận chuyển sản phẩm nhạy cảm "
        "với thời gian và nhiệt độ; dùng để xây dựng quy trình, chọn thiết bị ghi và lưu hồ sơ cho xe giao thuốc, vắc xin.",
    ),
    # --- health-food and small pharmaceutical makers ---
    (
        "mEo114",
        "en",
        "teabag_cpm",
        "Automatic tea-bag packing machines for herbal blends",
        "A packaging-machine maker supplies tea-bag machines that dose by volumetric cups, augers or multi-head weighers, form flat, "
        "pyramid or round bags from filter paper or mesh, attach string and tag, seal by heat or ultrasound and pack outer envelopes, "
        "making thousands of bags per hour for tea, powder and herbal blends.",
    ),
    (
        "mEo115",
        "en",
        "teabag_mpm",
        "Tea-bag packaging line: hopper, weighing, filling, sealing, labelling",
        "A packing-machinery company offers stainless tea-bag lines in which leaves are fed by funnel or auger to a hopper, weighed to a "
        "set dose, filled into cut filter paper, heat-sealed airtight and labelled with brand and product information.",
    ),
    (
        "mEo116",
        "en",
        "capsule_ruida",
        "Semi-automatic capsule filling machines, 28,000-40,000 capsules per hour",
        "A packing-machine manufacturer sells semi-automatic fillers for capsule sizes 000 to 5 (CGN-208: 28,000 per hour, 2.12 kW; "
        "CGNT-209: 40,000 per hour, 2.2 kW; 380/220 V, about 400 kg) with vacuum separation, powder filling, closing and ejection and "
        "Siemens PLC control, built to GMP.",
    ),
    (
        "mEo117",
        "vi",
        "capsule_jinlu",
        "Tư vấn chọn máy đóng nang cho sản xuất lô nhỏ",
        "Nhà sản xuất máy đóng nang hướng dẫn cơ sở thảo dược, thực phẩm chức năng chọn máy: máy thủ công cho lô dưới khoảng 500 viên, bán tự "
        "động khoảng 1.000-5.000 viên/giờ, tự động khi cần trên 5.000-10.000 viên/giờ; nhiều cơ sở nâng cấp khi nhu cầu vượt khoảng 15.000 "
        "viên/ngày; lưu ý vệ sinh GMP và tay nghề người vận hành.",
    ),
    (
        "mEo118",
        "en",
        "capsule_hand",
        "Hand-operated capsule filling machine, 5,000-7,500 capsules per hour",
        "A pharmacy-training site describes the hand-operated filler: bed and loading tray with 200-300 holes, powder tray, pin plate, "
        "rubber-topped sealing plate, lever and cam handle; a 200-hole machine fills about 5,000 capsules an hour and a 300-hole one "
        "about 7,500.",
    ),
    (
        "mEo119",
        "vi",
        "congbo_tpcn",
        "Dịch vụ công bố thực phẩm bảo vệ sức khỏe dạng bột hòa tan",
        "Đơn vị tư vấn giấy phép nhận làm thủ tục công bố sản phẩm: kiểm nghiệm sản phẩm, lập hồ sơ theo tiêu chuẩn công bố, nộp trực tuyến "
        "trên hệ thống của Bộ Y tế và theo dõi đến khi có số tiếp nhận; hướng dẫn chi phí, thời gian năm 2025 và các lỗi hồ sơ thường gặp.",
    ),
    (
        "mEo120",
        "vi",
        "gmp_longan",
        "Nhà máy đạt chuẩn GMP nhận gia công thực phẩm bảo vệ sức khỏe",
        "Nhà máy dược - thực phẩm đạt GMP tại Long An nhận gia công cho doanh nghiệp chưa đủ năng lực nâng cấp cơ sở, trong bối cảnh cơ quan "
        "quản lý khẳng định bắt buộc áp dụng GMP để sản phẩm an toàn, chất lượng và cạnh tranh được với hàng ngoại nhập.",
    ),
    (
        "mEo121",
        "en",
        "cdmo_csk",
        "GMP contract development and manufacturing for nutritional supplements",
        "A supplement CDMO explains and delivers GMP compliance: independent quality unit, SOPs, master and batch records, cleaning logs, "
        "trained staff, validated equipment, supplier control and testing under 21 CFR 111 and EU rules, with a step-by-step "
        "implementation roadmap.",
    ),
    (
        "mEo122",
        "en",
        "cm_gmplabs",
        "Contract manufacturing of capsules, powders, tablets and liquids under supplement GMPs",
        "Third-party-certified contract manufacturers (NPA and NSF) make capsules, powders, tablets and liquids for brand owners and work "
        "closely with them to share GMP responsibility, now that FDA supplement GMPs apply even to firms with fewer than 20 employees.",
    ),
    (
        "mEo123",
        "en",
        "mes_instantgmp",
        "Manufacturing execution software with electronic batch records for supplement makers",
        "A software vendor offers an MES for dietary-supplement makers so that each batch is tracked from start to finish: materials and "
        "their sources, conditions, operators, master manufacturing record and labelling, meeting cGMP specifications for identity, "
        "purity, strength and composition.",
    ),
    (
        "mEo124",
        "vi",
        "fpeg_gmpeu",
        "Tư vấn thiết kế, xây dựng nhà máy dược đạt chuẩn GMP-EU",
        "Tập đoàn kỹ thuật FormaPharm Engineering ký hợp tác (10/3/2022) tư vấn xây dựng cụm nhà máy dược phẩm đạt chuẩn GMP-EU cho một công "
        "ty dược ở Trà Vinh; dịch vụ gồm thiết kế nhà xưởng, hệ thống phụ trợ và hồ sơ đáp ứng GMP châu Âu.",
    ),
    (
        "mEo125",
        "vi",
        "linhchi_kt",
        "Chuyển giao quy trình nuôi trồng nấm linh chi trên mùn cưa",
        "Quy trình kỹ thuật: thời vụ tháng 8 đến tháng 4 năm sau; mùn cưa gỗ mềm tưới nước vôi (1 kg mùn cưa khô : 1,2 lít nước), ủ 3-5 "
        "ngày; phối trộn mùn cưa với 5% bột ngô, 5% cám gạo, 0,5% đường, 1% CaCO3, độ ẩm 60-65%; đóng túi 1,3-1,4 kg, hấp khử trùng "
        "100 độ C.",
    ),
    (
        "mEo126",
        "vi",
        "linhchi_htx",
        "Hợp tác xã chia sẻ kỹ thuật sản xuất nấm linh chi",
        "HTX hướng dẫn điều kiện nuôi linh chi (Ganoderma lucidum): nuôi sợi 20-30 độ C, ra quả thể 22-28 độ C, độ ẩm cơ chất 60-65%, "
        "không khí 80-95%, thông thoáng, nuôi sợi không cần sáng, ra quả thể cần ánh sáng tán xạ, pH 5,5 đến trung tính.",
    ),
    (
        "mEo127",
        "vi",
        "linhchi_xuong",
        "Thiết kế phân xưởng trồng nấm linh chi",
        "Đồ án tốt nghiệp Trường ĐH Bách khoa Đà Nẵng thiết kế phân xưởng trồng nấm linh chi: mặt bằng, dây chuyền xử lý nguyên liệu, hấp "
        "khử trùng, cấy giống, nhà nuôi sợi và nhà ra quả thể, tính toán thiết bị; có thể tham khảo khi đầu tư xưởng quy mô hợp tác xã.",
    ),
    # --- traceability ---
    (
        "mEo128",
        "vi",
        "qr_gpsco",
        "Giải pháp truy xuất nguồn gốc bằng mã QR cho sản phẩm",
        "Công ty công nghệ gán cho mỗi sản phẩm hoặc đơn vị hàng một mã QR riêng in trên bao bì; người mua quét bằng điện thoại để xem nhà "
        "sản xuất, quy trình, thành phần, nguồn nguyên liệu, hạn dùng, còn doanh nghiệp theo dõi chuỗi cung ứng.",
    ),
    (
        "mEo129",
        "vi",
        "barcode_agri360",
        "Hệ thống truy xuất nguồn gốc nông sản bằng mã vạch 1D, 2D",
        "Nền tảng nông nghiệp số hướng dẫn và triển khai truy xuất bằng mã vạch: mã hóa mã sản phẩm, số lô, ngày sản xuất, hạn dùng để theo "
        "dõi hành trình từ vùng trồng, chế biến đến người tiêu dùng, tăng minh bạch và uy tín.",
    ),
    (
        "mEo130",
        "vi",
        "txng_training",
        "Tập huấn mã số mã vạch và truy xuất nguồn gốc cho doanh nghiệp",
        "Chuyên gia công nghệ thông tin, ISO và mã số mã vạch tổ chức lớp một ngày (2022) về mã số, mã vạch, các loại mã QR, ứng dụng thực tế, "
        "tổng quan và thực trạng truy xuất nguồn gốc hàng hóa ở Việt Nam cho doanh nghiệp và cơ quan quản lý.",
    ),
    (
        "mEo131",
        "en",
        "biotrace",
        "Blockchain and IPFS traceability platform for herbal supply chains",
        "An engineering college team built BioTrace, a Hyperledger Fabric and IPFS platform that tracks herbs from harvest to consumer, "
        "stores documents tamper-proof, enforces role-based access, checks geo-fencing, season, species and lab quality metrics "
        "automatically and gives consumers QR-code access to full batch provenance.",
    ),
    (
        "mEo132",
        "vi",
        "blockchain_herb",
        "Truy xuất chuỗi cung ứng dược liệu bằng blockchain gắn kết quả kiểm nghiệm",
        "Giải pháp blockchain cho nhà cung cấp dược liệu ghi tọa độ GPS nơi thu hái, kết quả kim loại nặng (Pb, Cd, As), nhật ký nhiệt độ sấy "
        "và mã chứng nhận hữu cơ cho từng lô, truy cập bằng mã QR; thí điểm đưa 327 nông hộ lên sổ cái trong 11 ngày bằng ứng dụng chạy "
        "ngoại tuyến, thời gian truy vết giảm từ hơn 72 giờ xuống 2,3 giờ.",
    ),
]

OFFERS += [
    # --- distractors: neighbouring fields that share words with the needs ---
    (
        "mEo133",
        "en",
        "d_paddy_mobile",
        "Mobile paddy dryer that needs no electricity",
        "A farmer-inventor built a movable paddy dryer of bamboo, wood and steel (bin 1.62 m wide, 3 m long, 1.2 m high) that dries 2 "
        "tonnes of rice per batch in about 6 hours with rice-husk fuel costing about 15,000 VND a batch, without fans or labour for "
        "bagging, for Mekong Delta harvests in the rainy season.",
    ),
    (
        "mEo134",
        "vi",
        "d_paddy_flood",
        "Lò sấy lúa cơ động cho vùng lũ, 2-4 tấn/mẻ",
        "Lò sấy lúa do nông dân Đồng Tháp chế tạo: đổ lúa vào, không cần đảo trộn, khô thì mở cửa xả vào bao; có loại 2 tấn và 4 tấn/mẻ, di "
        "chuyển được để đi sấy thuê sau mỗi vụ gặt; Trung tâm Giống cũng dùng để sấy lúa giống ngày mưa dầm.",
    ),
    (
        "mEo135",
        "vi",
        "d_rice_tower",
        "Dây chuyền sấy lúa tự động dạng tháp đảo chiều",
        "Xưởng chế biến lúa gạo lắp dây chuyền sấy tháp cao 12 m, khoảng 80% chi tiết nội địa hóa, điều khiển gió, nhiệt, ẩm nhập ngoại; công "
        "suất 17 tấn/mẻ/18 giờ, đốt trấu, giá sấy thuê 300.000 đồng/tấn lúa tẻ và 500.000 đồng/tấn lúa nếp, kèm 2 silo 30 tấn.",
    ),
    (
        "mEo136",
        "en",
        "d_sra",
        "SRA reversible-airflow batch dryers for paddy, maize, cassava and soybean",
        "An agricultural engineering faculty's reversible-airflow dryers, which won a VIFOTEC award in 2005, come in 2-12 t/batch sizes "
        "for paddy and maize, 15-20 t/batch for soybean and seed rice, and fit rice lines of 60-120 t/day, with coal, husk, wood or "
        "solar-assisted furnaces.",
    ),
    (
        "mEo137",
        "vi",
        "d_coconut_fluid",
        "Máy sấy rung tầng sôi cơm dừa nạo sấy",
        "Dây chuyền sấy rung tầng sôi dùng cho nhà máy chế biến cơm dừa nạo sấy; tài liệu cũng giới thiệu nhà máy sấy lúa tầng sôi dòng đẩy 500 "
        "tấn/ngày đêm đưa vào hoạt động năm 2010 tại An Giang, cơ giới hóa và tự động hóa cao.",
    ),
    (
        "mEo138",
        "vi",
        "d_pepper_solar",
        "Máy sấy hồ tiêu năng lượng mặt trời kết hợp điện trở",
        "Mô hình máy sấy 5 kg/mẻ dùng năng lượng mặt trời kết hợp gia nhiệt điện trở: sấy tiêu từ ẩm 64% xuống 13% trong 7-9 giờ ở 60 độ C, vận "
        "tốc gió 1-1,5 m/s, lớp hạt 13-40 mm; hạt đen, nhăn, thơm, không nhiễm E. coli.",
    ),
    (
        "mEo139",
        "vi",
        "d_orchid_tc",
        "Quy trình nhân giống lan hồ điệp bằng nuôi cấy mô",
        "Phòng nuôi cấy mô tế bào thực vật áp dụng quy trình nhân giống lan hồ điệp (Phalaenopsis, trên 70 loài và nhiều giống lai), nhiệt độ "
        "nuôi tối ưu 22-27 độ C, cung cấp cây giống hoa kiểng đồng đều số lượng lớn.",
    ),
    (
        "mEo140",
        "vi",
        "d_orchid_accl",
        "Kỹ thuật nuôi trồng lan hồ điệp sau in vitro",
        "Tài liệu hướng dẫn đưa cây lan hồ điệp từ bình nuôi cấy ra vườn ươm: giá thể, tưới, phân vi lượng, theo dõi tốc độ ra lá và tỷ lệ sống "
        "của 6 dòng lan tại một trang trại ở Đà Lạt.",
    ),
    (
        "mEo141",
        "en",
        "d_diffuser",
        "Essential-oil diffusers and aroma lamps for rooms",
        "Aroma lamps and diffusers spread essential oils into a room by heating (candle bowls), natural evaporation, nebulising pure oil "
        "with compressed air, or ultrasonic misting of an oil-water mix that also humidifies the air.",
    ),
    (
        "mEo142",
        "en",
        "d_diffuser_maker",
        "Ultrasonic aroma diffuser manufacturer",
        "A manufacturer supplies ultrasonic aroma diffusers in which a vibrating disk turns water with essential oil into a cool mist, "
        "with night lights and colour-changing LEDs, for home and office fragrance.",
    ),
    (
        "mEo143",
        "vi",
        "d_cafe_pos",
        "Phần mềm bán hàng POS cho quán cà phê, quán nhỏ",
        "Giải pháp POS cho quán nhỏ: gọi món - pha chế - thanh toán dưới 60 giây, menu size, topping, in tem pha chế, trừ kho nguyên liệu theo "
        "định mức, thanh toán QR, báo cáo cuối ca; chi phí tham khảo 500.000-2 triệu đồng/tháng/điểm.",
    ),
    (
        "mEo144",
        "vi",
        "d_restaurant_sw",
        "Phần mềm quản lý nhà hàng: bàn, bếp, kho nguyên liệu",
        "Phần mềm cho nhà hàng quản lý khu vực, đặt bàn, chuyển, gộp bàn, gửi món xuống bếp và quầy pha chế, trừ kho theo định mức món ăn, in "
        "hóa đơn VAT, công nợ khách hàng và nhà cung cấp, báo cáo tài chính.",
    ),
    (
        "mEo145",
        "en",
        "d_hotel_pos",
        "Hotel restaurant point-of-sale module",
        "A hotel-management vendor's POS module deducts restaurant stock by recipe, creates receipts and accounting entries, tracks "
        "guest city-ledger debts, takes orders from smartphones or in-room smart TVs, splits and merges bills and manages deposits.",
    ),
    (
        "mEo146",
        "en",
        "d_seafood_cold",
        "Rental cold-storage centre for seafood and fruit exports",
        "A logistics company is building a rental cold-storage centre in the Mekong Delta with six frozen rooms at -18 to -22 C and one "
        "chill room at 0 to +15 C, 88,134 pallets in total on about 8 ha, EU technology and digital management, costing about 500 "
        "billion VND, mainly for seafood and fruit exporters.",
    ),
    (
        "mEo147",
        "en",
        "d_multitemp_cold",
        "Multi-zone cold warehouse for imported meat, produce and seafood",
        "A cold-logistics firm is opening a 160-billion-VND cold store with 12,000 pallets divided into zones at different temperatures "
        "for farm produce, fruit and seafood, as cold-storage demand in the south grows 11-12% a year.",
    ),
    (
        "mEo148",
        "vi",
        "d_cooler_box",
        "Thùng giữ lạnh 800 lít và tủ đông công nghiệp cho kinh doanh thực phẩm",
        "Nhà cung cấp thùng giữ lạnh so sánh thùng 800 lít không dùng điện (giữ lạnh bằng đá, gel, đá khô, dùng trung chuyển) với tủ đông "
        "800 lít làm lạnh chủ động sâu tới -18 độ C, để doanh nghiệp thực phẩm kết hợp kho và tuyến giao.",
    ),
    (
        "mEo149",
        "vi",
        "d_tuna_container",
        "Container lạnh sâu cải tiến từ container chở cá ngừ",
        "Hãng thiết bị lạnh vận tải cải tiến container chở cá ngừ (-60 độ C) thêm cách nhiệt và làm lạnh sâu để chở vắc xin mRNA cần -70 độ C, "
        "mỗi container dài hơn 6 m chứa khoảng 300.000 liều, bằng đường bộ hoặc đường biển.",
    ),
    (
        "mEo150",
        "en",
        "d_cosmetic_factory",
        "Design and construction of CGMP cosmetics factories",
        "A factory-construction contractor builds cosmetics plants to GMP and CGMP: trained staff, inspected machinery, tested raw "
        "materials, closed production, sanitation, supplier evaluation, handling of non-conforming products and full records.",
    ),
    (
        "mEo151",
        "vi",
        "d_cosmetic_cgmp",
        "Gia công mỹ phẩm tại nhà máy đạt chuẩn CGMP",
        "Doanh nghiệp gia công mỹ phẩm giới thiệu tiêu chuẩn thực hành tốt sản xuất mỹ phẩm CGMP và dự thảo nghị định (2/2016) yêu cầu cơ sở "
        "sản xuất mỹ phẩm đáp ứng CGMP.",
    ),
    (
        "mEo152",
        "vi",
        "d_straw_mushroom",
        "Hướng dẫn trồng nấm rơm và tình hình thị trường nấm",
        "Tài liệu trồng nấm rơm kèm số liệu ngành nấm: năm 2005 Việt Nam sản xuất khoảng 170.000 tấn, xuất khẩu 50-60 nghìn tấn; giá nấm mỡ "
        "30-40 nghìn đồng/kg, nấm sò 15-20 nghìn đồng/kg.",
    ),
    (
        "mEo153",
        "vi",
        "d_biogas",
        "Dùng lục bình và rơm làm nguyên liệu nạp bổ sung cho hầm biogas",
        "Nghiên cứu của Trường Đại học Cần Thơ ủ yếm khí 35 ngày hỗn hợp phân heo với lục bình hoặc rơm đã trồng nấm ở các tỷ lệ khác nhau, "
        "cho thấy nông dân ĐBSCL có thể dùng hai nguồn này nạp hầm biogas khi thiếu phân heo.",
    ),
    (
        "mEo154",
        "en",
        "d_vet_expiry",
        "Expiry monitoring module for a veterinary clinic inventory",
        "A veterinary-clinic system tracks products by year-month expiry, flags items approaching expiry with visual indicators and "
        "automatic alerts, and keeps a dedicated view of expiring stock to cut medication waste.",
    ),
    (
        "mEo155",
        "vi",
        "d_piperine",
        "Tạo hệ phân tán nano piperine từ hạt hồ tiêu bằng đồng hóa tốc độ cao",
        "Khóa luận chiết piperine từ hạt tiêu và tạo hệ phân tán với chất hoạt động bề mặt HC40 bằng đồng hóa tốc độ cao để tăng độ tan và "
        "sinh khả dụng của hoạt chất vốn kém tan trong nước.",
    ),
    (
        "mEo156",
        "en",
        "d_grain_blockchain",
        "Blockchain traceability model for the grain and oil food supply chain",
        "Researchers built a trusted traceability system for grain and edible-oil supply chains on Hyperledger Fabric, with trusted "
        "identity, master-slave multi-chain storage and a case study, to secure data sharing among many stakeholders.",
    ),
    (
        "mEo157",
        "en",
        "d_riverside_flora",
        "Survey of plant species and vegetation along the Vam Co Tay river",
        "A university botany team recorded 205 species in 159 genera and 74 families along the Vam Co Tay river in Long An, grouped "
        "their uses (medicinal, vegetable, household, ornamental, essential oil), two Red Book species and 11 plant associations.",
    ),
    (
        "mEo158",
        "vi",
        "d_coldroom_build",
        "Thiết kế, lắp đặt kho lạnh bảo quản hàng đông lạnh",
        "Đơn vị kho bãi tư vấn làm kho lạnh: phân loại theo công suất (dung tích chứa E = thể tích x định mức chất tải) và theo nhiệt độ, cấu "
        "tạo, chi phí, sửa chữa; phục vụ cá nhân, doanh nghiệp cần bảo quản hàng đông lạnh.",
    ),
    (
        "mEo159",
        "vi",
        "d_tens",
        "Máy vật lý trị liệu xung điện TENS, EMS",
        "Nhà cung cấp thiết bị giới thiệu máy vật lý trị liệu dùng dòng điện cường độ thấp: TENS giảm đau thần kinh, đau mạn tính; EMS kích "
        "thích cơ; dùng tại nhà hoặc cơ sở phục hồi chức năng cho bệnh cơ xương khớp và sau chấn thương.",
    ),
    (
        "mEo160",
        "en",
        "d_cattle_feed",
        "Using plant-based farm leftovers as cattle feed and hog waste for energy",
        "University extension specialists help farms turn plant-based agricultural leftovers into feed for beef cattle, whose rumen "
        "digests material people cannot, and convert hog manure into fertiliser and renewable energy.",
    ),
    (
        "mEo161",
        "vi",
        "d_fish_solar",
        "Hệ thống sấy cá khô bằng năng lượng mặt trời 500 kg/mẻ",
        "Thiết bị sấy năng lượng mặt trời lắp cho một hợp tác xã ở Hậu Giang sấy cá sặc bổi 500 kg/mẻ, điều chỉnh mô-đun nhiệt độ, độ ẩm, tốc "
        "độ gió, thay cho phơi cá thủ công dưới nắng, bụi và côn trùng; khoảng 80% sản phẩm sấy trên thị trường vẫn phơi tự nhiên.",
    ),
    (
        "mEo162",
        "vi",
        "d_cafe_bl",
        "Phần mềm quản lý quán cà phê",
        "Sở thông tin truyền thông giới thiệu phần mềm quán cà phê: chuyển, gộp, tách bàn, thêm món, phân khu vực cho nhân viên phục vụ, chấm "
        "công tính lương theo doanh thu, thống kê món và bàn có doanh thu cao.",
    ),
    (
        "mEo163",
        "vi",
        "d_covid_ultracold",
        "Thùng đá khô có cảm biến nhiệt cho vắc xin mRNA bảo quản âm 70 độ C",
        "Giải pháp phân phối vắc xin mRNA: loại của Pfizer/BioNTech cần -70 độ C, để tủ lạnh 2-8 độ C chỉ dùng được 5 ngày; Moderna 30 ngày ở 2-8 "
        "độ C; lọ được đóng thùng đá khô 1.000 lọ/thùng có cảm biến nhiệt.",
    ),
]
