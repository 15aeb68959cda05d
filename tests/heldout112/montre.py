"""Galaxy Wearable and Samsung Health: HER watch (Galaxy Watch6) and earbuds
(Galaxy Buds2 Pro), her own devices.

Registration lists both with their Bluetooth MACs and serial numbers; the buds'
firmware check carries the serial in the query; one sync relays the watch's
own protobuf dump (serial and MAC as unnamed fields: opaque). Her heart-rate
and sleep series are health data but none of the three categories (no face,
no voice): decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

WEAR = "https://eu-api.wearable.samsung.com"
HEALTH = "https://eu-shealth.samsunghealth.com"
UA = ua("GalaxyWearable", "2.2.60.24111161")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "galaxywearable", method, url)
    b.header("user-agent", UA)
    b.header("x-sa-account", b.acct("samsung_account"))
    return b


def register_devices(c: Context) -> Flow:
    b = _b(c, "POST", f"{WEAR}/v1/devices/register")
    b.json(
        {
            "hostAndroidId": b.id("aid_wear", where="json hostAndroidId"),
            "devices": [
                {
                    "modelName": "SM-R940",
                    "btAddress": b.id("watch_mac", where="json devices[0].btAddress"),
                    "serialNumber": b.id("watch_serial", where="json devices[0].serialNumber"),
                },
                {
                    "modelName": "SM-R510",
                    "btAddress": b.id("buds_mac", where="json devices[1].btAddress"),
                    "serialNumber": b.id("buds_serial", where="json devices[1].serialNumber"),
                },
            ],
        }
    )
    b.ok_json({"result": "OK"})
    return b.build()


def buds_fota(c: Context) -> Flow:
    b = _b(c, "GET", f"{WEAR}/fota/v2/check")
    b.param("model", "SM-R510")
    b.param("sn", b.id("buds_serial", where="query sn"))
    b.param("cur", "R510XXUAEXH1")
    b.ok_json({"update": False, "latest": "R510XXUAEXH1"})
    return b.build()


def watch_dump(c: Context) -> Flow:
    b = _b(c, "POST", f"{WEAR}/v1/watch/dump")
    body = (
        pb_bytes(1, b.id("watch_serial", "protobuf", "protobuf field 1", detectable=False))
        + pb_bytes(2, b.id("watch_mac", "nosep", "protobuf field 2 (MAC, no colons)", False))
        + pb_varint(3, ms(c))
        + pb_packed_floats(4, [rf(c.rng, 0, 3) for _ in range(16)])
    )
    b.set_body(body, "application/octet-stream")
    b.respond(200, "application/octet-stream", pb_varint(1, 0))
    return b.build()


def heart_rate(c: Context) -> Flow:
    b = FB(c, "samsunghealth", "POST", f"{HEALTH}/platform/v2/data/heart_rate")
    b.header("user-agent", UA)
    b.decoy("her heart-rate samples (health data, not biometric per the issue)")
    b.json(
        {
            "samples": [
                {"start_time": ms(c) - i * 60000, "heart_rate": c.rng.randint(55, 110)}
                for i in range(30)
            ],
            "datauuid": rid(c.rng),
        }
    )
    b.ok_json({"inserted": 30})
    return b.build()


def sleep(c: Context) -> Flow:
    b = FB(c, "samsunghealth", "GET", f"{HEALTH}/platform/v2/data/sleep?date={iso(c)[:10]}")
    b.header("user-agent", UA)
    b.decoy("sleep stages series")
    b.ok_json(
        {
            "stages": [
                {"stage": c.rng.choice([40001, 40002, 40003, 40004]), "min": c.rng.randint(5, 60)}
                for _ in range(12)
            ]
        }
    )
    return b.build()
