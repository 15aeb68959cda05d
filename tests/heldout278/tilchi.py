"""Tilchi: a Uyghur language-learning app on the Istanbul phone (children of the
diaspora learning to read UEY and speak).

Pronunciation practice uploads a short recording with the reference word and
gets back phoneme scores (GOP-style), a fluency score and the learner's level:
speech assessment of what was said, no speaker model or voiceprint. Lessons,
streaks, the UEY/ULY transliteration helper and the leaderboard are ordinary.
Firebase (Installations, Remote Config, GA4) runs in the app.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_wav, jsb, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://api.tilchi.example"
UA = ua("Tilchi", "1.14.0", "istanbul")
SOZLER = [
    ("ئانا", "ana", ["a", "n", "a"]),
    ("كىتاب", "kitab", ["k", "i", "t", "a", "b"]),
    ("ئۆي", "öy", ["ø", "j"]),
    ("ياخشىمۇسىز", "yaxshimusiz", ["j", "a", "χ", "ʃ", "i", "m", "u", "s", "i", "z"]),
    ("رەھمەت", "rehmet", ["r", "æ", "h", "m", "æ", "t"]),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tilchi", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def pronunciation(c: Context) -> Flow:
    uey, uly, phones = c.rng.choice(SOZLER)
    b = _b(c, "POST", f"{API}/v2/talapuz/bahala")
    b.decoy("pronunciation scoring of a recorded word (speech assessment, not a voiceprint)")
    boundary = rid(c.rng)
    meta = {"söz": uey, "latinche": uly, "til": "ug", "ishletküchi": c.phone.tilchi_user}
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", jsb(meta)),
            ("awaz", "soz.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "omumiy_nomur": rf(c.rng, 55, 98, 1),
            "rawanliq": rf(c.rng, 50, 99, 1),
            "fonémilar": [{"fonéma": p, "nomur": rf(c.rng, 40, 100, 1)} for p in phones],
            "derije": c.rng.choice(["A2", "B1"]),
        }
    )
    return b.build()


def lesson(c: Context) -> Flow:
    n = c.rng.randint(1, 60)
    b = _b(c, "GET", f"{API}/v2/dersler/{n}")
    b.ok_json(
        {
            "ders": n,
            "témisi": c.rng.choice(["ئائىلە", "بازاردا", "سالاملىشىش", "رەڭلەر"]),
            "mashiqlar": [{"tür": "tallash", "soal": s[0], "jawab": s[1]} for s in SOZLER[:3]],
        }
    )
    return b.build()


def lesson_result(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dersler/netije")
    b.decoy("lesson exercise scores and durations (not media)")
    b.json(
        {
            "ders": c.rng.randint(1, 60),
            "toghra": c.rng.randint(5, 12),
            "xata": c.rng.randint(0, 4),
            "waqit_sekunt": c.rng.randint(60, 600),
            "tamamlandi": iso(c),
        }
    )
    b.ok_json({"yulduz": c.rng.randint(1, 3), "uzluksiz_kun": c.rng.randint(1, 90)})
    return b.build()


def transliterate(c: Context) -> Flow:
    uey, _, _ = c.rng.choice(SOZLER)
    b = _b(c, "POST", f"{API}/v1/yeziq/aylandur")
    b.json({"tékist": uey, "menbe": "UEY", "nishan": c.rng.choice(["ULY", "USY"])})
    b.ok_json({"netije": c.rng.choice(SOZLER)[1]})
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/reyting?hepte=10")
    b.ok_json(
        {
            "reyting": [
                {"ismi": n, "xal": c.rng.randint(100, 3000)}
                for n in ("Aygül", "Erkin", "Mihray", "Parhat", "Zulpiye")
            ]
        }
    )
    return b.build()
