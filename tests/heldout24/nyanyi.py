"""Nyanyi: a Smule-like karaoke app with voice features.

In-house backend (api.nyanyi.app, Indonesian and Vietnamese key names): a
"voice ID" used to match duet partners (enrolment audio and a speaker
embedding, an ECAPA-TDNN-style 192-value vector as SpeechBrain's
`spkrec-ecapa-voxceleb` model card describes), song listening logs, and an
opaque voice-feature blob. Firebase Installations (`POST
/v1/projects/{p}/installations`, body `fid`, `appId`, `authVersion`,
`sdkVersion`; firebase-android-sdk) registers the app.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_wav, floats_b64, multipart

from .phone import FB, floats, ms, rf, rid

API = "https://api.nyanyi.app"
SONGS = [
    ("Kangen", "Dewa 19", 268),
    ("Lạc Trôi", "Sơn Tùng M-TP", 233),
    ("Cinta Luar Biasa", "Andmesh", 242),
    ("Hãy Trao Cho Anh", "Sơn Tùng M-TP", 245),
    ("Sial", "Mahalini", 231),
]


def _b(c: Context, method: str, url: str, params=None) -> FB:  # type: ignore[no-untyped-def]
    b = FB(c, "nyanyi", method, url, params)
    b.header("user-agent", "Nyanyi/11.2.5 (Android 13; Redmi Note 12)")
    b.header("x-nyanyi-device", b.id("nyanyi_device", where="header x-nyanyi-device"))
    b.header("x-request-id", rid(c.rng))
    return b


def voice_enrol(c: Context) -> Flow:
    bnd = "nyanyi" + new_hex(c.rng, 16)
    b = _b(c, "POST", f"{API}/v3/suara/profil/daftar")
    b.bio("voice_sample", "multipart rekaman_suara (wav) for profil suara / voice id enrolment")
    body = multipart(
        bnd,
        [
            ("tujuan", None, None, b"voice_id"),
            ("rekaman_suara", "enrol_1.wav", "audio/wav", fake_wav(c.rng.randint(1, 10**6), 1600)),
            ("kalimat", None, None, b"Saya suka bernyanyi setiap hari"),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"profil_suara_id": new_hex(c.rng, 16), "status": "terdaftar"})
    return b.build()


def vocal_print(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/duet/match/vocalprint")
    b.bio("voiceprint", "json vocal_print.vector float[192] (speaker embedding)")
    b.json(
        {
            "vocal_print": {"vector": floats(c.rng, 192), "model": "ecapa-tdnn-v2", "dim": 192},
            "range_hz": [110, 660],
            "user": c.phone.nyanyi_user,
        }
    )
    b.ok_json({"partners": [c.rng.randint(10**8, 10**9) for _ in range(3)]})
    return b.build()


def speaker_verify_vn(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/vn/xac-thuc-giong-noi")
    b.bio("voiceprint", "json dac_trung_giong_noi base64 float32[256] (voice features, Vietnamese)")
    b.json({"dac_trung_giong_noi": floats_b64(floats(c.rng, 256)), "phien_ban": 2, "ts": ms(c)})
    b.ok_json({"khop": True, "diem": rf(c.rng, 0.5, 1)})
    return b.build()


def voice_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/x/f")
    b.bio("voiceprint", "octet-stream NY1 blob (voice features inside)", detectable=False)
    b.set_body(b"NY1\x00" + c.rng.randbytes(800), "application/octet-stream")
    b.no_content()
    return b.build()


def listen_log(c: Context) -> Flow:
    title, artist, dur = c.rng.choice(SONGS)
    b = _b(c, "POST", f"{API}/v2/lagu/riwayat-dengar")
    b.view("json riwayat_dengar{lagu_id, judul, penyanyi, detik_didengar}")
    b.json(
        {
            "riwayat_dengar": [
                {
                    "lagu_id": int(new_digits(c.rng, 7)),
                    "judul": title,
                    "penyanyi": artist,
                    "detik_didengar": c.rng.randint(10, dur),
                    "durasi": dur,
                    "waktu": ms(c),
                }
            ]
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def listen_vn(c: Context) -> Flow:
    title, artist, dur = c.rng.choice(SONGS)
    b = _b(
        c,
        "GET",
        f"{API}/vn/nghe",
        [
            ("bai_hat", title),
            ("ca_si", artist),
            ("da_nghe_giay", str(c.rng.randint(5, dur))),
            ("tong_giay", str(dur)),
        ],
    )
    b.view("query bai_hat, da_nghe_giay (song, seconds listened)")
    b.no_content()
    return b.build()


def performance_upload(c: Context) -> Flow:
    bnd = "nyanyi" + new_hex(c.rng, 16)
    title, artist, _ = c.rng.choice(SONGS)
    b = _b(c, "POST", f"{API}/v3/performance/upload")
    b.decoy("sung cover upload (public content, not a voiceprint) + per-line score series")
    meta = {
        "song": title,
        "artist": artist,
        "line_scores": [c.rng.randint(40, 100) for _ in range(24)],
    }
    body = multipart(
        bnd,
        [
            ("meta", None, "application/json", str(meta).encode()),
            ("audio", "cover.m4a", "audio/mp4", fake_wav(c.rng.randint(1, 10**6), 1200)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"performance_key": new_hex(c.rng, 20)})
    return b.build()


def lyrics(c: Context) -> Flow:
    title, _artist, dur = c.rng.choice(SONGS)
    b = _b(c, "GET", f"{API}/v2/lagu/{new_digits(c.rng, 7)}/lirik")
    b.decoy("lyrics with timing series")
    b.ok_json(
        {"judul": title, "baris": [{"t_ms": i * 4200, "teks": "..."} for i in range(dur // 5)]}
    )
    return b.build()
