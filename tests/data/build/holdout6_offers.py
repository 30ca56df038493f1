"""Offers of the sixth held-out set: (id, language, source key, title, description)."""

OFFERS = [
    # --- coconut: pests, seedlings, certification ---
    (
        "hAo001",
        "vi",
        "bhc",
        "Quy trình nhân nuôi và thả ong ký sinh phòng trừ bọ cánh cứng hại đọt dừa",
        "Trung tâm Bảo vệ thực vật phía Nam chuyển giao quy trình nhân nuôi ong ký sinh Asecodes hispinarum và Tetrastichus brontispae "
        "trong phòng thí nghiệm, thả 20–30 hộp ong/ha để khống chế bọ cánh cứng (Brontispa longissima) ăn lá non trên đọt dừa. "
        "Chuyển giao: quy trình nhân nuôi, tập huấn kỹ thuật viên HTX, hộp ong giống ban đầu. Giải pháp sinh học, không tồn dư thuốc, "
        "phù hợp vùng dừa hữu cơ.",
    ),
    (
        "hAo002",
        "en",
        "rpw",
        "Pheromone mass-trapping kit for red palm weevil",
        "Aggregation-pheromone lures (ferrugineol) with food-bait bucket traps for Rhynchophorus ferrugineus in coconut, one trap per "
        "1–2 ha, lure replaced every 6–8 weeks. Package includes trap layout plan, monitoring sheets, early detection of bored trunks "
        "(frass, oozing holes) and trunk injection protocol for infested palms. Field-proven; TRL 9. Price from 350,000 VND per trap set.",
    ),
    (
        "hAo003",
        "en",
        "crb",
        "Biological control of coconut rhinoceros beetle: Oryctes virus and Metarhizium",
        "Integrated package against Oryctes rhinoceros adults that bore into the crown and cut V-shaped fronds: breeding-site sanitation "
        "(rotting logs, compost and sawdust heaps), Metarhizium majus spore application to breeding sites, release of Oryctes "
        "nudivirus-infected beetles, and pheromone (ethyl 4-methyloctanoate) traps. Training for extension staff and cooperatives.",
    ),
    (
        "hAo004",
        "vi",
        "bhc",
        "Phòng trừ sâu đầu đen hại dừa bằng bọ đuôi kìm và ong Brachymeria",
        "Giải pháp sinh học quản lý sâu đầu đen (Opisina arenosella) ăn lá và vỏ trái dừa non: nhân nuôi bọ đuôi kìm với mật độ thả "
        "khuyến cáo, thả ong ký sinh Brachymeria sp., kết hợp cắt tỉa tàu lá bị hại và phun chế phẩm Bt khi mật số cao. Đơn vị hỗ trợ "
        "điều tra mật số, tập huấn nông dân và cung cấp nguồn thiên địch.",
    ),
    (
        "hAo005",
        "vi",
        "drone_dt",
        "Dịch vụ phun thuốc bảo vệ thực vật bằng thiết bị bay không người lái (drone)",
        "Đội drone nông nghiệp nhận phun thuốc, phân bón lá cho lúa, vườn cây ăn trái và vườn dừa cao. Năng suất 7–10 ha/ngày, "
        "tiết kiệm 30–50% lượng thuốc và nước, người phun không tiếp xúc hóa chất. Giá dịch vụ 140.000–160.000 đồng/ha lúa; "
        "có bản đồ bay và nhật ký phun gửi cho chủ ruộng.",
    ),
    (
        "hAo006",
        "vi",
        "tvu_vtc",
        "Cây giống dừa sáp nuôi cấy phôi tỷ lệ trái sáp trên 80%",
        "Trường Đại học Trà Vinh cung cấp và chuyển giao quy trình nuôi cấy phôi dừa sáp in vitro, thuần dưỡng cây con trong nhà lưới. "
        "Cây giống cho tỷ lệ trái sáp cao hơn nhiều so với trồng bằng trái thường (chỉ khoảng 25%). Nhận đặt hàng số lượng lớn cho "
        "HTX, doanh nghiệp; có hướng dẫn kỹ thuật chăm sóc sau trồng.",
    ),
    (
        "hAo007",
        "en",
        "coco_org",
        "Group organic certification support for coconut growers (EU, USDA, JAS)",
        "Consultancy that sets up an internal control system (ICS) for smallholder coconut groups, farm registers, buffer-zone mapping, "
        "input records and mock audits so that a cooperative or exporter can obtain EU/USDA organic certificates for coconut areas. "
        "Typical timeline 12–18 months including conversion period; price-premium linkage with buyers.",
    ),
    # --- coconut: husk, coir, shell ---
    (
        "hAo008",
        "vi",
        "munxo",
        "Dây chuyền tách chỉ xơ dừa và sàng mụn dừa công suất 2–3 tấn vỏ/giờ",
        "Cơ khí chế tạo trong nước: máy đập tách xơ, sàng lồng quay tách mụn (cám dừa), máy ép kiện chỉ xơ 80–100 kg/kiện. "
        "Xử lý vỏ dừa khô và tươi, thu hồi đồng thời chỉ xơ xuất khẩu và mụn dừa làm giá thể. Bảo hành 12 tháng, lắp đặt và hướng "
        "dẫn vận hành tại cơ sở.",
    ),
    (
        "hAo009",
        "en",
        "munxo",
        "Low-EC coco peat: washing, buffering and 5 kg block pressing",
        "Process and equipment to turn raw coir pith into export-grade growing substrate: multi-stage washing, calcium nitrate buffering "
        "to bring electrical conductivity below 0.5 mS/cm, sun/drum drying to 15–18% moisture, hydraulic pressing of 5 kg blocks and "
        "grow bags. Includes EC/pH QC procedure required by greenhouse buyers in Korea, Japan and Europe.",
    ),
    (
        "hAo010",
        "en",
        "munxo",
        "Coir fibre decorticator with pith screen, 1 t husk per hour",
        "Compact husk-crushing and fibre-extraction machine for village processors: separates long coir fibre from pith in one pass, "
        "rotary screen, 22 kW motor. Suitable for both mature dry husks and green husks from fresh coconut trimming. Spare beaters and "
        "operator training included.",
    ),
    (
        "hAo011",
        "vi",
        "trabaco",
        "Công nghệ sản xuất than hoạt tính từ gáo dừa bằng hoạt hóa hơi nước",
        "Chuyển giao lò than hóa gáo dừa liên tục và lò quay hoạt hóa bằng hơi nước ở 850–950°C, chỉ số iod 900–1.100 mg/g, "
        "dùng cho lọc nước, lọc khí, thu hồi vàng. Tận dụng khí thải lò than hóa để sinh hơi, giảm khói. Quy mô 1.000–3.000 tấn/năm.",
    ),
    (
        "hAo012",
        "en",
        "trabaco",
        "Coconut shell charcoal briquettes for barbecue export",
        "Carbonisation of coconut shells in smokeless retort kilns, grinding, mixing with tapioca binder, extrusion into hexagonal "
        "briquettes and tunnel drying. Low ash (<3%), long burning time; packaging for EU and Middle-East BBQ markets.",
    ),
    (
        "hAo013",
        "vi",
        "trabaco",
        "Lưới và thảm xơ dừa chống xói lở bờ sông, mái taluy",
        "Máy dệt lưới xơ dừa (geonet) và thảm xơ dừa ép kim, khổ 1–4 m, dùng gia cố bờ kênh, bờ sông, mái đê và trồng cỏ phủ "
        "taluy đường. Sản phẩm tự phân hủy sau 3–5 năm khi thực vật đã bám rễ. Chuyển giao thiết bị và quy trình sản xuất.",
    ),
    (
        "hAo014",
        "vi",
        "munxo",
        "Quy trình ủ mụn dừa với nấm Trichoderma làm phân hữu cơ vi sinh",
        "Mụn dừa sau khi xả chát được phối trộn với phân chuồng, ủ đống 30–45 ngày với chế phẩm Trichoderma và vi khuẩn phân giải "
        "cellulose, đảo trộn định kỳ. Sản phẩm phân hữu cơ vi sinh đạt tiêu chuẩn, dùng cho vườn cây ăn trái và rau. Đơn vị cung cấp "
        "men giống và hướng dẫn.",
    ),
    # --- coconut: food and cosmetics ---
    (
        "hAo015",
        "en",
        "vco_fao",
        "Virgin coconut oil (VCO) line by cold process, 500–5,000 nuts per day",
        "Village- and SME-scale virgin coconut oil production by the fresh-dry (low-temperature drying of grated meat and expelling) or "
        "fresh-wet (coconut milk separation by natural fermentation or centrifuge) routes. Oil with free fatty acid below 0.2%, "
        "colourless, no refining. Equipment list, layout, HACCP plan and by-product use (coconut flour) included.",
    ),
    (
        "hAo016",
        "vi",
        "vco_india",
        "Dầu dừa tinh khiết ép lạnh – chuyển giao quy trình và thiết bị",
        "Quy trình sản xuất dầu dừa nguyên chất từ cơm dừa tươi: nạo, vắt nước cốt, ly tâm tách dầu ở nhiệt độ thấp, lọc tinh, "
        "không tẩy màu khử mùi. Dầu trong, thơm mùi dừa tự nhiên, giàu acid lauric, dùng làm thực phẩm và mỹ phẩm. Công suất "
        "50–300 lít/ngày.",
    ),
    (
        "hAo017",
        "vi",
        "thachdua",
        "Sản xuất thạch dừa (nata de coco) từ nước dừa già bằng vi khuẩn Acetobacter xylinum",
        "Chuyển giao giống vi khuẩn, quy trình lên men tĩnh 7–10 ngày trong khay, cắt miếng, xả chua và đóng gói; tận dụng nước dừa "
        "già phế phẩm từ cơ sở làm cơm dừa. Có phương án dây chuyền chiết rót vô trùng cho thạch dừa ăn liền xuất khẩu.",
    ),
    (
        "hAo018",
        "en",
        "mathoa",
        "Fresh coconut sap (neera) beverage with 12-month shelf life",
        "Hygienic tapping of coconut inflorescence sap with chilled collection containers to stop natural fermentation, micro-filtration, "
        "pasteurisation and hot filling in glass bottles. The low-glycaemic 'coconut flower nectar' drink keeps 12 months at ambient "
        "temperature. Technology licence and start-up support for processors.",
    ),
    (
        "hAo019",
        "vi",
        "mathoa",
        "Cô đặc chân không mật hoa dừa và đường hoa dừa dạng hạt",
        "Thiết bị cô đặc chân không ở 60–65°C giữ màu sáng và hương vị tự nhiên của nhựa hoa dừa, sản xuất mật hoa dừa sệt và đường "
        "hoa dừa kết tinh dạng hạt. Năng suất 200–500 lít nhựa/ngày. Hỗ trợ công bố chất lượng và hồ sơ OCOP.",
    ),
    (
        "hAo020",
        "en",
        "coco_prod",
        "Aseptic coconut water processing (UHT and HPP) for export",
        "Turnkey line for tender-coconut water: hole-punching and extraction, cold filtration, either UHT with aseptic carton filling or "
        "high-pressure processing (HPP) in PET bottles preserving fresh taste. Prevents pinkish discoloration and off-flavour; shelf "
        "life 9–12 months (UHT). Capacity 2,000–10,000 L/day.",
    ),
    (
        "hAo021",
        "vi",
        "coco_prod",
        "Máy gọt dừa xiêm tạo hình và dung dịch chống thâm vỏ dừa tươi không dùng sulfite",
        "Máy gọt vỏ dừa xiêm thành hình kim cương/đầu bằng 6–8 trái/phút, kèm quy trình nhúng dung dịch chống hóa nâu gốc acid hữu cơ "
        "an toàn (không sulfite), bọc màng co và bảo quản lạnh 2–5°C, giữ trắng vỏ 30–45 ngày cho xuất khẩu đường biển.",
    ),
    (
        "hAo022",
        "en",
        "coco_prod",
        "Desiccated coconut line: paring, grating and fluid-bed drying",
        "Processing line for fine and medium grade desiccated coconut: deshelling, paring, washing, blanching, grating, fluid-bed or "
        "belt drying to below 3% moisture, sieving and packing. Salmonella-control steps built into the layout. 10–40 t nuts/day.",
    ),
    (
        "hAo023",
        "vi",
        "coco_cosm",
        "Chuyển giao công thức mỹ phẩm từ dầu dừa và nước dừa lên men",
        "Bộ công thức mặt nạ dưỡng da từ nước dừa lên men sinh học, giấy thấm dầu từ màng cellulose vi khuẩn, son dưỡng và xà phòng "
        "dầu dừa. Hỗ trợ hồ sơ công bố mỹ phẩm, thiết kế bao bì cho doanh nghiệp nhỏ muốn đa dạng hóa sản phẩm dừa.",
    ),
    (
        "hAo024",
        "vi",
        "duasap",
        "Sản phẩm chế biến sâu từ dừa sáp: dừa sáp sợi sấy, kem và cơm dừa sáp cấp đông",
        "Quy trình chế biến dừa sáp thành cơm dừa sáp cấp đông IQF, kem dừa sáp và dừa sáp sợi sấy giòn, kéo dài thời gian sử dụng "
        "từ vài ngày lên 6–12 tháng, giúp bán trái ngoài mùa và vận chuyển đi xa. Phù hợp cơ sở chế biến tại Cầu Kè.",
    ),
    (
        "hAo025",
        "en",
        "coco_prod",
        "Probiotic fermented coconut water (coconut kefir) beverage",
        "Formulation and process for a lightly carbonated, probiotic drink from mature coconut water using a defined Lactobacillus and "
        "yeast starter, 24–36 h fermentation, cold chain distribution. Adds value to mature-nut water currently discarded by copra and "
        "desiccated coconut plants.",
    ),
    # --- rice: seed, crop management ---
    (
        "hAo026",
        "vi",
        "om9577",
        "Giống lúa OM9577 và OM18 chịu mặn 3–4‰, chuyển giao hạt siêu nguyên chủng",
        "Viện Lúa ĐBSCL chuyển giao quyền sản xuất và hạt giống siêu nguyên chủng hai giống lúa ngắn ngày (100–107 ngày) chịu mặn "
        "3–4‰, kháng rầy nâu, đạo ôn, gạo đạt chuẩn xuất khẩu. Thích hợp vùng ven biển thường bị mặn xâm nhập cuối vụ Đông Xuân.",
    ),
    (
        "hAo027",
        "en",
        "lua_man",
        "Salt-tolerant aromatic rice variety OM9921 for coastal zones",
        "Breeder seed and production licence of a high-quality rice variety tolerating 4‰ salinity at seedling and reproductive "
        "stages, fairly tolerant to acid sulphate soil, long grain (≥7 mm), low amylose. Bred with marker-assisted backcrossing of "
        "salt-tolerance genes. Suited to rice-shrimp and coastal double-cropping areas.",
    ),
    (
        "hAo028",
        "vi",
        "maycay_hg",
        "Hỗ trợ HTX sản xuất lúa giống cấp xác nhận",
        "Gói kỹ thuật giúp HTX tự sản xuất lúa giống cấp xác nhận: chọn ruộng nhân giống từ hạt nguyên chủng, khử lẫn, kiểm định đồng "
        "ruộng, lấy mẫu kiểm nghiệm và thủ tục chứng nhận hợp quy. Giảm chi phí mua giống 20–30% cho xã viên và tạo thêm nguồn thu cho HTX.",
    ),
    (
        "hAo029",
        "vi",
        "om_hanman",
        "Chế phẩm nấm xanh Metarhizium trừ rầy nâu hại lúa",
        "Chế phẩm sinh học chứa bào tử nấm xanh Metarhizium anisopliae mật độ 10^9 bào tử/g, phun khi rầy nâu tuổi nhỏ, hiệu lực sau "
        "5–7 ngày, an toàn cho thiên địch và tôm cá trong mô hình lúa–tôm. Cung cấp theo đơn hàng, hướng dẫn phối hợp với lịch "
        "xuống giống né rầy.",
    ),
    (
        "hAo030",
        "en",
        "cgiar_straw",
        "Low-emission rice protocol with alternate wetting and drying and carbon MRV",
        "Package for cooperatives joining low-emission high-quality rice programmes: alternate wetting and drying (AWD) with field water "
        "tubes, reduced seeding rate, straw removal instead of burning, and measurement-reporting-verification (MRV) of methane "
        "reductions for carbon-credit buyers. Training of trainers and digital field records.",
    ),
    # --- rice: mechanisation ---
    (
        "hAo031",
        "vi",
        "maycay_cm",
        "Máy cấy lúa mạ khay 4–6 hàng và dịch vụ làm mạ khay",
        "Cung cấp máy cấy đi bộ và máy cấy ngồi lái, năng suất 1–4 ha/ngày, thay 25 lao động/ngày; kèm dịch vụ gieo mạ khay "
        "(400 g giống/m² mạ, nền mạ dày 2 cm). Tiết kiệm 50–70% lượng giống so với sạ lan, ruộng thông thoáng ít sâu bệnh.",
    ),
    (
        "hAo032",
        "vi",
        "saykhom",
        "Máy sạ lúa theo khóm – giảm một nửa lượng giống",
        "Máy sạ cải tiến từ máy cấy, gieo hạt đã ngâm ủ thành khóm theo hàng như lúa cấy, năng suất 6–8 ha/ngày, không cần làm mạ. "
        "Lượng giống chỉ 50–70 kg/ha, cây lúa phát huy hiệu ứng hàng biên. Có dịch vụ sạ thuê và đào tạo người vận hành.",
    ),
    (
        "hAo033",
        "en",
        "drone_xag",
        "Agricultural drones for seeding, spraying and fertiliser spreading with AI field mapping",
        "Supply of spraying/spreading drones with RTK positioning and automatic route planning from a phone app; or hire of certified "
        "pilots. Configurable for direct seeding of rice, granular fertiliser and pesticides. Reduces chemical use by up to half and "
        "removes operator exposure. Financing and pilot training available.",
    ),
    (
        "hAo034",
        "en",
        "irri_news",
        "Mechanised rice straw collection: balers, rakes and service business model",
        "Self-propelled and tractor-drawn round balers that pick up straw left by combine harvesters even in wet fields, tedders/rakes "
        "for drying, and a business model for service providers selling bales to mushroom growers and cattle farms. Payback 2–3 "
        "seasons at 100 ha/season.",
    ),
    # --- rice: post-harvest ---
    (
        "hAo035",
        "vi",
        "maysay_lua",
        "Máy sấy lúa tĩnh vỉ ngang 4–8 tấn/mẻ đốt trấu",
        "Thiết kế của trường đại học cải tiến từ mẫu máy sấy vỉ ngang, quạt hướng trục, lò đốt trấu thủ công; sấy 4–8 tấn lúa/mẻ "
        "trong 8–10 giờ từ ẩm độ 25% xuống 14%. Chi phí đầu tư thấp, phù hợp tổ hợp tác, chủ máy gặt ở ĐBSCL.",
    ),
    (
        "hAo036",
        "vi",
        "losay_lu",
        "Lò sấy lúa di động không cần đảo trộn, 2–4 tấn/mẻ",
        "Lò sấy đặt trên khung di động, tháo lắp nhanh, chở được bằng ghe đến từng cánh đồng; đổ lúa vào, không cần đảo trộn, xả "
        "đáy vào bao khi khô. Không cần nhà xưởng, không cần xây bể. Phù hợp vùng ngập lũ, trại giống và dịch vụ sấy thuê.",
    ),
    (
        "hAo037",
        "en",
        "maysay_lua",
        "Recirculating batch dryer with automatic husk furnace, 10–30 t per batch",
        "Tower-type recirculating paddy dryer with moisture sensor and automatic stop, coupled to a rice-husk furnace with screw feeder "
        "and cyclone ash separator. Uniform drying, lower head-rice breakage than flatbed dryers, labour of one operator per shift.",
    ),
    (
        "hAo038",
        "en",
        "maysay_lua",
        "Hermetic storage bags for seed and paddy",
        "Multi-layer hermetic bags (50–70 kg) and cocoons (1–5 t) that cut oxygen and kill storage insects without fumigants, keeping "
        "seed germination above 85% for 6–9 months and paddy moisture stable in humid weather. Suitable for seed-producing "
        "cooperatives and household storage.",
    ),
    (
        "hAo039",
        "vi",
        "rice_polish",
        "Dây chuyền lau bóng gạo và máy tách màu quang học cho nhà máy xay xát",
        "Nâng cấp nhà máy xay xát vừa và nhỏ: máy lau bóng gạo phun sương, máy tách màu camera CCD loại bỏ hạt vàng, hạt bạc bụng và "
        "tạp chất, sàng đảo tách tấm. Đạt tỷ lệ gạo nguyên và độ bóng theo yêu cầu xuất khẩu. Công suất 2–10 tấn/giờ.",
    ),
    (
        "hAo040",
        "en",
        "rice_polish",
        "Rice bran stabilisation and rice bran oil extraction",
        "Extruder-based stabilisation of fresh rice bran within 6 hours of milling to stop lipase rancidity, then expeller or solvent "
        "extraction of rice bran oil rich in oryzanol; defatted bran sold as feed. Module sized for mills producing 10–30 t bran/day.",
    ),
    # --- rice: straw and husk ---
    (
        "hAo041",
        "vi",
        "straw30",
        "Chế phẩm Trichoderma xử lý rơm rạ ngay trên ruộng thay cho đốt đồng",
        "Phun chế phẩm vi sinh phân giải cellulose lên rơm rạ sau thu hoạch, cày vùi hoặc gom ủ đống 20–30 ngày, rơm hoai mục thành "
        "phân hữu cơ, giảm ngộ độc hữu cơ cho vụ sau và giảm phát thải khí nhà kính so với đốt. Giá 25.000 đồng/gói/1.000 m².",
    ),
    (
        "hAo042",
        "en",
        "straw_jstage",
        "Straw mushroom (Volvariella) production in sheds on baled rice straw",
        "Year-round indoor cultivation of straw mushroom on pasteurised straw bales in plastic-covered sheds, controlled temperature "
        "30–35°C and humidity, yields 3–4 times outdoor beds; spent substrate recycled as compost. Spawn supply and training.",
    ),
    (
        "hAo043",
        "en",
        "husk_pellet",
        "Rice husk pellet and briquette press, 1–2 t per hour",
        "Automatic line for grinding, dust filtration, high-pressure pressing and cooling of rice husk into pellets or 'husk logs' with "
        "3,600–4,200 kcal/kg, replacing coal and firewood in industrial boilers, dryers and kilns. Small volume, cheaper transport, "
        "solves surplus husk at rice mills.",
    ),
    (
        "hAo044",
        "vi",
        "husk_cui",
        "Máy ép củi trấu dùng cho lò gạch, lò sấy, lò hơi",
        "Máy ép trấu thành thanh củi trấu đặc, cháy lâu, ít khói, thay than đá và củi cho lò nung gạch, lò sấy bột, lò sấy nông sản. "
        "Công suất 300–500 kg/giờ, động cơ 30 kW. Chuyển giao máy, hướng dẫn phối trộn và bảo trì trục vít.",
    ),
    (
        "hAo045",
        "en",
        "husk_power",
        "Rice husk gasifier and biomass boiler for process heat and power",
        "Fixed-bed rice husk gasifier coupled to a boiler or gas engine, 200 kWth–2 MWe, for rice mills, food and seafood factories "
        "that burn diesel or coal for steam. Husk ash recovered for cement and steel industries. Feasibility study and financing "
        "structuring included.",
    ),
    # --- aquaculture: shrimp disease ---
    (
        "hAo046",
        "vi",
        "tom_benh",
        "Bộ kit LAMP phát hiện nhanh bệnh hoại tử gan tụy cấp (AHPND), đốm trắng và EHP tại trại",
        "Bộ xét nghiệm đẳng nhiệt LAMP đọc bằng mắt thường, chạy trên máy ủ nhiệt cầm tay, cho kết quả sau 60 phút tại ao; không cần "
        "phòng thí nghiệm PCR. Dùng kiểm tra tôm giống trước khi thả và tôm nuôi khi có dấu hiệu gan tụy nhợt màu, ruột rỗng. "
        "Giá 80.000–120.000 đồng/mẫu.",
    ),
    (
        "hAo047",
        "en",
        "ems_labvn",
        "Mobile shrimp health lab: qPCR testing of post-larvae batches in 24 hours",
        "Van-mounted real-time PCR laboratory serving hatcheries and grow-out farms: screening of PL batches and broodstock for WSSV, "
        "AHPND, EHP, IHHNV and TPD-associated Vibrio, with quantitative load and written report within 24 h. Subscription plans for "
        "cooperatives.",
    ),
    (
        "hAo048",
        "en",
        "ems_labvn",
        "Bacteriophage cocktail against AHPND Vibrio parahaemolyticus",
        "Lytic phage cocktail applied through feed and water to suppress toxin-producing Vibrio parahaemolyticus during the first "
        "10–45 days of stocking, when early mortality syndrome strikes. Antibiotic-free, compatible with probiotics; field trials show "
        "survival gains of 20–30%.",
    ),
    (
        "hAo049",
        "vi",
        "tom_benh",
        "Chế phẩm vi sinh Bacillus xử lý đáy ao và khí độc NH3, H2S",
        "Hỗn hợp Bacillus subtilis, B. licheniformis và vi khuẩn nitrat hóa dạng bột, phân hủy bùn đáy, thức ăn thừa, giảm NH3, NO2, "
        "H2S và kiểm soát mật độ Vibrio trong ao nuôi tôm thâm canh. Liều 1 kg/3.000 m³ mỗi 5–7 ngày.",
    ),
    (
        "hAo050",
        "en",
        "tpd",
        "Hatchery biosecurity protocol against translucent post-larvae disease (TPD)",
        "Protocol for shrimp hatcheries facing sudden die-offs of PL4–PL7 with transparent, empty-looking hepatopancreas: water and "
        "artemia disinfection, Vibrio load monitoring, broodstock screening, batch separation and all-in-all-out. Audit of the hatchery "
        "and staff training over two production cycles.",
    ),
    (
        "hAo051",
        "vi",
        "ehp",
        "Quy trình kiểm soát vi bào tử trùng EHP gây tôm chậm lớn",
        "Cải tạo ao bằng vôi nóng CaO 6 tấn/ha nâng pH đáy trên 12 để diệt bào tử EHP, kiểm tra tôm bố mẹ và thức ăn tươi sống, "
        "nuôi ương giai đoạn đầu trong bể, theo dõi tăng trọng và phân trắng. Khắc phục tình trạng tôm còi, phân cỡ, năng suất giảm "
        "còn 9 tấn/ha.",
    ),
    # --- aquaculture: systems and monitoring ---
    (
        "hAo052",
        "vi",
        "vietgap_shrimp",
        "Quy trình nuôi tôm thẻ siêu thâm canh 2 giai đoạn trong ao lót bạt có mái che",
        "Ương tôm 20–25 ngày trong ao tròn có mái che, sau đó san sang ao nuôi lót bạt; ao lắng, ao xử lý và siphon đáy chiếm 30% "
        "diện tích; mật độ 150–250 con/m², năng suất 30–50 tấn/ha/vụ. Chuyển giao thiết kế hệ thống, quy trình và đào tạo kỹ thuật "
        "trại theo VietGAP.",
    ),
    (
        "hAo053",
        "en",
        "biofloc",
        "Biofloc technology package for intensive whiteleg shrimp",
        "Zero- or minimal-water-exchange culture using carbon dosing (molasses, rice bran) to keep C:N ratio around 15:1, floc volume "
        "control with Imhoff cones, strong aeration and settling tanks. Improves feed conversion and biosecurity where source water is "
        "polluted or scarce.",
    ),
    (
        "hAo054",
        "vi",
        "iot_pond",
        "Hệ thống quan trắc IoT môi trường ao nuôi – cảnh báo oxy hòa tan qua điện thoại",
        "Trạm đo liên tục DO, pH, nhiệt độ, độ mặn ao nuôi, truyền không dây về điện thoại; tin nhắn cảnh báo khi DO dưới ngưỡng và "
        "tự động bật quạt nước. Sai số dưới 5% so với máy đo chuẩn. Giá từ 15 triệu đồng/ao, lắp đặt và bảo trì cảm biến định kỳ.",
    ),
    (
        "hAo055",
        "en",
        "wsn_shrimp",
        "Solar-powered wireless sensor nodes and cloud dashboard for shrimp ponds",
        "Low-power nodes measuring dissolved oxygen, pH, temperature and salinity every 10 minutes, solar-assisted to run 30+ days "
        "without grid power, LoRa links to a gateway and cloud dashboard; pre-dawn oxygen-drop alarms trigger aerators. Validated over "
        "8 weeks in commercial ponds.",
    ),
    (
        "hAo056",
        "en",
        "wsn_shrimp",
        "Automatic shrimp feeders with acoustic feeding control",
        "Hydrophone-equipped automatic feeders that listen to shrimp feeding sounds and adjust ration in real time, spreading feed over "
        "a wide area day and night. Typical FCR improvement 0.1–0.3 and better growth; app for feed logs.",
    ),
    (
        "hAo057",
        "vi",
        "vietgap_shrimp",
        "Ứng dụng nhật ký điện tử quản lý trại tôm trên điện thoại",
        "Phần mềm ghi chép con giống, thức ăn, thuốc, chỉ tiêu môi trường hằng ngày, tính FCR, chi phí và lợi nhuận từng ao; xuất "
        "báo cáo theo mẫu VietGAP/ASC để truy xuất lô tôm khi bán cho nhà máy. Dùng được khi mạng yếu, đồng bộ sau.",
    ),
    # --- aquaculture: crab, prawn, clam, fish ---
    (
        "hAo058",
        "vi",
        "cua_giong",
        "Quy trình sản xuất giống cua biển (cua xanh) nhân tạo",
        "Chuyển giao quy trình nuôi vỗ cua mẹ, ấp trứng, ương ấu trùng Zoea – Megalop bằng luân trùng và artemia, ương cua bột lên "
        "cua hạt tiêu trong 25–30 ngày; tỷ lệ sống 5–10%. Giúp chủ động con giống đúng mùa vụ thay vì phụ thuộc nguồn giống tự nhiên "
        "và giống chở từ Cà Mau.",
    ),
    (
        "hAo059",
        "en",
        "cua_tv",
        "Mud crab fattening and soft-shell production in recirculating box systems",
        "Individual plastic boxes on racks with recirculating brackish water, biofilter and UV, for fattening thin crabs or producing "
        "soft-shell crabs; one operator manages 5,000 boxes, moulting detected by camera. Meets export hygiene requirements.",
    ),
    (
        "hAo060",
        "en",
        "cua_duyenhai",
        "Mangrove shrimp–crab polyculture model for extensive coastal farms",
        "Design and management guide for integrating mud crab stocking into extensive black tiger shrimp ponds under mangroves: "
        "stocking density 0.5–1 crab/m², hideouts, netting fences, sluice management with tides. Spreads risk when shrimp disease hits.",
    ),
    (
        "hAo061",
        "vi",
        "tom_huuco",
        "Mô hình tôm – lúa hữu cơ và chứng nhận nhãn hiệu tập thể",
        "Hỗ trợ HTX tổ chức sản xuất tôm càng xanh, tôm thẻ quảng canh kết hợp một vụ lúa hữu cơ, không dùng hóa chất; xây dựng hồ "
        "sơ chứng nhận hữu cơ và nhãn hiệu chứng nhận, kết nối doanh nghiệp thu mua với giá cao hơn 10–20%.",
    ),
    (
        "hAo062",
        "en",
        "prawn_male",
        "All-male giant freshwater prawn seed (neo-female technology)",
        "Hatchery technology producing all-male Macrobrachium rosenbergii post-larvae; males grow faster and more uniformly, harvest "
        "in 4–6 months, with profit gains around 30% over mixed-sex stocking. Seed supply and hatchery licence for provinces.",
    ),
    (
        "hAo063",
        "en",
        "prawn_ctu",
        "Rice–giant freshwater prawn farming package for brackish and freshwater fields",
        "Field design (peripheral trench 20% of area), prawn stocking 1–2 per m² after rice establishment, supplementary feeding with "
        "rice bran and pellets, water and sluice management; tested at salinities up to 10‰. Yield 110–900 kg prawn/ha depending on "
        "system plus one rice crop.",
    ),
    (
        "hAo064",
        "en",
        "ngheu_300",
        "Hard clam farm health monitoring and mass-mortality response",
        "Service for clam cooperatives on tidal flats: monthly monitoring of stocking density, sediment, salinity and Vibrio load, "
        "histopathology when clams gape and die, early harvest or relocation plans, and density guidelines to prevent die-offs before "
        "market size (50–60 clams/kg).",
    ),
    (
        "hAo065",
        "vi",
        "ngheu_tv",
        "Sản xuất giống nghêu Bến Tre nhân tạo trong bể",
        "Quy trình kích thích nghêu bố mẹ sinh sản, ương ấu trùng bằng tảo đơn bào đến nghêu cám và nghêu giống cỡ 5.000 con/kg, tỷ "
        "lệ sống cao, không phụ thuộc nghêu giống tự nhiên. Chuyển giao cho HTX ven biển kèm thiết kế trại.",
    ),
    (
        "hAo066",
        "vi",
        "catfish_feed",
        "Thức ăn công nghiệp hiệu quả cao cho cá tra, giảm hệ số thức ăn",
        "Công thức thức ăn viên nổi 22–28% đạm cho cá tra thịt, bổ sung men vi sinh và enzyme tiêu hóa, FCR 1,4–1,5. Hướng dẫn cho ăn "
        "theo nhiệt độ và oxy, giảm ô nhiễm đáy ao. Nhà máy cung cấp theo hợp đồng bao tiêu.",
    ),
    (
        "hAo067",
        "en",
        "catfish_feed",
        "Farm-made fish feed with rice bran and insect meal, pellet mill 300 kg/h",
        "Least-cost feed formulation software and small pellet mill for farms producing their own feed for catfish, snakehead and "
        "tilapia from rice bran, broken rice, soybean meal and black soldier fly larvae meal; reduces feed cost 10–15% versus "
        "commercial pellets while keeping protein on target.",
    ),
    # --- aquaculture: by-products and processing ---
    (
        "hAo068",
        "en",
        "chitosan_rev",
        "Chitin and chitosan production from shrimp heads and shells",
        "Sequential demineralisation, deproteinisation and deacetylation (or enzymatic/fermentation route) to produce chitosan with "
        "degree of deacetylation above 80% from shrimp processing waste; protein hydrolysate and calcium recovered as co-products. "
        "Pilot plant 1 t wet shells/day.",
    ),
    (
        "hAo069",
        "vi",
        "chitin_sea",
        "Sản xuất dịch đạm thủy phân từ đầu vỏ tôm làm thức ăn chăn nuôi",
        "Thủy phân đầu tôm bằng enzyme protease ở 50–55°C, tách dầu, cô đặc dịch đạm làm chất dẫn dụ và bổ sung đạm trong thức ăn "
        "thủy sản, chăn nuôi; bã rắn dùng sản xuất chitin. Giải quyết phế phụ phẩm gây mùi của nhà máy chế biến tôm.",
    ),
    (
        "hAo070",
        "en",
        "pangasius_fillet",
        "Fish oil and fish meal from pangasius processing by-products",
        "Continuous cooking, pressing and centrifugal separation of heads, frames and belly fat from fillet plants into crude fish oil "
        "(refinable for food or biodiesel) and fish meal with 55–60% protein. Odour-control scrubber included.",
    ),
    (
        "hAo071",
        "vi",
        "pangasius_fillet",
        "Dây chuyền cấp đông IQF băng chuyền xoắn cho tôm, cá phi lê",
        "Tủ cấp đông siêu tốc IQF dạng xoắn/thẳng, công suất 500–1.000 kg/giờ, nhiệt độ tâm sản phẩm −18°C trong 15–25 phút, kèm "
        "máy mạ băng và tái đông. Tiết kiệm điện 20% nhờ máy nén biến tần.",
    ),
    (
        "hAo072",
        "en",
        "surimi_ww",
        "Wastewater treatment for surimi and seafood plants, 300 m³/day",
        "Ten-stage treatment for high-strength seafood wastewater (COD up to 36,000 mg/L, oil and protein): fine screening, fat trap, "
        "dissolved air flotation, anaerobic then anoxic–aerobic MBBR, clarifier and disinfection, meeting QCVN 11 column B. Odour "
        "control and shock-load buffering included.",
    ),
    (
        "hAo073",
        "vi",
        "ww_salt",
        "Xử lý nước thải chế biến thủy sản có độ mặn cao bằng bùn hoạt tính thích nghi mặn",
        "Công nghệ sinh học hiếu khí dùng bùn hoạt tính được thuần hóa chịu mặn, xử lý nước thải từ khâu rã đông, ướp muối, luộc tôm "
        "có độ mặn 10–30‰ mà bùn thông thường bị sốc. Đạt QCVN, chi phí vận hành thấp hơn pha loãng nước ngọt.",
    ),
    (
        "hAo074",
        "vi",
        "ww_shrimpfarm",
        "Xử lý nước thải ao nuôi tôm bằng ao sinh học nuôi cá rô phi, cá đối và ốc",
        "Nước thải ao tôm thâm canh được dẫn qua ao lắng và ao sinh học thả cá đối 50 con/m³, cá rô phi 5 con/m³, ốc đinh 250 con/m³ "
        "để hấp thụ chất hữu cơ; sau 8 ngày BOD5, COD, TSS đạt quy chuẩn xả thải, tái sử dụng nước cho vụ sau.",
    ),
    # --- fruit: pests and diseases ---
    (
        "hAo075",
        "vi",
        "choirong_tv",
        "Quy trình quản lý nhện lông nhung gây bệnh chổi rồng trên nhãn, chôm chôm",
        "Viện Cây ăn quả miền Nam hướng dẫn cắt tỉa cành bệnh sau thu hoạch, tiêu hủy chồi chổi rồng, phun 5 lần các hoạt chất ít độc "
        "(lưu huỳnh, hexythiazox, pyridaben) theo các đợt cơi đọt và ra hoa, bón phân hữu cơ phục hồi cây, loại bỏ cây ký chủ. "
        "Triển khai đồng loạt theo vùng.",
    ),
    (
        "hAo076",
        "en",
        "greening",
        "Greening-free citrus nursery system with PCR-indexed budwood",
        "Insect-proof screenhouse nursery, certified disease-free mother trees, PCR indexing for huanglongbing (greening) and tristeza, "
        "budwood registry. Supplies clean grafted pomelo, orange and lime seedlings; replanting orchards with clean stock is the "
        "foundation of greening management.",
    ),
    (
        "hAo077",
        "vi",
        "greening",
        "Trồng xen ổi trong vườn cây có múi hạn chế rầy chổng cánh truyền bệnh vàng lá gân xanh",
        "Biện pháp quản lý tổng hợp bệnh vàng lá Greening: trồng xen ổi xá lỵ để xua rầy chổng cánh, quản lý đợt đọt non, phun thuốc "
        "lưu dẫn theo lịch, dùng cây giống sạch bệnh. Áp dụng cho bưởi, cam sành, quýt.",
    ),
    (
        "hAo078",
        "vi",
        "tvu_nckh",
        "Phục hồi vườn cây có múi bị vàng lá thối rễ bằng nấm đối kháng Trichoderma",
        "Giải pháp do nhóm nghiên cứu Trường Đại học Trà Vinh phát triển: xác định nấm Fusarium/Phytophthora gây thối rễ, bón chế "
        "phẩm Trichoderma bản địa kết hợp vôi, phân hữu cơ, cải thiện thoát nước liếp vườn. Cây ra rễ mới sau 1–2 tháng.",
    ),
    (
        "hAo079",
        "en",
        "buoi_namroi",
        "Area-wide fruit fly and fruit borer control for pomelo",
        "Protein-bait spot spraying, methyl eugenol and cue-lure traps, fruit bagging at 45–60 days, collection of fallen fruit, and a "
        "cooperative-level monitoring network. Cuts fruit damage and meets quarantine requirements of export markets.",
    ),
    (
        "hAo080",
        "en",
        "buoi_namroi",
        "GlobalGAP (re)certification and planting-area code service for fruit cooperatives",
        "Consultants prepare documents, farm records, pesticide storage and hygiene facilities, internal audits and register planting-"
        "area codes with plant-protection authorities so that pomelo or longan cooperatives can regain export certificates after "
        "expiry. Group certification to share cost among members.",
    ),
    # --- fruit: post-harvest and processing ---
    (
        "hAo081",
        "vi",
        "viaep",
        "Xử lý hơi nước nóng (VHT) và chiếu xạ kiểm dịch trái cây xuất khẩu",
        "Viện Cơ điện nông nghiệp và Công nghệ sau thu hoạch chuyển giao buồng xử lý hơi nước nóng diệt trứng, sâu ruồi đục trái trong "
        "thanh long, xoài, bưởi theo yêu cầu kiểm dịch Nhật Bản, Hàn Quốc, Úc; tư vấn chuỗi xử lý chiếu xạ cho thị trường Mỹ.",
    ),
    (
        "hAo082",
        "en",
        "heatpump_vn",
        "Heat-pump dehumidifying dryer for fruit and sensitive products",
        "Domestically built modular heat pump combining dehumidification and cold drying (35–50°C) with relative humidity down to "
        "15–20%, for fruit slices, herbs, seeds and seafood; keeps colour, vitamins and aroma that hot-air drying destroys. 100–500 kg "
        "fresh product per batch; energy use 30–50% below electric dryers.",
    ),
    (
        "hAo083",
        "vi",
        "gac_hp",
        "Máy sấy lạnh bơm nhiệt cho nông sản, dược liệu, thủy sản",
        "Máy sấy bơm nhiệt nhiệt độ 40–50°C, tách ẩm bằng dàn lạnh, tối ưu thông số nhiệt độ, tốc độ gió để giảm hao hụt beta-caroten "
        "và hoạt chất; buồng 50–300 kg/mẻ, điều khiển tự động. Dùng sấy trái cây, gấc, lá dược liệu, khô cá.",
    ),
    (
        "hAo084",
        "en",
        "chomchom_fd",
        "Freeze-drying (lyophilisation) line for tropical fruit snacks",
        "Vacuum freeze-dryer 50–200 kg per batch for rambutan, longan, jackfruit and durian pieces: crispy texture, 2–4% moisture, full "
        "colour and flavour, 12–18 months shelf life in nitrogen-flushed packs. High-value product for Japanese and Korean markets.",
    ),
    (
        "hAo085",
        "vi",
        "chomchom",
        "Quy trình chế biến chôm chôm đóng hộp nước đường và mứt chôm chôm",
        "Bóc vỏ, tách hột chôm chôm, nhồi khóm, rót nước đường, ghép mí và thanh trùng; mứt chôm chôm sên đường. Dây chuyền bán tự "
        "động 1–3 tấn trái/ngày, giúp tiêu thụ chôm chôm khi vào mùa rộ giá rớt.",
    ),
    (
        "hAo086",
        "en",
        "sth_fruit",
        "Edible chitosan coating and modified-atmosphere packaging for rambutan and longan",
        "Post-harvest treatment extending shelf life of rambutan and longan to 2–3 weeks: chitosan-based coating that reduces browning "
        "and water loss, perforated MAP bags and cold storage at 10–12°C. Low-cost, no sulphur fumigation residue.",
    ),
    (
        "hAo087",
        "vi",
        "coolbot",
        "Kho lạnh mini dùng bộ điều khiển CoolBot gắn máy điều hòa dân dụng",
        "Bộ điều khiển cảm biến gắn vào máy điều hòa thông thường, đưa phòng cách nhiệt xuống 3–5°C mà không đóng băng dàn lạnh; kho "
        "tối đa 30 m³, chi phí bằng 1/5 kho lạnh công nghiệp. Dùng bảo quản rau, trái cây tại HTX, giảm hư hỏng sau thu hoạch.",
    ),
    (
        "hAo088",
        "en",
        "kholanh_tv",
        "Solar-powered cold room for fruit cooperatives, 5–10 t",
        "Insulated PU-panel cold room 2–12°C with DC inverter compressors run by rooftop PV and battery/thermal storage, remote "
        "temperature monitoring; for cooperatives far from reliable grid power. Training on ripeness grading and stock rotation.",
    ),
    (
        "hAo089",
        "vi",
        "viaep",
        "Máy phân loại trái cây bằng camera AI theo kích cỡ, màu sắc và khuyết tật",
        "Băng chuyền phân loại quang học tốc độ 3–5 trái/giây cho bưởi, xoài, cam: đo kích thước, màu vỏ, phát hiện vết sẹo, sâu "
        "bệnh bằng trí tuệ nhân tạo, tự động chia 4–6 hạng. Giảm nhân công và đồng đều chất lượng cho nhà đóng gói.",
    ),
    (
        "hAo090",
        "vi",
        "buoi_ocop",
        "Chưng cất tinh dầu vỏ bưởi và nước ép bưởi đóng chai",
        "Nồi chưng cất hơi nước 100–300 kg vỏ/mẻ thu tinh dầu vỏ bưởi làm dầu gội, xịt phòng; dây chuyền ép, lọc, thanh trùng nước "
        "bưởi đóng chai từ trái dạt, trái không đủ chuẩn xuất khẩu.",
    ),
    (
        "hAo091",
        "en",
        "buoi_ocop",
        "Pectin extraction from pomelo and citrus peel",
        "Acid extraction of high-methoxyl pectin from pomelo albedo, alcohol precipitation and drying; yields 15–20% of dry peel. Turns "
        "peel waste from juice and segment processors into a food ingredient.",
    ),
    (
        "hAo092",
        "vi",
        "tvu_bio",
        "Nhân giống cây trồng sạch bệnh bằng nuôi cấy mô",
        "Viện Công nghệ sinh học – Trường Đại học Trà Vinh nhận nhân giống in vitro chuối, khóm, cây dược liệu và hoa với số lượng "
        "lớn, cây con đồng đều, sạch virus; chuyển giao quy trình cho phòng nuôi cấy mô của doanh nghiệp.",
    ),
    # --- sweet potato ---
    (
        "hAo093",
        "vi",
        "khoailang",
        "Dây chuyền khoai lang tím sấy dẻo và bột khoai lang",
        "Rửa, hấp, cắt lát, ngâm đường và sấy dẻo khoai lang tím Nhật; dây chuyền nghiền sấy bột khoai lang giàu anthocyanin. Công "
        "suất 1–2 tấn củ/ngày, giúp nông dân tiêu thụ khoai khi thương lái ngưng mua, giá rớt.",
    ),
    (
        "hAo094",
        "en",
        "khoailang",
        "Sweet potato weevil IPM: pheromone traps, clean cuttings and Beauveria",
        "Management of Cylas formicarius tunnelling in roots: sex-pheromone traps 20–40/ha, vine cuttings from clean fields, hilling "
        "to close soil cracks, Beauveria bassiana application and crop rotation with rice. Reduces damaged roots rejected by exporters.",
    ),
    (
        "hAo095",
        "en",
        "khoailang",
        "Sweet potato washing, grading and curing line for export",
        "Brush washer, roller size-grader (3–5 grades), curing room at 30°C and 90% RH for 4–5 days to heal skin wounds, and carton "
        "packing. Extends storage life and reduces rot during container shipment.",
    ),
    # --- irrigation, greenhouse ---
    (
        "hAo096",
        "vi",
        "drip_dt",
        "Nhà màng trồng dưa lưới, rau với hệ thống tưới nhỏ giọt tự động",
        "Thiết kế, lắp đặt nhà màng 1.000–4.000 m², tưới nhỏ giọt kết hợp bón phân theo hẹn giờ, cảm biến ẩm độ; 4 vụ dưa lưới/năm. "
        "Tiết kiệm 45% nước và công lao động, sản phẩm sạch bán siêu thị.",
    ),
    (
        "hAo097",
        "en",
        "solar_drip",
        "Solar-powered automatic drip irrigation for orchards",
        "PV panels drive the pump and controller; sensors start irrigation during the day, a rainwater harvesting tank and battery "
        "cover cloudy periods. About 36 million VND per ha of fruit trees, 15-year life, saves labour, power bills and up to "
        "9,000 m³ water per ha per year.",
    ),
    (
        "hAo098",
        "en",
        "solar_irr",
        "Solar water pumps for farm irrigation, 1–3 kW DC submersible and surface",
        "Replacement of diesel pumps by solar pumping kits for rice fields, vegetable plots and fish ponds; sizing by head and daily "
        "volume, pay-as-you-go financing, local after-sales service. Zero fuel cost and lower CO2.",
    ),
    # --- livestock ---
    (
        "hAo099",
        "vi",
        "vobeo",
        "Quy trình vỗ béo bò 90 ngày dùng rơm ủ urê và thức ăn tinh",
        "Chọn bò gầy, tẩy ký sinh trùng, khẩu phần rơm ủ urê, cỏ xanh, bột sắn, bã bia và khoáng; tăng trọng 0,7–1 kg/con/ngày. "
        "Hướng dẫn ước tính khối lượng bằng thước dây, tính hiệu quả kinh tế cho nông hộ nuôi 5–20 con.",
    ),
    (
        "hAo100",
        "en",
        "bo_sind",
        "Urea-molasses treated straw and cassava-meal supplement for beef cattle",
        "Feeding system for Lai Sind and crossbred steers: rice straw treated with 4% urea, cassava meal supplement at about 1.3% of "
        "live weight, molasses–urea lick blocks and mineral premix. Raises daily gain and feed efficiency using cheap local by-products.",
    ),
    (
        "hAo101",
        "vi",
        "bo_thit",
        "Giống cỏ năng suất cao và kỹ thuật ủ chua thức ăn xanh cho bò",
        "Cung cấp hom cỏ VA06, cỏ sả lá lớn, cỏ Mombasa; hướng dẫn trồng, thu cắt, ủ chua thân cây bắp và cỏ trong túi nilon/hầm ủ để "
        "dự trữ thức ăn mùa khô, mùa mặn thiếu cỏ.",
    ),
    (
        "hAo102",
        "en",
        "bo_tv",
        "Artificial insemination service with beef breed semen for Lai Sind cows",
        "Trained AI technicians, frozen semen of Red Angus, Brahman and BBB bulls, heat detection training and calf registration for "
        "smallholders. Crossbred calves reach higher slaughter weight and carcass yield than local yellow cattle.",
    ),
    (
        "hAo103",
        "vi",
        "biogas_ctu",
        "Hầm biogas composite nắp cố định 10–50 m³ cho trang trại heo",
        "Hầm ủ composite đúc sẵn, lắp đặt trong 1 ngày, kín khí, tuổi thọ trên 20 năm; kèm bếp biogas, đèn và lọc H2S. Xử lý chất thải "
        "cho trại 20–200 con heo, giảm mùi hôi và khiếu nại của hàng xóm.",
    ),
    (
        "hAo104",
        "en",
        "biogas_bpp",
        "Biogas-to-electricity generator sets for pig farms under an ESCO model",
        "Energy service company installs and maintains gas-cleaning units and 20–300 kW biogas generators at commercial pig farms "
        "without upfront capital; the farm pays for electricity produced. Captures methane that would otherwise leak from covered "
        "lagoons, cuts grid bills.",
    ),
    (
        "hAo105",
        "en",
        "biogas_rural21",
        "Covered-lagoon HDPE biodigester for 500–5,000 pigs",
        "Lined and covered anaerobic lagoon with HDPE geomembrane, inlet settling pit, gas storage and flare, sized for medium and large "
        "pig farms; effluent polishing pond before discharge. Fast installation and low cost per m³.",
    ),
    (
        "hAo106",
        "en",
        "asf_cull",
        "African swine fever biosecurity audit and pen-side PCR testing",
        "Farm audit of entry points, vehicle and feed flows, disinfection stations and staff rules; pen-side PCR kits to confirm "
        "suspect pigs early so only infected pens are removed; zoning of barns. Helps sow farms restock and keep production after ASF.",
    ),
    (
        "hAo107",
        "vi",
        "asf_fftc",
        "Đệm lót sinh học nuôi heo, gà giảm mùi và chất thải",
        "Đệm lót trấu, mùn cưa, mụn dừa với chế phẩm vi sinh dày 40–60 cm, phân giải phân và nước tiểu tại chỗ, không cần tắm heo, "
        "giảm 70–80% mùi hôi và nước thải. Phù hợp nông hộ, HTX chăn nuôi quy mô nhỏ.",
    ),
    (
        "hAo108",
        "en",
        "bsf_echo",
        "Black soldier fly larvae rearing unit: 1 t organic waste per day to insect meal",
        "Scaled-up BSF system with adult love cages, egg traps, larval rearing trays and substrate mixing; converts manure, market waste "
        "and processing by-products into fresh larvae (37–63% protein dry basis) for poultry, fish and pigs, plus frass fertiliser.",
    ),
    (
        "hAo109",
        "vi",
        "bsf_binhdinh",
        "Nuôi ruồi lính đen xử lý rác hữu cơ hộ gia đình và chợ",
        "Thùng ủ kết hợp ấu trùng ruồi lính đen phân hủy rác thức ăn thừa, rau củ hỏng trong 10–12 giờ, giảm rác chôn lấp; ấu trùng "
        "dùng cho gà, cá ăn. Mô hình đã thí điểm tại hộ dân và chợ nông thôn.",
    ),
    # --- food processing and safety ---
    (
        "hAo110",
        "vi",
        "haccp_ph",
        "Tư vấn xây dựng HACCP, ISO 22000 chi phí thấp cho cơ sở chế biến nhỏ",
        "Gói tư vấn 4–6 tháng: khảo sát mặt bằng, chương trình tiên quyết GMP/SSOP, phân tích mối nguy, lập kế hoạch HACCP, đào tạo "
        "nhân viên và đánh giá nội bộ trước chứng nhận. Thiết kế riêng cho cơ sở dưới 50 lao động làm bánh, mắm, khô, đồ uống.",
    ),
    (
        "hAo111",
        "en",
        "haccp_ph",
        "GMP/SSOP training and mobile microbiology testing for small food processors",
        "Hands-on hygiene training, cleaning and sanitation schedules, and monthly on-site swab and product testing (total plate count, "
        "coliforms, Salmonella, yeast and mould) with a mobile lab; records ready for inspections and retail buyers.",
    ),
    (
        "hAo112",
        "vi",
        "nuocmam_std",
        "Quy trình chượp chín nhanh bằng enzyme, kiểm soát histamin trong nước mắm",
        "Bổ sung enzyme protease và kiểm soát nhiệt độ, độ mặn để rút ngắn thời gian chượp từ 12 tháng còn 4–6 tháng, kiểm soát vi "
        "khuẩn sinh histamin từ khâu nguyên liệu cá; đạm tổng và histamin đạt tiêu chuẩn xuất khẩu.",
    ),
    (
        "hAo113",
        "en",
        "nuocmam_std",
        "Rapid histamine test kits for fish and fish sauce",
        "Lateral-flow and ELISA kits quantifying histamine in 20 minutes from raw fish, fish sauce and dried fish, with a portable "
        "reader; used for incoming raw material checks and batch release against Codex and EU limits.",
    ),
    (
        "hAo114",
        "en",
        "seafood_comp",
        "Retort-pouch sterilisation for shelf-stable ready meals and fish products",
        "Small water-spray retort (100–300 pouches per cycle) with validated F0 process, for ready-to-eat regional dishes, fish stews "
        "and curries sold without refrigeration for 12 months. Process-authority support for export registration.",
    ),
    (
        "hAo115",
        "vi",
        "coco_cosm",
        "Dây chuyền sản xuất chả hoa, chả cá định hình và cấp đông",
        "Máy xay quết chả, máy định hình, hấp và cấp đông chả cá, chả hoa đặc sản; quy trình kiểm soát nhiệt độ nguyên liệu để chả dai, "
        "không dùng hàn the. Hỗ trợ công bố sản phẩm để đưa vào siêu thị.",
    ),
    (
        "hAo116",
        "vi",
        "qr_htx",
        "Hệ thống truy xuất nguồn gốc bằng tem QR cho HTX và cơ sở OCOP",
        "Nền tảng tạo mã QR cho từng lô hàng, nhập nhật ký sản xuất, hình ảnh vùng trồng, chứng nhận; người mua quét mã bằng điện thoại "
        "xem lý lịch sản phẩm. Phí 2–5 triệu đồng/năm, có tem chống giả.",
    ),
    (
        "hAo117",
        "en",
        "qr_longan",
        "Blockchain-based traceability platform with digital farm diary",
        "Farm-diary app records inputs, spraying and harvest by plot; data are anchored to a blockchain and linked to QR labels, giving "
        "buyers and authorities tamper-proof origin information. Integrates with provincial food-safety portals.",
    ),
    (
        "hAo118",
        "en",
        "solardry_htx",
        "Solar tunnel dryer for hygienic dried fish and shrimp",
        "Greenhouse-type solar dryer with polycarbonate cover, fans and insect screens; drying fish such as snakeskin gourami in 2 days "
        "instead of 4 sunny days, without flies or dust, and with stable colour. Capacity 200–500 kg fresh fish per batch.",
    ),
    (
        "hAo119",
        "vi",
        "say_ns",
        "Máy sấy nông sản năng lượng mặt trời kết hợp điện trở dự phòng",
        "Buồng sấy gián tiếp có bộ thu nhiệt mặt trời riêng và quạt cưỡng bức, gắn điện trở dự phòng cho ngày mưa. Dùng sấy chuối, "
        "khoai, ớt, cơm dừa, dược liệu. Chi phí vận hành thấp, phù hợp hộ và tổ hợp tác.",
    ),
    # --- water supply and salinity ---
    (
        "hAo120",
        "vi",
        "nuocngot_cafef",
        "Trạm lọc nước lợ RO công suất 1–5 m³/giờ chạy điện mặt trời",
        "Hệ thống thẩm thấu ngược xử lý nước sông, nước giếng nhiễm mặn đến 10‰ thành nước uống đạt QCVN, vận hành bằng pin mặt trời "
        "và lưới điện, giám sát từ xa. Phù hợp trạm cấp nước xã, trường học, trạm y tế vùng hạn mặn.",
    ),
    (
        "hAo121",
        "en",
        "hanman_dt",
        "Household rainwater harvesting with first-flush diverter and UV",
        "2–4 m³ stainless or composite tanks, gutter screens, automatic first-flush diverter and point-of-use UV/ceramic filter; "
        "stores enough drinking water for a family through the dry season. Installed in one day.",
    ),
    (
        "hAo122",
        "vi",
        "hanman_dt",
        "Túi trữ nước ngọt HDPE 7–30 m³ cho nhà vườn mùa khô",
        "Túi nhựa HDPE gấp gọn đặt trong vườn hoặc mương, trữ nước ngọt tưới cây và cho vật nuôi khi sông rạch nhiễm mặn; chi phí "
        "1–3 triệu đồng, thấp hơn xây bể xi măng, dùng được nhiều năm.",
    ),
    (
        "hAo123",
        "en",
        "vl_man",
        "River salinity early-warning network with SMS and Zalo alerts",
        "Continuous salinity and water-level sensors at river mouths and canal intakes, forecasts of the 1‰ and 4‰ salinity fronts "
        "several days ahead, and alerts to farmers, water-supply plants and sluice operators so they can close gates and store "
        "freshwater in time.",
    ),
    (
        "hAo124",
        "vi",
        "vungliem",
        "Cống ngăn mặn điều khiển từ xa cho kênh nội đồng",
        "Cửa van tự động đóng khi độ mặn tại cửa cống vượt ngưỡng cài đặt và mở lại khi nước ngọt, điều khiển qua điện thoại, chạy "
        "điện mặt trời; giữ ngọt cho vùng lúa và vườn cây ăn trái trong mùa khô.",
    ),
    (
        "hAo125",
        "en",
        "capnuoc",
        "Compact surface-water treatment plant for scattered rural clusters",
        "Containerised coagulation–flocculation, lamella settling, rapid sand filtration and chlorination, 5–20 m³/h, for hamlets too "
        "small for piped schemes; treats turbid and acidic canal water, with operator training for the commune cooperative.",
    ),
    (
        "hAo126",
        "vi",
        "capnuoc",
        "Xử lý nước giếng khoan nhiễm phèn sắt, mangan và asen",
        "Bộ lọc làm thoáng – oxy hóa – lọc cát mangan – than hoạt tính, công suất 0,5–3 m³/giờ cho hộ gia đình và cụm dân cư, loại sắt, "
        "mangan, asen dưới ngưỡng cho phép; kiểm nghiệm nước miễn phí trước khi lắp.",
    ),
    (
        "hAo127",
        "en",
        "vungliem",
        "Handheld salinity meters and a farmer salinity lookup app",
        "Pocket EC/salinity meters (0–50‰) distributed with a mobile app showing daily salinity readings reported by farmers and "
        "official stations, so growers know when canal water is safe for pumping into rice fields and orchards.",
    ),
    # --- energy ---
    (
        "hAo128",
        "vi",
        "ktnl",
        "Kiểm toán năng lượng và giải pháp tiết kiệm điện, hơi cho nhà máy",
        "Đo đạc, phân tích dòng năng lượng, xác định lãng phí ở động cơ, máy nén khí, lò hơi, hệ thống lạnh; đề xuất biến tần, thu hồi "
        "nhiệt, sửa rò rỉ khí nén với thời gian hoàn vốn. Báo cáo kiểm toán theo Luật Sử dụng năng lượng tiết kiệm và hiệu quả.",
    ),
    (
        "hAo129",
        "en",
        "solar_roof",
        "Rooftop solar PV for factories: EPC or PPA, 100 kWp–2 MWp",
        "Design, installation and O&M of grid-tied rooftop PV on factory and warehouse roofs, with zero-export control where required; "
        "PPA option with no upfront investment and discounted tariff. Monitoring portal; typical 20–30% cut in daytime grid purchase.",
    ),
    (
        "hAo130",
        "vi",
        "solar_roof",
        "Điện mặt trời áp mái cho doanh nghiệp – mô hình thuê mái, không bỏ vốn",
        "Nhà đầu tư lắp đặt hệ thống pin mặt trời trên mái nhà xưởng, doanh nghiệp mua điện giá thấp hơn giá lưới 10–15% trong 20 năm, "
        "hết hạn chuyển giao hệ thống. Khảo sát kết cấu mái, xin phép đấu nối.",
    ),
    (
        "hAo131",
        "en",
        "ktnl",
        "Variable-speed drives for pumps and paddlewheel aerators",
        "Retrofit of VFDs and DO-controlled switching on pond aerators and water pumps in aquaculture and irrigation stations; "
        "typical electricity savings 20–35%, soft start extends motor life. Payback under two years.",
    ),
    (
        "hAo132",
        "en",
        "ktnl",
        "Steam boiler efficiency and condensate recovery for food factories",
        "Combustion tuning, economiser and flue-gas heat recovery, insulation of steam lines and condensate return; fuel savings of "
        "10–20% for boilers burning husk, wood or oil in seafood, coconut and rice-noodle plants.",
    ),
    (
        "hAo133",
        "vi",
        "mangthit",
        "Lò nung gạch liên hoàn kiểu Hoffman thay lò tròn thủ công",
        "Chuyển đổi lò gạch thủ công sang lò nung liên tục kiểu Hoffman cải tiến: ra lò sau 12 giờ thay vì cả tháng, tiết kiệm 30–40% "
        "nhiên liệu trấu, giảm khói bụi, đạt quy chuẩn khí thải. Tư vấn thiết kế, vay vốn và thủ tục môi trường cho làng nghề.",
    ),
    (
        "hAo134",
        "en",
        "mangthit_thvl",
        "Energy-efficient kiln retrofit for terracotta pottery",
        "Ceramic-fibre lining, improved firing chamber and flue-gas heat recovery for intermittent pottery kilns, with burner control for "
        "husk or gas; shorter firing cycles, fewer cracked pieces and 25–35% less fuel per firing for decorative terracotta exporters.",
    ),
    (
        "hAo135",
        "vi",
        "mangthit",
        "Dây chuyền gạch không nung từ tro trấu, xỉ và bùn nạo vét",
        "Máy ép thủy lực sản xuất gạch block, gạch ống không nung từ tro trấu, xi măng và bùn sông nạo vét, không cần lò đốt, đạt tiêu "
        "chuẩn vật liệu xây không nung. Công suất 10–20 triệu viên quy chuẩn/năm.",
    ),
    (
        "hAo136",
        "en",
        "biomass_vtt",
        "Biomass pellet plant from rice husk and wood residues for export",
        "Crushing, drying, pelletising and cooling line of 50,000–70,000 t/year for husk and wood-chip pellets meeting buyer "
        "specifications for power plants in Korea and Japan; dust-emission control and supply contracts with rice mills.",
    ),
    # --- environment ---
    (
        "hAo137",
        "vi",
        "straw30",
        "Sản xuất phân hữu cơ từ phụ phẩm nông nghiệp quy mô HTX",
        "Nhà ủ có mái che, máy đảo trộn, chế phẩm vi sinh để ủ rơm rạ, phân bò, vỏ cà phê, mụn dừa thành phân hữu cơ trong 30–45 ngày; "
        "hướng dẫn thủ tục công bố phân bón. Giảm đốt rơm và phân bón hóa học.",
    ),
    (
        "hAo138",
        "en",
        "trabaco",
        "Biochar kiln for rice husk and coconut shell, for soil improvement",
        "Low-smoke top-lit updraft and retort kilns producing biochar from husk and shell, enriched with compost or manure before field "
        "use; improves water retention and nutrient holding in sandy and saline-affected soils.",
    ),
    # --- ICT and automation ---
    (
        "hAo139",
        "vi",
        "tv_ecom",
        "Phần mềm quản lý bán hàng, kho và đưa sản phẩm lên sàn thương mại điện tử",
        "Phần mềm trên nền tảng đám mây quản lý đơn hàng, tồn kho, công nợ, xuất hóa đơn điện tử; kết nối các sàn thương mại điện tử "
        "và sàn giao dịch của tỉnh. Đào tạo chụp ảnh sản phẩm, viết mô tả cho cơ sở OCOP.",
    ),
    (
        "hAo140",
        "en",
        "tv_ecom",
        "E-commerce onboarding and livestream selling coaching for rural producers",
        "Three-month coaching for cooperatives and ethnic-minority producer groups: shop setup on major marketplaces, logistics and "
        "payment, livestream scripts and short-video content, with mentoring until first 100 online orders.",
    ),
    (
        "hAo141",
        "en",
        "tvu_conf",
        "PLC and SCADA retrofit of small food production lines",
        "Automation of mixing, cooking, filling and capping stations with PLCs, HMI screens and recipe management; production data "
        "logged for quality records. University engineering team designs, builds and commissions for SMEs at moderate cost.",
    ),
    (
        "hAo142",
        "en",
        "wsn_shrimp",
        "Computer-vision counting and sizing app for shrimp post-larvae",
        "Smartphone app and light box that count PL in a tray sample and estimate size distribution in seconds, avoiding disputes "
        "between hatcheries and farmers over numbers delivered; also estimates pond biomass from cast-net photos.",
    ),
    # --- sugarcane ---
    (
        "hAo143",
        "en",
        "mia_gia",
        "Sugarcane mechanisation: planting, ratoon management and harvesting",
        "Billet planters, ratoon cultivators and small combine cane harvesters adapted to raised beds on saline-affected land; cuts "
        "labour cost at harvest, which is the largest expense when cane prices are low, and keeps CCS up by timely delivery.",
    ),
    (
        "hAo144",
        "vi",
        "mia_tv",
        "Chuyển đổi đất mía kém hiệu quả sang nuôi cá thác lác, lúa – màu",
        "Tư vấn quy hoạch lại ruộng mía thua lỗ: đào ao nuôi cá thác lác cườm, luân canh lúa – màu, tính toán dòng tiền và hỗ trợ vay "
        "vốn chuyển đổi; kết nối đầu ra với thương lái, cơ sở chế biến chả cá.",
    ),
    (
        "hAo145",
        "en",
        "mia_tv",
        "Small-scale sugarcane syrup and non-centrifugal sugar unit",
        "Crushing, clarification and open-pan or vacuum evaporation producing cane syrup and granulated non-centrifugal sugar for "
        "specialty markets; lets growers process cane themselves when the sugar mill delays purchases.",
    ),
    # --- herbs and health products ---
    (
        "hAo146",
        "vi",
        "herb_tea",
        "Quy trình sản xuất trà túi lọc thảo dược đạt TCVN 7975",
        "Chuyển giao quy trình sấy, nghiền, phối trộn và đóng gói trà túi lọc từ lá thảo dược (bạc hà chanh sả, lá sen, trà mãng cầu), "
        "kiểm soát polyphenol và vi sinh; máy đóng gói túi lọc tự động 30–60 túi/phút.",
    ),
    (
        "hAo147",
        "en",
        "herb_instant",
        "Vacuum extraction and spray drying for instant herbal tea granules",
        "Low-temperature vacuum extraction of medicinal plants followed by spray or microwave-vacuum drying into soluble powder and "
        "granules in 25 g sachets, preserving active compounds. Pilot line and product registration support.",
    ),
    (
        "hAo148",
        "vi",
        "herb_tea",
        "Chưng cất tinh dầu sả, tràm, bạc hà bằng hơi nước 50–200 kg/mẻ",
        "Nồi chưng cất inox, bộ ngưng tụ và bình phân ly tinh dầu; quy trình đạt TCVN về tinh dầu, hướng dẫn thu hoạch nguyên liệu đúng "
        "thời điểm để hàm lượng tinh dầu cao.",
    ),
    (
        "hAo149",
        "vi",
        "tvu_green",
        "Quy trình sản xuất mật dừa nước cô đặc",
        "Khai thác nhựa buồng dừa nước, lọc, cô đặc ở nhiệt độ thấp thành mật dừa nước có vị ngọt thanh, giàu khoáng; đóng chai thủy "
        "tinh. Dự án khởi nghiệp từ sinh viên Trường Đại học Trà Vinh, sẵn sàng hợp tác với HTX ven sông.",
    ),
    (
        "hAo150",
        "en",
        "tvu_bio",
        "Tissue-culture propagation of medicinal plants",
        "In vitro multiplication and acclimatisation of medicinal species (e.g. Polyscias, Curcuma, Gynostemma) to give growers "
        "uniform, disease-free planting material in large quantity, with GACP-oriented cultivation guidance.",
    ),
    # --- extra items and near misses ---
    (
        "hAo151",
        "en",
        "straw30",
        "Rice straw animal-feed processing: chopping, baling and urea treatment",
        "Mobile chopper and baler with urea-treatment tanks that turn collected rice straw into treated roughage bales for cattle "
        "farms, sold in the dry season when grass is short.",
    ),
    (
        "hAo152",
        "vi",
        "husk_power",
        "Lò hơi đốt sinh khối trấu thay dầu FO cho nhà máy chế biến",
        "Lò hơi tầng sôi/ghi xích đốt trấu, vỏ hạt điều, mùn cưa, công suất 1–10 tấn hơi/giờ, thay dầu FO và than; xử lý bụi bằng "
        "cyclone và lọc túi. Giảm 30–50% chi phí nhiên liệu cho nhà máy thủy sản, thực phẩm.",
    ),
    (
        "hAo153",
        "vi",
        "iot_pond",
        "Bộ điều khiển giám sát từ xa cho nhà màng thủy canh",
        "Cảm biến EC, pH, nhiệt độ dung dịch dinh dưỡng, bơm định lượng tự động và cảnh báo qua điện thoại cho rau ăn lá, dưa lưới trồng "
        "thủy canh trong nhà màng.",
    ),
    (
        "hAo154",
        "vi",
        "coco_prod",
        "Dây chuyền sản xuất kẹo dừa và bánh phồng sữa dừa bán tự động",
        "Nồi nấu kẹo có cánh khuấy, máy cán cắt kẹo dừa, máy gói tự động 200–300 viên/phút; giảm công thủ công, vệ sinh hơn, kẹo đều "
        "viên. Chuyển giao công thức kẹo dừa ít đường.",
    ),
    (
        "hAo155",
        "en",
        "coco_org",
        "Coconut intercropping with cocoa and fodder under organic standards",
        "Design of coconut-based agroforestry: cocoa or fodder grasses in inter-rows, mulching with husks, organic fertilisation plan, "
        "raising income per hectare while keeping organic status.",
    ),
    (
        "hAo156",
        "vi",
        "duasap",
        "Xác định dừa sáp trên cây bằng thiết bị siêu âm không cần bổ trái",
        "Thiết bị cầm tay phân biệt trái dừa sáp và trái dừa thường trên cây hoặc sau khi hái bằng tín hiệu âm thanh gõ, độ chính xác "
        "trên 85%, giúp phân loại trước khi bán, tránh bổ thử làm hư trái.",
    ),
    (
        "hAo157",
        "en",
        "ngheu_tv",
        "Depuration and cooked-frozen clam processing for export",
        "Depuration tanks with UV-treated seawater, sand removal, steam cooking, meat separation and IQF freezing of whole-shell and "
        "half-shell clams; microbiological and biotoxin testing plan for EU markets.",
    ),
    (
        "hAo158",
        "vi",
        "prawn_fao",
        "Kỹ thuật nuôi tôm càng xanh trong ruộng lúa vùng nước ngọt",
        "Thiết kế mương bao, bờ bao, thả giống tôm càng xanh sau khi sạ lúa 10 ngày, cho ăn bổ sung cám, cá tạp, ốc; quản lý cống và "
        "nước, thu hoạch tôm cùng lúa. Tăng lợi nhuận trên cùng diện tích.",
    ),
    (
        "hAo159",
        "vi",
        "choirong_vl",
        "Phục hồi vườn nhãn già và xử lý ra hoa nghịch vụ",
        "Lịch cắt tỉa tạo tán, xử lý kali clorat qua đất và chương trình dinh dưỡng giúp vườn nhãn lâu năm hồi sức, cho trái nghịch vụ "
        "bán được giá; có phân tích dinh dưỡng lá để điều chỉnh phân bón.",
    ),
    (
        "hAo160",
        "en",
        "tom_benh",
        "Vibrio and water-quality test kits for shrimp farmers",
        "Simple colorimetric kits for ammonia, nitrite, alkalinity and hardness, plus TCBS agar plates for counting Vibrio in water and "
        "shrimp hepatopancreas at the farm; explained in Vietnamese pictograms.",
    ),
    (
        "hAo161",
        "vi",
        "biogas_ctu",
        "Xử lý nước thải lò giết mổ gia súc bằng biogas kết hợp bãi lọc trồng cây",
        "Bể tách mỡ, hầm biogas và bãi lọc ngầm trồng cây (sậy, cỏ nến) xử lý nước thải lò mổ 10–50 m³/ngày, thu khí đốt dùng nấu nước "
        "làm lông; chi phí vận hành thấp, đạt quy chuẩn xả thải.",
    ),
    (
        "hAo162",
        "en",
        "viaep",
        "Small-scale fruit puree and juice line with pasteuriser",
        "Pulper-finisher, plate pasteuriser and hot-filling for mango, passion fruit and pineapple puree and juice at 300–1,000 L/h; "
        "allows cooperatives to process second-grade fruit instead of selling at a loss.",
    ),
    (
        "hAo163",
        "vi",
        "drone_xag",
        "Bản đồ sức khỏe cây trồng bằng ảnh viễn thám và drone đa phổ",
        "Chụp ảnh đa phổ bằng drone, tính chỉ số NDVI để phát hiện sớm vùng lúa, vườn cây bị bệnh, thiếu dinh dưỡng hoặc ngộ mặn; báo "
        "cáo bản đồ phân vùng cho HTX để bón phân, phun thuốc đúng chỗ.",
    ),
    (
        "hAo164",
        "en",
        "coco_prod",
        "Coconut sugar and coconut aminos from sap: granulation and fermentation",
        "Evaporation and granulation of coconut sap into free-flowing coconut sugar, and fermentation of sap with salt into 'coconut "
        "aminos' seasoning; equipment and food-safety documentation for organic export buyers.",
    ),
    (
        "hAo165",
        "vi",
        "ww_shrimpfarm",
        "Chế phẩm vi sinh xử lý nước thải sinh hoạt bể tự hoại hộ gia đình",
        "Men vi sinh kỵ khí phân hủy bùn cặn bể tự hoại, giảm mùi và tắc nghẽn, dùng định kỳ 3 tháng/lần cho hộ gia đình và nhà hàng.",
    ),
]
