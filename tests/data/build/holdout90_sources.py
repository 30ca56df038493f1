"""Sources of the holdout90 labelled set: source key -> public URL (one page per key)."""

S = {
    # rodents in rice fields
    "rat_irri_fact": "http://www.knowledgebank.irri.org/training/fact-sheets/pest-management/rats/"
    "rodent-control-non-chemical-in-lowland-irrigated-rice?tmpl=component&print=1",
    "rat_irri_tbs": "http://rodent-management.irri.org/home/managing-rats-2/"
    "non-chemicalcontrolofrodentsinlowlandirrigatedricecrops",
    "rat_tanz": "https://www.intechopen.com/chapters/64550",
    "rat_echo": "https://echocommunity.org/pcm/resources/6e0243fe-ae2f-48b8-a09a-36c7abde7c4d",
    "rat_indon": "http://pangan.litbang.pertanian.go.id/en/repositori-24.html",
    "rat_hatinh": "https://baomoi.net.vn/nong-dan-ha-tinh-dat-bay-dao-hang-diet-chuot-pha-lua-xuan-c51843261.epi",
    "rat_binhthuan": "https://etime.danviet.vn/binh-thuan-ai-de-vat-dung-co-cai-ten-bay-cay-trong-lai-dem-di-du-"
    "bat-duoc-la-liet-chuot-dong-20210628001150238.htm",
    "rat_dongthap": "https://baovemoitruong.org.vn/doc-dao-nhung-bay-chuot-hieu-qua-cua-nguoi-dan-vung-bien-dong-thap",
    "rat_vinhlong": "https://baovinhlong.com.vn/kinh-te/nong-nghiep/202502/quan-ly-va-phong-tru-chuot-gay-hai-cho-lua-"
    "05c63a2",
    "rat_nhanong": "http://nhanongxanh.vn/box/cach-diet-chuot-oc-buou-vang-hai-lua-dat-hieu-qua-cao-148921/",
    "rat_thangcuong": "https://vinatravels.hatenablog.com/entry/2014/12/02/225042",
    "owl_buletin": "https://www.buletinmutiara.com/barn-owls-take-flight-in-battle-against-paddy-field-pests",
    "owl_usm": "https://news.usm.my/index.php/english-news/8666-barn-owls-have-insatiable-appetite-for-rodents-"
    "serve-as-alternative-to-farmers-in-managing-oil-palm-plantations",
    "owl_memart": "https://memart.vn/tin-tuc/blog3/nuoi-chim-lon-vi-cb.html",
    "owl_daily8": "https://www.daily8.com/en/hashtag/BORG",
    "ratfarm_thucanh": "https://thucanh.vn/nuoi-chuot-dong-1643345500",
    "ratfarm_nld": "https://nld.com.vn/thoi-su/clip-bi-quyet-hot-bac-tu-viec-nuoi-chuot-tre-o-dong-bang-"
    "20200124114708578.htm",
    "ratfarm_vinhlong": "http://baovinhlong.com.vn/phong-su-ky-su/201607/mo-hinh-nuoi-chuot-dong-o-cac-tinh-mien-tay-"
    "con-dao-hai-luoi-2713069/",
    # rodents in buildings
    "rat_euro": "https://europestcontrol.com.vn/dich-vu/dich-vu-xu-ly-dong-vat-gay-hai/dich-vu-diet-chuot.html",
    "rat_nhahang": "https://trumoicontrung.com/diet-chuot-tai-nha-hang-giai-phap-bat-buoc-de-dam-bao-an-toan-thuc-pham",
    "rat_greenhouse": "https://truyenhinhcapsongthu.net/top/biet-doi-san-bat-chuot-giua-thanh-pho-bao-tuoi-tre/"
    "OPRqACAfYI2k605m",
    "rat_dietchuot": "https://www.dietchuot.vn/2021/08/dich-vu-diet-chuot-tai-ha-noi.html",
    "rat_dvdct": "https://dichvudietcontrung.vn/cach-duoi-chuot-ra-khoi-nha",
    "rat_tcfc": "https://tcfc.hanoi.vn:443/tin-tuc/574/Tai-sao-phai-tieu-diet-chuot-trong-nha.aspx",
    "rat_keo": "https://giadinh.vnexpress.net/tin-tuc/to-am/tro-he-keo-dinh-chuot-2273241.html",
    "rat_ratsprev2": "https://ratsprevention.com/qa/view/how-can-food-be-protected-from-rats",
    "ratx_ratsprev": "https://ratsprevention.com/qa/view/how-to-protect-food-from-rats",
    "ratx_dock": "https://www.northerndocksystems.com/law-pest-proofing-with-weather-seal/",
    "ratx_wfp": "https://foodqualityandsafety.wfp.org/rodents-prevention-and-control;"
    "jsessionid=0B6416ECB2A4AF70B178B4CF41706E89",
    "ratx_mfg": "https://www.manufacturing.net/safety/article/13165345/"
    "reduce-rodent-risk-using-exclusion-best-practices",
    "ratx_kennel44": "http://kennel44.com/2016/12/13/keeping-pesky-rodents-away-from-your-warehouses-food-products/",
    "ratx_sprague": "http://www.spraguepest.com/news/post/pest-management-rules-change-for-food-processors-with-"
    "winter-coming",
    "ratx_trn": "https://trnusa.com/experts-caution-food-facilities-now-vulnerable-to-rodent-infestation/",
    "iot_victor": "https://github.com/toreamun/victorsmartkill-homeassistant",
    "iot_victor_disc": "https://github.com/toreamun/victorsmartkill-homeassistant/discussions/25",
    "iot_smarttrap": "https://github.com/abatjarg/SmartTrap/blob/master/README.md",
    "iot_rattrap": "https://github.com/dqmcdonald/RatTrapSensor",
    "iot_catena": "https://github.com/mcci-catena/Catena4430_Sensor",
    "iot_fanmon": "https://github.com/roscoe81/fan-monitor",
    "iot_lorahunt": "https://github.com/HelTecAutomation/HeltecWiKi/pull/4/files",
    "iot_lorawan_agri": "https://github.com/GTsapparellas/LoRaWAN_mbed_lmic_agriculture_app",
    "iot_sticky": "https://rapidapi.com/ja/uolabs-technology-uolabs-technology-default/api/"
    "insect-counter-for-yellow-sticky-traps/details",
    # termites
    "term_engfix": "https://engineerfix.com/how-termite-baiting-systems-work-to-eliminate-colonies",
    "term_saigon": "https://dietmoisaigon.com/?p=7200",
    "term_diy": "https://dietcontrungtphcm.net/?p=10263",
    "term_nenmong": "https://pcs.com.vn/xu-ly-chong-moi-nen-mong-b-481",
    "term_tcvn": "https://dietcontrungtphcm.net/cach-phong-chong-moi-cho-cong-trinh-hieu-qua",
    "term_xaynha": "https://trumoicontrung.com/nen-diet-moi-vao-giai-doan-nao-cua-qua-trinh-xay-nha",
    "term_pcs_crit": "https://pcs.com.vn/cong-trinh-nao-can-chong-moi-b-353",
    "term_meta_icup": "http://icup.org.uk/icupabst.asp?ReportID=7",
    "term_meta_horiz": "https://pmc.ncbi.nlm.nih.gov/articles/PMC4553585",
    "term_baomoi": "https://m.baomoi.com/nhan-dien-chieu-tro-dich-vu-diet-moi-tan-goc/c/45534019.epi",
    "term_hcmnenmong": "https://congtydietmoihcm.vn/phong-chong-moi-nen-mong-cuoc-chien.html",
    "term_dmct": "https://dietmoicontrung.org/cac-buoc-chong-moi-khi-xay-nha.html",
    "term_catseye": "https://catseyeking.com/termite-baiting/",
    "term_csiro": "http://www.ecosmagazine.com/?paper=EC101p4b",
    "term_dietmoivip": "http://www.dietmoivip.com/2012/09/cac-cong-trinh-xay-dung-co-nen-xu-ly.html",
    "term_vinatravels": "https://vinatravels.hatenablog.com/entry/2018/01/24/182058",
    "dike_radar": "https://contrungxuquang.com/cong-nghe-sinh-hoc-diet-tru-moi-tan-goc.html",
    "dike_thaibinh": "http://vienbaovecongtrinh.vn/vn/khoa-hoc-cong-nghe/103-tri%E1%BB%83n-khai-%C4%91%E1%BB%81-"
    "t%C3%A0i-nghi%C3%AAn-c%E1%BB%A9u-%E1%BB%A9ng-d%E1%BB%A5ng-c%C3%B4ng-ngh%E1%BB%87-b%E1%BA%A3-"
    "ph%C3%B2ng-tr%E1%BB%AB-m%E1%BB%91i-odontotermes-hainanensis-g%C3%A2y-h%E1%BA%A1i-%C4%91%C3%AA-"
    "s%C3%B4ng-tr%C3%AAn-%C4%91%E1%BB%8Ba-b%C3%A0n-t%E1%BB%89nh-th%C3%A1i-b%C3%ACnh.html",
    "dike_vndiet": "https://vndietcontrung.com/post/375/van-de-xu-ly-phong-tru-moi-cho-cong-trinh-thuy-loi-o-viet-nam",
    "dike_nongnghiep": "https://nongnghiep.vn/diet-to-moi-than-de-ngan-hiem-hoa-mua-mua-bao-d370949.html",
    "irr_caumoi": "https://nongnghiep.vn/cau-chuyen-chu-dong-thich-ung-voi-thien-tai-o-dong-nai-d339185.html",
    "dist_nammoi": "https://nuoitrong.com/nam-moi.html",
    "her_histeng": "https://historicengland.org.uk/images-books/publications/termites-heritage-buildings",
    "her_korea": "https://p.gyb.elementfx.com/1999-4907/13/3/465",
    "her_termirepel": "https://termirepel.com/blogs/?p=27",
    "her_woodworm": "https://www.damp-timber-survey.co.uk/guidance-for-woodworm-infestation-in-listed-buildings/",
    "her_general": "https://everything.explained.today/Building_restoration/",
    # mosquitoes and dengue vectors
    "wolb_wmp": "https://worldmosquitoprogram.org/br/node/128",
    "wolb_north": "http://northboundasia.com/2018/01/16/vietnam-release-anti-dengue-mosquitoes/",
    "wolb_tri": "http://www.eliminatedengue.com/progress/index/view/news/378/year/2014/month/11/pg/1",
    "wolb_kff": "https://www.kff.org/news-summary/vietnam-government-to-release-mosquitoes-with-wolbachia-bacteria-"
    "in-effort-to-control-dengue/",
    "wolb_topix": "http://www.topix.com/world/vietnam/2017/02/vietnam-to-release-anti-dengue-mosquitoes-into-wild"
    "?fromrss=1",
    "bti_wa": "http://www.doh.wa.gov/CommunityandEnvironment/Pests/Mosquitoes/Bti",
    "bti_ijmr": "http://www.ijmr.org.in/article.asp?issn=0971-5916;year=2018;volume=147;issue=3;spage=299;"
    "epage=307;aulast=Uragayala;type=3",
    "bti_tanz": "https://pmc.ncbi.nlm.nih.gov/articles/PMC9157456",
    "bti_cmmcp": "http://www.cmmcp.org/bti.htm",
    "bti_botswana": "https://pmc.ncbi.nlm.nih.gov/articles/PMC5912423",
    "bti_yardener": "https://gardening.yardener.com/Bt-For-Mosquitoes",
    "guppy_camau": "http://cdccamau.vn/phong-chong-dich-y-te-dan-so/hieu-qua-mo-hinh-ca-bay-mau-de-phong-benh-"
    "sot-xuat-huyet-75300",
    "guppy_phutan": "https://mayepcamnoi.com/nuoi-ca-bay-mau-gop-phan-phong-benh-sot-xuat-huyet-1658077795",
    "guppy_memart": "https://memart.vn/tin-tuc/blog3/ca-diet-lang-quang-vi-cb.html",
    "guppy_adb": "http://plo.vn/suc-khoe/dinh-duong/adb-ho-tro-1-trieu-usd-nuoi-ca-ngan-sot-xuat-huyet-308422.html",
    "ulv_xn": "https://www.xn--dit-cn-trng-6eb3e8593d.vn/",
    "ulv_equip": "https://pestcontrol.vn/phong-chong-muoi-bang-hoa-chat/",
    "ulv_std": "https://pestcontrol.vn/tieu-chuan-ky-thuat-phong-tru-muoi-bang-hoa-chat/",
    "thermal_vnex": "https://vnexpress.net/suc-khoe/tp-hcm-diet-muoi-dang-bay-bang-cong-nghe-moi-3509180.html",
    "spray_danang": "https://dichvuvesinhdanang.com/?p=2606",
    "ovi_bandung": "https://doaj.org/article/81c2d6f1a2ab4e79ab1b7b18a5610884",
    "ovi_plos": "https://journals.plos.org/plosntds/article?id=10.1371%2Fjournal.pntd.0003475",
    "ovi_srilanka": "https://www.hindawi.com/journals/bmri/2019/2950216/reprint/",
    "dengue_thvl": "https://thvl.vn/thoi-su-thvl/tin-dia-phuong/khong-che-benh-sot-xuat-huyet-can-y-thuc-cong-dong/",
    "dengue_dienbien": "http://kiemsoatbenhtatdienbien.vn/huong-ung-ngay-asean-phong-chong-sot-xuat-huyet-15-6-2023-"
    "chu-dong-phong-chong-sot-xuat-huyet-tin1159",
    "dengue_vanhien": "https://vanhien.info/c/tin-tuc?page=738",
    "dengue_qpvn": "https://www.qpvn.vn/tin-video/da-nang-ung-pho-voi-dich-sot-xuat-huyet.html",
    "dengue_lhu": "https://sinhviendanghoc.lhu.edu.vn/494/17863/Khong-co-muoi-van-khong-co-loang-quang-khong-con-"
    "sot-xuat-huyet.html",
    "dengue_tayninh": "https://baotayninh.vn/video/xem-video/chu-dong-doi-pho-theo-phuong-cham-4-tai-cho-trong-"
    "phong-chong-sot-xuat-huyet-7110.html",
    "pond_hoachat": "http://hoachatcaotrong.com/bai-viet/ky-thuat-quan-ly-moi-truong-ao-nuoi-ca",
    "dist_vaccine": "https://tuoitrenews.vn/news/society/20240921/vietnam-launches-vaccination-against-dengue-fever-"
    "nationwide-for-first-time/82064.html",
    "meta_review": "https://www.mdpi.com/2309-608X/3/2/30/htm",
    # cockroaches and flies
    "roach_pct_bait": "https://www.pctonline.com/article/online-extra--bait-placement-tips-for-restaurants-and-food-"
    "handling-establishments-from-bayer-es",
    "roach_rotation": "https://www.pctonline.com/news/bait-rotation-cockroach-control",
    "roach_newcastle": "https://www.newcastlepestcontrol.com.au/restaurant/",
    "roach_flick": "https://flickpest.co.za/commercial-kitchens/",
    "roach_npma": "https://npmapestworld.org/your-business/pestworld-magazine/23-4-july-august-2023/ask-the-expert-"
    "cockroaches-in-commercial-kitchens",
    "roach_pc1394": "https://pestcontrol.vn/?p=1394",
    "roach_pc1407": "https://pestcontrol.vn/?p=1407",
    "roach_contrung": "https://contrungvn.com/cach-chong-gian-trong-tu-bep",
    "roach_brown": "http://brownpestcontrol.com/sep-5-2012-restaurant-provides-the-food/",
    "roach_gdtd": "https://giaoducthoidai.vn/bi-mat-cua-can-bep-sach-bong-khong-co-mot-con-gian-nho-cong-thuc-don-"
    "gian-nay-post299702.html",
    "roach_sanko": "https://sanko.com.vn/cach-diet-gian-trong-tu-bep.html",
    "roach_cowleys": "http://cowleys.basementsite.com/pests-we-treat/technical-papers/13613-cockroaches-in-new-"
    "jersey-restaurants.html",
    "roach_global": "http://www.globalexterminating.com/book-excerpt-managing-cockroaches-food-service-facilities/",
    "dist_dubia": "https://enviroliteracy.org/animals/?p=306929",
    "flypar_rincon": "http://www.rinconvitova.com/fly_parasites.htm",
    "flypar_dairy": "https://www.dairynewsaustralia.com.au/animal-health/parasites-for-nuisance-fly-control/",
    "flypar_center": "http://www.flycontrolcenter.com/use-parasitoids-and-insecticides-together-to-battle-flies/",
    "flypar_ohio": "http://ohioline.osu.edu/b473/b473_23.html",
    "fly_recipe": "http://www.flycontrolcenter.com/killer-recipe-for-fly-control/",
    "fly_c1c": "https://c1c.com.vn/loai-bo-ruoi-khoi-trang-trai-chan-nuoi-ga/",
    "fly_minhlong": "https://dietmoiminhlong.com/huong-dan-cach-diet-ruoi-hieu-qua/",
    "fly_tcfc": "https://tcfchanoi.com.vn/bien-phap-phong-diet-ruoi/",
    "fly_sinhthai": "https://sinhthaiviet.com.vn/diet-ruoi-1",
    "fly_nguoichannuoi": "https://nguoichannuoi.vn/?p=30926",
    "fly_ridgeway": "https://ridgewayresearch.co.uk/nuisance-flies-and-biological-control/",
    "fly_contrungvn": "https://contrungvn.com/?p=516",
    "fly_thattruyen": "https://thattruyen.com/cac-bien-phap-xu-ly-ruoi-trong-chan-nuoi",
    "bsf_dhnl": "https://giaoducthoidai.vn/nuoi-ruoi-linh-den-bang-phe-pham-nong-nghiep-post642315.html",
    "bsf_dongthap": "https://vi.newsallq.com/?p=8077",
    "bsf_tinvp": "https://tinvp.com/loai-con-trung-bac-ty-co-may-san-xuat-thuc-an-chan-nuoi-de-ra-trung-ban-gia-"
    "5-6-trieu-dong-kg/",
    "dist_asf": "https://nhachannuoi.vn/quy-trinh-xu-li-chuong-trai-sau-khi-bi-nhiem-dich-ta-heo-chau-phi",
    # stored grain
    "grain_superbag": "http://www.knowledgebank.irri.org/training/fact-sheets/postharvest-management/"
    "storage-fact-sheet-category/item/irri-super-bag-fact-sheet",
    "grain_hermetic": "http://knowledgebank.irri.org/step-by-step-production/postharvest/storage/"
    "grain-storage-systems/hermetic-storage-systems?tmpl=component&print=1",
    "grain_local": "http://knowledgebank.irri.org/step-by-step-production/postharvest/storage/grain-storage-systems/"
    "hermetic-storage-systems/using-local-containers?tmpl=component&print=1",
    "grain_bagstack": "http://knowledgebank.irri.org/step-by-step-production/postharvest/storage/"
    "grain-storage-systems/bag-storage",
    "aer_storedgrain": "https://storedgrain.com.au/aeration-cooling/",
    "aer_grainscanada": "http://www.grainscanada.gc.ca/storage-entrepose/mta-stv-eng.htm",
    "grain_assam": "http://54.251.96.175/simple-science-with-big-impact-the-low-cost-hermetic-storage-technology-"
    "that-can-boost-incomes-for-smallholder-farmers",
    "grain_ph": "http://54.251.96.175/super-bags-to-thwart-rice-wastage-now-available-to-filipino-farmers",
    "n2_gdsr": "http://gdsr.gov.vn/noidung/tintuc/Lists/TinHoatDong/View_Detail.aspx?ItemID=3251",
    "n2_timtailieu": "https://timtailieu.vn/tai-lieu/danh-gia-hieu-qua-qua-trinh-bao-quan-thoc-du-tru-bang-khi-"
    "nito-65947",
    "grain_quickphos": "https://sieuthithuoccontrung.com/cach-diet-mot-gao-bang-quickphos-56/",
    "grain_phununet": "http://me.phununet.com/WikiPhununet/ChiTietWiki.aspx?StoreID=62663&m=0",
    "grain_123trich": "https://123docz.net/trich-doan/921699-bao-quan-thoc-gao-o-trong-nuoc.htm",
    "grain_memart": "https://memart.vn/tin-tuc/blog2/xu-ly-mot-gao-vi-cb.html",
    "dryer_khcnn": "http://khoahocchonhanong.com.vn/csdl/May-say-lua.html",
    "dryer_tiengiang": "http://nongthonmoihatinh.vn/vi/news/savefile/Khoa-hoc-cong-nghe/"
    "He-thong-say-lua-hien-dai-nhat-Tien-Giang-4472/",
    "dryer_sra": "https://123docz.net/trich-doan/3192059-cap-nhat-2019-ve-may-say-dao-chieu-gio.htm",
    "dist_kholanh": "https://kholanhbachkhoa.net/loai-nong-san-phu-hop-bao-quan-trong-kho-lanh",
    # fumigation services
    "fumi_khutrung": "https://khutrungchongmoi.com/dich-vu/khu-trung-hang-hoa-xuat-nhap-khau-21.html",
    "fumi_haiquan": "https://haiquanvietnam.net/chung-thu-hun-trung-xin-cap-nhu-the-nao.html/amp",
    "fumi_khanhan": "http://khanhanjsc.vn/tt/139/khu-trung-thung-go-hoac-cau-kien-go-trong-thuong-mai-quoc-te-bang-"
    "methyl-bromide",
    "fumi_vietcert": "https://vietcert.vn/cac-phuong-phap-hun-trung-hang-hoa-pho-bien-hien-nay",
    "fumi_tcfc_vent": "https://tcfchanoi.com.vn/thong-thoang-khu-trung-container/",
    "fumi_miennam": "https://contrungmiennam.com.vn/quy-trinh-hun-trung-hang-hoa-xuat-khau.html",
    "fumi_fao": "https://cd3wdproject.org/INPHO/VLIBRARY/NEW_FAO/X5417E/X5417E0C.HTM",
    "fumi_tianjin": "https://docslib.org/doc/5817320/electively-applying-phosphine-fumigation-technology-in-"
    "tianjin-area-of-china",
    "fumi_ahdb": "https://ahdb.org.uk/design-of-gas-distribution-systems-for-cylinder-based-low-volume-phosphine-"
    "applications-to-bulk-grain",
    "fumi_desorb": "https://c.coek.info/"
    "pdf-modeling-post-fumigation-desorption-of-phosphine-in-bulk-stored-grain-.html",
    "fumi_tanthanh": "https://tanthanhcontainer.com/kham-pha/kien-thuc-tin-tuc/khi-nao-can-khu-trung-container",
    "fumi_docedu": "https://doc.edu.vn/tai-lieu/de-tai-khu-trung-hang-hoa-trong-container-9687",
    "fumi_faosheet": "https://vdoc.pub/documents/guide-to-fumigation-under-gas-proof-sheets-me7jkpi788s0",
    "fumi_ducduong": "https://ducduongco.com/khi-phosphine-ph3-la-gi.html",
    # birds and bats in buildings
    "bird_afford": "https://affordablepestremoval.com/bird-control-tips/",
    "bird_xzhbc": "https://xzhbc.com/Birds/relating-birds/7140.html",
    "bird_fog": "http://getridofbirds.weebly.com/get-rid-of-birds-blog/archives/08-2011",
    "bird_pct": "http://www.pctonline.com/article/pct0412-bird-exclusion-services-tips/",
    "bird_nbc": "https://www.nbcenvironment.co.uk/about-us/our-projects/pigeons-nesting-in-canopy/",
    "bird_wgc": "https://www.wildgoosechasers.com/indianapolis-bird-pigeon-control-geese-removal-blog/"
    "warehouses-loading-docks-safe-havens-for-cold-birds/",
    "bird_pestone": "https://pestone.vn/kiem-soat-chim-va-dong-vat-gay-hai/",
    "bird_pcprod": "http://www.pestcontrol-products.com/birdcontrol_repellents.htm",
    "bird_thuvien": "https://tusach.thuvienkhoahoc.com/wiki/%C4%90u%E1%BB%95i_chim_b%E1%BB%93_c%C3%A2u",
    "bird_kmranch": "http://kmranchservices.com/2018/04/21/what-do-you-do-about-the-birds-roosting-in-your-warehouse/",
    "bird_measurable": "https://measurable-difference.com/vi/lam-the-nao-de-ngan-chim-dau-tren-tran-nha",
    "bird_sunduler": "https://vi.sundulerparents.com/12911347-3-ways-to-discourage-birds-from-nesting",
    "bird_411": "https://vi.411answers.com/a/chim-bo-cau-ghet-dieu-gi.html",
    "bat_agrilife": "https://agrilife.org/batsinschools/bat-management-plan/removing-a-bat-colony/",
    "bat_bci": "http://twofivel.batcon.org/resources/for-specific-issues/bats-in-buildings/excluding-a-colony",
    "bat_dayton": "http://www.daytonbatpro.com/Blank.html",
    "bat_florida": "http://www.floridabats.org/Exclusions.htm",
    "bat_yen": "http://diendan2conyen.blogspot.com/2012/02/chong-doi-vao-nha-yen-va-loai-doi-thit.html",
    "bat_batsabout": "http://www.batsaboutourtown.com/pages/ExcludingBats.htm",
    "bat_engfix": "https://engineerfix.com/how-to-prevent-bats-from-entering-your-house",
    "yen_ducco": "https://yensaoducco.com.vn/tin-tuc/ky-thuat-xay-dung-nha-nuoi-yen-o-duc-co",
    "yen_nhayen": "https://nhayen.vn/nhung-diem-can-nam-ro-khi-xay-dung-nha-nuoi-yen",
    "bat_invite": "https://vi.how-what-advice.com/13075033-how-to-invite-bats-to-nest-in-your-yard-14-steps",
    "dist_pigeonloft": "https://racingpigeonsport.com/loft/",
    "dist_guano": "https://www.beepspeachland.com/",
    # traps, baits and monitoring of farm insects
    "light_tailieu": "https://tailieu.vn/doc/cai-tien-bay-den-2224290.html",
    "light_2lua": "https://m.2lua.vn/article/3-tinh-dung-may-bay-den-theo-doi-dich-hai-tren-lua-4712.html",
    "light_giongrieng": "https://baomoi.net.vn/hieu-qua-tram-giam-sat-con-trung-thong-minh-c49589758.epi",
    "light_khcnn": "http://www.khoahocchonhanong.com.vn/Dung-bay-den-diet-ray-nau.html",
    "light_hanh": "https://vnexpress.net/chong-den-bay-buom-tren-thu-phu-hanh-tim-o-quang-ngai-3762247.html",
    "light_hcm": "https://chicucttbvtvhcm.gov.vn/chuyen-de-ky-thuat/su-dung-he-thong-bay-den-de-du-bao-ray-nau-"
    "gay-hai-tren-lua-352.html",
    "ff_hatinh": "https://skhcn.hatinh.gov.vn/chi-tiet-tin-tuc/ung-dung-tien-bo-ky-thuat-xay-dung-mo-hinh-su-dung-"
    "bay-ba-protein-phong-tru-ruoi.html",
    "ff_khoahoc": "https://khoahoccaytrong.net/huong-dan-phong-tru-ruoi-duc-qua/",
    "ff_pacific": "https://apps.lucidcentral.org/pppw_v12/text/web_full/entities/fruit_fly_bait_sprays__traps_507.htm",
    "ff_hawaii": "https://discovery.researcher.life/article/effectiveness-of-plastic-matrix-lures-and-traps-against-"
    "bactrocera-dorsalis-and-bactrocera-cucurbitae-in-hawaii/d4d2a8d2d42e3b0e92f52e13e1ef5170",
    "ff_la": "http://ukobiw.net./archives/la-xpm-1998-jul-11-me-2701-story.html",
    "ff_eppo": "https://gd.eppo.int./reporting/article-3768",
    "ff_alyokhin": "http://andreialyokhin.com/alyokhin-a-v-r-h-messing-and-j-j-duan-2001-abundance-and-mating-"
    "behavior-of-oriental-fruit-flies-diptera-tephritidae-in-the-vicinity-of-methyleugenol-baited-traps-"
    "pan-pacific-entom/",
    "ff_vidan": "https://vidanvn.com/en/phong-tru-ruoi-duc-trai-cay-an-trai-bactrocera-dorsalis",
    "ff_faovn": "https://www.fao.org.vn/sau-benh/ruoi-duc-qua/",
    "dist_potato": "https://vi-m.about-plants.com/thu-lao-khoai-tay-phthorimaea-operculella_135212i15810.html",
    # biological and low-toxicity control
    "meta_tuyenquang": "http://tckh.daihoctantrao.edu.vn/so-12-thang-6-2019!/nghien-cuu-ung-dung-su-dung-che-pham-"
    "nam-ky-sinh-metarhizium-anisopliae-phong-tru-ray-nau-ray-lung-trang-hai-lua-tai-tuyen-quang-220.html",
    "meta_nghean": "https://www.inkndrinkmarkers.com/topic/che-pham-sinh-hoc-diet-ray",
    "meta_nnsach": "https://vietnamnongnghiepsach.com.vn/?p=15114",
    "meta_giongkiengiang": "http://giongkiengiang.com/Noidungchitiet.aspx?newid=365",
    "tricho_tayninh": "http://tapchivaas.vn/tap-chi/chi-tiet/114779",
    "sugar_bencat": "https://123doc.org/document/3104865-thanh-phan-va-vai-tro-thien-dich-cua-sau-duc-than-mia-"
    "ovung-ben-cat-binh-duong-va-phu-can.htm",
    "coco_bracon": "https://123docz.net/trich-doan/4706891-ket-qua-va-thao-luan.htm",
    "coco_bentre": "http://dost-bentre.gov.vn/tin-tuc/2165/bien-phap-sinh-hoc-va-ly-hoc-quan-ly-nhom-con-trung-hai-dua",
    "coco_kienvuong": "https://ancotnam.vn/?p=10151",
    "coco_earwig": "https://123docz.net/document/15864349-khoa-luan-tot-nghiep-nong-hoc-danh-gia-kha-nang-lua-chon-"
    "vat-moi-cua-bo-duoi-kim-shelisoches-sp-dermaptera-chelisochidae-tren-sau-dau-den-opisina-aren.htm",
    # pesticide-safe handling and application equipment
    "drone_chauphu": "http://sub.rgbet01.com/html/976c598425.html",
    "drone_danviet": "https://danviet.vn/print-20220816235840408.htm",
    "drone_dongthap": "https://88tysobongda.com/kinh-te/ung-dung-phuong-tien-bay-khong-nguoi-lai-tiet-kiem-khoang-"
    "30-thuoc-bao-ve-thuc-vat-20220927074350040.htm",
    "drone_mismart": "https://khoahocphattrien.vn/cong-nghe/mismart-khat-vong-co-gioi-hoa-nong-nghiep/"
    "20220526010921578p1c859.htm",
    "dist_drone_seed": "https://danviet.vn/print-20211114003304412.htm",
    "drone_daidoanket": "https://daidoanket.vn/dua-may-bay-vao-ruong-dong-10247750.html",
    "drone_viettimes": "https://viettimes.vn/may-bay-dieu-khien-tu-xa-phun-thuoc-tru-sau-co-phai-la-nong-nghiep-40-"
    "post80106.html",
    "drone_croplife": "https://www.croplife.org.ph/"
    "best-practices-for-safe-and-effective-use-of-agricultural-drones.html",
    "drone_drift": "https://www.agdronesprayers.com/guides/drone-pesticide-drift-rules",
    "drone_lsu": "https://www.lsuagcenter.com/articles/page1704405979376",
    "drone_wolf": "http://farmingfortomorrow.ca/spraying-101/the-challenges-of-spraying-by-drone/",
    "drone_portal": "https://www.farmingportal.co.za/index.php/agri-index/74-tegnology/4017-drone-spraying-takes-"
    "off-as-regulations-relax-worldwide",
    "knap_stewardship": "http://www.stewardshipcommunity.com/best-spraying-practices/knapsack-spraying/"
    "efficient-knapsack-sprayer-use.html",
    "knap_pwise": "https://www.pesticidewise.com/faq/step-5-6-calibrating-your-knapsack-sprayer-pesticide-dose-and-"
    "spray-mixwater-volume",
    "knap_turf": "https://turfai.co.uk/articlepageAI.php?id=5270",
    "knap_farmerstrend": "https://farmerstrend.co.ke/trending/using-a-knapsack-sprayer-on-a-big-farm/",
    "ppe_ifas": "https://edis.ifas.ufl.edu/publication/pi061",
    "ppe_msu": "http://apps.msuextension.org/montguide/guide.html?sku=MT202213AG",
    "ppe_progressive": "https://www.progressivegardening.com/agricultural-workers/personal-protective-equipment-and-"
    "clothing.html",
    "cont_pa": "https://www.agriculture.pa.gov/Plants_Land_Water/PlantIndustry/health-safety/environmental-programs/"
    "Pages/Plastic-Pesticide-Container-Recycling-Program.aspx",
    "cont_wsu": "http://www.aenews.wsu.edu/June98AENews/ContainerCollection.html",
    "cont_hue": "https://huengaynay.vn/kinh-te/"
    "xu-ly-bao-bi-thuoc-bao-ve-thuc-vat-de-bao-ve-moi-truong-song-157002.html",
    "cont_hatinh": "https://nongthonmoi.hatinh.gov.vn/savefile/Nhieu-nguoi-cung-quan-tam/Be-dung-vo-thuoc-bao-ve-"
    "thuc-vat-loi-bat-cap-hai-60984.html",
    "cont_pnw": "https://pnwhandbooks.org/node/8990",
    "cont_tuoitre": "https://tuoitre.vn/thu-gom-vo-chai-lo-thuoc-bao-ve-thuc-vat.html",
}
