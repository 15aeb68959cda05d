"""The encrypted messenger and the secure-drop inbox: ciphertext only.

Real: Signal-Server's REST shapes (PUT /v2/keys with identityKey / signedPreKey
{keyId, publicKey, signature} / preKeys; PUT /v1/messages/<dest> with
messages [{type, destinationDeviceId, destinationRegistrationId, content}];
GET /v4/attachments/form/upload), from signalapp/Signal-Server's controllers
and entities. Signal's `deviceId` / `destinationDeviceId` is the account's
device SLOT number (1 = primary), not a hardware identifier. In-house
"Briefkasten" secure-drop: OpenPGP-armoured submissions.
All opaque and carrying nothing sensitive about the phone: decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import b64

from .phone import FB, ms, ua

SIGNAL = "https://chat.signal.org"
UA = "Signal-iOS/7.12.0.0 iOS/17.5"


def _blob(c: Context, n: int) -> str:
    return b64(bytes(c.rng.getrandbits(8) for _ in range(n)))


def _sig(c: Context, method: str, path: str) -> FB:
    b = FB(c, "signal", method, SIGNAL + path)
    b.header("user-agent", UA)
    b.header("authorization", "Basic " + b64(f"{new_uuid(c.rng)}.1:{new_hex(c.rng, 24)}"))
    return b


def send_message(c: Context) -> Flow:
    b = _sig(c, "PUT", f"/v1/messages/{new_uuid(c.rng)}")
    msgs = [
        {
            "type": c.rng.choice([1, 3]),
            "destinationDeviceId": d,
            "destinationRegistrationId": c.rng.randint(1, 16380),
            "content": _blob(c, 180),
        }
        for d in (1, 2)[: c.rng.randint(1, 2)]
    ]
    b.json({"messages": msgs, "online": False, "urgent": True, "timestamp": ms(c)})
    b.ok_json({"needsSync": True})
    b.decoy("Signal message: ciphertext, device SLOT numbers 1/2, registration ids")
    return b.build()


def fetch_messages(c: Context) -> Flow:
    b = _sig(c, "GET", "/v1/messages")
    b.ok_json(
        {
            "messages": [
                {
                    "type": 1,
                    "sourceDevice": 1,
                    "guid": new_uuid(c.rng),
                    "serverTimestamp": ms(c),
                    "content": _blob(c, 120),
                }
                for _ in range(c.rng.randint(0, 3))
            ],
            "more": False,
        }
    )
    b.decoy("Signal inbox: ciphertext envelopes")
    return b.build()


def upload_keys(c: Context) -> Flow:
    b = _sig(c, "PUT", "/v2/keys")
    b.param("identity", "aci")
    b.json(
        {
            "identityKey": _blob(c, 33),
            "signedPreKey": {
                "keyId": c.rng.randint(1, 2**24),
                "publicKey": _blob(c, 33),
                "signature": _blob(c, 64),
            },
            "preKeys": [
                {"keyId": c.rng.randint(1, 2**24), "publicKey": _blob(c, 33)} for _ in range(5)
            ],
        }
    )
    b.no_content()
    b.decoy("Signal prekey upload: public keys, no device id")
    return b.build()


def attachment_form(c: Context) -> Flow:
    b = _sig(c, "GET", "/v4/attachments/form/upload")
    b.ok_json(
        {
            "cdn": 3,
            "key": new_hex(c.rng, 20),
            "headers": {"Tus-Resumable": "1.0.0"},
            "signedUploadLocation": f"https://cdn3.signal.org/attachments/{new_hex(c.rng, 20)}",
        }
    )
    b.decoy("attachment upload form")
    return b.build()


def attachment_upload(c: Context) -> Flow:
    b = FB(c, "signal", "PATCH", f"https://cdn3.signal.org/attachments/{new_hex(c.rng, 20)}")
    b.header("user-agent", UA)
    b.header("tus-resumable", "1.0.0")
    b.header("upload-offset", "0")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(600)), "application/offset+octet-stream")
    b.no_content()
    b.decoy("encrypted attachment bytes (could be a photo of a face: unreadable ciphertext)")
    return b.build()


def briefkasten_submit(c: Context) -> Flow:
    b = FB(c, "briefkasten", "POST", "https://briefkasten.rheinblick-medien.de/api/einreichung")
    b.header("user-agent", ua("Briefkasten", "1.3.0"))
    armour = (
        "-----BEGIN PGP MESSAGE-----\n\n"
        + _blob(c, 300)
        + "\n="
        + new_hex(c.rng, 4)
        + "\n-----END PGP MESSAGE-----\n"
    )
    b.json(
        {
            "codename": "-".join(
                c.rng.sample(
                    ["kaas", "dijk", "molen", "tulp", "fiets", "gracht", "regen", "haven"], 4
                )
            ),
            "nachricht": armour,
            "anhaenge": c.rng.randint(0, 2),
        }
    )
    b.ok_json({"eingang": True})
    b.decoy("secure-drop submission: OpenPGP ciphertext under a source codename")
    return b.build()
