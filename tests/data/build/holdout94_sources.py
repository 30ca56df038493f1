"""Sources (public pages) for the holdout94 labelled set: source key -> URL."""

S = {
    "tepbac18": (
        "https://tepbac.com/tin-tuc/full-amp/thong-tin-quan-trac-moi-truong-nuoc-tra-vinh-thang-3-2018-24543.html"
    ),
    "tvqt2023": (
        "https://snnptnt.travinh.gov.vn/ket-qua-quan-trac-moi-truong-nuoc/"
        "ket-qua-quan-trac-moi-truong-nuoc-ngay-29-3-2023-tren-dia-ban-tinh-tra-vinh-683148"
    ),
    "tvqt2020": (
        "https://travinh.gov.vn/1444/38877/71012/607848/ket-qua-quan-trac-moi-truong-nuoc/"
        "ket-qua-quan-trac-moi-truong-nuoc-ngay-01-5-2020-tren-dia-ban-tinh-tra-vinh"
    ),
    "tvqt2023b": (
        "https://travinh.gov.vn/1444/38877/71012/688332/ket-qua-quan-trac-moi-truong-nuoc/"
        "ket-qua-quan-trac-moi-truong-nuoc-ngay-02-6-2023-tren-dia-ban-tinh-tra-vinh"
    ),
    "ctuman": "http://cenres.ctu.edu.vn/em/1.php",
    "vlman": "https://baovinhlong.vn/thoi-su/202302/do-man-tang-cao-3155460/",
    "samis": "https://fao.org/in-action/samis/resources/news/detail/la/c/1262671",
    "imetos": "https://en.vietnamplus.vn/imetos-weather-stations-aid-farming-production/47318.vnp",
    "honde4g": (
        "http://vi.hondetechco.com/news/"
        "technical-manual-multi-dimensional-meteorological-monitoring-system-assembly-and-4g-integration"
    ),
    "ientmod": (
        "https://123docz.net/document/2519850-nghien-cuu-thiet-ke-che-tao-cac-module-phuc-vu-do-luong-"
        "giam-sat-trong-tram-khi-tuong-tu-dong.htm"
    ),
    "kttvrt": (
        "https://thuvientailieu.vn/tai-lieu/nghien-cuu-xay-dung-giai-phap-tu-dong-hoa-quan-ly-hoat-dong-"
        "nghiep-vu-tram-kttv-va-truyen-tin-theo-thoi-gian-thuc-tu-cac-50943"
    ),
    "gio": "https://tailieu.vn/doc/phat-trien-va-thu-nghiem-cong-nghe-tu-dong-hoa-quan-trac-gio-2159740.html",
    "nanoman": (
        "https://vietnamnews.vn/environment/348309/"
        "automatic-salinity-monitoring-alarm-system-devised-for-mekong-delta.html"
    ),
    "kesach": "https://baomoi.zadn.vn/ung-dung-mang-cam-bien-trong-kiem-soat-do-man-c34707168.epi",
    "coastprobe": "https://pmc.ncbi.nlm.nih.gov/articles/PMC9961687",
    "zagreb": "https://www.mdpi.com/2077-0472/13/2/369",
    "awsremote": (
        "https://www.zlibrary.cc/dl/setting-up-and-managing-automatic-weather-stations-for-remote-sites-monitoring"
    ),
}

