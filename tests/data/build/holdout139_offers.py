"""Offers of holdout139: (id, language, source key, title, description)."""

OFFERS = [
    # --- sound systems: amplifiers, speakers, mixers, installation and tuning ---
    (
        "nKo001",
        "vi",
        "anhtai_setup",
        "Lắp đặt và cân chỉnh dàn karaoke gia đình và phòng hát kinh doanh",
        "Đội kỹ thuật âm thanh khảo sát diện tích phòng rồi chọn cấu hình loa, loa sub, amply phù hợp thay vì mua thiết bị đắt. "
        "Bố trí hai loa và vị trí người nghe thành tam giác đều, đặt sub đúng chỗ, sau đó cân chỉnh cho quán karaoke và phòng hát tại nhà.",
    ),
    (
        "nKo002",
        "en",
        "maono_ktv",
        "KTV private room sound commissioning",
        "On-site debugging of karaoke rooms against four targets: enough sound pressure for the room volume, even coverage, clarity and controlled reverberation. "
        "Speakers are hung so the singing sofa sits about 2.5-2.8 m away, DSP karaoke amplifiers (response up to 24 kHz) replace old echo chips, and microphones suited to small rooms are chosen.",
    ),
    (
        "nKo003",
        "en",
        "yogi_ktv",
        "Karaoke speaker modification and repeated-test tuning for difficult rooms",
        "For KTV rooms full of glass, mirrors and parallel hard walls, we add absorption and diffusion where needed and re-tune by repeated listening tests. "
        "Where absorbent finishes cannot be removed, the speaker crossover is modified, for example by adding 2.5-inch tweeters, to restore brightness.",
    ),
    (
        "nKo004",
        "vi",
        "loaarray_hall",
        "Thiết kế, lắp đặt âm thanh hội trường và sân khấu bằng loa array",
        "Tư vấn và thi công dàn âm thanh cho hội trường trong nhà và ngoài trời của cơ quan, đơn vị: chọn loa array, amply, mixer theo không gian. "
        "Kết nối, cài đặt theo chuẩn, bố trí loa hợp mỹ quan sân khấu và hướng dẫn người vận hành.",
    ),
    (
        "nKo005",
        "vi",
        "sispro_loa",
        "Tư vấn chọn loa cho quán karaoke kinh doanh",
        "Hướng dẫn chủ quán chọn loa karaoke theo diện tích phòng, công suất, độ bền khi chạy nhiều giờ mỗi đêm và chất âm cho giọng hát. "
        "Cung cấp cặp loa chuyên karaoke kinh doanh để giọng hát rõ, không rè, không méo khi mở lớn.",
    ),
    (
        "nKo006",
        "en",
        "robotics_karaoke",
        "Integrated sound and light package for karaoke venues",
        "Supply of karaoke venue packages: wired or wireless vocal microphones with wide response, a mixer with EQ, reverb and echo, and active speakers with built-in amplifiers. "
        "Speaker placement is planned to avoid feedback, and stage lighting effects are added for the room atmosphere.",
    ),
    (
        "nKo007",
        "vi",
        "hdaudio_vangso",
        "Cung cấp và cài đặt vang số DSP chống hú cho dàn karaoke",
        "Vang số xử lý tín hiệu kỹ thuật số thay vang cơ: EQ tham số, crossover, delay, compressor, limiter và hiệu ứng echo, reverb. "
        "Có bộ chống hú tự động dò và cắt tần số gây hú, lưu nhiều preset, chỉnh từ máy tính hoặc điện thoại.",
    ),
    (
        "nKo008",
        "vi",
        "audioservice_hu",
        "Dịch vụ xử lý tiếng hú trong dàn âm thanh karaoke",
        "Kỹ thuật viên tìm nguyên nhân hú: micro hỏng, micro đặt gần loa, âm lượng quá lớn, EQ sai, dây cáp lỏng. "
        "Thử từng thiết bị, đo khoảng cách micro–loa, chỉnh lại EQ và âm lượng, thay cáp hỏng cho phòng hát gia đình và kinh doanh.",
    ),
    (
        "nKo009",
        "en",
        "ahk_micro",
        "Karaoke microphone selection and testing service",
        "We help venues pick vocal microphones: dynamic microphones for karaoke, hall and wedding systems, condenser models for studio recording. "
        "Technicians check specifications and run a purchase test of each microphone before it goes into a karaoke system.",
    ),
    (
        "nKo010",
        "vi",
        "saigonaudio_dsp",
        "Kiểm tra amply tích hợp DSP: phân biệt hàng thật, hàng kém",
        "Hướng dẫn và dịch vụ kiểm tra bo mạch, chip DSP của amply karaoke để đánh giá chất lượng xử lý: EQ từng dải tần, crossover, time alignment, limiter. "
        "Giúp người mua tránh amply DSP kém chất lượng trước khi đầu tư.",
    ),
    (
        "nKo011",
        "en",
        "newtech_hungerford",
        "Public address system for multi-user town halls",
        "Installation of a hall PA that many hiring groups can use safely: amplifier and radio-microphone receivers locked in a cupboard. "
        "Users get only an on/off switch, a volume control and an input socket for a laptop or MP3 player, while settings stay with trained staff.",
    ),
    (
        "nKo012",
        "en",
        "eatsip_zoned",
        "Zoned background music systems for cafes and restaurants",
        "Sound design for hospitality spaces using several small quality speakers per zone at low volume instead of one loud box. "
        "We size source, mixer or processor, amplifier and speakers so music fills the room evenly without blasting nearby tables.",
    ),
    (
        "nKo013",
        "en",
        "artsent_church",
        "Expandable component sound systems for churches and meeting halls",
        "Needs assessment for speech and music, mixer inputs counted per microphone, wireless lapel or handheld options. "
        "Component systems (separate mixer, amplifiers, speakers) are specified so more amplifiers can be added without exceeding the ohm load, and volunteers can run them with little training.",
    ),
    (
        "nKo014",
        "en",
        "clearaudio_design",
        "PA system design, installation and calibration",
        "Full service from needs assessment and acoustic analysis (reverberation, echo, ambient noise) to choice of microphones, ceiling, wall, horn or column speakers and amplifiers. "
        "Zoning, cabling, rack mounting, grounding, then sound check, EQ and delay calibration to remove distortion and feedback.",
    ),
    (
        "nKo015",
        "en",
        "edutech_choose",
        "Sound reinforcement for school and multipurpose halls",
        "Advice and supply of versatile theatre-style sound systems for multipurpose halls, including their role in evacuation announcements. "
        "Budget options range from a $40 ceiling speaker to a $40,000 line-array cabinet; we match quality components, design and commissioning to the real use.",
    ),
    (
        "nKo016",
        "en",
        "dorset_halls",
        "Sound for social and fellowship halls",
        "Design and build of sound systems for echo-prone halls used for banquets, plays, movies and meetings: point-source or compact line-array speakers for stage rooms, "
        "distributed ceiling speakers for multi-directional rooms, set-and-forget mixer-amplifiers or auto-mixing DSP, plus user training and scheduled maintenance.",
    ),
    (
        "nKo017",
        "en",
        "worshipfacility_maint",
        "Independent sound system design and maintenance for congregations",
        "Before buying speakers, hire a design-build contractor or consultant who checks the room size and use; we prepare the design, bid documents and maintenance plan. "
        "Regular maintenance visits remove hum and buzz and keep projection and audio working.",
    ),
    (
        "nKo018",
        "vi",
        "songnhac_living",
        "Lắp đặt dàn âm thanh phòng khách cho gia đình",
        "Tư vấn loa và công suất theo diện tích phòng khách: phòng 15–25 m² dùng loa bookshelf 50–100 W, phòng 25–40 m² loa đứng hoặc 5.1 với 100–200 W và sub 8–10 inch. "
        "Biến phòng khách thành rạp phim mini để nghe nhạc, xem phim.",
    ),
    (
        "nKo019",
        "vi",
        "hnv_nhayen",
        "Lắp đặt hệ thống loa dẫn dụ cho nhà yến",
        "Thiết kế vị trí và chức năng loa nhà yến: loa gọi ngoài cửa, loa dẫn vào phòng, loa tổ; chọn amply và âm thanh dẫn dụ phù hợp. "
        "Kết hợp cấu trúc nhà, nhiệt độ, độ ẩm để chim yến vào ở và làm tổ.",
    ),
    (
        "nKo020",
        "vi",
        "suanha_yen",
        "Chỉnh amply và tần số âm thanh nhà yến",
        "Hướng dẫn chỉnh bass, mid, treble của amply cho âm thanh dẫn dụ chim yến: tiếng kêu từ 1.000 đến 16.000 Hz, phổ biến 2.000–10.000 Hz. "
        "Điều chỉnh cường độ dB cho loa ngoài và loa trong nhà yến.",
    ),
    (
        "nKo021",
        "vi",
        "tepbac_yen",
        "Kinh nghiệm dẫn dụ chim yến bằng âm thanh",
        "Chia sẻ kinh nghiệm của đơn vị khai thác yến: âm lượng loa cửa không quá 70 dB, tiếng yến tự nhiên dưới 50 dB, đứng cách 5 m nghe rõ là đủ. "
        "Tránh mở loa quá lớn gây ồn cho dân cư xung quanh và làm chim tản ra.",
    ),
    (
        "nKo022",
        "vi",
        "xiaomi_party",
        "Loa tiệc di động 50 W pin 26 giờ",
        "Loa tiệc cầm tay công suất 50 W (treble 15 W, woofer 35 W), xử lý DSP chống vỡ tiếng, pin 5.200 mAh dùng tới 26 giờ ở mức âm lượng 50%. "
        "Có đèn RGB, sạc ngược 15 W, ghép đôi để nghe stereo ngoài sân vườn, dã ngoại.",
    ),
    (
        "nKo023",
        "vi",
        "longgem_usb",
        "USB Bluetooth biến loa thường thành loa không dây",
        "Thiết bị USB nhận Bluetooth cắm vào loa hoặc amply cũ để phát nhạc từ điện thoại không cần dây.",
    ),
]

