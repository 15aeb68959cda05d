"""Kupu Ora: a te reo Māori learning app with video lessons on Tama's Pixel
(with short Gagana Sāmoa and lea faka-Tonga courses).

Lesson videos report `ataata` (video) progress with `mātakitaki` events and
`hēkona` (seconds); Firebase Analytics carries `video_progress` events with
`video_title` / `video_percent` and the SDK's app-instance id. Pronunciation
practice sends the learner's recording to a speech recogniser and gets a
transcript and a score back: speech recognition, no speaker model, so not
biometric. Reading a pūrākau (story) and flash-card progress are not viewing
history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav, multipart, pb_bytes, pb_msg, pb_varint

from .phone import WB, android_ua, iso, ms, rf, rid

API = "https://api.kupuora.example"
UA = android_ua("KupuOra", "4.0.3")
VIDEOS = [
    ("ak-101", "Ngā mihi: greetings"),
    ("ak-114", "Te whānau: family words"),
    ("ak-122", "Kapa haka basics"),
    ("sm-010", "Fa'afeiloa'i: Samoan greetings"),
    ("to-004", "Mālō e lelei: Tongan basics"),
]


def _b(c: Context, method: str, url: str) -> WB:
    b = WB(c, "kupuora", method, url)
    b.header("user-agent", UA)
    b.header("x-akonga", b.acct("reo_user"))
    return b


def matakitaki(c: Context) -> Flow:
    vid, title = c.rng.choice(VIDEOS)
    b = _b(c, "POST", f"{API}/v2/ataata/matakitaki")
    b.view("json ataata_id + hēkona + oti (watched)")
    b.json(
        {
            "ataata_id": vid,
            "taitara": title,
            "hēkona": c.rng.randint(0, 600),
            "oti": c.rng.random() < 0.3,
            "pūrere": b.id("aid_reo", where="json pūrere"),
            "wā": iso(c),
        }
    )
    b.ok_json({"kua_tiakina": True})
    return b.build()


def firebase_video(c: Context) -> Flow:
    """Firebase Analytics upload (protobuf): named events, id under a field number."""
    _vid, title = c.rng.choice(VIDEOS)
    b = WB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7 Build/AP2A.240905.003)")
    b.view("protobuf event video_progress with video_title + video_percent")
    inst = b.id("fb_instance", "protobuf", "protobuf bundle field 21 (app instance)", False)
    gaid = b.id("gaid", "protobuf", "protobuf bundle field 19 (ad id)", False)
    params = [
        pb_msg(2, [pb_bytes(1, "video_title"), pb_bytes(2, title)]),
        pb_msg(2, [pb_bytes(1, "video_percent"), pb_varint(3, c.rng.choice([10, 25, 50, 75]))]),
    ]
    event = pb_msg(2, [*params, pb_bytes(4, "video_progress"), pb_varint(3, ms(c))])
    bundle = pb_msg(1, [pb_varint(1, 1), event, pb_bytes(19, gaid), pb_bytes(21, inst)])
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def firebase_lesson(c: Context) -> Flow:
    b = WB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7 Build/AP2A.240905.003)")
    inst = b.id("fb_instance", "protobuf", "protobuf bundle field 21 (app instance)", False)
    event = pb_msg(2, [pb_bytes(4, "level_end"), pb_varint(3, ms(c))])
    b.set_body(
        pb_msg(1, [pb_varint(1, 1), event, pb_bytes(21, inst)]), "application/x-www-form-urlencoded"
    )
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/purere")
    b.json(
        {
            "android_id": b.id("aid_reo", where="json android_id"),
            "firebase_instance": b.id("fb_instance", where="json firebase_instance"),
            "reo": "mi",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def pronunciation(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/whakahua/aromatawai")
    b.decoy("pronunciation scoring: speech recognition of a recording, no speaker model")
    boundary = "kupu" + rid(c.rng).replace("-", "")[:16]
    body = multipart(
        boundary,
        [
            ("kupu", None, None, b"whakawhetai"),
            ("oro", "oro.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 600)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"transcript": "whakawhetai", "score": rf(c.rng, 0.5, 1.0, 2), "phonemes": 11})
    return b.build()


def story(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/purakau/panui")
    b.decoy("reading progress in a story (pages read): reading, not watching")
    b.json({"purakau_id": "pk-07", "whārangi": c.rng.randint(1, 20), "wā": iso(c)})
    b.no_content()
    return b.build()


def flashcards(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/kaari?rōpū=whānau")
    b.ok_json(
        {
            "kaari": [
                {"kupu": k, "tikanga": m} for k, m in (("whaea", "mother"), ("matua", "father"))
            ]
        }
    )
    return b.build()


def streak(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/raupapa")
    b.json({"rā": c.rng.randint(1, 200), "xp": c.rng.randint(10, 90)})
    b.ok_json({"ok": True})
    return b.build()
