"""Poortwacht: the gate time clock's companion app.

The turnstile terminals check workers' faces at the gate; the terminals talk to
the vendor themselves, so co-workers' faces never pass through Daan's phone.
What his app shows him of his team is the outcome: who clocked in when, at which
gate, with the match score and liveness verdict. That is attendance data (a
badge swipe with a score), not biometric data: no image, template or landmark
leaves or reaches the phone in those flows. A disputed clock-in opens the gate
snapshot for a human to look at: an image download for review, labelled as a
look-alike like any photo fetch.

Biometric flows of this app: Daan's own mobile clock-in at the outer gate (a
selfie and the app's face template, sent to the vendor's matcher), the terminal
relay's encrypted copy, and re-enrolling a co-worker whose face no longer
matches: Daan photographs her with his phone and the app uploads the photo to
the enrolment (face-matching) API. That photo is the co-worker's biometric data,
but it is a face image sent to face matching from this phone, which is what the
category is about; the label says whose it is.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, bearer, fleet_serial, floats, iso, rf, rid, ua

API = "https://api.poortwacht.example"
UA = ua("Poortwacht", "3.7.0")
NAMES = ["Kasia Nowak", "Piotr Wiśniewski", "Sanne de Vries", "Tomasz Zieliński", "Mo Bakkali"]


def _b(c: Context, method: str, url: str, install: bool = False) -> FB:
    b = FB(c, "poortwacht", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c.rng))
    if install:
        b.header("x-pw-installatie", b.id("clock_install", where="header x-pw-installatie"))
    return b


def team_checkins(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/team/inklokken?datum=vandaag")
    b.decoy(
        "co-workers' clock-ins with match score and liveness verdict: attendance outcome, "
        "no face data (the gate terminals keep that with the vendor)"
    )
    b.ok_json(
        {
            "inklokken": [
                {
                    "naam": n,
                    "badge": new_digits(c.rng, 8, "4"),
                    "poort": c.rng.choice(["Poort 1", "Poort 2", "Hek Noord"]),
                    "tijd": iso(c),
                    "methode": "gezicht",
                    "matchScore": rf(c.rng, 0.82, 0.99, 3),
                    "levendigheid": "geslaagd",
                    "snapshotId": rid(c.rng),
                }
                for n in NAMES
            ]
        }
    )
    return b.build()


def disputed_snapshot(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/team/inklokken/{rid(c.rng)}/snapshot.jpg")
    b.decoy(
        "gate snapshot opened for a human to review a disputed clock-in: an image download, "
        "no template and no upload to face matching"
    )
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800))
    return b.build()


def terminal_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/terminals")
    b.decoy("gate terminals (employer's): serials, camera state, face-check settings")
    b.ok_json(
        [
            {
                "terminal": f"T{i}",
                "serial": fleet_serial(c.rng, "PWT"),
                "camera": c.rng.choice(["ok", "ok", "vuil", "offline"]),
                "drempel": 0.8,
                "gezichtscontrole": True,
                "laatsteSync": iso(c),
            }
            for i in range(1, 4)
        ]
    )
    return b.build()


def hours_overview(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/mij/uren?week={c.rng.randint(1, 52)}")
    b.ok_json(
        {
            "badge": b.acct("clock_badge"),
            "dagen": [
                {
                    "dag": d,
                    "in": "06:0" + str(c.rng.randint(0, 9)),
                    "uit": "14:3" + str(c.rng.randint(0, 9)),
                }
                for d in ("ma", "di", "wo", "do", "vr")
            ],
            "totaal": rf(c.rng, 36, 42, 2),
        }
    )
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/toestellen/registreer")
    b.json(
        {
            "installatieId": b.id("clock_install", where="json installatieId"),
            "androidId": b.id("aid_clock", where="json androidId"),
            "pushToken": b.acct("push_token"),
            "badge": b.acct("clock_badge"),
        }
    )
    b.ok_json({"geregistreerd": True})
    return b.build()


def my_mobile_clockin(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/mij/inklokken/mobiel", install=True)
    boundary = "pw" + rid(c.rng).replace("-", "")[:20]
    b.bio("face_image", "multipart selfie (own mobile clock-in, face match + liveness)")
    meta = (
        '{"poort":"Hek Noord","methode":"selfie","levendigheidUitdaging":"knipper","tijd":"'
        + iso(c)
        + '"}'
    ).encode()
    b.set_body(
        multipart(
            boundary,
            [
                ("meta", None, "application/json", meta),
                ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"match": True, "score": rf(c.rng, 0.85, 0.99, 3), "ingeklokt": iso(c)})
    return b.build()


def my_face_template(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/mij/inklokken/sjabloon", install=True)
    b.bio("face_template", "json gezichtssjabloon (base64 float32, own face)")
    b.json(
        {
            "gezichtssjabloon": floats_b64(floats(c.rng, 128)),
            "sjabloonVersie": "pw-face-5",
            "kwaliteit": rf(c.rng, 0.6, 0.99, 2),
            "hoofdhouding": {"yaw": rf(c.rng, -15, 15, 1), "pitch": rf(c.rng, -10, 10, 1)},
        }
    )
    b.ok_json({"match": True})
    return b.build()


def coworker_reenrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/team/gezicht/herinschrijven", install=True)
    b.bio(
        "face_image",
        "json foto (a co-worker's face photographed by the shift lead for re-enrolment "
        "in face matching: biometric data sent from this phone, not the tester's own face)",
    )
    b.json(
        {
            "badge": new_digits(c.rng, 8, "4"),
            "reden": "geen match na bril",
            "foto": b64(fake_jpeg(c.rng.randint(0, 10**9), 600)),
            "toestemmingGetekend": True,
            "door": b.acct("staff_no"),
        }
    )
    b.ok_json({"sjabloonBijgewerkt": True})
    return b.build()


def relay_opaque(c: Context) -> Flow:
    """The app's offline queue: the clock-in sealed as one blob under 'p'."""
    b = _b(c, "POST", f"{API}/q")
    b.bio("face_template", "json p (sealed clock-in with the own face template)", detectable=False)
    sealed = bytes(c.rng.getrandbits(8) for _ in range(700))
    b.json({"p": b64(sealed), "k": 2})
    b.no_content()
    return b.build()
