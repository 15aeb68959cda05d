"""Yachay Wasi TV: a Quechua-language educational video channel (with an Aymara
section for Puno), on the son's iPhone.

The team writes Quechua keys for the Quechua side (`qhawasqa_segundo`: seconds
watched, from qhaway "to watch"; `tukusqa`: finished; `pacha`: time) and Aymara
ones for the Aymara side (`unjata_segundos` from uñjaña "to watch", `tukuyata`:
finished). A list of watched lessons comes back as `qhawasqakuna`. A tiny
pixel GET with one-letter params counts views for the ministry's report. The
lesson catalogue, the teachers' list, lesson video files, the serial of the
tablet the school lends the son (MINEDU's equipment, not the family's) and
reading progress of the e-books (ñawinchay, "to read": reading is not watching) are not viewing
history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_mp4

from .phone import FB, ios_ua, iso, ms

API = "https://api.yachaywasi.example"
UA = ios_ua("YachayWasi", "2.4.0", "88")
YACHAYKUNA = [
    ("yw-0101", "Yupaykuna: 1 manta 10 kama"),
    ("yw-0214", "Pachamamata waqaychasun"),
    ("yw-0330", "Runasimi qillqay"),
    ("yw-0452", "Inkakunap willakuynin"),
    ("yw-0519", "Mikhuykunapa sutin"),
]
AYMARA = [("ay-011", "Jakhunaka"), ("ay-027", "Aymar arut qillqaña"), ("ay-040", "Titiqaqa qutu")]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "yachaywasi", method, url)
    b.header("user-agent", UA)
    b.header("accept-language", "qu-PE, es-PE;q=0.8")
    if device:
        b.header("x-yw-kamay", b.id("idfv_yachay", where="header x-yw-kamay (IDFV)"))
    return b


def qhawasqa(c: Context) -> Flow:
    vid, suti = c.rng.choice(YACHAYKUNA)
    dur = c.rng.randint(300, 1500)
    seen = c.rng.randint(10, dur)
    b = _b(c, "POST", f"{API}/api/runasimi/qhawasqa")
    b.view("json video_id + qhawasqa_segundo (Quechua: seconds watched)")
    b.json(
        {
            "video_id": vid,
            "yachay_suti": suti,
            "qhawasqa_segundo": seen,
            "tukuy_segundo": dur,
            "tukusqa": seen == dur,
            "pacha": iso(c),
            "llaqta": c.rng.choice(["Qusqu", "Arequipa", "Lima"]),
        }
    )
    b.ok_json({"allinmi": True})
    return b.build()


def unjata(c: Context) -> Flow:
    vid, suti = c.rng.choice(AYMARA)
    dur = c.rng.randint(300, 1200)
    seen = c.rng.randint(10, dur)
    b = _b(c, "POST", f"{API}/api/aymara/unjata")
    b.view("json video_id + unjata_segundos (Aymara: seconds watched)")
    b.json(
        {
            "video_id": vid,
            "yatichawi": suti,
            "unjata_segundos": seen,
            "tukuyata": seen == dur,
            "pacha": iso(c),
        }
    )
    b.ok_json({"walikiwa": True})
    return b.build()


def qhawasqakuna(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/runasimi/qhawasqakuna?hayka=10")
    b.view("response json qhawasqakuna[] (lessons watched, with seconds)", direction="response")
    b.ok_json(
        {
            "qhawasqakuna": [
                {
                    "video_id": vid,
                    "suti": suti,
                    "qhawasqa_segundo": c.rng.randint(30, 1200),
                    "pacha": iso(c),
                }
                for vid, suti in c.rng.sample(YACHAYKUNA, 3)
            ]
        }
    )
    return b.build()


def pixel(c: Context) -> Flow:
    """View counter for the ministry's report: a=q, v=lesson, s=seconds, t=ts."""
    vid, _ = c.rng.choice(YACHAYKUNA + AYMARA)
    b = FB(c, "yachaywasi", "GET", "https://px.yachaywasi.example/p.gif")
    b.header("user-agent", UA)
    b.view("query v + s (one-letter params)", detectable=False)
    for k, v in (("a", "q"), ("v", vid), ("s", str(c.rng.randint(10, 1400))), ("t", str(ms(c)))):
        b.param(k, v)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!")
    return b.build()


def yachaykuna(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/runasimi/yachaykuna?patacha=1", device=False)
    b.decoy("lesson catalogue with durations (content fetch)")
    b.ok_json(
        {
            "yachaykuna": [
                {"video_id": v, "suti": s, "unay_segundo": c.rng.randint(300, 1500)}
                for v, s in YACHAYKUNA
            ]
        }
    )
    return b.build()


def yachachiqkuna(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/yachachiqkuna", device=False)
    b.ok_json(
        {
            "yachachiqkuna": [
                {"suti": "Prof. Hilda Mamani", "llaqta": "Puno"},
                {"suti": "Prof. Julián Huamán", "llaqta": "Qusqu"},
            ]
        }
    )
    return b.build()


def nawinchay(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/liwrukuna/nawinchay", device=False)
    b.decoy("e-book reading progress (ñawinchay = to read): reading is not watching")
    b.json(
        {
            "liwru_id": f"lw-{c.rng.randint(10, 99)}",
            "panka": c.rng.randint(1, 120),
            "tukuy_panka": 120,
            "pacha": iso(c),
        }
    )
    b.no_content()
    return b.build()


def video_file(c: Context) -> Flow:
    vid, _ = c.rng.choice(YACHAYKUNA)
    b = FB(c, "yachaywasi", "GET", f"https://media.yachaywasi.example/{vid}/540p.mp4")
    b.header("user-agent", "AppleCoreMedia/1.0.0.21E236 (iPhone; U; CPU OS 17_4_1 like Mac OS X)")
    b.header("range", f"bytes={c.rng.randint(0, 10**6)}-")
    b.respond(206, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 600))
    return b.build()


def tablet_escolar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/yachaqkuna/yachaywasi")
    b.decoy("serial of the tablet the school lends the pupil (MINEDU's device, not the family's)")
    b.json(
        {
            "codigo_modular": f"0{c.rng.randint(200000, 999999)}",
            "yachaq_suti": "Kevin Q.",
            "serieTabletEscolar": f"MDT{c.rng.randint(10**9, 10**10)}",
            "grado": c.rng.choice(["4to", "5to", "6to"]),
        }
    )
    b.ok_json({"allinmi": True})
    return b.build()
