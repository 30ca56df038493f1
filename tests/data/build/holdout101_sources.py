"""Source pages for the holdout101 labelled set (office buildings and public offices). Key -> URL."""

S = {
    # HVAC and ventilation
    "bms_lecture_vi": "https://tailieu.tv/tai-lieu/bai-giang-he-thong-quan-ly-toa-nha-bms-building-management-system-"
    "chuong-1-khai-niem-chung-53050",
    "bldg_maint_vi": "https://housecarevn.com.vn/bao-tri-he-thong-ky-thuat-toa-nha",
    "hvac_ravti": "https://help.ravti.com/en/articles/2531437-why-is-hvac-maintenance-important",
    "hvac_coldcraft": "https://coldcraft.com/out-of-sight-out-of-mind-rooftop-hvac-maintenance-photos/",
    "hvac_mm": "https://mmserviceshvac.com/preventative-maintenance/",
    "hvac_winward": "https://www.winwardfearon.co.uk/why-is-commercial-hvac-maintenance-important",
    "ac_koolman": "https://maylanhkoolman.com/bao-duong-may-lanh-dieu-hoa-la-lam-gi",
    "ac_vatgia": "https://vatgia.com/hoidap/6570/648902/vi-sao-phai-bao-tri-va-ve-sinh-may-lanh-dinh-ki.html",
    "ac_antoanaz": "https://antoanaz.com/chu-ky-ve-sinh-may-lanh-va-ly-do-can-ve-sinh-may-lanh/",
    "ac_azkienthuc": "https://azkienthuc.com/?p=2542",
    "ac_kienthuc": "https://vietnamdaily.kienthuc.net.vn/8-buoc-co-ban-tu-ve-sinh-may-lanh-tai-nha-an-toan-tiet-kiem-"
    "post478141.html",
    "ac_baohanam": "https://baohanam.com.vn/khoa-hoc-cong-nghe/khoi-dong-may-lanh-sau-ky-ngu-dong-99-nguoi-dung-bo-"
    "quen-dieu-nay-48003.html",
    "chiller_signs_vi": "https://thumuamaylanh.vn/5-dau-hieu-chiller-cong-nghiep-can-bao-tri-gap-tranh-gian-doan-san-"
    "xuat.html",
    "ct_hvac_vi": "https://www.coolingtower.vn/tin-tuc/2/452/ung-dung-thap-giai-nhiet-trong-he-thong-hvac-toa-nha-"
    "va-trung-tam-thuong-mai-.html",
    "ct_sop_vi": "https://www.thietbicongnghiepsaigon.vn/tin-tuc/thap-giai-nhiet-khong-du-mat-nguyen-nhan-thuc-te-"
    "cach-do-dung-va-checklist-xu-ly-theo-sop-van-hanh.html",
    "chiller_gteco": "https://gteco.vn/he-thong-lam-mat-chiller/",
    "duct_usvet": "http://usveteranshomeservicesinc.com/commercial-services/air-duct/",
    "duct_pratts": "https://prattsairductcleaning.com/commercial-air-duct-cleaning",
    "duct_gesund": "https://gesundheitairquality.com/commercial-air-duct-cleaning/",
    "duct_alpha": "https://www.alphaaircorp.com/blog/why-you-cannot-afford-to-skip-commercial-air-duct-cleaning/",
    "iaq_whitewater": "https://www.whitewateruk.com/services/indoor-air-quality/",
    "iaq_doe": "https://www.energy.gov/eere/buildings/iaq-monitoring",
    "iaq_mdph": "https://documents.pub/document/indoor-air-quality-assessment-department-of-viewplants-were-observed-"
    "in-office.html",
    "iaq_seeley": "https://seeleyinternational.com/us/blog/indoor-air-quality-for-commercial-spaces",
    "iaq_airsafe_vi": "https://airsafe.vn/khong-khi-tuoi-ngoai-troi-la-gi-va-phan-loai-chat-luong-khong-khi-tuoi/",
    "vent_clc_vi": "https://cuachongchayclc.com/he-thong-thong-gio.html",
    "vent_qcvn": "http://tknl.xaydung.gov.vn/index.aspx?page=xem-tham-chieu&iid=4-tham-chieu-quy-dinh-thong-gio-va-"
    "dieu-hoa-khong-khi",
    "office_air_hcm": "https://vaconsdesign.alltdesign.com/ti%C3%AAu-chu%E1%BA%A9n-kh%C3%B4ng-kh%C3%AD-khi-thi%E1%BA"
    "%BFt-k%E1%BA%BF-v%C4%83n-ph%C3%B2ng-hcm-53744633",
    "heatpump_vi": "https://megasunsolar.vn/uu-diem-cua-bom-nhiet-heat-pump-la-gi.html",
    "bathfan_vi": "https://myhome.htgetrid.com/vi/ventilyaciya/ventilyator-dlya-vytyazhki-v-vannoj",
    "tcvn5687": "https://thiendang.net/lana-download/tcvn-56872010-thong-gio-dieu-hoa-khong-khi-tieu-chuan-thiet-ke/",
    # lifts
    "lift_plo": "http://plo.vn/thoi-su/than-trong-voi-thang-may-cu-11776.html",
    "lift_giadinh": "https://giadinhelevator.vn/bao-duong-thang-may-gom-nhung-gi-giai-dap-tu-a-z",
    "lift_fucasi": "https://thangmayfucasipd.com/?p=821",
    "lift_otofun": "https://otofun.net/threads/chia-se-nhung-kinh-nghiem-xay-nha.935557/post-70683564",
    "lift_old_tctm": "https://tapchithangmay.vn/thang-may-cu-va-no-luc-cai-thien-cua-cac-quoc-gia/embed",
    "lift_tuananh": "https://thangmaytuananh.com/?p=2342",
    "lift_5levels": "https://tapchithangmay.vn/5-cap-do-hien-dai-hoa-thang-may",
    "lift_nghia": "https://nghiathangmay.com/thoi-diem-tot-nhat-de-cai-tao-nang-cap-thang-may",
    "lift_congnghe": "https://congnghethangmay.com/giai-phap-nang-cap-thang-may-nao-phu-hop-cho-ban/",
    "lift_lucy": "https://lucyhounsom.com/tips-for-effective-elevator-maintenance.html",
    "lift_vdassoc": "https://vdassoc.com/news/elevator-modernization",
    "lift_rda": "https://www.rdanorthwest.com/blog/funding-for-elevators-reserve-study/",
    "lift_dc": "http://www.dcelevator.com/blog/",
    "lift_oregon": "https://oregonrealprop.com/category/elevator-service/",
    "lift_facexec": "https://facilityexecutive.com/2011/06/elevator-maintenance-keeping-up/",
    "lift_otis": "https://blog.otis.com/us/how-building-managers-and-maintenance-providers-can-work-together",
    "lift_outdoor": "http://outdoorgardenshed.com/2014/11/21/3-reasons-why-buildings-need-to-modernize-their-"
    "elevators/",
    "lift_home_tne": "http://thangmaygiadinh.tne.vn/category/tu-van-chon-thang-may-gia-dinh/",
    "lift_freight_dlp": "https://thangmaydailocphat.com.vn/thang-may-tai-hang-nha-xuong-kho-hang",
    "lift_goods_etek": "https://etekvietnam.vn/uu-nhuoc-diem-thang-nang-hang",
}

