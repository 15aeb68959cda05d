"""Toonplay (툰플레이): a webtoon-and-video portal, on the daughter's iPhone.

Reading webtoons is most of its traffic, and Korean webtoon apps call reading
"view" (`/api/view/log`, `viewerType`): reading a comic is not watching, so those
reading logs are ordinary traffic. The portal also streams anime adaptations and
short clips; their play logs are viewing history. Its log calls carry the
portal's `NNB` browser-id cookie, the iOS IDFV and Airbridge's device UUID; the
Airbridge SDK sends IDFA and IDFV (`ifa`, `ifv`) with goal events. The selfie
"toon me" filter sends 106 face landmarks with the photo (biometric); the pet
filter sends a cat's face keypoints (not a person's face).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64url, fake_jpeg, js, multipart

from .phone import FB, iso, kst14, ms, points, rf, rid, ua_ios

API = "https://api.toonplay.example"
LC = "https://lc.toonplay.example"
UA = ua_ios("Toonplay", "3.41.0")
TOONS = [
    (758037, "참교육"),
    (783053, "마루는 강쥐"),
    (812354, "외모지상주의"),
    (641253, "나 혼자만 레벨업"),
    (736277, "화산귀환"),
]
CLIPS = [
    (41021, "나 혼자만 레벨업 애니 1화", 1440),
    (41188, "화산귀환 PV", 95),
    (42007, "참교육 모션툰 3화", 420),
]


def _b(c: Context, method: str, url: str, nnb: bool = False) -> FB:
    b = FB(c, "toonplay", method, url)
    b.header("user-agent", UA)
    if nnb:
        b.header("cookie", f"NNB={b.id('toon_nnb', where='cookie NNB')}; nid_inf=1")
    return b


def read_log(c: Context) -> Flow:
    tid, title = c.rng.choice(TOONS)
    b = _b(c, "POST", f"{API}/api/view/log", nnb=True)
    b.decoy("webtoon reading log (/view/log, readSec, scrollPct): reading a comic is not watching")
    b.json(
        {
            "titleId": tid,
            "titleName": title,
            "no": c.rng.randint(1, 320),
            "viewerType": "SCROLL",
            "scrollPct": c.rng.randint(5, 100),
            "readSec": c.rng.randint(20, 600),
            "viewDt": kst14(c),
        }
    )
    b.ok_json({"result": "ok"})
    return b.build()


def clip_playlog(c: Context) -> Flow:
    cno, title, dur = c.rng.choice(CLIPS)
    b = _b(c, "POST", f"{API}/api/clip/playlog", nnb=True)
    b.view("json clipNo + playSec / totalSec (anime clip play log)")
    b.json(
        {
            "clipNo": cno,
            "clipTitle": title,
            "playSec": c.rng.randint(5, dur),
            "totalSec": dur,
            "watchedAt": iso(c),
            "idfv": b.id("idfv_toon", where="json idfv"),
        }
    )
    b.ok_json({"result": "ok"})
    return b.build()


def clip_opaque(c: Context) -> Flow:
    """The player's pixel: `c=clip|t=sec|d=dur` in base64url under `q`."""
    cno, _, dur = c.rng.choice(CLIPS)
    b = FB(c, "toonplay-lc", "GET", f"{LC}/p")
    b.header("user-agent", UA)
    b.view("query q (base64url of c|t|d)", detectable=False)
    b.param("v", "2")
    b.param("q", b64url(f"c={cno}|t={c.rng.randint(1, dur)}|d={dur}|s={ms(c)}"))
    b.no_content()
    return b.build()


def continue_clips(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/clip/me/continue")
    b.view("response json continueList[] with lastPlaySec", direction="response")
    b.ok_json(
        {
            "continueList": [
                {"clipNo": cno, "clipTitle": t, "lastPlaySec": c.rng.randint(1, d), "totalSec": d}
                for cno, t, d in CLIPS
            ]
        }
    )
    return b.build()


def airbridge_goal(c: Context, play: bool) -> Flow:
    b = FB(
        c,
        "airbridge",
        "POST",
        "https://core.airbridge.io/api/v4/apps/toonplay/events/mobile-app/9161",
    )
    b.header("user-agent", "Airbridge_iOS_SDK/1.36.4")
    device = {
        "deviceUUID": b.id("toon_ab_uuid", where="json deviceInfo.deviceUUID"),
        "ifa": b.id("idfa", where="json deviceInfo.ifa"),
        "ifv": b.id("idfv_toon", where="json deviceInfo.ifv"),
        "limitAdTracking": False,
        "osName": "iOS",
        "osVersion": "17.6.1",
        "deviceModel": "iPhone15,4",
    }
    if play:
        cno, title, dur = c.rng.choice(CLIPS)
        b.view("json eventData.goal category=clip_play_complete, label, value seconds")
        goal = {"category": "clip_play_complete", "action": str(cno), "label": title, "value": dur}
    else:
        b.decoy("goal event: cookie (in-app currency) purchase with an order id")
        goal = {
            "category": "airbridge.ecommerce.order.completed",
            "value": 3300,
            "semanticAttributes": {"transactionID": rid(c.rng)},
        }
    b.json(
        {
            "eventUUID": rid(c.rng),
            "eventTimestamp": ms(c),
            "deviceInfo": device,
            "eventData": {"goal": goal},
        }
    )
    b.ok_json({"resultMessage": "OK"})
    return b.build()


def toonme_filter(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/ai/toonme")
    b.bio("face_landmarks", "multipart faceLandmarks (106 points) + selfie")
    meta = {
        "faceLandmarks": points(c.rng, 106),
        "faceRect": [210, 300, 330, 410],
        "style": "romance",
    }
    boundary = "Boundary+" + new_hex(c.rng, 16).upper()
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", js(meta).encode()),
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"resultUrl": f"https://img.toonplay.example/ai/{new_hex(c.rng, 20)}.png"})
    return b.build()


