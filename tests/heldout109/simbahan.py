"""Dengngeg: a church audio / Bible app from an Ilocos parish network.

Sermon and rosary audio progress goes to the app's API with Ilocano keys
(`/v1/naidengngeg`, `naidengngeg_seg` "seconds listened", `nalpas` "finished");
the live Sunday Mass stream logs attendance minutes in English. A radio-style
widget sends position as a base64 string under `q` with an MD5 of the
ANDROID_ID under `h`. Bible reading plans and verse-of-the-day are reading, not
listening; prayer requests and tithes are ordinary forms.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, app_builder, iso, ms, rid, ua

API = "https://api.dengngeg.example"
UA = ua("Dengngeg", "2.3.4")
TALKS = [
    ("srm_ilc_081", "Ti Ayat ti Dios"),
    ("srm_ilc_112", "Panagkararag iti Pamilya"),
    ("rsr_ilc_004", "Rosario - Misterio ti Ragsak"),
    ("srm_tgl_230", "Pag-asa sa Gitna ng Bagyo"),
]
BOOKS = ["Genesis", "Salmo", "Mateo", "Juan", "Roma"]


def _b(c: Context, method: str, url: str) -> FB:
    b = app_builder(c, "dengngeg", method, url, UA)
    b.header("x-device", b.id("aid_simbahan", where="header x-device"))
    return b


def listened(c: Context) -> Flow:
    tid, title = c.rng.choice(TALKS)
    b = _b(c, "POST", f"{API}/v1/naidengngeg")
    b.view("json sermon_id + naidengngeg_seg (Ilocano: seconds listened)")
    b.json(
        {
            "sermon_id": tid,
            "titulo": title,
            "naidengngeg_seg": c.rng.randint(30, 2400),
            "nalpas": c.rng.random() < 0.4,
            "petsa": iso(c),
        }
    )
    b.no_content()
    return b.build()


def mass_attendance(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/live/mass/attendance")
    b.view("json streamId + minutesWatched (live Mass stream)")
    b.json(
        {
            "streamId": f"misa-{c.rng.choice(['laoag', 'vigan', 'batac'])}-{c.rng.randint(1, 52)}",
            "joinedAt": iso(c),
            "minutesWatched": c.rng.randint(5, 75),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def widget_ping(c: Context) -> Flow:
    tid, _ = c.rng.choice(TALKS)
    b = FB(c, "dengngeg", "GET", f"{API}/w")
    b.header("user-agent", UA)
    b.view("query q=base64 'talk|seconds' (widget)", detectable=False)
    b.params += [
        ("q", b64(f"{tid}|{c.rng.randint(10, 2400)}|{ms(c)}")),
        ("h", b.id("aid_simbahan", "md5", "query h (md5)", detectable=False)),
    ]
    b.no_content()
    return b.build()


def reading_plan(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/plano/basa")
    b.decoy("Bible reading-plan progress: reading, not watching or listening")
    b.json(
        {
            "plano": "Biblia iti Maysa a Tawen",
            "aldaw": c.rng.randint(1, 365),
            "libro": c.rng.choice(BOOKS),
            "kapitulo": c.rng.randint(1, 50),
            "nabasa": True,
        }
    )
    b.no_content()
    return b.build()


def verse_of_day(c: Context) -> Flow:
    b = FB(c, "dengngeg", "GET", f"{API}/v1/bersikulo/ita-nga-aldaw?lang=ilo")
    b.header("user-agent", UA)
    b.ok_json({"libro": "Salmo", "kapitulo": 23, "bersikulo": 1, "teksto": "Ni Apo ti pastorko"})
    return b.build()


def sermon_list(c: Context) -> Flow:
    b = FB(c, "dengngeg", "GET", f"{API}/v1/sermones?parokya=laoag")
    b.header("user-agent", UA)
    b.decoy("sermon catalogue with durations")
    b.ok_json(
        {
            "sermones": [
                {"id": t, "titulo": n, "durasyon": c.rng.randint(900, 3000)} for t, n in TALKS
            ]
        }
    )
    return b.build()


def prayer_request(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/kararag")
    b.decoy("prayer request form")
    b.json(
        {"para_kenni": "Lola Pacing", "kararag": "Para iti salun-atna", "request_id": rid(c.rng)}
    )
    b.ok_json({"naawat": True})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    tid, _ = c.rng.choice(TALKS)
    b = FB(
        c,
        "dengngeg",
        "GET",
        f"https://media.dengngeg.example/{tid}/128k/{c.rng.randint(1, 90)}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(250)))
    return b.build()
