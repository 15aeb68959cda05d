"""The ship's facial-recognition embarkation and gangway checks (fictional
VisoPort platform run by the cruise line).

At embarkation each guest's photo is enrolled; at every port call the crew
scan guests and crew going ashore and back with a handheld (the officer's
phone runs the gangway app) or a gangway kiosk. The handheld sends the face it
captured, or the template it computed on the phone, and gets a match score
back; the dashboard lists recent scans and onboard counts.

Faces are biometric data whoever they belong to: the probe image the handheld
sends (`probe.image` to `gangway/verify`, a match score and threshold back),
the template computed on the phone (`probeTemplate`), the enrolments' templates
pulled to the handheld (`enrolments[].template`) and a crew member's face
(`volto`) are labelled biometric with their key names readable; a guest's
enrolled reference photo, a bare JPEG under `reference.jpg`, is biometric with
nothing saying so (opaque). The dashboard's match outcomes per guest (a name,
a cabin, a score: no face data), the review decision, the head counts and the
kiosks' health records stay negative; the kiosks' serials are the ship's
equipment, not the tester's device.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64

from .nave import CREW, GUESTS, SHIP, cabin, folio, guest_id, port, ship
from .phone import floats, iso, rf, rid

API = f"https://gangway.{SHIP}/visoport/api/v2"
APP = ("VisoPort Gangway", "3.9.0")
GANGWAYS = ["GW-D4-PORT", "GW-D4-STBD", "GW-D3-TENDER"]


def gangway_verify(c: Context) -> Flow:
    code, _ = port(c)
    b = ship(c, "visoport", "POST", f"{API}/gangway/verify", *APP)
    b.bio("face_image", "json probe.image (base64 JPEG) to gangway/verify, match score back")
    b.json(
        {
            "gangwayId": c.rng.choice(GANGWAYS),
            "portCall": code,
            "direction": c.rng.choice(["OUT", "IN"]),
            "subject": {"type": "guest", "folio": folio(c), "cabin": cabin(c)},
            "probe": {
                "format": "jpeg",
                "image": b64(fake_jpeg(c.rng.randint(0, 10**9), 640)),
                "quality": rf(c.rng, 0.6, 0.98, 2),
                "capturedAt": iso(c),
            },
        }
    )
    b.ok_json(
        {
            "match": True,
            "score": rf(c.rng, 0.8, 0.99, 3),
            "threshold": 0.82,
            "guestName": c.rng.choice(GUESTS),
            "eventId": rid(c.rng),
        }
    )
    return b.build()


def gangway_verify_template(c: Context) -> Flow:
    """Newer handheld build: the face template is computed on the phone."""
    b = ship(c, "visoport", "POST", f"{API}/gangway/verify-template", *APP)
    b.bio("face_template", "json probeTemplate (128 float32, base64) + livenessScore")
    b.json(
        {
            "gangwayId": c.rng.choice(GANGWAYS),
            "cabin": cabin(c),
            "probeTemplate": floats_b64(floats(c.rng, 128)),
            "templateModel": "vp-arc-128",
            "livenessScore": rf(c.rng, 0.7, 0.99, 3),
            "ts": iso(c),
        }
    )
    b.ok_json({"match": c.rng.random() < 0.95, "score": rf(c.rng, 0.6, 0.99, 3)})
    return b.build()


def embark_enrol_sync(c: Context) -> Flow:
    """The embarkation terminals' enrolments, pulled to the handheld's offline cache."""
    b = ship(c, "visoport", "GET", f"{API}/enrolments/delta?since={int(c.now) - 900}", *APP)
    b.mark(
        "biometric",
        "face_template",
        "response json enrolments[].template (128 float32, base64)",
        True,
        "response",
    )
    b.ok_json(
        {
            "enrolments": [
                {
                    "guestId": guest_id(c),
                    "cabin": cabin(c),
                    "template": floats_b64(floats(c.rng, 128)),
                    "imageQuality": rf(c.rng, 0.5, 0.99, 2),
                    "enrolledAt": iso(c),
                }
                for _ in range(c.rng.randint(2, 5))
            ],
            "cursor": new_hex(c.rng, 16),
        }
    )
    return b.build()


def crew_gangway_check(c: Context) -> Flow:
    b = ship(c, "visoport", "POST", f"{API}/equipaggio/verifica", *APP)
    b.bio("face_image", "json volto (JPEG data URI: a crew member's face)")
    b.json(
        {
            "idEquipaggio": "C" + new_digits(c.rng, 6),
            "nome": c.rng.choice(CREW),
            "volto": "data:image/jpeg;base64," + b64(fake_jpeg(c.rng.randint(0, 10**9), 500)),
            "varco": c.rng.choice(GANGWAYS),
            "ora": iso(c),
        }
    )
    b.ok_json({"esito": "OK", "punteggio": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def recent_scans(c: Context) -> Flow:
    b = ship(c, "visoport", "GET", f"{API}/dashboard/scans?limit=20", *APP)
    b.decoy("guests' match outcomes on the gangway dashboard (names, scores: no face data)")
    b.ok_json(
        {
            "scans": [
                {
                    "name": c.rng.choice(GUESTS),
                    "cabin": cabin(c),
                    "score": rf(c.rng, 0.5, 0.99, 3),
                    "result": c.rng.choice(["MATCH", "MATCH", "MATCH", "REVIEW"]),
                    "at": iso(c),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def onboard_count(c: Context) -> Flow:
    code, name = port(c)
    b = ship(c, "visoport", "GET", f"{API}/dashboard/counts?port={code}", *APP)
    b.decoy("onboard / ashore head counts (aggregate)")
    ashore = c.rng.randint(200, 3000)
    b.ok_json(
        {
            "port": name,
            "onboard": 4100 - ashore,
            "ashore": ashore,
            "allAboardTime": "17:30",
            "lastSync": iso(c),
        }
    )
    return b.build()


def reference_photo(c: Context) -> Flow:
    """Manual review: the guest's enrolled photo, for the officer to compare by eye."""
    b = ship(c, "visoport", "GET", f"{API}/guests/{guest_id(c)}/reference.jpg", *APP)
    b.mark(
        "biometric",
        "face_image",
        "response image/jpeg (a guest's enrolled reference face photo)",
        False,
        "response",
    )
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700))
    return b.build()


def manual_override(c: Context) -> Flow:
    b = ship(c, "visoport", "POST", f"{API}/review/override", *APP)
    b.decoy("gangway review decision for a guest (no face data)")
    b.json(
        {
            "eventId": rid(c.rng),
            "decision": "ACCEPT",
            "motivo": c.rng.choice(["occhiali da sole", "cappello", "bambino", "luce scarsa"]),
            "documentChecked": True,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def kiosk_health(c: Context) -> Flow:
    b = ship(c, "visoport", "GET", f"{API}/devices/health", *APP)
    b.decoy("gangway kiosks' and cameras' serials (the ship's equipment)")
    b.ok_json(
        {
            "devices": [
                {
                    "deviceId": f"VPK-{new_hex(c.rng, 8).upper()}",
                    "serialNumber": "VP" + new_digits(c.rng, 10),
                    "location": gw,
                    "firmware": "4.2.17",
                    "cameraTempC": rf(c.rng, 30, 55, 1),
                    "online": True,
                }
                for gw in GANGWAYS
            ]
        }
    )
    return b.build()


FLOWS = [
    gangway_verify,
    gangway_verify,
    gangway_verify_template,
    embark_enrol_sync,
    crew_gangway_check,
    recent_scans,
    onboard_count,
    reference_photo,
    manual_override,
    kiosk_health,
]
