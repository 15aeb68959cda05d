"""Akouste ("Ακούστε", listen): a Greek podcast and live-radio app (Redmi Note 13
of the mother in Thessaloniki).

The backend is Greeklish (`akroaseis` = listens, `stathmos` = station,
`epeisodio`, `lepta` = minutes, `thesi` = position). Listening is measured by
Comscore's streaming tag on sb.scorecardresearch.com (`ns_st_ev`, `ns_st_ci`
content id, `ns_st_pr` programme, `ns_st_ep` episode, `ns_st_cl` length,
`ns_st_pt` playing time; `c12` the publisher-unique device id, `ns_ak` the
advertising id, `ns_ap_an` the app name). Play history syncs as an unnamed
protobuf batch; "now playing", charts and audio chunks are content.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.akouste.example"
UA = ua("Akouste", "2.14.3", "mama")
STATHMOI = [
    ("st01", "ΣΚΑΪ 100.3"), ("st02", "Μελωδία 99.2"), ("st03", "Real FM 97.8"),
    ("st04", "ΕΡΤ Δεύτερο Πρόγραμμα"), ("st05", "Sfera 102.2"), ("st06", "Kiss FM 92.9"),
    ("st07", "ΕΡΤ Θεσσαλονίκης 102"), ("st08", "Love Radio 97.5"),
]  # fmt: skip
PODCASTS = [
    ("pc310", "Ιστορίες της Θεσσαλονίκης", 2400),
    ("pc322", "Κουζίνα με τη γιαγιά", 1500),
    ("pc337", "Οικονομία σε 10 λεπτά", 600),
    ("pc345", "Μυστήρια του Βυζαντίου", 3300),
    ("pc351", "Μιλώντας για το παιδί", 2100),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "akouste", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    if device:
        b.header("x-syskevi", b.id("aid_radio", where="header x-syskevi"))
    return b


def eggrafi(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/syskeves", device=False)
    b.json(
        {
            "android_id": b.id("aid_radio", where="json android_id"),
            "ad_id": b.id("gaid_mama", where="json ad_id"),
            "montelo": "Redmi Note 13",
            "ekdosi": "2.14.3",
        }
    )
    b.ok_json({"egine": True})
    return b.build()


def comscore(c: Context, ev: str = "hb") -> Flow:
    b = FB(c, "comscore", "GET", "https://sb.scorecardresearch.com/p")
    b.header("user-agent", UA)
    if c.rng.random() < 0.55:
        pid, title, dur = c.rng.choice(PODCASTS)
        ep = c.rng.randint(1, 80)
        content = [
            ("ns_st_ci", f"{pid}-{ep}"),
            ("ns_st_pr", title),
            ("ns_st_ep", f"Επεισόδιο {ep}"),
            ("ns_st_cl", str(dur * 1000)),
            ("ns_st_ty", "audio"),
        ]
    else:
        sid, name = c.rng.choice(STATHMOI)
        content = [("ns_st_ci", sid), ("ns_st_pr", name), ("ns_st_cl", "0"), ("ns_st_ty", "live")]
    b.view("query ns_st_pr/ns_st_ep/ns_st_pt (Comscore streaming tag)")
    b.params.extend(
        [
            ("c1", "19"),
            ("c2", "24127855"),
            ("ns_type", "hidden"),
            ("ns_st_ev", ev),
            ("ns_st_pt", str(c.rng.randint(10, 1800) * 1000)),
            ("ns_st_hc", str(c.rng.randint(1, 30))),
            *content,
            ("c12", b.id("radio_comscore_c12", where="query c12 (Comscore device id)")),
            ("ns_ak", b.id("gaid_mama", where="query ns_ak (advertising id)")),
            ("ns_ap_an", "Akouste"),
            ("ns_ap_pn", "android"),
            ("ns_ap_ver", "2.14.3"),
            ("ns_ts", str(ms(c))),
        ]
    )
    b.respond(204, None)
    return b.build()


def akroasi(c: Context) -> Flow:
    pid, title, dur = c.rng.choice(PODCASTS)
    b = _b(c, "POST", f"{API}/v1/akroaseis")
    b.view("json podcast/epeisodio/thesi/lepta")
    b.json(
        {
            "podcast": title,
            "podcastId": pid,
            "epeisodio": c.rng.randint(1, 80),
            "thesi": c.rng.randint(30, dur),
            "diarkeia": dur,
            "ora": iso(c),
        }
    )
    b.no_content()
    return b.build()


def stathmos_session(c: Context) -> Flow:
    sid, name = c.rng.choice(STATHMOI)
    b = _b(c, "POST", f"{API}/v1/radio/synedria")
    b.view("json stathmos + lepta (minutes of a station)")
    b.json({"stathmosId": sid, "stathmos": name, "lepta": c.rng.randint(3, 140), "telos": iso(c)})
    b.no_content()
    return b.build()


def prosfata(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/christis/prosfata")
    b.view("response json prosfata[] (recently played)", direction="response")
    rows = [{"stathmos": n, "teleftaia": iso(c)} for _i, n in c.rng.sample(STATHMOI, 3)]
    rows += [{"podcast": t, "thesi": c.rng.randint(1, d)} for _i, t, d in c.rng.sample(PODCASTS, 2)]
    b.ok_json({"prosfata": rows})
    return b.build()


def history_protobuf(c: Context) -> Flow:
    """Offline play history, batched as protobuf with unnamed fields."""
    b = _b(c, "POST", f"{API}/v1/s")
    b.view("protobuf batch: station/podcast ids + seconds (unnamed fields)", detectable=False)
    items = []
    for _ in range(c.rng.randint(3, 7)):
        sid, _n = c.rng.choice(STATHMOI)
        items.append(
            pb_msg(
                1,
                [
                    pb_bytes(1, sid),
                    pb_varint(2, c.rng.randint(60, 7200)),
                    pb_varint(3, ms(c) // 1000),
                ],
            )
        )
    b.set_body(b"".join(items), "application/x-protobuf")
    b.no_content()
    return b.build()


def now_playing(c: Context) -> Flow:
    sid, name = c.rng.choice(STATHMOI)
    b = _b(c, "GET", f"{API}/v1/radio/{sid}/paizei-tora", device=False)
    b.decoy("now playing on a station (not what the user heard)")
    b.ok_json(
        {
            "stathmos": name,
            "tragoudi": c.rng.choice(["Άνοιξε πέτρα", "Σ' αγαπώ", "Μαύρα μάτια"]),
            "kallitechnis": c.rng.choice(["Μαρινέλλα", "Πάολα", "Νίκος Οικονόμου"]),
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    sid, _n = c.rng.choice(STATHMOI)
    b = FB(
        c,
        "akouste-cdn",
        "GET",
        f"https://stream.akouste.example/live/{sid}/chunk_{c.rng.randint(1, 99999)}.aac",
    )
    b.header("user-agent", UA)
    b.decoy("audio stream chunk")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def kata_tasi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/podcasts/dimofili", device=False)
    b.decoy("charts: popular podcasts with play counts")
    b.ok_json(
        {
            "lista": [
                {"podcast": t, "akroaseis": c.rng.randint(1000, 90000)} for _p, t, _d in PODCASTS
            ],
            "req": rid(c.rng),
        }
    )
    return b.build()
