"""A Polish bank with an mObywatel-like ID wallet: face verification (FaceTec 3D
liveness, the bank's own face template), voice confirmation of transfers, device
binding.

Sources: FaceTec Server REST API docs (dev.facetec.com, "/enrollment-3d",
"/match-3d-3d"): JSON with `faceScan`, `auditTrailImage`,
`lowQualityAuditTrailImage`, `externalDatabaseRefID`, headers `X-Device-Key` and
`X-User-Agent` (facetec|sdk|android|...). The bank's and wallet's own endpoints
and Polish key names (wzorzecTwarzy, nagranie, urzadzenie...) are our own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, blob, floats, iso, ms, rf, rid, ua

BANK = "https://mobile.bank-przyklad.pl"
WALLET = "https://app.dowod-przyklad.gov.pl"
FACETEC = "https://api.facetec.com/api/v3.1/biometrics"


def _hdr(b: FB) -> None:
    b.header("user-agent", ua("BankPrzykladMobile", "5.61.0"))
    b.header("x-request-id", rid(b.ctx.rng))


def facetec_enrol(ctx: Context) -> Flow:
    path = ctx.rng.choice(["enrollment-3d", "match-3d-3d", "liveness-3d"])
    b = FB(ctx, "facetec", "POST", f"{FACETEC}/{path}")
    b.header("x-device-key", "dJ1qTb0x" + rid(ctx.rng)[:20])
    b.header(
        "x-user-agent",
        f"facetec|sdk|android|pl.bankprzyklad.mobile|9.6.64|TB370FU|pl_PL|{rid(ctx.rng)}",
    )
    body = {
        "faceScan": b64(blob(ctx.rng, 600)),
        "auditTrailImage": b64(fake_jpeg(ctx.rng.randint(0, 9**9), 500)),
        "lowQualityAuditTrailImage": b64(fake_jpeg(ctx.rng.randint(0, 9**9), 200)),
        "externalDatabaseRefID": "bp_" + b.acct("bank_user"),
        "sessionId": rid(ctx.rng),
    }
    b.json(body)
    b.bio("face_scan", "body.faceScan+auditTrailImage")
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": b64(blob(ctx.rng, 40))})
    return b.build()


def wzorzec_twarzy(ctx: Context) -> Flow:
    b = FB(ctx, "bank-przyklad", "POST", f"{BANK}/api/v4/weryfikacja/twarz")
    _hdr(b)
    b.json(
        {
            "wzorzecTwarzy": floats_b64(floats(ctx.rng, 128)),
            "wersjaModelu": "fr-2.3",
            "zywotnosc": {"wynik": rf(ctx.rng, 0.8, 0.99), "proba": 1},
            "cel": "logowanie",
        }
    )
    b.bio("face_template", "body.wzorzecTwarzy")
    b.ok_json({"zgodnosc": True})
    return b.build()


def glos_potwierdzenie(ctx: Context) -> Flow:
    boundary = rid(ctx.rng)
    b = FB(ctx, "bank-przyklad", "POST", f"{BANK}/api/v4/biometria/glos/weryfikacja")
    _hdr(b)
    parts = [
        ("fraza", None, None, "Mój głos potwierdza przelew".encode()),
        ("przelewId", None, None, str(ctx.rng.randint(10**8, 10**9)).encode()),
        ("nagranie", "probka.wav", "audio/wav", fake_wav(ctx.rng.randint(0, 9**9), 900)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.bio("voice_sample", "body.multipart.nagranie (voice verification)")
    b.ok_json({"wynik": "ZGODNY", "pewnosc": rf(ctx.rng, 0.7, 0.99)})
    return b.build()


def voiceprint_enrol(ctx: Context) -> Flow:
    b = FB(ctx, "bank-przyklad", "POST", f"{BANK}/api/v4/biometria/glos/rejestracja")
    _hdr(b)
    b.json(
        {
            "speakerModel": {"type": "x-vector", "dim": 256, "data": floats(ctx.rng, 256)},
            "kanal": "mobile",
            "utworzono": iso(ctx),
        }
    )
    b.bio("voiceprint", "body.speakerModel.data")
    b.ok_json({"status": "ZAPISANO"})
    return b.build()


def sealed_biometrics(ctx: Context) -> Flow:
    b = FB(ctx, "dowod", "POST", f"{WALLET}/api/mdoc/v1/sesja/{rid(ctx.rng)}/dane")
    _hdr(b)
    b.json({"alg": "ECDH-ES+A256KW", "enc": "A256GCM", "ct": b64(blob(ctx.rng, 700))})
    b.bio("face_image", "body.ct (encrypted face capture)", detectable=False)
    b.no_content()
    return b.build()


def wallet_selfie(ctx: Context) -> Flow:
    b = FB(ctx, "dowod", "POST", f"{WALLET}/api/weryfikacja/v2/selfie")
    _hdr(b)
    b.json(
        {
            "zdjecieTwarzy": b64(fake_jpeg(ctx.rng.randint(0, 9**9), 700)),
            "format": "jpeg",
            "punktyCharakterystyczne": [
                [round(ctx.rng.uniform(200, 500), 1) for _ in range(2)] for _ in range(5)
            ],
        }
    )
    b.bio("face_image", "body.zdjecieTwarzy+punktyCharakterystyczne")
    b.ok_json({"status": "OK"})
    return b.build()


def device_binding(ctx: Context) -> Flow:
    b = FB(ctx, "bank-przyklad", "POST", f"{BANK}/api/v4/urzadzenia/powiazanie")
    _hdr(b)
    b.json(
        {
            "urzadzenie": {
                "androidId": b.id("aid_bank", where="body.urzadzenie.androidId"),
                "kluczUrzadzenia": b.id("bank_devkey", where="body.urzadzenie.kluczUrzadzenia"),
                "producent": "LENOVO",
                "model": "TB370FU",
                "root": False,
            },
            "klient": b.acct("bank_user"),
        }
    )
    b.ok_json({"powiazano": True})
    return b.build()


def wallet_header(ctx: Context) -> Flow:
    b = FB(ctx, "dowod", "GET", f"{WALLET}/api/dokumenty/v1/lista")
    b.header("user-agent", ua("DowodPrzyklad", "3.9.1"))
    b.header(
        "x-identyfikator-urzadzenia",
        b.id("bank_devkey", "sha256", where="header.x-identyfikator-urzadzenia"),
    )
    b.ok_json({"dokumenty": [{"typ": "DO", "waznyDo": "2031-04-30"}]})
    return b.build()


def history(ctx: Context) -> Flow:
    b = FB(ctx, "bank-przyklad", "GET", f"{BANK}/api/v4/rachunki/historia", [("strona", "1")])
    _hdr(b)
    b.ok_json(
        {
            "operacje": [
                {"kwota": -round(ctx.rng.uniform(3, 400), 2), "data": iso(ctx), "id": rid(ctx.rng)}
                for _ in range(8)
            ],
            "saldo": round(ctx.rng.uniform(100, 9000), 2),
        }
    )
    b.decoy("transaction history: amounts and transaction ids")
    return b.build()


def kursy(ctx: Context) -> Flow:
    b = FB(ctx, "bank-przyklad", "GET", f"{BANK}/api/v4/kursy", [("waluty", "EUR,USD")])
    b.ok_json({"EUR": [round(4.3 + ctx.rng.gauss(0, 0.02), 4) for _ in range(30)], "ts": ms(ctx)})
    b.decoy("exchange-rate series")
    return b.build()


def blik(ctx: Context) -> Flow:
    b = FB(ctx, "bank-przyklad", "POST", f"{BANK}/api/v4/blik/kod")
    _hdr(b)
    b.json({"rachunek": "PL" + str(ctx.rng.randint(10**25, 10**26 - 1)), "ts": ms(ctx)})
    b.ok_json({"kod": f"{ctx.rng.randint(0, 999999):06d}", "waznyS": 120})
    b.decoy("BLIK code request")
    return b.build()
