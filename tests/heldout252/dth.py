"""Akasha DTH: a hybrid Android set-top box (satellite plus broadband) in the
Bengaluru living room, and the operator's companion app on the father's phone.

The box logs in with its serial, Ethernet MAC and viewing-card number
(`vcNo`, printed on the smart card), and uploads return-path data: channel
tunes with logical channel number, channel (`vahini`), start and seconds
watched (`avadhi_sec`). The older audience-measurement agent writes plain-text
rows `lcn,epoch,seconds` under a header line holding an MD5 of the MAC. The
companion app registers its ANDROID_ID with the VC number and shows the
"recently watched channels" list. A health report sends the serial with
signal and temperature. The EPG, the channel list, the recharge packs with
their prices and validity and the software-update check are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso_ago, ms, rf, rid, ua

API = "https://api.akashadth.example"
RPD = "https://rpd.akashadth.example"
BOX_UA = "AkashaSTB/2.8.4 (Linux; Android TV 11; AKD-HB200)"
APP_UA = ua("MyAkasha", "8.1.0", "appa")
CHANNELS = [
    (1501, "Colors Kannada HD"),
    (1502, "Zee Kannada HD"),
    (1503, "Star Suvarna HD"),
    (1504, "Udaya TV"),
    (1507, "TV9 Kannada"),
    (1509, "Public TV"),
    (1512, "DD Chandana"),
    (1521, "Colors Kannada Cinema"),
    (1530, "Star Sports 1 Kannada"),
]


def _box(c: Context, method: str, url: str) -> FB:
    b = FB(c, "akasha-stb", method, url, http_version="HTTP/1.1")
    b.header("user-agent", BOX_UA)
    return b


def _app(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "myakasha", method, url)
    b.header("user-agent", APP_UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 32))
    if device:
        b.header("x-device-id", b.id("aid_dth", where="header x-device-id"))
    return b


def box_login(c: Context) -> Flow:
    b = _box(c, "POST", f"{API}/stb/v2/login")
    b.json(
        {
            "stbSerial": b.id("stb_serial", where="json stbSerial"),
            "ethMac": b.id("stb_mac", where="json ethMac"),
            "vcNo": b.id("stb_vc", where="json vcNo"),
            "swVersion": "2.8.4",
            "hwModel": "AKD-HB200",
        }
    )
    b.ok_json(
        {"token": new_hex(c.rng, 40), "subscriber": b.acct("stb_subscriber"), "rpdInterval": 900}
    )
    return b.build()


def zap_log(c: Context) -> Flow:
    b = _box(c, "POST", f"{RPD}/v1/zap")
    b.view("json events[] lcn/vahini + avadhi_sec (channels tuned)")
    events = []
    for _ in range(c.rng.randint(2, 6)):
        lcn, name = c.rng.choice(CHANNELS)
        events.append(
            {
                "lcn": lcn,
                "vahini": name,
                "aarambha": iso_ago(c, 60, 5400),
                "avadhi_sec": c.rng.randint(8, 3600),
            }
        )
    b.json({"vcNo": b.id("stb_vc", where="json vcNo"), "events": events}, "gzip")
    b.no_content()
    return b.build()


def audience_rows(c: Context) -> Flow:
    b = _box(c, "POST", f"{RPD}/am/r")
    b.view("text rows lcn,epoch,seconds", detectable=False)
    head = "S|" + b.id("stb_mac", "md5", "text header line S|", detectable=False)
    rows = []
    for _ in range(c.rng.randint(2, 8)):
        lcn, start = c.rng.choice(CHANNELS)[0], int(c.now) - c.rng.randint(0, 3600)
        rows.append(f"{lcn},{start},{c.rng.randint(8, 3600)}")
    b.set_body(("\n".join([head, *rows]) + "\n").encode(), "text/plain; charset=us-ascii")
    b.respond(200, "text/plain", b"OK")
    return b.build()


def health(c: Context) -> Flow:
    b = _box(c, "POST", f"{API}/stb/v2/health")
    b.json(
        {
            "stbSerial": b.id("stb_serial", where="json stbSerial"),
            "signalQuality": c.rng.randint(55, 98),
            "signalStrength": c.rng.randint(60, 95),
            "cpuTempC": c.rng.randint(48, 72),
            "uptimeSec": c.rng.randint(3600, 900000),
        }
    )
    b.no_content()
    return b.build()


def app_register(c: Context) -> Flow:
    b = _app(c, "POST", f"{API}/app/v1/register")
    b.json(
        {
            "androidId": b.id("aid_dth", where="json androidId"),
            "vcNo": b.id("stb_vc", where="json vcNo"),
            "rmn": b.acct("appa_mobile"),
        }
    )
    b.ok_json({"linked": True})
    return b.build()


def recent_channels(c: Context) -> Flow:
    b = _app(c, "GET", f"{API}/app/v1/ittichina-vahinigalu", device=True)
    b.view("response json ittichina[] (recently watched channels)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        lcn, name = c.rng.choice(CHANNELS)
        rows.append(
            {
                "lcn": lcn,
                "vahini": name,
                "koneya_nodida": iso_ago(c, 600, 400000),
                "nimisha": c.rng.randint(2, 180),
            }
        )
    b.ok_json({"ittichina": rows})
    return b.build()


def epg(c: Context) -> Flow:
    lcn, name = c.rng.choice(CHANNELS)
    b = _box(c, "GET", f"{API}/epg/v1/{lcn}?dina=2025-01-14")
    b.decoy("EPG programme start times and durations")
    b.ok_json(
        {
            "vahini": name,
            "karyakramagalu": [
                {
                    "sheershike": t,
                    "aarambha": f"2025-01-14T{h:02d}:00:00+05:30",
                    "avadhi_nimisha": 30,
                }
                for t, h in (("Vaarthegalu", 19), ("Puttakkana Makkalu", 20), ("Bhagyalakshmi", 21))
            ],
        }
    )
    return b.build()


def channel_list(c: Context) -> Flow:
    b = _box(c, "GET", f"{API}/stb/v2/channels?region=KA")
    b.ok_json({"channels": [{"lcn": n, "name": m, "hd": "HD" in m} for n, m in CHANNELS]})
    return b.build()


def recharge_packs(c: Context) -> Flow:
    b = _app(c, "GET", f"{API}/app/v1/packs?region=KA")
    b.decoy("pack prices and validity (duration)")
    b.ok_json(
        {
            "packs": [
                {"hesaru": "Kannada Hindi Smart", "bele": 349, "validity_days": 30},
                {"hesaru": "Kannada Sports Plus", "bele": 469, "validity_days": 30},
                {"hesaru": "Varshika Kannada", "bele": 3999, "validity_days": 365},
            ]
        }
    )
    return b.build()


def recharge(c: Context) -> Flow:
    b = _app(c, "POST", f"{API}/app/v1/recharge")
    b.decoy("order and UPI reference numbers")
    b.json(
        {"subscriber": b.acct("stb_subscriber"), "motta": 349, "vidhana": "UPI", "ref": rid(c.rng)}
    )
    b.ok_json({"order": "AKR" + str(c.rng.randint(10**9, 10**10)), "sthiti": "SUCCESS"})
    return b.build()


def sw_update(c: Context) -> Flow:
    b = _box(c, "GET", f"{API}/stb/v2/ota?model=AKD-HB200&ver=2.8.4")
    b.ok_json({"update": False, "latest": "2.8.4", "checked": ms(c), "load": rf(c.rng, 0, 1)})
    return b.build()
