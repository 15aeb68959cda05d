"""Tahanan+: a Filipino teleserye streamer (Taglish app team, MoEngage for CRM).

The app's own progress API is written in Taglish (`/panood/progreso`, `posisyon_seg`,
`natapos`); the "Ituloy ang Panonood" rail comes back from `/ako/ituloy`. MoEngage's
Android SDK reports events to `sdk-0N.moengage.com/v2/report/{appId}` with a
`query_params` block (`unique_id`, `gaid`, `android_id`) and a `viewsInfo` list of
`EVENT_ACTION` / `EVENT_ATTRS` (https://developers.moengage.com/hc/en-us/articles/
4403905883796). A compact resume beacon the player sends is gzip+base64 under `d`.
Catalogue rails, thumbnails, search and the HLS manifest are not viewing history.
"""

from __future__ import annotations

import gzip

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, js, jsb

from .phone import FB, app_builder, iso, ms, ua

API = "https://api.tahananplus.example"
UA = ua("TahananPlus", "6.4.1")
SHOWS = [
    ("tp_bnt", "Batang Nayon sa Tondo"),
    ("tp_ldm", "Lihim ng Dalampasigan"),
    ("tp_amh", "Ang Mutya ng Hilaga"),
    ("tp_kps", "Kapatid sa Sulyap"),
    ("tp_pgs", "Pusong Ginto sa Siyudad"),
]
MOE = "https://sdk-03.moengage.com/v2/report/8KQ2ZT1XWV5M0RPLBC9H4ANE"


def _b(c: Context, method: str, url: str) -> FB:
    b = app_builder(c, "tahananplus", method, url, UA)
    b.header("x-device-id", b.id("aid_tahanan", where="header x-device-id"))
    return b


def _episode(c: Context) -> tuple[str, str, int, int]:
    sid, title = c.rng.choice(SHOWS)
    return sid, title, c.rng.randint(1, 180), c.rng.randint(1800, 2700)


