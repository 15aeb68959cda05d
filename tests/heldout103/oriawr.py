"""Tracio: the companion app of a Fitbit-like watch.

The watch syncs over BLE through the phone; the app lists paired devices in the
shape of the Fitbit Web API "Get Devices" answer (`mac` without separators,
`deviceVersion`, `lastSyncTime`) and registers the watch (`serialNumber`,
`macAddress`). The watch's own dump is relayed as protobuf with bare fields; the
remote config is keyed by an MD5 of the app's ANDROID_ID under `h`. Watch faces
(Welsh names: "wyneb" means face), heart-rate and sleep summaries are not
biometric in the issue's sense.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.tracio.example"
SYNC = "https://sync.tracio.example"
UA = ua("Tracio", "4.2.0")
FACES = ["Wyneb Clasurol", "Aghaidh Cheilteach", "Aghaidh na Mara", "Digidol Mawr"]


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "tracio", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-tracio-install", b.id("oriawr_install", where="header x-tracio-install"))
    return b


def devices(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/1/user/-/devices.json")
    mac = b.id("watch_mac", "nosep_upper", "response json [0].mac", direction="response")
    b.ok_json(
        [
            {
                "battery": "High",
                "batteryLevel": c.rng.randint(10, 100),
                "deviceVersion": "Tracio Sense 2",
                "id": str(c.rng.randint(10**9, 10**10)),
                "lastSyncTime": iso(c)[:-1],
                "mac": mac,
                "type": "TRACKER",
            }
        ]
    )
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/1/user/-/devices/register")
    b.json(
        {
            "serialNumber": b.id("watch_serial", where="json serialNumber"),
            "macAddress": b.id("watch_mac", where="json macAddress"),
            "androidId": b.id("aid_oriawr", where="json androidId"),
            "deviceVersion": "Tracio Sense 2",
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{SYNC}/v2/sync", install=False)
    b.header("x-tracker-serial", b.id("watch_serial", where="header x-tracker-serial"))
    b.json(
        {
            "steps": [c.rng.randint(0, 160) for _ in range(30)],
            "heartRate": [c.rng.randint(55, 130) for _ in range(30)],
            "startTime": ms(c),
            "firmware": "201.7.12",
        },
        "gzip",
    )
    b.ok_json({"accepted": True})
    return b.build()


def dump_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{SYNC}/v3/d", install=False)
    body = (
        pb_bytes(1, b.id("watch_serial", "protobuf", "protobuf field 1", detectable=False))
        + pb_bytes(
            2, b.id("watch_mac", "nosep", "protobuf field 2 (hex, no colons)", detectable=False)
        )
        + pb_varint(3, ms(c))
        + pb_packed_floats(4, [rf(c.rng, 0, 3) for _ in range(16)])
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def config_h(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/cfg", install=False)
    b.param("h", b.id("aid_oriawr", "md5", "query h (md5)", detectable=False))
    b.param("v", "4.2.0")
    b.ok_json({"flags": {"spo2": True, "sleep_v3": c.rng.random() < 0.5}})
    return b.build()


def watch_face(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/1/watchfaces/install", install=False)
    b.decoy("watch face install ('wyneb' / 'aghaidh' = face): not a person's face")
    b.json(
        {"faceId": f"wf_{c.rng.randint(1000, 9999)}", "enw": c.rng.choice(FACES), "lliw": "#c8102e"}
    )
    b.ok_json({"status": "QUEUED"})
    return b.build()


def heart_summary(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/1/user/-/activities/heart/date/today/1d.json", install=False)
    b.ok_json(
        {
            "activities-heart": [
                {"dateTime": iso(c)[:10], "value": {"restingHeartRate": c.rng.randint(52, 70)}}
            ]
        }
    )
    return b.build()


def sleep(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/1.2/user/-/sleep/date/today.json", install=False)
    b.ok_json(
        {
            "summary": {
                "totalMinutesAsleep": c.rng.randint(300, 520),
                "stages": {"deep": c.rng.randint(40, 110)},
            }
        }
    )
    return b.build()
