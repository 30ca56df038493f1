"""Needs of holdout161 (toys and children's products): (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    (
        "oGn01",
        "vi",
        "pno_wood",
        "Cần chứng nhận hợp quy và dấu CR cho đồ chơi gỗ bán vào siêu thị",
        "Cơ sở chúng tôi ở huyện Càng Long làm đồ chơi bằng gỗ: bộ xếp hình chữ số, thú xỏ dây, hộp thả hình, bảng chữ cái, giá bán từ 30.000 "
        "đến 300.000 đồng/bộ, rẻ hơn nhiều so với hàng cũ 300.000–700.000 đồng. Siêu thị và chuỗi cửa hàng mẹ và bé yêu cầu sản phẩm phải có giấy "
        "chứng nhận hợp quy và dấu CR vì phụ huynh lo sơn, màu, vecni phủ trên gỗ có chất độc. Cần đơn vị hướng dẫn thủ tục, lấy mẫu thử nghiệm "
        "và cấp chứng nhận cho sản phẩm sản xuất trong nước.",
        {"oGo001": 2, "oGo002": 2, "oGo003": 2, "oGo004": 2, "oGo005": 1, "oGo010": 1, "oGo007": 1},
    ),
    (
        "oGn02",
        "en",
        "tuvaniso",
        "Lot-by-lot certification for imported plastic toys",
        "We are a trading company in Vĩnh Long city that imports plastic toys from abroad by the container and distributes them "
        "to shops in the province. Before the toys can circulate on the market they must be certified as conforming to the "
        "national toy safety regulation and announced as conforming. We need a designated body that can sample and test each "
        "import lot, issue the certificate quickly enough for customs clearance and let us put the CR mark on the goods.",
        {"oGo002": 2, "oGo004": 2, "oGo001": 1, "oGo003": 1, "oGo005": 1, "oGo156": 1, "oGo014": 1},
    ),
    (
        "oGn03",
        "vi",
        "tinhte_nd43",
        "Cần làm nhãn hàng hóa đúng quy định cho bộ đồ chơi tre thu nhỏ",
        "Tổ hợp tác đan lát ở xã Đại An, huyện Trà Cú làm bộ đồ chơi tre thu nhỏ (thúng, rổ, xà neng) bán cho du khách và các cửa hàng đồ chơi. "
        "Khi đưa vào siêu thị, hàng phải có nhãn ghi đủ nội dung bắt buộc: tên hàng hóa, xuất xứ, tên và địa chỉ đơn vị chịu trách nhiệm, ngày "
        "sản xuất ghi theo thứ tự ngày tháng năm, thông tin cảnh báo và độ tuổi phù hợp, hướng dẫn sử dụng. Cần người rà soát và thiết kế nhãn "
        "giúp.",
        {"oGo005": 2, "oGo156": 2, "oGo003": 1, "oGo001": 1},
    ),
    (
        "oGn04",
        "en",
        "tinkinhte",
        "Phthalate testing for imported sticker and soft PVC toys",
        "Our toy shop in Trà Vinh city sells imported stickers, squeeze figures and soft PVC dolls. The national quality "
        "authority recently found phthalate above the safe threshold in toy stickers from China, and customers now ask whether "
        "our stock is safe. Before reordering we want a laboratory to test the soft plastic items for phthalates and tell us "
        "which lines to drop.",
        {"oGo006": 2, "oGo017": 2, "oGo004": 1, "oGo113": 1},
    ),
    (
        "oGn05",
        "vi",
        "sohuutritue",
        "Can kiem tra chi, kim loai nang trong son do choi truoc khi ban",
        "Ho kinh doanh do choi o huyen Tieu Can, nhap ca hang trong nuoc va hang tu cho dau moi. Nhieu mon do choi mau sac rat sac so, gia re, "
        "khong ro nguon goc chat luong, nguoi mua lo chua chat doc. Can noi kiem tra chi, cadimi, thuy ngan, asen trong lop son va vat lieu do "
        "choi, bao ket qua co vuot gioi han hay khong de quyet dinh nhap tiep hay ngung ban.",
        {
            "oGo008": 2,
            "oGo067": 2,
            "oGo015": 2,
            "oGo010": 2,
            "oGo009": 2,
            "oGo012": 2,
            "oGo068": 1,
            "oGo066": 1,
            "oGo004": 1,
        },
    ),
    (
        "oGn06",
        "en",
        "bzxz",
        "EN 71 test reports for wooden pull-along toys exported to Europe",
        "A family workshop in Cầu Kè district makes wooden pull-along animals and stacking toys. A European buyer wants to stock "
        "them and asks for the toy safety test reports that the EU standard requires: mechanical and physical properties, "
        "flammability and migration of heavy metals from the paint, so that the toys can carry the CE mark. Toys must be fit for "
        "the age group they are designed for. We need an accredited laboratory and help preparing the file.",
        {"oGo009": 2, "oGo010": 2, "oGo017": 2, "oGo011": 1, "oGo015": 1, "oGo016": 1, "oGo014": 1, "oGo013": 1},
    ),
    (
        "oGn07",
        "vi",
        "sellerjournal",
        "Cần thử nghiệm ASTM F963, CPSIA cho đơn hàng đồ chơi đi Mỹ",
        "Doanh nghiệp ở huyện Tiểu Cần nhận đơn đồ chơi gỗ sơn màu cho một nhà bán hàng Mỹ bán vào mùa lễ cuối năm trên sàn thương mại điện tử. "
        "Bên mua yêu cầu báo cáo thử nghiệm theo ASTM F963 và giới hạn chì, phthalate của CPSIA do phòng thí nghiệm được CPSC chấp nhận, để lập "
        "giấy chứng nhận sản phẩm trẻ em; nếu thiếu, hàng có thể bị gỡ hoặc tiêu hủy. Cần phòng thí nghiệm thử và tư vấn.",
        {"oGo012": 2, "oGo018": 2, "oGo013": 2, "oGo116": 1, "oGo067": 1, "oGo007": 1, "oGo115": 1},
    ),
    (
        "oGn08",
        "vi",
        "sun_n_fun",
        "Cần quy trình chà nhám, bo cạnh đồ chơi gỗ hàng loạt",
        "Tổ hợp tác làm đồ chơi gỗ ở huyện Long Hồ xếp mỗi thùng khoảng 80 món, sơn hai lớp và chà thêm để hết cạnh sắc, dằm gỗ. Hiện chà tay "
        "từng món rất chậm, nhiều món vẫn còn dằm và cạnh bén, khách trả lại. Cần hướng dẫn quy trình và thiết bị chà nhám, bo tròn cạnh hàng "
        "loạt trước và giữa các lớp sơn.",
        {"oGo020": 2, "oGo022": 2, "oGo019": 1, "oGo023": 1},
    ),
    (
        "oGn09",
        "en",
        "sohoify",
        "Should we move our wooden block production to CNC?",
        "Our carpentry in Trà Ôn district hand-cuts sorting blocks, puzzles and stacking toys from beech and rubberwood, dried "
        "and sanded by hand. Orders are growing and customers want identical pieces. Before investing we want hard numbers: "
        "output per hour, tolerances and defect rates with CNC versus manual work, how long set-up takes and what should stay "
        "handmade.",
        {"oGo019": 2, "oGo023": 1, "oGo020": 1, "oGo145": 1, "oGo024": 1},
    ),
    (
        "oGn10",
        "vi",
        "trendsmask",
        "Cần sấy gỗ làm đồ chơi để hết nứt, cong vênh và mốc",
        "Cơ sở ở huyện Càng Long dùng gỗ tạp, gỗ cao su mua về phơi nắng rồi làm đồ chơi. Mùa mưa gỗ lâu khô, đồ chơi làm xong bị nứt, cong "
        "vênh, bung keo và lên mốc. Cần đơn vị sấy gỗ thuê hoặc hướng dẫn sấy đưa độ ẩm về khoảng 8–12%, diệt luôn mọt và nấm mốc trong gỗ.",
        {"oGo027": 2, "oGo028": 2, "oGo029": 1, "oGo020": 1},
    ),
    (
        "oGn11",
        "en",
        "woodhaven",
        "Drying schedule for our small home-built wood kiln",
        "Our toy workshop in Vũng Liêm district has built a closed drying room heated by a rice-husk furnace with a fan. We "
        "dry rubberwood and mixed hardwood blanks for toys but some batches split or warp and others stay wet inside. We need "
        "an expert to set a drying schedule (temperatures, humidity and steam steps, duration by thickness) to reach about 10% "
        "moisture without cracking.",
        {"oGo028": 2, "oGo027": 1, "oGo029": 1},
    ),
    (
        "oGn12",
        "vi",
        "mothering",
        "Can lop phu tu nhien an toan cho do choi go be ngam",
        "Chong toi lam do choi go ban o cho va tren mang o TP Tra Vinh, co mon cho tre so sinh nen muon lop phu hoan toan tu nhien, be cho vao "
        "mieng cung khong sao. Dang dung dau oc cho va sap carnauba, mon cho tre lon thi phu PU nhung muon bo. Da thu sap ong nhung bi dinh, tron "
        "dau thi nhon khong tham. Can cong thuc va huong dan lop phu an toan.",
        {"oGo030": 2, "oGo031": 2, "oGo032": 2, "oGo033": 2, "oGo134": 2, "oGo135": 1, "oGo066": 1},
    ),
    (
        "oGn13",
        "en",
        "phunumoi",
        "Certified child-safe paints for our wooden learning toys",
        "We make painted wooden learning sets (animal puzzles, alphabet boards, shape sorters) in Vĩnh Long city. Buyers say the "
        "colours look blotchy and garish, the paint rubs off and the toys smell strongly of paint and varnish. We want to "
        "switch to paints and varnishes that are certified safe for toys, with test reports we can show to shops.",
        {"oGo066": 2, "oGo134": 1, "oGo032": 1, "oGo067": 1, "oGo008": 1},
    ),
    (
        "oGn14",
        "vi",
        "plo_mau",
        "Cần công thức và thử nghiệm màu vẽ bằng ngón tay cho trẻ mầm non",
        "Cơ sở chúng tôi ở TP Vĩnh Long muốn sản xuất màu vẽ bằng ngón tay và màu nước cho các trường mầm non trong tỉnh. Hiện màu trôi nổi bán "
        "theo ký, đựng túi ni lông giá 30.000–260.000 đồng/kg, không rõ xuất xứ, có thể chứa chì. Cần tư vấn công thức đạt tiêu chuẩn an toàn, "
        "chất bảo quản được phép, và nơi thử nghiệm trước khi bán.",
        {"oGo069": 2, "oGo070": 2, "oGo138": 2, "oGo015": 1, "oGo067": 1},
    ),
    (
        "oGn15",
        "en",
        "andbosta",
        "Laser cutter and settings for wooden jigsaw puzzles",
        "I make custom wooden jigsaw puzzles as gifts in Bình Minh town, cut from 1/4-inch plywood on a rented laser. Pieces "
        "fall through the bed slats and get damaged, masking tape leaves marks and the edges get smoke stains. I want to buy a "
        "suitable machine and learn the right settings and bed set-up for clean, well-fitting pieces.",
        {"oGo024": 2, "oGo025": 2, "oGo136": 2, "oGo026": 1, "oGo137": 1, "oGo153": 1},
    ),
    (
        "oGn16",
        "vi",
        "instructables_puzzle",
        "Cần thiết kế mẫu xếp hình con vật có núm cầm cho bé",
        "Xưởng nhỏ ở TP Trà Vinh có máy cắt laser, muốn làm xếp hình gỗ con vật địa phương (trâu, cá, cò) có núm để tay bé dễ cầm, khắc tên bé "
        "phía sau làm quà tặng. Chưa có người vẽ mẫu; cần thiết kế file vector cho từng mẫu, canh khoảng hở giữa các mảnh và cỡ mảnh hợp với trẻ "
        "nhỏ.",
        {"oGo026": 2, "oGo136": 1, "oGo024": 1, "oGo153": 1},
    ),
    (
        "oGn17",
        "en",
        "bookmarked",
        "Keep hand-carved faces but machine the bodies of our wooden toys",
        "Our family in Tam Bình district carves wooden animals and dolls by hand. The carved faces are what customers love, but "
        "milling, drilling and sanding the bodies by hand limits us to a few pieces a day. We want to move the repetitive parts "
        "to computer-controlled machining while keeping the handmade character, and to choose the right woods for each part.",
        {"oGo023": 2, "oGo019": 2, "oGo020": 1},
    ),
    (
        "oGn18",
        "vi",
        "vov_giongdinh",
        "Đồ chơi tre thu nhỏ bị mốc đen vào mùa mưa",
        "Tổ hợp tác mây tre đan ở ấp Giồng Đình, xã Đại An, huyện Trà Cú (đồng bào Khmer) làm bộ đồ dùng nông thôn thu nhỏ 12 món bằng tre làm "
        "đồ chơi, quà lưu niệm. Vào mùa mưa hàng tồn kho và hàng gửi đi bị nổi đốm mốc đen, khách trả về. Cần quy trình xử lý chống mốc cho nan "
        "tre và thành phẩm phù hợp cơ sở nhỏ.",
        {"oGo036": 2, "oGo037": 2, "oGo040": 1, "oGo039": 1, "oGo038": 1, "oGo041": 1},
    ),
    (
        "oGn19",
        "en",
        "baotravinh",
        "Cracks and borer insects in our miniature bamboo toys",
        "Our weaving group in Đại An commune, Trà Cú district, makes miniature versions of rural tools as toys and souvenirs; "
        "each worker makes 20–30 pieces a day and orders exceed our capacity, but buyers demand high finish. Some pieces crack "
        "after a few months and small beetles bore into the bamboo. We need practical treatment to prevent cracking and insect attack.",
        {"oGo041": 2, "oGo039": 2, "oGo036": 1, "oGo037": 1},
    ),
    (
        "oGn20",
        "vi",
        "tri_canh",
        "Kiểm soát đường, tinh bột trong nan tầm vông làm đồ chơi",
        "Cơ sở làm hàng tre, tầm vông ở xã Hàm Giang, huyện Trà Cú muốn làm thêm ngựa gỗ, xe kéo, đồ chơi cho trẻ từ tầm vông sẵn có ở địa phương. "
        "Nan tầm vông mua của nhiều hộ, có lô bị mốc, mọt rất nhanh dù đã phơi khô. Cần cách kiểm tra và xử lý đường, tinh bột trong nan đầu vào "
        "để hàng bền hơn.",
        {"oGo040": 2, "oGo038": 2, "oGo036": 1, "oGo039": 1, "oGo041": 1},
    ),
    (
        "oGn21",
        "en",
        "travinhtrade",
        "Natural colours for bamboo rattles and toys without chemical dyes",
        "Our craft village in Đại An commune, Trà Cú district, is one of 13 recognised craft villages in the province and makes "
        "bamboo and rattan household items. We want to add coloured rattles and small toys for children, but parents worry about "
        "chemical dyes. We need a technique to colour bamboo strips with natural plant dyes.",
        {"oGo043": 2, "oGo066": 1, "oGo015": 1},
    ),
    (
        "oGn22",
        "vi",
        "ianfa",
        "Chuyển từ nhựa tái chế sang nhựa nguyên sinh an toàn cho đồ hàng đồ chơi",
        "Xưởng nhựa nhỏ ở huyện Bình Tân đang ép bộ đồ hàng nhà bếp, xô xẻng đồ chơi bằng nhựa tái chế trộn màu. Khách sỉ yêu cầu chuyển sang hạt "
        "nhựa nguyên sinh an toàn cho trẻ. Cần tư vấn chọn loại nhựa (PP, PE, ABS…) cho từng sản phẩm và nguồn hạt nhựa đáng tin.",
        {"oGo046": 2, "oGo050": 1, "oGo018": 1, "oGo110": 1},
    ),
    (
        "oGn23",
        "en",
        "jymolding",
        "Two-cavity injection mould for toy car bodies",
        "Our small plastics shop in Duyên Hải town wants to produce its own line of toy cars. We have injection machines but no "
        "mould for the car body shell. We need a mould designer and maker to build a two-cavity mould, including parting line, "
        "ejection and cooling, for ABS or PP bodies.",
        {"oGo047": 2, "oGo048": 2, "oGo051": 2, "oGo052": 1, "oGo049": 1},
    ),
    (
        "oGn24",
        "vi",
        "moldmaker",
        "Khuon ep do choi bi bavia, lom co ngot, cong venh",
        "Xuong ep nhua o huyen Cau Ngang dung khuon cu ep do choi bang hat nhua nong chay. Gan day san pham bi bavia o duong phan khuon, lom co "
        "ngot o cho day, chi tiet cong venh, kich thuoc lech. Can tho sua khuon, chinh may va tu van bao duong khuon de het loi.",
        {"oGo049": 2, "oGo051": 1, "oGo048": 1, "oGo047": 1},
    ),
    (
        "oGn25",
        "en",
        "nhuaphuchung",
        "Contract injection moulding for a small toy brand",
        "We are a start-up in Trà Vinh city with our own designs for plastic building blocks and animal figures but no "
        "machines. We need a moulding contractor that can run medium-sized orders in ABS or PP, in several colours, with pad "
        "printing, and meet toy safety standards.",
        {"oGo050": 2, "oGo047": 1, "oGo048": 1},
    ),
    (
        "oGn26",
        "vi",
        "gas_injection",
        "Cần đào tạo thợ thiết kế khuôn ép nhựa cho các cơ sở đồ chơi",
        "Trường cao đẳng nghề ở TP Vĩnh Long được các cơ sở nhựa, đồ chơi trong tỉnh đặt hàng đào tạo thợ biết thiết kế khuôn ép, từ phân tích "
        "sản phẩm, chọn hệ thống dẫn nhựa, làm nguội đến lắp ráp và chạy thử khuôn. Cần chương trình, bộ khuôn mẫu và giảng viên để mở lớp ngắn hạn.",
        {"oGo052": 2, "oGo051": 1, "oGo047": 1},
    ),
    (
        "oGn27",
        "en",
        "eatsip",
        "Scaling up a women's plush-sewing group",
        "A women's union group in Cầu Ngang district sews plush animals from leftover fabric and sells them at markets. Now a "
        "gift shop wants repeat orders of a few hundred identical bears, but our toys vary in shape and softness and some seams "
        "open. We need training on patterns, cutting, sewing, stuffing and checks so that every batch is the same.",
        {"oGo055": 2, "oGo056": 2, "oGo057": 1, "oGo058": 1, "oGo061": 1},
    ),
    (
        "oGn28",
        "vi",
        "visualfoodie",
        "Gấu bông nhồi không đều, xẹp sau khi giặt",
        "Cơ sở may gấu bông ở huyện Trà Ôn nhồi bằng tay, con căng con lép, có chỗ vón cục, giặt xong bị xẹp và mất dáng. Muốn biết nên dùng loại "
        "bông gòn nào, định lượng nhồi cho từng phần thân, đầu, chân ra sao, có nên mua máy thổi bông và cách kiểm tra sau khi nhồi.",
        {"oGo057": 2, "oGo063": 1, "oGo055": 1, "oGo056": 1},
    ),
    (
        "oGn29",
        "en",
        "sugarkingdom",
        "Safety eyes for baby plush that pass EN 71-1",
        "We sew plush toys for babies in Vĩnh Long city and attach plastic eyes and noses after stuffing with glue and stitches. "
        "A buyer rejected our sample because an eye came off when pulled and asked for toys that pass the EU small-parts, torque "
        "and tension tests for children under 36 months. We need proper safety eyes, the right mounting method and testing.",
        {"oGo059": 2, "oGo060": 2, "oGo061": 2, "oGo016": 1, "oGo011": 1, "oGo017": 1},
    ),
    (
        "oGn30",
        "vi",
        "skyline",
        "Cần thử tính cháy và formaldehyde cho thú bông, trang phục hóa trang",
        "Hộ may thú bông và trang phục hóa trang cho trẻ em ở TP Vĩnh Long chuẩn bị giao hàng cho chuỗi cửa hàng. Bên mua yêu cầu kết quả thử tính "
        "cháy của vải và thú bông, thử formaldehyde trong bông nhồi và vải. Cần phòng thử nghiệm nhận mẫu và trả kết quả.",
        {"oGo010": 2, "oGo009": 2, "oGo004": 2, "oGo017": 2, "oGo062": 1},
    ),
    (
        "oGn31",
        "en",
        "derryair",
        "Recycled PET filling for an eco plush line",
        "Our plush workshop in Trà Vinh city wants to launch an eco line stuffed with fibre made from recycled plastic bottles, "
        "which customers can understand from bottle to soft toy. We need a reliable supplier of recycled polyester fibrefill "
        "that is clean and suitable for children's toys.",
        {"oGo063": 2, "oGo057": 1},
    ),
    (
        "oGn32",
        "en",
        "cpsc_faq",
        "Lead-in-paint screening for painted cots and toy chests",
        "Our furniture company in Long Hồ district exports painted wooden cots, toy chests and small chairs for children to the "
        "United States. Paint and other surface coatings on these must not exceed 90 ppm lead. We want to screen incoming paint "
        "batches in-house and confirm finished items at a laboratory.",
        {"oGo067": 2, "oGo068": 2, "oGo008": 2, "oGo013": 2, "oGo139": 1, "oGo071": 1, "oGo012": 1},
    ),
    (
        "oGn33",
        "vi",
        "cpsc_lip",
        "Bộ phận nào của sản phẩm bị áp giới hạn chì trong sơn?",
        "Công ty nội thất và đồ chơi trẻ em ở TP Vĩnh Long xuất hàng sang Mỹ có sơn, in hình, nhựa pha màu và chi tiết mạ. Chúng tôi chưa rõ "
        "giới hạn chì trong sơn và lớp phủ áp dụng cho phần nào, còn mực in, bột màu trong nhựa, lớp mạ thì sao, giới hạn tổng chì của vật liệu "
        "nền là bao nhiêu. Cần tư vấn để lập kế hoạch thử nghiệm đúng.",
        {"oGo071": 2, "oGo139": 2, "oGo067": 1},
    ),
    (
        "oGn34",
        "vi",
        "fschool",
        "Muốn tự sản xuất bộ học cụ STEM bằng in 3D",
        "Công ty thiết bị giáo dục ở TP Trà Vinh hiện nhập bộ học cụ STEM cho các trường tiểu học, trung học. Chúng tôi muốn tự thiết kế, in 3D "
        "các mô hình, thí nghiệm thu nhỏ để học sinh đặt câu hỏi, làm thí nghiệm, lập trình và kiểm chứng kết quả. Cần đối tác chuyển giao thiết "
        "kế và giải pháp.",
        {"oGo075": 2, "oGo080": 1, "oGo076": 1, "oGo077": 1},
    ),
    (
        "oGn35",
        "en",
        "mykingdom",
        "Robot kits and coaching for a school robotics club",
        "A secondary school in Trà Vinh city wants its new robotics club to enter national and international student robotics "
        "competitions for ages 9–16, where teams design, build and program autonomous robots. We need affordable, durable kits "
        "and coaching for teachers and students.",
        {"oGo076": 2, "oGo077": 2, "oGo078": 2, "oGo079": 1},
    ),
    (
        "oGn36",
        "vi",
        "topkid",
        "Tập huấn giáo viên dạy robot micro:bit chi phí thấp",
        "Trường tiểu học ở huyện Càng Long muốn cho học sinh học robotics, lập trình và sửa lỗi theo dự án, nhưng kinh phí chỉ đủ mua vài bộ "
        "micro:bit cơ bản. Cần tập huấn giáo viên làm các dự án robot, tự động hóa bằng vật liệu rẻ, dễ kiếm.",
        {"oGo078": 2, "oGo082": 1, "oGo080": 1, "oGo076": 1},
    ),
    (
        "oGn37",
        "en",
        "techmonkey",
        "STEM and robotics play programme for kindergarten children",
        "Our private kindergarten chain in Vĩnh Long city wants a STEM and robotics play programme for 4–6 year olds, as a "
        "follow-on to simple coding games, with activities teachers can run weekly without a specialist.",
        {"oGo081": 2, "oGo080": 1},
    ),
    (
        "oGn38",
        "vi",
        "vnsea_tonghop",
        "Phát triển bo mạch mở rộng, phụ kiện cho micro:bit bán cho trường học",
        "Doanh nghiệp điện tử nhỏ ở TP Vĩnh Long muốn làm sản phẩm STEM tiểu học: bo mạch mở rộng, cảm biến, đèn tự bật khi trời tối, mô hình lọc "
        "nước gắn micro:bit, kèm bài học. Cần đối tác có kinh nghiệm thiết kế phụ kiện và tài liệu cho micro:bit.",
        {"oGo082": 2, "oGo075": 1},
    ),
    (
        "oGn39",
        "vi",
        "grob",
        "Trường mầm non cần lập danh mục và mua thiết bị sân chơi ngoài trời",
        "Trường mầm non ở xã Hưng Mỹ, huyện Châu Thành được cấp kinh phí làm sân chơi ngoài trời: xích đu, cầu trượt độ dốc phù hợp, khung leo "
        "trèo, xe đạp ba bánh. Cần đơn vị lập danh mục đúng chuẩn cho nhà trẻ và mẫu giáo, thiết kế bố trí và cung cấp thiết bị an toàn.",
        {"oGo083": 2, "oGo098": 2, "oGo084": 1, "oGo095": 1},
    ),
    (
        "oGn40",
        "en",
        "docz_trochoi",
        "Making animal seesaws and small slides for kindergartens",
        "Our metal and plastics workshop in Mang Thít district wants to supply kindergartens with animal-shaped seesaws and small "
        "slides. Schools buy from the Ministry's outdoor equipment list and ask about seat height, tipping and foot-trapping. We "
        "need the technical specification and designs for these items.",
        {"oGo084": 2, "oGo083": 1, "oGo086": 1},
    ),
    (
        "oGn41",
        "vi",
        "teganinoh",
        "Chuyển cầu trượt composite sang nhựa đúc quay, chống phai màu",
        "Xưởng làm cầu trượt, thú nhún composite ở huyện Long Hồ cho khu vui chơi. Sản phẩm phai màu, nứt sau vài năm phơi nắng, mối ghép nhiều "
        "dễ kẹp tay. Muốn chuyển sang nhựa đúc quay liền khối LLDPE có chống tia UV, cần khuôn, quy trình và tư vấn kỹ thuật.",
        {"oGo085": 2, "oGo086": 2, "oGo087": 2, "oGo141": 2, "oGo140": 1, "oGo088": 1},
    ),
    (
        "oGn42",
        "en",
        "vgt_cacloai",
        "Safety surfacing under a 2 m play tower at a beach resort",
        "A resort at Ba Động beach, Duyên Hải, is adding an outdoor children's play area with a 2 m play tower, slide and "
        "swings. We need impact-absorbing surfacing of the right thickness for that fall height, resistant to sun and salt air "
        "and non-slip when wet, installed by a contractor who can show test results.",
        {"oGo089": 2, "oGo090": 2, "oGo092": 2, "oGo142": 2, "oGo091": 1, "oGo094": 1, "oGo093": 1, "oGo095": 1},
    ),
    (
        "oGn43",
        "vi",
        "questionai",
        "Sàn cao su EPDM sân chơi công viên bị bong, cần thi công lại",
        "Ủy ban phường ở TP Trà Vinh cải tạo sân chơi trong công viên. Sàn cao su EPDM cũ bị bong hạt, lõm, đọng nước, trẻ ngã bị trầy. Cần đơn "
        "vị khảo sát và thi công lại sàn EPDM đúng cấu tạo, độ dày theo chiều cao thiết bị, chống trơn, bền thời tiết.",
        {"oGo089": 2, "oGo090": 2, "oGo142": 2, "oGo092": 1},
    ),
    (
        "oGn44",
        "en",
        "documents_pub",
        "Recycled rubber safety tiles with HIC certificates for a school yard",
        "A primary school in Trà Cú district wants to put safety tiles under its climbing frame and swings. The board asks for "
        "recycled rubber tiles that come with HIC test certificates, since head injuries are the most serious playground "
        "accidents.",
        {"oGo091": 2, "oGo092": 1, "oGo094": 1, "oGo089": 1},
    ),
    (
        "oGn45",
        "vi",
        "en1177",
        "Cần kiểm định mặt sân chơi đã lắp trước khi nghiệm thu",
        "Ban quản lý dự án khu vui chơi thiếu nhi ở huyện Cầu Kè vừa lắp thiết bị và mặt sàn. Trước khi nghiệm thu cần đơn vị độc lập đánh giá "
        "chiều cao rơi tới hạn của mặt sàn so với thiết bị, khả năng giảm chấn (HIC), độ trơn trượt và hồ sơ chứng nhận của nhà thầu.",
        {"oGo092": 2, "oGo095": 1, "oGo094": 1},
    ),
    (
        "oGn46",
        "en",
        "sukavn",
        "Cushioned flooring under an indoor climbing frame",
        "Our kindergarten in Tiểu Cần district has an indoor climbing frame and a small slide in the play room on a tiled floor. "
        "We want cushioned, non-slip flooring that absorbs falls and is easy to clean, and advice on choosing between mats, "
        "seamless rubber and artificial turf with a shock pad.",
        {"oGo094": 2, "oGo093": 2, "oGo089": 1, "oGo092": 1},
    ),
    (
        "oGn47",
        "vi",
        "vrachi",
        "Cần thử nghiệm giường cũi theo tiêu chuẩn châu Âu để xuất khẩu",
        "Xưởng mộc ở huyện Vũng Liêm làm giường cũi gỗ có thành chắn cho trẻ sơ sinh và trẻ nhỏ, nhận đơn xuất khẩu sang châu Âu. Bên mua yêu cầu "
        "báo cáo thử nghiệm theo tiêu chuẩn cũi trẻ em dùng trong gia đình. Cần phòng thử nghiệm và hướng dẫn chỉnh thiết kế nếu không đạt.",
        {"oGo099": 2, "oGo100": 2, "oGo104": 1, "oGo103": 1},
    ),
    (
        "oGn48",
        "en",
        "interstellas",
        "Redesigning our baby cots for safety",
        "Our furniture company in Long Hồ district makes full-size and mini cots and convertible cribs for the home market. We "
        "want to redesign them to safe dimensions: gaps between bars, rail height as the baby grows, mattress fit, adjustable "
        "base, wood species and finishes without harmful substances.",
        {"oGo104": 2, "oGo099": 1, "oGo074": 1, "oGo139": 1},
    ),
    (
        "oGn49",
        "vi",
        "scribd_14988",
        "Ghế ăn dặm gỗ xuất khẩu châu Âu cần thử nghiệm",
        "Cơ sở làm ghế ăn dặm bằng gỗ có khay ở huyện Trà Ôn nhận đơn của nhà nhập khẩu châu Âu. Họ yêu cầu ghế đạt tiêu chuẩn châu Âu về ghế ăn "
        "cao cho trẻ, có báo cáo thử nghiệm. Cần phòng thử nghiệm nhận mẫu.",
        {"oGo101": 2, "oGo102": 1},
    ),
    (
        "oGn50",
        "en",
        "webstore_f404",
        "US high chair testing before listing online",
        "We make wooden high chairs with trays in Vĩnh Long city and want to sell them in the United States through an online "
        "marketplace. The US consumer safety specification for high chairs must be met to minimise injuries from normal use and "
        "foreseeable misuse. We need testing and a report.",
        {"oGo102": 2, "oGo101": 1, "oGo114": 1, "oGo115": 1},
    ),
    (
        "oGn51",
        "vi",
        "hbzq_best",
        "Cần ván công nghiệp ít formaldehyde cho bàn học, tủ trẻ em",
        "Nhà sản xuất bàn học, tủ quần áo, giường cho trẻ em ở thị xã Bình Minh. Khách phàn nàn sản phẩm mới có mùi hắc, lo có formaldehyde và "
        "kim loại nặng trong ván và sơn. Cần nguồn ván MDF, ván dăm có mức phát thải formaldehyde thấp, có giấy tờ nguồn gốc.",
        {"oGo074": 2, "oGo033": 1, "oGo139": 1},
    ),
    (
        "oGn52",
        "vi",
        "afamily1",
        "Cần thử nghiệm bình sữa PP, PPSU theo tiêu chuẩn và thôi nhiễm BPA",
        "Doanh nghiệp nhựa ở TP Vĩnh Long chuẩn bị sản xuất bình sữa và bình trữ sữa bằng PP và PPSU. Phụ huynh lo vi nhựa, hóa chất thôi vào "
        "sữa khi tiệt trùng, núm quá mềm. Cần phòng thử nghiệm đánh giá an toàn bình, núm theo tiêu chuẩn quốc tế, thử thôi nhiễm BPA và các chất "
        "khác trước khi ra thị trường.",
        {"oGo106": 2, "oGo107": 2, "oGo108": 2, "oGo109": 2, "oGo110": 1},
    ),
    (
        "oGn53",
        "en",
        "alobacsi",
        "BPA migration test for our feeding bottles",
        "Our plastics company in Trà Vinh city makes feeding bottles. After warnings about BPA in bottles, a distributor asks "
        "for a laboratory report proving that no BPA migrates from our bottles into milk under heating before they list them.",
        {"oGo108": 2, "oGo106": 2, "oGo109": 1, "oGo107": 1},
    ),
    (
        "oGn54",
        "vi",
        "mamamy",
        "Can tu van chon nhua lam binh sua khong BPA, chiu tiet trung",
        "Co so o huyen Long Ho muon lam binh sua, coc tap uong cho tre. Nghe noi nhua polycarbonate co BPA nen khong dung, nhung chua biet chon "
        "nhua gi chiu duoc tiet trung nuoc soi, may tiet trung, ben va an toan, bao lau phai thay binh.",
        {"oGo110": 2, "oGo046": 1, "oGo111": 1},
    ),
    (
        "oGn55",
        "en",
        "jewelives",
        "Food-grade silicone and a moulding partner for baby teethers",
        "We are a start-up in Trà Vinh city planning a range of silicone teethers for babies from about 4 months. We need a "
        "source of food-grade silicone that can be boiled and sterilised, and a factory able to mould our shapes without BPA, "
        "PVC or phthalates.",
        {"oGo111": 2, "oGo112": 2, "oGo143": 2},
    ),
    (
        "oGn56",
        "vi",
        "yocobaby",
        "Kiểm chứng đồ gặm nướu nhập về có thật không BPA, không phthalate",
        "Shop bán đồ mẹ và bé trên mạng ở TP Trà Vinh nhập đồ gặm nướu từ nhiều nguồn, bao bì đều ghi không độc hại, không BPA. Trước khi nhập "
        "lô lớn, shop muốn có đơn vị kiểm chứng tuyên bố trên nhãn và thử các chất nguy hại.",
        {"oGo113": 2, "oGo108": 1, "oGo006": 1},
    ),
    (
        "oGn57",
        "en",
        "plo_pc",
        "Replacing polycarbonate feeding bottles in our range",
        "We distribute feeding bottles to pharmacies and baby shops in the province. Almost all our bottles are polycarbonate, "
        "and parents now avoid them because of BPA; glass bottles are heavy and break. We need advice on switching the range "
        "to safer plastics and what the trade-offs are.",
        {"oGo110": 2, "oGo107": 1, "oGo106": 1, "oGo108": 1},
    ),
    (
        "oGn58",
        "vi",
        "khnip",
        "Cần hồ sơ để bán đồ chơi gỗ trên Amazon Mỹ",
        "Doanh nghiệp đồ chơi gỗ ở TP Trà Vinh muốn bán trên Amazon Mỹ theo hình thức FBA. Chúng tôi nghe nói đồ chơi cho trẻ dưới 12 tuổi phải "
        "có giấy chứng nhận sản phẩm trẻ em, báo cáo thử nghiệm và cảnh báo chi tiết nhỏ, nếu không sẽ bị gỡ sản phẩm. Cần đơn vị chuẩn bị hồ sơ "
        "và hướng dẫn.",
        {"oGo114": 2, "oGo115": 2, "oGo116": 2, "oGo117": 1, "oGo012": 1, "oGo118": 1},
    ),
    (
        "oGn59",
        "en",
        "dcmedia",
        "Selling coconut-leaf toys on TikTok Shop and by livestream",
        "Our cooperative in Châu Thành district weaves grasshoppers, fish and birds from coconut leaves and other folk toys. "
        "We see other OCOP producers selling by livestream and want to open a TikTok Shop, learn to film short videos and run "
        "livestreams to sell across the country.",
        {"oGo124": 2, "oGo123": 2, "oGo122": 2},
    ),
    (
        "oGn60",
        "vi",
        "docx_tiktok",
        "Tập huấn chụp ảnh sản phẩm và livestream cho hội viên làm đồ chơi thủ công",
        "Hội liên hiệp phụ nữ xã ở huyện Cầu Kè có nhóm hội viên may thú bông, đan đồ chơi tre. Hàng chủ yếu bán cho người quen. Cần tập huấn "
        "chụp ảnh sản phẩm, viết nội dung, bán hàng trên mạng xã hội và livestream để tăng đơn.",
        {"oGo122": 2, "oGo123": 2, "oGo124": 1},
    ),
    (
        "oGn61",
        "en",
        "keystone",
        "Parcel packaging that survives courier shipping",
        "We ship wooden toys and plush by courier from Trà Vinh to customers across Vietnam. Breakage and crushed boxes are "
        "eating our margin and an online retailer now asks for packaging validated to ISTA 3A before it will list us. We need "
        "a lab to test our packs and suggest fixes.",
        {"oGo119": 2, "oGo120": 2, "oGo128": 1, "oGo121": 1},
    ),
    (
        "oGn62",
        "vi",
        "propack",
        "Đồ chơi gỗ giao qua sàn bị vỡ, cần quy cách đóng gói",
        "Cơ sở đồ chơi gỗ ở huyện Càng Long bán trên Shopee, Lazada. Nhiều đơn giao tới bị gãy chi tiết, móp hộp, khách đánh giá thấp. Cần đơn "
        "vị hướng dẫn hoặc nhận đóng gói đúng quy cách: chọn hộp, chèn lót, niêm phong, dán nhãn.",
        {"oGo121": 2, "oGo119": 1, "oGo120": 1, "oGo118": 1},
    ),
    (
        "oGn63",
        "en",
        "sellercentral_tg9",
        "Preparing plush toys for Amazon fulfilment centres",
        "Our plush workshop in Vĩnh Long city has been approved to sell children's toys in the US and will send stock to "
        "Amazon fulfilment centres. We need a prep partner to bag each plush unit correctly, print warnings and barcodes, and "
        "avoid refused or destroyed inventory.",
        {"oGo118": 2, "oGo121": 1, "oGo114": 1, "oGo117": 1},
    ),
    (
        "oGn64",
        "vi",
        "congthuong_tt",
        "Cần đào tạo làm đồ chơi Trung thu truyền thống",
        "Hợp tác xã ở huyện Cầu Ngang muốn làm đèn lồng, đèn ông sao, đèn kéo quân và các món đồ chơi truyền thống bán mùa Trung thu, vì người mua "
        "tìm về đồ chơi tuổi thơ thay cho đồ chơi gắn nhạc, đèn nhập khẩu. Cần nghệ nhân đào tạo kỹ thuật và mẫu mã.",
        {"oGo129": 2, "oGo132": 2, "oGo131": 1, "oGo155": 1},
    ),
    (
        "oGn65",
        "en",
        "vietnamplus_hangma",
        "Workshops on papier-mâché masks and drums for children",
        "The youth union in Trà Vinh city plans Mid-Autumn workshops where children make papier-mâché masks, frog drums and "
        "star lanterns, traditional toys that keep the festival's cultural spirit. We need artisans to run the workshops and "
        "teach the making process.",
        {"oGo131": 2, "oGo129": 1, "oGo130": 1},
    ),
    (
        "oGn66",
        "vi",
        "danviet",
        "Phục hồi con giống bột và đồ chơi dân gian cho du khách",
        "Cơ sở đồ chơi dân gian gần khu du lịch ao Bà Om, TP Trà Vinh làm đồ chơi bằng mút xốp, đất sét, mực cho du khách. Chúng tôi muốn phục "
        "hồi thêm con giống nặn bằng bột (tò he) để trẻ xem và tự nặn. Cần nghệ nhân truyền nghề.",
        {"oGo130": 2, "oGo129": 1},
    ),
    (
        "oGn67",
        "vi",
        "travinh_gov",
        "Làng nghề cần chứng nhận hợp quy cho đồ chơi đan lục bình",
        "Làng nghề tiểu thủ công nghiệp xã Hưng Mỹ, huyện Châu Thành dệt thảm, đan giỏ bằng lục bình, lác, dây nhựa, tơ xơ dừa. Chúng tôi muốn làm "
        "thêm thú đan lục bình, lục lạc cho trẻ em để bán vào siêu thị và cửa hàng mẹ và bé, nên cần chứng nhận hợp quy đồ chơi, dấu CR và ghi nhãn "
        "đúng quy định.",
        {"oGo001": 2, "oGo002": 2, "oGo003": 2, "oGo004": 2, "oGo005": 1},
    ),
    (
        "oGn68",
        "en",
        "nhandan_gom",
        "Heavy-metal testing for painted terracotta piggy banks and whistles",
        "Our pottery household in Mang Thít district, part of the red brick and pottery villages that drew more visitors after "
        "the province's first red-pottery festival in 2024, wants to make painted terracotta piggy banks and clay whistles for "
        "children. Before selling we want the paint and clay tested for lead and other heavy metals under toy safety rules.",
        {"oGo015": 2, "oGo008": 2, "oGo010": 2, "oGo009": 2, "oGo067": 1},
    ),
    (
        "oGn69",
        "en",
        "hahuy",
        "Checking toy suppliers and lots before import",
        "We are a toy distributor in Vĩnh Long city importing educational toys. Customers doubt the origin and safety of "
        "imported toys, and we have had items from one supplier recalled abroad. We need an inspection firm to vet suppliers and "
        "shipments against current EN 71 and ASTM F963 rules and tell us the recall risks.",
        {"oGo014": 2, "oGo009": 1, "oGo013": 1, "oGo004": 1},
    ),
    (
        "oGn70",
        "vi",
        "mybabynursery",
        "Cần thử nghiệm tam giác leo Pikler bằng gỗ",
        "Xưởng mộc ở TP Vĩnh Long làm tam giác leo Pikler cao khoảng 76 cm và thang leo cho trẻ từ 6 tháng đến 4–5 tuổi, bán trong nước và xuất "
        "khẩu. Khách hỏi khoảng cách giữa các thanh có làm kẹt đầu, kẹp tay không và khung chịu tải bao nhiêu. Cần đơn vị thử nghiệm, chứng nhận.",
        {"oGo017": 2, "oGo016": 1, "oGo104": 1},
    ),
    (
        "oGn71",
        "en",
        "marimbapop",
        "Testing magnets and paint on wooden magnetic fishing games",
        "We make wooden magnetic fishing games and magnetic puzzles in Trà Vinh city. A similar toy abroad was recalled because "
        "its magnets cracked into pieces children could swallow and its painted balls had too much lead. We need our magnets "
        "and painted parts tested before export.",
        {"oGo013": 2, "oGo012": 2, "oGo067": 1, "oGo008": 1, "oGo009": 1},
    ),
    (
        "oGn72",
        "vi",
        "makerfocus",
        "Cần thử an toàn pin và mạch điện cho xe robot đồ chơi",
        "Cơ sở lắp ráp xe robot, máy chơi game cầm tay đồ chơi chạy pin ở TP Vĩnh Long để bán cho học sinh. Nhà phân phối yêu cầu thử an toàn "
        "đồ chơi điện: ngăn pin phải chắc, trẻ không mở được, mạch không nóng. Cần phòng thử nghiệm.",
        {"oGo013": 2, "oGo009": 1},
    ),
    (
        "oGn73",
        "vi",
        "algolaser",
        "Can may cat laser CO2 de cat van ep lam do choi",
        "Xuong moc nho o huyen Tam Binh muon mua may laser de cat van ep 3–6 mm lam xep hinh, mo hinh lap rap va khac chu len do choi go. Can "
        "tu van chon may, cong suat, toc do cat de mep khong chay va huong dan van hanh.",
        {"oGo024": 2, "oGo025": 2, "oGo137": 1, "oGo136": 1},
    ),
    (
        "oGn74",
        "en",
        "legenday",
        "Testing teether clips assembled from wooden and silicone beads",
        "We assemble teether clips and teething rings from wooden beads and silicone beads in Càng Long district. A shop asked "
        "whether the assembled product has been tested against tear-off and small-parts hazards, since certified beads alone "
        "are not enough. We need the finished clip tested.",
        {"oGo017": 2, "oGo113": 1, "oGo111": 1},
    ),
    (
        "oGn75",
        "vi",
        "hbzq_list",
        "Can thu nghiem quay cui cho be truoc khi ban",
        "Co so may quay cui, tham lot cui cho be o huyen Tra On. Nguoi mua lo quay cui gay nguy hiem khi be ngu mot minh trong cui, hoi co giay "
        "thu nghiem an toan khong. Can noi thu nghiem quay cui theo tieu chuan.",
        {"oGo103": 2, "oGo099": 1, "oGo100": 1},
    ),
]
