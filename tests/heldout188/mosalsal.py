"""Mosalsalat+: Maghreb series and Ramadan drama streaming (Android, Oppo phone).

The in-house team writes its keys in Darija Arabizi mixed with French
(`tfarrej` watch, `hal9a` episode, `wa9t` time, `jihaz` device, `lmoddah`
duration). Watch progress, the player's heartbeat and the "kmml tfarrej"
(continue watching) rail in responses are viewing history; the older player
build batches rows gzip+base64 under `d`. The Ramadan programme grid, the
trending rail ("l'aktar moxahada", counts over all viewers), episode artwork
and HLS fetches are not. The Facebook SDK's app events go with the advertising
id (`advertiser_id`) and the app's own device UUID as `anon_id`.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import gz, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.mosalsalat.example"
UA = ua("MosalsalatPlus", "4.8.2")
SERIES = [
    ("s_1102", "Bnat Lalla Mennana"),
    ("s_2217", "El Bahja"),
    ("s_3045", "Dar Sbitar"),
    ("s_4180", "Hadj Lakhdar"),
    ("s_5520", "ⵜⴰⵎⴰⵡⴰⵙⵜ Tamawast"),
    ("s_6003", "العاصفة"),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "mosalsalat", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("accept-language", "ar-MA,fr-MA;q=0.9")
    if device:
        b.header("x-id-jihaz", b.id("mosalsal_device", where="header x-id-jihaz"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    sid, title = c.rng.choice(SERIES)
    return sid, title, c.rng.randint(1, 30), c.rng.randint(2400, 3300)


def tfarrej_progress(c: Context) -> Flow:
    sid, title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v3/tfarrej/takaddom")
    b.view("json wa9t_tfarrej / hal9a (episode watch position)")
    b.json(
        {
            "moslsal_id": sid,
            "3onwan": title,
            "hal9a": ep,
            "wa9t_tfarrej": c.rng.randint(30, dur),
            "lmoddah": dur,
            "kmel": False,
            "tarikh": iso(c),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def player_heartbeat(c: Context) -> Flow:
    sid, _, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v3/lecteur/battement", device=False)
    b.param("android_id", b.id("aid_mosalsal", where="query android_id"))
    b.view("json evenement=pulsation, position_sec, id_episode (player heartbeat)")
    b.json(
        {
            "evenement": c.rng.choice(["pulsation", "pause", "reprise", "fin_episode"]),
            "id_episode": f"{sid}_e{ep:02d}",
            "position_sec": c.rng.randint(10, dur),
            "qualite": c.rng.choice(["480p", "720p"]),
            "horodatage": ms(c),
        }
    )
    b.no_content()
    return b.build()


def kmml_tfarrej(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/profil/kmml-tfarrej")
    b.view("response json kmml_tfarrej[].nokta_tawa9of", direction="response")
    items = []
    for _ in range(c.rng.randint(2, 5)):
        sid, title, ep, dur = _ep(c)
        items.append(
            {
                "moslsal_id": sid,
                "3onwan": title,
                "hal9a": ep,
                "nokta_tawa9of": c.rng.randint(60, dur),
                "lmoddah": dur,
                "akhir_moxahada": iso(c),
            }
        )
    b.ok_json({"kmml_tfarrej": items})
    return b.build()


def batch_blob(c: Context) -> Flow:
    """Older player build: [series, episode, seconds, ts] rows, gzip then base64 under 'd'."""
    b = _b(c, "POST", f"{API}/c/b", device=False)
    b.view("form d (gzip+base64 rows)", detectable=False)
    rows = [[_ep(c)[0], c.rng.randint(1, 30), c.rng.randint(30, 3000), ms(c)] for _ in range(3)]
    blob = base64.b64encode(gz(js(rows).encode())).decode()
    b.form([("d", blob), ("v", "7")])
    b.no_content()
    return b.build()


def ramadan_grid(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/ramadan/barnamaj?lyoum={c.rng.randint(1, 30)}", device=False)
    b.decoy("Ramadan programme grid with episode times and durations (catalogue)")
    b.ok_json(
        {
            "barnamaj": [
                {
                    "moslsal_id": sid,
                    "3onwan": title,
                    "hal9a_jdida": c.rng.randint(1, 30),
                    "wa9t_lbath": f"{c.rng.randint(19, 23)}:{c.rng.choice(['00', '30'])}",
                    "lmoddah": c.rng.randint(2400, 3300),
                }
                for sid, title in SERIES
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/rails/aktar-moxahada", device=False)
    b.decoy("most-watched rail: view counts over all viewers (aggregate)")
    b.ok_json(
        {
            "rail": "l'aktar moxahada had simana",
            "items": [
                {
                    "moslsal_id": sid,
                    "3onwan": t,
                    "nb_vues": c.rng.randint(10**4, 10**6),
                    "moyenne_minutes": c.rng.randint(20, 50),
                }
                for sid, t in SERIES
            ],
        }
    )
    return b.build()


def hls_master(c: Context) -> Flow:
    sid, _, ep, _ = _ep(c)
    b = FB(c, "mosalsalat", "GET", f"https://vod.mosalsalat.example/{sid}/e{ep:02d}/master.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1800000,RESOLUTION=854x480\n480p.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def artwork(c: Context) -> Flow:
    sid, _, ep, _ = _ep(c)
    b = FB(c, "mosalsalat", "GET", f"https://img.mosalsalat.example/{sid}/poster_{ep}.webp")
    b.header("user-agent", UA)
    b.respond(200, "image/webp", b"RIFF" + bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["bahja", "ramdan 2024", "dar sbitar", "كوميديا"])
    b = _b(c, "GET", f"{API}/v3/9alleb?q={q}", device=False)
    b.decoy("search results with durations")
    b.ok_json({"natija": [{"moslsal_id": s, "3onwan": t, "lmoddah": 2700} for s, t in SERIES[:3]]})
    return b.build()


def fb_app_event(c: Context) -> Flow:
    b = FB(c, "facebook", "POST", "https://graph.facebook.com/v17.0/1893044120551277/activities")
    b.header("user-agent", "FBAndroidSDK.16.3.0")
    b.form(
        [
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid", where="form advertiser_id")),
            ("advertiser_tracking_enabled", "1"),
            ("anon_id", b.id("mosalsal_device", where="form anon_id")),
            ("application_tracking_enabled", "1"),
            (
                "custom_events",
                js(
                    [
                        {
                            "_eventName": "fb_mobile_content_view",
                            "fb_content_type": "serie",
                            "_logTime": int(c.now),
                        }
                    ]
                ),
            ),
        ]
    )
    b.ok_json({"success": True})
    return b.build()
