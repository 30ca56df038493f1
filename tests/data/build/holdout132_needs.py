"""Needs for holdout132 (jewellery, goldsmith and silversmith workshops).

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve the need, 1 = partly
relevant (partial answer or adjacent step), unlisted = not relevant. Each need paraphrases the page under its source
key in holdout132_sources.py. Most of those pages describe workshops, shops or rules elsewhere (the United Kingdom,
the United States, China, India, Ho Chi Minh City, Hanoi...); every need is nevertheless set in Trà Vinh / Vĩnh Long
and posted the way an enterprise, a cooperative or a household business there would post it. nDn03, nDn13, nDn28,
nDn43, nDn54 and nDn63 are Vietnamese typed without accents.
"""

NEEDS = [
    # --- wax models, CAD, 3D-printed patterns, rubber moulds ---
    (
        "nDn01",
        "vi",
        "quytrinhmau",
        "Cần chuyển từ tạc mẫu sáp bằng tay sang in 3D mẫu đúc",
        "Cơ sở kim hoàn của chúng tôi ở phường 1, TP Trà Vinh hiện phác thảo 2D rồi nhờ người vẽ lại 3D trên Rhinoceros, "
        "3Ds Max, nhưng mẫu sáp vẫn phải tạc tay nên mất nhiều ngày và khó làm nhẫn gắn hột, bông tai, mặt dây chuyền chi tiết. "
        "Cần máy hoặc dịch vụ in mẫu sáp/nhựa đúc được từ file 3D để đưa thẳng vào đúc, kèm hướng dẫn sử dụng.",
        {"nDo001": 2, "nDo002": 2, "nDo003": 2, "nDo005": 2, "nDo006": 2, "nDo004": 1, "nDo009": 1, "nDo016": 1},
    ),
    (
        "nDn02",
        "en",
        "wodezhu",
        "Print wax patterns directly for one-off custom pieces instead of pressing silicone moulds",
        "Our workshop in Vĩnh Long city follows the usual lost-wax chain: rubber mould pressing, wax injection, trimming, "
        "wax tree, plaster, burnout, casting. For personalised one-off orders, pressing a silicone mould each time costs too "
        "much, and hand-carving cluster settings takes a master craftsman days. We want wax or castable patterns printed "
        "straight from our computer designs.",
        {"nDo002": 2, "nDo001": 2, "nDo003": 2, "nDo005": 2, "nDo006": 2, "nDo009": 1, "nDo004": 1},
    ),
    (
        "nDn03",
        "vi",
        "xslightings",
        "Can dich vu in 3D mau nu trang so luong it",
        "Tiem vang nho o thi xa Duyen Hai nhan don nhan, mat day theo yeu cau khach, moi mau chi lam 1-2 cai. Dat CNC khac sap "
        "hay lam khuon nhom thi khong co loi. Can noi in 3D mau sap hoac nhua duc duoc, in nhieu mau cung luc, giao nhanh de "
        "dem di duc.",
        {"nDo002": 2, "nDo005": 2, "nDo006": 2, "nDo003": 2, "nDo001": 1, "nDo009": 1},
    ),
    (
        "nDn04",
        "vi",
        "cezanso",
        "Đào tạo thợ số hóa bản vẽ tay thành file 3D STL",
        "Hợp tác xã kim hoàn ở huyện Cầu Kè có nhiều mẫu vẽ tay của thợ cũ nhưng chưa ai chuyển được sang 3D: phải xác định "
        "kích thước đá chủ, thân nhẫn, loại chấu, độ dày tối thiểu rồi dựng mô hình và xuất file STL để in, đúc. Cần lớp đào "
        "tạo hoặc đơn vị hướng dẫn quy trình số hóa trang sức và chọn phần mềm CAD/CAM phù hợp.",
        {"nDo007": 2, "nDo010": 2, "nDo008": 1, "nDo009": 1},
    ),
    (
        "nDn05",
        "en",
        "xslightings",
        "CAD modelling of customers' engagement and wedding rings before casting",
        "We are a jewellery shop in Trà Cú taking more and more personalised ring orders. Customers want to see and adjust "
        "the design before we cast, and matching wedding bands must be identical. We need someone to model the rings in CAD "
        "with the stone placed, and supply printable files or printed models for approval.",
        {"nDo010": 2, "nDo009": 2, "nDo007": 1, "nDo008": 1, "nDo002": 1},
    ),
    (
        "nDn06",
        "en",
        "orchidwaxmold",
        "Making our own rubber moulds and injecting waxes",
        "Our silver workshop in Long Hồ has cast silver by lost wax for about five years and now wants to make its own moulds "
        "and inject waxes for repeat designs. We hear that vulcanised rubber shrinks about 8–10% while poured silicone does "
        "not and sets in 1–2 hours. We need advice, materials and training on the best mould-making process.",
        {"nDo011": 2, "nDo012": 2, "nDo013": 2, "nDo014": 2},
    ),
    (
        "nDn07",
        "vi",
        "orchidfinewax",
        "Sáp bơm không đầy khuôn hoa văn bạc filigree",
        "Cơ sở bạc ở Trà Ôn làm hoa văn chỉ bạc (filigree) đã mua bộ đúc và làm khuôn để sản xuất hàng loạt, nhưng sáp bơm bằng "
        "máy bơm tay lúc không đầy hoa văn, lúc bavia nhiều, lúc gãy khi lấy ra khỏi khuôn. Cần chuyên gia làm khuôn cao su và "
        "bơm sáp hướng dẫn cách cắt khuôn, chọn cao su, sáp cho chi tiết mảnh.",
        {"nDo011": 2, "nDo014": 2, "nDo012": 1, "nDo013": 1, "nDo003": 1},
    ),
    (
        "nDn08",
        "vi",
        "gdours350",
        "Làm khuôn cao su nhân bản mặt dây chuyền từ mẫu kim loại",
        "Xưởng ở huyện Tiểu Cần có sẵn nhiều mẫu cái bằng kim loại cho mặt dây chuyền, nhẫn. Chúng tôi muốn lấy khuôn cao su, "
        "silicone từ mẫu cái rồi bơm sáp để đúc hàng loạt thay vì tạc lại từng mẫu sáp. Cần đơn vị làm khuôn hoặc chuyển giao "
        "kỹ thuật lưu hóa, cắt khuôn.",
        {"nDo012": 2, "nDo013": 2, "nDo011": 2, "nDo014": 2},
    ),
    # --- casting, melting, electroforming ---
    (
        "nDn09",
        "en",
        "germandaggers",
        "Wax model and casting to replicate a silver badge",
        "A workshop in Cầu Ngang has been asked by a local association to reproduce a commemorative silver badge in small "
        "numbers. We understand that a wax model is sprued, invested, vacuumed, burnt out and cast, and that the model must "
        "be made 5–9% oversize for the silver alloy's shrinkage. We need wax modelling and lost-wax casting done for us.",
        {"nDo015": 2, "nDo016": 2, "nDo017": 2, "nDo018": 2, "nDo019": 2, "nDo020": 1},
    ),
    (
        "nDn10",
        "en",
        "craftsxtreme",
        "Outsourced centrifugal casting of gold pieces from our waxes",
        "Our gold shop in Châu Thành (Trà Vinh) makes its own wax patterns but has no casting equipment. We need a partner "
        "who will invest the waxes in plaster, melt them out and centrifugally cast the pieces in gold, returning rough "
        "castings for finishing.",
        {"nDo017": 2, "nDo018": 2, "nDo019": 2, "nDo016": 2, "nDo020": 1},
    ),
    (
        "nDn11",
        "en",
        "specialtymetals",
        "Setting up in-house lost-wax casting of gold rings",
        "A family jewellery business in Bình Minh wants to cast its own gold rings instead of sending waxes to Ho Chi Minh "
        "City. We compared sand casting and lost-wax casting and chose lost wax for detail. We need the casting equipment and "
        "guidance on investing, burnout and pouring so that rings come out sound.",
        {"nDo020": 2, "nDo021": 1, "nDo024": 1, "nDo017": 1, "nDo019": 1, "nDo004": 1},
    ),
    (
        "nDn12",
        "vi",
        "tosotoesther",
        "Vật đúc bị rỗ khí, cần máy đúc chân không và chu trình nung khuôn",
        "Xưởng kim hoàn ở Càng Long đúc vàng 18K bằng khuôn thạch cao nhưng nhiều món bị rỗ, thiếu chi tiết. Chúng tôi chưa hút "
        "bọt thạch cao trong chuông chân không và nung khuôn chưa đủ giờ. Cần máy đúc chân không, hướng dẫn chu trình nung khuôn "
        "và phân tích nguyên nhân lỗi đúc.",
        {"nDo020": 2, "nDo022": 2, "nDo017": 1, "nDo021": 1, "nDo004": 1},
    ),
    (
        "nDn13",
        "vi",
        "tosotoesther",
        "Can hoc nghe duc nu trang cho tho tre",
        "Co so vang bac o Tra Cu co 3 tho tre moi vao nghe, chua biet pha thach cao, hut chan khong, nung khuon va do kim loai. "
        "Muon gui di hoc mot khoa ky thuat duc nu trang bai ban, hoc phi vua phai.",
        {"nDo021": 2, "nDo022": 1, "nDo020": 1, "nDo019": 1},
    ),
    (
        "nDn14",
        "en",
        "learnmyself",
        "Small electric furnace to melt tens of grams of silver scrap",
        "A silversmith household in Trà Cú melts scrap in a charcoal pot and it is slow and dirty. We only need to melt a few "
        "tens of grams of silver or gold at a time, in 3–5 minutes, with controllable heat, in a compact unit that fits "
        "our bench.",
        {"nDo024": 2, "nDo025": 2, "nDo026": 2, "nDo027": 2, "nDo023": 1},
    ),
    (
        "nDn15",
        "vi",
        "itechsoul",
        "Thay lò than và đèn khò bằng lò nấu cảm ứng",
        "Doanh nghiệp vàng bạc ở TP Vĩnh Long đang nấu vàng bằng lò than và đèn khò nên hao hụt, khó điều chỉnh nhiệt. Nghe "
        "nói lò cảm ứng hiệu quả nhất khi nấu từng mẻ nhỏ kim loại quý. Cần nhà cung cấp lò cảm ứng cỡ để bàn, lắp đặt và "
        "hướng dẫn vận hành an toàn.",
        {"nDo024": 2, "nDo026": 2, "nDo027": 2, "nDo025": 1, "nDo023": 1},
    ),
    (
        "nDn16",
        "en",
        "hooverstrong",
        "Electroformed lightweight hollow earrings",
        "Our jewellery company in Vĩnh Long wants a line of large but light earrings and pendants that cannot be cast or "
        "stamped economically. Electroforming seems the way, but we have no plant or chemistry. We look for a partner to "
        "electroform the pieces or to transfer the process.",
        {"nDo028": 2, "nDo029": 2, "nDo030": 2, "nDo031": 1, "nDo048": 1},
    ),
    (
        "nDn17",
        "vi",
        "womanbeauty",
        "Làm trang sức rỗng nhẹ bằng công nghệ điện đúc",
        "Tổ hợp tác bạc ở TP Trà Vinh muốn làm bông tai, mặt dây to bản nhưng nhẹ: phủ lớp dẫn điện lên mẫu sáp hoặc nhựa, "
        "ngâm trong dung dịch có ion vàng, bạc, cho dòng điện để kim loại bám dày rồi lấy lõi ra. Cần đơn vị chuyển giao thiết "
        "bị, dung dịch và quy trình điện đúc.",
        {"nDo028": 2, "nDo029": 2, "nDo030": 2, "nDo031": 1, "nDo048": 1},
    ),
    # --- polishing, dust extraction, cleaning ---
    (
        "nDn18",
        "vi",
        "beadstumbler",
        "Máy quay bóng thay đánh bóng tay cho phụ kiện bạc",
        "Cơ sở làm phụ kiện bạc ở Mang Thít có nhiều khoen, móc bị xỉn sau khi làm, đánh tay từng cái rất lâu. Cần máy quay "
        "thùng với bi thép không gỉ, chỉ dẫn lượng bi, nước, xà phòng và thời gian quay khoảng 15–30 phút.",
        {"nDo033": 2, "nDo034": 2, "nDo035": 2, "nDo032": 1},
    ),
    (
        "nDn19",
        "en",
        "quenchbench",
        "Barrel polishing for batches of cast silver pieces",
        "A small silver workshop in Vũng Liêm still polishes every cast piece on the motor. We want a tumbler that polishes "
        "a couple of dozen items at once with steel shot and a little soapy water while we do bench work, and advice on "
        "media shapes.",
        {"nDo033": 2, "nDo035": 2, "nDo034": 2, "nDo032": 1},
    ),
    (
        "nDn20",
        "en",
        "wonderhowto",
        "Tumble polishing that also hardens thin silver rings",
        "Our shop in Tam Bình makes thin sterling silver stacking rings and ear wires that bend too easily. We want to "
        "polish and slightly work-harden them in a tumbler with stainless steel shot, possibly overnight, and need the "
        "machine and the routine.",
        {"nDo033": 2, "nDo034": 2, "nDo035": 2, "nDo032": 1},
    ),
    (
        "nDn21",
        "en",
        "orchiddustcoll",
        "Dust hood and filter for our polishing lathe",
        "In our workshop in Trà Vinh city the polisher's face is covered with compound dust at the end of each day even with "
        "a paper mask. We need a hood and vent with a washable filter for a double-spindle polishing lathe, sized to our "
        "room, so that dust and buff threads are captured.",
        {"nDo036": 2, "nDo037": 2, "nDo038": 2, "nDo039": 1},
    ),
    (
        "nDn22",
        "vi",
        "orchidshopdust",
        "Hệ thống hút bụi mô-tơ đánh bóng thay hộp lọc tự chế",
        "Xưởng ở Bình Minh tự đóng hộp gỗ dán với tấm lọc và quạt hút 1/3–1/2 HP cho mô-tơ đánh bóng, nhưng lọc trước nghẹt "
        "liên tục và bụi mịn vẫn bay khắp xưởng. Cần hệ thống hút bụi, lọc đúng chuẩn cho máy đánh bóng, đồng thời giữ lại bụi "
        "vàng bạc.",
        {"nDo036": 2, "nDo037": 2, "nDo038": 2, "nDo039": 1},
    ),
    (
        "nDn23",
        "en",
        "haglund",
        "Low-cost bench-top dust collection for a home workshop",
        "I make jewellery in a converted garage in Cầu Kè with two bench grinders and a shop vacuum. I want clean air "
        "without paying for a full commercial extraction system: a collector built around what I have, or an affordable "
        "hood and filter kit.",
        {"nDo036": 2, "nDo038": 2, "nDo037": 2, "nDo039": 1},
    ),
    (
        "nDn24",
        "vi",
        "ehowclean",
        "Thiết bị làm sạch trang sức sau đánh bóng",
        "Tiệm vàng ở Vũng Liêm vừa bán vừa sửa, cần làm sạch sáp đánh bóng và bụi bẩn cho khách. Chúng tôi phân vân giữa máy "
        "rửa hơi nước và máy siêu âm, sợ làm hỏng đá có vết nứt hoặc đá ngấm dầu như ngọc lục bảo. Cần thiết bị và hướng dẫn "
        "dùng cho tiệm.",
        {"nDo041": 2, "nDo043": 1, "nDo042": 1, "nDo152": 1},
    ),
    (
        "nDn25",
        "en",
        "capecod",
        "Ultrasonic cleaning without losing or damaging stones",
        "Our repair counter in Long Hồ cleans customers' jewellery in a basic tank. Small stones sometimes end up at the "
        "bottom and soft stones such as pearl, opal and turquoise must not go in. We need a proper ultrasonic cleaner and a "
        "safe routine.",
        {"nDo041": 2, "nDo042": 2, "nDo043": 2},
    ),
    # --- plating and finishes ---
    (
        "nDn26",
        "vi",
        "kimcuongdaquy",
        "Xi rhodium lại nhẫn vàng trắng cho khách",
        "Tiệm trang sức ở TP Vĩnh Long có nhiều khách mang nhẫn vàng trắng, nhẫn kim cương đã ngả vàng đến nhờ làm sáng lại. "
        "Cần đơn vị xi rhodium nhận gia công hoặc hướng dẫn chúng tôi tự làm, lớp xi trắng, bóng, bền.",
        {"nDo044": 2, "nDo045": 2, "nDo046": 2, "nDo047": 2, "nDo048": 2},
    ),
    (
        "nDn27",
        "en",
        "htfbw",
        "In-house rhodium plating for re-plating white gold",
        "Our shop in Trà Vinh city re-plates worn white gold rings and repairs scratched pieces. Thin plate wears off fast "
        "and customers with nickel sensitivity complain. We want to plate rhodium in-house, including pen plating of small "
        "areas, with a durable result.",
        {"nDo046": 2, "nDo044": 2, "nDo048": 2, "nDo045": 2, "nDo047": 2},
    ),
    (
        "nDn28",
        "vi",
        "mayphuncat5496",
        "Can xi rhodium cho hang bac 925",
        "Co so ban trang suc bac o Cang Long muon xi lop rhodium len nhan, day chuyen bac 925 cho trang sang nhu vang trang. "
        "Can noi nhan xi hoac chuyen giao, cho biet lop xi ben bao lau, co gay di ung khong.",
        {"nDo044": 2, "nDo045": 2, "nDo046": 2, "nDo047": 2, "nDo048": 2, "nDo053": 1},
    ),
    (
        "nDn29",
        "en",
        "henleys",
        "Durable gold plating on silver rings, at least 1 µm",
        "A silver workshop in Cầu Kè still gilds with an old home-mixed cyanide and gold bath, hot for small articles, and "
        "the gold wears off rings within weeks. We need a proper gold plating process on sterling silver with controlled "
        "thickness of at least 1 µm for rings and bangles.",
        {"nDo049": 2, "nDo050": 2, "nDo048": 2, "nDo051": 1},
    ),
    (
        "nDn30",
        "vi",
        "ttjewelry919",
        "Lớp mạ mòn lộ đồng, cần mạ dày hơn và kiểm soát độ dày",
        "Cửa hàng ở TP Trà Vinh bán cả hàng bạc khối và hàng mạ. Khách phản ánh hàng mạ bị mòn ở móc khóa, cạnh sắc, lộ lõi "
        "màu đồng đỏ. Chúng tôi cần quy trình mạ vàng dày hơn, kiểm soát được độ dày lớp mạ theo loại hàng.",
        {"nDo049": 2, "nDo050": 2, "nDo048": 2},
    ),
    (
        "nDn31",
        "vi",
        "cornellcn",
        "Bỏ xyanua trong bể mạ vàng",
        "Hộ làm xi mạ trang sức ở huyện Châu Thành (Trà Vinh) đang dùng bể mạ vàng có kali xyanua làm chất tạo phức; dung dịch "
        "và nước rửa thải ra rất độc. Muốn chuyển sang bể mạ vàng không xyanua hoặc ít độc hơn mà vẫn mạ được trang sức.",
        {"nDo051": 2, "nDo091": 1, "nDo048": 1},
    ),
    (
        "nDn32",
        "vi",
        "stylebuzz",
        "Phủ chống xỉn trong suốt cho trang sức bạc trưng bày",
        "Cơ sở bạc ở TP Trà Vinh có hàng bạc 925 trưng trong tủ bị ố vàng, đen dần do không khí. Chúng tôi muốn giữ màu bạc tự "
        "nhiên, không chuyển sang màu trắng của rhodium, nên cần lớp phủ trong suốt chống xỉn bền, đều cả khe nhỏ.",
        {"nDo052": 2, "nDo053": 2, "nDo054": 2, "nDo151": 1, "nDo045": 1},
    ),
    (
        "nDn33",
        "en",
        "orchidtarnish",
        "Durable anti-tarnish finish instead of lacquer",
        "Our silverware and jewellery displayed in a Vĩnh Long showroom tarnish quickly. Sprayed lacquer streaked, yellowed "
        "and cracked, and wax wears off with handling. We want a durable, even, clear protective coating applied "
        "professionally.",
        {"nDo052": 2, "nDo053": 2, "nDo054": 2, "nDo151": 1},
    ),
    # --- purity testing and hallmarking ---
    (
        "nDn34",
        "vi",
        "testvz",
        "Cần máy XRF kiểm tuổi vàng khi thu mua",
        "Tiệm vàng ở huyện Tiểu Cần thu mua vàng cũ hằng ngày, hiện thử bằng đá và axit nên dễ tranh cãi với khách và có thể "
        "làm trầy món hàng. Cần máy phân tích hàm lượng vàng không phá mẫu (huỳnh quang tia X), được hiệu chuẩn theo chuẩn, "
        "kèm bảo trì.",
        {"nDo055": 2, "nDo056": 2, "nDo057": 2, "nDo059": 2, "nDo058": 1, "nDo069": 1, "nDo068": 1},
    ),
    (
        "nDn35",
        "en",
        "mypthub",
        "Detecting plated or filled fake gold at the buying counter",
        "Our gold buying counter in Vĩnh Long has received pieces that read well on the surface but are plated or filled "
        "inside. We need a way to detect these fakes quickly without destroying genuine pieces, combining instruments "
        "where one test is not enough.",
        {"nDo058": 2, "nDo057": 2, "nDo055": 1, "nDo059": 1, "nDo063": 1, "nDo069": 1},
    ),
    (
        "nDn36",
        "vi",
        "cezannhaphang",
        "Kiểm định vàng nguyên liệu trước khi chế tác",
        "Doanh nghiệp chế tác ở TP Vĩnh Long nhập vàng nguyên liệu 9999 dạng khối và vàng 18K, 14K về gia công. Cần kiểm định "
        "hàm lượng vàng đầu vào cho từng lô: thiết bị tự kiểm tra tại xưởng, phòng thử nghiệm đối chứng, và đào tạo nhân viên "
        "nhập hàng.",
        {"nDo064": 2, "nDo056": 2, "nDo057": 2, "nDo055": 2, "nDo068": 2, "nDo060": 2, "nDo063": 1},
    ),
    (
        "nDn37",
        "en",
        "agoracom",
        "Fire assay of melted scrap gold bars before sale",
        "We collect old gold in Duyên Hải and melt it into bars before selling. Buyers dispute our XRF readings, so we need "
        "fire assay of the bars: fusion with lead, cupellation to a bead, parting in nitric acid and weighing, or an "
        "instrumental finish.",
        {"nDo060": 2, "nDo061": 2, "nDo062": 2, "nDo063": 2, "nDo066": 2, "nDo064": 1, "nDo058": 1},
    ),
    (
        "nDn38",
        "en",
        "machi54",
        "Assay of mixed scrap and sweeps lots before sending to the refiner",
        "Our workshop in Trà Vinh city accumulates scrap of mixed karats, filings and bench sweeps. Before selling to a "
        "refiner we want the lots melted or homogenised and assayed so we know how much gold and silver they really "
        "contain.",
        {"nDo062": 2, "nDo061": 2, "nDo063": 2, "nDo060": 1, "nDo066": 1, "nDo101": 1},
    ),
    (
        "nDn39",
        "vi",
        "cesti",
        "Hiệu chuẩn máy XRF theo Thông tư 22",
        "Doanh nghiệp kinh doanh vàng ở Trà Cú dùng máy huỳnh quang tia X xác định tuổi vàng đã 3 năm nhưng chưa hiệu chuẩn "
        "lần nào. Cần đơn vị hiệu chuẩn và hướng dẫn đáp ứng quy định đo lường về thiết bị đo hàm lượng vàng.",
        {"nDo065": 2, "nDo064": 1, "nDo056": 1, "nDo057": 1},
    ),
    (
        "nDn40",
        "en",
        "innovx",
        "Independent laboratory confirmation of gold content for disputes",
        "As gold prices hit records our Vĩnh Long shop buys and sells more gold, and disputes about fineness are more "
        "frequent. We need an independent laboratory that can confirm gold content by a destructive reference method "
        "(fire assay or ICP) when our counter test is challenged.",
        {"nDo064": 2, "nDo060": 2, "nDo061": 2, "nDo063": 2, "nDo066": 2, "nDo058": 1},
    ),
    (
        "nDn41",
        "vi",
        "pinkribbon",
        "Xác định chính xác hàm lượng bạc 925 cho lô nguyên liệu",
        "Tổ hợp tác bạc ở TP Trà Vinh mua bạc nguyên liệu và bạc cũ, cần biết chính xác độ tinh khiết (925 hay thấp hơn) để "
        "định giá và tránh gian lận. Cần phòng phân tích hoặc phương pháp xác định hàm lượng bạc chuẩn.",
        {"nDo066": 2, "nDo067": 2, "nDo055": 1},
    ),
    (
        "nDn42",
        "en",
        "diamondpriceguide",
        "Reliable sterling check beyond the 925 stamp",
        "Our shop in Trà Ôn buys second-hand silver stamped 925, and some pieces turn out to be brass or nickel. Magnet "
        "and nitric acid spot tests are not conclusive. We need a reliable way to confirm sterling content.",
        {"nDo067": 2, "nDo066": 2, "nDo055": 2, "nDo059": 1, "nDo069": 1},
    ),
    (
        "nDn43",
        "vi",
        "ttjewelry946",
        "Can dao tao nhan vien kiem tra bac that gia",
        "Tiem vang bac o Cau Ngang moi tuyen nhan vien thu mua. Khach hay noi bo vao nuoc la biet bac that, nhung khong dung. "
        "Can khoa dao tao nhan vien cach kiem tra bac, vang bang ty trong, thu axit va khi nao can dung may.",
        {"nDo068": 2, "nDo069": 1, "nDo055": 1},
    ),
    (
        "nDn44",
        "en",
        "toilworn",
        "Laser hallmarking of delicate pieces for UK export",
        "Our Vĩnh Long workshop is starting to export handmade silver and gold jewellery to the UK, where silver over "
        "7.78 g and gold over 1 g must be hallmarked by an assay office before sale. Our pieces are thin and could be "
        "damaged by punches, so we need assaying and laser hallmarking.",
        {"nDo071": 2, "nDo072": 2, "nDo073": 2, "nDo074": 2, "nDo070": 1},
    ),
    (
        "nDn45",
        "vi",
        "susanhill",
        "Kiểm định và đóng dấu hàm lượng cho hàng rỗng xuất sang Anh",
        "Doanh nghiệp chế tác ở TP Trà Vinh có đơn hàng vàng, bạc rỗng xuất sang Anh. Hàng phải qua lấy mẫu (thường bằng XRF), "
        "kiểm định hàm lượng và đóng dấu tại cơ quan kiểm định; hàng rỗng không chịu được dấu đóng búa. Cần đơn vị kiểm định "
        "và đóng dấu laser.",
        {"nDo071": 2, "nDo072": 2, "nDo073": 2, "nDo074": 2, "nDo070": 1, "nDo079": 1, "nDo077": 1},
    ),
    (
        "nDn46",
        "vi",
        "laurabond",
        "Khắc ký hiệu 14K, 18K bằng laser lên bông tai nhỏ",
        "Xưởng ở TP Vĩnh Long làm bông tai vàng rất nhỏ, dưới 1 gam, không đóng dấu búa được nhưng vẫn phải thể hiện hàm lượng "
        "14K, 18K trên sản phẩm. Cần máy hoặc dịch vụ khắc laser ký hiệu hàm lượng và dấu nhà sản xuất.",
        {"nDo077": 2, "nDo078": 2, "nDo079": 2, "nDo080": 2, "nDo071": 2, "nDo074": 2, "nDo076": 1, "nDo073": 1},
    ),
    (
        "nDn47",
        "en",
        "cooksongold",
        "Third-party assay and hallmark on gold rings",
        "A goldsmith in Trà Vinh city selling to overseas buyers needs gold rings over 1 g tested for fineness by an "
        "independent assay office, which takes a small sample, and marked with the appropriate hallmark.",
        {"nDo073": 2, "nDo074": 2, "nDo071": 2, "nDo072": 2, "nDo070": 1, "nDo060": 1},
    ),
    # --- laser engraving and laser welding ---
    (
        "nDn48",
        "vi",
        "questtcustom",
        "Khắc tên lên nhẫn cưới bằng laser thay khắc tay",
        "Tiệm vàng ở Càng Long nhận khắc chữ lồng, tên cưới trong nhẫn và mặt dây; thợ khắc tay đã lớn tuổi, làm chậm, dễ "
        "hỏng. Cần máy khắc laser cho kim loại quý giá vừa phải hoặc nơi nhận khắc, làm lặp lại chính xác.",
        {"nDo077": 2, "nDo078": 2, "nDo079": 2, "nDo080": 2, "nDo081": 1, "nDo075": 1},
    ),
    (
        "nDn49",
        "en",
        "orchidetch",
        "Laser etching names and patterns on rings",
        "Our workshop in Vũng Liêm has seen laser etching applied to rings, not only to flat sheet, and wants to know what "
        "laser marking or engraving equipment or service can put names and patterns on ring shanks.",
        {"nDo077": 2, "nDo078": 2, "nDo079": 2, "nDo080": 2, "nDo081": 1},
    ),
    (
        "nDn50",
        "en",
        "engdict",
        "Engraving characters and patterns on steel fashion jewellery",
        "A fashion jewellery maker in Bình Minh needs alphanumeric characters and decorative patterns engraved or "
        "colour-marked on stainless steel and titanium pieces, controlled from a computer for repeat orders.",
        {"nDo075": 2, "nDo076": 2, "nDo077": 2, "nDo078": 2, "nDo080": 2, "nDo079": 1},
    ),
    (
        "nDn51",
        "vi",
        "encycloreader",
        "Khắc mã số, logo lên mặt dây chuyền để chống làm giả",
        "Thương hiệu trang sức ở Tam Bình muốn khắc vĩnh viễn mã số và logo nhỏ lên từng mặt dây chuyền vàng, bạc để khách "
        "kiểm tra hàng thật, không dùng mực. Cần thiết bị hoặc dịch vụ khắc laser phù hợp.",
        {"nDo077": 2, "nDo078": 2, "nDo079": 2, "nDo080": 2, "nDo081": 1},
    ),
    (
        "nDn52",
        "vi",
        "orchidlaserweld",
        "Máy hàn laser sửa chấu nhẫn gắn đá nhạy nhiệt",
        "Tiệm sửa nữ trang ở TP Vĩnh Long từng làm mẻ một viên sapphire khi bồi chấu; vàng phản xạ phần lớn tia nên phải dùng "
        "công suất cao. Cần máy hàn laser phù hợp và đào tạo thao tác để sửa chấu, hàn sát đá an toàn.",
        {"nDo082": 2, "nDo083": 2, "nDo084": 2, "nDo085": 2, "nDo086": 2, "nDo087": 2, "nDo088": 2},
    ),
    (
        "nDn53",
        "en",
        "datelaser",
        "Laser welding of chain links and earring clips in production",
        "Our chain and earring production in Trà Vinh city solders links and clips, which is slow and leaves solder marks. "
        "We want laser welding that joins thin parts quickly with narrow welds, on a production basis.",
        {"nDo084": 2, "nDo087": 2, "nDo088": 2, "nDo082": 1, "nDo086": 1, "nDo153": 1},
    ),
    (
        "nDn54",
        "vi",
        "chaukhe",
        "Can may han laser de han day chuyen vang",
        "Ho lam day chuyen vang o Chau Thanh (Tra Vinh) dang han bang dien va the, moi han bi lo, phai lam nguoi lau. Can may "
        "han laser cho day chuyen, mat xich nho va noi huong dan su dung.",
        {"nDo087": 2, "nDo088": 2, "nDo084": 2, "nDo083": 1},
    ),
    # --- plating wastewater and cyanide ---
    (
        "nDn55",
        "vi",
        "dtsccyanide",
        "Xử lý chất thải xyanua từ mạ, bóc mạ và đánh bóng hóa học",
        "Cơ sở gia công trang sức ở Bình Minh dùng natri và kali xyanua để mạ điện, bóc mạ và làm bóng bằng phản ứng xyanua. "
        "Phát sinh bể mạ thải có xyanua và kim loại hòa tan, nước rửa chứa xyanua, cặn bùn đáy bể. Cần giải pháp xử lý xyanua "
        "và quản lý chất thải nguy hại đúng quy định.",
        {
            "nDo089": 2,
            "nDo091": 2,
            "nDo092": 2,
            "nDo093": 2,
            "nDo094": 2,
            "nDo095": 2,
            "nDo099": 2,
            "nDo096": 1,
            "nDo145": 1,
            "nDo105": 1,
        },
    ),
    (
        "nDn56",
        "en",
        "dtscwastewater",
        "Treating corrosive, metal-bearing rinse water before discharge",
        "Our jewellery factory in Vĩnh Long rinses pieces between casting, stripping, cleaning and plating. The spent "
        "rinse water is corrosive and carries dissolved gold, silver, copper, nickel, zinc and chromium, sometimes "
        "cyanide; filter-press sludge also builds up. We need a wastewater treatment system that meets discharge limits.",
        {"nDo097": 2, "nDo098": 2, "nDo099": 2, "nDo089": 1, "nDo092": 1, "nDo105": 1, "nDo104": 1},
    ),
    (
        "nDn57",
        "vi",
        "dtscplating",
        "Xử lý dung dịch mạ thải bỏ có kim loại và xyanua",
        "Xưởng mạ trang sức ở TP Trà Vinh định kỳ phải thay dung dịch mạ bẩn; dung dịch cũ có tính ăn mòn, chứa vàng, bạc, "
        "rhodium, đồng, niken và có thể có xyanua. Không được đổ xuống cống. Cần quy trình xử lý hoặc thu hồi kim loại rồi xử "
        "lý an toàn.",
        {"nDo089": 2, "nDo091": 2, "nDo092": 2, "nDo093": 2, "nDo094": 2, "nDo099": 2, "nDo105": 1, "nDo040": 1},
    ),
    (
        "nDn58",
        "en",
        "orchidhazard",
        "Safe disposal of old cyanide plating solutions and acids",
        "A jeweller in Long Hồ closing a workshop after many years has about 20 litres of old cyanide plating solutions plus "
        "nitric, hydrochloric and sulphuric acid. The local collection point takes only tiny amounts and a disposal "
        "contractor is expensive. We need a way to neutralise and destroy the cyanide safely.",
        {"nDo089": 2, "nDo092": 2, "nDo093": 2, "nDo094": 2, "nDo091": 1, "nDo104": 1},
    ),
    (
        "nDn59",
        "en",
        "orchidpollutants",
        "Controlled on-site chlorination of cyanide bombing effluent",
        "Workshops in our Trà Ôn building brighten gold castings with cyanide and hydrogen peroxide and pour the spent "
        "solution down the sink; the authorities warn the drains could be sealed. We want an on-site batch alkaline "
        "chlorination tank with automatic dosing control so that cyanide is destroyed before discharge.",
        {"nDo089": 2, "nDo090": 2, "nDo092": 2, "nDo093": 1, "nDo094": 1, "nDo091": 1},
    ),
    # --- recovery of precious metals ---
    (
        "nDn60",
        "en",
        "goldrefforum",
        "Collecting precious-metal dust from an old jewellery workshop",
        "We took over a former jewellery workshop in Long Hồ with polishing, plating, casting and ultrasonic rooms. There "
        "is red polishing dust on the ceiling tiles, black dust in the casting room, and sediment tanks. We want the "
        "precious-metal dust collected, processed and refined, safely.",
        {"nDo100": 2, "nDo101": 2, "nDo102": 2, "nDo103": 2, "nDo062": 1, "nDo107": 1},
    ),
    (
        "nDn61",
        "vi",
        "dantri",
        "Tinh luyện lại bụi, thảm, nước rửa để thu hồi vàng",
        "Tiệm gia công vàng ở TP Trà Vinh nghe chuyện một chủ tiệm bên Trung Quốc gom bụi đánh bóng, giũa, thảm lót chân thợ "
        "đem đốt và tinh luyện được 1,7 kg vàng. Chúng tôi muốn thu gom và tinh luyện lại bụi, thảm, nước rửa tay của xưởng mình "
        "để thu hồi vàng.",
        {"nDo100": 2, "nDo101": 2, "nDo102": 2, "nDo103": 2, "nDo106": 1, "nDo107": 1, "nDo037": 1},
    ),
    (
        "nDn62",
        "en",
        "finishing412",
        "Recovering gold from a large stock of polishing dust",
        "Our jewellery company in Vĩnh Long has collected dust and dirt from the polishing section and benches every month "
        "and now holds a large volume. We need the procedure, or a refiner, to recover the gold from it with good "
        "recovery at each step.",
        {"nDo100": 2, "nDo101": 2, "nDo102": 2, "nDo103": 2, "nDo062": 1},
    ),
    (
        "nDn63",
        "vi",
        "orchidbenchsuction",
        "Can thu hoi vang tu bui may danh bong va tham chui chan",
        "Xuong vang o Cau Ke co may danh bong, bon rua, tham chui chan da dung nhieu nam. Nghe noi bui danh bong vang ban duoc "
        "khoang 60 USD moi pound. Can noi thu mua, tinh luyen bui va huong dan gom bui, lap bay o bon rua.",
        {"nDo102": 2, "nDo100": 2, "nDo101": 2, "nDo103": 2, "nDo036": 1, "nDo037": 1, "nDo038": 1, "nDo107": 1},
    ),
    (
        "nDn64",
        "en",
        "ouci",
        "Recovering gold from spent plating baths and drag-out rinses",
        "A plating shop in Bình Minh discards spent gold plating baths and drag-out rinse water that still contain gold. "
        "We want a recovery step, for example ion exchange or precipitation, that returns the gold before the solution is "
        "treated.",
        {"nDo104": 2, "nDo105": 2, "nDo040": 2, "nDo144": 1, "nDo138": 1},
    ),
    (
        "nDn65",
        "vi",
        "thiosulfate",
        "Thu hồi vàng trong nước rửa sau mạ trước khi phá xyanua",
        "Cơ sở mạ vàng ở TP Trà Vinh có nước rửa sau mạ chứa vàng dạng phức, đang cho chung vào bể phá xyanua. Muốn thu hồi "
        "vàng trước bằng hấp phụ nhựa, kết tủa hoặc điện phân, rồi mới xử lý nước thải.",
        {"nDo105": 2, "nDo104": 2, "nDo040": 2, "nDo089": 1, "nDo144": 1},
    ),
    (
        "nDn66",
        "en",
        "orchidloss",
        "Finding where gold is lost at the benches",
        "Our 14K and 18K gold factory in Trà Vinh city weighed gold out to each bench for a week and found sizeable losses; "
        "the refiner's report also showed metals we never use. We need a weighing and metal-accounting routine and a "
        "recovery set-up so that losses are traced and recovered.",
        {"nDo107": 2, "nDo117": 2, "nDo106": 1, "nDo101": 1},
    ),
    # --- shop security and stock records ---
    (
        "nDn67",
        "vi",
        "vietgiaitri1",
        "Trang bị camera, báo động cho tiệm vàng ở chợ",
        "Tiệm vàng trong chợ Cầu Kè chưa có bảo vệ, chưa có camera; giờ nghỉ trưa tủ kính vẫn mở. Thấy tin cướp tiệm vàng nhiều "
        "nơi, chúng tôi cần giải pháp an ninh trọn gói với chi phí vừa phải: camera, báo động, khóa tủ, có thể thuê bảo vệ.",
        {"nDo109": 2, "nDo111": 2, "nDo115": 2, "nDo116": 2, "nDo110": 2, "nDo112": 2, "nDo114": 2, "nDo113": 1},
    ),
    (
        "nDn68",
        "vi",
        "tienphong",
        "Kính cường lực, khóa tủ trưng bày và báo động chống cướp",
        "Tiệm vàng ở Tam Bình từng bị kẻ gian đập tủ kính cướp hơn 20 lượng vàng 18K. Đã thay kính cường lực nhưng chưa có camera, "
        "người bảo vệ. Cần khóa tủ trưng bày chống phá, nút báo động và hệ thống báo động nối trung tâm.",
        {"nDo110": 2, "nDo115": 2, "nDo109": 2, "nDo112": 1, "nDo111": 1},
    ),
    (
        "nDn69",
        "en",
        "ren",
        "Monitored alarm in addition to our cameras",
        "After a spate of gold shop robberies, our shop in Trà Ôn realised it has only surveillance cameras and no alarm "
        "system. We need an intrusion alarm with professional monitoring and response.",
        {"nDo109": 2, "nDo115": 2, "nDo114": 2, "nDo112": 1, "nDo108": 1},
    ),
    (
        "nDn70",
        "en",
        "vietgiaitri2",
        "Night security after thieves cut the power",
        "A gold shop in Vũng Liêm learned from a robbery where the criminals cut the main power and the house went dark. We "
        "want infrared cameras, backup or hidden power for the security system, reinforced doors and alarms covering every "
        "corner, including the roof.",
        {"nDo109": 2, "nDo114": 2, "nDo111": 2, "nDo112": 2, "nDo115": 2},
    ),
    (
        "nDn71",
        "en",
        "interestingfacts",
        "Staff access control to the safe and showcases",
        "Our jewellery store in Trà Vinh city wants strong access control so that only authorised staff open the safe and "
        "display cases, at set times, with a record of who opened what, to prevent internal theft.",
        {"nDo108": 2, "nDo110": 1, "nDo112": 1, "nDo113": 1},
    ),
    (
        "nDn72",
        "vi",
        "irys",
        "Kiểm kê nhanh 3.000 món trang sức bằng RFID",
        "Tiệm vàng ở TP Trà Vinh có khoảng 3.000 món, cuối ngày kiểm đếm thủ công mất nhiều giờ, thỉnh thoảng lệch mà không biết "
        "món nào. Cần gắn thẻ RFID cho từng món, đầu đọc và phần mềm tra vị trí, báo cáo tồn kho, bán hàng.",
        {"nDo117": 2, "nDo119": 2, "nDo120": 2, "nDo121": 2, "nDo118": 1, "nDo113": 1, "nDo122": 1},
    ),
    (
        "nDn73",
        "en",
        "jewelleryms",
        "Sales and stock system with barcodes and gold-price pricing",
        "Our family gold shop in Long Hồ keeps stock in a notebook. We need a shop management system that tracks every "
        "piece by code or barcode, prices by the day's gold rate plus making charge and stones, and reports stock and "
        "sales.",
        {"nDo122": 2, "nDo118": 2, "nDo117": 2, "nDo119": 1, "nDo134": 1},
    ),
    (
        "nDn74",
        "vi",
        "cokimkhi",
        "Xử lý nước thải xi mạ cho tổ hợp tác gia công kim loại quý",
        "Tổ hợp tác gia công, xi mạ trang sức ở Mang Thít xả nước thải chung với nước sinh hoạt ra kênh, người dân lo ô nhiễm "
        "kim loại nặng như ở các làng nghề cơ kim khí. Cần thiết kế hệ thống xử lý nước thải xi mạ đạt QCVN, phù hợp quy mô "
        "hộ nhỏ.",
        {"nDo097": 2, "nDo098": 2, "nDo099": 2, "nDo089": 1},
    ),
    (
        "nDn75",
        "en",
        "tuyentho",
        "Training young workers in finishing, plating and 3D design",
        "A jewellery company in Trà Cú wants to train young people from poor households in three jobs: polishing and "
        "finishing, plating, and 3D jewellery design, and looks for courses or trainers for each.",
        {"nDo007": 2, "nDo032": 2, "nDo048": 2, "nDo010": 1, "nDo021": 1, "nDo068": 1},
    ),
]