S.update(
    {
        "kttvlu": "http://tapchikttv.vn/article/3482",
        "shtpngap": (
            "https://phapluatmoitruong.vn/"
            "canh-bao-ngap-lut-tu-dong-bang-cong-nghe-cam-bien-vi-co-dien-tu-do-nguoi-viet-che-tao/"
        ),
        "watec": "https://vietnamnet.vn/mot-so-giai-phap-ung-dung-cong-nghe-iot-de-canh-bao-mua-lu-ngap-lut-2240744.html",
        "binhdinhmua": "https://amp.vov.vn/cong-nghe/tram-do-mua-tu-dong-kip-thoi-ung-pho-voi-lu-lut-702205.vov",
        "vrainnn": "https://nongnghiep.vn/tram-do-mua-tu-dong-vrain-gop-phan-giam-nhe-thien-tai-d223769.html",
        "qptmua": (
            "https://vietnamnet.vn/ung-pho-kip-thoi-thien-tai-tu-he-thong-do-mua-canh-bao-lu-thong-minh-2224648.html"
        ),
        "yenbaimua": "https://www.baoyenbai.com.vn/22/349938/Yen-Bai-phat-huy-hieu-qua-cac-tram-do-mua-tu-dong.aspx",
        "vrainbtn": (
            "https://baotainguyenmoitruong.vn/"
            "he-thong-do-mua-tu-dong-vrain-cung-cap-du-lieu-do-mua-de-canh-bao-mua-lu-va-van-hanh-ho-chua-318939.html"
        ),
        "uitman": "https://ce.uit.edu.vn/2017-10-26-10-00-02/ceec/1485-h-th-ng-c-nh-bao-xam-nh-p-m-n",
        "nexsensflood": "https://www.nexsens.com/?p=15487",
        "radaraaxis": "https://aaxisnano.com/blogs/radar-level-sensor",
        "qnuflood": "https://qnujs.vn/scholar/articles/807e884d-98ad-46b5-8276-045a92f94f82/",
        "goodeye": "https://goodeye.com.vn/khi-tuong-thuy-van/canh-bao-lu-tu-dong/",
        "nbiotair": (
            "https://123docz.net/document/12337950-nghien-cuu-cong-nghe-mang-nb-iot-ung-dung-thiet-ke-"
            "tram-quan-trac-chat-luong-khong-khi-di-dong-pdf.htm"
        ),
        "bkcems": "https://bkcems.com/lap-dat-he-thong-quan-trac-khong-khi-xung-quanh/",
        "pamair": "https://khoahocdoisong.vn/tu-lap-dat-quan-trac-khong-khi-post125815.html",
        "reeco": (
            "https://reecotech.com.vn/tram-quan-trac-moi-truong-khong-khi-quy-trinh-lap-dat-tram-quan-trac-khong-khi"
        ),
        "sarajevo": "https://mdpi.com/2073-4433/15/7/798",
        "citisense": "https://pmc.ncbi.nlm.nih.gov/articles/PMC5677343",
        "norsonic": "https://web2.norsonic.com/application/environmental-noise-monitoring/",
        "noisecont": (
            "https://www.environmental-expert.com/articles/"
            "continuous-noise-monitoring-for-environmental-application-33460"
        ),
        "cirrus": "http://www.cirrus-environmental.com/blog/what-is-long-term-noise-monitoring/",
        "casella": "http://www.casellausa.com/en/cel/environm.htm",
    }
)

S.update(
    {
        "vlute_tuoi": (
            "https://text.123docz.com/document/15368953-bao-cao-internet-van-vat-de-tai-"
            "xay-dung-he-thong-tuoi-cay-tu-dong.htm"
        ),
        "kthtx": "https://kthtx.vn/?p=2423",
        "lorawater": "https://cricutcom-setup.com/2224-2708/8/3/45",
        "cottonarray": "http://www.wirelesssmartsensors.com/irrigation/20091120-185417-wireless-smart-sensor-array",
        "cloudlink": "http://www.cloudlink.net.au/IrrigatedAgriculture.html",
        "envco": (
            "https://envcoglobal.com/catalog/agriculture/irrigation/soil-moisture-monitoring/"
            "portable-soil-moisture-measurement/"
        ),
        "dnwwt15": "https://baodongnai.com.vn/tintuc/201505/tiep-tuc-lap-dat-6-tram-quan-trac-tu-dong-nuoc-thai-2384395/",
        "kontum": (
            "http://kkt-kontum.gov.vn/Dua-vao-van-hanh-he-thong-quan-trac-nuoc-thai-cong-nghiep-"
            "tu-dong-lien-tuc-tai-khu-cong-nghiep-Hoa-Binh/8398"
        ),
        "chala": (
            "https://sonnmt.tayninh.gov.vn/quan-trac-moi-truong-sotnmt/khu-cong-nghiep-cha-la-hoan-thanh-"
            "lap-dat-he-thong-quan-trac-nuoc-thai-tu-dong-san-sang-ket-noi-du-lieu-ve-so-nong-nghiep-va-"
            "moi-truong-6777.html"
        ),
        "bdwwt": (
            "http://baodientu.chinhphu.vn/Home/"
            "Binh-Duong-Khanh-thanh-tram-quan-trac-nuoc-thai-tu-dong-dau-tien/20117/91430.vgp"
        ),
        "bkcemsww": "https://bkcems.com/he-thong-quan-trac-nuoc-thai-nghi-dinh-08-2022-nd-cp/",
        "lasido": "https://lasi.vn/toi-uu-he-thong-nuoi-trong-voi-do-oxy-hoa-tan-thoi-gian-thuc",
        "agtom": (
            "https://2lua.vn/article/"
            "giam-sat-nong-do-oxy-va-nhiet-do-ao-nuoi-tom-bang-dien-thoai-di-dong-40576.html?hl=en"
        ),
        "tsvn": "https://thuysanvietnam.com.vn/theo-doi-ao-nuoi-tom-bang-dien-thoai-di-dong/",
        "nnt3ao": (
            "https://nguoinuoitom.vn/giam-sat-va-canh-bao-tu-dong-mot-so-thong-so-moi-truong-trong-cac-ao-nuoi-tom-2"
        ),
        "ctutom": "https://sdmd2045.ctu.edu.vn/upload/cnktcntt/files/basic-html/page162.html",
        "ctuvlpond": "https://sdmd2045.ctu.edu.vn/upload/cnktcntt/files/basic-html/page147.html",
        "milne": "http://www.milnetechnologies.ca/adcp.htm",
        "weme": "https://weme-2022.web.app/Surface_Water_Quantity/ADCP.html",
        "wscadcp": "https://publications.gc.ca/site/eng/9.917944/publication.html",
        "aha": "https://aha.net.au/?p=748",
    }
)

