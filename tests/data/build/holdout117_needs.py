"""Needs of the holdout117 labelled set (weddings, parties and events in small towns).

NEEDS: (id, language, source key, title, description, {offer id: grade}). Every need is set in Trà Vinh / Vĩnh Long
and paraphrases the public page named by its source key in holdout117_sources.S (most of these pages describe
other places; see make_holdout117.py). Grades: 2 = would solve the need, 1 = partly relevant or an adjacent step.
"""

NEEDS = [
    # --- tents, rạp cưới, cooling -------------------------------------------------------------
    (
        "mOn01",
        "vi",
        "venue_melisa",
        "Cần dựng rạp cưới đủ chỗ cho 30 bàn trong sân nhà ở Càng Long",
        "Gia đình tôi ở Càng Long cưới con vào cuối năm, đãi khoảng 30 bàn (300 khách) ngay tại sân nhà. Sân nhìn thì "
        "rộng nhưng sợ kê bàn tiệc, sân khấu nhỏ, bàn gallery ảnh và chừa lối đi xong thì không còn chỗ cho khách đi lại. "
        "Cần đơn vị tính giúp diện tích rạp phải dựng, cách bố trí bàn và lối đi, báo giá rạp theo m².",
        {"mOo001": 2, "mOo008": 2, "mOo004": 2, "mOo002": 1, "mOo152": 1, "mOo007": 1, "mOo003": 1, "mOo117": 1},
    ),
    (
        "mOn02",
        "en",
        "tent_curlew_wind",
        "Anchoring hired wedding tents on the windy coast at Duyên Hải",
        "Our service cooperative in Duyên Hải rents out wedding tents along the Trà Vinh coast, where the dry-season "
        "monsoon brings strong gusts and the soil is sandy; last season stakes worked loose during a reception. We "
        "want an engineer to test how well the ground holds, tell us when to use weights instead of stakes, and give "
        "us rules for the worst wind a site can expect rather than the weather on the day.",
        {"mOo005": 2, "mOo009": 2, "mOo006": 2, "mOo049": 1, "mOo007": 1},
    ),
    (
        "mOn03",
        "vi",
        "tent_intents",
        "Cần đánh giá an toàn kết cấu rạp lớn để xin phép lễ hội ở Trà Cú",
        "Ban tổ chức lễ hội văn hóa ở Trà Cú dự định dựng một rạp khung thép cho khoảng 500 người. Xã yêu cầu có hồ sơ "
        "kỹ thuật chứng minh rạp đủ chịu gió và việc đóng cọc phù hợp nền đất thực tế tại chỗ, vì dựng đúng kỹ thuật ở "
        "nền này chưa chắc an toàn ở nền khác. Cần đơn vị kỹ thuật kiểm tra, đánh giá kết cấu tạm trước ngày lễ.",
        {"mOo049": 2, "mOo005": 1, "mOo009": 1, "mOo006": 1, "mOo048": 1, "mOo148": 1},
    ),
    (
        "mOn04",
        "en",
        "tent_nigeria",
        "Site checks before our tent crew works in orchard yards at Tiểu Cần",
        "We put up wedding tents in orchard yards around Tiểu Cần. Our crew has had close calls with metal poles near "
        "low power lines, rain collecting in pockets on the roof overnight, and stakes pulling out of soaked soil "
        "before the reception. We need a site survey and installation procedure that covers overhead and buried lines, "
        "drainage, slope and how firmly the ground holds.",
        {"mOo007": 2, "mOo005": 2, "mOo009": 2, "mOo006": 1, "mOo049": 1},
    ),
    (
        "mOn05",
        "vi",
        "storm_duyxuyen",
        "Rạp cưới phải chịu được gió giật mùa mưa bão ở Cầu Ngang",
        "Tổ dịch vụ cưới hỏi của chúng tôi ở Cầu Ngang vừa chứng kiến cảnh một rạp cưới 80 bàn bị gió giật xé toạc mái bạt, "
        "phải dời tiệc sang chỗ khác ngay buổi sáng. Chúng tôi cần giải pháp neo rạp chắc hơn theo nền đất ven biển, cách "
        "theo dõi gió giật và tiêu chí quyết định khi nào phải hạ bạt hay đổi địa điểm.",
        {"mOo005": 2, "mOo009": 2, "mOo006": 2, "mOo049": 1, "mOo002": 1, "mOo152": 1},
    ),
    (
        "mOn06",
        "vi",
        "rap_socson",
        "Can thue rap cuoi tron goi mua cuoi cuoi nam o Vung Liem",
        "Nha toi o Vung Liem, thang 11 am lich cuoi con gai, dai khoang 25 ban. Can thue rap khung sat co bat, trang tri "
        "san khau va cong hoa. Cuoi nam cac doi dung rap kin lich vi vua tiec tat nien vua dam cuoi nen muon dat som, "
        "can bao gia theo m2.",
        {"mOo001": 2, "mOo002": 2, "mOo008": 2, "mOo152": 2, "mOo003": 1, "mOo117": 1, "mOo004": 1},
    ),
    (
        "mOn07",
        "en",
        "rental_familyvideo",
        "Tent and table layout for a 200-guest reception in a Bình Minh rice-mill yard",
        "Our family will hold a 200-guest reception in the yard of our rice mill in Bình Minh. We want to start from the "
        "final guest list: how many round tables and chairs, what tent size covers them plus a stage and a buffet, and "
        "someone to supply and put it all up.",
        {"mOo004": 2, "mOo008": 2, "mOo001": 2, "mOo113": 1, "mOo117": 1, "mOo007": 1, "mOo152": 1},
    ),
    (
        "mOn08",
        "vi",
        "rap_danang",
        "Làm mát rạp tiệc trưa nắng nóng ở Trà Ôn",
        "Đám cưới ở quê Trà Ôn thường đãi buổi trưa dưới rạp bạt, trời nóng hầm, khách lớn tuổi than mệt, muốn thoáng mát "
        "như ngồi ngoài vườn. Cần thiết bị làm mát cho khoảng 40 bàn dưới rạp, tốn ít điện vì phải chạy máy phát.",
        {"mOo012": 2, "mOo013": 2, "mOo014": 1, "mOo143": 1},
    ),
    (
        "mOn09",
        "en",
        "storm_plo",
        "Wind go/no-go rules and hire terms for a tent rental firm in Cầu Kè",
        "After seeing a wedding tent torn away by a storm while 80 tables were already laid, our small rental firm in "
        "Cầu Kè wants written rules for deciding when a tent must come down or the party must move, and hire terms that "
        "protect both us and the family when weather forces a change.",
        {"mOo006": 2, "mOo005": 1, "mOo009": 1, "mOo111": 1},
    ),
    (
        "mOn10",
        "vi",
        "diy_private",
        "Muốn xem trước phối cảnh trang trí rạp cưới trước khi đặt cọc (Long Hồ)",
        "Vợ chồng tôi ở Long Hồ định tự mua khung gỗ, hoa lụa, đèn, khăn bàn để trang trí tiệc theo ý mình, nhưng tính ra "
        "tốn hơn 10 triệu, còn đắt hơn thuê. Muốn tìm đội trang trí cho xem trước bản phối cảnh màu sắc, sân khấu, cổng "
        "hoa để duyệt rồi mới đặt cọc.",
        {"mOo003": 2, "mOo128": 1, "mOo134": 1, "mOo002": 1, "mOo152": 1, "mOo137": 1},
    ),
    # --- generators and power -----------------------------------------------------------------
    (
        "mOn11",
        "en",
        "gen_whizo",
        "Generator for a riverside garden wedding in Long Hồ",
        "We are planning an outdoor wedding in a riverside garden in Long Hồ with no mains supply nearby: sound system, "
        "ceremony and reception lighting, food warmers and a drinks cooler. We need a generator sized with a safety "
        "margin over the total load, allowing for equipment that surges at start-up, that runs the whole evening "
        "without refuelling.",
        {
            "mOo015": 2,
            "mOo016": 2,
            "mOo017": 2,
            "mOo018": 2,
            "mOo030": 2,
            "mOo147": 2,
            "mOo020": 1,
            "mOo031": 1,
            "mOo022": 1,
            "mOo023": 1,
            "mOo019": 1,
            "mOo154": 1,
        },
    ),
    (
        "mOn12",
        "vi",
        "gen_powrpoint",
        "Cần máy phát chạy êm cho lễ cưới ngoài vườn ở Cầu Kè",
        "Nhà tôi ở Cầu Kè làm lễ cưới và tiệc ngoài vườn, khu làm lễ cách nhà khá xa, không muốn kéo dây nối dài khắp "
        "lối đi. Cần thuê máy phát cho nhạc, micro, đèn và nồi hâm, nhưng máy phải chạy êm để không lấn tiếng lời phát "
        "biểu và nhạc làm lễ.",
        {"mOo016": 2, "mOo015": 2, "mOo030": 2, "mOo021": 1, "mOo022": 1, "mOo024": 1, "mOo161": 1, "mOo023": 1},
    ),
    (
        "mOn13",
        "vi",
        "gen_losangeles",
        "Tính công suất máy phát cho tiệc cưới 50 bàn ở Tiểu Cần",
        "Gia đình tổ chức tiệc 50 bàn ở Tiểu Cần, điện lưới yếu. Thiết bị gồm dàn loa, đèn sân khấu, đèn trang trí, tủ mát "
        "nước uống, nồi cơm điện và quạt. Cần người tính giúp tổng công suất, chọn máy phát cỡ nào cho đủ mà không quá dư.",
        {"mOo019": 2, "mOo147": 2, "mOo017": 2, "mOo018": 2, "mOo154": 2, "mOo020": 1, "mOo021": 1, "mOo031": 1},
    ),
    (
        "mOn14",
        "vi",
        "gen_vn_xaydungso",
        "Mua may phat dien nho cho tiem chup anh cuoi o Cang Long",
        "Tiem chup anh cuoi cua toi o Cang Long hay bi cup dien, can may phat 1 pha co nho cho den studio, may tinh, may in "
        "anh va quat, tong chung vai kW. Khong biet nen mua may xang hay may dau, cong suat bao nhieu la du.",
        {"mOo020": 2, "mOo031": 2, "mOo024": 1, "mOo022": 1, "mOo023": 1, "mOo019": 1, "mOo154": 1},
    ),
    (
        "mOn15",
        "en",
        "gen_onguard",
        "Quiet battery power for an evening ceremony in a Cầu Ngang pagoda yard",
        "A family in Cầu Ngang holds a small evening blessing ceremony in a pagoda courtyard: a few LED lights, a small "
        "speaker and phone charging, for three to four hours. A petrol generator would be too loud and smelly there; we "
        "want a battery-based option that can be recharged, ideally from solar.",
        {"mOo022": 2, "mOo023": 2, "mOo024": 2, "mOo161": 1, "mOo016": 1, "mOo020": 1, "mOo031": 1},
    ),
    (
        "mOn16",
        "vi",
        "gen_vn_genset",
        "HTX ở Bình Minh cần mua máy phát 3 pha có vỏ cách âm để cho thuê tiệc",
        "Hợp tác xã dịch vụ cưới hỏi ở Bình Minh muốn đầu tư một máy phát 3 pha cỡ lớn có vỏ cách âm để cho thuê kèm rạp "
        "cho tiệc 50–80 bàn và sân khấu ca nhạc. Cần nhà cung cấp tư vấn công suất, cách tính kVA và loại máy chạy lâu "
        "liên tục.",
        {"mOo021": 2, "mOo015": 1, "mOo030": 1, "mOo016": 1, "mOo019": 1, "mOo154": 1},
    ),
    (
        "mOn17",
        "en",
        "tent_birkby",
        "Cable runs and a distribution board from the generator at a Càng Long schoolyard festival",
        "A school in Càng Long hosts a fund-raising festival with a kitchen tent, a stage and string lighting across the "
        "yard. We need the generator placed away from the crowd and power carried safely by proper cable to one "
        "distribution board that feeds the kitchen, stage and lights.",
        {"mOo015": 2, "mOo030": 2, "mOo017": 1, "mOo147": 1, "mOo055": 1, "mOo056": 1},
    ),
    (
        "mOn18",
        "vi",
        "powercut_celebs",
        "Cần điện dự phòng tự động cho nhà hàng tiệc cưới nhỏ ở TP Trà Vinh",
        "Nhà hàng tiệc cưới của chúng tôi ở Trà Vinh từng bị mất điện ngay lúc cô dâu chú rể bước vào sảnh, có ngày mất "
        "tới ba lần. Cần hệ thống máy phát dự phòng đủ cho âm thanh, ánh sáng và máy lạnh sảnh, tự chuyển nguồn khi lưới "
        "mất điện, chạy êm.",
        {"mOo021": 2, "mOo026": 2, "mOo019": 1, "mOo024": 1, "mOo015": 1, "mOo030": 1, "mOo154": 1},
    ),
    # --- sound, noise, live streaming ---------------------------------------------------------
    (
        "mOn19",
        "vi",
        "noise_bentre",
        "Tiệc cưới bị hàng xóm phản ánh ồn, cần đo tiếng ồn (Châu Thành)",
        "Tổ dịch vụ âm thanh ở Châu Thành (Trà Vinh) bị phản ánh mở nhạc đám cưới quá lớn, kéo dài tới khuya. Chúng tôi "
        "muốn có đơn vị đo mức ồn thực tế tại khu dân cư để biết dàn âm thanh đang vượt ngưỡng cho phép bao nhiêu dBA, "
        "ban ngày và ban đêm, rồi chỉnh lại cho đúng.",
        {"mOo038": 2, "mOo039": 1, "mOo035": 1},
    ),
    (
        "mOn20",
        "en",
        "noise_znews",
        "Independent sound-level measurement after loudspeaker complaints in a Trà Vinh ward",
        "Our ward in Trà Vinh receives repeated complaints about wedding parties and portable karaoke speakers, but the "
        "ward has no noise meter, so nothing can be proven or fined. We want an accredited unit that can measure noise "
        "levels in the neighbourhood and issue results the authorities can use.",
        {"mOo038": 2, "mOo039": 1},
    ),
    (
        "mOn21",
        "vi",
        "noise_znews",
        "Cần biết quy định giờ giấc, mức ồn khi có nhạc sống đám cưới (Cầu Ngang)",
        "Ban nhạc sống đám cưới của chúng tôi ở Cầu Ngang hay bị nhắc nhở vì loa to. Muốn được tư vấn rõ quy định: được "
        "mở nhạc tới mấy giờ, mức ồn tối đa ban ngày, ban đêm là bao nhiêu, mức phạt thế nào để tránh vi phạm.",
        {"mOo039": 2, "mOo038": 2},
    ),
    (
        "mOn22",
        "vi",
        "noise_bentre",
        "Cần kỹ thuật âm thanh giữ âm lượng tiệc cưới vừa phải trong khu dân cư (TP Trà Vinh)",
        "Gia đình tổ chức tiệc cưới trong hẻm khu dân cư ở Trà Vinh, muốn vui mà không làm phiền hàng xóm: nhạc đủ nghe, "
        "khách vẫn nói chuyện được, dàn loa được kiểm tra kỹ trước giờ tiệc để khỏi phải vặn lớn hay bị hú giữa chừng.",
        {"mOo035": 2, "mOo038": 1, "mOo032": 1, "mOo043": 1, "mOo034": 1},
    ),
    (
        "mOn23",
        "vi",
        "sound_myai",
        "Thuê dàn âm thanh cho tiệc cưới 40 bàn ở Mang Thít, có người trực kỹ thuật",
        "Tiệc cưới 40 bàn dưới rạp ở Mang Thít, có MC, ban nhạc nhỏ và khách lên hát. Cần thuê dàn âm thanh phủ đều cả "
        "rạp, kèm kỹ thuật viên ngồi trực suốt buổi để xử lý sự cố, báo giá rõ ràng.",
        {"mOo032": 2, "mOo043": 2, "mOo035": 2, "mOo033": 1, "mOo034": 1, "mOo036": 1, "mOo139": 1, "mOo045": 1},
    ),
    (
        "mOn24",
        "vi",
        "mic_feedback",
        "Micro hú, rè khi khách lên hát ở đám cưới quê Tam Bình",
        "Đám cưới ở Tam Bình nào cũng có khách lên hát, nhưng micro cứ hú chói tai và rè, loa có lúc muốn cháy. Dàn âm "
        "thanh nhà tôi tự mua, chỉnh amply không chuẩn. Cần người có nghề đến cân chỉnh, trực xử lý hú rè trong tiệc hoặc "
        "cho thuê dàn đã chỉnh sẵn.",
        {
            "mOo032": 2,
            "mOo043": 2,
            "mOo036": 2,
            "mOo035": 1,
            "mOo044": 1,
            "mOo140": 1,
            "mOo033": 1,
            "mOo045": 1,
            "mOo139": 1,
        },
    ),
    (
        "mOn25",
        "en",
        "vows_marthastewart",
        "Guests at the back could not hear the vows at a garden ceremony in Vũng Liêm",
        "At our last garden wedding in Vũng Liêm the wind and a nearby road drowned out the officiant and the couple; "
        "guests in the back rows heard nothing. For the next ceremony we want the officiant and couple amplified with "
        "discreet wireless or lapel microphones and speakers that reach every row.",
        {"mOo161": 2, "mOo037": 2, "mOo043": 2, "mOo032": 2, "mOo036": 2, "mOo035": 1, "mOo041": 1, "mOo042": 1},
    ),
    (
        "mOn26",
        "en",
        "online_wedding",
        "Live-streaming the ceremony for relatives working abroad (Cầu Kè family)",
        "Many of our relatives work in Taiwan and Korea and cannot come home for the wedding in Cầu Kè. We want the "
        "ceremony and the main rituals streamed live so they can watch and feel part of it, with clear sound.",
        {"mOo041": 2, "mOo042": 2, "mOo074": 1, "mOo064": 1},
    ),
    (
        "mOn27",
        "vi",
        "vows_soundforceremony",
        "Can loa va micro khong day chay pin cho le cuoi ngoai bai dua, khong co dien",
        "Le cuoi lam ngoai bai dua ven song o Cau Ke, khoang 80 khach, khong co dien luoi. Can loa va micro khong day chay "
        "pin de chu hon va co dau chu re noi cho ca khach ngoi sau cung nghe ro, gio ven song kha manh.",
        {"mOo161": 2, "mOo022": 1, "mOo023": 1, "mOo032": 1, "mOo043": 1},
    ),
    # --- stage, truss, LED, decorative lighting ----------------------------------------------
    (
        "mOn28",
        "en",
        "truss_litec",
        "How much can the lighting truss over our wedding stage carry? (Trà Vinh city)",
        "Our event company in Trà Vinh city builds wedding stages with a truss frame carrying moving heads, PAR lights, "
        "a small LED panel and speakers. The frames keep getting heavier and we hang some items off-centre. We need "
        "someone to calculate safe loads and check our rigging.",
        {"mOo048": 2, "mOo148": 2, "mOo049": 1, "mOo044": 1, "mOo140": 1},
    ),
    (
        "mOn29",
        "vi",
        "stage_outdoor_uk",
        "Cần kiểm định an toàn sân khấu tạm và giàn đèn cho lễ hội Ok Om Bok",
        "Ban tổ chức đêm văn nghệ lễ hội Ok Om Bok ở Trà Vinh dựng sân khấu ngoài trời lớn trên nền đất không bằng phẳng, có "
        "giàn đèn và loa treo, khán giả đông. Cần đơn vị kỹ thuật độc lập kiểm tra kết cấu tạm, tải trọng và khả năng chịu "
        "gió trước đêm diễn.",
        {"mOo049": 2, "mOo048": 1, "mOo148": 1, "mOo046": 1, "mOo153": 1},
    ),
    (
        "mOn30",
        "en",
        "stage_controlbooth",
        "Independent safety check of temporary stage and lighting towers for a provincial festival",
        "Organisers of a provincial festival in Trà Vinh were offered a home-built stage and lighting towers to save "
        "money; the insurer and the authorities are uneasy. We want an engineering service to inspect the temporary "
        "structures, check loads and wind exposure, and tell us what must change before the audience arrives.",
        {"mOo049": 2, "mOo048": 1, "mOo148": 1, "mOo046": 1, "mOo153": 1},
    ),
    (
        "mOn31",
        "en",
        "stage_controlbooth",
        "Renting a 16 x 36 ft outdoor stage for a school graduation in Cầu Kè",
        "A high school in Cầu Kè will hold its graduation outdoors for the first time and needs a stage of roughly 16 x "
        "36 ft, low enough with ramps for older relatives, levelled on uneven ground, plus a PA for speeches. Some staff "
        "want to build it themselves; we would rather hire it.",
        {"mOo046": 2, "mOo153": 2, "mOo036": 2, "mOo037": 2, "mOo047": 1, "mOo049": 1},
    ),
    (
        "mOn32",
        "vi",
        "stage_eventcentral",
        "Thuê sân khấu, âm thanh cho đêm văn nghệ ấp ngoài trời ở Trà Cú",
        "Ấp ở Trà Cú tổ chức đêm văn nghệ mừng lễ ngoài sân đình, vài trăm người xem. Cần thuê sân khấu đúng kích cỡ, dựng "
        "trên sân đất, có mái che phòng mưa, kèm dàn âm thanh cho văn nghệ; phải đặt sớm kẻo mùa lễ hết đồ.",
        {"mOo153": 2, "mOo046": 2, "mOo036": 2, "mOo037": 2, "mOo047": 1, "mOo044": 1, "mOo045": 1, "mOo140": 1},
    ),
    (
        "mOn33",
        "vi",
        "led_docnhanh",
        "Thuê màn hình LED lớn để xã chiếu bóng đá ngoài trời ở Trà Cú",
        "Xã ở Trà Cú muốn tổ chức cho bà con xem chung trận chung kết bóng đá trên màn hình lớn đặt ngoài sân vận động, "
        "xem cả ban ngày. Lần trước chốt lịch gấp nên không thuê được, giá lại tăng gấp ba. Cần đơn vị cho thuê màn hình "
        "đủ sáng, cỡ phù hợp khoảng cách khán giả.",
        {"mOo051": 2, "mOo052": 2, "mOo053": 2, "mOo151": 2, "mOo047": 2, "mOo050": 1, "mOo061": 1},
    ),
    (
        "mOn34",
        "en",
        "led_docnhanh",
        "Outdoor movie night with a projector and big screen at a Duyên Hải village festival",
        "For the village festival in Duyên Hải we want an evening film screening in the open for several hundred "
        "people: a projector, a large screen and sound, set up and run by the supplier. Rentals get booked out when "
        "a big event comes, so we are looking early.",
        {"mOo047": 2, "mOo051": 1, "mOo052": 1, "mOo053": 1, "mOo151": 1},
    ),
    (
        "mOn35",
        "en",
        "led_cogo",
        "LED screen behind a wedding stage under a covered tent in Vĩnh Long",
        "We run weddings under large covered tents in Vĩnh Long and want an LED backdrop behind the stage for photos "
        "and slideshows. Guests sit 5-15 m away and daylight leaks in from the sides. What pixel pitch and brightness "
        "do we need, and who rents such walls?",
        {"mOo051": 2, "mOo053": 2, "mOo052": 2, "mOo151": 2, "mOo050": 1},
    ),
    (
        "mOn36",
        "en",
        "led_avstage",
        "What video resolution to prepare for a rented 10 x 6 ft outdoor LED wall (Trà Vinh riverside cafe)",
        "Our riverside cafe in Trà Vinh hosts engagement parties and will rent an outdoor LED wall of about 10 x 6 ft on "
        "the terrace. We want to know the wall's real pixel resolution, how far away guests must sit for a clean "
        "picture, and whether it suits video or mainly text and banners.",
        {"mOo050": 2, "mOo051": 1, "mOo053": 1, "mOo052": 1},
    ),
    (
        "mOn37",
        "en",
        "lights_whys",
        "Safe power for string lights across a rainy-season tent yard in Trà Ôn",
        "We decorate wedding yards in Trà Ôn with string lights between the tent and the trees, and it often rains in the "
        "evening. We need weatherproof cords and fittings, earth-leakage protection, and someone who installs and tests "
        "it properly.",
        {"mOo055": 2, "mOo054": 2, "mOo056": 2, "mOo017": 1},
    ),
    # --- photography and video ---------------------------------------------------------------
    (
        "mOn38",
        "en",
        "backup_kmoss",
        "Protecting wedding photos from card and computer failures (Trà Vinh studio)",
        "A studio in Trà Vinh lost most of a couple's wedding photos when its computer crashed a few days after the "
        "event, and the family is still upset. We want a reliable way of working: backup cameras, cards that are not "
        "filled to the last frame, and several copies in separate places before anything is deleted.",
        {"mOo158": 2, "mOo159": 2, "mOo062": 2, "mOo160": 2, "mOo083": 2, "mOo063": 1},
    ),
    (
        "mOn39",
        "en",
        "hatfield",
        "Wedding video crew that stays out of guests' way at a church wedding in Trà Vinh",
        "For a Catholic wedding in a Trà Vinh parish church the couple wants a proper film of the ceremony from more than "
        "one angle, but the priest will not allow anyone in the centre aisle and guests dislike big rigs. We need a crew "
        "that films steadily with light gear.",
        {"mOo064": 2, "mOo066": 2, "mOo155": 2, "mOo065": 1, "mOo074": 1},
    ),
    (
        "mOn40",
        "vi",
        "hatfield",
        "Hoc quay phim cuoi trong nha hang thieu sang, chon ong kinh gi (Vinh Long)",
        "Toi moi lam quay phim cuoi o Vinh Long, nha hang tiec thuong toi ma khong duoc bat den them, doan phat bieu phai "
        "quay tu cuoi sanh. Muon hoc cach chon ong kinh va cach giu hinh on dinh cho dung nghe.",
        {"mOo065": 2, "mOo155": 1, "mOo064": 1},
    ),
    (
        "mOn41",
        "en",
        "hatfield",
        "Low-light lenses for filming receptions in dim restaurant halls (Vĩnh Long videographer)",
        "I film weddings in Vĩnh Long restaurant halls where extra lighting is not allowed and speeches happen at the far "
        "end of the room. I want practical training on which lenses and supports to use so the footage is bright and "
        "steady.",
        {"mOo065": 2, "mOo155": 1, "mOo064": 1},
    ),
    (
        "mOn42",
        "vi",
        "photo_vungtau",
        "Tìm thợ chụp phóng sự cưới tự nhiên ở quê Trà Cú, tránh kiểu chụp cũ",
        "Mẹ chồng giới thiệu một tiệm ảnh lâu năm, nhưng ảnh cưới của chị tôi chụp ở đó cứng nhắc, tạo dáng lỗi thời. Đám "
        "cưới của tôi ở Trà Cú muốn có người chụp phóng sự tự nhiên, ghi lại khoảnh khắc thật của gia đình và khách.",
        {"mOo068": 2, "mOo084": 2, "mOo071": 1, "mOo150": 1, "mOo067": 1, "mOo070": 1},
    ),
    (
        "mOn43",
        "en",
        "mamxoi_checkin",
        "Pre-wedding shoot at flower gardens and landmarks across the province",
        "A couple from Trà Vinh wants their pre-wedding photos taken at several scenic spots - flower-garden check-in "
        "places, pagodas, coconut lanes - across Trà Vinh and Vĩnh Long over a few days, with a photographer who plans "
        "the route and the concepts.",
        {"mOo067": 2, "mOo141": 2, "mOo070": 1, "mOo068": 1, "mOo084": 1, "mOo136": 1},
    ),
    (
        "mOn44",
        "vi",
        "diy_private",
        "Muốn bộ ảnh cưới mang kỷ niệm riêng ở quán quen, chợ đêm Trà Vinh",
        "Hai đứa muốn mọi thứ trong ngày cưới đều gắn với kỷ niệm của mình, nên muốn chụp ảnh cưới ở quán bún nước lèo hay "
        "ăn thời đi học, chợ đêm và cổng trường ở Trà Vinh, thay vì phim trường. Cần nhóm chụp ảnh làm được ý tưởng này và "
        "biết cách xin mượn chỗ của người bán.",
        {"mOo070": 2, "mOo068": 1, "mOo067": 1, "mOo084": 1, "mOo141": 1},
    ),
    (
        "mOn45",
        "vi",
        "flycam_vietnamnet",
        "Muốn quay flycam đám cưới ở Cầu Kè, cần xin phép thế nào",
        "Gia đình muốn có cảnh quay từ trên cao đám cưới ở vườn cây Cầu Kè. Nghe nói mọi chuyến bay flycam đều phải xin phép "
        "trước. Cần đơn vị lo hồ sơ xin phép và đội bay đúng quy định.",
        {"mOo075": 2, "mOo076": 2, "mOo074": 1},
    ),
    (
        "mOn46",
        "en",
        "flycam_vietnamnet",
        "Drone shots of a riverside wedding in Trà Ôn: what permission is needed?",
        "We would like aerial footage of a riverside wedding in Trà Ôn. We understand every drone flight in Vietnam needs "
        "a permit filed days in advance with flight area, purpose and aircraft details. We need someone who handles the "
        "paperwork and flies within the rules.",
        {"mOo075": 2, "mOo076": 2, "mOo074": 1},
    ),
    (
        "mOn47",
        "en",
        "booth_360",
        "Photo booth with instant prints for a 300-guest wedding in Trà Vinh",
        "A couple in Trà Vinh wants guests to leave with a keepsake and to capture the silly, candid moments the main "
        "photographer misses. We need a photo booth matched to the wedding colours, with props, instant prints and the "
        "files afterwards.",
        {"mOo079": 2, "mOo080": 2, "mOo082": 2, "mOo157": 2, "mOo081": 1},
    ),
    (
        "mOn48",
        "vi",
        "booth_360",
        "Thuê photobooth in ảnh lấy liền cho tiệc cưới ngoài trời ở Trà Cú, lo gió và nắng",
        "Tiệc cưới ngoài vườn ở Trà Cú, muốn có góc photobooth cho khách chụp và in ảnh mang về. Lo phông nền bị gió thổi ngã, "
        "nắng chiều làm hỏng ảnh và không biết cần bao nhiêu chỗ, ổ điện ở đâu. Cần đơn vị cho thuê có kinh nghiệm làm ngoài trời.",
        {"mOo081": 2, "mOo079": 2, "mOo080": 2, "mOo082": 2, "mOo157": 2},
    ),
    # --- invitations, guest lists, rental software --------------------------------------------
    (
        "mOn49",
        "vi",
        "einvite_web",
        "Làm website cưới, thiệp điện tử có bản đồ và xác nhận dự tiệc (Càng Long)",
        "Đám cưới ở Càng Long, bạn bè từ TP.HCM về dự không rành đường. Muốn có trang web cưới kèm thiệp điện tử: bản đồ đến "
        "nhà, thông tin xe, ảnh cưới, và khách bấm xác nhận có dự hay không; người lớn tuổi vẫn nhận thiệp giấy.",
        {"mOo089": 2, "mOo085": 2, "mOo087": 2, "mOo088": 1, "mOo090": 1, "mOo096": 1, "mOo086": 1},
    ),
    (
        "mOn50",
        "vi",
        "einvite_qr",
        "Thiệp giấy cho họ hàng, thiệp điện tử cho bạn bè (Tiểu Cần)",
        "Gia đình ở Tiểu Cần muốn vừa in thiệp giấy trang trọng cho họ hàng lớn tuổi, vừa gửi thiệp điện tử có mã QR chỉ "
        "đường và link ảnh cưới cho bạn bè đồng nghiệp ở xa. Cần nơi in thiệp và nền tảng thiệp online.",
        {"mOo096": 2, "mOo142": 2, "mOo089": 2, "mOo085": 2, "mOo097": 1},
    ),
    (
        "mOn51",
        "en",
        "einvite_mess",
        "Knowing who will really come: RSVP tracking for a 400-guest wedding in Trà Vinh",
        "Invitations for a 400-guest wedding in Trà Vinh went out by phone messages and group chats; half the people never "
        "replied and we cannot tell the caterer how many trays to cook. We need invitations that collect a clear yes or no "
        "from each guest and remind those who have not answered.",
        {"mOo085": 2, "mOo087": 2, "mOo088": 2, "mOo089": 2, "mOo090": 1, "mOo086": 1},
    ),
    (
        "mOn52",
        "en",
        "rsvp_vula",
        "Guest data for a 300-guest wedding: households, plus-ones and dietary notes (Vĩnh Long)",
        "Our 300-guest wedding in Vĩnh Long mixes relatives, the groom's colleagues and vegetarian Buddhist guests. We "
        "need one place to keep guests by household, who may bring a companion, and dietary notes for the kitchen, with "
        "live counts of who has answered.",
        {"mOo087": 2, "mOo088": 2, "mOo085": 1, "mOo089": 1, "mOo086": 1},
    ),
    (
        "mOn53",
        "vi",
        "rsvp_lavender",
        "Can ung dung xep cho ngoi theo ban va tra ten khach o cong tiec (Tra Vinh)",
        "Tiec cuoi o Tra Vinh co gan 50 ban, khach den khong biet ngoi dau, nguoi ngoi nguoi dung. Muon co ung dung nhap "
        "danh sach khach, xep ban, nguoi don khach go ten la biet ban so may va dem duoc so khach thuc den.",
        {"mOo090": 2, "mOo086": 2, "mOo089": 1, "mOo085": 1},
    ),
    (
        "mOn54",
        "en",
        "inv_autotrade",
        "Stop double-booking our chairs and tents (rental cooperative in Tiểu Cần)",
        "Our cooperative in Tiểu Cần rents out tents, tables and chairs. Bookings come by phone, text and a paper notebook, "
        "and twice this season the same tent was promised to two families because nobody counted the days it was out for "
        "set-up and cleaning. We need software that blocks conflicts.",
        {"mOo091": 2, "mOo092": 2, "mOo093": 2, "mOo149": 2, "mOo095": 2, "mOo094": 1},
    ),
    (
        "mOn55",
        "vi",
        "inv_evntpro",
        "Đơn vị âm thanh ánh sáng ở Vĩnh Long bị nhận trùng dàn loa cho hai tiệc",
        "Công ty âm thanh ánh sáng nhỏ ở Vĩnh Long quản lý thiết bị bằng bảng tính; mùa cưới đã hai lần hứa cùng một dàn loa "
        "cho hai tiệc cùng tối, phải đi thuê gấp giá cao. Cần phần mềm gắn từng báo giá với thiết bị thật và cảnh báo trùng.",
        {"mOo094": 2, "mOo091": 2, "mOo149": 2, "mOo092": 1, "mOo095": 1, "mOo093": 1},
    ),
    (
        "mOn56",
        "en",
        "inv_apex",
        "Online deposits and holds for a party rental shop in Trà Vinh",
        "Our party rental shop in Trà Vinh keeps tents, chairs and linens in stock. Customers ask for quotes by chat, then "
        "disappear or come back after the items are gone. We want a booking system that holds items briefly while they "
        "decide, takes an online deposit to confirm and handles changes and refunds.",
        {"mOo092": 2, "mOo095": 2, "mOo091": 1, "mOo149": 1, "mOo093": 1},
    ),
    (
        "mOn57",
        "vi",
        "thiep_guide",
        "In thiệp vu quy và tân hôn cho hai họ ở Cầu Ngang",
        "Đám cưới ở Cầu Ngang, nhà gái đãi tiệc vu quy, nhà trai đãi tân hôn, theo lệ miền Nam phải gửi thiệp trước ít nhất "
        "hai tuần. Cần nơi in hai loại thiệp đúng nội dung, bố cục tên cha mẹ hai bên, giao kịp.",
        {"mOo096": 2, "mOo142": 2, "mOo097": 1, "mOo089": 1},
    ),
    (
        "mOn58",
        "en",
        "thiep_17b",
        "Wording Vietnamese wedding cards correctly for Catholic families in Trà Vinh",
        "A Catholic family in Trà Vinh wants the wedding cards worded properly: saint names before the parents' names, the "
        "right titles for eldest or youngest children, and polite phrasing for elderly guests. We need someone to draft "
        "the text.",
        {"mOo097": 2, "mOo096": 1, "mOo142": 1},
    ),
    # --- catering, tables, linens ------------------------------------------------------------
    (
        "mOn59",
        "vi",
        "food_bacgiang",
        "Phòng ngộ độc thực phẩm khi thuê nấu cỗ cưới 600 khách ở Trà Cú",
        "Gia đình ở Trà Cú đãi khoảng 600 khách, thuê người nấu trọn gói. Thấy nhiều vụ ăn cỗ cưới xong hàng chục người nhập "
        "viện nên lo. Cần người hướng dẫn đội nấu giữ thức ăn đúng nhiệt độ, kiểm tra trong lúc dọn tiệc và quy trình an toàn.",
        {"mOo146": 2, "mOo104": 2, "mOo106": 2, "mOo108": 1, "mOo145": 1, "mOo107": 1, "mOo103": 1},
    ),
    (
        "mOn60",
        "en",
        "food_quangninh",
        "Food-safety training for a village banquet cook team in Cầu Kè",
        "Our team of village cooks in Cầu Kè caters weddings of 300-400 guests at home. After reports of guests falling "
        "ill from wedding food elsewhere, the commune asks us to show proper food handling. We want training on holding "
        "temperatures and checking food during service.",
        {"mOo104": 2, "mOo146": 2, "mOo106": 2, "mOo108": 1, "mOo145": 1},
    ),
    (
        "mOn61",
        "en",
        "chafing_restsource",
        "Keeping buffet food hot through a three-hour outdoor reception (Long Hồ)",
        "A stand-up buffet reception in a garden in Long Hồ runs about three hours. We need chafing dishes with fuel or "
        "electric heating that keep food hot the whole time, delivered and collected.",
        {"mOo103": 2, "mOo105": 2, "mOo107": 2, "mOo104": 1, "mOo146": 1, "mOo106": 1, "mOo109": 1},
    ),
    (
        "mOn62",
        "vi",
        "diy_wedding_home",
        "Thuê đội nấu tiệc lưu động cho 10–30 mâm ở quê Cầu Ngang",
        "Vợ chồng tôi tự tổ chức đám cưới tại nhà ở Cầu Ngang cho tiết kiệm, khoảng 10 đến 30 mâm tùy ngày. Cần đội nấu tiệc "
        "lưu động nhận thực đơn, nấu và chở mâm tới tận nhà đúng giờ.",
        {"mOo108": 2, "mOo145": 2, "mOo146": 1},
    ),
    (
        "mOn63",
        "en",
        "linen_talkmusic",
        "Table linens for 40 tables, delivered pressed, for a Vĩnh Long town reception",
        "For a 40-table reception in Vĩnh Long town we want to rent tablecloths, napkins and table skirts in one colour, "
        "delivered ironed and in good condition, and collected afterwards without us washing anything.",
        {"mOo110": 2, "mOo113": 2, "mOo117": 2, "mOo111": 1, "mOo115": 1},
    ),
    (
        "mOn64",
        "en",
        "linen_talkmusic",
        "Renting tablecloths: who washes them and what about wax stains? (Trà Vinh hotel event)",
        "A hotel in Trà Vinh hosting a candle-lit wedding wants to rent linens but needs clear rules first: whether staff "
        "must wash them, how to return them, and what is charged for wax, burns or missing pieces.",
        {"mOo110": 2, "mOo111": 2, "mOo115": 1, "mOo113": 1, "mOo117": 1},
    ),
    (
        "mOn65",
        "en",
        "linen_rentaldepot",
        "Laundry partner for a tablecloth rental fleet in Trà Vinh",
        "Our party rental business in Trà Vinh owns several hundred tablecloths and napkins. Washing them ourselves leaves "
        "stains and creases. We want a laundry that handles event linens by fabric type and deals with wax and damage.",
        {"mOo115": 2, "mOo110": 1},
    ),
    (
        "mOn66",
        "vi",
        "linen_rentaldepot",
        "Thay ghế tiệc gỗ sơn trắng bằng loại dễ vệ sinh (cho thuê đồ tiệc ở Trà Ôn)",
        "Cơ sở cho thuê đồ tiệc ở Trà Ôn có vài trăm ghế gỗ sơn trắng, sau mỗi mùa mưa bùn đất bám, phải sơn lại liên tục. "
        "Muốn chuyển sang loại ghế chỉ cần lau, biết giá thuê có bù được tiền đầu tư không.",
        {"mOo114": 2, "mOo112": 2, "mOo113": 1, "mOo117": 1},
    ),
    (
        "mOn67",
        "en",
        "rental_familyvideo",
        "Starting a small party rental business in Càng Long",
        "A young couple in Càng Long wants to start renting tables, chairs, tents and linens to families for weddings and "
        "death anniversaries. They need a partner or model for stocking, cleaning between events, storage and on-time "
        "delivery.",
        {"mOo113": 2, "mOo117": 2, "mOo093": 1, "mOo091": 1, "mOo112": 1, "mOo114": 1, "mOo111": 1},
    ),
    # --- decoration and flowers --------------------------------------------------------------
    (
        "mOn68",
        "vi",
        "cong_giaycuoi",
        "Thuê thợ kết cổng cưới lá dừa cho đám cưới ở Tam Bình",
        "Đám cưới ở Tam Bình, cô dâu muốn cổng cưới lá dừa như ngày xưa thay vì cổng hoa sắt thuê sẵn, nhưng xóm giờ ít người "
        "biết kết. Cần nhóm thợ nhận kết cổng bằng lá dừa nước, bông, cây chuối, làm kịp trước ngày nhóm họ.",
        {"mOo118": 2, "mOo119": 2, "mOo120": 2, "mOo122": 2, "mOo121": 1},
    ),
    (
        "mOn69",
        "en",
        "cong_vietnamvn",
        "Someone who can weave dragon-and-phoenix motifs from coconut leaves (Châu Thành, Trà Vinh)",
        "A family in Châu Thành wants to build their own coconut-leaf gate for a cousin's wedding, as relatives did in the "
        "past, but nobody can weave the dragon and phoenix figures that make the gate special. We need a skilled weaver.",
        {"mOo120": 2, "mOo122": 2, "mOo118": 1, "mOo119": 1},
    ),
    (
        "mOn70",
        "vi",
        "rural_cost",
        "Học nghề kết cổng cưới lá dừa để làm dịch vụ ở Cầu Kè",
        "Đoàn thanh niên xã ở Cầu Kè thấy nhiều cặp đôi muốn đám cưới quê dùng cổng lá dừa cây nhà lá vườn, muốn mở lớp học "
        "nghề kết cổng cho thanh niên để làm dịch vụ. Cần nghệ nhân truyền nghề.",
        {"mOo121": 2, "mOo119": 1, "mOo120": 1, "mOo118": 1, "mOo122": 1},
    ),
    (
        "mOn71",
        "vi",
        "flowers_marry",
        "Hoa tươi trang trí tiệc ngoài trời héo nhanh vì nắng nóng (Trà Vinh)",
        "Tiệm hoa cưới ở Trà Vinh nhận trang trí tiệc ngoài trời, khí hậu nóng ẩm quanh năm, hoa bàn tiệc và cổng hoa mới nửa "
        "buổi đã rũ. Cần kỹ thuật xử lý, cắm hoa để tươi lâu hơn trong suốt buổi tiệc.",
        {"mOo127": 2, "mOo126": 2, "mOo156": 2, "mOo128": 1, "mOo134": 1, "mOo131": 1, "mOo130": 1, "mOo137": 1},
    ),
    (
        "mOn72",
        "en",
        "flower_sinhvatcanh",
        "Reusable artificial flower sets for a wedding decor rental business in Trà Vinh",
        "Our decor business in Trà Vinh loses money on fresh flowers that wilt or crush on the way to village weddings. We "
        "want good-looking silk arrangements we can rent out again and again, and advice on storing them.",
        {"mOo131": 2, "mOo134": 2, "mOo130": 2, "mOo132": 1, "mOo133": 1},
    ),
    (
        "mOn73",
        "vi",
        "flower_restaurant",
        "Can lam hoa giay trang tri sanh tiec thay hoa tuoi (nha hang o Tra On)",
        "Nha hang tiec cuoi o Tra On ton nhieu tien hoa tuoi moi tuan ma hoa mau heo. Muon co nhom lam hoa giay dep de trang "
        "tri sanh va ban tiec, dung duoc lau.",
        {"mOo133": 2, "mOo134": 1, "mOo131": 1},
    ),
    (
        "mOn74",
        "en",
        "flower_restaurant",
        "Paper flower decor for a budget hall reception in Trà Vinh",
        "A couple in Trà Vinh is holding the reception in a modest community hall and wants it to look lavish without "
        "paying for fresh flowers that wilt. They are looking for handmade paper flowers for the stage and tables.",
        {"mOo133": 2, "mOo131": 1, "mOo134": 1, "mOo130": 1},
    ),
    (
        "mOn75",
        "en",
        "flower_sinhvatcanh",
        "Seasonal local flowers for a rustic wedding in Cầu Kè",
        "A couple in Cầu Kè wants a rustic wedding decorated with flowers in season and grown in the Mekong Delta - "
        "bougainvillea, gladiolus and the like - because they look fresher and cost less than imported blooms, arranged "
        "naturally so they move in the breeze.",
        {"mOo128": 2, "mOo137": 2, "mOo129": 1, "mOo126": 1},
    ),
]
