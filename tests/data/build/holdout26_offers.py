"""Technology offers of the holdout26 set: (id, language, source key, title, description)."""

OFFERS = [
    # --- coconut: makapuno seedlings ---
    (
        "jBo001",
        "vi",
        "duasap_khpt",
        "Cây giống dừa sáp nuôi cấy phôi, tỷ lệ trái sáp trên 90%",
        "Phòng thí nghiệm công nghệ sinh học của trường đại học tại Trà Vinh tách phôi từ trái dừa sáp, nuôi trong ống nghiệm "
        "rồi đưa ra vườn ươm. Cây con cho trái có cơm dẻo đặc gần như toàn bộ, khác hẳn cây trồng từ hạt thường chỉ được "
        "khoảng một phần tư trái sáp. Nhận đặt hàng từ 500 cây trở lên, hỗ trợ kỹ thuật trồng và chăm sóc 3 năm đầu.",
    ),
    (
        "jBo002",
        "en",
        "tvu_ibt",
        "Embryo-rescue propagation of makapuno coconut seedlings",
        "A provincial university biotech institute offers in-vitro embryo rescue of makapuno (soft-jelly) coconut. Embryos "
        "from selected fruits are grown on defined media and hardened in a 1,000 m2 nursery, so nearly every palm bears "
        "jelly-type nuts. Licensing of the protocol or supply of acclimatised seedlings to cooperatives and estates.",
    ),
    (
        "jBo003",
        "vi",
        "duasap_95",
        "Chiết xuất galactomannan từ cơm dừa sáp làm nguyên liệu mỹ phẩm, thực phẩm",
        "Quy trình tách và tinh chế polysaccharide galactomannan, chất tạo nên độ dẻo của cơm dừa sáp, dùng cho kem dưỡng "
        "da, mặt nạ, thạch và kem lạnh. Kèm công thức mứt và kẹo dừa sáp cho cơ sở chế biến nhỏ. Hiệu suất thu hồi khoảng "
        "8 kg bột khô trên 1 tấn cơm.",
    ),
    # --- coconut: pests ---
    (
        "jBo004",
        "vi",
        "sdd_ong",
        "Nhân nuôi và phóng thích ong ký sinh diệt sâu đầu đen hại dừa",
        "Quy trình nhân nuôi ong ký sinh Goniozus và Bracon trên ký chủ thay thế trong phòng, mỗi đợt hàng triệu con, thả "
        "vào vườn dừa theo mật độ khuyến cáo. Kết hợp cắt tỉa tàu lá bị hại và hạn chế thuốc hóa học để giữ thiên địch. "
        "Chuyển giao cho trạm bảo vệ thực vật và hợp tác xã.",
    ),
    (
        "jBo005",
        "en",
        "sdd_nn",
        "Biological control package for coconut black-headed caterpillar (Opisina arenosella)",
        "Integrated package developed with a southern plant protection centre: parasitoid wasp releases, a Bt spray schedule "
        "for hot spots and a monitoring sheet for farmers. Works on tall palms where spraying from the ground is "
        "impossible. Includes training of village teams and a rearing unit for natural enemies.",
    ),
    (
        "jBo006",
        "vi",
        "kienvuong",
        "Bẫy pheromone và nấm xanh diệt kiến vương (bọ cánh cứng tê giác) hại dừa",
        "Bộ giải pháp gồm bẫy xô treo mồi pheromone tổng hợp dẫn dụ con trưởng thành, ủ nấm Metarhizium vào đống phân, thân "
        "dừa mục nơi ấu trùng sinh sống và vệ sinh vườn. Giảm tỷ lệ cây bị đục đọt dưới 5% sau một mùa. Cung cấp mồi và "
        "hướng dẫn đặt 1 bẫy/2 ha.",
    ),
    (
        "jBo007",
        "en",
        "sdd_2lua",
        "Bacillus thuringiensis bio-insecticide for leaf-eating caterpillars",
        "Liquid Bt formulation (kurstaki strain) produced by fermentation, effective on young larvae of caterpillars on "
        "coconut, vegetables and fruit trees. Safe for bees and parasitoids. Offered as product supply or as licence of "
        "the 2,000-litre fermentation process.",
    ),
    (
        "jBo008",
        "vi",
        "sdd_nln",
        "Quy trình nhân nuôi bọ đuôi kìm làm thiên địch cho vườn dừa",
        "Trường đại học nông lâm chuyển giao kỹ thuật nuôi bọ đuôi kìm Chelisoches bằng thức ăn rẻ tiền trong thùng nhựa, "
        "mỗi thùng cho vài nghìn con sau 6 tuần. Bọ đuôi kìm ưa ăn sâu non tuổi nhỏ ẩn dưới tàu lá dừa. Phù hợp tổ hợp tác "
        "tự sản xuất thiên địch tại chỗ.",
    ),
    # --- coconut: processing ---
    (
        "jBo009",
        "en",
        "vco_fao",
        "Village-scale virgin coconut oil line (wet process)",
        "Design, equipment list and training for virgin coconut oil from fresh mature kernels: grating, milk pressing, "
        "natural fermentation or chilling, low-heat moisture removal and filtration. Capacity from 1,000 to 5,000 nuts a "
        "day; oil meets APCC free-fatty-acid and peroxide limits for export.",
    ),
    (
        "jBo010",
        "vi",
        "vco_cdb",
        "Dây chuyền ép lạnh dầu dừa nguyên chất quy mô hợp tác xã",
        "Thiết bị nạo, sấy nhanh cơm dừa ở nhiệt độ thấp và ép trục vít lạnh, lọc tinh, công suất 500-800 trái/ngày. Dầu "
        "trong, giữ mùi thơm tự nhiên, không tẩy màu khử mùi. Bàn giao công nghệ, hướng dẫn hồ sơ công bố chất lượng.",
    ),
    (
        "jBo011",
        "vi",
        "prebiotic_dua",
        "Chế phẩm prebiotic từ bã cơm dừa dùng trong thức ăn chăn nuôi",
        "Viện nghiên cứu cây có dầu chuyển giao quy trình thủy phân bằng enzyme bã cơm dừa sau khi ép sữa, thu được "
        "mannan-oligosaccharide bổ sung vào thức ăn gà, heo, giúp giảm tiêu chảy và tăng trọng. Một nhà máy 3-4 tấn dừa/ngày "
        "có thể xử lý khoảng 1.000 tấn bã mỗi năm.",
    ),
    (
        "jBo012",
        "en",
        "ethanol_dua",
        "Fermentation of coconut water and husk residues into vinegar and bio-ethanol",
        "University chemical engineering group offers yeast and acetic fermentation protocols turning waste coconut water "
        "from desiccated-coconut plants into table vinegar, and pre-treated husk fibre into fuel ethanol at pilot scale.",
    ),
    (
        "jBo013",
        "vi",
        "ctu_ktt",
        "Sản xuất than hoạt tính từ gáo dừa bằng hoạt hóa hơi nước",
        "Lò than hóa gáo dừa liên tục kết hợp lò quay hoạt hóa bằng hơi nước ở 900 độ C, cho than dạng hạt có chỉ số iod "
        "900-1.050 mg/g dùng lọc nước, khử mùi. Công suất 1-3 tấn than thành phẩm/ngày; thu hồi nhiệt để sấy nguyên liệu.",
    ),
    (
        "jBo014",
        "en",
        "lucbinh",
        "Coir pith composting with microbial starter for soilless growing media",
        "Technology to wash and compost coir pith with a cellulose-degrading fungal-bacterial starter in 30 days, lowering "
        "tannins and EC so it can be pressed into grow bags and seedling blocks for greenhouse vegetables and melons.",
    ),
    (
        "jBo015",
        "vi",
        "tvu_tt",
        "Máy lột vỏ dừa khô bán tự động 600 trái/giờ",
        "Nhóm giảng viên cơ khí thiết kế máy lột vỏ dừa khô dùng hai trục gai quay ngược chiều, một người vận hành, công "
        "suất 500-600 trái/giờ, động cơ 3 kW. Giảm sức lao động so với lột tay bằng xà beng.",
    ),
    # --- biofertiliser / composting ---
    (
        "jBo016",
        "vi",
        "lucbinh",
        "Chế phẩm vi sinh phân giải cellulose ủ rơm rạ, lục bình làm phân hữu cơ",
        "Hỗn hợp chủng nấm và vi khuẩn phân giải cellulose, tinh bột, protein giúp đống ủ rơm rạ hoặc lục bình hoai mục "
        "sau 30-45 ngày, không mùi hôi. 1 kg chế phẩm ủ được 1 tấn nguyên liệu. Tập huấn cho nông dân ủ tại ruộng.",
    ),
    (
        "jBo017",
        "en",
        "tcvn_p",
        "Phosphate-solubilising and nitrogen-fixing biofertiliser for paddy rice",
        "Carrier-based biofertiliser with Azospirillum and phosphate-solubilising Bacillus strains, produced to the national "
        "standard for P-solubilising inoculants. Field trials show urea can be cut by about 30% without yield loss. "
        "Licence of strains and fermentation process for fertiliser plants.",
    ),
    (
        "jBo018",
        "vi",
        "vsv_phanbon",
        "Phân hữu cơ vi sinh từ mụn dừa và phân bò",
        "Quy trình phối trộn mụn dừa, phân bò, lân và men vi sinh, ủ 45 ngày rồi phối chủng vi sinh có ích, cho phân hữu cơ "
        "vi sinh đạt quy chuẩn. Tận dụng mụn dừa tồn đọng ở các cơ sở xơ dừa.",
    ),
    (
        "jBo019",
        "en",
        "lucbinh",
        "Compost from water hyacinth with heavy-metal screening",
        "City biotechnology centre process: harvested water hyacinth is chopped, checked for heavy metals, then composted "
        "with a cellulolytic inoculum into organic fertiliser. Reduces clogging of canals while producing a soil "
        "conditioner.",
    ),
    (
        "jBo020",
        "vi",
        "vsv_phanbon",
        "Phân vi sinh chứa vi khuẩn cố định đạm chịu mặn cho lúa vùng ven biển",
        "Chủng vi khuẩn cố định đạm và hòa tan lân phân lập từ đất nhiễm mặn, sống được ở độ mặn 4-6‰, sản xuất dạng bột "
        "hoặc lỏng. Giúp lúa đẻ nhánh tốt hơn trên đất mặn, giảm 20-30% phân đạm hóa học.",
    ),
    # --- bio-pesticides ---
    (
        "jBo021",
        "vi",
        "tricho1",
        "Chế phẩm nấm đối kháng Trichoderma trị thối rễ, xì mủ cây ăn trái",
        "Chế phẩm dạng bột chứa bào tử Trichoderma asperellum và T. harzianum mật độ cao, trộn phân chuồng bón gốc hoặc "
        "tưới, ức chế Phytophthora, Pythium, Fusarium trên sầu riêng, cây có múi, chuối, rau màu. Cung cấp sản phẩm và "
        "hướng dẫn kỹ thuật.",
    ),
    (
        "jBo022",
        "en",
        "tricho_tdt",
        "Solid-state fermentation line for Trichoderma biofungicide",
        "Know-how transfer for producing Trichoderma harzianum spores on rice bran and husk substrate: optimised medium, "
        "tray and bag fermentation, drying and quality control of spore counts. One-tonne batch line suitable for a "
        "company wanting to launch its own biofungicide brand.",
    ),
    (
        "jBo023",
        "vi",
        "metarhizium",
        "Chế phẩm nấm xanh Metarhizium trừ rầy nâu trên lúa",
        "Chế phẩm bào tử nấm xanh Metarhizium anisopliae, phun 5-8 kg/ha khi rầy cám xuất hiện, hiệu lực khoảng 60-70% sau "
        "10 ngày và lây lan trong quần thể rầy. Không hại thiên địch, thay thế một phần thuốc hóa học.",
    ),
    (
        "jBo024",
        "en",
        "beauveria_ctu",
        "Beauveria bassiana biopesticide against mealybugs and whiteflies",
        "Plant protection department offers a white-muscardine fungus formulation with a sticker-spreader for sap-sucking "
        "pests on vegetables, eggplant, cassava and fruit trees. Lab and field efficacy data from Can Tho trials.",
    ),
    (
        "jBo025",
        "en",
        "metar_tq",
        "On-farm multiplication of green muscardine fungus for planthopper control",
        "Simple protocol and starter culture so farmer groups can multiply Metarhizium on cooked rice in bags and spray it "
        "against brown and white-backed planthoppers. Training, starter supply and quality checks of spore density.",
    ),
    (
        "jBo026",
        "vi",
        "nano_rice",
        "Vi khuẩn nội sinh Bacillus velezensis phòng bệnh đạo ôn và cháy bìa lá lúa",
        "Chế phẩm vi khuẩn nội sinh phân lập từ lúa vùng ĐBSCL, xử lý hạt giống và phun lá, kích thích tính kháng và ức chế "
        "nấm Pyricularia, vi khuẩn Xanthomonas. Giảm 2-3 lần phun thuốc trong vụ.",
    ),
    # --- tissue culture ---
    (
        "jBo027",
        "vi",
        "chuoi_laba",
        "Cây chuối cấy mô sạch bệnh (chuối già, chuối xiêm)",
        "Vườn ươm cấy mô của viện công nghệ sinh học cung cấp cây chuối con sạch bệnh héo Panama và virus, đồng đều, cho "
        "buồng cùng lúc. Công suất hiện tại khoảng 5.000 cây/tháng, kèm quy trình chăm sóc ngoài vườn ươm.",
    ),
    (
        "jBo028",
        "en",
        "camautech_chuoi",
        "Large-volume tissue-culture Cavendish banana plantlets",
        "Commercial lab with bioreactor multiplication supplies acclimatised Cavendish plantlets indexed for banana bunchy "
        "top and streak viruses. Capacity up to 40,000 plants a month, delivered in trays; agronomy support for export farms.",
    ),
    (
        "jBo029",
        "vi",
        "tvu_ibt",
        "Nhân giống in vitro cây dược liệu (đinh lăng, sâm, rau đắng biển)",
        "Quy trình vi nhân giống cây dược liệu trên môi trường MS bổ sung chất điều hòa sinh trưởng, tạo cây con đồng nhất "
        "về hoạt chất. Trại dược liệu 1.000 m2 để thuần hóa. Nhận hợp đồng nhân giống theo đơn đặt hàng.",
    ),
    (
        "jBo030",
        "en",
        "vitro_chanhday",
        "Shoot-tip micrografting to clean citrus mother trees of greening and viruses",
        "Micrografting of 0.2-0.5 mm shoot apices onto in-vitro rootstocks eliminates HLB bacteria and viruses from pomelo, "
        "orange and lime clones. Service to re-establish certified mother blocks and budwood for nurseries.",
    ),
    (
        "jBo031",
        "vi",
        "tvu_ibt2",
        "Nuôi cấy mô hoa lan hồ điệp, dendro thương phẩm",
        "Cung cấp cây lan cấy mô và quy trình thuần dưỡng trong nhà màng cho cơ sở kinh doanh hoa kiểng dịp Tết.",
    ),
    (
        "jBo032",
        "vi",
        "himitech",
        "Giống mía sạch bệnh từ nuôi cấy mô",
        "Nhân nhanh các giống mía năng suất cao bằng nuôi cấy đỉnh sinh trưởng, loại bệnh trắng lá và khảm, cung cấp hom "
        "giống cấp 1 cho vùng nguyên liệu. Hom giống cho năng suất mía cây cao hơn 15-20% so với giống thoái hóa.",
    ),
    # --- rice varieties and rice farming ---
    (
        "jBo033",
        "vi",
        "om_man",
        "Bộ giống lúa OM chịu mặn 4-6‰ cho vùng ven biển",
        "Viện lúa chuyển giao giống lúa ngắn ngày 90-100 ngày chịu mặn tương đương giống chuẩn Pokkali, năng suất 6-7 "
        "tấn/ha, gạo đạt chuẩn xuất khẩu. Cung cấp giống xác nhận và hướng dẫn lịch thời vụ né mặn.",
    ),
    (
        "jBo034",
        "en",
        "om_hanman",
        "Salt- and drought-tolerant rice lines with seed multiplication support",
        "Rice research institute licenses recently released lines that stayed green at 3-4 ppt salinity in the 2016 and 2020 "
        "droughts. Includes foundation seed, multiplication protocol for seed cooperatives and field demonstration.",
    ),
    (
        "jBo035",
        "vi",
        "om_soctrang",
        "Giống lúa thơm chịu mặn cho mô hình lúa - tôm",
        "Giống lúa thơm thời gian sinh trưởng 100-105 ngày, chịu mặn giai đoạn mạ trên 8 dS/m, thích hợp cấy trên ruộng nuôi "
        "tôm mùa khô. Kèm quy trình rửa mặn đầu vụ và bón phân hữu cơ.",
    ),
    (
        "jBo036",
        "en",
        "biotec_mou",
        "Marker-assisted screening for salinity tolerance (Saltol QTL) in rice breeding lines",
        "Molecular lab offers DNA-marker genotyping of breeding populations for the Saltol region and other tolerance genes, "
        "with hydroponic seedling tests at 8-12 dS/m. Results within 3 weeks; for seed companies and breeders.",
    ),
    (
        "jBo037",
        "en",
        "awd_jircas",
        "Alternate wetting and drying (AWD) kit with field water-level sensors",
        "Package of perforated field tubes and low-cost wireless water-level sensors that tell farmers when to re-irrigate. "
        "Cuts pumping water by about 25% and methane emissions by up to 40% while keeping yields; data can support "
        "low-carbon rice claims.",
    ),
    (
        "jBo038",
        "vi",
        "awd_bio",
        "Kỹ thuật tưới ngập khô xen kẽ và canh tác lúa giảm phát thải",
        "Tập huấn nông dân đặt ống đo mực nước, rút nước giữa vụ, kết hợp giảm giống và phân đạm. Tiết kiệm nước bơm, giảm "
        "chi phí, hỗ trợ hợp tác xã tham gia chương trình lúa carbon thấp.",
    ),
    (
        "jBo039",
        "vi",
        "drone_dv",
        "Dịch vụ máy bay không người lái phun thuốc, bón phân cho lúa",
        "Đội bay nhận phun thuốc bảo vệ thực vật, rải phân trên ruộng lúa và vườn cây ăn trái, 1 ha khoảng 10 phút, người "
        "phun không tiếp xúc thuốc. Giá dịch vụ theo ha; bán và đào tạo phi công cho hợp tác xã.",
    ),
    (
        "jBo040",
        "en",
        "drone_mismart",
        "Agricultural drones for seeding, fertilising and spraying",
        "Vietnamese start-up builds spraying drones that cover up to 50 ha a day, with route planning software, seeding and "
        "granule-spreading modules. Sale, leasing, pilot training and maintenance network in the Mekong Delta.",
    ),
    (
        "jBo041",
        "vi",
        "namrom_st",
        "Máy cuốn rơm và dịch vụ thu gom rơm sau gặt",
        "Máy cuốn rơm kéo theo máy cày, mỗi giờ được 60-80 cuộn, giúp thu gom rơm sạch bán cho trại nấm, chăn nuôi bò. Cung "
        "cấp máy và hỗ trợ tổ dịch vụ.",
    ),
    # --- mushrooms ---
    (
        "jBo042",
        "vi",
        "namrom_ag",
        "Quy trình trồng nấm rơm trong nhà năng suất cao",
        "Mô hình nhà trồng nấm rơm có kệ hoặc dạng trụ, kiểm soát nhiệt độ độ ẩm, năng suất gần 1,4 kg/m mô, cao hơn 40% so "
        "với ngoài trời. Chuyển giao thiết kế nhà, quy trình ủ rơm và cấy meo, tận dụng rơm sau trồng làm phân.",
    ),
    (
        "jBo043",
        "en",
        "namrom_ctu",
        "Mushroom spawn production: straw mushroom and oyster mushroom",
        "University crop science lab supplies mother cultures and trains spawn makers to produce grain and straw-based "
        "spawn of Volvariella volvacea and Pleurotus with contamination below 5%. Quality control and strain renewal.",
    ),
    (
        "jBo044",
        "vi",
        "namrom_kh",
        "Cung cấp meo giống nấm rơm chất lượng, tơ khỏe",
        "Cơ sở sản xuất meo nấm rơm theo quy trình của trường đại học, giao tận nơi, kèm tư vấn kỹ thuật ủ rơm, phối trộn "
        "bông vải.",
    ),
    # --- shrimp health ---
    (
        "jBo045",
        "en",
        "ehp_pcr",
        "Real-time PCR protocol for EHP microsporidian in shrimp",
        "Validated real-time PCR procedure detecting Enterocytozoon hepatopenaei from nauplius stage onward, with optimised "
        "reagents that cut cost per sample. Transfer to provincial and company labs; screening of broodstock and postlarvae.",
    ),
    (
        "jBo046",
        "vi",
        "ems_fao",
        "Bộ kit PCR phát hiện bệnh đốm trắng và hoại tử gan tụy cấp (AHPND)",
        "Bộ thuốc thử PCR phát hiện virus đốm trắng và gen độc tố của Vibrio parahaemolyticus gây hoại tử gan tụy cấp, dùng "
        "cho phòng xét nghiệm, kết quả trong 4 giờ.",
    ),
    (
        "jBo047",
        "en",
        "wssv_kit",
        "Pond-side LAMP kit for white spot syndrome virus",
        "Isothermal amplification kit read by colour change, usable at the farm without a lab. About USD 1 per test versus "
        "USD 10 at a laboratory; gives early warning before mass mortality.",
    ),
    (
        "jBo048",
        "vi",
        "shrimp_surv",
        "Dịch vụ xét nghiệm bệnh tôm lưu động tại ao",
        "Xe xét nghiệm lưu động lấy mẫu tại ao, chạy PCR phát hiện đốm trắng, hoại tử gan tụy, vi bào tử trùng EHP, trả kết "
        "quả trong ngày. Gói giám sát định kỳ cho tổ hợp tác nuôi tôm.",
    ),
    (
        "jBo049",
        "vi",
        "biofloc_st",
        "Quy trình nuôi tôm thẻ theo công nghệ bán biofloc",
        "Chuyển giao kỹ thuật bổ sung nguồn carbon từ mật rỉ, cám gạo để cân bằng C/N, tạo hạt floc làm thức ăn bổ sung, "
        "giảm thay nước và thức ăn. Kèm hướng dẫn quạt nước và quản lý thể tích floc.",
    ),
    (
        "jBo050",
        "en",
        "biofloc_taw",
        "Biosecure biofloc system design for intensive whiteleg shrimp",
        "Engineering design of lined ponds, reservoirs and paddlewheel layout for zero-exchange biofloc culture with SPF "
        "postlarvae, partial harvest planning and floc volume control; yields above 20 t/ha per crop in reference farms.",
    ),
    (
        "jBo051",
        "vi",
        "tomcang_ctu",
        "Chế phẩm vi sinh xử lý đáy ao, giảm khí độc NH3, H2S",
        "Chế phẩm chứa Bacillus và vi khuẩn nitrat hóa phân hủy bùn đáy, thức ăn dư, giảm khí độc và mật độ Vibrio trong "
        "nước ao tôm, tôm càng. Liều dùng và lịch xử lý theo tuần tuổi tôm.",
    ),
    (
        "jBo052",
        "en",
        "ems_fao",
        "Probiotic feed additive to suppress Vibrio in shrimp gut",
        "Blend of Bacillus and Lactobacillus strains coated onto feed that lowers Vibrio counts in the hepatopancreas and "
        "gut, supporting antibiotic-free production for export markets.",
    ),
    (
        "jBo053",
        "vi",
        "biofloc_na",
        "Hệ thống nuôi tôm tuần hoàn trong nhà màng",
        "Thiết kế bể nổi, lọc cơ học, lọc sinh học và tái sử dụng nước cho nuôi tôm mật độ 300 con/m2, giảm xả thải và rủi "
        "ro dịch bệnh.",
    ),
    (
        "jBo054",
        "en",
        "mangrove_apn",
        "Certification support for organic mangrove-shrimp farmers",
        "Training and group-certification support so smallholder mangrove-shrimp farms meet Asian Seafood Improvement "
        "Collaborative and organic standards, with links to buyers paying a premium. Piloted in Tra Vinh.",
    ),
    (
        "jBo055",
        "vi",
        "riceshrimp_giz",
        "Giải pháp cải tiến mô hình lúa - tôm theo hướng hữu cơ",
        "Gói kỹ thuật của trường đại học và dự án hợp tác quốc tế: quan trắc đất nước, cải tạo ao, thả giống mật độ hợp lý, "
        "trồng lúa không phân thuốc hóa học. Năng suất tôm tăng khoảng 30%, thu nhập tăng 20%.",
    ),
    # --- sensors / IoT ---
    (
        "jBo056",
        "en",
        "iot_vnua",
        "IoT water-quality monitor for aquaculture ponds (DO, pH, temperature)",
        "Microcontroller node with dissolved-oxygen, pH and temperature probes sends readings to a web server; farmers see "
        "data on phones and get an alert when oxygen drops below a set level. Error under 5% against reference meters.",
    ),
    (
        "jBo057",
        "vi",
        "iot_wsn",
        "Mạng cảm biến không dây đo oxy hòa tan, độ mặn ao nuôi dùng pin mặt trời",
        "Trạm đo oxy hòa tan, pH, nhiệt độ, độ mặn chạy pin mặt trời, truyền dữ liệu không dây lên bảng điều khiển trên "
        "điện thoại, hoạt động liên tục trên 30 ngày không cần thay pin.",
    ),
    (
        "jBo058",
        "en",
        "iot_lora",
        "LoRaWAN dissolved-oxygen controller that switches aerators automatically",
        "Long-range sensor network keeps pond oxygen above 5 mg/L by switching paddlewheels on and off, cutting electricity "
        "use at night. Android app for real-time readings across several ponds.",
    ),
    (
        "jBo059",
        "vi",
        "salin_review",
        "Trạm quan trắc độ mặn trên kênh rạch, cảnh báo qua Zalo",
        "Trạm đo độ mặn tự động đặt tại cống, kênh nội đồng, gửi tin nhắn cho nông dân khi độ mặn vượt ngưỡng tưới lúa, cây "
        "ăn trái. Hỗ trợ hợp tác xã chủ động đóng cống, lấy nước.",
    ),
    (
        "jBo060",
        "en",
        "aerator_th",
        "Mobile paddle-wheel aerator with on-board water-quality sensors",
        "Remote-controlled aerator that moves to low-oxygen zones and measures eight water parameters, uploading results "
        "through an IoT module for marine shrimp ponds.",
    ),
    # --- fish health ---
    (
        "jBo061",
        "vi",
        "catra_vac2",
        "Vắc xin tiêm phòng bệnh gan thận mủ cho cá tra",
        "Vắc xin bất hoạt phòng vi khuẩn Edwardsiella ictaluri, tiêm xoang bụng cá giống, bảo hộ khoảng 70% khi dịch xảy ra, "
        "giảm dùng kháng sinh. Hướng dẫn tổ chức tiêm hàng loạt tại trại.",
    ),
    (
        "jBo062",
        "en",
        "catra_ctu",
        "Immersion vaccine against Aeromonas haemorrhagic septicaemia in pangasius",
        "Inactivated Aeromonas hydrophila vaccine applied by bath to fingerlings, giving up to 90% protection against red "
        "spot and haemorrhage disease in grow-out ponds.",
    ),
    (
        "jBo063",
        "vi",
        "catra_herb",
        "Chiết xuất thảo dược trộn thức ăn phòng bệnh gan thận mủ",
        "Cao chiết thảo dược tăng miễn dịch không đặc hiệu cho cá tra, trộn thức ăn 7-10 ngày trước mùa lũ khi bệnh thường "
        "bùng phát.",
    ),
    (
        "jBo064",
        "en",
        "catra_vac",
        "Antibiotic susceptibility testing for fish bacterial pathogens",
        "Laboratory isolates bacteria from diseased fish and returns an antibiogram within 72 hours, so farms use only "
        "effective drugs and avoid residues.",
    ),
    # --- livestock ---
    (
        "jBo065",
        "en",
        "asf_vnp",
        "Live attenuated African swine fever vaccine",
        "Vietnamese-made ASF vaccine for pigs aged 8-10 weeks, protecting at least 80% of vaccinated animals for six months. "
        "Supply, cold chain and vaccination protocol for commercial herds.",
    ),
    (
        "jBo066",
        "vi",
        "vacxin_cum",
        "Vắc xin cúm gia cầm H5N1 sản xuất trong nước",
        "Vắc xin vô hoạt phòng cúm gia cầm do doanh nghiệp thú y trong nước sản xuất, chủng phù hợp virus lưu hành, giá thấp "
        "hơn hàng nhập khẩu, chủ động nguồn cung.",
    ),
    (
        "jBo067",
        "vi",
        "asf_shic",
        "Bộ kit ELISA chẩn đoán bệnh tai xanh và dịch tả heo cổ điển",
        "Kit ELISA phát hiện kháng thể PRRS và dịch tả heo, dùng đánh giá miễn dịch đàn sau tiêm phòng.",
    ),
    (
        "jBo068",
        "vi",
        "biogas_ctu",
        "Hầm biogas composite có bổ sung lục bình, rơm làm nguyên liệu nạp",
        "Hầm ủ composite lắp nhanh 10-20 m3, có bộ lọc H2S, nạp phân heo kèm lục bình hoặc rơm đã trồng nấm khi thiếu phân. "
        "Cung cấp khí đun nấu, giảm mùi hôi cho hộ chăn nuôi 20-100 con.",
    ),
    (
        "jBo069",
        "en",
        "biogas_ht",
        "Covered-lagoon biogas plant with power generator for pig farms",
        "HDPE-covered anaerobic lagoon for farms above 1,000 pigs, gas cleaning and a biogas genset supplying farm power; "
        "digestate used as liquid fertiliser. Turnkey design and construction.",
    ),
    (
        "jBo070",
        "vi",
        "chanuoi_eco",
        "Đệm lót sinh học nuôi heo, gà không mùi",
        "Chuồng nuôi trên lớp trấu, mùn cưa trộn men vi sinh phân giải phân, giảm mùi hôi và ruồi, không xả nước thải. "
        "Cung cấp men và hướng dẫn làm đệm.",
    ),
    (
        "jBo071",
        "en",
        "biogas_wetland",
        "Constructed wetland for polishing post-biogas piggery wastewater",
        "Subsurface-flow wetland planted with local reeds removes remaining organic load, nitrogen and phosphorus from "
        "biogas effluent before discharge.",
    ),
    (
        "jBo072",
        "vi",
        "vande_mt",
        "Nuôi trùn quế xử lý phân bò, phân heo",
        "Mô hình nuôi trùn quế trên luống phân, thu phân trùn làm phân bón và trùn làm thức ăn cho gà, cá.",
    ),
    # --- seafood by-products ---
    (
        "jBo073",
        "en",
        "chitosan_bd",
        "Chitosan production from shrimp shell waste",
        "Chemical process of demineralisation, deproteinisation and deacetylation turning shrimp heads and shells into "
        "chitosan with over 80% degree of deacetylation and high solubility. Pilot plant design for 5-10 t of shell a day.",
    ),
    (
        "jBo074",
        "vi",
        "chitosan_rev",
        "Thủy phân đầu tôm bằng enzyme thu bột đạm và astaxanthin",
        "Quy trình dùng enzyme protease thủy phân đầu vỏ tôm, tách dịch đạm làm thức ăn thủy sản, thu dầu giàu astaxanthin "
        "và phần vỏ còn lại làm chitin. Giảm ô nhiễm cho nhà máy chế biến tôm.",
    ),
    (
        "jBo075",
        "vi",
        "chitosan_mar",
        "Màng bao chitosan kéo dài thời gian bảo quản trái cây",
        "Dung dịch chitosan phối trộn phụ gia nhúng hoặc phun lên trái bưởi, xoài, thanh long tạo màng mỏng, giảm mất nước "
        "và nấm bệnh, kéo dài bảo quản thêm 1-2 tuần.",
    ),
    (
        "jBo076",
        "en",
        "techmart_ct",
        "Enzyme-accelerated fish sauce fermentation",
        "Adding selected proteases and halotolerant starter shortens anchovy fish sauce fermentation from 12 months to about "
        "4 months while keeping protein nitrogen and aroma.",
    ),
    (
        "jBo077",
        "vi",
        "tvu_ibt2",
        "Dịch đạm cá thủy phân từ phụ phẩm cá làm phân bón lá",
        "Thủy phân đầu, ruột cá bằng enzyme, ổn định bằng axit hữu cơ, cho phân bón lá giàu đạm và axit amin dùng cho rau, "
        "cây ăn trái.",
    ),
    # --- drying and post-harvest ---
    (
        "jBo078",
        "vi",
        "say_setech",
        "Nhà sấy nông sản bằng năng lượng mặt trời dạng mô-đun",
        "Buồng sấy hiệu ứng nhà kính kết hợp quạt và điện dự phòng, 100-150 kg tươi/mẻ mỗi mô-đun, ghép được lên 500 kg/mẻ; "
        "nhiệt 30-65 độ C. Sấy cá, chuối, khô bò sạch bụi và côn trùng.",
    ),
    (
        "jBo079",
        "en",
        "say_cadua",
        "Hybrid solar-electric fish dryer, 100 kg per batch",
        "Dryer with a solar collector, backup electric heater and air-reversing fan keeps 40-50 °C so fish dries evenly "
        "without turning; whiter product that meets microbiological limits. Built for small dried-fish makers.",
    ),
    (
        "jBo080",
        "vi",
        "say_ict",
        "Máy sấy bơm nhiệt cho trái cây và thủy sản",
        "Máy sấy nhiệt độ thấp dùng bơm nhiệt, giữ màu và hương sản phẩm, 200-500 kg/mẻ, tiết kiệm điện so với sấy điện trở.",
    ),
    (
        "jBo081",
        "en",
        "sauthuhoach",
        "Freeze-drying line for fruit powders and snacks",
        "Lyophilisation equipment and process for mango, jackfruit, dragon fruit and coconut producing crisp snacks and "
        "instant powders that keep colour and vitamins; 50-200 kg per batch.",
    ),
    (
        "jBo082",
        "vi",
        "ca_kho",
        "Kho lạnh điều chỉnh khí quyển (CA) bảo quản trái cây xuất khẩu",
        "Kho lạnh kiểm soát tỷ lệ oxy, CO2, nitơ, nhiệt độ và độ ẩm đưa trái cây vào trạng thái ngủ, bảo quản lâu gấp 2-4 lần "
        "so với kho thường, đủ thời gian vận chuyển đường biển.",
    ),
    (
        "jBo083",
        "en",
        "chieuxa_hg",
        "E-beam and X-ray irradiation service for fresh fruit exports",
        "Irradiation plant in Hau Giang handling 1,000 t a day of fruit, seafood and rice with two independent beams, "
        "chilled loading area and phytosanitary documentation for markets such as the US and Australia.",
    ),
    (
        "jBo084",
        "vi",
        "sauthuhoach",
        "Xử lý nước nóng và phủ sáp cho xoài, bưởi sau thu hoạch",
        "Dây chuyền rửa, nhúng nước nóng diệt nấm và trứng ruồi, phủ sáp, phân loại theo kích cỡ cho nhà sơ chế trái cây.",
    ),
    (
        "jBo085",
        "en",
        "rha_pode",
        "Flatbed paddy dryer fired with rice husk, 10-20 t per batch",
        "Husk-fuelled furnace and flatbed dryer that brings wet-season paddy from 25% to 14% moisture in 8-10 hours, with "
        "ash collection. Lowers drying cost for cooperatives and mills.",
    ),
    # --- water supply ---
    (
        "jBo086",
        "vi",
        "ro_vnx",
        "Trạm lọc nước lợ RO chạy điện mặt trời cho cụm dân cư",
        "Hệ thống lọc màng thẩm thấu ngược công suất 3 m3/giờ, tấm pin mặt trời cấp điện cho bơm, xử lý nước nhiễm mặn thành "
        "nước đạt chuẩn ăn uống cho 200-300 hộ, vận hành đơn giản.",
    ),
    (
        "jBo087",
        "en",
        "greenwater",
        "Household brackish-water RO purifier",
        "Compact reverse-osmosis unit producing 20 litres an hour of drinking water from well or canal water with salinity "
        "up to 5 ppt; pre-filters, UV lamp and replaceable membranes. Suited to coastal households.",
    ),
    (
        "jBo088",
        "vi",
        "han_man_dt",
        "Túi nhựa trữ nước ngọt 7-30 m3 cho mùa hạn mặn",
        "Túi HDPE gấp gọn trữ nước mưa hoặc nước ngọt, rẻ hơn xây bể, dùng nhiều năm, cho hộ gia đình và vườn cây.",
    ),
    (
        "jBo089",
        "en",
        "ro_vnx",
        "Rainwater harvesting with UV disinfection for schools and clinics",
        "Roof catchment, first-flush diverter, storage tanks and UV disinfection providing safe drinking water through the "
        "dry season for schools and health stations.",
    ),
    # --- fruit trees ---
    (
        "jBo090",
        "vi",
        "saurieng_vjas",
        "Quy trình quản lý tổng hợp bệnh thối rễ, xì mủ trên sầu riêng",
        "Viện cây ăn quả chuyển giao quy trình: chẩn đoán tác nhân Phytophthora và Pythium, cải tạo thoát nước, bón hữu cơ "
        "kết hợp nấm đối kháng, xử lý vết bệnh và luân phiên thuốc. Giảm cây chết trên 70% ở vườn áp dụng.",
    ),
    (
        "jBo091",
        "en",
        "saurieng_doc",
        "IPM package for Phytophthora stem canker and root rot of durian",
        "Phosphonate trunk injection schedule combined with Trichoderma soil application, canopy pruning and drainage "
        "design. Tested in orchards of the Mekong Delta and south-east region.",
    ),
    (
        "jBo092",
        "vi",
        "sauthuhoach",
        "Kỹ thuật xử lý ra hoa nghịch vụ cho xoài, bưởi",
        "Quy trình điều khiển ra hoa trái vụ bằng xiết nước, hóa chất và dinh dưỡng, giúp nhà vườn bán được giá cao lúc "
        "khan hàng.",
    ),
    (
        "jBo093",
        "en",
        "saurieng_vjas",
        "Durian seedlings grafted on Phytophthora-tolerant rootstock",
        "Nursery supplies grafted Ri6 and Monthong seedlings on selected tolerant rootstocks, certified free of root rot, "
        "for new orchards and replanting.",
    ),
    (
        "jBo094",
        "vi",
        "tvu_ibt",
        "Ghép cải tạo vườn cây ăn trái già cỗi",
        "Dịch vụ ghép đổi ngọn, thay giống mới cho vườn nhãn, xoài, chôm chôm năng suất thấp mà không phải trồng lại.",
    ),
    # --- materials from by-products ---
    (
        "jBo095",
        "en",
        "silica_biz",
        "Amorphous nano-silica from rice husk ash",
        "Controlled combustion and chemical treatment turn rice husk into amorphous silica above 95% purity for paints, "
        "rubber, cosmetics and fire-retardant coatings; energy from combustion is recovered.",
    ),
    (
        "jBo096",
        "vi",
        "rha_review",
        "Lò nhiệt phân sản xuất than sinh học (biochar) từ trấu",
        "Lò nhiệt phân yếm khí liên tục 300 kg trấu/giờ, khói được đốt lại, cho than sinh học dùng cải tạo đất, phối trộn "
        "phân hữu cơ, giá thể.",
    ),
    (
        "jBo097",
        "vi",
        "rha_pode",
        "Gạch không nung và bê tông nhẹ dùng tro trấu",
        "Công thức phối trộn tro trấu thay một phần xi măng, sản xuất gạch block không nung nhẹ, cách nhiệt.",
    ),
    (
        "jBo098",
        "en",
        "rha_pode",
        "Moulded-pulp packaging from rice straw and bagasse",
        "Pulping and thermoforming line making trays, clamshells and cushioning from straw and sugarcane bagasse to "
        "replace foam packaging; 3-5 t of fibre a day.",
    ),
    (
        "jBo099",
        "vi",
        "ethanol_dua",
        "Ván ép composite từ xơ dừa và trấu",
        "Công nghệ ép nóng xơ dừa, trấu với keo ít formaldehyde thành ván dùng làm đồ nội thất, vách ngăn.",
    ),
    (
        "jBo100",
        "en",
        "rha_pode",
        "Steam-activated carbon from coconut shell (granular)",
        "Rotary-kiln process turning coconut-shell charcoal into granular activated carbon with iodine number 1,000-1,100 "
        "mg/g for water filters, gold recovery and air purification. Plant of 5 t/day.",
    ),
    # --- crab and other aquaculture ---
    (
        "jBo101",
        "vi",
        "cua_tv",
        "Quy trình sản xuất giống cua biển nhân tạo",
        "Kỹ thuật nuôi vỗ cua mẹ, ương ấu trùng zoea đến cua bột, cua 1 bằng thức ăn tươi sống và nước xanh, tỷ lệ sống đến "
        "cua 1 trên 10%. Chuyển giao cho trại giống ven biển.",
    ),
    (
        "jBo102",
        "en",
        "cualot_tv",
        "Soft-shell crab production in individual boxes",
        "System for holding mud crabs in floating boxes, inducing moult and harvesting soft-shell crabs within hours, with "
        "freezing and grading for export. Partnership model with farming households.",
    ),
    (
        "jBo103",
        "vi",
        "tomcang_ctu",
        "Ương giống tôm càng xanh bằng chế phẩm sinh học quy trình nước trong",
        "Sử dụng kết hợp hai chế phẩm sinh học trong bể ương, tỷ lệ sống ấu trùng trên 75%, giảm Vibrio.",
    ),
    (
        "jBo104",
        "en",
        "hue_spirulina",
        "Spirulina cultivation and processing",
        "Open-raceway culture of Spirulina, harvesting, drying and tablet making for functional food; know-how from a "
        "university biotechnology institute.",
    ),
    (
        "jBo105",
        "vi",
        "cua_bt",
        "Kỹ thuật ương nghêu giống trên bãi bồi ven biển",
        "Quy trình ương nghêu cám lên nghêu giống trong đăng lưới, mật độ, chọn bãi, tránh mùa nước ngọt.",
    ),
    # --- digital / traceability ---
    (
        "jBo106",
        "vi",
        "qr_pcw",
        "Phần mềm truy xuất nguồn gốc bằng tem QR cho hợp tác xã",
        "Nông dân nhập nhật ký canh tác, sơ chế, đóng gói trên điện thoại; sản phẩm dán tem QR để người mua quét xem nguồn "
        "gốc. Phí thuê bao thấp, hỗ trợ đăng ký mã vùng trồng.",
    ),
    (
        "jBo107",
        "en",
        "qr_vnb",
        "Blockchain traceability and digital farm diary for export compliance",
        "Platform recording inputs, harvest lots and processing steps on a blockchain, producing QR labels and reports for "
        "EU and US importers; integrates with cooperative management.",
    ),
    (
        "jBo108",
        "vi",
        "tvu_conf",
        "Đào tạo bán hàng trực tuyến cho cơ sở nhỏ và hợp tác xã",
        "Khóa học thực hành mở gian hàng trên sàn thương mại điện tử, livestream, chụp ảnh sản phẩm OCOP.",
    ),
    (
        "jBo109",
        "en",
        "logistics_tv",
        "Cloud ERP for small food processors",
        "Modular enterprise resource planning system covering purchasing, inventory, production orders and accounting for "
        "SMEs, with Vietnamese invoicing.",
    ),
    # --- food processing ---
    (
        "jBo110",
        "vi",
        "tvu_tt",
        "Chế biến bơ đậu phộng và kẹo đậu phộng quy mô nhỏ",
        "Quy trình rang, tách vỏ lụa, nghiền mịn, ổn định dầu cho bơ đậu phộng và kẹo, thời hạn 6 tháng; thiết bị cho cơ sở "
        "200 kg/ngày.",
    ),
    (
        "jBo111",
        "en",
        "techmart_ct",
        "Rice bran stabilisation and rice bran oil extraction",
        "Extruder stabilisation of fresh bran within hours of milling, then pressing or solvent extraction and refining "
        "to edible oil rich in oryzanol; defatted bran for feed.",
    ),
    (
        "jBo112",
        "vi",
        "techmart_ct",
        "Sản xuất bún, bánh phở tươi không hàn the, bảo quản 5 ngày",
        "Công thức và thiết bị cho cơ sở bún tươi dùng phụ gia an toàn, đóng gói, kéo dài hạn dùng.",
    ),
    (
        "jBo113",
        "en",
        "sauthuhoach",
        "Fruit wine and vinegar from surplus banana, pineapple and dragon fruit",
        "Fermentation protocols with selected yeasts and acetic bacteria, clarification and bottling, turning unsold fruit "
        "into wine and vinegar; small line of 500 litres a batch.",
    ),
    (
        "jBo114",
        "vi",
        "vco_ust",
        "Nước dừa tươi đóng chai tiệt trùng giữ hương",
        "Quy trình lọc vi sinh lạnh và tiệt trùng nhanh, đóng chai nước dừa xiêm không chất bảo quản, giữ vị tươi, hạn dùng "
        "6-9 tháng.",
    ),
    (
        "jBo115",
        "en",
        "tvu_conf",
        "Low-sugar fruit jam using pectin from passion-fruit peel",
        "Pectin extracted from passion-fruit peel used to make reduced-sugar jams of pineapple and mango.",
    ),
    # --- energy, irrigation, machinery, misc ---
    (
        "jBo116",
        "vi",
        "say_ict",
        "Hệ thống điện mặt trời áp mái cho trang trại",
        "Thiết kế lắp đặt pin mặt trời trên mái chuồng trại, nhà xưởng, bán điện dư hoặc tự dùng.",
    ),
    (
        "jBo117",
        "en",
        "ro_vnx",
        "Solar-powered irrigation pumps",
        "DC solar pumps with controllers for canals and ponds, replacing diesel pumps for orchards and vegetables.",
    ),
    (
        "jBo118",
        "vi",
        "salin_review",
        "Hệ thống tưới nhỏ giọt tiết kiệm nước cho rau màu trên đất giồng cát",
        "Tưới nhỏ giọt kết hợp bón phân qua nước, hẹn giờ tự động, tiết kiệm 40% nước và công tưới cho hành, ớt, dưa hấu.",
    ),
    (
        "jBo119",
        "en",
        "tvu_ibt",
        "Nethouse hydroponic vegetable system",
        "NFT and substrate hydroponics in insect-proof nethouses with nutrient dosing for leafy and fruit vegetables.",
    ),
    (
        "jBo120",
        "vi",
        "drone_mismart",
        "Máy cấy lúa và máy gieo hàng",
        "Cung cấp máy cấy, máy sạ hàng kèm khay mạ, giảm lượng giống và công lao động.",
    ),
    (
        "jBo121",
        "vi",
        "tvu_tt",
        "Máy tách vỏ đậu phộng 300 kg/giờ",
        "Máy tách vỏ đậu phộng dùng trống đập và quạt thổi, tỷ lệ vỡ hạt thấp.",
    ),
    (
        "jBo122",
        "en",
        "sauthuhoach",
        "Off-grid solar cold rooms for fish landing sites",
        "Modular walk-in cold room powered by solar panels and thermal storage, keeping catch at 2-4 °C without grid power.",
    ),
    (
        "jBo123",
        "vi",
        "logistics_tv",
        "Máy làm đá vảy cho tàu cá và cảng cá",
        "Máy đá vảy 5-10 tấn/ngày cho cảng cá và cơ sở thu mua, đá khô, ít tốn điện.",
    ),
    (
        "jBo124",
        "en",
        "logistics_tv",
        "Vessel monitoring system for fishing boats",
        "Satellite-based positioning system for fishing vessels meeting anti-IUU requirements.",
    ),
    (
        "jBo125",
        "vi",
        "vande_mt",
        "Hệ thống xử lý nước thải chế biến thủy sản công nghệ SBR",
        "Bể phản ứng theo mẻ xử lý nước thải giàu đạm, dầu mỡ của nhà máy chế biến tôm, cá đạt quy chuẩn xả thải.",
    ),
    (
        "jBo126",
        "en",
        "biogas_wetland",
        "DAF plus MBBR wastewater treatment for seafood plants",
        "Dissolved-air flotation removes fat and protein, followed by moving-bed biofilm reactors for nitrogen; compact "
        "design for 500-2,000 m3/day.",
    ),
    (
        "jBo127",
        "en",
        "biotec_mou",
        "PCR diagnostic service for plant diseases",
        "Molecular testing of citrus greening (HLB), banana wilt and viruses in planting material, with certificates for "
        "nurseries.",
    ),
    (
        "jBo128",
        "vi",
        "biotec_mou",
        "Kit phát hiện nhanh virus vàng lùn, lùn xoắn lá lúa",
        "Que thử miễn dịch phát hiện virus trong mẫu lúa hoặc rầy, dùng tại ruộng trong 15 phút.",
    ),
    (
        "jBo129",
        "vi",
        "tvu_ibt2",
        "Chiết xuất cao dược liệu quy mô pilot",
        "Thiết bị chiết, cô đặc chân không, sấy phun cao rau má, nghệ, diệp hạ châu cho doanh nghiệp thực phẩm chức năng.",
    ),
    (
        "jBo130",
        "en",
        "nano_piperine",
        "Nano-dispersion of curcumin and piperine",
        "High-pressure homogenisation with food-grade surfactants makes water-dispersible nano-curcumin and piperine with "
        "higher bioavailability.",
    ),
    (
        "jBo131",
        "vi",
        "hue_spirulina",
        "Nuôi cấy nấm đông trùng hạ thảo",
        "Quy trình nuôi Cordyceps militaris trên giá thể gạo, nhộng tằm trong phòng lạnh, thu quả thể và sấy.",
    ),
    (
        "jBo132",
        "vi",
        "prebiotic_dua",
        "Thức ăn lên men vi sinh cho heo từ bã đậu, cám",
        "Men vi sinh lên men phụ phẩm bã đậu nành, cám gạo thành thức ăn ủ chua cho heo, giảm chi phí 10-15%.",
    ),
    (
        "jBo133",
        "en",
        "vande_mt",
        "Black soldier fly larvae for organic waste and feed protein",
        "Rearing units where larvae convert market waste, manure and food residues into protein meal for poultry and fish, "
        "plus frass fertiliser; 1 t of waste a day per module.",
    ),
    (
        "jBo134",
        "vi",
        "chanuoi_eco",
        "Ủ chua thân bắp, cỏ voi dự trữ thức ăn cho bò mùa khô",
        "Kỹ thuật ủ chua trong túi nilon hoặc hố ủ bổ sung rỉ mật, men vi sinh, bảo quản 3-6 tháng.",
    ),
    (
        "jBo135",
        "en",
        "chanuoi_eco",
        "Urea-molasses mineral blocks and straw treatment for cattle",
        "Lick blocks and urea treatment of rice straw to raise digestibility and keep cattle in condition through the dry "
        "season.",
    ),
    (
        "jBo136",
        "vi",
        "salin_pubmed",
        "Chế phẩm cải tạo đất nhiễm mặn (vi sinh, humic, thạch cao)",
        "Hỗn hợp thạch cao, axit humic và vi sinh vật chịu mặn giúp đẩy natri ra khỏi keo đất, cải thiện cấu trúc đất, bón "
        "trước khi rửa mặn đầu vụ.",
    ),
    (
        "jBo137",
        "en",
        "salin_seybold",
        "Soil and water salinity testing and EC mapping",
        "Field EC survey, lab analysis and GIS maps of soil salinity for farms and cooperatives, with fertiliser and crop "
        "recommendations by zone.",
    ),
    (
        "jBo138",
        "vi",
        "salin_ctu",
        "Dịch vụ phân tích đất và khuyến cáo bón phân",
        "Phòng thí nghiệm phân tích pH, EC, đạm lân kali, chất hữu cơ; đưa công thức bón phân theo cây trồng.",
    ),
    (
        "jBo139",
        "vi",
        "vsv_phanbon",
        "Màng phủ nông nghiệp tự phân hủy sinh học",
        "Màng phủ luống làm từ tinh bột và polyme phân hủy, tự tan sau 3-4 tháng, không phải thu gom.",
    ),
    (
        "jBo140",
        "en",
        "rha_review",
        "Biodegradable mulch film from cassava starch",
        "Starch-based mulch film that breaks down in soil after one crop, for melons, chilli and vegetables.",
    ),
    (
        "jBo141",
        "vi",
        "beauveria_ctu",
        "Bẫy dính màu vàng và bẫy đèn côn trùng cho vườn rau",
        "Bẫy dính, bẫy đèn năng lượng mặt trời giảm bọ phấn, rầy, bướm trên rau, dùng trong chương trình IPM.",
    ),
    (
        "jBo142",
        "en",
        "tricho_bima",
        "Methyl eugenol and protein-bait traps for fruit flies",
        "Lure dispensers and bait stations that attract and kill Bactrocera fruit flies in mango, guava and pomelo orchards; "
        "area-wide programme design.",
    ),
    (
        "jBo143",
        "vi",
        "tvu_conf",
        "Tư vấn đăng ký nhãn hiệu tập thể, chỉ dẫn địa lý",
        "Hỗ trợ hồ sơ đăng ký sở hữu trí tuệ, nhãn hiệu tập thể cho đặc sản địa phương.",
    ),
    (
        "jBo144",
        "en",
        "techcenter",
        "Technology brokerage and Techmart matchmaking",
        "Brokerage centre connecting technology buyers and sellers, contract negotiation support and virtual Techmart "
        "listing.",
    ),
    (
        "jBo145",
        "vi",
        "tvu_conf",
        "Đào tạo chuyển đổi số cho hợp tác xã",
        "Khóa học dùng phần mềm kế toán, quản lý thành viên và chữ ký số cho cán bộ hợp tác xã.",
    ),
    (
        "jBo146",
        "en",
        "mangrove_apn",
        "Mangrove seedling nurseries for shoreline restoration",
        "Production of Rhizophora and Avicennia seedlings and planting techniques for eroding coastlines.",
    ),
    (
        "jBo147",
        "vi",
        "catra_ctu",
        "Nuôi cá lóc trong bể lót bạt không dùng kháng sinh",
        "Quy trình nuôi mật độ cao trong bể bạt, thay nước định kỳ, dùng men vi sinh và thảo dược phòng bệnh.",
    ),
    (
        "jBo148",
        "en",
        "biomin",
        "Recirculating aquaculture system for snakehead and eel",
        "Indoor RAS with drum filters and biofilters for high-density snakehead and eel, reducing water use by 90%.",
    ),
    (
        "jBo149",
        "vi",
        "catra_ctu",
        "Kỹ thuật nuôi lươn không bùn",
        "Nuôi lươn trong bể xi măng hoặc bồn nhựa có giá thể, cho ăn thức ăn công nghiệp.",
    ),
    (
        "jBo150",
        "vi",
        "tricho_bima",
        "Sản xuất enzyme cellulase, xylanase từ nấm Trichoderma reesei cho thức ăn chăn nuôi",
        "Lên men bán rắn nấm Trichoderma reesei trên bã mía, cám thu enzyme thô bổ sung vào thức ăn gia cầm, heo, tăng tiêu "
        "hóa chất xơ. Chuyển giao chủng và quy trình 500 kg/mẻ.",
    ),
    (
        "jBo151",
        "en",
        "vco_ust",
        "Enzyme-assisted aqueous extraction of coconut oil",
        "Cellulase and protease treatment of coconut milk raises virgin oil recovery by about 15% without solvents or high "
        "heat; suited to existing coconut milk factories.",
    ),
    (
        "jBo152",
        "vi",
        "vsv_phanbon",
        "Chế phẩm vi sinh xử lý rác hữu cơ hộ gia đình",
        "Men vi sinh ủ rác nhà bếp trong thùng kín làm phân bón, không mùi.",
    ),
    (
        "jBo153",
        "en",
        "awd_jircas",
        "Smart weather station and pest forecasting for rice",
        "Field weather stations feeding a model that forecasts planthopper and blast risk and sends advisories to extension "
        "officers and farmers.",
    ),
    (
        "jBo154",
        "vi",
        "giongkiengiang",
        "Bẫy đèn tự động đếm rầy bằng trí tuệ nhân tạo",
        "Bẫy đèn có camera và phần mềm nhận dạng, đếm rầy nâu vào đèn mỗi đêm, gửi số liệu cho cán bộ bảo vệ thực vật để ra "
        "lịch xuống giống né rầy.",
    ),
    (
        "jBo155",
        "en",
        "tilapia",
        "Garlic, vitamin C and iodine protocol against Streptococcus in tilapia",
        "Feed and water treatment protocol raising survival of tilapia infected with Streptococcus agalactiae from about 20% "
        "to 65-75% without antibiotics.",
    ),
    (
        "jBo156",
        "vi",
        "tvu_tt",
        "Máy ấp trứng gia cầm tự động",
        "Máy ấp 1.000-5.000 trứng, tự đảo, điều khiển nhiệt độ độ ẩm bằng vi điều khiển.",
    ),
    (
        "jBo157",
        "en",
        "rauqua_cass",
        "Pre-cooling and cold room for fruit cooperatives (10 t)",
        "Forced-air pre-cooler and insulated cold room for packing houses, bringing field heat out of fruit within hours.",
    ),
    (
        "jBo158",
        "vi",
        "duasap_95",
        "Nuôi ong lấy mật trong vườn dừa",
        "Kỹ thuật đặt thùng ong nội trong vườn dừa, thu mật hoa dừa, tăng đậu trái.",
    ),
    (
        "jBo159",
        "en",
        "vco_fao",
        "Coconut sap collection and coconut sugar processing",
        "Tapping of coconut inflorescences, hygienic sap collection and evaporation to granulated coconut sugar and syrup "
        "with low glycaemic index; training and equipment for cooperatives.",
    ),
    (
        "jBo160",
        "vi",
        "vitro_chanhday",
        "Cây giống bưởi da xanh sạch bệnh từ vườn cây đầu dòng",
        "Cây ghép bưởi da xanh lấy mắt ghép từ cây mẹ đã kiểm tra sạch bệnh vàng lá gân xanh và tristeza, trồng trong nhà "
        "lưới chống côn trùng.",
    ),
    (
        "jBo161",
        "vi",
        "tvu_tt",
        "Máy gọt dừa xiêm kim cương bán tự động",
        "Máy gọt vỏ xanh dừa xiêm thành hình kim cương cho dừa tươi xuất khẩu, 250-300 trái/giờ, dao thay nhanh.",
    ),
    (
        "jBo162",
        "vi",
        "logistics_tv",
        "Hệ thống camera giám sát an ninh cho trang trại, kho bãi",
        "Camera IP quan sát ban đêm, lưu trữ đám mây, cảnh báo người lạ qua điện thoại cho trang trại và nhà kho.",
    ),
    (
        "jBo163",
        "vi",
        "tcvn_p",
        "Công nghệ sản xuất phân NPK viên nén nhả chậm",
        "Dây chuyền ép viên nén phân NPK có phụ gia bao bọc, tan chậm 60-90 ngày, giảm số lần bón cho cây ăn trái.",
    ),
    (
        "jBo164",
        "vi",
        "vietgap_tom",
        "Hóa chất sát trùng nước ao nuôi (iodine, BKC)",
        "Cung cấp thuốc sát trùng diệt khuẩn nước ao trước khi thả giống, kèm hướng dẫn liều lượng theo thể tích ao.",
    ),
    (
        "jBo165",
        "vi",
        "sauthuhoach",
        "Chưng cất tinh dầu vỏ bưởi bằng hơi nước",
        "Nồi chưng cất inox 100-300 kg vỏ/mẻ, thu tinh dầu bưởi làm dầu gội, xịt phòng; tận dụng vỏ từ cơ sở bán bưởi.",
    ),
]
