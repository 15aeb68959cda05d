"""Nagrik Locker: a DigiLocker-like state app (certificates, ration card, pension
life certificate) with Aadhaar face authentication through a Face RD service.

The life-certificate call names face authentication (`authMode: FACE`, the PID
block's `bioType="FID"`); the older e-KYC call posts only the encrypted PID
(`Skey`, `Data`, `Hmac`) to a path that says nothing. The certificate list and
the pensioner's photo on a certificate are documents.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, rid, ua

API = "https://api.nagriklocker.example"
UA = ua("NagrikLocker", "7.0.1")


def _pid(c: Context, face_words: bool) -> str:
    """A PID block; without `face_words` only the encrypted parts (Skey, Hmac, Data)."""
    enc = b64(bytes.fromhex(new_hex(c.rng, 256)))
    skey = b64(bytes.fromhex(new_hex(c.rng, 128)))
    device = (
        '<DeviceInfo dpId="UIDAI.UIDAI" rdsId="FACEAUTH.ANDROID.001" mi="FaceRD"/>'
        '<Bios><Bio type="FID" posh="UNKNOWN"/></Bios>'
        if face_words
        else ""
    )
    return (
        f'<PidData><Resp errCode="0" errInfo="Success" qScore="78"/>{device}'
        f'<Skey ci="20250929">{skey}</Skey><Hmac>{b64(new_hex(c.rng, 32))}</Hmac>'
        f'<Data type="P">{enc}</Data></PidData>'
    )


def life_certificate_face(c: Context) -> Flow:
    b = FB(c, "nagriklocker", "POST", f"{API}/v2/jeevan-pramaan/face-auth")
    b.header("user-agent", UA)
    b.bio("face_image", "json pidData (Face RD capture, authMode FACE, Bio type FID)")
    b.json(
        {
            "authMode": "FACE",
            "purpose": "pension_life_certificate",
            "aadhaar_ref": b.acct("aadhaar_ref"),
            "pidData": _pid(c, True),
            "txn": rid(c.rng),
        }
    )
    b.ok_json({"ret": "y", "code": new_hex(c.rng, 32), "ts": iso(c)})
    return b.build()


def ekyc_opaque(c: Context) -> Flow:
    b = FB(c, "nagriklocker", "POST", f"{API}/v1/k/a")
    b.header("user-agent", UA)
    b.bio("face_image", "xml Data (encrypted PID block of a face capture)", detectable=False)
    b.set_body(_pid(c, False).encode(), "application/xml")
    b.ok_json({"ret": "y", "txn": rid(c.rng)})
    return b.build()


def documents(c: Context) -> Flow:
    b = FB(c, "nagriklocker", "GET", f"{API}/v2/documents/issued")
    b.header("user-agent", UA)
    b.decoy("issued certificates with document numbers (no device, no face data)")
    b.ok_json(
        {
            "items": [
                {"doctype": d, "uri": f"in.gov.mh-{d}-{c.rng.randint(10**7, 10**8)}"}
                for d in ("RATION", "DOMICILE", "INCOME")
            ]
        }
    )
    return b.build()


def register(c: Context) -> Flow:
    b = FB(c, "nagriklocker", "POST", f"{API}/v2/device/register")
    b.header("user-agent", UA)
    b.decoy("mobile number for the OTP (an account, not a device id)")
    b.json({"mobile": b.acct("mobile"), "lang": "mr", "client_ref": rid(c.rng)})
    b.ok_json({"otp_sent": True})
    return b.build()
