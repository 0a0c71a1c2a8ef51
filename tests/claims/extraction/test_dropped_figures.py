"""Figures dropped outright, a force's strength with no verb of sending, and qualifier forms (issue 11, round 14,
helper r14drop), both languages, each a class of the language rather than a sentence.

Every sentence is our own (invented places, people and figures); the wordings are those read in real reports:
Antara, detik, Gatra and Okezone security copy ("total personil yang melakukan pengamanan di Jakarta berjumlah 34
ribu anggota", "jumlah personel ... sebanyak"), wire copy on troops abroad ("There are about 5,200 troops in Iraq",
"the forces will number roughly 1,500"), Coast Guard copy ("capsized about seven nautical miles east of"), CAL FIRE
incident summaries ("Acres Burned: 253,332", "Acreage: ..."), haze copy ("ISPU ... menyentuh 192", "ISPU mencapai
452"), crowd copy ("polisi memperkirakan massa ..."), prison epidemic copy ("detainees have died of cholera"), wire
updates ("up from the 20 reported earlier") and epidemic bulletins ("In week 40, 331 new cases"). Each row: text, then
(measure, subject, low, high) for every claim.

- a force's strength by a tally word (``force_strength.py``, ``[cues] force_tally_words``, ``force_count_verbs``,
  ``force_labels``): "Jumlah total aparat di lokasi kini 2.700 personel, termasuk 1.100 personel Brimob", "Troops
  totalling 2,800 are now in the province" are deployed. Controls: "Total tujuh anggota TNI bertugas di pos itu", a
  squad's size ("satu regu prajurit berjumlah 10 orang"), a force labelled by another verb. The total a force's
  increment brings is deployed, the increment ``other``/increase: "tambahan 16 personel sehingga menjadi 30 orang".
- an estimate verb governing a figure past its object (``qualifiers.estimated_object``, ``[cues]
  estimate_object_verbs``): "Polisi memperkirakan massa hanya 8.000 orang" is about. Controls: a projection ("bisa
  mencapai"), one noun between ("memperkirakan pergerakan 98 juta orang"), English "put the crowd at" (exact).
- a verb's particle "over" is no bound (``qualifiers.qualifier_before``, ``[cues] particle_verbs``,
  ``verb_particles``): "the mudslide swept over 44 homes" is exact. Controls: "killed over 44 people", "ran roughly
  650 metres".
- the nautical mile is a unit (``[units]``), so "about 22 nautical miles" keeps a unit's width, 19.8..24.2.
- an article after "up from" (``[anaphora] inherit_before``): "up from the at least 14 reported earlier" is the
  earlier toll; an article is never a place.
- a figure refused its noun's measure takes its predicate's (``noun_predicates.py``): "16 detainees have died of the
  disease" is deaths. Controls: detainees moved or in a camp stay arrested.
- a comma after a label's number ends the identifier list (``enumerators.listed_identifier``): "In week 12, 87 new
  dengue cases were recorded". Controls: "RT 01, 02 dan 05", "Gates 7, 8 and 9".
- a fact box's acreage line (``[units_before] acres``): "Acreage: 412,300" is acres.
- "all but n" after a discharge is the patients left in hospital (``complements.py``, ``[cues] complement_openers``,
  ``complement_care_labels``). Controls: a plain discharge, a release from custody.
- a density is a rate, no count of people (``[units]``: "about five people per square yard", "jiwa per kilometer
  persegi"), with a unit's width.
- an index named before its value in the clause (``index_values.py``, ``[cues] index_units``): "ISPU di Pekanbaru
  menyentuh angka 312", "the AQI reached 312". Control: the index with no figure of its own.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

FORCE_ID: list[Any] = [
    (
        "Jumlah total aparat di lokasi kini 2.700 personel, termasuk 1.100 personel Brimob.",
        [("deployed", "security_forces", 2700, 2700), ("deployed", "police", 1100, 1100)],
    ),
    (
        "Kekuatan pasukan TNI di perbatasan saat ini 1.450 prajurit.",
        [("deployed", "soldiers", 1450, 1450)],
    ),
    (
        "Menurut Kapolres, jumlah polisi yang disiagakan di sekitar stadion 900 orang.",
        [("deployed", "police", 900, 900)],
    ),
    (
        "Tim gabungan berjumlah sekitar 80 personel masih menyisir sungai.",
        [("deployed", "people", 72, 88)],
    ),
    (
        "Tim SAR mendapat tambahan 16 personel sehingga menjadi 30 orang.",
        [("other", "increase", 16, 16), ("deployed", "people", 30, 30)],
    ),
    (
        "Jumlah personel bertambah 12 orang menjadi 45 orang.",
        [("other", "increase", 12, 12), ("deployed", "people", 45, 45)],
    ),
    # controls: "Total" right before the figure counts the post; a squad's size; a force another verb labels
    ("Total tujuh anggota TNI bertugas di pos itu saat diserang.", [("other", "soldiers", 7, 7)]),
    (
        "Satu regu prajurit berjumlah 12 orang membantu warga.",
        [("other", "squads", 1, 1), ("other", "soldiers", 12, 12)],
    ),
    ("Sebanyak 40 polisi ditangkap karena narkoba.", [("arrested", "police", 40, 40)]),
]
test_force_strength_id = rows_test(FORCE_ID, "id")

FORCE_EN: list[Any] = [
    ("Troops totalling 2,800 are now in the province.", [("deployed", "soldiers", 2800, 2800)]),
    (
        "The force now numbers 1,400 soldiers, including 600 marines.",
        [("deployed", "soldiers", 1400, 1400), ("deployed", "soldiers", 600, 600)],
    ),
    ("Police officers numbering about 3,000 were in the capital on Sunday.", [("deployed", "police", 2700, 3300)]),
    # controls: no tally word; a force that is counted among the dead
    ("Twelve soldiers were at the checkpoint when the bomb went off.", [("other", "soldiers", 12, 12)]),
    ("The total number of soldiers killed rose to 14.", [("killed", "soldiers", 14, 14)]),
]
test_force_strength_en = rows_test(FORCE_EN, "en")

ESTIMATE_ID: list[Any] = [
    ("Polisi memperkirakan massa hanya 8.000 orang.", [("participants", "people", 7200, 8800)]),
    ("Polisi memperkirakan jumlah massa 3.000 orang.", [("participants", "people", 2700, 3300)]),
    ("Kapolres memperkirakan peserta aksi sebanyak 1.500 orang.", [("participants", "people", 1350, 1650)]),
    # controls: a projection stays exact; one noun between is the figure's owner; an exact count after a comma
    (
        "BPBD memperkirakan jumlah pengungsi bisa mencapai 4.000 jiwa jika hujan berlanjut.",
        [("other", "projected", 4000, 4000)],
    ),
    ("Pemerintah memperkirakan pergerakan 80 juta orang selama libur.", [("other", "people", 80000000, 80000000)]),
    ("Polisi memperkirakan massa bertambah, dan 12 orang ditangkap.", [("arrested", "people", 12, 12)]),
]
test_estimate_object_id = rows_test(ESTIMATE_ID, "id")

QUALIFIER_EN: list[Any] = [
    ("The mudslide swept over 44 homes in the valley.", [("other", "homes", 44, 44)]),
    ("Police handed over 19 suspects to prosecutors.", [("other", "suspects", 19, 19)]),
    ("The boat sank about 22 nautical miles off the coast.", [("other", "nautical miles", 19.8, 24.2)]),
    ("The ferry capsized some 9 nautical miles east of Port Arlo.", [("other", "nautical miles", 8.1, 9.9)]),
    (
        "The toll rose to 23, up from the at least 14 reported earlier.",
        [("killed", "people", 23, 23), ("killed", "people", 14, None)],
    ),
    (
        "The death toll climbed to 40, up from the 31 reported on Monday.",
        [("killed", "people", 40, 40), ("killed", "people", 31, 31)],
    ),
    # controls: "over" after a verb of no particle is a bound; another qualifier after "ran" stays
    ("The storm killed over 44 people.", [("killed", "people", 45, None)]),
    ("The slide ran roughly 650 metres downhill.", [("other", "meters", 585, 715)]),
    ("Over 30 homes were damaged.", [("damaged", "homes", 31, None)]),
]
test_qualifier_forms_en = rows_test(QUALIFIER_EN, "en")

DROPPED_EN: list[Any] = [
    ("16 detainees have died of the disease.", [("killed", "people", 16, 16)]),
    ("Sixteen detainees have died of cholera since March.", [("killed", "people", 16, 16)]),
    ("At least 9 detainees were injured when a wall fell.", [("injured", "people", 9, None)]),
    ("In week 12, 87 new dengue cases were recorded.", [("other", "cases", 87, 87)]),
    ("By week 30, 214 measles cases had been confirmed.", [("other", "cases", 214, 214)]),
    ("Acreage: 412,300", [("other", "acres", 412300, 412300)]),
    ("Acres burned: 5,120", [("other", "acres", 5120, 5120)]),
    ("The AQI reached 312 on Monday.", [("other", "air quality index", 312, 312)]),
    ("The air quality index in the capital hit 187 on Tuesday.", [("other", "air quality index", 187, 187)]),
    # controls: detainees with no other predicate stay arrested; a list of gate numbers; an index with no value
    ("Police said 45 detainees were transferred to the jail.", [("arrested", "people", 45, 45)]),
    ("Gates 7, 8 and 9 were closed.", []),
    ("The AQI rose and 12 people were hospitalized.", [("hospitalized", "people", 12, 12)]),
]
test_dropped_figures_en = rows_test(DROPPED_EN, "en")

DROPPED_ID: list[Any] = [
    ("ISPU di Pekanbaru pagi ini menyentuh angka 312.", [("other", "air pollution index", 312, 312)]),
    (
        "Indeks standar pencemar udara (ISPU) di Kota Sampit sempat menyentuh angka 405.",
        [("other", "air pollution index", 405, 405)],
    ),
    ("Nilai ISPU di kota itu tercatat 280.", [("other", "air pollution index", 280, 280)]),
    ("Hingga minggu 12, 87 kasus DBD tercatat di kota itu.", [("other", "cases", 87, 87)]),
    # controls: a list of ward numbers; the index with no figure of its own
    ("Warga RT 01, 02 dan 05 mengungsi.", []),
    ("ISPU di Riau naik, dan 12 orang dirawat.", [("hospitalized", "people", 12, 12)]),
]
test_dropped_figures_id = rows_test(DROPPED_ID, "id")

COMPLEMENT_DENSITY_EN: list[Any] = [
    ("All but 48 have been released from hospital.", [("hospitalized", "people", 48, 48)]),
    ("All but 12 of the injured have been discharged.", [("hospitalized", "people", 12, 12)]),
    (
        "Of the 30 admitted, all but three were discharged by Friday.",
        [("other", "admitted", 30, 30), ("hospitalized", "people", 3, 3)],
    ),
    ("About five people per square yard were packed into the square.", [("other", "people per square yard", 4.5, 5.5)]),
    (
        "The district has a density of 1,200 people per square kilometre.",
        [("other", "people per square km", 1200, 1200)],
    ),
    # controls: a discharge with no complement; a complement of another predicate; a crowd with no density
    ("48 have been released from hospital.", [("other", "discharged patients", 48, 48)]),
    ("All but 12 of the detainees have been released.", [("other", "released", 12, 12)]),
    ("About 500 people were packed into the square.", [("participants", "people", 450, 550)]),
]
test_complements_and_densities_en = rows_test(COMPLEMENT_DENSITY_EN, "en")

DENSITY_ID: list[Any] = [
    ("Kepadatan penduduk kota itu 1.200 jiwa per kilometer persegi.", [("other", "people per square km", 1200, 1200)]),
    ("Sekitar enam orang per meter persegi memadati lapangan.", [("other", "people per square meter", 5.4, 6.6)]),
    # control: people with no area after them
    ("Sebanyak 1.200 jiwa mengungsi.", [("displaced", "people", 1200, 1200)]),
]
test_densities_id = rows_test(DENSITY_ID, "id")
