"""Needs for holdout119 (traditional craft villages): (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    (
        "mQn01",
        "vi",
        "nhang_danviet",
        "Cần máy se nhang tự động thay se tay",
        "Cơ sở nhang gia đình ở Càng Long hiện se tay, mỗi ngày chỉ được vài ngàn cây, cận Tết làm không kịp đơn của "
        "các tiệm. Muốn đầu tư máy se nhang tự động hoặc bán tự động, có trộn bột, để vợ chồng và 3-4 người làm công "
        "tăng sản lượng. Xin báo giá, công suất và hướng dẫn vận hành.",
        {"mQo009": 2, "mQo008": 2, "mQo007": 2, "mQo006": 2, "mQo005": 1, "mQo022": 1, "mQo016": 1},
    ),
    (
        "mQn02",
        "en",
        "nhang_didan",
        "Machine to split our own bamboo cores for incense sticks",
        "Our cooperative in Tiểu Cần makes incense but buys the bamboo core sticks from traders, and the price and "
        "quality vary. Members grow bamboo along canals. We want a simple, affordable splitter and stick maker to "
        "turn our bamboo into thin, even cores ourselves, ideally workable without much electricity.",
        {"mQo001": 2, "mQo002": 2, "mQo003": 1, "mQo010": 1, "mQo004": 1, "mQo015": 1},
    ),
    (
        "mQn03",
        "vi",
        "nhang_binhduc",
        "Can may che tam nhang, vot que tre",
        "Nha toi o Cau Ke lam nhang, tam tre phai mua ngoai ma gia len xuong hoai. Muon mua may che tam, vot que tre "
        "loai nho, gia vua phai, lam tai nha duoc, de tu lam tam nhang tu tre trong vuon. Ai co may xin lien he.",
        {"mQo001": 2, "mQo002": 2, "mQo010": 1, "mQo003": 1, "mQo015": 1},
    ),
    (
        "mQn04",
        "vi",
        "nhang_hoathanh",
        "Công thức nhang sạch dùng keo bời lời, không hóa chất",
        "Tổ hợp tác làm nhang ở Trà Ôn muốn chuyển sang nhang sạch từ quế, trầm, thảo dược, dùng bột bời lời làm keo "
        "thay cho keo hóa học và hương liệu tổng hợp. Cần quy trình sơ chế, xay, phối trộn và tỷ lệ keo để que nhang "
        "bám bột tốt, cháy đều.",
        {"mQo012": 2, "mQo014": 2, "mQo007": 1, "mQo011": 1, "mQo016": 1, "mQo017": 1, "mQo013": 1},
    ),
    (
        "mQn05",
        "en",
        "nhang_giadinh",
        "Incense without synthetic fragrance for a supermarket listing",
        "A small incense workshop in Châu Thành has been asked by a supermarket chain to supply incense made only from "
        "natural ingredients, with the ingredients printed on the pack. We need a proven natural formulation (herbs, "
        "wood powder, natural binder) and a way to show buyers our incense is not scented with chemicals.",
        {"mQo012": 2, "mQo014": 2, "mQo013": 1, "mQo017": 1, "mQo011": 1},
    ),
    (
        "mQn06",
        "vi",
        "nhang_hoathanh",
        "Sấy nhang khi mưa dầm nhiều ngày",
        "Cơ sở nhang ở Cầu Ngang phơi nhang ngoài sân, mùa mưa có khi cả tuần không có nắng, nhang ẩm bị mốc, cong "
        "que, phải bỏ. Cần buồng hoặc máy sấy vẫn chạy được khi trời mưa (có gia nhiệt bổ sung), chi phí vận hành vừa "
        "phải, sấy khoảng vài chục ngàn cây mỗi mẻ.",
        {
            "mQo158": 2,
            "mQo024": 2,
            "mQo029": 2,
            "mQo028": 2,
            "mQo146": 1,
            "mQo143": 1,
            "mQo144": 1,
            "mQo034": 1,
            "mQo025": 1,
            "mQo027": 1,
            "mQo035": 1,
            "mQo145": 1,
            "mQo030": 1,
            "mQo147": 1,
        },
    ),
    (
        "mQn07",
        "en",
        "nhang_gialai",
        "Fine powder dust in our incense grinding and mixing room",
        "Our incense workshop in Vũng Liêm grinds cinnamon bark and wood into powder and mixes it in a small room. "
        "The air is full of fine dust, workers cough, and dust settles everywhere. We are looking for a dust "
        "collection system sized for a small workshop, and advice on protecting the workers.",
        {"mQo120": 2, "mQo121": 2, "mQo122": 2, "mQo108": 1, "mQo112": 1, "mQo110": 1, "mQo123": 1},
    ),
    (
        "mQn08",
        "vi",
        "fire_langnghe_cuoinam",
        "Phòng cháy cho xưởng nhang có giàn phơi và kho bột",
        "Xưởng nhang ở Tiểu Cần có giàn phơi nhang, kho bột cưa, bột quế và giấy gói sát nhà ở. Năm ngoái trong xóm "
        "có vụ cháy nhỏ. Muốn được tư vấn và trang bị bình chữa cháy phù hợp, báo cháy, cách sắp xếp kho để giảm nguy "
        "cơ cháy.",
        {
            "mQo114": 2,
            "mQo115": 2,
            "mQo109": 2,
            "mQo111": 1,
            "mQo110": 1,
            "mQo117": 1,
            "mQo113": 1,
            "mQo108": 1,
            "mQo112": 1,
        },
    ),
    (
        "mQn09",
        "vi",
        "nhang_danviet",
        "Can may tron bot nhang va may rut tam tu dong",
        "Co so nhang nho o Tra Cu dang tron bot bang tay, rut tam cung bang tay nen cham. Can mua may tron bot va may "
        "rut tam tu dong, co huong dan chinh do am bot. Von khoang vai chuc trieu.",
        {"mQo007": 2, "mQo008": 2, "mQo006": 2, "mQo022": 1, "mQo009": 1},
    ),
    (
        "mQn10",
        "vi",
        "vangma_daotu",
        "Cần máy cắt xén giấy vàng mã thay cắt tay",
        "Hộ làm vàng mã ở Bình Minh in xong phải cắt từng xấp bằng dao, bàn cắt tay nên chậm và lệch. Muốn đầu tư máy "
        "cắt giấy loại cắt được xấp dày, có chặn giấy và cữ sau để cắt đều kích thước, phù hợp xưởng gia đình.",
        {"mQo036": 2, "mQo038": 2, "mQo037": 1, "mQo039": 1},
    ),
    (
        "mQn11",
        "en",
        "vangma_phucam",
        "Speeding up cutting on our old manual guillotine",
        "A joss paper household in Tam Bình owns an old manual guillotine and spends most of each day cutting printed "
        "stacks before Tết and the seventh lunar month. Buying a new cutter is expensive. We want to know whether "
        "our cutter can be automated, or which affordable cutter would give faster, accurate cuts.",
        {"mQo037": 2, "mQo036": 2, "mQo038": 1, "mQo039": 1},
    ),
    (
        "mQn12",
        "vi",
        "vangma_fire_hanoitv",
        "PCCC cho xưởng vàng mã nằm giữa khu dân cư",
        "Xưởng vàng mã ở Trà Cú nằm xen trong xóm, giấy, hàng mã chất đầy nhà, thuê thêm người làm thời vụ. Chính "
        "quyền nhắc nhở về PCCC. Cần được hướng dẫn trang bị bình chữa cháy, báo cháy, lối thoát và tập huấn cho "
        "người làm.",
        {"mQo114": 2, "mQo115": 2, "mQo117": 2, "mQo113": 1, "mQo109": 1, "mQo111": 1, "mQo116": 1},
    ),
    (
        "mQn13",
        "en",
        "joss_straits",
        "Cutting smoke from joss-paper burning at festivals",
        "The management board of a market and neighbouring pagoda in Trà Cú receives complaints about thick smoke "
        "when people burn joss paper on the 1st and 15th of the lunar month and at festivals. We look for a "
        "centralised burner with smoke treatment, or other proven ways to reduce the smoke without banning the "
        "custom.",
        {"mQo043": 2, "mQo044": 1},
    ),
    (
        "mQn14",
        "vi",
        "vangma_daotu",
        "Xử lý nước rửa khuôn in, máy in vàng mã",
        "Cơ sở in vàng mã ở Long Hồ rửa khuôn in, trục in hằng ngày, nước thải có màu mực đổ ra mương sau nhà, bị "
        "hàng xóm phản ánh. Cần giải pháp xử lý nước thải mực in quy mô nhỏ, chi phí thấp.",
        {"mQo045": 2, "mQo064": 1, "mQo067": 1, "mQo065": 1},
    ),
    (
        "mQn15",
        "en",
        "vangma_phucam",
        "Making our own base paper for joss paper",
        "A joss paper workshop in Càng Long buys thin base paper from outside the province. We have access to bamboo "
        "and rice straw and would like to know the process to make the coarse base paper ourselves, including how "
        "the foil and golden finish are applied.",
        {"mQo041": 2, "mQo046": 1},
    ),
    (
        "mQn16",
        "vi",
        "den_phubinh_dantoc",
        "Tăng năng suất làm lồng đèn giấy kiếng mùa Trung thu",
        "Cơ sở lồng đèn giấy kiếng ở Long Hồ vẫn phết hồ dán giấy bằng tay, mùa Trung thu thiếu thợ. Muốn học cách "
        "chia công đoạn hợp lý (chẻ nan, làm khung, dán, vẽ) và dùng máy dán keo để tăng số lượng mà vẫn giữ mẫu "
        "truyền thống.",
        {"mQo050": 2, "mQo055": 1, "mQo051": 1},
    ),
    (
        "mQn17",
        "en",
        "den_lhu",
        "Safe LED lights to replace candles in children's lanterns",
        "We make traditional bamboo-and-cellophane lanterns in Vĩnh Long city. Parents worry about candles setting "
        "lanterns on fire. We want a safe, cheap light source (LED, battery) that fits inside our lanterns, and "
        "guidance on heat and wiring so the paper does not scorch.",
        {"mQo047": 2, "mQo048": 2, "mQo155": 2},
    ),
    (
        "mQn18",
        "vi",
        "hungmy_village",
        "Làm lồng đèn từ chà dừa, gáo dừa để bán Trung thu",
        "HTX đan đát ở Hưng Mỹ (Châu Thành) có sẵn nguồn chà dừa, gáo dừa, muốn làm thêm lồng đèn và hàng trang trí "
        "từ dừa bán dịp Trung thu và cho khách du lịch. Cần mẫu mã, kỹ thuật và nơi hỗ trợ nhân rộng.",
        {"mQo052": 2, "mQo053": 2, "mQo102": 2, "mQo103": 1, "mQo051": 1},
    ),
    (
        "mQn19",
        "en",
        "den_phubinh",
        "Reviving traditional lantern designs in handmade paper",
        "A lantern workshop in Vĩnh Long wants a premium line for gift shops: traditional shapes (carp, rabbit, "
        "peach, star) made with traditional handmade paper instead of cellophane. We seek ready designs or artisans "
        "who can transfer the models and techniques.",
        {"mQo051": 2, "mQo054": 1, "mQo055": 1},
    ),
    (
        "mQn20",
        "vi",
        "den_phubinh2016",
        "Can den LED cho long den giay thay nen",
        "Minh lam long den giay kieng o Tra Vinh, nhieu phu huynh so den cay lam chay long den cua con. Can loai den "
        "LED chay pin, re, gan vao long den giay, khong nong lam chay giay.",
        {"mQo047": 2, "mQo048": 2, "mQo155": 2},
    ),
    (
        "mQn21",
        "vi",
        "chieu_baomoi",
        "HTX dệt chiếu cần máy dệt chiếu lác",
        "HTX dệt chiếu ở Hàm Tân (Trà Cú) phần lớn dệt tay, hai người một khung, mỗi ngày chỉ vài đôi. Muốn đầu tư "
        "máy dệt chiếu lác chạy điện, giá vừa với hộ nghèo, dệt được khổ rộng, và được hướng dẫn sử dụng.",
        {"mQo142": 2, "mQo056": 2, "mQo057": 2, "mQo159": 1, "mQo059": 1, "mQo061": 1},
    ),
    (
        "mQn22",
        "en",
        "chieu_vtv",
        "Colour-fast natural dyes for sedge mats",
        "Khmer mat weavers in Cà Hom, Trà Cú, dye sedge red, yellow, green and purple. Buyers complain that colours "
        "fade or bleed, and some want mats dyed with plant colours. We need dye recipes from local plants for sedge "
        "and a way to fix the colours so they last.",
        {"mQo060": 2, "mQo077": 1, "mQo078": 1, "mQo079": 1, "mQo080": 1, "mQo075": 1, "mQo076": 1, "mQo083": 1},
    ),
    (
        "mQn23",
        "vi",
        "chieu_nhandan",
        "Nước thải nhuộm lác chảy ra kênh",
        "Các hộ nhuộm lác làm chiếu ở Hàm Tân đổ nước nhuộm và nước rửa thẳng ra kênh, nước kênh đổi màu. Xã muốn có "
        "mô hình xử lý nước thải nhuộm lác quy mô hộ, chi phí thấp, dễ vận hành để nhân rộng.",
        {"mQo062": 2, "mQo063": 2, "mQo064": 2, "mQo065": 1, "mQo067": 1},
    ),
    (
        "mQn24",
        "en",
        "chieu_vietnamvn",
        "Drying split sedge when the rain will not stop",
        "Mat households in Trà Cú dry split sedge in the sun for two or three days before dyeing. In the rainy "
        "season the sedge stays damp, darkens and moulds. We need a dryer that keeps working in cloudy weather, "
        "affordable for a group of households.",
        {
            "mQo024": 2,
            "mQo029": 2,
            "mQo028": 2,
            "mQo158": 2,
            "mQo146": 1,
            "mQo027": 1,
            "mQo143": 1,
            "mQo144": 1,
            "mQo058": 1,
            "mQo030": 1,
            "mQo025": 1,
            "mQo034": 1,
            "mQo145": 1,
            "mQo147": 1,
        },
    ),
    (
        "mQn25",
        "vi",
        "chieu_nhandan_tag",
        "Thiết kế mẫu mã, bao bì cho chiếu hoa làm quà",
        "Làng chiếu Cà Hom (Trà Cú) muốn bán chiếu hoa hai mặt làm quà tặng, quà du lịch nhưng chiếu chỉ cuộn buộc "
        "dây. Cần thiết kế hoa văn mới và hộp, túi, nhãn cho sản phẩm đẹp, kể được câu chuyện làng nghề Khmer.",
        {"mQo061": 2, "mQo130": 2, "mQo131": 2, "mQo127": 1, "mQo125": 1, "mQo129": 1},
    ),
    (
        "mQn26",
        "en",
        "mat_congthanh",
        "Replacing two-person hand looms with a weaving machine",
        "Our mat group in Cầu Ngang still weaves on hand looms that need two people per mat, and young people do not "
        "want the work. We want a weaving machine for sedge mats that one person can run, with its price and daily "
        "output.",
        {"mQo056": 2, "mQo057": 2, "mQo142": 2, "mQo059": 1, "mQo159": 1},
    ),
    (
        "mQn27",
        "vi",
        "choi_tanthanhdong",
        "Làng bó chổi cần máy chặt đầu cán cho đều",
        "Làng nghề bó chổi cọng dừa ở Tân Hòa (Tiểu Cần) làm trên 1.000 cây mỗi ngày, khâu chặt đầu cán vẫn làm bằng "
        "dao nên không đều, mất thời gian. Cần máy chặt đầu cán và cách làm cán chắc, cùng kinh nghiệm chuẩn hóa trọng "
        "lượng chổi.",
        {"mQo089": 2, "mQo092": 1, "mQo093": 1, "mQo084": 1, "mQo090": 1},
    ),
    (
        "mQn28",
        "en",
        "choi_tv_logistics",
        "A collective brand for our broom village",
        "The coconut-rib broom village in Tiểu Cần sells through traders under no name. We want to register a "
        "collective trademark for the village and use it to get regular orders all year, and need someone who has "
        "done it to advise us.",
        {"mQo091": 2, "mQo092": 1, "mQo139": 1, "mQo135": 1, "mQo153": 1},
    ),
    (
        "mQn29",
        "vi",
        "choi_culaodung",
        "Cọng dừa phơi bị đen, mốc khi trời mưa",
        "Hộ làm chổi ở Cầu Kè mua cọng dừa về phơi, gặp mưa cọng bị đen, mốc, chổi bán bị ép giá. Cần cách sấy cọng "
        "dừa không phụ thuộc nắng, hoặc cách xử lý chống mốc khi chưa kịp phơi.",
        {
            "mQo028": 2,
            "mQo029": 2,
            "mQo158": 2,
            "mQo024": 2,
            "mQo146": 1,
            "mQo144": 1,
            "mQo143": 1,
            "mQo084": 1,
            "mQo094": 1,
        },
    ),
    (
        "mQn30",
        "en",
        "choi_vinhchanh",
        "Adding grass (đót) brooms to our coconut broom line",
        "A broom maker in Càng Long wants to add soft grass-flower brooms for indoor use. We need the production "
        "process, how to dry and keep the flowers green, and how to bind the broom neatly.",
        {"mQo087": 2, "mQo088": 2},
    ),
    (
        "mQn31",
        "vi",
        "choi_myan",
        "Can ban choi cong dua len mang, lam thuong hieu",
        "To hop tac bo choi o Tieu Can muon ban choi cong dua tren mang va san thuong mai dien tu, co ten tuoi rieng, "
        "khong le thuoc thuong lai. Can nguoi huong dan cach dua len san va lam nhan hieu.",
        {"mQo091": 2, "mQo137": 2, "mQo135": 1, "mQo136": 1, "mQo139": 1, "mQo141": 1, "mQo140": 1},
    ),
    (
        "mQn32",
        "en",
        "daian_vov",
        "Mould and powder-post beetles in miniature bamboo souvenirs",
        "Our bamboo-weaving group in Đại An, Trà Cú, makes miniature farm tools and baskets for tourists. After a few "
        "months in shops some pieces show mould spots and fine powder from beetles, and buyers return them. We need "
        "a treatment for bamboo before weaving that is safe for workers and customers.",
        {
            "mQo094": 2,
            "mQo095": 2,
            "mQo150": 2,
            "mQo151": 2,
            "mQo152": 2,
            "mQo148": 1,
            "mQo149": 1,
            "mQo096": 1,
            "mQo097": 1,
            "mQo028": 1,
        },
    ),
    (
        "mQn33",
        "vi",
        "travinh_langnghe",
        "Bảo quản tre đan lát không dùng hóa chất độc",
        "Tổ đan tre ở Trà Cú muốn xử lý tre chống mọt, mốc nhưng sợ hóa chất độc ảnh hưởng người đan và khách mua, "
        "nhất là đồ đựng thực phẩm. Cần cách ngâm, tẩm an toàn, rẻ, làm được ở quy mô hộ.",
        {"mQo149": 2, "mQo095": 2, "mQo094": 2, "mQo148": 1, "mQo150": 1, "mQo151": 1, "mQo152": 1, "mQo097": 1},
    ),
    (
        "mQn34",
        "vi",
        "hungmy_village",
        "Lục bình phơi khô bị mốc đen trước khi đan",
        "HTX đan lục bình ở Hưng Mỹ (Châu Thành) thu lục bình về phơi, nhiều đợt cọng chưa khô đã mốc đen, sản phẩm "
        "đan ra bị trả lại. Cần quy trình chọn cây, phơi, sấy và bảo quản sợi lục bình để không mốc.",
        {"mQo098": 2, "mQo099": 2, "mQo101": 2, "mQo100": 1, "mQo028": 1, "mQo029": 1, "mQo158": 1, "mQo144": 1},
    ),
    (
        "mQn35",
        "en",
        "travinh_langnghe",
        "Export-quality water hyacinth bags",
        "A water hyacinth weaving group in Tam Bình sells baskets locally but an importer asks for export quality: "
        "even colour, no mould, durable weave. We need the processing know-how (harvest age, drying, steaming, "
        "dyeing) that exporters use.",
        {"mQo100": 2, "mQo098": 1, "mQo099": 1, "mQo101": 1, "mQo125": 1, "mQo132": 1},
    ),
    (
        "mQn36",
        "vi",
        "dua_chixo_songthom",
        "Làm hàng mỹ nghệ từ gáo dừa, gỗ dừa",
        "Hộ làm vườn dừa ở Châu Thành (Trà Vinh) có nhiều gáo dừa, thân dừa già bỏ đi. Muốn học làm hàng mỹ nghệ, đồ "
        "gia dụng từ gáo dừa, gỗ dừa để bán cho khách du lịch, cần mẫu sản phẩm và nơi chuyển giao kỹ thuật.",
        {"mQo102": 2, "mQo103": 2, "mQo053": 2, "mQo052": 1, "mQo097": 1},
    ),
    (
        "mQn37",
        "vi",
        "gom_mangthit",
        "Chuyển đổi lò nung gạch gốm giảm khói",
        "Cơ sở gạch gốm ở Mang Thít còn dùng lò nung kiểu cũ đốt trấu, củi, khói bụi nhiều, bị nhắc nhở về môi trường. "
        "Muốn chuyển sang công nghệ lò nung mới ít ô nhiễm, tiết kiệm nhiên liệu, cần tư vấn và hỗ trợ chuyển đổi.",
        {"mQo106": 2, "mQo107": 1},
    ),
    (
        "mQn38",
        "en",
        "gom_mangthit",
        "Cleaner firing technology for a red-clay pottery kiln",
        "A family red-clay pottery kiln in Mang Thít fires with rice husk and wood in an old kiln that smokes the "
        "neighbourhood. We want a cleaner, more fuel-efficient kiln design and support to convert.",
        {"mQo106": 2, "mQo107": 1},
    ),
    (
        "mQn39",
        "en",
        "vangma_fire_hanoitv",
        "Fast first response to fires in narrow craft lanes",
        "Our craft hamlet in Cầu Kè has paper, bamboo and mat workshops along lanes too narrow for fire trucks. The "
        "hamlet wants equipment and an organisation that can put out a fire in the first minutes, plus alarms in "
        "the workshops.",
        {"mQo113": 2, "mQo114": 2, "mQo115": 1, "mQo117": 1, "mQo111": 1, "mQo116": 1},
    ),
    (
        "mQn40",
        "vi",
        "dust_nhua_risk",
        "Xưởng nhang bụi bột bay nhiều, cần hệ thống hút bụi",
        "Xưởng nhang ở Duyên Hải xay bột cưa, bột quế, bụi bay khắp xưởng, công nhân ho, máy mau hư. Cần lắp hệ thống "
        "hút và lọc bụi phù hợp xưởng nhỏ, không tốn điện quá nhiều.",
        {"mQo120": 2, "mQo121": 2, "mQo122": 2, "mQo123": 1, "mQo108": 1},
    ),
    (
        "mQn41",
        "en",
        "fire_antd",
        "Which fire extinguishers for a mat and broom workshop",
        "Our workshop in Trà Ôn stores dried sedge, coconut ribs and finished mats and runs electric motors. After an "
        "electrical short nearly caused a fire, we want to know which extinguishers to buy, how many, where to put "
        "them, and who can refill them.",
        {"mQo109": 2, "mQo111": 2, "mQo115": 2, "mQo114": 1, "mQo110": 1, "mQo116": 1},
    ),
    (
        "mQn42",
        "vi",
        "dust_thuocla",
        "Đánh giá an toàn, vệ sinh lao động cho xưởng nhang và chẻ tre",
        "Cơ sở nhang ở Càng Long có 15 lao động, làm các khâu chẻ tre, xay bột, se nhang, sấy. Đối tác nước ngoài yêu "
        "cầu đánh giá an toàn và sức khỏe nghề nghiệp. Cần đơn vị khảo sát, đo môi trường xưởng và đề xuất biện pháp.",
        {"mQo123": 2, "mQo124": 1, "mQo121": 1, "mQo120": 1, "mQo108": 1},
    ),
    (
        "mQn43",
        "en",
        "inc_bizvaani",
        "Export packaging that keeps incense dry and unbroken",
        "An incense producer in Trà Vinh city has a first export order. Sticks break in transit and absorb moisture "
        "at sea. We need packaging design that protects the sticks, suits the destination market's rules and still "
        "looks like a crafted product.",
        {"mQo125": 2, "mQo126": 1, "mQo128": 1, "mQo016": 1},
    ),
    (
        "mQn44",
        "vi",
        "chieu_sggp",
        "Thay túi nilon bằng bao bì giấy, đay cho chiếu",
        "HTX chiếu muốn bỏ túi nilon bọc chiếu, chuyển sang bao bì giấy hoặc đay, dây buộc tự nhiên cho hợp với sản "
        "phẩm thủ công và khách nước ngoài, nhưng sợ đắt. Cần tư vấn chọn vật liệu bao bì thân thiện, giá hợp lý.",
        {"mQo128": 2, "mQo129": 2, "mQo126": 2, "mQo127": 1, "mQo130": 1},
    ),
    (
        "mQn45",
        "en",
        "dua_tuhaoviet",
        "Packaging and label redesign for an OCOP coconut craft line",
        "A coconut craft group in Châu Thành is preparing its products for OCOP rating. The current packs are plain "
        "plastic bags with a photocopied label. We need a designer to create packaging and labels that present the "
        "product clearly and tell its story.",
        {"mQo130": 2, "mQo131": 2, "mQo127": 1, "mQo126": 1, "mQo154": 1},
    ),
    (
        "mQn46",
        "vi",
        "nhang_gialai",
        "Can thiet ke hop giay dung nhang, in nhan",
        "Co so nhang o Vung Liem dang ban nhang bo bang giay bao, muon lam hop giay co nhan dep de vao sieu thi, "
        "cua hang. Can don vi thiet ke bao bi va nhan.",
        {"mQo130": 2, "mQo131": 2, "mQo125": 1, "mQo126": 1, "mQo128": 1},
    ),
    (
        "mQn47",
        "vi",
        "chieu_sggp",
        "Bán chiếu qua livestream",
        "HTX dệt chiếu muốn tự livestream bán chiếu hoa, giới thiệu cảnh dệt chiếu ngay tại khung dệt, nhưng chưa "
        "biết chuẩn bị kịch bản, thiết bị, khung giờ. Cần được hướng dẫn và hỗ trợ tổ chức vài phiên đầu.",
        {"mQo135": 2, "mQo136": 2, "mQo140": 2, "mQo137": 1, "mQo139": 1},
    ),
    (
        "mQn48",
        "en",
        "hyac_mekongwonders",
        "Selling our water hyacinth baskets on a global handmade marketplace",
        "Our water hyacinth cooperative in Tam Bình has about 15 weavers and wants to sell directly to foreign "
        "customers through a handmade marketplace. We need to know whether a cooperative is eligible, the fees, "
        "photo and listing rules, and production-time limits.",
        {"mQo132": 2, "mQo133": 2, "mQo134": 1},
    ),
    (
        "mQn49",
        "vi",
        "den_vinhlong_market",
        "Bán lồng đèn online mùa Trung thu",
        "Cơ sở lồng đèn giấy kiếng ở TP Vĩnh Long muốn bán hàng trên sàn thương mại điện tử và livestream trước Trung "
        "thu để không phụ thuộc đại lý. Cần hướng dẫn đưa sản phẩm lên sàn, đóng gói giao hàng và tổ chức bán trực "
        "tiếp.",
        {"mQo137": 2, "mQo135": 2, "mQo136": 2, "mQo140": 1, "mQo139": 1, "mQo141": 1},
    ),
    (
        "mQn50",
        "en",
        "dua_ninebegin",
        "E-commerce training and QR traceability for a coconut-shell craft maker",
        "A coconut-shell craft maker in Cầu Kè wants to sell online across Vietnam and show buyers where and how each "
        "piece was made. We need training in e-commerce and a traceability system with QR codes on our packs.",
        {"mQo138": 2, "mQo139": 2, "mQo153": 2, "mQo154": 2, "mQo137": 1, "mQo132": 1},
    ),
    (
        "mQn51",
        "en",
        "sell_amz10",
        "Automating orders and shipping for our online mat shop",
        "A mat cooperative that already sells on an international handmade marketplace now has hundreds of listings "
        "and spends hours copying orders and tracking numbers by hand. We want software that manages listings, "
        "orders and shipping automatically.",
        {"mQo134": 2, "mQo133": 1, "mQo137": 1},
    ),
    (
        "mQn52",
        "vi",
        "chieu_vietnamvn",
        "Nhuộm màu tự nhiên từ dừa nước, lá cây cho sản phẩm dệt",
        "Nhóm phụ nữ Khmer ở Trà Cú dệt khăn, túi muốn nhuộm bằng màu tự nhiên từ cây có sẵn ở địa phương như trái "
        "dừa nước, lá bàng, lá xoài để bán cho khách du lịch. Cần quy trình chiết màu và cách giữ màu bền.",
        {"mQo075": 2, "mQo076": 2, "mQo060": 1, "mQo077": 1, "mQo080": 1},
    ),
    (
        "mQn53",
        "en",
        "dua_mynghe_baodongkhoi",
        "Annatto and turmeric dyes for coconut fibre products",
        "A coconut-fibre weaving group in Châu Thành wants warm yellow and orange colours from plants for its bags "
        "and mats, using annatto seed and turmeric that grow locally. We need dye-bath recipes and advice on "
        "fastness.",
        {"mQo078": 2, "mQo079": 2, "mQo077": 1, "mQo081": 1, "mQo083": 1},
    ),
    (
        "mQn54",
        "vi",
        "chieu_baomoi",
        "Nhuom mau tu nhien cho lac bi phai, can chat cam mau",
        "Minh nhuom lac bang cay nha la, mau dep nhung phoi nang vai lan la phai. Can biet dung chat cam mau nao, ty "
        "le bao nhieu, an toan khong, mua o dau.",
        {"mQo077": 2, "mQo080": 2, "mQo083": 1, "mQo081": 1, "mQo060": 1, "mQo076": 1},
    ),
    (
        "mQn55",
        "en",
        "chieu_langnghe",
        "Low-cost household treatment for sedge dyeing wastewater",
        "The commune authority in Trà Cú wants a household-scale system for mat-dyeing families that treats the dye "
        "wastewater and costs little to build and run, so that it can be copied across the village.",
        {"mQo062": 2, "mQo063": 2, "mQo064": 1, "mQo065": 1, "mQo067": 1, "mQo069": 1},
    ),
    (
        "mQn56",
        "vi",
        "chieu_vtv",
        "Khử màu nước thải nhuộm lác",
        "Hộ nhuộm lác ở Trà Cú xả nước nhuộm còn màu đậm, đã có hố lắng nhưng nước vẫn đỏ, tím. Cần phương pháp khử "
        "màu, keo tụ đơn giản, hóa chất dễ mua, liều lượng rõ ràng.",
        {"mQo064": 2, "mQo062": 1, "mQo063": 1, "mQo065": 1, "mQo045": 1},
    ),
    (
        "mQn57",
        "en",
        "nhang_conphuoc",
        "Hand-driven incense rolling device for home workers",
        "Women in Duyên Hải roll incense by hand at home for a workshop and earn little per thousand sticks. Many "
        "homes have unreliable power. We look for a low-cost, hand-operated device that coats paste onto sticks "
        "faster and more evenly.",
        {"mQo005": 2, "mQo009": 1, "mQo006": 1, "mQo007": 1},
    ),
    (
        "mQn58",
        "en",
        "den_lhu",
        "Organising lantern production for the Mid-Autumn peak",
        "A lantern workshop in Vĩnh Long has only a few weeks of peak demand. We want to learn how established "
        "lantern villages split the work, which steps can use simple machines, and what output per worker to "
        "expect.",
        {"mQo050": 2, "mQo055": 1},
    ),
    (
        "mQn59",
        "vi",
        "chieu_baomoi",
        "Tận dụng lác vụn làm biogas đun nồi nhuộm",
        "Hộ dệt chiếu ở Trà Cú thải ra nhiều lác vụn, đầu chiếu, trong khi nồi nhuộm phải đốt củi tốn kém. Muốn làm "
        "hầm biogas dùng phế phẩm lác để lấy khí đun nồi nhuộm, kết hợp xử lý nước thải.",
        {"mQo063": 2, "mQo062": 2, "mQo070": 1, "mQo071": 1},
    ),
    (
        "mQn60",
        "en",
        "daian_baotravinh",
        "Drying bamboo strips for weaving without mould",
        "Bamboo weavers in Đại An split bamboo into strips and dry them in the yard; in the wet months strips mould "
        "and crack. We want a dryer suited to bamboo strips, with data on temperature, humidity and drying defects.",
        {
            "mQo030": 2,
            "mQo028": 2,
            "mQo029": 1,
            "mQo158": 1,
            "mQo024": 1,
            "mQo096": 1,
            "mQo033": 1,
            "mQo144": 1,
            "mQo143": 1,
        },
    ),
    (
        "mQn61",
        "vi",
        "daian_vov",
        "Làm sản phẩm tre trúc thu nhỏ làm quà lưu niệm",
        "Tổ đan tre ở Trà Cú làm rổ, thúng cỡ lớn bán chậm, lãi ít. Muốn chuyển sang làm bộ đồ dùng nông thôn thu "
        "nhỏ làm quà lưu niệm cho khách du lịch, cần mẫu và người truyền nghề.",
        {"mQo105": 2, "mQo127": 1},
    ),
    (
        "mQn62",
        "en",
        "den_phubinh_dantoc",
        "Machine for splitting thin bamboo ribs for lantern frames",
        "Our lantern workshop in Long Hồ splits bamboo ribs for frames by knife, which is slow and uneven. We need a "
        "small machine that splits and sizes thin bamboo strips.",
        {"mQo010": 2, "mQo002": 2, "mQo001": 1, "mQo003": 1},
    ),
    (
        "mQn63",
        "vi",
        "fire_langnghe_cuoinam",
        "Phòng cháy cho kho chứa lác khô và chiếu",
        "HTX chiếu ở Trà Cú có kho chứa lác khô và chiếu thành phẩm cạnh nhà dân, mùa khô rất dễ cháy. Cần trang bị "
        "bình chữa cháy, báo cháy và hướng dẫn sắp xếp kho an toàn.",
        {"mQo114": 2, "mQo115": 2, "mQo117": 1, "mQo109": 1, "mQo113": 1},
    ),
    (
        "mQn64",
        "en",
        "dye_brighton",
        "Safe disposal of alum mordant and natural dye baths",
        "Our natural-dye workshop in Cầu Ngang uses alum and plant dyes. Neighbours worry about what we pour out. We "
        "need guidance on handling and disposing of spent mordant and dye baths safely.",
        {"mQo081": 2, "mQo080": 1, "mQo064": 1, "mQo077": 1},
    ),
    (
        "mQn65",
        "vi",
        "hyac_de",
        "Bao bì xuất khẩu cho hàng đan lục bình",
        "Cơ sở đan lục bình ở Tam Bình có đơn xuất khẩu đầu tiên, lo hàng bị dập, ẩm mốc khi đi container. Cần tư vấn "
        "đóng gói xuất khẩu bảo vệ sản phẩm và đạt yêu cầu nước nhập khẩu.",
        {"mQo125": 2, "mQo129": 1, "mQo127": 1, "mQo126": 1},
    ),
    (
        "mQn66",
        "en",
        "nhang_hoahao",
        "Equipment to make incense cones",
        "An incense workshop in Trà Ôn wants to add incense cones (small cone incense) to its stick products. We "
        "need the moulds and machines and the powder preparation method.",
        {"mQo007": 2, "mQo014": 1, "mQo011": 1},
    ),
    (
        "mQn67",
        "vi",
        "den_phubinh",
        "Nan tre làm lồng đèn bị mốc khi trữ",
        "Cơ sở lồng đèn ở Trà Vinh chẻ nan tre từ đầu năm để trữ cho mùa Trung thu nhưng nan hay bị mốc, mọt. Cần "
        "cách sấy và xử lý nan tre trước khi trữ.",
        {"mQo028": 2, "mQo030": 2, "mQo029": 1, "mQo148": 1, "mQo094": 1, "mQo152": 1},
    ),
    (
        "mQn68",
        "en",
        "dua_dhxd",
        "Protecting coconut wood carvings from termites",
        "A coconut-wood carving workshop in Giồng Trôm finds termites in stored coconut logs and in finished bowls. "
        "We want a treatment for coconut wood before carving, preferably simple and without strong chemicals.",
        {"mQo097": 2, "mQo094": 1, "mQo095": 1, "mQo152": 1},
    ),
    (
        "mQn69",
        "en",
        "dust_lumberjocks",
        "Dust explosion risk from incense powder and sawdust",
        "Our incense factory in Tiểu Cần stores sawdust and grinds fine powder. An insurer warned that fine dust can "
        "explode. We need an assessment of combustible dust risk and a housekeeping and extraction plan.",
        {"mQo108": 2, "mQo112": 2, "mQo110": 2, "mQo109": 1, "mQo120": 1, "mQo122": 1},
    ),
    (
        "mQn70",
        "en",
        "vangma_daotu",
        "Small paper cutter for short joss paper runs",
        "A household in Trà Ôn makes small runs of joss paper by hand and only needs to trim a few hundred sheets a "
        "day. We want an inexpensive manual cutter that gives square, clean cuts.",
        {"mQo039": 2, "mQo036": 1, "mQo038": 1},
    ),
    (
        "mQn71",
        "vi",
        "sell_thainguyen",
        "Truy xuất nguồn gốc bằng mã QR cho nhang OCOP",
        "Cơ sở nhang quế ở Vũng Liêm đang làm hồ sơ OCOP, cần gắn mã QR truy xuất nguồn gốc trên hộp nhang và được tập "
        "huấn về mã số mã vạch.",
        {"mQo153": 2, "mQo154": 2, "mQo139": 2, "mQo138": 1},
    ),
    (
        "mQn72",
        "en",
        "choi_vinhchanh2",
        "Grading coconut ribs and brooms to a standard weight",
        "A broom workshop in Tiểu Cần gets complaints that brooms differ in weight and stiffness. We want a method to "
        "sort ribs by length and bundle brooms to standard weights, as larger broom villages do.",
        {"mQo084": 2, "mQo092": 2, "mQo089": 1, "mQo093": 1},
    ),
    (
        "mQn73",
        "vi",
        "dye_lacay",
        "Làm thuốc nhuộm tự nhiên từ trái dừa nước",
        "Vùng ven biển Duyên Hải có nhiều dừa nước, vỏ trái bỏ đi. Hộ khởi nghiệp muốn chiết dịch nhuộm tự nhiên từ "
        "vỏ trái dừa nước để bán cho cơ sở nhuộm vải, cần quy trình chiết và tỷ lệ.",
        {"mQo075": 2, "mQo076": 1},
    ),
    (
        "mQn74",
        "en",
        "chieu_dinhyen",
        "Pooling money for shared mat-weaving machines",
        "Several mat households in Trà Cú want to pool money to buy weaving machines together instead of each "
        "buying one. We need examples of how other villages organised shared machines and what they cost.",
        {"mQo056": 2, "mQo142": 2, "mQo057": 1, "mQo159": 1},
    ),
    (
        "mQn75",
        "vi",
        "choi_tanthanhdong",
        "Bện chổi cọng dừa chắc, không rụng cọng",
        "Chổi cọng dừa của nhóm phụ nữ ở Tiểu Cần hay rụng cọng sau vài tuần sử dụng, khách phàn nàn. Cần hướng dẫn kỹ "
        "thuật bện, buộc và đóng cán để chổi chắc, bền.",
        {"mQo089": 2, "mQo090": 1, "mQo084": 1, "mQo087": 1},
    ),
]