S.update(
    {
        "hcmuslora": (
            "https://123docz.net/document/6492745-mang-cam-bien-khong-day-ung-dung-cho-nong-nghiep-cong-nghe-cao.htm"
        ),
        "danangloraair": (
            "https://123docz.net/document/9862921-he-tho-ng-gia-m-sa-t-cha-t-lu-o-ng-kho-ng-khi-"
            "trong-co-ng-nghie-p-su-du-ng-ma-ng-lora.htm"
        ),
        "lpwan": "https://meratch.com/glossary/lpwan",
        "ublox": "https://www.u-blox.com/en/blogs/tech/powering-ten-years-nb-iot-connectivity-single-battery",
        "nbmeter": "https://dzswatermeters.com/this-is-a-test-article/",
        "cognecto": "https://www.cognecto.com/pages/resources/smart-water-loRaWAN.html",
        "hydrocst": "http://warsa.de/projects/hydrocst/hydrocst.html",
        "dt90n": "https://www.dataloggerinc.com/resource-article/hydrologic-monitoring-rainfall/",
        "frogrx": (
            "http://news.thomasnet.com/companystory/telemetry-solution-sends-rainfall-intensity-data-online-20030068"
        ),
        "sdl500": "https://www.nexsens.com/knowledge-base/submersible-data-loggers/sdl500/sdl500-optional-outputs.htm",
        "sutron": "https://manualshive.com/manual/sutron/monitor/1407880",
        "qtcal": "https://quantracmoitruongtudong.com/kiem-dinh-thiet-bi-quan-trac-tu-dong/",
        "hopnhat": "https://moitruonghopnhat.com/kiem-dinh-hieu-chuan-thiet-bi-do-luong-2181.html",
        "tt10cal": (
            "https://thuvienphapluat.vn/hoi-dap-phap-luat/iframe/55300-hd-kiem-dinh-hieu-chuan-va-kiem-tra-"
            "dinh-ky-doi-voi-thiet-bi-quan-trac-tu-dong-lien-tuc-duoc-quy-dinh-ra-sao.html"
        ),
        "asincal": (
            "https://asin.com.vn/"
            "hoat-dong-kiem-dinh-hieu-chuan-thiet-bi-do-cho-tram-quan-trac-nuoc-tu-dong-lien-tuc.html"
        ),
        "abdcal": "https://antoanbinhduong.com/kiem-dinh-hieu-chuan-thiet-bi-quan-trac-moi-truong.html",
        "overton": ("https://studylib.net/doc/7705650/a-guide-for-amateur-observers-to-the-exposure-and-calibra..."),
        "marquette": "https://marquetteweather.com/blog/2020/05/14/instrument-calibrations/",
        "minaws": "http://gatewayhealthinstitute.org/index.php/what-we-do/technology/180-smartagric",
        "awhere": "https://docs.awhere.com/knowledge-base-docs/distributing-with-ict/",
        "iwmisms": (
            "http://presa.worldagroforestry.org/connecting-farmers-to-aricultural-information-through-sms-services/"
        ),
        "cwfc": "https://globalissues.org/amp/news/2013/05/28/16660",
        "rcm": (
            "https://ccafs.cgiar.org/research/annual-report/2014/"
            "getting-climate-smart-information-to-rice-farmers-by-mobile-phone"
        ),
        "kttvnn": "https://123docz.net/document/12105429-thong-bao-khi-tuong-nong-nghiep-so-thang-ii-2022.htm",
    }
)

