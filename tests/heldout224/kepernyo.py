"""Képernyő+: a Hungarian TV channels' streaming app (series, reality shows, news)
on the mother's Samsung A55 in Budapest.

The backend is Hungarian-built: paths and keys are Hungarian without accents
(`megtekintes` = viewing, `folytatas` = continue, `elozmenyek` = history,
`pozicio`, `idotartam` = duration, `epizod`, `evad` = season, `csatorna`).
Watch progress and live heartbeats go to the backend; video events also go
to GA4 through the Measurement Protocol, app-stream form (`firebase_app_id`
and `api_secret` in the URL, `app_instance_id` in the body, the recommended
`video_progress` / `video_complete` events with `video_title`,
`video_percent`, `video_current_time`). The app registers with Firebase
Installations (`fid`, `appId`, `authVersion` FIS_v2). Audience measurement is
Gemius's stream measurement (the Hungarian currency for online video): the
player's `newProgram` metadata (`programName`, `programDuration`, `series`,
`programType`) and play / pause / complete events with the offset go to the
hit collector, with the Gemius cookie-less user id `uid` and the advertising
id. Browsing the catalogue, searching, the programme guide, "most watched"
counts, thumbnails and HLS segments are content fetches, not viewing history.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rid, ua

API = "https://api.kepernyoplusz.example"
UA = ua("KepernyoPlusz", "6.3.0", "anya")
MUSOROK = [
    ("m301", "A Király", "sorozat", 2700),
    ("m302", "Mintaapák", "sorozat", 2500),
    ("m303", "Hazatalálsz", "sorozat", 2600),
    ("m304", "Survivor – A sziget", "valóságshow", 5400),
    ("m305", "Nyerő Páros", "valóságshow", 6000),
    ("m306", "Híradó 18:30", "hírek", 1800),
    ("m307", "Házasodna a gazda", "valóságshow", 4200),
    ("m308", "Tények", "hírek", 1500),
]
CSATORNAK = ["M1", "Duna", "RTL", "TV2", "ATV", "HírTV", "Super TV2", "RTL Kettő"]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:803316290471:android:c41e9a07d25f63b8&api_secret=Qe7sYt2LmK4pVx9RnB1wZa"
)
GEMIUS = "https://hu.hit.gemius.pl"
GEMIUS_ID = "bPbqcm7bZ7nQsHcLq0Qf8qe0P7RNmZr8UquuPrZvGHz.m7"


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "kepernyoplusz", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-eszkoz-azonosito", b.id("aid_kepernyo", where="header x-eszkoz-azonosito"))
    return b


def _ep(c: Context) -> tuple[str, str, str, int, int, int]:
    mid, title, kind, dur = c.rng.choice(MUSOROK)
    return mid, title, kind, c.rng.randint(1, 12), c.rng.randint(1, 80), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/kepernyoplusz-hu/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "hu.kepernyoplusz.app")
    b.json(
        {
            "fid": b.id("kepernyo_fid", where="json fid"),
            "appId": "1:803316290471:android:c41e9a07d25f63b8",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/803316290471/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def eszkoz_regisztracio(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/eszkozok/regisztracio", device=False)
    b.json(
        {
            "androidId": b.id("aid_kepernyo", where="json androidId"),
            "firebaseInstallationId": b.id("kepernyo_fid", where="json firebaseInstallationId"),
            "hirdetesiAzonosito": b.id("gaid_anya", where="json hirdetesiAzonosito"),
            "modell": "SM-A556B",
            "nyelv": "hu",
            "orszag": "HU",
        }
    )
    b.ok_json({"siker": True, "maxEszkoz": 5})
    return b.build()


def megtekintes(c: Context) -> Flow:
    mid, title, _, evad, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/api/v3/megtekintes/allapot")
    b.view("json musorId/epizod/pozicio (watch progress)")
    b.json(
        {
            "musorId": mid,
            "cim": title,
            "evad": evad,
            "epizod": ep,
            "pozicio": c.rng.randint(15, dur),
            "idotartam": dur,
            "befejezve": False,
            "ido": iso(c),
        }
    )
    b.no_content()
    return b.build()


def folytatas(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/felhasznalo/folytatas?limit=10")
    b.view("response json folytatas[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        mid, title, _, evad, ep, dur = _ep(c)
        rows.append(
            {
                "musorId": mid,
                "cim": title,
                "evad": evad,
                "epizod": ep,
                "pozicio": c.rng.randint(60, dur - 60),
                "idotartam": dur,
                "utoljaraNezve": iso(c),
            }
        )
    b.ok_json({"folytatas": rows})
    return b.build()


def elozmenyek(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/felhasznalo/megtekintesi-elozmenyek?oldal=1")
    b.view("response json elozmenyek[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        mid, title, _, evad, ep, _dur = _ep(c)
        items.append({"musorId": mid, "cim": title, "evad": evad, "epizod": ep, "datum": iso(c)})
    b.ok_json({"elozmenyek": items, "oldal": 1})
    return b.build()


def elo_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/elo/nezettseg")
    b.view("json csatorna + masodperc (live channel watch time)")
    b.json(
        {
            "csatorna": c.rng.choice(CSATORNAK),
            "masodperc": c.rng.choice([30, 60, 60, 120]),
            "kezdes": iso(c),
            "minoseg": c.rng.choice(["720p", "1080p", "auto"]),
        }
    )
    b.ok_json({"folytat": True})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, _, evad, ep, dur = _ep(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name}")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("kepernyo_app_instance", where="json app_instance_id"),
            "user_id": b.acct("kepernyo_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{title} – {evad}. évad {ep}. rész",
                        "video_provider": "kepernyoplusz",
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
            "app_instance_id": b.id("kepernyo_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Kezdolap", "Kereses", "Profil", "EloTV"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def gemius_stream(c: Context) -> Flow:
    """A Gemius stream hit: programme metadata and the player event with its offset."""
    mid, title, kind, evad, ep, dur = _ep(c)
    event = c.rng.choice(["play", "pause", "complete", "break"])
    b = FB(c, "gemius", "GET", f"{GEMIUS}/_{ms(c)}/redot.gif")
    b.header("user-agent", UA)
    b.view(f"query programName/series + event={event} + offset (Gemius stream)")
    b.param("l", "91")
    b.param("id", GEMIUS_ID)
    b.param("et", "stream")
    b.param("uid", b.id("gemius_uid", where="query uid"))
    b.param("gaid", b.id("gaid_anya", where="query gaid"))
    b.param("playerID", "kpp_exo")
    b.param("programID", f"{mid}_{evad:02d}_{ep:03d}")
    b.param("programName", f"{title} {evad}/{ep}")
    b.param("series", title)
    b.param("programType", "video")
    b.param("typology", kind)
    b.param("programDuration", str(dur))
    b.param("event", event)
    b.param("offset", str(c.rng.randint(0, dur)))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00;")
    return b.build()


def gemius_page(c: Context) -> Flow:
    """A Gemius audience page view of a screen (no programme, no device id)."""
    b = FB(c, "gemius", "GET", f"{GEMIUS}/_{ms(c)}/redot.gif")
    b.header("user-agent", UA)
    b.param("l", "30")
    b.param("id", GEMIUS_ID)
    b.param("et", "view")
    b.param("hsrc", "3")
    b.param("href", "app://kepernyoplusz/" + c.rng.choice(["kezdolap", "sorozatok", "hirek"]))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00;")
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [programme, episode, second, ts] rows under 'q'."""
    b = _b(c, "POST", f"{API}/t/2", device=False)
    b.view("json q[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(MUSOROK)[0][1:]), c.rng.randint(1, 80), c.rng.randint(10, 5400), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"q": rows, "v": 4}, "gzip")
    b.no_content()
    return b.build()


def katalogus(c: Context) -> Flow:
    kat = c.rng.choice(["sorozat", "valosagshow", "hirek"])
    b = _b(c, "GET", f"{API}/api/v3/katalogus?kategoria={kat}&oldal=1", device=False)
    b.decoy("catalogue rail with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "musorok": [
                {
                    "musorId": mid,
                    "cim": title,
                    "mufaj": kind,
                    "epizodok": 80,
                    "idotartam": dur,
                    "boritokep": f"https://img.kepernyoplusz.example/b/{mid}.jpg",
                }
                for mid, title, kind, dur in MUSOROK
            ]
        }
    )
    return b.build()


