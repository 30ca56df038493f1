"""Source pages (key -> URL) for the holdout98 labelled set; see make_holdout98.py."""

S = {
    # commercial kitchens and cooking equipment
    "hm_bepcn": "https://cokhihaiminh.com/?p=75804",
    "dv_tuhap": "https://giacongsatinox.com/?p=127501",
    "dv_tucom2": "https://giacongsatinox.com/tu-nau-com-dung-gas-va-dien",
    "dv_bephoc": "https://giacongsatinox.com/thiet-ke-bep-an-truong-hoc",
    "dv_beptu": "https://giacongsatinox.com/so-sanh-bep-tu-cong-nghiep-va-bep-gas-cong-nghiep",
    "dv_baoduong": "https://giacongsatinox.com/bao-duong-bep-cong-nghiep",
    "lgt_hutkhoi": "https://www.lamgiatuan.com/tai-sao-he-thong-hut-khoi-bep-lai-duoc-su-dung-rong-rai-o-nha-hang",
    "anitime_ongkhoi": (
        "https://anitime.vn/meo-vat/tai-sao-nha-hang-can-ve-sinh-ong-khoi-dinh-ky-canh-bao-rui-ro-khi-bo-qua.html"
    ),
    "hm_tachmo": "https://cokhihaiminh.com/be-tach-mo-nha-hang",
    "qcs_mothai": "https://quangcaoso.com.vn/?p=3000",
    "etl_combi": (
        "https://etl.energysecurity.gov.uk/products/professional-foodservice-equipment/combination-steam-ovens"
    ),
    "epa_combi": (
        "https://19january2017snapshot.epa.gov/www3/watersense/commercial/docs/watersense_at_work/files/asset"
        "s/basic-html/page105.html"
    ),
    "epa_dish": (
        "https://www3.epa.gov/watersense/commercial/docs/watersense_at_work/files/assets/basic-html/page143.html"
    ),
    "danamark_dish": "https://danamark.com/resources/water-usage-commercial-dishwashers/",
    "colfire_wet": "https://columbiafire.net/special-hazards/wet-chemical-kitchen-hood-fire-suppression-systems/",
    "buildeo_kitchen": "https://buildeo.co.uk/2021/03/12101/",
    "ths_floor": "https://thsconsulting.in/2020/05/15/basics-of-commercial-kitchen/",
    "bingluo_lanh": (
        "https://vi.bingluocn.com/news/industry-news/the-cold-science-of-hotel-kitchen-refrigeration-systems.html"
    ),
    "dv_tudong": "https://giacongsatinox.com/tu-nua-dong-nua-mat",
    "meo_dish": "https://meo.tips/how-to/industrial-dishwasher-for-restaurants-and-hotels/",
    "hm_chen": "https://cokhihaiminh.com/chen-inox",
    "backhoa_banam": "https://backhoa.com/tu-van/may-rua-bat-ban-am-la-gi-nen-mua-may-rua-bat-ban-am-hay-doc-lap/",
    # laundries and linen
    "hs_thuengoai": "https://horecaschool.asia/laundry-10-thue-ngoai-dich-vu-giat-giam-sat-de-khong-bi-dong.html",
    "hs_opl": "https://horecaschool.asia/laundry-1-on-premise-laundry-co-nen-van-hanh-giat-ui-trong-khach-san.html",
    "hs_thugom": "https://horecaschool.asia/laundry-5-thu-gom-do-giat-dung-nguoi-dung-noi-dung-thoi-gian.html",
    "hs_hoachat": "https://horecaschool.asia/laundry-3-hoa-chat-giat-la-an-toan-hieu-qua-tiet-kiem.html",
    "stdm_bv": "https://sieuthidienmaycongnghiep.com/nhung-dieu-can-biet-ve-may-giat-do-vai-cho-benh-vien.html",
    "mgl_motchieu": "https://maygiatlacongnghiep.vn/?p=18309",
    "sttr_400": "https://sieuthichattayrua.com/tinh-toan-chi-phi-hoa-chat-giat-do-benh-vien-400-giuong-5234.html",
    "gtx_chem": "https://giatuixanh.vn/?p=1954",
    "gtnt_xuong": "https://giatuinhontrach.com/?p=181",
    "lodg_ozone": "https://lodgingmagazine.com/ozone-laundry-systems-can-help-save-water-and-energy/",
    "gln_ozone": "http://www.greenlodgingnews.com/Why-Installation-Ozone-Laundry-System-is-No-Brainer",
    "opr_ozone95": "https://onlineprnews.com/news/273412-1350536867-ozone-laundry-95-room-hotel-payback-study.html",
    "redorbit_rfid": "http://www.redorbit.com/news/technology/2087445/new_technology_keeps_track_of_hotel_towels/",
    "cb_rfid": "https://www.canadianbusiness.com/technology-news/towel-tracking/",
    "trsa_aqua": "https://www.trsa.org/news/shore-hotel-installs-water-recycling-system/",
    "aln_ww3": "https://americanlaundrynews.com/articles/wastewater-systems-and-laundry-operations-part-3",
    "awpi_recyc": "https://amwaterpur.com/laundry-water-recycling/laundry-water-recycling-for-commercial-facilities/",
    "lcn_hpdry": (
        "https://www.laundryandcleaningnews.com/analysis/precise-control-greatly-improves-performance-4751526/"
    ),
    "liver_hp": (
        "https://www.liverlaundryequipment.co.uk/latest-news/"
        "heatpump-tumble-dryers-how-they-work-and-why-the-can-save-uk-laundry-rooms-thousands"
    ),
    "osha_laundry": "https://www.osha.gov/etools/hospitals/laundry",
    "tuku_med": "https://tuku-singapore.com/tag/planning/",
    "ict_laundry": "https://www.infectioncontroltoday.com/view/the-role-health-care-laundry-infection-prevention",
    "bgg_changa": "https://bloggiamgia.edu.vn/?p=168086",
    "ctng_formula": "https://congthucnuocgiat.com/?p=194",
    "domex_hp": "https://www.domex-uk.co.uk/buyers-guides/tumble-dryers/heat-pump-technology/",
    "afwe_laundry": "http://www.allianceforwaterefficiency.org/commercial_laundry.aspx",
    "vnp_xut": "https://beta.vietnamplus.vn/hai-hung-cong-nghe-lam-sach-khan-tam-trong-cac-khach-san-post381969.vnp",
    # cleaning and disinfection
    "vscn_bv": "https://vesinhcongnghiep.info/?p=494",
    "hoanmy_bv": "https://avesinhhoanmy.com/ve-sinh-benh-vien/",
    "tkt_room": "https://tktclean.com/en/wp-json/wp/v2/posts/10352",
    "eb_uvd": "https://english.best/tests/toeic/toeic-reading-comprehension/robots-help-in-hospitals",
    "secmag_trud": (
        "https://www.securitymagazine.com/articles/94576-sanitation-robots-aiding-hospitals-during-pandemic"
    ),
    "hf_uvrobot": "https://healthfacts.blog/2018/03/22/can-a-robot-do-a-better-job-at-cleaning-your-hospital-room/",
    "steri_hpv": "http://www.steriroom.com/research.html",
    "mdpi_hpv": "https://www.mdpi.com/2306-5354/11/3/205/xml",
    "arxiv_uv": "https://arxiv.org/html/2507.11270v1",
    "aric_uv": ("https://0-aricjournal-biomedcentral-com.brum.beds.ac.uk/articles/10.1186/s13756-020-00878-4"),
    "nv_mixhypo": "https://ngocvietco.vn/nuoc-muoi-hoat-hoa-dien-hoa-mixhypo500-dac-diem-va-ung-dung",
    "na_anolyte": (
        "http://csdlkhcn.ngheandost.gov.vn/san-natex/dien-tu-vien-thong-tu-dong-hoa/"
        "nuoc-hoat-hoa-dien-hoa-va-ung-dung-trong-y-te-phong-chong-dai-dich-covid-19-1105.html"
    ),
    "gln_delivery": (
        "https://www.greenlodgingnews.com/"
        "cleaning-delivery-systems-achieving-greener-healthier-cleaning-at-less-cost-in-hotels/"
    ),
    "ehot_micro": "https://insights.ehotelier.com/news/2014/06/10/cleaning-without-chemicals",
    "gk_micro": "https://www.greenkey.global/stories-news-1/tag/Greece",
    "vshcm_bep": "https://vesinhcongnghiephcm.com/?p=1461",
    "procare_nh": "https://procarepest.vn/5-tac-hai-nghiem-trong-con-trung-den-nha-hang",
    "ktdn_ks": "https://congtykhutrungdanang.com/phong-chong-con-trung-sinh-vat-hai-trong-khach-san/",
    "nv_air": "https://ngocvietco.vn/giai-phap-khu-khuan-khu-mui-va-tao-am-khong-khi",
    "plo_buong": (
        "https://plo.vn/xa-hoi/giao-duc/truong-dh-bach-khoa-che-tao-thanh-cong-buong-khu-khuan-di-dong-909346.html"
    ),
    "lhu_nano": "https://nguyenphanxuankhuong.net/2021/02/phong-ngua-dich-sars-cov-2-truong-h-che.html",
    "gdnn_taytu": (
        "http://gdnn.gov.vn/AIAdmin/News/View/tabid/66/newsid/37753/seo/"
        "Thay-giao-truong-Cao-dang-Nghe-lam-may-sat-khuan-tu-dong-tang-truong-hoc/Default.aspx"
    ),
    "doc_anolyte_gd": (
        "https://text.123docz.net/document/15025474-"
        "che-tao-may-tao-nuoc-khu-khuan-anolyte-nuoc-a-nuoc-muoi-ion-dung-trong-gia-dinh.htm"
    ),
    "tcm_chuot": "https://trumoicontrung.com/diet-chuot-tai-nha-hang-giai-phap-bat-buoc-de-dam-bao-an-toan-thuc-pham",
    "hc_green": "https://hotelandcatering.com/?p=3791",
    # food-safety management in canteens
    "bvs_haccp": "https://bepvesinh.com/he-thong-quan-ly-an-toan-thuc-pham-haccp/",
    "haseca_haccp": (
        "https://haseca.com/ko/blog/bep-an-cong-nghiep-tieu-chuan-haccp-thiet-ke-van-hanh-va-kiem-soat-chat-luong-3HG"
    ),
    "tn_kit": (
        "https://sgdcn.tayninh.gov.vn/2-cong-nghe-thiet-bi/1/kit-kiem-tra-do-sach-cua-vat-dung-chua-thuc-an-18715.html"
    ),
    "zpxl_card": (
        "http://www.zpxl.com.cn/vi/common-aftersales-problems-and-solutions/"
        "what-is-the-quick-test-card-for-surface-cleanliness-of-tableware"
    ),
    "pasteur_lab": "https://www.scribd.com/document/410221341/Nang-Luc-Kiem-Nghiem-VSTP-LAM-Pasteur",
    "sggp_bantru": (
        "https://www.sggp.org.vn/"
        "du-an-phan-mem-quan-ly-suat-an-ban-tru-duoc-tuyen-chon-tham-gia-chuong-trinh-doi-moi-sang-tao-nam-20"
        "25-post825831.html"
    ),
    "gmh_buffet": "https://giaminhhue.com/yeu-cau-he-thong-hut-khoi-buffet-nuong-theo-vsattp",
    "gmct_daynghe": "https://giaminhcantho.com/?p=14154",
    "fermag_temp": "https://www.fermag.com/articles/8764-safety-sentries-temperature-monitoring-systems/",
    "alacart_tm": "http://www.alacartinc.com/p_tt_opb.htm",
    "phd_iot": "https://powerhousedynamics.com/resources/white-papers/internet-things-reinvents-food-safety/",
    "cordoba_iot": "https://pdfslide.net/documents/monitoring-of-temperature-in-retail-refrigerated-cabinets-.html",
    "sc_hospkit": "https://safetyculture.com/library/hospitality/rjah-managerial-kitchen-audit",
    "sc_canteen": "https://safetyculture.com/library/education/taaleem-cs-weekly-canteen-checklist-sekh5b0jj4puczlk",
    "hst_level2": "https://www.highspeedtraining.co.uk/food-safety/training/level2-food-hygiene-safety-catering.aspx",
    "urbane_fh": "https://www.urbanelearning.com/rto-courses/food-handlers-certificate/",
    "gpgm_chalua": "https://giayphepgm.com/kiem-nghiem-san-pham-cha-lua-va-gio-song-va-cha-vien",
    "cky_cold": "https://www.cky.com.tw/en/insights/cold-storage-temperature-monitoring",
    "tl_binhduong": (
        "https://tai-lieu.com/tai-lieu/"
        "an-toan-ve-sinh-thuc-pham-tai-cac-bep-an-tap-the-khu-cong-nghiep-viet-namsingapore-tinh-binh-duong-n"
        "am-2013-59840"
    ),
    "plo_thotnot": (
        "http://plo.vn/suc-khoe/dinh-duong/hang-chuc-tre-mam-non-ngo-doc-do-pho-sua-chua-nhiem-khuan-32041.html"
    ),
    "vtv_ninhbinh": (
        "https://vtv.vn/trong-nuoc/"
        "hon-350-hoc-sinh-ngo-doc-truong-tieu-hoc-o-ninh-binh-bi-phat-30-trieu-dong-2018101916585114.htm"
    ),
    "abw_temp": "https://www.abw-innovations.com/post/food-safety-temperature-monitoring-system-basics",
    "gy_training": "https://www.great-yarmouth.gov.uk/food-safety-training",
    "sc_cdcschool": "https://safetyculture.com/library/hospitality/cdc-school-food-preparation-checklist",
    "bahd_dungcu": "https://buaanhocduong.com.vn/Notification/GetNotification/1",
    # energy and water saving in hotels
    "cnxln_hp": "https://congnghexulynuoc.com.vn/?p=1652",
    "tgbn_hp": (
        "https://thegioibomnhiet.com.vn/"
        "he-thong-heat-pump-co-thuc-su-tiet-kiem-dien-bai-toan-chi-phi-dau-tu-va-loi-ich-dai-han"
    ),
    "ktnlvn": "https://kiemtoannangluongvietnam.com/kiem-toan-nang-luong/",
    "epu_ktnl": (
        "https://123doc.top/document/11152712-"
        "bao-cao-chuyen-de-mon-kiem-toan-nang-luong-ten-de-tai-xay-dung-mot-ban-bao-cao-kiem-toan-nang-luong-"
        "cho-mot-khach-san.htm"
    ),
    "tieuchi_chiller": "https://tieuchi.com/2023/02/23/quy-tri-co-ban-bao-duong-he-thong-chiller/",
    "la_chiller": (
        "https://giaotrinh.net/"
        "tom-tat-luan-an-xay-dung-phuong-phap-luan-giai-quyet-bai-toan-toi-uu-hoa-che-do-lam-viec-cua-tram-la"
        "nh-trung-tam-tltt-1219/"
    ),
    "bk_bms": (
        "https://text.123docz.net/document/7959177-"
        "tiet-kiem-nang-luong-trong-toa-nha-thong-minh-ung-dung-thiet-ke-he-thong-quan-ly-toa-nha-bms.htm"
    ),
    "hoics_led": "https://huengaynay.vn/kinh-te/chieu-sang-xanh-cho-do-thi-157127.html",
    "etek_pv": "https://etekvietnam.vn/san-pham/dien-nang-luong-mat-troi-ap-mai",
    "spc_pv": "https://solarspc.com/he-thong-nang-luong-mat-troi-ap-mai-dan-dung?p=2",
    "ia_controls": "https://interact-lighting.com/en-us/iot-insights/hotel-controls",
    "mk_eco": "https://mountkelvin.com/features/eco-mode",
    "ht_ems": "http://hospitalitytrendz.com/what-you-need-to-know-about-hotel-energy-management-systems/",
    "wps_auto": "http://www.wisconsinpublicservice.com/business/DisplayESource.aspx?type=PA&page=PA_63&BCType=2",
    "mei_lowflow": (
        "http://managingenergy.com/knowledgebase/MEI%20Building%20Opportunities%20Analyst%20Library/"
        "opp_low_flow_conversion_of_faucets_and_showers.htm"
    ),
    "chla_iwc": "https://chla.mynewscenter.org/indoor-water-savings/",
    "elt_aerator": "https://ecolabeltoolbox.com/en/solutions-techniques/economie-d-eau-des-lavabos-et-douches-88",
    "ree_fittings": "https://resourceefficient.eu/en/measure/efficient-water-fittings-guest-areas",
    "ukrma_gwr": "https://ukrma.org/faqs/about-greywater-recycling/",
    "gba_grey": "https://www.greenbuildingafrica.co.za/green-your-hotel/ways-to-save/158-2/",
    "bize_grey": (
        "http://www.bizenergy.ca/how-tos/how-to-get-the-most-out-of-your-dishwater-with-a-greywater-recycling-system/"
    ),
    "ahla_linen": "https://www.ahla.com/Green.aspx?id=24954",
    "th_greensuites": "https://www.todayshotelier.com/2016/08/01/realizing-greenwashing-avings/",
    "esrt_lotus": "https://vietnamtourism.gov.vn/esrt/default.aspx-portalid=5&tabid=387&itemid=507.htm",
    "mtdl_guide": "https://moitruongdulich.vn/en/index.php/item/30",
    "mine_vfd": (
        "https://text.123docz.net/document/3205020-tiet-kiem-nang-luong-cho-may-nen-khi-va-toi-truc-trong-mo-ham-lo.htm"
    ),
    "tknl_caravelle": (
        "https://tietkiemnangluong.com.vn/tin-tuc/hoat-dong/t8117/"
        "caravelle-hotel-sai-gon-khang-dinh-thuong-hieu-nho-tiet-kiem-nang-luong"
    ),
    "tknl_hanoi": (
        "https://tietkiemnangluong.com.vn/tin-tuc/kinh-nghiem/t18022/"
        "khach-san-ha-noi-thuc-hien-hieu-qua-tiet-kiem-nang-luong"
    ),
    "evn_halong": (
        "https://evn.com.vn/d6/tknl-d/Khach-san-Sai-Gon-Ha-Long-Uu-tien-cac-vi-tri-trong-diem-100-645-43717.aspx"
    ),
    "vneec_norfolk": "http://vneec.gov.vn/News/Print/6385",
    "ct_sheraton": (
        "https://amp.congthuong.vn/sheraton-hanoi-west-tiet-kiem-nang-luong-de-van-hanh-ben-vung-413408.html"
    ),
    "doc_majestic": (
        "https://123docz.net/trich-doan/1365937-tong-quan-ve-khach-san-khach-san-majestic-thanh-pho-ho-chi-minh.htm"
    ),
    "tknl_vungtau": "https://tietkiemnangluong.com.vn/News/Print/8298",
    "hpac_rooms": "https://hpac.com/air-conditioning/article/20927997/balancing-hotel-energy-use-and-guest-comfort",
    "t4h_keycard": (
        "https://www.technology4hotels.com.au/article/"
        "the-future-of-hotel-energy-efficiency-save-money-with-automated-management"
    ),
    "grainger_water": (
        "https://www.grainger.com/know-how/safety-health/sustainability/kh-reduce-water-use-hospitality"
        "?cm_sp=CM-Shop-_-inline-text-_-kh-why-its-important-to-fix-that-running-toilet-_-2021-01"
    ),
    "tdm_grey": "https://www.techdotmatrix.com/2025/09/why-modern-hotels-are-investing-in-greywater-recycling-systems",
    "hanyc_flow": "https://hanyc.org/hotel-water-management-guest-satisfaction-through-balanced-flows/",
    # waste sorting in hospitality
    "gh_kaya": "https://www.greenhub.org.vn/vi/vietnam-zero-waste-rac-la-tai-nguyen-phan-2/",
    "dut_fb": (
        "https://docx.com.vn/tai-lieu/the-study-on-the-current-situation-of-solid-waste-management-in-the-fo-145666"
    ),
    "mtpd_bins": "https://moitruongphuongdong.com/viec-su-dung-thung-rac-nhua-phan-loai-rac",
    "vinacee_cara": "https://vinacee.com/may-phan-huy-rac-bien-rac-thuc-pham-thanh-phan-bon-huu-co-vi-sinh",
    "micron_hotel": "https://www.micronbio-cn.com/newsshow_3.html",
    "xykj_kitchen": "https://www.xykjwx.com/enews/edetail/118.html",
    "guardian_winnow": (
        "https://www.theguardian.com/sustainable-business/2015/apr/30/winnow-quantifies-and-costs-kitchen-waste"
    ),
    "sb_leanpath": "http://www.smartbrief.com/s/2013/04/leanpath-food-scales-help-chefs-cut-down-food-waste",
    "satw_kitro": (
        "https://technology-outlook.satw.ch/en/showcases/less-food-waste-thanks-to-automatic-image-recognition"
    ),
    "hu_foodwaste": (
        "https://hospitalityupgrade.com/techtalk/definitely-doug-1-10-2020-dont-throw-out-those-scrambled-eggs"
    ),
    "hn_smartscale": "https://hospitalitynet.org/opinion/4123607.html",
    "tn_biodiesel": "https://www.thiennhien.net/2007/07/20/bien-dau-an-phe-thai-thanh-dau-diesel/",
    "bm_ecooil": "https://baomoi.net.vn/dau-an-cu-tai-che-thanh-nhien-lieu-may-bay-c50852882.epi",
    "nwb_uco": "https://nwbiofuel.wixsite.com/nw-biofuel/post/benefits-of-recycling-cooking-oil",
    "bt_oleron": "https://blogtuan.info/2022/05/21/used-cooking-oil-is-likened-to-liquid-gold-in-france/",
    "hufi_bsf": "https://www.scribd.com/document/647916220/5-41-51",
    "vnb_hungdien": "https://vnbusiness.vn/kinh-doanh-xanh/chuyen-khong-tuong-cua-htx-nuoi-ruoi-1072478.html",
    "plmt_magalarva": "https://phapluatmoitruong.vn/giai-phap-dua-chat-thai-huu-co-tro-lai-chuoi-thuc-an",
    "rvo_ytbins": (
        "https://raovatonline.org/rao-vat/quy-dinh-ve-mau-sac-cua-thung-rac-nhua-trong-quan-ly-rac-thai-y-te"
    ),
    "vnvn_ytsort": (
        "https://www.vietnam.vn/en/chuan-hoa-phan-loai-chat-thai-y-te-tai-nguon-tu-hanh-lang-phap-ly-den-thuc-te"
    ),
    "ahla_refill": "https://www.ahla.com/resources/green-guidelines-refillable-amenities-4",
    "wenesy_disp": "https://www.wenesy.com/news/how-hotels-reduce-plastic-footprint-with-dispensers.html",
    "costar_water": "https://costar.com/article/1069747900/hoteliers-find-alternatives-to-plastic-water-bottles",
    "pfp_hotel": "https://www.plasticfreeplaces.org/hotel-guide/logistics",
    "hnn_mgreen": "https://huengaynay.vn/kinh-te/cho-phe-lieu-truc-tuyen-thu-gom-hon-210-tan-rac-tai-che-159879.html",
    "vtv9_veca": "https://vtv9.vtv.vn/mua-ban-ve-chai-thoi-cong-nghe",
    "r1_machine": "https://www.recycleone.vn/2022/04/19/may-phan-loai-rac/",
    "ctu_biogas": (
        "https://123docz.net/document/1195449-"
        "kha-nang-su-dung-luc-binh-va-rom-lam-nguyen-lieu-nap-bo-sung-cho-ham-u-biogas-doc.htm"
    ),
    "doc_ntbep": (
        "https://123docz.net/trich-doan/1902430-duy-tri-tieu-chuan-ve-sinh-doi-voi-viec-chua-va-loai-bo-rac-thai.htm"
    ),
    "vnx_dauan": "https://vnexpress.net/cach-xu-ly-dau-an-thua-4799103.html",
    "altw_plastic": "https://altwater.co.uk/post/how-to-reduce-single-use-plastic-in-hotels",
    "tlr_fastfood": (
        "https://thuvientailieu.vn/tai-lieu/"
        "hien-trang-va-tiem-nang-tai-che-chat-thai-nganh-thuc-an-nhanh-tai-thanh-pho-ho-chi-minh-do-thi-kim-chi-51263"
    ),
    # further offers and distractors from neighbouring fields
    "fsf_nfpa96": "https://fsfacilityservices.com/nfpa-96-standards-compliance/",
    "crc_nfpa96": "http://cleaningresourcecenter.com/index.php?option=com_content&view=article&id=270&Itemid=151",
    "plo_lodot": "https://plo.vn/thi-truong-tieu-dung/tphcm-chuyen-giao-cong-nghe-lo-dot-rac-thai-y-te-266842.html",
    "hcmut_lodot": (
        "http://khcn.hcmut.edu.vn/index.php/vi/gioi-thieu/gioi-thieu-khoa/63-gioi-thieu/linh-vuc-hoat-dong/96-thiet"
    ),
    "tl_khongdot": (
        "https://tailieu.vn/doc/xu-ly-chat-thai-ran-y-te-huong-dan-ap-dung-cong-nghe-khong-dot-phan-2-2216525.html"
    ),
    "sky_ro": "https://nuocnongtong.com/he-thong-loc-nuoc-ro-uong-truc-tiep-cho-truong-hoc",
    "koro_public": "https://koro.love/qui-trinh-lap-dat-may-loc-nuoc-danh-rieng-cho-dia-diem-cong-cong/",
    "oxu_pms": "https://hotel.oxu.vn/phan-mem-pms-la-gi-vai-tro-trong-khach-san-hien-dai",
    "khpt_santavi": (
        "https://khoahocphattrien.vn/cong-nghe/"
        "giu-chat-luong-nong-san-bang-cong-nghe-say-bom-nhiet/20181009035835983p1c859.htm"
    ),
    "bqn_dua": "https://baoquangnam.vn/print/3025235.html",
    "ozvn_tom": "http://ozone.com.vn/2015/12/23/ung-dung-cong-nghe-ozone-trong-nghe-nuoi-tom-bien/",
    "klcn_iqf": "https://kholanhcongnghiep.com.vn/iqf-la-gi-so-sanh-iqf-voi-block-batch",
    "avg_capdong": "https://codienlanhavg.vn/bi-quyet-cap-dong-nhanh-chuan-cho-thuy-hai-san",
    "bhd_channuoi": "https://baohaiduong.vn/ky-thuat-phun-khu-trung-moi-truong-chan-nuoi-140753.html",
    "pcw_rau": (
        "http://www.pcworld.com.vn/articles/cong-nghe/song-va-cong-nghe/2017/03/1251201/ung-dung-cntt-phuc-vu-dan-sinh/"
    ),
    "mkm_towel": "https://mikhamex.com/hotel-towels-selection-standards",
    "ict_ledtau": "https://ictnews.vietnamnet.vn/kham-pha/den-led-trong-cong-cuoc-chuyen-minh-o-viet-nam-264569.html",
    "doan_kem": "http://doan.edu.vn/do-an/de-tai-quy-trinh-va-thiet-bi-san-xuat-kem-25406/",
    "vw_ntbv": "https://vietwaterjsc.com/vi/quy-dinh-va-tieu-chuan-trong-xu-ly-nuoc-thai-benh-vien",
    "vusta_bep": "https://vusta.vn/bep-tiet-kiem-nhien-lieu-giai-phap-bao-ve-moi-truong-p87675.html",
    "dut_lodotmini": (
        "https://123docz.net/document/11933480-nghien-cuu-thiet-ke-lo-dot-rac-mini-ho-gia-dinh-nong-thon.htm"
    ),
    "ttt_vietgap": "https://tuvantritam.vn/cac-co-so-duoc-chung-nhan-vietgap",
    "ncn_voi": "https://nhachannuoi.vn/?p=46596",
    "sth_towel": "https://www.sthometextile.com/gd/news/cottonbathtowelfactory.html",
    "tp_saynongsan": (
        "https://techport.vn/44/"
        "lua-chon-cong-nghe-say-trong-bao-quan-che-bien-nong-san-thuc-pham-gia-tri-cao-91456.html"
    ),
    "btn_bepdk": "https://baothainguyen.vn/khoa-hoc-cong-nghe/200911/hieu-qua-cua-bep-dun-cai-tien-dk-36729E7",
    # counterpart offers in the other language
    "fsh_induction": (
        "https://www.foodserviceandhospitality.com/induction-cooking-is-becoming-the-new-norm-for-operators"
    ),
    "aspcv_hp": "https://aspcv.com/heat-pump-over-lpg-boiler-for-hot-water-in-4-star-hotel/",
    "famavi_haccp": "http://www.famavifoodsafety.com/haccp-plans/",
    "tkfire_rg": "https://tkfire.com.vn/thi-cong-lap-dat-he-thong-range-guard-dung-quy-trinh",
    "tnu_khlanh": (
        "https://123docz.net/document/14216703-"
        "luan-van-nghien-cuu-phuong-phap-giam-sat-nhiet-do-do-am-cua-kho-lanh-qua-mang-internet.htm"
    ),
    "prud_pest": "https://prudentialpest.com/restaurant-pest-control/",
    "metro_led": (
        "https://metropolisny.com/2018/10/led-retrofits-for-hotels-boost-bottom-line-through-operational-savings/"
    ),
    "ctw_soap": "https://1thegioi.vn/vi-sao-du-khach-nen-lay-dau-goi-sua-tam-trong-khach-san-ve-nha-118541.html",
    # pages the needs paraphrase (kitchens)
    "kdt_gas": (
        "https://tieudung.kinhtedothi.vn/thi-truong/"
        "bao-gia-gas-xang-nha-hang-quan-an-chat-vat-duy-tri-kinh-doanh-62178.html"
    ),
    "haseca_setup": "https://haseca.com/blog/nhung-sai-lam-pho-bien-khi-setup-bep-an-cong-nghiep-cho-nha-may-moi",
    "ikt_quannuong": "https://inoxkimthinh.com/phan-loai-he-thong-hut-khoi-quan-nuong-hien-nay-tren-thi-truong",
    "hart_fire": "https://hart.com.sg/a-complete-breakdown-of-how-a-wet-chemical-kitchen-system-works/",
    "tpk_dish": "https://theproperkitchen.com/?p=12818",
    "nrn_combi": "https://www.nrn.com/corporate/combi-oven-s-popularity-gains-steam-among-chefs",
    "cinox_baymo": "https://www.cinox.com.vn/bay-mo-hay-be-loc-mo-la-gi",
    "ideal_tu": "https://www.idealfreezer.com/vi/blog/which-commercial-refrigerator-fits-your-shop125",
    "lfasc_hood": "http://lfasc.com/Hotelfranchise/rlbmtuwtto.html",
    "fans_plan": "https://www.fanservices.co.uk/blog/planning-a-restaurant-kitchen/",
    "rc_design": "http://www.restaurantconsultant.ca/design/commercial-kitchen-design.html",
    "jdh_grease": "https://jdhauling.com/faq-items/grease-fires/",
    "epa_dish141": (
        "http://www.epa.gov/watersense/commercial/docs/watersense_at_work/files/assets/basic-html/page141.html"
    ),
    "sgh_fire": "https://saigonhoreca.vn/he-thong-chua-chay-trong-bep-cong-nghiep-can-nhung-gi",
    # laundries
    "gln_cost": (
        "https://www.greenlodgingnews.com/suppliers-agree-cost-should-not-be-a-barrier-to-ozone-laundry-implementation/"
    ),
    "e3tnw_hpcd": "https://e3tnw.org/ItemDetail.aspx-106.html?id=438",
    "aln_ltc": "https://americanlaundrynews.com/articles/infection-control-and-laundry-operations",
    "dls_laundry": "https://dulichsaigon.edu.vn/laundry-la-gi",
    # cleaning
    "bc_vscn": (
        "http://www.binhchanhhospital.vn/"
        "thu-moi-chao-gia-goi-thau-cung-cap-dich-vu-ve-sinh-cong-nghiep-2024-2025-924.html"
    ),
    "cardoza_pest": "http://cardozapub.com/CateringFranchise/drfupunnmo.html",
    "hkv_bep": "https://hakivili.com/cach-ve-sinh-bep-nha-hang",
    "scribd_anolyte": "https://www.scribd.com/document/719109313/Anolyte-Tổng-Hợp-đa-them-P7",
    "jmir_robots": "https://www.jmir.org/2020/9/e20896/XML",
    # food safety
    "noni_temp": "https://noni4all.com/why-you-need-a-food-temperature-monitoring-system",
    "afam_truong": "https://afamily.vn/an-toan-thuc-pham-trong-truong-hoc.html",
    "bth_ngodoc": "https://baothanhhoa.vn/topic/truy-xuat-nguon-goc-thuc-pham-10543",
    "sc_descchk": "https://public-library.safetyculture.io/products/desc-food-safety-checklist-vlhcjbwdredzbbgl",
    "adfca_haccp": "https://studylib.net/doc/26078017/abu-dhabi-food-authority-haccp-for-hotels",
    # energy and water
    "cft_linen": (
        "https://corporatecft.wixsite.com/operational-elements/post/"
        "the-benefits-of-implementing-a-linen-and-towel-reuse-program-in-hotels"
    ),
    "vir_lotus": "https://vir.com.vn/33-tourist-accommodations-receive-green-lotus-label-38560.html",
    "tn_pv": (
        "https://thanhnien.vn/"
        "dien-mat-troi-ap-mai-loi-giai-cho-bai-toan-nang-luong-sach-va-kinh-te-18526012716441338.htm"
    ),
    # waste
    "mtnt_bsf": (
        "http://mtnt.hoinongdan.org.vn/sitepages/news/1108/125038/xu-ly-o-nhiem-moi-truong-nho-ruoi-linh-den%22"
    ),
    "cardoza_kw": "http://cardozapub.com/CateringIndustry/tmvlcaixdr.html",
    "grac_plrtn": "https://grac.vn/cach-bo-rac/clip-huong-dan-phan-loai-rac-tai-nguon/",
    "doc_ctryt": (
        "https://text.123docz.net/document/5654156-"
        "thuc-trang-va-kien-thuc-ve-quan-ly-chat-thai-ran-y-te-tai-mot-so-benh-vien-da-khoa-tinh-nam-2018.htm"
    ),
    "theleader_mg": "https://theleader.vn/thuc-day-kinh-te-tuan-hoan-bang-ung-dung-di-dong-1669479173375.htm",
    "znews_refill": "https://znews.vn/thu-do-tranh-dung-trong-khach-san-post1624796.html",
}