OFFERS += [
    # --- acoustic insulation and noise control for neighbours ---
    (
        "nKo024",
        "vi",
        "antuongtre",
        "Thi công cách âm phòng karaoke nhiều lớp",
        "Thi công cách âm từ khâu xây tường đủ dày đến vật liệu: thạch cao, bông thủy tinh, túi khí, xốp chuyên dụng, cao su non, thường 2–3 lớp, có công trình tới 9 lớp. "
        "Lớp hoàn thiện ngoài cùng bằng vải nỉ, nhung hoặc sơn sần để vừa trang trí vừa giảm âm dội.",
    ),
    (
        "nKo025",
        "vi",
        "karaokedep",
        "Quy trình cách âm trần, vách, cửa phòng karaoke",
        "Dựng khung sắt hộp mạ kẽm 3x5 cm, thanh cách nhau khoảng 60 cm; trần cao 2,7–3 m. "
        "Đóng cao su lưu hóa sát trần, bơm foam kín các khe, thêm xốp PE chống cháy và bông khoáng, hoàn thiện cửa cách âm.",
    ),
    (
        "nKo026",
        "vi",
        "alonhaxinh_mut",
        "Mút tường tiêu âm cho phòng karaoke",
        "Thi công mút tường dạng bọt xốp nhiều lỗ rỗng hấp thụ sóng âm, giảm dội âm và tiếng ồn truyền ra ngoài khoảng 25–35 dB. "
        "Hiệu quả nhất ở dải trung và cao của giọng hát, chọn loại mút phù hợp và thi công đúng kỹ thuật.",
    ),
    (
        "nKo027",
        "en",
        "scp_xop",
        "Acoustic foam panels for karaoke rooms",
        "Egg-crate or wave acoustic foam 3-10 cm thick that absorbs 70-90% of mid and high frequency noise in karaoke rooms. "
        "Panels from 60x60 cm to 120x240 cm for ceilings, walls or partitions; premium grades carry a UL94-V0 flame-retardant film; four-step install from measuring to gluing.",
    ),
    (
        "nKo028",
        "vi",
        "vinaway_cacham",
        "Cách âm trần chống rung ngược cho phòng karaoke",
        "Phương pháp thi công cách âm trần + vách + cửa có hệ chống rung ngược, áp dụng cho mọi công trình karaoke của đơn vị. "
        "Phòng dưới 25 m² đề xuất trần 2,7 m; hàn khung sắt hộp rồi đóng các lớp vật liệu cách âm.",
    ),
    (
        "nKo029",
        "vi",
        "tieuam_giadinh",
        "Giải pháp cách âm phòng hát gia đình chống ồn sang hàng xóm",
        "Phòng hát dùng loa trầm 100–125 dB(A), sóng âm tần số thấp truyền xuyên tường, kết cấu thép và lên mái. "
        "Đơn vị phân tích nguồn âm rồi thiết kế cách âm kết cấu và tiêu âm bên trong để không lọt ồn ra ngoài mà âm trong phòng vẫn hay.",
    ),
    (
        "nKo030",
        "vi",
        "alonhaxinh_hcm",
        "Thi công cách âm phòng karaoke trọn gói, báo giá rõ ràng",
        "Khảo sát mặt bằng, thiết kế giải pháp cách âm đáp ứng quy định tiếng ồn và tối ưu chi phí. "
        "Phòng diện tích trung bình hoàn thành trong 10–20 ngày; xử lý toàn bộ tường, trần, sàn, cửa có thể lâu hơn.",
    ),
    (
        "nKo031",
        "en",
        "eastmn_music",
        "Two-step soundproofing for music and rehearsal rooms",
        "Step one isolates the room: mass loaded vinyl membrane and decoupled layering on walls and ceilings, because density and disconnection stop sound bleed better than cavity batts. "
        "Step two adds absorption panels (foam or cloth-wrapped) inside to control echo and improve clarity.",
    ),
    (
        "nKo032",
        "en",
        "anc_leisure",
        "Noise consultancy for licensed premises, music venues and festivals",
        "Member firms assess noise breakout from existing or proposed bars, clubs and live music venues to nearby dwellings, using the Institute of Acoustics good practice guide for pubs and clubs. "
        "They specify mitigation schemes, interior acoustic design and, for outdoor festivals, limits at nearby houses under the concert noise code of practice.",
    ),
    (
        "nKo033",
        "en",
        "adnitt_festival",
        "Entertainment noise surveys and noise management plans",
        "Noise survey around the venue or event, a predictive noise model, and a noise management plan agreed with the venue, promoter and licensing officer. "
        "For indoor venues we commission acoustic treatments and set sound limiters; for outdoor events we monitor on site or with remote stations at the nearest homes.",
    ),
    (
        "nKo034",
        "en",
        "epdhk_nia",
        "Noise impact assessment for entertainment licence applications",
        "An acoustic expert identifies the noise sources of the premises, the noise-sensitive receivers nearby and the transmission paths, then designs mitigation to meet the criteria. "
        "Where noise cannot be contained the applicant is advised to relocate; licensed premises get retrofitted measures and noise management.",
    ),
    (
        "nKo035",
        "en",
        "noiselimiters_consult",
        "Sound limiter setting by acoustic professionals",
        "Measurement-based setting of noise limiters: sound level meter surveys, octave or third-octave analysis, reverberation time and absorption checks. "
        "Limits are tuned to peak occupancy hours and event types (live band, DJ, speech) and checked with staff and patron feedback.",
    ),
    (
        "nKo036",
        "en",
        "rsapro_testing",
        "Acoustic testing for licensed venues with amplified entertainment",
        "Testing to regulator guidelines for venues wanting amplified entertainment above 75 dB(C), new licensees or changed trading hours. "
        "Reference levels: talking 60-65 dB, piped music 65-75 dB, duos 85-105 dB, small bands 95-110 dB, rock bands 105-120 dB.",
    ),
    (
        "nKo037",
        "en",
        "maono_acoustic",
        "Acoustic design of KTV private rooms",
        "Heavy walls of cement-filled hollow blocks between lobby and rooms, partition walls built up to the concrete slab after the ducts and pipes are laid. "
        "Balanced absorption so microphones do not howl yet voices keep some reverberation, with reflective floor or wood panels where needed.",
    ),
    (
        "nKo038",
        "en",
        "dhxd_chongon",
        "University research and design advice on noise control in buildings",
        "Faculty of Architecture researchers assessed noise-control design in hotels, apartments and offices and propose sound insulation solutions for walls, floors, facades and building services. "
        "Available as design review and consultancy for projects facing urban and equipment noise.",
    ),
    (
        "nKo039",
        "vi",
        "phucnhan_hoitruong",
        "Tiêu âm hội trường chống dội âm",
        "Thiết kế, thi công vật liệu tiêu âm cho hội trường để hết âm dội ngược, lời nói rõ. "
        "Mục tiêu đưa mức âm trong hội trường về khoảng 60–65 dB, tránh phơi nhiễm trên 85 dB kéo dài.",
    ),
    (
        "nKo040",
        "vi",
        "vlbo_hoitruong",
        "Xử lý trường âm và tiêu âm trần, tường hội trường",
        "Vát nghiêng trần hoặc làm trần nếp gấp hạ dần về cuối phòng để phản xạ âm có ích tới hàng ghế xa, tránh hội tụ âm ở trần cong lõm. "
        "Dùng gỗ tiêu âm cho tường để cân bằng âm sắc và tránh tiếng dội khó chịu.",
    ),
    (
        "nKo041",
        "vi",
        "ats_hoitruong",
        "Vật liệu cách âm cho hội trường, bar, karaoke",
        "Cung cấp xốp cách âm, túi khí màng nhôm (giảm 60–70% tiếng ồn), cao su lưu hóa dạng ống, tấm, cuộn, bông khoáng, bông thủy tinh. "
        "Kèm tư vấn bố trí hệ thống cách âm trước khi lắp âm thanh hội trường.",
    ),
    (
        "nKo042",
        "vi",
        "vinasound_vang",
        "Khắc phục âm thanh vang vọng trong hội trường",
        "Xác định nguyên nhân vang: phòng trống, trần cao, tường gạch men, bê tông, loa đặt sai hướng. "
        "Bổ sung vật liệu hấp thụ, nội thất mềm và bố trí lại loa để lời nói rõ trong hội nghị, sự kiện.",
    ),
    (
        "nKo043",
        "en",
        "uah_amhoc",
        "Architectural acoustics: noise protection and room acoustics for concert halls",
        "Architecture-university coursework method for an 820-seat concert hall: traffic noise survey by hour, correction for vehicle mix, speed and road width, against 55-60 dB(A) limits. "
        "Then room acoustic design of the hall; offered as a teaching-based design method for performance halls.",
    ),
    (
        "nKo044",
        "vi",
        "donghodo_on",
        "Máy đo độ ồn và đo tiếng ồn cho cơ sở karaoke",
        "Cung cấp máy đo độ ồn để chủ quán tự kiểm tra âm thanh vang ra ngoài theo QCVN 26:2010/BTNMT. "
        "Giới hạn khu vực thông thường 70 dB(A) từ 6–21 giờ và 55 dB(A) từ 21–6 giờ; khu vực đặc biệt 55 và 45 dB(A).",
    ),
    (
        "nKo045",
        "en",
        "noisenuisance_live",
        "Risk-based guide to controlling live and amplified music noise",
        "A practical guide for venue operators and enforcement officers that rates the noise risk of any live or amplified music activity quickly. "
        "Depending on the risk level it points to proportionate noise controls, updated for current licensing and noise law.",
    ),
    (
        "nKo046",
        "vi",
        "minhthanh_mpd",
        "Thi công cách âm phòng máy phát điện",
        "Cách âm, giảm rung cho máy phát điện công nghiệp tại tòa nhà, bệnh viện, nhà máy; động cơ ồn 100–121 dB(A) đo cách 1 m. "
        "Xác định vị trí phát ồn nhiều nhất rồi làm các lớp cách âm phòng máy.",
    ),
    (
        "nKo047",
        "vi",
        "asiatech_phongmay",
        "Giảm tiếng ồn phòng máy phát điện",
        "Xử lý các nguồn ồn: quạt làm mát 100 dB(A), động cơ 100–121 dB(A), cảm ứng từ 80 dB(A), vỏ máy không cách âm. "
        "Lắp vỏ cách âm và tiêu âm phòng máy cho khách hàng dân dụng và doanh nghiệp.",
    ),
    (
        "nKo048",
        "vi",
        "tongkho_po",
        "Pô giảm thanh cho máy phát điện",
        "Cung cấp bộ tiêu âm lắp trên ống xả động cơ máy phát để giảm tiếng ồn khí thải; nhiều loại theo công suất máy.",
    ),
    (
        "nKo049",
        "vi",
        "zimbon_anc",
        "Công nghệ chống ồn chủ động cho máy phát điện diesel",
        "Hệ thống ANC dùng cảm biến âm thanh quanh máy phát và loa phát sóng ngược pha để triệt tiếng ồn tần số thấp, kết hợp vỏ và buồng cách âm. "
        "Chi phí thiết bị cao, kém hiệu quả với tần số cao.",
    ),
]