S.update(
    {
        "iuman": "https://citt.hcmiu.edu.vn/trung-tam-kvmn-ve-gdptbv-ho-tro-canh-tac-nong-nghiep-ben-vung-tai-dbscl",
        "vlcong18": (
            "https://baovinhlong.com.vn/thoi-su/201805/"
            "dong-bang-chu-dong-song-chung-han-man-ky-2-chu-dong-don-man-2891940"
        ),
        "namthit": (
            "https://vtv8.vtv.vn/xa-hoi/"
            "de-bao-chong-man-giup-cay-trong-song-khoe-giai-doan-han-man-20160227144246124.htm"
        ),
        "vl2026": (
            "https://vietnam.vnanet.vn/vietnamese/tin-van/"
            "vinh-long-dieu-tiet-nguon-nuoc-phuc-vu-san-xuat-nong-nghiep-433932.html"
        ),
        "tv2023cong": (
            "https://baotintuc.vn/xa-hoi/tra-vinh-khan-truong-ngan-nuoc-man-xam-nhap-noi-dong-20230109090330658.htm"
        ),
        "tv2022cong": (
            "https://www.doanhnghiepkinhtexanh.vn/"
            "tra-vinh-dong-cong-dau-moi-de-ngan-man-tru-ngot-cho-dong-ruong-a4282.html"
        ),
        "vungliem": "https://nongnghiepvungliem.gov.vn/?p=7668",
        "vl60k": (
            "https://thvl.vn/th%E1%BB%9Di-s%E1%BB%B1-thvl/tin-dia-phuong/"
            "vinh-long-co-khoang-60-000-ha-dat-san-xuat-nong-nghiep-anh-huong-man-xam-nhap/"
        ),
        "longho": (
            "https://www.thvl.vn/th%E1%BB%9Di-s%E1%BB%B1-thvl/tin-dia-phuong/"
            "cac-xa-cu-lao-huyen-long-ho-no-luc-ung-pho-xam-nhap-man/"
        ),
        "gwdecline": "https://www.vjol.info.vn/index.php/TCKHBDKH/article/view/57755",
        "nawapiq": (
            "https://nawapi.gov.vn/hoi-dap/hoi-dap-hoi-dap/cac-tn-ti-ca-mng-li-quan-trc-nc-di-t-vung-nam-b-"
            "vic-nghien-cu-c-s-khoa-hc-va-thc-tin-hoan-thin-mng-li-quan-trc-nc-di-t-vung-nam-b-da-tren-c-s-nao/"
        ),
        "nawapiphe": (
            "https://nawapi.gov.vn/cong-trinh-du-an/nhim-v-chuyen-mon-ang-thc-hin/"
            "hien-trang-va-dien-bien-pheu-ha-thap-muc-nuoc-vung-dong-bang-song-cuu-long/"
        ),
        "hcmgwnet": (
            "https://123docz.net/document/1323568-bao-cao-khoa-hoc-toi-uu-hoa-mang-quan-trac-dong-thai-"
            "nuoc-duoi-dat-vung-thanh-pho-ho-chi-minh.htm"
        ),
        "vltrieu25": (
            "https://amp.vtcnews.vn/mien-tay-canh-bao-trieu-cuong-dang-cao-nguy-co-ngap-tren-dien-rong-ar987310.html"
        ),
        "vltrieu23": "https://vov.vn/xa-hoi/nhieu-tuyen-duong-vinh-long-bi-ngap-do-trieu-cuong-post1055750.vov",
        "vxtrieu": "https://vnexpress.net/nha-vuon-bac-ty-o-mien-tay-xac-xo-sau-trieu-cuong-lich-su-4957340.html",
        "quoithien": "https://nhandan.vn/dia-phuong/quoi-thien/3396.html",
        "anbien": (
            "https://123docz.net/document/11917026-ung-dung-cong-nghe-iot-va-mang-cam-bien-trong-giai-phap-"
            "quan-ly-moi-truong-va-nang-cao-hieu-qua-mo-hinh-lua-tom-o-huyen-an-bien-tinh-kien-giang.htm"
        ),
        "awdctu": (
            "https://tailieu.vn/doc/he-thong-giam-sat-va-dieu-khien-ung-dung-cong-nghe-iot-phuc-vu-canh-tac-"
            "lua-theo-ky-thuat-uot-va-kho-2547841.html"
        ),
        "satlo": (
            "https://kienthuc.net.vn/"
            "dieu-dac-biet-o-cong-trinh-canh-bao-sat-lo-som-vinh-danh-nhan-tai-dat-viet-post1581408.html"
        ),
        "etccems": "http://etcvietnam.com/blogs/dich-vu/he-thong-quan-trac-khi-thai-tu-dong-lien-tuc",
        "hatex": "https://hatex.com.vn/chao-ban/tram-quan-trac-khi-thai-ong-khoi-30001.html",
        "dhmuseum": (
            "https://thitruong.nld.com.vn/tieu-dung/nhiet-dien-than-rong-cua-de-nguoi-dan-giam-sat-2017010518361129.htm"
        ),
        "genco1": "https://thanhnien.vn/doi-song/nguoi-dan-co-the-soi-moi-truong-cua-nha-may-nhiet-dien-1138411.html",
        "vtdust": (
            "https://www.sggp.org.vn/"
            "ubnd-tinh-binh-thuan-chi-dao-xu-ly-vu-bui-than-phat-tan-ra-moi-truong-post787499.html"
        ),
        "apdnoise": (
            "http://hoinhabaohcm.vn/index/search?keyword=%C3%B4+nhi%E1%BB%85m+ti%E1%BA%BFng+%E1%BB%93n+d%C3%A2n+c%C6%B0"
        ),
    }
)