S.update(
    {
        # electrical safety
        "earth_ispace": "https://ispacedanang.edu.vn/blog-1/cach-do-dien-tro-tiep-dia-vi-cb.html",
        "lightning_kth": "https://kth-electric.com/?p=8761",
        "lightning_kdhtcs": "https://www.kiemdinhhethongchongset.com/search?max-results=7&reverse-paginate=true&updated-"
        "max=2025-03-13T07%3A51%3A00-07%3A00",
        "lightning_kdkt": "http://kiemdinhkythuat.com/kiem-dinh-chong-set-s21.html",
        "elec_accident": "https://xetaimydinh.edu.vn/cauhoi/cac-nguyen-nhan-gay-ra-tai-nan-dien",
        "ir_tfp": "https://www.tfp1.com/blog/why-your-building-needs-an-infrared-electrical-inspection/",
        "ir_soundtest": "https://soundtestingservicesuk.co.uk/2024/05/07/",
        "ir_drake": "https://drakeelectrical.com/thermographic-surveys",
        "ir_thomas": "https://thomaselectricnj.com/blog-infrared-benefits.html",
        "ir_assured": "https://www.assuredndt.com/post/why-annual-infrared-electrical-inspections-should-be-standard-for-"
        "every-commercial-facility",
        "ir_kth_vi": "https://kth-electric.com/?p=1714",
        "elecmaint_kth": "https://kth-electric.com/dich-vu-bao-tri-he-thong-dien",
        "cb_forum": "https://congdongxaydung.vn/forums/threads/an-toan-dien-thiet-bi-chong-chap-dien-gay-chay-no.1096/"
        "post-8046",
        "eicr_afm": "https://www.afmservicesltd.co.uk/who-can-carry-out-fixed-wire-testing-for-commercial-buildings-in-"
        "essex",
        "eicr_wfp": "https://w-fp.co.uk/what-is-fixed-wire-testing/",
        "eicr_platinum": "http://platinumelectricaluk.com/compliance/eicr-fixed-wire-testing/in/chesterfield",
        "eicr_electriccall": "https://www.electric-call.net/testing-and-inspection",
        "ups_btc": "https://thuviennhadat.vn/phap-luat-doi-song/quy-dinh-doi-voi-viec-bao-tri-bao-duong-he-thong-he-"
        "thong-dien-luu-dien-ups-nhu-the-nao-554119.html",
        "ups_hanghai": "https://123docz.net/trich-doan/2571392-nhom-i-ups-duoi-10kva.htm",
        "ups_sicom": "https://sicom.com.vn/en/training-ups-and-generator-system-at-oncology-hosspital-2",
        "ups_thesis_ctu": "https://123docz.net/document/5828538-tim-hieu-ve-he-thong-dien-du-phong-ups.htm",
        "stator_blog": "https://mayphatdiencongtybinhminh.blogspot.com",
        "cctv_hoanganh": "https://hoanganhsecurity.com/thiet-ke-thi-cong-he-thong-giam-sat-an-ninh-thiet-bi-van-phong",
        # rooftop solar
        "solar_hcm157": "https://thuonghieucongluan.com.vn/de-xuat-chi-188-ti-dong-lap-dien-mat-troi-tai-157-tru-so-"
        "cong-a135754.html",
        "solar_camau": "http://thietbidien.demo.123corp.vn/tin-tuc/tu-nam-2019-cac-du-an-xay-dung-tru-so-phai-co-he-"
        "thong-dien-mat-troi-tren-mai-nha-1404.html",
        "solar_danang": "https://solarpower.vn/phat-trien-dien-mat-troi-mai-nha-tai-cac-tru-so-cong",
        "solar_evn": "https://tietkiemnangluong.evn.com.vn/d6/news/30-MWp-115-108-13094.aspx",
        "solar_pvmod": "https://gamequarters.net/post/what-are-the-considerations-for-using-pv-modules-in-commercial-"
        "buildings/",
        "solar_gevetica": "https://gevetica.com/page.php?p=0303134",
        "solar_jmb": "https://jmbipvtech.com/ru/solar-ready-roof-design-for-new-commercial-buildings/",
        "solar_colite": "https://colitetech.com/blog/commercial-rooftop-solar-common-technical-concerns/",
        "solar_clean_vi": "https://mayvesinhtampinmattroi.com/lau-he-thong-pin-mat-troi/",
        "solar_art": "https://congtytnhhartsolar.com/?p=13703",
        "solar_spc_om": "https://solarspc.com/dich-vu-van-hanh-bao-tri-he-thong-nlmt-o-binh-thuan?p=3",
        "solar_sunpower": "https://sunpower.net.vn/bao-tri-he-thong-dien-nltm",
        "solar_thermal_vi": "https://solarspc.com/su-dung-camera-nhiet-de-phat-hien-su-co-trong-he-thong-dien-mat-"
        "troi?p=8",
        "solar_research": "http://researchsolar.com/commercial-maintenance",
        "solar_green": "https://greenintegrations.ca/?p=10372",
        "solar_cleanrev": "https://cleanenergyrevolution.co/2023/08/22/how-solar-installers-can-save-thousands-with-solar-"
        "monitoring/",
        "solar_gadomo": "https://gadomo.com/page.php?p=0309198",
        "solar_pump_nt": "https://dairyvietnam.vn/vn/He-thong-tuoi-va-He-thong-tuoi-phan/Tuoi-phun-mua-bang-nang-luong-"
        "mat-troi.html",
        "solar_drip_tg": "https://tietkiemnangluong.com.vn/tin-tuc/pho-bien-kien-thuc/t13265/he-thong-tuoi-nuoc-nho-giot-"
        "bang-dien-mat-troi",
        "agrivoltaic_vnn": "https://vietnamnet.vn/vn/goc-nhin/tiet-kiem-chi-phi-nang-cao-hieu-qua-san-xuat-nho-su-dung-"
        "nang-luong-tai-tao-740021.html",
        "home_battery": "https://batterychat.com/how-home-battery-storage-works-solar-battery-systems-explained/",
        # energy audits, lighting, controls
        "ea_ktnlvn": "https://kiemtoannangluongvietnam.com/kiem-toan-nang-luong/",
        "ea_vets": "https://vets.energy/kiem-toan-nang-luong-la-gi-phan-loai-loi-ich-va-huong-dan-thuc-hien",
        "ea_vinacontrol": "https://hcm.vinacontrol.com.vn/en/dich-vu-kiem-toan-nang-luong",
        "ea_vneec": "http://vneec.gov.vn/News/Print/42615",
        "ea_rongba": "https://luatrongba.net/kiem-toan-nang-luong",
        "ea_acc": "https://acc.net.vn/kiem-toan-nang-luong/",
        "ea_cim": "https://www.cim.io/blog/energy-management-in-commercial-real-estate-the-role-of-ashrae-energy-audits",
        "ea_legal": "https://legalclarity.org/commercial-energy-audits-ashrae-levels-costs-and-process/",
        "ea_paladino": "https://www.paladinoandco.com/blog/an-introduction-to-energy-audit/",
        "ea_rimkus": "https://rimkus.com/article/energy-audits-optimize-the-performance-of-your-building/",
        "ea_greener": "https://greenerhomesbc.ca/commercial-buildings/",
        "ea_metro": "http://metrocpcinc.com/sustainability/audits-assessments/ahsrae-audits/",
        "ea_dune": "https://dune.engineering/detailed-energy-assessments/",
        "led_sharp": "https://www.sharpstrategy2030.com/sharpstrategicplan/Tech-Way/Occupancy-Sensor-Control-of-"
        "Interior-Space-Lighting-(Smaller-Enclosed-Space-Types)",
        "led_openg": "http://www.operationsengineer.org.uk/operations-engineer-library/retrofitting-motion-controls-in-"
        "commercial-building-lighting/231891/",
        "led_forester": "https://foresternetwork.com/daily/energy/led-lighting/considerations-for-planning-an-led-"
        "lighting-retrofit/",
        "lamp_mit": "https://tlo.mit.edu/field-collection/field-header-and-body/4291",
        "bms_caeda": "https://californiaeda.com/building-energy-management-systems-technical-guide/",
        "bms_clark": "https://clarkandsoma.com/resources/building-automation-assessments-for-small-commercial-properties",
        "bms_pleasant": "https://www.pleasantplumbers.com/commercial/insights/commercial-bms-optimisation-energy-waste",
        "bms_iot": "https://iot-works.com/blog/smart-buildings-iot-bems-uk/",
    }
)

