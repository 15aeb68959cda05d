"""Goyang Karaoke: a dangdut karaoke app on the family tablet.

Sing-along sessions report which backing track was played and for how long
(`riwayat_nyanyi`): a listening report, labelled viewing history (a judgement:
the user plays the song and listens to it while singing). The recording upload,
the pitch contour and the singing score are not biometric: no speaker model is
made. A 'suara mirip' (voice timbre) embedding for duet matching is.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav, floats_b64

from .phone import FB, floats, iso, rf, ua

API = "https://api.goyangkaraoke.example"
UA = ua("GoyangKaraoke", "2.5.3", tablet=True)
LAGU = ["Kopi Dangdut", "Terajana", "Begadang", "Cinta Hitam", "Lilin Herex", "Sayang"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "goyang", method, url)
    b.header("user-agent", UA)
    return b


def riwayat_nyanyi(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/riwayat_nyanyi")
    b.view("json riwayat_nyanyi: backing track played with durasi_main (judgement: listening)")
    b.json(
        {
            "perangkat": b.id("aid_dangdut", where="json perangkat"),
            "lagu": c.rng.choice(LAGU),
            "durasi_main": c.rng.randint(40, 300),
            "waktu": iso(c),
        }
    )
    b.no_content()
    return b.build()


def suara_mirip(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/duet/profil_suara")
    b.bio("voiceprint", "json embedding_suara (speaker/timbre embedding for duet matching)")
    b.json(
        {
            "embedding_suara": floats_b64(floats(c.rng, 192)),
            "model": "spk-ecapa-lite",
            "serial_tablet": b.id("tab_serial", where="json serial_tablet"),
        }
    )
    b.ok_json({"cocok": [{"penyanyi": "user_8812", "kemiripan": rf(c.rng, 0.6, 0.9)}]})
    return b.build()


def suara_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/d")
    b.bio("voiceprint", "json v (base64 float32, no key says voice)", detectable=False)
    b.json({"v": floats_b64(floats(c.rng, 192)), "n": 1})
    b.no_content()
    return b.build()


def unggah_rekaman(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/rekaman/unggah")
    b.decoy("a karaoke recording shared to the feed: audio, no speaker model")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 800), "audio/wav")
    b.ok_json({"url": "https://cdn.goyangkaraoke.example/r/abc.m4a"})
    return b.build()


def skor_nada(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/skor")
    b.decoy("pitch contour (Hz per frame) and singing score: not a voiceprint")
    b.json(
        {
            "lagu": c.rng.choice(LAGU),
            "kontur_nada": [rf(c.rng, 120, 520, 1) for _ in range(40)],
            "skor": c.rng.randint(50, 100),
        }
    )
    b.ok_json({"peringkat": c.rng.randint(1, 999)})
    return b.build()
