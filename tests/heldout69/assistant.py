"""The pre-installed voice assistant ("Xiaoyun", XiaoAi-like) with voiceprint enrolment.

Being a system app it reads both IMEIs, the serial and the Wi-Fi MAC. Speaker
enrolment and verification go to its own speech service and, for the
"who is speaking" family profiles, to iFlytek's voiceprint API
(`POST https://api.xf-yun.com/v1/private/s782b4996`, JSON header / parameter /
payload; `func` createFeature / searchScoreFea, groupId, featureId; payload
`resource` with encoding lame, sample_rate 16000, base64 audio; see iFlytek's
open demos such as VoiceprintRecognitionMain.java). Speech sent only for
speech-to-text is a decoy.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, js, multipart

from .phone import FB, ROM, floats, ms, rf, rid, ua

API = "https://speech.xiaoyun-ai.cn"
UA = ua("XiaoyunAssistant", "6.12.3")


def _wav(c: Context, n: int = 900) -> bytes:
    return fake_wav(c.rng.randint(0, 10**7), n)


def _dev(b: FB, prefix: str) -> dict:
    return {
        "imei": b.id("imei1", where=f"{prefix}.imei"),
        "sn": b.id("serial", where=f"{prefix}.sn"),
        "model": "23127PN0CC",
        "rom": ROM,
    }


def voiceprint_enrol(c: Context) -> Flow:
    b = FB(c, "xiaoyun", "POST", f"{API}/v1/voiceprint/register")
    b.header("user-agent", UA)
    bnd = "vp" + rid(c.rng).replace("-", "")[:20]
    parts = [
        (
            "meta",
            None,
            "application/json",
            js(
                {
                    "userId": b.acct("mi_uid"),
                    "wakeWord": "小云小云",
                    "step": c.rng.randint(1, 3),
                    "imei": b.id("imei1", where="body:meta.imei"),
                }
            ).encode(),
        )
    ]
    parts += [(f"enroll_audio_{i}", f"enroll_{i}.wav", "audio/wav", _wav(c)) for i in range(1, 4)]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("voiceprint_enrolment", "body:enroll_audio_*")
    b.ok_json({"code": 0, "speakerId": rid(c.rng)[:12]})
    return b.build()


def voiceprint_verify(c: Context) -> Flow:
    b = FB(c, "xiaoyun", "POST", f"{API}/v1/voiceprint/verify")
    b.header("user-agent", UA)
    b.json(
        {
            "device": _dev(b, "body:device"),
            "speakerId": rid(c.rng)[:12],
            "audio": b64(_wav(c, 700)),
            "format": "wav",
            "sampleRate": 16000,
        }
    )
    b.bio("voice_sample_verification", "body:audio (speaker verify)")
    b.ok_json({"code": 0, "score": rf(c.rng, 0.4, 0.99), "match": True})
    return b.build()


def shengwen_vector(c: Context) -> Flow:
    b = FB(c, "xiaoyun", "POST", f"{API}/v2/jiating/chengyuan/shengwen")
    b.header("user-agent", UA)
    b.json(
        {
            "chengyuan": c.rng.choice(["爸爸", "妈妈", "女儿"]),
            "shengwen_tezheng": floats_b64(floats(c.rng, 192)),
            "weidu": 192,
            "ts": ms(c),
        }
    )
    b.bio("voiceprint", "body:shengwen_tezheng")
    b.ok_json({"code": 0})
    return b.build()


def _xf(c: Context, func: str, extra: dict) -> tuple[FB, Callable[[], Flow]]:
    q = [
        (
            "authorization",
            b64(f'api_key="{rid(c.rng)[:32]}", algorithm="hmac-sha256", signature="x"'),
        ),
        ("host", "api.xf-yun.com"),
        ("date", "Tue, 05 Nov 2024 08:00:00 GMT"),
    ]
    b = FB(
        c,
        "iflytek-voiceprint",
        "POST",
        "https://api.xf-yun.com/v1/private/s782b4996",
        q,
        "HTTP/1.1",
    )
    param = {
        "func": func,
        "groupId": "xiaoyun_family_01",
        **extra,
        f"{func}Res": {"encoding": "utf8", "compress": "raw", "format": "json"},
    }
    b.json(
        {
            "header": {"app_id": "5f8e9a1b", "status": 3},
            "parameter": {"s782b4996": param},
            "payload": {
                "resource": {
                    "encoding": "lame",
                    "sample_rate": 16000,
                    "channels": 1,
                    "bit_depth": 16,
                    "status": 3,
                    "audio": b64(_wav(c, 800)),
                }
            },
        }
    )
    b.ok_json({"header": {"code": 0, "message": "success", "sid": "ase000" + rid(c.rng)[:10]}})
    return b, b.build


def xf_create(c: Context) -> Flow:
    b, build = _xf(
        c,
        "createFeature",
        {"featureId": "member_" + str(c.rng.randint(1, 4)), "featureInfo": "家庭成员"},
    )
    b.bio("voiceprint_enrolment", "body:payload.resource.audio (createFeature)")
    return build()


def xf_score(c: Context) -> Flow:
    b, build = _xf(c, "searchScoreFea", {"dstFeatureId": "member_" + str(c.rng.randint(1, 4))})
    b.bio("voice_sample_verification", "body:payload.resource.audio (searchScoreFea)")
    return build()


def device_register(c: Context) -> Flow:
    b = FB(c, "xiaoyun", "POST", f"{API}/v1/device/register")
    b.header("user-agent", UA)
    b.json(
        {
            "imei": b.id("imei1", where="body:imei"),
            "imei2": b.id("imei2", where="body:imei2"),
            "sn": b.id("serial", where="body:sn"),
            "wifiMac": b.id("wifi_mac", where="body:wifiMac"),
            "androidId": b.id("aid_sys", where="body:androidId"),
            "oaid": b.id("oaid", where="body:oaid"),
            "model": c.phone.model,
            "rom": ROM,
        }
    )
    b.ok_json({"code": 0, "deviceToken": rid(c.rng)})
    return b.build()


def hashed_ping(c: Context) -> Flow:
    b = FB(c, "xiaoyun", "GET", f"{API}/v1/ping")
    b.param("did", b.id("imei1", how="md5", where="query:did"))
    b.param("u", b.id("imei2", how="sha1", where="query:u", detectable=False))
    b.param("t", str(ms(c)))
    b.header("user-agent", UA)
    b.no_content()
    return b.build()


def asr(c: Context) -> Flow:
    b = FB(c, "xiaoyun", "POST", f"{API}/v1/asr", [("lang", "zh-CN"), ("sr", "16000")])
    b.header("user-agent", UA)
    b.set_body(_wav(c, 1000), "audio/wav")
    b.ok_json(
        {
            "code": 0,
            "text": c.rng.choice(["明天杭州天气怎么样", "定一个七点的闹钟", "播放周杰伦的歌"]),
        }
    )
    b.decoy("speech sent for speech-to-text")
    return b.build()


def weather(c: Context) -> Flow:
    b = FB(c, "xiaoyun", "GET", f"{API}/v1/skill/weather", [("lng", "120.15"), ("lat", "30.28")])
    b.header("user-agent", UA)
    b.ok_json({"code": 0, "hourly": [round(14 + c.rng.gauss(0, 2), 1) for _ in range(24)]})
    b.decoy("weather series with coordinates")
    return b.build()
