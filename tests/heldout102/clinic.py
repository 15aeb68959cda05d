"""VetDesk, the clinic's practice-management app, and its lab / imaging devices.

Patients are animals: microchip numbers (ISO 11784 FDX-B, 15 digits, 372 =
Ireland), owners' names and phones, weights, X-ray / ultrasound images. The
analysers and X-ray units are the CLINIC's (their serials and MACs are not the
tester's devices). Key names mix English and Irish (ainm = name, meáchan =
weight, úinéir = owner, gléas = device). All of it is a hard decoy.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, chip, iso, rf, rid, ua

HOST = "https://api.vetdesk-clinic.ie"
NAMES = ("Bran", "Misneach", "Lassie", "Fionn", "Saoirse", "Rex", "Puca", "Molly")
SPECIES = ("canine", "feline", "equine", "bovine", "lagomorph")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "vetdesk", method, HOST + path)
    b.header("user-agent", ua("VetDesk", "5.3.1"))
    b.header("x-request-id", rid(c.rng))
    return b


def patient_record(c: Context) -> Flow:
    b = _b(c, "PUT", f"/v2/othar/{new_digits(c.rng, 6)}")
    b.json(
        {
            "ainm": c.rng.choice(NAMES),
            "speiceas": c.rng.choice(SPECIES),
            "microchipId": chip(c.rng),
            "meáchan_kg": rf(c.rng, 2, 60, 1),
            "uineir": {"ainm": "Seán Ó Murchú", "fón": "+353 87 " + new_digits(c.rng, 7)},
            "gender": c.rng.choice(["male_neutered", "female_spayed", "male"]),
            "dob": "2019-04-02",
            "updatedBy": b.acct("vet_user"),
        }
    )
    b.decoy("animal patient record: microchip, owner phone, weight, animal sex")
    b.ok_json({"ok": True, "version": c.rng.randint(2, 40)})
    return b.build()


def chip_lookup(c: Context) -> Flow:
    b = FB(c, "fido", "GET", "https://www.fido-registry.ie/api/lookup")
    b.param("chip", chip(c.rng))
    b.decoy("microchip registry lookup: a 15-digit animal chip number, not a device id")
    b.ok_json({"found": True, "registeredKeeper": "on file", "species": "dog"})
    return b.build()


def xray_upload(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/imaging/studies")
    bnd = "----vd" + new_hex(c.rng, 16)
    meta = (
        '{"modality":"DX","bodyPart":"THORAX","view":"lateral","patientSpecies":"canine",'
        f'"stationSerial":"DR-{new_hex(c.rng, 8).upper()}","kVp":70,"mAs":8}}'
    )
    b.set_body(
        multipart(
            bnd,
            [
                ("metadata", None, "application/json", meta.encode()),
                ("image", "thorax_lat.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 9999))),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.decoy("X-ray image of an animal and the clinic X-ray unit's serial (not her device)")
    b.ok_json({"studyUid": "1.2.826.0.1." + new_digits(c.rng, 10)})
    return b.build()


def ultrasound_measure(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/imaging/measurements")
    pts = [[rf(c.rng, 0, 640, 1), rf(c.rng, 0, 480, 1)] for _ in range(12)]
    b.json(
        {
            "study": new_digits(c.rng, 9),
            "probe": "C5-2",
            "caliperPoints": pts,
            "landmarks": {"kidney_L": pts[:4], "bladder": pts[4:8]},
            "fetalHeartRate": c.rng.randint(180, 240),
        }
    )
    b.decoy("ultrasound caliper 'landmarks' on an animal's organs, not face landmarks")
    b.ok_json({"saved": True})
    return b.build()


def analyser_results(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/lab/results")
    b.json(
        {
            "analyser": {
                "model": "Catalyst One",
                "serialNumber": "CAT1" + new_digits(c.rng, 8),
                "macAddress": "00:1B:" + ":".join(new_hex(c.rng, 2) for _ in range(4)),
                "owner": "clinic",
            },
            "panel": "Chem17",
            "values": {"ALB": rf(c.rng, 2, 4, 2), "BUN": rf(c.rng, 7, 27, 1)},
            "patientChip": chip(c.rng),
        }
    )
    b.decoy("clinic lab analyser's serial and MAC: the clinic's device, not hers")
    b.ok_json({"accepted": 1})
    return b.build()


def gleas_status(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/gleasanna")
    b.ok_json(
        {
            "gleasanna": [
                {
                    "ainm": "X-ghathú 1",
                    "sraithuimhir": "XR" + new_digits(c.rng, 9),
                    "ar_líne": True,
                },
                {"ainm": "Lab", "seoladh_mac": "00:1B:A9:" + new_hex(c.rng, 2) + ":10:2C"},
            ],
            "generatedAt": iso(c),
        }
    )
    b.decoy("clinic equipment list (Irish keys): serials and MAC of clinic machines")
    return b.build()
