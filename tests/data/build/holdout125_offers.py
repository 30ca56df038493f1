"""Offers of the holdout125 labelled set (makerspaces, fab labs and prototyping).

Rows: (id, language, source key, title, description). Each offer paraphrases the page behind its source key.
"""

OFFERS = [
    # --- 3D printing -------------------------------------------------------------------------------
    (
        "mWo001",
        "vi",
        "hutech_3dp",
        "Máy in 3D chế tạo trong nước cho trường học và xưởng nhỏ",
        "Nhóm sinh viên Khoa Công nghệ, Trường ĐH Công nghệ TP.HCM (HUTECH) mất 6 tháng để tự chế tạo một máy in 3D ba trục "
        '"made in Việt Nam", thay cho thiết bị tạo mẫu nhanh nhập khẩu có giá từ 25.000 đến 100.000 USD. Máy dùng để tạo mẫu nhanh '
        "từ bản thiết kế, giúp kiểm tra lỗi trước khi sản xuất hàng loạt và làm học cụ trực quan. Nhóm sẵn sàng hợp tác lắp ráp, "
        "chuyển giao máy cho trường và cơ sở đào tạo muốn giảm chi phí tạo mẫu.",
    ),
    (
        "mWo002",
        "vi",
        "printpool_price",
        "Dịch vụ in 3D trực tuyến tính giá theo thể tích chi tiết",
        "Xưởng in 3D Printpool (Anh) báo giá mỗi chi tiết bằng cách lấy thể tích (cm³) nhân với các hệ số theo công nghệ, vật liệu "
        "và độ phức tạp, và công khai cách tính này. Giá tăng gần theo lập phương kích thước, nên thu nhỏ mẫu, làm rỗng hoặc chọn "
        "công nghệ rẻ hơn giúp giảm mạnh chi phí. Nhận in mẫu thử và lô nhỏ, tư vấn cách tối ưu file để trả ít tiền hơn.",
    ),
    (
        "mWo003",
        "en",
        "3dpeople_price",
        "SLS and MJF nylon printing with instant online quotes",
        "3DPeople quotes SLS parts by bounding-box volume at 11p per cm³, adding 0.5 mm of clearance on every side because parts "
        "must sit 1 mm apart in the build. Nesting several parts into one file can cut the price sharply, and sparse parts can be "
        "priced by a low-density method instead. Suited to strong functional nylon parts for prototypes and short runs.",
    ),
    (
        "mWo004",
        "en",
        "jlc_3dp",
        "Low-cost online 3D printing with a price calculator",
        "An electronics manufacturer runs an online 3D printing service priced by its calculator, with a few published surcharges: "
        "$8 for models with many thin supports or hollow structures, $0.20 per part when a multi-part file contains pieces below the "
        "starting price, and $8 plus one extra day for models longer than 250 mm. Handy for enclosures and small parts ordered "
        "together with circuit boards.",
    ),
    (
        "mWo005",
        "vi",
        "thp3d",
        "In 3D FDM nhựa PLA, ABS, PETG theo file thiết kế",
        "Nhận in 3D theo quy trình chuẩn: dựng mô hình trên phần mềm CAD (AutoCAD, Fusion 360, Blender…), xuất file STL hoặc OBJ, cắt "
        "lớp rồi in từng lớp từ dưới lên. Vật liệu thông dụng là PLA, ABS, PETG; in được mẫu thiết kế, linh kiện máy, đồ chơi, mô hình "
        "phục vụ dạy học STEM. Phù hợp cá nhân, học sinh, cơ sở nhỏ cần vài sản phẩm mẫu.",
    ),
    (
        "mWo006",
        "vi",
        "meme_sls",
        "In 3D SLS bột nylon cho chi tiết chức năng và lô nhỏ",
        "Meme 3D cung cấp công nghệ thiêu kết laser chọn lọc (SLS): tia laser công suất cao thiêu kết bột polyme thành chi tiết "
        "chắc, chịu lực, không cần kết cấu đỡ. Công nghệ được dùng từ tạo mẫu nhanh đến sản xuất loạt nhỏ, sản xuất cầu nối trước "
        "khi làm khuôn và sản xuất theo yêu cầu; chi phí thấp, năng suất cao, vật liệu ổn định.",
    ),
    (
        "mWo007",
        "vi",
        "hoaitin_cf",
        "In 3D vật liệu sợi carbon cho đồ gá và chi tiết cứng, nhẹ",
        "Hướng dẫn và dịch vụ in 3D composite sợi carbon trên máy FDM, gồm filament pha sợi carbon băm nhỏ và công nghệ sợi carbon "
        "liên tục. Sợi carbon dày khoảng 5–10 micromet cho tỷ lệ bền trên khối lượng rất cao, phù hợp đồ gá, jig, tay máy và chi tiết "
        "thay thế kim loại nhẹ cho phòng R&D, xưởng sản xuất tại Việt Nam; kèm thông số in và lưu ý an toàn.",
    ),
    (
        "mWo008",
        "en",
        "decode_sla",
        "SLA resin printing for fine-detail models",
        "Stereolithography service: a laser cures liquid photopolymer resin layer by layer from a sliced CAD model. It gives high "
        "accuracy and smooth surfaces, which suits jewellery patterns, dental moulds and intricate display models. Prints are slower "
        "than other methods and the resin needs careful handling.",
    ),
    (
        "mWo009",
        "vi",
        "hex_replace",
        "Quy trình in 3D chi tiết thay thế có in thử mẫu lắp ghép",
        "Hướng dẫn và nhận làm chi tiết thay thế bằng in 3D theo vòng lặp: chỉ đo các bề mặt lắp ghép, dự tính tải và nhiệt, chọn "
        "PLA, PETG, ABS hay PA, định hướng lớp in theo chiều chịu lực, rồi in một mẫu thử nhỏ để chỉnh khe hở (thường 0,2–0,4 mm mỗi "
        "bên với mối ghép trượt) trước khi in chi tiết thật. Giúp chi tiết lắp vừa, không gãy, không mềm khi nóng.",
    ),
    (
        "mWo010",
        "en",
        "filfeed_spare",
        "3D printed spare parts for appliances and furniture",
        "Guide and service for replacing discontinued or overpriced spare parts — drawer pulls, mounting clips, appliance gears — "
        "with desktop FDM prints. First search Printables, Thingiverse and Cults3D for an existing model; otherwise measure with "
        "digital calipers to 0.01 mm, optionally start from a phone photogrammetry scan, and pick material and tolerances with care.",
    ),
    (
        "mWo011",
        "en",
        "gfm_farm3d",
        "Open-source 3D printed tools for small and mid-scale farms",
        "Farmer-led programme showing growers how to design and print their own tools and fittings with free, open-source software "
        "and shared files. A seed wheel that costs about $20 off the shelf can be customised to the farm's own seed and printed for "
        "under $1 on an entry-level printer; printed prototypes can later be made in a sturdier material.",
    ),
    (
        "mWo012",
        "en",
        "tct_jigs",
        "3D printed jigs and fixtures for production lines",
        "Additive manufacturing of manufacturing aids — assembly jigs, inspection fixtures, guides and grippers — with complex, "
        "ergonomic shapes and several components consolidated into one print. BMW reports a 57% cost saving on its 3D printed jigs "
        "and fixtures; lead times and design limits of machined tooling largely disappear.",
    ),
    (
        "mWo013",
        "vi",
        "hcmute_scan3d",
        "Máy in và quét 3D tự chế trên nền Arduino",
        "Đồ án Trường ĐH Sư phạm Kỹ thuật TP.HCM nghiên cứu và thi công máy vừa in vừa quét 3D dùng board Arduino Mega 2560, Arduino "
        "Nano và board mở rộng RAMPS 1.4. Nhóm hiệu chỉnh thông số để nâng chất lượng sản phẩm in; thiết kế có thể tham khảo để tự "
        "lắp máy giá rẻ phục vụ học tập.",
    ),
    (
        "mWo014",
        "vi",
        "concrete3d",
        "Công nghệ in 3D bê tông trong xây dựng nhà ở",
        "Giới thiệu in 3D xây dựng (3DCP, LSAM): robot hoặc máy in cầu trục đùn bê tông, polymer từng lớp theo bản vẽ số để tạo cấu "
        "kiện hoặc cả công trình ngay tại công trường hay nhà máy. Cho phép hình khối phức tạp, rút ngắn thời gian thi công và giảm "
        "chất thải xây dựng.",
    ),
    (
        "mWo015",
        "vi",
        "render_arch",
        "Dịch vụ render phối cảnh 3D kiến trúc, nội thất",
        "Diễn họa kiến trúc bằng render 3D giúp chủ đầu tư hình dung không gian, phát hiện xung đột kết cấu, cơ điện sớm và chốt "
        "phương án nhanh hơn bản vẽ 2D. Nhận dựng phối cảnh ngoại thất, nội thất chân thực phục vụ thiết kế và bán hàng bất động sản.",
    ),
    (
        "mWo016",
        "vi",
        "designstudies",
        "Đào tạo nghề diễn họa 3D nội thất kiến trúc",
        "Trường thiết kế giới thiệu nghề diễn họa nội thất: từ bản vẽ kỹ thuật của nhà thiết kế dựng thành hình ảnh 2D, 3D tĩnh và "
        "động giống thật để khách hàng duyệt phương án. Sinh viên ngành Thiết kế Nội thất & Kiến trúc được học quy trình dựng cảnh, "
        "vật liệu, ánh sáng.",
    ),
]

