"""Needs of the holdout179 set (rice straw, husk and bran in Trà Vinh / Vĩnh Long); see make_holdout179.py.

Every need is set in Trà Vinh / Vĩnh Long; all but oYn03 paraphrase a page about another place (or no place).
"""

NEEDS = [
    # --- (1) straw collection and baling -------------------------------------------------------------
    (
        "oYn01",
        "vi",
        "trangtraiviet",
        "HTX ở Càng Long cần máy cuốn rơm thay gom rơm vào bao thủ công",
        "Sau mỗi vụ, xã viên HTX ở Càng Long (Trà Vinh) thuê người gom rơm vào bao khoảng 7 kg, bán 10.000 đồng/bao, mỗi "
        "công chỉ được 20-25 bao và rất tốn công. HTX muốn mua hoặc được chuyển giao máy cuốn rơm chạy sau máy gặt đập liên "
        "hợp để cuốn rơm thành cuộn bán cho người nuôi bò, trồng rau.",
        {"oYo001": 2, "oYo003": 2, "oYo004": 2, "oYo011": 1, "oYo005": 1, "oYo007": 1, "oYo015": 1, "oYo002": 1},
    ),
    (
        "oYn02",
        "en",
        "th4_md",
        "Cooperative in Tiểu Cần needs a straw baler that works on wet summer-autumn fields",
        "Almost all our paddy in Tiểu Cần (Trà Vinh) is cut by combine harvesters, and in the summer-autumn crop the straw "
        "lies spread on soft, wet fields, so ordinary balers bog down or bale mud. We want a baler (or a proven service "
        "model) able to collect straw on wet fields so members stop burning the surplus.",
        {"oYo003": 2, "oYo004": 2, "oYo001": 2, "oYo006": 1, "oYo005": 1, "oYo012": 1},
    ),
    (
        "oYn03",
        "vi",
        "lua2_traon",
        "Can thue may cuon rom sau thu hoach dong xuan o Tra On",
        "Nha toi o xa Vinh Xuan (Tra On, Vinh Long) co khoang 15 cong lua vua gat xong dong xuan, rom de ngoai dong. Can "
        "tim nguoi co may cuon rom den cuon thue hoac mua lai rom tai ruong, khong muon dot. Ai co dich vu o Tra On, Cang "
        "Long thi lien he.",
        {"oYo007": 2, "oYo013": 2, "oYo014": 2, "oYo009": 2, "oYo015": 1, "oYo010": 1},
    ),
    (
        "oYn04",
        "en",
        "hatinh_ja",
        "Farmer group in Vũng Liêm weighing a straw baler as a side business",
        "Several households in Vũng Liêm (Vĩnh Long) consider buying a straw baler to bale for neighbours and sell rolls "
        "(locally 15,000-20,000 VND per roll, about 180-200 rolls per hectare). We need realistic data on machine price, "
        "daily output, costs and seasonal returns before borrowing.",
        {"oYo008": 2, "oYo015": 2, "oYo004": 2, "oYo007": 1, "oYo014": 1, "oYo009": 1, "oYo003": 1},
    ),
    (
        "oYn05",
        "en",
        "dantri",
        "Straw trader in Trà Cú needs to cut the cost of trucking bales to distant buyers",
        "We buy round straw bales in Trà Cú (Trà Vinh) and ship them to cattle and mushroom farms in the Central "
        "Highlands and south-central coast. Loose round bales fill trucks before reaching weight, so freight eats the "
        "margin. We look for a way to compress bales further or densify straw before long-distance transport.",
        {"oYo005": 2, "oYo012": 1, "oYo004": 1},
    ),
    (
        "oYn06",
        "vi",
        "daidoanket",
        "Cần đầu mối thu mua rơm cuộn tại ruộng ở Bình Tân",
        "Nông dân các xã ở Bình Tân (Vĩnh Long) thu hoạch lúa xong còn nhiều rơm, có năm người mua trả giá cao, có năm "
        "không ai mua phải đốt. Chúng tôi cần doanh nghiệp hoặc thương lái ký thu mua rơm tại ruộng ổn định mỗi vụ, tự lo "
        "cuốn và chở.",
        {"oYo010": 2, "oYo013": 2, "oYo009": 2, "oYo022": 1, "oYo029": 1},
    ),
    (
        "oYn07",
        "en",
        "ghg_irri",
        "Service team in Cầu Kè must document cost and emissions of straw collection",
        "Our agricultural service team in Cầu Kè (Trà Vinh) collects straw with several kinds of machines for a "
        "low-emission rice programme. The programme asks us to report fuel use, cost per tonne and greenhouse-gas "
        "emissions of collecting straw off the field, machine by machine. We need a method and field measurement.",
        {"oYo012": 2, "oYo114": 1, "oYo102": 1, "oYo005": 1},
    ),
    (
        "oYn08",
        "vi",
        "hatinh_fr",
        "Cần máy cuộn rơm giá rẻ, nhỏ gọn cho ruộng nhỏ ở Tam Bình",
        "Ruộng ở Tam Bình (Vĩnh Long) nhỏ, bờ kênh nhiều, máy cuộn nhập khẩu vừa đắt vừa nặng. Tổ hợp tác muốn mua máy cuộn "
        "rơm sản xuất trong nước, giá vừa phải, chạy được cả ruộng ướt, tốn ít dầu, để cuộn rơm nuôi bò cho các hộ trong tổ.",
        {"oYo003": 2, "oYo011": 1, "oYo001": 1, "oYo004": 1, "oYo014": 1},
    ),
    (
        "oYn09",
        "en",
        "aessweb",
        "Farmers' association in Châu Thành wants baler operator training",
        "Our farmers' association in Châu Thành (Trà Vinh) received two balers, but members lack know-how: straw baled "
        "too wet clogs the machine and rots, and they do not know when after the combine to start. We need practical "
        "training on operating balers and timing straw collection.",
        {"oYo006": 2, "oYo004": 1, "oYo014": 1, "oYo007": 1, "oYo027": 1},
    ),
    (
        "oYn10",
        "en",
        "danviet_ag",
        "Moving straw rolls from mid-field to the canal bank in Trà Cú",
        "In Trà Cú (Trà Vinh) many fields have no farm roads; after baling, rolls have to be carried by hand across wet "
        "fields to boats on the canal. We need a cheap vehicle or a baler that brings bales to the field edge.",
        {"oYo002": 2, "oYo004": 2, "oYo001": 1},
    ),
    (
        "oYn74",
        "en",
        "vietexplorer",
        "Baler able to follow hired combines on the same day in Trà Ôn",
        "Most farmers in Trà Ôn (Vĩnh Long) hire combine harvesters; the straw stays scattered behind them and the next "
        "crop is sown within days. Our cooperative wants a baler that can work right behind the combines, in the same day, "
        "and collect the scattered straw cleanly.",
        {"oYo001": 2, "oYo004": 2, "oYo003": 2, "oYo005": 1, "oYo007": 1},
    ),
    # --- (2a) mushrooms --------------------------------------------------------------------------------
    (
        "oYn11",
        "vi",
        "laodong",
        "HTX ở Trà Cú muốn trồng nấm rơm quanh năm, kể cả mùa khan hiếm",
        "Giá nấm rơm tăng mạnh những lúc nhiều nơi chưa thu hoạch lúa, thiếu rơm, ruộng ngập. HTX ở Trà Cú (Trà Vinh) muốn "
        "trồng nấm rơm quanh năm, năng suất ổn định, để bán vào lúc khan hàng; cần quy trình và mô hình nhà trồng phù hợp.",
        {"oYo016": 2, "oYo017": 2, "oYo019": 2, "oYo020": 2, "oYo021": 2, "oYo022": 1, "oYo024": 1},
    ),
    (
        "oYn12",
        "en",
        "drugtimes",
        "Enterprise in Bình Minh plans a commercial indoor straw-mushroom house",
        "We plan an indoor straw-mushroom farm in Bình Minh (Vĩnh Long) to supply supermarkets year-round. We need the "
        "substrate protocol (composting, pasteurisation) and the growing-room design and temperature regime, rather than "
        "the traditional outdoor beds.",
        {"oYo020": 2, "oYo125": 2, "oYo017": 2, "oYo021": 2, "oYo019": 1, "oYo023": 1},
    ),
    (
        "oYn13",
        "vi",
        "nonghoc",
        "Can cach trong nam rom ngoai dong khong bi nam dai o Cau Ke",
        "Toi chat nam rom ngoai dong o Cau Ke (Tra Vinh) bang rom cuon, may dot gan day bi nam dai an, meo len khong deu, "
        "nang suat thap. Can huong dan xu ly rom, chon meo, u dong va cach lam mo de han che nam dai.",
        {"oYo016": 2, "oYo018": 2, "oYo122": 2, "oYo019": 1, "oYo126": 1, "oYo024": 1},
    ),
    (
        "oYn14",
        "en",
        "meonam",
        "Mushroom grower in Long Hồ needs a year-round supply of straw bales",
        "Our straw-mushroom farm in Long Hồ (Vĩnh Long) runs short of clean straw in the off-season between harvests and "
        "pays high prices. We want a supplier that can contract bales year-round, baled dry and stored, delivered to the "
        "farm.",
        {"oYo013": 2, "oYo009": 2, "oYo022": 1, "oYo010": 1},
    ),
    (
        "oYn15",
        "vi",
        "danviet_nam",
        "Cơ sở ở Mang Thít muốn trồng nấm bào ngư trên rơm rạ",
        "Cơ sở ở Mang Thít (Vĩnh Long) có sẵn rơm rạ và mùn cưa, muốn trồng nấm bào ngư rồi tận dụng phôi đã thu hoạch để "
        "trồng tiếp nấm rơm. Cần quy trình xử lý nguyên liệu, đóng bịch, khử trùng và nhà trồng.",
        {"oYo025": 2, "oYo026": 2, "oYo123": 2},
    ),
    (
        "oYn16",
        "en",
        "globalquora",
        "Grower in Cầu Ngang wants to move straw mushrooms indoors",
        "Rain, wind and hot spells keep destroying my outdoor straw-mushroom beds in Cầu Ngang (Trà Vinh). I want to move "
        "production into a cheap indoor house or greenhouse and need the method and expected yields.",
        {"oYo020": 2, "oYo021": 2, "oYo017": 2, "oYo019": 1, "oYo016": 1, "oYo125": 1},
    ),
    (
        "oYn17",
        "vi",
        "nonghoc",
        "Hội nông dân xã ở Tiểu Cần cần lớp tập huấn trồng nấm rơm",
        "Hội nông dân một xã ở Tiểu Cần (Trà Vinh) muốn mở lớp tập huấn kỹ thuật trồng nấm rơm từ rơm sau thu hoạch cho "
        "khoảng 30 hộ, có thực hành tại hiện trường, để tạo nghề phụ lúc nông nhàn.",
        {"oYo027": 2, "oYo028": 2, "oYo023": 2, "oYo016": 2, "oYo024": 1},
    ),
    (
        "oYn61",
        "en",
        "vnn_mekong",
        "Farmers in Vĩnh Xuân want to grow straw mushrooms instead of selling straw",
        "Straw sells for under a million VND per hectare, while growers elsewhere earn tens of millions per 1,000 m2 from "
        "straw mushrooms. Farmers in Vĩnh Xuân (Trà Ôn, Vĩnh Long) want to grow mushrooms on their own straw and need a "
        "proven method.",
        {"oYo016": 2, "oYo018": 2, "oYo020": 2, "oYo021": 2, "oYo017": 2, "oYo028": 1, "oYo022": 1},
    ),
    (
        "oYn62",
        "en",
        "drugtimes",
        "Khmer farmers in Trà Côn want simple outdoor straw-mushroom beds",
        "Khmer households in Trà Côn (Trà Ôn, Vĩnh Long) have straw but little capital. They want a simple, low-cost "
        "outdoor method: piling straw into beds after the rice harvest and inoculating with spawn.",
        {"oYo018": 2, "oYo016": 2, "oYo122": 2, "oYo126": 2, "oYo019": 1, "oYo125": 1},
    ),
    # --- (2b) cattle feed ------------------------------------------------------------------------------
    (
        "oYn18",
        "vi",
        "bongluavang",
        "Trại bò ở Cầu Ngang muốn ủ rơm khô với urê, tránh ngộ độc",
        "Trại bò ở Cầu Ngang (Trà Vinh) thiếu cỏ mùa khô, có sẵn nhiều cuộn rơm khô. Muốn ủ rơm với urê (có thể thêm rỉ mật, "
        "muối) nguyên cuộn hoặc băm, đúng liều để bò ăn được nhiều mà không bị ngộ độc urê; cần công thức và cách ủ, bảo quản.",
        {
            "oYo030": 2,
            "oYo031": 2,
            "oYo032": 2,
            "oYo033": 2,
            "oYo040": 2,
            "oYo121": 1,
            "oYo034": 1,
            "oYo035": 1,
            "oYo146": 1,
        },
    ),
    (
        "oYn19",
        "en",
        "feednav",
        "Beef farm in Trà Cú wants to store moist straw as 'strawlage'",
        "Our beef fattening farm in Trà Cú (Trà Vinh) wants to bale straw straight behind the combine while still moist "
        "and store it without drying, so it keeps more feeding value. We need a tested way to preserve wet straw bales "
        "and the expected feed value.",
        {"oYo036": 2, "oYo037": 2, "oYo035": 2, "oYo034": 1, "oYo121": 1, "oYo039": 1},
    ),
    (
        "oYn20",
        "vi",
        "carrb99",
        "Cần cách ủ chua rơm tươi còn ướt cho bò ở Trà Ôn",
        "Rơm vừa gặt ở Trà Ôn (Vĩnh Long) còn ướt, phơi không kịp vì mưa. Hộ nuôi bò muốn ủ rơm tươi ngay (ủ chua hoặc ủ với "
        "urê) để bò ăn dần, giữ được dinh dưỡng, không bị thối.",
        {"oYo034": 2, "oYo121": 2, "oYo030": 2, "oYo035": 2, "oYo036": 2, "oYo037": 1},
    ),
    (
        "oYn21",
        "en",
        "carrb13",
        "Cattle cooperative in Long Hồ: which additive improves straw intake?",
        "Members of our cattle cooperative in Long Hồ (Vĩnh Long) try urea, molasses or nothing on straw with mixed "
        "results. We want evidence on which treatment (urea or ammonia, molasses, lactic acid) actually raises intake "
        "and weight gain.",
        {"oYo038": 2, "oYo035": 2, "oYo031": 1, "oYo039": 1, "oYo030": 1},
    ),
    (
        "oYn22",
        "vi",
        "hatinh_fr",
        "Hộ nuôi bò ở Châu Thành cần cách giữ rơm cuộn không mốc khi mưa",
        "Nhà nuôi 4 con bò ở Châu Thành (Trà Vinh), mỗi vụ trữ vài chục cuộn rơm nhưng gặp mưa là rơm ướt, mốc, phải bỏ. Cần "
        "cách bảo quản hoặc ủ rơm cuộn để dự trữ lâu cho bò mà không hư.",
        {"oYo039": 2, "oYo030": 2, "oYo031": 2, "oYo032": 2, "oYo040": 2},
    ),
    (
        "oYn63",
        "en",
        "bongluavang",
        "Herders in Cầu Ngang need simple fresh-straw urea treatment",
        "Buffalo and cattle herders in Cầu Ngang (Trà Vinh) have fresh straw right after harvest but no time to dry it. "
        "They need a simple way to treat fresh straw with urea so it keeps and is more digestible.",
        {"oYo034": 2, "oYo121": 2, "oYo035": 2, "oYo030": 2, "oYo033": 1},
    ),
    # --- (2c) compost and (6) in-field decomposition ---------------------------------------------------
    (
        "oYn23",
        "en",
        "danviet_tag",
        "Vegetable cooperative in Tân An wants fast straw compost",
        "Our vegetable cooperative in Tân An (Càng Long, Trà Vinh) buys rice straw and wants to turn it into good compost "
        "quickly, mechanised if possible, instead of letting piles rot for months.",
        {"oYo041": 2, "oYo043": 2, "oYo044": 2, "oYo045": 2, "oYo042": 1, "oYo027": 1, "oYo124": 1},
    ),
    (
        "oYn24",
        "en",
        "tieuluan",
        "Rice cooperative in Vĩnh Xuân wants straw compost for its own fields",
        "Our rice cooperative in Vĩnh Xuân (Trà Ôn, Vĩnh Long) wants to compost members' straw and apply it back to rice "
        "to cut chemical fertiliser, with data on yield effects.",
        {"oYo042": 2, "oYo041": 2, "oYo043": 2, "oYo045": 2, "oYo044": 2, "oYo029": 1, "oYo051": 1},
    ),
    (
        "oYn25",
        "en",
        "baoquangtri",
        "Farmers in Hòa Lợi need straw to decompose in the field between crops",
        "In Hòa Lợi (Châu Thành, Trà Vinh) the gap between harvest and sowing is short, so farmers burn straw. We need a "
        "way to make straw decompose in the flooded field within days so land preparation is not delayed.",
        {"oYo046": 2, "oYo047": 2, "oYo049": 2, "oYo050": 2, "oYo048": 1, "oYo043": 1, "oYo051": 1},
    ),
    (
        "oYn26",
        "vi",
        "xlrr",
        "Cần chế phẩm phân hủy rơm ngay trên ruộng để xuống giống liền vụ ở Cầu Kè",
        "Ở Cầu Kè (Trà Vinh) làm 3 vụ lúa, gặt xong phải xuống giống ngay nên nhiều người đốt rơm. Cần chế phẩm vi sinh phun "
        "lên ruộng cho rơm rạ mục nhanh, không làm ngộ độc hữu cơ cho lúa vụ sau.",
        {"oYo046": 2, "oYo047": 2, "oYo049": 2, "oYo050": 2, "oYo045": 1, "oYo048": 1},
    ),
    (
        "oYn71",
        "vi",
        "kienthuc_gat",
        "HTX có máy gặt muốn băm rơm và phun chế phẩm ngay khi gặt",
        "HTX ở Tiểu Cần (Trà Vinh) có máy gặt đập liên hợp, muốn cải tiến để máy vừa gặt vừa băm nhỏ rơm và phun chế phẩm "
        "vi sinh lên rơm, cho rơm phân hủy nhanh trên ruộng.",
        {"oYo049": 2, "oYo046": 1, "oYo047": 1},
    ),
    # --- (3) rice husk as fuel -------------------------------------------------------------------------
    (
        "oYn27",
        "vi",
        "cuitrau_label",
        "Nhà máy xay xát ở Bình Minh muốn ép trấu thành củi trấu",
        "Nhà máy xay xát ở Bình Minh (Vĩnh Long) dư nhiều trấu, bán rời giá rẻ và tốn chỗ chứa. Muốn đầu tư máy ép trấu thành "
        "củi trấu (thanh hoặc bánh) bán cho lò sấy, lò gạch trong vùng; cần máy, công suất, điện năng, tỷ lệ trấu/củi.",
        {"oYo059": 2, "oYo060": 2, "oYo065": 2, "oYo062": 2, "oYo069": 1, "oYo067": 1, "oYo061": 1},
    ),
    (
        "oYn28",
        "en",
        "pelletpress",
        "Rice mill in Tam Bình wants a husk pellet line",
        "Our mill in Tam Bình (Vĩnh Long) produces husk at roughly a quarter of milled rice weight. We want a pellet line "
        "to make standard biomass pellets for industrial boilers and possibly export, with equipment list and training.",
        {"oYo062": 2, "oYo063": 2, "oYo064": 2, "oYo120": 2, "oYo061": 1, "oYo065": 1},
    ),
    (
        "oYn29",
        "vi",
        "soctrang_say",
        "Lò sấy lúa 30 tấn/mẻ ở Tiểu Cần muốn chuyển sang đốt trấu",
        "Cơ sở sấy lúa 30 tấn/mẻ ở Tiểu Cần (Trà Vinh) đang dùng buồng đốt than, dầu, chi phí cao. Muốn thay bằng lò đốt trấu "
        "hoặc lò hóa khí trấu cấp nhiệt ổn định cho máy sấy hiện có.",
        {"oYo052": 2, "oYo056": 2, "oYo053": 1, "oYo055": 1, "oYo058": 1},
    ),
    (
        "oYn30",
        "en",
        "camau_say",
        "Farmer in Trà Cú wants a cheap husk-fired dryer instead of coal",
        "I built a small 1-tonne paddy dryer in Trà Cú (Trà Vinh) that burns coal, which is costly and smoky. I want a "
        "cheap dryer or furnace that burns rice husk for my own and neighbours' summer-autumn paddy.",
        {"oYo053": 2, "oYo052": 2, "oYo054": 1, "oYo055": 1},
    ),
    (
        "oYn31",
        "vi",
        "vusta_chaylu",
        "Can lo say lua di dong dot trau cho HTX o Vung Liem",
        "HTX o Vung Liem (Vinh Long) mua mua gat lua uot, phoi khong kip. Can lo say lua di dong dot trau, khoang 2 tan/me, "
        "de cho di say tai ruong cho xa vien, it ton dien.",
        {"oYo053": 2, "oYo052": 1, "oYo054": 1, "oYo058": 1},
    ),
    (
        "oYn32",
        "en",
        "chinadaily",
        "Brick and pottery kilns in Mang Thít need a cleaner way to keep burning husk",
        "Traditional husk-fired brick and pottery kilns in Mang Thít (Vĩnh Long) face closure for smoke. Owners cannot "
        "afford to switch to oil or coal kilns and want a cleaner technology that still uses rice husk.",
        {"oYo057": 2, "oYo056": 1, "oYo067": 1, "oYo059": 1},
    ),
    (
        "oYn33",
        "en",
        "greenpurch",
        "Rice mill in Bình Minh wants a husk gasifier for dryer heat and power",
        "Our rice mill in Bình Minh (Vĩnh Long) pays heavily for diesel and electricity while husk piles up. We want a "
        "husk gasifier to supply hot gas to the paddy dryer and, if possible, power for the mill.",
        {"oYo056": 2, "oYo127": 2, "oYo052": 1, "oYo058": 1, "oYo055": 1},
    ),
    (
        "oYn34",
        "en",
        "biofuelmach",
        "Feed factory in Duyên Hải wants husk fuel for its coal boiler",
        "Our aquafeed factory near Duyên Hải (Trà Vinh) runs a coal-fired steam boiler. We want a steady supply of husk "
        "briquettes or pellets and a boiler able to burn them, to cut fuel cost.",
        {"oYo061": 2, "oYo068": 2, "oYo069": 2, "oYo060": 2, "oYo056": 1, "oYo065": 1},
    ),
    (
        "oYn35",
        "vi",
        "travel_husk",
        "Nhà máy xay xát ven sông ở Cầu Kè tìm đầu ra cho trấu",
        "Các nhà máy xay xát ven sông ở Cầu Kè (Trà Vinh) dư trấu, phải thuê ghe chở đổ bỏ, gây ô nhiễm sông. Cần đơn vị thu "
        "mua trấu số lượng lớn, thường xuyên.",
        {"oYo117": 2, "oYo118": 2, "oYo061": 2, "oYo069": 1, "oYo059": 1, "oYo120": 1},
    ),
    (
        "oYn36",
        "en",
        "eel_che",
        "Milling cluster in Bình Tân wants a feasibility study for small husk power",
        "Rice mills in Bình Tân (Vĩnh Long) want to pool their husk for a small power plant of 1-2 MW at the mill site, "
        "using part of the power and selling the rest. We need a feasibility study and reference technology.",
        {"oYo127": 2, "oYo119": 2, "oYo117": 1, "oYo118": 1},
    ),
    (
        "oYn64",
        "vi",
        "thanhnien",
        "Doanh nghiệp muốn đầu tư nhà máy điện trấu khoảng 10 MW",
        "Một doanh nghiệp ở Vĩnh Long muốn đầu tư nhà máy điện đốt trấu khoảng 10 MW gần các nhà máy xay xát trong tỉnh, cần "
        "đối tác công nghệ, kinh nghiệm đầu tư và phương án xử lý tro.",
        {"oYo118": 2, "oYo117": 2, "oYo127": 1, "oYo119": 1},
    ),
    (
        "oYn72",
        "vi",
        "vnn_kilns",
        "Lò gạch ở Mang Thít muốn đốt củi trấu ép thay trấu rời",
        "Lò gạch ở Mang Thít (Vĩnh Long) đốt trấu rời nhiều khói, bị nhắc nhở. Chủ lò muốn chuyển sang củi trấu ép cháy đượm, "
        "ít khói; cần nguồn cung ổn định hoặc máy ép để tự làm.",
        {"oYo069": 2, "oYo060": 2, "oYo059": 2, "oYo067": 1, "oYo057": 1},
    ),
    (
        "oYn73",
        "vi",
        "biofuelmach",
        "Cụm xay xát ven sông Măng Thít muốn làm viên nén trấu",
        "Các nhà máy xay xát ven sông Măng Thít (Vĩnh Long) muốn góp vốn xây xưởng viên nén trấu để bán cho lò hơi công "
        "nghiệp; cần dây chuyền (nghiền, ép viên, làm nguội, đóng bao) và đào tạo vận hành.",
        {"oYo062": 2, "oYo063": 2, "oYo064": 2, "oYo120": 2, "oYo061": 1, "oYo059": 1},
    ),
    # --- (4) husk ash, silica, building materials -------------------------------------------------------
    (
        "oYn37",
        "en",
        "scite",
        "Chemical firm in Trà Vinh wants high-purity silica from husk ash",
        "A chemical company in a Trà Vinh industrial zone wants to buy husk ash from local mills and boilers and produce "
        "amorphous silica above 99% purity for industrial customers. We need a proven extraction and purification "
        "route.",
        {"oYo072": 2, "oYo073": 2, "oYo074": 2, "oYo075": 2, "oYo070": 2, "oYo076": 1, "oYo071": 1},
    ),
    (
        "oYn38",
        "vi",
        "nano_sk",
        "Doanh nghiệp ở Long Hồ cần quy trình tổng hợp nano silica từ tro trấu",
        "Doanh nghiệp ở Long Hồ (Vĩnh Long) muốn sản xuất nano silica từ tro trấu làm phụ gia cao su, sơn; cần quy trình tổng "
        "hợp, kiểm soát kích thước hạt và phân tích sản phẩm.",
        {"oYo071": 2, "oYo070": 2, "oYo075": 2, "oYo074": 1, "oYo072": 1},
    ),
    (
        "oYn39",
        "vi",
        "th4_scc",
        "Can dung tro trau thay mot phan xi mang trong be tong o Cau Ngang",
        "Cong ty xay dung o Cau Ngang (Tra Vinh) muon dung tro trau tu cac lo say, nha may xay xat thay mot phan xi mang "
        "trong be tong cho duong, cong nong thon. Can ty le thay the, cach xu ly tro va ket qua cuong do.",
        {"oYo077": 2, "oYo078": 2, "oYo079": 2, "oYo081": 1, "oYo080": 1, "oYo118": 1},
    ),
    (
        "oYn40",
        "en",
        "fcp",
        "Batching plant in Vĩnh Long city wants husk ash as partial cement replacement",
        "Our concrete batching plant in Vĩnh Long city wants to replace part of the cement with husk ash from local mill "
        "furnaces, often not ground. We need replacement levels, strength data and mix adjustments.",
        {"oYo078": 2, "oYo077": 2, "oYo079": 2, "oYo118": 1},
    ),
    (
        "oYn41",
        "vi",
        "jsc34",
        "Cơ sở gạch không nung ở Trà Vinh muốn phối trộn vỏ trấu, tro trấu",
        "Cơ sở gạch không nung ở TP Trà Vinh muốn đưa vỏ trấu hoặc tro trấu vào cấp phối để giảm xi măng, làm gạch nhẹ, cách "
        "nhiệt; cần cấp phối và kết quả thí nghiệm.",
        {"oYo080": 2, "oYo081": 2, "oYo077": 1, "oYo078": 1},
    ),
    (
        "oYn42",
        "en",
        "techrelease",
        "Low-cost housing builder in Duyên Hải wants husk insulation panels",
        "Houses we build in Duyên Hải (Trà Vinh) are very hot under metal roofs. We want insulation boards or panels made "
        "from rice husk, cheap and resistant to fungi and fire.",
        {"oYo082": 2, "oYo083": 2, "oYo084": 2, "oYo085": 2, "oYo081": 1},
    ),
    (
        "oYn43",
        "vi",
        "surfaces",
        "Xưởng ở Bình Minh muốn làm tấm ván từ vỏ trấu thay ván gỗ",
        "Xưởng vật liệu ở Bình Minh (Vĩnh Long) muốn sản xuất tấm ván, tấm panel từ vỏ trấu thay ván ép gỗ cho nhà tạm, vách "
        "ngăn; cần công nghệ kết dính, chống ẩm.",
        {"oYo084": 2, "oYo082": 1, "oYo083": 1},
    ),
    (
        "oYn44",
        "en",
        "proquest",
        "Rice mill in Vũng Liêm wants a use for the ash from its husk furnace",
        "Our mill in Vũng Liêm (Vĩnh Long) burns husk in its dryer furnace and piles up tonnes of grey ash. We look for "
        "a value-added use of this ash as it is, rather than dumping it.",
        {"oYo073": 2, "oYo078": 2, "oYo077": 1, "oYo074": 1, "oYo118": 1, "oYo150": 1},
    ),
    (
        "oYn65",
        "vi",
        "zmescience",
        "Nhà ở nông thôn Cầu Kè quá nóng, cần vật liệu cách nhiệt từ trấu",
        "Nhiều nhà ở nông thôn Cầu Kè (Trà Vinh) lợp tôn rất nóng. Tổ hợp tác xây dựng muốn vật liệu cách nhiệt rẻ làm từ vỏ "
        "trấu cho mái, vách.",
        {"oYo082": 2, "oYo083": 2, "oYo085": 2, "oYo084": 1, "oYo081": 1},
    ),
    (
        "oYn66",
        "vi",
        "crystals",
        "Xưởng bê tông đúc sẵn ở Trà Vinh muốn dùng tro trấu",
        "Xưởng cống, cột bê tông đúc sẵn ở Trà Vinh muốn dùng tro trấu làm phụ gia khoáng thay một phần xi măng; cần tư vấn "
        "cấp phối, độ mịn tro, cường độ, độ bền.",
        {"oYo077": 2, "oYo078": 2, "oYo079": 2, "oYo118": 1},
    ),
    (
        "oYn75",
        "vi",
        "buildingmyhouse",
        "Khu nghỉ dưỡng ở Ba Động muốn dùng trấu làm lớp cách nhiệt mái",
        "Khu nghỉ dưỡng ở Trường Long Hòa (Duyên Hải, Trà Vinh) muốn dùng vỏ trấu làm lớp cách nhiệt cho mái, vách bungalow, "
        "vật liệu tự nhiên, chống ẩm, chống mối.",
        {"oYo085": 2, "oYo082": 2, "oYo083": 2, "oYo084": 1},
    ),
    # --- (5) rice bran ---------------------------------------------------------------------------------
    (
        "oYn45",
        "vi",
        "memart_chat",
        "Nhà máy xay xát ở Bình Minh: cám nhanh ôi, cần ổn định cám",
        "Cám gạo của nhà máy ở Bình Minh (Vĩnh Long) chỉ vài ngày đã hôi do enzyme lipase, phải bán rẻ làm thức ăn gia súc. "
        "Cần công nghệ, thiết bị ổn định cám ngay sau xát để giữ được lâu và bán giá cao hơn.",
        {"oYo086": 2, "oYo089": 2, "oYo087": 1, "oYo088": 1, "oYo090": 1},
    ),
    (
        "oYn46",
        "en",
        "encyc_cmp",
        "Mill in Tam Bình wants to sell food-grade stabilised bran",
        "Our mill in Tam Bình (Vĩnh Long) wants to sell stabilised bran as a food ingredient. We need a stabilisation line "
        "and shelf-life testing to prove the bran stays stable for months.",
        {"oYo086": 2, "oYo089": 2, "oYo088": 2, "oYo090": 1, "oYo087": 1},
    ),
    (
        "oYn47",
        "vi",
        "memart_loai",
        "Can may ep dau cam gao quy mo nho o Tra On",
        "Co so xay xat o Tra On (Vinh Long) moi ngay ra vai tan cam. Muon ep dau cam gao quy mo nho de ban, phan ba con lai "
        "ban lam thuc an chan nuoi. Can may ep va quy trinh.",
        {"oYo094": 2, "oYo091": 2, "oYo093": 1, "oYo092": 1, "oYo099": 1},
    ),
    (
        "oYn48",
        "en",
        "oilmill",
        "Milling group in Vĩnh Long wants a rice bran oil extraction and refining plant",
        "A group of rice millers in Vĩnh Long wants to stop selling all bran as feed and invest in a bran oil plant with "
        "solvent extraction and refining. We need process design and equipment.",
        {"oYo091": 2, "oYo092": 2, "oYo098": 1, "oYo099": 1, "oYo093": 1, "oYo094": 1, "oYo097": 1},
    ),
    (
        "oYn49",
        "vi",
        "totnhumelam",
        "Doanh nghiệp muốn sản xuất dầu cám gạo tinh luyện giàu oryzanol",
        "Doanh nghiệp ở Vĩnh Long muốn sản xuất dầu cám gạo tinh luyện đóng chai, giữ được oryzanol; cần quy trình trích ly, "
        "tách sáp và tinh luyện.",
        {"oYo093": 2, "oYo091": 2, "oYo092": 2, "oYo097": 1, "oYo095": 1, "oYo094": 1},
    ),
    (
        "oYn50",
        "en",
        "vinmec",
        "Cooperative wants high-value bran extracts for cosmetics and supplements",
        "A cooperative of millers in Trà Vinh wants to earn more from bran than feed prices by selling extracts (oryzanol, "
        "vitamin E) to cosmetic and supplement makers. We look for a technology partner or buyer.",
        {"oYo095": 2, "oYo096": 1, "oYo100": 1},
    ),
    (
        "oYn51",
        "vi",
        "memart_giasuc",
        "Trại heo ở Cầu Kè mua cám gạo bị ôi, cần cám giữ được lâu",
        "Trại heo ở Cầu Kè (Trà Vinh) mua cám gạo ướt, để vài ngày là ôi, mốc, heo bỏ ăn. Cần nguồn cám đã ổn định hoặc cách "
        "xử lý cám để trữ lâu.",
        {"oYo086": 2, "oYo089": 2, "oYo088": 1},
    ),
    (
        "oYn52",
        "en",
        "daijiworld",
        "Investor in Vĩnh Long wants a feasibility study for a large bran oil plant",
        "An investor in Vĩnh Long wants to replicate a large crude rice bran oil plant with refinery for the province's "
        "mills. Before committing, we need a feasibility review: bran supply, stabilisation, capital cost.",
        {"oYo099": 2, "oYo098": 1, "oYo091": 1, "oYo092": 1, "oYo100": 1},
    ),
    (
        "oYn67",
        "vi",
        "orthoefer",
        "Cơ sở dầu cám ở Bình Minh: dầu thô nhiều acid béo tự do",
        "Cơ sở ép dầu cám ở Bình Minh (Vĩnh Long) thu dầu thô có acid béo tự do cao vì cám mua về đã ôi, hao hụt nhiều khi "
        "tinh luyện. Cần biện pháp ổn định cám trước khi ép.",
        {"oYo086": 2, "oYo089": 2, "oYo090": 2, "oYo088": 1, "oYo091": 1, "oYo099": 1},
    ),
    (
        "oYn68",
        "vi",
        "tcvn_rbo",
        "Cơ sở dầu cám ở Trà Ôn cần phân tích chất lượng để công bố",
        "Cơ sở dầu cám gạo ở Trà Ôn (Vĩnh Long) cần phân tích hàm lượng dầu trong cám, thành phần acid béo, oryzanol của dầu "
        "để công bố chất lượng sản phẩm.",
        {"oYo100": 2, "oYo097": 1, "oYo093": 1},
    ),
    # --- (6) straw burning, alternatives, biochar ------------------------------------------------------
    (
        "oYn53",
        "vi",
        "vovgt",
        "Xã ven quốc lộ ở Trà Ôn cần giải pháp thay đốt đồng",
        "Mùa thu hoạch, khói đốt rơm ven quốc lộ qua Trà Ôn (Vĩnh Long) che tầm nhìn, gây nguy hiểm giao thông. UBND xã cần "
        "giải pháp để nông dân không đốt rơm mà vẫn dọn ruộng kịp vụ.",
        {"oYo101": 2, "oYo112": 2, "oYo115": 2, "oYo046": 1, "oYo047": 1, "oYo009": 1, "oYo007": 1},
    ),
    (
        "oYn54",
        "en",
        "moitruong",
        "Environment office in Cầu Ngang must quantify straw-burning emissions",
        "The district environment office in Cầu Ngang (Trà Vinh) must estimate PM2.5 and greenhouse gases from straw "
        "burning to set a reduction target. We need emission factors and an inventory method.",
        {"oYo102": 2, "oYo114": 2, "oYo048": 1, "oYo012": 1},
    ),
    (
        "oYn55",
        "vi",
        "baomoi",
        "HTX ở Tam Bình muốn làm than sinh học từ rơm thay vì đốt",
        "HTX ở Tam Bình (Vĩnh Long) muốn chuyển rơm rạ thành than sinh học bón lại ruộng thay vì đốt bỏ; cần công nghệ và lò "
        "nhiệt phân phù hợp quy mô HTX.",
        {"oYo103": 2, "oYo104": 2, "oYo116": 2, "oYo106": 1, "oYo051": 1},
    ),
    (
        "oYn56",
        "en",
        "appsci",
        "Rice farm in Trà Cú wants husk/straw biochar to cut fertiliser losses",
        "Our rice farm in Trà Cú (Trà Vinh) on acid soil loses much urea. We want rice husk or straw biochar to hold "
        "nutrients and raise yields, and a source of it.",
        {"oYo103": 2, "oYo105": 2, "oYo108": 2, "oYo109": 1, "oYo111": 1, "oYo110": 1, "oYo104": 1},
    ),
    (
        "oYn57",
        "vi",
        "nnhc_phianam",
        "Đất nhiễm mặn, phèn ở Duyên Hải cần biochar từ trấu",
        "Vùng đất nhiễm mặn, phèn ven biển Duyên Hải (Trà Vinh) trồng màu kém. Nông dân muốn dùng than sinh học từ trấu để cải "
        "tạo đất; cần liều lượng và bằng chứng hiệu quả.",
        {"oYo107": 2, "oYo108": 2, "oYo105": 1, "oYo103": 1, "oYo113": 1},
    ),
    (
        "oYn58",
        "en",
        "rhb_spinach",
        "Vegetable growers in Càng Long want husk biochar to hold water",
        "Sandy vegetable plots in Càng Long (Trà Vinh) dry out quickly in the dry season. Growers want husk biochar to "
        "improve water retention, with dosage advice.",
        {"oYo110": 2, "oYo105": 2, "oYo108": 2, "oYo113": 1, "oYo106": 1},
    ),
    (
        "oYn59",
        "vi",
        "thainguyen_bc",
        "Can lo dot trau hun lam than sinh hoc quy mo ho o Tieu Can",
        "Nha toi o Tieu Can (Tra Vinh) co nhieu trau, rom. Muon mua hoac tu lam lo nhiet phan nho de lam trau hun, than sinh "
        "hoc bon ruong va tron phan chuong.",
        {"oYo104": 2, "oYo116": 2, "oYo066": 1, "oYo056": 1, "oYo105": 1},
    ),
    (
        "oYn60",
        "en",
        "th4_burn",
        "Rice farmers in Vũng Liêm want to return straw and its nutrients to the field",
        "Farmers in Vũng Liêm (Vĩnh Long) burn straw because ploughing it in delays the next crop, though burning loses "
        "most of its nitrogen and potassium. They want a method and evidence to return straw to the soil in time.",
        {"oYo051": 2, "oYo049": 2, "oYo050": 2, "oYo046": 2, "oYo047": 2, "oYo048": 1},
    ),
    (
        "oYn69",
        "en",
        "tienphong",
        "District in Trà Cú plans a no-burning rule and needs alternatives",
        "The district People's Committee in Trà Cú (Trà Vinh) plans to ban open straw burning. Before issuing it, it needs "
        "a package of alternatives farmers can actually adopt and support for collection.",
        {"oYo101": 2, "oYo112": 2, "oYo115": 2, "oYo009": 1, "oYo046": 1, "oYo029": 1},
    ),
    (
        "oYn70",
        "vi",
        "tietkiem",
        "Vườn lan, rau giá thể ở TP Trà Vinh cần nguồn trấu hun ổn định",
        "Vườn lan và rau trồng giá thể ở TP Trà Vinh cần nguồn trấu hun (than sinh học từ trấu) ổn định, chất lượng đều để "
        "làm giá thể.",
        {"oYo105": 2, "oYo104": 1, "oYo116": 1, "oYo113": 1},
    ),
]
