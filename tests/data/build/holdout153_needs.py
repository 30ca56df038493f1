"""Needs for holdout153 (cassava and sweet potato processing): (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    # --- fresh-root storage ---
    (
        "nYn01",
        "vi",
        "tf_cassava_perish",
        "Cần cách giữ củ sắn tươi vài tuần chờ bán",
        "Hợp tác xã chúng tôi ở xã Hiệp Mỹ Tây, Cầu Ngang (Trà Vinh) trồng sắn trên đất giồng cát. Củ sắn không có giai "
        "đoạn ngủ nghỉ nên để ở nhiệt độ thường chỉ được khoảng 3 ngày là thâm, hỏng; thương lái thì hay hẹn lâu. Cần "
        "phương pháp chi phí thấp giữ củ tươi được 2–4 tuần mà không mất chất lượng.",
        {
            "nYo001": 2,
            "nYo003": 2,
            "nYo002": 2,
            "nYo004": 2,
            "nYo009": 2,
            "nYo007": 2,
            "nYo016": 1,
            "nYo008": 1,
            "nYo006": 1,
        },
    ),
    (
        "nYn02",
        "en",
        "lebot_fresh_export",
        "Keeping fresh cassava sellable for supermarket and export buyers",
        "Our trading company in Tra Cu, Tra Vinh, wants to sell fresh cassava roots to supermarket chains and "
        "possibly ethnic markets abroad, where buyers want mature, clean roots of at least 20 cm length and 5 cm "
        "thickness, intact skin and white flesh with no grey streaks. Our roots show blue-black streaking one or "
        "two days after harvest. We need handling, packing or treatment methods that keep roots presentable for "
        "about two weeks.",
        {"nYo002": 2, "nYo007": 2, "nYo006": 2, "nYo004": 2, "nYo001": 1, "nYo016": 1, "nYo008": 1, "nYo003": 1},
    ),
    (
        "nYn03",
        "vi",
        "quehuong_khoailang_bq",
        "Can cach tru khoai lang tim 1-2 thang cho gia len",
        "Nha toi o xa Thanh Trung, Binh Tan (Vinh Long) trong khoai lang tim Nhat. Troi nong am nen khoai mau hu, moc "
        "mam; nghe noi khoai thich hop tru o khoang 12-15 do C, do am khoang 85%, thoang gio thi giu duoc lau. Can huong "
        "dan cach xu ly sau thu hoach va kho tru don gian de giu khoai 1-2 thang cho gia len roi ban.",
        {"nYo013": 2, "nYo014": 2, "nYo010": 2, "nYo011": 1, "nYo012": 1, "nYo015": 1},
    ),
    (
        "nYn04",
        "en",
        "2lua_binhtan",
        "Curing room and cool store for purple sweet potato exports",
        "We are a sweet potato collector in Tan Quoi, Binh Tan (Vinh Long). Farmers here harvest purple Japanese "
        "sweet potato after 4-5 months at 50-60 quintals per cong, and the price swings between about 350,000 and "
        "390,000 dong per quintal. We want a curing room and a cool store so we can hold export-grade roots for "
        "three to six months instead of selling at harvest.",
        {"nYo010": 2, "nYo013": 2, "nYo012": 1, "nYo011": 1, "nYo014": 1},
    ),
    (
        "nYn05",
        "vi",
        "123doc_khoailang_dbscl",
        "Trữ khoai lang tại ruộng khi rớt giá",
        "Tổ hợp tác khoai lang ở Trà Ôn (Vĩnh Long): tỉnh sản xuất khoảng 400.000 tấn khoai mỗi năm, hơn 80% là khoai tím "
        "Nhật, một nửa bán tiểu ngạch sang Trung Quốc. Năm rớt giá từng có hơn 4.000 ha khoai quá lứa mà không dám thu vì "
        "tiền bán không đủ trả công. Chúng tôi cần cách trữ khoai đơn giản ngay tại ruộng hoặc nhà (hầm, luống cát) trong "
        "2–3 tháng.",
        {"nYo014": 2, "nYo013": 1, "nYo011": 1, "nYo015": 1, "nYo010": 1},
    ),
    (
        "nYn06",
        "en",
        "gtz_cassava_storage",
        "Holding incoming cassava roots 3-5 days before rasping",
        "Our starch workshop in Cau Ke, Tra Vinh, buys roots from many small farms. Roots start to deteriorate "
        "within 2-3 days: first a blue-black discoloration spreading from the central vascular bundle at cut and "
        "broken ends, later rotting. Discoloured roots lose value and starch quality. We need practical ways to "
        "hold roots in the yard for 3-5 days when deliveries bunch up.",
        {"nYo016": 2, "nYo004": 2, "nYo002": 2, "nYo008": 1, "nYo001": 1, "nYo003": 1, "nYo006": 1, "nYo009": 1},
    ),
    (
        "nYn07",
        "vi",
        "sweetarmor_curing",
        "Thiết kế phòng xử lý lành vết thương và kho mát cho khoai lang nguyên liệu",
        "Cơ sở sấy khoai lang của chúng tôi ở Tam Bình (Vĩnh Long) cần nguồn khoai đều chất lượng quanh năm. Được biết khoai "
        "cần được ủ ở khoảng 27–29°C, ẩm độ khoảng 90% trong 6–8 ngày, thông gió tốt để lành vết thương và ngọt hơn, còn khoai "
        "chưa xử lý phải bán ngay. Cần thiết kế phòng xử lý và kho mát quy mô vài chục tấn.",
        {"nYo010": 2, "nYo011": 2, "nYo013": 2, "nYo014": 1, "nYo012": 1},
    ),
    # --- peeling, washing and grating ---
    (
        "nYn08",
        "vi",
        "researcher_hopper",
        "Cần máy mài sắn nhỏ, sạch, chạy điện 1 pha",
        "Cơ sở làm bánh khoai mì nướng và bánh tằm ở Châu Thành (Trà Vinh) đang mài củ bằng bàn mài và một máy mài cũ kiểu "
        "trống: bột nhão lẫn nhiều mẩu sắn chưa mài, năng suất thấp, khó vệ sinh. Chúng tôi cần máy mài củ sắn nhỏ gọn, phần "
        "tiếp xúc bằng inox dễ rửa, chạy điện 1 pha, khoảng 150–200 kg/giờ, giá vừa túi tiền.",
        {"nYo017": 2, "nYo023": 2, "nYo019": 1, "nYo018": 1},
    ),
    (
        "nYn09",
        "en",
        "evelyn_peeler",
        "Mechanical cassava peeler that also washes roots",
        "Our flour workshop in Tra Cu, Tra Vinh, peels about 2 t of cassava a day with knives, which ties up "
        "several workers for the whole day. We are looking for a peeling machine that removes the skin by "
        "friction and washes the roots at the same time, ideally one that can be built or repaired by local "
        "mechanics.",
        {"nYo020": 2, "nYo022": 2, "nYo023": 2, "nYo024": 1, "nYo021": 1},
    ),
    (
        "nYn10",
        "vi",
        "scribd_grater_buy",
        "May mai san bi mon, bot khong deu",
        "Xuong bot mi o Tieu Can (Tra Vinh) dung may mai kieu trong quay, mat mai mon nhanh, cang ve sau bot cang khong deu, "
        "con lan nhieu mau san chua mai. Can giai phap cai tien may mai (phieu nap, khe mai) hoac thay may de bot min deu, "
        "nang suat cao hon.",
        {"nYo018": 2, "nYo017": 1, "nYo023": 1, "nYo019": 1},
    ),
    (
        "nYn11",
        "en",
        "thai_tapioca_overview",
        "Better root cleaning and inner-peel removal before rasping",
        "Our 50 t/day starch plant in Chau Thanh, Tra Vinh, sends roots through a sand-removal drum and a rinsing "
        "channel and then chops them to 20-25 mm before rasping. Sand and inner peel still reach the rasper, which "
        "darkens the starch and wears the machines. We need better dry cleaning, washing and peeling equipment "
        "for the front end of the line.",
        {"nYo024": 2, "nYo025": 2, "nYo043": 2, "nYo020": 1, "nYo031": 1},
    ),
    (
        "nYn12",
        "en",
        "cpm_blog_flour",
        "Choosing size-reduction equipment for a small cassava flour plant",
        "We plan a small cassava flour plant of about 1000 t a year in Cang Long, Tra Vinh, using locally made "
        "machines. Good flour needs the roots ground fine so little starch stays bound to fibre. We need advice "
        "on whether to use a drum grater or a hammer mill, with drum size, speed and particle size.",
        {"nYo019": 2, "nYo017": 1, "nYo018": 1},
    ),
    (
        "nYn13",
        "en",
        "garri_peeler",
        "Combined peeling and grating machine for a cassava cake workshop",
        "Our cassava cake workshop in Tra Vinh city tried a vertical abrasive peeler, but it only scrapes the outer "
        "skin and never removes the second layer, so we still finish by hand and then grate separately. We want one "
        "electric machine that both peels and grates, to save labour and keep the process clean.",
        {"nYo023": 2, "nYo017": 1, "nYo021": 1, "nYo022": 1, "nYo020": 1},
    ),
    # --- starch extraction, refining and drying ---
    (
        "nYn14",
        "vi",
        "tradekey_starch",
        "Chuyển từ lọc vải, lắng máng sang tách ly tâm tinh bột",
        "Cơ sở tinh bột mì ở Đại An, Trà Cú (Trà Vinh) vẫn lọc sữa bột qua nhiều lớp vải rồi để tinh bột tự lắng xuống đáy "
        "máng xi măng, mất nhiều giờ, tốn mặt bằng, bột không đều. Chúng tôi muốn đầu tư máy ly tâm tách mủ, sàng, "
        "hydrocyclone để tách xơ, bã, protein nhanh hơn và nâng chất lượng, có thể xin hỗ trợ khuyến công.",
        {
            "nYo030": 2,
            "nYo031": 2,
            "nYo044": 2,
            "nYo027": 2,
            "nYo029": 2,
            "nYo026": 2,
            "nYo028": 1,
            "nYo045": 1,
            "nYo025": 1,
        },
    ),
    (
        "nYn15",
        "en",
        "starchprod_tapioca",
        "Turnkey 30 t/day tapioca starch line",
        "An investor in Vung Liem, Vinh Long, wants a complete cassava starch line of about 30 t of roots a day: "
        "washing and peeling (the 2-3 mm inner bark holds most of the cyanide and colours the starch), grinding, "
        "separating fibre and protein, refining, dewatering and drying. We need a supplier able to design and "
        "install the full line.",
        {
            "nYo026": 2,
            "nYo029": 2,
            "nYo044": 2,
            "nYo027": 1,
            "nYo024": 1,
            "nYo031": 1,
            "nYo030": 1,
            "nYo025": 1,
            "nYo043": 1,
        },
    ),
    (
        "nYn16",
        "vi",
        "scribd_mai_thesis",
        "Giảm nước dùng và thất thoát tinh bột theo hướng sản xuất sạch hơn",
        "Nhà máy tinh bột sắn của chúng tôi ở Châu Thành (Trà Vinh) có lượng nước thải rất lớn, giàu hữu cơ, bị nhắc nhở về "
        "môi trường. Thay vì chỉ đầu tư xử lý cuối đường ống, chúng tôi muốn giảm ngay tại nguồn: cần đơn vị đánh giá sản "
        "xuất sạch hơn, đề xuất tuần hoàn nước, thu hồi tinh bột, tiết kiệm năng lượng.",
        {"nYo032": 2, "nYo028": 2, "nYo045": 2, "nYo085": 2, "nYo029": 1, "nYo087": 1},
    ),
    (
        "nYn17",
        "en",
        "precoppe_dryers",
        "Flash dryer to replace yard drying of starch",
        "Our tapioca starch workshop in Tra Cu, Tra Vinh, still sun-dries wet starch cake on concrete yards, which "
        "stops in the rainy season. Small processors elsewhere use either fixed-bed or pneumatic dryers, with "
        "different energy use, product quality and cost. We want a pneumatic (flash) dryer sized for a small "
        "plant that brings starch to about 13% moisture, and we need operating parameters.",
        {"nYo033": 2, "nYo034": 2, "nYo035": 2, "nYo029": 2, "nYo037": 2, "nYo036": 1},
    ),
    (
        "nYn18",
        "vi",
        "precoppe_dryers",
        "Can may say khi dong cho xuong bot mi nho",
        "Xuong bot mi nho o Phong Thanh, Cau Ke (Tra Vinh) dang say bot tren san nong. Doc tai lieu thay co so nho thuong "
        "dung may say tang co dinh hoac say khi dong, khac nhau ve nang luong, chat luong va chi phi. Can may say khi dong "
        "tiet kiem dien, co thong so van hanh phu hop.",
        {"nYo037": 2, "nYo034": 2, "nYo033": 2, "nYo035": 2, "nYo038": 1, "nYo036": 1},
    ),
    (
        "nYn19",
        "en",
        "kholanh_satlat",
        "Dryer for cassava chips that mould in the rainy season",
        "Our cooperative in Duyen Hai, Tra Vinh, slices cassava into 3-5 mm chips and sun-dries them for 2-4 days "
        "to about 12% moisture for feed mills. In the rainy season chips stay damp and go mouldy. We need a dryer "
        "and a drying schedule suited to a cooperative.",
        {"nYo038": 2, "nYo040": 2, "nYo042": 2, "nYo039": 1},
    ),
    (
        "nYn20",
        "vi",
        "ldrying_cassava",
        "Quy trình làm sắn lát khô bán cho nhà máy thức ăn",
        "Sắn thu hoạch tập trung theo mùa, không làm khô kịp là mốc. HTX ở Long Khánh, Duyên Hải (Trà Vinh) muốn làm sắn lát "
        "khô bán cho nhà máy thức ăn chăn nuôi: cần quy trình thái lát, phơi, sấy, độ ẩm đạt chuẩn và cách bảo quản.",
        {"nYo039": 2, "nYo042": 2, "nYo038": 2, "nYo040": 1},
    ),
    (
        "nYn21",
        "en",
        "123doc_khoailang_dbscl",
        "Starch from culled sweet potatoes",
        "Vinh Long grows about 400,000 t of sweet potatoes a year, and in bad years thousands of hectares go "
        "unharvested because prices do not cover labour. Our cooperative in Thanh Dong, Binh Tan, wants to extract "
        "sweet potato starch at small scale from culled roots and sell it to noodle makers. We need a process "
        "that keeps the starch white.",
        {"nYo041": 2, "nYo043": 2, "nYo052": 1, "nYo053": 1, "nYo026": 1, "nYo025": 1},
    ),
    (
        "nYn22",
        "vi",
        "miendongbackan",
        "Tinh bột khoai mì ướt bị ngả màu, cần làm trắng",
        "Cơ sở làm bột năng ướt ở Định An, Trà Cú (Trà Vinh) bán cho lò miến, hủ tiếu. Khách đòi độ trắng khoảng 95% như bột "
        "đã tẩy, nhưng bột của chúng tôi hơi vàng, sẫm. Cần cách xử lý từ khâu gọt vỏ, nghiền đến rửa, tinh chế để bột trắng "
        "hơn mà hạn chế hóa chất.",
        {"nYo025": 2, "nYo043": 2, "nYo027": 1, "nYo041": 1, "nYo050": 1},
    ),
    (
        "nYn23",
        "en",
        "123doc_ba_san",
        "Recovering starch lost in pulp and wash water",
        "Our starch factory in Tra Vinh needs 3-4 kg of roots per kg of starch, and solid waste (pulp, peel, "
        "tips) is 20-30% of the roots we buy. Analyses show a lot of starch still leaves with the pulp and the "
        "wash water. We want an audit and equipment changes to recover more starch and use less water.",
        {"nYo028": 2, "nYo045": 2, "nYo032": 1, "nYo085": 1, "nYo029": 1},
    ),
    (
        "nYn24",
        "vi",
        "ip_cassava_flour",
        "Sản xuất bột sắn trắng không lên men thay bột mì",
        "HTX ở Nhị Long, Càng Long (Trà Vinh) muốn làm bột sắn dùng thay bột mì cho bánh không gluten: củ tươi rửa, gọt, mài "
        "mịn, ép bớt nước, phơi hoặc sấy xuống ẩm khoảng 10–12%, nghiền búa, rây rồi đóng bao chống ẩm. Cần quy trình và "
        "thiết bị để bột trắng, mịn, không mùi chua.",
        {"nYo046": 2, "nYo047": 2, "nYo062": 2, "nYo049": 2, "nYo048": 2, "nYo035": 1, "nYo033": 1},
    ),
    (
        "nYn25",
        "en",
        "simpli_cassava_flour",
        "Small-scale cassava flour for a women's group",
        "A women's group in Tieu Can, Tra Vinh, grows cassava harvested at 8-12 months and wants to make about "
        "200 kg of flour a day: wash, peel, grate, press out the liquid, dry, mill and pack. We need a tested "
        "process and a simple equipment list.",
        {"nYo047": 2, "nYo062": 2, "nYo048": 2, "nYo046": 2, "nYo049": 2, "nYo017": 1, "nYo033": 1},
    ),
    # --- flour, noodles and pearls ---
    (
        "nYn26",
        "vi",
        "memart_bot_dong",
        "Soi mien bi gay vun khi cat, can quy trinh",
        "Co so lam mien o Tra On (Vinh Long) quen lam mien dong: xay, loc, lang bot, trai bot len khay hap chin roi phoi. Nay "
        "chuyen sang tinh bot khoai mi thi banh phoi u khong deu: qua am thi khong cat duoc soi, qua kho thi vo vun. Can quy "
        "trinh xu ly bot, ho hoa, trang banh, phoi, u de soi mien deo, trong.",
        {"nYo050": 2, "nYo051": 2, "nYo053": 1, "nYo052": 1, "nYo058": 1},
    ),
    (
        "nYn27",
        "en",
        "foodever_sp_vermicelli",
        "Pure sweet potato vermicelli from our own roots",
        "Our cooperative in Binh Tan, Vinh Long, wants to make vermicelli from 100% sweet potato starch, the "
        "traditional way: wash and grind the roots, filter, settle and sun-dry the starch, beat the paste, push "
        "it through a leak spoon and dry the strands. Buyers value elastic, even strands with no additives. We "
        "need a reliable recipe and process conditions.",
        {"nYo052": 2, "nYo053": 2, "nYo050": 2, "nYo051": 2, "nYo041": 1, "nYo043": 1},
    ),
    (
        "nYn28",
        "vi",
        "shortfood_tapioca",
        "Sản xuất hạt trân châu từ tinh bột khoai mì",
        "Doanh nghiệp nhỏ ở TP Trà Vinh muốn tự sản xuất hạt trân châu cho các quán trà sữa trong tỉnh thay vì mua hàng nhập. "
        "Hạt phải dai, trong, giữ cấu trúc sau khi nấu. Chúng tôi có sẵn tinh bột khoai mì địa phương, cần quy trình phối "
        "trộn, tạo viên, nấu, sấy, đóng gói và thiết bị.",
        {"nYo055": 2, "nYo057": 2, "nYo056": 2, "nYo063": 1},
    ),
    (
        "nYn29",
        "en",
        "ccbexim_tranchau",
        "Scaling up tapioca pearl forming",
        "We make bubble-tea pearls by hand in Vinh Long from tapioca starch blended with some modified starch. "
        "Demand has grown and hand rolling gives uneven sizes. We need equipment and a method to form pearls "
        "mechanically, for example in rotating drums or pans, with size sorting.",
        {"nYo056": 2, "nYo055": 2, "nYo063": 1, "nYo057": 1},
    ),
    (
        "nYn30",
        "vi",
        "grainscanada_pea",
        "Ép đùn sợi miến từ tinh bột rẻ thay đậu xanh",
        "Cơ sở làm miến ở Vũng Liêm (Vĩnh Long) dùng tinh bột đậu xanh giá cao. Được biết có thể làm miến bằng phương pháp "
        "ép đùn đơn giản từ tinh bột rẻ hơn mà sợi vẫn dai, chín nhanh. Chúng tôi muốn chuyển sang ép đùn sợi từ tinh bột "
        "khoai mì, cần thiết bị và thông số.",
        {"nYo058": 2, "nYo137": 1, "nYo161": 1, "nYo050": 1, "nYo156": 1},
    ),
    (
        "nYn31",
        "en",
        "gardenmountain_sp",
        "Sweet potato flour for bakeries",
        "A food company in Long Ho, Vinh Long, wants to turn surplus sweet potatoes into flour for bread, cakes "
        "and doughnuts. Sun-drying peeled slices in the open depends on weather, takes much labour and gives "
        "browning and contamination. We need hygienic processing steps (slicing, drying, milling) and equipment.",
        {"nYo059": 2, "nYo060": 2, "nYo061": 2, "nYo079": 1, "nYo073": 1},
    ),
    (
        "nYn32",
        "vi",
        "eatingchoice_sp_flour",
        "Làm bột khoai lang bán cho lò bánh",
        "HTX ở Tân Quới, Bình Tân (Vĩnh Long) muốn làm bột khoai lang không gluten bán cho lò bánh và làm bột dinh dưỡng, để "
        "bớt bán củ giá rẻ mùa được mùa. Được biết nên chọn giống nhiều tinh bột, chất khô cao thì bột ra nhiều và giữ lâu. "
        "Cần quy trình và thiết bị thái, sấy, nghiền.",
        {"nYo059": 2, "nYo061": 2, "nYo060": 2, "nYo073": 1, "nYo075": 1},
    ),
    # --- chips and snacks ---
    (
        "nYn33",
        "vi",
        "ilt_vacuum_deoil",
        "Làm khoai lang chiên chân không ít dầu",
        "Cơ sở ở Bình Tân (Vĩnh Long) muốn làm khoai lang lát chiên chân không bán siêu thị. Được biết chiên ở độ chân không "
        "vừa phải rồi ly tâm, để ráo dưới chân không cao giúp chip hút ít dầu hơn hẳn. Cần quy trình từ sơ chế, chần, chiên đến "
        "tách dầu và thiết bị.",
        {"nYo064": 2, "nYo066": 2, "nYo067": 2, "nYo068": 1, "nYo065": 1},
    ),
    (
        "nYn34",
        "en",
        "rulit_sp_chips",
        "Our vacuum-fried sweet potato chips are greasy",
        "Our snack workshop in Vinh Long slices sweet potatoes 2-3 mm, blanches them and vacuum-fries, but the "
        "chips hold too much oil and lose crispness within weeks. We need help with frying temperature, de-oiling "
        "and two-stage frying to cut oil content.",
        {"nYo066": 2, "nYo067": 2, "nYo064": 1},
    ),
    (
        "nYn35",
        "vi",
        "tneutron_chips",
        "Chips sắn giòn lâu, không ngấm dầu",
        "Cơ sở làm khoai mì chiên lát (chips sắn) ở Trà Cú (Trà Vinh) bán vị mặn và cay ngọt. Khách chê chips hay bị bở, "
        "ngấm dầu; chúng tôi muốn lên quy mô vừa nên cần cải tiến quy trình để chips giòn, đều, ít dầu.",
        {"nYo069": 2, "nYo066": 1, "nYo067": 1, "nYo068": 1},
    ),
    (
        "nYn36",
        "en",
        "winenfood_chip",
        "Quality specification for cassava and sweet potato chips",
        "We are moving our cassava chip production in Tra Vinh from market stalls to supermarket shelves. Buyers ask "
        "for written quality requirements (crispness, moisture, oil, additives) for cassava chips and sweet potato "
        "chips. We need reference standards and testing guidance.",
        {"nYo068": 2},
    ),
    (
        "nYn37",
        "en",
        "scielo_gf_noodles",
        "Puffed snacks from cassava starch on our extruder",
        "We run a small single-screw extruder for noodles in Mang Thit, Vinh Long. We would like to also make "
        "expanded puffed snacks from cassava starch, possibly blended with corn flour, and need formulation and "
        "extrusion settings (temperature, moisture) for good expansion.",
        {"nYo070": 2, "nYo058": 1, "nYo071": 1, "nYo065": 1},
    ),
    (
        "nYn38",
        "en",
        "limult_sp",
        "Purple sweet potato crackers for the Tet market",
        "A family business in Cau Ngang, Tra Vinh, makes traditional puffed crackers. Purple sweet potato is being "
        "used more and more for new snacks and as a natural colour, so we want a purple sweet potato cracker that "
        "keeps its purple colour and puffs evenly when fried. We need a formulation and process.",
        {"nYo071": 2, "nYo065": 2, "nYo070": 1, "nYo073": 1, "nYo080": 1},
    ),
    (
        "nYn39",
        "vi",
        "123doc_khoailang_dbscl",
        "Bánh phồng khoai lang tím từ khoai dạt",
        "Khoai lang Vĩnh Long một phần được chế biến sấy dẻo, làm bột, nhưng giá củ lên xuống thất thường. Cơ sở bánh phồng "
        "ở Tam Bình muốn làm thêm bánh phồng và snack từ khoai lang tím loại dạt để tăng giá trị, cần quy trình và công thức.",
        {"nYo071": 2, "nYo065": 2, "nYo073": 1, "nYo070": 1},
    ),
    # --- purple sweet potato products ---
    (
        "nYn40",
        "vi",
        "vltourist_binhtan",
        "Chế biến bột khoai lang tím từ củ loại 2, loại 3",
        "HTX ở Thành Đông, Bình Tân (Vĩnh Long), vùng chuyên khoai lang trồng hai vụ mỗi năm với các giống khoai tím Nhật, "
        "trắng sữa, bí đường. Củ loại 2, loại 3 bán rất rẻ. Chúng tôi muốn làm bột khoai lang tím giữ màu đẹp để bán làm "
        "nguyên liệu bánh, đồ uống.",
        {"nYo073": 2, "nYo075": 2, "nYo082": 2, "nYo072": 2, "nYo061": 1, "nYo076": 1, "nYo059": 1},
    ),
    (
        "nYn41",
        "en",
        "tintucnn_binhtan",
        "Natural purple colourant from off-grade sweet potatoes",
        "Vinh Long has around 13,000 ha of sweet potato, about 300,000 t a year, mostly purple Japanese types "
        "for export to China. Our company in Binh Tan wants to extract a natural purple colour from off-grade "
        "roots and sell it to beverage and dairy makers. We need an extraction and drying process.",
        {"nYo074": 2, "nYo083": 2, "nYo080": 1, "nYo072": 1, "nYo075": 1, "nYo082": 1},
    ),
    (
        "nYn42",
        "vi",
        "bionutricia_psp",
        "Bột khoai lang tím sấy bị bạc màu",
        "Cơ sở ở Trà Ôn (Vĩnh Long) làm bột khoai lang tím để pha uống, làm nhân bánh, nhưng bột ra màu nâu xỉn, để ngoài sáng "
        "thì nhạt nhanh. Được biết màu tím là nhờ anthocyanin, lượng chiết được thay đổi nhiều theo cách xử lý. Cần quy trình "
        "chần, sấy và bao gói giữ màu tím.",
        {"nYo073": 2, "nYo075": 2, "nYo082": 2, "nYo072": 2, "nYo074": 1, "nYo083": 1, "nYo076": 1},
    ),
    (
        "nYn43",
        "en",
        "usda_sp_puree",
        "Shelf-stable purple sweet potato drink",
        "A beverage start-up in Tra Vinh city wants a ready-to-drink purple sweet potato smoothie that keeps at "
        "room temperature, using roots of any size or shape. We need formulation and a sterilisation process that "
        "keeps colour and nutrients.",
        {"nYo078": 2, "nYo079": 1, "nYo074": 1, "nYo083": 1},
    ),
    (
        "nYn44",
        "vi",
        "wizrecipes_psp",
        "Dùng bột khoai lang tím cho bánh quy, bánh mì",
        "Lò bánh ở Long Hồ (Vĩnh Long) thấy khách chuộng khoai lang tím vì màu đẹp, giàu anthocyanin chống ôxy hóa, dùng được "
        "cho cả món mặn, món ngọt và đồ uống. Chúng tôi muốn làm bánh quy, bánh mì màu tím tự nhiên, cần công thức thay một "
        "phần bột mì bằng bột khoai lang tím và điều kiện nướng giữ màu.",
        {"nYo077": 2, "nYo081": 2, "nYo073": 1, "nYo061": 1, "nYo075": 1},
    ),
    (
        "nYn45",
        "en",
        "vndoc_sinhto_tim",
        "Sweet potato puree ingredient from culled roots",
        "Sweet potatoes in the Mekong Delta are mostly sold as fresh roots. Our food company in Vinh Long wants to "
        "use culled roots to make a shelf-stable sweet potato puree as an ingredient for bakeries, baby food and "
        "drinks, and needs a sterilisation and aseptic packing process.",
        {"nYo079": 2, "nYo078": 1},
    ),
    (
        "nYn46",
        "vi",
        "doanhnghiep_khoailang_nhat",
        "Tận dụng khoai tím không đạt chuẩn xuất khẩu",
        "Doanh nghiệp ở Bình Tân (Vĩnh Long) xuất khoai lang sang Nhật, nơi khoai Việt được giá khoảng 2.047 USD/tấn và dùng làm đồ ăn "
        "nhẹ. Mỗi đợt có nhiều củ không đạt chuẩn. Chúng tôi muốn chế biến phần này thành sản phẩm giá trị cao như bột, màu "
        "tự nhiên hoặc snack.",
        {
            "nYo073": 2,
            "nYo074": 2,
            "nYo083": 2,
            "nYo075": 2,
            "nYo080": 1,
            "nYo064": 1,
            "nYo076": 1,
            "nYo071": 1,
            "nYo065": 1,
        },
    ),
    # --- wastewater and biogas ---
    (
        "nYn47",
        "vi",
        "123doc_ba_san",
        "Hầm biogas cho cơ sở làm bột quy mô hộ",
        "Mấy cơ sở làm tinh bột quy mô hộ ở Ngọc Biên, Trà Cú (Trà Vinh) xả nước thải và bã ra kênh; sau khoảng 48 giờ chất "
        "hữu cơ phân hủy bốc mùi H2S, NH3, hàng xóm phản ánh. Chúng tôi cần giải pháp xử lý kỵ khí (hầm biogas) vừa túi tiền, "
        "có lắng cát, lọc xơ, lấy gas đun nấu.",
        {"nYo084": 2, "nYo086": 2, "nYo092": 1, "nYo087": 1, "nYo088": 1, "nYo090": 1},
    ),
    (
        "nYn48",
        "en",
        "123doc_hoaiduc_metan",
        "Full wastewater treatment for a 100 t/day starch plant",
        "Cassava starch wastewater is highly organic and pollutes canals around processing areas. Our 100 t/day "
        "plant in Tra Vinh is far over discharge limits. Methane fermentation is the known route, but we need a "
        "complete treatment train, from sand and fibre removal through anaerobic digestion with biogas capture "
        "to final treatment.",
        {"nYo087": 2, "nYo084": 2, "nYo085": 1, "nYo086": 1, "nYo088": 1, "nYo093": 1, "nYo094": 1},
    ),
    (
        "nYn49",
        "vi",
        "mtu_general_starch",
        "Dùng biogas từ hồ nước thải thay dầu FO cho lò sấy",
        "Hồ nước thải hở của nhà máy tinh bột ở Châu Thành (Trà Vinh) bốc mùi lưu huỳnh, dân xung quanh phàn nàn, trong khi "
        "lò sấy bột vẫn đốt dầu FO tốn kém. Chúng tôi muốn phủ hồ, thu khí sinh học để thay dầu cho đầu đốt lò sấy.",
        {"nYo095": 2, "nYo085": 2, "nYo084": 1, "nYo093": 1, "nYo094": 1, "nYo096": 1},
    ),
    (
        "nYn50",
        "en",
        "jcp_clean_tapioca",
        "Generating power from starch-plant biogas",
        "Our tapioca plant in Tieu Can, Tra Vinh, produces large volumes of wastewater with high organic load. We "
        "already capture some biogas, and want gas-engine generators to make electricity for the factory while "
        "ending odour complaints from the neighbourhood.",
        {"nYo094": 2, "nYo096": 2, "nYo093": 1, "nYo084": 1, "nYo149": 1, "nYo085": 1, "nYo095": 1},
    ),
    (
        "nYn51",
        "vi",
        "mdpi_inhambane",
        "Ủ biogas từ vỏ sắn và xơ bã",
        "Lò bột mì ở Hàm Giang, Trà Cú (Trà Vinh) thải ra đống vỏ sắn và xơ bã ngày càng lớn. Tài liệu cho thấy vỏ và xơ sắn "
        "có tiềm năng sinh metan cao hơn cả mùn cưa. Chúng tôi muốn ủ biogas từ vỏ, xơ để lấy gas, cần chế độ ủ (nhiệt độ, "
        "thời gian) cho nhiều khí.",
        {"nYo089": 2, "nYo092": 1, "nYo090": 1, "nYo091": 1},
    ),
    (
        "nYn52",
        "en",
        "sut_tuber_biogas",
        "Co-digesting cassava wastewater with pig manure",
        "A pig farm next to a cassava starch workshop in Cau Ke, Tra Vinh, has tested a simple single-stage "
        "digester on cassava slurry. We now want to digest the workshop's wastewater together with pig manure to "
        "get more methane and stable operation, and need mixing ratios and additives.",
        {"nYo090": 2, "nYo147": 1, "nYo084": 1, "nYo092": 1},
    ),
    (
        "nYn53",
        "vi",
        "scribd_mai_thesis",
        "Thu hồi metan từ nước thải tinh bột và đăng ký tín chỉ carbon",
        "Nhà máy tinh bột sắn ở Tiểu Cần (Trà Vinh) muốn xử lý nước thải theo hướng công nghệ sinh học kỵ khí tích hợp, thu "
        "hồi khí metan và đăng ký dự án giảm phát thải để có thêm nguồn thu. Cần đơn vị tư vấn công nghệ và hồ sơ.",
        {"nYo088": 2, "nYo084": 1, "nYo085": 1, "nYo086": 1, "nYo087": 1},
    ),
    (
        "nYn54",
        "en",
        "fftc_biogas_thai",
        "Shared biogas treatment for a cluster of small starch workshops",
        "Around Dai An, Tra Cu (Tra Vinh), a dozen household starch workshops discharge untreated wastewater. "
        "Agro-industrial wastewater like ours can be turned into biogas for heat or power, so the commune wants a "
        "shared or household-scale methane system suited to village workshops.",
        {"nYo086": 2, "nYo084": 2, "nYo087": 1, "nYo092": 1, "nYo093": 1},
    ),
    # --- pulp, peels and leaves as feed ---
    (
        "nYn55",
        "vi",
        "123doc_ba_san",
        "Lên men bã sắn ướt làm thức ăn chăn nuôi",
        "Nhà máy tinh bột ở Trà Cú (Trà Vinh) cứ 3–4 kg củ cho 1 kg tinh bột, chất thải rắn chiếm 20–30% lượng củ, chủ yếu bã "
        "ướt. Bã để quá 48 giờ là phân hủy, bốc mùi H2S, NH3. Chúng tôi muốn lên men hoặc ủ bã thành thức ăn chăn nuôi bán "
        "cho trại heo, bò quanh vùng.",
        {"nYo106": 2, "nYo114": 2, "nYo105": 2, "nYo101": 2, "nYo107": 1, "nYo104": 1},
    ),
    (
        "nYn56",
        "en",
        "123doc_ba_san_tuoi",
        "Protein-enriched cassava pulp to replace fish meal",
        "Fresh pulp from our starch plant in Tra Vinh is about 16% dry matter, still rich in starch (around 60% of "
        "dry matter) but with only about 2% crude protein. We want to ferment it into a protein-enriched feed that "
        "can replace part of the fish meal in pig diets, free of HCN and pathogens, with a transferable process "
        "and trial data.",
        {"nYo105": 2, "nYo114": 2, "nYo106": 2, "nYo101": 1, "nYo107": 1},
    ),
    (
        "nYn57",
        "vi",
        "trachanh_la_san",
        "U la mi cho bo an, so bi ngo doc",
        "Nha toi o Luu Nghiep Anh, Tra Cu (Tra Vinh) trong mi va nuoi bo. La mi nhieu dam (20-25% chat kho) nhung chua HCN, "
        "giong mi dang co 160-240 mg/kg la tuoi, bo an tuoi de ngo doc nen la thuong bo phi. Can cach u chua la mi don gian, "
        "ti le cam, muoi va cach cho an an toan.",
        {"nYo099": 2, "nYo100": 2, "nYo116": 2, "nYo113": 1},
    ),
    (
        "nYn58",
        "en",
        "maychannuoi_la_san",
        "Cassava leaf silage for goats and cattle",
        "Our livestock cooperative in Cau Ngang, Tra Vinh, raises goats and cattle next to cassava fields. Cassava "
        "leaves have 20-25% protein but contain HCN and are only available seasonally. We want to ensile them, "
        "possibly with a probiotic starter, to store feed for months, and need a recipe and pit design.",
        {"nYo116": 2, "nYo100": 2, "nYo099": 2, "nYo113": 1},
    ),
    (
        "nYn59",
        "vi",
        "123doc_ba_san",
        "Dùng vỏ sắn nuôi bò",
        "HTX nuôi bò ở Trà Cú (Trà Vinh) gần lò bột mì; chất thải rắn của lò chiếm 20–30% lượng củ, trong đó có nhiều vỏ sắn "
        "bỏ đi, để lâu bốc mùi. Chúng tôi muốn dùng vỏ sắn cho bò nhưng sợ HCN, cần hướng dẫn phơi, ủ và phối trộn khẩu phần.",
        {"nYo115": 2, "nYo103": 2, "nYo104": 2, "nYo102": 2, "nYo098": 1, "nYo097": 1},
    ),
    (
        "nYn60",
        "en",
        "feedipedia_peels",
        "Cassava peel meal in pig and poultry rations",
        "Our feed mixing shop in Cau Ke, Tra Vinh, can get cassava peels from nearby processors. Peels are "
        "digestible but their protein and minerals are too low to feed alone, and bitter varieties need drying or "
        "ensiling against HCN. We want to include peel meal in pig and chicken rations and need formulation "
        "limits and supplementation advice.",
        {"nYo104": 2, "nYo103": 2, "nYo115": 2, "nYo102": 1},
    ),
    (
        "nYn61",
        "vi",
        "nation_sp_silage",
        "Ủ dây khoai lang và củ dạt nuôi heo",
        "Hộ nuôi heo nhốt chuồng ở Bình Tân (Vĩnh Long) tốn 60–80% chi phí cho cám công nghiệp, trong khi có nhiều dây khoai "
        "lang và củ dạt sau thu hoạch. Cần cách ủ chua dây và củ khoai lang để dự trữ, tỷ lệ phối trộn và cách cho heo ăn "
        "thay một phần cám.",
        {"nYo110": 2, "nYo111": 2, "nYo109": 2, "nYo108": 2, "nYo098": 1},
    ),
    (
        "nYn62",
        "en",
        "monitor_sp_silage",
        "Silage from sweet potato vines and roots for dairy cows",
        "Our dairy farm in Vung Liem, Vinh Long, runs short of fodder in the dry season, while sweet potato vines "
        "with about 16% protein are plentiful only at harvest and are hard to dry into hay. We want to make silage "
        "from vines and non-marketable roots that stores for months, and need mixing ratios, starter and storage "
        "method.",
        {"nYo111": 2, "nYo110": 2, "nYo109": 1, "nYo108": 1},
    ),
    (
        "nYn63",
        "vi",
        "maychannuoi_u_san",
        "Ủ chua củ sắn tươi làm thức ăn heo khi rớt giá",
        "Nông dân ở Trà Cú (Trà Vinh) năm nay sắn rớt giá. Chúng tôi muốn ủ chua củ sắn tươi để dự trữ thức ăn cho heo, bò "
        "vào mùa khan hiếm, cần công thức phụ gia và cách ủ kín đúng kỹ thuật.",
        {"nYo098": 2, "nYo112": 2, "nYo005": 2, "nYo101": 1, "nYo097": 1},
    ),
    (
        "nYn64",
        "en",
        "vnexpress_con_san",
        "Storing wet cassava pulp for year-round feed sales",
        "Our starch plant in Tra Vinh wants to sell cassava pulp to farms all year. The pulp is about 80% water; "
        "sun-drying it gets contaminated and smells. We need an ensiling or fermentation method that keeps pulp "
        "for weeks and improves its value, preferably already run at factory scale.",
        {"nYo106": 2, "nYo101": 2, "nYo107": 1, "nYo105": 1},
    ),
    # --- clean planting material ---
    (
        "nYn65",
        "vi",
        "nnx_kham_duyenhai",
        "Sắn bị xoăn lá, cần hom giống sạch bệnh",
        "Ruộng sắn của bà con ở Ngũ Lạc, Duyên Hải (Trà Vinh) có nhiều cây lá xoăn, vàng loang lổ, nghi bệnh khảm lá. Được "
        "khuyến cáo không dùng thân cây nhiễm bệnh làm giống cho vụ sau. Cần nguồn hom sạch bệnh, cách nhận biết và phòng "
        "bệnh.",
        {"nYo117": 2, "nYo118": 2, "nYo119": 2, "nYo130": 2, "nYo126": 1, "nYo128": 1},
    ),
    (
        "nYn66",
        "en",
        "pthtm_kham",
        "Laboratory testing to certify virus-free cassava stakes",
        "We supply cassava stakes to farmers in Tra Cu and Cau Ngang, Tra Vinh. Mosaic virus spreads through "
        "infected stakes and whiteflies, and buyers now ask for proof that our stakes are clean. We need a "
        "laboratory that can test samples for cassava mosaic virus.",
        {"nYo130": 2, "nYo119": 2, "nYo118": 1},
    ),
    (
        "nYn67",
        "vi",
        "mobiagri_kham",
        "Can nhan nhanh hom san sach benh",
        "HTX o Hiep Thanh, Duyen Hai (Tra Vinh) phai tieu huy nhieu cay san bi kham la, nay thieu hom giong. Chi co it than "
        "giong sach nen can ky thuat nhan nhanh hom (cat hom ngan, u nay mam) de co du giong cho vu sau.",
        {"nYo126": 2, "nYo125": 2, "nYo128": 1, "nYo127": 1},
    ),
    (
        "nYn68",
        "en",
        "uwi_rapid",
        "Multiplying scarce clean cassava stems quickly",
        "Our cooperative in Cau Ngang, Tra Vinh, received a small batch of improved, disease-free cassava stems. "
        "Short two-node cuttings can multiply stems faster if planting density and growing period are adjusted, "
        "but they emerge slowly. We need a rapid multiplication technique that gets many more planting stakes "
        "from each stem within one season.",
        {"nYo125": 2, "nYo126": 2, "nYo127": 1, "nYo128": 1},
    ),
    (
        "nYn69",
        "vi",
        "farmradio_cuttings",
        "Bảo quản thân sắn giống chờ vụ sau",
        "Ở Trà Cú (Trà Vinh) sắn thu hoạch xong thì mưa, chưa trồng lại ngay được. Bà con muốn giữ thân từ cây khỏe, không "
        "sâu bệnh để làm giống nhưng thân để ngoài nắng thì khô, để ẩm quá thì mọc mầm, thối. Cần hướng dẫn bảo quản thân giống "
        "và cắt hom để tỷ lệ nảy mầm cao.",
        {"nYo128": 2, "nYo127": 2, "nYo129": 1, "nYo126": 1},
    ),
    (
        "nYn70",
        "en",
        "supergb_cuttings",
        "Storing stems and preparing cassava cuttings",
        "Cassava is grown from stem cuttings, and cuttings from healthy, productive mother plants keep yield. "
        "Farmers in our group in Cang Long, Tra Vinh, take cuttings from any stem left after harvest and get poor, "
        "uneven stands. We need practical guidance on choosing mother plants, storing stems until planting and "
        "preparing cuttings.",
        {"nYo127": 2, "nYo129": 2, "nYo128": 2, "nYo126": 1},
    ),
    (
        "nYn71",
        "vi",
        "indiana_biolab",
        "Dây giống khoai lang tím sạch virus",
        "HTX ở Thành Trung, Bình Tân (Vĩnh Long) thấy năng suất khoai tím giảm dần vì dây giống lấy mãi từ ruộng nhà. Được "
        "biết có phòng thí nghiệm cung cấp cây khoai lang sạch virus làm cây mẹ, nông hộ tự nhân tiếp được củ giống tốt với "
        "chi phí vừa phải. Cần nguồn dây giống sạch virus và quy trình nhân tiếp.",
        {"nYo123": 2, "nYo121": 2, "nYo124": 2, "nYo120": 2, "nYo122": 1},
    ),
    (
        "nYn72",
        "en",
        "ncpn_success",
        "Setting up a virus-free sweet potato nursery",
        "Virus diseases can cut sweet potato yields by 40-50% and more, and clean-seed programmes have reversed "
        "such losses elsewhere. The seed centre serving Binh Tan, Vinh Long, wants to set up a virus-free "
        "nursery: meristem culture, virus testing and greenhouse multiplication.",
        {"nYo120": 2, "nYo123": 2, "nYo124": 2, "nYo122": 1, "nYo121": 1},
    ),
    (
        "nYn73",
        "vi",
        "ucanr_virus_tested",
        "Chương trình dây giống khoai lang sạch bệnh cho nông dân",
        "Phòng Nông nghiệp huyện Bình Tân (Vĩnh Long) muốn xây dựng chương trình cung cấp dây giống khoai lang đã kiểm tra virus "
        "cho nông dân, vì virus lây qua rệp, bọ phấn có thể làm giảm năng suất trên 40%. Cần đối tác chuyển giao quy trình và "
        "tiêu chuẩn giống sạch.",
        {"nYo120": 2, "nYo124": 2, "nYo121": 2, "nYo123": 1, "nYo122": 1},
    ),
    # --- additional ---
    (
        "nYn74",
        "en",
        "harvestmoney_store",
        "Keeping peeled cassava white for one or two days",
        "Our shop in Tra Vinh city sells peeled fresh cassava to street vendors making steamed cassava with coconut "
        "milk. Peeled roots turn dark quickly; we keep them submerged in water for a day or two, but want a better "
        "way to keep them white without fermenting.",
        {"nYo008": 2, "nYo016": 1, "nYo004": 1},
    ),
    (
        "nYn75",
        "vi",
        "tradekey_starch",
        "Làm bột năng quy mô nhỏ 2–3 tấn củ/ngày",
        "Tổ hợp tác ở Phước Hưng, Trà Cú (Trà Vinh) muốn làm tinh bột khoai mì (bột năng) quy mô nhỏ, 2–3 tấn củ mỗi ngày: "
        "rửa, mài, lọc xơ, lắng, phơi sấy và đóng bao chống ẩm. Cần quy trình cải tiến và thiết bị vừa sức.",
        {"nYo043": 2, "nYo025": 2, "nYo027": 1, "nYo026": 1, "nYo030": 1},
    ),
]
