"""Pāpaʻi Keiki: the children's Hawaiian-language learning app on the family's
own tablet at home in Hilo (a Lenovo Tab M10; the family's, not the school's).

The tablet registers with its serial, Wi-Fi MAC and ANDROID_ID. Keiki watch
short Hawaiian-language cartoons (`wikiō` = video) and the app reports the
progress (`kiʻiʻoniʻoni`, `kekona`, `pākēneka`) to its backend and to Amplitude
(HTTP V2 API, `event_type` "wikio_nana"). The reading buddy (hoa heluhelu)
enrols each child's voice so that it knows who reads: a WAV sample in a
multipart part named `leo` plus the child's label; a later build sends only
the voice vector, float32 base64 under `v`. Telemetry hides the serial in a
shuffled base64 alphabet (`sn`). Quiz scores (`helu`), sticker thumbnails, a
lesson catalogue and text-to-speech audio are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode, new_hex
from tests.heldout.wire import fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, TAB_UA, floats, iso, ms, rf, rid

API = "https://api.papaikeiki.example"
AMP_KEY = "9b2f7e61c0d84a5fb3e18a6d2c4f9017"
WIKIO = [
    ("w031", "Nā Hōkū o ka Lani", 420),
    ("w044", "Ka Honu Liʻiliʻi", 360),
    ("w052", "Māui a me ka Lā", 540),
    ("w067", "Helu 1 a 10", 300),
    ("w073", "Nā Waihoʻoluʻu", 330),
]
KEIKI = ["Kaiona", "Mililani"]


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "papaikeiki", method, url)
    b.header("user-agent", TAB_UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    if device:
        b.header("x-papa", b.id("aid_keiki", where="header x-papa"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/papa/kakau")
    b.json(
        {
            "helu_serial": b.id("tab_serial", where="json helu_serial"),
            "wifi_mac": b.id("tab_mac", where="json wifi_mac"),
            "android_id": b.id("aid_keiki", where="json android_id"),
            "firebase_id": b.id("keiki_fid", where="json firebase_id"),
            "kumu": "TB328FU",
            "kula": "Ke Kula ʻO Nāwahīokalaniʻōpuʻu",
        }
    )
    b.ok_json({"ʻae": True, "haumāna": [b.acct("keiki_haumana")]})
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/papai-keiki/installations",
    )
    b.header("user-agent", TAB_UA)
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", "org.papaikeiki.app")
    b.json(
        {
            "fid": b.id("keiki_fid", where="json fid"),
            "appId": "1:220945781306:android:91d0c7ab33e5f012",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"refreshToken": "3_" + new_hex(c.rng, 60), "authToken": {"expiresIn": "604800s"}})
    return b.build()


def wikio_progress(c: Context) -> Flow:
    wid, title, dur = c.rng.choice(WIKIO)
    b = _b(c, "POST", f"{API}/v1/wikio/holomua", device=True)
    b.view("json kiʻiʻoniʻoni/kekona/pākēneka (cartoon watch progress)")
    sec = c.rng.randint(10, dur)
    b.json(
        {
            "haumāna": b.acct("keiki_haumana"),
            "kiʻiʻoniʻoni": wid,
            "poʻo_inoa": title,
            "kekona": sec,
            "pākēneka": round(100 * sec / dur),
            "manawa": iso(c),
        }
    )
    b.no_content()
    return b.build()


def amplitude_wikio(c: Context) -> Flow:
    wid, title, dur = c.rng.choice(WIKIO)
    b = FB(c, "amplitude", "POST", "https://api2.amplitude.com/2/httpapi")
    b.header("user-agent", TAB_UA)
    b.view("json events[].event_type=wikio_nana, kekona_nana")
    b.json(
        {
            "api_key": AMP_KEY,
            "events": [
                {
                    "device_id": b.id("keiki_amp_id", where="json events[].device_id"),
                    "event_type": c.rng.choice(["wikio_nana", "wikio_pau"]),
                    "time": ms(c),
                    "event_properties": {
                        "wikio_id": wid,
                        "poo_inoa": title,
                        "kekona_nana": c.rng.randint(10, dur),
                    },
                    "platform": "Android",
                    "device_model": "TB328FU",
                    "insert_id": rid(c.rng),
                }
            ],
        }
    )
    b.ok_json({"code": 200, "events_ingested": 1})
    return b.build()


def amplitude_lesson(c: Context) -> Flow:
    b = FB(c, "amplitude", "POST", "https://api2.amplitude.com/2/httpapi")
    b.header("user-agent", TAB_UA)
    b.json(
        {
            "api_key": AMP_KEY,
            "events": [
                {
                    "device_id": b.id("keiki_amp_id", where="json events[].device_id"),
                    "event_type": "haawina_pau",
                    "time": ms(c),
                    "event_properties": {
                        "haawina": f"L{c.rng.randint(1, 40)}",
                        "helu": c.rng.randint(0, 10),
                    },
                    "platform": "Android",
                    "insert_id": rid(c.rng),
                }
            ],
        }
    )
    b.ok_json({"code": 200, "events_ingested": 1})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/hoa-heluhelu/leo/kakau", device=True)
    b.bio("voiceprint", "multipart part leo (speaker enrolment WAV) + keiki label")
    boundary = rid(c.rng)
    parts = [
        ("keiki", None, "text/plain; charset=utf-8", c.rng.choice(KEIKI).encode()),
        ("hopena", None, "text/plain", b"speaker_enrolment"),
        ("leo", "leo.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"speakerProfileId": rid(c.rng), "enrollmentStatus": "Enrolling", "remaining_s": 6.5})
    return b.build()


def voice_vector(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/hh/l")
    b.bio("voice_embedding", "json v (192 float32, base64), no names", detectable=False)
    b.json({"k": c.rng.randint(1, 2), "v": floats_b64(floats(c.rng, 192)), "t": ms(c)})
    b.ok_json({"m": rf(c.rng, 0.6, 0.98, 3)})
    return b.build()


def telemetry(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/t")
    b.json(
        {
            "sn": encode(
                b.id_raw("tab_serial", "custom_b64", "json sn (shuffled base64)"), "custom_b64"
            ),
            "battery": c.rng.randint(10, 100),
            "storage_free_mb": c.rng.randint(800, 9000),
            "uptime_s": c.rng.randint(100, 90000),
        }
    )
    b.no_content()
    return b.build()


def quiz_score(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/ninau/helu")
    b.decoy("quiz scores (helu) and lesson numbers")
    b.json(
        {
            "haumāna": b.acct("keiki_haumana"),
            "haʻawina": f"L{c.rng.randint(1, 40)}",
            "helu": c.rng.randint(0, 10),
            "mai_ka": 10,
            "manawa_s": c.rng.randint(30, 400),
        }
    )
    b.ok_json({"hōkū": c.rng.randint(1, 3)})
    return b.build()


def sticker(c: Context) -> Flow:
    b = FB(
        c, "papaikeiki", "GET", f"https://cdn.papaikeiki.example/kiiuli/{new_hex(c.rng, 12)}.jpg"
    )
    b.header("user-agent", TAB_UA)
    b.decoy("sticker / cartoon thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 250))
    return b.build()


def lessons(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/haawina?papa=2")
    b.ok_json(
        {
            "haʻawina": [
                {"id": f"L{i}", "poʻo_inoa": t, "wikiō": w[0]}
                for i, (t, w) in enumerate(
                    zip(["Nā Helu", "Nā Kala", "Ka ʻOhana"], WIKIO, strict=False)
                )
            ]
        }
    )
    return b.build()


def tts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/leo-heluhelu?hua=aloha+kakahiaka&leo=wahine")
    b.decoy("text-to-speech audio of a phrase (not anyone's voice)")
    b.respond(200, "audio/wav", fake_wav(c.rng.randint(0, 10**9), 400))
    return b.build()
