"""Nordvik Bank: the tester's bank, with a selfie login, voice ID for the phone
bank, AppsFlyer and a behavioural fraud SDK.

Selfie login follows the FaceTec server-SDK shape the bank proxies
(`faceScan`, `auditTrailImage`, `lowQualityAuditTrailImage`, `sessionId` to a
`liveness-3d` / `match-3d-3d` endpoint); a newer on-device matcher posts its
face template as base64 float32 under `a` (opaque). Phone-bank voice ID enrols a
voiceprint ("röstavtryck") with the enrolment recording. Device binding sends
the app's ANDROID_ID and the bank's device key; AppsFlyer gets the advertising
id and its own install id. The fraud SDK's typing rhythm and swipe pressure are
not biometric data in the issue's sense (no face, no voice): ordinary. So are
balances, transactions, exchange rates and BankID orders (a personal number is
an account, not a device).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobil.nordvikbank.example"
UA = ua("NordvikBank", "24.11.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "nordvik", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    b.header("x-request-id", rid(c.rng))
    return b


def selfie_liveness(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/inloggning/ansikte/liveness-3d")
    b.bio("face_scan", "json faceScan + auditTrailImage (FaceTec liveness)")
    b.json(
        {
            "sessionId": rid(c.rng),
            "faceScan": b64(bytes(c.rng.getrandbits(8) for _ in range(900))),
            "auditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)),
            "lowQualityAuditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 300)),
            "kund": b.acct("bank_customer"),
        }
    )
    b.ok_json(
        {
            "success": True,
            "wasProcessed": True,
            "livenessNivå": 2,
            "scanResultBlob": new_hex(c.rng, 64),
        }
    )
    return b.build()


def selfie_match(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/inloggning/ansikte/match-3d-3d")
    b.bio("face_scan", "json faceScan matched against enrolment (externalDatabaseRefID)")
    b.json(
        {
            "externalDatabaseRefID": "nvb-" + b.acct("bank_customer"),
            "faceScan": b64(bytes(c.rng.getrandbits(8) for _ in range(900))),
            "auditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 600)),
            "sessionId": rid(c.rng),
        }
    )
    b.ok_json({"success": True, "matchLevel": c.rng.randint(8, 15), "inloggad": True})
    return b.build()


def face_template_opaque(c: Context) -> Flow:
    """The on-device matcher's template: base64 float32 under `a`, nothing says face."""
    b = _b(c, "POST", f"{API}/api/v5/s/2")
    b.bio("face_template", "json a (base64 float32, 128-d)", detectable=False)
    b.json({"a": floats_b64(floats(c.rng, 128)), "b": ms(c), "c": 2})
    b.ok_json({"r": 0, "t": new_hex(c.rng, 32)})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/telefonbank/rostavtryck/registrera")
    boundary = "nvb" + new_hex(c.rng, 20)
    b.bio("voiceprint", "multipart röstavtryck (enrolment recording + talarmodell)")
    body = multipart(
        boundary,
        [
            (
                "meta",
                None,
                "application/json",
                f'{{"fras":"Min röst är min nyckel","försök":{c.rng.randint(1, 3)}}}'.encode(),
            ),
            ("rostinspelning", "inspelning.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"röstavtryckRegistrerat": True, "kvalitet": rf(c.rng, 0.6, 0.99, 2)})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/enhet/koppla")
    b.json(
        {
            "enhetsnyckel": b.id("bank_device_key", where="json enhetsnyckel"),
            "androidId": b.id("aid_bank", where="json androidId"),
            "modell": b.acct("model"),
            "pushToken": b.acct("bank_push"),
            "rootad": False,
        }
    )
    b.ok_json({"kopplad": True, "giltigTill": iso(c)})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyersdk.com/api/v6.12/androidevent?app_id=se.nordvikbank.mobil&buildnumber=6.12.2",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("bank_af_uid", where="json uid"),
            "appsflyerKey": "Nv" + new_hex(c.rng, 20),
            "af_timestamp": str(ms(c)),
            "counter": str(c.rng.randint(2, 300)),
            "isFirstCall": "false",
            "model": b.acct("model"),
            "brand": "samsung",
            "lang_code": "sv",
            "country": "SE",
        }
    )
    b.respond(200, "text/plain", b"ok")
    return b.build()


def behaviour_sdk(c: Context) -> Flow:
    b = FB(c, "biocatch", "POST", "https://wup-nordvik.customers.biocatch.com/client/v3.1/web/wup")
    b.header("user-agent", UA)
    b.decoy(
        "typing rhythm and swipe pressure for fraud scoring ('behavioural biometrics': "
        "no face or voice, not biometric in the issue's sense)"
    )
    b.json(
        {
            "cdsnum": new_hex(c.rng, 24),
            "csid": rid(c.rng),
            "ctx": "login",
            "key_events": [[c.rng.randint(40, 220), c.rng.randint(60, 140)] for _ in range(12)],
            "touch": [
                {
                    "p": rf(c.rng, 0.1, 0.9, 3),
                    "sz": rf(c.rng, 0.01, 0.2, 3),
                    "dt": c.rng.randint(5, 60),
                }
                for _ in range(8)
            ],
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def accounts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v4/konton")
    b.decoy("account numbers and balances (accounts, not devices)")
    b.ok_json(
        [
            {
                "kontonummer": f"{c.rng.randint(8000, 8999)}-{c.rng.randint(10**9, 10**10 - 1)}",
                "namn": n,
                "saldo": rf(c.rng, 0, 90000, 2),
                "valuta": "SEK",
            }
            for n in ("Lönekonto", "Sparkonto", "Buffert")
        ]
    )
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v4/konton/1/transaktioner?antal=25")
    b.ok_json(
        {
            "transaktioner": [
                {
                    "datum": iso(c)[:10],
                    "text": c.rng.choice(
                        ["ICA Nära", "SL Reskassa", "Systembolaget", "Swish Anna", "Spotify"]
                    ),
                    "belopp": -rf(c.rng, 10, 900, 2),
                    "saldo": rf(c.rng, 1000, 30000, 2),
                }
                for _ in range(25)
            ]
        }
    )
    return b.build()


def balance_series(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v4/sparande/fonder/utveckling?period=1y")
    b.decoy("a fund price series (floats, not a face vector)")
    b.ok_json(
        {"fond": "Nordvik Global Index", "kurser": [rf(c.rng, 180, 260, 2) for _ in range(52)]}
    )
    return b.build()


def bankid_start(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/bankid/auth")
    b.decoy("a BankID order reference and QR start token (a login order, not a device)")
    b.json({"personnummerMaskerat": "19XXXXXX-XXXX", "samEnhet": True})
    b.ok_json({"orderRef": rid(c.rng), "autoStartToken": rid(c.rng), "qrStartToken": rid(c.rng)})
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v4/valuta/kurser")
    b.ok_json(
        {
            "bas": "SEK",
            "kurser": {
                "EUR": rf(c.rng, 11, 12, 4),
                "USD": rf(c.rng, 10, 11, 4),
                "NOK": rf(c.rng, 0.95, 1.0, 4),
            },
        }
    )
    return b.build()
