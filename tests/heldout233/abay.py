"""Abay Play: an Amharic / Afaan Oromo drama and music-video streaming app (the
daughter's Pixel 8 in Washington DC, watching series from home).

The backend is Ethiopian-built: paths and keys are romanised Amharic
(`ketatay` = series, `kifil` = episode, `yetayew` = watched, `sekond`,
`ye-iyta-tarik` = viewing history, `qetil` = continue) with Afaan Oromo for the
Oromo catalogue (`daawwannaa` = watching, `kutaa` = episode). Watch progress
goes to the app's backend; video events also go to GA4 through the Measurement
Protocol (app stream: `firebase_app_id`, `api_secret`, `app_instance_id`,
events `video_progress` / `video_complete` with `video_title`,
`video_percent`, https://developers.google.com/analytics/devguides/collection/protocol/ga4/sending-events)
and, from the Firebase SDK itself, in the app-measurement protobuf upload
(no key names: the advertising id and app-instance id are bare strings). The
app registers with Firebase Installations (`fid`, `authVersion` FIS_v2) and
with Adjust (`/session` form with `gps_adid`, `android_uuid`; `/event` with an
`event_token` and `partner_params`, https://help.adjust.com/en/article/server-to-server-events).
Catalogue rails, search, the "most watched this week" counts, posters and HLS
segments are content fetches, not viewing history.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js, jsb, pb_bytes, pb_msg, pb_varint

from .phone import FB, PHONES, dalvik, iso, ms, rid, ua

API = "https://api.abayplay.example"
UA = ua("AbayPlay", "3.9.1", "ehit")
APP_ID = "1:784203991562:android:3c1f0a9e52d7b6e4"
SHOWS = [
    ("k204", "Sew Le Sew", "am", 2700),
    ("k211", "Min Litazez", "am", 2400),
    ("k219", "Dana", "am", 2900),
    ("k233", "Amaleleh", "am", 2600),
    ("k240", "Jaalala Gabaa", "om", 2500),
    ("k248", "Dhaloota Haaraa", "om", 2800),
]
CLIPS = [
    ("mv1021", "Teddy Afro - Armash", 312),
    ("mv1088", "Hachalu Hundessa - Maalan Jira", 355),
    ("mv1102", "Rophnan - Sidist", 248),
    ("mv1140", "Gigi - Abay", 301),
]
MP = f"https://www.google-analytics.com/mp/collect?firebase_app_id={APP_ID}&api_secret=Qm8vLa2XpT0cEw7dRk4n"


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "abayplay", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("accept-language", c.rng.choice(["am-ET", "om-ET", "en-US"]))
    if device:
        b.header("x-meshiya-id", b.id("aid_abay", where="header x-meshiya-id"))
    return b


def _ep(c: Context) -> tuple[str, str, str, int, int]:
    sid, title, lang, dur = c.rng.choice(SHOWS)
    return sid, title, lang, c.rng.randint(1, 45), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/abay-play-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "et.abayplay.app")
    b.header("user-agent", dalvik("ehit"))
    b.json(
        {
            "fid": b.id("abay_fid", where="json fid"),
            "appId": APP_ID,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/784203991562/installations/" + c.phone.abay_fid,  # type: ignore[attr-defined]
            "refreshToken": new_hex(c.rng, 40),
            "authToken": {"token": new_hex(c.rng, 60), "expiresIn": "604800s"},
        }
    )
    b.id("abay_fid", where="response json name", direction="response")
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/meshiyawoch/memzgeb", device=False)
    b.json(
        {
            "androidId": b.id("aid_abay", where="json androidId"),
            "firebaseInstallationId": b.id("abay_fid", where="json firebaseInstallationId"),
            "modeli": "Pixel 8",
            "quanqua": "am",
            "hager": "US",
        }
    )
    b.ok_json({"tesakto": True, "bezuMeshiya": 3})
    return b.build()


def ketatay_progress(c: Context) -> Flow:
    sid, title, lang, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v2/iyta/hidet")
    b.view("json ketatayId/kifil/sekond (episode progress)")
    b.json(
        {
            "ketatayId": sid,
            "ris": title,
            "kifil": ep,
            "sekond": c.rng.randint(15, dur),
            "rezmet": dur,
            "quanqua": lang,
            "tefeseme": False,
            "gize": iso(c),
        }
    )
    b.no_content()
    return b.build()


def daawwannaa(c: Context) -> Flow:
    """The Afaan Oromo catalogue's progress endpoint (its own team, its own keys)."""
    sid, title, _lang, dur = c.rng.choice(SHOWS[4:])
    b = _b(c, "POST", f"{API}/v2/om/daawwannaa")
    b.view("json sagantaa/kutaa/sekondii (Oromo series watched)")
    b.json(
        {
            "sagantaa": sid,
            "mata_duree": title,
            "kutaa": c.rng.randint(1, 30),
            "sekondii": c.rng.randint(60, dur),
            "yeroo": iso(c),
        }
    )
    b.no_content()
    return b.build()


