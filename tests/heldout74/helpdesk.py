"""The helpdesk app (Freshservice) and its voice-biometric login.

Tickets follow Freshservice API v2 (api.freshservice.com: POST /api/v2/tickets
with subject, description, email, priority, status, custom_fields; GET
/api/v2/tickets?filter=; /api/v2/assets with asset_tag and type_fields
serial_number / mac_address / imei_number of the REQUESTER's kit): decoys.

The login to the IT helpdesk line uses a voice-biometric vendor (in-house
integration; key names our own): the admin's own voiceprint enrolment and
verification utterances are TRUE biometric carriers; one verification ships
a sealed blob under meaningless keys (not detectable).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_wav, floats_b64

from .phone import FB, floats, iso, mac, other_imei, other_serial, rf, rid

FS = "https://cnoc.freshservice.com/api/v2"
VOICE = "https://voiceid.cnoc-systems.example/v1"


def _fs(c: Context, method: str, path: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "freshservice", method, f"{FS}/{path}", params)
    b.header("authorization", "Basic " + b64(new_hex(c.rng, 20) + ":X"))
    b.header("user-agent", "FreshserviceAgent/4.18 (Android 14)")
    return b


def new_ticket(c: Context) -> Flow:
    b = _fs(c, "POST", "tickets")
    serial = other_serial(c.rng)
    b.json(
        {
            "subject": c.rng.choice(["Laptop won't boot", "Phone lost", "Badge not working"]),
            "description": f"User reports fault. Device serial {serial}, Wi-Fi MAC {mac(c.rng)}.",
            "email": "tom.price@cnoc-systems.example",
            "priority": 2,
            "status": 2,
            "custom_fields": {"serial_number": serial, "asset_tag": "CNOC-" + new_digits(c.rng, 5)},
        }
    )
    b.ok_json({"ticket": {"id": c.rng.randint(1000, 9999), "created_at": iso(c)}}, 201)
    b.decoy(
        "ticket about a colleague's laptop with its serial and MAC in the text and custom fields"
    )
    return b.build()


def ticket_list(c: Context) -> Flow:
    b = _fs(c, "GET", "tickets/filter", [("query", '"status:2 AND priority:>2"')])
    b.ok_json(
        {
            "tickets": [
                {
                    "id": c.rng.randint(1000, 9999),
                    "subject": "VPN drops",
                    "requester_id": c.rng.randint(10**9, 10**10),
                    "due_by": iso(c),
                }
                for _ in range(5)
            ],
            "total": 5,
        }
    )
    b.decoy("ticket list")
    return b.build()


def asset_detail(c: Context) -> Flow:
    b = _fs(c, "GET", f"assets/{c.rng.randint(1, 900)}", [("include", "type_fields")])
    b.ok_json(
        {
            "asset": {
                "display_id": c.rng.randint(1, 900),
                "name": "Galaxy A54 - Priya",
                "asset_tag": "CNOC-" + new_digits(c.rng, 5),
                "type_fields": {
                    "serial_number_23": other_serial(c.rng),
                    "imei_number_23": other_imei(c.rng),
                    "mac_address_23": mac(c.rng),
                },
            }
        }
    )
    b.decoy("Freshservice asset of an employee's phone: serial, IMEI, MAC")
    return b.build()


def _voice(c: Context, path: str) -> FB:
    b = FB(c, "voiceid", "POST", f"{VOICE}/{path}")
    b.header("user-agent", "CnocHelpdesk/2.3.1 (Android 14)")
    b.header("x-request-id", rid(c.rng))
    return b


def voice_enrol(c: Context) -> Flow:
    b = _voice(c, "speakers/enrolments")
    b.json(
        {
            "speakerRef": b.acct("admin_upn"),
            "utterances": [b64(fake_wav(c.rng.randrange(10**9), 600)) for _ in range(3)],
            "passphrase": "my voice is my password",
            "sampleRate": 16000,
        }
    )
    b.bio("voice_enrolment", "body.utterances (speaker enrolment)")
    b.ok_json({"enrolmentId": new_hex(c.rng, 16), "quality": rf(c.rng, 0.7, 0.99, 2)})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _voice(c, "speakers/verify")
    b.json(
        {
            "speakerRef": b.acct("admin_upn"),
            "voiceprint": floats_b64(floats(c.rng, 256)),
            "utterance": b64(fake_wav(c.rng.randrange(10**9), 500)),
            "channel": "app",
        }
    )
    b.bio("voiceprint", "body.voiceprint + body.utterance (speaker verification)")
    b.ok_json({"match": True, "score": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def voice_verify_opaque(c: Context) -> Flow:
    b = _voice(c, "s/v")
    b.json({"a": b.acct("admin_upn"), "p": b64(c.rng.randbytes(700)), "k": new_hex(c.rng, 8)})
    b.bio("voiceprint", "body.p (sealed verification payload)", detectable=False)
    b.ok_json({"r": 1})
    return b.build()


def kb_search(c: Context) -> Flow:
    b = _fs(
        c,
        "GET",
        "solutions/articles/search",
        [("search_term", c.rng.choice(["face id setup", "reset voicemail", "printer offline"]))],
    )
    b.ok_json(
        {
            "articles": [
                {
                    "id": c.rng.randint(1, 999),
                    "title": "How to set up face unlock on your work phone",
                    "description_text": "Settings > Biometrics and security > Face recognition.",
                }
            ]
        }
    )
    b.decoy("knowledge-base article about setting up face unlock (text about faces)")
    return b.build()


def voicemail(c: Context) -> Flow:
    b = _fs(c, "GET", f"tickets/{c.rng.randint(1000, 9999)}/conversations")
    b.ok_json(
        {
            "conversations": [
                {
                    "id": c.rng.randint(10**6, 10**7),
                    "source": "phone",
                    "body_text": "Voicemail transcript: hi it's Tom, my laptop fan is very loud.",
                    "attachments": [
                        {
                            "name": "voicemail.mp3",
                            "content_type": "audio/mpeg",
                            "size": c.rng.randint(10**4, 10**5),
                        }
                    ],
                    "created_at": iso(c),
                }
            ]
        }
    )
    b.decoy("helpdesk voicemail with its transcript (speech-to-text; a colleague's message)")
    return b.build()