S.update(
    {
        "ysifoul": (
            "https://www.ysi.com/ysi-blog/water-blogged-blog/2016/05/"
            "7-tips-to-fight-fouling-and-extend-sonde-deployments-tip-4"
        ),
        "mesocosm": ("https://wiki.mesocosm.org/index.php?direction=next&oldid=1079&title=High_Frequency_Monitoring"),
        "idscope": "http://www.id-scope.mc/Oceano05.html",
        "valeport": "https://www.valeport.co.uk/parameters/water-level-measurement/",
        "esgtide": "https://esg-hk.com/products_details.php?ClassId=8&detail_id=68",
        "ctucong": "https://sdmd2045.ctu.edu.vn/upload/cnktcntt/files/basic-html/page208.html",
        "dautieng": (
            "https://vtechcom.com.vn/he-thong-scada-dau-tieng-cu-chi-la-du-an-tieu-bieu-duoc-lua-chon-de-"
            "gioi-thieu-tai-hoi-thao-dao-tao-ve-hien-dai-hoa-thuy-loi-tai-da-nang"
        ),
        "scadatl": (
            "https://text.123docz.net/document/1013174-tai-lieu-cong-nghe-scada-giai-phap-hdh-cong-tac-"
            "quan-ly-dieu-hanh-tuoi-tieu-ppt.htm"
        ),
        "bhhmua": "http://cpo.vn/tin-tuc-su-kien/so-hoa-van-hanh-he-thong-thuy-loi-702",
        "tlutele": (
            "https://tailieu.vn/doc/"
            "nghien-cuu-giai-phap-quan-ly-giam-sat-cong-trinh-thuy-nong-tu-xa-thong-qua-mang-vien-thong-1802536.html"
        ),
        "mtbag": "http://dev.duytan.edu.vn/xa-hoi/nguoi-mien-tay-tim-cach-cai-thien-han-man-20210505140759932.htm",
        "roloc": "https://chauruainoxtienphat.com/nhung-luu-y-khi-chon-mua-may-loc-nuoc-tai-viet.html",
        "thingsboard": "https://raw.githubusercontent.com/thingsboard/thingsboard/master/README.md",
        "dofthings": "https://github.com/nayobix/d-of-things",
        "landslideapi": "https://doan.edu.vn/do-an/xay-dung-he-thong-giam-sat-truot-lo-tren-cong-nghe-ma-nguon-mo-51588",
        "iotasia": "https://iotasia.org/giai-phap-quan-trac-moi-truong-ngoai-troi/",
        "biomassapp": (
            "https://vnexpress.net/khoa-hoc/cuoc-thi-sang-kien-khoa-hoc-2025/giai-phap/"
            "xay-dung-app-mobile-ve-danh-gia-chat-luong-khong-khi-tu-hoat-dong-dot-ho-sinh-khoi-1109708894"
        ),
        "dtunoise": "https://123docz.net/document/9871115-thiet-ke-va-che-tao-thiet-bi-giam-sat-do-tieng-on.htm",
        "lidinconoise": "https://lidinco.com/dich-vu-quan-trac-tieng-on",
        "lidincoslm": "https://lidinco.com/vi/tong-quan-ve-may-do-do-on",
        "antoannoise": "https://antoanlaodong.org/do-do-on-am-thanh",
        "tktechslm": "https://tktech.vn/bi-quyet-chon-may-do-do-on-phu-hop-dung-may-dung-viec/",
        "scottfire": (
            "http://www.scottech.net/about_scott_technical/company/projects/campbell_scientific_fire_weather/"
        ),
        "dynamet": "https://manualshive.com/manual/dynamax/dynamet-5/2547992",
        "meterwx": "https://metergroup.com/webinars/weather-data-why-accuracy-is-more-complicated-than-you-think/",
        "campbellaws": "https://www.campbellsci.de/automated-weather-stations",
        "bosl": "https://bosl.com.au/wiki/index.php?diff=23937&oldid=21890&title=Rain_gauge",
        "cavepearl": (
            "https://thecavepearlproject.org/2023/04/15/insights-from-a-decade-of-tipping-bucket-rain-gauge-deployment/"
        ),
        "lcrain": "https://gi.copernicus.org/articles/13/163/2024",
        "k9rain": "http://www.k9soa.net/home-x10/x10-house/rain-gauges-going-wireless.html",
        "metoswm": "http://docs.metos.at/Joining+water+tension+and+soil+moisture?structure=iMETOS+ECO+Series",
        "sprinkl": "http://www.sumobrain.com/patents/wipo/Remote-wireless-moisture-sensors-irrigation/WO2019169226A1.html",
        "soilsalprof": "https://cricutcom-setup.com/2224-2708/13/3/32",
    }
)

