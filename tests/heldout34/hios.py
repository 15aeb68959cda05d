"""HiOS pre-installed apps (Transsion's system update, analytics and after-sales
service apps): read both IMEIs, the serial and the ANDROID_ID.

No public wire specs: hosts and key names are fictional, shaped after what
researchers reported of OEM pre-installed telemetry (Liu et al., "Android OS
privacy under the loupe", 2021; the 2020 Secure-D / Upstream report on
Tecno W2 pre-installed software): firmware-over-the-air checks carrying IMEI
and serial, a batched gzip'd analytics log with device ids, a warranty lookup
with the IMEI in the URL path, and an encrypted "dcs" report (opaque).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, dalvik, iso, ms, rid

FOTA = "https://fota.hiosupdate.net"
ATHENA = "https://athena-log.hiosupdate.net"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "hios", method, url)
    b.header("user-agent", dalvik())
    return b


def fota_check(c: Context) -> Flow:
    b = _b(c, "POST", FOTA + "/api/v2/check")
    b.json(
        {
            "imei": b.id("imei1", where="body.imei"),
            "sn": b.id("serial", where="body.sn"),
            "model": "CK6n",
            "cur_ver": "CK6n-H894ABC-T-GL-231018V612",
            "region": "KE",
        }
    )
    b.ok_json({"hasUpdate": False, "checkAfter": 86400})
    return b.build()


def athena_log(c: Context) -> Flow:
    b = _b(c, "POST", ATHENA + "/v1/collect/batch")
    evs = [
        {"eid": e, "pkg": p, "ts": ms(c)}
        for e, p in [("app_launch", "com.transsion.phonemaster"), ("screen_on", "android")]
    ]
    b.json(
        {
            "common": {
                "gaid": b.id("gaid", where="body.common.gaid"),
                "imei1": b.id("imei1", where="body.common.imei1"),
                "imei2": b.id("imei2", where="body.common.imei2"),
                "android_id": b.id("aid_hios", where="body.common.android_id"),
                "brand": "TECNO",
                "os": "HiOS13.1",
            },
            "events": evs,
        },
        encoding="gzip",
    )
    b.ok_json({"code": 0})
    return b.build()


def warranty(c: Context) -> Flow:
    b = _b(c, "GET", "https://api.carlcare-svc.net/v1/warranty/")
    b.base += b.id("imei1", where="url path /warranty/{imei}") + "?lang=en"
    b.ok_json({"status": "IN_WARRANTY", "until": "2025-09-30"})
    return b.build()


def dcs_report(c: Context) -> Flow:
    b = _b(c, "POST", ATHENA + "/v1/dcs")
    b.id_raw("imei1", "rsa_aes", "body (encrypted device report)")
    b.id_raw("serial", "rsa_aes", "body (encrypted device report)")
    b.set_body(b64(bytes(c.rng.getrandbits(8) for _ in range(320))).encode(), "text/plain")
    b.ok_json({"code": 0})
    return b.build()


def mac_report(c: Context) -> Flow:
    b = _b(c, "POST", ATHENA + "/v1/net/diag")
    b.json(
        {
            "wlan_mac": b.id("wifi_mac", how="lower", where="body.wlan_mac"),
            "bt_addr": b.id("bt_mac", where="body.bt_addr"),
            "rssi": c.rng.randint(-90, -40),
            "ssid_hash": new_hex(c.rng, 40),
            "at": iso(c),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def theme_store(c: Context) -> Flow:
    b = _b(c, "GET", "https://theme.hiosupdate.net/v1/list?cat=hot")
    b.decoy("theme catalogue with download counts")
    b.ok_json(
        {
            "themes": [
                {"id": new_hex(c.rng, 8), "downloads": c.rng.randint(100, 10**6)} for _ in range(6)
            ],
            "traceId": rid(c.rng),
        }
    )
    return b.build()