OFFERS += [
    # --- moulds and forming ------------------------------------------------------------------------
    (
        "mWo017",
        "vi",
        "vinnotek_mold",
        "In 3D khuôn cho đúc chân không chi tiết nhựa, cao su số lượng ít",
        "Vinnotek thiết kế và in 3D khuôn (PLA và vật liệu khác) dùng cho đúc chân không các chi tiết nhựa, cao su cỡ nhỏ và vừa. "
        "Khuôn in 3D tạo được hình dạng, hoa văn phức tạp mà gia công cơ khí khó làm, rút ngắn thời gian tạo mẫu, giảm công đoạn thủ "
        "công và cho phép thử nhiều thiết kế trước khi sản xuất loạt; hợp với sản phẩm tùy chỉnh, số lượng ít.",
    ),
    (
        "mWo018",
        "vi",
        "creality_mold",
        "Làm khuôn hai mảnh in 3D để đúc nhựa resin và silicone",
        "Hướng dẫn làm khuôn bằng máy in 3D thay cho khuôn truyền thống đắt tiền: hoặc in trực tiếp khuôn rồi rót vật liệu, hoặc in "
        "mẫu gốc rồi đổ silicone bao quanh trong hộp quây bằng tấm xốp. Vật liệu hai thành phần trộn theo tỷ lệ cố định, có thể hút "
        "chân không để loại bọt khí; phù hợp nhân bản chi tiết, sản phẩm thủ công số lượng vừa phải.",
    ),
    (
        "mWo019",
        "en",
        "formlabs_vac",
        "Vacuum-formed packaging prototypes on 3D printed moulds",
        "Formlabs shows how to prototype packaging — trays, lids, blister packs — by vacuum forming over resin-printed moulds. Its "
        "High Temp Resin has a heat deflection temperature of 238 °C, enough to form PETG and ABS sheet, and printed moulds can carry "
        "text and fine textures at no extra cost, saving time and money against machined or cast tooling.",
    ),
    (
        "mWo020",
        "en",
        "bigrep_vac",
        "Large-format 3D printed moulds for vacuum forming",
        "BigRep explains thermoforming — vacuum, pressure and twin-sheet forming — and offers large FDM-printed moulds for it. The "
        "process: clamp a plastic sheet, heat it until pliable, pull it onto the mould with vacuum, cool, then trim; printed moulds "
        "make short runs and design changes affordable.",
    ),
    (
        "mWo021",
        "vi",
        "matterhackers_thermo",
        "Hướng dẫn cơ bản tạo hình nhiệt (thermoforming) với mẫu in 3D",
        "Giải thích cách máy tạo hình nhiệt kẹp tấm nhựa, gia nhiệt đến khi mềm, hạ xuống mẫu (forming buck) rồi hút chân không; máy "
        "cỡ nhỏ dùng máy hút bụi gia đình. Ba quy tắc cho mẫu in 3D: không có phần lẹm (undercut), vuốt thon dần từ đáy lên, hình "
        "khối đơn giản hơn so với in 3D thông thường.",
    ),
    (
        "mWo022",
        "en",
        "stratasys_thermo",
        "FDM-printed tooling for thermoforming — application guide",
        "Stratasys and Formech guide to drape, vacuum and pressure forming with tools built on Fortus FDM printers. Vent holes around "
        "the periphery and in detail areas give crisp features; printed tools make thermoforming cheaper and faster for packaging, "
        "blister packs, covers and low-volume parts.",
    ),
    (
        "mWo023",
        "vi",
        "coretech_mold",
        "Gia công khuôn ép nhựa chính xác cho sản xuất hàng loạt",
        "Nhận thiết kế, gia công khuôn ép phun gồm lõi, lòng khuôn, hệ thống kênh dẫn, cơ cấu đẩy và làm mát. Khuôn tốt cho ra hàng "
        "nghìn sản phẩm đồng đều; chỉ cần sai lệch 0,05 mm có thể khiến cả dây chuyền phải dừng, nên khuôn được gia công chính xác "
        "cho nhà máy ép nhựa sản lượng lớn.",
    ),
    (
        "mWo024",
        "en",
        "huashang_thermo",
        "Industrial cup thermoforming mould development",
        "Mould maker for high-volume cup and packaging lines uses temporary moulds to check sheet stretch, plug-assist depth, "
        "sidewall thinning and cooling shrinkage before cutting production steel, cutting iteration cycles from months to hours for "
        "machines that will run millions of cycles.",
    ),
    # --- laser cutting and engraving ---------------------------------------------------------------
    (
        "mWo025",
        "vi",
        "zggd_laser",
        "Máy khắc, cắt laser CO2 từ 40 W cho xưởng nhỏ",
        "Nhà sản xuất máy khắc laser tư vấn chọn máy: laser CO2 chiếm khoảng hai phần ba số hệ thống, hợp với gỗ, vải, da, nhựa; "
        "người mới có thể bắt đầu từ máy khoảng 40 W, nhà máy lớn dùng trên 1.000 W; laser sợi dành cho chi tiết mịn trên kim loại "
        "như inox. Thấu kính 2,5 inch cho điểm 0,1 mm khi khắc chi tiết nhỏ, thấu kính 4 inch cho gỗ dày tới 20 mm; lớp phủ chống bụi "
        "giữ truyền sáng trên 98%.",
    ),
    (
        "mWo026",
        "vi",
        "diode_2w",
        "Máy khắc laser diode 2 W giá rẻ tự lắp",
        "Mô hình máy khắc laser diode 2 W khung nhôm do sinh viên chế tạo: khắc tốt gỗ, bìa carton, giả da; cắt được giấy bìa, decal. "
        "Mica chỉ khắc được loại màu đen, còn với kim loại máy chỉ đốt lớp sơn phủ bề mặt. Phù hợp cơ sở muốn thử khắc quà tặng với "
        "chi phí thấp.",
    ),
    (
        "mWo027",
        "vi",
        "laser_cnc_vi",
        "Dịch vụ cắt laser CNC kim loại và phi kim theo bản vẽ",
        "Nhận cắt, khắc bằng máy laser CNC theo file thiết kế 2D hoặc 3D lập trình sẵn: thép, nhôm, đồng và cả gỗ, nhựa, mica, vải. "
        "Đường cắt chính xác, sai số rất nhỏ, tốc độ nhanh với vật liệu mỏng, hoàn toàn tự động theo chương trình.",
    ),
    (
        "mWo028",
        "en",
        "lce_acrylic",
        "Acrylic laser cutting with flame-polished edges",
        "Laser cutting of cast and extruded acrylic for shopfront signs, displays and partitions. Sheets of 1220 × 2440 mm and "
        "1500 × 2000 mm, beds up to 1500 × 3000 mm; most sign work is 3–10 mm thick, structural pieces 12–20 mm, and cuts up to about "
        "30 mm are possible. CO2 lasers leave glossy, flame-polished edges with no sanding; design rules and file checks included.",
    ),
    (
        "mWo029",
        "vi",
        "nutmeg_wood",
        "Khắc laser CO2 lên đồ gỗ khách mang tới",
        "Xưởng nhỏ dùng laser CO2 để cắt và khắc gỗ: thớt, khay, bát gỗ do khách đưa tới, và các sản phẩm cắt từ ván ép 1/4 inch. Tư "
        "vấn vân gỗ mỗi tấm khác nhau nên độ đậm khắc khác nhau; thớt và khay nên lau dầu khoáng, đồ trang trí nên phủ polyurethane để "
        "không nứt, cong khi thời tiết thay đổi.",
    ),
    (
        "mWo030",
        "en",
        "sendcutsend",
        "Online laser and sheet cutting priced instantly from vector files",
        "Upload .dxf, .dwg, .ai, .eps or .step files for instant pricing on flat or bent sheet parts; each material is routed to the "
        "cutting method that suits it, and STL meshes and raster images are not accepted. Files must be at 1:1 scale (inches preferred, millimetres fine), with "
        "text converted to outlines, closed contours, no overlapping lines and bridges added to letters such as O, A and B.",
    ),
    (
        "mWo031",
        "vi",
        "gosnapcut",
        "Cắt laser theo file DXF, khổ tối đa 1,2 × 2 m",
        "Dịch vụ cắt laser trực tuyến nhận file DXF (sắp hỗ trợ thêm .ai, .dwg, .eps, .step). Khổ cắt tối đa 1,2 m × 2 m, chi tiết "
        "nhỏ nhất khoảng 1 mm, lỗ nhỏ nhất bằng 1,5 lần chiều dày vật liệu, dung sai ±0,1 mm. File phải có đường khép kín, không giao "
        "cắt, không hình thừa; nên tính cả bề rộng vết cắt với chi tiết lắp ghép.",
    ),
    (
        "mWo032",
        "en",
        "pololu_laser",
        "Laser cutting and engraving priced per inch, with rush options",
        "Custom laser cutting of acrylic, ABS, PETG, birch plywood and other sheet: 1/8-inch acrylic from about $0.15 per inch, a $3 "
        "minimum per unique part and $1 per extra copy; engraving from $1 per square inch. Stock material from $4 per sq ft (3 mm ABS) "
        "to $10 (6 mm acrylic). A $25 order ships in 5 business days; same-day service doubles the price.",
    ),
    (
        "mWo033",
        "en",
        "lumen_sg",
        "CAD file review, laser cutting and bending for prototypes and batches",
        "Singapore fabricator checks customer CAD files and cuts, bends, engraves and finishes parts from single prototypes to "
        "repeat batches. Files should be 2D vectors (DXF preferred) at 1:1 in millimetres, with closed paths, no duplicates, splines "
        "turned into arcs and cut, engrave and score work on separate layers; open contours are the most common reason for rejection.",
    ),
    (
        "mWo034",
        "en",
        "la_acrylic",
        "Choosing acrylic for laser cutting and engraving",
        "Laser shop guidance: cast acrylic engraves to a crisp white mark and cuts cleanly, extruded acrylic is cheaper and fine for "
        "cutting but poor for engraving, and mirrored acrylic is cut from the back. Sheets sold as 1/8 inch are really about 0.118 "
        "inch, which matters for slot-together boxes; paper masking is kept on to protect the surface and serve as a paint mask.",
    ),
    (
        "mWo035",
        "en",
        "skdisplay",
        "CO2 laser cutting instead of routers for acrylic signs",
        "Display maker explains why CO2 lasers replaced routers and water jets for cutting acrylic letters and sign panels: router "
        "edges need buffing or flame polishing and cannot make sharp corners, water jets leave frosted edges and cost more to run, "
        "while the laser gives a transparent edge and fine detail with no post-processing.",
    ),
    (
        "mWo036",
        "en",
        "lasersnews_leather",
        "Laser engraving on leather goods",
        "Engraving shop with a CO2 laser engraves leather wallets, patches and tags with a controlled burn that removes a very thin "
        "layer and darkens it brown to black. It helps customers see the difference between dark laser engraving and pressed, 3D-"
        "looking embossing before they order.",
    ),
    (
        "mWo037",
        "en",
        "in2it",
        "Promotional laser engraving on metal, leather, wood and plastics",
        "Promotional products firm engraves logos and text with a computer-controlled laser that sets direction, speed, intensity and "
        "spread of the beam so every area is hit once for an even finish. No tool touches the surface, so it works on metals, "
        "leather, hardwoods, paper and plastics.",
    ),
    (
        "mWo038",
        "vi",
        "vtv_gaodua",
        "Lồng đèn gáo dừa khắc tên, hình theo yêu cầu",
        "Cơ sở của một cô gái trẻ ở xã Hữu Định, huyện Châu Thành (Bến Tre) làm lồng đèn từ gáo dừa bỏ đi qua các khâu chọn trái, cắt "
        "mặt, cạy cùi, mài xơ, đánh bóng, phủ dầu dừa, khoan lỗ, lắp phụ kiện. Khắc thêm tên hoặc hình theo ý khách chỉ 20.000 đồng; "
        "đã bán hơn 1.000 sản phẩm, sẵn sàng nhận đặt hàng và chia sẻ quy trình.",
    ),
]

