"""Writes tests/data/matching_holdout96.json: a blind labelled set on security and safety technology for
shops, farms, warehouses and factories in Tra Vinh (now part of Vinh Long).

Theme and sub-topics. CCTV for farms, shrimp ponds, orchards and remote sites (solar and 4G cameras, barn
cameras); cameras for shops, warehouses and factories (IP systems, recorders, open-source NVR software) and
anti-shoplifting EAS gates and tags; video analytics (AI perimeter and loitering detection, face watch-lists,
restricted zones, licence-plate recognition and smart motorbike parking); intruder alarms, monitored alarms
and electric or sensor fences; access control and locks (cards, PINs, face terminals, smart locks); guard
tour and patrol systems; anti-theft for livestock (GPS collars, RFID marking), for boats (vessel monitoring
systems, outboard locks, onboard alarms) and for motorbikes (GPS trackers, smart keys, immobilisers, hidden
switches); cybersecurity basics for small firms (MFA, backups, ransomware, phishing and email-fraud training,
firewall, open-source security monitoring).

Distractors. 32 of the 162 offers (lTo130-lTo161) come from neighbouring fields and share words with the
needs without solving them: IoT monitoring of pig barns, greenhouses, hydroponics and shrimp-pond water,
solar and wind power for aquaculture, spraying drones, fire-alarm systems, RFID for stock-taking and staff
records, dairy ear tags, herd record keeping, POS software and fleet telematics. 11 of them are judged, all
grade 1 where they are an adjacent step (fire alarms for the AI fire-and-intrusion camera need, fleet
telematics for the delivery-bike tracking need, RFID staff records for access control, herd ID tags for the
livestock-identification needs): 15 grade-1 judgements, no grade 2; the other 21 stay unjudged.

Sources. Pages were found with the search tool, corpus "pages" (47 queries, Vietnamese and English, at least
one per sub-topic) and corpus "docs" (6 queries: Frigate, Traccar, Wazuh, restic, OPNsense, ZoneMinder).
Every offer and every need paraphrases one public page, figures kept and no sentence copied; a page may
serve several items but no need shares its page with one of its grade-2 offers. 231 distinct pages: 162 for
the offers (one each) and 69 for the needs (some serve two or three needs). Only the page behind lTn02 and
lTn23 is about Vinh Long and Tra Vinh; the other needs are written from pages about other provinces (Ca Mau,
Bac Lieu, Dak Lak, Gia Lai, Binh Thuan, Binh Dinh, Da Nang, Hai Phong, Ho Chi Minh City...), other countries
or no place at all, and are set in the province all the same (Cau Ngang, Duyen Hai, Tra Cu, Cau Ke, Tieu
Can, Cang Long, Chau Thanh, Tra Vinh city, Long Duc and Co Chien industrial parks, Dinh An; Tam Binh, Tra On,
Vung Liem, Mang Thit, Long Ho, Binh Minh, Vinh Long city, An Binh islet).

Counts. 162 offers: 79 Vietnamese, 83 English. 75 needs: 39 Vietnamese, 36 English; 6 Vietnamese needs are
typed without accents (lTn16, lTn22, lTn25, lTn33, lTn40, lTn54) and marked "vi". 548 judged pairs: 298 at
grade 2 and 250 at grade 1; 3 to 12 judged offers per need, 7.3 on average; every need has at least one
grade-2 offer and every non-distractor offer is judged for at least one need.

Language situations (grade-2 offers only). 17 needs are answered only in their own language (lTn05, lTn11,
lTn12, lTn15, lTn17, lTn24, lTn34, lTn37, lTn39, lTn41, lTn45, lTn47, lTn55, lTn56, lTn57, lTn64, lTn74),
about 23% rather than a full quarter; 9 are answered only in the other language (lTn06, lTn08, lTn32, lTn38,
lTn40, lTn44, lTn58, lTn69, lTn73); 49 are answered in both. So 17 needs have all their grade-2 offers in
their own language and 58 do not. The shares guided which needs were written; no grade was raised or
lowered to reach them.

Blind. Written without any knowledge of the matching engine: in the repository only
tests/data/build/labelled_set.py was read (for the row format and the writer); no matching code, docs,
benchmarks, tests, other labelled sets or other make scripts were opened, and git was not run.

Caveats. One judge, no second opinion or adjudication; grades 1 versus 2 are the most subjective, notably
for generic guides (cybersecurity, access control) versus the concrete service a need asks for. Several pages
are thin (search excerpts of a paragraph or less: e.g. nunova, bookmarkilo, diccionario, kallum, karimyrmg,
autodealergps, trendsmask), so their items lean on little text. Most needs take their facts from places
outside the province. Many offers restate research, theses, news articles, guides or product pages as
services or transfers (university projects from Can Tho, Lac Hong, HUST, HUTECH, VKU, the Academy of
Cryptography Techniques; open-source software; foreign vendors), so the "provider" is sometimes nominal.
Prices and figures are those of the source pages (often foreign currencies and years), not of the province.
"""

import pathlib
import sys

if __name__ == "__main__":
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
    from holdout96_needs import NEEDS
    from holdout96_offers import OFFERS
    from holdout96_sources import S
    from labelled_set import write

    write("holdout96", NEEDS, OFFERS, S)
