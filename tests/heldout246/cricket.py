"""SixerLive: a cricket live-streaming app (IPL 2025, Sunrisers Hyderabad, Telugu
commentary) on the daughter's OnePlus Nord CE 3 Lite in Hyderabad.

Attribution and engagement go to Adjust and to Meta app events:

* Adjust's Android SDK posts form bodies to app.adjust.com/session and /event
  (`app_token`, `gps_adid`, the SDK's own `android_uuid`, `event_token`,
  `callback_params` / `partner_params` as JSON strings); the session answer
  returns Adjust's `adid`;
* Meta's SDK posts to graph.facebook.com/v19.0/<app id>/activities
  (`event=CUSTOM_APP_EVENTS`, `custom_events` JSON with `_eventName`,
  `advertiser_id`, `anon_id` "XZ..."), and `MOBILE_APP_INSTALL` at first start.

The player reports to NPAW (Youbora) with `/start` and `/ping` GETs (`title`,
`playhead`, `live`), and to the app's own heartbeat (`matchId`,
`watchedSecs`). A "fan cam" frames the user's selfie in an orange jersey
through the app's face-swap endpoint. Scores, ball-by-ball commentary (overs,
a strategic time-out's duration), the points table, the match schedule and
the highlight list with its view counts are not anyone's viewing.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, b64url, fake_jpeg, js, multipart

from .phone import TB, bearer, dalvik, iso, ms, rf, rid, ua

API = "https://api.sixerlive.example"
PKG = "com.sixerlive.cricket"
UA = ua("SixerLive", "8.12.0", "akka")
ADJUST_TOKEN = "q8w2e5r9t1y6"
FB_APP = "1764209337512048"
TEAMS = ["SRH", "MI", "CSK", "RCB", "KKR", "DC", "PBKS", "RR", "GT", "LSG"]
PLAYERS = [
    "Travis Head",
    "Abhishek Sharma",
    "Heinrich Klaasen",
    "Pat Cummins",
    "Nitish Kumar Reddy",
]


def _b(c: Context, method: str, url: str) -> TB:
    b = TB(c, "sixerlive", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c))
    return b


def _match(c: Context) -> tuple[int, str]:
    other = c.rng.choice(TEAMS[1:])
    home = c.rng.random() < 0.5
    return c.rng.randint(1800, 1874), f"SRH vs {other}" if home else f"{other} vs SRH"


# --- Adjust ------------------------------------------------------------------------


def _adjust_common(c: Context, b: TB) -> list[tuple[str, str]]:
    return [
        ("app_token", ADJUST_TOKEN),
        ("gps_adid", b.id("gaid_akka", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", b.id("cricket_adjust_uuid", where="form android_uuid")),
        ("created_at", iso(c).replace("Z", "Z+0530")),
        ("environment", "production"),
        ("needs_response_details", "1"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("api_level", "34"),
        ("device_type", "phone"),
        ("device_manufacturer", "OnePlus"),
        ("device_name", "CPH2467"),
        ("package_name", PKG),
        ("app_version", "8.12.0"),
        ("language", "te"),
        ("country", "IN"),
        ("mcc", "404"),
        ("mnc", "49"),
        ("tracking_enabled", "1"),
        ("session_count", str(c.rng.randint(5, 300))),
    ]


def _adjust(c: Context, path: str) -> TB:
    b = TB(c, "adjust", "POST", f"https://app.adjust.com/{path}")
    b.header("user-agent", dalvik("akka"))
    b.header("client-sdk", "android4.38.2")
    return b


def adjust_session(c: Context) -> Flow:
    b = _adjust(c, "session")
    pairs = _adjust_common(c, b)
    pairs += [
        ("subsession_count", str(c.rng.randint(1, 9))),
        ("session_length", str(c.rng.randint(30, 4000))),
        ("time_spent", str(c.rng.randint(30, 4000))),
    ]
    b.form(pairs)
    adid = b.id("cricket_adid", where="response json adid", direction="response")
    b.ok_json(
        {
            "app_token": ADJUST_TOKEN,
            "adid": adid,
            "timestamp": iso(c),
            "message": "Session tracked",
        }
    )
    return b.build()


def adjust_watch(c: Context) -> Flow:
    mid, match = _match(c)
    b = _adjust(c, "event")
    b.view("form partner_params (match + watched_min)")
    pairs = _adjust_common(c, b)
    pairs += [
        ("event_token", "w7xk2p"),
        ("event_count", str(c.rng.randint(1, 200))),
        (
            "partner_params",
            js({"match_id": str(mid), "match": match, "watched_min": str(c.rng.randint(3, 200))}),
        ),
        ("callback_params", js({"feed": "telugu", "quality": "720p"})),
    ]
    b.form(pairs)
    b.ok_json({"app_token": ADJUST_TOKEN, "message": "Event tracked"})
    return b.build()


def adjust_purchase(c: Context) -> Flow:
    b = _adjust(c, "event")
    b.decoy("revenue and pass duration (a purchase)")
    pairs = _adjust_common(c, b)
    pairs += [
        ("event_token", "p3m9zq"),
        ("revenue", "149.0"),
        ("currency", "INR"),
        ("callback_params", js({"pass": "ipl_season", "duration_days": "60"})),
    ]
    b.form(pairs)
    b.ok_json({"app_token": ADJUST_TOKEN, "message": "Event tracked"})
    return b.build()


# --- Meta app events -------------------------------------------------------------


def _meta(c: Context, b: TB, event: str, custom: list[dict[str, object]] | None) -> None:
    pairs = [("event", event)]
    if custom is not None:
        pairs.append(("custom_events", js(custom)))
    pairs += [
        ("advertiser_id", b.id("gaid_akka", where="form advertiser_id")),
        ("advertiser_tracking_enabled", "1"),
        ("application_tracking_enabled", "1"),
        ("anon_id", b.id("cricket_fb_anon", where="form anon_id")),
        ("extinfo", js(["a2", PKG, "812", "8.12.0", "14", "CPH2467", "te_IN", "IST", "Jio"])),
        ("application_package_name", PKG),
        ("format", "json"),
        ("sdk", "android"),
    ]
    b.form(pairs)
    b.ok_json({"success": True})


def _graph(c: Context) -> TB:
    b = TB(c, "facebook", "POST", f"https://graph.facebook.com/v19.0/{FB_APP}/activities")
    b.header("user-agent", f"FBAndroidSDK.17.0.1 {dalvik('akka')}")
    return b


def meta_install(c: Context) -> Flow:
    b = _graph(c)
    _meta(c, b, "MOBILE_APP_INSTALL", None)
    return b.build()


def meta_watch(c: Context) -> Flow:
    mid, match = _match(c)
    b = _graph(c)
    b.view("form custom_events[] fb_mobile_content_view (match, watch_minutes)")
    custom = [
        {
            "_eventName": "fb_mobile_content_view",
            "_logTime": int(c.now),
            "fb_content_type": "live_stream",
            "fb_content_id": str(mid),
            "fb_description": match,
            "watch_minutes": c.rng.randint(5, 200),
            "_implicitlyLogged": "0",
        }
    ]
    _meta(c, b, "CUSTOM_APP_EVENTS", custom)
    return b.build()


def meta_activate(c: Context) -> Flow:
    b = _graph(c)
    custom = [{"_eventName": "fb_mobile_activate_app", "_logTime": int(c.now)}]
    _meta(c, b, "CUSTOM_APP_EVENTS", custom)
    return b.build()


# --- the app's own calls ---------------------------------------------------------


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/device/register")
    b.json(
        {
            "deviceId": b.id("aid_cricket", where="json deviceId"),
            "adId": b.id("gaid_akka", where="json adId"),
            "adjustAdid": b.id("cricket_adid", where="json adjustAdid"),
            "model": "CPH2467",
            "commentary": "telugu",
            "favTeam": "SRH",
            "user": b.acct("cricket_user"),
        }
    )
    b.ok_json({"ok": True, "streams": 2})
    return b.build()


def stream_heartbeat(c: Context) -> Flow:
    mid, match = _match(c)
    b = _b(c, "POST", f"{API}/v3/live/heartbeat")
    b.header("x-device-id", b.id("aid_cricket", where="header x-device-id"))
    b.view("json matchId + watchedSecs (live match watch time)")
    b.json(
        {
            "matchId": mid,
            "match": match,
            "watchedSecs": c.rng.randint(30, 12000),
            "feed": c.rng.choice(["telugu", "hindi", "english"]),
            "at": iso(c),
        }
    )
    b.ok_json({"continue": True, "concurrency": 1})
    return b.build()


def npaw_start(c: Context) -> Flow:
    mid, match = _match(c)
    b = TB(c, "npaw", "GET", "https://a-fds.youborafds01.com/start", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.view("query title + live + playhead (NPAW start)")
    b.params += [
        ("system", "sixerlive"),
        ("pluginVersion", "7.3.5-ExoPlayer2-Android"),
        ("code", "U_" + new_hex(c.rng, 16)),
        ("sessionRoot", rid(c.rng)),
        ("title", f"IPL 2025 - {match} (Telugu)"),
        ("contentId", str(mid)),
        ("live", "true"),
        ("playhead", str(c.rng.randint(0, 9000))),
        ("rendition", "1280x720@2500Kbps"),
        ("player", "ExoPlayer2"),
        ("timemark", str(ms(c))),
    ]
    b.respond(200, "text/plain", b"")
    return b.build()


def npaw_ping(c: Context) -> Flow:
    b = TB(c, "npaw", "GET", "https://a-fds.youborafds01.com/ping", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.view("query playhead + code of a started view (NPAW ping, title in its start)")
    b.params += [
        ("code", "U_" + new_hex(c.rng, 16)),
        ("pingTime", "5"),
        ("playhead", str(c.rng.randint(0, 12000))),
        ("bitrate", str(c.rng.choice([1200000, 2500000, 4500000]))),
        ("diffTime", str(c.rng.randint(4900, 5100))),
        ("timemark", str(ms(c))),
    ]
    b.respond(200, "text/plain", b"")
    return b.build()


def stats_opaque(c: Context) -> Flow:
    """A tracking pixel: base64url of [match, seconds, ts] rows in 'd', device md5 in 'h'."""
    rows = [[_match(c)[0], c.rng.randint(30, 9000), ms(c)] for _ in range(c.rng.randint(1, 3))]
    b = _b(c, "GET", f"{API}/t.gif")
    b.view("query d (base64url positional rows)", detectable=False)
    b.params += [
        ("d", b64url(js(rows))),
        ("h", b.id("aid_cricket", "md5", "query h", detectable=False)),
    ]
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!")
    return b.build()


def fancam_selfie(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/fancam/face-swap")
    b.bio("face_image", "multipart face_image (selfie for face swap)")
    boundary = rid(c.rng)
    parts = [
        ("template", None, "text/plain", b"srh_orange_jersey_2025"),
        ("face_image", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"result": f"https://cdn.sixerlive.example/fc/{new_hex(c.rng, 24)}.jpg"})
    return b.build()


def fancam_opaque(c: Context) -> Flow:
    """The newer fan-cam build: the selfie base64'd under 'i' of a one-letter body."""
    b = _b(c, "POST", f"{API}/v2/fc")
    b.bio("face_image", "json i (base64 JPEG, no key name)", detectable=False)
    b.json({"t": 3, "i": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)), "q": 80})
    b.ok_json({"r": f"https://cdn.sixerlive.example/fc/{new_hex(c.rng, 24)}.jpg"})
    return b.build()


