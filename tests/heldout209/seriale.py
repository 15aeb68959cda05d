"""Oglądaj+: a Polish series and film streaming app (Player / CDA-like) on the
son's Pixel 8 in Dublin.

The backend is Polish-built: paths and keys are Polish, camelCase, some with
Polish letters (`ostatnioOglądane`) and some without (`pozycjaSek`,
`czasTrwania`, `odcinek`, `serialId`, `ukonczone`). Watch progress and live
channel heartbeats go to the app's backend; video events also go to GA4
through the Measurement Protocol, app-stream form (`firebase_app_id` and
`api_secret` in the URL, `app_instance_id` in the body, events
`video_progress` / `video_complete` with `video_title`, `video_percent`,
`video_current_time`,
https://developers.google.com/analytics/devguides/collection/protocol/ga4/sending-events).
The app registers with Firebase Installations (`fid`, `appId`, `authVersion`
FIS_v2). Adjust tracks sessions and a "watched an episode" event: form bodies
to app.adjust.com/session and /event with `app_token`, `gps_adid`,
`android_uuid`, `event_token`, `callback_params` (https://help.adjust.com/).
Gemius audience measurement gets a page-view hit of the episode page. The
catalogue, search, the "most watched" counts and HLS segments are content
fetches, not viewing history.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.ogladajplus.example"
UA = ua("OgladajPlus", "6.12.0", "syn")
SERIALE = [
    ("s2201", "Ranczo", 2640),
    ("s2214", "Na Wspólnej", 1500),
    ("s2230", "Ojciec Mateusz", 2700),
    ("s2245", "Klan", 1380),
    ("s2251", "Pierwsza miłość", 1500),
    ("s2263", "Wielka Woda", 3000),
    ("f3310", "Kler", 7980),
]
KANALY = ["TVN", "Polsat", "TVP1", "TVN24", "Polsat Sport", "Eurosport 1", "TTV"]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:83411209377:android:4c1e7b92f0a3d58e&api_secret=Zq7PwX2mLk9RtB4nVc6sYd"
)
ADJUST_TOKEN = "q8x3k1m7w2ps"


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "ogladajplus", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-urzadzenie-id", b.id("aid_vod", where="header x-urzadzenie-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    sid, title, dur = c.rng.choice(SERIALE)
    return sid, title, 1 if sid.startswith("f") else c.rng.randint(1, 120), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/ogladajplus-pl/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "pl.ogladajplus.tv")
    b.json(
        {
            "fid": b.id("vod_fid", where="json fid"),
            "appId": "1:83411209377:android:4c1e7b92f0a3d58e",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/83411209377/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def rejestracja(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/urzadzenia/rejestracja", device=False)
    b.json(
        {
            "androidId": b.id("aid_vod", where="json androidId"),
            "firebaseId": b.id("vod_fid", where="json firebaseId"),
            "model": "Pixel 8",
            "jezyk": "pl",
            "kraj": "IE",
        }
    )
    b.ok_json({"ok": True, "limitUrzadzen": 5, "geoblokada": "EU_PORTABILITY"})
    return b.build()


def _adjust(c: Context, path: str) -> FB:
    b = FB(c, "adjust", "POST", f"https://app.adjust.com/{path}", http_version="HTTP/1.1")
    b.header("user-agent", dalvik("syn"))
    b.header("client-sdk", "android4.38.5")
    return b


def adjust_session(c: Context) -> Flow:
    b = _adjust(c, "session")
    b.form(
        [
            ("app_token", ADJUST_TOKEN),
            ("gps_adid", b.id("gaid_syn", where="form gps_adid")),
            ("gps_adid_src", "service"),
            ("android_uuid", b.id("vod_adjust_uuid", where="form android_uuid")),
            ("tracking_enabled", "1"),
            ("created_at", iso(c).replace("Z", "Z+0000")),
            ("environment", "production"),
            ("os_name", "android"),
            ("os_version", "14"),
            ("device_type", "phone"),
            ("device_name", "Pixel 8"),
            ("country", "IE"),
            ("language", "pl"),
            ("session_count", str(c.rng.randint(2, 300))),
            ("needs_response_details", "1"),
        ]
    )
    adid = b.id("vod_adid", where="response json adid", direction="response")
    b.ok_json({"app_token": ADJUST_TOKEN, "adid": adid, "timestamp": iso(c)})
    return b.build()


def adjust_obejrzany(c: Context) -> Flow:
    """Adjust event 'obejrzany_odcinek' with the episode in callback_params."""
    sid, title, ep, _dur = _ep(c)
    b = _adjust(c, "event")
    b.view("form callback_params tytul/odcinek/procent (event obejrzany_odcinek)")
    b.form(
        [
            ("app_token", ADJUST_TOKEN),
            ("event_token", "h7d2ku"),
            ("event_count", str(c.rng.randint(1, 90))),
            ("gps_adid", b.id("gaid_syn", where="form gps_adid")),
            ("android_uuid", b.id("vod_adjust_uuid", where="form android_uuid")),
            (
                "callback_params",
                js({"tytul": title, "serial_id": sid, "odcinek": str(ep), "procent": "90"}),
            ),
            ("partner_params", js({"content_type": "odcinek", "content_id": sid})),
            ("created_at", iso(c).replace("Z", "Z+0000")),
            ("environment", "production"),
        ]
    )
    b.ok_json({"app_token": ADJUST_TOKEN, "message": "Event tracked"})
    return b.build()


def postep(c: Context) -> Flow:
    sid, title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/api/v3/ogladanie/postep")
    b.view("json serialId/odcinek/pozycjaSek")
    b.json(
        {
            "serialId": sid,
            "tytul": title,
            "odcinek": ep,
            "pozycjaSek": c.rng.randint(15, dur),
            "czasTrwania": dur,
            "ukonczone": False,
            "znacznikCzasu": iso(c),
        }
    )
    b.no_content()
    return b.build()


def ostatnio_ogladane(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/profil/ostatnio-ogladane?limit=12")
    b.view("response json ostatnioOglądane[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        sid, title, ep, dur = _ep(c)
        rows.append(
            {
                "serialId": sid,
                "tytuł": title,
                "odcinek": ep,
                "pozycjaSek": c.rng.randint(60, dur - 60),
                "czasTrwania": dur,
                "obejrzanoO": iso(c),
            }
        )
    b.ok_json({"ostatnioOglądane": rows})
    return b.build()


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/tv/heartbeat")
    b.view("json kanal + sekundy (live channel watch time)")
    b.json(
        {
            "kanal": c.rng.choice(KANALY),
            "sekundy": c.rng.choice([30, 60, 60, 120]),
            "start": iso(c),
            "jakosc": c.rng.choice(["720p", "1080p", "auto"]),
        }
    )
    b.ok_json({"kontynuuj": True})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, ep, dur = _ep(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name}")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("vod_app_instance", where="json app_instance_id"),
            "user_id": b.acct("vod_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{title} odc. {ep}",
                        "video_provider": "ogladajplus",
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
            "app_instance_id": b.id("vod_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["StronaGlowna", "Szukaj", "Profil", "TV"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def gemius_hit(c: Context) -> Flow:
    """Gemius page-view hit for the episode page the player is on."""
    sid, title, ep, _ = _ep(c)
    href = quote(f"app://ogladajplus/serial/{sid}/odcinek/{ep}", safe="")
    extra = quote(f"tytul={title}|odcinek={ep}|typ=vod", safe="")
    b = FB(
        c,
        "gemius",
        "GET",
        f"https://gapl.hit.gemius.pl/_{ms(c)}/redot.gif?l=30&id=zPrlG7a8rWn1SV3L.kDuxKQ8"
        f"&fr=1&fv=-&href={href}&ref=&et=view&hsrc=3&extra={extra}",
    )
    b.header("user-agent", UA)
    b.view("query href/extra: episode page viewed (et=view)")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!")
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [title no, episode, second, ts] rows under 'w'."""
    b = _b(c, "POST", f"{API}/p/4", device=False)
    b.view("json w[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(SERIALE)[0][1:]), c.rng.randint(1, 120), c.rng.randint(10, 7900), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"w": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/katalog?gatunek=obyczajowy&strona=1", device=False)
    b.decoy("catalogue with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "seriale": [
                {
                    "serialId": sid,
                    "tytul": title,
                    "liczbaOdcinkow": 120,
                    "czasTrwania": dur,
                    "plakat": f"https://img.ogladajplus.example/p/{sid}.jpg",
                }
                for sid, title, dur in SERIALE
            ]
        }
    )
    return b.build()


