"""Offers of the holdout92 labelled set (sports, recreation and water safety): (id, language, source, title, text)."""

OFFERS = [
    # swimming pools: portable, modular and container pools
    (
        "lPo001",
        "vi",
        "qngai_lapghep",
        "Bể bơi lắp ghép khung thép – bạt cho trẻ học bơi, chia ba mức nước theo tuổi",
        "Doanh nghiệp dịch vụ thể thao cung cấp và lắp bể bơi lắp ghép bằng khung sắt và bạt dày, diện tích tới gần "
        "300 m2, chia khu cho ba lứa tuổi với mực nước khác nhau. Mỗi bể 50–100 triệu đồng tùy diện tích; thành bạt "
        "mềm hạn chế va đập; có thể dùng nước giếng. Mùa mưa tháo gấp cất kho, năm sau lắp lại.",
    ),
    (
        "lPo002",
        "vi",
        "haiduong_bbdd",
        "Bể bơi di động có lọc tuần hoàn cho trường tiểu học",
        "Cung cấp trọn gói bể bơi di động khung thép, thành và đáy bằng bạt độ bền cao, kèm hệ lọc tuần hoàn dùng "
        "nước máy. Lắp xong trong nửa ngày, chỉ cần một khoảng sân trống; hết mùa tháo dỡ cất đi. Chi phí 100–200 "
        "triệu đồng tùy diện tích; mẫu 220 m2 đang khai thác vụ thứ hai tại trường tiểu học.",
    ),
    (
        "lPo003",
        "vi",
        "nghean_bb10",
        "Bể bơi mini khung sắt, tôn và bạt chống thấm giá khoảng 10 triệu đồng",
        "Sáng kiến của cán bộ ngành giáo dục: bể 24 m2 dựng bằng khung sắt tháo lắp, tấm tôn và bạt dày chịu áp lực, "
        "chứa cùng lúc khoảng 10 em, tổng chi phí chừng 10 triệu đồng. Chuyển giao cách làm để giáo viên thể dục tự "
        "lắp trong 3 ngày và dạy bơi ngay tại sân trường tiểu học.",
    ),
    (
        "lPo004",
        "en",
        "apollo_container",
        "Factory-built container pools for schools and community hubs",
        "Modular aquatics supplier delivering container pools to schools, civic hubs and regional communities. Most of "
        "the work moves off-site, avoiding long excavation, specialist trades and plant-room space; the same water body "
        "can serve learn-to-swim lessons, low-impact therapy, sports recovery and supervised youth programmes.",
    ),
    (
        "lPo005",
        "en",
        "portable_space",
        "Shipping-container teaching pool insulated for warm water",
        "Conversion of a used 40 ft shipping container into a warm lesson pool: cargo doors removed, sides cut to "
        "height and strengthened against water pressure, floor and walls insulated and ply-lined, openings made for "
        "underwater lights, skimmers and filtration. Built in a few weeks for a swimming teacher short of pool time.",
    ),
    (
        "lPo006",
        "en",
        "engineerfix_modpool",
        "Modular panel pools installed in days",
        "Prefabricated pools made off-site from container steel, precast concrete or galvanised steel panels that "
        "carry the water load themselves. Lined with vinyl, sprayed fibreglass or a polymer membrane; pump, skimmers "
        "and heater are fitted at the factory, so site work takes days rather than months.",
    ),
    (
        "lPo007",
        "en",
        "watershapes_steel",
        "Modular stainless-steel competition and training pools",
        "Design and supply of modular stainless-steel pool systems that let smaller contractors deliver low-tolerance "
        "lane pools for competition and training without the large crews and plant of traditional concrete builders.",
    ),
    (
        "lPo008",
        "vi",
        "qngai_mini2020",
        "Chuyển giao mô hình hồ bơi mini lắp ráp cho hộ kinh doanh nông thôn",
        "Hướng dẫn dựng hồ bơi lắp ráp bằng thanh sắt và bao bạt lót, dài 17 m, ngang 7,5 m, sâu hơn 1 m; khung và "
        "phụ kiện cấp, xả nước khoảng 150 triệu đồng, chưa kể thuê đất và điện nước. Mô hình mẫu đón 40–50 em mỗi "
        "ngày, cuối tuần tới 140 em, thu 10.000 đồng một lượt.",
    ),
    (
        "lPo009",
        "vi",
        "baogt_longan",
        "Hồ bơi di động bằng nhựa đặt trong sân trường kèm huấn luyện viên",
        "Công ty đào tạo thể thao lắp hồ bơi di động bằng nhựa khoảng 50 m2 trong khuôn viên trường tiểu học và cử "
        "huấn luyện viên dạy động tác cơ bản, cách thở dưới nước; mỗi mùa hè nhận trên 100 học sinh các trường lân "
        "cận, phụ huynh đứng quanh hồ theo dõi.",
    ),
    (
        "lPo010",
        "en",
        "archdaily_modpool",
        "Backyard container pool with hot-tub divider and built-in UV cleaning",
        "Shipping-container pool delivered with all equipment, including a UV water-cleaning unit; a removable divider "
        "separates pool and hot tub, water heats by 86 °F in an hour and jets, lights and temperature run from a phone "
        "app. The 8 x 20 ft model costs about US$26,900; an 8 x 40 ft model is also offered.",
    ),
    # pool water treatment
    (
        "lPo011",
        "vi",
        "pageorama_xuly",
        "Dịch vụ vận hành xử lý nước bể bơi theo ba bước",
        "Đơn vị kỹ thuật nhận vận hành nước bể bơi: lọc cơ học bằng lọc cát, lọc vải để giữ cát bụi, tóc, lá; khử "
        "trùng bằng clo, ozon, brom hoặc ion bạc; cân bằng hóa lý pH, độ cứng, độ kiềm. Giảm bệnh da, mắt, tai, hô "
        "hấp và tiêu hóa cho người bơi.",
    ),
    (
        "lPo012",
        "vi",
        "hoboisg_nuoc",
        "Tư vấn tiêu chuẩn nước hồ bơi và kiểm soát nguồn nước cấp",
        "Chuyên gia xây hồ bơi đánh giá nguồn ô nhiễm khách quan (nước máy, nước ngầm có kim loại nặng và vi sinh, "
        "mưa, nắng, gió) và chủ quan (chất bẩn do người bơi), lưu ý nước ấm thêm 10 °C thì vi khuẩn có thể tăng gấp "
        "đôi; đề xuất chế độ lọc, khử trùng phù hợp cho hồ ngoài trời đông người.",
    ),
    (
        "lPo013",
        "en",
        "clubind_salt",
        "Salt-water chlorine generation for club pools",
        "Installation of salt systems in which low-voltage electrolytic cells turn dissolved salt into chlorine "
        "continuously, the chlorine reverting to salt for reuse. Clubs report softer water, less chlorine smell and less "
        "eye and skin irritation; savings repay the investment in one to three years depending on size.",
    ),
    (
        "lPo014",
        "en",
        "222health_uv",
        "UV and copper–silver ionisation add-on treatment",
        "Retrofit of UV reactors and copper–silver ionisation chambers in the recirculation line. UV kills bacteria, "
        "algae and viruses passing through and removes disinfection by-products; copper ions inhibit algae and silver "
        "ions kill bacteria. Chemical use drops sharply, though a residual sanitiser is still required.",
    ),
    (
        "lPo015",
        "en",
        "poolspa_ozone",
        "Combined UV, ozone and on-site salt electrolysis disinfection",
        "Design of disinfection trains without chemical dosing or storage, pairing UV, UV-generated ozone and chlorine "
        "produced from salt water on site, as used where chemical limits are strict. Includes the incident procedure: "
        "clear the pool and shock manually to ten times normal chlorine, then filter and dilute.",
    ),
    (
        "lPo016",
        "vi",
        "thienhaxanh_nuoc",
        "Giải pháp trọn gói xử lý nước cấp hồ bơi",
        "Cung cấp hệ thống lọc, khử trùng và định lượng hóa chất cho hồ bơi để nước luôn trong, không rêu tảo, bảo "
        "vệ đường ống và thiết bị khỏi ăn mòn do mất cân bằng hóa chất, đáp ứng quy định vệ sinh hồ bơi công cộng.",
    ),
    (
        "lPo017",
        "en",
        "kokido_systems",
        "Guidance on choosing chlorine, salt, UV or ozone for a small pool",
        "Pool-equipment maker's comparison: chlorine is cheapest but needs constant testing; salt chlorinators must run "
        "24 hours and stop disinfecting when off; UV cuts chlorine but water in the pipes can recontaminate, so chlorine "
        "remains the back-up; ozone is chemical-free but costly and dangerous if inhaled.",
    ),
    (
        "lPo018",
        "vi",
        "sungroup_nuoccap",
        "Tiền xử lý nước giếng khoan, nước sông trước khi cấp vào hồ bơi",
        "Công ty môi trường thiết kế cụm xử lý nước cấp hồ bơi lấy từ nước máy, giếng khoan hay sông hồ: loại vi "
        "khuẩn (E. coli, Salmonella, Cryptosporidium, Giardia), virus và tạp chất trước khi vào bể, giảm bệnh tiêu hóa, "
        "da, mắt và giảm hư hỏng, chi phí bảo trì hệ thống.",
    ),
    # teaching children to swim, drowning-prevention programmes
    (
        "lPo019",
        "vi",
        "daknong_bbdd",
        "Khóa dạy bơi 60 buổi cam kết đến khi trẻ biết bơi",
        "Câu lạc bộ thể dục thể thao mở lớp tại bể bơi di động: giáo viên hướng dẫn bơi trườn sấp, bơi ngửa; học "
        "phí khoảng 1,2 triệu đồng một khóa 60 buổi, cam kết dạy tới khi biết bơi. Sau một tháng, học viên 11 tuổi đã "
        "bơi được quanh bể và lặn ở độ sâu hơn 1 m.",
    ),
    (
        "lPo020",
        "vi",
        "thanhnien_cantho",
        "Lớp xóa mù bơi 12 buổi kèm kỹ năng phòng chống đuối nước",
        "Chương trình 12 buổi, ba buổi mỗi tuần, do huấn luyện viên chuyên nghiệp dạy bơi sấp, bơi ngửa, bơi ếch và "
        "các kỹ năng lên bờ an toàn, đứng nước, nổi nước, thở nước, xử lý tình huống khẩn cấp; kiểm tra kỹ năng cuối "
        "khóa. Có thể tổ chức miễn phí cho con em hộ khó khăn khi đoàn thể vận động được hồ bơi.",
    ),
    (
        "lPo021",
        "en",
        "swimon",
        "Water-competency swim lessons built on five basic skills",
        "Lessons by qualified instructors in small classes, stressing floating, treading water, breath holding and safe "
        "entry and exit. Older children train to enter water over their heads, surface and float for one minute, turn "
        "to find the exit, swim 25 yards and climb out without a ladder; formal lessons cut drowning risk by 88%.",
    ),
    (
        "lPo022",
        "en",
        "ruralhealth_swim",
        "Rural drowning-prevention toolkit: swim lessons plus water competency",
        "Toolkit for rural programmes: swim lessons for children over one year with water-competency content on pool "
        "and open-water safety, CPR and rescue techniques and life-jacket use; lessons linked to an 88% lower drowning "
        "risk at ages 1–4; examples include loaner programmes and educator networks for remote villages.",
    ),
    (
        "lPo023",
        "en",
        "gdf_bangladesh",
        "Community crèche (Anchal) and SwimSafe programme for high-risk villages",
        "Injury-prevention package: village crèches supervise children aged 1–4 in the busiest household hours, since "
        "almost half of child drownings happen within 10 m of home; SwimSafe teaches children from five water "
        "familiarisation, safety knowledge, swimming, survival and rescue through trained community instructors.",
    ),
    (
        "lPo024",
        "en",
        "jhu_solid",
        "Home-based community daycare to cut under-five drowning",
        "Implementation-research team offering a package of crèches and playpens for children aged 9–36 months plus "
        "community injury education; the crèches cut drowning deaths among under-fives by 88%, let mothers take paid "
        "work, and were scaled into a national government programme.",
    ),
    (
        "lPo025",
        "vi",
        "plo_mienphi",
        "Lớp bơi miễn phí cho mọi lứa tuổi, kể cả người lớn sợ nước",
        "Trung tâm thể thao dưới nước mở lớp buổi trưa không thu phí, không giới hạn tuổi: huấn luyện viên kèm từng "
        "nhịp thở, tập nổi cho người cao tuổi sợ nước và cho thanh niên mới học, hướng tới phổ cập bơi trong cộng "
        "đồng dân cư.",
    ),
    (
        "lPo026",
        "vi",
        "dantri_honhantao",
        "Mô hình hồ bơi nhân tạo cải tạo từ ao, lấy nước sông, không hóa chất",
        "Chia sẻ cách chính quyền và người dân một thôn cải tạo ao thành hồ bơi nhân tạo lấy nước sông: nước không "
        "trong như bể bơi nhưng tự nhiên, thành nơi trẻ học bơi và vui chơi an toàn mỗi chiều hè, giảm hẳn đuối nước "
        "ở vùng nông thôn.",
    ),
    (
        "lPo027",
        "en",
        "safeharbour",
        "Water Watcher supervision training for families and events",
        "Foundation training: name one adult water watcher with no phone or side talk, rotating every 10–15 minutes; "
        "know natural-water hazards such as currents, vegetation and low visibility; use the buddy system, feet-first "
        "entry and life jackets, and avoid alcohol, present in 70% of adult and teen drownings.",
    ),
    (
        "lPo028",
        "vi",
        "vov2_nguoilon",
        "Tập huấn kỹ năng bơi an toàn cho trẻ đã biết bơi",
        "Giáo viên 20 năm dạy bơi hướng dẫn: trẻ bơi phải có người lớn đi kèm, tránh chỗ nước sâu, chảy xiết, nước "
        "xoáy, không bơi khi trời mưa, trời tối; bình tĩnh xử lý chuột rút, sặc nước. Dành cho trẻ ở làng có ao hồ, "
        "vì cả trẻ bơi giỏi vẫn có thể đuối nước.",
    ),
    # lifesaving equipment
    (
        "lPo029",
        "en",
        "azbw_loaner",
        "Life-jacket loaner site kit",
        "Free loaner-site programme for marinas, clubs and waterfront shops: a kit of 12 life jackets in infant, child "
        "and youth sizes, a protective bin, signage and sign-out sheets. Over 350 sites lend about 90,000 jackets a "
        "year; US$10 buys one vest and US$250 stocks a complete new site.",
    ),
    (
        "lPo030",
        "en",
        "lifeinnaples_loaner",
        "'Kids Don't Float' loaner stands at beaches and lakes",
        "Coalition model of 15 loaner stations at beaches and parks, each stand holding infant, child, youth and adult "
        "jackets that volunteers inspect weekly and replace when worn; launched after a two-year-old drowned in five "
        "unsupervised minutes at a lake.",
    ),
    (
        "lPo031",
        "en",
        "drennen_loaner",
        "Life-jacket loaner stations with fit signage and QR safety links",
        "Foundation builds stations at lakes, man-made beaches and reservoirs: free jackets in several sizes on a "
        "first-come basis, signs showing how a jacket should fit, a QR code to water-safety guidance and free Water "
        "Watcher cards; about 90% of drownings could be prevented by wearing a jacket.",
    ),
    (
        "lPo032",
        "vi",
        "qcvn_phaoao",
        "Sản xuất phao áo cứu sinh theo QCVN 07:2016/BTC",
        "Xưởng may phao áo kiểu áo vét không cổ, thân trước hai vạt liền tấm, thân sau một tấm; cốt phao xốp LDPE, "
        "vải polyeste màu da cam, chỉ polyeste; gắn bốn tấm phản quang tổng diện tích từ 200 cm2; đáp ứng yêu cầu "
        "thiết bị cứu sinh cho phương tiện thủy nội địa QCVN 85:2015/BGTVT.",
    ),
    (
        "lPo033",
        "vi",
        "tvpl_phaoao",
        "Phao áo cứu sinh theo cỡ cân nặng, kiểm tra độ nổi và chịu lửa",
        "Phao áo may theo hai cỡ người mặc 60–70 kg và 71–80 kg, thân trước 610 x 252 mm hoặc 640 x 282 mm, vật nổi "
        "dày 35 mm; độ nổi giảm không quá 5% sau 24 giờ ngâm nước ngọt; không cháy tiếp sau 2 giây bị lửa bao trùm; "
        "ba dây đai polyeste bản 35 mm có khóa nhựa.",
    ),
    (
        "lPo034",
        "vi",
        "ai24h_aophao",
        "Tư vấn chọn áo phao theo lực nổi ISO 12402 (50–275 N)",
        "Hướng dẫn phân loại thiết bị nổi cá nhân từ 50 N tới 275 N: mức 50–70 N cho người bơi tốt gần bờ, 150 N cho "
        "nước có sóng gió, 275 N ngoài khơi; từ 100 N trở lên phải tự lật ngửa người bất tỉnh. Phân biệt áo nổi sẵn "
        "và áo tự bơm; áo chỉ phát huy khi mặc và cài chặt đúng cách.",
    ),
    (
        "lPo035",
        "vi",
        "memart_cuuduoi",
        "Kỹ thuật và dụng cụ cứu người đuối nước cho đội cứu hộ cộng đồng",
        "Tài liệu và lớp huấn luyện: nhận định tình trạng nạn nhân, các cách cứu từ trên bờ và dưới nước, quy trình "
        "đưa nạn nhân lên bờ và cấp cứu ngay sau đó, cùng danh mục dụng cụ cứu hộ như phao cứu sinh; luyện tập định kỳ "
        "để giữ kỹ năng.",
    ),
    (
        "lPo036",
        "vi",
        "softskil_socuu",
        "Tập huấn sơ cấp cứu người đuối nước",
        "Khóa kỹ năng: nhận biết đuối nước diễn ra âm thầm (đầu ngửa, miệng ngang mặt nước, không dùng chân), ưu tiên "
        "an toàn người cứu, dùng phao hoặc dây kéo nạn nhân vào thay vì nhảy xuống khi chưa được huấn luyện; lên bờ "
        "thì kiểm tra phản ứng, khai thông đường thở, thổi ngạt và ép tim.",
    ),
    # first aid, CPR, lifeguards, AEDs, sports injuries
    (
        "lPo037",
        "vi",
        "vietnamnet_cpr",
        "Đào tạo hồi sinh tim phổi (CPR) cơ bản cho nhân viên hồ bơi, khu nghỉ",
        "Chương trình đào tạo kỹ năng cấp cứu ngừng tuần hoàn do bệnh viện tuyến cuối triển khai: bảo đảm an toàn "
        "hiện trường, gọi hỏi và quan sát lồng ngực để đánh giá nạn nhân; bất tỉnh nhưng còn thở thì đặt nằm nghiêng an "
        "toàn; ngừng thở thì ép tim ngay trong lúc chờ đội cấp cứu chuyên nghiệp.",
    ),
    (
        "lPo038",
        "vi",
        "vietbao_dongnai",
        "Huấn luyện cứu người đuối nước ở biển, sông từ lực lượng cứu nạn",
        "Cán bộ cảnh sát phòng cháy, cứu nạn cứu hộ chia sẻ cách tiếp cận người bị sóng cuốn, đưa vào bờ và sơ cứu "
        "tại chỗ; nhấn mạnh não bị tổn thương sau 3 phút thiếu ô-xy và không hồi phục sau 4 phút, nên mỗi phút chậm "
        "trễ đều quyết định sống còn.",
    ),
    (
        "lPo039",
        "en",
        "trainingbyac_lg",
        "Lifeguard training course",
        "Course for candidates aged 15 and over who pass a swim test: recognising distress and drowning, surveillance "
        "and scanning, water rescue and extrication including spinal motion restriction, ventilations, CPR/AED and "
        "first aid, and team response, with skills demonstrated for certification.",
    ),
    (
        "lPo040",
        "en",
        "0685_lifeguard",
        "Lifeguard certification classes",
        "Entry requirements: age 15, a 300-yard continuous swim and a surface dive to fetch a 10-pound object over 20 "
        "yards. Teaches rescue methods, recognising distress, rescue rings and backboards, water quality; written exam "
        "pass mark 80% plus in-water tests. Lifeguard and first-aid certificates last 3 years, CPR 1 year.",
    ),
    (
        "lPo041",
        "en",
        "restart_aedclub",
        "AED preparedness programme for sports clubs and recreation centres",
        "Defibrillator supplier setting up on-site AEDs, staff and coach training and a tailored emergency plan, citing "
        "intense exertion, undiagnosed heart conditions and heavy foot traffic as risks; waterproof units for aquatic "
        "centres; pads and batteries for all brands.",
    ),
    (
        "lPo042",
        "en",
        "belfast_aed",
        "Connected defibrillators for community sports grounds",
        "Community heart programme: clubs buy AEDs for under £1,000 through a partner; units connect over the mobile "
        "network, test themselves and email named club members when battery or pads need replacing; basic life "
        "support and defibrillation courses for volunteers.",
    ),
    (
        "lPo043",
        "en",
        "robinroad_aed",
        "AED location listings for grassroots sports grounds",
        "Free app listing, for each club venue, a detailed description of where its defibrillator is kept, so players, "
        "officials and spectators can check the location in about ten seconds on arrival instead of searching during a "
        "cardiac arrest.",
    ),
    (
        "lPo044",
        "en",
        "aero_aed",
        "Defibrillators for gyms and sports venues",
        "Advice and supply: sudden cardiac arrest is the commonest medical cause of death in athletes, about 1 in "
        "40,000–80,000 a year; FIFA recommends CPR and AED training for players, referees and venue staff; gyms where "
        "people train hard benefit from an on-site unit.",
    ),
    (
        "lPo045",
        "en",
        "exrx_rice",
        "Sports injury first-aid protocol (RICE) for clubs and gyms",
        "Guidance for strains, sprains, bruises and simple fractures: rest with crutches or splints, ice for 10–20 "
        "minutes every hour for three days, then three times a day; compression with an elastic wrap that does not cut "
        "circulation; elevation above the heart. Notes newer doubts about rest and ice for minor injuries.",
    ),
    (
        "lPo046",
        "en",
        "ausport_stop",
        "STOP and RICER incident-management training for coaches",
        "National sport institute material: coaches should have a phone, participants' medical history, a first-aid "
        "kit and ice. STOP (stop, talk, observe, prevent) sorts injuries into severe (get help), less severe (rest, ice, "
        "compression, elevation, referral) and minor (play on), with an injury report form.",
    ),
    (
        "lPo047",
        "en",
        "coachesguild_fa",
        "First aid for sports coaches: prevention and pitch-side care",
        "Coaching guild course: long-term preparation (first-aid trained staff, inspected facilities, conditioned "
        "athletes, food and water), match-day checks for field hazards, secured post covers and nets, proper warm-ups, "
        "and managing injuries when no medical staff are present.",
    ),
    (
        "lPo048",
        "en",
        "healthylife_rice",
        "Sports-medicine advice sheet on sprains and strains",
        "Hospital sports-medicine chief's protocol: stop the activity, apply ice every 2 hours for 15 minutes over the "
        "first 24–48 hours with a cloth between ice and skin, bandage firmly above and below the injury and raise it "
        "above the heart, especially for twisted ankles.",
    ),
    (
        "lPo049",
        "en",
        "vndoc_acl",
        "Double-bundle ACL reconstruction surgery for athletes",
        "Orthopaedic team performing arthroscopic double-bundle reconstruction of the anterior cruciate ligament, "
        "rebuilding both the anteromedial and posterolateral bundles to restore rotational knee stability and lower "
        "re-tear risk; requires skilled surgeons and modern arthroscopy equipment.",
    ),
    (
        "lPo050",
        "vi",
        "vsh_xedap",
        "Xe đạp tập phục hồi chức năng trong bệnh viện",
        "Khoa phục hồi chức năng hướng dẫn tập trên xe đạp tập cố định có chỉnh lực kháng cho người sau tai biến mạch "
        "máu não, chấn thương sọ não, tổn thương tủy sống, thoái hóa khớp gối, háng và sau mổ dây chằng; chống chỉ "
        "định với người tăng huyết áp, suy tim, bệnh phổi gây khó thở.",
    ),
    # playgrounds and safety surfacing
    (
        "lPo051",
        "vi",
        "vgt_sanchoi",
        "Thiết kế và cung cấp thiết bị sân chơi trẻ em theo lứa tuổi",
        "Đơn vị thiết kế khu vui chơi cung cấp cầu trượt, xích đu, bập bênh, thang leo, vòng xoay, khung lưới và mô "
        "hình liên hoàn; tư vấn chọn thiết bị trong nhà hay ngoài trời theo độ an toàn, chất liệu, chi phí cho công "
        "viên, trường học và khu dân cư.",
    ),
    (
        "lPo052",
        "vi",
        "dochoi_top5",
        "Cầu trượt, xích đu và khu tiếp đất có đệm cho sân chơi",
        "Cung cấp cầu trượt đơn, cầu trượt liên hoàn với nhà bóng, thang leo và xích đu; chọn chiều cao theo độ tuổi, "
        "chất liệu không gây trầy xước; khu tiếp đất được lót đệm hoặc cỏ nhân tạo để giảm chấn thương khi trẻ ngã.",
    ),
    (
        "lPo053",
        "vi",
        "dochoibacha_duquay",
        "Đu quay ngoài trời cho khu vui chơi trẻ em",
        "Tư vấn chọn đu quay bằng sắt sơn tĩnh điện, inox, nhựa nguyên sinh hoặc gỗ; trẻ 1–3 tuổi dùng ghế có tựa, "
        "dây an toàn, quay chậm; 4–6 tuổi cỡ trung; trên 6 tuổi mẫu lớn hơn; chừa khoảng cách an toàn với các thiết "
        "bị khác theo diện tích sân.",
    ),
    (
        "lPo054",
        "en",
        "kidwise_mulch",
        "Playground rubber mulch meeting ASTM F1292",
        "Rubber mulch for home and public playsets: at least 3 inches deep for a 5 ft fall height and 6 inches for "
        "12 ft, laid 6 ft beyond the equipment on every side; shock-absorbing pads for high-wear spots under slides "
        "and swings; plastic or rubber borders to hold the mulch in place.",
    ),
    (
        "lPo055",
        "en",
        "usrubber_mulch",
        "Long-life rubber mulch tested to 17 ft fall height",
        "Rubber mulch installed 6 inches deep scores around 700 HIC at a 17 ft drop and does not break down for 25 "
        "years or more; top up 5–10% every 3–5 years. A 2,800 sq ft playground takes 22 pallets, each covering 127 "
        "sq ft, at roughly US$5 per sq ft; rake level over geotextile.",
    ),
    (
        "lPo056",
        "en",
        "radioearth_surf",
        "Poured-in-place and tile surfacing compared with loose fill",
        "Surfacing contractor: the shock-absorbing zone should reach 6 ft around all equipment; loose fill such as "
        "rubber mulch, engineered wood fibre, sand or pea gravel is cheapest but needs raking and topping up, while "
        "poured-in-place rubber and interlocking tiles cost more but last long and stay accessible.",
    ),
    (
        "lPo057",
        "en",
        "recmgmt_surfacing",
        "Playground safety-surfacing audit using the NPPS four steps",
        "Audit service: more than 70% of playground injuries are falls, mostly onto asphalt, concrete or bare dirt; "
        "replace with engineered wood fibre, rubber mulch, rubber tiles or poured-in-place; equipment over 5 ft more "
        "than doubles injury probability; set a surfacing maintenance schedule.",
    ),
    (
        "lPo058",
        "vi",
        "longlong_hic",
        "Sân chơi EPDM và gạch cao su đạt chứng nhận HIC",
        "Doanh nghiệp cao su trong nước có chứng nhận HIC (đo mức chấn thương đầu khi va chạm) cung cấp hai loại mặt "
        "sân chơi từ hạt cao su tái chế: lớp EPDM đổ liền và gạch cao su lắp ghép, thiết kế theo EN 1177 cho bề mặt "
        "và EN 1176 cho thiết bị.",
    ),
    (
        "lPo059",
        "vi",
        "tinkt_lopxe",
        "Gạch, thảm cao su từ lốp xe phế thải cho sân chơi, sân thể thao",
        "Trung tâm vật liệu xây dựng chuyển giao công nghệ trộn bột cao su lốp phế thải với keo PU, phụ gia và màu, "
        "đổ khuôn thành gạch hoặc cán lớp mỏng trực tiếp trên nền bê tông; mặt sân mềm dẻo, màu đẹp, giúp trẻ an "
        "toàn hơn khi té ngã.",
    ),
    (
        "lPo060",
        "vi",
        "caosu_phethai",
        "Dải phân cách đường giao thông bằng cao su phế thải",
        "Lốp, săm cũ được tách vải, tanh thép, nghiền thành hạt rồi trộn với cao su thiên nhiên và phụ gia, cán và "
        "ép lưu hóa thành dải phân cách đường; 50 m đã lắp thử trên đường phố, bền, đàn hồi, nhẹ, dễ vận chuyển.",
    ),
    # outdoor fitness, community sports grounds
    (
        "lPo061",
        "vi",
        "dctt_cautao",
        "Máy tập thể dục công viên khung thép mạ kẽm, chôn móng bê tông",
        "Nhà sản xuất máy tập ngoài trời: khung ống thép dày 2,0–3,5 mm mạ kẽm hoặc sơn tĩnh điện, hàn kín hoặc bắt "
        "bu lông; chân neo chôn sâu 50–70 cm trong móng bê tông; kèm hướng dẫn nguyên lý, kiểm tra an toàn và bảo "
        "trì cho đơn vị quản lý.",
    ),
    (
        "lPo062",
        "vi",
        "atita_dientich",
        "Tư vấn chọn và bố trí thiết bị thể thao ngoài trời theo diện tích",
        "Khu nhỏ ưu tiên thiết bị đa năng, khu rộng chia thành cụm chức năng cho nhiều nhóm người tập; tính khoảng "
        "cách để người tập không va chạm, lối đi thông thoáng, tránh mua thừa thiết bị; cho công viên, khu dân cư "
        "và trường học.",
    ),
    (
        "lPo063",
        "vi",
        "uongbi_maytap",
        "Lắp bộ dụng cụ tập thể dục ngoài trời cho quảng trường và nhà sinh hoạt thôn",
        "Lắp đặt 64 thiết bị: bộ 9 món tại quảng trường và bộ 5 món cho mỗi thôn, khu dân cư gồm xà đơn, xà kép, "
        "dụng cụ tập tay, vai; mẫu mã bắt mắt, dễ dùng cho nhiều lứa tuổi; nguồn kinh phí xã hội hóa do doanh nghiệp "
        "tài trợ.",
    ),
    (
        "lPo064",
        "vi",
        "daiviet_maytap",
        "Máy tập công viên chia nhóm bài tập cho mọi lứa tuổi",
        "Máy tập ngoài trời bằng sắt thép dày, sơn chống gỉ chịu nắng mưa, cấu tạo đơn giản; chia nhóm tập toàn thân, "
        "cardio, thể hình, khởi động, massage thư giãn và dụng cụ vận động cho trẻ em, phù hợp từ trẻ nhỏ tới người "
        "già.",
    ),
    (
        "lPo065",
        "en",
        "athbiz_outdoor",
        "Planning outdoor fitness zones in parks",
        "Equipment maker's planning help, from static trail stations (chin-up bars, sit-up benches) to clustered "
        "outdoor gyms; equipment is free to users, invites group workouts and is open almost any hour; one city that "
        "fitted stations in more than 30 parks saw traffic keep rising.",
    ),
    (
        "lPo066",
        "en",
        "cyclingtips_stations",
        "Low-cost modular fitness stations on existing paths",
        "Twelve prefabricated stations installed for US$18,500: set on existing paved walkways and fixed with "
        "pre-drilled concrete plugs, under four hours per unit with a crew of four; wind-rated aluminium frames with a "
        "ten-year life; a sign with maintenance schedule and QR feedback cut unplanned repairs by about 30%.",
    ),
    (
        "lPo067",
        "en",
        "vasia_outdoorgym",
        "Durable outdoor gym equipment with lifecycle costing",
        "Playground maker's framework for choosing outdoor gym equipment on total cost of ownership, including "
        "maintenance and surfacing, with ASTM F3101 safety and accessibility compliance, siting near paths and "
        "layouts that serve all ages.",
    ),
    (
        "lPo068",
        "vi",
        "vdanang_nvh",
        "Thiết kế mẫu nhà văn hóa – khu thể thao thôn đạt tiêu chí nông thôn mới",
        "Tư vấn quy hoạch nhà văn hóa xã trên đất từ 2.500 m2, hội trường đa năng trên 200 chỗ; nhà văn hóa thôn từ "
        "100 chỗ kèm khu thể thao có sân bóng chuyền, cầu lông; bố trí công năng để công trình được dùng thường xuyên, "
        "đạt tiêu chí số 6 nông thôn mới.",
    ),
    (
        "lPo069",
        "vi",
        "thanhhoa_thietche",
        "Quy hoạch trung tâm văn hóa – thể thao xã rộng 8.000 m2",
        "Mẫu quy hoạch đã thực hiện: khuôn viên hơn 8.000 m2, hội trường đa năng 530 m2 với 300 chỗ ngồi, sân vận "
        "động mặt cỏ tự nhiên có cổng và tường rào, sân thể thao có dụng cụ tập; cùng hệ thống nhà văn hóa, sân thể "
        "thao ở tất cả các thôn.",
    ),
    # gyms and fitness equipment
    (
        "lPo070",
        "vi",
        "znews_gym",
        "Cung cấp máy chạy bộ và thiết bị cho phòng gym mới mở",
        "Tư vấn chọn thiết bị theo ngân sách: máy chạy bộ phổ thông 50–60 triệu đồng, hàng thương hiệu Ý 100–200 "
        "triệu; so sánh thiết bị châu Âu, Trung Quốc và hàng đã qua sử dụng; lưu ý máy chạy điện hỏng nhanh hơn máy "
        "cơ, thường phải thay sau 2–3 năm nếu không bảo quản tốt.",
    ),
    (
        "lPo071",
        "en",
        "dojo_treadmill",
        "Treadmill planning for small gyms",
        "Sizing service: 3–4 treadmills per 100 members; each needs 213 x 366 cm plus 0.5 m at the sides, 2 m clear "
        "behind and 245 cm ceiling, a dedicated 20 A line (600–700 W), a 3–4 HP continuous motor and a 350–400 lb "
        "rating. Commercial units cost US$2,000–5,000, US$100–500 a year to maintain, and last 7–12 years.",
    ),
    (
        "lPo072",
        "en",
        "akfit_outfit",
        "Six-step equipment plan for outfitting a fitness facility",
        "Supplier method: analyse users, traffic, staffing and room size; 100–200 users need at least two types of "
        "cardio machine, 200–400 users four, above 400 one per 100 users. Budget guide: treadmills US$3,500–8,000, "
        "ellipticals 2,000–6,000, bikes 1,000–3,500; choose brands that can be serviced locally.",
    ),
    (
        "lPo073",
        "en",
        "afitness_setup",
        "Gym equipment installation and layout service",
        "Technicians install and space cardio and weight equipment in new fitness rooms so the whole floor is used "
        "while every machine stays accessible; several feet are kept clear behind each treadmill because many users "
        "skip the emergency stop clip.",
    ),
    (
        "lPo074",
        "vi",
        "cuonggym_gach",
        "Gạch cao su lót sàn phòng gym",
        "Gạch có đế bằng hạt cao su SBR tái chế từ lốp xe gắn keo chuyên dụng, mặt trên đơn màu mịn hoặc sần; loại đế "
        "đặc dày 15–35 mm chịu lực tốt nhất, dùng cho khu tạ nơi người tập đặt hoặc thả tạ xuống sàn; có các loại đế "
        "khác cho khu tập nhẹ.",
    ),
    (
        "lPo075",
        "vi",
        "ketnoiads_gym",
        "Tư vấn thiết kế phòng tập gym theo tiêu chuẩn Thông tư 05/2007",
        "Đơn vị tư vấn phòng tập giải thích 11 tiêu chuẩn cơ sở kinh doanh thể hình phải đáp ứng (địa điểm, diện tích, "
        "trang thiết bị, dịch vụ…) và hỗ trợ thiết kế, vận hành dự án phòng gym cho nam, nữ.",
    ),
    (
        "lPo076",
        "en",
        "recmgmt_fitcenter",
        "Fitness-centre design: cardio and strength floor split",
        "Design guidance: give 50–60% of the floor to cardio and 40–50% to strength, shifting with the client mix "
        "(more cardio and light dumbbells for a mostly female recreation centre, more free weights for a campus); a "
        "40,000 sq ft club with 5,000 members should plan about 100 cardio pieces.",
    ),
    (
        "lPo077",
        "vi",
        "suka_caosu",
        "Sàn cao su chống trượt, giảm chấn cho công trình thể thao",
        "Sàn cao su tổng hợp có hệ số ma sát cao ngay cả khi ướt hoặc dính dầu, cấu trúc đàn hồi hấp thụ xung lực, "
        "giảm chấn thương và tiếng ồn, kháng tia UV và chịu thay đổi nhiệt độ; dùng cho khu vực đông người qua lại.",
    ),
    # football pitches: artificial and natural turf
    (
        "lPo078",
        "en",
        "ajr_turf",
        "Turnkey artificial football pitch construction",
        "Contractor handling excavation, land drainage and a laser-levelled, precision-graded stone base, then a "
        "shock pad, turf chosen by pile height, density and fibre, and an infill of rubber granules and silica sand "
        "brushed deep into the pile, using FIFA Quality or Quality Pro certified products.",
    ),
    (
        "lPo079",
        "en",
        "ccgrass_install",
        "Artificial grass pitch installation quality control",
        "Turf maker's installation standard: experienced crews given enough time in wet, windy or hot weather; no gaps "
        "where rolls or lines are joined, since raised seams fail early and trip players; infill spread in layers to "
        "full depth edge to edge; final inspection before handover.",
    ),
    (
        "lPo080",
        "en",
        "designtech_turf",
        "Third-generation artificial turf systems",
        "Supply of 3G turf with high-pile monofilament polyethylene yarn, sand and rubber infill that does not compact, "
        "and underlay for suspension; low friction avoids skin burns, ball rebound matches natural grass and the pitch "
        "can be played all year.",
    ),
    (
        "lPo081",
        "vi",
        "halong_conhantao",
        "Thi công sân cỏ nhân tạo bằng máy rải cát, hạt cao su chuyên dụng",
        "Công ty thể thao thi công mặt cỏ được FIFA kiểm chứng, dùng máy phun trải cát và hạt cao su thay vì rải tay; "
        "sân đầu tư một lần, không bón phân, không tưới, tiết kiệm 90–130 triệu lít nước mỗi năm so với cỏ tự nhiên, "
        "chịu khí hậu nóng ẩm; sân thiếu hạt cao su sẽ cứng, dễ gây chấn thương.",
    ),
    (
        "lPo082",
        "vi",
        "baoduong_binhdinh",
        "Bảo dưỡng, phục hồi mặt sân cỏ nhân tạo xuống cấp",
        "Dịch vụ khôi phục chất lượng mặt sân bóng cỏ nhân tạo cũ đã xuống cấp, giúp chủ sân giữ chân khách khi sân "
        "mới mọc lên ngày càng nhiều trong vùng.",
    ),
    (
        "lPo083",
        "vi",
        "anphuchung_nongthon",
        "Trọn gói sân bóng đá mini cỏ nhân tạo cho vùng nông thôn",
        "Thi công sân 44 m x 22 m trên đất ruộng nhà với tổng đầu tư khoảng 700 triệu đồng, riêng thảm cỏ loại trung "
        "bình 300 triệu; giá thuê tham khảo 150.000 đồng/giờ buổi tối (đã gồm đèn), 120.000 đồng/giờ ban ngày, mỗi "
        "sân thu chừng 1 triệu đồng/ngày cộng căn tin.",
    ),
    (
        "lPo084",
        "en",
        "lush_shockpad",
        "Shock pads and rubber infill for youth pitches",
        "Synthetic turf with shock pads and rubber granular infill that cushions falls and slides, offered to clubs "
        "replacing muddy natural grass to reduce injuries among young football players.",
    ),
    (
        "lPo085",
        "en",
        "fai_turf",
        "Artificial pitch project guidance from feasibility to replacement fund",
        "Football association guidance and advisory service: needs analysis, feasibility, location and dimensions, "
        "standards, carpets, infill and shock pads, sub-base and drainage, fencing, goals, floodlighting, procurement, "
        "brushing and rejuvenation, maintenance logs and a replacement fund for the surface.",
    ),
    (
        "lPo086",
        "vi",
        "bongdanetco_tunhien",
        "Thiết kế, thi công sân bóng cỏ tự nhiên nhiều lớp thoát nước",
        "Tư vấn cấu tạo mặt sân cỏ tự nhiên gồm nhiều lớp vật liệu bảo đảm thoát nước, chịu cường độ thi đấu và phục "
        "hồi tốt; chọn giống cỏ, quy trình thi công và bảo dưỡng theo chuẩn quốc tế để bóng lăn, nảy ổn định, hạn "
        "chế chấn thương.",
    ),
    (
        "lPo087",
        "vi",
        "cayxanh_lagung",
        "Cung cấp và trồng cỏ lá gừng cho sân vườn, công viên",
        "Công ty cây xanh cung cấp cỏ gừng Thái (Axonopus compressus) màu xanh đậm, chịu bóng bán phần, chịu giẫm đạp, "
        "ít sâu bệnh, giữ đất chống xói mòn; hướng dẫn trồng trên đất tơi xốp thoát nước, pH 6–7, cải tạo bằng phân "
        "hữu cơ, cho sân vườn và cảnh quan.",
    ),
    # badminton and pickleball court surfaces
    (
        "lPo088",
        "vi",
        "tuanviet_thamcl",
        "Thi công lắp đặt thảm PVC sân cầu lông",
        "Cung cấp và dán thảm cầu lông PVC nhựa dẻo đàn hồi: mặt trên ma sát tốt chống trơn trượt cho vận động viên, "
        "mặt dưới bám chắc nền không xê dịch; thảm chống cháy, chống tĩnh điện, giảm tiếng ồn; kích thước sân đôi "
        "13,4 m x 6,1 m theo chuẩn BWF.",
    ),
    (
        "lPo089",
        "vi",
        "tinphat_caulong",
        "Thi công sân cầu lông bằng thảm vinyl hoặc sơn acrylic",
        "Nhà thầu hơn 12 năm, 3.000 dự án: phương án trải thảm vinyl chi phí thấp, thi công nhanh, tiết kiệm nhân "
        "công; phương án sơn acrylic đòi hỏi kỹ thuật cao, đắt hơn nhưng bền hơn; sân đôi 13,4 m x 6,1 m, đường chéo "
        "14,7 m; sân đơn rộng 5,18 m.",
    ),
    (
        "lPo090",
        "vi",
        "tgtt_caulong",
        "Thi công nền và mặt sân cầu lông ngoài trời",
        "Quy trình khảo sát mặt bằng, đổ nền bê tông dày 8–10 cm với độ dốc thoát nước khoảng 1% hoặc nền asphalt "
        "chống nước, bố trí hướng sân tránh chói nắng; xử lý, chống thấm bề mặt rồi phủ thảm PVC chuyên dụng hoặc sơn "
        "PU thể thao.",
    ),
    (
        "lPo091",
        "vi",
        "tgtt_pickleball",
        "Thảm PVC 5 lớp cho sân pickleball",
        "Thảm nhiều lớp: lớp vân mặt PVC nguyên sinh ép nhiệt có phụ gia chống UV, chống mài mòn, phủ PU; lớp chống "
        "rách PVC đàn hồi pha cao su hoặc EVA; chống trượt, đàn hồi, chi phí hợp lý, đạt chuẩn thi đấu; kèm quy trình "
        "thi công từ nền tới hoàn thiện.",
    ),
    (
        "lPo092",
        "vi",
        "vietabd_thamcl",
        "Thảm sân cầu lông tổng hợp dùng tới 5 năm",
        "Thảm nhựa tổng hợp đàn hồi, giảm chấn, giảm tiếng ồn, chống trầy xước và trơn trượt, chống mài mòn với tuổi "
        "thọ tới 5 năm, chống tĩnh điện, chống cháy, dễ vệ sinh; hướng dẫn chọn thảm và quy trình lắp đặt.",
    ),
    (
        "lPo093",
        "en",
        "badmintonbites_floor",
        "BWF-style badminton court flooring",
        "Supply of the preferred competition build-up: a wooden sprung floor with approved non-slip PVC court mats as "
        "used at the Olympics, boards laid in parallel strips with a matte finish in green, blue or natural wood, and "
        "brand mats such as Yonex AC364 or Victor C-7051.",
    ),
    (
        "lPo094",
        "en",
        "bksports_floor",
        "Indoor badminton flooring options and overlays for old halls",
        "Flooring maker's advice: wood, rubber, PVC or portable systems; bare concrete, screed or composition floors "
        "are too stiff and dusty and cause injuries, but can be upgraded by laying timber over rubber strips or a "
        "cushioned sheet over the existing slab; mats differ in friction and thickness.",
    ),
    (
        "lPo095",
        "en",
        "langning_floor",
        "Sports flooring materials with measured shock absorption",
        "Manufacturer data: badminton floors need 50–65% shock absorption and 2–3 mm deformation. Polyurethane 63%, "
        "12–15 years; modular PVC 58%, 8–10 years; acrylic 51%, 6–8 years; rubber 67%, 15–20 years. Outdoor PVC "
        "copes with –30 to 60 °C; modular tiles install in 72 hours.",
    ),
    # lighting of pitches and courts
    (
        "lPo096",
        "vi",
        "haledco_cotden",
        "Cột đèn và đèn LED chiếu sáng sân bóng theo BS EN 12193",
        "Nhà máy cột đèn thiết kế chiếu sáng sân bóng theo ba cấp: thi đấu đỉnh cao 500 lux (độ đồng đều trên 0,7), "
        "thi đấu phong trào 200 lux (trên 0,6), tập luyện 75 lux (trên 0,5); cột cao từ 8 m, sân rộng dùng cột 9–12 "
        "m, đèn pha LED.",
    ),
    (
        "lPo097",
        "vi",
        "tdl_pickleball",
        "Tính toán chiếu sáng LED cho sân pickleball",
        "Công ty chiếu sáng 20 năm kinh nghiệm tính số lượng, công suất và bố trí đèn LED cho sân pickleball theo khuyến "
        "nghị IES và hiệp hội pickleball: sân giải trí, gia đình 100–200 lux, mức cao hơn cho sân thương mại và thi "
        "đấu; giảm chói, đồng đều ánh sáng.",
    ),
    (
        "lPo098",
        "en",
        "velsports_tennis",
        "LED lighting for tennis and racquet courts",
        "Sports-lighting firm: 200–300 lux for recreational courts, about 500 lux for club play, 750 lux or more for "
        "televised events; 4000–5000 K colour; LED uses up to 70% less energy than metal halide and starts instantly; "
        "four 20–30 ft poles per court, shared poles between courts, IP65 or better fixtures.",
    ),
    (
        "lPo099",
        "en",
        "liteon_tennis",
        "Metal-halide to LED retrofit for school tennis courts",
        "Case-proven retrofit: target 350 lux club-competition level, uniformity U1 0.75 and U2 0.5, glare rating under "
        "50 and obtrusive-light compliance, achieved with sixteen 800 W LED floodlights, two per pole, and drivers "
        "mounted in boxes about 12 m away from the lights.",
    ),
    (
        "lPo100",
        "en",
        "ligman_tennis",
        "LED area floodlights replacing metal halide on outdoor courts",
        "Luminaire maker supplying LED floods with the same lumen output as metal-halide fittings at half the power, "
        "longer maintenance intervals, instant start and stable colour; layouts follow EN 12193 levels with mounting "
        "heights chosen to limit glare and light the ball evenly.",
    ),
    (
        "lPo101",
        "en",
        "accessfix_court",
        "Forward-throw LED lighting for neighbourhood courts",
        "Fixture supplier: 378 W forward-throw LED floods on 25 ft poles, aimed straight down yet throwing light across "
        "a combined basketball and tennis court, keeping light out of neighbours' windows and the sky to meet "
        "dark-sky rules, with lower running cost than metal halide.",
    ),
    (
        "lPo102",
        "en",
        "duvon_solarbb",
        "Off-grid solar basketball court lighting design",
        "Engineering service sizing solar court lighting on energy balance: worst-month generation must cover 10–12 "
        "hours of nightly use with 3–5 nights of battery autonomy; realistic targets are 10–30 foot-candles for "
        "recreation and 30–50 for light competition, higher levels need grid-hybrid systems.",
    ),
    (
        "lPo103",
        "en",
        "duvon_pickle",
        "Off-grid solar lighting for remote pickleball courts",
        "Design guide and service for courts far from utility power: solar pays off when extending service would cost "
        "over US$40,000, typically with the nearest pole 500 ft away, and for recreational use of 200–1,000 hours a "
        "year; covers PV and battery sizing and mounting.",
    ),
    (
        "lPo104",
        "vi",
        "ncse_solar",
        "Đèn năng lượng mặt trời tấm pin hiệu suất trên 22%, pin LiFePO4",
        "Nhà cung cấp giải thích cấu tạo đèn năng lượng mặt trời: tấm quang điện hiệu suất chuyển đổi trên 22%, pin "
        "lưu trữ Lithium-ion nhẹ hoặc LiFePO4 an toàn, tuổi thọ dài cho chiếu sáng ngoài trời, đèn LED và bộ điều "
        "khiển; ứng dụng cho nhiều công trình thực tế.",
    ),
    (
        "lPo105",
        "vi",
        "laprapden_led",
        "Đèn LED đường phố tiết kiệm 40–60% điện năng",
        "Cung cấp và lắp đèn LED chiếu sáng đường phố thay đèn sodium, halogen: tiêu thụ ít hơn 40–60% điện, tuổi "
        "thọ tới 50.000 giờ, ánh sáng trắng đồng đều giảm vùng tối, chống nước, chống bụi cho đường giao thông.",
    ),
    (
        "lPo106",
        "vi",
        "ngaynay_solar",
        "Đèn năng lượng mặt trời chiếu sáng đường quê nông thôn mới",
        "Lắp đèn năng lượng mặt trời cho đường làng, ngõ xóm: tấm pin sạc ắc quy ban ngày, đèn LED sáng ban đêm, mỗi "
        "bộ hoạt động độc lập, không phải đào hay chôn cáp điện; tận dụng nắng quanh năm của Việt Nam.",
    ),
    (
        "lPo107",
        "en",
        "huengaynay_xanh",
        "Green smart lighting for city streets and buildings",
        "Lighting association programme: LED sources with smart controls and clean energy need only 10–20% of the "
        "power of conventional lamps, last 30,000–50,000 hours and cut carbon emissions by about a third, for urban "
        "streets and public buildings.",
    ),
    # Ngo boat racing and Khmer traditional games
    (
        "lPo108",
        "vi",
        "dantoc_dongghe",
        "Đóng mới ghe Ngo gỗ sao theo kỹ thuật truyền thống Khmer",
        "Nhận đóng ghe Ngo dài 28–30 m: thân ghép từ năm tấm gỗ sao dài 15 m, hai đầu gỗ sao nguyên khối dài 7,5 m "
        "đẽo nhọn và cong; bên trong nối thanh gỗ cong làm khung và chỗ ngồi; xẩm bố, trét chay (bột chay trộn dầu) "
        "chống thấm; vẽ hoa văn đỏ, xanh, vàng, cam, đen ở đầu, đuôi và thân.",
    ),
    (
        "lPo109",
        "vi",
        "baomoi_kimcrup",
        "Nghệ nhân nhận đóng ghe Ngo cho chùa và đội ghe các tỉnh",
        "Thợ từng là vận động viên, học nghề đóng ghe Ngo ở Gò Quao rồi mở trại cùng thợ cả có tiếng; chọn cây sao "
        "lâu năm, chỉ lấy phần vỏ cây, bỏ phần ruột để ghe bền; ghe do trại đóng đã giúp đội chùa đạt giải nhì cấp "
        "tỉnh và được nhiều tỉnh đặt hàng.",
    ),
    (
        "lPo110",
        "vi",
        "tbngaynay_gheduaqn",
        "Cơ sở đóng ghe đua gỗ kiền kiền và nhôm cho 6–25 tay chèo",
        "Nghề gia truyền bốn đời: ghe đua làm từ gỗ kiền kiền nguyên khối không mắt sẹo kết hợp nhôm, tính toán để "
        "vừa chắc vừa nhẹ, đạt tốc độ cao; nhận đóng ghe cho 6, 8, 13, 17 hoặc 25 người chèo, giá 45–127 triệu "
        "đồng mỗi chiếc, mỗi ghe mang mật hiệu của cơ sở.",
    ),
    (
        "lPo111",
        "en",
        "dagley_dragon",
        "Next-generation lightweight dragon-boat hulls",
        "Boatworks and naval designer treating the long narrow hull as a beam with an outer skin: thin cold-moulded "
        "okoume plywood sheathed in abrasion-resistant fibreglass set in marine epoxy, with a strong centreline girder "
        "and gunwales; keeps the traditional form, lighter than plank boats, stronger than all-fibreglass ones.",
    ),
    (
        "lPo112",
        "en",
        "compositesworld",
        "Hand-laid carbon and aramid epoxy hulls for offshore powerboats",
        "Builder of a 39 ft stepped-hull offshore racer and cruiser laminated by hand from fibreglass-, aramid- and "
        "carbon-reinforced epoxy, painted instead of gel-coated to save weight, with structural laminate design by a "
        "yacht-design office.",
    ),
    (
        "lPo113",
        "vi",
        "baokhanhhoa_composite",
        "Đóng tàu cá vỏ composite thay tàu gỗ",
        "Xưởng đóng tàu cá vỏ composite: mẫu 300 CV dài 15,4 m, rộng 4,2 m, phần vỏ khoảng 900 triệu đồng, đắt hơn "
        "tàu gỗ 30% nhưng không phải xảm, sửa hằng năm, tiết kiệm chừng 30 triệu đồng mỗi năm, đỡ tốn nhiên liệu và "
        "khó chìm hơn.",
    ),
    (
        "lPo114",
        "vi",
        "kiengiang_tapluyen",
        "Sửa chữa, sơn vẽ hoa văn ghe Ngo trước mùa giải",
        "Tổ thợ nhận sửa chữa và vẽ lại hoa văn ghe Ngo cho các chùa trong khoảng hai tháng trước giải, hạ thủy ghe "
        "và hỗ trợ đội tập buổi chiều hơn một tháng cho các nội dung 800 m nam, 1.200 m nam và 800 m nam nữ phối "
        "hợp.",
    ),
    (
        "lPo115",
        "vi",
        "cantho_trochoi",
        "Hướng dẫn tổ chức trò chơi dân gian Khmer: đánh Kol",
        "Tài liệu và người hướng dẫn trò đánh Kol: kol là khúc cây tròn cứng dài 5–8 cm, sân rộng gần nửa sân bóng, "
        "hai phe 5–10 người, gậy gỗ dài khoảng 1 m; luật đánh, bắt, cướp kol và đưa vào lỗ giữa sân; phe thua cõng "
        "phe thắng một vòng; tổ chức ở phum sóc, sân chùa, trường học.",
    ),
    (
        "lPo116",
        "en",
        "vietnamvn_khmergames",
        "Folk-games programme for Chol Chnam Thmay at pagodas",
        "Facilitation of traditional Khmer New Year games in the pagoda yard for all ages: tug-of-war, sack race, "
        "hide-the-scarf, blindfolded gift-smashing, bo ongkunh (throwing tram seeds) and chol chhung (throwing the "
        "Khmer ball), used to pass the culture on to children and strengthen community ties.",
    ),
    (
        "lPo117",
        "vi",
        "vtv_cholchnam",
        "Tổ chức trò chơi dân gian ngày Tết Chol Chnam Thmay",
        "Nhận tổ chức chuỗi trò chơi kéo co, bịt mắt đập niêu, nhảy bao bố tại sân chùa trong các ngày Tết, kết hợp "
        "nghi thức đắp núi cát cầu an, tạo dịp cho bà con Khmer giao lưu, gắn kết cộng đồng.",
    ),
    (
        "lPo118",
        "en",
        "vntourism_ngo",
        "Festival tour packages for the Mekong Ngo boat race",
        "Travel operator selling trips to the regional Ngo boat race festival, expected to draw 80 men's and women's "
        "teams over 1,200 m and 1,000 m, bundled with trade fairs, a traditional food festival, art performances and "
        "an ethnic costume contest.",
    ),
    (
        "lPo119",
        "en",
        "vnpremier_duke",
        "Du ke theatre and costume shows for Khmer festivals",
        "Entertainment booking for festival stages: Southern Khmer du ke singing troupes, drawn from a festival of "
        "nearly 500 artists from six provinces, and a Kinh–Khmer–Hoa costume performance contest with prizes for the "
        "top finishers.",
    ),
    # booking and management software for venues, gym access control
    (
        "lPo120",
        "en",
        "bookandpay_venue",
        "Online booking and payment for multi-site court venues",
        "Booking platform where customers pick court type (grass, synthetic, hard) and court number on a layout and pay "
        "at booking; SMS or email reminders; full refund if cancelled 24 hours ahead, 50% at 6 hours; managers block "
        "slots, book walk-ins without online payment, vary prices by demand and pull booking reports.",
    ),
    (
        "lPo121",
        "en",
        "dagger_booking",
        "Facility booking system with live availability displays",
        "Digital booking for clubs: colour-coded screens in the clubhouse (green free, red booked, yellow provisional), "
        "a mobile app to book from anywhere, instant confirmation, real-time release of cancelled slots and usage "
        "analytics to raise utilisation of courts and pitches.",
    ),
    (
        "lPo122",
        "en",
        "hellabooking",
        "Court booking calendar for sports clubs",
        "Hosted booking software: customers land on a calendar with each court as a column, switch between day and "
        "week views or a month timeline for fields booked by the day, pick a sport from tiles, and can browse free "
        "slots before logging in.",
    ),
    (
        "lPo123",
        "en",
        "esoft_court",
        "Court reservation system for public and private courts",
        "Scheduling software for basketball, volleyball, tennis and pickleball courts, including city park courts: "
        "mobile app, automatic text and email notices for bookings, changes and cancellations, an availability tracker "
        "that prevents double booking, and payment taken when the reservation is made.",
    ),
    (
        "lPo124",
        "en",
        "webintel_tennis",
        "Custom online court-booking website with payment gateway",
        "Web developer's system for a centre with 13 outdoor courts open 52 weeks: bookings of 1 to 2.5 hours in "
        "half-hour steps, every court visible in one window, a cart and secure card payment, coaching block bookings, "
        "customer accounts, automatic invoices and admin through the CMS.",
    ),
    (
        "lPo125",
        "vi",
        "doc_sanbongmini",
        "Phần mềm quản lý sân bóng đá mini",
        "Nhóm sinh viên phân tích, thiết kế phần mềm từ khảo sát cụm 2 sân mở cửa 5 giờ đến 22 giờ đang quản lý bằng "
        "sổ sách: đặt sân, hợp đồng thuê, quản lý khung giờ và nhân viên, tránh sai sót; phù hợp sân 5–7 người.",
    ),
    (
        "lPo126",
        "vi",
        "doc_badcourt",
        "Ứng dụng Badcourt đặt và quản lý sân cầu lông",
        "Đồ án của trường đại học công nghệ thông tin: ứng dụng di động đa nền tảng (Flutter, Node.js, MongoDB) tìm sân "
        "trên bản đồ Vietmap và khu lân cận, thanh toán ngay trong ứng dụng, cập nhật lịch sân theo thời gian thực qua "
        "WebSocket, kèm chức năng quản lý cho chủ sân.",
    ),
    (
        "lPo127",
        "en",
        "shredeo_access",
        "Gym access control with QR, RFID and NFC check-in",
        "Gym software tying door access to payment status, member identity and class capacity: QR codes for flexible "
        "mobile check-in, RFID or NFC cards and wristbands for fast reception, a manual fallback for forgotten cards, "
        "and real-time class attendance linked to bookings.",
    ),
    (
        "lPo128",
        "en",
        "fitnessgm_checkin",
        "Gym check-in validation and attendance reports",
        "Check-in module with manual, app, kiosk and camera-based entry; each visit logs member, location, time and "
        "source; access is granted only to active memberships and deducts punch-card visits, sessions or access days; "
        "attendance reports export to CSV or PDF.",
    ),
    (
        "lPo129",
        "en",
        "orhuk_checkin",
        "Integrated front-desk check-in for gyms and sports facilities",
        "Software connecting membership, billing, booking and access so expired plans, failed card payments and "
        "cancelled bookings are flagged before the member reaches the desk, day passes are sold quickly and morning "
        "queues disappear.",
    ),
    (
        "lPo130",
        "en",
        "softguide_table",
        "Restaurant table reservation software",
        "Reservation system for restaurants and cafés: online booking through website or app, real-time table "
        "availability, table and room layouts, guest preferences and allergies, SMS reminders, waitlists, no-show "
        "analytics and POS or CRM integration.",
    ),
    # drowning detection
    (
        "lPo131",
        "en",
        "wiki_drowndetect",
        "Active and passive drowning detection systems for public pools",
        "Supply of two system types: active wristbands that sense a swimmer underwater too long and send an acoustic "
        "alarm to receivers so lifeguards know which pool, also usable for lockers; and passive underwater cameras that "
        "show lifeguards views free of surface glare and blind spots.",
    ),
    (
        "lPo132",
        "en",
        "foreo_aiswim",
        "Computer-vision pool monitoring with underwater-time alarms",
        "System using existing or new cameras and a YOLO detector to track each person in real time and measure time "
        "spent underwater; when a set limit is exceeded it alarms lifeguards or sends an alert to rescue services, for "
        "municipal pools and private pools without lifeguards.",
    ),
    (
        "lPo133",
        "en",
        "instafocos_ai",
        "AI anti-drowning cameras with lifeguard double check",
        "Camera system that draws a red box and sounds an alarm when a swimmer stops moving or struggles, while "
        "ignoring splashing and diving; it once caught a cramp hidden behind a pillar 10–15 seconds earlier than staff; "
        "every alert is confirmed by a lifeguard; swimmers wear nothing.",
    ),
    (
        "lPo134",
        "en",
        "rsis_iot",
        "Low-cost IoT drowning detector for small private pools",
        "University prototype combining a PIR motion sensor with a Raspberry Pi camera running a trained YOLOv5 model "
        "to spot possible drowning events without any wearable device, sending IoT alerts to the owner.",
    ),
    (
        "lPo135",
        "en",
        "blogcpi_detect",
        "Edge–cloud AI drowning detection with sub-second alerts",
        "Engineer's system: an edge unit runs vision inference beside the pool and the cloud retrains models, reaching "
        "95% accuracy with alerts in under 500 ms and far fewer false alarms than motion sensors or pressure plates.",
    ),
    (
        "lPo136",
        "en",
        "haiduong_camera",
        "Remote camera surveillance for river fish-cage farms",
        "Installation of more than 20 cameras, about 60 million VND, letting a fish-cage owner watch every cage from a "
        "smartphone, spot dead fish or oil slicks and direct workers, while guarding the cages against theft.",
    ),
    (
        "lPo137",
        "en",
        "nguoinuoitom_ai",
        "Computer-vision shrimp counting and stress detection",
        "Research system: a smartphone above the tank photographs shrimp every minute and algorithms count and measure "
        "them with up to 95% accuracy in dense, turbid water, giving early warning of stress and mortality.",
    ),
    (
        "lPo138",
        "en",
        "cagiong_iot",
        "IoT acoustic and vibration sensors for shrimp ponds",
        "Low-cost monitoring: a microphone counts shrimp flicks (up to 100 a minute when healthy) across 2–200 kHz, "
        "vibration sensors on aerators and pumps predict breakdowns, and pH and oxygen data feed early warnings.",
    ),
    (
        "lPo139",
        "vi",
        "vdoc_aotom",
        "Hệ thống tự động giám sát và điều chỉnh chất lượng nước ao tôm",
        "Đề tài kỹ thuật môi trường: thiết bị tự động đo và điều chỉnh các chỉ tiêu chất lượng nước trong ao nuôi tôm "
        "thủ công, giúp người nuôi giảm rủi ro.",
    ),
    # neighbouring fields: aquaculture liners and cages, filters, coatings, fishermen's safety gear
    (
        "lPo140",
        "vi",
        "mangnhua_batlot",
        "Bạt nhựa HDPE lót ao hồ nuôi trồng thủy sản",
        "Cung cấp bạt lót ao bằng nhựa HDPE, PE chống thấm tuyệt đối, bền, chịu thời tiết khắc nghiệt, dạng tấm mỏng "
        "dễ thi công, nhiều độ dày và khổ cho hộ nuôi nhỏ tới trang trại lớn, giữ nước và ổn định môi trường nuôi.",
    ),
    (
        "lPo141",
        "vi",
        "bongsen_hdpe",
        "Thi công màng chống thấm HDPE cho hồ nuôi tôm",
        "Nhà thầu thi công màng HDPE cho hồ tôm theo ba bước, ngăn nước rò rỉ ra ngoài và nước ngầm thấm vào, hạn "
        "chế vi sinh vật có hại, tảo và mầm bệnh, giữ mực nước ổn định và tiết kiệm chi phí bơm.",
    ),
    (
        "lPo142",
        "vi",
        "nuoitrong_hdpe",
        "Lồng bè HDPE nuôi cá biển chịu sóng gió",
        "Lồng nuôi khung ống HDPE đường kính từ 110 mm uốn tròn hoặc vuông, nối bằng khớp chuyên dụng, lưới nuôi gắn "
        "cố định bên trong, nổi nhờ phao HDPE; không gỉ, không mục, chống tia UV và nước mặn, chịu va đập.",
    ),
    (
        "lPo143",
        "vi",
        "dekko_benoi",
        "Hướng dẫn làm bè nổi nuôi cá trên sông",
        "Nhà sản xuất ống nhựa hướng dẫn lắp bè cá: mỗi ô lồng 4–6 phao xốp 50 x 60 x 90 cm hoặc phi nhựa 200 lít cố "
        "định vào khung; lồng lưới PE không co rút bao quanh khung, mắt lưới 1–4 cm tùy cỡ cá; lắp ghép thành cụm "
        "lồng; khung HDPE thì không cần phao nâng.",
    ),
    (
        "lPo144",
        "vi",
        "locnuoc_koi",
        "Thiết kế hệ thống lọc nước hồ cá Koi",
        "Thiết kế bộ lọc hồ Koi gồm hút mặt, hút đáy, khoang lắng, khoang vi sinh và bơm hồi, chống nước đục, rêu "
        "tảo, mùi hôi và bệnh cho cá, giảm công vệ sinh hồ cảnh sân vườn.",
    ),
    (
        "lPo145",
        "vi",
        "moitruongsmart_ro",
        "Hệ thống lọc nước tinh khiết RO cho gia đình và doanh nghiệp",
        "Lắp đặt hệ thống lọc thẩm thấu ngược RO loại bỏ vi khuẩn, virus, kim loại nặng, hóa chất và muối, cho nước "
        "uống tinh khiết cho gia đình, cơ quan và cơ sở sản xuất.",
    ),
    (
        "lPo146",
        "vi",
        "ecovina_epoxy",
        "Quy trình sơn epoxy nền nhà xưởng",
        "Khảo sát nền bê tông, đo độ phẳng, xử lý ẩm mốc, dầu mỡ, rỗ và nứt rồi sơn epoxy cho nhà máy, kho hàng: nền "
        "chịu lực, chống bụi, chống mài mòn, dễ vệ sinh và ít phải sửa chữa.",
    ),
    (
        "lPo147",
        "vi",
        "mhm_epoxy",
        "Thi công sơn epoxy hai thành phần cho sàn bê tông công nghiệp",
        "Quy trình sáu bước: mài và hút bụi bề mặt, sơn lót, các lớp phủ epoxy gốc nhựa hai thành phần bám dính tốt, "
        "chống thấm, kháng khuẩn, chịu lực và mài mòn cho sàn nhà máy, nhà xưởng, khu chế xuất.",
    ),
    (
        "lPo148",
        "vi",
        "techmart_aophao",
        "Bộ áo phao cứu sinh đa năng cho ngư dân đánh bắt xa bờ",
        "Sáng chế được cấp bằng độc quyền giải pháp hữu ích năm 2018: bộ áo phao che kín đầu, tai, mắt, giữ ấm cơ thể, "
        "đỡ người ở tư thế nằm ngang để nghỉ, hạn chế mùi để cá dữ không phát hiện, nhiều túi đựng đồ, giúp ngư dân "
        "rơi xuống biển cầm cự nhiều ngày.",
    ),
    (
        "lPo149",
        "vi",
        "baobinhdinh_aophao",
        "Trang bị phao bè, phao tròn, áo phao và tập huấn an toàn tàu cá",
        "Chi cục thủy sản phối hợp hội chữ thập đỏ tập huấn quy định an toàn tàu cá trong mùa mưa bão, kiểm tra đủ "
        "phao bè, phao tròn, phao cá nhân trước mỗi chuyến biển và vận động tài trợ áo phao đa năng cho ngư dân.",
    ),
    # more pools and swimming classes
    (
        "lPo150",
        "vi",
        "lamdong_vuhuong",
        "Thiết kế, xây hồ bơi nước ấm trong nhà ba bể theo trình độ",
        "Mô hình hồ bơi gia đình đầu tư trên 11 tỷ đồng, rộng hơn 850 m2: bể trẻ em 8 x 15 m sâu 0,5–0,9 m, bể cho "
        "người mới biết bơi 7 x 14 m sâu 1,2–1,5 m, bể chính 6 x 25 m sâu 1,3–2,2 m, giữ nhiệt quanh năm; chia sẻ "
        "kinh nghiệm làm lại đế bể hai lần.",
    ),
    (
        "lPo151",
        "vi",
        "lamdong_giaiboi",
        "Đầu tư hồ bơi xã hội hóa 8 x 20 m kèm hệ lọc và hóa chất đạt chuẩn",
        "Tư vấn dựng hồ bơi tư nhân theo chủ trương xã hội hóa thể thao: bể rộng 8 m, dài 20 m, vốn vài tỷ đồng, "
        "trong đó khoản tốn kém nhất là thiết bị lọc và hóa chất xử lý nước đạt chuẩn vệ sinh hằng ngày; có bể riêng "
        "cho trẻ và hướng tới tổ chức giải bơi học sinh.",
    ),
    (
        "lPo152",
        "vi",
        "antv_hocboi",
        "Khóa học bơi nhóm hoặc một thầy một trò cho trẻ 5–12 tuổi",
        "Bể bơi trong nhà mở lớp theo nhóm và lớp kèm riêng: học bơi ếch 2–5 triệu đồng một khóa, mỗi kiểu bơi thêm "
        "như sải, bướm cộng 2–3 triệu; mỗi em có giáo viên kèm, bắt đầu bằng khởi động và làm quen thao tác dưới nước.",
    ),
    (
        "lPo153",
        "vi",
        "phunu_duoinuoc",
        "Giải pháp phòng đuối nước cho trẻ nhỏ ngay trong và quanh nhà",
        "Tư vấn gia đình nhận diện nguy cơ đuối nước tại nhà như bể cá, xô chậu, chum vại, thùng nước trong bếp, bồn "
        "tắm và miệng hố, giếng, ao quanh nhà; lắp nắp đậy, rào chắn và hướng dẫn cha mẹ tự dạy con biết bơi.",
    ),
    (
        "lPo154",
        "en",
        "thethaotphcm_san",
        "Investment advice for artificial-turf pitch clusters",
        "Consultancy drawing on the rollout in Ho Chi Minh City, from the first artificial pitch in 2004 to nearly "
        "300: three-pitch clusters at youth centres and colleges run by former football officials and referees, with "
        "payback expected in about a year and a half.",
    ),
    (
        "lPo155",
        "en",
        "vietnamvn_laivung",
        "Free summer swimming classes with a private pool and a PE teacher",
        "Youth-union scheme pairing a private pool owner with a school PE teacher: classes Monday to Saturday from June "
        "to August, 15–20 children each, warm-up, water familiarisation, breaststroke and freestyle, and water games "
        "that teach how to react in danger, with drowning-prevention talks.",
    ),
    (
        "lPo156",
        "vi",
        "nemthuanviet",
        "Dây chuyền sản xuất nệm cao su thiên nhiên",
        "Nhà sản xuất nệm giới thiệu quy trình làm nệm cao su thiên nhiên nguyên khối từ mủ cao su không pha phụ gia, "
        "cấu trúc bọt hở thoáng khí, đàn hồi nâng đỡ cơ thể, tự phân hủy sau khi thải bỏ, so sánh với nệm cao su nhân "
        "tạo giá rẻ hơn.",
    ),
    (
        "lPo157",
        "en",
        "baodantoc_xuong",
        "Rowing-boat eco-tour experiences on Mekong canals",
        "Eco-tourism sites offering rides and rowing lessons in small three-plank sampans along canals lined with "
        "melaleuca and water coconut; each boat carries only a few visitors with a local rower for safety.",
    ),
    (
        "lPo158",
        "en",
        "anbinh_quatnuoc",
        "Paddle-wheel aerators for intensive shrimp ponds",
        "Technical note and supply of pond paddle-wheel aerators, which take over 80% of the energy used on a shrimp "
        "farm: they add dissolved oxygen, mix layers and circulate water, running day and night in intensive ponds and "
        "only below 3 mg/l oxygen in semi-intensive ones.",
    ),
    (
        "lPo159",
        "vi",
        "maybom_conso",
        "Máy thổi khí con sò cấp ô-xy ban đêm cho ao tôm",
        "Cung cấp máy thổi khí con sò sục khí đáy ao, giúp người nuôi tôm vượt qua khung giờ 3–5 giờ sáng khi tảo "
        "ngừng quang hợp và ô-xy hòa tan tụt thấp, tránh tôm nổi đầu, chết rải rác.",
    ),
    (
        "lPo160",
        "en",
        "goodnight_latex",
        "Natural latex processing for mattresses, tyres and gloves",
        "Rubber-products company explaining how latex tapped from Hevea trees is processed into elastic, wear-resistant "
        "natural rubber for mattresses, tyres, medical gloves and industrial goods, and how it differs from synthetic "
        "rubber.",
    ),
]
