"""SingStage: a karaoke app using the TV's USB microphone.

In-house backend. The singer voice profile is an ECAPA-TDNN 192-d speaker
embedding (SpeechBrain `spkrec-ecapa-voxceleb` model card) or a short voice
sample sent for speaker identification; pitch scoring sends the f0 contour
(Hz) and note hits, which score singing and identify no one.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav, floats_b64, multipart, pb_bytes, pb_varint

from .phone import FB, floats, iso, rf, rid, tv_ua

SDK = "singstage"
UA = tv_ua("SingStage", "6.0.3")
API = "https://api.singstage.app"
SONGS = [
    ("Take On Me", "a-ha"),
    ("Dancing Queen", "ABBA"),
    ("Valerie", "Amy Winehouse"),
    ("Africa", "Toto"),
    ("Zombie", "The Cranberries"),
]


def voice_enrol(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{API}/v2/singers/{ctx.rng.randint(1, 4)}/voice-profile")
    b.bio("voiceprint", "body.speakerEmbedding")
    b.header("user-agent", UA)
    b.header("x-install-id", b.id("sing_install", where="header.x-install-id"))
    b.json(
        {
            "speakerEmbedding": floats_b64(floats(ctx.rng, 192)),
            "model": "ecapa-tdnn-voxceleb",
            "enrolSeconds": rf(ctx.rng, 8, 20, 1),
            "sampleRate": 16000,
        }
    )
    b.ok_json({"profile": "vp_" + rid(ctx.rng)[:8]})
    return b.build()


def who_sings(ctx: Context) -> Flow:
    bnd = "----sing" + rid(ctx.rng).replace("-", "")[:16]
    b = FB(ctx, SDK, "POST", f"{API}/v2/speaker/identify")
    b.bio("voice_sample", "multipart.voice_sample (speaker identification)")
    parts = [
        ("task", None, None, b"speaker_identification"),
        ("voice_sample", "mic.wav", "audio/wav", fake_wav(ctx.rng.getrandbits(32), 800)),
    ]
    b.header("user-agent", UA)
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.ok_json({"singer": ctx.rng.randint(1, 4), "confidence": rf(ctx.rng, 0.4, 0.99)})
    return b.build()


def pitch_score(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{API}/v2/performances/{rid(ctx.rng)[:10]}/score")
    b.decoy("pitch contour and score (singing score, not a voiceprint)")
    f0 = [rf(ctx.rng, 110, 520, 1) for _ in range(40)]
    b.json(
        {
            "songId": ctx.rng.randint(1000, 99999),
            "pitchTrackHz": f0,
            "noteHits": ctx.rng.randint(10, 200),
            "score": ctx.rng.randint(40, 100),
        }
    )
    b.ok_json({"rank": ctx.rng.randint(1, 5000)})
    return b.build()


def play_log(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{API}/v2/history/plays")
    plays = []
    for _ in range(ctx.rng.randint(1, 4)):
        t, a = ctx.rng.choice(SONGS)
        plays.append(
            {"songTitle": t, "artist": a, "playedAt": iso(ctx), "sungSec": ctx.rng.randint(30, 280)}
        )
    b.view("body.plays[] (songs sung)")
    b.header("user-agent", UA)
    b.json({"plays": plays, "userId": b.acct("sing_user")})
    b.no_content()
    return b.build()


def config(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "GET", f"{API}/v2/config")
    b.param("android_id", b.id("aid_sing", where="query.android_id"))
    b.param("platform", "googletv")
    b.param("mic", "usb")
    b.ok_json({"latencyCompMs": ctx.rng.randint(60, 180), "features": {"duet": True}})
    return b.build()


def voice_feat_pb(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{API}/v2/t")
    b.bio("voiceprint", "protobuf field 2 (raw float bytes, unnamed)", detectable=False)
    body = pb_varint(1, ctx.rng.randint(1, 4)) + pb_bytes(
        2, bytes(ctx.rng.getrandbits(8) for _ in range(256))
    )
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def lyrics(ctx: Context) -> Flow:
    t, a = ctx.rng.choice(SONGS)
    b = FB(ctx, SDK, "GET", f"{API}/v2/lyrics/{ctx.rng.randint(1000, 99999)}")
    b.decoy("lyrics fetch")
    b.ok_json(
        {"title": t, "artist": a, "lines": [{"t": i * 2.5, "text": "la la"} for i in range(6)]}
    )
    return b.build()
