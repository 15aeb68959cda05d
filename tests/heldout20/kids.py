"""Bichinhos Run : a kids' game with AdMob (child-directed) and a Kidoz-style kids ad network.

AdMob ad requests are GETs to googleads.g.doubleclick.net/mads/gma with
query parameters (format, ad_unit / slotname, u_w, u_h, an, msid, tfcd;
documented tag-for-child-directed treatment = tfcd=1, with which the Google
Mobile Ads SDK sends no IDFA: the zeroed IDFA is a decoy). The kids ad
network here is fictional (Kidoz-style: a game id and the IDFV as device
id). Decoys: camera yaw/pitch, level telemetry, leaderboard.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, ms, rf, rid, ua

GAME = "https://game.bichinhos-example.com"
KADS = "https://sdk.kidsads-example.net"


def admob(c: Context) -> Flow:
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    b.decoy("zeroed IDFA, correlator")
    for k, v in [
        ("format", c.rng.choice(["interstitial_mb", "320x50_mb"])),
        ("slotname", "ca-app-pub-3940256099942544/4411468910"),
        ("u_w", "375"),
        ("u_h", "667"),
        ("msid", "com.bichinhos.run"),
        ("an", "5.2.1.ios.com.bichinhos.run"),
        ("tfcd", "1"),
        ("tag_for_under_age_of_consent", "1"),
        ("rdid", "00000000-0000-0000-0000-000000000000"),
        ("correlator", str(c.rng.randint(10**15, 10**16))),
        ("js", "afma-sdk-i-v11.2.0.0"),
    ]:
        b.param(k, v)
    b.ok_json({"ad_networks": [{"ad": {"ad_html": "<html></html>"}}]})
    return b.build()


def kids_ad(c: Context) -> Flow:
    b = FB(c, "kidsads", "POST", f"{KADS}/v2/ad/request")
    b.header("user-agent", ua("BichinhosRun", "1.9.0"))
    b.json(
        {
            "publisher_id": "14872",
            "gk": b.id("kids_gid", where="json:gk (opaque install key)", detectable=False),
            "device_id": b.id("idfv_kids", where="json:device_id"),
            "coppa": 1,
            "placement": "rewarded",
        }
    )
    b.ok_json({"ads": [{"creative": f"https://cdn.kidsads-example.net/{new_hex(c.rng, 10)}.mp4"}]})
    return b.build()


def kids_event(c: Context) -> Flow:
    b = FB(c, "kidsads", "GET", f"{KADS}/v2/ev")
    b.param("e", "impression")
    b.param("dh", b.id("idfv_kids", "md5", "query:dh (md5 idfv)", detectable=False))
    b.param("ts", str(ms(c)))
    b.no_content()
    return b.build()


def game_session(c: Context) -> Flow:
    b = FB(c, "bichinhos", "POST", f"{GAME}/api/session")
    b.header("x-player-device", b.id("idfv_kids", where="header:x-player-device"))
    b.json({"level": c.rng.randint(1, 60), "coins": c.rng.randint(0, 9999)})
    b.ok_json({"ok": True})
    return b.build()


def camera_telemetry(c: Context) -> Flow:
    b = FB(c, "bichinhos", "POST", f"{GAME}/api/telemetry")
    b.decoy("camera yaw/pitch, positions")
    b.json(
        {
            "cam": [
                {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 60, 2)} for _ in range(8)
            ],
            "pos": [[rf(c.rng, 0, 100, 2), rf(c.rng, 0, 100, 2)] for _ in range(8)],
            "fps": c.rng.randint(50, 60),
        }
    )
    b.no_content()
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(c, "bichinhos", "GET", f"{GAME}/api/leaderboard?week={c.rng.randint(1, 52)}")
    b.decoy("scores and player ids")
    b.ok_json({"top": [{"nick": f"bichinho{i}", "id": rid(c.rng)} for i in range(5)]})
    return b.build()


def sprite(c: Context) -> Flow:
    b = FB(c, "bichinhos", "GET", f"{GAME}/assets/{new_hex(c.rng, 16)}.png")
    b.respond(200, "image/png", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()
