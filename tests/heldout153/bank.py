"""Bank Sepehr mobile bank: identity verification ("ehraz hoviat") with a selfie
liveness check, a face template for login, and a voice-print for phone banking.

The liveness step uploads selfie frames (`tasvir_chehre`) with head-turn
challenges; login sends a face template (`ghaleb_chehre`, base64 float32); the
phone-banking enrolment uploads speech for the speaker model (`alghoo_seda`). A
hardened login path sends its face template encrypted under `p`. The national
card OCR (text boxes), balances and exchange-rate series are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mb.banksepehr.example"
UA = ua("SepehrMobile", "8.1.3")


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "banksepehr", method, url)
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))
    if device:
        b.header(
            "x-device-fingerprint", b.id("bank_device_fp", where="header x-device-fingerprint")
        )
    return b


def liveness(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ehraz/v1/zende_sanji")
    b.bio("face_image", "multipart tasvir_chehre selfies (liveness), response sen_takhmini")
    boundary = "----sepehr" + str(c.rng.randint(10**8, 10**9))
    parts = [
        ("code_melli_hash", None, None, b"masked"),
        (
            "chalesh",
            None,
            None,
            c.rng.choice(["charkhesh_chap", "charkhesh_rast", "pelk_zadan"]).encode(),
        ),
    ]
    parts += [
        (
            f"tasvir_chehre_{i}",
            f"selfie_{i}.jpg",
            "image/jpeg",
            fake_jpeg(c.rng.randint(0, 10**9), 700),
        )
        for i in range(3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "natije": "movafagh",
            "emtiaz_zende_budan": rf(c.rng, 0.8, 0.99, 3),
            "sen_takhmini": c.rng.randint(28, 40),
            "shabahat_ba_kart_melli": rf(c.rng, 0.7, 0.97, 3),
        }
    )
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v2/vorood/chehre")
    b.bio("face_template", "json ghaleb_chehre (base64 float32 x128)")
    b.json(
        {
            "shomare_moshtari": b.acct("bank_customer"),
            "ghaleb_chehre": floats_b64(floats(c.rng, 128)),
            "noe_ghaleb": "arcface-128",
            "android_id": b.id("aid_bank", where="json android_id"),
            "zaman": iso(c),
        }
    )
    b.ok_json(
        {
            "token": b64(bytes(c.rng.getrandbits(8) for _ in range(24))),
            "shabahat": rf(c.rng, 0.7, 0.95, 3),
        }
    )
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/telbank/v1/alghoo_seda/sabt")
    b.bio("voiceprint", "multipart alghoo_seda speaker enrolment audio")
    boundary = "----sepehr" + str(c.rng.randint(10**8, 10**9))
    parts = [
        ("ebarat", None, None, "صدای من رمز من است".encode()),
        ("alghoo_seda", "enrol.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"vaziat": "sabt_shod"})
    return b.build()


def hardened_login(c: Context) -> Flow:
    """The same face template, AES-encrypted by the app's security library, under `p`."""
    b = _b(c, "POST", f"{API}/auth/v3/x", device=False)
    b.bio("face_template", "json p = encrypted face template", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(544))
    b.json({"p": b64(blob), "n": c.rng.randint(10**6, 10**7), "t": ms(c)})
    b.ok_json({"r": 0})
    return b.build()


def card_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ehraz/v1/kart_melli/ocr")
    b.decoy("national-card OCR: text boxes and fields, no face model")
    b.ok_json(
        {
            "jaabeha": [
                [c.rng.randint(0, 600), c.rng.randint(0, 400), c.rng.randint(50, 300), 30]
                for _ in range(5)
            ],
            "nam": "سارا",
            "nam_khanevadegi": "احمدی",
            "tarikh_tavalod": "1369/04/12",
        }
    )
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/account/v1/mojoodi", device=False)
    b.decoy("balance with account number (account id, not device)")
    b.ok_json(
        {
            "shomare_hesab": "0" + str(c.rng.randint(10**11, 10**12)),
            "mojoodi_rial": c.rng.randint(10**6, 10**10),
        }
    )
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/market/v1/nerkh_arz?arz=USD&baze=30", device=False)
    b.decoy("exchange-rate series: floats in a list that are not a face")
    b.ok_json({"arz": "USD", "nerkh": [c.rng.randint(580000, 640000) for _ in range(30)]})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v1/dastgah/tayid")
    b.json(
        {
            "android_id": b.id("aid_bank", where="json android_id"),
            "model": "SM-A546E",
            "root": False,
            "otp": str(c.rng.randint(10**5, 10**6)),
        }
    )
    b.ok_json({"tayid": True})
    return b.build()