def clip_watched(c: Context) -> Flow:
    vid, title, dur = c.rng.choice(CLIPS)
    b = _b(c, "POST", f"{API}/v2/muzika/yetayew")
    b.view("json clipId/yetayeSekond (music video watched)")
    b.json({"clipId": vid, "ris": title, "yetayeSekond": c.rng.randint(20, dur), "rezmet": dur})
    b.no_content()
    return b.build()


def qetil(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tekemachi/qetil-mayet?limit=10")
    b.view("response json qetil[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        sid, title, _, ep, dur = _ep(c)
        rows.append(
            {
                "ketatayId": sid,
                "ris": title,
                "kifil": ep,
                "sekond": c.rng.randint(60, dur - 60),
                "rezmet": dur,
                "yetayewBet": iso(c),
            }
        )
    b.ok_json({"qetil": rows})
    return b.build()


def ye_iyta_tarik(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tekemachi/ye-iyta-tarik?gets=1")
    b.view("response json tarik[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        sid, title, _, ep, _d = _ep(c)
        items.append({"ketatayId": sid, "ris": title, "kifil": ep, "ken": iso(c)})
    b.ok_json({"tarik": items, "gets": 1})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, _, ep, dur = _ep(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name} video_title/video_percent")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("abay_app_instance", where="json app_instance_id"),
            "user_id": b.acct("abay_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{title} - Kifil {ep}",
                        "video_provider": "abayplay",
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
            "app_instance_id": b.id("abay_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Mejemeria", "Filega", "Megelecha", "Muzika"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def _pb_event(name: str, params: list[tuple[str, object]], t: int) -> bytes:
    parts = [pb_bytes(2, name), pb_varint(3, t), pb_varint(4, t - 1500)]
    for k, v in params:
        if isinstance(v, int):
            parts.append(pb_msg(1, [pb_bytes(1, k), pb_varint(3, v)]))
        else:
            parts.append(pb_msg(1, [pb_bytes(1, k), pb_bytes(2, str(v))]))
    return b"".join(parts)


def app_measurement(c: Context, video: bool = True) -> Flow:
    """The Firebase SDK's own upload: protobuf, the ids as unnamed string fields."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik("ehit"))
    t = ms(c)
    events = [_pb_event("_e", [("_et", c.rng.randint(500, 9000))], t)]
    if video:
        _, title, _, ep, dur = _ep(c)
        b.view("protobuf event video_progress params", detectable=False)
        events.append(
            _pb_event(
                "video_progress",
                [("video_title", f"{title} - Kifil {ep}"), ("video_current_time", dur // 2)],
                t,
            )
        )
    osv, model, _ = PHONES["ehit"]
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            *[pb_bytes(2, e) for e in events],
            pb_varint(3, t),
            pb_bytes(8, "android"),
            pb_bytes(9, osv),
            pb_bytes(10, model),
            pb_bytes(11, "am-et"),
            pb_bytes(14, "et.abayplay.app"),
            pb_bytes(16, "22.1.0"),
            pb_bytes(19, b.id("gaid_ehit", "protobuf", "protobuf field 1.19", detectable=False)),
            pb_bytes(25, APP_ID),
            pb_bytes(
                27, b.id("abay_app_instance", "protobuf", "protobuf field 1.27", detectable=False)
            ),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def _adjust(c: Context, path: str) -> FB:
    b = FB(c, "adjust", "POST", "https://app.adjust.com" + path, http_version="HTTP/1.1")
    b.header("client-sdk", "android4.38.3")
    b.header("user-agent", dalvik("ehit"))
    b.header(
        "authorization",
        f'Signature signature="{new_hex(c.rng, 64)}",secret_id="3",algorithm="adj2",headers_id="1"',
    )
    return b


def adjust_session(c: Context) -> Flow:
    b = _adjust(c, "/session")
    form = [
        ("app_token", "r4kq9w2bz1ts"),
        ("gps_adid", b.id("gaid_ehit", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", b.id("abay_adjust_uuid", where="form android_uuid")),
        ("created_at", iso(c).replace("Z", "Z-0400")),
        ("device_type", "phone"),
        ("device_name", "Pixel 8"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("language", "am"),
        ("country", "US"),
        ("environment", "production"),
        ("session_count", str(c.rng.randint(1, 80))),
    ]
    b.set_body(urlencode(form).encode(), "application/x-www-form-urlencoded")
    b.respond(
        200,
        "application/json",
        jsb({"adid": c.phone.abay_adid, "message": "Session tracked", "timestamp": iso(c)}),  # type: ignore[attr-defined]
    )
    b.id("abay_adid", where="response json adid", direction="response")
    return b.build()


def adjust_event(c: Context) -> Flow:
    sid, title, _, ep, _ = _ep(c)
    b = _adjust(c, "/event")
    b.view("form partner_params (ketatay_id, kifil, watch_seconds)")
    partner = {"ketatay_id": sid, "ris": title, "kifil": str(ep), "watch_seconds": "300"}
    form = [
        ("app_token", "r4kq9w2bz1ts"),
        ("event_token", c.rng.choice(["k3x9ab", "p7qw2e"])),
        ("gps_adid", b.id("gaid_ehit", where="form gps_adid")),
        ("android_uuid", b.id("abay_adjust_uuid", where="form android_uuid")),
        ("adid", b.id("abay_adid", where="form adid")),
        ("created_at", iso(c).replace("Z", "Z-0400")),
        ("partner_params", js(partner)),
        ("event_count", str(c.rng.randint(1, 400))),
    ]
    b.set_body(urlencode(form).encode(), "application/x-www-form-urlencoded")
    b.respond(200, "application/json", jsb({"message": "Event tracked"}))
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [show, episode, second, ts] rows under 'q'."""
    b = _b(c, "POST", f"{API}/q/2", device=False)
    b.view("json q[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(SHOWS)[0][1:]), c.rng.randint(1, 45), c.rng.randint(10, 2900), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"q": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def mejemeria(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/mejemeria/rails?quanqua=am", device=False)
    b.decoy("catalogue rails with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "rails": [
                {
                    "ris": "Adis Ketatayoch",
                    "items": [
                        {
                            "ketatayId": sid,
                            "ris": title,
                            "kifiloch": 45,
                            "rezmet": dur,
                            "poster": f"https://img.abayplay.example/p/{sid}.jpg",
                        }
                        for sid, title, _, dur in SHOWS
                    ],
                }
            ]
        }
    )
    return b.build()


def filega(c: Context) -> Flow:
    q = c.rng.choice(["sew", "dana", "jaalala", "teddy"])
    b = _b(c, "GET", f"{API}/v2/filega?q={q}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json({"wutet": [{"ketatayId": s, "ris": t, "rezmet": d} for s, t, _, d in SHOWS[:3]]})
    return b.build()


def bebzu_yetayu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/top/bebzu-yetayu?gize=7d", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"ketatayId": s, "ris": t, "yetayuBzat": c.rng.randint(10**4, 10**6)}
                for s, t, _, _ in SHOWS
            ]
        }
    )
    return b.build()


def poster(c: Context) -> Flow:
    sid = c.rng.choice(SHOWS)[0]
    b = FB(c, "abayplay", "GET", f"https://img.abayplay.example/p/{sid}.jpg?w=360")
    b.header("user-agent", UA)
    b.decoy("poster thumbnail of a series (content)")
    b.respond(200, "image/jpeg", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid = c.rng.choice(SHOWS)[0]
    b = FB(
        c,
        "abayplay",
        "GET",
        f"https://vod.abayplay.example/{sid}/k{c.rng.randint(1, 45):02d}/720p/"
        f"seg-{c.rng.randint(1, 500)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
