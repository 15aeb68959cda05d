"""Ingwe Beheer: the control-room app of Ingwe Armed Response (work profile).

The operator watches the armed-response vehicles ("voertuie", "izimoto") on
the map: the fleet feed carries each vehicle's tracker IMEI, VIN, registration
and GPS fix; clients' alarm panels ("alarmpanele") report signals with the
panel's serial and zone; guards' patrol check-ins ("patrollie") scan NFC tags
at client sites; dispatch assigns a vehicle to an alarm ("stuur"). All that
equipment belongs to the company or its clients, not to the operator's phone:
the IMEIs, VINs and serials are decoys. Her own phone enters only where it is
bound to her operator login (IMEI and ANDROID_ID at sign-in; the ANDROID_ID
as a SHA-256 under a one-letter header on the shift heartbeat) and in the MDM
check-ins (Android Management-style status report: IMEI, serial, Wi-Fi MAC,
the MDM's own device id). The MDM's fleet list of other guards' handhelds is
company equipment again.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_wav, multipart

from .phone import FB, MODEL, iso, ms, other_imei, rf, rid, ua, vin

API = "https://api.ingwe-ops.example"
FLEET = "https://fleet.ingwe-ops.example"
MDM = "https://mdm.ingwe-ops.example"
PTT = "https://ptt.ingwe-ops.example"
UA = ua("IngweBeheer", "7.2.0")
SUBURBS = [
    ("Sandton", -26.107, 28.056),
    ("Midrand", -25.996, 28.128),
    ("Randburg", -26.094, 28.006),
    ("Fourways", -26.018, 28.006),
    ("Bryanston", -26.057, 28.023),
    ("Soweto", -26.267, 27.858),
]
CALLSIGNS = ["Ingwe 12", "Ingwe 17", "Ingwe 21", "Ingwe 33", "Ingwe 40", "Ingwe 52"]
SIGNALS = ["INBRAAK", "PANIEK", "KRAGONDERBREKING", "SABOTASIE", "BRAND", "MEDIES"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ingwe-beheer", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("x-operateur", b.acct("operator_id"))
    return b


def _fix(c: Context) -> tuple[str, float, float]:
    name, lat, lon = c.rng.choice(SUBURBS)
    return (
        name,
        round(lat + c.rng.uniform(-0.01, 0.01), 5),
        round(lon + c.rng.uniform(-0.01, 0.01), 5),
    )


# --- her phone ----------------------------------------------------------------


def teken_in(c: Context) -> Flow:
    """Operator sign-in: the phone is bound to the shift by IMEI and ANDROID_ID."""
    b = _b(c, "POST", f"{API}/v3/auth/teken-in")
    b.json(
        {
            "operateur": b.acct("operator_id"),
            "pin": new_hex(c.rng, 64),
            "toestel": {
                "imei": b.id("imei", where="json toestel.imei"),
                "androidId": b.id("aid_beheer", where="json toestel.androidId"),
                "model": MODEL,
                "fcm": b.acct("fcm_token"),
            },
            "skof": c.rng.choice(["DAG", "NAG"]),
        }
    )
    b.ok_json({"token": new_hex(c.rng, 48), "beheerkamer": "Midrand", "geldigTot": iso(c)})
    return b.build()


def skof_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/skof/hb")
    b.header("x-d", b.id("aid_beheer", "sha256", "header x-d", detectable=False))
    b.json({"t": ms(c), "aktief": True, "oop": c.rng.randint(0, 9)})
    b.no_content()
    return b.build()


def mdm_status(c: Context) -> Flow:
    b = FB(c, "ingwe-mdm", "POST", f"{MDM}/api/v1/devices/{c.phone.mdm_device_id}/status")
    b.other_id("mdm_device_id", "url path /devices/{id}/status")
    b.header("user-agent", "IngweMDM-Agent/4.8.1 " + UA.split(" ", 1)[1])
    b.json(
        {
            "hardwareInfo": {
                "brand": "samsung",
                "model": MODEL,
                "serialNumber": b.id("serial", where="json hardwareInfo.serialNumber"),
                "deviceBasebandVersion": "G736BXXS5DXE1",
            },
            "networkInfo": {
                "imei": b.id("imei", where="json networkInfo.imei"),
                "wifiMacAddress": b.id("wifi_mac", "lower", "json networkInfo.wifiMacAddress"),
                "networkOperatorName": "Vodacom",
            },
            "softwareInfo": {"androidVersion": "14", "securityPatchLevel": "2024-10-01"},
            "batteryLevel": c.rng.randint(15, 100),
            "workProfile": True,
            "lastStatusReportTime": iso(c),
        }
    )
    b.ok_json({"policyVersion": c.rng.randint(40, 60), "commands": []})
    return b.build()


def mdm_policy(c: Context) -> Flow:
    b = FB(c, "ingwe-mdm", "GET", f"{MDM}/api/v1/devices/{c.phone.mdm_device_id}/policy")
    b.other_id("mdm_device_id", "url path /devices/{id}/policy")
    b.header("user-agent", "IngweMDM-Agent/4.8.1")
    b.ok_json(
        {
            "cameraDisabled": False,
            "screenCaptureDisabled": True,
            "applications": [
                {"packageName": p, "installType": "FORCE_INSTALLED"}
                for p in ("za.ingwe.beheer", "za.ingwe.bewys", "za.ingwe.hek", "za.ingwe.ptt")
            ],
        }
    )
    return b.build()


# --- company equipment (decoys) and ordinary work ---------------------------------


def voertuie(c: Context) -> Flow:
    b = _b(c, "GET", f"{FLEET}/v2/voertuie/posisies?streek=noord")
    b.decoy("armed-response vehicles' tracker IMEIs and VINs (company fleet, not the phone)")
    rows = []
    for cs in c.rng.sample(CALLSIGNS, 4):
        _, lat, lon = _fix(c)
        rows.append(
            {
                "roepnaam": cs,
                "registrasie": f"{c.rng.choice('BCDFGHJ')}{c.rng.choice('BCDFGHJ')}"
                f" {c.rng.randint(10, 99)} {c.rng.choice('BCDFGHJ')}{c.rng.choice('BCDFGHJ')} GP",
                "trackerImei": other_imei(c.rng),
                "vin": vin(c.rng),
                "lat": lat,
                "lon": lon,
                "spoed": c.rng.randint(0, 110),
                "status": c.rng.choice(["BESKIKBAAR", "OPPAD", "BY_TONEEL"]),
            }
        )
    b.ok_json({"voertuie": rows, "tyd": iso(c)})
    return b.build()


def voertuig_spoor(c: Context) -> Flow:
    b = _b(c, "GET", f"{FLEET}/v2/voertuie/{c.rng.randint(100, 160)}/spoor?ure=2")
    b.decoy("vehicle GPS breadcrumb (coordinate list)")
    _, lat, lon = _fix(c)
    b.ok_json(
        {
            "punte": [
                [round(lat + i * 0.0007, 5), round(lon - i * 0.0005, 5), ms(c) - i * 30000]
                for i in range(20)
            ]
        }
    )
    return b.build()


def tracker_diag(c: Context) -> Flow:
    b = _b(c, "GET", f"{FLEET}/v2/toestelle/tracker/{other_imei(c.rng)}/diagnose")
    b.decoy("a vehicle tracker's IMEI in the path and its ICCID (company equipment)")
    b.ok_json(
        {
            "firmware": "FMB920 03.28.07",
            "iccid": "8927" + new_digits(c.rng, 15),
            "gsmSein": c.rng.randint(1, 5),
            "battery": rf(c.rng, 3.6, 4.2, 2),
            "laasteKontak": iso(c),
        }
    )
    return b.build()


def alarm_signale(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/alarms/oop?limiet=20")
    b.decoy("clients' alarm panel serials and account codes (client equipment)")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        name, lat, lon = _fix(c)
        rows.append(
            {
                "alarmId": rid(c.rng),
                "kliëntKode": f"{c.rng.randint(1000, 9999)}",
                "paneelSerie": f"IDS-X64-{new_hex(c.rng, 8).upper()}",
                "sone": c.rng.randint(1, 16),
                "sein": c.rng.choice(SIGNALS),
                "voorstad": name,
                "lat": lat,
                "lon": lon,
                "ontvang": iso(c),
            }
        )
    b.ok_json({"alarms": rows})
    return b.build()


def paneel(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/kliente/{c.rng.randint(10000, 99999)}/paneel")
    b.decoy("alarm panel serial, MAC and IMEI of its GSM communicator (client equipment)")
    b.ok_json(
        {
            "vervaardiger": c.rng.choice(["IDS", "Paradox", "DSC"]),
            "serie": new_hex(c.rng, 10).upper(),
            "kommunikator": {
                "tipe": "GSM",
                "imei": other_imei(c.rng),
                "mac": "00:13:A1:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(3)),
            },
            "sones": [
                {"nr": i, "naam": n} for i, n in enumerate(["Voordeur", "Kombuis", "Garage"], 1)
            ],
            "gewapen": c.rng.random() < 0.5,
        }
    )
    return b.build()


def stuur(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/insidente/{rid(c.rng)}/stuur")
    b.decoy("incident and dispatch ids, coordinates")
    name, lat, lon = _fix(c)
    b.json(
        {
            "roepnaam": c.rng.choice(CALLSIGNS),
            "prioriteit": c.rng.randint(1, 3),
            "bestemming": {"voorstad": name, "lat": lat, "lon": lon},
            "nota": c.rng.choice(["Kliënt antwoord nie", "Hond blaf, hek oop", "Paniek knoppie"]),
            "tyd": iso(c),
        }
    )
    b.ok_json({"etaMin": c.rng.randint(3, 14), "status": "OPPAD"})
    return b.build()


def insident_sluit(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v3/insidente/{rid(c.rng)}")
    b.json(
        {
            "uitkoms": c.rng.choice(["VALS_ALARM", "WIND", "INBRAAK_BEVESTIG", "KLIËNT_FOUT"]),
            "verslag": "Perseel deursoek, alles in orde. Umlindi ubikile.",
            "gesluit": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def patrollie(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/patrollie/inklok?perseel={c.rng.randint(200, 900)}")
    b.decoy("guards' NFC tag ids and check-in coordinates")
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        _, lat, lon = _fix(c)
        rows.append(
            {
                "umlindi": f"W{c.rng.randint(1000, 9999)}",
                "merker": "04:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(6)),
                "lat": lat,
                "lon": lon,
                "tyd": iso(c),
            }
        )
    b.ok_json({"inklokke": rows, "gemis": c.rng.randint(0, 2)})
    return b.build()


def mdm_vloot(c: Context) -> Flow:
    b = _b(c, "GET", f"{MDM}/api/v1/fleet/devices?groep=wagte&bladsy=1")
    b.decoy("other guards' handhelds: IMEIs, serials (company fleet, not this phone)")
    b.ok_json(
        {
            "devices": [
                {
                    "name": f"Wag-{c.rng.randint(100, 999)}",
                    "model": "SM-G525F",
                    "imei": other_imei(c.rng),
                    "serialNumber": "R58" + new_hex(c.rng, 8).upper(),
                    "lastSeen": iso(c),
                    "compliant": c.rng.random() < 0.9,
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def ptt_voice(c: Context) -> Flow:
    b = _b(c, "POST", f"{PTT}/v1/kanale/{c.rng.choice(['noord', 'suid', 'beheer'])}/boodskap")
    b.decoy("push-to-talk radio message (a recording on a channel, not a voiceprint)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            (
                "meta",
                None,
                "application/json",
                b'{"kodek":"opus","duurMs":' + str(c.rng.randint(900, 6000)).encode() + b"}",
            ),
            ("oudio", "ptt.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"boodskapId": rid(c.rng)})
    return b.build()


def ptt_poll(c: Context) -> Flow:
    b = _b(c, "GET", f"{PTT}/v1/kanale/noord/nuut?sedert={ms(c) - 60000}")
    b.ok_json(
        {
            "boodskappe": [
                {
                    "van": c.rng.choice(CALLSIGNS),
                    "duurMs": c.rng.randint(800, 5000),
                    "id": rid(c.rng),
                }
                for _ in range(c.rng.randint(0, 3))
            ]
        }
    )
    return b.build()


def kaart_geofence(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/geofence?streek=noord")
    b.decoy("estate polygons (coordinate lists)")
    _, lat, lon = _fix(c)
    b.ok_json(
        {
            "landgoede": [
                {
                    "naam": n,
                    "veelhoek": [
                        [
                            round(lat + c.rng.uniform(-0.01, 0.01), 5),
                            round(lon + c.rng.uniform(-0.01, 0.01), 5),
                        ]
                        for _ in range(6)
                    ],
                }
                for n in ("Dainfern", "Waterfall", "Kyalami Estates")
            ]
        }
    )
    return b.build()