OFFERS += [
    # --- ventilation and air conditioning of closed rooms ---
    (
        "nKo050",
        "en",
        "cinema_criterion",
        "HVAC design for cinema halls and multiplexes",
        "Zoned design: auditoria and projection rooms held at 22 plus or minus 2 C, food courts 24 C, lobbies 26 C, with auditorium noise kept near 25 dB. "
        "Supply from ceiling diffusers, return under the seats, duct velocities below 1000 FPM, double-skin AHUs with VFD and CO2 sensors modulating fresh air.",
    ),
    (
        "nKo051",
        "en",
        "lulla_auditorium",
        "Air-conditioning consultancy for auditoriums and performance halls",
        "Consultant with more than 40 auditorium projects: cooling load driven by people, design occupancy set by the real usage pattern (daily use or only 15-20 days a year). "
        "Selection of system type, air distribution and separate foyer conditioning.",
    ),
    (
        "nKo052",
        "en",
        "reece_limelight",
        "Heat-recovery packaged units for cinemas with changing occupancy",
        "Custom units for cinemas of 100-330 seats: heat exchangers plus three-stage 30-70-100% compressors for close temperature and humidity control at peak and low occupancy. "
        "CO2 monitoring raises outdoor air at peak times; up to 80% outside air in energy-recovery mode and 100% in economy cycle.",
    ),
    (
        "nKo053",
        "en",
        "iifiir_hvac",
        "HVAC system design for theatres, auditoriums and cinema halls",
        "Design guidance for high-occupancy halls: high fresh-air rates to dilute CO2, large latent loads from people. "
        "Inside conditions per ASHRAE comfort: 21.1-24.4 C, relative humidity not above 65%.",
    ),
    (
        "nKo054",
        "vi",
        "tcvn5687",
        "Thiết kế thông gió – điều hòa không khí theo TCVN 5687:2010",
        "Tư vấn lập hồ sơ thiết kế hệ thống thông gió và điều hòa không khí cho công trình theo tiêu chuẩn TCVN 5687:2010.",
    ),
    (
        "nKo055",
        "vi",
        "cassette_size",
        "Chọn và lắp điều hòa âm trần cassette",
        "Tư vấn kích thước mặt nạ, thân máy dàn lạnh âm trần theo trần thạch cao, công suất theo phòng; khoét trần, đi ống đồng, ống nước ngưng, dây điện. "
        "Lắp đúng ngay từ đầu vì dời máy âm trần rất tốn kém.",
    ),
    (
        "nKo056",
        "en",
        "airsun_erv",
        "ERV fresh-air units with energy recovery",
        "Two-way mechanical ventilation that swaps stale and fresh air through an energy-recovery core, keeping up to 80% of the energy lost by ventilation. "
        "In summer 38 C outdoor air enters at about 27-28 C; the ERV core also balances humidity, easing the load on air conditioners.",
    ),
    (
        "nKo057",
        "vi",
        "vneec_erv",
        "Giải pháp thông gió thu hồi năng lượng ERV cho tòa nhà",
        "HVAC chiếm 40–60% năng lượng tòa nhà; nhà kín hơn thì thiếu khí tươi, giảm chất lượng không khí. "
        "Ứng dụng ERV để tăng cấp gió tươi mà vẫn tiết kiệm năng lượng cho hệ điều hòa.",
    ),
    (
        "nKo058",
        "vi",
        "thietkehvac_smoke",
        "Thiết kế hệ thống hút khói, tăng áp và thông gió cưỡng bức",
        "Thiết kế các hệ thông gió cơ khí trong tòa nhà: hút thải, hút khói khi cháy, thông gió tầng hầm, tăng áp cầu thang. "
        "Gió tươi được tính cùng hệ điều hòa không khí.",
    ),
    (
        "nKo059",
        "en",
        "aivc_smoking",
        "Ventilation research for smoking rooms and adjacent spaces",
        "Study of how people moving and doors opening carry pollutants out of smoking rooms despite negative room pressure. "
        "Proposes a ventilation and contamination-control method to protect adjacent rooms.",
    ),
    (
        "nKo060",
        "vi",
        "phulackhang_hrv",
        "Hệ thống thông gió thu hồi nhiệt HRV cho nhà ở",
        "Giới thiệu và lắp HRV cho căn hộ, nhà phố: hút khí bẩn, cấp khí sạch, tận dụng nhiệt từ khí thải để làm mát hoặc sưởi khí tươi.",
    ),
    (
        "nKo061",
        "vi",
        "htgetrid_quat",
        "Quạt hút thông gió phòng tắm",
        "Chọn và lắp quạt hút ẩm cho phòng tắm kín cửa, nhà có ống thông gió bị tắc; chống ẩm mốc.",
    ),
    (
        "nKo062",
        "en",
        "lstheater_env",
        "Cinema and auditorium chairs",
        "Manufacturer of theatre, auditorium and lecture-hall seating; recommends rooms at about 25 C and 60-80% humidity to keep seats comfortable.",
    ),
    (
        "nKo063",
        "en",
        "greentotal_cabin",
        "Ventilated smoking cabins",
        "Smoking cabins with high air-exchange rates and filtration that contain and remove second-hand smoke in offices, restaurants and public spaces.",
    ),
    # --- fire safety and emergency exits of entertainment venues ---
    (
        "nKo064",
        "vi",
        "hanam_tt147",
        "Tư vấn hồ sơ PCCC cho cơ sở karaoke, vũ trường",
        "Lập hồ sơ theo Thông tư 147/2020/TT-BCA: nội quy, biển cấm, biển chỉ dẫn, sơ đồ thoát nạn, phương án chữa cháy, lực lượng PCCC cơ sở. "
        "Phân loại cơ sở cao trên 3 tầng hoặc khối tích trên 1.000 m³, dưới ngưỡng đó, và cơ sở trong nhà cao tầng; thẩm duyệt thiết kế khi trên 1.500 m³.",
    ),
    (
        "nKo065",
        "vi",
        "lawkey_thoatnan",
        "Tư vấn pháp lý về lối thoát nạn quán karaoke theo QCVN 06:2021/BXD",
        "Giải thích và rà soát đường thoát nạn, lối ra thoát nạn của quán karaoke: đường di chuyển liên tục, không bị chặn, được chiếu sáng và chỉ dẫn theo TCVN 3890.",
    ),
    (
        "nKo066",
        "vi",
        "datphat_vatlieu",
        "Thi công nội thất karaoke bằng vật liệu chống cháy có kiểm định",
        "Thay xốp, mút, cao su dễ cháy bằng xốp chống cháy, mút chống cháy, bông thủy tinh chống cháy, vải sợi thủy tinh. "
        "Bàn giao giấy kiểm định vật liệu để chủ đầu tư nộp khi xin phép PCCC.",
    ),
    (
        "nKo067",
        "en",
        "clcs_pccc",
        "Fire equipment and fire-wall compliance for karaoke premises",
        "Supply and layout of portable ABC powder extinguishers of at least 4 kg or CO2 extinguishers of at least 5 kg, one per 50 m² and within 15 m reach. "
        "Where karaoke premises adjoin other buildings, the shared external wall is upgraded to a fire wall of at least 150 minutes.",
    ),
    (
        "nKo068",
        "vi",
        "baotintuc_hn",
        "Rà soát bậc chịu lửa, ngăn cháy lan cho cơ sở karaoke",
        "Kiểm tra giới hạn chịu lửa của tường, cột, sàn, thang; đường cho xe chữa cháy; khoảng cách PCCC. "
        "Chèn bịt trục kỹ thuật bằng vật liệu ngăn cháy, lắp cửa ngăn cháy buồng thang, khoang đệm tăng áp ở tầng hầm.",
    ),
    (
        "nKo069",
        "vi",
        "son_chongchay",
        "Sơn chống cháy 90 phút cho kết cấu thép",
        "Thi công sơn chống cháy cho kết cấu thép nhà xưởng, văn phòng, nhà cao tầng và quán karaoke, đạt giới hạn chịu lửa 90 phút.",
    ),
    (
        "nKo070",
        "en",
        "insure_eatery",
        "Ten-point fire and crowd safety programme for bars and clubs",
        "Sprinklers and a 24-hour monitored alarm, music that cuts automatically when the alarm sounds, lit exit signs and floor plans, emergency lighting, unlocked outward exits. "
        "Capacity control, crowd-management training for a manager on every shift and a PA system for evacuation orders.",
    ),
    (
        "nKo071",
        "en",
        "nowaitn_fire",
        "Fire alarm, detector and exit compliance for nightlife venues",
        "Installation and regular testing of fire alarms with smoke and heat detectors, extinguishers with staff training, and clearly marked exits lit for power cuts. "
        "Safe storage of flammable materials away from heat sources.",
    ),
    (
        "nKo072",
        "en",
        "greenwood_fire",
        "Nightclub fire prevention planning",
        "Advice on fire suppression even for small clubs, smoke detectors with strobes that can be seen over loud music, a written fire action plan with live drills for staff. "
        "Working, lit exit signs and a plan to guide patrons out.",
    ),
    (
        "nKo073",
        "en",
        "radiationroom_codes",
        "Fire code and egress consulting for public venues",
        "Guidance for owners of theatres, clubs, bars, halls and event promoters, written after the Station nightclub fire that killed 100 people. "
        "Covers code compliance for every show: capacity, exits, pyrotechnics and responsibilities of venue and contractors.",
    ),
    (
        "nKo074",
        "vi",
        "hgsi_baochay",
        "Lắp đặt hệ thống báo cháy cho công ty, nhà xưởng",
        "Thiết kế, lắp hệ thống báo cháy tự động cho nhà xưởng, trụ sở, kho hàng đạt TCVN, UL, CE; hơn 65% vụ cháy năm 2023 xuất phát từ nhà xưởng, công ty.",
    ),
    (
        "nKo075",
        "vi",
        "xaychungcu_chuachay",
        "Bố trí hệ thống chữa cháy cho nhà trọ, chung cư mini",
        "Tư vấn khi nào nhà trọ, khách sạn, chung cư mini phải có chữa cháy tự động (cao từ 25 m hoặc từ 5.000 m²) và báo cháy tự động (từ 7 tầng). "
        "Chọn hệ sprinkler, drencher theo TCVN 3890.",
    ),
    (
        "nKo076",
        "vi",
        "docz_pccc",
        "Báo cáo thiết bị đo lường trong hệ thống chữa cháy",
        "Tài liệu sinh viên kỹ thuật về các hệ chữa cháy (sprinkler, hóa chất, CO2, bọt) và các cảm biến, thiết bị đo trong hệ báo cháy tự động.",
    ),
    # --- licensing and music copyright payments ---
    (
        "nKo077",
        "vi",
        "ttvh_riav",
        "Cấp phép quyền liên quan bản ghi cho cơ sở karaoke",
        "Hiệp hội ghi âm cấp phép sử dụng bản ghi cho quán karaoke với mức 2.000 đồng/bài/đầu máy/năm, trả cho chủ sở hữu bản ghi. "
        "Phần tác quyền tác giả bài hát vẫn do trung tâm bảo vệ quyền tác giả âm nhạc thu riêng.",
    ),
    (
        "nKo078",
        "vi",
        "kdnet_riav",
        "Trung tâm Cấp phép và Quản lý quyền: ký hợp đồng bản quyền karaoke",
        "Thu phí cho hơn 10.000 tác phẩm thuộc quyền quản lý tại các điểm karaoke, 2.000 đồng/bài/đầu máy, thời hạn một năm sau khi đóng phí, không truy thu thời gian trước. "
        "Gửi văn bản trước tới các tỉnh dùng nhiều như TP.HCM, Hà Nội, Cần Thơ, Sóc Trăng, Bạc Liêu.",
    ),
    (
        "nKo079",
        "vi",
        "ncdt_banquyen",
        "Thu tiền tác quyền tác giả âm nhạc tại phòng karaoke",
        "Biểu phí tác quyền tác giả công bố công khai: khoảng 2,5 triệu đồng/phòng/năm ở Hà Nội, TP.HCM; một cửa hàng trung bình trả khoảng 20 triệu đồng/năm. "
        "Ký hợp đồng sử dụng tác phẩm cho quán karaoke, quán cà phê, phòng trà.",
    ),
    (
        "nKo080",
        "en",
        "soundtrack_ppl",
        "Licensed background music for businesses",
        "Music streaming for businesses that comes with guidance on public performance licences from PROs and CMOs, covering recorded music, jukeboxes, karaoke, DJs and live covers. "
        "Helps owners avoid copyright penalties when playing music in public.",
    ),
    (
        "nKo081",
        "en",
        "singa_usa",
        "Fully licensed karaoke content subscription for bars",
        "Karaoke tracks are re-recordings that cannot legally come from YouTube or home discs in a bar; the business subscription provides fully licensed songs for commercial use. "
        "Also explains the separate public performance licences venues need.",
    ),
    (
        "nKo082",
        "en",
        "legalclarity_karaoke",
        "Karaoke licensing cost guidance",
        "Explains that a karaoke night needs a combination of permissions: PRO performance licences plus licensed karaoke media. "
        "Statutory damages run from $750 to $30,000 per work and up to $150,000 if wilful; costs depend on venue size and use.",
    ),
    (
        "nKo083",
        "en",
        "amoa_faq",
        "Blanket music licences for operators and venues",
        "Performing rights organisations grant a blanket licence covering any or all works in their repertory, whether played live, broadcast, from CDs or videos. "
        "One fee lets a business entertain customers without clearing songs one by one.",
    ),
    (
        "nKo084",
        "vi",
        "luathoc_gp",
        "Dịch vụ xin giấy phép đủ điều kiện kinh doanh karaoke",
        "Hỗ trợ doanh nghiệp, hộ kinh doanh đăng ký ngành nghề karaoke, bảo đảm điều kiện PCCC và an ninh trật tự theo Nghị định 96/2016/NĐ-CP. "
        "Lập hồ sơ xin giấy phép đủ điều kiện theo Nghị định 54/2019/NĐ-CP.",
    ),
    (
        "nKo085",
        "vi",
        "luatduyhung",
        "Tư vấn thành lập và cấp phép kinh doanh dịch vụ karaoke",
        "Thành lập doanh nghiệp hoặc hộ kinh doanh, rà điều kiện: phòng hát từ 20 m² không kể công trình phụ, không chốt cửa trong, không đặt thiết bị báo động trừ báo cháy. "
        "Làm thủ tục xin giấy phép đủ điều kiện kinh doanh karaoke.",
    ),
    (
        "nKo086",
        "en",
        "vnvn_nd297",
        "Online interlinked procedure for karaoke business licences",
        "Decree 297/2025 links three procedures: household business registration, security-and-order certificate and karaoke eligibility licence. "
        "Dossier submitted on the National Public Service Portal with fire-acceptance papers and the criminal record of the responsible person.",
    ),
    (
        "nKo087",
        "en",
        "bizgov_karaoke",
        "Karaoke permit condition checklist",
        "Checklist of permit conditions: at least 200 m from schools, hotels, religious sites, relics and state offices; rooms of 20 m² or more; transparent door glass; no inner locks; "
        "light above 10 lux; written agreement of adjacent households; noise leaking out within the legal limit.",
    ),
    (
        "nKo088",
        "vi",
        "acc_on",
        "Tư vấn quy định tiếng ồn đối với kinh doanh karaoke",
        "Công ty luật hướng dẫn mức ồn cho phép theo QCVN 26:2010/BTNMT (ban ngày 70 dB, ban đêm thấp hơn) và xử phạt vi phạm hành chính về môi trường. "
        "Tiếng ồn là một điều kiện khi xin phép kinh doanh karaoke.",
    ),
    (
        "nKo089",
        "vi",
        "homiaz_quydinh",
        "Thiết kế phòng karaoke đúng quy định cấp phép",
        "Thiết kế phòng từ 20 m², cách âm với bên ngoài, cửa có ô kính trong suốt nhìn được toàn phòng (tối đa 2 khung dọc, 3 khung ngang, mỗi khung dưới 15% diện tích cửa). "
        "Độ sáng trên 10 lux, tương đương bóng sợi đốt 40 W, và tuân thủ giờ hoạt động.",
    ),
    (
        "nKo090",
        "vi",
        "cukcuk_nhanhieu",
        "Đăng ký nhãn hiệu cho quán cà phê, nhà hàng",
        "Hướng dẫn phân biệt nhãn hiệu và thương hiệu, thủ tục đăng ký nhãn hiệu cho quán F&B để tránh bị đạo nhái và chuẩn bị nhượng quyền.",
    ),
    (
        "nKo091",
        "vi",
        "vietphong_nhanhieu",
        "Dịch vụ đăng ký nhãn hiệu nhóm 43 cho nhà hàng",
        "Xác định nhóm dịch vụ theo bảng phân loại Nice phiên bản 12-2024 (nhóm 43: nhà hàng, quán bar, cà phê) và nộp đơn đăng ký nhãn hiệu.",
    ),
    (
        "nKo092",
        "vi",
        "luatminhkhue_th",
        "Bảo hộ thương hiệu nhà hàng ăn uống",
        "Tư vấn xác lập quyền sở hữu công nghiệp với tên gọi, logo nhà hàng, ngăn hành vi sử dụng trái phép, sao chép.",
    ),
]

