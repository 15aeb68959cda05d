"""The gym chain's class-management app (in-house backend, fictional "Pulse Collective").

Everything here is the GYM's, not the instructor's: shared treadmills, bikes and
rowers report their serials and BLE MACs (equipment telemetry of rented /
shared machines is no device id of the tester); the studio's heart-rate screen
shows members' zones (heart rate is neither face nor voice); members check in by
scanning a QR badge. Key names are in-house (Australian spelling, some te reo
Māori: "akoranga" = class, "kaiako" = instructor, "whare" = studio). Equipment
payloads follow the shape of FTMS-over-BLE consoles (Bluetooth SIG Fitness
Machine Service: instantaneous speed, cadence, power, elapsed time).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, mac, rf, rid, serial, ua

HOST = "https://api.pulsecollective.example.com.au"
MACHINES = [
    ("treadmill", "TM", "00:1B:AD"),
    ("spin_bike", "SB", "E4:7F:B2"),
    ("rower", "RW", "C0:98:E5"),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "gym-app", method, HOST + path)
    b.header("user-agent", ua("PulseCollective", "5.8"))
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("x-request-id", rid(c.rng))
    return b


def timetable(c: Context) -> Flow:
    b = _b(
        c, "GET", f"/v3/whare/{c.rng.choice(['syd-cbd', 'akl-ponsonby', 'mel-fitzroy'])}/akoranga"
    )
    b.param("from", iso(c)[:10])
    classes = [
        {
            "akorangaId": rid(c.rng),
            "name": c.rng.choice(["RPM 45", "Pump", "HIIT 30", "Yoga Flow"]),
            "kaiako": "Aroha M.",
            "startsAt": iso(c),
            "durationMins": c.rng.choice([30, 45, 55]),
            "spotsLeft": c.rng.randint(0, 24),
        }
        for _ in range(6)
    ]
    b.ok_json({"classes": classes})
    return b.build()


def equipment_status(c: Context) -> Flow:
    kind, pre, oui = c.rng.choice(MACHINES)
    unit = serial(c.rng, pre, 8)
    b = _b(c, "POST", "/v3/equipment/telemetry")
    b.json(
        {
            "machineType": kind,
            "serialNo": unit,
            "bleAddress": mac(c.rng, oui),
            "floorPosition": c.rng.randint(1, 40),
            "sessionSecs": c.rng.randint(60, 3600),
            "instSpeedKmh": rf(c.rng, 0, 18, 1),
            "cadenceRpm": c.rng.randint(0, 110),
            "powerW": c.rng.randint(0, 420),
            "firmware": "FTMS-2.4.1",
            "faults": [] if c.rng.random() < 0.8 else ["BELT_TENSION"],
        }
    )
    b.no_content()
    b.decoy("shared gym machine serial and BLE MAC (the gym's equipment, not the tester's)")
    return b.build()


def equipment_fleet(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/equipment/fleet")
    units = []
    for _ in range(c.rng.randint(4, 9)):
        kind, pre, oui = c.rng.choice(MACHINES)
        units.append(
            {
                "type": kind,
                "serial": serial(c.rng, pre, 8),
                "macAddress": mac(c.rng, oui),
                "deviceId": rid(c.rng),
                "lastServiced": iso(c)[:10],
                "status": "ok",
            }
        )
    b.ok_json({"units": units})
    b.decoy("fleet list of shared treadmills/bikes: serials, MACs and device ids of gym machines")
    return b.build()


def hr_screen(c: Context) -> Flow:
    b = _b(c, "POST", f"/v3/akoranga/{rid(c.rng)}/hr-screen")
    members = [
        {
            "tile": i,
            "nickname": c.rng.choice(["Sam", "Mere", "Liam", "Priya", "Tane", "Chloe"]),
            "bpm": c.rng.randint(95, 185),
            "zone": c.rng.randint(1, 5),
            "pctMax": c.rng.randint(55, 98),
            "strapMac": mac(c.rng, "D4:36:39"),
            "calories": c.rng.randint(20, 600),
        }
        for i in range(c.rng.randint(6, 14))
    ]
    b.json({"screen": "studio-2", "members": members, "ts": iso(c)})
    b.no_content()
    b.decoy("studio heart-rate screen: members' HR zones and their gym-issued strap MACs")
    return b.build()


def checkin(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/checkins")
    badge = "PC" + "".join(c.rng.choice("0123456789ABCDEF") for _ in range(12))
    b.json(
        {
            "badgeQr": badge,
            "memberNo": "M" + str(c.rng.randint(10**7, 10**8 - 1)),
            "akorangaId": rid(c.rng),
            "scannedBy": "kaiako",
            "kioskId": "KIOSK-" + str(c.rng.randint(1, 9)),
            "scannedAt": iso(c),
        }
    )
    b.ok_json({"ok": True, "attendance": c.rng.randint(5, 30)})
    b.decoy("member QR badge check-in at a shared kiosk")
    return b.build()


def face_photo_roster(c: Context) -> Flow:
    b = _b(c, "GET", f"/v3/akoranga/{rid(c.rng)}/roster")
    roster = [
        {
            "memberNo": "M" + str(c.rng.randint(10**7, 10**8 - 1)),
            "firstName": n,
            "avatarUrl": f"https://d1x55kq.cloudfront.net/avatars/{rid(c.rng)}.jpg",
            "injuries": c.rng.choice(["", "left knee", "lower back"]),
        }
        for n in ("Sam", "Mere", "Liam", "Priya")
    ]
    b.ok_json({"roster": roster})
    b.decoy("class roster with avatar image URLs (profile pictures fetched, no face data)")
    return b.build()


def blog_article(c: Context) -> Flow:
    b = FB(c, "gym-blog", "GET", "https://blog.pulsecollective.example.com.au/wp-json/wp/v2/posts")
    b.param(
        "slug",
        c.rng.choice(
            ["face-yoga-myths", "does-your-face-show-fatigue", "voice-care-for-instructors"]
        ),
    )
    b.header("user-agent", ua("PulseCollective", "5.8"))
    text = (
        "Face yoga promises to lift the cheeks and jawline; researchers measured facial landmarks "
        "and skin elasticity in 27 women. Instructors should also rest their voice between classes."
    )
    b.ok_json(
        [
            {
                "id": c.rng.randint(100, 9999),
                "title": {"rendered": "Face yoga: what the evidence says"},
                "content": {"rendered": f"<p>{text}</p>"},
                "date": iso(c),
            }
        ]
    )
    b.decoy("blog article (WordPress REST API) about faces and voices")
    return b.build()
