"""Generate a news-like corpus (Indonesian and English) for the extraction benchmark.

Deterministic for a given seed; generated at run time, never stored. Sentences mix
figures in digits, words and vague quantities with dates, times, years, ages and page
furniture, in roughly the proportions of wire copy.

    python bench/corpus_gen.py --bytes 5000000 > /tmp/corpus.txt
"""

from __future__ import annotations

import argparse
import random
import sys

PLACES = ["Sukamaju", "Lembah Hijau", "Tanjung Harapan", "Karangsari", "Almaty", "Valparaiso", "Kadira", "Mirabel"]
AGENCIES_ID = ["BPBD setempat", "Kepala Dinas Kesehatan", "juru bicara kepolisian", "Basarnas", "pejabat setempat"]
AGENCIES_EN = ["the health ministry", "police", "the disaster agency", "local officials", "the army"]
DAYS_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WORDS_ID = ["dua", "tiga", "empat", "lima", "tujuh", "sebelas", "dua puluh tiga", "seratus"]
WORDS_EN = ["two", "three", "five", "seven", "twelve", "twenty-three", "a hundred", "eighteen"]

TEMPLATES_ID = [
    "{q_id}{n_id} orang tewas dan {m_id} lainnya luka-luka dalam {event_id} di {place}, kata {agency_id}.",
    "Polisi menangkap {q_id}{n_id} orang terkait kerusuhan di {place}, {day_id} ({date_id}).",
    "{vague_id} warga mengungsi setelah {event_id} melanda {place} pada pukul {time_id} WIB.",
    "Menurut {agency_id}, sebanyak {n_id} rumah rusak berat dan {words_id} sekolah ditutup.",
    "Kerugian akibat {event_id} ditaksir mencapai Rp {money_id} miliar, atau sekitar {pct_id} persen APBD {year}.",
    "Pemerintah mengerahkan {n_id} personel gabungan TNI-Polri ke {place} sejak {year}.",
    "Korban bernama AS ({age}) dirawat di rumah sakit untuk ke-{ordinal} kalinya.",
    "Warga yang membutuhkan bantuan dapat menghubungi nomor 0812-{phone}.",
]
FURNITURE_ID = "Baca juga: {n} orang tewas dalam {event} di {place}"
TEMPLATES_EN = [
    "{q_en}{n_en} people were killed and {m_en} injured in the {event_en} in {place}, {agency_en} said on {day_en}.",
    "{vague_en} of residents were evacuated as the {event_en} hit {place} at {time_en} a.m.",
    "Police detained {q_en}{n_en} protesters, including {words_en} journalists, according to {agency_en}.",
    "The government approved a ${money_en} million package, about {pct_en}% of the {year} budget.",
    "A {age}-year-old man was among the {n_en} people hospitalized after the {event_en}.",
    "Up to {n_en} soldiers will be deployed to {place} by {day_en}, the defence ministry said.",
    "The law was passed in {year} and amended for the {ordinal_en} time.",
]
EVENTS_ID = ["banjir", "gempa", "kebakaran", "longsor", "bentrokan"]
EVENTS_EN = ["flood", "earthquake", "fire", "landslide", "clashes"]
QUALS_ID = ["", "", "lebih dari ", "sedikitnya ", "sekitar ", "hampir ", "kurang dari "]
QUALS_EN = ["", "", "more than ", "at least ", "about ", "nearly ", "fewer than "]
VAGUE_ID = ["Puluhan", "Ratusan", "Ribuan", "Belasan", "Puluhan ribu"]
VAGUE_EN = ["Dozens", "Hundreds", "Thousands", "Tens of thousands"]
ORDINALS_EN = ["second", "third", "fourth", "fifth"]


def _id_number(rng: random.Random) -> str:
    return f"{rng.randint(1, 25000):,}".replace(",", ".")


def _en_number(rng: random.Random) -> str:
    return f"{rng.randint(1, 25000):,}"


def sentence(rng: random.Random, lang: str) -> str:
    """One random sentence in ``lang`` ("id" or "en")."""
    values = {
        "place": rng.choice(PLACES),
        "year": str(rng.randint(1990, 2025)),
        "age": str(rng.randint(18, 80)),
        "ordinal": str(rng.randint(2, 9)),
        "phone": f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
    }
    if lang == "id":
        values.update(
            q_id=rng.choice(QUALS_ID),
            n_id=_id_number(rng),
            m_id=_id_number(rng),
            event_id=rng.choice(EVENTS_ID),
            agency_id=rng.choice(AGENCIES_ID),
            day_id=rng.choice(DAYS_ID),
            date_id=f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.randint(2019, 2025)}",
            vague_id=rng.choice(VAGUE_ID),
            time_id=f"{rng.randint(0, 23):02d}.{rng.randint(0, 59):02d}",
            words_id=rng.choice(WORDS_ID),
            money_id=f"{rng.randint(1, 999)},{rng.randint(1, 9)}",
            pct_id=f"{rng.randint(1, 60)},{rng.randint(0, 9)}",
        )
        text = rng.choice(TEMPLATES_ID[:-2] if rng.random() < 0.9 else TEMPLATES_ID).format(**values)
        return text[0].upper() + text[1:]
    values.update(
        q_en=rng.choice(QUALS_EN),
        n_en=_en_number(rng),
        m_en=_en_number(rng),
        event_en=rng.choice(EVENTS_EN),
        agency_en=rng.choice(AGENCIES_EN),
        day_en=rng.choice(DAYS_EN),
        vague_en=rng.choice(VAGUE_EN),
        time_en=f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d}",
        words_en=rng.choice(WORDS_EN),
        money_en=f"{rng.randint(1, 999)}.{rng.randint(1, 9)}",
        pct_en=f"{rng.randint(1, 60)}.{rng.randint(0, 9)}",
        ordinal_en=rng.choice(ORDINALS_EN),
    )
    text = rng.choice(TEMPLATES_EN).format(**values)
    return text[0].upper() + text[1:]


def articles(total_bytes: int, seed: int = 7) -> list[tuple[str, str]]:
    """``(language, body)`` articles adding up to about ``total_bytes`` of UTF-8 text."""
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    size = 0
    while size < total_bytes:
        lang = "id" if rng.random() < 0.5 else "en"
        paragraphs = [" ".join(sentence(rng, lang) for _ in range(rng.randint(2, 5))) for _ in range(rng.randint(3, 8))]
        if lang == "id" and rng.random() < 0.5:  # page furniture on its own line, as in scraped pages
            furniture = FURNITURE_ID.format(n=rng.randint(2, 99), event=rng.choice(EVENTS_ID), place=rng.choice(PLACES))
            paragraphs.insert(rng.randint(1, len(paragraphs)), furniture)
        body = "\n".join(paragraphs)
        out.append((lang, body))
        size += len(body.encode("utf-8")) + 1
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bytes", type=int, default=5_000_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    for _, body in articles(args.bytes, args.seed):
        sys.stdout.write(body + "\n\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
