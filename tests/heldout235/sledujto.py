"""Sleduj.to: a Slovak TV channels' streaming app (seriály, relácie, správy) on
the son's Pixel 8 in Prague.

The backend is Slovak-built: paths and keys are Slovak without diacritics
(`sledovanie` = watching, `pozicia` = position, `trvanie` = duration,
`epizoda`, `relacia`, `kanal`, `pokracovat` = continue). Watch progress and
live-channel heartbeats go to the app's backend. Video events also go to GA4
through the Measurement Protocol, app-stream form (`firebase_app_id` and
`api_secret` in the URL, `app_instance_id` in the body, recommended events
`video_progress` / `video_complete` with `video_title`, `video_percent`,
`video_current_time`). The app registers with Firebase Installations (`fid`,
`appId`, `authVersion` FIS_v2). Audience measurement is Gemius (the Slovak
TV/online audience currency): the player's stream hits go to
`<prefix>.hit.gemius.pl/_<ts>/redot.gif` with the script identifier `id`, an
event type `et` and `|`-joined extra parameters (programme id, name, position,
duration). Catalogue rails, search, the EPG, "najsledovanejšie" counts and
HLS segments are content fetches, not viewing history.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

API = "https://api.sleduj-to.example"
UA = ua("SledujTo", "6.2.0", "syn")
OBSAH = [
    ("s2041", "Susedia", 2600, "serial"),
    ("s2077", "Oteckovia", 2700, "serial"),
    ("s2103", "Horná Dolná", 3000, "serial"),
    ("s2150", "Policajti v akcii", 2400, "serial"),
    ("r3302", "Inkognito", 3600, "relacia"),
    ("r3318", "Farma", 4200, "relacia"),
    ("n4001", "Televízne noviny", 1800, "spravy"),
    ("n4020", "Správy RTVS", 1500, "spravy"),
]
KANALY = ["Markíza", "JOJ", "Jednotka", "Dvojka", "TA3", "Dajto", "Wau", "JOJ Plus"]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:802214937561:android:b1f4c77a90de2a35&api_secret=Qm3vR8tYcN1pZ0xWkL5aHs"
)
GEMIUS = "https://gask.hit.gemius.pl"
GEMIUS_ID = "zZ1FgTNqG7Ymk.Y5n0K8c8W1Hf7uQb9CQJc8tJK7YWn.G7"


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "sledujto", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-zariadenie-id", b.id("aid_tv", where="header x-zariadenie-id"))
    return b


def _item(c: Context) -> tuple[str, str, int, int, str]:
    oid, title, dur, typ = c.rng.choice(OBSAH)
    return oid, title, c.rng.randint(1, 250), dur, typ


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/sledujto-sk/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "sk.sledujto.app")
    b.header("x-android-cert", new_hex(c.rng, 40).upper())
    b.json(
        {
            "fid": b.id("tv_fid", where="json fid"),
            "appId": "1:802214937561:android:b1f4c77a90de2a35",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/802214937561/installations/" + c.phone.tv_fid,
            "fid": c.phone.tv_fid,
            "refreshToken": "3_" + new_hex(c.rng, 40),
        }
    )
    # the response echoes the fid: labelled too
    b.other_id("tv_fid", "response json fid / name", direction="response")
    return b.build()


def registracia(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/zariadenia/registracia", device=False)
    b.json(
        {
            "androidId": b.id("aid_tv", where="json androidId"),
            "firebaseId": b.id("tv_fid", where="json firebaseId"),
            "reklamneId": b.id("gaid_syn", where="json reklamneId (advertising id)"),
            "model": "Pixel 8",
            "jazyk": "sk",
            "krajina": "CZ",
        }
    )
    b.ok_json({"ok": True, "maxZariadeni": 5})
    return b.build()


def sledovanie_progres(c: Context) -> Flow:
    oid, title, ep, dur, typ = _item(c)
    b = _b(c, "POST", f"{API}/v3/sledovanie/progres")
    b.view("json obsahId/epizoda/pozicia/trvanie (watch progress)")
    b.json(
        {
            "obsahId": oid,
            "nazov": title,
            "typ": typ,
            "epizoda": ep,
            "pozicia": c.rng.randint(15, dur),
            "trvanie": dur,
            "dokoncene": False,
            "cas": iso(c),
        }
    )
    b.no_content()
    return b.build()


def pokracovat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/pouzivatel/pokracovat-v-sledovani?limit=12")
    b.view("response json pokracovat[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        oid, title, ep, dur, _typ = _item(c)
        rows.append(
            {
                "obsahId": oid,
                "nazov": title,
                "epizoda": ep,
                "pozicia": c.rng.randint(60, dur - 60),
                "trvanie": dur,
                "naposledySledovane": iso(c),
            }
        )
    b.ok_json({"pokracovat": rows})
    return b.build()


def historia(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/pouzivatel/historia-sledovania?strana=1")
    b.view("response json historia[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        oid, title, ep, _dur, _typ = _item(c)
        items.append({"obsahId": oid, "nazov": title, "epizoda": ep, "datum": iso(c)})
    b.ok_json({"historia": items, "strana": 1})
    return b.build()


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/live/heartbeat")
    b.view("json kanal + sekundy (live channel watch time)")
    b.json(
        {
            "kanal": c.rng.choice(KANALY),
            "sekundy": c.rng.choice([30, 60, 60, 120]),
            "zaciatok": iso(c),
            "kvalita": c.rng.choice(["720p", "1080p", "auto"]),
        }
    )
    b.ok_json({"pokracuj": True})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, ep, dur, _typ = _item(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name} with video_title / video_current_time")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("tv_app_instance", where="json app_instance_id"),
            "user_id": b.acct("tv_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{title} ({ep}. diel)",
                        "video_provider": "sledujto",
                        "video_percent": pct,
                        "video_current_time": dur * pct // 100,
                        "video_duration": dur,
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def ga4_screen(c: Context) -> Flow:
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.json(
        {
            "app_instance_id": b.id("tv_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Domov", "Hladat", "Profil", "Zivo"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def gemius_stream(c: Context) -> Flow:
    """Gemius stream hit: event type and the programme in the extra parameters."""
    oid, title, ep, dur, typ = _item(c)
    et = c.rng.choice(["play", "playing", "pause", "complete"])
    extra = "|".join(
        [
            f"programID={oid}-{ep}",
            f"programName={quote(title)}",
            f"programType={typ}",
            f"programDuration={dur}",
            f"offset={c.rng.randint(0, dur)}",
            "playerID=sledujto-android",
        ]
    )
    b = FB(
        c,
        "gemius",
        "GET",
        f"{GEMIUS}/_{ms(c)}/redot.gif",
        [("l", "91"), ("id", GEMIUS_ID), ("et", et), ("hsrc", "3"), ("extra", extra)],
        "HTTP/1.1",
    )
    b.header("user-agent", UA)
    b.view("query et=play/... + extra programID/programName/offset (stream hit)")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00")
    return b.build()


def gemius_pageview(c: Context) -> Flow:
    b = FB(
        c,
        "gemius",
        "GET",
        f"{GEMIUS}/_{ms(c)}/redot.gif",
        [
            ("l", "30"),
            ("id", GEMIUS_ID),
            ("et", "view"),
            ("href", "app://sk.sledujto.app/" + c.rng.choice(["domov", "hladat", "profil"])),
        ],
        "HTTP/1.1",
    )
    b.header("user-agent", UA)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00")
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [content, episode, second, ts] rows under 'd'."""
    b = _b(c, "POST", f"{API}/t/2", device=False)
    b.view("json d[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(OBSAH)[0][1:]), c.rng.randint(1, 250), c.rng.randint(10, 4200), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"d": rows, "v": 4}, "gzip")
    b.no_content()
    return b.build()


def katalog(c: Context) -> Flow:
    zaner = c.rng.choice(["serialy", "relacie", "spravodajstvo"])
    b = _b(c, "GET", f"{API}/v3/katalog?zaner={zaner}&strana=1", device=False)
    b.decoy("catalogue rail with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "obsah": [
                {
                    "obsahId": oid,
                    "nazov": title,
                    "pocetEpizod": 250,
                    "trvanie": dur,
                    "plagat": f"https://img.sleduj-to.example/p/{oid}.jpg",
                }
                for oid, title, dur, _typ in OBSAH
            ]
        }
    )
    return b.build()


