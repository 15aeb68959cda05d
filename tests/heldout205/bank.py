"""BNJ Mobile: the app of a fictional Indonesian bank (Bank Nusantara Jaya) on
dr. Bambang's Galaxy S23.

Opening a savings account online runs an e-KYC: the selfie (`swafoto`) goes to
the bank's backend with a liveness score, and the face match against the
photo on the e-KTP is done with Tencent Cloud's CompareFace API, called with
TC3-HMAC-SHA256 signed headers (`X-TC-Action: CompareFace`, `X-TC-Version:
2020-03-03`, body `ImageA` / `ImageB` base64;
https://www.tencentcloud.com/document/api/1059/36981). A newer build sends the
liveness frames as nameless multipart parts. Device binding sends the
ANDROID_ID, the advertising id (collected by the fraud engine) and the bank's
own device key; the balance call carries a SHA-256 of the ANDROID_ID in a
one-letter header. The e-KTP OCR form (NIK, self-declared sex, blood group),
the NPWP tax-card photo (no face on it), transfers, QRIS payments and
exchange rates are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://mobile.banknusantarajaya.example"
UA = ua("BNJMobile", "6.2.0", "dokter")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bnj-mobile", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def ikat_perangkat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/perangkat/registrasi")
    b.json(
        {
            "androidId": b.id("aid_bank", where="json androidId"),
            "adId": b.id("gaid_dokter", where="json adId"),
            "deviceKey": b.id("bank_device_key", where="json deviceKey"),
            "model": "SM-S911B",
            "root": False,
            "emulator": False,
        }
    )
    b.ok_json({"terdaftar": True, "otpTerkirim": True})
    return b.build()


def saldo_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/rekening/saldo")
    b.header("x-s", b.id("aid_bank", "sha256", "header x-s", detectable=False))
    b.ok_json(
        {
            "rekening": [
                {
                    "noRek": "1" + str(c.rng.randint(10**9, 10**10)),
                    "mataUang": "IDR",
                    "saldo": rf(c.rng, 10**6, 9 * 10**8, 2),
                }
            ]
        }
    )
    return b.build()


def swafoto(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/ekyc/swafoto")
    b.bio("face_image", "json swafoto (selfie data URI) + skorLiveness")
    b.json(
        {
            "cif": b.acct("bank_cif"),
            "swafoto": "data:image/jpeg;base64," + _jpeg(c),
            "skorLiveness": rf(c.rng, 0.88, 0.99, 3),
            "waktu": iso(c),
        }
    )
    b.ok_json({"status": "DITERIMA", "idProses": rid(c.rng)})
    return b.build()


def tencent_compare(c: Context) -> Flow:
    b = FB(c, "tencent-iai", "POST", "https://iai.tencentcloudapi.com/")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("x-tc-action", "CompareFace")
    b.header("x-tc-version", "2020-03-03")
    b.header("x-tc-region", "ap-jakarta")
    b.header("x-tc-timestamp", str(int(c.now)))
    b.header(
        "authorization",
        f"TC3-HMAC-SHA256 Credential=AKID{new_hex(c.rng, 32)}/2024-12-01/iai/tc3_request, "
        f"SignedHeaders=content-type;host, Signature={new_hex(c.rng, 64)}",
    )
    b.bio("face_image", "json ImageA / ImageB (CompareFace: selfie vs e-KTP photo)")
    b.json(
        {
            "ImageA": _jpeg(c),
            "ImageB": _jpeg(c, 500),
            "QualityControl": 2,
            "FaceModelVersion": "3.0",
        }
    )
    b.ok_json(
        {
            "Response": {
                "Score": rf(c.rng, 70, 99, 2),
                "FaceModelVersion": "3.0",
                "RequestId": rid(c.rng),
            }
        }
    )
    return b.build()


def liveness_multipart(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/ekyc/lv2")
    b.bio("face_image", "multipart parts p1..p3 (liveness frames)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"p{i}", f"{i}.bin", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(1, 4)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"langkah": 4})
    return b.build()


def ocr_ktp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/ekyc/data-ktp")
    b.decoy("e-KTP OCR fields: NIK, self-declared sex, blood group")
    b.json(
        {
            "nik": "3578" + str(c.rng.randint(10**11, 10**12)),
            "nama": "BAMBANG SETIAWAN",
            "tempatLahir": "SURABAYA",
            "tanggalLahir": "1979-05-14",
            "jenisKelamin": "LAKI-LAKI",
            "golDarah": "O",
            "alamat": "JL. DHARMAHUSADA INDAH TIMUR",
            "agama": "ISLAM",
        }
    )
    b.ok_json({"valid": True})
    return b.build()


def foto_npwp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/ekyc/dokumen")
    b.decoy("NPWP tax-card photo (no face)")
    b.json({"jenis": "NPWP", "gambar": "data:image/jpeg;base64," + _jpeg(c, 500)})
    r = c.rng.randint
    b.ok_json({"npwp": f"{r(10, 99)}.{r(100, 999)}.{r(100, 999)}.1-{r(100, 999)}.000"})
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/transfer")
    b.decoy("account numbers and transaction reference")
    b.json(
        {
            "dariRek": "1" + str(c.rng.randint(10**9, 10**10)),
            "keRek": str(c.rng.randint(10**9, 10**10)),
            "bankTujuan": c.rng.choice(["BCA", "MANDIRI", "BRI", "BNI"]),
            "nominal": c.rng.choice([150000, 500000, 1250000]),
            "berita": "Bayar arisan",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"referensi": f"TRX{c.rng.randint(10**11, 10**12)}", "status": "BERHASIL"})
    return b.build()


def qris(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/qris/bayar")
    b.json(
        {
            "merchant": c.rng.choice(["Kopi Kenangan Galaxy Mall", "Depot Bu Rudy", "Apotek K-24"]),
            "nmid": "ID" + str(c.rng.randint(10**12, 10**13)),
            "nominal": c.rng.randint(15, 300) * 1000,
            "t": ms(c),
        }
    )
    b.ok_json({"status": "BERHASIL"})
    return b.build()


def kurs(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/kurs")
    b.ok_json(
        {
            "tanggal": iso(c)[:10],
            "USD": rf(c.rng, 15600, 15900, 0),
            "SGD": rf(c.rng, 11600, 11800, 0),
        }
    )
    return b.build()