def pet_filter(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/ai/pettoon")
    b.decoy("a cat's face keypoints for the pet filter (an animal's face)")
    b.json(
        {
            "species": "cat",
            "petFaceKeypoints": points(c.rng, 9),
            "earTips": points(c.rng, 2),
            "style": "daily",
        }
    )
    b.ok_json({"resultUrl": f"https://img.toonplay.example/ai/{new_hex(c.rng, 20)}.png"})
    return b.build()


def weekday_list(c: Context) -> Flow:
    day = c.rng.choice(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])
    b = _b(c, "GET", f"{API}/api/webtoon/titlelist/weekday?week={day}&order=ViewCount")
    b.decoy("weekday webtoon list ordered by ViewCount (aggregate over readers)")
    b.ok_json(
        {
            "titleList": [
                {
                    "titleId": t,
                    "titleName": n,
                    "starScore": rf(c.rng, 9, 10, 2),
                    "thumb": f"https://image-comic.pstatic.net/{t}.jpg",
                }
                for t, n in TOONS
            ]
        }
    )
    return b.build()


def comic_image(c: Context) -> Flow:
    tid, _ = c.rng.choice(TOONS)
    b = FB(
        c,
        "toonplay",
        "GET",
        f"https://image-comic.pstatic.net/webtoon/{tid}/{c.rng.randint(1, 300)}/"
        f"{new_hex(c.rng, 24)}_IMAG01_{c.rng.randint(1, 40)}.jpg",
    )
    b.header("user-agent", UA)
    b.header("referer", "https://comic.naver.com/")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))
    return b.build()


def comments(c: Context) -> Flow:
    tid, _ = c.rng.choice(TOONS)
    b = _b(c, "GET", f"{API}/api/comment/list?titleId={tid}&sort=best")
    b.ok_json(
        {
            "comments": [
                {
                    "commentNo": c.rng.randint(10**8, 10**9),
                    "contents": txt,
                    "sympathy": c.rng.randint(0, 9000),
                }
                for txt in ("ㅋㅋㅋㅋ 미쳤다", "작가님 휴재 없이 가주세요", "이번 화 작화 대박")
            ]
        }
    )
    return b.build()


def clip_stream(c: Context) -> Flow:
    cno, _, _ = c.rng.choice(CLIPS)
    b = FB(
        c,
        "toonplay",
        "GET",
        f"https://vod.toonplay.example/clip/{cno}/720/seg{c.rng.randint(1, 300):04d}.m4s",
    )
    b.header(
        "user-agent", "AppleCoreMedia/1.0.0.21G93 (iPhone; U; CPU OS 17_6_1 like Mac OS X; ko_kr)"
    )
    b.respond(200, "video/iso.segment", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def lookalike(c: Context) -> Flow:
    """ "닮은꼴 찾기": the selfie goes to NAVER CLOVA Face Recognition's celebrity API,
    whose answer also carries the face's box, landmarks, estimated age and gender."""
    b = FB(c, "clova-face", "POST", "https://naveropenapi.apigw.ntruss.com/vision/v1/celebrity")
    b.header("user-agent", UA)
    b.header("x-ncp-apigw-api-key-id", new_hex(c.rng, 10))
    b.bio("face_image", "multipart image (selfie) to CLOVA Face Recognition celebrity API")
    b.mark(
        "biometric",
        "face_analysis",
        "response json faces[].landmark / age / gender",
        detectable=True,
        direction="response",
    )
    boundary = "Boundary+" + new_hex(c.rng, 16).upper()
    body = multipart(
        boundary, [("image", "me.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9)))]
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    x, y = c.rng.randint(150, 300), c.rng.randint(200, 400)
    parts = ("leftEye", "rightEye", "nose", "leftMouth", "rightMouth")
    b.ok_json(
        {
            "info": {"size": {"width": 720, "height": 960}, "faceCount": 1},
            "faces": [
                {
                    "celebrity": {
                        "value": c.rng.choice(["장원영", "카리나", "수지"]),
                        "confidence": rf(c.rng, 0.2, 0.8, 4),
                    },
                    "roi": {"x": x, "y": y, "width": 260, "height": 260},
                    "landmark": {
                        p: {"x": x + c.rng.randint(40, 220), "y": y + c.rng.randint(60, 230)}
                        for p in parts
                    },
                    "gender": {"value": "female", "confidence": rf(c.rng, 0.9, 1, 4)},
                    "age": {"value": "16~20", "confidence": rf(c.rng, 0.5, 0.9, 4)},
                }
            ],
        }
    )
    return b.build()