def hladat(c: Context) -> Flow:
    q = c.rng.choice(["susedia", "farma", "noviny", "oteckovia"])
    b = _b(c, "GET", f"{API}/v3/hladat?q={q}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json(
        {
            "vysledky": [
                {"obsahId": oid, "nazov": title, "trvanie": dur} for oid, title, dur, _ in OBSAH[:3]
            ]
        }
    )
    return b.build()


def najsledovanejsie(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/top/najsledovanejsie?obdobie=7d", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"obsahId": oid, "nazov": title, "pozretia": c.rng.randint(10**4, 10**6)}
                for oid, title, _, _ in OBSAH
            ]
        }
    )
    return b.build()


def program(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/live/program?kanal={c.rng.randint(1, 8)}", device=False)
    b.decoy("EPG programme times (content fetch)")
    b.ok_json(
        {
            "program": [
                {"nazov": t, "zaciatok": iso(c), "trvanie": c.rng.choice([30, 60, 90])}
                for t in ("Televízne noviny", "Susedia", "Inkognito", "Počasie")
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    oid = c.rng.choice(OBSAH)[0]
    b = FB(
        c,
        "sledujto",
        "GET",
        f"https://vod.sleduj-to.example/{oid}/e{c.rng.randint(1, 250):03d}/1080p/"
        f"segment-{c.rng.randint(1, 600)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
