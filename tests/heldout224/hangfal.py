"""Hangfal: a Hungarian music, podcast and radio app on the daughter's Pixel 8 in
Vienna.

Songs, podcast episodes and radio sessions are reported to the backend with
Hungarian keys (`hallgatas` = listening, `dal`, `eloado` = artist,
`epizod`, `pozicio`, `allomas` = station, `idotartam`). Audience measurement
is Comscore's streaming tag: `ns_st_ev` (play / pause / end), content id
`ns_st_ci`, programme `ns_st_pr`, episode `ns_st_ep`, clip length
`ns_st_cl` and play time `ns_st_pt`, with the publisher-specific device id
`c12` the SDK derives and the advertising id `ns_ak`. The charts, the
now-playing text of a station, a podcast's episode list and the audio chunks
are content fetches.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.hangfal.example"
UA = ua("Hangfal", "3.14.2", "lany")
DALOK = [
    ("d4101", "Azahriah", "Pulóver"),
    ("d4102", "Wellhello", "Apuveddmeg"),
    ("d4103", "Carson Coma", "Ez minden, mi kell"),
    ("d4104", "Halott Pénz", "Kicsi szív"),
    ("d4105", "Quimby", "Most múlik pontosan"),
    ("d4106", "Follow The Flow", "Maradj még"),
    ("d4107", "Dzsúdló", "Medúza"),
]
PODCASTOK = [
    ("p51", "Kerekasztal", 3600),
    ("p52", "Tényleg Tény", 2400),
    ("p53", "Pszichopodcast", 3300),
    ("p54", "Reggeli Kávé", 1500),
]
ALLOMASOK = ["Petőfi Rádió", "Kossuth Rádió", "Retro Rádió", "Rádió 1", "Jazzy Rádió", "Bartók"]
COMSCORE = "https://sb.scorecardresearch.com/p2"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "hangfal", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def regisztracio(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/eszkoz")
    b.json(
        {
            "androidId": b.id("aid_hangfal", where="json androidId"),
            "telepitesId": b.id("hangfal_install", where="json telepitesId"),
            "reklamAzonosito": b.id("gaid_lany", where="json reklamAzonosito"),
            "modell": "Pixel 8",
            "nyelv": "hu-AT",
        }
    )
    b.ok_json({"felhasznalo": b.acct("hangfal_user")})
    return b.build()


def hallgatas(c: Context) -> Flow:
    did, artist, title = c.rng.choice(DALOK)
    b = _b(c, "POST", f"{API}/v2/hallgatasok")
    b.view("json dalId + hallgatottMasodperc (song listened)")
    b.json(
        {
            "dalId": did,
            "eloado": artist,
            "cim": title,
            "hallgatottMasodperc": c.rng.randint(20, 240),
            "vegigHallgatva": c.rng.random() < 0.6,
            "ido": iso(c),
        }
    )
    b.no_content()
    return b.build()


def podcast_pozicio(c: Context) -> Flow:
    pid, show, dur = c.rng.choice(PODCASTOK)
    b = _b(c, "PUT", f"{API}/v2/podcast/{pid}/epizodok/{c.rng.randint(100, 260)}/pozicio")
    b.view("json pozicio + idotartam (podcast episode progress)")
    b.json({"musor": show, "pozicio": c.rng.randint(30, dur), "idotartam": dur, "ido": iso(c)})
    b.no_content()
    return b.build()


def radio_munkamenet(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/radio/munkamenet")
    b.view("json allomas + idotartam (radio listening session)")
    b.json(
        {
            "allomas": c.rng.choice(ALLOMASOK),
            "kezdes": iso(c),
            "idotartam": c.rng.randint(60, 7200),
            "forras": "app",
        }
    )
    b.no_content()
    return b.build()


def legutobb(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/felhasznalo/legutobb-hallgatott")
    b.view("response json dalok[] (recently played)", direction="response")
    b.ok_json(
        {
            "dalok": [
                {"dalId": d, "eloado": a, "cim": t, "hallgatva": iso(c)}
                for d, a, t in c.rng.sample(DALOK, 4)
            ]
        }
    )
    return b.build()


def comscore(c: Context) -> Flow:
    pid, show, dur = c.rng.choice(PODCASTOK)
    ep = c.rng.randint(100, 260)
    ev = c.rng.choice(["play", "pause", "end", "hb"])
    b = FB(c, "comscore", "GET", COMSCORE)
    b.header("user-agent", dalvik("lany"))
    b.view(f"query ns_st_ev={ev} + ns_st_ci/ns_st_pr/ns_st_ep + ns_st_pt (Comscore streaming)")
    for k, v in [
        ("c1", "19"),
        ("c2", "28745391"),
        ("ns_ap_an", "Hangfal"),
        ("ns_ap_pn", "android"),
        ("ns_ap_ver", "3.14.2"),
        ("c12", b.id("hangfal_cs_c12", where="query c12")),
        ("ns_ak", b.id("gaid_lany", where="query ns_ak")),
        ("ns_type", "hidden"),
        ("ns_ts", str(ms(c))),
        ("ns_st_ev", ev),
        ("ns_st_ty", "audio"),
        ("ns_st_ci", f"{pid}-{ep}"),
        ("ns_st_pr", show),
        ("ns_st_ep", f"{show} #{ep}"),
        ("ns_st_cl", str(dur * 1000)),
        ("ns_st_pt", str(c.rng.randint(1, dur) * 1000)),
        ("ns_st_pu", "Hangfal"),
    ]:
        b.param(k, v)
    b.respond(204, None)
    return b.build()


def comscore_start(c: Context) -> Flow:
    """The application-start measurement: ids but no content."""
    b = FB(c, "comscore", "GET", COMSCORE)
    b.header("user-agent", dalvik("lany"))
    for k, v in [
        ("c1", "19"),
        ("c2", "28745391"),
        ("ns_ap_an", "Hangfal"),
        ("ns_ap_pn", "android"),
        ("c12", b.id("hangfal_cs_c12", where="query c12")),
        ("ns_ak", b.id("gaid_lany", where="query ns_ak")),
        ("ns_ap_ev", "start"),
        ("ns_ts", str(ms(c))),
    ]:
        b.param(k, v)
    b.respond(204, None)
    return b.build()


def opaque_batch(c: Context) -> Flow:
    """Batched play log: [track, seconds, ts] rows under 'l', gzip."""
    b = _b(c, "POST", f"{API}/b")
    b.view("json l[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(DALOK)[0][1:]), c.rng.randint(20, 240), ms(c)]
        for _ in range(c.rng.randint(2, 5))
    ]
    b.json({"l": rows}, "gzip")
    b.no_content()
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/k")
    b.form([("a", "hu.hangfal.app"), ("z", b.id("aid_hangfal", "sha1", "form z", False))])
    b.ok_json({"flags": {"dalszoveg": True, "podcast_v3": c.rng.random() < 0.5}})
    return b.build()


def most_szol(c: Context) -> Flow:
    st = c.rng.choice(ALLOMASOK)
    b = _b(c, "GET", f"{API}/v2/radio/most-szol?allomas={quote(st)}")
    b.decoy("station now-playing title (content fetch)")
    _, artist, title = c.rng.choice(DALOK)
    b.ok_json(
        {"allomas": st, "mostSzol": f"{artist} – {title}", "hallgatok": c.rng.randint(50, 9000)}
    )
    return b.build()


def toplista(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/toplista?lista=magyar-40")
    b.decoy("chart with play counts (aggregate)")
    b.ok_json(
        {
            "lista": [
                {"hely": i + 1, "dalId": d, "cim": t, "lejatszas": c.rng.randint(10**4, 10**6)}
                for i, (d, _, t) in enumerate(DALOK)
            ]
        }
    )
    return b.build()


def podcast_epizodok(c: Context) -> Flow:
    pid, show, dur = c.rng.choice(PODCASTOK)
    b = _b(c, "GET", f"{API}/v2/podcast/{pid}/epizodok?oldal=1")
    b.decoy("podcast episode list with durations (content fetch)")
    b.ok_json(
        {
            "musor": show,
            "epizodok": [
                {"epizod": n, "idotartam": dur + c.rng.randint(-300, 300), "megjelent": iso(c)}
                for n in range(260, 254, -1)
            ],
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(c, "hangfal", "GET", f"https://cdn.hangfal.example/a/{new_hex(c.rng, 16)}/160.aac")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 4) * 65536}-")
    b.respond(206, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def dalszoveg(c: Context) -> Flow:
    did, _, title = c.rng.choice(DALOK)
    b = _b(c, "GET", f"{API}/v2/dalok/{did}/dalszoveg")
    b.ok_json({"cim": title, "szoveg": "La-la-la, dúdolom...\n" * 4, "t": ms(c)})
    return b.build()