def team_logo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/fan-club/banner")
    b.decoy("fan club banner image upload (a logo, no face)")
    boundary = rid(c.rng)
    parts = [("banner", "banner.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(120))]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"ok": True})
    return b.build()


# --- scores, commentary (content) -------------------------------------------------


def live_score(c: Context) -> Flow:
    mid, match = _match(c)
    b = _b(c, "GET", f"{API}/v3/matches/{mid}/score")
    b.decoy("overs, run rate and a time-out duration (match data)")
    b.ok_json(
        {
            "match": match,
            "innings": c.rng.choice([1, 2]),
            "score": f"{c.rng.randint(40, 260)}/{c.rng.randint(0, 9)}",
            "overs": f"{c.rng.randint(1, 19)}.{c.rng.randint(0, 5)}",
            "crr": rf(c.rng, 6, 14, 2),
            "strategicTimeout": {"durationSec": 150, "over": 13},
        }
    )
    return b.build()


def commentary(c: Context) -> Flow:
    mid, _ = _match(c)
    b = _b(c, "GET", f"{API}/v3/matches/{mid}/commentary?lang=te&since={ms(c)}")
    b.decoy("ball-by-ball commentary with timestamps (content)")
    balls = []
    for _ in range(4):
        balls.append(
            {
                "ball": f"{c.rng.randint(0, 19)}.{c.rng.randint(1, 6)}",
                "batter": c.rng.choice(PLAYERS),
                "runs": c.rng.choice([0, 1, 1, 2, 4, 6]),
                "text": c.rng.choice(["సిక్సర్!", "ఫోర్!", "డాట్ బాల్", "ఒక పరుగు"]),
                "ts": iso(c),
            }
        )
    b.ok_json({"balls": balls})
    return b.build()


def points_table(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/ipl/2025/points-table")
    b.ok_json(
        {
            "table": [
                {"team": t, "played": 7, "won": c.rng.randint(1, 6), "nrr": rf(c.rng, -1, 1, 3)}
                for t in TEAMS
            ]
        }
    )
    return b.build()


def schedule(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/ipl/2025/schedule?team=SRH")
    b.decoy("fixture start times and venues (a schedule)")
    b.ok_json(
        {
            "fixtures": [
                {
                    "matchId": c.rng.randint(1800, 1874),
                    "fixture": f"SRH vs {t}",
                    "venue": "Rajiv Gandhi Intl. Stadium, Hyderabad",
                    "start": iso(c),
                }
                for t in c.rng.sample(TEAMS[1:], 4)
            ]
        }
    )
    return b.build()


def highlights(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/videos/highlights?team=SRH")
    b.decoy("highlight list with durations and view counts (content fetch)")
    b.ok_json(
        {
            "videos": [
                {
                    "id": f"hl_{_match(c)[0]}",
                    "title": f"{c.rng.choice(PLAYERS)} fifty",
                    "durationSec": c.rng.randint(60, 300),
                    "views": c.rng.randint(10**4, 10**7),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def hls_chunk(c: Context) -> Flow:
    mid, _ = _match(c)
    b = TB(
        c,
        "sixerlive",
        "GET",
        f"https://live.sixerlive.example/{mid}/te/720p/{c.rng.randint(10**5, 10**6)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
