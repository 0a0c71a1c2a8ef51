"""The free subjects of ``other`` figures of the dead and the hurt (issue 11, round 17, helper r17dead), named as the
author of the gold and held-out sets names them (tests/claims/extraction/corpora/README.md, "Conventions settled
(round 17)").

Every sentence is our own (invented places and figures); the wordings are those of real reports (BNPB and BPBD flood
rundowns by cause, Dinkes measles outbreak copy, SAR boat copy, riot and clash copy of Polda spokesmen). Each row:
text, then (measure, subject, low, high) for every claim; the controls keep the old labels.

- an item of a toll's breakdown by cause is "deaths <by the cause>" (``death_cause_items.py``, ``[composed_labels.
  breakdown_causes]``); controls: people swept away and rescued, a toll with the event's cause alone;
- a part of the dead counted by a group of its own is "<group> killed" (``killed_items.py``), also a part with no
  breakdown lead and a group joined right before a killed group; controls: survivors beside the dead, migrants who
  fled, a generic noun of the dead;
- a part of the dead given a state is dead of that state (``dead_states.py``, ``[composed_labels.dead_states]``);
  controls: people of the state who are no part of the dead, a part with a group of its own;
- two places of death joined by "or" name one part (``death_places._paired``, ``[composed_labels.
  death_place_pairs]``); controls: a split by two single places, one death with its place;
- a part of the injured picked out by what hurt it is named by the instrument (``injury_instruments.py``,
  ``[composed_labels.injury_instruments]``); controls: the wounded counted alone, people shot with no whole.
"""

from __future__ import annotations

from typing import Any

from tests.claims.extraction.gate_tables import rows_test

CAUSES_ID: list[Any] = [
    (
        "Korban meninggal akibat banjir di Kabupaten Lembah Hijau sebagian besar karena hanyut, yakni 12 "
        "orang, disusul tertimbun longsor lima orang dan tersengat listrik dua orang.",
        [
            ("other", "deaths by drowning", 12, 12),
            ("other", "deaths in landslides", 5, 5),
            ("other", "deaths by electrocution", 2, 2),
        ],
    ),
    (
        "BPBD mencatat warga yang meninggal karena terbawa arus sebanyak sembilan orang, tertimpa pohon dua "
        "orang dan tersengat listrik satu orang.",
        [
            ("other", "deaths by drowning", 9, 9),
            ("other", "deaths from falling trees", 2, 2),
            ("other", "deaths by electrocution", 1, 1),
        ],
    ),
    (
        "Banjir bandang itu menewaskan 15 orang, sepuluh di antaranya karena terseret arus dan lima lainnya "
        "tertimbun longsor.",
        [
            ("killed", "people", 15, 15),
            ("other", "deaths by drowning", 10, 10),
            ("other", "deaths in landslides", 5, 5),
        ],
    ),
    (
        "Korban jiwa akibat badai mencapai 8 orang; empat orang hanyut, tiga orang tersengat listrik, dan "
        "satu orang tertimpa pohon.",
        [
            ("killed", "people", 8, 8),
            ("other", "deaths by drowning", 4, 4),
            ("other", "deaths by electrocution", 3, 3),
            ("other", "deaths from falling trees", 1, 1),
        ],
    ),
    (
        "Banjir menewaskan lima orang, sementara 30 orang terseret arus namun berhasil diselamatkan.",
        [("killed", "people", 5, 5), ("other", "people swept away", 30, 30)],
    ),
    (
        "Korban meninggal akibat banjir mencapai 14 orang.",
        [("killed", "people", 14, 14)],
    ),
]

test_items_of_a_toll_by_cause_are_deaths_by_the_cause_id = rows_test(CAUSES_ID, "id")


