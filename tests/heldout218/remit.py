"""RakamPathau: a Doha-to-Nepal remittance app (the father's Galaxy A34 in Doha).

Registration ties the QID-verified account to a device UUID the app makes up,
the ANDROID_ID and the advertising id (for its fraud engine). Sign-in from a
new phone and large transfers use voice verification: the sender reads a
phrase in Nepali ("mero awaj nai mero password ho"), the app enrols a speaker
embedding (an x-vector style 192-float vector, cf. ECAPA-TDNN,
https://arxiv.org/abs/2005.07143) together with the recording, and later
verifies with the embedding alone; an older build posts the embedding as base64
float32 under a one-letter key. A voice note attached to a transfer (for the
family, not a voiceprint), exchange rates QAR to NPR, transfers with their
reference numbers and the beneficiary list are ordinary. The session
keep-alive carries the device UUID base64-encoded under `d`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, jsb, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.rakampathau.example"
UA = ua("RakamPathau", "4.2.0", "buwa")


def _b(c: Context, method: str, url: str, dev: bool = False) -> FB:
    b = FB(c, "rakampathau", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    if dev:
        b.header("x-device-uuid", b.id("remit_device_uuid", where="header x-device-uuid"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/darta")
    b.json(
        {
            "prayogkarta": b.acct("remit_user"),
            "deviceUuid": b.id("remit_device_uuid", where="json deviceUuid"),
            "androidId": b.id("aid_remit", where="json androidId"),
            "advertisingId": b.id("gaid_buwa", where="json advertisingId"),
            "modal": "SM-A346E",
            "desh": "QA",
        }
    )
    b.ok_json({"sthiti": "OTP_PATHAIYO", "lambai": 6})
    return b.build()


def keepalive_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ka")
    b.form([("d", b.id("remit_device_uuid", "b64", "form d", detectable=False)), ("s", "1")])
    b.no_content()
    return b.build()


def awaj_darta(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/awaj-pramanikaran/darta", dev=True)
    b.bio("voiceprint", "multipart speakerEmbedding + recording (voice enrolment)")
    boundary = rid(c.rng)
    meta = {
        "vakya": "mero awaj nai mero password ho",
        "speakerEmbedding": floats(c.rng, 192),
        "model": "ecapa-tdnn-192",
        "bhasha": "ne-NP",
    }
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", jsb(meta)),
            ("recording", "vakya.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"awajProfile": rid(c.rng), "sthiti": "DARTA_BHAYO"})
    return b.build()


def awaj_pramanit(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/awaj-pramanikaran/pramanit")
    b.bio("voiceprint", "json voiceEmbedding")
    b.json(
        {
            "voiceEmbedding": floats(c.rng, 192),
            "lambaiMs": c.rng.randint(1500, 5000),
            "karan": c.rng.choice(["naya_phone", "thulo_rakam"]),
            "samay": iso(c),
        }
    )
    b.ok_json({"milyo": True, "score": rf(c.rng, 0.6, 0.97, 3)})
    return b.build()


def awaj_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/ap")
    b.bio("voiceprint", "json e (base64 float32)", detectable=False)
    b.json({"e": floats_b64(floats(c.rng, 192)), "n": 1, "t": ms(c)})
    b.ok_json({"r": 1})
    return b.build()


def voice_note(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/pathauni/awaj-sandesh")
    b.decoy("voice note for the family (a recording, not a voiceprint)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("transferRef", None, "text/plain", f"RP{c.rng.randint(10**9, 10**10)}".encode()),
            ("file", "sandesh.m4a", "audio/mp4", fake_wav(c.rng.randint(0, 10**9), 800)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"mediaId": rid(c.rng)})
    return b.build()


def rate(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/dar?from=QAR&to=NPR")
    b.ok_json({"dar": rf(c.rng, 36.4, 37.4, 4), "shulka": 10, "miti": iso(c)})
    return b.build()


def pathaunus(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/pathaunus")
    b.decoy("transfer reference and beneficiary bank account")
    b.json(
        {
            "prapak": c.rng.choice(["Sita Gurung", "Bikash Gurung"]),
            "bank": "Sajilo Bank",
            "khataNo": "0" + "".join(str(c.rng.randint(0, 9)) for _ in range(15)),
            "rakamQAR": rf(c.rng, 200, 3000, 0),
            "uddeshya": "Pariwar kharcha",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"referenceNo": f"RP{c.rng.randint(10**9, 10**10)}", "sthiti": "PROCESSING"})
    return b.build()


def prapak_suchi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/prapak")
    b.ok_json(
        {
            "prapakharu": [
                {"naam": "Sita Gurung", "nata": "Shrimati", "jilla": "Kaski"},
                {"naam": "Bikash Gurung", "nata": "Chhora", "jilla": "Kathmandu"},
            ]
        }
    )
    return b.build()
