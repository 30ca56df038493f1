"""Offers of holdout12: (id, language, source key, title, description)."""

OFFERS = [
    # --- coconut husk, coir, coco peat
    (
        "hGo001",
        "vi",
        "coir_vnnews",
        "Máy xe chỉ xơ dừa bán tự động cho hợp tác xã",
        "Bộ máy do một nông dân Càng Long tự thiết kế và cải tiến: đánh tơi xơ dừa rồi xe thành chỉ, thay cho công xe tay. "
        "Một người đứng máy, sản lượng chỉ gấp nhiều lần làm thủ công. Chuyển giao bản vẽ, lắp đặt và hướng dẫn vận hành.",
    ),
    (
        "hGo002",
        "en",
        "coir_ph",
        "Coir decorticating and twining line for geotextile yarn",
        "Village-scale machines that beat dry coconut husks into fibre and dust, clean the fibre and twist it into twine "
        "suitable for weaving coir nets. Developed for coconut farmer groups; package includes layout, training and "
        "operating cost estimates.",
    ),
    (
        "hGo003",
        "vi",
        "coir_mats",
        "Tấm phủ gốc xơ dừa ép keo cao su cho vườn cây ăn trái",
        "Xơ dừa sau khi tách được rải đều trên khung lưới, phun keo cao su non an toàn rồi phơi và cuộn thành tấm 1×2 m, dày "
        "khoảng 3 mm. Tấm dùng che gốc bưởi, sầu riêng thay rơm hay nilon, giữ ẩm và hạn chế cỏ dại, tự phân hủy sau vài mùa.",
    ),
    (
        "hGo004",
        "vi",
        "coir_shell",
        "Quy trình xả mặn, khử chát và ép khối mụn dừa đạt chuẩn xuất khẩu",
        "Mụn dừa được ngâm xả nhiều lần, đệm bằng dung dịch canxi để hạ EC và rửa tanin, sau đó phơi sấy đến ẩm độ yêu cầu "
        "và ép khối 5 kg. Kèm quy trình kiểm tra EC, pH, tỷ lệ xơ để đáp ứng khách hàng làm giá thể nhà kính.",
    ),
    (
        "hGo005",
        "vi",
        "coir_shell",
        "Máy nghiền vỏ dừa tươi tách riêng xơ và mụn",
        "Máy nghiền búa kèm sàng lồng quay xử lý trực tiếp vỏ dừa tươi (kể cả vỏ dừa uống nước), tách thành xơ ngắn và mụn. "
        "Công suất 1–2 tấn vỏ/giờ, phù hợp cơ sở thu gom vỏ dừa muốn bán xơ và mụn thay vì bỏ đống.",
    ),
    (
        "hGo006",
        "en",
        "coir_ph",
        "Coir geotextile nets for riverbank and canal-bank erosion control",
        "Woven coir mesh (400–900 g/m²) pegged on eroding banks holds soil while grasses or mangroves take root, then "
        "decomposes in a few years. Supply of nets, slope design and installation guidance for canals and dykes.",
    ),
    (
        "hGo007",
        "vi",
        "coir_mats",
        "Chậu và bầu ươm cây từ xơ dừa",
        "Xơ dừa trộn keo tự nhiên được ép khuôn thành chậu ươm, bầu ươm và giỏ treo; trồng cả bầu xuống đất không phải tháo "
        "túi nilon. Phù hợp vườn ươm cây giống và cây cảnh, tận dụng xơ ngắn giá thấp.",
    ),
    (
        "hGo008",
        "en",
        "coir_vnnews",
        "Composting coir dust with microbial starter into organic fertiliser",
        "Coir dust left after fibre extraction is mixed with manure and a Trichoderma–Bacillus starter and turned for six "
        "to eight weeks, giving a soil conditioner for vegetables and fruit trees. Recipe, starter supply and training.",
    ),
    # --- coconut food products
    (
        "hGo009",
        "en",
        "cocosugar_pca",
        "Village-scale coconut sap sugar production package",
        "Complete technology for tapping unopened coconut inflorescences, checking sap (pH, Brix), boiling to syrup and "
        "stirring to granules, sieving and drying. Includes quality standards for low-GI coconut sugar, investment and "
        "payback estimates for a farmer group.",
    ),
    (
        "hGo010",
        "en",
        "cocosugar_hose",
        "Closed hose system for collecting coconut sap",
        "Flexible hoses fitted to cut inflorescences carry sap by gravity to a central covered tank, cutting the number of "
        "climbs, keeping out rain, insects and dust and slowing fermentation, so more sap arrives sweet at the boiling shed.",
    ),
    (
        "hGo011",
        "en",
        "toddy",
        "Coconut nectar syrup and sap vinegar processing",
        "Fresh toddy is boiled at once to stop fermentation, then concentrated to a syrup (coco nectar) or deliberately "
        "fermented to natural vinegar. Step-by-step process, hygiene rules and bottling advice for small processors.",
    ),
    (
        "hGo012",
        "vi",
        "cocowater_fao",
        "Quy trình đóng chai nước dừa tươi bảo quản lạnh",
        "Hướng dẫn của FAO cho cơ sở nhỏ: chọn trái, vệ sinh vỏ, lấy nước trong điều kiện sạch, lọc thô, làm lạnh nhanh và "
        "đóng chai, giữ ở 0–4 °C được 10 ngày đến 3 tuần mà vẫn giữ vị tươi. Kèm các điểm kiểm soát an toàn thực phẩm.",
    ),
    (
        "hGo013",
        "en",
        "cocowater_shelf",
        "Heat processing of coconut water: pasteurisation, UHT and pink-colour control",
        "Process design for packaged coconut water: pasteurisation for chilled products, UHT with aseptic filling for "
        "ambient shelf life, and measures against pinking and browning caused by enzymes and oxygen.",
    ),
    (
        "hGo014",
        "en",
        "vco_fao",
        "Virgin coconut oil by natural fermentation for micro enterprises",
        "FAO manual method: fresh coconut milk is left to separate into curd, oil and water, the oil layer is drawn off, "
        "gently dried and filtered. Low investment, clear oil with coconut aroma, includes quality and moisture checks.",
    ),
    (
        "hGo015",
        "vi",
        "vco_methods",
        "Dây chuyền dầu dừa tinh khiết ép lạnh và ly tâm",
        "Cơm dừa tươi được xay, ép lấy nước cốt rồi tách dầu bằng máy ly tâm, không dùng nhiệt cao và hóa chất; dầu trong, "
        "axit béo tự do thấp. Chuyển giao thiết bị cho cơ sở 200–500 kg dừa/ngày.",
    ),
    (
        "hGo016",
        "vi",
        "coco_dryer",
        "Máy sấy rung tầng sôi cho cơm dừa nạo sấy",
        "Cơm dừa nạo được sấy trên sàn rung với luồng khí nóng thổi từ dưới lên, hạt đảo đều nên khô đồng đều, không cháy "
        "mép, giữ màu trắng. Điều khiển nhiệt độ tự động, năng suất 500–1.000 kg/giờ cho nhà máy dừa sấy.",
    ),
    (
        "hGo017",
        "en",
        "coir_shell",
        "Coconut shell charcoal and activated carbon kiln",
        "Low-smoke carbonisation kiln turning coconut shells into charcoal, with an optional steam activation unit to make "
        "activated carbon for water filters. Offered as turnkey plant with emission control.",
    ),
    (
        "hGo018",
        "vi",
        "cocowater_bottle",
        "Sản xuất thạch dừa từ nước dừa già",
        "Nước dừa già phế phẩm của cơ sở làm cơm dừa, kẹo dừa được bổ sung đường, chỉnh pH rồi lên men bằng vi khuẩn "
        "Acetobacter thành tấm thạch dừa; cắt hạt, rửa chua, đóng gói. Chuyển giao giống và quy trình.",
    ),
    (
        "hGo019",
        "en",
        "cocowater_bottle",
        "Trimmed young coconut with anti-browning treatment for export",
        "Green coconuts are trimmed into a 'diamond' shape, dipped in an approved anti-browning solution, wrapped and kept "
        "cold, staying white for several weeks of sea freight.",
    ),
    # --- coconut pests
    (
        "hGo020",
        "vi",
        "bhc_2lua",
        "Nhân nuôi và thả ong ký sinh trị sâu đầu đen hại dừa",
        "Sâu đầu đen ăn mặt dưới lá làm tàu dừa khô xơ xác. Chuyển giao quy trình nhân nuôi ong ký sinh Goniozus trên ký chủ "
        "thay thế và thả định kỳ trong vườn, kết hợp cắt tỉa tàu lá bị hại; không phun thuốc để bảo vệ thiên địch.",
    ),
    (
        "hGo021",
        "en",
        "bhc_mobiagri",
        "Integrated control of coconut black-headed caterpillar",
        "Area-wide programme for Opisina arenosella outbreaks: cutting and burning infested fronds, Bt sprays on lower "
        "leaves, trunk injection where allowed, and releases of larval parasitoids; monitoring sheets for extension staff.",
    ),
    (
        "hGo022",
        "vi",
        "bhc_travinh",
        "Chế phẩm nấm xanh Metarhizium trừ bọ cánh cứng và đuông hại dừa",
        "Nấm xanh được nhân sinh khối trên gạo, rải vào nách lá, đống phân mục và bẫy để làm chết bọ dừa cánh cứng và ấu trùng "
        "đuông. An toàn cho người và ong; cung cấp chế phẩm và hướng dẫn sử dụng.",
    ),
    (
        "hGo023",
        "en",
        "coconut_borer",
        "Pheromone traps for rhinoceros beetle and red palm weevil",
        "Bucket traps with aggregation pheromone lures placed every few hectares catch adult beetles and weevils before they "
        "bore into crowns and trunks; lure supply, trap design and monitoring protocol.",
    ),
    (
        "hGo024",
        "vi",
        "coconut_borer",
        "Phòng trừ sâu đục trái dừa non",
        "Sâu non đục quanh cuống trái dừa 1–4 tháng tuổi, ăn phần xơ mềm làm trái non rụng hàng loạt, dễ lầm với rụng sinh lý. "
        "Quy trình nhận diện vết đục có phân, vệ sinh buồng, dùng chế phẩm sinh học và bẫy đèn.",
    ),
    (
        "hGo025",
        "en",
        "drone_vnnet",
        "Drone spraying service for tall coconut and fruit tree canopies",
        "Heavy-lift drones spray biological products directly onto the crowns of tall palms where hand sprayers cannot "
        "reach, covering several hectares per day; operated by licensed pilots.",
    ),
    # --- rice, salinity
    (
        "hGo026",
        "vi",
        "rice_salt",
        "Giống lúa ngắn ngày chịu mặn cho vùng ven biển",
        "Bộ giống lúa chịu mặn 3–4‰ ở giai đoạn mạ, thời gian sinh trưởng 95–100 ngày, gạo trắng mềm, kháng đạo ôn khá. "
        "Cung cấp giống xác nhận và hướng dẫn lịch xuống giống né mặn.",
    ),
    (
        "hGo027",
        "en",
        "rice_salt",
        "Salt-tolerant rice varieties for coastal and rice–shrimp fields",
        "Short-duration rice lines that tolerate around 4 ppt salinity at seedling stage, for fields where seawater intrudes "
        "in the dry season or where shrimp is raised; seed, field trials and planting calendar.",
    ),
    (
        "hGo028",
        "vi",
        "salt_soil",
        "Gói kỹ thuật phục hồi đất lúa bị nhiễm mặn",
        "Kết hợp phân bón chậm tan, chất cải tạo đất và vùi phụ phẩm hữu cơ để tăng chất hữu cơ, ổn định pH và giảm Na+ trong "
        "đất lúa bị mặn hóa; mô hình diện rộng cho lợi nhuận cao hơn canh tác thông thường.",
    ),
    (
        "hGo029",
        "en",
        "vungliem_salt",
        "Salinity early-warning service for farmers by SMS and app",
        "Conductivity sensors on main canals report every hour; when salinity passes crop thresholds farmers receive "
        "messages telling them to close intakes or delay pumping. Includes dashboard for district officers.",
    ),
    (
        "hGo030",
        "vi",
        "vungliem_salt",
        "Trạm đo mặn tự động trên kênh và bản tin qua Zalo",
        "Trạm đo độ mặn năng lượng mặt trời lắp tại cống, kênh chính, số liệu truyền về máy chủ và gửi bản tin qua Zalo cho "
        "tổ hợp tác để chủ động lấy nước ngọt tưới lúa, màu và cây ăn trái.",
    ),
    (
        "hGo031",
        "en",
        "salt_soil",
        "Gypsum and organic amendments for sodic paddy soils",
        "Field recommendation for salt-affected rice soils: gypsum to replace sodium, flushing with fresh water when "
        "available and organic matter to rebuild structure; soil testing and dose calculation service.",
    ),
    (
        "hGo032",
        "en",
        "drone_sggp",
        "Agricultural drone for rice spraying, seeding and fertilising",
        "Autonomous drone mapped by phone app sprays pesticides, broadcasts seed or spreads fertiliser uniformly, raising "
        "labour productivity 15–30 times and keeping workers away from chemicals; sale or hire with pilot.",
    ),
    (
        "hGo033",
        "vi",
        "drone_vnnet",
        "Dịch vụ máy bay không người lái phun thuốc, bón phân cho lúa",
        "Tổ dịch vụ có phi công được đào tạo nhận phun thuốc, bón phân cho lúa, sen, rau màu; 7–10 ha/ngày, giảm lượng thuốc "
        "và nước so với phun tay, nông dân không phải tiếp xúc thuốc.",
    ),
    (
        "hGo034",
        "vi",
        "rice_hakai",
        "Máy sạ hàng kéo tay giảm lượng giống",
        "Máy sạ hàng dạng trống giúp gieo thẳng hàng, giảm lượng giống từ 150–200 xuống 60–80 kg/ha, ruộng thông thoáng ít sâu "
        "bệnh; chế tạo trong nước, giá rẻ.",
    ),
    (
        "hGo035",
        "en",
        "straw_irri",
        "Rice straw baler and collection service",
        "Tractor-drawn round baler collects loose straw after combine harvesting into compact bales that can be stored and "
        "sold to cattle farms and mushroom growers instead of being burnt in the field.",
    ),
    (
        "hGo036",
        "en",
        "rice_hakai",
        "Alternate wetting and drying for irrigated rice",
        "Farmers install a perforated field water tube and irrigate only when water drops 15 cm below the soil surface, "
        "cutting irrigation pumping by a quarter or more and methane emissions without yield loss.",
    ),
    (
        "hGo037",
        "vi",
        "rice_hakai",
        "Bộ kit chẩn đoán sớm bệnh đạo ôn và bản tin cảnh báo",
        "Bẫy bào tử và ứng dụng ghi nhận thời tiết giúp cảnh báo nguy cơ đạo ôn lá, đạo ôn cổ bông trước 5–7 ngày; kèm hướng "
        "dẫn phun đúng lúc để giảm số lần phun thuốc.",
    ),
    # --- rice postharvest and husk
    (
        "hGo038",
        "vi",
        "dryer_sra",
        "Máy sấy lúa đảo chiều gió SRA 4–12 tấn/mẻ đốt trấu",
        "Máy sấy vỉ ngang có đảo chiều không khí nên lúa khô đều trên dưới, không phải đảo tay; lò đốt trấu cấp nhiệt, có thể "
        "kết hợp năng lượng mặt trời. Đã lắp đặt rộng rãi ở ĐBSCL cho lúa, bắp, lúa giống.",
    ),
    (
        "hGo039",
        "en",
        "dryer_tower",
        "Continuous tower dryer 200–300 tonnes per day",
        "Stainless steel tower dryers with cleaning and husk furnace, automatically bringing paddy to 14–15 % moisture for "
        "export milling; for rice companies and collection centres during concentrated harvests.",
    ),
    (
        "hGo040",
        "vi",
        "dryer_khcn",
        "Máy sấy tĩnh vỉ ngang 2–4 tấn/mẻ cho hộ và tổ hợp tác",
        "Mẫu máy sấy vỉ ngang cỡ nhỏ, cơ động, chi phí nhiên liệu thấp, phù hợp tổ hợp tác làm dịch vụ sấy lúa vụ Hè Thu khi "
        "mưa dầm không phơi được.",
    ),
    (
        "hGo041",
        "en",
        "superbag",
        "Hermetic storage bags for rice seed and grain",
        "Gas-tight liner placed inside ordinary sacks keeps moisture constant and lets respiration use up oxygen, killing "
        "weevils without chemicals, keeping seed germination for 12 months and improving head rice recovery.",
    ),
    (
        "hGo042",
        "vi",
        "hermetic_local",
        "Bảo quản lúa giống kín khí bằng thùng phuy, can nhựa sẵn có",
        "Hướng dẫn biến thùng phuy, can nhựa, lu sơn kín thành dụng cụ bảo quản kín: phơi hạt đến 12% ẩm, đổ đầy, đậy kín; "
        "mọt chết do thiếu ôxy, hạt giữ sức nảy mầm mà không cần thuốc.",
    ),
    (
        "hGo043",
        "en",
        "husk_gasifier",
        "Rice husk gasifier power plant for village rice mills",
        "Updraft gasifier converts husk into combustible gas that runs an engine-generator of about 30 kW, enough for a "
        "single-pass mill of 1 t/h, solving husk disposal and replacing purchased electricity or diesel.",
    ),
    (
        "hGo044",
        "vi",
        "husk_stove",
        "Bếp khí hóa trấu có quạt cho hộ gia đình",
        "Bếp đốt trấu theo nguyên lý khí hóa, quạt 12 V, lửa xanh không khói, 1 kg trấu cháy hơn một giờ; dùng nấu ăn và nấu "
        "cám heo, tro trấu dùng cải tạo đất.",
    ),
    (
        "hGo045",
        "en",
        "husk_africarice",
        "Husk-fired parboiling unit producing biochar",
        "Improved parboiling vessel heated by fan-assisted husk gasifier stoves instead of firewood; almost no smoke, large "
        "fuel savings, and the charred husk is kept as biochar for soils.",
    ),
    (
        "hGo046",
        "vi",
        "drying_dbscl",
        "Máy đo ẩm hạt cầm tay và phần mềm quản lý thu mua lúa",
        "Máy đo ẩm độ lúa nhanh kết nối điện thoại, lưu số liệu từng lô mua, tính quy đổi khối lượng theo ẩm độ, giúp thương lái "
        "và hợp tác xã giảm tranh chấp khi cân lúa tươi.",
    ),
    (
        "hGo047",
        "en",
        "straw_irri",
        "Indoor rice-straw mushroom production",
        "Straw is soaked, composted and packed in beds or blocks inside a simple mushroom house where temperature and "
        "humidity are controlled, giving higher and more stable yields than outdoor beds; 45-day cycle.",
    ),
    (
        "hGo048",
        "vi",
        "straw_basket",
        "Trồng nấm rơm trong rổ và nhà màng",
        "Rơm ủ trộn bông vải cho vào rổ nhựa đặt trong nhà màng, mỗi rổ cho khoảng 2,5 kg nấm sau một tuần; tiết kiệm rơm, dễ "
        "chăm sóc, ít sâu bệnh, làm được quanh năm.",
    ),
    (
        "hGo049",
        "vi",
        "straw_soctrang",
        "Chế phẩm Trichoderma ủ rơm thành phân hữu cơ tại ruộng",
        "Phun chế phẩm nấm đối kháng lên rơm sau thu hoạch giúp rơm phân hủy nhanh trong 3–4 tuần, trả lại hữu cơ cho đất, "
        "giảm đốt đồng và mầm bệnh lúa.",
    ),
    (
        "hGo050",
        "en",
        "straw_soctrang",
        "Turning spent mushroom straw into compost",
        "Spent straw from mushroom beds is mixed with manure and a microbial starter to make compost for vegetables and "
        "fruit trees, closing the loop of rice straw use.",
    ),
    # --- shrimp
    (
        "hGo051",
        "en",
        "ahpnd_pubmed",
        "PCR detection of AHPND-causing Vibrio in postlarvae and pond samples",
        "Laboratory service testing shrimp seed, pond water and sediment for the toxin-gene plasmid of Vibrio "
        "parahaemolyticus that causes acute hepatopancreatic necrosis (EMS), using nested PCR for low-level carriers.",
    ),
    (
        "hGo052",
        "vi",
        "ahpnd_fishsite",
        "Xét nghiệm PCR tôm giống: đốm trắng, EHP, hoại tử gan tụy cấp",
        "Phòng xét nghiệm nhận mẫu tôm giống và tôm nuôi, trả kết quả PCR trong ngày cho các bệnh đốm trắng, vi bào tử trùng "
        "EHP, AHPND; tư vấn chọn lô giống sạch bệnh trước khi thả.",
    ),
    (
        "hGo053",
        "en",
        "ahpnd_fishsite",
        "Pond-side LAMP test kit for EHP and AHPND",
        "Portable isothermal amplification kit read by colour change, giving results in about an hour at the farm without "
        "a laboratory; for screening seed lots and sick shrimp.",
    ),
    (
        "hGo054",
        "en",
        "shrimp_2stage",
        "Two-stage whiteleg shrimp culture with covered round nursery tanks",
        "Postlarvae are nursed 25–30 days in lined round tanks with bottom aeration at 500–1,000 per m², then moved to "
        "lined grow-out ponds; allows monthly harvests and reduces early losses.",
    ),
    (
        "hGo055",
        "en",
        "shrimp_pond",
        "Super-intensive lined pond design with central drain",
        "Small round or square ponds (≤1,500 m²) fully lined, with a central sludge pit and siphon to remove waste, moults "
        "and uneaten feed, plus reservoir, treatment and effluent ponds.",
    ),
    (
        "hGo056",
        "vi",
        "shrimp_h2s",
        "Chế phẩm vi sinh xử lý đáy ao, khử khí độc H2S, NH3",
        "Tổ hợp Bacillus và vi khuẩn quang hợp phân hủy bùn đáy, thức ăn thừa, giảm khí độc H2S và NH3 trong ao tôm thẻ; hướng "
        "dẫn liều dùng theo mật độ nuôi.",
    ),
    (
        "hGo057",
        "en",
        "shrimp_vietgap",
        "Certification support for shrimp farms: VietGAP, ASC, BAP",
        "Consultants help farms set up settling ponds, seed quarantine, chemical records and effluent monitoring and "
        "prepare audits; certified lots sell directly to processors at a premium.",
    ),
    (
        "hGo058",
        "en",
        "do_gsa",
        "Automatic dissolved-oxygen control of pond aerators",
        "Optical DO probes read continuously and switch paddlewheels on and off, preventing night-time oxygen crashes "
        "without a night watchman and saving power; alarms by phone.",
    ),
    (
        "hGo059",
        "vi",
        "aerator_iot",
        "Hệ thống quan trắc ao nuôi IoT cảnh báo qua điện thoại",
        "Cảm biến đo pH, ôxy hòa tan, nhiệt độ, độ mặn đặt trong ao, số liệu gửi lên ứng dụng, cảnh báo khi vượt ngưỡng và có "
        "thể tự bật quạt nước.",
    ),
    (
        "hGo060",
        "en",
        "aerator_iot",
        "Automatic shrimp feeder with timer control",
        "Hopper feeder casting small rations many times a day on a programmable schedule, reducing labour and feed waste "
        "in intensive shrimp ponds.",
    ),
    (
        "hGo061",
        "vi",
        "shrimp_pond",
        "Ao lắng sinh học nuôi sò, rong câu xử lý nước thải ao tôm",
        "Nước thải ao tôm được dẫn qua ao lắng có sò huyết, rong câu và cá rô phi để lọc chất hữu cơ và dinh dưỡng trước khi "
        "thải hoặc tái sử dụng.",
    ),
    (
        "hGo062",
        "en",
        "shrimp_2stage",
        "Biofloc nursery technology for whiteleg shrimp",
        "Carbon addition (molasses) and strong aeration build bacterial flocs that recycle ammonia and feed the shrimp; "
        "nursery of 30 days with minimal water exchange and better biosecurity.",
    ),
    (
        "hGo063",
        "vi",
        "shrimp_vietgap",
        "Chiết xuất chitin, chitosan từ vỏ đầu tôm",
        "Vỏ đầu tôm từ nhà máy chế biến được khử khoáng, khử protein và deacetyl hóa thành chitosan dùng trong nông nghiệp, "
        "bảo quản thực phẩm, xử lý nước. Chuyển giao quy trình quy mô xưởng.",
    ),
    (
        "hGo064",
        "en",
        "rice_salt",
        "Rice–shrimp rotation guide for coastal fields",
        "Tiger shrimp in the salty dry season, salt leaching with first rains, then a salt-tolerant rice crop; guidance "
        "on dykes, trenches and timing.",
    ),
    # --- prawn, fish
    (
        "hGo065",
        "vi",
        "prawn_travinh",
        "Nuôi tôm càng xanh xen canh trong ruộng lúa vùng ven biển",
        "Sau vụ tôm sú, ruộng rửa mặn cấy lúa và thả tôm càng xanh; tôm ăn lúa rụng và thức ăn tự nhiên, thu hoạch sau lúa "
        "cho thêm lợi nhuận. Hướng dẫn đào mương bao, mật độ thả, cho ăn.",
    ),
    (
        "hGo066",
        "en",
        "prawn_danviet",
        "All-male giant freshwater prawn seed",
        "Hatchery produces all-male Macrobrachium rosenbergii postlarvae, which grow larger and more uniform than mixed "
        "stock, for ponds and rice–prawn fields.",
    ),
    (
        "hGo067",
        "vi",
        "catfish_biofloc",
        "Nuôi cá lóc trong bể bạt biofloc tự động thay nước",
        "Cảm biến độ đục và pH điều khiển bơm xả, cấp nước tự động và hẹn giờ cho ăn; biofloc giảm lượng nước thay, giảm công "
        "chăm sóc, phù hợp hộ ít đất.",
    ),
    (
        "hGo068",
        "en",
        "fish_arduino",
        "Low-cost pond monitor with aerator relay",
        "Microcontroller with pH, DO, temperature and level sensors logs data and switches aerators when oxygen drops at "
        "night; kit and assembly guide for small fish farms.",
    ),
    (
        "hGo069",
        "vi",
        "bsf_betuco",
        "Nuôi trùn quế xử lý phân chuồng",
        "Phân bò, phân heo được ủ sơ rồi cho trùn quế ăn, giảm mùi hôi, thu phân trùn bón rau và trùn làm thức ăn cho gà, vịt, cá.",
    ),
    (
        "hGo070",
        "en",
        "ahpnd_fishsite",
        "Vaccine against bacterial disease in pangasius",
        "Injectable and immersion vaccines against Edwardsiella ictaluri (liver and kidney white spots) for striped "
        "catfish fingerlings, cutting antibiotic use.",
    ),
    (
        "hGo071",
        "vi",
        "shrimp_pond",
        "Ương cua biển giống trong hộp nhựa tuần hoàn",
        "Cua con được ương riêng từng ô trong hệ thống hộp nhựa có nước tuần hoàn, tránh ăn thịt lẫn nhau, nâng tỷ lệ sống.",
    ),
    (
        "hGo072",
        "en",
        "catfish_biofloc",
        "Weaning snakehead onto dry pellet feed",
        "Feeding schedule that moves snakehead fry from trash fish to floating pellets, with formulation tips and "
        "attractants, lowering feed cost and pond pollution.",
    ),
    # --- water and energy
    (
        "hGo073",
        "vi",
        "ro_3t",
        "Máy lọc nước mặn thành nước ngọt RO 300 lít/giờ",
        "Ba cấp lọc thô, lọc tinh 5 micron và màng RO có màng bảo vệ tăng tuổi thọ, nước đạt tiêu chuẩn ăn uống; chi phí vài "
        "chục đồng mỗi lít, cho hộ gia đình, trường học, trạm y tế vùng hạn mặn.",
    ),
    (
        "hGo074",
        "en",
        "ro_vnexpress",
        "Solar-powered RO desalination unit for off-grid villages",
        "Photovoltaic panels drive pumps and membranes so the unit runs without grid power; simple maintenance by a "
        "trained villager.",
    ),
    (
        "hGo075",
        "vi",
        "solar_still",
        "Thiết bị chưng cất nước mặn bằng năng lượng mặt trời",
        "Nước mặn được nắng làm bốc hơi rồi ngưng tụ thành nước ngọt uống được; cấu tạo đơn giản, không dùng điện, hợp hộ gia "
        "đình ven biển.",
    ),
    (
        "hGo076",
        "en",
        "ro_farmer",
        "Brackish-water RO unit 500 L/h for orchard irrigation",
        "Farmer-built membrane system producing fresh water from brackish canal water to save durian and fruit orchards "
        "in the dry season.",
    ),
    (
        "hGo077",
        "vi",
        "ro_vnexpress",
        "Bồn trữ nước mưa có lọc cho hộ gia đình",
        "Bồn composite và lu có nắp, máng thu, bộ loại bỏ nước mưa đầu và lọc cát than, giữ nước sạch cho mùa khô, chống rêu "
        "và lăng quăng.",
    ),
    (
        "hGo078",
        "en",
        "drip_gofarms",
        "Solar water pump for vegetable irrigation",
        "DC solar pump and panels sized for small fields, replacing diesel pumps where there is no grid; optional tank.",
    ),
    (
        "hGo079",
        "vi",
        "biogas_nia",
        "Hầm biogas composite và túi nilon cho hộ chăn nuôi heo",
        "Hầm ủ thu khí từ phân heo, bò dùng nấu ăn, giảm mùi và ô nhiễm; mẫu túi nilon giá rẻ và mẫu composite bền.",
    ),
    (
        "hGo080",
        "en",
        "biogas_rural21",
        "Biogas digester with gas generator for pig farms",
        "Brick or composite digester for farms with dozens of pigs; surplus gas runs a generator for lights, pumps and "
        "fans, slurry used as fertiliser.",
    ),
    (
        "hGo081",
        "en",
        "biogas_fao",
        "Low-cost polyethylene tube biodigester",
        "Plastic tube digester installed in a trench in one day, cheap and easy to repair, providing cooking gas and "
        "treating manure on small farms.",
    ),
    (
        "hGo082",
        "vi",
        "ro_vnexpress",
        "Điện mặt trời áp mái cho trang trại",
        "Lắp tấm pin trên mái chuồng trại, nhà kho để tự dùng điện cho máy bơm, quạt, đèn; tư vấn công suất, thời gian hoàn vốn.",
    ),
    (
        "hGo083",
        "en",
        "ro_vnexpress",
        "Community water kiosk with UV disinfection",
        "Treated water sold by prepaid card at a village kiosk; sand filtration, membrane and UV, operated by a local group.",
    ),
    # --- fruit and vegetables
    (
        "hGo084",
        "vi",
        "fruitfly_pomelo",
        "Phòng trừ ruồi vàng hại bưởi bằng bả protein và bao trái",
        "Phun bả protein điểm theo hàng cây, đặt bẫy dẫn dụ, thu gom trái rụng và bao trái từ khi trái bằng chén cơm, hạn chế "
        "ruồi chích đẻ trứng, không phải phun thuốc gần thu hoạch.",
    ),
    (
        "hGo085",
        "en",
        "fruitfly_mango",
        "Area-wide fruit fly management with methyl eugenol traps",
        "Male-annihilation traps, protein bait spots and orchard sanitation organised over whole communes to lower Bactrocera "
        "populations in mango and citrus, meeting quarantine requirements.",
    ),
    (
        "hGo086",
        "vi",
        "drip_travinh",
        "Tưới thấm và tưới nhỏ giọt cho dưa hấu đất cát giồng",
        "So sánh và chuyển giao hai mô hình tưới tiết kiệm nước cho dưa hấu ở Cầu Ngang, Duyên Hải: giảm công tưới, giảm nước "
        "ngầm khai thác, tăng hiệu quả kỹ thuật.",
    ),
    (
        "hGo087",
        "vi",
        "drip_gofarms",
        "Bộ tưới nhỏ giọt kèm bón phân hẹn giờ cho rau màu",
        "Ống nhỏ giọt, bộ lọc, bình châm phân và bộ hẹn giờ cung cấp nước và phân đến tận gốc, tiết kiệm 30–60% nước, giảm cỏ dại.",
    ),
    (
        "hGo088",
        "vi",
        "drip_gofarms",
        "Nhà màng trồng dưa lưới trên giá thể",
        "Nhà màng khung thép, trồng dưa lưới trong túi giá thể mụn dừa, tưới nhỏ giọt tự động; năng suất cao, ít sâu bệnh.",
    ),
    (
        "hGo089",
        "en",
        "fruitfly_mango",
        "Hot water treatment line for export mango",
        "Fruit is immersed at controlled temperature and time to kill fruit fly eggs and larvae and reduce anthracnose, "
        "then cooled and packed, as required by several import markets.",
    ),
    (
        "hGo090",
        "vi",
        "coco_dryer",
        "Máy sấy năng lượng mặt trời cho trái cây, rau củ",
        "Buồng sấy có tấm thu nhiệt và quạt, sấy xoài, chuối, mít, khổ qua thành sản phẩm sấy dẻo, sạch bụi, tiết kiệm điện.",
    ),
    (
        "hGo091",
        "en",
        "drip_travinh",
        "Peanut digger and thresher for sandy soils",
        "Tractor-mounted digger lifts peanut plants and a thresher strips pods, reducing harvest labour in sandy ridge fields.",
    ),
    (
        "hGo092",
        "vi",
        "drip_gofarms",
        "Kho lạnh mini dùng điện mặt trời cho hợp tác xã rau quả",
        "Phòng lạnh 10–20 m³ cách nhiệt panel, chạy điện mặt trời kết hợp lưới, giữ rau quả tươi lâu hơn vài ngày để chờ giá, "
        "giảm hao hụt.",
    ),
    (
        "hGo093",
        "en",
        "fruitfly_pomelo",
        "Steam distillation of pomelo peel essential oil",
        "Small stainless steel still extracting essential oil from pomelo and citrus peels, turning waste into hair-care and "
        "aroma products.",
    ),
    (
        "hGo094",
        "vi",
        "straw_soctrang",
        "Chế phẩm sinh học Bt, Trichoderma cho rau màu",
        "Chế phẩm vi khuẩn Bt trừ sâu ăn lá và nấm Trichoderma phòng thối rễ, dùng thay thuốc hóa học cho rau ăn lá, dưa, ớt, "
        "bảo đảm thời gian cách ly ngắn.",
    ),
    # --- livestock
    (
        "hGo095",
        "vi",
        "cattle_fatten",
        "Quy trình vỗ béo bò thịt 90 ngày",
        "Chọn bò gầy, tẩy ký sinh trùng, chia nhóm, khẩu phần cỏ, rơm và thức ăn tinh tăng dần, cách cân bò bằng thước dây; "
        "tăng trọng nhanh trước khi bán.",
    ),
    (
        "hGo096",
        "en",
        "cattle_cassava",
        "Low-cost ration with urea-treated rice straw and cassava meal",
        "Rice straw treated with urea and supplemented with cassava meal and green grass raises intake and daily gain of "
        "crossbred cattle; mixing and feeding guide.",
    ),
    (
        "hGo097",
        "en",
        "cattle_travinh",
        "Artificial insemination with Brahman and BBB semen for crossbred cattle",
        "Service network inseminating local Lai Sind cows with frozen semen of beef breeds to produce heavier calves.",
    ),
    (
        "hGo098",
        "en",
        "bsf_echo",
        "Black soldier fly larvae production for poultry and fish feed",
        "Breeding cages, larvae trays and drying to produce protein-rich larvae from kitchen and market waste, partly "
        "replacing fishmeal and soybean meal.",
    ),
    (
        "hGo099",
        "vi",
        "bsf_betuco",
        "Xử lý phân chuồng bằng ấu trùng ruồi lính đen",
        "Ấu trùng ruồi lính đen ăn phân heo, phân gà làm giảm khối lượng và mùi, ngăn ruồi nhà sinh sản; ấu trùng thu làm thức "
        "ăn, bã làm phân bón.",
    ),
    (
        "hGo100",
        "en",
        "biogas_nia",
        "Fermented deep-litter bedding for pig and poultry houses",
        "Bedding of rice husk and sawdust inoculated with microbes digests manure in place, cutting odour and flies and "
        "eliminating wastewater.",
    ),
    (
        "hGo101",
        "vi",
        "cattle_fatten",
        "Vắc xin phòng viêm gan vịt và dịch tả vịt",
        "Cung cấp vắc xin và lịch tiêm cho vịt con, hướng dẫn bảo quản lạnh vắc xin ở nông hộ.",
    ),
    (
        "hGo102",
        "en",
        "cattle_cassava",
        "High-yield forage grasses for cattle",
        "Cuttings of VA06, Mombasa and pangola grass with planting and fertilising schedule, plus tips to conserve surplus "
        "as silage for the dry season.",
    ),
    # --- processing and packaging
    (
        "hGo103",
        "vi",
        "cocowater_bottle",
        "Bao bì khí quyển điều chỉnh cho khô cá, tôm khô",
        "Túi nhiều lớp cản ẩm, cản ôxy kèm gói hút ẩm, gói hút ôxy, kéo dài hạn dùng và chống mốc cho khô cá lóc, tôm khô.",
    ),
    (
        "hGo104",
        "en",
        "cocowater_shelf",
        "Retort pouch processing for ready-to-eat foods",
        "Sterilising sealed pouches in a retort gives shelf-stable fish dishes, curries and coconut milk without "
        "refrigeration; process validation included.",
    ),
    (
        "hGo105",
        "en",
        "coir_shell",
        "Disposable tableware from bagasse and coconut husk pulp",
        "Moulded plates and boxes pressed from plant fibre pulp as a compostable replacement for foam boxes.",
    ),
    (
        "hGo106",
        "en",
        "drying_dbscl",
        "Automatic rice paper and rice noodle production line",
        "Steaming, forming and drying line that replaces sun drying on racks, giving hygienic, uniform products.",
    ),
    (
        "hGo107",
        "vi",
        "shrimp_vietgap",
        "Rút ngắn thời gian ủ chượp nước mắm bằng enzyme",
        "Bổ sung enzyme thủy phân protein và kiểm soát nhiệt độ giúp chượp chín nhanh hơn, vẫn giữ hương vị, tăng độ đạm.",
    ),
    (
        "hGo108",
        "en",
        "cocowater_fao",
        "HACCP and ISO 22000 consulting for small food plants",
        "Gap assessment, hazard analysis, prerequisite programmes and training to certify small processing plants.",
    ),
    # --- digital and traceability
    (
        "hGo109",
        "vi",
        "qr_htx",
        "Nhật ký điện tử và tem QR truy xuất nguồn gốc cho hợp tác xã",
        "Ứng dụng ghi nhật ký sản xuất trên điện thoại, tự sinh tem QR cho từng lô hàng, người mua quét mã xem vùng trồng, "
        "quy trình, ngày thu hoạch.",
    ),
    (
        "hGo110",
        "en",
        "qr_gps",
        "QR traceability platform with GS1 codes for export",
        "Each lot carries a unique QR linked to farm records, processing steps and certificates, meeting importer and "
        "retailer traceability demands.",
    ),
    (
        "hGo111",
        "vi",
        "qr_htx",
        "Hỗ trợ bán nông sản qua sàn thương mại điện tử và livestream",
        "Đào tạo hợp tác xã mở gian hàng trên sàn, chụp ảnh sản phẩm, livestream bán hàng, kết nối đơn vị vận chuyển.",
    ),
    (
        "hGo112",
        "en",
        "aerator_iot",
        "Mobile pond diary app for feed and cost tracking",
        "Farmers log feed, medicines and water parameters per pond and see cost per kilogram of shrimp in real time.",
    ),
    (
        "hGo113",
        "vi",
        "qr_gps",
        "Số hóa bản đồ và cấp mã số vùng trồng",
        "Đo đạc, số hóa ranh giới vườn, lập hồ sơ mã số vùng trồng phục vụ xuất khẩu trái cây.",
    ),
    (
        "hGo114",
        "en",
        "qr_htx",
        "Blockchain traceability for shrimp and fruit supply chains",
        "Immutable records shared by farms, processors and buyers, with consumer-facing QR pages.",
    ),
    # --- more coconut
    (
        "hGo115",
        "vi",
        "bhc_travinh",
        "Nhân giống dừa sáp bằng nuôi cấy phôi",
        "Phôi trái dừa sáp được nuôi cấy trong phòng thí nghiệm để cây con cho tỷ lệ trái sáp rất cao so với trồng bằng trái "
        "thông thường; cung cấp cây giống cho nông dân.",
    ),
    (
        "hGo116",
        "en",
        "coir_vnnews",
        "Mechanical coconut dehusker",
        "Machine that strips husks from mature coconuts, replacing manual spike dehusking and delivering whole husks for "
        "fibre processing.",
    ),
    (
        "hGo117",
        "vi",
        "cocowater_bottle",
        "Máy gọt vỏ dừa tươi tạo hình",
        "Máy gọt dừa xiêm thành hình kim cương hoặc trụ, nhanh gấp nhiều lần gọt tay, phục vụ đóng thùng xuất khẩu.",
    ),
    (
        "hGo118",
        "en",
        "cocowater_shelf",
        "Spray-dried coconut milk powder",
        "Coconut milk is homogenised with carrier and spray dried to a powder with long shelf life.",
    ),
    (
        "hGo119",
        "vi",
        "coir_shell",
        "Than gáo dừa ép viên không khói",
        "Gáo dừa được than hóa, nghiền, trộn chất kết dính tinh bột và ép viên, làm than nướng, than shisha xuất khẩu.",
    ),
    (
        "hGo120",
        "en",
        "drying_dbscl",
        "Rice bran stabilisation by extrusion",
        "Fresh bran is heated briefly in an extruder to inactivate lipase so it does not turn rancid, for feed, oil or food use.",
    ),
    (
        "hGo121",
        "vi",
        "husk_gasifier",
        "Gạch không nung từ tro trấu",
        "Tro trấu từ lò đốt nhà máy xay xát được phối trộn xi măng, cát và ép gạch không nung, giải quyết bãi tro thải.",
    ),
    (
        "hGo122",
        "en",
        "rice_hakai",
        "Drum seeder for row sowing of rice",
        "Plastic drum seeder pulled by hand sows pregerminated seed in rows, lowering seed rate.",
    ),
    (
        "hGo123",
        "vi",
        "rice_hakai",
        "Máy gặt đập liên hợp cỡ nhỏ bánh xích cho ruộng lún",
        "Máy gặt cỡ nhỏ, bánh xích rộng, áp lực đất thấp, đi được ruộng lầy và ruộng nhỏ mà máy lớn không vào được.",
    ),
    (
        "hGo124",
        "en",
        "rice_hakai",
        "Light traps and forecasting for brown planthopper",
        "Light traps counted daily guide sowing 'escape' dates and spraying decisions against planthopper.",
    ),
    (
        "hGo125",
        "en",
        "aerator_iot",
        "Solar-powered automatic feeder for shrimp ponds",
        "Feeder with its own panel and battery, scheduled through a phone app, feeding even when grid power fails.",
    ),
    (
        "hGo126",
        "en",
        "aerator_iot",
        "Energy-saving paddlewheel aerator with inverter motor",
        "Permanent magnet motor and inverter adjust speed to oxygen demand, cutting aeration electricity by up to a third.",
    ),
    (
        "hGo127",
        "vi",
        "ahpnd_fishsite",
        "Thảo dược và men vi sinh phòng bệnh vi bào tử trùng EHP",
        "Hỗn hợp thảo dược và men vi sinh trộn thức ăn giúp tôm cải thiện gan tụy, giảm phân trắng, chậm lớn do EHP.",
    ),
    (
        "hGo128",
        "en",
        "shrimp_vietgap",
        "IQF freezing and glazing line for shrimp",
        "Individual quick freezing tunnel and glazing for export shrimp, reducing drip loss.",
    ),
    (
        "hGo129",
        "vi",
        "shrimp_vietgap",
        "Bột đạm thủy phân từ đầu tôm",
        "Đầu tôm được thủy phân bằng enzyme, sấy thành bột đạm làm thức ăn thủy sản và phân bón lá.",
    ),
    (
        "hGo130",
        "vi",
        "coco_dryer",
        "Nhà sấy năng lượng mặt trời cho khô cá",
        "Nhà sấy mái nhựa trong, quạt hút, phơi khô cá lóc, cá sặc sạch ruồi bụi, khô nhanh và đều hơn phơi sân.",
    ),
    (
        "hGo131",
        "vi",
        "catfish_biofloc",
        "Hệ thống nuôi cá tuần hoàn RAS quy mô hộ",
        "Bể nuôi kèm bể lắng, lọc sinh học và bơm tuần hoàn, tái sử dụng hơn 90% nước, nuôi mật độ cao, ít phải thay nước.",
    ),
    (
        "hGo132",
        "en",
        "shrimp_pond",
        "Gracilaria seaweed co-culture in shrimp ponds",
        "Seaweed grown in ponds and canals absorbs nutrients, improves water quality and gives an extra product.",
    ),
    (
        "hGo133",
        "vi",
        "shrimp_vietgap",
        "Xử lý nước thải chế biến thủy sản bằng công nghệ MBBR",
        "Bể sinh học giá thể di động xử lý nước thải nhà máy chế biến tôm, cá đạt quy chuẩn xả thải, diện tích nhỏ.",
    ),
    (
        "hGo134",
        "en",
        "ro_vnexpress",
        "Wind–solar hybrid power for coastal aquaculture",
        "Small wind turbine and solar array with batteries supply aerators and pumps on remote coastal farms.",
    ),
    (
        "hGo135",
        "en",
        "aerator_iot",
        "Solar PV system sized for pond aerators",
        "Panels and inverter designed to run daytime aeration and feeders, lowering electricity bills of shrimp farms.",
    ),
    (
        "hGo136",
        "en",
        "vungliem_salt",
        "Automated sluice gates for salinity control",
        "Sensor-driven gates close when salinity rises and open for fresh water, replacing manual operation.",
    ),
    (
        "hGo137",
        "en",
        "fruitfly_pomelo",
        "Certified greening-free citrus and pomelo seedlings",
        "Nursery under insect-proof screen producing HLB-tested grafted seedlings.",
    ),
    (
        "hGo138",
        "vi",
        "fruitfly_pomelo",
        "Xử lý ra hoa nghịch vụ cho bưởi",
        "Kỹ thuật siết nước, bón phân, khoanh cành để bưởi ra hoa đúng thời điểm, thu hoạch dịp Tết giá cao.",
    ),
    (
        "hGo139",
        "vi",
        "drip_gofarms",
        "Nhà lưới trồng rau chống côn trùng",
        "Nhà lưới 32–50 mesh ngăn bướm, bọ trĩ, giảm phun thuốc cho rau ăn lá và ớt.",
    ),
    (
        "hGo140",
        "vi",
        "drip_travinh",
        "Máy tách vỏ đậu phộng",
        "Máy tách vỏ đậu phộng năng suất 300–500 kg/giờ, ít bể hạt.",
    ),
    (
        "hGo141",
        "vi",
        "coir_shell",
        "Trồng rau thủy canh trên giá thể mụn dừa",
        "Hệ thống máng trồng rau trên giá thể mụn dừa đã xử lý, tưới dung dịch dinh dưỡng tự động.",
    ),
    (
        "hGo142",
        "en",
        "cattle_travinh",
        "Sexed semen for beef cattle breeding",
        "Sexed frozen semen giving mostly male calves for beef fattening.",
    ),
    (
        "hGo143",
        "en",
        "cattle_cassava",
        "Bag silage of grass and maize stover",
        "Chopped grass or stover packed airtight in plastic bags with molasses keeps for months as dry-season cattle feed.",
    ),
    (
        "hGo144",
        "vi",
        "cattle_fatten",
        "Lịch tiêm phòng và bảo quản vắc xin cho gia cầm nông hộ",
        "Lịch vắc xin gà, vịt, hướng dẫn bảo quản lạnh và kỹ thuật tiêm nhỏ mắt.",
    ),
    (
        "hGo145",
        "vi",
        "cattle_fatten",
        "Chuồng bò có hố thu gom phân ủ compost",
        "Thiết kế nền chuồng, rãnh thoát và hố ủ phân bò với chế phẩm vi sinh, giảm mùi và có phân bón.",
    ),
    (
        "hGo146",
        "en",
        "coco_dryer",
        "Vacuum fryer for crispy fruit chips",
        "Low-temperature frying under vacuum makes crispy jackfruit, banana and sweet potato chips keeping natural colour.",
    ),
    (
        "hGo147",
        "vi",
        "cocowater_bottle",
        "Máy đóng gói hút chân không cho khô cá, khô tôm",
        "Máy hút chân không hai buồng, hàn miệng túi, giữ sản phẩm khô không bị ẩm mốc.",
    ),
    (
        "hGo148",
        "en",
        "coir_shell",
        "Moulded coconut-husk fibre trays",
        "Husk fibre pulp pressed into trays and punnets replacing plastic and foam packaging.",
    ),
    (
        "hGo149",
        "vi",
        "qr_gps",
        "Thiết kế nhãn, bao bì và đăng ký mã vạch GS1 cho sản phẩm OCOP",
        "Trọn gói thiết kế nhãn, bao bì, đăng ký mã số mã vạch cho sản phẩm của hợp tác xã.",
    ),
    (
        "hGo150",
        "en",
        "cocowater_fao",
        "Shelf-life testing and nutrition labelling service",
        "Accelerated storage tests, microbiology and nutrition panels to set best-before dates.",
    ),
    (
        "hGo151",
        "vi",
        "vungliem_salt",
        "Ứng dụng dự báo thời tiết và lịch thời vụ cho nông dân",
        "Ứng dụng điện thoại báo mưa, nắng, gió theo xã và khuyến cáo lịch xuống giống, bón phân.",
    ),
    (
        "hGo152",
        "en",
        "rice_hakai",
        "Satellite and drone crop monitoring for rice yield estimation",
        "Satellite imagery combined with drone flights maps crop vigour and estimates yield field by field.",
    ),
    (
        "hGo153",
        "vi",
        "qr_htx",
        "Phần mềm quản lý hợp tác xã",
        "Quản lý thành viên, vốn góp, công nợ vật tư, doanh thu dịch vụ và báo cáo tài chính cho HTX.",
    ),
    (
        "hGo154",
        "en",
        "rice_hakai",
        "Agricultural chatbot in Vietnamese and Khmer",
        "Voice and text assistant answering farmers' technical questions in Vietnamese and Khmer.",
    ),
    (
        "hGo155",
        "en",
        "cocosugar_pca",
        "Energy-efficient evaporator pan with biomass furnace for sap sugar",
        "Multi-pan evaporator heated by a husk and shell furnace cuts fuel use and speeds the boiling of coconut sap.",
    ),
    (
        "hGo156",
        "vi",
        "toddy",
        "Kẹo dừa dùng mật hoa dừa thay đường mía",
        "Công thức kẹo dừa dùng mật hoa dừa cô đặc thay đường mía, chỉ số đường huyết thấp hơn.",
    ),
    (
        "hGo157",
        "en",
        "shrimp_pond",
        "Soft-shell crab production in recirculating boxes",
        "Crabs held individually in boxes and collected just after moulting, sold as soft-shell crab.",
    ),
    (
        "hGo158",
        "en",
        "ahpnd_fishsite",
        "Herbal feed additive for bacterial disease in catfish",
        "Plant extracts mixed into feed improving survival of catfish during disease seasons.",
    ),
    (
        "hGo159",
        "en",
        "coir_ph",
        "Processing old coconut trunks into timber",
        "Sawing, grading and drying senile coconut trunks into flooring, furniture and construction timber.",
    ),
    (
        "hGo160",
        "vi",
        "ro_farmer",
        "Bộ lọc nước giếng khoan nhiễm phèn, sắt",
        "Cột lọc khử sắt, mangan và phèn bằng vật liệu oxy hóa, hết mùi tanh, hết váng vàng.",
    ),
]
