"""Radio Zitoun: a Marseille community radio app; its volunteers write Darija in
Latin letters (Arabizi) and French.

Listening sessions go to `/sma3/session` (`sma3`: listen): `barnamaj` (programme),
`bdit` / `salit` (started / finished), `wa9t_sma3` (seconds listened). The app
makes its own install id (`jihaz_id`, "jihaz" = device). The schedule
(`jadwal`), the live stream URL and the dédicaces (listeners' shout-outs) are
ordinary. When offline, sessions are queued and sent as gzip+base64 under `d`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, gzb64, iso, ms, rid, ua

API = "https://api.radiozitoun.example"
UA = ua("RadioZitoun", "2.1.5")
BARAMIJ = [
    "Sahra m3a l'ghiwane",
    "Rai dial bled",
    "L'7ay dial Noailles",
    "Chaabi Sba7",
    "Info quartier",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "radiozitoun", method, url)
    b.header("user-agent", UA)
    return b


def sma3_session(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sma3/session")
    b.view("json barnamaj/wa9t_sma3 (listening session, Darija keys)")
    b.json(
        {
            "jihaz_id": b.id("radio_install", where="json jihaz_id (app install id)"),
            "barnamaj": c.rng.choice(BARAMIJ),
            "bdit": iso(c),
            "wa9t_sma3": c.rng.randint(60, 5400),
            "mubachir": True,
            "jawda": c.rng.choice(["64k", "128k"]),
        }
    )
    b.ok_json({"chokran": True})
    return b.build()


def sma3_queue(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/q")
    b.view("json d (gzip+base64 queued sessions)", detectable=False)
    rows = [{"b": c.rng.randint(1, 20), "t": c.rng.randint(60, 3600), "s": ms(c)} for _ in range(3)]
    b.json({"d": gzb64(rows)})
    b.no_content()
    return b.build()


def jihaz(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/jihaz/tasjil")
    b.json(
        {
            "jihaz_id": b.id("radio_install", where="json jihaz_id"),
            "android_id": b.id("aid_radio", where="json android_id"),
            "lougha": "ar-MA-latn",
        }
    )
    b.ok_json({"mrehba": True})
    return b.build()


def jadwal(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/jadwal?nhar=lyoum")
    b.decoy("programme schedule with start times and durations")
    b.ok_json(
        {
            "jadwal": [
                {"barnamaj": p, "bda": iso(c), "mouda": c.rng.choice([30, 60, 120])}
                for p in BARAMIJ
            ]
        }
    )
    return b.build()


def stream(c: Context) -> Flow:
    b = _b(c, "GET", "https://stream.radiozitoun.example/live.aac")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def dedicace(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/dedicaces")
    b.json(
        {
            "smiya": "Yasmine",
            "hay": "Belsunce",
            "msg": "salam l kolchi, dédicace l ma famille 3la Lyon",
            "id": rid(c.rng),
        }
    )
    b.ok_json({"wsal": True})
    return b.build()
