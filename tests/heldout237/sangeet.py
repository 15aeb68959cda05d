"""SurPunjab: a Punjabi music and radio app on the mother's vivo Y27 in Amritsar.

Songs played (`gana_id`, `sunia_sec`, `pura`), radio listening sessions
(`station`, `minat`) and the recently-played shelf go to the app's backend with
romanised Punjabi keys (`sunia` = listened, `haal-vich-sune` = recently heard,
`gaayak` = singer). The device registers with its ANDROID_ID, the advertising
id and the app's install id (header x-install-id on playback calls). An older
player batches plays as positional rows, gzip; remote config is keyed by a
SHA-256 of the ANDROID_ID in a one-letter field. Lyrics, charts, the radio's
now-playing metadata and audio chunks are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://api.surpunjab.example"
UA = ua("SurPunjab", "3.8.1", "mummy")
SONGS = [
    ("g1001", "Lover", "Diljit Dosanjh", 192),
    ("g1017", "Brown Munde", "AP Dhillon", 267),
    ("g1033", "Sajjan Raazi", "Satinder Sartaaj", 301),
    ("g1048", "Jugni", "Gurdas Maan", 245),
    ("g1052", "Ik Onkar", "Harshdeep Kaur", 182),
    ("g1066", "Mitran Da Naa Chalda", "Babbu Maan", 233),
]
STATIONS = ["Radio Punjab 24x7", "Gurbani Radio", "Sufi Rang FM", "Bhangra Beats", "Lok Geet"]


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "surpunjab", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-install-id", b.id("sangeet_install", where="header x-install-id"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/jantar/register", install=False)
    b.json(
        {
            "androidId": b.id("aid_sangeet", where="json androidId"),
            "advertisingId": b.id("gaid_mummy", where="json advertisingId"),
            "installId": b.id("sangeet_install", where="json installId"),
            "model": "V2302",
            "bhasha": "pa",
        }
    )
    b.ok_json({"user": b.acct("sangeet_user"), "theek": True})
    return b.build()


def sunia(c: Context) -> Flow:
    gid, naam, gaayak, dur = c.rng.choice(SONGS)
    b = _b(c, "POST", f"{API}/api/playback/sunia")
    b.view("json gana_id/naam/sunia_sec (song played)")
    secs = c.rng.randint(20, dur)
    b.json(
        {
            "gana_id": gid,
            "naam": naam,
            "gaayak": gaayak,
            "sunia_sec": secs,
            "pura": secs == dur,
            "samaa": iso(c),
        }
    )
    b.no_content()
    return b.build()


def radio_session(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/radio/sesion-khatam")
    b.view("json station + minat (radio listening session)")
    b.json(
        {
            "station": c.rng.choice(STATIONS),
            "shuru": iso(c),
            "minat": c.rng.randint(3, 120),
            "source": c.rng.choice(["wifi", "4g"]),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def haal_vich_sune(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/user/haal-vich-sune?had=20")
    b.view("response json sune[] (recently played)", direction="response")
    b.ok_json(
        {
            "sune": [
                {"gana_id": g, "naam": n, "gaayak": s, "kadon": iso(c)}
                for g, n, s, _ in c.rng.sample(SONGS, 4)
            ]
        }
    )
    return b.build()


def opaque_batch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/e/3", install=False)
    b.view("json b[] rows (song number, seconds, ts)", detectable=False)
    rows = [
        [int(c.rng.choice(SONGS)[0][1:]), c.rng.randint(10, 300), ms(c)]
        for _ in range(c.rng.randint(2, 6))
    ]
    b.json({"b": rows}, "gzip")
    b.no_content()
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = FB(c, "surpunjab", "POST", f"{API}/api/cfg")
    b.header("user-agent", UA)
    b.form(
        [
            ("c", b.id("aid_sangeet", "sha256", "form c", detectable=False)),
            ("v", "381"),
            ("l", "pa"),
        ]
    )
    b.ok_json({"ads": True, "eq": "bhangra", "crossfade": 4})
    return b.build()


def now_playing(c: Context) -> Flow:
    st = c.rng.choice(STATIONS)
    b = _b(c, "GET", f"{API}/api/radio/hun-chal-reha?station={st.split()[0].lower()}", False)
    b.decoy("station's now-playing metadata (content, not this listener's history)")
    g, n, s, d = c.rng.choice(SONGS)
    b.ok_json({"station": st, "hun": {"gana_id": g, "naam": n, "gaayak": s, "lambai": d}})
    return b.build()


def lyrics(c: Context) -> Flow:
    g, n, _s, _d = c.rng.choice(SONGS)
    b = _b(c, "GET", f"{API}/api/bol/{g}", install=False)
    b.ok_json({"naam": n, "bol": ["ਸੋਹਣਿਆ ਵੇ ...", "ਦਿਲ ਦੀਆਂ ਗੱਲਾਂ ..."], "synced": False})
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/charts/top-20?desh=IN", install=False)
    b.decoy("chart with play counts (aggregate)")
    b.ok_json(
        {
            "chart": [
                {"gana_id": g, "naam": n, "plays": c.rng.randint(10**5, 10**7)}
                for g, n, _s, _d in SONGS
            ]
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    g = c.rng.choice(SONGS)[0]
    b = FB(
        c,
        "surpunjab",
        "GET",
        f"https://stream.surpunjab.example/aac/{g}/chunk_{c.rng.randint(1, 60)}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