OFFERS += [
    # --- laser distractors -------------------------------------------------------------------------
    (
        "mWo039",
        "vi",
        "tattoo_pico",
        "Xóa xăm bằng laser pico giây",
        "Bệnh viện chuyên khoa da liễu – thẩm mỹ xóa hình xăm bằng laser pico: xung cực ngắn phá mực thành hạt siêu nhỏ để cơ thể đào "
        "thải. Bước sóng 1.064 nm cho mực đen, xám; 532 nm cho đỏ, cam, vàng; 755 nm cho xanh lá, tím. Liệu trình 6–10 lần, mỗi lần "
        "cách nhau khoảng 4 tuần.",
    ),
    (
        "mWo040",
        "en",
        "fiber_6kw",
        "6 kW fiber laser systems for carbon-steel fabrication",
        "Supplier of 6 kW fiber laser cutting systems for heavy carbon-steel fabrication shops: a ytterbium-doped fiber source at about "
        "1.06 microns that steel absorbs well, linear motors or precision rack-and-pinion drives reaching 2.0 G acceleration, and "
        "micron-level positioning for automotive and heavy-machinery parts.",
    ),
    (
        "mWo041",
        "en",
        "hsg_fiber",
        "Fiber laser cutters for metal sheet",
        "Manufacturer of fiber laser sheet-metal cutters explains that thinner is not always easier: 1 mm sheet cuts quickly, but "
        "0.08 mm foil is hard to hold and stacking thin sheets only keeps the top layer accurate. Machines are sold to metal "
        "fabricators with guidance on thickness and fixing.",
    ),
    (
        "mWo042",
        "vi",
        "dua_datvang",
        "Dừa dát vàng 24K trang trí Tết",
        "Xưởng làm dừa dát vàng cung cấp sỉ sản phẩm chưng Tết: dừa non trái to được phết keo, dán 30–40 lá vàng 24K mỗi trái rồi "
        "trang trí chữ, hoa văn; hơn 200 mẫu, mùa cao điểm 7 công nhân làm 200–300 cặp mỗi ngày, khoảng 6.000 sản phẩm mỗi vụ.",
    ),
    (
        "mWo043",
        "vi",
        "bentre_gaodua",
        "Gáo dừa ốp lát tường trang trí nội thất",
        "Cơ sở thủ công mỹ nghệ ở Giồng Trôm (Bến Tre) sản xuất tấm ốp tường từ gáo dừa từ đầu năm 2016, sản phẩm có khả năng lọc ẩm, "
        "lọc khí, được Sở KH&CN và Sở Công thương thẩm định, hỗ trợ vốn khuyến công. Cung cấp vật liệu ốp lát trang trí nội thất.",
    ),
    (
        "mWo044",
        "en",
        "tjwzj_fiber",
        "Buying guide to fiber laser cutting machines",
        "Machine seller explains how a fiber laser cutter works — fiber source, optical cable, cutting head with focusing lens, CNC "
        "control, servo motion, chiller and assist gases (oxygen, nitrogen, air) — to help sheet-metal, kitchen-equipment and "
        "machinery plants choose an industrial machine.",
    ),
    # --- small CNC machines and machining ----------------------------------------------------------
    (
        "mWo045",
        "vi",
        "dcnc_forge",
        "Tư vấn chọn và làm quen máy CNC để bàn",
        "Hướng dẫn nền tảng về CNC để bàn: máy đọc G-code, cắt bỏ vật liệu từ phôi đặc (khác in 3D đắp lớp), gia công được kim loại, "
        "mối lắp chính xác và chi tiết chịu lực đều theo mọi hướng. Giúp xưởng nhỏ làm mẫu và sản xuất loạt ngắn mà không cần trung "
        "tâm gia công công nghiệp; nói rõ máy làm được và không làm được gì, đường học khó hơn in 3D và các quy tắc an toàn.",
    ),
    (
        "mWo046",
        "en",
        "woodshop_dcnc",
        "Desktop CNC routers for one-off parts and short runs",
        "Entry-level desktop CNC routers are inexpensive, small and a friendly introduction to CAD and CAM. Beyond one-off prototypes "
        "they handle short runs — raised panels for a kitchen, identical RV components, guitar bodies — and repeat jobs exactly from "
        "stored files; they are the core machine of many makerspaces. Advice on working envelope and choosing a model.",
    ),
    (
        "mWo047",
        "vi",
        "jinxi_custom",
        "Gia công CNC theo yêu cầu từ bản vẽ đến thành phẩm",
        "Nhận gia công CNC tùy chỉnh: phay, tiện, khoan, mài theo mô hình CAD của khách, biến phôi thô thành chi tiết phức tạp độ "
        "chính xác cao. Máy có cảm biến theo dõi điều kiện cắt, mòn dao và kích thước trong suốt quá trình, bảo đảm chất lượng đồng "
        "đều giữa các lần sản xuất, từ mẫu đến giao hàng.",
    ),
    (
        "mWo048",
        "vi",
        "shaoyi",
        "Gia công cơ khí số lượng nhỏ và tạo mẫu nhanh, minh bạch chi phí",
        "Xưởng gia công theo yêu cầu làm chi tiết số lượng nhỏ, tiêu chuẩn cao và dịch vụ tạo nguyên mẫu nhanh để kiểm chứng thiết "
        "kế. Khách gửi mô hình CAD ghi rõ kích thước, hình dạng, vật liệu; xưởng giải thích các yếu tố làm tăng chi phí (dung sai, "
        "hình học, số lượng) ngay từ đầu.",
    ),
    (
        "mWo049",
        "en",
        "shaoyi_proto_en",
        "CNC machined prototypes in production-grade materials",
        "CNC prototype service turns CAD files into functional sample parts in the same metals and plastics as production, so "
        "strength, fit and heat behaviour can be tested before paying for tooling. Around 70–80% of a product's cost is locked in "
        "during design, which is why early machined prototypes pay off.",
    ),
    (
        "mWo050",
        "en",
        "afi_proto",
        "Rapid CNC prototyping of metal parts with inspection documents",
        "Rapid CNC prototyping for OEM teams: standard tolerance about ±0.005 in (±0.13 mm), tighter only on functional features; "
        "clear lead-time tiers; and quality records such as material certificates, dimensional reports and first-article "
        "inspection. Also advises when to print in metal and then machine only the critical interfaces.",
    ),
    (
        "mWo051",
        "en",
        "mhao_mill",
        "Custom CNC milling of aluminium, stainless steel and brass",
        "CNC milling from prototype to low-volume production with design-for-manufacturing review. Standard tolerances of ±0.005 to "
        "±0.010 in are the cost baseline, ±0.001–0.002 in costs moderately more, and over-tolerancing non-mating faces only adds "
        "machine hours; workholding, inspection and material-specific know-how are explained up front.",
    ),
    (
        "mWo052",
        "vi",
        "cnc_pcb_vi",
        "Máy CNC mini tự chế: phay mạch in, khắc phù điêu gỗ, cắt chữ mica",
        "Nhóm tác giả xây dựng mô hình máy CNC chạy G-code theo chuẩn EIA274-D để gia công mạch in tự động thay cho cách ăn mòn "
        "hóa chất tốn thời gian và độc hại. Máy còn điêu khắc phù điêu trên gỗ, mica và cắt chữ quảng cáo; có thể chuyển giao thiết kế "
        "cho xưởng nhỏ, trường học.",
    ),
    (
        "mWo053",
        "en",
        "ace_cnc",
        "Beginner-friendly CNC router classes and public access",
        "Ace Makerspace in Oakland built a full-bed CNC router programme — the only public-access router in the East Bay outside a "
        "college campus — partly with an SBA loan. Classes are beginner-friendly, affordable and self-guided, aimed at job seekers, "
        "small businesses, people making repairs, hobbyists and students.",
    ),
    (
        "mWo054",
        "vi",
        "cnc_go_vi",
        "Máy CNC gỗ công nghiệp cho nhà máy nội thất",
        "Giới thiệu các dòng máy CNC gỗ cho sản xuất nội thất: router 4 đầu hoạt động độc lập, máy 1 đầu thay dao tự động, máy 5 trục, "
        "trung tâm 2.5D và dây chuyền nesting, cắt, khoan, phay MDF, HDF, ván ép, gỗ tự nhiên với năng suất cao, giảm nhân công.",
    ),
    (
        "mWo055",
        "vi",
        "daophay",
        "Dao phay ngón CNC: vật liệu, chủng loại, cách dùng",
        "Nhà cung cấp dụng cụ cắt giới thiệu dao phay ngón cho máy CNC: thành phần, tính chất, ứng dụng và hướng dẫn sử dụng để chọn "
        "đúng dao cho từng loại vật liệu gia công.",
    ),
    (
        "mWo056",
        "vi",
        "asiabolt",
        "Sản xuất bu lông, chi tiết tiện hàng loạt",
        "Doanh nghiệp bu lông cung cấp các sản phẩm gia công tiện có hình dạng khó sản xuất, đòi hỏi độ chính xác cao, đặt hàng "
        "theo lô cho khách công nghiệp.",
    ),
]

