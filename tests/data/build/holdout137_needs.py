"""Needs of holdout137 (sawmills, carpentry and wood-furniture workshops), set in Tra Vinh / Vinh Long.

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve, 1 = partly relevant.
Each need paraphrases the public page behind its source key; pages about other places are set in the province.
"""

NEEDS = []

# --- sawing small logs and yield -------------------------------------------------------------
NEEDS += [
    (
        "nIn01",
        "vi",
        "pulpwood_ratio",
        "Tăng tỷ lệ thành khí khi xẻ keo lai, bạch đàn đường kính nhỏ",
        "Xưởng xẻ của chúng tôi ở Càng Long mua keo lai, bạch đàn rừng trồng của hộ dân. Phần lớn cây nhỏ nên hộ dân vẫn "
        "bán cả cây làm nguyên liệu giấy, phần gỗ còn xẻ được bị bán rẻ, lãng phí. Chúng tôi cần được đánh giá dây chuyền "
        "và hướng dẫn cách xẻ gỗ đường kính nhỏ để tăng tỷ lệ ván xẻ, giảm phế phẩm cong vênh.",
        {"nIo001": 2, "nIo003": 2, "nIo002": 1, "nIo004": 1, "nIo007": 1, "nIo012": 1},
    ),
    (
        "nIn02",
        "en",
        "cang_lo_say",
        "Eucalyptus boards from our mill split and get downgraded",
        "Our sawmill in Tieu Can saws fast-grown plantation eucalyptus. The wood carries strong growth stress and our "
        "boards crack on the face after sawing and drying, so much of the output is sold as low grade. We want a change "
        "in sawing pattern or practice that keeps more boards free of surface checks and raises their value.",
        {"nIo005": 2, "nIo006": 1, "nIo003": 1, "nIo038": 1, "nIo007": 1},
    ),
    (
        "nIn03",
        "vi",
        "go_dua_nongtrai",
        "Tận dụng thân dừa già làm ván sàn, đồ gỗ",
        "Hợp tác xã trồng dừa ở Châu Thành (Trà Vinh) có nhiều vườn dừa sáp, dừa ta già cỗi phải đốn để trồng lại. Thân dừa "
        "thẳng, không phân nhánh, cao 15–20 m nhưng hiện chỉ bán củi. Chúng tôi cần công nghệ xẻ, phân loại và chế biến "
        "thân dừa thành ván sàn, bàn ghế để tăng thu nhập cho xã viên.",
        {"nIo008": 2, "nIo009": 2, "nIo010": 2, "nIo011": 1, "nIo037": 1, "nIo056": 1},
    ),
    (
        "nIn04",
        "en",
        "coco_markets",
        "Cocowood flooring from senile palms for export",
        "A wood company in Mo Cay (Vinh Long, formerly Ben Tre) wants to turn senile coconut stems into flooring and "
        "furniture for export. Our trials ran into high tooling costs, low machine capacity and boards that look very dark "
        "in large areas. We need a proven processing route from stem to graded flooring, including sorting by density.",
        {"nIo010": 2, "nIo009": 2, "nIo008": 2, "nIo011": 1, "nIo037": 1},
    ),
    (
        "nIn05",
        "vi",
        "saw_filers",
        "Can may mai luoi cua vong va nguoi day mai",
        "Xuong xe go o Tra Cu dung cua vong, go keo, dua mua ve thuong dinh bun dat nen luoi mau cun, xe ra van luon song, "
        "toi phai gui di mai xa. Can mua may mai, may chinh rang luoi cua vong va co nguoi huong dan tu mai, cach biet khi "
        "nao luoi cun de thay.",
        {"nIo013": 2, "nIo012": 2, "nIo016": 2, "nIo015": 1, "nIo014": 1, "nIo017": 1},
    ),
    (
        "nIn06",
        "en",
        "go_tram_vanghep",
        "Sawing small melaleuca logs into furniture stock",
        "Our cooperative in Cau Ngang grows melaleuca (tram), a light wood that reaches 10–25 m; mature stems reach "
        "50–60 cm but the trees we harvest are far thinner and usually go as poles. We want to saw them into stock for chairs, tables and beds, but small logs give poor recovery and many "
        "warped pieces. We look for a processing method and mill advice suited to small-diameter logs.",
        {"nIo003": 2, "nIo001": 2, "nIo004": 1, "nIo002": 1, "nIo125": 1, "nIo126": 1},
    ),
    (
        "nIn07",
        "vi",
        "thot_go",
        "Cần máy xẻ cưa vòng nhỏ cho cơ sở làm thớt và đồ gỗ tạp",
        "Tổ hợp tác 15 hộ làm thớt và đồ gỗ ở Vũng Liêm mua gỗ mù u, me chua, xà cừ khắp vùng về xẻ. Hiện các hộ xẻ bằng "
        "cưa đĩa cũ, mạch xẻ không thẳng, hao gỗ. Chúng tôi muốn mua một máy xẻ cưa vòng loại nhỏ, di động được, kèm hướng "
        "dẫn bảo dưỡng và dịch vụ mài lưỡi.",
        {"nIo015": 2, "nIo012": 1, "nIo013": 1, "nIo016": 1},
    ),
]