OFFERS += [
    # --- cinema projection and screens for small towns ---
    (
        "nKo093",
        "vi",
        "baodongnai_hd",
        "Trang bị máy chiếu chuyên dụng HD cho đội chiếu phim lưu động",
        "Trung tâm phát hành phim và chiếu bóng thay hệ thống máy cũ bằng máy chiếu chuyên dụng HD cho 8 đội chiếu lưu động, chất lượng hình ảnh tốt hơn. "
        "Dịp Tết các đội chiếu 62 buổi miễn phí cho gần 20.000 người, kết hợp xe tuyên truyền lưu động và cho bà con hát karaoke trước giờ chiếu.",
    ),
    (
        "nKo094",
        "en",
        "vnvn_haiphong_led",
        "Community screenings on LED screens with live sound",
        "Telecom branch and commune cultural centre partnership bringing free films to the commune hall on LED screens with vivid sound. "
        "A recent screening drew nearly 400 students, youth members, veterans and residents.",
    ),
    (
        "nKo095",
        "vi",
        "vdong_kbang",
        "Đội chiếu bóng lưu động với màn 350 inch cho thôn xa",
        "Đội 5 người mang màn vải lớn 350 inch và loa công suất lớn đến làng vùng sâu, căng màn ở sân nhà văn hóa, phát nhạc mời bà con. "
        "Phục vụ nơi ít nhà có ti vi, không có internet.",
    ),
    (
        "nKo096",
        "vi",
        "vnexpress_quangtri",
        "Bộ thiết bị chiếu phim lưu động gọn nhẹ chở bằng xe máy",
        "Đội văn hóa cơ sở 3 người, mỗi người chở một thùng tôn chứa máy chiếu, máy tính, loa, dây điện, đi 120 km tới thôn biên giới. "
        "Công nghệ chiếu chuyển từ băng đĩa sang thiết bị số nhẹ, dễ lắp.",
    ),
    (
        "nKo097",
        "en",
        "vnvn_chieubong_lang",
        "Mobile cinema van with speakers, screen, projector and generator",
        "A city culture and cinema centre runs a small vehicle carrying a high-power speaker system, projection screen, projector, cables and a generator, checked before every trip. "
        "Screenings are held in commune cultural-centre courtyards in remote areas.",
    ),
    (
        "nKo098",
        "en",
        "filmjournal_nec",
        "Digital cinema projector leasing for small-town theatres",
        "Manufacturer leasing programme that let a six-screen second-run theatre switch to digital when a typical projector costs about $25,000. "
        "Spreads the cost so owner-operators keep getting first-run titles.",
    ),
    (
        "nKo099",
        "en",
        "technobuffalo_fund",
        "Fundraising support for single-screen digital conversion",
        "Campaign help for small-town theatres facing a $60,000 switch to digital projection: barbecues, raffles and crowdfunding. "
        "About two dozen theatres raised nearly $1 million on crowdfunding sites.",
    ),
    (
        "nKo100",
        "en",
        "thorburn_film",
        "Projection advice: when digital cinema fits small theatres",
        "Independent advice on digital versus film projection: digital removes print costs and keeps the last show as sharp as the first. "
        "For screens wider than about 20 feet, check image quality before converting.",
    ),
    (
        "nKo101",
        "en",
        "bulb_conversion",
        "DLP projection lamps and digital cinema consumables",
        "Supplier of DLP projection lamps and other consumables for theatres converting to digital, where drives replace $1,500 film prints.",
    ),
    (
        "nKo102",
        "en",
        "uah_cineplex",
        "Cineplex planning study from an architecture university",
        "Architecture-university study on cinema buildings: wide-screen halls and screen ratios, 3D/4D/5D and IMAX rooms, functional zoning and user flows, post-Covid adaptations. "
        "Usable as a planning reference for a small cinema or a cluster inside a shopping centre.",
    ),
    (
        "nKo103",
        "en",
        "inflatable_uk",
        "Inflatable movie screens for outdoor and indoor events",
        "Screens of PVC-coated fabric on a welded watertight frame, kept flat by one to three blowers and tolerant of small punctures. "
        "Used for park movie nights, sports broadcasts, family events and in halls without a fixed screen.",
    ),
    (
        "nKo104",
        "en",
        "openair_lumens",
        "Outdoor movie projector selection by screen size",
        "Advice and sale of projectors for open-air cinema: pick the screen size for the audience first, then enough lumens so the image is not washed out. "
        "Do not overbuy: if 3,000 lumens is bright enough, 4,000 adds cost only.",
    ),
    (
        "nKo105",
        "en",
        "wisegeek_inflatable",
        "Solid versus perforated inflatable screens",
        "Solid vinyl or coated polyester screens are water- and flame-resistant with sharper images but catch wind; perforated vinyl breathes, resists wind and allows rear projection. "
        "Screens claim 20-30 mph wind resistance; aluminium frames assemble faster.",
    ),
    (
        "nKo106",
        "en",
        "duchy_rental",
        "Open-air cinema rental with projector, sound and technician",
        "Rental package of screen, projection equipment, sound system and technical support for film nights in parks and public spaces. "
        "Screen size chosen for venue, audience and projector.",
    ),
    (
        "nKo107",
        "vi",
        "nthoitruong_maychieu",
        "Tư vấn chọn máy chiếu cho hội trường",
        "Ví dụ hội trường 150 m² nhiều đèn: màn 150–200 inch, máy chiếu 5.000–6.000 ANSI lumens, độ phân giải WXGA trở lên, tương phản 10.000:1. "
        "Chọn theo diện tích, kích thước màn, ánh sáng phòng, kết nối có dây hay WiFi.",
    ),
    (
        "nKo108",
        "vi",
        "csivn_maychieu",
        "Máy chiếu cho phòng họp doanh nghiệp",
        "Tư vấn máy chiếu văn phòng bền, góc nhìn rộng, không cần lọc bụi, tuổi thọ bóng dài để giảm tổng chi phí sở hữu.",
    ),
    (
        "nKo109",
        "vi",
        "ducnha_lumen",
        "Giải thích lumen và ANSI lumen khi mua máy chiếu gia đình",
        "ANSI lumen đo trung bình 9 điểm trên màn, thường thấp hơn con số lumen quảng cáo; cần xem thêm công nghệ chiếu LCD, DLP khi chọn máy.",
    ),
    (
        "nKo110",
        "vi",
        "tft_maychieu",
        "Máy chiếu xem phim tại nhà",
        "Giới thiệu máy chiếu, màn chiếu, giá treo, cáp VGA–HDMI cho nhu cầu nằm giường xem phim, học tập, văn phòng.",
    ),
    # --- stage lighting and LED screens for events and festivals ---
    (
        "nKo111",
        "vi",
        "tca_densankhau",
        "Cho thuê đèn sân khấu sự kiện",
        "Cung cấp đèn moving head quét ngang dọc, đèn scanner cường độ mạnh, đèn follow chiếu người trình diễn (cần người điều khiển), đèn strobe chớp tùy tốc độ. "
        "Tư vấn loại đèn theo quy mô sự kiện.",
    ),
    (
        "nKo112",
        "vi",
        "metooo_denpha",
        "Setup đèn pha sân khấu ngoài trời theo chủ đề",
        "Đèn pha LED 100–1.500 W chiếu xa, chống nước cho sự kiện ngoài trời; par LED RGB đổi màu, moving head, follow. "
        "Thiết kế ánh sáng theo chủ đề: acoustic ánh vàng ấm, lễ hội EDM nhiều màu chuyển động nhanh.",
    ),
    (
        "nKo113",
        "en",
        "dsk_vn_lapdat",
        "Stage lighting design and installation",
        "Survey of stage width, depth, height and rigging strength, then a lighting plan by show type: concerts with moving heads and lasers, drama with warm soft light, conferences with clear natural light. "
        "LED fixtures for long life and low power.",
    ),
    (
        "nKo114",
        "vi",
        "vietdigi_den",
        "Cung cấp đèn scanner, moving head cho sân khấu cố định và vũ trường",
        "Đèn scanner dùng gương lật nên chuyển động nhanh, có gobo, đổi màu, phóng hình; moving head quay cả thân nên góc quay rộng. "
        "Lắp cho sân khấu cố định, vũ trường, quán bar.",
    ),
    (
        "nKo115",
        "vi",
        "stagevn_anhsang",
        "Dịch vụ ánh sáng sân khấu sự kiện",
        "Đèn par LED, parcan, moving head, follow spotlight, blinder ánh vàng ấm hoặc trắng, laser hiệu ứng 3D. "
        "Phối hợp âm thanh và ánh sáng tạo cao trào cho chương trình.",
    ),
    (
        "nKo116",
        "vi",
        "hoanghuy_sankhau",
        "Dàn dựng sân khấu sự kiện trọn gói",
        "Thiết kế layout, chiều cao, vật liệu sân khấu; dựng khung, lắp ánh sáng, căn chỉnh loa theo tiến độ gấp. "
        "Phục vụ hội nghị, lễ kỷ niệm, giới thiệu sản phẩm.",
    ),
    (
        "nKo117",
        "vi",
        "antt_hue_led",
        "Lắp màn hình LED lớn cho sự kiện cộng đồng ngoài trời",
        "Công ty truyền thông dựng sân khấu và màn hình LED 25 m² phục vụ hơn 5.000 khán giả xem trực tiếp bóng đá tại trung tâm thể thao. "
        "Kết hợp chương trình ca nhạc, nhóm nhảy, ban nhạc địa phương.",
    ),
    (
        "nKo118",
        "vi",
        "vtc_longan",
        "Sân khấu đại nhạc hội 50 m với backled cho countdown",
        "Đơn vị tổ chức sự kiện dựng sân khấu ngang 50 m, backled thiết kế phức tạp, thi công khung trong một tuần cho đêm nhạc giao thừa ở đồng bằng sông Cửu Long. "
        "Kèm các đêm acoustic, DJ, ảo thuật đường phố.",
    ),
    (
        "nKo119",
        "en",
        "cogo_festival",
        "Large LED video walls for music festivals",
        "Modular high-brightness RGB LED walls as the festival main-stage backdrop and image magnification screen, visible in daylight where projection washes out. "
        "Configurable to almost any size and shape.",
    ),
    (
        "nKo120",
        "en",
        "vankais_rental",
        "Rental LED screens for festival stages",
        "Modular rental inventory sized per stage, e.g. 150 m² main stage, 80 m² second stage, 30 m² DJ platform, with pitch and brightness chosen per stage. "
        "Quick-lock cabinets build a 20 x 5 m wall in under 45 minutes; curved and overhead shapes possible.",
    ),
    (
        "nKo121",
        "en",
        "avstage_pitch",
        "LED wall rental sized by pixel pitch and viewing distance",
        "Clubs and theatres get 2.6-3.9 mm pitch, arenas and stadiums 4.8-10 mm. "
        "Rule of thumb: minimum viewing distance in feet is about two to three times the pitch in mm, so coarser pitch buys more screen for the budget at large events.",
    ),
    (
        "nKo122",
        "en",
        "cogo_lightwall",
        "Outdoor LED stage lighting wall",
        "Weatherproof panels that are both video display and stage light, 3-10 mm pitch, 5,000-12,000 nits adjustable, refresh above 120 Hz for cameras. "
        "One portable system replaces separate screens and lighting rigs at outdoor concerts and cultural festivals.",
    ),
    (
        "nKo123",
        "en",
        "smartled_stage",
        "Stage LED screens: modules, cabinets and processors",
        "Supply of stage screens built from LED modules in cabinets, ground-stacked or flown, driven by a video processor from laptop or live camera feeds. "
        "Brighter with deeper contrast than projection.",
    ),
    (
        "nKo124",
        "vi",
        "haledco_led",
        "Đèn LED chiếu sáng dân dụng và công nghiệp",
        "Sản xuất, phân phối đèn LED hiệu suất cao, tiết kiệm điện, tuổi thọ dài cho nhà ở, văn phòng, nhà xưởng, đường phố.",
    ),
]