OFFERS += [
    # --- electronics prototyping -------------------------------------------------------------------
    (
        "mWo057",
        "vi",
        "kingfield",
        "Sản xuất mạch in PCB, lắp ráp PCBA và tạo mẫu nhanh",
        "Nhà sản xuất bảng mạch nhận làm PCB trần và PCBA đã lắp linh kiện: FR-4 phổ biến, laminate tần số cao (Rogers) cho mạch RF, "
        "polyimide cho mạch dẻo và cứng–dẻo, lõi nhôm cho LED công suất lớn. Tư vấn chọn giữa bo trần và bo lắp sẵn theo chi phí, "
        "độ tin cậy, thời gian sản xuất; có dịch vụ tạo mẫu nhanh.",
    ),
    (
        "mWo058",
        "vi",
        "pcbtop_proto",
        "Lắp ráp PCB mẫu từ 1 đến 100 bo",
        "Dịch vụ lắp ráp bo mạch mẫu số lượng thấp (1–100 bo) để kiểm tra thiết kế: bo 1–2 lớp, nhiều lớp, mạch dẻo; FR4, Rogers, "
        "polyimide. Thời gian 3–7 ngày, gấp 24–48 giờ. Máy gắp đặt linh kiện SMT 0201–1206, QFP bước 0,5 mm; BGA bước 0,4 mm hàn tay; "
        "kiểm tra AOI, thử chức năng, rà soát DFM và tìm nguồn linh kiện.",
    ),
    (
        "mWo059",
        "en",
        "smallbatch_pcb",
        "Small-batch PCB production between prototype and mass run",
        "PCB maker offers small-batch runs of roughly 50–1,000 boards, between 1–10-unit prototypes and 1,000+ mass production. "
        "Used for design validation, UL/CE certification samples and first market tests; per-board cost falls with quantity (a "
        "10-board prototype lot cited at $13 in total) while design tweaks stay possible without tooling costs.",
    ),
    (
        "mWo060",
        "en",
        "nextpcb",
        "Fast PCB prototype assembly for hardware startups",
        "Prototype assembly service with 24-hour and standard lead times. A team that closes the design–fabrication–assembly–test loop "
        "in 5 days can run 3–4 revisions while a slower team runs one; advice on files to prepare, common assembly mistakes, cost-"
        "saving tips and moving from prototypes to a first 500-unit build.",
    ),
    (
        "mWo061",
        "vi",
        "esgiot_fw",
        "Phát triển firmware và ứng dụng đám mây cho dự án IoT",
        "Tư vấn và phát triển trọn vòng đời giải pháp IoT từ thử nghiệm ý tưởng (PoC) đến mở rộng quy mô: chọn cảm biến, vi điều "
        "khiển (STM32, ESP32), module truyền thông, viết firmware, xây ứng dụng đám mây, tích hợp với MES, ERP; bảo mật ngay từ khâu "
        "thiết kế, ước tính độ trễ, băng thông, chi phí. Ví dụ: tiết kiệm nước tưới, tối ưu năng lượng dây chuyền.",
    ),
    (
        "mWo062",
        "en",
        "focus_fw",
        "Embedded firmware design for deeply embedded products",
        "Consultancy that designs both hardware and firmware: task partitioning and clean APIs, RTOS semaphores and mailboxes, "
        'interrupt latency, fault recovery, control loops and DSP code, "big math on small machines", and planning for debugging. '
        "Balances unit cost, memory footprint and development timelines.",
    ),
    (
        "mWo063",
        "en",
        "dmc_board",
        "Embedded board and software design where the client owns the files",
        "Engineering firm designs embedded boards and software for companies without in-house electronics staff. Unlike firms that "
        "recoup costs by selling boards with minimum orders, it charges engineering fees and hands over source code and board files "
        "so fabrication can be shopped anywhere; covers networks, power budgets, durability and motor, audio or signal circuits.",
    ),
    (
        "mWo064",
        "vi",
        "rmb_embedded",
        "Tư vấn hệ thống nhúng: firmware, phần cứng hoặc cả hai",
        "Chuyên gia tư vấn hệ thống nhúng cho các thiết bị có vi xử lý chuyên dụng như bộ quản lý động cơ, máy định vị GPS, máy đo "
        "đường huyết, thiết bị đo điều khiển quá trình. Giải thích ba nhóm tư vấn — chỉ firmware, chỉ phần cứng, hoặc cả hai — và cách "
        "chọn người theo ngành và công nghệ của sản phẩm.",
    ),
    (
        "mWo065",
        "vi",
        "esgiot_elder",
        "Thiết kế phần cứng IoT bền, dễ dùng, dễ lắp cho người cao tuổi",
        "Kiến trúc sư hệ thống IoT tư vấn thiết kế thiết bị cho người cao tuổi: vỏ và cơ cấu bền, giao diện tối giản, lắp đặt không cần "
        "kỹ thuật viên, tiêu thụ ít năng lượng, dễ bảo trì, dữ liệu toàn vẹn phục vụ báo cáo ESG.",
    ),
    (
        "mWo066",
        "vi",
        "microsmartlab",
        "Bộ thí nghiệm µSMARTLAB kết hợp IoT và AI cho lớp học STEM",
        "Năm học sinh từ nhiều trường (nhóm trưởng lớp 8 Trường THCS Nghĩa Tân) phát triển bộ thí nghiệm µSMARTLAB gắn cảm biến IoT và "
        "trí tuệ nhân tạo, giúp học sinh làm thí nghiệm nhỏ, thu số liệu tự động ngay trong lớp; có thể nhân rộng cho các trường.",
    ),
    (
        "mWo067",
        "vi",
        "joboko_fw",
        "Tuyển lập trình viên firmware IoT ESP32",
        "Công ty thiết bị IoT tuyển kỹ sư firmware cho đội R&D: lập trình C++ với ESP-IDF và FreeRTOS trên ESP32, giao tiếp UART, SPI, "
        "I2C với cảm biến, GPS, 4G, NB-IoT, tối ưu Wi-Fi, BLE và mức tiêu thụ pin, viết unit test và tài liệu.",
    ),
    (
        "mWo068",
        "vi",
        "itviec_embedded",
        "Lập trình nhúng là gì – cẩm nang nghề nghiệp",
        "Bài viết hướng nghiệp giải thích lập trình nhúng, cấu trúc hệ thống nhúng, ngôn ngữ C và assembly, công việc hằng ngày của kỹ "
        "sư phần mềm nhúng và kỹ năng cần có để xin việc trong ngành.",
    ),
    (
        "mWo069",
        "vi",
        "imic_embedded",
        "Khóa học lập trình nhúng từ cơ bản",
        "Trung tâm đào tạo tuyển sinh khóa lập trình nhúng: vi điều khiển, RTOS, GPIO, UART, SPI, I2C, ADC, PWM, Raspberry Pi; giới "
        "thiệu cơ hội nghề nghiệp trong IoT, ô tô, robot, bán dẫn và mức thu nhập của kỹ sư nhúng.",
    ),
    # --- enclosures --------------------------------------------------------------------------------
    (
        "mWo070",
        "en",
        "fictiv_encl",
        "Enclosure design for 3D printing and injection moulding",
        "Step-by-step enclosure design for electronics, shown on a plant monitor that houses a Photon board, temperature sensor and a "
        "soil-moisture probe that must reach at least one inch into the soil, with buttons reachable and the LED visible. Starts "
        "from a requirements tree, then wall thickness, bosses and features that work for both printed prototypes and moulded parts.",
    ),
    (
        "mWo071",
        "en",
        "flooddog_encl",
        "Water-resistant 3D printed cases for outdoor sensors",
        "Maker behind the Flood Dog water-level programme shares a three-part printed outdoor case (top, mount, bottom) for a "
        "cellular board and sensor wand, built for 42 field devices around the Toronto Islands. The case is water resistant, printed "
        "locally, material-efficient and easy to service, with glands and gaskets being designed into the print.",
    ),
    (
        "mWo072",
        "vi",
        "uwmidsun_encl",
        "Quy tắc thiết kế hộp điện in 3D chống nước",
        "Hướng dẫn thiết kế hộp bảo vệ bo mạch: chừa đủ chỗ thao tác đầu nối có khóa, giữ PCB chắc theo mọi trục để chịu rung, tháo ra "
        "không hỏng, chống nước lọt vào. Với in FDM: thành không mỏng hơn 1 mm; 1,2 mm cho nắp không chịu lực, 2,0 mm cho thành cứng "
        "chịu vít, hiếm khi cần 3,0 mm.",
    ),
    (
        "mWo073",
        "en",
        "sungplastic_encl",
        "3D printed and injection-moulded enclosures",
        "Plastics supplier designs and makes custom enclosures, 3D printed for prototypes and injection moulded for production, "
        "starting from the product requirements (for example a Wi-Fi board with temperature and soil-moisture sensors) so that early "
        "mistakes do not raise manufacturing costs later.",
    ),
    (
        "mWo074",
        "en",
        "firstpart_encl",
        "Rapid 3D printed enclosures for electronic products",
        "Prototype shop makes enclosure assemblies in hours by FDM, material jetting, SLS or SLA depending on need (strength, "
        "transparency, heat, surface). Advises modelling internal parts first, planning access to connectors and choosing screws, "
        "snaps or adhesive before printing.",
    ),
]