# --- kiln and solar drying -----------------------------------------------------------------
NEEDS += [
    (
        "nIn08",
        "vi",
        "say_buc_xa",
        "Cần lò sấy gỗ bằng năng lượng mặt trời 5–10 m³/mẻ",
        "Xưởng mộc ở TP Trà Vinh đang phơi gỗ ngoài trời, mất nhiều tháng và gỗ vẫn còn ẩm. Chúng tôi muốn xây lò sấy dùng "
        "năng lượng mặt trời kiểu gián tiếp (có tấm hấp thụ nhiệt làm nóng không khí) khoảng 5–10 m³ mỗi mẻ, chi phí thấp, "
        "gỗ sau sấy đạt độ ẩm làm đồ nội thất.",
        {"nIo025": 2, "nIo027": 2, "nIo030": 2, "nIo031": 2, "nIo026": 1, "nIo032": 1, "nIo043": 1},
    ),
    (
        "nIn09",
        "en",
        "solar_mother",
        "Low-cost solar kiln for a furniture workshop",
        "We are a small furniture workshop in Duyen Hai and buy green acacia boards. We want to build a cheap solar-powered "
        "kiln to season lumber at a fraction of commercial kiln cost, with end-sealed, stickered stacks and good air "
        "distribution. We need proven plans and sizing advice for our sunny coastal site.",
        {"nIo030": 2, "nIo031": 2, "nIo033": 2, "nIo025": 2, "nIo032": 1, "nIo042": 1, "nIo027": 1},
    ),
    (
        "nIn10",
        "vi",
        "say_nlmt_doc",
        "Lo say go lam go nut, cong venh, can nguoi kiem tra",
        "Xuong go o Cau Ke say go keo, tram trong lo dot cui. Say la khau quyet dinh chat luong nhung go ra lo hay nut dau, "
        "cong venh, do am khong deu (can 8-15%). Can chuyen gia den do nhiet do, kiem tra luong gio, cach xep go va lap "
        "lai che do say cho tung loai go.",
        {"nIo028": 2, "nIo029": 2, "nIo038": 2, "nIo041": 1, "nIo039": 1, "nIo040": 1},
    ),
    (
        "nIn11",
        "en",
        "dry_once",
        "Electric dehumidification kiln on off-peak power",
        "Our cabinet shop in Vinh Long city wants to dry its own lumber in a small electric dehumidification kiln to save "
        "on bought kiln-dried stock. The power company offers a cheap off-peak rate if we switch off in the afternoon. We "
        "need a kiln design and operating advice that keeps lumber quality, not only low energy cost.",
        {"nIo034": 2, "nIo042": 2, "nIo035": 1, "nIo041": 1, "nIo043": 1},
    ),
    (
        "nIn12",
        "vi",
        "go_dua_benTre",
        "Sấy gỗ dừa làm ván sàn bị nứt, mốc",
        "Cơ sở ở Giồng Trôm xẻ thân dừa xiêm, dừa ta làm ván sàn và đồ trang trí. Gỗ dừa phơi tự nhiên lâu khô, dễ mốc, khi "
        "sấy nhanh lại nứt. Chúng tôi cần quy trình sấy gỗ dừa phù hợp, có kiểm soát độ ẩm, để ván sàn ổn định khi bán.",
        {"nIo037": 2, "nIo010": 2, "nIo009": 1, "nIo011": 1, "nIo043": 1},
    ),
    (
        "nIn13",
        "en",
        "mc_wiki",
        "Checking moisture content of export furniture parts",
        "Our furniture plant in Tra Vinh had buyer complaints about cupping and cracked finishes. Fresh logs can hold 80% "
        "moisture and air drying here stops well above furniture levels. We want moisture meters and a routine to check "
        "lumber after the kiln and before machining, and to watch shop humidity.",
        {"nIo039": 2, "nIo040": 2, "nIo028": 1, "nIo041": 1},
    ),
    (
        "nIn14",
        "en",
        "say_hien_dai",
        "Steam kiln fired with our own sawdust",
        "A sawmill in Binh Minh wants its first conventional kiln: a steam-heated chamber with fans and vents, fired by a "
        "boiler burning our sawdust and offcuts. We want a supplier to design and install a small kiln with rails and carts "
        "and to set temperature steps that avoid heat shock.",
        {"nIo036": 2, "nIo029": 1, "nIo028": 1, "nIo043": 1, "nIo032": 1},
    ),
    (
        "nIn15",
        "en",
        "hp_dehum",
        "Heat-pump drying for acacia lumber",
        "We dry acacia at a mill in Mang Thit and want to cut firewood use. We are looking at heat-pump dehumidifier drying "
        "at lower temperature for less checking and warp, and need advice on sizing and running such a kiln without costly "
        "auxiliary heating.",
        {"nIo035": 2, "nIo034": 2, "nIo042": 1, "nIo043": 1},
    ),
    (
        "nIn16",
        "vi",
        "ispm15_faq",
        "Xử lý nhiệt pallet gỗ xuất khẩu",
        "Xưởng đóng pallet ở Long Hồ nhận đơn pallet, thùng gỗ cho hàng xuất khẩu. Khách yêu cầu gỗ đóng gói phải xử lý "
        "nhiệt đạt lõi 56 °C trong 30 phút và đóng dấu IPPC thay cho xông thuốc. Cần đơn vị xử lý hoặc hướng dẫn đầu tư buồng "
        "xử lý nhiệt đạt chuẩn.",
        {"nIo046": 2, "nIo045": 2, "nIo036": 1},
    ),
]

