"""Needs of the holdout63 set, posted from Trà Vinh / Vĩnh Long: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    # --- bees and honey ---------------------------------------------------------------------------
    (
        "kMn01",
        "vi",
        "askvity",
        "Cần công nghệ hạ thủy phần mật ong thu vụ mưa",
        "HTX ong mật ở Cầu Kè thu mật vào mùa mưa, độ ẩm không khí cao nên mật có thủy phần 22–23%, để vài tuần là sủi bọt, "
        "chua. Chúng tôi cần thiết bị hoặc quy trình làm khô mật (kiểu phòng hút ẩm kết hợp quạt, hay máy cô mật) đưa thủy "
        "phần về dưới 19% mà không đun nóng làm hỏng men và tăng HMF.",
        {"kMo001": 2, "kMo002": 2, "kMo003": 2, "kMo004": 2, "kMo005": 1, "kMo006": 1, "kMo009": 1},
    ),
    (
        "kMn02",
        "en",
        "beesource",
        "Low-cost room drying of honey supers before extraction",
        "Our beekeeping group in Tiểu Cần often pulls supers that are only half capped at the end of the flow. We would like "
        "a cheap way to dry them in a small closed room with a household dehumidifier and fans for a few days, checking "
        "moisture daily with a refractometer until it is around 17%, before we extract.",
        {"kMo004": 2, "kMo001": 1, "kMo002": 1, "kMo003": 1, "kMo005": 1},
    ),
    (
        "kMn03",
        "vi",
        "hectorchinhhang",
        "Kiểm nghiệm mật ong để công bố sản phẩm, nghi mật pha đường",
        "Cơ sở đóng chai mật ong ở TP Vĩnh Long chuẩn bị công bố sản phẩm. Khách hàng hay thử mật bằng giấy thấm, kiến bu… "
        "và nghi mật pha đường. Chúng tôi cần đơn vị kiểm nghiệm đầy đủ chỉ tiêu theo TCVN 12605:2019 (hàm lượng nước cho "
        "phép 17–23% tùy loại, đường, vi sinh, kim loại) và phép thử chứng minh mật không cho ăn đường.",
        {"kMo007": 2, "kMo008": 2, "kMo010": 2, "kMo006": 1, "kMo009": 1},
    ),
    (
        "kMn04",
        "en",
        "roodin_hmf",
        "HMF and moisture testing for honey export lots",
        "A honey trading company in Trà Vinh had export lots questioned on freshness. We need a laboratory that measures "
        "hydroxymethylfurfural (HMF) and moisture on every lot, and advice on storage and heating practices that keep HMF "
        "within the accepted limit.",
        {"kMo006": 2, "kMo009": 2, "kMo010": 1, "kMo007": 1, "kMo002": 1},
    ),
    (
        "kMn05",
        "vi",
        "honestbee_decrease",
        "Cần máy lọc và sơ chế mật ong trước khi đóng chai",
        "Tổ hợp tác nuôi ong ở Càng Long có nhiều lô mật lên men, sủi bọt sau khi đóng chai: mật thu sớm lúc ong chưa vít nắp, "
        "gặp mưa dầm hoặc lẫn nước khi quay mật. Chúng tôi muốn mua hoặc nhận chuyển giao một máy lọc xác ong, phấn hoa, "
        "khử khuẩn và tách bớt nước cho mật, làm bằng inox, dùng được ở quy mô hộ.",
        {"kMo003": 2, "kMo001": 1, "kMo002": 1, "kMo004": 1, "kMo005": 1},
    ),
    (
        "kMn06",
        "en",
        "memart_rj_harvest",
        "Starting royal jelly production in an Apis mellifera apiary",
        "Our cooperative in Châu Thành (Trà Vinh) keeps about 150 Apis mellifera colonies for honey. We want to add royal "
        "jelly: how to prepare producing colonies, graft young larvae into artificial queen cups, when to harvest, and how "
        "to keep the jelly from spoiling before sale.",
        {"kMo012": 2, "kMo013": 2, "kMo014": 1, "kMo045": 1},
    ),
    (
        "kMn07",
        "vi",
        "rj_thesis",
        "Đánh giá chất lượng sữa ong chúa thu mua từ nông hộ",
        "Doanh nghiệp thu mua sữa ong chúa ở Vĩnh Long nhận hàng từ nhiều trại, chất lượng không đều. Chúng tôi cần bộ tiêu "
        "chí chất lượng (thủy phần, protein, 10-HDA…) để kiểm tra khi nhận và hướng dẫn nông hộ chuẩn bị đàn, trại đúng cách.",
        {"kMo014": 2, "kMo012": 1, "kMo013": 1},
    ),
    (
        "kMn08",
        "en",
        "bi_pollen_harvest",
        "Adding bee pollen as a second product",
        "Apiary in Cầu Ngang with strong colonies during the coconut and field-flower season wants to harvest bee pollen: "
        "which trap to fit (entrance or bottom board), how much pollen can be taken without hurting brood rearing, how often "
        "to empty the tray and how to dry and store pollen.",
        {"kMo016": 2, "kMo017": 2, "kMo018": 2},
    ),
    (
        "kMn09",
        "vi",
        "bi_pollen_hive",
        "Phấn hoa thu về bị mốc, cần cách thu và sấy đúng",
        "Trại ong ở Duyên Hải đã thử gắn bẫy phấn nhưng phấn lấy ra bị mốc, vón cục, có sâu. Cần hướng dẫn lịch thu phấn "
        "khỏi khay, cách xử lý diệt sâu sáp và sấy khô phấn hoa trước khi đóng gói bán.",
        {"kMo018": 2, "kMo016": 2, "kMo017": 1},
    ),
    (
        "kMn10",
        "en",
        "homestead_wax",
        "Rendering old comb and cappings into clean beeswax",
        "A beekeeper in Long Hồ (Vĩnh Long) has boxes of old, partly damaged brood comb and stored cappings. He wants a "
        "simple way to render them into clean beeswax blocks for sale or candle making, without buying special equipment.",
        {"kMo019": 2, "kMo020": 2, "kMo021": 2, "kMo024": 2, "kMo023": 1},
    ),
    (
        "kMn11",
        "vi",
        "nhanongxanh_ong",
        "Muốn khai thác keo ong làm sản phẩm",
        "HTX ong ở Trà Cú hiện chỉ bán mật, trong khi nghề ong còn cho phấn, sữa chúa, sáp, keo ong. Chúng tôi muốn bắt đầu "
        "thu keo ong sạch để bán cho cơ sở dược liệu: cách thu không lẫn dăm gỗ, tách sáp khỏi keo.",
        {"kMo022": 2, "kMo023": 2, "kMo019": 1, "kMo024": 1},
    ),
    (
        "kMn12",
        "vi",
        "danviet_ong",
        "Ong noi bi benh au trung tui, can cach tri",
        "Nha toi o Tieu Can nuoi 25 dan ong noi, may tuan nay au trung chet dau nhon, nap vit lom, dan yeu dan. Nghe noi la "
        "benh au trung tui. Can nguoi huong dan cach tri va giu dan, co can thay chua khong.",
        {"kMo027": 2, "kMo028": 2, "kMo030": 1, "kMo026": 1},
    ),
    (
        "kMn13",
        "en",
        "varroa_de",
        "Varroa mites collapsing Apis mellifera colonies after the honey flow",
        "Our Apis mellifera operation in Càng Long loses a large share of colonies after each honey season; we find "
        "reddish-brown mites on bees and in capped brood. We need a monitoring and treatment programme that fits a "
        "commercial apiary.",
        {"kMo025": 2, "kMo029": 2, "kMo030": 1},
    ),
    (
        "kMn14",
        "vi",
        "trangtraigiong",
        "Tập huấn kỹ thuật nuôi ong nội cho nông hộ mới",
        "Mười hộ ở Cầu Kè muốn nuôi ong nội lấy mật trong vườn cây ăn trái. Cần tập huấn chọn đàn giống (chúa dưới 6 tháng, "
        "quân phủ kín cầu), chọn điểm đặt thùng gần nguồn hoa, khoảng cách giữa các thùng và chăm sóc theo mùa.",
        {"kMo043": 2, "kMo044": 2, "kMo048": 2, "kMo045": 1, "kMo046": 1, "kMo047": 1},
    ),
    (
        "kMn15",
        "en",
        "trangtraihongdien",
        "Youth group starting beekeeping in wooden or foam boxes",
        "A youth union group in Vĩnh Long city wants to keep honey bees in wooden or styrofoam boxes on family land. We need "
        "a training course and a starter equipment set: hive boxes, frames, where to place them, and basic colony care.",
        {"kMo043": 2, "kMo044": 2, "kMo048": 2, "kMo045": 1, "kMo047": 1},
    ),
    (
        "kMn16",
        "vi",
        "danang_chuyende",
        "Nhân đàn, tạo chúa để mở rộng trại ong",
        "Trại ong ở Châu Thành có 30 đàn, muốn tự nhân lên 100 đàn trong hai năm mà không mua thêm. Cần kỹ thuật chia đàn, "
        "tạo chúa tốt vào đúng mùa hoa và cách giữ đàn mới không bốc bay.",
        {"kMo045": 2, "kMo013": 1, "kMo043": 1, "kMo044": 1, "kMo046": 1},
    ),
    (
        "kMn17",
        "en",
        "wiki_stingless",
        "Getting started with stingless bees",
        "A farmer in Cầu Ngang wants to keep stingless bees (ong dú) in the home garden for a small amount of specialty "
        "honey. Looking for colonies in boxes, a way to split colonies later, and how to harvest honey without harming "
        "the nest.",
        {"kMo031": 2, "kMo032": 2, "kMo033": 1, "kMo030": 1},
    ),
    (
        "kMn18",
        "vi",
        "explained_stingless",
        "Chuyen dan ong du tu khuc go sang thung",
        "Toi o Cau Ke co may dan ong du lam to trong khuc go va thung phuy cu. Muon chuyen sang thung go de de cham soc "
        "va lay mat trong cac bau mat ma khong pha to. Ai co kinh nghiem xin lien he.",
        {"kMo032": 2, "kMo031": 1, "kMo033": 1},
    ),
    (
        "kMn19",
        "en",
        "beephilippines",
        "Bees to improve coconut nut set",
        "A coconut cooperative in Càng Long sees low nut numbers on many palms. We want to bring managed honey bee colonies "
        "into the plantation to improve pollination and earn honey as a second income, with a plan for colony numbers and "
        "seasonal care.",
        {"kMo034": 2, "kMo037": 2},
    ),
    (
        "kMn20",
        "vi",
        "pakistan_mango",
        "Thuê đặt thùng ong thụ phấn cho vườn xoài",
        "Nhà vườn xoài ở Trà Ôn (Vĩnh Long) thấy đậu trái kém dù ra hoa nhiều. Muốn thuê người nuôi ong đặt thùng trong vườn "
        "mùa xoài trổ bông, cần biết đặt bao nhiêu thùng mỗi ha và thời điểm.",
        {"kMo035": 2, "kMo038": 2, "kMo036": 1, "kMo041": 1, "kMo034": 1},
    ),
    (
        "kMn21",
        "en",
        "honestbee_humidity",
        "Stopping honey from taking up moisture in the bottling room",
        "A honey packer in Long Hồ finds that honey filtered and bottled in the rainy season gets thinner and sometimes "
        "ferments. We need humidity control for the filtering and filling room and a workshop layout that keeps honey "
        "stable until the jars are sealed.",
        {"kMo005": 2, "kMo002": 1, "kMo003": 1, "kMo004": 1, "kMo011": 1},
    ),
    (
        "kMn22",
        "vi",
        "dakhoney",
        "Tư vấn chuyển sang nuôi ong ngoại hướng xuất khẩu",
        "HTX ở Tiểu Cần đang nuôi ong nội, năng suất mật thấp, muốn chuyển một phần sang ong ngoại Apis mellifera và bán "
        "cho doanh nghiệp xuất khẩu. Cần tư vấn năng suất có thể đạt, yêu cầu an toàn sinh học, truy xuất nguồn gốc.",
        {"kMo049": 2, "kMo046": 1, "kMo044": 1, "kMo043": 1, "kMo025": 1},
    ),
    # --- mushrooms --------------------------------------------------------------------------------
    (
        "kMn23",
        "vi",
        "nonghoc",
        "Trồng nấm rơm quanh năm từ rơm sau thu hoạch",
        "HTX ở Trà Cú có nhiều rơm sau mỗi vụ lúa, thường bị đốt bỏ. Muốn trồng nấm rơm quanh năm để có thu nhập thêm: cần "
        "quy trình ủ rơm, chọn meo, trồng trong nhà hoặc ngoài trời và cách chăm sóc ở độ ẩm 80–95%.",
        {"kMo051": 2, "kMo052": 2, "kMo053": 2, "kMo054": 2, "kMo055": 2, "kMo056": 1, "kMo057": 1},
    ),
    (
        "kMn24",
        "en",
        "drugtimes_paddy",
        "Indoor straw mushroom house to avoid rain losses",
        "A young farmer in Tam Bình grows straw mushroom beds outdoors but loses crops to rain and heat. He wants a low-cost "
        "indoor house design with shelves, the amount of straw and spawn per cycle and expected yields.",
        {"kMo051": 2, "kMo053": 2, "kMo054": 1, "kMo052": 1, "kMo055": 1},
    ),
    (
        "kMn25",
        "vi",
        "giaothuy_nam",
        "Muon tu san xuat meo giong nam",
        "To hop tac nam o Cang Long mua meo giong ngoai hay bi nhiem, nam ra kem. Muon tu lam meo giong tren hat ngu coc: "
        "can huong dan dung phong cay meo nho, khu trung, cach nhan va bao quan meo.",
        {"kMo074": 2, "kMo075": 2, "kMo078": 1, "kMo076": 1, "kMo052": 1},
    ),
    (
        "kMn26",
        "en",
        "slide_rom_linhchi",
        "Oyster mushrooms in sawdust bags for a women's group",
        "A women's union group in Vũng Liêm wants to grow oyster mushrooms in sawdust bags: bag preparation, sterilisation, "
        "spawning, incubation and a simple growing house, with expected output per bag.",
        {"kMo058": 2, "kMo059": 2, "kMo062": 2, "kMo060": 1, "kMo061": 1, "kMo074": 1},
    ),
    (
        "kMn27",
        "vi",
        "sach_trong_nam",
        "Mua phôi nấm bào ngư về trồng tại nhà",
        "Hộ gia đình ở TP Trà Vinh muốn mua bịch phôi nấm bào ngư đã ăn kín tơ về trồng ở hiên nhà, vừa ăn vừa bán lẻ. Cần nơi "
        "cung cấp phôi đều và hướng dẫn rạch bịch, tưới, giữ ẩm.",
        {"kMo059": 2, "kMo060": 2, "kMo058": 1, "kMo062": 1},
    ),
    (
        "kMn28",
        "en",
        "mykopoint",
        "Growing oyster mushrooms on spent coffee grounds",
        "A café chain in Vĩnh Long city throws away spent coffee grounds every day. We want a simple, low-cost way to use "
        "them as substrate for oyster mushrooms, manageable by staff with little experience.",
        {"kMo061": 2, "kMo081": 1, "kMo058": 1, "kMo060": 1},
    ),
    (
        "kMn29",
        "vi",
        "linhchi_2lua",
        "Quy trình trồng nấm linh chi trên mùn cưa",
        "Trang trại ở Càng Long muốn trồng linh chi đỏ làm dược liệu. Cần quy trình xử lý, phối trộn mùn cưa, đóng túi, hấp, "
        "cấy giống và điều kiện nhà trồng (nhiệt độ, ẩm độ, ánh sáng) phù hợp khí hậu nóng.",
        {"kMo063": 2, "kMo064": 2, "kMo066": 1},
    ),
    (
        "kMn30",
        "en",
        "tinhhoaxanh",
        "Drying and packing lingzhi for sale",
        "A lingzhi growers' group in Cầu Kè sells fresh caps at low prices. We want to dry and pack lingzhi (whole and "
        "sliced) with a method that keeps colour and active compounds and meets a safe moisture level.",
        {"kMo065": 2, "kMo066": 2, "kMo084": 1, "kMo086": 1, "kMo067": 1},
    ),
    (
        "kMn31",
        "vi",
        "travinh_cordyceps",
        "Sản xuất đông trùng hạ thảo Cordyceps militaris quy mô nhỏ",
        "Doanh nghiệp nhỏ ở Trà Vinh muốn nuôi trồng đông trùng hạ thảo Cordyceps militaris (giống có nguồn gốc Nhật Bản) "
        "để bán sản phẩm sấy khô. Cần chuyển giao quy trình nuôi cấy, môi trường cơ chất và phòng nuôi.",
        {"kMo069": 2, "kMo070": 2, "kMo072": 2, "kMo071": 1},
    ),
    (
        "kMn32",
        "en",
        "danviet_cordyceps",
        "Cold-room design and substrate for Cordyceps militaris",
        "A start-up in Vĩnh Long plans to grow Cordyceps militaris in a converted room. We need the room specification "
        "(temperature, humidity, light, sterility), shelving and a substrate recipe that gives good fruiting bodies.",
        {"kMo069": 2, "kMo070": 2, "kMo072": 2, "kMo071": 1},
    ),
    (
        "kMn33",
        "en",
        "ecoafro",
        "Reliable mushroom spawn supplier",
        "Our mushroom farm in Long Hồ keeps getting weak or contaminated spawn from traders. We want a laboratory supplier "
        "of pure grain spawn with dated batches, and advice on keeping our own mother cultures.",
        {"kMo077": 2, "kMo078": 2, "kMo076": 1, "kMo075": 1, "kMo074": 1},
    ),
    (
        "kMn34",
        "vi",
        "trainamxuanhoa",
        "Tự sản xuất và lưu giữ giống nấm cho HTX",
        "HTX nấm ở Vĩnh Long trồng bào ngư, linh chi, muốn chủ động giống: lập phòng nhân giống cấp 1, cấp 2 trên hạt, lưu "
        "giữ chủng gốc không thoái hóa.",
        {"kMo078": 2, "kMo074": 2, "kMo075": 2, "kMo076": 1, "kMo077": 1},
    ),
    (
        "kMn35",
        "en",
        "essayhelp_sms",
        "Using spent mushroom substrate",
        "Mushroom growers in Trà Cú pile up spent straw and sawdust substrate after harvest. We want to turn it into compost "
        "or soil conditioner for vegetables, or another saleable use, instead of burning it.",
        {"kMo083": 2, "kMo079": 2, "kMo080": 2, "kMo081": 1, "kMo082": 1, "kMo127": 1},
    ),
    (
        "kMn36",
        "vi",
        "sms_feed_translation",
        "Tan dung bich phoi nam bao ngu sau thu hoach",
        "Trai nam o Binh Minh moi thang thai ra hang ngan bich phoi bao ngu da thu. Muon cho ra them dot nam hoac tron lam "
        "gia the, phan bon, khong de thoi ruoi nhang.",
        {"kMo082": 2, "kMo083": 2, "kMo079": 2, "kMo081": 1, "kMo080": 1},
    ),
    (
        "kMn37",
        "en",
        "foolfestival",
        "Dryer and drying schedule for oyster mushrooms",
        "An oyster mushroom farm in Mang Thít loses part of each flush in hot weather because fresh mushrooms keep only a "
        "day or two. We need a dryer and a drying schedule so we can sell dried mushrooms, plus cold-storage guidance.",
        {"kMo084": 2, "kMo085": 2, "kMo086": 2, "kMo087": 2, "kMo089": 1},
    ),
    (
        "kMn38",
        "vi",
        "giaothuy_nam",
        "Chế biến nấm rơm sấy, muối để bán khi rớt giá",
        "Cơ sở nấm rơm ở Châu Thành (Trà Vinh) vào vụ thu rộ thì giá nấm tươi rớt mạnh. Cần quy trình sấy và muối nấm rơm, lò "
        "sấy phù hợp để bảo quản bán dần.",
        {"kMo088": 2, "kMo086": 2, "kMo084": 2, "kMo087": 2, "kMo085": 1},
    ),
    # --- black soldier fly and insects ------------------------------------------------------------
    (
        "kMn39",
        "vi",
        "thietbi_bsf",
        "Nuôi ruồi lính đen xử lý phân heo, lấy ấu trùng cho cá",
        "Trại heo ở Càng Long thải nhiều phân, bị hàng xóm phản ánh mùi. Muốn nuôi ruồi lính đen để xử lý phân và lấy ấu "
        "trùng (sâu canxi) cho cá, vịt; cần quy trình, giống và năng suất xử lý mỗi m2.",
        {"kMo094": 2, "kMo096": 2, "kMo093": 2, "kMo099": 2, "kMo098": 1, "kMo100": 1, "kMo097": 1, "kMo102": 1},
    ),
    (
        "kMn40",
        "en",
        "newsallq_dongnai",
        "Steady supply of BSF eggs to start a colony",
        "A duck and catfish farmer in Trà Ôn wants to start his own black soldier fly colony. He needs a reliable seller of "
        "eggs or young larvae and advice on the adult breeding cage.",
        {"kMo095": 2, "kMo105": 2, "kMo102": 1, "kMo094": 1, "kMo097": 1},
    ),
    (
        "kMn41",
        "en",
        "scirp_bsf_sewage",
        "Treating market organic waste with BSF larvae",
        "The market management board in Trà Vinh city collects several tonnes of vegetable and fruit waste a day. We are "
        "looking for a black soldier fly treatment system that reduces this waste and produces larvae for feed.",
        {"kMo100": 2, "kMo099": 2, "kMo093": 2, "kMo103": 1, "kMo101": 1},
    ),
    (
        "kMn42",
        "vi",
        "betuco_wp",
        "Au trung ruoi linh den chet nhieu mua nang",
        "Toi nuoi ruoi linh den o Vung Liem, mua nang nong au trung chet nhieu, ruoi de it. Can cach lam mat khu nuoi va "
        "quy trinh on dinh de co au trung deu cho ga, ca.",
        {"kMo097": 2, "kMo102": 1, "kMo093": 1, "kMo098": 1},
    ),
    (
        "kMn43",
        "en",
        "echo_tn99",
        "Processing BSF larvae into protein meal",
        "A feed mill in Bình Minh wants to process fresh black soldier fly larvae from contract farmers into a protein "
        "ingredient that replaces part of the fishmeal in aquafeed.",
        {"kMo104": 2, "kMo098": 1, "kMo103": 1, "kMo163": 1, "kMo099": 1},
    ),
    (
        "kMn44",
        "vi",
        "bsf_book",
        "Thay bột cá bằng đạm ấu trùng ruồi lính đen trong thức ăn thủy sản",
        "Doanh nghiệp thức ăn thủy sản ở Vĩnh Long chịu giá bột cá, đậu nành tăng liên tục. Muốn công nghệ chế biến ấu trùng, "
        "nhộng ruồi lính đen thành nguyên liệu đạm thay một phần bột cá.",
        {"kMo104": 2, "kMo096": 1, "kMo094": 1, "kMo098": 1, "kMo099": 1, "kMo163": 1},
    ),
    (
        "kMn45",
        "en",
        "frass_foods_review",
        "Selling BSF frass as fertiliser",
        "Our BSF unit in Càng Long produces several tonnes of frass each month from food waste. We need its nutrient value "
        "analysed, a curing method and evidence to sell it to vegetable growers as organic fertiliser.",
        {"kMo107": 2, "kMo106": 2, "kMo110": 2, "kMo109": 2, "kMo108": 1},
    ),
    (
        "kMn46",
        "vi",
        "watertower",
        "Dùng phân frass ruồi lính đen bón rau",
        "HTX rau an toàn ở Tiểu Cần muốn dùng phân thải của ấu trùng ruồi lính đen thay một phần phân hóa học. Cần biết thành "
        "phần dinh dưỡng, có phải ủ thêm không và hiệu quả so với phân đạm.",
        {"kMo109": 2, "kMo107": 2, "kMo110": 2, "kMo106": 1, "kMo101": 1, "kMo108": 1},
    ),
    (
        "kMn47",
        "en",
        "surinfarang",
        "Cricket rearing as side income",
        "A farmers' group in Trà Cú wants to raise crickets as a side income between rice crops: breeding stock, pens, feed, "
        "time to harvest and what income to expect.",
        {"kMo111": 2, "kMo113": 2, "kMo114": 2, "kMo112": 1, "kMo116": 1, "kMo115": 1},
    ),
    (
        "kMn48",
        "vi",
        "fao_sixlegged",
        "Nuôi dế thương phẩm và làm bột dế",
        "Cơ sở ở Cầu Ngang muốn nuôi dế quy mô vài chục chuồng và chế biến bột dế bán cho cơ sở thực phẩm. Cần kỹ thuật chuồng "
        "trại, mật độ, nhiệt độ, ẩm độ phù hợp.",
        {"kMo111": 2, "kMo114": 2, "kMo112": 1, "kMo113": 1, "kMo115": 1},
    ),
    (
        "kMn49",
        "vi",
        "memart_sau_nho",
        "Tự nuôi sâu gạo làm mồi sống",
        "Cửa hàng cá cảnh, chim cảnh ở TP Vĩnh Long muốn tự nuôi sâu gạo để có mồi sống sạch, giảm chi phí mua. Cần cách làm "
        "thùng, khay nuôi, thức ăn và nhân giống.",
        {"kMo117": 2, "kMo118": 2, "kMo119": 1, "kMo120": 1},
    ),
    (
        "kMn50",
        "en",
        "memart_sau_lon",
        "Superworm supply or breeding stock",
        "A bird shop in Trà Vinh city needs a regular supply of superworms, or breeding beetles and training to rear them, "
        "for songbirds and arowana customers.",
        {"kMo119": 2, "kMo120": 2, "kMo117": 2, "kMo118": 1},
    ),
    # --- earthworms -------------------------------------------------------------------------------
    (
        "kMn51",
        "vi",
        "kienthuc_trun",
        "Nuôi trùn quế xử lý phân bò, lấy trùn cho gà vịt",
        "Trang trại bò ở Trà Ôn có nhiều phân, muốn nuôi trùn quế để xử lý, lấy trùn làm thức ăn gà, vịt và phân trùn bón "
        "vườn. Cần thiết kế luống nuôi, giống và năng suất dự kiến.",
        {"kMo121": 2, "kMo122": 2, "kMo124": 2, "kMo126": 2, "kMo125": 1, "kMo123": 1},
    ),
    (
        "kMn52",
        "en",
        "studylib_vermi",
        "Producing our own vermicompost from crop residues",
        "An organic vegetable cooperative in Tiểu Cần wants to make vermicompost on site from crop residues, market waste "
        "and cow manure, and to know which method and earthworm species give the richest product.",
        {"kMo127": 2, "kMo128": 2, "kMo129": 2, "kMo130": 1, "kMo122": 1, "kMo121": 1},
    ),
    (
        "kMn53",
        "vi",
        "vietplant",
        "Sản xuất phân trùn quế dạng viên nén",
        "Doanh nghiệp phân bón ở Vĩnh Long muốn có dòng phân hữu cơ trùn quế dạng viên để bán cho nhà vườn trồng hoa, cây ăn "
        "trái. Cần nguồn phân trùn và dây chuyền ép viên.",
        {"kMo123": 2, "kMo122": 2, "kMo124": 1, "kMo127": 1},
    ),
    (
        "kMn54",
        "en",
        "researcherslinks_vermi",
        "Household worm bins for kitchen waste",
        "A women's group in Trà Vinh city wants households to compost kitchen waste with earthworms in small bins and use "
        "the castings on home gardens.",
        {"kMo132": 2, "kMo128": 2, "kMo129": 1, "kMo125": 1},
    ),
    (
        "kMn55",
        "vi",
        "kienthuc_trun",
        "Can giong trun que nuoi duoi vuon dua",
        "Toi o Cau Ke co vuon dua 2 cong, muon nuoi trun que duoi tan dua bang la, rom va phan bo de lay phan bon cho dua. "
        "Can mua giong va nguoi chi cach lam luong.",
        {"kMo121": 2, "kMo124": 2, "kMo125": 1, "kMo122": 1},
    ),
    (
        "kMn56",
        "en",
        "mekarn_frog",
        "Live earthworm supply for eel and frog feed",
        "An eel and frog farmer in Mang Thít wants a regular supply of live or frozen earthworms as fresh feed, delivered "
        "weekly.",
        {"kMo122": 2, "kMo123": 2, "kMo121": 1, "kMo145": 1},
    ),
    # --- snails -----------------------------------------------------------------------------------
    (
        "kMn57",
        "vi",
        "daidoanket_oc",
        "Nuôi ốc bươu đen trong mương vườn",
        "Nông dân ở Cầu Kè có mương vườn nước ngọt, muốn nuôi ốc bươu đen bán cho quán ăn. Cần kỹ thuật chuẩn bị mương, mật độ "
        "thả, thức ăn (bèo, lá, đu đủ) và chống chuột, chim ăn ốc.",
        {"kMo133": 2, "kMo136": 2, "kMo135": 2, "kMo137": 1, "kMo134": 1, "kMo138": 1},
    ),
    (
        "kMn58",
        "en",
        "laodong_oc",
        "Producing black apple snail seed",
        "A hatchery group in Trà Ôn wants to produce black apple snail seed: selecting broodstock, male:female ratio, "
        "spawning tanks and rearing hatchlings for sale.",
        {"kMo134": 2, "kMo138": 2, "kMo133": 2, "kMo137": 1},
    ),
    (
        "kMn59",
        "vi",
        "ocbuouvn",
        "Cần mua ốc bươu đen giống số lượng lớn",
        "HTX ở Duyên Hải chuyển một phần ruộng sang nuôi ốc bươu đen, cần mua ốc giống khỏe, đúng loài (không lẫn ốc bươu "
        "vàng) số lượng lớn, giao tận nơi.",
        {"kMo137": 2, "kMo138": 2, "kMo134": 1, "kMo133": 1},
    ),
    (
        "kMn60",
        "en",
        "daidoanket_oc",
        "Pond design for black snails on salinity-affected land",
        "A farmer in Trà Cú is converting a rice field hit by salinity intrusion into a pond for black apple snails. He needs "
        "pond design, liming and water management, including dikes to keep salt water out.",
        {"kMo135": 2, "kMo136": 2, "kMo133": 1, "kMo137": 1},
    ),
    # --- frogs ------------------------------------------------------------------------------------
    (
        "kMn61",
        "vi",
        "thanhhoa_ech",
        "Nuôi ếch Thái Lan trong bể xi măng, bể bạt",
        "Hộ ở Tam Bình muốn nuôi khoảng 2.000 con ếch Thái Lan trong bể xi măng và bể lót bạt. Cần kỹ thuật thiết kế bể, mật "
        "độ, tập cho ếch ăn thức ăn viên và quản lý nước.",
        {"kMo142": 2, "kMo143": 2, "kMo148": 2, "kMo146": 2, "kMo149": 1},
    ),
    (
        "kMn62",
        "en",
        "thanhhoa_ech",
        "Cutting feed cost for grow-out frogs",
        "A frog farmer in Càng Long spends most of his costs on feed and many frogs refuse pellets. He wants a feeding regime "
        "that gets frogs to accept pellets and cheaper feed options.",
        {"kMo146": 2, "kMo145": 2, "kMo143": 1, "kMo154": 1, "kMo142": 1},
    ),
    (
        "kMn63",
        "vi",
        "forest_frog",
        "Tự sản xuất thức ăn tươi cho ếch từ trùn và ấu trùng ruồi",
        "Trại ếch ở Vũng Liêm muốn kết hợp nuôi trùn quế và ấu trùng ruồi làm thức ăn tươi cho ếch để giảm cám công nghiệp; "
        "cần biết khẩu phần nào cho ếch lớn nhanh, ít hao hụt.",
        {"kMo145": 2, "kMo121": 1, "kMo124": 1, "kMo102": 1, "kMo094": 1, "kMo154": 1},
    ),
    (
        "kMn64",
        "en",
        "nuoitrong123_ech",
        "Tadpole feeding protocol for a frog hatchery",
        "Our frog hatchery in Trà Vinh loses many tadpoles in the 3–4 weeks before they grow legs. We need a tadpole feeding "
        "protocol with cheap feeds and the right moment to switch to prepared feed.",
        {"kMo144": 2, "kMo147": 2, "kMo146": 1, "kMo142": 1},
    ),
    (
        "kMn65",
        "vi",
        "ech_cay_san",
        "Ếch nuôi bị lở loét, đỏ đùi, chết nhiều",
        "Trại ếch ở Long Hồ có ếch bị đốm đỏ ở đùi, lở loét lưng và chân, bỏ ăn, chết khoảng 30% mỗi bể. Cần chẩn đoán nguyên "
        "nhân và phác đồ phòng trị.",
        {"kMo150": 2, "kMo151": 2, "kMo146": 1},
    ),
    (
        "kMn66",
        "en",
        "jnbfoods",
        "Designing a frog farm for tropical conditions",
        "An investor in Duyên Hải plans a frog farm and needs the site choice and tank or pond design for Thai frogs in hot "
        "lowland conditions, including spawning and grow-out areas.",
        {"kMo148": 2, "kMo143": 2, "kMo142": 2, "kMo146": 1, "kMo149": 1},
    ),
    # --- additional needs -------------------------------------------------------------------------
    (
        "kMn67",
        "vi",
        "honestbee_decrease",
        "Đo thủy phần mật khi thu mua từ dân",
        "Đại lý thu mua mật ong ở Trà Ôn nhận mật từ nhiều hộ, có lô loãng dễ lên men. Cần dụng cụ, cách đo thủy phần nhanh "
        "khi nhập (mật trên 19–20% dễ hỏng) và phân loại giá theo độ ẩm.",
        {"kMo006": 2, "kMo004": 1, "kMo009": 1, "kMo007": 1},
    ),
    (
        "kMn68",
        "en",
        "coloss_pollen",
        "Clean pollen samples for pesticide residue testing",
        "An agricultural college lab in Trà Vinh needs bee-collected pollen samples from apiaries near rice and fruit "
        "fields for pesticide residue testing: trap type and handling that keep samples clean and uncontaminated.",
        {"kMo016": 2, "kMo017": 2, "kMo018": 1, "kMo007": 1},
    ),
    (
        "kMn69",
        "en",
        "sach_trong_nam",
        "Low-cost outdoor straw mushroom beds after harvest",
        "Farmers in Cầu Ngang want to make outdoor straw mushroom beds right on the fields after the rice harvest, with as "
        "little investment as possible.",
        {"kMo054": 2, "kMo053": 2, "kMo052": 2, "kMo056": 1, "kMo055": 1},
    ),
    (
        "kMn70",
        "vi",
        "tropentag",
        "Kiểm soát an toàn thực phẩm cho dế nuôi",
        "Cơ sở chế biến dế chiên giòn ở TP Trà Vinh mua dế của nhiều hộ nuôi, lo ngại an toàn thực phẩm. Cần xác định mối "
        "nguy, điểm kiểm soát từ trại nuôi đến khâu phân phối.",
        {"kMo115": 2, "kMo114": 2, "kMo111": 1, "kMo116": 1},
    ),
    (
        "kMn71",
        "vi",
        "thietbi_bsf",
        "Mô hình ruồi lính đen quy mô hộ để giảm cám cho gà",
        "Hộ nuôi 500 con gà thả vườn ở Cầu Kè muốn tự nuôi ruồi lính đen quy mô nhỏ bằng rau củ thừa, bã đậu, xác mít để giảm "
        "cám công nghiệp.",
        {"kMo093": 2, "kMo102": 2, "kMo094": 2, "kMo098": 2, "kMo097": 1, "kMo101": 1},
    ),
    (
        "kMn72",
        "vi",
        "memart_rj_steps",
        "Học khai thác và bảo quản sữa ong chúa",
        "Trại ong ở Trà Cú muốn học quy trình khai thác sữa ong chúa từ chuẩn bị đàn, di ấu trùng đến thu hoạch, sơ chế và "
        "bảo quản lạnh.",
        {"kMo012": 2, "kMo013": 2, "kMo014": 1},
    ),
    (
        "kMn73",
        "en",
        "site123_cordy",
        "Contract supply of dried cultivated cordyceps",
        "A herbal shop chain in Vĩnh Long wants a grower that supplies dried, cultivated Cordyceps militaris with stated "
        "cordycepin content, or that would help a local partner set up production.",
        {"kMo070": 2, "kMo072": 1, "kMo069": 1},
    ),
    (
        "kMn74",
        "en",
        "vai_ong",
        "Bees in longan and rambutan orchards",
        "An orchard owner in Long Hồ with longan and rambutan wants to keep honey bees among the trees for honey and better "
        "fruit set; needs starter colonies, hive placement and training.",
        {"kMo043": 2, "kMo044": 2, "kMo048": 2, "kMo037": 1, "kMo034": 1, "kMo158": 1},
    ),
    (
        "kMn75",
        "vi",
        "homestead_wax",
        "Nguồn sáp ong tinh chế cho mỹ phẩm thiên nhiên",
        "Cơ sở mỹ phẩm thiên nhiên ở TP Trà Vinh cần sáp ong sạch làm son dưỡng, sáp bọc thực phẩm; muốn được chuyển giao cách "
        "lọc sáp từ nắp vít, bánh tổ cũ của các trại ong trong tỉnh.",
        {"kMo024": 2, "kMo020": 2, "kMo019": 2, "kMo021": 2, "kMo023": 1},
    ),
]