OFFERS += [
    # --- sensors for ponds and fields --------------------------------------------------------------
    (
        "mWo075",
        "vi",
        "lasi_do",
        "Hệ thống đo oxy hòa tan thời gian thực cho ao nuôi",
        "Cung cấp hệ thống đo DO liên tục: cảm biến đặt trực tiếp trong nước, truyền dữ liệu qua internet hoặc mạng nội bộ về trung "
        "tâm giám sát, cảnh báo ngay khi oxy xuống dưới ngưỡng nguy hiểm. Thay cho cách lấy mẫu đo thủ công không liên tục, nhất là "
        "ban đêm khi tảo ngừng quang hợp và oxy giảm mạnh.",
    ),
    (
        "mWo076",
        "vi",
        "tom_iot_sound",
        "Thiết bị IoT giá rẻ theo dõi sức khỏe tôm qua tiếng búng",
        "Nhóm nghiên cứu nhúng thuật toán vào cảm biến rẻ tiền thay cho cảm biến chuyên dụng đắt đỏ: micro trong ao đếm số lần tôm "
        "búng (tôm khỏe có thể tới 100 lần mỗi phút), dải tần 2–200 kHz, gửi dữ liệu mỗi phút về trạm trung tâm; cảm biến rung và "
        "dòng điện gắn trên máy bơm oxy, quạt nước để báo hỏng sớm; phần mềm hợp nhất thêm pH, oxy để cảnh báo bất thường.",
    ),
    (
        "mWo077",
        "vi",
        "ntt_iot",
        "Giải pháp IoT giám sát tự động 5 thông số nước nuôi thủy sản",
        "Giải pháp mạng cảm biến không dây, máy chủ và phần mềm giám sát tự động nhiệt độ, độ mặn, pH, oxy hòa tan (DO) và thế oxy hóa "
        "khử (ORP), lưu trữ, phân tích và cảnh báo sớm biến động môi trường cho trại giống, khu nuôi tập trung ở ĐBSCL; cấu trúc "
        "linh hoạt, nhiều tùy chọn theo điều kiện đầu tư.",
    ),
    (
        "mWo078",
        "vi",
        "ctu_lua_tom",
        "Mạng cảm biến IoT quản lý môi trường mô hình lúa – tôm",
        "Trường ĐH Cần Thơ thiết kế, lắp đặt và vận hành hệ thống IoT đo độ mặn, pH, NH4, DO, nhiệt độ ở 4 xã huyện An Biên (Kiên "
        "Giang), giúp nông dân chủ động chọn thời điểm cấp nước vào ruộng, ổn định chất lượng nước, tăng tỷ lệ sống của tôm và lợi "
        "nhuận; sẵn sàng chuyển giao cho địa phương khác.",
    ),
    (
        "mWo079",
        "vi",
        "tv_tom_hcmut",
        "Hệ thống kiểm tra môi trường nuôi tôm dùng cảm biến quang phổ không tiếp xúc",
        "Đề tài cấp tỉnh do Trường ĐH Bách Khoa – ĐHQG TP.HCM chủ trì, Sở KH&CN Trà Vinh quản lý, thực hiện 24 tháng (11/2017–11/2019), "
        "kinh phí 780.773.000 đồng: thiết kế hệ thống tự động kiểm tra một số chỉ số môi trường ao tôm bằng cảm biến quang phổ không "
        "tiếp xúc, gửi kết quả qua mạng thông tin di động.",
    ),
    (
        "mWo080",
        "vi",
        "tepbac_quat",
        "Quạt nước 6 cánh và 8 cánh cho ao tôm",
        "Tư vấn chọn và lắp quạt nước ao tôm: số cánh quạt tạo dòng chảy khác nhau, ảnh hưởng phân tán oxy và thức ăn; quạt giúp "
        "cung cấp oxy, giải phóng khí độc, giảm phân tầng pH, độ mặn, nhiệt độ trong những ngày mưa giông.",
    ),
    (
        "mWo081",
        "vi",
        "cungcap_suckhi",
        "Máy sục khí cho ao nuôi cá",
        "Cửa hàng máy bơm giới thiệu máy sục khí bánh xe, tia nước, đĩa thổi khí: nguyên lý khuếch tán khí, ưu nhược điểm từng loại "
        "(công suất lớn nhưng tốn điện, bọt mịn, điều chỉnh được) để bổ sung oxy cho ao nuôi.",
    ),
    (
        "mWo082",
        "vi",
        "vibrio_lab",
        "Xác định vi khuẩn Vibrio và amoni trong mẫu nước",
        "Phòng thí nghiệm hướng dẫn quy trình phân tích mẫu nước nuôi thủy sản để xác định vi khuẩn Vibrio gây bệnh và hàm lượng amoni "
        "— chất chuyển hóa thành nitrit, nitrat gây độc và làm giảm năng suất nuôi.",
    ),
    (
        "mWo083",
        "vi",
        "bat_chong_tham",
        "Bạt chống thấm lót hồ, ao nuôi",
        "Cung cấp và thi công bạt chống thấm (nhựa, cao su tổng hợp) lót hồ cá cảnh, ao nuôi trồng thủy sản: chống rò rỉ nước, ngăn "
        "tạp chất, kéo dài tuổi thọ công trình; tư vấn chọn loại bạt và cách thi công.",
    ),
    # --- product design and prototyping services ---------------------------------------------------
    (
        "mWo084",
        "en",
        "pvtl_proto",
        "Looks-like and works-like prototypes before tooling",
        "Product development team works with industrial design to build 3D models, form-factor mock-ups and functional prototypes "
        "with the market launch in mind. Once a looks-like model exists, form and function are tested and all major features frozen, "
        "so the concept is proven and the investment in tooling is sound.",
    ),
    (
        "mWo085",
        "en",
        "cr8now",
        "Product development from first sketch to first prototype",
        "Danish design studio takes an idea from research and a requirements specification to pencil sketches, a 2D design and a "
        "dimensionally correct 3D model; the model is 3D printed for feedback on shape and size, then turned into drawings for the "
        "first real prototype.",
    ),
    (
        "mWo086",
        "en",
        "conceptspring",
        "Turning a duct-tape prototype into a manufacturable product",
        "Product design partner for hardware teams that have proven their technology with a rough prototype but lack industrial "
        "design and manufacturing experience: ergonomic, usable form; design for manufacturing and assembly; a preliminary cost "
        "target; supply-chain and production know-how.",
    ),
    (
        "mWo087",
        "en",
        "upuply_pdc",
        "AI generation platform for product design concepts",
        "Overview of product design companies — industrial, interaction and service design, consultancies — used to promote an "
        "AI platform that generates images and videos for concept mood boards, marketing visuals and design communication.",
    ),
    (
        "mWo088",
        "en",
        "greenshoe",
        "Product development for start-ups: durable, useful, beautiful",
        "Design firm builds products for clients quickly and on budget using a fully digital, distributed engineering workflow "
        "adapted to hardware, with security baked into the design process and end-of-life recycling considered from the start; "
        "lighter than heavy systems engineering for small, nimble start-ups.",
    ),
    # --- 3D scanning and reverse engineering -------------------------------------------------------
    (
        "mWo089",
        "vi",
        "hpt_scan",
        "Dịch vụ quét 3D, thiết kế ngược và kiểm tra sản phẩm",
        "HPT Việt Nam cung cấp dịch vụ scan 3D lấy đám mây điểm, dựng mô hình CAD trên SolidWorks, CATIA, Solid Edge, Creo, Inventor "
        "và kiểm tra kích thước bằng máy tính (CAI), phục vụ cơ khí chế tạo, khuôn mẫu, ô tô, thời trang, nội thất; kèm bảng thuật "
        "ngữ quét 3D cho người mới.",
    ),
    (
        "mWo090",
        "vi",
        "issoft_scan",
        "Máy quét 3D laser cầm tay Creaform cho thiết kế ngược, kiểm tra khuôn",
        "Nhà phân phối máy quét 3D Creaform: máy chiếu tia laser lên vật, camera ghi điểm giao, miếng dán định vị giúp máy tự xác "
        "định vị trí. Dòng HandySCAN BLACK laser xanh cho khuôn kim loại bề mặt bóng; máy cầm tay hoặc máy theo dõi cho chi tiết ô tô, "
        "đóng tàu, công nghiệp nặng.",
    ),
    (
        "mWo091",
        "en",
        "cc3d_scan",
        "Scan-to-CAD reverse engineering service",
        "Reverse engineering lab captures physical parts with structured-light or laser-triangulation scanners (typically 50–100 "
        "microns, 0.05–0.1 mm) and rebuilds them as editable, parametric CAD models that restore design intent for reproduction, "
        "redesign or inspection — hours or days instead of weeks with calipers or a CMM.",
    ),
    (
        "mWo092",
        "en",
        "voxelio_scan",
        "Phone-based 3D scanning for quick reverse engineering",
        "Scanning app turns smartphone LiDAR and on-device mesh reconstruction into a scan-to-CAD workflow ending in a STEP file, for "
        "jobs like replacing a failed pump bushing when the maker is gone; explains which tolerance bands phone scanning can and "
        "cannot serve compared with calipers and handheld scanners.",
    ),
    (
        "mWo093",
        "vi",
        "cadcam_my",
        "Quét 3D và dựng mô hình số cho thiết kế ngược, kiểm tra hình dạng",
        "Công ty CAD/CAM (Malaysia) dùng máy quét 3D tiếp xúc (CMM, độ chính xác cao) và không tiếp xúc để chuyển chi tiết thật thành "
        "mô hình số trong vài phút, phục vụ thiết kế ngược, kiểm tra hình dạng, kiểm soát chất lượng, lưu trữ hiện vật và tạo mẫu.",
    ),
    (
        "mWo094",
        "en",
        "educadd_scan",
        "Training course: reverse engineering from 3D scan to CAD",
        "CAD training centre teaches the scan-to-CAD workflow: preparing and matte-spraying objects, capturing scans, cleaning and "
        "optimising meshes, building parametric models with datums and design intent, then verifying accuracy.",
    ),
    (
        "mWo095",
        "vi",
        "scan3d_cantho",
        "Máy scan 3D do sinh viên Cần Thơ thiết kế, chế tạo",
        "Tiểu luận tốt nghiệp ngành Công nghệ kỹ thuật cơ điện tử, Trường ĐH Kỹ thuật – Công nghệ Cần Thơ (2021): tìm hiểu ưu nhược điểm "
        "các máy scan 3D trên thị trường, thiết kế và chế tạo mô hình máy scan 3D, ứng dụng thiết kế ngược vào thiết kế sản phẩm.",
    ),
    (
        "mWo096",
        "vi",
        "phunsonnha_scan",
        "Máy quét 3D cho công trình xây dựng",
        "Giới thiệu máy quét 3D laser và ánh sáng cấu trúc dùng khảo sát, thiết kế, thi công, duy tu công trình: thu dữ liệu vị trí, "
        "kích thước, phát hiện sai lệch thi công cho chủ đầu tư, nhà thầu, kiến trúc sư.",
    ),
]

