"""Tawag: the centre's escalation softphone on the team lead's phone (work
profile), and the voice-biometrics vendor it streams the client bank's
customers to.

The softphone provisions itself with the phone's ANDROID_ID and a SIP
`+sip.instance` URN it makes up (RFC 5626), then keeps its registration alive.
When an escalated call comes in, the bank's customers are authenticated by
their voice with a fictional vendor, VoxSure: enrolment posts the customer's
consented utterances (a voice sample to a speaker-recognition API), active
verification posts the speaker embedding the softphone's SDK computes (an
x-vector, https://www.danielpovey.com/files/2018_icassp_xvectors.pdf), and the
older passive-check endpoint posts the same vector as base64 float32 under a
one-letter key. The vendor's fraud watchlist (voiceprint reference ids, no
voice data), its usage counts, call events and the call recording uploaded to
the centre's recorder are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_wav, floats_b64, jsb, multipart

from .phone import PB, floats, iso, ms, rf, rid, ua

PROV = "https://prov.kalayaan-cx.example"
VOX = "https://api.ph1.voxsure-bio.example"
REC = "https://rec.kalayaan-cx.example"
UA = ua("Tawag", "6.2.1")


def _b(c: Context, method: str, url: str, device: bool = False) -> PB:
    b = PB(c, "tawag", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    if device:
        b.header("x-tawag-device", b.id("aid_tawag", where="header x-tawag-device"))
    return b


def _vox(c: Context, method: str, path: str) -> PB:
    b = PB(c, "voxsure", method, f"{VOX}{path}")
    b.header("user-agent", "VoxSureSDK-Android/4.3.0 " + UA)
    b.header("x-api-key", "vx_live_" + new_hex(c.rng, 24))
    b.header("x-tenant", "kalayaan-cx/cards-us")
    return b


def _cust(c: Context) -> str:
    return "CUST-" + new_digits(c.rng, 9)


def provision(c: Context) -> Flow:
    b = _b(c, "POST", f"{PROV}/softphone/v3/provision")
    b.json(
        {
            "extension": b.acct("sip_ext"),
            "employeeId": b.acct("employee_id"),
            "androidId": b.id("aid_tawag", where="json androidId"),
            "sipInstance": "<urn:uuid:" + b.id("tawag_instance", where="json sipInstance") + ">",
            "codecs": ["opus", "PCMU"],
            "platform": "android",
        }
    )
    b.ok_json(
        {
            "registrar": "sip.kalayaan-cx.example",
            "transport": "tls",
            "expires": 600,
            "stun": "stun.kalayaan-cx.example:3478",
        }
    )
    return b.build()


def keepalive(c: Context) -> Flow:
    b = _b(c, "POST", f"{PROV}/softphone/v3/keepalive", device=True)
    b.json({"extension": b.acct("sip_ext"), "network": "WIFI", "t": ms(c)})
    b.ok_json({"ok": True, "expires": 600})
    return b.build()


def call_event(c: Context) -> Flow:
    b = _b(c, "POST", f"{PROV}/softphone/v3/events")
    b.decoy("call id, masked caller number, queue and timings")
    b.json(
        {
            "callId": rid(c.rng),
            "event": c.rng.choice(["RINGING", "ANSWERED", "HOLD", "TRANSFER", "HANGUP"]),
            "queue": "CARDS-ESCALATION",
            "ani": "+1" + new_digits(c.rng, 3) + "*****" + new_digits(c.rng, 2),
            "sekondaSaTawag": c.rng.randint(0, 1800),
            "mos": rf(c.rng, 3.5, 4.4, 2),
        }
    )
    b.no_content()
    return b.build()


def recording_upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{REC}/upload/escalations")
    b.decoy("escalation call recording for QA (a recording, not a voiceprint)")
    boundary = rid(c.rng)
    meta = {"callId": rid(c.rng), "extension": b.acct("sip_ext"), "retentionDays": 180}
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", jsb(meta)),
            ("file", "call.opus", "audio/ogg", fake_wav(c.rng.randint(0, 10**9), 1000)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"recordingId": f"REC-{new_digits(c.rng, 7)}"})
    return b.build()


def vox_enrol(c: Context) -> Flow:
    b = _vox(c, "POST", "/v2/voiceprints/enroll")
    b.bio("voice_sample", "multipart utterance1..2 to /voiceprints/enroll (speaker enrolment)")
    boundary = rid(c.rng)
    meta = {
        "customerRef": _cust(c),
        "consentId": "CNS-" + new_digits(c.rng, 8),
        "language": "en-US",
        "channel": "PSTN-8k",
    }
    parts = [("meta", None, "application/json", jsb(meta))]
    parts += [
        (f"utterance{i}", f"u{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 700))
        for i in (1, 2)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {"voiceprintId": "vp_" + new_hex(c.rng, 20), "status": "ENROLLED", "netSpeechSec": 21}
    )
    return b.build()


def vox_verify(c: Context) -> Flow:
    b = _vox(c, "POST", "/v2/verifications")
    b.bio("voiceprint", "json voiceprint.embedding (256-d x-vector)")
    b.json(
        {
            "customerRef": _cust(c),
            "callId": rid(c.rng),
            "voiceprint": {
                "embedding": floats(c.rng, 256),
                "model": "xvec-256-8k-v5",
                "netSpeechMs": c.rng.randint(4000, 20000),
            },
            "mode": "ACTIVE",
        }
    )
    b.ok_json(
        {
            "decision": c.rng.choice(["MATCH", "MATCH", "INCONCLUSIVE"]),
            "score": rf(c.rng, 0.4, 0.98, 3),
        }
    )
    return b.build()


def vox_passive_opaque(c: Context) -> Flow:
    b = _vox(c, "POST", "/v1/pc")
    b.bio("voiceprint", "json q (base64 float32 vector, unnamed)", detectable=False)
    b.json({"s": rid(c.rng), "q": floats_b64(floats(c.rng, 256)), "n": 2, "t": ms(c)})
    b.ok_json({"r": 1, "c": rf(c.rng, 0.4, 0.98, 3)})
    return b.build()


def vox_watchlist(c: Context) -> Flow:
    b = _vox(c, "GET", "/v2/watchlists/fraudsters?updatedSince=" + iso(c)[:10])
    b.decoy("fraudster watchlist: voiceprint reference ids and case numbers, no voice data")
    b.ok_json(
        {
            "entries": [
                {
                    "voiceprintRef": "vp_" + new_hex(c.rng, 20),
                    "caseNo": "FR-" + new_digits(c.rng, 6),
                    "addedAt": iso(c),
                    "hits": c.rng.randint(1, 12),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def vox_usage(c: Context) -> Flow:
    b = _vox(c, "GET", "/v2/usage?period=day")
    b.decoy("enrolment / verification counts (aggregate)")
    b.ok_json(
        {
            "enrollments": c.rng.randint(100, 900),
            "verifications": c.rng.randint(1000, 9000),
            "matchRate": rf(c.rng, 0.8, 0.95, 3),
        }
    )
    return b.build()
