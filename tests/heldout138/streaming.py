"""Veillée+: a Quebec streaming app (fictional backend) the tester watches in the evening.

The tester's own viewing: the player's French-keyed heartbeats (`position_s`,
`duree_visionnee_s`, `evenement: lecture|pause|battement|fin`), the "Reprendre"
(continue-watching) rail in responses, and a batched beacon the app gzips and
base64-encodes under `d` (opaque). The app sends its ANDROID_ID in
`x-appareil-id` and its own install id; Adjust's session call carries the
advertising id (`gps_adid`) and Adjust's `android_uuid`. The catalogue, stream
manifests, thumbnails and the "Les plus regardés" rail (a chart over all
viewers) are ordinary.
"""

from __future__ import annotations

import gzip

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, js

from .phone import FB, iso, ms, new_builder, rid, ua

API = "https://api.veillee.example/v3"
VIDEO = "https://video.veillee.example"
UA = ua("VeilleePlus", "6.2.0")
SHOWS = [("Les Pays d'en haut", 48), ("District 31", 52), ("Fugueuse", 45), ("Lakay Nou", 30)]


def _b(c: Context, method: str, path: str, device: bool = True) -> FB:
    b = new_builder(c, "veillee", method, f"{API}{path}", UA)
    if device:
        b.header("x-appareil-id", b.id("aid_veillee", where="header x-appareil-id"))
    b.header("x-profil", b.acct("veillee_profile"))
    return b


def _show(c: Context) -> tuple[str, int, int]:
    title, minutes = c.rng.choice(SHOWS)
    return title, c.rng.randint(1000, 9999), minutes * 60


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", "/lecture/evenements")
    b.view("json evenement, contenu_id, position_s, duree_visionnee_s")
    title, cid, total = _show(c)
    pos = c.rng.randint(30, total)
    b.json(
        {
            "evenement": c.rng.choice(["lecture", "battement", "battement", "pause", "fin"]),
            "contenu_id": cid,
            "titre": title,
            "saison": c.rng.randint(1, 6),
            "episode": c.rng.randint(1, 12),
            "position_s": pos,
            "duree_s": total,
            "duree_visionnee_s": min(pos, c.rng.randint(60, 1200)),
            "horodatage": iso(c),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", "/profils/moi/reprendre?limite=10")
    b.view("response json reprendre[].position_s, vu_le", direction="response")
    items = []
    for _ in range(c.rng.randint(2, 4)):
        title, cid, total = _show(c)
        items.append(
            {
                "contenu_id": cid,
                "titre": title,
                "position_s": c.rng.randint(60, total),
                "duree_s": total,
                "vu_le": iso(c),
            }
        )
    b.ok_json({"reprendre": items})
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    """Rows [content, position, seconds watched, ts] gzipped and base64'd under `d`."""
    b = _b(c, "POST", "/t", device=False)
    b.param("i", b.id("veillee_install", "nosep", "query i (install id, one-letter key)", False))
    b.view("form d: base64(gzip) rows of content, position, watched seconds", detectable=False)
    rows = [[_show(c)[1], c.rng.randint(30, 2800), c.rng.randint(10, 600), ms(c)] for _ in range(3)]
    b.form([("v", "2"), ("d", b64(gzip.compress(js(rows).encode(), mtime=0)))])
    b.no_content()
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = new_builder(c, "adjust", "POST", "https://app.adjust.com/session", "Dalvik/2.1.0")
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", "qwe1rty2uio3"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", b.id("veillee_install", where="form android_uuid")),
            ("created_at", iso(c)),
            ("session_count", str(c.rng.randint(2, 200))),
            ("environment", "production"),
        ]
    )
    b.other_id("adjust_adid", "response json adid", direction="response")
    b.ok_json({"adid": c.phone.adjust_adid, "message": "Session tracked", "timestamp": iso(c)})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", "/accueil?langue=fr-CA", device=False)
    b.decoy("catalogue rails and 'les plus regardés' chart (all viewers)")
    b.ok_json(
        {
            "rangees": [
                {"titre": "Les plus regardés", "contenus": [
                    {"contenu_id": c.rng.randint(1000, 9999), "titre": t, "rang": i + 1}
                    for i, (t, _) in enumerate(SHOWS)
                ]},
                {"titre": "Nouveautés", "contenus": [{"contenu_id": c.rng.randint(1000, 9999)}]},
            ]
        }
    )  # fmt: skip
    return b.build()


def manifest(c: Context) -> Flow:
    path = f"vod/{c.rng.randint(1000, 9999)}/master.m3u8?jeton={rid(c.rng)}"
    b = new_builder(c, "veillee", "GET", f"{VIDEO}/{path}", "ExoPlayerLib/2.19.1")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=4500000,RESOLUTION=1920x1080\n1080p.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def segment(c: Context) -> Flow:
    path = f"vod/{c.rng.randint(1000, 9999)}/1080p/seg_{c.rng.randint(1, 600)}.ts"
    b = new_builder(c, "veillee", "GET", f"{VIDEO}/{path}", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


ALL_ORDINARY = [catalogue, manifest, segment, segment]
