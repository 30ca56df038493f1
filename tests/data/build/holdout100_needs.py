"""Needs of the holdout100 set: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    (
        "lXn01",
        "vi",
        "taxkey",
        "Siêu thị mini cần xuất hóa đơn điện tử ngay từ máy tính tiền",
        "Siêu thị mini của chúng tôi ở phường 1, TP. Trà Vinh đang bán lẻ, lâu nay mua hóa đơn giấy lẻ ở chi cục thuế "
        "theo từng lần khách yêu cầu. Nay cần máy tính tiền phát hành được hóa đơn điện tử cho mỗi lần bán, đúng quy định "
        "và có người hướng dẫn thu ngân.",
        {"lXo001": 2, "lXo002": 2, "lXo141": 1, "lXo011": 1, "lXo006": 1, "lXo112": 1},
    ),
    (
        "lXn02",
        "en",
        "nickel",
        "Grocery till that issues invoices and deducts stock",
        "Our family grocery in Càng Long writes every sale on a receipt pad and counts stock by eye. We need a "
        "point-of-sale that prints an itemised bill, handles returns and takes each item off stock at the moment of sale.",
        {"lXo003": 2, "lXo004": 2, "lXo005": 2, "lXo141": 2, "lXo001": 1, "lXo006": 1, "lXo030": 1},
    ),
    (
        "lXn03",
        "vi",
        "vayo",
        "Cửa hàng tạp hóa muốn bỏ sổ tay và hóa đơn viết tay",
        "Cửa hàng tạp hóa ở thị trấn Cầu Kè có 3 người bán, hàng mới về liên tục. Nhân viên phải nhớ giá, cộng tiền bằng "
        "tay và viết hóa đơn, chủ phải tự thu tiền. Cần phần mềm bán hàng đơn giản tự tính tiền, in hóa đơn, quản lý mặt "
        "hàng, nhà cung cấp và tồn kho.",
        {"lXo011": 2, "lXo141": 2, "lXo004": 2, "lXo003": 1, "lXo023": 1, "lXo146": 1, "lXo010": 1},
    ),
    (
        "lXn04",
        "vi",
        "ocaml",
        "Can may in hoa don va ket dung tien cho tiem tap hoa",
        "Tiem tap hoa nha toi o xa Long Duc, TP Tra Vinh muon mua may in bill nhiet, ket dung tien tu mo khi tinh tien "
        "xong, noi voi may tinh ban hang. Can nguoi lap dat va chi cach dung.",
        {"lXo141": 2, "lXo004": 2, "lXo007": 1, "lXo017": 1, "lXo008": 1},
    ),
    (
        "lXn05",
        "en",
        "cashdr",
        "Receipt printing for a web-based POS we are building",
        "A small software co-operative in Trà Vinh city is building a browser-based POS for local shops and needs it to "
        "print receipts with barcodes and paper cut on common thermal printers over LAN or USB, open the drawer and "
        "warn when paper runs out.",
        {"lXo007": 2, "lXo008": 2, "lXo017": 1},
    ),
    (
        "lXn06",
        "en",
        "wikisco",
        "Self-checkout lane for a busy mini supermarket",
        "Our mini supermarket in Vĩnh Long city has long queues after 5 pm, mostly customers with a few items. We want "
        "one or two self-service checkouts where shoppers scan, bag and pay by card or QR, watched by one staff member.",
        {"lXo015": 2, "lXo142": 2, "lXo004": 1},
    ),
    (
        "lXn07",
        "vi",
        "kienthuc",
        "Cửa hàng gạo muốn cho khách quét mã QR trả tiền",
        "Cửa hàng gạo sỉ lẻ ở thị trấn Tiểu Cần nhiều khách hỏi chuyển khoản, thối tiền lẻ mất thời gian. Cần hướng dẫn "
        "tạo mã QR, đặt tại quầy và cách kiểm tra tiền đã vào tài khoản.",
        {"lXo012": 2, "lXo014": 2, "lXo016": 2, "lXo013": 2},
    ),
    (
        "lXn08",
        "vi",
        "vnnqr",
        "Tieu thuong cho Cau Ngang muon dung ma QR thanh toan",
        "Ban quan ly cho thi tran Cau Ngang muon ho tro tieu thuong ban rau, thit, tap hoa dan ma QR tai sap, khach mua "
        "vai nghin dong cung quet duoc, it cam tien mat, tranh tien gia.",
        {"lXo014": 2, "lXo012": 2, "lXo016": 2, "lXo013": 1},
    ),
    (
        "lXn09",
        "en",
        "vnn",
        "QR payments reconciled at the end of each day",
        "A chain of four convenience stores in Trà Vinh takes QR transfers from many banks and wallets and cannot match "
        "them to tills at closing. We need one QR standard for all banks with an end-of-day reconciliation dashboard and "
        "alerts on odd transactions.",
        {"lXo013": 2, "lXo012": 1, "lXo016": 1, "lXo112": 1},
    ),
    (
        "lXn10",
        "vi",
        "scanlb",
        "Chọn máy quét mã vạch cho quầy tính tiền",
        "Siêu thị mini ở phường 8, TP. Vĩnh Long sắp mở 2 quầy tính tiền, chưa biết chọn máy quét cầm tay hay để quầy, "
        "laser hay 2D để đọc được mã trên bao bì lẫn mã QR trên điện thoại của khách.",
        {"lXo021": 2, "lXo025": 2, "lXo023": 2, "lXo045": 2, "lXo043": 1},
    ),
    (
        "lXn11",
        "en",
        "smartbiz",
        "Barcode the whole stock of a grocery store",
        "Our grocery in Trà Ôn carries about 1,500 items and we still count stock by hand every month. We want to put "
        "barcodes into use from receiving to the till so stock levels update by themselves and reorders are flagged.",
        {"lXo029": 2, "lXo030": 2, "lXo031": 2, "lXo032": 2, "lXo137": 2, "lXo023": 2, "lXo033": 1},
    ),
    (
        "lXn12",
        "vi",
        "jpscale",
        "Bán rau, thịt theo cân cần tem mã vạch có giá",
        "Cửa hàng thực phẩm sạch ở huyện Long Hồ cân rau, thịt cho khách rồi thu ngân phải gõ lại khối lượng, hay sai. "
        "Cần cân in tem mã vạch và phần mềm tính tiền đọc được khối lượng, thành tiền từ tem đó.",
        {"lXo024": 2, "lXo155": 2, "lXo022": 1, "lXo026": 1},
    ),
]
NEEDS += [
    (
        "lXn13",
        "vi",
        "scanlb",
        "Cần giấy in và dịch vụ in tem mã vạch cho siêu thị mini",
        "Siêu thị mini ở thị xã Duyên Hải tự in tem giá dán hàng nhưng tem mờ, bong keo, máy quét không đọc được gây "
        "kẹt quầy. Cần loại decal in mã vạch phù hợp hoặc nơi in tem barcode, QR sẵn.",
        {"lXo022": 2, "lXo026": 2, "lXo032": 2, "lXo023": 1},
    ),
    (
        "lXn14",
        "en",
        "ichk",
        "Barcodes on our rice bags so supermarkets will stock them",
        "A rice cooperative in Cầu Kè packs fragrant rice in 5 kg bags. Supermarket buyers in Vĩnh Long ask for a "
        "registered product barcode on each bag. We need help to register the company code and print it on packaging.",
        {"lXo042": 2, "lXo026": 1, "lXo022": 1},
    ),
    (
        "lXn15",
        "vi",
        "eslpg",
        "Cửa hàng tạp hóa muốn quản lý hạn sử dụng, giảm hàng hủy",
        "Cửa hàng tạp hóa ở huyện Trà Cú mỗi tháng phải hủy sữa, bánh, nước chấm hết hạn vì không biết lô nào sắp hết. "
        "Cần phần mềm theo dõi hạn dùng theo lô, cảnh báo trước và ưu tiên bán lô hết hạn sớm.",
        {"lXo027": 2, "lXo028": 2, "lXo154": 2, "lXo150": 1},
    ),
    (
        "lXn16",
        "en",
        "idiom",
        "Expiry losses on dairy and yoghurt",
        "A minimart in Bình Minh throws away yoghurt and fresh milk every week. We want batch and expiry tracking that "
        "tells staff which lot to put in front and marks down items a few days before their date.",
        {"lXo154": 2, "lXo027": 2, "lXo028": 2, "lXo150": 1, "lXo036": 1},
    ),
    (
        "lXn17",
        "en",
        "idiom",
        "Fast stock counts for a clothing and shoe shop",
        "Our clothing and footwear shop in Vĩnh Long city has hundreds of sizes and colours; barcode counts take two "
        "days and the records are often wrong. We want RFID tags and handheld readers to count the shop in an hour.",
        {"lXo034": 2, "lXo035": 2, "lXo040": 1, "lXo036": 1},
    ),
    (
        "lXn18",
        "en",
        "eslcsc",
        "Electronic shelf labels for a supermarket",
        "A supermarket in Trà Vinh city changes hundreds of promotional prices each week and shelf tags often differ from "
        "the till. We want electronic shelf labels updated from the POS software.",
        {"lXo037": 2, "lXo038": 2, "lXo138": 2, "lXo150": 2, "lXo149": 1},
    ),
    (
        "lXn19",
        "vi",
        "esl2",
        "Nhãn giá điện tử thay cho thay giá bằng tay",
        "Siêu thị ở phường 1, thị xã Duyên Hải mỗi đợt khuyến mãi mất hai ngày công đi thay nhãn giấy, khách phàn nàn giá "
        "kệ khác giá quầy. Cần nhãn giá điện tử trên kệ cập nhật từ phần mềm.",
        {"lXo138": 2, "lXo037": 2, "lXo038": 2, "lXo150": 2, "lXo149": 1},
    ),
    (
        "lXn20",
        "vi",
        "alii",
        "Bán online và tại quầy bị lệch tồn kho",
        "Cửa hàng mẹ và bé ở Vũng Liêm bán tại quầy và trên Facebook, Shopee; hàng hết trên kệ nhưng trên mạng vẫn nhận "
        "đơn. Cần phần mềm đồng bộ tồn kho và đơn hàng giữa các kênh.",
        {"lXo109": 2, "lXo110": 2, "lXo112": 2, "lXo111": 1, "lXo123": 1},
    ),
    (
        "lXn21",
        "en",
        "gold",
        "One stock for shop, Facebook and Zalo orders",
        "A grocery in Trà Vinh city takes orders in the shop and through Facebook and Zalo messages. Orders get lost and "
        "stock is wrong. We want one system for orders, stock and customers across channels.",
        {"lXo112": 2, "lXo109": 2, "lXo110": 2, "lXo111": 1},
    ),
    (
        "lXn22",
        "en",
        "smn",
        "Open dairy cases push up our power bill",
        "Our 300 m² grocery in Trà Vinh city runs open multideck coolers for milk, drinks and sausages, and refrigeration "
        "is most of the electricity bill. We want to cut it without losing sales.",
        {"lXo046": 2, "lXo048": 2, "lXo049": 2, "lXo047": 2, "lXo125": 2, "lXo126": 2, "lXo069": 1, "lXo051": 1},
    ),
    (
        "lXn23",
        "vi",
        "hpt",
        "Tủ mát hở tốn điện, muốn lắp cửa",
        "Siêu thị mini ở thị trấn Càng Long có 3 tủ mát hở bày sữa, nước ngọt, chạy suốt ngày, tiền điện tăng mạnh và "
        "lối đi lạnh. Cần đơn vị cải tạo lắp cửa kính cho tủ.",
        {"lXo125": 2, "lXo126": 2, "lXo046": 2, "lXo049": 2, "lXo048": 2, "lXo051": 1},
    ),
    (
        "lXn24",
        "vi",
        "ecoact",
        "Lắp cửa tủ mát có làm giảm doanh số không?",
        "Chủ siêu thị ở TP. Vĩnh Long muốn lắp cửa cho tủ mát để tiết kiệm điện nhưng lo khách ngại mở cửa, bán ít đi. "
        "Cần số liệu thử nghiệm thực tế hoặc làm thử tại cửa hàng để chứng minh.",
        {"lXo051": 2, "lXo069": 2, "lXo151": 2, "lXo125": 1, "lXo048": 1},
    ),
    (
        "lXn25",
        "en",
        "waypt",
        "New case doors saved less energy than promised",
        "A supermarket in Vĩnh Long fitted doors on its chilled cabinets last year, but the power bill fell far less than "
        "quoted. We suspect gaps and poor seals and want the doors tested and corrected.",
        {"lXo050": 2, "lXo047": 1, "lXo049": 1},
    ),
    (
        "lXn26",
        "vi",
        "bepkit",
        "Mua tủ đông bán kem, hàng đông lạnh ít tốn điện",
        "Tiệm tạp hóa ở xã Hiếu Tử, Tiểu Cần muốn mua thêm tủ đông bán kem, cá viên, xúc xích. Cần tư vấn đọc công suất, "
        "chọn tủ máy nén biến tần để tiền điện hàng tháng không quá cao.",
        {"lXo057": 2, "lXo058": 2, "lXo143": 2, "lXo156": 2, "lXo060": 1},
    ),
]
NEEDS += [
    (
        "lXn27",
        "vi",
        "vnnfr",
        "Can tu mat trung bay nuoc ngot tiet kiem dien",
        "Tiem tap hoa gan truong hoc o xa Dai Phuoc, Cang Long ban nuoc ngot, sua hop. Tu cu hay do mo hoi, ton dien. "
        "Can mua tu mat cua kinh trung bay do uong it ton dien, de khach thay hang.",
        {"lXo059": 2, "lXo058": 1, "lXo156": 1, "lXo125": 1},
    ),
    (
        "lXn28",
        "en",
        "sumi",
        "One cabinet with freezer and chiller compartments",
        "A small meat and seafood shop in Long Hồ has no room for both a freezer and a chiller. We want one commercial "
        "cabinet with a frozen compartment near -18°C and a chilled one for fresh fish.",
        {"lXo060": 2, "lXo158": 2, "lXo143": 1},
    ),
    (
        "lXn29",
        "en",
        "fermag",
        "Phone alerts when the ice-cream freezers warm up",
        "An ice-cream and frozen-food store in Trà Vinh city lost a full freezer last month when the compressor stopped "
        "overnight. We want sensors that text or call us when any freezer leaves its range or power fails.",
        {"lXo053": 2, "lXo055": 2, "lXo056": 2, "lXo128": 2, "lXo129": 2, "lXo054": 1, "lXo066": 1},
    ),
    (
        "lXn30",
        "vi",
        "tvnd",
        "Giám sát nhiệt độ tủ đông ban đêm",
        "Siêu thị ở phường 4, TP. Vĩnh Long từng mất nguyên tủ hàng đông lạnh vì tủ hỏng lúc nửa đêm, sáng ra mới biết. "
        "Cần thiết bị đo nhiệt độ liên tục, báo về điện thoại và lưu số liệu.",
        {"lXo128": 2, "lXo129": 2, "lXo127": 2, "lXo053": 2, "lXo055": 2, "lXo066": 1},
    ),
    (
        "lXn31",
        "en",
        "afstc",
        "Low-cost open-source fridge monitoring for member shops",
        "A vocational college in Vĩnh Long wants to equip 20 member grocery shops with cheap temperature monitoring built "
        "from open hardware and a free cloud platform that its students can maintain.",
        {"lXo054": 2, "lXo127": 2, "lXo053": 1, "lXo055": 1, "lXo056": 1},
    ),
    (
        "lXn32",
        "vi",
        "cafef",
        "Hợp tác xã muốn giảm tiền điện các tủ lạnh trưng bày",
        "Cửa hàng của hợp tác xã ở Trà Ôn có 5 tủ trưng bày lạnh chạy cả ngày. Muốn biết cần nâng cấp gì cho tủ (đèn, "
        "quạt, rèm đêm) để giảm điện mà không phải mua tủ mới.",
        {"lXo126": 2, "lXo047": 2, "lXo061": 1, "lXo125": 1, "lXo057": 1},
    ),
    (
        "lXn33",
        "en",
        "gcsi",
        "Glass-door drinks cooler for a convenience store",
        "A convenience store at the Cầu Ngang bus stop sells cold drinks all day; the old cooler sweats and uses a lot of "
        "power. We want an energy-saving glass-door beverage display cooler.",
        {"lXo059": 2, "lXo156": 1, "lXo125": 1},
    ),
    (
        "lXn34",
        "vi",
        "bizen",
        "Giảm điện tủ trưng bày hở quầy thịt, rau",
        "Siêu thị mini ở Bình Tân có tủ trưng bày hở bán thịt và rau, không muốn lắp cửa vì khách chọn hàng. Cần giải "
        "pháp như rèm đêm, đèn LED trong tủ, quạt tiết kiệm điện.",
        {"lXo126": 2, "lXo047": 2, "lXo052": 1, "lXo077": 1},
    ),
    (
        "lXn35",
        "vi",
        "thietkedep",
        "Thiết kế bố cục siêu thị mini 35 m²",
        "Tôi sắp mở siêu thị mini 35 m² ở thị trấn Châu Thành, Trà Vinh. Cần người thiết kế lối đi, vị trí kệ, quầy thu "
        "ngân và kho sao cho khách dễ tìm hàng, chi phí thấp.",
        {"lXo071": 2, "lXo072": 2, "lXo073": 1, "lXo132": 1},
    ),
    (
        "lXn36",
        "en",
        "flip",
        "Low-cost redesign of a crowded grocery shop",
        "A grocery in Tam Bình has stock piled on the floor and customers cannot find goods. We want a cheap redesign "
        "with modular shelves, clear aisles, a checkout zone and LED lights.",
        {"lXo072": 2, "lXo071": 2, "lXo073": 1},
    ),
    (
        "lXn37",
        "vi",
        "sky",
        "Đếm số khách vào cửa hàng và tỷ lệ mua",
        "Chuỗi 3 cửa hàng bách hóa ở TP. Trà Vinh muốn biết mỗi giờ bao nhiêu khách vào, bao nhiêu người mua để bố trí "
        "nhân viên và sắp lại kệ hàng.",
        {"lXo074": 2, "lXo075": 2, "lXo153": 2, "lXo085": 2, "lXo092": 1},
    ),
    (
        "lXn38",
        "en",
        "bs4",
        "Footfall and dwell-time data for a minimart chain",
        "A minimart chain in Vĩnh Long wants to count visitors at the door and see which aisles they spend time in, "
        "without collecting faces, to rearrange shelves.",
        {"lXo153": 2, "lXo085": 2, "lXo074": 2, "lXo075": 1},
    ),
]
NEEDS += [
    (
        "lXn39",
        "en",
        "csal",
        "Replace fluorescent tubes with LEDs in a supermarket",
        "A 600 m² supermarket in Trà Vinh city still runs about 80 T8 fluorescent fixtures 10 hours a day. We want an LED "
        "retrofit with an energy and payback estimate and little disruption to trading.",
        {"lXo081": 2, "lXo082": 2, "lXo083": 2, "lXo130": 2, "lXo086": 1},
    ),
    (
        "lXn40",
        "vi",
        "rrfb",
        "Đèn huỳnh quang tốn điện, muốn chuyển sang LED",
        "Cửa hàng bách hóa ở thị trấn Cái Nhum, Mang Thít dùng đèn tuýp huỳnh quang cũ, hay chớp và tốn điện. Cần khảo "
        "sát, thay đèn LED và tính thời gian hoàn vốn.",
        {"lXo130": 2, "lXo081": 2, "lXo083": 2, "lXo082": 2, "lXo084": 1},
    ),
    (
        "lXn41",
        "en",
        "bhdp",
        "Meat and produce look dull under our lights",
        "Our fresh counter in a Vĩnh Long supermarket sells pork, fish, fruit and vegetables, but under cold white tubes "
        "they look pale. We want lighting that shows natural colours without heating the food.",
        {"lXo078": 2, "lXo077": 2, "lXo131": 2, "lXo076": 1, "lXo132": 1, "lXo080": 1},
    ),
    (
        "lXn42",
        "vi",
        "csal",
        "Thiết kế chiếu sáng theo từng khu của siêu thị",
        "Siêu thị 500 m² ở phường 5, TP. Trà Vinh muốn làm lại hệ đèn: khu rau quả, bánh mì sáng hơn, khu hàng khô dịu "
        "hơn, không chói mắt và tiết kiệm điện.",
        {"lXo132": 2, "lXo076": 2, "lXo079": 2, "lXo080": 2, "lXo131": 1},
    ),
    (
        "lXn43",
        "vi",
        "thietkedep",
        "Tiệm tạp hóa muốn bố trí lại kệ hàng cho sáng sủa",
        "Tiệm tạp hóa ở ấp chợ xã Tân Sơn, Trà Cú hàng chất cao, tối, khách khó tìm. Muốn sắp xếp lại kệ, chia khu hàng, "
        "lối đi và đèn cho sáng sủa, chi phí ít.",
        {"lXo072": 2, "lXo071": 2, "lXo132": 1, "lXo130": 1, "lXo073": 1},
    ),
    (
        "lXn44",
        "en",
        "shook",
        "Does case lighting shorten the shelf life of fresh food?",
        "A supermarket in Trà Vinh city finds that packaged meat and salads in its lit chilled cases discolour quickly. "
        "We want advice on case lighting that avoids glare, heat and UV on perishables.",
        {"lXo077": 2, "lXo047": 1, "lXo078": 1},
    ),
    (
        "lXn45",
        "vi",
        "hiv",
        "Siêu thị bị trộm hàng nhỏ mùa cuối năm",
        "Siêu thị ở TP. Trà Vinh dịp cận Tết đông khách, nhiều lần mất dầu gội, kem đánh răng, sữa bột; kẻ trộm đi theo "
        "nhóm chuyền hàng cho nhau. Cần giải pháp camera, tem từ, cổng báo động.",
        {"lXo089": 2, "lXo133": 2, "lXo136": 2, "lXo093": 2, "lXo094": 2, "lXo095": 2, "lXo103": 1},
    ),
    (
        "lXn46",
        "vi",
        "thanhnien",
        "Can lap camera cho tiem tap hoa xem qua dien thoai",
        "Tiem tap hoa cua toi o xa Luong Hoa, Chau Thanh hay bi mat hang khi vang nguoi. Can lap 2 camera xem qua dien "
        "thoai, ghi hinh ca ngay, gia vua phai.",
        {"lXo090": 2, "lXo091": 2, "lXo092": 2, "lXo152": 1},
    ),
    (
        "lXn47",
        "en",
        "tntp",
        "Cameras over the till and the stockroom",
        "A grocery owner in Cầu Kè wants cameras covering the entrance, the cash counter and the back stockroom, "
        "recording reliably so footage exists when goods or cash go missing.",
        {"lXo089": 2, "lXo091": 2, "lXo152": 2, "lXo090": 1},
    ),
    (
        "lXn48",
        "en",
        "psl",
        "Security tags and exit gates for high-value items",
        "A cosmetics and milk-powder shop in Vĩnh Long city loses expensive tins and lipsticks. We want security tags, "
        "exit antennas and locked displays.",
        {"lXo093": 2, "lXo094": 2, "lXo133": 2, "lXo095": 2},
    ),
    (
        "lXn49",
        "en",
        "ezd",
        "Train our staff to stop shoplifting",
        "A supermarket in Trà Vinh city has young staff who chat and use phones on the floor. We want short training so "
        "they greet customers, know shoplifting tricks and watch risky corners.",
        {"lXo104": 2, "lXo103": 2, "lXo093": 1},
    ),
    (
        "lXn50",
        "en",
        "simp",
        "Stock is short but the cash always matches",
        "At our minimart in Trà Vinh the monthly count shows missing goods while tills balance every night. We suspect "
        "a cashier voiding sales after customers leave and need POS reports to find it.",
        {"lXo097": 2, "lXo098": 2, "lXo099": 2, "lXo134": 2, "lXo135": 2, "lXo101": 1, "lXo100": 1, "lXo102": 1},
    ),
]
NEEDS += [
    (
        "lXn51",
        "vi",
        "brisb",
        "Phát hiện thu ngân hủy hóa đơn để lấy tiền",
        "Cửa hàng tiện lợi ở TP. Vĩnh Long nghi thu ngân hủy hóa đơn, trả hàng khống rồi lấy tiền. Cần cài đặt phần mềm "
        "bán hàng và báo cáo các giao dịch hủy, trả hàng bất thường theo từng nhân viên.",
        {"lXo134": 2, "lXo135": 2, "lXo097": 2, "lXo099": 2, "lXo089": 1, "lXo101": 1},
    ),
    (
        "lXn52",
        "vi",
        "kpm",
        "Nhân viên bán hàng không nhập máy, bỏ túi tiền",
        "Quầy tạp hóa ở chợ Trà Ôn có người bán nhận tiền mặt mà không bấm máy tính tiền, cuối ngày tiền vẫn khớp. Cần "
        "cách phát hiện những lần bán không ghi vào máy.",
        {"lXo100": 2, "lXo099": 2, "lXo089": 1, "lXo135": 1},
    ),
    (
        "lXn53",
        "en",
        "goodsec",
        "AI camera alerts for shoplifting without face recognition",
        "A supermarket in Vĩnh Long wants its existing cameras to alert staff in real time when someone hides goods, "
        "but does not want facial recognition for privacy reasons.",
        {"lXo096": 2, "lXo136": 2, "lXo092": 1},
    ),
    (
        "lXn54",
        "en",
        "lps",
        "Teach managers to spot void and refund fraud",
        "A grocery chain in Trà Vinh wants its store managers trained to recognise fake refunds, voids and register "
        "frauds and to know which controls to put in place.",
        {"lXo101": 2, "lXo102": 2, "lXo097": 1},
    ),
    (
        "lXn55",
        "vi",
        "sky",
        "Cổng từ chống trộm cho cửa hàng mỹ phẩm, điện thoại",
        "Cửa hàng mỹ phẩm và phụ kiện điện thoại ở Bình Minh muốn gắn tem từ cho hàng giá trị, cổng báo động ở cửa và tủ "
        "khóa cho hàng đắt tiền.",
        {"lXo133": 2, "lXo093": 2, "lXo094": 2, "lXo089": 1},
    ),
    (
        "lXn56",
        "vi",
        "vendor",
        "Siêu thị mini muốn làm app đặt hàng giao tận nhà",
        "Siêu thị mini ở phường 3, TP. Vĩnh Long muốn có ứng dụng riêng cho khách quanh khu vực đặt hàng, theo dõi đơn và "
        "shipper của cửa hàng giao tận nhà.",
        {"lXo107": 2, "lXo122": 2, "lXo140": 1, "lXo116": 1},
    ),
    (
        "lXn57",
        "en",
        "tmx",
        "Start taking online orders: delivery or pickup?",
        "A family grocery in Trà Vinh city wants to take orders online for the first time and is unsure whether to "
        "deliver, use outside drivers or let customers collect. We want advice and a simple ordering set-up.",
        {"lXo116": 2, "lXo118": 2, "lXo140": 2, "lXo121": 2, "lXo107": 1, "lXo117": 1},
    ),
    (
        "lXn58",
        "vi",
        "home",
        "Quy trình giao nhanh trong bán kính vài km",
        "Cửa hàng bách hóa ở thị trấn Cầu Ngang nhận đơn qua điện thoại nhưng giao lúc nhanh lúc chậm. Muốn xây quy trình "
        "cam kết giờ giao theo khoảng cách và giờ đặt hàng.",
        {"lXo108": 2, "lXo140": 1, "lXo107": 1, "lXo116": 1},
    ),
    (
        "lXn59",
        "en",
        "sieunam",
        "Weekly deliveries to outlying hamlets",
        "A cooperative store in Duyên Hải wants to serve remote hamlets with one delivery day per hamlet a week, online "
        "orders closed the day before and goods left in cool boxes.",
        {"lXo117": 2, "lXo108": 1, "lXo116": 1},
    ),
    (
        "lXn60",
        "en",
        "frb",
        "Keeping frozen goods cold on motorbike deliveries",
        "A grocery in Trà Vinh city delivers by motorbike in 35°C heat, and ice cream and chicken arrive soft. We want "
        "insulated or freezable boxes and packing practice to keep chilled and frozen orders safe.",
        {"lXo113": 2, "lXo114": 2, "lXo139": 2, "lXo115": 2, "lXo119": 1, "lXo070": 1},
    ),
    (
        "lXn61",
        "vi",
        "tnc",
        "Giao thịt cá đông lạnh bằng xe máy",
        "Cửa hàng thực phẩm ở thị xã Duyên Hải giao thịt, cá đông lạnh cho khách trong bán kính 10 km bằng xe máy, hàng "
        "hay rã đông. Cần thùng giữ lạnh hoặc dịch vụ giao lạnh.",
        {"lXo139": 2, "lXo113": 2, "lXo115": 2, "lXo114": 1},
    ),
    (
        "lXn62",
        "vi",
        "home",
        "Can dong bo don hang facebook zalo voi kho cua hang",
        "Cua hang tap hoa o Vung Liem nhan don qua Facebook, Zalo va ban tai quay, ghi so tay nen hay sot don, sai ton "
        "kho. Can phan mem gom don va ton kho mot cho.",
        {"lXo109": 2, "lXo110": 2, "lXo112": 2, "lXo111": 1},
    ),
]
NEEDS += [
    (
        "lXn63",
        "en",
        "s2c",
        "Scanner and cloud stock for a pharmacy-grocery",
        "A pharmacy with a grocery corner in Trà Cú wants to scan goods in and out and see live stock on a cloud system "
        "instead of a paper ledger.",
        {"lXo030": 2, "lXo029": 2, "lXo137": 2, "lXo044": 1, "lXo033": 1},
    ),
    (
        "lXn64",
        "vi",
        "alii",
        "HTX mở cửa hàng nông sản cần phần mềm bán hàng có hóa đơn điện tử và bán online",
        "Hợp tác xã nông nghiệp ở Cầu Ngang mở cửa hàng giới thiệu nông sản, vừa bán tại quầy vừa nhận đơn qua Zalo. Cần "
        "một phần mềm quản lý đơn, tồn kho và xuất hóa đơn điện tử.",
        {"lXo112": 2, "lXo001": 2, "lXo109": 1, "lXo002": 1, "lXo110": 1},
    ),
    (
        "lXn65",
        "en",
        "wfm",
        "Phone orders and home delivery for elderly customers",
        "Many elderly customers of our supermarket in Vĩnh Long city cannot come to the store. Their children want to "
        "order by phone or web for them and have the groceries delivered for a small fee.",
        {"lXo124": 2, "lXo117": 1, "lXo118": 1},
    ),
    (
        "lXn66",
        "vi",
        "brisb",
        "Tiem tap hoa nghi nhan vien lay tien, can cai phan mem chong gian lan",
        "Tiem tap hoa cua toi o TP Tra Vinh co 2 nhan vien thu ngan, cuoi thang hang hut ma tien van du. Can cai dat may "
        "tinh tien khoa nut mo ket, bao cao huy don de phat hien.",
        {"lXo134": 2, "lXo135": 2, "lXo089": 1},
    ),
    (
        "lXn67",
        "en",
        "poscb",
        "Scanner that reads both product barcodes and phone QR codes",
        "A cooperative store in Càng Long runs member vouchers as QR codes on phones and also sells packaged goods. We "
        "need a counter scanner that reads EAN barcodes and on-screen QR codes.",
        {"lXo021": 2, "lXo025": 2, "lXo045": 1},
    ),
    (
        "lXn68",
        "vi",
        "zawara",
        "Màn hình cho khách xem giá tại quầy thu ngân",
        "Cửa hàng bách hóa ở phường 7, TP. Trà Vinh hay bị khách thắc mắc giá khi tính tiền. Muốn gắn màn hình nhỏ quay "
        "về phía khách hiển thị tên hàng, giá, số lượng.",
        {"lXo009": 2, "lXo004": 1, "lXo141": 1},
    ),
    (
        "lXn69",
        "en",
        "megasun",
        "Energy-efficient freezer for a minimart",
        "A minimart in Mang Thít needs a new chest freezer for frozen seafood and wants the model with the lowest "
        "running cost, with advice on reading power ratings.",
        {"lXo156": 2, "lXo057": 2, "lXo058": 2, "lXo143": 2},
    ),
    (
        "lXn70",
        "en",
        "sapo",
        "Loyalty points shared between counter and online orders",
        "A bakery-grocery in Trà Vinh city wants regular customers to earn and spend the same points whether they buy at "
        "the counter or order through Facebook and the website.",
        {"lXo123": 2, "lXo111": 1, "lXo112": 1, "lXo003": 1},
    ),
    (
        "lXn71",
        "vi",
        "vayo",
        "In tem giá và mã vạch cho hàng tự đóng gói",
        "Cửa hàng tạp hóa ở huyện Tam Bình tự chia đường, đậu, gạo thành túi nhỏ. Cần máy in hoặc dịch vụ in tem có mã "
        "vạch, giá, hạn dùng để quét được tại quầy.",
        {"lXo022": 2, "lXo026": 2, "lXo032": 2, "lXo024": 1},
    ),
    (
        "lXn72",
        "en",
        "thanhnien",
        "Reliable camera installer for a shop and its warehouse",
        "A wholesale-retail grocery in Tiểu Cần had cheap Wi-Fi cameras that were offline when stock was stolen. We want "
        "a proper installer to choose wired or PoE cameras and a recorder.",
        {"lXo152": 2, "lXo091": 2, "lXo090": 2},
    ),
    (
        "lXn73",
        "vi",
        "wikisco",
        "Quầy tự thanh toán cho siêu thị",
        "Siêu thị ở thị xã Bình Minh muốn lắp 2 quầy tự thanh toán để khách mua ít món tự quét và trả tiền bằng thẻ, QR, "
        "giảm xếp hàng giờ tan tầm.",
        {"lXo142": 2, "lXo015": 2, "lXo004": 1},
    ),
    (
        "lXn74",
        "en",
        "zevo",
        "Keep chilled orders cold while they wait for pickup",
        "A supermarket in Vĩnh Long city prepares online orders for pickup; bags with milk and frozen fish sit at the "
        "counter for an hour. We want packaging and staging that keeps them cold.",
        {"lXo114": 2, "lXo113": 2, "lXo139": 2, "lXo115": 1},
    ),
    (
        "lXn75",
        "en",
        "genio",
        "POS that issues Vietnamese e-invoices from the cash register",
        "A mini supermarket in Trà Vinh city must issue e-invoices generated from its cash register under the tax rules "
        "and wants a compliant till with set-up support.",
        {"lXo001": 2, "lXo002": 2, "lXo112": 1, "lXo006": 1},
    ),
]
