"""Two East African streaming apps: "Kibanda Max" (an Azam-style Tanzanian
service, in-house backend with Swahili key names) and "Nyota ON" (a
StarTimes ON-style pan-African app, English / French keys, Kigali edge).

Both backends are fictional; key names are our own guesses at what such teams
write ("imetazamwa" = watched, "muda_wa_kutazama" = watching time, "endelea" =
continue, "kipindi" = programme, "msimu" = season, "sehemu" = episode,
"kifaa" = device; French "historique de visionnage"). HLS segments, posters,
catalogue rows and search are the decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, jsb

from .phone import FB, iso, ms, rid, ua

KIB = "https://api.kibandamax.co.tz"
NYO = "https://vod-kgl.nyotaon.africa"
SHOWS = [
    ("Jua Kali", 3),
    ("Mapenzi ya Mjini", 2),
    ("Tamthilia Pendo", 1),
    ("Kilimanjaro FC", 1),
    ("Les Héritiers de Kigali", 2),
    ("Kampala Nights", 4),
    ("Sauti za Pwani", 1),
]


def _show(c: Context) -> tuple[str, int, int, str]:
    name, seasons = c.rng.choice(SHOWS)
    return name, c.rng.randint(1, seasons), c.rng.randint(1, 24), f"K{c.rng.randint(1000, 9999)}"


def _kib(c: Context, method: str, path: str) -> FB:
    b = FB(c, "kibanda", method, KIB + path)
    b.header("user-agent", ua("KibandaMax", "5.8.2"))
    b.header("x-kifaa-id", b.id("aid_kib", where="header:x-kifaa-id"))
    b.header("authorization", "Bearer " + b.acct("kib_user"))
    return b


def kib_watch_log(c: Context) -> Flow:
    b = _kib(c, "POST", "/v2/historia/imetazamwa")
    name, msimu, sehemu, cid = _show(c)
    total = c.rng.choice([1440, 2580, 2700, 3120])
    b.view("json:kipindi+muda_wa_kutazama")
    b.json(
        {
            "kipindi": {"id": cid, "jina": name, "msimu": msimu, "sehemu": sehemu},
            "muda_wa_kutazama": c.rng.randint(60, total),
            "urefu": total,
            "imetazamwa": c.rng.random() < 0.4,
            "saa": iso(c),
            "lugha": "sw",
        }
    )
    b.ok_json({"hali": "sawa"})
    return b.build()


def kib_heartbeat(c: Context) -> Flow:
    b = _kib(c, "GET", "/hb/v1/ping")
    _, msimu, sehemu, cid = _show(c)
    b.view("query:cid+pos+ev")
    for k, v in [
        ("cid", cid),
        ("s", str(msimu)),
        ("e", str(sehemu)),
        ("ev", "hb"),
        ("pos", str(c.rng.randint(30, 2400))),
        ("q", "720p"),
        ("t", str(ms(c))),
    ]:
        b.param(k, v)
    b.no_content()
    return b.build()


def kib_continue(c: Context) -> Flow:
    b = _kib(c, "GET", "/v2/nyumbani/endelea-kutazama")
    rows = []
    for _ in range(c.rng.randint(2, 6)):
        name, msimu, sehemu, cid = _show(c)
        rows.append(
            {
                "kipindi_id": cid,
                "jina": name,
                "msimu": msimu,
                "sehemu": sehemu,
                "ulipoishia_sek": c.rng.randint(30, 2500),
                "asilimia": c.rng.randint(3, 95),
            }
        )
    b.view("response:json:endelea[]", direction="response")
    b.ok_json({"endelea": rows})
    return b.build()


def kib_opaque(c: Context) -> Flow:
    """Playback telemetry encrypted on the phone: nothing says what it is."""
    b = _kib(c, "POST", "/t/v1/e")
    b.view("body:b64-ciphertext", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(180, 400)))
    b.json({"v": 3, "p": b64(blob), "k": rid(c.rng)[:8]})
    b.no_content()
    return b.build()


def kib_catalogue(c: Context) -> Flow:
    b = _kib(c, "GET", "/v2/katalogi/safu")
    b.param("ukurasa", str(c.rng.randint(1, 6)))
    b.decoy("catalogue rows with programme ids")
    rows = [
        {"kipindi_id": _show(c)[3], "jina": _show(c)[0], "picha": f"/p/{c.rng.randint(1, 999)}.jpg"}
        for _ in range(8)
    ]
    b.ok_json({"safu": "Mpya Wiki Hii", "vipindi": rows})
    return b.build()


def kib_segment(c: Context) -> Flow:
    cid = _show(c)[3]
    b = FB(
        c,
        "kibanda",
        "GET",
        f"https://cdn.kibandamax.co.tz/hls/{cid}/720p/seg_{c.rng.randint(1, 800)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("video segment fetch")
    b.respond(200, "video/mp2t", fake_mp4(c.rng.randint(0, 10**6), 600))
    return b.build()


def nyota_progress(c: Context) -> Flow:
    b = FB(c, "nyotaon", "PUT", NYO + "/api/vod/v1/progress")
    b.header("user-agent", ua("StarOn", "6.31.1"))
    dev = b.id("aid_nyota", where="json:deviceId")
    _, msimu, sehemu, cid = _show(c)
    b.view("json:programId+positionMs")
    b.json(
        {
            "programId": cid,
            "episodeNo": sehemu,
            "seasonNo": msimu,
            "deviceId": dev,
            "positionMs": c.rng.randint(10, 2600) * 1000,
            "durationMs": 2700000,
            "ts": ms(c),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def nyota_historique(c: Context) -> Flow:
    b = FB(c, "nyotaon", "POST", NYO + "/api/fr/historique/sync")
    b.header("user-agent", ua("StarOn", "6.31.1"))
    b.header("x-appareil", b.id("aid_nyota", how="md5", where="header:x-appareil"))
    items = [
        {
            "contenu_id": _show(c)[3],
            "titre": _show(c)[0],
            "temps_regarde_s": c.rng.randint(40, 3000),
            "termine": c.rng.random() < 0.3,
        }
        for _ in range(c.rng.randint(1, 4))
    ]
    b.view("json:historique_visionnage[]")
    b.json({"historique_visionnage": items, "langue": "fr-RW"})
    b.ok_json({"ok": True})
    return b.build()


def nyota_live_beat(c: Context) -> Flow:
    b = FB(c, "nyotaon", "POST", NYO + "/api/live/v2/beat", http_version="HTTP/1.1")
    ch = c.rng.choice(["ST Swahili", "ST Sport Premium", "NTV Uganda", "RTV Rwanda", "Novela E"])
    b.view("form:channel+watch_seconds")
    b.form(
        [
            ("channel", ch),
            ("watch_seconds", str(c.rng.choice([30, 60, 60, 90]))),
            ("state", "playing"),
            ("bitrate", "1200"),
            ("sid", rid(c.rng)),
        ]
    )
    b.ok_json({"next": 60})
    return b.build()


def nyota_poster(c: Context) -> Flow:
    b = FB(
        c,
        "nyotaon",
        "GET",
        f"https://img.nyotaon.africa/poster/{c.rng.randint(10**5, 10**6)}_w342.jpg",
    )
    b.decoy("poster thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 400))
    return b.build()


def nyota_search(c: Context) -> Flow:
    q = c.rng.choice(["tamthilia", "simba", "novela", "cartoon", "ligi kuu"])
    b = FB(c, "nyotaon", "GET", NYO + "/api/search/v1")
    b.param("keyword", q)
    b.decoy("search results")
    b.respond(
        200,
        "application/json",
        jsb({"total": 14, "items": [{"id": _show(c)[3]} for _ in range(5)]}),
    )
    return b.build()


__all__ = ["kib_catalogue", "kib_continue", "kib_heartbeat", "kib_opaque", "kib_segment"]
__all__ += [
    "kib_watch_log",
    "nyota_historique",
    "nyota_live_beat",
    "nyota_poster",
    "nyota_progress",
]
__all__ += ["nyota_search"]
