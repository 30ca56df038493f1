"""Needs of the holdout208 set, set in Trà Vinh / Vĩnh Long: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    (
        "qBn01",
        "vi",
        "otofun",
        "Cần công nghệ làm đường bê tông xi măng cho đường liên ấp ở Càng Long",
        "Công ty xây dựng nhỏ ở huyện Càng Long được giao làm 6 km đường liên ấp rộng 3,5 m, chủ yếu xe ba gác, xe tải nhẹ chở "
        "lúa. Nghe nói nhà nước khuyến khích làm đường bê tông xi măng vì bền, ít duy tu; chúng tôi cần quy trình thiết kế chiều "
        "dày, chia tấm và thi công phù hợp cho đường ít xe.",
        {"qBo001": 2, "qBo002": 2, "qBo004": 1, "qBo005": 1, "qBo062": 1},
    ),
    (
        "qBn02",
        "en",
        "sask_lvr",
        "Choosing a pavement type for a sugarcane haul road in Cầu Kè",
        "Our cooperative in Cầu Kè hauls sugarcane and rice on a commune road that carries few vehicles, but in harvest a "
        "large share are loaded trucks. The commune chose the pavement by traffic count alone and it is failing. We need "
        "someone to select and design a pavement type that accounts for the truck share and axle loads.",
        {"qBo004": 2, "qBo003": 2, "qBo001": 1, "qBo002": 1},
    ),
    (
        "qBn03",
        "vi",
        "meeymap_tv",
        "Duong be tong ap bi nut ngang, can cach chia tam va lam khe",
        "Tinh dang uu tien giao thong nong thon. Duong be tong xi mang o ap cua xa (Cau Ngang) moi lam 2 nam da nut ngang "
        "nhieu cho, tam do lien khong co khe. Can huong dan chia tam, lam khe co gian re tien cho doan sap lam, va kiem tra "
        "doan cu con dung duoc khong.",
        {"qBo001": 2, "qBo002": 1, "qBo063": 1, "qBo061": 1},
    ),
    (
        "qBn04",
        "vi",
        "franklin",
        "Đường cấp phối sỏi đỏ bụi mù, muốn láng nhựa ở Trà Cú",
        "Tổ dân ở xã thuộc huyện Trà Cú sống dọc tuyến đường cấp phối dài 2,8 km: mùa khô bụi bám nhà cửa, mùa mưa lầy lội. "
        "Hội nông dân muốn vận động làm mặt đường nhựa giá rẻ (láng nhựa hoặc thấm nhập) trên nền cấp phối hiện có, cần đơn vị "
        "tư vấn và thi công.",
        {"qBo007": 2, "qBo009": 2, "qBo010": 2, "qBo028": 2, "qBo006": 1, "qBo003": 1},
    ),
    (
        "qBn05",
        "en",
        "wikisum_chip",
        "Chip seal for an ageing asphalt district road in Vũng Liêm",
        "A 7 km asphalt road in Vũng Liêm is oxidised and has fine cracks but no deep failures. We want a low-cost sealing "
        "treatment to add years of life, and we are worried about loose stone cracking windscreens and tipping motorbikes, "
        "so the method must hold its chips well.",
        {"qBo006": 2, "qBo008": 2, "qBo007": 2, "qBo075": 1},
    ),
    (
        "qBn06",
        "en",
        "tienphong_tham",
        "Independent testing of an asphalt overlay paved in the rain in Bình Minh",
        "Last season a contractor laid an asphalt overlay on a road in Bình Minh town while the base was still wet after rain, "
        "and the surface is already ravelling. The town wants an independent accredited lab to test cores, bitumen content "
        "and asphalt concrete properties before paying.",
        {"qBo059": 2, "qBo060": 2, "qBo058": 1, "qBo061": 1},
    ),
    (
        "qBn07",
        "vi",
        "lexvo_chip",
        "Chọn loại mặt đường cho 4 km đường đá ở Tam Bình khi vốn ít",
        "Xã ở huyện Tam Bình có 4 km đường đá cấp phối, lưu lượng dưới 300 xe/ngày, vốn xây dựng nông thôn mới hạn chế. Xã chưa "
        "biết nên láng nhựa, thấm nhập hay làm bê tông xi măng; cần hướng dẫn so sánh các loại lớp mặt cho đường ít xe và tập "
        "huấn cho tổ duy tu.",
        {"qBo003": 2, "qBo005": 2, "qBo004": 2, "qBo007": 1, "qBo002": 1, "qBo010": 1},
    ),
    (
        "qBn08",
        "en",
        "studymoose_plastic",
        "Using collected plastic bags in road asphalt (Trà Vinh city)",
        "A recycling cooperative in Trà Vinh city collects several tonnes of plastic bags a month that nobody buys. We want to "
        "supply shredded plastic to road builders and need a proven method and mix design for putting waste plastic into "
        "bituminous pavements, with lab evidence that the road performs.",
        {"qBo011": 2, "qBo012": 2, "qBo013": 2, "qBo059": 1},
    ),
    (
        "qBn09",
        "vi",
        "review_emb",
        "Đường đắp qua ruộng ở Trà Cú lún 30 cm, nứt dọc",
        "Tuyến đường đắp cao khoảng 1,2 m qua ruộng lúa ở huyện Trà Cú, sau một năm đưa vào sử dụng đã lún khoảng 30 cm, mép "
        "đường nứt dọc. Ban quản lý dự án huyện cần đơn vị tính lại lún, ổn định và đề xuất, thi công giải pháp xử lý đất yếu "
        "cho đoạn còn lại.",
        {"qBo015": 2, "qBo018": 2, "qBo014": 1, "qBo019": 1, "qBo021": 1, "qBo025": 1, "qBo017": 1},
    ),
]
NEEDS += [
    (
        "qBn10",
        "en",
        "shen_pvd",
        "Vertical drains for a new link road across soft paddy soil in Long Hồ",
        "The district is building a 3 km link road across paddy fields in Long Hồ where soft clay is about 15 m deep. "
        "Consolidation would take years; we need a design and installation contractor for vertical drains with preloading so "
        "the embankment settles before paving.",
        {"qBo021": 2, "qBo022": 2, "qBo017": 2, "qBo020": 1, "qBo023": 1, "qBo024": 1, "qBo015": 1},
    ),
    (
        "qBn11",
        "en",
        "review_emb",
        "Monitoring and back-analysis of settlement on a PVD embankment",
        "A provincial road embankment near Trà Vinh city was built on prefabricated vertical drains with surcharge. Settlement "
        "is slower than the design predicted. We need a team to install or read settlement monitoring, compare with the "
        "prediction and tell us when the surcharge can be removed.",
        {"qBo020": 2, "qBo023": 2, "qBo017": 1, "qBo022": 1},
    ),
    (
        "qBn12",
        "vi",
        "shen_pvd",
        "Can tinh lun nen dap thap 1 m duong ap o Mang Thit",
        "Xa o Mang Thit sap dap nang duong ap cao khoang 1 m tren nen ruong dat yeu. Can don vi tinh lun, on dinh va cho biet "
        "co can xu ly dat yeu khong, hay dap truc tiep duoc de tiet kiem.",
        {"qBo014": 2, "qBo018": 2, "qBo019": 1, "qBo016": 1},
    ),
    (
        "qBn13",
        "vi",
        "meeymap_tv",
        "Cần vải địa kỹ thuật đạt TCVN 9844 cho đường ven kênh ở Châu Thành",
        "Nhà thầu làm đường ven kênh ở huyện Châu Thành (Trà Vinh), nền cát đắp trên bùn sét yếu. Hồ sơ thiết kế yêu cầu trải "
        "vải địa kỹ thuật phân cách, gia cường, có kết quả thí nghiệm và nghiệm thu theo TCVN 9844:2013. Cần nhà cung cấp "
        "kèm tính toán chọn loại vải.",
        {"qBo025": 2, "qBo024": 1, "qBo026": 1, "qBo060": 1},
    ),
    (
        "qBn14",
        "en",
        "otosaigon",
        "Replacing a layer of muck under a ferry-landing approach road",
        "The approach road to a small river ferry landing on the Cổ Chiên river keeps sinking: about 1 m of black muck lies "
        "under the fill. We want to dig it out, replace it with stronger fill and lay a separation fabric, and need a "
        "method, quantities and material supply.",
        {"qBo016": 2, "qBo025": 2, "qBo026": 1, "qBo015": 1},
    ),
    (
        "qBn15",
        "en",
        "oncourse_sc",
        "Mix design for a cement-stabilised sandy soil base",
        "A contractor in Duyên Hải wants to use the local sandy soil, stabilised with a small percentage of cement, as the "
        "base under a 150 mm wearing course. We need a mix design and acceptance criteria based on unconfined compressive "
        "strength rather than guesswork.",
        {"qBo029": 2, "qBo027": 1, "qBo028": 1, "qBo030": 1, "qBo059": 1},
    ),
    (
        "qBn16",
        "vi",
        "paperexplained_cement",
        "Dùng tro trấu gia cố đất làm móng đường ấp ở Tiểu Cần",
        "Hợp tác xã ở Tiểu Cần có lò sấy lúa thải ra nhiều tro trấu. Chúng tôi muốn dùng tro trấu cùng xi măng gia cố đất tại "
        "chỗ làm móng đường ấp, giảm đá mua từ nơi khác; cần kết quả nghiên cứu, tỷ lệ trộn và hướng dẫn làm đoạn thử.",
        {"qBo030": 2, "qBo031": 1, "qBo029": 1, "qBo027": 1},
    ),
    (
        "qBn17",
        "en",
        "paperexplained_cement",
        "Recycling an existing gravel road in place with cement",
        "Càng Long district has gravel roads with enough stone in them but constant rutting. Instead of hauling new base "
        "material we want to pulverise the existing road in place, blend in cement and seal it, and need a contractor or "
        "method with field results.",
        {"qBo028": 2, "qBo027": 1, "qBo032": 1},
    ),
    (
        "qBn18",
        "vi",
        "baomoi_9cau",
        "Thay cầu gỗ yếu qua kênh 20 m ở Cầu Kè bằng cầu thép tiền chế",
        "Xã ở huyện Cầu Kè có cây cầu gỗ qua kênh rộng khoảng 20 m đã mục, chỉ cho xe máy qua. Xã muốn thay bằng cầu thép tiền "
        "chế lắp nhanh, cho xe tải nhẹ 2,5 tấn chở nông sản, không cần thiết bị nặng.",
        {"qBo033": 2, "qBo034": 2, "qBo035": 2, "qBo036": 2, "qBo038": 2, "qBo041": 1, "qBo042": 1},
    ),
]
NEEDS += [
    (
        "qBn19",
        "en",
        "otosaigon",
        "Quick preliminary design of short-span steel bridges for district engineers",
        "Trà Ôn district must replace a dozen small canal bridges of 10-25 m span and its engineers need quick preliminary "
        "designs and cost ideas for steel superstructures before ordering detailed design.",
        {"qBo041": 2, "qBo033": 1, "qBo037": 1, "qBo034": 1},
    ),
    (
        "qBn20",
        "vi",
        "baomoi_9cau",
        "Can cau tam lap ghep nhanh thay cau bi sap o Tra On",
        "Cau be tong nho tren duong xa o Tra On vua bi sap, xe cuu thuong va xe cho nong san phai di vong 8 km. Can cau thep "
        "lap ghep dung duoc trong vai ngay, sau nay co the de dung lau dai.",
        {"qBo042": 2, "qBo038": 2, "qBo035": 2, "qBo036": 1, "qBo034": 1},
    ),
    (
        "qBn21",
        "en",
        "vietnamplus_daingai",
        "Training district engineers in modular steel bridge design",
        "With the big Đại Ngãi crossing under way, the province also wants its own engineers to handle the many small canal "
        "bridges. We need a course on when and how to use prefabricated modular steel bridges, specifications and installation.",
        {"qBo037": 2, "qBo041": 1, "qBo036": 1},
    ),
    (
        "qBn22",
        "vi",
        "vietnamplus_daingai",
        "Doanh nghiệp cơ khí Vĩnh Long muốn nhận chuyển giao chế tạo cầu thép mô-đun",
        "Doanh nghiệp cơ khí ở Vĩnh Long có xưởng hàn, muốn tham gia cung cấp cầu nhỏ cho các xã. Cần đối tác chuyển giao quy "
        "trình chế tạo cấu kiện cầu thép mô-đun trong xưởng và lắp bu lông tại hiện trường.",
        {"qBo036": 2, "qBo034": 2, "qBo037": 1, "qBo033": 1},
    ),
    (
        "qBn23",
        "en",
        "cocowater_box",
        "Precast box section to replace a 6 m timber bridge in Duyên Hải",
        "A farm road in Duyên Hải crosses a field canal on a 6 m timber bridge that is rotting. The road is low, so there is "
        "little cover. We want precast concrete box sections delivered and set quickly instead of a new bridge.",
        {"qBo053": 2, "qBo050": 2, "qBo049": 2, "qBo051": 1, "qBo052": 1},
    ),
    (
        "qBn24",
        "vi",
        "isawi_foot",
        "Cần cầu đi bộ qua rạch cho học sinh cù lao ở Long Hồ",
        "Ấp trên cù lao thuộc huyện Long Hồ có rạch chia đôi, học sinh phải đi đò hoặc cầu khỉ tới trường, mùa nước lên rất "
        "nguy hiểm. Cần thiết kế cầu cho người đi bộ, xe đạp, làm được bằng vật liệu và nhân công địa phương.",
        {"qBo039": 2, "qBo040": 2, "qBo033": 1},
    ),
    (
        "qBn25",
        "en",
        "ultimatelex_trail",
        "Visitor footbridge over a tidal creek at a Trà Vinh eco-tourism site",
        "A tourism cooperative near Cồn Chim in Trà Vinh wants a footbridge for visitors and bicycles over a tidal creek, "
        "fitting the landscape and safe at high water. We need a designer for a small pedestrian bridge.",
        {"qBo040": 2, "qBo039": 2, "qBo036": 1},
    ),
    (
        "qBn26",
        "vi",
        "tienphong_thutai",
        "Thử tải cầu bê tông cũ sau sửa chữa ở Càng Long để cắm biển tải trọng",
        "Huyện Càng Long vừa sửa một cầu bê tông cốt thép cũ trên đường huyện. Trước khi cho xe tải qua lại, cần đơn vị kiểm "
        "định thử tải, đánh giá khả năng chịu lực và đề xuất biển hạn chế tải trọng.",
        {"qBo043": 2, "qBo044": 2, "qBo046": 1, "qBo133": 1},
    ),
    (
        "qBn27",
        "en",
        "brc_insp",
        "A routine inspection programme for commune bridges",
        "Our district's 140 small bridges are inspected only when someone complains. We want a routine inspection programme "
        "with condition ratings for deck, superstructure and substructure so repairs can be ranked each year.",
        {"qBo045": 2, "qBo046": 2, "qBo047": 1, "qBo048": 1},
    ),
    (
        "qBn28",
        "en",
        "legal_req",
        "Load rating of 30 old bridges to post weight limits",
        "Heavier trucks now use district roads in Trà Cú. About 30 bridges built before current loading standards need load "
        "ratings so we can post safe weight limits and decide which to strengthen.",
        {"qBo044": 2, "qBo048": 2, "qBo043": 1, "qBo047": 1},
    ),
    (
        "qBn29",
        "vi",
        "hatangviet_keo",
        "Đánh giá cường độ bê tông dầm cầu cũ mà không phá hoại",
        "Ban quản lý dự án tỉnh muốn biết cường độ bê tông của nhiều dầm cầu cũ trên đường huyện ở Vũng Liêm trước khi quyết "
        "định sửa hay thay, nhưng hạn chế khoan cắt vào dầm. Cần phương pháp thí nghiệm không phá hủy có đối chứng.",
        {"qBo064": 2, "qBo063": 1, "qBo043": 1},
    ),
]
NEEDS += [
    (
        "qBn30",
        "vi",
        "cauduong_forum",
        "Cần cống hộp đúc sẵn 2x2 m cho đường qua kênh nội đồng ở Tiểu Cần",
        "Công ty xây dựng ở Tiểu Cần làm đường nội đồng cắt qua 5 kênh nhỏ, cần cống hộp bê tông khoảng 2x2 m đúc sẵn, lắp "
        "nhanh trong mùa nước thấp, không phải đổ bê tông tại chỗ và tát nước lâu ngày.",
        {"qBo049": 2, "qBo050": 2, "qBo052": 2, "qBo053": 2, "qBo051": 1},
    ),
    (
        "qBn31",
        "en",
        "infinitelex_culvert",
        "Installation guidance for precast box culverts",
        "A small contractor in Châu Thành (Trà Vinh) has bought precast box culvert sections but has never laid them. We need "
        "practical guidance on bedding, laying direction, joint sealing and backfill so the culvert under the road does not "
        "settle or leak.",
        {"qBo051": 2, "qBo050": 1, "qBo052": 1},
    ),
    (
        "qBn32",
        "vi",
        "ilovetrans_culvert",
        "Cong qua duong bi trieu man tran vao ruong, can van mot chieu",
        "Cong ngang duong o xa ven bien Cau Ngang, moi khi trieu cuong nuoc man chay nguoc qua cong vao ruong lua. Can loai "
        "van tu dong dong khi nuoc ngoai cao, mo khi can thoat nuoc, lap duoc vao cong cu.",
        {"qBo054": 2, "qBo055": 1, "qBo108": 1},
    ),
    (
        "qBn33",
        "en",
        "civilmag_box",
        "Tide flap gates for road culverts in Duyên Hải",
        "Road culverts under a coastal road in Duyên Hải let saline water into rice fields at spring tides. We need one-way "
        "flap gates fitted to the outlets that close against the tide and open to drain, without power.",
        {"qBo054": 2, "qBo055": 1, "qBo108": 1},
    ),
    (
        "qBn34",
        "en",
        "engsoc_box",
        "Low-cost crossing for a field track over a seasonal ditch",
        "A farm track in Cầu Kè crosses a wide, shallow drainage depression that floods only in the wet season. A culvert or "
        "bridge is too costly for the few vehicles; we want a designed low-water crossing that is safe and stays passable.",
        {"qBo056": 2, "qBo057": 1, "qBo050": 1},
    ),
    (
        "qBn35",
        "vi",
        "ilovetrans_culvert",
        "Đường ấp đọng nước rãnh dọc, cần bố trí cống ngang",
        "Tuyến đường ấp ở Bình Tân có rãnh dọc hai bên nhưng không có chỗ thoát, nước đọng ngấm làm hỏng nền. Cần thiết kế vị "
        "trí và khẩu độ các cống ngang đường để tháo nước rãnh ra ruộng, kênh.",
        {"qBo057": 2, "qBo049": 1, "qBo081": 1},
    ),
    (
        "qBn36",
        "vi",
        "diendan_4057",
        "Cần phòng thí nghiệm LAS-XD cho nghiệm thu đường bê tông xã",
        "Ban quản lý xây dựng xã ở Càng Long làm 3 tuyến đường bê tông xi măng theo cơ chế đặc thù, cần phòng thí nghiệm được "
        "công nhận để thí nghiệm xi măng, cát, đá, thép, mẫu bê tông phục vụ nghiệm thu.",
        {"qBo058": 2, "qBo059": 2, "qBo060": 2, "qBo061": 1, "qBo062": 1},
    ),
    (
        "qBn37",
        "en",
        "forconpros",
        "Slump tests and cylinders at every pour for commune concrete roads",
        "Commune concrete roads in Vũng Liêm are poured by small crews from site mixers. The commune wants technicians on "
        "site to test each load (slump, temperature) and cast cylinders, so weak concrete is caught before it is placed.",
        {"qBo062": 2, "qBo058": 2, "qBo061": 1},
    ),
    (
        "qBn38",
        "vi",
        "diendan_4057",
        "Khoan lõi kiểm tra đường bê tông nghi không đủ mác",
        "Đoạn đường bê tông xi măng mới làm ở xã thuộc Trà Ôn có dấu hiệu bong bề mặt, người dân nghi trộn thiếu xi măng. Xã "
        "cần đơn vị khoan lấy mẫu lõi, nén kiểm tra cường độ để làm căn cứ xử lý nhà thầu.",
        {"qBo063": 2, "qBo061": 2, "qBo064": 1, "qBo058": 1},
    ),
    (
        "qBn39",
        "en",
        "ilovetrans_plate",
        "Field bearing test of a sand subgrade before a concrete road",
        "Before pouring a concrete road on a sand-filled subgrade in Mỏ Cày, the project owner wants in-situ proof that the "
        "subgrade carries load: a field test giving modulus of subgrade reaction or equivalent CBR.",
        {"qBo067": 2, "qBo068": 1, "qBo069": 1, "qBo058": 1},
    ),
]
NEEDS += [
    (
        "qBn40",
        "vi",
        "ilovetrans_plate",
        "Thí nghiệm đất trong phòng cho khảo sát tuyến đường qua vùng đất yếu ở Trà Ôn",
        "Đơn vị tư vấn khảo sát tuyến đường huyện mới ở Trà Ôn đã khoan lấy mẫu đất, cần phòng thí nghiệm làm thành phần hạt, "
        "giới hạn Atterberg, đầm nén Proctor và nén cố kết để thiết kế nền đắp.",
        {"qBo068": 2, "qBo058": 2, "qBo059": 2, "qBo060": 2, "qBo067": 1},
    ),
    (
        "qBn41",
        "en",
        "tienphong_tham",
        "Deflection testing to design an overlay on a district road in Bình Tân",
        "A 10 km asphalt road in Bình Tân over soft delta clay is cracking. Before designing an overlay we need deflection "
        "measurements along the road and an interpretation suited to soft, wet subgrades.",
        {"qBo065": 2, "qBo066": 2, "qBo070": 2, "qBo077": 1},
    ),
    (
        "qBn42",
        "vi",
        "ilovetrans_plate",
        "Cần thiết bị kiểm tra nhanh độ chặt nền tại hiện trường",
        "Đơn vị tư vấn giám sát ở Trà Vinh thường phải chờ kết quả rót cát mới biết nền cấp phối đạt độ chặt chưa. Cần thiết bị "
        "đo nhanh tại chỗ, đánh giá được độ chặt và độ ẩm thi công.",
        {"qBo069": 2, "qBo067": 1, "qBo065": 1, "qBo068": 1},
    ),
    (
        "qBn43",
        "vi",
        "docbao_oga",
        "Vá ổ gà nhanh mùa mưa không cần trạm trộn ở Trà Cú",
        "Đường huyện ở Trà Cú mùa mưa xuất hiện nhiều ổ gà, chậm vá thì dân phản ánh. Huyện không có trạm trộn bê tông nhựa gần, "
        "cần vật liệu vá dùng được khi trời ẩm, đội duy tu tự làm bằng dụng cụ đơn giản.",
        {"qBo072": 2, "qBo074": 2, "qBo073": 2, "qBo071": 1},
    ),
    (
        "qBn44",
        "en",
        "waywordradio",
        "Hot-mix pothole repair crew for Trà Vinh city streets",
        "Cold patches on Trà Vinh city's asphalt streets loosen after a few weeks. The city wants a contractor that repairs "
        "potholes with hot mix asphalt (cleaning, drying and compacting properly) so repairs last.",
        {"qBo071": 2, "qBo075": 1, "qBo074": 1, "qBo073": 1},
    ),
    (
        "qBn45",
        "en",
        "docbao_oga",
        "Mill-and-fill resurfacing of a patched 2 km road section",
        "A 2 km section of provincial road near Tiểu Cần is now more patch than pavement. Instead of more patching we want the "
        "old surface milled off and replaced with new asphalt over the whole section.",
        {"qBo075": 2, "qBo071": 1},
    ),
    (
        "qBn46",
        "vi",
        "vtv_quybt",
        "Lập dự toán bảo dưỡng thường xuyên đường huyện theo định mức",
        "Phòng Kinh tế - Hạ tầng huyện ở Vĩnh Long phải lập kế hoạch, dự toán bảo dưỡng thường xuyên cho khoảng 120 km đường "
        "huyện, đường xã để xin kinh phí; cần bộ định mức nhập được vào phần mềm dự toán.",
        {"qBo076": 2, "qBo081": 1},
    ),
    (
        "qBn47",
        "en",
        "informa_sri",
        "Phone-based roughness survey of the district road network",
        "Tam Bình district cannot afford a laser profiler. We want to survey roughness (IRI) on all district roads each year "
        "using smartphones in ordinary vehicles, with GPS-tagged results.",
        {"qBo077": 2, "qBo079": 2, "qBo078": 2, "qBo080": 1},
    ),
    (
        "qBn48",
        "vi",
        "moam_sensing",
        "Can app dien thoai ghi o ga, do gho ghe duong xa",
        "UBND xa o Cang Long muon can bo giao thong chay xe may tren cac tuyen duong, dien thoai tu ghi vi tri o ga, do gho ghe "
        "va gui ve may chu de bao cao huyen.",
        {"qBo078": 2, "qBo077": 2, "qBo079": 2, "qBo080": 1},
    ),
    (
        "qBn49",
        "en",
        "arhin_iri",
        "GIS pavement condition database to prioritise maintenance",
        "The Vĩnh Long transport department wants a pavement condition database on GIS, with roughness and a condition index "
        "per section, to rank district road maintenance each year.",
        {"qBo078": 2, "qBo077": 2, "qBo080": 1, "qBo079": 1},
    ),
]
NEEDS += [
    (
        "qBn50",
        "vi",
        "hubpages",
        "Biển báo phản quang cho tuyến đường tối ở Duyên Hải",
        "Tuyến đường nối các ấp ven biển ở Duyên Hải không có đèn, ban đêm khó thấy hướng rẽ, tên ấp. Xã cần biển hiệu lệnh và "
        "biển chỉ dẫn tên ấp, hướng đi dán màng phản quang đúng quy chuẩn.",
        {"qBo082": 2, "qBo083": 2, "qBo084": 1, "qBo086": 1},
    ),
    (
        "qBn51",
        "en",
        "hubpages",
        "Edge markers and reflectors for unlit canal-side roads in Cầu Kè",
        "Motorbikes regularly run off narrow unlit roads into canals in Cầu Kè at night and when water covers the road. We "
        "want cheap reflective posts marking the road edge, curve warnings and flood warning signs.",
        {"qBo086": 2, "qBo084": 2, "qBo082": 1, "qBo083": 1, "qBo091": 1, "qBo085": 1},
    ),
    (
        "qBn52",
        "vi",
        "nghethuat_go",
        "Vạch, gờ giảm tốc trước trường tiểu học ở Tiểu Cần",
        "Trước cổng trường tiểu học trên đường huyện ở Tiểu Cần xe chạy nhanh. Trường và xã muốn làm vạch sơn, gờ giảm tốc đúng "
        "quy định, không làm dày đặc gây khó chịu như nhiều nơi.",
        {"qBo088": 2, "qBo089": 2, "qBo090": 2, "qBo084": 1},
    ),
    (
        "qBn53",
        "en",
        "nghethuat_go",
        "Rule-compliant speed humps at a rural market in Trà Cú",
        "Traders at a roadside market in Trà Cú want traffic slowed. We need speed humps or raised markings that comply with "
        "Vietnamese rules, not the home-made bumps drivers complain about.",
        {"qBo088": 2, "qBo089": 2, "qBo090": 2, "qBo084": 1, "qBo087": 1},
    ),
    (
        "qBn54",
        "vi",
        "hubpages",
        "Biển cảnh báo tự sáng khi có xe đến gần ngã ba trường học",
        "Ngã ba gần trường học ở Châu Thành (Trà Vinh) khuất tầm nhìn, biển báo thường thì tài xế không để ý. Muốn biển đèn LED "
        "chỉ sáng khi có xe đến gần hoặc chạy quá tốc độ.",
        {"qBo087": 2, "qBo084": 1},
    ),
    (
        "qBn55",
        "en",
        "ecer_thermo",
        "Thermoplastic centre and edge lines on a new asphalt road in Long Hồ",
        "A new 5 km asphalt road in Long Hồ needs durable centre and edge lines visible at night and in rain. We want a "
        "contractor to apply hot thermoplastic with glass beads.",
        {"qBo091": 2, "qBo093": 2, "qBo092": 1, "qBo094": 1, "qBo141": 1},
    ),
    (
        "qBn56",
        "vi",
        "machineu_thermo",
        "Vạch sơn trên đường bê tông xi măng nhanh bong",
        "Vạch sơn trên các tuyến đường bê tông xi măng ở Vũng Liêm bong sau vài tháng. Cần đơn vị kẻ vạch nhiệt dẻo có xử lý lót "
        "keo cho mặt bê tông và hạt phản quang.",
        {"qBo093": 2, "qBo091": 1, "qBo092": 1, "qBo141": 1},
    ),
    (
        "qBn57",
        "vi",
        "baophapluat_den",
        "Mô hình dân góp tiền lắp đèn năng lượng mặt trời cho đường ấp ở Càng Long",
        "Ấp ở Càng Long có tuyến đường 1,5 km chưa có đèn, không muốn thu tiền điện hàng tháng. Cần kinh nghiệm mô hình dân góp "
        "tiền mua đèn năng lượng mặt trời, tự làm trụ, khoảng cách đèn hợp lý.",
        {"qBo095": 2, "qBo097": 2, "qBo096": 1, "qBo098": 1, "qBo099": 1},
    ),
    (
        "qBn58",
        "en",
        "tumblr_solar",
        "Off-grid solar lights for a 5 m road through salt fields in Duyên Hải",
        "A 5 m wide road through salt fields in Duyên Hải has no grid nearby. We need off-grid solar street lights and advice "
        "on pole height and wattage for this width.",
        {"qBo099": 2, "qBo100": 2, "qBo101": 1, "qBo102": 1, "qBo098": 1},
    ),
    (
        "qBn59",
        "en",
        "baophapluat_den",
        "Solar road lights that keep working through the rainy season",
        "Previous solar lights on roads in Giồng Trôm (now Vĩnh Long) went dark after a few cloudy days in the rainy season. "
        "We want systems sized for long low-sun periods, simple to maintain.",
        {"qBo100": 2, "qBo099": 2, "qBo101": 1, "qBo102": 1, "qBo098": 1},
    ),
]
NEEDS += [
    (
        "qBn60",
        "vi",
        "tumblr_solar",
        "Can tinh toan bo tri den duong cho duong lien xa rong 6 m",
        "Xa o Tra On chuan bi lap den nang luong mat troi cho 3 km duong lien xa rong 6 m. Can tinh toan chieu cao tru, cong "
        "suat, khoang cach den va do roi de khong co doan toi.",
        {"qBo103": 2, "qBo099": 2, "qBo097": 1},
    ),
    (
        "qBn61",
        "vi",
        "vtv_nangduong",
        "Nâng cao trình đường ấp bị ngập triều mà không làm nhà dân thành hầm",
        "Đường ấp ở Vũng Liêm ngập khi triều cường, xã muốn nâng cao trình nhưng sợ như nhiều nơi: đường cao lên thì nước tràn "
        "vào nhà hai bên. Cần tư vấn cao độ, thoát nước ngang và cách kết hợp đường với chống ngập cho cả khu dân cư.",
        {"qBo104": 2, "qBo106": 2, "qBo107": 2, "qBo108": 1, "qBo057": 1, "qBo110": 1},
    ),
    (
        "qBn62",
        "en",
        "thanhnien_ngap",
        "Guidelines for planning a new road across the Tam Bình floodplain",
        "A new district road in Tam Bình will cross low land that floods every year. Planners need guidance on embankment "
        "level, openings for floodwater and reducing flood damage without blocking water flow.",
        {"qBo104": 2, "qBo105": 2, "qBo106": 1, "qBo109": 1, "qBo107": 1},
    ),
    (
        "qBn63",
        "vi",
        "thanhnien_ngap",
        "Cần cát san lấp nâng nền đường ấp thêm 40 cm",
        "Xã ở Bình Minh được duyệt nâng nền 2 km đường ấp thêm khoảng 40 cm để tránh ngập, cần nguồn cát san lấp đạt tiêu chuẩn, "
        "báo giá theo khối, chở bằng xà lan tới công trình.",
        {"qBo110": 2, "qBo069": 1, "qBo067": 1},
    ),
    (
        "qBn64",
        "en",
        "vtv_nangduong",
        "Coastal road with gated culverts for shrimp and rice farms in Duyên Hải",
        "A coastal commune road in Duyên Hải separates shrimp ponds from rice fields. We want the road upgrade to control "
        "water levels and salinity with gated culverts and proper cross drainage.",
        {"qBo108": 2, "qBo054": 1, "qBo107": 1, "qBo106": 1},
    ),
    (
        "qBn65",
        "vi",
        "xaluan",
        "Phân tích rủi ro ngập cho mạng lưới đường tỉnh",
        "Sở Xây dựng cần bản đồ các đoạn đường tỉnh hay ngập, đánh giá thiệt hại khi gián đoạn và ưu tiên đầu tư nâng cấp, "
        "đảm bảo tuyến cứu hộ trong mùa triều cường, lũ.",
        {"qBo111": 2, "qBo109": 2, "qBo104": 1},
    ),
    (
        "qBn66",
        "en",
        "benthanh_erosion",
        "Soft revetment for an eroding canal-side road in Thạnh Phú",
        "A canal-side road in Thạnh Phú (now Vĩnh Long) is losing its edge to bank erosion. Hard revetment is too expensive; "
        "we want a soft, vegetated revetment solution proven in the Mekong delta.",
        {"qBo112": 2, "qBo149": 1, "qBo025": 1},
    ),
    (
        "qBn67",
        "vi",
        "benthanh_erosion",
        "Đường ven kênh ở Mỏ Cày sạt lở, cần kè mềm giá rẻ",
        "Đoạn đường ven kênh ở Mỏ Cày bị sạt mất nửa lề, xã không đủ tiền làm kè bê tông. Cần giải pháp kè mềm trồng cỏ, dễ thi "
        "công bằng nhân công địa phương.",
        {"qBo112": 2, "qBo149": 1, "qBo025": 1},
    ),
    (
        "qBn68",
        "en",
        "thanhnien_ngap",
        "Climate-adaptive maintenance strategy for district roads",
        "Càng Long district repairs roads only after floods damage them. We want a maintenance strategy that maps hazards, "
        "prioritises vulnerable sections and builds drainage and erosion control in before the next season.",
        {"qBo081": 2, "qBo109": 2, "qBo104": 1, "qBo111": 1},
    ),
    (
        "qBn69",
        "vi",
        "meeymap_tv",
        "Đào tạo thiết kế đường bằng NovaTDN và Civil 3D cho kỹ sư huyện",
        "Phòng hạ tầng huyện ở Trà Vinh có kỹ sư trẻ, cần khóa đào tạo thiết kế đường bằng NovaTDN và Civil 3D: bình đồ, trắc "
        "dọc, trắc ngang, khối lượng để tự lập hồ sơ đường giao thông nông thôn.",
        {"qBo115": 2, "qBo116": 2, "qBo117": 2, "qBo113": 1, "qBo114": 1, "qBo118": 1},
    ),
    (
        "qBn70",
        "en",
        "meeymap_tv",
        "BIM road design software compatible with Civil 3D and Vietnamese standards",
        "A design consultancy in Trà Vinh city wants road design software that works on Civil 3D, follows Vietnamese road "
        "standards and supports a BIM workflow for provincial projects.",
        {"qBo114": 2, "qBo113": 2, "qBo118": 2, "qBo117": 1},
    ),
    (
        "qBn71",
        "vi",
        "meeymap_tv",
        "Phần mềm nhập số liệu toàn đạc, vẽ trắc dọc, trắc ngang, tính khối lượng",
        "Tổ khảo sát thiết kế của công ty tư vấn ở Vĩnh Long đo bằng máy toàn đạc điện tử, cần phần mềm nhập số liệu đo, dựng "
        "mô hình địa hình, vẽ trắc dọc, trắc ngang và tính khối lượng đào đắp.",
        {"qBo116": 2, "qBo113": 2, "qBo118": 2, "qBo117": 1, "qBo114": 1},
    ),
]
NEEDS += [
    (
        "qBn72",
        "en",
        "juyeuav_art",
        "Drone topographic survey at 1:500 for road upgrade corridors in Càng Long",
        "We must survey 25 km of rural road corridors in Càng Long for upgrade designs at 1:500. We want a drone survey team "
        "with RTK positioning delivering orthophotos, DEM and contours.",
        {"qBo119": 2, "qBo120": 2, "qBo122": 2, "qBo121": 2, "qBo125": 2, "qBo123": 1},
    ),
    (
        "qBn73",
        "vi",
        "juyeuav_art",
        "Xử lý ảnh drone bằng phần mềm mã nguồn mở",
        "Công ty tư vấn ở Trà Vinh đã có drone chụp ảnh nhưng phần mềm xử lý bản quyền quá đắt. Cần phần mềm mã nguồn mở tạo ảnh "
        "trực giao, mô hình số độ cao từ ảnh drone, có hướng dẫn quy trình.",
        {"qBo124": 2, "qBo123": 2, "qBo119": 1},
    ),
    (
        "qBn74",
        "en",
        "juyeuav_art",
        "Fast survey of a flooded canal-side alignment in Cầu Ngang",
        "The alignment for a new canal-side road in Cầu Ngang runs through flooded fields and mangrove edges where survey "
        "crews can barely walk. We need a quick drone survey with ground control that gives usable heights.",
        {"qBo123": 2, "qBo121": 2, "qBo119": 2, "qBo124": 1, "qBo120": 1},
    ),
    (
        "qBn75",
        "vi",
        "juyeuav_art",
        "Đo cao độ mặt đường hiện trạng để lập dự án nâng cấp chống ngập",
        "Ban quản lý dự án ở Trà Vinh cần đo cao độ mặt đường và nhà dân hai bên trên 12 km đường hay ngập để lập dự án nâng cấp, "
        "muốn dùng UAV kết hợp RTK cho nhanh.",
        {"qBo121": 2, "qBo125": 2, "qBo119": 2, "qBo122": 2, "qBo120": 2, "qBo104": 1},
    ),
]
