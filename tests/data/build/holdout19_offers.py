"""Offers of the nineteenth held-out set: (id, language, source key, title, description)."""

OFFERS = [
    # --- coconut processing ---
    (
        "iUo001",
        "vi",
        "coco_vinanet",
        "Dây chuyền bóc vỏ và tách xơ dừa khô công suất 2.000 trái/giờ",
        "Máy bóc vỏ dừa khô bằng trục gai kết hợp máy đập tách xơ và sàng mụn, thay cho bóc tay bằng xà beng. "
        "Chuyển giao trọn gói máy bóc vỏ, máy tách xơ, băng tải và hướng dẫn vận hành, bảo trì. "
        "Phù hợp cơ sở sơ chế dừa ở hộ gia đình và hợp tác xã, một máy thay 8-10 lao động.",
    ),
    (
        "iUo002",
        "en",
        "coco_shell_tvu",
        "Automatic coconut paring machine for fresh coconut processors, 500 nuts per hour",
        "A university-built machine that removes the hard shell and brown skin from fresh coconuts, leaving clean white "
        "kernels for processing. Capacity is about 500 nuts per hour with simple controls and safety guards. The machine is "
        "manufactured to order and delivered with installation and operator training.",
    ),
    (
        "iUo003",
        "vi",
        "coco_vinanet",
        "Công nghệ sản xuất than hoạt tính từ gáo dừa bằng hoạt hóa hơi nước",
        "Quy trình than hóa gáo dừa rồi hoạt hóa bằng hơi nước ở 850-950°C để tạo than hoạt tính dạng hạt dùng lọc nước, "
        "lọc khí và xuất khẩu. Chuyển giao thiết kế lò than hóa, lò quay hoạt hóa, quy trình kiểm tra chỉ số iod. "
        "Công suất tham khảo 300-500 tấn sản phẩm/năm.",
    ),
    (
        "iUo004",
        "en",
        "coco_hiephoi",
        "Coco peat washing, buffering and block pressing line for growing media",
        "Coir pith left over from fibre extraction is washed to low electrical conductivity, buffered with calcium nitrate, "
        "dried and pressed into 5 kg blocks, grow bags and discs for greenhouse growers. We transfer the washing tanks, "
        "EC testing procedure, hydraulic press and know-how to meet importers' specifications.",
    ),
    (
        "iUo005",
        "vi",
        "coco_vinanet",
        "Quy trình sản xuất thạch dừa (nata de coco) từ nước dừa già",
        "Tận dụng nước dừa già bỏ đi tại các lò bổ dừa, lên men bằng vi khuẩn Acetobacter xylinum tạo thạch dừa thô, "
        "sau đó cắt hạt, tẩy chua và đóng gói. Chuyển giao giống vi khuẩn, quy trình lên men khay, hướng dẫn vệ sinh "
        "an toàn thực phẩm. Phù hợp hộ sản xuất quy mô 500-2.000 khay.",
    ),
    (
        "iUo006",
        "en",
        "coco_hiephoi",
        "Cold-press virgin coconut oil process for small processors",
        "Fresh grated coconut meat is dried at low temperature and pressed with a screw expeller, or processed by the wet "
        "fermentation route, to obtain clear virgin oil for food and cosmetics. Package includes expeller, filter press, "
        "quality tests (moisture, free fatty acid) and labelling guidance. Suitable for 200-500 kg of meat per day.",
    ),
    (
        "iUo007",
        "vi",
        "coco_vinanet",
        "Dây chuyền sản xuất cơm dừa nạo sấy đạt chuẩn xuất khẩu",
        "Cơm dừa được gọt vỏ lụa, rửa, chần, nạo sợi và sấy băng tải đến độ ẩm dưới 3% để làm dừa nạo sấy cho ngành bánh kẹo. "
        "Chuyển giao máy nạo, máy sấy băng tải, quy trình kiểm soát vi sinh và đóng bao. "
        "Công suất 2-5 tấn cơm dừa tươi/ngày.",
    ),
    (
        "iUo008",
        "en",
        "coco_hiephoi",
        "Coir geotextile net weaving machines for riverbank erosion control",
        "Coir yarn spinning machines and looms produce coir nets (geotextiles) of 400-900 g/m2 used to protect riverbanks, "
        "slopes and roadsides while vegetation establishes. We supply twining machines and looms, train weavers and advise on "
        "grading the fibre for export-grade nets.",
    ),
    (
        "iUo009",
        "vi",
        "coco_apcc",
        "Công nghệ đóng chai nước dừa tươi giữ hương vị, bảo quản 6-9 tháng",
        "Nước dừa xiêm tươi được lọc, xử lý bằng vi lọc và thanh trùng nhanh nhiệt độ thấp rồi chiết rót vô trùng vào chai PET "
        "hoặc hộp giấy, giữ mùi vị tự nhiên. Chuyển giao quy trình, thông số thiết bị và hồ sơ công bố sản phẩm. "
        "Phù hợp doanh nghiệp cung cấp siêu thị và xuất khẩu.",
    ),
    (
        "iUo010",
        "en",
        "coco_wax_tvu",
        "Deep-learning device that detects makapuno (wax) coconuts without opening them",
        "A handheld device records the sound of a tapped coconut and uses a trained model to tell wax (makapuno) coconuts from "
        "ordinary ones with about 95 percent accuracy, and estimates whether the wax is soft or solid. It replaces shaking by ear "
        "and reduces disputes between growers and traders. Devices and training are available from the university.",
    ),
    (
        "iUo011",
        "vi",
        "coco_sap_tvu",
        "Quy trình khai thác mật hoa dừa và sản xuất đường hoa dừa",
        "Hướng dẫn kỹ thuật cắt và hứng nhựa từ buồng hoa dừa, chống lên men bằng vỏ cây tự nhiên, cô đặc thành mật hoa dừa "
        "và kết tinh thành đường hoa dừa chỉ số đường huyết thấp. Chuyển giao chảo cô, quy trình vệ sinh và tập huấn cho nông dân "
        "leo cây. Một cây cho 1-1,5 lít nhựa/ngày.",
    ),
    (
        "iUo012",
        "en",
        "coco_vinanet",
        "Smokeless carbonisation kiln and briquetting of coconut shell charcoal",
        "Coconut shells are carbonised in a closed kiln that burns the smoke, then crushed, mixed with starch binder and "
        "extruded into briquettes for barbecue and shisha markets. We transfer the kiln design, extruder, dryer and "
        "export quality specifications (ash, fixed carbon).",
    ),
    (
        "iUo013",
        "vi",
        "coco_plan",
        "Công nghệ xử lý nước thải chế biến dừa (thạch dừa, cơm dừa, kẹo dừa)",
        "Hệ thống xử lý nước thải có độ chua và hữu cơ cao từ các cơ sở chế biến dừa: trung hòa, bể kỵ khí UASB thu biogas, "
        "bể hiếu khí và lắng. Chuyển giao thiết kế, lắp đặt và vận hành đạt quy chuẩn xả thải. "
        "Quy mô 20-200 m3/ngày.",
    ),
    (
        "iUo014",
        "en",
        "coco_apcc",
        "UHT coconut milk and cream processing with aseptic packing",
        "Grated coconut is pressed and the milk standardised, homogenised, UHT treated and filled aseptically into cartons or "
        "pouches with a shelf life of 12 months. The offer covers process design, equipment list, stabiliser formulation and "
        "commissioning support.",
    ),
    # --- coconut growing ---
    (
        "iUo015",
        "vi",
        "coco_tissue_tvu",
        "Nhân giống dừa sáp bằng nuôi cấy phôi cho tỷ lệ trái sáp cao",
        "Phôi lấy từ trái dừa sáp được nuôi cấy trong phòng thí nghiệm để tạo cây con mang gen sáp, trồng ra cho tỷ lệ trái sáp "
        "trên 70% thay vì dưới 25% khi trồng bằng trái. Cung cấp cây giống, quy trình chăm sóc giai đoạn vườn ươm và kỹ thuật "
        "thâm canh dừa sáp.",
    ),
    (
        "iUo016",
        "en",
        "coco_pest",
        "Biological control of coconut black-headed caterpillar with parasitoid wasps",
        "Mass-reared parasitoid wasps are released in infested orchards to suppress the black-headed caterpillar (Opisina "
        "arenosella), whose larvae scorch coconut fronds. The service includes rearing units for cooperatives, release schedules, "
        "pruning and burning of infested fronds, and monitoring.",
    ),
    (
        "iUo017",
        "vi",
        "coco_pest",
        "Chế phẩm nấm xanh Metarhizium trừ bọ cánh cứng và đuông dừa",
        "Chế phẩm nấm xanh và bẫy pheromone dùng phòng trừ bọ cánh cứng hại đọt dừa, kiến vương và đuông dừa đục thân. "
        "Cung cấp chế phẩm, hướng dẫn rải vào nách lá, đặt bẫy và vệ sinh vườn. Không để lại dư lượng, phù hợp vùng dừa hữu cơ.",
    ),
    (
        "iUo018",
        "en",
        "coco_organic",
        "Organic coconut conversion and certification support (EU, USDA, JAS)",
        "Consultants guide cooperatives through conversion of coconut groves to organic: buffer zones, input lists, internal "
        "control system, record keeping and preparation for third-party audits. Linking to exporters buying certified organic "
        "nuts is included.",
    ),
    (
        "iUo019",
        "vi",
        "coco_plan",
        "Mô hình trồng xen ca cao, bưởi dưới tán dừa tăng thu nhập",
        "Hướng dẫn bố trí mật độ, chọn giống ca cao chịu bóng và cây ăn trái trồng xen trong vườn dừa, bón phân và tưới chung. "
        "Mô hình giúp tăng thu nhập 30-50% trên cùng diện tích. Cung cấp cây giống và tập huấn tại vườn.",
    ),
    (
        "iUo020",
        "en",
        "coco_plan",
        "Certified nursery of dwarf coconut seedlings (green Siamese, fragrant dwarf)",
        "A nursery supplies certified seedlings of dwarf drinking-coconut varieties that bear in 2.5-3 years and suit fresh "
        "coconut export. Seedlings come with mother-tree records, planting layout and fertilisation guide.",
    ),
    (
        "iUo021",
        "vi",
        "coco_hiephoi",
        "Thiết bị leo cây dừa an toàn và dao thu hoạch cán dài",
        "Bộ thiết bị leo cây dạng bàn đạp có khóa an toàn và dây đai, kèm sào cắt buồng dừa cán nhôm dài 8-12 m giúp thu hoạch "
        "không cần trèo. Bán thiết bị và tập huấn thao tác an toàn cho tổ thu hoạch.",
    ),
    (
        "iUo022",
        "en",
        "coco_plan",
        "Soil and water management for coconut groves hit by salt intrusion",
        "Agronomists advise on raising and repairing dykes, flushing orchard ditches with fresh water, mulching with coir, and "
        "potassium and gypsum application to help coconut palms recover from salinity. Includes a soil and water salinity test.",
    ),
    # --- rice ---
    (
        "iUo023",
        "vi",
        "rice_rachlop",
        "Giống lúa chịu mặn 4-6‰, ngắn ngày cho vùng ven biển",
        "Cung cấp giống lúa xác nhận chịu mặn đến 4-6‰, thời gian sinh trưởng 95-100 ngày, gạo thơm đạt chuẩn xuất khẩu. "
        "Kèm lịch thời vụ né mặn và quy trình bón phân cho đất nhiễm mặn.",
    ),
    (
        "iUo024",
        "en",
        "irrigation",
        "River salinity early-warning with automatic sensors and SMS alerts",
        "Salinity sensors installed at river mouths and sluice gates send readings every 15 minutes to a server that forecasts "
        "salt intrusion and sends SMS or Zalo warnings to farmers and sluice operators. Setup, calibration and a web dashboard are included.",
    ),
    (
        "iUo025",
        "vi",
        "rice_rachlop",
        "Máy sấy lúa vỉ ngang đảo chiều gió đốt trấu 10-30 tấn/mẻ",
        "Máy sấy vỉ ngang đảo chiều gió dùng lò đốt trấu, sấy lúa ướt mùa mưa đều hạt, giảm gãy khi xay. "
        "Chuyển giao thiết kế, thi công lò và quạt, hướng dẫn vận hành cho hợp tác xã.",
    ),
    (
        "iUo026",
        "en",
        "tv_crops",
        "Straw baling and straw mushroom growing from rice straw",
        "Instead of burning straw, cooperatives bale it with a tractor-drawn baler and use it for straw mushroom beds, cattle "
        "feed or compost. The offer includes the baler, mushroom spawn supply and training in bed preparation and harvest.",
    ),
    (
        "iUo027",
        "vi",
        "rice_pest",
        "Dịch vụ máy bay không người lái phun thuốc, bón phân và gieo sạ lúa",
        "Drone phun 10-15 ha/giờ, giảm 30% lượng thuốc và không phải lội ruộng. Nhận dịch vụ theo hecta, chuyển giao và đào tạo "
        "phi công cho hợp tác xã muốn tự đầu tư.",
    ),
    (
        "iUo028",
        "en",
        "rice_vllxl",
        "Light-trap network and forecasting of brown planthopper migration",
        "Light traps are read daily and planthopper counts combined with virus testing of hoppers to forecast outbreaks of "
        "yellow dwarf and ragged stunt. Farmers receive advice on synchronised sowing windows and when spraying is worthwhile.",
    ),
    (
        "iUo029",
        "vi",
        "rice_rachlop",
        "Canh tác lúa giảm phát thải bằng tưới ướt khô xen kẽ",
        "Hướng dẫn tưới ngập khô xen kẽ, sạ thưa, bón phân theo bảng so màu lá và xử lý rơm không đốt, giúp giảm khí nhà kính, "
        "tiết kiệm nước và chi phí. Hỗ trợ đo đạc phát thải để tham gia chương trình lúa carbon thấp.",
    ),
    (
        "iUo030",
        "en",
        "rice_rachlop",
        "Hermetic storage bags for seed and milled rice",
        "Multi-layer gas-tight bags placed inside ordinary sacks cut oxygen so insects die and seed keeps its germination for "
        "6-12 months without chemicals. Supplied in 50 kg size with training on drying before storage.",
    ),
    (
        "iUo031",
        "vi",
        "rice_rachlop",
        "Sản xuất lúa giống xác nhận và máy làm sạch hạt giống",
        "Chuyển giao quy trình nhân giống lúa từ giống nguyên chủng, khử lẫn ngoài đồng, kiểm nghiệm hạt và máy quạt làm sạch, "
        "sàng phân loại hạt 1-2 tấn/giờ. Hướng dẫn hợp tác xã đăng ký chứng nhận giống.",
    ),
    (
        "iUo032",
        "en",
        "rice_rachlop",
        "Rice husk gasifier and husk-fired furnace for mills and dryers",
        "A husk gasifier or cyclone furnace supplies clean hot air or gas for paddy dryers and small boilers, replacing diesel. "
        "Includes ash handling and design of the husk feeding system.",
    ),
    (
        "iUo033",
        "vi",
        "shrimp_salinity",
        "Mô hình luân canh lúa - tôm trên đất nhiễm mặn",
        "Mùa khô nuôi tôm sú quảng canh, mùa mưa rửa mặn trồng lúa chịu mặn; hướng dẫn cải tạo bờ bao, mương, lịch rửa mặn. "
        "Tập huấn và theo dõi mô hình trong hai vụ.",
    ),
    # --- fruit ---
    (
        "iUo034",
        "en",
        "fruit_map",
        "Modified atmosphere packaging film for export fruit (pomelo, dragon fruit)",
        "Domestically produced MAP film limits respiration and water loss so fruit keeps firmness and weight during sea freight. "
        "Costs about one third of imported film; supplied with packing trials for each fruit.",
    ),
    (
        "iUo035",
        "vi",
        "fruit_cold",
        "Kho lạnh mini dùng điện mặt trời cho hợp tác xã trái cây 5-10 tấn",
        "Kho lạnh panel cách nhiệt, máy nén inverter chạy bằng điện mặt trời kết hợp điện lưới, giữ trái cây 2-4 tuần để chờ giá. "
        "Thiết kế, lắp đặt và hướng dẫn vận hành, chi phí điện thấp.",
    ),
    (
        "iUo036",
        "en",
        "mango_offseason",
        "Off-season flowering induction protocol for mango",
        "A protocol combining paclobutrazol, water withholding and potassium nitrate sprays induces mango to flower out of "
        "season, so growers harvest when prices are 1.5-2 times higher. Field training and a treatment calendar are provided.",
    ),
    (
        "iUo037",
        "vi",
        "pomelo_chain",
        "Phòng trị vàng lá thối rễ cây có múi bằng nấm đối kháng",
        "Kết hợp nấm Trichoderma, vôi, phân hữu cơ và cải thiện thoát nước để khôi phục bộ rễ cây có múi bị vàng lá thối rễ. "
        "Cung cấp chế phẩm và hướng dẫn xử lý tại vườn.",
    ),
    (
        "iUo038",
        "en",
        "pomelo_chain",
        "Pomelo packing line: washing, waxing, grading and labelling, 10-16 tonnes per day",
        "A packing house design with brushing, washing, fungicide-free coating, size grading and labelling for pomelo exporters. "
        "Includes layout, equipment and handling procedures that reduce weight loss and surface blemish.",
    ),
    (
        "iUo039",
        "vi",
        "fruit_fftc",
        "Túi bao trái chuyên dụng chống ruồi đục trái xoài, bưởi",
        "Túi giấy hai lớp và túi vải không dệt bao trái từ sớm, ngăn ruồi vàng đục trái, giảm thuốc và cho vỏ trái đẹp. "
        "Cung cấp túi và hướng dẫn thời điểm bao, kết hợp bẫy dẫn dụ ruồi.",
    ),
    (
        "iUo040",
        "en",
        "fruit_fftc",
        "GAP certification coaching and planting-area code registration for fruit exporters",
        "We coach orchard groups to meet VietGAP or GlobalGAP, prepare farm records and register planting area codes required by "
        "China, Korea and other importing markets. Includes a mock audit.",
    ),
    (
        "iUo041",
        "vi",
        "pomelo_chain",
        "Chế biến bưởi: nước ép bưởi, mứt vỏ bưởi, chè bưởi",
        "Quy trình ép và khử đắng nước bưởi, làm mứt vỏ bưởi sấy dẻo và chè bưởi đóng hũ, tận dụng trái loại 2. "
        "Chuyển giao công thức, thiết bị và hướng dẫn công bố sản phẩm.",
    ),
    (
        "iUo042",
        "en",
        "fruit_map",
        "Vacuum frying and freeze drying line for fruit chips",
        "Jackfruit, banana, mango and sweet potato are vacuum-fried at low temperature or freeze dried into crisp snacks that keep "
        "colour and flavour. We transfer the equipment, recipes and nitrogen packing.",
    ),
    (
        "iUo043",
        "vi",
        "irrigation",
        "Tưới phun tự động có cảm biến độ mặn cho vườn cây ăn trái",
        "Bơm và béc tưới tự động điều khiển qua điện thoại, cảm biến đo độ mặn nước kênh tự khóa bơm khi nước vượt ngưỡng. "
        "Khảo sát, lắp đặt và bảo hành hai năm.",
    ),
    (
        "iUo044",
        "en",
        "fruit_map",
        "Ethylene absorber sachets to extend shelf life of mango and rambutan",
        "Potassium-permanganate-based sachets placed in cartons absorb ethylene and slow ripening of climacteric fruit during "
        "transport. Supplied with dose tables by fruit and carton size.",
    ),
    # --- vegetables and field crops ---
    (
        "iUo045",
        "vi",
        "peanut_organic",
        "Hệ thống tưới phun tự động cho đậu phộng trên đất giồng cát",
        "Máy bơm, ống và béc phun bố trí theo liếp, tự động hẹn giờ, một người tưới được 1 ha thay cho 4 người. "
        "Chi phí khoảng 30-35 triệu đồng/ha, dùng 5-7 năm. Lắp đặt và hướng dẫn sử dụng.",
    ),
    (
        "iUo046",
        "en",
        "peanut_seed",
        "Rainy-season peanut seed production with seed drying and storage",
        "A protocol for growing peanut for seed in the rainy season, with drying on raised racks, moisture control and sealed "
        "storage so the seed keeps high germination for the next dry-season crop. Includes field training for seed groups.",
    ),
    (
        "iUo047",
        "vi",
        "sweetpotato",
        "Quy trình quản lý tổng hợp sâu đục củ (bọ hà) khoai lang",
        "Kết hợp bẫy pheromone bắt con đực, vun gốc kín củ, luân canh với lúa và xử lý dây giống sạch để giảm củ bị hà. "
        "Cung cấp bẫy và tập huấn nhận biết, xử lý.",
    ),
    (
        "iUo048",
        "en",
        "veg_vinhlong",
        "Insect-proof net house kits for safe leafy vegetables",
        "Steel-frame net houses with 50-mesh insect netting and mist irrigation keep out flea beetles and caterpillars, cutting "
        "pesticide use and residues so leafy greens meet supermarket standards. Kits of 500-1,000 m2 with installation.",
    ),
    (
        "iUo049",
        "vi",
        "peanut_organic",
        "Sản xuất phân hữu cơ vi sinh từ rơm, thân đậu và phân bò",
        "Ủ phụ phẩm nông nghiệp với chế phẩm Trichoderma và vi khuẩn phân giải, sau 30-45 ngày có phân hữu cơ bón cho rau, đậu, dừa. "
        "Chuyển giao chế phẩm và quy trình ủ đống hoặc ủ trong nhà lưới.",
    ),
    (
        "iUo050",
        "en",
        "peanut_seed",
        "Peanut sheller and grader, 500 kg per hour",
        "An electric peanut sheller with adjustable drum gap and a vibrating grader separates kernels by size with low breakage. "
        "Supplied with spare parts and operator training.",
    ),
    (
        "iUo051",
        "vi",
        "radish",
        "Máy rửa củ cải và quy trình làm củ cải muối, củ cải phơi khô",
        "Máy rửa củ dạng trống quay, máy cắt sợi và quy trình muối chua, phơi sấy củ cải đạt vệ sinh thực phẩm, "
        "giúp không bị ép giá khi thu hoạch rộ dịp Tết. Chuyển giao máy và công thức, hỗ trợ công bố sản phẩm.",
    ),
    (
        "iUo052",
        "en",
        "sweetpotato",
        "Sweet potato curing, storage and chips processing",
        "Curing at warm humid conditions heals skin wounds so roots store 2-3 months; a small line slices, blanches and fries "
        "chips for snack markets. Training and equipment list provided.",
    ),
    (
        "iUo053",
        "vi",
        "veg_vinhlong",
        "Trồng rau thủy canh hồi lưu trong nhà màng cho vùng đất nhiễm mặn",
        "Hệ thống máng thủy canh hồi lưu, dung dịch dinh dưỡng pha sẵn và nhà màng chống côn trùng, không phụ thuộc đất và nước mặn. "
        "Rau sạch, không dùng thuốc, năng suất 8-10 lứa/năm.",
    ),
    (
        "iUo054",
        "en",
        "veg_vinhlong",
        "Biological control of bacterial wilt and soil-borne disease with Trichoderma and Bacillus",
        "Seed and soil treatments with Trichoderma and Bacillus strains, plus lime and crop rotation, reduce wilt, root rot and "
        "nematodes in chilli, watermelon and tomato. Products supplied with field trial support.",
    ),
    (
        "iUo055",
        "vi",
        "tv_crops",
        "Cây giống ớt, dưa hấu ghép gốc kháng bệnh héo xanh, chịu ngập",
        "Cây ghép trên gốc cà, bầu kháng bệnh héo xanh và chịu ngập, trồng được trên đất đã nhiễm bệnh nhiều năm. "
        "Vườn ươm cung cấp cây và hướng dẫn trồng.",
    ),
    # --- livestock ---
    (
        "iUo056",
        "en",
        "forage",
        "Forage grass varieties and silage making for beef cattle",
        "High-yield guinea and hybrid elephant grass varieties that survive the dry season, plus training in chopping and "
        "bag or pit silage so herds have feed all year. Cuttings and a silage starter kit are supplied.",
    ),
    (
        "iUo057",
        "vi",
        "cattle_khmer",
        "Ủ chua rơm, cỏ, thân bắp làm thức ăn dự trữ cho bò",
        "Băm nhỏ rơm, cỏ, thân bắp trộn rỉ đường và men vi sinh, ủ kín 21 ngày để dự trữ thức ăn mùa khô. "
        "Tập huấn tại hộ và cung cấp máy băm cỏ mini.",
    ),
    (
        "iUo058",
        "en",
        "cattle_khmer",
        "Artificial insemination with Red Angus and Brahman semen for crossbred beef",
        "Trained inseminators serve local yellow cows with imported beef semen; crossbred calves grow 30-50 percent heavier. "
        "Includes heat detection training and calf care.",
    ),
    (
        "iUo059",
        "vi",
        "asf_vinhlong",
        "Chuồng trại an toàn sinh học phòng dịch tả heo châu Phi",
        "Hướng dẫn rào chắn, hố sát trùng, thay đồ bảo hộ, kiểm soát thức ăn và người ra vào, sát trùng định kỳ để phòng dịch tả heo châu Phi. "
        "Cung cấp thuốc sát trùng, máy phun và tập huấn tái đàn an toàn.",
    ),
    (
        "iUo060",
        "en",
        "biogas_ctu",
        "Composite biogas digester for pig farms of 10-50 pigs",
        "Prefabricated composite digesters of 7-15 m3 are installed in one day, turning pig manure and wastewater into cooking "
        "gas and reducing smell and discharge. The bio-slurry can fertilise vegetables and fish ponds.",
    ),
    (
        "iUo061",
        "vi",
        "asf_vinhlong",
        "Đệm lót sinh học nuôi heo, gà giảm mùi hôi và nước thải",
        "Lót nền chuồng bằng trấu, mùn cưa trộn men vi sinh phân hủy phân tại chỗ, không phải rửa chuồng, giảm mùi và ruồi. "
        "Cung cấp men và hướng dẫn làm đệm.",
    ),
    (
        "iUo062",
        "en",
        "biogas_bonn",
        "Black soldier fly larvae production from manure and organic waste",
        "Black soldier fly larvae are reared on manure, food waste and processing by-products and harvested as a protein "
        "feed for fish, poultry and pigs; the residue is a compost. Breeding units and training transferred.",
    ),
    (
        "iUo063",
        "vi",
        "cattle_soctrang",
        "Quy trình vắt sữa và bảo quản lạnh sữa bò tại nông hộ",
        "Máy vắt sữa di động, bồn làm lạnh sữa 200-500 lít và quy trình vệ sinh để sữa đạt chuẩn thu mua của công ty. "
        "Lắp đặt và hướng dẫn cho hộ nuôi bò sữa.",
    ),
    (
        "iUo064",
        "en",
        "cattle_khmer",
        "Small egg incubator and vaccination package for backyard chicken raisers",
        "An incubator of 200-500 eggs with automatic turning, brooding guidance and a vaccination calendar for Newcastle, "
        "gumboro and fowl pox raise chick survival. Training for women's groups included.",
    ),
    (
        "iUo065",
        "vi",
        "cattle_khmer",
        "Nuôi ếch thương phẩm trong vèo lưới và bể lót bạt",
        "Mô hình nuôi ếch ít vốn, ít đất, thu hoạch sau 3 tháng. Cung cấp ếch giống, hướng dẫn làm vèo, cho ăn và phòng bệnh.",
    ),
    (
        "iUo066",
        "en",
        "asf_travinh",
        "On-farm rapid PCR test for African swine fever",
        "A portable PCR kit lets veterinary staff confirm African swine fever from blood or tissue within an hour at the farm, "
        "so outbreaks are contained quickly. Kits and staff training supplied.",
    ),
    # --- shrimp ---
    (
        "iUo067",
        "vi",
        "shrimp_disease",
        "Quy trình nuôi tôm thẻ siêu thâm canh 2-3 giai đoạn trong ao lót bạt",
        "Ương tôm giống trong nhà màng, chuyển ao nuôi lót bạt có hố xi-phông, ao lắng và ao chứa; năng suất 30-40 tấn/ha/vụ. "
        "Chuyển giao thiết kế ao, quy trình quản lý nước và cho ăn, đào tạo kỹ thuật viên.",
    ),
    (
        "iUo068",
        "en",
        "shrimp_disease",
        "Mobile PCR lab and sampling service for shrimp diseases",
        "A mobile laboratory tests post-larvae, pond water and mud for white spot virus, AHPND (EMS) and EHP within the day, "
        "before stocking and during the crop. Cooperative contracts and result reports by phone.",
    ),
    (
        "iUo069",
        "vi",
        "shrimp_seminar",
        "Hệ thống giám sát môi trường ao tôm tự động báo qua điện thoại",
        "Cảm biến đo oxy hòa tan, pH, nhiệt độ, độ mặn gửi dữ liệu lên ứng dụng, cảnh báo và tự bật quạt khi oxy thấp. "
        "Lắp đặt, bảo trì và hiệu chuẩn định kỳ.",
    ),
    (
        "iUo070",
        "en",
        "shrimp_salinity",
        "Biofloc and probiotic water treatment programme for shrimp ponds",
        "Carbon dosing and probiotic bacteria build biofloc that recycles ammonia, keeps pond bottoms clean and cuts water "
        "exchange. Technical support through one full crop.",
    ),
    (
        "iUo071",
        "vi",
        "shrimp_seminar",
        "Máy cho tôm ăn tự động hẹn giờ dùng năng lượng mặt trời",
        "Máy rải thức ăn hẹn giờ theo cữ, chạy bằng pin mặt trời, giảm hao hụt thức ăn và nhân công. Bảo hành một năm.",
    ),
    (
        "iUo072",
        "en",
        "shrimp_seminar",
        "Shrimp post-larvae nursery raceway system",
        "Covered raceways nurse post-larvae for 20-30 days at high density before transfer to grow-out ponds, improving "
        "survival and shortening the crop. Design and operating manual supplied.",
    ),
    (
        "iUo073",
        "vi",
        "shrimp_land",
        "Xử lý nước thải, bùn thải ao tôm bằng ao sinh học",
        "Nước thải ao nuôi qua ao lắng, ao sinh học thả sò huyết, rong câu và cá rô phi để hấp thu chất hữu cơ, bùn được thu gom ủ phân. "
        "Thiết kế hệ thống phù hợp quy định xả thải.",
    ),
    (
        "iUo074",
        "en",
        "mangrove_poly",
        "Organic certification support for mangrove-shrimp farms",
        "Groups of extensive mangrove-shrimp farmers are helped to meet organic standards, keep mangrove cover, organise "
        "internal control and connect to exporters paying an organic premium. The service covers group certification costs sharing, mangrove mapping and the first audit.",
    ),
    (
        "iUo075",
        "vi",
        "shrimp_seminar",
        "Quạt nước tiết kiệm điện dùng biến tần và sục khí đáy ao tôm",
        "Motor quạt nước gắn biến tần chạy theo nhu cầu oxy, kết hợp ống sục khí đáy, giảm 25-40% tiền điện. "
        "Khảo sát và lắp đặt tại ao.",
    ),
    (
        "iUo076",
        "en",
        "shrimp_land",
        "Chitosan and astaxanthin extraction from shrimp heads and shells",
        "Shrimp by-products are hydrolysed enzymatically to recover protein and astaxanthin, then demineralised to make chitin "
        "and chitosan for agriculture, food and pharmaceuticals. Pilot plant design and licence.",
    ),
    (
        "iUo077",
        "vi",
        "shrimp_salinity",
        "Chế phẩm vi sinh xử lý khí độc NH3, H2S và làm sạch đáy ao",
        "Chế phẩm vi khuẩn Bacillus, Nitrosomonas và vi khuẩn quang hợp phân hủy chất thải đáy ao, giảm khí độc, tôm không nổi đầu. "
        "Hướng dẫn liều dùng theo mật độ nuôi.",
    ),
    (
        "iUo078",
        "en",
        "shrimp_vietgap",
        "Record-keeping app for VietGAP and ASC shrimp farm compliance",
        "A mobile app records stocking, feed, medicines and water quality and produces the documents auditors need for VietGAP "
        "and ASC. Training and cloud storage included.",
    ),
    # --- crab, clam, fish ---
    (
        "iUo079",
        "vi",
        "crab",
        "Quy trình sản xuất cua biển giống nhân tạo",
        "Chuyển giao quy trình nuôi vỗ cua mẹ, ấp trứng, ương ấu trùng zoea đến cua bột và cua giống đồng cỡ. "
        "Thiết kế trại, tập huấn và hỗ trợ vận hành mẻ đầu.",
    ),
    (
        "iUo080",
        "en",
        "crab",
        "Soft-shell mud crab production in individual boxes",
        "Crabs are kept in individual boxes in a recirculating system and checked several times a day to harvest them just "
        "after moulting, for restaurants and export. System design and training transferred.",
    ),
    (
        "iUo081",
        "vi",
        "clam_env",
        "Quy trình ương nghêu giống và chọn bãi nuôi nghêu",
        "Đánh giá nền đáy, độ mặn, thời gian phơi bãi để chọn bãi thích hợp, ương nghêu cám đến nghêu giống và mật độ thả hợp lý. "
        "Tập huấn cho tổ hợp tác nuôi nghêu.",
    ),
    (
        "iUo082",
        "en",
        "clam_loss",
        "Early warning of clam mass mortality by monitoring water and sediment on tidal flats",
        "Buoys and periodic sediment sampling track salinity, temperature, turbidity and organic load on clam beds, sending "
        "alerts so farmers can thin or move stock before mass deaths. Monitoring kits, a phone dashboard and training for cooperative staff are provided.",
    ),
    (
        "iUo083",
        "vi",
        "clam_expand",
        "Hệ thống làm sạch nghêu, sò bằng nước biển lọc và tiệt trùng UV",
        "Bể tịnh hóa tuần hoàn nước biển qua lọc và đèn UV giúp nghêu nhả cát, giảm vi sinh đạt yêu cầu xuất khẩu. "
        "Công suất 2-5 tấn/mẻ, chuyển giao thiết kế.",
    ),
    (
        "iUo084",
        "en",
        "crab",
        "Live mud crab packing and cold-chain transport method",
        "Crabs are conditioned, packed in moist insulated boxes at 18-22 degrees and shipped with temperature loggers, cutting "
        "transport mortality below 3 percent. Training and packaging supplied.",
    ),
    (
        "iUo085",
        "vi",
        "ocop_khocaloc",
        "Nuôi cá lóc trong bể lót bạt bằng thức ăn công nghiệp",
        "Bể bạt 50-100 m2, thay nước định kỳ, thức ăn viên, nuôi 4-5 tháng đạt 3-4 con/kg. Cung cấp cá giống và quy trình phòng bệnh.",
    ),
    (
        "iUo086",
        "en",
        "mangrove_poly",
        "Mangrove-based shrimp, crab and mud clam polyculture model",
        "Extensive ponds under mangrove cover are stocked with shrimp, crab and clams together, giving steady income with low "
        "inputs while protecting the forest. Demonstration and logbooks supplied.",
    ),
    (
        "iUo087",
        "vi",
        "clam_expand",
        "Máy phân cỡ nghêu, sò tự động",
        "Máy sàng trống quay phân nghêu thành 3-4 cỡ, 1-2 tấn/giờ, giảm nhân công và tăng giá bán theo cỡ. Máy chạy điện 1 pha, khung inox, dễ tháo lưới để đổi cỡ sàng.",
    ),
    (
        "iUo088",
        "en",
        "saltwater_shrimp",
        "Pompano and sea bass farming in high-salinity ponds during the dry season",
        "When salinity is too high for shrimp, ponds are stocked with pompano or sea bass; seed, feed plans and harvest timing "
        "are provided. The package suits shrimp farmers who must leave ponds idle in the driest months.",
    ),
    # --- offshore fishing boats ---
    (
        "iUo089",
        "vi",
        "boat_slurry",
        "Máy làm đá vảy từ nước biển lắp trên tàu cá xa bờ",
        "Máy làm đá vảy trực tiếp từ nước biển 1-3 tấn/ngày, ướp cá ngay khi lên boong, không phải chở đá cây từ bờ. "
        "Lắp đặt, đấu nối máy phát và hướng dẫn vận hành.",
    ),
    (
        "iUo090",
        "en",
        "boat_bentre",
        "Polyurethane foam insulation retrofit of fish holds",
        "Existing wooden or steel fish holds are lined with sprayed polyurethane and a fibreglass skin, cutting heat gain so "
        "ice lasts 2-3 times longer. Work done at the shipyard in 5-7 days.",
    ),
    (
        "iUo091",
        "vi",
        "fao_ice",
        "Hệ thống làm lạnh nước biển tuần hoàn (RSW) bảo quản cá trong hầm tàu",
        "Nước biển được làm lạnh xuống -1 đến 0°C tuần hoàn trong hầm, cá giữ tươi đều hơn ướp đá, dùng cho nghề lưới vây và chuyến biển dài. "
        "Thiết kế, lắp đặt trên tàu.",
    ),
    (
        "iUo092",
        "en",
        "boat_slurry",
        "Ice slurry generator for rapid chilling of catch on board",
        "Fluid ice made from seawater surrounds each fish and chills it within minutes, reducing bruising and keeping quality "
        "for premium markets. Sized for vessels of 15-30 m.",
    ),
    (
        "iUo093",
        "vi",
        "fao_ice",
        "Thùng cách nhiệt composite và cải tạo hầm bảo quản bằng inox",
        "Thùng cách nhiệt 300-1.000 lít và vách hầm bọc inox, dễ vệ sinh, giữ lạnh lâu, đạt yêu cầu an toàn thực phẩm cho sản phẩm khai thác. Nhận thi công tại xưởng đóng tàu và cung cấp thùng theo kích thước hầm.",
    ),
    (
        "iUo094",
        "en",
        "boat_slurry",
        "Onboard solar panels and batteries to cut diesel generator use",
        "Marine solar panels and lithium batteries power lights, electronics and small refrigeration on fishing vessels, "
        "reducing generator running hours and fuel costs. Systems of 1-5 kW are sized to the vessel's loads and installed with marine-grade wiring.",
    ),
    (
        "iUo095",
        "vi",
        "tuna_loss",
        "Thiết bị giám sát hành trình tàu cá và nhật ký khai thác điện tử",
        "Cung cấp, lắp đặt thiết bị giám sát hành trình và phần mềm nhật ký khai thác điện tử theo quy định chống khai thác bất hợp pháp (IUU). "
        "Bảo hành, duy trì thuê bao vệ tinh.",
    ),
    (
        "iUo096",
        "en",
        "tuna_loss",
        "Sashimi-grade tuna handling: bleeding, gutting and super-chilling on board",
        "Crew training and simple equipment for stunning, bleeding and core-chilling tuna so more of the catch meets export "
        "sashimi grade. Trials on board with buyers' graders.",
    ),
    (
        "iUo097",
        "vi",
        "boat_mother",
        "Tàu mẹ dịch vụ hậu cần thu mua cá, cấp đá trên biển",
        "Tàu dịch vụ cấp đá, nhiên liệu và thu mua sản phẩm cho cụm tàu khai thác, giúp tàu con ở lại ngư trường lâu hơn và cá về bờ nhanh. "
        "Tư vấn tổ chức tổ đội và thiết kế tàu.",
    ),
    (
        "iUo098",
        "en",
        "fao_ice",
        "Shore-based block and flake ice plant for fishing ports",
        "Ice plants of 20-100 tonnes per day with ammonia-free refrigerant, insulated ice store and crushing for loading boats. "
        "Design, supply and commissioning.",
    ),
    # --- food processing and packaging ---
    (
        "iUo099",
        "vi",
        "ocop_khocaloc",
        "Máy sấy năng lượng mặt trời kết hợp điện cho khô cá, tôm khô",
        "Nhà sấy mái kính có quạt và điện trở dự phòng, sấy khô cá lóc, khô cá sặc sạch ruồi, không phụ thuộc trời mưa. "
        "Năng suất 200-500 kg/mẻ.",
    ),
    (
        "iUo100",
        "en",
        "ocop_khocaloc",
        "Heat-pump dryer for dried fish, shrimp and fruit",
        "Closed-loop heat-pump dryers dry at 40-55 degrees with low energy use, giving hygienic, evenly dried products "
        "regardless of weather. Capacity 100-1,000 kg per batch.",
    ),
    (
        "iUo101",
        "vi",
        "ocop_khocaloc",
        "Máy đóng gói hút chân không và hàn miệng túi cho cơ sở nhỏ",
        "Máy hút chân không buồng đôi, máy hàn miệng túi liên tục và túi nhiều lớp, giúp khô cá, tôm khô, lạp xưởng giữ lâu, đẹp khi trưng bày siêu thị. Cung cấp máy, túi và hướng dẫn chọn độ dày túi theo sản phẩm.",
    ),
    (
        "iUo102",
        "en",
        "ocop_vinhlong98",
        "Retort pouch sterilisation for shelf-stable ready-to-eat dishes",
        "Braised fish, fermented fish paste and local dishes are sealed in retort pouches and sterilised at 121 degrees, "
        "keeping 12 months without refrigeration. Process validation and small retort supplied.",
    ),
    (
        "iUo103",
        "vi",
        "ocop_vinhlong98",
        "Công nghệ lên men nhanh nước mắm, mắm cá bằng enzyme",
        "Bổ sung enzyme và kiểm soát nhiệt độ rút ngắn thời gian ủ chượp, giữ hương vị đặc trưng, đạt chỉ tiêu đạm. Chuyển giao quy trình.",
    ),
    (
        "iUo104",
        "en",
        "ocop_vinhlong98",
        "HACCP and ISO 22000 implementation for small food plants",
        "Consultants map hazards, write procedures, train staff and accompany the certification audit so products can be "
        "listed in supermarkets and exported. Fees are scaled for household businesses and cooperatives.",
    ),
    (
        "iUo105",
        "vi",
        "ocop_vnanet",
        "Kiểm nghiệm an toàn thực phẩm và xác định hạn sử dụng",
        "Phòng thí nghiệm kiểm nghiệm vi sinh, kim loại nặng, dinh dưỡng và thử nghiệm lão hóa cấp tốc để xác định hạn sử dụng, cấp phiếu kết quả cho hồ sơ công bố. Lấy mẫu tận nơi, trả kết quả trong 5-10 ngày làm việc.",
    ),
    (
        "iUo106",
        "en",
        "ocop_vinhlong98",
        "Rice noodle (bun, hu tieu) extrusion line",
        "A compact line soaks, grinds, gelatinises and extrudes rice dough into fresh or dried noodles, 100-300 kg per hour, "
        "with hygienic stainless equipment. Recipes, layout and hygiene procedures are transferred with the equipment.",
    ),
    (
        "iUo107",
        "vi",
        "ocop_vinhlong98",
        "Máy tráng bánh tráng, bánh phồng tự động",
        "Dây chuyền tráng, hấp và sấy bánh tráng liên tục, thay tráng tay, năng suất 1.000-3.000 bánh/giờ. Lắp đặt tại cơ sở và hướng dẫn pha bột, vận hành.",
    ),
    (
        "iUo108",
        "en",
        "ocop_khocaloc",
        "Natural preservatives replacing borax in fresh noodles and meat products",
        "Food-grade preservative blends from chitosan, organic acids and plant extracts extend the shelf life of fresh rice "
        "noodles, rolls and sausages without banned borax. Formulation and testing support.",
    ),
    # --- rural water and sanitation ---
    (
        "iUo109",
        "vi",
        "water_vnexpress",
        "Hệ thống lọc RO dùng năng lượng mặt trời cấp nước uống vùng hạn mặn",
        "Cụm tấm pin cấp điện cho bơm và màng lọc RO khử mặn nước lợ, công suất 500-1.000 lít/giờ, vận hành được nơi không có điện lưới. "
        "Lắp đặt tại trường học, trạm y tế, cụm dân cư và đào tạo người vận hành.",
    ),
    (
        "iUo110",
        "en",
        "water_nhandan",
        "Household rainwater harvesting tanks with first-flush diverter",
        "Stainless or composite tanks of 2-5 m3 with gutters, first-flush diverter and a small UV lamp store clean rainwater for "
        "the dry season. Installation and maintenance advice.",
    ),
    (
        "iUo111",
        "vi",
        "water_nhandan",
        "Bộ lọc nước nhiễm phèn, sắt cho giếng khoan hộ gia đình",
        "Giàn mưa làm thoáng kết hợp cột lọc cát mangan và than hoạt tính, khử sắt, mùi tanh và màu vàng của nước giếng. "
        "Lắp đặt tại nhà, thay vật liệu lọc định kỳ.",
    ),
    (
        "iUo112",
        "en",
        "water_vkist",
        "Containerised treatment unit for commune water supply plants",
        "A packaged unit with coagulation, settling, filtration and chlorination treats turbid river water to national "
        "drinking standards at 10-50 m3 per hour, replacing worn-out commune plants. Installation, commissioning and operator training are included.",
    ),
    (
        "iUo113",
        "vi",
        "sanit_kiengiang",
        "Nhà vệ sinh tự hoại cải tiến cho vùng đất thấp, ngập triều",
        "Bể tự hoại composite đặt nổi, nền nhà tiêu nâng cao và bãi thấm cát phía sau, không bị tràn khi triều cường, thay cầu tiêu ao cá. "
        "Thiết kế mẫu và hướng dẫn thi công.",
    ),
    (
        "iUo114",
        "en",
        "sanit_kiengiang",
        "Double-vault composting toilet for high water-table areas",
        "A raised double-vault toilet separates urine and dries faeces into safe compost, suitable where groundwater is near "
        "the surface and septic tanks fail. Designs and mason training.",
    ),
    (
        "iUo115",
        "vi",
        "water_vwsa",
        "Túi, bồn chứa nước ngọt dự trữ mùa khô cho hộ gia đình",
        "Túi chứa nước bằng vải bạt HDPE 5-20 m3 và bồn composite trữ nước ngọt khi có nguồn, dùng trong mùa hạn mặn. Giao tận nhà và hướng dẫn vệ sinh.",
    ),
    (
        "iUo116",
        "en",
        "water_vwsa",
        "Smart water meters and leak detection for rural water plants",
        "Remote-read meters and pressure loggers on the network identify leaks and illegal connections and automate "
        "billing, cutting non-revenue water. The package includes meters, software and training for the billing clerk.",
    ),
    (
        "iUo117",
        "vi",
        "sanit_kiengiang",
        "Xử lý nước thải sinh hoạt phân tán bằng bãi lọc trồng cây",
        "Bãi lọc ngầm trồng sậy, cỏ nến xử lý nước thải sinh hoạt cụm dân cư, chi phí vận hành thấp. Thiết kế theo số hộ, hướng dẫn thi công bằng vật liệu địa phương.",
    ),
    (
        "iUo118",
        "en",
        "water_vkist",
        "Chlorine dosing pumps and residual chlorine test kits for small water plants",
        "Dosing pumps keep chlorine steady and simple test kits let operators check residual chlorine daily at taps. Supplied with a daily log sheet and operator training.",
    ),
    (
        "iUo119",
        "vi",
        "sanit_kiengiang",
        "Mô hình phân loại và ủ rác hữu cơ tại hộ gia đình nông thôn",
        "Thùng ủ rác có chế phẩm vi sinh biến rác bếp thành phân bón cho vườn, giảm rác phải thu gom. Cung cấp thùng và tập huấn.",
    ),
    # --- renewable energy ---
    (
        "iUo120",
        "en",
        "wind_travinh",
        "Rooftop solar PV for processing workshops and cooperatives",
        "Rooftop systems of 20-500 kWp supply daytime power to processing plants, with monitoring and maintenance; the investment "
        "is recovered in 5-6 years. Financing options and grid connection paperwork are handled by the installer.",
    ),
    (
        "iUo121",
        "vi",
        "wind_vinhlong",
        "Bơm nước năng lượng mặt trời cho tưới ruộng và ao nuôi",
        "Bơm chìm, bơm ly tâm chạy trực tiếp bằng pin mặt trời qua biến tần, không cần điện lưới, bơm 5-50 m3/giờ. Khảo sát và lắp đặt.",
    ),
    (
        "iUo122",
        "en",
        "wind_travinh",
        "Biomass boiler fired with coconut husk and rice husk",
        "Boilers and hot-air furnaces burn coconut husk, shell chips or rice husk instead of diesel or firewood for drying and "
        "cooking in food processing, with dust control. Design, supply and commissioning are offered for 0.5-5 tonne per hour steam or hot-air needs.",
    ),
    (
        "iUo123",
        "vi",
        "biogas_ctu",
        "Hầm biogas composite và bếp gas sinh học cho hộ nuôi heo",
        "Hầm biogas composite 7-12 m3 lắp sẵn, thu khí nấu ăn, giảm mùi hôi chuồng trại và nước thải ra kênh. Lắp đặt trong một ngày, bảo hành 5 năm.",
    ),
    (
        "iUo124",
        "en",
        "wind_vinhlong",
        "Solar-powered aerators and hybrid power for shrimp ponds",
        "Solar arrays with grid backup power paddle-wheel aerators and pumps in shrimp farms, lowering electricity bills. Sizing is based on the number of aerators and daily operating hours.",
    ),
    (
        "iUo125",
        "vi",
        "wind_travinh",
        "Đèn đường LED năng lượng mặt trời cho đường nông thôn",
        "Đèn LED tích hợp pin mặt trời và pin lưu trữ, tự bật tắt, không cần kéo điện, lắp cho đường ấp, cầu kênh. Cột cao 6-8 m, bảo hành 3 năm, lắp đặt trọn gói.",
    ),
    (
        "iUo126",
        "en",
        "wind_vinhlong",
        "Energy audit and efficiency retrofits for ice plants and cold stores",
        "Engineers audit compressors, insulation and motors, then install variable-speed drives and better controls, saving "
        "15-30 percent of electricity. Savings are measured before and after the retrofit.",
    ),
    (
        "iUo127",
        "vi",
        "wind_travinh",
        "Điện mặt trời có pin lưu trữ cho trạm bơm vùng xa",
        "Điện mặt trời độc lập kèm pin lưu trữ cấp điện cho bơm, quạt và chiếu sáng ở nơi chưa có lưới điện. Thiết kế theo tải.",
    ),
    (
        "iUo128",
        "en",
        "wind_travinh",
        "Small wind turbines of 1-5 kW for coastal households and farms",
        "Small turbines with batteries supply power to coastal homes and farms where sea winds are steady. Site wind measurement, installation and maintenance are included.",
    ),
    (
        "iUo129",
        "vi",
        "wind_vinhlong",
        "Tư vấn lập dự án điện mặt trời áp mái và thủ tục đấu nối",
        "Khảo sát mái, tính sản lượng, thiết kế và làm thủ tục đấu nối với điện lực cho doanh nghiệp, cơ sở sản xuất muốn giảm tiền điện. Hỗ trợ tìm phương án tài chính và giám sát thi công.",
    ),
    # --- medicinal herbs and functional foods ---
    (
        "iUo130",
        "vi",
        "herb_dinhlang",
        "Quy trình sản xuất trà túi lọc đinh lăng",
        "Thu hái lá, cành đinh lăng, sao, sấy, nghiền và đóng túi lọc, đảm bảo vệ sinh và hương vị. Chuyển giao quy trình, máy đóng túi và hướng dẫn công bố.",
    ),
    (
        "iUo131",
        "en",
        "herb_quangtri",
        "Instant herbal tea powder by vacuum extraction and drying",
        "Herbs are extracted under vacuum and the extract dried into a powder that dissolves instantly, keeping active compounds. "
        "Technology transferred for local herbs with formulation support.",
    ),
    (
        "iUo132",
        "vi",
        "herb_soctrang",
        "Chưng cất tinh dầu sả, tinh dầu vỏ bưởi bằng hơi nước",
        "Nồi chưng cất inox 100-500 lít dùng hơi nước, thu tinh dầu sả, vỏ bưởi, tràm đạt chất lượng. Chuyển giao thiết bị và quy trình.",
    ),
    (
        "iUo133",
        "en",
        "herb_strategy",
        "GACP-WHO cultivation protocol for medicinal plants",
        "Growing, harvesting and post-harvest procedures for medicinal plants following GACP-WHO, so growers can sell to "
        "pharmaceutical companies. Training and documentation support.",
    ),
    (
        "iUo134",
        "vi",
        "herb_soctrang",
        "Bột rau má sấy lạnh và nước rau má đóng chai",
        "Rau má được rửa, chần, sấy lạnh và nghiền mịn giữ màu xanh, hoặc ép làm nước đóng chai thanh trùng. Chuyển giao quy trình và thiết bị.",
    ),
    (
        "iUo135",
        "en",
        "herb_quangtri",
        "Turmeric starch and curcumin powder processing",
        "Fresh turmeric is washed, ground and separated into turmeric starch, and curcumin is extracted into a fine powder for "
        "functional foods. Equipment and process transferred.",
    ),
    (
        "iUo136",
        "vi",
        "herb_strategy",
        "Tư vấn hồ sơ công bố thực phẩm bảo vệ sức khỏe từ dược liệu",
        "Hỗ trợ kiểm nghiệm hoạt chất, chứng minh công dụng và làm hồ sơ công bố thực phẩm bảo vệ sức khỏe, nhãn sản phẩm đúng quy định. Hỗ trợ đến khi có giấy tiếp nhận công bố.",
    ),
    (
        "iUo137",
        "en",
        "herb_soctrang",
        "Noni fruit juice fermentation and capsules",
        "Noni fruit is fermented and filtered into juice or dried and encapsulated, with hygiene control. Process transferred.",
    ),
    (
        "iUo138",
        "vi",
        "herb_quangtri",
        "Sấy dược liệu bằng máy sấy bơm nhiệt giữ hoạt chất",
        "Máy sấy bơm nhiệt nhiệt độ thấp cho lá, củ dược liệu giữ màu và hoạt chất, năng suất 50-300 kg/mẻ. Cung cấp máy và hướng dẫn chế độ sấy cho từng loại dược liệu.",
    ),
    (
        "iUo139",
        "en",
        "herb_soctrang",
        "Gac fruit oil extraction and softgel encapsulation",
        "Gac aril is dried and pressed for oil rich in beta-carotene and lycopene, then encapsulated. Process transferred.",
    ),
    (
        "iUo140",
        "vi",
        "herb_strategy",
        "Nhân giống cây dược liệu sạch bệnh bằng nuôi cấy mô",
        "Cung cấp cây giống đinh lăng, nghệ, gừng nuôi cấy mô sạch bệnh, đồng đều, kèm quy trình trồng. Hướng dẫn ra cây, ươm và trồng ngoài đồng.",
    ),
    # --- handicraft and OCOP ---
    (
        "iUo141",
        "en",
        "ocop_ntt",
        "Brand identity and packaging design for OCOP products",
        "Designers create logos, labels and gift boxes for local specialties, combining regional identity with modern design, and "
        "prepare print-ready files and label content that meets regulations. Small print runs can be arranged with local printers.",
    ),
    (
        "iUo142",
        "vi",
        "ocop_vnanet",
        "Thiết kế hộp quà, giỏ quà từ vật liệu thân thiện môi trường",
        "Thiết kế và sản xuất giỏ quà, hộp quà từ lục bình, tre, xơ dừa cho sản phẩm OCOP và quà Tết, số lượng nhỏ. Nhận đặt hàng theo mẫu riêng của từng cơ sở.",
    ),
    (
        "iUo143",
        "en",
        "ocop_vnanet",
        "Trademark, collective mark and geographical indication registration",
        "Lawyers search and file trademarks, collective marks and geographical indications for local products and advise on "
        "enforcement against copycats. The fee covers search, filing and follow-up until the certificate is granted.",
    ),
    (
        "iUo144",
        "vi",
        "ocop_vinhlong98",
        "Tư vấn hoàn thiện hồ sơ và nâng hạng sao sản phẩm OCOP",
        "Rà soát tiêu chí, bổ sung hồ sơ, kiểm nghiệm, câu chuyện sản phẩm và kế hoạch kinh doanh để nâng hạng từ 3 lên 4-5 sao. Đồng hành đến kỳ đánh giá phân hạng của tỉnh.",
    ),
    (
        "iUo145",
        "en",
        "brick_thvl",
        "Improved continuous kiln for bricks and pottery with lower fuel use and smoke",
        "A converted Hoffmann or tunnel kiln fires bricks and terracotta continuously, using 30-40 percent less fuel than "
        "traditional round kilns and cutting smoke. Design and conversion support.",
    ),
    (
        "iUo146",
        "vi",
        "brick_mangthit",
        "Lò nung gốm dùng gas, điện cho gốm mỹ nghệ",
        "Lò gas, lò điện 1-3 m3 nung gốm mỹ nghệ ổn định nhiệt, ít phế phẩm, sạch khói. Cung cấp lò, lắp đặt và hướng dẫn chế độ nung.",
    ),
    (
        "iUo147",
        "en",
        "ocop_ntt",
        "Water hyacinth handicraft: drying, mould treatment and weaving training",
        "Stems are dried, sulphur-free treated against mould and woven into baskets and boxes. Training for women's groups.",
    ),
    (
        "iUo148",
        "vi",
        "ocop_ntt",
        "Xử lý chống mốc, chống mọt cho hàng thủ công lục bình, tre, dừa",
        "Quy trình sấy, ngâm chế phẩm chống mốc an toàn và đóng gói hút ẩm giữ hàng không mốc khi vận chuyển container đường biển. Chuyển giao quy trình và cung cấp chế phẩm.",
    ),
    (
        "iUo149",
        "en",
        "coco_hiephoi",
        "Laser engraving and CNC for coconut shell and wood souvenirs",
        "Laser engravers and small CNC routers make personalised bowls, cups and souvenirs from coconut shell and wood. Machines, design files and operator training are supplied.",
    ),
    (
        "iUo150",
        "vi",
        "ocop_vnanet",
        "Tem truy xuất nguồn gốc QR và tem chống hàng giả",
        "Tem QR mã hóa duy nhất, tem vỡ chống bóc, kết nối hệ thống truy xuất giúp người mua kiểm tra hàng thật. Cung cấp tem, tài khoản quản lý và hướng dẫn dán tem theo lô.",
    ),
    (
        "iUo151",
        "en",
        "ocop_ntt",
        "Product photography and storytelling content for specialty products",
        "Photographers and writers produce images, short videos and product stories for websites, stalls and trade fairs. Content is delivered ready for e-commerce listings.",
    ),
    # --- digital transformation ---
    (
        "iUo152",
        "vi",
        "ecoop",
        "Phần mềm quản lý hợp tác xã trên điện thoại",
        "Quản lý thành viên, vốn góp, vật tư ứng trước, công nợ và sản lượng; xuất báo cáo cho đại hội. Cài đặt và tập huấn.",
    ),
    (
        "iUo153",
        "en",
        "digi_agri",
        "Electronic farm diary with QR traceability",
        "Farmers log planting, spraying and harvest on a phone app; each lot gets a QR code customers scan to see how it was grown. Setup and farmer training are included for groups of growers.",
    ),
    (
        "iUo154",
        "vi",
        "ecom_dest",
        "Đào tạo bán hàng trên sàn thương mại điện tử và livestream cho HTX",
        "Hướng dẫn mở gian hàng, chụp ảnh sản phẩm, livestream, chạy quảng cáo và đóng gói giao hàng. Khóa học 3-5 buổi, học thực hành trên chính sản phẩm của HTX.",
    ),
    (
        "iUo155",
        "en",
        "ecom_vinhlong",
        "Web shop and e-commerce booth setup with e-invoices and cashless payment",
        "We build a shop site and booths on major platforms, connect e-invoicing and QR payments. Product photos and listing texts are prepared with the cooperative.",
    ),
    (
        "iUo156",
        "vi",
        "digi_agri",
        "Hệ thống IoT quan trắc độ ẩm đất, độ mặn và tưới tự động",
        "Cảm biến độ ẩm, độ mặn đất gửi dữ liệu lên điện thoại, tự bật bơm tưới theo ngưỡng. Lắp đặt và bảo hành, dùng được cho rau màu và cây ăn trái.",
    ),
    (
        "iUo157",
        "en",
        "ecom_vinhlong",
        "Digital accounting and e-invoicing package for cooperatives",
        "Cloud accounting with e-invoices, member accounts and tax reports, plus training for the accountant. Data migration from spreadsheets is included.",
    ),
    (
        "iUo158",
        "vi",
        "digi_agri",
        "Bản đồ số vùng nguyên liệu và hỗ trợ cấp mã số vùng trồng",
        "Số hóa ranh thửa bằng GPS, lập bản đồ GIS, hồ sơ nông hộ và hỗ trợ đăng ký mã số vùng trồng cho xuất khẩu. Phối hợp với cơ quan chuyên môn để nộp hồ sơ mã số.",
    ),
    (
        "iUo159",
        "en",
        "ecom_vinhlong",
        "Chatbot for customer orders and farm advice",
        "A chatbot on Zalo and Facebook takes orders, answers product questions and gives basic growing advice. Set up in a week with the cooperative's product list.",
    ),
    (
        "iUo160",
        "vi",
        "ecoop",
        "Phần mềm quản lý kho và đơn hàng cho cơ sở chế biến",
        "Quản lý nguyên liệu nhập, thành phẩm, tồn kho, đơn hàng và giao hàng theo lô, xem trên điện thoại. Cài đặt và hướng dẫn sử dụng tại xưởng.",
    ),
    (
        "iUo161",
        "en",
        "digi_agri",
        "Drone and satellite crop monitoring for rice and coconut areas",
        "Imagery shows crop health, flooding and pest damage across fields and orchards. Reports are sent monthly to cooperatives and extension staff.",
    ),
    (
        "iUo162",
        "vi",
        "ecoop",
        "Đào tạo kỹ năng số cho cán bộ HTX và nông dân",
        "Lớp học về dùng điện thoại, thanh toán số, an toàn thông tin và công cụ làm việc trực tuyến. Tổ chức lớp tại xã, tài liệu bằng tiếng Việt đơn giản.",
    ),
    # --- added providers (second offers on the same problem) ---
    (
        "iUo163",
        "vi",
        "coco_pest",
        "Nhân nuôi và thả ong ký sinh diệt sâu đầu đen hại dừa",
        "Trạm nhân nuôi ong ký sinh Goniozus nephantidis và Bracon hebetor cung cấp ong thả vườn dừa bị sâu đầu đen, kết hợp cắt tỉa, tiêu hủy lá nhiễm. "
        "Hướng dẫn hợp tác xã tự nhân nuôi ong và theo dõi mật độ sâu sau khi thả.",
    ),
    (
        "iUo164",
        "vi",
        "water_vkist",
        "Cải tạo trạm cấp nước nông thôn: bể lắng lamen, lọc nhanh, khử trùng",
        "Khảo sát trạm cấp nước xã đã xuống cấp, lắp bể lắng lamen, bể lọc nhanh trọng lực và hệ châm clo tự động để nước đạt quy chuẩn ăn uống. "
        "Thi công, chạy thử và đào tạo công nhân vận hành.",
    ),
    (
        "iUo165",
        "en",
        "rice_rachlop",
        "Salt-tolerant short-duration rice varieties for coastal fields",
        "Certified seed of rice lines that tolerate 4-6 g/l salinity at seedling and tillering stage, maturing in about 95 days "
        "so the crop escapes the peak of dry-season salt intrusion. Supplied with a sowing calendar and fertiliser advice for saline soils.",
    ),
]
