"""The smart TV in the Vientiane living room (a fictional Champa brand) with
automatic content recognition (ACR).

The TV fingerprints what is on screen and reports matches (content id,
channel / input, start, seconds watched), the viewing information the FTC
described for smart-TV ACR (FTC v. VIZIO, 2017). The TV is identified by an ACR
id, its serial and its Wi-Fi MAC. The ACR module's batch upload is protobuf
with a SHA-256 of the serial and nameless rows. Home rails, the app store and
"popular in Laos" audience shares are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rf, rid

API = "https://api.champa-tv.example"
ACR = "https://acr.champa-tv.example"
UA = "ChampaTV/5.1 (Linux; Android TV 12; CP-50Q7)"
INPUTS = ["TUNER", "HDMI1", "HDMI2", "APP:nettv", "APP:youtube"]
PROGRAMMES = [
    "ຂ່າວພາກຄ່ຳ LNTV",
    "ມວຍລາວ ສົດ",
    "ลูกทุ่งไอดอล",
    "ລະຄອນ ສາວບ້ານນາ",
    "AFF Cup: Laos - Thailand",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "champa-tv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/activate")
    b.json(
        {
            "acrId": b.id("tv_acr_id", where="json acrId"),
            "serialNo": b.id("tv_serial", where="json serialNo"),
            "wlanMac": b.id("tv_mac", where="json wlanMac"),
            "model": "CP-50Q7",
            "country": "LA",
            "viewingInfo": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acr": ACR})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/viewing")
    b.header("x-acr-id", b.id("tv_acr_id", where="header x-acr-id"))
    b.view("json segments[] (ACR matches)")
    b.json(
        {
            "segments": [
                {
                    "contentId": f"cp{c.rng.randint(10**6, 10**7)}",
                    "title": c.rng.choice(PROGRAMMES),
                    "input": c.rng.choice(INPUTS),
                    "startedAt": iso(c),
                    "durationSec": c.rng.randint(60, 3600),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = FB(c, "champa-tv", "POST", f"{ACR}/b")
    b.header("user-agent", "cp-acr/1.3")
    k = b.id("tv_serial", "sha256", "protobuf field 1 (sha256 of serial)", detectable=False)
    b.view("protobuf field 2 rows", detectable=False)
    rows = b"".join(
        pb_msg(
            2,
            [
                pb_varint(1, c.rng.randint(10**6, 10**7)),
                pb_varint(2, c.rng.randint(0, 4)),
                pb_varint(3, ms(c) // 1000),
                pb_varint(4, c.rng.randint(60, 3600)),
            ],
        )
        for _ in range(c.rng.randint(1, 5))
    )
    b.set_body(pb_bytes(1, k) + rows, "application/x-protobuf")
    b.no_content()
    return b.build()


def recently_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home/continue?limit=5")
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.view("response json continueWatching[]", direction="response")
    b.ok_json(
        {
            "continueWatching": [
                {
                    "title": c.rng.choice(PROGRAMMES),
                    "input": c.rng.choice(INPUTS),
                    "lastWatched": iso(c),
                    "progressSec": c.rng.randint(60, 3000),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def network_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/device/network")
    mac = b.id("tv_mac", "lower", "response json mac", direction="response")
    b.ok_json({"type": "wifi", "mac": mac, "ssid": "LTC-FIBER-5G", "rssi": -c.rng.randint(40, 80)})
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home/rails?lang=lo")
    b.ok_json(
        {
            "rails": [
                {"title": "ແນະນຳ", "items": [f"app_{i}" for i in range(6)]},
                {"title": "ໜັງ", "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(6)]},
            ]
        }
    )
    return b.build()


def popular(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/popular?country=LA")
    b.decoy("aggregate audience shares (not one household's viewing)")
    b.ok_json({"popular": [{"title": t, "audienceShare": rf(c.rng, 1, 30, 1)} for t in PROGRAMMES]})
    return b.build()


def app_store(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/store/apps?page=1")
    b.ok_json(
        {
            "apps": [
                {"id": a, "rating": rf(c.rng, 3, 5, 1)}
                for a in ("youtube", "netflix", "nettv", "lakhonplus", "tiktok")
            ]
        }
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/remote/key")
    b.json({"key": c.rng.choice(["VOL_UP", "CH_DOWN", "OK", "HOME", "INPUT"]), "t": ms(c)})
    b.no_content()
    return b.build()