# --- preservation against termites and borers -------------------------------------------------
NEEDS += [
    (
        "nIn17",
        "vi",
        "moi_dan_gian",
        "Bàn ghế gỗ tràm, keo bị mọt, cần quy trình tẩm thuốc",
        "Cơ sở đóng bàn ghế ở Tiểu Cần dùng gỗ tràm, keo xẻ. Trước đây phải ngâm gỗ dưới ao trên một năm, tốn thời gian và "
        "làm ô nhiễm nước; nay bỏ ngâm thì hàng giao vài tháng đã có lỗ mọt. Cần quy trình ngâm tẩm hoặc xử lý hóa chất chống "
        "mối mọt nhanh, làm được tại xưởng.",
        {"nIo047": 2, "nIo048": 2, "nIo049": 2, "nIo052": 1, "nIo053": 1, "nIo057": 1},
    ),
    (
        "nIn18",
        "en",
        "boron_diy",
        "Borate dip for green rubberwood and acacia",
        "Our mill in Tra On supplies rubberwood and acacia to furniture makers, and powder-post beetles attack the starchy "
        "sapwood. We hear that disodium octaborate can be dipped or sprayed on timber. We want a borate treatment method "
        "for freshly sawn boards, with the right concentration and evidence it works.",
        {"nIo049": 2, "nIo051": 2, "nIo050": 1, "nIo057": 1, "nIo048": 1, "nIo047": 1},
    ),
    (
        "nIn19",
        "vi",
        "tri_canh_tre",
        "Tam vong, tre dong ban ghe bi mot, can cach xu ly",
        "Co so o xa Ham Giang (Tra Cu) dong salon, tu, ban ghe, giuong bang tre va tam vong tu nam 2001. Hang ban xa bi mot "
        "an, khach tra lai. Can cach xu ly tre, tam vong chong mot truoc khi dong hang, lam duoc o lang nghe.",
        {"nIo054": 2, "nIo055": 2, "nIo058": 2, "nIo049": 1, "nIo047": 1},
    ),
    (
        "nIn20",
        "en",
        "vpi_magenta",
        "Vacuum-pressure treatment for outdoor and ground-contact timber",
        "A timber yard in Duyen Hai sells posts, pergola timber and melaleuca piles for wet, salty ground. Low-durability "
        "wood rots and is eaten within a few years. We want to set up or use vacuum-pressure impregnation to protect timber "
        "in ground contact, with a preservative that is not arsenic-based.",
        {"nIo052": 2, "nIo057": 2, "nIo053": 1, "nIo049": 1, "nIo048": 1},
    ),
    (
        "nIn21",
        "vi",
        "coco_benTre_mt",
        "Đồ gỗ dừa, ván nhà bằng dừa bị mối mọt",
        "Tổ hợp tác ở Mỏ Cày làm ván nhà, bàn ghế và hàng mỹ nghệ từ thân dừa, nguồn dừa trong vùng rất dồi dào. Nhiều sản "
        "phẩm bán ra bị mối mọt đục sau một thời gian. Chúng tôi cần cách xử lý bảo quản gỗ dừa trước khi chế tác.",
        {"nIo056": 2, "nIo009": 2, "nIo011": 1, "nIo049": 1, "nIo047": 1},
    ),
    (
        "nIn22",
        "en",
        "ngam_go_palda",
        "Treating dried joinery without swelling it",
        "Our joinery in Vinh Long city makes doors and window frames from kiln-dried wood. Customers want insect and rot "
        "protection, but soaking or water-based dipping makes the finished sizes swell and warp. We need a treatment "
        "process suited to dry, dimensioned joinery.",
        {"nIo053": 2, "nIo057": 1, "nIo052": 1, "nIo049": 1},
    ),
    (
        "nIn23",
        "vi",
        "moi_go_soi",
        "Chống mọt ít độc hại cho đồ gỗ trẻ em",
        "Xưởng ở Bình Tân làm giường, kệ gỗ cho trẻ em xuất khẩu. Khách ngại thuốc chống mối mọt độc hại như permethrin. "
        "Chúng tôi tìm cách bảo vệ gỗ khỏi mọt, nấm mốc mà ít hóa chất độc, ví dụ biến tính gỗ hay xử lý nhiệt.",
        {"nIo048": 2, "nIo049": 1, "nIo051": 1, "nIo047": 1, "nIo036": 1},
    ),
]

# --- CNC routers and panel saws -------------------------------------------------------------
NEEDS += [
    (
        "nIn24",
        "vi",
        "cnc_pt",
        "Đầu tư máy CNC cắt ván MDF cho xưởng nội thất",
        "Xưởng nội thất ở TP Trà Vinh đang cắt ván MDF, ván ép bằng cưa bàn và khoan tay, hàng hay sai kích thước. Chúng tôi "
        "muốn mua máy CNC để khắc, cắt, phay, khoan và xẻ rãnh theo bản vẽ CAD nhưng chưa biết chọn loại máy, khổ bàn, công "
        "suất trục chính nào và đầu tư bao lâu thì hoàn vốn.",
        {"nIo061": 2, "nIo064": 2, "nIo065": 2, "nIo068": 1, "nIo062": 1, "nIo067": 1},
    ),
    (
        "nIn25",
        "en",
        "go_cong_nghiep",
        "Nesting CNC or panel saw for melamine kitchen cabinets",
        "We build kitchen cabinets and wardrobes from melamine-faced MFC and MDF for apartments in Vinh Long. Today a panel "
        "saw cuts parts and workers bore them by hand. We want to compare a nested-based CNC line with a panel saw plus "
        "boring machine for our volume and floor space.",
        {"nIo062": 2, "nIo063": 2, "nIo064": 2, "nIo061": 2, "nIo066": 1, "nIo067": 1},
    ),
    (
        "nIn26",
        "en",
        "cnc_oneman",
        "Better sheet yield and handling on our CNC router",
        "Our frameless cabinet shop in Tra Vinh runs one CNC router but wastes board and time lifting full sheets. Other "
        "shops say nesting software matters as much as the router. We want help with nesting, material yield targets and "
        "production tracking.",
        {"nIo066": 2, "nIo067": 2, "nIo062": 1, "nIo064": 1, "nIo063": 1},
    ),
    (
        "nIn27",
        "vi",
        "cnc_pasal",
        "Cần người dạy vận hành máy CNC cho thợ mộc",
        "Xưởng mộc ở Vũng Liêm vừa mua máy CNC router điều khiển theo chương trình CAD để cắt, tạo hình gỗ và ván cho bàn "
        "ghế, tủ, bảng hiệu. Thợ quen máy thủ công, chưa biết lập trình và vận hành. Cần đơn vị hướng dẫn cấu tạo, nguyên lý "
        "và đào tạo vận hành tại xưởng.",
        {"nIo061": 2, "nIo064": 1, "nIo066": 1, "nIo065": 1},
    ),
    (
        "nIn28",
        "en",
        "cnc_should",
        "Does a CNC pay back for a small framed-kitchen shop?",
        "Our shop in Tam Binh builds basic framed kitchens; one cutter spends 3–4 hours per job cutting boxes, dados and line "
        "boring. A CNC router would cost a lot and still need an operator. We want an independent comparison of time and "
        "cost per cabinet with and without CNC before we borrow.",
        {"nIo065": 2, "nIo063": 2, "nIo062": 1, "nIo064": 1},
    ),
]

