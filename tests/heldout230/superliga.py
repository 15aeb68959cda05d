"""Liga1 Live: a SuperLiga (Romania's top football league) app on the uncle's
Galaxy A34 in Cluj-Napoca.

Live scores, line-ups and the table (`clasament`) are polled; the app streams
matches and highlights (`rezumate`), reporting watch time per match
(`idMeci`, `secundeVizionate`) to its backend. AppsFlyer launches carry
`advertiserId`, AppsFlyer's `uid` and `android_id` (the SDK's ServerParameters
names, POST to launches / inapps.appsflyer.com/api/v6.x/androidevent with
`app_id` and `buildnumber`); a highlight watched is also sent as
`af_content_view` with `af_content_id` and the seconds watched in
`eventValue`. Branch handles deep links from shared clips: `/v1/open` with
`hardware_id` (the ANDROID_ID), `is_hardware_id_real`,
`google_advertising_id` and `randomized_device_token`, and v2 standard events
(`/v2/event/standard`, `user_data.aaid` / `android_id`, `content_items[]`
with `$canonical_identifier`, `$og_title`, `$content_schema`). A match's
minute-by-minute events, the scorers' minutes, the table and the view counters
of the highlights are not anyone's viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, js, mpack

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.liga1live.example"
UA = ua("Liga1Live", "4.8.3", "unchiul")
PKG = "ro.liga1live.app"
CLUBURI = [
    "CFR Cluj",
    "Universitatea Cluj",
    "FCSB",
    "Dinamo București",
    "Rapid București",
    "Universitatea Craiova",
    "Farul Constanța",
    "Petrolul Ploiești",
    "Sepsi OSK",
    "Oțelul Galați",
]
BRANCH_KEY = "key_live_gk3Tq8bR2vWnX5cZyP0mLdA1sFhJ7eUo"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "liga1live", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _match(c: Context) -> tuple[int, str, str]:
    home, away = c.rng.sample(CLUBURI, 2)
    return c.rng.randint(80000, 89999), home, away


def _af(c: Context, host: str) -> FB:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://{host}.appsflyer.com/api/v6.15/androidevent",
        [("app_id", PKG), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("unchiul"))
    return b


def appsflyer_launch(c: Context) -> Flow:
    b = _af(c, "launches")
    b.json(
        {
            "advertiserId": b.id("gaid_unchi", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("liga_af_uid", where="json uid"),
            "android_id": b.id("aid_liga", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "4.8.3",
            "model": "SM-A346B",
            "brand": "samsung",
            "lang_code": "ro",
            "country": "RO",
            "counter": str(c.rng.randint(1, 80)),
            "isFirstCall": "false",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_event(c: Context) -> Flow:
    b = _af(c, "inapps")
    ev = c.rng.choice(["af_subscribe", "urmareste_club", "af_login"])
    b.json(
        {
            "eventName": ev,
            "eventValue": js({"club": c.rng.choice(CLUBURI)}),
            "advertiserId": b.id("gaid_unchi", where="json advertiserId"),
            "uid": b.id("liga_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_content_view(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _af(c, "inapps")
    b.view("json eventValue af_content_id/secunde_vizionate (af_content_view)")
    b.json(
        {
            "eventName": "af_content_view",
            "eventValue": js(
                {
                    "af_content_id": f"rezumat-{mid}",
                    "af_content_type": "rezumat_video",
                    "af_content": f"{home} - {away}",
                    "secunde_vizionate": c.rng.randint(20, 420),
                }
            ),
            "advertiserId": b.id("gaid_unchi", where="json advertiserId"),
            "uid": b.id("liga_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def branch_open(c: Context) -> Flow:
    b = FB(c, "branch", "POST", "https://api2.branch.io/v1/open")
    b.header("user-agent", dalvik("unchiul"))
    b.json(
        {
            "hardware_id": b.id("aid_liga", where="json hardware_id"),
            "is_hardware_id_real": True,
            "google_advertising_id": b.id("gaid_unchi", where="json google_advertising_id"),
            "lat_val": 0,
            "randomized_device_token": b.id(
                "liga_branch_token", where="json randomized_device_token"
            ),
            "brand": "samsung",
            "model": "SM-A346B",
            "os": "Android",
            "os_version_android": "14",
            "app_version": "4.8.3",
            "sdk": "android5.12.0",
            "branch_key": BRANCH_KEY,
            "first_install_time": ms(c) - 86400000 * 40,
            "retryNumber": 0,
        }
    )
    b.ok_json(
        {
            "session_id": new_hex(c.rng, 18),
            "randomized_bundle_token": new_hex(c.rng, 18),
            "data": js({"+clicked_branch_link": False, "+is_first_session": False}),
        }
    )
    return b.build()


def branch_view_item(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = FB(c, "branch", "POST", "https://api2.branch.io/v2/event/standard")
    b.header("user-agent", dalvik("unchiul"))
    b.view("json name=VIEW_ITEM content_items[] MEDIA_VIDEO rezumat")
    b.json(
        {
            "name": "VIEW_ITEM",
            "user_data": {
                "aaid": b.id("gaid_unchi", where="json user_data.aaid"),
                "android_id": b.id("aid_liga", where="json user_data.android_id"),
                "randomized_device_token": b.id(
                    "liga_branch_token", where="json user_data.randomized_device_token"
                ),
                "os": "Android",
                "developer_identity": b.acct("liga_user"),
            },
            "content_items": [
                {
                    "$content_schema": "MEDIA_VIDEO",
                    "$canonical_identifier": f"rezumat/{mid}",
                    "$og_title": f"Rezumat: {home} - {away}",
                    "$custom_fields": {"secunde_vizionate": str(c.rng.randint(20, 420))},
                }
            ],
            "branch_key": BRANCH_KEY,
        }
    )
    b.ok_json({"branch_view_enabled": False})
    return b.build()


def branch_search(c: Context) -> Flow:
    b = FB(c, "branch", "POST", "https://api2.branch.io/v2/event/standard")
    b.header("user-agent", dalvik("unchiul"))
    b.json(
        {
            "name": "SEARCH",
            "user_data": {
                "aaid": b.id("gaid_unchi", where="json user_data.aaid"),
                "randomized_device_token": b.id(
                    "liga_branch_token", where="json user_data.randomized_device_token"
                ),
                "os": "Android",
            },
            "event_data": {"search_query": c.rng.choice(CLUBURI)},
            "branch_key": BRANCH_KEY,
        }
    )
    b.ok_json({"branch_view_enabled": False})
    return b.build()


def vizionare_meci(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _b(c, "POST", f"{API}/api/v2/meciuri/{mid}/vizionare")
    b.header("x-device-id", b.id("aid_liga", where="header x-device-id"))
    b.view("json idMeci + secundeVizionate (match stream watch time)")
    b.json(
        {
            "idMeci": mid,
            "meci": f"{home} - {away}",
            "tipFlux": c.rng.choice(["live", "reluare"]),
            "secundeVizionate": c.rng.choice([60, 60, 120, 300]),
            "minutMeci": c.rng.randint(1, 95),
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    """The player's msgpack stats, base64 in a form field 'p': [match, s, bitrate, ts]."""
    b = _b(c, "POST", f"{API}/s")
    b.view("form p (base64 msgpack rows)", detectable=False)
    rows = [[_match(c)[0], c.rng.randint(10, 600), c.rng.choice([1800, 3500, 6000]), ms(c)]]
    b.form([("p", b64(mpack(rows))), ("v", "4")])
    b.no_content()
    return b.build()


