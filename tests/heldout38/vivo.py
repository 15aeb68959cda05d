"""The pre-installed vivo system apps (update service, e-warranty activation,
cloud / find-my-phone, usage statistics). Privileged system apps may read
READ_PRIVILEGED_PHONE_STATE, so they send both IMEIs, the serial and the
factory Wi-Fi / Bluetooth MACs, next to vivo's MSA OpenIDs (OAID, VAID).

Sources: Android docs on READ_PRIVILEGED_PHONE_STATE and device-identifier
restrictions (developer.android.com/about/versions/10/privacy/changes#non-resettable-device-ids);
the MSA (Mobile Security Alliance) OpenID SDK (OAID / VAID / AAID) that vivo
ships; published analyses of OEM system-app traffic (Liu et al., "Android
OEM pre-installed apps", IEEE S&P 2020 "An Analysis of Pre-installed Android
Software"). Endpoints and key names of vivo's own backends are not public:
the paths and keys here are this set's own, in the style of such backends.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, js, pb_bytes, pb_msg, pb_varint

from .phone import FB, dalvik, ms, rid

SYSVER = "PD2250F_EX_A_14.1.12.5.W30"


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url, http_version="HTTP/1.1")
    b.header("user-agent", dalvik())
    return b


def ota_check(c: Context) -> Flow:
    b = _b(c, "vivo-ota", "POST", "https://in-sysupdate.vivoglobal.com/v3/ota/check")
    b.form(
        [
            ("model", "V2250"),
            ("sysver", SYSVER),
            ("imei", b.id("imei", where="form.imei")),
            ("sn", b.id("serial", where="form.sn")),
            ("elapsedtime", str(c.rng.randint(10**5, 10**8))),
            ("country", "IN"),
            ("nt", "WIFI"),
        ]
    )
    b.ok_json({"code": 0, "data": {"hasNew": False, "checkInterval": 86400}})
    return b.build()


def warranty_activate(c: Context) -> Flow:
    b = _b(c, "vivo-warranty", "POST", "https://in-ewarranty.vivoglobal.com/api/device/activate")
    b.json(
        {
            "imei1": b.id("imei", where="body.imei1"),
            "imei2": b.id("imei2", where="body.imei2"),
            "wifiMac": b.id("wifi_mac", where="body.wifiMac"),
            "btMac": b.id("bt_mac", where="body.btMac"),
            "model": "V2250",
            "activeTime": ms(c),
            "region": "IN-TN",
        }
    )
    b.ok_json({"code": 200, "warrantyEnd": "2026-03-14"})
    return b.build()


def cloud_locate(c: Context) -> Flow:
    b = _b(c, "vivo-cloud", "POST", "https://in-findphone.vivoglobal.com/fp/report")
    b.header("x-device-sn", b.id("serial", where="header x-device-sn"))
    b.json(
        {
            "vaid": b.id("vivo_vaid", where="body.vaid"),
            "oaid": b.id("vivo_oaid", where="body.oaid"),
            "loc": {"lat": 13.0827, "lng": 80.2707, "acc": 18},
            "battery": c.rng.randint(15, 99),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def stats_protobuf(c: Context) -> Flow:
    """Usage statistics as schema-less protobuf: the IMEI sits in field 3 with no name."""
    b = _b(c, "vivo-stats", "POST", "https://in-stdata.vivoglobal.com/report/pb")
    imei = b.id("imei", "protobuf", where="protobuf 1.3", detectable=False)
    msg = pb_msg(
        1,
        [
            pb_varint(1, 34),
            pb_bytes(2, "V2250"),
            pb_bytes(3, imei),
            pb_varint(4, ms(c)),
            pb_bytes(5, "com.vivo.launcher"),
        ],
    )
    b.set_body(msg, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", b"\x08\x00")
    return b.build()


def _cipher(text: str, seed: str) -> bytes:
    stream = hashlib.shake_256(seed.encode()).digest(len(text))
    return bytes(x ^ y for x, y in zip(text.encode(), stream, strict=True))


def stats_encrypted(c: Context) -> Flow:
    """An AES-looking envelope: the IMEI and the serial are inside, unreadable."""
    b = _b(c, "vivo-stats", "POST", "https://in-stdata.vivoglobal.com/report/v2")
    imei = b.id_raw("imei", "aes_envelope", where="body.d (encrypted)")
    sn = b.id_raw("serial", "aes_envelope", where="body.d (encrypted)")
    inner = js({"i": imei, "s": sn, "t": ms(c), "ev": "screen_on"})
    b.json({"v": 3, "k": "rsa2048:7", "d": b64(_cipher(inner, rid(c.rng)))})
    b.ok_json({"code": 0})
    return b.build()


def theme_store(c: Context) -> Flow:
    """A benign store page: only model and locale."""
    b = _b(c, "vivo-theme", "GET", "https://in-theme.vivoglobal.com/api/list")
    b.params += [
        ("model", "V2250"),
        ("locale", "ta_IN"),
        ("page", str(c.rng.randint(1, 6))),
        ("reqid", rid(c.rng)),
    ]
    b.ok_json({"items": [{"id": c.rng.randint(10000, 99999), "name": "Kolam"}]})
    b.decoy("request id")
    return b.build()
