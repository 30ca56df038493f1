"""Offers for holdout142: (id, language, source key, title, description).

About a fifth are distractors from neighbouring fields (stage sound and light, packaging and label
printing, sublimation gifts, CCTV, crop-spraying drones, OCR, industrial sensors, phone repair, tent hire).
"""

OFFERS = [
    # ---------------- (A) studios, lighting, backdrops ----------------
    (
        "nNo001",
        "en",
        "a_fstop",
        "Printed microfibre photo backdrops for portrait and wedding studios",
        "We supply computer-printed backdrops on wrinkle-resistant microfibre that fold into a small parcel. "
        "Designs range from library and graduation scenes to palace halls. Creases steam out in minutes (steam "
        "or iron from the unprinted side to avoid marks). Sizes from 1.5 x 1 m for headshots up to large "
        "formats for full-length portraits; choose the largest your room allows.",
    ),
    (
        "nNo002",
        "vi",
        "a_fstop",
        "In phông nền chụp ảnh trên vải microfiber theo mẫu riêng của studio",
        "Nhận in phông nền kỹ thuật số trên vải microfiber chống nhăn theo ảnh hoặc thiết kế khách gửi (phong "
        "cảnh, kiến trúc, nội thất), gấp gọn để vận chuyển. Là hơi mặt sau là hết nếp gấp. Khổ nhỏ 1,5 x 1 m cho "
        "ảnh chân dung bán thân, khổ lớn cho ảnh toàn thân và ảnh cưới; tư vấn chọn khổ theo diện tích phòng.",
    ),
    (
        "nNo003",
        "en",
        "a_neil",
        "High-key white seamless studio setup and training",
        "We set up and teach a reliable white-seamless lighting plan with studio flashes: a small 2 x 3 ft "
        "softbox on the background near full power, checked with the histogram so the white just clips without "
        "flare or halo; a 5 ft octa softbox as main light; and a second light to clean the paper in front of "
        "the subject. Suited to portrait, fitness and ID photography.",
    ),
    (
        "nNo004",
        "vi",
        "a_neil",
        "Lắp đặt ánh sáng phông trắng (high-key) cho phòng chụp chân dung",
        "Lắp đặt và hướng dẫn vận hành hệ đèn flash studio cho phông giấy trắng liền: một softbox nhỏ khoảng "
        "60 x 90 cm rọi phông gần hết công suất, đo bằng biểu đồ histogram để nền trắng vừa đủ mà không lóa; "
        "softbox bát giác 1,5 m làm đèn chính; thêm một đèn làm sạch phần sàn trước mẫu. Phù hợp ảnh thẻ, ảnh "
        "chân dung, ảnh gia đình.",
    ),
    (
        "nNo005",
        "en",
        "a_dprev",
        "Equipment planning for a small home portrait studio",
        "Consulting for photographers setting up a small portrait or glamour studio at home, based on two "
        "rounds of buying lights and building temporary studios: what camera, lens, space and lighting you "
        "really need, how classic lighting styles (Rembrandt, chiaroscuro) shape the shopping list, and "
        "which purchases to avoid.",
    ),
    (
        "nNo006",
        "vi",
        "a_photofonz",
        "Bộ đèn chụp chân dung: softbox 76 x 102 cm, đèn tóc, đèn viền, phông",
        "Cung cấp và lắp đặt bộ đèn cho phòng chụp chân dung: softbox 76 x 102 cm (30 x 40 inch) làm đèn chính, "
        "đèn phụ hắt tường hoặc tấm phản quang, đèn tóc và đèn viền (kicker) phía sau, đèn nền. Phông từ tường "
        "trắng, giấy cuộn liền đến phông vẽ tay. Hướng dẫn bố trí nền sáng (high-key) và nền tối.",
    ),
    (
        "nNo007",
        "en",
        "a_shutter",
        "Budget mini-studio setups and training",
        "We show photographers that a studio need not be big or expensive: a $10 photoflood in a reflector, a "
        "black cloth or a white wall as background, daylight from an open garage door as fill. Training covers "
        "tungsten white balance, seeing shadows before you shoot, and simple props such as a home-made window "
        "frame.",
    ),
    (
        "nNo008",
        "vi",
        "a_vlog",
        "Đào tạo chiếu sáng ba điểm và dựng phông giấy cuộn trong studio",
        "Khóa thực hành chiếu sáng studio theo sơ đồ ba điểm: đèn chính (key) chiếu vào phần cần sáng, đèn phụ "
        "(fill) lấp bóng, đèn sau (back) tách chủ thể khỏi nền. Hướng dẫn dựng phông giấy cuộn trắng trên giá "
        "đỡ, bố trí chân đèn, dây điện và ổ cắm an toàn.",
    ),
    (
        "nNo009",
        "en",
        "a_oleg",
        "Studio lighting workshop: step-by-step full-length setup",
        "A fashion photographer's lesson, taught on a mannequin, building a full-body lighting setup that is "
        "soft yet dramatic, with detailed shadows and a lit background spot that adds depth. Uses two 2400 Ws "
        "generators with three heads (one bounced off the opposite wall as fill) and a 50 mm lens; each "
        "decision is explained so participants can build their own rules.",
    ),
    (
        "nNo010",
        "vi",
        "a_oleg",
        "Khóa học sơ đồ ánh sáng chụp toàn thân cho nhiếp ảnh gia",
        "Khóa học thực hành dựng ánh sáng chụp toàn thân mềm mà vẫn có chiều sâu, bóng đổ chi tiết và vùng nền "
        "được chiếu sáng làm điểm nhấn. Dùng ma-nơ-canh làm mẫu, hai bộ nguồn 2400 Ws, ba đầu đèn (một đèn hắt "
        "tường làm đèn phụ). Giải thích từng bước quyết định thay vì chỉ đưa sơ đồ.",
    ),
    (
        "nNo011",
        "en",
        "a_tintuc",
        "Artificial rain effects crew for wedding shoots",
        "Rain is rarely there when couples want it. Our crew builds a rain curtain on location with pumps, "
        "hoses and backlighting so drops read on camera, and stages the scene around the couple. Behind-the-"
        "scenes setups are shown to clients in advance.",
    ),
    (
        "nNo012",
        "vi",
        "a_afamhau",
        "Tạo hiệu ứng khói sương cho chụp ảnh cưới ngoại cảnh",
        "Nhận tạo sương khói cho buổi chụp ảnh cưới ngoài trời khi đến muộn mất sương sớm: dùng máy tạo khói "
        "thay vì đốt nhang quạt tay gây cay mắt cô dâu chú rể. Có người phụ trách hậu cần điều chỉnh hướng khói "
        "phía sau nhân vật theo yêu cầu thợ chụp.",
    ),
    (
        "nNo013",
        "en",
        "a_photofonz",
        "Continuous CFL/LED lighting kits with softboxes for photo and video",
        "Continuous light sources, such as compact fluorescent lamps in several colour temperatures and LED "
        "panels, fitted with softboxes or umbrellas, increasingly used by photographers and videographers alike. "
        "Kits for one to six lights, with training on what each light does.",
    ),
    (
        "nNo014",
        "vi",
        "x_dientu48",
        "Hệ thống âm thanh ánh sáng sân khấu cho sự kiện, nhà hàng",
        "Thiết kế và lắp đặt hệ thống nghe nhìn cho hội nghị, sân khấu, quán bar: loa toàn dải, loa siêu trầm, "
        "loa monitor, bàn trộn analog hoặc digital, micro không dây, amply, bộ xử lý âm thanh; đèn PAR LED, đèn "
        "moving head tạo hiệu ứng sân khấu.",
    ),
    (
        "nNo015",
        "vi",
        "x_banhcom",
        "Tư vấn dàn âm thanh cho tiệc cưới",
        "Tư vấn chọn và kiểm tra dàn âm thanh tiệc cưới: âm lượng vừa phải để khách trò chuyện, phục vụ ban "
        "nhạc, MC, tiết mục văn nghệ; kiểm tra lần cuối khoảng 2 tiếng trước giờ tiệc để kịp xử lý sự cố.",
    ),
    (
        "nNo016",
        "vi",
        "x_amthanh",
        "Lắp đặt hệ thống âm thanh sân khấu trong nhà và ngoài trời",
        "Cung cấp và đấu nối hệ thống âm thanh sân khấu công suất lớn cho hội trường văn nghệ, hội nghị và sự "
        "kiện ngoài trời; hướng dẫn cách kết nối chuẩn và các lưu ý khi lắp đặt.",
    ),
    # ---------------- (B) printing, photobooks, large format, event printing ----------------
    (
        "nNo017",
        "en",
        "b_laser",
        "Digital flush-mount wedding albums printed on chemical photo paper",
        "We produce digital albums whose pages are designed as full spreads and printed on photographic paper "
        "by chemical development, sharper than laser or inkjet. Sizes up to 20 x 23 in closed (40 x 23 in open), "
        "most commonly 12 x 16 in; pages can be UV-coated. Matching smaller parents' albums for both families "
        "are available.",
    ),
    (
        "nNo018",
        "vi",
        "b_laser",
        "In album cưới kỹ thuật số trên giấy ảnh tráng rửa, kèm album cha mẹ",
        "Xưởng nhận in và đóng album kỹ thuật số: trang được dàn trang bằng phần mềm rồi in trên giấy ảnh tráng "
        "hóa chất, màu đẹp hơn in laser, in phun; có thể phủ UV. Khổ phổ biến 30 x 40 cm, lớn nhất khoảng "
        "50 x 58 cm khi gập. Làm thêm cặp album nhỏ tặng cha mẹ hai bên.",
    ),
    (
        "nNo019",
        "en",
        "b_liferem",
        "Layflat album production: one continuous sheet per spread",
        "Our layflat albums print each two-page spread on a single sheet of photographic paper, so a 12 x 12 in "
        "book carries 24 x 12 in panoramas with only a faint crease. Pages are thicker than in book-style "
        "binding and resist bending; flush-mount versions are mounted on rigid board. Sample books available "
        "before large orders.",
    ),
    (
        "nNo020",
        "vi",
        "b_prodigi",
        "In photobook theo yêu cầu: bìa cứng, bìa mềm, mở phẳng",
        "Nhận in sách ảnh số lượng từ 1 cuốn: bìa cứng cán mờ, gáy in được, keo PUR bền hơn keo EVA khoảng 50%; "
        "khổ 23 x 23 cm, 23 x 28 cm, 30 x 30 cm, A4, A5; từ 24 đến 300 trang; giấy bóng 200 gsm hoặc giấy không "
        "tráng 120 gsm. Có bìa mềm nhẹ cho kỷ yếu, catalogue và loại mở phẳng cho ảnh toàn cảnh.",
    ),
    (
        "nNo021",
        "en",
        "b_prodigi",
        "White-label photobook fulfilment for studios and shops",
        "Print-on-demand fulfilment of hardcover, softcover and layflat photobooks under your brand, with full "
        "technical specifications: 24 to 300 pages, 200 gsm gloss or 120 gsm uncoated paper, PUR binding, "
        "printable spine, several square and portrait sizes, plus a guide to preparing print-ready files. "
        "The photobook market is growing about 5% a year.",
    ),
    (
        "nNo022",
        "en",
        "b_pixfizz",
        "Online layflat album templates and design software for photo labs",
        "A web and app design platform that lets customers build albums from your templates. Layflat templates "
        "define single-spread pages, cover and bleed, 10 to 40 pages, output at 300 dpi with a warning when "
        "photos fall below 200 dpi, and pricing formulas adjusted for spreads. Exports fulfilment-ready files "
        "with crop marks.",
    ),
    (
        "nNo023",
        "vi",
        "b_eatsip",
        "Tư vấn quản lý màu và soft-proof trước khi in photobook",
        "Hỗ trợ tiệm in và khách hàng tránh tình trạng màu in ra xỉn, ảnh mềm so với màn hình: cân chỉnh màn "
        "hình, dùng hồ sơ màu ICC của đúng loại giấy và mực để xem trước trên màn hình (soft proofing), chuẩn bị "
        "file, chọn ảnh và dàn trang cho sách ảnh.",
    ),
    (
        "nNo024",
        "en",
        "b_leastg",
        "Archival albums on lustre photo paper versus press-paper photobooks",
        "We offer two lines: photo albums with layflat, flush-mounted pages printed on Kodak Endura professional "
        "lustre paper like a traditional print, and lighter photobooks printed on press paper (semi-gloss, "
        "linen or pearl) in classic or layflat style. Covers in beige, black or navy.",
    ),
    (
        "nNo025",
        "vi",
        "b_lanvi",
        "Photobook kiểu mới thay album dán ảnh: sách ảnh cưới, em bé, tốt nghiệp",
        "Thiết kế và in sách ảnh theo chủ đề: ảnh cưới, trẻ sơ sinh, tốt nghiệp, du lịch. Khách tự do dàn trang "
        "nhiều ảnh lớn nhỏ, sắp theo chủ đề hoặc thời gian, chèn chữ, ghi chú cảm xúc, thay cho việc in từng tấm "
        "rồi cài vào album truyền thống.",
    ),
    (
        "nNo026",
        "en",
        "b_tradebos",
        "Photobook design and printing, online or at our local lab",
        "Upload photos online or bring them to the shop, pick size, layout and theme templates, add captions; "
        "choose cover material and title, matte, gloss or semi-gloss paper, and hardcover, softcover or lay-flat "
        "binding. We print, bind and ship, or customers collect from the lab.",
    ),
    (
        "nNo027",
        "vi",
        "b_mypic",
        "Sách ảnh mở phẳng 180 độ cho ảnh cưới, ảnh toàn cảnh",
        "In sách ảnh layflat bìa cứng mở phẳng hoàn toàn, mỗi trang đôi là một mặt liền không khe gáy, không "
        "mất mặt người hay đường chân trời ở giữa. Tư vấn khi nào nên nâng cấp lên layflat và khi nào bìa "
        "thường là đủ, chọn khổ theo 5 bước.",
    ),
    (
        "nNo028",
        "en",
        "b_photogifts",
        "Canvas photo prints with heat-cured water-based inks",
        "Photographs printed on canvas for gifts and wall art. Besides the cheaper PVC-coated canvas, whose "
        "inked plastic surface can crack, we print on untreated canvas with water-based, heat-cured inks of the "
        "kind used on hard-wearing shoes: more durable and kinder to the environment for a modest extra cost.",
    ),
    (
        "nNo029",
        "vi",
        "b_ljacanvas",
        "In tranh ảnh canvas khổ đến 1,5 m, căng khung gỗ",
        "In ảnh, tranh trên vải canvas 100% cotton bằng máy in phun khổ lớn đến 1,5 m chiều rộng, chiều dài tùy "
        "ý, 9 màu mực và lớp mực phủ UV chống phai. Căng bọc kín mép trên khung gỗ thông, có nêm căng ở bốn góc "
        "để vải không chùng theo thời gian.",
    ),
    (
        "nNo030",
        "en",
        "b_bosham",
        "Archival pigment (giclée) prints up to 60 inches wide",
        "Photographic prints made on professional inkjet printers with archival pigment inks tested to resist "
        "fading for over 100 years, on sheet or roll papers up to 60 in wide. A wide range of papers lets "
        "photographers echo older printing processes, with broad tonal range and sharp detail.",
    ),
    (
        "nNo031",
        "vi",
        "b_artsent",
        "In giclee 8–12 màu mực pigment, bền màu trên 150 năm",
        "In giclee trên máy in phun khổ lớn dùng 8 đến 12 màu mực pigment lưu trữ, chống nước, chống tia UV, "
        "độ bền màu từ 150 năm. In trên canvas polycotton 19 mm hoặc canvas chromata, giấy cotton rag mờ, giấy "
        "màu nước và giấy ảnh bóng; canvas căng khung hoặc cuộn. Nhận file qua đĩa hoặc email.",
    ),
    (
        "nNo032",
        "en",
        "b_davidb",
        "Fine-art wide-format prints on acid-free cotton paper",
        "Prints made on a 44-inch Epson wide-format printer with UltraChrome pigment inks, run at the slowest "
        "speed and highest overlap (about an hour per 4 square feet), on Somerset Velvet 100% cotton rag paper or "
        "canvas. Largest size 40 x 40 in; properly framed prints keep their look for more than 60 years.",
    ),
    (
        "nNo033",
        "vi",
        "b_canvaswh",
        "Tư vấn vật liệu canvas in phun và hồ sơ màu khi đổi nhà cung cấp",
        "Kinh nghiệm hơn mười năm in giclee: chọn canvas in phun có lớp phủ ổn định để tránh nứt, bong bề mặt; "
        "lớp phủ ngày nay có hồ sơ màu gần giống nhau nên đổi nhà cung cấp ít phải làm lại profile; khi đổi "
        "mặt mờ, satin, bóng chỉ cần chỉnh nhẹ độ sáng, tương phản.",
    ),
    (
        "nNo034",
        "en",
        "b_kazhan",
        "Dye-sublimation event photo printers and YMCO ribbon supply",
        "Supply and setup of event-grade dye-sub printers for photo booths: the head heats yellow, magenta and "
        "cyan dye panels into the paper and a clear overcoat seals the print against water and fingerprints. "
        "Matte or gloss finish without changing paper, smooth skin tones, fast throughput for long queues.",
    ),
    (
        "nNo035",
        "vi",
        "b_harry",
        "Cho thuê photobooth in ảnh lấy liền tại tiệc cưới, sự kiện",
        "Cho thuê trọn gói photobooth có người vận hành, phông nền và máy in ảnh chuyên dụng: mỗi tấm ảnh in "
        "xong dưới 15 giây, khô ngay, chống nước, không lem; in hàng trăm ảnh mỗi giờ cho tiệc cưới, lễ trao "
        "giải, tiệc công ty.",
    ),
    (
        "nNo036",
        "en",
        "b_crownking",
        "Dye-sub media kits and cost-per-print planning for booth operators",
        "Matched ribbon and paper kits for dye-sublimation booth printers, rated for a fixed number of prints "
        "(for example 200 or 700 prints at 4 x 6 in), so operators can forecast stock, price packages and avoid "
        "running out mid-event. Includes advice on choosing printers by throughput and colour management.",
    ),
    (
        "nNo037",
        "vi",
        "b_houseparty",
        "In ảnh dải 5 x 15 cm và ảnh lớn 15 x 20 cm tại sự kiện",
        "Dịch vụ in ảnh tại chỗ cho tiệc cưới và hoạt động thương hiệu: ảnh dải 2 x 6 inch kiểu photobooth cổ "
        "điển hoặc ảnh tràn viền 6 x 8 inch, in bằng công nghệ nhiệt thăng hoa, khô ngay, chống vân tay và ẩm, "
        "màu da tự nhiên; có thể in logo chìm của nhãn hàng.",
    ),
    (
        "nNo038",
        "vi",
        "x_tapchi",
        "In kỹ thuật số khổ lớn trên vải sợi",
        "Giới thiệu công nghệ in kỹ thuật số khổ lớn trực tiếp lên vải cho may mặc và trang trí nội thất: mực "
        "phù hợp từng loại sợi, độ bền màu cao, tốc độ nhanh, thay cho nhuộm truyền thống lâu và dễ phai.",
    ),
    (
        "nNo039",
        "vi",
        "x_anphat",
        "In offset bao bì, hộp giấy cho sản phẩm",
        "Thiết kế và in bao bì sản phẩm bằng công nghệ offset: hộp giấy, bao bì trong tiếp xúc trực tiếp sản "
        "phẩm và bao bì ngoài để vận chuyển; phân loại bao bì cứng, nửa cứng, mềm theo độ chịu nén.",
    ),
    (
        "nNo040",
        "vi",
        "x_intem",
        "In tem nhãn decal cho hàng hóa",
        "In tem nhãn trên decal giấy, decal trong, decal nhựa, nhũ bạc, hologram chống giả; nội dung nhãn gồm "
        "tên hàng, địa chỉ sản xuất, định lượng, ngày sản xuất, hạn dùng theo đúng quy định ghi nhãn.",
    ),
    (
        "nNo041",
        "en",
        "x_chenbo",
        "Start-up kit for a sublimation mug printing business",
        "Everything to start printing custom mugs from home: entry mug presses from about $129, polymer-coated "
        "blank mugs, sublimation inks and transfer paper, with a print-on-demand model that keeps stock low.",
    ),
    (
        "nNo042",
        "en",
        "x_mosaic",
        "Dye-sublimation printing on polyester garments",
        "Garment decoration by printing sublimation dyes on transfer paper and pressing them into polyester "
        "with a commercial heat press; the print becomes part of the fabric, with no texture or weight. "
        "Works only on polyester items.",
    ),
    (
        "nNo043",
        "en",
        "x_fitpro",
        "Thermal transfer ribbons for barcode and label printers",
        "Wax, resin and wax-resin thermal transfer ribbons for industrial label printers, producing barcodes "
        "and shipping labels that resist abrasion, UV and chemicals; also direct-thermal label stock.",
    ),
    (
        "nNo044",
        "vi",
        "x_xmind",
        "Bình trang, xuất phim và ghi kẽm cho in offset tờ rời",
        "Dịch vụ chế bản in offset: bình trang theo khổ máy và khổ giấy (79 x 109 cm, 65 x 86 cm...), tính chiều "
        "trở giấy, xuất phim CtF hoặc ghi kẽm CtP, tiết kiệm giấy và phim.",
    ),
    (
        "nNo045",
        "vi",
        "x_123inthu",
        "In thử kỹ thuật số có quản lý màu cho ngành in offset",
        "Giải pháp in thử bằng máy in phun kỹ thuật số có quản lý màu, mô phỏng kết quả in offset để màn "
        "hình, bản in thử và tờ in thật gần giống nhau, phục vụ bao bì, nhãn và ấn phẩm thương mại.",
    ),
    (
        "nNo046",
        "en",
        "x_integrity",
        "Sublimation decoration of performance shirts, mugs, tiles and signs",
        "We decorate polyester garments and polyester-coated hard goods by sublimation: inks printed on paper "
        "turn to gas under heat and enter the polyester, so colours sit inside the fabric or coating and do "
        "not block moisture-wicking.",
    ),
    (
        "nNo047",
        "en",
        "x_sublistar",
        "Dye-sublimation inks and transfer paper for photo mugs",
        "Sublimation ink and paper for printing pictures on coated mugs: print the artwork, tape it to the mug, "
        "press for 3 to 5 minutes, then cool in water to seal the image into the coating.",
    ),
    # ---------------- (C) video production, livestreaming, drone filming ----------------
    (
        "nNo048",
        "vi",
        "c_vietgiai",
        "Bộ thiết bị livestream cho điện thoại: micro, đèn LED vòng, phông",
        "Cung cấp bộ phụ kiện livestream cho người bán hàng online: micro thu âm từ 200 nghìn đồng, đèn LED vòng "
        "có giá kẹp điện thoại, chỉnh độ sáng và màu từ 350 nghìn, phông nền từ 150 nghìn; thêm bàn trộn âm "
        "thanh nhỏ từ 1 triệu và dây nối máy tính. Trọn bộ cơ bản khoảng 1–2 triệu đồng.",
    ),
    (
        "nNo049",
        "en",
        "c_vietgiai",
        "Smartphone livestream starter kits for small online sellers",
        "Starter kits for selling, teaching or meeting live from a phone: clip-on microphone, LED ring light "
        "with phone and mic mount and adjustable brightness and colour, and a backdrop; optional compact audio "
        "mixer and computer cables. A basic set costs about 1 to 2 million VND; mid-range kits from 1.5 million "
        "are the most popular.",
    ),
    (
        "nNo050",
        "vi",
        "c_backstage",
        "Livestream sự kiện qua mạng xã hội hoặc ứng dụng riêng",
        "Tư vấn và thực hiện phát trực tiếp sự kiện theo hai cách: qua Facebook, YouTube, Instagram (miễn phí, "
        "tiếp cận rộng) hoặc qua ứng dụng di động riêng của đơn vị tổ chức; phân tích ưu nhược điểm từng cách "
        "để chọn phù hợp hội nghị, lễ hội, ra mắt sản phẩm.",
    ),
    (
        "nNo051",
        "vi",
        "c_uva",
        "Livestream bán hàng đa kênh có trường quay và kỹ thuật viên",
        "Dịch vụ livestream bán hàng đồng thời trên TikTok, Facebook, YouTube, website và luồng RTMP: trường "
        "quay, đèn chuyên dụng, âm thanh chuẩn, hình ảnh sắc nét, kỹ thuật viên onsite nhiều kinh nghiệm. Hoạt "
        "động tại Đắk Lắk và TP.HCM, nhận đi tỉnh.",
    ),
    (
        "nNo052",
        "en",
        "c_uva",
        "Multi-platform live-commerce streaming with studio and on-site crew",
        "Live-selling production for brands and cooperatives: we capture, encode and push one show to TikTok, "
        "Facebook, YouTube, a website and any RTMP destination at once, with studio sets, professional lights "
        "and audio and experienced on-site technicians for low-latency, stable streams.",
    ),
    (
        "nNo053",
        "vi",
        "c_nhaxinh",
        "Người dẫn livestream bán hàng thuê theo buổi hoặc theo tháng",
        "Cung cấp người livestream bán hàng trên Facebook cho cửa hàng: mặc thử, giới thiệu, trò chuyện và chốt "
        "đơn trực tiếp bằng điện thoại. Giá 200–300 nghìn đồng mỗi buổi 1,5–2 giờ, hoặc lương tháng khoảng "
        "6–7 triệu kèm hoa hồng; mỗi buổi thường chốt 20–30 đơn.",
    ),
    (
        "nNo054",
        "en",
        "c_poly",
        "Affordable simultaneous streaming to YouTube and Facebook for congregations",
        "A budget-friendly service built for churches and other congregations: send one stream and it goes to "
        "YouTube and Facebook at the same time, without a pile of extra features. Includes a practical guide "
        "from a community that had to start streaming at short notice, covering platform choice and common "
        "mistakes.",
    ),
    (
        "nNo055",
        "en",
        "c_churchdes",
        "Streaming-aware design of worship and event halls",
        "Design consulting for venues that stream: agree the end goal first, then plan camera positions, "
        "sightlines and stage lighting for the online audience, a separate graphics computer, a video switcher "
        "such as a Blackmagic ATEM, and a small audio console for the stream mix.",
    ),
    (
        "nNo056",
        "en",
        "c_provision",
        "Livestream crash course: video capture, audio capture, encoding",
        "For volunteers who must stream services quickly: the three tasks of any stream (video capture, audio "
        "capture, encoding), from a single phone to separate cameras, switcher and hardware encoder. Special "
        "attention to audio, the hardest part: taking a mixed feed from your existing sound console into the "
        "camera or encoder instead of a room microphone.",
    ),
    (
        "nNo057",
        "vi",
        "c_nucleus",
        "Tư vấn chọn bộ mã hóa phát trực tiếp: phần cứng hay phần mềm, SDI hay HDMI",
        "Giải thích dễ hiểu cấu trúc một buổi phát trực tiếp gồm nguồn hình, nguồn tiếng, bộ mã hóa và nền "
        "tảng; so sánh bộ mã hóa phần cứng (ổn định, không chiếm máy tính) với phần mềm; khác nhau giữa cáp SDI "
        "và HDMI; giúp chọn mua thiết bị và xử lý sự cố.",
    ),
    (
        "nNo058",
        "en",
        "c_ascend",
        "Live-stream signal chain setup: sources, capture device, software, provider",
        "We help organisations plan the chain from audio and video sources to the viewer: direct audio from a "
        "mixer aux output, one HDMI camera or a switched program feed, a capture card to bring the signal into "
        "a computer, streaming software, and a provider (Facebook, YouTube or an embedded player on your site).",
    ),
    (
        "nNo059",
        "en",
        "c_chwish",
        "Hardware encoders that stream straight to the network",
        "Lessons from ten years of streaming events: the difference between capture cards and encoders, and "
        "why a standalone hardware encoder (Teradek Vidiu class) that connects directly to the network frees the "
        "laptop for monitoring. Encoders vary widely in features and price; we help you choose and pick a paid "
        "host without random ads.",
    ),
    (
        "nNo060",
        "en",
        "c_helena",
        "Licensed drone aerial filming for weddings",
        "Our certified pilots fly quadcopters and octocopters with cameras to capture establishing shots of "
        "wedding venues from above. Best at estates, gardens and waterfront venues; we do not fly in rain or "
        "strong wind, near airports or during the ceremony, because drones are loud.",
    ),
    (
        "nNo061",
        "vi",
        "c_vvideo1",
        "Quay flycam cho phim cưới highlight",
        "Ê-kíp quay phim cưới bổ sung cảnh flycam: toàn cảnh địa điểm, cô dâu chú rể giữa khung cảnh rộng lúc "
        "hoàng hôn, chuyển động máy mượt mà, dựng vào phim highlight tạo cảm giác điện ảnh để chia sẻ mạng xã "
        "hội.",
    ),
    (
        "nNo062",
        "en",
        "c_airmaven",
        "Drone support for events with safety planning",
        "Drone support for weddings and events (seven in our first season): walk-throughs before complex shots, "
        "an abort plan (gain altitude), a spotter, and rehearsed 3D manoeuvres when subjects move, such as "
        "guests on a chair lift. Aerial shots add context to the ground photographers' portfolio.",
    ),
    (
        "nNo063",
        "vi",
        "c_beat",
        "Quay flycam lễ hội, sự kiện cộng đồng và tiệc cưới ngoài trời",
        "Ghi hình từ trên cao cho lễ hội cộng đồng, buổi hòa nhạc, sự kiện thể thao và tiệc cưới ngoài trời lớn: "
        "thợ ảnh mặt đất chụp cận cảnh, flycam bay phía trên ghi lại toàn cảnh; tuân thủ quy định về thiết bị "
        "bay không người lái.",
    ),
    (
        "nNo064",
        "en",
        "c_evermoore",
        "Wedding drone coverage by licensed pilots, with the right questions answered",
        "We fly only with licensed pilots who carry their certificate, check whether the venue is too close to "
        "an airport or restricted area, keep height and distance rules, and plan around noise during vows. "
        "Clients get answers to 30 questions to ask any drone operator.",
    ),
    (
        "nNo065",
        "en",
        "c_cville",
        "Licensed and insured drone photo and video for weddings",
        "Drone photography and video operated by the lead photographer or videographer, licensed and insured "
        "as most venues require, respecting venue rules on equipment, time of day and locations, and keeping "
        "low flights away from the ceremony to avoid distracting buzz.",
    ),
    (
        "nNo066",
        "vi",
        "c_khoiphat",
        "Làm hồ sơ xin phép bay flycam trọn gói",
        "Tư vấn và làm hồ sơ cấp phép bay flycam theo Điều 9 Nghị định 36/2008/NĐ-CP: đơn song ngữ Việt – Anh "
        "theo mẫu, giấy phép hoặc ủy quyền điểm cất hạ cánh, tài liệu kỹ thuật (ảnh, thông số, thuyết minh). "
        "Nộp Cục Tác chiến – Bộ Tổng Tham mưu, thời gian xử lý tối đa 7 ngày.",
    ),
    (
        "nNo067",
        "vi",
        "c_cellph",
        "Tư vấn quy định bay flycam dưới 250 g",
        "Giải đáp cho người dùng flycam mini dưới 250 g (DJI Mini 3, Mini 4 Pro...): các trường hợp vẫn phải xin "
        "phép, vùng cấm và hạn chế bay (sân bay, khu quân sự, cảng, biên giới), giữ thiết bị trong tầm mắt, "
        "không bay cao quá 50 m khi chưa được phép, theo Nghị định 36/2008 và Luật Phòng không nhân dân 2024.",
    ),
    (
        "nNo068",
        "en",
        "c_mytour",
        "Drone flight permit paperwork in Vietnam",
        "We prepare the application that individuals and organisations must file before any drone flight: "
        "bilingual form, landing-site authorisation, technical documents. We also brief clients on their duties: "
        "prior flight notice, respecting permit limits and stop orders, and reporting results to the "
        "supervising authority.",
    ),
    (
        "nNo069",
        "vi",
        "c_mm2026",
        "Lập ngân sách sản xuất video tối ưu chi phí",
        "Khung ngân sách theo quy mô: gói nhỏ 25–125 triệu đồng mỗi dự án, gói vừa 250–600 triệu, gói lớn 1,2–2,4 "
        "tỷ. Phân bổ: tiền kỳ 15–20%, sản xuất 50–60%, hậu kỳ 15–20%, dự phòng 10% cho thời tiết và sự cố; "
        "nhắc các khoản dễ quên như bản quyền nhạc, phông chữ, lưu trữ.",
    ),
    (
        "nNo070",
        "en",
        "c_mm2026",
        "Video production budgeting and production partner",
        "We plan and produce brand videos with a budget framework by project size (micro, small, medium), split "
        "into pre-production 15–20%, production 50–60%, post 15–20% and a 10% contingency, with a sample "
        "allocation table (equipment 35%, crew 35%, logistics 20%, post 10%) and a list of hidden costs.",
    ),
    (
        "nNo071",
        "vi",
        "c_hueic",
        "Đào tạo viết kịch bản video marketing",
        "Học phần xây dựng kịch bản video: cấu trúc intro dưới 5 giây (tối đa 10 giây), outro có lời kêu gọi "
        "hành động và màn hình kết thúc, vị trí logo xuyên suốt, phần nội dung chính; công thức kịch bản và tư "
        "duy đăng đa nền tảng.",
    ),
    (
        "nNo072",
        "vi",
        "c_fnb",
        "Tư vấn tiền sản xuất video cho doanh nghiệp",
        "Danh sách 8 việc cần làm trước khi quay: xác định mục tiêu của khách hàng, đối tượng mục tiêu và điểm "
        "đau, thông điệp chính ngắn gọn, viết kịch bản, phân công ê-kíp, chuẩn bị địa điểm và trao đổi thường "
        "xuyên với khách hàng.",
    ),
    (
        "nNo073",
        "vi",
        "c_lamvideo",
        "Sản xuất video quảng cáo ngắn cho TikTok, Reels, Shorts",
        "Lên chiến lược và sản xuất video ngắn: YouTube Shorts tối đa 60 giây, Instagram và Facebook Reels tối "
        "đa 90 giây, TikTok thường hiệu quả nhất dưới 1 phút. Định dạng có tỷ suất hoàn vốn cao nhất theo các "
        "báo cáo năm 2025, có ứng dụng AI tạo sinh.",
    ),
    (
        "nNo074",
        "en",
        "c_lamvideo",
        "Short-form video ads for social platforms",
        "Strategy and production of short video ads from a few seconds to under 3 minutes, cut for each "
        "platform (Shorts up to 60 s, Reels up to 90 s, TikTok ideally under a minute), built to grab attention "
        "in the first seconds and measured by return on investment.",
    ),
    (
        "nNo075",
        "vi",
        "x_brademar",
        "Sản xuất TVC quảng cáo truyền hình 4 giai đoạn",
        "Quy trình sản xuất phim quảng cáo truyền hình cho chiến dịch truyền thông đại chúng độ phủ hàng chục "
        "triệu người: từ ý tưởng, tiền kỳ, quay, hậu kỳ đến phát sóng trên kênh TV.",
    ),
    (
        "nNo076",
        "vi",
        "x_fptcam",
        "Lắp đặt camera giám sát ghi hình và phát lại",
        "Tư vấn lắp camera an ninh cho nhà ở, cửa hàng: cơ chế ghi hình liên tục hoặc theo chuyển động, lưu trữ "
        "trên đầu ghi hoặc đám mây, xem lại và trích xuất hình khi cần.",
    ),
    (
        "nNo077",
        "en",
        "x_siit",
        "CCTV design and installation for retail stores and malls",
        "Security assessment, security plan and choice of CCTV equipment for shops and shopping malls: covering "
        "entrances, tills, aisles and car parks to deter theft, vandalism and shoplifting.",
    ),
    (
        "nNo078",
        "en",
        "x_grocer",
        "Basic CCTV for small shops",
        "A basic internal CCTV system with four static colour cameras costs about £1,000 to install; cameras at "
        "entrances and high-risk shelves, alarms on suspicious till transactions, and an eight-way recorder to "
        "add cameras later.",
    ),
    (
        "nNo079",
        "vi",
        "x_hanwha",
        "Thiết kế hệ thống camera giám sát đạt chuẩn cho doanh nghiệp, nhà xưởng",
        "Tư vấn thiết kế mạng lưới camera giám sát và thiết bị mạng cho văn phòng, nhà xưởng, cơ quan: theo dõi "
        "24/7, lưu bằng chứng cho cơ quan chức năng, nâng cao an toàn và năng suất.",
    ),
    (
        "nNo080",
        "en",
        "x_droneops",
        "Agricultural spray drone selection guide",
        "Judge a spray drone by acres per hour, refill cadence, battery rotation and label compliance, not tank "
        "size alone: at 2 gallons per acre a 10-gallon load covers 5 acres, at 5 GPA only 2.",
    ),
    (
        "nNo081",
        "en",
        "x_odt",
        "Drone crop-spraying contractor",
        "Drone spraying and seeding with a 50-litre-tank machine covering up to 14 hectares an hour, at as little "
        "as 25% of a helicopter's water rate; 5 to 8 m swath, pre-planned flight paths around hedges and wires.",
    ),
    (
        "nNo082",
        "vi",
        "x_eavision",
        "Máy bay phun thuốc bảo vệ thực vật cho ruộng lúa, vườn cây",
        "Thiết bị bay phun thuốc nông nghiệp: ruộng lúa đạt khoảng 70–100 ha mỗi ngày, vườn cây ăn trái khoảng "
        "10 ha/ngày; công thức tính năng suất theo tốc độ bay, độ rộng phun và hệ số hiệu quả đồng ruộng.",
    ),
    (
        "nNo083",
        "vi",
        "x_myaivn",
        "Giải pháp âm thanh PA cho sân khấu, hội nghị, lễ cưới",
        "Thiết kế và vận hành hệ thống âm thanh công cộng (PA) chuyên nghiệp cho hòa nhạc, hội nghị, lễ cưới, "
        "lễ hội đường phố: âm thanh rõ, trung thực, phủ đều mọi vị trí người nghe.",
    ),
    (
        "nNo084",
        "en",
        "x_vietteam",
        "Sound and lighting packages for events",
        "Sound and light rental and operation for conferences, store openings and outdoor events, shaping the "
        "space and carrying the programme's message and emotion to the audience.",
    ),
    (
        "nNo085",
        "en",
        "x_dronecmd",
        "Drone spraying and spreading service with rapid refill",
        "Spraying drones carrying 20 L and spreading drones carrying 20 kg, refilled in just over a minute from "
        "a 200 L tank on an ATV backed by 1,000 L on the support vehicle; suited to damp fields and small crops.",
    ),
    (
        "nNo086",
        "en",
        "x_faqstips",
        "Research advice on UAV pesticide application",
        "Expert discussion of using multicopter drones to spray insecticides: drift, droplet size, dose accuracy "
        "and local rules that limit aerial application, with examples of available agricultural drones.",
    ),
    (
        "nNo087",
        "en",
        "x_skycomp",
        "CCTV for shopping centres",
        "Camera systems for shopping centres watching entrances, tills, corridors, lifts, car parks and play "
        "areas around the clock to reduce theft and settle disputes.",
    ),
    (
        "nNo088",
        "en",
        "x_hoanganh",
        "Office security systems: IP, analogue and PTZ cameras, motion sensors, alarms",
        "Design and installation of office surveillance: IP cameras viewable remotely, low-cost analogue "
        "cameras, 360-degree PTZ cameras for large areas, motion sensors and alarm systems.",
    ),
    # ---------------- (D) product photography ----------------
    (
        "nNo089",
        "en",
        "d_trumovo",
        "White-background e-commerce product photography",
        "Clean white-background product images that marketplaces expect: soft, even light from diffused LED "
        "panels or softboxes at 45 degrees on both sides, optional backlighting through white acrylic to blow "
        "out the background, accurate colour to cut return rates and a consistent look across a catalogue.",
    ),
    (
        "nNo090",
        "vi",
        "d_ptt",
        "Chụp ảnh sản phẩm nền trắng chuẩn sàn thương mại điện tử",
        "Chụp sản phẩm trên nền trắng với hai hệ đèn tách biệt: softbox chính đặt chéo 45 độ cao hơn tâm sản "
        "phẩm, đèn phụ hoặc tấm hắt bằng nửa công suất phía đối diện, hai đèn nền phía sau sáng hơn để nền "
        "trắng tinh mà sản phẩm không bị chìm; khẩu f/8–f/11, đo sáng bằng máy đo để đồng nhất cả dòng hàng.",
    ),
    (
        "nNo091",
        "en",
        "d_ptt",
        "Training: white-background product lighting for sellers",
        "Hands-on course for people who shoot their own products: why white backgrounds are technically "
        "demanding, separating product light from background light, the three-light foundation (key softbox at "
        "45 degrees, half-power fill, background lights), f/8 to f/11 for texture, and metering for consistency.",
    ),
    (
        "nNo092",
        "vi",
        "d_shelf",
        "Bộ ảnh sản phẩm đủ vai trò cho gian hàng trực tuyến",
        "Thực hiện bộ ảnh cho mỗi sản phẩm gồm ít nhất 5 loại: ảnh chính nền sạch, ảnh bối cảnh sử dụng, ảnh cận "
        "chi tiết chất liệu và nhãn, ảnh thể hiện kích thước, ảnh cắt theo từng kênh (Shopee, TikTok Shop, quảng "
        "cáo, mạng xã hội); có quy trình dùng AI tạo ảnh phụ từ một ảnh gốc trung thực và danh sách kiểm tra.",
    ),
    (
        "nNo093",
        "en",
        "d_shelf",
        "Complete e-commerce product image sets",
        "We build an image system per product rather than one hero shot: main image on a clean background, "
        "lifestyle scene, detail close-up, scale reference and channel-specific crops for Shopify, Amazon, Etsy, "
        "ads and social, plus comparison images for higher-priced items and an AI-assisted workflow.",
    ),
    (
        "nNo094",
        "en",
        "d_elena",
        "End-to-end e-commerce product photography: plan, shoot, optimise",
        "Product photography treated as a process: shoot planning, lighting design, choice of angles, "
        "high-resolution detail capture and editing files for web performance, so each image answers buyers' "
        "questions about quality, true look and fit, and reduces returns.",
    ),
    (
        "nNo095",
        "vi",
        "d_capture",
        "Studio chụp sản phẩm: nền trơn và ảnh bối cảnh",
        "Khách gửi sản phẩm đến studio tại chỗ; sau buổi trao đổi chúng tôi chọn chụp nền trắng hoặc nền trơn "
        "cho website bán hàng, rồi mở rộng sang ảnh bối cảnh đặt sản phẩm đúng nơi sử dụng. Nhận chụp tại địa "
        "điểm khi cần.",
    ),
    (
        "nNo096",
        "en",
        "d_capture",
        "Product photography: plain-background and in-context shots",
        "Studio product images on white or plain backgrounds for online shops, and lifestyle or in-context "
        "pictures showing the item where it is used. Each project starts with a conversation about where images "
        "will be used; products are delivered to our on-site studio.",
    ),
    (
        "nNo097",
        "vi",
        "d_cask",
        "Tư vấn chiến lược ảnh sản phẩm cho thương mại điện tử",
        "Chuỗi tư vấn 3 phần: vai trò ảnh sản phẩm với người tiêu dùng Việt (50% mua sắm online hằng tuần, 92% "
        "giao dịch bằng điện thoại), chiến lược hình ảnh cho từng ngành hàng và kênh (Shopee, Lazada, TikTok "
        "Shop), đo lường hiệu quả và danh sách việc cần làm cho đội thương mại điện tử.",
    ),
    (
        "nNo098",
        "en",
        "d_diy",
        "Restaurant and food photography with one or two strobes",
        "Food shoots for restaurants using a simple, effective setup: a studio strobe in a softbox at 45 degrees "
        "behind the dish to reveal texture, a lower-power light or silver reflector opposite, a 24-70 mm lens "
        "(macro occasionally) at f/5.6 to f/8 close to the subject; clean white or textured backgrounds.",
    ),
    (
        "nNo099",
        "vi",
        "d_diy",
        "Chụp ảnh món ăn, đặc sản cho nhà hàng và quán",
        "Chụp món ăn bằng một đến hai đèn: đèn chính trong softbox đặt chéo 45 độ phía sau món để nổi kết cấu, đèn "
        "phụ yếu hơn hoặc tấm hắt bạc phía đối diện, ống kính 24-70 mm khẩu f/5.6–f/8; nền trắng sạch hoặc nền "
        "có chất liệu như ghế mây, vải, bếp nướng gạch.",
    ),
    (
        "nNo100",
        "en",
        "d_biteshot",
        "Food photographer and professional food stylist team",
        "A food photographer paired with a trained chef turned food stylist who solves problems on set. We match "
        "the stylist to the job (editorial, advertising, ice cream, drinks), plan each shoot carefully and work "
        "in natural or studio light.",
    ),
    (
        "nNo101",
        "vi",
        "d_biteshot",
        "Dịch vụ trang trí món ăn (food stylist) khi chụp ảnh",
        "Cung cấp food stylist từng là đầu bếp nhà hàng, phối hợp với nhiếp ảnh gia để món ăn lên hình tự nhiên "
        "và hấp dẫn; chọn stylist theo thế mạnh (ảnh tạp chí, ảnh quảng cáo, đồ uống, kem), linh hoạt xử lý sự "
        "cố tại buổi chụp.",
    ),
    (
        "nNo102",
        "en",
        "d_momentology",
        "On-location restaurant food lighting with one flash",
        "When a restaurant has no usable window, we create the light: one flash on a stand, a large diffusion "
        "panel and a white foam board, arranged for an appealing backlit shot without multiple heads or "
        "modifiers. Quick to set up between services.",
    ),
    (
        "nNo103",
        "vi",
        "d_nourished",
        "Đạo cụ và phông nền chụp món ăn giá rẻ",
        "Cung cấp đạo cụ chụp món ăn chi phí thấp: chén đĩa, dao nĩa, khăn vải, giấy và vải làm phông, sưu tầm "
        "từ cửa hàng đồ cũ và đợt giảm giá cuối tháng; gợi ý dùng khăn ăn, vải màu để thêm màu sắc cho ảnh.",
    ),
    (
        "nNo104",
        "en",
        "d_momentsforever",
        "Natural-light food photography coaching",
        "We coach cafés and small brands to shoot food in window light: gather inspiration, sketch the idea in "
        "pencil, mock it up in Photoshop to arrange props and colour, position the set beside a large window "
        "(no diffusion needed without direct sun) and adjust on the fly.",
    ),
    (
        "nNo105",
        "en",
        "d_stephen",
        "Commercial product photography for advertising",
        "Advertising and marketing images that show a product's features, quality and function: lighting that "
        "brings out shape, colour and texture, control of reflections, shadows and highlights, and pictures "
        "that stand out from competitors.",
    ),
    (
        "nNo106",
        "en",
        "d_photographics",
        "Studio food photography for packaging, menus and publishing",
        "Food photographed in a controlled studio for packaging, advertising, menus and publishing, styled to "
        "look natural and appetising; still-life pace allows careful work on each shot.",
    ),
    # ---------------- (E) archiving, scanning, restoring ----------------
    (
        "nNo107",
        "vi",
        "e_luutru",
        "Số hóa ảnh lưu trữ theo quy trình chuẩn cho bảo tàng, thư viện",
        "Thực hiện số hóa ảnh lưu trữ: phân loại theo chất liệu (ảnh giấy, ảnh bóng, phim âm bản, slide), kích "
        "thước và chủ đề; vệ sinh bằng chổi lông mềm, khăn microfiber, dung dịch pH trung tính; máy quét phẳng "
        "cho ảnh đến A4, máy ảnh full-frame với chân máy và hộp sáng cho ảnh lớn, album. Bản gốc 600 dpi TIFF "
        "không nén 48 bit, bản khai thác 300 dpi JPEG.",
    ),
    (
        "nNo108",
        "en",
        "e_luutru",
        "Archival photo digitisation workflow and service",
        "Digitisation of photo collections for archives and museums: sort by material, size, theme and date; "
        "clean surfaces; scan prints up to A4 on flatbeds and copy larger items or albums with a full-frame "
        "camera on a copy stand; 600 dpi uncompressed TIFF masters and 300 dpi JPEG access copies in 24-bit "
        "colour, with a raw 48-bit pass.",
    ),
    (
        "nNo109",
        "vi",
        "e_daiviet",
        "Dịch vụ số hóa tài liệu lịch sử, phim vi phim",
        "Chuyên gia số hóa chuyển kho lưu trữ lâu đời gồm tài liệu giấy dễ nát, hình ảnh và vi phim thành kho "
        "tệp số tìm kiếm được, phục vụ nghiên cứu, giáo dục; nhận thực hiện các đề án số hóa cho cơ quan nhà "
        "nước.",
    ),
    (
        "nNo110",
        "vi",
        "e_tt05",
        "Tư vấn số hóa tài liệu lưu trữ theo Thông tư 05/2025/TT-BNV",
        "Hỗ trợ cơ quan lập kế hoạch số hóa: xác định mục đích, lựa chọn tài liệu, thể thức và kỹ thuật trình "
        "bày tài liệu số hóa từ giấy, ảnh dương bản, phim âm bản, ghi âm, ghi hình theo Chương II Thông tư "
        "05/2025/TT-BNV; tạo bản dự phòng và cơ sở dữ liệu tài liệu lưu trữ.",
    ),
    (
        "nNo111",
        "en",
        "e_returnbyte",
        "Bulk scanning of prints, slides and negatives",
        "A specialist scanning service that turns boxes of prints, slides, undeveloped negatives and "
        "Kodachrome collections into digital archives that are easy to share, as we have done for families "
        "for decades.",
    ),
    (
        "nNo112",
        "en",
        "e_rmowp",
        "Slide and negative scanning at 4000 dpi, with backup copies",
        "Careful one-time scanning of 35 mm slides and negatives on a dedicated film scanner at 16-bit, 4,000 "
        "dpi, and prints or medium-format film on a flatbed; files delivered on a hard drive, with a second "
        "copy for off-site storage and reduced-size JPEGs for sharing.",
    ),
    (
        "nNo113",
        "vi",
        "e_rmowp",
        "Quét phim âm bản, dương bản 35 mm độ phân giải 4000 dpi",
        "Quét phim 35 mm và slide bằng máy quét phim chuyên dụng 16 bit, 4.000 dpi; ảnh in và phim khổ trung "
        "trên máy quét phẳng; đánh dấu và lập danh mục từng cuộn, giao ổ cứng kèm bản sao lưu và bản JPEG nhẹ "
        "để chia sẻ.",
    ),
    (
        "nNo114",
        "en",
        "e_yourlegacy",
        "Family media digitisation, organisation and archival backup",
        "We take families from boxes of memories to an organised digital archive in seven steps: identify each "
        "collection, sort, organise by category, make high-quality digital copies, back up on archival media, "
        "merge with new digital photos, and make copies for children and relatives.",
    ),
    (
        "nNo115",
        "vi",
        "e_gocek",
        "Số hóa ảnh in, băng cassette và băng video gia đình",
        "Dịch vụ số hóa kỷ vật gia đình: quét và đặt tên, sắp xếp ảnh in; chuyển băng cassette sang file âm "
        "thanh; chuyển băng VHS và băng máy quay sang file video, giúp mỗi gia đình tìm lại kỷ niệm dễ dàng "
        "trên ổ cứng.",
    ),
    (
        "nNo116",
        "en",
        "e_mapor",
        "Complete conversion of a family archive plus storage setup",
        "We handle albums, loose prints, slides, VHS tapes and Super 8 movies (photos to JPG, movies to MP4), "
        "then set up storage: cloud backup, a 4 TB network drive at home and a computer for viewing, with "
        "folders, corrected dates, face grouping and keywords so pictures can be found.",
    ),
    (
        "nNo117",
        "en",
        "e_myroots",
        "Portable and sheet-fed scanning at relatives' homes",
        "For family historians: scanning old albums where they are, using a battery-powered handheld wand "
        "scanner that saves to microSD, or sheet-feeding stacks of loose prints; advice on acid-damaged albums "
        "and on editing and organising the scans.",
    ),
    (
        "nNo118",
        "en",
        "e_plymouth",
        "Glass-plate negative cleaning, scanning, cataloguing and rehousing",
        "A museum-tested workflow: clean plates and keep their original order, scan on an Epson Expression "
        "10000XL to TIFF masters with JPEG copies, create an item-level catalogue record for each plate, then "
        "rehouse in archival four-flap enclosures cut to size and store upright.",
    ),
    (
        "nNo119",
        "vi",
        "e_plymouth",
        "Số hóa và bảo quản phim kính cho bảo tàng, nhà chùa",
        "Vệ sinh từng tấm phim kính, giữ đúng thứ tự gốc, quét trên máy quét khổ lớn ra TIFF và JPEG, lập hồ sơ "
        "danh mục cho từng tấm, sau đó cho vào phong bì bốn cánh đạt chuẩn lưu trữ và xếp đứng trên kệ.",
    ),
    (
        "nNo120",
        "en",
        "e_wikiplates",
        "Conservation assessment for photographic plates",
        "Conservators assess glass plate collections: composition (silver in a binder on glass), the ten agents "
        "of deterioration, preventive storage and handling, and interventive treatment of flaking or cracked "
        "plates to extend the life of the image.",
    ),
    (
        "nNo121",
        "vi",
        "e_issuu",
        "Tư vấn bảo quản phim kính và âm bản",
        "Tư vấn lưu trữ phim kính collodion và gelatin khô: môi trường bảo quản phù hợp, kệ và bao bì, cách cầm "
        "nắm, các vấn đề bảo tồn thường gặp, và số hóa để tạo bản bảo quản và bản phục vụ người dùng.",
    ),
    (
        "nNo122",
        "en",
        "e_cloud341",
        "AI-assisted restoration, colourisation and enhancement of old photos",
        "A toolkit combining conservation principles with machine learning: lossless high-resolution scanning, "
        "colour profile correction, multi-scale denoising that keeps film grain, scratch, tear and spot "
        "inpainting, and colourisation, with notes on limits and on preserving restored files.",
    ),
    (
        "nNo123",
        "vi",
        "e_cloud341",
        "Phục hồi, tô màu ảnh cũ bằng trí tuệ nhân tạo",
        "Quét ảnh độ phân giải cao lưu định dạng không nén, chỉnh hồ sơ màu, khử nhiễu nhiều tầng mà vẫn giữ hạt "
        "phim, dùng AI vá vết xước, vết rách, đốm mốc và tô màu ảnh đen trắng; bàn giao file để in, lưu trữ, "
        "trưng bày.",
    ),
    (
        "nNo124",
        "en",
        "e_f8gure",
        "Colour restoration of faded old photographs",
        "Two-step restoration of pale, yellowed or brownish photos: first rebuild the image without colour, then "
        "research and re-apply accurate colours, matching clothing and furniture patterns, sometimes mixing "
        "colours no longer in use.",
    ),
    (
        "nNo125",
        "vi",
        "e_pixelpr",
        "Phục hồi ảnh rách, ố vàng và in bản mới",
        "Không sửa trực tiếp lên ảnh gốc: quét từng mảnh ảnh rách rồi ghép lại trên máy, dựng lại phần mất, xử lý "
        "ảnh ố vàng, ánh sáng lạ; có thể tô màu ảnh đen trắng dựa trên ảnh màu khác của cùng người, in ảnh mới "
        "và trả lại cả bản gốc.",
    ),
    (
        "nNo126",
        "en",
        "e_moab",
        "Photo restoration and reprints by a print shop",
        "We copy damaged prints on a high-resolution scanner or camera, then restore them in Photoshop with "
        "adjustment layers, toning, clone, patch and healing tools, rebuilding faded colour and missing parts, "
        "and reprint them.",
    ),
    (
        "nNo127",
        "vi",
        "e_moab",
        "Phục chế ảnh chân dung, ảnh thờ phai màu và in lại",
        "Nhận phục chế ảnh cũ bị phai, bị axit làm hỏng hoặc rách mất mảng: số hóa bằng máy quét hoặc máy ảnh, "
        "xử lý bằng nhiều lớp điều chỉnh, công cụ nhân bản và vá, khôi phục màu và chi tiết rồi in lại để thờ "
        "hoặc treo.",
    ),
    (
        "nNo128",
        "en",
        "e_retouchlabs",
        "Professional photo retouching and restoration service",
        "Restoration artists repair cracks, tears, stains and faded colours with digital retouching, colour "
        "correction and reconstruction of missing areas while keeping the original's character.",
    ),
    (
        "nNo129",
        "en",
        "e_southtree",
        "8 mm film to DVD and digital transfer",
        "We transfer 8 mm reels before they decay, without you hunting for a three-bladed variable-speed "
        "projector and a camcorder with manual exposure or setting up a white card or transfer box.",
    ),
    (
        "nNo130",
        "vi",
        "e_videomaker",
        "Chuyển phim nhựa 8 mm sang video số",
        "Chuyển phim 8 mm gia đình sang video bằng máy telecine chuyên dụng thay vì chiếu lên tường rồi quay "
        "lại; xử lý chênh lệch tốc độ khung hình (phim 8 mm quay từ 14 đến 24 hình/giây).",
    ),
    (
        "nNo131",
        "en",
        "e_battles",
        "High-quality recapture of 8 mm family films",
        "Frame-accurate recapture of 8 mm family films with modern film-transfer technology, far better than "
        "old VHS transfers, plus advice learned from a full family-film restoration project.",
    ),
    (
        "nNo132",
        "vi",
        "e_carolina",
        "Chuyển đổi băng VHS, phim 8 mm, Super 8, 16 mm, Betamax sang số",
        "Nhận chuyển các định dạng video và phim cũ sang file số, giá tính theo thời lượng và định dạng; giao "
        "đĩa và lưu thêm lên dịch vụ đám mây để chia sẻ cho người thân.",
    ),
    (
        "nNo133",
        "en",
        "e_mdpi25",
        "360-degree panoramic heritage tours",
        "We build 360° tours for heritage sites: Google Street View walkthroughs for outdoor trails and 3DVista "
        "tours for buildings, layered with historical photographs, architectural drawings and narrated audio, "
        "accessible to visitors who cannot travel.",
    ),
    (
        "nNo134",
        "vi",
        "e_scitepress",
        "Tour ảo 360 độ chi phí thấp chạy trên web",
        "Quy trình làm tour ảo 360 độ giá rẻ cho trường học, điểm du lịch: chụp bằng camera 360, dựng bằng công "
        "cụ mã nguồn mở Marzipano và khung phần mềm có sẵn, đạt chuẩn truy cập WCAG, người ít kinh nghiệm lập "
        "trình cũng làm được.",
    ),
    (
        "nNo135",
        "en",
        "e_mdpi21",
        "Virtual reality and photogrammetry of heritage buildings",
        "Photogrammetry of interiors and exteriors plus panoramic images to build VR experiences of historic "
        "wooden churches, used to promote sustainable tourism to heritage monuments.",
    ),
    (
        "nNo136",
        "vi",
        "e_pgyb",
        "Tour 360 độ kết hợp tư liệu cho công trình di sản",
        "Chụp ảnh 360 độ công trình di sản rồi liên kết với tư liệu khác thành tour tương tác, giúp người xem "
        "hiểu lịch sử và không gian nội, ngoại thất; xem được trên điện thoại, máy tính, không cần kính thực tế "
        "ảo.",
    ),
    (
        "nNo137",
        "vi",
        "x_ocr",
        "Nhận dạng chữ viết tay bằng công nghệ OCR",
        "Phần mềm nhận dạng ký tự quang học chuyển chữ viết tay trên ảnh chụp hoặc PDF thành văn bản, trích xuất "
        "trường thông tin cho ngân hàng, y tế và tổ chức xử lý hồ sơ.",
    ),
    (
        "nNo138",
        "vi",
        "x_timtailieu",
        "Phục hồi văn bản mờ và phục chế tài liệu lưu trữ",
        "Phương pháp làm hiện lại chữ viết đã mờ, bị tẩy xóa trên tài liệu cổ bằng chụp ảnh tia cực tím, hồng "
        "ngoại và hiện tượng phát quang; phục chế tài liệu giấy, da.",
    ),
    (
        "nNo139",
        "vi",
        "x_hoplong",
        "Cảm biến hình ảnh công nghiệp",
        "Cung cấp cảm biến hình ảnh cho dây chuyền tự động: đặc điểm, ứng dụng kiểm tra sản phẩm, đọc mã và "
        "định vị trong nhà máy.",
    ),
    (
        "nNo140",
        "vi",
        "x_thietbiso",
        "Máy quét số hóa tài liệu giấy cho cơ quan lưu trữ",
        "Cung cấp giải pháp số hóa tài liệu lưu trữ giấy bằng phương pháp quét ảnh, bảo quản an toàn tài liệu "
        "quý hiếm đang xuống cấp và phục vụ khai thác thông tin.",
    ),
    # ---------------- (F) equipment rental, repair, storage, training ----------------
    (
        "nNo141",
        "en",
        "f_aperturent",
        "Camera and lens rental with optional damage insurance",
        "Rent bodies and lenses with optional insurance that covers accidental damage (not water damage, "
        "missing parts, loss or theft). The deductible is 10% of the item's retail value: on a $1,000 lens you "
        "pay the repair cost up to $100 and no more.",
    ),
    (
        "nNo142",
        "en",
        "f_cameralens",
        "Lens and camera rentals shipped to you, reservations accepted",
        "Rent lenses and cameras by shipment: no deposit for verified customers, reservations as far ahead as "
        "you like (billed on shipping day), free cancellation before pickup, every item checked on return and "
        "again before dispatch, with listed accessories included.",
    ),
    (
        "nNo143",
        "vi",
        "f_sohoa",
        "Cho thuê máy ảnh, ống kính theo ngày",
        "Cho thuê thân máy và ống kính theo ngày, giá từ 150–200 nghìn đồng (ống 24-70 mm f/2.8, 17-55 mm f/2.8) "
        "đến cao nhất 600 nghìn đồng/ngày; thiết bị luôn trong tình trạng tốt, thanh lý máy cũ sau 6–12 tháng; "
        "hướng dẫn khách tránh va đập, cát, nước để khỏi bồi thường.",
    ),
    (
        "nNo144",
        "en",
        "f_visualfood",
        "Specialty lens rental: try a macro before you buy",
        "Rent the exact tool for one job, such as a 100 mm macro lens for close-up food and product detail, "
        "without a four-figure purchase. We guide first-time renters through choosing gear, booking, checking "
        "and returning it.",
    ),
    (
        "nNo145",
        "vi",
        "f_lensrent",
        "Thuê thiết bị giao tận nơi, trả lại bằng nhãn gửi trả sẵn",
        "Đặt thuê máy ảnh, ống kính trực tuyến, thiết bị giao đúng ngày yêu cầu kèm nhãn gửi trả trả trước; hết "
        "hạn thuê chỉ cần đóng hộp, dán nhãn trả và gửi lại đơn vị vận chuyển.",
    ),
    (
        "nNo146",
        "en",
        "f_exaros",
        "Advice on rental insurance and damage waivers for high-value lenses",
        "We help filmmakers and photographers compare damage waivers and insurance before renting specialty "
        "optics: coverage for loss, theft, accidental and transit damage, exclusions such as theft from an "
        "unlocked car, deductibles, claim timelines, and short-term or rider policies.",
    ),
    (
        "nNo147",
        "vi",
        "f_kiemviec",
        "Sửa máy ảnh: đứt dây zoom, lỗi ống kính, chống rung, lấy nét",
        "Nhận sửa máy ảnh du lịch và DSLR: thay hoặc nối dây zoom (dây đứt làm màn trập luôn đóng gây màn hình "
        "đen, hoặc luôn mở gây vệt ngang và cháy sáng), nắn ống kính kẹt báo Lens error, sửa hệ chống rung, hệ "
        "lấy nét tự động lệch nét sau khi rơi.",
    ),
    (
        "nNo148",
        "en",
        "f_garry",
        "Camera repair on premises with 90-day guarantee",
        "Describe the symptom by e-mail first; every camera is inspected on arrival and we call for approval "
        "before replacing major parts such as a main board or shutter unit. Repairs take 5 to 7 working days "
        "(a week more if parts must be ordered) and are guaranteed for 90 days; unrepairable cameras are "
        "returned with the payment.",
    ),
    (
        "nNo149",
        "en",
        "f_zacks",
        "Camera repair: inspect, estimate, clean, lubricate and adjust",
        "Bring or mail your camera: we inspect it, send an estimate and only continue with your approval, then "
        "repair, clean, lubricate and adjust. If you decline, the diagnostic fee is $30 for film and $50 for "
        "digital cameras.",
    ),
    (
        "nNo150",
        "vi",
        "f_dongnai",
        "Vệ sinh cảm biến máy ảnh bị bụi, mốc",
        "Vệ sinh sensor đúng cách: bóng thổi, que cao su non, giấy lau Zeiss; giải thích cảm biến CCD và CMOS, "
        "vì sao sensor chiếm khoảng 1/3 giá trị máy; hướng dẫn phòng tránh bụi, mốc sau khi vệ sinh.",
    ),
    (
        "nNo151",
        "vi",
        "f_congnghe",
        "Xử lý ống kính bị mốc và tư vấn phòng mốc",
        "Tháo vệ sinh ống kính bị nấm mốc, kể cả mốc rễ tre bên trong thấu kính, thay linh kiện khi cần; giải "
        "thích nguyên nhân (bụi, dấu vân tay, độ ẩm trên 70%, thiếu ánh nắng) và cách bảo quản nơi khô ráo, kiểm "
        "tra thường xuyên.",
    ),
    (
        "nNo152",
        "en",
        "f_eatsipcare",
        "Camera care centre: sensor cleaning and autofocus calibration",
        "Beyond emergency repairs: professional sensor cleaning when blowers and swabs fail, full diagnostics and "
        "autofocus micro-adjustment for each lens to fix front- or back-focusing, returning the camera sharper "
        "and more reliable.",
    ),
    (
        "nNo153",
        "vi",
        "f_hcdigital",
        "Tủ chống ẩm cho máy ảnh, ống kính",
        "Cung cấp tủ chống ẩm giữ độ ẩm 45–55% để bảo quản máy ảnh, ống kính; nấm mốc phát triển mạnh ở "
        "18–30 °C và độ ẩm trên 60%, trong khi độ ẩm ở Việt Nam có lúc trên 80%.",
    ),
    (
        "nNo154",
        "vi",
        "f_phununet",
        "Hướng dẫn tự chế hộp chống ẩm cho máy ảnh",
        "Hướng dẫn làm thùng chống ẩm từ vật dụng thông dụng, dùng đèn sợi đốt nhỏ (đèn trái ớt) sưởi khô, kèm "
        "kinh nghiệm của kỹ thuật viên sửa máy về bệnh mốc và chập mạch vào mùa mưa.",
    ),
    (
        "nNo155",
        "en",
        "f_vietbao",
        "Humidity-controlled storage for professional camera gear",
        "Dry cabinets and storage advice for photographers in humid climates: high humidity breeds mould on "
        "lenses and sensors, corrodes circuits, sticks buttons, shortens battery life and causes condensation; "
        "we recommend and supply cabinets that hold a safe, stable humidity.",
    ),
    (
        "nNo156",
        "vi",
        "f_techz",
        "Các cách chống ẩm cho máy ảnh số",
        "Tư vấn các biện pháp chống ẩm từ dân dã đến chuyên nghiệp trong khí hậu độ ẩm 80–90%: tắm nắng buổi "
        "sáng (tháo filter, hood), đèn cực tím, gói hút ẩm, hộp kín và tủ chống ẩm điện tử, tùy điều kiện và chi "
        "phí.",
    ),
    (
        "nNo157",
        "vi",
        "f_nhiepwiki",
        "Giáo trình lý thuyết nhiếp ảnh 33 kiến thức cơ bản",
        "Bộ bài giảng nhiếp ảnh cho người mới: tổng quan nhiếp ảnh; máy ảnh, ống kính, phụ kiện; khái niệm và "
        "thông số cơ bản; kỹ thuật chụp; lưu ý khi chụp. Có thể dùng làm giáo trình lớp học, tác giả nhận góp "
        "ý.",
    ),
    (
        "nNo158",
        "vi",
        "f_vpad",
        "Lớp nhiếp ảnh căn bản khoảng hai tháng",
        "Lớp nhiếp ảnh cho người đam mê, học gần hai tháng, mỗi buổi đều quan trọng; giúp học viên bỏ thói quen "
        "chụp chế độ tự động, ôn lại kỹ thuật hay, sinh hoạt cùng người cùng sở thích; học viên mang theo máy "
        "của mình, máy cũ cũng được.",
    ),
    (
        "nNo159",
        "en",
        "f_scotty",
        "Mini photography workshops: exposure, manual mode, flash",
        "Small-group workshops of a couple of hours with a model: we find where each photographer is, then "
        "cover exposure, shooting in manual, changing settings on the fly, flash and composition.",
    ),
    (
        "nNo160",
        "en",
        "f_enman",
        "One-day off-camera hotshoe flash workshop",
        "A full-day workshop on using wireless off-camera hotshoe flashes with a DSLR and balancing them with "
        "ambient light, for portrait, family, baby and wedding photographers: morning instruction and "
        "demonstrations, afternoon practice in small teams.",
    ),
    (
        "nNo161",
        "en",
        "f_mrpom",
        "Lighting for photographers: five-week course",
        "Twice-weekly classes over five weeks for about five students with a professional instructor, using his "
        "lighting equipment throughout; every class is learning by doing, and students see their progress from "
        "the first to the last session.",
    ),
    (
        "nNo162",
        "en",
        "f_photocraft",
        "100-lesson online photography course with tutor feedback",
        "An e-course of 100 lessons (text and images, text and video, assignments), each about 5 minutes to read "
        "with a 30-minute assignment. Lessons are released over 6 weeks and stay open 18 more; students post "
        "practice photos for tutor and peer feedback with no deadlines.",
    ),
    (
        "nNo163",
        "vi",
        "f_baotre",
        "Workshop nhiếp ảnh thực hành cho người mới mua máy",
        "Workshop giúp người mới mua máy ảnh biết dùng máy thay vì để chế độ tự động: đọc hiểu sách hướng dẫn, "
        "chụp sinh nhật, tiệc cưới, du lịch không bị hỏng ảnh, vì những khoảnh khắc ấy không chụp lại được.",
    ),
    (
        "nNo164",
        "en",
        "f_lovel",
        "Basic photography class with free repeat attendance",
        "A three-hour class: about 90 minutes on light, ISO and aperture, then practice. Loaner lenses are "
        "available, students may repeat the class free, use the studio to practise lighting and join free "
        "photography field trips.",
    ),
    (
        "nNo165",
        "vi",
        "x_dienthoaivui",
        "Rửa đốm camera sau iPhone 7",
        "Vệ sinh cụm camera sau điện thoại iPhone 7 bị mờ, đốm trắng đen, loang sáng hoặc không lấy nét do bụi "
        "và ẩm; bảo hành 30 ngày.",
    ),
    (
        "nNo166",
        "vi",
        "x_didicamp",
        "Cho thuê lều cắm trại",
        "Cho thuê lều và phụ kiện cắm trại 24 giờ, thêm ngày tính 50% giá; xuất trình căn cước, thanh toán trước, "
        "bồi thường nếu hư hỏng, phụ thu vệ sinh 100–200 nghìn đồng nếu trả lều quá bẩn.",
    ),
]
