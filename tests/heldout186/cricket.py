"""Crickadda: a cricket live-score and live-stream app (Lanka Premier League, Tests).

Ball-by-ball scores, win predictors and the live-viewer count are ordinary (and
number-heavy) traffic. The stream player's heartbeat (`sajeewi_hb`: match,
seconds watched, position in the live window) and the highlights it says were
watched are viewing history. Pre-roll ads come through the Google IMA SDK,
whose ad request carries the advertising id as `rdid` with `idtype=adid` and
`is_lat` (https://developers.google.com/interactive-media-ads/docs/sdks/android/client-side);
AppsFlyer counts launches with its `uid` and the `advertiserId`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import DALVIK_SAMSUNG, FB, iso, ms, rf, rid, ua_samsung

API = "https://api.crickadda.example"
LIVE = "https://live.crickadda.example"
UA = ua_samsung("Crickadda", "7.1.0")
MATCHES = [
    ("lpl24_m17", "Jaffna Kings v Colombo Strikers"),
    ("lpl24_m18", "Galle Marvels v Kandy Falcons"),
    ("sl_ind_t20_2", "Sri Lanka v India, 2nd T20I"),
    ("sl_eng_test1", "Sri Lanka v England, 1st Test"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "crickadda", method, url)
    b.header("user-agent", UA)
    return b


def live_heartbeat(c: Context) -> Flow:
    mid, _ = c.rng.choice(MATCHES)
    b = _b(c, "POST", f"{LIVE}/v2/sajeewi_hb")
    b.view("json match_id + watch_sec + pos (live stream heartbeat)")
    b.header("x-device-id", b.id("aid_cric", where="header x-device-id"))
    b.json(
        {
            "match_id": mid,
            "tharagaya": mid,
            "watch_sec": c.rng.choice([30, 60, 90]),
            "pos": c.rng.randint(0, 12000),
            "quality": c.rng.choice(["480p", "720p"]),
            "ts": ms(c),
        }
    )
    b.ok_json({"next": 30})
    return b.build()


def highlights_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/me/balapu_highlights")
    b.view("response json balapu_highlights[] (watched clips)", direction="response")
    b.ok_json(
        {
            "balapu_highlights": [
                {
                    "clip_id": f"hl_{c.rng.randint(10**5, 10**6)}",
                    "title": c.rng.choice(["Hasaranga 4/18", "Kusal Mendis 86*", "Last over"]),
                    "watched_sec": c.rng.randint(10, 240),
                    "watched_at": iso(c),
                }
                for _ in range(c.rng.randint(2, 4))
            ]
        }
    )
    return b.build()


def score_feed(c: Context) -> Flow:
    mid, name = c.rng.choice(MATCHES)
    b = _b(c, "GET", f"{API}/v2/match/{mid}/balls?over={c.rng.randint(1, 19)}")
    b.decoy("ball-by-ball score: over, ball, runs, timestamps (public match data)")
    b.ok_json(
        {
            "match": name,
            "balls": [
                {
                    "over": f"{c.rng.randint(0, 19)}.{i}",
                    "runs": c.rng.choice([0, 1, 1, 2, 4, 6]),
                    "batter": "P Nissanka",
                    "ts": iso(c),
                }
                for i in range(1, 7)
            ],
            "runRate": rf(c.rng, 5, 11, 2),
        }
    )
    return b.build()


def live_viewers(c: Context) -> Flow:
    mid, _ = c.rng.choice(MATCHES)
    b = _b(c, "GET", f"{LIVE}/v2/match/{mid}/viewers")
    b.decoy("live viewer count (aggregate over all viewers)")
    b.ok_json({"match_id": mid, "balana_ganana": c.rng.randint(40000, 900000), "peak": 1200000})
    return b.build()


def win_predictor(c: Context) -> Flow:
    mid, _ = c.rng.choice(MATCHES)
    b = _b(c, "GET", f"{API}/v2/match/{mid}/predictor")
    b.decoy("win-probability series per over (not a person's data)")
    b.ok_json({"overs": list(range(1, 21)), "probA": [rf(c.rng, 0.1, 0.9, 3) for _ in range(20)]})
    return b.build()


def ima_ad(c: Context) -> Flow:
    b = FB(
        c,
        "ima",
        "GET",
        "https://pubads.g.doubleclick.net/gampad/ads",
        [
            ("iu", "/21775744923/crickadda/preroll"),
            ("sz", "640x480"),
            ("env", "vp"),
            ("output", "xml_vast4"),
            ("an", "com.crickadda.app"),
            ("msid", "com.crickadda.app"),
            ("is_lat", "0"),
            ("idtype", "adid"),
            ("correlator", str(c.rng.randint(10**15, 10**16))),
        ],
    )
    b.param("rdid", b.id("gaid", where="query rdid (idtype=adid)"))
    b.header("user-agent", DALVIK_SAMSUNG)
    b.respond(200, "text/xml", b'<VAST version="4.0"><Ad id="1"/></VAST>')
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyersdk.com/api/v6.13/androidevent",
        [("app_id", "com.crickadda.app"), ("buildnumber", "6.13.0")],
    )
    b.header("user-agent", DALVIK_SAMSUNG)
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("cric_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "7.1.0",
            "model": "SM-A546E",
            "brand": "samsung",
            "country": "LK",
            "lang": "සිංහල",
            "counter": str(c.rng.randint(1, 60)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def stream_token(c: Context) -> Flow:
    mid, _ = c.rng.choice(MATCHES)
    b = _b(c, "POST", f"{LIVE}/v2/token")
    b.decoy("stream token and session id (not device ids)")
    b.json({"match_id": mid, "session": rid(c.rng)})
    b.ok_json({"token": rid(c.rng).replace("-", ""), "ttl": 3600})
    return b.build()
