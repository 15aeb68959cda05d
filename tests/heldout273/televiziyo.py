"""The living-room smart TV (an Android-TV-based set, Kigali): the maker's ACR
service fingerprints the screen and posts what is on (content, channel, offset,
timestamps); its bundled streaming app counts installs with Adjust (form bodies
to app.adjust.com with `gps_adid` / `android_uuid`) and a partner app with
AppsFlyer (JSON to launches.appsflyer.com with `advertiserId`). The home
launcher rails, remote key presses and app store listing are ordinary."""

from __future__ import annotations

import json

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, gz, js

from .phone import FB, iso, ms, rid

ACR = "https://acr.hisa-tv.example"
TVUA = "Dalvik/2.1.0 (Linux; U; Android 11; HS-55A7 Build/RTT2.220118.001)"
CONTENT = [
    ("Amakuru ya RBA", "RBA TV"),
    ("APR vs Rayon Sports", "ST Sport Arena"),
    ("Inzozi z'Umuryango", "TV10"),
    ("Mapenzi ya Kweli", "ST Swahili"),
    ("Urunana", "Radio Rwanda TV"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tv-acr", method, url)
    b.header("user-agent", TVUA)
    return b


def acr_report(c: Context) -> Flow:
    title, ch = c.rng.choice(CONTENT)
    b = _b(c, "POST", f"{ACR}/v2/acr/matches")
    b.view("json matches[] content/channel/offset/ts (ACR)")
    b.json(
        {
            "tv": {
                "serial": b.id("tv_serial", where="json tv.serial"),
                "ifa": b.id("tv_ifa", where="json tv.ifa"),
            },
            "matches": [
                {
                    "content": title,
                    "channel": ch,
                    "offset_ms": c.rng.randint(0, 3_000_000),
                    "ts": ms(c) - i * 30000,
                }
                for i in range(3)
            ],
        }
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    title, ch = c.rng.choice(CONTENT)
    b = _b(c, "POST", f"{ACR}/v2/acr/fp")
    b.header("x-tv", b.id("tv_mac", "nosep_upper", "header x-tv (MAC without colons)"))
    b.view("gzip body of base64 json (content matches) under z", detectable=False)
    inner = gz(js({"c": title, "h": ch, "o": c.rng.randint(0, 3_000_000), "t": ms(c)}).encode())
    b.json({"z": b64(inner), "n": 1})
    b.no_content()
    return b.build()


def tv_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{ACR}/v2/status?mac={c.phone.tv_mac}&fw=RTT2.220118")
    b.id("tv_mac", where="query mac")
    b.ok_json({"acr_enabled": True, "interval_s": 30})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", TVUA)
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", "9x4kqv2m7n1c"),
            ("gps_adid", b.id("tv_ifa", where="form gps_adid")),
            ("android_uuid", b.id("adjust_adid", where="form android_uuid")),
            ("created_at", iso(c)),
            ("environment", "production"),
            ("device_type", "tv"),
            ("os_name", "android"),
            ("session_count", str(c.rng.randint(2, 90))),
        ]
    )
    b.ok_json({"adid": c.phone.adjust_adid, "timestamp": iso(c)})
    b.other_id("adjust_adid", "response json adid", direction="response")
    return b.build()


def adjust_event(c: Context) -> Flow:
    title, _ch = c.rng.choice(CONTENT)
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event")
    b.header("user-agent", TVUA)
    b.view("form callback_params (watched title and seconds)")
    b.form(
        [
            ("app_token", "9x4kqv2m7n1c"),
            ("event_token", "w8r2ta"),
            ("gps_adid", b.id("tv_ifa", where="form gps_adid")),
            (
                "callback_params",
                json.dumps({"filime": title, "yarebye_sec": str(c.rng.randint(60, 3600))}),
            ),
            ("created_at", iso(c)),
        ]
    )
    b.ok_json({"event_token": "w8r2ta"})
    return b.build()


def appsflyer_tv(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.12/androidevent?app_id=rw.hisa.kids&buildnumber=6.12.2",
    )
    b.header("user-agent", TVUA)
    b.json(
        {
            "advertiserId": b.id("tv_ifa", where="json advertiserId"),
            "uid": b.id("af_uid_tv", where="json uid"),
            "af_timestamp": str(ms(c)),
            "device": "HS-55A7",
            "eventName": "af_launch",
            "isFirstCall": "false",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", "https://launcher.hisa-tv.example/v1/rails?country=RW&lang=rw")
    b.decoy("recommended rails (content ids, posters)")
    b.ok_json(
        {
            "rails": [
                {
                    "title": t,
                    "poster": f"https://launcher.hisa-tv.example/p/{new_hex(c.rng, 8)}.jpg",
                }
                for t, _ in CONTENT[:3]
            ]
        }
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", "https://launcher.hisa-tv.example/v1/telemetry/ui")
    b.decoy("UI key-press telemetry with a trace id")
    b.json({"key": c.rng.choice(["OK", "BACK", "HOME", "VOL_UP"]), "trace": rid(c.rng), "t": ms(c)})
    b.no_content()
    return b.build()


def app_store(c: Context) -> Flow:
    b = _b(c, "GET", "https://store.hisa-tv.example/v1/apps?cat=video")
    b.ok_json(
        {
            "apps": [
                {"pkg": "bi.rebaplus.tv", "version": "6.12.0"},
                {"pkg": "rw.hisa.kids", "version": "2.0.3"},
            ]
        }
    )
    return b.build()
