"""Nollyflix: the Nollywood streaming app (the first party), English and Pidgin.

Its Lagos team writes player events in Pidgin (`where_e_reach_sec`, "film don
start"), keeps a continue-watching row per account and, on slow 2G links, packs
the offline player's resume queue into one gzip+base64 field. Rails of trending
films with all-viewer view counts, search, HLS manifests, posters and Widevine
licences are content fetches, not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, gz, js

from . import adtrack
from .phone import FB, iso, ms, rid, ua

API = "https://api.nollyflix.example"
CDN = "https://vod.nollyflix.example"
PKG = "com.nollyflix.android"
UA = ua("Nollyflix", "4.8.2")
FILMS = [
    ("nf_31822", "Anikulapo: Rise of the Spectre", 5880),
    ("nf_29104", "King of Boys: The Return", 6420),
    ("nf_30077", "Jagun Jagun", 7260),
    ("nf_28841", "Gangs of Lagos", 7020),
    ("nf_31950", "Shanty Town S1E4", 2940),
    ("nf_30512", "Ijakumo", 6600),
    ("nf_27719", "Brotherhood", 6900),
    ("nf_31204", "A Tribe Called Judah", 8100),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "nollyflix", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("x-app-lang", c.rng.choice(["en", "pcm", "yo"]))
    return b


def _film(c: Context) -> tuple[str, str, int]:
    return c.rng.choice(FILMS)


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/devices")
    b.json(
        {
            "androidId": b.id("aid_nolly", where="json androidId"),
            "adId": b.id("gaid", where="json adId"),
            "manufacturer": "TECNO",
            "model": "TECNO CK6n",
            "os": "HiOS 13.0",
            "fcmToken": b.acct("fcm_token"),
            "accountId": b.acct("nolly_user"),
        }
    )
    b.decoy("FCM token and account id (not device ids)")
    b.ok_json({"deviceSlot": 2, "maxDevices": 3})
    return b.build()


def watch_progress(c: Context) -> Flow:
    fid, _, dur = _film(c)
    b = _b(c, "PUT", f"{API}/v3/me/progress/{fid}")
    b.view("json positionSec/durationSec (film progress)")
    b.json(
        {
            "titleId": fid,
            "positionSec": c.rng.randint(30, dur),
            "durationSec": dur,
            "audioLang": c.rng.choice(["yo", "en", "pcm"]),
            "subtitle": c.rng.choice(["en", "off"]),
            "updatedAt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def pidgin_events(c: Context) -> Flow:
    """Player events in Pidgin, as the Lagos team named them."""
    fid, title, dur = _film(c)
    b = _b(c, "POST", f"{API}/v3/gist/events")
    event = c.rng.choice(
        ["film_don_start", "film_don_pause", "film_still_dey_play", "film_don_end"]
    )
    b.view(f"json events[].name={event}, where_e_reach_sec (Pidgin player event)")
    b.json(
        {
            "events": [
                {
                    "name": event,
                    "film_id": fid,
                    "film_title": title,
                    "where_e_reach_sec": c.rng.randint(0, dur),
                    "how_long_e_be_sec": dur,
                    "network": c.rng.choice(["2G", "3G", "4G", "wifi"]),
                    "time": ms(c),
                }
            ]
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/me/continue-watching?limit=10")
    b.view("response json items[].progressPct/lastWatchedAt", direction="response")
    items = [
        {
            "titleId": fid,
            "title": title,
            "progressPct": c.rng.randint(3, 96),
            "lastWatchedAt": iso(c),
        }
        for fid, title, _ in c.rng.sample(FILMS, 3)
    ]
    b.ok_json({"row": "Continue watching", "items": items})
    return b.build()


def offline_resume_blob(c: Context) -> Flow:
    """The offline player's resume queue: gzip+base64 under 'z', nothing readable."""
    b = _b(c, "POST", f"{API}/v3/sync/q")
    b.view("json z (gzip+base64 resume queue)", detectable=False)
    rows = [[fid, c.rng.randint(30, dur), ms(c)] for fid, _, dur in c.rng.sample(FILMS, 2)]
    b.json({"z": b64(gz(js(rows).encode())), "n": len(rows)})
    b.no_content()
    return b.build()


def rails(c: Context) -> Flow:
    """Home rails; the header is an MD5 of the ANDROID_ID under an opaque name."""
    b = _b(c, "GET", f"{API}/v3/home/rails?region=NG")
    b.header("x-nf-ctx", b.id("aid_nolly", "md5", "header x-nf-ctx", detectable=False))
    b.decoy("trending rail with all-viewer view counts (aggregate, not one person's history)")
    rails = [
        {
            "rail": "Trending for Naija",
            "items": [
                {"titleId": fid, "title": t, "views7d": c.rng.randint(10_000, 900_000)}
                for fid, t, _ in c.rng.sample(FILMS, 4)
            ],
        },
        {"rail": "Yoruba Epics", "items": [{"titleId": fid} for fid, _, _ in FILMS[:3]]},
    ]
    b.ok_json({"rails": rails})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/titles?genre={c.rng.choice(['drama', 'epic', 'comedy'])}&page=1")
    b.decoy("catalogue with runtimes (content listing)")
    b.ok_json(
        {
            "titles": [
                {"titleId": fid, "title": t, "runtimeSec": d, "poster": f"{CDN}/p/{fid}.jpg"}
                for fid, t, d in c.rng.sample(FILMS, 5)
            ]
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["funke akindele", "jagun", "kunle afolayan", "asoebi"])
    b = _b(c, "GET", f"{API}/v3/search?q={q.replace(' ', '+')}")
    b.decoy("search results")
    b.ok_json({"q": q, "hits": [{"titleId": fid, "title": t} for fid, t, _ in FILMS[:3]]})
    return b.build()


def manifest(c: Context) -> Flow:
    fid, _, _ = _film(c)
    b = FB(c, "nollyflix", "GET", f"{CDN}/hls/{fid}/master.m3u8?tok={new_hex(c.rng, 24)}")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    body = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=350000,RESOLUTION=426x240\n240p.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", body.encode())
    return b.build()


def licence(c: Context) -> Flow:
    b = FB(c, "nollyflix", "POST", f"{API}/drm/widevine")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(180)), "application/octet-stream")
    b.respond(200, "application/octet-stream", bytes(c.rng.getrandbits(8) for _ in range(220)))
    return b.build()


def subscribe(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/billing/subscribe")
    b.decoy("payment reference and amount in kobo")
    b.json({"plan": "mobile_monthly", "amountKobo": 120000, "channel": "card"})
    b.ok_json({"reference": "NFX-" + new_hex(c.rng, 12).upper(), "status": "pending"})
    return b.build()


def appsflyer(c: Context) -> Flow:
    return adtrack.appsflyer(c, PKG, "aid_nolly", "nolly_af_uid")


def appsflyer_purchase(c: Context) -> Flow:
    return adtrack.appsflyer(c, PKG, "aid_nolly", "nolly_af_uid", "af_purchase")
