"""Garmin Connect: her Venu 3 watch and its maker's cloud.

The device list answers with the watch's serial, unit id and Bluetooth MAC;
registration after pairing sends them; the sync upload carries the FIT file
whose file_id holds the unit id as a binary uint32 (nothing readable). Daily
summaries, heart-rate series, GPS tracks and Connect IQ watch faces are
ordinary (a watch face is no face).
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import multipart

from .phone import FB, iso, rf, rid, ua

API = "https://connectapi.garmin.com"
UA = ua("GCM-Android", "5.3")
FACES = ["Crystal", "Shortcut", "Big Numbers", "Analog Plus"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "garmin", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("di-backend", "connectapi.garmin.com")
    return b


def devices(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/device-service/deviceregistration/devices")
    d = "response"
    b.ok_json(
        [
            {
                "deviceId": int(
                    b.id("watch_unit_id", where="response json [0].deviceId", direction=d)
                ),
                "unitId": int(b.id("watch_unit_id", where="response json [0].unitId", direction=d)),
                "serialNumber": b.id(
                    "watch_serial", where="response json [0].serialNumber", direction=d
                ),
                "bluetoothMacAddress": b.id(
                    "watch_mac", where="response json [0].bluetoothMacAddress", direction=d
                ),
                "productDisplayName": "Venu 3",
                "currentFirmwareVersion": "13.22",
                "primaryActivityTrackerIndicator": True,
            }
        ]
    )
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/device-service/deviceregistration/devices")
    b.json(
        {
            "serialNumber": b.id("watch_serial", where="json serialNumber"),
            "macAddress": b.id("watch_mac", "nosep_upper", "json macAddress"),
            "partNumber": "006-B4260-00",
            "registeredDate": iso(c),
        }
    )
    b.ok_json({"deviceId": c.rng.randint(10**9, 4 * 10**9), "registered": True})
    return b.build()


def fit_upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/upload-service/upload/.fit")
    unit = b.id_raw("watch_unit_id", "fit_uint32z", "multipart FIT file_id.serial_number (binary)")
    b_unit = struct.pack("<I", int(unit) & 0xFFFFFFFF)
    fit = (
        b"\x0e\x10\x6c\x08"
        + struct.pack("<I", 600)
        + b".FIT"
        + b"\x00\x00\x40\x00\x00\x00\x00\x03\x03\x04\x8c"
        + b_unit
        + bytes(c.rng.getrandbits(8) for _ in range(500))
    )
    boundary = "gcm" + rid(c.rng).replace("-", "")[:20]
    body = multipart(
        boundary, [("file", f"{c.rng.randint(10**9, 10**10)}.fit", "application/octet-stream", fit)]
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"detailedImportResult": {"uploadId": c.rng.randint(10**9, 10**10)}})
    return b.build()


def daily_summary(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/usersummary-service/usersummary/daily?calendarDate=2024-11-05")
    b.ok_json(
        {
            "totalSteps": c.rng.randint(2000, 16000),
            "restingHeartRate": c.rng.randint(50, 70),
            "averageStressLevel": c.rng.randint(15, 50),
            "bodyBatteryHighestValue": c.rng.randint(50, 100),
        }
    )
    return b.build()


def heart_rate(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/wellness-service/wellness/dailyHeartRate?date=2024-11-05")
    b.decoy("heart-rate series (health, not biometric identification)")
    b.ok_json(
        {
            "heartRateValues": [
                [1730793600000 + i * 120000, c.rng.randint(55, 110)] for i in range(60)
            ]
        }
    )
    return b.build()


def bike_track(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/activity-service/activity/{c.rng.randint(10**9, 10**10)}/details")
    b.decoy("GPS track of a bike commute (coordinates)")
    b.ok_json(
        {
            "geoPolylineDTO": {
                "polyline": [
                    {
                        "lat": rf(c.rng, 55.66, 55.7, 6),
                        "lon": rf(c.rng, 12.55, 12.6, 6),
                        "time": iso(c),
                    }
                    for _ in range(30)
                ]
            }
        }
    )
    return b.build()


def watch_face(c: Context) -> Flow:
    b = FB(
        c,
        "garmin",
        "GET",
        f"https://apps.garmin.com/api/appsLibraryExternalServices/api/asw/apps?type=watchface&q={c.rng.choice(FACES)}",
    )
    b.header("user-agent", UA)
    b.decoy("Connect IQ watch faces (a watch face is not a face)")
    b.ok_json(
        {"apps": [{"name": f, "type": "WATCH_FACE", "rating": rf(c.rng, 3, 5, 1)} for f in FACES]}
    )
    return b.build()