S.update(
    {
        "blower": (
            "https://maybomnuocttchinhhang.com/"
            "vi-sao-90-ao-tom-xuong-oxy-vao-ban-dem-may-thoi-khi-con-so-giai-quyet-the-nao"
        ),
        "paddle": "https://www.anbinhbio.com/ky-thuat/nuoi/cac-van-de-cua-quat-nuoc-trong-nuoi-tom-217.htm",
        "aercomp": "https://tepbac.com/tin-tuc/full-amp/so-sanh-hieu-qua-cua-cac-dang-may-tao-khi-ao-tom-31605.html",
        "mist": "https://scpsyndicate.com/post/3855.html",
        "wetcyc": (
            "https://text.123docz.net/document/2825996-"
            "tieu-luan-mon-cong-nghe-xu-ly-khi-thai-va-tieng-on-cyclone-uot.htm"
        ),
        "surimi": "https://moitruongxanh.vn/?p=1072",
        "soundwall": "https://panelchinhhang.vn/lam-tuong-cach-am",
        "acoupanel": "https://vatlieuminhphat.vn/giai-phap-vach-tieu-am-chuyen-nghiep-cho-van-phong-va-hoi-truong.html",
        "earapp": "https://ear.vn/blogs/news/cach-do-tieng-on-hieu-qua-bang-dien-thoai-huong-dan-chi-tiet",
        "tfxgw": (
            "https://st.tfxlabs.com/question-0-y/underground-and-surface-water-data-collection-methods-1-"
            "VptKpLy2KbpqbUhRe8m5bg/answers/7JsWtpxG7ryzhwEj7LV-9Q"
        ),
        "indiadwlr": "http://indiawrm.org/onlinesubmission/Ground_Water.aspx",
        "wwdlogger": "http://www.wwdmag.com/data-acquisition-systems/choosing-water-level-logger",
        "vanwalt": "https://www.vanwalt.com/news/2011/11/15/groundwater-level-logging-comes-of-age/",
        "hopehyd": "http://www.hopehydrology.com/Groundw.html",
        "geodust": "https://geo-instruments.co.uk/expertise/technologies/dust-monitors",
        "syscodust": (
            "https://sysco-env.co.uk/construction-boundary-monitoring/dust-monitoring/"
            "how-does-boundary-dust-monitoring-work?/"
        ),
        "raecotsi": "https://raecorents.com/blogs/webinars/webinar-perimeter-dust-monitoring-with-tom-douglas-tsi",
        "guardian2": (
            "https://industrialhygienepub.com/industrial-hygiene-in-the-workplace/"
            "construction-boundary-monitoring-protecting-workforces-communities/"
        ),
        "rpigw": (
            "https://fanyv88.com:443/https/www.scribd.com/document/754553042/Design-and-Development-of-Low-Cost-LoRaWAN-"
            "Gateway-Using-Raspberry-Pi-and-Analysis-of-RSSI-Packet-Loss-vs-Distance"
        ),
        "ws0100": "http://38.142.81.21:8001/manual/unit-connection-technology/ws0100/user-s-manual-english/page-20.html",
        "dcical": "https://moitruongdci.com/kiem-dinh-hieu-chuan-thiet-bi-quan-trac-moi-truong",
    }
)

