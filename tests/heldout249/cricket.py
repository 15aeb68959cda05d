"""Chhagga Live: a cricket live-score and streaming app on the elder son's
OnePlus Nord CE3 in Surat (IPL, Ranji Trophy with Saurashtra and Gujarat,
India's tour of England).

Attribution and marketing go through two SDKs:

* Adjust: `app.adjust.com/session` and `/event`, form-encoded, with
  `gps_adid` (+ `gps_adid_src`), the SDK's own `android_uuid`, and the
  `adid` Adjust hands back in the response; events carry the app's
  `callback_params` / `partner_params` as JSON strings
  (https://help.adjust.com/en/article/server-to-server-events);
* Meta app events: `graph.facebook.com/v18.0/{app-id}/activities`,
  form-encoded, `event=CUSTOM_APP_EVENTS`, `advertiser_id`, the SDK's
  `anon_id`, `extinfo` and a JSON `custom_events` list
  (https://developers.facebook.com/docs/marketing-api/app-event-api/).

The stream player's heartbeat goes to the app's backend with romanized
Gujarati keys (`joyelu_second` = seconds watched). Ball-by-ball commentary,
scorecards, over summaries, the points table ("position" of a team), fixtures
with their start times and the highlight list's view counts are cricket data,
not anyone's viewing.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, PHONES, dalvik, ist, ms, rf, ua

API = "https://api.chhaggalive.example"
UA = ua("ChhaggaLive", "8.4.1", "bhai")
PKG = "com.chhagga.live"
ADJ_TOKEN = "q7k2m9x4dh1c"
FB_APP = "1489265073318842"
MATCHES = [
    (7101, "Gujarat Titans", "Mumbai Indians", "IPL"),
    (7102, "Gujarat Titans", "Chennai Super Kings", "IPL"),
    (7155, "Saurashtra", "Gujarat", "Ranji Trophy"),
    (7156, "Baroda", "Saurashtra", "Ranji Trophy"),
    (7190, "England", "India", "Test"),
    (7191, "Leicestershire", "Warwickshire", "Vitality Blast"),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "chhaggalive", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    if device:
        b.header("x-device-id", b.id("aid_cricket", where="header x-device-id"))
    return b


def _match(c: Context) -> tuple[int, str]:
    mid, home, away, _ = c.rng.choice(MATCHES)
    return mid, f"{home} vs {away}"


def _adjust(c: Context, path: str) -> FB:
    b = FB(c, "adjust", "POST", f"https://app.adjust.com/{path}", http_version="HTTP/1.1")
    b.header("user-agent", dalvik("bhai"))
    b.header("client-sdk", "android4.38.3")
    return b


def _adjust_common(b: FB, c: Context) -> list[tuple[str, str]]:
    osv, model, build, api = PHONES["bhai"]
    return [
        ("app_token", ADJ_TOKEN),
        ("gps_adid", b.id("gaid_bhai", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("gps_adid_attempt", "1"),
        ("android_uuid", b.id("cricket_adjust_uuid", where="form android_uuid")),
        ("tracking_enabled", "1"),
        ("created_at", ist(c.now).replace("+05:30", ".000Z+0530")),
        ("sent_at", ist(c.now).replace("+05:30", ".100Z+0530")),
        ("device_manufacturer", "OnePlus"),
        ("device_name", model),
        ("device_type", "phone"),
        ("os_name", "android"),
        ("os_version", osv),
        ("api_level", str(api)),
        ("os_build", build),
        ("language", "gu"),
        ("country", "IN"),
        ("mcc", "405"),
        ("mnc", "857"),
        ("package_name", PKG),
        ("app_version", "8.4.1"),
        ("environment", "production"),
        ("needs_response_details", "1"),
        ("event_buffering_enabled", "0"),
    ]


def adjust_session(c: Context) -> Flow:
    b = _adjust(c, "session")
    pairs = _adjust_common(b, c)
    pairs += [
        ("session_count", str(c.rng.randint(20, 400))),
        ("subsession_count", "1"),
        ("session_length", str(c.rng.randint(60, 5000))),
        ("time_spent", str(c.rng.randint(60, 5000))),
        ("connectivity_type", "1"),
        ("attribution_deeplink", "1"),
    ]
    b.form(pairs)
    adid = b.id("cricket_adid", where="response json adid", direction="response")
    b.ok_json(
        {
            "adid": adid,
            "timestamp": ist(c.now),
            "message": "Session tracked",
            "attribution": {"tracker_token": "1fx8ka2", "network": "Organic"},
        }
    )
    return b.build()


def adjust_event(c: Context) -> Flow:
    """A highlight finished: the app's own partner_params say which and how long."""
    mid, name = _match(c)
    b = _adjust(c, "event")
    b.view("form partner_params match / joyelu_second (highlight watched)")
    pairs = _adjust_common(b, c)
    pairs += [
        ("event_token", "hl9j2c"),
        ("event_count", str(c.rng.randint(1, 300))),
        ("callback_params", js({"vapraskarta": b.acct("cricket_user")})),
        (
            "partner_params",
            js({"video": f"hl_{mid}", "match": name, "joyelu_second": c.rng.randint(30, 600)}),
        ),
    ]
    b.form(pairs)
    b.ok_json({"message": "Event tracked", "timestamp": ist(c.now)})
    return b.build()


def adjust_follow(c: Context) -> Flow:
    _, name = _match(c)
    b = _adjust(c, "event")
    pairs = _adjust_common(b, c)
    pairs += [
        ("event_token", "tf3w8p"),
        ("event_count", str(c.rng.randint(1, 40))),
        ("partner_params", js({"team": name.split(" vs ")[0]})),
    ]
    b.form(pairs)
    b.ok_json({"message": "Event tracked", "timestamp": ist(c.now)})
    return b.build()


