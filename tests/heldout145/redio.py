"""Rediyo Naija: a Nigerian radio app (Hausa / Pidgin keys).

A live-channel tuning log says which station was on and for how long: `tasha`
(station), `lokacin_saurare` (listening time, Hausa). The station list and the
now-playing metadata of a station are content, the same for everyone.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ua

API = "https://api.rediyonaija.example"
UA = ua("RediyoNaija", "5.0.3")
STATIONS = ["Cool FM 96.9", "Wazobia FM 95.1", "Freedom Radio Kano", "Rhythm 93.7", "Arewa 24"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "rediyonaija", method, url)
    b.header("user-agent", UA)
    return b


def tuning_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/saurare/log")
    b.view("json tasha + lokacin_saurare")
    b.json(
        {
            "na_urar": b.id("aid_redio", where="json na_urar (Hausa: of the device)"),
            "tasha": c.rng.choice(STATIONS),
            "fara": iso(c),
            "lokacin_saurare": c.rng.randint(60, 3600),
        }
    )
    b.no_content()
    return b.build()


def stations(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tashoshi?jiha=lagos")
    b.decoy("station list with listener counts (aggregate)")
    b.ok_json(
        {"tashoshi": [{"suna": s, "masu_saurare": c.rng.randint(100, 9000)} for s in STATIONS]}
    )
    return b.build()


def now_playing(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/yanzu?tasha={c.rng.randint(1, 5)}")
    b.decoy("now playing on a station (broadcast metadata, not the listener's log)")
    b.ok_json({"song": "Asake - Lonely At The Top", "started": iso(c), "dj": "Do2dtun"})
    return b.build()
