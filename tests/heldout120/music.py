"""Tizita Music: Ethio-jazz, Amharic and Oromo music streaming.

Listens are reported in Oromo-and-English keys (`dhaggeeffame` 'was listened',
`sekondii`), scrobble-style; the Facebook SDK logs app events with its anon id.
Charts (play counts over everyone) and lyrics are not listening history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, ua

API = "https://api.tizita.example"
UA = ua("Tizita", "3.11.0")
TRACKS = [
    ("Mulatu Astatke", "Yekermo Sew"),
    ("Ali Birra", "Awash"),
    ("Hachalu Hundessa", "Maalan Jira"),
    ("Mahmoud Ahmed", "Ere Mela Mela"),
    ("Gigi", "Abebayehosh"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tizita", method, url)
    b.header("user-agent", UA)
    return b


def listen(c: Context) -> Flow:
    artist, song = c.rng.choice(TRACKS)
    b = _b(c, "POST", f"{API}/v1/dhaggeeffannaa")
    b.view("json dhaggeeffame[] weellisaa / sekondii (Oromo: listened song, seconds)")
    b.json(
        {
            "meeshaa": b.id("aid_music", where="json meeshaa (Oromo 'device')"),
            "dhaggeeffame": [
                {
                    "weellisaa": song,
                    "weellisaa_artist": artist,
                    "sekondii": c.rng.randint(20, 380),
                    "xumurame": c.rng.random() < 0.5,
                    "yeroo": iso(c),
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def numeric_scrobble(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/s")
    b.view("query 1= track id, 2= seconds, 3= epoch: numeric keys only", detectable=False)
    for k, v in [("1", str(c.rng.randint(10**6, 10**7))), ("2", str(c.rng.randint(20, 380)))]:
        b.param(k, v)
    b.param("3", str(ms(c)))
    # Lead (round 43): a one-letter key holding 16 hex beside numeric keys says nothing of
    # a device (a span id or cache buster reads the same): not detectable, as the
    # definitions have it for `p=`, `h` and the like.
    b.param("d", b.id("aid_music", where="query d", detectable=False))
    b.no_content()
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/sadarkaa-torbanii")
    b.decoy("weekly chart with play counts over all listeners (aggregate)")
    b.ok_json(
        {
            "sadarkaa": [
                {"artist": a, "title": s, "plays": c.rng.randint(10**4, 10**6)} for a, s in TRACKS
            ]
        }
    )
    return b.build()


def fb_activate(c: Context) -> Flow:
    b = FB(c, "facebook", "POST", "https://graph.facebook.com/v18.0/318841102774455/activities")
    b.header("user-agent", "FBAndroidSDK.16.3.0")
    b.form(
        [
            ("event", "MOBILE_APP_INSTALL"),
            ("anon_id", b.id("fb_anon", where="form anon_id")),
            ("advertiser_id", b.id("gaid", where="form advertiser_id")),
            ("advertiser_tracking_enabled", "1"),
            ("application_package_name", "et.tizita.music"),
        ]
    )
    b.ok_json({"success": True})
    return b.build()
