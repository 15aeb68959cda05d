"""The club's and the school's kit: GPS vests, heart-rate belts and timing gates.

The club (an under-17 academy he coaches part-time) owns the GPS vests and the
heart-rate belts; the school owns the timing gates. Their serials and MACs are
the club's or the school's equipment, worn by players and pupils: not the
tester's devices. Vest data (distance, high-speed running, heart rate) is about
players, and is neither biometric as defined nor viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, PLAYERS, iso, other_mac, other_serial, rf, rid, ua

VESTS = "https://teamsync.vestrack.example"
BELTS = "https://api.pulseteam.example"
GATES = "https://cloud.sprintgates.example"


def _b(c: Context, sdk: str, method: str, url: str, app: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", ua(app, "4.2.0"))
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def vest_session(c: Context) -> Flow:
    b = _b(c, "vestrack", "POST", f"{VESTS}/api/v3/sessions", "VestTrack")
    b.decoy("club's GPS vests: serials and BLE MACs of the club's equipment worn by players")
    b.json(
        {
            "club": "Akadimia Thermaikou",
            "sessionType": c.rng.choice(["training", "match"]),
            "startedAt": iso(c),
            "units": [
                {
                    "vestSerial": other_serial(c.rng, "VT8-", 7),
                    "bleMac": other_mac(c.rng, "E4:5F:01"),
                    "athlete": p,
                    "distanceM": c.rng.randint(3000, 10500),
                    "hsrM": c.rng.randint(100, 900),
                    "sprints": c.rng.randint(0, 25),
                    "maxSpeedKmh": rf(c.rng, 24, 33, 1),
                }
                for p in c.rng.sample(PLAYERS, 4)
            ],
        },
        "gzip",
    )
    b.ok_json({"sessionId": rid(c.rng), "units": 4})
    return b.build()


def vest_dock_status(c: Context) -> Flow:
    b = _b(c, "vestrack", "GET", f"{VESTS}/api/v3/dock/status", "VestTrack")
    b.decoy("club's vest dock: charging slots with the vests' serial numbers (club equipment)")
    b.ok_json(
        {
            "dockSerial": other_serial(c.rng, "DK-", 6),
            "slots": [
                {
                    "slot": i,
                    "serial": other_serial(c.rng, "VT8-", 7),
                    "battery": c.rng.randint(5, 100),
                }
                for i in range(1, 9)
            ],
        }
    )
    return b.build()


def hr_belts(c: Context) -> Flow:
    b = _b(c, "pulseteam", "POST", f"{BELTS}/v1/team/live", "PulseTeam")
    b.decoy("club's heart-rate belts: sensor ids and MACs of the club's belts, players' pulse")
    b.json(
        {
            "teamId": "thermaikos-u17",
            "sensors": [
                {
                    "sensorId": other_serial(c.rng, "H10-", 8),
                    "deviceAddress": other_mac(c.rng, "A0:9E:1A"),
                    "player": p,
                    "hr": c.rng.randint(95, 195),
                    "zone": c.rng.randint(1, 5),
                }
                for p in c.rng.sample(PLAYERS, 5)
            ],
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()


def timing_gates(c: Context) -> Flow:
    b = _b(c, "sprintgates", "POST", f"{GATES}/api/runs", "SprintGates")
    b.decoy("school's timing gates: gate serials and pupils' sprint splits")
    b.json(
        {
            "gates": [other_serial(c.rng, "TG", 6) for _ in range(3)],
            "distanceM": [0, 10, 30],
            "runs": [
                {
                    "athlete": f"Μαθητής {i}",
                    "splits": [0, rf(c.rng, 1.7, 2.3, 3), rf(c.rng, 4.0, 5.2, 3)],
                }
                for i in range(1, 7)
            ],
        }
    )
    b.ok_json({"saved": 6})
    return b.build()


def gates_firmware(c: Context) -> Flow:
    b = _b(c, "sprintgates", "GET", f"{GATES}/fw/latest?hw=tg3", "SprintGates")
    b.ok_json({"version": "3.4.1", "sha256": rid(c.rng).replace("-", "") * 2})
    return b.build()
