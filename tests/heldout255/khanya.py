"""Khanya TV: a DStv-like satellite pay-TV service. The Khanya HD-7S decoder in
the Maseru living room (internet-connected over Ethernet for its return path)
and the Khanya Go companion app on the father's Galaxy A34.

The decoder's return path reports each channel tuned with how long it stayed
(`smartcard`, `channelName`, `tunedAt`, `durationSec`); the audience panel's
older collector sends nameless rows keyed by an MD5 of the smart card number.
Firmware checks carry the serial and the MAC, entitlement checks the smart
card. The companion app links the decoder by smart card and serial, shows
"recently watched on your decoder", resumes catch-up with a progress
heartbeat, books recordings and reads the TV guide. Recording bookings (a plan
to watch, not watching), the guide, the dish's pointing angles and the
channel line-up are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, dalvik, iso, iso_ago, ms, new_digits, new_hex, rf, rid, ua

API = "https://api.khanya-tv.example"
RP = "https://rp.khanya-tv.example"
UA = ua("KhanyaGo", "2.9.1", "ntate")
STB_UA = "KhanyaSTB/3.2.7 (HD-7S; Linux 4.9; OpenTV5)"
CHANNELS = [
    (101, "Khanya Mzansi Magic"),
    (144, "Lesotho TV"),
    (161, "Khanya Soapies"),
    (202, "SuperSport PSL"),
    (204, "SuperSport Football"),
    (341, "Trace Africa"),
    (342, "Famo TV"),
    (403, "eNCA"),
]
PROGRAMMES = [
    "The River",
    "Gomora",
    "Uzalo",
    "DStv Premiership: Pirates v Chiefs",
    "Famo Fridays",
    "News at 7",
]


def _app(c: Context, method: str, url: str) -> FB:
    b = FB(c, "khanya-go", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def _stb(c: Context, method: str, url: str) -> FB:
    b = FB(c, "khanya-stb", method, url, http_version="HTTP/1.1")
    b.header("user-agent", STB_UA)
    return b


# --- the companion app ------------------------------------------------------------


def register_app(c: Context) -> Flow:
    b = _app(c, "POST", f"{API}/v2/app/devices")
    b.json(
        {
            "installId": b.id("khanya_install", where="json installId"),
            "androidId": b.id("aid_khanya", where="json androidId"),
            "advertisingId": b.id("gaid_ntate", where="json advertisingId"),
            "customerNumber": b.acct("khanya_customer"),
            "platform": "android",
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def link_decoder(c: Context) -> Flow:
    b = _app(c, "POST", f"{API}/v2/decoders/link")
    b.json(
        {
            "smartcardNumber": b.id("dec_smartcard", where="json smartcardNumber"),
            "decoderSerial": b.id("dec_serial", where="json decoderSerial"),
            "customerNumber": b.acct("khanya_customer"),
        }
    )
    b.ok_json({"linked": True, "decoderModel": "HD-7S", "package": "Compact"})
    return b.build()


def recently_watched(c: Context) -> Flow:
    sc = c.phone.dec_smartcard
    b = _app(c, "GET", f"{API}/v2/decoders/{sc}/recently-watched")
    b.id("dec_smartcard", where="path /decoders/{smartcard}")
    b.view("response json items[] (recently watched on the decoder)", direction="response")
    b.ok_json(
        {
            "items": [
                {
                    "channelNumber": ch,
                    "channelName": name,
                    "title": c.rng.choice(PROGRAMMES),
                    "watchedAt": iso_ago(c, 600, 7 * 86400),
                    "minutesWatched": c.rng.randint(3, 120),
                }
                for ch, name in c.rng.sample(CHANNELS, 4)
            ]
        }
    )
    return b.build()


def catchup_progress(c: Context) -> Flow:
    title = c.rng.choice(PROGRAMMES)
    dur = c.rng.choice([1440, 1800, 3600, 6300])
    b = _app(c, "POST", f"{API}/v2/catchup/progress")
    b.view("json assetId / title / positionSec (catch-up progress)")
    b.json(
        {
            "assetId": "cu_" + new_hex(c.rng, 10),
            "title": title,
            "positionSec": c.rng.randint(30, dur),
            "durationSec": dur,
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def book_recording(c: Context) -> Flow:
    sc = c.phone.dec_smartcard
    ch, name = c.rng.choice(CHANNELS)
    b = _app(c, "POST", f"{API}/v2/decoders/{sc}/recordings")
    b.id("dec_smartcard", where="path /decoders/{smartcard}")
    b.decoy("remote recording booking for a future programme (not watched)")
    b.json(
        {
            "channelNumber": ch,
            "channelName": name,
            "eventId": new_digits(c.rng, 8),
            "title": c.rng.choice(PROGRAMMES),
            "startsAt": iso(c),
            "series": c.rng.random() < 0.5,
        }
    )
    b.ok_json({"queued": True})
    return b.build()


def tv_guide(c: Context) -> Flow:
    ch, name = c.rng.choice(CHANNELS)
    b = _app(c, "GET", f"{API}/v2/guide?channel={ch}&date=today")
    b.decoy("TV guide start times and durations")
    t0 = int(c.now) // 1800 * 1800
    b.ok_json(
        {
            "channel": name,
            "events": [
                {"title": t, "start": t0 + i * 3600, "duration": 3600}
                for i, t in enumerate(c.rng.sample(PROGRAMMES, 4))
            ],
        }
    )
    return b.build()


def lineup(c: Context) -> Flow:
    b = _app(c, "GET", f"{API}/v2/packages/compact/channels")
    b.decoy("channel line-up (catalogue)")
    b.ok_json({"channels": [{"number": n, "name": name} for n, name in CHANNELS]})
    return b.build()


def app_analytics_hashed(c: Context) -> Flow:
    """The app's own analytics: key `i` = SHA-256 of the advertising id, screen rows."""
    b = FB(c, "khanya-go", "POST", "https://t.khanya-tv.example/e")
    b.header("user-agent", dalvik("ntate"))
    i = b.id("gaid_ntate", "sha256", "json i", detectable=False)
    b.json({"i": i, "e": [["s", "home", ms(c)], ["s", "guide", ms(c) + 4000]], "v": 1})
    b.no_content()
    return b.build()


