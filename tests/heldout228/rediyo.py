"""Sauraro: a Hausa radio, Qur'an tafsir and music app (the mother's Infinix Hot 30 in Kano).

Paths and keys are Hausa (`sauraro` = listening, `tasha` = station, `tafsiri`
= Qur'an commentary, `malami` = the scholar, `sura`, `matsayi` = position,
`tsawon_lokaci` = duration, `wakoki` = songs, `na'ura` = device). Listening is
reported per radio session, per song and per tafsir lecture (Ramadan tafsir
recordings of Kano scholars are this app's core). The app's own ad server
keys frequency caps on the advertising id in the query. The now-playing text
of a station, the prayer times for Kano, and the charts are content fetches.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.sauraro.example"
UA = ua("Sauraro", "2.6.4", "mama")
TASHOSHI = ["Freedom Radio Kano", "Rahama Radio", "Arewa Radio", "BBC Hausa", "Express Radio"]
MALAMAI = ["Sheikh Ja'afar Mahmud Adam", "Sheikh Isa Ali Pantami", "Malam Aminu Daurawa"]
SURORI = [("2", "Al-Baqarah"), ("18", "Al-Kahf"), ("36", "Yasin"), ("67", "Al-Mulk")]
WAKOKI = [
    ("w301", "Ali Jita", "Mata ku yi aure"),
    ("w302", "Umar M Shareef", "Soyayya"),
    ("w303", "Nura M Inuwa", "Auren So"),
    ("w304", "Hamisu Breaker", "Jaruma"),
    ("w305", "Dauda Kahutu Rarara", "Mai Gaskiya"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sauraro", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/naura/rajista")
    b.json(
        {
            "androidId": b.id("aid_rediyo", where="json androidId"),
            "adId": b.id("gaid_mama", where="json adId"),
            "shigarwaId": b.id("rediyo_install", where="json shigarwaId (install id)"),
            "samfuri": "Infinix X6831",
            "harshe": "ha",
        }
    )
    b.ok_json({"mai_amfani": b.acct("rediyo_user")})
    return b.build()


def ads_config(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/talla/saiti")
    b.param("gaid", b.id("gaid_mama", where="query gaid"))
    b.param("kasa", "NG")
    b.ok_json({"interstitial": {"kowane": 5}, "banner": True})
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/s")
    b.form([("a", "ng.sauraro.app"), ("u", b.id("aid_rediyo", "md5", "form u", detectable=False))])
    b.ok_json({"f": {"tafsiri_v2": c.rng.random() < 0.5, "wakoki": True}})
    return b.build()


def radio_session(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sauraro/rediyo")
    b.view("json tasha + tsawon_lokaci (radio listening session)")
    b.json(
        {
            "tasha": c.rng.choice(TASHOSHI),
            "farawa": iso(c),
            "tsawon_lokaci": c.rng.randint(60, 7200),
            "tushe": "app",
        }
    )
    b.no_content()
    return b.build()


def tafsir_progress(c: Context) -> Flow:
    num, name = c.rng.choice(SURORI)
    b = _b(c, "POST", f"{API}/v1/sauraro/tafsiri")
    b.view("json malami/sura/matsayi (tafsir lecture listened)")
    b.json(
        {
            "malami": c.rng.choice(MALAMAI),
            "sura": int(num),
            "sunan_sura": name,
            "darasi": c.rng.randint(1, 40),
            "matsayi": c.rng.randint(30, 5400),
            "tsawon_lokaci": 5400,
            "lokaci": iso(c),
        }
    )
    b.no_content()
    return b.build()


def song_played(c: Context) -> Flow:
    wid, artist, title = c.rng.choice(WAKOKI)
    b = _b(c, "POST", f"{API}/v1/sauraro/waka")
    b.view("json waka_id + sakan (song listened)")
    b.json(
        {
            "waka_id": wid,
            "mawaki": artist,
            "suna": title,
            "sakan": c.rng.randint(20, 300),
            "cikakke": c.rng.random() < 0.6,
            "lokaci": iso(c),
        }
    )
    b.no_content()
    return b.build()


def recent(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/mai-amfani/na-baya-bayan-nan")
    b.view("response json wakoki[] + tafsiri[] (recently played)", direction="response")
    b.ok_json(
        {
            "wakoki": [
                {"waka_id": w, "mawaki": a, "suna": t, "an_saurara": iso(c)}
                for w, a, t in c.rng.sample(WAKOKI, 3)
            ],
            "tafsiri": [{"malami": c.rng.choice(MALAMAI), "sura": int(c.rng.choice(SURORI)[0])}],
        }
    )
    return b.build()


def opaque_batch(c: Context) -> Flow:
    """Batched play log: [item, seconds, ts] rows, nameless, gzip."""
    b = _b(c, "POST", f"{API}/b")
    b.view("json d[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(WAKOKI)[0][1:]), c.rng.randint(20, 300), ms(c)]
        for _ in range(c.rng.randint(2, 5))
    ]
    b.json({"d": rows}, "gzip")
    b.no_content()
    return b.build()


def now_playing(c: Context) -> Flow:
    st = c.rng.choice(TASHOSHI)
    b = _b(c, "GET", f"{API}/v1/rediyo/yanzu?tasha={quote(st)}")
    b.decoy("station now-playing programme (content fetch)")
    b.ok_json(
        {
            "tasha": st,
            "shiri": c.rng.choice(["Labaran Duniya", "Shirin Safe", "Tafsirin Alkur'ani"]),
            "masu_saurare": c.rng.randint(100, 9000),
        }
    )
    return b.build()


def prayer_times(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/lokutan-sallah?birni=Kano&lat=12.0&lon=8.52")
    b.decoy("prayer times and coordinates (content fetch)")
    b.ok_json(
        {
            "birni": "Kano",
            "asuba": "05:12",
            "azahar": "12:41",
            "la'asar": "16:02",
            "magariba": "18:39",
            "isha": "19:50",
            "kibla": rf(c.rng, 60, 61, 2),
        }
    )
    return b.build()


def chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/manyan-wakoki?mako=yanzu")
    b.decoy("chart with play counts (aggregate)")
    b.ok_json(
        {
            "jerin": [
                {
                    "matsayi": i + 1,
                    "waka_id": w,
                    "suna": t,
                    "an_saurara": c.rng.randint(10**3, 10**6),
                }
                for i, (w, _, t) in enumerate(WAKOKI)
            ]
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(c, "sauraro", "GET", f"https://cdn.sauraro.example/a/{new_hex(c.rng, 16)}/64.aac")
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.header("range", f"bytes={c.rng.randint(0, 6) * 65536}-")
    b.respond(206, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
