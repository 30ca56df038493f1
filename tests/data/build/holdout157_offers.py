"""Offers for holdout157: (id, language, source key, title, description)."""

OFFERS = [
    # --- coir mattresses and neighbouring coconut products ---
    (
        "oCo001",
        "vi",
        "ccri",
        "Quy trình sản xuất và phân hạng tấm xơ dừa tráng cao su làm đệm",
        "Chuyển giao quy trình làm tấm xơ dừa tráng cao su cho nệm và đệm ghế: xơ dừa tách bằng máy, không qua ngâm, được "
        "uốn xoăn, phủ và liên kết bằng cao su thiên nhiên, cao su tổng hợp hoặc hỗn hợp, rồi lưu hóa và cắt theo kích "
        "thước. Sản phẩm được phân hạng theo chỉ số cứng lõm (tải trọng, tính bằng kg, làm tấm lún 40% chiều dày): mềm "
        "3,0–5,9; trung bình 6,0–8,9; cứng 9,0–11,9; rất cứng 12,0–14,9. Tỷ trọng tham khảo khoảng 40–99 g/dm³ tùy hạng; "
        "một phần ba giữa tấm có thể gia cố, cứng hơn tối đa 15%.",
    ),
    (
        "oCo002",
        "vi",
        "ccri",
        "Dịch vụ đo chỉ số cứng lõm và tỷ trọng tấm xơ dừa cao su",
        "Phòng thử nghiệm nhận mẫu tấm xơ dừa tráng cao su dùng làm đệm: đo chiều dày ban đầu bằng kim đo (mẫu mỏng hơn 38 "
        "mm được xếp chồng cho đủ khoảng 38 mm), xác định tải trọng gây lún 40% chiều dày và tỷ trọng, rồi xếp vào bốn "
        "hạng mềm, trung bình, cứng, rất cứng. Có kiểm tra riêng phần giữa tấm được gia cố. Cấp phiếu kết quả cho từng lô.",
    ),
    (
        "oCo003",
        "en",
        "univ",
        "Quality advisory for rubberised coir mattresses",
        "Consultancy for makers of rubberised coir mattresses. Coir alone has no resilience; the latex solution gives it "
        "spring and the ability to follow the body, so latex content decides quality: we recommend 25 to 30 percent dry "
        "rubber content to slow sagging and extend life. Coir is hygroscopic and holds about 8 to 10 percent moisture, "
        "which gives a cool feel only if the sleeper lies close to the coir, not under thick foam. We also advise on "
        "keeping finished mattresses dry, since wetting damages them permanently.",
    ),
    (
        "oCo004",
        "vi",
        "niko",
        "Dây chuyền tấm đệm xơ dừa xuyên kim phun mủ cao su",
        "Cung cấp dây chuyền làm tấm đệm xơ dừa: xơ ngắn, xoăn, đã làm mềm được xuyên kim kết thành tấm, sau đó phun mủ cao "
        "su thiên nhiên để tấm bền, không gãy vụn. Tấm giữ ổn định theo chiều dài nhưng vẫn co giãn theo chiều ngang, "
        "tránh võng giữa nệm, thoáng khí và chống mục. Dùng cho nệm không lò xo, nệm chỉnh hình, đệm ghế và đồ nội thất "
        "bọc nệm.",
    ),
    (
        "oCo005",
        "vi",
        "pozv",
        "Cung cấp tấm xơ dừa và tư vấn phối lớp theo độ cứng nệm",
        "Đơn vị cung cấp tấm xơ dừa làm nệm và tư vấn phối lớp: lớp xơ dừa càng dày nệm càng cứng; phối xơ dừa với các vật "
        "liệu khác để đạt độ cứng trung bình, cao hoặc rất cao. Xơ dừa chứa nhiều lignin nên dai, chống mục, chịu ẩm và "
        "muối. Nguyên liệu là dừa hái trước khi chín khoảng một tháng, ngâm lâu, tách phần xơ bằng tay, chải, sấy và phân "
        "loại; chỉ dùng xơ ngắn cho nệm.",
    ),
    (
        "oCo006",
        "en",
        "kadolis",
        "Coir–latex baby mattress design",
        "Design service for baby mattresses using coconut fibre. Coir is a cellulose fibre from the husk, extracted after "
        "soaking, washed and sun-dried; world output is about 500,000 tonnes a year. It is firm, durable and very "
        "breathable and does not hold moisture, which avoids mould. Combined with latex it gives a semi-firm mattress of "
        "the kind paediatricians recommend for babies, with good air circulation and anti-mite behaviour without chemical "
        "treatment.",
    ),
    (
        "oCo007",
        "vi",
        "gummi",
        "Thiết kế nệm cứng bông ép, xơ dừa cho trẻ em và người bệnh xương khớp",
        "Tư vấn thiết kế dòng nệm cứng: làm từ vật liệu kết cấu vững như bông ép, xơ dừa, bề mặt phẳng, nâng đỡ chắc, độ "
        "đàn hồi thấp, dày khoảng 9–15 cm, mỏng hơn nhiều so với nệm mềm. Phù hợp trẻ em đang phát triển hệ cơ xương và "
        "người có bệnh lý xương khớp. Hướng dẫn chọn độ cứng theo đối tượng sử dụng.",
    ),
    (
        "oCo008",
        "en",
        "seolearn",
        "Desalting and drying of retted coir fibre",
        "Process advice for coir fibre producers. Husks are soaked to loosen the fibre, either in fresh water or in tidal "
        "sea water; fibre retted in the sea absorbs a large amount of salt that has to be washed out before use. We set "
        "up washing, long drying, baling and grading into formats from crumb to coarse fibre, and explain the difference "
        "between brown coir from ripe nuts (strong) and white coir from half-ripe nuts (more flexible).",
    ),
    (
        "oCo009",
        "en",
        "ecosleep",
        "Rubberised coir ventilation mats under floor-level mattresses",
        "We supply one-inch rubberised coir mats coated with natural latex, to lay under a mattress that rests on "
        "plywood, a floor or another surface without airflow; cotton batting traps moisture and favours dust mites, "
        "while coir lets air move. The mat also softens very firm futons. A layer of natural fabric, such as an old sheet, "
        "should go between coir and mattress to avoid staining and abrasion; two layers can be used where needed.",
    ),
    (
        "oCo010",
        "vi",
        "nnso",
        "Dàn máy tách vỏ dừa thành chỉ xơ và mụn dừa",
        "Chuyển giao dàn máy tách vỏ dừa: từ vỏ dừa gần như phế phẩm thu được hai sản phẩm là chỉ xơ dừa và mụn dừa. Một "
        "cơ sở tham khảo sản xuất khoảng 7 tấn mụn và 2 tấn chỉ xơ mỗi ngày mà vẫn không đủ hàng; chỉ xơ ép kiện có giá "
        "xuất khẩu khoảng 2,5–3 triệu đồng một tấn, mụn đóng bao 10 kg giá 23.000 đồng.",
    ),
    (
        "oCo011",
        "vi",
        "indochina",
        "Mụn dừa làm giá thể ươm cây giống và ủ phân",
        "Cung cấp mụn dừa (cám dừa) đã xử lý làm giá thể thay đất cho sản xuất cây giống, hoa kiểng và làm nguyên liệu ủ "
        "phân vi sinh, phân hữu cơ. Các làng nghề cây giống ở Đồng bằng sông Cửu Long tiêu thụ rất mạnh; mụn đóng bao 10 "
        "kg, giá khoảng 23.000 đồng một bao.",
    ),
    (
        "oCo012",
        "en",
        "coirgreen",
        "Coir geotextile netting for erosion control",
        "Woven coir geotextiles made only from coconut husk fibre, used to stop soil erosion on slopes, embankments and "
        "riverbanks until vegetation takes over. Light grades suit ordinary soil, heavy grades embankments. Coir resists "
        "salt water, lasts two to five years, holds about three times its weight in water and then decomposes into "
        "humus.",
    ),
    (
        "oCo013",
        "vi",
        "sgtimes",
        "Máy xe chỉ và máy đánh dây thừng xơ dừa cải tiến",
        "Doanh nghiệp tự chế tạo máy đánh dây thừng và máy liên hợp xe chỉ xơ dừa, thay cho loại máy cũ chỉ đạt khoảng 15 "
        "kg/giờ, hay lỗi và phải dừng sửa. Máy mới cho sợi chỉ và dây thừng đều hơn, phục vụ dệt thảm xơ dừa xuất khẩu; "
        "nhận chuyển giao và bảo trì máy.",
    ),
    (
        "oCo014",
        "vi",
        "tv_trabac",
        "Than hoạt tính từ gáo dừa và sản phẩm chế biến từ dừa",
        "Doanh nghiệp liên doanh chế biến dừa từ năm 1995: than hoạt tính từ than gáo dừa, than BBQ, nước cốt dừa cấp "
        "đông, cơm dừa sấy khô. Mỗi năm liên kết tiêu thụ khoảng 180 triệu quả gáo dừa, cơm dừa và 24 triệu quả vỏ dừa; "
        "nhận liên kết vùng nguyên liệu với nông dân.",
    ),
    (
        "oCo015",
        "en",
        "geiworks",
        "Coir erosion-control logs, wattles and blankets",
        "Natural erosion-control products from coconut husk: long bristle coir twisted into twine and netting for "
        "high-strength mats, blankets and the outer net of coir logs, while shorter 'mattress coir' is used as the filling "
        "inside logs, blocks and wattles. Mats are laid flat on slopes and banks to hold soil while plants establish.",
    ),
    (
        "oCo016",
        "en",
        "netco",
        "Biodegradable coir gabion mattresses for coastal banks",
        "Instead of steel-wire or HDPE gabion mattresses, we build three- or four-layer woven coir mattresses with a jute "
        "inner liner, filled with sand, rock or both, with internal baffles that form cells on steep banks. Developed and "
        "tested over four years for dunes, coastal banks and stream banks, they allow revegetation.",
    ),
    (
        "oCo017",
        "vi",
        "tv_duasap",
        "Giống dừa sáp cấy phôi tỷ lệ sáp cao",
        "Chuyển giao giống dừa sáp cấy phôi: dừa sáp truyền thống cho bình quân 43 quả/cây/năm nhưng tỷ lệ trái sáp chỉ "
        "10–20%, còn cây cấy phôi đạt 70–90%, tăng giá trị gấp nhiều lần. Hướng dẫn lên liếp, chăm sóc và thu hoạch hai "
        "đợt mỗi tháng.",
    ),
    # --- latex ---
    (
        "oCo018",
        "vi",
        "gn_latex",
        "Chuyển giao quy trình sản xuất nệm cao su thiên nhiên",
        "Hướng dẫn trọn quy trình làm nệm cao su thiên nhiên chất lượng cao: từ mủ cao su tự nhiên qua xử lý, đánh bọt, "
        "đúc khuôn, lưu hóa, rửa, sấy đến kiểm định độ bền, độ đàn hồi và an toàn cho người dùng. Trung bình một tấm nệm "
        "hoàn chỉnh cần khoảng 120 lít mủ; tư vấn định mức nguyên liệu và kế hoạch thu mua mủ.",
    ),
    (
        "oCo019",
        "vi",
        "latexorg",
        "Công nghệ tạo bọt cao su Dunlop và Talalay",
        "Tư vấn chọn và vận hành hai phương pháp biến mủ lỏng thành bọt cao su cho nệm: Dunlop là cách lâu đời, mủ được "
        "bơm vào khuôn từng lớp rồi lưu hóa, có thể làm ngay tại xưởng với thiết bị phù hợp; Talalay ra đời sau Thế chiến "
        "II, mủ được giữ lỏng, đánh cho nhiều khí, đổ vào khuôn kim, cấp đông nhanh, lưu hóa và hút chân không, cho bọt "
        "nhẹ, thoáng hơn. Cây cao su cho mủ suốt 30–50 năm.",
    ),
    (
        "oCo020",
        "en",
        "sleepez",
        "Latex grading: natural, blended and synthetic foam",
        "Testing and buyer guidance on latex foam. Only about 40 percent of the milk from the rubber tree is latex, and "
        "early natural Dunlop foam varied because there was no standard for how much of the milk was used. Blends of "
        "natural and synthetic latex were introduced for consistency, and most foam sold as Talalay is in fact a blend. "
        "We help mattress makers specify and verify natural-latex content when buying foam.",
    ),
    (
        "oCo021",
        "vi",
        "vn_matdo",
        "Tư vấn mật độ cao su và cấu trúc lớp cho nệm",
        "Tư vấn mật độ cao su cho nhà sản xuất nệm: mủ thiên nhiên được tạo bọt, đổ khuôn và lưu hóa. Bọt Dunlop có hai "
        "lớp, lớp dưới mật độ cao, lớp trên nhẹ hơn, nên chắc và hợp làm lõi nệm; Talalay chỉ đổ nửa khuôn rồi hút chân "
        "không cho nở đầy, sau đó làm đông để khí CO2 thoát ra, cho cảm giác mềm đều hơn.",
    ),
    (
        "oCo022",
        "en",
        "savvyrest",
        "Zippered, layered natural latex mattresses",
        "We design and build natural latex mattresses of 95–97 percent pure rubber, combining Dunlop and Talalay layers "
        "in different densities from very soft to ultra-firm. The zippered case lets a single layer be changed years "
        "later to alter the feel. Natural latex sleeps cooler and drier than other foams, does not off-gas, and our "
        "mattresses carry a 20-year warranty.",
    ),
    (
        "oCo023",
        "vi",
        "vn_latexproc",
        "Hướng dẫn nhận biết nệm cao su thiên nhiên và cao su nhân tạo",
        "Chương trình hướng dẫn cho đại lý và người mua: nệm cao su thiên nhiên làm 100% từ cao su dạng bọt, không pha "
        "phụ gia, nguyên khối chắc mịn, không chảy nhựa hay xẹp lún, cấu trúc bọt hở thông khí và tự phân hủy khi hết "
        "hạn; nệm nhân tạo làm trên dây chuyền từ hợp chất tổng hợp. Chỉ ra dấu hiệu hàng giả, hàng nhái và cách kiểm tra "
        "khi nhập hàng.",
    ),
    (
        "oCo024",
        "vi",
        "phr",
        "Cung cấp mủ latex ly tâm đạt TCVN 6314:1997",
        "Cung cấp mủ cao su ly tâm loại HA và LA theo TCVN 6314:1997: tổng hàm lượng chất rắn ≥ 61,5%; hàm lượng cao su "
        "khô ≥ 60,0%; chất không phải cao su ≤ 2,0%; kiềm (NH3) ≥ 0,60% với HA và ≤ 0,29% với LA; độ ổn định cơ học ≥ 650 "
        "giây; chất đông kết ≤ 0,05%; đồng và mangan mỗi loại ≤ 8 mg/kg; cặn ≤ 0,10%; trị số VFA ≤ 0,20; trị số KOH ≤ "
        "1,0. Có phiếu kiểm nghiệm từng lô.",
    ),
    (
        "oCo025",
        "vi",
        "caosuviet",
        "Thu mua mủ nước và sản xuất cao su tờ xông khói RSS",
        "Tổ chức thu mua mủ nước của tiểu điền và chế biến cao su tờ RSS: chống đông mủ bằng dung dịch amoniac 10–15% với "
        "liều 0,01–0,05%, hoặc natri sulfit tới 1 kg cho 1.000 lít mủ; cấp dụng cụ, axit và hướng dẫn tạo đông, cán qua "
        "máy năm trục thành tờ, phơi rồi xông khói.",
    ),
    (
        "oCo026",
        "vi",
        "jad",
        "Đánh đông mủ cao su bằng axit lactic cho cao su SVR 5",
        "Kết quả nghiên cứu chuyển giao: dùng axit lactic 3% thêm vào mủ nước tới pH 5,5 cho mủ đông tốt, tiết kiệm axit, "
        "giảm ô nhiễm nguồn nước; mủ đông sau chế biến đạt SVR 5 theo TCVN 3769:2004. So với axit acetic (pH 5,4), độ dẻo "
        "ban đầu cao hơn nhưng chỉ số duy trì độ dẻo thấp hơn.",
    ),
    # --- roll packing, polyurethane foam and machinery ---
    (
        "oCo027",
        "en",
        "zxc",
        "Compression limits for roll-packed mattresses",
        "Technical guidance for roll packing. Rolling a mattress flat takes 40,000 to 250,000 N, the weight of 4 to 25 "
        "tonnes. Polyurethane foam should be at least 30–35 kg/m³; ordinary foam can be compressed about five-fold, "
        "high-quality dense foam only to about a third of its volume. Latex is more sensitive: no more than a third of "
        "its volume, with strict limits on storage time and temperature, and blends richer in natural latex cope better. "
        "Spring mattresses can be rolled only with restrictions.",
    ),
    (
        "oCo028",
        "en",
        "leggett",
        "Roll-pack machines for foam, spring and encased-coil mattresses",
        "We install and service roll-pack machines that prepare up to three mattresses a minute for shipping, whether "
        "foam, innerspring or encased coil. The machine wraps the finished mattress in plastic, compresses it to about "
        "one inch with a 60-ton press, folds and rolls it, adds a second bag and places it in a box.",
    ),
    (
        "oCo029",
        "en",
        "ef_box",
        "Bed-in-a-box compression and packing line",
        "Turnkey line for boxed mattresses: a hydraulic press expels the air and cuts thickness by up to 90 percent, using "
        "about 10,000 to 15,000 pounds of force for standard foam and close to 50,000 pounds for dense latex; the slab is "
        "vacuum-sealed in polyethylene film, rolled and boxed. Foam, memory foam, latex and hybrids with fabric-wrapped "
        "pocket coils can be processed.",
    ),
    (
        "oCo030",
        "vi",
        "toby",
        "Mút PU mềm cho nệm, có loại chống cháy ít khói cho phòng bệnh",
        "Cung cấp mút PU mềm và tư vấn làm nệm: nệm đơn giản là khối mút dày 10–15 cm bọc vải, thoáng khí, truyền nhiệt và "
        "ẩm tốt; nệm trẻ em dùng mút mềm, người lớn dùng mút cứng hơn nhưng tỷ trọng tối thiểu 32 kg/m³ để đủ bền. Nệm "
        "mút chỉ nặng bằng 1/4 nệm lò xo, giá khoảng 40% nệm latex và 63% nệm lò xo cùng cỡ. Mút bền, đàn hồi, khử trùng "
        "được nên rất hợp phòng bệnh; có loại mút chống cháy, ít khói.",
    ),
    (
        "oCo031",
        "en",
        "wijaya",
        "Continuous slabstock polyurethane foam line",
        "Supply and set-up of flexible polyurethane foam production from di-isocyanates and polyols, with formulations "
        "adjusted for each density and firmness. Nearly 90 percent of mattresses and over 90 percent of upholstery use PU "
        "foam. In the continuous slabstock process the mix foams on a moving conveyor and the block, usually 15 to 120 "
        "metres long, is cut, cured and prepared; a discontinuous process is available for smaller output.",
    ),
    (
        "oCo032",
        "en",
        "zl_pads",
        "Training: foam-core production and IFD testing for mattress pads",
        "A practical, chemistry-light course on making the foam core of mattress pads and toppers: polyol and isocyanate "
        "reaction with a blowing agent, cream, rise and cure times, bunstock versus moulded foam, horizontal splitting "
        "and convoluted (egg-crate) cutting, and measuring IFD so that foam can be specified, incoming batches inspected "
        "and production faults traced.",
    ),
    (
        "oCo033",
        "vi",
        "vn_foam",
        "Công nghệ nệm foam: memory foam và foam đàn hồi cao",
        "Giới thiệu và chuyển giao công nghệ nệm foam theo từng loại đàn hồi: memory foam (foam đàn hồi chậm) do NASA phát "
        "minh từ những năm 1970, ôm sát, nâng đỡ tốt, hợp người nằm nghiêng nhưng phục hồi chậm, ấn tay vào giữ dấu vài "
        "giây; các loại foam đàn hồi nhanh cho cảm giác nảy. Tư vấn chọn loại foam theo mục đích và giá.",
    ),
    (
        "oCo034",
        "vi",
        "gn_foamcsn",
        "Tư vấn chọn mật độ foam cho nệm bền",
        "Tư vấn kỹ thuật cho xưởng nệm foam: PU mật độ thấp thích hợp làm lớp trên cùng cho cảm giác mềm, foam mật độ cao "
        "làm lõi để đàn hồi và ôm người. Nệm dùng foam mật độ thấp có thể xuống cấp chỉ sau 2–3 năm; mật độ cao giữ khả "
        "năng nâng đỡ lâu hơn. Hướng dẫn phối lớp và ghi mật độ trên nhãn.",
    ),
    (
        "oCo035",
        "vi",
        "btm",
        "Máy cắt mút CNC, máy cắt ngang và cắt đứng cho xưởng nệm",
        "Cung cấp máy cho khâu cắt và tạo hình mút: máy CNC điều khiển bằng máy tính cắt mút thành hình phức tạp, chính "
        "xác cho nệm đặc biệt, nệm tạo đường cong; máy cắt ngang, cắt đứng xẻ khối mút thành tấm theo độ dày; máy cắt vải "
        "tự động giảm hao hụt; kèm máy cuốn lò xo cho nệm lò xo.",
    ),
    (
        "oCo036",
        "en",
        "spare_mfg",
        "Quilting, border and ruffle sewing machinery for mattresses",
        "Machinery for mattress plants: heavy-duty industrial sewing machines for borders, panels and ruffles, quilting "
        "machines for top panels, automated spring-forming machines for Bonnell, continuous or pocket springs, and "
        "precision foam cutters. We advise which machines suit foam, innerspring or luxury natural-fibre mattresses.",
    ),
    (
        "oCo037",
        "en",
        "epo",
        "Improved tape-edge sewing apparatus for mattresses",
        "A conventional tape-edging machine has a support table with a sewing carriage on a rail; the operator walks it "
        "backwards round the table to sew the top panel to the border, turns the heavy mattress over and sews the bottom "
        "in a second pass. Our improved apparatus and method reduce the manual effort of handling and sewing, including "
        "mattresses larger or smaller than the table.",
    ),
    (
        "oCo038",
        "en",
        "mbiz",
        "Mattress manufacturing process consulting",
        "Step-by-step process design for a mattress factory: choosing size, type and firmness; foams, coils (Bonnell, "
        "pocketed, offset), insulator pads, quilting fabric, thread and tape edge; assembling spring units with helical "
        "wires or fabric pockets and a border rod; cutting foam buns with CNC machines or vertical saws, adding gel inserts "
        "or ventilation holes; then quilting, closing and packing.",
    ),
    (
        "oCo039",
        "en",
        "duraform",
        "Spray polyurethane foam insulation for cold storage",
        "Spray polyurethane foam insulation for processing plants and refrigerated warehouses that hold goods between -40 "
        "and 50°F: high R-value, vapour blocking and thermal resistance from floor to ceiling, with design of target "
        "temperatures, vapour transmission, expansion joints and pull-down schedules.",
    ),
    (
        "oCo040",
        "en",
        "westroof",
        "Spray foam roofing for climate-controlled buildings",
        "Roofing contractor working since 1979: spray polyurethane foam applied as a liquid that expands into a seamless "
        "layer over an existing roof, after saturated areas are removed. Suited to freezers, meat packing, storage and "
        "museums, and can last over 50 years when maintained.",
    ),
    (
        "oCo041",
        "vi",
        "giachung",
        "Phào chỉ PU trang trí nội thất",
        "Sản xuất và thi công phào chỉ, hoa văn trang trí bằng polyurethane dạng đặc: mật độ dày, cứng hơn xốp polystyrene "
        "rất nhiều, tiết diện ổn định, không mục nát, vỡ vụn hay nứt; báo giá theo mẫu.",
    ),
    (
        "oCo042",
        "en",
        "sis",
        "Testing to ASTM C1029 for spray-applied rigid polyurethane insulation",
        "Laboratory testing and classification of spray-applied rigid cellular polyurethane thermal insulation to ASTM "
        "C1029, which sets four types and their physical properties, within the surface operating temperatures the "
        "specification allows.",
    ),
    # --- spring mattresses ---
    (
        "oCo043",
        "vi",
        "hyd",
        "Máy sản xuất lò xo nệm: lò xo Bonnell và lò xo túi",
        "Cung cấp máy làm lò xo nệm từ dây thép: máy Bonnell cuộn dây thành lò xo hình đồng hồ cát và thắt nút hai đầu để "
        "lò xo đứng vững; máy lò xo túi tạo từng lò xo rồi bọc riêng trong túi vải. Máy bảo đảm mỗi lò xo đồng đều về lực "
        "căng, chiều cao và hình dạng theo yêu cầu độ bền của ngành nệm; hướng dẫn vận hành từ dây thô tới lò xo thành "
        "phẩm.",
    ),
    (
        "oCo044",
        "en",
        "jzj",
        "Pocket-spring manufacturing process and equipment",
        "Know-how and equipment for pocket springs: wire drawing through dies to reduce diameter and raise strength; "
        "coiling on rollers and cutting to length; heating and tempering; inserting each spring into a pocket of "
        "non-woven polypropylene stitched into a grid; adding a thicker border wire with clips or staples for edge "
        "support; and assembling the core with padding and cover.",
    ),
    (
        "oCo045",
        "vi",
        "quoccuong",
        "Tư vấn thiết kế nệm lò xo: số lò xo và kiểu lò xo",
        "Tư vấn cấu tạo nệm lò xo: hàng chục tới hàng trăm cuộn lò xo làm lớp đỡ, phía trên là các lớp êm, dưới cùng là "
        "lớp nền bằng đệm len hoặc mút mỏng. Nệm chất lượng thường có khoảng 400 lò xo trở lên cho cỡ 1,6 × 2 m, nhưng số "
        "lò xo không quyết định tất cả. So sánh lò xo liên kết Bonnell hình đồng hồ cát (độ cứng theo cỡ dây, rẻ) với lò "
        "xo túi độc lập.",
    ),
    (
        "oCo046",
        "en",
        "zimlin",
        "Turnkey set-up for pocket-coil, foam, Bonnell and hybrid mattress lines",
        "We plan complete mattress lines: pocket coils made on a pocket-coil machine, encased in fabric, glued or sewn "
        "into units and layered with foam, latex or cotton; foam mattresses from mixed and moulded blocks cut to size; "
        "Bonnell spring units; and hybrids combining coils with foam, each finished in a quilted cover sewn shut.",
    ),
    (
        "oCo047",
        "vi",
        "yuantian",
        "Máy lắp ráp khối lò xo cho nệm lò xo",
        "Cung cấp máy lắp ráp khối lò xo: xếp hàng trăm, có khi hàng nghìn lò xo theo sơ đồ định sẵn và liên kết thành "
        "khối lưới liên tục hoặc khối lò xo túi. Máy thay cho việc lắp tay tốn công, chất lượng không đều, giúp xưởng sản "
        "xuất hàng loạt khối lò xo đồng nhất và bền.",
    ),
    (
        "oCo048",
        "en",
        "liushuil",
        "Microcoil comfort layers and foam pocket springs",
        "Spring components for modern beds: microcoils used as comfort layers, coils replacing foam along the mattress "
        "edge, and fully pocketed cores for hybrid beds that combine springs with foam or latex on top. Industry data "
        "showed innerspring shipments up 8.3 percent in 2015, and 35 percent of consumers surveyed saw hybrid or spring "
        "beds as best. We also offer foam pocket springs, foam blocks encased in fabric like wire coils, with the "
        "machinery to feed them.",
    ),
    (
        "oCo049",
        "en",
        "fmh",
        "Guide and machines for innerspring mattress production",
        "Technical guide and machinery for innerspring mattresses, built from three components: the spring core of steel "
        "coils, the foundation and the upholstery layers. We explain why coil count alone should not decide quality and "
        "supply foam machines for the comfort layers.",
    ),
    (
        "oCo050",
        "vi",
        "amando",
        "Bộ tài liệu tư vấn so sánh nệm foam và nệm lò xo cho cửa hàng",
        "Tài liệu và tập huấn cho nhân viên bán nệm: so sánh nệm foam với nệm lò xo theo tư thế ngủ, kiểu cơ thể, mức thoải "
        "mái, giảm áp lực, căn chỉnh cột sống, độ nhạy nhiệt, độ thoáng khí, mùi, cô lập chuyển động, độ bền, rủi ro khi "
        "dùng và giá, để tư vấn khách chọn đúng loại.",
    ),
    # --- testing and fire safety ---
    (
        "oCo051",
        "en",
        "cfr1633",
        "Open-flame testing of mattress sets to 16 CFR 1633",
        "Our laboratory tests mattress sets under the US open-flame standard: a pair of propane burners applies set heat "
        "fluxes to the top and side, the specimen burns freely in a ventilated room for 30 minutes and heat release is "
        "measured by oxygen-consumption calorimetry. To pass, peak heat release must stay at or below 200 kW and total "
        "heat release at or below 15 MJ in the first 10 minutes. Mattresses sold with a foundation are tested with it.",
    ),
    (
        "oCo052",
        "en",
        "legal",
        "Compliance advisory for the US mattress flammability rule",
        "We help manufacturers, importers and renovators comply with 16 CFR 1633, which covers mattress sets sold in the "
        "US, including adult and youth mattresses, futons and crib mattresses. Services cover prototype testing plans, "
        "compliance certificates, records and labels, and the penalties the Consumer Product Safety Commission can "
        "impose.",
    ),
    (
        "oCo053",
        "en",
        "ispa",
        "Fire-barrier and fibre selection to meet open-flame rules without restricted chemicals",
        "Based on an industry survey of the materials producers use to meet the federal mattress flammability standards "
        "(Parts 1632 and 1633), we advise on combinations of fire-resistant fibres, barrier fabrics and closing thread, "
        "their chemistry and how they are incorporated, for each mattress type, in light of California rules that ban "
        "certain flame-retardant chemicals.",
    ),
    (
        "oCo054",
        "en",
        "bttg",
        "BS 7177 ignition testing for domestic and contract mattresses",
        "Testing of mattresses, mattress pads, divans and bed bases to BS 7177, using BS EN 597-1 and -2 and "
        "BS 6807. Low hazard needs the cigarette and match tests; medium hazard adds ignition source 5 and high hazard "
        "source 7, with very high hazard set by the specifier for places open to arson. We also test mattress filling "
        "materials; mattress protectors are outside the standard.",
    ),
    (
        "oCo055",
        "vi",
        "satra445",
        "Thử nghiệm bắt cháy nệm gia dụng bằng thuốc lá và que diêm",
        "Thử nghiệm nệm, nệm đế, đế giường bọc nệm để bán thị trường Anh theo BS 7177:2008+A1:2011, mức nguy cơ thấp: "
        "thử điếu thuốc lá đang cháy âm ỉ (EN 597-1) và ngọn lửa giả que diêm (EN 597-2, bản 1994). Mẫu thử mô phỏng đúng "
        "cấu tạo nệm, đặt nguồn lửa lên nút chần, đường chần, viền; thử cả hai mặt nếu khác nhau. Tư vấn ruột nệm theo quy "
        "định năm 1988 và nhãn.",
    ),
    (
        "oCo056",
        "vi",
        "oldeng",
        "Tư vấn khả năng chống bắt cháy cho nệm hợp đồng khách sạn, bệnh viện",
        "Tư vấn cho nệm không dùng trong gia đình: ngoài thử thuốc lá và que diêm theo BS 6807, nệm hợp đồng phải chịu "
        "nguồn cháy crib 5 (nguy cơ trung bình, mức C53, C5B3) hoặc crib 7 (nguy cơ cao, mức C71; crib 7 lớn gấp khoảng 8 "
        "lần crib 5), tùy đánh giá của cán bộ PCCC về nơi sử dụng. Nguy cơ trung bình thường đủ nếu có báo cháy, lối "
        "thoát tốt; nguy cơ rất cao dành cho giàn khoan, trại giam.",
    ),
    (
        "oCo057",
        "en",
        "satra452",
        "Mattress durability and firmness testing to EN 1957",
        "Durability assessment of prototype mattresses: a fatigue machine with a large roller applying 1400 ± 7 N runs "
        "30,000 cycles at 16 ± 2 cycles a minute. An indentometer records load against indentation before and after "
        "rolling to give a hardness value in N/mm and a firmness rating from 1 (very firm) to 10 (very soft). A bed-edge "
        "durability test of 5,000 cycles to EN 1725 follows.",
    ),
    (
        "oCo058",
        "vi",
        "europur",
        "Thử nghiệm cơ học độ bền, độ cứng nệm và thử vùng nệm",
        "Dịch vụ thử nghiệm nệm theo EN 1957: thử mỏi và thử con lăn, lăn liên tục 30.000 chu kỳ với con lăn 140 kg, mô "
        "phỏng 8–12 năm sử dụng, rồi so sánh đặc tính trước và sau. Thử đàn hồi điểm và khả năng nâng đỡ theo vùng theo "
        "DIN SPEC 68200. Ở châu Âu thử nệm không bắt buộc nhưng nhiều nhà sản xuất chủ động làm để chứng minh chất lượng.",
    ),
    (
        "oCo059",
        "vi",
        "ul",
        "Thử nghiệm tính năng và an toàn cơ học của nệm, giường",
        "Thử nghiệm nệm và giường theo EN 1725 (tải tĩnh, va đập, độ bền, cạnh sắc, điểm kẹp), đo đường cong tải – lún để "
        "xác định độ cứng H và chỉ số cứng Hs theo EN 1957, đo mất chiều cao sau chu kỳ và kiểm tra hư đường may, lò xo, "
        "xô lệch ruột. Đo kích thước theo EN 1334; thử độ bền đường may và độ bền màu của vải.",
    ),
    (
        "oCo060",
        "vi",
        "mobilin",
        "Đánh giá nệm: độ bền, độ cứng và phân bố áp lực",
        "Gói đánh giá nệm: thử mỏi bằng con lăn theo EN 1957, 30.000 chu kỳ với nhịp 16 chu kỳ/phút, đo mất chiều cao, mất "
        "độ cứng và độ lún; theo các bộ tiêu chí hiện có, nệm tốt không mất quá 18 mm chiều cao và 18% độ cứng. Đo phân bố "
        "áp lực tiếp xúc với người nam cỡ trung bình ở ba tư thế nằm và tính chỉ số cứng trên thang 1–10.",
    ),
    (
        "oCo061",
        "en",
        "dfab",
        "BS 5852 ignitability testing of upholstery covers and fillings",
        "Testing of upholstery cover and filling combinations, or complete seats, to BS 5852:2006. Source 0 is a "
        "smouldering cigarette laid along the crevice of the test rig; source 1 is a simulated match flame held in the "
        "crevice for 20 seconds; crib 5 is a glued wooden crib with lint and propane-diol lit with a match. A combination "
        "passes when neither cover nor filling shows flaming or progressive smouldering.",
    ),
    (
        "oCo062",
        "vi",
        "begood",
        "Vải chống cháy và tư vấn BS 7177 cho nệm xuất sang Anh",
        "Cung cấp vải áo nệm chống cháy và tư vấn tuân thủ BS 7177, quy chuẩn an toàn cháy chính cho nệm, đế giường ở Anh, "
        "áp dụng cùng quy định an toàn cháy đồ nội thất 1988 và Lệnh cải cách an toàn cháy 2005. Hướng dẫn phân cấp rủi ro "
        "theo nơi sử dụng (gia đình, khách sạn, trại giam), thực tế thử Crib 5, quy cách nhãn và chiến lược chọn vải.",
    ),
    (
        "oCo063",
        "en",
        "csdn1640",
        "16 CFR 1640 (TB 117-2013) testing and labels for upholstered furniture",
        "Testing and labelling service for upholstered seating sold in the US: indoor upholstered products, with padded "
        "seats, backs or arms, including children's furniture, must meet TB 117-2013 and carry a permanent label stating "
        "compliance with CPSC requirements for upholstered furniture flammability, in black letters at least 1/8 inch "
        "high on white, inside a black border. Mattresses, bedding and outdoor furniture are excluded.",
    ),
    (
        "oCo064",
        "vi",
        "csdnimo",
        "Thử nghiệm khả năng bắt cháy đồ giường theo IMO A.688",
        "Thử nghiệm đồ giường dùng trên tàu biển: đặt điếu thuốc lá và ngọn lửa nhỏ tương đương que diêm lên mặt trên hoặc "
        "dưới của mẫu, ghi nhận cháy âm ỉ lan rộng hay cháy thành ngọn lửa. Áp dụng cho nệm (trừ nệm lò xo, nhưng gồm nệm "
        "mỏng đặt trên nệm khác), chăn, mền, tấm bọc nệm, gối; không gồm ga, áo gối. Mẫu 450 × 350 mm × chiều dày thực; "
        "gối thử nguyên cái.",
    ),
    (
        "oCo065",
        "en",
        "bedcamp",
        "Upholstered beds made to two fire specifications",
        "Contract manufacture of upholstered beds and headboards with a wooden frame, polyurethane foam in varied "
        "densities and polyester fibrefill. The standard version uses foam that complies with CAL TB 117 without flame "
        "retardants; a flame-retardant version meeting BS 5852 crib 5 is available for an 8 percent surcharge. Covers are "
        "removable.",
    ),
    (
        "oCo066",
        "en",
        "csdn302",
        "Flammability testing of vehicle interior materials (FMVSS 302)",
        "Burn-rate testing of materials for car, bus and truck interiors, such as seat cushions, seat backs, headrests, "
        "belts, floor coverings and curtains, to FMVSS 302 and related standards: burning rate must not exceed 100 mm per "
        "minute; at least ten samples of 355 × 100 mm, no thicker than 13 mm, per direction.",
    ),
    (
        "oCo067",
        "vi",
        "hgsi",
        "Lắp đặt hệ thống báo cháy cho doanh nghiệp",
        "Thiết kế, lắp đặt hệ thống báo cháy cho nhà xưởng, trụ sở công ty đạt TCVN, UL, CE. Năm 2023 cả nước xảy ra hơn "
        "1.800 vụ cháy, hơn 65% từ nhà xưởng và trụ sở do rò điện, quá tải ổ cắm, máy móc quá nhiệt; hệ thống giúp phát "
        "hiện sớm và đáp ứng quy định pháp lý.",
    ),
    (
        "oCo068",
        "vi",
        "bcuuhoa",
        "Phụ kiện và nạp sạc bình chữa cháy",
        "Cung cấp vòi, loa phun, van đầu xả cho bình chữa cháy CO2 MT3, MT5 và bình bột BC, ABC MFZ4, MFZ8, súng phun cho "
        "bình xe đẩy 35 kg; nạp sạc bình; bảo hành 12 tháng, chiết khấu cho đại lý.",
    ),
    # --- pillow and blanket filling ---
    (
        "oCo069",
        "en",
        "wikikapok",
        "Kapok fibre data and safe handling for bedding makers",
        "Technical advice on kapok, the seed fibre of Ceiba pentandra: a thin-walled hollow tube filled with up to 80 "
        "percent air, about one eighth the density of cotton, made of roughly 35 percent cellulose, 22 percent xylan and "
        "21.5 percent lignin with waxes, so it is water-repellent and not known to cause allergies. Too brittle to spin "
        "alone, it is used to fill pillows, quilts, upholstery and toys. It is shipped in bales at low compression to "
        "avoid compaction and is rated a flammable solid that can ignite spontaneously, which calls for safe storage.",
    ),
    (
        "oCo070",
        "vi",
        "appleoak",
        "Bông gòn nhồi gối và hướng dẫn sơ chế",
        "Cung cấp bông gòn nhồi và hướng dẫn sơ chế: trái gòn được hái hoặc nhặt khi rụng, đập vỡ bằng vồ, lấy xơ và hạt "
        "bằng tay rồi khuấy trong rổ cho hạt rơi xuống đáy. Xơ gòn chống ẩm, nhanh khô, đàn hồi, nhẹ bằng 1/8 bông vải, "
        "quá giòn để kéo sợi nên chỉ dùng nhồi. Định mức: gối 16 × 16 inch nhồi lỏng khoảng 550 g, nhồi chặt 1.100 g; hợp "
        "người dị ứng len cừu.",
    ),
    (
        "oCo071",
        "en",
        "ecoyoga",
        "Kapok sourcing and use of kapok seed by-products",
        "Kapok from managed trees grown without pesticides, insecticides or irrigation; trees can live up to 300 years. "
        "Pods are harvested by hand and seeds and fibre are stirred in a basket so the seeds fall to the bottom. We help "
        "process the seeds: pressing them for oil used in soap, and using the press residue as fertiliser and cattle "
        "feed.",
    ),
    (
        "oCo072",
        "en",
        "kuaisou",
        "Kapok floss cleaning, drying and baling",
        "Processing service for kapok floss: removing floss from pods by hand, drying, separating seeds and dust, and "
        "baling for sale. The lustrous, yellowish floss is light, fluffy, resilient and resistant to water and decay, "
        "valued for bedding, upholstery, life-saving equipment and insulated or soundproof covers.",
    ),
    (
        "oCo073",
        "vi",
        "bedgoods",
        "Phối trộn bông polyester cho gối và mền",
        "Tư vấn phối bông polyester: sợi thường cắt dài khoảng 2 inch, 6 denier; sợi đặc rẻ nhất, sợi rỗng nhẹ và hồi phục "
        "tốt hơn; sợi thẳng hoặc xoăn (conjugated); sợi khô hoặc sợi trơn phủ silicon. Ví dụ: 50% sợi đặc khô với 50% sợi "
        "rỗng xoăn trơn cho gối tiêu chuẩn 20 oz sẽ phồng và đỡ chắc. Bông bi (cụm cỡ hạt đậu) thổi vào gối, mền cho cảm "
        "giác gần lông vũ, hợp người dị ứng lông.",
    ),
    (
        "oCo074",
        "en",
        "dkfiber",
        "Hollow conjugated siliconised polyester fibre for pillows",
        "Polyester staple fibre made to a pillow specification: hollow conjugated fibre, 6–7 denier (3D lacks volume, "
        "15D feels stiff), 64 mm cut length, 5–7 crimps per inch, tenacity at least 4.0 g/d, elongation 30–50 percent, "
        "silicone finish, oil content 0.2–0.3 percent, from virgin PET or GRS-certified recycled PET. Technical data "
        "sheets supplied with each lot.",
    ),
    (
        "oCo075",
        "vi",
        "contour",
        "Bông xơ silicon nguyên sinh và tái sinh cho gối, nệm",
        "Cung cấp bông xơ tổng hợp đã xử lý silicon: loại nguyên sinh ra thẳng từ máy, loại tái sinh làm từ phần xơ dư "
        "trong sản xuất bông nguyên sinh, rẻ hơn nhưng tính năng và độ bền tương đương. Bông ít bám bụi, hạn chế vi khuẩn "
        "(ở 36–40°C vi khuẩn có thể nhân đôi sau 20–30 phút), dùng cho gối, nệm, đệm, chăn chần. Tiêu thụ xơ bình quân đã "
        "tăng từ 3,7 kg/người năm 1950 lên 10,4 kg năm 2008.",
    ),
    (
        "oCo076",
        "vi",
        "ehowsil",
        "Bông bi polyester silicon chống bám bụi cho gối người dị ứng",
        "Sản xuất bông bi: sợi polyester xử lý silicat cho cứng hơn, ít bám bụi và vi khuẩn, rồi kết thành những viên nhỏ "
        "để nhồi gối, nệm, túi ngủ, chăn và thú bông cho trẻ dị ứng bụi. Bông được xem là kháng khuẩn, ít gây dị ứng, "
        "chống nấm mốc và giữ dáng tốt hơn bông cotton; nhược điểm là dễ ăn vết bẩn và giữ nhiệt.",
    ),
    (
        "oCo077",
        "en",
        "ehowfill",
        "Fibrefill batts and blends for pillows and duvets",
        "Supply of polyester fibrefill and advice for pillow and duvet makers: loose fill is cheap, non-allergenic and "
        "mildew resistant but can clump and mat; hollow-core fibre resists matting; rolled flat batts keep their shape "
        "and are less lumpy; fibrefill can be blended with down for softness and durability, or replaced by finer "
        "synthetic-down fibres.",
    ),
    (
        "oCo078",
        "en",
        "akemi",
        "Pillow filling selection guide for makers and retailers",
        "Guide and sample kit comparing pillow fillings: polyester, the cheapest, washable and arranged in 3D clusters; "
        "wool, which can bend 20,000 times without breaking against 3,200 for cotton and 1,800 for silk, and wicks "
        "moisture; kapok, close to silk in feel, firm yet soft, not matting like cotton and often recommended for allergy "
        "sufferers; and memory foam, first developed for astronauts in the 1970s.",
    ),
    (
        "oCo079",
        "vi",
        "housewield",
        "Ruột gối từ vật liệu tự nhiên: lông vũ, lụa, lông ngựa, len",
        "Tư vấn và cung cấp ruột gối tự nhiên: lông vũ và lông tơ đắt, dễ gây dị ứng, hút ẩm, dễ nhiễm nấm và mạt; ruột "
        "lụa từ kén tằm co giãn, mềm, giặt nhiều lần vẫn giữ tính chất nhưng giá cao; lông ngựa đàn hồi, thoáng, hút ẩm "
        "nhưng không hợp người hen và phải giặt khô; len giữ ấm, thoáng. Giúp chọn loại phù hợp từng khách.",
    ),
    (
        "oCo080",
        "en",
        "bsamply",
        "Kapok wadding for life jackets and buoyancy aids",
        "Kapok wadding for marine safety products: the very light, unspun seed fibre is buoyant and resists humidity, "
        "which makes it suitable for everyday life jackets and other buoyancy aids.",
    ),
    # --- upholstery of sofas and chairs ---
    (
        "oCo081",
        "vi",
        "kh_cautao",
        "Cung cấp vật tư và tư vấn cấu tạo ghế sofa",
        "Cung cấp trọn bộ vật tư sofa và tư vấn cấu tạo: khung xương tạo dáng, chịu lực (phối gỗ tự nhiên và gỗ công "
        "nghiệp); hệ lò xo sóng, lò xo cối hoặc lò xo túi cùng dây thun đàn hồi để tản lực; các lớp nệm mút; vỏ áo bằng da "
        "thật, da công nghiệp, vải, nỉ, nhung; lót hậu, chân đế, phụ kiện và vật tư tiêu hao. Chọn vật tư theo thiết kế và "
        "yêu cầu chất lượng của từng mẫu.",
    ),
    (
        "oCo082",
        "vi",
        "kh_khung",
        "Tư vấn chọn chất liệu khung ghế sofa",
        "Khung sofa giữ dáng và chịu lực chính, giống bộ xương gồm các thanh lớn nhỏ liên kết theo cấu trúc hợp lý. Đơn vị "
        "so sánh năm chất liệu khung phổ biến, từ gỗ tự nhiên như gỗ thông đến gỗ công nghiệp và kim loại, về độ bền, "
        "chống mối mọt, cong vênh, trọng lượng và giá; nhận gia công khung theo bản vẽ.",
    ),
    (
        "oCo083",
        "vi",
        "edunet",
        "Đào tạo nghề làm sofa",
        "Khóa đào tạo thợ làm sofa theo đủ quy trình: thiết kế (nắm xu hướng, tính kích thước, vẽ bản vẽ kỹ thuật, tính "
        "nguyên liệu); chọn vật liệu (khung gỗ, mút xốp, vải nỉ, da, giả da, so sánh độ bền, độ êm, giá); cắt may vỏ; lắp "
        "ráp; hoàn thiện. Chú trọng kỹ năng khéo léo và thẩm mỹ của người thợ.",
    ),
    (
        "oCo084",
        "en",
        "westdean",
        "Traditional upholstery course for beginners",
        "A residential short course in traditional upholstery on small chairs and stools with drop-in or pin-stuffed "
        "seats, without springs. The tutor demonstrates each step: measuring, stretching and fixing webbing with a web "
        "stretcher, tacks and hammer; choosing hessian; making the stuffing with twine and checking fullness and shape; "
        "covering in calico and then the top fabric. A five-day course on further techniques follows.",
    ),
    (
        "oCo085",
        "en",
        "crowded",
        "Upholstery class: webbing and foam grades",
        "Workshop lessons on chair structure. Students strip their chairs of staples and tacks, then learn support "
        "systems: elastic webbing carries stripes that show its strength (three for resting, four for sitting, five for "
        "jumping), and foams have their own grade codes so the right foam can be chosen without sitting on every sample. "
        "Air staple guns are provided.",
    ),
    (
        "oCo086",
        "en",
        "okc",
        "Apprentice training in springing upholstered seats",
        "Training for upholstery apprentices in springing: choosing webbing that can carry the number of springs wanted, "
        "tacking it to the frame, and sewing in springs so they stand straight rather than lopsided, which gives the "
        "cushioning controlled resistance to sagging. Includes reading material on springing and one-to-one "
        "demonstration in the shop.",
    ),
    (
        "oCo087",
        "en",
        "vintrev",
        "Evening upholstery classes",
        "An eight-week evening upholstery course, one night a week, costing about 120 dollars, taught by a full-time "
        "upholsterer with an assistant. Classes are small so each student gets one-to-one help; students strip old "
        "chairs back to the frame and rebuild anything from simple chairs to rolled armchairs.",
    ),
    (
        "oCo088",
        "en",
        "linwood",
        "Upholstery fabrics rated by Martindale rub count",
        "Upholstery fabrics tested on the Martindale machine, where four clamped samples are rubbed against a standard "
        "fabric until two threads break. Up to 10,000 rubs is decorative only; 10,000–20,000 light domestic; "
        "20,000–25,000 general domestic; 25,000–30,000 heavy domestic and light commercial; 30,000–40,000 general contract; "
        "over 40,000 severe contract use.",
    ),
    (
        "oCo089",
        "vi",
        "mgip",
        "Vải bọc tiêu chuẩn hợp đồng cho khu vực công cộng",
        "Cung cấp vải bọc loại contract đã xử lý chống bám bẩn, dễ làm sạch, bền và có bảo hành, dùng cho nơi đông người. "
        "Độ bền theo thử mài mòn Martindale: dưới 10.000 vòng chỉ để trang trí; 30.000 vòng trở lên là loại thương mại; "
        "khu vực rất đông nên chọn từ 40.000 vòng, nhiều hãng thử tới 100.000. Lưu ý Martindale không đo tác động của tia "
        "UV, hóa chất và vết bẩn.",
    ),
    (
        "oCo090",
        "en",
        "cchair",
        "Hospitality seating fabrics and why they wear despite high rub counts",
        "Contract seating supplier's guidance: Martindale categories from decorative (under 10,000) to commercial grade "
        "(over 40,000); in the test the worsted abradant is changed every 50,000 cycles and non-wovens such as leather or "
        "vinyl are rated in flexes instead. We explain why fabric can still wear thin early, for example when pulled "
        "tight round sharp corners, and specify accordingly.",
    ),
    (
        "oCo091",
        "vi",
        "qzx",
        "Đánh giá tổng thể độ bền vải bọc ghế khu công cộng",
        "Dịch vụ đánh giá vải bọc cho ghế sảnh, ghế chờ, ghế văn phòng: số vòng Martindale cao chỉ cho biết khả năng chịu "
        "cọ xát trong phòng thí nghiệm, chưa bảo đảm tuổi thọ thực tế. Xem xét thêm độ đỡ của mút, cấu trúc vải và lớp "
        "đế, đường may, cách người ngồi vận động, hóa chất vệ sinh, tia UV, vón xù, bền màu và khung ghế.",
    ),
    (
        "oCo092",
        "vi",
        "tapchi",
        "Khung sofa sắt, inox hay gỗ: tư vấn và gia công",
        "Gia công khung sofa và tư vấn chọn loại: khung sắt hoặc inox phủ sơn chống gỉ dùng lâu không gãy hỏng, chịu lực "
        "tốt hơn khung gỗ truyền thống nhưng nặng, khó vận chuyển; khung gỗ nhẹ hơn. Kèm tư vấn phần đệm, lò xo, chân ghế "
        "và vỏ bọc.",
    ),
    (
        "oCo093",
        "en",
        "flowerhill",
        "Leather tanning: vegetable and chrome processes",
        "Guidance for processors turning hides into leather: vegetable tanning with tree tannins, practised for about "
        "8,000 years, and chrome tanning, now more than 85 percent of world output. Covers hide pulling, fleshing "
        "(commercial fleshing machines can cost over 60,000 dollars), soaking and the other beamhouse steps.",
    ),
    # --- dust mites and mould ---
    (
        "oCo094",
        "vi",
        "modernpest",
        "Chương trình kiểm soát mạt bụi trong phòng ngủ",
        "Dịch vụ kiểm soát mạt bụi: bọc nệm, gối, đế lò xo bằng vỏ khóa kéo chống dị nguyên (loại cho hơi mồ hôi thoát "
        "ra); giặt ga, chăn, áo gối, tấm lót nệm mỗi 1–2 tuần ở 130°F; hút bụi hằng tuần bằng máy túi kép hoặc lọc HEPA "
        "(đeo khẩu trang, rời phòng 20 phút sau khi hút); bỏ thảm, thay rèm vải bằng rèm cuốn; thay ghế bọc nệm bằng đồ "
        "gỗ, nhựa hoặc da; dùng máy lọc không khí HEPA.",
    ),
    (
        "oCo095",
        "en",
        "econc",
        "Dust-mite reduction plan for homes and institutions",
        "A practical plan against mites, of which up to 2,000 can live in one ounce of mattress dust: encase mattresses "
        "and pillows in allergen-blocking covers and put vinyl on box springs; wash bedding weekly above 130°F, or tumble "
        "it in a dryer at 130°F for 20 minutes before washing; keep relative humidity at 30–50 percent with a "
        "dehumidifier; vacuum with a HEPA filter; choose washable soft toys, since a night in the freezer kills mites but "
        "leaves the allergen.",
    ),
    (
        "oCo096",
        "en",
        "acic",
        "Allergen-impermeable covers and bedding-washing guidance",
        "Cleaning guidance for asthma and allergy households: use mite-proof, allergen-impermeable covers on pillows and "
        "mattresses and wipe them with a damp cloth every week; without covers, wash pillows at least four times a year "
        "and replace them every year; avoid bedroom carpet and use washable rugs washed weekly.",
    ),
    (
        "oCo097",
        "vi",
        "mrbub",
        "Dịch vụ giặt chăn ga gối nước nóng diệt mạt",
        "Tiệm giặt nhận giặt ga, chăn, mền, áo gối bằng nước trên 55°C (130°F), nhiệt độ mà các bác sĩ da liễu, dị ứng "
        "khuyến nghị để diệt mạt cùng trứng và phân của chúng, thay cho hóa chất diệt mạt. Chất thải của mạt dễ tan trong "
        "nước; sau giặt sấy nóng để loại bỏ tiếp trứng và phân mạt.",
    ),
    (
        "oCo098",
        "vi",
        "kingkoil",
        "Dịch vụ vệ sinh đệm phòng chống mạt bụi",
        "Dịch vụ làm sạch đệm tại nhà và hướng dẫn vệ sinh từng bước. Mạt bụi chỉ thấy dưới kính hiển vi, ăn tế bào da "
        "chết (mỗi người thải khoảng 500 triệu tế bào da một ngày), thích nơi ấm ẩm như đệm, gối, ga, đồ bọc nệm, thảm; "
        "là nỗi lo với người dị ứng mạt, viêm da cơ địa, hen suyễn.",
    ),
    (
        "oCo099",
        "vi",
        "baomoi",
        "Khám và xét nghiệm dị ứng mạt bụi nhà",
        "Phòng khám dị ứng của một trường đại học y dược nhận khám, làm xét nghiệm mẫn cảm mạt bụi nhà: hơn 90% bệnh nhân "
        "dị ứng đến khám mẫn cảm với ít nhất một loại mạt. Mạt gây ngứa mũi, hắt hơi, nghẹt mũi, ngứa mắt, có thể lên cơn "
        "hen; dị ứng do tiếp xúc phân và xác mạt. Tư vấn các vị trí trong nhà chứa nhiều mạt; máy lọc không khí không lọc "
        "được mạt.",
    ),
    (
        "oCo100",
        "vi",
        "vnex_pn",
        "Tư vấn vệ sinh nệm, tấm bảo vệ và thời điểm thay nệm",
        "Tư vấn vệ sinh phòng ngủ: nệm tích tụ bọ ve, bụi do hơi ẩm và tế bào da chết, làm nặng bệnh hô hấp như hen; nên "
        "vệ sinh nệm định kỳ, vén chăn mỗi sáng cho hơi ẩm bay đi, thay nệm sau khoảng 7–10 năm; ưu tiên cao su thiên nhiên "
        "hoặc mút hoạt tính; dùng tấm bảo vệ nệm chống thấm kết hợp hút bụi thường xuyên; hút bụi đầu giường, lau công tắc "
        "mỗi tuần.",
    ),
    (
        "oCo101",
        "vi",
        "lamchame",
        "Hướng dẫn chu kỳ thay giặt chăn ga gối",
        "Tài liệu hướng dẫn gia đình: mạt bụi dài khoảng 1/4 mm, sống nhờ tế bào da chết, gây chảy nước mũi, hắt hơi, có "
        "thể thành bệnh mạn tính hoặc lên cơn hen. Mồ hôi thấm chăn ga tạo môi trường cho vi khuẩn và mạt, nên thay vỏ ga, "
        "áo gối 2 tuần một lần vào mùa đông và 1 tuần một lần vào mùa hè.",
    ),
    (
        "oCo102",
        "vi",
        "thangloi",
        "Quy trình khắc phục nệm có mùi ẩm mốc",
        "Hướng dẫn xử lý nệm có mùi ẩm mốc tại nhà, đơn giản, tiết kiệm: xác định nguyên nhân (khí hậu nóng ẩm, mưa nhiều, "
        "phòng thiếu thông gió; mồ hôi, dầu từ da, tóc thấm vào nệm; không vệ sinh thường xuyên; cất nơi kín, không phơi "
        "hay thông gió), các bước khử mùi, làm sạch, làm khô và những lưu ý để mùi không quay lại.",
    ),
    (
        "oCo103",
        "vi",
        "tony_he",
        "Giải pháp bảo quản nệm chống ẩm mốc mùa nóng ẩm",
        "Tư vấn giữ nệm khô ráo mùa nóng ẩm: dù nhiệt độ trên 35°C, độ ẩm vẫn có thể trên 80%, nhất là sau mưa hoặc phòng "
        "bí. Thói quen nằm khi người còn mồ hôi, ít thay ga, dùng nệm kém thoáng khiến nệm ẩm, hôi và mau hỏng. Hướng dẫn "
        "nhận biết dấu hiệu mốc và các biện pháp thông gió, kê nệm, thay ga để phòng mốc.",
    ),
    (
        "oCo104",
        "vi",
        "gn_bongep",
        "Xử lý đệm bông ép bị mốc",
        "Hướng dẫn xử lý đệm bông ép bị mốc: nguyên nhân gồm độ ẩm không khí cao, nước hoặc đồ uống đổ lên đệm không xử lý "
        "kịp, làm khô chưa kỹ sau khi vệ sinh, để đệm ở nơi thiếu sáng, kém thông thoáng như nhà kho, tầng hầm, không vệ "
        "sinh định kỳ. Các mẹo làm sạch, phơi khô và bảo quản tại nhà.",
    ),
    (
        "oCo105",
        "vi",
        "elmich",
        "Xử lý nệm bị nấm mốc và cách phòng tránh",
        "Quy trình xử lý nệm bị nấm mốc: bào tử mốc phát tán gây viêm mũi dị ứng, khó thở, ho, kích ứng da, giảm chất "
        "lượng giấc ngủ, nhất là với trẻ em và người già. Hướng dẫn các bước làm sạch đúng cách, làm khô và biện pháp phòng "
        "tránh theo nguyên nhân như môi trường ẩm thấp hay cách dùng chưa hợp lý.",
    ),
    (
        "oCo106",
        "vi",
        "nvc",
        "Xử lý và bảo quản nệm cao su bị mốc",
        "Tư vấn riêng cho nệm cao su: năm nguyên nhân gây mốc thường gặp là phòng quá ẩm, bí khí, ít nắng; đổ mồ hôi nhiều "
        "khi ngủ mà ga không thấm hút; phơi nắng trực tiếp làm cao su lão hóa và giữ ẩm hơn; đặt nệm sát sàn hoặc góc "
        "tường; vệ sinh sai cách. Hướng dẫn xử lý vết mốc tại nhà và bảo quản đúng chuẩn.",
    ),
    (
        "oCo107",
        "en",
        "h222",
        "Dust-mite encasings and allergy-friendly bedding",
        "Bedding products and advice against mites: plastic or vinyl encasings for mattress and box spring, newer ones "
        "faced with cotton to be quieter and more comfortable; synthetic pillows, blankets and comforters to replace down, "
        "wool and cotton; weekly washing at 130°F; leaving the bed unmade in the morning to dry it; damp-mopping under "
        "the bed rather than sweeping.",
    ),
    (
        "oCo108",
        "vi",
        "dcgh",
        "Phòng và diệt rệp giường cho khách sạn",
        "Dịch vụ kiểm soát rệp giường cho khách sạn, nơi khách ra vào liên tục: nhận biết rệp hình bầu dục màu nâu đỏ, ấu "
        "trùng màu nhạt, chấm đen nhỏ trên giường là phân rệp; rệp sống thành đàn, hoạt động ban đêm, có cả ở khách sạn 5 "
        "sao, không lây bệnh nguy hiểm nhưng vết cắn gây ngứa.",
    ),
    (
        "oCo109",
        "vi",
        "tusach",
        "Diệt rệp giường bằng hơi nước nóng và bọc nệm",
        "Hướng dẫn và dịch vụ diệt rệp giường: xịt hơi nước nóng vào chỗ thấy rệp (rệp không sống nổi khi gặp hơi nước "
        "nhưng cách này không diệt được rệp nấp trong khe), hút bụi kỹ nệm và đế lò xo, bọc kín nệm và đế bằng bọc chống "
        "rệp chắc chắn, cách ly giường.",
    ),
    (
        "oCo110",
        "vi",
        "chieucoi",
        "Bảo quản và chống mốc chiếu cói",
        "Hướng dẫn giữ chiếu cói bền: không ngâm nước lâu; giặt nhanh bằng nước sạch pha chút xà phòng (khoảng 1/2 muỗng "
        "cà phê cho 10 lít), chải rồi phơi mặt trái dưới nắng nhẹ, phơi sương mặt phải tới khoảng 10 giờ tối; khi bị mốc "
        "phơi thật khô rồi chải; cất nơi khô, bọc nilon.",
    ),
    (
        "oCo111",
        "vi",
        "kthutam",
        "Tư vấn chọn máy hút ẩm cho mùa nồm",
        "Tư vấn chọn và dùng máy hút ẩm: mùa nồm độ ẩm trong nhà có thể vượt 90%, gấp đôi mức nên có; độ ẩm lý tưởng cho "
        "sức khỏe và đồ đạc là 40–60%. Chọn công suất (lít/ngày) theo diện tích và mức ẩm của phòng để khỏi lãng phí điện "
        "và hỏng máy.",
    ),
    (
        "oCo112",
        "vi",
        "topchuan",
        "Dệt chiếu truyền thống từ cói, đay và cây tra",
        "Giới thiệu nghề dệt chiếu hình thành từ cuối thế kỷ XIX: ngoài cói, đay, thợ còn dùng cây tra mọc ven sông, kênh "
        "rạch, tách vỏ làm sợi dệt; hướng dẫn kỹ thuật dệt và nhuộm cho hộ làm nghề.",
    ),
    (
        "oCo113",
        "vi",
        "dantri",
        "Máy hút ẩm công nghệ ngưng tụ và rotor",
        "So sánh, cung cấp máy hút ẩm hai công nghệ: máy ngưng tụ hút không khí ẩm qua dàn lạnh để hơi nước ngưng thành "
        "giọt, hiệu suất cao khi độ ẩm rất cao, tốn ít điện hơn, giá hợp lý; máy rotor dùng vật liệu hút ẩm.",
    ),
    # --- hospital and care bedding ---
    (
        "oCo114",
        "en",
        "fda_ict",
        "Inspection programme for medical bed mattress covers",
        "We set up inspection and replacement programmes for medical mattress covers. Covers, whether water-resistant, "
        "waterproof or water-repellent, lose effectiveness with time and may wear out before the mattress. Between "
        "January 2011 and January 2013 the FDA received 458 reports of covers letting blood and body fluids into the "
        "mattress core, through small holes, rips, zippers or wrong cleaning, disinfecting and laundering.",
    ),
    (
        "oCo115",
        "en",
        "mck",
        "Routine check of mattress covers for hidden wet spots",
        "Training for nurses, infection-control and care staff: remove the cover and check the inside surface and the "
        "mattress for wet spots or stains, take damaged mattresses out of service, and clean and disinfect covers as the "
        "manufacturer instructs. Damaged covers are a widespread and often unrecognised source of fluid ingress.",
    ),
    (
        "oCo116",
        "vi",
        "lincs",
        "Hướng dẫn kiểm soát nhiễm khuẩn nệm và đệm chống loét, kể cả thử rò rỉ",
        "Bộ hướng dẫn cho cơ sở y tế: bảo dưỡng kém làm hỏng nệm, ố lõi và mặt trong vỏ bọc, tạo chỗ cho vi sinh vật phát "
        "triển, gây nhiễm khuẩn bệnh viện. Quy trình vệ sinh, bảo dưỡng, kiểm tra định kỳ và thử rò rỉ (leak testing) nệm "
        "và đệm ngồi chống loét, thay ngay khi không đạt, cách lưu kho và thải bỏ.",
    ),
    (
        "oCo117",
        "en",
        "brief",
        "Mattress condition audit for hospitals and care homes",
        "An audit method for the physical condition of mattresses, tested in 13 hospitals and 5 long-term care "
        "facilities on 278 mattresses: only 9.9 percent met all criteria, and results were linked to how mattresses are "
        "procured, handled and maintained. We run the audit and help standardise management.",
    ),
    (
        "oCo118",
        "en",
        "crib",
        "Permeability and bacterial testing of mattress covers",
        "Quality-improvement testing of mattress covers, first applied to hospital crib mattresses: we check covers for "
        "cracks, which make them permeable to fluid, and culture the cover surface and the foam inside for bacteria, "
        "since contaminated mattresses can support organisms that cause hospital infections.",
    ),
    (
        "oCo119",
        "en",
        "careout",
        "Pressure-redistributing and pressure-relieving mattresses",
        "Supply and advice on specialist mattresses that lower the risk of pressure ulcers at heels, sacrum, elbows and "
        "other bony areas. Choice depends on mobility, any existing ulcer and its severity, and expected deterioration. "
        "Pressure-redistributing types include high-density foam, static air and low-air-loss systems; "
        "pressure-relieving types alternate or cycle air cells to offload each area in turn.",
    ),
    (
        "oCo120",
        "en",
        "barts",
        "High-specification foam mattress protocol",
        "Clinical protocol and training based on national guidance: provide a high-specification foam mattress to "
        "patients assessed at high risk of pressure ulcers; use a dynamic support surface when a patient already has an "
        "ulcer or foam is not enough; a mattress never replaces repositioning; give pressure-relieving cushions to those "
        "at risk when seated.",
    ),
    (
        "oCo121",
        "en",
        "f8g",
        "Static, alternating and hybrid air pressure mattresses",
        "We supply three kinds of pressure mattress: static foam or air surfaces that spread weight and suit prevention "
        "and grade 1–2 ulcers; alternating air-flow mattresses whose cells inflate and deflate through a pump, for "
        "immobile patients and grade 3–4 ulcers; and hybrids combining both.",
    ),
    (
        "oCo122",
        "vi",
        "ceumed",
        "Nệm chống loét: hơi luân phiên, thoát khí, foam và hybrid",
        "Cung cấp nệm phòng loét tỳ đè cho bệnh viện và gia đình: loét hay gặp ở lưng, hông, gót, vai của người già, người "
        "ít vận động, làm kéo dài nằm viện và tăng chi phí. Các loại: nệm hơi áp lực luân phiên, nệm thoát khí giữ da khô, "
        "nệm foam mật độ cao cho nguy cơ nhẹ, nệm hybrid foam – hơi; tư vấn chọn theo mức nguy cơ.",
    ),
    # --- hospital and hotel linen ---
    (
        "oCo123",
        "en",
        "hse",
        "Validated wash processes for soiled and infected linen",
        "Advice and validation of laundry processes for hospitals, care homes and home care. Used (soiled and foul) "
        "linen needs a temperature hold of 65°C for at least 10 minutes or 71°C for at least 3 minutes, plus mixing time "
        "for heat to penetrate, with a sluice cycle for foul linen. Infected linen from known infectious patients is not "
        "sorted by hand but bagged and washed by a dedicated process; heat-labile items need a separate low-temperature "
        "route.",
    ),
    (
        "oCo124",
        "en",
        "pmct",
        "Setting wash programmes to national healthcare laundering parameters",
        "We help laundries build wash programmes that meet recognised national parameters for healthcare textiles: 60°C "
        "for 10 minutes or 71°C for 3 minutes plus mixing time in industrial laundering, with chemical disinfection "
        "allowed at lower temperature if at least as effective; 90°C for 10 minutes or approved disinfectants under "
        "another scheme; or at least 71°C for 25 minutes with detergent under a third.",
    ),
    (
        "oCo125",
        "en",
        "cleansv",
        "Commercial linen and towel service with thermal disinfection",
        "Outsourced laundering of bed linen and towels for hotels and care providers. Loads are held at 71°C for longer "
        "than the usual three minutes and rinsed to neutral pH; bed linen is ironed dry at 190°C and towels dried at "
        "90–100°C for over 15 minutes. Washer temperatures are monitored continuously, finished items are swab-tested, "
        "shrink-wrapped and delivered in closed cages or bags.",
    ),
    (
        "oCo126",
        "en",
        "lcn",
        "Assured disinfection for on-premises laundries at lower temperatures",
        "Process design for on-premises laundries in care homes, hotels and cruise ships, where hot water is often "
        "inadequate and short 40°C programmes are used for speed. We introduce validated lower-temperature processes that "
        "disinfect against bacteria and critical viruses such as the Covid-19 virus while keeping productivity, stain "
        "removal, whiteness and textile life.",
    ),
    (
        "oCo127",
        "en",
        "chemex",
        "Laundry chemicals and ozone for infection control",
        "Laundry infection-control products and advice: wash temperatures of 65–70°C are adequate to disinfect "
        "thermally; where delicate fabrics must be washed at 40°C we add a chemical or ozone disinfection stage. Bedding, "
        "towels, kitchen cloths, colour-coded mops and workwear from infected areas should always be disinfected.",
    ),
    (
        "oCo128",
        "vi",
        "mik",
        "Quy trình giặt khử khuẩn đồ vải bệnh viện",
        "Hướng dẫn quy trình xử lý đồ vải bệnh viện: tại khoa phòng, đồ dơ không dính máu cho ngay vào xe đựng, đồ thấm "
        "máu, dịch cho vào bao nilon cột kín, thấm nhiều thì hai lớp bao, không để trên giường bệnh hay băng ca, không giũ "
        "tại phòng, mang găng, áo choàng, khẩu trang khi phân loại. Tại nhà giặt: phân loại đồ nhân viên, quần áo bệnh "
        "nhân, đồ nhiễm máu (bao vàng), đồ phòng mổ và theo chất liệu; giặt với hóa chất khử khuẩn như Vic-Cloor II hoặc "
        "hydrogen peroxide rồi sấy.",
    ),
    (
        "oCo129",
        "vi",
        "mgorg",
        "Dịch vụ giặt đồ vải bệnh viện trọn gói",
        "Nhận giặt thuê đồ vải bệnh viện: thu gom tại khoa kiểm soát nhiễm khuẩn trong giờ hành chính, đếm từng loại, quy "
        "đổi ra kg, ký sổ giao nhận; đóng túi, cho vào thùng nhựa kín, chở bằng xe tải thùng kín về xưởng; phân loại theo "
        "nhóm (quần áo bệnh nhân, đồ phẫu thuật, đồ nhân viên, đồ lây nhiễm, đồ trắng, đồ màu, mức độ bẩn) rồi giặt theo "
        "chương trình phù hợp từng loại.",
    ),
    (
        "oCo130",
        "vi",
        "mgla",
        "Thiết kế hệ thống giặt sấy bệnh viện theo mô hình một chiều",
        "Tư vấn, lắp đặt hệ thống giặt sấy công nghiệp cho bệnh viện vận hành theo một chiều khép kín, tách luồng đồ bẩn "
        "và đồ sạch, cho chăn, ga, gối, quần áo bệnh nhân, đồng phục nhân viên y tế, khăn phẫu thuật. Hệ thống là mắt xích "
        "trong chiến lược kiểm soát nhiễm khuẩn và an toàn người bệnh.",
    ),
    (
        "oCo131",
        "vi",
        "tbgcn",
        "Phân loại và quản lý đồ vải y tế",
        "Tư vấn quản lý đồ vải y tế: drap giường, chăn mền, bao gối, áo blouse, khăn, quần áo bệnh nhân được chia thành đồ "
        "vải thông thường (từ phòng bệnh thường, không dính máu, dịch) và đồ vải bẩn, nhiễm khuẩn (từ phòng bệnh truyền "
        "nhiễm, dính máu, dịch cơ thể, đồ phòng mổ) để xử lý riêng, ngăn nhiễm khuẩn chéo.",
    ),
    (
        "oCo132",
        "en",
        "hsess",
        "Hotel linen lifespan planning",
        "Linen planning for hotels based on use-and-wash cycles: bed sheets and pillowcases last about 1 to 3 years; a "
        "single sheet up to 120 cycles, a king sheet about 100, a super-king duvet cover about 90, pillowcases up to 70; "
        "hand towels about 70 and bath towels about 120 cycles; bath mats 80–100. Gentler programmes and suitable "
        "detergents extend life.",
    ),
    (
        "oCo133",
        "vi",
        "carolt",
        "Tuổi thọ đồ vải khách sạn tính theo số lần giặt",
        "Nhà cung cấp đồ vải khách sạn tư vấn tuổi thọ theo số lần giặt: ga, vỏ chăn, áo gối cotton 100% nên dùng khoảng "
        "130–160 lần giặt, quá mức sẽ đứt sợi, xù, bạc màu; vải pha poly-cotton (từ 35% cotton) bền hơn, chịu 180–220 lần, "
        "hợp khách sạn bình dân; khăn cotton 100–150 lần. Tuổi thọ còn tùy chất liệu, tần suất giặt, tay nghề may và hạng "
        "sao.",
    ),
    (
        "oCo134",
        "en",
        "webst",
        "Hotel bedding buying and par-level guidance",
        "Buying guide and supply of hotel bedding: keep three complete linen sets per bed (three par) to cover soiled, "
        "lost or damaged linen and the housekeeping cart; choose white sheets, which look new after many washes and do not "
        "hide stains; inspect and pre-treat stains before washing; use commercial laundry equipment or a linen service.",
    ),
    (
        "oCo135",
        "en",
        "linenf",
        "Extending the life of hotel linens",
        "Hospitality linen supplier's programme to reduce wear: let linens rest, cool and rehydrate between cycles; avoid "
        "tight par levels of one or two sets per room that force constant reuse; avoid overloaded washers, high-heat "
        "drying and harsh chemicals; handle and store gently; rotate stock evenly so no set is overworked.",
    ),
    (
        "oCo136",
        "vi",
        "skds",
        "Chăn ga cotton 100% mật độ T300–T500 cho khách sạn",
        "Cung cấp chăn ga gối dệt hoàn toàn từ sợi cotton tự nhiên, không pha polyester, mật độ T300–T500 như chuẩn nhiều "
        "khách sạn 4–5 sao: sợi dài, xoắn chặt, mềm, hút ẩm, thoáng. So sánh để chọn: Tencel mượt mát nhưng nhanh xù, dễ "
        "bạc màu khi giặt máy; satin bóng nhưng bí, trơn; polyester rẻ, ít nhăn nhưng nóng, dễ kích ứng da.",
    ),
    (
        "oCo137",
        "vi",
        "afam",
        "Kiểm tra cotton thật trước khi nhập chăn ga",
        "Hướng dẫn và kiểm tra chất liệu chăn ga: nhiều loại ghi 100% cotton thực tế pha 20–30% sợi nhân tạo. Cotton thật "
        "sờ mịn, không trơn bóng, không lạnh; đốt thử cháy ra tàn xám, mùi giấy cháy, không vón nhựa; càng giặt càng mềm, "
        "thấm hút. Chọn vải dệt từ T300 trở lên.",
    ),
    (
        "oCo138",
        "vi",
        "cafef",
        "Tư vấn bố trí giường và gối cho khách sạn",
        "Tư vấn set-up giường khách sạn: không có quy định bắt buộc số gối, nhưng nhiều khách sạn 3–5 sao đặt sẵn 4 gối "
        "cho giường đôi để khách tự chỉnh tư thế, phòng trông chăm chút và cao cấp hơn; gợi ý loại gối, cách xếp và thay.",
    ),
    (
        "oCo139",
        "vi",
        "everon",
        "So sánh chăn ga cotton và Tencel",
        "Tư vấn chọn vải chăn ga: cotton từ sợi bông tự nhiên thoáng, thấm mồ hôi tốt, chịu giặt giũ thường xuyên mà ít xù, "
        "giá hợp lý nhưng dễ nhăn; Tencel từ cellulose gỗ bạch đàn mềm mịn, thân thiện môi trường. Gợi ý dùng theo mùa và "
        "đối tượng.",
    ),
    (
        "oCo140",
        "en",
        "clm",
        "Industrial washer-extractors with disinfection programmes",
        "Manufacturer of industrial washers for hotel and hospital laundries, with thermal and thermo-chemical "
        "disinfection programmes built to CDC, ECDC and WHO guidance. Low-temperature, energy-saving washing weakens heat "
        "sterilisation, so our machines combine controlled temperature with chemical dosing.",
    ),
    (
        "oCo141",
        "vi",
        "plo",
        "Chuyển giao lò đốt rác thải y tế 20–150 kg/giờ",
        "Chuyển giao hệ thống lò đốt rác thải bệnh viện công nghệ cao của đối tác Đức, công suất 20–150 kg rác mỗi giờ, "
        "tro còn lại khoảng 5–10% khối lượng rác ban đầu.",
    ),
    (
        "oCo142",
        "vi",
        "tnbn",
        "Lò đốt chất thải rắn y tế ba buồng cho bệnh viện tuyến huyện",
        "Thiết kế, lắp đặt lò đốt chất thải rắn y tế công suất 5 kg/giờ theo nguyên lý ba buồng (sơ cấp, thứ cấp, xử lý "
        "khí thải bằng hấp thụ), tiêu hao 3–4 lít dầu mỗi giờ, phù hợp bệnh viện nhỏ; lưu ý không gom rác quá lâu mới đốt.",
    ),
    # --- recycling old mattresses and foam ---
    (
        "oCo143",
        "vi",
        "mrc",
        "Mô hình tháo dỡ và tái chế nệm cũ",
        "Chuyển giao mô hình tái chế nệm: hơn 75% một tấm nệm có thể tái chế, trong khi mỗi ngày hơn 50.000 tấm nệm bị vứt "
        "bỏ ở một thị trường lớn. Nệm và đế lò xo được dỡ khỏi container, kiểm tra; tấm không nhiễm bẩn được cắt mở thủ "
        "công, tách lớp theo loại; foam, xơ, vật liệu mềm được ép kiện; kim loại, đế lò xo bán cho nhà máy thép; gỗ dùng "
        "làm nhiên liệu.",
    ),
    (
        "oCo144",
        "en",
        "bt2010",
        "Designing and financing mattress recycling programmes",
        "Advice on setting up mattress recycling programmes. Landfills dislike mattresses because they do not compact and "
        "springs jam machinery, while unscrupulous renovators resell used beds. Most recycling facilities are non-profits "
        "that depend on a tipping fee of about 6 to 15 dollars a piece, since prices for reclaimed foam and steel are "
        "unstable; a disposal fee collected at sale, as for tyres, appliances, batteries and paint, is another option.",
    ),
    (
        "oCo145",
        "en",
        "psi",
        "Product-stewardship schemes for used mattresses",
        "Policy support for extended producer responsibility on mattresses. About 40 million mattresses and box springs "
        "are sold each year in one large market, and when disassembled up to 95 percent of components, such as steel, "
        "cotton and foam, can be recycled, yet only a small share is. We help local governments design collection and "
        "financing schemes that reduce dumping and landfill damage.",
    ),
    (
        "oCo146",
        "en",
        "bt2024",
        "Semi-automated mattress dismantling",
        "Engineering support for mattress recyclers. Dismantling is still about 90 percent manual, with workers cutting "
        "and separating components by hand using utility knives. As volumes grow with state-wide recycling programmes and "
        "landfill restrictions, automated systems, for example for taking apart pocketed coil units, become cost "
        "effective.",
    ),
    (
        "oCo147",
        "en",
        "secch",
        "Mattress deconstruction process and staff training",
        "Step-by-step deconstruction: cut the pillow top off round the top seam with a utility knife; pull off the "
        "edging; separate foam and cotton into piles; flip and repeat; cut the steel rods at the corners with bolt "
        "cutters and pull them free for the metal baler. Steel innersprings go to steel recycling, foam is ground for "
        "carpet padding, box-spring wood becomes biomass fuel or animal bedding.",
    ),
    (
        "oCo148",
        "vi",
        "grain",
        "Tách lò xo bằng nam châm và tái chế ruột nệm",
        "Quy trình tái chế nệm cũ: tháo rời nệm, tái chế riêng từng thành phần. Lò xo thép được nam châm giữ lại để tách "
        "ra, phần vật liệu bao quanh được nghiền; bông và foam dùng nhồi gối, làm nệm cho thú cưng, lót thảm, bọc lại đồ "
        "nội thất; gỗ đế giường nghiền làm lớp phủ gốc cây, củi hoặc gỗ mộc. Giảm khí nhà kính, chi phí bãi rác và đổ trộm.",
    ),
    (
        "oCo149",
        "vi",
        "ccush",
        "Công nghệ sản xuất mút ép (rebond) từ mút vụn",
        "Chuyển giao công nghệ mút ép: mút PU mềm vụn (vỏ, cạnh, đáy khối khi tạo bọt và phần thừa khi cắt nệm, ghế) được "
        "băm nhỏ, trộn chất kết dính PU, ép thành khối dưới áp lực, lạng thành tấm mỏng theo độ dày, khổ, rồi dán màng "
        "trượt một mặt làm lót thảm. Ở thị trường phát triển khoảng 89% lót thảm sản xuất là mút ép, hấp thụ hết mút vụn "
        "công nghiệp.",
    ),
    (
        "oCo150",
        "en",
        "incpu",
        "Rebond foam with controlled density and softness",
        "Rebond made from shredded flexible polyurethane foam held by a binder. We tune density, softness and give by "
        "varying the size of the foam pieces, the density of the binder and the binder-to-foam ratio, for carpet "
        "underlay, vehicle sound and vibration damping, gym and yoga mats, mattresses and couch cushions. More than 1 "
        "billion pounds of foam has gone into rebond, about 600 million square feet.",
    ),
    (
        "oCo151",
        "vi",
        "pfa",
        "Thu mua mút PU vụn để tái chế",
        "Thu mua mút PU mềm vụn từ xưởng nệm, sofa, cắt mút và thợ lót thảm: tới 30% mút có thể thành phế liệu khi cắt và "
        "định hình sản phẩm; gần như mọi mẩu mút sạch đều tái chế được thành lót thảm mút ép. Giúp cơ sở có thêm doanh thu "
        "thay vì tốn phí chở bỏ.",
    ),
    (
        "oCo152",
        "en",
        "fcomp",
        "Foam compactors and balers for scrap foam",
        "Compactors that press scrap polyurethane foam into bales, which are easier to handle and cheaper to ship. Up to "
        "30 percent of foam becomes scrap in fabrication; buyers want new, dry scrap free of foreign objects. Bonded "
        "carpet-underlay makers use more than 400 million pounds of process scrap a year, and some scrap is mixed with "
        "fibre as stuffing for pillows, toys and furniture backs.",
    ),
    (
        "oCo153",
        "en",
        "wmw",
        "Finding new end markets for rebond and scrap foam",
        "Innovation programme run with a foam producer and a mattress recycling council to find new business models and "
        "products for bonded flexible foam scrap. Carpet padding is the main outlet for foam from used mattresses and "
        "furniture, but a shift to hard flooring could shrink it, while logistics, processing and quality control for "
        "rebond already exist.",
    ),
    (
        "oCo154",
        "en",
        "zl_carpet",
        "Training: rebond carpet-pad production from scrap foam",
        "Course on rebond production from scrap yard to finished bun: sourcing and sorting scrap from slabstock trim, old "
        "cushions, mattress toppers and car seats; grinding to the right particle-size distribution; choosing and "
        "applying the binder; operating the compression box to reach target density without crushing particles; slicing "
        "the bun into pad sheets on a horizontal band saw; avoiding crumbling, hard spots and delamination.",
    ),
    (
        "oCo155",
        "vi",
        "phelieu",
        "Thu mua phế liệu tổng hợp",
        "Đơn vị thu mua phế liệu, phế thải toàn quốc, không giới hạn số lượng, hơn 10 năm kinh nghiệm: phân loại, thu gom "
        "và kết nối đối tác tái chế. Việt Nam thải ra khoảng 1,8 triệu tấn phế thải mỗi năm.",
    ),
    (
        "oCo156",
        "en",
        "jmj",
        "Scrap tyre recycling into rubber granules",
        "Tyre recycling plant: tyres are de-beaded, shredded to 50 mm pieces and then to 5–10 mm, with magnets removing "
        "all steel for a third-party steel recycler; further shredding gives 1–2 mm granules and 30 and 60 mesh powder. "
        "The whole tyre is used with no polluted water, waste gas or residue.",
    ),
    (
        "oCo157",
        "en",
        "recsd",
        "Carpet recycling into building products",
        "Collection and recycling of old carpet, which is hard to recycle because many fibres are woven together with "
        "different backings: fibres are separated by type and reused in composite lumber, tile backer board, roofing "
        "shingles and railway sleepers.",
    ),
    (
        "oCo158",
        "en",
        "priyanka",
        "Crumb rubber from end-of-life vehicle tyres",
        "Crumb rubber plant processing vehicle tyres, which combine thermoset rubber with textiles and steel: multi-stage "
        "milling to the required particle size without heat build-up, separation of fibre, steel and stone, and "
        "multiple sieving units for the required size distribution.",
    ),
]
