"""Rádio Vlna: a Slovak radio / podcast / music app on the mother's Galaxy A35
in Košice.

Listening is reported to the app's backend in Slovak keys (`pocuvanie` =
listening, `stanica` = station, `relacia` = show, `sekundy`), podcast episodes
with their position (`pozicia`), and the "naposledy počúvané" list comes back
in a response. Attribution is Adjust: `/session` and `/event` are form-encoded
with `app_token`, `gps_adid`, `android_uuid` (Adjust's install UUID),
`created_at`, `environment` and, for events, `event_token` and a
`callback_params` JSON; the Client-SDK header names the SDK build. A compact
listening batch sends positional rows under one-letter keys. Now-playing
metadata, charts, podcast catalogue pages and audio chunks are content.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, iso, ms, rid, ua

API = "https://api.radiovlna.example"
UA = ua("RadioVlna", "3.8.1", "mama")
ADJUST = "https://app.adjust.com"
STANICE = [
    ("vlna", "Rádio Vlna"),
    ("slovensko", "Rádio Slovensko"),
    ("expres", "Rádio Expres"),
    ("funradio", "Fun rádio"),
    ("melody", "Rádio Melody"),
    ("regina", "Rádio Regina Východ"),
]
RELACIE = ["Ranná šou", "Hitparáda", "Dobré ráno, Košice", "Večerné správy", "Folklórna jar"]
PODCASTY = [
    ("p88", "Dobré ráno (SME)", 1500),
    ("p91", "Index", 2400),
    ("p95", "Zlaté časy Slovenska", 3000),
    ("p97", "Záhady histórie", 2700),
]
SKLADBY = [
    ("Elán", "Kaskadér"),
    ("IMT Smile", "Nepoznám"),
    ("Peter Nagy", "Kristínka iná"),
    ("Kristína", "Vráť mi tie hory"),
    ("Horkýže Slíže", "Malá dáma"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "radiovlna", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _adjust_time(c: Context) -> str:
    return datetime.fromtimestamp(c.now, UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z+0000")


def _adjust(c: Context, path: str, extra: list[tuple[str, str]]) -> FB:
    b = FB(c, "adjust", "POST", f"{ADJUST}/{path}", http_version="HTTP/1.1")
    b.header("client-sdk", "android4.38.3")
    b.header("user-agent", "okhttp/4.12.0")
    pairs = [
        ("app_token", "k7w2q9xr3nls"),
        ("gps_adid", b.id("gaid_mama", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", b.id("radio_adjust_uuid", where="form android_uuid")),
        ("tracking_enabled", "1"),
        ("created_at", _adjust_time(c)),
        ("sent_at", _adjust_time(c)),
        ("environment", "production"),
        ("package_name", "sk.radiovlna.app"),
        ("app_version", "3.8.1"),
        ("device_type", "phone"),
        ("device_manufacturer", "samsung"),
        ("device_name", "SM-A356B"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("language", "sk"),
        ("country", "SK"),
        *extra,
    ]
    b.form(pairs)
    return b


def adjust_session(c: Context) -> Flow:
    b = _adjust(c, "session", [("session_count", str(c.rng.randint(2, 400)))])
    b.ok_json({"app_token": "k7w2q9xr3nls", "adid": rid(c.rng).replace("-", "")})
    b.other_id("adjust_adid", "response json adid (Adjust device id)", direction="response")
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = _adjust(
        c,
        "event",
        [
            ("event_token", c.rng.choice(["a1b2c3", "x9y8z7", "q4w5e6"])),
            ("event_count", str(c.rng.randint(1, 90))),
            ("callback_params", js({"obrazovka": c.rng.choice(["stanice", "podcasty", "hity"])})),
        ],
    )
    b.ok_json({"status": "OK"})
    return b.build()


def registracia(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/zariadenie")
    b.json(
        {
            "androidId": b.id("aid_radio", where="json androidId"),
            "adId": b.id("gaid_mama", where="json adId"),
            "pushToken": "f" + rid(c.rng).replace("-", "") + ":APA91b" + rid(c.rng)[:20],
            "model": "SM-A356B",
            "jazyk": "sk",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def pocuvanie(c: Context) -> Flow:
    sid, name = c.rng.choice(STANICE)
    b = _b(c, "POST", f"{API}/v1/pocuvanie")
    b.view("json stanica + relacia + sekundy (radio listening)")
    b.json(
        {
            "stanica": sid,
            "nazovStanice": name,
            "relacia": c.rng.choice(RELACIE),
            "sekundy": c.rng.randint(60, 3600),
            "zaciatok": iso(c),
            "kvalita": c.rng.choice(["128k", "64k"]),
        }
    )
    b.no_content()
    return b.build()


def podcast_pozicia(c: Context) -> Flow:
    pid, title, dur = c.rng.choice(PODCASTY)
    b = _b(c, "PUT", f"{API}/v1/podcasty/{pid}/epizody/{c.rng.randint(100, 900)}/pozicia")
    b.view("json pozicia + trvanie (podcast episode position)")
    b.json(
        {
            "podcast": title,
            "pozicia": c.rng.randint(10, dur),
            "trvanie": dur,
            "dopocuvane": c.rng.random() < 0.2,
            "cas": iso(c),
        }
    )
    b.no_content()
    return b.build()


def naposledy(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/pouzivatel/naposledy-pocuvane")
    b.view("response json naposledyPocuvane[]", direction="response")
    rows = []
    for _ in range(5):
        if c.rng.random() < 0.5:
            sid, name = c.rng.choice(STANICE)
            rows.append({"typ": "stanica", "id": sid, "nazov": name, "kedy": iso(c)})
        else:
            pid, title, _ = c.rng.choice(PODCASTY)
            rows.append({"typ": "podcast", "id": pid, "nazov": title, "kedy": iso(c)})
    b.ok_json({"naposledyPocuvane": rows})
    return b.build()


def skladba_dohrana(c: Context) -> Flow:
    artist, song = c.rng.choice(SKLADBY)
    b = _b(c, "POST", f"{API}/v1/hudba/prehrate")
    b.view("json interpret + skladba + prehrateSekund (song played)")
    b.json(
        {
            "interpret": artist,
            "skladba": song,
            "prehrateSekund": c.rng.randint(30, 260),
            "zdroj": "playlist:slovenske-hity",
            "cas": iso(c),
        }
    )
    b.no_content()
    return b.build()


def opaque_batch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/b")
    b.view("json e[] rows [station idx, s, ts]", detectable=False)
    rows = [[c.rng.randint(0, 5), c.rng.randint(60, 3600), ms(c)] for _ in range(3)]
    b.json({"e": rows, "k": 2}, "gzip")
    b.no_content()
    return b.build()


def config_opaque(c: Context) -> Flow:
    """Remote config keyed by an MD5 of the ANDROID_ID under a one-letter parameter."""
    b = FB(c, "radiovlna", "GET", f"{API}/c")
    b.header("user-agent", UA)
    b.param("u", b.id("aid_radio", "md5", "query u", detectable=False))
    b.param("v", "381")
    b.ok_json({"reklamy": True, "interval": 900})
    return b.build()


def hra_teraz(c: Context) -> Flow:
    sid, name = c.rng.choice(STANICE)
    artist, song = c.rng.choice(SKLADBY)
    b = _b(c, "GET", f"{API}/v1/stanice/{sid}/prave-hra")
    b.decoy("station now-playing metadata (content, not the listener's history)")
    b.ok_json({"stanica": name, "interpret": artist, "skladba": song, "zaciatok": iso(c)})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    sid, _ = c.rng.choice(STANICE)
    b = FB(c, "radiovlna", "GET", f"https://stream.radiovlna.example/{sid}/128/chunk-{ms(c)}.aac")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def hitparada(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/hitparada?tyzden=48")
    b.decoy("chart with play counts (aggregate)")
    b.ok_json(
        {
            "hity": [
                {
                    "poradie": i + 1,
                    "interpret": a,
                    "skladba": s,
                    "prehrania": c.rng.randint(10**3, 10**5),
                }
                for i, (a, s) in enumerate(SKLADBY)
            ]
        }
    )
    return b.build()


def podcast_katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/podcasty?kategoria=spravodajstvo")
    b.decoy("podcast catalogue with episode durations")
    b.ok_json(
        {"podcasty": [{"id": p, "nazov": t, "trvanie": d, "epizody": 300} for p, t, d in PODCASTY]}
    )
    return b.build()
