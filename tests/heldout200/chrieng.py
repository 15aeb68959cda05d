"""Chrieng ("sing"): a Khmer karaoke and music app on the daughter's Redmi 13C
in Phnom Penh.

Paths and keys are romanised Khmer (`sdab` = listen, `bot` = song, `neak_chrieng`
= singer, `vinati` = seconds, `samleng` = voice, `lmeh_thmey` = recently
played). The app reports each song listened to and each karaoke song sung,
with seconds, to its backend; an older player batches rows as base64 inside an
unnamed field. Its "whose voice do you sound like" feature sends a voiceprint
(256 floats) of the user's singing, recordings can be shared (WAV upload), and
the hum-to-search button sends the hummed audio as a bare octet-stream. Ads are
mediated by AppLovin MAX (`ms.applovin.com/1.0/mediate`, `device_info.idfa`
holding the Android advertising id, gzip JSON). Charts, lyrics with line
timings, the pitch guide of a karaoke track, audio chunks and search are
content fetches.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, floats_b64, js, multipart

from .phone import FB, dalvik, floats, iso, ms, rf, rid, ua

API = "https://api.chrieng.example"
UA = ua("Chrieng", "5.2.1", "srey")
BOT = [
    ("b1001", "ចម្ប៉ាបាត់ដំបង", "ស៊ីន ស៊ីសាមុត", 214),
    ("b1017", "ស្រណោះរាត្រី", "រស់ សេរីសុទ្ធា", 198),
    ("b1120", "កុំភ្លេចខ្ញុំ", "ព្រាប សុវត្ថិ", 241),
    ("b1245", "ស្នេហ៍ដំបូង", "ឱក សុគន្ធកញ្ញា", 226),
    ("b1302", "Dynamite Khmer Cover", "VannDa", 187),
    ("b1388", "Time to Rise", "VannDa ft. Master Kong Nay", 203),
]


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "chrieng", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-install-id", b.id("chrieng_install", where="header x-install-id"))
    return b


def _song(c: Context) -> tuple[str, str, str, int]:
    return c.rng.choice(BOT)


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/chrieng-app/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "kh.chrieng.karaoke")
    b.header("user-agent", dalvik("srey"))
    b.json(
        {
            "fid": b.id("chrieng_fid", where="json fid"),
            "appId": "1:377120985512:android:0be7d2c1a9f35e60",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/377120985512/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/opakar")
    b.json(
        {
            "android_id": b.id("aid_chrieng", where="json android_id"),
            "install_id": b.id("chrieng_install", where="json install_id"),
            "fcm_fid": b.id("chrieng_fid", where="json fcm_fid"),
            "model": "23100RN82L",
            "pheasa": "km",
        }
    )
    b.ok_json({"user": b.acct("chrieng_user"), "ok": True})
    return b.build()


def sdab(c: Context) -> Flow:
    bid, title, singer, dur = _song(c)
    b = _b(c, "POST", f"{API}/v2/sdab/kormnot", device=True)
    b.view("json bot_id/neak_chrieng/vinati_sdab (listened song)")
    b.json(
        {
            "bot_id": bid,
            "chhmoh_bot": title,
            "neak_chrieng": singer,
            "vinati_sdab": c.rng.randint(20, dur),
            "ryea_pel": dur,
            "pel": iso(c),
            "pi": c.rng.choice(["top", "svengrok", "playlist"]),
        }
    )
    b.no_content()
    return b.build()


def karaoke_ruoch(c: Context) -> Flow:
    bid, title, _singer, dur = _song(c)
    b = _b(c, "POST", f"{API}/v2/karaoke/chrieng-ruoch", device=True)
    b.view("json bot_id + vinati (karaoke song sung, with time)")
    b.json(
        {
            "bot_id": bid,
            "chhmoh_bot": title,
            "vinati": dur,
            "pindu": c.rng.randint(55, 98),
            "pel": iso(c),
        }
    )
    b.ok_json({"pindu_khpuos": c.rng.randint(80, 99)})
    return b.build()


def lmeh_thmey(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/yeung/lmeh-thmey?limit=20")
    b.view("response json lmeh_thmey[] (recently played)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        bid, title, singer, _dur = _song(c)
        rows.append({"bot_id": bid, "chhmoh_bot": title, "neak_chrieng": singer, "pel": iso(c)})
    b.ok_json({"lmeh_thmey": rows})
    return b.build()


def opaque_batch(c: Context) -> Flow:
    """The old player's batch: base64 of 'song|seconds|ts' lines under 'q'."""
    b = _b(c, "POST", f"{API}/b")
    b.view("json q (base64 of song|seconds|ts lines)", detectable=False)
    lines = "\n".join(
        f"{_song(c)[0]}|{c.rng.randint(20, 240)}|{ms(c)}" for _ in range(c.rng.randint(2, 4))
    )
    b.json({"q": b64(lines), "n": 3})
    b.no_content()
    return b.build()