def szukaj(c: Context) -> Flow:
    q = c.rng.choice(["ranczo", "klan", "mateusz", "woda"])
    b = _b(c, "GET", f"{API}/api/v3/szukaj?fraza={q}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json(
        {
            "wyniki": [
                {"serialId": sid, "tytul": title, "czasTrwania": dur}
                for sid, title, dur in SERIALE[:3]
            ]
        }
    )
    return b.build()


def najczesciej_ogladane(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/top/najczesciej-ogladane?okres=7d", device=False)
    b.decoy("aggregate view counts (wyswietlenia, not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"serialId": sid, "tytul": title, "wyswietlenia": c.rng.randint(10**4, 10**6)}
                for sid, title, _ in SERIALE
            ]
        }
    )
    return b.build()


def program_tv(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/tv/program?kanal={c.rng.randint(1, 7)}", device=False)
    b.decoy("EPG programme start times and durations (content fetch)")
    b.ok_json(
        {
            "audycje": [
                {"tytul": t, "start": iso(c), "czasTrwania": c.rng.choice([30, 60, 90])}
                for t in ("Fakty", "Wydarzenia", "Teleexpress", "Kuchenne rewolucje")
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid = c.rng.choice(SERIALE)[0]
    b = FB(
        c,
        "ogladajplus",
        "GET",
        f"https://vod-cdn.ogladajplus.example/{sid}/e{c.rng.randint(1, 120):03d}/1080p/"
        f"segment_{c.rng.randint(1, 900)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
