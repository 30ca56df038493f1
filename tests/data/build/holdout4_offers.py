"""Offers of the fourth held-out set (holdout4): (id, language, source key, title, description)."""

OFFERS = [
    # coconut husk, coir
    (
        "h8o001",
        "vi",
        "coir_mat",
        "Dây chuyền nghiền vỏ dừa tươi tách xơ và mụn dừa",
        "Cơ sở cơ khí ở Bến Tre chuyển giao máy nghiền vỏ dừa tươi kèm sàng lồng quay, tách riêng sợi xơ và bột mụn ngay sau khi lột trái. "
        "Xơ được phơi, ép kiện để bán; mụn dừa đóng bao làm giá thể. Phù hợp cơ sở thu mua dừa khô, dừa uống nước có nhiều vỏ tồn đọng.",
    ),
    (
        "h8o002",
        "vi",
        "coir_mat",
        "Thảm xơ dừa phủ gốc cây ăn trái",
        "Xơ dừa được rải đều trên khung lưới, phun keo cao su thiên nhiên rồi phơi và cuộn thành tấm 1 x 2 m, dày khoảng 3 mm. "
        "Tấm thảm dùng phủ quanh gốc bưởi, sầu riêng để giữ ẩm, hạn chế cỏ dại, tự phân hủy sau vài năm, thay cho rơm và màng nilon.",
    ),
    (
        "h8o003",
        "en",
        "coir_apcc",
        "Washed and buffered coco peat for greenhouse growing media",
        "Coir pith is rinsed with fresh water and buffered with a calcium solution to bring electrical conductivity and sodium down to horticultural levels. "
        "The treated peat is dried, compressed into 5 kg blocks or grow bags and tested for EC, pH and tannin before shipping to growers.",
    ),
    (
        "h8o004",
        "en",
        "coir_asia",
        "Coir geotextile nets for riverbank and slope erosion control",
        "Woven coir mesh (400-900 g/m2) is pinned on bare riverbanks, dike slopes and road cuts so that grass and mangrove seedlings can root before the fibre degrades. "
        "Coir's high lignin content gives it several years of outdoor life; rolls can be made from local brown fibre.",
    ),
    (
        "h8o005",
        "vi",
        "coco_products",
        "Xử lý mụn dừa giảm chát và giảm mặn làm giá thể trồng rau",
        "Viện nghiên cứu chuyển giao quy trình ngâm xả mụn dừa nhiều lần bằng nước ngọt và xử lý vôi, canxi để rút tanin và muối. "
        "Mụn sau xử lý đạt EC thấp, phối trộn với phân hữu cơ thành giá thể trồng rau, dưa lưới, hoa kiểng trong nhà màng.",
    ),
    (
        "h8o006",
        "vi",
        "coir_hx",
        "Máy se chỉ xơ dừa bán tự động cho hộ gia đình",
        "Máy se sợi xơ dừa chạy điện một pha, mỗi máy một lao động đứng, năng suất gấp 3-4 lần se tay. "
        "Chỉ xơ dừa dùng đan lưới, dệt thảm xuất khẩu; phù hợp tổ hợp tác nghề xơ dừa ở Trà Vinh, Bến Tre, Sóc Trăng.",
    ),
    (
        "h8o007",
        "vi",
        "coco_products",
        "Sản xuất than hoạt tính từ gáo dừa",
        "Gáo dừa được than hóa trong lò kín rồi hoạt hóa bằng hơi nước ở nhiệt độ cao để tạo than có diện tích bề mặt lớn. "
        "Sản phẩm dùng cho lọc nước, xử lý khí và xuất khẩu; công ty nhận chuyển giao lò hoạt hóa công suất 1-3 tấn/ngày.",
    ),
    # coconut food products
    (
        "h8o008",
        "vi",
        "coco_products",
        "Quy trình sản xuất thạch dừa từ nước dừa già",
        "Nước dừa già thu từ các cơ sở lấy cơm dừa được lọc, bổ sung đường và men giống Acetobacter rồi lên men trên khay 7-10 ngày. "
        "Tấm thạch được cắt hạt, xả chua, nấu với syrup và đóng gói; tận dụng nguồn nước dừa vốn bị đổ bỏ.",
    ),
    (
        "h8o009",
        "en",
        "coco_products",
        "Virgin coconut oil by cold process and centrifugation",
        "Fresh grated kernel is pressed into coconut milk, which is separated by centrifuge without heating to yield clear virgin oil with the natural coconut aroma. "
        "The line suits cooperatives processing 5,000-10,000 nuts per day; oil is filtered and bottled for food and cosmetic buyers.",
    ),
    (
        "h8o010",
        "vi",
        "coco_products",
        "Dầu dừa tinh khiết ép lạnh quy mô hợp tác xã",
        "Cơm dừa tươi nạo, ép lấy nước cốt rồi tách dầu bằng máy ly tâm, không gia nhiệt, giữ mùi thơm tự nhiên. "
        "Dây chuyền 5.000-10.000 trái/ngày, dầu được lọc tinh và đóng chai cho thị trường thực phẩm và mỹ phẩm.",
    ),
    (
        "h8o011",
        "en",
        "coco_sap",
        "Chilled collector for fresh, unfermented coconut sap",
        "An insulated box with ice cubes is fixed around the tapped inflorescence and keeps the sap at 2-3 C for 10-12 hours. "
        "The sap stays sweet, clean and free of insects and does not turn to toddy before collection, so it can be sold as a drink or boiled into sugar.",
    ),
    (
        "h8o012",
        "en",
        "coco_sap_ph",
        "Coconut sugar and syrup from sap: open-pan processing",
        "Freshly tapped sap is boiled in wide cast-iron pans, concentrated to syrup at about 110 C and then stirred until it crystallises into granulated sugar. "
        "The technology package includes tapping, hygiene rules that slow fermentation, and drying and sieving of the sugar.",
    ),
    (
        "h8o013",
        "vi",
        "coco_sap",
        "Thiết bị cô đặc mật hoa dừa chân không nhiệt độ thấp",
        "Nồi cô đặc chân không làm bay hơi nhựa hoa dừa ở 60-70 °C, giữ màu sáng và hương vị, tránh cháy khét như nấu chảo hở. "
        "Thiết bị 200 lít/mẻ, dùng để làm mật hoa dừa và đường hoa dừa cho cơ sở chế biến.",
    ),
    (
        "h8o014",
        "vi",
        "dua_sap_phoi",
        "Cây giống dừa sáp nuôi cấy phôi tỷ lệ trái sáp trên 85 %",
        "Phôi được tách từ trái dừa sáp và nuôi trong ống nghiệm, sau đó thuần dưỡng thành cây giống. "
        "Vườn trồng giống cấy phôi cho tỷ lệ trái sáp từ 85 % trở lên, so với 25-30 % khi trồng cây giống tự nhiên.",
    ),
    (
        "h8o015",
        "en",
        "dua_sap_phoi",
        "Embryo-cultured makapuno (dua sap) coconut seedlings",
        "The university laboratory rescues embryos from makapuno nuts, grows them in vitro and hardens the plantlets in a nursery. "
        "Palms grown from these seedlings give mostly makapuno fruit (over 85 %), against about a quarter for ordinary seedlings, with stable kernel quality.",
    ),
    (
        "h8o016",
        "vi",
        "dua_sap",
        "Chế biến kem và bánh từ cơm dừa sáp, bảo quản đông lạnh",
        "Doanh nghiệp chuyển giao công thức kem dừa sáp, bánh pía nhân dừa sáp và quy trình cấp đông cơm dừa sáp để bán quanh năm. "
        "Phù hợp cơ sở chế biến đặc sản tại Cầu Kè muốn đa dạng sản phẩm.",
    ),
    (
        "h8o017",
        "vi",
        "dua_sap_phoi",
        "Nhân giống dừa bằng nuôi cấy mô và quy trình thâm canh",
        "Quy trình nhân nhanh cây dừa từ mô phát hoa trong phòng thí nghiệm, tạo cây đồng đều về giống. "
        "Kèm hướng dẫn thâm canh vườn dừa trồng bằng cây nuôi cấy mô: mật độ, bón phân, tưới.",
    ),
    (
        "h8o018",
        "en",
        "coco_products",
        "Cold microfiltration bottling of coconut water",
        "Coconut water from young nuts is filtered through ceramic membranes at low temperature instead of heat pasteurisation, keeping fresh taste. "
        "Bottles keep several weeks under refrigeration; the line handles 2,000 litres per shift.",
    ),
    (
        "h8o019",
        "vi",
        "say_tang_soi",
        "Máy sấy rung tầng sôi cho cơm dừa nạo sấy",
        "Cơm dừa nạo được sấy trên sàn rung với dòng khí nóng thổi từ dưới lên, hạt sôi đều nên khô nhanh, không cháy vàng. "
        "Công suất 1-2 tấn sản phẩm/giờ, đạt độ ẩm dưới 3 % để xuất khẩu cơm dừa sấy.",
    ),
    # coconut pests, field work
    (
        "h8o020",
        "vi",
        "ong_ky_sinh",
        "Nhân nuôi và phóng thả ong ký sinh trị bọ cánh cứng hại dừa",
        "Chuyển giao quy trình nuôi ong Asecodes hispinarum trên ấu trùng bọ dừa trong hộp nhựa và lá dừa non, thu xác ấu trùng bị ký sinh để phóng thả ra vườn. "
        "Biện pháp sinh học khống chế bọ cánh cứng trên đọt dừa mà không phải phun thuốc lên ngọn cây cao.",
    ),
    (
        "h8o021",
        "en",
        "ong_ky_sinh",
        "Parasitoid wasps against the coconut hispine beetle",
        "The plant protection centre supplies mummified beetle larvae carrying Asecodes wasps and trains farmers to rear and release them. "
        "The wasps parasitise larvae hidden in young fronds, giving lasting control without climbing or spraying tall palms.",
    ),
    (
        "h8o022",
        "vi",
        "kien_vuong",
        "Bẫy pheromone bắt kiến vương (bọ hung) hại dừa",
        "Bẫy thùng treo mồi pheromone tổng hợp dẫn dụ thành trùng kiến vương đực và cái, đặt 1 bẫy cho 1-2 ha vườn dừa. "
        "Kết hợp vệ sinh thân dừa mục và đống rác để giảm nơi đẻ trứng.",
    ),
    (
        "h8o023",
        "vi",
        "coco_pest",
        "Treo tinh dầu sả xua sâu đục trái dừa",
        "Túi chứa tinh dầu sả treo ở nách buồng dừa tạo mùi xua đuổi ngài sâu đục trái, hạn chế đẻ trứng trên trái non. "
        "Biện pháp lý học rẻ tiền, không để lại dư lượng trên trái.",
    ),
    (
        "h8o024",
        "en",
        "bracon",
        "Release of Bracon hebetor wasps against the black-headed caterpillar",
        "Bracon hebetor parasitoids are mass-reared on laboratory hosts and released monthly in coconut gardens attacked by Opisina arenosella, whose larvae scorch the leaflets. "
        "The service covers release density, release interval and monitoring of leaf damage.",
    ),
    (
        "h8o025",
        "vi",
        "kien_vuong",
        "Nấm xanh Metarhizium xử lý ấu trùng kiến vương trong nơi sinh sản",
        "Chế phẩm nấm xanh rải vào đống phân chuồng, rơm mục, thân dừa mục, nơi kiến vương đẻ trứng, làm ấu trùng nhiễm bệnh và chết. "
        "Giảm mật số kiến vương đục ngọn dừa ở các đợt sau.",
    ),
    # rice varieties
    (
        "h8o026",
        "vi",
        "lua_man",
        "Bộ giống lúa OM chịu mặn 4-6 ‰ cho vùng ven biển",
        "Viện lúa cung cấp giống lúa xác nhận các dòng OM chịu mặn, thời gian sinh trưởng 85-110 ngày, năng suất 6-8 tấn/ha, gạo đạt chuẩn xuất khẩu. "
        "Kèm hướng dẫn gieo sạ cho ruộng bị mặn xâm nhập đầu mùa khô.",
    ),
    (
        "h8o027",
        "en",
        "lua_man",
        "Salinity-tolerance screening service for rice breeding lines",
        "Breeders can send seed of new lines for screening in hydroponic tanks at set salt concentrations, with molecular marker checks for tolerance genes. "
        "The report ranks lines against the international tolerant check.",
    ),
    (
        "h8o028",
        "vi",
        "lua_man",
        "Quy trình sản xuất lúa giống cấp xác nhận tại hợp tác xã",
        "Hướng dẫn HTX tự sản xuất lúa giống xác nhận: chọn ruộng, khử lẫn, thu hoạch, sấy, kiểm nghiệm và đóng bao. "
        "Giúp chủ động nguồn giống đạt chuẩn, giảm chi phí mua giống.",
    ),
    (
        "h8o029",
        "vi",
        "tom_lua",
        "Rửa mặn ruộng tôm trước khi xuống giống lúa",
        "Quy trình trữ nước mưa đầu mùa, xả rửa mặn trên trảng ruộng tôm và kiểm tra độ mặn bằng khúc xạ kế trước khi sạ lúa. "
        "Giúp lúa vụ mùa trong mô hình tôm-lúa không bị chết do mặn tồn dư.",
    ),
    # rice drying and storage
    (
        "h8o030",
        "vi",
        "say_sra",
        "Máy sấy vỉ ngang đảo chiều gió SRA 4-20 tấn/mẻ",
        "Máy sấy tĩnh có đảo chiều không khí giúp hạt khô đều trên dưới mà không cần đảo tay, độ ẩm chênh lệch thấp, ít nứt gãy. "
        "Dùng sấy lúa, bắp, đậu nành; lò đốt trấu cấp nhiệt, có thể kết hợp năng lượng mặt trời.",
    ),
    (
        "h8o031",
        "en",
        "say_sra",
        "Reversible-airflow flat-bed dryer for paddy and seed",
        "The bed dryer reverses the air direction midway, so the grain dries evenly without manual mixing and with little cracking; models hold 4-20 tonnes per batch. "
        "A husk furnace supplies heat; the large models are used for seed paddy and soybean.",
    ),
    (
        "h8o032",
        "vi",
        "say_di_dong",
        "Thiết bị sấy lúa di động đốt trấu không dùng điện",
        "Bồn sấy khung sắt, tre, gỗ đặt được ngay tại ruộng hoặc sân nhà, dùng lò trấu và đối lưu tự nhiên, không cần quạt điện hay máy dầu. "
        "Mỗi mẻ 2 tấn, khoảng 6 giờ, chi phí trấu thấp; một người vận hành.",
    ),
    (
        "h8o033",
        "vi",
        "say_tang_soi",
        "Dây chuyền sấy lúa tầng sôi công suất lớn",
        "Hệ thống sấy tầng sôi dòng đẩy cho nhà máy lương thực, 300-500 tấn lúa/ngày, cấp liệu và tháo liệu tự động. "
        "Rút ngắn thời gian sấy so với sấy tĩnh và sấy tháp, ít nhân công.",
    ),
    (
        "h8o034",
        "en",
        "phoi_say",
        "Hermetic storage bags for paddy and seed",
        "Multi-layer airtight bags hold 50 kg of dried grain; oxygen inside drops within days, which kills insects and stops mould without fumigants. "
        "Grain at 12-14 % moisture keeps germination and milling quality through the rainy season.",
    ),
    (
        "h8o035",
        "en",
        "say_sra",
        "Rice-husk furnace with indirect heat exchanger for grain dryers",
        "A husk furnace with a tube heat exchanger delivers clean hot air to existing bed dryers, so smoke and ash never touch the grain. "
        "Automatic husk feeding cuts fuel use compared with open furnaces.",
    ),
    # rice straw, mushrooms
    (
        "h8o036",
        "vi",
        "rsm_irri",
        "Trồng nấm rơm trong nhà có mái che",
        "Quy trình ủ rơm, đóng mô và trồng nấm rơm trong nhà kín có kệ nhiều tầng, kiểm soát nhiệt độ và độ ẩm. "
        "Năng suất cao và ổn định hơn trồng ngoài đồng, không phụ thuộc mưa nắng, trồng được quanh năm.",
    ),
    (
        "h8o037",
        "en",
        "rsm_irri",
        "Indoor rice-straw mushroom growing",
        "Straw is soaked, composted and stacked on shelves in a closed house where temperature and humidity are kept steady. "
        "Indoor beds give higher and steadier yields than outdoor heaps exposed to rain, wind and heat, over a cycle of about 45 days.",
    ),
    (
        "h8o038",
        "vi",
        "nam_ro",
        "Trồng nấm rơm trong sọt kết hợp bông vải",
        "Rơm ủ trộn bông vải cho vào sọt nhựa, cấy meo và đặt trong trại nhỏ; mỗi sọt cho khoảng 2,5 kg nấm sau một tuần ra nấm. "
        "Tiết kiệm rơm, dễ chăm sóc, thu hái sạch.",
    ),
    (
        "h8o039",
        "en",
        "nam_rom_st",
        "Straw baler service after combine harvesting",
        "A tractor-drawn round baler collects loose straw left by combine harvesters into bales of about 15 kg within hours of harvest. "
        "Bales are sold to mushroom growers and cattle farms instead of being burnt in the field.",
    ),
    (
        "h8o040",
        "vi",
        "trichoderma",
        "Ủ rơm sau khi trồng nấm thành phân hữu cơ",
        "Rơm đã thu nấm được gom, trộn chế phẩm Trichoderma và phân chuồng, ủ 30-45 ngày thành phân hữu cơ bón rau màu. "
        "Khép kín vòng lúa - nấm - phân, không đốt rơm.",
    ),
    (
        "h8o041",
        "vi",
        "biogas_ctu",
        "Nạp rơm và lục bình bổ sung cho hầm biogas",
        "Kết quả nghiên cứu cho thấy lục bình và rơm đã trồng nấm có thể trộn với phân heo hoặc thay thế phân heo để nạp hầm ủ. "
        "Hướng dẫn tỷ lệ phối trộn, cắt nhỏ và ủ sơ bộ để hầm vẫn sinh khí khi thiếu phân.",
    ),
    # biogas, livestock waste
    (
        "h8o042",
        "vi",
        "biogas_bd",
        "Hầm biogas composite lắp ghép cho trang trại vừa và nhỏ",
        "Hầm ủ bằng vật liệu composite đúc sẵn, lắp đặt trong 1-2 ngày, dung tích 7-50 m3, kín khí và không nứt như hầm gạch. "
        "Xử lý phân heo, bò, giảm mùi hôi, thu khí đốt đun nấu và phân bón.",
    ),
    (
        "h8o043",
        "en",
        "biogas_bd",
        "Covered HDPE lagoon digester with biogas generator for pig farms",
        "Large pig farms line an earthen lagoon with HDPE membrane and cover it to capture methane from manure slurry. "
        "The gas runs a generator for barn fans and lighting; digestate goes to settling ponds.",
    ),
    (
        "h8o044",
        "vi",
        "sau_biogas",
        "Xử lý nước thải sau biogas bằng thực vật thủy sinh",
        "Nước thải ra khỏi hầm biogas được dẫn qua chuỗi ao trồng bèo, rau muống, lục bình để hấp thụ đạm, lân trước khi thải ra kênh. "
        "Chi phí thấp, dễ vận hành cho trang trại chăn nuôi.",
    ),
    (
        "h8o045",
        "en",
        "wetland",
        "Constructed wetland for post-biogas swine wastewater",
        "A gravel-bed wetland planted with reeds polishes digester effluent; most nitrogen is removed by plants, media and volatilisation, and BOD falls sharply. "
        "Design guidance covers bed size per pig, loading and plant choice.",
    ),
    (
        "h8o046",
        "vi",
        "biogas_bd",
        "Máy ép tách phân heo làm phân hữu cơ",
        "Máy ép trục vít tách phân rắn khỏi nước thải chuồng heo, phân ra có độ ẩm khoảng 60 %, đem ủ hoặc đóng bao bán. "
        "Giảm tải cho hầm biogas và ao lắng.",
    ),
    (
        "h8o047",
        "en",
        "biogas_bd",
        "Iron-oxide scrubber to remove H2S from biogas",
        "A filter column packed with iron-oxide pellets strips hydrogen sulphide from biogas before it reaches engines and burners. "
        "It stops corrosion of generators and cookers; the media is regenerated by exposure to air.",
    ),
    (
        "h8o048",
        "vi",
        "trun_que",
        "Nuôi trùn quế xử lý phân bò, phân heo",
        "Chuyển giao mô hình nuôi trùn quế trên luống phân chuồng: trùn phân hủy nhanh phân, giảm mùi, tạo phân trùn bán cho nhà vườn. "
        "500 m2 luống có thể xử lý khoảng 12 tấn chất thải mỗi tháng; trùn dùng làm thức ăn cho gà, vịt, cá.",
    ),
    # compost, organic waste, plastics
    (
        "h8o049",
        "vi",
        "trichoderma",
        "Chế phẩm Trichoderma ủ phân từ phụ phẩm nông nghiệp",
        "Chế phẩm vi sinh Trichoderma dùng ủ vỏ cà phê, vỏ trái cây, rơm, bã mía với phân chuồng thành phân hữu cơ trong 40-60 ngày. "
        "Nấm đối kháng trong phân giúp hạn chế nấm bệnh hại rễ như Phytophthora, Fusarium khi bón cho cây ăn trái.",
    ),
    (
        "h8o050",
        "en",
        "tricho_echo",
        "Trichoderma-enriched compost against soil-borne diseases",
        "Compost is inoculated with a pure Trichoderma culture so that the finished product carries the antagonistic fungus. "
        "Applied to orchards and nurseries, it suppresses root rot and damping-off fungi while feeding the soil.",
    ),
    (
        "h8o051",
        "en",
        "bsf_bd",
        "Black soldier fly larvae units for organic waste",
        "Bins stocked with black soldier fly larvae break down food scraps, spoiled vegetables and fruit within hours to days. "
        "The fly does not enter houses or carry disease; larvae and residue are harvested for feed and fertiliser.",
    ),
    (
        "h8o052",
        "vi",
        "bsf_tg",
        "Nuôi ruồi lính đen xử lý bã đậu, vỏ khóm",
        "Nhóm nghiên cứu chuyển giao mô hình nuôi ấu trùng ruồi lính đen trên bã đậu nành và vỏ khóm xay nhỏ, nhiệt độ 25-35 °C. "
        "Ấu trùng làm thức ăn cho gà, cá; bã sau nuôi làm phân bón.",
    ),
    (
        "h8o053",
        "en",
        "bsf_iwmi",
        "Black soldier fly plant business model: larvae meal and frass",
        "A guide for investors on building a fly plant that treats market and agro-industrial waste at scale. "
        "It covers feedstock supply, rearing units, processing of larvae into meal and of frass into fertiliser, and revenue streams.",
    ),
    (
        "h8o054",
        "vi",
        "phan_u",
        "Ủ phân hiếu khí có đảo trộn cho rác hữu cơ",
        "Kỹ thuật ủ đống hoặc ủ trong bể có thông khí, đảo trộn định kỳ, kiểm soát độ ẩm và tỷ lệ C/N. "
        "Xử lý rác chợ, phụ phẩm vườn và phân chuồng thành phân bón trong 1-2 tháng.",
    ),
    (
        "h8o055",
        "vi",
        "plastic_la",
        "Mô hình phân loại rác tại nguồn cấp xã",
        "Hộ dân được phát thùng và hướng dẫn tách rác hữu cơ và rác nhựa; rác hữu cơ ủ phân, nhựa bán cho cơ sở tái chế. "
        "Mô hình giảm rác nhựa trôi xuống sông, thu được tiền bán phế liệu bù chi phí thu gom.",
    ),
    (
        "h8o056",
        "en",
        "plastic_giz",
        "Plastic packaging collection and sorting pilot with waste pickers",
        "The programme maps who collects, transports and recycles plastic packaging, improves household sorting and links aggregators with recyclers. "
        "It supports local authorities preparing extended producer responsibility schemes.",
    ),
    (
        "h8o057",
        "en",
        "plastic_ct",
        "Household waste audit for plastic composition",
        "Field method to weigh and sort household waste into categories and plastic types over one month. "
        "Results show how much is compostable or recyclable and which plastics dominate, to plan recycling programmes.",
    ),
    (
        "h8o058",
        "vi",
        "plastic_ct",
        "Dây chuyền tái chế túi nilon LDPE thành hạt nhựa",
        "Túi nilon, màng phủ thu gom được cắt, rửa, sấy rồi đùn tạo hạt nhựa tái sinh. "
        "Dây chuyền 300-500 kg/giờ có hệ thống xử lý nước rửa, phù hợp cơ sở thu mua phế liệu.",
    ),
    (
        "h8o059",
        "vi",
        "coco_products",
        "Ống hút và muỗng từ lá dừa thay nhựa dùng một lần",
        "Lá dừa được luộc, sấy và cuốn thành ống hút; sản phẩm cứng, không mùi, phân hủy tự nhiên. "
        "Hướng dẫn tổ hợp tác làm hàng xuất khẩu cho quán cà phê, nhà hàng.",
    ),
    # shrimp
    (
        "h8o060",
        "vi",
        "shrimp_dbscl",
        "Nuôi tôm thẻ siêu thâm canh ao lót bạt nhiều giai đoạn",
        "Quy trình nuôi tôm chân trắng trong ao nổi lót bạt, ương giai đoạn đầu rồi san ao, siphon đáy và xử lý nước tuần hoàn. "
        "Năng suất cao, an toàn sinh học, hạn chế dịch bệnh.",
    ),
    (
        "h8o061",
        "en",
        "biofloc",
        "Biofloc shrimp culture with minimal water exchange",
        "Carbon is added to keep a live floc of bacteria and algae that converts ammonia and serves as extra feed. "
        "Ponds run with almost no water exchange, so fewer pathogens enter; floc volume is kept in range with Imhoff cones.",
    ),
    (
        "h8o062",
        "vi",
        "biofloc_bft",
        "Công nghệ biofloc nuôi tôm thẻ chân trắng",
        "Bổ sung nguồn carbon để vi khuẩn kết bông, chuyển hóa chất thải đạm thành sinh khối làm thức ăn bổ sung cho tôm. "
        "Nuôi mật độ cao, gần như không thay nước, giảm rủi ro mầm bệnh từ nguồn nước ngoài.",
    ),
    (
        "h8o063",
        "vi",
        "ehp",
        "Xét nghiệm PCR nhanh EHP, AHPND, đốm trắng trên tôm giống",
        "Phòng thí nghiệm nhận mẫu tôm giống, trả kết quả PCR trong ngày với các bệnh vi bào tử trùng EHP, hoại tử gan tụy cấp và đốm trắng. "
        "Giúp người nuôi loại bỏ lô giống nhiễm bệnh trước khi thả.",
    ),
    (
        "h8o064",
        "en",
        "ehp",
        "Artemia disinfection protocol to block EHP in hatcheries",
        "Live Artemia can carry Enterocytozoon hepatopenaei spores into larval tanks. "
        "The protocol covers decapsulation, disinfection and PCR checks of Artemia cysts and nauplii before feeding.",
    ),
    (
        "h8o065",
        "vi",
        "do_sensor_ag",
        "Giám sát oxy hòa tan và nhiệt độ ao nuôi qua điện thoại",
        "Hệ thống bơm mẫu nước từ ao về bồn đo có cảm biến oxy và nhiệt độ, bộ điều khiển gửi số liệu lên ứng dụng điện thoại. "
        "Khi vượt ngưỡng, còi và đèn tại ao báo động, điện thoại nhận tin nhắn để chạy quạt kịp thời.",
    ),
    (
        "h8o066",
        "en",
        "ao_tom_canh_bao",
        "Multi-pond water quality station with SMS alarms",
        "One measuring station pumps water from up to three ponds in turn and measures pH, dissolved oxygen and salinity. "
        "Values are shown on a phone app and an SMS is sent when any parameter leaves its safe range.",
    ),
    (
        "h8o067",
        "vi",
        "tom_bung",
        "Cảm biến âm thanh đếm tần suất búng của tôm và giám sát quạt nước",
        "Micro đặt dưới nước đếm số lần tôm búng mỗi phút; cảm biến rung gắn trên quạt nước, máy bơm oxy phát hiện máy hỏng. "
        "Phần mềm cảnh báo sớm khi tôm yếu hoặc thiết bị dừng, giá rẻ hơn cảm biến chuyên dụng.",
    ),
    (
        "h8o068",
        "vi",
        "tom_lua",
        "Thiết kế ruộng tôm-lúa: mương bao và ao ương bán thâm canh",
        "Mở rộng mương bao để mương chiếm 20-30 % diện tích, nước trên trảng 0,5-0,6 m, kèm ao ương 5-30 % diện tích. "
        "Thả giống nhiều lần với mật độ hợp lý, nâng năng suất tôm và lúa, giảm rủi ro.",
    ),
    (
        "h8o069",
        "en",
        "shrimp_dbscl",
        "Organic shrimp-mangrove farming",
        "Low-density black tiger shrimp is raised under mangrove cover with natural feed and no chemicals, yielding 300-500 kg/ha/year. "
        "Farms can be certified organic and sold at a premium.",
    ),
    (
        "h8o070",
        "vi",
        "vietgap_tom",
        "Quy trình nuôi tôm theo VietGAP có ao lắng",
        "Hướng dẫn xây ao lắng, kiểm dịch giống, mật độ thả khoảng 40 con/m2, ghi chép nhật ký và không dùng chất cấm. "
        "Tôm đạt chuẩn bán thẳng cho nhà máy với giá cao hơn.",
    ),
    (
        "h8o071",
        "en",
        "biofloc",
        "Bacillus probiotic for pond-bottom sludge",
        "A Bacillus blend applied weekly digests organic sludge on pond bottoms and lowers ammonia and hydrogen sulphide. "
        "Suitable for semi-intensive shrimp and fish ponds.",
    ),
    (
        "h8o072",
        "vi",
        "shrimp_dbscl",
        "Quạt nước ao tôm dùng động cơ biến tần tiết kiệm điện",
        "Quạt nước và máy thổi khí dùng động cơ nam châm vĩnh cửu và biến tần, tự điều chỉnh tốc độ theo oxy hòa tan. "
        "Giảm 30-40 % tiền điện so với quạt chạy liên tục.",
    ),
    # fish, pangasius
    (
        "h8o073",
        "en",
        "catfish_byp",
        "Protein hydrolysate and hydroxyapatite from pangasius by-products",
        "Heads, frames and trimmings from fillet plants are hydrolysed with enzymes to give a protein hydrolysate for shrimp feed and fish oil. "
        "The bone residue is calcined into hydroxyapatite, so the whole by-product is used.",
    ),
    (
        "h8o074",
        "vi",
        "catfish_byp",
        "Thủy phân phụ phẩm cá tra làm đạm cho thức ăn tôm",
        "Đầu, xương, thịt vụn cá tra được thủy phân bằng enzyme, thu dịch đạm và dầu cá; xương còn lại nung thành hydroxyapatite. "
        "Giá trị cao hơn nhiều so với làm bột cá thô.",
    ),
    (
        "h8o075",
        "vi",
        "pangasius_vasep",
        "Sản xuất collagen và gelatin từ da cá tra",
        "Da cá tra được xử lý, chiết và tinh chế thành collagen peptide và gelatin cho thực phẩm chức năng, mỹ phẩm. "
        "Dây chuyền phù hợp nhà máy phi lê có nguồn da ổn định.",
    ),
    (
        "h8o076",
        "en",
        "pangasius_vcci",
        "Biodiesel from pangasius fat",
        "Crude fat rendered from catfish viscera is converted into biodiesel by transesterification. "
        "The fuel can run boilers and diesel engines in the processing plant.",
    ),
    (
        "h8o077",
        "vi",
        "pangasius_vcci",
        "Tinh luyện mỡ cá tra thành dầu ăn",
        "Mỡ cá tra thô được trung hòa, tẩy màu, khử mùi và tách phân đoạn thành dầu ăn và shortening. "
        "Nâng giá trị so với bán mỡ thô xuất khẩu.",
    ),
    (
        "h8o078",
        "en",
        "catfish_byp",
        "Steam-cooked fishmeal line",
        "A cooker, press, dryer and grinder line turns fish waste into fishmeal and crude oil for animal feed. "
        "Capacity 20-50 tonnes of raw material per day.",
    ),
    # seafood processing wastewater
    (
        "h8o079",
        "en",
        "seafood_ww",
        "Vetiver grass wetland for seafood factory effluent",
        "Treated effluent is held in vetiver-planted fields; nitrogen falls by about 90 % and phosphorus by about 80 % within two to three days. "
        "A low-cost, nature-based alternative to chemical polishing.",
    ),
    (
        "h8o080",
        "vi",
        "seafood_kg",
        "Hệ thống xử lý nước thải chế biến thủy sản UASB kết hợp hiếu khí",
        "Nước thải qua lọc rác, tuyển nổi, bể kỵ khí UASB rồi bể hiếu khí và lắng, đạt quy chuẩn xả thải. "
        "Thiết kế theo lưu lượng và nguyên liệu của từng nhà máy.",
    ),
    (
        "h8o081",
        "en",
        "seafood_pva",
        "PVA-gel carrier bioreactor for high-COD seafood wastewater",
        "Porous polyvinyl alcohol gel beads hold dense bacteria in the aeration tank, replacing conventional activated sludge. "
        "At a tuna cannery, COD fell from about 3,000 mg/L to 600-1,000 mg/L.",
    ),
    (
        "h8o082",
        "vi",
        "surimi_ww",
        "Xử lý nước thải surimi công suất 300 m3/ngày",
        "Nước thải surimi có COD rất cao và nhiều dầu mỡ được xử lý qua lọc tinh, tuyển nổi tách mỡ, kỵ khí, thiếu khí, hiếu khí và khử trùng. "
        "Thiết kế chịu sốc tải, kiểm soát mùi, đạt quy chuẩn nước thải công nghiệp.",
    ),
    (
        "h8o083",
        "vi",
        "seafood_ww",
        "Trồng cỏ vetiver xử lý nước thải nhà máy thủy sản",
        "Nước thải sau xử lý sơ bộ được lưu trên ruộng trồng cỏ vetiver 2-3 ngày, giảm mạnh đạm và lân. "
        "Chi phí thấp, phù hợp nhà máy có quỹ đất.",
    ),
    # water, salinity
    (
        "h8o084",
        "vi",
        "han_man",
        "Túi nhựa trữ nước ngọt 7-30 m3 cho hộ gia đình",
        "Túi nhựa dẻo chuyên dụng đặt trong sân hoặc vườn để trữ nước mưa, nước ngọt mùa khô khi sông rạch nhiễm mặn. "
        "Rẻ hơn bể xi măng, gấp gọn dùng nhiều năm.",
    ),
    (
        "h8o085",
        "en",
        "rain_camau",
        "Household rainwater harvesting kit with first-flush diverter",
        "Gutters, a first-flush diverter and a 10 m3 tank store enough rain for drinking and cooking of a five-person family through the dry season. "
        "Sizing tables are given for dry years.",
    ),
    (
        "h8o086",
        "vi",
        "rain_vn",
        "Hệ thống thu và lọc nước mưa đạt chuẩn nước uống",
        "Nước mưa từ mái được tách nước đầu, chứa trong bồn kín, lọc qua cát, than và màng, khử trùng trước khi uống. "
        "Phù hợp trường học, trạm y tế, hộ dân vùng khan hiếm nước.",
    ),
    (
        "h8o087",
        "en",
        "rain_camau",
        "Chlorine and UV disinfection for stored rainwater",
        "Stored rainwater can carry coliform bacteria; a dosing kit and a small UV lamp treat the water before drinking. "
        "Simple test strips check residual chlorine.",
    ),
    (
        "h8o088",
        "vi",
        "loc_man",
        "Máy lọc RO nước lợ cho trạm cấp nước xã",
        "Hệ thống thẩm thấu ngược cho nước nhiễm mặn 1-20 ‰, công suất 2-10 m3/giờ, có tiền xử lý và rửa màng tự động. "
        "Cấp nước uống cho trạm cấp nước nông thôn khi nguồn bị mặn.",
    ),
    (
        "h8o089",
        "en",
        "desal",
        "Solar-powered brackish-water RO unit for coastal communes",
        "A reverse-osmosis unit sized for brackish canal water runs on solar panels with battery backup and produces drinking water for a commune. "
        "Brine handling and membrane cleaning are included.",
    ),
    (
        "h8o090",
        "vi",
        "loc_man",
        "Máy lọc nước biển cho đảo và cồn",
        "Máy khử mặn nước biển độ mặn trên 30 ‰ bằng màng RO áp cao, công suất nhỏ cho đảo, cồn, tàu cá. "
        "Tiêu thụ điện cao hơn máy nước lợ.",
    ),
    (
        "h8o091",
        "en",
        "water_store",
        "IoT salinity sensors on canals with online map",
        "Floating conductivity sensors send salinity readings every 15 minutes to a web map and phone app. "
        "Water managers decide when to open or close sluices and farmers when to pump.",
    ),
    (
        "h8o092",
        "vi",
        "water_store",
        "Đập tạm ngăn mặn trữ ngọt bằng ống vải địa kỹ thuật",
        "Ống vải bơm cát hoặc nước chắn ngang kênh trong mùa khô, ngăn nước mặn và giữ nước ngọt cho vùng sản xuất, tháo dỡ sau mùa khô. "
        "Nhanh hơn và rẻ hơn đắp đập đất.",
    ),
    (
        "h8o093",
        "vi",
        "water_store",
        "Bản tin dự báo xâm nhập mặn hằng tuần cho xã",
        "Trung tâm dự báo gửi bản tin độ mặn dự kiến trên các sông chính và khuyến cáo lịch lấy nước cho từng xã qua Zalo. "
        "Giúp nông dân chủ động xuống giống và trữ nước.",
    ),
    (
        "h8o094",
        "en",
        "desal",
        "Electrodialysis desalination of brackish water for irrigation",
        "Electrodialysis removes salts from brackish water using ion-exchange membranes and low pressure, with better water recovery than RO at moderate salinity. "
        "Skid units for high-value crops.",
    ),
    # irrigation, greenhouses, vegetables
    (
        "h8o095",
        "vi",
        "nha_mang",
        "Nhà màng kết hợp tưới nhỏ giọt và bón phân trồng dưa lưới",
        "Nhà màng chắn mưa, côn trùng, kèm tưới nhỏ giọt hòa phân theo giai đoạn cây. "
        "Tiết kiệm 20-40 % nước, tăng năng suất, giảm thuốc bảo vệ thực vật.",
    ),
    (
        "h8o096",
        "en",
        "nha_trong",
        "NFT hydroponic system for leafy greens",
        "Nutrient film channels on steel frames grow lettuce and other leafy greens without soil, recirculating the nutrient solution. "
        "Suits growers selling clean vegetables to supermarkets.",
    ),
    (
        "h8o097",
        "vi",
        "dua_hau_tv",
        "Tưới thấm cho dưa hấu trên đất cát giồng",
        "Ống tưới thấm đặt dưới màng phủ luống, nước ngấm từ từ quanh rễ dưa hấu, tiết kiệm nước trong mùa khô. "
        "Đã so sánh với tưới nhỏ giọt tại Cầu Ngang, Duyên Hải.",
    ),
    (
        "h8o098",
        "en",
        "solar_pump_irri",
        "Solar irrigation pump for smallholder vegetable farms",
        "A surface or submersible pump driven by a 1-3 kW solar array lifts water from ponds or wells without diesel or grid power. "
        "Supplied with pay-as-you-go financing.",
    ),
    (
        "h8o099",
        "vi",
        "solar_pump_irena",
        "Bơm tưới năng lượng mặt trời cho vườn cây",
        "Bơm chìm hoặc bơm mặt chạy bằng tấm pin mặt trời, không cần điện lưới hay dầu, tưới cho vườn cây ăn trái và rau màu. "
        "Chi phí vận hành gần như bằng không.",
    ),
    (
        "h8o100",
        "en",
        "nha_luoi",
        "Insect-proof net house for leafy vegetables",
        "Designs of closed and open net houses, 2-2.5 m high, with insect netting that keeps out moths and beetles. "
        "Cuts pesticide use on leafy vegetables.",
    ),
    (
        "h8o101",
        "vi",
        "nha_luoi",
        "Nhà lưới giá rẻ khung tre trồng rau ăn lá",
        "Khung tre, dây kẽm và lưới chắn côn trùng, nông dân tự dựng, chi phí thấp, thu hồi vốn nhanh. "
        "Giảm sâu hại rau ăn lá, hạn chế phun thuốc.",
    ),
    # fruit postharvest, drying
    (
        "h8o102",
        "vi",
        "xoai_sth",
        "Xử lý nước nóng trái xoài sau thu hoạch",
        "Trái xoài được nhúng nước nóng ở nhiệt độ và thời gian chuẩn để diệt trứng ruồi đục trái và hạn chế thán thư. "
        "Kèm làm mát nhanh, phân loại, đóng gói cho xuất khẩu.",
    ),
    (
        "h8o103",
        "en",
        "xoai_dt",
        "Vapour heat treatment packhouse for export mangoes",
        "The packhouse runs vapour heat treatment for fruit fly quarantine, fungicide dip, grading and packing to meet importers' phytosanitary rules. "
        "Mangoes can then travel by sea in reefer containers.",
    ),
    (
        "h8o104",
        "vi",
        "xoai_bq",
        "Bảo quản xoài, nhãn bằng kho lạnh kết hợp canxi",
        "Trái được ngâm dung dịch canxi clorua 4-6 %, để ráo rồi bảo quản 10-12 °C với xoài, 5-7 °C với nhãn. "
        "Kéo dài thời gian bảo quản trên 30 ngày, hao hụt 5-7 %.",
    ),
    (
        "h8o105",
        "en",
        "xoai_sth",
        "Modified-atmosphere packaging for fresh fruit shipping",
        "Micro-perforated liners adjust oxygen and carbon dioxide around the fruit to slow ripening and water loss during transport. "
        "Used for mango, dragon fruit and pomelo.",
    ),
    (
        "h8o106",
        "en",
        "xoai_dt",
        "Ethylene ripening rooms for mangoes after reefer transport",
        "Mangoes that travel cold arrive green; controlled ripening rooms with ethylene dosing, temperature and humidity control ripen them evenly before retail. "
        "Room design and ripening schedules are provided.",
    ),
    (
        "h8o107",
        "vi",
        "solar_dry_oi",
        "Sấy xoài dẻo bằng máy sấy năng lượng mặt trời",
        "Máy sấy kín dùng năng lượng mặt trời, nhiệt độ cao hơn ngoài trời 15-35 °C, che bụi và côn trùng. "
        "Nông dân tự sấy xoài, chuối thành sản phẩm khô bán quanh năm.",
    ),
    (
        "h8o108",
        "en",
        "solar_dry_dn",
        "Solar cabinet dryer for fruit, mushrooms and herbs",
        "A three-deck solar dryer, 0.5 m high and 1.2 m wide, dries produce in a closed, hygienic chamber faster than drying on tarpaulins. "
        "Cooperatives can build it from plans.",
    ),
    (
        "h8o109",
        "vi",
        "solar_dry_oi",
        "Máy sấy bơm nhiệt sấy trái cây giữ màu",
        "Máy sấy bơm nhiệt sấy ở 40-55 °C, độ ẩm không khí thấp, trái cây giữ màu và mùi, chạy ngày đêm không phụ thuộc thời tiết. "
        "Tiêu thụ điện thấp hơn sấy điện trở.",
    ),
    # sweet potato
    (
        "h8o110",
        "vi",
        "khoai_bt",
        "Kho bảo quản khoai lang thông thoáng có xử lý lành vết thương",
        "Khoai sau thu hoạch được giữ vài ngày ở nhiệt độ và ẩm độ cao để vết xây xát lành vỏ, rồi chuyển vào kho thông thoáng có kệ. "
        "Giảm thối, mọc mầm, kéo dài thời gian tồn trữ chờ giá.",
    ),
    (
        "h8o111",
        "en",
        "khoai_bt",
        "Sweet potato curing and cool storage",
        "Roots are cured for several days at high temperature and humidity so wounds heal, then stored cool and ventilated. "
        "Losses from rot and sprouting drop and roots keep for months.",
    ),
    (
        "h8o112",
        "vi",
        "khoai_tour",
        "Chế biến bột khoai lang tím và snack khoai sấy",
        "Khoai lang tím được gọt, cắt lát, sấy và nghiền thành bột làm bánh, hoặc chiên chân không thành snack. "
        "Tăng giá trị cho vùng khoai thay vì bán củ tươi.",
    ),
    (
        "h8o113",
        "vi",
        "khoai_bt",
        "Máy rửa và phân loại củ khoai theo kích cỡ",
        "Máy rửa chổi quay làm sạch đất, băng tải phân loại củ theo kích thước và trọng lượng. "
        "Phù hợp vựa và HTX đóng thùng khoai xuất khẩu.",
    ),
    (
        "h8o114",
        "vi",
        "khoai_bt",
        "Quy trình trồng khoai lang theo GlobalGAP",
        "Hướng dẫn chọn đất, giống, bón phân, quản lý sâu bệnh và ghi chép để đạt chứng nhận GlobalGAP cho vùng khoai lang. "
        "Giúp khoai đáp ứng thị trường khó tính.",
    ),
    # livestock feed
    (
        "h8o115",
        "vi",
        "u_chua",
        "Ủ chua cỏ voi, thân bắp bằng túi nilon cho bò",
        "Cỏ và thân bắp băm 3-7 cm, trộn muối và rỉ mật, nén chặt trong túi nilon hai lớp hoặc hố ủ, sau 15-45 ngày dùng được. "
        "Dự trữ thức ăn xanh cho trâu bò mùa khô.",
    ),
    (
        "h8o116",
        "en",
        "u_chua_lac",
        "Groundnut haulm silage with maize meal for beef cattle",
        "Groundnut vines are ensiled with 0.5 % salt and 3-6 % maize meal; young bulls fed this silage gained about 0.5 kg per day. "
        "A cheap roughage from crop residues.",
    ),
    (
        "h8o117",
        "vi",
        "bam_co",
        "Máy băm cỏ đa năng cho trang trại bò",
        "Máy băm cỏ voi, thân bắp, rơm thành đoạn ngắn, công suất 1-3 tấn/giờ, động cơ điện hoặc xăng. "
        "Giảm công lao động khi chuẩn bị thức ăn và ủ chua.",
    ),
    (
        "h8o118",
        "en",
        "u_chua",
        "Urea-treated rice straw for cattle",
        "Rice straw is sprayed with a urea solution and sealed for three weeks, which softens the fibre and raises crude protein. "
        "Treated straw replaces part of fresh grass in the dry season.",
    ),
    (
        "h8o119",
        "vi",
        "trun_que",
        "Bột trùn quế làm thức ăn cho gà, vịt, cá",
        "Trùn quế thu hoạch được sấy, nghiền thành bột đạm khoảng 60-70 %, bổ sung vào thức ăn gia cầm và thủy sản. "
        "Giảm chi phí thức ăn công nghiệp.",
    ),
    # rice husk energy, kilns
    (
        "h8o120",
        "en",
        "husk_gasif",
        "Rice-husk gasification for continuous brick and pottery kilns",
        "Husk is gasified and the clean gas fires a continuous multi-chamber kiln, replacing smoky traditional husk kilns. "
        "Kiln owners keep using cheap husk instead of switching to coal or oil, with an energy-service business model.",
    ),
    (
        "h8o121",
        "vi",
        "gach_mt",
        "Lò nung gạch gốm liên tục thay lò thủ công",
        "Chuyển đổi lò gạch truyền thống sang lò nung liên tục, tiết kiệm nhiên liệu và giảm khói bụi. "
        "Đã áp dụng tại làng nghề gạch gốm Mang Thít.",
    ),
    (
        "h8o122",
        "vi",
        "cui_trau",
        "Máy ép củi trấu",
        "Máy ép trục vít nén trấu thành thanh củi đặc, ít khói, cháy lâu, bán cho lò sấy, lò gạch, bếp công nghiệp. "
        "Giải quyết trấu tồn đọng ở nhà máy xay xát.",
    ),
    (
        "h8o123",
        "en",
        "husk_bri",
        "Rice-husk briquettes for industrial boilers",
        "Husk is compacted into briquettes that replace wood and charcoal in boilers and kilns. "
        "Business support covers press selection, drying and buyers.",
    ),
    (
        "h8o124",
        "en",
        "husk_power",
        "Rice-husk power plant",
        "A grate-fired boiler and steam turbine turn husk from rice mills into electricity; about 5 kg of husk produces 1 kWh. "
        "Plants of 5-10 MW sell power to the grid.",
    ),
    (
        "h8o125",
        "vi",
        "husk_power",
        "Tro trấu làm silica và phụ gia bê tông",
        "Tro trấu sau đốt được xử lý thu silica vô định hình làm phụ gia bê tông, vật liệu cách nhiệt. "
        "Tăng giá trị tro thải của lò đốt.",
    ),
    (
        "h8o126",
        "vi",
        "husk_cn",
        "Bếp trấu hóa khí cho hộ gia đình",
        "Bếp đốt trấu kiểu hóa khí cháy sạch, ít khói, thay củi và gas cho nấu ăn, nấu thức ăn chăn nuôi. "
        "Tận dụng trấu sẵn có ở nông thôn.",
    ),
    # solar
    (
        "h8o127",
        "en",
        "solar_pump_irena",
        "Rooftop solar PV for cold stores and packhouses",
        "Rooftop panels sized to daytime refrigeration load cut grid bills of cold rooms and fruit packhouses. "
        "Includes load survey, inverter and net-metering paperwork.",
    ),
    (
        "h8o128",
        "vi",
        "solar_pump_irena",
        "Điện mặt trời áp mái chuồng trại",
        "Lắp tấm pin trên mái chuồng heo, chuồng gà cung cấp điện cho quạt, đèn, bơm; điện dư bán lên lưới. "
        "Mái pin còn giúp chuồng mát hơn.",
    ),
    # drones, mechanisation
    (
        "h8o129",
        "vi",
        "drone_dt",
        "Dịch vụ phun thuốc bằng máy bay không người lái",
        "Tổ dịch vụ nhận phun thuốc, phân bón lá cho lúa, sen bằng drone, 7-10 ha mỗi ngày. "
        "Giảm lượng thuốc, tiết kiệm nước, người phun không tiếp xúc thuốc.",
    ),
    (
        "h8o130",
        "en",
        "drone_la",
        "Agricultural spraying drone with terrain radar",
        "A 16-20 litre spraying drone with obstacle radar and field mapping sprays rice 15-30 times faster than knapsack sprayers. "
        "Sold with after-sales service.",
    ),
    (
        "h8o131",
        "vi",
        "drone_dt",
        "Drone gieo sạ và rải phân",
        "Drone gắn bộ rải hạt gieo sạ lúa, rải phân hạt đều trên ruộng, 3-4 ha mỗi giờ. Giảm công lao động mùa vụ.",
    ),
    (
        "h8o132",
        "en",
        "drone_dt",
        "Training course for agricultural drone pilots",
        "A short course with licence preparation teaches flight safety, mission planning, calibration and pesticide handling. "
        "Trainees practise on rice fields.",
    ),
    # digital
    (
        "h8o133",
        "vi",
        "qr_rau",
        "Tem QR truy xuất nguồn gốc rau cho HTX",
        "HTX nhập nhật ký canh tác, sơ chế, đóng gói vào hệ thống; mỗi gói rau dán tem QR để người mua quét bằng Zalo hoặc ứng dụng. "
        "Đáp ứng yêu cầu truy xuất của siêu thị.",
    ),
    (
        "h8o134",
        "en",
        "qr_ld",
        "Farm diary app with QR traceability for fruit exports",
        "Growers record inputs and harvests on a phone app; each carton carries a QR code linking to the farm record. "
        "Importers and retailers can verify origin and spray history.",
    ),
    (
        "h8o135",
        "vi",
        "qr_rau",
        "Phần mềm nhật ký canh tác điện tử",
        "Ứng dụng ghi chép ngày bón phân, phun thuốc, thu hoạch cho từng lô ruộng, xuất báo cáo phục vụ chứng nhận VietGAP. "
        "Dữ liệu liên thông với hệ thống truy xuất.",
    ),
    (
        "h8o136",
        "en",
        "qr_htx",
        "Blockchain traceability for cooperative products",
        "Each step from farm to shelf is written to a blockchain ledger, so product records cannot be altered. "
        "Consumers scan a code to see the product's history.",
    ),
    (
        "h8o137",
        "vi",
        "qr_ld",
        "Tem điện tử chống hàng giả cho đặc sản",
        "Tem có mã bảo mật riêng từng sản phẩm, quét kiểm tra thật giả, cảnh báo khi mã bị quét nhiều lần ở nơi khác. "
        "Bảo vệ thương hiệu đặc sản bị làm nhái.",
    ),
    # other
    (
        "h8o138",
        "vi",
        "coir_hx",
        "Máy lột vỏ dừa khô",
        "Máy dùng trục gai quay lột vỏ dừa khô nhanh, thay dao lột tay nguy hiểm, năng suất 800-1.000 trái/giờ. "
        "Vỏ lột ra giữ được độ dài xơ.",
    ),
    (
        "h8o139",
        "en",
        "coco_products",
        "Coconut-shell charcoal briquettes",
        "Shells are carbonised, ground, mixed with starch binder and pressed into briquettes for barbecue and export. "
        "Kiln and press supplied.",
    ),
    (
        "h8o140",
        "vi",
        "cui_trau",
        "Đan lục bình làm hàng thủ công mỹ nghệ",
        "Lục bình vớt từ kênh rạch được phơi, se sợi và đan thành giỏ, thảm, bàn ghế xuất khẩu. "
        "Tạo việc làm cho phụ nữ nông thôn.",
    ),
    (
        "h8o141",
        "en",
        "biogas_ctu",
        "Water hyacinth as biogas feedstock",
        "Chopped water hyacinth co-digested with or without pig manure keeps household digesters producing gas when manure is short. "
        "Mixing ratios come from 35-day lab trials in the Mekong Delta.",
    ),
    (
        "h8o142",
        "en",
        "nam_dongthap",
        "Straw mushroom spawn production",
        "A small lab produces straw mushroom spawn on sterilised substrate in bottles and bags for local growers. "
        "Training covers strain keeping and quality control.",
    ),
    (
        "h8o143",
        "vi",
        "nam_dongthap",
        "Trồng nấm rơm trong nhà kín không phun thuốc",
        "Nhà trồng kín bằng nilon giữ nhiệt ẩm, côn trùng không vào nên không phải phun thuốc, giá bán cao hơn. "
        "15 m2 có thể thu trên 10 kg nấm mỗi ngày.",
    ),
    (
        "h8o144",
        "en",
        "biofloc_bft",
        "Indoor recirculating nursery for shrimp postlarvae",
        "Postlarvae are nursed at high density for 3-4 weeks in indoor raceways with filtration and recirculation before stocking grow-out ponds. "
        "Shortens the pond cycle and improves survival.",
    ),
    (
        "h8o145",
        "vi",
        "shrimp_dbscl",
        "Ương tôm giống hai giai đoạn trong nhà màng",
        "Tôm post được ương trong bể lót bạt có mái che 20-30 ngày trước khi chuyển ra ao nuôi. "
        "Tăng tỷ lệ sống, rút ngắn thời gian nuôi ngoài ao.",
    ),
    (
        "h8o146",
        "en",
        "shrimp_dbscl",
        "Sludge removal from intensive shrimp ponds and reuse",
        "Sludge siphoned from pond centres is settled, dewatered and composted for use on crops. "
        "Keeps effluent out of canals.",
    ),
    (
        "h8o147",
        "vi",
        "rain_cantho",
        "Bộ kiểm tra nhanh coliform trong nước sinh hoạt",
        "Bộ test đơn giản cho kết quả sau 24-48 giờ về vi khuẩn coliform trong nước mưa, nước giếng. "
        "Phù hợp trạm y tế xã.",
    ),
    (
        "h8o148",
        "en",
        "rain_vinhchau",
        "Ferro-cement rainwater jars",
        "Two-cubic-metre jars of cement mortar on wire mesh are built on site by local masons, with a lid and tap. "
        "Several jars per household store rain for the dry season.",
    ),
    (
        "h8o149",
        "vi",
        "rain_vinhchau",
        "Lu chứa nước mưa xi măng lưới thép",
        "Lu 2 m3 làm bằng vữa xi măng trên khung lưới thép, thợ địa phương đúc tại chỗ, có nắp đậy và vòi. "
        "Mỗi hộ vài lu đủ trữ nước mưa cho mùa khô.",
    ),
    (
        "h8o150",
        "vi",
        "solar_dry_dn",
        "Tủ sấy năng lượng mặt trời cho mít, chuối",
        "Tủ sấy ba tầng, thu nhiệt mặt trời, sấy kín tránh bụi và ruồi, nhanh hơn phơi trên bạt. "
        "Hộ gia đình, HTX tự làm theo bản vẽ.",
    ),
    (
        "h8o151",
        "en",
        "coco_products",
        "Biochar from coconut husk and shell for acidic soils",
        "Husk and shell residues are pyrolysed in a low-cost retort into biochar that raises pH and water holding in acid sulphate and sandy soils. "
        "Application rates are given for fruit trees and vegetables.",
    ),
    (
        "h8o152",
        "en",
        "nha_mang",
        "Greenhouse climate controller",
        "Sensors for temperature, humidity and light drive fans, misting and shade screens automatically in net houses and greenhouses. "
        "Keeps crops out of heat stress in the hot season.",
    ),
    (
        "h8o153",
        "vi",
        "water_store",
        "Máy đo độ mặn cầm tay và ứng dụng chia sẻ số liệu",
        "Máy đo độ mặn bỏ túi kết nối điện thoại, nông dân đo nước kênh và chia sẻ số liệu trên bản đồ chung của xã. "
        "Biết lúc nào lấy nước vào ruộng, vườn an toàn.",
    ),
    (
        "h8o154",
        "en",
        "coco_pest",
        "Mechanical coconut tree climber",
        "A foot-operated climbing device lets one worker go up a coconut palm safely in under a minute to harvest nuts or inspect the crown. "
        "Reduces dependence on skilled climbers.",
    ),
    (
        "h8o155",
        "vi",
        "coco_pest",
        "Máy phun thuốc cao áp cho cây dừa cao",
        "Máy phun động cơ xăng, vòi phun cao áp với cần dài, phun được lên ngọn cây 12-15 m. "
        "Dùng cho vườn dừa, vườn cây ăn trái tán cao.",
    ),
]
