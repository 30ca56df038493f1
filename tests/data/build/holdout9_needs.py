"""Needs of the ninth held-out set: (id, language, source key, title, description, {offer id: grade}).

Grades: 2 = the offer answers the need directly, 1 = partly or usefully related; unlisted offers are not relevant.
The comment before each need says whether its judged offers are in its own language only, in both languages, or
only in the other language.
"""

NEEDS = [
    # --- Coconut ---
    # both
    (
        "hDn01",
        "vi",
        "dua_products",
        "Cần dây chuyền tách xơ dừa cho HTX",
        "HTX ở Càng Long thu mua dừa khô, mỗi ngày bỏ đi vài nghìn vỏ dừa, chở đi đổ rất tốn. Muốn đầu tư máy tách xơ dừa công suất vừa phải để bán xơ cho cơ sở se chỉ; phần mụn dừa còn lại cũng muốn bán được chứ không đổ bỏ. Cần tư vấn thiết bị, giá và hướng dẫn vận hành.",
        {"hDo001": 2, "hDo007": 2, "hDo002": 1, "hDo003": 1, "hDo008": 1},
    ),
    # own language only
    (
        "hDn02",
        "vi",
        "cocopeat_vi",
        "Dưa lưới trồng giá thể mụn dừa bị vàng lá, thối rễ",
        "Nhà màng trồng dưa lưới mới xuống giống, cây con vàng lá, rễ thâm đen rồi chết rải rác. Giá thể mụn dừa mua xá ở lò chỉ xơ, ngâm nước thấy ra màu đỏ nâu. Nhờ chỉ cách xử lý giá thể hoặc nơi bán mụn dừa đạt chuẩn.",
        {"hDo002": 2, "hDo161": 2},
    ),
    # both
    (
        "hDn03",
        "en",
        "coir_geo",
        "Canal banks collapsing in our commune",
        "Sections of earth dykes along canals in Cau Ngang slump every rainy season and boat wakes keep eating into them. Concrete is too expensive for kilometres of bank. We want a cheap, natural material that holds the soil until grass or mangrove roots take over.",
        {"hDo004": 2, "hDo005": 2},
    ),
    # own language only
    (
        "hDn04",
        "en",
        "coir_fao",
        "Whiter, dyed coir yarn for export mats",
        "Our coir mats come out in uneven brown shades and European buyers ask for bleached and coloured yarn with a consistent shade. Looking for a proven bleaching, softening and dyeing process for a mid-sized coir factory.",
        {"hDo006": 2, "hDo178": 2},
    ),
    # own language only
    (
        "hDn05",
        "en",
        "coir_mitra",
        "Better spinning equipment for a women's coir yarn group",
        "A women's group twists coir yarn on old hand-cranked wheels; output per person is low and the yarn is uneven, so traders pay little. We need better spinning equipment and training.",
        {"hDo158": 2, "hDo007": 1},
    ),
    # own language only
    (
        "hDn06",
        "en",
        "ac_board",
        "Turn coconut shell charcoal into activated carbon",
        "We burn coconut shells into charcoal and sell it cheaply to traders who ship it abroad for activation. We would like to make activated carbon ourselves for water-filter manufacturers. What process and equipment are needed, and at what scale does it pay?",
        {"hDo009": 2, "hDo010": 2, "hDo012": 1},
    ),
    # own language only (very short)
    (
        "hDn07",
        "vi",
        "agrion",
        "Ép than viên từ vụn than gáo dừa",
        "Lò than còn nhiều vụn than gáo dừa, bán không ai mua. Cần máy ép than.",
        {"hDo013": 2, "hDo162": 2},
    ),
    # both
    (
        "hDn08",
        "vi",
        "vco_small",
        "Dầu dừa nấu bị ôi, muốn làm dầu dừa tinh khiết",
        "Gia đình nấu dầu dừa thủ công bằng chảo, dầu màu vàng, để vài tháng là có mùi ôi, bán không được giá. Muốn chuyển sang làm dầu dừa tinh khiết (virgin) không nấu để bán cho cửa hàng mỹ phẩm và khách du lịch. Cần quy trình, thiết bị phù hợp quy mô hộ hoặc nhóm hộ.",
        {"hDo015": 2, "hDo014": 2, "hDo016": 2},
    ),
    # both
    (
        "hDn09",
        "en",
        "cw_fao",
        "Bottled coconut water turns pink and sour",
        "We bottle coconut water from Tra Vinh nuts for cafés. After three or four days in the fridge some bottles turn pinkish and taste sour, and customers send them back. We want a longer shelf life without losing the fresh taste.",
        {"hDo019": 2, "hDo018": 1, "hDo017": 1},
    ),
    # own language only
    (
        "hDn10",
        "vi",
        "dua_products",
        "Gọt dừa xiêm kim cương bằng tay không kịp đơn hàng",
        "Cơ sở đóng dừa tươi đi siêu thị, mỗi ngày cần gọt 3.000 trái dừa xiêm thành dạng kim cương nhưng thợ gọt tay chậm, hay bị đứt tay, trái gọt không đều. Cần máy gọt dừa.",
        {"hDo145": 2, "hDo163": 1},
    ),
    # other language only
    (
        "hDn11",
        "en",
        "dua_sap_truyenhinh",
        "New premium product from soft-endosperm (waxy) coconut",
        "We make coconut candy in Ben Tre and want to add a premium line using the soft, jelly-like 'waxy' coconut from Cau Ke. Looking for recipes or processing technology that keep its creamy texture.",
        {"hDo026": 2, "hDo185": 2},
    ),
    # both
    (
        "hDn12",
        "en",
        "coconut_sap_ghosh",
        "Coconut sap sours before we can boil it",
        "Our group taps coconut flowers for sap to make coconut sugar. In the hot season the sap starts fermenting within hours, so the sugar turns dark and sticky and some batches are lost. How can we collect and hold the sap fresh?",
        {"hDo022": 2, "hDo023": 2},
    ),
    # own language only
    (
        "hDn13",
        "vi",
        "apglobal",
        "Cơm dừa phơi nắng bị mốc",
        "Mùa mưa phơi cơm dừa không khô, cơm dừa bị mốc xanh, nhà máy ép dầu trừ giá nặng. Nhà có sẵn nhiều gáo dừa. Muốn làm lò sấy cơm dừa nhỏ.",
        {"hDo024": 2, "hDo025": 1},
    ),
    # both (typed without accents)
    (
        "hDn14",
        "vi",
        "dua_sap_bct",
        "Trong dua sap bang trai giong thi it trai sap",
        "Nha toi o Cau Ke trong 2 cong dua sap bang trai dua thuong lay tu cay dua sap, moi buong chi duoc 2-3 trai sap, con lai la dua thuong. Nghe noi co cay giong cay phoi cho ty le sap cao, muon mua giong va hoc ky thuat.",
        {"hDo027": 2, "hDo029": 2, "hDo028": 1},
    ),
    # both
    (
        "hDn15",
        "vi",
        "duong_dua",
        "Dừa tơ bị thối đọt, thân chảy nhựa nâu đỏ",
        "Vườn dừa 3 năm tuổi có nhiều cây đọt non héo rũ rồi gãy ngang, trên thân gần gốc có lỗ đục chảy nhựa nâu đỏ, áp tai vào thân nghe rột rẹt. Đã chặt bỏ vài cây. Xin biện pháp phòng trừ cho cả vườn.",
        {"hDo030": 2, "hDo031": 2, "hDo033": 1},
    ),
    # own language only
    (
        "hDn16",
        "vi",
        "bo_dua",
        "Lá dừa non cháy khô, cuốn lại",
        "Đọt dừa có lá chét non bị cháy trắng, cuốn lại như bị lửa táp, tách ra thấy con bọ nhỏ dẹt màu nâu đỏ và ấu trùng bên trong. Cây cao, phun thuốc không tới. Cần biện pháp sinh học.",
        {"hDo032": 2, "hDo164": 2},
    ),
    # other language only
    (
        "hDn17",
        "en",
        "sau_dau_den",
        "Coconut fronds skeletonised by black-headed caterpillars",
        "Lower fronds in our plantation turn brown and papery, the green tissue eaten from underneath, with silk galleries and frass on the leaflets and dark-headed caterpillars inside. The outbreak is spreading to neighbours. We need a control approach that does not mean spraying tall palms.",
        {"hDo034": 2, "hDo184": 2},
    ),
    # own language only
    (
        "hDn18",
        "en",
        "colombocoir",
        "Shortage of coconut climbers at harvest",
        "Few young people will climb coconut palms any more and our harvests are delayed. Looking for tools or devices so workers can harvest tall palms safely.",
        {"hDo090": 2, "hDo182": 2},
    ),
    # own language only
    (
        "hDn19",
        "en",
        "cw_fao",
        "Trimmed young coconuts turn brown during export shipping",
        "We export shaped young coconuts by reefer container; after two to three weeks many arrive with brown, mouldy husk surfaces and buyers file claims. What treatment and packaging keep them white?",
        {"hDo146": 2, "hDo180": 2},
    ),
    # own language only
    (
        "hDn20",
        "vi",
        "dua_products",
        "Máy tách cơm dừa và gọt vỏ lụa",
        "Cơ sở làm dừa nạo sấy đang tách cơm dừa khỏi gáo và gọt vỏ nâu bằng dao, tốn 30 công nhân. Cần máy để tăng năng suất.",
        {"hDo147": 2, "hDo172": 1},
    ),
    # --- Rice ---
    # both
    (
        "hDn21",
        "vi",
        "lua_man_om",
        "Cần giống lúa chịu mặn cho vụ Đông Xuân",
        "Vụ Đông Xuân năm rồi mặn vào sớm, ruộng ở Cầu Ngang bị cháy lá từ lúc làm đòng, năng suất chưa tới 3 tấn/ha. Vụ tới muốn đổi sang giống chịu mặn được 4‰, ngắn ngày, gạo dễ bán.",
        {"hDo036": 2, "hDo037": 2, "hDo038": 2, "hDo039": 1, "hDo040": 1},
    ),
    # own language only
    (
        "hDn22",
        "en",
        "hatri_coast",
        "Adding salt tolerance to our fragrant rice variety",
        "Our seed company sells a popular fragrant variety that fails when salinity rises at flowering in coastal districts. Rather than switch variety, we want salinity tolerance bred into it. Looking for a breeding partner with markers and screening facilities.",
        {"hDo159": 2, "hDo039": 1},
    ),
    # own language only
    (
        "hDn23",
        "vi",
        "lua_man_11",
        "Lúa giống tự để bị lẫn tạp, HTX muốn tự sản xuất giống",
        "Xã viên lấy lúa thịt làm giống nhiều vụ liền, ruộng lẫn lúa cỏ, cây cao cây thấp, chín không đều. HTX muốn tự sản xuất lúa giống cấp xác nhận để cung cấp cho xã viên. Cần hướng dẫn quy trình và kiểm định.",
        {"hDo041": 2, "hDo173": 2},
    ),
    # both
    (
        "hDn24",
        "en",
        "superbag",
        "Keeping paddy seed viable until next season without pesticides",
        "Farmers keep their own seed paddy in sacks in the house; by the next season weevils have bored the grain and germination has dropped. We want a cheap way to store lots of 50–500 kg safely without chemicals.",
        {"hDo042": 2, "hDo043": 2},
    ),
    # other language only
    (
        "hDn25",
        "vi",
        "flatbed_irri",
        "Máy sấy vỉ ngang sấy lúa khô không đều lớp trên lớp dưới",
        "Máy sấy vỉ ngang 8 tấn của tổ dịch vụ: sấy xong lớp dưới khô quá, hạt nứt, lớp trên còn ẩm 17–18 %, phải đảo tay rất cực mà vẫn không đều, lúa xay gãy nhiều. Muốn cải tiến máy sấy đang có.",
        {"hDo045": 2, "hDo187": 2},
    ),
    # own language only
    (
        "hDn26",
        "en",
        "husk_furnace",
        "Husk furnace on our dryer needs constant feeding",
        "The loose-husk furnace on our four-tonne flatbed dryer has to be stoked by hand every few minutes and the drying-air temperature swings up and down. We have plenty of husk from our own mill and want a furnace that feeds itself and burns steadily.",
        {"hDo046": 2, "hDo113": 1},
    ),
    # own language only
    (
        "hDn27",
        "vi",
        "cuon_rom",
        "Cần máy cuộn rơm để thu gom rơm bán",
        "Sau gặt đập liên hợp rơm để lại ngoài ruộng, nhiều người đốt. Tôi muốn làm dịch vụ thu gom rơm bán cho trại bò và người trồng nấm, cần máy cuộn hoặc ép kiện rơm đi được ruộng nhỏ, ruộng lún.",
        {"hDo052": 2, "hDo165": 2},
    ),
    # own language only
    (
        "hDn28",
        "vi",
        "drone_daidoanket",
        "Thiếu người phun thuốc cho cánh đồng lớn",
        "Cánh đồng lớn 120 ha của HTX tới đợt phun ngừa đạo ôn nhưng thuê người phun xịt không đủ, giá công cao, có người bị ngộ độc thuốc. Muốn thuê hoặc mua drone phun thuốc.",
        {"hDo056": 2, "hDo057": 1},
    ),
    # other language only
    (
        "hDn29",
        "vi",
        "laser_irri",
        "Ruộng chỗ gò chỗ trũng, lúa mọc không đều",
        "Ruộng sạ xong chỗ trũng đọng nước làm mạ chết, chỗ gò khô thì cỏ mọc nhiều, phải sạ dặm, tốn giống và thuốc cỏ. Bơm nước vào thì chỗ ngập chỗ khô. Có cách nào làm mặt ruộng bằng phẳng không?",
        {"hDo058": 2, "hDo188": 2, "hDo060": 1},
    ),
    # own language only
    (
        "hDn30",
        "en",
        "awd_afd",
        "Cut irrigation pumping in rice without losing yield",
        "Pumping costs for our dry-season rice keep rising, and we are told flooded paddies emit a lot of methane. Is there a proven water-saving irrigation practice that keeps yields in the Mekong Delta?",
        {"hDo059": 2, "hDo058": 1, "hDo188": 1},
    ),
    # own language only
    (
        "hDn31",
        "en",
        "combine_aciar",
        "Combine harvesters struggle in our small fields",
        "Contractors' combines get stuck and waste time turning in our small, uneven plots; many refuse to come or charge more. The cooperative is thinking about merging plots. What does it take for combines to work efficiently?",
        {"hDo060": 2, "hDo058": 1, "hDo188": 1},
    ),
    # own language only
    (
        "hDn32",
        "en",
        "laser_irri",
        "Farmers overuse urea on rice",
        "Our members apply urea by habit; the fields look dark green, plants lodge and blast gets worse. We want a simple tool or app that tells farmers when and how much nitrogen to apply.",
        {"hDo136": 2, "hDo139": 2},
    ),
    # --- Shrimp, crab, prawn and fish ---
    # own language only
    (
        "hDn33",
        "vi",
        "tcx_lua_tv",
        "Kỹ thuật nuôi tôm càng xanh trên ruộng lúa",
        "Đất ruộng ở Duyên Hải mùa khô nuôi tôm sú, mùa mưa rửa mặn trồng lúa. Giống lúa đã có, giờ muốn thả thêm tôm càng xanh trong ruộng lúa mùa mưa. Cần kỹ thuật đào mương, mật độ thả, cho ăn.",
        {"hDo070": 2, "hDo071": 2},
    ),
    # other language only
    (
        "hDn34",
        "vi",
        "mangrove_tv",
        "Muốn chứng nhận hữu cơ cho tôm nuôi dưới tán rừng",
        "Hộ nuôi tôm quảng canh dưới tán rừng đước ở Duyên Hải, không dùng thức ăn công nghiệp, không dùng thuốc. Nghe nói tôm sinh thái có chứng nhận hữu cơ quốc tế được doanh nghiệp mua giá cao. Cần hỗ trợ làm chứng nhận và kết nối người mua.",
        {"hDo072": 2, "hDo073": 2},
    ),
    # own language only
    (
        "hDn35",
        "en",
        "organic_shrimp",
        "Organic certification for mangrove shrimp groups",
        "An exporter wants to source certified organic black tiger shrimp from mangrove–shrimp farms in Tra Vinh. The farmers are small and keep few records. We need a programme to get farmer groups certified while keeping the mangroves protected.",
        {"hDo072": 2, "hDo073": 2},
    ),
    # own language only
    (
        "hDn36",
        "vi",
        "vietgap_tom",
        "Ao tôm thẻ cần chứng nhận VietGAP",
        "Tổ hợp tác 12 hộ nuôi tôm thẻ thâm canh, nhà máy yêu cầu có VietGAP mới thu mua giá cao. Cần đơn vị tư vấn hồ sơ, ghi chép và đánh giá.",
        {"hDo074": 2, "hDo166": 1},
    ),
    # both
    (
        "hDn37",
        "vi",
        "ehp_vft",
        "Tôm thẻ chậm lớn, lệch cỡ, phân trắng",
        "Ao tôm thẻ 45 ngày tuổi, tôm vẫn ăn nhưng chậm lớn, con to con nhỏ, có dây phân trắng nổi trên mặt nước. Vụ trước cũng bị. Nghi bị EHP, xin quy trình cải tạo ao và phòng bệnh cho vụ sau.",
        {"hDo061": 2, "hDo065": 2, "hDo064": 1, "hDo066": 1},
    ),
    # both
    (
        "hDn38",
        "en",
        "directpcr",
        "Screen postlarvae for white spot at the farm gate",
        "We buy postlarvae from several hatcheries and the nearest PCR lab is far away, so results come back after stocking. We want a fast test we can run ourselves at the farm before releasing PL into the ponds.",
        {"hDo063": 2, "hDo062": 1, "hDo064": 1},
    ),
    # both
    (
        "hDn39",
        "en",
        "aerator_iot",
        "Night-time oxygen crashes",
        "Twice this season our fish and shrimp ponds lost stock at dawn because dissolved oxygen fell while the workers slept. We want the aerators to switch on automatically when oxygen drops, and an alert on the phone.",
        {"hDo076": 2, "hDo075": 1, "hDo077": 1},
    ),
    # own language only
    (
        "hDn40",
        "vi",
        "ao_huu_co",
        "Không biết đo khí độc trong ao tôm",
        "Nuôi tôm nhỏ lẻ, tôm hay nổi đầu buổi sáng, kỹ sư đại lý nói do khí độc NH3, NO2 cao nhưng tôi không có dụng cụ đo. Cần bộ dụng cụ đo nhanh tại ao, dễ dùng.",
        {"hDo149": 2, "hDo174": 2},
    ),
    # both
    (
        "hDn41",
        "vi",
        "ca_ro_phi_xl",
        "Nước thải ao tôm làm ô nhiễm kênh",
        "Khu nuôi tôm thâm canh ở Cầu Ngang xả nước thải thẳng ra kênh chung, nước kênh đen, hôi, các hộ lấy nước vào ao bị bệnh theo. Xã muốn có mô hình xử lý nước thải ao tôm chi phí thấp cho các hộ.",
        {"hDo106": 2, "hDo107": 2, "hDo108": 1, "hDo066": 1},
    ),
    # other language only
    (
        "hDn42",
        "vi",
        "superintensive",
        "Hộ nuôi tôm nhỏ không đủ vốn nuôi công nghệ cao",
        "Tôi có 5 công ao đất, thấy người ta nuôi ao tròn lót bạt lời nhiều nhưng vốn đầu tư quá lớn, một mình không làm nổi. Muốn tìm mô hình liên kết: góp đất, doanh nghiệp cấp giống, thức ăn, kỹ thuật và bao tiêu.",
        {"hDo160": 2, "hDo189": 2},
    ),
    # own language only
    (
        "hDn43",
        "vi",
        "cua_giong",
        "Thiếu cua giống",
        "Cua giống bắt tự nhiên ngày càng ít, giá cao, cỡ không đều. Muốn đầu tư trại sản xuất cua biển giống nhân tạo ở Duyên Hải.",
        {"hDo079": 2, "hDo167": 1},
    ),
    # other language only
    (
        "hDn44",
        "en",
        "cua_tv",
        "Mud crab hatchery technology",
        "Our company farms mud crabs in Tra Vinh and depends on wild-caught juveniles that are getting scarce. We want hatchery technology to produce crab seed ourselves, from broodstock to crablets.",
        {"hDo079": 2, "hDo167": 1},
    ),
    # own language only
    (
        "hDn45",
        "vi",
        "tcx_probiotic",
        "Trại giống tôm càng xanh hao hụt ấu trùng",
        "Trại giống tôm càng xanh ương ấu trùng tỷ lệ sống chỉ 20–30 %, ấu trùng hay bị phát sáng, nhiễm khuẩn. Muốn cải tiến quy trình ương.",
        {"hDo080": 2, "hDo175": 2},
    ),
    # own language only
    (
        "hDn46",
        "vi",
        "ca_loc_dom_trang",
        "Cá lóc chết rải rác, gan thận có đốm trắng",
        "Ao cá lóc 2 tháng tuổi, cá bỏ ăn, bơi lờ đờ, bụng to, chết rải rác mỗi ngày. Mổ ra thấy gan, thận có nhiều đốm trắng nhỏ li ti. Cần hướng dẫn phòng trị.",
        {"hDo082": 2, "hDo168": 2},
    ),
    # own language only
    (
        "hDn47",
        "en",
        "ca_loc_strep",
        "Snakehead with swollen, cloudy eyes",
        "Snakehead in our earthen ponds swim erratically near the surface, their skin darkens and their eyes turn cloudy and bulge; deaths rise in the hot months. What is it and how do we prevent it next crop?",
        {"hDo150": 2, "hDo179": 2},
    ),
    # own language only
    (
        "hDn48",
        "vi",
        "ca_loc_chuoi",
        "Chuyển cá lóc từ ăn cá tạp sang thức ăn viên",
        "Giá cá tạp tăng mạnh, lúc có lúc không, nước ao dơ. Muốn chuyển cá lóc sang ăn thức ăn viên công nghiệp nhưng cá không chịu ăn. Cần cách tập cho ăn và loại thức ăn phù hợp.",
        {"hDo083": 2, "hDo169": 2},
    ),
    # own language only
    (
        "hDn49",
        "vi",
        "chitosan_bd",
        "Đầu vỏ tôm bỏ đi hôi thối",
        "Cơ sở lột tôm mỗi ngày thải 1 tấn đầu vỏ tôm, để lâu bốc mùi, bị phạt. Muốn chế biến thành bột làm thức ăn chăn nuôi để bán.",
        {"hDo089": 2, "hDo176": 2},
    ),
    # other language only
    (
        "hDn50",
        "vi",
        "aquaponics_pmc",
        "Nuôi cá kết hợp trồng rau trên sân thượng",
        "Trường tiểu học ở thành phố muốn làm mô hình nuôi cá kết hợp trồng rau sạch trên sân thượng cho học sinh học tập, diện tích nhỏ, ít thay nước.",
        {"hDo081": 2, "hDo190": 2},
    ),
    # --- Water ---
    # both
    (
        "hDn51",
        "vi",
        "ro_hai_lua",
        "Máy lọc nước lợ cho hộ gia đình",
        "Mùa khô nước giếng và nước sông ở Duyên Hải mặn 4–6‰, phải mua nước bình giá cao. Gia đình 6 người muốn mua máy lọc nước lợ thành nước uống được, công suất nhỏ.",
        {"hDo091": 2, "hDo092": 2, "hDo093": 2, "hDo094": 2, "hDo153": 1},
    ),
    # other language only
    (
        "hDn52",
        "en",
        "ro_3t",
        "Our brackish-water RO membranes clog within weeks",
        "We run a small RO unit for a commune water kiosk on canal water. Output drops after a few weeks because the membranes scale and foul, and imported replacement membranes are expensive. We need pre-treatment or a system design that protects them.",
        {"hDo092": 2, "hDo186": 2},
    ),
    # own language only
    (
        "hDn53",
        "vi",
        "tui_tru_nuoc",
        "Trữ nước ngọt trong mương vườn mùa khô",
        "Đầu mùa khô nước kênh còn ngọt nhưng mương vườn bị mặn thấm vào, không trữ được. Nhà không đủ tiền mua lu, xây bể. Có cách nào trữ nước ngọt rẻ tiền ngay trong mương để tưới rau, cây ăn trái?",
        {"hDo095": 2, "hDo154": 1},
    ),
    # both
    (
        "hDn54",
        "vi",
        "salinity_soctrang",
        "Cần biết trước khi nào mặn vào để đóng cống",
        "Ban quản lý cống ấp và nông dân trồng bưởi thường chỉ biết mặn vào khi đã lỡ lấy nước mặn vào vườn, cây bị cháy lá. Cần thông tin đo mặn, cảnh báo kịp thời để đóng cống và lấy nước đúng lúc.",
        {"hDo101": 2, "hDo100": 2, "hDo102": 1},
    ),
    # both
    (
        "hDn55",
        "en",
        "solar_pump_agrilinks",
        "Solar pumping with drip for chilli on sandy ridges",
        "Farmers growing chilli and watermelon on the sandy ridges of Tra Cu carry water by hand or run petrol pumps. We want a solar pump and drip irrigation package that a small farmer can afford.",
        {"hDo103": 2, "hDo104": 2, "hDo105": 2},
    ),
    # --- Fruit ---
    # both
    (
        "hDn56",
        "vi",
        "ruoi_chanh",
        "Chanh không hạt bị ruồi đục trái",
        "Vườn chanh không hạt 3 ha, trái gần thu hoạch có vết chích nhỏ, bên trong có dòi, trái thối và rụng nhiều. Xin biện pháp phòng trừ ít tồn dư thuốc để bán cho công ty.",
        {"hDo132": 2, "hDo129": 2, "hDo130": 2},
    ),
    # own language only
    (
        "hDn57",
        "vi",
        "sau_duc_buoi",
        "Bưởi da xanh bị sâu đục trái",
        "Trái bưởi non có lỗ đục, chảy nhựa, phân sâu đùn ra ngoài, nhiều trái rụng. Phun thuốc nhiều lần vẫn bị. Cần biện pháp phòng trừ hiệu quả.",
        {"hDo131": 2, "hDo170": 2},
    ),
    # --- Energy ---
    # own language only (long)
    (
        "hDn58",
        "vi",
        "heat_pump",
        "Sấy khô cá giữ màu mà đỡ tốn điện",
        "Cơ sở làm khô cá lóc, khô cá sặc ở Trà Cú, mùa mưa phơi không được nên chuyển qua sấy điện trở, tiền điện mỗi tháng hơn 20 triệu, mà cá sấy ra lại sậm màu, bề mặt khô cứng còn bên trong vẫn ẩm, khách chê. Có người nói sấy lạnh giữ màu đẹp hơn mà tốn ít điện hơn, không biết đúng không. Cần tư vấn loại máy sấy phù hợp khoảng 300 kg cá tươi mỗi mẻ.",
        {"hDo120": 2, "hDo126": 1},
    ),
    # own language only
    (
        "hDn59",
        "vi",
        "biogas_tech",
        "Hầm biogas giá rẻ cho hộ nuôi heo",
        "Nhà nuôi 30 con heo, phân xả ra mương sau nhà hôi thối, hàng xóm phàn nàn. Muốn làm hầm biogas loại rẻ, lắp nhanh, vừa xử lý phân vừa có gas nấu ăn.",
        {"hDo121": 2, "hDo171": 2},
    ),
    # own language only
    (
        "hDn60",
        "en",
        "biogas_hcm",
        "Use surplus biogas to generate electricity",
        "Our pig farm's covered lagoon produces more biogas than we can use for cooking and the rest is flared. We want to run a generator for fans and pumps. What equipment and gas cleaning do we need?",
        {"hDo123": 2, "hDo183": 1},
    ),
    # own language only
    (
        "hDn61",
        "vi",
        "cui_trau",
        "Nhà máy xay xát dư trấu",
        "Nhà máy xay xát mỗi ngày ra 10 tấn trấu, bán rẻ không ai mua hết, đổ ra sông thì bị phạt. Muốn ép củi trấu bán cho lò gạch, lò sấy.",
        {"hDo115": 2, "hDo177": 2},
    ),
    # own language only
    (
        "hDn62",
        "en",
        "best_switch",
        "High electricity bills at a small rice mill",
        "Our mill's power bill keeps climbing; the motors are old and have been rewound several times, and some machines run idle for hours. We want an energy audit and a list of upgrades with paybacks.",
        {"hDo124": 2, "hDo181": 2},
    ),
    # both
    (
        "hDn63",
        "en",
        "solar_roof",
        "Solar power for a seafood cold store",
        "Our cold store and ice plant in Tra Vinh run compressors all day and electricity is our second-largest cost. We have a large roof and want to know how much rooftop solar we can use ourselves and the payback.",
        {"hDo119": 2, "hDo118": 2},
    ),
    # --- Livestock and traceability ---
    # own language only
    (
        "hDn64",
        "vi",
        "bo_u_chua",
        "Dự trữ thức ăn cho bò mùa khô",
        "Nhà nuôi 8 con bò lai Sind ở Tiểu Cần. Sau khi bẻ bắp còn nhiều thân cây bắp bỏ ngoài ruộng, mùa khô thì không có cỏ, bò ốm. Muốn ủ thân cây bắp làm thức ăn dự trữ cho bò.",
        {"hDo135": 2, "hDo134": 1},
    ),
    # both
    (
        "hDn65",
        "vi",
        "qr_htx",
        "Tem QR truy xuất nguồn gốc cho dừa xuất khẩu",
        "HTX dừa hữu cơ được công ty nhập khẩu yêu cầu mỗi thùng dừa có mã truy xuất nguồn gốc tới tận vườn, quét ra thông tin canh tác và thu hoạch. Cần phần mềm và tem QR phù hợp quy mô HTX.",
        {"hDo140": 2, "hDo143": 2, "hDo141": 1, "hDo142": 1},
    ),
]
