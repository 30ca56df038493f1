"""Source pages for the holdout96 labelled set (security and safety technology for shops, farms,
warehouses and factories). Each key maps to the public page an offer or a need paraphrases."""

S = {
    # farm, pond and orchard cameras
    "equisearch": "https://equisearch.com/horsejournal/barn-surveillance-whats-14722/",
    "secsa1": "https://www.securitysa.com/13499r",
    "capj": "https://www.capjournal.com/community/farm-site-security-smile-you-re-on-camera/"
    "article_3ad841e0-ebd9-11ea-97c7-036f9a449193.html",
    "salina": "https://www.salina.com/article/20140109/NEWS/301099803",
    "fwi": "https://www.fwi.co.uk/machinery/cctv-helps-deter-rural-thefts",
    "cwpa": "https://cwpa.org.au/rural/security-cameras",
    "betterfarm": "https://betterfarming.com/magazines/better-farming-ontario/featured-articles/"
    "video-technology-comes-to-the-cattle-barn",
    "haiduong_cage": "https://baohaiduong.vn/nuoi-ca-long-thoi-cong-nghe-279450.html",
    "asis_solar": "https://www.asisonline.org/security-management-magazine/articles/2013/04/"
    "shining-a-light-on-surveillance/",
    "loyalty_4g": "https://loyalty-security.com/how-much-can-winter-runtime-be-increased-by-scheduling-"
    "timed-4g-module-power/",
    "loyalty_fw": "https://loyalty-security.com/how-does-the-firmware-prevent-users-from-accidentally-"
    "enabling-24-7-4g-recording/",
    "elektor": "https://www.elektormagazine.de/labs/outdoor-solarwind-wireless-wifi3g-webcam-wifi-hotspot-in-option",
    "ygne_tower": "https://www.ygnesolar.com/solar-surveillance-tower-skid/solar-surveillance-tower.html",
    "mobilepro": "https://mobileprosystems.com/security-insights/power-planning-for-mobile-surveillance/",
    # shop, warehouse and factory cameras, anti-shoplifting
    "haanh_ip": "https://haanhcorp.com/camera-ip-la-gi-uu-nhuoc-diem-va-ung-dung-thuc-te",
    "thuanhung": "https://thuanhungsolutions.com/he%CC%A3-thong-camera-giam-sat/",
    "vienthongxanh": "https://vienthongxanh.vn/nhung-uu-nhuoc-diem-cua-thong-camera-ip/",
    "kth": "https://kth-electric.com/?p=7507",
    "ocd_cam": "https://ocd.vn/he-thong-camera-giam-sat",
    "zoneminder_deb": "https://packages.debian.org/sid/net/zoneminder",
    "rutgers_eas": "http://crimeprevention.rutgers.edu/case_studies/risk/entrances/eas_shop2.htm",
    "kiotviet_tem": "http://www.biz-vn.com/https@www.kiotviet.vn/wiki-ki-ot-viet/phan-cung-wiki/"
    "tem-tu-an-ninh/default.htm",
    "encstore": "https://www.encstore.com/blog/5139-electronic-article-surveillance",
    "lossprev": "http://www.losspreventionsecurity.net/electronic-article-surveillance.html",
    "wikimili_eas": "https://wikimili.com/wiki/Electronic_article_surveillance",
    # video analytics, face and plate recognition
    "skytech": "https://skytech.company/kien-thuc-va-tu-van/camera-nhan-dien-khuon-mat-la-gi-co-nen-mua-khong",
    "newocean": "https://new-ocean.com.vn/article/he-thong-camera-giam-sat-thong-minh/",
    "sgtimes": "https://thesaigontimes.vn/tham-tu-moi-cho-sieu-thi",
    "cctvwiki": "https://cctvwiki.com/en/ai-perimeter-security-weighing-the-hype-vs-reality",
    "bastelia": "https://bastelia.com/en/increases-perimeter-security-with-ai-real-time-video-analysis-2/",
    "incoresoft": "https://incoresoft.com/video-intrusion-detection/",
    "transitvue": "http://transitvue.com/perimvid1/",
    "sipoch": "https://www.sipoch.com/en/question/300630019349702/answer/30018528586001",
    "v380": "https://www.v380max.com/vi/blog/how-do-smart-cameras-enhance-home-and-business-security",
    "eyefire": "https://eyefire.vn/en/news/ai-based-restricted-area-monitoring-a-smart-safety-solution-for-"
    "smart-factories",
    "baomoi_camai": "https://lite.baomoi.com/camera-ai-xu-the-trong-thoi-dai-so-c52022380.epi",
    "kungfutech": "https://kungfutech.edu.vn/posts/hang-rao-thong-minh-iot-giam-90-so-lan-xam-nhap",
    "frigate": "https://raw.githubusercontent.com/blakeblackshear/frigate/dev/README.md",
    "frigate_doe": "https://github.com/DoTheEvo/selfhosted-apps-docker/blob/master/frigate/",
    "frigate_lpr": "https://docsearch.algolia.com/mcp/docs/website/docs.frigate.video",
    "smarty_anpr": "https://www.smartytechnologies.com/2026/02/anpr-camera-as-an-evidence-layer-for-access-"
    "control-and-incidents.html",
    "su_anpr": "https://softwareunplugged.com/blog/how-does-anpr-work?amp=1",
    "ptnet": "https://ptnet.com/adding-license-plate-recognition-to-your-physical-security-strategy/",
    "nedap": "http://www.nedapidentification.com/solutions/cases/choosing-between-anpr-and-transponder-based-"
    "vehicle-id.html?q=solutions/cases/choosing-between-anpr-and-transponder-based-vehicle-id.html",
    "icare_bai": "http://www.icare.com.vn/giai-phap/bai-giu-xe-thong-minh",
    "plo_matthan": "http://kynguyenso.plo.vn/ky-nguyen-so/nhip-cong-nghe/thoi-cua-trong-giu-xe-hitech-375365.html",
    "tck_giuxe": "https://tck.vn/he-thong-may-giu-xe-thong-minh/phat-trien-he-thong-giu-xe-thong-minh-cao-cap-"
    "cho-bai-giu-xe",
    "knsangtao": "https://www.knsangtao.com/2019/12/o-nhiem-khong-khi-may-loc-khong-khi.html",
    "lachong_lpr": "https://123docz.net/document/6982269-nhan-dien-bien-so-xe-dung-matlab.htm",
    # intruder alarms and fences
    "nhaantam": "https://nhaantam.com/cam-bien-pir-thiet-bi-chong-trom-phat-hien-chuyen-dong-bang-hong-ngoai-"
    "235-27.html",
    "fibaro": "https://fibarovn.com/he-thong-bao-dong-la-gi/",
    "smartz": "https://smartz.vn/blogs/news/tim-hieu-cac-che-do-bao-ve-cua-he-thong-bao-dong-chong-trom",
    "generatorcn": "http://www.generatorcn.com/content-how-the-anti-theft-alarm-642.html",
    "telesite": "http://www.telesiteusa.com/motion-detectors/",
    "intruderdetect": "https://intruderdetect.com/intruder-detection/intruder-detection-monitoring",
    "tsi": "http://tsi-global.com/index.php/security-2-2/intrusion-detection/",
    "sunwire": "https://www.sunwiremesh.com/Electronic-Alarm-System-pd567361.html",
    # access control and locks
    "locksmith_ac": "https://locksmith.websitefactory.space/blog/access-control-small-business",
    "calder": "https://www.caldersecurity.co.uk/access-control-systems-for-warehouses/",
    "tcinow": "https://tcinow.com/post/how-access-control-systems-work-and-why-your-business-needs-one",
    "securitylife": "https://securitylifeinc.com/2026/05/13/access-control-the-small-business-security-guide-"
    "that-works/",
    "noder": "https://noder.systems/en/how-to-design-access-control-in-a-small-business",
    "flowfiz": "https://flowfiz.com/blogs/what-is-an-access-control-system/",
    "depotexpo": "http://www.depotexpo.com/Access-Control-Security.html",
    "chamcongkm": "https://chamcongkhuonmat.com/may-cham-cong-cho-van-phong-nho-soho/",
    "vkuface": "https://text.123docz.com/document/12119690-tieu-luan-do-an-chuyen-nganh-2-de-tai-mo-hinh-mo-"
    "khoa-cua-bang-nhan-dien-khuon-mat.htm",
    "hutech_door": "https://123docz.net/document/10869020-thiet-ke-mo-hinh-dong-mo-cua-tu-dong-va-thong-minh-"
    "su-dung-cong-nghe-iot.htm",
    "thegioikhoa": "https://thegioikhoa.vn/tai-sao-khong-nen-su-dung-khoa-khach-san-lap-cho-nha-rieng",
    "lodgify": "https://encyclopedia.lodgify.com/smart-lock",
    # guard and patrol systems
    "miratag": "https://miratag.com/en/blog/guard-tour-system-patrol-verification-guide",
    "timessq": "https://timessquarereporter.com/real-estate/public/index.php/news/how-nfc---gps-based-guard-"
    "tour-patrol-systems-build-bulletproof-accountability",
    "teammap": "https://blog.teammap.co/posts/nfc-checkpoint-scanning-guard-tours",
    "engineers": "https://engineersuniverse.com/knowledgebase/guard-tour-systems-guide",
    "aoelect": "http://www.aoelect.com/Proxyguard.html",
    "travialist": "https://travialist.com/story9900868/security-tour-system-singapore-30sgd-per-month",
    "ctu_patrol": "https://text.123docz.net/document/7275474-thiet-ke-he-thong-giam-sat-cong-tac-tuan-tra-bao-"
    "ve-dua-tren-cau-truc-mang-cam-bien-khong-day.htm",
    # livestock anti-theft
    "agriexpo": "https://trends.agriexpo.online/project-61621.html",
    "allsanaag": "https://allsanaag.com/gps-wearing-cows-may-be-answer-to-stopping-cattle-thieves-in-their-tracks/",
    "afr": "https://newsbite.mooo.com/www.afr.com/property/commercial/agtech-offers-new-answers-to-the-old-"
    "problem-of-cattle-rustling-20210401-p57fxa",
    "americans": "https://americans.org/ranchers-go-high-tech-to-fight-growing-number-of-cattle-thefts/",
    "shelter": "https://www.shelterinsurance.com/learningcenter/yourbusiness/keepyourlivestockfrombeingstolen/",
    "x701": "https://www.701x.com/post/cattle-theft-protection",
    "farmscom": "http://www.farms.com/Commentaries/cattle-rustling-85656.aspx",
    "richardbeal": "https://richardbealblog.com/713",
    # boats and vessel monitoring
    "vms_mientrung": "https://tailieuhoc.vn/nghien-cuu-danh-gia-hoat-dong-cua-thiet-bi-giam-sat-tau-ca-o-khu-"
    "vuc-mien-trung-2752/",
    "vms_qbinh": "https://text.123docz.net/document/11163557-su-dung-he-thong-giam-sat-tau-ca-vms-trong-quan-"
    "ly-hoat-dong-khai-thac-thuy-san-xa-bo-tinh-quang-binh.htm",
    "nhandan_vms": "https://nhandan.vn/phat-trien-he-thong-quan-ly-va-giam-sat-hai-trinh-tau-ca-post346014.html",
    "vn_vms2": "https://www.vietnam.vn/en/chong-khai-thac-iuu-ngu-dan-chap-nhan-doi-chi-phi-lap-vms",
    "sggp_vms": "https://www.sggp.org.vn/thiet-bi-giam-sat-hanh-trinh-tau-ca-phai-luu-du-lieu-toi-thieu-36-"
    "thang-post835305.html",
    "barche": "https://www.barcheamotore.com/how-not-to-have-your-outboard-stolen-and-always-be-safe/?lang=en",
    "vesselvanguard": "https://vesselvanguard.com/from-locks-to-lockdown/",
    "boatingmag": "https://www.boatingmag.com/gear/stop-thief/",
    "boatsnet": "https://www.boats.net/blog/outboard-theft-prevention-tips",
    "boatingworld": "https://www.boatingworld.com/feature-stories/stop-thief/",
    "flsportsman": "http://www.floridasportsman.com/2014/02/13/stopping-boat-theft/",
    "catalina": "https://www.catalina-capri-25s.org/forum/topic.asp?ARCHIVE=true&TOPIC_ID=9197",
    # motorbikes
    "gpsmoto": "https://123docz.net/document/10750023-thiet-bi-chong-trom-xe-may-co-gan-gps.htm",
    "h24_smartkey": "https://www.24h.com.vn/xe-may-xe-dap/co-nen-lap-chia-khoa-thong-minh-cho-xe-may-khong-"
    "c748a1148703.html",
    "h24_chongtrom": "https://www.24h.com.vn/xe-may-xe-dap/dau-moi-la-cong-nghe-chong-trom-an-toan-nhat-tren-"
    "xe-may-tai-viet-nam-c748a985789.html",
    "thanhhung": "http://dientuthanhhung.blogspot.com/2013/12/cac-giai-phap-chong-mat-cap-xe-may-su.html",
    "autovina": "https://autovina.com/nhung-phien-toai-khi-su-dung-nhia-khoa-thong-minh-tren-xe-may-a19174.html",
    "mototracker": "https://www.survivalskillsridertraining.co.uk/post/some-thoughts-on-mototracker-gps-bike-"
    "tracking-security",
    "bikeguardian": "https://www.bikeguardian.co.za/post/when-a-tracker-is-pointless",
    "ridenow": "https://ridenowchandler.com/blog/keep-your-bike-from-getting-stolen--836",
    "traccar": "https://github.com/traccar/traccar",
    # cybersecurity basics
    "socinabox": "https://www.socinabox.co.uk/guides/backup-and-mfa",
    "nasrtech": "https://www.nasrtech.dev/blog/cybersecurity-basics-small-businesses/",
    "smb917899": "https://www.917899.xyz/",
    "founderville": "https://www.founderville.com/cybersecurity-basics",
    "tysons": "https://tysonstechsolutions.com/blog/cybersecurity-small-business",
    "techoncall": "https://www.technologyoncall.com/blog/small-business-cybersecurity-basics",
    "cyentrix": "https://cyentrix.com/2026/05/05/smb-cybersecurity-priorities/",
    "jpert": "https://jpert.com/chronicles/chronicles-phishing-awareness-training-small-business-2026",
    "ghosxt": "https://ghosxt.com/blog/phishing-simulation-security-awareness-training-small-business-2026.html",
    "ctc_phish": "https://www.comparethecloud.net/articles/phishing-training-staff-small-business-uk-2025",
    "srs": "https://www.srsnetworks.net/uncategorized/phishing-training-for-employees-a-practical-guide-for-smbs/",
    "craig": "https://craigpeterson.com/blogs/employee-phishing-awareness-training-guide",
    "growthshuttle": "https://growthshuttle.com/5-steps-to-build-phishing-awareness-programs/",
    "restic_radar": "https://github.com/dennislwm/playradar/wiki/Restic",
    "opnsense": "https://raw.githubusercontent.com/api-evangelist/opnsense/refs/heads/main/apis.yml",
    "wazuh": "https://github.com/DFolchA/wazuh",
    "cyberjutsu": "https://cyberjutsu.io/blog/ransomware-la-gi",
    "gaditi": "https://gaditi.com/tag/ransomware/",
    "gumi": "https://gumisolutions.com/?p=6718",
    "vietbao_ransom": "https://vietbao.vn/ma-doc-tong-tien-tiep-tuc-la-moi-hiem-hoa-nguy-hiem-neu-lo-la-canh-"
    "giac-539305.html",
    "viettel360": "https://360vds.viettel.vn/news/an-toan-thong-tin/canh-giac-truoc-bay-phishing-khi-mot-email-"
    "gia-mao-co-the-la-mo-dau-cua-tham-hoa-an-ninh-mang",
    "antoan360": "https://antoan360.com/?p=7016",
    "restic_snap": "https://snapcraft.io/install/restic/kde-neon",
    "opnsense_book": "https://github.com/practical-opnsense/practical-opnsense.github.io",
    "cafef_email": "https://cafef.vn/cong-an-canh-bao-nhan-duoc-email-co-nhung-dau-hieu-sau-doanh-nghiep-co-the-"
    "gap-rui-ro-that-thoat-dong-tien-thong-tin-du-lieu-188251109170048935.chn",
    # distractors: neighbouring fields
    "pigiot": "https://123docz.net/document/15782578-do-an-tot-nghiep-cong-nghe-ky-thuat-dien-tu-vien-thong-"
    "thet-ke-he-thong-giam-sat-chan-nuoi-lon-su-dung-cong-nghe-iots.htm",
    "greenhouse": "https://123docz.net/document/6166689-ung-dung-internet-of-things-xay-dung-he-thong-ho-tro-"
    "quan-ly-nha-kinh.htm",
    "hydroponic_ctu": "https://tailieu.vn/doc/luan-van-cong-nghe-ky-thuat-co-dien-tu-giam-sat-vuon-rau-thuy-"
    "canh-2420129.html",
    "shrimpwater": "https://vdocuments.pub/h-thng-t-ng-gim-st-v-iu-chnh-cht-lng-h-thng.html",
    "solarspc": "https://solarspc.com/lap-he-thong-nang-luong-mat-troi-cho-cac-trang-trai-nuoi-trong-thuy-san?p=103",
    "aquaponics": "https://123doc.top/document/9806638-thiet-ke-mo-hinh-he-thong-aquaponics-dua-tren-thuat-"
    "toan-dieu-khien-thoi-gian-thuc.htm",
    "esgagri": "https://esgagri.io.vn/?p=1688",
    "danviet_drone": "https://danviet.vn/print-20220816235840408.htm",
    "daidoanket_drone": "https://daidoanket.vn/dua-may-bay-vao-ruong-dong-10247750.html",
    "vnexpress_drone": "https://vnexpress.net/chi-hang-tram-trieu-dong-sam-drone-tuoi-vuon-xoai-tren-doi-4797050.html",
    "cammy_drone": "https://cammy.dongnai.gov.vn/Pages/newsdetail.aspx?CatId=97&NewsId=5586",
    "nld_drone": "https://nld.com.vn/drone-dua-nong-nghiep-cat-canh-196250517204910442.htm",
    "hgsi": "https://hgsi.vn/lap-dat-he-thong-bao-chay-cho-cong-ty-dap-ung-chuan-phap-ly-bao-ve-an-toan-tai-"
    "san-doanh-nghiep/",
    "ngetech": "http://ngetech.vn/vi/tin-tuc/canh-bao-chay-khong-day-la-giai-phap-bo-sung-ho-tro-cap-bach-trong-"
    "quan-ly-kho-xuong",
    "codienlanh": "https://codienlanhvietxanh.com/tin-tuc/lap-dat-he-thong-bao-chay-tu-dong-co-thuc-su-can-"
    "thiet-trong-boi-canh-hien-nay-.html",
    "viethan_fire": "https://viethansecurity.com/tam-quan-trong-cua-tu-bao-chay-trong-he-thong-phong-chay-"
    "chua-chay-vi-su-an-toan-cua-moi-cong-trinh.html",
    "jmt_rfid": "https://jmt.vn/posts/gioi-thieu-ve-rfid-va-bai-toan-ung-dung",
    "hust_rfid": "https://www.slideshare.net/slideshow/h-thng-qun-l-nhn-s-ng-dng-cng-ngh-rfid-full/244396522",
    "hanam_tai": "https://baohanam.com.vn/kinh-te/nong-nghiep/gan-the-tai-de-quan-ly-tot-hon-dan-bo-sua-8899.html",
    "marathonus": "https://marathonus.com/amp/about/blog/raspberry-pi-solar-power-and-cellular-iot-"
    "communications-lessons-learned-on-a-remote-island",
    "easytechjunkie": "https://www.easytechjunkie.com/what-is-point-of-sale-software.htm",
    "pomodo": "https://pomodosoftware.com/beer-store-pos/pos-for-small-retail-business",
    "ivepos": "https://ivepos.com/post/faq-items/what-is-pos-in-a-retail-store/",
    "fleetminder": "https://www.fleetminder.com.au/gps-tracking/monitor-driver-behaviour-technology/",
    "teletrac": "https://teletracnavman.com/resources/blog/driver-behavior-what-you-dont-know-can-cost-you",
    "trakora": "https://trakora.co.tz/blog/understanding-telematics-data",
    "freightportal": "https://thefreightportal.org/see-whats-working/telematics",
    "alberta": "https://www1.agric.gov.ab.ca/$department/deptdocs.nsf/all/sg14245",
    "dpi_nsw": "https://www.dpi.nsw.gov.au/animals-and-livestock/beef-cattle/management/business-management/"
    "record-keeping-herd",
    "thedairysite": "https://www.thedairysite.com/articles/1570/the-new-era-of-herd-management-with-todays-"
    "lower-cost-identification-systems",
    "citi": "https://citi.io/2021/06/15/how-do-cattle-ranchers-keep-track-of-everything/",
    "animalstart": "https://animalstart.com/how-to-use-ear-tags-to-track-breeding-and-genetic-data-in-livestock-"
    "programs/",
    # pages the needs paraphrase (most describe another place; the needs are set in the province)
    "2lua_tom": "https://2lua.vn/article/nan-trom-tom-hoanh-hanh-9014.html",
    "nhachannuoi": "https://nhachannuoi.vn/trom-bo-dang-hoanh-hanh-o-mien-tay",
    "danviet_saurieng": "https://danviet.vn/sau-rieng-tang-gia-den-100000-dong-kg-nong-dan-dak-lak-phai-lap-"
    "camera-de-chong-trom-20230829142603496.htm",
    "vnexpress_caphe": "https://vnexpress.net/lap-camera-dung-leu-canh-trom-ca-phe-4809598.html",
    "cand_tro": "http://cstc.cand.com.vn/Ho-so-interpol-cstc/1001-kieu-chong-trom-cua-nguoi-thue-tro-601133/",
    "baomoi_khoa": "https://baomoi.net.vn/mat-cua-vi-qua-tin-vao-khoa-c43622707.epi",
    "eas_labels": "http://www.eas-labels.net/EAS/EAS-Shoplifting.html",
    "nunova": "http://nunova.ai/en/suspected-theft-detection-2",
    "videoanalytics_in": "https://videoanalytics.in/?p=174",
    "tuoitre_trom": "https://dulich.tuoitre.vn/cuoi-nam-nha-vang-nguoi-coi-chung-trom-vieng-20190118224142349.htm",
    "trendsmask": "https://review.trendsmask.com/what-is-an-anpr-camera-35443.html",
    "reelmind": "https://reelmind.ai/blog/perimeter-protection-ai-video-analytics-for-enhanced-security",
    "thanhnien": "https://thanhnien.vn/pages/20111214/du-kieu-chong-trom.aspx",
    "questionai": "https://questionai.vn/amp/essays-e0zgqR6bYO4/phn-tch-hiu-qu-ca-h-thng-bo-ng-trong-vic-bo-v-ti-sn",
    "safetyhome": "https://safetyhome.com.br/cercas-eletricas/como-funciona-as-cercas-eletricas",
    "website101": "https://website101.com/finance/access-control-small-business-budgets/",
    "misa_the": "https://amis.misa.vn/83083/the-tu-cham-cong",
    "kienthuc_caphe": "https://kienthuc.net.vn/kinh-doanh/kieu-chong-trom-tai-ray-ca-phe-khien-nong-dan-yen-"
    "tam-hon-2044026.html",
    "bookmarkilo": "https://bookmarkilo.com/story19714456/digital-guard-tour-monitoring-30-monthly",
    "baomoi_bo": "https://www.baomoi.com/loi-chu-quan-tu-hang-loat-vu-mat-trom-bo-c31339011.epi",
    "danviet_bo": "http://danviet.vn/tin-tuc/nhot-bo-o-ray-xot-xa-phat-hien-bi-trom-cat-mat-4-chan-923253.html",
    "baomoi_vms": "https://baomoi.net.vn/hieu-qua-khi-van-hanh-vms-c38428342.epi",
    "vms_khanhhoa": "https://tailieuebook.com/hien-trang-quan-ly-va-trien-khai-he-thong-giam-sat-tau-ca-khai-"
    "thac-xa-bo-tinh-khanh-hoa-binh-dinh-va-quang-nam-747/",
    "tienphong_danang": "http://tienphong.vn/Thoi-Su/556101/Ngu-dan-kho-vi-trom-cap-xin-deu-tpp.html",
    "thanhnien_ngudan": "https://thanhnien.vn/pages/20141106/ngu-dan-trang-tay-vi-trom.aspx",
    "pressreader_ob": "http://www.pressreader.com/usa/sport-fishing/20171001/281552290932030",
    "plo_sh": "https://plo.vn/xe-lai/the-gioi-xe/honda-sh-bi-pha-khoa-smartkey-de-dang-hang-xe-noi-gi-995500.html",
    "insnews": "https://insurancenews.com.au/insurtech/motorcyclists-back-gps-tracking-to-combat-theft",
    "kallum": "https://kallumzeic918854.blogprodesign.com/",
    "gcect": "https://gcect.com/control-drivers-habits",
    "sggp_email": "https://www.sggp.org.vn/canh-giac-bay-lua-email-gia-mao-533411.html",
    "baomoi_ransom": "https://baomoi.net.vn/ma-doc-tong-tien-moi-nguy-lon-voi-doanh-nghiep-c52108687.epi",
    "faqvault": "https://faqvault.com/faq/what-are-the-essential-cybersecurity-best-practices-for-small-businesses",
    "vietnet24h": "http://vietnet24h.vn/thi-truong/thi-truong-cong-nghe/18-phut-mot-vu-tong-tien-so-ma-doc-"
    "ransomware-dang-tan-cong-viet-nam-don-dap",
    "wazuh_demo": "https://github.com/alphabravocompany/wazuh-demo-server",
    "scamshield": "https://www.scam-shield.app/chong-lua-dao/hieu-ve-cac-loai-lua-dao/lua-dao-qua-mang",
    "vithongthai": "https://vithongthai.com/phishing-la-gi/",
    "tnck_email": "https://tinnhanhchungkhoan.vn/lat-tay-chieu-lua-doanh-nghiep-qua-email-post248407.html",
    "tepbac_cam": "https://tepbac.com/tin-tuc/full/camera-ghi-canh-thuong-lai-trom-hang-tan-tom-30469.html",
    "tepbac_canhgiac": "https://tepbac.com/tin-tuc/full-amp/canh-giac-voi-chieu-tro-trom-cap-khi-mua-ban-tom-"
    "33921.html",
    "nongnghiep_trau": "http://nongnghiep.vn/nong-bong-nan-trom-cap-trau-bo-post95756.html",
    "vtcnews": "https://vtcnews.vn/trang-trai-bi-trom-ghe-tham-dan-hai-phong-mat-ngu-cam-den-soi-dem-bat-ke-"
    "gian-ar971275.html",
    "pcccquangnam": "http://pcccquangnam.com/news",
    "sggp_camai": "https://www.sggp.org.vn/phuong-tang-nhon-phu-tphcm-ra-mat-trung-tam-camera-ai-giam-sat-an-"
    "ninh-trat-tu-post808454.html",
    "tiroj": "http://www.tiroj.net/window-alarms.html",
    "diccionario": "https://diccionarioilustradoic.com/a/antirrobo-sistema-de-alarma/",
    "giaiphaptinhhoa": "https://giaiphaptinhhoa.com/giam-thieu-that-thoat-hang-hoa/",
    "zimr": "https://zimr.ly/en/blog/self-check-in-smart-lock-hotel",
    "binhthuan_bo": "https://baobinhthuan.com.vn/xa-binh-tan-tai-dien-nan-trom-cap-bo-38221.html",
    "cattleraiser": "http://cattleraiser.blogspot.com/2010/03/cattle-record-keeping.html",
    "vnexpress_camau": "https://vnexpress.net/nan-trom-ngu-cu-hoanh-hanh-tren-bien-ca-mau-3737463.html",
    "nongnghiep_tau67": "https://nongnghiep.vn/ro-nan-trom-thiet-bi-tren-tau-ca-vo-thep-67-nam-bo-d361266.html",
    "karimyrmg": "https://karimyrmg411950.blogolize.com/",
    "dshvietnam": "https://dshvietnam.org/1553-2/",
    "shieldnet360": "https://shieldnet360.com/vi/tai-nguyen/blog/case-study-mot-doanh-nghiep-nho-bi-tan-cong-"
    "mang-trong-24-gio-vi-334",
    "vgt_kieng": "https://vietgiaitri.com/gan-camera-xich-goc-cay-kieng-chong-trom-20210206i5567137",
    "cafef_thanhlong": "https://cafef.vn/thanh-long-tang-gia-nha-vuon-ngay-dem-canh-giu-cay-188240511072024228.chn",
    "danviet_thanhlong": "https://danviet.vn/bao-dong-nan-an-trom-bong-den-tai-canh-dong-trong-thanh-long-o-"
    "tinh-lam-dong-moi-sau-sap-nhap-d1348979.html",
    "dantri_hoakhoi": "https://dantri.com.vn/lao-dong-viec-lam/cong-ty-lien-tuc-mat-tai-nghe-day-sac-ngo-"
    "ngang-hoa-khoi-cong-so-20231225083736288.htm",
    "jiji": "https://jiji.com.gh/kwashieman/safety-equipment/anti-theft-system-solution-"
    "n8Y0AAFxVNm1t2FeCPx6vxAe.html?indexPosition=13",
    "foscam": "https://foscam.jp/wordpress/?p=194",
    "azweb": "https://azweb.com.vn/?p=2372",
    "webtretho": "https://www.webtretho.com/f/me-biet-tuot/dot-nhap-nha-de-trom-nhung-khong-may-bi-ket-dau-vao-"
    "song-sat-qua-nho",
    "tepbac_trombien": "https://tepbac.com/tin-tuc/full/trom-bien-long-hanh-ngu-dan-kinh-hoang-10404.html",
    "vietnamnet_cam": "http://vietnamnet.vn/vn/kinh-te/207942/bi-vat-ca-buong-chuoi--qua-cam--dan-mat-an-vi-"
    "dao-tac.html",
    "ezvps": "https://ezvps.vn/phishing-email-la-gi/",
    "baixe123": "https://123docz.net/document/5342854-he-thong-bai-xe-tu-dong-co-code.htm",
    "autodealergps": "http://www.autodealergps.com/motiondetector.htm",
    "radiodlsn": "https://radiodlsn.blogspot.com/2011/12/u-kieu-chong-trom.html",
}