OFFERS += [
    # --- makerspaces and fab labs ------------------------------------------------------------------
    (
        "mWo097",
        "en",
        "cuc_faq",
        "Free community fab lab with mini labs in libraries and schools",
        "A community and university fab lab, planned from autumn 2008, piloted with young people in summer 2009 and open to the public "
        "since October 2009, serves users aged 10 to 92. The lab is free several days a week including nights and weekends, runs "
        "workshops and summer camps for hundreds, takes a mobile tool kit to events, and sets up mini labs in public libraries, "
        "after-school centres, schools and retirement communities.",
    ),
    (
        "mWo098",
        "en",
        "make_smalltown",
        "How to start a makerspace in a small town",
        "Co-founder of two small-town makerspaces near Chicago — SpaceLab being the first small-town space funded on Kickstarter — "
        "shares the method: partnerships with the village government, libraries, schools and non-profits, steady outreach through "
        "local TV and newspapers, scheduled classes, big-name speakers, and a location in the densest, best-connected part of town.",
    ),
    (
        "mWo099",
        "vi",
        "snoco",
        "Xưởng chế tạo hợp tác xã do thành viên tự vận hành",
        "Makerspace kiểu hợp tác xã: xưởng chung có khu gỗ, kim loại, điện tử và thủ công, do thành viên tình nguyện vận hành. Không "
        "phải dịch vụ làm hộ sản phẩm; thành viên được hướng dẫn dùng máy để tự làm dự án, tìm người cùng làm, kèm cặp nhau, và phải "
        "giữ an toàn, dọn dẹp chung.",
    ),
    (
        "mWo100",
        "en",
        "rural_ms",
        "Planning a makerspace for a rural community",
        "Rural planning advice on makerspaces hosted by schools, libraries or private facilities, usually staffed by a knowledgeable "
        "volunteer. Typical kit: computers, 3D printers, laser cutters, CNC machines, hand and power tools, soldering and test "
        "gear, variable power supplies, sewing and embroidery machines, leather punches; with rural examples such as Whiteclay, Nebraska.",
    ),
    (
        "mWo101",
        "vi",
        "usth_fablab",
        "Fablab USTH – xưởng chế tạo mở để sinh viên làm nguyên mẫu",
        "Fablab của Trường ĐH Khoa học và Công nghệ Hà Nội sau 2 năm vận hành trang bị từ máy in 3D đơn giản đến máy in độ chính xác "
        "cao, bảng vẽ Wacom, công cụ và linh kiện điện tử, máy cắt CNC, máy khoan, máy khò. Sinh viên (gọi nhau là innovative maker) "
        "chuyển ý tưởng trên giấy thành nguyên mẫu, có sản phẩm đã bán ra thị trường.",
    ),
    (
        "mWo102",
        "vi",
        "usth_4in1",
        "Mô hình Fablab 4 trong 1: đào tạo, làm việc chung, thiết kế, tiền sản xuất",
        "Fablab tại ĐH Việt – Pháp được thiết kế với 4 không gian: đào tạo kỹ năng kỹ thuật và kỹ năng mềm, làm việc chung, thiết kế "
        "(phần mềm mô phỏng 2D, 3D) và tiền sản xuất (prototype). Thiết bị gồm máy quét 3D, in 3D, CNC, phay, tiện, bo mạch, PLC; sinh "
        "viên dùng miễn phí dưới sự giám sát; có thể chia sẻ kinh nghiệm xây dựng cho trường khác.",
    ),
    (
        "mWo103",
        "vi",
        "fablab_sg",
        "Fablab Saigon – không gian sáng chế cho học sinh, sinh viên",
        "Fablab Saigon (số 2 Phan Văn Đáng, TP Thủ Đức) nhận học sinh, sinh viên khắp cả nước và cả du học sinh đến học, trải nghiệm "
        "sáng chế; người đi trước kèm người đến sau. Dự án tiêu biểu: mẫu turbine tạo điện từ cánh quạt, lưu trữ bằng pin lithium cho "
        "tài xế container, được in mẫu bằng máy in 3D.",
    ),
    (
        "mWo104",
        "vi",
        "fablab_sg2",
        "Công xưởng mở với máy cắt laser, in 3D và dụng cụ cơ khí",
        "Fablab Sài Gòn do ba người, trong đó có một Việt kiều Pháp, lập năm 2014 theo mô hình fab lab quốc tế: không gian mở có máy "
        "cắt laser, máy in 3D, công cụ cơ khí; ai đam mê chế tạo đều có thể đến làm việc, học hỏi, tìm người chung ý tưởng và lập nhóm "
        "làm dự án.",
    ),
    (
        "mWo105",
        "en",
        "buildit",
        "Maker Innovation Space Network for Vietnamese universities",
        "USAID BUILD-IT, implemented by Arizona State University from 2016, set up the Maker Innovation Space Network to create "
        "makerspaces inside Vietnam's public universities through public–private partnerships and to train faculty to use them in "
        "engineering teaching — after early private fab labs in big cities struggled to draw users and several closed.",
    ),
    (
        "mWo106",
        "vi",
        "dantri_usth",
        "Công xưởng sáng tạo mở cho học sinh, sinh viên và công chúng",
        "Fablab USTH khai trương ngày 17/12 với tài trợ của Tổ chức Đại học Pháp ngữ (AUF), mở cửa cho sinh viên trong trường, trường "
        "đối tác, học sinh phổ thông và công chúng đến tham quan, khám phá và cùng làm dự án khoa học kỹ thuật trong một phòng thí "
        "nghiệm kỹ thuật số.",
    ),
    (
        "mWo107",
        "en",
        "cowork_members",
        "Coworking membership plans: hot desk to private office",
        "Coworking operator explains its membership options — hot desks changed daily, dedicated desks, private offices for one or "
        "more people, and weekend or hourly plans — each with meeting rooms, community events and member discounts.",
    ),
    (
        "mWo108",
        "en",
        "globe_cowork",
        "What a coworking desk really costs",
        "Business column compares prices: an average dedicated coworking desk cost $526 a month in 2014, about seven times what a big "
        "commercial tenant pays for the same floor area, because operators sign long leases and re-let desks at a premium.",
    ),
    # --- mobile fab labs, library makerspaces, STEM rooms ------------------------------------------
    (
        "mWo109",
        "en",
        "edufab_mobile",
        "Mobile fab labs for formal K-12 education",
        "Mobile Fab Lab manager describes the range of labs on wheels — from MIT's 32-foot trailer and library vans with a 3D printer "
        "to a mini lab on a bike — and how they serve humanitarian work, entrepreneurship at colleges, and above all hands-on "
        "learning in schools.",
    ),
    (
        "mWo110",
        "en",
        "unm_mobile",
        "Mobile Makers Lab Express for rural communities",
        "The University of New Mexico, the Air Force Research Lab and New Mexico Tech built a 30-foot trailer with 3D printers, "
        "laser cutters and CNC mills to bring digital fabrication and STEM activities to K-12 schools in underserved rural regions.",
    ),
    (
        "mWo111",
        "en",
        "fabfound_mobile",
        "Mobile fab lab trailer: specifications and requirements",
        "The first mobile fab lab, built in 2007 by MIT's Center for Bits and Atoms, is a 32 × 8 × 7 ft trailer with CNC router and the "
        "standard fab lab machines. It needs a site about 60 × 16 ft and 240 V single-phase, 40 A power — about 20 kW with everything "
        "running, 8 kW for the 120 V tools only — and is lent without staff to regions that already have mature fab labs.",
    ),
    (
        "mWo112",
        "en",
        "cmsd_mobile",
        "Mobile Fab Lab school visits",
        "A school district runs a 28-foot trailer with laser cutters, 3D printers, a ShopBot CNC router, power tools and electronics "
        "supplies, staffed by a manager and STEM high-school interns; visits to district schools are free apart from materials, "
        "other schools pay a fee.",
    ),
    (
        "mWo113",
        "en",
        "bucks_mobile",
        "Van-based mobile fab lab with one-week school residencies",
        "One of only about 50 mobile fab labs in the US: a transit van carrying carts of 3D printers, a laser engraver, CNC router, "
        "vinyl cutter, robotics kits and laptops. A programme coordinator spends a week at each school with age-appropriate "
        "curricula, and the lab visits homeless shelters at weekends and in summer.",
    ),
    (
        "mWo114",
        "en",
        "kearney_lib",
        "Public library makerspace with 3D printer and craft machines",
        "A public library opened a makerspace with a 3D printer, Adobe Creative Cloud, a Cricut Maker, an embroidery sewing machine, "
        "a button maker and a station for digitising VHS tapes, so residents without such tools at home can create.",
    ),
    (
        "mWo115",
        "vi",
        "lib_guide",
        "Cách thư viện công cộng vận hành góc in 3D và makerspace",
        "Hướng dẫn từ các thư viện công cộng: makerspace là dịch vụ học tập có nhân viên, quy tắc an toàn và quyền tiếp cận cộng đồng, "
        "thiết bị có thể gồm máy in 3D, máy cắt decal, máy cắt laser, máy may, phòng podcast. In 3D thường qua trung gian: nộp file, "
        "học lớp bắt buộc, đặt lịch; thư viện cần hàng đợi, chính sách vật cấm, cách ước tính chi phí và xử lý bản in hỏng.",
    ),
    (
        "mWo116",
        "en",
        "mlk_lib",
        "Library 3D printing and scanning at affordable rates",
        "A central public library runs two 3D printers for the public at low cost: about 50 print requests arrive each week, so the "
        "queue can reach four weeks; a 4-inch hollow pen holder took three hours. A 3D scanner is being added so residents can "
        "copy and print objects.",
    ),
]

