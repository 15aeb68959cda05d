"""Glasul Ortodox: an Orthodox church radio and sermon app (Romanian and Russian).

Sermon videos and the radio report what was listened to or watched
(`predica`, `secunde_ascultate`; Russian transliterated `propoved`,
`vremya_proslushivaniya` in the Chisinau edition), and the app keeps a
"Ascultate recent" list. The daily calendar of saints, the akathist texts (reading,
not listening) and the prayer-request form are not viewing history; an
opaque resume beacon (`r` rows) is.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://api.glasulortodox.example"
UA = ua("GlasulOrtodox", "2.3.7")
SERMONS = [
    ("pr_1101", "Predica la Duminica Samarineancei"),
    ("pr_1140", "Cuvânt despre rugăciune"),
    ("pr_1177", "Проповедь на Рождество"),
    ("pr_1203", "Despre post și milostenie"),
    ("pr_1250", "Слово о покаянии"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "glasulortodox", method, url)
    b.header("user-agent", UA)
    b.header("x-dispozitiv", b.id("aid_glas", where="header x-dispozitiv"))
    return b


def listen_ro(c: Context) -> Flow:
    sid, title = c.rng.choice(SERMONS)
    b = _b(c, "POST", f"{API}/ro/v1/ascultare")
    b.view("json predica / secunde_ascultate")
    b.json(
        {
            "predica": sid,
            "titlu": title,
            "secunde_ascultate": c.rng.randint(60, 2400),
            "terminat": c.rng.random() < 0.3,
            "la": iso(c),
        }
    )
    b.no_content()
    return b.build()


def listen_ru(c: Context) -> Flow:
    sid, title = c.rng.choice(SERMONS)
    b = _b(c, "POST", f"{API}/md-ru/v1/proslushivanie")
    b.view("json propoved / vremya_proslushivaniya (romanised Russian)")
    b.json(
        {
            "propoved": sid,
            "nazvanie": title,
            "vremya_proslushivaniya": c.rng.randint(60, 2400),
            "data": iso(c),
        }
    )
    b.no_content()
    return b.build()


def radio_session(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/radio/v1/sesiune")
    b.view("json post_radio, pornit/oprit, durata_sec (live radio tuning log)")
    b.json(
        {
            "post_radio": c.rng.choice(["Glasul Ortodox Cluj", "Радио Благовест"]),
            "pornit": iso(c),
            "durata_sec": c.rng.randint(120, 5400),
        }
    )
    b.no_content()
    return b.build()


def recent(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/ro/v1/ascultate-recent")
    b.view("response json ascultate_recent[]", direction="response")
    b.ok_json(
        {
            "ascultate_recent": [
                {"predica": s, "titlu": t, "ultima_pozitie": c.rng.randint(0, 2400)}
                for s, t in SERMONS[:3]
            ]
        }
    )
    return b.build()


def resume_beacon(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/b")
    b.view("json r[] rows [id, seconds, ts]", detectable=False)
    b.json({"r": [[c.rng.choice(SERMONS)[0][3:], c.rng.randint(10, 2400), ms(c)]], "k": 1})
    b.no_content()
    return b.build()


def calendar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/ro/v1/calendar?zi=2024-12-01")
    b.ok_json(
        {"sfinti": ["Sf. Proroc Naum", "Cuv. Filaret cel Milostiv"], "post": "Postul Crăciunului"}
    )
    return b.build()


def akathist(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/md-ru/v1/tekst/akafist-{c.rng.randint(1, 40)}?progress=1")
    b.decoy("akathist text with a reading position (reading, not watching or listening)")
    b.ok_json(
        {"tekst": "Радуйся, Невесто Неневестная…", "pozitsiya_chteniya": c.rng.randint(0, 90)}
    )
    return b.build()


def prayer_request(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ro/v1/pomelnic")
    b.decoy("prayer list with names (a form, no device id)")
    b.json(
        {"vii": ["Ioana", "Mihai", "Ecaterina"], "adormiti": ["Gheorghe"], "requestId": rid(c.rng)}
    )
    b.ok_json({"primit": True})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    sid, _ = c.rng.choice(SERMONS)
    b = FB(
        c,
        "exoplayer",
        "GET",
        f"https://media.glasulortodox.example/{sid}/chunk_{c.rng.randint(1, 300)}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
