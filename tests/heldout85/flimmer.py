"""A commercial streamer (Joyn/RTL+-like, made up: "Flimmer+") with Google IMA
pre-rolls and Firebase / GA4 analytics.

Sources: Google Ad Manager VAST ad tag parameters for apps (support.google.com
/admanager/answer/10660756: `rdid`, `idtype=adid`, `is_lat`, `msid`, `an`,
`correlator`, `vpos`); the GA4 / Firebase upload to `app-measurement.com/a`
as protobuf (lari/firebase-ga4-app-measurement-protobuf: Bundle fields 2
events, 8 platform, 14 app_id, 21 app_instance_id, 27 resettable_device_id),
with GA4's recommended `video_progress` event and its `video_title`,
`video_current_time`, `video_percent` parameters. The player backend is the
app's own (English keys, an `X-Device-Id` header).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .catalog import FILMS, content_id, episode
from .phone import FB, ms, rid, ua

API = "https://player.flimmerplus.de"
UA = ua("FlimmerPlus", "24.18.1")
PKG = "de.flimmerplus.app"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "flimmer", method, API + path)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/playback/heartbeat")
    b.header("x-device-id", b.id("aid_flimmer", where="header.x-device-id"))
    b.json(
        {
            "playbackSessionId": rid(c.rng),
            "assetId": content_id(c.rng, "FP-"),
            "positionMs": c.rng.randint(10, 5400) * 1000,
            "state": c.rng.choice(["PLAYING", "PLAYING", "PAUSED"]),
            "bitrateKbps": c.rng.choice([1800, 3500, 6000]),
            "ts": ms(c),
        }
    )
    b.view("body.json.assetId+positionMs")
    b.no_content()
    return b.build()


def resume_point(c: Context) -> Flow:
    asset = content_id(c.rng, "FP-")
    b = _b(c, "PATCH", f"/v1/me/resumepoints/{asset}")
    b.json({"resumePointSec": c.rng.randint(60, 5000), "completed": False})
    b.view("path.resumepoints+body.json.resumePointSec")
    b.no_content()
    return b.build()


def watch_history_page(c: Context) -> Flow:
    """The account's 'Zuletzt gesehen' list sent back in a response."""
    b = _b(c, "GET", "/v1/me/zuletzt-gesehen")
    title, _st, _fo = episode(c.rng)
    b.ok_json(
        {
            "items": [
                {"assetId": content_id(c.rng, "FP-"), "title": title, "lastWatchedAt": ms(c)},
                {"assetId": content_id(c.rng, "FP-"), "title": c.rng.choice(FILMS),
                 "watchedPercent": c.rng.randint(5, 99)},
            ]
        }
    )  # fmt: skip
    b.view("response.json.items[].lastWatchedAt", direction="response")
    return b.build()


def ima_ad(c: Context) -> Flow:
    b = FB(c, "ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    b.header("user-agent", UA)
    b.param("iu", "/21809957681/flimmerplus/app/preroll")
    b.param("sz", "640x480")
    b.param("env", "vp")
    b.param("gdfp_req", "1")
    b.param("output", "vast")
    b.param("vpos", "preroll")
    b.param("msid", PKG)
    b.param("an", "Flimmer+")
    b.param("rdid", b.id("gaid", where="query.rdid"))
    b.param("idtype", "adid")
    b.param("is_lat", "0")
    b.param("correlator", str(c.rng.randint(10**15, 10**16)))
    b.param("cust_params", f"genre=krimi&fsk={c.rng.choice([12, 16])}")
    b.respond(200, "application/xml", b'<VAST version="4.1"></VAST>')
    return b.build()


def _param(name: str, text: str | None = None, num: int | None = None) -> bytes:
    parts = [pb_bytes(1, name)]
    if text is not None:
        parts.append(pb_bytes(2, text))
    if num is not None:
        parts.append(pb_varint(3, num))
    return pb_msg(1, parts)


def ga4_bundle(c: Context, video: bool) -> Flow:
    """A Firebase Analytics upload: protobuf, ids in unnamed fields."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)")
    if video:
        title, st, fo = episode(c.rng)
        pct = c.rng.choice([10, 25, 50, 75])
        params = [
            _param("video_title", text=f"{title} – Staffel {st}, Folge {fo}"),
            _param("video_current_time", num=c.rng.randint(60, 2600)),
            _param("video_percent", num=pct),
            _param("video_provider", text="flimmerplus"),
        ]
        event = pb_msg(2, [*params, pb_bytes(2, "video_progress"), pb_varint(3, ms(c))])
        b.view("body.protobuf.event{video_progress,video_current_time}")
    else:
        params = [_param("screen_name", text="Startseite"), _param("ga_session_id", num=17)]
        event = pb_msg(2, [*params, pb_bytes(2, "screen_view"), pb_varint(3, ms(c))])
    aii = b.id("fl_firebase_instance", "protobuf", where="body.protobuf.21", detectable=False)
    rdi = b.id("gaid", "protobuf", where="body.protobuf.27", detectable=False)
    bundle = [
        pb_varint(1, 1),
        event,
        pb_varint(4, ms(c)),
        pb_bytes(8, "android"),
        pb_bytes(9, "14"),
        pb_bytes(10, "Pixel 8"),
        pb_bytes(11, "de-de"),
        pb_bytes(14, PKG),
        pb_bytes(16, "24.18.1"),
        pb_bytes(21, aii),
        pb_bytes(25, "1:84713300215:android:5c2b1f0ea4d3e1aa"),
        pb_bytes(27, rdi),
    ]
    b.set_body(pb_msg(1, bundle), "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def ga4_video(c: Context) -> Flow:
    return ga4_bundle(c, True)


def ga4_screen(c: Context) -> Flow:
    return ga4_bundle(c, False)


def search(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/suche")
    b.param("q", c.rng.choice(["krimi", "bergdoktor", "kochen", "bundesliga"]))
    rows = [{"assetId": content_id(c.rng, "FP-"), "title": t, "durationSec": 5400} for t in FILMS]
    b.ok_json({"treffer": rows})
    b.decoy("search results with durations")
    return b.build()


def abo_preise(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/abo/angebote")
    b.ok_json({"preise": [[m, round(6.99 + m * 0.5, 2)] for m in range(1, 13)], "waehrung": "EUR"})
    b.decoy("subscription price series")
    return b.build()


def empfehlungen(c: Context) -> Flow:
    """Recommendations with a taste vector: no face, no watch log in the request."""
    b = _b(c, "POST", "/v1/empfehlungen")
    b.json({"geschmacksvektor": [round(c.rng.uniform(-1, 1), 4) for _ in range(32)], "n": 20})
    b.ok_json({"assetIds": [content_id(c.rng, "FP-") for _ in range(5)]})
    b.decoy("recommendation feature vector without face context")
    return b.build()
