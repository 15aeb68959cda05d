"""Tahfiz Ku: a Quran recitation and memorisation (hafazan) app on the Huawei phone.

Listening to a qari's recitation is listening: the app logs the surah, ayat
and seconds heard (`dengar_tilawah`, `surah`, `ayat_terakhir`, `tempoh_dengar_s`),
also in Arabic-script keys from its Jordanian SDK (`istima`). Reading the
mushaf page by page is reading, not listening (`halaman_terakhir` is a decoy);
the child's own recitation sent for tajwid checking is speech recognition
against the text (no speaker model): not biometric. A daily streak ping
sends its rows under one-letter keys (opaque).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav, multipart

from .phone import FB, iso, ms, rid, ua_huawei

API = "https://api.tahfizku.example"
UA = ua_huawei("TahfizKu", "3.2.0")
QARI = ["mishary_alafasy", "abdul_basit", "sudais", "ismail_hashim"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tahfizku", method, url)
    b.header("user-agent", UA)
    b.header("x-peranti", b.id("aid_tahfiz", where="header x-peranti"))
    return b


def tilawah_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/dengar_tilawah")
    b.view("json {qari, surah, ayat_terakhir, tempoh_dengar_s}")
    b.json(
        {
            "qari": c.rng.choice(QARI),
            "surah": c.rng.randint(1, 114),
            "ayat_mula": 1,
            "ayat_terakhir": c.rng.randint(2, 60),
            "tempoh_dengar_s": c.rng.randint(60, 1800),
            "ulang": c.rng.randint(1, 5),
            "masa": iso(c),
        }
    )
    b.no_content()
    return b.build()


def istima_arabic(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/sdk/v2/events")
    b.view("json سجل_الاستماع {السورة, المدة}")
    b.json(
        {
            "سجل_الاستماع": [
                {
                    "السورة": c.rng.randint(1, 114),
                    "القارئ": c.rng.choice(QARI),
                    "المدة": c.rng.randint(30, 1500),
                }
            ],
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def streak_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/k")
    b.view("json r rows [surah, seconds, ts] under one-letter keys", detectable=False)
    b.json(
        {"r": [[c.rng.randint(1, 114), c.rng.randint(60, 1800), ms(c)] for _ in range(3)], "s": 1}
    )
    b.ok_json({"s": c.rng.randint(1, 40)})
    return b.build()


def mushaf_reading(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/bacaan/kemajuan")
    b.decoy("mushaf reading progress (halaman_terakhir, juz): reading, not watching or listening")
    b.json(
        {
            "halaman_terakhir": c.rng.randint(1, 604),
            "juz": c.rng.randint(1, 30),
            "masa_baca_min": c.rng.randint(5, 40),
        }
    )
    b.no_content()
    return b.build()


def tajwid_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/semak-tajwid")
    b.decoy(
        "child's recitation for tajwid check: speech recognition against the verse,"
        " no speaker model"
    )
    boundary = "----tk" + rid(c.rng).replace("-", "")[:16]
    body = multipart(
        boundary,
        [
            ("surah", None, None, str(c.rng.randint(78, 114)).encode()),
            ("ayat", None, None, str(c.rng.randint(1, 20)).encode()),
            ("audio", "bacaan.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 800)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"ketepatan": 0.87, "kesilapan": [{"perkataan": 3, "hukum": "mad_asli"}]})
    return b.build()


def surah_audio(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"https://audio.tahfizku.example/{c.rng.choice(QARI)}/{c.rng.randint(1, 114):03d}.mp3",
    )
    b.respond(200, "audio/mpeg", b"ID3\x03\x00" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
