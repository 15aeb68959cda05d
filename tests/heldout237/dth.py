"""The DTH set-top box in the Ludhiana living room (a fictional operator,
PindDish DTH, with a hybrid box that has a broadband return path).

The box reports channel changes with the seconds spent on the channel before
(`channel_badlia`, `pichhla_channel`, `tikia_sec`) and identifies itself with
its chip serial (`stbSerial`) and Ethernet MAC. The operator's audience panel
module sends compact rows (channel number, start, seconds) keyed by a SHA-1 of
the chip serial. The EPG, the channel line-up and the recharge balance (keyed
by the subscriber id, an account) are content or account data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf

API = "https://stb.pinddish.example"
UA = "PindDishSTB/HD-9 (Linux; STB; fw 3.12.4)"
CHANNELS = [
    (101, "PTC Punjabi"),
    (104, "Zee Punjabi"),
    (107, "DD Punjabi"),
    (110, "PTC Simran"),
    (115, "Chardikla Time TV"),
    (120, "Star Sports 1 Hindi"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "pinddish-stb", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def boot(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/stb/boot")
    b.json(
        {
            "stbSerial": b.id("stb_serial", where="json stbSerial"),
            "ethMac": b.id("stb_mac", where="json ethMac"),
            "subscriberId": b.acct("dth_subscriber"),
            "firmware": "3.12.4",
            "signalQuality": c.rng.randint(60, 95),
        }
    )
    b.ok_json({"entitlements": "ok", "epgVersion": c.rng.randint(100, 999)})
    return b.build()


def channel_badlia(c: Context) -> Flow:
    (num, naam), (num2, naam2) = c.rng.sample(CHANNELS, 2)
    b = _b(c, "POST", f"{API}/api/v1/dekhan-log/channel-badlia")
    b.header("x-stb-serial", b.id("stb_serial", where="header x-stb-serial"))
    b.view("json pichhla_channel + tikia_sec (channel watched before a zap)")
    b.json(
        {
            "pichhla_channel": {"number": num, "naam": naam},
            "tikia_sec": c.rng.randint(10, 5400),
            "naya_channel": {"number": num2, "naam": naam2},
            "samaa": iso(c),
        }
    )
    b.no_content()
    return b.build()


def panel_rows(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ap/r")
    k = b.id("stb_serial", "sha1", "json s", detectable=False)
    b.view("json v[] rows (channel, start, seconds)", detectable=False)
    rows = [
        [c.rng.choice(CHANNELS)[0], ms(c) // 1000, c.rng.randint(30, 3600)]
        for _ in range(c.rng.randint(2, 6))
    ]
    b.json({"s": k, "v": rows})
    b.no_content()
    return b.build()


def heartbeat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/stb/alive")
    b.param("mac", b.id("stb_mac", "nosep_upper", "query mac"))
    b.param("uptime", str(c.rng.randint(100, 900000)))
    b.ok_json({"ok": True})
    return b.build()


def epg(c: Context) -> Flow:
    num, naam = c.rng.choice(CHANNELS)
    b = _b(c, "GET", f"{API}/api/v1/epg?channel={num}&din=aj")
    b.decoy("EPG programme times (content fetch)")
    b.ok_json(
        {
            "channel": naam,
            "programme": [
                {"sirlekh": t, "shuru": iso(c), "minat": c.rng.choice([30, 60, 90])}
                for t in ("Gurbani Kirtan", "Khabran", "Punjabi Film", "Kabaddi Cup")
            ],
        }
    )
    return b.build()


def lineup(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/channels?pack=punjabi-mega")
    b.decoy("channel line-up (catalogue)")
    b.ok_json({"channels": [{"number": n, "naam": x} for n, x in CHANNELS]})
    return b.build()


def recharge(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/account/{b_acct(c)}/bakaya")
    b.decoy("subscriber id and balance (account, not device)")
    b.ok_json({"bakaya": rf(c.rng, 10, 900, 2), "agli_mitti": iso(c)[:10], "pack": "Punjabi Mega"})
    return b.build()


def b_acct(c: Context) -> str:
    return str(c.phone.dth_subscriber)  # type: ignore[attr-defined]
