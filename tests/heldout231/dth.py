"""GharGhar DTH: a satellite TV set-top box in the Pune living room (a
fictional operator; the box has Wi-Fi for catch-up and its return path).

At boot the box logs in with its serial, chip id, smart-card (viewing card)
number and Wi-Fi MAC. It uploads channel-zap logs over the return path:
service id, channel number and dwell seconds per tune (audience measurement
of the kind operators run). A newer middleware uploads the same log as gzip
CSV without a header row, keyed by a SHA-1 of the serial. The EPG, the
package / channel price list, the recharge balance and the OTA check (which
sends the serial) are ordinary operations.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf

API = "https://stb.gharghardth.example"
RP = "https://rp.gharghardth.example"
UA = "GGSTB/2.4.11 (HD-SMART; Linux 4.9; Android TV 9)"
SEVA = [
    (1101, 511, "Zee Marathi"),
    (1102, 512, "Star Pravah"),
    (1105, 515, "Colors Marathi"),
    (1120, 530, "ABP Majha"),
    (1121, 531, "TV9 Marathi"),
    (1140, 545, "Sangeet Marathi"),
    (1150, 560, "DD Sahyadri"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "gharghar-dth", method, url)
    b.header("user-agent", UA)
    return b


def login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mw/v1/stb/login")
    b.json(
        {
            "stbSerial": b.id("stb_serial", where="json stbSerial"),
            "chipId": b.id("stb_chip_id", where="json chipId"),
            "smartCardNo": b.id("smartcard_no", where="json smartCardNo"),
            "wifiMac": b.id("stb_mac", where="json wifiMac"),
            "fw": "GG-2.4.11",
            "subscriberId": b.acct("stb_subscriber"),
        }
    )
    b.ok_json({"session": f"ss-{ms(c)}", "region": "MH-PUNE", "lang": "mr"})
    return b.build()


def zap_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{RP}/rpd/v2/zaplog")
    b.header("x-stb-serial", b.id("stb_serial", where="header x-stb-serial"))
    b.view("json tunes[] serviceId/channelNo/dwellSec (channel viewing log)")
    tunes = []
    for _ in range(c.rng.randint(2, 6)):
        sid, lcn, name = c.rng.choice(SEVA)
        tunes.append(
            {
                "serviceId": sid,
                "channelNo": lcn,
                "channelName": name,
                "tuneAt": iso(c),
                "dwellSec": c.rng.randint(5, 3600),
            }
        )
    b.json({"tunes": tunes, "smartCardNo": b.id("smartcard_no", where="json smartCardNo")})
    b.ok_json({"ack": True})
    return b.build()


def zap_csv_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{RP}/u/3")
    key = b.id("stb_serial", "sha1", "query k", detectable=False)
    b.param("k", key)
    b.view("gzip CSV rows without header", detectable=False)
    rows = "\n".join(
        f"{c.rng.choice(SEVA)[0]},{ms(c) // 1000},{c.rng.randint(5, 3600)}"
        for _ in range(c.rng.randint(3, 8))
    )
    b.set_body(rows.encode(), "text/csv", "gzip")
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    sid, lcn, name = c.rng.choice(SEVA)
    b = _b(c, "GET", f"{API}/epg/v1/service/{sid}?date={iso(c)[:10]}")
    b.decoy("EPG programme start times and durations (content)")
    b.ok_json(
        {
            "channel": name,
            "lcn": lcn,
            "events": [
                {"title": t, "start": iso(c), "durationMin": c.rng.choice([30, 60])}
                for t in ("Batmya", "Paaru", "Tharla Tar Mag", "Chala Hawa Yeu Dya")
            ],
        }
    )
    return b.build()


def packages(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/mw/v1/packs?region=MH")
    b.ok_json(
        {
            "packs": [
                {"naav": "Marathi Maza Pack", "kimmat": 289, "channels": [s[1] for s in SEVA]},
                {"naav": "Hindi Family", "kimmat": 349, "channels": list(range(100, 130))},
            ]
        }
    )
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/mw/v1/account/balance")
    b.ok_json({"balance": rf(c.rng, 10, 900, 2), "nextDue": iso(c)[:10], "currency": "INR"})
    return b.build()


def ota_check(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/ota/v1/check")
    b.param("model", "HD-SMART")
    b.param("serial", b.id("stb_serial", where="query serial"))
    b.param("fw", "GG-2.4.11")
    b.ok_json({"update": False})
    return b.build()


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mw/v1/hb")
    b.json({"uptime": c.rng.randint(100, 900000), "signalQuality": c.rng.randint(50, 99)})
    b.no_content()
    return b.build()
