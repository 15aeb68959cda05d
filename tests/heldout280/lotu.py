"""Redio Lotu Vanuatu: a Bislama church radio app on the cousin's OPPO A17 in
Port Vila.

Keys are Bislama: `harem` = listen, `stori` = story / sermon, `taem` = time,
`namba` = number, `stesin`, `hamas` = how much, `finis` = finished, `prea` =
prayer. The app reports live listening and sermon-podcast progress to its
backend, and logs a `harem_stat` custom event to Facebook app events
(`custom_events` JSON string in the form body, `advertiser_id`, `anon_id`). An
older build sends a comma-joined ping with no names. The programme list, the
verse of the day, the prayer-request form, a donation and the weekly boat-trip
notice for outer-island congregations are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.rediolotu.example"
UA = ua("RedioLotu", "1.4.2", "kasin")
FB_APP = "870455129983617"
PROGRAM = [
    ("r11", "Gud Nius Long Moning"),
    ("r12", "Singsing Blong Lotu"),
    ("r17", "Stori Blong Baebol"),
    ("r21", "Prea Blong Famle"),
    ("r25", "Yut Aua"),
]
STORI = [
    ("s301", "Pasta Willie: Lav i no save finis", 2400),
    ("s302", "Pasta Kalo: Wokabaot wetem God", 1900),
    ("s305", "Sista Mere: Famle i strong", 2100),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "rediolotu", method, url)
    b.header("user-agent", UA)
    return b


def rejista(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/fon")
    b.json(
        {
            "android_id": b.id("aid_lotu", where="json android_id"),
            "ad_id": b.id("gaid_kasin", where="json ad_id"),
            "lanwis": "bi",
            "aelan": "Efate",
        }
    )
    b.ok_json({"yusa": b.acct("lotu_user")})
    return b.build()


def harem_log(c: Context) -> Flow:
    pid, name = c.rng.choice(PROGRAM)
    b = _b(c, "POST", f"{API}/api/harem")
    b.header("x-yusa", b.acct("lotu_user"))
    b.view("json program + hamas_minit (live listening)")
    b.json(
        {
            "program_namba": pid,
            "program": name,
            "stesin": "Redio Lotu 98.1",
            "taem_stat": iso(c),
            "hamas_minit": c.rng.randint(2, 90),
        }
    )
    b.ok_json({"tangkyu": True})
    return b.build()


def stori_progres(c: Context) -> Flow:
    sid, name, dur = c.rng.choice(STORI)
    b = _b(c, "PUT", f"{API}/api/stori/{sid}/progres")
    b.view("path stori id + json posisen / finis (sermon podcast progress)")
    b.json({"taetol": name, "posisen": c.rng.randint(30, dur), "longfala": dur, "finis": False})
    b.no_content()
    return b.build()


def harem_opaque(c: Context) -> Flow:
    """Old build: 'p=<programme>,<seconds>,<ts>' form body, no names."""
    pid = c.rng.choice(PROGRAM)[0]
    b = _b(c, "POST", f"{API}/p")
    b.view("form p (comma-joined programme, seconds, ts)", detectable=False)
    b.form([("p", f"{pid[1:]},{c.rng.randint(60, 5400)},{ms(c)}")])
    b.respond(204, None)
    return b.build()


def fb_harem_event(c: Context) -> Flow:
    pid, name = c.rng.choice(PROGRAM)
    b = FB(c, "facebook", "POST", f"https://graph.facebook.com/v18.0/{FB_APP}/activities")
    b.header("user-agent", f"FBAndroidSDK.16.3.0 {dalvik('kasin')}")
    b.view("form custom_events[] harem_stat (fb_content_id, program)")
    b.form(
        [
            ("format", "json"),
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid_kasin", where="form advertiser_id")),
            ("advertiser_tracking_enabled", "1"),
            ("anon_id", b.id("lotu_fb_anon", where="form anon_id")),
            (
                "custom_events",
                js(
                    [
                        {
                            "_eventName": "harem_stat",
                            "_logTime": int(c.now),
                            "fb_content_type": "audio",
                            "fb_content_id": pid,
                            "program": name,
                            "_session_id": rid(c.rng),
                        }
                    ]
                ),
            ),
            ("application_package_name", "vu.rediolotu"),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def fb_activate(c: Context) -> Flow:
    b = FB(c, "facebook", "POST", f"https://graph.facebook.com/v18.0/{FB_APP}/activities")
    b.header("user-agent", f"FBAndroidSDK.16.3.0 {dalvik('kasin')}")
    b.form(
        [
            ("format", "json"),
            ("event", "MOBILE_APP_INSTALL"),
            ("advertiser_id", b.id("gaid_kasin", where="form advertiser_id")),
            ("anon_id", b.id("lotu_fb_anon", where="form anon_id")),
            ("application_package_name", "vu.rediolotu"),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def program_lis(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/program?de={iso(c)[:10]}")
    b.decoy("programme schedule times (content fetch)")
    b.ok_json({"program": [{"namba": p, "nem": n, "taem": iso(c)} for p, n in PROGRAM]})
    return b.build()


def vos_blong_tede(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/vos?de={iso(c)[:10]}")
    b.ok_json({"vos": "Jon 3:16", "tekis": "God i lavem tumas ol man blong wol ia..."})
    return b.build()


def prea_rikwes(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/prea")
    b.decoy("free-text prayer request")
    b.json({"nem": "Lina", "prea": "Plis prea blong papa blong mi long hospital", "taem": iso(c)})
    b.ok_json({"risivim": True})
    return b.build()


def donesen(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/donesen")
    b.decoy("donation order number")
    b.json({"hamas": c.rng.choice([500, 1000, 2000]), "mani": "VUV", "ref": order_no(c.rng)})
    b.ok_json({"risit": new_hex(c.rng, 10).upper()})
    return b.build()


def sip_notis(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/notis/sip")
    b.decoy("boat-trip notice for island congregations (departure times)")
    b.ok_json(
        {
            "notis": [
                {"sip": "MV Big Sista", "from": "Port Vila", "go": "Lenakel", "taem": iso(c)},
                {"sip": "MV Vanuatu Ferry", "from": "Port Vila", "go": "Lamap", "taem": iso(c)},
            ]
        }
    )
    return b.build()


def audio(c: Context) -> Flow:
    b = FB(
        c,
        "rediolotu",
        "GET",
        f"https://stream.rediolotu.example/live/{c.rng.randint(1, 99999)}.mp3",
    )
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.respond(200, "audio/mpeg", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
