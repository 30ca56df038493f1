"""Needs of the holdout227 labelled set: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    (
        "qUn01",
        "vi",
        "moitruong_tv",
        "Cần trạm đo mặn tự động tại cống lấy nước cho HTX tôm – lúa Cầu Ngang",
        "Trà Vinh nằm cuối nguồn nước ngọt sông Hậu lại giáp biển nên mùa khô mặn vào rất nhanh. HTX chúng tôi ở Cầu Ngang cần trạm đo "
        "độ mặn chạy liên tục đặt ngay cống lấy nước, tự báo về điện thoại ban quản trị khi mặn vượt 4‰ để đóng cống kịp thời.",
        {
            "qUo001": 2,
            "qUo002": 2,
            "qUo004": 2,
            "qUo005": 2,
            "qUo009": 2,
            "qUo017": 2,
            "qUo018": 2,
            "qUo003": 1,
            "qUo008": 1,
            "qUo010": 1,
            "qUo068": 1,
            "qUo144": 1,
        },
    ),
    (
        "qUn02",
        "en",
        "danviet_nhiem",
        "Phone app showing live canal salinity for a durian orchard in Vũng Liêm",
        "Salinity above 4 per mille has shown up at most stations this dry season and the provincial disaster committee asks growers "
        "to follow the warning bulletins. Our 3 ha durian orchard in Vũng Liêm needs to see the salinity of the canal in real time on "
        "a phone before we switch on the irrigation pump.",
        {
            "qUo005": 2,
            "qUo008": 2,
            "qUo009": 2,
            "qUo010": 2,
            "qUo018": 2,
            "qUo004": 2,
            "qUo006": 1,
            "qUo001": 1,
            "qUo017": 1,
        },
    ),
    (
        "qUn03",
        "vi",
        "vtv_giochuong",
        "Can du bao man som truoc vai thang cho vu lua dong xuan o Tra Cu",
        "Sau Tet gio chuong thoi manh, nuoc man tu cac cua song lan sau vao dat lien. To hop tac lua o Tra Cu can biet truoc vai thang "
        "nam nay man co som va nang khong de chon thoi diem xuong giong dong xuan va tru nuoc.",
        {"qUo007": 2, "qUo012": 2, "qUo011": 1, "qUo014": 1, "qUo019": 1, "qUo023": 1},
    ),
    (
        "qUn04",
        "en",
        "odm_early",
        "Regular forecast of how far the 4‰ salinity line will reach on the Cổ Chiên and Hậu rivers",
        "Salinity is expected about a month earlier than the multi-year average, from mid to late December. Our shrimp–rice "
        "cooperative in Duyên Hải needs a regular bulletin saying how many kilometres inland the 4 per mille line will reach in the "
        "coming weeks so we can secure water for the winter-spring crop.",
        {"qUo011": 2, "qUo012": 2, "qUo013": 1, "qUo014": 1, "qUo007": 1},
    ),
    (
        "qUn05",
        "vi",
        "tuoitre_vungliem",
        "Số liệu mặn và mực nước thời gian thực để vận hành cống ở Vũng Liêm",
        "Cống Vũng Liêm phải đóng nhiều ngày quanh Tết để chặn mặn theo triều cường. Đơn vị thủy nông cần số liệu độ mặn và mực nước "
        "cập nhật liên tục tại nhiều điểm trên sông Cổ Chiên, Măng Thít và trong nội đồng để quyết định đóng, mở cống.",
        {
            "qUo006": 2,
            "qUo009": 2,
            "qUo018": 2,
            "qUo010": 2,
            "qUo068": 2,
            "qUo001": 1,
            "qUo017": 1,
            "qUo004": 1,
            "qUo003": 1,
            "qUo058": 1,
            "qUo074": 1,
        },
    ),
    (
        "qUn06",
        "en",
        "fishbio_supply",
        "Salinity alarm at the raw-water intake of a Tiểu Cần water plant",
        "Forecasters expect the highest salinity on the Mekong branches in February and March and ask localities to follow hydro-met "
        "bulletins. Our rural water plant in Tiểu Cần needs an automatic salinity sensor at the intake that alerts operators by phone "
        "so we stop pumping before salty water enters the plant.",
        {
            "qUo001": 2,
            "qUo002": 2,
            "qUo017": 2,
            "qUo009": 2,
            "qUo018": 2,
            "qUo004": 1,
            "qUo016": 1,
            "qUo068": 1,
            "qUo144": 1,
        },
    ),
    (
        "qUn07",
        "vi",
        "danviet_man",
        "Can app xem do man song Hau cho vuon buoi o Cau Ke",
        "Vien thuy loi du bao man co the vao sau tu nua cuoi thang 2 keo sang thang 3. Nha vuon trong buoi o Cau Ke can ung dung tren "
        "dien thoai xem do man song Hau va kenh noi dong theo gio de biet luc nao duoc bom nuoc tuoi.",
        {"qUo010": 2, "qUo008": 2, "qUo004": 2, "qUo005": 2, "qUo009": 2, "qUo018": 2, "qUo006": 1},
    ),
    (
        "qUn08",
        "en",
        "thvl_sommon",
        "Solar salinity station that starts our pumps automatically",
        "Salinity appeared in the province as early as 8–9 December, earlier than usual. Our shrimp hatchery in Châu Thành (Trà Vinh) "
        "wants a solar-powered salinity station on the canal that switches the pumps on by itself once salinity drops below our "
        "threshold, and warns us when it rises.",
        {"qUo002": 2, "qUo001": 1, "qUo017": 1, "qUo144": 1},
    ),
    (
        "qUn09",
        "vi",
        "vl_2kichban",
        "Tư vấn quản trị nguồn nước mặt ứng phó hạn mặn cho huyện",
        "Tỉnh đã có hai kịch bản ứng phó hạn mặn theo cấp độ rủi ro nhưng ở huyện Trà Ôn việc phối hợp giữa xã, thủy nông và HTX còn rời rạc. "
        "Chúng tôi cần đơn vị đánh giá cách quản lý nước mặt hiện nay, phân rõ vai trò, trách nhiệm từng bên khi mặn vào.",
        {"qUo015": 2, "qUo022": 1, "qUo020": 1},
    ),
    (
        "qUn10",
        "en",
        "vtvgo_han",
        "Three-month drought outlook for a fruit cooperative in Càng Long",
        "Around 50,000 delta households lack domestic water in a bad dry season. Our fruit cooperative in Càng Long needs a drought "
        "and heat outlook about three months ahead to decide how much water to store in orchard ditches and when.",
        {"qUo019": 2, "qUo023": 2, "qUo021": 2, "qUo014": 1, "qUo007": 1, "qUo024": 1, "qUo020": 1},
    ),
    (
        "qUn11",
        "vi",
        "tv_kehoach2018",
        "Xây dựng hệ thống cảnh báo sớm hạn hán cho huyện Trà Ôn",
        "Kế hoạch phòng chống thiên tai hằng năm của tỉnh giao các huyện chủ động với hạn hán. Ban chỉ huy huyện Trà Ôn cần xây dựng hệ thống "
        "cảnh báo sớm hạn hán: thu thập số liệu mưa, mực nước, độ ẩm, giám sát, truyền tin cho xã và HTX, kèm phương án ứng phó.",
        {"qUo024": 2, "qUo020": 2, "qUo019": 1, "qUo021": 1, "qUo022": 1, "qUo023": 1},
    ),
    (
        "qUn12",
        "vi",
        "gayaone",
        "Bản tin thời tiết cấp xã gửi qua tin nhắn cho HTX lúa Tam Bình",
        "Dự báo ngày càng dùng trí tuệ nhân tạo nhưng bản tin trên tivi vẫn chung cho cả vùng. HTX lúa ở Tam Bình cần bản tin thời tiết hằng tuần "
        "cho đúng xã mình, gửi qua tin nhắn điện thoại cho xã viên, báo trước mưa lớn để sắp xếp bơm nước, phun thuốc và thu hoạch.",
        {"qUo031": 2, "qUo026": 2, "qUo025": 2, "qUo030": 1, "qUo033": 1, "qUo027": 1, "qUo032": 1},
    ),
    (
        "qUn13",
        "en",
        "vtv_giong",
        "Five-day forecasts with spraying advice for vegetable growers in Long Hồ",
        "At the turn of the season, afternoon thunderstorms with strong gusts are common. Our vegetable group in Long Hồ wants "
        "forecasts for the next five days with crop-specific advice on when to spray and harvest, in Vietnamese.",
        {"qUo027": 2, "qUo028": 2, "qUo032": 2, "qUo025": 2, "qUo029": 1, "qUo030": 1, "qUo033": 1},
    ),
    (
        "qUn14",
        "vi",
        "h24_dong",
        "Cảnh báo dông lốc trước 1–2 giờ cho người nuôi nghêu bãi bồi Cầu Ngang",
        "Dông lốc, sét đến bất ngờ, phạm vi hẹp nhưng rất nguy hiểm cho người làm ngoài bãi trống ven biển. Tổ hợp tác nuôi nghêu ở Cầu Ngang "
        "cần nguồn cảnh báo dông, lốc trước 1–2 giờ để gọi người trên bãi vào bờ.",
        {"qUo036": 2, "qUo034": 2, "qUo035": 2, "qUo037": 2, "qUo043": 1, "qUo042": 1, "qUo041": 1},
    ),
    (
        "qUn15",
        "en",
        "zalo_znews",
        "Lightning alerts for outdoor crews at a Duyên Hải construction site",
        "A single morning storm recently produced more than 10,000 lightning flashes over one city. Our contractor building on the "
        "Duyên Hải coast needs a system that detects approaching lightning and alerts the site so crews can stop work and take cover.",
        {"qUo037": 2, "qUo038": 2, "qUo039": 2, "qUo040": 2, "qUo041": 2, "qUo035": 1},
    ),
    (
        "qUn16",
        "vi",
        "chongset_dongnam",
        "Thiết bị phát hiện sét có còi báo cho người làm ngoài ao tôm Long Toàn",
        "Các xưởng mái tôn đã có kim thu sét nhưng người làm ngoài ao thì không được bảo vệ. HTX nuôi tôm ở Long Toàn cần thiết bị phát hiện sét "
        "trong bán kính vài chục km, hú còi và báo điện thoại để công nhân vào nơi trú an toàn.",
        {"qUo041": 2, "qUo038": 2, "qUo040": 2, "qUo037": 2, "qUo039": 2},
    ),
    (
        "qUn17",
        "vi",
        "travinh_bao9",
        "Can mau gia co nha chong toc mai do loc xoay cho ho ven bien Duyen Hai",
        "Moi khi co bao, tinh chi dao huong dan dan chang chong nha cua. Ap ven bien o Duyen Hai nhieu nha mai ton, mai ngoi de bi loc "
        "xoay lat mai; can mau gia co nha re tien, ky thuat don gian de dan tu lam.",
        {"qUo122": 2, "qUo121": 1, "qUo043": 1, "qUo042": 1, "qUo044": 1, "qUo123": 1},
    ),
    (
        "qUn18",
        "en",
        "nation_wipha",
        "Impact-based typhoon warnings for each commune of the province",
        "Before a recent typhoon, tens of thousands of vessels and crews had to be notified and guided to shelter. The provincial "
        "disaster office wants warnings that say what damage to expect in each commune (houses, dikes, boats) rather than only wind "
        "levels, and staff trained to produce them.",
        {"qUo045": 2, "qUo046": 2, "qUo047": 2, "qUo070": 1, "qUo108": 1},
    ),
    (
        "qUn19",
        "en",
        "eli5",
        "Low-cost automatic weather station for a university farm in Châu Thành",
        "An automatic weather station measures temperature, rain and wind and sends the data to a computer. Our teaching farm in "
        "Châu Thành (Trà Vinh) needs a low-cost station whose readings reach an online dashboard over LoRa or 4G.",
        {"qUo048": 2, "qUo049": 2, "qUo050": 2, "qUo056": 2, "qUo057": 2, "qUo055": 2, "qUo040": 1, "qUo051": 1},
    ),
    (
        "qUn20",
        "vi",
        "raingauge_blog",
        "Trạm đo mưa tự động ở các xã huyện Trà Cú, nhắn tin khi mưa vượt ngưỡng",
        "Vũ lượng kế đo lượng mưa trong một khoảng thời gian. Huyện Trà Cú cần đặt trạm đo mưa tự động ở các xã, số liệu truyền về huyện và tự "
        "nhắn tin cho cán bộ khi mưa vượt ngưỡng gây ngập.",
        {"qUo051": 2, "qUo052": 2, "qUo053": 2, "qUo073": 2, "qUo054": 1, "qUo055": 1, "qUo048": 1, "qUo057": 1},
    ),
    (
        "qUn21",
        "vi",
        "eli5",
        "Can may do mua tu dong xem so lieu tren dien thoai cho ruong lua Tieu Can",
        "Tram khi tuong tu dong co bo phan hung va dem luong mua. Nong dan o Tieu Can can may do mua tu dong dat ngoai dong, xem so lieu "
        "mua ngay tren dien thoai de biet ruong nao can thao nuoc.",
        {"qUo051": 2, "qUo052": 2, "qUo054": 1, "qUo055": 1, "qUo057": 1, "qUo048": 1, "qUo053": 1},
    ),
    (
        "qUn22",
        "en",
        "tipping",
        "Open-source weather station that makes its own short-term forecasts",
        "Long rainfall records help farmers plan irrigation. Our orchard cooperative in Mang Thít wants an open-source weather station "
        "that not only logs data but also computes short-term local forecasts on the device or its server.",
        {"qUo049": 2, "qUo048": 2, "qUo057": 1, "qUo050": 1, "qUo056": 1},
    ),
    (
        "qUn23",
        "vi",
        "thvl_trieu",
        "Trạm đo mực nước tự động trên sông Long Bình, cảnh báo triều vượt báo động",
        "Triều cường đã vượt báo động 3 và còn lên cao hơn. Ban chỉ huy phòng chống thiên tai TP Trà Vinh cần trạm đo mực nước tự động trên sông "
        "Long Bình và các kênh chính, truyền số liệu về trung tâm và cảnh báo khi nước vượt mức báo động.",
        {
            "qUo058": 2,
            "qUo074": 2,
            "qUo060": 2,
            "qUo059": 2,
            "qUo065": 2,
            "qUo063": 2,
            "qUo064": 2,
            "qUo066": 2,
            "qUo069": 2,
            "qUo068": 1,
            "qUo009": 1,
            "qUo018": 1,
            "qUo062": 1,
        },
    ),
    (
        "qUn24",
        "en",
        "conho",
        "Siren at the Cồn Hô dike when the tide passes alarm level III",
        "An early-April high tide above alarm level III broke eight sections of the Cồn Hô dike in Càng Long, flooding 25 ha of orchards "
        "and 29 homes by 1–1.5 m. Residents want a sensor on the dike that sounds a siren when water passes the alarm level.",
        {"qUo067": 2, "qUo059": 2, "qUo065": 2, "qUo061": 1, "qUo063": 1, "qUo083": 1, "qUo060": 1},
    ),
    (
        "qUn25",
        "vi",
        "thvl_debao",
        "Bản tin dự báo đỉnh triều 3–4 ngày cho các xã ven sông Cổ Chiên",
        "Đợt triều cường vừa qua làm hơn 240 tuyến bờ bao và 94 đập bị tràn, vỡ. Các xã ven sông Cổ Chiên cần bản tin dự báo đỉnh triều trước "
        "3–4 ngày để kịp huy động dân gia cố bờ bao trước con nước rằm.",
        {"qUo072": 2, "qUo071": 2, "qUo013": 2, "qUo070": 1, "qUo069": 1},
    ),
    (
        "qUn26",
        "en",
        "laodong_wipha",
        "Storm surge and inundation forecast for the Duyên Hải coast",
        "Forecasters can say when a typhoon peaks but coastal communes need to know how far sea water will come inland. The Duyên Hải "
        "coastal authority wants storm surge plus tide modelling that gives inundation extent and depth when a storm approaches.",
        {"qUo070": 2, "qUo120": 1, "qUo071": 1, "qUo045": 1},
    ),
    (
        "qUn27",
        "vi",
        "vtc_trieu",
        "Đèn cảnh báo ngập đường và ứng dụng xem điểm ngập cho phường ven sông TP Vĩnh Long",
        "Khi triều vượt báo động 3 lại gặp mưa chiều, nhiều đường ven sông ngập. Phường chúng tôi cần đèn báo ngập tại điểm trũng và ứng dụng "
        "cho người dân xem chỗ nào đang ngập để tránh.",
        {"qUo061": 2, "qUo073": 2, "qUo059": 2, "qUo062": 1, "qUo060": 1},
    ),
    (
        "qUn28",
        "vi",
        "longtri",
        "Cảnh báo nước lớn tràn bờ bao cho vườn cây cù lao Long Trị",
        "Cù lao ấp Long Trị (TP Trà Vinh) bị sạt lở khẩn cấp dài 4,7 km, có chỗ ăn sâu 20–30 m. Nhà vườn cần biết trước con nước lớn và được báo "
        "ngay khi nước sắp tràn bờ bao để kịp đắp chặn.",
        {"qUo071": 2, "qUo072": 2, "qUo059": 2, "qUo067": 2, "qUo058": 1, "qUo060": 1},
    ),
    (
        "qUn29",
        "en",
        "zalo_wipha",
        "Official disaster alerts on Zalo for a cooperative in Tiểu Cần",
        "Before a recent storm the disaster authority sent 29 million warning messages over Zalo. Our cooperative in Tiểu Cần wants "
        "its members to receive these official alerts on Zalo automatically.",
        {"qUo078": 2, "qUo079": 2, "qUo091": 2, "qUo075": 1, "qUo084": 1},
    ),
    (
        "qUn30",
        "vi",
        "vtc_matsong",
        "Loa truyền thanh không dây quản lý từ xa phát cảnh báo bão cho xã Long Khánh",
        "Khi bão vào, mất sóng, mất điện là người dân ấp xa mất tin. Xã Long Khánh (Duyên Hải) cần hệ thống loa truyền thanh không dây, quản lý "
        "từ xa, phát được cảnh báo bão đồng loạt hoặc theo từng ấp.",
        {"qUo081": 2, "qUo094": 2, "qUo080": 2, "qUo082": 2, "qUo086": 2, "qUo083": 1},
    ),
    (
        "qUn31",
        "en",
        "afvpdg",
        "Khmer-language warning broadcasts for hamlets in Trà Cú",
        "Local early-warning notices about storms and riverbank collapse reach hamlets mainly by loudspeaker. Many elderly Khmer residents "
        "in Trà Cú do not follow Vietnamese well; we need warnings broadcast in Khmer on a schedule and on demand.",
        {"qUo082": 2, "qUo081": 1, "qUo086": 1, "qUo077": 1, "qUo080": 1},
    ),
    (
        "qUn32",
        "vi",
        "dqtv",
        "Cảnh báo đến mọi điện thoại trong vùng nguy hiểm kể cả khi nghẽn mạng",
        "Quy định về truyền tin cảnh báo thiên tai yêu cầu tin đến được người dân vùng nguy cơ. Huyện ven biển cần giải pháp gửi cảnh báo đến tất cả "
        "điện thoại đang ở trong vùng, không cần biết số thuê bao, không bị nghẽn khi mạng quá tải.",
        {"qUo084": 2, "qUo085": 2, "qUo080": 2, "qUo075": 1, "qUo091": 1, "qUo078": 1},
    ),
    (
        "qUn33",
        "en",
        "cbdrm_jsdf",
        "Hamlet volunteers reporting flood depth and damage back by phone",
        "Community-based disaster risk management projects in the delta rely on village teams. Our commune in Cầu Kè wants hamlet "
        "volunteers to send flood heights and damage reports from their phones to the commune office, and receive warnings back.",
        {"qUo076": 2, "qUo077": 2, "qUo107": 2, "qUo087": 1, "qUo075": 1},
    ),
    (
        "qUn34",
        "vi",
        "longtri",
        "Can coi hu canh bao bao cho cu lao Long Duc",
        "Cu lao Long Tri, xa Long Duc dan cu rai rac, loa truyen thanh khong phu het. Can he thong coi hu bat tu xa, co quy dinh so hoi "
        "cho tung cap bao, lu de dan tren cu lao biet ma so tan.",
        {"qUo083": 2, "qUo080": 2, "qUo086": 1, "qUo067": 1, "qUo059": 1},
    ),
    (
        "qUn35",
        "en",
        "zalo_dtud",
        "Backup communication for a storm shelter when power and mobile networks fail",
        "Messages warn people to stock food, water and medicine before storms. Our commune storm shelter in Long Hòa needs backup ways to "
        "hear forecasts and evacuation orders when electricity and mobile coverage are lost (battery or hand-crank radios, power banks).",
        {"qUo089": 2, "qUo092": 1, "qUo093": 1, "qUo059": 1, "qUo090": 1},
    ),
    (
        "qUn36",
        "vi",
        "travinh_bao9",
        "Ngư dân Trà Vinh cần nhận bản tin bão khi đánh bắt xa bờ",
        "Tỉnh có hơn 1.200 tàu cá với gần 4.900 ngư dân, lúc có bão còn hơn 100 tàu đang trên biển. Tổ đoàn kết tàu cá ở Mỹ Long cần thiết bị để "
        "nhận bản tin thời tiết, hướng đi của bão và gọi về bờ khi đang ở ngư trường xa.",
        {"qUo093": 2, "qUo092": 2, "qUo145": 1, "qUo146": 1, "qUo147": 1},
    ),
    (
        "qUn37",
        "en",
        "ready_alerts",
        "Assessment of whether warnings actually reach and are understood in our commune",
        "Many alert channels exist, yet people in our commune in Châu Thành (Trà Vinh) still say warnings come late or are unclear. "
        "We want a people-centred review of the whole warning chain and a pilot to fix the weak links.",
        {"qUo088": 2, "qUo087": 2, "qUo095": 1, "qUo097": 1, "qUo090": 1},
    ),
    (
        "qUn38",
        "vi",
        "talkvn_cbdrm",
        "Lập bản đồ rủi ro thiên tai dựa vào cộng đồng cho xã Hiệp Thạnh",
        "Tỉnh có kế hoạch nâng cao nhận thức và quản lý rủi ro thiên tai dựa vào cộng đồng. Xã Hiệp Thạnh (Duyên Hải) cần hỗ trợ tổ chức người dân "
        "vẽ bản đồ rủi ro thiên tai của xã: vùng ngập, sạt lở, nhà yếu, điểm tránh trú.",
        {
            "qUo095": 2,
            "qUo096": 2,
            "qUo097": 2,
            "qUo098": 2,
            "qUo099": 2,
            "qUo101": 2,
            "qUo102": 2,
            "qUo109": 2,
            "qUo103": 1,
            "qUo100": 1,
            "qUo108": 1,
            "qUo112": 1,
        },
    ),
    (
        "qUn39",
        "en",
        "carismand",
        "Digital GIS risk map built from villagers' sketches, open-source",
        "Community-based programmes show villagers know their hazards best. Our NGO in Trà Cú wants to turn hand-drawn hamlet risk maps "
        "into a shared digital map using open-source GIS that commune staff can update.",
        {"qUo103": 2, "qUo098": 2, "qUo108": 1, "qUo096": 1, "qUo107": 1},
    ),
    (
        "qUn40",
        "vi",
        "dicbdrm",
        "Bản đồ hiểm họa có đánh dấu hộ người khuyết tật và lối sơ tán tiếp cận",
        "Người khuyết tật thường bị bỏ lại ngoài các hoạt động phòng chống thiên tai. Hội người khuyết tật ở Vĩnh Long cần vẽ bản đồ hiểm họa đánh "
        "dấu hộ có người khuyết tật, kiểm tra lối đi và điểm tránh trú xe lăn vào được.",
        {"qUo105": 2, "qUo106": 2, "qUo114": 1, "qUo113": 1},
    ),
    (
        "qUn41",
        "en",
        "ms_actionaid",
        "Training commune officials in participatory vulnerability and risk assessment",
        "Mobile tools help collect field data, but staff must first know how to run the assessment. Communes in Cầu Kè need a training "
        "course for officials and volunteers on participatory vulnerability analysis and community risk assessment.",
        {"qUo100": 2, "qUo095": 2, "qUo111": 2, "qUo097": 1, "qUo106": 1, "qUo102": 1},
    ),
    (
        "qUn42",
        "vi",
        "hatinh_qd",
        "Can phan mem ban do phan vung thien tai cho huyen Cau Ngang",
        "Tinh khac da lap phuong an ung pho sieu bao dua tren ban do ngap. Huyen Cau Ngang can phan mem hien ban do phan vung thien tai, "
        "cap do rui ro va giup dung khung phuong an ung pho theo tung cap do.",
        {"qUo108": 2, "qUo098": 1, "qUo103": 1, "qUo120": 1},
    ),
    (
        "qUn43",
        "en",
        "talkvn_cbdrm",
        "Collecting household vulnerability data with phones in Châu Thành",
        "Provincial plans aim to reach over 90% of people in exposed communes. Our Red Cross chapter in Châu Thành (Trà Vinh) wants "
        "volunteers to collect household vulnerability data on phones and pool it for the commune risk assessment.",
        {"qUo107": 2, "qUo103": 1, "qUo106": 1, "qUo076": 1},
    ),
    (
        "qUn44",
        "vi",
        "d123_locbinh",
        "Sa bàn 3D có sự tham gia cho xã cù lao Hòa Minh",
        "Bản đồ hiểm họa giấy nhiều người già khó đọc. Xã Hòa Minh (Châu Thành, Trà Vinh) muốn cùng người dân làm sa bàn địa hình 3D của xã, "
        "đánh dấu vùng ngập, sạt lở và nơi trú an toàn.",
        {"qUo104": 2, "qUo101": 1, "qUo099": 1},
    ),
    (
        "qUn45",
        "en",
        "plo_hcm_evac",
        "Evacuation route planning for coastal Duyên Hải",
        "Large cities plan to move hundreds of thousands of people when a level 8–9 storm comes. Duyên Hải needs evacuation routes from "
        "coastal hamlets to shelters that take flood zones and road capacity into account.",
        {"qUo113": 2, "qUo129": 2, "qUo118": 2, "qUo114": 1, "qUo115": 1, "qUo119": 1},
    ),
    (
        "qUn46",
        "vi",
        "nanado",
        "Chọn điểm tránh trú bão và phân bổ hộ dân cho huyện Cầu Ngang",
        "Một cơn bão lớn gần đây buộc phải sơ tán 37.000 người. Huyện Cầu Ngang cần tính toán nên dùng trường học, trụ sở nào làm điểm tránh trú, "
        "sức chứa bao nhiêu và hộ nào về điểm nào.",
        {"qUo115": 2, "qUo116": 2, "qUo118": 2, "qUo130": 2, "qUo119": 2, "qUo117": 1, "qUo120": 1, "qUo113": 1},
    ),
    (
        "qUn47",
        "vi",
        "conho",
        "Mẫu nhà an toàn chống lũ, triều cường giá rẻ cho hộ nghèo ven sông Cổ Chiên",
        "Triều cường làm vỡ đê, ngập nhà 1–1,5 m ở cồn giữa sông Cổ Chiên. Hộ nghèo ở Càng Long cần mẫu nhà an toàn chống ngập giá rẻ, có chỗ "
        "trú khi nước lên.",
        {"qUo121": 2, "qUo123": 2, "qUo124": 2, "qUo125": 2, "qUo131": 2, "qUo132": 2, "qUo122": 1},
    ),
    (
        "qUn48",
        "en",
        "khds_nha",
        "Design of a multi-purpose community storm shelter for Long Toàn",
        "Thousands of safe houses have been built for single families, but our commune Long Toàn (Duyên Hải) needs one sturdy community "
        "building where residents of weak houses can shelter during storms.",
        {"qUo128": 2, "qUo123": 1, "qUo121": 1, "qUo131": 1, "qUo119": 1},
    ),
    (
        "qUn49",
        "vi",
        "sotay_nha",
        "Hướng dẫn hộ gia đình chuẩn bị sơ tán khi có lệnh",
        "Không phải nhà nào cũng đủ an toàn để ở lại khi bão lũ. Hội phụ nữ xã ở Trà Ôn cần tài liệu hướng dẫn từng hộ lập kế hoạch sơ tán, chuẩn bị "
        "đồ dùng thiết yếu và biết đi đâu khi có lệnh.",
        {"qUo127": 2, "qUo126": 2, "qUo089": 1, "qUo044": 1},
    ),
    (
        "qUn50",
        "en",
        "cbm_hazard",
        "Assisted evacuation for elderly and disabled residents in Tiểu Cần",
        "People with reduced mobility have difficulty evacuating on their own. Our commune in Tiểu Cần needs a plan for vehicles and "
        "routes to pick up elderly and disabled residents and take them to shelters.",
        {"qUo114": 2, "qUo105": 1, "qUo113": 1, "qUo129": 1},
    ),
    (
        "qUn51",
        "vi",
        "tv_kehoach2018",
        "Phương án ứng phó bão mạnh, siêu bão có bản đồ ngập nước dâng cho Duyên Hải",
        "Kế hoạch phòng chống thiên tai của tỉnh mới nêu chung. Thị xã Duyên Hải cần phương án ứng phó bão mạnh, siêu bão riêng, có bản đồ vùng ngập "
        "khi nước biển dâng do bão để biết khu nào phải sơ tán.",
        {"qUo120": 2, "qUo070": 1, "qUo119": 1, "qUo108": 1},
    ),
    (
        "qUn52",
        "en",
        "thvl_3vung",
        "Water-level and rainfall telemetry for flood hot spots in Trà Ôn",
        "The provincial disaster committee lists three areas that flood whenever upstream water arrives. Trà Ôn district wants a network "
        "of automatic water-level and rain stations with an online dashboard and threshold alerts.",
        {
            "qUo058": 2,
            "qUo074": 2,
            "qUo073": 2,
            "qUo066": 2,
            "qUo065": 2,
            "qUo059": 2,
            "qUo060": 2,
            "qUo052": 1,
            "qUo053": 1,
            "qUo051": 1,
        },
    ),
    (
        "qUn53",
        "vi",
        "vnplus_trieu2",
        "Cảnh báo mưa lớn trong 0–2 giờ tới để vận hành bơm chống ngập TP Trà Vinh",
        "Triều cường cao làm chậm thoát nước, gặp mưa lớn là ngập. Công ty công trình đô thị TP Trà Vinh cần cảnh báo mưa lớn sắp đến trong 0–2 giờ "
        "để chạy trước trạm bơm, đóng cửa xả.",
        {"qUo036": 2, "qUo034": 2, "qUo035": 2, "qUo051": 1, "qUo037": 1},
    ),
    (
        "qUn54",
        "en",
        "tl_pay",
        "Rain forecasts 1–7 days ahead to schedule shrimp pond harvests",
        "Generic TV forecasts cover only a few days and are too broad for farm decisions. Our shrimp cooperative in Duyên Hải needs "
        "rain forecasts for the coming week to schedule pond draining and harvest.",
        {
            "qUo030": 2,
            "qUo033": 2,
            "qUo026": 2,
            "qUo031": 2,
            "qUo028": 2,
            "qUo027": 2,
            "qUo032": 2,
            "qUo025": 1,
            "qUo029": 1,
        },
    ),
    (
        "qUn55",
        "en",
        "safetylit_shelter",
        "Deciding when to order evacuation and which shelters to open as roads flood",
        "Planning is the key tool in crisis management. The district command in Cầu Kè wants decision support on when to issue "
        "evacuation orders and which shelters to open over time while roads flood.",
        {"qUo115": 2, "qUo130": 2, "qUo116": 1, "qUo118": 1, "qUo119": 1},
    ),
    (
        "qUn56",
        "vi",
        "cbm_hazard",
        "Cảnh báo thiên tai cho người khiếm thính ở Mang Thít",
        "Cảnh báo bằng loa không đến được người khiếm thính. Hội người khuyết tật huyện Mang Thít cần hình thức cảnh báo bằng đèn, biển báo hoặc rung "
        "điện thoại để người khiếm thính biết có bão, lũ.",
        {"qUo080": 2, "qUo085": 1, "qUo084": 1, "qUo105": 1},
    ),
    (
        "qUn57",
        "en",
        "fishbio_supply",
        "Seasonal climate outlooks for provincial agricultural planning",
        "Localities are told to keep up with hydro-meteorological forecasts. The provincial agriculture department wants monthly and "
        "seasonal outlooks of rain, heat, drought and salinity to set crop calendars.",
        {"qUo014": 2, "qUo023": 2, "qUo029": 2, "qUo021": 2, "qUo007": 1, "qUo019": 1, "qUo012": 1},
    ),
    (
        "qUn58",
        "vi",
        "afvpdg",
        "Tổ chức diễn tập sơ tán và làm công trình nhỏ phòng chống thiên tai cho xã Đôn Xuân",
        "Trang cảnh báo sớm của địa phương thường xuyên báo bão, sạt lở ở các ấp. Xã Đôn Xuân (Trà Cú) cần chương trình quản lý rủi ro thiên tai dựa "
        "vào cộng đồng: tập huấn, diễn tập sơ tán và vài công trình nhỏ do dân chọn.",
        {"qUo110": 2, "qUo111": 2, "qUo095": 1, "qUo112": 1},
    ),
    (
        "qUn59",
        "en",
        "sdmd_pond",
        "SMS when river salinity rises so shrimp farms stop taking water",
        "Pond sensors already text us when water quality goes wrong, but by then salty water is inside. Shrimp farmers in Cầu Ngang "
        "need an alert when the river salinity changes sharply so we close the intake in time.",
        {
            "qUo002": 2,
            "qUo001": 2,
            "qUo017": 2,
            "qUo009": 2,
            "qUo018": 2,
            "qUo004": 1,
            "qUo144": 1,
            "qUo158": 1,
            "qUo016": 1,
        },
    ),
    (
        "qUn60",
        "vi",
        "znews_trieu",
        "Ứng dụng nhận cảnh báo triều cường, ngập trên điện thoại cho khóm ven sông",
        "Triều cường kết hợp nước dâng do gió gây ngập vùng trũng và ngoài đê bao. Khóm ven sông ở TP Vĩnh Long cần người dân nhận cảnh báo chính thức "
        "về triều cường, ngập lụt ngay trên ứng dụng điện thoại quen dùng.",
        {"qUo079": 2, "qUo078": 2, "qUo091": 2, "qUo061": 1, "qUo010": 1, "qUo084": 1},
    ),
    (
        "qUn61",
        "en",
        "vtc_trieu",
        "Tide gauge at the Định An estuary for coastal flood warnings",
        "Several stations recently measured water levels 5–10 cm above alarm level 3. We want an automatic tide gauge at the Định An "
        "estuary (Trà Cú) that records sea and river levels continuously for coastal flood warnings.",
        {"qUo069": 2, "qUo058": 2, "qUo074": 2, "qUo064": 1, "qUo070": 1, "qUo063": 1},
    ),
    (
        "qUn62",
        "vi",
        "gayaone",
        "Dự báo thời tiết 7 ngày tới cập nhật hằng ngày cho tổ hợp tác rau Long Hồ",
        "Mưa lớn có thể trút hơn 200 mm trong ba giờ ở một số nơi khi có bão. Tổ hợp tác rau ở Long Hồ cần dự báo mưa, nhiệt độ cho 7 ngày tới, "
        "cập nhật mỗi ngày, gửi vào nhóm Zalo của tổ để bố trí thu hoạch, che chắn.",
        {"qUo033": 2, "qUo030": 2, "qUo031": 1, "qUo026": 1, "qUo032": 1, "qUo027": 1, "qUo028": 1, "qUo078": 1},
    ),
    (
        "qUn63",
        "en",
        "laodong_wipha",
        "Text-message warning platform for 500 cooperative members",
        "Strong winds and heavy rain reach the coast before landfall. Our agricultural cooperative in Cầu Ngang wants to send its own "
        "customised warning and weather messages to about 500 members' phones in one go.",
        {"qUo075": 2, "qUo076": 2, "qUo026": 1, "qUo031": 1, "qUo078": 1},
    ),
    (
        "qUn64",
        "vi",
        "carismand",
        "Tập huấn cán bộ xã đánh giá rủi ro và lập kế hoạch phòng chống thiên tai",
        "Nơi cộng đồng tham gia mạnh thì thiệt hại do thiên tai giảm rõ. Các xã của huyện Tam Bình cần khóa tập huấn cho cán bộ, tình nguyện viên "
        "về đánh giá rủi ro có sự tham gia và lập kế hoạch phòng chống thiên tai cấp xã.",
        {"qUo095": 2, "qUo100": 2, "qUo111": 2, "qUo097": 1, "qUo106": 1},
    ),
    (
        "qUn65",
        "en",
        "p3dm",
        "Colour-coded paper hazard map for a primary school in Càng Long",
        "Local communities are the first responders when disaster strikes. A primary school in Càng Long wants pupils, teachers and "
        "parents to draw a simple colour-coded hazard map of the school area showing risky and safe places.",
        {"qUo101": 2, "qUo096": 2, "qUo102": 2, "qUo109": 2, "qUo099": 1, "qUo104": 1},
    ),
    (
        "qUn66",
        "vi",
        "vn_document_water",
        "Trạm đo mặn giá rẻ tự lắp, truyền LoRa cho nhóm sinh viên Trà Vinh",
        "Nước mặn xâm nhập ảnh hưởng hàng chục nghìn ha lúa ở miền Tây. Nhóm sinh viên kỹ thuật ở Trà Vinh muốn tự lắp trạm đo mặn và mực nước giá rẻ, "
        "truyền không dây LoRa, để thử nghiệm ở vài kênh nội đồng.",
        {"qUo003": 2, "qUo068": 2, "qUo063": 1, "qUo057": 1, "qUo016": 1},
    ),
    (
        "qUn67",
        "en",
        "bnews_khohan",
        "Drought early warning combining satellite and ground data for Cầu Kè",
        "Heat waves and low river levels can leave thousands of hectares short of water. Cầu Kè district wants a drought early warning "
        "system that combines satellite indicators, ground observations and farmer reports and tells communes when to act.",
        {"qUo020": 2, "qUo024": 2, "qUo019": 1, "qUo021": 1},
    ),
    (
        "qUn68",
        "vi",
        "vtv_giong",
        "Bản tin cấp độ rủi ro dông, lốc, sét gửi về xã",
        "Giai đoạn chuyển mùa, mưa giông kèm sét, gió giật, có khi lốc xoáy. UBND xã ở Châu Thành (Trà Vinh) cần nhận bản tin cảnh báo dông lốc có "
        "cấp độ rủi ro và khuyến cáo cụ thể để phát loa cho dân.",
        {"qUo043": 2, "qUo035": 1, "qUo037": 1, "qUo046": 1},
    ),
    (
        "qUn69",
        "en",
        "cvd_sms",
        "Warnings for a hamlet without mobile coverage",
        "Loudspeakers do not cover every village and fail in power cuts. A remote hamlet on an islet in Trà Ôn has weak mobile coverage; "
        "we need simple warning means such as gongs, drums and battery or hand-crank radios.",
        {"qUo077": 2, "qUo089": 2, "qUo059": 1, "qUo076": 1},
    ),
    (
        "qUn70",
        "vi",
        "khoahoc_scada",
        "Cảnh báo ngập không phụ thuộc điện lưới và sóng di động cho cù lao An Bình",
        "Đo ngập thủ công bằng thủy chí vừa chậm vừa vất vả. Cù lao An Bình (Long Hồ) cần hệ thống cảnh báo ngập chạy năng lượng mặt trời, truyền "
        "không dây riêng, vẫn báo được khi mất điện và mất sóng điện thoại.",
        {"qUo059": 2, "qUo065": 2, "qUo060": 1, "qUo067": 1, "qUo068": 1, "qUo062": 1},
    ),
    (
        "qUn71",
        "vi",
        "odm_early",
        "Dự báo mặn ngắn hạn vài ngày theo con triều để vận hành cống ở Càng Long",
        "Mặn năm nay dự báo về sớm hơn trung bình khoảng một tháng. Tổ thủy nông ở Càng Long cần dự báo độ mặn vài ngày tới theo từng con triều "
        "để biết ngày nào mở cống lấy nước ngọt.",
        {"qUo011": 2, "qUo012": 1, "qUo013": 1, "qUo006": 1, "qUo009": 1, "qUo071": 1},
    ),
    (
        "qUn72",
        "en",
        "gialai_dong",
        "Doppler-radar thunderstorm nowcasting for the provincial hydro-met station",
        "Bulletins warn of thunderstorms with 20–50 mm of rain and possible whirlwinds but only for large areas. The provincial hydro-met "
        "station wants a nowcasting method that tracks storm cells on radar and warns districts 0–2 hours ahead.",
        {"qUo036": 2, "qUo034": 2, "qUo035": 2, "qUo046": 1},
    ),
    (
        "qUn73",
        "vi",
        "laodong_wipha",
        "Tập huấn dự báo dựa trên tác động của bão cho cán bộ huyện Châu Thành",
        "Bão mạnh có thể gây gió lớn ven biển trước khi đổ bộ. Ban chỉ huy huyện Châu Thành (Trà Vinh) cần tập huấn cán bộ cách đọc và lập cảnh báo "
        "theo tác động: bao nhiêu nhà, đê, tàu thuyền có thể bị ảnh hưởng.",
        {"qUo047": 2, "qUo045": 2, "qUo046": 1},
    ),
    (
        "qUn74",
        "en",
        "ready_plan",
        "Whirlwind safety guidance for schools in Trà Cú",
        "Disasters can strike while children are at school. Schools in Trà Cú want simple guidance and training on what pupils and "
        "teachers should do when a whirlwind or thunderstorm warning is issued.",
        {"qUo044": 2, "qUo042": 2, "qUo043": 1, "qUo122": 1, "qUo126": 1},
    ),
    (
        "qUn75",
        "en",
        "khoahoc_scada",
        "Warning light at a low road section in Cầu Kè when water rises",
        "Staff still walk out to read staff gauges during floods. A low road section in Cầu Kè floods at high tide; we want a sensor with a "
        "warning light that turns on when water on the road passes a set depth, with data online.",
        {"qUo061": 2, "qUo073": 2, "qUo063": 1, "qUo059": 1, "qUo062": 1},
    ),
]
