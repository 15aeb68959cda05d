"""NollyFlix: a Lagos Nollywood streaming app with Adjust attribution.

The Lagos team logs events in Pidgin-flavoured names (`film_don_start`,
`film_don_finish`) with Yoruba keys for the film and position (`fiimu`,
`ipo_iseju` minutes, `ipo` seconds). A watch-list answer (`wetin_you_don_watch`)
lists past films with the minute reached. Adjust's session carries the ad id.
A Terragon ad call sends an MD5 of the ANDROID_ID under `h` (opaque).
Trending rails and box-office counts are aggregates over all viewers.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://api.nollyflix.example"
UA = ua("NollyFlix", "3.9.0")
FILMS = ["Aníkúlápó", "King of Boys", "Jagun Jagun", "Ijakumo", "Gangs of Lagos", "Omo Ghetto"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "nollyflix", method, url)
    b.header("user-agent", UA)
    return b


def film_event(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/events")
    b.view("json events[].fiimu + ipo")
    b.json(
        {
            "device": b.id("aid_nolly", where="json device"),
            "events": [
                {
                    "name": c.rng.choice(["film_don_start", "film_don_pause", "film_don_finish"]),
                    "fiimu": c.rng.choice(FILMS),
                    "fiimu_id": c.rng.randint(1000, 9999),
                    "ipo": c.rng.randint(10, 7000),
                    "ts": ms(c),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def watch_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/me/wetin_you_don_watch")
    b.view("response json wetin_you_don_watch[].ipo_iseju", direction="response")
    b.ok_json(
        {
            "wetin_you_don_watch": [
                {"fiimu": f, "ipo_iseju": c.rng.randint(1, 120), "ojo": iso(c)}
                for f in c.rng.sample(FILMS, 3)
            ]
        }
    )
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", UA)
    b.form(
        [
            ("app_token", "7vq2xk3y1m4h"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", b.id("adjust_adid", where="form android_uuid")),
            ("created_at", iso(c)),
            ("session_count", str(c.rng.randint(2, 90))),
            ("country", "NG"),
        ]
    )
    b.ok_json({"adid": b.id("adjust_adid", where="response json adid", direction="response")})
    return b.build()


def terragon_ad(c: Context) -> Flow:
    b = FB(c, "terragon", "GET", "https://ads.terragonltd.com/v2/serve")
    b.header("user-agent", UA)
    b.param("slot", "nolly_preroll")
    b.param("h", b.id("aid_nolly", "md5", "query h (md5)", detectable=False))
    b.param("geo", "NG-LA")
    b.ok_json({"ad": {"creative": "https://cdn.terragonltd.com/c/91.mp4", "dur": 15}})
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/trending?region=NG")
    b.decoy("trending films with total views across all viewers (aggregate)")
    b.ok_json({"films": [{"title": f, "views": c.rng.randint(10**4, 10**7)} for f in FILMS]})
    return b.build()


def film_page(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/films/{c.rng.randint(1000, 9999)}")
    b.decoy("film detail: runtime, cast, trailer position markers (catalogue)")
    b.ok_json(
        {
            "title": c.rng.choice(FILMS),
            "runtime_min": c.rng.randint(80, 150),
            "trailer": {"start": 0, "end": 120},
            "req": rid(c.rng),
        }
    )
    return b.build()
