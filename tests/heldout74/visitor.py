"""The visitor-management kiosk app (reception tablet; the admin manages it).

Shaped after Envoy's public API (developers.envoy.com: /v1/entries with
fullName, email, signedInAt, hostEmail, custom fields; badge printing to a
Brother QL label printer) and an in-house badge service. The visitor's photo is
taken for the printed badge only: it goes to a photo store and a badge renderer,
never to a face API. Self-declared fields (company, "who are you visiting")
and the printer's serial (the company's kiosk printer) are decoys too.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, iso, mac, rid

API = "https://api.envoy.com/v1"
NAMES = ["Declan Murphy", "Grace Okonkwo", "Hannah Lee", "Rory Byrne", "Fatima Noor"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "envoy", method, url)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.header("user-agent", "EnvoyVisitors/5.31.0 (Android 14; SM-S911B)")
    return b


def sign_in(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/entries")
    name = c.rng.choice(NAMES)
    b.json(
        {
            "data": {
                "fullName": name,
                "email": name.lower().replace(" ", ".") + "@visitor-example.com",
                "hostEmail": "facilities@cnoc-systems.example",
                "signedInAt": iso(c),
                "locationId": str(c.rng.randint(100000, 999999)),
                "customFields": {
                    "Company": "Acme Lifts",
                    "Purpose": "Lift maintenance",
                    "Gender (optional)": c.rng.choice(["female", "male", "prefer not to say"]),
                },
            }
        }
    )
    b.ok_json({"data": {"id": new_digits(c.rng, 8), "status": "signed_in"}}, 201)
    b.decoy("visitor sign-in form: name, email, self-declared gender (not biometric)")
    return b.build()


def badge_photo(c: Context) -> Flow:
    entry = new_digits(c.rng, 8)
    b = _b(c, "POST", f"https://badges.cnoc-systems.example/v1/entries/{entry}/photo")
    boundary = "----EnvoyBadge" + new_hex(c.rng, 16)
    body = multipart(
        boundary,
        [
            ("purpose", None, None, b"badge_print"),
            ("crop", None, None, b"head_and_shoulders"),
            ("photo", "visitor.jpg", "image/jpeg", fake_jpeg(c.rng.randrange(10**9), 1200)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "photoUrl": f"https://cdn.cnoc-systems.example/badges/{new_uuid(c.rng)}.jpg",
            "retentionDays": 1,
        }
    )
    b.decoy("visitor photo for a printed badge (photo store, no face analysis)")
    return b.build()


def print_badge(c: Context) -> Flow:
    b = _b(c, "POST", "https://badges.cnoc-systems.example/v1/print-jobs")
    b.json(
        {
            "printer": {
                "model": "QL-820NWB",
                "serialNumber": "U6" + new_hex(c.rng, 8).upper(),
                "macAddress": mac(c.rng, "00:80:77"),
            },
            "template": "visitor-62mm",
            "fields": {"name": c.rng.choice(NAMES), "host": "Facilities", "validUntil": iso(c)},
            "photoRef": new_uuid(c.rng),
        }
    )
    b.ok_json({"jobId": rid(c.rng), "state": "queued"})
    b.decoy("badge print job: the company kiosk's label printer serial and MAC")
    return b.build()


def watchlist_check(c: Context) -> Flow:
    b = _b(c, "POST", "https://badges.cnoc-systems.example/v1/screening")
    b.json({"fullName": c.rng.choice(NAMES), "lists": ["internal-banned"], "match": "name_exact"})
    b.ok_json({"hit": False})
    b.decoy("visitor screened by NAME against an internal list (no face matching)")
    return b.build()


def sign_out(c: Context) -> Flow:
    b = _b(c, "PATCH", f"{API}/entries/{new_digits(c.rng, 8)}")
    b.json({"data": {"signedOutAt": iso(c), "visitDurationMin": c.rng.randint(20, 300)}})
    b.ok_json({"data": {"status": "signed_out"}})
    b.decoy("visitor sign-out with visit duration")
    return b.build()