S.update(
    {
        "reecowq": (
            "https://reecotech.com.vn/san-pham/do-dac-quan-trac-hai-van-thuy-van-moi-truong/"
            "do-dac-va-quan-trac-chi-tieu-chat-luong-moi-truong-nuoc/he-thong-giam-sat-da-chi-tieu-chat-luong-"
            "moi-truong-nuoc/tram-quan-trac-giam-sat-chat-luong-nuoc-lien-tuc-truc-tuyen"
        ),
        "fasfar": "http://fasfartech.vn/gp-qtnuocmat",
        "mecie": "https://mecie.vn/san-pham/tong-quan-he-thong-giam-sat-chat-luong-nuoc-mat/",
        "iuhsal": "https://scribd.com/document/722533345/tphuc-Editor-Bai-6",
        "asintl": "https://asin.com.vn/quan-trac-chat-luong-nuoc-trong-he-thong-thuy-loi.html",
        "strath": "https://scribd.com/document/540543308/Electronics-10-02224",
        "wbrice": (
            "http://documents1.worldbank.org/curated/en/832681590558318165/text/Synthesis-Paper-for-Piloting-"
            "Automated-Sensor-Applications-for-Improving-Rice-Water-Use-Efficiency-Project.txt"
        ),
        "gsmanb": (
            "https://documents.pub/document/"
            "development-guide-for-agriculture-using-nb-iot-also-to-select-the-right-antenna.html"
        ),
        "plosnb": "https://journals.plos.org/plosone/article?id=10.1371%2Fjournal.pone.0339878",
        "seeact": "http://seeact.vn/he-thong-giam-sat-nhiet-do-do-am-la-gi/",
        "ctuthuycanh": (
            "https://tailieu.vn/doc/luan-van-cong-nghe-ky-thuat-co-dien-tu-giam-sat-vuon-rau-thuy-canh-2420129.html"
        ),
        "imdlight": (
            "https://industrialmonitordirect.com/blogs/knowledgebase/"
            "lightning-arrestor-requirements-for-solar-power-control-cabinet"
        ),
        "stevens": "https://stevenswater.com/news-and-articles/protecting-remote-monitoring-sites-from-lightning-damage/",
        "kongfar": (
            "https://www.kongfar.com/industrynews/"
            "off-grid-solar-power-system-for-gnss-geological-monitoring-infrastructure-in-meishan-sichuan.html"
        ),
        "solarinsure": "https://www.solarinsure.com/protect-your-solar-power-system-from-lightning/embed",
        "binhdinhmua": "https://amp.vov.vn/cong-nghe/tram-do-mua-tu-dong-kip-thoi-ung-pho-voi-lu-lut-702205.vov",
    }
)