# --- wood finishing and spray booths ----------------------------------------------------------
NEEDS += [
    (
        "nIn29",
        "vi",
        "son_jama",
        "Chuyển sang sơn gốc nước cho hàng nội thất xuất châu Âu",
        "Xưởng nội thất ở Long Hồ đang sơn PU theo quy trình chà nhám, sơn lót, sơn màu bằng súng phun áp 8 kg/cm². Khách "
        "châu Âu yêu cầu giảm VOC, bớt mùi dung môi. Chúng tôi cần tư vấn chọn hệ sơn gốc nước, thay đổi thiết bị phun và "
        "đào tạo thợ sơn.",
        {"nIo070": 2, "nIo074": 2, "nIo071": 2, "nIo072": 1, "nIo073": 1, "nIo079": 1},
    ),
    (
        "nIn30",
        "en",
        "booth_ehow",
        "Spray booth for a small furniture workshop",
        "We finish chairs and cabinets in an open corner of our workshop in Cang Long; overspray settles on everything, dust "
        "spoils the finish and workers breathe fumes. We want a separate spray booth with a properly sized exhaust fan, "
        "intake air, filters and fire-safety features.",
        {"nIo075": 2, "nIo077": 2, "nIo076": 2, "nIo081": 2, "nIo082": 2, "nIo074": 1},
    ),
    (
        "nIn31",
        "vi",
        "lowvoc_paintpro",
        "Phòng phun sơn có xử lý khí thải đạt quy chuẩn",
        "Nhà máy đồ gỗ ở KCN Long Đức (Trà Vinh) bị nhắc nhở về mùi dung môi và bụi sơn thoát ra từ phòng phun. Quy định về "
        "VOC ngày càng chặt. Chúng tôi cần buồng phun sơn ướt thu hạt sơn và hệ xử lý khí thải để đạt quy chuẩn môi trường.",
        {"nIo074": 2, "nIo081": 1, "nIo076": 1, "nIo071": 1},
    ),
    (
        "nIn32",
        "en",
        "finish_perception",
        "Cutting solvent exposure in our finishing room",
        "Our furniture shop in Tra Vinh sprays solvent lacquer and varnish. Sprayers complain of headaches and we want a "
        "greener finish, but earlier water-based products gave a poor look. We need coatings and a conversion plan that keep "
        "appearance and durability while cutting VOCs.",
        {"nIo071": 2, "nIo072": 2, "nIo073": 2, "nIo070": 2, "nIo079": 1, "nIo085": 1},
    ),
    (
        "nIn33",
        "vi",
        "son_mdf_nha",
        "Sơn PU đồ gỗ bị phồng rộp, cần quy trình sơn chuẩn",
        "Xưởng đóng tủ, kệ ở Bình Tân sơn PU lên gỗ công nghiệp MDF và gỗ tự nhiên nhưng lớp sơn hay phồng rộp, không bóng "
        "đều, dễ trầy. Cần nhà cung cấp sơn hướng dẫn quy trình xử lý bề mặt, sơn lót, sơn màu, sơn phủ đúng kỹ thuật.",
        {"nIo078": 2, "nIo080": 2, "nIo070": 1, "nIo081": 1},
    ),
    (
        "nIn34",
        "en",
        "eco_finish",
        "Water-based stains look muddy and raise the grain",
        "We switched part of our finishing line in Vinh Long to water-based products to cut VOCs. Stained pieces look muddy, "
        "clear coats give a greenish tint instead of amber, and the grain raises. We need practical help from people who "
        "have done this conversion.",
        {"nIo071": 2, "nIo072": 1, "nIo073": 1, "nIo079": 1, "nIo070": 1},
    ),
]

