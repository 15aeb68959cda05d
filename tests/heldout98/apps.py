"""A translation app with speech-to-text, and a mobile game with an ad SDK.

Translation (NAVER Cloud Papago / CLOVA Speech Recognition APIs as documented at
api.ncloud-docs.com: `nmt/v1/translation` form `source`, `target`, `text`;
`recog/v1/stt?lang=Kor` with raw audio `application/octet-stream` and
`X-NCP-APIGW-API-KEY-ID` headers): speech sent for text is not a voiceprint.
Game: camera yaw/pitch/roll, avatar-creator face sliders the player picks (not
measured from a face), leaderboards. Its ad SDK sends an OpenRTB 2.5 bid request
(`device.ifa`, `device.lmt`, `device.ext.ifv`; IAB OpenRTB 2.5 section 3.2.18), and
the game's own launch call hides the IDFV's SHA-256 under a meaningless key.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_wav

from .phone import FB, floats, iso, rf, rid, ua

NCP = "https://naveropenapi.apigw.ntruss.com"
GAME = "https://api.kaijurun-example.com"


def _ncp(c: Context, b: FB) -> FB:
    b.header("x-ncp-apigw-api-key-id", new_hex(c.rng, 10))
    b.header("x-ncp-apigw-api-key", new_hex(c.rng, 40))
    return b


def translate_text(c: Context) -> Flow:
    b = _ncp(c, FB(c, "translate", "POST", NCP + "/nmt/v1/translation"))
    b.decoy("text translation of a film synopsis mentioning faces and voices")
    text = "主人公の顔と声が、記憶の中で少しずつ変わっていく。"
    b.form([("source", "ja"), ("target", "ko"), ("text", text)])
    b.ok_json({"message": {"result": {"translatedText": "주인공의 얼굴과 목소리가 …"}}})
    return b.build()


def stt(c: Context) -> Flow:
    url = NCP + "/recog/v1/stt?lang=" + c.rng.choice(["Kor", "Jpn", "Eng"])
    b = _ncp(c, FB(c, "translate", "POST", url))
    b.decoy("conversation audio for speech-to-text (transcription, not voice ID)")
    b.set_body(fake_wav(c.rng.getrandbits(32), 1400), "application/octet-stream")
    b.ok_json({"text": "상영관이 어디예요?"})
    return b.build()


def camera_state(c: Context) -> Flow:
    b = FB(c, "game", "POST", GAME + "/v2/replay/frames")
    b.header("user-agent", ua("KaijuRun", "1.44"))
    b.decoy("game camera yaw/pitch/roll and player positions")
    b.json(
        {
            "frames": [
                {
                    "t": i * 33,
                    "cam": {
                        "yaw": rf(c.rng, -180, 180, 2),
                        "pitch": rf(c.rng, -30, 60, 2),
                        "roll": 0.0,
                    },
                    "pos": [rf(c.rng, 0, 500, 1), rf(c.rng, 0, 40, 1), rf(c.rng, 0, 500, 1)],
                }
                for i in range(8)
            ],
            "matchId": new_hex(c.rng, 16),
        }
    )
    b.no_content()
    return b.build()


def avatar(c: Context) -> Flow:
    b = FB(c, "game", "PUT", GAME + "/v2/me/avatar")
    b.decoy("avatar creator sliders chosen by the player (faceShape, eyeSize): not measured")
    b.json(
        {
            "faceShape": c.rng.randint(0, 12),
            "eyeSize": rf(c.rng, 0, 1, 2),
            "mouthWidth": rf(c.rng, 0, 1, 2),
            "skinTone": c.rng.randint(0, 9),
            "morphs": floats(c.rng, 16, 3),
        }
    )
    b.ok_json({"saved": True})
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(c, "game", "GET", GAME + "/v2/leaderboard?season=" + str(c.rng.randint(10, 20)))
    b.decoy("leaderboard: player ids and scores")
    b.ok_json(
        {"top": [{"p": new_digits(c.rng, 9), "s": c.rng.randint(1000, 99999)} for _ in range(10)]}
    )
    return b.build()


def ad_bid(c: Context) -> Flow:
    b = FB(c, "adsdk", "POST", "https://bid.adfusion-example.com/openrtb2/auction")
    b.header("x-openrtb-version", "2.5")
    b.json(
        {
            "id": rid(c.rng),
            "imp": [{"id": "1", "banner": {"w": 320, "h": 50}}],
            "app": {"bundle": "6448812345", "name": "KaijuRun"},
            "device": {
                "ifa": b.id("idfa", where="body.device.ifa"),
                "lmt": 0,
                "os": "iOS",
                "model": "iPhone16,1",
                "ext": {"ifv": b.id("idfv_game", where="body.device.ext.ifv"), "atts": 3},
            },
        }
    )
    b.ok_json({"id": rid(c.rng), "seatbid": []})
    return b.build()


def game_launch(c: Context) -> Flow:
    b = FB(c, "game", "POST", GAME + "/v2/launch")
    b.other_id("game_install", "body.k1 (game's own install id, meaningless key)", detectable=False)
    b.json(
        {
            "k1": c.phone.game_install,
            "k3": b.id(
                "idfv_game", how="sha256", where="body.k3 (sha256 of IDFV)", detectable=False
            ),
            "v": "1.44",
            "ts": iso(c),
        }
    )
    b.ok_json({"motd": "Season 14"})
    return b.build()
