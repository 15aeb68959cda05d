"""MyLine NG: a mobile operator's self-care app with Voice ID.

The operator's app holds carrier privileges, so it can read the IMEI (for device
financing and "is this phone 4G-ready" checks). Voice ID enrolment records a
passphrase three times for speaker verification; later logins verify against
it, once through an older endpoint that sends the utterance as base64 under
'b'. Voice search for bundles ("buy 1GB data" in Pidgin) is transcription, not
speaker recognition; balances, bundles and USSD shortcuts are ordinary, and a MiFi lent by the
employer (on its corporate plan) is not a device of the household.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits
from tests.heldout.wire import b64, fake_wav, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://selfcare.myline-ng.example"
UA = ua("MyLineNG", "9.4.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "myline", method, url)
    b.header("user-agent", UA)
    b.header("x-msisdn", b.acct("msisdn"))
    b.decoy("x-msisdn: the subscriber's phone number (an account, not a device id)")
    return b


def device_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/device/4g-check")
    b.json(
        {
            "imei": b.id("imei", where="json imei"),
            "androidId": b.id("aid_telco", where="json androidId"),
            "model": "TECNO CK6n",
            "volteCapable": True,
        }
    )
    b.ok_json({"4gReady": True, "eligibleForFinancing": c.rng.random() < 0.5})
    return b.build()


def device_ping_hashed(c: Context) -> Flow:
    """The network-quality ping keys the phone by a SHA-1 of its IMEI under 'dh'."""
    b = _b(c, "POST", f"{API}/api/v2/nq")
    b.json(
        {
            "dh": b.id("imei", "sha1", where="json dh (sha1 of IMEI)", detectable=False),
            "rsrp": c.rng.randint(-115, -80),
            "cell": c.rng.randint(10000, 60000),
            "t": ms(c),
        }
    )
    b.decoy("signal strength and cell id (network data)")
    b.no_content()
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/voiceid/enrol")
    boundary = rid(c.rng)
    b.bio("voiceprint", "multipart voiceprint_sample_1..3 (Voice ID enrolment)")
    parts = [("passphrase", None, "text/plain", b"My voice na my password")]
    for i in range(1, 4):
        parts.append(
            (
                f"voiceprint_sample_{i}",
                f"s{i}.wav",
                "audio/wav",
                fake_wav(c.rng.randint(0, 10**9), 600),
            )
        )
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"voiceIdStatus": "ENROLLED"})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/voiceid/verify")
    b.bio("voiceprint", "json speakerAudio (Voice ID verification)")
    b.json(
        {
            "speakerAudio": b64(fake_wav(c.rng.randint(0, 10**9), 500)),
            "channel": "app",
            "at": iso(c),
        }
    )
    b.ok_json({"verified": True, "score": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def voice_verify_legacy(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/vx")
    b.bio("voiceprint", "json b (base64 utterance for speaker verification)", detectable=False)
    b.json({"b": b64(fake_wav(c.rng.randint(0, 10**9), 500)), "k": 2})
    b.ok_json({"r": 1})
    return b.build()


def voice_search(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/assistant/stt")
    b.decoy("speech-to-text for a bundle search (transcription, no speaker model)")
    b.json(
        {
            "audio": b64(fake_wav(c.rng.randint(0, 10**9), 400)),
            "lang": "pcm-NG",
            "task": "transcribe",
        }
    )
    b.ok_json({"transcript": c.rng.choice(["abeg buy 1GB data", "wetin be my balance"])})
    return b.build()


def linked_devices(c: Context) -> Flow:
    """ "My devices" lists a MiFi on the employer's corporate plan, lent to the tester."""
    b = _b(c, "GET", f"{API}/api/v2/devices/linked")
    b.decoy(
        "a MiFi router's IMEI on the employer's corporate plan (a lent device, not the tester's)"
    )
    b.ok_json(
        {
            "devices": [
                {
                    "type": "MiFi",
                    "imei": luhn_complete(new_digits(c.rng, 14, "86")),
                    "plan": "Corporate Data 50GB",
                    "accountHolder": "Kano Office Ltd",
                }
            ]
        }
    )
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/balance")
    b.ok_json(
        {"airtime": rf(c.rng, 0, 5000, 2), "dataMb": c.rng.randint(0, 20000), "expires": iso(c)}
    )
    return b.build()


def bundles(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/bundles?type=data")
    b.decoy("price list (naira amounts)")
    b.ok_json(
        {
            "bundles": [
                {"code": "*312*1#", "mb": 1024, "price": 1000},
                {"code": "*312*2#", "mb": 3072, "price": 1500},
            ]
        }
    )
    return b.build()
