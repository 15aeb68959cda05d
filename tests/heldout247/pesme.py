"""Melodija: a Serbian music (narodna, pop, turbo-folk), radio and podcast app on
the mother's Redmi Note 13 in Novi Sad.

The backend mixes scripts: the listening log takes Cyrillic keys (`песма`,
`извођач`, `преслушано`), the radio and podcast services Latin ones
(`stanica`, `slusanoSekundi`, `podkast`, `epizoda`, `pozicija`). The app sends
Meta app events through the Graph API `activities` edge (form body:
`event=CUSTOM_APP_EVENTS`, `advertiser_id`, `anon_id`, `custom_events` as a JSON
string, `extinfo`), https://developers.facebook.com/docs/app-events/; a song
played is logged as `fb_mobile_content_view` with the song in `fb_description`.
A compact batch uploader sends rows of [track, seconds, ts] with a SHA-256 of
the ANDROID_ID under 'z'. Charts, lyrics, the station list with what is on air,
concert dates and audio chunks are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.melodija.example"
UA = ua("Melodija", "3.11.4", "mama")
FB_APP = "412998730561207"
PESME = [
    ("t1001", "Ceca", "Kukavica", 236),
    ("t1002", "Šaban Šaulić", "Dva dana", 254),
    ("t1003", "Lepa Brena", "Jugoslovenka", 221),
    ("t1004", "Saša Matić", "Kruna", 244),
    ("t1005", "Zdravko Čolić", "Ti si mi u krvi", 232),
    ("t1006", "Аца Лукас", "Ђорђе", 229),
    ("t1007", "Јелена Карлеуша", "Insomnia", 201),
    ("t1008", "Toma Zdravković", "Prokleta je ova kafana", 263),
]
STANICE = ["Radio S1", "Radio S2", "Narodni radio", "Radio Beograd 1", "Play Radio", "TDI Radio"]
PODKASTI = [
    ("p31", "Agelast"),
    ("p44", "Pojačalo"),
    ("p57", "Čaša vode"),
    ("p62", "Јутарњи разговори"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "melodija", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _song(c: Context) -> tuple[str, str, str, int]:
    return c.rng.choice(PESME)


def _fb(c: Context, events: list[dict[str, object]]) -> FB:
    b = FB(
        c, "facebook-app-events", "POST", f"https://graph.facebook.com/v18.0/{FB_APP}/activities"
    )
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    extinfo = [
        "a2",
        "rs.melodija.app",
        "311",
        "3.11.4",
        "14",
        "23129RAA4G",
        "sr_RS",
        "CET",
        "mts",
        1080,
        2400,
        "2.75",
        8,
        110,
        21,
        "Europe/Belgrade",
    ]
    b.form(
        [
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid_mama", where="form advertiser_id")),
            ("advertiser_tracking_enabled", "1"),
            ("anon_id", b.id("melodija_fb_anon", where="form anon_id")),
            ("application_tracking_enabled", "1"),
            ("custom_events", js(events)),
            ("extinfo", js(extinfo)),
            ("format", "json"),
            ("sdk", "android"),
            ("application_package_name", "rs.melodija.app"),
        ]
    )
    b.ok_json({"success": True})
    return b


def fb_song(c: Context) -> Flow:
    tid, artist, title, dur = _song(c)
    events: list[dict[str, object]] = [
        {
            "_eventName": "fb_mobile_content_view",
            "_logTime": int(c.now),
            "fb_content_type": "pesma",
            "fb_content_id": tid,
            "fb_description": f"{artist} - {title}",
            "_valueToSum": dur,
            "_ui": "PlayerActivity",
        }
    ]
    b = _fb(c, events)
    b.view("form custom_events fb_mobile_content_view fb_description (song played)")
    return b.build()


def fb_activate(c: Context) -> Flow:
    events: list[dict[str, object]] = [
        {"_eventName": "fb_mobile_activate_app", "_logTime": int(c.now), "_ui": "MainActivity"},
        {
            "_eventName": "fb_mobile_deactivate_app",
            "_logTime": int(c.now) + 40,
            "_session_id": rid(c.rng),
        },
    ]
    return _fb(c, events).build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/uredjaj/prijava")
    b.json(
        {
            "androidId": b.id("aid_melodija", where="json androidId"),
            "gaid": b.id("gaid_mama", where="json gaid"),
            "korisnik": b.acct("melodija_user"),
            "model": "Redmi Note 13",
            "operater": "mts",
        }
    )
    b.ok_json({"ok": True, "premium": False})
    return b.build()


def slusano(c: Context) -> Flow:
    tid, artist, title, dur = _song(c)
    b = _b(c, "POST", f"{API}/v2/slusano")
    b.view("json песма / извођач / преслушано")
    b.json(
        {
            "песмаИд": tid,
            "песма": title,
            "извођач": artist,
            "трајање": dur,
            "преслушано": c.rng.randint(20, dur),
            "извор": c.rng.choice(["плејлиста", "претрага", "радио-микс"]),
            "време": iso(c),
        }
    )
    b.no_content()
    return b.build()


def radio_sesija(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/radio/sesija")
    b.view("json stanica / slusanoSekundi")
    b.json(
        {
            "stanica": c.rng.choice(STANICE),
            "slusanoSekundi": c.rng.randint(60, 3600),
            "pocetak": iso(c),
            "bitrate": 128,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def podkast_pozicija(c: Context) -> Flow:
    pid, naziv = c.rng.choice(PODKASTI)
    b = _b(c, "PUT", f"{API}/v2/podkast/{pid}/pozicija")
    b.view("json podkast / epizoda / pozicija")
    b.json(
        {
            "podkast": naziv,
            "epizoda": c.rng.randint(1, 220),
            "pozicija": c.rng.randint(30, 5400),
            "brzina": c.rng.choice([1.0, 1.25, 1.5]),
        }
    )
    b.no_content()
    return b.build()


def nedavno(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/korisnik/nedavno-slusano?limit=20")
    b.view("response json nedavnoSlusano[]", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        tid, artist, title, _ = _song(c)
        rows.append({"id": tid, "izvodjac": artist, "naslov": title, "slusano": iso(c)})
    b.ok_json({"nedavnoSlusano": rows})
    return b.build()


def batch_opaque(c: Context) -> Flow:
    b = FB(c, "melodija", "POST", f"{API}/q")
    b.header("user-agent", "okhttp/4.12.0")
    z = b.id("aid_melodija", "sha256", "json z", detectable=False)
    b.view("json q[] rows [track, seconds, ts]", detectable=False)
    rows = [
        [int(_song(c)[0][1:]), c.rng.randint(10, 260), ms(c)] for _ in range(c.rng.randint(2, 6))
    ]
    b.json({"z": z, "q": rows, "n": len(rows)}, "gzip")
    b.no_content()
    return b.build()


def ads_opaque(c: Context) -> Flow:
    b = FB(c, "melodija", "GET", f"{API}/a/v1")
    b.header("user-agent", dalvik("mama"))
    b.param("s", "audio_pre")
    b.param("x", b.id("gaid_mama", "md5", "query x", detectable=False))
    b.param("r", str(c.rng.randint(10**8, 10**9)))
    b.ok_json({"ad": None, "retry": 600})
    return b.build()


def top_lista(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/top-lista?zanr=narodna")
    b.decoy("chart with play counts (slusanja) across all listeners")
    b.ok_json(
        {
            "lista": [
                {
                    "mesto": i + 1,
                    "izvodjac": a,
                    "naslov": t,
                    "slusanja": c.rng.randint(10**4, 10**6),
                }
                for i, (_, a, t, _) in enumerate(PESME)
            ]
        }
    )
    return b.build()


def tekst(c: Context) -> Flow:
    tid, artist, title, _ = _song(c)
    b = _b(c, "GET", f"{API}/v2/tekst/{tid}")
    b.ok_json({"izvodjac": artist, "naslov": title, "tekst": "…\nRefren…\n…"})
    return b.build()


def stanice(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/radio/stanice")
    b.decoy("station list with what is on air now (trenutnoSvira)")
    b.ok_json(
        {
            "stanice": [
                {"naziv": s, "trenutnoSvira": f"{a} - {t}", "slusalaca": c.rng.randint(100, 9000)}
                for s, (_, a, t, _) in zip(STANICE, c.rng.sample(PESME, len(STANICE)), strict=True)
            ]
        }
    )
    return b.build()


def koncerti(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/koncerti?grad=Novi%20Sad")
    b.decoy("concert dates and durations")
    b.ok_json(
        {
            "koncerti": [
                {"izvodjac": a, "mesto": "SPENS", "datum": iso(c)[:10], "trajanje": 150}
                for _, a, _, _ in PESME[:3]
            ]
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    tid = _song(c)[0]
    b = FB(
        c,
        "melodija",
        "GET",
        f"https://audio.melodija.example/{tid}/{new_hex(c.rng, 16)}/{c.rng.randint(0, 40)}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
