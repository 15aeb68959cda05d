"""Naghamat: a Quran recitation and mahraganat / sha3by music app on the mother's
Huawei nova 9 (no Google services) in Alexandria.

The app logs each recitation or song played (`soraId` / `ayaMen`..`ayaLe`,
`ghenwaId`, `sawanyEtsama3`) and Quran-radio listening sessions to its
backend, and serves "recently played". AppsFlyer launches carry the Huawei
`oaid` (AppsFlyer collects the OAID on devices without Google Play services),
AppsFlyer's `uid` and `android_id`. The in-house ad server keys frequency caps
on the OAID in the query. Prayer times, the "now on air" title, the charts with
play counts, the mushaf page images and audio chunks are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.naghamat.example"
UA = ua("Naghamat", "3.8.1", "mama")
QURRA2 = ["Abdul Basit", "Al Minshawi", "Mahmoud Khalil Al Hussary", "Mustafa Ismail"]
SOWAR = [
    (1, "الفاتحة", 7),
    (18, "الكهف", 110),
    (36, "يس", 83),
    (55, "الرحمن", 78),
    (67, "الملك", 30),
]
AGHANY = [
    ("g501", "Hassan Shakosh", "Bent El Geran"),
    ("g502", "Wegz", "El Bakht"),
    ("g503", "Oka & Ortega", "Ahe Gat"),
    ("g504", "Amr Diab", "Tamally Maak"),
    ("g505", "Mohamed Mounir", "Ezay"),
    ("g506", "Essam Sasa", "Ya Donya"),
]
IZA3AT = ["Idha3et El Quran El Karim", "Nogoum FM", "Nile FM", "Mega FM"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "naghamat", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "com.naghamat.app"), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("mama"))
    b.json(
        {
            "oaid": b.id("oaid_mama", where="json oaid"),
            "isLat": "false",
            "uid": b.id("naghamat_af_uid", where="json uid"),
            "android_id": b.id("aid_naghamat", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "3.8.1",
            "brand": "HUAWEI",
            "model": "NAM-LX9",
            "installer_package": "com.huawei.appmarket",
            "counter": str(c.rng.randint(1, 90)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def sagel(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/gehaz")
    b.json(
        {
            "androidId": b.id("aid_naghamat", where="json androidId"),
            "oaid": b.id("oaid_mama", where="json oaid"),
            "hms": True,
            "model": "HUAWEI NAM-LX9",
        }
    )
    b.ok_json({"mosta5dem": b.acct("naghamat_user")})
    return b.build()


def e3lanat_config(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/e3lanat/config")
    b.param("oaid", b.id("oaid_mama", where="query oaid"))
    b.param("balad", "EG")
    b.ok_json({"interstitial": {"kol": 5}, "banner": True})
    return b.build()


def tilawa_etsam3et(c: Context) -> Flow:
    sid, name, ayat = c.rng.choice(SOWAR)
    b = _b(c, "POST", f"{API}/v1/tilawa/etsam3et")
    b.view("json soraId + sawanyEtsama3 (recitation listened)")
    start = c.rng.randint(1, ayat)
    b.json(
        {
            "soraId": sid,
            "esmElSora": name,
            "2are2": c.rng.choice(QURRA2),
            "ayaMen": start,
            "ayaLe": min(ayat, start + c.rng.randint(3, 20)),
            "sawanyEtsama3": c.rng.randint(60, 1800),
            "wa2t": iso(c),
        }
    )
    b.no_content()
    return b.build()


def ghenwa_etsam3et(c: Context) -> Flow:
    gid, artist, title = c.rng.choice(AGHANY)
    b = _b(c, "POST", f"{API}/v1/aghany/etsam3et")
    b.view("json ghenwaId + sawanyEtsama3 (song listened)")
    b.json(
        {
            "ghenwaId": gid,
            "elmoghany": artist,
            "3enwan": title,
            "sawanyEtsama3": c.rng.randint(20, 240),
            "kamelet": c.rng.random() < 0.6,
            "wa2t": iso(c),
        }
    )
    b.no_content()
    return b.build()


def radio_galsa(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/radio/galsa")
    b.view("json mahatta + modda (radio listening session)")
    b.json(
        {
            "mahatta": c.rng.choice(IZA3AT),
            "bedaya": iso(c),
            "modda": c.rng.randint(60, 7200),
            "masdar": "app",
        }
    )
    b.no_content()
    return b.build()


def a5er_haga(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/mosta5dem/etsam3et-a5eran")
    b.view("response json a5eran[] (recently played)", direction="response")
    b.ok_json(
        {
            "a5eran": [
                {"ghenwaId": g, "elmoghany": a, "3enwan": t, "etsam3etFe": iso(c)}
                for g, a, t in c.rng.sample(AGHANY, 4)
            ]
        }
    )
    return b.build()


def opaque_batch(c: Context) -> Flow:
    """Batched play log: [item, seconds, ts] rows under 'z', gzip."""
    b = _b(c, "POST", f"{API}/z")
    b.view("json z[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(AGHANY)[0][1:]), c.rng.randint(20, 240), ms(c)]
        for _ in range(c.rng.randint(2, 5))
    ]
    b.json({"z": rows}, "gzip")
    b.no_content()
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/cfg")
    b.form([("p", "com.naghamat.app"), ("s", b.id("aid_naghamat", "sha1", "form s", False))])
    b.ok_json({"flags": {"mushaf_v2": True, "radio": c.rng.random() < 0.5}})
    return b.build()


def mawa3eed_salah(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/salah?madina=Alexandria&lat=31.20&lng=29.92")
    b.decoy("prayer times with a city position (not a person's history)")
    b.ok_json(
        {
            "fagr": "05:02",
            "dohr": "11:48",
            "3asr": "14:45",
            "maghrib": "17:02",
            "3esha": "18:25",
            "elsa3a": iso(c),
        }
    )
    return b.build()


def now_on_air(c: Context) -> Flow:
    st = c.rng.choice(IZA3AT)
    b = _b(c, "GET", f"{API}/v1/radio/delwa2ty?mahatta={st.replace(' ', '+')}")
    b.decoy("station now-playing title (content fetch)")
    _, artist, title = c.rng.choice(AGHANY)
    b.ok_json(
        {"mahatta": st, "delwa2ty": f"{artist} - {title}", "mostam3en": c.rng.randint(50, 9000)}
    )
    return b.build()


def top_mahraganat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/top?lista=mahraganat-50")
    b.decoy("chart with play counts (aggregate)")
    b.ok_json(
        {
            "lista": [
                {"tarteeb": i + 1, "ghenwaId": g, "3enwan": t, "marat": c.rng.randint(10**4, 10**7)}
                for i, (g, _, t) in enumerate(AGHANY)
            ]
        }
    )
    return b.build()


def mushaf_page(c: Context) -> Flow:
    b = FB(c, "naghamat", "GET", f"https://cdn.naghamat.example/mushaf/{c.rng.randint(1, 604)}.png")
    b.header("user-agent", "okhttp/4.12.0")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(c, "naghamat", "GET", f"https://cdn.naghamat.example/a/{new_hex(c.rng, 16)}/128.aac")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 4) * 65536}-")
    b.respond(206, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def rating(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/ta2yeem")
    b.json(
        {
            "ghenwaId": c.rng.choice(AGHANY)[0],
            "negoom": c.rng.randint(3, 5),
            "score": rf(c.rng, 0, 1, 2),
        }
    )
    b.no_content()
    return b.build()