KILLED_GROUPS_ID: list[Any] = [
    (
        "Polisi menyebut 24 orang tewas dalam bentrokan itu; 19 di antaranya warga pendatang dan lima warga asli.",
        [
            ("killed", "people", 24, 24),
            ("other", "migrant residents killed", 19, 19),
            ("other", "indigenous residents killed", 5, 5),
        ],
    ),
    (
        "Kerusuhan itu menewaskan sembilan orang, enam di antaranya pedagang.",
        [("killed", "people", 9, 9), ("other", "traders killed", 6, 6)],
    ),
    (
        "Korban yang ditemukan tewas terdiri dari 14 orang dewasa dan tiga anak.",
        [("other", "adults killed", 14, 14), ("killed", "children", 3, 3)],
    ),
    (
        "Tim SAR menemukan 12 penumpang selamat dan tiga orang meninggal dunia.",
        [("other", "survivors", 12, 12), ("killed", "people", 3, 3)],
    ),
    (
        "Sebanyak 40 warga pendatang mengungsi ke markas Kodim.",
        [("displaced", "people", 40, 40)],
    ),
    (
        "Dari 60 petugas pemilu yang meninggal, tiga orang merupakan anggota PPK, sembilan anggota PPS, 40 "
        "anggota KPPS, dan delapan petugas linmas.",
        [
            ("killed", "people", 60, 60),
            ("other", "PPK members killed", 3, 3),
            ("other", "PPS members killed", 9, 9),
            ("other", "KPPS members killed", 40, 40),
            ("other", "linmas guards killed", 8, 8),
        ],
    ),
    (
        "Dari 15 korban yang tewas, sembilan adalah pedagang dan enam pembeli.",
        [("killed", "people", 15, 15), ("other", "traders killed", 9, 9), ("other", "customers killed", 6, 6)],
    ),
    (
        "Sebanyak 14 anggota PPS diberhentikan karena terbukti menggelembungkan suara.",
        [("other", "PPS members", 14, 14)],
    ),
]

test_parts_of_the_dead_counted_by_a_group_are_the_group_killed_id = rows_test(KILLED_GROUPS_ID, "id")


STATES_ID: list[Any] = [
    (
        "Dari 11 anak yang meninggal, sembilan di antaranya belum pernah menerima imunisasi campak.",
        [("killed", "children", 11, 11), ("other", "unvaccinated deaths", 9, 9)],
    ),
    (
        "Dari 20 balita yang meninggal, 16 belum diimunisasi dan empat anak imunisasinya tidak lengkap.",
        [
            ("killed", "children", 20, 20),
            ("other", "unvaccinated deaths", 16, 16),
            ("other", "incompletely vaccinated deaths", 4, 4),
        ],
    ),
    (
        "Lima dari 23 korban tewas ternyata tidak tercatat dalam manifes kapal.",
        [("other", "dead not on the manifest", 5, 5), ("killed", "people", 23, 23)],
    ),
    (
        "Tujuh dari 30 pasien yang meninggal diketahui belum pernah diimunisasi.",
        [("other", "unvaccinated deaths", 7, 7), ("killed", "people", 30, 30)],
    ),
    (
        "Wabah campak menewaskan enam anak, sementara 400 anak belum diimunisasi.",
        [("killed", "children", 6, 6), ("other", "children", 400, 400)],
    ),
    (
        "Dinkes semula menerima tujuh laporan kematian, empat terkonfirmasi dan tiga masih suspek.",
        [("killed", "people", 7, 7), ("other", "confirmed deaths", 4, 4), ("other", "suspected deaths", 3, 3)],
    ),
    (
        "Kecelakaan beruntun itu menewaskan enam orang, dua positif narkoba.",
        [("killed", "people", 6, 6), ("other", "tested positive", 2, 2)],
    ),
]

test_parts_of_the_dead_given_a_state_are_dead_of_that_state_id = rows_test(STATES_ID, "id")


PLACES_ID: list[Any] = [
    (
        "Total 15 penumpang tewas: enam orang meninggal di lokasi, sementara sembilan korban lain meninggal "
        "dalam perjalanan atau saat dirawat.",
        [
            ("killed", "people", 15, 15),
            ("other", "died at the scene", 6, 6),
            ("other", "died in hospital or en route", 9, 9),
        ],
    ),
    (
        "Tiga pekerja tewas di lokasi ledakan dan dua lainnya meninggal di rumah sakit atau dalam perjalanan.",
        [("other", "died at the scene", 3, 3), ("other", "died in hospital or en route", 2, 2)],
    ),
    (
        "Dua korban meninggal di lokasi kejadian, sedangkan tiga lainnya meninggal dalam perjalanan menuju "
        "rumah sakit.",
        [("other", "died at the scene", 2, 2), ("other", "died on the way to hospital", 3, 3)],
    ),
    (
        "Satu penumpang tewas di lokasi.",
        [("killed", "people", 1, 1)],
    ),
]

