"""Zema: an Ethiopian radio, mezmur (Orthodox and Protestant hymns) and podcast
app on the mother's Tecno Camon 20 in Bahir Dar.

The app registers the phone with its ANDROID_ID, its own install id and the
advertising id (for its house ads). Listening is logged per track, per radio
session and per podcast episode in romanised Amharic keys (`yetesema` =
listened, `mezmur`, `tabiya` = station, `kifil` = episode, `sekond`); the
"recently played" list comes back from the server. A newer build batches
listening as positional rows. Station lists, now-playing metadata (what a
station is playing for everyone), lyrics, the weekly chart and audio chunks are
content.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

API = "https://api.zema-radio.example"
UA = ua("Zema", "5.0.3", "emaye")
STATIONS = ["Sheger FM 102.1", "Fana FM 98.1", "Ahadu FM 94.3", "EBC Radio", "Amhara FM Bahir Dar"]
MEZMUR = [
    ("z301", "Kidist Kidist", "Zemari Tewodros Yosef"),
    ("z318", "Egziabher Yimesgen", "Zemarit Lidya Tesfaye"),
    ("z322", "Abet Abet", "Zemari Yilma Hailu"),
    ("z340", "Ante Neh", "Zemarit Meskerem Getu"),
]
PODCASTS = [("p71", "Yeneta Wog"), ("p84", "Sheger Mekoya"), ("p90", "Tena Yistilign")]


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "zema", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-zema-install", b.id("zema_install", where="header x-zema-install"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/meshiya/memzgeb", install=False)
    b.json(
        {
            "installId": b.id("zema_install", where="json installId"),
            "androidId": b.id("aid_zema", where="json androidId"),
            "advertisingId": b.id("gaid_emaye", where="json advertisingId"),
            "modeli": "TECNO CK6n",
            "quanqua": "am",
            "ketema": "Bahir Dar",
        }
    )
    b.ok_json({"teteqami": b.acct("zema_user"), "tesakto": True})
    return b.build()


def ads_config(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/mastawekia/config")
    b.param("gaid", b.id("gaid_emaye", where="query gaid"))
    b.ok_json({"interstitial": False, "banner": "house", "frequencyCap": 4})
    return b.build()


def config_opaque(c: Context) -> Flow:
    """Remote config keyed by an MD5 of the ANDROID_ID under 'h'."""
    b = _b(c, "GET", f"{API}/c", install=False)
    b.param("h", b.id("aid_zema", "md5", "query h", detectable=False))
    b.param("v", "503")
    b.ok_json({"f": {"podcast_v2": True, "lyrics": True}})
    return b.build()


def yetesema(c: Context) -> Flow:
    tid, title, artist = c.rng.choice(MEZMUR)
    b = _b(c, "POST", f"{API}/api/v3/mezmur/yetesema")
    b.view("json mezmurId/sekond (track listened)")
    b.json(
        {
            "mezmurId": tid,
            "ris": title,
            "zemari": artist,
            "yetesemaSekond": c.rng.randint(20, 400),
            "mulu": c.rng.random() < 0.6,
            "gize": iso(c),
        }
    )
    b.no_content()
    return b.build()


def radio_session(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/radio/kifle-gize")
    b.view("json tabiya + sekond (radio listening session)")
    b.json(
        {
            "tabiya": c.rng.choice(STATIONS),
            "jemere": iso(c),
            "sekond": c.rng.randint(60, 7200),
            "mengid": c.rng.choice(["wifi", "mobile"]),
        }
    )
    b.no_content()
    return b.build()


def podcast_progress(c: Context) -> Flow:
    pid, show = c.rng.choice(PODCASTS)
    b = _b(c, "POST", f"{API}/api/v3/podcast/hidet")
    b.view("json podcastId/kifil/bota (podcast episode progress)")
    b.json(
        {
            "podcastId": pid,
            "ris": show,
            "kifil": c.rng.randint(1, 120),
            "bota": c.rng.randint(30, 3600),
            "gize": iso(c),
        }
    )
    b.no_content()
    return b.build()


def kerbe_yetesemu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/tekemachi/kerbe-yetesemu")
    b.view("response json kerbe[] (recently played)", direction="response")
    b.ok_json(
        {
            "kerbe": [
                {"mezmurId": t, "ris": n, "zemari": a, "yetesemaBet": iso(c)}
                for t, n, a in c.rng.sample(MEZMUR, 3)
            ]
        }
    )
    return b.build()


def opaque_batch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/b", install=False)
    b.view("json e[] rows (track, seconds, ts)", detectable=False)
    b.json(
        {"e": [[int(t[0][1:]), c.rng.randint(20, 400), ms(c)] for t in c.rng.sample(MEZMUR, 2)]},
        "gzip",
    )
    b.no_content()
    return b.build()


def tabiyawoch(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/radio/tabiyawoch?ager=ET", install=False)
    b.ok_json(
        {
            "tabiyawoch": [
                {"sim": s, "stream": f"https://stream.zema-radio.example/{i}.aac"}
                for i, s in enumerate(STATIONS)
            ]
        }
    )
    return b.build()


def now_playing(c: Context) -> Flow:
    st = c.rng.randint(0, len(STATIONS) - 1)
    b = _b(c, "GET", f"{API}/api/v3/radio/{st}/ahun", install=False)
    b.decoy("what a station is playing for everyone (content metadata)")
    _tid, title, artist = c.rng.choice(MEZMUR)
    b.ok_json({"tabiya": STATIONS[st], "ris": title, "zemari": artist, "jemere": iso(c)})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(c, "zema", "GET", f"https://stream.zema-radio.example/{c.rng.randint(0, 4)}.aac")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("icy-metadata", "1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def gitim(c: Context) -> Flow:
    tid, title, artist = c.rng.choice(MEZMUR)
    b = _b(c, "GET", f"{API}/api/v3/mezmur/{tid}/gitim", install=False)
    b.ok_json({"ris": title, "zemari": artist, "gitim": "Kidus kidus kidus...\nEgziabher..."})
    return b.build()


def chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/chart/samint", install=False)
    b.decoy("weekly chart play counts (aggregate)")
    b.ok_json(
        {
            "chart": [
                {"mezmurId": t, "ris": n, "yetesemaBzat": c.rng.randint(1000, 90000)}
                for t, n, _ in MEZMUR
            ],
            "version": new_hex(c.rng, 8),
        }
    )
    return b.build()
