"""OdiBet Live (fictional): a betting app with a live-match player.

The player reports which match was streamed and for how long: `mechi_id`,
`sekunde_zilizotazamwa` (seconds watched) in Sheng-mixed Swahili. The odds
feed is a price series; match stats and the scoreboard are public content.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, ua

API = "https://api.odibetlive.example"
UA = ua("OdiBetLive", "7.0.5")
MATCHES = ["KPL: Tusker v Shabana", "EPL: Man Utd v Liverpool", "NPFL: Enyimba v Rivers Utd"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "odibet", method, url)
    b.header("user-agent", UA)
    return b


def stream_watch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/live/stream/ripoti")
    b.view("json mechi_id + sekunde_zilizotazamwa")
    b.json(
        {
            "mechi_id": c.rng.randint(10**6, 10**7),
            "mechi": c.rng.choice(MATCHES),
            "sekunde_zilizotazamwa": c.rng.randint(30, 5400),
            "ubora": "480p",
            "simu_id": b.id("aid_bet", where="json simu_id"),
            "saa": iso(c),
        }
    )
    b.no_content()
    return b.build()


def odds(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/odds/live?mechi={c.rng.randint(10**6, 10**7)}")
    b.decoy("live odds price series")
    b.ok_json(
        {
            "1": [rf(c.rng, 1.2, 5, 2) for _ in range(12)],
            "X": [rf(c.rng, 2, 4, 2) for _ in range(12)],
            "ts": ms(c),
        }
    )
    return b.build()


def match_stats(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/mechi/{c.rng.randint(10**6, 10**7)}/takwimu")
    b.decoy("match statistics and viewer count (public, aggregate)")
    b.ok_json({"possession": [55, 45], "shots": [7, 3], "watazamaji": c.rng.randint(100, 50000)})
    return b.build()


def place_bet(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/bet/weka")
    b.json(
        {
            "akaunti": b.acct("bet_user"),
            "dau": c.rng.choice([20, 50, 100]),
            "chaguo": [{"mechi": c.rng.randint(10**6, 10**7), "tokeo": "1"}],
        }
    )
    b.ok_json({"tiketi": f"BT{c.rng.randint(10**8, 10**9)}"})
    return b.build()
