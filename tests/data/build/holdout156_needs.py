"""Needs for holdout156 (lifts, elevators and hoists for small buildings, workshops and farms).

Rows: (id, language, source key, title, description, {offer id: grade}). Grades: 2 solves, 1 partly relevant.
"""

NEEDS = [
    (
        "oBn01",
        "vi",
        "vtc_home",
        "Cần thang máy gia đình không phòng máy cho nhà phố 4 tầng",
        "Gia đình ở phường Trà Vinh có nhà phố 4 tầng ngang 4 m, dài 16 m; mẹ 78 tuổi đau khớp gối, leo cầu thang dễ trượt ngã. "
        "Lúc xây đã chừa sẵn giếng thang khoảng 1,1x1,1 m giữa nhà, sát cầu thang bộ. Cần đơn vị lắp thang máy gia đình loại cáp kéo không phòng máy trên mái, tải 200–300 kg, chở người và đồ đạc giữa các tầng.",
        {
            "oBo001": 2,
            "oBo002": 2,
            "oBo153": 2,
            "oBo004": 2,
            "oBo003": 1,
            "oBo006": 1,
            "oBo013": 1,
            "oBo014": 1,
            "oBo010": 1,
        },
    ),
    (
        "oBn02",
        "en",
        "coohom_small",
        "Small home lift without a pit for a two-storey house",
        "We are a retired couple in Long Đức ward; my husband now walks with a walker and the stairs have become a daily obstacle. "
        "Our ground is soft and waterlogged, so we do not want to dig a lift pit. We need a compact lift between our two floors that carries two people and also the laundry basket and shopping, and fits the house without a big shaft.",
        {
            "oBo013": 2,
            "oBo014": 2,
            "oBo008": 2,
            "oBo005": 2,
            "oBo007": 1,
            "oBo015": 1,
            "oBo006": 1,
            "oBo002": 1,
            "oBo010": 1,
        },
    ),
    (
        "oBn03",
        "vi",
        "gen_98905",
        "Can thang may cho nha co nguoi ngoi xe lan",
        "Nha toi o xa Cang Long, 3 tang, con trai ngoi xe lan khong tu len lau duoc, cau thang bo thi hep. "
        "Can lap thang may gia dinh cabin rong de dua ca xe lan vo, cua mo rong, chay cham va em de khong bi chong mat, co tay vin. Xin cac don vi tu van kich thuoc va bao gia.",
        {"oBo010": 2, "oBo012": 2, "oBo011": 2, "oBo060": 1},
    ),
    (
        "oBn04",
        "en",
        "wn_wheelchair",
        "Wheelchair platform lift for a community hall entrance",
        "Our community hall in Châu Thành, used for meetings and festival events, has its entrance about 1.2 m above the yard. "
        "Wheelchair and scooter users cannot get in, and a ramp at a gentle slope would need well over 14 m we do not have. We want a powered vertical platform lift that raises a wheelchair and its occupant over the step, suitable for public use.",
        {"oBo062": 2, "oBo061": 2, "oBo064": 2, "oBo063": 2, "oBo065": 1, "oBo060": 1},
    ),
    (
        "oBn05",
        "en",
        "precision_outdoor",
        "Outdoor elevator for a raised riverside house",
        "Our family home on the river bank in Cầu Kè stands on raised foundations against floods, with three levels: carport, living floor about 2.5 m up and bedrooms above. "
        "Grandmother can no longer manage the outside steps. There is no room inside for a shaft, so we want an elevator with three stops attached to the outside of the house, built to cope with sun, rain and humidity.",
        {"oBo009": 2, "oBo016": 2, "oBo003": 2, "oBo060": 1, "oBo007": 1},
    ),
    (
        "oBn06",
        "vi",
        "lelajournal",
        "Lắp thang máy cho nhà đã xây xong để ông bà lên bàn thờ tầng thượng",
        "Nhà tôi ở Tiểu Cần 4 tầng, bàn thờ đặt ở tầng trên cùng; ông bà đã ngoài 80, không còn leo cầu thang lên thắp hương mỗi ngày được. "
        "Nhà xây xong từ lâu, không chừa giếng thang, không muốn lắp ngoài trời; mong đặt thang trong lòng hoặc sát cầu thang bộ, phá dỡ ít nhất, nếu được thì không đào hố pit sâu. Cần đơn vị khảo sát và lắp đặt.",
        {
            "oBo016": 2,
            "oBo003": 2,
            "oBo013": 2,
            "oBo014": 2,
            "oBo009": 1,
            "oBo015": 1,
            "oBo052": 1,
            "oBo154": 1,
            "oBo002": 1,
        },
    ),
    (
        "oBn07",
        "en",
        "thangmaymc",
        "Getting the lift shaft and pit right before we pour concrete",
        "We are building a four-storey homestay at Ba Động beach, Duyên Hải, and will add a small passenger lift. "
        "Before casting the structure we need the lift supplier's shaft drawings and someone to supervise the shaft and pit: width, length and pit depth must not end up narrower or shallower than the drawings, and the pit must be waterproof because the water table is high here.",
        {"oBo017": 2, "oBo002": 1, "oBo124": 1, "oBo125": 1, "oBo147": 1},
    ),
    (
        "oBn08",
        "vi",
        "hora_3tang",
        "Nhà 3 tầng cần thang máy nhỏ, phân vân hàng nhập khẩu hay liên doanh",
        "Gia đình ở phường Thanh Đức (Vĩnh Long) có nhà 3 tầng, có người lớn tuổi và trẻ nhỏ, hay phải khiêng đồ cồng kềnh lên xuống. "
        "Muốn lắp thang nhỏ chở 2–3 người, chi phí đầu tư và bảo trì vừa phải, thích cabin kính cho thoáng. Cần tư vấn nên chọn thang liên doanh hay nhập khẩu, rồi cung cấp và lắp đặt.",
        {"oBo004": 2, "oBo002": 2, "oBo001": 1, "oBo153": 1, "oBo006": 1},
    ),
    (
        "oBn09",
        "en",
        "consumersadvocate",
        "Stair lift for a straight staircase that keeps working in power cuts",
        "My mother, who still walks with a cane, lives with us in a two-storey house in Trà Ôn with one straight indoor flight of 14 steps, no turns or landings. "
        "She can no longer climb it safely. We want a stair chair on a rail, with a seat belt and a seat that folds away so the narrow stairs stay usable. Power cuts are frequent here, so the lift must keep running on its own battery.",
        {"oBo054": 2, "oBo057": 2, "oBo155": 2, "oBo055": 2, "oBo052": 1, "oBo154": 1, "oBo053": 1, "oBo056": 1},
    ),
    (
        "oBn10",
        "vi",
        "ideaspioneer",
        "Ghế thang máy cho cầu thang có chiếu nghỉ và khúc quanh",
        "Mẹ tôi ở phường Nguyệt Hóa, còn ngồi vững nhưng yếu gối, lên lầu rất khó. Cầu thang nhà có một chiếu nghỉ và quẹo góc 90 độ nên ray thẳng không dùng được. "
        "Cần ghế trượt cầu thang ray cong làm theo đúng hình dạng cầu thang, có dây an toàn, ghế gập gọn khi không dùng.",
        {"oBo058": 2, "oBo054": 2, "oBo155": 2, "oBo055": 2, "oBo052": 2, "oBo154": 2, "oBo056": 1, "oBo057": 1},
    ),
    (
        "oBn11",
        "en",
        "articlesfactory",
        "Lift for eight outdoor steps up to a raised front door",
        "After the last floods we rebuilt our house in Trà Cú on a high plinth, and the front door is now eight concrete steps above the yard. "
        "My father has bad knees but can still stand and sit. We need a weatherproof chair on a rail along the outside steps that carries him up, installed without rebuilding the entrance.",
        {"oBo057": 2, "oBo052": 2, "oBo154": 2, "oBo060": 1, "oBo061": 1, "oBo054": 1, "oBo155": 1, "oBo065": 1},
    ),
    (
        "oBn12",
        "vi",
        "tae_chungcu",
        "Lắp thêm thang cho khu nhà tập thể 5 tầng không có thang máy",
        "Khu nhà tập thể 5 tầng ở phường Trà Vinh xây không có thang máy; nhiều hộ ở tầng cao có người già, người bệnh, phụ nữ mang thai, đi lại rất khổ, muốn đổi xuống tầng thấp cũng không được. "
        "Ban đại diện muốn lắp thêm thang máy dựng ngoài khối nhà, hoặc hệ ghế chạy dọc cầu thang chung dùng cho nhiều hộ, ít phải cải tạo kết cấu.",
        {"oBo053": 2, "oBo016": 2, "oBo009": 2, "oBo052": 1, "oBo154": 1, "oBo054": 1, "oBo058": 1},
    ),
    (
        "oBn13",
        "vi",
        "romo_ksmini",
        "Thang máy tải khách cho khách sạn mini 18 phòng",
        "Chúng tôi đang xây khách sạn mini 7 tầng, 18 phòng mỗi phòng 25–30 m² gần biển Ba Động (Duyên Hải), vốn khoảng 10 tỷ đồng, 1–2 người vận hành. "
        "Cần thang máy tải khách khoảng 450–630 kg, cabin đẹp, chạy êm, tư vấn bố trí và lắp đặt trọn gói, sau đó bảo trì.",
        {"oBo018": 2, "oBo021": 2, "oBo019": 1, "oBo020": 1, "oBo084": 1},
    ),
    (
        "oBn14",
        "en",
        "findnotes_hotel",
        "Guest elevator for a five-storey riverside hotel",
        "Our 40-room hotel on the Cổ Chiên riverfront in Vĩnh Long has five floors and only stairs. "
        "We need a guest elevator near the lobby that takes guests with luggage quickly and reliably, looks good inside, and has alarm, emergency stop and backup power; we would also like to restrict upper floors to registered guests.",
        {"oBo019": 2, "oBo018": 2, "oBo021": 2, "oBo020": 1, "oBo162": 1},
    ),
    (
        "oBn15",
        "vi",
        "acihome_nn",
        "Can lap thang may cho nha nghi 5 tang",
        "Minh co nha nghi 5 tang o Tra Cu, mat bang khoang 5x18 m, tang tret lam le tan, con lai la phong cho thue. "
        "Khach lon tuoi keo vali len lau rat cuc nen can lap thang may cho khach, loai khong phong may cho do ton dien tich, chi phi vua tam. Ai lam thi lien he bao gia.",
        {"oBo018": 2, "oBo021": 2, "oBo020": 1, "oBo001": 1, "oBo153": 1},
    ),
    (
        "oBn16",
        "en",
        "hoangvinh_ks",
        "Passenger lift for a 5 x 20 m shophouse with rooms to let",
        "We own a 5 x 20 m shophouse on a busy street in Bình Minh: shop on the ground floor, four floors of rooms to let above. "
        "The plot is narrow and deep with neighbours on both sides, so we want a machine-room-less passenger lift of about 450 kg for tenants and guests, fitted into a narrow shaft at the back.",
        {"oBo018": 2, "oBo021": 2, "oBo001": 1, "oBo153": 1, "oBo020": 1},
    ),
    (
        "oBn17",
        "vi",
        "bloghub_scissor",
        "Thang nâng hàng cho xưởng may 2 tầng",
        "Xưởng may ở Tiểu Cần có hai tầng: tầng trệt nhận cuộn vải, tầng trên cắt may. Mỗi ngày phải đưa cuộn vải, thùng thành phẩm 500–1.000 kg mỗi lượt lên xuống bằng tay, công nhân mỏi lưng, hàng hay dơ. "
        "Cần thang nâng hàng chở hàng an toàn giữa hai tầng, tư vấn chọn tải trọng và lắp đặt.",
        {"oBo022": 2, "oBo023": 2, "oBo024": 2, "oBo025": 2, "oBo026": 2, "oBo160": 2, "oBo158": 1, "oBo027": 1},
    ),
    (
        "oBn18",
        "en",
        "bloghub_risk",
        "Pit-free goods lift for a mezzanine in a rented warehouse",
        "We distribute farm inputs from a rented warehouse in Long Hồ with a steel mezzanine for storage. Staff carry 25–50 kg sacks up a ladder, about 300 kg per trip would do. "
        "The landlord will not let us dig a pit or alter the slab, and we may move in two years, so the lift must stand on the floor and be relocatable.",
        {
            "oBo027": 2,
            "oBo158": 2,
            "oBo028": 1,
            "oBo026": 1,
            "oBo031": 1,
            "oBo023": 1,
            "oBo022": 1,
            "oBo024": 1,
            "oBo025": 1,
            "oBo160": 1,
        },
    ),
    (
        "oBn19",
        "vi",
        "banhtrang_conveyor",
        "Thang nâng hàng đặt ngoài nhà cho cơ sở bánh tráng",
        "Cơ sở bánh tráng ở Trà Ôn làm thủ công, mỗi năm vài trăm tấn; bột gạo bao 50 kg và khay bánh phải đưa lên sân phơi trên tầng 2. "
        "Trong nhà không còn chỗ làm giếng thang, muốn dựng thang nâng hàng ngoài tường, có lưới bao che, chịu mưa nắng, tải khoảng 250–300 kg mỗi lượt.",
        {
            "oBo028": 2,
            "oBo027": 2,
            "oBo158": 2,
            "oBo022": 1,
            "oBo023": 1,
            "oBo026": 1,
            "oBo024": 1,
            "oBo025": 1,
            "oBo160": 1,
        },
    ),
    (
        "oBn20",
        "vi",
        "baomoi_vaclua",
        "Can thang nang hang cho kho lua 2 tang",
        "Kho lua cua to hop tac o Tra On co 2 tang, mua thu hoach ngay nao cung phai vac tung bao 50 ky len tang tren, troi nong 37–39 do rat cuc, muon nguoi vac cung kho. "
        "Can thang nang hang co san de chat nhieu bao mot luot, tai khoang 1 tan (20 bao) moi luot, dung ben trong kho am.",
        {
            "oBo022": 2,
            "oBo023": 2,
            "oBo024": 2,
            "oBo025": 2,
            "oBo026": 2,
            "oBo160": 2,
            "oBo032": 1,
            "oBo034": 1,
            "oBo158": 1,
            "oBo027": 1,
        },
    ),
    (
        "oBn21",
        "en",
        "penny_mezz",
        "Goods lift for a two-floor coconut products plant",
        "Our coconut processing plant in Châu Thành moves pallets of 1–1.5 t between the ground floor and the packing floor above, today by forklift up a long ramp that eats floor space. "
        "We are ready to dig a pit and invest in a proper goods lift, but want advice on the capital cost, structural work and inspection regime before choosing.",
        {"oBo022": 2, "oBo023": 2, "oBo024": 2, "oBo025": 2, "oBo026": 2, "oBo160": 2, "oBo027": 1, "oBo158": 1},
    ),
    (
        "oBn22",
        "vi",
        "docimex_rice",
        "Nâng bao lúa qua lỗ sàn lên phễu tầng trên nhà máy xay",
        "Nhà máy xay xát, lau bóng gạo của chúng tôi ở Càng Long có phễu cấp liệu đặt ở tầng trên; hiện công nhân vác từng bao 50 kg lên cầu thang. "
        "Cần thiết bị nâng từng bao thẳng đứng qua lỗ sàn lên tầng trên, điều khiển đơn giản, chịu bụi cám.",
        {"oBo032": 2, "oBo034": 2, "oBo035": 2, "oBo033": 1, "oBo036": 1},
    ),
    (
        "oBn23",
        "en",
        "goldenwindmill",
        "Sack hoist driven from our mill engine",
        "Our small rice mill in Cầu Ngang has a ground floor and a loft with the hopper. We want a sack hoist like the old mills had: a rope or chain wound on a drum driven by friction from the mill's existing engine, lifting each sack through trap doors, started and stopped by pulling a cord from any floor, so we need no separate motor.",
        {"oBo032": 2, "oBo034": 1, "oBo035": 1, "oBo036": 1, "oBo033": 1},
    ),
    (
        "oBn24",
        "vi",
        "permies_loft",
        "Đưa bao cám lên gác kho trại bò cho rẻ",
        "Hợp tác xã nuôi bò ở Trà Cú chứa cám và rơm trên gác kho cao khoảng 4 m. Hiện kéo bao bằng ròng rọc và tấm bạt buộc dây, bao cứ cạ vào vách, rách, tốn sức. "
        "Cần cách rẻ để nâng bao 40 kg thẳng qua ô cửa gác, chạy điện 1 pha 220 V.",
        {"oBo034": 2, "oBo035": 2, "oBo032": 2, "oBo036": 1, "oBo038": 1, "oBo037": 1, "oBo033": 1},
    ),
    (
        "oBn25",
        "en",
        "wikisum_chain",
        "Overhead hoist to lift boat engines in a repair shop",
        "Our fishing-boat engine repair shop in Duyên Hải needs to lift engines of 1–2 t out of the hull cradle onto the bench. "
        "We want an electric chain or wire rope hoist hung from a steel beam, with a trolley to move the load along the beam, pendant or remote control and a brake that holds the load.",
        {"oBo033": 2, "oBo034": 2, "oBo035": 2, "oBo036": 1},
    ),
    (
        "oBn26",
        "vi",
        "whtsqzj_winch",
        "Can palang dien nang may bom, motor trong xuong",
        "Xuong sua may nong nghiep o Cau Ke can nang may bom, dong co, hop so nang toi 500 ky len ban va len xe. "
        "Can palang hay toi dien treo dam, dien 1 pha, co nut bam dieu khien, thang giu tai chac.",
        {"oBo035": 2, "oBo034": 2, "oBo033": 1, "oBo036": 1},
    ),
    (
        "oBn27",
        "en",
        "aristotle_dumb",
        "Small service lift for luggage and linen in a homestay",
        "We run a three-storey homestay on An Bình islet (Long Hồ). Staff carry guests' luggage, bed linen and supplies of up to about 100 kg per trip up narrow stairs. "
        "We want a small goods-only service lift in a compact shaft, cheaper than a full elevator; nobody needs to ride in it.",
        {"oBo046": 2, "oBo029": 2, "oBo045": 1, "oBo152": 1, "oBo048": 1, "oBo028": 1},
    ),
    (
        "oBn28",
        "vi",
        "vinabrand_trolley",
        "Thang tải xe đẩy và thang đưa chén dơ cho nhà hàng tiệc cưới",
        "Nhà hàng tiệc cưới 3 tầng bên sông Cổ Chiên, bếp ở tầng trệt; mùa cưới nhân viên phải bưng khay, khiêng xe đẩy thức ăn lên cầu thang, dễ đổ, dễ té. "
        "Cần thang tải có sàn bằng sàn nhà để đẩy nguyên xe đẩy món vào, tải khoảng 200 kg, và một đường riêng đưa chén bát dơ xuống bếp.",
        {"oBo050": 2, "oBo043": 2, "oBo045": 1, "oBo152": 1, "oBo048": 1},
    ),
    (
        "oBn29",
        "en",
        "tw_foodlift",
        "Small food lift for a two-storey noodle shop",
        "Our noodle shop near the market in Trà Vinh serves most customers upstairs. Orders go down on a ticket with a number, and staff climb the steep stairs with heavy trays. "
        "The building is old and we cannot dig a pit, so we need a small window-height food lift fitted into the wall or outside it, sending bowls up and dirty dishes down.",
        {"oBo048": 2, "oBo042": 2, "oBo049": 2, "oBo045": 1, "oBo152": 1, "oBo044": 1, "oBo047": 1},
    ),
    (
        "oBn30",
        "vi",
        "aboutelevator_dumb",
        "Can thang chuyen mon nho cho quan lau 2 tang",
        "Quan lau o Cang Long co 2 tang, bep o duoi. Can thang chuyen mon loai nho chi cho do an, noi lau, chen dia, khong cho nguoi di, "
        "tai chung 100 ky, moi tang co nut goi va nut gui de bep gui mon len, tren gui chen do xuong.",
        {
            "oBo152": 2,
            "oBo045": 2,
            "oBo049": 2,
            "oBo048": 2,
            "oBo042": 2,
            "oBo047": 1,
            "oBo044": 2,
            "oBo043": 1,
            "oBo050": 1,
        },
    ),
    (
        "oBn31",
        "en",
        "aboutelevator_dumb",
        "Reserve the shaft now for a dumbwaiter in a restaurant under construction",
        "We are building a three-storey restaurant in Vĩnh Long with the kitchen on the ground floor. "
        "Before the walls go up we want to reserve a shaft, and a pit if needed, for a stainless food dumbwaiter of 100–300 kg, have it installed when the building is finished, and have our staff trained to use it.",
        {
            "oBo044": 2,
            "oBo047": 2,
            "oBo045": 2,
            "oBo152": 2,
            "oBo048": 2,
            "oBo042": 1,
            "oBo049": 1,
            "oBo043": 1,
            "oBo050": 1,
        },
    ),
    (
        "oBn32",
        "vi",
        "baogialai_restaurant",
        "Huấn luyện cứu hộ và ứng cứu 24/7 sau vụ kẹt thang ở nhà hàng",
        "Nhà hàng 4 tầng của chúng tôi ở phường Trà Vinh vừa có 9 khách bị kẹt trong thang máy gần 35 phút, phải nhờ cảnh sát cứu nạn. "
        "Muốn nhân viên được huấn luyện cách đưa cabin về tầng và mở cửa an toàn, và có đơn vị nhận ứng cứu khẩn cấp ngày đêm.",
        {"oBo112": 2, "oBo149": 2, "oBo156": 2, "oBo108": 1, "oBo084": 1, "oBo113": 1, "oBo117": 1},
    ),
    (
        "oBn33",
        "vi",
        "danhgiathuonghieu_home",
        "Nen dat thang may o dau trong nha ong co gieng troi",
        "Nha ong 4x20 m, 3 tang o Cau Ke, giua nha co gieng troi lay sang. Ba me gia muon lap thang may nhung so dap pha nhieu va mat gieng troi. "
        "Can don vi toi khao sat, chi nen dat thang trong long cau thang hay sat cau thang bo cho it dap pha, giu gieng troi, roi lap luon.",
        {"oBo003": 2, "oBo016": 2, "oBo001": 1, "oBo002": 1, "oBo153": 1, "oBo009": 1},
    ),
    (
        "oBn34",
        "en",
        "aoyama_vpl",
        "Porch lift for a wheelchair user at a raised house",
        "Our son uses a power wheelchair. Our house in Càng Long was raised about 1 m above the yard against flooding, and the porch steps block him. "
        "We want a vertical platform lift at the porch that he can roll onto and ride up himself, working outdoors, instead of a long ramp across the yard.",
        {"oBo060": 2, "oBo061": 2, "oBo062": 1, "oBo063": 1, "oBo064": 1, "oBo065": 1},
    ),
    (
        "oBn35",
        "vi",
        "tae_chungcu",
        "Thang hoặc sàn nâng xe lăn cho trạm y tế xã 2 tầng",
        "Trạm y tế xã ở Cầu Ngang có phòng khám trên lầu, sàn tầng 2 cao khoảng 3,3 m; người già, người đi xe lăn, người bệnh không lên được. "
        "Cần thang máy hoặc sàn nâng cho xe lăn đạt yêu cầu tiếp cận cho công trình công cộng, cửa và lòng cabin đủ rộng.",
        {"oBo063": 2, "oBo061": 2, "oBo012": 2, "oBo062": 1, "oBo064": 1, "oBo010": 1},
    ),
    (
        "oBn36",
        "vi",
        "builders_lift",
        "Thuê vận thăng chở vật liệu cho công trình nhà phố 5 tầng",
        "Chúng tôi là nhà thầu nhỏ ở Vĩnh Long đang xây nhà phố 5 tầng; gạch, xi măng, sắt thép đang phải kéo tời tay và vác lên từng tầng. "
        "Cần thuê vận thăng lắp tạm bên ngoài công trình chở vật liệu và thợ lên các tầng trong khoảng 6 tháng, có lắp dựng và tháo dỡ.",
        {"oBo074": 2, "oBo072": 2, "oBo070": 2, "oBo073": 2, "oBo071": 2},
    ),
    (
        "oBn37",
        "en",
        "workers_hoist",
        "Passenger and material hoist for a nine-storey hotel build",
        "We are the main contractor on a nine-storey hotel in Trà Vinh. We need a hoist rated for both workers and materials, with a cage running on a mast tied to the building, for about 14 months, "
        "including erection, mast extension as the frame rises, servicing and dismantling.",
        {"oBo070": 2, "oBo071": 2, "oBo072": 2, "oBo074": 2, "oBo073": 2},
    ),
    (
        "oBn38",
        "vi",
        "lichmatdien_cl",
        "Vận thăng phải hạ được người xuống khi công trường cúp điện",
        "Công trình trường học 4 tầng ở Càng Long thường bị cắt điện luân phiên theo lịch để bảo trì lưới điện. "
        "Cần vận thăng chở cả người lẫn vật liệu, khi mất điện giữa chừng phải hạ lồng xuống tầng gần nhất an toàn bằng tay, có phanh khẩn cấp và cửa đôi.",
        {"oBo071": 2, "oBo070": 1, "oBo072": 1, "oBo074": 1, "oBo073": 1},
    ),
    (
        "oBn39",
        "vi",
        "plo_old",
        "Kiểm tra hồ sơ và kiểm định thang máy cũ nhập khẩu mua lại",
        "Khách sạn ở Duyên Hải định mua lại một thang máy cũ nhập khẩu để lắp cho dãy nhà mới. "
        "Cần đơn vị kiểm tra hồ sơ xuất xứ (CO), chất lượng (CQ), sau khi lắp thì thử tải, kiểm định an toàn và cấp kết luận có được phép sử dụng hay không.",
        {"oBo076": 2, "oBo075": 2, "oBo159": 2, "oBo077": 1, "oBo078": 1},
    ),
    (
        "oBn40",
        "en",
        "williamsburg_insp",
        "What inspection does our guesthouse lift need?",
        "We installed a small passenger lift in our guesthouse in Trà Vinh some years ago and have never had it inspected. "
        "We want someone to tell us why it must be inspected, whether an older lift is exempt, who may inspect it, what is checked, what it costs and how long the certificate lasts, and then to carry out the inspection.",
        {"oBo077": 2, "oBo159": 2, "oBo076": 2, "oBo075": 1, "oBo080": 1},
    ),
    (
        "oBn41",
        "vi",
        "visualfoodie_insp",
        "Chuẩn bị cho kỳ kiểm định định kỳ thang máy khách sạn",
        "Thang máy khách sạn của chúng tôi ở Vĩnh Long sắp đến hạn kiểm định định kỳ; lần trước bị yêu cầu khắc phục vì thiếu sổ nhật ký bảo trì và chuông báo không kêu. "
        "Cần đơn vị rà soát trước: hồ sơ, nhật ký bảo trì, điện thoại và chuông báo trong cabin, chìa khóa phòng máy, để đạt ngay lần đầu.",
        {"oBo079": 2, "oBo081": 2, "oBo077": 1, "oBo076": 1, "oBo075": 1, "oBo159": 1},
    ),
    (
        "oBn42",
        "en",
        "winenfood_cert",
        "Help reading our lift inspection record and findings",
        "Our hotel in Vĩnh Long received its lift inspection record with a list of findings and codes we do not understand. "
        "We need someone who knows the Vietnamese rules to explain each section and finding, what the legal basis is, and what we must do before the next periodic inspection.",
        {"oBo077": 2, "oBo080": 1, "oBo159": 1, "oBo076": 1, "oBo075": 1},
    ),
    (
        "oBn43",
        "vi",
        "batdongsan_home",
        "Kiểm định lần đầu thang máy gia đình mới lắp",
        "Nhà tôi ở Tiểu Cần vừa lắp xong thang máy gia đình 4 tầng, chủ yếu cho ba mẹ lớn tuổi dùng. Nghe nói trước khi đưa vào sử dụng phải kiểm định an toàn. "
        "Cần đơn vị có chức năng đến kiểm định lần đầu, đo đạc, thử tải và lập biên bản.",
        {"oBo078": 2, "oBo076": 2, "oBo075": 2, "oBo159": 2, "oBo077": 1},
    ),
    (
        "oBn44",
        "vi",
        "tne_baotri",
        "Thang máy gia đình chạy ồn, rung, dừng lệch tầng",
        "Thang máy gia đình 5 năm tuổi ở phường Long Châu (Vĩnh Long) dạo này chạy ồn, cabin rung, hay dừng lệch tầng vài phân, đôi khi bấm nút không ăn. "
        "Cần kỹ thuật viên đến kiểm tra, tìm nguyên nhân và sửa chữa.",
        {"oBo085": 2, "oBo082": 1, "oBo086": 1, "oBo083": 1, "oBo098": 1, "oBo087": 1, "oBo088": 1, "oBo150": 1},
    ),
    (
        "oBn45",
        "en",
        "elevatorsource_contract",
        "Choosing a lift maintenance provider and contract",
        "Our hotel in Trà Vinh has two passenger lifts now out of warranty. "
        "We must choose between the installer and an independent firm, and between a full-maintenance contract and a cheaper examination-and-lubrication one, and we want to know which terms and exclusions to watch so liability and surprise costs stay low.",
        {"oBo089": 2, "oBo090": 2, "oBo091": 2, "oBo148": 2, "oBo083": 1, "oBo084": 1},
    ),
    (
        "oBn46",
        "vi",
        "meiusa_contract",
        "Hợp đồng bảo trì trọn gói hay bảo trì cơ bản cho khách sạn",
        "Khách sạn ở Vĩnh Long có 2 thang máy đã hết bảo hành. Muốn một hợp đồng bảo trì phí cố định hằng tháng bao cả sửa chữa, linh kiện, nhân công và ứng cứu, "
        "nhưng lo bị loại trừ linh kiện đời cũ; cần so sánh với gói bảo trì cơ bản chỉ kiểm tra, tra dầu mỡ.",
        {"oBo083": 2, "oBo089": 2, "oBo090": 2, "oBo148": 2, "oBo091": 1, "oBo084": 1},
    ),
    (
        "oBn47",
        "en",
        "thienminh_bt",
        "Regular servicing for our home lift",
        "We have a four-stop home lift in Cầu Kè, two years old and now out of warranty. "
        "We are looking for a technician to service it on a regular schedule, about monthly or every two months, checking mechanics and electrics, cleaning and lubricating, and telling us early about worn parts.",
        {"oBo086": 2, "oBo083": 2, "oBo088": 2, "oBo150": 2, "oBo082": 2, "oBo085": 1, "oBo087": 1},
    ),
    (
        "oBn48",
        "en",
        "iotsources",
        "Predictive maintenance for lifts in three small hotels",
        "We run three small hotels in Vĩnh Long and Trà Vinh with four lifts. Calendar-based servicing has not stopped guests being stuck. "
        "We want sensors and a remote monitoring system that analyse how each lift behaves and warn us and the technician before a fault happens.",
        {"oBo126": 2, "oBo128": 2, "oBo161": 2, "oBo130": 2, "oBo127": 1, "oBo129": 1},
    ),
    (
        "oBn49",
        "vi",
        "iotsources",
        "Cảnh báo sớm lỗi thang máy về điện thoại cho chung cư mini",
        "Chung cư mini 6 tầng ở phường Trà Vinh có một thang máy; muốn gắn thiết bị theo dõi rung, nhiệt độ phòng máy, thời gian đóng mở cửa, tự gửi cảnh báo về điện thoại hoặc email khi có dấu hiệu bất thường, chi phí thấp.",
        {"oBo161": 2, "oBo129": 2, "oBo127": 2, "oBo128": 2, "oBo126": 2, "oBo130": 1},
    ),
    (
        "oBn50",
        "en",
        "tctm_oldlifts",
        "Modernising a 22-year-old relay-controlled hotel lift",
        "The passenger lift in our six-storey hotel in Trà Vinh is 22 years old, still on relay control. Breakdowns are frequent, stops are not level and the technician says parts are no longer made. "
        "We want to modernise controller, drive and doors while keeping the rails, shaft and car frame, rather than buy a new lift.",
        {
            "oBo092": 2,
            "oBo094": 2,
            "oBo095": 2,
            "oBo096": 2,
            "oBo098": 2,
            "oBo107": 1,
            "oBo093": 1,
            "oBo097": 1,
            "oBo099": 1,
            "oBo100": 1,
        },
    ),
    (
        "oBn51",
        "vi",
        "tctm_oldlifts",
        "Lộ trình thay linh kiện hao mòn cho thang máy tòa nhà",
        "Tòa nhà văn phòng 7 tầng ở Vĩnh Long có thang máy đã chạy 12 năm; chưa muốn thay mới nhưng cáp, puly, guốc trượt, phanh, linh kiện cửa đã mòn. "
        "Cần đơn vị lập lộ trình thay dần theo kế hoạch, làm vào giờ thấp điểm, không để thang dừng dài ngày.",
        {"oBo100": 2, "oBo099": 2, "oBo098": 1, "oBo097": 1, "oBo083": 1, "oBo094": 1},
    ),
    (
        "oBn52",
        "vi",
        "thuanphat_cap",
        "Cáp tải thang máy gia đình bị xơ, cần thay",
        "Thang máy gia đình nhà tôi ở Trà Ôn đã chạy 7 năm; thợ bảo trì báo cáp tải có chỗ bạc trắng, xơ sợi. "
        "Cần đơn vị kiểm tra độ mòn cáp, nếu cần thì thay bộ cáp mới đúng đường kính, đảm bảo an toàn.",
        {"oBo101": 2, "oBo102": 2, "oBo103": 2, "oBo100": 1, "oBo085": 1, "oBo096": 1},
    ),
    (
        "oBn53",
        "en",
        "tmgd_hong",
        "Broken wires on the hoist ropes of a hotel lift",
        "During servicing, the technician found broken wires and worn strands on the hoist ropes of the passenger lift in our hotel in Trà Cú. "
        "We need the ropes inspected properly and, if wear is beyond the limit, the full set replaced with the correct rope, so the lift can safely return to service.",
        {"oBo101": 2, "oBo102": 2, "oBo103": 2, "oBo100": 2, "oBo096": 1},
    ),
    (
        "oBn54",
        "en",
        "fandom_door",
        "Lift doors closing on guests: fit door sensors",
        "The lift in our guesthouse in Vĩnh Long has no proper door detection; the doors have struck an elderly guest and a child's hand. "
        "We want infrared door sensors or a full-height light curtain fitted so the doors reopen whenever someone or something is in the doorway.",
        {"oBo104": 2, "oBo105": 2, "oBo106": 1, "oBo094": 1, "oBo098": 1},
    ),
    (
        "oBn55",
        "vi",
        "idd_curtain",
        "Thay màn chắn quang cửa thang tải hàng kho lạnh",
        "Thang tải hàng của kho lạnh thủy sản ở Duyên Hải hay đóng cửa kẹp xe đẩy, có lúc lại mở ra đóng vào liên tục; màn chắn quang ở cửa đã cũ. "
        "Cần thay màn chắn quang cửa loại tốt, chịu ẩm lạnh, và kiểm tra lại hệ cửa.",
        {"oBo104": 2, "oBo105": 2, "oBo094": 1, "oBo098": 1},
    ),
    (
        "oBn56",
        "en",
        "eisincorp_regen",
        "Capturing braking energy from our hotel lifts",
        "Electricity is one of the biggest costs of our eight-storey hotel in Vĩnh Long, and the two traction lifts run all day. "
        "We are interested in regenerative drives that feed braking energy back into the building instead of wasting it as heat, retrofitted to the existing lifts.",
        {"oBo137": 2, "oBo138": 2, "oBo096": 2, "oBo136": 2, "oBo095": 1},
    ),
    (
        "oBn57",
        "vi",
        "speedypaper_energy",
        "Giảm tiền điện thang máy cho tòa nhà văn phòng",
        "Tòa nhà văn phòng 8 tầng ở phường Trà Vinh có 2 thang máy cáp kéo đời cũ, tiền điện ngày càng cao. "
        "Muốn cải tạo để thang tiêu thụ ít điện hơn, như thay biến tần, tận dụng năng lượng khi cabin phanh hay đi xuống, đèn cabin tiết kiệm.",
        {"oBo136": 2, "oBo137": 2, "oBo138": 2, "oBo096": 2, "oBo107": 1, "oBo095": 1},
    ),
    (
        "oBn58",
        "vi",
        "vietnambiz_tv",
        "Bộ cứu hộ tự động cho thang máy gia đình khi cúp điện",
        "Khu phố tôi ở phường Trà Vinh thường có lịch cúp điện để bảo trì lưới, có hôm nhiều giờ. Thang máy gia đình đời cũ chưa có cứu hộ, mẹ tôi từng bị kẹt giữa hai tầng. "
        "Cần lắp bộ cứu hộ tự động để khi mất điện thang tự về tầng gần nhất và mở cửa.",
        {"oBo108": 2, "oBo109": 2, "oBo111": 2, "oBo110": 2, "oBo116": 2, "oBo151": 1},
    ),
    (
        "oBn59",
        "en",
        "crazyeng_power",
        "Lift that goes to the nearest floor by itself in a power failure",
        "Power failures are common at our guesthouse in Duyên Hải, and each time the traction lift stops between floors. "
        "Our caretaker then climbs to the machine room, releases the brake and turns the wheel by hand, which is slow and risky. We want a device that brings the car down to the nearest floor automatically and opens the door.",
        {"oBo116": 2, "oBo108": 2, "oBo111": 2, "oBo109": 2, "oBo112": 1, "oBo156": 1, "oBo110": 1},
    ),
    (
        "oBn60",
        "vi",
        "giadinh_tv",
        "Ghế thang máy vẫn chạy được khi cúp điện cả ngày",
        "Khu vực nhà tôi ở phường Trà Vinh có ngày bị cúp điện 12 tiếng để sửa chữa lưới điện. Mẹ tôi yếu chân, đang tính lắp ghế trượt cầu thang thẳng lên lầu. "
        "Cần loại chạy pin, sạc khi có điện, vẫn lên xuống được nhiều lượt trong suốt thời gian cúp điện.",
        {"oBo057": 2, "oBo054": 2, "oBo155": 2, "oBo055": 1, "oBo052": 1, "oBo154": 1, "oBo056": 1, "oBo053": 1},
    ),
    (
        "oBn61",
        "en",
        "mikeholt_gen",
        "Our standby generator will not start the lift motor",
        "Our six-storey apartment building in Trà Vinh has a 100 kW standby generator, but the builder fitted a 60 HP lift motor instead of the planned 40 HP and the generator cannot start it. "
        "We need to know whether the lift must stay on standby power and either resize the supply or take the lift off the generator and fit a device that returns the car to a floor and lets people out.",
        {"oBo118": 2, "oBo116": 2, "oBo111": 2, "oBo108": 2, "oBo119": 1, "oBo109": 1},
    ),
    (
        "oBn62",
        "vi",
        "keangnam",
        "Huấn luyện đội kỹ thuật tòa nhà giải cứu người kẹt thang khi mất điện",
        "Tòa nhà văn phòng 9 tầng ở Vĩnh Long vừa mất điện đột ngột, thang dừng lơ lửng cách sàn hơn nửa mét, nhiều người kẹt bên trong. "
        "Cần huấn luyện đội kỹ thuật tòa nhà quy trình đưa cabin về tầng và mở cửa đưa người ra an toàn.",
        {"oBo112": 2, "oBo156": 2, "oBo113": 1, "oBo117": 1, "oBo149": 1},
    ),
    (
        "oBn63",
        "en",
        "nbc_stuck",
        "Stuck-lift instructions, staff drill and emergency response for our hotel",
        "Fire and rescue crews are being called to more people trapped in lifts. For our hotel in Vĩnh Long we want clear notices in the car telling guests what to do and not to do, "
        "a drill for our staff on freeing passengers safely, and an emergency service that answers the lift call button day and night.",
        {"oBo117": 2, "oBo149": 2, "oBo156": 2, "oBo112": 2, "oBo113": 1},
    ),
    (
        "oBn64",
        "vi",
        "znews_catlai",
        "Thang máy gia đình có cứu hộ và báo động cho người già",
        "Cha tôi 84 tuổi ở Tiểu Cần, nhà 1 hầm 4 tầng có thang máy gia đình; đã có lần ông kẹt trong cabin ở tầng 3 hơn nửa tiếng mới có người biết. "
        "Cần lắp thêm bộ cứu hộ tự động khi mất điện hoặc sự cố, và thiết bị gọi khẩn cấp, báo về điện thoại người nhà.",
        {"oBo108": 2, "oBo110": 2, "oBo111": 2, "oBo116": 2, "oBo011": 1, "oBo161": 1, "oBo109": 1, "oBo128": 1},
    ),
    (
        "oBn65",
        "vi",
        "dantri_power",
        "Bộ hạ cabin bằng ắc quy cho thang thủy lực phòng khám",
        "Phòng khám tư 3 tầng ở Trà Ôn dùng thang máy thủy lực; mùa nắng nóng mất điện đột ngột, đã có bệnh nhân kẹt trong cabin 15 phút. "
        "Cần thiết bị ắc quy tự hạ cabin thủy lực xuống tầng khi mất điện và mở cửa cho người ra.",
        {"oBo114": 2, "oBo108": 1},
    ),
    (
        "oBn66",
        "en",
        "aoyama_vpl",
        "Battery rescue for the wheelchair platform lift at our centre",
        "Our day centre for disabled people in Châu Thành has a platform lift to the first floor. When the power fails it stops part-way with a wheelchair user on it. "
        "We need an automatic rescue battery pack for the platform lift that takes it to the nearest safe landing during an outage.",
        {"oBo115": 2, "oBo116": 1, "oBo108": 1, "oBo111": 1},
    ),
    (
        "oBn67",
        "vi",
        "tktg_pit",
        "Hố pit thang máy bị nước triều cường tràn vào",
        "Nhà phố ở phường Trà Vinh gần sông, mỗi đợt triều cường hay mưa lớn nước lại vào hố pit thang máy gia đình, hút xong vài hôm lại ngập, đáy pit ẩm mốc, ray rỉ. "
        "Cần đơn vị xử lý dứt điểm: chống thấm hố pit đang dùng và thoát nước.",
        {"oBo122": 2, "oBo123": 2, "oBo157": 2, "oBo125": 2, "oBo124": 1, "oBo147": 1},
    ),
    (
        "oBn68",
        "en",
        "haiphat_pit",
        "Waterproofing the pit of a new home lift in high groundwater",
        "We are building a new house with a home lift in Vũng Liêm where groundwater is close to the surface. "
        "We want the lift pit waterproofed properly from the start, at the concrete stage, and drained, so that no water reaches the buffers and wiring later.",
        {"oBo124": 2, "oBo147": 2, "oBo125": 2, "oBo123": 2, "oBo122": 1, "oBo157": 1, "oBo017": 1},
    ),
    (
        "oBn69",
        "vi",
        "dongdo_ch",
        "Thang tải hàng kho nông sản hay sự cố mùa mưa",
        "Kho nông sản ở Vũng Liêm có thang tải hàng; mùa mưa nước tràn vào hố pit gây chập điện, thêm chuột cắn dây tín hiệu nên thang hay đứng. "
        "Cần xử lý nước trong hố pit cho dứt điểm và kiểm tra, sửa hệ điện.",
        {"oBo122": 2, "oBo157": 2, "oBo123": 2, "oBo125": 2, "oBo085": 1, "oBo082": 1, "oBo113": 1},
    ),
    (
        "oBn70",
        "vi",
        "tlthamkhao_plc",
        "Mô hình thang máy PLC cho xưởng thực hành trường nghề",
        "Trường cao đẳng nghề ở Trà Vinh cần mô hình thang máy 4–5 tầng điều khiển bằng PLC Siemens để sinh viên ngành điện, tự động hóa thực hành lập trình gọi tầng, đóng mở cửa, an toàn. "
        "Ưu tiên có tài liệu hướng dẫn và chương trình mẫu.",
        {"oBo131": 2, "oBo133": 2, "oBo132": 1, "oBo107": 1},
    ),
    (
        "oBn71",
        "en",
        "study_train",
        "Training and certification course for lift technicians",
        "Our vocational college in Vĩnh Long gets many requests from lift firms for technicians. "
        "We want a partner to run a lift technician programme that combines classroom work in electrics, electronics and hydraulics with hands-on practice and apprenticeship, ending in a recognised certificate.",
        {"oBo134": 2, "oBo135": 2, "oBo132": 1, "oBo131": 1},
    ),
    (
        "oBn72",
        "en",
        "tlthamkhao_plc",
        "PLC lift simulation for an automation teaching lab",
        "The engineering faculty of a university in Trà Vinh wants a multi-floor lift model or 3D simulation controlled by a Siemens PLC, with an HMI screen, "
        "so that students can program floor calls, priorities, doors and safety interlocks in the automation lab.",
        {"oBo133": 2, "oBo131": 2, "oBo132": 1, "oBo107": 1},
    ),
    (
        "oBn73",
        "en",
        "dostee_hotel",
        "Where to put guest and service lifts in a new hotel",
        "We are designing a 60-room hotel in Vĩnh Long. We need advice on how many guest lifts, cab size and capacity, where to place the lift lobby so no room is too far away, "
        "and whether a small service lift with front and rear doors can serve housekeeping and laundry.",
        {"oBo020": 2, "oBo019": 2, "oBo018": 1, "oBo046": 1, "oBo021": 1},
    ),
    (
        "oBn74",
        "en",
        "brilliaz_gen",
        "Does our generator really cover the lift during outages?",
        "Our seven-storey apartment block in Long Đức has an emergency generator, but nobody has checked whether it can carry the lift together with stair lighting, pumps and the intercom during a long power cut. "
        "We want the critical loads listed and the generator capacity assessed, and upgraded if it falls short.",
        {"oBo118": 2, "oBo119": 1, "oBo151": 1, "oBo108": 1},
    ),
    (
        "oBn75",
        "en",
        "docimex_rice",
        "Inspection of a repaired goods lift at a rice polishing plant",
        "Our rice milling and polishing plant in Càng Long has a 2 t goods lift between the polishing floor and the warehouse. It has just had a new motor and new ropes. "
        "Before we restart it we need an unscheduled safety inspection with load test and a written result.",
        {"oBo159": 2, "oBo076": 2, "oBo075": 2, "oBo077": 1, "oBo079": 1},
    ),
]
