"""Kinoteka: the tester's OWN video-streaming app (a Polish VOD service). Its
watch log, resume points and NPAW / Youbora playback beacons are his viewing
history; catalogue pages, posters and segments are not.

Sources: NPAW Youbora analytics open REST API ("Youbora Analytics - Player Plugin
Open REST API v2.1", and NicePeopleAtWork/NicePlayers youboralib: /data, /start,
/joinTime, /ping, /stop with code, system (accountCode), title, mediaDuration,
playhead, pingTime, bitrate, timemark; deviceUUID in youboralib v6 for iOS).
The app's own backend (resume points, watch log) is fictional.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, ms, new_hex, rf, rid, sdk_ua, ua

API = "https://api.kinoteka.pl"
YB = "https://a-fds.youborafds01.com"
TITLES = [
    ("Ślepnąc od świateł", 3120),
    ("Wataha S3E2", 2880),
    ("Rojst", 3300),
    ("Zátopek", 7860),
    ("Pan Tadeusz", 9240),
    ("Kuchnia z Magdą E7", 1500),
]


def _title(c: Context) -> tuple[str, int, str]:
    name, dur = c.rng.choice(TITLES)
    return name, dur, f"ktk{TITLES.index((name, dur)) * 7919 + 10000}"


def resume_point(c: Context) -> Flow:
    _, dur, cid = _title(c)
    b = FB(c, "kinoteka", "PUT", f"{API}/v1/me/resume/{cid}")
    b.header("user-agent", ua("Kinoteka", "5120"))
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    b.json(
        {
            "positionSec": c.rng.randint(30, dur - 30),
            "durationSec": dur,
            "updatedAt": iso(c),
            "profile": "Marek",
        }
    )
    b.view("PUT /v1/me/resume/{contentId}: positionSec of durationSec for the tester's profile")
    b.ok_json({"ok": True})
    return b.build()


def watch_log(c: Context) -> Flow:
    b = FB(c, "kinoteka", "POST", f"{API}/v1/events/watch")
    b.header("user-agent", ua("Kinoteka", "5120"))
    items = []
    for _ in range(c.rng.randint(1, 3)):
        name, dur, cid = _title(c)
        items.append(
            {
                "contentId": cid,
                "title": name,
                "watchedSec": c.rng.randint(60, dur),
                "completed": c.rng.random() < 0.3,
                "startedAt": iso(c),
            }
        )
    body: dict[str, object] = {"events": items, "app": "ios"}
    b.view("events[].contentId/title/watchedSec: the tester's watch log")
    if c.rng.random() < 0.4:
        body["deviceId"] = b.id("idfv_stream", where="json deviceId (IDFV)")
    b.json(body)
    b.ok_json({"accepted": len(items)})
    return b.build()


def youbora_start(c: Context) -> Flow:
    name, dur, cid = _title(c)
    b = FB(c, "youbora", "GET", f"{YB}/start")
    params = [
        ("code", "U_" + new_hex(c.rng, 12)),
        ("system", "kinotekapl"),
        ("title", name),
        ("contentId", cid),
        ("mediaDuration", str(dur)),
        ("playhead", str(c.rng.randint(0, dur // 2))),
        ("live", "false"),
        ("player", "AVPlayer"),
        ("pluginVersion", "6.7.40-avplayer-ios"),
        ("deviceUUID", c.phone.youbora_device),
        ("timemark", str(ms(c))),
    ]
    for k, v in params:
        b.param(k, v)
    b.header("user-agent", sdk_ua("Kinoteka", "5.1.2"))
    b.view("Youbora /start: title, contentId, mediaDuration, playhead")
    b.other_id("youbora_device", "query deviceUUID (Youbora's per-install device id)")
    b.respond(200, "text/plain", b"")
    return b.build()


def youbora_ping(c: Context) -> Flow:
    b = FB(c, "youbora", "GET", f"{YB}/ping")
    for k, v in [
        ("code", "U_" + new_hex(c.rng, 12)),
        ("system", "kinotekapl"),
        ("pingTime", "5"),
        ("playhead", str(rf(c.rng, 10, 6000, 3))),
        ("bitrate", str(c.rng.choice([1800000, 3500000, 6000000]))),
        ("throughput", str(c.rng.randint(8000000, 40000000))),
        ("timemark", str(ms(c))),
    ]:
        b.param(k, v)
    b.view("Youbora /ping heartbeat: playhead, pingTime, bitrate for a playing session")
    b.respond(200, "text/plain", b"")
    return b.build()


def opaque_qos(c: Context) -> Flow:
    b = FB(c, "kinoteka", "POST", f"{API}/v1/q")
    blob = bytes(c.rng.randrange(256) for _ in range(180))
    b.json({"v": 3, "k": new_hex(c.rng, 8), "p": b64(blob)})
    b.view(
        "/v1/q: AES-encrypted playback-session report (title and position inside, opaque)",
        detectable=False,
    )
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = FB(c, "kinoteka", "GET", f"{API}/v1/rails/home", [("profile", "Marek"), ("lang", "pl")])
    rails = [
        {
            "rail": r,
            "items": [
                {
                    "contentId": f"ktk{c.rng.randint(10000, 90000)}",
                    "title": n,
                    "poster": f"https://img.kinoteka.pl/p/{new_hex(c.rng, 16)}.jpg",
                    "durationSec": d,
                }
                for n, d in c.rng.sample(TITLES, 3)
            ],
        }
        for r in ("Nowości", "Polecane", "Seriale")
    ]
    b.ok_json({"rails": rails, "requestId": rid(c.rng)})
    b.decoy("home rails of titles with durations: a catalogue, not a watch log")
    return b.build()


def poster(c: Context) -> Flow:
    b = FB(
        c, "kinoteka", "GET", f"https://img.kinoteka.pl/p/{new_hex(c.rng, 16)}.jpg", [("w", "342")]
    )
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randrange(1 << 30), 500))
    b.decoy("poster thumbnail fetch")
    return b.build()


def license(c: Context) -> Flow:
    b = FB(c, "kinoteka", "POST", "https://drm.kinoteka.pl/fairplay/ckc")
    b.set_body(
        b"spc=" + b64(bytes(c.rng.randrange(256) for _ in range(240))).encode(),
        "application/x-www-form-urlencoded",
    )
    b.respond(200, "application/octet-stream", bytes(c.rng.randrange(256) for _ in range(120)))
    b.decoy("FairPlay license request (SPC blob)")
    return b.build()


VIEW = [
    resume_point,
    youbora_ping,
    watch_log,
    youbora_start,
    resume_point,
    opaque_qos,
    youbora_ping,
]
DECOYS = [catalogue, poster, license, catalogue, poster]
