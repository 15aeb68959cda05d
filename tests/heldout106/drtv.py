"""DR TV and DR LYD: the public broadcaster's apps, her own watching and listening.

DR TV saves her position per programme (PUT .../profile/watched/{item} with
`position`) and lists "Fortsæt med at se" (continue watching); while she
watches DR1 live the player sends a heartbeat with the channel; DR LYD saves
the podcast position. An older analytics path packs [item, position, ts] as a
base64url string under `e`. Manifests, the front page, "Mest sete" (most
watched, over all viewers), recommendations and the TV guide are not viewing
history. Her DR login registers the phone (the app's ANDROID_ID).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64url, js

from .phone import FB, iso, ms, rid, ua

MASSIVE = "https://production.dr-massive.com/api"
DRAPI = "https://api.dr.dk"
UA = ua("DRTV", "5.21.0")
TITLES = ["Matador", "Borgen – Riget, magten og æren", "Bonderøven", "Kunstquiz", "TV-Avisen"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "drtv", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def watched(c: Context) -> Flow:
    item = str(c.rng.randint(10**7, 10**8))
    pos = c.rng.randint(20, 3400)
    b = _b(c, "PUT", f"{MASSIVE}/account/profile/watched/{item}?position={pos}&ff=idp&lang=da")
    b.view("path profile/watched/{item} with query position (her viewing)")
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{MASSIVE}/account/profile/continue-watching?lang=da&page_size=12")
    b.view("response json items[].watchedPosition", direction="response")
    b.ok_json(
        {
            "items": [
                {
                    "id": str(c.rng.randint(10**7, 10**8)),
                    "title": c.rng.choice(TITLES),
                    "watchedPosition": c.rng.randint(20, 3400),
                    "duration": 3540,
                    "lastWatched": iso(c),
                }
                for _ in range(c.rng.randint(2, 6))
            ]
        }
    )
    return b.build()


def live_heartbeat(c: Context) -> Flow:
    ch = c.rng.choice(["dr1", "dr2", "drramasjang"])
    b = _b(c, "POST", f"{DRAPI}/tv/v2/live/heartbeat")
    b.view("json channel + watchingSeconds (her live-channel tuning)")
    b.json({"channel": ch, "watchingSeconds": c.rng.randint(30, 5400), "ts": ms(c)})
    b.no_content()
    return b.build()


def lyd_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{DRAPI}/radio/v4/users/me/progress")
    b.view("json urn + progressSeconds (her DR LYD listening)")
    b.json(
        {
            "urn": f"urn:dr:radio:episode:{rid(c.rng).replace('-', '')[:24]}",
            "progressSeconds": c.rng.randint(10, 3000),
            "finished": c.rng.random() < 0.2,
            "updatedAt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def compact_beacon(c: Context) -> Flow:
    """[item, position, ts] as base64url JSON under 'e': nothing readable says it."""
    rows = [str(c.rng.randint(10**7, 10**8)), c.rng.randint(20, 3400), ms(c)]
    b = FB(c, "drtv", "GET", f"https://www.dr.dk/stats/b?e={b64url(js(rows))}&t=a")
    b.header("user-agent", UA)
    b.view("query e (base64url rows item, position, ts)", detectable=False)
    b.respond(204, None)
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{DRAPI}/login/v1/devices")
    b.json(
        {
            "deviceId": b.id("aid_dr", where="json deviceId"),
            "deviceName": "Galaxy S23",
            "platform": "android",
            "appInstanceId": b.id("dr_app_instance", where="json appInstanceId"),
        }
    )
    b.ok_json({"registered": True, "profile": b.acct("dr_user")})
    return b.build()


def manifest(c: Context) -> Flow:
    item = c.rng.randint(10**7, 10**8)
    b = FB(c, "drtv", "GET", f"https://drod.akamaized.example/vod/{item}/master.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=3200000,RESOLUTION=1280x720\n720/index.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{MASSIVE}/lists/mest-sete?lang=da")
    b.decoy("'Mest sete' most-watched rail (aggregate over all viewers)")
    b.ok_json(
        {
            "title": "Mest sete",
            "items": [
                {"id": str(c.rng.randint(10**7, 10**8)), "title": t, "duration": 3540}
                for t in TITLES
            ],
        }
    )
    return b.build()


def recommendations(c: Context) -> Flow:
    b = _b(c, "GET", f"{MASSIVE}/lists/anbefalet-til-dig?lang=da")
    b.decoy("recommendations (not a watch report)")
    b.ok_json({"items": [{"id": str(c.rng.randint(10**7, 10**8)), "title": t} for t in TITLES]})
    return b.build()


def tv_guide(c: Context) -> Flow:
    b = FB(c, "drtv", "GET", f"{DRAPI}/tv/v2/schedules?channels=dr1,dr2&date=today")
    b.header("user-agent", UA)
    b.decoy("TV guide with start times and durations (schedule)")
    b.ok_json(
        {
            "dr1": [
                {"title": t, "start": iso(c), "durationSec": c.rng.choice([1800, 3600])}
                for t in TITLES
            ]
        }
    )
    return b.build()
