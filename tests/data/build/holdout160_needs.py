"""Needs for the holdout160 labelled set, with graded offers (2 = would solve, 1 = partly relevant)."""

NEEDS = [
    # --- shop inventory, barcode and point of sale ---
    (
        "oFn01",
        "vi",
        "brandsvn_taphoa",
        "Cần phần mềm quản lý hàng hóa và giá bán cho nhà sách – văn phòng phẩm",
        "Nhà sách – văn phòng phẩm của gia đình tôi ở thị trấn Cầu Ngang có khoảng 1.500 mã hàng (sách tham khảo, vở, bút, "
        "dụng cụ học tập), mỗi mã một giá. Hiện bán theo trí nhớ của chủ, người làm mới vào không nhớ giá, hay tính nhầm, "
        "cuối tháng không biết lời lỗ và còn bao nhiêu hàng. Cần phần mềm quản lý danh mục hàng, giá bán, nhập kho, lập hóa "
        "đơn tại quầy và báo cáo doanh thu, dễ dùng cho nhân viên bán hàng.",
        {
            "oFo001": 2,
            "oFo007": 2,
            "oFo010": 2,
            "oFo002": 2,
            "oFo134": 1,
            "oFo011": 1,
            "oFo016": 1,
            "oFo136": 1,
            "oFo009": 1,
        },
    ),
    (
        "oFn02",
        "en",
        "winen_shopstock",
        "Stop running out of best-sellers while slow stock piles up",
        "We run a stationery and bookshop in Vĩnh Long city. Every exam season we sell out of our best gel pens and ruled "
        "exercise books and have to send customers away, while boxes of slow-selling files and novelty items sit in the "
        "storeroom tying up our cash. We order by feel. We want a system that sets a minimum level for each item and tells "
        "us when to reorder, plus a way to spot and clear dead stock.",
        {"oFo002": 2, "oFo004": 2, "oFo001": 1, "oFo003": 1, "oFo142": 1, "oFo009": 1},
    ),
    (
        "oFn03",
        "vi",
        "ksetup_thatthoat",
        "Giảm thất thoát hàng hóa ở cửa hàng sách – văn phòng phẩm tự chọn",
        "Cửa hàng sách và văn phòng phẩm tự chọn của chúng tôi ở huyện Tiểu Cần mỗi lần kiểm kê đều thấy số hàng thực tế thấp "
        "hơn sổ, ước tính hao hụt 1–3% doanh thu mỗi năm, nhất là bút, tẩy, móc khóa nhỏ. Cần phương pháp kiểm kê định kỳ, đối "
        "chiếu và truy tìm nguyên nhân chênh lệch (mất cắp, nhập sai, bán sai mã), kèm công cụ ghi nhận phù hợp cửa hàng nhỏ.",
        {"oFo142": 2, "oFo003": 2, "oFo001": 1, "oFo004": 1, "oFo002": 1, "oFo007": 1},
    ),
    (
        "oFn04",
        "en",
        "pridepos_small",
        "Cycle counting and per-branch stock for a two-outlet bookshop",
        "Our family business has two book and stationery outlets in Trà Vinh city. Once a year we close for an all-night "
        "stocktake that is dreaded and full of errors, and we cannot see which shop holds what, so we over-order. We want to "
        "count a few fast-moving or valuable lines every week instead, get a quarterly list of items that have not sold in "
        "90 days, and keep stock per shop with transfers between them.",
        {"oFo002": 2, "oFo003": 2, "oFo142": 2, "oFo004": 1, "oFo001": 1},
    ),
    (
        "oFn05",
        "en",
        "seda_stock",
        "Barcode checkout that updates stock and triggers reorders",
        "A school-supplies shop in Càng Long wants to put a barcode on every item so that the checkout software registers "
        "each sale, deducts it from stock immediately and tells us what to reorder, instead of checking a handwritten list "
        "against the shelves. Looking for software plus scanners that a small shop can run.",
        {
            "oFo011": 2,
            "oFo134": 2,
            "oFo002": 2,
            "oFo016": 1,
            "oFo136": 1,
            "oFo001": 1,
            "oFo010": 1,
            "oFo007": 1,
            "oFo012": 1,
        },
    ),
    (
        "oFn06",
        "vi",
        "ketoan_taphoa",
        "Hộ kinh doanh văn phòng phẩm cần ghi sổ và phần mềm bán hàng – kho",
        "Tôi là hộ kinh doanh văn phòng phẩm ở huyện Càng Long, lâu nay ghi chép bằng giấy bút nên hay lẫn tiền hàng với tiền "
        "chi tiêu gia đình, không nắm được tồn kho và công nợ với nhà cung cấp, đến kỳ khai thuế rất vất vả. Cần được hướng "
        "dẫn cách ghi sổ hằng ngày và một phần mềm bán hàng, quản lý kho có báo cáo doanh thu để bớt phụ thuộc trí nhớ.",
        {"oFo007": 2, "oFo001": 2, "oFo010": 1, "oFo009": 1},
    ),
    (
        "oFn07",
        "en",
        "segutaxi_pencils",
        "Working out weekly pencil stock and reorder timing",
        "Our stationery shop in Bình Minh sells pencils every week in large numbers during term time. We want a simple method and "
        "tool to track how many pencils come in and go out each week, what the running total is over a term, and when to "
        "reorder so we neither run out before exams nor over-buy, and then apply the same to other fast lines.",
        {"oFo002": 2, "oFo004": 1, "oFo009": 1, "oFo003": 1, "oFo001": 1},
    ),
    (
        "oFn08",
        "vi",
        "risorra_register",
        "Sổ theo dõi nhập – xuất – tồn có mức đặt hàng lại, chưa cần phần mềm",
        "Tiệm sách nhỏ của tôi ở huyện Trà Cú chưa đủ tiền mua phần mềm. Muốn có mẫu sổ hoặc bảng tính ghi tồn đầu, nhập, xuất, "
        "tồn cuối cho từng mặt hàng, tự báo khi hàng xuống dưới mức đặt lại (tính theo lượng bán mỗi ngày và số ngày nhà cung "
        "cấp giao), kèm cách đếm đối chiếu hằng tuần cho đều đặn.",
        {"oFo004": 2, "oFo009": 1, "oFo005": 1, "oFo142": 1, "oFo003": 1},
    ),
    (
        "oFn09",
        "en",
        "isbn_review",
        "In-house barcodes for books without a usable ISBN barcode",
        "Our bookshop in Vĩnh Long buys from small local publishers and takes in used textbooks. Many books have no "
        "barcode, a damaged one, or an ISBN that will not scan because the check digit is wrong. We want every book to be "
        "scannable at the till, so we need software that validates codes and generates our own labels, plus a label printer.",
        {"oFo012": 2, "oFo134": 2, "oFo013": 2, "oFo135": 2, "oFo011": 1, "oFo016": 1, "oFo136": 1, "oFo014": 1},
    ),
    (
        "oFn10",
        "vi",
        "vinhphuc_qltt",
        "Kiểm soát nguồn gốc sách giáo khoa và đồ dùng học tập nhập về",
        "Nhà sách chúng tôi ở huyện Trà Ôn nhập sách giáo khoa, sách tham khảo, bút, máy tính cầm tay từ nhiều nguồn trước mùa "
        "khai giảng. Sợ nhập phải sách in lậu, hàng nhái không tem nhãn và bị xử phạt vì thiếu hóa đơn chứng từ. Cần được hướng "
        "dẫn cách nhận diện hàng giả, hàng kém chất lượng và cách lưu chứng từ nguồn gốc hợp pháp.",
        {"oFo018": 2, "oFo006": 1, "oFo137": 1},
    ),
    (
        "oFn11",
        "en",
        "townhouse_online",
        "Online store for a bookshop that shares stock with the counter",
        "We are an old bookshop in Vĩnh Long city with no online presence. When customers could not come in, sales "
        "stopped. We want to open an online shop where customers order from our real stock and from curated lists, with "
        "orders and counter sales drawing on one stock database.",
        {"oFo008": 2, "oFo002": 1, "oFo005": 1},
    ),
    (
        "oFn12",
        "vi",
        "versokit_small",
        "Can cach quan ly nhap xuat ton cho cua hang van phong pham nho",
        "Cua hang van phong pham cua toi o huyen Vung Liem ban theo tri nho, nhieu khi khach hoi moi biet het hang, co mon nhap "
        "nhieu qua ban cham mat von. Nhan vien chi noi 'chac con' chu khong chac. Can cach ghi nhap, xuat, ton don gian hoac "
        "phan mem re tien de biet con bao nhieu, mon nao ban chay, khi nao nhap them.",
        {"oFo004": 2, "oFo001": 2, "oFo007": 2, "oFo009": 1, "oFo010": 1, "oFo002": 1, "oFo142": 1},
    ),
    (
        "oFn13",
        "vi",
        "poscentral",
        "Màn hình hiển thị giá cho khách ở quầy thu ngân nhà sách",
        "Nhà sách chúng tôi ở TP Trà Vinh có quầy tính tiền đông khách mùa tựu trường; phụ huynh hay thắc mắc giá từng món khi "
        "thu ngân quét. Cần màn hình phụ quay về phía khách, hiện tên hàng, đơn giá và số lượng ngay khi quét, gắn được với máy "
        "tính tiền đang dùng.",
        {"oFo017": 2, "oFo136": 1, "oFo016": 1, "oFo010": 1},
    ),
    (
        "oFn14",
        "en",
        "isbn_app",
        "Validating ISBNs before listing used books online",
        "We sell used books from Trà Vinh on online marketplaces. Many ISBNs printed in older books fail validation because "
        "of a wrong check digit, so our listings get rejected or matched to the wrong edition. We need software that checks "
        "and corrects ISBN/EAN codes as we scan them and flags the ones that cannot be fixed.",
        {"oFo012": 2, "oFo005": 1, "oFo015": 1, "oFo014": 1},
    ),
    (
        "oFn15",
        "vi",
        "xavier_system",
        "In nhãn giá, bảng danh mục kệ và dự toán đơn nhập sách cho tiệm nhỏ",
        "Tiệm sách nhỏ ở huyện Cầu Kè đang viết tay nhãn giá và bảng danh mục trên kệ. Muốn dùng máy tính sẵn có để in hàng loạt "
        "nhãn giá từ danh sách sách, đồng thời lập bảng dự toán đơn nhập gồm giá bìa, chiết khấu, số lượng và phí vận chuyển "
        "trước khi đặt hàng từ TP.HCM.",
        {"oFo009": 2, "oFo134": 1, "oFo002": 1},
    ),
    # --- notebook and exercise-book making ---
    (
        "oFn16",
        "vi",
        "brandy_notebook",
        "Quy trình và thiết bị cắt, đục lỗ, đóng gáy cho sổ tay thủ công",
        "Hợp tác xã phụ nữ ở huyện Cầu Kè làm sổ tay thủ công khổ nhỏ khoảng 10 x 15 cm, mỗi cuốn 90 tờ giấy trơn, bìa mềm, bán "
        "cho học sinh và khách du lịch. Đã bỏ khoảng 500 USD (hơn 12 triệu đồng) mua vật tư, dụng cụ nhưng cắt giấy tay không đều, làm chậm. Cần quy "
        "trình và thiết bị nhỏ để ghép trang, cắt xấp, đục lỗ và đóng gáy (có thể đóng lò xo) cho đều và nhanh hơn.",
        {"oFo024": 2, "oFo154": 2, "oFo025": 1, "oFo155": 1, "oFo026": 1, "oFo022": 1, "oFo133": 1},
    ),
    (
        "oFn17",
        "en",
        "canfield_notebook",
        "Cheap pocket notebooks: saddle stitching instead of hand sewing",
        "A women's group in Trà Cú makes small pocket notebooks from A4 sheets, folded into 16-sheet booklets, aiming at "
        "a cost of a few thousand dong each. Tearing sheets along a ruler gives ragged edges and hand-stitching is slow. "
        "We want simple saddle-stitching (staple through the fold) equipment and a way to trim the booklets neatly.",
        {"oFo022": 2, "oFo133": 2, "oFo023": 2, "oFo030": 1, "oFo021": 1, "oFo026": 1},
    ),
    (
        "oFn18",
        "en",
        "ruk_notebooks",
        "Mechanising cutting, folding and binding of signatures for notebooks",
        "Our small print workshop in Vĩnh Long hand-makes notebooks: each one has ten folded signatures, so a batch of 23 "
        "notebooks means 230 signatures to cut, fold and bind by hand. Orders from schools are growing. We need machines that "
        "collate, stitch and trim exercise books so we can produce hundreds a day.",
        {"oFo021": 2, "oFo023": 2, "oFo133": 2, "oFo022": 2, "oFo026": 1, "oFo030": 1},
    ),
    (
        "oFn19",
        "vi",
        "diybookbinding",
        "Đóng ghim lồng tập mỏng in từ mẫu trang tự thiết kế",
        "Cơ sở in nhỏ ở huyện Mang Thít tự thiết kế và in các mẫu trang (vở kẻ ô li, sổ ghi chép chi tiêu, sổ liên lạc) trên máy "
        "in văn phòng, muốn đóng thành tập nhỏ 8–32 trang bằng ghim giữa gáy kèm bìa giấy cứng, rồi gấp đôi cho gọn. Cần máy đóng "
        "ghim lồng phù hợp số lượng vài trăm cuốn mỗi ngày.",
        {"oFo022": 2, "oFo133": 2, "oFo023": 2, "oFo021": 1, "oFo027": 1, "oFo030": 1, "oFo152": 1},
    ),
    (
        "oFn20",
        "en",
        "natureico_paper",
        "Lower-glare paper for exercise books and a check for optical brighteners",
        "We make exercise books in Long Hồ. Teachers and parents complain that our very white paper glares under classroom "
        "fluorescent lights and tires children's eyes; some suspect fluorescent bleach. We want a supplier of lower-"
        "brightness, anti-glare notebook paper and a simple way to check incoming paper for optical brightening agents.",
        {"oFo031": 2, "oFo033": 2, "oFo032": 2, "oFo145": 2},
    ),
    (
        "oFn21",
        "vi",
        "natureico_paper",
        "Kiem tra giay lam vo co chat tang trang huynh quang",
        "Xuong lam vo o TP Tra Vinh nhap giay tu nhieu noi, co lo trang bat thuong. Phu huynh hoi vo co chat tay trang huynh "
        "quang hai mat khong. Can cach kiem tra nhanh giay nhap ve (den UV hay gui phong thu) va tu van chon giay it trang hon "
        "cho hoc sinh.",
        {"oFo145": 2, "oFo032": 2, "oFo031": 1, "oFo033": 1},
    ),
    (
        "oFn22",
        "en",
        "wiki_saddle",
        "Binding for thick exercise books that wire stitching cannot hold",
        "Our thicker exercise books are wire-stitched through the fold like thin booklets, and the pages work loose "
        "within weeks. We also want to offer thick notebooks for upper-secondary students in Trà Vinh. Looking for a binding method "
        "and equipment suited to thick books that still open flat.",
        {"oFo025": 2, "oFo155": 2, "oFo024": 1, "oFo154": 1, "oFo039": 1},
    ),
    (
        "oFn23",
        "vi",
        "paper_uses_grain",
        "Máy kẻ dòng ô li cho cơ sở làm vở",
        "Cơ sở làm vở ở TP Vĩnh Long đang mua giấy đã kẻ sẵn nên giá cao và không chủ động mẫu. Muốn đầu tư máy kẻ dòng để tự kẻ "
        "ô li, dòng kẻ ngang, lề đỏ trên giấy khổ lớn trước khi cắt và đóng vở, kèm hướng dẫn canh chỉnh.",
        {"oFo027": 2, "oFo028": 1, "oFo026": 1},
    ),
    (
        "oFn24",
        "en",
        "brandy_notebook",
        "Clean trimming of notebook blocks after gluing endpapers",
        "We hand-make soft-cover notebooks in Trà Vinh city. After gluing in endpapers we trim the book block with a knife "
        "and ruler and the edges come out uneven, so many notebooks are sold as seconds. We need a cutter that trims stacks "
        "of bound blocks square and to exact size.",
        {"oFo026": 2, "oFo024": 1, "oFo154": 1, "oFo028": 1},
    ),
    (
        "oFn25",
        "vi",
        "jingou_carton",
        "Kiểm tra độ ẩm lô giấy cuộn khi nhận hàng làm vở",
        "Cơ sở làm vở ở huyện Trà Ôn mua giấy cuộn theo lô. Mùa mưa giấy hút ẩm, quăn mép, in dòng kẻ bị nhòe, đóng xong vở bị "
        "cong. Cần phương pháp xác định hàm lượng ẩm trung bình và dao động ẩm của lô giấy khi nhận hàng để làm căn cứ đổi trả "
        "với nhà cung cấp.",
        {"oFo029": 2},
    ),
    (
        "oFn26",
        "vi",
        "paper_uses_grain",
        "Máy xén giấy cắt xấp giấy đã kẻ dòng cho thẳng mép",
        "Xưởng làm vở ở huyện Bình Tân cắt xấp giấy đã kẻ dòng bằng dao tay nên mép lệch, dòng kẻ không song song mép vở. Cần "
        "máy xén (guillotine) cắt được xấp dày, chính xác kích thước, kèm lưu ý chiều thớ giấy khi cắt.",
        {"oFo026": 2, "oFo028": 1, "oFo024": 1, "oFo154": 1},
    ),
    (
        "oFn27",
        "en",
        "graf_glossary",
        "Ruling machine to print writing lines on notebook paper",
        "A notebook workshop in Vĩnh Long buys pre-ruled paper at a premium. We want a ruling machine that draws the "
        "Vietnamese school grid (ô li), horizontal lines and a red margin on large sheets before cutting and binding, plus "
        "training on setting it up.",
        {"oFo027": 2, "oFo026": 1, "oFo028": 1},
    ),
    # --- crayons, paints, pens, erasers and glue: safety and labelling ---
    (
        "oFn28",
        "vi",
        "plo_mauve",
        "Kiểm nghiệm chì và ghi nhãn cho màu nước chiết lẻ bán cho trẻ em",
        "Cửa hàng họa cụ của tôi ở TP Trà Vinh bán màu nước cho trẻ tô tượng, vẽ tranh: loại hũ 50 ml khoảng 20.000 đồng, loại "
        "bán ký từ 30.000 đến 260.000 đồng/kg, lấy từ chợ sỉ, không ghi thành phần hay xuất xứ. Phụ huynh hỏi có chì không. "
        "Cần nơi kiểm nghiệm kim loại nặng trong màu và hướng dẫn ghi nhãn thành phần, cảnh báo cho đúng.",
        {"oFo050": 2, "oFo046": 1, "oFo045": 1, "oFo051": 1, "oFo047": 1, "oFo143": 1, "oFo048": 1, "oFo049": 1},
    ),
    (
        "oFn29",
        "en",
        "cpsc_1994",
        "Lead testing of imported crayons before supplying schools",
        "We distribute low-cost imported crayons to schools and shops across Vĩnh Long. Past recalls showed that cheap "
        "imported crayons, some labelled non-toxic, contained enough lead in yellow and orange sticks to poison a child who "
        "chews them. Before signing a supply contract with the district we want every lot tested for lead, colour by colour.",
        {"oFo047": 2, "oFo143": 2, "oFo048": 2, "oFo049": 2, "oFo050": 1, "oFo045": 1, "oFo046": 1},
    ),
    (
        "oFn30",
        "en",
        "editorial_crayon",
        "Stocking only crayons that are really safe, not just labelled",
        "Our toy and stationery shop in Trà Vinh city wants to sell crayons parents can trust. A 'non-toxic' or 'conforms to "
        "ASTM D-4236' line on the box is hard for parents to interpret and is not proof of testing. We want a screening "
        "service that checks the brands we carry against recognised standards and lab results and gives us a safe list.",
        {"oFo049": 2, "oFo047": 2, "oFo143": 2, "oFo048": 2, "oFo045": 1, "oFo046": 1, "oFo050": 1},
    ),
    (
        "oFn31",
        "vi",
        "crayonsafe",
        "Đánh giá độc chất và ghi nhãn ASTM D-4236 để xuất khẩu sáp màu",
        "Cơ sở sản xuất bút sáp màu từ sáp đậu nành và sáp ong ở TP Vĩnh Long có đơn hàng thử từ một nhà nhập khẩu Mỹ. Khách yêu "
        "cầu bao bì ghi “Conforms to ASTM D-4236” và nhãn cảnh báo theo luật ghi nhãn họa cụ. Cần đơn vị hướng dẫn đánh giá độc "
        "chất công thức và soạn nhãn đúng quy định.",
        {"oFo046": 2, "oFo045": 2, "oFo051": 2, "oFo048": 1, "oFo049": 1},
    ),
    (
        "oFn32",
        "vi",
        "baltimore_crayons",
        "Xét nghiệm chì trong bút sáp màu nhập khẩu giá rẻ",
        "Chúng tôi là đại lý đồ dùng học tập ở huyện Châu Thành, nhập bút sáp giá rẻ qua trung gian. Được biết đã có đợt thu hồi "
        "hàng trăm nghìn hộp bút sáp nhập khẩu vì chứa chì, có nhãn hiệu bị cấm hẳn. Cần phòng thí nghiệm phân tích chì theo từng "
        "màu cho các lô đang tồn kho trước khi bán vào trường.",
        {"oFo143": 2, "oFo047": 2, "oFo048": 2, "oFo049": 2, "oFo050": 1},
    ),
    (
        "oFn33",
        "vi",
        "stheadline_eraser",
        "Kiểm tra chất hóa dẻo phthalate trong tẩy học sinh",
        "Nhà phân phối văn phòng phẩm ở thị xã Bình Minh nghe tin thử nghiệm 25 loại tẩy chỉ 1 loại không có chất hóa dẻo. Trước "
        "khi chào hàng cho các trường, chúng tôi muốn kiểm tra phthalate trong các mẫu tẩy đang phân phối và biết nên chọn vật "
        "liệu nào an toàn hơn.",
        {"oFo063": 2, "oFo064": 2, "oFo062": 2},
    ),
    (
        "oFn34",
        "en",
        "wiki_paste",
        "Safe home-made paste for three-year-olds from rice or flour",
        "A kindergarten group in Càng Long wants to stop buying unlabelled glue and make its own paste for the youngest "
        "classes, from ingredients we have locally such as rice or wheat flour, so it is harmless if children put it in "
        "their mouths. We need tested recipes and guidance on keeping it.",
        {"oFo054": 2, "oFo055": 2, "oFo052": 1, "oFo056": 1},
    ),
    (
        "oFn35",
        "vi",
        "eatsip_pva",
        "Công thức sản xuất keo sữa PVA cho học sinh",
        "Cơ sở hóa phẩm nhỏ ở huyện Châu Thành muốn làm keo sữa trắng đóng chai cho học sinh, thay hàng trôi nổi. Cần tư vấn công "
        "thức nhũ tương PVA, chất làm đặc, chất bảo quản, để keo dán tốt giấy, khô dẻo không giòn, và cách ghi nhãn an toàn.",
        {"oFo053": 2, "oFo058": 1, "oFo046": 1, "oFo057": 1, "oFo052": 1},
    ),
    (
        "oFn36",
        "en",
        "powder_pva",
        "Choosing safe glues by age for a preschool chain",
        "A preschool chain in Vĩnh Long buys glue in bulk. We need clear advice on which types (paste, "
        "PVA white glue, glitter glue) suit which age group, what certification marks mean a toxicologist has evaluated the "
        "product, and what 'non-toxic' does not guarantee.",
        {"oFo052": 2, "oFo057": 2, "oFo045": 1, "oFo058": 1, "oFo054": 1, "oFo056": 1},
    ),
    (
        "oFn37",
        "vi",
        "iso12757_list",
        "Kiểm tra bút bi theo tiêu chuẩn và an toàn hóa chất trước khi bán cho trường",
        "Cơ sở lắp ráp bút bi ở TP Trà Vinh muốn cung cấp bút cho các trường trong tỉnh. Nhà trường yêu cầu kết quả thử nghiệm về "
        "tính năng viết và chất độc hại (kim loại nặng, hóa chất cấm) cùng độ an toàn nắp bút với trẻ. Cần phòng thử nghiệm và "
        "tư vấn tiêu chuẩn áp dụng.",
        {"oFo144": 2, "oFo059": 2, "oFo061": 1, "oFo060": 1},
    ),
    (
        "oFn38",
        "vi",
        "sgs_pens",
        "Thử nghiệm bút gel nhãn riêng: phân loại ngòi và kích thước ruột",
        "Doanh nghiệp ở TP Vĩnh Long đặt gia công bút gel mang nhãn riêng để bán trong chuỗi nhà sách. Cần phòng thử nghiệm xác "
        "định cỡ ngòi (nét mảnh, trung bình), kiểm tra kích thước ruột thay thế có lắp lẫn được không và hiệu năng viết của từng lô.",
        {"oFo060": 2, "oFo144": 1, "oFo059": 1, "oFo061": 1},
    ),
    # --- school-bag and uniform-label printing ---
    (
        "oFn39",
        "en",
        "cults_lost",
        "Durable name labels for 600 pupils' uniforms",
        "A primary school in Trà Vinh city with about 600 pupils in identical uniforms has a lost-property box that fills "
        "every month; felt-tip names on care tags smudge and become unreadable. The school shop wants to sell name labels "
        "that stay legible through washing, at least surname and initial, that parents can apply themselves.",
        {"oFo068": 2, "oFo139": 2, "oFo067": 2, "oFo069": 1, "oFo072": 1},
    ),
    (
        "oFn40",
        "vi",
        "mother_lost",
        "Đặt in nhãn tên hàng loạt cho áo khoác, đồng phục học sinh",
        "Ban đại diện cha mẹ học sinh một trường tiểu học ở huyện Càng Long dọn kho đồ thất lạc thấy 71 áo khoác, chỉ 34 cái có "
        "tên, cùng nhiều hộp cơm, giày. Muốn đặt in nhãn tên hàng loạt cho học sinh (nhãn ủi hoặc nhãn dán), giá rẻ, bền khi giặt.",
        {"oFo067": 2, "oFo069": 2, "oFo139": 2, "oFo068": 2, "oFo072": 2},
    ),
    (
        "oFn41",
        "en",
        "dluxe_lost",
        "PVC-free name tags that survive industrial laundering",
        "A boarding school in Vĩnh Long sends pupils' uniforms to an industrial laundry, and name tags either peel off or "
        "are PVC-based, which the school wants to avoid for health and environmental reasons. We need a supplier of "
        "eco-friendly name tags, printed to the school's template with name, class and school, that survive commercial "
        "washing.",
        {"oFo067": 2, "oFo068": 1, "oFo072": 1, "oFo069": 1},
    ),
    (
        "oFn42",
        "vi",
        "curious_bags",
        "In tên học sinh lên ba lô bằng ép nhiệt tại cửa hàng",
        "Cửa hàng cặp sách, ba lô ở TP Trà Vinh muốn có dịch vụ in tên học sinh lên ba lô vải polyester, nylon ngay khi khách mua, "
        "chữ sắc nét, không bong khi dùng cả năm. Cần máy ép nhiệt, loại màng decal phù hợp và hướng dẫn thông số ép.",
        {"oFo073": 2, "oFo066": 2, "oFo070": 1, "oFo071": 1},
    ),
    (
        "oFn43",
        "en",
        "verylainie_diy",
        "Fast name personalisation on nylon school backpacks",
        "Our backpack stall at a market in Vĩnh Long wants to print children's names on nylon and polyester bags while the "
        "parent waits. Marker pens bleed and embroidery is too slow and bulky. We need a heat-transfer method with the right "
        "film and settings so names stay on through the school year.",
        {"oFo066": 2, "oFo073": 2, "oFo071": 1, "oFo070": 1},
    ),
    (
        "oFn44",
        "vi",
        "labelname_tags",
        "Gan ten do dung hoc sinh ma khong de lo ten ra ngoai",
        "Truong tieu hoc o huyen Tieu Can muon hoc sinh co nhan ten tren ao, ba lo, binh nuoc de de nhan lai do that lac, nhung "
        "phu huynh lo in ten to ben ngoai thi nguoi la goi duoc ten tre. Can nhan ten va tu van cach dan kin dao, dung ky hieu "
        "hay chu viet tat.",
        {"oFo069": 2, "oFo067": 1, "oFo068": 1, "oFo139": 1},
    ),
    (
        "oFn45",
        "vi",
        "milton_lost",
        "Nhãn tên ủi kèm theo bộ đồng phục bán ra",
        "Cửa hàng đồng phục học sinh ở TP Vĩnh Long muốn bán kèm mỗi bộ đồng phục một bộ nhãn tên in sẵn theo tên học sinh để phụ "
        "huynh tự ủi hoặc dán, vì cuối năm nhà trường phải thanh lý cả đống áo quần không ai nhận. Cần nhà cung cấp nhãn và hướng "
        "dẫn chọn loại nhãn theo từng món.",
        {"oFo069": 2, "oFo067": 2, "oFo139": 2, "oFo068": 2, "oFo072": 2},
    ),
    # --- used textbooks and library-style lending ---
    (
        "oFn46",
        "vi",
        "danviet_sachcu",
        "Mô hình thu gom sách giáo khoa cũ làm tủ sách dùng chung",
        "Phòng Giáo dục huyện Cầu Kè vận động học sinh cuối năm học quyên góp sách giáo khoa đã dùng cho học sinh lớp dưới, thư "
        "viện trường và tủ sách dùng chung để học sinh khó khăn có đủ sách. Cần mô hình tổ chức thu gom, phân loại, trưng bày và "
        "trao đổi sách cũ hiệu quả, có thể làm thành ngày hội.",
        {"oFo088": 2, "oFo085": 2, "oFo089": 1, "oFo140": 1, "oFo087": 1, "oFo081": 1},
    ),
    (
        "oFn47",
        "vi",
        "kenh14_combo",
        "Hội phụ huynh tổ chức trao đổi, mua bán lại sách giáo khoa cũ",
        "Nhiều phụ huynh là công nhân ở thị xã Duyên Hải phải chi hơn 900.000 đồng mỗi năm cho một bộ sách kèm sách tham khảo, "
        "sách tiếng Anh và dụng cụ. Hội phụ huynh muốn lập điểm trao đổi, ký gửi và bán lại sách giáo khoa cũ còn dùng được giữa "
        "các khóa học sinh, có danh sách cập nhật để mọi người tra cứu.",
        {"oFo086": 2, "oFo085": 2, "oFo088": 2, "oFo081": 2, "oFo083": 1, "oFo084": 1, "oFo153": 1},
    ),
    (
        "oFn48",
        "en",
        "duyendang_sgk",
        "Textbook buy-back or trade-in at a bookshop",
        "New-curriculum textbooks cost two to three times the old ones (a grade 4 set is now about 186,000 VND against "
        "87,000 before). Our bookshop in Vĩnh Long city wants to buy back or take in used textbooks at the end of the year "
        "against store credit, check their condition and resell them cheaply to the next cohort.",
        {"oFo082": 2, "oFo083": 2, "oFo081": 1, "oFo086": 1},
    ),
    (
        "oFn49",
        "en",
        "vtvgo_sgk",
        "Online platform for students to list and buy used textbooks",
        "The student union of a university in Trà Vinh wants a safe online platform where students list used textbooks and "
        "course books and buyers contact sellers, because textbooks and supplementary books cost families 500,000 to "
        "1,000,000 VND a year. Free or low-cost software preferred.",
        {"oFo084": 2, "oFo153": 2, "oFo085": 1, "oFo081": 1, "oFo086": 1},
    ),
    (
        "oFn50",
        "en",
        "mydegrees_buyback",
        "Student-run consignment desk for used textbooks",
        "The youth union of a college in Vĩnh Long wants to run a consignment desk at the start of each term: students drop "
        "off textbooks with an asking price, volunteers display them and keep a shared spreadsheet updated, and buyers "
        "compare price and condition, cutting out the middleman.",
        {"oFo081": 2, "oFo086": 2, "oFo083": 1, "oFo085": 1, "oFo084": 1, "oFo153": 1},
    ),
    (
        "oFn51",
        "vi",
        "lhs_unreturned",
        "Phần mềm mượn trả và nhắc quá hạn cho thư viện trường THPT",
        "Thư viện một trường THPT ở TP Vĩnh Long mỗi năm có hơn 500 cuốn không được trả, thiệt hại khoảng 8.700 USD (hơn 200 triệu đồng), phải mua "
        "thêm bản của sách được mượn nhiều. Hiện ghi sổ tay. Cần phần mềm quản lý mượn trả có theo dõi hạn trả, nhắc quá hạn và "
        "báo cáo, chi phí thấp.",
        {
            "oFo096": 2,
            "oFo093": 2,
            "oFo141": 2,
            "oFo092": 2,
            "oFo095": 2,
            "oFo099": 2,
            "oFo098": 1,
            "oFo097": 1,
            "oFo100": 1,
            "oFo101": 1,
        },
    ),
    (
        "oFn52",
        "en",
        "zeffko_library",
        "Replacing paper registers with a library system that shows availability",
        "A lower-secondary school library in Cầu Ngang records loans in a register and returns in another notebook; no "
        "one can say at once whether a popular book is on the shelf, on loan or missing, and half a morning can go on "
        "searching. We want a central catalogue with circulation and real-time availability, affordable for a rural school.",
        {
            "oFo093": 2,
            "oFo095": 2,
            "oFo092": 2,
            "oFo096": 2,
            "oFo141": 2,
            "oFo099": 2,
            "oFo098": 1,
            "oFo097": 1,
            "oFo094": 1,
        },
    ),
    (
        "oFn53",
        "en",
        "aasl_overdue",
        "Automated overdue reminders and fine handling for a large school library",
        "A secondary school in Trà Vinh city with about 1,400 students and one librarian sees more long-overdue and lost "
        "books every year. We want the library system to send students regular overdue reminders, give homeroom teachers "
        "monthly lists, handle fines and waivers, and record replacement books donated in place of lost ones.",
        {"oFo093": 2, "oFo092": 1, "oFo141": 1, "oFo095": 1, "oFo099": 1, "oFo096": 1, "oFo098": 1},
    ),
    (
        "oFn54",
        "vi",
        "lookingbackward_overdue",
        "Mau phieu muon va cach nhac tra sach cho thu vien tieu hoc",
        "Thu vien truong tieu hoc o huyen Tra Cu moi nam hoc co nhieu em tre han tra sach, hay noi quen hoac mat sach. Co thu vien "
        "mot minh phuc vu ca truong. Can mau phieu muon ghi han tra, quy trinh nhac nhe nhang va cach xu ly sach mat ma khong lam "
        "cac em so doc sach.",
        {"oFo098": 2, "oFo091": 1, "oFo096": 1},
    ),
    (
        "oFn55",
        "en",
        "unpretentious_overdue",
        "Self-service checkout to ease a one-person school library",
        "As the only librarian for 670 students and 80 staff at a school in Vĩnh Long, I spend weeks each year chasing "
        "overdue books and queues at the desk eat up class periods. I want self check-out and check-in stations and exit "
        "gates that alert when an unborrowed book leaves.",
        {"oFo100": 2, "oFo101": 2, "oFo093": 1},
    ),
    (
        "oFn56",
        "vi",
        "docslib_compare",
        "Chọn và cài phần mềm thư viện miễn phí cho trường THCS",
        "Trường THCS ở huyện Mang Thít muốn tin học hóa thư viện nhưng không có kinh phí mua phần mềm. Cần tư "
        "vấn chọn phần mềm thư viện mã nguồn mở, dễ cài, chạy trên một máy tính thông thường, có tra cứu trực tuyến và mượn trả.",
        {"oFo141": 2, "oFo092": 2, "oFo095": 2, "oFo093": 2, "oFo094": 1, "oFo096": 1, "oFo099": 1},
    ),
    (
        "oFn57",
        "en",
        "bluxblog_thanthien",
        "Classroom reading corners with pupil-run lending",
        "A primary school in Vũng Liêm has a small central library that opens only at break. We want a reading corner in "
        "every classroom, stocked partly by pupils, with pupil monitors running loans and returns, to build reading habits.",
        {"oFo140": 2, "oFo089": 2, "oFo090": 1},
    ),
    (
        "oFn58",
        "vi",
        "cornerstone_laminate",
        "Bọc sách bền cho thư viện cộng đồng cho mượn nhiều",
        "Thư viện cộng đồng ở huyện Cầu Kè cho trẻ em mượn sách về nhà, sách bìa mềm nhanh rách, quăn. Cần cách bọc sách bằng màng "
        "nhựa trong có keo cho đẹp, không bọt khí, bền, có thể hướng dẫn tình nguyện viên làm.",
        {"oFo103": 2, "oFo102": 1},
    ),
    (
        "oFn59",
        "en",
        "elibrary_rfid",
        "RFID tagging, self-service kiosks and security gates for a university library",
        "A university library in Trà Vinh wants to tag its collection with RFID so students can borrow and return at "
        "self-service kiosks, returns through a book drop are recorded automatically, shelves can be inventoried with a "
        "hand-held reader, and exit gates alarm on unborrowed books.",
        {"oFo100": 2, "oFo101": 1, "oFo093": 1},
    ),
    (
        "oFn60",
        "en",
        "craft_bookfilm",
        "Protective covering for paperbacks in a lending library",
        "A church-run lending library in Vĩnh Long lends paperbacks to children and they come back torn within weeks. We "
        "want volunteers trained to cover books with clear laminate film neatly, in bulk, so they survive heavy use.",
        {"oFo102": 2, "oFo103": 1},
    ),
    # --- photocopy and print corners ---
    (
        "oFn61",
        "vi",
        "lrc_hue_photo",
        "Góc photocopy – in tự phục vụ thu phí theo trang trong thư viện trường",
        "Thư viện một trường cao đẳng ở TP Trà Vinh muốn mở góc photocopy và in tự phục vụ: bạn đọc tự photo hoặc gửi lệnh in từ "
        "máy trạm rồi nhận bản in ở quầy, hiện thu tiền mặt. Cần giải pháp tính phí theo trang cho từng người dùng, khuyến khích "
        "in hai mặt và có quỹ bù chi phí máy, mực, giấy, bảo trì.",
        {"oFo104": 2, "oFo114": 1, "oFo107": 1, "oFo105": 1, "oFo108": 1},
    ),
    (
        "oFn62",
        "en",
        "copiermy_factors",
        "Fixed cost per copy for a print corner near a high school",
        "We run a copy and print corner opposite a high school in Tiểu Cần. Toner, drums and repairs come at unpredictable "
        "times, so we never know our real cost per copy and price our service by guesswork. We want an arrangement with a "
        "fixed price per page that includes consumables and service.",
        {"oFo107": 2, "oFo114": 2, "oFo105": 2, "oFo104": 1, "oFo108": 1, "oFo109": 1, "oFo106": 1},
    ),
    (
        "oFn63",
        "vi",
        "mbn_reman",
        "Hộp mực tái sản xuất hoặc nạp mực đảm bảo chất lượng cho tiệm photo",
        "Tiệm photocopy – in ấn của tôi ở TP Trà Vinh tốn nhiều tiền cho hộp mực chính hãng; chi phí in chiếm phần đáng kể doanh "
        "thu. Muốn chuyển sang hộp mực tái sản xuất hoặc dịch vụ nạp mực nhưng sợ bản in lem, nhạt, chất lượng không đều. Cần nhà "
        "cung cấp làm sạch, thay linh kiện, thử bản in trước khi giao.",
        {"oFo117": 2, "oFo151": 2, "oFo116": 2, "oFo108": 1, "oFo106": 1},
    ),
    (
        "oFn64",
        "en",
        "onix_toner",
        "Properly remanufactured toner cartridges after bad refills",
        "Our copy shop in Bình Minh tried cheap 'drill and fill' refilled cartridges and got streaks, background marks and "
        "erratic output. We still want to save money over new OEM cartridges, but only with cartridges that are fully "
        "disassembled, cleaned, given new worn parts and print-tested.",
        {"oFo117": 2, "oFo116": 1, "oFo151": 1},
    ),
    (
        "oFn65",
        "vi",
        "printerbase_mps",
        "Tinh chi phi moi trang de dinh gia photo va in mau",
        "Tiem photo gan truong o huyen Cang Long muon tinh dung chi phi muc cho moi trang den trang va trang mau de dinh gia, vi "
        "so trang ghi tren hop muc tinh theo do phu 5% ma tai lieu hoc sinh in nhieu hinh. Can cach tinh va so lieu tham khao cho "
        "tung loai may.",
        {"oFo108": 2, "oFo115": 2, "oFo109": 2, "oFo106": 1, "oFo105": 1, "oFo104": 1},
    ),
    (
        "oFn66",
        "en",
        "toannhan_baotri",
        "Preventive maintenance contract for copiers before exam season",
        "Our copiers in Trà Vinh city break down exactly in exam season when demand peaks, and every day of downtime "
        "loses customers to competitors. We want a scheduled maintenance service by page count that replaces worn drums and "
        "rollers and uses the machines' diagnostics to catch faults early.",
        {"oFo110": 2, "oFo113": 1, "oFo107": 1, "oFo114": 1},
    ),
    (
        "oFn67",
        "vi",
        "eatsip_eduprint",
        "Máy in số lượng vừa cho phiếu bài tập, đề kiểm tra",
        "Trung tâm dịch vụ in ở TP Vĩnh Long nhận in phiếu bài tập, đề kiểm tra, tài liệu ôn tập cho các trường, mỗi đợt vài trăm "
        "đến vài nghìn bản từ một bản gốc. Photocopy thì chậm và tốn mực, in offset thì không đáng. Cần thiết bị in nhanh, rẻ cho "
        "số lượng vừa.",
        {"oFo138": 2, "oFo118": 2, "oFo152": 1, "oFo120": 1, "oFo121": 1},
    ),
    (
        "oFn68",
        "en",
        "eatsip_eduprint",
        "Printing course workbooks on demand in small runs",
        "The print unit of a college in Trà Vinh wants to print course-specific workbooks and selected chapters for "
        "students in runs of one to a hundred copies, at a fixed cost per copy, instead of ordering large offset runs that "
        "go out of date.",
        {"oFo120": 2, "oFo152": 2, "oFo119": 2, "oFo118": 1, "oFo138": 1, "oFo121": 1},
    ),
    (
        "oFn69",
        "vi",
        "ndt_photocu",
        "Thuê máy photocopy trọn gói cho tiệm photo mới mở",
        "Tôi mới mở tiệm photo gần trường ở huyện Tam Bình, vốn ít, không muốn bỏ tiền mua máy. Cần thuê máy photocopy trọn gói "
        "tính theo số bản chụp, bên cho thuê lo vật tư và sửa chữa.",
        {"oFo114": 2, "oFo107": 2, "oFo112": 1},
    ),
    (
        "oFn70",
        "vi",
        "fes_maintenance",
        "Giảm chi phí sửa chữa máy in phun màu hay hỏng đầu phun",
        "Tiệm in màu ở TP Trà Vinh in ảnh thẻ, bìa hồ sơ cho học sinh; máy in phun màu hay nghẹt và hỏng đầu phun, mỗi lần thay "
        "rất tốn, chi phí sửa chữa cả năm vượt dự tính. Cần dịch vụ bảo trì định kỳ và cách giảm chi phí bảo trì máy in màu.",
        {"oFo113": 2, "oFo110": 1},
    ),
    (
        "oFn71",
        "en",
        "kc_coverage",
        "Managed printing at a fixed price per page for a school office",
        "The office of a secondary school in Vĩnh Long prints report cards, worksheets and colour notices; printing costs "
        "swing from month to month. We want a managed print or lease arrangement with a guaranteed cost per page that covers "
        "supplies and repairs.",
        {"oFo105": 2, "oFo107": 2, "oFo114": 2, "oFo104": 1, "oFo109": 1},
    ),
    # --- online ordering and delivery for schools ---
    (
        "oFn72",
        "en",
        "weny_cost",
        "Pre-packed supply kits ordered online by class list",
        "Parents in Trà Vinh spend more every year on school supplies and lists keep getting longer. Our bookshop wants to "
        "take each class's list from teachers, let parents order a complete kit online and deliver packed kits to the school "
        "before the first day.",
        {"oFo124": 2, "oFo122": 2, "oFo132": 2, "oFo123": 2, "oFo129": 2, "oFo125": 2, "oFo128": 1},
    ),
    (
        "oFn73",
        "vi",
        "tnj_costs",
        "Nhà trường mua tập trung đồ dùng học tập số lượng lớn",
        "Trường tiểu học ở huyện Cầu Kè thấy danh sách đồ dùng ngày càng dài, phụ huynh than tốn kém, giáo viên còn tự bỏ tiền mua "
        "bù bút chì, giấy. Trường muốn mua tập trung đồ dùng cơ bản số lượng lớn với giá sỉ để phát cho mọi học sinh đầu năm.",
        {"oFo126": 2, "oFo127": 2, "oFo122": 1},
    ),
    (
        "oFn74",
        "vi",
        "cafemom_list",
        "Đóng bộ đồ dùng theo danh sách lớp 1, dán nhãn theo lớp",
        "Hiệu sách ở TP Trà Vinh nhận danh sách đồ dùng lớp 1 của các trường (hộp bút, keo dán, bút chì, bút màu, tẩy, kéo, bìa "
        "kẹp…). Muốn đóng sẵn từng bộ đúng danh sách, dán nhãn theo trường, lớp để phụ huynh mua một lần, không phải đi nhiều nơi.",
        {"oFo132": 2, "oFo123": 2, "oFo124": 2, "oFo122": 1},
    ),
    (
        "oFn75",
        "en",
        "payson_rural",
        "Online ordering of new titles for readers far from a bookshop",
        "In the coastal communes of Duyên Hải there is no shop selling new books; readers wait for a trip to the city. A "
        "bookseller in Trà Vinh city wants an online shop so rural customers can order specific new titles from its stock.",
        {"oFo008": 2, "oFo002": 1, "oFo005": 1},
    ),
    (
        "oFn76",
        "vi",
        "ezlunch",
        "Nhan dat do dung hoc tap online tu phu huynh, giao vao tung lop",
        "Nha sach o huyen Tra On muon cho phu huynh dat va tra tien do dung hoc tap qua mang, ghi ten, lop, giao vien cua con; nha "
        "sach dong goi, dan nhan va giao den van phong truong de chia ve tung lop, khong phai xep hang mua dau nam.",
        {"oFo128": 2, "oFo125": 2, "oFo123": 2, "oFo129": 1},
    ),
    (
        "oFn77",
        "vi",
        "payschoolfees",
        "Phần mềm nhận đơn đặt đồ dùng học tập theo lớp cho ban phụ huynh",
        "Ban đại diện cha mẹ học sinh một trường THCS ở huyện Châu Thành muốn thay phiếu giấy bằng trang đặt hàng trực tuyến: phụ "
        "huynh chọn bộ đồ dùng theo khối, lớp, hệ thống tự tổng hợp đơn theo lớp và gửi cho nhà cung cấp, có hạn chót đặt hàng.",
        {"oFo125": 2, "oFo129": 2, "oFo122": 2, "oFo128": 1, "oFo008": 1, "oFo131": 1},
    ),
    (
        "oFn78",
        "en",
        "tnj_costs",
        "School-wide bulk purchasing instead of parents buying lists",
        "Teachers at a primary school in Vĩnh Long spend their own money on pencils and paper, and some families cannot "
        "afford the list. The school wants to buy classroom supplies centrally in bulk, funded partly from fees, and ask "
        "families only for a few personal items.",
        {"oFo126": 2, "oFo127": 2, "oFo124": 1, "oFo122": 1},
    ),
    # --- further needs ---
    (
        "oFn79",
        "en",
        "carsons_lost",
        "Iron-on and sew-in name labels for school jumpers",
        "Parents at a primary school in Trà Vinh city complain that children lose eight to ten jumpers a term, and even "
        "named items end up in the lost-property chest. The parent association wants a supplier of printed name labels, "
        "iron-on or sew-in, that stay on through weekly washing, to sell to families at cost.",
        {"oFo072": 2, "oFo068": 2, "oFo069": 2, "oFo139": 2, "oFo067": 2},
    ),
    (
        "oFn80",
        "en",
        "bcavn_smarttank",
        "Printer or small copier for a grocery adding a copy service",
        "A grocery shop in Trà Cú near a lower-secondary school wants to add photocopying and printing for pupils and "
        "parents. We cannot decide between an office printer and a small photocopier, given the volume, running cost, "
        "durability and counter space, and do not want to buy an oversized machine we cannot use fully.",
        {"oFo111": 2, "oFo115": 1, "oFo112": 1, "oFo106": 1},
    ),
]
