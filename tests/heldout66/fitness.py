"""A fitness-class app with an Apple Watch companion.

Decoys: class video preview clips and thumbnails, heart-rate series, class
schedules. Real device ids: the tester's own Apple Watch (serial, Bluetooth
MAC) registered with the app, and Amplitude events (HTTP API v2,
`api2.amplitude.com/2/httpapi`: `events[].device_id`, `idfv`; the Amplitude
iOS SDK uses the IDFV as device_id by default, per its docs).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits
from tests.heldout.wire import fake_jpeg, fake_mp4

from .phone import FB, cfn, iso, ms, rf, rid

API = "https://api.sweatsg-example.com"


def class_preview(c: Context) -> Flow:
    n = c.rng.randint(1000, 9999)
    b = FB(
        c, "sweat", "GET", f"https://media.sweatsg-example.com/previews/hiit-{n}/preview_15s.mp4"
    )
    b.header(
        "user-agent", "AppleCoreMedia/1.0.0.21F90 (iPhone; U; CPU OS 17_5_1 like Mac OS X; en_sg)"
    )
    b.respond(200, "video/mp4", fake_mp4(n, 900))
    b.decoy("class preview clip fetched (autoplay in a catalogue, not a watch log)")
    return b.build()


def class_thumb(c: Context) -> Flow:
    n = c.rng.randint(1000, 9999)
    b = FB(
        c,
        "sweat",
        "GET",
        f"https://media.sweatsg-example.com/thumbs/coach-face-{n}.jpg",
        [("w", "480")],
    )
    b.respond(200, "image/jpeg", fake_jpeg(n, 400))
    b.decoy("coach thumbnail image download")
    return b.build()


def hr_series(c: Context) -> Flow:
    b = FB(c, "sweat", "POST", f"{API}/v2/workouts")
    b.header("user-agent", cfn("Sweat SG", "4021"))
    b.json(
        {
            "workoutId": rid(c.rng),
            "classId": f"hiit-{c.rng.randint(1000, 9999)}",
            "start": iso(c),
            "heartRate": {"bpm": [c.rng.randint(90, 175) for _ in range(30)], "intervalSec": 10},
            "kcal": c.rng.randint(200, 600),
        }
    )
    b.ok_json({"ok": True, "badge": None})
    b.decoy("heart-rate series (health data, not biometric face/voice)")
    return b.build()


def schedule(c: Context) -> Flow:
    b = FB(
        c, "sweat", "GET", f"{API}/v1/classes", [("studio", "tanjong-pagar"), ("date", iso(c)[:10])]
    )
    b.ok_json(
        {
            "classes": [
                {"id": f"c{c.rng.randint(100, 999)}", "coach": "Jas", "slots": c.rng.randint(0, 20)}
                for _ in range(5)
            ]
        }
    )
    b.decoy("class schedule")
    return b.build()


def watch_register(c: Context) -> Flow:
    b = FB(c, "sweat", "POST", f"{API}/v1/me/wearables")
    b.header("user-agent", cfn("Sweat SG", "4021"))
    b.json(
        {
            "wearable": {
                "type": "apple_watch",
                "model": "Watch7,3",
                "serialNumber": b.id("watch_serial", where="body.wearable.serialNumber"),
                "bluetoothMac": b.id("watch_mac", how="upper", where="body.wearable.bluetoothMac"),
                "watchOS": "10.5",
            },
            "userId": b.acct("fit_user"),
        }
    )
    b.ok_json({"linked": True})
    return b.build()


def amplitude(c: Context) -> Flow:
    b = FB(c, "amplitude", "POST", "https://api2.amplitude.com/2/httpapi")
    b.header("user-agent", cfn("Sweat SG", "4021"))
    idfv = b.id("idfv_fit", where="body.events[].device_id")
    b.id("idfv_fit", where="body.events[].idfv")
    b.json(
        {
            "api_key": "a" * 4 + rid(c.rng).replace("-", "")[:28],
            "events": [
                {
                    "device_id": idfv,
                    "idfv": idfv,
                    "user_id": b.acct("fit_user"),
                    "event_type": "class_booked",
                    "time": ms(c),
                    "platform": "iOS",
                    "os_name": "ios",
                    "os_version": "17.5.1",
                    "device_model": "iPhone15,4",
                    "insert_id": rid(c.rng),
                    "event_properties": {"studio": "tanjong-pagar", "price": rf(c.rng, 20, 40, 2)},
                }
            ],
        }
    )
    b.ok_json({"code": 200, "events_ingested": 1, "payload_size_bytes": c.rng.randint(300, 900)})
    return b.build()


def watch_sync_opaque(c: Context) -> Flow:
    b = FB(c, "sweat", "POST", f"{API}/v1/sync")
    b.header("user-agent", cfn("Sweat SG", "4021"))
    b.json(
        {
            "x": b.id("watch_serial", how="sha1", where="body.x", detectable=False),
            "n": new_digits(c.rng, 6),
        }
    )
    b.no_content()
    return b.build()


DEV = [watch_register, amplitude, amplitude, watch_sync_opaque]
