"""Offers of the holdout35 set: (id, language, source key, title, description)."""

OFFERS = [
    # --- coconut candy ---
    (
        "jKo001",
        "vi",
        "keo_xusodua",
        "Chuyển giao nồi sên kẹo dừa có cánh khuấy và bộ khuôn cắt đổi cỡ viên",
        "Giải pháp bán cơ giới cho lò kẹo dừa thủ công: nồi sên gia nhiệt có cánh khuấy giữ độ dẻo đều, bàn cán và bộ khuôn cắt thay được để làm nhiều kích thước viên trên cùng một dây chuyền. "
        "Phù hợp cơ sở 10–20 lao động không đủ vốn mua máy công nghiệp giá hàng tỷ đồng vốn chỉ chạy một cỡ kẹo. Kèm hướng dẫn phối mạch nha theo từng dòng kẹo.",
    ),
    (
        "jKo002",
        "en",
        "keo_nld",
        "Semi-mechanised coconut candy line: soaking tank, rotary cooker and cutting moulds",
        "A package for coconut candy workshops covering the mixing/soaking tank (7–12 hour preparation), a rotary-paddle cooker that runs until the mass reaches the right viscosity, and moulds that cut uniform pieces. "
        "Designed from practice in a province with more than 180 candy workshops and dozens of companies; wrapping can stay manual. Installation and operator training included.",
    ),
    (
        "jKo003",
        "vi",
        "keo_donga",
        "Thiết kế lại giấy gói, hộp và nhận diện cho kẹo dừa đặc sản",
        "Dịch vụ thay giấy gói kẹo kiểu cũ (giấy trắng dày) bằng mẫu giấy gói in màu, hộp quà và túi nhiều vị (sầu riêng, lá dứa, đậu phộng) theo kinh nghiệm một doanh nghiệp kẹo dừa đã xuất khẩu nhiều nước. "
        "Bao gồm chọn vật liệu gói chống ẩm, bố cục thông tin bắt buộc và câu chuyện sản phẩm phục vụ đánh giá OCOP.",
    ),
    (
        "jKo004",
        "en",
        "keo_vnanet",
        "Craft-village tourism design for coconut candy and jam workshops",
        "Helps candy and coconut-jam workshops open their floor to visitors: visitor route through cooking, cutting and wrapping, hands-on wrapping corner, tasting and sales counter. "
        "Based on a workshop that has run for over 20 years and raises coconut-meat use from about 90 kg to 120 kg a day at Tết. Adds a direct retail channel next to wholesale.",
    ),
    (
        "jKo005",
        "vi",
        "vicosap_sabio",
        "Hỗ trợ máy sấy và máy sên kẹo cho cơ sở chế biến dừa sáp, dừa thường",
        "Chương trình phối hợp với Chi cục Phát triển nông thôn hỗ trợ cơ sở chế biến máy sấy và máy sên kẹo có cánh đảo để nâng chất lượng kẹo, mứt, dừa sấy. "
        "Đã áp dụng cho doanh nghiệp dừa sáp ở Cầu Kè có 11 sản phẩm OCOP; kèm tư vấn bán qua kênh thương mại điện tử.",
    ),
    # --- virgin coconut oil ---
    (
        "jKo006",
        "en",
        "vco_fao",
        "Village-scale virgin coconut oil production: training from the FAO manual",
        "Training and set-up support for micro and village VCO units following the FAO Regional Office manual (Bawalan & Chapman): choice of process (fresh-dry, natural fermentation, chilling, centrifuge), hygienic layout, "
        "equipment list and quality targets so the oil stays clear and does not go rancid. Suitable for cooperatives processing a few hundred nuts a day.",
    ),
    (
        "jKo007",
        "vi",
        "vco_methods",
        "Quy trình dầu dừa tinh khiết (VCO) ly tâm: độ ẩm dưới 0,2%, axit béo tự do khoảng 0,1%",
        "Chuyển giao quy trình tách dầu từ nước cốt dừa tươi bằng ly tâm hoặc gia nhiệt có kiểm soát, không tẩy màu, không khử mùi, giữ vitamin E và mùi dừa tự nhiên. "
        "Kiểm soát độ ẩm dầu dưới 0,2% để kéo dài hạn dùng và tránh dầu bị vàng, ôi.",
    ),
    (
        "jKo008",
        "en",
        "vco_cold",
        "Cold-press virgin coconut oil from dried grated kernel: about 300 ml per kg",
        "Small-scale method: grate the white kernel only, dry it to 8–10% moisture (dryer or sun, checked with a moisture meter), press and filter. "
        "Yields roughly 300 ml VCO per kg of grated coconut; the low water content keeps the oil from turning rancid early. Press and filter selection advice included.",
    ),
    (
        "jKo009",
        "vi",
        "vco_agriceng",
        "Tập huấn các phương pháp tách dầu dừa từ nước cốt cho hộ kinh doanh nhỏ",
        "Khóa học thực hành về cơ chế phá liên kết protein giữ dầu trong nước cốt dừa và các cách tách dầu ở quy mô nhỏ: lên men tự nhiên, làm lạnh, gia nhiệt nhẹ. "
        "So sánh năng suất thu hồi và chi phí từng cách để hộ sản xuất chọn phương án phù hợp.",
    ),
    # --- coconut sap, nectar, sugar ---
    (
        "jKo010",
        "en",
        "sokfarm_tt",
        "Low-temperature vacuum concentration of coconut flower nectar (about 55 °C)",
        "Process and equipment know-how for concentrating fresh coconut inflorescence sap under vacuum at around 55 °C instead of open-pan boiling, keeping a light colour and fresh taste. "
        "Developed by a Trà Vinh enterprise that revived the Khmer nectar tradition and now sells nectar products abroad.",
    ),
    (
        "jKo011",
        "vi",
        "sap_cpcri",
        "Hộp hứng nhựa hoa dừa giữ lạnh 2–3 °C chống lên men",
        "Thiết bị hứng nhựa hoa dừa có ngăn đá, giữ nhiệt độ 2–3 °C trong 10–12 giờ ngay trên ngọn cây, nhựa thu được ngọt, không lên men chua, không lẫn kiến, bụi, phấn hoa. "
        "Nhựa tươi (pH trên 7) có thể bán làm nước uống ướp lạnh hoặc chế biến đường, mật mà không cần hóa chất.",
    ),
    (
        "jKo012",
        "en",
        "sap_rotary",
        "Rotary vacuum evaporation of coconut sap into syrup: 12 minutes at 60 °C",
        "Lab-proven alternative to 3–5 hour open-pan cooking: rotary evaporation at 60 °C and 250 mbar produced syrup in about 12 minutes at a product temperature near 55 °C, "
        "with a lighter colour and 0.35 kWh energy use versus 0.83 kWh for open heating. Scale-up advice for small sugar units.",
    ),
    (
        "jKo013",
        "vi",
        "sap_granule",
        "Thiết bị kết tinh đường hoa dừa dạng hạt có cánh khuấy vỏ áo kép",
        "Chảo cô đặc kết hợp nồi kết tinh đứng vỏ áo kép có cánh khuấy để chuyển mật hoa dừa đặc thành đường dạng hạt, tơi, ít vón. "
        "Theo dõi nhiệt độ, độ Brix và khối lượng riêng trong quá trình để chốt điểm kết tinh; mẻ 5–15 lít nhựa.",
    ),
    (
        "jKo014",
        "en",
        "sap_pca",
        "Coconut sap sugar process package: sap checks, evaporation, granulation and packing",
        "Step-by-step package: accept sap only when beige, translucent, pH 6 or higher and 13–14.5 °Brix; cook within 5 hours of tapping, boil to about 115 °C while skimming scum (3–4 hours), "
        "then stir the syrup in a food-grade wok until it granulates; weigh and pack. Includes tree selection and tapping hygiene.",
    ),
    (
        "jKo015",
        "vi",
        "nectar_ld",
        "Chuyển giao kỹ thuật vỗ, xoa hoa dừa lấy mật cho nông hộ",
        "Hướng dẫn nông dân kỹ thuật xoa bóp buồng hoa kích thích tiết mật, hứng và bán mật cho doanh nghiệp lọc, cô đặc. "
        "Vườn 3.000 m² cho khoảng 40 lít mật/ngày, thu nhập 8–12 triệu đồng/tháng, gấp 5–6 lần bán trái; học nghề khoảng 1–1,5 tháng.",
    ),
    (
        "jKo016",
        "en",
        "coco_vl",
        "Product diversification from coconut blossom nectar: vinegar, soy sauce, sugar",
        "Product-development support drawn from a Trà Vinh firm with six product lines (fresh nectar, concentrated nectar, nectar vinegar, blossom sugar, nectar soy sauce, organic blossom products). "
        "Covers recipes, process standardisation and the path to OCOP rating and export listing.",
    ),
    (
        "jKo017",
        "vi",
        "nipa_cdn",
        "Khai thác và cô đặc mật dừa nước làm chất tạo ngọt tự nhiên",
        "Quy trình thu mật từ cuống buồng dừa nước (cây trên 5 năm, mỗi cuống khoảng 0,7 lít/24 giờ), hứng bằng ống tre hoặc chai sạch, thu hằng ngày. "
        "Chế biến mật tinh chất và mật cô đặc thay đường tinh luyện; nguyên liệu cho đường, giấm, rượu.",
    ),
    (
        "jKo018",
        "en",
        "nipa_cangio",
        "Nipa palm sap vinegar, spirits and canned nipa fruit development",
        "Start-up know-how from a Cần Giờ company that spent two years on sap tapping and processing: canned nipa fruit, sap drinks, vinegar, wine, spirits and sugar. "
        "Offers process advice and partnership to communities with nipa stands along canals.",
    ),
    # --- desiccated coconut ---
    (
        "jKo019",
        "en",
        "dc_board",
        "Desiccated coconut unit: steam blanching 20 minutes, tray drying to below 3% moisture",
        "Project profile for small desiccated coconut units: deshelling, paring of the brown testa, washing, milling, live-steam blanching for about 20 minutes to cut microbial counts, "
        "hot-air tray drying at 80–90 °C for about 10 hours to below 3% moisture, sieving and packing. Typical product: 2–3% moisture, 65–68% fat.",
    ),
    (
        "jKo020",
        "vi",
        "dc_vietnam",
        "Tư vấn kiểm soát chất lượng cơm dừa sấy: đốm đen, độ béo, bao bì kraft lót PE",
        "Rà soát dây chuyền cơm dừa sấy để giảm đốm đen (vụn vỏ lụa lẫn vào), đạt mức không quá 4 đốm/100 g, màu trắng, không ôi. "
        "Phân loại béo (từ 60% trở lên) và béo thấp, đóng bao kraft nhiều lớp lót PE 10–50 kg. Định mức tham khảo: 1.000 trái cho khoảng 130 kg.",
    ),
    (
        "jKo021",
        "en",
        "dc_msme",
        "Desiccated coconut plant design with paring-oil and shell by-product recovery",
        "Plant layout and mass balance for a desiccated coconut unit: 10–15% of the kernel is removed as parings, which can be dried and pressed for oil; shells and husks go to by-product lines. "
        "About 100 kg of product from 1,000 nuts; grading on 12/14/16-mesh screens and packing in 25 kg lined boxes or retail bags.",
    ),
    (
        "jKo022",
        "vi",
        "vicosap_dtmn",
        "Công thức chế biến dừa sáp sợi, dừa sáp sấy giòn giữ độ dẻo đặc trưng",
        "Chuyển giao kỹ thuật chế biến trái dừa sáp thành dừa sáp sợi, dừa sáp sấy giòn, sữa chua dừa sáp sấy, dừa sáp hút chân không, giữ độ dẻo cơm và độ sánh nước. "
        "Từ kinh nghiệm doanh nghiệp ở Cầu Kè có 9 dòng, 40 sản phẩm, trong đó dừa sáp sợi đạt OCOP 5 sao.",
    ),
    # --- nata de coco, coconut water ---
    (
        "jKo023",
        "en",
        "nata_tnau",
        "Nata de coco from mature coconut water with a selected G. xylinum strain",
        "University process turning discarded mature coconut water into nata by static fermentation with Gluconacetobacter xylinum (sju-1): about 250 g nata per litre, 15 mm thick, "
        "87% water holding capacity. Formulation in sugar syrup with a natural beetroot colour. Strain supply and training.",
    ),
    (
        "jKo024",
        "vi",
        "nata_vinensia",
        "Quy trình thạch dừa: 100 g đường/lít, 0,5% amoni sunfat, pH 3–4",
        "Hướng dẫn chi tiết làm thạch dừa từ nước dừa: lọc, nấu với 100 g đường/lít và 0,5% amoni sunfat, để nguội, chỉnh pH về 3–4 bằng giấm, cấy 170 ml men giống Acetobacter xylinum, "
        "ủ tĩnh trong khay. Kèm cách nhân men giống từ bã dứa ủ 2–3 tuần.",
    ),
    (
        "jKo025",
        "en",
        "nata_dfrl",
        "Standardised nata-de-coco process: 15–20 day static fermentation, cubing and syrup",
        "Defence food laboratory process with optimised conditions: the cellulose sheet forms at the air-liquid surface and thickens over 15–20 days; sheets are cut into cubes, washed, boiled and cooked in syrup. "
        "Turns a commonly wasted coconut by-product into a fibre-rich dessert with export potential.",
    ),
    (
        "jKo026",
        "vi",
        "cw_fao",
        "Nước dừa đóng chai lạnh cho cơ sở nhỏ: lọc, làm lạnh, hạn dùng ít nhất 10 ngày",
        "Hướng dẫn thực hành tốt (theo tài liệu FAO) cho cơ sở nhỏ đóng chai nước dừa tươi không gia nhiệt: chọn trái, tách nước vệ sinh, lọc thô, làm lạnh nhanh và đóng chai. "
        "Giữ được ít nhất 10 ngày trong tủ lạnh, tối đa khoảng 3 tuần; tránh mùi nấu của nước dừa thanh trùng nhiệt cao.",
    ),
    (
        "jKo027",
        "en",
        "cw_informer",
        "Coconut water shelf-life extension: pasteurisation, UHT and control of pinking",
        "Technical advice on four routes to longer-lasting coconut water: chilling, pasteurisation at 75–85 °C for 15–120 s (about a week chilled), UHT at 137–145 °C for 4–15 s for ambient shelf-stable packs, "
        "and measures against the pink discolouration caused by enzymatic oxidation.",
    ),
    # --- coir, peat ---
    (
        "jKo028",
        "vi",
        "coir_treat",
        "Dây chuyền xử lý mụn dừa xả chát (tanin, lignin), giảm EC làm giá thể",
        "Thiết kế bể ngâm xả, tách sợi, sấy và ép mụn dừa thành bánh/bao giá thể đã qua xử lý. Loại bỏ tanin, lignin và muối gây ngộ độc rễ, giảm EC; nhận biết qua màu nâu đỏ và nước ngâm trong. "
        "Phục vụ cơ sở tách xơ muốn bán mụn dừa cho vườn ươm, nhà kính và xuất khẩu.",
    ),
    (
        "jKo029",
        "en",
        "coir_vuonxanh",
        "Coir pith pressed pots and growing substrate",
        "Turns washed and dried coir pith into moulded plant pots and substrate blocks: about 80% cellulose, 18% lignin, pH 4.5–6.9, good aeration and slow decomposition. "
        "Mould design and drying schedule for small coir workshops.",
    ),
    (
        "jKo030",
        "vi",
        "coir_hx",
        "Tư vấn thị trường xuất khẩu sợi và thảm xơ dừa",
        "Thông tin thị trường và kết nối người mua sợi, thảm xơ dừa: xuất khẩu tăng từ khoảng 30.000 tấn (2000) lên 75.000 tấn (2011), tới khoảng 80 nước, nhiều nhất Ai Cập, Nam Phi, Thái Lan, Trung Đông. "
        "Hỗ trợ cơ sở ở Trà Vinh, Bến Tre, Sóc Trăng nâng giá bán và tạo việc làm cho hộ nghèo.",
    ),
    (
        "jKo031",
        "en",
        "coir_geo",
        "Coir geotextile weaving and marketing support",
        "Helps coir producers move from raw fibre to woven coir geotextiles for erosion control and temporary soil reinforcement: they hold soil while letting water through and biodegrade, unlike synthetics. "
        "Includes specifications engineers ask for (permeability, tensile strength) and joint promotion toward civil-works buyers.",
    ),
    (
        "jKo032",
        "vi",
        "coir_npcs",
        "Sản xuất lưới, thảm và ống xơ dừa chống sạt lở bờ kênh, taluy",
        "Chuyển giao sản xuất lưới xơ dừa, thảm sợi và cuộn ống xơ dừa đặt dọc bờ kênh, bờ sông, mái dốc để giữ đất và hạt giống cỏ. "
        "Vật liệu tự phân hủy sau 2–5 năm, bổ sung hữu cơ cho đất; chi phí thấp, lắp đặt đơn giản.",
    ),
    (
        "jKo033",
        "en",
        "coir_lily",
        "Coir peat mix for potted lilies and ornamental flowers",
        "Growing-media advice for flower growers: loose, airy, moisture-holding coir peat blends for potted lilies, strawberries and seedlings in greenhouses, "
        "with a warning that fresh untreated coir poisons roots. Aimed at horticulture buyers rather than coir processors.",
    ),
    (
        "jKo034",
        "en",
        "trabaco",
        "Coconut shell activated carbon exports and organic coconut contract farming (Trà Vinh)",
        "A Trà Vinh corporation exporting coconut-shell activated carbon (900 tonnes in six weeks, 30+ countries) plus coir carpets, dried coconut shreds and frozen coconut milk. "
        "Offers purchase contracts for shells and a 300 ha organic coconut zone in Tiểu Cần with a local cooperative.",
    ),
    (
        "jKo035",
        "vi",
        "ac_locduy",
        "Quy trình sản xuất than gáo dừa và than hoạt tính hoạt hóa hơi nước",
        "Chuyển giao quy trình chọn gáo dừa già, nung yếm khí ở nhiệt độ cao thành than gáo (dùng lọc nước thải), sau đó hoạt hóa bằng hơi nước để tạo than hoạt tính nhẹ, xốp. "
        "Giúp tận dụng lượng gáo dừa lớn từ cơ sở chế biến thay vì đốt bỏ.",
    ),
    (
        "jKo036",
        "en",
        "ac_ecocarb",
        "Two-step carbonisation and steam activation of coconut shells at about 1,100 °C",
        "Process design for coconut-shell activated carbon: pyrolysis drives off about 70% of the shell mass as volatiles leaving roughly 30% char, which is then steam-activated at about 1,100 °C. "
        "Product is mainly microporous, hard and low-dust, suited to water purification.",
    ),
    (
        "jKo037",
        "vi",
        "ac_adb",
        "Nghiên cứu khả thi xưởng than hoạt tính từ gáo dừa làm lõi lọc nước giá rẻ",
        "Đánh giá pháp lý, kỹ thuật, kinh tế, môi trường cho xưởng than hoạt tính từ gáo dừa và vỏ cọ tại vùng trồng dừa, kèm mô hình hợp tác công tư vận hành. "
        "Sản phẩm dùng xử lý nước thải công nghiệp và bộ lọc nước giá rẻ cho hộ dân.",
    ),
    # --- fish sauce, fermented fish ---
    (
        "jKo038",
        "vi",
        "nm_namo",
        "Phân tích chất lượng nước mắm theo TCVN 5107:2018",
        "Gói phân tích chỉ tiêu nước mắm: nitơ tổng (độ đạm), nitơ axit amin, nitơ amoniac, lipid, pH, hàm lượng muối và histamine, so sánh với TCVN 5107:2003 và 5107:2018. "
        "Kết quả dùng để phân hạng, ghi nhãn và xây dựng tiêu chuẩn cơ sở cho nước mắm truyền thống.",
    ),
    (
        "jKo039",
        "en",
        "nm_histamine",
        "Histamine-degrading halotolerant bacterium for finished fish sauce",
        "A Staphylococcus strain isolated from salted fish degrades histamine at 25% salt; conditions (temperature, salt) were optimised and tested on local fish sauce spiked with histamine. "
        "Offered as a post-fermentation treatment to bring batches under legal histamine limits for domestic sale and export.",
    ),
    (
        "jKo040",
        "vi",
        "nm_congbo",
        "Xây dựng tiêu chuẩn cơ sở và hồ sơ công bố cho nước mắm",
        "Dịch vụ tư vấn xây dựng tiêu chuẩn cơ sở nước mắm nhận diện các mối nguy (histamine, vi sinh, kim loại nặng), lấy mẫu kiểm nghiệm và lập hồ sơ tự công bố sản phẩm. "
        "Dành cho cơ sở nước mắm truyền thống quy mô hộ, HTX.",
    ),
    (
        "jKo041",
        "en",
        "nm_kyp",
        "Raw fish handling to prevent histamine: salting and chilling from catch to vat",
        "Guidance for fish-sauce makers on anchovy handling: histamine forms when bacteria grow in warm, unchilled fish after death, so fish must be salted or iced on board immediately "
        "and kept cold until mixing with salt. Includes checks at receiving.",
    ),
    (
        "jKo042",
        "vi",
        "prahok_vtv",
        "Chuẩn hóa quy trình ủ mắm bò hóc (cá : cơm nguội : muối = 1 : 0,5 : 1)",
        "Quy trình truyền thống được chuẩn hóa: ngâm cá với muối qua đêm, phơi ráo, rửa nước muối, xếp vào keo theo tỷ lệ 1 cá/0,5 cơm nguội/1 muối, cài nan tre và ủ 4–6 tháng. "
        "Bổ sung kiểm soát vệ sinh, độ mặn và bao bì để sản phẩm ổn định giữa các mẻ.",
    ),
    (
        "jKo043",
        "en",
        "prahok_kg",
        "Prahok (mắm bò hóc) product development with wild field catfish",
        "Extension support for Khmer fermented fish paste: raw-material choice (wild field catfish, lean and firm, versus fatty farmed fish that spoils), substitutes when wild fish are scarce, "
        "and presentation for noodle-soup (bún nước lèo) makers and restaurants.",
    ),
    # --- dried fish and shrimp ---
    (
        "jKo044",
        "vi",
        "fishdry_tailieu",
        "Thiết bị sấy cá năng lượng mặt trời: kiểu lều, kiểu tủ, nhà kính, sấy lai",
        "Tư vấn chọn và lắp thiết bị sấy cá năng lượng mặt trời thay phơi nắng: kiểu lều và kiểu tủ cho hộ gia đình, kiểu nhà kính đối lưu cưỡng bức và kiểu đường hầm cho quy mô thương mại nhỏ, "
        "buồng sấy lai cho quy mô lớn. Cá không nhiễm bụi, ruồi, không cần hóa chất chống mốc.",
    ),
    (
        "jKo045",
        "en",
        "fishdry_evn",
        "Automatic solar fish dryer with rotating racks and a 70 °C sanitising step",
        "Drying chamber with racks rotating around a fixed axis, recirculating air and sensor-controlled speed; a greenhouse effect plus resistance heater raises the chamber to 70 °C and misting above 70% humidity "
        "for 30 minutes to kill E. coli, coliforms and Salmonella. Switches to grid power at night or in rain. Piloted with a snakeskin gourami co-operative.",
    ),
    (
        "jKo046",
        "vi",
        "fishdry_cam",
        "Vòm sấy cá năng lượng mặt trời cho hộ chế biến cá khô",
        "Vòm sấy phủ tấm trong suốt thay phơi ngoài trời hoặc hun bằng củi, than: cá khô đều, không nhiễm côn trùng, không khói độc, sấy được bốn mùa. "
        "Mô hình đã nhân rộng cho hộ chế biến cá nước ngọt vùng Mekong.",
    ),
    (
        "jKo047",
        "en",
        "fishdry_visong",
        "Replacing open sun-drying of fish with solar dryers: quality and cost guide",
        "Explains why sun-dried fish is often dusty, mouldy or insect-damaged and sometimes treated with banned chemicals, and how solar tent, cabinet and forced-convection dryers fix this. "
        "Advice on matching dryer type to batch size and budget.",
    ),
    (
        "jKo048",
        "vi",
        "tomkho_th",
        "Quy trình làm tôm khô 7 bước, định mức 7–8 kg tôm tươi/kg tôm khô",
        "Hướng dẫn chọn tôm, luộc, phơi/sấy, đập vỏ, phân loại và đóng gói tôm khô giữ màu đỏ, vị ngọt. "
        "Định mức 7–8 kg tôm đất tươi cho 1 kg thành phẩm; áp dụng cho cơ sở tôm khô ven biển.",
    ),
    (
        "jKo049",
        "en",
        "tomkho_nld",
        "Dried shrimp storage guidance to keep softness and sweetness",
        "Practical storage advice for dried-shrimp sellers: finish-dry before packing, use airtight jars or vacuum bags, store frozen rather than chilled for long holding because the fridge still draws moisture out and hardens the shrimp.",
    ),
    (
        "jKo050",
        "vi",
        "saylanh_yen",
        "Máy sấy lạnh 10–50 °C giữ màu, giữ mùi cho trái cây, rau củ",
        "Máy sấy lạnh dùng không khí được tách ẩm qua dàn lạnh rồi gia nhiệt nhẹ 10–50 °C, hút nước nhẹ nhàng, giữ vitamin, màu (carotene, diệp lục) và hương vị. "
        "Có model từ 5 kg/mẻ; tư vấn chọn giữa sấy lạnh và sấy thăng hoa theo sản phẩm.",
    ),
    (
        "jKo051",
        "en",
        "saylanh_kcn",
        "Heat-pump cold dryer for mango slices to 5–10% moisture",
        "Closed-cycle cold drying: compressor and evaporator remove moisture from air at 10–50 °C, dry air passes evenly over the fruit until final moisture of 5–10%. "
        "Mango stays bright yellow and pliable instead of darkening or burning at the edges as in hot-air drying.",
    ),
    (
        "jKo052",
        "vi",
        "thanghoa",
        "Tư vấn vận hành sấy thăng hoa trái cây, tránh hỏng mẻ",
        "Rà soát cài đặt nhiệt độ, thời gian, áp suất từng giai đoạn sấy thăng hoa: quá nóng làm trái co rút, cứng, mất giòn; quá lạnh hoặc kéo dài làm tốn điện, sản phẩm còn ẩm dễ mốc. "
        "Hướng dẫn xử lý nguyên liệu và đóng gói sau sấy.",
    ),
    (
        "jKo053",
        "en",
        "saydeo",
        "Soft-dried fruit process (20–30% moisture) for mango, pineapple and dragon fruit",
        "Process for chewy dried fruit that keeps 20–30% moisture, natural sweetness and near-original colour, as opposed to crispy or fully dried styles; "
        "covers pre-treatment, syrup infusion, drying curve and packing.",
    ),
    (
        "jKo054",
        "vi",
        "solar_teca",
        "Tủ sấy năng lượng mặt trời 10 m² khay, 20–35 kg trái tươi mỗi mẻ",
        "Thiết kế tủ sấy năng lượng mặt trời khung gỗ 8 chân, buồng sấy 4,4 × 1,5 × 0,8 m, 12 khay (10 m²), sấy 20–35 kg rau quả cắt lát mỗi mẻ tùy mật độ xếp. "
        "Phù hợp nhóm phụ nữ, hộ nông thôn làm sản phẩm sấy quy mô nhỏ; kèm hướng dẫn kinh doanh.",
    ),
    (
        "jKo055",
        "en",
        "solar_pk",
        "Flat-plate solar collector dryer: one tonne of grain or 250 kg of fruit per batch",
        "Institute-built drying system with eight flat-plate collectors (15 m² total) feeding a drying chamber; capacity about seven times that of a greenhouse solar dryer "
        "and about one third of the production cost per kg of dried fruit or vegetables.",
    ),
    (
        "jKo056",
        "vi",
        "saykho_visong",
        "Tư vấn sấy khô thực phẩm hạ hoạt độ nước, độ ẩm 5–12%",
        "Giải thích và thiết lập chế độ sấy đưa độ ẩm sản phẩm về 5–12%, hạ hoạt độ nước để vi khuẩn, nấm men, nấm mốc khó phát triển, kéo dài hạn dùng mà không cần nhiều phụ gia. "
        "Giảm khối lượng, giảm chi phí vận chuyển cho nông sản theo mùa.",
    ),
    (
        "jKo057",
        "en",
        "odffood",
        "Seven-step dried fruit production process with quality checkpoints",
        "Process guide from raw fruit selection through washing, cutting, pre-treatment, drying (hot air, cold or freeze drying), cooling and packing, "
        "with the effect of each drying technology on taste, colour and shelf life.",
    ),
    # --- juices and purees ---
    (
        "jKo058",
        "en",
        "juice_pa",
        "Small-scale fruit juice pasteurisation with a jacketed kettle (80–95 °C)",
        "Technical brief for juice, squash and cordial makers: pasteurise at 80–95 °C for 1–10 minutes before hot filling; avoid scorching in thin pans, "
        "move to a double-jacketed stainless kettle with a small boiler (around £5–10,000). Checks on bottles, new caps, preservative dosing, thermometer and timing.",
    ),
    (
        "jKo059",
        "vi",
        "puree_dpo",
        "Quy trình puree trái cây đông lạnh và puree vô trùng",
        "Chuyển giao hai quy trình puree: đông lạnh (xay, rây, đồng hóa, thanh trùng 94–96 °C tùy chọn, trữ dưới −18 °C) và vô trùng (lọc, khử khí, tiệt trùng 105–108 °C trong 30–120 giây, rót vô trùng). "
        "Công thức tham khảo 90% quả, 10% đường.",
    ),
    (
        "jKo060",
        "en",
        "puree_aseptic",
        "Aseptic processing and bag-in-drum filling of fruit pulp",
        "Flash pasteurisation or UHT of fruit pulp, rapid cooling and aseptic filling into pre-sterilised multilayer bags, cartons or drums. "
        "Pulp keeps for several months to a year without refrigeration or preservatives; ideal for selling to juice and bakery customers.",
    ),
    (
        "jKo061",
        "vi",
        "cam_codac",
        "Thiết kế thiết bị cô đặc nước cam bằng phương pháp lạnh",
        "Thiết kế hệ cô đặc lạnh (đông kết tách đá) cho nước cam, giữ hương thơm và vitamin tốt hơn cô đặc nhiệt. "
        "Tính toán năng suất, cân bằng vật chất và chọn thiết bị cho xưởng nước quả có múi.",
    ),
    (
        "jKo062",
        "vi",
        "buoi_dongnai",
        "Chưng cất tinh dầu từ bưởi non tỉa bỏ và vỏ bưởi",
        "Mô hình HTX tận dụng toàn bộ trái bưởi non cắt tỉa và vỏ bưởi để chưng cất tinh dầu cho dược mỹ phẩm. "
        "Chuyển từ cách bào, xay và chưng cất thủ công năng suất thấp sang nồi chưng cất chuyên dụng.",
    ),
    (
        "jKo063",
        "en",
        "khoai_bvl",
        "Storage and processing trials for Bình Tân sweet potatoes",
        "Research offer for the sweet potato belt of Bình Tân (300–400 thousand tonnes a year, collective brand, 17 ha GlobalGAP): "
        "post-harvest storage methods and processed products so growers rely less on raw cross-border sales at harvest peaks.",
    ),
    # --- pickles and fermented vegetables ---
    (
        "jKo064",
        "vi",
        "duacai",
        "Quy trình muối chua dưa cải bẹ kiểm soát lên men lactic",
        "Hướng dẫn chọn cải, nồng độ muối, dụng cụ và các giai đoạn lên men lactic; các cách tăng hiệu quả muối chua và nguyên nhân dưa hư (nhớt, khú, váng). "
        "Phù hợp cơ sở dưa muối bán chợ, bếp ăn.",
    ),
    (
        "jKo065",
        "en",
        "duamuoi_cho",
        "Nitrite monitoring and safe eating window for pickled vegetables",
        "Survey-based service for pickled mustard greens: nitrite rises in the first days of fermentation and falls when the pickle is fully sour; "
        "offers sampling, nitrite testing and guidance on when the product is safe to sell.",
    ),
    (
        "jKo066",
        "vi",
        "lenmen_gt",
        "Men giống lactic cho dưa muối, củ cải muối (Leuconostoc, L. plantarum, L. brevis)",
        "Cung cấp chủng vi khuẩn lactic và quy trình lên men rau cải, củ cải: lên men 5–7 ngày ở 10–15 °C, pH giảm từ 6 xuống khoảng 3,9; sản phẩm chua đều, màu đẹp. "
        "Có hướng dẫn cho từng loại rau củ.",
    ),
    (
        "jKo067",
        "en",
        "pickle_guide",
        "Food-safety guidance for small pickle, chutney and flavoured-oil producers",
        "Guidance pack: registration, hygiene training, HACCP-based food safety management; key hazard is Clostridium botulinum, controlled by keeping acid products below pH 4.5, "
        "correct sugar levels and sterilised jars; caution on garlic and herb oils.",
    ),
    (
        "jKo068",
        "en",
        "pickle_blog",
        "Small-scale oil pickle production: formulation and legal limits",
        "Consultancy for oil-based pickle units: at least 60% fruit/vegetable, oil layer of 0.5 cm or at least 10% oil, no added copper, alum or mineral acid, "
        "benzoic acid up to 250 ppm or SO2 up to 100 ppm where permitted. Process line and licensing checklist.",
    ),
    # --- packaging ---
    (
        "jKo069",
        "en",
        "retort_pt",
        "Retort pouches (PET/Al/CPP) and 121 °C sterilisation for 1–2 year ambient shelf life",
        "Supply of multilayer retort pouches and set-up of steam sterilisation at 121–135 °C so cooked foods keep 1–2 years without refrigeration. "
        "Lighter and cheaper to ship than cans, easy to open and microwave; barrier layers block oxygen and moisture.",
    ),
    (
        "jKo070",
        "vi",
        "retort_floeter",
        "Bao bì retort cho món ăn chín không cần bảo quản lạnh",
        "Giải pháp đóng túi retort cho món ăn nấu chín hoặc bán chín rồi tiệt trùng trong nồi hấp áp lực, không cần chất bảo quản hay tủ lạnh. "
        "Dùng cho món kho, cà ri, nước sốt, thức ăn sẵn; hỗ trợ chọn túi và chế độ tiệt trùng.",
    ),
    (
        "jKo071",
        "vi",
        "vacuum_vnua",
        "Tư vấn đóng gói chân không kéo dài hạn dùng thực phẩm",
        "Chuyển giao kỹ thuật hút chân không: loại phần lớn oxy để hạn chế oxy hóa, vi khuẩn, nấm và mất hương; áp dụng cho ngũ cốc, hạt, rau củ sấy, thịt cá đông lạnh, xúc xích, hạt điều. "
        "Hướng dẫn chọn máy và màng phù hợp từng sản phẩm.",
    ),
    (
        "jKo072",
        "en",
        "vacuum_seafood",
        "Vacuum packaging for fresh seafood: 2–3 times longer freshness",
        "Advice and packaging for shops and processors selling fresh fish, shrimp and squid: correct film, chilling before packing and cold-chain rules so vacuum packs keep seafood fresh 2–3 times longer, "
        "save ice and reduce losses in delivery.",
    ),
    (
        "jKo073",
        "vi",
        "vacuum_dry",
        "Túi hút chân không cho đồ khô chống ẩm mốc mùa mưa",
        "Cung cấp túi và máy hút chân không cho tiệm, cơ sở đồ khô: tạo môi trường gần như không oxy, giữ độ giòn, thơm gần gấp đôi thời gian, hết mốc khi trời nồm, giảm hàng trả về.",
    ),
    (
        "jKo074",
        "en",
        "ocop_caukhe",
        "Packaging design and product-story support for OCOP entities",
        "Provincial support covering 100% of the cost of packaging and label design and product-story writing (up to VND 10 million per product) for cooperatives and enterprises entering OCOP, "
        "plus barcode and traceability code registration.",
    ),
    (
        "jKo075",
        "vi",
        "label_doc",
        "Hướng dẫn ghi nhãn hàng hóa thực phẩm bao gói sẵn",
        "Tư vấn nội dung bắt buộc trên nhãn thực phẩm: tên, thành phần, định lượng, ngày sản xuất, hạn dùng, xuất xứ, tên địa chỉ tổ chức chịu trách nhiệm, hướng dẫn bảo quản, cảnh báo. "
        "Rà soát nhãn hiện có và sửa lỗi trước khi in.",
    ),
    # --- coatings ---
    (
        "jKo076",
        "en",
        "chitosan_mdpi",
        "Chitosan coating (about 1,000 ppm) to extend mango shelf life",
        "Postharvest coating trial results: 1,000 ppm chitosan cut weight loss by up to 65%, lowered mould and bacterial counts and kept vitamin C, acidity and sugars; "
        "best combined with 4 °C storage in zip bags. Protocol and solution preparation.",
    ),
    (
        "jKo077",
        "vi",
        "chitosan_iu",
        "Dung dịch chitosan tôm biến tính phun bảo quản xoài 700–800 ppm",
        "Dung dịch chitosan từ vỏ tôm biến tính phun lên xoài xanh già, bảo quản trong thùng carton đục lỗ; nồng độ 700–800 ppm giữ vẻ ngoài đẹp và giảm hao hụt khối lượng. "
        "Thay thế hóa chất bảo quản tổng hợp.",
    ),
    (
        "jKo078",
        "en",
        "pectin_mango",
        "Pectin/nanochitosan coating plus cold storage for mango",
        "University coating based on pectin and nanochitosan combined with a suitable storage temperature to extend the shelf life of Elephant mango, "
        "slowing ripening, firmness loss and weight loss.",
    ),
    # --- cold chain ---
    (
        "jKo079",
        "en",
        "coolbot_bqt",
        "CoolBot controller walk-in cold rooms (down to 5 °C, up to 30 m³)",
        "Low-cost walk-in coolers: a CoolBot controller makes an ordinary split air conditioner cool an insulated room of up to 30 m³ to about 5 °C. "
        "Eleven cold rooms and two refrigerated trucks were installed for vegetable co-operatives with post-harvest training.",
    ),
    (
        "jKo080",
        "vi",
        "coolbot_csiro",
        "Chuỗi lạnh chi phí thấp cho HTX rau quả: kho mát và xe lạnh",
        "Dự án chuỗi lạnh cho HTX rau an toàn: kho mát và xe tải lạnh dùng bộ điều khiển CoolBot, giảm hao hụt (trước đây tới 30%) khi vận chuyển rau lá, đậu, cà chua lên thành phố, "
        "đáp ứng yêu cầu ổn định của siêu thị.",
    ),
    (
        "jKo081",
        "en",
        "coolbot_kh",
        "Air-conditioner-based cold room down to 2 °C for farmer collectives",
        "University-tested cold room: a CoolBot device tricks a standard air-conditioning unit into running until the insulated room reaches about 2 °C, "
        "letting collectives store vegetables for days instead of selling at once to middlemen.",
    ),
    (
        "jKo082",
        "vi",
        "cooler_ppp",
        "Kho mát tự thiết kế cho nông dân và tiểu thương",
        "Mẫu kho mát đơn giản do kỹ sư trường nông nghiệp thiết kế, thử nghiệm một năm cùng sinh viên, giữ rau lá không héo, trái không thâm đốm cho nông dân, bán sỉ, bán lẻ. "
        "Nhận thi công theo đơn hàng.",
    ),
    (
        "jKo083",
        "en",
        "solar_cold",
        "Rooftop solar for seafood processors and cold stores",
        "Rooftop PV design for cold storage and seafood plants in the south, where irradiance exceeds 3.5 kWh/m²/day and sunshine lasts from 7:00 to 17:00 in dry months; "
        "cuts the large electricity bill of refrigeration.",
    ),
    (
        "jKo084",
        "vi",
        "daset_vasep",
        "Công nghệ đá sệt bảo quản thủy sản trên tàu cá 25–30 ngày",
        "Hệ thống tạo đá sệt từ nước biển ngay trên tàu: hạt băng mịn, nhiệt độ −2 đến −4 °C, làm lạnh nhanh, không dập nát cá, giữ chất lượng 25–30 ngày. "
        "Phù hợp tàu đánh bắt xa bờ đi biển trên 20 ngày.",
    ),
    (
        "jKo085",
        "en",
        "daset_soha",
        "Slurry ice system: 13.4 kg of ice at −2 °C per kWh",
        "Institute-built slurry ice maker for fishing boats and small fish buyers: per kWh it makes 13.4 kg of slurry at −2 °C versus 10 kg of crushed ice at 0 °C, "
        "and chills the fish core quickly. Addresses post-harvest losses of up to 40% on 20–25 day trips.",
    ),
    (
        "jKo086",
        "vi",
        "ham_vusta",
        "Cải tiến hầm bảo quản cá cách nhiệt trên tàu",
        "Thiết kế lại hầm bảo quản: vách cách nhiệt, nắp kín, lớp phủ dễ vệ sinh, kết hợp phương pháp bảo quản mới để giữ nhiệt độ thấp ổn định lâu hơn 10–15 ngày của hầm ướp đá truyền thống.",
    ),
    (
        "jKo087",
        "en",
        "kholanh_tv",
        "Smart cold storage at Càng Long (60 tonnes, over 1,000 m²) open to users",
        "The Mekong Delta's first smart cold store, built with Belgian funding in Bình Phú commune, Càng Long (Trà Vinh), can hold 60 tonnes of fruit. "
        "The operator seeks cooperatives and traders to rent space for short- and medium-term storage.",
    ),
    # --- HACCP, ISO, GMP ---
    (
        "jKo088",
        "en",
        "haccp_fao",
        "HACCP for small and less-developed food businesses: stepwise support",
        "Implementation support based on the FAO/WHO guidance for small businesses: start from good hygiene practices, use generic HACCP plans and simple records, "
        "overcome barriers such as poor facilities, staff training and cost. Suitable for household and cooperative processors.",
    ),
    (
        "jKo089",
        "vi",
        "oprp",
        "Tư vấn xây dựng PRP, OPRP và CCP theo ISO 22000 / HACCP",
        "Hướng dẫn phân biệt chương trình tiên quyết (PRP), chương trình tiên quyết vận hành (OPRP) và điểm kiểm soát tới hạn (CCP), lập kế hoạch HACCP và hồ sơ giám sát. "
        "Đồng hành đến khi đánh giá chứng nhận.",
    ),
    (
        "jKo090",
        "vi",
        "ssop",
        "Tư vấn SSOP và GMP cho cơ sở chế biến nhỏ",
        "Xây dựng quy phạm sản xuất (GMP) và quy phạm vệ sinh (SSOP): nước, bề mặt tiếp xúc, nhiễm chéo, vệ sinh cá nhân, động vật gây hại, hóa chất; biểu mẫu ghi chép đơn giản. "
        "Là nền tảng trước khi áp dụng HACCP.",
    ),
    (
        "jKo091",
        "en",
        "iso22000",
        "ISO 22000 training courses for food processors",
        "Courses on the ISO 22000 food safety management system, how it extends HACCP with management-system requirements, internal audit and preparation for certification. "
        "In-house or open classes.",
    ),
    (
        "jKo092",
        "en",
        "haccp_ifsqn",
        "HACCP mentoring for artisan jar-fill kitchens (pickles, chutneys, sauces)",
        "Mentoring for small kitchens filling 100,000+ jars a year: separating food-safety CCPs from business controls, glass inspection before hot fill, "
        "pest control in storage, supplier checks for pre-prepared vegetables.",
    ),
    (
        "jKo093",
        "vi",
        "attp_gcn",
        "Lập hồ sơ xin giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
        "Dịch vụ rà soát điều kiện nhà xưởng, trang thiết bị, người trực tiếp sản xuất, chuẩn bị hồ sơ và đồng hành thẩm định để cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm.",
    ),
    # --- labs ---
    (
        "jKo094",
        "vi",
        "lab_cm",
        "Phòng kiểm nghiệm hóa học và sinh học VILAS 104 (Cà Mau)",
        "Phòng thí nghiệm được công nhận VILAS 104 (hiệu lực đến 2029) thuộc Trung tâm Chất lượng, Chế biến và Phát triển thị trường vùng 5, nhận mẫu thủy sản, thực phẩm: chỉ tiêu hóa học, vi sinh, "
        "histamine, kim loại nặng, dư lượng.",
    ),
    (
        "jKo095",
        "en",
        "lab_bv",
        "Accredited food laboratory in Cần Thơ (VILAS 392): chemical and microbiological tests",
        "Food laboratory in Cái Răng, Cần Thơ accredited for chemical and biological testing: pathogens (E. coli, Salmonella, coliforms), nutrition, contaminants. "
        "Sample pick-up for Mekong Delta producers.",
    ),
    (
        "jKo096",
        "vi",
        "lab_viettin",
        "Phân tích kim loại nặng trong thực phẩm bằng quang phổ hấp thu nguyên tử",
        "Phòng thử nghiệm hóa – sinh được công nhận VILAS 1074: xác định đồng, chì, cadimi và các kim loại khác trong thực phẩm bằng AAS ngọn lửa và lò graphit, cùng các phép thử vi sinh.",
    ),
    (
        "jKo097",
        "en",
        "lab_sgc",
        "High-tech analytical centre (VILAS 943): chromatography and wet-chemistry tests",
        "Accredited centre with a chromatography laboratory and a wet-chemistry laboratory for food: preservatives, additives, contaminants, heavy metals and microbiology, "
        "with signatories for each field.",
    ),
    (
        "jKo152",
        "en",
        "lab_pest",
        "Validated pesticide-residue testing by commodity group (ISO/IEC 17025)",
        "Residue testing for fruit and vegetables with methods validated per commodity group in line with SANTE guidelines, as required for ISO/IEC 17025 accreditation; "
        "reports accepted by EU importers.",
    ),
    # --- traceability ---
    (
        "jKo098",
        "vi",
        "trace_thcl",
        "Tem truy xuất nguồn gốc cho sản phẩm OCOP và nông sản địa phương",
        "Cung cấp tem và hệ thống truy xuất nguồn gốc: minh bạch quy trình sản xuất, quản trị dòng sản phẩm, khách quét mã xem thông tin, hỗ trợ bán trên sàn thương mại điện tử. "
        "Giúp sản phẩm OCOP tạo niềm tin và nâng giá trị thương hiệu.",
    ),
    (
        "jKo099",
        "en",
        "trace_dragon",
        "Blockchain provenance platform proven on dragon fruit exports to Australia",
        "Blockchain-based identity and proof-of-provenance platform that traces each consignment back to the farmer, piloted with two dragon fruit exporters shipping to Australia. "
        "Transferable to other fruits; exporters' willingness to adopt is the key factor.",
    ),
    (
        "jKo100",
        "vi",
        "trace_vnanet",
        "Kết nối Cổng truy xuất nguồn gốc quốc gia, mã QR định danh sản phẩm",
        "Hỗ trợ doanh nghiệp, HTX tạo mã QR định danh, khai báo lên Cổng thông tin truy xuất nguồn gốc quốc gia và các nền tảng như NDATrace theo Đề án 100; "
        "người mua quét mã xem hành trình sản phẩm.",
    ),
    (
        "jKo101",
        "en",
        "trace_wb",
        "Digital traceability assessment for fruit and vegetable value chains",
        "Advisory based on a World Bank study of digital traceability in Vietnam's fruit and vegetable chains: comparing solutions, costs, data standards and roles "
        "of cooperatives, traders and exporters, to choose a workable approach for a province.",
    ),
    (
        "jKo102",
        "vi",
        "trace_sam",
        "Cơ sở dữ liệu vùng nguyên liệu và truy xuất blockchain chống hàng giả",
        "Xây dựng cơ sở dữ liệu vùng trồng, định danh sản phẩm và truy xuất trên nền blockchain chống sửa dữ liệu, ngăn hàng giả hàng nhái; đã áp dụng cho sản phẩm đặc sản giá trị cao. "
        "Kèm hỗ trợ công bố chất lượng, chứng nhận nhãn hiệu.",
    ),
    # --- automation ---
    (
        "jKo103",
        "en",
        "fill_pa",
        "Hand-operated jar sealer, crown capper and check-weighing for small processors",
        "Engineering drawings and supply of hand-operated jar sealers, crown-cork bottle sealers and pilfer-proof cappers, plus tared check-weighing scales so fill weights meet legal requirements "
        "without costly automatic check-weighers.",
    ),
    (
        "jKo104",
        "vi",
        "weigh_irjet",
        "Máy cân định lượng và đóng gói tự động giá rẻ dùng vi điều khiển",
        "Máy cân – chiết – hàn miệng túi dùng vi điều khiển và cảm biến cho cơ sở thực phẩm nhỏ: người vận hành đặt túi, máy tự cân, rót và hàn, thay cho cân tay và hàn bằng nến. "
        "Giá thấp hơn nhiều so với máy đóng gói thương mại.",
    ),
    (
        "jKo105",
        "en",
        "ffs_frain",
        "Volumetric-cup form-fill-seal machine for granular foods",
        "Vertical or horizontal form-fill-seal machines forming pouches from heat-sealable film and dosing by interchangeable volumetric cups; "
        "suited to granules such as sugar, rice, nuts and seasoning powders.",
    ),
    (
        "jKo106",
        "vi",
        "drinkline",
        "Dây chuyền chiết rót đồ uống: rửa chai, chiết, đóng nắp",
        "Thiết kế dây chuyền chiết rót cho đồ uống và chất lỏng: rửa chai, chiết định lượng, đóng nắp, dán nhãn, bố trí theo năng suất yêu cầu. "
        "Tăng năng suất, giảm chi phí và ổn định chất lượng giữa các lô.",
    ),
    (
        "jKo107",
        "en",
        "pouch_cankey",
        "Premade pouch filling and heat-sealing machine",
        "Machines that pick premade pouches, open, fill with auger, volumetric or liquid dosing, and heat-seal or zip-seal them airtight; "
        "options with weighing sensors for accurate fill.",
    ),
    # --- by-products ---
    (
        "jKo108",
        "en",
        "chitosan_bd",
        "Chitosan from shrimp heads and shells: demineralisation, deproteinisation, deacetylation",
        "Process for shrimp waste (45–55% of raw shrimp weight): 3% HCl demineralisation and 4% NaOH deproteinisation at ambient temperature, then 60% NaOH at 60 °C for 24 h; "
        "about 81% deacetylation, 98% solubility, 15% yield.",
    ),
    (
        "jKo109",
        "vi",
        "catra_pp",
        "Tận dụng đầu, xương, mỡ, da cá tra làm bột cá, dầu cá, canxi, gelatin",
        "Phụ phẩm cá tra khi fillet chiếm khoảng 70% khối lượng; đầu chứa tới 42,7% protein (chất khô). "
        "Chuyển giao hướng chế biến bột cá, dầu cá cho thức ăn chăn nuôi hoặc biodiesel, canxi từ xương, gelatin và collagen từ da.",
    ),
    (
        "jKo110",
        "en",
        "catra_mo",
        "Pangasius fat refining into omega-3 fish oil",
        "Refining catfish fat from fillet plants into fish oil rich in omega-3 (EPA, DHA) and fat-soluble vitamins A and D, for feed or food use; reduces waste and pollution.",
    ),
    (
        "jKo111",
        "vi",
        "catra_enzyme",
        "Thu nhận chế phẩm enzyme thô từ nội tạng cá tra",
        "Quy trình thu protease, lipase, amylase thô từ nội tạng cá tra, có tách mật để tăng hoạt tính amylase; chế phẩm dùng thủy phân protein, xử lý phụ phẩm.",
    ),
    (
        "jKo112",
        "en",
        "botnem",
        "Seasoning powder from fish trimmings",
        "University process that turns minced fish trimmings into a savoury seasoning powder: hydrolysis, flavouring, drying and packing; adds value to offcuts from fish processing.",
    ),
    # --- wastewater ---
    (
        "jKo113",
        "en",
        "ww_sedge",
        "Zero-emission system for craft villages: baffled septic tank, anaerobic filter, bio-pond",
        "Low-cost system demonstrated in Mekong craft households: upflow baffled septic tank, anaerobic filter and bio-pond for process wastewater, biogas for heating, composting of residues. "
        "Cut BOD5 by 97% and greenhouse gases by 93%, with simple operation.",
    ),
    (
        "jKo114",
        "vi",
        "ww_borda",
        "Trạm xử lý nước thải phân tán DEWATS cho cụm cơ sở chế biến",
        "Thiết kế trạm xử lý phân tán cho làng nghề chế biến thực phẩm: trạm 135 m³/ngày xử lý nước thải của 17 cơ sở làm bún và 141 hộ, mỗi cơ sở dùng khoảng 5 m³ nước/ngày. "
        "Không cần điện nhiều, vận hành đơn giản, đạt quy chuẩn xả.",
    ),
    (
        "jKo115",
        "en",
        "ww_tapioca",
        "UASB + aerobic + pond system for high-COD starch and food wastewater",
        "Treatment train of primary settling, UASB reactors, attached-growth aeration and polishing ponds; UASB handled up to 40 kg COD/m³·d with 90–95% removal, "
        "final effluent suitable for irrigation or reuse.",
    ),
    (
        "jKo116",
        "vi",
        "ww_salty",
        "Xử lý nước thải thủy sản độ mặn cao bằng bùn hoạt tính thích nghi mặn",
        "Công nghệ sinh học bùn hoạt tính được thuần hóa với độ mặn cao cho nước thải chế biến thủy sản, khắc phục tình trạng vi sinh chết khi độ mặn tăng. "
        "Tư vấn thông số vận hành và cải tạo bể hiện có.",
    ),
    (
        "jKo117",
        "en",
        "ww_scp",
        "Cleaner production audit for food processors",
        "Audits that find simple savings in raw materials, water and energy (typically 10–50%), lighting upgrades and better process control before investing in end-of-pipe treatment.",
    ),
    (
        "jKo118",
        "vi",
        "ww_ponds",
        "Đánh giá và cải tạo hệ hồ ổn định xử lý nước thải chế biến tinh bột",
        "Khảo sát hệ hồ kỵ khí – tùy nghi – hoàn thiện của xưởng tinh bột (thường không đạt do thiết kế, bảo trì kém, gây mùi, muỗi), đề xuất bổ sung UASB và hậu xử lý.",
    ),
    # --- neighbouring fields (distractors) ---
    (
        "jKo119",
        "vi",
        "biofloc_kn",
        "Nuôi tôm thẻ siêu thâm canh trong hồ nổi theo công nghệ biofloc",
        "Chuyển giao mô hình nuôi tôm thẻ chân trắng trong hồ nổi tròn, dùng biofloc chuyển khí độc trong nước thành sinh khối vi sinh làm thức ăn cho tôm; quản lý môi trường nước dễ hơn ao đất trải bạt.",
    ),
    (
        "jKo120",
        "en",
        "biofloc_tl",
        "Biofloc intensive whiteleg shrimp farming: over 15 t/ha at 15% lower cost",
        "Pond-farming technology package using molasses-fed biofloc for intensive vannamei shrimp, tested 2011–2013: yields above 15 t/ha and production cost 15% lower than conventional ponds.",
    ),
    (
        "jKo121",
        "vi",
        "vietgap_tom",
        "Hỗ trợ chứng nhận VietGAP cho hộ nuôi tôm thẻ",
        "Tư vấn ao lắng, kiểm dịch giống, mật độ thả khoảng 40 con/m², quản lý nước và thuốc để đạt chứng nhận VietGAP; tôm VietGAP được nhà máy mua thêm 2.000–5.000 đồng/kg.",
    ),
    (
        "jKo122",
        "en",
        "catra_nh3",
        "Ammonia thresholds for pangasius ponds",
        "University study results on NH3 tolerance of striped catfish (LC50 about 4 mg/L, safe level 0.2 mg/L) and its effect on growth and fillet quality, for pond water management.",
    ),
    (
        "jKo123",
        "vi",
        "agripv_vusta",
        "Mô hình điện mặt trời áp mái nhà màng kết hợp trồng rau",
        "Hệ điện mặt trời 45 kWp lắp trên nhà màng 400 m², tấm pin giãn cách để rau bên dưới đủ sáng; sản xuất khoảng 103 kWh/ngày bán lên lưới, vốn hơn 900 triệu đồng.",
    ),
    (
        "jKo124",
        "en",
        "solar_grain",
        "Solar PV-powered aeration for stored grain",
        "Grid-tied PV to run fans that ventilate stored paddy and grain, keeping it cool and dry; based on decades of solar drying research at an agricultural university.",
    ),
    (
        "jKo125",
        "vi",
        "biochar_lrrd",
        "Than sinh học từ trấu bón lúa tăng năng suất 30%",
        "Than trấu từ lò khí hóa hoặc máy sấy lúa bón 3 kg/m² làm tăng năng suất hạt 30%, rơm 40%, tăng pH, khả năng giữ nước và CEC của đất.",
    ),
    (
        "jKo126",
        "en",
        "biochar_ag",
        "Rice-husk biochar for acid sulphate soils",
        "Trial results from An Giang: 2–4% rice-husk biochar raised soil pH from 4.5 to about 5.1–5.4 and water holding capacity from 38% to 59%; best combined with biodigester effluent.",
    ),
    (
        "jKo127",
        "en",
        "methane_vn",
        "Resource assessment of livestock and agro-industrial wastes for methane capture",
        "National assessment of methane potential from livestock farms and agro-industrial wastewater in Vietnam, identifying candidate sectors for biogas projects and carbon finance.",
    ),
    (
        "jKo128",
        "vi",
        "shallot",
        "Tưới nhỏ giọt, IPM và giống mới cho hành tím ĐBSCL",
        "Chuỗi giá trị hành tím bền vững: tưới nhỏ giọt giảm nước, quản lý dịch hại tổng hợp, giống hành F1 mới; nông dân giảm chi phí, tăng năng suất.",
    ),
    (
        "jKo129",
        "en",
        "biochar_mekarn",
        "Gasifier biochar from bagasse or rice husk: crop response tests",
        "Bio-tests comparing biochar from downdraft gasifiers and updraft gasifier stoves made from bagasse or rice husk, with biodigester effluent as fertiliser.",
    ),
    (
        "jKo130",
        "en",
        "agripv_danviet",
        "Agrivoltaic pilot for Khmer farming households",
        "Rooftop-standard PV over a net house so a Khmer household sells electricity to the grid and grows vegetables underneath, for a double income.",
    ),
    (
        "jKo131",
        "vi",
        "ww_pigwetland",
        "Xử lý nước thải chăn nuôi heo sau biogas bằng đất ngập nước kiến tạo",
        "Mô hình đất ngập nước trồng cây xử lý nước thải trại heo sau hầm biogas: giảm BOD, COD, nitơ, phospho; cân bằng nitơ cho thấy phần lớn bay hơi dạng NH3.",
    ),
    (
        "jKo132",
        "en",
        "ww_aquaplant",
        "Aquatic plants for polishing livestock biogas effluent",
        "Evaluation of aquatic plants (water hyacinth, duckweed) to treat pig-farm wastewater after the biogas digester before discharge.",
    ),
    (
        "jKo133",
        "vi",
        "ww_uasb",
        "Bể UASB xử lý nước thải sinh hoạt",
        "Giới thiệu cấu tạo, nguyên lý, thông số vận hành bể UASB kỵ khí dòng chảy ngược cho nước thải sinh hoạt khu dân cư, tiết kiệm năng lượng.",
    ),
    (
        "jKo134",
        "en",
        "biochar_shell",
        "Coconut shell biochar as a soil amendment",
        "Pyrolysis of coconut shells into biochar to raise soil pH, retain nutrients and sequester carbon for crop growers.",
    ),
    (
        "jKo135",
        "vi",
        "duasap_giong",
        "Cung cấp cây giống dừa sáp cấy phôi và dừa sáp truyền thống",
        "Cây giống dừa sáp cấy phôi (900.000–1.200.000 đồng/cây) và giống truyền thống (60.000–70.000 đồng/cây) từ vùng Cầu Kè; HTX có 25 ha dừa sáp đạt VietGAP.",
    ),
    (
        "jKo136",
        "en",
        "hydrogel",
        "Chitosan–cellulose hydrogel for potted herbs",
        "Water-retaining hydrogel with 85% chitosan and 15% cellulose that increased height, canopy and essential-oil content of potted rosemary.",
    ),
    (
        "jKo137",
        "vi",
        "khoai_tour",
        "Tour trải nghiệm cánh đồng khoai lang Bình Tân",
        "Tour tham quan cánh đồng khoai lang, nghe giới thiệu giống khoai tím Nhật, trắng sữa, bí đường và thưởng thức món bánh từ khoai; cách TP Vĩnh Long hơn 40 km.",
    ),
    # --- more on-topic offers ---
    (
        "jKo138",
        "en",
        "sokfarm_vnn",
        "New product development from coconut nectar, including nectar soy sauce",
        "A Trà Vinh nectar enterprise develops one or two new products each year from coconut flower nectar, among them a soy sauce made from nectar; offers R&D partnership and contract processing.",
    ),
    (
        "jKo139",
        "vi",
        "sokfarm_fp",
        "Liên kết thu mua mật hoa dừa với nông hộ Khmer",
        "Doanh nghiệp mật hoa dừa ở Trà Vinh ký thu mua mật với nông hộ, hướng dẫn khai thác theo tri thức bản địa Khmer và giữ lại vườn dừa khi giá trái thấp.",
    ),
    (
        "jKo140",
        "en",
        "ocop_tv",
        "OCOP 5-star coconut blossom nectar and sugar: ingredient supply",
        "Supplier of 5-star OCOP coconut blossom nectar and coconut blossom sugar from Tiểu Cần, quality-checked before release; bulk supply for bakeries and drink makers.",
    ),
    (
        "jKo141",
        "vi",
        "coolbot_vex",
        "Trình diễn CoolBot và tập huấn sau thu hoạch cho HTX",
        "Chương trình trình diễn công nghệ làm lạnh CoolBot, lắp kho mát đầu tiên tại HTX và tập huấn kỹ thuật sau thu hoạch, đánh giá chất lượng rau trước khi vận chuyển.",
    ),
    (
        "jKo142",
        "en",
        "buoi_doan",
        "Pomelo peel essential oil production method",
        "Thesis-based method for extracting essential oil from pomelo peel (including Năm Roi pomelo): distillation options, yield and quality, for cosmetic and flavour uses.",
    ),
    (
        "jKo143",
        "vi",
        "puree_cobell",
        "Puree và puree cô đặc: rây, khử khí, cô đặc",
        "Quy trình làm puree trái cây giữ thịt quả: rửa, chọn, nghiền, rây loại hạt, tách xơ, khử khí chống oxy hóa màu khi gia nhiệt, rây mịn; cô đặc một phần nước khi cần puree đặc.",
    ),
    (
        "jKo144",
        "en",
        "kimchi",
        "Kimchi-style fermented vegetable process",
        "Process for kimchi-type products from radish or cabbage with salt, chilli, garlic and ginger, covering salting, mixing, fermentation and cold storage.",
    ),
    (
        "jKo145",
        "vi",
        "cw_springer",
        "Tư vấn đóng chai, bảo quản, vận chuyển nước dừa và chống chuyển hồng",
        "Tổng hợp nghiên cứu về đóng chai nước dừa, bảo quản trái và nước, phụ gia kéo dài hạn dùng, nguyên nhân nước dừa chuyển hồng và cách khắc phục, vận chuyển và thương mại.",
    ),
    (
        "jKo146",
        "vi",
        "retort_iip",
        "Tư vấn chọn màng ghép 2–4 lớp cho túi retort",
        "Chọn cấu trúc màng ghép (PET, nylon, PP, nhôm) theo yêu cầu cản khí, cản ẩm và chịu tiệt trùng 121 °C trong nồi hấp; giới thiệu túi nhiều ngăn và màng mới.",
    ),
    (
        "jKo147",
        "en",
        "nm_factors",
        "Process-factor study for anchovy fish sauce quality",
        "Study of how fish freshness, salt ratio, fermentation time and turning affect protein hydrolysis, flavour and nitrogen content of anchovy fish sauce; "
        "advice on speeding up fermentation without losing aroma.",
    ),
    (
        "jKo148",
        "vi",
        "dc_mktech",
        "Dây chuyền bột dừa sấy (desiccated) và dừa sấy ngâm đường",
        "Thiết bị sấy cơm dừa trắng đã bỏ vỏ lụa ở 140–170 °F tới khoảng 2% ẩm (béo 65–68%); thêm quy trình dừa ngâm đường thẩm thấu 30 °Brix rồi sấy 60 °C trong 8 giờ.",
    ),
    (
        "jKo149",
        "en",
        "fishdry_lockho",
        "Instant dried snakehead with a solar drying tent",
        "Product development for ready-to-eat dried snakehead: drying on raised racks under a bamboo-frame tent with clear plastic and black absorber, keeping flies, sand and dust out.",
    ),
    (
        "jKo150",
        "en",
        "haccp_who",
        "Codex HACCP guidance briefings for provincial food-safety officers",
        "Briefings on the Codex HACCP annex and the FAO/WHO approach for small businesses, helping provincial staff design support programmes for household processors.",
    ),
    (
        "jKo151",
        "vi",
        "nd15",
        "Tư vấn thủ tục tự công bố sản phẩm thực phẩm theo Nghị định 15/2018",
        "Hướng dẫn hồ sơ tự công bố, đăng ký bản công bố sản phẩm, kiểm nghiệm chỉ tiêu và lưu hồ sơ cho cơ sở sản xuất thực phẩm nhỏ.",
    ),
    (
        "jKo153",
        "vi",
        "buoi_dongnai",
        "Kỹ thuật tỉa trái bưởi non và chăm sóc vườn bưởi",
        "Hướng dẫn tỉa quả non 2 đợt (2 tuần sau đậu trái và 2 tuần sau lần đầu), bỏ trái nhỏ, chùm dày, cành tăm, cành khô để trái lớn đều.",
    ),
    (
        "jKo154",
        "en",
        "salting",
        "Salt-curing guidelines for fish and meat (2–4.5% NaCl)",
        "Guidance on salting levels (very light 2–2.5% to salty above 4.5%), brine strength, temperature and time, with how salt slows spoilage bacteria and how to cut saltiness safely.",
    ),
    (
        "jKo155",
        "en",
        "tauca_brvt",
        "Post-harvest preservation audit for offshore fishing and logistics vessels",
        "Survey of fish holds and icing practice on offshore boats (holds at 4–7 °C, under 10 days of good storage on 20–25 day trips) and recommended upgrades to cut 20–30% quality losses.",
    ),
    (
        "jKo156",
        "vi",
        "trabaco",
        "Thu mua gáo dừa, xơ dừa cho nhà máy than hoạt tính và thảm xơ",
        "Doanh nghiệp chế biến dừa ở Trà Vinh ký hợp đồng thu mua gáo dừa, xơ dừa từ cơ sở kẹo, cơm dừa và hộ dân làm nguyên liệu than hoạt tính xuất khẩu, thảm xơ dừa; hỗ trợ vận chuyển theo lô.",
    ),
    (
        "jKo157",
        "vi",
        "coir_vuonxanh",
        "Vật liệu lọc từ xơ dừa cho bể xử lý nước thải",
        "Xơ dừa đã xử lý dùng làm vật liệu lọc, giá thể vi sinh trong bể lọc nước thải và phủ gốc cây; nguồn nguyên liệu rẻ, sẵn có ở vùng dừa.",
    ),
    (
        "jKo158",
        "vi",
        "sap_pca",
        "Tập huấn chọn cây và kỹ thuật lấy nhựa hoa dừa vệ sinh",
        "Hướng dẫn chọn cây khỏe có buồng hoa chưa nở, uốn cong buồng một tuần, cột dây, cắt lát 6 mm và hứng nhựa bằng bình nhựa sạch; lấy nhựa hai lần mỗi ngày.",
    ),
    (
        "jKo159",
        "vi",
        "chitosan_bd",
        "Chế biến chitosan từ đầu vỏ tôm quy mô xưởng nhỏ",
        "Chuyển giao quy trình khử khoáng bằng HCl 3%, khử protein bằng NaOH 4% ở nhiệt độ thường, deacetyl hóa bằng NaOH 60% ở 60 °C trong 24 giờ; hiệu suất khoảng 15%, độ deacetyl khoảng 81%. "
        "Chitosan bán làm chất bảo quản trái cây, xử lý nước.",
    ),
    (
        "jKo160",
        "vi",
        "juice_pa",
        "Nồi hai vỏ thanh trùng nước quả cho cơ sở nhỏ",
        "Cung cấp nồi inox hai vỏ gia nhiệt bằng hơi và nồi hơi nhỏ, hướng dẫn thanh trùng nước quả 80–95 °C trong 1–10 phút rồi rót nóng, tránh cháy đáy như khi nấu bằng nồi nhôm trên bếp gas; "
        "kiểm tra chai, thay nắp mới, định lượng chất bảo quản.",
    ),
    (
        "jKo161",
        "vi",
        "catra_nh3",
        "Quản lý khí độc NH3 trong ao nuôi cá tra",
        "Ngưỡng NH3 an toàn cho cá tra khoảng 0,2 mg/L, nồng độ gây chết 50% khoảng 4 mg/L; NH3 cao làm cá chậm lớn, giảm tỷ lệ sống và chất lượng thịt. Tư vấn quản lý nước ao nuôi.",
    ),
    (
        "jKo162",
        "en",
        "sap_cpcri",
        "Palm selection and tapping schedule to raise coconut sap yield",
        "Agronomy advice for coconut growers on choosing palms and spathes for tapping and scheduling slicing to keep sap flowing, with expected sap yields per palm per day.",
    ),
    (
        "jKo163",
        "vi",
        "biochar_shell",
        "Than sinh học từ gáo dừa cải tạo đất vườn",
        "Nhiệt phân gáo dừa thành than sinh học bón vườn để nâng pH đất chua, giữ dinh dưỡng và lưu giữ carbon; hướng dẫn liều bón cho cây ăn trái.",
    ),
    (
        "jKo164",
        "en",
        "khoai_tour",
        "Sweet potato varieties and two-season planting for Bình Tân",
        "Variety and crop-calendar advice for Japanese purple, milky white, sugar and pumpkin-flesh sweet potatoes grown twice a year (Nov–Dec and Apr–May plantings).",
    ),
]