S.update(
    {
        # document scanning and archiving
        "dig_daiviet": "https://daivietsohoa.vn/du-an-dien-hinh/so-hoa-tai-lieu-luu-tru-trong-co-quan-nha-nuoc",
        "dig_huy": "https://tranvuthanhhuy.net/huong-dan-so-hoa-tai-lieu-co-quan-dang-khi-sap-xep-don-vi-hanh-chinh",
        "dig_vienhc": "https://vienhanhchinh.vn/?p=578",
        "dig_luutruvn": "https://luutruvn.com/hoat-dong-luu-tru-tai-lieu-dien-tu-trong-doanh-nghiep/",
        "dig_sohoa": "https://sohoatailieu.com/quy-dinh-ve-so-hoa-tai-lieu-luu-tru-giup-doanh-nghiep-hoi-nhap-ky-"
        "nguyen-so/",
        "dig_sohoa2": "https://sohoatailieu.com/?p=5631",
        "dig_tt05": "http://www.hethongphapluat.com/thong-tu-05-2025-tt-bnv-quy-dinh-nghiep-vu-luu-tru-tai-lieu-luu-tru-"
        "so-do-bo-truong-bo-noi-vu-ban-hanh/chuong-2",
        "dig_vina": "https://vina-aspire.com/giai-phap-so-hoa-tai-lieu",
        "ocr_lacviet": "https://lacviet.vn/cong-nghe-ocr-la-gi",
        "ocr_lacviet2": "https://lacviet.vn/?p=39449",
        "dig_mm": "https://mmgroup.vn/?p=51648",
        "edms_1vs": "http://1vscompany.blogspot.com/2013/08/luu-tru-ien-tu-quy-trinh-va-ung-dung.html",
        "ocr_vattm": "https://scribd.com/document/594899210/1-8-BCKTKT-phe-duy\u1ec7t-Bao-cao-b\u1ea3n-m\u1eabu-1",
        "dig_paper_iu": "https://123doc.top/document/12629498-digitalization-of-administrative-documents-a-digital-"
        "transformation-step-in-practice.htm",
        "scan_dajon": "https://www.dajon.co.uk/faq/what-is-archive-scanning/",
        "scan_imba": "https://imba.missouri.edu/scanning-and-archiving-0663633780.html",
        "scan_pagefree": "http://www.pagefree.co.uk/document_scanning_types.html",
        "scan_frc": "https://www.archives.gov/frc/scanning/paper-originals",
        "scan_hackworth": "https://www.hackworth.co/document-scanning-transforming-legacy-archiving/",
        "scan_ca": "https://www.sos.ca.gov/archives/records-management-and-appraisal/electronic-records/electronic-"
        "records-guidebook/digital-imaging-and-scanning",
        "scan_uic": "https://answers.uillinois.edu/uic/157145",
        "edms_ca": "https://www.sos.ca.gov/archives/records-management-and-appraisal/electronic-records/electronic-"
        "records-guidebook/electronic-data-management-systems",
        "edms_rf6": "https://rf6cloud.com/what-is-electronic-document-and-records-management/",
        "edms_legal": "https://legalclarity.org/government-document-management-system-laws-and-standards/",
        "shelf_etek": "https://etekvietnam.vn/san-pham/kho-ke-di-dong",
        "shred_hoxton": "https://businesswasteremovalhoxton.co.uk/confidential-shredding",
        "shred_colindale": "https://businesswasteremovalcolindale.co.uk/confidential-shredding",
        "picking_vinatech": "https://vinatechgroup.vn/order-picking-la-gi.html",
        "tcvn4317": "https://thiendang.net/lana-download/tcvn-43171986-nha-kho-nguyen-tac-co-ban-de-thiet-ke/",
        # meeting-room audio-visual and video conferencing
        "vc_viettelco": "https://viettelco.net/trien-khai-phong-hop-hoi-nghi-truc-tuyen/",
        "vc_kamnex": "https://kamnex.com/huong-dan-setup-phong-hop-truc-tuyen-cho-doanh-nghiep",
        "vc_boony": "https://boonygroup.com/blog/chi-tiet/so-sanh-cac-giai-phap-hoi-nghi-truc-tuyen",
        "vc_thicong": "http://thicongmanglan.vn/giai-phap/hoi-nghi-truyen-hinh",
        "vc_taewoong": "https://www.taewoongnetworks.com/cac-thanh-phan-chinh-va-ung-dung-trong-hoi-nghi-truyen-hinh/",
        "vc_akn": "https://akn.net.vn/san-pham/huong-dan-setup-phong-hoi-nghi-truc-tuyen-tu-a-den-z",
        "vc_health365": "https://health365.vn/giai-phap-hoi-nghi-truyen-hinh/",
        "vc_polycom": "https://thietbihoinghi.com.vn/vi/giai-phap/tong-quan-ve-giai-phap-hoi-nghi-truyen-hinh-hang-"
        "polycom.htm",
        "vc_titus": "https://titussqrx999.lowescouponn.com/video-conferencing-installation-checklist-network-acoustics-"
        "and-av",
        "vc_portside": "https://portsidetechnology.com/technology-for-smb-meeting-rooms/",
        "vc_jared": "https://jaredrheq256.image-perth.org/boardroom-av-integration-with-microsoft-teams-and-zoom-rooms",
        "vc_gpr": "https://www.gprevolution.com/academy/low-current/audio-visual-and-meeting-rooms",
        "vc_reid": "https://reidfgff293.fotosdefrases.com/boardroom-av-integration-on-a-budget-high-impact-low-"
        "complexity",
        "vc_dalton": "https://daltonnepr356.lowescouponn.com/boardroom-av-integration-strategies-for-seamless-"
        "collaboration",
        "mic_kamnex": "https://kamnex.com/tu-van-chon-micro-phong-hop-toi-uu-khong-gian-hoi-nghi/",
        "aud_obibi": "https://obibi.vn/he-thong-am-thanh-phong-hop",
        "aud_vinasound": "https://vinasound.com/he-thong-am-thanh-hoi-nghi-bao-gom-nhung-thiet-bi-nao",
        "aud_giabao": "https://giabaoaudio.vn/am-thanh-phong-hop",
        "aud_techsound": "http://www.techsound.vn/blogs/news/tu-van-lap-dat-am-thanh-phong-hop-tu-a-z",
        "aud_legitech": "https://legitech.vn/collections/am-thanh-hoi-truong",
        "acou_maxhub": "https://maxhubvietnam.vn/5-cach-khu-tieng-vang-trong-phong-hop-voi-vat-lieu-de-kiem",
        "acou_jade": "https://jade-swan.com/giai-quyet-van-de-am-thanh-trong-phong-hop",
        "acou_noithat": "https://noithathoitruong.vn/tin-tuc/657-nhung-dieu-ban-can-biet-ve-cach-am-phong-hop.html",
        "acou_hall": "https://tieuamphucnhan.vn/tieu-am-hoi-truong",
        "acou_vinasound": "http://www.vinasound.com/nguyen-nhan-va-cach-xu-ly-am-thanh-bi-vang-vong-trong-hoi-truong",
        "ifp_shared": "https://the-shared-screen.ewr1.vultrobjects.com/index.html",
        "ifp_arso": "https://arsoautomations.com/commercial/smart-office/boardroom-design/",
        "ifp_israel": "https://israelrmxu059.image-perth.org/smart-presentation-systems-that-wow-wireless-touch-and-"
        "automation",
        "ifp_planar": "https://www.planar.com/blog/2011/7/14/reclaim-the-conference-room/",
        "karaoke_songnhac": "https://songnhac.com.vn/blogs/news/meo-lap-dat-dan-am-thanh-tai-phong-khach-giup-tang-trai-"
        "nghiem-nghe-nh",
        "karaoke_anhtai": "https://anhtaiaudio.com.vn/huong-dan-lap-dat-setup-dan-karaoke-gia-dinh-va-phong-hat-karaoke-"
        "kinh-doanh-cho-chuyen-vien-ky-thuat-am-thanh/",
        "karaoke_siha": "https://sihacantho.com/?p=15127",
        "hometheater_cbs": "https://conbaoso.com/cach-am-phong-giai-tri-gia-dinh-theo-tieu-chuan-quoc-te/",
    }
)

S.update(
    {
        "cctv_training": "https://sieuthicongnghe.org/tai-lieu-dao-tao-thi-cong-camera-va-thiet-bi-an-ninh-tu-a-den-z",
        "hybrid_helio": "https://heliomotion.com/product/hybrid-inverter/",
        "port_warehouse": "https://123docz.net/document/15861540-ba-o-ca-o-thu-c-ta-p-co-so-nga-nh-de-ta-i-nghie-p-vu-"
        "qua-n-ly-khai-tha-c-kho-ba-i-cu-a-ca-ng-hoa-ng-die-u.htm",
    }
)
