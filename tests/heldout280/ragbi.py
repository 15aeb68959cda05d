"""Kumul Hailait: a rugby-league highlights app (the Kumuls, the PNG Hunters,
the Digicel Cup) on papa's Samsung A15.

Its own backend logs each highlight watched (`vidioNamba`, `taitel`,
`hamasSekonYuLukim`, `lukimPinis`); the same views go to Facebook app events
(Graph API `/{app-id}/activities`, form body with `event=CUSTOM_APP_EVENTS`,
`advertiser_id`, `anon_id`, `custom_events` as a JSON string of
`_eventName` / `fb_content_id` rows). Ads come from Unity Ads (the auction
request carries `advertisingTrackingId`, `limitAdTracking` and Unity's own
`idfi`) and AppLovin MAX (gzip JSON with `device_info.ifa`). A later build
packs highlight views as base64 positional rows in a query parameter. Fixtures,
the Digicel Cup ladder, live scores with minutes, the highlights list with its
view counts and thumbnails are content.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, js

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.kumulhailait.example"
UA = ua("KumulHailait", "1.9.4", "papa")
FB_APP = "419337215604288"
TIM = [
    "PNG Hunters",
    "Lae Snax Tigers",
    "Port Moresby Vipers",
    "Hela Wigmen",
    "Mendi Muruks",
    "Goroka Lahanis",
    "Rabaul Gurias",
    "Kumuls",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kumulhailait", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _vid(c: Context) -> tuple[str, str, int]:
    home, away = c.rng.sample(TIM, 2)
    n = c.rng.randint(7000, 7999)
    return (
        f"hl{n}",
        f"Hailait: {home} {c.rng.randint(0, 40)} - {c.rng.randint(0, 40)} {away}",
        c.rng.randint(60, 420),
    )


def _fb_form(c: Context, b: FB, event: str, custom: list[dict] | None) -> None:
    pairs = [
        ("format", "json"),
        ("event", event),
        ("advertiser_id", b.id("gaid_papa", where="form advertiser_id")),
        ("advertiser_tracking_enabled", "1"),
        ("application_tracking_enabled", "1"),
        ("anon_id", b.id("ragbi_fb_anon", where="form anon_id")),
        (
            "extinfo",
            js(
                [
                    "a2",
                    "pg.kumulhailait",
                    "194",
                    "1.9.4",
                    "14",
                    "SM-A155F",
                    "en_PG",
                    "GMT+10:00",
                    "Digicel PNG",
                    1080,
                    2340,
                    "2.25",
                    8,
                    110,
                    52,
                    "Pacific/Port_Moresby",
                ]
            ),
        ),
        ("application_package_name", "pg.kumulhailait"),
    ]
    if custom is not None:
        pairs.append(("custom_events", js(custom)))
    b.form(pairs)


def fb_activate(c: Context) -> Flow:
    b = FB(c, "facebook", "POST", f"https://graph.facebook.com/v19.0/{FB_APP}/activities")
    b.header("user-agent", f"FBAndroidSDK.17.0.0 {dalvik('papa')}")
    _fb_form(c, b, "MOBILE_APP_INSTALL", None)
    b.ok_json({"success": True})
    return b.build()


def fb_lukim_event(c: Context) -> Flow:
    vid, title, dur = _vid(c)
    b = FB(c, "facebook", "POST", f"https://graph.facebook.com/v19.0/{FB_APP}/activities")
    b.header("user-agent", f"FBAndroidSDK.17.0.0 {dalvik('papa')}")
    b.view("form custom_events[] lukim_hailait (fb_content_id, sekon_lukim)")
    _fb_form(
        c,
        b,
        "CUSTOM_APP_EVENTS",
        [
            {
                "_eventName": "lukim_hailait",
                "_logTime": int(c.now),
                "fb_content_type": "video",
                "fb_content_id": vid,
                "fb_description": title,
                "sekon_lukim": c.rng.randint(10, dur),
                "_session_id": rid(c.rng),
            }
        ],
    )
    b.ok_json({"success": True})
    return b.build()


def unity_ads(c: Context) -> Flow:
    b = FB(
        c,
        "unity-ads",
        "POST",
        "https://auction.unityads.unity3d.com/v6/games/5519204/requests",
        [("deviceModel", "SM-A155F"), ("platform", "android"), ("sdkVersion", "4120")],
    )
    b.header("user-agent", dalvik("papa"))
    b.json(
        {
            "advertisingTrackingId": b.id("gaid_papa", where="json advertisingTrackingId"),
            "limitAdTracking": False,
            "idfi": b.id("ragbi_idfi", where="json idfi"),
            "deviceMake": "samsung",
            "deviceModel": "SM-A155F",
            "osVersion": "14",
            "connectionType": "cellular",
            "networkOperatorName": "Digicel PNG",
            "language": "en_PG",
            "timeZone": "GMT+10:00",
            "placements": {"rewardedVideo": {"adTypes": ["VIDEO"]}},
            "sessionDepth": c.rng.randint(1, 30),
            "auctionId": rid(c.rng),
        }
    )
    b.ok_json({"placements": {"rewardedVideo": "no-fill"}, "correlationId": new_hex(c.rng, 24)})
    return b.build()


def applovin_mediate(c: Context) -> Flow:
    b = FB(c, "applovin", "POST", "https://ms4.applovin.com/1.0/mediate")
    b.header("user-agent", dalvik("papa"))
    b.decoy("request id and ad unit id (random hex)")
    b.json(
        {
            "app_info": {
                "package_name": "pg.kumulhailait",
                "app_version": "1.9.4",
                "sdk_key_hash": new_hex(c.rng, 16),
            },
            "device_info": {
                "ifa": b.id("gaid_papa", where="json device_info.ifa (gzip)"),
                "dnt": False,
                "brand": "samsung",
                "model": "SM-A155F",
                "os": "14",
                "carrier": "Digicel PNG",
                "tz_offset": 10.0,
            },
            "ad_format": "BANNER",
            "ad_unit_id": new_hex(c.rng, 16),
            "request_id": rid(c.rng),
        },
        "gzip",
    )
    b.ok_json({"ad_unit_id": "x", "ads": []})
    return b.build()


def hailait_lukim(c: Context) -> Flow:
    vid, title, dur = _vid(c)
    b = _b(c, "POST", f"{API}/v2/hailait/lukim")
    b.view("json vidioNamba + hamasSekonYuLukim (highlight watched)")
    b.json(
        {
            "vidioNamba": vid,
            "taitel": title,
            "hamasSekonYuLukim": c.rng.randint(10, dur),
            "longpela": dur,
            "lukimPinis": c.rng.random() < 0.4,
            "taim": iso(c),
        }
    )
    b.no_content()
    return b.build()


def lukim_opaque(c: Context) -> Flow:
    """Positional rows [video, seconds, ts], base64 in query parameter 'z'."""
    rows = [[int(_vid(c)[0][2:]), c.rng.randint(5, 400), ms(c)] for _ in range(c.rng.randint(1, 3))]
    b = _b(c, "GET", f"{API}/t?z={quote(b64(js(rows)))}&v=4")
    b.view("query z (base64 positional rows)", detectable=False)
    b.respond(204, None)
    return b.build()


def fon_android(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/fon")
    b.json(
        {
            "androidId": b.id("aid_ragbi", where="json androidId"),
            "pushToken": new_hex(c.rng, 64),
            "tim": c.rng.choice(TIM),
        }
    )
    b.ok_json({"yusa": b.acct("ragbi_user")})
    return b.build()


def fon_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/nupela?since={ms(c) - 86400000}")
    b.header("x-q", b.id("aid_ragbi", "sha1", "header x-q", detectable=False))
    b.ok_json({"nupela": c.rng.randint(0, 9)})
    return b.build()


def skoa_laiv(c: Context) -> Flow:
    home, away = c.rng.sample(TIM, 2)
    b = _b(c, "GET", f"{API}/v2/skoa/laiv?lig=digicel-cup")
    b.decoy("live score and match minute (not viewing)")
    b.ok_json(
        {
            "geim": [
                {
                    "hom": home,
                    "awe": away,
                    "skoa": f"{c.rng.randint(0, 30)}-{c.rng.randint(0, 30)}",
                    "minit": c.rng.randint(1, 80),
                }
            ]
        }
    )
    return b.build()


def lada(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/lada?sisen=2025")
    b.ok_json({"lada": [{"tim": t, "poin": c.rng.randint(0, 30), "pilai": 12} for t in TIM[1:]]})
    return b.build()


def hailait_lis(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/hailait?pes=1")
    b.decoy("highlight list with view counts and durations (content fetch)")
    rows = []
    for _ in range(6):
        vid, title, dur = _vid(c)
        rows.append(
            {
                "vidioNamba": vid,
                "taitel": title,
                "longpela": dur,
                "lukim": c.rng.randint(100, 50000),
            }
        )
    b.ok_json({"hailait": rows})
    return b.build()


def tamnel(c: Context) -> Flow:
    b = FB(c, "kumulhailait", "GET", f"https://img.kumulhailait.example/th/{_vid(c)[0]}_640.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 450))
    return b.build()


def mp4(c: Context) -> Flow:
    b = FB(c, "kumulhailait", "GET", f"https://vod.kumulhailait.example/{_vid(c)[0]}/480p.mp4")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 10**6)}-")
    b.respond(206, "video/mp4", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def geo_taim(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/fikscha?lat={rf(c.rng, -9.5, -9.4)}&lon={rf(c.rng, 147.1, 147.2)}")
    b.decoy("fixtures near a coordinate with kick-off times")
    b.ok_json({"fikscha": [{"geim": "Hunters v Jets", "kikof": iso(c), "graun": "Santos Stadium"}]})
    return b.build()
