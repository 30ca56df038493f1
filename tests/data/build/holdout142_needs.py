"""Needs for holdout142: (id, language, source key, title, description, {offer id: grade}).

Grades: 2 = would solve the need, 1 = partly relevant / adjacent step; unlisted = not relevant.
Most needs paraphrase pages about other places and are set in Trà Vinh / Vĩnh Long (see make script).
"""

NEEDS = [
    # ---------------- (A) wedding and portrait studios, lighting, backdrops ----------------
    (
        "nNn01",
        "vi",
        "a_soha",
        "Cần phông nền in cảnh quê cho studio ảnh cưới khi trời mưa không đi ngoại cảnh được",
        "Studio ảnh cưới ở Cầu Kè nhận nhiều cặp đôi muốn bộ ảnh 'hành trình' chụp ở khoảng 11 địa điểm "
        "trong 3 ngày (chùa Âng, ao Bà Om, vườn dừa, biển Ba Động...). Mùa mưa nhiều buổi phải hủy, nên chúng "
        "tôi cần bộ phông nền in kỹ thuật số khổ lớn, chống nhăn, gấp gọn được, để chụp bù trong phòng mà vẫn "
        "ra không khí ngoại cảnh. Mong được báo giá và tư vấn kích thước phông.",
        {"nNo002": 2, "nNo001": 1, "nNo006": 1},
    ),
    (
        "nNn02",
        "en",
        "a_daklak",
        "Upgrade indoor studio lighting before the year-end wedding season",
        "We run a wedding studio in Trà Vinh city. Our albums cost 2.5 to 20 million VND and in the last three "
        "months of the year we shoot roughly twice our usual 15 to 20 sets a month. Couples now prefer "
        "storytelling pictures, but on rainy days we still shoot in our small indoor room, where the light is "
        "flat. We need a proper kit (main light with a large softbox, fill, hair/background light) and advice on "
        "placing it in a room of about 4 x 6 m.",
        {"nNo006": 2, "nNo013": 2, "nNo005": 1, "nNo008": 1, "nNo004": 1},
    ),
    (
        "nNn03",
        "vi",
        "a_nguoiduatin",
        "Can den chieu sang chup anh cuoi ban dem ngoai troi",
        "Tiem ao cuoi cua minh o TP Vinh Long bat dau nhan chup anh cuoi buoi toi o bo song, cong vien. Khach "
        "chi chiu them khoang 500 nghin mot bo nen minh khong tang gia duoc, nhung chup dem can nhieu nguon "
        "sang hon, may moc tot hon. Can mua bo den chieu sang lien tuc gon nhe, chay pin hoac dien, de mang ra "
        "ngoai troi va dung duoc ca khi quay video.",
        {"nNo013": 2, "nNo006": 1, "nNo009": 1},
    ),
    (
        "nNn04",
        "en",
        "a_ytuong",
        "Artificial rain and mist effects for outdoor wedding shoots",
        "Couples in Vĩnh Long like outdoor pre-wedding pictures at places such as Văn Thánh Miếu, the An Bình "
        "islet orchards and the riverside, and pay a few hundred thousand to a few million VND for a full-day "
        "album. Many ask for romantic rain or morning-mist scenes, but the weather rarely cooperates. We are "
        "looking for a team or equipment that can create a rain curtain and safe fog on location, with the "
        "crew to run it during the shoot.",
        {"nNo011": 2, "nNo012": 2},
    ),
    (
        "nNn05",
        "vi",
        "a_bachthao",
        "Mở phòng chụp chân dung nền trắng cho tiệm ảnh huyện",
        "Tiệm ảnh của gia đình ở Tiểu Cần chủ yếu chụp ảnh thẻ, ảnh gia đình dịp Tết và ảnh kỷ yếu học sinh. "
        "Cuối tuần khách đông, chúng tôi muốn cải tạo một phòng thành góc chụp nền trắng sạch (trắng tuyệt "
        "đối, không bóng đổ lên nền) để chụp nhanh nhiều lượt. Cần đơn vị lắp đặt đèn nền, đèn chính và hướng "
        "dẫn cách đo sáng để nền trắng đều.",
        {"nNo004": 2, "nNo003": 2, "nNo008": 1, "nNo001": 1},
    ),
    (
        "nNn06",
        "en",
        "a_phunu",
        "Low-budget pre-wedding portrait corner for a bridal shop",
        "Our bridal dress shop in Duyên Hải wants to offer simple pre-wedding portraits weeks before the "
        "ceremony, as couples elsewhere now do, so the pictures can be shown to guests. We only have a room "
        "the size of a garage and a very small budget. We need someone to tell us the minimum camera, lens, "
        "lights and background to buy, and show us cheap setups that still look professional.",
        {"nNo007": 2, "nNo005": 2, "nNo006": 1},
    ),
    (
        "nNn07",
        "vi",
        "a_daklak",
        "Đào tạo thợ chụp của studio về chiếu sáng trong phòng",
        "Studio ở Trà Ôn có 4 thợ chụp trẻ, mùa cưới phải chạy show sáng huyện này chiều huyện khác, hậu kỳ "
        "thức trắng đêm vì ảnh chụp trong phòng bị thiếu sáng, lệch sáng. Chúng tôi cần một khóa học ngắn, "
        "thực hành ngay tại studio, dạy cách bố trí đèn chính, đèn phụ, đèn nền và dựng phông cho ảnh chân "
        "dung và ảnh cưới toàn thân.",
        {"nNo008": 2, "nNo010": 2, "nNo009": 1, "nNo161": 1},
    ),
    (
        "nNn08",
        "en",
        "a_soha",
        "Lighting workshop for young photographers: dramatic full-length portraits",
        "A group of ten young photographers in Càng Long who shoot weddings and áo dài portraits wants a "
        "hands-on workshop on studio lighting for full-length pictures: soft but dramatic light, visible "
        "shadow detail and a lit background that gives depth. We have two strobes each; we want to learn the "
        "sequence of decisions, not just a diagram.",
        {"nNo009": 2, "nNo010": 2, "nNo008": 1, "nNo161": 1},
    ),
    (
        "nNn09",
        "vi",
        "a_nguoiduatin",
        "In phông nền theo mẫu riêng: chùa Khmer, vườn dừa, sông nước",
        "Studio ảnh cưới ở Mang Thít muốn có phông nền mang đặc trưng miền Tây và Trà Vinh (cổng chùa Khmer, "
        "hàng dừa, bến sông) thay vì phông cung điện châu Âu. Chúng tôi có sẵn ảnh phong cảnh do mình chụp, "
        "cần nơi in lên vải không nhăn, khổ khoảng 2,5 x 3 m, giặt hoặc là hơi được.",
        {"nNo002": 2, "nNo001": 1},
    ),
    (
        "nNn10",
        "en",
        "a_bachthao",
        "Continuous lights for a studio that shoots both photos and short videos",
        "Our studio in Bình Minh now does as many short videos (TikTok clips of couples, family reels) as still "
        "pictures. Flash is useless for video, so we want continuous lights (LED or fluorescent) that can take "
        "softboxes or umbrellas and have a colour temperature suitable for skin tones, enough for one main and "
        "one fill light.",
        {"nNo013": 2, "nNo006": 1, "nNo048": 1},
    ),
    # ---------------- (B) photo printing, photobooks, large-format printing ----------------
    (
        "nNn11",
        "vi",
        "b_walic",
        "Tìm xưởng in album cưới kỹ thuật số, kèm album nhỏ tặng cha mẹ",
        "Studio của chúng tôi ở Châu Thành (Trà Vinh) giao cho khách cả file ảnh trên USB, nhưng khách vẫn muốn "
        "một cuốn album cưới in thật, bìa đẹp, giữ được lâu. Chúng tôi cần xưởng nhận dàn trang sẵn, in trên "
        "giấy ảnh chất lượng cao và đóng album khoảng 30 x 40 cm, đồng thời làm thêm hai cuốn nhỏ cho cha mẹ "
        "hai bên.",
        {"nNo018": 2, "nNo017": 2, "nNo019": 1, "nNo024": 1},
    ),
    (
        "nNn12",
        "en",
        "b_aegina",
        "Outsource layflat wedding album printing and binding",
        "I am a wedding photographer in Vĩnh Long. I design album spreads on my computer, but printing and "
        "binding locally gives books with a deep gutter that swallows faces in panoramic spreads. I need a "
        "lab that prints each spread as one continuous sheet, with thick pages that do not bend, and can "
        "handle 10 to 15 albums a month.",
        {"nNo019": 2, "nNo027": 2, "nNo017": 2, "nNo022": 1},
    ),
    (
        "nNn13",
        "vi",
        "b_insurancephd",
        "Can noi in photobook ky niem cho lop tot nghiep",
        "Lop 12 truong THPT o Cang Long muon lam photobook ky niem, khoang 30 cuon, moi cuon 40 trang, tu chon "
        "anh va sap xep, co chu thich. In tung tam roi dan album thi ton cong qua. Can noi nhan file thiet "
        "ke hoac co mau san de tu lam, bia cung, giay dep, giao ve Tra Vinh.",
        {"nNo020": 2, "nNo025": 2, "nNo026": 2, "nNo021": 1, "nNo023": 1},
    ),
    (
        "nNn14",
        "en",
        "b_fondpix",
        "Photo shop wants a supplier for both photobooks and premium albums",
        "Our photo shop in Trà Vinh city wants to sell two products: an affordable photobook and a premium "
        "archival album for weddings. We need a printing partner who can give clear specifications (sizes, "
        "page counts, paper types, binding strength, cover finish) so we can explain the difference to "
        "customers and price them.",
        {"nNo020": 2, "nNo021": 2, "nNo024": 2, "nNo026": 1},
    ),
    (
        "nNn15",
        "vi",
        "b_titans",
        "Phần mềm mẫu dàn trang album để khách tự thiết kế trực tuyến",
        "Tiệm ảnh ở Vũng Liêm muốn cho khách tự chọn ảnh, kéo thả vào mẫu album trên điện thoại hoặc máy tính "
        "rồi đặt in, giống các dịch vụ trực tuyến lớn. Cần giải pháp mẫu dàn trang có cảnh báo ảnh không đủ "
        "độ phân giải, hỗ trợ album mở phẳng và xuất file đúng chuẩn cho xưởng in.",
        {"nNo022": 2, "nNo023": 1, "nNo025": 1},
    ),
    (
        "nNn16",
        "en",
        "b_wemogee",
        "Photobook colours come out dull compared with the screen",
        "Our print shop in Cầu Ngang started making photobooks for families, but several customers complained "
        "that bright market and festival colours looked flat and soft on paper compared with their phone "
        "screens. We need help setting up colour management so we can preview on screen how a picture will "
        "print on our paper and ink before printing the whole book.",
        {"nNo023": 2, "nNo045": 1, "nNo033": 1},
    ),
    (
        "nNn17",
        "vi",
        "b_itsupplies",
        "In tranh ảnh canvas khổ lớn phong cảnh sông nước bán cho du khách",
        "Cửa hàng lưu niệm ở TP Vĩnh Long muốn bán tranh ảnh phong cảnh sông nước, chợ nổi, vườn trái cây in "
        "trên canvas căng khung, khổ từ 40 x 60 cm đến hơn 1 m. Ảnh do nhiếp ảnh gia địa phương chụp. Cần đơn vị "
        "in phun trên canvas bền màu, không nứt bề mặt, căng khung sẵn để treo.",
        {"nNo029": 2, "nNo028": 2, "nNo031": 2, "nNo033": 1, "nNo032": 1},
    ),
    (
        "nNn18",
        "en",
        "e_dulichvn",
        "Archival large prints of historical photos for museum exhibition panels",
        "The provincial museum in Trà Vinh collected 326 old artefacts and is re-arranging its Khmer culture "
        "exhibition. It needs large enlargements of historical black-and-white and colour photographs for the "
        "display rooms, printed so that they will not fade for decades under gallery light, on matte cotton "
        "paper or canvas.",
        {"nNo030": 2, "nNo031": 2, "nNo032": 2, "nNo029": 1, "nNo028": 1},
    ),
    (
        "nNn19",
        "vi",
        "b_trackseries",
        "Mua máy in ảnh lấy liền cho dịch vụ photobooth tiệc cưới",
        "Chúng tôi làm dịch vụ trang trí tiệc cưới ở Tiểu Cần, muốn thêm photobooth in ảnh tặng khách ngay tại "
        "tiệc. Cần mua máy in ảnh chuyên dụng in nhanh, ảnh khô ngay, không lem khi khách cầm, kèm bộ giấy và "
        "ruy băng, và được tính trước chi phí mỗi tấm ảnh để báo giá gói dịch vụ.",
        {"nNo034": 2, "nNo036": 2, "nNo035": 1, "nNo037": 1},
    ),
    (
        "nNn20",
        "en",
        "b_aworldofgin",
        "Instant-print photo booth for a company year-end party",
        "A seafood processing company in Vĩnh Long is holding its year-end party for about 400 workers and "
        "wants a photo booth that prints pictures on the spot so everyone takes one home. We do not want to "
        "buy equipment; we need a rental with operator, backdrop and fast printing so the queue keeps moving.",
        {"nNo035": 2, "nNo037": 2, "nNo034": 1, "nNo036": 1},
    ),
    (
        "nNn21",
        "vi",
        "b_crownaboutnow",
        "In ảnh lưu niệm tại chỗ cho khách du lịch cộng đồng",
        "Tổ hợp tác du lịch cộng đồng ở cù lao An Bình (Long Hồ) muốn chụp và in ảnh lưu niệm ngay cho khách "
        "khi họ tham quan vườn, làm bánh dân gian. Ảnh phải in nhanh, chịu được nước và mồ hôi tay vì khách "
        "đi thuyền. Chúng tôi có thể thuê dịch vụ theo mùa cao điểm hoặc mua máy nếu chi phí hợp lý.",
        {"nNo035": 2, "nNo037": 2, "nNo034": 2, "nNo036": 1},
    ),
    (
        "nNn22",
        "en",
        "b_businesshq",
        "Fine-art prints on cotton paper for a photography café gallery",
        "A café in Vĩnh Long city wants to exhibit and sell prints by local photographers: landscapes of the "
        "Cổ Chiên river and portraits of craft villages. We want museum-grade prints up to about 1 m wide on "
        "acid-free cotton paper with long-lasting pigment inks, printed slowly for the best quality.",
        {"nNo032": 2, "nNo030": 2, "nNo031": 2, "nNo029": 1},
    ),
    # ---------------- (C) video production, livestreaming, drone filming ----------------
    (
        "nNn23",
        "vi",
        "c_ver2",
        "Livestream bán dừa sáp trên TikTok Shop và Facebook",
        "Hợp tác xã dừa sáp ở Cầu Kè muốn bán hàng qua livestream như nhiều nhà bán hàng khác trên Shopee, "
        "TikTok Shop. Chúng tôi chưa có thiết bị, chưa có người làm kỹ thuật. Cần đơn vị hỗ trợ phát trực "
        "tiếp nhiều nền tảng cùng lúc, có đèn, micro, hình ảnh ổn định và hướng dẫn xã viên lên sóng.",
        {"nNo051": 2, "nNo052": 2, "nNo048": 1, "nNo053": 1, "nNo049": 1},
    ),
    (
        "nNn24",
        "en",
        "c_htv",
        "Cheap phone livestream kit for a pomelo farmer",
        "I grow pomelos in Càng Long and sell online. I livestream from my phone in the orchard, but the sound "
        "is windy and faces are dark. I need a simple, affordable kit: a small microphone, a ring light with "
        "a phone holder, maybe a backdrop for indoor sessions, ideally under 2 million VND in total.",
        {"nNo049": 2, "nNo048": 2, "nNo051": 1},
    ),
    (
        "nNn25",
        "vi",
        "c_dantri",
        "Can nguoi livestream ban hang thue cho cua hang dac san",
        "Cua hang dac san o TP Tra Vinh (banh tet, mat hoa dua, tom kho) muon livestream ban hang moi ngay "
        "tren Facebook nhung chu cua hang khong quen noi truoc may. Can nguoi livestream thue theo buoi hoac "
        "theo thang, biet chot don, tra luong co hoa hong.",
        {"nNo053": 2, "nNo051": 1, "nNo052": 1},
    ),
    (
        "nNn26",
        "en",
        "c_nld",
        "Live broadcast of the Ok Om Bok festival on YouTube and Facebook",
        "The provincial cultural centre wants to stream the Ok Om Bok festival performances and the ngo boat "
        "race so that Khmer people working far from home can watch. We want several cameras, a switcher, "
        "proper audio and simultaneous streaming to YouTube and Facebook without ads interrupting.",
        {"nNo054": 2, "nNo055": 1, "nNo050": 2, "nNo056": 1, "nNo057": 1, "nNo059": 1},
    ),
    (
        "nNn27",
        "vi",
        "e_vbgh",
        "Chùa Khmer phát trực tiếp lễ nhưng âm thanh rất kém",
        "Chùa Khmer ở Trà Cú đã phát trực tiếp các buổi lễ bằng điện thoại cho phật tử ở xa, nhưng tiếng tụng "
        "kinh và thuyết pháp bị vang, lẫn tiếng ồn. Chùa đã có bàn trộn âm thanh và loa. Cần hướng dẫn đưa tín "
        "hiệu âm thanh từ bàn trộn vào luồng phát, tách khâu ghi hình, ghi âm và mã hóa cho ổn định.",
        {"nNo056": 2, "nNo055": 1, "nNo058": 1},
    ),
    (
        "nNn28",
        "en",
        "c_dantri",
        "Choosing an encoder to stream college graduation ceremonies",
        "The IT team of a vocational college in Vĩnh Long streams graduation and enrolment ceremonies. Our "
        "laptop overheats and drops frames. We need advice and equipment: hardware or software encoder, "
        "HDMI or SDI cameras, and a setup where the stream does not depend on one laptop.",
        {"nNo057": 2, "nNo059": 2, "nNo058": 1, "nNo056": 1},
    ),
    (
        "nNn29",
        "vi",
        "c_thuvienpl",
        "Làm thủ tục xin phép bay flycam quay lễ khai trương",
        "Công ty tổ chức sự kiện ở Vĩnh Long nhận quay lễ khai trương một nhà máy ở khu công nghiệp Hòa Phú, "
        "khách muốn có cảnh quay từ trên cao. Chúng tôi biết flycam là mô hình bay phải xin phép trước, nhưng "
        "chưa rõ hồ sơ, nơi nộp và thời gian. Cần đơn vị tư vấn và làm hồ sơ trọn gói.",
        {"nNo066": 2, "nNo068": 2, "nNo067": 1},
    ),
    (
        "nNn30",
        "en",
        "c_eballs",
        "Does my sub-250 g drone need a permit for wedding filming?",
        "I film weddings in Trà Vinh and bought a mini drone under 250 g for aerial shots of the reception "
        "venue. Friends say small drones need no permit, others say every flight must be licensed. I need "
        "clear advice on which rules apply to light drones, height limits and areas to avoid.",
        {"nNo067": 2, "nNo066": 1, "nNo068": 1},
    ),
    (
        "nNn31",
        "vi",
        "c_vvideo2",
        "Gói quay flycam cho phim cưới tại nhà hàng ven sông",
        "Nhà hàng tiệc cưới ven sông Cổ Chiên muốn bán kèm gói phim cưới có cảnh quay từ trên cao: toàn cảnh "
        "sân vườn, bến sông, đoàn rước dâu. Cần đối tác quay flycam chuyên nghiệp, có người điều khiển có "
        "chứng chỉ, biết tránh bay ồn ào trong lúc làm lễ.",
        {"nNo060": 2, "nNo061": 2, "nNo064": 2, "nNo065": 2, "nNo062": 1},
    ),
    (
        "nNn32",
        "en",
        "c_vvideo2",
        "Aerial footage of Ba Động beach and its festival for tourism promotion",
        "The tourism cooperative at Ba Động beach (Duyên Hải) wants aerial footage of the beach, the "
        "mangroves and its summer festival to promote visits. We need a drone team that plans safe flights "
        "over crowds, with a spotter and backup plan, and delivers edited clips.",
        {"nNo062": 2, "nNo063": 2, "nNo060": 1, "nNo074": 1},
    ),
    (
        "nNn33",
        "vi",
        "c_shopadf",
        "Làm video ngắn quảng cáo mật hoa dừa đăng TikTok, Reels",
        "Cơ sở sản xuất mật hoa dừa đạt OCOP 3 sao ở Châu Thành muốn quảng bá bằng video ngắn dưới 1 phút trên "
        "TikTok, Facebook Reels và YouTube Shorts, giống cách các sản phẩm OCOP ở TP.HCM được giới thiệu. Cần "
        "đơn vị lên ý tưởng, quay và dựng một loạt video ngắn hằng tháng.",
        {"nNo073": 2, "nNo074": 2, "nNo071": 1, "nNo072": 1},
    ),
    (
        "nNn34",
        "en",
        "c_mmcomm",
        "Realistic budget and plan for a two-minute brand film",
        "A start-up making coconut products in Cầu Kè wants a two-minute brand film for its website and trade "
        "fairs. We have no idea what it should cost or how to split the money between script, shooting and "
        "editing, and we want a contingency for rain. We need a budget framework and a production partner.",
        {"nNo070": 2, "nNo069": 2, "nNo072": 1, "nNo071": 1},
    ),
    (
        "nNn35",
        "vi",
        "c_123tvc",
        "Đào tạo cán bộ khuyến nông viết kịch bản và chuẩn bị quay video",
        "Trung tâm khuyến nông muốn tự làm video hướng dẫn kỹ thuật (ủ phân, nuôi tôm càng xanh) đăng YouTube. "
        "Cán bộ biết quay bằng điện thoại nhưng chưa biết viết kịch bản, mở đầu, kết thúc, lời kêu gọi, và "
        "chưa biết chuẩn bị trước khi quay. Cần lớp tập huấn ngắn về kịch bản và tiền sản xuất.",
        {"nNo071": 2, "nNo072": 2, "nNo070": 1},
    ),
    (
        "nNn36",
        "vi",
        "c_htv",
        "Tư vấn chuỗi thiết bị phát trực tiếp hội nghị cho đài truyền thanh huyện",
        "Đài truyền thanh huyện Cầu Kè muốn phát trực tiếp các hội nghị, kỳ họp lên trang Facebook của huyện. "
        "Đã có máy quay có cổng HDMI và bàn trộn âm thanh. Cần tư vấn thêm thiết bị thu hình vào máy tính "
        "(capture card), phần mềm phát và nền tảng, cách ghép âm thanh từ bàn trộn.",
        {"nNo058": 2, "nNo056": 2, "nNo057": 1, "nNo050": 1},
    ),
    # ---------------- (D) product photography for online sellers of local specialities ----------------
    (
        "nNn37",
        "vi",
        "c_shopadf",
        "Chụp ảnh sản phẩm bánh tét Trà Cuôn nền trắng để đăng Shopee",
        "Hợp tác xã bánh tét Trà Cuôn (Cầu Kè) đã có sản phẩm OCOP, đang đưa lên Shopee và TikTok Shop nhưng ảnh "
        "chụp bằng điện thoại trên bàn gỗ, tối và lệch màu. Cần đơn vị chụp bộ ảnh sản phẩm nền trắng chuẩn "
        "sàn thương mại điện tử, đủ ảnh chính, ảnh cắt lát, ảnh kích thước, cho khoảng 12 mã hàng.",
        {"nNo090": 2, "nNo089": 2, "nNo092": 2, "nNo095": 2, "nNo097": 1},
    ),
    (
        "nNn38",
        "en",
        "d_openlab",
        "Menu and delivery-app photos for a noodle restaurant",
        "Our restaurant in Trà Vinh city serves Khmer bún nước lèo and bánh canh. Delivery apps show our dishes "
        "with dark phone pictures and orders are low. We need a photographer to shoot about 25 dishes for the "
        "menu board and the apps, with appetising light that shows steam, texture and fresh herbs.",
        {"nNo098": 2, "nNo099": 2, "nNo102": 2, "nNo106": 2, "nNo100": 1, "nNo104": 1},
    ),
    (
        "nNn39",
        "vi",
        "d_slowcook",
        "Can chup anh banh canh Ben Co cho fanpage, can nguoi trang tri mon",
        "Quan banh canh Ben Co o Tra Cu muon co bo anh mon an that ngon mat de chay quang cao fanpage. Tu chup "
        "thi to banh canh nhin nhao, khong noi bat. Can nhiep anh gia chup mon an kem nguoi trang tri mon "
        "(food stylist) biet sap xep rau, chen, khan cho dep.",
        {"nNo101": 1, "nNo100": 2, "nNo103": 1, "nNo099": 1},
    ),
    (
        "nNn40",
        "en",
        "d_sellfrom",
        "Multi-angle e-commerce photos for a coconut candy workshop",
        "Our small coconut candy workshop in Châu Thành sells on Shopee and Lazada. Buyers keep asking about "
        "size and packaging details that our single photo does not show. We want a product photographer who "
        "plans the shoot, lights each item well, shoots several angles and close-ups in sharp focus and "
        "delivers web-ready files.",
        {"nNo093": 2, "nNo094": 2, "nNo096": 2, "nNo105": 1},
    ),
    (
        "nNn41",
        "vi",
        "c_ver2",
        "Chiến lược hình ảnh riêng cho Shopee và TikTok Shop cho cơ sở tôm khô",
        "Cơ sở tôm khô, khô cá ở Duyên Hải bán trên cả Shopee và TikTok Shop. Cùng một bộ ảnh nhưng bán trên "
        "TikTok rất kém. Chúng tôi cần được tư vấn loại ảnh, tỉ lệ khung, ảnh bối cảnh phù hợp cho từng kênh "
        "và ngành hàng thực phẩm khô, và cách đo xem ảnh nào bán được hàng.",
        {"nNo097": 2, "nNo092": 2, "nNo093": 1},
    ),
    (
        "nNn42",
        "en",
        "d_stephen",
        "Train cooperative members to shoot their own products on white",
        "A handicraft cooperative in Cầu Ngang makes coconut-shell and water-hyacinth products and lists "
        "new items every week, so hiring a photographer each time is too costly. Members want practical "
        "training in shooting products on a clean white background: where to place lights, how to keep the "
        "product from blending into the white, which aperture to use.",
        {"nNo091": 2, "nNo090": 1, "nNo089": 1},
    ),
    (
        "nNn43",
        "vi",
        "d_openlab",
        "Hướng dẫn quán cà phê tự chụp món bằng ánh sáng cửa sổ",
        "Quán cà phê, bánh ngọt ở TP Vĩnh Long có cửa sổ lớn, muốn tự chụp món mới mỗi tuần bằng ánh sáng tự "
        "nhiên thay vì thuê studio. Cần người có kinh nghiệm hướng dẫn cách lên ý tưởng, phác bố cục, đặt món "
        "cạnh cửa sổ, xử lý khi trời nắng gắt hay âm u.",
        {"nNo104": 2, "nNo102": 1, "nNo103": 1},
    ),
    (
        "nNn44",
        "en",
        "d_slowcook",
        "Studio food photography for frozen seafood packaging and catalogue",
        "A seafood processor in Duyên Hải is redesigning packaging and its export catalogue for frozen shrimp "
        "and clams. It needs controlled studio photographs of cooked dishes and raw products that look natural "
        "and appetising, suitable for print on boxes and in the catalogue.",
        {"nNo106": 2, "nNo098": 2, "nNo099": 2, "nNo039": 1},
    ),
    (
        "nNn45",
        "vi",
        "d_photographics",
        "Tìm nguồn đạo cụ, phông nền chụp sản phẩm giá rẻ",
        "Cơ sở chuối sấy, khoai lang sấy ở Bình Tân tự chụp ảnh sản phẩm cho trang bán hàng. Chúng tôi cần mua "
        "đạo cụ (chén, đĩa, muỗng gỗ, khăn vải, giấy làm nền) với chi phí thấp để ảnh có màu sắc, có câu chuyện "
        "hơn, không cần mua đồ sứ đắt tiền.",
        {"nNo103": 2, "nNo101": 1},
    ),
    (
        "nNn46",
        "en",
        "c_shopadf",
        "Training on product and e-commerce imagery for OCOP producers",
        "The provincial OCOP council wants a two-day course for about 40 OCOP producers (coconut, rice, dried "
        "fish, herbal products) on taking and choosing product pictures for e-commerce: white-background "
        "shots, which images each channel needs, and what Vietnamese online shoppers react to.",
        {"nNo091": 2, "nNo097": 2, "nNo092": 1},
    ),
    (
        "nNn47",
        "vi",
        "d_openlab",
        "Chụp món ốc buổi tối tại quán, không có cửa sổ",
        "Quán ốc ở TP Trà Vinh chỉ mở buổi tối, không có cửa sổ lấy sáng. Muốn có ảnh món ăn đẹp để in thực đơn "
        "và đăng ứng dụng giao hàng, cần nhiếp ảnh gia mang đèn đến chụp tại quán, gọn nhẹ, không làm gián "
        "đoạn việc bán.",
        {"nNo102": 2, "nNo098": 2, "nNo099": 1},
    ),
    # ---------------- (E) archiving, scanning, restoring old photographs and films ----------------
    (
        "nNn48",
        "vi",
        "e_vietnamnet",
        "Số hóa kho ảnh tư liệu của Bảo tàng Văn hóa dân tộc Khmer",
        "Bảo tàng Văn hóa dân tộc Khmer (khu ao Bà Om) đang lưu giữ hơn 800 hiện vật, hình ảnh và tài liệu, "
        "trong đó có nhiều ảnh giấy cũ đã ố vàng. Bảo tàng cần số hóa toàn bộ ảnh tư liệu theo đúng quy trình "
        "lưu trữ: bản gốc chất lượng cao để bảo quản, bản nhẹ để khai thác, trưng bày trực tuyến.",
        {"nNo107": 2, "nNo108": 2, "nNo110": 1, "nNo109": 1, "nNo118": 1, "nNo140": 1},
    ),
    (
        "nNn49",
        "en",
        "e_laodong",
        "360-degree virtual tour of the Khmer museum and Ang pagoda",
        "The Khmer culture museum (now in Vĩnh Long province, over 1,700 m2 in a 1 ha park next to Ang pagoda) "
        "wants visitors abroad to explore its four galleries and the pagoda online. We need a 360° panoramic "
        "tour with clickable hotspots, photos of objects and short narration, that works on phones without a "
        "headset.",
        {"nNo133": 2, "nNo134": 2, "nNo136": 2, "nNo135": 1},
    ),
    (
        "nNn50",
        "vi",
        "e_vbgh",
        "Quét và bảo quản phim âm bản, phim kính cũ của chùa",
        "Một ngôi chùa Khmer cổ ở Trà Cú còn giữ hộp phim âm bản và vài tấm phim kính chụp các đời sư trụ trì, "
        "lễ hội từ trước năm 1975. Phim đã bám bụi, một số tấm kính nứt. Chùa cần đơn vị vệ sinh, quét số "
        "độ phân giải cao, lập danh mục và đóng gói bảo quản lại các bản gốc.",
        {"nNo119": 2, "nNo118": 2, "nNo113": 1, "nNo121": 1, "nNo120": 1, "nNo112": 1},
    ),
    (
        "nNn51",
        "en",
        "e_photosreunited",
        "Bulk scanning of boxes of family prints",
        "Our extended family in Càng Long has several boxes and albums of prints covering four generations, "
        "kept by different relatives. The prints are fading and one flood would destroy them. We want a "
        "service that scans everything in bulk, names and sorts the files and gives each branch of the family "
        "a copy.",
        {"nNo111": 2, "nNo114": 2, "nNo115": 2, "nNo117": 1},
    ),
    (
        "nNn52",
        "vi",
        "e_viani",
        "Can scan phim am ban va slide cu cua gia dinh",
        "Ba toi o Tam Binh de lai nhieu cuon phim am ban den trang, phim mau 35mm va slide chup tu nhung nam "
        "1970, con giu trong bao giay. Can noi quet phim do phan giai cao, chinh mau, xuat file de in lai va "
        "chia se cho anh em.",
        {"nNo113": 2, "nNo112": 2, "nNo111": 2, "nNo108": 1},
    ),
    (
        "nNn53",
        "en",
        "e_syracuse",
        "Professional transfer of old 8 mm home movies",
        "A family in Vĩnh Long found reels of 8 mm film shot by their grandfather from the late 1930s to 1976. "
        "A relative tried projecting them onto a mirror box and recording: a job expected to take 8 hours took "
        "over 36, the film kept breaking and the playback ran too fast. They now want a professional transfer "
        "to digital files, with the film cleaned and played at the right speed.",
        {"nNo129": 2, "nNo130": 2, "nNo131": 2, "nNo132": 2},
    ),
    (
        "nNn54",
        "vi",
        "e_nexttools",
        "Chuyển băng VHS đám cưới sang USB",
        "Gia đình ở Trà Ôn có khoảng 15 cuộn băng VHS quay đám cưới, đầy tháng của con cháu từ thập niên 1990. "
        "Đầu máy đã hỏng, sợ băng hư luôn. Cần dịch vụ chuyển sang file số, chép ra USB và lưu lên mạng để gửi "
        "cho người thân ở xa.",
        {"nNo132": 2, "nNo115": 2, "nNo116": 2, "nNo129": 1},
    ),
    (
        "nNn55",
        "en",
        "e_viani",
        "Restore torn and faded portraits for the ancestor altar",
        "An elderly couple in Cầu Kè have the only portraits of their parents: one is torn into pieces, the "
        "other has faded to a pale yellow. They want them repaired digitally, missing parts rebuilt, and new "
        "prints made for the ancestor altar, while keeping the originals.",
        {"nNo126": 2, "nNo127": 2, "nNo125": 2, "nNo128": 2, "nNo122": 1, "nNo124": 1},
    ),
    (
        "nNn56",
        "vi",
        "e_basudha",
        "Tiệm ảnh muốn phục hồi và tô màu ảnh đen trắng bằng AI",
        "Tiệm ảnh ở Bình Minh nhận nhiều khách mang ảnh đen trắng, ảnh trầy xước đến nhờ làm lại. Làm tay bằng "
        "Photoshop mất nhiều giờ mỗi tấm. Chúng tôi cần công cụ hoặc dịch vụ phục hồi ảnh có hỗ trợ trí tuệ "
        "nhân tạo: khử nhiễu, xóa vết xước, và tô màu ảnh đen trắng sao cho màu hợp lý.",
        {"nNo123": 2, "nNo122": 2, "nNo124": 2, "nNo125": 1},
    ),
    (
        "nNn57",
        "en",
        "e_dulichvn",
        "Advice on storing old negatives and plates in a hot, humid climate",
        "The Khmer culture museum, which keeps more than 600 artefacts and is being upgraded with a budget of "
        "over 4 billion VND, also holds old negatives, glass plates and prints in an ordinary storeroom in our "
        "hot, humid climate. Some emulsions are flaking. We need advice on what causes the decay, which "
        "enclosures, shelving and climate to use, and how to handle the items safely.",
        {"nNo120": 2, "nNo121": 2, "nNo118": 1, "nNo153": 1},
    ),
    (
        "nNn58",
        "en",
        "e_defzone",
        "Provincial archive must digitise photo, film and video records",
        "The provincial archive (former Trà Vinh, now Vĩnh Long) holds photographs, negatives and video tapes "
        "and must digitise them under the new national rules on digital archival records. We need a partner "
        "who knows the required formats and workflow and can carry out the digitisation.",
        {"nNo110": 2, "nNo109": 2, "nNo107": 1, "nNo140": 1},
    ),
    (
        "nNn59",
        "vi",
        "e_photosreunited",
        "Máy quét cầm tay để đi quét album ở nhà các chi họ",
        "Dòng họ ở Cầu Kè muốn làm gia phả có ảnh. Album nằm rải rác ở nhà các chi họ, người lớn tuổi không "
        "cho mang đi, có cuốn ảnh dính vào trang không gỡ được. Cần thiết bị quét gọn, chạy pin, quét ngay tại "
        "nhà và hướng dẫn cách làm.",
        {"nNo117": 2, "nNo111": 1},
    ),
    (
        "nNn60",
        "en",
        "e_nexttools",
        "Digitise Super 8 and 16 mm reels of a 1970s pagoda festival",
        "A pagoda committee in Trà Cú has Super 8 and 16 mm reels filmed at festivals in the 1970s. Nobody has "
        "a projector. They want the reels converted to digital video so the community can see them again and "
        "so copies are kept safely.",
        {"nNo132": 2, "nNo129": 1, "nNo131": 1, "nNo130": 1},
    ),
    (
        "nNn61",
        "en",
        "e_viani",
        "Storage and backup for thousands of newly scanned family photos",
        "After scanning our family albums and tapes we have hundreds of gigabytes of files on one laptop. We "
        "want a sensible setup in our home in Vĩnh Long: a network drive, cloud backup, folders and dates that "
        "make pictures easy to find, and copies for relatives.",
        {"nNo116": 2, "nNo114": 2, "nNo112": 1},
    ),
    (
        "nNn62",
        "en",
        "e_defzone",
        "Photogrammetry and VR model of a pagoda sala for remote visitors",
        "The Khmer museum would like a 3D model of a traditional wooden sala (preaching pavilion) and its "
        "carved details, built from photographs, that visitors can explore in virtual reality as part of "
        "promoting sustainable tourism to Khmer heritage sites.",
        {"nNo135": 2, "nNo133": 1, "nNo134": 1},
    ),
    # ---------------- (F) cameras and equipment: rental, repair, storage, training ----------------
    (
        "nNn63",
        "en",
        "f_lensgearpro",
        "Rent a telephoto lens for wedding season with damage cover",
        "I shoot wedding videos around Vĩnh Long and need a 70-200 mm lens for the season, but cannot buy one "
        "yet. I want to rent, and I want to know exactly what happens if it is dropped or stolen: deductible, "
        "coverage limits, and what the rental house counts as damage.",
        {"nNo141": 2, "nNo146": 1, "nNo143": 1, "nNo142": 1},
    ),
    (
        "nNn64",
        "vi",
        "f_lensrdamage",
        "Thuê máy ảnh, ống kính theo ngày cho mùa cưới",
        "Câu lạc bộ ảnh trẻ ở TP Trà Vinh nhận chụp phóng sự cưới vào mùa cao điểm nhưng thiếu thân máy và ống "
        "kính khẩu lớn. Cần nơi cho thuê theo ngày, có đặt trước, thiết bị được kiểm tra kỹ, thủ tục đặt cọc "
        "rõ ràng, giao nhận thuận tiện.",
        {"nNo143": 2, "nNo145": 2, "nNo142": 2, "nNo141": 2, "nNo144": 1},
    ),
    (
        "nNn65",
        "vi",
        "f_truyenhinh",
        "Ong kinh bi moc, can noi ve sinh o Tra Vinh",
        "Ong kinh 24-70 cua toi de trong tu quan ao mua mua, gio soi den thay soi moc nhu re tre ben trong, "
        "anh chup bi mo, giam tuong phan. Can noi thao ve sinh moc ong kinh uy tin gan Tra Vinh va tu van "
        "cach bao quan de khong bi lai.",
        {"nNo151": 2, "nNo150": 1, "nNo152": 1, "nNo147": 1},
    ),
    (
        "nNn66",
        "en",
        "f_larksa",
        "Compact camera shows 'Lens error' after a fall",
        "A studio assistant in Trà Vinh dropped our compact camera; the zoom lens is stuck and the screen shows "
        "'Lens error'. Another camera focuses on the wrong part of the frame. We need a repair service that "
        "diagnoses the fault, gives an estimate before working and guarantees the repair.",
        {"nNo147": 2, "nNo148": 2, "nNo149": 2, "nNo152": 1},
    ),
    (
        "nNn67",
        "vi",
        "f_thinhphong",
        "Chống ẩm cho 10 máy ảnh và ống kính trong mùa mưa",
        "Tiệm ảnh ở Trà Cú có khoảng 10 thân máy và 15 ống kính, mùa mưa độ ẩm rất cao, đã có ống kính bị mốc "
        "phải sửa. Cần giải pháp bảo quản lâu dài: tủ chống ẩm giữ độ ẩm ổn định, cách kiểm tra độ ẩm, và quy "
        "trình cất máy sau mỗi buổi chụp ngoài trời.",
        {"nNo153": 2, "nNo155": 2, "nNo156": 2, "nNo154": 1},
    ),
    (
        "nNn68",
        "en",
        "f_truyenhinh",
        "Cheap do-it-yourself dry boxes for a camera rental shop",
        "A small camera rental shop in Vĩnh Long cannot yet afford electronic dry cabinets for all its gear. "
        "We want instructions for building airtight dry boxes from common materials with a simple heat or "
        "desiccant source and a hygrometer, to keep lenses away from mould.",
        {"nNo154": 2, "nNo153": 1, "nNo156": 1},
    ),
    (
        "nNn69",
        "vi",
        "f_baotre4",
        "Lớp nhiếp ảnh cơ bản cho thanh niên nông thôn",
        "Hội Nông dân xã ở Càng Long muốn mở lớp nhiếp ảnh cơ bản cho khoảng 25 thanh niên để tự chụp ảnh "
        "quảng bá nông sản, du lịch vườn. Phần lớn mới mua máy ảnh hoặc chỉ dùng điện thoại, chụp chế độ tự "
        "động. Cần giáo trình dễ hiểu về phơi sáng, khẩu độ, tốc độ, ISO, bố cục và buổi thực hành.",
        {"nNo157": 2, "nNo158": 2, "nNo163": 1},
    ),
    (
        "nNn70",
        "en",
        "f_amara",
        "Hands-on weekend course on manual mode",
        "The youth union in Trà Vinh city wants a short hands-on course for members who own cameras but always "
        "shoot in automatic. They want to understand aperture, shutter speed and ISO by practising outdoors, "
        "with the option to come back and repeat a session.",
        {"nNo159": 2, "nNo164": 2, "nNo162": 1},
    ),
    (
        "nNn71",
        "vi",
        "f_timviec",
        "Đào tạo thợ ảnh dùng đèn flash rời không dây",
        "Studio chụp ảnh sự kiện ở Vĩnh Long muốn thợ chụp biết dùng đèn flash rời điều khiển không dây, cân "
        "bằng với ánh sáng có sẵn khi chụp tiệc cưới, hội nghị. Cần khóa học thực hành một ngày hoặc vài "
        "tuần, có mượn thiết bị đèn để tập.",
        {"nNo160": 2, "nNo161": 2, "nNo009": 1, "nNo010": 1},
    ),
    (
        "nNn72",
        "en",
        "f_baotretrinhdo",
        "Online photography course with tutor feedback for remote learners",
        "Several hobby photographers in Cầu Ngang cannot travel to the city for classes. They want an online "
        "course with short lessons and assignments, where they post their practice pictures and a tutor "
        "comments on them, at their own pace over a few months.",
        {"nNo162": 2, "nNo157": 1},
    ),
    (
        "nNn73",
        "vi",
        "f_blinks",
        "Máy ảnh chụp lúc sáng lúc tối, màn trập có lúc không nhả",
        "Máy ảnh DSLR của studio ở Mang Thít chụp ra ảnh lúc đủ sáng lúc cháy sáng, có vệt ngang, đôi khi bấm "
        "không chụp. Nghi bị hỏng màn trập. Cần nơi kiểm tra, báo giá trước khi sửa, có bảo hành.",
        {"nNo148": 2, "nNo149": 2, "nNo147": 2},
    ),
    (
        "nNn74",
        "en",
        "f_proservice",
        "Sensor cleaning and autofocus calibration for a studio camera",
        "Our main studio camera in Trà Vinh shows a grey spot in every sky and our 50 mm lens seems slightly "
        "soft at wide apertures. We want a care service that cleans the sensor properly and checks and adjusts "
        "autofocus with each of our lenses, not just a blower and swab.",
        {"nNo152": 2, "nNo150": 1, "nNo149": 1},
    ),
    (
        "nNn75",
        "en",
        "f_repairview",
        "Try a macro lens before buying for product shoots",
        "I photograph local food products in Vĩnh Long for online shops and need close-up detail my current "
        "lens cannot reach. A macro lens is expensive, so I want to rent a 100 mm macro for a few projects "
        "first to see if it is worth buying.",
        {"nNo144": 2, "nNo143": 1, "nNo142": 1},
    ),
    (
        "nNn76",
        "vi",
        "f_lensrdamage",
        "Thuê máy quay và ống kính một tuần, cần bảo hiểm hư hỏng",
        "Nhóm làm phim tài liệu về nghề gốm đỏ Mang Thít cần thuê thêm máy và ống kính trong một tuần quay ngoài "
        "trời, gần sông nước. Chúng tôi lo rủi ro rơi vỡ, ướt. Cần đơn vị cho thuê có gói bảo hiểm hoặc miễn "
        "trừ thiệt hại rõ ràng về mức khấu trừ và phạm vi.",
        {"nNo141": 2, "nNo146": 1, "nNo143": 1, "nNo142": 1},
    ),
]
