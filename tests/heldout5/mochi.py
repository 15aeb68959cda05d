"""Mochi, an anime VOD app on a Chromecast with Google TV (fictional first party).

Formats followed:
- Playheads and watch history as Crunchyroll's Android TV client sends them
  (`/content/v2/{account}/playheads` with `content_id` and `playhead`;
  `/content/v2/{account}/watch-history` answering `date_played`, `playhead`,
  `fully_watched`), as documented by the community clients
  github.com/Crunchy-DL/Crunchy-Downloader and github.com/ThomasKasene/crunchyroll-api-docs.
- Google TV "Continue watching" goes through the Engage SDK
  (developer.android.com/guide/playcore/engage): an on-device IPC call to Play
  services, so it makes no flow of its own here.
- Google IMA ad requests (developers.google.com/interactive-media-ads/docs/sdks/android/client-side,
  "rdid / idtype / is_lat" in VAST tag parameters of Ad Manager:
  support.google.com/admanager/answer/6238701).
- Widevine licence POSTs (binary), DASH manifests and segments (negatives).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import jsb, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, req_id, tv_ua

UA = tv_ua("Mochi", "3.52.0")
SHOWS = [
    ("GRDV0019R", "Starlit Blacksmith", "G0DUNDX1V"),
    ("G6NQ5DWZ6", "Tides of Hanamura", "GEVUZ5K2Q"),
    ("GY8VEQ95Y", "Clockwork Onmyoji", "G4VUQP3JN"),
    ("GQWH0M1J3", "Ramen Detectives", "GMTE00XNQ"),
]


def show(ctx: Context) -> tuple[str, str, str]:
    return ctx.rng.choice(SHOWS)


def _api(ctx: Context, method: str, path: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(ctx, "mochi-api", method, f"https://beta-api.mochi-anime.tv{path}", params)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(ctx.rng, 48))
    b.header("x-request-id", req_id(ctx.rng))
    b.decoy("x-request-id uuid")
    return b


def browse(ctx: Context) -> Flow:
    b = _api(
        ctx,
        "GET",
        "/content/v2/discover/browse",
        [("n", "36"), ("sort_by", "popularity"), ("locale", "en-US")],
    )
    b.ok_json({"total": 1200, "data": [{"id": s[0], "title": s[1]} for s in SHOWS]})
    return b.build()


def episodes(ctx: Context) -> Flow:
    _sid, title, season = show(ctx)
    b = _api(ctx, "GET", f"/content/v2/cms/seasons/{season}/episodes", [("locale", "en-US")])
    b.ok_json(
        {
            "data": [
                {
                    "id": "G" + new_hex(ctx.rng, 8).upper(),
                    "episode_number": i,
                    "series_title": title,
                }
                for i in range(1, 4)
            ]
        }
    )
    return b.build()


def search(ctx: Context) -> Flow:
    q = ctx.rng.choice(["isekai", "ramen", "mecha", "slice of life"])
    b = _api(ctx, "GET", "/content/v2/discover/search", [("q", q), ("n", "6"), ("type", "series")])
    b.ok_json({"data": [{"type": "series", "items": [{"id": SHOWS[0][0]}]}]})
    return b.build()


def thumbnail(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "mochi-img",
        "GET",
        f"https://imgsrv.mochi-anime.tv/catalog/{show(ctx)[0]}/{new_hex(ctx.rng, 32)}.jpg",
        [("width", "480")],
    )
    b.respond(200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(80) + b"\xff\xd9")
    return b.build()


def manifest(ctx: Context) -> Flow:
    ep = "G" + new_hex(ctx.rng, 8).upper()
    b = FB(
        ctx,
        "mochi-cdn",
        "GET",
        f"https://v.vrv.mochi-anime.tv/evs3/{new_hex(ctx.rng, 32)}"
        f"/assets/p/{ep}_,4726015.mp4,.urlset/manifest.mpd",
    )
    b.header("user-agent", UA)
    b.respond(200, "application/dash+xml", b'<?xml version="1.0"?><MPD type="static"/>')
    return b.build()


def segment(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "mochi-cdn",
        "GET",
        f"https://v.vrv.mochi-anime.tv/evs3/{new_hex(ctx.rng, 32)}"
        f"/seg-{ctx.rng.randint(1, 400)}-v1-a1.m4s",
        http_version="HTTP/1.1",
    )
    b.respond(200, "video/mp4", bytes(ctx.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def widevine(ctx: Context) -> Flow:
    b = FB(ctx, "mochi-drm", "POST", "https://lic.drmtoday.com/license-proxy-widevine/cenc/")
    b.header("x-dt-auth-token", new_hex(ctx.rng, 64))
    b.set_body(
        b"\x08\x01\x12" + bytes(ctx.rng.getrandbits(8) for _ in range(120)),
        "application/octet-stream",
    )
    b.respond(200, "application/octet-stream", bytes(64))
    return b.build()


def playhead(ctx: Context) -> Flow:
    show(ctx)  # the episode belongs to a show (keeps the random stream stable)
    ep = "G" + new_hex(ctx.rng, 8).upper()
    b = _api(
        ctx,
        "POST",
        f"/content/v2/{ctx.phone.mochi_account}/playheads",
        [("preferred_audio_language", "ja-JP")],
    )
    b.json({"content_id": ep, "playhead": ctx.rng.randint(5, 1420)})
    b.view("body {content_id, playhead} to /playheads", True)
    b.no_content()
    return b.build()


def watch_history(ctx: Context) -> Flow:
    b = _api(
        ctx,
        "GET",
        f"/content/v2/{ctx.phone.mochi_account}/watch-history",
        [("page_size", "20"), ("locale", "en-US")],
    )
    items = [
        {
            "id": "G" + new_hex(ctx.rng, 8).upper(),
            "date_played": iso(ctx),
            "playhead": ctx.rng.randint(0, 1420),
            "fully_watched": ctx.rng.random() < 0.5,
            "panel": {"title": s[1], "type": "episode"},
        }
        for s in ctx.rng.sample(SHOWS, 3)
    ]
    b.view("response.data[] {date_played, playhead, fully_watched}", True, "response")
    b.ok_json({"total": len(items), "data": items})
    return b.build()


def continue_watching(ctx: Context) -> Flow:
    """The home row "Continue watching", fetched from the app's API (response)."""
    b = _api(ctx, "GET", f"/content/v2/discover/{ctx.phone.mochi_account}/history", [("n", "12")])
    items = [
        {
            "panel": {"id": "G" + new_hex(ctx.rng, 8).upper(), "title": s[1]},
            "playhead": ctx.rng.randint(60, 1400),
            "fully_watched": False,
            "new": False,
        }
        for s in ctx.rng.sample(SHOWS, 2)
    ]
    b.view("response.data[] {panel, playhead, fully_watched}", True, "response")
    b.ok_json({"data": items})
    return b.build()


