"""Utaeru: a karaoke app that scores singing (fictional backend).

The score upload holds a pitch curve (Hz per 100 ms) and the score breakdown:
that is the song's melody sung, not a voiceprint, so a decoy. The 声質診断
(voice-type diagnosis: range in notes and a type name) is a decoy too: no
speaker model, nothing that recognises the singer. The app's preview player
reports which original tracks were listened to and for how long (`kiita_kyoku`):
listening history. The singing history (`歌唱履歴`) is no listening: a decoy.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.utaeru.example"
UA = ua("Utaeru", "2.19.0")
KYOKU = ["アイドル", "怪獣の花唄", "Lemon", "白日", "残響散歌"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "utaeru", method, url)
    b.header("user-agent", UA)
    b.header("x-device", b.id("aid_karaoke", where="header x-device"))
    return b


def score_upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/saiten")
    b.decoy("pitch curve in Hz and score breakdown of a sung song (melody, not a voiceprint)")
    b.json(
        {
            "kyoku": c.rng.choice(KYOKU),
            "tensuu": rf(c.rng, 70, 99, 3),
            "ongaku_sei": {"yokuyou": c.rng.randint(50, 100), "vibrato": c.rng.randint(0, 20)},
            "pitch_hz": [rf(c.rng, 180, 520, 1) for _ in range(60)],
            "utatta_hi": iso(c),
        }
    )
    b.ok_json({"rank": c.rng.randint(1, 5000), "zenkoku_heikin": rf(c.rng, 78, 84, 2)})
    return b.build()


def voice_type(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/seishitsu/shindan")
    b.decoy("声質診断: vocal range and a type label; no speaker model")
    b.json({"saitei_onkai": "mid1C", "saikou_onkai": "hiA", "type": "クリア系"})
    b.ok_json({"osusume": KYOKU[:3]})
    return b.build()


def kiita_kyoku(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/preview/kiita_kyoku")
    b.view("json kiita_kyoku[] (track + kiita_byou)")
    b.json(
        {
            "kiita_kyoku": [
                {"kyoku": c.rng.choice(KYOKU), "kiita_byou": c.rng.randint(5, 90), "ts": ms(c)}
                for _ in range(c.rng.randint(1, 3))
            ]
        }
    )
    b.no_content()
    return b.build()


def kashou_rireki(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/me/kashou_rireki")
    b.decoy("歌唱履歴: songs the user sang (singing, not watching or listening)")
    b.ok_json({"歌唱履歴": [{"kyoku": k, "tensuu": rf(c.rng, 70, 99, 1)} for k in KYOKU[:3]]})
    return b.build()


def recording_upload(c: Context) -> Flow:
    b = _b(c, "PUT", f"https://up.utaeru.example/rec/{rid(c.rng)}.wav")
    b.decoy("a recorded song to share with friends (audio, no speaker recognition)")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 900), "audio/wav")
    b.no_content()
    return b.build()
