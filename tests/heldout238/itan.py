"""ÌtànTV: a Yoruba Nollywood film and series streaming app (the son's Pixel 7
in London).

The backend is Yoruba-built: paths and keys mix Yoruba (`wiwo` = watching,
`tesiwaju` = continue, `akole` = title, `apa` = part / episode, `ibi_ti_a_de`
= where we got to, `akoko` = duration, `itan_wiwo` = viewing history) with
English. Watch progress goes to the app's backend; video events also go to GA4
through the Measurement Protocol, app-stream form (`firebase_app_id`,
`api_secret`, `app_instance_id`, recommended events `video_progress`,
`video_complete` with `video_title`, `video_percent`, `video_current_time`;
https://developers.google.com/analytics/devguides/collection/protocol/ga4/sending-events).
The app registers with Firebase Installations (`fid`, `appId`, `authVersion`
FIS_v2). Adjust gets the session (`/session`, form-encoded `app_token`,
`gps_adid`, `android_uuid`, `created_at`) and a "film watched" event
(`/event`, `event_token`, `callback_params` JSON), as the Adjust Android SDK
sends them (https://github.com/adjust/android_sdk). The catalogue, search, the
"most watched in Lagos" counts, trailers' HLS segments and posters are content
fetches, not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.itantv.example"
UA = ua("ItanTV", "3.9.0", "omo")
FIIMU = [
    ("f201", "Jagun Jagun", 7500),
    ("f214", "Anikulapo", 8100),
    ("f223", "Ajakaju", 6900),
    ("s305", "Ayinla", 6200),
    ("s318", "Ẹ̀kúlọ́ Ilé Wa", 2700),
    ("s322", "Ìyàwó Ọba", 2900),
    ("s341", "Àṣẹ Olódùmarè", 3100),
]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:804412290173:android:3c9e5a1f02d47b6e&api_secret=Yq7NcV2rKb9LmT4xPz0aWd"
)
ADJ_TOKEN = "k4v9qz2r1hxs"


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "itantv", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-ero-id", b.id("aid_itan", where="header x-ero-id"))
    return b


def _film(c: Context) -> tuple[str, str, int, int]:
    fid, title, dur = c.rng.choice(FIIMU)
    return fid, title, (c.rng.randint(1, 40) if fid.startswith("s") else 1), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/itantv-ng/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "ng.itantv.app")
    b.json(
        {
            "fid": b.id("itan_fid", where="json fid"),
            "appId": "1:804412290173:android:3c9e5a1f02d47b6e",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/804412290173/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def forukosile(c: Context) -> Flow:
    """Device registration (forúkọsílẹ̀ = register)."""
    b = _b(c, "POST", f"{API}/api/v1/ero/forukosile", device=False)
    b.json(
        {
            "androidId": b.id("aid_itan", where="json androidId"),
            "firebaseInstallationId": b.id("itan_fid", where="json firebaseInstallationId"),
            "oruko_ero": "Pixel 7",
            "ede": "yo",
            "orile_ede": "GB",
        }
    )
    b.ok_json({"ok": True, "ero_to_poju": 3})
    return b.build()


def wiwo_progress(c: Context) -> Flow:
    fid, title, apa, dur = _film(c)
    b = _b(c, "POST", f"{API}/api/v1/wiwo/ilosiwaju")
    b.view("json fiimu_id/akole/apa/ibi_ti_a_de (watch progress)")
    b.json(
        {
            "fiimu_id": fid,
            "akole": title,
            "apa": apa,
            "ibi_ti_a_de": c.rng.randint(15, dur),
            "akoko": dur,
            "o_ti_pari": False,
            "igba": iso(c),
        }
    )
    b.no_content()
    return b.build()


def tesiwaju_wiwo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/olumulo/tesiwaju-wiwo?iye=10")
    b.view("response json tesiwaju[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        fid, title, apa, dur = _film(c)
        rows.append(
            {
                "fiimu_id": fid,
                "akole": title,
                "apa": apa,
                "ibi_ti_a_de": c.rng.randint(60, dur - 60),
                "akoko": dur,
                "wo_ni": iso(c),
            }
        )
    b.ok_json({"tesiwaju": rows})
    return b.build()


def itan_wiwo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/olumulo/itan-wiwo?oju_ewe=1")
    b.view("response json itan_wiwo[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        fid, title, apa, _dur = _film(c)
        items.append({"fiimu_id": fid, "akole": title, "apa": apa, "ojo": iso(c)})
    b.ok_json({"itan_wiwo": items, "oju_ewe": 1})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, apa, dur = _film(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name}")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("itan_app_instance", where="json app_instance_id"),
            "user_id": b.acct("itan_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{title} - Apá {apa}",
                        "video_provider": "itantv",
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
            "app_instance_id": b.id("itan_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Ojú-ìwé Àkọ́kọ́", "Wá", "Àkọọ́lẹ̀", "Fíìmù"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def _adjust(c: Context, path: str) -> FB:
    b = FB(c, "adjust", "POST", f"https://app.adjust.com/{path}")
    b.header("user-agent", dalvik("omo"))
    b.header("client-sdk", "android4.38.2")
    return b


def adjust_session(c: Context) -> Flow:
    b = _adjust(c, "session")
    b.form(
        [
            ("app_token", ADJ_TOKEN),
            ("gps_adid", b.id("gaid_omo", where="form gps_adid")),
            ("gps_adid_src", "service"),
            ("android_uuid", b.id("itan_adjust_uuid", where="form android_uuid")),
            ("tracking_enabled", "1"),
            ("created_at", iso(c).replace("Z", "+0000")),
            ("device_type", "phone"),
            ("device_name", "Pixel 7"),
            ("os_name", "android"),
            ("os_version", "14"),
            ("language", "yo"),
            ("country", "GB"),
            ("environment", "production"),
            ("session_count", str(c.rng.randint(2, 400))),
        ]
    )
    b.ok_json({"adid": new_hex(c.rng, 32), "timestamp": iso(c)})
    return b.build()


def adjust_event(c: Context) -> Flow:
    fid, title, _apa, _dur = _film(c)
    b = _adjust(c, "event")
    b.view("form callback_params akole_fiimu + ipin_ti_a_wo (film watched)")
    b.form(
        [
            ("app_token", ADJ_TOKEN),
            ("event_token", "w8fj2c"),
            ("gps_adid", b.id("gaid_omo", where="form gps_adid")),
            ("android_uuid", b.id("itan_adjust_uuid", where="form android_uuid")),
            ("callback_params", js({"fiimu_id": fid, "akole_fiimu": title, "ipin_ti_a_wo": "90"})),
            ("created_at", iso(c).replace("Z", "+0000")),
            ("environment", "production"),
        ]
    )
    b.ok_json({"message": "Event tracked"})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [film, part, second, ts] rows under 'd'."""
    b = _b(c, "POST", f"{API}/p/2", device=False)
    b.view("json d[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(FIIMU)[0][1:]), c.rng.randint(1, 40), c.rng.randint(10, 8000), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"d": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def katalogi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/katalogi?iru=ere-ori-itage&oju_ewe=1", device=False)
    b.decoy("catalogue with titles and durations (content fetch)")
    b.ok_json(
        {
            "fiimu": [
                {
                    "fiimu_id": fid,
                    "akole": title,
                    "akoko": dur,
                    "aworan": f"https://img.itantv.example/p/{fid}.jpg",
                }
                for fid, title, dur in FIIMU
            ]
        }
    )
    return b.build()


