"""Athlitika Nea: a betting-free Greek sports news app (Redmi Note 13 of the
mother). Articles, scores and video clips; ads through Google Ad Manager's
mobile ad request (`/gampad/ads` with `rdid` = the advertising id, `idtype`,
`is_lat`), analytics through GA4's Measurement Protocol (app stream:
`firebase_app_id`, `api_secret`, `app_instance_id`). A video clip played to
its end is viewing history; reading an article is not (nothing was watched or
listened to), nor are headlines, tables and images.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, ms, rid, ua

API = "https://api.athlitika-nea.example"
UA = ua("AthlitikaNea", "6.0.2", "mama")
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:377105528193:android:0b5a71d3c9e24f86&api_secret=Pw3nK8rZq0tXv2LmB5sHyA"
)
ARTHRA = [
    "Ο ΠΑΟΚ ετοιμάζει ανατροπή στην Τούμπα",
    "Η Εθνική μπάσκετ ανακοίνωσε τη δωδεκάδα",
    "Ο Τεντόγλου ξανά στην κορυφή",
    "Ο Άρης παρουσίασε το νέο του προπονητή",
    "Ο Σάκκαρη προκρίθηκε στους 16",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "athlitika", method, url)
    b.header("user-agent", UA)
    return b


def ga4_video(c: Context) -> Flow:
    b = FB(c, "ga4", "POST", MP)
    b.header("user-agent", UA)
    b.view("json events[video_complete].params.video_title/video_duration")
    b.json(
        {
            "app_instance_id": b.id("athlitika_fid", where="json app_instance_id"),
            "events": [
                {
                    "name": "video_complete",
                    "params": {
                        "video_title": c.rng.choice(ARTHRA) + " (video)",
                        "video_duration": c.rng.randint(40, 300),
                        "video_percent": 100,
                        "engagement_time_msec": c.rng.randint(30000, 300000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def ga4_screen(c: Context) -> Flow:
    b = FB(c, "ga4", "POST", MP)
    b.header("user-agent", UA)
    b.decoy("article read (screen_view), not watched or listened")
    b.json(
        {
            "app_instance_id": b.id("athlitika_fid", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {"screen_name": "Arthro", "article_title": c.rng.choice(ARTHRA)},
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def gam_ad(c: Context) -> Flow:
    b = FB(c, "google-ads", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    b.header("user-agent", UA)
    b.params.extend(
        [
            ("iu", "/21735210/athlitika/arthro_banner"),
            ("sz", "320x50"),
            ("msid", "gr.athlitika.nea"),
            ("an", "6.0.2.android.gr.athlitika.nea"),
            ("rdid", b.id("gaid_mama", where="query rdid (advertising id)")),
            ("idtype", "adid"),
            ("is_lat", "0"),
            ("correlator", str(c.rng.randint(10**15, 10**16))),
            ("u_w", "393"),
            ("u_h", "873"),
            ("hl", "el"),
            ("dt", str(ms(c))),
        ]
    )
    b.respond(200, "text/html; charset=UTF-8", b"<html><body><!-- creative --></body></html>")
    return b.build()


def gam_ad_hashed(c: Context) -> Flow:
    """The SDK's test-device check: an MD5 of the ANDROID_ID in an unnamed slot."""
    b = FB(c, "google-ads", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    b.header("user-agent", UA)
    b.params.extend(
        [
            ("preqs", "2"),
            ("u_sd", "2.75"),
            ("eid", str(c.rng.randint(10**8, 10**9))),
            (
                "h_ch",
                b.id(
                    "aid_athlitika",
                    how="md5_upper",
                    where="query h_ch (MD5 of ANDROID_ID, unnamed)",
                    detectable=False,
                ),
            ),
            ("format", "320x50_mb"),
            ("msid", "gr.athlitika.nea"),
        ]
    )
    b.respond(200, "application/json", b"{}")
    return b.build()


def arthro(c: Context) -> Flow:
    aid = c.rng.randint(900000, 999999)
    b = _b(c, "GET", f"{API}/v2/arthra/{aid}")
    b.decoy("article body with its author photo and view count")
    b.ok_json(
        {
            "id": aid,
            "titlos": c.rng.choice(ARTHRA),
            "provoles": c.rng.randint(500, 90000),
            "fotografia": f"https://img.athlitika-nea.example/{new_hex(c.rng, 12)}.jpg",
        }
    )
    return b.build()


def roi(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/v2/roi?"
        + urlencode({"katigoria": c.rng.choice(["podosfairo", "basket", "stibos"])}),
    )
    b.ok_json(
        {
            "arthra": [
                {"titlos": t, "id": c.rng.randint(900000, 999999)} for t in c.rng.sample(ARTHRA, 3)
            ],
            "trace": rid(c.rng),
        }
    )
    return b.build()


def eikona(c: Context) -> Flow:
    b = FB(c, "athlitika-cdn", "GET", f"https://img.athlitika-nea.example/{new_hex(c.rng, 12)}.jpg")
    b.header("user-agent", UA)
    b.decoy("press photo of athletes' faces (an image fetch, no face API)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()
