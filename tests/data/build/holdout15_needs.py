"""Technology needs of holdout15: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    # --- salinity intrusion ---
    (
        "iQn01",
        "vi",
        "dtmn_man",
        "Cần thiết bị báo khi nước kênh bị mặn để ngưng bơm vào ruộng",
        "HTX nông nghiệp ở xã Long Sơn, Cầu Ngang. Mùa khô năm rồi nước kênh lên mặn bất ngờ vào ban đêm, bà con không biết vẫn bơm vào ruộng nên gần 40 ha lúa bị cháy. "
        "HTX muốn có thiết bị đặt ở đầu kênh, hễ nước mặn lên là báo về điện thoại cho tổ thủy nông đóng cống, ngưng bơm.",
        {"iQo001": 2, "iQo008": 2, "iQo002": 1, "iQo004": 1, "iQo005": 1, "iQo142": 1, "iQo091": 1},
    ),
    (
        "iQn02",
        "en",
        "vnnet_tv43m",
        "Durian trees burned after salty water, need to restore the garden soil",
        "I grow durian and pomelo in Cang Long. Last dry season we watered once with canal water that turned out salty; leaves burned at the edges, fruit dropped and some trees are dying. "
        "The soil still seems bad this year. How can I get the salt out of the soil and save the trees?",
        {"iQo007": 2, "iQo090": 1, "iQo088": 1, "iQo003": 1},
    ),
    (
        "iQn03",
        "vi",
        "moitruong_tv",
        "Muốn đào ao trữ nước ngọt cho vườn bưởi mà sợ đất cát bị thấm",
        "Nhà có 2 công bưởi da xanh, mùa khô kênh mặn cả tháng không lấy nước được. Tính đào ao chứa nước ngọt để tưới nhưng đất ở đây pha cát, đào thử thì nước rút mất, "
        "còn lo nước mặn thấm từ dưới lên. Cần người tính giúp ao bao lớn và làm sao giữ nước.",
        {"iQo003": 2, "iQo006": 1},
    ),
    (
        "iQn04",
        "en",
        "ccafs_drought",
        "Irrigation company needs a salinity outlook for the coming week",
        "Our provincial irrigation company operates about 30 intake sluices along the Co Chien river. Staff decide each morning which ones to open based on yesterday's measurements, "
        "and we often open too late or too early. We need a forecast of where the salty water will be in the next days so we can plan gate operations.",
        {"iQo004": 2, "iQo008": 1, "iQo001": 1, "iQo142": 1},
    ),
    (
        "iQn05",
        "vi",
        "vnnet_tv43m",
        "can may do do man cam tay gia re",
        "nha lam ruong voi vuon dua o tra cu, mua kho muon do nuoc kenh coi man hay ngot truoc khi bom vo, "
        "can loai may nho cam tay gia re, co ai chi cach doc so bao nhieu la bom duoc khong",
        {"iQo002": 2, "iQo001": 1},
    ),
    # --- drinking water ---
    (
        "iQn06",
        "vi",
        "vnexpress_school",
        "Trường tiểu học ven biển thiếu nước uống cho học sinh mùa hạn mặn",
        "Trường tiểu học ở Duyên Hải có khoảng 500 học sinh. Mùa khô giếng khoan của trường bị mặn, phải mua nước bình cho các em uống, tốn kém mà không đủ. "
        "Nhà trường cần một hệ thống lọc được nước giếng nhiễm mặn thành nước uống, dễ vận hành cho giáo viên, điện ở đây hay chập chờn.",
        {"iQo009": 2, "iQo013": 2, "iQo010": 2, "iQo016": 1, "iQo017": 1},
    ),
    (
        "iQn07",
        "vi",
        "timtailieu_capnuoc",
        "Nước mưa hứng trong lu bị lá cây, lăng quăng, cần cách chứa sạch hơn",
        "Gia đình tôi ở Châu Thành hứng nước mưa từ mái tole vào mấy cái lu để uống quanh năm. Trận mưa đầu mùa nước đục, có lá cây, phân chim, để lâu thì có lăng quăng. "
        "Muốn có bồn chứa kín với cách bỏ được nước mưa đầu cho sạch.",
        {"iQo011": 2, "iQo016": 1, "iQo014": 1},
    ),
    (
        "iQn08",
        "vi",
        "timtailieu_capnuoc",
        "Nước giếng màu vàng, tanh mùi sắt, giặt đồ bị ố",
        "Nhà tôi dùng giếng khoan, nước bơm lên để một lát là vàng, có mùi tanh như sắt rỉ, giặt áo trắng bị ố vàng, lu chứa đóng cặn đỏ. "
        "Xin giới thiệu cách lọc rẻ tiền cho hộ gia đình.",
        {"iQo012": 2, "iQo013": 1},
    ),
    (
        "iQn09",
        "vi",
        "timtailieu_capnuoc",
        "Trạm cấp nước xã bị phản ánh nước máy nhiễm vi sinh",
        "Tổ hợp tác quản lý trạm cấp nước 600 m³/ngày cho 1.500 hộ. Kết quả xét nghiệm vừa rồi có coliform vượt chuẩn ở cuối mạng ống. "
        "Công nhân pha bột clo bằng tay nên lúc nhiều lúc ít, dân chê nước có mùi. Cần giải pháp khử trùng ổn định, dễ làm.",
        {"iQo015": 2, "iQo019": 2},
    ),
    (
        "iQn10",
        "vi",
        "vietexplorer_vl",
        "Gia đình 6 người cần máy lọc nước kênh nhiễm mặn để uống",
        "Nhà ở Cầu Ngang, mùa khô nước máy bị cắt nhiều ngày, nước kênh thì lợ. Mua nước bình hoài không nổi. "
        "Có loại máy nào nhỏ dùng trong nhà lọc nước lợ thành nước uống được không, giá bao nhiêu?",
        {"iQo017": 2, "iQo010": 1, "iQo009": 1},
    ),
    (
        "iQn11",
        "en",
        "timtailieu_capnuoc",
        "Rural water utility losing a third of its treated water",
        "We run piped water schemes in three communes. We produce far more water than we bill, roughly 35 % is lost, and we cannot find where: old pipes, illegal taps or broken meters. "
        "We want better metering and a way to locate leaks.",
        {"iQo018": 2},
    ),
    # --- seafood wastewater ---
    (
        "iQn12",
        "vi",
        "tiengiang_seafoodww",
        "Nhà máy tôm đông lạnh bị phạt vì nước thải vượt chuẩn",
        "Công ty chế biến tôm xuất khẩu, nước thải khoảng 200 m³/ngày. Đợt kiểm tra vừa qua COD và amoni đầu ra vượt quy chuẩn nhiều lần, bị xử phạt và yêu cầu khắc phục trong 6 tháng. "
        "Hệ thống cũ chỉ có bể lắng và bể sục khí. Cần đơn vị khảo sát, cải tạo để đạt chuẩn.",
        {"iQo020": 2, "iQo023": 2, "iQo021": 1, "iQo022": 1, "iQo026": 1},
    ),
    (
        "iQn13",
        "en",
        "surimi_ww",
        "Biological tank of our surimi plant keeps dying when brine water comes",
        "Our surimi factory washes fish mince with salt water, so the wastewater salinity jumps several times a day. "
        "Each time, the activated sludge tank foams, turns dark and the outlet goes over the limit; restarting takes weeks. We need bacteria or a method that survives the salt.",
        {"iQo022": 2, "iQo020": 1, "iQo023": 1},
    ),
    (
        "iQn14",
        "vi",
        "tiengiang_seafoodww",
        "Nhà máy cá tra phải lắp quan trắc nước thải tự động gửi số liệu về Sở",
        "Nhà máy fillet cá tra xả trên 500 m³/ngày, theo giấy phép môi trường mới phải lắp thiết bị đo nước thải liên tục và truyền số liệu về cơ quan quản lý. "
        "Cần nhà cung cấp trọn gói thiết bị, kết nối và kiểm định.",
        {"iQo026": 2},
    ),
    (
        "iQn15",
        "en",
        "surimi_ww",
        "Neighbours complain about fishy smell from our wastewater area",
        "A fish processing plant near a residential area. The smell from the wastewater tanks and the place where we keep fish waste is strong in the evenings, and people living nearby have complained to the commune. "
        "We need to stop the smell.",
        {"iQo025": 2, "iQo020": 1},
    ),
    (
        "iQn16",
        "vi",
        "ifc_seafoodenergy",
        "Nhà máy thủy sản tốn nước quá, muốn dùng lại nước rửa",
        "Mỗi ngày nhà máy dùng hơn 800 m³ nước để rửa tôm, rửa cá, rửa sàn, tiền nước và tiền xử lý nước thải đều cao. "
        "Muốn tìm cách xử lý để dùng lại một phần nước rửa mà vẫn bảo đảm vệ sinh an toàn thực phẩm.",
        {"iQo024": 2},
    ),
    (
        "iQn17",
        "en",
        "surimi_ww",
        "Wet sludge from our treatment plant is piling up and costly to haul",
        "Our food factory's wastewater plant produces several tonnes of wet sludge a day. It is mostly water, the truck costs are high and the storage area overflows in the rainy season. "
        "We want to make the sludge much drier and smaller before it leaves.",
        {"iQo027": 2, "iQo054": 1},
    ),
    # --- coconut wastewater ---
    (
        "iQn18",
        "vi",
        "tridge_dc",
        "Nhà máy cơm dừa sấy có 30 khối nước dừa bỏ ra mỗi ngày, chua và thối",
        "Nhà máy cơm dừa nạo sấy ở Tiểu Cần, mỗi ngày bỏ ra khoảng 30 m³ nước dừa già và nước rửa, để vài giờ là chua, bốc mùi, chảy ra kênh bị người dân phản ánh. "
        "Cần công nghệ xử lý phù hợp với loại nước thải này.",
        {"iQo029": 2, "iQo028": 2, "iQo032": 1, "iQo033": 1},
    ),
    (
        "iQn19",
        "en",
        "hiephoidua",
        "Coir retting ponds turn black and kill fish in the canal",
        "Our village group of about 20 households soaks coconut husks in ponds to extract fibre for rope. The water turns black and smelly, and when it overflows into the canal the fish die. "
        "We need something affordable to clean this water.",
        {"iQo030": 2, "iQo031": 2},
    ),
    (
        "iQn20",
        "vi",
        "vnhn_dua",
        "co so keo dua can he thong xu ly nuoc thai nho gon",
        "co so lam keo dua o cho lach, nuoc thai khoang 10 khoi moi ngay, dat chat, khong co cho xay be lon. "
        "can loai may xu ly nuoc thai lap san, nho gon, van hanh don gian de lam ho so moi truong",
        {"iQo033": 2, "iQo028": 1},
    ),
    (
        "iQn21",
        "vi",
        "vietcoco",
        "Muốn tận dụng nước dừa già làm sản phẩm thay vì đổ bỏ",
        "Công ty sản xuất cơm dừa và sữa dừa, mỗi ngày dư hàng chục khối nước dừa già. Đổ đi vừa phí vừa tốn tiền xử lý. "
        "Có công nghệ nào biến nước dừa này thành sản phẩm bán được không?",
        {"iQo032": 2, "iQo029": 1},
    ),
    # --- slaughterhouse, livestock waste ---
    (
        "iQn22",
        "vi",
        "hnd_slaughter",
        "Xã cần công nghệ xử lý nước thải cho lò mổ heo tập trung",
        "UBND xã dự kiến gom các điểm giết mổ nhỏ lẻ về một lò mổ tập trung khoảng 50 con heo mỗi đêm. "
        "Hiện nước thải, máu, lông đều xả thẳng ra rạch gây hôi thối. Cần tư vấn công nghệ xử lý nước thải đạt chuẩn, chi phí vận hành vừa phải.",
        {"iQo034": 2, "iQo035": 1, "iQo036": 1},
    ),
    (
        "iQn23",
        "en",
        "biogas_hcm",
        "Pig farm wash water smells; we also want gas for cooking",
        "Family pig farm with 80 sows and their piglets. We wash the pens twice a day and the water runs into a ditch behind the farm; neighbours complain about the smell. "
        "We would like a way to treat the manure and use the gas for cooking and heat lamps.",
        {"iQo036": 2, "iQo073": 1, "iQo040": 1, "iQo038": 1, "iQo039": 1},
    ),
    (
        "iQn24",
        "vi",
        "sggp_bo",
        "Trại bò 40 con dư phân, muốn làm phân bón bán",
        "Nuôi 40 con bò vỗ béo ở Trà Cú, phân bò dồn đống sau chuồng, mưa xuống là chảy ra mương. "
        "Muốn biến phân bò thành phân bón khô, sạch để bán cho vườn cây ăn trái, kiếm thêm thu nhập.",
        {"iQo037": 2, "iQo040": 2},
    ),
    (
        "iQn25",
        "en",
        "hnd_slaughter",
        "Small abattoir wants to stop dumping blood into the drain",
        "We slaughter about 40 pigs a night. All the blood goes down the floor drain with the wash water, and the drain is red and stinks by morning. "
        "Is there a way to collect the blood and make something of it?",
        {"iQo035": 2, "iQo034": 1},
    ),
    # --- solid waste and plastic ---
    (
        "iQn26",
        "vi",
        "thvl_rac",
        "Xã muốn giảm lượng rác chở đi bãi, hướng dẫn dân tự xử lý rác hữu cơ",
        "Xã nông thôn mới ở Tam Bình, xe thu gom chỉ đi được tuyến chính, bãi rác huyện thì xa. "
        "Xã muốn vận động bà con phân loại rác, rác nhà bếp và lá cây thì xử lý luôn tại nhà làm phân bón. Cần mô hình và người tập huấn.",
        {"iQo041": 2, "iQo046": 1, "iQo047": 1},
    ),
    (
        "iQn27",
        "en",
        "tvplastic",
        "Market has 500 kg of vegetable and fruit scraps every day",
        "The management board of a town market: every day about half a tonne of vegetable leaves, rotten fruit and food scraps goes to the landfill at our cost. "
        "We would like to turn it into something useful on site.",
        {"iQo046": 2, "iQo041": 1},
    ),
    (
        "iQn28",
        "vi",
        "tvplastic",
        "Thu gom được nhiều nhựa phế liệu mà không ai mua",
        "Tổ thu gom ve chai ở thị trấn gom được nhiều bao bì, túi ni lông, can nhựa lẫn lộn, vựa không chịu mua vì khó tái chế, để chất đống. "
        "Muốn có máy móc để tự làm ra sản phẩm từ nhựa này, như cọc rào hay tấm ván.",
        {"iQo042": 2},
    ),
    (
        "iQn29",
        "vi",
        "nnmt_plastic",
        "chai lo thuoc tru sau vut tum lum xuong kenh",
        "ap toi ba con xit thuoc xong vut chai lo, bao thuoc xuong muong, kenh, nuoc do ca chet, con nit tam nguy hiem. "
        "xa muon lam cho thu gom cho dang hoang, lam sao de ba con bo vo va co noi xu ly",
        {"iQo044": 2, "iQo048": 1},
    ),
    (
        "iQn30",
        "vi",
        "nnmt_plastic",
        "Chợ muốn thay túi ni lông bằng loại túi tự phân hủy",
        "Ban quản lý chợ phường muốn hưởng ứng giảm rác thải nhựa, cần nguồn túi đựng, hộp đựng đồ ăn tự phân hủy giá hợp lý để tiểu thương thay túi ni lông.",
        {"iQo045": 2},
    ),
    (
        "iQn31",
        "en",
        "nnmt_plastic",
        "Canal next to the market is full of floating plastic",
        "Bottles, foam boxes and bags float down the canal beside our market and pile up at the bridge; when the tide turns it all goes out to the river. "
        "The ward wants a way to catch this rubbish in the water and collect it regularly.",
        {"iQo048": 2, "iQo042": 1},
    ),
    # --- bank erosion and dredging ---
    (
        "iQn32",
        "vi",
        "baoag_satlo",
        "Bờ kênh trước nhà sạt lở mỗi mùa mưa, muốn cách làm rẻ không đổ bê tông",
        "Dọc con kênh ở ấp tôi, mùa mưa nào đất bờ cũng sụp xuống từng mảng, có nhà đã mất gần 2 mét đất. "
        "Dân không đủ tiền làm kè bê tông, muốn có cách gia cố bờ bằng vật liệu tự nhiên, trồng cây giữ đất, bà con tự làm được.",
        {"iQo050": 2, "iQo051": 2, "iQo057": 2, "iQo052": 1},
    ),
    (
        "iQn33",
        "en",
        "tienphong_satlo",
        "Province wants warning of which riverbank segments may collapse",
        "Over a hundred landslide points on river and canal banks were recorded this year. The disaster management office wants to know in advance which segments are at risk, "
        "so that households can be moved before the rainy season instead of after the bank falls.",
        {"iQo055": 2},
    ),
    (
        "iQn34",
        "vi",
        "thiennhien_bun",
        "Kênh nội đồng bị bồi cạn, cần máy nạo vét nhỏ và chỗ chứa bùn",
        "Kênh cấp nước cho 200 ha lúa bị bồi lắng, ghe không đi được, mùa khô không đủ nước bơm. "
        "Kênh hẹp, xe cuốc không vô được, mà bùn vét lên thì không có chỗ đổ, đắp lên bờ là mưa trôi xuống lại. Cần giải pháp vét kênh và xử lý bùn.",
        {"iQo053": 2, "iQo054": 2, "iQo056": 1, "iQo049": 1},
    ),
    (
        "iQn35",
        "en",
        "tienphong_satlo",
        "Waves are eating our sea dyke and young mangroves get washed away",
        "In our coastal commune the high tides and waves have eroded 3 km of the sea dyke, threatening shrimp ponds behind it. "
        "We planted mangroves in front of the dyke twice, but the waves wash the seedlings away. We need a low-cost way to calm the waves so the mud builds up and trees can grow.",
        {"iQo058": 2, "iQo051": 1, "iQo050": 1},
    ),
    (
        "iQn36",
        "vi",
        "thiennhien_bun",
        "Hàng ngàn khối bùn nạo vét kênh, muốn tận dụng làm vật liệu",
        "Huyện vừa nạo vét mấy tuyến kênh, bùn phơi dọc bờ rất nhiều. Có cách nào xử lý bùn này để làm gạch, làm đất san lấp hoặc đất trồng thay vì bỏ không?",
        {"iQo049": 2, "iQo056": 2, "iQo054": 1},
    ),
    # --- solar ---
    (
        "iQn37",
        "vi",
        "sggp_solar",
        "Tiền điện mỗi tháng 3 triệu, muốn gắn điện mặt trời có pin dự trữ",
        "Nhà tôi có máy lạnh, tủ đông bán nước đá, tiền điện mỗi tháng khoảng 3 triệu. Khu này mùa khô hay cúp điện. "
        "Muốn lắp tấm pin mặt trời trên mái, có bình lưu điện để xài ban đêm và lúc cúp điện, trả góp được càng tốt.",
        {"iQo059": 2},
    ),
    (
        "iQn38",
        "en",
        "vir_solar",
        "Cold store wants rooftop solar without paying upfront",
        "We own a 3,000 m² cold storage warehouse with a large flat roof. Electricity is our biggest cost, but we cannot tie up capital in a solar system. "
        "Looking for an investor who installs solar on our roof and sells us the power.",
        {"iQo060": 2},
    ),
    (
        "iQn39",
        "vi",
        "vnnet_solarpump",
        "vuon buoi khong co dien, muon bom nuoc bang nang luong mat troi",
        "vuon buoi 1 hecta o xa dien luoi, moi mua kho chay may bom dau ton 300 ngan moi ngay. "
        "muon lap tam pin mat troi chay may bom tuoi, khong biet can may tam va bom loai nao",
        {"iQo061": 2, "iQo062": 2},
    ),
    (
        "iQn40",
        "en",
        "vnplus_solaragri",
        "Shrimp farm electricity bill for aerators is too high",
        "We run 6 intensive shrimp ponds in Duyen Hai; paddlewheels run almost 24 hours a day and electricity is now our second cost after feed. "
        "We want to cut the power bill, maybe with solar or smarter aerator control.",
        {"iQo064": 2, "iQo063": 2, "iQo149": 1, "iQo130": 1},
    ),
    (
        "iQn41",
        "vi",
        "vir_solar",
        "Hệ điện mặt trời mái xưởng sau 3 năm sản lượng giảm nhiều",
        "Xưởng lắp 200 kWp điện mặt trời mái nhà từ năm 2021, gần đây sản lượng mỗi tháng thấp hơn trước khoảng 20 %. "
        "Mái gần đường nên bụi nhiều, nghi có tấm bị hỏng. Cần đơn vị kiểm tra, vệ sinh và bảo trì.",
        {"iQo065": 2},
    ),
    # --- biomass and biogas ---
    (
        "iQn42",
        "vi",
        "vietcoco",
        "Nhà máy dừa muốn bỏ lò hơi đốt dầu, đốt vỏ dừa gáo dừa của nhà máy",
        "Nhà máy sữa dừa dùng lò hơi 4 tấn đốt dầu DO, chi phí nhiên liệu quá cao. Trong khi đó vỏ dừa, gáo dừa của nhà máy thải ra mỗi ngày hàng chục tấn phải thuê chở đi. "
        "Muốn cải tạo hoặc thay lò để đốt chính phụ phẩm này.",
        {"iQo072": 2, "iQo068": 1, "iQo075": 1},
    ),
    (
        "iQn43",
        "en",
        "greenboiler",
        "Rice mill has mountains of husk and needs heat for drying and parboiling",
        "Our rice mill in Tra On produces about 40 tonnes of husk a day that we can hardly sell, while we buy diesel for the paddy dryers and oil for the parboiling steam. "
        "We want to burn or convert our own husk to supply that heat.",
        {"iQo068": 2, "iQo069": 2, "iQo070": 1, "iQo105": 1},
    ),
    (
        "iQn44",
        "vi",
        "ctu_biogas",
        "Hầm biogas thiếu phân heo nên ra gas yếu",
        "Nhà có hầm biogas 10 khối, từ khi giảm đàn heo còn 5 con thì gas yếu, nấu cơm không chín. "
        "Có thể bỏ thêm thứ gì khác vô hầm cho ra gas không, như lục bình hay rơm?",
        {"iQo074": 2},
    ),
    (
        "iQn45",
        "vi",
        "trabaco",
        "Lò đốt than gáo dừa khói mù mịt, dân trong ấp phản ánh",
        "Ấp có mấy hộ đốt gáo dừa làm than bán cho công ty than hoạt tính, đốt bằng hầm đất nên khói đen bay khắp xóm, người già trẻ nhỏ ho. "
        "Xã cần cách đốt than ít khói hơn để bà con vẫn giữ được nghề.",
        {"iQo071": 2, "iQo101": 1},
    ),
    (
        "iQn46",
        "en",
        "greenboiler",
        "Biomass boiler failed the dust emission inspection",
        "Our 6 t/h boiler burns husk and wood chips. The environmental inspection found dust at the stack well above the national limit and gave us a deadline to fix it. "
        "We need equipment to clean the flue gas.",
        {"iQo075": 2, "iQo072": 1, "iQo068": 1},
    ),
    # --- energy efficiency ---
    (
        "iQn47",
        "vi",
        "ifc_seafoodenergy",
        "Kho lạnh thủy sản 2.000 tấn tiền điện quá cao",
        "Công ty có kho lạnh trữ tôm cá đông lạnh 2.000 tấn và dây chuyền cấp đông, mỗi tháng tiền điện hơn 1 tỷ đồng. "
        "Máy nén đã cũ, cửa kho mở ra vô nhiều. Muốn biết chỗ nào đang hao điện và đầu tư gì để giảm.",
        {"iQo076": 2, "iQo077": 2, "iQo078": 1, "iQo081": 1, "iQo080": 1, "iQo060": 1},
    ),
    (
        "iQn48",
        "en",
        "niptech_rice",
        "Rice mill electricity bill too high, old motors and machines",
        "A 10 t/h rice mill with machines from the 2000s; many motors have been rewound several times and we pay penalties for low power factor. "
        "We want to bring the electricity cost per tonne down.",
        {"iQo083": 2, "iQo079": 2, "iQo080": 1},
    ),
    (
        "iQn49",
        "vi",
        "eria_coldchain",
        "HTX trái cây cần kho lạnh nhỏ, điện ở đây yếu",
        "HTX trồng chôm chôm, bưởi cần một kho lạnh 10 tấn để trữ trái vài ngày chờ thương lái, nhưng ấp ở cuối đường dây, điện yếu, hay mất. "
        "Có loại kho lạnh nào chạy được trong điều kiện này?",
        {"iQo082": 2},
    ),
    # --- climate adaptation ---
    (
        "iQn50",
        "vi",
        "vnnet_tv43m",
        "Lúa đông xuân ở Trà Cú hay chết vì mặn, cần giống chịu mặn",
        "Ruộng tôi gần cửa sông, vụ đông xuân cuối vụ là nước mặn lên, năm nào lúa cũng lép hoặc chết từng đám. "
        "Muốn tìm giống lúa ngắn ngày, chịu mặn được để kịp thu hoạch trước khi mặn vào.",
        {"iQo084": 2, "iQo087": 1, "iQo086": 1, "iQo088": 1},
    ),
    (
        "iQn51",
        "en",
        "vnplus_adapt",
        "Rice land too salty and dry in the dry season, want a more profitable crop",
        "Our family has 1 ha of rice that barely breaks even in the winter-spring season because of saline water and lack of fresh water. "
        "Neighbours have moved to maize, peanut or chilli. We want technical help to convert the field and find buyers.",
        {"iQo086": 2, "iQo089": 1},
    ),
    (
        "iQn52",
        "en",
        "plos_saltrice",
        "Cooperative wants to cut pumping costs and methane in rice fields",
        "Our rice cooperative pays a lot for irrigation pumping and a buyer of our rice asks for lower-emission production. "
        "We would like a simple water management method that uses less water without losing yield.",
        {"iQo085": 2, "iQo110": 1},
    ),
    (
        "iQn53",
        "vi",
        "vnplus_adapt",
        "Ruộng ven biển nhiễm mặn, muốn làm một vụ tôm một vụ lúa",
        "Đất lúa ở xã ven biển mùa khô nhiễm mặn, trồng lúa hai vụ không nổi. Bà con muốn chuyển sang mùa khô nuôi tôm, mùa mưa trồng lúa "
        "nhưng chưa biết làm bờ, rửa mặn thế nào cho lúa không chết.",
        {"iQo087": 2, "iQo084": 1},
    ),
    # --- coconut processing ---
    (
        "iQn54",
        "vi",
        "sokfarm",
        "Nước dừa đóng chai chỉ giữ được vài ngày, muốn kéo dài để xuất khẩu",
        "Doanh nghiệp đang bán nước dừa tươi đóng chai trong nước, phải giữ lạnh và chỉ để được 3 ngày. "
        "Khách nước ngoài muốn mua nhưng cần hạn dùng dài, vẫn giữ vị nước dừa tươi, không chất bảo quản.",
        {"iQo093": 2, "iQo094": 2, "iQo103": 1},
    ),
    (
        "iQn55",
        "en",
        "vnhn_dua",
        "EU buyer requires FSSC 22000 before the next coconut order",
        "We produce frozen coconut milk and desiccated coconut. Our European importer says the next contract requires a GFSI-recognised certificate, preferably FSSC 22000, and we only have basic food safety paperwork. "
        "Looking for consultants to take us through certification.",
        {"iQo096": 2, "iQo135": 1, "iQo113": 1},
    ),
    (
        "iQn56",
        "vi",
        "vnhn_dua",
        "muon lam dau dua nguyen chat de ban",
        "nha co vuon dua, gia dua trai re qua nen muon tu lam dau dua nguyen chat (loai khong nau) dong chai ban online. "
        "can may mong va cach lam cho dau trong, thom, de lau khong bi hoi",
        {"iQo095": 2},
    ),
    (
        "iQn57",
        "en",
        "van_waxcoco",
        "Trimmed fresh coconuts turn brown and mouldy during sea shipment",
        "We export trimmed young coconuts by reefer container to the Middle East. After 3-4 weeks many arrive with brown patches and mould on the white husk, and the buyer deducts the price. "
        "We need better trimming and treatment so they stay white.",
        {"iQo097": 2, "iQo137": 1},
    ),
    (
        "iQn58",
        "vi",
        "sokfarm",
        "HTX muốn làm đường, mật hoa dừa từ nước dừa cây",
        "HTX có nhiều thành viên biết leo dừa lấy nhựa. Nghe nói đường hoa dừa, mật hoa dừa xuất khẩu được giá, "
        "HTX muốn đầu tư thiết bị nấu và quy trình để làm sản phẩm đạt chất lượng, không bị chua.",
        {"iQo098": 2},
    ),
    (
        "iQn59",
        "en",
        "trabaco",
        "Coconut milk product needs long room-temperature shelf life",
        "We sell fresh coconut milk in bags that must be frozen. Supermarkets want a version that sits on the shelf for a year at room temperature, with no preservatives and no cream separating.",
        {"iQo100": 2, "iQo103": 1, "iQo128": 1},
    ),
    # --- rice ---
    (
        "iQn60",
        "vi",
        "niptech_rice",
        "Gặt lúa mùa mưa không có chỗ phơi, lúa ẩm mốc, nảy mầm",
        "HTX thu hoạch vụ hè thu gặp mưa liên tục, lúa cắt về chất đống không phơi được, 2-3 ngày là nóng, mốc, nảy mầm, bán bị ép giá. "
        "Cần máy sấy lúa công suất lớn cho cả HTX dùng.",
        {"iQo105": 2, "iQo069": 1},
    ),
    (
        "iQn61",
        "en",
        "niptech_rice",
        "Seed rice stored at home gets weevils and stops germinating",
        "Farmers in our group keep their own seed rice in sacks between seasons. By planting time many sacks have weevils and germination is poor. "
        "We want a cheap way to store seed without chemicals.",
        {"iQo106": 2, "iQo109": 1},
    ),
    (
        "iQn62",
        "vi",
        "niptech_rice",
        "Cám gạo để vài ngày bị hôi, muốn làm dầu cám",
        "Nhà máy xay xát mỗi ngày ra 10 tấn cám, bán cho trại heo giá thấp, để vài ngày là hôi dầu. "
        "Nghe nói có thể ép dầu cám gạo, muốn biết công nghệ giữ cám tươi và ép dầu.",
        {"iQo108": 2},
    ),
    (
        "iQn63",
        "vi",
        "niptech_rice",
        "Gạo đặc sản đóng túi để trên kệ 2 tháng là có mọt",
        "Công ty có thương hiệu gạo thơm bán siêu thị, túi 5 kg. Hàng để trên kệ chừng 2 tháng là khách phản ánh có mọt, gạo mất mùi thơm. "
        "Cần cách đóng gói giữ gạo lâu hơn.",
        {"iQo109": 2, "iQo106": 1},
    ),
    # --- fish processing ---
    (
        "iQn64",
        "vi",
        "ifc_seafoodenergy",
        "Phơi khô cá ngoài trời bị ruồi bu, mưa là hư hàng",
        "Cơ sở làm khô cá lóc, khô cá sặc một nắng, mỗi ngày phơi khoảng 300 kg trên giàn ngoài sân. Ruồi bu nhiều, gặp mưa thì cá bị chua, mốc. "
        "Muốn có máy hoặc nhà sấy để làm khô cá sạch hơn, không lệ thuộc trời.",
        {"iQo117": 2, "iQo067": 2},
    ),
    (
        "iQn65",
        "en",
        "tiengiang_seafoodww",
        "Five tonnes of fish heads, bones and guts every day",
        "Our fish filleting plant produces about 5 tonnes of heads, frames and viscera daily. We pay to have it taken away and sometimes it is not collected on time and smells. "
        "We want to process it ourselves into products.",
        {"iQo115": 2, "iQo046": 1},
    ),
    (
        "iQn66",
        "vi",
        "tiengiang_seafoodww",
        "Vựa lột tôm có nhiều đầu vỏ tôm bỏ đi",
        "Cơ sở sơ chế tôm, mỗi ngày ra khoảng 2 tấn đầu và vỏ tôm, hiện bán rẻ cho người làm thức ăn gia súc hoặc đổ bỏ. "
        "Muốn chế biến đầu vỏ tôm thành sản phẩm có giá trị cao hơn.",
        {"iQo116": 2, "iQo115": 1},
    ),
    (
        "iQn67",
        "en",
        "tiengiang_seafoodww",
        "Shrimp shipment rejected for antibiotic residues",
        "One of our shrimp containers was rejected at the border because of an antibiotic residue. We buy from many small farmers and cannot send every lot to an outside lab. "
        "We need a quick way to check raw shrimp at our receiving gate.",
        {"iQo120": 2},
    ),
    # --- fruit processing ---
    (
        "iQn68",
        "vi",
        "lavite_fruit",
        "Xoài, chuối dư thừa rớt giá, muốn làm trái cây sấy",
        "Vùng tôi xoài cát, chuối xiêm vào mùa rớt giá còn vài ngàn một ký, có lúc bỏ rụng. "
        "Nhóm phụ nữ muốn làm trái cây sấy đóng gói bán ở chợ, siêu thị và làm quà, cần máy sấy và cách làm giữ được màu.",
        {"iQo121": 2, "iQo122": 2, "iQo067": 1},
    ),
    (
        "iQn69",
        "en",
        "lavite_fruit",
        "Green-skin pomelo loses freshness during a three-week shipment",
        "Our cooperative ships green-skin pomelo by sea to Europe. After about three weeks the peel gets dull and soft and some fruit rots, so buyers complain. "
        "We are looking for a treatment that keeps the fruit fresh longer.",
        {"iQo123": 2, "iQo124": 1, "iQo126": 1},
    ),
    (
        "iQn70",
        "vi",
        "lavite_fruit",
        "Vỏ bưởi bỏ đi nhiều, muốn làm ra sản phẩm",
        "Cơ sở bóc múi bưởi bán cho quán chè, mỗi ngày bỏ mấy trăm ký vỏ. Nghe nói vỏ bưởi làm được dầu gội, tinh dầu. Cần thiết bị và cách làm.",
        {"iQo127": 2},
    ),
    (
        "iQn71",
        "vi",
        "vnplus_longan",
        "Xuất trái cây sang Nhật, Hàn cần xử lý diệt ruồi đục trái",
        "Doanh nghiệp có đối tác Hàn Quốc muốn mua xoài, thanh long nhưng yêu cầu trái phải qua xử lý kiểm dịch diệt trứng ruồi đục trái tại cơ sở được công nhận. "
        "Cần đầu tư thiết bị xử lý và làm hồ sơ.",
        {"iQo129": 2, "iQo126": 1},
    ),
    # --- digital ---
    (
        "iQn72",
        "vi",
        "ctu_iot_shrimp",
        "Tôm nổi đầu ban đêm vì thiếu oxy, muốn có máy báo về điện thoại",
        "Nuôi tôm thẻ 4 ao ở Duyên Hải, mấy lần ban đêm trời oi tôm thiếu oxy nổi đầu, sáng ra mới biết thì đã hao nhiều. "
        "Muốn lắp thiết bị đo trong ao, báo về điện thoại khi nước thiếu oxy để kịp chạy quạt.",
        {"iQo130": 2, "iQo149": 1, "iQo064": 1},
    ),
    (
        "iQn73",
        "en",
        "laodong_qr",
        "Supermarket asks our pomelo cooperative for QR traceability",
        "A supermarket chain will list our pomelos only if each box carries a QR code showing which farm grew them and how. "
        "We have 60 member farms and keep records on paper. We need a system and labels.",
        {"iQo131": 2, "iQo132": 2, "iQo136": 1, "iQo141": 1},
    ),
    (
        "iQn74",
        "vi",
        "sggp_livestream",
        "htx muon ban hang tren shopee, tiktok ma khong biet lam",
        "htx co san pham keo dua, mat hoa dua dat ocop 3 sao, gio chi ban cho khach quen va hoi cho. "
        "muon mo gian hang tren shopee, tiktok shop va tap livestream ban hang, can nguoi huong dan tu dau",
        {"iQo133": 2, "iQo138": 2},
    ),
    (
        "iQn75",
        "en",
        "dtmn_khmer",
        "Cooperative accountant still keeps members' debts in notebooks",
        "Our agricultural cooperative supplies fertiliser on credit to 150 members and buys their produce. Everything is written in notebooks and mistakes cause arguments at the end of the season. "
        "We want a simple phone or computer program for members, inputs, debts and accounts.",
        {"iQo134": 2},
    ),
    (
        "iQn76",
        "en",
        "eria_coldchain",
        "Need to know the temperature in our reefer trucks and cold room all the time",
        "We truck fresh fish from Tra Vinh to Ho Chi Minh City and keep stock in a small cold room. Twice this year a compressor failed during the night and we lost the load. "
        "We want continuous temperature records and an alarm on the phone.",
        {"iQo137": 2},
    ),
    (
        "iQn77",
        "en",
        "van_waxcoco",
        "Organic coconut exporter struggles to prove origin and certificates",
        "We buy organic coconuts from hundreds of small farms with USDA and EU certificates. Buyers now ask for proof that each shipment comes from certified farms and growing area codes, "
        "and managing the documents by spreadsheet is a mess.",
        {"iQo141": 2, "iQo131": 1, "iQo136": 1},
    ),
    # --- shrimp ---
    (
        "iQn78",
        "vi",
        "ctu_iot_shrimp",
        "Tôm chết sớm sau thả 20-30 ngày, muốn xét nghiệm nhanh tại chỗ",
        "Mấy vụ liền tôm thẻ thả được 20-30 ngày là chết rải rác rồi chết nhiều, gan tụy nhạt màu. Gửi mẫu lên tỉnh phải chờ mấy ngày. "
        "Cần bộ xét nghiệm nhanh tại trại để biết bệnh gì mà xử lý.",
        {"iQo146": 2},
    ),
    (
        "iQn79",
        "en",
        "vjas_iot",
        "Want to stock shrimp denser while exchanging less water",
        "Canal water near our farm is often polluted or too salty, so we want to exchange as little water as possible, but we also want higher yields per pond. "
        "Looking for a proven farming system and training.",
        {"iQo145": 2, "iQo144": 2, "iQo147": 1, "iQo150": 1},
    ),
    (
        "iQn80",
        "en",
        "vjas_iot",
        "Shrimp pond bottom turns black and smells of rotten eggs",
        "By the second month, the bottom of our ponds is black with sludge and smells like rotten eggs when we stir it; shrimp stay near the edges and eat less. "
        "We need a way to clean up the pond bottom.",
        {"iQo147": 2, "iQo150": 1, "iQo149": 1},
    ),
    # --- livestock ---
    (
        "iQn81",
        "vi",
        "sggp_bo",
        "Bò lai Sind nhỏ con bán không được giá, muốn cải tạo giống",
        "Nhà nuôi 6 con bò cái lai Sind, bê đẻ ra nhỏ con, nuôi lâu mà bán không được giá bằng bò lai của xóm bên. "
        "Muốn phối giống để bê to con, lớn nhanh hơn.",
        {"iQo151": 2, "iQo143": 1},
    ),
    (
        "iQn82",
        "en",
        "dtmn_khmer",
        "Cattle go hungry in the dry season when grass runs out",
        "Khmer farmers in our commune keep 3-10 cattle each. From February to May the grass along the roads and fields dries up and the animals lose weight. "
        "We need ways to have enough feed all year.",
        {"iQo152": 2, "iQo153": 2, "iQo154": 1},
    ),
    (
        "iQn83",
        "en",
        "dtmn_khmer",
        "Small pig farmers afraid of African swine fever",
        "African swine fever came back to a neighbouring district. Most households here keep 5-20 pigs next to the house and buy feed from passing traders. "
        "We need practical guidance to keep the disease out of our herds.",
        {"iQo156": 2},
    ),
    (
        "iQn84",
        "en",
        "vnplus_adapt",
        "Poor households in a coastal commune want to raise goats despite tidal flooding",
        "The commune plans a livelihood project for poor households near the sea. Land floods at high tide and the grass is salty. "
        "We are considering goats and need a suitable housing and feeding model.",
        {"iQo158": 2},
    ),
]
