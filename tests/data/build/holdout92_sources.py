"""Sources of the holdout92 labelled set (sports, recreation and water safety): key -> public page URL."""

S = {
    # swimming pools, portable pools, teaching children to swim
    "daknong_bbdd": "http://www.baodaknong.org.vn/xa-hoi/be-boi-di-dong-mo-hinh-can-nhan-rong-46341.html",
    "nghean_bb10": "https://dragonking.vn/sang-kien-be-boi-10-trieu-dong-cua-thay-giao-xu-nghe-n78.html",
    "qngai_lapghep": "https://baoquangngai.vn/channel/2024/201608/be-boi-lap-ghep-mo-hinh-nhieu-tien-ich-2726172",
    "haiduong_bbdd": "https://baohaiduong.vn/giao-duc---nhan-luc/lap-be-boi-di-dong-giai-phap-hay-cho-cac-truong-ho"
    "c-109577",
    "apollo_container": "https://www.apollonz.org/insights/container-pools-communities-how-modular-aquatics-are-"
    "transforming-public-spaces/",
    "portable_space": "https://excelcontainerslimited.com/thinking-outside-the-box-or-container",
    "afamily_nuoc": "https://afamily.vn/nhung-dieu-can-luu-y-cua-ba-me-khi-con-di-boi-mua-he-20230623103913544.chn",
    "dantri_honhantao": "https://dantri.com.vn/an-sinh/mo-hinh-tieu-bieu-va-giai-phap-chong-duoi-nuoc-cho-tre-em-"
    "khu-vuc-nong-thon-20210704081818093.htm",
    "ruralhealth_swim": "https://www.ruralhealthinfo.org/toolkits/unintentional-injury/2/drowning/swim-lessons",
    "swimon": "https://www.swimonfoundation.org/swim-lessons",
    "lamdong_dayboi": "http://baolamdong.vn/thethao/202210/nguoi-gop-suc-cho-phong-trao-hoc-boi-tai-duc-trong-3139393/",
    # football pitches, courts, surfaces, lighting
    "ajr_turf": "https://www.ajr-contracts.com/post/copy-of-copy-of-beyond-the-standard-5-bespoke-home-features-"
    "redefining-luxury-in-northern-ireland-1",
    "halong_conhantao": "https://www.halongbay.net.vn/gioi-thieu-website-moi/481-co-nhan-tao-san-co-nhan-tao.html",
    "baoduong_binhdinh": "http://baoduongconhantao.com.vn/tag/bao-duong-san-bong-co-nhan-tao-tai-binh-dinh/",
    "ccgrass_install": "https://ccgrassuk.com/expert-opinion/key-requirements-when-installing-an-artificial-grass-p"
    "itch/2021",
    "designtech_turf": "http://designtech.net.in/Football.aspx",
    "haledco_cotden": "https://haledco.com/tu-van-cot-den/cot-den-chieu-sang-san-bong.html",
    "velsports_tennis": "https://velsportslighting.com/tennis-court-lighting",
    "liteon_tennis": "https://liteonled.com.au/tennis-court-light-upgrade-club-competition-level-obtrusive-lighting-"
    "case-study",
    "tdl_pickleball": "https://tdllighting.com/cach-tinh-anh-sang-den-led-cho-san-pickleball-theo-tieu-chuan-chuyen"
    "-nghiep",
    "tuanviet_thamcl": "https://tuanviet.vn/quy-trinh-thi-cong-lap-dat-tham-cau-long",
    "tinphat_caulong": "https://tinphatsports.vn/thi-cong-san-cau-long",
    "tgtt_pickleball": "https://thegioithethao.vn/quy-trinh-thi-cong-tham-pvc-san-pickleball",
    "badmintonbites_floor": "https://badmintonbites.com/what-is-the-best-flooring-for-an-indoor-badminton-court/",
    "bksports_floor": "https://www.bksportsflooring.com/news/flooring-for-an-indoor-badminton-court.html",
    # boat racing and Khmer games
    "nhandan_ghengo": "https://nhandan.vn/tra-vinh-dua-ghe-ngo-nhan-ok-om-bok-post188734.html",
    "smartui_ghengo": "https://demo.smartui.vn/en/post/ve-tra-vinh-xem-nam-nu-phoi-hop-dua-ghe-ngo-trong-le-hoi-"
    "ooc-om-boc.html",
    "vnplus_ngo_tv": "https://en.vietnamplus.vn/tra-vinh-province-hosts-traditional-ngo-boat-race/142357.vnp",
    "vnnews_ngo500": "https://vietnamnews.vn/life-style/416752/over-500-khmer-race-boats-at-ooc-om-boc-festival.html",
    "dantoc_dongghe": "https://dantocmiennui.vn/nghe-dong-ghe-ngo-cua-dong-bao-khmer/235.html",
    "baomoi_kimcrup": "https://m.baomoi.com/nguoi-nghe-nhan-me-dong-ghe-ngo-c43302039.epi",
    "kiengiang_tapluyen": "https://www.baokiengiang.vn/van-hoa-the-thao/tich-cuc-tap-luyen-cho-giai-dua-ghe-ngo-tinh-"
    "kien-giang-17776.html",
    "tbngaynay_gheduaqn": "https://tbngaynay.com/ky-cong-nghe-dong-ghe-dua-xu-quang-a191353.html",
    "dagley_dragon": "http://dagleysboats.com/dragon.html",
    "cantho_trochoi": "https://baocantho.com.vn/tro-choi-dan-gian-cua-nguoi-khmer-nam-bo-a20516.html",
    "vietnamvn_khmergames": "https://www.vietnam.vn/en/giu-van-hoa-khmer-qua-tro-choi-dan-gian",
    "vtv_cholchnam": "https://vtv.vn/xa-hoi/soi-noi-cac-tro-choi-dan-gian-mung-tet-chol-chnam-thmay-202404161416342"
    "86.htm",
    # playgrounds, outdoor fitness, community grounds
    "vgt_sanchoi": "https://vgtrides.com/kham-pha-danh-sach-thiet-bi-san-choi-tre-em",
    "dochoi_top5": "https://dochoingoaitroi.vn/top-5-thiet-bi-vui-choi-khong-the-thieu-trong-san-choi-tre-em",
    "kidwise_mulch": "http://www.kidwiseusa.com/playground-safety-surfacing.html",
    "recmgmt_surfacing": "https://recmanagement.com/articles/152658/look-out-below",
    "usrubber_mulch": "https://usrubbermulch.com/Cost01/",
    "longlong_hic": "https://longlongrubber.com.vn/tin-tuc/san-choi-tre-em-tu-hat-cao-su-tai-che.html",
    "tinkt_lopxe": "http://tinkinhte.jcapt.com/cong-nghe/tin-khcn-trong-nuoc/bien-rac-lop-xe-thanh-vat-lieu-xay-"
    "dung.nd5-dt.88821.016017.html",
    "uongbi_maytap": "http://uongbi.gov.vn/thanh-pho-lap-dat-nhieu-thiet-bi-tap-the-duc-ngoai-troi-tai-noi-cong-"
    "cong-p13n31963.html",
    "dctt_cautao": "https://dungcuthethaocongvien.com/cau-tao-co-ban-cua-may-tap-cong-vien",
    "atita_dientich": "https://atita.vn/huong-dan-chon-thiet-bi-tap-luyen-theo-dien-tich-khu-vuc",
    "athbiz_outdoor": "https://www.athleticbusiness.com/facilities/outdoor-fields/article/15146054/what-to-consider-"
    "when-adding-outdoor-fitness-to-a-park",
    "cyclingtips_stations": "https://cyclingtips.help/deploy-outdoor-fitness-stations-vs-expensive-park/",
    "thanhhoa_thietche": "http://baothanhhoa.vn/van-hoa-giai-tri/xa-thanh-hung-phat-huy-hieu-qua-thiet-che-van-hoa--"
    "the-thao/116475.htm",
    "nhandan_langphan": "https://nhandan.vn/them-nguon-luc-xay-dung-hoan-thien-thiet-che-van-hoa-the-thao-co-so-"
    "post855714.html",
    # gyms
    "znews_gym": "https://znews.vn/can-bao-nhieu-tien-de-mo-mot-phong-gym-o-tphcm-post961516.html",
    "namdinh_gym": "http://baonamdinh.vn/channel/5088/202005/kinh-doanh-phong-tap-the-thao-tu-nhan-2537598/",
    "dojo_treadmill": "https://dojobusiness.com/blogs/news/gym-equipment-bottlenecks",
    "akfit_outfit": "https://akfit.com/6-steps-to-consider-when-outfitting-a-fitness-facility/",
    "afitness_setup": "https://www.afitnessrepair.com/post/proper-set-up-in-new-fitness-centers",
    "cuonggym_gach": "https://cuonggym.com/cac-loai-gach-cao-su/amp",
    # water safety, lifesaving, first aid
    "lifeinnaples_loaner": "https://lifeinnaples.net/life-jacket-loaner-program-key-component-of-drowning-prevention-"
    "program-saves-lives/",
    "azbw_loaner": "https://www.azbw.com/past_issues/august08/Life_Jacket_Loaner_Program_Seeks_New_Locations.php",
    "ktiv_kidsdontfloat": "http://www.ktiv.com/story/36042638/program-offers-free-life-jackets-for-kids-at-two-local-"
    "lakes-without-lifeguards",
    "tvpl_phaoao": "https://thuvienphapluat.vn/TCVN/linh-vuc-khac/tcn-05-2004-phao-ao-cuu-sinh-du-tru-quoc-gia-quy-"
    "pham-bao-quan-903261.aspx",
    "qcvn_phaoao": "http://118.69.201.251:801/phap-luat/thuc-hien-kiem-tra-nhan-hieu-phao-ao-cuu-sinh-la-trach-"
    "nhiem-cua-don-vi-nao-kiem-tra-nhan-hieu-phai-46682.html?rel=goi-y-cung-tag",
    "vietnamnet_cpr": "https://vietnamnet.vn/tre-3-tuoi-duoi-nuoc-trong-khu-nghi-duong-2493873.html",
    "softskil_socuu": "https://softskil.edu.vn/ky-nang-so-cap-cuu-che-t-mgatk-nuo-c",
    "exrx_rice": "https://exrx.net/Injury/FirstAid",
    "coachesguild_fa": "https://www.coachesguild.net/articles/conditioning-injuries/first-aid-for-sports-coaches/",
    "ausport_stop": "http://ausport.gov.au/participating/resources/coaches/tools/safety_and_ethics/Incident",
    "aero_aed": "https://aerohealthcare.com/uk/aed-resource-hub/do-i-need-defibrillator/defibrillators-sports-venues/",
    "belfast_aed": "https://www.belfasttelegraph.co.uk/news/northern-ireland/northern-irelands-sporting-venues-fully-"
    "support-vital-life-saving-machine/40534406.html",
    "trainingbyac_lg": "https://trainingbyac.com/?p=400",
    "0685_lifeguard": "https://www.0685.com/continuing-education/adult-education/65292.html",
    "gdf_bangladesh": "http://www.globaldrowningfund.org.au/bangladesh",
    "jhu_solid": "http://www.checkupinfo.com/international-injury-research-unit/research-projects/saving-lives-from-"
    "drowning",
    "thanhnien_cantho": "https://thanhnien.vn/lop-hoc-boi-dac-biet-giua-trung-tam-can-tho-con-khoai-het-so-nuoc-roi-"
    "185230731211145649.htm",
    "baogt_longan": "https://baogiaothong.vn/biet-boi-trong-ho-boi-chua-han-da-an-toan-192424541.htm",
    "qngai_mini2020": "https://baoquangngai.vn/channel/2024/202007/ho-boi-mini-o-lang-que-hut-khach-3014674",
    "plo_mienphi": "https://plo.vn/tphcm-to-chuc-day-boi-mien-phi-nguoi-dan-ru-nhau-di-hoc-post869981.html",
    "wiki_drowndetect": "https://en.wikipedia.org/wiki/Drowning_detection_system",
    "foreo_aiswim": "https://partners.foreo.com/?p=174",
    "instafocos_ai": "https://instafocos.com/blog/posts/2025/11/05/article-1762273888310",
    # pool water treatment
    "hoboisg_nuoc": "https://hoboisaigon.com/tu-van-xay-dung-ho-boi/tieu-chuan-nuoc-be-boi-the-nao/",
    "pageorama_xuly": "https://pageorama.com/?p=xu-ly-nuoc-be-boi",
    "clubind_salt": "https://www.clubindustry.com/commercial-clubs/salt-water-ultraviolet-light-are-other-treatments-"
    "for-pools",
    "kokido_systems": "https://support.kokido.eu/article/54-different-types-of-pool-systems",
    "222health_uv": "https://222health.com/public-health-safety/public-health/75903.html",
    # software
    "bookandpay_venue": "https://cdn.bookandpay.com/examples/sporting-venue-booking/",
    "esoft_court": "https://esoftplanner.com/court-reservation-system-benefits-and-usage",
    "webintel_tennis": "https://webintelligent.co.uk/blogpost/63/34/online-tennis-court-booking-system-for-public-or-"
    "private-membership.aspx",
    "doc_sanbongmini": "https://123docz.net/document/15119127-bao-cao-cuoi-ky-mon-phan-tich-va-thiet-ke-yeu-cau-quan-"
    "ly-san-bong-mini.htm",
    "doc_badcourt": "https://123doc.top/document/16011026-badcourt-he-thong-quan-ly-san-cau-long-docx.htm",
    "thethaoso_pickle": "https://thethaoso247.vn/bo-tien-trieu-thue-san-pickleball-nguoi-choi-nhan-lai-trai-nghiem-"
    "the-thao-hay-su-that-vong",
    "fitnessgm_checkin": "https://blog.fitnessgm.com/en/fitness-gm-kb2026/check-in-access-overview",
    "shredeo_access": "https://shredeo.com/insights/gym-access-control/",
    # solar lighting
    "duvon_solarbb": "https://duvonlighting.com/lighting-guides/solar-basketball-lighting-systems-andlparoffgrid-"
    "designandrpar",
    "ncse_solar": "https://ncse.vn/den-nang-luong-mat-troi-dinh-nghia-nguyen-ly-hoat-dong-va-ung-dung-thuc-te/",
    # Mekong drowning situations and local swimming classes
    "daibieund_dongthap": "http://daibieunhandan.vn/hoat-dong-doi-ngoai",
    "congan_dbscl": "https://congan.com.vn/doi-song/nang-cao-canh-giac-phong-chong-duoi-nuoc-cho-tre-trong-dip-he_1"
    "48199.html",
    "trithuc_travinh": "https://trithucvn.co/tin-tuc-vn/tra-vinh-ru-nhau-di-tam-ao-3-be-trai-tu-8-14-tuoi-bi-duoi-n"
    "uoc.html",
    "vnexpress_who": "https://vnexpress.net/ba-hoc-sinh-duoi-nuoc-khi-tam-suoi-4740773.html",
    "doanhnhan_vungliem": "https://doanhnhanccb.vn/ho-boi-di-dong-cong-trinh-phuc-loi-thiet-thuc-phong-duoi-nuoc-a2"
    "11753.html",
    "vietnamvn_laivung": "https://www.vietnam.vn/en/day-boi-mien-phi-cho-tre-em-vung-nong-thon",
    "gocongtay_longvinh": "https://huyenuygocongtay.vn/news/tin-tuc-co-so/xa-long-vinh-khai-giang-lop-pho-cap-boi-c"
    "ho-hoc-sinh-tieu-hoc-1039.html",
    "vov2_nguoilon": "https://vov2.vov.vn/giao-duc-dao-tao/tre-biet-boi-cung-can-nguoi-lon-di-kem-53426.vov2",
    "memart_cuuduoi": "https://memart.vn/tin-tuc/blog3/ky-thuat-cuu-nguoi-duoi-nuoc-vi-cb.html",
    "vietbao_dongnai": "https://vietbao.vn/cach-so-cuu-nguoi-duoi-nuoc-hieu-qua-nhu-trung-uy-canh-sat-dong-nai-3415"
    "42.html",
    "drennen_loaner": "https://drennensdreams.org/services/life-jacket-loaner-stations/",
    "safeharbour": "https://thesafeharbourfoundation.org/s-projects-side-by-side",
    # courts, turf, lighting, surfaces (more)
    "anphuchung_nongthon": "https://anphuchunggrass.com/san-co-nhan-tao-tran-ve-nong-thon",
    "tgtt_caulong": "https://thegioithethao.vn/quy-trinh-thi-cong-san-cau-long-chuan-quoc-te-tu-a-z",
    "vietabd_thamcl": "https://vietabinhdinh.edu.vn/tim-hieu-ve-tham-san-cau-long-quy-trinh-lap-dat-tham-san-cau-long",
    "bongdanetco_tunhien": "https://bongdanetco.com/bong-da/cau-tao-mat-san-bong-da-co-tu-nhien",
    "fai_turf": "https://fdocuments.in/document/artificial-turf-guidelines.html",
    "lush_shockpad": "https://www.lushturfsolutions.com.au/category/residential-commercial/landscaping/sports-field/",
    "ligman_tennis": "http://www.ligman.com/product-led/steamer",
    "accessfix_court": "https://www.accessfixtures.com/lighting-sports-court-in-massachusetts/",
    "ngaynay_solar": "https://ngaynay.vn/gia-tang-xu-huong-su-dung-den-nang-luong-mat-troi-tai-nong-thon-post154614"
    ".html",
    "duvon_pickle": "https://duvonlighting.com/lighting-guides/solar-pickleball-court-offgrid-design-an-engineering"
    "-guide-for-remote-recreational-facilities",
    "langning_floor": "https://www.langningsports.com/tk/news/sports-flooring-material.html",
    "vdanang_nvh": "https://vdanang.com/mat-bang-cong-nang-nha-van-hoa-thon-xa-nam-2024",
    "dochoibacha_duquay": "https://dochoibacha.vn/cach-lua-chon-du-quay-ngoai-troi-phu-hop-cho-khu-vui-choi-tre-em",
    "radioearth_surf": "https://radioearthsummit.org/playground-rubber-safety-surfacing/",
    "vasia_outdoorgym": "https://www.vasiaplayground.com/Promoting-Community-Wellness-with-Durable-Outdoor-Gym-Equi"
    "pment-id46770165.html",
    "recmgmt_fitcenter": "https://recmanagement.com/feature/200311FE00/2",
    "ketnoiads_gym": "https://ketnoiads.com/thiet-ke-phong-tap-gym",
    "exercisesys_qty": "https://exercisesystems.com/ufaqs/how-much-equipment-do-i-need/",
    # pools (more)
    "engineerfix_modpool": "https://engineerfix.com/what-is-a-mod-pool-the-modular-pool-installation-process/",
    "watershapes_steel": "https://watershapes.com/tag/competitive-swimming-pool-design/",
    "poolspa_ozone": "http://www.poolspanews.com/energyefficient-windows/the-ozone-option.aspx",
    "thienhaxanh_nuoc": "https://thienhaxanh.com.vn/giai-phap-xu-ly-nuoc-cap-ho-boi-hieu-qua-va-an-toan-nhat-hien-nay",
    "lamdong_giaiboi": "https://baolamdong.vn/thethao/201512/mot-giai-boi-cho-mua-he-2646686",
    # software and detection (more)
    "dagger_booking": "https://daggerinteractive.co.uk/blog/2025-10-07/facilities-booking-systems-that-maximize-usage",
    "hellabooking": "https://docs.hellabooking.com/en/user/booking/",
    "orhuk_checkin": "https://orhuk.com/blog/gym-check-in-software-guide",
    "rsis_iot": "https://rsisinternational.org/journals/ijrsi/articles/development-of-an-iot-based-drowning-detecti"
    "on-system-for-private-swimming-pools",
    "robinroad_aed": "https://www.robinroad.uk/aed",
    "restart_aedclub": "https://www.restarttheheart.com.au/blogs/news/aed-sports-clubs-recreation-centres",
    # neighbouring fields (distractor sources)
    "laprapden_led": "https://laprapden.com/den-led-duong-pho-tam-quan-trong-trong-cuoc-song-hien-nay",
    "ecovina_epoxy": "https://eco-vina.com/?p=366",
    "moitruongsmart_ro": "https://moitruongsmart.com/loc-nuoc-tinh-khiet-ro-c-3",
    "baobinhdinh_aophao": "https://baobinhdinh.vn/viewer.aspx?mabb=159350&macm=6&macmp=6",
    "techmart_aophao": "https://techmartdanang.vn/tin-tuc/ao-phao-da-nang-cuu-canh-ngu-dan",
    "softguide_table": "https://softguide.com/function/table-reservation",
    "baokhanhhoa_composite": "https://baokhanhhoa.vn/xa-hoi/201407/vuon-khoi-xa-bang-tau-composite-2328056",
    "mangnhua_batlot": "https://mangnhuahdpe.com/bat-nhua-lot-ao/",
    "bongsen_hdpe": "https://bongsenvanggroup.com/ky-thuat-thi-cong-mang-chong-tham-hdpe-ho-nuoi-tom/",
    "nuoitrong_hdpe": "https://nuoitrongthuysan.com.vn/long-be-nuoi-ca-bien-hdpe-la-gi-uu-diem-va-ung-dung-thuc-te",
    "dekko_benoi": "https://dekkopipe.com/tu-van-giai-phap/cach-lam-be-noi-nuoi-ca",
    "caosu_phethai": "https://caosukythuat.net/hoi-sinh-cao-su-phe-thai-b167.php",
    "compositesworld": "https://compositesworld.com/articles/racing-veteran-fine-tunes-classic-competitive-concept",
    "mhm_epoxy": "https://mhmcoatings.com/dich-vu-thi-cong-chuyen-nghiep-cung-son-epoxy",
    "ai24h_aophao": "https://ai24hexpress.com/2025/07/21/ao-phao-giai-phap-an-toan-trong-hiem-hoa",
    "locnuoc_koi": "https://locnuoc360.com/toan-bo-qua-trinh-thiet-ke-bo-loc-nuoc-ho-ca-koi-dat-chuan-2025",
    "suka_caosu": "https://sukavietnam.com/san-cao-su-chong-truot",
    "cayxanh_lagung": "https://congtycayxanh.com.vn/co-la-gung/",
    "haiduong_camera": "https://baohaiduong.vn/nuoi-ca-long-thoi-cong-nghe-279450.html",
    "nguoinuoitom_ai": "https://nguoinuoitom.vn/he-thong-ai-phat-hien-canh-bao-som-trieu-chung-stress-o-tom-nuoi/",
    "cagiong_iot": "https://cagiongtp.com/thiet-bi-do-suc-khoe-tom-qua-luc-bat_44280_216_0_a",
    "vsh_xedap": "http://vsh.org.vn/nhung-dieu-can-chu-y-khi-tap-luyen-voi-xe-dap-tap.htm",
    "vndoc_acl": "https://vn-document.net/document/phau-thuat-day-chang-cheo-truoc-hai-bo-ket-qua-danh-gia/9644856546",
    "huengaynay_xanh": "https://huengaynay.vn/kinh-te/chieu-sang-xanh-cho-do-thi-157127.html",
    "vntourism_ngo": "https://www.vietnamtourism.org.vn/news/events/event-festivals/khmer-mekong-boat-race-festival"
    "-to-set-sail-in-november.html",
    "vnpremier_duke": "http://vietnampremier.com/news-event/soc-trang-builds-up-to-boat-race-festival",
    "vdoc_aotom": "https://vdocuments.pub/h-thng-t-ng-gim-st-v-iu-chnh-cht-lng-h-thng.html",
    "archdaily_modpool": "http://www.archdaily.com/870472/recycled-shipping-containers-as-backyard-swimming-pools",
    "sungroup_nuoccap": "https://sungroupjsc.com.vn/tai-sao-can-xu-ly-nuoc-cap-ho-boi-truoc-khi-su-dung",
    "vietnamthoibao_ngo": "https://vietnamthoibao.org/vntb-ghi-nhanh-lan-dau-dua-ghe-ngo-o-nhieu-loc-thi-nghe/",
    "cand_ngo": "https://en.cand.com.vn/culture-travel/Thousands-of-people-flock-to-Ngo-boat-race-in-Soc-Trang-i543157",
    "thethaotphcm_san": "http://thethaotphcm.blogspot.com/2013/04/lam-giau-khong-kho.html",
    "lamdong_vuhuong": "https://baomoi.net.vn/thuc-day-phong-trao-hoc-boi-tai-da-lat-c50217615.epi",
    "daiviet_maytap": "https://www.thethaodaiviet.vn/a3651-xu-huong-phat-trien-cua-may-tap-the-duc-cong-vien.html",
    "antv_hocboi": "https://beta.antv.gov.vn/xa-hoi-4/trang-bi-ky-nang-boi-loi-phong-chong-thuong-tich-cho-tre-dip-"
    "he--EB24011AB.html",
    "lamdong_congan": "https://congan.lamdong.gov.vn/phong-chong-tai-nan-duoi-nuoc-o-tre-em-N628.aspx",
    "phunu_duoinuoc": "https://phunuvietnam.vn/cha-me-hay-la-nguoi-thay-day-tre-biet-boi-30182.htm",
    "healthylife_rice": "https://articles.healthylife.com/sprains-strains-and-injuries-the-rice-fix",
    "blogcpi_detect": "https://blog-cpi.pages.dev/post/drowning-detection-project",
    "vinhlong_thieunien": "https://thieunien.vn/trang-bi-ky-nang-huu-ich-cho-hoc-sinh-voi-nhung-lop-hoc-boi-mien-ph"
    "i-tai-tinh-vinh-long-tbd36172.html",
    "nemthuanviet": "https://nemthuanviet.com/san-xuat-nem-cao-su.html",
    "baodantoc_xuong": "https://baodantoc.vn/ve-mien-tay-trai-nghiem-du-lich-xuong-cheo-1677471444291.htm",
    "anbinh_quatnuoc": "https://www.anbinhbio.com/ky-thuat/nuoi/cac-van-de-cua-quat-nuoc-trong-nuoi-tom-217.htm",
    "maybom_conso": "https://maybomnuocttchinhhang.com/vi-sao-90-ao-tom-xuong-oxy-vao-ban-dem-may-thoi-khi-con-so-g"
    "iai-quyet-the-nao",
    "goodnight_latex": "https://goodnight.vn/?p=5234",
    # pages used only for needs
    "byteswall_ai": "https://byteswall.com/news/ai-takes-the-plunge-to-prevent-drownings",
    "coralmylo_cv": "https://coralmylo.com/the-role-of-computer-vision-in-drowning-detection-and-pool-alarm-safety/",
    "geobiz_workflow": "https://geobusinessiq.com/sports-business/workflows/booking-workflow",
    "scroll_bangladesh": "https://scroll.in/article/1026866/in-bangladesh-drowning-is-the-leading-cause-of-death-am"
    "ong-toddlers",
    "sportsfit_lifeguard": "https://www.sports-fitness.co.uk/blog/lifeguard-duty",
    "bettaplay_outdoor": "https://www.bettaplay.com/How-to-build-the-outdoor-fitness-equipment-id581840.html",
    "fitnessgm_aclsys": "https://www.fitnessgm.com/blog/gym-access-control-systems",
    "liquisearch_sanit": "https://liquisearch.com/swimming_pool/sanitation",
    "safetylit_detect": "https://www.safetylit.org/citations/index.php?fuseaction=citations.viewdetails&citationIds"
    "%5B%5D=citjournalarticle_756551_23",
}