def wa(c: Context) -> Flow:
    q = c.rng.choice(["jagun", "ayinla", "oba", "iyawo"])
    b = _b(c, "GET", f"{API}/api/v1/wa?q={q}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json({"esi": [{"fiimu_id": f, "akole": t, "akoko": d} for f, t, d in FIIMU[:3]]})
    return b.build()


def eyi_ti_won_wo_julo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/top/eyi-ti-won-wo-julo?ilu=lagos", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"fiimu_id": f, "akole": t, "iye_wiwo": c.rng.randint(10**4, 10**6)}
                for f, t, _ in FIIMU
            ]
        }
    )
    return b.build()


def poster(c: Context) -> Flow:
    fid = c.rng.choice(FIIMU)[0]
    b = FB(c, "itantv", "GET", f"https://img.itantv.example/p/{fid}.jpg?w=360")
    b.header("user-agent", UA)
    b.decoy("film poster with actors' faces (thumbnail fetch, not biometric)")
    from tests.heldout.wire import fake_jpeg

    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def hls_segment(c: Context) -> Flow:
    fid = c.rng.choice(FIIMU)[0]
    b = FB(
        c,
        "itantv",
        "GET",
        f"https://vod.itantv.example/{fid}/a{c.rng.randint(1, 40):02d}/720p/"
        f"seg-{c.rng.randint(1, 900)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
