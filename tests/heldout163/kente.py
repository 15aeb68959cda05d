"""KentePlay: a pan-African streaming app (Nollywood, Ghallywood, telenovelas dubbed
in French) with one profile per family member.

The Accra team writes English keys with the odd Twi word (`hwɛ` = watch, `bere` =
time, `awie` = finished); the Abidjan team added the French-dub catalogue and
writes French keys (`position_sec`, `reprendre`). Watch progress, the
continue-watching rail and an old gzip+base64 resume beacon are viewing
history; rails, search, the "Top 10 in Ghana" counts and manifests are not.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, gz, jsb

from .phone import FB, iso, ms, rid, ua

API = "https://api.kenteplay.example"
UA = ua("KentePlay", "4.18.2")
TITLES = [
    ("NW-4471", "King of Boys: The Return", 3100),
    ("GH-0912", "Kumawood: Agya Koo Trotro", 5400),
    ("GH-1180", "Sidechic Gang", 5800),
    ("NW-5520", "Anikulapo", 8200),
    ("TN-0307", "La Rose de Guadalupe ép. 112", 2500),
    ("TN-0419", "Esprit de famille ép. 33", 2700),
    ("GH-1333", "Efiewura S4E2", 1500),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "kenteplay", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-kp-device", b.id("kente_device", where="header x-kp-device"))
    return b


def _title(c: Context) -> tuple[str, str, int]:
    return c.rng.choice(TITLES)


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/devices/register", device=False)
    b.json(
        {
            "deviceId": b.id("kente_device", where="json deviceId"),
            "androidId": b.id("aid_kente", where="json androidId"),
            "advertisingId": b.id("gaid", where="json advertisingId"),
            "model": "TECNO CK7n",
            "os": "android",
            "osVersion": "13",
            "networkOperator": "MTN GH",
        }
    )
    b.ok_json({"registered": True, "profiles": ["Papa", "Maame", "Kojo", "Tata Aya"]})
    return b.build()


def progress_en(c: Context) -> Flow:
    cid, title, dur = _title(c)
    b = _b(c, "PUT", f"{API}/v2/me/progress/{cid}")
    b.view("json posSec/durSec (movie progress)")
    b.json(
        {
            "contentId": cid,
            "title": title,
            "profile": "Maame",
            "posSec": c.rng.randint(20, dur),
            "durSec": dur,
            "audio": c.rng.choice(["en", "tw", "fr"]),
            "updatedAt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def suivi_fr(c: Context) -> Flow:
    """The Abidjan team's endpoint for the French-dubbed telenovelas."""
    cid, title, dur = _title(c)
    b = _b(c, "POST", f"{API}/v2/suivi/lecture")
    b.view("json position_sec / temps_visionnage (French keys)")
    b.json(
        {
            "idEpisode": cid,
            "titre": title,
            "profil": "Tata Aya",
            "position_sec": c.rng.randint(20, dur),
            "duree_totale": dur,
            "temps_visionnage": c.rng.randint(60, 1800),
            "langue": "fr",
            "horodatage": iso(c),
        }
    )
    b.ok_json({"statut": "ok"})
    return b.build()


def hwe_twi(c: Context) -> Flow:
    """Twi keys: `hwe` (watch), `bere_a_wahwe` (time watched), `awie` (finished)."""
    cid, _, dur = _title(c)
    b = _b(c, "POST", f"{API}/v2/hwe")
    b.view("json bere_a_wahwe / awie under path /hwe (Twi: time watched, finished)")
    watched = c.rng.randint(60, dur)
    b.json(
        {
            "sini_id": cid,
            "bere_a_wahwe": watched,
            "awie": watched >= dur - 60,
            "da": iso(c)[:10],
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/me/reprendre?profil=Maame")
    b.view("response json items[].positionSec (continue watching)", direction="response")
    items = []
    for _ in range(4):
        cid, title, dur = _title(c)
        items.append(
            {"contentId": cid, "title": title, "positionSec": c.rng.randint(60, dur), "durSec": dur}
        )
    b.ok_json({"rail": "Reprendre la lecture", "items": items})
    return b.build()


def resume_blob(c: Context) -> Flow:
    """An old player build: rows [content, pos, ts] gzipped and base64'd under 'z'."""
    b = _b(c, "POST", f"{API}/b/1")
    b.view("json z (gzip+base64 rows)", detectable=False)
    rows = [[_title(c)[0], c.rng.randint(30, 5000), ms(c)] for _ in range(c.rng.randint(1, 3))]
    b.json({"z": b64(gz(jsb(rows))), "v": 3})
    b.no_content()
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/home?country=GH&lang=en", device=False)
    b.decoy("catalogue rails with durations (content fetch)")
    b.ok_json(
        {
            "rails": [
                {
                    "title": rail,
                    "items": [
                        {"contentId": t[0], "title": t[1], "durSec": t[2]} for t in TITLES[:4]
                    ],
                }
                for rail in ("Ghallywood Classics", "New on KentePlay", "Telenovelas en français")
            ]
        }
    )
    return b.build()


def top10(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/charts/top10?country=GH", device=False)
    b.decoy("most-watched chart with view counts (aggregate over all viewers)")
    b.ok_json(
        {
            "items": [
                {
                    "rank": i + 1,
                    "contentId": t[0],
                    "title": t[1],
                    "views7d": c.rng.randint(10**4, 10**6),
                }
                for i, t in enumerate(TITLES)
            ]
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["agya koo", "funke akindele", "novela", "kumawood"])
    b = _b(c, "GET", f"{API}/v2/search?q={q.replace(' ', '+')}", device=False)
    b.decoy("search results")
    b.ok_json({"q": q, "results": [{"contentId": t[0], "title": t[1]} for t in TITLES[:3]]})
    return b.build()


def poster(c: Context) -> Flow:
    b = FB(c, "kenteplay", "GET", f"https://img.kenteplay.example/p/{_title(c)[0]}/w342.jpg")
    b.header("user-agent", UA)
    b.decoy("thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def manifest(c: Context) -> Flow:
    b = FB(c, "kenteplay", "GET", f"https://vod.kenteplay.example/{_title(c)[0]}/master.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=854x480\n480p.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/auth/login")
    b.json({"email": b.id("email", where="json email"), "password": "•" * 8, "remember": True})
    b.ok_json({"userId": b.acct("kente_user"), "token": rid(c.rng).replace("-", "")})
    return b.build()
