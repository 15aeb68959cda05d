"""His own running watch, synced through Garmin Connect.

The watch is his: its serial (`unitId` in Garmin's device service, also
`serialNumber`) and its Bluetooth MAC are device identifiers of the tester. The
companion app registers the watch with the phone's ANDROID_ID. His own run's
heart rate and pace are health data outside the three categories here.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://connectapi.garmin.com"
UA = ua("GCM-Android", "5.6.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "garmin-connect", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def register_watch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/device-service/deviceregistration/devices")
    b.json(
        {
            "serialNumber": b.id("watch_serial", where="json serialNumber"),
            "macAddress": b.id("watch_mac", where="json macAddress"),
            "productNumber": "3869",
            "phoneAndroidId": b.id("aid_watch", where="json phoneAndroidId"),
        }
    )
    b.ok_json({"deviceId": rid(c.rng), "registered": True})
    return b.build()


def device_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/device-service/deviceregistration/devices")
    unit = b.id("watch_serial", where="response json [0].unitId", direction="response")
    b.ok_json([{"unitId": int(unit), "productDisplayName": "Forerunner 265", "primary": True}])
    return b.build()


def sync_relay_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/device-gateway/relay")
    body = (
        pb_bytes(1, b.id("watch_serial", "protobuf", "protobuf field 1", detectable=False))
        + pb_varint(2, ms(c))
        + pb_bytes(3, bytes(c.rng.getrandbits(8) for _ in range(120)))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def run_upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/activity-service/activity")
    b.decoy("his run: pace, heart rate and GPS points (health and location, not the categories)")
    b.json(
        {
            "activityType": "running",
            "startTimeGMT": iso(c),
            "distance": c.rng.randint(4000, 15000),
            "averageHR": c.rng.randint(130, 165),
            "splits": [rf(c.rng, 240, 330, 1) for _ in range(8)],
            "polyline": [
                [rf(c.rng, 40.58, 40.62, 5), rf(c.rng, 22.93, 22.97, 5)] for _ in range(12)
            ],
        }
    )
    b.ok_json({"activityId": c.rng.randint(10**9, 10**10)})
    return b.build()


def sleep_summary(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/wellness-service/wellness/dailySleepData?date=today")
    b.ok_json(
        {
            "sleepTimeSeconds": c.rng.randint(18000, 30000),
            "deepSleepSeconds": c.rng.randint(3000, 7000),
        }
    )
    return b.build()