test_two_places_of_death_joined_by_or_name_one_part_id = rows_test(PLACES_ID, "id")


INSTRUMENTS_ID: list[Any] = [
    (
        "Bentrokan itu melukai sembilan orang; tujuh di antaranya, termasuk seorang polisi, terkena lemparan "
        "batu dan dua lainnya terkena sabetan pedang.",
        [("injured", "people", 9, 9), ("other", "injured by stones", 7, 7), ("other", "injured by sword", 2, 2)],
    ),
    (
        "Tawuran antarkampung itu melukai 11 warga, delapan di antaranya tertembak dan tiga lainnya terkena "
        "anak panah.",
        [("injured", "people", 11, 11), ("other", "gunshot casualties", 8, 8), ("other", "injured by arrows", 3, 3)],
    ),
    (
        "Dalam bentrokan itu, seorang warga tewas tertembak dan dua lainnya luka tembak di bagian kaki.",
        [("injured", "people", 2, 2)],
    ),
]

test_parts_of_the_injured_picked_out_by_an_instrument_are_named_by_it_id = rows_test(INSTRUMENTS_ID, "id")


KILLED_GROUPS_EN: list[Any] = [
    (
        "Deputies recovered the bodies of 23 adults and 11 children from the flooded valley.",
        [("other", "adults killed", 23, 23), ("killed", "children", 11, 11)],
    ),
    (
        "The governor said 41 people had died in the clashes, 30 of them migrants from the north.",
        [("killed", "people", 41, 41), ("other", "migrants killed", 30, 30)],
    ),
    (
        "Rescuers found nine survivors and two more bodies on Sunday.",
        [("other", "survivors", 9, 9), ("killed", "people", 2, 2)],
    ),
]

test_parts_of_the_dead_counted_by_a_group_are_the_group_killed_en = rows_test(KILLED_GROUPS_EN, "en")


STATES_EN: list[Any] = [
    (
        "Of the 12 children who died, ten were unvaccinated.",
        [("killed", "children", 12, 12), ("other", "unvaccinated deaths", 10, 10)],
    ),
    (
        "Of the six deaths, four were confirmed and two were suspected, the surveillance report said.",
        [("killed", "people", 6, 6), ("other", "confirmed deaths", 4, 4), ("other", "suspected deaths", 2, 2)],
    ),
    (
        "The ministry has recorded 40 suspected cholera cases, nine of which are confirmed, and two deaths since May.",
        [("other", "suspected cases", 40, 40), ("other", "confirmed cases", 9, 9), ("killed", "people", 2, 2)],
    ),
    (
        "Only 30 of the 52 confirmed dead had been identified, the governor said.",
        [("other", "identified bodies", 30, 30), ("killed", "people", 52, 52)],
    ),
    (
        "One dead, three revived after four suspected overdoses in a single night, police say.",
        [("killed", "people", 1, 1), ("other", "revived", 3, 3), ("other", "suspected overdoses", 4, 4)],
    ),
    (
        "Of the 30 people who died, 12 were women.",
        [("killed", "people", 30, 30), ("killed", "women", 12, 12)],
    ),
]

test_parts_of_the_dead_given_a_state_are_dead_of_that_state_en = rows_test(STATES_EN, "en")


PLACES_EN: list[Any] = [
    (
        "Rescuers found four of the 13 dead at the scene; the other nine died on the way to hospital or while "
        "being treated.",
        [("other", None, 4, 4), ("killed", "people", 13, 13), ("other", "died in hospital or en route", 9, 9)],
    ),
]

test_two_places_of_death_joined_by_or_name_one_part_en = rows_test(PLACES_EN, "en")


INSTRUMENTS_EN: list[Any] = [
    (
        "Eleven of those hurt had been shot, and another 40 were sent on for specialist care.",
        [("other", "gunshot casualties", 11, 11), ("other", "patients referred to hospital", 40, 40)],
    ),
    (
        "Police said 35 people were injured, 12 of them hit by stones.",
        [("injured", "people", 35, 35), ("other", "injured by stones", 12, 12)],
    ),
    (
        "Five people were shot in the clash.",
        [("other", "people shot", 5, 5)],
    ),
]

test_parts_of_the_injured_picked_out_by_an_instrument_are_named_by_it_en = rows_test(INSTRUMENTS_EN, "en")
