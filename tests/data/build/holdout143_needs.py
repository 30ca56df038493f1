"""Needs of the holdout143 labelled set (mushroom growing and spawn production), set in Trà Vinh / Vĩnh Long.

Rows: (id, language, source key, title, description, {offer id: grade}); grade 2 = would solve, 1 = partly relevant.
"""

NEEDS = [
    (
        "nOn01",
        "vi",
        "n_trocon",
        "Cần quy trình trồng nấm rơm cải tiến cho tổ hợp tác ở Trà Côn",
        "Tổ hợp tác đồng bào Khmer ở ấp Ngãi Lộ B, xã Trà Côn (Trà Ôn) lâu nay chất giồng nấm rơm theo kinh nghiệm "
        "nên năng suất thấp. Chúng tôi muốn chuyển sang cách trồng cải tiến: lót vỉ dưới đáy để lớp rơm sát đất không "
        "bị hư, rải vôi ngừa nấm dại, trùm bạt cao su và cắm ống thông hơi để giữ nhiệt, giữ ẩm, chỉ bổ sung dinh "
        "dưỡng một lần lúc cấy meo. Cần đơn vị chuyển giao quy trình chi tiết và tập huấn ngay tại ruộng.",
        {"nOo001": 2, "nOo005": 2, "nOo153": 2, "nOo012": 2, "nOo006": 2, "nOo002": 1, "nOo016": 1},
    ),
    (
        "nOn02",
        "en",
        "n_globalquora",
        "Moving straw mushroom beds indoors for a Càng Long cooperative",
        "Our cooperative in Càng Long grows straw mushrooms on outdoor beds; a crop takes about 45 days, but rain, wind "
        "and heat keep cutting the yield. We want to move indoors, where yields are steadier, and control temperature "
        "and humidity with a simple thermo-hygrometer, starting with two beds under polyethylene sheet and then "
        "scaling up. Looking for an indoor straw mushroom method and a house layout.",
        {"nOo002": 2, "nOo004": 2, "nOo003": 2, "nOo007": 2, "nOo013": 1, "nOo078": 1, "nOo017": 1},
    ),
    (
        "nOn03",
        "vi",
        "n_baocamau",
        "Chi hoi trong nam rom o Tieu Can can tap huan ky thuat",
        "Chi hoi nghe nghiep trong nam rom o xa Hieu Tu, Tieu Can moi thanh lap, co 20 thanh vien. Truoc day ba con tu "
        "mua giong tren mang ve trong thu, may lan dau nam len kha nhung khong nam ky thuat u rom, cham soc, phong "
        "benh nen lam vai vu la bo. Gia nam rom 45-50 ngan/kg nen muon lam lai cho bai ban. Can noi tap huan ky thuat "
        "u rom, chon meo, cham soc va phong benh nam rom cho ca chi hoi.",
        {"nOo008": 2, "nOo005": 2, "nOo001": 2, "nOo014": 2, "nOo006": 1, "nOo054": 1, "nOo135": 1},
    ),
    (
        "nOn04",
        "en",
        "n_meonamvinhhoa",
        "Turning post-harvest rice straw into straw mushroom income in Cầu Ngang",
        "After the winter-spring rice harvest most straw in Cầu Ngang is left on the fields or burnt. Elsewhere a grower "
        "harvests over 800 kg of straw mushrooms a month from 1 ha of beds and sells at 60,000-70,000 VND/kg, and a "
        "couple earns 300,000-400,000 VND a day. We want a low-cost outdoor bed method for our straw, with cost and "
        "return figures per tonne of straw.",
        {"nOo016": 2, "nOo015": 2, "nOo005": 2, "nOo006": 2, "nOo012": 2, "nOo007": 1, "nOo157": 1, "nOo153": 1},
    ),
    (
        "nOn05",
        "vi",
        "n_xuanhoa2015",
        "HTX ở Vũng Liêm cần cách nâng năng suất nấm rơm bằng bổ sung dinh dưỡng hoặc nguyên liệu thay thế",
        "Sản lượng nấm cả nước từng đạt khoảng 170.000 tấn, xuất khẩu 50-60 nghìn tấn, nhưng năng suất nấm rơm trồng "
        "trên rơm của HTX chúng tôi ở Vũng Liêm vẫn thấp. Muốn thử bổ sung dinh dưỡng cho rơm (cám, bông hạt) hoặc "
        "dùng nguyên liệu khác như bông phế liệu, trấu để tăng năng suất. Cần quy trình đã kiểm chứng kèm số liệu.",
        {"nOo010": 2, "nOo011": 2, "nOo009": 2, "nOo012": 1, "nOo157": 1},
    ),
    (
        "nOn06",
        "en",
        "n_dokumen",
        "Layout and batch size for a small indoor straw mushroom room in Duyên Hải",
        "The youth union in Duyên Hải plans a small indoor straw mushroom room of about 18-40 m2 with shelves, since "
        "indoor yields are higher and more stable than outdoor beds and a crop takes about 45 days. We need a layout "
        "(shelf width, tier spacing, aisles), the number of pressed straw cakes and spawn bags per batch, and the "
        "yield to expect.",
        {"nOo003": 2, "nOo004": 2, "nOo002": 2, "nOo078": 1, "nOo007": 1},
    ),
    (
        "nOn07",
        "vi",
        "n_thaiphuminh",
        "Meo nam rom mua ve hay bi nhiem, mo len it nam",
        "Nha toi o Tam Binh trong nam rom, moi dot khoang 25 ngay, dot hai chi bang mot phan tu dot dau. Moi met mo chi "
        "hai duoc chung 1 kg, nhieu bich meo mua ve co dom mau, nam ra thua. Can noi ban meo giong tot, on dinh, hoac "
        "chi cach tu lam meo va cach nhan biet bich meo sach.",
        {"nOo008": 2, "nOo054": 2, "nOo056": 2, "nOo055": 2, "nOo068": 1},
    ),
    (
        "nOn08",
        "en",
        "n_android",
        "Own straw mushroom spawn unit for a cooperative in Mang Thít",
        "Our cooperative in Mang Thít buys straw mushroom spawn from other provinces and the quality varies. We want a "
        "small spawn unit of our own: isolate tissue on agar, grow a pure culture for about two weeks, then multiply "
        "it in jars or bags (one jar can seed up to ten more), working in a disinfected room with HEPA-filtered air "
        "and an autoclave at about 15 psi for 45 minutes. Need training and an equipment list.",
        {"nOo054": 2, "nOo055": 2, "nOo056": 2, "nOo057": 2, "nOo066": 1, "nOo067": 1, "nOo059": 1, "nOo076": 1},
    ),
    (
        "nOn09",
        "vi",
        "n_android",
        "Cơ sở ở Long Hồ cần quy trình làm meo hạt cho nấm bào ngư",
        "Cơ sở chúng tôi ở Long Hồ muốn tự sản xuất meo hạt (lúa, kê, lúa mì) cho nấm bào ngư: hạt nấu mềm, trộn phụ "
        "gia, cho vào chai hoặc bịch, tiệt trùng áp suất khoảng 15 psi trong 45 phút rồi cấy giống thuần, ủ chừng hai "
        "tuần cho tơ phủ kín hạt. Cần quy trình chuẩn về tỷ lệ phụ gia, số lần tiệt trùng và loại hạt phù hợp.",
        {"nOo057": 2, "nOo060": 2, "nOo054": 1, "nOo072": 1, "nOo076": 1},
    ),
    (
        "nOn10",
        "en",
        "n_farmsfields",
        "Clean inoculation set-up for a lingzhi farm in Cầu Kè",
        "Our lingzhi farm in Cầu Kè inoculates bags on an open bench and loses many to mould. We want a clean set-up "
        "for spawn transfer and bag inoculation: a laminar flow hood with a HEPA filter (horizontal for small work or "
        "vertical for larger batches) or a simple clean room, plus guidance on how to work in it.",
        {"nOo066": 2, "nOo059": 2, "nOo071": 2, "nOo067": 2, "nOo069": 1, "nOo058": 1},
    ),
    (
        "nOn11",
        "vi",
        "n_bi_nopc",
        "Hộ trồng nấm ở Cầu Kè cần cách hấp thanh trùng bịch phôi không cần nồi áp suất",
        "Hộ trồng nấm bào ngư ở Cầu Kè chưa có nồi hấp áp suất, hiện xông hơi nước ở áp suất thường. Muốn diệt hết "
        "bào tử phải đạt khoảng 121°C có áp suất, còn hấp thường chỉ đạt 71-82°C nên bịch dễ nhiễm. Cần quy trình và "
        "thiết bị hấp thanh trùng bịch phôi hợp quy mô nông hộ, vài trăm đến 1.000 bịch mỗi mẻ.",
        {"nOo070": 2, "nOo064": 2, "nOo061": 2, "nOo065": 1, "nOo062": 1, "nOo063": 1, "nOo069": 1},
    ),
    (
        "nOn12",
        "en",
        "n_bi_past",
        "Lingzhi bags in Tiểu Cần contaminated after pasteurising only",
        "Our lingzhi bag workshop in Tiểu Cần only pasteurises its sawdust and bran bags, and too many turn green or "
        "sour. Nutrient-rich supplemented sawdust needs true sterilisation rather than pasteurisation. We need a "
        "validated lingzhi bag formula and a steaming or sterilising schedule (temperature and time) we can follow.",
        {"nOo061": 2, "nOo062": 2, "nOo070": 2, "nOo036": 2, "nOo044": 2, "nOo136": 1, "nOo142": 1},
    ),
    (
        "nOn13",
        "vi",
        "n_afvpdg",
        "Hộ trồng nấm bào ngư ở Phường 8 TP Trà Vinh muốn tự đóng bịch phôi",
        "Gia đình ở khóm 6, phường 8 TP Trà Vinh đang trồng nấm bào ngư từ phôi mua sẵn: giữ ẩm giá thể 60-65%, ẩm "
        "không khí 80-85%, ươm khoảng 25 ngày thì ra nấm, phun sương 4-6 lần mỗi ngày, hái khi tai to 3-5 cm. Nay muốn "
        "mở rộng và tự đóng bịch phôi từ mạt cưa hoặc rơm cho đỡ chi phí; cần quy trình xử lý nguyên liệu, phối trộn, "
        "đóng bịch, hấp và cấy meo.",
        {"nOo023": 2, "nOo025": 2, "nOo024": 2, "nOo026": 2, "nOo070": 2, "nOo027": 1, "nOo155": 1},
    ),
    (
        "nOn14",
        "en",
        "n_samita",
        "Oyster mushrooms on chopped rice straw for a Trà Cú farmer group",
        "Our farmer group in Trà Cú has plenty of rice straw and banana leaves but no sawdust. We want to grow oyster "
        "mushrooms in bags on chopped straw (pieces of 4-5 cm, soaked overnight, then heat-treated) using purchased "
        "spawn. Need a tested straw-bag method, including how to treat the straw cheaply.",
        {"nOo026": 2, "nOo025": 2, "nOo048": 2, "nOo065": 1, "nOo063": 1},
    ),
    (
        "nOn15",
        "vi",
        "n_songtrau",
        "Muon trong nam meo tren mun cua cao su o Cau Ke",
        "Xa toi o Cau Ke co nhieu mun cua cao su va go tap, muon trong nam meo (moc nhi) tren bich mun cua de ban. "
        "Nghe noi o Song Trau (Trang Bom) nong dan trong nam meo co loi kha. Can quy trinh trong nam meo tren mun cua: "
        "u mun cua, phoi tron, dong bich, cay giong, cham soc va thu hai, kem noi cung cap giong.",
        {"nOo031": 2, "nOo033": 2, "nOo032": 2, "nOo034": 2, "nOo035": 2, "nOo050": 1, "nOo156": 1},
    ),
    (
        "nOn16",
        "en",
        "n_mentorship",
        "Wood-ear bags in Vũng Liêm colonise but fruit poorly",
        "Our wood-ear (black fungus) bags in Vũng Liêm colonise fully, but fruiting is slow and sparse even with 2-3 "
        "slits per bag misted 2-3 times a day. We would also like to force a second flush by resting the block for "
        "about 7 days and soaking it for 20 minutes. Need the right fruiting conditions for Auricularia (humidity, "
        "light, air exchange, temperature).",
        {"nOo034": 2, "nOo050": 2, "nOo032": 2, "nOo031": 1, "nOo079": 1},
    ),
    (
        "nOn17",
        "vi",
        "n_hoabinh",
        "HTX ở Chợ Lách muốn trồng linh chi đỏ trên bịch mạt cưa",
        "HTX chúng tôi ở Chợ Lách muốn trồng linh chi đỏ để bán cho khách du lịch sinh thái. Một trang trại ở Hòa Bình "
        "trộn 20-30 kg vôi cho mỗi tấn mùn cưa và dùng 4 tấn mùn cưa cho 300 m2 luống. Chúng tôi muốn trồng trên bịch "
        "mạt cưa trong nhà lưới: cần quy trình kỹ thuật, nguồn phôi giống và đơn vị bao tiêu sản phẩm.",
        {"nOo036": 2, "nOo044": 2, "nOo039": 2, "nOo040": 2, "nOo037": 2, "nOo038": 1, "nOo042": 1},
    ),
    (
        "nOn18",
        "en",
        "n_experts",
        "Contract lingzhi growing for a traditional-medicine company in Trà Vinh city",
        "A traditional-medicine company in Trà Vinh city wants local farmers to grow lingzhi under contract. Methods "
        "range from bottled wood pulp (about 3 months, small caps) to wooden boxes (about 6 months) and buried logs "
        "(bigger, better caps). We need a partner that supplies spawn, trains growers and buys back dried lingzhi, "
        "with the expected dried yield per bag.",
        {"nOo040": 2, "nOo039": 2, "nOo036": 1, "nOo037": 1, "nOo043": 1},
    ),
    (
        "nOn19",
        "vi",
        "n_cardoza",
        "Linh chi ở Tiểu Cần ra quả thể dạng sừng hươu, không xòe tán",
        "Trại linh chi ở Tiểu Cần giữ phòng 22-30°C, mỗi ngày thông gió nửa giờ, 5-7 ngày đảo bịch một lần, nhưng nhiều "
        "bịch ra quả thể dạng sừng hươu, không xòe tán, màu nhạt. Cần chuyên gia hướng dẫn chỉnh thông gió (CO2), ánh "
        "sáng và độ ẩm để linh chi ra tán đẹp.",
        {"nOo041": 2, "nOo043": 2, "nOo037": 1, "nOo036": 1},
    ),
    (
        "nOn20",
        "en",
        "n_jalpaiguri",
        "Lingzhi bag recipe from local materials for a Vĩnh Long start-up",
        "A medicinal-mushroom start-up in Vĩnh Long city wants a lingzhi bag recipe built on local materials - "
        "rubber-wood sawdust, rice bran and cassava stems - instead of hardwood sawdust and wheat bran, with spawn at "
        "about 3% of dry weight and incubation at 28-35°C. Need a tested formula and expected yield.",
        {"nOo038": 2, "nOo036": 2, "nOo044": 2, "nOo024": 2, "nOo037": 1},
    ),
    (
        "nOn21",
        "en",
        "n_anspore_coir",
        "Using coir pith from a Châu Thành coconut processor as mushroom substrate",
        "Our coconut husk processor in Châu Thành (Trà Vinh) piles up tonnes of coir pith. Coir holds water well and "
        "has a pH of about 5.5-6.8, but it is low in nutrients and must be pasteurised and supplemented (gypsum, "
        "vermiculite, grain spawn). We want to use or sell it as a mushroom substrate: which species and what recipe?",
        {"nOo045": 2, "nOo046": 2, "nOo047": 2, "nOo024": 1},
    ),
    (
        "nOn22",
        "vi",
        "n_anspore_coir2",
        "Cơ sở mụn dừa ở Càng Long muốn thử mụn dừa làm giá thể trồng nấm bào ngư",
        "Mụn xơ dừa giữ ẩm tốt, thoáng khí nhưng đang bị bỏ phí ở Càng Long. Đọc thấy nấm bào ngư và vài loại nấm khác "
        "mọc tốt trên giá thể xơ dừa. Cần quy trình xử lý mụn dừa (làm ẩm, thanh trùng), phối trộn và cấy giống để "
        "trồng nấm bào ngư trên mụn dừa.",
        {"nOo045": 2, "nOo046": 2, "nOo047": 2, "nOo024": 1},
    ),
    (
        "nOn23",
        "en",
        "n_g4f",
        "Ready-colonised oyster bags for a household in Bình Minh",
        "A household in Bình Minh wants to grow oyster mushrooms at home without making substrate: buy ready-colonised "
        "sawdust bags or spawn and fruit them in a shaded corner. Oysters need 90-96% humidity and about 23-28°C while "
        "the mycelium grows. Looking for a supplier of ready bags plus simple care instructions.",
        {"nOo027": 2, "nOo155": 2, "nOo048": 2, "nOo028": 2, "nOo051": 1},
    ),
    (
        "nOn24",
        "vi",
        "n_vocaphe",
        "Cơ sở cà phê ở TP Trà Vinh muốn dùng vỏ, bã cà phê trồng nấm bào ngư",
        "Cơ sở rang xay cà phê ở TP Trà Vinh thải nhiều vỏ và bã cà phê. Ở Di Linh vỏ chiếm 40-45% khối lượng, mỗi năm "
        "thải khoảng 109.200 tấn và thường bị đốt gây ô nhiễm. Chúng tôi muốn tận dụng phế phẩm cà phê làm cơ chất "
        "trồng nấm bào ngư, phối trộn với mạt cưa; cần quy trình đã thử nghiệm.",
        {"nOo029": 2, "nOo024": 1, "nOo023": 1},
    ),
    (
        "nOn25",
        "en",
        "n_anspore_mist",
        "Misting routine for an oyster farm in Long Hồ",
        "Our oyster farm in Long Hồ waters bags by hand with a hose; the substrate gets waterlogged, caps turn yellow "
        "and later flushes are poor. We want a correct misting routine - a fine mist several times a day that keeps "
        "the house damp without soaking the bag necks - or a misting system sized for our house.",
        {"nOo027": 2, "nOo023": 2, "nOo079": 2, "nOo082": 2, "nOo134": 1},
    ),
    (
        "nOn26",
        "vi",
        "n_nootrofx",
        "Trại nấm bào ngư ở Càng Long cần hệ thống phun sương tự động có cảm biến ẩm",
        "Trại nấm bào ngư ở Càng Long đang tưới tay: ngày khô thì mũ nấm nứt, tai nhỏ; ngày tưới nhiều thì nấm bị đốm "
        "vi khuẩn, phôi úng. Nấm cần độ ẩm cao và ổn định trong suốt giai đoạn ra quả thể. Cần hệ thống phun sương "
        "hoặc tạo ẩm tự động, có cảm biến nhiệt độ, độ ẩm để bật tắt theo ngưỡng.",
        {"nOo077": 2, "nOo079": 2, "nOo080": 2, "nOo082": 2, "nOo084": 1, "nOo086": 1},
    ),
    (
        "nOn27",
        "en",
        "n_higlum",
        "Straw mushroom house in Tiểu Cần overheats in the hot months",
        "We grow straw mushrooms in a purpose-built house in Tiểu Cần; the crop is cheap to start and turns over "
        "quickly, but in the hot dry months the house overheats and the buttons open early or die. Need a better "
        "house design: roof shading, heat vents and ventilation, plus a way to keep humidity up while cooling.",
        {"nOo078": 2, "nOo003": 2, "nOo004": 1, "nOo083": 1, "nOo089": 1, "nOo079": 1},
    ),
    (
        "nOn28",
        "vi",
        "b_thanhhoa",
        "Nha nam treo phoi bi vong, muon chuyen sang ke dat phoi",
        "Toi o Giong Trom dang treo phoi nam bao ngu bang day, nha nam bi vong, phoi roi. Nghe mot trai o Thanh Hoa "
        "rong 500 m2 mua ke va thiet bi, moi ngay ban 70-120 kg nam (bao ngu 25-27 ngan/kg, nam meo 120-150 ngan/kg). "
        "Can thiet ke ke dat phoi va nha nam chac chan, thong thoang, de cham soc va thu hai.",
        {"nOo085": 2, "nOo003": 2, "nOo004": 2, "nOo025": 2, "nOo049": 1},
    ),
    (
        "nOn29",
        "en",
        "n_smalltools",
        "Fogging to hold 85-95% humidity in a Trà Ôn fruiting house",
        "Our lingzhi and oyster fruiting house in Trà Ôn is misted by hand and humidity swings widely. A steady 85-95% "
        "relative humidity during fruiting can lift yields by up to 30%. We want an ultrasonic or high-pressure "
        "fogging system with a humidistat that keeps the air humid without wetting the bags or leaving mineral dust.",
        {"nOo080": 2, "nOo081": 2, "nOo082": 2, "nOo079": 2, "nOo090": 2, "nOo077": 1},
    ),
    (
        "nOn30",
        "vi",
        "d_anspore_hum",
        "Nhà nấm ở Duyên Hải mất ẩm vào mùa khô, cần giữ độ ẩm 80-95%",
        "Nhà trồng nấm bào ngư của chúng tôi ở Duyên Hải mùa khô nắng gió, độ ẩm trong nhà tụt mạnh, nấm khô mép. Nấm "
        "cần độ ẩm khoảng 80-95%; có thể dùng máy tạo ẩm, hệ thống phun sương, quạt hơi nước hay bể nước kèm ẩm kế "
        "theo dõi, nhưng vẫn phải thông thoáng để tránh mốc. Cần giải pháp nhà lưới và thiết bị tạo ẩm phù hợp.",
        {"nOo084": 2, "nOo077": 2, "nOo079": 2, "nOo080": 2, "nOo090": 1, "nOo083": 1},
    ),
    (
        "nOn31",
        "en",
        "n_hatinh",
        "Raised-rack straw mushroom beds for the rainy season in Trà Ôn",
        "Straw mushroom growers in Trà Ôn lose the bottom layer of straw to rot in the rainy season. The improved model "
        "tried here puts a rack under the pile, spreads lime against wild fungi, covers the pile with rubber sheet and "
        "inserts air pipes, and the mushrooms fetch about 45,000 VND/kg. We need the full raised-rack method and "
        "rainy-season bed management.",
        {"nOo005": 2, "nOo006": 2, "nOo153": 2, "nOo015": 2, "nOo001": 1},
    ),
    (
        "nOn32",
        "vi",
        "n_kol_dry",
        "HTX ở Cầu Ngang cần máy sấy và quy trình sấy nấm rơm, nấm bào ngư dư vào mùa rộ",
        "Vào mùa rộ HTX ở Cầu Ngang dư nấm rơm và nấm bào ngư, bán tươi không kịp. Nấm sấy đúng cách giữ được ít nhất "
        "một năm, ngâm lại gần như nấm tươi; có thể sấy ở khoảng 125°F (chừng 52°C) trong 4-8 giờ. Cần máy sấy và quy "
        "trình sấy cho vài trăm kg nấm tươi mỗi ngày.",
        {"nOo091": 2, "nOo092": 2, "nOo095": 2, "nOo093": 2, "nOo111": 1, "nOo110": 1, "nOo107": 1},
    ),
    (
        "nOn33",
        "en",
        "n_anspore_sun",
        "Sun or solar drying of surplus oyster mushrooms in Trà Cú",
        "Our group in Trà Cú has surplus oyster mushrooms a few days each week. Sun-drying works when slices are about "
        "1/4 inch, laid on mesh and turned daily, but it takes 2-5 days and needs air humidity below 60%, which we "
        "rarely have in the rainy season. Need a low-cost solar or assisted drying method and dryness targets.",
        {"nOo109": 2, "nOo094": 2, "nOo091": 2, "nOo108": 2, "nOo111": 1},
    ),
    (
        "nOn34",
        "vi",
        "n_thaiminhhung",
        "Can may say nhiet do thap cho nam meo, nam rom",
        "Co so nho o Tam Binh say nam meo va nam rom bang phoi nang, gap mua thi nam bi den, moc. Muon mua may say "
        "nhiet do thap (duoi 50 do C) giu mau, giu mui, cong suat vai chuc kg nam tuoi moi me, kem huong dan che do say.",
        {"nOo092": 2, "nOo107": 2, "nOo093": 2, "nOo110": 1, "nOo112": 1, "nOo069": 1},
    ),
    (
        "nOn35",
        "en",
        "n_anspore_can",
        "Canning straw mushrooms for a food company in Trà Vinh",
        "A food company in Trà Vinh city wants to can local straw mushrooms: sort and clean them, blanch to keep colour "
        "and texture, pack in brine, seal and retort-sterilise for long shelf life. Need a canning process (grades, "
        "blanching, brine, sterilisation) and line equipment.",
        {"nOo099": 2, "nOo100": 2, "nOo095": 2, "nOo115": 1, "nOo106": 1},
    ),
    (
        "nOn36",
        "vi",
        "a_giaiphap",
        "HTX ở Trà Ôn cần quy trình muối nấm rơm xuất khẩu",
        "Nấm rơm hợp khí hậu Nam Bộ quanh 30°C, mỗi tấn rơm khô cho khoảng 150 kg nấm tươi, nhưng vụ rộ ở Trà Ôn nấm "
        "rớt giá vì không để lâu được. HTX muốn muối nấm rơm theo yêu cầu xuất khẩu; cần quy trình chần, muối, bảo "
        "quản và tỷ lệ thành phẩm.",
        {"nOo096": 2, "nOo097": 2, "nOo098": 2, "nOo099": 1, "nOo115": 1},
    ),
    (
        "nOn37",
        "en",
        "n_reallygood",
        "Mushroom chips for a snack company in Vĩnh Long",
        "A snack company in Vĩnh Long wants a crisp mushroom chip from local oyster or straw mushrooms. One brand "
        "vacuum-fries whole shiitake in palm oil and seasons them in four flavours, because vacuum frying lowers the "
        "oil's boiling point and shortens frying time. Need a vacuum-frying (or similar) process and formulation.",
        {"nOo101": 2, "nOo116": 2, "nOo102": 2, "nOo094": 1},
    ),
    (
        "nOn38",
        "vi",
        "n_6462",
        "HTX nấm rơm ở Tiểu Cần cần bảo quản lạnh khi chở nấm lên TP.HCM",
        "Nấm tươi chỉ giữ được 5-7 ngày khi để dưới 8°C; bày ở nhiệt độ thường thì vi khuẩn phát triển nhanh. HTX nấm "
        "rơm, nấm bào ngư ở Tiểu Cần cần cách sơ chế, đóng gói và bảo quản lạnh để chở nấm lên TP.HCM mà không hư, "
        "thâm.",
        {"nOo103": 2, "nOo104": 2, "nOo106": 2, "nOo105": 1, "nOo094": 1},
    ),
    (
        "nOn39",
        "en",
        "n_detan",
        "Packaging and cold chain for oyster mushrooms sold to Trà Vinh supermarkets",
        "We supply fresh oyster mushrooms to supermarkets in Trà Vinh; trays wrapped in plastic film sweat and spoil "
        "within days. Storage at 2-4°C slows metabolism by up to 70%, and breathable packaging cut spoilage by 58% in "
        "the first 72 hours in one test. Need packaging and cold-chain guidance to reach 7-10 days of shelf life.",
        {"nOo104": 2, "nOo106": 2, "nOo105": 2, "nOo094": 2, "nOo103": 1},
    ),
    (
        "nOn40",
        "vi",
        "n_haichuyen",
        "Trang trại linh chi ở Mỏ Cày Nam cần máy sấy linh chi",
        "Linh chi được dùng làm thuốc hàng nghìn năm và chủ yếu bán ở dạng khô. Trang trại ở Mỏ Cày Nam sắp thu hoạch "
        "vụ linh chi đầu tiên nhưng chỉ phơi nắng nên nấm lâu khô, dễ mốc. Cần máy sấy và chế độ sấy phù hợp cho nấm "
        "dược liệu, giữ màu và hoạt chất.",
        {"nOo092": 2, "nOo093": 1, "nOo035": 1, "nOo110": 1},
    ),
    (
        "nOn41",
        "en",
        "n_khocn",
        "Drying line for export-grade black fungus in Vũng Liêm",
        "Our wood-ear (black fungus) cooperative in Vũng Liêm wants export-grade dried product that keeps its colour. "
        "Low-temperature drying with dehumidified air at 10-50°C can bring produce to a low final moisture without "
        "scorching. Need a dryer and a drying schedule for wood ear, plus storage of the dried product.",
        {"nOo092": 2, "nOo093": 2, "nOo035": 2, "nOo112": 1, "nOo110": 1, "nOo095": 1},
    ),
    (
        "nOn42",
        "vi",
        "n_tieuluan",
        "HTX ở Long Hồ muốn ủ bã phôi nấm thành phân hữu cơ vi sinh",
        "HTX trồng nấm bào ngư và nấm rơm ở Long Hồ thải bã phôi quanh năm, đang đổ đống gây mùi. Muốn áp dụng công "
        "nghệ sinh học xử lý chất thải hữu cơ trồng trọt để ủ bã nấm thành phân hữu cơ vi sinh bón cho rau, cây ăn "
        "trái. Cần quy trình ủ, chế phẩm vi sinh và cách kiểm tra độ hoai.",
        {"nOo117": 2, "nOo126": 2, "nOo120": 2, "nOo118": 2, "nOo127": 1, "nOo133": 1, "nOo129": 1},
    ),
    (
        "nOn43",
        "en",
        "n_essay",
        "Value-adding options for spent substrate from a Vĩnh Long mushroom cluster",
        "Mushroom growers in our Vĩnh Long cluster discard their spent substrate. It is light, rich in organic matter, "
        "free of weeds after pasteurisation and holds water; it can serve as soil conditioner, compost, worm bedding "
        "or an ingredient in animal feed. We want a partner to assess and set up the best uses.",
        {"nOo118": 2, "nOo119": 2, "nOo120": 2, "nOo130": 2, "nOo125": 1, "nOo117": 1, "nOo131": 1},
    ),
    (
        "nOn44",
        "vi",
        "n_poland",
        "Ba phoi nam nhieu, muon ep vien lam chat dot cho lo hap",
        "Trai nam o Cau Ke thai rat nhieu ba phoi, cu 1 kg nam ra chung 5 kg ba. Muon say kho, ep vien hoac dot ba "
        "phoi lam chat dot cho lo hap bich thay cui, can cong nghe va thiet bi phu hop.",
        {"nOo121": 2, "nOo122": 2, "nOo123": 2, "nOo132": 1, "nOo124": 1},
    ),
    (
        "nOn45",
        "en",
        "n_colombia",
        "Spent substrate as boiler fuel for a Trà Vinh mushroom farm",
        "Our farm in Trà Vinh burns a lot of firewood to steam bags, while spent compost piles up. Spent compost is high "
        "in ash, but a water-washing step can lower ash and raise its calorific value in a cascading-use scheme. We "
        "need a way to turn spent substrate into boiler fuel (pellets or direct firing) with acceptable emissions.",
        {"nOo121": 2, "nOo122": 2, "nOo123": 2, "nOo124": 1, "nOo132": 1},
    ),
    (
        "nOn46",
        "vi",
        "n_essay",
        "HTX ở Tam Bình muốn dùng bã nấm làm thức ăn, độn chuồng cho bò, gà",
        "Bã nấm sau thu hoạch nhẹ, giàu chất hữu cơ, sạch cỏ dại và giữ ẩm tốt. HTX ở Tam Bình nuôi bò và gà muốn dùng "
        "bã nấm rơm, bã mạt cưa nấm bào ngư làm một phần thức ăn hoặc đệm lót chuồng, sau đó ủ làm phân. Cần hướng dẫn "
        "xử lý an toàn và tỷ lệ phối trộn.",
        {"nOo118": 2, "nOo130": 1, "nOo015": 1, "nOo129": 1},
    ),
    (
        "nOn47",
        "en",
        "f_improve_more",
        "Reusing spent oyster sawdust for a second crop in Bình Tân",
        "Our oyster farm in Bình Tân throws away spent sawdust bags; much of the substrate is not really used up and "
        "could earn more if reused rather than dumped. We want to grow a second crop (straw mushroom or oyster again) "
        "on spent substrate, or another cascade use. Need a tested reuse method.",
        {"nOo119": 2, "nOo118": 2, "nOo117": 1, "nOo131": 1},
    ),
    (
        "nOn48",
        "vi",
        "n_bi_green",
        "Trại nấm bào ngư ở Càng Long bị mốc xanh lan rộng",
        "Trại nấm bào ngư ở Càng Long bị mốc xanh (Trichoderma) lan trên cổ và thân bịch phôi; loại mốc này có thể làm "
        "mất 60% đến toàn bộ vụ. Cần chẩn đoán nguyên nhân (xử lý nguyên liệu, thanh trùng, vệ sinh) và quy trình "
        "phòng trị, xử lý bịch nhiễm để chặn lây lan.",
        {"nOo134": 2, "nOo136": 2, "nOo142": 2, "nOo141": 2, "nOo135": 1, "nOo143": 1, "nOo146": 1},
    ),
    (
        "nOn49",
        "en",
        "n_housedigest",
        "Small flies in an oyster mushroom house in Trà Vinh city",
        "Our oyster house in Trà Vinh city is plagued by tiny flies; their larvae tunnel into caps and they seem to "
        "spread disease. They look like phorid and sciarid flies. Need practical control: exclusion, traps, "
        "sanitation and biological options rather than heavy spraying.",
        {"nOo147": 2, "nOo149": 2, "nOo150": 2, "nOo137": 1, "nOo152": 1},
    ),
    (
        "nOn50",
        "vi",
        "n_foresis",
        "Nấm ở Vũng Liêm bị nhện hại, ruồi nấm mang nhện lây lan",
        "Trại nấm ở Vũng Liêm thấy nhện nhỏ ăn tơ nấm, chân nấm thâm; nghiên cứu cho thấy ruồi nấm mang nhện đi khắp "
        "trại (khoảng 20% ruồi phorid mang nhện, trung bình 3,4 con nhện mỗi ruồi). Cần cách nhận diện và phòng trừ "
        "nhện hại nấm, cắt đường lây qua ruồi.",
        {"nOo148": 2, "nOo151": 2, "nOo147": 1, "nOo137": 1, "nOo138": 1},
    ),
    (
        "nOn51",
        "en",
        "n_kernel",
        "Green mould soon after inoculation at a Cầu Kè lingzhi farm",
        "Like many growers we improvised: our lingzhi bags in Cầu Kè are steamed in oil drums over a wood fire, and "
        "green mould shows up within the first couple of weeks after inoculation. Large ovens and steam sterilisation "
        "are the usual way to kill everything in the mix. We want the root cause found in our substrate preparation "
        "and sterilisation, and a fix.",
        {"nOo136": 2, "nOo142": 2, "nOo061": 2, "nOo070": 2, "nOo134": 1, "nOo145": 1, "nOo146": 1},
    ),
    (
        "nOn52",
        "vi",
        "a_agri_vi",
        "Mô nấm rơm ở Trà Cú mọc nhiều nấm dại, mốc trắng",
        "Mô nấm rơm ngoài trời của chúng tôi ở Trà Cú mọc nhiều nấm dại, mốc trắng, nấm rơm ra thưa. Có thể do rơm bị "
        "mốc, mục vì mưa hoặc nền chưa rải vôi (khuyến cáo khoảng 5 kg vôi cho 100 m2). Cần cách nhận diện nấm dại, "
        "mốc hại và biện pháp phòng trừ trên nấm rơm.",
        {"nOo139": 2, "nOo138": 2, "nOo135": 2, "nOo008": 1, "nOo001": 1},
    ),
    (
        "nOn53",
        "vi",
        "n_meonamvinhhoa",
        "Hộ trồng nấm rơm ở Mang Thít muốn chuyển sang kiểu trụ rơm, trồng trong nhà để giảm công",
        "Ở Mang Thít nhiều hộ trồng nấm rơm kiểu mô gối, tốn công chất mô và đảo rơm, năng suất phập phù theo thời "
        "tiết, trong khi có nơi thu hơn 800 kg mỗi tháng trên 1 ha mô. Muốn chuyển sang kiểu trụ rơm hoặc trồng trong "
        "nhà kín để giảm công, năng suất ổn định quanh năm. Cần quy trình và hỗ trợ kỹ thuật.",
        {"nOo001": 2, "nOo002": 2, "nOo003": 2, "nOo004": 2, "nOo017": 1},
    ),
    (
        "nOn54",
        "en",
        "n_dokumen",
        "Choosing and treating salt-affected straw for mushroom beds in Cầu Ngang",
        "Much of our straw in Cầu Ngang comes from coastal paddies that are sometimes salt-affected or recently sprayed. "
        "Rice straw is the most common substrate for straw mushroom and its preparation decides the yield. We need "
        "guidance on which straw to use or reject and how to lime-soak and compost it before making beds.",
        {"nOo005": 2, "nOo004": 2, "nOo006": 2, "nOo153": 1, "nOo008": 1, "nOo154": 1},
    ),
    (
        "nOn55",
        "vi",
        "n_123moc",
        "Hộ ở Mỏ Cày Nam muốn trồng mộc nhĩ trên gỗ khúc",
        "Vườn nhà ở Mỏ Cày Nam có nhiều cây gỗ tạp (cao su, mít, xoài) cần tỉa bỏ. Mộc nhĩ trồng được trên gỗ tạp: chặt "
        "gỗ vào tháng 3-4, cưa khúc dài 1 m, quét vôi hai đầu, đục lỗ đường kính 1,0-1,2 cm cách nhau 10-12 cm rồi cấy "
        "giống. Cần quy trình chi tiết, nguồn giống và năng suất dự kiến.",
        {"nOo156": 2, "nOo033": 2, "nOo035": 2, "nOo034": 1},
    ),
    (
        "nOn56",
        "en",
        "n_experts",
        "Keeping a vigorous lingzhi mother culture in Cầu Kè",
        "High-quality lingzhi starts from a good strain cultured in test tubes for about 85 days before it is used to "
        "inoculate substrate. Our farm in Cầu Kè reuses old cultures and growth has become slow and uneven. We need "
        "tissue isolation, strain selection and test-tube storage know-how to keep a vigorous mother culture.",
        {"nOo068": 2, "nOo054": 2, "nOo066": 1, "nOo040": 1},
    ),
    (
        "nOn57",
        "vi",
        "n_topmag",
        "Cơ sở ở Cầu Ngang cấy meo vào bịch bị nhiễm nhiều, cần tủ cấy vô trùng",
        "Cơ sở nấm ở Cầu Ngang cấy meo ngoài phòng thường, tỷ lệ bịch nhiễm cao. Tủ cấy dòng khí một chiều (laminar) "
        "thổi không khí qua lọc HEPA giúp khu vực cấy gần như vô trùng. Cần tư vấn chọn tủ cấy hoặc làm phòng cấy và "
        "thao tác cấy giống đúng cách.",
        {"nOo066": 2, "nOo071": 2, "nOo069": 2, "nOo059": 1},
    ),
    (
        "nOn58",
        "en",
        "b_lc_mdbs",
        "Lingzhi net house with misting for an eco-tourism farm in Chợ Lách",
        "An eco-tourism farm in Chợ Lách wants to grow lingzhi from ready bags as a source of income and a visitor "
        "attraction. We need a net house design for 2,000-10,000 bags: raised platforms or shelves, shade, a misting "
        "system and temperature and humidity targets for fruiting.",
        {"nOo039": 2, "nOo084": 2, "nOo085": 2, "nOo079": 2, "nOo158": 1, "nOo040": 1},
    ),
    (
        "nOn59",
        "vi",
        "d_plc",
        "Trại linh chi ở Tiểu Cần cần hệ thống tự động điều khiển nhiệt độ, độ ẩm",
        "Trại linh chi ở Tiểu Cần muốn tự động hóa: cảm biến đo nhiệt độ, độ ẩm, bộ điều khiển tự bật phun sương, quạt "
        "khi vượt ngưỡng và cho xem số liệu từ xa, thay cho việc canh tay cả ngày. Cần đơn vị thiết kế, lắp đặt hệ "
        "thống phù hợp nhà nấm.",
        {"nOo077": 2, "nOo086": 1, "nOo041": 1, "nOo083": 1},
    ),
    (
        "nOn60",
        "vi",
        "e_thanghoa",
        "Nhóm khởi nghiệp ở TP Trà Vinh muốn làm snack nấm giòn",
        "Nhóm khởi nghiệp ở TP Trà Vinh muốn làm nấm rơm, nấm bào ngư giòn ăn liền. Đang phân vân giữa sấy lạnh (thực tế "
        "30-50°C) và sấy thăng hoa (cấp đông khoảng -30°C, hút chân không, máy đắt). Cần công nghệ làm snack nấm giòn "
        "giữ màu, ít dầu và thiết bị hợp vốn nhỏ.",
        {"nOo101": 2, "nOo116": 2, "nOo102": 2, "nOo112": 1, "nOo110": 1},
    ),
    (
        "nOn61",
        "en",
        "n_thaiphuminh",
        "Straw mushrooms open within hours for a Trà Ôn wholesaler",
        "Straw mushrooms grow visibly from morning to evening and go from pinhead to harvest in four or five days, so "
        "the buttons we collect from farms around Trà Ôn open their caps within hours. We need post-harvest handling: "
        "grading, quick cooling and packing that keep buttons closed until they reach buyers.",
        {"nOo103": 2, "nOo095": 2, "nOo106": 2, "nOo104": 1},
    ),
    (
        "nOn62",
        "vi",
        "n_kilkari",
        "Vườn ươm ở Giồng Trôm muốn dùng bã nấm làm giá thể ươm cây, trồng rau",
        "Bã nấm sau thu hoạch là phụ phẩm chính của nghề nấm, đổ bỏ thì gây ô nhiễm và tốn tiền. Vườn ươm ở Giồng Trôm "
        "muốn phối bã nấm làm giá thể ươm cây giống và trồng rau trong chậu, bầu. Cần công thức phối trộn, cách xử lý "
        "độ mặn và kết quả thử nghiệm.",
        {"nOo120": 2, "nOo130": 2, "nOo125": 1, "nOo117": 1, "nOo118": 1},
    ),
    (
        "nOn63",
        "vi",
        "n_housedigest",
        "Ruồi nấm, giòi đục nấm bào ngư ở Bình Minh",
        "Nhà nấm bào ngư ở Bình Minh có nhiều ruồi nhỏ bay quanh, giòi đục vào tai nấm, nấm bị lỗ và thối. Có vẻ là ruồi "
        "phorid và sciarid, loại mang cả mầm bệnh. Cần biện pháp chặn ruồi vào nhà, bẫy và vệ sinh, hạn chế phun thuốc.",
        {"nOo147": 2, "nOo150": 2, "nOo149": 2, "nOo137": 1},
    ),
    (
        "nOn64",
        "en",
        "n_globalquora",
        "How much spawn per straw mushroom bed",
        "We started straw mushroom beds in Bình Tân with small 200 g bottles of spawn for two beds and the yield was "
        "patchy. We need a clear spawning rate: how much spawn per metre of bed or per pressed straw cake, bed "
        "dimensions, and how to spread the spawn between layers.",
        {"nOo008": 2, "nOo003": 2, "nOo012": 1},
    ),
    (
        "nOn65",
        "vi",
        "n_anspore_can",
        "Cơ sở nhỏ ở Bình Tân muốn đóng hộp, đóng lọ nấm rơm ngâm nước muối",
        "Cơ sở chế biến nhỏ ở Bình Tân muốn đóng hộp hoặc đóng lọ nấm rơm: phân loại, rửa, chần giữ màu, rót nước muối, "
        "ghép nắp và tiệt trùng để bán quanh năm. Cần quy trình và thiết bị quy mô nhỏ.",
        {"nOo099": 2, "nOo100": 2, "nOo095": 2, "nOo115": 1, "nOo096": 1},
    ),
    (
        "nOn66",
        "vi",
        "n_kol_reishi",
        "Xây xưởng linh chi ở Cầu Ngang với phòng cấy, phòng nuôi sợi, phòng hấp",
        "Doanh nghiệp ở Cầu Ngang muốn xây xưởng sản xuất linh chi khép kín. Mỗi giai đoạn (tơ, mầm, quả thể non, trưởng "
        "thành) cần điều kiện riêng, nên xưởng cần phòng cấy, phòng nuôi sợi, phòng bảo quản giống, phòng hấp, nhà trồng, "
        "phòng đóng gói và khu xử lý chất thải. Cần tư vấn bố trí mặt bằng và yêu cầu kỹ thuật từng phòng.",
        {"nOo067": 2, "nOo069": 2, "nOo037": 1, "nOo070": 1, "nOo059": 1},
    ),
    (
        "nOn67",
        "en",
        "n_tieuluan",
        "Composting spent straw mushroom beds for rice and vegetables in Trà Ôn",
        "After each straw mushroom crop in Trà Ôn the spent straw is left to rot for months and then spread untreated. "
        "We want an ecological, microbe-assisted composting method to turn spent beds quickly into organic fertiliser "
        "for rice and vegetables.",
        {"nOo117": 2, "nOo126": 2, "nOo015": 2, "nOo120": 2, "nOo133": 1, "nOo127": 1},
    ),
    (
        "nOn68",
        "en",
        "n_nootrofx",
        "Sour, spotted oyster bags at a Trà Cú farm",
        "At our oyster farm in Trà Cú some bags turn sour and wet and caps get brown spots, especially when we water "
        "heavily; too much moisture invites bacterial blotch, too little cracks the caps. We need a diagnosis of "
        "bacterial and other diseases in bags and fruit bodies and how to prevent them.",
        {"nOo135": 2, "nOo134": 2, "nOo061": 1, "nOo080": 1, "nOo140": 1},
    ),
    (
        "nOn69",
        "en",
        "n_helpful",
        "Treating straw for oyster bags without a steamer in Càng Long",
        "Our group in Càng Long has no steamer. We read that straw can be pasteurised in hot water held at 55-60°C for "
        "30-60 minutes, which kills competitors but keeps helpful microbes, then drained and cooled before bagging with "
        "spawn. Need a reliable low-cost pasteurisation method (hot water, lime or steam) for straw oyster bags.",
        {"nOo048": 2, "nOo064": 2, "nOo065": 2, "nOo026": 1, "nOo025": 1},
    ),
    (
        "nOn70",
        "en",
        "n_xuanhoa2015",
        "Straw mushroom economics for a provincial support programme",
        "The agriculture office plans a straw mushroom support programme across Trà Vinh. Fresh mushroom prices are "
        "high (oyster 15,000-20,000 VND/kg in the past, more now) and output nationwide has grown fast. We need "
        "benchmark figures: yield per tonne of straw, cost and profit per batch, labour and cycle length.",
        {"nOo157": 2, "nOo015": 2, "nOo016": 2, "nOo007": 2, "nOo003": 1, "nOo030": 1},
    ),
    (
        "nOn71",
        "vi",
        "b_speri",
        "Trường nghề cần giáo trình và giảng viên dạy nghề trồng nấm",
        "Trường trung cấp nghề ở Trà Vinh mở lớp trồng nấm cho lao động nông thôn, cần giáo trình tập huấn có quy trình "
        "trồng mộc nhĩ, nấm rơm, nấm bào ngư và giảng viên kỹ thuật (năng suất mộc nhĩ trên gỗ khoảng 20-25 kg khô mỗi "
        "m3 gỗ là một ví dụ số liệu cần có).",
        {"nOo014": 2, "nOo069": 2, "nOo007": 2, "nOo091": 1, "nOo139": 1},
    ),
    (
        "nOn72",
        "en",
        "n_foresis",
        "Non-chemical fly and mite control for an organic mushroom farm",
        "Our farm in Cầu Kè is seeking organic certification. Phorid and sciarid flies carry mites from room to room, "
        "so we need an integrated programme without synthetic insecticides: screening, traps, hygiene and biological "
        "control agents.",
        {"nOo149": 2, "nOo147": 2, "nOo150": 2, "nOo151": 1, "nOo138": 1},
    ),
    (
        "nOn73",
        "vi",
        "e_saomai",
        "HTX nấm ở Vĩnh Long muốn làm sản phẩm đạt OCOP",
        "Một tổ hợp tác nấm ở phía Bắc cung 2-3 tấn nấm mỗi tháng vẫn không đủ hàng và đạt OCOP 3 sao. HTX chúng tôi ở "
        "Long Hồ muốn làm sản phẩm OCOP từ nấm bào ngư: nấm tươi đóng khay và nấm sấy khô đóng gói. Cần công nghệ bảo "
        "quản, đóng gói và sấy đạt chuẩn.",
        {"nOo104": 2, "nOo092": 2, "nOo106": 2, "nOo101": 1},
    ),
    (
        "nOn74",
        "vi",
        "n_nuoitrong",
        "Muốn trồng nấm mèo trên rơm thay mùn cưa ở Trà Cú",
        "Ở miền Nam nấm mèo trồng được quanh năm, nuôi tơ tốt ở 25-28°C, nhưng Trà Cú ít mùn cưa mà nhiều rơm. Muốn "
        "trồng nấm mèo trên rơm rạ hoặc phụ phẩm khác thay mùn cưa; cần quy trình đã thử nghiệm.",
        {"nOo034": 2, "nOo050": 1, "nOo031": 1, "nOo032": 1},
    ),
    (
        "nOn75",
        "en",
        "a_nambonmua",
        "Uneven straw composting before straw mushroom beds in Châu Thành",
        "Our straw piles in Châu Thành (Trà Vinh) ferment unevenly: the core stays wet and cold while the edges dry out, "
        "and beds made from them yield poorly. Dry, clean, bright-yellow straw free of chemicals works best. Need a "
        "composting protocol: pile size, watering with lime, aeration, turning schedule and target temperatures.",
        {"nOo006": 2, "nOo153": 2, "nOo008": 2, "nOo012": 2, "nOo005": 2, "nOo001": 1, "nOo154": 1},
    ),
]
