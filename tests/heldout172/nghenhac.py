"""NgheNhac: a Vietnamese music app (V-pop, bolero, karaoke).

Listening history goes to the app's own log (`bai_hat_id`, `nghe_ms`), to a
recently-played list in a response, and to Firebase Analytics (protobuf, event
params `song_id` and `listened_sec` by name; the app-instance id and advertising id
in unnamed fields). An old GIF beacon packs `song|ms|ts` into base64 under `t`
with a SHA-1 of the ANDROID_ID under `u`. Charts with all-listener counts, timed
lyrics, stream-URL lookups, audio segments and a karaoke recording sent for pitch
scoring (singing, no speaker model) are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, jsb, multipart, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rf, ua

API = "https://api.nghenhac.example"
UA = ua("NgheNhac", "24.09")
SONGS = [
    ("ZW9D0AB7", "Nơi Này Có Anh", "Sơn Tùng M-TP"),
    ("ZWBI7UCC", "Thằng Điên", "JustaTee, Phương Ly"),
    ("ZW6ZEFA0", "Duyên Phận", "Như Quỳnh"),
    ("ZWAEIU9E", "Em Của Ngày Hôm Qua", "Sơn Tùng M-TP"),
    ("ZU8OIBDF", "Nắng Ấm Xa Dần", "Sơn Tùng M-TP"),
    ("ZO0A9FUZ", "Hoa Nở Không Màu", "Hoài Lâm"),
]


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "nghenhac", method, url)
    b.header("user-agent", UA)
    if device:
        b.params.append(("deviceId", b.id("aid_nhac", where="query deviceId")))
    b.params += [("ctime", str(ms(c) // 1000)), ("sig", new_hex(c.rng, 64))]
    return b


def listen_log(c: Context) -> Flow:
    sid, name, _ = c.rng.choice(SONGS)
    total = c.rng.randint(180, 330) * 1000
    b = _b(c, "POST", f"{API}/api/v3/lich-su-nghe/ghi", device=True)
    b.view("json bai_hat_id + nghe_ms + luc")
    b.json(
        {
            "bai_hat_id": sid,
            "ten_bai": name,
            "nghe_ms": c.rng.randint(15000, total),
            "tong_ms": total,
            "nguon": c.rng.choice(["playlist", "bxh", "tim_kiem", "radio"]),
            "luc": iso(c),
        }
    )
    b.ok_json({"err": 0, "msg": "Success"})
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/nguoi-dung/nghe-gan-day", device=True)
    b.view("response json data.items[].lastListen (recently played)", direction="response")
    items = [
        {
            "id": sid,
            "title": name,
            "artistsNames": who,
            "lastListen": ms(c) // 1000 - c.rng.randint(60, 10**5),
        }
        for sid, name, who in c.rng.sample(SONGS, 4)
    ]
    b.ok_json({"err": 0, "data": {"items": items}})
    return b.build()


def _fb_param(name: str, value: str | int) -> bytes:
    if isinstance(value, int):
        return pb_msg(3, [pb_bytes(1, name), pb_varint(3, value)])
    return pb_msg(3, [pb_bytes(1, name), pb_bytes(2, value)])


def firebase_play(c: Context) -> Flow:
    sid, name, _ = c.rng.choice(SONGS)
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik_ua())
    b.view("protobuf event play_song params song_id + listened_sec")
    event = pb_msg(
        2,
        [
            _fb_param("song_id", sid),
            _fb_param("song_name", name),
            _fb_param("listened_sec", c.rng.randint(20, 300)),
            pb_bytes(2, "play_song"),
            pb_varint(3, ms(c)),
        ],
    )
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            event,
            pb_bytes(16, "vn.nghenhac.android"),
            pb_bytes(
                19, b.id("gaid", "protobuf", "protobuf field 19 (advertising id)", detectable=False)
            ),
            pb_bytes(
                27,
                b.id(
                    "nhac_app_instance",
                    "protobuf",
                    "protobuf field 27 (app instance id)",
                    detectable=False,
                ),
            ),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def dalvik_ua() -> str:
    return "Dalvik/2.1.0 (Linux; U; Android 13; 23021RAAEG Build/TKQ1.221114.001)"


def gif_beacon(c: Context) -> Flow:
    sid, _, _ = c.rng.choice(SONGS)
    b = FB(c, "nghenhac", "GET", "https://log.nghenhac.example/l.gif")
    b.header("user-agent", UA)
    b.view("query t (base64 'song|ms|ts')", detectable=False)
    b.params += [
        ("t", b64(f"{sid}|{c.rng.randint(15000, 300000)}|{ms(c)}")),
        ("u", b.id("aid_nhac", "sha1", "query u (sha1)", detectable=False)),
        ("v", "24.09"),
    ]
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/bxh/tuan?khu_vuc=vn")
    b.decoy("weekly chart with all-listener luot_nghe (aggregate)")
    b.ok_json(
        {
            "err": 0,
            "data": [
                {"hang": i + 1, "id": sid, "ten": name, "luot_nghe": c.rng.randint(10**5, 10**7)}
                for i, (sid, name, _) in enumerate(SONGS)
            ],
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    sid, name, _ = c.rng.choice(SONGS)
    b = _b(c, "GET", f"{API}/api/v3/loi-bai-hat/{sid}")
    b.decoy("timed lyric lines (t seconds): the song's timing, not the listener's")
    t = 0.0
    lines = []
    for line in [
        "Em là ai từ đâu bước đến nơi đây",
        "dịu dàng chân phương",
        "Em là ai tựa như ánh nắng",
    ]:
        t += rf(c.rng, 3, 8, 2)
        lines.append({"t": round(t, 2), "dong": line})
    b.ok_json({"err": 0, "data": {"id": sid, "ten": name, "loi": lines}})
    return b.build()


def stream_url(c: Context) -> Flow:
    sid, _, _ = c.rng.choice(SONGS)
    b = _b(c, "GET", f"{API}/api/v3/bai-hat/{sid}/stream")
    b.ok_json(
        {"err": 0, "data": {"128": f"https://a128.nghenhac.example/{new_hex(c.rng, 32)}.mp3"}}
    )
    return b.build()


def audio_segment(c: Context) -> Flow:
    b = FB(c, "nghenhac", "GET", f"https://a128.nghenhac.example/{new_hex(c.rng, 32)}.mp3")
    b.header("user-agent", "stagefright/1.2 (Linux;Android 13)")
    b.header("range", f"bytes={c.rng.randint(0, 10**6)}-")
    b.respond(206, "audio/mpeg", b"ID3\x04\x00" + c.rng.randbytes(700))
    return b.build()


def karaoke_score(c: Context) -> Flow:
    sid, _, _ = c.rng.choice(SONGS)
    b = _b(c, "POST", f"{API}/api/v3/karaoke/cham-diem")
    b.decoy("karaoke recording and pitch curve sent for scoring (singing; no speaker model)")
    meta = {"bai_hat_id": sid, "cao_do": [rf(c.rng, 180, 420, 1) for _ in range(40)]}
    boundary = "nnk" + new_hex(c.rng, 12)
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", jsb(meta)),
            ("ban_thu", "karaoke.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"err": 0, "diem": c.rng.randint(60, 99)})
    return b.build()