# --- dust extraction and fire safety -----------------------------------------------------------
NEEDS += [
    (
        "nIn35",
        "vi",
        "dust_cardinal",
        "Hệ thống hút bụi cho máy cưa, bào, chà nhám",
        "Xưởng mộc ở Càng Long có cưa bàn, máy bào, máy chà nhám chạy cùng lúc; bụi gỗ bay khắp xưởng, đọng trên kèo và "
        "máy. Chúng tôi cần thiết kế, lắp hệ thống hút bụi đủ lưu lượng cho từng máy, vừa bảo vệ sức khỏe công nhân vừa "
        "giảm nguy cơ cháy.",
        {"nIo097": 2, "nIo087": 2, "nIo086": 2, "nIo088": 2, "nIo098": 2, "nIo095": 1, "nIo096": 1, "nIo169": 1},
    ),
    (
        "nIn36",
        "en",
        "dust_opseng",
        "Measuring sanding dust exposure against legal limits",
        "Our furniture factory in Vinh Long sands hardwood and acacia all day. Hardwood dust is linked to asthma and nasal "
        "cancer, and inspectors elsewhere now target firms over dust. We want our workers' exposure measured against "
        "recognised limits and an extraction plan to bring it down.",
        {"nIo086": 2, "nIo087": 2, "nIo098": 2, "nIo160": 1, "nIo088": 1},
    ),
    (
        "nIn37",
        "vi",
        "chay_ninhthuan",
        "Xin giấy chứng nhận đủ điều kiện PCCC cho xưởng gỗ",
        "Xưởng chế biến gỗ của chúng tôi ở Tiểu Cần nằm gần khu dân cư, chưa có máy bơm, hồ nước chữa cháy và chưa làm hồ sơ "
        "PCCC. Ở địa phương khác đã có cơ sở mộc cháy rụi, thiệt hại khoảng 5 tỷ đồng. Cần đơn vị tư vấn hồ sơ, trang bị và "
        "thủ tục cấp giấy chứng nhận PCCC.",
        {"nIo093": 2, "nIo091": 2, "nIo092": 1, "nIo099": 1},
    ),
    (
        "nIn38",
        "vi",
        "chay_vungtau",
        "Can huan luyen PCCC cho cong nhan xuong moc",
        "Xuong moc o Cau Ke chat go den sat mai, nhieu mun cua, dung moi son, day dien cau moc. Thang truoc co dam chay nho "
        "luc nua dem. Can to chuc huan luyen PCCC, dien tap chua chay cho cong nhan va chi cho cach sap xep xuong an toan.",
        {"nIo092": 2, "nIo099": 2, "nIo091": 1, "nIo096": 1, "nIo161": 1},
    ),
    (
        "nIn39",
        "en",
        "chay_hcm",
        "Dust explosion risk on our MDF cutting line",
        "Our plant in Binh Minh cuts and sands MDF and hardwood; fine dust collects in the ducts and on roof beams, and wood "
        "businesses nearby have burned. We need an assessment of dust explosion risk and protection for the collector and "
        "ductwork.",
        {"nIo089": 2, "nIo090": 2, "nIo095": 2, "nIo096": 2, "nIo094": 1, "nIo088": 1, "nIo169": 1},
    ),
    (
        "nIn40",
        "en",
        "ttj_dust2",
        "Health checks for sawmill workers exposed to wood dust",
        "Several long-serving workers at our sawmill in Cau Ke have breathing and skin problems. We have never assessed "
        "dust risks or kept records. We want a health surveillance scheme and documented controls for wood dust.",
        {"nIo160": 2, "nIo086": 1, "nIo087": 1, "nIo098": 1},
    ),
]

# --- sawdust and offcut use ----------------------------------------------------------------------
NEEDS += [
    (
        "nIn41",
        "vi",
        "nam_thung_xop",
        "Tận dụng mùn cưa của xưởng để trồng nấm bào ngư",
        "Xưởng xẻ ở Càng Long thải ra nhiều mùn cưa mỗi tháng. Gia đình muốn tận dụng làm giá thể trồng nấm bào ngư bán ở "
        "chợ, tự đóng bịch thay vì mua phôi. Cần quy trình xử lý mùn cưa, phối trộn, khử trùng, cấy meo và chăm sóc.",
        {"nIo102": 2, "nIo104": 2, "nIo106": 2, "nIo105": 1, "nIo103": 1},
    ),
    (
        "nIn42",
        "en",
        "mushroom_substrate_yield",
        "Oyster mushroom substrate recipe from mixed sawmill sawdust",
        "A farmer group in Tra Cu gets free sawdust and chips from a nearby sawmill and wants to grow oyster mushrooms. The "
        "wood type varies from load to load and yields from trial bags were uneven. We need a tested substrate recipe with "
        "supplements and preparation steps.",
        {"nIo106": 2, "nIo102": 2, "nIo105": 1, "nIo103": 1, "nIo104": 1},
    ),
    (
        "nIn43",
        "vi",
        "pellet_shortkro",
        "Muon lam vien nen mun cua xuat khau",
        "Cong ty o Binh Minh gom mun cua, dam bao tu cac xuong go trong vung, muon dau tu day chuyen ep vien nen go (co 6 mm, "
        "dai duoi 15 mm) de xuat khau. Can tu van quy trinh bam, nghien, say, ep vien, dong goi va tieu chuan chat luong.",
        {"nIo107": 2, "nIo108": 2, "nIo109": 1, "nIo116": 1, "nIo139": 1, "nIo117": 1},
    ),
    (
        "nIn44",
        "en",
        "ep_briquette",
        "Small pellet mill for a carpentry cooperative's shavings",
        "Our carpentry cooperative in Tam Binh collects shavings and sawdust from ten workshops. We want a small pellet mill "
        "that presses this material through a die into fuel pellets for local restaurants and small boilers.",
        {"nIo109": 2, "nIo107": 2, "nIo108": 1, "nIo116": 1, "nIo113": 1},
    ),
    (
        "nIn45",
        "vi",
        "briquette_cbeih",
        "Ép củi mùn cưa bán cho lò gạch, lò sấy",
        "Hộ kinh doanh ở Mang Thít thu gom mùn cưa, phụ phẩm nông nghiệp. Lò gạch, lò sấy trong vùng cần chất đốt ổn định. "
        "Chúng tôi muốn đầu tư máy ép mùn cưa thành củi ép mật độ cao, ít ẩm, nhiệt lượng cao, dễ vận chuyển.",
        {"nIo113": 2, "nIo110": 2, "nIo111": 1, "nIo112": 1},
    ),
    (
        "nIn46",
        "en",
        "briquette_jk",
        "Binderless briquettes to fire our own kiln boiler",
        "Our sawmill in Cau Ke burns loose sawdust in the kiln boiler, which smokes and chokes the fire. We want to densify "
        "sawdust and offcuts into briquettes, without binder, to get more energy per volume for our own boiler.",
        {"nIo110": 2, "nIo113": 2, "nIo111": 1, "nIo112": 1, "nIo032": 1},
    ),
    (
        "nIn47",
        "vi",
        "biochar_htu",
        "Làm than sinh học từ mùn cưa, dăm gỗ để bón ruộng",
        "Hợp tác xã ở Trà Cú có nguồn mùn cưa, dăm gỗ từ xưởng trong xã và rơm, trấu. Chúng tôi muốn nhiệt phân thành than "
        "sinh học (dưới 700 °C, thiếu oxy) để bón cho ruộng lúa, rau màu giúp đất giữ nước và dinh dưỡng. Cần mẫu lò và quy "
        "trình làm ở quy mô nhỏ.",
        {"nIo115": 2, "nIo114": 2, "nIo122": 1},
    ),
    (
        "nIn48",
        "en",
        "fj_askvity",
        "Turning furniture offcuts into finger-joint boards",
        "Our furniture factory in Vinh Long throws away short acacia and rubberwood offcuts. We want to finger-joint them "
        "into longer, stable boards and panels for drawer sides and shelving, and need process know-how or a partner.",
        {"nIo126": 2, "nIo125": 2, "nIo128": 2, "nIo127": 2, "nIo129": 1},
    ),
    (
        "nIn49",
        "vi",
        "fj_amifurniture",
        "Dùng gỗ vụn, bìa bắp làm ván ghép thanh",
        "Xưởng ở Vũng Liêm có nhiều gỗ vụn, bìa bắp, gỗ đường kính nhỏ không đóng được đồ. Chúng tôi muốn ghép mộng răng "
        "lược, ép keo thành tấm ván lớn để làm mặt bàn, kệ; cần tư vấn máy, keo và quy trình.",
        {"nIo125": 2, "nIo126": 2, "nIo127": 1, "nIo129": 1, "nIo128": 1},
    ),
]