def scoruri_live(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/scoruri/live?etapa={c.rng.randint(1, 30)}")
    meciuri = []
    for _ in range(c.rng.randint(2, 5)):
        mid, home, away = _match(c)
        meciuri.append(
            {
                "idMeci": mid,
                "gazde": home,
                "oaspeti": away,
                "scor": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
                "minut": c.rng.randint(1, 90),
            }
        )
    b.ok_json({"meciuri": meciuri})
    return b.build()


def evenimente_meci(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _b(c, "GET", f"{API}/api/v2/meciuri/{mid}/evenimente")
    b.decoy("match minute-by-minute events (content fetch)")
    b.ok_json(
        {
            "idMeci": mid,
            "evenimente": [
                {
                    "minut": c.rng.randint(1, 90),
                    "tip": c.rng.choice(["gol", "cartonas_galben", "schimbare", "penalty"]),
                    "echipa": c.rng.choice([home, away]),
                }
                for _ in range(c.rng.randint(3, 8))
            ],
        }
    )
    return b.build()


def rezumate(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/rezumate?pagina=1")
    b.decoy("highlight list with view counts and durations (content fetch)")
    items = []
    for _ in range(5):
        mid, home, away = _match(c)
        items.append(
            {
                "id": f"rezumat-{mid}",
                "titlu": f"{home} - {away}",
                "durata": c.rng.randint(120, 600),
                "vizualizari": c.rng.randint(1000, 400000),
                "miniatura": f"https://img.liga1live.example/r/{mid}.jpg",
            }
        )
    b.ok_json({"rezumate": items})
    return b.build()


def clasament(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/clasament?sezon=2024-2025")
    pts = sorted((c.rng.randint(10, 60) for _ in CLUBURI), reverse=True)
    b.ok_json(
        {
            "clasament": [
                {"loc": i + 1, "club": cl, "puncte": p}
                for i, (cl, p) in enumerate(zip(CLUBURI, pts, strict=True))
            ]
        }
    )
    return b.build()


def pariuri_cote(c: Context) -> Flow:
    mid, _home, _away = _match(c)
    b = _b(c, "GET", f"{API}/api/v2/meciuri/{mid}/cote")
    b.ok_json(
        {"1": rf(c.rng, 1.4, 4.0, 2), "X": rf(c.rng, 2.8, 3.9, 2), "2": rf(c.rng, 1.6, 6.0, 2)}
    )
    return b.build()
