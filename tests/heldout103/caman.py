"""Camán+: a rugby / GAA / shinty streaming service, on the phone and the Fire TV.

English keys from an agency-built player (`assetId`, `positionMs`), Irish names
for the sports in the catalogue, Amplitude's EU endpoint for product analytics
(`Video Progress` events with `asset_id` and `position_sec`), and a DRM-era
"secure heartbeat" that posts an encrypted blob under `x`. Live scores, fixtures,
league tables, trending rails and highlight thumbnails are ordinary data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg

from . import sdks
from .phone import FB, FIRETV_UA, iso, rid, ua

API = "https://api.camanplus.example"
UA = ua("CamanPlus", "5.0.4")
MATCHES = [
    ("Connacht v Munster (URC)", "rugbai"),
    ("Gaillimh v Ciarraí (Peil)", "peil"),
    ("Kingussie v Newtonmore (Camanachd)", "camanachd"),
    ("Scarlets v Ospreys (URC)", "rugbai"),
    ("Luimneach v Port Láirge (Iománaíocht)", "iomanaiocht"),
]


def _b(c: Context, method: str, url: str, tv: bool = False) -> FB:
    b = FB(c, "camanplus", method, url)
    b.header("user-agent", FIRETV_UA if tv else UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _asset(c: Context) -> tuple[str, str, str]:
    title, sport = c.rng.choice(MATCHES)
    return f"ast_{new_hex(c.rng, 10)}", title, sport


def heartbeat(c: Context, tv: bool = False) -> Flow:
    aid, title, sport = _asset(c)
    b = _b(c, "POST", f"{API}/v3/playback/heartbeat", tv)
    b.view("json assetId + positionMs + state")
    attr = "aid_tv_caman" if tv else "aid_caman"
    b.json(
        {
            "assetId": aid,
            "title": title,
            "sport": sport,
            "state": c.rng.choice(["PLAYING", "PLAYING", "PAUSED"]),
            "positionMs": c.rng.randint(10_000, 5_400_000),
            "isLive": c.rng.random() < 0.6,
            "deviceId": b.id(attr, where="json deviceId"),
            "platform": "firetv" if tv else "android",
            "sentAt": iso(c),
        }
    )
    b.ok_json({"concurrency": "ok", "nextBeatMs": 30000})
    return b.build()


def bookmark(c: Context) -> Flow:
    aid, _, _ = _asset(c)
    b = _b(c, "PUT", f"{API}/v3/users/me/bookmarks/{aid}")
    b.view("json offsetMs (resume point)")
    b.json({"offsetMs": c.rng.randint(10_000, 5_400_000), "completed": False, "updatedAt": iso(c)})
    b.no_content()
    return b.build()


def amplitude_progress(c: Context) -> Flow:
    aid, title, sport = _asset(c)
    event = {
        "event_type": c.rng.choice(["Video Progress", "Video Started", "Video Completed"]),
        "event_properties": {
            "asset_id": aid,
            "asset_title": title,
            "sport": sport,
            "position_sec": c.rng.randint(10, 5400),
            "percent_watched": c.rng.choice([10, 25, 50, 75, 100]),
        },
    }
    where = "json events[].event_properties (asset_id, position_sec)"
    return sdks.amplitude(c, "caman_amp_device", [event], view=where)


def amplitude_browse(c: Context) -> Flow:
    event = {
        "event_type": "Fixtures Viewed",
        "event_properties": {"sport": c.rng.choice(["peil", "rugbai"])},
    }
    return sdks.amplitude(c, "caman_amp_device", [event])


def secure_heartbeat(c: Context) -> Flow:
    """Encrypted heartbeat: AES-GCM bytes in base64 under `x`; nothing readable."""
    b = _b(c, "POST", f"{API}/v4/hb")
    b.view("json x (encrypted heartbeat)", detectable=False)
    b.json({"x": b64(bytes(c.rng.getrandbits(8) for _ in range(96))), "k": 7})
    b.no_content()
    return b.build()


def scores(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/live/scores")
    b.decoy("live scores with match clock (minute), not a viewer's position")
    b.ok_json(
        {
            "matches": [
                {
                    "title": t,
                    "home": c.rng.randint(0, 30),
                    "away": c.rng.randint(0, 30),
                    "clockSec": c.rng.randint(0, 4800),
                    "period": c.rng.choice(["1H", "2H", "HT"]),
                }
                for t, _ in MATCHES[:3]
            ]
        }
    )
    return b.build()


def fixtures(c: Context, tv: bool = False) -> Flow:
    b = _b(c, "GET", f"{API}/v3/fixtures?sport={c.rng.choice(['peil', 'camanachd', 'rugbai'])}", tv)
    b.decoy("fixtures with kick-off times and asset ids (catalogue)")
    b.ok_json(
        {"fixtures": [{"assetId": _asset(c)[0], "title": t, "throwIn": iso(c)} for t, _ in MATCHES]}
    )
    return b.build()


def table(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/tables/urc")
    b.ok_json(
        {
            "rows": [
                {"team": t, "played": c.rng.randint(5, 12), "points": c.rng.randint(5, 50)}
                for t in ("Connacht", "Munster", "Scarlets", "Ospreys", "Glasgow")
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/rails/trending")
    b.decoy("trending rail with viewer counts (aggregate)")
    b.ok_json(
        {
            "items": [
                {"assetId": _asset(c)[0], "title": t, "viewers": c.rng.randint(300, 40000)}
                for t, _ in MATCHES
            ]
        }
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = FB(c, "camanplus", "GET", f"https://img.camanplus.example/hl/{new_hex(c.rng, 12)}/640.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()
