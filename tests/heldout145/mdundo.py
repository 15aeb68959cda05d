"""Mdundo Beats: an Afrobeats / Bongo music streaming app (Nairobi team, AppsFlyer).

Scrobbles go out as `imesikilizwa` (has been listened to) with the track and
`sekunde` played; the `zilizosikilizwa_hivi_karibuni` answer lists recent
plays. A compact batch uses numeric field keys (`1`, `2`, `3`): nothing
readable says what it is. Charts and lyrics are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, ua

API = "https://api.mdundobeats.example"
UA = ua("MdundoBeats", "2.31.0")
TRACKS = [
    "Burna Boy - Last Last",
    "Sauti Sol - Suzanna",
    "Rema - Calm Down",
    "Diamond - Mtasubiri",
    "Tems - Free Mind",
    "Wizkid - Essence",
    "Nviiri - Niko Sawa",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mdundo", method, url)
    b.header("user-agent", UA)
    return b


def imesikilizwa(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/imesikilizwa")
    b.view("json wimbo + sekunde + imesikilizwa_saa")
    b.json(
        {
            "kifaa_id": b.id("aid_mdundo", where="json kifaa_id"),
            "wimbo": c.rng.choice(TRACKS),
            "wimbo_id": c.rng.randint(10**5, 10**6),
            "sekunde": c.rng.randint(31, 240),
            "imesikilizwa_saa": iso(c),
            "chanzo": c.rng.choice(["orodha", "utafutaji", "redio_ya_msanii"]),
        }
    )
    b.no_content()
    return b.build()


def recent(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/mimi/zilizosikilizwa_hivi_karibuni")
    b.view("response json nyimbo[].ilisikilizwa", direction="response")
    b.ok_json({"nyimbo": [{"wimbo": t, "ilisikilizwa": iso(c)} for t in c.rng.sample(TRACKS, 4)]})
    return b.build()


def numeric_batch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/q")
    b.view("json rows under numeric keys 1/2/3", detectable=False)
    rows = [
        {"1": c.rng.randint(10**5, 10**6), "2": c.rng.randint(31, 240), "3": ms(c)}
        for _ in range(c.rng.randint(2, 5))
    ]
    b.json({"b": rows, "s": 2})
    b.no_content()
    return b.build()


def appsflyer(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.12/androidevent?app_id=ke.mdundo.beats",
    )
    b.header("user-agent", UA)
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("af_uid", where="json uid"),
            "android_id": b.id("aid_mdundo", where="json android_id"),
            "brand": "TECNO",
            "model": "CK8n",
            "country": "KE",
            "af_timestamp": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/chati/kenya-top-50")
    b.decoy("chart with play counts over all listeners (aggregate)")
    b.ok_json({"chati": [{"wimbo": t, "michezo": c.rng.randint(10**4, 10**7)} for t in TRACKS]})
    return b.build()


def lyrics(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/maneno/{c.rng.randint(10**5, 10**6)}")
    b.decoy("synced lyrics with timestamps (content, not a play report)")
    b.ok_json({"mistari": [{"t": i * 4.2, "maneno": "oh oh"} for i in range(6)]})
    return b.build()
