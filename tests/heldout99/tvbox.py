"""The family's Android TV box: the maker's content recognition (ACR) reports
audio/video fingerprint matches of whatever is on screen, and its device
check-in carries the box's ids (Wi-Fi and Ethernet MACs, serial, ANDROID_ID)."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz

from .phone import FB, box_ua, ms, rid

ACR = "https://acr.boxvision-tv.com"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tvbox", method, url)
    b.header("user-agent", box_ua("BoxVisionACR", "2.2"))
    return b


def acr_match(c: Context) -> Flow:
    b = _b(c, "POST", ACR + "/v1/acr/matches")
    b.json(
        {
            "matches": [
                {
                    "contentId": f"shant:{c.rng.randint(1000, 9999)}",
                    "channel": c.rng.choice(["Shant", "Imedi", "Rustavi 2"]),
                    "offsetMs": c.rng.randint(0, 3_000_000),
                    "matchedAt": ms(c) - i * 10000,
                }
                for i in range(c.rng.randint(2, 6))
            ],
            "fingerprintType": "audio",
            "deviceSerial": b.id("box_serial", where="body.deviceSerial"),
        },
        encoding="gzip",
    )
    b.view("body.matches[] (ACR)")
    b.no_content()
    return b.build()


def viewing_session(c: Context) -> Flow:
    b = _b(c, "POST", ACR + "/v1/viewing/sessions")
    b.json(
        {
            "input": "HDMI1",
            "programTitle": "Imedis Kronika",
            "startTs": ms(c) - 1_800_000,
            "endTs": ms(c),
            "box": b.id("box_mac", how="nosep_upper", where="body.box (mac)", detectable=False),
        }
    )
    b.view("body viewing session programTitle/startTs/endTs")
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = _b(c, "POST", ACR + "/v1/x")
    b.set_body(gz(bytes(c.rng.randrange(256) for _ in range(300))), "application/octet-stream")
    b.view("binary fingerprints", detectable=False)
    b.no_content()
    return b.build()


def checkin(c: Context) -> Flow:
    b = _b(c, "POST", "https://device.boxvision-tv.com/v2/checkin")
    b.json(
        {
            "wifi_mac": b.id("box_mac", where="body.wifi_mac"),
            "eth_mac": b.id("box_eth", where="body.eth_mac"),
            "serial_no": b.id("box_serial", where="body.serial_no"),
            "android_id": b.id("box_aid", where="body.android_id"),
            "fw": "RTT2.211108.001",
        }
    )
    b.ok_json({"next": 3600})
    return b.build()


def ota(c: Context) -> Flow:
    b = _b(c, "GET", "https://ota.boxvision-tv.com/v2/check")
    b.param("sn", b.id("box_serial", where="query sn"))
    b.param("ver", "RTT2.211108.001")
    b.ok_json({"update": False})
    return b.build()


def opaque_ping(c: Context) -> Flow:
    b = _b(c, "GET", "https://device.boxvision-tv.com/p")
    b.param("t", b64(b.id_raw("box_eth", "xor_b64", where="query t (xor of eth mac)")[::-1]))
    b.no_content()
    return b.build()


def launcher_rows(c: Context) -> Flow:
    b = _b(c, "GET", "https://launcher.boxvision-tv.com/v1/rows")
    b.ok_json({"rows": [{"title": "Trending", "tiles": [rid(c.rng)[:8] for _ in range(6)]}]})
    b.decoy("launcher recommendation tiles")
    return b.build()
