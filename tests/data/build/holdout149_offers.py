"""Offers of holdout149 (fishing nets, ropes, tarpaulins and canvas goods).

Rows: (id, language, source key, title, description). About a fifth are distractors from neighbouring fields.
"""

OFFERS = [
    # --- (A) knitting and repairing nets, mesh sizes, selective gear ---
    (
        "nUo001",
        "en",
        "a_proboat",
        "Knotless braided trawl netting with lower drag",
        "We supply four-strand braided knotless netting woven on 100-mesh looms where 804 bobbins turn in opposite "
        "directions. Without knots the net carries less twine, so it drags less in the water: owners can tow the same "
        "net with less power or fish a larger net. The twine can be made from high-strength Dyneema fibre. Design "
        "support for trawl systems is available.",
    ),
    (
        "nUo002",
        "vi",
        "a_xzhbc",
        "Chuyển giao dây chuyền dệt lưới kim đan dọc",
        "Chúng tôi chuyển giao quy trình sản xuất lưới đánh cá và lưới lồng bằng máy dệt kim: chọn sợi nylon, "
        "polyester hoặc PE, xe hoặc bện sợi, dệt kim đan dọc cho tấm lưới chắc, ổn định, dệt kim đan ngang cho lưới "
        "mắt nhỏ co giãn; cắt tấm, ghép tấm, gắn phao, chì và kiểm tra thành phẩm. Hỗ trợ lắp đặt máy và đào tạo thợ "
        "vận hành.",
    ),
    (
        "nUo003",
        "en",
        "a_luxsol",
        "Net-maker training: mending and splicing at sea",
        "Our net shop, which makes nets, cords and ropes, runs practical courses for crews and repair teams. Trainees "
        "learn the three core tools of the trade (a sharp knife for clean cuts and trimming knots, the net-mending "
        "needle and how to load it with twine, and the marlinspike), how to mend torn netting and how to splice a new "
        "eye into a rope when no net maker is at hand.",
    ),
    (
        "nUo004",
        "vi",
        "a_valuoi_kh",
        "Dịch vụ tổ vá lưới nhận vá theo tàu",
        "Tổ vá lưới của chúng tôi gồm 10-15 thợ, nhận vá lưới cho chủ tàu sau mỗi chuyến biển: nối lại viền lưới, vá "
        "mắt rách do vướng đá ngầm, san hô, sợi mục, cột lại phao. Làm từ 7 giờ sáng đến 16 giờ chiều, thường 3-5 ngày "
        "xong một tàu; tiền công tính theo ngày, khoảng 200.000 đồng/người/ngày. Thợ tự mang máy may, con thoi, kéo.",
    ),
    (
        "nUo005",
        "vi",
        "a_valuoi_brvt",
        "Đào tạo nghề đan, vá lưới cho lao động nữ vùng biển",
        "Hội phụ nữ và các nghệ nhân ở vùng có hơn 92% hộ làm nghề vá lưới mở lớp truyền nghề đan, vá lưới: nhận "
        "biết các loại hư hỏng, đan nối mắt, vá tấm, hoàn thiện tấm lưới đạt chất lượng cho chủ tàu. Lớp ngắn ngày, "
        "học viên vừa học vừa làm, có thể nhận việc tại nhà.",
    ),
    (
        "nUo006",
        "en",
        "a_nmfs",
        "Trawl net mending course based on proven fishery methods",
        "A fishery technology course on mending trawl nets by hand, as practised on otter trawlers where a tear must be "
        "fixed every time the net comes aboard: how to trim a hole so the meshes can be restored in one continuous "
        "sequence, the order of knots, and how to work fast in cramped, wet conditions. Suitable for deckhands and "
        "shore-based menders.",
    ),
    (
        "nUo007",
        "en",
        "a_examiner",
        "Underwater robot that stitches holes in fish-farm nets in place",
        "Our remotely operated vehicle repairs cage nets while they stay in the water. Pilots on land use its cameras "
        "to find holes and a patented stitching mechanism closes them, so nets need not be lifted or a dive team "
        "called out. The vehicle works faster and deeper than divers, in murky water and strong currents. Trials were "
        "run at salmon farms.",
    ),
    (
        "nUo008",
        "vi",
        "a_chfishnet",
        "Kỹ thuật đan túi lưới và thắt miệng túi",
        "Hướng dẫn kỹ thuật đan phần túi (đụt) lưới: tính chiều dài phần thân theo yêu cầu, đan túi dài tối thiểu "
        "80 cm, tốt nhất khoảng 1 m, chừa 10-20 cm ở đáy để cá không thoát; gút phải chắc, phẳng, không lệch mắt. "
        "Cách tính chiều dài dây thắt miệng túi từ đường chéo mắt lưới (định lý Pythagore) và số mắt vòng cuối.",
    ),
    (
        "nUo009",
        "en",
        "a_consev",
        "Evidence review and advice on larger mesh sizes to cut unwanted catch",
        "We advise fisheries on mesh size using a synthesis of controlled trials: in 15 of 20 replicated studies across "
        "many seas, a larger mesh in trawls, gillnets, seines and trammel nets reduced catches of undersized, "
        "non-commercial or discarded fish compared with standard meshes. We help fishers and managers pick the mesh "
        "size and test it on their own gear.",
    ),
    (
        "nUo010",
        "en",
        "a_worldcat",
        "Square-mesh codend design for sharper size selection",
        "Sea trials with four codends showed that a 40 mm square-mesh codend gives the same 50% retention length as a "
        "50 mm diamond-mesh codend but a steeper selection range, so fewer undersized fish are kept. We design and "
        "test square-mesh codends for mixed-species trawl fisheries, including between-haul variability.",
    ),
    (
        "nUo011",
        "vi",
        "a_pmc",
        "Mô hình dự đoán chọn lọc kích thước của đụt lưới kéo",
        "Nhóm nghiên cứu cung cấp mô hình dự đoán chọn lọc kích thước cá, tôm của đụt lưới kéo đáy, xây dựng từ số "
        "liệu thực nghiệm với hai loại đụt hợp pháp: mắt vuông 40 mm và mắt thoi 50 mm. Mô hình tính đến ảnh hưởng "
        "của khối lượng mẻ lưới và mùa vụ, giúp chọn loại đụt giảm rủi ro giữ lại cá dưới kích thước.",
    ),
    (
        "nUo012",
        "en",
        "a_qeeebo",
        "Gear modification consulting: escape panels and selective gear",
        "We help fishers fit selectivity devices to their gear: escape panels that let small fish out before they "
        "are caught, changes of mesh size matched to target species, and switching to more selective gear types. "
        "Advice covers the specific gear and species, combined with quotas and closed areas where needed.",
    ),
    (
        "nUo013",
        "vi",
        "a_nhatrang",
        "Đánh giá tính chọn lọc ngư cụ khai thác hải sản",
        "Nhóm nghiên cứu Trường Đại học Nha Trang nhận đánh giá tính chọn lọc của ngư cụ: xác định các yếu tố đặc "
        "trưng, trong đó chọn lọc cơ học (kích thước, hình dạng mắt lưới) là yếu tố tin cậy nhất; xây dựng đường cong "
        "chọn lọc bằng mô hình toán để điều chỉnh đánh bắt theo kích thước cá và trữ lượng nguồn lợi.",
    ),
    (
        "nUo014",
        "vi",
        "a_tcvnre",
        "Tư vấn thiết kế lưới rê đơn theo tiêu chuẩn quốc gia",
        "Ban soạn thảo tiêu chuẩn quốc gia về lưới rê đơn (thông số kích thước cơ bản) nhận tư vấn thiết kế, lựa chọn "
        "thông số vàng lưới rê cho ngư dân và cơ sở sản xuất, dựa trên tổng quan nghề lưới rê trong và ngoài nước.",
    ),
    (
        "nUo015",
        "vi",
        "a_tcvn8396",
        "Lưới rê ba lớp khai thác cá nước ngọt theo TCVN 8396:2012",
        "Hướng dẫn và chuyển giao lưới rê ba lớp theo TCVN 8396:2012: thông số kích thước cơ bản, kỹ thuật lắp ráp và "
        "kỹ thuật đánh bắt tại vùng nước tĩnh như hồ tự nhiên, hồ chứa, sông cụt sâu từ 1 m trở lên; đối tượng chính "
        "là cá trôi, cá mè hoa và các loài cá nước ngọt khác.",
    ),
    (
        "nUo016",
        "en",
        "a_fnc2",
        "Heat-set nylon netting for gillnets and seines",
        "We manufacture netting from 210-denier nylon, polyester compound and 0.8-1.2 mm ethylene monofilament, "
        "knotted, twisted or warp-knitted (Raschel). Netting goes through a first heat treatment to fix the knots, "
        "dyeing and a second heat treatment to fix mesh size, giving good transparency, abrasion resistance and an "
        "elongation at break of 22-25%. Suitable for drift nets, gillnets and cage netting.",
    ),
    (
        "nUo017",
        "vi",
        "a_fnc1",
        "Cung cấp lưới kéo, lưới vây và lưới sông hồ",
        "Nhà máy cung cấp lưới đánh cá các loại: lưới kéo và lưới vây biển mắt 2,5-5 cm, sợi đường kính khoảng 2 mm, "
        "vàng lưới nặng vài tấn; lưới nhẹ cho sông hồ mắt 1-3 cm, sợi 0,8 mm; lưới cố định và lồng nuôi. Dệt trên máy "
        "công nghiệp, nhận đặt theo quy cách.",
    ),
    (
        "nUo018",
        "en",
        "a_nasseej",
        "Knotted and knotless commercial netting to order",
        "We make commercial fishing netting from nylon, for high tensile strength and abrasion resistance, and "
        "polyethylene, for chemical and UV resistance. Knotted netting for gillnets and trawls, knotless netting for "
        "seines and twisted netting for stability, produced on looms to the customer's mesh size.",
    ),
    (
        "nUo019",
        "vi",
        "a_luoivay",
        "Tư vấn thiết kế vàng lưới vây",
        "Chúng tôi tư vấn thiết kế lưới vây (lưới rút chì) khai thác cá đi đàn: nguyên lý lọc nước bắt cá, cấu tạo "
        "vàng lưới và phụ tùng; phần cánh thường chiếm khoảng 3/5 chiều dài vàng lưới, chọn mắt lưới cánh lớn để "
        "giảm lực cản và tiết kiệm vật liệu.",
    ),
    (
        "nUo020",
        "en",
        "a_motherearth",
        "Hand net-knitting kits and workshops",
        "We run workshops on knitting nets by hand and sell kits: a hardwood gauge block, a netting needle (shuttle) "
        "and rot-resistant Dacron or polypropylene twine. Participants learn to build meshes row by row into landing "
        "nets, cast nets and other small gear, and how to choose twine thickness for the catch.",
    ),
    (
        "nUo021",
        "vi",
        "a_bktt",
        "Làng nghề đan lưới thủ công nhận đan lưới theo đơn",
        "Các hộ làng nghề đan lưới truyền thống, nghề có lịch sử hàng trăm năm, nhận đan tay các loại lưới theo đơn: "
        "chài, vó, lưới rê nhỏ cho vùng sông nước và chiêm trũng, theo kích thước mắt và chiều dài khách yêu cầu.",
    ),
    (
        "nUo022",
        "en",
        "a_patent",
        "Licence for stronger, lower-bulk, lower-drag netting",
        "Patented netting in which twines are joined by a new loop-and-knot arrangement that is more stable and "
        "stronger while using less twine bulk, so the net has lower drag in the water. Available for licensing to "
        "net makers with machine-knotting lines.",
    ),
    (
        "nUo023",
        "vi",
        "a_ltong",
        "Bán lưới kéo cá lòng tong mắt nhỏ",
        "Cửa hàng bán lưới kéo cá lòng tong dài 50 m, cao khoảng 50 cm, mắt lưới khoảng 1 cm, sợi nylon, chuyên bắt "
        "cá nhỏ, tôm tép ở vùng nước nông miền Tây. Giao hàng toàn quốc.",
    ),
    (
        "nUo024",
        "vi",
        "a_bkkn",
        "Tập huấn kỹ thuật nghề lưới kéo",
        "Trung tâm khuyến ngư tổ chức tập huấn kỹ thuật nghề lưới kéo (nghề chiếm khoảng 27% số tàu lắp máy và 40% "
        "sản lượng cá biển): phân loại lưới kéo, cấu tạo hình túi thon dần từ miệng đến đụt, hệ thống dây kéo, tốc độ "
        "và độ sâu kéo lưới cho tàu đơn và tàu đôi.",
    ),
    (
        "nUo025",
        "vi",
        "a_luoimanh",
        "Giới thiệu nghề lưới mành truyền thống",
        "Tư liệu về lưới mành, ngư cụ đánh cá nổi truyền thống của các tỉnh phía nam: mành chà, mành đèn, mành ánh "
        "sáng, mành chim; giềng miệng dài hơn 100 m, thuyền 30-40 CV, năng suất 50-60 tấn mỗi vàng mỗi năm.",
    ),
    (
        "nUo026",
        "en",
        "a_trihung",
        "Buyer's guide to choosing fishing nets",
        "A retail guide to the kinds of fishing nets on the market (trawls, seines, gillnets, cast nets), their "
        "materials from natural fibres to nylon and polyester, and what to check before buying a net for recreational "
        "or small-scale fishing.",
    ),
    (
        "nUo162",
        "en",
        "a_cnpatent",
        "Shrimp net that releases jellyfish",
        "A fisheries research institute offers a patented expanding net for freshwater and estuarine shrimp, with a "
        "main bag and line arrangement that lets jellyfish out of the net while the shrimp are kept, together with "
        "its assembly method.",
    ),
    (
        "nUo163",
        "en",
        "a_jigao",
        "Double-anchored stow net that is easier to haul",
        "Utility-model design of a bag-shaped fixed net held by two anchor points, with a cross-cut in the net body "
        "joined by a hooked rope: the tail can be separated and brought aboard to take out the catch without turning "
        "the net, avoiding the bag flipping and releasing fish when the tide turns, and allowing bigger nets per boat.",
    ),
    # --- (B) ropes and mooring lines: coir, water hyacinth, synthetic ---
    (
        "nUo027",
        "vi",
        "b_coir_ktsg",
        "Máy đánh dây thừng xơ dừa và máy liên hợp xe chỉ",
        "Doanh nghiệp sản xuất sản phẩm xơ dừa tự chế tạo máy đánh dây thừng và máy liên hợp xe chỉ xơ dừa, thay cho "
        "máy cũ chỉ đạt 15 kg/giờ và hay lỗi. Sản phẩm thảm, dây xơ dừa đạt chất lượng xuất khẩu. Nhận chế tạo, "
        "chuyển giao máy cho cơ sở khác.",
    ),
    (
        "nUo028",
        "vi",
        "b_coir_vtc",
        "Máy se chỉ xơ dừa 8 trục một động cơ",
        "Máy se chỉ xơ dừa 8 trục do thợ cơ khí ở Mỏ Cày Nam sáng chế, hoàn thiện năm 2008: se được cả xơ cứng, "
        "mỏng, sợi dài ngắn không đều, năng suất gấp 24 lần se tay, chỉ dùng một động cơ nên tiết kiệm điện. Nhận "
        "đặt hàng và hướng dẫn sử dụng.",
    ),
    (
        "nUo029",
        "en",
        "b_coir_tv",
        "Electric four-spindle coir yarn twisting machine",
        "A mechanical workshop in Đức Mỹ commune (Càng Long, Trà Vinh), run by a former hand-twister, builds "
        "electric four-spindle machines for twisting coir yarn; the machine won first prize for automation at the "
        "provincial technical innovation contest in 2013. Nearly ten mechanics build machines to order for coir "
        "households across the Mekong Delta.",
    ),
    (
        "nUo030",
        "vi",
        "b_coir_uomtao",
        "Công nghệ sản xuất dây thừng chỉ xơ dừa không nối",
        "Dự án ươm tạo công nghệ của Sở Khoa học và Công nghệ Bến Tre đã làm chủ công nghệ sản xuất dây thừng chỉ "
        "xơ dừa không nối, nâng hàm lượng công nghệ cho sản phẩm xơ dừa. Chuyển giao quy trình và cung cấp dây thừng "
        "xơ dừa liền sợi cho khách hàng.",
    ),
    (
        "nUo031",
        "vi",
        "b_coir_bd",
        "Dây chuyền đập xơ dừa, lấy sợi, tách cám",
        "Nông dân sáng chế dây chuyền sản xuất chỉ xơ dừa gồm máy đập vỏ, máy lấy sợi, máy tách cám, cải tiến từ máy "
        "tuốt lúa và máy nghiền mì cũ, gắn thêm puly để chạy nhanh; vỏ dừa qua băng chuyền một lần là vỡ vụn. Cung "
        "cấp máy và sợi cho cơ sở đồ gỗ mỹ nghệ.",
    ),
    (
        "nUo032",
        "en",
        "b_coir_apparel",
        "Know-how for coir retting and fibre extraction",
        "Process guidance for extracting coir: brown fibre from mature husks soaked in pits or slow water, then "
        "wet-milled to separate long bristle fibre from short mattress fibre; white fibre from green husks retted up "
        "to ten months. Bristle fibre is washed, dried, bundled and hackled with steel combs before spinning; "
        "machines that crush whole husks are also covered.",
    ),
    (
        "nUo033",
        "en",
        "b_coir_ncjohn",
        "Advice on brown versus white coir for strong products",
        "We advise coir users on grades: fibres from ripe husks are brown, stronger, longer-lasting and better "
        "protected against sunlight, while fibres from unripe husks are white, softer and easier to spin. Fibres run "
        "10-30 cm; the longer ones are bristle fibre, the short fine ones mattress fibre. Indian sailors long used "
        "coir to rig ships.",
    ),
    (
        "nUo034",
        "en",
        "b_coir_tvc",
        "Market study on coir product exports",
        "Research report on coir export opportunities: India's coir exports reached a record Rs 2,757.90 crore in "
        "2019-20; coir pith made up 49% and value-added products 33%, with growth in coir ropes, geotextiles and tufted "
        "mats. Identifies value-added coir products with export potential.",
    ),
    (
        "nUo035",
        "en",
        "b_coirgeo",
        "Coir geotextile netting for erosion control",
        "Woven coir geotextiles protect slopes, embankments and riverbanks until vegetation takes over, hold up to "
        "three times their weight in water and biodegrade into humus after two to five years. Light grades for "
        "ordinary soils, heavy grades for steep banks.",
    ),
    (
        "nUo036",
        "vi",
        "b_coircraft",
        "Lưới địa kỹ thuật xơ dừa dệt và không dệt",
        "Cung cấp vải địa kỹ thuật xơ dừa: lưới dệt hai go (10 loại theo tiêu chuẩn Ấn Độ), vải dệt vòng, túi xơ dừa "
        "tráng latex chống xói lở bờ biển; loại không dệt gồm cuộn xơ dừa, thảm xơ, nỉ kim. Dùng cho mái dốc, nền "
        "đường, đê.",
    ),
    (
        "nUo037",
        "vi",
        "b_coir_rb",
        "Sợi và thảm xơ dừa dệt trải sàn",
        "Xơ dừa vàng sau khi ngâm đến mười tháng được đập tay, xe thành sợi trên guồng quay truyền thống, nhuộm và dệt "
        "thành nhiều loại thảm trải sàn nhiều màu; hàng chục cấp sợi cho các mục đích công nghiệp, nông nghiệp, gia dụng.",
    ),
    (
        "nUo038",
        "en",
        "b_hyac_sbs",
        "Graded, air-dried water-hyacinth rope",
        "We source water hyacinth, which regrows fully in about two weeks and needs no planting, harvest it daily, "
        "separate and grade the stems, split and air-dry them and twist the fibres into rope. The rope is supplied to "
        "weavers of hats, shoes and handbags and of placemats, baskets and rugs.",
    ),
    (
        "nUo039",
        "en",
        "b_hyac_hcs",
        "Processing guide for water hyacinth fibre",
        "Step-by-step processing of water hyacinth for crafts: cut stems at about three months old when 60-90 cm long, "
        "pre-treat and sun-dry for 5-6 days, bundle and store; before use, dip the fibres in a drying glue, then knit "
        "and trim. A weaver makes about seven small bags a day.",
    ),
    (
        "nUo040",
        "vi",
        "b_hyac_mtravel",
        "Quy trình phơi, chẻ, se lục bình",
        "Hướng dẫn sơ chế lục bình cho tổ đan: sau thu hoạch phơi nắng 3-5 ngày đến khi thân chuyển màu vàng và đạt độ "
        "dẻo; phơi thiếu nắng hoặc không đều sợi sẽ mục, dễ gãy. Sau đó chẻ, se, tạo hình để đan giỏ, thảm, túi.",
    ),
    (
        "nUo041",
        "en",
        "b_hyac_safimex",
        "Braided water-hyacinth rope from Mekong Delta households",
        "Our handicraft company runs a network of processing households across the Mekong Delta provinces that turn "
        "dried hyacinth into braided rope and woven products; new workers are trained in about half a month. We supply "
        "braided hyacinth rope and finished storage trunks, trays and baskets to order.",
    ),
    (
        "nUo042",
        "vi",
        "b_hyac_mw",
        "Kỹ thuật sơ chế lục bình: chọn cây, phơi, hấp, nhuộm",
        "Chuyển giao kỹ thuật làm hàng lục bình học từ chuyên gia Nhật Bản: chọn cây đúng độ tuổi (không quá non, "
        "không quá già), phơi, hấp, nhuộm rồi đan, mỗi bước có thời gian rõ ràng để sản phẩm bền, màu đẹp, đủ điều "
        "kiện xuất khẩu sang Úc, Nhật.",
    ),
    (
        "nUo043",
        "en",
        "b_hyac_vnplus",
        "Water-hyacinth handicrafts for export",
        "Artisans in Ninh Bình have woven water hyacinth since 2005 into mats, carpets, baskets, handbags and hats; "
        "finished items are cleaned and dried and exported to Japan, the US, Germany and Denmark.",
    ),
    (
        "nUo044",
        "vi",
        "b_hyac_hg",
        "Làng nghề đan lục bình Long Mỹ nhận gia công sản phẩm",
        "Làng nghề đan lục bình ở Long Mỹ (Hậu Giang) nhận gia công sản phẩm đan lúc nông nhàn; nhiều hộ vừa nuôi "
        "trồng, kinh doanh lục bình, lợi tức cao hơn trồng lúa.",
    ),
    (
        "nUo045",
        "en",
        "b_hyac_mht",
        "Water-hyacinth and banana-sheath furniture",
        "We produce baskets, wine baskets, rugs, shelves, cabinets, tables and chairs woven from water hyacinth and "
        "banana sheath in the Mekong Delta, eco-friendly products that bring foreign currency to rural areas.",
    ),
    (
        "nUo046",
        "en",
        "b_pp_mcm",
        "UV-stabilised monofilament polypropylene rope",
        "We make monofilament polypropylene rope, the lightest and most economical rope: it floats (specific gravity "
        "0.91), resists most acids and alkalis and handles impact loads well. UV stabilisers are added to slow "
        "sunlight degradation. Not for use above about 120 C.",
    ),
    (
        "nUo047",
        "vi",
        "b_revrok",
        "Tư vấn chọn dây neo, dây tàu theo vật liệu",
        "Hướng dẫn kỹ thuật chọn dây cho tàu thuyền: dây PP tỷ trọng 0,91 nổi trên nước, không quấn chân vịt, không "
        "hút nước, có phụ gia chống UV; dây polyester 1,38 và nylon 1,14 chìm, bền hơn ở cùng đường kính. Tư vấn "
        "đường kính theo cỡ tàu, tải làm việc và các dạng hỏng cần tránh.",
    ),
    (
        "nUo048",
        "en",
        "b_ropeuk",
        "Mooring line selection and supply",
        "We supply mooring lines and advise on the choice: nylon for elasticity and shock absorption, polyester for "
        "high strength, low stretch and UV resistance, polypropylene for light floating lines but not heavy moorings, "
        "Dyneema for the best strength-to-weight, and steel wire for the heaviest duties.",
    ),
    (
        "nUo049",
        "vi",
        "b_jb",
        "So sánh các loại dây: manila, PP, nylon, polyester",
        "Cửa hàng dây cung cấp và tư vấn: manila ít giãn, giữ gút tốt; PP rẻ, nổi, bền gấp đôi manila nhưng kém chịu "
        "nắng và bắt đầu mềm ở khoảng 65 độ C; nylon bền nhất, hấp thụ va đập, dùng lâu gấp 4-5 lần sợi tự nhiên; "
        "polyester gần bằng nylon mà ít giãn.",
    ),
    (
        "nUo050",
        "en",
        "b_cnrm",
        "PP/HDPE rope production line",
        "Turnkey plastic rope line: pellets dried to below 0.02% moisture with UV stabiliser or pigment, extruded at "
        "180-240 C through multi-hole dies (filament tolerance about 0.02 mm), quenched in a 15-25 C water bath, "
        "cold-drawn at 4:1 to 7:1, then twisted and laid or braided into rope.",
    ),
    (
        "nUo051",
        "vi",
        "b_ethio",
        "Dự án xưởng sản xuất sợi monofilament và dây thừng",
        "Hồ sơ dự án xưởng sản xuất sợi và dây thừng nhựa: đùn hạt nylon, PE, PP thành sợi, kéo giãn 3-13 lần được "
        "sợi 200-6.000 denier quấn suốt; khoảng 150 sợi qua bể làm nguội, dãy bể con lăn để đạt độ bền rồi se thành "
        "dây. Sợi dùng được cho lưới, dây câu, chài, bàn chải.",
    ),
    (
        "nUo052",
        "en",
        "b_southern",
        "Braided marine and industrial ropes 1.5-74 mm",
        "Rope maker producing 1.5 mm to 74 mm ropes for marine, fishing, oil and gas, mining and agriculture, with its "
        "own extrusion line for fine-denier PE and PP fibre plus imported specialist fibres such as UHMWPE, braided "
        "to zero-failure standards.",
    ),
    (
        "nUo053",
        "vi",
        "b_mekopl",
        "Phối trộn nhựa PP tái sinh trong công đoạn kéo sợi",
        "Nhà máy bao bì PP chia sẻ kỹ thuật dùng nhựa tái sinh: phối trộn hạt nguyên sinh và tái sinh theo công thức "
        "ở công đoạn kéo sợi, giữ nguyên thông số sợi, giới hạn tỷ lệ tái sinh theo yêu cầu khách hàng vì hạt tái "
        "sinh kém tinh khiết, kém trắng và giảm chất lượng theo số lần tái chế.",
    ),
    (
        "nUo054",
        "en",
        "b_coir_wv",
        "Hand-twisted brown coir rope",
        "Family producers twist coir rope on hand-turned wheels: fibre is hooked to the wheel and twisted while more "
        "is fed in, giving a strong rope that does not unwind. Coir is the only natural fibre that resists salt water; "
        "ropes are used for tethering, securing loads and webbing.",
    ),
    # --- (C) tarpaulins and canvas: welding, sewing, boat covers, shade, awnings, drying ---
    (
        "nUo055",
        "en",
        "c_hotair",
        "Hot-air and high-frequency welding of PVC tarps",
        "We join PVC-coated fabric for truck and building tarps with two technologies: hot-air welding, where a compact "
        "blower puts air at about 370 C between the layers and heat-resistant rollers press them, cheap and flexible; "
        "and high-frequency sealing at the 27.12 MHz industrial frequency, more costly but stronger and more uniform. "
        "Advice on which suits your products, and contract welding.",
    ),
    (
        "nUo056",
        "vi",
        "c_a1tarps",
        "Các phương pháp hàn bạt: khí nóng, nêm nhiệt, cao tần",
        "Tư vấn và gia công hàn bạt nhựa: hàn khí nóng cho đường nối hình dạng bất kỳ; hàn nêm nhiệt cho vải mỏng, "
        "điều khiển chặt tốc độ, nhiệt độ, lực ép; hàn cao tần dùng sóng điện từ làm mềm nhựa, nhanh và chính xác cho "
        "chi tiết nhỏ. Bạt hàn kín, bền, chịu tia UV lâu.",
    ),
    (
        "nUo057",
        "en",
        "c_msd",
        "PVC-coated polyester tarpaulin fabric with UV stabiliser",
        "We produce tarpaulin fabric from a woven polyester base, plain or ripstop weave, coated on both sides with "
        "PVC by calendering or lamination to form a continuous waterproof layer; coating thickness is chosen for the "
        "required protection. UV stabilisers, flame retardants and other additives can be added on request.",
    ),
    (
        "nUo058",
        "vi",
        "c_hanlong",
        "Vải bạt chống thấm phủ PVC, PU hoặc silicone",
        "Nhà sản xuất vải chống thấm cung cấp vải nền cotton, polyester, nylon phủ PVC (bền mài mòn), phủ PU (mỏng, "
        "nhẹ, thoáng) hoặc silicone (mềm, chống thấm tốt), hoặc cán màng PE, TPU; sau khi phủ được ép nhiệt và có "
        "thể xử lý thêm lớp chống tia UV, kháng khuẩn. Dùng cho bạt, lều, mái che.",
    ),
    (
        "nUo059",
        "en",
        "c_chinatarp",
        "PVC-coated tarpaulins for transport, agriculture and industry",
        "We manufacture PVC-coated tarpaulins on a polyester base, coated on both sides for weather, tear and abrasion "
        "resistance, waterproofing and UV blocking; grades for high temperatures, chemicals and fire are available. "
        "Covers for trucks, goods, construction and farm use, long life with little maintenance.",
    ),
    (
        "nUo060",
        "vi",
        "c_nstarp",
        "Bạt PVC cán màng độ bền cao",
        "Cung cấp bạt PVC cán màng: lưới vải polyester cường độ cao được phủ PVC hai mặt bằng gia nhiệt và ép, tạo "
        "liên kết chặt giữa lớp nhựa và vải, chống thấm, chống tia UV, chịu kéo tốt. Dùng che hàng vận chuyển, nông "
        "nghiệp, công trình.",
    ),
    (
        "nUo061",
        "en",
        "c_fashionweld",
        "Dielectric and rotary welding machines for coated fabrics",
        "Supply of fabric-welding machines for PVC, PU, PE and PP coated textiles: dielectric (radio-frequency) "
        "presses with a die and base plate that fuse the layers with a timed pulse, and rotary welders where fabric "
        "runs continuously past a hot wedge or hot air and between pressure wheels.",
    ),
    (
        "nUo062",
        "en",
        "c_sewboat",
        "Marine canvas do-it-yourself course and materials",
        "Course and kit for making your own boat canvas instead of paying several thousand dollars for custom work: "
        "acrylic canvas, clear vinyl window material, heavy weatherproof thread, heavy zippers, snaps, a hot knife and "
        "a fastener tool, with video lessons on construction techniques and fabric choice.",
    ),
    (
        "nUo063",
        "vi",
        "c_ethnic",
        "May bạt che thuyền bằng vải acrylic và chỉ polyester",
        "Xưởng may bạt thuyền (bạt che, mái bimini, bạt che cửa) dùng vải acrylic; màu tối bền tới 20 năm ở vùng "
        "nhiệt đới, màu sáng nhanh hỏng hơn. Chỉ may bằng polyester chịu tia UV, không dùng chỉ nylon vì chỉ bền "
        "khoảng sáu tháng ngoài nắng; ưu tiên chỉ cỡ lớn và giấu một đường may khỏi nắng.",
    ),
    (
        "nUo064",
        "en",
        "c_ourpast",
        "How to make a fitted boat cover",
        "Training guide for fitted boat covers: measure the centreline and beam, add a foot for tall rails or a "
        "trolling motor, buy canvas in 4-6 ft widths, prewash, sew panels side by side, drape and clamp, mark, trim "
        "with a 6 inch overhang and finish with a drawstring. Tight-weave duck or acrylic canvas recommended.",
    ),
    (
        "nUo065",
        "vi",
        "c_passage",
        "Máy may buồm cho xưởng may bạt thuyền",
        "Cung cấp máy may kiểu máy may buồm, may được vải bạt dày nhiều lớp, kèm danh mục vật tư từ kim đến vải và hỗ "
        "trợ kỹ thuật; nhiều người đi biển dùng máy này để tự may bạt và nhận sửa bạt cho tàu khác.",
    ),
    (
        "nUo066",
        "en",
        "c_blizzard",
        "Whole-boat cover from acrylic canvas",
        "We make full covers that keep rain out of moored boats and stop wood rot: two 46-inch widths of acrylic "
        "canvas joined with a flat-felled seam into a piece about 20 ft by 7.5 ft, fitted on the boat with temporary "
        "snaps, then trimmed and finished.",
    ),
    (
        "nUo067",
        "vi",
        "c_frugal",
        "Tư vấn và may bạt cho thuyền: bạt che, bimini, dodger",
        "Tư vấn chọn và may bạt theo cách dùng thuyền: bạt che buồm và che gỗ cho thuyền đua, mái bimini gấp gọn, "
        "dodger chắn mưa, tấm nối có cửa sổ nhựa trong, đến bộ che kín cho người ở trên thuyền; hướng dẫn bảo quản bạt.",
    ),
    (
        "nUo068",
        "vi",
        "c_awning_medium",
        "Mái hiên di động che nắng che mưa",
        "Thiết kế, lắp đặt mái hiên di động gắn tường cho nhà ở, quán cà phê, nhà hàng: vải acrylic, cotton, "
        "polyester hoặc vinyl phủ polyester căng trên khung nhôm, sắt, thép; kéo ra thu vào dễ dàng khi mưa nắng.",
    ),
    (
        "nUo069",
        "vi",
        "c_maixep",
        "Mái xếp di động bạt PVC khung thép mạ kẽm",
        "Thi công mái xếp di động và mái hiên di động: khung thép mạ kẽm chống gỉ, cao không quá 5 m, mái bạt PVC chịu "
        "thời tiết khắc nghiệt, thu kéo bằng tay quay hoặc ray; linh hoạt, bền, tiết kiệm chi phí.",
    ),
    (
        "nUo070",
        "en",
        "c_aands",
        "Shade sail design and installation",
        "We design and install tensioned shade sails for seating areas and playgrounds: knitted shade cloth with UV "
        "inhibitors and multi-year warranties, or PVC and canvas alternatives, tensioned at each corner with stainless "
        "turnbuckles or pulleys; overlapping sails for form and function.",
    ),
    (
        "nUo071",
        "en",
        "c_shade_bris",
        "Knitted HDPE shade sail fabrics",
        "Our shade sails use high-density polyethylene (0.941-0.965 g/cm3) monofilament knitted into interlocking loops, "
        "which stretch to the space, block most sunlight and UV and resist tearing; residential and heavy commercial "
        "grades are available.",
    ),
    (
        "nUo072",
        "vi",
        "c_shade_gale",
        "Khuyến cáo lắp vải che nắng HDPE tránh nguồn phản xạ nhiệt",
        "Nhà sản xuất vải che nắng HDPE dệt kim lưu ý: vải chịu được khí hậu khắc nghiệt nhưng bắt đầu mềm ở 80 độ C và "
        "chảy ở khoảng 115 độ C; khi thiết kế cần tránh gương, bề mặt kim loại đánh bóng, kính phản xạ tập trung nhiệt "
        "lên vải. Tư vấn thiết kế kết cấu che nắng.",
    ),
    (
        "nUo073",
        "en",
        "c_shade_textiles",
        "Heavy-duty knitted shade fabric for large shade structures",
        "Heavy-duty monofilament/tape knitted HDPE shade fabric with a high shade factor suitable for people, in 7-oz "
        "for small residential and commercial shades and 10-oz for all shades including very large designs; supplied "
        "to fabricators with design and engineering guidance.",
    ),
    (
        "nUo074",
        "vi",
        "c_shade_zh",
        "Lưới che nắng HDPE nguyên sinh cho nhà lưới",
        "Cung cấp lưới che nắng làm từ polyethylene mật độ cao nguyên sinh, chống lão hóa, dùng 3-4 năm, khác lưới làm "
        "từ nhựa tái chế cứng, có mùi, chỉ dùng khoảng 1 năm. Màu đen, bạc, xanh đậm chỉ khác nhau tỷ lệ che sáng; tư "
        "vấn chọn mật độ, bán theo diện tích.",
    ),
    (
        "nUo075",
        "en",
        "c_shade_nordling",
        "Assessment of shade sail materials",
        "Technical assessment of shade sail fabrics: knitted HDPE with UV inhibitors in the polymer, weave density and "
        "shade percentage versus airflow, fabric weight in gsm as a guide to tear resistance, tensile and UV "
        "degradation tests to ASTM methods and long-term field checks.",
    ),
    (
        "nUo076",
        "en",
        "c_rkmp",
        "Drying on nets, mats and canvas for small farmers",
        "Extension advice on drying paddy on nets, mats or canvas sheets: suitable for small and medium farmers, the "
        "most hygienic method, with no stones or dirt as on roads, quick to gather when rain comes or drying ends. "
        "Beware of re-wetting from the ground when using nets.",
    ),
    (
        "nUo077",
        "vi",
        "c_irri_dry",
        "Khuyến cáo phơi thóc trên bạt, lưới, tấm trải",
        "Viện Lúa quốc tế khuyến cáo các cách phơi nắng: phơi trên tấm trải, lưới hoặc tấm nhựa (bạt) là cách sạch "
        "nhất, ít lẫn sạn, gom nhanh khi mưa nhưng cần chống ẩm từ đất; phơi trên sân chuyên dụng cho người thu mua, "
        "nhà máy với công suất lớn.",
    ),
    (
        "nUo078",
        "en",
        "c_paddi",
        "Rice dryer service replacing sun drying",
        "A start-up offers a grain-drying solution for smallholders who sun-dry rice on roads, turning it every few "
        "hours for about six days; sun drying is blamed for up to 40% of waste in the chain and uneven drying makes "
        "rice shatter in milling.",
    ),
    (
        "nUo079",
        "vi",
        "c_mangpe",
        "Màng PE phủ luống nông nghiệp",
        "Cung cấp màng phủ nông nghiệp từ PE, LDPE dày 14-30 micromet, dẻo, co giãn, bền cả vụ; giữ ẩm đất, hạn chế "
        "cỏ dại, bảo vệ rau màu như cải, cà chua, bí đỏ.",
    ),
    (
        "nUo080",
        "en",
        "c_nhakinh",
        "Greenhouse covering film with light diffusion",
        "Polyethylene greenhouse film that transmits light in the 400-700 nm band for photosynthesis, diffuses light to "
        "lower leaves, blocks harmful UV and stabilises temperature; roofs should be washed to remove dust.",
    ),
    (
        "nUo081",
        "vi",
        "c_insect",
        "Lưới chắn côn trùng HDPE cho nhà lưới",
        "Lưới chống côn trùng bằng PE, HDPE, mắt rất nhỏ tính theo mesh, dệt kiếm, dệt kim, có phủ chống tia cực tím, "
        "dùng cho nhà lưới, nhà kính, nhà màng trồng rau sạch.",
    ),
    (
        "nUo082",
        "en",
        "c_fftc",
        "Study of rice post-harvest handling systems in Asia",
        "Extension bulletin on postharvest handling of rice in Asia: losses from harvest to milling and marketing, "
        "small farms averaging three hectares, and the gap in technologies adapted to local conditions.",
    ),
    (
        "nUo083",
        "vi",
        "c_shade_wiki",
        "Vải che nắng dệt kim có phụ gia chống UV cho mái che căng",
        "Vải che nắng dệt kim, phổ biến từ đầu thập niên 1990, được thêm phụ gia chống tia UV ngay khi sản xuất và "
        "bảo hành chống lão hóa nhiều năm; vải được phân loại theo hệ số che nắng, căng giữa các điểm neo, rẻ và dễ "
        "lắp cho khu ngồi, sân chơi.",
    ),
    (
        "nUo151",
        "en",
        "c_evergrand",
        "Choosing shade nets for vegetable greenhouses",
        "Advisory note for growers on shading in summer: select shade nets by the crop's light need rather than by "
        "colour; black nets shade more and cool fast for short-term use, silver-grey nets shade less and suit "
        "light-loving crops such as tomato. Compares nets with mud or ink on films.",
    ),
    (
        "nUo152",
        "vi",
        "c_tolelight",
        "Tấm lợp lấy sáng cho nhà kính trồng rau",
        "Cung cấp tấm lợp composite FRP, polycarbonate cho nhà màng, nhà kính trồng rau; so sánh độ truyền bức xạ mặt "
        "trời với màng PE, acrylic, kính để chọn vật liệu lợp mái.",
    ),
    (
        "nUo153",
        "en",
        "c_acnp",
        "High-frequency weldability testing of coated fabrics",
        "Laboratory study of 27.12 MHz welding of TPU-coated fabric: dielectric properties, continuous temperature "
        "control, comparison with impulse welding and peel tests; the strongest seams came when welding exceeded the "
        "180 C melting point of the hard segments.",
    ),
    (
        "nUo159",
        "vi",
        "c_thungchai",
        "Làng nghề thúng chai truyền thống",
        "Khoảng 40 hộ với hơn 120 lao động làm thúng chai bằng tre: vót nan, đan mê, nứt vành bằng cước nilon, trét "
        "phân bò; thúng đường kính 1,2 đến trên 3 m, giá 450.000 đồng đến 4 triệu đồng mỗi chiếc.",
    ),
    (
        "nUo160",
        "en",
        "c_coi",
        "Sedge mats from a century-old weaving village",
        "A sedge-mat weaving village by a coastal lagoon harvests and dyes sedge grown on salty fields and weaves "
        "traditional mats; the craft is more than 100 years old.",
    ),
    (
        "nUo161",
        "vi",
        "c_dancot",
        "Cót đan tre nứa của đồng bào Tày",
        "Hộ đồng bào Tày đan cót từ tre nứa chẻ mỏng, phơi nắng, ngâm nan; sản phẩm tiêu thụ đều, làm đến đâu bán hết "
        "đến đó, mong xây dựng thương hiệu làng nghề.",
    ),
    (
        "nUo164",
        "vi",
        "c_vuonlan",
        "Màng nhà kính PE thổi và cán",
        "Sản xuất màng nhà kính từ nhựa PE bằng phương pháp thổi và cán, khổ rộng, cuộn trên lõi; chống tia UV, truyền "
        "sáng tốt cho cây trồng trong nhà kính, nhà màng.",
    ),
    # --- (D) aquaculture nets, pond liners, fouling on cage nets ---
    (
        "nUo084",
        "en",
        "d_cu_wiki",
        "Copper alloy mesh for fish-farm pens",
        "Copper alloy netting for aquaculture pens: the alloy is antimicrobial and algaecidal, so it resists biofouling "
        "(a pen kept at 14 ft depth for a year showed no fouling), avoiding costly net changes, and it is strong and "
        "corrosion-resistant in sea water. Compared with nylon, polyester, PE and coated wire nets.",
    ),
    (
        "nUo085",
        "vi",
        "d_cu_gsa",
        "Lưới hợp kim đồng cho lồng nuôi biển",
        "Nhóm kỹ sư đại học tư vấn dùng lưới hợp kim đồng cho lồng nuôi cá biển: bền chắc, chống cá dữ, chống sinh vật "
        "bám, giảm công bảo trì so với lưới polymer phủ sơn chống hà; hỗ trợ tính toán thiết kế lại kết cấu để gắn lưới "
        "đồng vào hệ lồng hiện có.",
    ),
    (
        "nUo086",
        "en",
        "d_cu_au",
        "Patented copper alloy cage mesh",
        "A copper materials maker supplies patented copper alloy cage mesh for offshore and submersible pens, with "
        "customers in Australia, China and Hawaii: strong, anticorrosive and antimicrobial, it resists biofouling and "
        "escapes, though more costly than plastic nets.",
    ),
    (
        "nUo087",
        "en",
        "d_silicone",
        "Silicone-coated cage netting that sheds fouling",
        "Trial-proven non-toxic option: after 163 days immersed beside a salmon cage, white silicone-coated netting "
        "carried 1.9 kg/m2 of fouling versus 7.8-8.5 kg/m2 on uncoated white and black nets, and a 10-second water jet "
        "removed 15.3% of fouling from the coated net against 3-3.6% from untreated nets.",
    ),
    (
        "nUo088",
        "vi",
        "d_steen",
        "Sơn chống hà và lớp phủ bảo vệ lưới lồng",
        "Công ty chuyên hóa chất tẩm lưới nuôi trồng thủy sản cung cấp lớp phủ bảo vệ lưới chống mài mòn và tia UV "
        "(NetCoating) và sơn chống hà AquaNet điều chỉnh theo môi trường và vật liệu lưới, có phòng thí nghiệm và bộ "
        "phận nghiên cứu phát triển riêng.",
    ),
    (
        "nUo089",
        "en",
        "d_hydroid",
        "High-pressure in-situ washing of cage nets",
        "Service washing cage nets in place with rotating-disc cleaners at 200-300 bar, combined with copper-based "
        "coatings, as used by salmon farms where fast-growing hydroids force cleaning about every two weeks from July "
        "to November; note that hydroids may regrow faster after the first wash.",
    ),
    (
        "nUo090",
        "en",
        "d_autoboss",
        "Net-washing robot for fish pens",
        "A 950 kg net-washing robot lowered into the pen glides along the net on a preset pattern, its four-disc head "
        "blasting pressurised sea water over up to 1,500 m2 an hour. It replaced net changes that needed a crew of 15 "
        "with a crane and two days of hand washing per net.",
    ),
    (
        "nUo091",
        "vi",
        "d_sensors",
        "Tổng quan công nghệ robot vệ sinh lưới lồng nuôi biển",
        "Nhóm nghiên cứu đại học tổng hợp công nghệ robot làm sạch lưới lồng: thu ảnh dưới nước, nhận dạng bằng thị "
        "giác, di chuyển bám lưới, loại bỏ sinh vật bám, điều khiển chuyển động và định vị; robot còn dùng để kiểm tra, "
        "giám sát lồng, giảm công lao động và chi phí.",
    ),
    (
        "nUo092",
        "en",
        "d_biofoul_rev",
        "Research on biocide-free antifouling for aquaculture nets",
        "Biofouling can make netting up to 200 times heavier and raise drag fivefold within months, costing 5-10% of "
        "production. Our research group develops antifouling treatments that avoid cuprous oxide, copper and zinc "
        "pyrithione and other biocides, as an alternative to frequent net changing and cleaning.",
    ),
    (
        "nUo093",
        "vi",
        "d_ouci_net",
        "Lưới PE chống bám bẩn phủ polyaniline và nano đồng oxit",
        "Kết quả nghiên cứu lưới nuôi lồng bằng polyethylene chống sinh vật bám nhờ lớp polyaniline kết hợp nano đồng "
        "oxit, cùng tổng quan về kết cấu lưới, sinh vật bám và các biện pháp chống bám cho lồng nuôi.",
    ),
    (
        "nUo094",
        "en",
        "d_sintef",
        "ROV for cleaning, inspecting and repairing cage nets",
        "A research institute is developing an underwater vehicle tailored to aquaculture cages up to 157 m in "
        "diameter that cleans and inspects nets systematically and repairs damage to prevent escapes; a demonstrator is "
        "tested in a full-scale cage.",
    ),
    (
        "nUo095",
        "vi",
        "d_hdpe_cage_vn",
        "Lồng bè nuôi cá biển bằng nhựa HDPE",
        "Cung cấp lồng bè HDPE: ống nhựa đường kính từ 110 mm trở lên uốn thành khung tròn hoặc vuông, khớp nối chuyên "
        "dụng, phao HDPE, lưới nuôi gắn cố định; không gỉ, không mục, chịu nước mặn và tia UV, chịu sóng gió.",
    ),
    (
        "nUo096",
        "vi",
        "d_kenh14",
        "Lồng HDPE chịu bão cấp 12 và lưới sợi PE",
        "Doanh nghiệp có hai nhà máy rộng 6 ha, làm chủ quy trình từ hạt nhựa nguyên sinh đến kéo sợi PE đạt ISO "
        "9001:2015, cung cấp lồng HDPE chịu gió bão cấp 12, tuổi thọ thiết kế 20-50 năm, kèm lưới nuôi; đã cung cấp cho "
        "chương trình nuôi biển công nghệ cao Khánh Hòa và xuất khẩu sang 6 nước.",
    ),
    (
        "nUo097",
        "en",
        "d_cafef",
        "VietGAP grouper farming model in HDPE cages",
        "An extension centre transfers its VietGAP model for farming hybrid grouper in 630 m3 of sea cages: 12,600 "
        "fingerlings, 10,736 kg harvested, 75.8% survival, 1.125 kg average size, 17 kg/m3 and over 635 million dong "
        "profit using commercial feed.",
    ),
    (
        "nUo098",
        "vi",
        "d_stp",
        "Cụm lồng HDPE 5x5 m cho nuôi biển",
        "Doanh nghiệp sản xuất cụm lồng HDPE ô 5x5 m cho nuôi trồng thủy sản biển gắn với du lịch, đã lắp đặt tại Côn "
        "Đảo; cung cấp, lắp đặt và hướng dẫn kỹ thuật cho hộ nuôi muốn chuyển từ lồng tự phát sang lồng đạt chuẩn.",
    ),
    (
        "nUo099",
        "en",
        "d_longbe",
        "Cage and raft fish culture techniques",
        "Training on fish culture in cages and rafts: improved small cages of 1-4 m3 stocked at 150-300 fish/m3 can "
        "yield 150-250 kg/m3, versus traditional 15-30 m3 cages at 20-40 fish/m3; stocking, feeding and care.",
    ),
    (
        "nUo100",
        "vi",
        "d_liner_bsv",
        "Thi công màng chống thấm HDPE cho hồ nuôi tôm",
        "Công ty thi công màng HDPE cho hồ tôm theo 3 bước chuẩn: chuẩn bị mặt bằng, trải màng, hàn nối và kiểm tra; "
        "màng ngăn rò rỉ và nước ngầm xâm nhập, hạn chế tảo, vi sinh vật hại, giúp tôm ít bệnh, năng suất cao.",
    ),
    (
        "nUo101",
        "vi",
        "d_liner_cato",
        "Bạt lót ao HDPE dày 0,5-2,0 mm",
        "Cung cấp bạt HDPE lót ao tôm dày 0,5-2,0 mm: lớp mặt chống tia UV, lớp lõi chịu lực và hóa chất, tùy chọn bề "
        "mặt nhám để bám chắc trên mái dốc; tư vấn chọn bạt theo mô hình nuôi.",
    ),
    (
        "nUo102",
        "en",
        "d_liner_yf",
        "HDPE pond liners 0.3-1.0 mm for fish and shrimp farms",
        "We supply HDPE geomembrane pond liners from 0.3 to 1.0 mm (yield strength 5-15 N/mm): no seepage of seawater "
        "into groundwater, easy removal of organics, no dyke damage from waves or crabs, three or four crops a year "
        "instead of two, and 20-50% lower cost than concrete.",
    ),
    (
        "nUo103",
        "en",
        "d_liner_bpm",
        "HDPE sheets for farm ponds with fusion welding and repair",
        "Guide and supply for HDPE farm-pond liners made of about 97.5% polyethylene and 2.5% carbon black with "
        "antioxidants: reading GRI-GM13 data sheets, installation step by step with fusion welding of seams, and "
        "maintenance and repair of the liner.",
    ),
    (
        "nUo104",
        "en",
        "d_liner_gaa",
        "Appraisal of pond liners for shrimp culture",
        "Researchers appraise HDPE and PVC liners for shrimp ponds on acid-sulfate, sandy or organic coastal soils: "
        "separating water from soil raises annual cycles, aeration rates and stocking densities.",
    ),
    (
        "nUo105",
        "vi",
        "d_liner_agri",
        "So sánh bạt HDPE và bạt PVC cho ao nuôi",
        "Đánh giá ưu nhược điểm bạt HDPE: cấu trúc bán tinh thể, chống thấm, chống mốc, chịu nhiệt, chịu lực tốt và "
        "giá rẻ hơn; bạt PVC dẻo, nhiều màu nhưng chịu nhiệt kém và đắt hơn. Giúp người nuôi chọn bạt phù hợp.",
    ),
    (
        "nUo106",
        "vi",
        "d_liner_bds",
        "Màng HDPE làm hồ, túi trữ nước ngọt mùa khô",
        "Cung cấp màng HDPE dày 0,02-3 mm (97,5% nhựa nguyên sinh, 2,5% than đen, chất ổn định nhiệt, kháng UV), "
        "không độc, dùng lót ao nuôi tôm và làm hồ, túi trữ nước ngọt tưới vườn khi xâm nhập mặn; tuổi thọ 20-50 năm.",
    ),
    (
        "nUo107",
        "en",
        "d_liner_jala",
        "Comparison of plastic liners for shrimp ponds",
        "Advice on four plastics used in shrimp ponds: HDPE is UV and chemical resistant and lasts 5-10 years but is "
        "heavy and needs a hot sealer for repairs; LDPE is cheaper, lighter and flexible but lasts 2-5 years and tears "
        "more easily.",
    ),
    (
        "nUo108",
        "vi",
        "d_liner_bcc",
        "Thi công bạt lót hồ nuôi tôm trọn gói",
        "Nhận thi công bạt lót hồ bằng màng HDPE: đào hố sâu khoảng 80 cm, chuẩn bị bạt theo diện tích, trải, hàn và "
        "cố định; giúp kiểm soát nước, chống sạt lở bờ, giảm dịch bệnh, thu hoạch và vệ sinh dễ.",
    ),
    (
        "nUo109",
        "en",
        "d_liner_hy",
        "HDPE geomembrane 0.25-3.0 mm for pond lining",
        "HDPE geomembrane 0.25-3.0 mm thick with tightly packed, highly crystalline chains: anti-ageing, resistant to "
        "acids, alkalis and soil chemicals, high tensile, tear and puncture strength, for aquaculture and landscape "
        "ponds.",
    ),
    (
        "nUo110",
        "en",
        "d_liner_cnbinbo",
        "Geomembranes for shrimp pond construction",
        "Geomembrane liners for shrimp ponds keep contaminants out and nutrients from seeping into groundwater, cutting "
        "pollutants by about half; with low upkeep most farms recover the investment within three to five years.",
    ),
    (
        "nUo111",
        "vi",
        "d_liner_qp",
        "Tư vấn chọn màng HDPE lót hồ thủy sản",
        "Công ty môi trường tư vấn chọn màng HDPE lót hồ (tuổi thọ tới 20 năm) theo mục đích, điều kiện thi công, khí "
        "hậu, kích thước và chi phí, giới thiệu các thương hiệu màng uy tín và lưu ý kỹ thuật khi thi công.",
    ),
    (
        "nUo112",
        "en",
        "d_karmen",
        "AI analysis of ROV video for fish-farm inspections",
        "Software that analyses ROV inspection video of fish farms with AI, to meet greener standards: it flags "
        "fouling, fish health issues and the environmental effect of copper washed from net antifouling.",
    ),
    (
        "nUo113",
        "vi",
        "d_akuakare",
        "Lưới lồng phủ sơn chống bám không độc",
        "Cung cấp lưới lồng nuôi cá đã phủ sơn đặc biệt không độc, tạo bề mặt khó bám, ngăn ấu trùng vẹm, sinh vật đơn "
        "bào và tảo bám lên lưới, giữ lưu lượng nước và ôxy trong lồng, cải thiện hệ số thức ăn.",
    ),
    (
        "nUo114",
        "en",
        "d_danviet",
        "HDPE plastic cages for cobia and lobster",
        "Supply of HDPE plastic cages now common in Khánh Hòa for cobia, pompano and lobster: animals grow faster with "
        "higher survival, the cages withstand big waves and wind, are easy to deploy and spare mangroves from being cut "
        "for wooden rafts.",
    ),
    (
        "nUo115",
        "vi",
        "d_liner_mnh",
        "Bạt nhựa lót ao hồ HDPE, PE",
        "Cung cấp bạt nhựa lót ao từ HDPE và PE nhiều độ dày, kích thước cho hộ nhỏ đến trang trại: chống thấm tuyệt "
        "đối, bền trong điều kiện khắc nghiệt, dễ thi công, giúp giữ nước và tạo môi trường nuôi ổn định.",
    ),
    (
        "nUo154",
        "vi",
        "d_cn_cage",
        "Nghiên cứu thiết bị làm sạch lưới lồng nuôi biển",
        "Nhóm nghiên cứu đánh giá ba cách xử lý sinh vật bám lưới lồng (làm sạch thủ công, sơn chống bám, thiết bị cơ "
        "khí) và phát triển thiết bị làm sạch lưới lồng nuôi biển sâu, giảm nguy cơ rách lưới, thiếu ôxy và dịch bệnh.",
    ),
    (
        "nUo155",
        "vi",
        "d_liner_batlot",
        "Sản xuất màng HDPE lót ao nuôi tôm",
        "Nhà sản xuất màng chống thấm HDPE cho ao tôm: hạt polyethylene mật độ cao được nung chảy cùng hạt than đen "
        "chống tia cực tím, chất chống ôxy hóa và chất ổn định, ép thành màng địa kỹ thuật bền chắc; cung cấp cuộn "
        "màng cho đơn vị thi công ao.",
    ),
    # --- (E) collecting and recycling worn nets and ropes ---
    (
        "nUo116",
        "en",
        "e_hs_faq",
        "Recovery and recycling of waste fishing nets",
        "Our initiative recovers waste nets with divers, fishers and fish farms. After transport, sorting and cleaning, "
        "nylon parts go to a regeneration plant in Ljubljana to become new nylon yarn; polyethylene and polypropylene "
        "nets go to other recyclers, and the rest is reused or sent to waste-to-energy.",
    ),
    (
        "nUo117",
        "vi",
        "e_hs_garden",
        "Hợp tác thu hồi lưới ma, tái sinh thành sợi nylon",
        "Quỹ bảo vệ biển hợp tác với công ty dệt thu hồi lưới bị bỏ rơi và rác biển, tái sinh phần nylon thành sợi "
        "nylon dùng cho thời trang, thảm; trong mười năm đã thu hơn 900 tấn rác, khoảng một nửa được đưa đi tái chế.",
    ),
    (
        "nUo118",
        "en",
        "e_hs_urban",
        "Volunteer diver clean-ups of ghost nets",
        "We organise seabed clean-ups by volunteer divers to recover lost fixed nets, traps and net remnants: in one "
        "operation 12 divers brought up two fixed nets, a crab trap, a cage, an anchor and three tyres. Recovered nylon "
        "is regenerated; activities include school education and prevention with fishers.",
    ),
    (
        "nUo119",
        "vi",
        "e_gg",
        "Mô hình 'từ rác thành vải' cho lưới đánh cá",
        "Sáng kiến hợp tác giữa tổ chức bảo tồn, công ty sợi và nhà sản xuất tất: thợ lặn thu lưới ma (chủ yếu ở xác "
        "tàu đắm), ngư dân và trại nuôi nộp lưới thải, nylon được tách và tái sinh thành sợi dệt; ngư cụ nhựa có thể "
        "tồn tại trên biển tới 600 năm.",
    ),
    (
        "nUo120",
        "en",
        "e_psmfc",
        "Guidelines on recycling and disposing of fishing gear",
        "A fisheries commission's guidelines for ports and fleets: follow the waste hierarchy (reduce and reuse, "
        "recycle, energy recovery, landfill last), return reusable gear to fishers, and organise recycling of netting, "
        "taking into account bulky, multi-material gear, market prices and shipping.",
    ),
    (
        "nUo121",
        "vi",
        "e_noaa",
        "Mô hình điểm thu gom lưới rê cũ tại cảng cá",
        "Kinh nghiệm chương trình thu gom, tái chế lưới rê tại bốn cảng: kinh phí 23.000 USD và khoảng 4.500 USD từ "
        "doanh nghiệp sợi, ngư dân mang tới 47.000 pound lưới nylon cũ; lưới được ép kiện, bán cho công ty nhựa làm yên "
        "xe đạp. Hướng dẫn tổ chức thu gom, vận chuyển bền vững.",
    ),
    (
        "nUo122",
        "en",
        "e_nyp",
        "Fishing-gear recycling collection service",
        "Our company collects end-of-life fishing gear from fishers and ports and sends it to recyclers who turn the "
        "nylon into raw material for sunglasses, kayaks, socks and swimwear; a recent drift-gillnet programme diverted "
        "12,000 pounds and we have recycled over 900,000 pounds since 2017.",
    ),
    (
        "nUo123",
        "vi",
        "e_haines",
        "Hướng dẫn chuẩn bị lưới rê cũ trước khi tái chế",
        "Điểm tái chế hướng dẫn ngư dân tách bỏ mọi phần không phải tấm lưới: giềng phao, phao, giềng chì, dây treo "
        "lưới; bó tấm lưới sạch bằng mảnh lưới vụn, không lẫn dây khó tái chế; dây tách riêng đưa đi đốt thu năng "
        "lượng. Nhận lưới theo ngày hẹn, phí 25 USD mỗi vàng.",
    ),
    (
        "nUo124",
        "vi",
        "e_fnews",
        "Thu gom lưới thải tại cảng cá, đã vượt mốc một triệu pound",
        "Công ty tái chế ngư cụ thu gom lưới thải bỏ tại các cảng cá (đợt thu gần nhất ở cảng Dutch Harbor đưa tổng "
        "lượng vượt một triệu pound) và bắt đầu chuyển nhựa nhặt trên bãi biển cho đơn vị tái chế cơ học để đưa trở "
        "lại chuỗi cung ứng nhựa.",
    ),
    (
        "nUo125",
        "en",
        "e_bureo_3rd",
        "From collected nets to recycled pellets and moulded products",
        "Our fishing-net collection programme provides collection points for fishers; the nets are washed, shredded "
        "and fed through a pelletiser that melts and cuts them into recycled pellets, which are injected into steel "
        "moulds to make skateboards and other products.",
    ),
    (
        "nUo126",
        "vi",
        "e_bureo_eco",
        "Sản phẩm từ lưới đánh cá tái chế và mạng lưới thu gom 20 cộng đồng",
        "Doanh nghiệp tái chế lưới có chương trình thu gom ở 20 cộng đồng ngư dân dọc bờ biển, đã thu hơn 130.000 feet "
        "vuông lưới; sản xuất ván trượt, kính mát từ nylon tái chế, giảm tới 70% phát thải khí nhà kính so với nguyên "
        "liệu mới, đã bán hơn 4.000 ván.",
    ),
    (
        "nUo127",
        "en",
        "e_bureo_revolve",
        "Paid net-collection scheme with traceable recycled material",
        "We place disposal bins at fishing syndicates and pay fishers a commodity price per kilogram for old nets, "
        "giving them income and a reason to keep nets out of the sea; the nets become a fully traceable 100% recycled "
        "material used by an outdoor clothing brand.",
    ),
    (
        "nUo128",
        "vi",
        "e_bureo_plastics",
        "Ván trượt từ lưới đánh cá thu hồi",
        "Mô hình thu hồi lưới tại các cảng, được chính phủ hỗ trợ: lưới được xử lý thành hạt nhựa rồi ép thành ván "
        "trượt hình con cá; năm 2014 thu 15 tấn lưới, khoảng 2 m2 lưới cho một ván; có thể mở rộng sang kính mát.",
    ),
    (
        "nUo129",
        "vi",
        "e_recycleplant",
        "Phân loại nhựa phế liệu trước khi tạo hạt",
        "Nhà cung cấp máy tái chế hướng dẫn phân loại nhựa thải theo vật liệu (PP, PE, ABS, PET, PVC, PC, PA) vì mỗi "
        "loại có giá, quy trình, loại máy tạo hạt và nhiệt độ làm việc khác nhau; tư vấn dây chuyền tạo hạt phù hợp.",
    ),
    (
        "nUo130",
        "en",
        "e_hikari",
        "Recycled plastic pellets and bottles from a Long An plant",
        "A Vietnamese recycler sorts collected plastic, cleans it repeatedly at its Long An plant and turns it into "
        "pellets, preforms and export-standard bottles for cosmetics and food; Vietnam has exported 4,000 tonnes of "
        "recycled pellets.",
    ),
    (
        "nUo131",
        "vi",
        "e_wwf",
        "Tư vấn giải pháp xóa bỏ ngư cụ ma",
        "Tổ chức bảo tồn quốc tế cung cấp báo cáo và tư vấn giải pháp cho ngư cụ ma, dạng rác nhựa đại dương nguy hại "
        "nhất: phòng ngừa thất lạc ngư cụ, đánh dấu, thu hồi, tái chế và chính sách quản lý, cập nhật từ báo cáo toàn "
        "cầu tháng 10/2020.",
    ),
    (
        "nUo132",
        "en",
        "e_tcmt",
        "Study of plastic waste from Vietnam's capture fisheries",
        "Research article on plastic waste in Vietnamese fisheries: gear (netting, rope, floats, pond liners) is a main "
        "source; Vietnam imported 6.6 million tonnes of plastic resin in 2020 and gear and net imports quadrupled by "
        "weight in 2005-2019. Proposes solutions in line with the 2020-2030 action plan.",
    ),
    (
        "nUo158",
        "vi",
        "e_maynhua",
        "Máy tạo hạt nhựa nguyên sinh",
        "Cung cấp máy móc và quy trình sản xuất hạt nhựa nguyên sinh an toàn, chất lượng cao cho bao bì thiết bị y tế, "
        "chai đựng thực phẩm, nước uống.",
    ),
    # --- (F) workshop machines, quality testing and standards ---
    (
        "nUo133",
        "en",
        "f_iso1806_tr",
        "ISO 1806 mesh breaking force test equipment",
        "We supply and set up universal tensile testers for ISO 1806, the method for the mesh breaking force of fishing "
        "netting, preferably constant-rate-of-elongation machines, with grips and fixtures for tests in the dry and in "
        "the wet state, the latter better reflecting netting in use.",
    ),
    (
        "nUo134",
        "vi",
        "f_iso1806_iteh",
        "Thử lực kéo đứt mắt lưới theo EN ISO 1806",
        "Phòng thử nghiệm nhận xác định lực kéo đứt mắt lưới của tấm lưới đánh cá theo EN ISO 1806:2002, ở trạng thái "
        "khô và ướt (ưu tiên ướt vì sát với điều kiện sử dụng); phục vụ kiểm soát chất lượng, nghiệm thu mua hàng và "
        "lập quy cách sản phẩm.",
    ),
    (
        "nUo135",
        "en",
        "f_iso1805",
        "Breaking and knot breaking force of netting yarns (ISO 1805)",
        "Testing of netting yarns for fishing nets to EN ISO 1805: breaking force of the straight yarn and knot "
        "breaking force, dry or wet; wet tests on knotted yarn best show how the yarn behaves in use.",
    ),
    (
        "nUo136",
        "vi",
        "f_who_sampling",
        "Phương pháp lấy mẫu và chuẩn bị mẫu kiểm tra lô lưới",
        "Tư vấn kế hoạch lấy mẫu kiểm tra lô lưới theo xác suất phát hiện hàng không đạt, tùy mức cân bằng giữa chi phí "
        "và rủi ro của bên mua; hướng dẫn cắt mẫu đủ lớn, đại diện, cách đường may và mép 10 cm, cuộn trong giấy nhôm "
        "sạch, tránh nóng, và đếm mắt lưới trên khuôn chuẩn sau khi điều hòa mẫu 4 giờ ở 20 độ C, độ ẩm 65%.",
    ),
    (
        "nUo137",
        "en",
        "f_who_net",
        "Bursting strength specification for mosquito netting",
        "Specification work on mosquito netting: bursting strength is the only practicable strength test with reliable "
        "data, and a minimum of 250 kPa measured on a 7.3 cm2 sample to ISO 13938 was agreed for acceptable netting.",
    ),
    (
        "nUo138",
        "en",
        "f_iso1421_tr",
        "ISO 1421 tensile testing of coated fabrics",
        "Tensile test set-ups for ISO 1421: tensile strength and elongation at break of rubber- or plastics-coated and "
        "woven fabrics, strip or grab method, on a constant-rate-of-extension machine recording force and elongation, "
        "with pneumatic rubber-faced grips.",
    ),
    (
        "nUo139",
        "vi",
        "f_iso1421_bs",
        "Thử độ bền kéo và độ giãn đứt vải phủ theo ISO 1421",
        "Phòng thử nghiệm thực hiện ISO 1421:2016 cho vải phủ cao su, nhựa: phương pháp dải đo lực lớn nhất và độ giãn, "
        "phương pháp kẹp đo lực lớn nhất; máy kéo tốc độ giãn không đổi cấp chính xác 1, đứt mẫu trong khoảng 15-85% "
        "thang đo, thu dữ liệu ít nhất 8 lần mỗi giây.",
    ),
    (
        "nUo140",
        "en",
        "f_astm_d751",
        "Full test suite for coated fabrics and tarpaulins (ASTM D751)",
        "Our lab runs the ASTM D751 methods for coated fabrics such as tarpaulins: mass and dimensions, grab and strip "
        "breaking strength, elongation, bursting, puncture, tongue and trapezoid tear, hydrostatic resistance, coating "
        "adhesion, seam strength, heat ageing, low-temperature and blocking tests.",
    ),
    (
        "nUo141",
        "vi",
        "f_instron",
        "Thiết bị thử kéo vải phủ với kẹp khí nén",
        "Cung cấp hệ thống thử kéo vải phủ theo ISO 1421 (phương pháp dải và kẹp, khô và ướt): máy kéo vạn năng, kẹp "
        "khí nén má phủ cao su đặt được lực kẹp, tốc độ thu dữ liệu tới 100 Hz, cho kết quả lặp lại tốt.",
    ),
    (
        "nUo142",
        "en",
        "f_astm_d4851",
        "Test methods for architectural roof membranes",
        "Testing of coated and laminated architectural fabrics for air-supported and tensioned roof systems: fabric "
        "count, mass, thickness, bow, breaking force after crease fold, trapezoid tear, accelerated weathering, solar "
        "optical properties, flame resistance and noise reduction.",
    ),
    (
        "nUo143",
        "en",
        "f_e2tech",
        "UV resistance testing of technical textiles",
        "We test how long coated fabrics and polymers will last outdoors: accelerated exposure in xenon-arc or "
        "fluorescent UV (QUV) chambers to ASTM G154 and G155, then checks for fading, cracking, loss of tensile "
        "strength and delamination of coatings.",
    ),
    (
        "nUo144",
        "vi",
        "f_icc_g154",
        "Thử lão hóa gia tốc bằng đèn UV huỳnh quang ASTM G154",
        "Dịch vụ phơi mẫu sơn, nhựa, cao su, vải trong thiết bị đèn UV huỳnh quang theo ASTM G154 với chu kỳ sáng, tối, "
        "ngưng ẩm hoặc phun nước ở nhiệt độ kiểm soát, sau đó đánh giá màu, nứt, độ bền kéo; có mẫu đối chứng.",
    ),
    (
        "nUo145",
        "vi",
        "f_gwp_g155",
        "Thử thời tiết gia tốc bằng đèn hồ quang xenon theo ASTM G155",
        "Phòng thí nghiệm chất dẻo nhận thử lão hóa trong thiết bị đèn hồ quang xenon theo ASTM G155, tái tạo ánh "
        "nắng trực tiếp hoặc qua kính và độ ẩm dạng mưa, sương; điều kiện phơi mẫu được thống nhất với khách hàng.",
    ),
    (
        "nUo146",
        "vi",
        "f_hatang_geo",
        "Vải địa kỹ thuật theo TCVN 9844:2013",
        "Cung cấp và thi công vải địa kỹ thuật theo TCVN 9844:2013 cho nền đường, đê kè, công trình hạ tầng.",
    ),
    (
        "nUo147",
        "vi",
        "f_hatang_keo",
        "Xác định cường độ chịu kéo vải địa theo TCVN 8485:2010",
        "Phòng thí nghiệm hạ tầng xác định cường độ chịu kéo và độ giãn dài của vải địa kỹ thuật theo TCVN 8485:2010 "
        "cho công trình giao thông, thủy lợi.",
    ),
    (
        "nUo148",
        "en",
        "f_iso2307_iteh",
        "Fibre rope testing to ISO 2307:2019",
        "Testing of fibre ropes to ISO 2307:2019: linear density, diameter, lay length, braid pitch, elongation and "
        "breaking force, plus water repellence and lubrication or finish content on request.",
    ),
    (
        "nUo149",
        "en",
        "b_iso2307",
        "Rope breaking-force and elongation tests",
        "Rope testing to EN ISO 2307: tensile machines with pulley grips at least ten times the rope diameter, bollards "
        "for eye-spliced pieces at least twice the diameter, or wedge grips, measuring force to within 1%; random lot "
        "sampling for acceptance testing and reports on linear density, lay length, elongation and breaking force.",
    ),
    (
        "nUo150",
        "vi",
        "b_iso2307m",
        "Quy trình thử kéo đứt dây sợi tổng hợp",
        "Phòng thử nghiệm thực hiện thử dây theo ISO 2307: cho mẫu chịu tải theo chu kỳ ba lần giữa lực chuẩn và 50% lực "
        "đứt tối thiểu, tốc độ 250 ± 50 mm/phút; đo độ giãn tại 50% lực đứt rồi kéo tiếp tới khi đứt, ghi lực và vị "
        "trí đứt.",
    ),
    (
        "nUo156",
        "en",
        "b_atactv",
        "Polypropylene rope for water sports",
        "Floating polypropylene rope for recreation such as ski tows and pool lines: stretchy and pliable, cheap and "
        "tolerant of chemicals, but weak, poor in abrasion and shock load and not suited to rescue or commercial work.",
    ),
    (
        "nUo157",
        "vi",
        "b_tiepthi",
        "Sợi chỉ dừa làm vật liệu lọc nước, giữ ẩm đất",
        "Cung cấp sợi chỉ dừa tách từ vỏ dừa Bến Tre dùng làm lớp lọc nước phèn cùng cát sỏi, than hoạt tính, phủ gốc "
        "chống nóng, giữ ẩm, làm đất tơi xốp, và làm nguyên liệu thủ công mỹ nghệ.",
    ),
    (
        "nUo165",
        "en",
        "b_knotsbook",
        "Knot-tying handbook with a rope materials page",
        "A practical knot book for hobbyists that also summarises synthetic rope: polypropylene is cheap and floats but "
        "breaks down in sun, polyester wears well, nylon stretches for shock loads.",
    ),
]
