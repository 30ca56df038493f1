"""Needs for the holdout104 labelled set: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    (
        "mBn01",
        "vi",
        "vtc_live",
        "HTX ở Trà Cú cần người làm nội dung và livestream bán nông sản",
        "Hợp tác xã nông sản ở huyện Trà Cú muốn bán online nhưng thiếu người viết kịch bản, làm video và dẫn "
        "livestream; sóng internet ở ấp chập chờn, nhiều khi phải ra chỗ cao mới phát được. Cần đơn vị tập huấn kỹ "
        "năng bán hàng online và hỗ trợ làm video quảng bá sản phẩm.",
        {"mBo010": 2, "mBo011": 2, "mBo008": 2, "mBo004": 1, "mBo003": 1},
    ),
    (
        "mBn02",
        "vi",
        "cnds_live",
        "Can dua buoi nam roi Binh Minh len san TMDT va gui di tinh xa",
        "Nha toi trong buoi nam roi o Binh Minh, vao mua thuong lai ep gia. Muon ban online tren san cua buu dien "
        "hoac san TMDT, nho buu dien nhan hang tai vuon va cho ra TP.HCM, Ha Noi. Can huong dan dang ban va don vi "
        "van chuyen lien tinh.",
        {"mBo001": 2, "mBo002": 2, "mBo003": 2, "mBo006": 1, "mBo008": 1, "mBo009": 1, "mBo005": 1},
    ),
    (
        "mBn03",
        "en",
        "dantri_live",
        "Wax-coconut cooperative in Cầu Kè wants to sell online and ship orders",
        "Our cooperative in Cầu Kè grows wax coconut (dừa sáp) and makes a few processed products. Members have "
        "phones but have never opened an online shop. We need someone to set up our listings on national "
        "e-commerce platforms and teach members to photograph, pack and hand over parcels to a carrier.",
        {"mBo003": 2, "mBo004": 2, "mBo008": 2, "mBo005": 1, "mBo072": 1, "mBo010": 1, "mBo009": 1},
    ),
    (
        "mBn04",
        "vi",
        "bangdatally",
        "Hộ trồng khoai lang tím Bình Tân cần kênh bán online và chở hàng mùa vụ",
        "Tổ hợp tác khoai lang tím ở Bình Tân thu hoạch rộ vài trăm tấn một lúc, thương lái mua ít. Muốn đưa khoai "
        "lên sàn thương mại điện tử như nhiều hộ nông dân đã làm, đồng thời cần đơn vị có xe và mạng lưới để gom, chở "
        "khoai tới người mua ở các tỉnh.",
        {"mBo003": 2, "mBo002": 2, "mBo001": 2, "mBo007": 1, "mBo005": 1, "mBo009": 1},
    ),
    (
        "mBn05",
        "en",
        "anlao_vai",
        "Rambutan growers on An Bình islet want post offices to buy and retail a harvest",
        "A group of rambutan growers on An Bình islet (Long Hồ) cannot reach traders this season. We ask post "
        "offices in the province to take batches of a few hundred kilos up to about 10 tonnes, check origin and "
        "sell the fruit at their counters and through their network.",
        {"mBo006": 2, "mBo002": 2, "mBo001": 1, "mBo007": 1},
    ),
    (
        "mBn06",
        "en",
        "ninhthuan_nhan",
        "Tam Bình orange farmers need a carrier with trucks and staff at harvest",
        "King-orange (cam sành) farmers in Tam Bình sell much of the crop through online shops and social media. "
        "At peak harvest we need a carrier to sign a contract, station staff and 5-12 tonne trucks in the orchard "
        "area and move more than 100 tonnes to buyers around the country.",
        {"mBo007": 2, "mBo002": 2, "mBo052": 1, "mBo005": 1, "mBo001": 1},
    ),
    (
        "mBn07",
        "vi",
        "vnexpress_best",
        "Can may can, do kich thuoc buu kien tu dong cho buu cuc Cang Long",
        "Buu cuc o Cang Long nhan hang tram don moi chieu tu cac shop online, nhan vien phai can va do tung goi bang "
        "tay nen hay sai cuoc va ket hang dip Tet. Can thiet bi can, do ba chieu va quet ma van don tu dong dat tren "
        "bang chuyen.",
        {"mBo013": 2, "mBo014": 2, "mBo012": 1, "mBo016": 1},
    ),
    (
        "mBn08",
        "en",
        "vnnow_best",
        "Vĩnh Long hub needs automatic parcel sorting down to commune level",
        "Our provincial parcel hub in Vĩnh Long receives growing volumes from OCOP and online sellers and sorts them "
        "by hand to districts and communes. We are looking for an automated sorting system that reads labels and "
        "routes parcels by address, able to take thousands of items an hour at peak.",
        {"mBo012": 2, "mBo016": 2, "mBo015": 2, "mBo013": 1, "mBo014": 1, "mBo017": 1},
    ),
    (
        "mBn09",
        "vi",
        "vnpost_hd",
        "Trung tâm khai thác ở Trà Vinh cần robot chia chọn bưu kiện linh hoạt",
        "Trung tâm khai thác bưu chính ở thành phố Trà Vinh đặt trong nhà cũ, khó lắp băng chuyền cố định dài. Cần "
        "giải pháp robot tự hành hoặc robot chia chọn theo địa chỉ để chia bưu kiện về các huyện, tăng năng suất và "
        "rút ngắn thời gian phát.",
        {"mBo015": 2, "mBo016": 2, "mBo012": 1, "mBo013": 1},
    ),
    (
        "mBn10",
        "en",
        "kenh14_best",
        "Courier depot in Trà Vinh city overwhelmed at Tết needs layout and workflow",
        "Our depot in Trà Vinh city sees parcels triple before Tết; trucks queue, staff get in each other's way and "
        "parcels wait overnight. We want help redesigning the sorting floor, loading doors, signage and postmen's "
        "routes, and training for peak-night shifts.",
        {"mBo017": 2, "mBo018": 2, "mBo014": 1, "mBo013": 1},
    ),
    (
        "mBn11",
        "vi",
        "irjet_weigh",
        "Cơ sở bánh tét Trà Cuôn cần chọn hộp, cân và in nhãn cho hàng trăm đơn mỗi ngày",
        "Cơ sở làm bánh tét ở Trà Cuôn (Cầu Ngang) dịp Tết nhận hàng trăm đơn online mỗi ngày, đang cân tay, chọn "
        "thùng theo cảm tính và chép tay phiếu gửi. Cần phần mềm hướng dẫn lấy hàng, chọn thùng đúng cỡ, so cước và "
        "in nhãn vận chuyển.",
        {"mBo124": 2, "mBo014": 1, "mBo111": 1, "mBo142": 1},
    ),
    (
        "mBn12",
        "en",
        "briefasia",
        "Courier agent in Cầu Ngang needs address codes for houses without numbers",
        "We run a small courier agency in Cầu Ngang. Most rural homes have no house number, so riders find buyers "
        "by landmarks and phone calls and one drop can take 40 minutes. We want a simple code-based address that "
        "households and sellers can share and that riders can open in a map app.",
        {"mBo026": 2, "mBo027": 2, "mBo028": 2, "mBo029": 1},
    ),
    (
        "mBn13",
        "vi",
        "ssopdot",
        "Shop khô cá Duyên Hải giao thất bại vì địa chỉ nông thôn không có số nhà",
        "Shop bán khô cá, tôm khô ở Duyên Hải gửi đơn về các xã trong tỉnh thì nhiều đơn bị hoàn vì shipper không "
        "tìm được nhà: số nhà nhảy cóc hoặc không có, đường không tên. Cần cách ghi địa chỉ chính xác theo tọa độ "
        "để khách gửi cho shop và shipper mở bản đồ là tới.",
        {"mBo027": 2, "mBo026": 2, "mBo028": 1, "mBo098": 1, "mBo029": 1, "mBo037": 1},
    ),
    (
        "mBn14",
        "en",
        "lahti",
        "Delivery cooperative in Vũng Liêm needs route planning for 8 riders",
        "Our delivery cooperative in Vũng Liêm has 8 motorbike riders and about 150 drops a day, many with agreed "
        "time slots. Routes are planned by hand each morning. We need software that splits orders among riders and "
        "orders the stops while keeping time windows and bike load limits.",
        {"mBo022": 2, "mBo023": 2, "mBo024": 2, "mBo025": 2, "mBo034": 1},
    ),
    (
        "mBn15",
        "vi",
        "raute",
        "Doanh nghiệp giao nhận ở Trà Cú cần giảm chi phí giao tới các xã xa",
        "Chi phí giao hàng tới các xã xa ở Trà Cú gần bằng cước liên tỉnh vì đơn lẻ tẻ, đường xa. Cần tư vấn tổ "
        "chức lại chặng cuối: điểm gom trung chuyển, gom đơn nhiều hãng, tuyến và cách chọn hãng để giảm chi phí mỗi "
        "đơn.",
        {"mBo034": 2, "mBo149": 2, "mBo035": 1, "mBo022": 1, "mBo024": 1, "mBo038": 1, "mBo150": 1, "mBo037": 1},
    ),
    (
        "mBn16",
        "en",
        "xe_swap",
        "Courier firm in Trà Vinh city wants to switch 20 delivery bikes to electric",
        "We run 20 petrol motorbikes for parcel delivery in Trà Vinh city and nearby districts. We want electric "
        "delivery bikes that riders can keep running all day without waiting hours to charge, ideally with battery "
        "swap points, and bikes that cope with flooded roads.",
        {"mBo030": 2, "mBo031": 2, "mBo032": 2, "mBo157": 1, "mBo033": 1},
    ),
    (
        "mBn17",
        "en",
        "boingboing",
        "Post office wants to test drone delivery to river islets in Châu Thành",
        "Households on islets such as Cồn Chim in Châu Thành (Trà Vinh) get parcels only when a boat runs, and "
        "bad weather stops the boats. The district post office wants to trial drones carrying mail, medicine and "
        "online orders from the mainland to a drop point on the islets.",
        {"mBo039": 2, "mBo040": 2, "mBo041": 1, "mBo044": 1},
    ),
    (
        "mBn18",
        "vi",
        "zimpix_bassac",
        "Bưu cục xã ven sông Cổ Chiên cần giao bưu kiện bằng xuồng, ghe",
        "Bưu cục xã ở cù lao An Bình (Long Hồ) có nhiều hộ ven sông Cổ Chiên và kênh rạch chỉ đi được bằng xuồng. "
        "Cần mô hình giao bưu kiện bằng đường thủy: thuyền máy hoặc thuyền điện, túi chống nước, điểm nhận ở bến, "
        "lịch chạy ghép với tuyến đò.",
        {"mBo044": 2, "mBo041": 2, "mBo042": 2, "mBo043": 1, "mBo039": 1},
    ),
    (
        "mBn19",
        "en",
        "itmc_floating",
        "Trader at Trà Ôn floating market wants a boat service collecting parcels",
        "I buy fruit from orchards along the canals around Trà Ôn and now sell online too. Parcels have to be carried "
        "by small boat to the road and then to the post office. We look for a scheduled boat service that picks up "
        "parcels along the canals and hands them to a hub or to delivery bikes.",
        {"mBo042": 2, "mBo041": 2, "mBo043": 2, "mBo044": 1},
    ),
    (
        "mBn20",
        "en",
        "vlr_urban",
        "Commune in Tiểu Cần wants shared parcel pick-up points",
        "In the harvest season nobody is at home in the day, so couriers in Tiểu Cần return many parcels. The "
        "commune wants shared points where villagers collect and send parcels at any time: a shop counter or a "
        "locker at the commune post office, usable by several carriers.",
        {"mBo035": 2, "mBo036": 2, "mBo118": 2, "mBo119": 2, "mBo120": 2, "mBo147": 1, "mBo122": 1},
    ),
    (
        "mBn21",
        "vi",
        "jonuns_cdp",
        "Lắp tủ nhận hàng thông minh tại bưu điện văn hóa xã ở Mang Thít",
        "Bưu điện văn hóa xã ở Mang Thít muốn đặt tủ nhận bưu kiện tự động để người dân đi làm về vẫn lấy được hàng "
        "bằng điện thoại hoặc mã QR, không cần chờ nhân viên. Cần đơn vị cung cấp tủ nhiều ngăn, chạy 24/7 và cách "
        "vận hành.",
        {"mBo118": 2, "mBo119": 2, "mBo120": 2, "mBo035": 1},
    ),
    (
        "mBn22",
        "vi",
        "eria_cold",
        "HTX tôm càng xanh Duyên Hải cần gửi tôm ướp lạnh qua đêm lên TP.HCM",
        "Hợp tác xã nuôi tôm càng xanh ở Duyên Hải nhận đơn lẻ của nhà hàng, hộ gia đình ở TP.HCM. Cần cách đóng "
        "thùng giữ lạnh (thùng xốp, gel, đá khô, túi lót kín nước) để tôm tới nơi sau một đêm vẫn tươi, không rỉ nước "
        "làm ướt thùng.",
        {"mBo046": 2, "mBo047": 2, "mBo048": 2, "mBo153": 2, "mBo152": 1, "mBo054": 1, "mBo055": 1},
    ),
    (
        "mBn23",
        "vi",
        "tannamchinh",
        "Cơ sở cá lóc làm sạch ở Trà Cú cần thùng giữ lạnh gửi qua bưu điện",
        "Cơ sở sơ chế cá lóc ở Trà Cú muốn gửi cá làm sạch cho khách mua online ở các tỉnh qua bưu điện. Cần vật tư "
        "và quy trình đóng gói lạnh: thùng xốp đủ dày, túi lót chống thủng, gel lạnh hoặc đá khô, đệm thấm nước.",
        {"mBo047": 2, "mBo153": 2, "mBo046": 2, "mBo048": 1, "mBo058": 1},
    ),
    (
        "mBn24",
        "en",
        "loadstar_aba",
        "Fruit packhouse in Vũng Liêm needs loggers to prove the cold chain",
        "We ship chilled fruit boxes from Vũng Liêm to supermarkets and online buyers. When a box arrives warm, "
        "nobody knows where the chain broke. We need temperature loggers or sensors that travel inside the boxes "
        "and give a record or alerts we can show to buyers and carriers.",
        {"mBo055": 2, "mBo056": 2, "mBo151": 2, "mBo057": 2, "mBo143": 1},
    ),
    (
        "mBn25",
        "vi",
        "jit_iot",
        "Doanh nghiệp giao rau an toàn ở Long Hồ cần cảm biến nhiệt độ trên thùng xe",
        "Chúng tôi giao rau an toàn bằng xe máy có thùng lạnh từ Long Hồ vào thành phố Vĩnh Long. Cần cảm biến "
        "nhiệt độ gắn trong thùng, gửi dữ liệu và cảnh báo về điện thoại khi nóng quá ngưỡng để kịp xử lý trước khi "
        "hàng hỏng.",
        {"mBo057": 2, "mBo151": 2, "mBo055": 1, "mBo058": 1},
    ),
    (
        "mBn26",
        "en",
        "centralrest_bag",
        "Greens delivery in Trà Vinh city needs insulated bags for 45-60 min rounds",
        "Our small shop delivers fresh vegetables and herbs by motorbike around Trà Vinh city in rounds of 45-60 "
        "minutes, opening the bag at every stop. Leaves wilt in the heat. We need insulated delivery bags or boxes "
        "that keep produce cool for the whole round and are easy to clean.",
        {"mBo058": 2, "mBo059": 2, "mBo060": 1},
    ),
    (
        "mBn27",
        "vi",
        "laodong_kholanh",
        "HTX trái cây Cầu Kè cần kho lạnh nhỏ khoảng 20 m3 trước khi đóng đơn",
        "HTX trái cây ở Cầu Kè hái xong phải trữ vài ngày chờ gom đủ đơn online. Kho lạnh lớn của tỉnh ở xa và không "
        "vận hành. Cần kho lạnh nhỏ khoảng 20 m3 chi phí thấp, có thể chạy điện mặt trời, đặt ngay tại HTX.",
        {
            "mBo061": 2,
            "mBo062": 2,
            "mBo064": 2,
            "mBo137": 2,
            "mBo138": 2,
            "mBo063": 1,
            "mBo139": 1,
            "mBo140": 1,
            "mBo053": 1,
        },
    ),
    (
        "mBn28",
        "en",
        "impactfailure",
        "Commune cold room in Tiểu Cần to be run pay-per-crate",
        "Tiểu Cần commune has a small cold room that farmers barely use. We want an operator to run it as a "
        "service, charging per crate per day, with an app to log crates in and out and bill users, so vegetable "
        "growers can hold produce until online orders and better prices come.",
        {"mBo062": 2, "mBo063": 2, "mBo139": 2, "mBo061": 1, "mBo064": 1},
    ),
    (
        "mBn29",
        "vi",
        "taxitai_fruit",
        "Vườn bưởi Bình Minh gửi bưởi đi xa bị dập, cần cách đóng thùng",
        "Vườn bưởi năm roi ở Bình Minh bán online, gửi ra Hà Nội mất 3-4 ngày, khách phản ánh trái bị dập, thâm, "
        "cuống héo. Cần hướng dẫn chọn trái, chèn lót và đóng thùng chuẩn để giao hàng ít hư hỏng.",
        {"mBo050": 2, "mBo072": 2, "mBo077": 1, "mBo075": 1, "mBo076": 1},
    ),
    (
        "mBn30",
        "en",
        "abctech_fruit",
        "Vegetable co-op in Châu Thành: leafy greens wilt and crush in parcels",
        "Our cooperative in Châu Thành (Trà Vinh) ships leafy greens and soft vegetables in parcels to buyers in "
        "Hồ Chí Minh City. They arrive crushed or wilted. We need packing materials and a method that protect soft "
        "produce from knocks and heat during the trip.",
        {"mBo078": 2, "mBo049": 2, "mBo058": 1, "mBo047": 1, "mBo072": 1},
    ),
    (
        "mBn31",
        "en",
        "vnnet_cold",
        "Chilled fruit parcels from Vĩnh Long to Hồ Chí Minh City at 2-4 C",
        "We are a Vĩnh Long fruit shop selling cut and whole fruit online. Buyers in Hồ Chí Minh City want it "
        "chilled. We need a transport service that keeps our parcels at fruit-and-vegetable temperature (about 2-4 "
        "C) from pickup to the customer's door.",
        {"mBo051": 2, "mBo054": 2, "mBo052": 1, "mBo055": 1, "mBo143": 1},
    ),
    (
        "mBn32",
        "vi",
        "alaska_sea",
        "Can thung xop va da kho de gui ca tuoi tu Cau Ngang len Sai Gon",
        "Nha toi o Cau Ngang nuoi ca va ban online, khach o Sai Gon dat ca tuoi. Gui xe do thi ca toi noi bi am, "
        "thung xop ri nuoc. Can huong dan dong thung xop, gel lanh hoac da kho, tui lot kin de ca toi noi van lanh.",
        {"mBo046": 2, "mBo047": 2, "mBo048": 2, "mBo153": 2},
    ),
    (
        "mBn33",
        "en",
        "gobox_pack",
        "Khmer pottery and handicraft seller in Trà Cú needs breakage-proof packing",
        "We sell Khmer pottery and woven handicrafts from Trà Cú online. About one parcel in ten arrives broken. "
        "We need guidance and materials for strong boxes, cushioning and double boxing so fragile pieces survive "
        "courier handling.",
        {"mBo076": 2, "mBo075": 2, "mBo074": 2, "mBo082": 2, "mBo073": 1, "mBo141": 1},
    ),
    (
        "mBn34",
        "vi",
        "rogue_pack",
        "Cơ sở gốm đỏ Mang Thít cần thiết kế thùng carton gửi chuyển phát",
        "Cơ sở gốm đỏ ở Mang Thít bắt đầu bán chậu, bình gốm cho khách lẻ qua chuyển phát. Cần đơn vị thiết kế thùng "
        "carton đúng kích thước từng sản phẩm, đủ cứng, có lót chống sốc, đóng nhanh và giảm cước.",
        {"mBo073": 2, "mBo076": 2, "mBo075": 1, "mBo082": 1, "mBo072": 1},
    ),
    (
        "mBn35",
        "en",
        "greenbiz_sendle",
        "Coconut-candy maker in Cầu Kè wants plastic-free mailers",
        "We make coconut candy and coconut snacks in Cầu Kè and ship a few hundred online orders a week in plastic "
        "bags. Customers ask for greener packaging. We want mailers that are recycled, recyclable or compostable "
        "and still protect the goods.",
        {"mBo079": 2, "mBo080": 2, "mBo081": 2},
    ),
    (
        "mBn36",
        "vi",
        "ecoenclose",
        "Shop đặc sản ở thành phố Trà Vinh muốn thay túi nilon gói hàng",
        "Shop bán đặc sản Trà Vinh online dùng túi nilon gói hàng, khách góp ý nên dùng bao bì thân thiện môi "
        "trường. Cần nguồn túi gửi hàng phân hủy sinh học hoặc ủ phân được và tư vấn chọn vật liệu phù hợp.",
        {"mBo080": 2, "mBo085": 2, "mBo079": 2},
    ),
    (
        "mBn37",
        "vi",
        "bart_pack",
        "Cần cách chọn đúng cỡ hộp để giảm cước tính theo thể tích",
        "Cửa hàng bán hàng khô đặc sản ở Càng Long hay dùng thùng to cho chắc, bị hãng vận chuyển tính cước theo "
        "thể tích và tốn vật liệu chèn. Cần công cụ hoặc hướng dẫn chọn kích cỡ hộp vừa với từng sản phẩm.",
        {"mBo142": 2, "mBo074": 1, "mBo141": 1, "mBo072": 1, "mBo082": 1},
    ),
    (
        "mBn38",
        "en",
        "goorooship",
        "Fish-sauce and honey seller in Duyên Hải needs leak-proof packing for bottles",
        "We sell bottled fish sauce and bee honey from Duyên Hải to online buyers. Bottles sometimes crack and leak "
        "onto other parcels and the courier charges us. We need a packing method for glass and plastic bottles that "
        "contains leaks and stops breakage.",
        {"mBo076": 2, "mBo072": 1, "mBo074": 1, "mBo082": 1},
    ),
    (
        "mBn39",
        "en",
        "taxitai_fruit",
        "Sending pomelo and rambutan to Hanoi by air: airline-compliant packing",
        "Orchards in Bình Minh and Long Hồ want to send pomelo and rambutan to Hanoi buyers by air from the nearest "
        "airport. We need to know which fruit airlines accept and how to pack and wrap it so it passes checks.",
        {"mBo077": 2, "mBo050": 1, "mBo072": 1, "mBo152": 1},
    ),
    (
        "mBn40",
        "vi",
        "baonghean_cod",
        "Shop đặc sản Trà Vinh muốn nhận tiền thu hộ COD nhanh, an toàn",
        "Shop bán đặc sản ở thành phố Trà Vinh gần như toàn đơn COD, tiền hàng nằm ở đơn vị giao nhận cả tuần, lo "
        "bị chiếm dụng như vụ hãng nhỏ phá sản. Cần đơn vị thu hộ chuyển tiền hằng ngày, rõ trách nhiệm với tiền "
        "tài xế thu.",
        {"mBo089": 2, "mBo088": 1, "mBo086": 1, "mBo087": 1, "mBo090": 1},
    ),
    (
        "mBn41",
        "en",
        "techcale_cod",
        "Seller cooperative in Vĩnh Long must reconcile COD remittances from carriers",
        "Our cooperative sells online through three carriers. Each sends COD money and statements on its own "
        "schedule and we match them against orders by hand in spreadsheets. We need a tool that syncs COD status "
        "per order and lets us confirm remittances in bulk.",
        {"mBo086": 2, "mBo087": 2, "mBo112": 1, "mBo111": 1},
    ),
    (
        "mBn42",
        "vi",
        "vtvgo_qr",
        "Hộ kinh doanh ở Càng Long cần mã QR gắn từng đơn để tự đối soát",
        "Hộ kinh doanh bán hàng online ở Càng Long in một mã QR tài khoản cho khách chuyển khoản, cuối ngày phải dò "
        "tin nhắn ngân hàng để biết đơn nào đã trả, hay nhầm. Cần mã QR gắn với từng đơn để hệ thống tự ghi nhận "
        "thanh toán.",
        {"mBo093": 2, "mBo094": 1, "mBo092": 1},
    ),
    (
        "mBn43",
        "en",
        "vneconomy_qr2",
        "Rural sellers in Trà Ôn want QR bank transfer alongside COD",
        "Small sellers in Trà Ôn rely on cash on delivery and lose money on refused parcels. We want to offer bank "
        "QR payment next to COD, know which buyers to steer to it, and set it up so payments match orders.",
        {"mBo092": 2, "mBo095": 2, "mBo093": 2, "mBo094": 1},
    ),
    (
        "mBn44",
        "en",
        "ruu_cod2",
        "Dried-fish shop in Duyên Hải: a quarter of COD orders refused",
        "We sell dried fish through Facebook from Duyên Hải. About 25% of cash-on-delivery parcels are refused or "
        "undeliverable and we pay shipping both ways. We need automatic confirmation of orders by call or message "
        "before we pack and dispatch.",
        {"mBo096": 2, "mBo098": 2, "mBo145": 2, "mBo097": 2, "mBo099": 2, "mBo146": 2, "mBo105": 1},
    ),
    (
        "mBn45",
        "vi",
        "callnovo_medium",
        "Shop kho ca loc Binh Tan bi boom hang, can goi xac nhan don tu dong",
        "Shop kho ca loc o Binh Tan ban qua mang, don COD bi boom hang nhieu, khach dat xong khong nghe may. Can dich "
        "vu goi hoac nhan tin xac nhan don tu dong truoc khi gui, loc don ao.",
        {"mBo099": 2, "mBo146": 2, "mBo097": 2, "mBo096": 2, "mBo098": 2, "mBo145": 2, "mBo105": 1},
    ),
    (
        "mBn46",
        "vi",
        "acctinsights",
        "Cơ sở yến sào Cầu Ngang cần bảo hiểm cho bưu kiện giá trị cao",
        "Cơ sở yến sào ở Cầu Ngang gửi hộp yến giá trị vài triệu đồng cho khách khắp nước. Hãng vận chuyển chỉ bồi "
        "thường mức thấp khi mất hay vỡ. Cần bảo hiểm bưu kiện theo giá trị khai báo và hướng dẫn hồ sơ bồi thường.",
        {"mBo100": 2, "mBo154": 2, "mBo101": 2},
    ),
    (
        "mBn47",
        "en",
        "phongnha_ghtk",
        "Vĩnh Long seller: COD fees eat the margin on small orders",
        "On a 120,000-dong order we pay about 15,000 dong in COD and shipping fees, plus return fees when buyers "
        "refuse. We need a clear breakdown of what COD really costs per order and advice on when other payment "
        "options are cheaper.",
        {"mBo091": 2, "mBo095": 1, "mBo092": 1, "mBo089": 1},
    ),
    (
        "mBn48",
        "vi",
        "indiblog",
        "HTX gửi hàng qua 3 hãng cần một màn hình theo dõi mọi vận đơn",
        "HTX ở Tiểu Cần gửi hàng qua ba hãng vận chuyển, nhân viên phải vào từng trang tra mã. Cần hệ thống gom "
        "trạng thái mọi vận đơn vào một chỗ, báo đơn trễ hoặc lỗi giao và gửi thông báo cho khách.",
        {"mBo109": 2, "mBo106": 2, "mBo107": 2, "mBo110": 2, "mBo111": 1},
    ),
    (
        "mBn49",
        "en",
        "ssopdot",
        "OCOP shop in Trà Vinh wants the cheapest or fastest carrier picked per order",
        "We ship OCOP products from Trà Vinh to every province and use several carriers; some are slow or lose "
        "parcels in certain districts. We want software that connects the carriers and picks one for each order "
        "from real delivery performance by area.",
        {"mBo111": 2, "mBo110": 1, "mBo112": 1, "mBo034": 1},
    ),
    (
        "mBn50",
        "en",
        "gofree",
        "Household business in Bình Minh needs one system for orders from all channels",
        "Our household business in Bình Minh sells rice cakes and dried fruit on Facebook, Zalo, TikTok and a "
        "marketplace. Orders are scattered, stock is wrong and we double-ship. We need one system for orders, stock, "
        "customers and invoices across channels.",
        {"mBo112": 2, "mBo124": 1, "mBo123": 1, "mBo111": 1},
    ),
    (
        "mBn51",
        "vi",
        "vnpost_hd",
        "Bưu cục huyện cần ứng dụng di động cho bưu tá nhận và phát hàng",
        "Bưu cục ở huyện Vũng Liêm còn ghi sổ khi bưu tá đi nhận và phát hàng, khách hỏi thì không biết đơn đang ở "
        "đâu. Cần ứng dụng trên điện thoại cho bưu tá cập nhật trạng thái, chụp ảnh, báo kết quả theo thời gian thực.",
        {"mBo114": 2, "mBo115": 1, "mBo023": 1},
    ),
    (
        "mBn52",
        "en",
        "shipped_track",
        "WooCommerce shop for Cầu Kè coconut products needs a tracking page",
        "Our shop runs on WooCommerce and sells coconut products from Cầu Kè. Buyers keep messaging to ask where "
        "their parcel is. We want tracking numbers attached to orders automatically and a tracking page or "
        "notifications in the shop.",
        {"mBo113": 2, "mBo106": 2, "mBo107": 2, "mBo108": 1},
    ),
    (
        "mBn53",
        "vi",
        "trackingmore",
        "Can phan mem cho khach tu tra hanh trinh don hang cua shop",
        "Shop ban dac san o Tra Vinh gui qua nhieu hang, khach nhan tin hoi don toi dau suot ngay. Can phan mem hoac "
        "trang tra cuu de khach tu xem hanh trinh, shop thay don tre de xu ly.",
        {"mBo108": 2, "mBo109": 2, "mBo106": 2, "mBo113": 1, "mBo107": 1},
    ),
    (
        "mBn54",
        "en",
        "techalb_mfc",
        "OCOP producers in Trà Vinh city want outsourced fulfilment",
        "A group of OCOP producers in Trà Vinh city spend their evenings packing orders. We want a fulfilment "
        "service that stores our goods, takes orders automatically, picks, packs and ships them through carriers "
        "and tracks our stock.",
        {"mBo123": 2, "mBo121": 1, "mBo124": 1, "mBo148": 1},
    ),
    (
        "mBn55",
        "vi",
        "dbin_mfc",
        "Tiệm tạp hóa ở Tiểu Cần muốn làm kho nhỏ và điểm bàn giao đơn online",
        "Tiệm tạp hóa ở thị trấn Tiểu Cần nhận đơn online của người dân quanh vùng. Muốn dùng phần phía sau tiệm làm "
        "kho nhỏ để soạn đơn nhanh, có chỗ bàn giao cho shipper hoặc khách tự đến lấy, không cần đầu tư lớn.",
        {"mBo122": 2, "mBo121": 2, "mBo126": 2, "mBo148": 1, "mBo035": 1},
    ),
    (
        "mBn56",
        "vi",
        "eatsip_bc",
        "Kho cửa hàng đặc sản ở Bình Tân cần quản lý tồn bằng mã vạch",
        "Kho nhỏ của cửa hàng đặc sản ở Bình Tân đếm hàng bằng sổ, soạn đơn hay lấy nhầm. Cần hệ thống mã vạch: "
        "dán nhãn, quét khi nhập xuất, danh sách lấy hàng, biết tồn thật theo thời gian thực.",
        {"mBo125": 2, "mBo124": 2},
    ),
    (
        "mBn57",
        "vi",
        "logistics_couk",
        "Kho HTX cần phần mềm lấy hàng, đóng gói và in nhãn vận chuyển",
        "Kho của HTX ở Tam Bình xử lý vài trăm đơn mỗi ngày cho sàn TMĐT. Cần phần mềm giao việc lấy hàng theo vị trí, "
        "chọn thùng, so cước các hãng và in nhãn đúng mẫu hãng, đồng bộ tồn kho với sàn.",
        {"mBo124": 2, "mBo125": 1, "mBo123": 1},
    ),
    (
        "mBn58",
        "en",
        "slideshare_lml",
        "Trà Cú post office wants village shops as pick-up and drop-off agents",
        "The district post office in Trà Cú wants to sign up about 30 village shops as agents where people drop "
        "off and collect parcels, so riders stop making long trips to single houses. We need a model and advice "
        "for running such a network.",
        {"mBo035": 2, "mBo036": 2, "mBo149": 2, "mBo118": 1, "mBo122": 1},
    ),
    (
        "mBn59",
        "vi",
        "vnexpress_return",
        "Shop đặc sản cần quy trình kiểm tra và nhập lại hàng hoàn",
        "Shop bán đặc sản ở Vĩnh Long có tỷ lệ hoàn khá cao, hàng hoàn về chất đống, không biết cái nào bán lại "
        "được. Cần quy trình hoặc dịch vụ nhận hàng hoàn, kiểm tra, phân loại, nhập lại kho hoặc thanh lý.",
        {"mBo130": 2, "mBo131": 2, "mBo134": 2, "mBo133": 2, "mBo129": 1, "mBo156": 1},
    ),
    (
        "mBn60",
        "vi",
        "indochina_hoan",
        "Người bán ở Long Hồ bị hoàn nhiều đơn, cần giảm chi phí chuyển hoàn",
        "Nhiều đơn của tôi ở Long Hồ bị chuyển hoàn vì khách từ chối nhận, sai địa chỉ hoặc không nghe máy, tôi chịu "
        "cước hai chiều. Cần giải pháp giảm tỷ lệ hoàn và chi phí xử lý đơn hoàn.",
        {"mBo129": 2, "mBo132": 2, "mBo098": 2, "mBo097": 1},
    ),
    (
        "mBn61",
        "en",
        "dongnai_hoan",
        "Provincial OCOP marketplace needs a returns centre",
        "The provincial OCOP marketplace in Vĩnh Long handles returns seller by seller. We want a returns service: "
        "authorisations and labels, inspection and grading of returned items, restocking or refurbishing, and "
        "reporting defects back to producers.",
        {"mBo131": 2, "mBo134": 2, "mBo133": 2, "mBo155": 1, "mBo156": 1, "mBo135": 1},
    ),
    (
        "mBn62",
        "vi",
        "fulfilled_rl",
        "HTX cần dịch vụ thu hồi hàng trả từ TP.HCM về Trà Vinh",
        "HTX ở Châu Thành bán hàng cho khách ở TP.HCM, khi khách trả hàng thì mỗi đơn tự gửi về một kiểu, mất nhiều "
        "ngày. Cần dịch vụ thu hồi hàng trả, gom, kiểm tra và đưa về kho HTX.",
        {"mBo130": 2, "mBo131": 2, "mBo129": 1, "mBo134": 1},
    ),
    (
        "mBn63",
        "vi",
        "xanhmarket_ocop",
        "HTX có sản phẩm OCOP muốn lên sàn thương mại điện tử của tỉnh",
        "HTX ở Tiểu Cần có hai sản phẩm OCOP 3 sao nhưng chỉ bán tại chỗ. Muốn đăng lên sàn giao dịch thương mại "
        "điện tử của tỉnh để doanh nghiệp ở các tỉnh khác tìm thấy và đặt hàng.",
        {"mBo009": 2, "mBo001": 1, "mBo003": 1, "mBo008": 1},
    ),
    (
        "mBn64",
        "vi",
        "vnnet_travinh",
        "Tập huấn đóng gói, giao nhận cho hộ Khmer ở Trà Cú bán hàng online",
        "Các hộ đồng bào Khmer ở Trà Cú làm nông sản và hàng thủ công đã có gian hàng online nhưng chưa biết đóng "
        "gói, tạo đơn và giao cho bưu điện. Cần lớp tập huấn cầm tay chỉ việc ngay tại ấp.",
        {"mBo008": 2, "mBo004": 2, "mBo010": 1, "mBo011": 1, "mBo003": 1},
    ),
    (
        "mBn65",
        "en",
        "vnexpress_return",
        "Shop wants a returns policy that cuts return costs",
        "Our Vĩnh Long online shop sees returns eat the margin: return labels, inspection and repacking often cost "
        "more than the first delivery. We want practical measures that prevent returns in the first place: "
        "descriptions, photos, packaging and a policy for low-value items.",
        {"mBo132": 2, "mBo131": 1, "mBo129": 1, "mBo155": 1},
    ),
    (
        "mBn66",
        "en",
        "digitalhouse",
        "E-commerce hub cold room needs IoT telemetry linked to orders",
        "The provincial e-commerce hub in Trà Vinh city keeps chilled goods for online orders. We need sensors "
        "streaming temperature and door events from the cold room and vans, with alerts in minutes and a link to "
        "the order system to hold or reroute orders when a limit is breached.",
        {"mBo056": 2, "mBo151": 2, "mBo057": 1, "mBo055": 1},
    ),
    (
        "mBn67",
        "en",
        "nextbillion",
        "Farm-gate solar cold room in Cầu Kè: which technology to choose",
        "Our fruit cooperative in Cầu Kè will build an off-grid solar cold room at the farm gate. We need an "
        "expert comparison of photovoltaic and solar-thermal absorption cooling for our hot, humid climate: cost "
        "over its life, reliability and maintenance.",
        {"mBo137": 2, "mBo064": 1, "mBo062": 1},
    ),
    (
        "mBn68",
        "en",
        "atoship_mfc",
        "Small fulfilment hubs near towns in Vĩnh Long for same-day delivery",
        "A local logistics start-up in Vĩnh Long plans small fulfilment hubs near district towns so online orders "
        "can be delivered the same day. We need a design for compact warehouses with a curated product range and "
        "fast picking.",
        {"mBo121": 2, "mBo148": 2, "mBo122": 1, "mBo147": 1},
    ),
    (
        "mBn69",
        "en",
        "postman_api",
        "Check remote delivery areas and transit times per carrier",
        "Many of our customers live in remote communes of Trà Vinh and carriers add surcharges or take a week. "
        "Before shipping we want an API that tells whether a delivery postcode counts as remote and how long each "
        "carrier usually takes on that route.",
        {"mBo110": 2, "mBo111": 1},
    ),
    (
        "mBn70",
        "en",
        "informit_rl",
        "Cooperative needs a process for pallet-sized returns from distributors",
        "Our coconut-product cooperative in Trà Vinh sells to distributors, who sometimes return whole pallets. "
        "We need a reverse-logistics framework for these bulk returns: policy, receiving, inspection and sorting, "
        "credit, asset recovery and freight options.",
        {"mBo155": 2, "mBo131": 1, "mBo130": 1},
    ),
    (
        "mBn71",
        "en",
        "climbladder",
        "Six-rider courier in Trà Vinh needs live tracking and proof of delivery",
        "Our courier service in Trà Vinh city has six riders. Customers dispute deliveries and we cannot see "
        "where riders are. We need an app with optimised routes, live rider tracking and photo or signature "
        "proof of delivery.",
        {"mBo023": 2, "mBo114": 1, "mBo022": 1, "mBo024": 1},
    ),
    (
        "mBn72",
        "vi",
        "eatdrink_mekong",
        "Tiểu thương chợ nổi Trà Ôn muốn học livestream bán trái cây",
        "Tiểu thương trên ghe ở chợ nổi Trà Ôn muốn bán trái cây qua mạng nhưng không rành điện thoại. Cần người "
        "hướng dẫn cầm tay cách chụp ảnh, quay video và phát trực tiếp bán hàng ngay tại chợ.",
        {"mBo010": 2, "mBo011": 1, "mBo004": 1},
    ),
    (
        "mBn73",
        "vi",
        "boxme_cod",
        "Can don vi thu ho COD tra tien ngay hom sau cho nong dan ban online",
        "Toi o Vung Liem ban trai cay qua Facebook, khach deu tra tien khi nhan hang. Can don vi giao va thu ho COD, "
        "chuyen tien cho toi ngay hom sau de xoay von mua hang.",
        {"mBo089": 2, "mBo088": 1, "mBo086": 1},
    ),
    (
        "mBn74",
        "vi",
        "cafef_qr",
        "Hộ kinh doanh cần tách tài khoản nhận tiền bán hàng khỏi tài khoản cá nhân",
        "Hộ kinh doanh online ở thành phố Vĩnh Long nhận tiền bán hàng chung tài khoản cá nhân, khó theo dõi doanh "
        "thu và kê khai thuế. Cần tư vấn dùng mã QR bán hàng riêng để phân luồng tiền.",
        {"mBo094": 2, "mBo092": 1, "mBo093": 1},
    ),
    (
        "mBn75",
        "vi",
        "abctech_fruit",
        "Gửi bưởi, chôm chôm ra Hà Nội bằng máy bay: đóng gói đúng quy định",
        "Nhà vườn ở Bình Minh và cù lao An Bình muốn gửi bưởi, chôm chôm ra Hà Nội bằng đường hàng không cho kịp "
        "độ tươi. Cần biết loại trái nào được gửi và cách bọc, đóng thùng theo quy định hãng bay.",
        {"mBo077": 2, "mBo049": 1, "mBo152": 1},
    ),
]
