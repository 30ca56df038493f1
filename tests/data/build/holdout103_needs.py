"""Needs of the holdout103 set, posted by pagodas, parishes, cooperatives, firms and households in the province.

Needs written from a page about another place are set in Tra Vinh / Vinh Long (listed in make_holdout103.py).
"""

NEEDS = [
    (
        "mAn01",
        "vi",
        "chroi",
        "Chùa cổ ở Trà Cú cần diệt mối cột gỗ chánh điện mà không phun nhiều thuốc",
        "Chùa chúng tôi ở xã Kim Sơn, huyện Trà Cú, lập từ năm 1847, chánh điện gỗ đã qua nhiều lần trùng tu. Trong "
        "khuôn viên có nhiều cây sao, dầu, thốt nốt cổ thụ và gần đây thấy đường mối đất bò lên chân cột. Ban quản trị "
        "cần đơn vị diệt tận gốc tổ mối, hạn chế phun hóa chất vì sư sãi và học sinh sinh hoạt hằng ngày trong chùa.",
        {"mAo001": 2, "mAo002": 2, "mAo004": 2, "mAo005": 2, "mAo010": 2, "mAo003": 1, "mAo006": 1, "mAo011": 1},
    ),
    (
        "mAn02",
        "en",
        "ang_vnn",
        "Long-term termite monitoring around a thousand-year-old pagoda hall in Tra Vinh",
        "Our pagoda in Ward 8, Tra Vinh City, dates from 990 and was rebuilt in 1842 with precious wood; twelve "
        "gilded wooden pillars carry the main hall roof. We want a permanent system around the hall that detects "
        "subterranean termites early and deals with colonies with as little chemical as possible.",
        {"mAo005": 2, "mAo010": 2, "mAo006": 2, "mAo002": 2, "mAo001": 2, "mAo003": 1, "mAo011": 1},
    ),
    (
        "mAn03",
        "vi",
        "tpo_arch",
        "Phòng mối ngay từ khi làm móng nhà hội (sala) mới bằng gỗ ở Cầu Ngang",
        "Chùa chúng tôi ở huyện Cầu Ngang chuẩn bị xây nhà hội (sala) mới, cột và vách bằng gỗ, cạnh ao và bờ tre. "
        "Muốn xử lý nền đất và móng để mối không vào được ngay từ đầu thay vì chờ bị hại mới diệt. Cần đơn vị tư vấn "
        "thuốc, cách làm và thi công.",
        {"mAo003": 2, "mAo008": 2, "mAo007": 2, "mAo012": 1, "mAo005": 1},
    ),
    (
        "mAn04",
        "en",
        "kq_experts",
        "Insect-proof replacement timber for restoring a Khmer pagoda",
        "Our pagoda committee in Cau Ke is replacing rotten beams and "
        "carved boards, but the rare wood of the original is no longer available and the substitute timber we can "
        "buy is untreated. We need the new wood treated so termites and borers do not destroy it within a few "
        "years.",
        {"mAo012": 2, "mAo018": 1, "mAo011": 1},
    ),
    (
        "mAn05",
        "vi",
        "kienthuc_hang",
        "Cot go chanh dien bi moi an rong ruot can kiem tra truoc khi sap",
        "Chua o thi tran Chau Thanh, chanh dien xay tren nen cao 3 m, cot go lon. Go vao cot nghe tieng bop, nghi "
        "moi an rong ben trong tu chan cot len. Can don vi kiem tra cot nao con chiu luc, tim to moi va xu ly, "
        "tu van cach gia co cho an toan khi dong phat tu ve chua.",
        {"mAo004": 2, "mAo011": 2, "mAo001": 1, "mAo013": 1, "mAo014": 1},
    ),
    (
        "mAn06",
        "en",
        "ongmet",
        "Repair of decayed gilded posts and a carved screen in a wooden pagoda library",
        "Our pagoda in Ward 1, Tra Vinh City, has a wooden library built like a stilt house over 100 years ago; its "
        "posts are painted gold and carved, and a unique carved wooden screen stands in the middle bay. Some post "
        "bases and screen panels have decayed. We need a repair that keeps as much original wood and gilding as "
        "possible.",
        {"mAo013": 2, "mAo014": 2, "mAo019": 2, "mAo015": 2, "mAo018": 1, "mAo016": 1},
    ),
    (
        "mAn07",
        "vi",
        "tpo_arch",
        "Phục hồi lớp sơn son thếp vàng bị bong trên cột và tượng gỗ",
        "Chùa ở xã Đại An, Trà Cú có chánh điện với cột gỗ vẽ rồng thếp vàng và nhiều tượng gỗ. Lớp sơn son và vàng "
        "lá bong tróc, đen xỉn sau nhiều mùa mưa. Ban quản trị cần nghệ nhân phục hồi đúng kỹ thuật truyền thống, "
        "không sơn phủ công nghiệp làm mất vẻ cổ.",
        {"mAo015": 2, "mAo016": 2, "mAo018": 1},
    ),
    (
        "mAn08",
        "en",
        "kq_experts",
        "Bracing an old wooden pagoda hall before the storm season in Duyen Hai",
        "Our coastal pagoda in Duyen Hai stands on soft, "
        "low land and its wooden hall already leans. Before the storm season we need temporary bracing that "
        "protects the structure without nailing into or marking the old timber.",
        {"mAo020": 2, "mAo018": 1},
    ),
    (
        "mAn09",
        "vi",
        "chroi",
        "Thay kèo gỗ mục mà vẫn giữ nguyên kiểu dáng chánh điện",
        "Chánh điện chùa ở Trà Cú có vài cây kèo, đòn tay mục do dột lâu năm. Ban quản trị muốn thay hoặc nối phần hư "
        "mà vẫn giữ nguyên hình dáng, hoa văn và càng nhiều gỗ cũ càng tốt; cần đơn vị tư vấn phương án tu bổ đúng "
        "quy định di tích.",
        {"mAo018": 2, "mAo014": 2, "mAo013": 1, "mAo012": 1, "mAo019": 1},
    ),
    (
        "mAn10",
        "en",
        "reachbo",
        "Conservation of flaking Buddha-life murals in a pagoda main hall",
        "The walls of our vihara in Cang Long, Tra Vinh, carry about 150 old "
        "paintings of the life of the Buddha and the Reamker. Paint is flaking, colours are fading and some "
        "plaster sounds hollow. We need conservators who can stabilise and clean them without repainting.",
        {"mAo024": 2, "mAo025": 2, "mAo031": 2, "mAo028": 2, "mAo026": 1, "mAo027": 1, "mAo030": 1},
    ),
    (
        "mAn11",
        "vi",
        "tpo_arch",
        "Giữ tranh tường chánh điện khi sửa mái dột",
        "Mái chánh điện chùa ở Trà Vinh dột nhiều năm, nước chảy xuống làm tranh tường loang ố, ẩm mốc. Chùa cần sửa "
        "mái nhưng sợ hạ giải làm hỏng tranh. Cần chuyên gia khảo sát và lập phương án vừa chống dột vừa giữ nguyên "
        "tranh.",
        {"mAo029": 2, "mAo028": 2, "mAo030": 2, "mAo026": 1, "mAo024": 1},
    ),
    (
        "mAn12",
        "vi",
        "chroi",
        "Can phan tich mau son cu tren tranh tuong chua de pha mau phuc hoi",
        "Chua o Tra Cu muon phuc hoi mot so mang tranh tuong bi mat mau. Tho ve dia phuong khong biet son cu la loai "
        "gi, pha mau moi bi lech. Can noi lay mau phan tich bot mau, chat ket dinh va lop vua de chon vat lieu "
        "tuong thich.",
        {"mAo027": 2, "mAo028": 1, "mAo026": 1},
    ),
    (
        "mAn13",
        "en",
        "kq_experts",
        "Measuring moisture behind murals before restoring a pagoda in Tra Vinh",
        "Floods and the high water table keep our pagoda "
        "walls damp, and the murals on them are deteriorating. Before we touch the paintings we want the walls and "
        "the indoor climate surveyed so the cause of damp is understood and controlled.",
        {"mAo026": 2, "mAo030": 2, "mAo027": 1, "mAo029": 1},
    ),
    (
        "mAn14",
        "vi",
        "tpo_arch",
        "Tường gạch chánh điện ở Châu Thành thấm ẩm chân tường, bong vôi",
        "Chánh điện chùa ở huyện Châu Thành xây gạch trát vữa vôi. Chân tường ẩm cao gần 1 m, vôi bong, nổi muối trắng "
        "và rêu. Cần giải pháp chặn ẩm từ nền lên, phù hợp với tường cũ, không làm đổi hình thức công trình.",
        {"mAo039": 2, "mAo033": 2, "mAo034": 2, "mAo035": 2, "mAo036": 2, "mAo038": 2, "mAo037": 1, "mAo040": 1},
    ),
    (
        "mAn15",
        "en",
        "tv_tour",
        "Removing black algae and moss from gilded stupas in a pagoda yard",
        "Our pagoda in Tra Vinh has a row of 3 m gilded stupas holding the remains of former monks. The bases and "
        "shaded sides are now black with algae and moss, and some gilding is lifting. We need a safe way to clean "
        "them and slow regrowth.",
        {"mAo043": 2, "mAo044": 2, "mAo045": 2, "mAo046": 1, "mAo042": 1},
    ),
    (
        "mAn16",
        "vi",
        "kienthuc_hang",
        "Thap cot trong chua bi reu den va tham nuoc, can chat phu khong doi mau",
        "Chua o Chau Thanh co nhieu thap cot xay gach trat vua, mua mua tham nuoc, reu den bam day. Muon tim lop "
        "phu trong suot chong tham ma van de tuong tho, khong bong, khong doi mau thap.",
        {"mAo042": 2, "mAo044": 1, "mAo036": 1},
    ),
    (
        "mAn17",
        "en",
        "tv_tour",
        "Rising damp in the brick walls of a colonial-era church in Tra Vinh",
        "Our church in Tra Vinh City has a colonial facade with Khmer-style dragon-flame eaves. The lower walls "
        "inside show a tide mark and white salts, and the plaster is crumbling. We need a proven damp-proof "
        "treatment for old solid brick walls.",
        {"mAo033": 2, "mAo034": 2, "mAo035": 2, "mAo036": 2, "mAo037": 2, "mAo038": 2, "mAo039": 2},
    ),
    (
        "mAn18",
        "vi",
        "hoatang_tv22",
        "Chùa ở Trà Cú cần lò hỏa táng kín thay cho hỏa táng ngoài trời bằng củi",
        "Đồng bào Khmer trong phum sóc vẫn hỏa táng người mất ngoài trời bằng củi sau chùa, khói và mùi ảnh hưởng nhà "
        "dân gần đó. Chùa được hỗ trợ một phần vốn, cần đơn vị thiết kế và lắp lò hỏa táng kín, có xử lý khói, phù "
        "hợp nghi lễ Phật giáo Nam tông.",
        {"mAo058": 2, "mAo047": 2, "mAo049": 2, "mAo055": 2, "mAo054": 1, "mAo048": 1},
    ),
    (
        "mAn19",
        "en",
        "hoatang_tv11",
        "Existing pagoda crematorium in Cau Ke gives off smoke and odour",
        "Our pagoda crematorium, built with provincial support for the Khmer community, sends black smoke and a "
        "smell over nearby houses during cremations. We need an expert to check the combustion and after-chamber, "
        "retrain our operators and fix the exhaust.",
        {"mAo053": 2, "mAo057": 2, "mAo048": 2, "mAo056": 1, "mAo051": 1},
    ),
    (
        "mAn20",
        "vi",
        "khmer_hoathieu",
        "Đài hỏa táng cần đo khí thải và lập báo cáo môi trường định kỳ",
        "Đài hỏa táng phục vụ người Khmer ở Trà Vinh được yêu cầu quan trắc khí thải và nộp báo cáo bảo vệ môi trường "
        "hằng năm. Ban quản lý chưa có chuyên môn, cần đơn vị đo đạc ống khói và lập hồ sơ.",
        {"mAo050": 2, "mAo056": 2, "mAo049": 1},
    ),
    (
        "mAn21",
        "en",
        "hoatang_st",
        "Mercury from dental fillings at a crematorium in Vinh Long",
        "As cremation spreads, our crematorium in Vinh Long "
        "expects more bodies with amalgam fillings and neighbours worry about mercury. We want to know what "
        "filtration can be added to the existing cremators and at what cost.",
        {"mAo051": 2, "mAo052": 2, "mAo062": 1, "mAo049": 1},
    ),
    (
        "mAn22",
        "vi",
        "hoatang_cm2",
        "Lo hoa tang chay gas ton nhien lieu, can giai phap tiet kiem",
        "Nha hoa tang trong khuon vien chua o Tieu Can dot gas, moi ca ton nhieu binh gas, hoi nong thoat ra ong "
        "khoi rat lon. Can giai phap cai tao lo hoac tan dung nhiet de giam chi phi nhien lieu ma van dam bao khoi "
        "sach.",
        {"mAo048": 2, "mAo054": 2, "mAo053": 1},
    ),
    (
        "mAn23",
        "vi",
        "nd_nghiatrang",
        "Xã ở Càng Long cần quy hoạch nghĩa trang nhân dân đạt tiêu chí nông thôn mới",
        "Xã chúng tôi ở huyện Càng Long còn mộ rải rác trong vườn, sát giếng nước. Để đạt tiêu chí nông thôn mới, xã "
        "cần lập quy hoạch nghĩa trang nhân dân tập trung và quy chế quản lý, tránh ô nhiễm nguồn nước.",
        {"mAo069": 2, "mAo063": 2, "mAo070": 1, "mAo078": 1},
    ),
    (
        "mAn24",
        "en",
        "gw_who",
        "Testing whether old family graves pollute household wells in Tieu Can",
        "In our hamlet in Tieu Can families bury relatives in "
        "the garden and drink water from shallow wells a few metres away. The cooperative wants the groundwater "
        "tested and advice on where new graves can safely go.",
        {"mAo070": 2, "mAo071": 2, "mAo072": 1},
    ),
    (
        "mAn25",
        "en",
        "angtang_baomoi",
        "Opening a green burial and memorial-tree area in Vinh Long",
        "Our service cooperative in Long Ho, Vinh Long, has land by the river and "
        "wants to offer families a green burial ground - no concrete vault, natural coffins or shrouds, a tree "
        "instead of a tomb - because cemetery land is scarce and costly.",
        {"mAo066": 2, "mAo067": 2, "mAo068": 2, "mAo063": 2, "mAo064": 1, "mAo065": 1},
    ),
    (
        "mAn26",
        "vi",
        "vov_khmer",
        "Chùa muốn xây tháp lưu tro cốt và quản lý ô chứa cho phật tử",
        "Người Khmer sau hỏa táng thường gửi tro cốt vào chùa. Chùa ở Trà Vinh muốn xây tháp lưu tro cốt nhiều tầng, "
        "nhiều ô, và cần cách quản lý ô nào đã có người, của gia đình nào, hợp đồng đến khi nào.",
        {"mAo081": 2, "mAo082": 2, "mAo083": 1, "mAo084": 1, "mAo073": 1},
    ),
    (
        "mAn27",
        "vi",
        "nt_hue",
        "Nghia trang xa khong co so do, nguoi nha tim mo rat kho",
        "Nghia trang nhan dan cua xa o Cau Ke co hang ngan mo, so sach giay da mat nhieu, nguoi o xa ve tim mo "
        "khong duoc. Can don vi do dac, so hoa ban do mo, co phan mem tra cuu ten nguoi mat va vi tri mo.",
        {"mAo074": 2, "mAo073": 2, "mAo078": 2, "mAo075": 2, "mAo076": 2, "mAo077": 1, "mAo079": 1},
    ),
    (
        "mAn28",
        "en",
        "church_tv",
        "Online grave search for a parish cemetery in Tra Vinh City",
        "Our parish in Tra Vinh City has about 3,500 faithful and many relatives living abroad who ask where their "
        "family graves are. We would like an online map of the parish cemetery where people can search by name "
        "and see the plot.",
        {"mAo075": 2, "mAo076": 2, "mAo077": 1, "mAo073": 1, "mAo074": 1},
    ),
    (
        "mAn29",
        "en",
        "hoatang_cm",
        "Biodegradable urns for scattering ashes on the Co Chien river",
        "More families choose cremation and some want to release "
        "the ashes in the Co Chien river after the rites. Our funeral shop wants urns that dissolve in water and "
        "do not leave plastic or ceramic waste.",
        {"mAo085": 2, "mAo065": 1, "mAo066": 1},
    ),
    (
        "mAn30",
        "vi",
        "khmer_ruong",
        "Cần tủ lạnh bảo quản thi hài khi chờ người thân ở xa về",
        "Ở ấp chúng tôi tại Trà Cú nhiều con cháu làm ăn xa, "
        "tang lễ phải chờ vài ngày, trời nóng. Nhà văn hóa ấp cạnh chùa muốn có tủ hoặc phòng lạnh bảo quản thi hài "
        "cho bà con dùng chung.",
        {"mAo086": 2, "mAo087": 2, "mAo088": 2},
    ),
    (
        "mAn31",
        "en",
        "vov_khmer",
        "Affordable package funeral services coordinated with the pagoda",
        "Our Khmer family association in Chau Thanh wants a funeral provider that handles the coffin, transport, "
        "tent and chairs and works with the monks for the rites, at a clear price, so poor families are not "
        "overwhelmed.",
        {"mAo089": 2, "mAo090": 1, "mAo091": 1, "mAo058": 1},
    ),
    (
        "mAn32",
        "vi",
        "inc_chemical",
        "Cơ sở làm nhang ở Tiểu Cần muốn chuyển sang nhang sạch không hóa chất",
        "Cơ sở chúng tôi đang trộn bột cưa với keo và "
        "hóa chất tạo mùi, khách than khói cay, ho. Muốn chuyển sang nhang sạch từ nguyên liệu tự nhiên, cần công thức "
        "và quy trình.",
        {"mAo093": 2, "mAo094": 2, "mAo095": 2, "mAo101": 1, "mAo102": 1},
    ),
    (
        "mAn33",
        "en",
        "inc_qpc",
        "Affordable machine for a women's incense group in Tra Cu",
        "Twelve women in our group roll "
        "incense by hand for the pagodas and the Tet market. Output is low and backs ache. We need a simple, "
        "cheap machine that coats the sticks faster.",
        {"mAo099": 2, "mAo100": 2, "mAo095": 1, "mAo103": 1},
    ),
    (
        "mAn34",
        "vi",
        "inc_giant",
        "Cần công thức keo kết dính để nhang không gãy, cháy đều, không tắt",
        "Cơ sở nhỏ của chúng tôi ở Trà Ôn làm nhang cho chùa nhưng cây "
        "nhang hay gãy khi phơi, thắp lên thì tắt giữa chừng. Cần hướng dẫn tỷ lệ keo, độ mịn bột và độ ẩm.",
        {"mAo093": 2, "mAo101": 2, "mAo102": 1, "mAo095": 1, "mAo103": 1},
    ),
    (
        "mAn35",
        "en",
        "inc_pm_cm",
        "Smoky main hall during festivals: measure incense smoke and choose cleaner incense",
        "During Chol Chnam Thmay our main hall in Tra Vinh City fills with "
        "incense smoke and elderly visitors cough. We want the fine dust measured and advice on lower-smoke "
        "incense and ventilation.",
        {"mAo104": 2, "mAo105": 2, "mAo106": 2, "mAo107": 2, "mAo094": 1},
    ),
    (
        "mAn36",
        "vi",
        "candle_jala",
        "HTX nuôi ong ở Cầu Ngang muốn làm nến sáp ong cúng chùa",
        "Hợp tác xã nuôi ong của chúng tôi ở Cầu Ngang có sáp ong dư sau mỗi mùa lấy mật. Muốn làm nến sáp ong bán "
        "cho các chùa trong huyện, cần hướng dẫn nấu sáp, làm bấc, đổ khuôn.",
        {"mAo108": 2, "mAo109": 1},
    ),
    (
        "mAn37",
        "en",
        "okombok_cema",
        "Very long incense that burns through the whole festival night",
        "For the moon ceremony at the full moon of the tenth lunar month our pagoda near Ao Ba Om keeps incense "
        "burning in front of the altar all night. We want large incense sticks that burn many hours without "
        "constant replacing.",
        {"mAo098": 2},
    ),
    (
        "mAn38",
        "vi",
        "tpo_arch",
        "Chùa cần hệ thống âm thanh tụng kinh nghe rõ trong chánh điện",
        "Chánh điện chùa ở Trà Cú cao, nhiều cột, khi tụng kinh và thuyết pháp bằng loa cũ thì vang, phía sau nghe "
        "không rõ, micro hay rè. Cần đơn vị thiết kế và lắp hệ thống âm thanh phù hợp không gian chùa.",
        {"mAo111": 2, "mAo112": 2, "mAo113": 1, "mAo114": 1},
    ),
    (
        "mAn39",
        "en",
        "okombok_la",
        "Stage lighting, sound and power for a week of Ok Om Bok events at Ao Ba Om",
        "The festival runs seven days with 17 activities, eight of them at the Ao Ba Om culture and tourism area, "
        "plus a 300-booth fair. The organising company needs rented outdoor stage lighting, sound and power "
        "distribution for the main stage and the night programmes.",
        {"mAo119": 2, "mAo120": 2, "mAo121": 2, "mAo115": 1},
    ),
    (
        "mAn40",
        "vi",
        "okombok_btt",
        "Chieu sang mat tien va thap chua cho le hoi ban dem ma khong khoan tuong co",
        "Chua o Tra Vinh muon chieu sang mat tien chanh dien va bao thap de don khach dip le hoi ban dem. Tuong va "
        "phu dieu da cu, khong muon khoan duc hay keo day lo thien. Can giai phap den an, gon, ton hoa van.",
        {"mAo127": 2, "mAo126": 2, "mAo122": 1, "mAo125": 1, "mAo128": 1},
    ),
    (
        "mAn41",
        "en",
        "church_tv",
        "Warm lighting for the altar of a parish church without harming the ceiling",
        "Our church at 20 Le Loi, Tra Vinh City, has old lamps that leave the altar and statues dim. We want "
        "solemn, warm lighting that highlights the altar and windows, fixed without damaging the old ceiling.",
        {"mAo131": 2, "mAo123": 2, "mAo128": 1, "mAo126": 1, "mAo124": 1},
    ),
    (
        "mAn42",
        "vi",
        "church_vinhxuan",
        "Nhà thờ gỗ ở Trà Ôn cần âm thanh nghe rõ lời giảng",
        "Nhà thờ giáo xứ ở huyện Trà Ôn dài 24 m, rộng 9 m, khung gỗ căm xe, mái ngói. Giáo dân ngồi cuối nhà thờ "
        "không nghe rõ lời giảng vì tiếng vang. Cần thiết kế loa cho rõ tiếng nói.",
        {"mAo114": 2, "mAo112": 1, "mAo111": 1},
    ),
    (
        "mAn43",
        "en",
        "tpo_arch",
        "Fire detection and suppression for a wooden pagoda hall with murals",
        "Our main hall in Tra Cu has a wooden frame, carved and painted, and walls covered with murals; candles "
        "and incense burn every day. We want early fire detection and a suppression system that will not "
        "ruin the murals with water.",
        {"mAo133": 2, "mAo134": 2, "mAo135": 2, "mAo132": 1},
    ),
    (
        "mAn44",
        "vi",
        "kienthuc_hang",
        "Tháp chùa cao bị sét đánh hỏng loa, cần thi công chống sét",
        "Chùa ở Châu Thành có cổng và tháp cao giữa đồng trống, mùa mưa bị sét đánh hai lần làm hỏng amply, loa và "
        "camera. Cần đơn vị khảo sát và lắp hệ thống chống sét cho cả công trình và thiết bị điện.",
        {"mAo132": 2, "mAo128": 1},
    ),
    (
        "mAn45",
        "en",
        "ngo_race",
        "Public address along the river bank for the Ngo boat race",
        "For the two-day Ngo boat race on the Long Binh river, we need announcements and commentary in "
        "Vietnamese and Khmer to carry along the bank to thousands of spectators, with power and radio links "
        "between the start, finish and stage.",
        {"mAo120": 2, "mAo115": 2, "mAo121": 1},
    ),
    (
        "mAn46",
        "vi",
        "palm_kyson",
        "Chùa có nhiều kinh lá buông cần số hóa và lập danh mục",
        "Chùa ở xã Ngãi Tứ, Vĩnh Long còn nhiều bộ kinh lá buông chữ Khmer cổ và Pali, nay rất ít người đọc được. "
        "Ban quản trị muốn chụp quét toàn bộ, lập danh mục để lưu giữ và cho các nhà nghiên cứu tra cứu.",
        {"mAo137": 2, "mAo139": 2, "mAo140": 2, "mAo142": 1, "mAo138": 1},
    ),
    (
        "mAn47",
        "en",
        "palm_angiang",
        "Brittle, insect-damaged palm-leaf books need conservation before scanning",
        "Our pagoda's palm-leaf books in Tieu Can are brittle, some "
        "leaves are cracked or eaten by insects and the cords have broken. Before any scanning we need them "
        "stabilised and protected.",
        {"mAo138": 2, "mAo141": 1, "mAo142": 1},
    ),
    (
        "mAn48",
        "vi",
        "palm_vhpg",
        "Muốn học làm lá buông và khắc chữ để chép lại kinh bị hư",
        "Một số quyển kinh lá buông của chùa ở Trà Vinh đã mục, mất lá. Các sư trẻ muốn học cách chọn, xử lý lá "
        "buông và khắc chữ để chép lại những quyển bị hư theo cách truyền thống.",
        {"mAo143": 2, "mAo141": 1},
    ),
    (
        "mAn49",
        "en",
        "church_tv",
        "Digitising a parish's fading baptism and marriage registers",
        "Our parish in Tra Vinh City keeps registers going back to the early 1900s, when the first church was "
        "completed in 1909. Ink is fading and bindings are breaking, and people keep asking for certificates. We "
        "want the books scanned, indexed and the originals properly stored.",
        {"mAo152": 2, "mAo153": 2, "mAo154": 2, "mAo155": 1},
    ),
    (
        "mAn50",
        "vi",
        "ang_vnn",
        "Lưu hồ sơ 3D chánh điện chùa cổ trước khi trùng tu",
        "Chánh điện chùa ở phường 8, TP Trà Vinh có mái gỗ ba cấp, 12 cột gỗ quý và tranh tường kín vách. Trước khi "
        "trùng tu, ban quản trị muốn quét 3D toàn bộ hiện trạng để đối chiếu khi lắp lại và lưu trữ lâu dài.",
        {"mAo145": 2, "mAo146": 2, "mAo149": 2, "mAo151": 2, "mAo150": 1, "mAo148": 1},
    ),
    (
        "mAn51",
        "en",
        "khmer_museum",
        "3D models of donated artefacts for an online Khmer museum",
        "The Khmer culture museum in Tra Vinh received 278 artefacts from collectors and families in 2023. We want "
        "3D models of costumes, instruments and ritual objects that load quickly on phones for an online "
        "exhibition.",
        {"mAo147": 2, "mAo150": 2, "mAo145": 1, "mAo149": 1},
    ),
    (
        "mAn52",
        "en",
        "tpo_arch",
        "Low-budget 3D documentation of the province's Khmer pagodas",
        "The province has nearly 150 Khmer pagodas, many centuries old, and few have measured drawings. A cultural "
        "association wants a cheap method, with phones and a small drone, to record every main hall in 3D.",
        {"mAo150": 2, "mAo147": 1, "mAo151": 1, "mAo149": 1},
    ),
    (
        "mAn53",
        "vi",
        "hoatang_cm2",
        "Xã muốn xây nhà hỏa táng xa khu dân cư, có cây xanh giảm mùi khói",
        "Xã có đông đồng bào Khmer ở huyện Duyên Hải muốn xây nhà hỏa táng "
        "trong khuôn viên chùa, cách xa nhà dân, trồng hàng cây tán rộng để giảm mùi và khói. Cần đơn vị thiết kế "
        "trọn gói và lập hồ sơ dự án.",
        {"mAo058": 2, "mAo049": 2, "mAo047": 1},
    ),
    (
        "mAn54",
        "en",
        "hoatang_st",
        "Training for pagoda crematorium operators",
        "Several pagodas in Tra Cu received new cremation "
        "furnaces, but the lay volunteers who run them have no training. We need courses on running the furnace "
        "cleanly and safely.",
        {"mAo053": 2, "mAo057": 2, "mAo047": 1},
    ),
    (
        "mAn55",
        "en",
        "kq_experts",
        "Salt-damp walls in a pagoda school building that floods every year",
        "The old Pali school building in our pagoda yard in Tra Cu stands "
        "in water each flood season. The lower walls stay wet, salts break up the plaster and render falls off. "
        "We need a lasting treatment against rising damp and salts.",
        {"mAo036": 2, "mAo034": 2, "mAo037": 1, "mAo039": 1},
    ),
    (
        "mAn56",
        "vi",
        "chroi",
        "Cần chuyên gia đánh giá hiện trạng tranh tường trước khi xin phép trùng tu",
        "Chùa ở Trà Cú được xếp hạng di tích, muốn trùng tu chánh điện có tranh tường. Cơ quan quản lý yêu cầu hồ sơ "
        "đánh giá hiện trạng tranh. Chùa cần chuyên gia khảo sát, chụp ảnh, ghi nhận hư hại và đề xuất phương án.",
        {"mAo029": 2, "mAo026": 2, "mAo027": 1, "mAo028": 1},
    ),
    (
        "mAn57",
        "vi",
        "church_vl",
        "Nhà thờ chính tòa muốn trang trí đèn LED mặt tiền mùa Giáng sinh",
        "Nhà thờ chính tòa ở TP Vĩnh Long dài 100 m, cao 27 m tới mái. Giáo xứ muốn phủ đèn LED trang trí mặt tiền và "
        "mái dịp Giáng sinh để giáo dân và du khách đến chiêm ngưỡng, cần đơn vị thi công an toàn.",
        {"mAo130": 2, "mAo131": 1},
    ),
    (
        "mAn58",
        "en",
        "okombok_cema",
        "Public address system for a hamlet cultural house next to the pagoda",
        "Our hamlet cultural house beside the pagoda hosts meetings, Ok Om Bok games and performances, and "
        "announcements in Vietnamese and Khmer. We need a modest, durable PA set within a commune budget.",
        {"mAo115": 2, "mAo120": 1},
    ),
    (
        "mAn59",
        "vi",
        "fun_vietyo",
        "Gia đình muốn tang lễ đơn giản, không kèn trống, tại nhà tang lễ",
        "Cha tôi dặn đám tang nhẹ nhàng, không kèn trống suốt đêm, không "
        "bày vẽ tốn kém. Gia đình cần đơn vị tổ chức lễ tưởng niệm gọn tại nhà tang lễ ở TP Vĩnh Long.",
        {"mAo091": 2, "mAo089": 1, "mAo090": 1},
    ),
    (
        "mAn60",
        "en",
        "fun_taclieu",
        "More cold storage for a hospital morgue in Vinh Long",
        "Our provincial hospital morgue often holds "
        "bodies for several days while families travel or identity is confirmed, and the old cabinet is too "
        "small. We need additional refrigerated storage.",
        {"mAo086": 2, "mAo087": 2, "mAo088": 2},
    ),
    (
        "mAn61",
        "en",
        "inc_qpc",
        "Emission testing of incense for export labelling",
        "Our incense workshop in Binh Minh, Vinh Long, wants to "
        "export and buyers ask how much smoke and fine dust our sticks release. We need standard emission "
        "measurements of our products.",
        {"mAo104": 2, "mAo106": 1, "mAo105": 1},
    ),
    (
        "mAn62",
        "en",
        "candle_jala",
        "Clean-burning candles for pagoda altars",
        "Our shop in Tra Vinh City supplies candles to pagodas and churches. Customers complain that cheap candles "
        "smoke and blacken the altar. We want to source or make candles from cleaner wax.",
        {"mAo109": 2, "mAo108": 2},
    ),
    (
        "mAn63",
        "vi",
        "church_vinhxuan",
        "Giáo xứ cần số hóa sổ rửa tội và hôn phối",
        "Giáo xứ ở huyện Trà Ôn lưu sổ rửa tội, hôn phối, an táng từ những năm 1930, giấy đã giòn, mực phai. Muốn "
        "quét số hóa, làm chỉ mục tra cứu theo tên và bảo quản sổ gốc.",
        {"mAo152": 2, "mAo153": 2, "mAo154": 1, "mAo155": 1},
    ),
    (
        "mAn64",
        "en",
        "palm_kyson",
        "Cataloguing a pagoda's palm-leaf manuscript collection",
        "Our pagoda in Ngai Tu commune, Vinh Long, holds many palm-leaf books in old Khmer and Pali, and only a "
        "few people can still read them. Before anything else we need the collection classified and catalogued "
        "with its contents recorded.",
        {"mAo137": 2, "mAo139": 1, "mAo141": 1, "mAo142": 1},
    ),
    (
        "mAn65",
        "vi",
        "capsula",
        "Gia đình muốn chôn cất xanh: quan tài phân hủy, không ướp hóa chất",
        "Gia đình ở Long Hồ, Vĩnh Long: mẹ tôi muốn sau khi mất được chôn đơn giản, không ướp "
        "hóa chất, quan tài hoặc vải liệm tự phân hủy và trồng một cái cây trên mộ. Cần nơi cung cấp vật dụng và dịch "
        "vụ phù hợp.",
        {"mAo066": 2, "mAo068": 2, "mAo064": 1, "mAo063": 1},
    ),
    (
        "mAn66",
        "vi",
        "gw_who",
        "Nghĩa địa sát kênh ở Cầu Kè, dân lo nước ngầm bị ô nhiễm",
        "Nghĩa địa của ấp nằm sát kênh, mùa nước mộ ngập. Người dân dùng "
        "giếng khoan gần đó lo nước bị nhiễm. Cần đánh giá, lấy mẫu nước ngầm và khuyến cáo.",
        {"mAo070": 2, "mAo071": 2, "mAo069": 1},
    ),
    (
        "mAn67",
        "en",
        "khmer_hoathieu",
        "Compliance testing of crematorium stack emissions",
        "The crematorium serving Khmer families in Tra Vinh must prove its chimney meets the emission limits "
        "before its permit is renewed. We need carbon monoxide and dust measured at the stack and a report.",
        {"mAo056": 2, "mAo050": 2, "mAo062": 1},
    ),
    (
        "mAn68",
        "vi",
        "okombok_vov",
        "Thuê sân khấu và ánh sáng ngoài trời cho lễ hội Ok Om Bok",
        "Hàng vạn người về Ao Bà Om dự lễ hội cúng trăng. Công ty tổ chức sự kiện ở Trà Vinh cần thuê sân khấu ngoài "
        "trời, giàn đèn chịu gió mưa cho các đêm văn nghệ.",
        {"mAo119": 2, "mAo121": 2, "mAo115": 1},
    ),
    (
        "mAn69",
        "en",
        "kienthuc_hang",
        "Carving and gilding new wooden Buddha statues",
        "Our pagoda in Chau Thanh is adding smaller Buddha statues around the main statue and wants them carved "
        "in wood and gilded by hand like the old ones.",
        {"mAo016": 2, "mAo015": 1},
    ),
    (
        "mAn70",
        "vi",
        "tpo_arch",
        "Tranh tường bong tróc từng mảng, lớp vữa phồng rộp",
        "Tranh tường chánh điện chùa ở Trà Cú bong từng mảng sơn, nhiều chỗ lớp vữa phồng lên, gõ nghe rỗng. Cần "
        "chuyên gia gia cố lớp màu và lớp vữa trước khi rơi mất.",
        {"mAo024": 2, "mAo025": 2, "mAo031": 2, "mAo028": 1, "mAo029": 1},
    ),
    (
        "mAn71",
        "vi",
        "chroi",
        "Mối từ gốc cây cổ thụ lan vào chánh điện",
        "Khuôn viên chùa ở Trà Cú có nhiều cây sao, dầu lâu năm, gốc cây có bọng mối. Mối từ đó đắp đường vào chân "
        "tường và khung cửa chánh điện. Cần chặn mối từ bên ngoài và diệt các tổ quanh chùa.",
        {"mAo003": 2, "mAo001": 2, "mAo002": 2, "mAo004": 1, "mAo005": 1, "mAo010": 1},
    ),
    (
        "mAn72",
        "vi",
        "ongmet",
        "Chánh điện gỗ cần hệ thống báo cháy sớm",
        "Chùa ở phường 1, TP Trà Vinh có chánh điện và thư viện bằng gỗ quý sơn vàng, đèn nến thắp hằng ngày. Ban "
        "quản trị muốn lắp báo cháy phát hiện sớm, ít báo giả, có thể kèm chữa cháy tự động.",
        {"mAo134": 2, "mAo133": 1, "mAo135": 1, "mAo132": 1},
    ),
    (
        "mAn73",
        "vi",
        "tpo_arch",
        "Đo bụi mịn khói nhang trong chánh điện dịp Tết Chôl Chnăm Thmây",
        "Dịp Tết cổ truyền, chánh điện chùa ở Trà Vinh đông người, khói nhang mù mịt, nhiều cụ già bị ho. Ban quản "
        "trị muốn đo nồng độ bụi mịn trong và ngoài chánh điện để có cơ sở hạn chế thắp nhang, tăng thông gió.",
        {"mAo105": 2, "mAo106": 2, "mAo104": 1, "mAo107": 1},
    ),
    (
        "mAn74",
        "en",
        "okombok_btt",
        "Warm festival lighting inside a pagoda hall to show its carvings",
        "For the festival nights our pagoda near Ao Ba Om opens the main hall to visitors. Fluorescent tubes make "
        "the carved and gilded woodwork look flat. We want warm, layered interior lighting that brings out the "
        "carvings and the altar.",
        {"mAo123": 2, "mAo122": 2, "mAo126": 1, "mAo124": 1},
    ),
    (
        "mAn75",
        "vi",
        "vov_khmer",
        "Chùa cần bình đựng tro cốt vừa các ô trong tháp",
        "Chùa ở Châu Thành đã xây tháp lưu tro cốt với các ô cố định. Gia đình phật tử mang bình đủ kiểu, không vừa "
        "ô. Chùa cần nơi cung cấp bình đựng tro cốt đúng kích thước ô và tư vấn mẫu.",
        {"mAo084": 2, "mAo082": 1, "mAo085": 1},
    ),
]