# --- plywood and laminated boards ----------------------------------------------------------------
NEEDS += [
    (
        "nIn50",
        "vi",
        "go_tram_thuvien",
        "Sản xuất ván ép từ gỗ keo, tràm rừng trồng",
        "Hợp tác xã ở Duyên Hải có rừng tràm, keo trồng trên đất phèn, mặn, khai thác chủ yếu bán cừ và nguyên liệu giấy. "
        "Chúng tôi muốn đầu tư xưởng bóc, lạng ván và ép ván dán để bán cho xưởng nội thất; cần tư vấn loại gỗ phù hợp và "
        "công nghệ.",
        {"nIo124": 2, "nIo130": 2, "nIo004": 1},
    ),
    (
        "nIn51",
        "en",
        "carb_icc",
        "CARB Phase 2 / TSCA Title VI for plywood furniture sold in the US",
        "Our factory in Tra Vinh makes furniture from hardwood plywood and MDF for a US importer, who now asks for "
        "TSCA Title VI labels and records showing we bought certified panels. We need to understand the limits, labelling "
        "and fabricator record-keeping, and get certification support.",
        {"nIo132": 2, "nIo133": 2, "nIo134": 2, "nIo135": 2},
    ),
    (
        "nIn52",
        "vi",
        "carb_epa_compare",
        "Đơn hàng Mỹ yêu cầu chứng nhận formaldehyde CARB, TSCA",
        "Xưởng tủ MDF ở Long Hồ nhận đơn hàng đi California. Khách yêu cầu ván và thành phẩm đạt chuẩn phát thải "
        "formaldehyde CARB Phase 2 và TSCA Title VI, có nhãn. Chúng tôi cần tài liệu hướng dẫn dễ hiểu về trách nhiệm của "
        "đơn vị gia công và cách lưu hồ sơ.",
        {"nIo135": 2, "nIo132": 2, "nIo134": 2, "nIo133": 1},
    ),
    (
        "nIn53",
        "en",
        "go_ghep_dhp",
        "Edge-glued rubberwood panels graded A/B for table tops",
        "We assemble dining tables in Vinh Long and want a steady supply of edge-glued rubberwood or acacia panels with "
        "graded faces (A or B) for table tops, or help setting up our own panel gluing.",
        {"nIo129": 2, "nIo128": 2, "nIo127": 1, "nIo125": 1, "nIo136": 1},
    ),
    (
        "nIn54",
        "en",
        "fj_pine_panel",
        "Finger joints in our panels keep failing",
        "Our shop in Tra Vinh started making finger-joint panels from acacia shorts for painted furniture and stair parts, "
        "but some joints open or break. We suspect the glue, but want an expert to check each step of our process.",
        {"nIo127": 2, "nIo125": 1, "nIo126": 1, "nIo128": 1},
    ),
    (
        "nIn55",
        "vi",
        "tram_bong_vang",
        "Làm ván sàn từ gỗ keo, tràm rừng trồng nhưng gỗ mềm",
        "Nhà máy nội thất ở Vĩnh Long đang thiếu nguyên liệu và chuyển sang dùng tràm bông vàng, keo rừng trồng 5–7 năm. Gỗ "
        "non, mềm nên ván sàn dễ móp, trầy. Chúng tôi cần công nghệ tăng độ cứng, độ ổn định của gỗ keo làm ván sàn.",
        {"nIo131": 2, "nIo130": 1},
    ),
]

