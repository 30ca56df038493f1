"""Offers of the holdout93 labelled set (elderly care, disability aids, rehabilitation at home and in communes)."""

OFFERS = [
    (
        "lQo001",
        "vi",
        "trung",
        "Xưởng sản xuất và sửa chữa xe lăn tay giá rẻ do người khuyết tật vận hành",
        "Xưởng 'Sống độc lập' (Hà Nội) do một người bại liệt lập từ năm 1997 thiết kế và đóng xe lăn tay nhẹ, "
        "giá thấp hơn xe nhập khẩu, cung cấp phụ tùng và nhận sửa chữa; hàng trăm chiếc đã đến tay người dùng "
        "khắp cả nước. Nhận đặt hàng theo số đo cho hội người khuyết tật các tỉnh.",
    ),
    (
        "lQo002",
        "vi",
        "rfa_tv",
        "Cải tiến xe lăn tay thành xe lăn chạy điện ắc quy cho người cụt hai chân",
        "Hai thương binh cụt chân tại thị xã Trà Vinh tự thiết kế và lắp ráp xe lăn chạy bằng điện ắc quy từ khung "
        "xe lăn tay, giúp người liệt, cụt chi tự đi lại, buôn bán nhỏ. Nhận hoán cải theo đơn đặt hàng và hướng "
        "dẫn bảo dưỡng ắc quy, động cơ.",
    ),
    (
        "lQo003",
        "vi",
        "namdinh",
        "Hoán cải xe đạp điện cũ thành xe điện 3-4 bánh theo dạng khuyết tật",
        "Thợ cơ khí ở Nam Định tháo xe đạp điện đã qua sử dụng, làm lại khung, lắp ắc quy để tạo xe điện ba hoặc "
        "bốn bánh cho người không tự đi lại được; bộ phận lái, phanh, chỗ ngồi được điều chỉnh theo từng dạng tật. "
        "Hàng chục xe đã được sửa chữa, thiết kế mới trong 2 năm.",
    ),
    (
        "lQo004",
        "vi",
        "xl_phuyen",
        "Mẫu xe lăn tự chế từ phế liệu, chạy ắc quy hoặc quay tay",
        "Một nông dân ở thị xã Sông Cầu (Phú Yên) chế tạo xe lăn cho người khuyết tật từ vật liệu phế thải, có thể "
        "chạy bằng bình ắc quy hoặc bằng cơ tay. Sẵn sàng chia sẻ cách làm cho thợ cơ khí nông thôn muốn chế tạo "
        "xe giá rẻ tại chỗ.",
    ),
    (
        "lQo005",
        "vi",
        "elcare",
        "Phân phối xe lăn điện gấp gọn và xe lăn điện ngả nằm",
        "Cửa hàng thiết bị chăm sóc sức khỏe cung cấp xe lăn điện Yuwell D210B (khoảng 12,5 triệu đồng), xe gấp "
        "gọn Lucass XE-612L (khoảng 15,45 triệu đồng) và các mẫu Akiko tự động ngả nằm; tư vấn chọn xe theo nhu "
        "cầu, so sánh với xe lăn thường về chi phí và bảo trì.",
    ),
    (
        "lQo006",
        "en",
        "e4c_wc",
        "Design and production guidance for manual wheelchairs in low-resource settings",
        "Engineering for Change research fellows compile the considerations for designing, producing, distributing "
        "and maintaining manual wheelchairs where resources are scarce, including community-based production using "
        "existing workshops. WHO estimates only 5-15 percent of people who need assistive devices have them, and "
        "about 40 percent of donated medical equipment goes unused for lack of maintenance.",
    ),
    (
        "lQo007",
        "en",
        "mit3w",
        "Folding frame for the three-wheeled rough-terrain wheelchair",
        "An MIT mechanical engineering design adds a folding frame to the long-wheelbase three-wheeled wheelchair "
        "built by local workshops in developing countries, which rides well on rough ground but could not be "
        "transported. Folding lets users travel by bus or truck to reach markets and earn income.",
    ),
    (
        "lQo008",
        "en",
        "upc",
        "Do-it-yourself low-cost wheelchair from bicycle wheels and PVC pipe",
        "Students of the Universitat Politecnica de Catalunya designed a wheelchair assembled in about 15 minutes "
        "from two bicycle wheels, two trolley wheels and PVC pipe for about 70 euros. It comes in Standard and Kids "
        "sizes, weighs 15-20 kg, lasts 3-5 years and has a cushion, footrest, push handle and handrims; a video "
        "tutorial is shared with NGOs.",
    ),
    (
        "lQo009",
        "en",
        "lfc",
        "Lever-propelled all-terrain wheelchair (Leveraged Freedom Chair)",
        "MIT Mobility Lab's lever-driven wheelchair uses bicycle parts so it can be repaired in any village bike "
        "shop and climbs rough, unpaved roads better than a standard chair. It can be sold for about 100 US dollars, "
        "some 90 percent cheaper than conventional wheelchairs.",
    ),
    (
        "lQo010",
        "en",
        "cameroon_tri",
        "Local manufacture of hand-cranked tricycle wheelchairs",
        "In Cameroon, NGO workshops build hand-cranked three-wheeled wheelchairs with three simple machines (one "
        "bends the reinforcing rods of the frame); users ride them on unpaved village roads, to fields and markets. "
        "348 chairs were distributed by the government between 2006 and 2009. Workshop set-up and training offered.",
    ),
    (
        "lQo011",
        "en",
        "canugan",
        "Hand-pedalled tricycle with income-generating attachments",
        "Carleton University industrial design students and the non-profit CanUgan redesigned locally made "
        "hand-pedalled tricycles with stronger frames able to carry attachments such as a solar phone-charging "
        "station or a maize mill, so riders with disabilities can earn a living on rugged rural roads; designs are "
        "produced with local manufacturers.",
    ),
    (
        "lQo012",
        "en",
        "abilituk",
        "Hand-controlled tuk-tuks for drivers with leg impairments and ramp tuk-tuks for wheelchair users",
        "Agile Development Group (Cambodia) designed the Abili-Tuk, a tuk-tuk driven entirely by hand controls so "
        "people with lower-limb impairments can work as drivers, and the Mobili-Tuk with a rear ramp for wheelchair "
        "passengers. 20 Mobili-Tuks and 4 Abili-Tuks are on the road.",
    ),
    (
        "lQo013",
        "vi",
        "hue_xelan",
        "Xe lăn gọn nhẹ có ghế nhựa, tắm rửa trực tiếp trên xe",
        "Loại xe lăn do các tổ chức Sen Vàng (Đức) và Trả lại tuổi thơ (Hoa Kỳ) tài trợ, giá khoảng 2,6 triệu đồng "
        "(200 USD): khung nhỏ gọn, chỗ gác chân chỉnh theo chiều cao người dùng, ghế nhựa dẻo cho phép tắm rửa "
        "ngay trên xe mà không cần thay ghế. Cấp qua hội bảo trợ người khuyết tật cấp tỉnh.",
    ),
    (
        "lQo014",
        "vi",
        "ht_xelan",
        "Tập huấn lắp ráp và hướng dẫn sử dụng xe lăn cho cán bộ hội cơ sở",
        "Hội Bảo trợ người tàn tật và trẻ mồ côi phối hợp các tổ chức tài trợ trao xe lăn (mỗi chiếc khoảng 1,5 "
        "triệu đồng, 365 chiếc một đợt tại Hà Tĩnh) kèm tập huấn kỹ thuật lắp ráp và cách dùng an toàn cho người "
        "nhận và cán bộ hội cơ sở.",
    ),
    (
        "lQo015",
        "vi",
        "dem_xelan",
        "Đệm ngồi xe lăn giảm áp lực: đệm bọt làm tại địa phương và đệm khí, gel",
        "Tư vấn chọn đệm xe lăn phòng loét: đệm bọt ôm sát có thể làm và sửa tại địa phương, thay lớp trên với "
        "chi phí thấp nhưng phải thay sau 1-2 năm; đệm khí, lỏng, gel phân bố áp lực đều hơn nhưng đắt và có thể "
        "xẹp bất ngờ khi thủng.",
    ),
    (
        "lQo016",
        "en",
        "haiti_tri",
        "Hand-powered tricycle welded from two old bicycles",
        "A vocational school in Haiti builds a lightweight hand-powered tricycle by cutting and welding two cheap "
        "second-hand bicycles, with brakes and gears; a user who lost the use of her legs now rides up to 2 miles "
        "alone on rough tracks. Full design details are shared on request.",
    ),
    (
        "lQo017",
        "en",
        "iitm_tri",
        "Tricycle with suspension for riders on rough, uneven roads",
        "An IIT Madras engineering design team is developing a hand-powered tricycle with suspension, because "
        "regular tricycles without it expose daily-wage riders with disabilities, who travel long distances, to "
        "spinal injuries on uneven roads.",
    ),
    (
        "lQo018",
        "vi",
        "xe_choLua",
        "Xe chở lúa bánh xích cải tiến từ máy gặt đập liên hợp hư hỏng",
        "Cơ sở cơ khí ở Châu Thành (An Giang) hoán cải máy gặt đập cũ thành xe bánh xích chở lúa bao từ ruộng "
        "về nhà thay cho sức kéo trâu bò và xe cải tiến bánh hơi; sản xuất khoảng 20 chiếc mỗi tháng cho nông dân "
        "miền Tây.",
    ),
    (
        "lQo019",
        "en",
        "dog_wc",
        "Wheelchairs and carts for dogs with paralysed hind legs",
        "Pet mobility carts and strollers support dogs that lost the use of their legs after injury or disease, "
        "keeping them active; strollers also carry heavy dogs after surgery and withstand 50 kg or more.",
    ),
    (
        "lQo020",
        "vi",
        "babywalker",
        "Xe tập đi bằng gỗ cho trẻ sơ sinh",
        "Xe tập đi bằng gỗ cho bé, giá khoảng 130-400 nghìn đồng, cạnh bo tròn, bánh đệm cao su chạy êm, gấp gọn "
        "được; hướng dẫn phụ huynh chọn sản phẩm có nguồn gốc rõ ràng, màu sơn an toàn.",
    ),
    (
        "lQo021",
        "vi",
        "hcm_ch",
        "Sản xuất, lắp chân tay giả và dụng cụ chỉnh hình; phẫu thuật chỉnh hình và vật lý trị liệu",
        "Trung tâm Chỉnh hình và Phục hồi chức năng TP.HCM (tiền thân là Viện Quốc gia Phục hồi, lập năm 1966, "
        "từng có chi nhánh tại Cần Thơ) có các chuyên khoa phẫu thuật chỉnh hình, phục hồi chức năng - vật lý trị "
        "liệu, và xưởng sản xuất, cung cấp chân giả, tay giả, dụng cụ chỉnh hình các loại.",
    ),
    (
        "lQo022",
        "vi",
        "dt_chigia",
        "Đợt khám, tư vấn chỉnh hình và lắp chi giả miễn phí cho người khuyết tật khó khăn",
        "Bệnh viện Phục hồi chức năng tỉnh Đồng Tháp phối hợp tổ chức Mercer University (Hoa Kỳ) tổ chức đợt khám "
        "lưu động tháng 6/2025: mục tiêu khám, tư vấn cho khoảng 500 người và lắp chi giả cho khoảng 300 trường hợp, "
        "đồng thời cập nhật kỹ thuật cho nhân viên y tế địa phương.",
    ),
    (
        "lQo023",
        "en",
        "vietcot_blog",
        "Training of orthopaedic technologists to ISPO Category II (VIETCOT)",
        "The Vietnamese Training Centre for Orthopaedic Technologists runs a 3-year course to ISPO/WHO standards "
        "covering lower-limb orthotics and prosthetics at all amputation levels, with 1,607 clinical hours and an "
        "880-hour placement, plus 18-month specialist courses in upper-limb and spinal orthotics for practising "
        "technicians from provincial centres.",
    ),
    (
        "lQo024",
        "en",
        "vietcot_eval",
        "Field evaluation of prosthetic and orthotic services and graduates",
        "An ISPO evaluation team (an orthopaedic surgeon and four P&O educators) visits centres, reviews graduates' "
        "work with clients and reports on service quality; in 2010 it visited 7 Vietnamese centres, 32 graduates "
        "and 39 clients, finding safe care limited by materials and components and weak record keeping.",
    ),
    (
        "lQo025",
        "en",
        "pedorthic",
        "18-month training course in orthopaedic footwear (pedorthics)",
        "Fontys University of Allied Health Professions and VIETCOT deliver a full-time 18-month programme in "
        "orthopaedic footwear and pedorthic orthotics for students sent by health or welfare organisations in South "
        "East Asia, with scholarships covering tuition, living costs and travel; final exams are on real patients.",
    ),
    (
        "lQo026",
        "en",
        "sierra",
        "3D-scanned, 3D-printed transtibial prosthetic sockets produced locally",
        "A Dutch-Sierra Leonean team applies CAD/CAM and 3D printing to make low-cost below-knee prosthetic sockets "
        "in a rural hospital; 8 amputees were fitted in 2020, all still wore the limb after six weeks, 6 of 8 met "
        "their rehabilitation goals and none still needed crutches.",
    ),
    (
        "lQo027",
        "en",
        "printab",
        "Scan-and-print prosthetic sockets with training for local technicians",
        "The 3D PrintAbility team (University of Toronto with CBM Canada) scans a child's residual limb, turns it "
        "into a printable socket and prints it in 7-10 hours with a consumer 3D printer, giving a better fit than "
        "hand casting; it trains current and new workers so printing is done in the country.",
    ),
    (
        "lQo028",
        "en",
        "uganda3d",
        "Culturally adapted 3D-printed upper-limb prosthesis design",
        "University of Portsmouth, UCL, Makerere University and Salford researchers designed functional 3D-printed "
        "upper-limb prostheses around the needs and wishes of people with arm loss in Uganda, with a design method "
        "suited to limited resources and access.",
    ),
    (
        "lQo029",
        "en",
        "hese",
        "Field testing of 3D-printed prosthetic hands before large-scale rollout",
        "Penn State's Humanitarian Engineering and Social Entrepreneurship programme printed and tested the "
        "e-NABLE Raptor Reloaded hand in the lab and in Zambia, and advises that printing takes days, hands have "
        "performance issues and trained prosthetists are scarce, so printed hands are not yet ready to scale.",
    ),
    (
        "lQo030",
        "en",
        "tcop",
        "Low-cost prosthetic parts from bamboo fibre and 3D moulds",
        "A collaboration between Waag Society (Netherlands) and the House of Natural Fiber (Indonesia) makes "
        "lightweight, flexible, easily replaced prosthetic parts from bamboo fibre and 3D-printed moulds for as "
        "little as 50 US dollars.",
    ),
    (
        "lQo031",
        "vi",
        "tn_nep",
        "Đo và làm nẹp chỉnh hình cá nhân hóa cho trẻ khuyết tật",
        "Trung tâm Phát triển Sức khỏe Bền vững (VietHealth) phối hợp bệnh viện phục hồi chức năng tỉnh đo kích "
        "thước thực tế để làm nẹp theo chỉ định bác sĩ cho trẻ khuyết tật (17 trẻ một đợt tại Tây Ninh), mỗi nẹp "
        "trị giá gần 5 triệu đồng, giúp trẻ sinh hoạt và tập luyện.",
    ),
    (
        "lQo032",
        "en",
        "clubfoot_dyn",
        "Dynamic foot abduction brace for children treated for clubfoot",
        "A dynamic brace for the bracing phase of the Ponseti method raised compliance to 81 percent versus 47 "
        "percent with the standard brace, lowered recurrence (19 vs 39 percent) and skin problems (3 vs 19 percent), "
        "and no child needed soft-tissue surgery within 2 years.",
    ),
    (
        "lQo033",
        "en",
        "clubfoot_za",
        "Clubfoot brace fitting to the Ponseti protocol",
        "Orthotists fit the foot abduction brace after the final cast: shoes on an adjustable bar set at 70 "
        "degrees abduction and 15 degrees dorsiflexion, choosing between the cheaper Markell leather boot and the "
        "more comfortable Ponseti AFO (Mitchell) brace for small or complex feet.",
    ),
    (
        "lQo034",
        "vi",
        "in3d_ck",
        "Gia công cơ khí chính xác và in 3D linh kiện, tạo mẫu nhanh",
        "Công ty gia công cơ khí Minh Triệu nhận in 3D (sản xuất bồi đắp) và phay CNC linh kiện theo file CAD, "
        "tư vấn khi nào nên dùng in 3D, khi nào dùng cắt gọt cho chi tiết máy.",
    ),
    (
        "lQo035",
        "vi",
        "wedo",
        "Thiết kế, cải tạo không gian nhà ở an toàn cho người cao tuổi",
        "Đơn vị thiết kế nội thất WEDO khảo sát và cải tạo những khu vực trong nhà dễ khiến người cao tuổi té ngã "
        "(phòng tắm, cầu thang, bậc cửa, sàn trơn, lối đi thiếu sáng), đưa ra phương án vật liệu chống trơn, tay "
        "vịn và bố trí phù hợp với người suy giảm thăng bằng.",
    ),
    (
        "lQo036",
        "vi",
        "vinmec_nha",
        "Thăm nhà đánh giá nguy cơ té ngã bởi chuyên viên hoạt động trị liệu",
        "Bệnh viện đa khoa quốc tế tư vấn điều chỉnh nhà cửa để phòng té ngã theo khuyến nghị mức A của hội Lão "
        "khoa Hoa Kỳ và Anh: chuyên viên hoạt động trị liệu đến nhà đánh giá và hướng dẫn sửa đổi; can thiệp môi "
        "trường nhà ở giảm 36% số người bị ngã ở nhóm có tiền sử té ngã.",
    ),
    (
        "lQo037",
        "vi",
        "pt_antoan",
        "Thiết kế phòng tắm, nhà vệ sinh an toàn cho người cao tuổi",
        "Giải pháp thiết kế theo hướng dẫn quốc tế: sàn vật liệu chống trượt, thanh vịn cạnh bồn cầu và vòi sen, "
        "nút gọi khẩn cấp, cửa rộng tối thiểu 80 cm mở được từ bên ngoài, tay nắm gạt, màu tường và thiết bị "
        "tương phản cho người giảm thị lực, lối đi không vật cản và đủ sáng.",
    ),
    (
        "lQo038",
        "en",
        "rhi_hm",
        "Community home-modification programme to prevent falls",
        "Home repair programmes install handrails on both sides of stairs, grab bars by toilets and showers, "
        "shower chairs or hand-held showerheads, coloured tape on steps, raised toilet seats and night lights after "
        "a home safety checklist; minor repairs cost about 150 to 2,000 US dollars per house.",
    ),
    (
        "lQo039",
        "en",
        "ot_blog",
        "Occupational-therapy home safety assessment combined with balance exercise",
        "Occupational therapists screen older people with a community fall-risk tool, review medication, fix "
        "environmental hazards (slippery floors, loose carpets, poor lighting, missing bathroom rails) and run "
        "balance and strength exercise 2-3 times a week for 12 weeks, which cut fall risk by about 35 percent.",
    ),
    (
        "lQo040",
        "en",
        "agingdig",
        "Evidence-ranked installation of grab bars and handrails",
        "Fall-prevention advisers prioritise secure rails - grab bars and stair handrails - as the home change with "
        "the strongest trial evidence, instead of kitchen-sink lists that treat a 25-dollar grab bar like a "
        "12,000-dollar walk-in shower; they audit hazards with the STEADI approach.",
    ),
    (
        "lQo041",
        "en",
        "habitat_pwd",
        "Accessible renovation of homes of people with mobility disabilities",
        "Habitat for Humanity Vietnam pilots renovation and modification of houses for people with mobility "
        "disability and runs an accessible design competition; 15.3 percent of Vietnamese have a disability and 75 "
        "percent of them live in rural areas, often returning from rehabilitation centres to inaccessible homes.",
    ),
    (
        "lQo042",
        "en",
        "jti_habitat",
        "Technical manual of accessible house design and training of local masons",
        "Habitat Vietnam with JTI produced a manual of design features for people with different disabilities, "
        "built five accessible houses (including one in Go Cong, Tien Giang) and trains local masons and disabled "
        "people's organisations to apply the features in further homes.",
    ),
    (
        "lQo043",
        "vi",
        "srd_toilet",
        "Hỗ trợ xây nhà vệ sinh, nhà tắm cho hộ có người khuyết tật vận động",
        "Dự án Trao quyền cho người khuyết tật (SRD) hỗ trợ kinh phí để các gia đình ở Gio Linh (Quảng Trị) có "
        "người khuyết tật vận động xây nhà vệ sinh kèm nhà tắm, có thể đổ mái bê tông làm chỗ tránh bão, giúp "
        "người khuyết tật tự vệ sinh, giảm phụ thuộc người thân.",
    ),
    (
        "lQo044",
        "en",
        "transition_hue",
        "Transition house for practising daily living before returning home",
        "A transition house at the rehabilitation department of Phu Vang district medical centre (Thua Thien-Hue) "
        "has a kitchen, dining area, bedrooms and toilets with safe, accessible furniture where people with "
        "disabilities practise walking, cooking and self-care after therapy; ACDC replicates the model in Quang "
        "Tri and Quang Nam.",
    ),
    (
        "lQo045",
        "en",
        "drd_access",
        "Accessibility audits of public buildings by task forces including disabled people",
        "The Disability Research and Capacity Development centre forms task forces with persons with disabilities "
        "to audit public buildings in Tay Ninh and Binh Dinh, showcases model improvements and seeks corporate "
        "funding for further accessibility works.",
    ),
    (
        "lQo046",
        "vi",
        "te_nga_tb",
        "Chương trình giáo dục sức khỏe phòng té ngã cho người cao tuổi tại xã",
        "Trường Đại học Điều dưỡng Nam Định xây dựng và đánh giá can thiệp giáo dục về té ngã trên 357 người cao "
        "tuổi xã Vũ Phúc (Thái Bình) bằng bộ câu hỏi đã kiểm định, đo kiến thức trước và sau can thiệp; tài liệu "
        "có thể dùng cho cộng tác viên y tế xã.",
    ),
    (
        "lQo047",
        "vi",
        "khung_di",
        "Cung cấp và hướng dẫn chọn khung tập đi cho người cao tuổi",
        "Cửa hàng dụng cụ y tế cung cấp khung tập đi tiêu chuẩn bốn chân (nhấc lên khi bước), khung có hai bánh "
        "trước và các phụ kiện; hướng dẫn chọn chiều cao phù hợp và cách dùng để người già, người gãy chân di "
        "chuyển an toàn, tự lập.",
    ),
    (
        "lQo048",
        "vi",
        "ghebo",
        "Ghế bô vệ sinh đặt cạnh giường cho người già",
        "Ghế vệ sinh di động không xả nước, khung nhẹ có tay vịn, bệ ngồi và xô tháo rời để rửa; một số loại đặt "
        "được lên bồn cầu như bệ nâng, giảm trượt ngã khi người già đi vệ sinh ban đêm.",
    ),
    (
        "lQo049",
        "vi",
        "daydai",
        "Dây đai an toàn toàn thân chống rơi ngã khi làm việc trên cao",
        "Cung cấp bộ dây đai toàn thân, dây móc, móc khóa và bộ giảm chấn cho công nhân xây dựng, điện lực, viễn "
        "thông, lắp mái tôn; hơn 30% tai nạn lao động nghiêm trọng liên quan đến ngã từ trên cao.",
    ),
    (
        "lQo050",
        "vi",
        "bchair",
        "Ghế công thái học cho nhân viên văn phòng",
        "Ghế văn phòng thiết kế theo công thái học với tựa lưng cong chữ S, tựa đầu, tay vịn và chiều cao điều "
        "chỉnh, giảm đau lưng cho người ngồi máy tính 8-10 giờ mỗi ngày.",
    ),
    (
        "lQo051",
        "vi",
        "gamalift",
        "Lắp đặt thang máy gia đình cho nhà ống, nhà phố, biệt thự",
        "GamaLift tư vấn vị trí và lắp thang máy gia đình sức chứa 2-6 người, tải 200-500 kg, đặt trong lòng hoặc "
        "cạnh cầu thang bộ cho nhà 2-5 tầng, kể cả nhà cải tạo.",
    ),
    (
        "lQo052",
        "vi",
        "meditop",
        "Cung cấp thiết bị vật lý trị liệu và phục hồi chức năng",
        "Meditop cung cấp thiết bị nhiệt trị liệu, điện trị liệu, siêu âm trị liệu, sóng ngắn, laser công suất "
        "thấp cho bệnh viện, phòng khám và cơ sở phục hồi chức năng, dùng giảm đau không dùng thuốc và phục hồi "
        "vận động sau tai biến, chấn thương cột sống, thoái hóa khớp.",
    ),
    (
        "lQo053",
        "vi",
        "bk_wrist",
        "Thiết bị robot tập phục hồi chức năng khớp cổ tay có trò chơi tương tác",
        "Nhóm TS. Phan Gia Hoàng (Trường ĐH Bách khoa TP.HCM) chế tạo thiết bị tập xoay cẳng tay, gập duỗi cổ tay "
        "cho người sau đột quỵ hoặc tổn thương thần kinh, bài tập dạng trò chơi và chế độ tay lành dẫn tay liệt; "
        "đã dùng tại bệnh viện Gia An 115. Có đến 80% người đột quỵ bị khiếm khuyết chi trên.",
    ),
    (
        "lQo054",
        "vi",
        "shtp_exo",
        "Khung xương robot chi dưới tập đứng, ngồi, bước đi cho người đột quỵ",
        "Phòng thí nghiệm Cơ khí chính xác và Tự động hóa (SHTP Labs, Khu Công nghệ cao TP.HCM) cùng các trường đại "
        "học chế tạo khung xương ngoài bằng nhôm nặng khoảng 20 kg, chỉnh độ cao theo người dùng, 4 động cơ 400 W "
        "có hộp số, giúp người bệnh tập đứng lên, ngồi xuống, giữ thăng bằng và đi trên mặt đất.",
    ),
    (
        "lQo055",
        "vi",
        "bachmai_gtr",
        "Chuyển giao quy trình tập dáng đi bằng robot GTR-A cho người đột quỵ",
        "Trung tâm Phục hồi chức năng Bệnh viện Bạch Mai triển khai robot huấn luyện dáng đi GTR-A: 32 bệnh nhân "
        "liệt nửa người tập 3 buổi mỗi tuần trong một tháng theo chế độ thụ động hoặc chủ động có trợ giúp, cải "
        "thiện FAC, BBS, TUG có ý nghĩa thống kê.",
    ),
    (
        "lQo056",
        "en",
        "tr_old",
        "Telerehabilitation programmes for older adults",
        "Geriatric physical therapists deliver rehabilitation by video with a few in-person visits; the REACH "
        "project showed this model reduced emergency department visits and improved gait speed and Short Physical "
        "Performance Battery scores, and home-programme compliance is high; older and rural patients benefit most.",
    ),
    (
        "lQo057",
        "en",
        "tr_vr",
        "Virtual-reality telerehabilitation kit installed in rural homes of stroke survivors",
        "University of Manitoba occupational therapists installed a VR set-up and tablet in the home of a rural "
        "stroke survivor and ran a remotely supervised exercise programme, showing that technology-enabled home "
        "telerehabilitation is feasible and safe where travel to therapy is costly.",
    ),
    (
        "lQo058",
        "en",
        "tr_review",
        "Advisory on designing telerehabilitation for stroke patients",
        "A review of 70 papers covering 995 stroke patients informs how to set up synchronous and asynchronous "
        "telerehabilitation for motor, cognitive and speech recovery, and how to handle its limits: equipment and "
        "space at home, internet speed, no hands-on guidance and low digital literacy.",
    ),
    (
        "lQo059",
        "vi",
        "vinmec_cs",
        "Gói vật lý trị liệu ngoại trú cho thoái hóa cột sống cổ và thắt lưng",
        "Khoa Phục hồi chức năng bệnh viện Vinmec Times City điều trị ngoại trú 88 bệnh nhân thoái hóa cột sống "
        "bằng vật lý trị liệu - phục hồi chức năng; điểm đau VAS giảm từ 6,42 xuống 1,59, 42% đạt mức tốt, 53,4% "
        "khá.",
    ),
    (
        "lQo060",
        "vi",
        "lk_balance",
        "Phục hồi chức năng thăng bằng cho người bệnh sau tai biến mạch máu não",
        "Bệnh viện Lão khoa Trung ương và Trường ĐH Y Hà Nội xây dựng, đánh giá chương trình tập phục hồi thăng "
        "bằng cho người cao tuổi sau tai biến mạch máu não, giảm nguy cơ té ngã khi trở về nhà.",
    ),
    (
        "lQo061",
        "vi",
        "giuong_bd",
        "Giường cho người bất động: thay drap không cần di chuyển người bệnh",
        "Sáng chế đạt giải nhất Cuộc thi Sáng chế 2014 của anh Nguyễn Long Uy Bảo: vạt giường gồm hai nửa cài răng "
        "lược, mỗi thanh rộng khoảng 10 cm cách nhau 1 cm, hạ từng nửa để thay drap khi người bệnh vẫn nằm; nệm có "
        "rung xoa bóp chống tê, khe thoáng giúp phòng lở loét.",
    ),
    (
        "lQo062",
        "vi",
        "dem_hoi",
        "Đệm hơi chống loét có máy bơm đảo chiều cho người nằm lâu",
        "Đệm múi lồi kèm máy bơm, van hai chiều đảo luồng khí khoảng 3 phút một lần, giữ bề mặt khoảng 27-28 độ C, "
        "giảm diện tích tì đè; dành cho người già, người liệt, sau phẫu thuật phải nằm trên 15 giờ mỗi ngày.",
    ),
    (
        "lQo063",
        "vi",
        "giuong_yt",
        "Tư vấn chọn giường y tế chăm sóc người bệnh tại nhà",
        "Nhà cung cấp giường y tế (giá từ hơn 5 triệu đến gần 30 triệu đồng) tư vấn tránh sai lầm khi mua: hỏi ý "
        "người bệnh, chọn chức năng thật sự cần (nâng đầu, xoay trở, bô vệ sinh) để giường không bị bỏ xó.",
    ),
    (
        "lQo064",
        "en",
        "na_cbr285",
        "Community-based rehabilitation package to improve mobility of adults with physical disabilities",
        "A 12-month CBR intervention delivered in three communes/wards of Nghe An (Chau Binh, Dien Ngoc, Hung Hoa) to "
        "285 adults with physical disabilities significantly improved independence in sitting, standing and "
        "moving indoors and outdoors and reduced pain (p<0.001).",
    ),
    (
        "lQo065",
        "en",
        "cbr_na",
        "Assessment of community-based rehabilitation at commune health stations",
        "Researchers surveyed CBR tasks in 38 commune health stations of Thanh Chuong district (Nghe An) with mixed "
        "methods: only 3 of 8 assigned tasks were done and no staff had rehabilitation training; they recommend a "
        "dedicated CBR health worker and policy support at grassroots level.",
    ),
    (
        "lQo066",
        "en",
        "tvu_jica",
        "Japanese-led rehabilitation training for hemiplegia after stroke and knee osteoarthritis",
        "Tra Vinh University and WellGroup (JICA-sponsored) run pilot classes taught by Japanese physical "
        "therapists with 20 years' experience for staff of Tra Vinh General Hospital and 22 rehabilitation students, "
        "with theory and practice in the hospital's movement-therapy room (September-December 2023).",
    ),
    (
        "lQo067",
        "en",
        "ctump_rehab",
        "Bachelor's programme in rehabilitation technology for the Mekong Delta",
        "Can Tho University of Medicine and Pharmacy opened a 4-year, 120-credit bachelor's programme in "
        "rehabilitation engineering (Decision 3539, December 2025) with elective orientations in musculoskeletal, "
        "neurological, paediatric and geriatric rehabilitation and hospital clinical practice.",
    ),
    (
        "lQo068",
        "vi",
        "cd_phcn",
        "Đào tạo cao đẳng Kỹ thuật phục hồi chức năng hệ chính quy 3 năm",
        "Trường Cao đẳng Dược Sài Gòn tuyển sinh ngành Kỹ thuật phục hồi chức năng (mã 6720603): vận động trị "
        "liệu, hoạt động trị liệu, điện, nhiệt, ánh sáng trị liệu, xoa bóp - kéo giãn, đào tạo tín chỉ 3 năm.",
    ),
    (
        "lQo069",
        "vi",
        "massage_chair",
        "Ghế massage toàn thân cho gia đình",
        "Nhà phân phối ghế massage toàn thân tư vấn đối tượng nên dùng (người trung niên, cao tuổi đau lưng, người "
        "làm việc ngồi lâu) và không nên dùng (phụ nữ mang thai 3 tháng đầu, mới sinh...), chế độ xoa bóp, nhiệt.",
    ),
    (
        "lQo070",
        "en",
        "shtp_exo",
        "Powered exoskeleton for carrying heavy loads",
        "A Saigon Hi-Tech Park lab's motorised aluminium exoskeleton with 400 W geared joint motors can add "
        "strength for workers lifting and carrying heavy goods and for soldiers on long marches.",
    ),
    (
        "lQo071",
        "en",
        "cbr_hai",
        "Setting up community-based rehabilitation in provinces, districts and communes",
        "The Vietnam Rehabilitation Association (Prof. Tran Trong Hai, Hanoi School of Public Health) supports "
        "provinces to run CBR through commune health stations and steering committees: home-based rehabilitation, "
        "supportive devices, early detection and intervention; by then 46 of 63 provinces applied CBR, reaching 64% "
        "of adults and 71% of children with disabilities in covered areas.",
    ),
    (
        "lQo072",
        "vi",
        "kh_xelan",
        "Tiếp nhận và trao tặng xe lăn tài trợ quốc tế cho người khuyết tật",
        "Trung tâm Phục hồi chức năng - Giáo dục trẻ em khuyết tật tỉnh Khánh Hòa phối hợp Hội Xe lăn quốc tế (Hoa "
        "Kỳ) tiếp nhận 480 xe lăn trong 3 năm (80, 150 rồi 250 chiếc) và trao cho người khuyết tật ở các huyện, thị.",
    ),
    (
        "lQo073",
        "en",
        "solar_hearit",
        "Solar-rechargeable behind-the-ear hearing aids",
        "A Botswana NGO project, staffed by hearing-impaired technicians, produces BTE hearing aids with a pocket "
        "solar charger that recharges the cells in about two hours; batteries can be reused for up to three years. "
        "The aids are sold in 31 developing countries.",
    ),
    (
        "lQo074",
        "en",
        "solarear",
        "Low-cost digital rechargeable hearing aid charged by sunlight (Solar Ear)",
        "Solar Ear, produced in Brazil with deaf employees, sells a digital rechargeable hearing aid for around 100 "
        "US dollars; a palm-sized charger works in sunlight or household light, taking 6-8 hours to charge AA cells "
        "that last a week and have a 2-3 year lifespan, so users without electricity are not excluded.",
    ),
    (
        "lQo075",
        "en",
        "hearscreen_ccw",
        "Smartphone hearing screening by community care workers during home visits",
        "University of Pretoria trained 15 community care workers to screen 511 people at home with the hearScreen "
        "smartphone app; referral rates were 5.0% for adults and 4.2% for children, 75% of those referred came for "
        "diagnosis and 33.3% were confirmed with hearing loss. Includes automated tests and quality control.",
    ),
    (
        "lQo076",
        "en",
        "hearscreen_ecd",
        "Preschool hearing screening in early childhood centres with cloud-based referral",
        "Community health workers mapped early childhood development centres and screened 6,424 children aged 3-6 "
        "with the hearScreen app on low-cost smartphones; cloud data management tracks referrals (24.9%) and "
        "operator quality, with noise monitoring during tests.",
    ),
    (
        "lQo077",
        "en",
        "hearwho",
        "hearWHO digits-in-noise hearing check app",
        "WHO's free mobile and web app lets people over 60 and others at risk check their hearing and track it over "
        "time, and lets health workers screen communities and refer those who fail for diagnostic testing.",
    ),
    (
        "lQo078",
        "vi",
        "thegioiyte",
        "Cung cấp máy trợ thính analog, kỹ thuật số, đeo trong tai và sau tai",
        "Thế giới Y tế phân phối máy trợ thính analog giá rẻ dễ chỉnh âm lượng và máy kỹ thuật số tự điều chỉnh, "
        "nhỏ gọn; các kiểu đeo trong ống tai, sau tai; tư vấn chọn máy theo mức độ nghe kém.",
    ),
    (
        "lQo079",
        "vi",
        "tb24",
        "Máy trợ thính cho người già bị điếc lão thính",
        "Nhà bán lẻ thiết bị âm thanh tư vấn máy trợ thính cho người cao tuổi suy giảm thính lực do lão hóa hoặc "
        "do thuốc, bệnh; hướng dẫn nhận biết điếc lão thính tiến triển chậm ở cả hai tai và chọn máy phù hợp.",
    ),
    (
        "lQo080",
        "vi",
        "oae_sosinh",
        "Sàng lọc khiếm thính trẻ sơ sinh bằng đo âm ốc tai (OAE)",
        "Đo OAE trong 24-48 giờ sau sinh, mất 5-10 phút, không đau; độ chính xác khoảng 80-85%. Trẻ không đạt được "
        "đo lại sau 1-2 tuần hoặc làm đo điện thính giác thân não (ABR) để can thiệp sớm.",
    ),
    (
        "lQo081",
        "vi",
        "oae_hv",
        "Chuyển giao kỹ thuật đo âm ốc tai sàng lọc mất thính lực bẩm sinh",
        "Khoa liên chuyên khoa Bệnh viện Hùng Vương triển khai đo âm ốc tai cho mọi trẻ sơ sinh trước khi xuất "
        "viện, 3-5 phút mỗi trẻ, và hướng dẫn nhận diện yếu tố nguy cơ (mẹ nhiễm rubella, CMV; sinh non, nhẹ cân; "
        "vàng da nặng; dùng kháng sinh aminoglycoside).",
    ),
    (
        "lQo082",
        "vi",
        "nuttai",
        "Nút tai và chụp tai chống ồn cho công nhân nhà máy",
        "Nhà cung cấp đồ bảo hộ lao động so sánh nút tai và chụp tai chống ồn cho nhà máy cơ khí, nhiệt điện, "
        "tuyển than ở Quảng Ninh, tư vấn chọn thiết bị bảo vệ thính giác theo mức ồn và chi phí.",
    ),
    (
        "lQo083",
        "en",
        "nuttai_nrr",
        "Selecting hearing protection by noise reduction rating",
        "A safety-equipment firm explains earplugs, earmuffs and the NRR index for workers exposed to hammers, "
        "saws (105 dBA) or aircraft noise, against the 85 dBA site limit set by the Ministry of Health.",
    ),
    (
        "lQo084",
        "vi",
        "gay_dn",
        "Gậy dò đường thông minh cho người khiếm thị và người già",
        "Nhóm DUT-AC (Trường ĐH Bách khoa, ĐH Đà Nẵng, giải nhất EPICS 2019) chế tạo gậy có một cảm biến ở chân "
        "gậy và ba cảm biến ở thân, quét vật cản trong phạm vi 2-3 m và báo cho người dùng bằng các chế độ rung "
        "ở tay cầm.",
    ),
    (
        "lQo085",
        "vi",
        "gay_dn2",
        "Gậy chống thông minh tự nhắn tin, gọi người thân kèm vị trí GPS khi người dùng bị ngã",
        "Sinh viên ĐH Bách khoa và ĐH Sư phạm Kỹ thuật (ĐH Đà Nẵng) tích hợp vào gậy một hộp điều khiển có thẻ SIM: "
        "khi gậy nằm bất động quá thời gian đặt trước, hệ thống tự gửi tin nhắn hoặc gọi cho người thân kèm vị trí "
        "GPS; tay cầm có đèn, còi gây chú ý.",
    ),
    (
        "lQo086",
        "vi",
        "vongtay",
        "Vòng đeo tay rung báo vật cản cho người khiếm thị, giá 150.000 đồng",
        "Hai sinh viên Trường ĐH Tân Trào (Tuyên Quang) chế tạo vòng đeo tay rung lên khi phát hiện tường, chướng "
        "ngại vật, giúp người khiếm thị di chuyển mà không cần gậy dò đường; giá khoảng 150.000 đồng mỗi chiếc.",
    ),
    (
        "lQo087",
        "vi",
        "iuh_wear",
        "Thiết bị đeo cảm biến hồng ngoại cảnh báo vật cản cho người khiếm thị",
        "Khoa Công nghệ Cơ khí, Trường ĐH Công nghiệp TP.HCM thiết kế thiết bị nhỏ gọn đeo ở nhiều vị trí trên "
        "người, dùng cảm biến hồng ngoại phát hiện vật cản phía trước và rung cảnh báo; pin sạc Lithium 3,7 V. "
        "Việt Nam có hơn 1 triệu người khiếm thị, hơn 600 nghìn người mất hoàn toàn thị lực.",
    ),
    (
        "lQo088",
        "vi",
        "kinh_tm",
        "Mắt kính thông minh đọc văn bản, nhận dạng tiền mặt, mô tả không gian",
        "Nhóm tác giả Quỹ Tâm nguyện Việt chế tạo kính gồm camera, cảm biến khoảng cách, micro, loa và động cơ rung, "
        "nối với bộ điều khiển cầm tay in 3D chạy máy tính Raspberry Pi Zero và mạch SIM; nút bấm có chấm nổi "
        "Braille. Kính đọc văn bản, nhận dạng tiền, mô tả không gian, tra cứu thông tin.",
    ),
    (
        "lQo089",
        "vi",
        "kinh_doc",
        "Kính đọc chữ cho người khiếm thị nhận diện văn bản độ chính xác 89%",
        "Học sinh THPT chuyên Lê Hồng Phong (TP.HCM) làm kính có camera chụp văn bản, nhận dạng chữ bằng Google "
        "Vision kết hợp Tesseract trên điện thoại Android rồi đọc thành tiếng; thử nghiệm tại Hội người mù TP.HCM "
        "và Trường Nguyễn Đình Chiểu đạt độ chính xác khoảng 89%.",
    ),
    (
        "lQo090",
        "vi",
        "vos",
        "Phần mềm đọc màn hình tiếng Việt VOS cho điện thoại Android",
        "Phòng thí nghiệm Trí tuệ nhân tạo (AILab, ĐH Khoa học Tự nhiên TP.HCM) phát triển theo đặt hàng của Bộ "
        "Thông tin và Truyền thông ứng dụng đọc to tên ứng dụng, nội dung mà người mù chạm vào trên màn hình, với "
        "cơ sở dữ liệu 7.000 từ tiếng Việt và 1.357 từ tiếng Anh thông dụng.",
    ),
    (
        "lQo091",
        "vi",
        "blueeye",
        "Ứng dụng di động Blue Eye đọc sách, văn bản cho người khiếm thị",
        "Giải pháp đạt giải Nhì Hội thi Sáng tạo Kỹ thuật tỉnh Phú Yên: thiết bị và ứng dụng di động giúp người "
        "khiếm thị tự đọc sách, báo, văn bản mà vẫn vận động thoải mái, không phải giữ nguyên tư thế như kính đọc "
        "sách cũ.",
    ),
    (
        "lQo092",
        "en",
        "lva_az",
        "Prescribing low-vision aids for older adults",
        "University of Arizona geriatric guidance: start with low-cost hand or illuminated stand magnifiers or "
        "high-powered spectacles, avoid hand-held devices for people with tremor, use spectacle-mounted "
        "telescopes when both near and distance help is needed; low vision raises risk of falls and depression.",
    ),
    (
        "lQo093",
        "en",
        "lva_uk",
        "Simple low-vision aids dispensed from the optometry consulting room",
        "A back-to-basics approach lets optometrists assess residual vision and dispense simple magnifiers and "
        "lighting advice directly; about 85% of visually impaired people have useful residual vision, yet 41% of "
        "potential providers offer no low-vision service.",
    ),
    (
        "lQo094",
        "vi",
        "mat_hcm",
        "Phẫu thuật đục thủy tinh thể miễn phí cho người nghèo tại địa phương",
        "Bệnh viện Mắt TP.HCM đã mổ miễn phí 11.171 ca đục thủy tinh thể từ năm 2010 với tổng kinh phí 15,132 tỉ "
        "đồng, trong đó 3.605 ca được thực hiện tại các địa phương.",
    ),
    (
        "lQo095",
        "vi",
        "mat_tn",
        "Đợt khám sàng lọc và phẫu thuật mắt miễn phí cho người cao tuổi nghèo",
        "Bệnh viện Mắt Thái Nguyên phối hợp bệnh viện huyện khám sàng lọc gần 1.000 người nghèo, người cao tuổi; "
        "trong 5 ngày mổ 100 ca đục thủy tinh thể thay thủy tinh thể nhân tạo và 100 ca quặm, mộng; kế hoạch "
        "khoảng 400 ca trong tỉnh.",
    ),
    (
        "lQo096",
        "vi",
        "vl_tet",
        "Đoàn y bác sĩ khám lưu động, đo khúc xạ và tặng kính lão cho người cao tuổi",
        "Các bệnh viện tuyến trên phối hợp Sở Y tế tổ chức khám miễn phí cho khoảng 1.500 người, tặng kính lão "
        "cho 300 người cao tuổi và thêm 200 cặp kính, tập huấn cán bộ y tế cơ sở về chăm sóc sức khỏe người cao "
        "tuổi và hướng dẫn cài sổ sức khỏe điện tử.",
    ),
    (
        "lQo097",
        "en",
        "gay_spkt",
        "Wheeled electronic cane that scans for low obstacles",
        "Mechatronics engineers from HCMC University of Technology and Education built a rechargeable cane shaped "
        "like a small two-rail trolley with motors and two scanning sensors; its handle vibrates on the left or "
        "right to show which side an obstacle is on.",
    ),
    (
        "lQo098",
        "vi",
        "mayt_kt",
        "Máy tính cầm tay cho người khiếm thị",
        "Hai sinh viên Trường ĐH Sư phạm Kỹ thuật TP.HCM (giải Ba VietFuture Awards 2024) phát triển máy tính cầm "
        "tay giúp người khiếm thị thao tác máy tính, tiếp nối sản phẩm mắt kính thông minh đọc văn bản, nhận dạng "
        "tiền và trả kết quả bằng giọng nói.",
    ),
    (
        "lQo099",
        "en",
        "valers",
        "Automatic fall-detection bracelet with SIM card and hands-free calling",
        "A senior alarm bracelet with an accelerometer detects the sudden stop and immobility of a fall and, without "
        "a monitoring centre, calls the family caregivers over GSM; the senior can cancel a false alarm with a "
        "button and talk hands-free through the bracelet, at home or outdoors.",
    ),
    (
        "lQo100",
        "en",
        "pendant",
        "Personal emergency response pendant with 24/7 monitoring centre",
        "A PERS system combines a water-resistant pendant or wristband, a base station speakerphone on landline or "
        "cellular, and a staffed monitoring centre that talks to the user and dispatches help or calls relatives; "
        "mobile versions add GPS, and some pendants detect falls automatically.",
    ),
    (
        "lQo101",
        "en",
        "mmwave_tsl",
        "Camera-free mmWave radar fall detection for bathrooms and bedrooms",
        "TSL Automation's sensor transmits low-power 24, 60 or 77 GHz radar and derives posture and motion "
        "(standing, sitting, lying, rapid descent) without any image; voice interaction confirms the person's state "
        "to cut false alarms and inference runs at the edge for privacy and speed.",
    ),
    (
        "lQo102",
        "en",
        "p2mfds",
        "Privacy-preserving radar and vibration fall detection for elderly bathrooms",
        "Researchers from Northwestern Polytechnical University and the University of Western Australia fuse "
        "millimetre-wave radar with 3D floor-vibration sensing in a dual-stream neural network to detect falls in "
        "wet, confined bathrooms - where over 80% of falls occur - without wearables or cameras.",
    ),
    (
        "lQo103",
        "vi",
        "smartplug",
        "Phích cắm thông minh IoT phát hiện người già sống một mình gặp nguy",
        "Mô hình của quận Nowon (Seoul): phích cắm thông minh đo mức tiêu thụ điện và ánh sáng trong nhà; nếu không "
        "có thay đổi trong một thời gian, tín hiệu gửi tới nhân viên trung tâm cộng đồng, họ gọi điện rồi đến tận "
        "nhà kiểm tra. Dễ lắp, người già không cảm thấy bị theo dõi như camera.",
    ),
    (
        "lQo104",
        "vi",
        "tdh_iot",
        "Hệ thống IoT và học máy giám sát sức khỏe, phát hiện té ngã ở người cao tuổi",
        "Giải pháp theo dõi liên tục nhịp tim, SpO2, nhiệt độ và phát hiện té ngã bằng cảm biến gia tốc và thuật "
        "toán học máy, tự động gửi cảnh báo khẩn cấp đến người thân hoặc cơ sở y tế; 20-40% người trên 65 tuổi "
        "và 40-50% người trên 85 tuổi có vấn đề dáng đi, thăng bằng.",
    ),
    (
        "lQo105",
        "vi",
        "iuh_hm",
        "Nền tảng Health Monitoring: vòng đeo tay IoT, web và ứng dụng cảnh báo thời gian thực",
        "Khoa CNTT Trường ĐH Công nghiệp TP.HCM phát triển vòng đeo tay dùng Arduino và ESP8266 đọc cảm biến, kết "
        "nối qua websocket với web (React, Spring Boot) và ứng dụng React Native, có trí tuệ nhân tạo hỗ trợ bác "
        "sĩ theo dõi từ xa và cảnh báo khi chỉ số bất thường.",
    ),
    (
        "lQo106",
        "en",
        "wsn_thesis",
        "Wireless sensor network for monitoring the health of elderly people at home",
        "An engineering thesis designs and builds a home health-monitoring system for older people: sensor nodes "
        "and a processing module with a machine-learning algorithm send data to a database, with a web interface "
        "and an Android app for family and carers.",
    ),
    (
        "lQo107",
        "en",
        "gps_dementia",
        "GPS locator devices with geofence alerts for people with dementia who wander",
        "Locator devices alert carers when a person with dementia leaves a designated area and give coordinates, "
        "reducing search time and rescue costs and caregiver stress while letting people with early to moderate "
        "dementia walk more freely; ethical consent issues are addressed.",
    ),
    (
        "lQo108",
        "en",
        "gps_shoe",
        "GPS shoe for tracking people with Alzheimer's disease",
        "Aetrex and GTX Corp embed a GPS unit in the heel of an ordinary-looking shoe, tracked through an app "
        "with a geofence that alerts carers when the wearer walks too far; people with dementia tend to throw away "
        "watches or bracelets but keep their shoes. Price about 300 US dollars.",
    ),
    (
        "lQo109",
        "en",
        "hcm_hs",
        "Ward health station model: yearly check-ups, e-health records and home visits for elders living alone",
        "Ho Chi Minh City ward health stations, backed by district hospitals, give older people free yearly "
        "check-ups, manage electronic records of chronic diseases and send doctors to examine elders who live "
        "alone or cannot travel; complex cases are referred up.",
    ),
    (
        "lQo110",
        "en",
        "pers_ed",
        "Providing emergency response systems to older patients discharged after a fall",
        "Home-care agencies supply monitored PERS devices to patients aged 70+ after an emergency visit for a fall; "
        "a randomised trial found 50% lower rehospitalisation, and one-touch calling suits seniors better than a "
        "mobile phone in an emergency.",
    ),
    (
        "lQo111",
        "vi",
        "tom_ag",
        "Giám sát oxy hòa tan và nhiệt độ ao nuôi tôm qua điện thoại di động",
        "Trung tâm Ứng dụng tiến bộ KH&CN An Giang lắp hệ thống bơm lấy mẫu nước, cảm biến nhiệt độ và DO, bộ "
        "điều khiển PLC gửi số liệu lên phần mềm điện thoại, còi và đèn báo khi vượt ngưỡng; thử trên ao tôm "
        "càng xanh 4.000 m2 (120.000 con).",
    ),
    (
        "lQo112",
        "en",
        "tom_ctu",
        "IoT water-quality monitoring with SMS alerts for fish and shrimp ponds",
        "Can Tho University engineers deployed sensor systems on farms in Vinh Long and Bac Lieu: farmers view pond "
        "water quality in real time on a phone via a cloud server and get SMS warnings when parameters leave safe "
        "ranges; an automatic cleaning method keeps the oxygen probe clean.",
    ),
    (
        "lQo113",
        "vi",
        "tom_sound",
        "Cảm biến âm thanh đếm tần suất tôm búng để cảnh báo sớm dịch bệnh",
        "Nhóm nghiên cứu đặt micro dưới ao ghi số lần tôm búng (tôm khỏe tới 100 lần mỗi phút), dải tần 2-200 kHz, "
        "kết hợp cảm biến rung và dòng điện ở máy bơm, quạt nước, gửi về trạm trung tâm để cảnh báo bất thường.",
    ),
    (
        "lQo114",
        "vi",
        "camera_tn",
        "Camera an ninh gia đình kết nối Wi-Fi, chuông cửa có hình",
        "Tư vấn chọn camera an ninh trong nhà, ngoài trời, chuông cửa video, camera đèn pha; gửi thông báo, clip "
        "và hình trực tiếp về điện thoại để theo dõi nhà khi chủ nhà đi vắng dịp Tết.",
    ),
    (
        "lQo115",
        "vi",
        "smarthome_sec",
        "Hệ thống an ninh nhà thông minh nhiều lớp chống đột nhập",
        "Giải pháp Smart Home năm lớp bảo vệ: cảm biến hồng ngoại chống vượt rào tầm xa tới 500 m, cảm biến cửa, "
        "chuyển động, báo cháy, thiết bị thi hành và báo động, điều khiển qua điện thoại.",
    ),
    (
        "lQo116",
        "en",
        "cattle_gps",
        "GPS/GSM collar to combat cattle rustling",
        "University of Milan researchers designed and tested a GPS/GSM collar prototype that tracks grazing cattle "
        "and warns owners of theft from pastures.",
    ),
    (
        "lQo117",
        "vi",
        "cow_collar",
        "Vòng cổ thông minh theo dõi sức khỏe bò sữa",
        "Vòng cổ cảm biến (khoảng 200 USD mỗi chiếc) của các hãng Allflex, Cowlar, Nedap ghi nhịp nhai lại, số bước, "
        "thời gian nằm, đôi khi có GPS và nhiệt kế, báo cho chủ trại khi bò giảm hoạt động, bỏ ăn hay đến kỳ sinh "
        "sản.",
    ),
    (
        "lQo118",
        "en",
        "mmwave_dev",
        "Contactless 60 GHz radar fall detector for homes and care homes",
        "A radar engineering group develops a 60 GHz fall detector that the resident never wears and that sees "
        "nothing identifiable, raising an alert within seconds; pendant adherence is below 30% in independent "
        "living, and half of those who lie unattended for over an hour after a fall die within six months.",
    ),
    (
        "lQo119",
        "vi",
        "genki",
        "Mô hình trung tâm sinh hoạt ban ngày cho người cao tuổi 'sáng đón, chiều đưa'",
        "Genki House (TP.HCM), hoạt động từ tháng 8/2024, đón người cao tuổi 70-80 tuổi buổi sáng và đưa về buổi "
        "chiều khi con cháu đi làm, đi học: gặp gỡ bạn bè, vận động, rèn luyện trí nhớ, chăm sóc sức khỏe, được "
        "lắng nghe. Chia sẻ cách vận hành cho địa phương muốn nhân rộng.",
    ),
    (
        "lQo120",
        "vi",
        "helpage_clb",
        "Hỗ trợ thành lập Câu lạc bộ Liên thế hệ Tự giúp nhau",
        "HelpAge International tại Việt Nam hướng dẫn thành lập câu lạc bộ dựa vào cộng đồng gồm thành viên nhiều "
        "lứa tuổi, phần lớn là người cao tuổi nghèo, cận nghèo, phụ nữ; thành viên khỏe giúp thành viên yếu, hoạt "
        "động chăm sóc sức khỏe, tăng thu nhập, kết nối với chính quyền và nhà cung cấp dịch vụ.",
    ),
    (
        "lQo121",
        "vi",
        "tayho_clb",
        "Mô hình CLB Liên thế hệ Tự giúp nhau sáu hợp phần, có chăm sóc tại nhà",
        "Quận Tây Hồ (Hà Nội) sau 5 năm thực hiện Đề án 1336 có CLB ở cả 8 phường với 509 thành viên (355 người từ "
        "55 tuổi trở lên, 77% là phụ nữ); sáu hợp phần: tăng thu nhập, chăm sóc sức khỏe tại nhà, tư vấn pháp lý, "
        "môi trường, truyền thông và phát triển cộng đồng.",
    ),
    (
        "lQo122",
        "vi",
        "pd_kaigo",
        "Lớp đào tạo nghề chăm sóc người cao tuổi 3 tháng",
        "Trường Cao đẳng Phương Đông (Tam Kỳ) cùng tổ chức Làng Hoa Sen quốc tế (Hàn Quốc) mở lớp 3 tháng (22 học "
        "viên, được tài trợ học phí): phòng bệnh thường gặp, tâm lý giao tiếp, vận hành thiết bị hỗ trợ chăm sóc, "
        "chăm sóc y tế và phục hồi sức khỏe cho người cao tuổi; học viên được nhận vào viện dưỡng lão.",
    ),
    (
        "lQo123",
        "vi",
        "ctd_kaigo",
        "Chương trình đào tạo kỹ năng chăm sóc người cao tuổi chuẩn Nhật Bản (Kaigo)",
        "Trung tâm Đào tạo cán bộ Hội Chữ thập đỏ Việt Nam đào tạo hai cấp độ theo Thông tư 43/2015/TT-BLĐTBXH: "
        "chương trình cơ bản để làm việc tại khoa lão, viện dưỡng lão, trung tâm chăm sóc người cao tuổi, và chương "
        "trình nâng cao Kaigo; học viên từ 18 tuổi, tốt nghiệp THPT.",
    ),
    (
        "lQo124",
        "en",
        "alz_hctc",
        "Helping Carers to Care: training family carers of people with dementia",
        "The 10/66 Dementia Research Group's train-the-trainer intervention trains community health workers in two "
        "days (three modules, role plays) to educate the main family carer about dementia and managing difficult "
        "behaviour; trials in nine countries reduced carer strain and psychological illness.",
    ),
    (
        "lQo125",
        "vi",
        "giupviec_nd",
        "Dịch vụ giúp việc gia đình theo giờ",
        "Công ty TNHH Nhà sạch Đức Dương (TP. Nam Định, thành lập 2013) tuyển, thẩm định và giới thiệu người giúp "
        "việc theo giờ cho gia đình bận rộn, ký hợp đồng ba bên và có tổng đài phản hồi.",
    ),
    (
        "lQo126",
        "vi",
        "giupviec_tet",
        "Dọn nhà theo giờ đặt qua ứng dụng",
        "Dịch vụ vệ sinh nhà theo ca 2 giờ đặt qua app, giá ngày thường khoảng 50.000 đồng mỗi giờ, tăng gấp đôi "
        "gấp ba dịp cận Tết; nhân viên mang theo dụng cụ, hóa chất tẩy rửa.",
    ),
    (
        "lQo127",
        "en",
        "stroller",
        "Baby strollers for parents",
        "Retail guide to baby strollers sold in Vietnam, imported from Germany, the US, the UK, Thailand and China, "
        "from about 400,000 to 5 million dong (premium above 10 million), with harness, brake and canopy.",
    ),
    (
        "lQo128",
        "en",
        "apt_kenya",
        "Appropriate paper-based technology seats and standing frames for children with cerebral palsy",
        "Cardboard-and-paper (APT) seating or standing frames provided for six months to 10 Kenyan children with "
        "non-ambulant cerebral palsy (GMFCS IV-V, aged 9 months to 7 years) raised family impact scores from 22.7 to "
        "30.3 and improved participation and enjoyment in daily life while reducing the burden of care.",
    ),
    (
        "lQo129",
        "en",
        "cpa_apt",
        "Training local workshops to make cardboard assistive furniture (APT)",
        "Cerebral Palsy Africa trains therapists and parents in appropriate paper-based technology, then runs "
        "follow-up courses with templates for batch production and adapting chairs and standing frames to each "
        "child's measurements; workshops can also sell cardboard items to cover costs.",
    ),
    (
        "lQo130",
        "en",
        "nauwu_apt",
        "Custom special seating from recycled cardboard for disabled children",
        "The Habilitate team makes individually designed seats from old cartons glued with flour paste; "
        "seat-backs and supports are moulded to each child, easily adjusted, gentle on bony areas and very "
        "strong, helping children with spasticity sit, control their head and use their hands.",
    ),
    (
        "lQo131",
        "en",
        "temple_cb",
        "Triple-wall cardboard adaptations for children with cerebral palsy for under 50 dollars",
        "Temple University occupational therapy students evaluate children and build custom booster seats, small "
        "tables and other adaptations from triple-wall cardboard that withstands over 100 pounds, costing less than "
        "50 dollars each, portable and easy to adjust as children grow.",
    ),
    (
        "lQo132",
        "en",
        "aac_wireless",
        "Wireless augmentative communication system with symbol board sheets",
        "An AAC device for children with severe motor and speech disabilities combines cheap, scalable "
        "communication-board sheets of symbols with a digital record/playback unit linked wirelessly; it can run "
        "on a computer, smartphone or tablet and was tested in two special schools.",
    ),
    (
        "lQo133",
        "en",
        "aac_boards",
        "Low-tech communication boards: objects, pictures and alphabet",
        "Assistive technology specialists make object-based displays for very young children or those with severe "
        "intellectual or visual impairment, picture communication books organised by daily activity, and "
        "alphabet boards for users who can spell, often combining picture and letter boards.",
    ),
    (
        "lQo134",
        "en",
        "aac_verizon",
        "Tablet communication app set up by a speech therapist for non-speaking children",
        "A speech-language therapist specialised in augmentative and alternative communication configures a tablet "
        "and a specialised app so a non-speaking child can talk with siblings, peers and parents; low-cost devices "
        "are customised for clients with disabilities.",
    ),
    (
        "lQo135",
        "vi",
        "phcn_cp",
        "Lượng giá vật lý trị liệu và chỉ định ghế ngồi lắp ghép cho trẻ bại não",
        "Chuyên viên vật lý trị liệu lượng giá tư thế ngồi của trẻ bại não liệt cứng tứ chi, phối hợp âm ngữ trị "
        "liệu khi trẻ khó nuốt, chỉ định hệ thống ghế ngồi lắp ghép từ khi trẻ 12 tháng và chỉnh sửa ghế để trẻ "
        "dùng được tay, tham gia sinh hoạt.",
    ),
    (
        "lQo136",
        "vi",
        "cp_uongbi",
        "Tập huấn cha mẹ tập vận động thô tại nhà cho trẻ bại não",
        "Can thiệp phục hồi chức năng dựa vào cộng đồng ở Uông Bí (Quảng Ninh): cha mẹ của 43 trẻ bại não được tập "
        "huấn tự tập cho con; 65,1% trẻ tiến bộ, điểm vận động thô (GMFM) tăng ở các mốc lẫy, ngồi, bò, quỳ, đứng, "
        "đi và chạy.",
    ),
    (
        "lQo137",
        "vi",
        "byt_cp",
        "Tập huấn hướng dẫn vật lý trị liệu cho trẻ bại não theo Quyết định 5623/QĐ-BYT",
        "Tài liệu hướng dẫn chẩn đoán, điều trị phục hồi chức năng cho trẻ bại não (phần vật lý trị liệu) do Bộ Y tế "
        "ban hành năm 2018 với hỗ trợ của USAID và Humanity & Inclusion, dùng tập huấn kỹ thuật viên, bác sĩ tuyến "
        "tỉnh, huyện.",
    ),
    (
        "lQo138",
        "vi",
        "vnah_dn",
        "Trang bị phòng phục hồi chức năng - vui chơi và dụng cụ cho trẻ khuyết tật",
        "Hội Hỗ trợ người khuyết tật Việt Nam (VNAH) tặng trung tâm nuôi dưỡng ở Định Quán (Đồng Nai) phòng phục hồi "
        "chức năng - vui chơi trị giá trên 100 triệu đồng, xe tập đi, xe lăn, xe đi vệ sinh cho trẻ dị tật bẩm "
        "sinh, và khảo sát xây nhà vệ sinh phù hợp cho 20 gia đình.",
    ),
    (
        "lQo139",
        "vi",
        "nangmai",
        "Mô hình can thiệp sớm cho trẻ tự kỷ tại trung tâm",
        "Luận văn công tác xã hội (ĐH Khoa học Xã hội và Nhân văn Hà Nội) đánh giá mô hình can thiệp sớm cho trẻ tự "
        "kỷ tại Trung tâm Nắng Mai, làm cơ sở cho các trung tâm muốn xây dựng dịch vụ can thiệp sớm có sự tham gia "
        "của gia đình.",
    ),
    (
        "lQo140",
        "vi",
        "tk_tuyenquang",
        "Mô hình giáo dục hòa nhập trẻ tự kỷ kết hợp trung tâm và trường mầm non",
        "Nghiên cứu tại Tuyên Quang đề xuất phối hợp trung tâm giáo dục trẻ khuyết tật với các trường mầm non trên "
        "địa bàn để can thiệp tâm lý giáo dục, giúp trẻ tự kỷ phát triển và hòa nhập, khắc phục việc trung tâm chỉ "
        "can thiệp y học cho trẻ khuyết tật thể chất.",
    ),
    (
        "lQo141",
        "en",
        "mangrove_en",
        "Mangrove planting for coastal protection in Tra Vinh",
        "The provincial agriculture department planted over 360 ha of forest in five years, bringing Tra Vinh to "
        "nearly 9,500 ha; mangroves protect 65 km of coast from wind and waves and shelter aquatic species.",
    ),
    (
        "lQo142",
        "vi",
        "mangrove_vi",
        "Dự án phục hồi rừng ngập mặn ven biển",
        "Công ty SK Innovation (Hàn Quốc) tài trợ hơn 13,3 tỉ đồng trồng trên 110 ha rừng ngập mặn ở Châu Thành, "
        "Cầu Ngang, Duyên Hải và thành phố Trà Vinh; năm 2022 trồng 54 ha bần, đước trên bãi bồi.",
    ),
    (
        "lQo143",
        "en",
        "veriprajna",
        "Advisory on camera-free fall detection for elder-care facilities",
        "Consultants explain why cameras are refused in bathrooms and bedrooms and why pendants lie charging on the "
        "nightstand at 2 a.m., and help facilities choose privacy-preserving sensing; a single injurious fall costs "
        "a facility 30,000-60,000 US dollars.",
    ),
    (
        "lQo144",
        "en",
        "sintef_gps",
        "GPS tracking app with alarm for dementia patients at home or in institutions",
        "SINTEF, Scandinavia's largest research organisation, developed a prototype GPS application that tracks a "
        "person with dementia and alarms staff or relatives when the person goes where they should not, giving "
        "patients more freedom and families peace of mind.",
    ),
    (
        "lQo145",
        "en",
        "osp",
        "Smartphone app that assesses gait and warns of an imminent fall",
        "The free Lockhart Monitor app continuously assesses gait and posture stability of the person carrying the "
        "phone, texts the user or caregiver when a fall may be imminent, and exports data for physicians.",
    ),
    (
        "lQo146",
        "en",
        "vnplus_cbr",
        "Vietnam's three-sector community-based rehabilitation model",
        "VINAREHA shares Vietnam's CBR model (since 1987) in which health provides diagnosis and rehabilitation, "
        "education assesses and places children with disabilities, and labour-social affairs provides vocational "
        "training and jobs; applied in 46 of 63 provinces.",
    ),
    (
        "lQo147",
        "vi",
        "bienhoa_cbr",
        "Can thiệp phục hồi chức năng dựa vào cộng đồng cho trẻ dị tật bẩm sinh",
        "Luận án tiến sĩ y tế công cộng (ĐH Y Hà Nội) đánh giá nhu cầu và hiệu quả can thiệp PHCN dựa vào cộng đồng "
        "cho trẻ dị tật bẩm sinh ở TP. Biên Hòa, phân loại khuyết tật theo 6 lĩnh vực của UNICEF, hướng dẫn cha mẹ "
        "tập luyện cho trẻ tại nhà.",
    ),
    (
        "lQo148",
        "en",
        "vnah_usaid",
        "Community therapy visits and modern assistive devices for people with severe disabilities",
        "Vietnam Assistance for the Handicapped, through USAID's Disability Rights Enforcement, Coordination and "
        "Therapies activity, sends CBR therapists to homes to assess people such as adults with cerebral palsy, "
        "replace unsuitable home-made iron frames with appropriate modern assistive devices and train families.",
    ),
    (
        "lQo149",
        "vi",
        "monitor_tt",
        "Hệ thống monitor trung tâm cho khoa hồi sức tích cực, cấp cứu, phòng mổ",
        "Meditop cung cấp hệ thống kết nối nhiều monitor đầu giường về máy chủ và màn hình tại quầy y tá: điện tim, "
        "huyết áp xâm lấn và không xâm lấn, nhịp thở, nhiệt độ, SpO2, EtCO2, cảnh báo sinh hiệu bất thường.",
    ),
    (
        "lQo150",
        "vi",
        "monitor_mpt",
        "Máy monitor theo dõi bệnh nhân 3, 5, 7 thông số cho bệnh viện",
        "Cung cấp monitor đầu giường cho khoa cấp cứu, gây mê hồi sức: loại 3 thông số (nhiệt độ, NIBP, SpO2), 5 "
        "thông số thêm điện tim và nhịp thở, 7 thông số thêm huyết áp xâm lấn hai kênh.",
    ),
    (
        "lQo151",
        "vi",
        "mamnon_plo",
        "Nhóm trẻ nhận giữ trẻ từ 6 đến 18 tháng tuổi",
        "Danh sách các trường mầm non công lập ở TP.HCM mở lớp giữ trẻ 6-18 tháng tuổi, một số ưu tiên con công "
        "nhân khu chế xuất, để cha mẹ đi làm sớm sau sinh.",
    ),
    (
        "lQo152",
        "vi",
        "doc_nham",
        "Làm dốc bê tông tạo rãnh nhám chống trơn trước cổng nhà",
        "Hướng dẫn kỹ thuật làm đoạn dốc trước cổng (nền nhà nâng cao chống ngập) với bề mặt bê tông tạo nhám hoặc "
        "rãnh ngang theo khuyến nghị của Viện Bê tông Hoa Kỳ (ACI), tăng ma sát khi mưa, rêu, giảm trượt ngã cho "
        "người già, trẻ nhỏ khi dắt xe, đi lại.",
    ),
    (
        "lQo153",
        "vi",
        "camera_tre",
        "Camera Wi-Fi trong nhà để cha mẹ trông con từ xa",
        "Giải pháp lắp camera Wi-Fi đa tác vụ tại nhà giúp phụ huynh đi làm theo dõi, nói chuyện với con nhỏ ở nhà, "
        "nhắc con rửa tay, hạn chế xem TV.",
    ),
    (
        "lQo154",
        "en",
        "lumbar",
        "Adjustable ergonomic lumbar support for office workstations",
        "OneBrace supplies adjustable lumbar supports fitting L1-L5 with 5-9 cm depth and 20-30 degree recline; a "
        "tech company fitting 500 workstations saw low-back-pain complaints fall 31% in six months.",
    ),
    (
        "lQo155",
        "en",
        "in3d_toy",
        "Home 3D printing of toys and models",
        "A hobby guide to consumer 3D printers: design a model in CAD, export STL, slice into layers and print PLA, "
        "ABS or PETG toys such as a toy motorbike for a child's birthday.",
    ),
    (
        "lQo156",
        "en",
        "cattle_graze",
        "GPS-GPRS collars for monitoring grazing cattle",
        "Researchers fitted GPS units on the necks of three Morucha cows, logging position every 10 minutes for 28 "
        "days to estimate movement speed, grazing area and rest periods in extensive farms.",
    ),
    (
        "lQo157",
        "vi",
        "xelantay",
        "Hội bảo trợ trao tặng xe lăn cho người khuyết tật các tỉnh miền Tây",
        "Hội Bảo trợ bệnh nhân nghèo TP.HCM trao 1.000 xe lăn một đợt cho người khuyết tật ở TP.HCM, Tiền Giang, "
        "Bến Tre, Vĩnh Long, hơn một nửa cho trẻ em, nâng tổng số gần 3.500 chiếc trong 5 năm; khu vực phía Nam còn "
        "khoảng 30.000 người khuyết tật cần xe, nhiều trẻ bại não do chất độc da cam.",
    ),
    (
        "lQo158",
        "en",
        "hj_smart",
        "Five-hour training for community workers to run smartphone hearing tests",
        "University of Pretoria audiologists train community care workers with no hearing-care background in a "
        "five-hour session on ear health and the hearScreen app; an adult screen takes about 58 seconds and "
        "people who fail are told by text message to attend follow-up with an audiologist.",
    ),
    (
        "lQo159",
        "en",
        "hollows",
        "Cataract surgery training, equipment and subsidised operations for rural Vietnam",
        "The Fred Hollows Foundation has trained Vietnamese surgeons in modern cataract surgery with intraocular "
        "lenses since 1993 with the national eye institute, equips provincial eye units and subsidises surgery "
        "for people who cannot pay; in 2013 it supported 30,657 cataract operations. Vietnam went from 1,000 IOL "
        "operations a year in 1992 to about 200,000.",
    ),
    (
        "lQo160",
        "vi",
        "blogin3d",
        "Quét 3D và in 3D tạo mẫu chân tay giả cho người khuyết tật",
        "Đơn vị công nghệ in 3D giới thiệu quy trình dùng máy quét 3D lấy mẫu mỏm cụt, thiết kế và in 3D mẫu chân "
        "giả trên gối, dưới gối, ngón tay giả theo từng người, rút ngắn thời gian và chi phí so với làm khuôn thủ "
        "công; chân tay giả trung bình 5 năm phải thay một lần.",
    ),
    (
        "lQo161",
        "vi",
        "hue_tele",
        "Chương trình phục hồi chức năng từ xa đến tận nhà người khuyết tật",
        "Tổ chức Humanity & Inclusion (HI) cùng Bệnh viện Phục hồi chức năng thành phố Huế, với tài trợ của Liên "
        "minh châu Âu, triển khai phục hồi chức năng từ xa cho người di chứng tai biến, chấn thương tủy sống, bại "
        "não, thoái hóa ở vùng xa: tư vấn, hướng dẫn tập và theo dõi tiến độ qua gọi video, ứng dụng di động và "
        "thiết bị hỗ trợ vận động, hô hấp tại nhà.",
    ),
    (
        "lQo162",
        "vi",
        "taichi_vi",
        "Lớp thái cực quyền cải biên phòng ngừa té ngã cho người cao tuổi",
        "Viện Y học ứng dụng Việt Nam giới thiệu bài tập thái cực quyền cải biên, di chuyển theo mọi hướng, rèn "
        "giữ trọng tâm và thăng bằng; so với các bài aerobic, sức mạnh, thăng bằng phối hợp, nhóm tập giảm số lần "
        "té ngã khoảng 3 lần. Hướng dẫn mở lớp tại câu lạc bộ dưỡng sinh.",
    ),
    (
        "lQo163",
        "en",
        "adultday",
        "Setting up adult day care centres for older people",
        "Adult day care centres give seniors who need companionship or supervision a safe place during working "
        "hours while families work: social and therapeutic activities, transport, meals and snacks, personal care "
        "and medication monitoring, often hosted in senior centres, churches or community facilities.",
    ),
    (
        "lQo164",
        "en",
        "unhs",
        "Implementing universal newborn hearing screening in a resource-limited hospital",
        "ENT and audiology staff of a tertiary hospital in India set up universal neonatal screening: otoacoustic "
        "emissions before discharge, brainstem audiometry for babies who fail twice, referral for rehabilitation; "
        "they share lessons on reaching all newborns (only a third of 2,323 were screened at first) and on "
        "follow-up. Hearing loss was 1.3 per 1,000.",
    ),
    (
        "lQo165",
        "en",
        "flic",
        "Smart call button with built-in accelerometer fall detection and app SDK",
        "The Flic Duo button watches its accelerometer for the pattern of a fall - a low-G free-fall phase followed "
        "by a high-G impact - and reports the event, with the motion data, to a phone app through the flic2lib SDK "
        "for iOS and Android; thresholds are configurable and commercial use of fall detection needs a licence.",
    ),
]