def kereses(c: Context) -> Flow:
    q = c.rng.choice(["király", "survivor", "gazda", "híradó"])
    b = _b(c, "GET", f"{API}/api/v3/kereses?q={quote(q)}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json(
        {
            "talalatok": [
                {"musorId": mid, "cim": title, "idotartam": dur}
                for mid, title, _, dur in MUSOROK[:4]
            ]
        }
    )
    return b.build()


def legnezettebb(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/top/legnezettebb?idoszak=7nap", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"musorId": mid, "cim": title, "nezettseg": c.rng.randint(10**4, 10**6)}
                for mid, title, _, _ in MUSOROK
            ]
        }
    )
    return b.build()


def musorujsag(c: Context) -> Flow:
    cs = c.rng.choice(CSATORNAK)
    b = _b(c, "GET", f"{API}/api/v3/elo/musorujsag?csatorna={quote(cs)}", device=False)
    b.decoy("programme guide start times and durations (content fetch)")
    b.ok_json(
        {
            "musorok": [
                {"cim": t, "kezdes": iso(c), "idotartam": c.rng.choice([30, 60, 90])}
                for t in ("Híradó", "Fókusz", "Mokka", "Tények Este")
            ]
        }
    )
    return b.build()


def boritokep(c: Context) -> Flow:
    mid = c.rng.choice(MUSOROK)[0]
    b = FB(c, "kepernyoplusz", "GET", f"https://img.kepernyoplusz.example/b/{mid}.jpg?w=480")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("thumbnail of a programme")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def hls_segment(c: Context) -> Flow:
    mid = c.rng.choice(MUSOROK)[0]
    b = FB(
        c,
        "kepernyoplusz",
        "GET",
        f"https://vod.kepernyoplusz.example/{mid}/e{c.rng.randint(1, 80):03d}/1080p/"
        f"seg-{c.rng.randint(1, 900)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
