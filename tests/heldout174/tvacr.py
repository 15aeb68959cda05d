"""Nuru TV: the household's 43-inch smart TV (a local brand's Android-based
firmware) with automatic content recognition (ACR).

The TV matches what is on screen, from any input (the decoder on HDMI, free
-to-air, apps), and reports segments with channel, programme, start and
duration: a record of what the household watched (what smart-TV ACR data
holds, per the FTC's complaint in FTC v. VIZIO, 2017). Its firmware team
writes English keys; the newer ACR client sends compact protobuf with only
field numbers (fingerprint hash, time, seconds, and the ACR profile id).
The TV registers with its serial and Wi-Fi MAC and pings with a SHA-1 of
the MAC under `h`. The home-screen banners, an "everyone on Nuru is
watching" rail and the firmware check are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid

ACR = "https://acr.nurutv.example"
HUB = "https://hub.nurutv.example"
UA = "NuruTV/5.2 (Linux; Android 11; NT43K2) NuruLauncher/2.8"
CHANNELS = ["Citizen TV", "KTN Home", "NTV Kenya", "KBC Channel 1", "Inooro TV", "SuperSport PL"]
PROGRAMMES = [
    "Citizen Nipashe",
    "Maria",
    "Zora",
    "Papa Shirandula (rerun)",
    "Premier League: Arsenal v Chelsea",
    "Tahidi High",
]


def _tv(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _tv(c, "nurutv", "POST", f"{HUB}/v1/device/register")
    b.json(
        {
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "model": "NT43K2",
            "firmware": "NT43K2_V5.2.118",
            "country": "KE",
        }
    )
    b.ok_json({"registered": True, "token": rid(c.rng)})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _tv(c, "nurutv-acr", "POST", f"{ACR}/v2/viewing/segments")
    b.view("json segments[] (channel, programme, startTs, durationSec)")
    b.json(
        {
            "psid": b.id("tv_acr_psid", where="json psid (ACR profile id)"),
            "tvSerial": b.id("tv_serial", where="json tvSerial"),
            "segments": [
                {
                    "source": c.rng.choice(["HDMI1", "TUNER", "APP"]),
                    "channel": c.rng.choice(CHANNELS),
                    "programme": c.rng.choice(PROGRAMMES),
                    "startTs": ms(c) - c.rng.randint(60, 7200) * 1000,
                    "durationSec": c.rng.randint(60, 3600),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_protobuf(c: Context) -> Flow:
    b = _tv(c, "nurutv-acr", "POST", f"{ACR}/f/3")
    b.view("protobuf field 2 rows (fingerprint hash, time, seconds)", detectable=False)
    psid = b.id("tv_acr_psid", "protobuf", "protobuf field 1 (ACR profile id)", detectable=False)
    rows = b"".join(
        pb_msg(
            2,
            [
                pb_bytes(1, bytes(c.rng.getrandbits(8) for _ in range(16))),
                pb_varint(2, ms(c) // 1000 - c.rng.randint(0, 3600)),
                pb_varint(3, c.rng.randint(10, 1800)),
            ],
        )
        for _ in range(c.rng.randint(2, 6))
    )
    b.set_body(pb_bytes(1, psid) + rows, "application/octet-stream")
    b.no_content()
    return b.build()


def heartbeat(c: Context) -> Flow:
    b = _tv(c, "nurutv", "GET", f"{HUB}/hb")
    b.param("h", b.id("tv_mac", "sha1", "query h (SHA-1 of the Wi-Fi MAC)", detectable=False))
    b.param("v", "5.2.118")
    b.no_content()
    return b.build()


def home_banners(c: Context) -> Flow:
    b = _tv(c, "nurutv", "GET", f"{HUB}/v1/launcher/banners?region=KE")
    b.decoy("launcher banners and a trending rail with viewer totals over all Nuru TVs")
    b.ok_json(
        {
            "banners": [
                {"id": new_hex(c.rng, 8), "img": f"{HUB}/b/{new_hex(c.rng, 12)}.jpg"}
                for _ in range(3)
            ],
            "trending": [
                {"title": p, "viewers": c.rng.randint(10**3, 10**5)} for p in PROGRAMMES[:4]
            ],
        }
    )
    return b.build()


def banner_image(c: Context) -> Flow:
    b = _tv(c, "nurutv", "GET", f"{HUB}/b/{new_hex(c.rng, 12)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))
    return b.build()


def firmware_check(c: Context) -> Flow:
    b = _tv(c, "nurutv", "GET", f"{HUB}/v1/ota?model=NT43K2&fw=NT43K2_V5.2.118")
    b.decoy("firmware check with a build hash")
    b.ok_json(
        {
            "update": False,
            "latest": "NT43K2_V5.2.118",
            "sha256": new_hex(c.rng, 64),
            "checked": iso(c),
        }
    )
    return b.build()
