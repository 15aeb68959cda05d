"""The teacher's own Apple Watch and AirPods Pro: a HealthKit-export app syncs
samples with their HKDevice (the AirPods' Bluetooth address is the HKDevice
`localIdentifier` of headphone-audio samples), the Apple Support app lists the
teacher's products with serials, a coverage check sends the Watch's serial.
Heart-rate and step series alone are decoys (not face or voice).

Sources: Apple HealthKit HKDevice (name, manufacturer, model, hardwareVersion,
firmwareVersion, softwareVersion, localIdentifier, udiDeviceIdentifier;
developer.apple.com/documentation/healthkit/hkdevice), HKQuantityTypeIdentifier
names. The support and sync endpoints are modelled on the apps' public
behaviour; paths are my own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import iso, new, rf, rid, series, ua

SYNC = "https://api.example-vitalsync.com"
AGENT = ua("VitalSync", "1.22")
SUPPORT = ua("Apple%20Support", "5.8")


def health_sync(c: Context) -> Flow:
    r = c.rng
    b = new(c, "vitalsync", "POST", f"{SYNC}/v1/samples/batch", AGENT)
    b.header("x-install-vendor-id", b.id("idfv_health", where="header.x-install-vendor-id"))
    pods = {
        "name": "AirPods Pro",
        "manufacturer": "Apple Inc.",
        "model": "0x2014",
        "localIdentifier": b.id("pods_bt", where="body.samples[0].device.localIdentifier"),
        "firmwareVersion": "6F7",
    }
    watch = {
        "name": "Apple Watch",
        "manufacturer": "Apple Inc.",
        "model": "Watch",
        "hardwareVersion": "Watch7,3",
        "softwareVersion": "10.5",
    }
    b.json(
        {
            "samples": [
                {
                    "type": "HKQuantityTypeIdentifierHeadphoneAudioExposure",
                    "value": rf(r, 55, 85, 1),
                    "unit": "dBASPL",
                    "start": iso(c),
                    "device": pods,
                },
                {
                    "type": "HKQuantityTypeIdentifierHeartRate",
                    "value": r.randint(60, 120),
                    "unit": "count/min",
                    "start": iso(c),
                    "device": watch,
                },
            ]
        },
        encoding="gzip",
    )
    b.ok_json({"accepted": 2})
    return b.build()


def support_products(c: Context) -> Flow:
    r = c.rng
    b = new(
        c, "apple-support", "GET", "https://getsupport.apple.com/api/v2/customer/products", SUPPORT
    )
    prods = [
        {
            "productName": "Apple Watch Series 9",
            "productFamily": "WATCH",
            "serialNumber": b.id(
                "watch_serial", where="response.products[0].serialNumber", direction="response"
            ),
            "coverage": "Limited Warranty",
        },
        {
            "productName": "AirPods Pro (2nd generation)",
            "productFamily": "AIRPODS",
            "serialNumber": b.id(
                "pods_serial", where="response.products[1].serialNumber", direction="response"
            ),
            "coverage": "AppleCare+",
        },
    ]
    b.ok_json({"products": prods, "requestId": rid(r)})
    return b.build()


def coverage(c: Context) -> Flow:
    r = c.rng
    attr = r.choice(["watch_serial", "pods_serial"])
    b = new(
        c,
        "apple-support",
        "POST",
        "https://checkcoverage.apple.com/api/v1/facade/coverage",
        SUPPORT,
    )
    b.json(
        {
            "serialNumber": b.id(attr, where="body.serialNumber"),
            "locale": "en_US",
            "captchaAnswer": "",
        }
    )
    b.ok_json({"coverage": "ACTIVE", "purchaseDateValid": True, "ref": new_hex(r, 10)})
    return b.build()


def hr_summary(c: Context) -> Flow:
    r = c.rng
    b = new(c, "vitalsync", "GET", f"{SYNC}/v1/summary/daily", AGENT, [("date", iso(c)[:10])])
    b.ok_json(
        {
            "restingHr": r.randint(55, 75),
            "hrSeries": series(r, 24, 55, 130, 0),
            "steps": series(r, 24, 0, 1800, 0),
            "standHours": r.randint(6, 12),
        }
    )
    b.decoy("heart-rate and step series of the day (no device ids, not face/voice)")
    return b.build()