S.update(
    {
        "taploc": "https://vnexpress.net/so-hoa/may-loc-nuoc-gan-truc-tiep-tai-voi-co-tot-khong-3997729.html",
        "fishaer": "https://cungcapmaybom.com/tin-tuc/may-suc-khi-ao-nuoi-ca-giup-tang-kha-nang-ton-tai-cua-ca",
        "duraflex": (
            "https://nhasang.net/noi-that-hien-dai/"
            "top-cac-vat-lieu-cach-am-tuong-phong-ngu-tot-nhat-cham-soc-giac-ngu-tuyet-voi-dpj1201.html"
        ),
        "scadafeed": (
            "https://123docz.net/document/11060288-do-an-mon-hoc-thiet-ke-he-thong-scada-quan-li-he-thong-"
            "phoi-tron-nguyen-lieu-tag-phu-thai.htm"
        ),
        "wwtdet": "https://123docz.net/document/1458162-thiet-ke-he-thong-xu-ly-nuoc-thai-det-nhuom-cs-100-m3ngd.htm",
        "wwtcoco": (
            "https://text.123docz.net/document/5275278-tinh-toan-thiet-ke-he-thong-xu-ly-n-oc-thai-nha-may-"
            "che-bien-dua-mo-cay-cong-suat-200m3-ngay-dem.htm"
        ),
        "wwtf17": (
            "https://text.123docz.net/document/2580984-"
            "tinh-toan-thiet-ke-he-thong-xu-ly-nuoc-thai-nha-may-che-bien-thuy-san-f17.htm"
        ),
        "tomcat": (
            "https://tailieuhoc.vn/"
            "mot-so-van-de-ve-thiet-ke-he-thong-ao-nuoi-tom-tren-cat-gan-voi-xu-ly-moi-truong-tai-tinh-binh-dinh-2738"
        ),
        "prawnras": (
            "https://text.123docz.net/document/204169-danh-gia-hieu-qua-cua-he-thong-loc-tuan-hoan-trong-san-"
            "xuat-giong-tom-cang-xanh-macrobrachium-rosenbergii-toan-duc-luan-van-hoan-chinh.htm"
        ),
        "tnforecast": "https://thanhnien.vn/thoi-su/thoi-tiet-thay-doi-bat-thuong-de-phong-giong-loc-mua-da-1082930.html",
        "pestbul": "https://www.tintucnongnghiep.com/2015/07/du-bao-sau-benh-tren-cay-lua-o-bscl_21.html",
        "pvmeter": (
            "https://www.energy.gov/femp/"
            "metering-federal-solar-pv-systems-remote-locations-options-remote-site-network-connections"
        ),
        "khichongon": "https://123docz.net/document/5862881-bao-ve-moi-truong-khi-chong-on.htm",
        "bentre": (
            "https://5text.net/doc/hieu-qua-quan-ly-tai-nguyen-nuoc-mat-phuc-vu-san-xuat-nong-nghiep-va-nuoi-"
            "trong-thuy-san-duoi-tac-dong-cua-xam-nhap-man-tai-tinh-ben-tre.103016.5d72"
        ),
        "urbanrain": "https://cricutcom-setup.com/1424-8220/22/15/5486",
        "ledan": "https://123docz.net/trich-doan/4108560-so-do-truyen-nhan-du-lieu.htm",
    }
)

S.update(
    {
        "vltraon": (
            "https://thvl.vn/th%E1%BB%9Di-s%E1%BB%B1-thvl/tin-dia-phuong/nong-dan-tra-on-gap-kho-vi-xam-nhap-man/"
        ),
        "vlcaihop": "https://baovinhlong.com.vn/thoi-su/201403/man-toi-lang-the-2537972",
        "thvlpest": (
            "https://thvl.vn/th%E1%BB%9Di-s%E1%BB%B1-thvl/tin-dia-phuong/"
            "can-quan-tam-phong-tru-dich-hai-tren-tra-lua-dong-xuan-giai-doan-dong-tro-den-chin/"
        ),
        "tvlongson": "https://moitruong.net.vn/tra-vinh-su-dung-nguon-nuoc-hieu-qua-trong-san-xuat-nong-nghiep-73848.html",
        "trangtom": "https://catovina.com/suc-nong-gay-soc-hon-370ha-ao-tom-tra-vinh-chiu-tac-dong-nang-ne",
        "tepbachot": "https://tepbac.com/tin-tuc/full/dbscl-nang-nong-gay-gat-tom-tiep-tuc-chet-hang-loat-30470.html",
        "vnpxtomnon": "https://vietnamplus.vn/phai-thu-hoach-tom-non-dan-tra-vinh-lo-nang-post43114.amp",
        "thvllua": "http://thvl.vn/nguoi-dua-tin-24g/hang-ngan-hec-ta-lua-o-tra-vinh-mat-trang-do-han-man/",
        "baolongan": (
            "http://baolongan.vn/"
            "long-an-co-18-20-khu-cong-nghiep-9-doanh-nghiep-lap-dat-tram-quan-trac-nuoc-thai-a74363.html"
        ),
    }
)