# --- furniture design and export certificates ------------------------------------------------
NEEDS += [
    (
        "nIn56",
        "vi",
        "fsc_dream",
        "Cần chứng nhận FSC CoC để bán hàng châu Âu",
        "Doanh nghiệp đồ gỗ ở KCN Hòa Phú (Vĩnh Long) bị khách châu Âu yêu cầu chứng chỉ FSC. Chúng tôi biết đầu tư cho FSC "
        "tốn công sức và thời gian nhưng đó là điều kiện để giữ đơn hàng. Cần đơn vị tư vấn và tổ chức đánh giá chứng nhận "
        "chuỗi hành trình sản phẩm.",
        {"nIo137": 2, "nIo138": 2, "nIo139": 2, "nIo152": 2, "nIo140": 1},
    ),
    (
        "nIn57",
        "en",
        "fsc_small_biz",
        "Group FSC certification for ten small workshops",
        "Ten small furniture workshops in a Tra Vinh cooperative keep losing bids from buyers who require FSC-certified "
        "suppliers. Each of us has fewer than 15 workers and certifying alone is too costly. We want a group chain-of-custody "
        "arrangement with one manager and shared audits.",
        {"nIo140": 2, "nIo141": 2, "nIo152": 1, "nIo138": 1, "nIo137": 1},
    ),
    (
        "nIn58",
        "vi",
        "vntlas_wto",
        "Can chung minh go hop phap theo VNTLAS cho don hang EU",
        "Xuong do go o Tra On mua go keo tu nhieu nguon va nhan don hang di EU. Khach hoi ho so chung minh go hop phap o "
        "tung khau: nguon goc, van chuyen, che bien, xuat khau. Can huong dan he thong VNTLAS, tai lieu xac minh va cach phan "
        "loai doanh nghiep.",
        {"nIo151": 2, "nIo143": 2, "nIo142": 2, "nIo144": 1, "nIo145": 1},
    ),
    (
        "nIn59",
        "en",
        "eudr_esg",
        "EUDR due diligence for acacia bought from households",
        "We export acacia furniture to Europe from Vinh Long and buy logs from many small plantation households. Under the "
        "EUDR we must show the wood is deforestation-free and legal, with GPS data for the plots. We need help setting up "
        "data collection and due diligence statements.",
        {"nIo145": 2, "nIo146": 2, "nIo144": 1, "nIo142": 1},
    ),
    (
        "nIn60",
        "vi",
        "vpa_qa",
        "Gỗ keo mua của hộ dân thiếu hồ sơ khai thác",
        "Xưởng xẻ ở Càng Long mua keo của nhiều hộ trồng rừng nhỏ lẻ. Theo VPA/FLEGT, hàng gỗ vào EU cần chứng minh hợp pháp "
        "nhưng hộ dân thường không đăng ký khai thác, không có bảng kê lâm sản. Cần tổ chức hướng dẫn, hỗ trợ hộ dân làm đủ "
        "hồ sơ gỗ hợp pháp.",
        {"nIo144": 2, "nIo151": 1, "nIo143": 1, "nIo142": 1},
    ),
    (
        "nIn61",
        "en",
        "ahec_design",
        "Our own furniture designs instead of buyers' drawings",
        "Our factory in Vinh Long has made furniture only to foreign buyers' designs for years. We want to develop and offer "
        "our own collections and train young designers, and look for a design centre, competition or design partner.",
        {"nIo147": 2, "nIo148": 2, "nIo150": 2, "nIo149": 1},
    ),
    (
        "nIn62",
        "vi",
        "vifa",
        "Thiết kế bàn ghế tháo lắp, nhẹ để xuất khẩu",
        "Cơ sở ở Chợ Lách làm bàn ghế gỗ khối nặng, tốn gỗ, cước vận chuyển cao. Khách nước ngoài muốn sản phẩm nhẹ, tháo lắp "
        "được, hợp căn hộ nhỏ. Chúng tôi cần tư vấn thiết kế lại sản phẩm theo xu hướng thị trường xuất khẩu.",
        {"nIo149": 2, "nIo150": 1, "nIo147": 1, "nIo148": 1},
    ),
    (
        "nIn63",
        "en",
        "eudr_lowrisk",
        "What EUDR 'low-risk' status means for our exports",
        "Vietnam has been classed as low risk under the EU deforestation regulation. Our furniture company in Tra Vinh wants "
        "to know what simplified due diligence still requires of us for wood products and by when.",
        {"nIo146": 2, "nIo145": 2},
    ),
    (
        "nIn64",
        "vi",
        "fsc_tuvan",
        "Dùng gỗ có kiểm soát FSC-CW trộn với gỗ FSC",
        "Xưởng ở Trà Ôn có một phần gỗ keo đạt FSC, phần còn lại là gỗ rừng trồng chưa chứng chỉ. Chúng tôi muốn biết cách "
        "đưa gỗ chưa chứng chỉ vào diện gỗ có kiểm soát FSC để làm sản phẩm FSC Mix.",
        {"nIo138": 2, "nIo139": 1, "nIo137": 1, "nIo152": 1},
    ),
]

