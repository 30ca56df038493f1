"""Needs of the holdout102 set: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    (
        "lZn01",
        "vi",
        "caythuoc_goi",
        "Dầu gội bồ kết nấu thủ công bị lên men sau 2 ngày, cần kéo dài hạn dùng",
        "Cơ sở nấu dầu gội thảo dược ở Cầu Kè (Trà Vinh) nấu chung bồ kết, bồ hòn, cỏ mần trầu, lá ổi, vỏ bưởi, hương "
        "nhu, sả. Không dùng chất bảo quản thì sau khoảng 2 ngày dầu gội lên men, ôi, khách gội bị ngứa; mùi thảo dược "
        "nặng và hơi bết tóc. Chất bảo quản tự nhiên thì quá đắt. Cần giải pháp làm sản phẩm bền hơn mà vẫn giữ được "
        "thành phần thiên nhiên.",
        {
            "lZo001": 2,
            "lZo002": 2,
            "lZo003": 2,
            "lZo067": 1,
            "lZo061": 1,
            "lZo062": 1,
            "lZo009": 1,
            "lZo063": 1,
            "lZo066": 1,
            "lZo064": 1,
        },
    ),
    (
        "lZn02",
        "en",
        "lavia_goi",
        "Cooperative needs a tested herbal shampoo formula and quality evaluation",
        "Our women's cooperative in Càng Long (Trà Vinh) wants to sell herbal shampoos based on bồ kết (soap pod), "
        "cỏ mần trầu, hương nhu, green tea and lemongrass, the traditional Vietnamese way to clean hair and fight "
        "dandruff. We have the herbs but no proven recipe. We need a formulation and lab checks (pH, foam, cleaning, "
        "conditioning) to show the product is as good as shampoos in the shops.",
        {"lZo004": 2, "lZo005": 2, "lZo006": 2, "lZo008": 1, "lZo007": 1, "lZo009": 1, "lZo001": 1},
    ),
    (
        "lZn03",
        "vi",
        "bnice_duongsinh",
        "Spa muốn tự có dầu gội dưỡng sinh thảo dược mang thương hiệu riêng",
        "Spa ở TP Trà Vinh làm dịch vụ gội đầu dưỡng sinh, muốn có dầu gội riêng từ bồ kết, hương nhu, sả, vỏ bưởi, hà "
        "thủ ô, trà xanh, gừng, quế, bạc hà, giúp giảm rụng tóc, gàu, khô xơ và thư giãn. Cần công thức, thiết bị chiết "
        "xuất nhỏ, hoặc một đơn vị nhận sản xuất theo đơn từ nguyên liệu địa phương.",
        {"lZo009": 2, "lZo027": 2, "lZo004": 1, "lZo010": 1, "lZo001": 1},
    ),
    (
        "lZn04",
        "vi",
        "kkn_bohon",
        "Can quy trinh chiet saponin tu trai bo hon lam dau goi",
        "Nha minh o Tra Cu co vuon bo hon, trai bo hon co saponin tao bot, khang khuan, khang nam, xua nay dung giat "
        "do va goi dau. Muon chiet saponin tu bo hon cho dau goi, sua tam ban ra thi truong nhung khong biet quy trinh "
        "tinh che. Can don vi chuyen giao cong nghe hoac huong dan.",
        {"lZo001": 2, "lZo002": 2, "lZo003": 2},
    ),
    (
        "lZn05",
        "en",
        "afamily_buoi",
        "Hair salon wants a ready pomelo-peel hair tonic instead of boiling peels",
        "I run a small hair salon in Vĩnh Long city. Clients love the old pomelo-peel wash (dried peel boiled with "
        "lemongrass and soap pod) for thick, strong hair, but boiling it every week takes too long. We want a ready "
        "pomelo essential oil or hair spray, rich in limonene and naringin, that we can use and resell.",
        {"lZo010": 2, "lZo011": 2, "lZo012": 1, "lZo161": 1},
    ),
    (
        "lZn06",
        "vi",
        "cholaithieu_buoi",
        "HTX bưởi muốn chưng cất tinh dầu từ vỏ bưởi thải",
        "HTX trồng bưởi Năm Roi ở Bình Minh (Vĩnh Long) thải ra nhiều vỏ bưởi. Thử nấu tinh dầu bưởi thủ công, bào vỏ "
        "xanh, bỏ cùi trắng, đun lửa nhỏ 45–60 phút mỗi mẻ nhưng được rất ít tinh dầu. Cần nồi chưng cất quy mô nhỏ và "
        "hướng dẫn để làm tinh dầu bưởi bán cho cơ sở dầu gội.",
        {"lZo161": 2, "lZo012": 1, "lZo162": 1, "lZo011": 1},
    ),
    (
        "lZn07",
        "en",
        "pnvn_goidau",
        "New head-spa shop needs staff training and herbal shampoo",
        "We are opening a herbal head-spa in Trà Vinh city with about 20 shampoo beds, dim light and a lemongrass "
        "scent, like the shops office workers now visit at lunch. Each session uses a pomelo-peel shampoo and a scalp, "
        "neck and shoulder massage. We need someone to train our technicians in the full wash and massage routine and "
        "to supply a suitable shampoo.",
        {"lZo013": 2, "lZo144": 1, "lZo149": 1, "lZo009": 1},
    ),
    (
        "lZn08",
        "vi",
        "gialai_goidau",
        "Spa cần đào tạo kỹ thuật viên bấm huyệt gội đầu dưỡng sinh",
        "Spa ở TP Vĩnh Long có nhiều khách mất ngủ, đau mỏi vai gáy, đau nửa đầu đến gội đầu dưỡng sinh 2–3 ngày một "
        "lần. Nhân viên mới chỉ gội sạch, chưa biết bấm huyệt đầu, vai, gáy kết hợp thảo dược. Cần khóa đào tạo bài "
        "bản cho kỹ thuật viên.",
        {"lZo013": 2, "lZo144": 2, "lZo143": 1, "lZo141": 1},
    ),
    (
        "lZn09",
        "en",
        "tintuc_henna",
        "Beauty shop wants locally grown henna for natural hair dye",
        "Our beauty shop in Tiểu Cần (Trà Vinh) sells henna powder as a natural hair dye. Packs sell for 30,000–50,000 "
        "VND, a box of 6 for 280,000 VND, while online sellers quote 0.2–0.5 USD a pack, and the origin is never clear. "
        "We would rather grow Lawsonia (lá móng) ourselves and grind our own powder. We need technical information on "
        "the plant and how to grow it here.",
        {"lZo014": 2, "lZo117": 1},
    ),
    (
        "lZn10",
        "vi",
        "nongtrai_dua",
        "Hộ nấu dầu dừa muốn chuyển sang ép lạnh hoặc ly tâm để bán cho spa",
        "Gia đình ở Châu Thành (Trà Vinh) làm dầu dừa kiểu nấu: xay cơm dừa, vắt nước cốt, đun tới khi nổi váng dầu. "
        "Dầu có màu nâu, mùi khét, để lâu bị hư. Các spa muốn mua dầu dừa lạnh, trong. Cần phương pháp và thiết bị ép "
        "lạnh hoặc ly tâm phù hợp hộ gia đình, cơ sở nhỏ.",
        {"lZo018": 2, "lZo019": 2, "lZo021": 2, "lZo025": 2, "lZo022": 1, "lZo024": 1, "lZo023": 1},
    ),
    (
        "lZn11",
        "en",
        "bighead_vco",
        "Fermented virgin coconut oil goes rancid: need a way to remove moisture",
        "Our women's group in Cầu Ngang makes virgin coconut oil by fermenting the milk of grated coconuts in a warm "
        "closed place until curd, oil and water separate. Three coconuts give only about 3/4 cup, and the oil keeps "
        "some water, so it turns rancid unless refrigerated. We need a method to get a dry, stable oil without "
        "cooking it.",
        {"lZo021": 2, "lZo022": 1, "lZo019": 2, "lZo018": 1, "lZo023": 1, "lZo024": 1},
    ),
    (
        "lZn12",
        "vi",
        "danviet_dua",
        "Cần tư vấn phân loại, tiêu chuẩn dầu dừa nguyên chất cho spa",
        "Doanh nghiệp nhỏ ở Càng Long bán dầu dừa cho spa và thẩm mỹ viện, nhưng khách hỏi dầu nguyên chất tự nhiên, "
        "tinh chế hay dầu thô ép từ cơm dừa kém; có tới 11 loại dầu dừa khác nhau. Cần tư vấn cách phân loại, chỉ tiêu "
        "chất lượng và phương pháp chiết để sản phẩm đạt loại dầu dừa tinh khiết.",
        {"lZo025": 2, "lZo021": 2, "lZo026": 1, "lZo019": 1},
    ),
    (
        "lZn13",
        "en",
        "daudua_handmade",
        "Student start-up selling handmade coconut oil to spas needs to scale up",
        "We are students in Trà Vinh city who make coconut oil by hand and sell it in bottles: 80,000–120,000 VND "
        "per 100 ml, 130,000–170,000 VND per 150 ml. Some spas buy regularly; we take about 10 million VND a month, "
        "5–6 million of it profit. The work is slow and hard to keep clean. We need a small-scale, hygienic "
        "process and equipment to make more oil of steady quality.",
        {"lZo019": 2, "lZo018": 2, "lZo023": 2, "lZo020": 1, "lZo021": 1, "lZo025": 1},
    ),
    (
        "lZn14",
        "vi",
        "hiephoidua",
        "Htx dua muon lam san pham lam dep tu nuoc dua va com dua",
        "Htx dua o Duyen Hai (Tra Vinh) chi ban dua trai va com dua, gia thap. Nghe noi tu cay dua lam duoc hon 1000 "
        "san pham. Muon lam san pham lam dep tu nuoc dua, thach dua, dau dua (mat na, giay tham dau, my pham) de tang "
        "gia tri. Can cong nghe va doi tac huong dan.",
        {"lZo028": 2, "lZo029": 2, "lZo027": 2, "lZo026": 1, "lZo031": 1},
    ),
    (
        "lZn15",
        "en",
        "winenfood_sapon",
        "100% coconut oil soap seizes in the pot and is too harsh",
        "I make soap at home in Vĩnh Long city for a market stall. With 100% coconut oil my lye calculator numbers "
        "look right, but within seconds the mix turns into a lumpy solid in the pot, and the bars that do set leave "
        "skin tight. Coconut's lauric and myristic acids react very fast. I need a reliable recipe and method for a "
        "gentle all-coconut bar.",
        {"lZo033": 2, "lZo035": 2, "lZo034": 1, "lZo036": 1, "lZo037": 1},
    ),
    (
        "lZn16",
        "vi",
        "vnanet_xaphong",
        "Cơ sở xà phòng thủ công cần quy trình pha kiềm an toàn và đào tạo",
        "Cơ sở xà phòng thủ công ở TP Trà Vinh làm xà phòng từ kiềm và dầu thực vật, thêm nguyên liệu tạo màu, mùi "
        "theo đơn khách. Công đoạn pha kiềm nguy hiểm nhất, sơ suất nhỏ là bỏng; mỗi loại dầu, mỗi tỉ lệ lại cho xà "
        "phòng khác nhau. Cần quy trình chuẩn phương pháp lạnh, cách tính tỉ lệ và tập huấn an toàn cho thợ.",
        {"lZo037": 2, "lZo035": 2, "lZo034": 2, "lZo038": 1, "lZo036": 1, "lZo033": 1},
    ),
    (
        "lZn17",
        "vi",
        "tienphong_xaphong",
        "Xà phòng thảo dược cần công bố để vào siêu thị",
        "Tôi là thanh niên khởi nghiệp ở Cầu Kè (Trà Vinh), làm xà phòng từ dược liệu quanh nhà: nghệ, trà xanh, quế, "
        "chanh bạc hà cho da mẫn cảm, tham khảo sách cây thuốc của GS. Đỗ Tất Lợi. Siêu thị và cửa hàng đặc sản yêu "
        "cầu sản phẩm phải công bố hợp lệ. Cần hỗ trợ thủ tục công bố mỹ phẩm và hồ sơ.",
        {"lZo041": 2, "lZo049": 2, "lZo048": 2, "lZo058": 1, "lZo060": 1},
    ),
    (
        "lZn18",
        "en",
        "cheshire_label",
        "Soap and balm maker needs compliant labels for UK gift shops",
        "Our workshop in Trà Cú makes coconut soaps and lip balms and has an order from UK gift shops. The buyer "
        "says the packs must carry an ingredient list headed 'Ingredients' in INCI names, in descending order (items "
        "under 1% in any order), perfume shown as 'parfum', plus batch code and other items. We need help to lay "
        "out and print labels that comply.",
        {"lZo057": 2, "lZo058": 2, "lZo060": 2, "lZo059": 1},
    ),
    (
        "lZn19",
        "en",
        "chagrin_sci",
        "Shampoo-bar maker wants a truly mild coconut-derived surfactant",
        "We sell pink 'natural' shampoo bars from Bình Minh (Vĩnh Long). Our supplier's base is sodium coco "
        "sulfate, and customers now point out it is a sulfate detergent like SLS, not soap, even if it comes from "
        "coconuts. We want to reformulate with a gentler coconut-derived surfactant that still foams well, and need "
        "supply and formulation know-how.",
        {"lZo043": 2, "lZo044": 2, "lZo045": 2, "lZo046": 2, "lZo042": 1, "lZo008": 1},
    ),
    (
        "lZn20",
        "vi",
        "vnlaw_cgmp",
        "Công ty mỹ phẩm nhỏ muốn đạt CGMP-ASEAN để xuất khẩu",
        "Công ty sản xuất mỹ phẩm từ dừa ở TP Vĩnh Long muốn xuất sang các nước ASEAN. Theo quy định, cơ sở sản xuất "
        "phải có nhân sự, nhà xưởng, thiết bị, hồ sơ tài liệu đáp ứng nguyên tắc CGMP-ASEAN, giấy chứng nhận có hiệu "
        "lực 3 năm và bị hậu kiểm. Cần đơn vị tư vấn, đào tạo để chuẩn bị hồ sơ và điều kiện.",
        {"lZo052": 2, "lZo053": 2, "lZo055": 2, "lZo054": 1, "lZo056": 1},
    ),
    (
        "lZn21",
        "en",
        "wikiluat",
        "Family business starting coconut body lotion needs to know which licences apply",
        "Our family business in Tam Bình (Vĩnh Long) wants to produce a coconut body lotion. We read that enterprise "
        "law, Decree 93/2016 on production conditions, Decree 155/2018, Circular 06/2011 on cosmetic management and "
        "the ASEAN GMP rules all apply. We need clear guidance on the licences and procedures before we invest.",
        {"lZo048": 2, "lZo049": 2, "lZo053": 2, "lZo056": 2, "lZo052": 1},
    ),
    (
        "lZn22",
        "vi",
        "plo_thuyngan",
        "Can noi kiem nghiem thuy ngan trong kem trang da",
        "Cua hang my pham o TP Tra Vinh nhap kem trang da, kem tan nhang gia re. Doc tin 3 loai kem bi thu hoi vi ham "
        "luong thuy ngan vuot gioi han, thuy ngan gay hai than va than kinh. Can noi kiem nghiem kim loai nang de "
        "kiem tra hang truoc khi ban.",
        {"lZo069": 2, "lZo068": 1, "lZo070": 1},
    ),
    (
        "lZn23",
        "en",
        "afamily_recall",
        "Distributor needs heavy-metal and banned-ingredient screening of creams",
        "We distribute skin creams to shops across Vĩnh Long. A whitening sunscreen SPF 50 day cream was recently "
        "recalled because it exceeded the mercury limit, contained clobetasol propionate and was sold after its "
        "notification expired. Before taking new brands we want lab screening for mercury and other heavy metals.",
        {"lZo069": 2, "lZo068": 1, "lZo070": 1},
    ),
    (
        "lZn24",
        "en",
        "obelis",
        "Small lotion maker needs a preservative challenge test",
        "We make an aloe and coconut body lotion in Long Hồ (Vĩnh Long). It is water-based, so a buyer asks for "
        "proof that our preservative system stops microbial growth during storage and use, a challenge test. We "
        "need a laboratory that can run it and explain the result.",
        {"lZo061": 2, "lZo062": 2, "lZo063": 2, "lZo066": 2, "lZo064": 2, "lZo065": 1, "lZo067": 1},
    ),
    (
        "lZn25",
        "vi",
        "bestperfumes_pet",
        "Cơ sở kem dưỡng cần thử hiệu quả chất bảo quản và độ ổn định",
        "Cơ sở nhỏ ở Trà Ôn (Vĩnh Long) làm kem dưỡng da có nước. Công thức dùng chất bảo quản nhưng chưa biết trong sản "
        "phẩm hoàn chỉnh (độ pH, chất nhũ hóa, hoạt chất) nó còn hiệu quả không; từng có sản phẩm nhiễm khuẩn gây viêm "
        "da. Trước khi công bố và bán, cần phòng thí nghiệm thử thách vi sinh (challenge test) và nghiên cứu độ ổn định.",
        {"lZo061": 2, "lZo062": 2, "lZo063": 2, "lZo064": 2, "lZo066": 2, "lZo065": 1, "lZo067": 1},
    ),
    (
        "lZn26",
        "vi",
        "ngoaingu_nail",
        "Tiệm nail cần quy trình và thiết bị khử trùng dụng cụ đúng chuẩn",
        "Tiệm nail ở TP Trà Vinh dùng đi dùng lại kềm, dũa; khách lo lây nấm móng, viêm gan B, C, HIV khi bị trầy "
        "chảy máu; dụng cụ lâu ngày gỉ sét, cùn. Cần quy trình vệ sinh, khử trùng chuẩn cho từng loại dụng cụ và tư "
        "vấn thiết bị phù hợp tiệm nhỏ.",
        {"lZo080": 2, "lZo073": 2, "lZo078": 2, "lZo082": 2, "lZo081": 1, "lZo079": 1, "lZo077": 1, "lZo083": 1},
    ),
    (
        "lZn27",
        "en",
        "cuteticles",
        "Nail salon wants an autoclave and sealed pouches to reassure clients",
        "Our nail salon in Vĩnh Long city disinfects tools in a blue liquid and a UV box, which is legal but does not "
        "kill everything. Clients now ask whether we autoclave. We want an autoclave and sealed sterilisation pouches "
        "that are opened in front of each client, and advice on the right model and routine.",
        {"lZo073": 2, "lZo082": 2, "lZo078": 2, "lZo081": 1, "lZo075": 1, "lZo083": 1},
    ),
    (
        "lZn28",
        "en",
        "solessence",
        "Barber and nail shop needs a disinfection routine and staff training",
        "We run a barber and manicure shop in Càng Long. Staff mix up cleaning, sanitising, disinfecting and "
        "sterilising: some just wipe tools, others soak them for unknown times. We heard only an autoclave truly "
        "sterilises, but disinfection is what most rules expect. We need a written routine for each tool and "
        "training for all staff.",
        {"lZo074": 2, "lZo076": 2, "lZo077": 2, "lZo080": 2, "lZo073": 1, "lZo079": 1, "lZo078": 1},
    ),
    (
        "lZn29",
        "vi",
        "healthyrunning",
        "Can may rua sieu am lam sach kem truoc khi hap tiet trung",
        "Tiem nail o Cau Ngang co noi hap, da chai rua dung cu bang ban chai va xa phong truoc khi hap, nhung thu lai "
        "van thay can ban bam o khop kem. Nghe noi phai rua sieu am truoc khi tiet trung. Can may rua sieu am va "
        "huong dan dung.",
        {"lZo082": 2, "lZo083": 2, "lZo084": 2, "lZo073": 1},
    ),
    (
        "lZn30",
        "vi",
        "puntomarinero_uv",
        "Spa dùng tủ UV, cần biết có đủ không và thiết bị tiệt trùng phù hợp",
        "Spa ở Vũng Liêm (Vĩnh Long) đang khử trùng dụng cụ làm móng bằng tủ tia UV hai ngăn, mỗi mẻ khoảng 40 phút "
        "(20 phút mỗi mặt), trước đó ngâm dung dịch. Có người nói tủ UV không phải máy tiệt trùng. Cần tư vấn và thiết "
        "bị tiệt trùng thật sự cho kềm, kéo.",
        {"lZo073": 2, "lZo078": 2, "lZo082": 2, "lZo081": 1},
    ),
    (
        "lZn31",
        "en",
        "moxdeals",
        "Hair salon towels smell musty: need a laundering routine",
        "Our hair salon in Trà Vinh city washes towels only every two or three days, sometimes with fabric "
        "softener, and they now smell musty. Germs and skin debris seem to stay in the fibres. We need a proper towel "
        "laundering and storage routine, or a practical alternative to cotton towels.",
        {"lZo087": 2, "lZo089": 2, "lZo091": 2, "lZo088": 2, "lZo090": 1},
    ),
    (
        "lZn32",
        "vi",
        "easydry",
        "Tiệm gội đầu muốn khăn dùng một lần hoặc quy trình giặt khăn nhiệt cao",
        "Tiệm gội đầu ở Bình Minh (Vĩnh Long) dùng khăn cotton, giặt máy gia đình nhiệt độ thấp, khăn ẩm và có mùi. "
        "Nấm gây nấm chân vẫn sống được qua giặt thường. Muốn chuyển sang khăn dùng một lần hoặc có quy trình giặt, "
        "sấy nhiệt cao đúng chuẩn.",
        {"lZo088": 2, "lZo090": 2, "lZo087": 2, "lZo091": 2, "lZo089": 1},
    ),
    (
        "lZn33",
        "en",
        "nailsmag_local",
        "Nail salon with strong acrylic smell needs local exhaust",
        "Our nail salon in Trà Vinh city looks modern, but the acrylic monomer smell hits clients at the door, and "
        "staff get headaches, sore throats and itchy eyes from vapours and fine filing dust. The ceiling fan and air "
        "conditioner are not enough. We need local exhaust at the stations and advice on the whole ventilation.",
        {"lZo092": 2, "lZo093": 2, "lZo096": 2, "lZo100": 2, "lZo097": 1, "lZo098": 1, "lZo094": 1, "lZo095": 1},
    ),
    (
        "lZn34",
        "vi",
        "voh_nail",
        "Thợ nail cần máy hút bụi móng tại bàn làm",
        "Thợ ở tiệm nail TP Vĩnh Long làm móng cả ngày, phải tiếp xúc hóa chất và hít bụi "
        "khi dũa, phá gel, đắp bột; hay ho, ngứa mắt. Cần máy hút bụi móng gắn bàn hoặc để bàn, hút mạnh nhưng không ồn.",
        {"lZo097": 2, "lZo098": 2, "lZo096": 2, "lZo099": 1, "lZo093": 1},
    ),
    (
        "lZn35",
        "vi",
        "vietcetera_nail",
        "Tiem nail muon do chat luong khong khi trong tiem",
        "Tiem nail o Tieu Can (Tra Vinh) mo cua kin, may lanh suot ngay, mui hoa chat nang. Chu tiem muon do nong do "
        "hoi dung moi (VOC) va CO2 trong tiem de biet co can lap them quat hut, thong gio hay khong.",
        {"lZo095": 2, "lZo094": 2, "lZo092": 1},
    ),
    (
        "lZn36",
        "en",
        "hitpages_vent",
        "Salon in rented premises needs source-capture nail tables",
        "We run several nail salons in rented shophouses in Vĩnh Long. Landlords will not let us cut holes in walls or "
        "roofs for ducts, and moving would mean reinstalling everything. We want vented nail tables or other source "
        "capture at each station that are affordable, easy to clean and can move with us.",
        {"lZo096": 2, "lZo093": 1, "lZo098": 2, "lZo097": 1, "lZo092": 1, "lZo100": 1},
    ),
    (
        "lZn37",
        "en",
        "greatlakes",
        "Rural salons on septic tanks need a low-cost way to handle chemical wastewater",
        "Many small hair salons in the villages of Cầu Kè (Trà Vinh) have no sewer and drain into septic tanks. "
        "If we were forced to install holding tanks pumped out by hazardous-waste haulers, many of these marginal "
        "businesses would close. We need a realistic way to know what our wastewater contains and to treat or "
        "store it at low cost.",
        {"lZo106": 2, "lZo107": 2, "lZo109": 1, "lZo104": 1, "lZo108": 1, "lZo113": 1},
    ),
    (
        "lZn38",
        "vi",
        "yourbestselves",
        "Salon cần cách xử lý đúng thuốc nhuộm, thuốc uốn thừa",
        "Salon tóc ở TP Trà Vinh thường đổ thuốc nhuộm thừa xuống bồn rửa rồi xả nước. Thuốc nhuộm có PPD có thể làm ô "
        "nhiễm nguồn nước, hại sinh vật; chai thuốc đậy kín còn có thể phồng nổ. Cần hướng dẫn và đơn vị thu gom để "
        "xử lý đúng thuốc nhuộm, thuốc duỗi, thuốc uốn thừa.",
        {"lZo108": 2, "lZo104": 2, "lZo105": 2, "lZo113": 1},
    ),
    (
        "lZn39",
        "vi",
        "nion_dye",
        "Thợ tóc ngửi mùi thuốc nhuộm cả ngày, cần giảm phơi nhiễm",
        "Tiệm tóc ở TP Vĩnh Long nhuộm nhiều, thợ ngửi mùi thuốc nhuộm cả ngày. Thuốc nhuộm chứa para-phenylenediamin, "
        "hydro peroxit, amoniac có thể gây hại cho thợ và khách. Phòng nhỏ, kín. Cần giải pháp hút, thông gió để giảm "
        "hơi hóa chất trong tiệm.",
        {"lZo093": 2, "lZo092": 1, "lZo100": 1, "lZo095": 1},
    ),
    (
        "lZn40",
        "en",
        "hacheco_dye",
        "Salon needs patch-test procedure and PPD-free options after a reaction",
        "A client of our salon in Trà Ôn (Vĩnh Long) developed a red, itchy scalp after a colour. We learned that "
        "paraphenylenediamine in hair dye can cause allergy and eczema, and that propylene glycol and isopropyl "
        "alcohol are also of concern. We need a proper allergy test routine before colouring and gentler options "
        "for sensitive clients.",
        {"lZo114": 2, "lZo115": 2, "lZo116": 2, "lZo117": 2, "lZo014": 1},
    ),
    (
        "lZn41",
        "vi",
        "oureveryday_patch",
        "Tiệm tóc cần hướng dẫn test dị ứng thuốc nhuộm cho khách",
        "Tiệm tóc ở Cầu Ngang (Trà Vinh) muốn test dị ứng trước khi nhuộm vì khoảng 5% người dùng thuốc nhuộm bị dị ứng, "
        "chủ yếu do PPD. Hiện chỉ biết chấm thuốc vào khuỷu tay rồi theo dõi 48 giờ. Cần quy trình chuẩn và tập huấn "
        "cho thợ cách làm, cách đọc kết quả.",
        {"lZo114": 2, "lZo116": 2, "lZo117": 2, "lZo115": 2},
    ),
    (
        "lZn42",
        "en",
        "planetrescue",
        "Salon group wants to recycle hair clippings, foils and colour tubes",
        "Several salons in Trà Vinh city fill many bags a week with cotton wool, shampoo bottles, foils, colour tubes, "
        "towels, gloves and hair; everything goes to the dump. Like about 70% of salon workers, we never knew these "
        "can be recycled. We want a scheme to separate and recycle hair, metals and plastics.",
        {"lZo118": 2, "lZo119": 2, "lZo120": 2, "lZo121": 1, "lZo122": 1},
    ),
    (
        "lZn43",
        "vi",
        "cfissbd",
        "HTX rau muốn ủ tóc thải của tiệm tóc làm phân bón",
        "HTX trồng rau ở Tiểu Cần (Trà Vinh) được các tiệm tóc gần đó đề nghị nhận tóc cắt bỏ. Tóc giàu đạm, có nơi còn "
        "dùng tóc thấm dầu tràn. HTX muốn ủ tóc làm phân nhưng lo tóc tẩy, nhuộm có hóa chất. Cần hướng dẫn ủ an toàn.",
        {"lZo120": 2, "lZo122": 2, "lZo118": 1},
    ),
    (
        "lZn44",
        "vi",
        "chuyende_nuocthai",
        "Spa lớn cần hệ thống xử lý nước thải đạt QCVN",
        "Spa và tiệm gội ở TP Vĩnh Long thải nước từ gội đầu, tắm, giặt khăn, vệ sinh; nước thải sinh hoạt chứa nhiều "
        "chất hữu cơ (protein, hydrat cacbon), chất tẩy rửa, vi sinh vật. Phường yêu cầu xử lý trước khi xả. Cần hệ "
        "thống xử lý nước thải gọn, đạt quy chuẩn.",
        {"lZo109": 2, "lZo110": 2, "lZo111": 1, "lZo106": 1},
    ),
    (
        "lZn45",
        "en",
        "lowelights",
        "Salon wants to cut its water bill with low-flow fittings",
        "Our salon in Vĩnh Long city uses a great deal of water for shampoos, treatments and washing mixing bowls, "
        "and the water bill keeps rising in the dry season. We want low-flow fittings, lower pressure where "
        "possible and simple habits for staff to save water without hurting the service.",
        {"lZo152": 2, "lZo153": 2, "lZo154": 2, "lZo090": 2, "lZo113": 1},
    ),
    (
        "lZn46",
        "vi",
        "megasun_may",
        "Tiệm gội cần máy nước nóng heat pump thay bình nóng lạnh",
        "Tiệm gội đầu ở TP Trà Vinh dùng nhiều bình nóng lạnh điện trở, tiền điện cao. Nghe nói máy heat pump hút nhiệt "
        "từ không khí tiết kiệm hơn nhiều nhưng đầu tư đắt. Cần đơn vị tư vấn tính bài toán kinh tế và lắp hệ nước "
        "nóng bơm nhiệt phù hợp.",
        {"lZo150": 2, "lZo151": 2, "lZo154": 1},
    ),
    (
        "lZn47",
        "vi",
        "samstilla",
        "Salon ghi lịch bằng sổ tay, cần phần mềm đặt lịch và nhắc hẹn",
        "Salon ở Càng Long ghi lịch vào tờ giấy trên quầy; điện thoại reo liên tục, tin nhắn Facebook, email đặt lịch "
        "chờ trả lời, phụ việc phải bỏ dở khách để nhận lịch. Kết quả là trùng lịch, sót khách, thợ ngồi chờ khách "
        "không đến. Cần phần mềm đặt lịch trực tuyến, tự nhắc hẹn.",
        {"lZo140": 2, "lZo134": 2, "lZo130": 2, "lZo131": 2, "lZo132": 2, "lZo128": 1, "lZo135": 1, "lZo133": 1},
    ),
    (
        "lZn48",
        "en",
        "vocaly",
        "Nail salon losing appointments to no-shows needs automated reminders",
        "Our nail salon in Trà Vinh city has about 200 appointments a month, and like many salons we lose 15–30% "
        "to no-shows, so slots sit empty while we turned other clients away. We need automated reminders, "
        "confirmations and a waitlist to refill cancelled slots.",
        {"lZo130": 2, "lZo131": 2, "lZo132": 2, "lZo140": 2, "lZo128": 1, "lZo129": 1},
    ),
    (
        "lZn49",
        "en",
        "gh_topics_appt",
        "Barbers' group wants a free self-hosted booking site in Vietnamese",
        "A group of barbers in Vĩnh Long city wants one online booking page for all chairs. Paid booking "
        "platforms charge per seat and lack Vietnamese. We are looking for free, open-source booking software we "
        "can host ourselves, with services, staff working hours, notifications and a Vietnamese interface.",
        {"lZo128": 2, "lZo129": 1, "lZo133": 1},
    ),
    (
        "lZn50",
        "vi",
        "milicos",
        "Chuoi spa can phan mem quan ly tot: lich hen, hoa hong, kho my pham",
        "Chuoi 3 spa o TP Tra Vinh dang quan ly bang so va Excel. Can phan mem quan ly spa dam bao: dat lich khong "
        "trung, tinh luong va hoa hong ky thuat vien theo cap bac, quan ly kho my pham va vat tu, app cho khach.",
        {"lZo135": 2, "lZo140": 2, "lZo136": 1, "lZo137": 1, "lZo133": 1, "lZo134": 1},
    ),
    (
        "lZn51",
        "vi",
        "giaoducthoidai_nail",
        "Hội phụ nữ huyện muốn mở lớp dạy nghề nail ngắn hạn",
        "Hội Liên hiệp Phụ nữ huyện Trà Cú (Trà Vinh) thấy nhu cầu làm móng tăng nhanh, mỗi bộ móng từ khoảng 200 "
        "nghìn đến vài triệu đồng, thời gian học nghề ngắn. Muốn mở lớp nail ngắn hạn cho phụ nữ nông thôn để có việc "
        "làm tại chỗ. Cần đơn vị đào tạo, chương trình và mô hình lớp.",
        {"lZo142": 2, "lZo143": 2, "lZo080": 1},
    ),
    (
        "lZn52",
        "en",
        "danviet_nail",
        "Mothers want an evening nail-art course they can afford",
        "Several young mothers in Vĩnh Long city want to learn nail painting as a side job done in the evenings. "
        "Once skilled, one set earns 100,000–150,000 VND after costs and takes about 30–60 minutes. Courses cost "
        "around 10 million VND. We need a recognised short course that fits our time.",
        {"lZo143": 2, "lZo142": 1, "lZo038": 1},
    ),
    (
        "lZn53",
        "vi",
        "matphot",
        "Trung tâm GDNN muốn mở ngành chăm sóc da trình độ sơ cấp, trung cấp",
        "Trung tâm Giáo dục nghề nghiệp – GDTX huyện Cầu Kè (Trà Vinh) muốn mở lớp chăm sóc sắc đẹp: chăm sóc da không "
        "xâm lấn (gội dưỡng sinh, massage) và chăm sóc da có xâm lấn (vi kim, lăn kim, laser) vốn đòi hỏi trình độ "
        "trung cấp trở lên. Cần chương trình, giáo viên và đơn vị liên kết đào tạo.",
        {"lZo143": 2, "lZo147": 2, "lZo144": 2, "lZo146": 2, "lZo145": 1},
    ),
    (
        "lZn54",
        "en",
        "trolysuckhoe",
        "Spa needs certified skin-care training for its technicians",
        "Our spa in Long Hồ (Vĩnh Long) wants its technicians to hold a recognised skin-care certificate, not just "
        "a centre's course paper: ideally the vocational certificate valid nationwide. We need a school or academy "
        "that trains skin-care technicians and issues such certificates.",
        {"lZo146": 2, "lZo143": 2, "lZo145": 2},
    ),
    (
        "lZn55",
        "en",
        "vnexpress_nghe",
        "Youth union wants barber training for rural young people",
        "The youth union in Duyên Hải (Trà Vinh) wants to help school leavers learn hairdressing. Good courses take "
        "from a few months to a year; trainees cut wigs first and then real clients, and can then open a barber "
        "shop. Course fees in big cities run from over ten to several tens of millions of VND. We need a practical "
        "apprenticeship-style trainer.",
        {"lZo141": 2, "lZo143": 1},
    ),
    (
        "lZn56",
        "vi",
        "phunuthudo_goidau",
        "Salon muốn mở thêm dịch vụ gội đầu dưỡng sinh bài bản",
        "Salon tóc ở Tam Bình (Vĩnh Long) muốn mở dịch vụ gội đầu dưỡng sinh: gội bằng bồ kết, lá hương nhu, lá bưởi, "
        "sả, vỏ bưởi, kết hợp bấm huyệt, xoa bóp cho khách văn phòng hay mỏi mệt. Nghề này cần được đào tạo. Cần nơi "
        "đào tạo quy trình và kỹ thuật massage cho nhân viên.",
        {"lZo013": 2, "lZo144": 2, "lZo149": 1, "lZo009": 1},
    ),
    (
        "lZn57",
        "en",
        "ntcsm",
        "Start-up needs a small shampoo production line",
        "We plan a small shampoo and hair-care factory in Trà Vinh. The formulation will follow the allowed, "
        "restricted and banned ingredient lists, and we know active ingredients can oxidise or separate. We now need "
        "mixing vessels, process steps and filling equipment sized for a first line.",
        {"lZo156": 2, "lZo157": 2, "lZo160": 2, "lZo159": 2, "lZo158": 1, "lZo009": 1},
    ),
    (
        "lZn58",
        "vi",
        "skarsenal",
        "HTX cần thiết bị pha chế và chiết rót dầu gội quy mô nhỏ",
        "HTX ở Mang Thít (Vĩnh Long) muốn sản xuất dầu gội theo công thức riêng. Cần bồn chứa, bồn phản ứng trộn, bơm, "
        "máy chiết rót, dán nhãn và dụng cụ kiểm tra chất lượng từng mẻ; thiết bị dùng chung được cho các mỹ phẩm "
        "khác sau này. Không cần kỹ năng đặc biệt nhưng cần đầu tư ban đầu vừa sức.",
        {"lZo156": 2, "lZo157": 2, "lZo160": 2, "lZo159": 2, "lZo009": 1, "lZo158": 1},
    ),
    (
        "lZn59",
        "en",
        "miyoda",
        "Lotion maker needs a filling machine for gel, cream and lotion",
        "We make coconut body lotion and aloe gel in Trà Ôn and fill jars and bottles by hand, which is slow and "
        "uneven. We need a filling machine suited to viscous products such as gels, creams and lotions, and advice "
        "on integrating it with our mixing step.",
        {"lZo157": 2, "lZo159": 1, "lZo160": 1, "lZo158": 1},
    ),
    (
        "lZn60",
        "vi",
        "noinauruou_sa",
        "Nông dân trồng sả muốn chưng cất tinh dầu bán cho cơ sở xà phòng",
        "Nhóm nông dân ở Trà Cú (Trà Vinh) trồng sả trên đất nhiễm mặn, sả chịu được và cho năng suất cao; lợi nhuận "
        "từ lá và củ khoảng 90–110 triệu đồng/ha. Muốn tự chưng cất tinh dầu sả bán cho cơ sở xà phòng, spa và tận dụng "
        "bã. Cần thiết bị và quy trình chưng cất.",
        {"lZo161": 2, "lZo162": 2, "lZo163": 2, "lZo164": 1},
    ),
    (
        "lZn61",
        "en",
        "ladyfirst_sa",
        "Lemongrass cooperative wants export-grade citronella oil",
        "Our cooperative in Cầu Ngang (Trà Vinh) grows Java citronella (sả Java, sả xòe), the type used for soap, "
        "insect repellent and essential oil, on salty land where it still yields well; one planting lasts 3–4 years "
        "and 20 ha could earn 1.5–1.6 billion VND a year from oil. Soap makers abroad want oil that meets the "
        "export standard. We need distillation settings that give a compliant oil.",
        {"lZo164": 2, "lZo162": 1, "lZo161": 1, "lZo163": 1},
    ),
    (
        "lZn62",
        "en",
        "warung_vco",
        "Coconut farmers want to make virgin coconut oil instead of selling copra",
        "Coconut farmers in Vĩnh Long sell copra cheaply, while virgin coconut oil made from fresh kernels (white "
        "when solid, clear as water when liquid, keeping vitamin E) sells far higher for cosmetics. We need to "
        "choose between the wet process (coconut milk separated by heating, centrifuge, fermentation or enzymes) and "
        "the dry process (pressing dried grated coconut), and the matching equipment.",
        {"lZo019": 2, "lZo020": 2, "lZo021": 2, "lZo018": 2, "lZo025": 2, "lZo023": 1, "lZo024": 1},
    ),
    (
        "lZn63",
        "en",
        "harryd_soap",
        "Gift shop wants to move from melt-and-pour to real cold-process soap",
        "Our gift shop in Trà Vinh city makes soap from ready melt-and-pour bases. We want to make our own bars by "
        "the cold process, mixing coconut, olive and palm oils with sodium hydroxide so saponification turns them "
        "into soap, with local coconut oil as the star. We need training and a safe, tested method.",
        {"lZo033": 2, "lZo034": 2, "lZo035": 2, "lZo037": 2, "lZo038": 1, "lZo036": 1},
    ),
    (
        "lZn64",
        "vi",
        "twuniyu_label",
        "Cơ sở mỹ phẩm dừa cần thiết kế nhãn đúng quy định châu Âu",
        "Cơ sở mỹ phẩm dừa ở Châu Thành (Trà Vinh) có đơn hàng sang châu Âu. Nhãn phải có tên, địa chỉ người chịu trách "
        "nhiệm, danh sách thành phần theo khối lượng giảm dần, khối lượng tịnh, cảnh báo, hạn dùng hoặc thời hạn sau khi "
        "mở, chức năng sản phẩm, số lô, nước xuất xứ. Cần đơn vị tư vấn và in nhãn đạt yêu cầu.",
        {"lZo057": 2, "lZo058": 2, "lZo060": 2, "lZo059": 1},
    ),
    (
        "lZn65",
        "en",
        "scribd_aseangmp",
        "Contract manufacturer needs a cleanroom and quality system per ASEAN GMP",
        "We are a small contract cosmetics maker in Vĩnh Long. Clients ask whether we follow the ASEAN Guidelines for "
        "Cosmetic GMP: a quality management system with defined organisation, responsibilities and procedures, and "
        "control of starting materials, production, buildings, equipment and personnel. We need help to set up the "
        "system and upgrade the production rooms.",
        {"lZo054": 2, "lZo052": 2, "lZo055": 2, "lZo053": 2, "lZo056": 1},
    ),
    (
        "lZn66",
        "vi",
        "metisukanto_vco",
        "HTX cần máy ép lạnh dầu dừa tinh khiết từ cơm dừa sấy",
        "HTX ở Long Hồ (Vĩnh Long) muốn làm dầu dừa tinh khiết hiện đại: sấy khô cơm dừa già rồi ép lạnh, lọc nhiều lần "
        "để dầu trong, bảo quản lâu, thay cho cách truyền thống vắt nước cốt rồi lên men. Cần máy ép lạnh và quy trình "
        "kiểm soát nhiệt, tránh nguyên liệu tiếp xúc nhiệt.",
        {"lZo023": 2, "lZo021": 2, "lZo024": 1, "lZo018": 1, "lZo019": 1},
    ),
    (
        "lZn67",
        "vi",
        "mmoww_global",
        "Chuỗi salon cần sổ theo dõi vệ sinh, tiệt trùng điện tử",
        "Chuỗi 3 salon ở TP Vĩnh Long áp dụng quy trình: làm sạch sơ bộ, ngâm khử khuẩn đủ thời gian, rửa, tiệt trùng "
        "(hấp 121 °C 15 phút hoặc UV-C 254 nm 10 phút), bảo quản trong túi kín. Quản lý không kiểm soát được nhân viên "
        "có làm đủ giữa các khách không. Cần công cụ ghi nhật ký vệ sinh, tiệt trùng điện tử.",
        {"lZo075": 2, "lZo074": 1, "lZo073": 1},
    ),
    (
        "lZn68",
        "en",
        "hvnclc_dua",
        "Hotel spa wants private-label coconut toiletries from a local maker",
        "Our hotel spa in Trà Vinh city wants guest amenities and spa products (soap, shampoo, body lotion, face "
        "masks) made from Mekong coconut under our own brand, as Bến Tre and Trà Vinh firms now turn coconut into "
        "cosmetics. We need a maker able to develop and produce a private-label range.",
        {"lZo027": 2, "lZo059": 2, "lZo028": 1},
    ),
    (
        "lZn69",
        "vi",
        "fartice_autoclave",
        "Trung tâm dạy nghề muốn đưa học phần vệ sinh, tiệt trùng vào khóa nail",
        "Trung tâm dạy nghề ở TP Trà Vinh mở khóa nail. Muốn dạy học viên đúng quy trình: rửa dụng cụ dưới vòi nước, "
        "ngâm dung dịch khử khuẩn, rửa lại, lau khô, hấp 120–135 °C trong 20 phút, đóng túi (túi giấy kraft giữ vô "
        "trùng 3 ngày, túi hàn nhiệt 30 ngày). Cần tài liệu và giảng viên cho học phần này.",
        {"lZo080": 2, "lZo077": 2, "lZo074": 2, "lZo076": 1, "lZo073": 1, "lZo079": 1},
    ),
    (
        "lZn70",
        "en",
        "docz_saponin",
        "Student start-up wants to commercialise saponin cleansers",
        "A student team at Trà Vinh University studied saponins, natural foaming glycosides with antifungal and "
        "antibacterial activity used in cosmetics and detergents. We want to make a saponin-based shampoo and "
        "dish cleanser from local soap pods and soapberries, but our crude extracts foam poorly and spoil fast. We "
        "need a refining technology and a partner.",
        {"lZo001": 2, "lZo002": 2, "lZo003": 2},
    ),
    (
        "lZn71",
        "en",
        "mobsea",
        "Women's group wants a dry herbal shampoo powder that keeps without preservatives",
        "In India people washed hair with soapnut (Sapindus) boiled with amla and herbs; our grandmothers in Cầu Kè "
        "used bồ kết and bồ hòn the same way. Our women's group wants to sell a dry herbal shampoo powder that keeps "
        "on the shelf without preservatives and lathers when mixed with water. We need a tested formula.",
        {"lZo007": 2, "lZo004": 1, "lZo001": 1, "lZo065": 1},
    ),
    (
        "lZn72",
        "vi",
        "ctnh_vanban",
        "Spa cần đơn vị thu gom chất thải nguy hại và hướng dẫn khai báo",
        "Spa ở Bình Tân (Vĩnh Long) phát sinh vỏ hộp thuốc nhuộm, bông, găng dính hóa chất, kim dùng một lần. Theo Luật "
        "Bảo vệ môi trường 2020, chủ nguồn thải chất thải nguy hại phải khai báo khối lượng, loại chất thải và chuyển "
        "giao đúng quy định. Cần đơn vị thu gom hợp pháp và hướng dẫn thủ tục.",
        {"lZo108": 2, "lZo104": 1, "lZo105": 1},
    ),
    (
        "lZn73",
        "vi",
        "greenanswers",
        "Tiệm gội cần vòi sen, vòi nước tiết kiệm nước",
        "Tiệm gội đầu ở Cầu Kè (Trà Vinh) gội cho nhiều khách mỗi ngày. Vòi sen thường chảy khoảng 2,6 gallon mỗi phút, "
        "loại lưu lượng thấp chỉ 1,5–1,8 gallon mà áp lực gần như không đổi. Cần vòi sen, đầu vòi tiết kiệm và cách làm "
        "giảm tiền nước.",
        {"lZo152": 2, "lZo153": 2, "lZo154": 2, "lZo090": 2, "lZo113": 1},
    ),
    (
        "lZn74",
        "en",
        "jstore_nail",
        "Women's union wants nail-art trainers for a 3-month course",
        "The Women's Union in Vũng Liêm (Vĩnh Long) sees nail work, long linked to Vietnamese workers in the US, "
        "becoming a real trade at home: some graduates choose it, some open shops. We want a 3-month nail-care and "
        "nail-art course for young women and returning workers and need trainers and a programme.",
        {"lZo142": 2, "lZo143": 2},
    ),
    (
        "lZn75",
        "en",
        "megasun_uudiem",
        "Day spa wants to size a heat-pump hot-water system",
        "Our day spa in Vĩnh Long city heats water for showers, hair washing and towels with electric heaters. "
        "Heat pumps move heat from the air and use far less power, but have drawbacks and need care in use. We need "
        "a supplier to size a heat-pump system and show costs against our current heaters.",
        {"lZo150": 2, "lZo151": 2, "lZo154": 1},
    ),
]
