"""MyTel Selfcare: a telco self-care app with Voice ID (ድምፅ አሻራ, "voice print").

Voice ID enrolment posts three spoken passphrases (WAV) with a speaker model
request, verification sends the app-side speaker embedding `dimts_ashara_vec`
(192 floats, ECAPA-style) and the IVR fallback posts audio base64 under `a` to
`/ivr/v/2` (nothing says speaker). The Amharic voice-command transcription
(speech to text: no speaker model), bundles, balance and top-ups are not
biometric. The device-info call reads both IMEIs (carrier privileges).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, jsb, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://selfcare.mytel-et.example"
UA = ua("MyTelSelfcare", "9.4.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mytel", method, url)
    b.header("user-agent", UA)
    b.header("x-app-device", b.id("aid_telco", where="header x-app-device"))
    return b


def _wav(c: Context) -> bytes:
    return fake_wav(c.rng.randint(0, 10**9), 900)


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/voiceid/v1/dimts-ashara/enrol")
    boundary = "----" + rid(c.rng).replace("-", "")
    b.bio("voiceprint", "multipart passphrase_1..3.wav to voiceid dimts-ashara enrol")
    meta = {"msisdn": b.acct("msisdn"), "language": "am-ET", "phrase": "ድምፄ የይለፍ ቃሌ ነው"}
    parts: list[tuple[str, str | None, str | None, bytes]] = [
        ("meta", None, "application/json", jsb(meta))
    ]
    parts += [(f"passphrase_{i}", f"passphrase_{i}.wav", "audio/wav", _wav(c)) for i in (1, 2, 3)]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"speakerModelId": rid(c.rng), "status": "ENROLLED"})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/voiceid/v1/verify")
    b.bio("voiceprint", "json dimts_ashara_vec (speaker embedding, 192-d)")
    b.json(
        {
            "msisdn": b.acct("msisdn"),
            "dimts_ashara_vec": floats(c.rng, 192),
            "utterance_ms": c.rng.randint(1500, 4000),
            "ts": iso(c),
        }
    )
    b.ok_json({"match": True, "score": rf(c.rng, 0.7, 0.98, 3)})
    return b.build()


def ivr_fallback(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ivr/v/2")
    b.bio("voiceprint", "json a (base64 WAV for speaker check; no word says so)", detectable=False)
    b.json({"a": b64(_wav(c)), "m": 2, "t": ms(c)})
    b.ok_json({"r": 1})
    return b.build()


def voice_command(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/assistant/v1/transcribe")
    b.decoy("speech-to-text of an Amharic voice command (transcription, no speaker model)")
    b.json({"audio": b64(_wav(c)), "language": "am-ET", "sampleRate": 16000})
    b.ok_json({"transcript": "የዳታ ጥቅል ግዛ", "confidence": rf(c.rng, 0.6, 0.95, 2)})
    return b.build()


def device_info(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/device/v1/info")
    b.json(
        {
            "msisdn": b.acct("msisdn"),
            "imei": b.id("imei1", where="json imei"),
            "imei_sim2": b.id("imei2", where="json imei_sim2"),
            "devToken": b.id("telco_dev_token", where="json devToken (app install token)"),
            "model": "TECNO CK8n",
            "volte": True,
        }
    )
    b.ok_json({"volteEligible": True})
    return b.build()


def bundles(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/bundles/v2/list?lang=am")
    b.ok_json(
        {
            "bundles": [
                {"id": f"b{i}", "sim": n, "birr": p, "mb": m}
                for i, (n, p, m) in enumerate([("ዕለታዊ", 10, 200), ("ሳምንታዊ", 50, 1500)])
            ]
        }
    )
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/account/v1/balance")
    b.decoy("phone number and balance (account)")
    b.ok_json(
        {
            "msisdn": b.acct("msisdn"),
            "airtime": rf(c.rng, 0, 200, 2),
            "dataMb": c.rng.randint(0, 9000),
        }
    )
    return b.build()


def topup(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/recharge/v1/voucher")
    b.decoy("voucher PIN and transaction id")
    b.json({"voucher": str(c.rng.randint(10**13, 10**14 - 1)), "msisdn": b.acct("msisdn")})
    b.ok_json({"txn": rid(c.rng), "status": "OK"})
    return b.build()
