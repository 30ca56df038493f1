"""Needs of the holdout40 labelled set: (id, language, source key, title, description, {offer id: grade}).

Grades: 2 = the offer would solve the need, 1 = partly relevant; unlisted offers are not relevant.
"""

NEEDS = [
    # --- rooftop solar and storage ---
    (
        "jPn01",
        "vi",
        "eranet_bill",
        "Tiền điện ban ngày của tiệm tạp hóa quá cao, muốn tận dụng mái tôn",
        "Nhà tôi ở thị trấn Châu Thành, vừa ở vừa bán tạp hóa; mùa nắng nóng tủ mát, quạt chạy liên tục nên hóa đơn tháng 5-6 tăng vọt, có tháng hơn 2 triệu đồng. Mái tôn hướng nam rộng chừng 60 m2 đang để trống. Muốn biết lắp tấm hứng nắng phát điện thì cần thủ tục gì với điện lực, có bán lại điện dư được không, tốn bao nhiêu.",
        {"jPo001": 2, "jPo005": 2, "jPo006": 1, "jPo004": 1},
    ),
    (
        "jPn02",
        "en",
        "baomoi_giadien",
        "Noodle workshop wants its roof to pay part of the power bill",
        "We run a small rice-noodle workshop in Tiểu Cần; steamers and dryers run from 5 am to 3 pm and every time the production tariff goes up our margin shrinks. The workshop roof is about 150 m2. We need someone to size a system that makes our own daytime power, handle the connection paperwork with the power company and install it at a reasonable price.",
        {"jPo001": 2, "jPo005": 2, "jPo006": 2, "jPo004": 1},
    ),
    (
        "jPn03",
        "vi",
        "trungnam",
        "Xã ven biển muốn kêu gọi đầu tư điện mặt trời mà vẫn giữ đất sản xuất",
        "Xã ở Trà Cú có vài chục ha đất giồng cát ven biển nắng quanh năm, trồng hoa màu năng suất thấp. "
        "Địa phương muốn tìm mô hình đầu tư phát điện quy mô lớn trên đất này nhưng người dân vẫn canh tác được bên dưới, và tìm đơn vị có kinh nghiệm đấu nối lên lưới.",
        {"jPo003": 2, "jPo002": 2},
    ),
    (
        "jPn04",
        "en",
        "plo_cupdien",
        "Cold room in Cầu Ngang loses power several times a week",
        "Our small cold room for crabs and fish in Cầu Ngang is cut off every two or three days, sometimes from morning until 10 pm, and customers leave when we cannot deliver. We want panels on the roof, but a neighbour says his panels stop working when the grid goes down. We need a system that keeps the compressor and lights running during cuts.",
        {"jPo006": 2, "jPo080": 2, "jPo083": 1, "jPo081": 1, "jPo082": 1, "jPo088": 1},
    ),
    (
        "jPn05",
        "vi",
        "tt_cupdien",
        "Có tấm pin mặt trời rồi nhưng tối vẫn phải mua điện, hay cúp điện",
        "Nhà tôi ở cù lao An Bình (Long Hồ) đã lắp 5 kWp trên mái, ban ngày dư điện nhưng buổi tối vẫn phải dùng điện lưới, mà mùa khô bị cắt điện luân phiên ngày có ngày không. Cần cách trữ phần điện dư ban ngày để dùng cho đèn, tủ lạnh, quạt, máy bơm vào ban đêm và lúc mất điện.",
        {"jPo080": 2, "jPo081": 2, "jPo082": 2, "jPo083": 1, "jPo006": 1},
    ),
    (
        "jPn06",
        "en",
        "tepbac_mayphat",
        "Shrimp hatchery needs power for air blowers during outages",
        "Our shrimp hatchery in Duyên Hải has solar panels already, but when the grid fails at night the air blowers stop and larvae die within an hour. Neighbours bought 100-150 kW diesel generators costing hundreds of millions of dong and expensive to run. We need a cleaner way to keep about 5 kW of blowers running for 2-3 hours when the power goes off.",
        {"jPo080": 2, "jPo082": 1, "jPo083": 1, "jPo008": 1, "jPo006": 2},
    ),
    # --- solar for shrimp and fish ponds ---
    (
        "jPn07",
        "vi",
        "vnn_shrimp_re",
        "Tiền điện chạy quạt ao tôm quá nặng, giờ cao điểm điện yếu",
        "Hợp tác xã nuôi tôm thẻ ở Duyên Hải có 30 hộ, trại lớn nhất trả 120-150 triệu đồng tiền điện mỗi tháng. "
        "Giờ cao điểm các ao cùng chạy quạt nên điện yếu, chập chờn, có lúc mô-tơ cháy. Muốn tự làm ra điện tại chỗ để giảm tiền điện và chủ động nguồn.",
        {"jPo007": 2, "jPo008": 2, "jPo009": 2, "jPo013": 1, "jPo012": 1},
    ),
    (
        "jPn08",
        "en",
        "vnn_shrimp_re",
        "Using the space above a 1 ha shrimp pond to make power",
        "I farm white-leg shrimp on about 1 ha in Cầu Ngang and pay up to 10% of my costs for electricity. "
        "The 8,000 m2 of open water above the pond is unused. I am looking for a supplier who can put a power system over or on the pond, with good warranty and maintenance, to run my aerators.",
        {"jPo009": 2, "jPo012": 2, "jPo011": 1, "jPo014": 1, "jPo010": 1, "jPo007": 1, "jPo008": 1},
    ),
    (
        "jPn09",
        "en",
        "thuysannambo",
        "New covered shrimp houses: can the roof also produce electricity?",
        "We are building 2 ha of covered ponds for high-density biofloc shrimp in Duyên Hải. "
        "The roofs are needed anyway against birds and rain; we would like them to carry panels for our aerators and pumps, and want proof that shading will not hurt growth.",
        {"jPo014": 2, "jPo011": 2, "jPo012": 1, "jPo009": 1},
    ),
    (
        "jPn10",
        "vi",
        "vietfish_re",
        "Muốn thử lắp tấm phát điện trên ao tôm quảng canh nhưng sợ tôm chậm lớn",
        "Gia đình nuôi tôm quảng canh kết hợp rừng ở Duyên Hải, diện tích mặt nước lớn nhưng lợi nhuận thấp. "
        "Có công ty đề nghị thuê mặt ao để lắp pin, chúng tôi muốn xem nơi nào đã làm thử, kết quả tôm lớn và sản lượng ra sao trước khi đồng ý.",
        {"jPo010": 2, "jPo012": 1, "jPo011": 1, "jPo009": 1},
    ),
    (
        "jPn11",
        "en",
        "tepbac_tainan",
        "Shrimp co-op members keep getting electric shocks and huge bills",
        "In our shrimp cooperative in Trà Cú, members string wires to paddle-wheel motors and pumps themselves; in a neighbouring province most fatal electric accidents last year happened around shrimp ponds, and our bills are very high too. We want a short training and simple handbook on safe wiring and how to use less electricity in the ponds.",
        {"jPo013": 2, "jPo007": 1},
    ),
    (
        "jPn12",
        "vi",
        "anbinh_aerator",
        "Quạt nước ăn gần hết tiền điện của ao tôm, cần cách chạy hợp lý",
        "Ao tôm siêu thâm canh của tôi ở Cầu Ngang chạy quạt cả ngày lẫn đêm, quạt chiếm hơn 80% lượng điện. "
        "Tôi muốn biết chạy quạt thế nào cho đủ oxy mà bớt tiền điện, đấu nối sao cho an toàn, có cách nào giảm tốc quạt lúc ít tôm không.",
        {"jPo013": 2, "jPo070": 1, "jPo007": 1, "jPo154": 1, "jPo153": 1},
    ),
    (
        "jPn13",
        "en",
        "thuysannambo",
        "Catfish nursery ponds overheat; want shade that also pays",
        "Our pangasius nursery in Vũng Liêm has 3 ha of ponds; water gets too hot in the dry season and birds take fry. "
        "We are thinking of a roof structure over the ponds that gives shade and earns money from electricity, and want a feasibility check.",
        {"jPo012": 2, "jPo009": 2, "jPo014": 1},
    ),
    # --- pumping water ---
    (
        "jPn14",
        "en",
        "dongthap_irrig",
        "Diesel pumping for 30 ha of vegetables is eating our profit",
        "Our vegetable cooperative in Tiểu Cần irrigates 30 ha along a canal with diesel pumps; in the dry season fuel is our biggest cost and the local grid cannot carry pumps. "
        "We need a pumping system that runs without diesel or grid power and can serve the whole group.",
        {"jPo015": 2, "jPo016": 2, "jPo017": 1, "jPo021": 1, "jPo018": 1},
    ),
    (
        "jPn15",
        "vi",
        "tkn_print15044",
        "Vườn bưởi mùa khô tưới bằng máy dầu tốn kém, cây rụng trái",
        "Vườn bưởi 5 ha của tôi ở Cầu Kè mùa khô phải bơm nước từ mương bằng máy dầu, tốn hơn 20 triệu đồng tiền dầu và công tưới mỗi năm, nước chỉ ướt mặt đất. "
        "Muốn có cách đưa nước từ từ tới từng gốc, không tốn dầu, không cần kéo điện ra vườn.",
        {"jPo019": 2, "jPo020": 2, "jPo022": 2, "jPo021": 1, "jPo148": 1},
    ),
    (
        "jPn16",
        "en",
        "baocantho_hanman",
        "Watering pomelo trees from the garden ditch without fuel",
        "I grow pomelo and a few hundred dragon-fruit posts in Trà Ôn. In the dry season I spend heavily on fuel and hired labour to water, and most of the water just wets the surface. I want water taken from the ditch and dripped slowly to each tree during the day, without running a wire or buying fuel.",
        {"jPo019": 2, "jPo020": 2, "jPo022": 1, "jPo021": 1},
    ),
    (
        "jPn17",
        "vi",
        "dantri_thonque",
        "Trạm cấp nước xã hay ngưng bơm vì cúp điện",
        "Trạm cấp nước sinh hoạt của xã ở Cầu Ngang công suất khoảng 50 m3/ngày, mỗi lần cúp điện là bơm ngừng, người dân cuối tuyến phải đi xin nước, xách nước về dùng. Cần nguồn điện riêng cho máy bơm để trạm vẫn chạy ban ngày khi lưới mất điện.",
        {"jPo018": 2, "jPo134": 1},
    ),
    (
        "jPn18",
        "vi",
        "baomoi_hanman",
        "Can bom nuoc tuoi rau ma khong co dien, dang xai may dau",
        "To hop tac trong rau mau 10 ha o Tra Cu, ruong xa nha khong co dien luoi, mua kho kenh rach bi dong cong ngan man nen phai chay may dau bom nuoc len tuoi, ton dau ton cong. Can he thong bom chay bang nang, tuoi phun cho ca to, tiet kiem nuoc.",
        {"jPo021": 2, "jPo015": 2, "jPo016": 1, "jPo019": 1, "jPo022": 1},
    ),
    (
        "jPn19",
        "en",
        "rural21_kh",
        "Why don't farmers switch from diesel to solar pumps?",
        "The district agriculture office in Càng Long wants to promote solar pumping but few farmers buy pumps. "
        "We need a study of farmers' pumping practices, the supplier market and financing options to design a support programme.",
        {"jPo017": 2, "jPo015": 1},
    ),
    # --- drying with sunshine ---
    (
        "jPn20",
        "vi",
        "ictnews_dryer",
        "Khô cá phơi trên giàn gặp mưa bị mốc, ruồi bu",
        "Cơ sở làm khô cá lóc, cá sặc ở Trà Cú phơi khoảng 200 kg cá mỗi ngày trên giàn tre, gặp mấy ngày mưa là cá ẩm mốc phải bỏ, ngày nắng thì ruồi bu, bụi bám. "
        "Muốn có chỗ phơi kín, sạch, nhanh khô, ít tốn điện.",
        {"jPo023": 2, "jPo024": 2, "jPo026": 2, "jPo025": 1, "jPo029": 1, "jPo027": 1},
    ),
    (
        "jPn21",
        "en",
        "oivn_dryer",
        "Women's group wants a cheap way to dry banana and jackfruit cleanly",
        "Our women's union group in Cầu Kè dries bananas and jackfruit on trays in the yard; dust and flies spoil the product and buyers complain. "
        "We have little money and want something we can build ourselves from local materials.",
        {"jPo027": 2, "jPo030": 2, "jPo025": 2, "jPo031": 1, "jPo026": 1},
    ),
    (
        "jPn22",
        "en",
        "janjai",
        "Dried-fruit workshop needs to dry a tonne a batch, also in the rainy season",
        "We make dried mango and papaya in Long Hồ, about 1 tonne of fresh fruit per batch. "
        "Sun drying takes 4-5 days and stops when it rains. We need a large enclosure heated by the sun with some backup heat for cloudy days, and fans that do not depend on the grid.",
        {"jPo029": 2, "jPo023": 2, "jPo031": 1, "jPo068": 1, "jPo025": 1, "jPo024": 1},
    ),
    (
        "jPn23",
        "vi",
        "pum_dryer",
        "Hợp tác xã dược liệu phơi lá ngoài trời, tối nào cũng phải che bạt",
        "Hợp tác xã ở Vũng Liêm phơi lá trà, lá thuốc ngoài sân; chiều tối hoặc trời sắp mưa cả tổ phải chạy ra che bạt, lá khô chậm, màu không đều. "
        "Muốn có nhà phơi giữ nhiệt, khô nhanh gấp đôi, chịu được gió bão.",
        {"jPo025": 2, "jPo031": 2, "jPo023": 1, "jPo068": 1, "jPo029": 1},
    ),
    (
        "jPn24",
        "vi",
        "pepper_dryer",
        "Co so nho can say ot, tieu cho deu mau, sach vi khuan",
        "Nha toi o Tam Binh mua ot, tieu cua ba con ve phoi, moi me vai ky, phoi san hay bi bui, den khong deu, co lan bi tra hang vi nhiem khuan. "
        "Can may say nho chay bang nang, nhiet do on dinh, kho trong mot ngay.",
        {"jPo028": 2, "jPo023": 1, "jPo026": 1},
    ),
    (
        "jPn25",
        "en",
        "danang_dryer",
        "Mushroom co-op dries on nylon sheets and metal roofs",
        "Our straw-mushroom cooperative in Bình Minh dries part of the harvest on nylon sheets and tin roofs; quality is poor and electric ovens are too expensive to run. "
        "We want small enclosed drying units powered by the sun and some training to build them.",
        {"jPo030": 2, "jPo025": 1, "jPo027": 1, "jPo023": 1},
    ),
    (
        "jPn26",
        "vi",
        "heatpump_hust",
        "Sấy trái cây ở nhiệt độ thấp để giữ màu, ngày ẩm vẫn sấy được",
        "Cơ sở chế biến ở Bình Minh sấy chôm chôm, nhãn; sấy nóng thì trái sậm màu, mất mùi, còn mùa mưa độ ẩm không khí trên 80% nên máy hút ẩm mua về không hiệu quả. "
        "Cần thiết bị sấy lạnh, hút ẩm mạnh, tiết kiệm điện.",
        {"jPo068": 2, "jPo023": 1, "jPo029": 1},
    ),
    # --- wind ---
    (
        "jPn27",
        "en",
        "wind_vnexp",
        "Households on a river islet pay a lot for a little light",
        "About 15 households on a river islet in Long Hồ buy electricity through long private wires at 4,000-5,000 dong/kWh and use it mostly for lights. "
        "The islet is windy most afternoons. We look for a cheap device that turns the wind into light for a few hours each evening.",
        {"jPo032": 2, "jPo033": 2, "jPo035": 1},
    ),
    (
        "jPn28",
        "vi",
        "wind_thietbi",
        "Chòi canh ao tôm ven biển không có điện, gió thổi quanh năm",
        "Chòi canh ao tôm của gia đình ở Duyên Hải cách xa đường dây điện, đêm phải thắp đèn bình. "
        "Bờ biển gió mạnh quanh năm, muốn lắp cái máy quay bằng gió nhỏ để có điện thắp sáng, sạc điện thoại.",
        {"jPo035": 2, "jPo032": 2, "jPo033": 2},
    ),
    (
        "jPn29",
        "en",
        "wind_studylib",
        "Province wants to know where wind power makes economic sense",
        "The provincial energy office wants a map of places where wind generation would be cheap enough, and whether it can serve households and villages not yet on the grid. "
        "We need a method and cost estimates we can use for planning.",
        {"jPo034": 2, "jPo035": 1, "jPo087": 1},
    ),
    # --- manure and gas ---
    (
        "jPn30",
        "vi",
        "plo_traiheo",
        "Chuồng heo bốc mùi, hàng xóm phàn nàn, muốn có ga nấu ăn",
        "Nhà tôi ở Càng Long nuôi 20 con heo, phân và nước rửa chuồng chảy ra mương, mùi hôi nặng đến mức hàng xóm phải đóng cửa, đã báo lên xã. Mỗi tháng nhà còn tốn tiền mua bình ga. Muốn xử lý chất thải tại chỗ để hết mùi mà có luôn khí đốt nấu cơm.",
        {"jPo036": 2, "jPo039": 2, "jPo043": 2, "jPo042": 1},
    ),
    (
        "jPn31",
        "en",
        "biogas_ctu_hyacinth",
        "Our digester has run dry since disease cut the pig herd",
        "We have a gas pit in Tam Bình but after the swine disease we keep only 3 pigs and the gas runs out in a day. "
        "There is plenty of water hyacinth in the canal and straw after the harvest. Can these be fed into the pit, and in what mix?",
        {"jPo037": 2, "jPo042": 1},
    ),
    (
        "jPn32",
        "vi",
        "biogas_gen_hcm",
        "Trại heo 500 con dư khí từ hầm, muốn chạy máy phát điện",
        "Trại heo 500 con ở Bình Minh đã có hầm ủ nhưng khí dư phải đốt bỏ, trong khi tiền điện chạy quạt làm mát, bơm rửa chuồng rất cao. "
        "Muốn dùng khí này phát điện cho trại, cần tư vấn máy và cách làm sạch khí.",
        {"jPo038": 2, "jPo040": 2, "jPo041": 2, "jPo045": 1, "jPo042": 1},
    ),
    (
        "jPn33",
        "en",
        "thanhnien_traiheo",
        "Large pig farm wants manure power but cannot pay for machines",
        "We run a commercial pig farm of about 3,000 sows in Trà Cú; neighbours protest about the smell, a farm like ours elsewhere was fined and closed for two years, and we burn surplus gas from old pits. Buying generators is beyond our budget now. We want a partner who invests in the equipment and maintains it, and shares the savings with us.",
        {"jPo041": 2, "jPo040": 1, "jPo038": 1},
    ),
    (
        "jPn34",
        "en",
        "baomoi_traion",
        "Open manure pond smells and bubbles; we want to trap the gas",
        "Our farm's effluent pit is about 500 m2, open to the air, black and bubbling, and neighbours say they have to wear masks at home. We would like to cover it so the gas can be collected and used, with a material that lasts and can be patched.",
        {"jPo045": 2, "jPo040": 1, "jPo042": 1},
    ),
    (
        "jPn35",
        "vi",
        "biogas_hoabinh",
        "Xã muốn biết các hầm ủ phân đã hỗ trợ còn hoạt động tốt không",
        "Mấy năm trước xã ở Tiểu Cần hỗ trợ khoảng 60 hộ xây hầm ủ phân heo, nay nhiều hộ nói ít khí, nước sau hầm vẫn hôi. "
        "Xã cần một nhóm chuyên môn khảo sát, đánh giá hiệu quả và đề xuất cách khắc phục trước khi hỗ trợ đợt mới.",
        {"jPo044": 2, "jPo042": 1, "jPo036": 1},
    ),
    (
        "jPn36",
        "en",
        "biogas_mekarn",
        "Cheapest cooking-gas option for poor households with 2-3 pigs",
        "An NGO in Trà Cú supports poor Khmer households that keep 2-3 pigs and cook with wood. "
        "A brick pit is too expensive for them; we want a very low-cost, easy-to-install option and training for village masons.",
        {"jPo043": 2, "jPo039": 1, "jPo036": 1, "jPo042": 1},
    ),
    (
        "jPn37",
        "vi",
        "biogas_review_ctu",
        "Trang trại bò muốn xây hầm lớn mà đất yếu, không biết chọn kiểu nào",
        "Trang trại 50 con bò ở Trà Ôn, nền đất yếu, mực nước ngầm cao. "
        "Muốn xây hầm ủ phân lấy khí nhưng các thợ mỗi người khuyên một kiểu, cần nơi so sánh ưu nhược điểm các kiểu hầm và tư vấn chọn kiểu phù hợp.",
        {"jPo042": 2, "jPo036": 1, "jPo039": 1, "jPo045": 1},
    ),
    # --- husk, straw, shells as fuel ---
    (
        "jPn38",
        "vi",
        "husk_thanhnien",
        "Nhà máy xay có trấu chất đống, phải thuê ghe chở đi đổ",
        "Nhà máy xay lúa ở Trà Ôn mỗi vụ thải ra hàng trăm tấn trấu, chất đống chiếm chỗ, phải thuê ghe chở đi, có lúc bị nhắc vì trấu rơi xuống sông. "
        "Muốn biến trấu thành hàng bán được cho lò, bếp.",
        {"jPo047": 2, "jPo049": 2, "jPo046": 1, "jPo048": 1, "jPo076": 1},
    ),
    (
        "jPn39",
        "en",
        "cuitrau_blog",
        "Food factory boiler burns coal; we want a cheaper local fuel",
        "Our coconut-candy and food factory in Châu Thành runs a 2-tonne steam boiler on coal, which is getting expensive and dirty. "
        "Rice husk is plentiful locally. We need a supplier of compressed husk fuel and help converting or replacing the boiler.",
        {"jPo046": 2, "jPo056": 2, "jPo049": 1},
    ),
    (
        "jPn40",
        "vi",
        "thvl_mangthit",
        "Lò gạch đốt trấu bị nhắc vì khói, muốn giữ nghề",
        "Lò gạch thủ công của gia đình ở Mang Thít đốt trấu, khói đen bay vào xóm; nhiều lò quanh đây đã chuyển sang kiểu nung mới, chính quyền nhắc lò cũ sẽ bị dẹp nếu không cải tạo. Không có vốn chuyển sang lò đốt dầu, muốn vẫn đốt trấu nhưng ít khói, có người hỗ trợ vốn.",
        {"jPo051": 2, "jPo048": 1, "jPo047": 1, "jPo049": 1},
    ),
    (
        "jPn41",
        "en",
        "husk_icon",
        "Remote rice mill wants to run on its own husk instead of the grid",
        "Our small rice mill in Cầu Kè mills about 1 tonne of paddy an hour and needs roughly 30 kW; the power line is weak and we pay for a diesel backup. "
        "We have mountains of husk. Is there a proven way to turn husk into power for the mill?",
        {"jPo050": 2, "jPo052": 1, "jPo076": 1},
    ),
    (
        "jPn42",
        "vi",
        "stove_the",
        "Bếp trấu nhà quê khói mù mịt, cay mắt",
        "Nhiều hộ ở Trà Cú vẫn nấu bằng trấu rời, rơm, khói nhiều làm cay mắt, ho, nồi đen. "
        "Hội phụ nữ xã muốn tìm loại bếp đun trấu, củi vụn ít khói, tiết kiệm chất đốt, giá vừa túi tiền để giới thiệu cho chị em.",
        {"jPo053": 2, "jPo054": 2, "jPo047": 1},
    ),
    (
        "jPn43",
        "en",
        "charcoal_haugiang",
        "Neighbours of our charcoal kilns cover their fruit in soot",
        "We run four charcoal kilns near Tiểu Cần; orchard owners nearby complain that soot blackens their fruit and children cough. "
        "Authorities may stop us. We want equipment to clean the kiln smoke so we can keep working.",
        {"jPo055": 2, "jPo147": 1},
    ),
    (
        "jPn44",
        "vi",
        "charcoal_soctrang",
        "Lo than gao dua bi dan phan nan khoi, can cach giam khoi",
        "Gia dinh co 3 lo dot than gao dua o Cang Long, moi me 20-30 ngay, khoi bay vao xom, dan to len xa. "
        "Can thiet bi hoac cach cai tao lo de khoi bot den, bot mui, khong phai dong lo.",
        {"jPo055": 2, "jPo147": 1},
    ),
    (
        "jPn45",
        "en",
        "husk_usth",
        "Husk power unit leaves black water and char piles",
        "Our mill in Vũng Liêm runs a husk-to-gas generator set, but the gas cleaning produces black water we dump in a pit, and char piles up behind the mill. "
        "We need advice on handling these wastes safely before the environment office visits.",
        {"jPo052": 2, "jPo050": 1},
    ),
    (
        "jPn46",
        "vi",
        "boiler_wood",
        "Xưởng chế biến cần lò hơi đốt được củi trấu, củi vụn",
        "Xưởng làm bánh tráng, bún ở Bình Minh cần hơi nước để hấp, đang dùng lò cũ đốt dầu rất tốn. "
        "Muốn mua lò hơi mới đốt được trấu ép, củi vụn sẵn có ở địa phương, hơi ổn định, an toàn.",
        {"jPo056": 2, "jPo046": 1, "jPo049": 1},
    ),
    # --- factories, ice plants, cold stores ---
    (
        "jPn47",
        "vi",
        "nangluong_thuysan",
        "Nhà máy thủy sản tiền điện 2 tỷ đồng/năm, không biết khâu nào tốn",
        "Công ty chế biến tôm đông lạnh ở Trà Vinh trả khoảng 150 triệu đồng tiền điện mỗi tháng cho cấp đông, kho lạnh, máy đá, điều hòa, giá điện lại vừa tăng trong khi lợi nhuận chỉ 2-3%. Chưa ai đo xem khâu nào tốn nhất. Cần đơn vị đo đạc, phân tích và chỉ ra chỗ lãng phí, kèm giải pháp có thời gian hoàn vốn.",
        {"jPo057": 2, "jPo060": 2, "jPo062": 2, "jPo063": 2, "jPo064": 1, "jPo128": 1, "jPo058": 1, "jPo059": 1},
    ),
    (
        "jPn48",
        "en",
        "vinacontrol",
        "Seafood plant must complete a compulsory energy audit",
        "Our seafood processing plant in Vĩnh Long consumes more than 1,000 tonnes of oil equivalent a year and the Department of Industry and Trade reminded us to submit an energy audit. "
        "We need an accredited team with measuring equipment to carry it out and write the report.",
        {"jPo061": 2, "jPo060": 2, "jPo064": 1, "jPo062": 1},
    ),
    (
        "jPn49",
        "vi",
        "kimchung_ice",
        "Nhà máy nước đá tiền điện 200 triệu/tháng, mẻ đá mất hơn 20 giờ",
        "Nhà máy nước đá cây gần cảng cá Duyên Hải làm khoảng 1.500 cây mỗi ngày cho tàu cá, tiền điện khoảng 200 triệu đồng/tháng. "
        "Mỗi mẻ đá mất hơn 20 tiếng mới đông. Muốn rút ngắn thời gian đông đá và giảm tiền điện.",
        {"jPo066": 2, "jPo067": 1, "jPo070": 1, "jPo058": 1},
    ),
    (
        "jPn50",
        "en",
        "kimchung_ice",
        "Block-ice plant at the fishing port wants faster freezing",
        "We make block ice for fishing boats at Định An port. Freezing a batch takes over 20 hours and electricity is our largest cost. "
        "We want practical changes to the water preparation and equipment that shorten the cycle and cut the bill.",
        {"jPo066": 2, "jPo070": 1, "jPo072": 1},
    ),
    (
        "jPn51",
        "vi",
        "vsd_eep",
        "Quạt hút và máy bơm chạy hết cỡ, chỉnh bằng van cho bớt",
        "Xưởng chế biến ở Vĩnh Long có quạt hút, bơm nước, máy nén khí lúc nào cũng chạy hết tốc độ, muốn ít gió ít nước thì khép van, khép cửa gió. "
        "Nghe nói cách này phí điện, cần đơn vị khảo sát và lắp thiết bị cho máy chạy chậm lại theo nhu cầu.",
        {"jPo070": 2, "jPo071": 2, "jPo058": 1},
    ),
    (
        "jPn52",
        "en",
        "hr_studylib",
        "Cold store throws away compressor heat while heating wash water",
        "Our fish cold store in Trà Vinh city blows heat from the refrigeration condensers into the air, while we heat water with an electric heater for washing floors and baskets. "
        "We want to use that rejected heat to make hot water.",
        {"jPo072": 2, "jPo073": 2, "jPo065": 1},
    ),
    (
        "jPn53",
        "vi",
        "fishmeal_whr",
        "Nha may bot ca lo say thai nhieu nhiet, muon tan dung",
        "Nha may bot ca o Duyen Hai co lo nau, lo say thai ra rat nhieu hoi nong, trong khi van phai dot cui de dun nuoc. "
        "Can don vi danh gia va thiet ke cach thu hoi nhiet thua de giam cui, giam dien.",
        {"jPo065": 2, "jPo072": 1, "jPo069": 1},
    ),
    (
        "jPn54",
        "en",
        "steam_seafood",
        "Dried-shrimp smoke and gas costs hurt our export orders",
        "We dry shrimp and squid in Cầu Ngang in rooms heated by gas burners; fumes touch the product and buyers in strict markets reject lots, while gas costs keep rising. "
        "We need a drying room where the heat source is separated from the product and fuel costs are much lower.",
        {"jPo069": 2, "jPo068": 1, "jPo024": 1},
    ),
    (
        "jPn55",
        "vi",
        "ricemill_vinafood",
        "Nhà máy xay xát muốn giảm điện và tận dụng trấu cho sấy",
        "Nhà máy xay xát, lau bóng gạo ở Vĩnh Long chạy 3 ca, tiền điện cao, lò sấy còn đốt dầu trong khi trấu bán rẻ. "
        "Cần được đánh giá dây chuyền và hướng dẫn cải tiến thiết bị để bớt điện, chuyển lò sấy sang đốt trấu.",
        {"jPo076": 2, "jPo064": 2, "jPo070": 1, "jPo047": 1},
    ),
    (
        "jPn56",
        "en",
        "led_vnplus",
        "Warehouse yard still uses old mercury lamps",
        "Our seafood warehouse and loading yard in Trà Vinh are lit all night by about 60 old mercury and sodium lamps of 250 W. "
        "We want an assessment of switching to new lamps: how much we save, which products last, and whether the poles fit.",
        {"jPo075": 2, "jPo074": 2, "jPo058": 1},
    ),
    (
        "jPn57",
        "vi",
        "hpe_anhminh",
        "Muốn dời máy lớn sang giờ rẻ nhưng không có số liệu từng máy",
        "Xưởng cơ khí, đúc ở Long Hồ có lò nấu, máy nén khí, máy hàn; chỉ có một công tơ tổng nên không biết máy nào ăn điện nhiều, giờ nào tốn. "
        "Muốn đo từng khâu và sắp xếp lại giờ chạy máy để tránh giờ cao điểm.",
        {"jPo059": 2, "jPo128": 2, "jPo127": 1, "jPo057": 1},
    ),
    (
        "jPn58",
        "en",
        "tongcuc_giadien",
        "Seafood exporter wants a routine for managing energy, not one-off fixes",
        "Electricity is now 30-40% of the operating cost of our shrimp plant in Trà Vinh, most of it for freezing. We already run ISO, GMP and HACCP, but nobody is in charge of energy; machines run idle between shifts and ice is wasted. We want help setting up an energy management system and training staff.",
        {"jPo062": 2, "jPo064": 1, "jPo058": 1},
    ),
    (
        "jPn59",
        "vi",
        "shrimp_ghg",
        "Khách nhập khẩu đòi số liệu phát thải của nhà máy tôm",
        "Nhà máy tôm đông lạnh ở Trà Vinh được khách hàng châu Âu yêu cầu báo cáo lượng điện, nhiên liệu, môi chất lạnh và phát thải khí nhà kính trên mỗi kg sản phẩm. "
        "Cần người hướng dẫn cách thu số liệu và tính toán.",
        {"jPo063": 2, "jPo062": 1},
    ),
    (
        "jPn60",
        "en",
        "heatpump_hust",
        "Seeds and dried fruit go mouldy in our storeroom",
        "We store seed rice, dried fruit and herbs in a warehouse in Vũng Liêm; in the rainy months humidity stays above 80% and mould appears within weeks. "
        "An imported dehumidifier could not cope. We need equipment that keeps the room dry and can also dry products gently.",
        {"jPo068": 2, "jPo088": 1},
    ),
    (
        "jPn61",
        "vi",
        "vncpc_recp",
        "Doanh nghiệp nhỏ muốn giảm điện, nước mà ít tốn tiền đầu tư",
        "Xưởng chế biến thực phẩm ở Càng Long thấy tiền điện, nước tăng đều nhưng chưa có tiền thay máy mới. "
        "Muốn có chuyên gia xuống xem quy trình, chỉ ra chỗ hao phí và các việc làm ngay ít tốn tiền.",
        {"jPo058": 2, "jPo057": 1, "jPo060": 1, "jPo059": 1},
    ),
    (
        "jPn62",
        "vi",
        "vsd_controleng",
        "Muốn thay động cơ cũ, bộ điều tốc nhưng thiếu vốn",
        "Cơ sở nước mắm, nước chấm ở Cầu Ngang có nhiều động cơ bơm, quạt đời cũ chạy suốt ngày. "
        "Biết thay thiết bị mới sẽ bớt điện nhưng không có vốn trả một lần, muốn tìm bên cung cấp chịu đầu tư trước, trả dần bằng tiền điện tiết kiệm.",
        {"jPo071": 2, "jPo070": 1},
    ),
    (
        "jPn63",
        "en",
        "danviet_kholanh",
        "Fruit spoils in two days at the collection point, no reliable power",
        "Our fruit cooperative in Cầu Kè collects rambutan and longan at a point with weak grid power; fruit left overnight spoils within two days and members know a cold room would help but cannot afford one each. We want shared cool storage that members pay for by the crate and that works without the grid.",
        {"jPo088": 2, "jPo080": 1},
    ),
    (
        "jPn64",
        "vi",
        "nld_rauqua",
        "Hợp tác xã rau cần chỗ trữ mát nhỏ mà điện yếu",
        "Hợp tác xã rau an toàn ở Long Hồ thu hoạch buổi chiều, sáng hôm sau mới giao, đúng cảnh sáng rau chiều rác, rau héo nhiều. Điện ở điểm thu gom yếu, không đủ chạy kho lạnh. Muốn có kho mát nhỏ tự làm ra điện, thuê theo sọt.",
        {"jPo088": 2, "jPo080": 1},
    ),
    # --- boats ---
    (
        "jPn65",
        "en",
        "boat_tuoitre",
        "Eco-tourism site wants quiet boats that do not scare birds",
        "A community tourism group near a bird sanctuary in Trà Vinh takes visitors by diesel boat; the noise and smoke scare the storks. "
        "We want quiet boats for 8-20 passengers that run without fuel.",
        {"jPo077": 2, "jPo078": 2, "jPo079": 2},
    ),
    (
        "jPn66",
        "vi",
        "boat_baird",
        "Cần đóng xuồng chở khách chạy điện, không tiếng máy",
        "Hợp tác xã du lịch ở cù lao An Bình (Vĩnh Long) muốn thay ghe máy nổ bằng xuồng chở 20 khách chạy êm, không khói. "
        "Cần nơi nhận đóng, lắp động cơ và pin, tư vấn tốc độ, thời gian chạy mỗi lần sạc.",
        {"jPo078": 2, "jPo079": 2, "jPo077": 1},
    ),
    # --- off-grid and islands ---
    (
        "jPn67",
        "vi",
        "giaoduc_quanlan",
        "Ấp trên cù lao chưa kéo được điện lưới",
        "Một ấp khoảng 30 hộ trên cù lao ở Trà Ôn chưa có điện lưới vì kéo cáp qua sông quá tốn; dân mua điện máy nổ của một chủ tư nhân với giá rất cao, chỉ có vài giờ buổi tối. Xã muốn có hệ thống phát điện chung cho cả ấp và cách tổ chức dân cùng quản lý.",
        {"jPo086": 2, "jPo087": 1, "jPo032": 1, "jPo085": 1},
    ),
    (
        "jPn68",
        "en",
        "thanhnien_coto",
        "Island diesel grid: how much sun and wind can we add?",
        "An island commune runs on small diesel generators a few hours a day, and electricity costs around 20,000 dong/kWh. Before buying panels and turbines we need an engineering study of how much renewable power the local grid can take without losing stability, and lessons from other islands.",
        {"jPo084": 2, "jPo085": 2, "jPo087": 1, "jPo086": 1},
    ),
    (
        "jPn69",
        "vi",
        "offgrid_snv",
        "Tỉnh cần rà soát hộ chưa có điện để lập đề án cấp điện",
        "Sở Công Thương cần số liệu các hộ, cụm dân cư còn chưa có điện lưới và đánh giá nguồn nắng, gió, nguồn vốn có thể huy động. "
        "Cần đơn vị khảo sát và đề xuất giải pháp cấp điện phù hợp từng nơi.",
        {"jPo087": 2, "jPo034": 1, "jPo086": 1},
    ),
    # --- harvesting ---
    (
        "jPn70",
        "vi",
        "combine_agro",
        "Mùa gặt thuê người không được, muốn mua máy mà thiếu vốn",
        "Nông dân ở Tiểu Cần canh tác 8 ha, mùa gặt thuê nhân công khó và giá cao, lúa chín phải chờ, hao hụt nhiều. "
        "Muốn mua máy gặt về làm và làm thuê cho bà con nhưng không đủ vốn, cần biết chương trình cho vay, hỗ trợ lãi suất.",
        {"jPo090": 2, "jPo089": 2, "jPo092": 1},
    ),
    (
        "jPn71",
        "en",
        "chinese_harvesters",
        "Harvesters get stuck and break down in wet-season fields",
        "Our cooperative in Càng Long hires cheap harvesters for the summer-autumn crop, but in soft, wet fields they sink, break belts and bearings, and leave up to 40 kg per 1,000 m2 behind. "
        "We want a lighter machine that can work soft soils and lodged rice.",
        {"jPo094": 2, "jPo093": 1, "jPo092": 1},
    ),
    (
        "jPn72",
        "vi",
        "combine_hoangthang",
        "Tổ sản xuất lúa giống cần máy gặt nhỏ giữ độ sạch hạt",
        "Tổ hợp tác lúa giống ở Vũng Liêm có ruộng nhỏ, bờ hẹp; máy gặt lớn vào không được, lúa gặt lẫn tạp chất, không đạt chuẩn giống. "
        "Cần máy gặt nhỏ, xoay trở dễ, làm sạch hạt tốt.",
        {"jPo093": 2, "jPo094": 1},
    ),
    (
        "jPn73",
        "en",
        "combine_contest",
        "Which combine harvester should our cooperative buy?",
        "Our cooperative has a loan approved for one combine but dealers each claim the lowest losses and fuel use. "
        "We want independent test results comparing models on capacity, losses, grain cleanliness and fuel consumption.",
        {"jPo092": 2, "jPo089": 1},
    ),
    (
        "jPn74",
        "vi",
        "baohaugiang_laodong",
        "Htx muon thue dich vu lam tron goi tu lam dat den gat, dua rom ra khoi ruong",
        "Htx o Cau Ke thieu lao dong tre, xa vien lon tuoi, mua vu thue nhan cong 300-400 nghin dong/ngay van khong co nguoi. Muon ky hop dong voi don vi co du may lam dat, sa hang, phun thuoc, gat va cuon rom de lam tron goi cho 200 ha. Can biet noi nao dang lam mo hinh nay.",
        {"jPo091": 2, "jPo097": 1},
    ),
    # --- transplanting ---
    (
        "jPn75",
        "en",
        "dantri_caythue",
        "Seed-rice group wants plants set in straight rows",
        "Our seed-rice group in Càng Long can no longer hire transplanters even at 350,000-400,000 dong a day, so we broadcast seed by hand; plants are uneven, seed use is high and roguing off-types is hard. We want a machine that sets seedlings in rows at even spacing and guidance on raising seedlings in trays.",
        {"jPo096": 2, "jPo097": 2, "jPo098": 1, "jPo099": 1},
    ),
    (
        "jPn76",
        "vi",
        "transplant_kc07",
        "Xưởng cơ khí muốn tự chế máy gieo, máy cấy giá rẻ",
        "Xưởng cơ khí nông nghiệp ở Vũng Liêm sửa máy cày, máy xới, muốn chế tạo thêm máy gieo theo hàng hoặc máy cấy bán cho nông dân với giá thấp hơn máy nhập. "
        "Cần bản vẽ, mẫu máy đã thử nghiệm phù hợp ruộng trong nước.",
        {"jPo099": 2, "jPo098": 2, "jPo100": 1},
    ),
    (
        "jPn77",
        "en",
        "vnpa_giahoa",
        "Commune wants one service team to raise seedlings and transplant for everyone",
        "Farmers in our commune in Tam Bình are ageing, most young people work in factories, and the few left cannot keep up with nursery and transplanting. We want the cooperative to take this over and need a working model of a central tray-nursery plus machine transplanting service we can copy.",
        {"jPo097": 2, "jPo096": 1},
    ),
    # --- levelling fields ---
    (
        "jPn78",
        "vi",
        "thvl_hado",
        "Ruộng chỗ cao chỗ trũng, chỗ ngập chỗ khô, tốn giống và tiền bơm",
        "Ruộng 5 ha của tôi ở Trà Cú chênh nhau 20-30 cm, bơm nước vào thì chỗ trũng ngập, chỗ gò vẫn khô; lúa mọc không đều, ốc và cỏ phát triển ở chỗ trũng. Có người bày bán lớp đất mặt chỗ gò cho bằng nhưng nghe nói làm vậy mất đất tốt. Muốn làm cho mặt ruộng thật phẳng để đỡ giống, đỡ phân, đỡ tiền bơm.",
        {"jPo104": 2, "jPo103": 2, "jPo101": 2, "jPo105": 1, "jPo102": 1},
    ),
    (
        "jPn79",
        "en",
        "lll_ricetoday",
        "Cooperative wants to start a field-flattening service",
        "Our machinery cooperative in Trà Ôn wants to offer precise field flattening to members and neighbours. "
        "We need operator training, guidance on equipment, and a business model showing how to recover the cost.",
        {"jPo102": 2, "jPo101": 1},
    ),
    (
        "jPn80",
        "en",
        "lll_irri_ghg",
        "Alternate wetting and drying fails because high spots dry out",
        "A low-emission rice project in Cầu Kè asks farmers to let fields dry between irrigations, but high parts crack and yellow while low parts stay flooded. "
        "We need a way to make fields even so water drains and refills uniformly.",
        {"jPo105": 2, "jPo103": 1, "jPo104": 1},
    ),
    # --- spraying ---
    (
        "jPn81",
        "vi",
        "drone_nld",
        "Khó thuê người xịt thuốc, sợ độc, muốn thuê máy bay làm",
        "Nông dân ở Châu Thành (Trà Vinh) mỗi vụ xịt thuốc 5-6 lần, thuê người ngày càng khó, người xịt hay bị choáng. "
        "Muốn thuê dịch vụ máy bay nhỏ xịt thuốc, bón phân, cần biết giá mỗi ha và một ngày làm được bao nhiêu.",
        {"jPo108": 2, "jPo110": 2, "jPo106": 2, "jPo109": 1},
    ),
    (
        "jPn82",
        "en",
        "drone_dronedj",
        "Cooperative wants its own spraying and seeding aircraft and pilots",
        "Our cooperative in Tiểu Cần wants to buy two unmanned aircraft for spraying, fertilising and sowing, and to train young members as pilots. "
        "We look for a supplier that sells, trains and services the machines.",
        {"jPo107": 2, "jPo111": 2, "jPo106": 1},
    ),
    (
        "jPn83",
        "vi",
        "baodongnai_phunthue",
        "Vùng liên kết 500 ha muốn xịt thuốc đồng loạt, bớt nước bớt thuốc",
        "Doanh nghiệp bao tiêu lúa liên kết 500 ha ở Cầu Kè đang thuê người đeo bình xịt thuốc, người phun không đồ bảo hộ, phun không đều, lượng thuốc và nước pha lớn nên khó đạt chuẩn xuất khẩu. Cần đơn vị làm dịch vụ xịt thuốc đồng loạt, đúng lúc cho cả vùng nguyên liệu trong suốt vụ.",
        {"jPo109": 2, "jPo107": 1, "jPo108": 1},
    ),
    # --- straw ---
    (
        "jPn84",
        "en",
        "straw_tayninh",
        "Straw is burned because gathering it by hand takes a week",
        "After the combine passes, straw lies scattered on our fields in Trà Ôn; collecting it by hand takes a week, so most neighbours burn it. "
        "Mushroom growers and cattle farmers would buy it. We need a machine that gathers straw into bundles, even on wet, soft fields.",
        {"jPo112": 2, "jPo113": 2, "jPo114": 1, "jPo115": 1, "jPo116": 1},
    ),
    (
        "jPn85",
        "vi",
        "straw_hue",
        "Có máy cày sẵn, muốn gắn thêm bộ cuốn rơm",
        "Gia đình có máy kéo 4 bánh ở Càng Long, muốn gắn thêm bộ cuốn rơm để gom rơm cho đàn bò và làm dịch vụ. "
        "Cần loại gắn được vào máy sẵn có, chạy được ruộng ẩm, có hỗ trợ một phần tiền mua.",
        {"jPo115": 2, "jPo116": 1, "jPo113": 1},
    ),
    # --- drying paddy ---
    (
        "jPn86",
        "en",
        "dryer_camau",
        "Wet-season rain makes our harvested paddy sprout",
        "In Tam Bình the summer-autumn harvest falls in the rains; with no dryer in the hamlet, paddy piled at home starts to sprout and traders cut the price. "
        "We want a small, movable dryer that can be brought to the fields and burns husk.",
        {"jPo120": 2, "jPo121": 2, "jPo117": 1},
    ),
    (
        "jPn87",
        "vi",
        "nghean_say",
        "Hợp tác xã muốn đầu tư lò sấy lúa 8 tấn/mẻ đốt trấu",
        "Mùa mưa năm rồi xã viên hợp tác xã ở Tiểu Cần phải xếp hàng chờ sấy ở hai lò tư nhân quá tải, lúa để trong nhà hấp hơi, nảy mầm. Hợp tác xã muốn tự xây lò sấy cỡ 8 tấn mỗi mẻ, đốt trấu; cần bản vẽ, hướng dẫn vận hành, thời gian sấy, công suất cả vụ và nơi đào tạo thợ làm lò.",
        {"jPo117": 2, "jPo118": 2, "jPo119": 1, "jPo090": 1},
    ),
    (
        "jPn88",
        "en",
        "aciar_dryer",
        "Peak harvest brings paddy at 30% moisture faster than we can dry it",
        "Our rice trading company in Vĩnh Long receives wet paddy at over 30% moisture at peak harvest; our small batch dryers fall behind and grain yellows. "
        "We need higher-capacity drying that removes water quickly without cracking the grain.",
        {"jPo123": 2, "jPo122": 2, "jPo095": 1, "jPo117": 1},
    ),
    # --- repair ---
    (
        "jPn89",
        "vi",
        "nghean_repair",
        "Máy hư giữa vụ mà không có thợ sửa, phụ tùng phải chờ",
        "Tổ máy nông nghiệp ở Trà Cú có máy cày, máy gặt, máy sấy nhưng mỗi lần hư phải chở đi hơn 10 km sửa, phụ tùng chờ vài ngày. "
        "Muốn có chương trình đào tạo thợ sửa tại chỗ và cách tổ chức kho phụ tùng, xưởng dịch vụ.",
        {"jPo124": 2, "jPo125": 2, "jPo098": 1},
    ),
    # --- metering ---
    (
        "jPn90",
        "en",
        "meter_kienthuc",
        "Shop owner wants to see daily electricity use on the phone",
        "I run a small bakery in Bình Minh and the power bill jumped; I do not know whether the oven, the freezer or the air-conditioner is to blame. "
        "I want a device that shows daily and per-appliance consumption on my phone.",
        {"jPo127": 2, "jPo126": 2, "jPo128": 1},
    ),
]