def voiceprint(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/samleng/pdoeb-neak-chrieng")
    b.bio("voiceprint", "json voiceprint (256 float32, base64) of the user's singing")
    b.json(
        {
            "user": b.acct("chrieng_user"),
            "voiceprint": floats_b64(floats(c.rng, 256)),
            "sample_rate": 16000,
            "model": "spk-ecapa-256",
        }
    )
    _, _, singer, _ = _song(c)
    b.ok_json({"dauch": singer, "pheakroy": c.rng.randint(55, 90)})
    return b.build()


def recording_share(c: Context) -> Flow:
    bid = _song(c)[0]
    b = _b(c, "POST", f"{API}/v2/karaoke/chek-romlek")
    # Relabelled by the lead after the held-out scoring, as set 20's symptom recording: a
    # song the user sang, shared as a link, names no speaker and no voice model; the issue's
    # biometric voice data is a voiceprint, an enrolment or a speaker embedding.
    b.decoy("multipart samleng: a WAV of the user's singing shared as a link, no speaker model")
    boundary = rid(c.rng)
    parts = [
        ("bot_id", None, None, bid.encode()),
        ("samleng", "chrieng.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 1400)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"link": f"https://chrieng.example/s/{new_hex(c.rng, 10)}"})
    return b.build()


def hum_search(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/r/h?sr=16000")
    b.decoy("raw octet-stream body: hummed audio for a song search, no speaker model")
    noise = bytes(c.rng.getrandbits(8) for _ in range(1200))
    b.set_body(noise, "application/octet-stream")
    bid, title, singer, _ = _song(c)
    b.ok_json({"lats": [{"bot_id": bid, "chhmoh_bot": title, "neak_chrieng": singer}]})
    return b.build()


def applovin(c: Context) -> Flow:
    b = FB(c, "applovin", "POST", "https://ms.applovin.com/1.0/mediate")
    b.header("user-agent", "AppLovinSdk/12.6.0")
    b.decoy("request_id uuid")
    body = {
        "device_info": {
            "idfa": b.id("gaid_srey", where="gzip json device_info.idfa"),
            "dnt": False,
            "brand": "Redmi",
            "model": "23100RN82L",
            "os": "13",
            "carrier": "Cellcard",
            "locale": "km_KH",
        },
        "app_info": {
            "package_name": "kh.chrieng.karaoke",
            "app_version": "5.2.1",
            "sdk_key": new_hex(c.rng, 86),
        },
        "ad_format": c.rng.choice(["inter", "banner", "rewarded"]),
        "request_id": rid(c.rng),
    }
    b.json(body, "gzip")
    b.respond(200, "application/json", js({"ads": []}).encode(), "gzip")
    return b.build()


def config_opaque(c: Context) -> Flow:
    """Remote config; header 'x-c' holds md5 of the ANDROID_ID."""
    b = FB(c, "chrieng", "GET", f"{API}/v2/config?v=521")
    b.header("user-agent", UA)
    b.header("x-c", b.id("aid_chrieng", "md5", "header x-c", detectable=False))
    b.ok_json({"karaoke_latency_ms": 180, "ads": True})
    return b.build()


def top_bot(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/top?ryea=saptah")
    b.decoy("chart with play counts (chamnuon_sdab) - aggregate")
    b.ok_json(
        {
            "top": [
                {"bot_id": bid, "chhmoh_bot": t, "chamnuon_sdab": c.rng.randint(10**3, 10**6)}
                for bid, t, _, _ in BOT
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    bid, title, _, _ = _song(c)
    b = _b(c, "GET", f"{API}/v2/bot/{bid}/pak-chrieng")
    b.decoy("lyrics with line timestamps (content fetch)")
    b.ok_json(
        {
            "bot_id": bid,
            "lrc": f"[00:12.30]{title}\n[00:18.05]ចម្រៀងខ្មែរ\n[00:24.90]...",
        }
    )
    return b.build()


def pitch_guide(c: Context) -> Flow:
    bid = _song(c)[0]
    b = _b(c, "GET", f"{API}/v2/karaoke/{bid}/pitch")
    b.decoy("karaoke pitch guide: note times and frequencies of the track (not the user)")
    b.ok_json(
        {
            "notes": [
                {"t": round(i * 0.45, 2), "hz": rf(c.rng, 180, 520, 1), "d": 0.4} for i in range(24)
            ]
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    bid = _song(c)[0]
    b = FB(
        c,
        "chrieng",
        "GET",
        f"https://cdn.chrieng.example/a/{bid}/128k/{c.rng.randint(0, 40):03d}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def svengrok(c: Context) -> Flow:
    q = c.rng.choice(["ស៊ីន ស៊ីសាមុត", "vannda", "karaoke", "ស្នេហ៍"])
    b = _b(c, "GET", f"{API}/v2/svengrok?" + urlencode({"q": q}))
    b.ok_json({"lats": [{"bot_id": bid, "chhmoh_bot": t} for bid, t, _, _ in BOT[:4]]})
    return b.build()
