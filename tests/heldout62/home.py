"""Their own thermostat (Netatmo) and garden irrigation controller (Rachio).

Netatmo Energy API (dev.netatmo.com/apidocumentation/energy): POST
api.netatmo.com/api/homesdata returns homes with modules whose "id" is the
NAPlug relay's MAC (70:ee:50:...) and the NATherm1's radio address
(04:00:00:...) with "bridge"; /api/homestatus takes home_id;
/api/setroomthermpoint takes home_id, room_id, mode, temp; /api/getmeasure
takes device_id and module_id. Rachio public API (rachio.readme.io): GET
api.rach.io/1/public/person/{id} lists devices with id, serialNumber,
macAddress, zones; PUT /1/public/zone/start {id, duration}; GET
/1/public/device/{id}/current_schedule.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, digits, hexs, ms, rf, rid, ua

NETATMO = "https://api.netatmo.com/api"
RACHIO = "https://api.rach.io/1/public"
HOME_ID = "5e1c" + "9a7f3b2d1c0e4f5a6b7c"
ROOM_ID = "2871043922"


def _n(c: Context, path: str) -> FB:
    b = FB(c, "netatmo", "POST", NETATMO + path)
    b.header("user-agent", ua("NetatmoEnergy", "4.3.2.1"))
    b.header("authorization", "Bearer " + hexs(c.rng, 24) + "|" + hexs(c.rng, 32))
    return b


def _r(c: Context, method: str, path: str) -> FB:
    b = FB(c, "rachio", method, RACHIO + path)
    b.header("user-agent", ua("Rachio", "5.9.1"))
    b.header("authorization", "Bearer " + rid(c.rng))
    return b


def homesdata(c: Context) -> Flow:
    b = _n(c, "/homesdata")
    b.form([("gateway_types", "NAPlug")])
    relay = b.id("thermo_relay", where="response modules[0].id (NAPlug MAC)", direction="response")
    therm = b.id("thermo_module", where="response modules[1].id", direction="response")
    b.id("thermo_relay", where="response modules[1].bridge", direction="response")
    b.ok_json(
        {
            "body": {
                "homes": [
                    {
                        "id": HOME_ID,
                        "name": "Casa Roma",
                        "rooms": [{"id": ROOM_ID, "name": "Soggiorno", "type": "livingroom"}],
                        "modules": [
                            {"id": relay, "type": "NAPlug", "name": "Relè"},
                            {"id": therm, "type": "NATherm1", "bridge": relay, "room_id": ROOM_ID},
                        ],
                    }
                ]
            },
            "status": "ok",
            "time_server": int(c.now),
        }
    )
    return b.build()


def getmeasure(c: Context) -> Flow:
    b = _n(c, "/getmeasure")
    b.form(
        [
            ("device_id", b.id("thermo_relay", where="form device_id")),
            ("module_id", b.id("thermo_module", where="form module_id")),
            ("scale", "30min"),
            ("type", "temperature,sp_temperature"),
        ]
    )
    b.ok_json(
        {
            "body": [
                {
                    "beg_time": int(c.now) - 86400,
                    "step_time": 1800,
                    "value": [[rf(c.rng, 17, 22, 1), 20] for _ in range(12)],
                }
            ]
        }
    )
    return b.build()


def homestatus(c: Context) -> Flow:
    b = _n(c, "/homestatus")
    b.form([("home_id", HOME_ID)])
    b.ok_json(
        {
            "body": {
                "home": {
                    "id": HOME_ID,
                    "rooms": [
                        {
                            "id": ROOM_ID,
                            "therm_measured_temperature": rf(c.rng, 17, 22, 1),
                            "therm_setpoint_temperature": 20,
                            "anticipating": False,
                        }
                    ],
                }
            },
            "status": "ok",
        }
    )
    b.decoy("room temperatures and setpoints by home_id / room_id (no device address)")
    return b.build()


def setpoint(c: Context) -> Flow:
    b = _n(c, "/setroomthermpoint")
    b.form(
        [
            ("home_id", HOME_ID),
            ("room_id", ROOM_ID),
            ("mode", "manual"),
            ("temp", str(c.rng.choice([18, 19.5, 21]))),
            ("endtime", str(int(c.now) + 7200)),
        ]
    )
    b.ok_json({"status": "ok"})
    b.decoy("thermostat setpoint change: room id, temperature, end time")
    return b.build()


def person(c: Context) -> Flow:
    b = _r(c, "GET", "/person/" + rid(c.rng))
    dev = c.phone.rachio_uuid
    b.other_id("rachio_uuid", "response devices[0].id", direction="response")
    b.ok_json(
        {
            "username": "giuseppe.m",
            "devices": [
                {
                    "id": dev,
                    "status": "ONLINE",
                    "name": "Giardino",
                    "serialNumber": b.id(
                        "rachio_serial", where="response serialNumber", direction="response"
                    ),
                    "macAddress": b.id(
                        "rachio_mac", "nosep", "response macAddress", direction="response"
                    ),
                    "model": "GENERATION3_8ZONE",
                    "zones": [
                        {"id": rid(c.rng), "zoneNumber": i, "name": f"Zona {i}"} for i in (1, 2)
                    ],
                }
            ],
        }
    )
    return b.build()


def schedule(c: Context) -> Flow:
    b = _r(c, "GET", f"/device/{c.phone.rachio_uuid}/current_schedule")
    b.other_id("rachio_uuid", "path /device/{id}/")
    b.ok_json(
        {
            "status": "PROCESSING",
            "zoneNumber": 2,
            "duration": 600,
            "startDate": ms(c),
            "zoneStartDate": ms(c),
        }
    )
    return b.build()


def zone_start(c: Context) -> Flow:
    b = _r(c, "PUT", "/zone/start")
    b.json({"id": rid(c.rng), "duration": c.rng.choice([300, 600, 900])})
    b.no_content()
    b.decoy("irrigation zone run: zone uuid (a watering zone) and duration")
    return b.build()


def meteo_irrigazione(c: Context) -> Flow:
    b = _r(c, "GET", "/schedulerule/" + rid(c.rng))
    b.ok_json(
        {
            "summary": "Ogni 3 giorni",
            "etSkip": True,
            "seasonalAdjustment": rf(c.rng, -0.3, 0.2),
            "totalDuration": c.rng.randint(600, 3600),
            "zones": [{"zoneNumber": 1, "duration": 600}],
            "externalName": "Prato",
            "eventId": digits(c.rng, 10),
        }
    )
    b.decoy("watering schedule rule: durations, seasonal adjustment, rule uuid")
    return b.build()


DECOYS = [(0.6, homestatus), (0.3, setpoint), (0.4, zone_start), (0.3, meteo_irrigazione)]
SENSITIVE = [homesdata, person, getmeasure, schedule]
