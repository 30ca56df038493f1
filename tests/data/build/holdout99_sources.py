"""Sources of the holdout99 set (vehicle and farm-machine repair): source key -> public page URL."""

S = {
    # farm machines
    "ag_camau": "https://tintucmientay.baoangiang.com.vn/nghe-sua-may-cay-may-gat-a323315.html",
    "ag_luanvan": "http://luanvan.net.vn/luan-van/khoa-luan-nghien-cuu-cai-tien-va-che-tao-thu-nghiem-may-gat-dap-"
    "lien-hop-78431/",
    "ag_giaotrinh": "https://tailieubachkhoa.net/giao-trinh-mo-dun-03-van-hanh-may-gat-dap-lien-hop-bao-duong-bo-"
    "phan-thu-cat-va-chuyen-lua-7876",
    "ag_kubota": "https://kubota.vn/default.aspx?catid=142&id=166&page=hotnews",
    "ag_songhao": "https://www.songhaoangiang.com/bao-hanh/",
    "ag_farmprog": "https://www.farmprogress.com/your-machine-being-serviced-right-combine-checkups"
    "?ag_brand=farmindustrynews.com",
    "ag_dtn": "https://www.dtnpf.com/agriculture/web/ag/news/farm-life/article/2016/08/15/detailed-preventive-"
    "maintenance-can",
    "ag_agupdate": "https://www.agupdate.com/iowafarmertoday/news/state-and-regional/routine-small-maintenance-could-"
    "pay-off-next-season/article_0eea8e98-a7a3-11e8-b8d1-7307595b3815.html",
    "ag_fwr": "https://fwrnews.com/?p=24835",
    "ag_roc": "https://krishi.icar.gov.in/ohs-2.3.1/index.php/record/view/571266",
    "ag_colostate": "https://agsci.colostate.edu/smallholderagriculture/most-effective-project-enhancing-access-to-"
    "contract-mechanization-via-reconditioned-used-tractors/",
    "ag_ghana": "https://fr.scribd.com/document/326609178/Assessment-of-Tractor-Maintenance-Practices-of-Tractor-"
    "Operators-at-Ejura-Ghana",
    "ag_enginebuilder": "https://www.enginebuildermag.com/2006/03/growing-your-agricultural-engine-business/",
    "ag_africa": "https://africaagricultureagenda.com/prospect-bottlenecks-faced-by-smallholders-in-employing-"
    "tractor-services-prof-ikechi-agbugba/",
    "ag_scottish": "https://thescottishfarmer.co.uk/news/24674219.challenge-affordable-machine-maintenance-farming",
    # used oil, filters, wash water
    "oil_skzic": "https://skzic.com.vn/vn/xu-ly-dau-nhot-da-qua-su-dung-dung-cach.html",
    "oil_moitruong": "https://moitruong.net.vn/dau-nhot-thai-o-to-xe-may-noi-lo-anh-huong-toi-moi-truong-76640.html",
    "oil_123doc": "https://123docz.net/trich-doan/181230-tong-quan-ve-dau-nhot-thai-dau-nhot-can.htm",
    "oil_kienthuc": "https://kienthuc.net.vn/khoa-hoc-cong-nghe/dung-ham-re-mua-dau-nhot-tai-che-xe-ton-xang-hong-"
    "dong-co-1721380.html",
    "oil_tieuluan": "https://123docz.net/document/1191041-tieu-luan-mon-tai-che-cong-nghe-xu-ly-dau-boi-tron-tu-"
    "dau-thai.htm",
    "oil_sanjose": "https://viet.sanjoserecycles.org/guide/motor-oil-containers-empty/?embeddedguide=true",
    "oil_earth911": "https://search.earth911.com/american-petroleum-institute.php",
    "oil_hsw": "https://auto.howstuffworks.com/under-the-hood/vehicle-maintenance/oil-recycling3.htm",
    "oil_charleston": "http://charlestonstormwater.org/2013/10/",
    "oil_engfix": "https://engineerfix.com/who-buys-used-motor-oil-and-what-do-they-do-with-it",
    "filt_mass": "https://www.mass.gov/info-details/oil-filter-crushers",
    "filt_p2": "https://p2infohouse.org/ref/38/37120.htm",
    "filt_epa": "https://nepis.epa.gov/Exe/ZyPURL.cgi?Dockey=50000CKP.txt",
    "ww_camle": "https://tailieuthamkhao.vn/nghien-cuu-dac-tinh-va-de-xuat-bien-phap-xu-ly-nuoc-thai-rua-xe-tu-"
    "cac-co-so-rua-xe-tren-dia-ban-quan-cam-le-thanh-pho-3825",
    "ww_bachhoa": "https://bachhoamoitruong.com/be-tach-dau-giup-tram-sua-chua-o-to-dat-giay-phep-xa-thai-ra-moi-"
    "truong/",
    "ww_vinacee": "https://vinacee.com/vi-sao-cac-gara-sua-xe-lai-phai-xu-ly-nuoc-thai",
    "ww_ufl": "https://www.ehs.ufl.edu/programs/chemrad_waste/maint_waste/vehicle-washing/",
    "ww_ows": "https://ru.scribd.com/document/150262143/Oil-Water-Separator",
    "ww_winenfood": "https://winenfood.com/why-you-need-a-car-wash-oil-water-separator",
    # paint booths and body repair
    "booth_def": "https://arabic.car-washingmachine.com/cases/car-spray-booth-definition-core-functions-and-"
    "mainstream-classifications-41756.html",
    "booth_pw": "https://www.partswashers.biz/spray-booths-for-cars/",
    "booth_gfs": "http://finishingacademy.com/training/Refinish/Module1/mod1_emissions.html",
    "booth_albany": "https://www.albany.edu/nysgreenbiztoolkit/51274.php",
    "booth_karres": "https://www.karresgroup.ro/refinishing-process/",
    "booth_vermont": "http://dec.vermont.gov/air-quality/permits/source-categories/spray-coating-operations",
    "booth_carhanoi": "https://carhanoi.vn/nam-thanh-nien-tu-son-oto-bang-binh-xit-cam-tay-a202179358.html",
    "booth_etek": "https://etekvietnam.vn/?p=10454",
    "body_dented": "https://dented.ca/?p=2083",
    "body_miracle": "https://miraclebodyandpaint.com/what-are-the-most-common-repairs-that-auto-body-shops-do",
    "body_whisper": "https://thedentwhisperer.com/services/",
    # diagnostics, emissions, air conditioning
    "diag_cartek": "https://cartek.com.vn/tin-tuc/kien-thuc-co-ban/tim-hieu-ve-chuan-chan-doan-obd2-obd1-chuan-chan-"
    "doan-cua-hang",
    "diag_matcu": "https://matcu.vn/nhung-dieu-co-the-ban-chua-biet-ve-may-quet-doc-ma-obdii.html",
    "diag_otohui": "https://news.oto-hui.com/huong-dan-doc-va-hieu-ma-loi-tren-may-chan-doan-obd/",
    "diag_fpga": "https://123docz.net/document/15254880-ung-dung-ong-nghe-fpga-thiet-ke-thu-nghiem-thiet-bi-huan-"
    "doan-obd-ii-tren-xe-o-to.htm",
    "diag_train": "https://trainandhire.com/guides/automotive-diagnostics-scan-tools?learning_path_id=engine-"
    "service-fundamentals",
    "diag_vsp": "https://vehicleservicepros.com/service-repair/diagnostics-and-drivability/article/21134191/scan-"
    "tools-code-readers-and-professional-diagnostics",
    "diag_obdcodes": "https://obdcodes.online/scanning-obd-ii-codes-vs-paying-shop/",
    "emis_plo": "https://plo.vn/xe-lai/kinh-nghiem/cach-cham-soc-o-to-de-khong-bi-truot-dang-kiem-ve-khi-thai-"
    "911570.html",
    "emis_kenh14": "https://kenh14.vn/siet-kiem-dinh-khi-thai-sau-tet-chu-xe-can-chuan-bi-gi-215260219100657578.chn",
    "emis_soha": "https://soha.vn/quy-trinh-kiem-dinh-khi-thai-khat-khe-xe-moi-cung-co-the-truot-dang-kiem-"
    "198260304101628265.htm",
    "ac_topmech": "https://topmechanicservices.com/resources/glossary/ac-recovery-recycling-machine",
    "ac_redhill": "http://www.redhillsupply.com/content/automotive-ac-machines-info.htm",
    "ac_tomorrow": "https://www.tomorrowstechnician.com/recovery-mission/",
    # batteries and tyres
    "bat_mq": "http://home.demo.mqsolutions.vn/2025/05/24/tuy-doc-hai-nhung-ac-quy-co-the-tai-che-duoc-toi-99",
    "bat_vinfast": "https://xevinfastvn.com/tai-che-ac-quy-chi-va-cac-giai-phap-tuong-lai/",
    "bat_giaphat": "https://giaphatbattery.com/cach-kiem-tra-ac-quy",
    "bat_nhot": "https://acquynhot.com/?p=3118",
    "bat_dongkhanh": "https://acquy-suachua591.hubstack.net/phuc-hoi-ac-quy-xe-may-yeu-bi-quyet-va-dich-vu-chuyen-"
    "nghiep-tai-ac-quy-dong-khanh",
    "bat_vietbao": "https://vietbao.vn/mua-thiet-bi-gps-tren-mang-gan-vao-xe-chiec-mazda3-o-ha-noi-mac-benh-la-"
    "571197.html",
    "bat_who": "https://scribd.com/document/672238038/Lead-acid-battery-recycling",
    "bat_afsea": "http://afsea.org/10th-worst-pollutant-used-lead-acid-battery-recycling/",
    "bat_arbr": "https://arbrfile.blogspot.com/2022/04/a-comprehensive-assessment-on-how-lead.html",
    "tyre_bs": "https://www.bridgestone.com.vn/vi/thong-tin-huu-ich/chia-se-ve-lop/tai-che-lop-xe-cu",
    "tyre_lopcu": "https://lopotocu.vn/tai-che-lop-xe-o-to-cu/",
    "tyre_qb": "https://quangbinh24h.com/cong-nghe-bien-lop-cu-thanh-lop-moi-a73925.html",
    "tyre_lca": "https://tailieu.vn/doc/danh-gia-tac-dong-moi-truong-cua-qua-trinh-nhiet-phan-lop-xe-phe-thai-bang-"
    "phuong-phap-danh-gia-vong-2222158.html",
    "tyre_scp": "https://scpsyndicate.com/post/3905.html",
    "tyre_vkrt": "http://www.vkrt.org/abs_result.php?id=177",
    "tyre_crumb": "https://docslib.org/doc/4261294/crumb-rubber-as-a-secondary-raw-material-from-waste-rubber-a-short-"
    "review-of-end-of-life-mechanical-processing-methods",
    "tyre_lopviet": "https://lopviet.vn/tin-tuc/co-can-can-bang-dong-khong.html",
    "tyre_procar": "https://procarvietnam.com.vn/can-chinh-goc-lai-va-can-bang-dong-banh-xe",
    "tyre_vnn": "https://vietnamnet.vn/thay-lop-xe-moi-co-can-ton-them-tien-chinh-do-chum-can-bang-dong-2445091.html",
    # training, parts, electric motorbikes
    "tr_vinhlong": "https://baovinhlong.com.vn/xa-hoi/201211/dao-tao-nghe-cho-lao-dong-nong-thon-di-hoc-nghe-sua-xe-"
    "2561553",
    "tr_znews": "https://lifestyle.znews.vn/tho-sua-oto-viec-rao-riet-tim-nguoi-post841747.html",
    "tr_nghean": "https://amp.baonghean.vn/noi-hien-thuc-hoa-uoc-mo-tro-thanh-ong-chu-xuong-sua-chua-o-to-tu-nhan-o-"
    "nghe-an-143983.html",
    "tr_danang": "https://baodanang.vn/channel/5404/201512/nghe-cong-nghe-o-to-len-ngoi-2458428/index.htm",
    "tr_huongnghiep": "https://www.huongnghiepviet.com/hoc-nghe-co-viec/nghe-sua-chua-xe-gan-may",
    "tr_cal": "https://www.jalopnik.com/1917721/california-apprenticeship-auto-tech-shortage/",
    "tr_cciu": "https://www.cciu.org/Page/623",
    "tr_ita": "https://manualzilla.com/doc/6033417/motorcycle-mechanic---industry-training-authority",
    "tr_tafe": "https://www.tafesa.edu.au/xml/profile/profile_OCC235.aspx",
    "parts_fleet": "http://fleetowner.com/equipment/whats-new-remand-electricals-0801",
    "parts_elreg": "https://www.elreg.com/blog/whats-the-difference-between-remanufactured-rebuilt-and-repaired-"
    "starters/",
    "parts_engfix": "https://engineerfix.com/are-remanufactured-alternators-as-good-as-new",
    "parts_haiquan": "https://haiquanonline.com.vn/noi-khong-voi-phu-tung-xe-may-gia-cach-nhan-biet-phu-tung-chinh-"
    "hang-158496.html",
    "parts_mng": "https://phutungmng.com/cach-phan-biet-phu-tung-xe-hoi-that-va-gia-cam-nang-bao-ve-chiec-xe-cua-ban",
    "ev_vietbao": "https://vietbao.vn/sua-xe-dap-dien-xe-may-dien-dung-de-sua-sai-bien-thanh-hong-nang-542596.html",
    "ev_znews": "https://lifestyle.znews.vn/do-pin-xe-may-dien-coi-chung-loi-bat-cap-hai-post1573094.html",
    "ev_nghean": "https://nghean24h.vn/pin-xe-may-dien-o-viet-nam-duoc-bao-hanh-ra-sao-a758977.html",
    "ev_tgxcd": "https://thegioixechaydien.net/sua-xe-dap-dien-roi-van-hu-lai-5-ly-do-khien-xe-xuong-cap-nhanh-chong",
}
S["ww_hongthai"] = "https://moitruonghongthai.com/xu-ly-dau-mo-trong-nuoc-thai"
