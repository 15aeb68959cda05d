"""Cwtsh: a Welsh-language children's video and games app on the family iPhone.

Episode progress (`cynnydd_pennod`, `eiliadau_wedi_gwylio`) is viewing history
of the child using the household's phone; the colouring game's stroke points and
the reading-book pages are look-alikes. Firebase Analytics carries the app
instance id and the IDFV.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, ios_ua, iso, ms, rf

API = "https://api.cwtsh.example"
UA = ios_ua("Cwtsh", "2.14.0")
CYFRESI = ["Sali Mali", "Deian a Loli", "Twt", "Abadas", "Cei Bach"]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "cwtsh", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-id-dyfais", b.id("idfv_plant", where="header x-id-dyfais"))
    return b


def cynnydd_pennod(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/proffil/plentyn/cynnydd_pennod")
    b.view("json cyfres + pennod + eiliadau_wedi_gwylio")
    b.json(
        {
            "cyfres": c.rng.choice(CYFRESI),
            "pennod": c.rng.randint(1, 52),
            "eiliadau_wedi_gwylio": c.rng.randint(5, 660),
            "wedi_gorffen": c.rng.random() < 0.3,
            "amser_lleol": iso(c),
        }
    )
    b.no_content()
    return b.build()


def firebase_video(c: Context) -> Flow:
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", "Cwtsh/2.14.0 CFNetwork/1496.0.7 Darwin/23.5.0")
    iid = b.id("fb_app_instance", where="form app_instance_id")
    idfv = b.id("idfv_plant", where="form idfv")
    b.view("form en=video_progress + ep.video_title + ep.video_percent")
    b.form(
        [
            ("app_instance_id", iid),
            ("idfv", idfv),
            ("en", "video_progress"),
            ("ep.video_title", c.rng.choice(CYFRESI)),
            ("ep.video_percent", str(c.rng.choice([25, 50, 75, 100]))),
            ("_ts", str(ms(c))),
        ]
    )
    b.no_content()
    return b.build()


def gem_lliwio(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/gemau/lliwio/cadw", device=False)
    b.decoy("colouring-game stroke points (x,y), not a face")
    b.json(
        {
            "llun": "dafad",
            "strociau": [
                [[rf(c.rng, 0, 1024, 1), rf(c.rng, 0, 768, 1)] for _ in range(20)] for _ in range(3)
            ],
        }
    )
    b.ok_json({"cadwyd": True})
    return b.build()


def llyfr_stori(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/llyfrau/tudalen", device=False)
    b.decoy("picture-book page turned: reading, not viewing history")
    b.json({"llyfr_id": c.rng.randint(100, 999), "tudalen": c.rng.randint(1, 24), "ts": ms(c)})
    b.no_content()
    return b.build()


def hafan(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/hafan?oed=3-6", device=False)
    b.decoy("catalogue and most-watched rail (aggregate, not the child's history)")
    b.ok_json(
        {
            "mwyaf_poblogaidd": [
                {"cyfres": s, "gwyliadau": c.rng.randint(1000, 90000)} for s in CYFRESI
            ]
        }
    )
    return b.build()