# --- worker safety and training -----------------------------------------------------------------
NEEDS += [
    (
        "nIn65",
        "vi",
        "tablesaw_accidents",
        "Thợ bị cưa bàn cắt vào tay, cần huấn luyện an toàn",
        "Xưởng mộc ở Cầu Ngang vừa có thợ bị cưa bàn cắt đứt ngón tay khi xẻ thanh hẹp, trước đó có lần phôi gỗ bị bật ngược. "
        "Chúng tôi cần lớp huấn luyện an toàn vận hành cưa bàn và tư vấn trang bị dao tách mạch, cữ đẩy, che chắn.",
        {"nIo155": 2, "nIo163": 2, "nIo157": 2, "nIo156": 1, "nIo161": 1},
    ),
    (
        "nIn66",
        "en",
        "tablesaw_raven",
        "Retrofitting our table saws with safety devices",
        "Our joinery in Tra Vinh runs six older table saws without riving knives; kickback from pinched boards has injured "
        "workers. We want to retrofit guards, riving knives and anti-kickback devices or buy saws with blade-stop systems.",
        {"nIo157": 2, "nIo163": 1, "nIo155": 1, "nIo156": 1},
    ),
    (
        "nIn67",
        "vi",
        "dao_tao_tra_vinh",
        "Đào tạo nghề mộc cho lao động nông thôn ngay tại xưởng",
        "Xưởng đồ gỗ ở Tiểu Cần cần tuyển 20 lao động nông thôn nhưng người trong vùng chưa qua đào tạo nghề. Chúng tôi muốn "
        "liên kết với trường nghề mở lớp mộc sơ cấp, học lý thuyết và thực hành ngay tại xưởng theo chính sách đào tạo nghề "
        "cho lao động nông thôn.",
        {"nIo159": 2, "nIo158": 2, "nIo164": 1, "nIo002": 1},
    ),
    (
        "nIn68",
        "en",
        "card_validation",
        "Training for sawyers and saw doctors at rural mills",
        "Sawmills around Cau Ke lack skilled sawyers and nobody can set and sharpen saws properly. We want a training course "
        "for mill operators and a trainer who also visits mills to advise on sawing, drying and treatment.",
        {"nIo002": 2, "nIo001": 1, "nIo013": 1, "nIo158": 1},
    ),
    (
        "nIn69",
        "vi",
        "huan_luyen_44",
        "Huấn luyện an toàn khi sửa chữa máy chế biến gỗ",
        "Xưởng bóc ván ở Duyên Hải có máy bóc, máy lột vỏ gỗ chạy liên tục; công nhân thường sửa máy khi chưa cắt điện. "
        "Chúng tôi cần huấn luyện an toàn vệ sinh lao động theo quy định, quy trình khóa nguồn và trang bị bảo hộ.",
        {"nIo162": 2, "nIo161": 2, "nIo155": 1},
    ),
    (
        "nIn70",
        "en",
        "tablesaw_safe",
        "PPE and first aid programme for a 40-worker furniture plant",
        "Our plant in Binh Minh has 40 workers on saws, sanders and spray lines but no written safety rules. We want a "
        "handbook covering protective equipment for eyes, ears, hands and lungs, electrical and compressed-air safety and "
        "first aid for cuts and burns.",
        {"nIo161": 2, "nIo160": 1, "nIo155": 1},
    ),
    (
        "nIn71",
        "vi",
        "nghe_moc_dongbac",
        "Chứng chỉ nghề mộc cho thợ",
        "Doanh nghiệp xây dựng ở TP Vĩnh Long cần thợ mộc có chứng chỉ nghề để dự thầu công trình nội thất. Chúng tôi muốn "
        "gửi thợ đi học lấy chứng chỉ sơ cấp hoặc trung cấp nghề mộc.",
        {"nIo164": 2, "nIo158": 2},
    ),
]

# --- further needs (fire, training, biochar, plywood) --------------------------------------------
NEEDS += [
    (
        "nIn72",
        "en",
        "pc17_homestay",
        "Fire safety certificate and fire plan for our wood workshop",
        "Our wood processing workshop in Chau Thanh (Tra Vinh) must prepare a site fire-fighting plan and obtain the fire "
        "safety certificate required by Vietnamese decrees before the authorities inspect. We need a consultant who knows "
        "the procedure for wood workshops.",
        {"nIo093": 2, "nIo091": 2, "nIo092": 1, "nIo089": 1},
    ),
    (
        "nIn73",
        "en",
        "gdnn_vtv",
        "Carpentry courses for rural young people",
        "Vocational schools near us in Vinh Long have teachers and jobs waiting, but too few trainees. Our furniture firms "
        "want short carpentry courses for rural youth, with practice in real workshops, to fill skilled jobs.",
        {"nIo158": 2, "nIo159": 2, "nIo002": 1, "nIo164": 1},
    ),
    (
        "nIn74",
        "en",
        "biochar_tknl",
        "Biochar from sawdust for vegetable growers",
        "Our sawmill in Tra Cu has plenty of sawdust, and local vegetable and flower growers use biochar as growing medium "
        "and soil improver. We want a small pyrolysis kiln to make biochar from sawdust and chips.",
        {"nIo115": 2, "nIo114": 2, "nIo122": 1},
    ),
    (
        "nIn75",
        "en",
        "drevona",
        "Plywood from our own acacia veneers",
        "We run a furniture plant in Vinh Long and buy engineered boards because solid wood warps. We want to make our own "
        "plywood from plantation acacia veneers and need technology and material advice.",
        {"nIo124": 2, "nIo130": 2, "nIo004": 1},
    ),
    (
        "nIn76",
        "en",
        "fire_wunder",
        "Fire risk where our sawmill, shop and scrap pile share one site",
        "Our sawmill and joinery shop in Long Ho stand on one lot with a scrap pile between them and stickered lumber stacks "
        "all around. A neighbouring mill burned down. We want a fire and dust risk assessment and advice on ignition control "
        "and layout.",
        {"nIo089": 2, "nIo091": 1, "nIo092": 1, "nIo096": 1},
    ),
]