def ima_ad(ctx: Context, hashed: bool) -> Flow:
    sid, _title, _ = show(ctx)
    b = FB(ctx, "ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    params = [
        ("iu", "/21775744923/mochi/ctv_preroll"),
        ("sz", "1920x1080"),
        ("gdfp_req", "1"),
        ("output", "vast"),
        ("env", "vp"),
        ("unviewed_position_start", "1"),
        ("vpos", "preroll"),
        ("correlator", str(ctx.rng.randint(10**15, 10**16))),
        ("cust_params", f"series%3D{sid}"),
        ("an", "com.mochi.anime.tv"),
        ("msid", "com.mochi.anime.tv"),
        ("is_lat", "0"),
        ("idtype", "adid"),
    ]
    if hashed:
        params.append(("rdid", b.id("gtv_adid", "md5", "query:rdid")))
    else:
        params.append(("rdid", b.id("gtv_adid", where="query:rdid")))
    b.decoy("correlator digits")
    for k, v in params:
        b.param(k, v)
    b.respond(200, "text/xml; charset=UTF-8", b'<?xml version="1.0"?><VAST version="4.1"/>')
    return b.build()


def bitmovin(ctx: Context) -> Flow:
    sid, title, _ = show(ctx)
    b = FB(ctx, "bitmovin", "POST", "https://analytics-ingress-global.bitmovin.com/analytics")
    vt = ctx.rng.randint(0, 1_400_000)
    dur = ctx.rng.randint(5000, 60000)
    b.json(
        {
            "key": "3c81bd5e-1e2c-4a4e-8f7a-" + new_hex(ctx.rng, 12),
            "impressionId": req_id(ctx.rng),
            "userId": b.id("mochi_bitmovin_user", where="body.userId", detectable=False),
            "platform": "androidTV",
            "player": "exoplayer",
            "state": "playing",
            "videoId": sid,
            "videoTitle": title,
            "duration": dur,
            "isLive": False,
            "videotime_start": vt,
            "videotime_end": vt + dur,
            "time": ms(ctx),
        }
    )
    b.view("body (videoId, videoTitle, state=playing, videotime)", True)
    b.no_content()
    return b.build()