def progress(c: Context) -> Flow:
    sid, title, ep, dur = _episode(c)
    b = _b(c, "POST", f"{API}/api/v2/panood/progreso")
    b.view("json episodyo_id + posisyon_seg (Tagalog keys)")
    pos = c.rng.randint(30, dur)
    b.json(
        {
            "palabas_id": sid,
            "pamagat": title,
            "episodyo_id": f"{sid}_e{ep:03d}",
            "posisyon_seg": pos,
            "haba_seg": dur,
            "natapos": pos > dur - 120,
            "oras": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def continue_rail(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/ako/ituloy?limit=10")
    b.view("response json ituloy_panoorin[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 6)):
        sid, title, ep, dur = _episode(c)
        rows.append(
            {
                "episodyo_id": f"{sid}_e{ep:03d}",
                "pamagat": f"{title} - Episode {ep}",
                "huling_posisyon": c.rng.randint(60, dur),
                "haba": dur,
                "huling_pinanood": iso(c),
            }
        )
    b.ok_json({"ituloy_panoorin": rows})
    return b.build()


def resume_beacon(c: Context) -> Flow:
    """The player's resume beacon: gzip then base64 under `d`, nothing readable."""
    sid, _, ep, dur = _episode(c)
    b = _b(c, "POST", f"{API}/b")
    b.view("form d= gzip+base64 [episode, position, ts]", detectable=False)
    inner = js([f"{sid}_e{ep:03d}", c.rng.randint(10, dur), ms(c)]).encode()
    b.form([("d", b64(gzip.compress(inner, mtime=0))), ("v", "3")])
    b.no_content()
    return b.build()


def moengage_event(c: Context) -> Flow:
    sid, title, ep, dur = _episode(c)
    b = FB(c, "moengage", "POST", MOE)
    b.header("user-agent", UA)
    b.header("moe-appkey", "8KQ2ZT1XWV5M0RPLBC9H4ANE")
    b.view("json viewsInfo[].EVENT_ACTION=Episode_Napanood with minuto_pinanood")
    b.json(
        {
            "query_params": {
                "os": "ANDROID",
                "unique_id": b.id("moe_unique", where="json query_params.unique_id"),
                "gaid": b.id("gaid", where="json query_params.gaid"),
                "android_id": b.id("aid_tahanan", where="json query_params.android_id"),
                "app_version": "640100",
                "moe_sdk_ver": "130400",
                "model": "RMX3851",
            },
            "viewsInfo": [
                {
                    "EVENT_ACTION": "Episode_Napanood",
                    "EVENT_ATTRS": js(
                        {
                            "palabas_id": sid,
                            "palabas": title,
                            "episodyo": ep,
                            "minuto_pinanood": c.rng.randint(1, dur // 60),
                        }
                    ),
                    "EVENT_G_TIME": str(ms(c)),
                }
            ],
        }
    )
    b.ok_json({"status": "success"})
    return b.build()


def moengage_login(c: Context) -> Flow:
    b = FB(c, "moengage", "POST", MOE)
    b.header("user-agent", UA)
    b.json(
        {
            "query_params": {
                "os": "ANDROID",
                "unique_id": b.id("moe_unique", where="json query_params.unique_id"),
                "gaid": b.id("gaid", where="json query_params.gaid"),
            },
            "viewsInfo": [
                {
                    "EVENT_ACTION": "USER_ATTRIBUTE_UNIQUE_ID",
                    "EVENT_ATTRS": js({"USER_ATTRIBUTE_UNIQUE_ID": b.acct("tahanan_user")}),
                    "EVENT_G_TIME": str(ms(c)),
                }
            ],
        }
    )
    b.ok_json({"status": "success"})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = FB(c, "tahananplus", "GET", f"{API}/api/v2/home/mga-palabas?seksyon=bago")
    b.header("user-agent", UA)
    b.decoy("catalogue rail with episode counts and runtimes (content, not a person's viewing)")
    b.ok_json(
        {
            "seksyon": "Bagong Episode",
            "mga_palabas": [
                {
                    "palabas_id": sid,
                    "pamagat": title,
                    "bilang_ng_episodyo": c.rng.randint(20, 200),
                    "haba_seg": c.rng.randint(1800, 2700),
                    "larawan": f"https://img.tahananplus.example/{sid}/poster.jpg",
                }
                for sid, title in SHOWS
            ],
        }
    )
    return b.build()


def most_watched(c: Context) -> Flow:
    b = FB(c, "tahananplus", "GET", f"{API}/api/v2/home/pinakapinanood?linggo=ngayon")
    b.header("user-agent", UA)
    b.decoy("most-watched chart: views summed over all viewers (aggregate)")
    b.ok_json(
        {
            "pinakapinanood": [
                {"palabas_id": sid, "ranggo": i + 1, "kabuuang_views": c.rng.randint(10**5, 10**7)}
                for i, (sid, _) in enumerate(SHOWS)
            ]
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["mutya", "kapatid", "lihim", "dalampasigan"])
    b = FB(c, "tahananplus", "GET", f"{API}/api/v2/hanap?q={q}")
    b.header("user-agent", UA)
    b.decoy("search results")
    b.ok_json({"resulta": [{"palabas_id": s, "pamagat": t} for s, t in SHOWS[:3]]})
    return b.build()


def poster(c: Context) -> Flow:
    sid, _ = c.rng.choice(SHOWS)
    b = FB(c, "tahananplus", "GET", f"https://img.tahananplus.example/{sid}/poster.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def manifest(c: Context) -> Flow:
    sid, _, ep, _ = _episode(c)
    b = FB(c, "tahananplus", "GET", f"https://vod.tahananplus.example/{sid}/e{ep:03d}/master.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("stream manifest fetch (fetching a video is not a watch report)")
    body = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2500000,RESOLUTION=1280x720\n720p.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", body.encode())
    return b.build()


def drm_license(c: Context) -> Flow:
    b = FB(c, "tahananplus", "POST", "https://drm.tahananplus.example/widevine/license")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(300)), "application/octet-stream")
    b.respond(200, "application/octet-stream", jsb({"k": b64(bytes(16))}))
    return b.build()
