"""Needs of the holdout123 labelled set (laundry and dry-cleaning services), set in Trà Vinh / Vĩnh Long.

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve the need, 1 = partly relevant.
Each need paraphrases one public page (see holdout123_sources.py); pages about other places are re-set in the province.
"""

NEEDS = [
    (
        "mUn01",
        "vi",
        "vi_dulichsaigon_laundry",
        "Resort ở Ba Động cần đầu tư phòng giặt tại chỗ",
        "Resort 60 phòng ở xã Trường Long Hoà, thị xã Duyên Hải hiện gửi giặt ở TP Trà Vinh cách hơn 50 km, đồ hay về trễ mùa cao "
        "điểm. Bộ phận laundry của chúng tôi muốn tự giặt chăn, ga, khăn tắm, rèm và đồng phục, khoảng 300 kg đồ/ngày lúc đông khách. "
        "Cần tư vấn chọn máy giặt vắt và máy sấy công nghiệp đúng công suất, đặt ở tầng trệt, và báo giá.",
        {
            "mUo001": 2,
            "mUo002": 2,
            "mUo009": 2,
            "mUo011": 2,
            "mUo005": 2,
            "mUo003": 1,
            "mUo008": 1,
            "mUo006": 1,
            "mUo004": 1,
        },
    ),
    (
        "mUn02",
        "en",
        "en_lcn_ironer_job",
        "Guest house near Ao Bà Om needs a small commercial washer and dryer",
        "We run a 12-room guest house near Ao Bà Om pagoda in Trà Vinh city and still wash sheets and towels in two household "
        "machines. We want one commercial washer-extractor and a dryer for the laundry room on our first floor, where we cannot "
        "pour a concrete base, and advice on the right capacity for our occupancy.",
        {"mUo001": 2, "mUo002": 2, "mUo003": 2, "mUo009": 2, "mUo011": 1, "mUo005": 1, "mUo010": 1},
    ),
    (
        "mUn03",
        "en",
        "en_wiki_tunnel",
        "Central laundry in Long Hồ seeks a tunnel washer for hospital and hotel linen",
        "Our company is planning a central laundry in Hoà Phú industrial park, Long Hồ district, to wash 4-5 tonnes of linen a day "
        "for provincial hospitals and hotels. We want a continuous batch (tunnel) washer with counter-flow rinsing, low fresh water "
        "per kg, controlled disinfection temperature and the option to program different batches.",
        {"mUo012": 2, "mUo013": 2, "mUo014": 2, "mUo015": 2, "mUo016": 1, "mUo004": 1, "mUo017": 1},
    ),
    (
        "mUn04",
        "vi",
        "vi_maygiat_bv",
        "Trung tâm y tế huyện Cầu Kè cần khu giặt tách bẩn - sạch",
        "Trung tâm y tế 150 giường ở huyện Cầu Kè đang giặt đồ vải bệnh nhân và đồ phòng mổ chung trong một phòng với máy giặt thường, "
        "đồ sạch và bẩn đi cùng lối. Chúng tôi cần máy giặt có cửa nạp phía bẩn và cửa lấy phía sạch, thiết kế luồng một chiều đạt yêu "
        "cầu kiểm soát nhiễm khuẩn.",
        {
            "mUo017": 2,
            "mUo019": 2,
            "mUo023": 2,
            "mUo024": 2,
            "mUo032": 2,
            "mUo018": 1,
            "mUo020": 1,
            "mUo025": 1,
            "mUo026": 1,
        },
    ),
    (
        "mUn05",
        "en",
        "en_pmc_params",
        "Provincial hospital in Trà Vinh wants proof its linen washing disinfects",
        "Our infection control unit at a provincial general hospital in Trà Vinh wants evidence that the laundry process works: "
        "sampling bed linen and surgical textiles before washing, after washing and after drying for bacteria, and checking that "
        "the wash cycle actually reaches a thermal disinfection hold such as 71°C for 3 minutes.",
        {"mUo021": 2, "mUo022": 2, "mUo028": 2, "mUo025": 1, "mUo027": 1},
    ),
    (
        "mUn06",
        "vi",
        "en_yudu_carehome",
        "Viện dưỡng lão ở TP Vĩnh Long xử lý đồ vải khi có dịch tiêu chảy",
        "Cơ sở chăm sóc 80 người cao tuổi ở TP Vĩnh Long vừa có đợt tiêu chảy nghi norovirus và vẫn giặt đồ cư dân bằng máy gia đình. "
        "Chúng tôi cần quy trình đựng và chuyển đồ vải nhiễm bẩn không phải mở túi, máy giặt có chu trình khử khuẩn bằng nhiệt và hướng "
        "dẫn nhiệt độ, thời gian giặt.",
        {"mUo029": 2, "mUo030": 2, "mUo031": 2, "mUo027": 2, "mUo033": 1, "mUo018": 1, "mUo028": 1},
    ),
    (
        "mUn07",
        "vi",
        "vi_motchieu_bv",
        "Phong kham nha khoa can giat ao, khan, drap co dinh mau dung cach",
        "Phong kham nha khoa tu nhan o phuong 7 TP Tra Vinh moi ngay co khoang 10 kg ao blouse, khan, drap co dinh mau va nuoc bot. "
        "Hien giat chung may gia dinh. Can may giat nho co che do khu khuan, huong dan phan loai do nhiem khuan va nhiet do giat; mot so "
        "khan trai thu thuat con can tiet trung sau khi giat.",
        {"mUo018": 2, "mUo020": 2, "mUo027": 2, "mUo025": 1, "mUo034": 1, "mUo024": 1, "mUo019": 1, "mUo141": 1},
    ),
    (
        "mUn08",
        "en",
        "en_pmc_params",
        "Hospital in Vĩnh Long reviewing how nurses wash uniforms at home",
        "Nurses at our hospital in Vĩnh Long city take their scrubs and uniforms home to wash. Before deciding whether to launder "
        "them in-house, management wants evidence-based guidance on safe home-washing temperatures and times, and on which items "
        "must never go home.",
        {"mUo034": 2, "mUo027": 2, "mUo029": 1, "mUo031": 1, "mUo018": 1},
    ),
    (
        "mUn09",
        "en",
        "en_lanza_commercial",
        "Hotel in Vĩnh Long city wants to stop hand-pressing sheets",
        "Our 120-room hotel in Vĩnh Long city irons about 400 sheets and pillowcases a day with hand irons, using four staff. We "
        "want a flatwork ironer, ideally with an automatic folder, sized for our volume, and advice on whether to heat it with "
        "steam from our boiler, gas or electricity.",
        {"mUo035": 2, "mUo036": 2, "mUo037": 2, "mUo039": 2, "mUo040": 2, "mUo006": 1, "mUo038": 1},
    ),
    (
        "mUn10",
        "vi",
        "vi_thegioigiatsay",
        "Tiệm giặt ở Tiểu Cần muốn nhận là ga cho nhà nghỉ, spa",
        "Tiệm giặt sấy của gia đình ở thị trấn Tiểu Cần có 6 máy giặt. Nhiều nhà nghỉ và spa hỏi nhận giặt và là phẳng ga, áo gối, khăn "
        "bàn nhưng tiệm chưa có máy là. Cần máy là phẳng cỡ nhỏ, vốn dưới 300 triệu đồng, vừa mặt bằng khoảng 40 m².",
        {"mUo038": 2, "mUo036": 2, "mUo039": 2, "mUo037": 1, "mUo040": 1, "mUo006": 1},
    ),
    (
        "mUn11",
        "vi",
        "vi_blogcamxuc_doau",
        "Tiem giat o Cang Long muon lam dich vu hap ao vest, ao dai",
        "Tiem giat ui nho o thi tran Cang Long, khach hay mang ao vest, ao dai, dam du tiec toi nhung tiem chi giat nuoc va ui ban ui "
        "hoi. Muon dau tu may hap va quy trinh hap, tay vet de lam dich vu hap vest, dam lay gia cao hon.",
        {"mUo041": 2, "mUo042": 1, "mUo046": 1, "mUo043": 1},
    ),
    (
        "mUn12",
        "vi",
        "vi_vtc_giatkho",
        "Tiệm giặt ở TP Vĩnh Long muốn giặt đồ 'chỉ giặt khô' mà không dùng PERC",
        "Tiệm giặt ở phường 1 TP Vĩnh Long được khách gửi áo dài lụa, vest len, áo dạ có nhãn 'chỉ giặt khô'. Chủ tiệm ngại dùng dung "
        "môi PERC vì độc cho thợ và hàng xóm. Cần công nghệ làm sạch các đồ này bằng nước với máy, hoá chất chuyên dụng và cách chống co "
        "rút, phai màu.",
        {"mUo044": 2, "mUo045": 2, "mUo046": 2, "mUo047": 2, "mUo048": 1, "mUo042": 1},
    ),
    (
        "mUn13",
        "en",
        "en_wiki_wetclean",
        "Bridal and áo dài rental shop in Trà Vinh needs dry cleaning",
        "Our wedding dress and áo dài rental shop in Trà Vinh city has silk, satin and beaded gowns that shrink or lose colour in "
        "water. We need a dry-cleaning partner or the solvent, spotting chemicals and process to start dry cleaning ourselves, "
        "including pre-treating make-up and food stains.",
        {"mUo042": 2, "mUo043": 2, "mUo048": 2, "mUo006": 1, "mUo046": 1, "mUo044": 1, "mUo045": 1, "mUo047": 1},
    ),
    (
        "mUn14",
        "vi",
        "vi_khoahoc_nuocrua",
        "HTX ở Tiểu Cần muốn sản xuất nước giặt từ bồ hòn",
        "Hợp tác xã phụ nữ ở huyện Tiểu Cần muốn làm nước giặt, nước rửa tự nhiên từ trái bồ hòn, có thể thêm vỏ bưởi, quế để tạo mùi, bán "
        "cho hộ gia đình và tiệm giặt nhỏ. Cần chuyển giao công thức, quy trình nấu, lọc, đóng chai và hiểu cơ chế làm sạch của bồ hòn.",
        {"mUo058": 2, "mUo059": 2, "mUo060": 1, "mUo050": 1},
    ),
    (
        "mUn15",
        "en",
        "en_arizona_injection",
        "Hotel laundry in Trà Vinh city with inconsistent chemical dosing",
        "In our hotel laundry in Trà Vinh city, staff add detergent, bleach and softener by hand from the soap tray. Results vary "
        "between shifts, some sheets smell of chemicals and others come out grey. We want an automatic chemical injection system "
        "linked to the washer programmes.",
        {"mUo053": 2, "mUo054": 2, "mUo055": 2, "mUo057": 2, "mUo056": 1, "mUo049": 1},
    ),
    (
        "mUn16",
        "vi",
        "en_cfl_hardwater",
        "Khách sạn ở Cầu Ngang dùng nước giếng cứng, tốn bột giặt, đồ xỉn",
        "Khách sạn nhỏ ở thị trấn Cầu Ngang dùng nước giếng khoan để giặt. Nước cứng làm bột giặt khó tan, phải xả thêm lần nữa, khăn "
        "tắm cứng và ngả xám, tốn bột giặt. Cần thiết bị làm mềm nước phù hợp cho máy giặt và số liệu tiết kiệm.",
        {"mUo061": 2, "mUo062": 2, "mUo063": 2, "mUo049": 1},
    ),
    (
        "mUn17",
        "en",
        "en_automaticwasher_enzyme",
        "Laundry in Mang Thít wants to wash at lower temperatures",
        "Our laundry in Mang Thít district heats wash water to 80-90°C with a diesel heater, which is expensive and wears out "
        "fabrics. We want detergents that still remove food, grease and blood stains at around 40°C, and advice on how to change "
        "our wash programmes.",
        {"mUo050": 2, "mUo051": 2, "mUo052": 2, "mUo064": 1, "mUo066": 1, "mUo067": 1, "mUo061": 1},
    ),
    (
        "mUn18",
        "vi",
        "vi_phunu_tiemgiat",
        "Can mua bot giat, nuoc xa cong nghiep cho tiem giat o Vung Liem",
        "Tiem giat ui o thi tran Vung Liem moi chuyen tu may gia dinh sang may giat cong nghiep 20 kg. Can nha cung cap bot giat chinh, "
        "thuoc tay, nuoc xa va chat tao mui loai cong nghiep, huong dan lieu dung cho do trang, do mau.",
        {"mUo049": 2, "mUo052": 1, "mUo057": 1, "mUo050": 1},
    ),
    (
        "mUn19",
        "vi",
        "en_greenlodging_nobrainer",
        "Khách sạn 80 phòng ở TP Trà Vinh tốn gas đun nước nóng để giặt",
        "Khách sạn 80 phòng ở TP Trà Vinh mỗi ngày giặt nhiều ga, khăn, đồng phục; chi phí gas đun nước nóng cho máy giặt rất cao. "
        "Chúng tôi muốn giặt bằng nước lạnh mà vẫn sạch và khử khuẩn, giảm hoá chất, và cần tính thời gian hoàn vốn.",
        {"mUo064": 2, "mUo065": 2, "mUo066": 2, "mUo067": 2, "mUo068": 1, "mUo114": 1, "mUo050": 1, "mUo155": 1},
    ),
    (
        "mUn20",
        "en",
        "en_hospitality_edu_ozone",
        "Hotel near Ba Động wants an ozone laundry system without buying it outright",
        "Our beach hotel near Ba Động in Duyên Hải town likes the idea of ozone laundry to cut gas and water, but we cannot pay for "
        "the system up front. We are looking for a rental or lease arrangement, or rebates, so that savings cover the monthly cost.",
        {"mUo068": 2, "mUo065": 1, "mUo064": 1, "mUo066": 1, "mUo067": 1},
    ),
    (
        "mUn21",
        "en",
        "en_alliance_water",
        "Industrial laundry in Long Hồ wants to recycle its wash water",
        "We process about 2 tonnes of hotel and restaurant linen a day in Long Hồ district and water plus wastewater fees are our "
        "biggest cost after labour. We want to reuse final-rinse water and treat the rest of the wash water so it can go back into "
        "the machines.",
        {"mUo069": 2, "mUo070": 2, "mUo071": 2, "mUo072": 2, "mUo075": 2, "mUo076": 2, "mUo074": 1, "mUo073": 1},
    ),
    (
        "mUn22",
        "vi",
        "vi_chiphi_tiemgiat",
        "Tiệm giặt ở Bình Minh muốn biết mình dùng bao nhiêu nước mỗi kg đồ",
        "Tiệm giặt ở thị xã Bình Minh có 8 máy giặt, tiền nước tăng mạnh. Chủ tiệm muốn đo lượng nước trên mỗi kg đồ, so với mức chuẩn "
        "của ngành và được tư vấn cách giảm mà không làm đồ kém sạch.",
        {"mUo073": 2, "mUo074": 2, "mUo071": 1, "mUo016": 1},
    ),
    (
        "mUn23",
        "vi",
        "en_lade_recycling",
        "Cơ sở giặt là ở Càng Long bị nhắc nhở vì xả nước thải có bọt ra kênh",
        "Cơ sở giặt là công nghiệp ở huyện Càng Long xả khoảng 20 m³ nước thải/ngày ra kênh, nước có bọt, pH khoảng 9, COD cao nên bị "
        "người dân phản ánh. Cần giải pháp xử lý nước thải giặt là chi phí thấp, dễ vận hành để đạt quy chuẩn xả thải.",
        {"mUo077": 2, "mUo078": 2, "mUo079": 2, "mUo080": 2, "mUo081": 1, "mUo082": 1, "mUo083": 1, "mUo076": 1},
    ),
    (
        "mUn24",
        "en",
        "en_lexlocalis_ec",
        "Laundromats in Vĩnh Long city want compact treatment for surfactants and microfibres",
        "Three self-service laundries on the same street in Vĩnh Long city discharge into a small canal. We want a compact "
        "electrochemical unit that removes detergents and synthetic microfibres from our wastewater, with known power use and "
        "running cost per cubic metre.",
        {"mUo082": 2, "mUo081": 2, "mUo083": 2, "mUo076": 2, "mUo080": 1, "mUo121": 1},
    ),
    (
        "mUn25",
        "vi",
        "en_ecology_laundromat",
        "Tiem giat nho o Tra Cu, nuoc thai chay ra ruong lua",
        "Tiem giat nho o huyen Tra Cu moi ngay thai 1-2 m3 nuoc giat ra muong canh ruong lua, nong dan lo anh huong lua. Can cach xu ly "
        "re tien, don gian cho tiem nho nhu loc, hap phu than hoac keo tu.",
        {"mUo078": 2, "mUo080": 2, "mUo077": 1, "mUo083": 1, "mUo079": 1, "mUo150": 1},
    ),
    (
        "mUn26",
        "vi",
        "en_n2n_l2l",
        "Nong dan o Duyen Hai muon dung nuoc may giat de tuoi cay mua kho",
        "Nha toi o huyen Duyen Hai, mua kho thieu nuoc ngot, nuoc may giat moi tuan xa bo rat phi. Muon noi ong tu may giat ra vuon de "
        "tuoi cay an trai va hang rao, co van chuyen nuoc ve cong khi can, it phai dao dat.",
        {"mUo084": 2, "mUo085": 2, "mUo086": 2, "mUo087": 1},
    ),
    (
        "mUn27",
        "en",
        "en_tipking_greywater",
        "Boarding school in Châu Thành wants to reuse laundry water in its garden",
        "Our boarding school in Châu Thành district runs four washing machines every day for students' clothes. We would like to "
        "pipe the washing-machine water to the school garden and fruit trees instead of the drain, and need to know which "
        "detergents and plants are safe.",
        {"mUo084": 2, "mUo086": 2, "mUo085": 1, "mUo087": 1},
    ),
    (
        "mUn28",
        "vi",
        "vi_horeca_thuengoai",
        "Công ty giặt là ở TP Vĩnh Long hay tranh chấp số lượng đồ với khách sạn",
        "Công ty giặt là ở TP Vĩnh Long nhận giặt cho khoảng 10 khách sạn. Việc giao nhận ghi sổ tay, số đồ nhận và trả thường lệch, hai "
        "bên tranh cãi và phải đền bù. Cần hệ thống gắn thẻ đồ vải, đầu đọc để đếm tự động và lưu số lần giặt từng món.",
        {
            "mUo088": 2,
            "mUo092": 2,
            "mUo093": 2,
            "mUo089": 2,
            "mUo090": 2,
            "mUo094": 1,
            "mUo091": 1,
            "mUo123": 1,
            "mUo097": 1,
        },
    ),
    (
        "mUn29",
        "en",
        "en_rfid_digidame",
        "Hospital in Trà Vinh keeps losing linen",
        "Our provincial hospital buys new sheets, gowns and blankets every year because a large share disappears between wards, "
        "the central laundry and the store. We want washable tags on each item and readers in the laundry and wards so that we "
        "can see where linen is lost.",
        {"mUo089": 2, "mUo090": 2, "mUo088": 2, "mUo092": 2, "mUo093": 2, "mUo094": 1, "mUo091": 1},
    ),
    (
        "mUn30",
        "vi",
        "en_rfid_yeshiva",
        "Khách sạn ven biển Ba Động mất nhiều khăn hồ bơi và áo choàng",
        "Khách sạn ven biển Ba Động, thị xã Duyên Hải mỗi tháng mất hàng trăm khăn hồ bơi, khăn tắm và áo choàng, một phần do khách mang "
        "đi, một phần thất lạc khi gửi giặt. Cần chip gắn vào khăn chịu được giặt và đầu đọc ở tủ đồ, quầy khăn để biết còn bao nhiêu.",
        {"mUo091": 2, "mUo093": 2, "mUo092": 2, "mUo094": 2, "mUo088": 2, "mUo089": 2, "mUo090": 2},
    ),
    (
        "mUn31",
        "en",
        "en_rfid_hysmart",
        "Hotel group wants RFID gates at linen chutes and staff exits",
        "Our two hotels in Trà Vinh city send linen to an outside laundry. We want RFID readers at the soiled-linen chute, at the "
        "housekeeping station that receives clean linen and at the staff exit with a silent alarm, plus software that warns us "
        "when the laundry has not returned items on time.",
        {"mUo092": 2, "mUo088": 1, "mUo090": 1, "mUo093": 1, "mUo094": 1},
    ),
    (
        "mUn32",
        "vi",
        "en_aidxn",
        "Tiệm giặt ủi ở TP Vĩnh Long ghi phiếu tay, hay thất lạc đồ",
        "Tiệm giặt ủi ở TP Vĩnh Long mỗi ngày nhận khoảng 150 đơn, ghi phiếu tay và gọi điện báo khách, nhiều lần tìm không ra đồ hoặc "
        "trả nhầm. Cần phần mềm quản lý đơn theo trạng thái, in phiếu mã vạch, nhắn tin báo khách và tính tiền theo loại đồ.",
        {"mUo095": 2, "mUo097": 2, "mUo099": 2, "mUo098": 1, "mUo096": 1},
    ),
    (
        "mUn33",
        "en",
        "en_startribune_app",
        "Start-up in Trà Vinh city wants app-based laundry pickup and delivery",
        "We are a young start-up in Trà Vinh city planning laundry and dry-cleaning pickup within a few hours of an order placed "
        "on a phone app, with next-day return, for students and office workers. We need software for orders, payments, "
        "customer notifications and driver routes.",
        {"mUo096": 2, "mUo095": 2, "mUo098": 1, "mUo097": 1, "mUo128": 1},
    ),
    (
        "mUn34",
        "vi",
        "vi_phunu_tiemgiat",
        "Hộ gia đình ở Trà Ôn muốn mở tiệm giặt sấy gần khu trọ công nhân",
        "Gia đình tôi ở huyện Trà Ôn có mặt bằng gần khu nhà trọ công nhân, vốn khoảng 150 triệu đồng, muốn mở tiệm giặt sấy. Cần tư vấn "
        "số máy, loại máy, giá dịch vụ, chi phí vận hành và cách thu hút khách lúc đầu.",
        {"mUo102": 2, "mUo103": 2, "mUo100": 2, "mUo101": 2, "mUo006": 1, "mUo007": 1},
    ),
    (
        "mUn35",
        "en",
        "vi_cafef_laundromat",
        "Women's union in Cầu Ngang wants to set up a laundry service for homestays",
        "Our commune women's union in Cầu Ngang district wants to start a small shared laundry business serving about 15 "
        "homestays and guest houses near the coast, washing and drying their bedding and towels. We need advice on start-up "
        "capital, machines and running costs.",
        {"mUo102": 2, "mUo103": 2, "mUo006": 2, "mUo100": 1, "mUo101": 1, "mUo010": 1, "mUo001": 1, "mUo009": 1},
    ),
    (
        "mUn36",
        "vi",
        "vi_dienlanh_maysay",
        "Nhà nghỉ ở Vũng Liêm phơi đồ không khô mùa mưa, máy sấy điện tốn điện",
        "Nhà nghỉ 15 phòng ở thị trấn Vũng Liêm mùa mưa phơi ga, khăn không khô, đồ có mùi. Máy sấy điện trở đang dùng rất tốn điện. Muốn "
        "đổi sang máy sấy tiết kiệm điện, sấy nhiệt độ thấp đỡ hại vải.",
        {"mUo104": 2, "mUo105": 2, "mUo106": 2, "mUo110": 2, "mUo111": 2},
    ),
    (
        "mUn37",
        "en",
        "en_portland_dryer",
        "Laundry in Tiểu Cần had a fire scare in a dryer duct",
        "Last month smoke came out of the exhaust duct of one of our gas dryers in our Tiểu Cần laundry, which dries hotel "
        "towels all day. We need a lint cleaning and inspection programme for the dryers and their shared exhaust ducts, and a "
        "company to clean the ducts.",
        {"mUo107": 2, "mUo108": 2, "mUo109": 2},
    ),
    (
        "mUn38",
        "vi",
        "vi_thienvienphat_locui",
        "Xưởng giặt ở Trà Cú muốn chuyển lò hơi đốt dầu sang đốt trấu",
        "Xưởng giặt là ở huyện Trà Cú dùng lò hơi đốt dầu DO cấp hơi cho máy là và nước nóng, chi phí nhiên liệu quá cao. Địa phương có "
        "sẵn trấu từ các nhà máy xay xát. Cần lò hơi đốt trấu hoặc sinh khối công suất nhỏ, vận hành ổn định.",
        {"mUo115": 2, "mUo116": 2, "mUo117": 2, "mUo014": 1},
    ),
    (
        "mUn39",
        "en",
        "en_greenbiz_solar",
        "Laundromat in Vĩnh Long city wants solar preheating of wash water",
        "Our self-service laundry in Vĩnh Long city has 20 washers and uses a lot of hot water heated with LPG. The roof is large "
        "and sunny. We want solar water heating to preheat wash water, connected to our existing heater, and an estimate of "
        "savings.",
        {"mUo112": 2, "mUo113": 2, "mUo114": 2, "mUo118": 2},
    ),
    (
        "mUn40",
        "vi",
        "en_greenbiz_solar",
        "Khách sạn ở TP Trà Vinh muốn lắp nước nóng mặt trời cho tắm và giặt",
        "Khách sạn 50 phòng ở TP Trà Vinh dùng bình nóng lạnh điện và nồi đun gas cho nước tắm và phòng giặt. Mái rộng, nắng quanh năm. "
        "Cần thiết kế hệ nước nóng năng lượng mặt trời có bồn chứa và gia nhiệt phụ, tính công suất và thời gian hoàn vốn.",
        {"mUo114": 2, "mUo118": 2, "mUo113": 2, "mUo112": 1},
    ),
    (
        "mUn41",
        "en",
        "en_greenbay_filters",
        "Women's union in Càng Long wants to cut microplastic fibres from washing machines",
        "Our women's union in Càng Long district runs a campaign to keep canals clean. Many families now wash synthetic clothes in "
        "washing machines. We want affordable filters for the machine outlet that catch microfibres, and know how much they "
        "capture.",
        {"mUo119": 2, "mUo120": 2, "mUo121": 2, "mUo082": 1},
    ),
    (
        "mUn42",
        "vi",
        "vi_bloggiamgia_changa",
        "Khách sạn mới gần Ao Bà Om cần đào tạo nhân viên giặt là",
        "Khách sạn 45 phòng sắp khai trương gần khu Ao Bà Om, TP Trà Vinh đã có máy giặt, máy sấy nhưng nhân viên chưa có nghiệp vụ. Cần "
        "khoá đào tạo cho bộ phận giặt là: phân loại, giặt ướt, là ủi, dùng hoá chất, bảo quản và kiểm soát số lượng đồ vải.",
        {"mUo124": 2, "mUo122": 1, "mUo125": 1, "mUo123": 1, "mUo126": 1},
    ),
    (
        "mUn43",
        "en",
        "vi_thanhthuy_quytrinh",
        "Small hotel in Cầu Kè wants to outsource laundry but keep control",
        "Our 25-room hotel in Cầu Kè town has no room for a laundry and wants to outsource washing. We need advice on the "
        "contract, quality checks, delivery schedules and compensation for lost items, and on whether outsourcing or a small "
        "in-house laundry makes more sense.",
        {"mUo123": 2, "mUo008": 2, "mUo010": 1, "mUo122": 1},
    ),
    (
        "mUn44",
        "en",
        "en_vaal_school",
        "Ethnic boarding school in Trà Vinh needs uniform and bedding laundry",
        "Our ethnic minority boarding school in Trà Vinh province houses 500 students. Younger pupils cannot wash their own "
        "uniforms and bedding. We need a laundry service or an in-house laundry organisation that washes uniforms, towels and "
        "bed sheets on a fixed rotation.",
        {"mUo127": 2, "mUo130": 2, "mUo128": 1, "mUo129": 1, "mUo010": 1},
    ),
    (
        "mUn45",
        "vi",
        "en_rgshw_boarders",
        "Ký túc xá đại học ở TP Trà Vinh muốn dịch vụ giặt gom tận phòng",
        "Ký túc xá một trường đại học ở TP Trà Vinh có hơn 1.000 sinh viên, máy giặt chung hay hỏng. Nhà trường muốn có đơn vị đến lấy đồ "
        "giặt tại điểm tập kết mỗi dãy theo lịch cố định, có túi đánh dấu riêng cho từng sinh viên và trả đồ sạch.",
        {"mUo128": 2, "mUo127": 2, "mUo101": 1, "mUo096": 1, "mUo130": 1},
    ),
    (
        "mUn46",
        "en",
        "en_tfd_ironer",
        "Large hotel laundry in Vĩnh Long city replacing its old ironer line",
        "The laundry of our large hotel in Vĩnh Long city has three 250 kg washers, six tumble dryers, a dry-cleaning machine and "
        "one old flatwork ironer for bed and table linen. We want a new dryer-ironer with feeder, folder and stacker, and help "
        "writing the specification.",
        {"mUo035": 2, "mUo037": 2, "mUo036": 2, "mUo039": 1, "mUo040": 1},
    ),
    (
        "mUn47",
        "vi",
        "vi_dovai_yte_pan",
        "Bệnh viện ở Tam Bình cần đơn vị xét nghiệm vi sinh đồ vải sau giặt",
        "Bệnh viện huyện Tam Bình muốn đánh giá quy trình giặt đồ vải y tế hiện tại: lấy mẫu ga, áo bệnh nhân, đồ vải phẫu thuật trước "
        "giặt, sau giặt và sau sấy để nuôi cấy, định danh vi khuẩn. Cần đơn vị nghiên cứu có kinh nghiệm phối hợp.",
        {"mUo021": 2, "mUo022": 2, "mUo028": 1, "mUo025": 1},
    ),
    (
        "mUn48",
        "en",
        "en_yudu_carehome",
        "Care home in Vĩnh Long wants its washer disinfection cycles set up and validated",
        "Our residential care home in Vĩnh Long city has replaced domestic washing machines with two commercial washers. We need "
        "the wash programmes set so that every load reaches a thermal disinfection hold, and the process validated and "
        "documented for inspections.",
        {"mUo028": 2, "mUo031": 2, "mUo025": 2, "mUo027": 1, "mUo030": 1},
    ),
    (
        "mUn49",
        "vi",
        "vi_vtc_giatkho",
        "Tiệm giặt khô ở TP Trà Vinh cần nhà cung cấp dung môi và chất tẩy điểm",
        "Tiệm giặt khô ở TP Trà Vinh đã có máy giặt khô, cần nguồn cung dung môi ổn định, chất tẩy điểm cho vết dầu mỡ, son phấn, thức ăn "
        "và hướng dẫn quy trình kiểm tra, tẩy trước khi giặt, hoàn tất sau giặt.",
        {"mUo042": 2, "mUo043": 1, "mUo049": 1},
    ),
    (
        "mUn50",
        "vi",
        "en_ecology_laundromat",
        "Công ty ở Càng Long cần thiết kế thi công hệ thống xử lý nước thải giặt là 30 m³/ngày",
        "Công ty giặt là công nghiệp ở huyện Càng Long đang mở rộng, cần đơn vị môi trường khảo sát, thiết kế và thi công trọn gói hệ "
        "thống xử lý nước thải giặt là khoảng 30 m³/ngày, xử lý chất tẩy rửa, bọt, sợi vải và dầu mỡ trước khi xả.",
        {"mUo077": 2, "mUo078": 2, "mUo079": 2, "mUo080": 1, "mUo081": 1, "mUo140": 1},
    ),
    (
        "mUn51",
        "vi",
        "vi_2saigon_tudong",
        "Tiệm giặt ở TP Vĩnh Long cần sắp xếp lại mặt bằng 60 m²",
        "Tiệm giặt ủi ở TP Vĩnh Long có 60 m², máy giặt, máy sấy, bàn ủi đặt lộn xộn, đồ bẩn và đồ sạch đi chung lối, nhân viên đi lại "
        "nhiều. Cần tư vấn bố trí lại khu nhận đồ, giặt, sấy, ủi và trả đồ theo một chiều, đúng yêu cầu thông gió, cấp thoát nước.",
        {"mUo007": 2, "mUo006": 2, "mUo100": 1, "mUo102": 1},
    ),
    (
        "mUn52",
        "vi",
        "en_lcn_angles",
        "Xưởng giặt ở KCN Hoà Phú muốn đầu tư dây chuyền là - gấp - xếp ga tự động",
        "Xưởng giặt phục vụ bệnh viện và khách sạn ở KCN Hoà Phú, huyện Long Hồ mỗi ngày là khoảng 3.000 tấm ga, áo gối bằng máy là nhỏ "
        "và gấp tay. Muốn đầu tư dây chuyền cấp ga, là, gấp, xếp chồng tự động dùng hơi từ lò hơi sẵn có, cần tư vấn thông số để mời thầu.",
        {"mUo035": 2, "mUo037": 2, "mUo036": 2, "mUo039": 1, "mUo040": 1, "mUo006": 1},
    ),
    (
        "mUn53",
        "vi",
        "en_carehome_mag",
        "Bệnh viện ở TP Vĩnh Long cần túi tan trong nước đựng đồ vải nhiễm khuẩn",
        "Khoa kiểm soát nhiễm khuẩn một bệnh viện ở TP Vĩnh Long muốn nhân viên giặt không phải mở túi đồ vải của bệnh nhân nhiễm khuẩn. "
        "Cần loại túi đựng cho thẳng vào máy giặt, tự tan trong bước xả lạnh, và hướng dẫn những đồ nào phải cho vào túi này.",
        {"mUo029": 2, "mUo033": 1, "mUo031": 1, "mUo020": 1},
    ),
    (
        "mUn54",
        "en",
        "en_ecoclean",
        "Dry cleaner in Vĩnh Long wants to add suit and evening-dress steaming",
        "Our cleaner in Vĩnh Long city washes and presses everyday clothes. Customers keep asking for suits, evening dresses and "
        "áo dài to be steamed and finished. We want a steaming machine and a stain-removal and steaming routine that lets us "
        "charge a premium per piece.",
        {"mUo041": 2, "mUo046": 1, "mUo045": 1},
    ),
    (
        "mUn55",
        "en",
        "vi_thanhthuy_quytrinh",
        "40-room hotel in Trà Vinh needs a procedure for guest laundry collection",
        "At our 40-room hotel in Trà Vinh city, guest clothes for laundry get mixed up with hotel linen and we have had items "
        "lost. We need a standard procedure for collecting guest laundry: request forms, bags, counting, signatures on handover "
        "and collection times, with staff training.",
        {"mUo122": 2, "mUo124": 1},
    ),
    (
        "mUn56",
        "vi",
        "vi_dienlanh_maysay",
        "Xưởng giặt cần máy sấy bơm nhiệt công nghiệp khoảng 25 kg",
        "Xưởng giặt ở huyện Long Hồ sấy khăn, ga cho khách sạn bằng máy sấy điện trở 25 kg, tiền điện rất cao. Muốn chuyển sang máy sấy "
        "công nghiệp dùng bơm nhiệt, tuần hoàn kín, ngưng tụ hơi ẩm, tiết kiệm điện.",
        {"mUo110": 2, "mUo106": 1, "mUo104": 1, "mUo105": 1},
    ),
    (
        "mUn57",
        "en",
        "en_wastefreesd",
        "Young farmer in Long Hồ wants to start a greywater installation business",
        "I am a young farmer in Long Hồ district. Many households here struggle with water for gardens in the dry season. I want "
        "training and design guides so I can start a small business installing laundry-to-landscape greywater systems.",
        {"mUo085": 2, "mUo084": 1, "mUo086": 1},
    ),
    (
        "mUn58",
        "en",
        "en_vaal_school",
        "Football academy in Vĩnh Long needs daily kit laundry",
        "Our youth football academy in Vĩnh Long city has 120 boarding players who train twice a day. We need a laundry partner "
        "to wash, dry and return training kits, towels and bed linen every day with good hygiene.",
        {"mUo127": 2, "mUo010": 2, "mUo128": 1},
    ),
    (
        "mUn59",
        "en",
        "vi_thegioigiatsay",
        "Cooperative in Tam Bình wants to know self-service laundry prices and running costs",
        "Our cooperative in Tam Bình district plans a coin-and-attendant laundry near the market. Before investing, we want real "
        "figures on the price per wash and dry, cycle times, how shops attract regular customers and monthly margins.",
        {"mUo101": 2, "mUo100": 2, "mUo103": 1, "mUo102": 1},
    ),
    (
        "mUn60",
        "vi",
        "vi_motchieu_bv",
        "Bệnh viện huyện cần quy trình phân loại, thu gom đồ vải nhiễm khuẩn",
        "Bệnh viện huyện ở tỉnh Vĩnh Long chưa tách đồ vải thường với đồ dính máu, dịch và đồ từ phòng bệnh truyền nhiễm; nhân viên phân "
        "loại bằng tay tại khoa. Cần quy trình phân loại, màu túi, thu gom, vận chuyển và chế độ giặt cho từng loại.",
        {"mUo020": 2, "mUo027": 2, "mUo019": 1, "mUo029": 1},
    ),
    (
        "mUn61",
        "en",
        "vi_smc_botri",
        "Investor in Bình Tân wants to open a service laundry workshop",
        "We plan a service laundry in Bình Tân district for households, restaurants and small hotels. We need a turnkey plan: "
        "minimum floor area and ceiling height, machines with prices (washers, dryers, ironer, dry-cleaning machine), staff "
        "numbers and total capital.",
        {"mUo006": 2, "mUo102": 2, "mUo007": 1, "mUo103": 1, "mUo004": 1},
    ),
    (
        "mUn62",
        "en",
        "vi_meraki_hoachat",
        "Small detergent maker in Mang Thít wants a concentrated liquid detergent formula",
        "Our small workshop in Mang Thít district repackages laundry powder for local shops. We want to produce our own "
        "concentrated liquid detergent and need tested formulas, raw material lists and process steps.",
        {"mUo059": 2, "mUo049": 1, "mUo050": 1},
    ),
    (
        "mUn63",
        "vi",
        "en_grdodge_hotel",
        "Khach san o Cau Ngang can may giat cong nghiep 25 kg va may say",
        "Khach san 30 phong o thi tran Cau Ngang can mua 1 may giat cong nghiep khoang 25 kg va 1 may say cung co de giat ga, khan moi "
        "ngay. Can tu van chon cong suat theo so phong va bao gia, co bao tri.",
        {"mUo001": 2, "mUo002": 2, "mUo009": 2, "mUo005": 1, "mUo011": 1},
    ),
    (
        "mUn64",
        "en",
        "en_hotel_equipment",
        "Hotel in Vĩnh Long: third-floor laundry machines shake during spin",
        "Our hotel in Vĩnh Long city put its laundry on the third floor. The washer shakes the building during spin and we cannot "
        "anchor it to a concrete base there. We want washer-extractors that suit an upper floor and spin out more water.",
        {"mUo001": 2, "mUo003": 2, "mUo009": 1, "mUo002": 1},
    ),
    (
        "mUn65",
        "en",
        "en_laundryconsulting_wall",
        "Regional hospital in Duyên Hải needs two barrier washers",
        "Our regional general hospital in Duyên Hải town is renovating its laundry and wants two barrier washer-extractors of "
        "around 60 kg installed through a wall between soiled and clean rooms, with disinfection programmes.",
        {"mUo017": 2, "mUo023": 2, "mUo024": 2, "mUo032": 2, "mUo025": 1, "mUo018": 1, "mUo026": 1},
    ),
    (
        "mUn66",
        "en",
        "en_alliance_water",
        "Resort in Duyên Hải wants to cut the water used by its laundry",
        "Our resort in Duyên Hải town buys trucked fresh water in the dry season and the laundry is a large user. We want a "
        "water audit of the laundry, benchmarks in litres per kg, and retrofit options to reuse rinse water.",
        {"mUo071": 2, "mUo073": 2, "mUo074": 2, "mUo067": 1, "mUo069": 1},
    ),
    (
        "mUn67",
        "vi",
        "en_automaticwasher_enzyme",
        "Cơ sở giặt ở Trà Ôn phải giặt lại nhiều vì vết máu không sạch",
        "Cơ sở giặt nhận giặt cho phòng khám và lò mổ ở huyện Trà Ôn, ga và áo choàng dính máu thường phải giặt lại vì vết ố không ra khi "
        "giặt nước nóng ngay từ đầu. Cần loại bột giặt và cách giặt xử lý tốt vết bẩn protein.",
        {"mUo052": 2, "mUo050": 2, "mUo051": 1, "mUo049": 1},
    ),
    (
        "mUn68",
        "en",
        "en_coinop_flatwork",
        "Spa chain in Trà Vinh wants its towels and sheets laundered",
        "Our three spas in Trà Vinh city use many towels, massage sheets and robes each day. We want a commercial laundry to "
        "collect, wash, dry, iron and return them daily instead of washing in our small machines.",
        {"mUo010": 2, "mUo038": 1, "mUo008": 1},
    ),
    (
        "mUn69",
        "vi",
        "en_awpi_membrane",
        "Xưởng giặt ở Cầu Kè muốn tận dụng nhiệt của nước giặt nóng xả bỏ",
        "Xưởng giặt ở huyện Cầu Kè xả bỏ mỗi ngày nhiều m³ nước giặt còn nóng, trong khi phải đốt gas đun nước mới. Cần giải pháp lọc, "
        "tái sử dụng nước nóng hoặc thu hồi nhiệt từ nước thải để giảm nhiên liệu.",
        {"mUo070": 2, "mUo072": 2, "mUo069": 1, "mUo071": 1},
    ),
    (
        "mUn70",
        "en",
        "en_lcn_smooth",
        "Laundry in Vĩnh Long wants to drop its steam boiler",
        "Our laundry in Vĩnh Long city runs its washers and ironers on steam from an old boiler that needs a licensed operator and "
        "loses a lot of heat. We want equipment heated directly by gas instead, and an estimate of the energy saving.",
        {"mUo014": 2, "mUo039": 1, "mUo010": 1},
    ),
    (
        "mUn71",
        "vi",
        "vi_dienlanh_maysay",
        "Nhà trọ ở TP Vĩnh Long muốn máy sấy tiết kiệm điện cho người thuê",
        "Dãy nhà trọ 30 phòng ở TP Vĩnh Long muốn đặt máy sấy quần áo dùng chung cho người thuê vì mùa mưa phơi không khô. Cần loại máy sấy "
        "tiết kiệm điện, không cần ống thoát khí ra ngoài, giá hợp lý.",
        {"mUo104": 2, "mUo105": 2, "mUo111": 2, "mUo106": 2, "mUo110": 1},
    ),
    (
        "mUn72",
        "en",
        "vi_thanhthuy_quytrinh",
        "Linen supplier in Trà Vinh: hotel sheets turn grey",
        "We rent and wash bed linen for small hotels in Trà Vinh city. Hotels complain that white sheets turn grey and coloured "
        "covers fade after a few months. We need a washing routine and chemicals that keep sheets white and colours fast.",
        {"mUo126": 2, "mUo049": 2, "mUo125": 1, "mUo061": 1, "mUo062": 1, "mUo063": 1, "mUo052": 1},
    ),
    (
        "mUn73",
        "vi",
        "en_vaal_school",
        "Trường mầm non ở TP Trà Vinh cần giặt chăn, gối, khăn hằng ngày",
        "Trường mầm non tư thục ở TP Trà Vinh có 200 cháu ngủ trưa tại trường, chăn, gối, khăn mặt phải giặt thường xuyên. Cô giáo không "
        "đủ thời gian tự giặt. Cần đơn vị giặt đảm bảo vệ sinh, khử khuẩn, giao nhận tại trường.",
        {"mUo127": 2, "mUo010": 1, "mUo129": 1, "mUo130": 1},
    ),
    (
        "mUn74",
        "en",
        "en_aidxn",
        "Dry cleaner in Vĩnh Long wants garment tracking with barcode tags and photos",
        "Our dry-cleaning shop in Vĩnh Long city handles about 500 garments a day on handwritten tickets. Damage disputes are "
        "common. We want barcode tags on every garment, photos of stains and damage at intake, and text messages when orders "
        "are ready.",
        {"mUo099": 2, "mUo098": 2, "mUo097": 1, "mUo095": 1},
    ),
    (
        "mUn75",
        "en",
        "vi_thienvienphat_locui",
        "Laundry in Bình Minh needs a small biomass boiler",
        "We are building a laundry in Bình Minh town and need steam for ironers and hot water. Rice husk and sawdust are cheap "
        "here. We want a small biomass boiler that burns husk with stable steam output and low emissions.",
        {"mUo115": 2, "mUo116": 2, "mUo117": 2, "mUo014": 1},
    ),
]