OFFERS += [
    (
        "mWo117",
        "vi",
        "dongnai_stem",
        "Phòng thực hành STEM được tài trợ: máy in 3D, máy cắt laser, robot, IoT, AI",
        "Tập đoàn Công nghiệp – Năng lượng Quốc gia (Petrovietnam) tài trợ phòng thực hành STEM cho ba trường THPT công lập ở Đồng Nai, "
        "mỗi phòng có hàng nghìn thiết bị: máy in 3D, máy cắt laser cỡ nhỏ, robot, kính hiển vi điện tử, màn hình tương tác, laptop và "
        "các module IoT, trí tuệ nhân tạo để học sinh biến ý tưởng thành dự án khoa học kỹ thuật.",
    ),
    (
        "mWo118",
        "vi",
        "comlink_stem",
        "Tư vấn, lắp đặt phòng học STEM/STEAM cho trường",
        "Doanh nghiệp thiết bị tư vấn mô hình phòng học STEM phổ biến ở Việt Nam (STEM Lab…), tiêu chuẩn, thiết bị và cách giảng dạy: "
        'không gian linh hoạt, đa năng cho lập trình, chế tạo cơ khí, thuyết trình và làm việc nhóm, theo hướng "học để làm" như một '
        "xưởng sáng chế thu nhỏ.",
    ),
    (
        "mWo119",
        "vi",
        "khpt_stem3d",
        "Đưa máy in 3D vào dạy học STEM",
        "Chia sẻ kinh nghiệm đưa máy in 3D vào trường phổ thông khi máy chất lượng tốt chỉ còn 300–500 USD: học sinh in mô hình phân tử, "
        "mặt cắt tim, bộ xương để hiểu bài; học theo dự án, như nhóm học sinh lớp 6 in bàn tay giả cho người khuyết tật.",
    ),
    (
        "mWo120",
        "vi",
        "bk_stem_ai",
        "Giải pháp giảng dạy STEM dùng AI và in 3D",
        "Nhóm tác giả Trường ĐH Bách Khoa – ĐHQG TP.HCM xây dựng giải pháp phục vụ giảng dạy STEM kết hợp trí tuệ nhân tạo và công "
        "nghệ in 3D, giúp học sinh vừa hiểu nguyên lý vừa tự tạo sản phẩm ứng dụng; sẵn sàng chuyển giao cho trường học.",
    ),
    (
        "mWo121",
        "vi",
        "huengaynay_stem",
        "Triển khai phòng thực hành STEM và tập huấn giáo viên",
        "Câu lạc bộ Robotics GreenAms hỗ trợ các trường thiết lập phòng thực hành STEM hiệu quả và tập huấn giáo viên dùng phần mềm lập "
        "trình robot Cubico; học sinh được làm quen robot, lập trình bằng tiếng Anh và rèn kỷ luật nghiên cứu qua các vòng thử – sai – "
        "sửa.",
    ),
    (
        "mWo122",
        "vi",
        "vex_stem",
        "Chương trình dạy robot VEX GO cho học sinh tiểu học",
        "Bộ lớp học robot VEX GO kèm phòng thí nghiệm và hoạt động STEM; nghiên cứu với 104 học sinh lớp 3–5 học 6 tuần cho thấy thái "
        "độ với toán, khoa học, kỹ thuật và kỹ năng thế kỷ 21 cải thiện rõ rệt. Phù hợp câu lạc bộ robot, lớp STEM cấp tiểu học, THCS.",
    ),
    # --- incubators and innovation hubs ------------------------------------------------------------
    (
        "mWo123",
        "vi",
        "tv_tohop",
        "Tổ hợp đổi mới sáng tạo và khởi nghiệp tỉnh Trà Vinh 2024–2030",
        "UBND tỉnh Trà Vinh phê duyệt đề cương đề án Tổ hợp đổi mới sáng tạo và khởi nghiệp giai đoạn 2024–2030 theo Quyết định "
        "844/QĐ-TTg: điều phối hệ sinh thái ĐMST, hình thành vườn ươm, cơ sở dữ liệu tập trung, thị trường khoa học công nghệ, kết nối "
        "nguồn lực trong nước và quốc tế cho doanh nghiệp khởi nghiệp trong nông nghiệp, kỹ thuật, năng lượng, công nghệ sinh học, môi "
        "trường.",
    ),
    (
        "mWo124",
        "en",
        "tvu_2025",
        "Tra Vinh Provincial Business Incubator and TVU innovation centre programme",
        "Tra Vinh University's Center for Innovation and Entrepreneurship, whose director also heads the Tra Vinh Provincial Business "
        "Incubator, runs startup, online-business and AI clubs; its students won over 20 awards in 2024. Targets for 2025 include "
        "inspiring 300,000 students and training at least 60 staff and lecturers who teach the startup course.",
    ),
    (
        "mWo125",
        "en",
        "tvu_innobe",
        "Creative Student Village Hub for the Mekong Delta",
        "Tra Vinh University and the Mekong Delta Student Start-up Supporting Network launched the regional Creative Student Village "
        "Hub at the INNOBE 2023 student start-up idea final on 14 November, linking students with the provincial incubator, the "
        "Vietnam–Korea industrial technology incubator and provincial science departments.",
    ),
    (
        "mWo126",
        "en",
        "tvu_network",
        "Mekong Delta chapter of the university innovation-centre network",
        "Tra Vinh University joined the national network of university innovation and entrepreneurship centres on 25 March 2023 "
        "(forum with NIC, USAID and Google) and chairs its Mekong Delta chapter, offering member schools support with policy, "
        "communication, startup training, funding and facilities for students' businesses.",
    ),
    (
        "mWo127",
        "vi",
        "tv_contest21",
        "Cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh Trà Vinh",
        "Sở KH&CN Trà Vinh tổ chức cuộc thi khởi nghiệp ĐMST hằng năm theo Quyết định 844/QĐ-TTg và Quyết định 63/QĐ-UBND, nhằm tìm "
        "kiếm, tôn vinh, hỗ trợ dự án tiềm năng ở giai đoạn đầu và kết nối kêu gọi đầu tư, tài trợ từ tổ chức, doanh nghiệp.",
    ),
    (
        "mWo128",
        "vi",
        "tv_dua_sap",
        "Hỗ trợ ý tưởng khởi nghiệp qua các cuộc thi ở Trà Vinh",
        "Giai đoạn 2017–2020 các đơn vị ở Trà Vinh tổ chức 12 cuộc thi khởi nghiệp với gần 900 ý tưởng, trao giải 120 dự án; riêng "
        "năm 2020 có 5 cuộc thi, gần 400 ý tưởng. Nhiều doanh nghiệp hình thành từ các cuộc thi, như Công ty Chế biến dừa sáp Cầu Kè "
        "(Vicosap) đạt giải nhất năm 2020.",
    ),
    (
        "mWo129",
        "vi",
        "vlute_contest",
        "Trung tâm Khởi nghiệp và ĐMST Trường ĐH Sư phạm Kỹ thuật Vĩnh Long",
        "VLUTE lập Trung tâm Khởi nghiệp và Đổi mới sáng tạo để giúp sinh viên, giảng viên hiện thực hóa ý tưởng, gắn với nghiên cứu và "
        "chuyển giao công nghệ; cuộc thi năm 2025 có 45 đội, hơn 200 sinh viên, 10 đội chung kết về nông nghiệp công nghệ cao, công "
        "nghệ sinh học, năng lượng – công nghiệp hỗ trợ, AI.",
    ),
    (
        "mWo130",
        "vi",
        "ueh_vl_center",
        "Trung tâm Đổi mới sáng tạo và Khởi nghiệp ĐBSCL tại Vĩnh Long",
        "Phân hiệu Vĩnh Long của Đại học Kinh tế TP.HCM (UEH) khánh thành trung tâm ngày 30/5: nghiên cứu, cố vấn, đào tạo về ĐMST, ứng "
        "dụng công nghệ, thương mại hóa sản phẩm đặc thù địa phương, ươm tạo dự án khởi nghiệp tiềm năng trong vùng.",
    ),
    (
        "mWo131",
        "vi",
        "vl_vuonuom",
        "Vườn ươm khởi nghiệp trong trường đại học ở Vĩnh Long",
        "Các trường đại học ở Vĩnh Long lập vườn ươm khởi nghiệp để đưa ý tưởng sinh viên thành sản phẩm; ví dụ dự án sữa chua sấy "
        "thăng hoa Yobite được ươm tạo tại Viện Đổi mới sáng tạo UEH, loại bỏ 98% nước để bảo quản ở nhiệt độ thường.",
    ),
    (
        "mWo132",
        "en",
        "fastco_hwacc",
        "What hardware accelerators offer",
        "Hardware accelerators such as Lemnos Labs, Highway1 and HAXLR8R give physical-product startups $40,000 to $150,000 for "
        "equity plus access to prototyping, manufacturing contacts and mentors; the best behave like schools for people who make "
        "things rather than simple loans.",
    ),
    (
        "mWo133",
        "en",
        "makeinla",
        "Four-month hardware accelerator with seed funding",
        "Make in LA, founded in 2015, runs four-month cohorts that turn hardware ideas into working products and invests $75,000 for "
        "about 7.5%. Its founders advise incubators for regulated or slow-to-market products and accelerators for teams chasing a "
        "large market fast.",
    ),
    (
        "mWo134",
        "en",
        "haxlr8r",
        "Hardware incubator with months of prototyping in Shenzhen",
        "HAXLR8R selects electronics startups to spend more than three months in Shenzhen designing prototypes, meeting Chinese "
        "manufacturers and writing business plans on a $20,000 budget, ending with a demo day for investors.",
    ),
    (
        "mWo135",
        "en",
        "launchrock_inc",
        "Open-ended startup incubation with workspace and shared services",
        "Incubators admit early-stage companies individually, for months to years, offering workspace, mentoring, shared services "
        "and sometimes funding; many are run by universities, governments or foundations and do not take equity.",
    ),
    (
        "mWo136",
        "en",
        "masscec_inc",
        "Incubator programmes: desk space, mentoring, graduation milestones",
        "Incubators typically charge monthly fees for desk space and programmes — mentoring, training, events — admit companies on a "
        "rolling basis for one to three years and graduate them on milestones; a state clean-energy agency funds such incubators "
        "and decides on applications in two to three months.",
    ),
    (
        "mWo137",
        "vi",
        "cuulong_sv",
        "Trung tâm hỗ trợ sinh viên khởi nghiệp Trường ĐH Cửu Long",
        "Từ năm 2018 Trường ĐH Cửu Long (Vĩnh Long) triển khai đề án hỗ trợ sinh viên khởi nghiệp: cử giảng viên đi tập huấn về truyền "
        "lại, tổ chức nói chuyện với doanh nhân, thu hút hơn 1.500 lượt sinh viên; trung tâm hỗ trợ sinh viên nuôi dưỡng ý tưởng ngay "
        "khi còn đi học.",
    ),
    (
        "mWo138",
        "vi",
        "caobang_startup",
        "Kết quả xây dựng hệ sinh thái khởi nghiệp tỉnh Cao Bằng",
        "Sở KH&CN Cao Bằng tổng kết việc thực hiện Đề án 844 qua Kế hoạch 1636/KH-UBND ngày 02/7/2021: thành lập ban chỉ đạo, tập huấn "
        "nâng cao nhận thức về đổi mới sáng tạo cho cán bộ địa phương.",
    ),
    (
        "mWo139",
        "vi",
        "nghean_dmst",
        "Bài nghiên cứu: trung tâm ĐMST làm bước đệm cho startup",
        "Bài viết khoa học xã hội phân tích khái niệm đổi mới sáng tạo theo Schumpeter, vai trò Trung tâm Đổi mới sáng tạo Quốc gia và "
        "thực trạng ĐMST ở Nghệ An, gợi ý chính sách để trung tâm thu hút startup.",
    ),
    (
        "mWo140",
        "en",
        "hubid_inc",
        "Research note: how incubators select startups",
        "Study of eight startups found that four of their incubation programmes did no formal due diligence and that general "
        "entrepreneurship workshops and lectures were seen as little value; advice to founders on judging programmes.",
    ),
    (
        "mWo141",
        "en",
        "academic_inc",
        "Guide for academic entrepreneurs choosing incubators and accelerators",
        "Book chapter lists questions academic founders should ask before joining a programme — fit with the company's needs, time "
        "commitment, equity dilution, corporate sponsors — and contrasts incubators and accelerators with angel investors.",
    ),
]

