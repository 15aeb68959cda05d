"""The tester's own truly sensitive traffic, so every category exists:
a streaming app's watch heartbeats, resume points and continue-watching list;
a podcast app's listen history; her bank's selfie liveness and match; a voice-ID
login; an ad SDK with the GAID and ANDROID_ID; her earbuds' and watch's ids.

AdMob request keys (rdid = resettable device id, is_lat) follow the Google Mobile
Ads SDK's ad request as seen in public traffic captures; the rest are in-house.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, gz, jsb, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

TITLES = ("Normal People S1E04", "Derry Girls S2E01", "Bad Sisters S1E06", "The Banshees")


def watch_heartbeat(c: Context) -> Flow:
    b = FB(c, "screenbox", "POST", "https://events.screenbox.ie/v1/playback/heartbeat")
    b.header("user-agent", ua("ScreenBox", "8.4.0"))
    b.header("x-device-id", b.id("aid_stream", where="header x-device-id"))
    b.json(
        {
            "contentId": "sb-" + new_digits(c.rng, 7),
            "title": c.rng.choice(TITLES),
            "positionSec": c.rng.randint(10, 3000),
            "playState": "playing",
            "watchedSeconds": 30,
            "ts": iso(c),
        }
    )
    b.view("json playback heartbeat (contentId, positionSec)")
    b.no_content()
    return b.build()


def resume_points(c: Context) -> Flow:
    b = FB(c, "screenbox", "PUT", "https://api.screenbox.ie/v2/me/resume")
    b.json(
        {
            "resumePoints": [
                {"assetId": "sb-" + new_digits(c.rng, 7), "offsetMs": c.rng.randint(1, 9) * 10**6}
                for _ in range(2)
            ]
        },
        encoding="gzip",
    )
    b.view("gzip json resumePoints list")
    b.ok_json({"ok": True})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = FB(c, "screenbox", "GET", "https://api.screenbox.ie/v2/me/continue-watching")
    b.ok_json(
        {
            "rail": "continueWatching",
            "items": [
                {"title": t, "progressPct": c.rng.randint(5, 95), "lastWatched": iso(c)}
                for t in TITLES[:3]
            ],
        }
    )
    b.view("response continue-watching rail", direction="response")
    return b.build()


def watch_opaque(c: Context) -> Flow:
    b = FB(c, "screenbox", "POST", "https://events.screenbox.ie/v1/b")
    b.set_body(gz(bytes(c.rng.randrange(256) for _ in range(200))), "application/octet-stream")
    b.view("encrypted playback beacon", detectable=False)
    b.no_content()
    return b.build()


def podcast_listens(c: Context) -> Flow:
    b = FB(c, "craic", "POST", "https://sync.craicpods.ie/api/episodes/actions")
    b.json(
        {
            "actions": [
                {
                    "podcast": "https://feeds.example-pod.ie/animal-doctors.xml",
                    "episode": f"ep{c.rng.randint(1, 200)}.mp3",
                    "action": "play",
                    "started": c.rng.randint(0, 600),
                    "position": c.rng.randint(600, 2400),
                    "total": 2700,
                    "timestamp": iso(c)[:19],
                }
            ]
        }
    )
    b.view("gpodder-style episode play actions (started, position, total)")
    b.ok_json({"timestamp": int(c.now)})
    return b.build()


def bank_selfie(c: Context) -> Flow:
    b = FB(c, "banc", "POST", "https://id.bancmobile.ie/v1/liveness/selfie")
    b.header("x-android-id", b.id("aid_bank", where="header x-android-id"))
    bnd = "banc" + new_hex(c.rng, 14)
    meta = jsb({"livenessScore": rf(c.rng, 0.8, 1), "faceLandmarks": floats(c.rng, 136)})
    b.set_body(
        multipart(
            bnd,
            [
                ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 9999))),
                ("faceAnalysis", None, "application/json", meta),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.bio("face_image", "multipart selfie + faceLandmarks for liveness")
    b.ok_json({"match": True, "similarity": rf(c.rng, 0.8, 1)})
    return b.build()


def bank_match(c: Context) -> Flow:
    b = FB(c, "banc", "POST", "https://id.bancmobile.ie/v1/face/match")
    b.json(
        {
            "faceTemplate": b64(bytes(c.rng.randrange(256) for _ in range(256))),
            "customer": b.acct("bank_user"),
            "ts": ms(c),
        }
    )
    b.bio("face_template", "json faceTemplate base64")
    b.ok_json({"match": True})
    return b.build()


def voice_login(c: Context) -> Flow:
    b = FB(c, "banc", "POST", "https://id.bancmobile.ie/v1/voice/verify")
    b.json(
        {
            "voiceprint": floats(c.rng, 192),
            "sample": b64(fake_wav(c.rng.randint(0, 999), 300)),
            "phrase": "my voice is my password",
        }
    )
    b.bio("voiceprint", "json voiceprint vector + voice sample for verification")
    b.ok_json({"verified": True})
    return b.build()


def bio_opaque(c: Context) -> Flow:
    b = FB(c, "banc", "POST", "https://id.bancmobile.ie/v1/blob")
    b.json({"d": b64(bytes(c.rng.randrange(256) for _ in range(300)))})
    b.bio("face_template", "encrypted blob under key d", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def admob(c: Context) -> Flow:
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    b.param("rdid", b.id("gaid", where="query rdid"))
    b.param("is_lat", "0")
    b.param("format", "320x50_mb")
    b.param("correlator", new_digits(c.rng, 16))
    b.ok_json({"ad": "creative"})
    return b.build()


def ad_sdk(c: Context) -> Flow:
    b = FB(c, "adnet", "POST", "https://bid.pixelads-network.com/openrtb2/auction")
    b.json(
        {
            "id": rid(c.rng),
            "device": {
                "ifa": b.id("gaid", where="json device.ifa"),
                "dpidsha1": b.id("aid_ads", "sha1", where="json device.dpidsha1"),
                "lmt": 0,
            },
        }
    )
    b.ok_json({"seatbid": []})
    return b.build()


def wearables(c: Context) -> Flow:
    b = FB(c, "buds", "POST", "https://api.soundtrek.ie/v1/devices/register")
    b.json(
        {
            "earbudsBtAddress": b.id("buds_mac", where="json earbudsBtAddress"),
            "watch": {
                "serialNumber": b.id("watch_serial", where="json watch.serialNumber"),
                "bleMac": b.id("watch_mac", "nosep", where="json watch.bleMac nosep"),
            },
            "fw": "2.1.7",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def wearable_opaque(c: Context) -> Flow:
    b = FB(c, "buds", "GET", "https://api.soundtrek.ie/v1/s")
    b.param("k", b.id("watch_serial", "sha256", where="query k sha256", detectable=False))
    b.ok_json({"ok": True})
    return b.build()


def app_instance(c: Context) -> Flow:
    b = FB(c, "screenbox", "POST", "https://t.screenbox.ie/collect")
    b.form([("app_instance_id", c.phone.fa_instance), ("en", "screen_view")])
    b.other_id("fa_instance", "form app_instance_id")
    b.no_content()
    return b.build()
