"""AataLive: a cricket and pro-kabaddi live-streaming app on the uncle's OnePlus
Nord CE3 in Mangaluru.

The app streams IPL, the KSCA Maharaja Trophy and Pro Kabaddi matches and
their highlights and reports watch time per match to its backend
(`pandya` = match, `kreede` = sport, `nodida_sekendu` = seconds watched).
Attribution and events go to Adjust through its India URL strategy
(app.adjust.net.in: `/session` and `/event`, form bodies with `app_token`,
`gps_adid`, `android_uuid`, `callback_params` / `partner_params` as JSON
strings; the answer names the device's `adid`), and to Meta through the
Facebook SDK's app events (`/{app-id}/activities`, `event=CUSTOM_APP_EVENTS`,
`custom_events` JSON with `_eventName` fb_mobile_content_view,
`advertiser_id`, `anon_id`, `extinfo`). The tracking pixel of the stream
packs match and seconds into base64url JSON with one-letter keys, and a
header `x-ck` holds an upper-case MD5 of the ANDROID_ID. Scorecards, ball-by-
ball overs, kabaddi raid feeds, the points table and the fixtures are
everybody's, not one viewer's.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64url, js

from .phone import FB, adjust_time, dalvik, iso, ms, rf, rid, ua

API = "https://api.aatalive.example"
PKG = "in.aatalive.app"
UA = ua("AataLive", "5.2.0", "chikka")
FB_APP = "1893041172265530"
MATCHES = [
    ("ipl25-m14", "RCB vs CSK", "cricket"),
    ("ipl25-m21", "RCB vs MI", "cricket"),
    ("mt24-f", "Mysore Warriors vs Mangaluru Dragons", "cricket"),
    ("rt24-q2", "Karnataka vs Mumbai", "cricket"),
    ("pkl11-m88", "Bengaluru Bulls vs Puneri Paltan", "kabaddi"),
    ("pkl11-m97", "Bengaluru Bulls vs Tamil Thalaivas", "kabaddi"),
    ("pkl11-m102", "U Mumba vs Jaipur Pink Panthers", "kabaddi"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "aatalive", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64url(new_hex(c.rng, 48)))
    return b


def stream_heartbeat(c: Context) -> Flow:
    mid, name, sport = c.rng.choice(MATCHES)
    b = _b(c, "POST", f"{API}/v2/live/heartbeat")
    b.view("json pandya_id/pandya + nodida_sekendu (live match watched)")
    b.json(
        {
            "pandya_id": mid,
            "pandya": name,
            "kreede": sport,
            "nodida_sekendu": c.rng.choice([30, 60, 60, 120]),
            "gunamatta": c.rng.choice(["480p", "720p", "auto"]),
            "samaya": iso(c),
        }
    )
    b.ok_json({"munduvarisi": True})
    return b.build()


def highlights_nodida(c: Context) -> Flow:
    mid, name, sport = c.rng.choice(MATCHES)
    b = _b(c, "POST", f"{API}/v2/highlights/nodida")
    b.header("x-ck", b.id("aid_aata", "md5_upper", "header x-ck", detectable=False))
    b.view("json highlight_id/pandya + nodida_sekendu")
    b.json(
        {
            "highlight_id": f"{mid}-hl{c.rng.randint(1, 12)}",
            "pandya": name,
            "kreede": sport,
            "nodida_sekendu": c.rng.randint(20, 600),
            "poorna": c.rng.random() < 0.5,
        }
    )
    b.no_content()
    return b.build()


def pixel(c: Context) -> Flow:
    """The stream's tracking pixel: base64url JSON with one-letter keys."""
    mid, _name, _s = c.rng.choice(MATCHES)
    payload = {"m": mid, "s": c.rng.randint(10, 3600), "t": int(c.now), "q": 2}
    b = FB(c, "aatalive", "GET", "https://t.aatalive.example/p.gif")
    b.header("user-agent", UA)
    b.param("d", b64url(js(payload)))
    b.view("query d (base64url JSON m/s/t)", detectable=False)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00" + bytes(13))
    return b.build()


def live_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/live/ega")
    b.header("x-ck", b.id("aid_aata", "md5_upper", "header x-ck", detectable=False))
    b.ok_json(
        {
            "ega": [
                {
                    "pandya_id": m,
                    "pandya": n,
                    "kreede": s,
                    "stream": f"https://live.aatalive.example/{m}.m3u8",
                }
                for m, n, s in MATCHES[:3]
            ]
        }
    )
    return b.build()


# --- Adjust (India URL strategy) ------------------------------------------------------


