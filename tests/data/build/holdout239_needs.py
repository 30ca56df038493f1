"""Needs of the holdout239 set: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    (
        "rGn01",
        "vi",
        "anbinh_wiki",
        "Cần cầu phao nổi cho bến khách ngang sông phía cù lao An Bình",
        "Bến phà của HTX ở phía cù lao An Bình (Long Hồ, Vĩnh Long) bến bãi nhỏ, chưa đạt chuẩn, khu vực lại có nguy cơ sạt "
        "lở; khi nước ròng dốc lên xuống phà rất gắt, xe máy chen nhau lao xuống. Cần giải pháp bến nổi hoặc cầu dẫn tự "
        "điều chỉnh theo mực nước triều.",
        {"rGo001": 2, "rGo002": 2, "rGo004": 2, "rGo005": 2, "rGo003": 1, "rGo015": 1, "rGo016": 1, "rGo006": 1},
    ),
    (
        "rGn02",
        "en",
        "ke_thuongthoi",
        "Riverbank slumping beside our ferry landing at Tiểu Cần",
        "The embankment next to our ferry landing on the Hậu River keeps collapsing: 50 m sections have dropped, the "
        "pavement has sunk and the riverbed seems to be getting deeper. We need a survey of the riverbed and bank, "
        "monitoring, and a repair design before the landing itself is undermined.",
        {"rGo008": 2, "rGo010": 2, "rGo018": 2, "rGo009": 2, "rGo012": 1, "rGo011": 1},
    ),
    (
        "rGn03",
        "vi",
        "thvl_muamua",
        "Rào chắn và phân làn xe máy ở mỏ bàn phà mùa mưa",
        "HTX vận tải thủy ở Trà Ôn khai thác bến phà ngang sông; mùa mưa đường trơn, xe máy vẫn lao xuống phà khi xe dưới phà "
        "chưa lên hết. Cần rào chắn ở đầu phà chỉ mở khi đã xuống hết xe, cùng vạch phân làn chờ và biển báo.",
        {"rGo007": 2, "rGo003": 1, "rGo016": 1},
    ),
    (
        "rGn04",
        "en",
        "ref_floatdock",
        "Floating passenger pontoon for our cooperative's boat stop at Càng Long",
        "Our cooperative runs passenger boats on the Cổ Chiên and needs a floating landing at its stop: a platform on "
        "pontoons, joined to the bank by a ramp on rollers, held by poles so it rises and falls with the tide and river "
        "level. Only small boats call, no cranes needed.",
        {"rGo001": 2, "rGo002": 2, "rGo015": 2, "rGo016": 1, "rGo003": 1, "rGo005": 1},
    ),
    (
        "rGn05",
        "vi",
        "tranphu_plo",
        "Cần dựng nhanh bến tạm khi bến phà phải tạm ngưng",
        "Bến phà của chúng tôi nối hai bờ sông Hậu (Vĩnh Long) phải ngưng nhiều tháng vì vướng thủ tục cấp phép bến thủy nội "
        "địa, nay chỉ được hoạt động lại có thời hạn. Cần đơn vị thi công nhanh cầu tạm, bến tạm đạt điều kiện nghiệm thu "
        "để không gián đoạn việc qua sông.",
        {"rGo006": 2, "rGo002": 1, "rGo001": 1, "rGo004": 1},
    ),
    (
        "rGn06",
        "en",
        "piglix_linkspan",
        "Vehicle ramp that follows the tide at the Đại Ngãi crossing",
        "Trucks and cars boarding our ferry at the Tiểu Cần side ground on the ramp at low tide because the slope gets too "
        "steep. We need a ramp or bridge section that can be raised and lowered to match the ferry deck at any water "
        "level and take small-ferry movement at the berth.",
        {"rGo004": 2, "rGo005": 2, "rGo003": 2, "rGo016": 1, "rGo001": 1},
    ),
    (
        "rGn07",
        "vi",
        "gody",
        "Can phao noi lam ben do cho ghe khach o Cau Ke",
        "Ben do doc cua minh o Cau Ke, nuoc len xuong nhieu, khach leo len ghe rat nguy hiem nhat la nguoi gia. Can lam "
        "ben phao noi co cau dan cho khach buoc len xuong, gia vua phai, ai lam duoc lien he giup.",
        {"rGo002": 2, "rGo001": 2, "rGo015": 1, "rGo016": 1},
    ),
    (
        "rGn08",
        "en",
        "ke_phuda",
        "Embankment failed before handover at a riverside hamlet in Châu Thành",
        "A 50 m stretch of the new riverbank protection beside our hamlet's boat landing in Châu Thành collapsed into "
        "the river before final acceptance, taking the concrete path and railings. Orchards behind are flooding. We need "
        "foundation reinforcement and a proper revetment rebuild before the flood season.",
        {"rGo009": 2, "rGo012": 2, "rGo011": 1, "rGo008": 1, "rGo010": 1, "rGo018": 1},
    ),
    (
        "rGn09",
        "en",
        "aophao_vinhlong",
        "Lifejackets locked away on our ferries; passengers want to wear them",
        "On our ferries across the Cổ Chiên near Bình Tân, lifejackets hang in bundles or sit in lockers and are never "
        "handed out; commuters say they would wear them, especially in the rainy season. We need enough comfortable, "
        "certified lifejackets to give every passenger quickly at boarding.",
        {"rGo019": 2, "rGo146": 2, "rGo023": 1, "rGo024": 1, "rGo025": 1},
    ),
    (
        "rGn10",
        "vi",
        "aophao_hue",
        "Khách đò ngang ở Duyên Hải không chịu mặc áo phao",
        "Bến đò ngang của tổ hợp tác ở Duyên Hải có 4 chiếc đò, đã trang bị áo phao nhưng khách và cả chủ đò người mặc người "
        "không, dù đã bị nhắc nhở, xử phạt. Cần áo phao nhẹ, dễ mặc, đạt chuẩn và tài liệu tuyên truyền để khách tự giác mặc.",
        {"rGo024": 2, "rGo019": 2, "rGo146": 2, "rGo025": 1, "rGo022": 1, "rGo141": 1},
    ),
    (
        "rGn11",
        "en",
        "iso_12402_4",
        "Test certificate for lifejackets sewn by our cooperative",
        "Our sewing cooperative in Trà Vinh city wants to make lifejackets for ferry and boat operators in the province. "
        "We need our design tested and certified as a level 100 lifejacket for inland and close-to-shore water, and "
        "advice on materials and components.",
        {"rGo020": 2, "rGo021": 2, "rGo022": 1, "rGo019": 1, "rGo146": 1},
    ),
    (
        "rGn12",
        "vi",
        "gerlin",
        "Can phao tron cuu sinh dat doc ben pha",
        "Ben pha cua HTX o Long Ho can trang bi phao tron cuu sinh co day nem dat doc cau ben va tren pha theo quy dinh, "
        "de khi co nguoi rot xuong song thi nem phao kip. Can bao gia va huong dan lap dat.",
        {"rGo026": 2, "rGo027": 2, "rGo028": 2, "rGo029": 1},
    ),
    (
        "rGn13",
        "en",
        "iso_12402_6",
        "Lifejackets our ferry crew can wear for the whole shift",
        "Deckhands on our ferries between Trà Vinh and the Long Hòa islet handle ramps and ropes all day and take off "
        "bulky foam jackets. We need light, special-purpose lifejackets that crew can wear continuously and put on "
        "quickly without help.",
        {"rGo023": 2, "rGo147": 2, "rGo019": 1, "rGo020": 1, "rGo146": 1},
    ),
    (
        "rGn14",
        "vi",
        "sggp_boi",
        "Trang bị phao cứu hộ cho tổ cứu nạn ở bến phà",
        "Tổ cứu nạn tự quản ở bến phà Cầu Quan (Tiểu Cần) có ca nô nhưng thiếu phao chuyên dụng; khi có người rơi xuống sông "
        "Hậu nước xiết, anh em phải bơi ra tay không. Cần phao cứu hộ cho người cứu và hướng dẫn sử dụng.",
        {"rGo029": 2, "rGo028": 2, "rGo026": 1, "rGo027": 1, "rGo135": 1, "rGo140": 1},
    ),
    (
        "rGn15",
        "en",
        "aophao_recotta",
        "When should tourists on our covered river boats wear lifejackets?",
        "Our tourist boats to Cồn Chim have a roofed cabin and an open deck. Guests ask whether to wear lifejackets inside "
        "the cabin. We need clear guidance and a short pre-departure briefing explaining how and when to wear them.",
        {"rGo024": 2, "rGo025": 2, "rGo141": 2, "rGo019": 1},
    ),
    (
        "rGn16",
        "vi",
        "vietbao_halong",
        "Đóng tàu khách hai thân chống lật cho tuyến du lịch sông Cổ Chiên",
        "Doanh nghiệp du lịch ở Càng Long muốn đóng tàu khách khoảng 60 chỗ thiết kế hai thân, có khoang kín nước và đáy "
        "đôi để không lật, không chìm khi gặp sóng gió trên sông Cổ Chiên. Cần đơn vị thiết kế, đóng mới.",
        {"rGo041": 2, "rGo042": 2, "rGo037": 1, "rGo040": 1, "rGo044": 1},
    ),
    (
        "rGn17",
        "en",
        "nzherald",
        "Re-checking how many passengers our boats may carry",
        "Our boats on the Cầu Ngang route were licensed using old average passenger weights; people and their bags are "
        "heavier now (one regulator added 12 kg per person). We want the safe passenger number of each boat "
        "recalculated and posted.",
        {"rGo032": 2, "rGo035": 2, "rGo036": 2, "rGo037": 1, "rGo038": 1, "rGo034": 1},
    ),
    (
        "rGn18",
        "vi",
        "vesselvanguard",
        "Can tinh on dinh cho ghe cai hoan cho khach",
        "HTX o Tieu Can muon cai hoan 2 chiec ghe cho hang dai 11 m thanh ghe cho khach, co them mai che. Can tinh on dinh, "
        "so khach toi da truoc khi xin dang kiem. Ai nhan tinh giup.",
        {"rGo037": 2, "rGo038": 2, "rGo039": 2, "rGo040": 1, "rGo032": 1, "rGo035": 1},
    ),
    (
        "rGn19",
        "en",
        "accessvt",
        "Loading and trim training for our boat drivers in Cầu Ngang",
        "Several of our drivers fit bigger engines and let passengers crowd at the stern or one side; one boat was "
        "swamped by its own wake. We need training on capacity limits and how to spread passengers and cargo.",
        {"rGo034": 2, "rGo148": 2, "rGo043": 1, "rGo035": 1},
    ),
    (
        "rGn20",
        "vi",
        "viettimes_composite",
        "Đóng đò chở khách vỏ composite thay đò gỗ",
        "Tổ đò ngang ở Châu Thành muốn thay 3 chiếc đò gỗ đã mục bằng vỏ composite chở khoảng 20 khách, nhẹ, bền, không chìm "
        "khi thủng vỏ, giá rẻ hơn vỏ thép. Cần nơi thiết kế và đóng.",
        {"rGo042": 2, "rGo041": 1, "rGo044": 1},
    ),
    (
        "rGn21",
        "en",
        "shipcurve",
        "Hydrostatics and stability booklet for our 30-seat river boat",
        "Our small yard in Trà Cú built a 30-seat passenger boat and the inspector asks for hydrostatic curves and a "
        "stability check. We cannot afford commercial naval architecture software and need someone to compute GZ "
        "curves and criteria from our offsets.",
        {"rGo037": 2, "rGo038": 2, "rGo039": 2, "rGo040": 1},
    ),
    (
        "rGn22",
        "vi",
        "docnhanh_chimpha",
        "Gắn biển sức chở cho đò ngang sau các vụ chìm phà",
        "Sau các tin chìm phà chở khách, HTX đò ở Trà Cú muốn tính lại sức chở từng chiếc đò và gắn biển sức chở rõ ràng để "
        "người lái không nhận quá khách. Cần đơn vị tính toán và làm biển.",
        {"rGo032": 2, "rGo033": 2, "rGo035": 2, "rGo036": 2, "rGo034": 1},
    ),
    (
        "rGn23",
        "en",
        "eduhustler",
        "Retrofit our two diesel ferries to hybrid electric",
        "We operate two ageing diesel car ferries on a short Cổ Chiên crossing near Vũng Liêm. Fuel is our biggest cost. "
        "We want to retrofit them with batteries and electric drive rather than buy new boats.",
        {"rGo052": 2, "rGo053": 2, "rGo049": 2, "rGo050": 2, "rGo055": 1, "rGo054": 1, "rGo051": 1},
    ),
    (
        "rGn24",
        "vi",
        "dinhkhao_vnews",
        "Lộ trình chuyển phà Đình Khao sang chạy điện",
        "Sau hợp nhất tỉnh, lưu lượng qua phà Đình Khao tăng mạnh, phà phải chạy dày hơn và tốn dầu. Đơn vị khai thác muốn có "
        "lộ trình chuyển dần sang phà điện: sạc bờ tại bến, chọn phà nào cải hoán trước, nguồn vốn.",
        {"rGo051": 2, "rGo052": 2, "rGo056": 1, "rGo058": 1, "rGo153": 1},
    ),
    (
        "rGn25",
        "en",
        "clubmarine",
        "Replace the smoky two-stroke outboards on our 40 passenger boats",
        "Our cooperative in Trà Cú runs about 40 small passenger boats with old two-stroke outboards: blue smoke, noise "
        "and fuel-oil mix spilled into the canals. We want cleaner four-stroke or direct-injection engines.",
        {"rGo060": 2, "rGo061": 2, "rGo062": 2, "rGo063": 1},
    ),
    (
        "rGn26",
        "vi",
        "marinex",
        "Can mua may duoi tom 4 thi tiet kiem xang cho do",
        "Do may cua nha chay may 2 thi hao xang qua, khoi nhieu. Muon doi qua may 4 thi hay may phun xang truc tiep cho do "
        "cho khach o Cau Ke. Ai ban hoac tu van gia luon.",
        {"rGo061": 2, "rGo062": 2, "rGo060": 1, "rGo063": 1},
    ),
    (
        "rGn27",
        "en",
        "solarmango",
        "Solar-electric boat for eco-tours in the Duyên Hải mangroves",
        "Our community tourism group wants a quiet solar-powered boat for about ten visitors to glide through the "
        "mangrove channels without engine noise or fuel smell, able to run all day.",
        {"rGo057": 2, "rGo066": 1, "rGo059": 1, "rGo058": 1, "rGo056": 1},
    ),
    (
        "rGn28",
        "vi",
        "marinelink",
        "Thay máy diesel cũ đạt chuẩn khí thải mới cho tàu khách",
        "Công ty tàu khách ở Trà Vinh có 3 tàu chạy máy diesel đời cũ, khói đen, hao dầu. Muốn thay bằng máy diesel đời mới "
        "đạt chuẩn khí thải cao hoặc chuyển sang lai điện, và tìm hiểu nguồn hỗ trợ kinh phí thay máy.",
        {"rGo054": 2, "rGo053": 2, "rGo064": 1, "rGo052": 1},
    ),
    (
        "rGn29",
        "vi",
        "baotravinh_dodoc",
        "Bán vé điện tử cho bến đò dọc Ninh Thới dịp Tết",
        "Bến đò dọc ở Ninh Thới (Cầu Kè) qua Sóc Trăng, Cần Thơ ngày thường 15–20 khách và 10 xe máy mỗi chuyến, dịp Tết tăng "
        "3–4 lần, 15 phút một chuyến. Thu tiền mặt rất chậm; cần bán vé điện tử, quét mã QR khi lên đò.",
        {"rGo072": 2, "rGo077": 2, "rGo073": 2, "rGo075": 2, "rGo149": 2, "rGo076": 1, "rGo078": 1},
    ),
    (
        "rGn30",
        "en",
        "phunu_thuphi",
        "Cashless fares for motorbike riders at our ferry landing",
        "Riders queue to pay cash at our ferry landing in Long Hồ. We want them to pay by tapping a bank card or "
        "scanning a QR wallet at the gate, while keeping the cash window for older people.",
        {"rGo075": 2, "rGo078": 2, "rGo073": 1, "rGo077": 1},
    ),
    (
        "rGn31",
        "vi",
        "thuviennhadat",
        "Can app ban ve do qua song cho nguoi dan",
        "HTX do o Tra Cu muon co ung dung ban ve do qua song tren dien thoai, nguoi khong co smartphone thi nhan ma qua tin "
        "nhan. Nhan vien chi can quet ma la xong.",
        {"rGo073": 2, "rGo074": 2, "rGo072": 2, "rGo149": 2, "rGo076": 1},
    ),
    (
        "rGn32",
        "en",
        "bongda_ve",
        "Handheld QR ticket checks to replace paper tickets",
        "Paper tickets at our passenger boat terminal in Trà Vinh city get lost and re-used and cash goes missing. We "
        "want digital tickets and handheld validators that tell staff instantly whether a ticket is genuine, for today's "
        "route and not already used.",
        {"rGo077": 2, "rGo072": 2, "rGo073": 2, "rGo149": 2},
    ),
    (
        "rGn33",
        "vi",
        "gody",
        "Đặt vé trực tuyến cho tour tàu khách du lịch",
        "Công ty du lịch ở Vĩnh Long chạy tàu khách đưa khách qua các cù lao, muốn khách đặt vé trực tuyến, nhận vé điện tử "
        "qua email và đưa mã QR khi lên tàu.",
        {"rGo076": 2, "rGo073": 1},
    ),
    (
        "rGn34",
        "en",
        "swapcard",
        "Automatic passenger counts per trip for our river bus",
        "Our covered passenger boats on the Trà Vinh city to Long Đức route board through a single door. We need "
        "automatic counts of people boarding and leaving each trip, for the passenger log required by inspectors and to "
        "match timetables to demand.",
        {"rGo083": 2, "rGo084": 2, "rGo085": 2, "rGo086": 2, "rGo087": 2, "rGo088": 2},
    ),
    (
        "rGn35",
        "vi",
        "rockingrobots",
        "Đếm khách trên phà tự động, kể cả người ngồi trong ô tô",
        "Phà chở ô tô và xe máy ở Vũng Liêm phải ghi chính xác số người trên mỗi chuyến, nhưng người ngồi trong ô tô kính tối "
        "và trẻ nhỏ rất khó đếm bằng mắt. Cần hệ thống đếm tự động lúc xe lên phà.",
        {"rGo083": 2, "rGo084": 2, "rGo085": 2, "rGo086": 1, "rGo087": 1, "rGo088": 1},
    ),
    (
        "rGn36",
        "en",
        "mapscaping",
        "Tracking our 12 passenger boats in Duyên Hải",
        "Our cooperative wants to see the position, speed and route of its 12 passenger boats on a map in real time and "
        "keep the track history, so the office knows where each boat is and can help fast if one gets into trouble.",
        {"rGo089": 2, "rGo090": 2, "rGo091": 2, "rGo092": 2},
    ),
    (
        "rGn37",
        "vi",
        "porttech",
        "Lưu vết hành trình đò để tìm kiếm khi có sự cố",
        "Đò chở khách của tổ hợp tác ở Cầu Ngang đi qua đoạn sông rộng, có lần đò chết máy trôi xa không ai biết ở đâu. Cần "
        "thiết bị ghi và gửi vị trí để khi có sự cố lực lượng cứu nạn biết ngay vị trí cuối.",
        {"rGo091": 2, "rGo092": 2, "rGo089": 1, "rGo090": 1},
    ),
    (
        "rGn38",
        "en",
        "sparkthread",
        "Fuel-free crossing for a channel to the Long Hòa islet",
        "The channel between the mainland and the Long Hòa islet (Châu Thành) has a steady current. We would like a "
        "cable-guided ferry for pedestrians and motorbikes that uses little or no fuel.",
        {"rGo096": 2, "rGo097": 2, "rGo098": 2, "rGo099": 2, "rGo100": 1, "rGo101": 1, "rGo102": 1},
    ),
    (
        "rGn39",
        "vi",
        "stringtranslate",
        "Phà cáp chạy điện cho bến đò ngang ở Vũng Liêm",
        "Xã ở Vũng Liêm muốn thay đò máy ở bến ngang bằng phà tự kéo theo cáp chạy mô-tơ điện, nhưng cáp phải chìm xuống đáy "
        "để ghe thuyền khác đi qua.",
        {"rGo099": 2, "rGo096": 1, "rGo097": 1, "rGo100": 1},
    ),
    (
        "rGn40",
        "en",
        "roundlake",
        "Hand-pulled cable punt across a silted canal in Cầu Kè",
        "A canal in Cầu Kè has silted to about 30 m wide and running a motor boat across is no longer worth it. We need "
        "a simple hand-operated cable or rope ferry for villagers and bicycles.",
        {"rGo100": 2, "rGo101": 2, "rGo102": 2},
    ),
    (
        "rGn41",
        "vi",
        "captreo",
        "Can lam pha keo cap qua kenh cho xe may",
        "Dan o Cau Ngang tu che cap treo cho hang qua song roi, nay muon lam pha keo theo cap de cho nguoi va xe may qua kenh, "
        "khoi di vong xa. Can nguoi thiet ke, lap dat.",
        {"rGo099": 2, "rGo101": 2, "rGo102": 2, "rGo096": 2, "rGo103": 1},
    ),
    (
        "rGn42",
        "en",
        "daingai_canthotv",
        "Pre-feasibility for a bridge to replace the Tiểu Cần ferry",
        "About 4,000 motorbikes and cars a day take ferries between Tiểu Cần and Cù Lao Dung, then drive 2.5 km across the "
        "islet. The district wants a pre-feasibility study with route options and costs for a bridge to replace them.",
        {"rGo105": 2, "rGo106": 2, "rGo111": 1, "rGo115": 1, "rGo112": 1},
    ),
    (
        "rGn43",
        "vi",
        "daingai_vietnamnet",
        "Việc làm cho lao động bến phà khi cầu Đại Ngãi thông xe",
        "Cầu Đại Ngãi sắp thay phà Đại Ngãi. Công ty khai thác bến phà cần phương án cho vài chục lao động: ai điều chuyển, ai "
        "nghỉ, có thể chuyển sang quản lý, vận hành cầu hay không.",
        {"rGo108": 2, "rGo109": 2, "rGo113": 1, "rGo114": 1, "rGo110": 1},
    ),
    (
        "rGn44",
        "en",
        "vamcong",
        "Keep our old ferry landing as a backup and visitor site",
        "The last ferries at our crossing will stop when the new bridge opens. The commune wants to keep the landing and "
        "one or two ferries for emergencies and as a heritage stop for visitors.",
        {"rGo113": 2, "rGo114": 2, "rGo110": 1},
    ),
    (
        "rGn45",
        "vi",
        "tuoitrenews",
        "Giảm ùn tắc cầu dịp lễ bằng bến phà phụ",
        "Cầu trên quốc lộ qua địa bàn Vĩnh Long thường kẹt xe dịp lễ, Tết trong khi cầu mới chưa xong. Cần phương án mở lại "
        "bến phà phụ, tăng chuyến giờ cao điểm để chia lửa.",
        {"rGo107": 2, "rGo150": 2, "rGo114": 1},
    ),
    (
        "rGn46",
        "en",
        "baomoi_9cau",
        "Bridge over a national waterway that keeps boats moving",
        "The district wants to replace a ferry over the Hậu River branch in Trà Cú with a bridge, but sea-going barges "
        "use the channel. We need a bridge design with adequate navigation clearance and span.",
        {"rGo111": 2, "rGo115": 2, "rGo105": 1, "rGo106": 1, "rGo112": 1},
    ),
    (
        "rGn47",
        "vi",
        "camau_hoidap",
        "Đào tạo bằng thuyền trưởng hạng tư cho chủ đò ở Trà Cú",
        "Khoảng 15 chủ đò ở Trà Cú cần học và thi bằng thuyền trưởng hạng tư, chứng chỉ an toàn cơ bản, có lớp tổ chức tại "
        "địa phương hoặc gần nhất.",
        {"rGo117": 2, "rGo118": 2, "rGo119": 2, "rGo120": 1},
    ),
    (
        "rGn48",
        "en",
        "zhetiaohe",
        "Converting a sea-going engineer's licence for river tour boats",
        "Two of our new skippers hold sea-going master and engineer certificates. Our Trà Vinh tour company needs them "
        "converted to inland and coastal river boat certificates without repeating training.",
        {"rGo122": 2, "rGo120": 2, "rGo119": 1},
    ),
    (
        "rGn49",
        "vi",
        "cdnwebhn",
        "Quy trình tự kiểm tra an toàn phương tiện trước mỗi chuyến",
        "HTX vận tải thủy ở Cầu Kè nhiều lần bị xử phạt vi phạm về an toàn đường thủy. Cần bộ quy trình, bảng kiểm để tự kiểm "
        "tra phương tiện, thiết bị trước mỗi chuyến giống cách cơ quan cảng vụ kiểm tra.",
        {"rGo121": 2, "rGo132": 1, "rGo126": 1},
    ),
    (
        "rGn50",
        "vi",
        "camau_hoidap",
        "Học lái phương tiện thủy cho thanh niên 17 tuổi",
        "Con trai tôi 17 tuổi ở Cầu Ngang muốn phụ lái đò cho gia đình. Cần biết điều kiện sức khỏe, tuổi và nơi học, thi "
        "chứng chỉ lái phương tiện, an toàn cơ bản.",
        {"rGo117": 2, "rGo118": 2, "rGo119": 2},
    ),
    (
        "rGn51",
        "en",
        "anbinh_wiki",
        "Emergency drills for our ferry crews at An Bình",
        "Our ferries to the An Bình islet carry thousands a day in deep, fast water, yet crews have never practised an "
        "emergency. We need a drill programme with assigned duties for each crew member.",
        {"rGo131": 2, "rGo132": 2, "rGo126": 2, "rGo127": 2, "rGo129": 1, "rGo133": 1},
    ),
    (
        "rGn52",
        "vi",
        "anbinh_vn",
        "Tập huấn quản lý đám đông cho nhân viên bến phà giờ tan tầm",
        "Phà An Bình giờ tan tầm đầy người, xe, nhiều người đứng cả ở mỏ bàn phà, không tuân thủ mặc áo phao. Nhân viên bến cần "
        "được tập huấn điều khiển đám đông, hướng dẫn khách khi khẩn cấp.",
        {"rGo128": 2, "rGo130": 2, "rGo129": 1, "rGo007": 1},
    ),
    (
        "rGn53",
        "en",
        "sggp_boi",
        "Swimming and rescue training for our boat drivers",
        "Several drivers in our Cầu Kè boat cooperative cannot swim well. We want a course in swimming, rescuing people "
        "from the water and first aid, with most time spent practising.",
        {"rGo135": 2, "rGo136": 2, "rGo137": 2, "rGo138": 2, "rGo140": 1, "rGo139": 1},
    ),
    (
        "rGn54",
        "vi",
        "docnhanh_chimpha",
        "Tổ chức diễn tập cứu nạn giả định chìm đò cấp huyện",
        "Huyện Châu Thành muốn diễn tập tình huống đò chở khách gặp nạn trên sông Cổ Chiên, phối hợp công an, y tế, dân quân, "
        "có người đóng vai nạn nhân. Cần đơn vị xây dựng kịch bản và tổ chức.",
        {"rGo133": 2, "rGo134": 2, "rGo139": 1, "rGo129": 1},
    ),
    (
        "rGn55",
        "en",
        "docshare",
        "Audit of our crew training and drill records",
        "Before renewing our ferry licence in Vĩnh Long, management wants an independent review of how crews are trained, "
        "whether procedures are written and whether drills really happen as recorded.",
        {"rGo129": 2, "rGo131": 1, "rGo132": 1},
    ),
    (
        "rGn56",
        "vi",
        "vnexpress_boi",
        "Sơ cứu đuối nước cho nhân viên bến đò",
        "Nhân viên bến đò ở Long Hồ cần được tập huấn cách vớt người đuối nước và hồi sinh tim phổi trong lúc chờ cấp cứu.",
        {"rGo140": 2, "rGo137": 2, "rGo138": 2, "rGo135": 1},
    ),
    (
        "rGn57",
        "en",
        "aophao_hue",
        "Pre-departure safety talk for our ferry passengers",
        "Passengers on our Duyên Hải cross-river boats ignore lifejackets. Staff need a short, clear safety talk before "
        "each departure covering lifejackets and what to do in an emergency.",
        {"rGo141": 2, "rGo024": 2, "rGo025": 2, "rGo130": 1},
    ),
    (
        "rGn58",
        "vi",
        "answers",
        "Lập bảng phân công nhiệm vụ khẩn cấp cho tàu khách 50 chỗ",
        "Tàu khách 50 chỗ của công ty ở Trà Vinh chưa có bảng phân công khi có sự cố: ai phát áo phao, ai tập trung khách, ai "
        "chữa cháy, ai liên lạc. Cần người lập và hướng dẫn niêm yết.",
        {"rGo126": 2, "rGo127": 2, "rGo132": 1},
    ),
    (
        "rGn59",
        "en",
        "hybrid_wiki",
        "Shore charging at our terminal for an all-electric ferry",
        "We plan to run the Vĩnh Long city crossing fully on batteries. We need a design for charging at the terminal and "
        "for converting the existing diesel-electric ferry so it can later run on shore power alone.",
        {"rGo052": 2, "rGo051": 1, "rGo049": 1, "rGo153": 1},
    ),
    (
        "rGn60",
        "vi",
        "greenenergy",
        "Xuồng điện năng lượng mặt trời chở khách tham quan",
        "Khu du lịch cộng đồng ở Cồn Chim (Châu Thành) muốn có xuồng chạy điện mặt trời chở 6–10 khách đi kênh rạch, không ồn, "
        "không khói; có thể cải hoán từ xuồng cũ.",
        {"rGo057": 2, "rGo059": 2, "rGo066": 1},
    ),
    (
        "rGn61",
        "en",
        "daingai_tygia",
        "Compare bridge alignments for the Long Hồ crossing",
        "Before committing, the province wants bridge alignments on the Cổ Chiên near Long Hồ compared against the "
        "existing ferry terminal: route length, main-span length, cost and distance from the ferry.",
        {"rGo105": 2, "rGo106": 1, "rGo111": 1},
    ),
    (
        "rGn62",
        "vi",
        "dinhkhao_saigontimes",
        "Lập dự án PPP cho cầu thay phà",
        "Tỉnh Vĩnh Long cần đơn vị tư vấn lập dự án cầu 4 làn xe thay bến phà qua sông Cổ Chiên theo hình thức đối tác công tư, "
        "tính tổng mức đầu tư và phương án thu hồi vốn.",
        {"rGo106": 2, "rGo105": 1},
    ),
    (
        "rGn63",
        "en",
        "thvl_muamua",
        "Barriers so motorbikes wait until the ferry is unloaded",
        "At our ferry landing in Trà Ôn motorbikes ride down the ramp while the previous load is still getting off, "
        "worse on wet days. We want barriers at the ramp end that open only when the ferry is clear, and marked waiting "
        "lanes.",
        {"rGo007": 2, "rGo003": 1, "rGo016": 1},
    ),
    (
        "rGn64",
        "vi",
        "foghorn25",
        "Chạy điện tốc độ thấp trong kênh cho tàu du lịch",
        "Tàu du lịch của công ty ở Trà Vinh chạy trong kênh nhỏ tốc độ thấp, máy chính ồn và tốn dầu. Muốn lắp mô-tơ điện vào "
        "hộp số để chạy chậm bằng điện, ra sông lớn mới dùng máy chính.",
        {"rGo055": 2, "rGo050": 1, "rGo049": 1},
    ),
    (
        "rGn65",
        "vi",
        "gody",
        "Đại tu phà cũ để tăng năng lực vận tải",
        "Hai chiếc phà của bến ở Trà Ôn đã cũ kỹ, máy xuống cấp, giờ cao điểm ùn ứ. Cần đơn vị đại tu toàn bộ, nâng năng lực "
        "chở khách và xe.",
        {"rGo104": 2, "rGo053": 1, "rGo049": 1},
    ),
    (
        "rGn66",
        "en",
        "cdnwebhn",
        "Inspection checklist for the inland waterway port office",
        "The provincial inland waterway port office wants a written inspection procedure and checklists for passenger "
        "boats and ferries at landings, to make checks consistent.",
        {"rGo121": 2, "rGo132": 1},
    ),
    (
        "rGn67",
        "vi",
        "scite_bus",
        "Cảm biến đếm khách lên xuống cửa tàu buýt đường sông",
        "Tuyến tàu khách nội thành Trà Vinh muốn lắp cảm biến ở cửa lên xuống để biết trên tàu đang có bao nhiêu khách, dữ liệu "
        "theo từng bến để điều chỉnh lịch chạy.",
        {"rGo087": 2, "rGo086": 2, "rGo088": 2, "rGo083": 1},
    ),
    (
        "rGn68",
        "en",
        "foghorn23",
        "New battery-electric passenger ferry for the Long Hòa crossing",
        "We want to replace a worn-out ferry to the Long Hòa islet with a new hybrid or battery-electric passenger "
        "ferry and are looking for designers and builders.",
        {"rGo049": 2, "rGo050": 2, "rGo056": 2, "rGo058": 2, "rGo153": 2, "rGo052": 1, "rGo055": 1},
    ),
    (
        "rGn69",
        "vi",
        "cdnwebhn",
        "Lắp đèn hành trình cho đò chạy ban đêm",
        "Đò chở công nhân ở Duyên Hải chạy cả sáng sớm và tối, nhiều lần bị nhắc vì thiếu đèn. Cần lắp đủ đèn cột, đèn mạn, "
        "đèn lái đúng quy tắc phòng ngừa đâm va.",
        {"rGo124": 2, "rGo125": 2},
    ),
    (
        "rGn70",
        "en",
        "tranphu_plo",
        "More sailings at peak hours after our ferry reopened",
        "Our Hậu River ferry in Vĩnh Long has just reopened after months closed and queues are long at peak hours. We "
        "need help planning sailing frequency and loading of people, vehicles and goods.",
        {"rGo150": 2, "rGo107": 1, "rGo083": 1},
    ),
    (
        "rGn71",
        "vi",
        "infinitelexicon",
        "Phao tròn kèm dây ném dọc bờ kè khu du lịch",
        "Khu du lịch ven sông ở Ba Động cần đặt phao tròn cứu sinh có dây ném dọc bờ kè và bến thuyền, có hộp chứa dễ thấy, "
        "tránh mất cắp.",
        {"rGo026": 2, "rGo027": 2, "rGo028": 2, "rGo029": 1},
    ),
    (
        "rGn72",
        "en",
        "vietbao_halong",
        "Fast, light tour boat for the Trà Vinh river route",
        "Our tour company wants a fast, light passenger boat of about 40 seats that rides steadily in chop on the wide "
        "Cổ Chiên estuary and stays afloat if the hull is holed.",
        {"rGo042": 2, "rGo041": 2, "rGo048": 1, "rGo037": 1},
    ),
    (
        "rGn73",
        "vi",
        "ke_thuongthoi",
        "Theo dõi sạt lở quanh bến đò bằng đo sâu định kỳ",
        "Kè gần bến đò ở Cầu Kè có dấu hiệu sụp lún, người dân lo lòng sông bị khoét sâu. Cần đơn vị đo sâu định kỳ, đánh "
        "giá dòng chảy và cảnh báo sớm.",
        {"rGo008": 2, "rGo010": 2, "rGo018": 2},
    ),
    (
        "rGn74",
        "vi",
        "betong_ke",
        "Gia cố nền kè bến bằng vải địa kỹ thuật",
        "Bờ kè bến thuyền ở Tiểu Cần bị xói chân sau mùa mưa bão. Cần đơn vị thi công gia cố nền dưới nước và sửa chữa kè.",
        {"rGo012": 2, "rGo009": 2, "rGo011": 1},
    ),
    (
        "rGn75",
        "en",
        "vesselvanguard",
        "Stability re-check after adding a roof to our passenger boat",
        "We added a roof and upper seats to a 12 m passenger boat in Cầu Ngang. The inspector wants a new stability "
        "calculation before approving the number of passengers.",
        {"rGo037": 2, "rGo038": 2, "rGo039": 2, "rGo032": 1},
    ),
]
