"""Smigħ: a Maltese podcast and radio-catch-up app on the mother's iPhone 13 in
Victoria, Gozo.

Branch opens (`POST https://api2.branch.io/v1/install` / `v1/open`) carry the
iOS SDK's fields: `hardware_id` and `ios_vendor_id` (the IDFV),
`is_hardware_id_real`, `randomized_device_token`, `advertising_ids.idfa` when
tracking is allowed (https://help.branch.io/developers-hub/docs/ios-basic-integration).
Braze (`POST https://sdk.fra-02.braze.eu/api/v3/data/`) gets the SDK's
`device_id`, a `device` object with `ios_idfv` / `ios_idfa`, and custom events
(`name` "ce", `data.n` event name, `data.p` properties). The app's backend
stores listening progress (`smigħ`, `episodju`, `pożizzjoni_s`) and answers
with the listening history. The RSS feed, audio byte ranges, search and the
charts (aggregate plays) are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, ios_ua, iso, ms, rid

API = "https://api.smigh.example"
AUDIO = "https://audio.smigh.example"
UA = ios_ua("Smigh", "2.14.0", "2140")
BRAZE = "https://sdk.fra-02.braze.eu/api/v3/data/"
BRAZE_KEY = "b7e1c2a4-5f60-4b8e-9d21-7c3a0e5f9b14"
PODCASTS = [
    ("pd11", "Il-Lejl Malti", "Ep. 42: Il-Festi tal-Irħula"),
    ("pd12", "Storja Għawdxija", "Ep. 17: Iċ-Ċittadella"),
    ("pd15", "Kafè u Kelma", "Ep. 88: Il-Lingwa Maltija llum"),
    ("pd19", "Ħsibijiet", "Ep. 9: Il-Familja"),
    ("pd21", "Sport Mill-Gżira", "Ep. 63: Il-Kampjonat ta' Għawdex"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "smigh", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _ep(c: Context) -> tuple[str, str, str, int]:
    pid, show, ep = c.rng.choice(PODCASTS)
    return pid, show, ep, c.rng.randint(1200, 4200)


def branch_open(c: Context, install: bool = False) -> Flow:
    path = "install" if install else "open"
    b = FB(c, "branch", "POST", f"https://api2.branch.io/v1/{path}")
    b.header("user-agent", UA)
    body = {
        "hardware_id": b.id("idfv_omm", where="json hardware_id"),
        "is_hardware_id_real": True,
        "ios_vendor_id": b.id("idfv_omm", where="json ios_vendor_id"),
        "brand": "Apple",
        "model": "iPhone14,5",
        "os": "iOS",
        "os_version": "17.5.1",
        "screen_width": 1170,
        "screen_height": 2532,
        "locale": "mt_MT",
        "country": "MT",
        "ios_bundle_id": "mt.smigh.app",
        "app_version": "2.14.0",
        "sdk": "ios3.4.1",
        "branch_key": "key_live_" + new_hex(c.rng, 32),
        "randomized_device_token": b.id("smigh_branch_token", where="json randomized_device_token"),
        "first_install_time": ms(c) - 86400000 * 30,
        "latest_install_time": ms(c) - 86400000 * 30,
        "update": 0,
        "debug": False,
    }
    if c.rng.random() < 0.6:
        body["advertising_ids"] = {"idfa": b.id("idfa_omm", where="json advertising_ids.idfa")}
        body["ad_tracking_enabled"] = True
    else:
        body["ad_tracking_enabled"] = False
    b.json(body)
    b.ok_json(
        {
            "randomized_device_token": c.phone.smigh_branch_token,
            "randomized_bundle_token": str(c.rng.randint(10**18, 10**19)),
            "session_id": str(c.rng.randint(10**18, 10**19)),
            "data": '{"+clicked_branch_link":false,"+is_first_session":false}',
        }
    )
    b.id("smigh_branch_token", where="response json randomized_device_token", direction="response")
    return b.build()


def _braze(c: Context, events: list[dict], with_device: bool) -> FB:
    b = FB(c, "braze", "POST", BRAZE)
    b.header("user-agent", UA)
    b.header("x-braze-api-key", BRAZE_KEY)
    b.header("x-braze-datarequest", "true")
    body: dict = {
        "api_key": BRAZE_KEY,
        "time": int(c.now),
        "sdk_version": "9.2.0",
        "app_version": "2.14.0",
        "device_id": b.id("smigh_braze_id", where="json device_id"),
        "events": events,
        "respond_with": {"config": {"config_time": int(c.now) - 3600}},
    }
    if with_device:
        device = {
            "model": "iPhone14,5",
            "os_version": "17.5.1",
            "carrier": "epic",
            "locale": "mt_MT",
            "time_zone": "Europe/Malta",
            "ios_idfv": b.id("idfv_omm", where="json device.ios_idfv"),
        }
        if c.rng.random() < 0.6:
            device["ios_idfa"] = b.id("idfa_omm", where="json device.ios_idfa")
            device["ad_tracking_enabled"] = True
        body["device"] = device
    b.json(body)
    b.ok_json({"config": {"time": int(c.now), "events_blacklist": []}})
    return b


def braze_played(c: Context) -> Flow:
    _, show, ep, dur = _ep(c)
    b = _braze(
        c,
        [
            {
                "name": "ce",
                "data": {
                    "n": "episodju_mismugħ",
                    "p": {
                        "podcast": show,
                        "episodju": ep,
                        "pożizzjoni_s": c.rng.randint(60, dur),
                        "tul_s": dur,
                    },
                },
                "time": int(c.now),
                "session_id": rid(c.rng),
            }
        ],
        with_device=c.rng.random() < 0.4,
    )
    b.view("json events[].data.n=episodju_mismugħ + p.podcast/episodju (Braze)")
    return b.build()


def braze_session(c: Context) -> Flow:
    b = _braze(
        c,
        [{"name": "ss", "data": {}, "time": int(c.now), "session_id": rid(c.rng)}],
        with_device=True,
    )
    return b.build()


def progress(c: Context) -> Flow:
    pid, show, ep, dur = _ep(c)
    b = _b(c, "PUT", f"{API}/v1/smigħ/{pid}/progress".replace("ħ", "%C4%A7"))
    b.view("json episodju + pożizzjoni_s + ħin (listening progress)")
    b.json(
        {
            "podcast": show,
            "episodju": ep,
            "pożizzjoni_s": c.rng.randint(30, dur),
            "tul_s": dur,
            "veloċità": c.rng.choice([1.0, 1.0, 1.25, 1.5]),
            "ħin": iso(c),
        }
    )
    b.no_content()
    return b.build()


def storja(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/utent/storja?limitu=20")
    b.view("response json mismugħ[] (listening history)", direction="response")
    b.ok_json(
        {
            "mismugħ": [
                {"podcast": show, "episodju": ep, "lest": c.rng.random() < 0.5, "data": iso(c)}
                for _, show, ep, _ in (_ep(c) for _ in range(5))
            ]
        }
    )
    return b.build()


def opaque_sync(c: Context) -> Flow:
    """Offline plays synced as a form: 'e' episode codes, 'p' positions, 'k' the install."""
    b = FB(c, "smigh", "POST", f"{API}/s")
    b.header("user-agent", UA)
    n = c.rng.randint(1, 4)
    b.view("form e/p positional lists", detectable=False)
    b.form(
        [
            ("k", b.id("smigh_install", where="form k", detectable=False)),
            ("e", ",".join(c.rng.choice(PODCASTS)[0] for _ in range(n))),
            ("p", ",".join(str(c.rng.randint(30, 4000)) for _ in range(n))),
            ("t", str(ms(c))),
        ]
    )
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/apparat")
    b.json(
        {
            "installazzjoni": b.id("smigh_install", where="json installazzjoni"),
            "idfv": b.id("idfv_omm", where="json idfv"),
            "apns": new_hex(c.rng, 64),
            "lingwa": "mt",
        }
    )
    b.ok_json({"utent": b.acct("smigh_user")})
    return b.build()


def rss(c: Context) -> Flow:
    pid, show, ep = c.rng.choice(PODCASTS)
    b = FB(c, "smigh", "GET", f"https://feeds.smigh.example/{pid}.xml")
    b.header("user-agent", UA)
    b.decoy("podcast RSS feed (episode durations, pubDate)")
    items = "".join(
        f"<item><title>{ep}</title><pubDate>Mon, 0{i + 1} Jul 2024 06:00:00 GMT</pubDate>"
        f"<itunes:duration>{c.rng.randint(1200, 4200)}</itunes:duration>"
        f'<enclosure url="{AUDIO}/{pid}/{i}.mp3" type="audio/mpeg"/></item>'
        for i in range(3)
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>'
        f"<title>{show}</title><language>mt</language>{items}</channel></rss>"
    )
    b.respond(200, "application/rss+xml; charset=utf-8", xml.encode())
    return b.build()


def audio_range(c: Context) -> Flow:
    pid = c.rng.choice(PODCASTS)[0]
    b = FB(c, "smigh", "GET", f"{AUDIO}/{pid}/{c.rng.randint(0, 2)}.mp3")
    b.header("user-agent", "AppleCoreMedia/1.0.0.21F90 (iPhone; U; CPU OS 17_5_1 like Mac OS X)")
    start = c.rng.randint(0, 40) * 262144
    b.header("range", f"bytes={start}-{start + 262143}")
    b.respond(206, "audio/mpeg", b"ID3\x04\x00" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def fittex(c: Context) -> Flow:
    q = c.rng.choice(["ghawdex", "festi", "storja", "kcina"])
    b = _b(c, "GET", f"{API}/v1/fittex?q={q}")
    b.decoy("search results (content fetch)")
    b.ok_json({"riżultati": [{"id": p, "isem": s} for p, s, _ in PODCASTS[:3]]})
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/charts/malta?perjodu=gimgha")
    b.decoy("aggregate plays per podcast (charts)")
    b.ok_json(
        {
            "charts": [
                {"id": p, "isem": s, "smigħat": c.rng.randint(100, 20000)} for p, s, _ in PODCASTS
            ]
        }
    )
    return b.build()