def events_batch(ctx: Context) -> Flow:
    """First-party analytics: deflate-compressed protobuf, field numbers only."""
    b = FB(ctx, "mochi-events", "POST", "https://eventsink.mochi-anime.tv/v1/batch")
    dev = b.id_raw("mochi_device", "protobuf", "body:pb.1", False)
    ep = "G" + new_hex(ctx.rng, 8).upper()
    inner = pb_bytes(1, dev) + pb_msg(
        2, [pb_bytes(1, ep), pb_varint(2, ctx.rng.randint(0, 1420)), pb_varint(3, ms(ctx))]
    )
    b.view("body:deflate pb.2 (episode, position, time)", False)
    b.set_body(inner, "application/x-protobuf", "deflate")
    b.no_content()
    return b.build()


def device_register(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/auth/v1/token")
    b.form(
        [
            ("grant_type", "etp_rt_cookie"),
            ("scope", "offline_access"),
            ("device_id", b.id("mochi_device", where="form:device_id")),
            ("device_name", "Chromecast"),
            ("device_type", "com.mochi.anime.tv"),
        ]
    )
    b.ok_json({"access_token": new_hex(ctx.rng, 48), "expires_in": 300, "country": "GB"})
    return b.build()


def settings_sync(ctx: Context) -> Flow:
    """Profile preferences (negative): subtitle language, autoplay, maturity."""
    b = _api(ctx, "PATCH", f"/accounts/v1/{ctx.phone.mochi_account}/profile")
    b.json(
        {
            "preferred_content_subtitle_language": "en-US",
            "preferred_content_audio_language": "ja-JP",
            "autoplay": True,
            "maturity_rating": "M2",
        }
    )
    b.no_content()
    return b.build()


def crash(ctx: Context) -> Flow:
    """A compressed crash report with stack trace ids (negative)."""
    b = FB(ctx, "mochi-crash", "POST", "https://o447951.ingest.sentry.io/api/5842211/envelope/")
    ev = new_hex(ctx.rng, 32)
    env = (
        jsb({"event_id": ev, "sent_at": iso(ctx)})
        + b"\n"
        + jsb({"type": "event"})
        + b"\n"
        + jsb(
            {
                "event_id": ev,
                "level": "error",
                "platform": "java",
                "exception": {
                    "values": [{"type": "IllegalStateException", "value": "Surface released"}]
                },
                "contexts": {
                    "trace": {"trace_id": new_hex(ctx.rng, 32), "span_id": new_hex(ctx.rng, 16)}
                },
            }
        )
    )
    b.decoy("sentry event_id / trace_id hex32")
    b.set_body(env, "application/x-sentry-envelope", "gzip")
    b.ok_json({"id": ev})
    return b.build()
