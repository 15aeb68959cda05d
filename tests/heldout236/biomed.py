"""The hospital's biomedical systems, reached from the engineer's phone or passing
the hospital Wi-Fi: the GMAO (computerised maintenance) app's asset register of
infusion pumps, patient monitors and ventilators by serial and MAC, work orders
and preventive-maintenance checklists; the BLE asset tags' RTLS gateway; the
central monitoring gateway's FHIR Observations with the monitor's serial; the
pumps' drug-library sync; the telemedicine carts' heartbeats and call
signalling (a camera's pan / tilt pose). All of it is the institution's
equipment, not the tester's device: serials and MACs here are look-alikes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .hospital import ASSET_TAGS, CARTS, EQUIPMENT, PUMPS, WARDS
from .phone import EB, iso, ms, rf, rid, ua

GMAO = "https://gmao.chuk-hospital.example"
RTLS = "https://rtls.chuk-hospital.example"
FHIR = "https://monitoring.chuk-hospital.example/fhir/R4"
TELE = "https://telemed.chuk-hospital.example"
UA = ua("GMAO-CHUK", "1.9.3")


def _g(c: Context, method: str, url: str) -> EB:
    b = EB(c, "gmao", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def asset_lookup(c: Context) -> Flow:
    kind, model, sn, mac = c.rng.choice(EQUIPMENT)
    tag = c.rng.choice(ASSET_TAGS)[0]
    b = _g(c, "GET", f"{GMAO}/api/v1/equipements/{tag}")
    b.decoy(f"{kind} serial / MAC (hospital equipment)")
    b.ok_json(
        {
            "etiquette": tag,
            "type": kind,
            "modele": model,
            "numeroSerie": sn,
            "adresseMac": mac,
            "service": c.rng.choice(WARDS),
            "etat": "en_service",
            "derniereMaintenance": iso(c)[:10],
        }
    )
    return b.build()


def asset_list(c: Context) -> Flow:
    ward = c.rng.choice(WARDS)
    b = _g(c, "GET", f"{GMAO}/api/v1/equipements?service={ward}&page=1")
    b.decoy("equipment register with serials and MACs")
    b.ok_json(
        {
            "equipements": [
                {"type": k, "modele": m, "numeroSerie": s, "mac": mac}
                for k, m, s, mac in c.rng.sample(EQUIPMENT, 5)
            ]
        }
    )
    return b.build()


def work_order(c: Context) -> Flow:
    _kind, model, sn, _mac = c.rng.choice(EQUIPMENT)
    b = _g(c, "POST", f"{GMAO}/api/v1/ordres-travail")
    b.decoy("work order number and equipment serial")
    b.json(
        {
            "numeroSerie": sn,
            "modele": model,
            "panne": c.rng.choice(
                ["Alarme occlusion", "Batterie faible", "Capteur SpO2 défectueux", "Fuite circuit"]
            ),
            "priorite": c.rng.choice(["haute", "normale"]),
            "technicien": b.acct("staff_no"),
            "igihe": iso(c),
        }
    )
    b.ok_json({"ordre": f"OT-2025-{c.rng.randint(1000, 9999)}", "statut": "ouvert"})
    return b.build()


def pm_checklist(c: Context) -> Flow:
    _kind, _model, sn, _mac = c.rng.choice(EQUIPMENT)
    b = _g(c, "PUT", f"{GMAO}/api/v1/maintenance/{sn}/checklist")
    b.decoy("preventive-maintenance checklist of an equipment serial")
    b.json(
        {
            "etapes": [{"code": f"PM{i}", "ok": c.rng.random() > 0.1} for i in range(1, 7)],
            "mesures": {"debit_ml_h": rf(c.rng, 99, 101, 1), "fuite_uA": rf(c.rng, 10, 90, 0)},
        }
    )
    b.ok_json({"enregistre": True})
    return b.build()


def rtls_tags(c: Context) -> Flow:
    b = EB(c, "rtls", "POST", f"{RTLS}/api/v2/sightings")
    b.header("user-agent", "rtls-gateway/4.2")
    b.decoy("BLE asset tags' MACs and x/y positions (hospital assets)")
    b.json(
        {
            "gateway": "GW-" + c.rng.choice(["URG", "REA", "MAT"]),
            "sightings": [
                {
                    "tag": t,
                    "mac": mac,
                    "rssi": -c.rng.randint(45, 90),
                    "x": rf(c.rng, 0, 80, 2),
                    "y": rf(c.rng, 0, 40, 2),
                    "floor": 2,
                }
                for t, mac in c.rng.sample(ASSET_TAGS, 4)
            ],
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def fhir_vitals(c: Context) -> Flow:
    _k, model, sn, _mac = c.rng.choice([e for e in EQUIPMENT if e[0] == "patient_monitor"])
    b = EB(c, "monitoring", "POST", f"{FHIR}/Observation")
    b.header("user-agent", "CentralStation/3.0")
    b.decoy("monitor serial in Device.identifier (hospital equipment)")
    b.json(
        {
            "resourceType": "Observation",
            "status": "final",
            "code": {
                "coding": [
                    {"system": "http://loinc.org", "code": "8867-4", "display": "Heart rate"}
                ]
            },
            "subject": {"reference": f"Patient/{c.rng.randint(10**5, 10**6)}"},
            "device": {"identifier": {"system": "urn:chuk:serial", "value": sn}, "display": model},
            "effectiveDateTime": iso(c),
            "valueQuantity": {"value": c.rng.randint(60, 130), "unit": "/min"},
        },
        ctype="application/fhir+json",
    )
    b.respond(201, "application/fhir+json", b"")
    return b.build()


def pump_library(c: Context) -> Flow:
    _k, _model, sn, mac = c.rng.choice(PUMPS)
    b = EB(c, "pumps", "GET", f"{GMAO}/pompes/v1/bibliotheque?sn={sn}&mac={mac.replace(':', '')}")
    b.header("user-agent", "Agilia-Connect/2.4")
    b.decoy("infusion pump serial and MAC in query (hospital equipment)")
    b.ok_json(
        {
            "version": "BIB-2025-02",
            "medicaments": [
                {"nom": n, "debit_max": m}
                for n, m in (("Noradrénaline", 30), ("Insuline", 20), ("Ocytocine", 60))
            ],
        }
    )
    return b.build()


def cart_heartbeat(c: Context) -> Flow:
    cart, mac = c.rng.choice(CARTS)
    b = EB(c, "telemed", "POST", f"{TELE}/api/carts/{cart}/heartbeat")
    b.header("user-agent", "TeleCart/7.0")
    b.decoy("telemedicine cart serial / MAC (hospital equipment)")
    b.json(
        {
            "cart": cart,
            "mac": mac,
            "battery": c.rng.randint(20, 100),
            "camera": {
                "pan": rf(c.rng, -90, 90, 1),
                "tilt": rf(c.rng, -30, 30, 1),
                "zoom": rf(c.rng, 1, 10, 1),
            },
            "ts": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def cart_call(c: Context) -> Flow:
    cart, _mac = c.rng.choice(CARTS)
    b = EB(c, "telemed", "POST", f"{TELE}/api/sessions")
    b.header("user-agent", "TeleCart/7.0")
    b.decoy("session id, ICE candidates (signalling)")
    b.json(
        {
            "cart": cart,
            "specialite": c.rng.choice(["cardiologie", "dermatologie", "neurologie"]),
            "sdp": "v=0\r\no=- " + str(c.rng.randint(10**15, 10**16)) + " 2 IN IP4 127.0.0.1\r\n",
            "ice": [
                (
                    f"candidate:{c.rng.randint(10**8, 10**9)} 1 udp 2122260223 "
                    f"10.20.{c.rng.randint(0, 255)}.{c.rng.randint(1, 254)} "
                    f"{c.rng.randint(40000, 60000)} typ host"
                )
            ],
        }
    )
    b.ok_json(
        {
            "sessionId": rid(c.rng),
            "turn": {"username": new_hex(c.rng, 16), "credential": new_hex(c.rng, 24)},
        }
    )
    return b.build()
