"""Singsong: a karaoke app with duets matched by voice, Azure speaker recognition
for 'sing as yourself' profiles, CleverTap engagement and AppsFlyer attribution.

- Azure AI Speaker Recognition (2021-09-05): POST {endpoint}/speaker-recognition/
  verification/text-independent/profiles/{profileId}/enrollments?api-version=...
  with audio/wav; identification: .../identification/text-independent/
  profiles:identifySingleSpeaker?profileIds=... (learn.microsoft.com/rest/api/
  speakerrecognition).
- Speaker embeddings: ECAPA-TDNN (192 floats), as in SpeechBrain's
  spkrec-ecapa-voxceleb.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import fake_wav, floats_b64

from . import sdks
from .phone import FB, okhttp, ua
from .shapes import embedding, pitch_contour

API = "https://api.singsong.example"
AZURE = "https://westeurope.api.cognitive.microsoft.com/speaker-recognition"
UA = ua("Singsong", "11.0.4")
SONGS = [
    "s_dancing_queen",
    "s_bohemian",
    "s_shallow",
    "s_wonderwall",
    "s_let_it_go",
    "s_zombie",
    "s_valerie",
]


def _hdr(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("authorization", "Bearer ss." + new_hex(b.ctx.rng, 40))


def azure_enrol(ctx: Context) -> Flow:
    profile = new_uuid(ctx.rng)
    b = FB(
        ctx,
        "azure:speaker",
        "POST",
        f"{AZURE}/verification/text-independent/profiles/{profile}/enrollments",
        [("api-version", "2021-09-05"), ("ignoreMinLength", "false")],
    )
    b.header("ocp-apim-subscription-key", new_hex(ctx.rng, 32))
    b.header("user-agent", okhttp())
    b.set_body(fake_wav(ctx.rng.getrandbits(32), 2000), "audio/wav; codecs=audio/pcm")
    b.mark(
        "biometric",
        "speaker_enrolment",
        "body(audio/wav) -> speaker-recognition .../enrollments",
        True,
    )
    b.ok_json(
        {
            "profileId": profile,
            "enrollmentStatus": "Enrolling",
            "remainingEnrollmentsSpeechLength": 12.1,
        },
        201,
    )
    return b.build()


def azure_identify(ctx: Context) -> Flow:
    ids = ",".join(new_uuid(ctx.rng) for _ in range(3))
    b = FB(
        ctx,
        "azure:speaker",
        "POST",
        f"{AZURE}/identification/text-independent/profiles:identifySingleSpeaker",
        [("api-version", "2021-09-05"), ("profileIds", ids)],
    )
    b.header("ocp-apim-subscription-key", new_hex(ctx.rng, 32))
    b.header("user-agent", okhttp())
    b.set_body(fake_wav(ctx.rng.getrandbits(32), 1500), "audio/wav; codecs=audio/pcm")
    b.mark("biometric", "speaker_identification", "body(audio/wav) -> identifySingleSpeaker", True)
    b.ok_json({"identifiedProfile": {"profileId": ids.split(",")[0], "score": 0.82}})
    return b.build()


def azure_create_profile(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "azure:speaker",
        "POST",
        f"{AZURE}/verification/text-independent/profiles",
        [("api-version", "2021-09-05")],
    )
    b.header("ocp-apim-subscription-key", new_hex(ctx.rng, 32))
    b.json({"locale": "en-us"})
    b.decoy("speaker profile creation (no audio)")
    b.ok_json({"profileId": new_uuid(ctx.rng), "enrollmentStatus": "Enrolling"}, 201)
    return b.build()


def voice_match(ctx: Context) -> Flow:
    b = FB(ctx, "singsong:duet", "POST", f"{API}/v2/duet/voice-match")
    _hdr(b)
    b.json(
        {
            "speaker_embedding": {
                "model": "ecapa-tdnn-voxceleb",
                "dim": 192,
                "values": embedding(ctx.rng, 192),
            },
            "song": ctx.rng.choice(SONGS),
        }
    )
    b.mark("biometric", "speaker_embedding", "body.speaker_embedding.values[192]", True)
    b.ok_json({"partners": [f"s{new_hex(ctx.rng, 14)}" for _ in range(3)]})
    return b.build()


def voice_vec_opaque(ctx: Context) -> Flow:
    b = FB(ctx, "singsong:m", "POST", f"{API}/v2/m")
    _hdr(b)
    b.json({"e": floats_b64(embedding(ctx.rng, 192)), "v": 3})
    b.mark("biometric", "speaker_embedding_opaque", "body.e (base64 float32 x192)", False)
    b.ok_json({"ok": 1})
    return b.build()


def plays_sync(ctx: Context) -> Flow:
    b = FB(ctx, "singsong:plays", "POST", f"{API}/v2/me/plays")
    _hdr(b)
    plays = [
        {
            "song_id": ctx.rng.choice(SONGS),
            "played_ms": ctx.rng.randint(20000, 240000),
            "started_at": int(ctx.now) - ctx.rng.randint(0, 3600),
            "mode": "listen",
        }
        for _ in range(ctx.rng.randint(1, 4))
    ]
    b.json({"plays": plays})
    b.mark("viewing_history", "song_plays", "body.plays[]{song_id,played_ms,started_at}", True)
    b.respond(204, None)
    return b.build()


def clevertap(ctx: Context, played: bool) -> Flow:
    if played:
        ev = {
            "type": "event",
            "evtName": "Song Played",
            "evtData": {
                "song_id": ctx.rng.choice(SONGS),
                "played_seconds": ctx.rng.randint(20, 240),
                "source": "charts",
            },
            "ts": int(ctx.now),
        }
    else:
        ev = {
            "type": "event",
            "evtName": "App Launched",
            "evtData": {"Build": "60100"},
            "ts": int(ctx.now),
        }
    return sdks.clevertap_upload(ctx, [ev], played)


def appsflyer(ctx: Context) -> Flow:
    return sdks.appsflyer_launch(ctx, "com.singsong.karaoke")


# --- ordinary traffic -----------------------------------------------------------


def lyrics(ctx: Context) -> Flow:
    b = FB(ctx, "singsong:lyrics", "GET", f"{API}/v2/songs/{ctx.rng.choice(SONGS)}/lyrics.lrc")
    b.header("user-agent", UA)
    b.respond(
        200,
        "text/plain; charset=utf-8",
        b"[00:12.00]You can dance, you can jive\n[00:15.50]Having the time of your life\n",
    )
    return b.build()


def backing_track(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "singsong:cdn",
        "GET",
        f"https://media.singsong.example/tracks/{new_hex(ctx.rng, 16)}.m4a",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/mp4", b"\x00\x00\x00\x20ftypM4A " + new_hex(ctx.rng, 300).encode())
    return b.build()


def performance_upload(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "singsong:upload",
        "PUT",
        f"https://uploads.singsong.example/perf/{new_uuid(ctx.rng)}.wav",
    )
    b.header("user-agent", okhttp())
    b.set_body(fake_wav(ctx.rng.getrandbits(32), 2400), "audio/wav")
    b.decoy("recorded performance upload (a song, not a voiceprint)")
    b.respond(200, None)
    return b.build()


def score_upload(ctx: Context) -> Flow:
    b = FB(ctx, "singsong:score", "POST", f"{API}/v2/performances/{new_uuid(ctx.rng)}/score")
    _hdr(b)
    b.json(
        {
            "pitch_hz": pitch_contour(ctx.rng, 120),
            "timing_ms": ctx.rng.randint(-80, 80),
            "score": ctx.rng.randint(60, 99),
        },
        "gzip",
    )
    b.decoy("pitch contour of a song")
    b.ok_json({"rank": ctx.rng.randint(1, 5000)})
    return b.build()


def search(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "singsong:search",
        "GET",
        f"{API}/v2/search",
        [("q", ctx.rng.choice(["abba", "adele", "oasis", "frozen"]))],
    )
    b.header("user-agent", UA)
    b.ok_json({"songs": ctx.rng.sample(SONGS, 3), "trace": new_hex(ctx.rng, 32)})
    return b.build()


def charts(ctx: Context) -> Flow:
    b = FB(ctx, "singsong:charts", "GET", f"{API}/v2/charts/weekly", [("region", "GB")])
    b.header("user-agent", UA)
    b.ok_json({"songs": [{"id": s, "sung": ctx.rng.randint(1000, 90000)} for s in SONGS]})
    return b.build()


def gift(ctx: Context) -> Flow:
    b = FB(ctx, "singsong:gift", "POST", f"{API}/v2/gifts")
    _hdr(b)
    b.json(
        {
            "to": f"s{new_hex(ctx.rng, 14)}",
            "gift": "rose",
            "qty": 1,
            "order_ref": f"SG-{ctx.rng.randint(10**7, 10**8)}",
        }
    )
    b.ok_json({"ok": True, "coins_left": ctx.rng.randint(0, 900)})
    return b.build()