OFFERS += [
    # --- small-scale plastic recycling workshops ---------------------------------------------------
    (
        "mWo142",
        "en",
        "pp_workspace",
        "Precious Plastic recycling workspace: shredder, extrusion, injection",
        "A Precious Plastic workspace collects plastic waste from its neighbourhood and turns it into products worth more than the "
        "waste: the shredder cuts items into coloured flakes, the extruder turns flakes into a continuous line that can be wound on "
        "moulds, and the injection machine quickly presses small objects; the process is visible, so it doubles as a teaching space.",
    ),
    (
        "mWo143",
        "en",
        "pp_spaces",
        "Local plastic recycling network: workspaces, collection points, machine shops",
        "The Precious Plastic model links five workspace types (shredder, extrusion, sheetpress, injection, mix) with collection "
        "points that gather plastic from households and businesses, community points that grow the network, and machine shops that "
        "build machines and moulds for others — kept local to cut shipping.",
    ),
    (
        "mWo144",
        "en",
        "pp_usa",
        "Hand-built small-scale plastic recycling machines",
        "A Portland, Oregon fabrication shop builds shredders, extruders and presses to the open-source Precious Plastic designs for "
        "grassroots recycling groups and school programmes, noting that less than 10% of plastic waste is recycled.",
    ),
    (
        "mWo145",
        "vi",
        "pp_four",
        "Bốn máy tái chế nhựa mã nguồn mở ai cũng chế tạo được",
        "Dự án Precious Plastic công bố miễn phí bản vẽ 4 máy: máy ép đùn tạo sợi nhựa (có thể làm filament in 3D, hạt nhựa), máy ép "
        "phun làm vật nhỏ với khuôn phay CNC hoặc hàn, máy ép nén nung nhựa trong lò rồi ép bằng kích ô tô cho vật lớn, máy băm có lưới "
        "sàng đổi cỡ mảnh; kèm hướng dẫn chế tạo và ví dụ sản phẩm như đèn, bát, dụng cụ.",
    ),
    (
        "mWo146",
        "vi",
        "transmutation",
        "Xưởng tái chế nhựa thủ công xử lý cả 7 loại nhựa nhiệt dẻo",
        "Xưởng tái chế cỡ nhỏ theo mô hình Precious Plastic nhận được cả 7 loại nhựa nhiệt dẻo trên thị trường, trong khi các nhà tái "
        "chế lớn chủ yếu chỉ lấy PET, HDPE và một phần LDPE vì dễ xử lý, có lãi; phần còn lại thường bị chôn lấp. Nhận hướng dẫn, "
        "hợp tác với cộng đồng muốn tự tái chế.",
    ),
    # --- further distractors -----------------------------------------------------------------------
    (
        "mWo147",
        "vi",
        "anphat_offset",
        "In offset bao bì giấy, hộp sản phẩm",
        "Công ty in nhận in offset bao bì trong và bao bì ngoài: hộp giấy, bao bì cứng, nửa cứng, mềm, thiết kế bắt mắt theo thương "
        "hiệu để bảo vệ hàng hóa, thuận tiện vận chuyển, trưng bày và thu hút người mua.",
    ),
    (
        "mWo148",
        "vi",
        "dental_resin",
        "Nhựa in 3D nha khoa cho chỉnh nha, phục hình",
        "Nhà sản xuất nhựa cảm quang nha khoa cho máy SLA, DLP: SLA chính xác ±0,025 mm, lớp dày 25 μm để tái tạo mặt nhai; DLP nhanh "
        "gấp 3–5 lần cho mô hình răng hàng loạt; vật liệu tương thích sinh học cho chỉnh nha, cấy ghép, phục hình.",
    ),
    # --- more offers on the main topics ------------------------------------------------------------
    (
        "mWo149",
        "en",
        "innovate120",
        "Network of rural coworking and innovation labs",
        "The Innovation Lab runs a network of coworking spaces in small towns of eastern Iowa — Dubuque, Cascade, Independence, with "
        "Dyersville, Monticello and Dodgeville next — linked by shared programmes and entrepreneur support services, bringing remote "
        "workers and new ventures back to Main Street.",
    ),
    (
        "mWo150",
        "en",
        "signafrica",
        "Adding a laser to a sign shop",
        "Sign makers describe what a laser engraver-cutter brings: complete interior signs, nameplates, wayfinding and ADA signage, "
        "acrylic and HDU letters and panels cut for other signs, promotional items, and even poster-board templates for installing "
        "letters; it complements the CNC router and digital printer already in the shop.",
    ),
    (
        "mWo151",
        "en",
        "technologise",
        "Laser cutting acrylic parts and panels",
        "Laser cutting company works in acrylic, one of the cheapest plastics to cut, with a glossy laser-polished edge; parts come "
        "with paper masking, and screw holes are laser cut too because drilling brittle acrylic afterwards risks cracks.",
    ),
    (
        "mWo152",
        "en",
        "pcbassembly_service",
        "Small-batch PCB assembly for prototypes and low volume",
        "Assembly house builds prototype and low-volume PCB batches for design testing: flexible to design changes, shorter lead "
        "times than mass production, cost-effective small quantities and closer inspection of every board, following a process from "
        "EDA design files through fabrication, assembly and test.",
    ),
    (
        "mWo153",
        "en",
        "monotech_re",
        "Reverse engineering with handheld 3D scanners",
        "Distributor of Thor3D handheld scanners offers reverse engineering: capturing an existing product's physical dimensions and "
        "building a CAD model for modification or reproduction when the original design data is missing.",
    ),
    (
        "mWo154",
        "en",
        "ideahouse_re",
        "3D scanning to parametric CAD for redesign and quality control",
        "Design studio scans objects with a high-resolution camera, turns the mesh into surface or parametric models that can be "
        "edited to improve an existing design, and uses scans for new product development and quality control.",
    ),
    (
        "mWo155",
        "en",
        "brilliaz",
        "Designing replacement hardware and fasteners",
        "Guide to replacing worn or lost hardware: start from a spec sheet (diameter, pitch, head, drive, coating, torque) measured "
        "with calipers and micrometers, then use standard parts or custom fabrication; for printed replacements choose heat- and "
        "UV-resistant polymers and print temporary sleeves or cores to test fit before the final part.",
    ),
    (
        "mWo156",
        "en",
        "gevetica",
        "3D printed replaceable wear components for tools and gadgets",
        "Design approach for wear parts — contact surfaces, sliders, gears, seals — that can be swapped without special tools: "
        "slightly oversized bores for printer tolerance, chamfers and fillets, PETG for toughness or nylon for fatigue, and PTFE-lined "
        "sleeves or bushings where parts rub on metal.",
    ),
    (
        "mWo157",
        "en",
        "cori_hubs",
        "Rural innovation hubs for small-town digital economies",
        "The Center on Rural Innovation's Rural Innovation Initiative, backed by the US Economic Development Administration, gives "
        "cohorts of rural communities technical assistance to build innovation hubs and entrepreneurial ecosystems that create "
        "digital-economy jobs where automation threatens traditional work.",
    ),
    (
        "mWo158",
        "en",
        "lorafarm",
        "Low-cost modular LoRaWAN IoT platform for farms",
        "University of Parma IoT Lab's LoRaFarM platform: a core middleware extended with low-level sensor modules and high-level "
        "farmer services, tested on a real Italian farm for three months collecting air and soil temperature and humidity for grapes "
        "and greenhouse vegetables, with a web dashboard.",
    ),
    (
        "mWo159",
        "en",
        "chile_lora",
        "LoRaWAN platform for remote monitoring of farms of any size",
        "Chilean universities designed and field-tested a flexible IoT platform — perception, sensor-actuator, communication and "
        "application layers on LoRaWAN — for continuous monitoring of plants, soil and weather from sensors, masts and drones, "
        "supporting decisions such as irrigation control.",
    ),
]

OFFERS += [
    (
        "mWo160",
        "en",
        "olsk",
        "Open Lab Starter Kit: open-source machines for a new fab lab",
        "The OpenLab Starter Kit, from the New Production Institute at Helmut Schmidt University and InMachines, is an open-source "
        "set of 8 digital fabrication machines — 3D printers, laser cutters, CNC mills, 3D scanners, vinyl cutters — documented "
        "step by step so communities can build a lab without costly imported machines and replicate or modify them.",
    ),
]
