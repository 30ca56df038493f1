"""Needs for holdout141: (id, language, source key, title, description, {offer id: grade}).

Every need is set in Trà Vinh / Vĩnh Long even when its source page describes another place.
"""

NEEDS = [
    # --- A: motorbike repair shops, diagnostic tools, ignition ---
    (
        "nMn01",
        "vi",
        "a_congtynamviet",
        "Cần quy trình và thiết bị súc rửa kim phun xe tay ga bị tắc",
        "Tiệm sửa xe máy của tôi ở thị trấn Cầu Kè mỗi tuần nhận nhiều xe tay ga FI bị hao xăng, xe yếu, khó nổ, chết máy "
        "khi chạy chậm; thợ kiểm tra thấy kim phun bám cặn do xăng lẫn tạp chất. Cần hướng dẫn và thiết bị súc rửa, làm "
        "sạch kim phun xe máy đúng cách thay vì thay kim mới.",
        {"nMo019": 2, "nMo016": 2, "nMo017": 1, "nMo018": 1, "nMo020": 1, "nMo001": 1},
    ),
    (
        "nMn02",
        "en",
        "a_ukgser",
        "Handheld tool to read fault codes on fuel-injected scooters",
        "We run a motorbike repair shop in Trà Vinh city. More and more injected scooters come in with the warning light "
        "on, and we cannot see what the engine computer has stored; counting flashes by hand is unreliable. We want an "
        "affordable reader or adapter that retrieves the codes and explains them, so we stop guessing.",
        {"nMo007": 2, "nMo008": 2, "nMo009": 2, "nMo006": 1, "nMo004": 1, "nMo005": 1, "nMo001": 1},
    ),
    (
        "nMn03",
        "vi",
        "a_pus",
        "Kiểm tra IC đánh lửa trước khi thay cho xe khó nổ",
        "Cửa hàng sửa xe ở Tiểu Cần thường gặp xe số, xe ga không nổ hoặc khó khởi động, thợ nghi hỏng IC (bộ điều khiển đánh "
        "lửa) nhưng IC zin giá cao, khách không muốn thay nhầm. Cần thiết bị hoặc dịch vụ kiểm tra IC và hệ thống đánh lửa "
        "để xác định đúng bệnh trước khi thay.",
        {"nMo011": 2, "nMo014": 2, "nMo015": 1, "nMo012": 1, "nMo013": 1, "nMo001": 1},
    ),
    (
        "nMn04",
        "en",
        "a_focu",
        "Reliable spark test for coils that pass a multimeter check",
        "Mechanic in Càng Long: several bikes have no spark, yet the coil primary and secondary readings on my multimeter "
        "look within spec. A shorted turn does not show up this way. I need a proper spark-test tool and a coil testing "
        "method that shows whether the coil really fires.",
        {"nMo015": 2, "nMo012": 2, "nMo014": 1, "nMo013": 1, "nMo010": 1},
    ),
    (
        "nMn05",
        "vi",
        "a_serviceuwant",
        "Can may doc loi cho xe may phun xang dien tu",
        "Tiem sua xe o Vung Liem, xe tay ga va xe so doi moi deu dung phun xang dien tu, ECU dieu khien phun va danh lua. "
        "Can mua may doc ma loi (loai cam tay hoac ket noi dien thoai) danh cho xe may, co huong dan doc du lieu cam bien, "
        "gia vua phai cho tiem nho.",
        {"nMo007": 2, "nMo008": 2, "nMo009": 2, "nMo006": 1, "nMo005": 1, "nMo004": 1, "nMo002": 1},
    ),
    (
        "nMn06",
        "en",
        "a_briefmobile",
        "Fuel-injection and ignition training lab for a vocational centre",
        "Vocational centre in Vĩnh Long: our motorbike and car mechanic classes still teach carburettors and contact "
        "points. We want to set up a lab with fuel-injection and electronic ignition training rigs, plus the scan tools "
        "and multimeters that workshops now use, so trainees learn digital diagnosis.",
        {"nMo009": 2, "nMo021": 2, "nMo022": 1, "nMo006": 1, "nMo003": 1, "nMo010": 1},
    ),
    (
        "nMn07",
        "vi",
        "a_kenhrao",
        "Vệ sinh và kiểm tra kim phun xăng cho gara ô tô",
        "Gara ô tô ở Bình Minh nhận nhiều xe chạy dịch vụ, hay kẹt xe, dùng xăng không đạt chuẩn: xe khó nổ, giật cục, "
        "tăng tốc chậm, hao xăng do kim phun bám muội. Cần thiết bị hoặc đối tác vệ sinh, kiểm tra lưu lượng và tia phun kim "
        "phun ô tô.",
        {"nMo020": 2, "nMo016": 2, "nMo017": 1, "nMo018": 1, "nMo019": 1},
    ),
    (
        "nMn08",
        "en",
        "a_rogue",
        "Training motorbike-taxi members to read codes and troubleshoot",
        "Motorbike-taxi cooperative in Trà Vinh: about 40 members ride injected scooters daily. When a warning light comes "
        "on they lose a day at the shop. We want members trained to read fault codes and do basic electronic "
        "troubleshooting themselves, and to know when to go to a mechanic.",
        {"nMo006": 2, "nMo002": 1, "nMo008": 1, "nMo007": 1, "nMo001": 1, "nMo156": 1},
    ),
    (
        "nMn09",
        "vi",
        "f_hcem",
        "Mô hình và giáo trình thực hành phun xăng, đánh lửa điện tử cho trường nghề",
        "Trường trung cấp nghề ở Duyên Hải: học viên năm hai chuyển sang học chuyên môn, thầy muốn cho các em thực hành chẩn "
        "đoán trên hệ thống thật. Cần mô hình phun xăng điện tử, đánh lửa điện tử và bộ bài thực hành đọc mã lỗi, kiểm tra "
        "tín hiệu.",
        {"nMo021": 2, "nMo022": 2, "nMo003": 1, "nMo010": 1, "nMo006": 1},
    ),
    (
        "nMn10",
        "en",
        "a_verydays",
        "Coil and spark testing know-how for an old-car garage",
        "Small garage in Châu Thành (Trà Vinh) repairing older cars and three-wheel carts: many no-start jobs. Our "
        "mechanics need training in checking coil supply voltage, primary and secondary winding resistance and the "
        "ignition trigger signal, instead of swapping coils by trial.",
        {"nMo010": 2, "nMo012": 1, "nMo013": 1, "nMo015": 1, "nMo003": 1},
    ),
    (
        "nMn11",
        "vi",
        "a_autospeedy_kp",
        "Ve sinh hong xang, kim phun xe tay ga",
        "Toi o Tra On, chay xe tay ga giao hang moi ngay, xe bi hut ga, rung may, hao xang, de lau kho no. Can cho ve sinh "
        "hong xang va kim phun xe may lam dung ky thuat, gia hop ly, cho ca nhom 10 xe.",
        {"nMo019": 2, "nMo016": 1, "nMo001": 1},
    ),
    (
        "nMn12",
        "en",
        "a_lawnmower",
        "Low-cost diagnostic tools to stock for village mechanics",
        "Parts and tools shop in Bình Tân. Local motorbike mechanics ask us for simple diagnostic tools: a spark tester "
        "that avoids shocks, and cheap code readers or phone adapters for injected scooters. We want a supplier of such "
        "tools with basic user guidance.",
        {"nMo015": 2, "nMo007": 2, "nMo008": 2, "nMo005": 1, "nMo004": 1, "nMo009": 1},
    ),
    (
        "nMn13",
        "en",
        "a_infopanduan",
        "CDI testing and replacement for older carburettor bikes",
        "Mechanics' group in Mang Thít: most customers ride older carburettor bikes (Wave, Dream) with CDI ignition. "
        "When a bike dies on the road we check plug, coil and stator in turn, but cannot test the CDI box itself. We need a "
        "CDI and stator test method and a reliable source of replacement units.",
        {"nMo014": 2, "nMo011": 2, "nMo012": 1, "nMo015": 1, "nMo013": 1},
    ),
    # --- B: car garages, body repair, spray booths and fume extraction ---
    (
        "nMn14",
        "vi",
        "b_etek_sys",
        "Hút và xử lý hơi dung môi phòng sơn gara đạt QCVN",
        "Gara đồng sơn của chúng tôi ở phường 7 TP Trà Vinh bị hộ dân xung quanh phản ánh mùi sơn nồng (toluen, xylen). "
        "Cần lắp hệ thống hút và xử lý hơi dung môi cho phòng sơn để khí thải đạt quy chuẩn, đồng thời bảo vệ sức khỏe thợ.",
        {"nMo035": 2, "nMo036": 2, "nMo038": 2, "nMo037": 1, "nMo053": 1, "nMo030": 1, "nMo028": 1, "nMo032": 1},
    ),
    (
        "nMn15",
        "en",
        "b_autocarcare",
        "Buying a spray paint booth for a collision shop",
        "Collision repair workshop in Vĩnh Long city. We still paint in an open bay, so finishes pick up dust and solvent "
        "vapour spreads, with fire risk. We want to buy a proper spray booth with filtered intake and exhaust that keeps "
        "overspray and volatiles inside.",
        {"nMo028": 2, "nMo032": 2, "nMo029": 1, "nMo031": 1, "nMo030": 1, "nMo033": 1, "nMo035": 1},
    ),
    (
        "nMn16",
        "vi",
        "b_gteco",
        "Can he thong hut va loc bui son cho phong son o to",
        "Xuong son o to nho o Long Ho, phong son tu xay chua co hut. Khi phun, bui son va hoi son bay khap xuong, tho bi "
        "dau dau. Can lap he thong hut tao ap am va loc bui son truoc khi xa ra ngoai, chi phi vua phai.",
        {"nMo028": 2, "nMo032": 2, "nMo036": 2, "nMo031": 1, "nMo030": 1, "nMo035": 1, "nMo029": 1},
    ),
    (
        "nMn17",
        "en",
        "b_bsb_frame",
        "Frame machine and measuring for collision repairs",
        "Body shop in Trà Vinh city: collision jobs above a few thousand dollars, including pickups with full frames, "
        "need the vehicle tied down, measured and pulled back into alignment. We need a frame bench or rack with "
        "measuring and staff training.",
        {"nMo039": 2, "nMo040": 2, "nMo042": 1, "nMo041": 1, "nMo043": 1},
    ),
    (
        "nMn18",
        "vi",
        "b_winenfood_frame",
        "Giàn kéo nắn khung sườn ô tô và đào tạo thợ",
        "Gara ở Càng Long nhận nhiều xe tai nạn bị cong khung, lệch sườn; thợ hiện chỉ gò bằng búa và kích nên xe sửa xong "
        "cửa đóng không khít, bánh xe lệch. Cần mua giàn kéo nắn khung có kẹp giữ, tháp kéo thủy lực và được hướng dẫn sử dụng.",
        {"nMo039": 2, "nMo040": 2, "nMo041": 1, "nMo042": 1},
    ),
    (
        "nMn19",
        "en",
        "b_autoref",
        "Dust extraction for a body shop's sanding work",
        "Body shop in Vĩnh Long: sanding dust settles everywhere, workers breathe paint and filler dust, and cleaning "
        "takes hours every day. We want a dust extraction system that captures dust at the sander.",
        {"nMo044": 2, "nMo045": 2, "nMo049": 1},
    ),
    (
        "nMn20",
        "vi",
        "b_paintpanel",
        "Máy hút bụi chà nhám di động cho thợ đồng sơn",
        "Xưởng đồng sơn ở TP Vĩnh Long có 6 thợ chà nhám, muốn môi trường sạch hơn để tuyển thợ trẻ. Cần máy hút bụi di động "
        "nối với máy chà nhám, di chuyển được giữa các khoang xe, có thể dùng chung cho hai thợ.",
        {"nMo045": 2, "nMo044": 1, "nMo049": 1},
    ),
    (
        "nMn21",
        "en",
        "b_vf_water",
        "Switching to waterborne refinish paint",
        "Paint shop in Trà Vinh: we want to move from solvent paint to waterborne or low-VOC refinish paint to cut fumes "
        "and meet future rules. We need a paint system supplier with conversion training and advice on the airflow and "
        "drying our booth needs.",
        {"nMo047": 2, "nMo048": 2, "nMo029": 1, "nMo038": 1},
    ),
    (
        "nMn22",
        "vi",
        "b_winenfood_water",
        "Chuyển sang sơn ô tô gốc nước",
        "Cơ sở sơn xe ở Tam Bình muốn bỏ dần sơn gốc dung môi vì mùi nặng, dễ cháy, thợ hay nhức đầu. Cần nhà cung cấp hệ sơn "
        "gốc nước cho sơn sửa chữa ô tô, có hướng dẫn pha, phun và sấy.",
        {"nMo047": 2, "nMo048": 2, "nMo038": 1, "nMo035": 1},
    ),
    (
        "nMn23",
        "vi",
        "b_protec",
        "Bụi dính vào lớp sơn, phải đánh bóng lại nhiều",
        "Gara ở Duyên Hải: nhiều xe sơn xong bị hạt bụi dính trên lớp bóng, thợ mất thời gian chà và đánh bóng lại. Cần giải "
        "pháp kiểm soát bụi khi chà nhám và kiểm tra, bảo dưỡng lọc của buồng sơn.",
        {"nMo044": 2, "nMo045": 2, "nMo033": 2, "nMo031": 1, "nMo032": 1, "nMo049": 1, "nMo029": 1},
    ),
    (
        "nMn24",
        "en",
        "b_etek_powder",
        "Spray area for truck bodies with paint dust and vapour treatment",
        "Truck-body and three-wheel cart workshop in Bình Minh: we spray-paint cargo bodies in the open yard. Neighbours "
        "complain about paint mist and solvent smell. We need an enclosed spray area with extraction that captures paint "
        "particles and treats solvent vapour before release.",
        {"nMo036": 2, "nMo035": 1, "nMo038": 1, "nMo028": 1, "nMo032": 1, "nMo037": 1, "nMo053": 1},
    ),
    (
        "nMn25",
        "en",
        "b_winenfood_frame2",
        "Dent pulling and panel straightening for a small garage",
        "Small garage in Cầu Ngang: most body work is door dents and creased panels from minor knocks. Hammering makes it "
        "worse. We want a stud-weld dent puller kit and training in panel straightening technique.",
        {"nMo043": 2, "nMo041": 2, "nMo040": 1, "nMo039": 1},
    ),
    (
        "nMn26",
        "vi",
        "b_hapixyz",
        "Thông gió cho khu phun sơn trong nhà xưởng",
        "Gara ở Long Hồ đang phun sơn ngay trong nhà xưởng, không có quạt hút, hơi sơn đọng lại cả ngày. Cần giải pháp thông "
        "gió cho khu phun: hút liên tục trong và sau khi phun, không thổi khí bẩn ngược vào xưởng.",
        {"nMo029": 2, "nMo028": 2, "nMo035": 2, "nMo032": 1, "nMo033": 1, "nMo036": 1},
    ),
    # --- C: tyre repair, changers, balancing, retreading, waste tyres ---
    (
        "nMn27",
        "vi",
        "c_carrepairon2",
        "Dụng cụ và hướng dẫn vá lốp không săm ô tô",
        "Tiệm vá vỏ ở Trà Cú trước giờ chỉ vá ruột xe máy, nay ô tô con và xe bán tải trong vùng đều đi lốp không săm. Cần bộ "
        "dụng cụ vá lốp không săm (nút vá, dùi doa, dụng cụ luồn) và hướng dẫn khi nào dùng nút, khi nào phải vá trong.",
        {"nMo057": 2, "nMo058": 2, "nMo056": 1},
    ),
    (
        "nMn28",
        "en",
        "c_otofun",
        "Wheel balancer and tyre changer for a tyre shop",
        "Tyre shop in Trà Vinh city: customers who buy new tyres ask for balancing, which we cannot offer. We want a "
        "wheel balancer and a tyre changer that do not scratch alloy rims.",
        {"nMo060": 2, "nMo061": 2, "nMo062": 2, "nMo063": 1, "nMo064": 1},
    ),
    (
        "nMn29",
        "vi",
        "c_danhgiaxe",
        "Máy cân bằng động để làm dịch vụ cân mâm bấm chì",
        "Cửa hàng lốp ở Vũng Liêm muốn mở thêm dịch vụ cân bằng động (cân mâm bấm chì) cho ô tô sau khi thay lốp, vì khách hay "
        "bị rung vô lăng, lốp mòn nhanh. Cần mua máy cân bằng động và máy tháo lắp lốp.",
        {"nMo060": 2, "nMo061": 2, "nMo062": 2, "nMo063": 1},
    ),
    (
        "nMn30",
        "en",
        "c_vietbao_canchinh",
        "Wheel alignment for a van fleet with uneven tyre wear",
        "Transport cooperative in Trà Vinh with 15 vans: tyres wear on the inner edges, some vans pull to one side and "
        "steering feels loose. We need a wheel alignment service that can check and correct the wheel angles regularly.",
        {"nMo065": 2, "nMo064": 2, "nMo063": 1},
    ),
    (
        "nMn31",
        "vi",
        "c_thienminh",
        "Cân bằng động định kỳ cho đội xe dịch vụ",
        "Chủ đội 12 xe dịch vụ ở Càng Long: sau vá lốp và đi đường xấu, vô lăng rung ở tốc độ cao, lốp mòn không đều. Cần "
        "nơi cân bằng động bánh xe định kỳ khoảng 6 tháng hoặc 10.000 km một lần.",
        {"nMo063": 2, "nMo064": 2, "nMo060": 1, "nMo061": 1},
    ),
    (
        "nMn32",
        "en",
        "c_mobilemanager",
        "Tyre changer and balancer that handle car and motorbike wheels",
        "Tyre shop in Bình Minh serving both cars and motorbikes: we want one tyre changer and one balancer that can take "
        "car wheels and motorcycle wheels, to replace manual levers and bubble balancing.",
        {"nMo061": 2, "nMo062": 2, "nMo060": 1},
    ),
    (
        "nMn33",
        "vi",
        "c_dangstars1",
        "Đầu tư xưởng đắp lốp xe tải",
        "Doanh nghiệp vận tải ở TP Trà Vinh có khoảng 200 lốp xe tải đã mòn gai nhưng thân lốp còn tốt. Muốn đầu tư xưởng đắp "
        "lốp: kiểm tra thân lốp, mài, dán gai mới và lưu hóa, để mỗi lốp dùng thêm hai, ba lần.",
        {"nMo067": 2, "nMo068": 2, "nMo070": 2, "nMo071": 2, "nMo066": 1, "nMo069": 1},
    ),
    (
        "nMn34",
        "en",
        "c_dangstars2",
        "Retreading service for bus tyres",
        "Bus company in Vĩnh Long: we want to send worn bus tyres for retreading, with proper casing inspection, repair "
        "of injuries, buffing, new tread and curing, instead of buying all new tyres.",
        {"nMo069": 2, "nMo066": 2, "nMo071": 1, "nMo067": 1, "nMo068": 1},
    ),
    (
        "nMn35",
        "vi",
        "c_dangkiemvt",
        "Đắp lốp an toàn thay vì nạo rãnh lốp mòn",
        "Hợp tác xã xe tải ở Cầu Ngang: lốp mòn nhiều, có người chào nạo lại rãnh gai cho rẻ nhưng đăng kiểm cảnh báo dễ nổ. "
        "Chúng tôi cần đơn vị đắp lốp đúng quy trình để dùng lại thân lốp an toàn.",
        {"nMo069": 2, "nMo066": 2, "nMo071": 1, "nMo068": 1},
    ),
    (
        "nMn36",
        "vi",
        "c_plnmw",
        "Can cong nghe nghien lop xe cu thanh bot cao su",
        "Lop xe cu don dong o bai phe lieu gan TP Tra Vinh, tanh thep va cao su chua ai tan dung. Can cong nghe cat, tach "
        "thep, nghien lop thanh hat va bot cao su de ban lam san, gach lot.",
        {"nMo074": 2, "nMo072": 2, "nMo073": 2, "nMo076": 1},
    ),
    (
        "nMn37",
        "en",
        "c_paperexplained",
        "Waste tyre powder as filler for rubber products",
        "Rubber products workshop in Tiểu Cần making mats and buffers: we want to replace part of our filler with powder "
        "ground from waste tyres. We need a grinding line or know-how to produce fine tyre powder.",
        {"nMo074": 2, "nMo072": 1, "nMo073": 1, "nMo076": 1},
    ),
    (
        "nMn38",
        "en",
        "c_engfix_flat",
        "On-call tyre repair for container trucks",
        "Logistics firm near the Duyên Hải port area: our container trucks get punctures on the road at night and wait "
        "hours. We need an on-call mobile tyre repair service that fixes or replaces truck tyres on site.",
        {"nMo059": 2, "nMo075": 1, "nMo056": 1},
    ),
    (
        "nMn39",
        "vi",
        "c_engfix_plug2",
        "Bo dung cu va lop khong ruot cho tiem sua xe may",
        "Tiem sua xe may o Tieu Can, xe tay ga bay gio deu di lop khong ruot, khach bi dinh can va nhanh. Can mua bo nut va "
        "lop khong ruot (dui, que luon, keo) va duoc huong dan va dung cach.",
        {"nMo058": 2, "nMo057": 2, "nMo056": 1},
    ),
    # --- D: lead-acid and lithium vehicle batteries ---
    (
        "nMn40",
        "vi",
        "d_dongkhanh2",
        "Tìm đơn vị thu gom, tái chế ắc quy cũ hợp pháp",
        "Đại lý ắc quy ở TP Trà Vinh mỗi tháng thu về khoảng 2 tấn bình ắc quy chì cũ từ khách đổi bình. Cần đơn vị thu gom, "
        "tái chế có giấy phép nhận định kỳ, tránh bán cho người nấu chì thủ công gây ô nhiễm.",
        {"nMo085": 2, "nMo087": 2, "nMo082": 1, "nMo083": 1, "nMo086": 1, "nMo084": 1},
    ),
    (
        "nMn41",
        "en",
        "d_gme",
        "Technology for a small lead-acid battery recycling line",
        "Investor in the Long Đức industrial area (Trà Vinh) plans a small used lead-acid battery recycling line. We need "
        "technology for acid draining, battery breaking, lead and plastic separation and smelting with off-gas control.",
        {"nMo086": 2, "nMo083": 2, "nMo088": 1, "nMo082": 1},
    ),
    (
        "nMn42",
        "vi",
        "d_hubstack",
        "Chấm dứt nấu chì thủ công từ ắc quy cũ ở xã",
        "Một số hộ ở Trà Cú mua bình ắc quy cũ về đập, nấu chì ngay sau nhà, đất và nước quanh đó nhiễm chì, trẻ em có nguy cơ "
        "nhiễm độc. Xã cần chương trình giúp các hộ này chuyển sang cách làm an toàn, đưa bình cũ vào tái chế hợp pháp.",
        {"nMo088": 2, "nMo085": 1, "nMo082": 1, "nMo084": 1},
    ),
    (
        "nMn43",
        "en",
        "d_sustain",
        "Used battery collection scheme for repair shops",
        "Motorbike repair shops association in Vĩnh Long with about 60 members: each shop keeps a few old batteries in a "
        "corner. We want a collection scheme that picks up used batteries regularly and sends them to licensed recycling.",
        {"nMo087": 2, "nMo085": 2, "nMo082": 2, "nMo084": 1},
    ),
    (
        "nMn44",
        "vi",
        "d_ezb_multimeter",
        "Máy kiểm tra ắc quy chính xác cho cửa hàng",
        "Cửa hàng ắc quy ở Cầu Kè: khách mang bình bảo hành tới, đo vôn vẫn khoảng 12,6 V nhưng xe không đề nổ. Đồng hồ vạn "
        "năng không nói được tình trạng bình. Cần máy kiểm tra dòng khởi động, nội trở để kết luận nhanh bình tốt hay hỏng.",
        {"nMo095": 2, "nMo096": 2, "nMo092": 2, "nMo097": 1, "nMo093": 1, "nMo090": 1, "nMo094": 1, "nMo110": 1},
    ),
    (
        "nMn45",
        "en",
        "d_ellis",
        "Routine battery health checks for a bus depot",
        "Bus depot in Trà Vinh with 40 buses: batteries fail without warning, especially after heavy use. We want "
        "routine battery health checks, either testing equipment for our mechanics or a testing service.",
        {"nMo095": 2, "nMo096": 2, "nMo090": 2, "nMo091": 2, "nMo092": 2, "nMo093": 2, "nMo097": 1},
    ),
    (
        "nMn46",
        "vi",
        "d_issuhub",
        "Can may sac phuc hoi ac quy bi sun-phat",
        "Doi xe tai o Mang Thit de xe lau ngay, binh ac quy bi sun-phat, sac khong vao, tinh tu trong nhieu thang. Can may "
        "sac xung hoac quy trinh sac can bang de phuc hoi binh truoc khi bo.",
        {"nMo098": 2, "nMo099": 2, "nMo100": 1},
    ),
    (
        "nMn47",
        "en",
        "d_homemade",
        "Pulse charging to revive sulphated batteries",
        "Battery shop in Vĩnh Long city: many returned batteries are only sulphated. We want pulse charging or "
        "reconditioning equipment to recover them before scrapping.",
        {"nMo098": 2, "nMo099": 2, "nMo100": 1},
    ),
    (
        "nMn48",
        "vi",
        "d_dantri_chungcu",
        "Sạc xe máy điện an toàn cho khu nhà trọ công nhân",
        "Khu nhà trọ công nhân ở Long Đức có khoảng 80 xe máy điện, chủ trọ lo cháy khi sạc qua đêm trong nhà xe, hệ thống "
        "điện dễ quá tải. Cần giải pháp sạc an toàn, phòng cháy hoặc phương án đổi pin thay cho sạc tại chỗ.",
        {"nMo103": 2, "nMo101": 2, "nMo108": 2, "nMo109": 1, "nMo102": 1, "nMo104": 1},
    ),
    (
        "nMn49",
        "en",
        "d_tienphong",
        "Safe charging rules after an e-scooter battery overheated",
        "Delivery company in Trà Vinh with 30 electric scooters: one battery overheated while charging in our storeroom. "
        "We need safe charging rules, signs of a failing battery and what to do in an incident, for all riders.",
        {"nMo103": 2, "nMo101": 2, "nMo104": 1, "nMo106": 1, "nMo102": 1},
    ),
    (
        "nMn50",
        "en",
        "d_engtips",
        "Testing and rebuilding e-bike and scooter lithium packs",
        "E-bike and scooter repair shop in Cầu Kè: packs come in that charge but show low capacity; one cell group reads "
        "far lower than the other. We need training and tools to test cells and BMS and to rebuild packs safely.",
        {"nMo106": 2, "nMo144": 2, "nMo107": 1, "nMo105": 1},
    ),
    (
        "nMn51",
        "vi",
        "d_melitopol",
        "Nguồn pin thay thế đạt chuẩn cho xe đạp điện 36 V",
        "Cửa hàng xe điện ở Trà Ôn: nhiều xe đạp điện 36 V chạy được chưa tới 1 km sau một năm, pin chai. Cần nguồn pin "
        "thay thế đúng điện áp, dung lượng, có mạch bảo vệ BMS, thay vì pin trôi nổi.",
        {"nMo105": 2, "nMo107": 2, "nMo104": 1},
    ),
    (
        "nMn52",
        "vi",
        "d_cafef",
        "Đặt tủ đổi pin cho hợp tác xã xe ôm công nghệ",
        "Hợp tác xã xe ôm công nghệ ở TP Vĩnh Long có 50 xe máy điện, tài xế không có chỗ sạc qua đêm. Cần đặt tủ đổi pin "
        "gần bến để đổi pin trong vài phút.",
        {"nMo108": 2, "nMo109": 2, "nMo101": 1},
    ),
    (
        "nMn53",
        "en",
        "d_ouci",
        "Recycling partner for spent lithium-ion packs",
        "Provincial environment office, Vĩnh Long: spent lithium-ion packs from electric motorbikes will grow quickly. "
        "We seek a technology partner for recycling them and recovering metals, beyond simple dismantling.",
        {"nMo089": 2, "nMo084": 1},
    ),
    # --- E: waste oil, used filters, coolant, workshop wastewater ---
    (
        "nMn54",
        "vi",
        "e_kienthuc",
        "Tìm đơn vị thu gom dầu nhớt thải có giấy phép",
        "Hội sửa xe ở Trà Cú: mỗi tiệm thay nhớt xong bán dầu thải cho người thu mua dạo theo thùng 200 lít, không biết họ "
        "đem đi đâu; nghe nói có nơi chưng cất lậu thành nhớt giả. Cần đơn vị thu gom có giấy phép và hướng dẫn lưu giữ dầu "
        "thải đúng quy định.",
        {"nMo119": 2, "nMo125": 2, "nMo118": 1, "nMo120": 1},
    ),
    (
        "nMn55",
        "en",
        "e_daumohungphu",
        "Licensed used-oil re-refinery instead of backyard 'cutting oil'",
        "Investor in Vĩnh Long: used oil from garages here goes to backyard workshops that boil it into 'cutting oil' and "
        "fake lubricants (about 7 drums out of 10). We want to build a licensed re-refinery that turns used oil into base oil.",
        {"nMo122": 2, "nMo123": 2, "nMo124": 1, "nMo121": 1},
    ),
    (
        "nMn56",
        "vi",
        "e_recyclemap",
        "Công nghệ tái chế dầu nhớt thải thành dầu gốc",
        "Chuỗi trạm rửa xe, thay nhớt ở Vĩnh Long gom được lượng dầu nhớt thải lớn mỗi tháng. Muốn tìm công nghệ hoặc đối tác "
        "tái tinh chế dầu thải thành dầu gốc, thay vì đốt làm nhiên liệu.",
        {"nMo122": 2, "nMo123": 2, "nMo124": 1},
    ),
    (
        "nMn57",
        "en",
        "e_lilyenerpat",
        "Oil filter crusher for quick-lube shops",
        "Group of quick-lube shops in Trà Vinh: about 300 used oil filters a month, each still holding oil, piled in "
        "drums. We need a crusher that drains the oil and compacts filters for sale as scrap steel.",
        {"nMo126": 2, "nMo128": 2, "nMo129": 2, "nMo127": 1},
    ),
    (
        "nMn58",
        "vi",
        "e_bluesense",
        "Máy ép lọc dầu thải cho gara",
        "Gara ở Bình Minh thải ra nhiều lọc dầu cũ còn đầy nhớt, để lâu rò rỉ. Cần máy ép lọc dầu để ép kiệt dầu thu hồi, lọc "
        "dẹp bán sắt vụn.",
        {"nMo126": 2, "nMo128": 2, "nMo129": 2, "nMo127": 1},
    ),
    (
        "nMn59",
        "vi",
        "e_yeumoitruong",
        "Tách dầu, lắng cát cho nước thải tiệm rửa xe",
        "Tiệm rửa xe kiêm thay nhớt ở Cầu Kè xả nước thải có váng dầu và bùn cát thẳng ra kênh, bị nhắc nhở. Cần hệ thống "
        "lắng cát, tách dầu mỡ trước khi xả, phù hợp mặt bằng nhỏ.",
        {"nMo131": 2, "nMo132": 2, "nMo135": 2, "nMo130": 1, "nMo133": 1, "nMo134": 1},
    ),
    (
        "nMn60",
        "en",
        "e_winenfood_ows",
        "Oil/water separator after a discharge fine",
        "Car wash in Trà Vinh city: inspectors found an oily sheen in the drain downstream and fined us. Our floor drains "
        "are not enough. We need an oil/water separator sized for our wash bays.",
        {"nMo135": 2, "nMo131": 2, "nMo136": 1, "nMo134": 1, "nMo132": 1},
    ),
    (
        "nMn61",
        "vi",
        "e_vf_ows_rules",
        "Bảo trì bể tách dầu hay bị tắc ở bãi xe buýt",
        "Bãi xe buýt ở TP Vĩnh Long có bể tách dầu cho khu rửa xe nhưng thường xuyên đầy cặn, tắc, tràn nước bẩn. Cần dịch vụ "
        "bảo trì, hút cặn định kỳ và hướng dẫn vận hành, ghi chép để tránh vi phạm.",
        {"nMo136": 2, "nMo134": 2, "nMo135": 1},
    ),
    (
        "nMn62",
        "vi",
        "e_winenfood_ows2",
        "Thiết kế bể tách dầu mỡ cho khu sửa chữa ô tô",
        "Khu sửa chữa ô tô tập trung ở Long Hồ có nước rửa sàn, rửa gầm lẫn dầu nhớt chảy chung vào cống. Cần thiết kế và thi "
        "công bể tách dầu mỡ trước điểm xả vào hệ thống thoát nước chung.",
        {"nMo133": 2, "nMo131": 2, "nMo135": 2, "nMo132": 1, "nMo134": 1},
    ),
    (
        "nMn63",
        "en",
        "e_recyclefind",
        "Recycling waste engine coolant from a fleet workshop",
        "Fleet workshop in Trà Vinh: about 200 litres of used coolant a month, currently stored in old drums. We want an "
        "on-site recycling unit or a service that recycles it back into usable antifreeze.",
        {"nMo137": 2, "nMo138": 2, "nMo139": 1},
    ),
    (
        "nMn64",
        "vi",
        "e_engfix_af",
        "Xử lý, tái chế nước làm mát động cơ thải",
        "Gara ở TP Trà Vinh thay nước làm mát hằng ngày, dung dịch thải chứa ethylene glycol độc đang đổ chung can nhớt. Cần "
        "cách thu gom riêng và tái chế hoặc xử lý đúng.",
        {"nMo137": 2, "nMo138": 2, "nMo139": 1},
    ),
    (
        "nMn65",
        "en",
        "e_giaotrinh_ctnh",
        "Survey of waste oil from repair shops and a management model",
        "District environment office, Trà Cú: we do not know how much waste oil the district's motorbike and car repair "
        "shops produce or where it goes. We need a survey of sources and flows and a proposed management model.",
        {"nMo121": 2, "nMo120": 1, "nMo119": 1},
    ),
    (
        "nMn66",
        "en",
        "e_iere",
        "Draining fluids from end-of-life vehicles at a scrap yard",
        "Scrap yard in Bình Tân buying old motorbikes and cars: oil, coolant and fuel spill on the ground when we "
        "dismantle. We need equipment to drain and collect fluids before crushing.",
        {"nMo139": 2, "nMo137": 1, "nMo125": 1},
    ),
    # --- F: training mechanics for electric motorbikes and hybrid cars ---
    (
        "nMn67",
        "vi",
        "f_znews_tho",
        "Hợp tác đào tạo kỹ thuật viên xe hybrid và an toàn điện cao áp",
        "Trường cao đẳng ở Vĩnh Long: nhu cầu thợ ô tô tăng nhanh nhưng giáo viên chưa được đào tạo về xe hybrid, xe điện. "
        "Cần đối tác hợp tác xây dựng chương trình và đào tạo kỹ thuật viên hybrid, an toàn điện cao áp.",
        {"nMo146": 2, "nMo150": 2, "nMo151": 2, "nMo145": 1, "nMo149": 1, "nMo152": 1, "nMo153": 1, "nMo154": 1},
    ),
    (
        "nMn68",
        "en",
        "f_bikeinn",
        "Short course on repairing electric motorbikes",
        "Motorbike repair cooperative in Trà Vinh: more customers ride electric motorbikes and e-bikes, but none of our "
        "members can fix batteries, BMS, controllers or chargers. We need a short hands-on course.",
        {"nMo144": 2, "nMo155": 2, "nMo147": 1, "nMo156": 1},
    ),
    (
        "nMn69",
        "vi",
        "f_kenh14",
        "Học nghề sửa xe máy điện ngắn hạn cho thanh niên",
        "Đoàn thanh niên xã ở Cầu Ngang có nhiều bạn trẻ muốn học nghề sửa xe máy điện để mở tiệm hoặc đi làm. Cần khóa học "
        "ngắn, thực hành nhiều, chi phí thấp hoặc có hỗ trợ việc làm.",
        {"nMo144": 2, "nMo147": 2, "nMo148": 1},
    ),
    (
        "nMn70",
        "en",
        "f_atc_safety",
        "High-voltage safety training for hybrid taxi mechanics",
        "Taxi company in Vĩnh Long running about 60 hybrid cars: our mechanics service them like petrol cars. We need "
        "training on recognising high-voltage parts, protective gear and safe de-energising before work.",
        {"nMo150": 2, "nMo153": 2, "nMo154": 2, "nMo152": 2, "nMo146": 2, "nMo159": 2, "nMo151": 1},
    ),
    (
        "nMn71",
        "vi",
        "f_atc_hv",
        "Khóa ngắn an toàn điện cao áp cho thợ gara",
        "Gara ở Tiểu Cần bắt đầu nhận xe hybrid, thợ chưa từng làm với điện áp vài trăm vôn. Cần khóa học ngắn về an toàn điện "
        "cao áp: găng cách điện, ngắt và kiểm tra mất điện trước khi sửa.",
        {"nMo146": 2, "nMo153": 2, "nMo154": 2, "nMo159": 2, "nMo150": 1, "nMo149": 1},
    ),
    (
        "nMn72",
        "en",
        "f_automechschool",
        "Electric motorcycle module for a motorcycle mechanic course",
        "Vocational school in Trà Cú runs a motorcycle mechanic course. We want to add an electric motorcycle module "
        "covering high-voltage packs, motors, chargers and software diagnostics.",
        {"nMo155": 2, "nMo144": 1, "nMo156": 1, "nMo157": 1},
    ),
    (
        "nMn73",
        "vi",
        "f_bestofcolleges",
        "Đào tạo kỹ thuật viên bảo dưỡng xe máy điện theo chuẩn hãng",
        "Đại lý xe máy điện ở TP Trà Vinh sắp nhận bảo hành, cần đào tạo kỹ thuật viên bảo dưỡng, sửa chữa xe máy điện theo "
        "quy trình của hãng.",
        {"nMo155": 2, "nMo147": 2, "nMo144": 1},
    ),
    (
        "nMn74",
        "en",
        "f_techtraining",
        "Partner for hybrid car maintenance apprenticeships",
        "Youth union in Vĩnh Long: we want to place young people in hybrid car maintenance apprenticeships, a short "
        "course followed by on-the-job work. We seek a training partner for hybrid and electric systems.",
        {"nMo146": 2, "nMo154": 2, "nMo152": 2, "nMo145": 1, "nMo158": 1, "nMo148": 1},
    ),
    (
        "nMn75",
        "vi",
        "f_gieszer",
        "Giáo trình an toàn và sửa chữa hệ thống hybrid, điện để cấp chứng chỉ",
        "Trung tâm giáo dục nghề nghiệp ở Cầu Kè muốn mở lớp chứng chỉ cho thợ ô tô về hệ thống hybrid và điện, nhưng chưa có "
        "giáo trình và bài đánh giá về an toàn điện cao áp.",
        {"nMo150": 2, "nMo151": 2, "nMo153": 1, "nMo146": 1, "nMo149": 1},
    ),
    (
        "nMn76",
        "en",
        "f_journeyman",
        "Hands-on course on e-scooter controller and charger faults",
        "Electric scooter shop in Vũng Liêm: our staff replace controllers and chargers by trial. We need a hands-on "
        "course on diagnosing controller, charger and battery faults.",
        {"nMo144": 2, "nMo155": 2, "nMo106": 1},
    ),
]
