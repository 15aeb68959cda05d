"""DiziBahçe: a Turkish series app (the Yılmaz grandparents' favourite), Turkish keys.

The backend team writes Turkish: `izleme_gecmisi` (watch history),
`kaldigi_yer` (where you left off), `bolum` (episode), `izlenme_suresi`
(time watched), `cihaz_id` (device id, an id the app makes up). A tiny ping
with single-letter query keys carries the same. The home rails, the episode
list and the "en çok izlenenler" (most watched) rail are look-alikes.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, android_ua, iso, ms, rid

API = "https://api.dizibahce.example"
UA = android_ua("DiziBahce", "3.9.0")
DIZILER = [
    ("kurulus-osman", "Kuruluş: Osman", 164, 8100),
    ("yali-capkini", "Yalı Çapkını", 78, 8400),
    ("kizilcik-serbeti", "Kızılcık Şerbeti", 92, 8700),
    ("bir-zamanlar-cukurova", "Bir Zamanlar Çukurova", 141, 7800),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "dizibahce", method, url)
    b.header("user-agent", UA)
    b.header("x-cihaz-id", b.id("dizi_cihaz", where="header x-cihaz-id (app-made device id)"))
    return b


def kaldigi_yer(c: Context) -> Flow:
    slug, ad, bolumler, sure = c.rng.choice(DIZILER)
    b = _b(c, "POST", f"{API}/v1/kullanici/izleme/kaldigi-yer")
    b.view("json dizi + bolum + kaldigi_yer_sn + izlenme_suresi")
    b.json(
        {
            "dizi": slug,
            "diziAdi": ad,
            "bolum": c.rng.randint(1, bolumler),
            "kaldigi_yer_sn": c.rng.randint(10, sure),
            "izlenme_suresi": c.rng.randint(60, 3000),
            "android_id": b.id("aid_dizi", where="json android_id"),
            "zaman": iso(c),
        }
    )
    b.ok_json({"durum": "tamam"})
    return b.build()


def izleme_gecmisi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/kullanici/izleme-gecmisi?sayfa=1")
    b.view("response json izleme_gecmisi[] (watch history)", direction="response")
    b.ok_json(
        {
            "izleme_gecmisi": [
                {
                    "dizi": s,
                    "bolum": c.rng.randint(1, n),
                    "izlenme_tarihi": iso(c),
                    "yuzde": c.rng.randint(5, 100),
                }
                for s, _, n, _ in DIZILER[: c.rng.randint(2, 4)]
            ]
        }
    )
    return b.build()


def kisa_ping(c: Context) -> Flow:
    """The player's minute ping: s=series slug hash, e=episode, t=seconds, nothing named."""
    slug, _, bolumler, sure = c.rng.choice(DIZILER)
    b = FB(c, "dizibahce", "GET", "https://p.dizibahce.example/p.gif")
    b.header("user-agent", UA)
    b.view("query s=md5(series) e= t= (player minute ping)", detectable=False)
    b.param("s", hashlib.md5(slug.encode()).hexdigest()[:10])
    b.param("e", str(c.rng.randint(1, bolumler)))
    b.param("t", str(c.rng.randint(0, sure)))
    b.param("r", str(ms(c)))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def anasayfa(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/anasayfa")
    b.decoy("home rails incl. 'en çok izlenenler' with view counts (aggregate)")
    b.ok_json(
        {
            "raflar": [
                {
                    "baslik": "En Çok İzlenenler",
                    "icerik": [
                        {"dizi": s, "izlenme": c.rng.randint(10**5, 10**7)}
                        for s, _, _, _ in DIZILER
                    ],
                },
                {"baslik": "Yeni Bölümler", "icerik": [{"dizi": s} for s, _, _, _ in DIZILER]},
            ]
        }
    )
    return b.build()


def bolum_listesi(c: Context) -> Flow:
    slug, _, bolumler, sure = c.rng.choice(DIZILER)
    b = FB(c, "dizibahce", "GET", f"{API}/v1/diziler/{slug}/bolumler?sezon=1")
    b.header("user-agent", UA)
    b.decoy("episode list with durations (catalogue)")
    b.ok_json({"bolumler": [{"no": i, "sure_sn": sure} for i in range(1, min(bolumler, 12))]})
    return b.build()


def yorum(c: Context) -> Flow:
    slug = c.rng.choice(DIZILER)[0]
    b = FB(c, "dizibahce", "POST", f"{API}/v1/diziler/{slug}/yorumlar")
    b.header("user-agent", UA)
    b.json({"metin": c.rng.choice(["Harika bölüm!", "Sezon finali çok iyiydi"]), "id": rid(c.rng)})
    b.ok_json({"yorumId": rid(c.rng)})
    return b.build()
