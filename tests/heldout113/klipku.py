"""Klipku: a short-video app from Jakarta (For You feed, duets, live gifts).

Watch logs go to `/api/v3/log/nonton` in bahasa gaul key names (`lama_nonton_ms`,
`diulang`, `udah_kelar`). The player also batches plays as protobuf with numeric
fields only (field 1 video id, 2 watched ms, 3 loops): nothing readable says
they are plays (opaque). Adjust sessions carry `gps_adid`, `android_id` and
Adjust's `adid`; the app's own `did` header is its install id. The For You feed
(recommendations), like / comment calls and the trending-sound list are not
viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.klipku.example"
UA = ua("Klipku", "28.6.3")
CAPTIONS = [
    "gaskeun ke pantai 🏖️",
    "mantul resep seblak level 5",
    "prank ojol auto baper",
    "tutorial makeup wisuda",
    "cover dangdut koplo",
]


def _vid(c: Context) -> str:
    return "7" + str(c.rng.randint(10**17, 10**18 - 1))


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "klipku", method, url)
    b.header("user-agent", UA)
    b.header("x-klip-did", b.id("klip_did", where="header x-klip-did"))
    return b


def log_nonton(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/log/nonton")
    b.view("json data[] lama_nonton_ms / udah_kelar per video")
    b.json(
        {
            "sesi": rid(c.rng),
            "data": [
                {
                    "video_id": _vid(c),
                    "lama_nonton_ms": c.rng.randint(800, 60000),
                    "durasi_video_ms": c.rng.randint(9000, 60000),
                    "diulang": c.rng.randint(0, 3),
                    "udah_kelar": c.rng.random() < 0.4,
                    "sumber": "fyp",
                    "ts": ms(c),
                }
                for _ in range(c.rng.randint(3, 8))
            ],
        }
    )
    b.ok_json({"kode": 0, "pesan": "ok"})
    return b.build()


def batch_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/b/2")
    b.view("protobuf field 1 rows (video id, watched ms, loops): numeric fields", False)
    rows = [
        pb_msg(
            1,
            [
                pb_bytes(1, _vid(c)),
                pb_varint(2, c.rng.randint(800, 60000)),
                pb_varint(3, c.rng.randint(0, 3)),
                pb_varint(4, ms(c)),
            ],
        )
        for _ in range(c.rng.randint(3, 10))
    ]
    b.set_body(b"".join(rows), "application/x-protobuf")
    b.no_content()
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", dalvik())
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", "q4tzf2b1kw5c"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_id", b.id("aid_klip", where="form android_id")),
            ("adid", b.id("adjust_adid", where="form adid")),
            ("created_at", iso(c)),
            ("session_count", str(c.rng.randint(2, 300))),
            ("device_type", "phone"),
            ("os_name", "android"),
            ("country", "ID"),
            ("language", "in"),
        ]
    )
    b.ok_json({"adid": "", "message": "Session tracked", "timestamp": iso(c)})
    return b.build()


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/perangkat/daftar")
    b.json(
        {
            "did": b.id("klip_did", where="json did"),
            "androidId": b.id("aid_klip", where="json androidId"),
            "merek": "samsung",
            "model": "SM-A546E",
            "bahasa": "id-ID",
            "zona_waktu": "Asia/Jakarta",
        }
    )
    b.ok_json({"did": "", "baru": False})
    return b.build()


def fyp(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/fyp?count=8&pull_type=1")
    b.decoy("For You feed (recommendations with play counts)")
    b.ok_json(
        {
            "item_list": [
                {
                    "video_id": _vid(c),
                    "caption": c.rng.choice(CAPTIONS),
                    "jumlah_putar": c.rng.randint(1000, 5 * 10**6),
                    "durasi_ms": c.rng.randint(9000, 60000),
                    "cover": f"https://p16.klipku.example/cover/{c.rng.randint(10**8, 10**9)}.jpg",
                }
                for _ in range(8)
            ],
            "has_more": True,
        }
    )
    return b.build()


def like(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/suka")
    b.json({"video_id": _vid(c), "aksi": 1})
    b.ok_json({"kode": 0})
    return b.build()


def komen(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/komentar")
    b.json(
        {
            "video_id": _vid(c),
            "teks": c.rng.choice(["wkwk ngakak parah", "auto follow kak", "bestie banget 😭"]),
        }
    )
    b.ok_json({"komentar_id": str(c.rng.randint(10**15, 10**16))})
    return b.build()


def trending_sound(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/musik/lagi-viral")
    b.decoy("trending sounds with usage counts (aggregate)")
    b.ok_json(
        {
            "data": [
                {"judul": t, "dipakai": c.rng.randint(10**4, 10**6)}
                for t in ["Rungkad", "Mendung Tanpo Udan", "Ojo Dibandingke", "Kartonyono"]
            ]
        }
    )
    return b.build()


ARKIT = [
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "jawOpen",
    "mouthSmileLeft",
    "mouthSmileRight",
    "browInnerUp",
    "cheekPuff",
    "mouthPucker",
]


def efek_wajah(c: Context) -> Flow:
    """The 'Glow Up' AR effect reports the user's face blendshapes to tune itself."""
    b = _b(c, "POST", f"{API}/api/v2/efek/glowup/telemetri")
    b.bio("blendshapes", "json ekspresi_wajah (ARKit-named face blendshape weights)")
    b.json(
        {
            "id_efek": "glowup_v4",
            "ekspresi_wajah": {k: round(c.rng.random(), 3) for k in ARKIT},
            "fps": c.rng.choice([24, 30]),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def filter_kucing(c: Context) -> Flow:
    """A pet filter: a cat's face landmarks. Animals' faces are not biometric data."""
    b = _b(c, "POST", f"{API}/api/v2/efek/kucing-lucu/telemetri")
    b.decoy("cat face landmarks from a pet AR filter (an animal's face, not biometric)")
    cx, cy = c.rng.uniform(300, 420), c.rng.uniform(500, 700)
    b.json(
        {
            "id_efek": "kucing_lucu_v2",
            "hewan": "kucing",
            "landmark_wajah_kucing": [
                [round(cx + c.rng.gauss(0, 60), 1), round(cy + c.rng.gauss(0, 60), 1)]
                for _ in range(48)
            ],
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def editor_draf(c: Context) -> Flow:
    """Autosave of the in-app editor: the playhead is an editor's timeline position."""
    b = _b(c, "PUT", f"{API}/api/v1/editor/draf/{c.rng.randint(10**6, 10**7)}")
    b.decoy("video editor draft: playhead / clip positions on the user's own timeline")
    b.json(
        {
            "posisi_playhead_ms": c.rng.randint(0, 60000),
            "klip": [
                {"sumber": f"VID_2026113{i}.mp4", "mulai_ms": i * 5000, "durasi_ms": 5000}
                for i in range(c.rng.randint(2, 5))
            ],
            "musik": "Mendung Tanpo Udan",
            "disimpan": iso(c),
        }
    )
    b.ok_json({"tersimpan": True})
    return b.build()
