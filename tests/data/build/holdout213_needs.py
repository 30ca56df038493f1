"""Needs of the holdout213 set: (id, language, source key, title, description, {offer id: grade}).

Every need is set in Trà Vinh / Vĩnh Long. Many are written from pages about other places (Bình Thuận, Quảng Ninh,
Thanh Hóa, Cần Thơ, HCMC, Bình Dương, Nam Định, Đồng Nai, Quảng Nam, Malaysia, Nigeria, Germany, the USA,
Morocco...) and moved into the province; see the docstring of make_holdout213.py.
Grades: 2 = would solve the need, 1 = partly relevant or an adjacent step; unlisted = not relevant.
"""

NEEDS = [
    (
        "qGn01",
        "vi",
        "tn_duyenhai",
        "Cần công nghệ làm gạch không nung từ tro xỉ Trung tâm điện lực Duyên Hải",
        "Công ty chúng tôi ở thị xã Duyên Hải đã trúng thầu khai thác tro xỉ tại bãi chứa rộng khoảng 50 ha của ba nhà máy "
        "Duyên Hải 1, 2, 3 (đang lưu gần 3,7 triệu tấn, giá trúng thầu khoảng 23.000 đồng/tấn). Ngoài bán san lấp, chúng tôi "
        "muốn dùng tro bay và tro đáy làm gạch đặc không nung, cần cấp phối đạt mác và dây chuyền sản xuất phù hợp.",
        {
            "qGo018": 2,
            "qGo019": 2,
            "qGo005": 2,
            "qGo006": 2,
            "qGo034": 1,
            "qGo001": 1,
            "qGo002": 1,
            "qGo023": 1,
            "qGo024": 1,
        },
    ),
    (
        "qGn02",
        "en",
        "vnn_unburned",
        "Technology and investor package for an ash brick factory at Duyên Hải",
        "The national programme wants 10–20 million tonnes of coal-plant slag turned into unburned building materials, "
        "sparing about 1,000 ha of farmland a year. We are an investor planning an unburned brick factory beside the "
        "Duyên Hải power centre in Trà Vinh. We need a proven production line, a plant layout with dust control and help "
        "to secure the ash supply from the plant owner.",
        {
            "qGo005": 2,
            "qGo006": 2,
            "qGo034": 2,
            "qGo018": 2,
            "qGo019": 2,
            "qGo022": 2,
            "qGo001": 1,
            "qGo002": 1,
            "qGo021": 1,
            "qGo020": 1,
        },
    ),
    (
        "qGn03",
        "vi",
        "tn_vinhtan",
        "Bãi xỉ gần đầy, xỉ còn lẫn than chưa cháy – cần giải pháp xử lý để tiêu thụ",
        "Đơn vị vận hành bãi tro xỉ ở Duyên Hải: bãi ngày càng đầy trong khi tro xỉ tiêu thụ còn chậm. Xỉ đáy lẫn nhiều than "
        "chưa cháy nên khách hàng xi măng, gạch chê. Chúng tôi cần công nghệ tách than khỏi xỉ để xỉ đạt chuẩn làm phụ gia, "
        "cốt liệu và phần than thu hồi dùng lại làm nhiên liệu.",
        {"qGo024": 2, "qGo023": 2, "qGo034": 1, "qGo037": 1, "qGo156": 1},
    ),
    (
        "qGn04",
        "en",
        "th4_fa",
        "Is Duyên Hải fly ash good enough for our ready-mix concrete?",
        "Our ready-mix plant in Trà Vinh city wants to replace part of the cement with fly ash from the Duyên Hải "
        "plants. Nationally only about 100,000 t of some 600,000 t of fly ash goes into concrete, and we do not know the "
        "class and oxide content of the local ash. We need a laboratory to classify it to TCVN and ASTM C618 and advise "
        "on its use.",
        {"qGo026": 2, "qGo028": 1, "qGo029": 1, "qGo021": 1, "qGo020": 1, "qGo042": 1},
    ),
    (
        "qGn05",
        "vi",
        "geo_luanan",
        "Xưởng vữa khô muốn giảm xi măng bằng tro bay",
        "Sản xuất một tấn xi măng thải ra hơn một tấn CO2, còn tro bay nhiệt điện phần lớn đem chôn lấp. Xưởng vữa khô trộn sẵn "
        "ở Càng Long muốn thay một phần xi măng bằng tro bay mà vẫn giữ cường độ, độ chảy và ít co ngót, cần cấp phối đã thử nghiệm.",
        {"qGo028": 2, "qGo029": 2, "qGo041": 1, "qGo030": 1},
    ),
    (
        "qGn06",
        "en",
        "cet_fa",
        "Cement-free geopolymer concrete for precast culverts",
        "Vietnamese fly ash is class F and well suited to geopolymer binders. We cast box culverts and small bridge "
        "elements in Tiểu Cần and would like to replace Portland cement with an alkali-activated fly ash geopolymer made "
        "with ash from Duyên Hải. We need a mix design and help with trial production of precast units.",
        {"qGo031": 2, "qGo025": 2, "qGo041": 2, "qGo030": 2, "qGo023": 1, "qGo026": 1},
    ),
    (
        "qGn07",
        "vi",
        "cet_fa",
        "Cần vật liệu nhẹ cách nhiệt làm từ tro bay cho mái xưởng",
        "Tro bay ở Việt Nam thuộc loại F, tổng SiO2+Al2O3+Fe2O3 trên 70%, hợp để làm vật liệu xốp siêu nhẹ. Doanh nghiệp cơ khí "
        "ở Trà Vinh muốn dùng vật liệu xốp, nhẹ từ tro bay làm lớp cách nhiệt cho mái và vách nhà xưởng nóng, ưu tiên không "
        "dùng nhiều xi măng.",
        {"qGo032": 2, "qGo033": 2, "qGo026": 1, "qGo114": 1, "qGo117": 1, "qGo119": 1},
    ),
    (
        "qGn08",
        "vi",
        "ngoimau_phalai",
        "Can tam tuong lap ghep tu tro xi cho nha tien che",
        "Sap toi tro xi nhiet dien con tang nua khi cac nha may moi van hanh. Cty xay dung o TP Tra Vinh can tam tuong be tong "
        "duc san lap ghep nhanh cho nha xuong, nha tro, dung tro xi Duyen Hai thay cat da; can cong nghe san xuat tam dat "
        "tieu chuan va doi tac chuyen giao.",
        {"qGo035": 2, "qGo036": 2, "qGo034": 1, "qGo114": 1, "qGo025": 1},
    ),
    (
        "qGn09",
        "en",
        "adb_roads",
        "Rural roads on soft alluvial soil without hauled sand",
        "Our farm roads in Cầu Ngang are built on weak soil that rain washes away; concrete slabs on this ground last "
        "only a year or two, and hauled sand and gravel are no longer affordable. We want to stabilise the soil in place "
        "with a binder, ideally one using fly ash from Duyên Hải, to a strength good enough for a road base.",
        {"qGo038": 2, "qGo039": 2, "qGo037": 2, "qGo156": 2, "qGo144": 2, "qGo145": 2, "qGo146": 1, "qGo147": 1},
    ),
    (
        "qGn10",
        "en",
        "civilica_soil",
        "Bridge approach settlement on soft soil",
        "The approach roads behind several bridge abutments in Càng Long keep settling on soft ground, leaving a step "
        "at the joint with the bridge. We are looking for a cement and fly ash soil-improvement method for these "
        "approach sections.",
        {"qGo040": 2, "qGo038": 1, "qGo039": 1, "qGo037": 1, "qGo156": 1},
    ),
    (
        "qGn11",
        "vi",
        "scp_thanhtuyen",
        "Cơ sở gạch Châu Thành cần cấp phối gạch nhiều tro bay, tro đáy",
        "Có nhà máy đã làm gạch không nung chủ yếu từ tro xỉ, chỉ thêm rất ít xi măng và cát. Cơ sở gạch ở Châu Thành muốn "
        "làm theo hướng này: dùng nhiều tro bay thay xi măng và tro đáy thay cát, cần cấp phối đã kiểm chứng để gạch vẫn đạt "
        "mác, không quá hút nước.",
        {"qGo019": 2, "qGo018": 2, "qGo005": 1, "qGo006": 1, "qGo001": 1, "qGo002": 1, "qGo059": 1},
    ),
    (
        "qGn12",
        "en",
        "vatlieu_tieuthu",
        "Our unfired bricks crack in the dry season – curing advice needed",
        "Our cooperative in Trà Ôn makes cement-sand unfired bricks. In the hot dry months some batches crack and reach "
        "lower strength, and builders blame our bricks for cracked walls, which hurts sales. We need advice on a curing "
        "regime suited to a hot, humid climate.",
        {"qGo008": 2, "qGo152": 2, "qGo005": 1, "qGo006": 1, "qGo010": 1},
    ),
    (
        "qGn13",
        "vi",
        "eta_dinhmuc",
        "Cần hướng dẫn thiết kế, thi công công trình dùng gạch không nung",
        "Ban quản lý dự án huyện Cầu Kè phải dùng gạch không nung cho trường học, trạm y tế vốn ngân sách và đã có định mức "
        "theo Quyết định 1264/QĐ-BXD, nhưng lo tường bị nứt như một số nơi. Chúng tôi cần đơn vị tư vấn hướng dẫn chọn vữa, "
        "giằng tường, bảo dưỡng và áp dụng đúng tiêu chuẩn.",
        {"qGo010": 2, "qGo008": 1, "qGo152": 1, "qGo011": 1},
    ),
    (
        "qGn14",
        "vi",
        "rx_tuynel",
        "Chuyển dự án gạch tuynel sang dây chuyền gạch không nung",
        "Doanh nghiệp ở Trà Vinh đã chuẩn bị mặt bằng cho dự án gạch đất sét nung lò tuynel công suất hàng triệu viên mỗi năm, "
        "nay tỉnh không khuyến khích đầu tư gạch nung mới. Chúng tôi muốn chuyển dự án sang gạch block không nung, cần đánh "
        "giá lại phương án và nhà cung cấp thiết bị.",
        {"qGo001": 2, "qGo002": 2, "qGo016": 2, "qGo155": 2, "qGo003": 1, "qGo004": 1, "qGo096": 1, "qGo097": 1},
    ),
    (
        "qGn15",
        "en",
        "gfa_vsbk",
        "Roadmap to phase out family brick kilns along the Cổ Chiên",
        "Hundreds of small family kilns in Mang Thít still fire bricks with wood and husk; the province must modernise "
        "brickmaking within a few years. As the district economic office we need a programme that gives kiln owners "
        "technical options, support tools and a realistic path to unfired brick production.",
        {"qGo096": 2, "qGo097": 2, "qGo016": 2, "qGo155": 2, "qGo001": 1, "qGo002": 1, "qGo099": 1},
    ),
    (
        "qGn16",
        "vi",
        "baodanang_cochien",
        "Chủ lò gạch Mang Thít muốn làm gạch block trên mặt bằng lò cũ",
        "Gia đình tôi có lò gạch trên dải hơn 30 km ven sông Cổ Chiên, gạch bán khắp miền Tây, nay lò phải ngưng. Tôi muốn tận "
        "dụng sân phơi, bến sông để sản xuất gạch block không nung, cần máy ép quy mô vừa và hướng dẫn cấp phối.",
        {"qGo001": 2, "qGo002": 2, "qGo097": 1, "qGo096": 1, "qGo155": 1, "qGo016": 1},
    ),
    (
        "qGn17",
        "en",
        "podcast_mangthit",
        "Unfired bricks from local soil for an old kiln village",
        "Our cooperative sits among the egg-shaped kilns of Mang Thít, where the first kiln was built in 1887 and some "
        "3,000 kilns once stood. Firing is no longer allowed. We want to press bricks from local clayey soil and "
        "stabilise them without firing, using cheap local additives.",
        {"qGo057": 2, "qGo058": 2, "qGo056": 2, "qGo150": 2, "qGo059": 1, "qGo159": 1, "qGo054": 1, "qGo055": 1},
    ),
    (
        "qGn18",
        "vi",
        "thvl_mangthit",
        "HTX gạch gốm muốn làm gạch không nung từ đất và tro trấu",
        "Hợp tác xã gạch gốm ở Mang Thít vẫn giữ nghề gốm nhưng muốn chuyển phần gạch xây sang gạch không nung. Chúng tôi có sẵn "
        "đất sét và mua được tro trấu của nhà máy xay xát, cần quy trình làm gạch đất ép ổn định bằng tro trấu, vôi, xi măng.",
        {"qGo058": 2, "qGo057": 2, "qGo056": 2, "qGo054": 1, "qGo055": 1, "qGo150": 1},
    ),
    (
        "qGn19",
        "en",
        "fan_namdinh",
        "Kiln fumes damage our rice – replace the kilns",
        "Farmers in Long Hồ say fluorine and sulphur fumes from nearby brick kilns scorch the rice, and old kilns burn up "
        "to half a kilo of coal per brick. Raising chimneys has not helped. The commune wants kiln owners to switch to "
        "unfired brick making and needs a support programme and equipment suppliers.",
        {"qGo097": 2, "qGo096": 2, "qGo001": 2, "qGo002": 2, "qGo155": 1, "qGo016": 1, "qGo108": 1},
    ),
    (
        "qGn20",
        "vi",
        "kiln_policy",
        "Xa con lo gach thu cong, can tu van chuyen doi",
        "Xa minh o Vung Liem con may lo gach thu cong; dau tu lo tuynel ton gap doi lo truyen thong tinh tren moi trieu vien, "
        "ho nho khong kham noi. Can tu van chinh sach ho tro va phuong an chuyen sang san xuat vat lieu khong nung.",
        {"qGo097": 2, "qGo096": 2, "qGo155": 2, "qGo016": 2, "qGo001": 1, "qGo002": 1, "qGo099": 1},
    ),
    (
        "qGn21",
        "en",
        "vtv_logach",
        "Jobs for kiln workers when more than 2,000 kilns close",
        "Plans to remove over 2,000 traditional kilns in the Vĩnh Long brick villages leave many workers without jobs. "
        "Our company wants to open an unfired block factory in Mang Thít that hires former kiln workers, and needs a "
        "production line and a programme to retrain kiln owners.",
        {"qGo001": 2, "qGo002": 2, "qGo097": 2, "qGo096": 2, "qGo003": 1, "qGo004": 1},
    ),
    (
        "qGn22",
        "vi",
        "vnews_gom",
        "Cần dịch vụ nghiền gạch gốm vỡ, phế phẩm lò làm cốt liệu",
        "Làng nghề gạch gốm ở Vĩnh Long đang chuyển mình, nhiều gạch vỡ, gốm hỏng và gạch từ lò phá dỡ đổ đống ven sông. Chúng "
        "tôi cần đơn vị nhận nghiền, sàng phế phẩm này thành cốt liệu làm móng đường, san nền.",
        {"qGo134": 2, "qGo135": 2, "qGo138": 2, "qGo129": 1, "qGo130": 1, "qGo131": 1, "qGo132": 1, "qGo137": 1},
    ),
    (
        "qGn23",
        "vi",
        "husk_fuel",
        "Nhà máy xay xát muốn bán tro trấu cho ngành bê tông",
        "Nhà máy xay xát ở Trà Ôn đốt trấu cho lò hơi; tro là phụ phẩm có thể có giá trị nhưng tro của chúng tôi màu đen, lẫn "
        "than, chưa ai mua. Chúng tôi muốn cải tiến cách đốt và nghiền để có tro trấu vô định hình, hoạt tính cao bán làm phụ "
        "gia khoáng cho xi măng, bê tông.",
        {
            "qGo046": 2,
            "qGo047": 2,
            "qGo048": 2,
            "qGo050": 2,
            "qGo049": 1,
            "qGo051": 1,
            "qGo158": 1,
            "qGo044": 1,
            "qGo045": 1,
        },
    ),
    (
        "qGn24",
        "vi",
        "rha_um",
        "Dùng tro trấu thay xi măng đổ sân, đường bê tông",
        "Trấu chiếm khoảng 20% khối lượng lúa, nghe nói thay 10% xi măng bằng tro trấu còn làm bê tông bền hơn. Hợp tác xã xây "
        "dựng ở Cầu Kè hay đổ sân, đường bê tông cho dân, muốn dùng tro trấu địa phương thay một phần xi măng, cần cấp phối và "
        "cách dùng phụ gia để bê tông vẫn đủ bền.",
        {"qGo044": 2, "qGo045": 2, "qGo051": 2, "qGo158": 2, "qGo046": 1, "qGo047": 1, "qGo049": 1, "qGo050": 1},
    ),
    (
        "qGn25",
        "en",
        "rha_nehdi",
        "Sand concrete with rice husk ash where there is no quarry stone",
        "Trà Vinh has no stone quarries; coarse aggregate is shipped in at high cost. Our precast plant in Duyên Hải "
        "wants a fine-grained concrete made only with sand plus a reactive mineral admixture such as rice husk ash, with "
        "good chloride resistance for coastal works.",
        {"qGo044": 2, "qGo045": 2, "qGo048": 1, "qGo051": 1, "qGo158": 1, "qGo046": 1, "qGo047": 1},
    ),
    (
        "qGn26",
        "vi",
        "husk_fuel",
        "Nhà máy đường có tro bã mía từ lò hơi, muốn làm phụ gia bê tông",
        "Nhà máy đường ở Trà Vinh đốt bã mía cho lò hơi phát điện, tro thải ra ngày càng nhiều. Chúng tôi muốn xử lý tro bã mía "
        "để bán làm phụ gia thay một phần xi măng, cần quy trình nung, tỷ lệ thay thế và kết quả thí nghiệm cường độ.",
        {"qGo060": 2, "qGo061": 2, "qGo049": 1, "qGo050": 1},
    ),
    (
        "qGn27",
        "en",
        "adb_roads",
        "Cheap farm-road pavement using rice husk",
        "Our village in Tiểu Cần has narrow farm roads that turn to mud every rainy season, and concrete is costly. We "
        "have plenty of husk from local rice mills and would like a tested concrete that uses husk as part of the "
        "aggregate for light-traffic pavements.",
        {"qGo052": 2, "qGo053": 2, "qGo144": 1, "qGo145": 1, "qGo146": 1, "qGo147": 1},
    ),
    (
        "qGn28",
        "vi",
        "husk_mineralco",
        "Hộ nghèo muốn tự làm gạch rẻ từ tro trấu",
        "Nhà máy xay xát quanh Tam Bình dư trấu, thường chỉ bán làm chất đốt. Nhóm hộ nghèo muốn tự làm gạch xây nhà từ tro trấu "
        "và đất sẵn có, không phải mua gạch nung; cần quy trình đơn giản, tỷ lệ phối trộn và cường độ gạch đạt được.",
        {"qGo054": 2, "qGo055": 2, "qGo058": 2, "qGo057": 2, "qGo056": 2, "qGo062": 2},
    ),
    (
        "qGn29",
        "en",
        "cseb_iukl",
        "Pressed earth bricks with husk ash for a housing cooperative",
        "Houses keep getting dearer and low-income families in Trà Cú cannot afford them. Our housing cooperative wants to "
        "press earth bricks from local soil stabilised with a little cement and rice husk ash, with a tested mix that "
        "resists abrasion.",
        {"qGo056": 2, "qGo057": 2, "qGo058": 2, "qGo059": 1, "qGo159": 1},
    ),
    (
        "qGn30",
        "vi",
        "cseb_usk",
        "Can may ep gach dat khong nung va kiem tra dat",
        "Nhom tho xay o Cau Ke muon lam gach dat ep khong nung cho nha nong thon de do ton cui nung. Chua biet dat o day co ep "
        "duoc khong, can thi nghiem dat (do am toi uu, dung trong kho lon nhat) va may ep gach phu hop.",
        {"qGo159": 2, "qGo056": 1, "qGo059": 1, "qGo057": 1, "qGo058": 1},
    ),
    (
        "qGn31",
        "en",
        "husk_gasifier",
        "Ash residue from our husk gasifier – can it become bricks?",
        "Our rice mill in Bình Minh runs a husk gasifier for drying heat, which solves husk disposal but leaves piles of "
        "husk ash residue behind the mill. We want to turn the ash into a building product such as bricks rather than dump it.",
        {"qGo054": 2, "qGo055": 2, "qGo062": 2, "qGo057": 1, "qGo058": 1, "qGo046": 1, "qGo047": 1, "qGo049": 1},
    ),
    (
        "qGn32",
        "vi",
        "kenh_tat",
        "Bùn cát nạo vét luồng Kênh Tắt – cần phương án làm vật liệu",
        "Cửa Kênh Tắt (Duyên Hải) bị bồi lắng, luồng cho tàu lớn vào sông Hậu phải nạo vét thường xuyên, bùn cát đổ bãi tốn kém. "
        "Đơn vị quản lý muốn phân tích vật liệu nạo vét và lập phương án sử dụng có ích như san lấp hay làm vật liệu xây dựng.",
        {"qGo157": 2, "qGo072": 2, "qGo073": 2, "qGo074": 2, "qGo068": 1, "qGo069": 1, "qGo070": 1, "qGo071": 1},
    ),
    (
        "qGn33",
        "en",
        "dredge_review",
        "Bricks and pavers from port dredged sediment",
        "Maintenance dredging near Định An port produces large volumes of sediment each year that fill our disposal "
        "sites. Rather than treat it as waste, we want to turn it into bricks or paving blocks and need a partner who has "
        "run trials at industrial scale.",
        {"qGo068": 2, "qGo069": 2, "qGo070": 2, "qGo071": 2, "qGo075": 2, "qGo076": 2, "qGo072": 1, "qGo157": 1},
    ),
    (
        "qGn34",
        "en",
        "dredge_morocco",
        "Leaching test before making bricks from canal mud",
        "Canal mud dredged near the Long Đức industrial park may carry arsenic and heavy metals. Before a local brick "
        "maker uses it, we need pilot production with leaching tests showing the metals stay locked in the bricks.",
        {"qGo070": 2, "qGo071": 2, "qGo072": 1, "qGo073": 1, "qGo074": 1},
    ),
    (
        "qGn35",
        "vi",
        "dredge_baltimore",
        "Bùn lắng làm phụ gia xi măng hoặc geopolymer với tro bay",
        "Công ty thủy lợi ở Trà Vinh có nhiều bùn nạo vét kênh chất đầy bãi chứa. Ngoài làm gạch, chúng tôi muốn thử nung bùn "
        "làm phụ gia xi măng hoặc trộn với tro bay Duyên Hải làm geopolymer, cần đối tác nghiên cứu.",
        {"qGo077": 2, "qGo078": 2, "qGo073": 1, "qGo074": 1},
    ),
    (
        "qGn36",
        "en",
        "bun_nuoccap",
        "Dewatering and reusing water-plant sludge",
        "Our water treatment plant in Trà Vinh city draws river water and produces sludge that is costly to dispose of; "
        "its composition is close to clay. We want to dewater and stabilise the sludge on site, use it in brick making "
        "and recover the separated water.",
        {"qGo080": 2, "qGo081": 2, "qGo079": 1, "qGo082": 1},
    ),
    (
        "qGn37",
        "vi",
        "bun_detnhuom",
        "Nhà máy nước muốn dùng bùn thải làm gạch",
        "Nhà máy nước ở Vĩnh Long lấy nước sông Cổ Chiên, bùn thải ngày càng nhiều. Thấy bùn thải công nghiệp đã được trộn vào "
        "gạch, chúng tôi muốn biết bùn của mình có thay được một phần đất sét làm gạch không, tỷ lệ bao nhiêu để gạch vẫn đạt mác.",
        {"qGo079": 2, "qGo080": 2, "qGo081": 2, "qGo082": 1},
    ),
    (
        "qGn38",
        "en",
        "catbien_gia",
        "Using local sea sand in concrete in Duyên Hải",
        "Sand demand keeps rising (about 130 million m3 a year nationally by 2020) and river sand is scarce in coastal "
        "Duyên Hải, while sea sand is everywhere. Our contractor wants to treat sea sand so it meets the standard for "
        "concrete and mortar without corroding the rebar.",
        {"qGo083": 2, "qGo084": 2, "qGo085": 2, "qGo153": 1, "qGo086": 1, "qGo087": 1},
    ),
    (
        "qGn39",
        "vi",
        "betongsmc",
        "Cần dây chuyền rửa mặn cát biển ở Cầu Ngang",
        "Doanh nghiệp được cấp phép khai thác cát biển ở Cầu Ngang, muốn đầu tư dây chuyền rửa giảm muối, loại tạp chất và sàng "
        "phân cấp để bán cát xây dựng đạt TCVN 7570:2006 cho bê tông, vữa.",
        {"qGo083": 2, "qGo084": 2, "qGo085": 1, "qGo086": 1, "qGo087": 1},
    ),
    (
        "qGn40",
        "en",
        "sand_mekongeye",
        "Sand substitutes for road embankments",
        "Our road works near the Cổ Chiên bridge need more than 700 m3 of sand a day but suppliers deliver only about "
        "100 m3, and prices have risen several-fold. We need substitute fill materials for embankments, such as treated "
        "sea sand or power-plant ash.",
        {"qGo154": 2, "qGo153": 2, "qGo085": 2, "qGo020": 2, "qGo021": 2, "qGo090": 1, "qGo083": 1, "qGo084": 1},
    ),
    (
        "qGn41",
        "vi",
        "sand_wwf",
        "Can nguon cat thay cat song de xay nha",
        "Cat do ve dong bang ngay cang it, khai thac lai nhieu gap may lan nen cat song o Tra On dat va hiem. Cong ty xay dung "
        "nho can nguon cat thay the: cat nghien hoac cat bien da xu ly, de tron vua va be tong.",
        {
            "qGo003": 2,
            "qGo004": 2,
            "qGo083": 2,
            "qGo084": 2,
            "qGo153": 2,
            "qGo085": 2,
            "qGo090": 1,
            "qGo086": 1,
            "qGo087": 1,
        },
    ),
    (
        "qGn42",
        "vi",
        "dv_catbien",
        "Làm gạch không nung từ cát biển tại chỗ",
        "Bờ biển dài, cát biển dồi dào nhưng chưa dùng được cho xây dựng. Cơ sở ở Trường Long Hòa (Duyên Hải) có sẵn cát biển "
        "và nước biển, muốn sản xuất gạch, ngói không nung từ chính nguồn này để bán cho dân ven biển, cần công nghệ đã thử nghiệm.",
        {"qGo012": 2, "qGo013": 2, "qGo001": 1, "qGo002": 1, "qGo083": 1, "qGo084": 1, "qGo085": 1},
    ),
    (
        "qGn43",
        "en",
        "canadatc_foam",
        "Lightweight blocks for infill walls with little capital",
        "We build three- to five-storey houses in Trà Vinh city on soft ground and want to make our own lightweight "
        "foam concrete blocks for infill walls, beyond hand-filled collapsible moulds. We cannot afford an autoclave plant "
        "and prefer a fly-ash foam block process with simple equipment.",
        {"qGo112": 2, "qGo113": 2, "qGo117": 2, "qGo118": 2, "qGo119": 2, "qGo121": 2, "qGo122": 2, "qGo123": 1},
    ),
    (
        "qGn44",
        "vi",
        "cet_fa",
        "Muốn đầu tư nhà máy gạch AAC dùng tro bay Duyên Hải",
        "Tro bay Việt Nam thuộc loại F, có thể làm vật liệu nhẹ giá trị cao. Nhà đầu tư ở Trà Vinh muốn xây nhà máy bê tông khí "
        "chưng áp dùng tro bay của Trung tâm điện lực Duyên Hải thay cát thạch anh; cần công nghệ sản xuất block và tấm AAC, "
        "phối liệu, nồi hấp và tư vấn quy mô.",
        {"qGo114": 2, "qGo115": 2, "qGo116": 2, "qGo121": 1, "qGo122": 1, "qGo026": 1},
    ),
    (
        "qGn45",
        "en",
        "defzone_aac",
        "Market and plant advice for an AAC venture in Vĩnh Long",
        "We are weighing an autoclaved aerated concrete plant in Vĩnh Long. AAC blocks and panels insulate well and are "
        "easy to cut and drill, yet many plants in Vietnam run under capacity. We need advice on plant size, product mix "
        "and market entry.",
        {"qGo115": 2, "qGo116": 2, "qGo114": 1, "qGo121": 1, "qGo122": 1},
    ),
    (
        "qGn46",
        "vi",
        "cie_clc",
        "Hộ nhỏ muốn làm gạch bê tông bọt, vốn ít",
        "Gạch bê tông bọt nhẹ, cách âm, cách nhiệt, hợp nhà giá rẻ. Gia đình tôi ở Tiểu Cần muốn làm gạch bê tông bọt để bán "
        "trong xã nhưng vốn ít, chưa mua được dây chuyền lớn; cần hướng dẫn cấp phối, khuôn và thiết bị tối thiểu.",
        {"qGo123": 2, "qGo112": 2, "qGo113": 2, "qGo119": 2, "qGo117": 1, "qGo121": 1, "qGo122": 1},
    ),
    (
        "qGn47",
        "en",
        "bigaac_clc",
        "Denser foam concrete for load-bearing walls",
        "We already make foam concrete blocks in Càng Long for partitions. Customers now ask for blocks strong enough "
        "for the load-bearing walls of single-storey houses. We need mix proportions by density class.",
        {"qGo120": 2, "qGo160": 2, "qGo119": 1, "qGo118": 1},
    ),
    (
        "qGn48",
        "vi",
        "technot_foam",
        "Cấp phối bê tông bọt dùng tro bay làm tấm sàn nhẹ",
        "Xưởng cấu kiện ở Vũng Liêm muốn đúc tấm sàn, tấm mái nhẹ bằng bê tông bọt thay vì chỉ làm block, dùng nhiều tro bay để "
        "giảm xi măng. Cần quy trình trộn vữa tro bay với bọt tạo sẵn, đổ khuôn và cắt.",
        {"qGo117": 2, "qGo119": 2, "qGo118": 2, "qGo113": 1, "qGo112": 1, "qGo121": 1, "qGo122": 1},
    ),
    (
        "qGn49",
        "en",
        "concrete_lwa",
        "Lightweight aggregate from fly ash instead of clay",
        "Our precast plant near Duyên Hải wants a lightweight coarse aggregate for roof slabs and blocks. Expanded clay "
        "would consume clay we may no longer dig, so we want a process that pelletises and sinters local fly ash.",
        {"qGo124": 2, "qGo125": 2, "qGo126": 1, "qGo127": 1, "qGo128": 1},
    ),
    (
        "qGn50",
        "vi",
        "exclay",
        "Cần hạt cốt liệu nhẹ từ tro bay cho tấm mái cách nhiệt",
        "Sỏi nhẹ keramzit phải nung phồng đất sét khoảng 1.100 độ trong lò quay, mà tỉnh hạn chế khai thác đất sét. Công ty ở Trà "
        "Vinh muốn làm hạt cốt liệu nhẹ từ tro bay hoặc phế thải khác để đổ tấm mái, block cách nhiệt.",
        {"qGo124": 2, "qGo125": 2, "qGo126": 1, "qGo127": 1, "qGo128": 1},
    ),
    (
        "qGn51",
        "en",
        "mininginfo",
        "Contractor to recycle market demolition rubble into road base",
        "The old market in Trà Vinh city is being demolished and will leave thousands of tonnes of concrete and brick "
        "rubble. The city wants a contractor who will sort it, pull out the rebar and crush it into road base rather "
        "than dump it.",
        {
            "qGo134": 2,
            "qGo135": 2,
            "qGo138": 2,
            "qGo129": 1,
            "qGo130": 1,
            "qGo131": 1,
            "qGo132": 1,
            "qGo133": 1,
            "qGo136": 1,
            "qGo137": 1,
        },
    ),
    (
        "qGn52",
        "vi",
        "th4_rca",
        "Nhà thầu phá dỡ cần mua máy nghiền di động",
        "Nhà thầu phá dỡ ở Vĩnh Long muốn mua tổ hợp nghiền di động để nghiền bê tông, gạch vỡ ngay tại công trình, có tách thép "
        "và sàng phân cỡ, tránh chở xà bần đi xa.",
        {"qGo132": 2, "qGo131": 2, "qGo136": 2, "qGo137": 2, "qGo133": 1, "qGo129": 1, "qGo130": 1, "qGo138": 1},
    ),
    (
        "qGn53",
        "en",
        "baichy_cdw",
        "Recycled aggregate good enough for new concrete",
        "Our batching plant in Vĩnh Long wants to use recycled aggregate from demolished concrete in new structural "
        "concrete, but the crushed material we buy is flaky and full of fines. We need crushing that yields cubical, "
        "low-fines aggregate fit for concrete.",
        {"qGo131": 2, "qGo132": 2, "qGo133": 2, "qGo129": 1, "qGo130": 1},
    ),
    (
        "qGn54",
        "vi",
        "millvik",
        "Phường cần dịch vụ tiếp nhận, phân loại xà bần",
        "Phường ở TP Trà Vinh có nhiều xà bần do dân sửa nhà đổ ven đường: bê tông, gạch, gỗ, sắt lẫn lộn. Cần đơn vị tiếp nhận, "
        "phân loại và nghiền xà bần thành vật liệu dùng lại.",
        {"qGo134": 2, "qGo135": 2, "qGo138": 2, "qGo129": 1, "qGo130": 1, "qGo132": 1, "qGo137": 1},
    ),
    (
        "qGn55",
        "en",
        "crushsize",
        "Mobile equipment to crush broken kiln bricks into sub-base",
        "Demolishing old kilns in Mang Thít leaves mountains of broken fired brick. Our company wants to buy mobile "
        "crushing and screening equipment to turn it into sub-base for village roads and yards.",
        {
            "qGo131": 2,
            "qGo132": 2,
            "qGo136": 2,
            "qGo137": 2,
            "qGo129": 1,
            "qGo130": 1,
            "qGo134": 1,
            "qGo135": 1,
            "qGo138": 1,
            "qGo133": 1,
        },
    ),
    (
        "qGn56",
        "vi",
        "catbien_gia",
        "HTX nuôi nghêu muốn dùng vỏ nghêu, hàu thay cát trong bê tông",
        "Nhu cầu cát xây dựng cả nước đã khoảng 92 triệu m3 năm 2015 và còn tăng, cát ngày càng hiếm. Hợp tác xã nuôi nghêu ở "
        "Cầu Ngang thải ra nhiều vỏ nghêu, vỏ hàu, muốn nghiền vỏ thay một phần cát, đá trong bê tông, gạch lát.",
        {"qGo139": 2, "qGo140": 2, "qGo141": 2, "qGo142": 2, "qGo143": 2},
    ),
    (
        "qGn57",
        "en",
        "sand_saigontimes",
        "Oyster shells from Long Toàn to replace sand in concrete",
        "Delta expressways alone need over 50 million m3 of sand while licensed reserves cover about 70% of it. Oyster "
        "farmers in Long Toàn, Duyên Hải, pile their shells along the shore and want to know how much sand or stone "
        "crushed shells can replace in ordinary concrete.",
        {"qGo139": 2, "qGo140": 2, "qGo141": 2, "qGo142": 2, "qGo143": 2},
    ),
    (
        "qGn58",
        "vi",
        "terrazzo",
        "Gạch lát thấm nước từ vỏ hàu nghiền",
        "Cơ sở làm gạch lát terrazzo ở TP Trà Vinh muốn ra dòng gạch lát thấm nước cho sân vườn, dùng vỏ hàu nghiền thay đá "
        "làm cốt liệu, cần công thức đã thử có màu sắc, cường độ tương đương gạch thương mại.",
        {"qGo141": 2, "qGo139": 1, "qGo140": 1, "qGo142": 1, "qGo143": 1, "qGo014": 1, "qGo015": 1},
    ),
    (
        "qGn59",
        "en",
        "vatlieu_tieuthu",
        "Cost estimating norms for unfired brick walls",
        "Our design consultancy in Trà Vinh must now specify unfired bricks in public works, and we need estimating "
        "software with the official material-use norms for unfired brick masonry to prepare bills of quantities.",
        {"qGo011": 2, "qGo010": 1},
    ),
    (
        "qGn60",
        "en",
        "dv_block",
        "Automating the press of our unfired brick line",
        "Our block line in Càng Long has a vibro-press that is run by hand. We want a control and monitoring system for "
        "the press that tracks cycles, raises alarms and logs output per shift.",
        {"qGo007": 2, "qGo001": 1, "qGo002": 1},
    ),
    (
        "qGn61",
        "en",
        "husk_biochar",
        "Testing our rice husk ash before selling it as a concrete admixture",
        "Our farm cooperative in Cầu Kè runs a small husk gasifier for biochar and drying and is left with husk ash. "
        "Buyers ask for its amorphous silica content, fineness and pozzolanic activity before they will use it in concrete.",
        {"qGo049": 2, "qGo050": 1, "qGo046": 1, "qGo047": 1, "qGo048": 1},
    ),
    (
        "qGn62",
        "en",
        "rha_review",
        "Low-carbon, highly reactive rice husk ash from a controlled burner",
        "Our rice mill in Trà Ôn already sells husk ash, but concrete buyers complain it is high in carbon and needs a "
        "lot of superplasticiser. We want a combustion reactor that burns husk under controlled temperature to give "
        "reactive, low-carbon ash.",
        {"qGo048": 2, "qGo046": 1, "qGo047": 1, "qGo050": 1},
    ),
    (
        "qGn63",
        "en",
        "mininginfo",
        "Crusher that takes whole demolished slabs",
        "We demolish bridges and factory floors around Trà Vinh. Our current crusher clogs on large pieces, so we pay "
        "to break slabs before crushing. We need a primary crusher that accepts very large, thick concrete slabs and "
        "produces little fines.",
        {"qGo133": 2, "qGo131": 1, "qGo132": 1, "qGo136": 1},
    ),
    (
        "qGn64",
        "en",
        "ctu_fa",
        "Software to log strength tests of unfired bricks",
        "Our university materials lab in Trà Vinh tests many batches of unfired fly-ash bricks graded from M3.5 to M15 "
        "for local producers. We need software to record and calculate compressive and flexural test results for "
        "different specimen sizes.",
        {"qGo149": 2},
    ),
    (
        "qGn65",
        "en",
        "cseb_ajol",
        "Fly ash instead of cement to stabilise compressed earth blocks",
        "Cement is the costliest part of our compressed earth blocks in Châu Thành. We want to stabilise the blocks "
        "mainly with fly ash from Duyên Hải, and need soil testing and pressing know-how with durability checks.",
        {"qGo059": 2, "qGo159": 2, "qGo056": 1, "qGo057": 1, "qGo058": 1},
    ),
    (
        "qGn66",
        "en",
        "lytag",
        "Which lightweight aggregate for our blocks?",
        "We make concrete blocks in Vĩnh Long and want to lighten them. There are sintered fly ash pellets, expanded "
        "clay, clinker and others; we need technical advice comparing their densities and how to combine them with "
        "natural sand.",
        {"qGo126": 2, "qGo124": 1, "qGo125": 1, "qGo127": 1, "qGo128": 1},
    ),
    (
        "qGn67",
        "en",
        "vnn_dongnai",
        "Overview of kiln types and phase-out rules for planning",
        "Despite the decision that manual kilns must go, dozens still operate among houses in some communes of Vĩnh "
        "Long. Our provincial department needs a review of kiln types, their costs and emissions and the national "
        "phase-out rules before drafting a local plan.",
        {"qGo099": 2, "qGo096": 1, "qGo097": 1},
    ),
    (
        "qGn68",
        "en",
        "tn_duyenhai",
        "Pre-investment package to attract ash brick investors",
        "Ash at the Duyên Hải power centre is now sought by dozens of firms. The provincial investment promotion centre "
        "wants a pre-investment package for an ash-based brick factory: ash transfer terms with the plant owner, land "
        "and permits, to show to investors.",
        {"qGo022": 2, "qGo034": 1, "qGo021": 1, "qGo020": 1},
    ),
    (
        "qGn69",
        "vi",
        "dv_block",
        "Can tu dong hoa may ep gach khong nung",
        "Xuong gach block o Tra Cu co may ep rung van hanh bang tay, hay loi, kho theo doi san luong. Can phan mem dieu khien, "
        "giam sat may ep: canh bao su co, ghi san luong theo ca.",
        {"qGo007": 2, "qGo001": 1, "qGo002": 1},
    ),
    (
        "qGn70",
        "vi",
        "c10_brick",
        "Can phan mem du toan co dinh muc gach khong nung",
        "Tinh khong cho dau tu moi gach nung, cong trinh von ngan sach phai dung gach khong nung. Cong ty tu van thiet ke o "
        "Vinh Long can phan mem du toan cap nhat dinh muc su dung vat lieu cho tuong gach khong nung.",
        {"qGo011": 2, "qGo010": 1},
    ),
    (
        "qGn71",
        "vi",
        "civilica_soil",
        "Gia cố nền đất yếu đường dẫn đầu cầu",
        "Nhiều cầu nông thôn ở Trà Cú bị lún ở đoạn đường dẫn sau mố, xe qua bị xóc. Ban quản lý dự án cần giải pháp gia cố nền "
        "đất yếu đoạn này bằng xi măng và tro bay.",
        {"qGo040": 2, "qGo037": 1, "qGo156": 1, "qGo038": 1, "qGo039": 1},
    ),
    (
        "qGn72",
        "vi",
        "sand_daidoanket",
        "Phân loại cát biển: loại nào đổ bê tông, loại nào san lấp",
        "Cát sông ở đồng bằng ngày càng khan hiếm, nhiều ý kiến đề xuất dùng cát biển. Công ty bê tông ở Trà Vinh cần đơn vị "
        "tư vấn cách phân loại cát biển: loại nào xử lý để dùng cho bê tông, vữa theo tiêu chuẩn, loại nào chỉ để đắp nền.",
        {"qGo085": 2, "qGo083": 1, "qGo084": 1, "qGo086": 1, "qGo087": 1, "qGo153": 1},
    ),
    (
        "qGn73",
        "vi",
        "baodanang_cochien",
        "Gạch không nung từ đất đóng rắn bằng polime",
        "Làng gạch ven sông Cổ Chiên còn nhiều đất sét nhưng không được nung nữa. Chúng tôi muốn làm gạch không nung từ chính "
        "đất này, đóng rắn bằng chất kết dính polime thay vì nung, cần công nghệ và hướng dẫn vận hành.",
        {"qGo150": 2, "qGo057": 1, "qGo058": 1},
    ),
    (
        "qGn74",
        "vi",
        "rha_quangnam",
        "Cần phân tích chất lượng tro trấu trước khi bán",
        "Tro trấu thu từ bếp, lò đốt có chất lượng không đều. Cơ sở thu gom tro trấu ở Vũng Liêm cần phân tích hàm lượng SiO2 vô "
        "định hình, độ mịn và chỉ số hoạt tính puzolan để biết lô tro nào dùng được làm phụ gia bê tông.",
        {"qGo049": 2, "qGo050": 1, "qGo051": 1},
    ),
    (
        "qGn75",
        "vi",
        "bun_cantho",
        "Bùn thải dệt nhuộm muốn làm gạch nung giảm than",
        "Nhà máy dệt nhuộm ở khu công nghiệp Long Đức có nhiều bùn thải từ xử lý nước, giàu sắt và còn nhiệt trị. Chúng tôi muốn "
        "hợp tác với lò gạch để trộn bùn vào gạch, vừa xử lý bùn vừa giảm than đốt.",
        {"qGo082": 2, "qGo079": 1, "qGo080": 1, "qGo081": 1},
    ),
]
