"""Nuur: a Qur'an recitation and nasheed audio app (the mother's Tecno in Mogadishu).

Listening is logged to the app's backend with Somali keys (`dhageysi` =
listening, `suuradda` = the surah, `qaariga` = the reciter, `ilbiriqsiyo` =
seconds, `dhammeeyay` = finished, `nashiid`, `munshidka` = the singer); the
"recently played" shelf comes back from the server. An older build batches its
listening rows under one-letter keys with the ANDROID_ID base64-encoded. Ads
come through Unity Ads (the auction request carries the advertising id and
Unity's install id). The surah list, prayer times (with the sun's position),
the qibla bearing, tafsiir text and audio chunks are ordinary content.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from . import ads
from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.nuur-app.example"
UA = ua("Nuur", "2.14.0", "hooyo")
SUURADO = [
    (1, "Al-Faatixa", 7, 52),
    (18, "Al-Kahf", 110, 2290),
    (36, "Yaasiin", 83, 1180),
    (55, "Ar-Raxmaan", 78, 860),
    (67, "Al-Mulk", 30, 560),
    (112, "Al-Ikhlaas", 4, 25),
]
QURRAA = [
    "Mishaari Raashid",
    "Cabdibaasid Cabdisamad",
    "Sh. Cabdirashiid Suufi",
    "Maahir Mucayqali",
]
NASHIIDO = [
    ("n31", "Nabigeenna Suubban", "Cabdulqaadir Macallin"),
    ("n44", "Ramadaan Kariim", "Koox Nuur"),
    ("n52", "Hooyo Macaan", "Sahra Xaashi"),
    ("n58", "Tawbad", "Maxamed Shariif"),
]


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "nuur", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-device-id", b.id("aid_nuur", where="header x-device-id"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/qalab/diiwaan")
    b.json(
        {
            "android_id": b.id("aid_nuur", where="json android_id"),
            "ad_id": b.id("gaid_hooyo", where="json ad_id"),
            "isticmaale": b.acct("nuur_user"),
            "nooca": "TECNO KI5q",
            "luqadda": "so",
        }
    )
    b.ok_json({"guul": True})
    return b.build()


def unity_ad(c: Context) -> Flow:
    return ads.unity_ads(c, "hooyo", "gaid_hooyo", "nuur_idfi", "5183027", "so.nuur.quran")


def dhageysi_log(c: Context) -> Flow:
    num, name, _ayat, dur = c.rng.choice(SUURADO)
    b = _b(c, "POST", f"{API}/v2/dhageysi/log", device=True)
    b.view("json suuradda/qaariga/ilbiriqsiyo (recitation listened)")
    b.json(
        {
            "suuradda": num,
            "magaca": name,
            "qaariga": c.rng.choice(QURRAA),
            "ilbiriqsiyo": c.rng.randint(10, dur),
            "dhammeeyay": c.rng.random() < 0.4,
            "goorta": iso(c),
        }
    )
    b.no_content()
    return b.build()


def nashiid_ciyaar(c: Context) -> Flow:
    nid, title, singer = c.rng.choice(NASHIIDO)
    b = _b(c, "POST", f"{API}/v2/nashiid/la-dhageystay")
    b.view("json nashiidId/munshidka/ilbiriqsiyo (nasheed listened)")
    b.json(
        {
            "nashiidId": nid,
            "magaca": title,
            "munshidka": singer,
            "ilbiriqsiyo": c.rng.randint(20, 300),
            "goorta": iso(c),
        }
    )
    b.no_content()
    return b.build()


def kuwii_dambe(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/isticmaale/kuwii-ugu-dambeeyay?xad=8")
    b.view("response json dhageysiyo[] (recently played)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        num, name, _a, dur = c.rng.choice(SUURADO)
        rows.append(
            {
                "suuradda": num,
                "magaca": name,
                "qaariga": c.rng.choice(QURRAA),
                "meesha": c.rng.randint(5, dur),
                "goorta": iso(c),
            }
        )
    b.ok_json({"dhageysiyo": rows})
    return b.build()


def opaque_batch(c: Context) -> Flow:
    """[surah, reciter index, seconds, ts] rows under 'r'; the ANDROID_ID base64 under 'u'."""
    b = _b(c, "POST", f"{API}/c")
    u = b.id("aid_nuur", "b64", "json u", detectable=False)
    b.view("json r[] rows (surah, reciter, seconds)", detectable=False)
    rows = [
        [c.rng.choice(SUURADO)[0], c.rng.randint(0, 3), c.rng.randint(10, 2000), ms(c)]
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"u": u, "r": rows, "k": 7})
    b.no_content()
    return b.build()


def suurado(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/quraan/suurado")
    b.decoy("surah list with durations (content fetch)")
    b.ok_json(
        {
            "suurado": [
                {"suuradda": n, "magaca": name, "aayado": a, "mudada": d}
                for n, name, a, d in SUURADO
            ]
        }
    )
    return b.build()


def salaadda(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/waqtiyada-salaadda?magaalo=Muqdisho&lat=2.0469&lon=45.3182")
    b.decoy("prayer times with the sun's position (astronomy, not a person)")
    b.ok_json(
        {
            "taariikh": iso(c)[:10],
            "waqtiyada": {"subax": "04:41", "duhur": "11:52", "casar": "15:12", "maqrib": "17:58"},
            "qorraxda": {"position": {"azimuth": rf(c.rng, 60, 300, 2), "altitude": 41.3}},
        }
    )
    return b.build()


def qibla(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/qibla?lat=2.0469&lon=45.3182")
    b.decoy("qibla bearing / heading")
    b.ok_json({"bearing": 334.12, "heading": rf(c.rng, 0, 360, 1), "fogaanta_km": 2416})
    return b.build()


def tafsiir(c: Context) -> Flow:
    num = c.rng.choice(SUURADO)[0]
    b = _b(c, "GET", f"{API}/v2/tafsiir/{num}?luqadda=so")
    b.ok_json({"suuradda": num, "qoraal": "Tafsiirka aayadda ...", "aayad": 1})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    num = c.rng.choice(SUURADO)[0]
    b = FB(
        c,
        "nuur",
        "GET",
        f"https://audio.nuur-app.example/qurraa/{c.rng.randint(1, 4)}/{num:03d}.mp3",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 500) * 65536}-")
    b.respond(206, "audio/mpeg", b"ID3\x04" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