def _meta(c: Context, events: list[dict[str, object]]) -> FB:
    osv, model, _, _ = PHONES["bhai"]
    b = FB(
        c, "facebook-app-events", "POST", f"https://graph.facebook.com/v18.0/{FB_APP}/activities"
    )
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    extinfo = ["a2", PKG, "841", "8.4.1", osv, model, "gu_IN", "IST", "Jio 4G", 1080, 2412, "2.75"]
    b.form(
        [
            ("format", "json"),
            ("sdk", "android"),
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid_bhai", where="form advertiser_id")),
            ("advertiser_tracking_enabled", "1"),
            ("application_tracking_enabled", "1"),
            ("anon_id", b.id("cricket_fb_anon", where="form anon_id")),
            ("extinfo", js(extinfo)),
            ("application_package_name", PKG),
            ("installer_package", "com.android.vending"),
            ("custom_events", js(events)),
        ]
    )
    b.ok_json({"success": True})
    return b


def meta_activate(c: Context) -> Flow:
    b = _meta(
        c,
        [
            {
                "_eventName": "fb_mobile_activate_app",
                "_logTime": int(c.now),
                "_ui": "unknown",
                "_session_id": new_hex(c.rng, 32),
                "fb_mobile_launch_source": "Unclassified",
            }
        ],
    )
    return b.build()


def meta_watch(c: Context) -> Flow:
    mid, name = _match(c)
    events = [
        {
            "_eventName": "live_match_joyo",
            "_logTime": int(c.now),
            "_ui": "PlayerActivity",
            "match_id": str(mid),
            "match": name,
            "watch_minutes": c.rng.randint(3, 180),
            "_valueToSum": 1,
        }
    ]
    b = _meta(c, events)
    b.view("form custom_events[] live_match_joyo match / watch_minutes")
    return b.build()


def stream_dhabkar(c: Context) -> Flow:
    mid, name = _match(c)
    b = _b(c, "POST", f"{API}/v2/stream/dhabkar")
    b.view("json match_id / match / joyelu_second (live stream watch time)")
    b.json(
        {
            "match_id": mid,
            "match": name,
            "joyelu_second": c.rng.randint(30, 14400),
            "bhasha": c.rng.choice(["gujarati", "hindi", "english"]),
            "quality": c.rng.choice(["480p", "720p", "auto"]),
            "samay": ist(c.now),
        }
    )
    b.ok_json({"chalu": True})
    return b.build()


def opaque_stats(c: Context) -> Flow:
    """Player QoE ping: positional [match, seconds, ts] rows; the ANDROID_ID as an
    MD5 in a one-letter header."""
    b = _b(c, "POST", f"{API}/p", device=False)
    b.header("x-h", b.id("aid_cricket", "md5", "header x-h", detectable=False))
    b.view("json d[] positional rows", detectable=False)
    b.json({"d": [[_match(c)[0], c.rng.randint(30, 14400), ms(c)]], "v": 3})
    b.no_content()
    return b.build()


def live_score(c: Context) -> Flow:
    mid, name = _match(c)
    b = _b(c, "GET", f"{API}/v2/match/{mid}/live", device=False)
    b.decoy("overs, balls and run rates (cricket data)")
    b.ok_json(
        {
            "match": name,
            "score": f"{c.rng.randint(40, 220)}/{c.rng.randint(0, 9)}",
            "overs": f"{c.rng.randint(1, 19)}.{c.rng.randint(0, 5)}",
            "run_rate": rf(c.rng, 5, 12, 2),
            "required_rate": rf(c.rng, 6, 14, 2),
        }
    )
    return b.build()


def commentary(c: Context) -> Flow:
    mid, _ = _match(c)
    b = _b(c, "GET", f"{API}/v2/match/{mid}/ball-by-ball?over={c.rng.randint(1, 20)}", False)
    b.decoy("ball-by-ball history (match commentary)")
    b.ok_json(
        {
            "balls": [
                {
                    "ball": f"{c.rng.randint(1, 19)}.{i}",
                    "run": c.rng.choice([0, 1, 4, 6]),
                    "text": t,
                }
                for i, t in enumerate(["Chaggo!", "Ek run", "Chauko", "Dot ball"], 1)
            ]
        }
    )
    return b.build()


def points_table(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/series/ipl-2024/points-table", device=False)
    b.decoy("team position / played / NRR (standings)")
    teams = ["Gujarat Titans", "Mumbai Indians", "Chennai Super Kings", "Rajasthan Royals"]
    b.ok_json(
        {
            "table": [
                {"position": i + 1, "team": t, "played": 14, "nrr": rf(c.rng, -1, 1, 3)}
                for i, t in enumerate(teams)
            ]
        }
    )
    return b.build()


def fixtures(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/fixtures?team={quote('Saurashtra')}", device=False)
    b.decoy("fixture start times and durations (schedule)")
    b.ok_json(
        {
            "fixtures": [
                {
                    "match_id": mid,
                    "match": f"{h} vs {a}",
                    "start": ist(c.now + 86400 * i),
                    "days": 4,
                }
                for i, (mid, h, a, _) in enumerate(MATCHES[2:4], 1)
            ]
        }
    )
    return b.build()


def highlights(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/videos/highlights?paanu=1", device=False)
    b.decoy("highlight list with view counts and durations (content fetch)")
    b.ok_json(
        {
            "videos": [
                {"id": f"hl_{mid}", "title": f"{h} vs {a}", "duration": c.rng.randint(90, 600),
                 "views": c.rng.randint(1000, 900000)}
                for mid, h, a, _ in MATCHES
            ]
        }
    )  # fmt: skip
    return b.build()