# --- the decoder --------------------------------------------------------------------


def firmware_check(c: Context) -> Flow:
    b = _stb(c, "GET", "https://fw.khanya-tv.example/ota/check")
    b.param("model", "HD-7S")
    b.param("serial", b.id("dec_serial", where="query serial"))
    b.param("mac", b.id("dec_mac", "nosep_upper", "query mac"))
    b.param("ver", "3.2.7")
    b.ok_json({"update": False, "latest": "3.2.7", "sha256": new_hex(c.rng, 64)})
    b.decoy("firmware image sha256")
    return b.build()


def return_path(c: Context) -> Flow:
    b = _stb(c, "POST", f"{RP}/v1/viewing")
    b.view("json events[] channelName / tunedAt / durationSec (channels tuned)")
    events = []
    for _ in range(c.rng.randint(1, 4)):
        ch, name = c.rng.choice(CHANNELS)
        events.append(
            {
                "channelNumber": ch,
                "channelName": name,
                "tunedAt": iso_ago(c, 60, 86400),
                "durationSec": c.rng.randint(20, 5400),
            }
        )
    b.json(
        {
            "smartcard": b.id("dec_smartcard", where="json smartcard"),
            "decoderSerial": b.id("dec_serial", where="json decoderSerial"),
            "events": events,
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def panel_rows(c: Context) -> Flow:
    """The audience panel's collector: `k` = MD5 of the smart card, rows [ch, start, s]."""
    b = _stb(c, "POST", "https://am.khanya-tv.example/c")
    k = b.id("dec_smartcard", "md5", "json k", detectable=False)
    b.view("json r[] nameless rows", detectable=False)
    rows = [
        [c.rng.choice(CHANNELS)[0], int(c.now) - c.rng.randint(0, 7200), c.rng.randint(20, 3600)]
        for _ in range(c.rng.randint(2, 5))
    ]
    b.json({"k": k, "r": rows, "z": 2})
    b.no_content()
    return b.build()


def entitlement(c: Context) -> Flow:
    b = _stb(c, "POST", "https://ca.khanya-tv.example/v1/entitlements")
    b.decoy("entitlement / package expiry dates")
    b.json({"smartcard": b.id("dec_smartcard", where="json smartcard"), "caVersion": "5.1"})
    b.ok_json({"package": "Compact", "expires": iso(c)[:10], "status": "ACTIVE"})
    return b.build()


def dish_diagnostics(c: Context) -> Flow:
    b = _stb(c, "POST", "https://diag.khanya-tv.example/v1/signal")
    b.decoy("dish azimuth / elevation / skew angles and signal quality")
    b.json(
        {
            "satellite": "IS-20 68.5E",
            "azimuth": rf(c.rng, 40, 50, 1),
            "elevation": rf(c.rng, 50, 56, 1),
            "skew": rf(c.rng, -20, -10, 1),
            "quality": c.rng.randint(60, 95),
            "strength": c.rng.randint(55, 90),
            "reportId": rid(c.rng),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def epg_download(c: Context) -> Flow:
    b = _stb(c, "GET", f"https://epg.khanya-tv.example/v3/schedule/{c.rng.randint(1, 7)}.json")
    b.decoy("EPG schedule file (content)")
    b.ok_json(
        {
            "events": [
                {"ch": ch, "title": c.rng.choice(PROGRAMMES), "start": iso(c), "dur": 1800}
                for ch, _ in CHANNELS
            ]
        }
    )
    return b.build()
