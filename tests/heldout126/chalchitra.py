"""Chalchitra: a Nepali OTT for films and teledramas (टेलिशृङ्खला), built by a
Kathmandu team whose API speaks romanised Nepali with some Devanagari keys.

Watch progress (`herne_sthiti`, "viewing position") and the continue-watching
rail (`jari_rakhnuhos`) are viewing history; its CleverTap events ("Video
Watched") too. The catalogue, the trending rail (`dherai_herieko`, counts over
all viewers), HLS manifests and thumbnails are not. CleverTap's JSON array
upload carries its own device guid under the single key `g`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, jsb

from .phone import FB, iso, ms, rid, ua

API = "https://api.chalchitra.example"
UA = ua("Chalchitra", "4.7.2")
CT = "https://in1.clevertap-prod.com/a1"
TITLES = [
    ("kabaddi-kabaddi", "कबड्डी कबड्डी", "film"),
    ("loot-2", "लुट २", "film"),
    ("meri-bassai", "मेरी बास्सै", "teledrama"),
    ("jire-khursani", "जिरे खुर्सानी", "teledrama"),
    ("bulbul", "बुलबुल", "film"),
    ("harke-haldar", "हर्के हल्दार", "teledrama"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "chalchitra", method, url)
    b.header("user-agent", UA)
    b.header("x-yantra-id", b.id("aid_ott", where="header x-yantra-id (यन्त्र = device)"))
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _title(c: Context) -> tuple[str, str, str, int]:
    slug, name, kind = c.rng.choice(TITLES)
    return slug, name, kind, c.rng.randint(1300, 8400)


def herne_sthiti(c: Context) -> Flow:
    slug, name, kind, dur = _title(c)
    b = _b(c, "POST", f"{API}/v3/prayogkarta/herne-sthiti")
    b.view("json herne_sthiti_sec / bhag (watch position of a title)")
    body = {
        "samagri_id": slug,
        "shirshak": name,
        "prakar": kind,
        "herne_sthiti_sec": c.rng.randint(30, dur),
        "kul_awadhi_sec": dur,
        "samay": iso(c),
    }
    if kind == "teledrama":
        body["bhag"] = c.rng.randint(1, 180)
    b.json(body)
    b.ok_json({"safal": True})
    return b.build()


def jari_rakhnuhos(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/prayogkarta/jari-rakhnuhos?limit=10")
    b.view("response jari_rakhnuhos[] with हेरेको_प्रतिशत", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        slug, name, _kind, _dur = _title(c)
        rows.append(
            {
                "samagri_id": slug,
                "शीर्षक": name,
                "हेरेको_प्रतिशत": c.rng.randint(5, 95),
                "antim_hereko": iso(c),
            }
        )
    b.ok_json({"jari_rakhnuhos": rows})
    return b.build()


def clevertap_watched(c: Context) -> Flow:
    _slug, name, kind, dur = _title(c)
    b = FB(c, "clevertap", "POST", f"{CT}?os=Android&t=60&z=TEST-R9K-6W4-966Z&ts={ms(c) // 1000}")
    b.header("user-agent", UA)
    b.view("clevertap evtName=Video Watched, evtData Watched Minutes")
    guid = b.id("ott_ct_guid", where="json [0].g (CleverTap guid)", detectable=False)
    meta = {
        "g": guid,
        "type": "meta",
        "af": {"Build": "472", "Make": "samsung", "Model": "SM-A546E"},
    }
    event = {
        "type": "event",
        "evtName": "Video Watched",
        "evtData": {
            "Title": name,
            "Category": kind,
            "Watched Minutes": c.rng.randint(1, dur // 60),
            "Completed": c.rng.random() < 0.3,
        },
        "ep": ms(c) // 1000,
        "s": ms(c) // 1000 - 900,
    }
    b.json([meta, event])
    b.ok_json({"g": guid})
    return b.build()


def clevertap_profile(c: Context) -> Flow:
    b = FB(c, "clevertap", "POST", f"{CT}?os=Android&t=60&z=TEST-R9K-6W4-966Z")
    b.header("user-agent", UA)
    guid = b.id("ott_ct_guid", where="json [0].g (CleverTap guid)", detectable=False)
    gaid = b.id("gaid", where="json [1].profile.GoogleAdID")
    email = b.id("email", where="json [1].profile.Email")
    b.json(
        [
            {"g": guid, "type": "meta"},
            {
                "type": "profile",
                "profile": {
                    "GoogleAdID": gaid,
                    "Email": email,
                    "Language": "ne",
                    "City": "Kathmandu",
                },
            },
        ]
    )
    b.ok_json({"status": "ok"})
    return b.build()


def sthiti_blob(c: Context) -> Flow:
    """The offline-downloads player flushes its log as gzip+base64 under `d`."""
    slug, _name, _kind, dur = _title(c)
    b = _b(c, "POST", f"{API}/v3/l")
    b.view("json d (gzip+base64 rows of title, position)", detectable=False)
    rows = [[slug, c.rng.randint(10, dur), ms(c)] for _ in range(c.rng.randint(1, 4))]
    b.json({"d": b64(gz(jsb(rows))), "v": 3})
    b.no_content()
    return b.build()


def suchi(c: Context) -> Flow:
    b = FB(c, "chalchitra", "GET", f"{API}/v3/suchi?varga=naya&bhasa=ne")
    b.header("user-agent", UA)
    b.decoy("catalogue with durations and release years (content fetch)")
    items = []
    for _ in range(8):
        slug, name, _kind, dur = _title(c)
        items.append(
            {
                "samagri_id": slug,
                "shirshak": name,
                "awadhi_sec": dur,
                "barsa": 2081,
                "thumbnail": f"https://img.chalchitra.example/{slug}/w320.webp",
            }
        )
    b.ok_json({"naya_release": items})
    return b.build()


def dherai_herieko(c: Context) -> Flow:
    b = FB(c, "chalchitra", "GET", f"{API}/v3/rails/dherai-herieko?saptah=this")
    b.header("user-agent", UA)
    b.decoy("trending rail: view counts and average watch minutes over all viewers (aggregate)")
    rows = [
        {
            "samagri_id": s,
            "kul_hernuhune": c.rng.randint(4000, 90000),
            "ausat_herne_min": c.rng.randint(12, 70),
        }
        for s, _n, _k in TITLES
    ]
    b.ok_json({"dherai_herieko": rows})
    return b.build()


def manifest(c: Context) -> Flow:
    slug, _n, _k, _d = _title(c)
    b = FB(c, "chalchitra", "GET", f"https://vod.chalchitra.example/{slug}/master.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("stream manifest (fetching a video is not a report of watching)")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1800000,RESOLUTION=1280x720\n720p/index.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def khoj(c: Context) -> Flow:
    q = c.rng.choice(["कबड्डी", "jire", "comedy", "राजेश हमाल"])
    b = FB(c, "chalchitra", "GET", f"{API}/v3/khoj", params=[("q", q), ("lang", "ne")])
    b.header("user-agent", UA)
    b.decoy("search results (not viewing history)")
    b.ok_json({"natija": [{"samagri_id": s, "shirshak": n} for s, n, _k in TITLES[:3]]})
    return b.build()


def player_ghatana(c: Context) -> Flow:
    """The in-house player pixel: start / pause / heartbeat / end in romanised Nepali."""
    slug, _name, _kind, dur = _title(c)
    event = c.rng.choice(["suru", "roknu", "dhadkan", "sakiyo"])
    b = _b(c, "GET", f"{API}/px/ghatana.gif")
    b.view(f"query ghatana={event} + sthiti (player event with position)")
    for k, v in (
        ("ghatana", event),
        ("samagri", slug),
        ("sthiti", str(c.rng.randint(0, dur))),
        ("gati", "1.0"),
        ("t", str(ms(c))),
    ):
        b.param(k, v)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def downloads(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/prayogkarta/downloads")
    b.decoy(
        "offline downloads list with file sizes and expiry: downloading is fetching, not a report"
        " of watching (a judgement call: no position, no watched flag)"
    )
    rows = []
    for _ in range(c.rng.randint(1, 3)):
        slug, _n, _k, _d = _title(c)
        rows.append({"samagri_id": slug, "size_mb": c.rng.randint(200, 1800), "myad": iso(c)})
    b.ok_json({"downloads": rows})
    return b.build()