OFFERS += [
    # --- loudspeaker systems of communes and wards ---
    (
        "nKo125",
        "vi",
        "qnam_duyxuyen",
        "Đài truyền thanh cấp xã ứng dụng công nghệ IP",
        "Mỗi đài gồm 12 cụm thu phát IP với 24 loa công cộng, laptop, thiết bị quản lý, lưu trữ và sản xuất chương trình; kinh phí khoảng 428 triệu đồng/đài. "
        "Tín hiệu truyền qua internet bằng sim 3G-4G gắn trong cụm thu, âm thanh trong, rõ.",
    ),
    (
        "nKo126",
        "vi",
        "thanhnien_tayninh",
        "Cụm loa truyền thanh thông minh qua mạng 3G/4G",
        "Nhà mạng lắp đặt, vận hành cụm loa truyền thanh thông minh dùng AI phát tin, truyền dẫn qua 3G/4G, không cần máy phát FM và cột ăng ten. "
        "Không phải xin cấp, gia hạn tần số; từng triển khai 200 cụm tại 19 xã, trong đó 13 xã biên giới.",
    ),
    (
        "nKo127",
        "vi",
        "vinhlinh_benquan",
        "Lắp đặt đài truyền thanh thị trấn theo công nghệ IP",
        "Công trình 600 triệu đồng gồm 20 cụm thu, 60 loa phủ 5 khóm phố. "
        "Ưu điểm so với FM: không giới hạn khoảng cách, ít tạp âm, ít thiết bị, quản lý tập trung bằng phần mềm, tiết kiệm nhân lực.",
    ),
    (
        "nKo128",
        "vi",
        "doanhnhan_phunghia",
        "Hệ thống truyền thanh ứng dụng CNTT-VT trọn bộ cho xã",
        "Nhà sản xuất trong nước cung cấp 17 bộ thu phát thanh với 46 loa 30 W phủ 15 thôn, kèm máy tính, phần mềm quản trị biên tập nội dung và micro để bàn. "
        "Mô hình điểm được bàn giao cho xã miền núi.",
    ),
    (
        "nKo129",
        "en",
        "docz_mqtt",
        "Next-generation commune radio using MQTT (master's research)",
        "Thesis research comparing wired, FM wireless and IP broadcast stations for communes and proposing an IP solution built on the MQTT protocol, with security considerations and station models. "
        "Available for technology transfer to local broadcasting units.",
    ),
    (
        "nKo130",
        "en",
        "fusol_pa",
        "Public address systems for halls and institutions",
        "Simple PA of microphone, 50-200 W mixer-amplifier and speakers for small venues, scaling to zoned systems with preamplifiers, signal routers, amplifiers and monitoring for announcements and emergencies. "
        "Music sources such as CD players or radio can be connected.",
    ),
    (
        "nKo131",
        "en",
        "eastbourne_radio",
        "Resilient solar-powered community radio in a suitcase",
        "An autonomous low-power FM and streaming unit on solar and battery, remotely controlled by SMS and internet, with text-to-speech for local notices. "
        "Broadcasts local news and events in normal times and switches to hazard and help information in emergencies.",
    ),
    (
        "nKo132",
        "en",
        "radhostice_rozhlas",
        "Wireless municipal public address with solar-powered loudspeakers",
        "Replacement of a village's public address with new wireless loudspeaker units driven over radio frequencies from a new control unit. "
        "Units are powered by solar panels or pole electricity; the project was 60% funded by a regional rural renewal programme, with SMS alerts alongside.",
    ),
    (
        "nKo133",
        "en",
        "sipintercom_paging",
        "IP paging systems with zones, SIP and multicast",
        "Paging controller or PBX, PoE IP speakers or amplifiers, and input points such as handsets, desk microphones or software clients. "
        "Select a zone or all-call, a pre-announce chime plays, and audio goes out by unicast, multicast or SIP paging.",
    ),
    (
        "nKo134",
        "en",
        "hybrex_algo",
        "PoE SIP speakers for network paging without amplifiers",
        "Wall, ceiling and horn speakers that register as SIP endpoints on any SIP phone system, powered by PoE (802.3af) so no amplifier is needed. "
        "G.711 and wideband G.722 audio, unlimited scale, hosted or on-premise PBX.",
    ),
    (
        "nKo135",
        "en",
        "sipintercom_group",
        "SIP multicast group paging set-up",
        "Create paging zones, assign a multicast group (e.g. 239.x.x.x), enable auto-answer on endpoints, turn on IGMP snooping and QoS so announcements get priority. "
        "Pages can override active calls for emergencies.",
    ),
    (
        "nKo136",
        "en",
        "avco_paging",
        "Analog and IP paging design with 70 V amplifiers",
        "Design of paging from a one-zone all-call microphone to campus mass notification: paging amplifiers with priority over background music (e.g. 60 W 8-zone or 240 W modular units). "
        "Zone selector panels, intelligibility targets and life-safety integration.",
    ),
    (
        "nKo137",
        "en",
        "sipintercom_tel",
        "Telephone paging gateways to existing speaker lines",
        "Connects a SIP PBX to legacy 70 V or 100 V speaker lines through a SIP-to-analog paging gateway or FXS adapter feeding the amplifier. "
        "Keeps existing horns and ceiling speakers while adding IP zone paging.",
    ),
    (
        "nKo138",
        "en",
        "capitol_sirens",
        "Outdoor warning sirens and speakers for public alerting",
        "Outdoor sirens and speaker arrays that reach people outdoors during storms, floods, tornadoes or chemical spills, as one layer next to phone alerts. "
        "Studies show people take a siren as the confirming signal to take cover.",
    ),
    (
        "nKo139",
        "en",
        "mwc_voice",
        "Voice-intelligible outdoor warning systems",
        "Engineering of outdoor voice warning: speaker configuration, signal processing and deployment planned around wind, terrain, buildings and background noise. "
        "Upgrades tone-only sirens so spoken instructions are understood.",
    ),
    # --- hearing protection for staff ---
    (
        "nKo140",
        "vi",
        "trunghieu_nuttai",
        "Nút tai chống ồn và cách tính mức giảm ồn cần thiết",
        "Cung cấp nút tai chống ồn, hướng dẫn lấy mức ồn trừ 85 dB(A) để ra mức giảm tối thiểu, ví dụ máy 110 dB(A) cần nút tai giảm ít nhất 25 dB. "
        "Không chọn giảm quá mức khi người lao động cần nghe đồng nghiệp và tín hiệu cảnh báo; tiếp xúc dưới 4 giờ có thể dùng mức bảo vệ thấp hơn.",
    ),
    (
        "nKo141",
        "vi",
        "vinhxuyen_chuptai",
        "Nút tai và chụp tai chống ồn cho người lao động",
        "Phân phối đồ bảo hộ lao động: so sánh nút tai và chụp tai chống ồn theo mức ồn, thời gian đeo, sự thoải mái và chi phí. "
        "Tư vấn chọn đúng loại cho nhà máy, xưởng sản xuất.",
    ),
    (
        "nKo142",
        "en",
        "wemos_nihl",
        "Workplace noise monitoring and hearing conservation programmes",
        "Occupational environment monitoring service: noise measurement against limits, with a hearing conservation programme triggered at 85 dBA over 8 hours (action level) and 90 dBA as the US permissible limit. "
        "Covers hearing loss, tinnitus, stress and accident risk from poor communication.",
    ),
    (
        "nKo143",
        "vi",
        "cdc_nghean_diec",
        "Phòng chống điếc nghề nghiệp do tiếng ồn",
        "Trung tâm kiểm soát bệnh tật hướng dẫn nhận biết điếc nghề nghiệp do tiếng ồn và biện pháp phòng tránh cho người lao động.",
    ),
    (
        "nKo144",
        "vi",
        "hesperian_on",
        "Hướng dẫn an toàn lao động về tiếng ồn",
        "Tài liệu hướng dẫn người sử dụng lao động: kiểm tra thính lực trước tuyển dụng và định kỳ, đo đánh giá tiếng ồn, thay đổi để giảm ồn. "
        "Cấp nút tai, chụp tai khi mức ồn có thể gây hại.",
    ),
    (
        "nKo145",
        "en",
        "dit_nightclub",
        "Noise dosimetry survey for bar and nightclub staff",
        "Institute of technology method: calibrated dosimeters on bar workers' collars plus a fixed sound level meter behind the bar near the dance floor. "
        "Nine clubs measured: average daily exposure 92 dBA, levels rising about 7 dBA after 11:30 pm; few managers assessed risk or gave hearing tests.",
    ),
    (
        "nKo146",
        "en",
        "earpiece_staff",
        "Hearing safeguards for door staff and bar staff",
        "Guide and products for people working in loud venues where levels reach about 110 dB, with safe exposure near 15 minutes at that level. "
        "Foam earplugs, at least 10 hours rest between loud exposures, and communication earpieces for security staff.",
    ),
    (
        "nKo147",
        "en",
        "soundadvice_pubs",
        "Noise control guidance for pubs and clubs with amplified music",
        "Step-by-step guidance for employers and workers: acoustic design and layout of the premises, volume control (equipment often turned up because it distorts), exposure time and type of act. "
        "Protects bar staff, performers and crew, including guest performers.",
    ),
    (
        "nKo148",
        "en",
        "oakwood_nightclub",
        "Controls to cut nightclub workers' noise exposure",
        "Use several directional loudspeakers aimed at the dance floor to avoid hot spots, place staff work stations away from the floor, and rotate jobs to limit time in loud areas. "
        "EU rules require hearing protection above 85 dB.",
    ),
    (
        "nKo149",
        "en",
        "bh_musicians",
        "Custom musicians earplugs with 9, 15 or 25 dB filters",
        "Hearing clinic fitting acoustically tuned custom plugs whose filters cut sound evenly across frequencies, so music stays accurate at a safer level. "
        "Interchangeable 9, 15 and 25 dB filters.",
    ),
    (
        "nKo150",
        "en",
        "entsurgeons_plugs",
        "High-fidelity earplugs through licensed hearing professionals",
        "Custom earmold plus patented filter gives a resonance near 2700 Hz and flat attenuation, unlike foam plugs that remove 30-40 dB and muffle highs. "
        "ER-9, ER-15 and ER-25 filters chosen by instrument and position; different filters per ear possible.",
    ),
    (
        "nKo151",
        "en",
        "hearingreview_musicians",
        "Audiology care for musicians and music workers",
        "Full case history and test battery, verified fit of custom products and instruction for non-custom plugs. "
        "Moderate-attenuation high-fidelity protectors recommended over industrial ones for musicians and sound staff.",
    ),
    (
        "nKo152",
        "en",
        "earmark_plugs",
        "Hearing conservation consultations for performers and audio staff",
        "Consultations on musicians earplugs: filter levels, build material, acoustic seal and tips for getting used to plugs during rehearsal, performance and audio production. "
        "ER-9 gives about 9 dB mid-range reduction and 15 dB in the highs.",
    ),
    (
        "nKo153",
        "vi",
        "ximang_angiang",
        "Nghiên cứu phơi nhiễm tiếng ồn tại nhà máy xi măng",
        "Luận văn y tế công cộng đánh giá mức ồn nơi làm việc và kiến thức, thái độ, thực hành phòng chống điếc nghề nghiệp của công nhân một nhà máy xi măng ở An Giang năm 2016.",
    ),
    (
        "nKo154",
        "vi",
        "tailieu_diecnn",
        "Khảo sát điếc nghề nghiệp ngành in",
        "Nghiên cứu 676 người lao động tại 3 cơ sở in, 376 người tiếp xúc ồn trên 85 dB(A); cường độ ồn trung bình 91,1 dB(A), tỷ lệ điếc nghề nghiệp 16,5%. "
        "Chỉ 26,9% đeo nút tai đúng, lý do chủ yếu là khó chịu khi đeo.",
    ),
    (
        "nKo155",
        "vi",
        "tbam24h_trothinh",
        "Máy trợ thính cho người già",
        "Tư vấn chọn máy trợ thính cho người cao tuổi bị điếc lão thính hoặc điếc do bệnh, tai nạn.",
    ),
    (
        "nKo156",
        "vi",
        "vietsound_trothinh",
        "Các loại máy trợ thính: BTE, ITE, RIC",
        "Phân loại máy trợ thính theo vị trí đeo, ưu nhược điểm từng loại, kết nối Bluetooth, cách chọn mua phù hợp mức suy giảm thính lực.",
    ),
]
