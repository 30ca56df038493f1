"""Needs of the holdout83 labelled set: (id, language, source key, title, description, {offer id: grade}).

Every need is set in Tra Vinh / Vinh Long; most source pages describe another place (see make_holdout83.py).
Grades: 2 = would solve the need, 1 = partly relevant (partial answer or adjacent step), absent = not relevant.
"""

NEEDS = [
    # --- injection moulding ---
    (
        "lGn01",
        "en",
        "vermont",
        "Measure and cut the electricity use of our hydraulic injection presses",
        "We are a household plastics company in Long Ho (Vinh Long) running eight hydraulic injection presses for basins, buckets and "
        "stools. Power is now our second cost. A case study we read found a hydraulic press using 0.278 kWh per pound of plastic against "
        "0.073 for an all-electric one, with a 31% return on the switch. We want our own presses measured for a week, options compared "
        "(servo retrofit, servo-hydraulic or all-electric) and the payback calculated before we invest.",
        {"lGo001": 2, "lGo002": 2, "lGo003": 2, "lGo004": 2, "lGo006": 2, "lGo005": 1, "lGo014": 1},
    ),
    (
        "lGn02",
        "vi",
        "ronningen",
        "Rút ngắn chu kỳ ép thùng, xô nhựa 20 lít",
        "Xưởng ép nhựa gia dụng ở Tiểu Cần (Trà Vinh) làm thùng, xô 20 lít. Chu kỳ hiện khoảng 45 giây, trong đó chờ nguội chiếm khoảng 30 giây. "
        "Nghe nói chỉ cần giảm 20% thời gian làm nguội là chu kỳ còn 39 giây, tăng sản lượng hơn 10%. Cần đơn vị tính toán, cải tạo khuôn, "
        "đường nước làm mát để rút ngắn chu kỳ mà sản phẩm không cong vênh.",
        {"lGo009": 2, "lGo010": 2, "lGo012": 1, "lGo013": 1, "lGo008": 1},
    ),
    (
        "lGn03",
        "vi",
        "3dcore_khuon",
        "Can sua khuon ro nhua bi bavia, dinh khuon",
        "Co so em o Cau Ke (Tra Vinh) ep ro, thau nhua. Bo khuon cu chay lau nam gio san pham bi bavia, lech long khuon, hay dinh khuon va cong venh, "
        "nghe noi khuon sai 0,05 mm la ca day chuyen phai dung. Can tho hoac cong ty nhan sua hoac lam lai khuon ep, bao gia giup.",
        {"lGo007": 2, "lGo008": 1, "lGo011": 1, "lGo009": 1},
    ),
    (
        "lGn04",
        "en",
        "ckmold",
        "Thick-walled plastic stools warp and take too long to cool",
        "Our workshop in Binh Minh (Vinh Long) moulds plastic stools with 4 mm walls. They warp and show sink marks and the cooling time is "
        "over 70 seconds. We learned that cooling time grows with the square of wall thickness and that going from 4 mm to 3 mm with ribs cut "
        "cooling by about a third elsewhere. We need help redesigning the part and the mould cooling to shorten the cycle and stop warpage.",
        {"lGo009": 2, "lGo010": 2, "lGo008": 1, "lGo012": 1, "lGo013": 1},
    ),
    (
        "lGn05",
        "vi",
        "twmachines",
        "Đào tạo thợ vận hành, bảo trì máy ép servo mới mua",
        "Công ty ở TP. Trà Vinh vừa mua 3 máy ép phun dẫn động servo (loại lai, bơm servo) để thay máy thủy lực cũ. Thợ đứng máy và tổ bảo trì chưa quen: "
        "không rõ khác biệt máy toàn điện, máy lai, chưa biết bảo trì bộ servo và cài đặt tiết kiệm điện. Cần một khóa đào tạo tại chỗ về vận hành, bảo trì, chi phí.",
        {"lGo005": 2, "lGo006": 1, "lGo015": 1},
    ),
    (
        "lGn06",
        "en",
        "nhatrang_khuon",
        "Design and build an injection mould for seedling trays",
        "We produce plastic seedling trays for rice and vegetable nurseries in Chau Thanh (Tra Vinh). We need a new multi-cell injection mould: "
        "3D design of the part and mould, shrinkage allowance, runner, ejection and cooling layout, then manufacture and trial. A local "
        "graduation project on designing a mould for a motorbike part shows the steps; we need a professional to do it.",
        {"lGo007": 2, "lGo009": 2, "lGo008": 1, "lGo011": 1},
    ),
    (
        "lGn07",
        "en",
        "woaifanyi",
        "Mould temperature control to remove a hot spot in our basin moulds",
        "In our Cang Long (Tra Vinh) workshop the basin moulds have one hot spot that sets the whole cooling time; parts stay hot there and "
        "we must wait. The mould acts as a heat exchanger and uneven cooling lengthens the cycle. We want temperature control units and "
        "better cooling circuits so the mould cools evenly.",
        {"lGo012": 2, "lGo013": 1, "lGo009": 1, "lGo010": 1},
    ),
    (
        "lGn08",
        "vi",
        "th4_hinge",
        "Can he thong lam lanh nuoc cho 4 may ep nhua",
        "Xuong ep nap chai, hop co ban le o Vinh Long co 4 may ep, nuoc lam mat lay tu gieng nen nong, khuon lam nguoi cham, ban le hay bi loi do nhiet. "
        "Can mua may lam lanh nuoc (chiller) va duong ong lam mat phu hop cho 4 may, nho tu van cong suat.",
        {"lGo013": 2, "lGo012": 1},
    ),
    # --- blow moulding ---
    (
        "lGn09",
        "vi",
        "fisem",
        "Cần máy thổi can nhựa HDPE 5-20 lít để tự đóng nước mắm",
        "Cơ sở nước mắm ở Duyên Hải (Trà Vinh) đang mua can nhựa từ TP.HCM, giá vận chuyển cao. Muốn tự sản xuất can HDPE 5, 10 và 20 lít bằng công nghệ thổi: "
        "phôi ống được thổi trong khuôn thành can thành mỏng, kín. Cần máy phù hợp xưởng nhỏ, khuôn và hướng dẫn vận hành.",
        {"lGo017": 2, "lGo018": 2, "lGo020": 2, "lGo021": 1},
    ),
    (
        "lGn10",
        "en",
        "entec",
        "Our HDPE jerrycans leak and have uneven walls",
        "We make HDPE jerrycans in Long Ho (Vinh Long) by extrusion blow moulding: the parison comes from a circular die, the mould closes "
        "and air blows it out. Many cans now fail the leak test, walls are thin on one side and necks are badly finished. We tried changing "
        "air pressure and screw speed. We need an engineer to come and fix the line and train our operators.",
        {"lGo019": 2, "lGo020": 1, "lGo017": 1},
    ),
    (
        "lGn11",
        "vi",
        "baobiducphat",
        "Muốn tự thổi chai PET đựng nước uống đóng chai",
        "Cơ sở nước uống đóng chai ở Vũng Liêm (Vĩnh Long) đang mua vỏ chai. Muốn đầu tư thổi chai PET từ phôi, cỡ 500 mL đến bình 20 lít. Đọc thấy bao bì chiếm "
        "khoảng 49% thị trường đúc thổi toàn cầu; cần máy thổi chai PET phù hợp, khuôn theo mẫu chai, hướng dẫn vận hành.",
        {"lGo022": 2, "lGo021": 1},
    ),
    (
        "lGn12",
        "vi",
        "huayu",
        "Cần đơn vị gia công chai HDPE đựng phân bón lá",
        "Cơ sở phối trộn phân bón lá ở Càng Long (Trà Vinh) cần chai HDPE 500 mL và 1 lít, kín, chịu hóa chất, có logo riêng, khoảng vài chục nghìn chai mỗi quý. "
        "Chưa đủ vốn mua máy thổi nên cần xưởng nhận gia công ép thổi theo mẫu.",
        {"lGo021": 2, "lGo018": 1, "lGo020": 1},
    ),
    (
        "lGn13",
        "vi",
        "singpre",
        "Thổi chai nhiều lớp có lớp giữa bằng nhựa tái chế",
        "Công ty đóng gói dầu nhớt và hóa chất vệ sinh ở Long Hồ (Vĩnh Long) muốn dùng nhựa tái chế cho chai, can mà mặt trong, mặt ngoài vẫn là nhựa nguyên sinh. "
        "Cần công nghệ hoặc đơn vị gia công thổi chai PE, PP nhiều lớp, lớp giữa tái chế.",
        {"lGo021": 2, "lGo020": 2, "lGo017": 1},
    ),
    (
        "lGn14",
        "en",
        "ebm_hindi",
        "Own-brand HDPE bottles for our agrochemical shop",
        "We distribute pesticides and foliar fertilisers in Tieu Can (Tra Vinh) and want our own HDPE bottles and small jerrycans, 1 to 5 "
        "litres, tough enough to survive drops and stacking. A blow moulding machine makes a can in 30-60 seconds. We must choose between "
        "buying a small extrusion blow moulder or contracting a blow-moulding workshop.",
        {"lGo018": 1, "lGo021": 2, "lGo017": 1, "lGo020": 1},
    ),
    # --- recycled plastic ---
    (
        "lGn15",
        "en",
        "gangsu_agfilm",
        "Wash and pelletize used mulch film from our members' fields",
        "Our cooperative in Cau Ngang (Tra Vinh) grows watermelon and chilli under PE mulch film. Used film is left in the fields, where it "
        "hinders root growth, or is burned. We want to collect it, separate PE from PVC, wash off soil and dry it, then pelletize it and make "
        "simple products such as pots, buckets, fertiliser bags or tree supports. We need a suitable washing and pelletizing line.",
        {"lGo029": 2, "lGo030": 2, "lGo031": 1, "lGo032": 2, "lGo027": 1, "lGo028": 1, "lGo033": 1},
    ),
    (
        "lGn16",
        "vi",
        "vietnhat",
        "Vựa ve chai muốn đầu tư máy tạo hạt nhựa PP, PE",
        "Vựa ve chai ở Tiểu Cần (Trà Vinh) thu gom nhựa gia dụng, bao dệt, can, chai mỗi ngày vài tấn, trước bán thô cho thương lái. Từ khi Trung Quốc cấm nhập "
        "nhựa phế liệu, giá phế liệu thô giảm. Muốn đầu tư dây chuyền nhỏ băm, rửa, sấy, ép đùn tạo hạt PP, PE để bán cho xưởng ép.",
        {"lGo027": 2, "lGo028": 2, "lGo034": 2, "lGo033": 1},
    ),
    (
        "lGn17",
        "vi",
        "plasticpalletsuk",
        "Băm, tạo hạt pallet nhựa và thùng phuy hỏng",
        "Cơ sở thu gom ở Bình Minh (Vĩnh Long) có nhiều pallet nhựa HDPE, PP gãy và thùng phuy nhựa hỏng từ các nhà máy thủy sản. Những loại này dày, khó băm bằng "
        "máy thường. Cần máy băm trục đôi và dây chuyền rửa, tạo hạt để bán lại nhựa tái chế hoặc ép pallet mới.",
        {"lGo027": 2, "lGo028": 2, "lGo047": 1, "lGo034": 1},
    ),
    (
        "lGn18",
        "en",
        "sevenstars_agfilm",
        "Recycle shade-house film mixed with wire and nails",
        "Vegetable growers around Binh Tan (Vinh Long) replace their net-house and shade film every few seasons. The old PE film is dirty "
        "and full of soil, grass roots, iron wire and nails from the frames. We want a line that removes metal and dirt and granulates the "
        "film so it can be sold or extruded into pots and barrels.",
        {"lGo029": 2, "lGo030": 2, "lGo032": 1, "lGo031": 1},
    ),
    # --- plastic lumber and agro-fibre composites ---
    (
        "lGn19",
        "vi",
        "epfl_lumber",
        "Làm cọc rào, trụ giàn bằng nhựa phế thải thay tre",
        "Hợp tác xã rau màu ở Càng Long (Trà Vinh) dùng tre, tràm làm trụ giàn bầu bí, cọc rào, 2-3 năm là mục. Muốn dùng nhựa phế thải HDPE, PP trộn phụ gia "
        "ép thành cọc, thanh đặc hoặc rỗng, cưa khoan được như gỗ, bền ngoài trời. Cần công nghệ và thiết bị phù hợp quy mô hợp tác xã.",
        {"lGo036": 2, "lGo042": 2, "lGo041": 1, "lGo037": 1},
    ),
    (
        "lGn20",
        "en",
        "constructioncanada",
        "Turn our rice husk into composite boards",
        "Our rice mill in Tra On (Vinh Long) produces tonnes of husk a day that we sell cheaply or burn. Rice-husk boards blended and "
        "extruded with plastic can be cut, sanded and stained like wood and hardly swell, so they suit decking and cladding. We want the "
        "technology to compound husk with recycled plastic and extrude boards or profiles.",
        {"lGo038": 2, "lGo039": 2, "lGo036": 2, "lGo040": 1, "lGo037": 1, "lGo129": 1},
    ),
    (
        "lGn21",
        "vi",
        "plasticlumberguide",
        "Can cong nghe lam ban ghe truong hoc tu nhua phe thai",
        "Xa ven bien o Duyen Hai (Tra Vinh) co nhieu rac nhua, truong hoc thieu ban ghe, ban go mau muc vi am. Muon tu gom nhua phe thai lam van, ban ghe cho hoc sinh "
        "va hang rao, khong phai son lai. Can don vi chuyen giao cong nghe hoac hop tac san xuat.",
        {"lGo041": 2, "lGo036": 1, "lGo042": 1},
    ),
    (
        "lGn22",
        "vi",
        "bestrecycledwood",
        "Cọc, cầu ván ao tôm không mục trong nước mặn",
        "Hộ nuôi tôm ở Duyên Hải (Trà Vinh) phải thay cọc tràm, cầu ván gỗ quanh ao mỗi năm vì mục và hà ăn trong nước mặn, lợ. Muốn chuyển sang gỗ nhựa tái chế "
        "không mục, không thấm nước, không bị côn trùng; cần loại đủ cứng làm cọc và cầu đi.",
        {"lGo036": 2, "lGo042": 2, "lGo041": 1, "lGo037": 1},
    ),
    # --- pallets ---
    (
        "lGn23",
        "en",
        "favos",
        "Pallets made from our own plastic waste",
        "Our coconut processing and export plant in Chau Thanh (Tra Vinh) uses thousands of pallets and throws away PP and HDPE waste "
        "(caps, drums, crates). Wooden pallets rot and fail phytosanitary checks. We want a partner to turn our plastic waste into pallets, "
        "or a transfer of the sorting, shredding and moulding process.",
        {"lGo045": 2, "lGo047": 2, "lGo048": 2, "lGo046": 1, "lGo049": 1},
    ),
    (
        "lGn24",
        "vi",
        "tranpak",
        "Pallet nhựa tái chế bị giòn, gãy khi xếp chồng",
        "Xưởng ép pallet ở Long Hồ (Vĩnh Long) dùng HDPE, PP tái chế 100%. Khách phản ánh pallet giòn, nứt gãy khi xếp chồng và khi xe nâng va, lô thì chắc lô thì yếu. "
        "Đọc thấy mỗi lần gia công nhiệt và áp làm mạch polymer yếu đi. Cần tư vấn tỉ lệ phối trộn, vật liệu và cách kiểm tra chất lượng pallet.",
        {"lGo049": 2, "lGo046": 2, "lGo047": 1, "lGo154": 1, "lGo155": 1, "lGo157": 1},
    ),
    # --- paving bricks ---
    (
        "lGn25",
        "en",
        "gjenge_twib",
        "Paving bricks from bottle caps and sand for village paths",
        "The youth union of a commune in Tra Cu (Tra Vinh) wants to turn collected plastic bottle tops and oil containers into paving bricks "
        "mixed with sand for muddy village paths. A Kenyan company makes 1,000-1,500 such bricks a day and reports them stronger than "
        "concrete. We need the process, small machines and advice on mix and strength.",
        {"lGo054": 2, "lGo051": 2, "lGo055": 1, "lGo052": 1, "lGo053": 1, "lGo056": 1},
    ),
    (
        "lGn26",
        "vi",
        "vtv_gachnilon",
        "Tận dụng túi nilon, bao bì thải làm gạch",
        "Xã ven biển ở Duyên Hải (Trà Vinh) có nhiều túi nilon, bao bì nhựa dạt vào bờ và từ chợ. Sinh viên ĐH Sư phạm Kỹ thuật TP.HCM đã làm gạch xây từ túi nilon; "
        "xã muốn làm gạch từ rác nhựa này cho công trình công cộng. Cần quy trình, tỉ lệ phối trộn và mô hình sản xuất nhỏ.",
        {"lGo056": 2, "lGo053": 2, "lGo055": 2, "lGo051": 1, "lGo054": 1},
    ),
    (
        "lGn27",
        "en",
        "iid_pavers",
        "Plastic-waste paving blocks for schoolyards, with strength data",
        "The district education office in Vung Liem (Vinh Long) wants paving blocks made from plastic waste for schoolyards and walkways, "
        "following project reports on pavement blocks from plastic waste. We need a proven recipe and process with measured strength, "
        "and a supplier or a partner to train a local workshop.",
        {"lGo051": 2, "lGo054": 2, "lGo052": 1, "lGo053": 1},
    ),
    # --- rubber: seals, rolls ---
    (
        "lGn28",
        "vi",
        "bgrubber",
        "Đặt làm gioăng, ron cao su số lượng nhỏ cho bơm và nắp bồn",
        "Xưởng cơ khí ở TP. Vĩnh Long sửa máy bơm, bồn chứa cho nhà máy thủy sản, cần gioăng, ron cao su kích thước riêng, mỗi loại vài chục đến vài trăm cái, "
        "chịu nóng lạnh, chịu hóa chất tẩy rửa, không hút nước. Hàng sẵn không vừa; cần nơi ép khuôn hoặc cắt gioăng theo bản vẽ, giá hợp lý cho lô nhỏ.",
        {"lGo059": 2, "lGo058": 2, "lGo060": 2, "lGo061": 1, "lGo062": 1},
    ),
    (
        "lGn29",
        "en",
        "inkol",
        "Set up a small compression moulding line for rubber seals and pads",
        "We are a mechanical workshop in Tra Vinh city and want to make our own rubber seals, pads and bushings. In direct compression "
        "moulding an uncured preform is placed in the cavity and squeezed between heated top and bottom plates. We need the list of "
        "equipment (mixer, press, moulds), the process and training to start a small line.",
        {"lGo061": 2, "lGo058": 1, "lGo059": 1, "lGo060": 1},
    ),
    (
        "lGn30",
        "vi",
        "rdsic",
        "Ron máy bơm nước mặn nhanh lão hóa, cần vật liệu bền hơn",
        "Các ruộng muối và ao tôm ở Cầu Ngang (Trà Vinh) dùng máy bơm nước mặn; ron, gioăng cao su thường (cao su isopren) bị nứt, chai cứng sau vài tháng nắng và nước mặn. "
        "Cần loại gioăng bằng cao su chịu thời tiết, ozone, nước mặn và nơi sản xuất theo kích thước.",
        {"lGo060": 2, "lGo058": 1, "lGo061": 1, "lGo059": 1},
    ),
    (
        "lGn31",
        "en",
        "trpd_roll",
        "Dehusking rubber rolls wear fast and raise our broken rice",
        "Our rice mill in Vung Liem (Vinh Long) runs long shifts in harvest season. The rubber dehusking rolls wear unevenly within days, the "
        "husking rate drops and broken rice rises. Rolls should peel the husk gently with grooved, resilient rubber. We need longer-life "
        "rolls and advice on choosing compound and hardness.",
        {"lGo064": 2, "lGo065": 2, "lGo066": 2},
    ),
    (
        "lGn32",
        "vi",
        "duraflex_roll",
        "Thay rulô cao su cho máy xay lúa nhỏ",
        "Chủ máy xay lúa nhỏ ở Tam Bình (Vĩnh Long) cần nguồn rulô cao su bóc vỏ trấu tốt, đường kính nhỏ, và hướng dẫn dùng cho bền: giữ ẩm lúa dưới 14%, "
        "khe hở hai trục khoảng 0,5 mm, vệ sinh rulô. Rulô mua ngoài chợ mau mòn, lúa bị gãy nhiều.",
        {"lGo065": 2, "lGo064": 2, "lGo066": 1},
    ),
    (
        "lGn33",
        "en",
        "irpec_roll",
        "Quality control of hardness for the dehusking rolls we re-cover",
        "Our workshop in Tra Vinh re-covers rubber dehusking rolls for local mills that run 15-24 hours a day; roll temperature reaches about "
        "80 °C and rubber softens. Customers complain that some batches wear fast. We need a hardness specification and checking method "
        "and guidance on compounds that keep their hardness when hot.",
        {"lGo066": 2, "lGo064": 1, "lGo061": 1},
    ),
    # --- rubber mats ---
    (
        "lGn34",
        "vi",
        "agrotimes_ua",
        "Nền chuồng bò bê tông lạnh, cần thảm cao su lót",
        "Tổ hợp tác nuôi bò ở Trà Cú (Trà Vinh) làm chuồng nền bê tông, lót rơm 5-10 cm nhưng bò dẫm hết, nằm trên bê tông lạnh, ướt, dễ viêm vú, đau khớp; nghe nói "
        "nằm bê tông lạnh làm giảm ít nhất 2,5 lít sữa/ngày. Cần thảm cao su lót nền chuồng bền, dễ vệ sinh, giá phù hợp.",
        {"lGo072": 2, "lGo068": 1, "lGo070": 1, "lGo071": 1, "lGo069": 1},
    ),
    (
        "lGn35",
        "en",
        "dw_tires",
        "Turn scrap tyres from our garage into rubber mats",
        "Our truck repair garage in Vinh Long collects hundreds of worn tyres a year that we pay to dispose of. Rubber is very durable and "
        "can be recycled into mats. We want to shred the tyres, remove the steel and press the rubber into mats for farms and workshops, "
        "and need the process and equipment.",
        {"lGo069": 2, "lGo070": 2, "lGo068": 1},
    ),
    (
        "lGn36",
        "vi",
        "cy_pastureone",
        "Muon tu lam tham cao su tu lop xe cu de lot chuong bo",
        "Trai bo sua o Cang Long (Tra Vinh) lot rom tren nen xi mang, rom mau ban, sinh vi khuan, bo hay viem vu (nghe noi viem vu gap o 20-80% bo sua nuoi tren nen uot ban). "
        "Trong xa co nhieu lop xe phe thai; muon tu nghien lop, tach thep va ep thanh tham cao su lot chuong, kho, am, de rua. Can quy trinh va may moc.",
        {"lGo069": 2, "lGo070": 2, "lGo072": 1, "lGo068": 1, "lGo071": 1},
    ),
    # --- latex ---
    (
        "lGn37",
        "en",
        "amariah_coir",
        "Natural latex binder for our coir pots",
        "Our coconut cooperative in Tra Vinh makes coir fibre and wants to mould coir pots bound with natural latex, so air and water pass "
        "through and plants go into the ground pot and all without root circling. We lack a supply of suitable latex and the recipe to "
        "compound it as a binder.",
        {"lGo077": 2, "lGo079": 1, "lGo078": 1, "lGo135": 1, "lGo134": 1},
    ),
    (
        "lGn38",
        "vi",
        "discovery_latex",
        "Cần nguồn mủ cao su ly tâm 60% ổn định chất lượng",
        "Xưởng làm dây thun, bong bóng ở Vĩnh Long dùng mủ cao su. Mủ tươi chỉ khoảng 33-35% cao su, đông lại sau vài giờ nếu không có amoniac. Cần nguồn mủ cô đặc "
        "khoảng 60% bảo quản amoniac, chất lượng đồng đều giữa các lô, và cách kiểm tra mủ khi nhận.",
        {"lGo077": 2, "lGo078": 1, "lGo079": 1},
    ),
    (
        "lGn39",
        "en",
        "soche_123",
        "Process latex from our small rubber plot into sheets",
        "A farmer in Cau Ke (Tra Vinh) has three hectares of trial rubber trees now being tapped. Latex is coagulated with acid, pressed and "
        "dried or smoked into raw sheet, but we have no equipment or know-how and traders pay little for cup lump. We need a simple, "
        "low-cost way to make good-quality sheets.",
        {"lGo075": 2, "lGo076": 2},
    ),
    # --- tyre retreading ---
    (
        "lGn40",
        "vi",
        "bergeystruck",
        "Mở xưởng đắp lốp xe tải quy mô nhỏ",
        "Doanh nghiệp vận tải ở Vĩnh Long muốn mở xưởng đắp lốp cho xe tải và xe khách trong vùng: kiểm tra vỏ, mài gai cũ, vá, dán gai mới, lưu hóa trong buồng. "
        "Cần danh mục máy, vốn đầu tư, công suất, mặt bằng và chuyển giao quy trình.",
        {"lGo083": 2, "lGo084": 2, "lGo082": 1, "lGo085": 1, "lGo086": 1, "lGo087": 1},
    ),
    (
        "lGn41",
        "en",
        "dangstars",
        "Retread our bus and truck tyres instead of buying new",
        "We run buses and trucks from Tra Vinh and replace worn tyres with new ones. Worn casings can be inspected, repaired, buffed, "
        "cemented and fitted with a new tread. We want a reliable retreading service for our fleet, with casing inspection and quality "
        "guarantees.",
        {"lGo082": 2, "lGo086": 2, "lGo084": 1, "lGo083": 1, "lGo087": 1},
    ),
    (
        "lGn42",
        "vi",
        "baogiaothong_lop",
        "Can dap lop may cay, xe cong nong dung chuan",
        "HTX dich vu nong nghiep o Tieu Can (Tra Vinh) co may cay, xe cong nong, lop mon nhanh, mua moi dat. Khong muon kieu khoet gai, son den lop cu nguy hiem; "
        "can noi dap lop dung quy trinh cho lop xe nong nghiep.",
        {"lGo087": 2, "lGo082": 1, "lGo085": 1},
    ),
    # --- fibreglass tanks and troughs ---
    (
        "lGn43",
        "en",
        "sota_trough",
        "Make our own fibreglass water troughs and tanks",
        "Our cattle cooperative in Tra Cu (Tra Vinh) loses plastic troughs to trampling; a lactating cow can drink 200 litres a day in hot "
        "weather, so troughs must be sturdy and the float valve protected. We want to set up a small hand lay-up workshop to mould fibreglass "
        "troughs and water tanks ourselves and need the know-how for moulds, resin handling and lay-up.",
        {"lGo094": 2, "lGo091": 1, "lGo090": 1, "lGo092": 1, "lGo093": 1, "lGo098": 1},
    ),
    (
        "lGn44",
        "vi",
        "fspau_trough",
        "Cần bể composite nuôi cá, ương tôm giống",
        "Trại giống ở Duyên Hải (Trà Vinh) cần thêm bể chứa và bể ương nhẹ, không rỉ, dễ vệ sinh để ương tôm và cá giống trong mùa khô thiếu nước. Bể xi măng nặng, nứt; "
        "muốn bể sợi thủy tinh hoặc gỗ phủ epoxy - sợi thủy tinh, tự làm hoặc đặt làm.",
        {"lGo092": 2, "lGo093": 1, "lGo090": 1, "lGo094": 1},
    ),
    (
        "lGn45",
        "vi",
        "infiltrator",
        "Bồn trữ nước mưa cho hộ dân mùa hạn mặn",
        "Các hộ dân ven biển Duyên Hải (Trà Vinh) thiếu nước ngọt mùa hạn mặn. Muốn có bồn trữ nước mưa cỡ từ 300 gallon (hơn 1 m³) đến vài m³, nhẹ, dễ chở, không gỉ, dùng được cho nước "
        "sinh hoạt (vật liệu nguyên sinh, không tái chế), có thể đặt nổi hoặc chôn.",
        {"lGo097": 2, "lGo025": 1, "lGo093": 1, "lGo090": 1},
    ),
    (
        "lGn46",
        "en",
        "casetext_sc",
        "Fibreglass septic tanks for our housing projects",
        "We build rural houses around Long Ho (Vinh Long) where soil is wet and concrete septic tanks crack and leak. We want fibreglass "
        "septic tanks that resist sewage and soil burial, are watertight for their design life (standards ask at least 30% glass by "
        "weight and 3/16 inch walls for tanks up to 1,500 gallons) and are easy to install. Supply or training for installers.",
        {"lGo095": 2, "lGo096": 2, "lGo097": 1},
    ),
    # --- fibreglass boats ---
    (
        "lGn47",
        "vi",
        "twolua_composite",
        "Chuyển vỏ ghe gỗ sang vỏ composite cho ghe đánh bắt gần bờ",
        "Ngư dân Cầu Ngang (Trà Vinh) dùng ghe gỗ, gỗ ngày càng đắt và mau mục. Nghe nói tàu composite đã có ở Việt Nam hơn 20 năm, trước đây giá vỏ gấp 2-3 lần vỏ gỗ, "
        "nay đã rẻ hơn. Muốn tìm đơn vị thiết kế, đóng ghe vỏ composite cỡ nhỏ và hướng dẫn bảo dưỡng.",
        {"lGo105": 2, "lGo102": 2, "lGo104": 2, "lGo106": 1},
    ),
    (
        "lGn48",
        "en",
        "suachuacano",
        "Repair cracked fibreglass hulls of our fishing boats",
        "Fishermen in Tra Cu (Tra Vinh) have small fibreglass-hulled boats that crack after hitting stakes and banks; there is no composite "
        "repairer nearby and boats are idle for weeks. We need a repair service or training for local mechanics in simple FRP repair "
        "suited to hot, humid conditions.",
        {"lGo103": 2, "lGo107": 2, "lGo106": 1, "lGo104": 1},
    ),
    (
        "lGn49",
        "vi",
        "sailfeed",
        "Can hoc nghe lam ghe xuong composite cho thanh nien",
        "Doan thanh nien xa o Tra Cu (Tra Vinh) muon mo lop day nghe lam ghe, xuong bang soi thuy tinh cho thanh nien: cach lam khuon, cat mat, pha nhua, lan soi, "
        "an toan khi lam. Can tai lieu, giao vien hoac khoa dao tao.",
        {"lGo102": 2, "lGo104": 2, "lGo091": 1, "lGo105": 1, "lGo103": 1},
    ),
    # --- fibreglass pipes ---
    (
        "lGn50",
        "en",
        "frpjiubo",
        "Corrosion-resistant pipes for saline water intake",
        "Shrimp farms in Duyen Hai (Tra Vinh) pump saline water through steel and PVC pipes that corrode or crack in the sun. We need "
        "lightweight, corrosion-resistant fibreglass pipes of 200-600 mm for intake and drainage lines, with fittings and joints.",
        {"lGo109": 2, "lGo110": 2, "lGo112": 2, "lGo111": 1},
    ),
    (
        "lGn51",
        "vi",
        "hatenablog_frp",
        "Đầu tư dây chuyền sản xuất ống composite quấn sợi",
        "Nhà đầu tư ở khu công nghiệp Hòa Phú (Vĩnh Long) muốn sản xuất ống FRP đường kính 100-2.600 mm cho cấp nước, thủy lợi và nuôi trồng thủy sản. Cần cung cấp "
        "trọn dây chuyền quấn sợi, chuyển giao công nghệ thiết kế lớp ống và đào tạo.",
        {"lGo111": 2, "lGo109": 1, "lGo110": 1, "lGo112": 1},
    ),
    # --- bagasse tableware ---
    (
        "lGn52",
        "vi",
        "mia_travinh",
        "Tận dụng bã mía của nhà máy đường làm hộp, khay",
        "Nhà máy đường ở Trà Vinh thiếu mía nguyên liệu, muốn tăng giá trị phụ phẩm: bã mía hiện chủ yếu đốt lò. Muốn đầu tư dây chuyền làm hộp cơm, khay, đĩa từ bã mía "
        "thay hộp xốp cho thị trường miền Tây. Cần thiết bị, công suất và chuyển giao quy trình.",
        {"lGo114": 2, "lGo113": 2, "lGo116": 2, "lGo117": 2, "lGo115": 1, "lGo118": 1},
    ),
    (
        "lGn53",
        "en",
        "joyfood",
        "Start a small bagasse tableware line",
        "A family business in Cang Long (Tra Vinh) near sugarcane juice stalls and a cane area wants to start making bagasse bowls and boxes. "
        "Bagasse is cellulose, hemicellulose and lignin left after pressing, and cane is harvested every 12-18 months. We want a small, "
        "semi-automatic line of about half a tonne a day.",
        {"lGo113": 2, "lGo114": 2, "lGo117": 1, "lGo116": 1, "lGo115": 1},
    ),
    # --- PLA and starch ---
    (
        "lGn54",
        "en",
        "goecopure",
        "Switch our PP cutlery moulds to PLA",
        "We mould disposable PP spoons and forks in Long Ho (Vinh Long). Customers ask for compostable cutlery. PLA is made from corn or "
        "cassava starch and breaks down only in industrial composting above 60 °C. We want to run PLA on our existing presses and moulds "
        "and need grades and processing settings.",
        {"lGo121": 2, "lGo122": 2, "lGo128": 2, "lGo123": 2, "lGo126": 1},
    ),
    (
        "lGn55",
        "vi",
        "kompasiana",
        "Làm túi phân hủy sinh học từ tinh bột khoai mì",
        "Cơ sở túi nilon ở Trà Cú (Trà Vinh) muốn chuyển sang túi xách làm từ tinh bột khoai mì, phân hủy được trên đất và trong nước như các công ty ở Thái Lan đã làm. "
        "Cần nguồn nhựa tinh bột nhiệt dẻo, công thức và cách thổi màng trên máy hiện có.",
        {"lGo124": 2, "lGo125": 2, "lGo127": 1, "lGo126": 1},
    ),
    (
        "lGn56",
        "vi",
        "haplast_pla",
        "Chọn túi phân hủy sinh học thật cho sản phẩm OCOP",
        "Hợp tác xã có sản phẩm OCOP ở Cầu Ngang (Trà Vinh) muốn đổi túi đựng sang loại thân thiện môi trường nhưng thị trường có nhiều túi 'tự hủy' chỉ vỡ vụn. "
        "Cần hướng dẫn phân biệt túi phân hủy sinh học thật (PLA, tinh bột) và nhà cung cấp túi, bao bì đạt chuẩn.",
        {"lGo127": 2, "lGo126": 2, "lGo125": 1, "lGo124": 1},
    ),
    (
        "lGn57",
        "en",
        "vilpoux",
        "Biodegradable trays for our vegetable packhouse",
        "Our vegetable packhouse in Chau Thanh (Tra Vinh) uses foam trays for supermarkets. Starch-based bioplastics make up most of the "
        "bioplastics on the market and compost like organic waste. We want trays from starch or PLA that can run on thermoforming lines "
        "and hold produce in cold storage.",
        {"lGo124": 2, "lGo123": 2, "lGo125": 1, "lGo122": 1},
    ),
    # --- biodegradable nursery pots ---
    (
        "lGn58",
        "vi",
        "archmarket",
        "Tận dụng mụn dừa, xơ dừa làm chậu ươm cây",
        "Tổ hợp tác ở Châu Thành (Trà Vinh) có nhiều vỏ dừa; xơ được bóc làm dây, thảm, còn mụn và xơ ngắn thì bỏ. Muốn ép xơ dừa thành chậu, bầu ươm trồng thẳng "
        "xuống đất để bán cho vườn ươm. Cần công thức chất kết dính, khuôn ép và cách xử lý muối trong xơ.",
        {"lGo134": 2, "lGo135": 1, "lGo131": 1, "lGo132": 1},
    ),
    (
        "lGn59",
        "en",
        "eco_pack_pots",
        "Biodegradable trays for rice seedlings for our transplanters",
        "Our cooperative in Tam Binh (Vinh Long) uses rice transplanting machines with plastic seedling trays that we must collect and "
        "wash. We want degradable trays made from straw or other plant material that fit the transplanters and return to the soil.",
        {"lGo133": 2, "lGo132": 1, "lGo131": 1},
    ),
    (
        "lGn60",
        "vi",
        "kent_ricehull",
        "Bầu ươm rau từ trấu thay bầu nilon",
        "Vườn ươm rau giống ở Cầu Kè (Trà Vinh) dùng hàng trăm nghìn bầu nilon mỗi năm. Vùng có nhiều trấu; ở nước ngoài đã có chậu làm từ vỏ trấu trộn keo, trồng "
        "thẳng xuống đất. Cần công nghệ làm bầu ươm từ trấu phân hủy được.",
        {"lGo131": 2, "lGo132": 1, "lGo133": 1, "lGo129": 1},
    ),
    # --- food-contact testing ---
    (
        "lGn61",
        "vi",
        "qcvn12_2017",
        "Kiểm nghiệm hộp nhựa đựng thực phẩm để công bố hợp quy",
        "Xưởng ép hộp nhựa PP đựng thực phẩm và hộp đựng sữa chua ở TP. Trà Vinh cần kiểm nghiệm mức giới hạn an toàn của dụng cụ, bao bì nhựa tiếp xúc trực tiếp thực phẩm "
        "theo quy chuẩn kỹ thuật quốc gia QCVN 12-1 để làm hồ sơ công bố hợp quy trước khi bán vào siêu thị. Cần phòng thí nghiệm thử thôi nhiễm, kim loại nặng.",
        {"lGo139": 2, "lGo141": 2, "lGo143": 1, "lGo140": 1, "lGo138": 1},
    ),
    (
        "lGn62",
        "en",
        "aspenresearch",
        "EU migration tests for our PP food containers before export",
        "We export PP food containers from Vinh Long and the EU buyer asks for compliance with Regulation 10/2011: overall migration "
        "limit for the sum of all migrating substances and specific limits for individual substances, plus off-odour checks. We need an "
        "accredited lab to run the tests and report.",
        {"lGo138": 2, "lGo140": 2, "lGo141": 2, "lGo139": 2, "lGo142": 1},
    ),
    (
        "lGn63",
        "en",
        "packiro",
        "Can we use recycled PET flakes in food trays? Need challenge tests",
        "A packaging workshop in Tra Vinh wants to put recycled PET flakes into food trays. Materials in contact with food must not pass "
        "substances into it in amounts that endanger health or change odour and taste. We need recyclate challenge tests, screening for "
        "unintended substances and a testing plan for our recycled material.",
        {"lGo142": 2, "lGo144": 2, "lGo138": 1},
    ),
    # --- UV ageing ---
    (
        "lGn64",
        "vi",
        "rongbay_pvc",
        "Chậu, thùng nhựa để ngoài trời giòn nứt sau một năm",
        "Xưởng ép chậu hoa, thùng rác, ống nhựa ở Vĩnh Long nhận phản ánh sản phẩm để ngoài nắng sau một năm bị bạc màu, giòn, nứt. Tia UV cắt mạch polymer gây oxy hóa quang hóa. "
        "Cần phụ gia chống UV phù hợp PP, PE, PVC, liều lượng và cách pha vào hạt màu.",
        {"lGo150": 2, "lGo151": 2, "lGo152": 2, "lGo153": 1, "lGo146": 1},
    ),
    (
        "lGn65",
        "en",
        "zloadr_quv",
        "Prove the outdoor life of our HDPE water tanks for a tender",
        "We make HDPE water tanks in Vinh Long and a provincial tender asks for evidence of service life in the sun. A supplier once lost "
        "47 million dollars when a UV stabiliser failed after eleven months outdoors; 2,000 hours in a weathering tester would have caught "
        "it. We need accelerated UV weathering or outdoor exposure tests and a report.",
        {"lGo146": 2, "lGo149": 2, "lGo147": 2, "lGo148": 2},
    ),
    (
        "lGn66",
        "vi",
        "bsi_d4329",
        "Cần nơi thử lão hóa UV cho tấm lợp và ống nhựa",
        "Công ty sản xuất tấm lợp nhựa và ống PVC ở Long Hồ (Vĩnh Long) cần thử lão hóa dưới tia UV cho sản phẩm: phơi đèn UV huỳnh quang có phun nước theo tiêu chuẩn, "
        "hoặc phơi tự nhiên, rồi đo lại tính chất để ghi tuổi thọ trên catalogue.",
        {"lGo148": 2, "lGo147": 2, "lGo146": 1, "lGo149": 1},
    ),
    (
        "lGn67",
        "en",
        "rycobel",
        "Outdoor plastic chairs fade: stabiliser and ageing test",
        "Our outdoor plastic chairs and tables made in Cang Long (Tra Vinh) change colour and lose gloss after a hot season. Buyers ask for a "
        "weathering test in a hot, dry climate cycle with xenon light. We need the right UV stabiliser package in our colour masterbatch "
        "and a test to check it.",
        {"lGo150": 2, "lGo151": 2, "lGo152": 2, "lGo146": 1, "lGo147": 1},
    ),
    # --- strength testing ---
    (
        "lGn68",
        "en",
        "pallets_site123",
        "Independent load and drop tests for our recycled pallets",
        "We make pallets from recycled HDPE and PP in Vinh Long and want to sell them to seafood plants. Plastic pallets carry heavy loads "
        "and should last 15 years or more, but buyers want independent data: static and racked load, drop and impact, durability. We need "
        "a lab to test our designs to recognised standards.",
        {"lGo154": 2, "lGo155": 2, "lGo156": 2, "lGo157": 1},
    ),
    (
        "lGn69",
        "vi",
        "hatangviet",
        "Kiểm tra nén bẹp, va đập ống nhựa PVC có pha tái chế",
        "Xưởng ống nhựa ở Trà Vinh pha nhựa tái chế và bột đá vào ống PVC thoát nước để giảm giá. Cần phòng thí nghiệm kiểm tra độ bền kéo, va đập, nén bẹp ống, "
        "xác định tỉ lệ pha tối đa mà ống vẫn đạt, tránh ống giòn nứt khi lắp.",
        {"lGo159": 2, "lGo153": 1},
    ),
    # --- rotomoulding, tanks ---
    (
        "lGn70",
        "vi",
        "watertankindia",
        "Đầu tư máy đúc quay bồn nước nhựa",
        "Doanh nghiệp ở Bình Minh (Vĩnh Long) muốn sản xuất bồn nước nhựa PE bằng đúc quay: nạp bột nhựa vào khuôn, quay hai trục trong lò, làm nguội bằng gió hoặc "
        "phun nước rồi tháo sản phẩm. Cần thông tin dự án, máy, khuôn, vốn và thị trường.",
        {"lGo025": 2, "lGo026": 1},
    ),
    (
        "lGn71",
        "en",
        "flowtite_pdf",
        "Underground rainwater tank for a school",
        "A secondary school in Tra Cu (Tra Vinh) wants to store rainwater underground for the dry, saline months. Fibreglass underground "
        "tanks from 600 to 50,000 gallons resist corrosion and traffic loads. We need a supplier who can size, deliver and guide the "
        "installation of a potable-water tank.",
        {"lGo097": 2, "lGo095": 1, "lGo025": 1},
    ),
    # --- more PLA and bio-packaging ---
    (
        "lGn72",
        "vi",
        "nhuaphuchung",
        "Xưởng ép nhựa muốn chạy thử nhựa PLA trên máy hiện có",
        "Xưởng ép nhựa gia dụng ở Trà Vinh muốn làm thêm dòng sản phẩm nhựa phân hủy sinh học (ly, muỗng, hộp nhỏ) từ PLA trên máy ép và khuôn đang có. "
        "Cần nguồn hạt PLA, thông số sấy, nhiệt độ, nhiệt khuôn và hỗ trợ chạy thử.",
        {"lGo122": 2, "lGo121": 2, "lGo123": 2, "lGo128": 1},
    ),
    (
        "lGn73",
        "en",
        "demvisinh",
        "Biodegradable packaging for our dried fish products",
        "Our OCOP dried-fish and shrimp products from Cau Ngang (Tra Vinh) are packed in ordinary plastic bags. A polymer lecturer at Ho Chi "
        "Minh City University of Technology warns that inert plastics pollute for a long time. We want compostable bags and containers "
        "that still keep the product dry, and a supplier that can advise us.",
        {"lGo126": 2, "lGo127": 1, "lGo125": 1, "lGo124": 1},
    ),
    (
        "lGn74",
        "en",
        "ecopulppak",
        "Local production of bagasse clamshell boxes for takeaway food",
        "Takeaway food sellers in Tra Vinh city use foam clamshell boxes. Bagasse clamshells, folded shut like a shell, are a sustainable "
        "substitute, but they come from far away. A local workshop wants to make bagasse clamshells and needs forming machines, moulds "
        "and process transfer.",
        {"lGo114": 2, "lGo113": 2, "lGo116": 1, "lGo117": 1},
    ),
    (
        "lGn75",
        "vi",
        "eplrubber",
        "Cần tư vấn phối liệu mủ latex cho sản phẩm nhúng",
        "Cơ sở ở Vĩnh Long muốn làm găng tay lao động, bong bóng bằng phương pháp nhúng mủ cao su. Mủ cao su thiên nhiên co giãn, đàn hồi cao, rất chống nước, nhưng cần "
        "phối liệu đúng cho từng sản phẩm. Cần nguồn mủ cô đặc và công thức phối liệu, quy trình nhúng.",
        {"lGo079": 2, "lGo077": 2, "lGo078": 1},
    ),
]
