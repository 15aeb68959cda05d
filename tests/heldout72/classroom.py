"""Classroom management on the teacher's iPad: the SCHOOL's shared cart iPads and
Chromebooks. Every serial, UDID and MAC here belongs to the district's shared
equipment, not to the teacher: all hard device-id decoys.

Sources: Jamf School API (devices carry `UDID`, `serialNumber`, `WiFiMAC`,
`BluetoothMAC`, `locationId`; unofficial Deno wrapper jamf-school docs),
Google Admin SDK Directory API `chromeosdevices` resource (`deviceId`,
`serialNumber`, `macAddress`, `ethernetMacAddress`, `annotatedAssetId`,
`annotatedLocation`, `recentUsers`; developers.google.com/admin-sdk/directory).
The class-control backend and the SEL check-in are the app's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg

from .phone import apple_serial, iso, mac, new, rf, rid, student, ua

AGENT = ua("ClassPilot", "812")
HOST = "https://example-isd.jamfcloud.com"


def _cart_ipad(c: Context, n: int) -> dict:
    r = c.rng
    return {
        "UDID": new_hex(r, 8).upper() + "-" + new_hex(r, 16).upper(),
        "serialNumber": apple_serial(r),
        "name": f"Cart B-{n:02d}",
        "model": {"name": "iPad (9th generation)", "identifier": "iPad12,1"},
        "WiFiMAC": mac(r, "5C:F9:38", upper=False),
        "BluetoothMAC": mac(r, "5C:F9:38", upper=False),
        "batteryLevel": rf(r, 0.1, 1.0, 2),
        "locationId": 4,
        "owner": {"name": f"Cart B seat {n}", "username": student(r)},
        "isSupervised": True,
    }


def class_devices(c: Context) -> Flow:
    b = new(c, "classpilot", "GET", f"{HOST}/api/devices", AGENT, [("includeApps", "0")])
    b.header("authorization", "Basic " + new_hex(c.rng, 40))
    b.ok_json({"code": 200, "count": 24, "devices": [_cart_ipad(c, i) for i in range(1, 9)]})
    b.decoy("shared class-cart iPads' UDID, serial, Wi-Fi/Bluetooth MACs (the school's, not hers)")
    return b.build()


def lock_apps(c: Context) -> Flow:
    r = c.rng
    udids = [new_hex(r, 8).upper() + "-" + new_hex(r, 16).upper() for _ in range(r.randint(4, 12))]
    b = new(c, "classpilot", "POST", f"{HOST}/api/teacher/lessons/apply", AGENT)
    b.json(
        {
            "classId": 118,
            "deviceUdids": udids,
            "appWhitelist": ["com.apple.mobilesafari"],
            "lockScreen": r.random() < 0.3,
            "clearAfter": 45,
        }
    )
    b.ok_json({"status": "queued", "commandId": rid(r)})
    b.decoy("lock command addressed to shared cart iPads by UDID (school equipment)")
    return b.build()


def chromebooks(c: Context) -> Flow:
    r = c.rng
    url = "https://admin.googleapis.com/admin/directory/v1/customer/my_customer/devices/chromeos"
    b = new(
        c,
        "classpilot",
        "GET",
        url,
        AGENT,
        [
            ("projection", "FULL"),
            ("orgUnitPath", "/Students/Cedar Ridge/Room 114"),
            ("maxResults", "50"),
        ],
    )
    devs = []
    for i in range(r.randint(4, 8)):
        devs.append(
            {
                "kind": "admin#directory#chromeosdevice",
                "deviceId": rid(r),
                "serialNumber": "NXH" + new_hex(r, 9).upper(),
                "status": "ACTIVE",
                "lastSync": iso(c),
                "annotatedAssetId": f"CRHS-CB-{new_digits(r, 5)}",
                "annotatedLocation": "Room 114 cart slot " + str(i + 1),
                "macAddress": new_hex(r, 12),
                "ethernetMacAddress": new_hex(r, 12),
                "model": "Lenovo 100e Chromebook Gen 3",
                "osVersion": "126.0.6478.132",
                "recentUsers": [
                    {
                        "type": "USER_TYPE_MANAGED",
                        "email": f"{student(r).lower()}@stu.example-isd.org",
                    }
                ],
            }
        )
    b.ok_json({"kind": "admin#directory#chromeosdevices", "chromeosdevices": devs})
    b.decoy(
        "district Chromebooks (serial, MACs, deviceId) from the Admin SDK: shared school devices"
    )
    return b.build()


def screen_peek(c: Context) -> Flow:
    r = c.rng
    url = f"https://classpilot-api.example-edu.com/v3/rooms/114/screens/{new_hex(r, 12)}/thumb"
    b = new(c, "classpilot", "GET", url, AGENT, [("w", "320"), ("h", "200")])
    b.respond(200, "image/jpeg", fake_jpeg(r.randint(0, 10**9), 700))
    b.decoy("thumbnail of a student Chromebook's screen (classroom monitoring, no face)")
    return b.build()


def open_tabs(c: Context) -> Flow:
    r = c.rng
    b = new(
        c,
        "classpilot",
        "GET",
        "https://classpilot-api.example-edu.com/v3/rooms/114/activity",
        AGENT,
    )
    rows = [
        {
            "studentId": student(r),
            "seat": r.randint(1, 28),
            "activeTab": t,
            "tabsOpen": r.randint(1, 9),
            "idleSec": r.randint(0, 600),
        }
        for t in r.sample(
            [
                "Khan Academy",
                "Google Docs",
                "Newsela",
                "Kahoot!",
                "Desmos",
                "Quizizz",
            ],
            4,
        )
    ]
    b.ok_json({"room": 114, "period": r.randint(1, 7), "students": rows})
    b.decoy("which tab each student has open now (classroom monitoring, not watch history)")
    return b.build()


def sel_checkin(c: Context) -> Flow:
    r = c.rng
    moods = ["feliz", "tranquilo", "cansado", "preocupado", "enojado", "emocionado"]
    b = new(
        c,
        "classpilot",
        "POST",
        "https://classpilot-api.example-edu.com/v3/sel/checkins/summary",
        AGENT,
    )
    b.json(
        {
            "claseId": 118,
            "fecha": iso(c)[:10],
            "estadoDeAnimo": {m: r.randint(0, 8) for m in moods},
            "emotionScores": {
                "joy": rf(r, 0, 1, 2),
                "sadness": rf(r, 0, 1, 2),
                "anger": rf(r, 0, 1, 2),
                "surprise": rf(r, 0, 1, 2),
                "calm": rf(r, 0, 1, 2),
            },
            "respuestas": r.randint(18, 27),
        }
    )
    b.no_content()
    b.decoy("class SEL check-in: students tapped a feelings emoji; self-reported tallies, no face")
    return b.build()


def seating_groups(c: Context) -> Flow:
    r = c.rng
    b = new(
        c, "classpilot", "PUT", "https://classpilot-api.example-edu.com/v3/rooms/114/groups", AGENT
    )
    b.json(
        {
            "groups": [
                {
                    "name": g,
                    "members": [student(r) for _ in range(4)],
                    "deviceSerials": [apple_serial(r) for _ in range(4)],
                }
                for g in ("Mesa 1", "Mesa 2", "Mesa 3")
            ]
        }
    )
    b.ok_json({"ok": True})
    b.decoy("table groups with the shared cart iPads' serials assigned to them")
    return b.build()