def _adjust(c: Context, path: str) -> tuple[FB, list[tuple[str, str]]]:
    b = FB(c, "adjust", "POST", f"https://app.adjust.net.in/{path}")
    b.header("user-agent", dalvik("chikka"))
    b.header("client-sdk", "android4.38.3")
    created = adjust_time(c)
    pairs = [
        ("app_token", "q3k8v1zx2m4w"),
        ("gps_adid", b.id("gaid_chikka", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("gps_adid_attempt", "1"),
        ("android_uuid", b.id("aata_adjust_uuid", where="form android_uuid")),
        ("created_at", created),
        ("sent_at", created),
        ("environment", "production"),
        ("needs_response_details", "1"),
        ("tracking_enabled", "1"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("api_level", "34"),
        ("device_type", "phone"),
        ("device_name", "CPH2569"),
        ("device_manufacturer", "OnePlus"),
        ("cpu_type", "arm64-v8a"),
        ("language", "kn"),
        ("country", "IN"),
        ("mcc", "404"),
        ("mnc", "45"),
        ("connectivity_type", "1"),
        ("package_name", PKG),
        ("app_version", "5.2.0"),
        ("session_count", str(c.rng.randint(20, 400))),
    ]
    return b, pairs


def adjust_session(c: Context) -> Flow:
    b, pairs = _adjust(c, "session")
    pairs += [
        ("subsession_count", str(c.rng.randint(1, 9))),
        ("session_length", str(c.rng.randint(60, 9000))),
        ("time_spent", str(c.rng.randint(60, 9000))),
    ]
    b.form(pairs)
    adid = b.id("aata_adid", where="response json adid", direction="response")
    b.ok_json(
        {
            "app_token": "q3k8v1zx2m4w",
            "adid": adid,
            "timestamp": iso(c),
            "message": "Session tracked",
        }
    )
    return b.build()


def adjust_event(c: Context, watched: bool = True) -> Flow:
    b, pairs = _adjust(c, "event")
    if watched:
        mid, name, sport = c.rng.choice(MATCHES)
        b.view("form callback_params/partner_params (match watched, minutes)")
        token = "w9t3ka"
        params = {"pandya_id": mid, "pandya": name, "kreede": sport}
        partner = {"nodida_nimisha": str(c.rng.randint(1, 180)), "content_type": "live_match"}
    else:
        token = c.rng.choice(["f2v8lq", "s7h1mb"])
        params = {"yojane": c.rng.choice(["tingala", "season-pass"])}
        partner = {"bele": c.rng.choice(["99", "499"]), "currency": "INR"}
        b.decoy("pass price")
    pairs += [
        ("event_token", token),
        ("event_count", str(c.rng.randint(1, 300))),
        ("callback_params", js(params)),
        ("partner_params", js(partner)),
    ]
    b.form(pairs)
    b.ok_json(
        {
            "app_token": "q3k8v1zx2m4w",
            "adid": b.id("aata_adid", where="response json adid", direction="response"),
            "message": "Event tracked",
        }
    )
    return b.build()


# --- Meta app events ------------------------------------------------------------------


def _meta(c: Context, event: str, custom: list[dict[str, object]] | None) -> FB:
    b = FB(c, "facebook", "POST", f"https://graph.facebook.com/v19.0/{FB_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    extinfo = js(
        [
            "a2",
            PKG,
            "520",
            "5.2.0",
            "14",
            "CPH2569",
            "kn_IN",
            "IST",
            "Airtel",
            1080,
            2412,
            "2.75",
            8,
            110,
            97,
            "Asia/Kolkata",
        ]
    )
    pairs = [
        ("event", event),
        ("advertiser_id", b.id("gaid_chikka", where="form advertiser_id")),
        ("advertiser_tracking_enabled", "1"),
        ("application_tracking_enabled", "1"),
        ("anon_id", b.id("aata_fb_anon", where="form anon_id")),
        ("extinfo", extinfo),
        ("application_package_name", PKG),
        ("installer_package", "com.android.vending"),
        ("format", "json"),
        ("sdk", "android"),
        ("sdk_version", "17.0.0"),
    ]
    if custom is not None:
        pairs.insert(1, ("custom_events", js(custom)))
    b.form(pairs)
    b.ok_json({"success": True})
    return b


def meta_install(c: Context) -> Flow:
    return _meta(c, "MOBILE_APP_INSTALL", None).build()


def meta_content_view(c: Context) -> Flow:
    mid, name, sport = c.rng.choice(MATCHES)
    event = {
        "_eventName": "fb_mobile_content_view",
        "_logTime": int(c.now),
        "_ui": "PlayerActivity",
        "_session_id": rid(c.rng),
        "fb_content_type": "live_match",
        "fb_content_id": mid,
        "fb_description": name,
        "kreede": sport,
    }
    b = _meta(c, "CUSTOM_APP_EVENTS", [event])
    b.view("form custom_events fb_mobile_content_view (fb_content_id, fb_description)")
    return b.build()


def meta_activate(c: Context) -> Flow:
    event = {
        "_eventName": "fb_mobile_activate_app",
        "_logTime": int(c.now),
        "_ui": "unknown",
        "_session_id": rid(c.rng),
        "fb_mobile_launch_source": "Unclassified",
    }
    return _meta(c, "CUSTOM_APP_EVENTS", [event]).build()


# --- content fetches --------------------------------------------------------------------


def scorecard(c: Context) -> Flow:
    mid, name, _s = c.rng.choice(MATCHES[:4])
    b = _b(c, "GET", f"{API}/v2/cricket/{mid}/ball-by-ball?inning=1")
    b.decoy("ball-by-ball overs, fielding positions and partnership durations")
    balls = []
    for i in range(12):
        balls.append(
            {
                "over": f"{14 + i // 6}.{i % 6 + 1}",
                "runs": c.rng.choice([0, 0, 1, 1, 2, 4, 6]),
                "field_position": c.rng.choice(["long-on", "deep midwicket", "third man", "cover"]),
                "batter": c.rng.choice(["Kohli", "Patidar", "Jacks", "Maxwell"]),
            }
        )
    b.ok_json(
        {
            "pandya": name,
            "balls": balls,
            "partnership": {"runs": c.rng.randint(10, 90), "duration_min": c.rng.randint(5, 50)},
        }
    )
    return b.build()


def raid_feed(c: Context) -> Flow:
    mid, name, _s = c.rng.choice(MATCHES[4:])
    b = _b(c, "GET", f"{API}/v2/kabaddi/{mid}/raids?since={ms(c) - 60000}")
    b.decoy("raid-by-raid feed with court positions and raid durations")
    b.ok_json(
        {
            "pandya": name,
            "raids": [
                {
                    "raider": c.rng.choice(
                        ["Pardeep Narwal", "Bharat", "Aslam Inamdar", "Arjun Deshwal"]
                    ),
                    "points": c.rng.randint(0, 3),
                    "duration_sec": c.rng.randint(8, 30),
                    "court_x": rf(c.rng, 0, 13, 2),
                    "court_y": rf(c.rng, 0, 10, 2),
                }
                for _ in range(6)
            ],
        }
    )
    return b.build()


def points_table(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/kabaddi/pkl11/ankapatti")
    b.ok_json(
        {
            "ankapatti": [
                {"tanda": t, "aadiddu": 22, "ankagalu": c.rng.randint(30, 80)}
                for t in ("Haryana Steelers", "Dabang Delhi", "Bengaluru Bulls", "Patna Pirates")
            ]
        }
    )
    return b.build()


def fixtures(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/velaapatti?tingalu=2025-04")
    b.decoy("fixtures with start times and venues")
    b.ok_json(
        {
            "pandyagalu": [
                {
                    "pandya_id": m,
                    "pandya": n,
                    "aarambha": f"2025-04-{c.rng.randint(1, 30):02d}T14:00:00Z",
                    "sthala": "M. Chinnaswamy Stadium",
                }
                for m, n, _s in MATCHES
            ]
        }
    )
    return b.build()


def follow_team(c: Context) -> Flow:
    team = c.rng.choice(["RCB", "Bengaluru Bulls", "Mangaluru Dragons"])
    b = _b(c, "POST", f"{API}/v2/nanna/tandagalu")
    b.json({"tanda": team, "suchane": True})
    b.ok_json({"sari": True})
    return b.build()


def stream_chunk(c: Context) -> Flow:
    mid = c.rng.choice(MATCHES)[0]
    b = FB(
        c, "aatalive", "GET", f"https://live.aatalive.example/{mid}/720p/{new_digits(c.rng, 6)}.ts"
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", b"G@" + c.rng.randbytes(300))
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["kohli", "bulls", "ಆರ್‌ಸಿಬಿ"])
    b = _b(c, "GET", f"{API}/v2/huduku?q={quote(q)}")
    b.ok_json({"phalitaamsha": [{"id": m, "pandya": n} for m, n, _s in MATCHES[:2]]})
    return b.build()
