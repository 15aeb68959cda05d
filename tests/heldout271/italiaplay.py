"""ItaliaPlay: a national broadcaster's catch-up app (fiction, talk shows,
Sanremo, the news) on the grandmother's Galaxy A54 in Cagliari.

Its backend speaks Italian (`visione`, `posizione`, `continua a guardare`,
`visti di recente`). Audience measurement is Nielsen DCR (`gn` pings to
imrworldwide.com with `tl=dav0-<title>`, `c8=length,`, the playhead, the
advertising id under `c40=adbid,` and the SDK's hashed device id under
`c9=devid,`) and Comscore streaming tags (`sb.scorecardresearch.com/p2`,
`ns_st_ev`, `ns_st_pr` programme, `ns_st_ep` episode, `ns_st_po` position,
the SDK's visitor id in `c12`). Firebase Analytics uploads its protobuf
bundle with a custom `visione_contenuto` event. The catalogue, the TV guide,
"i più visti", search and DASH segments are not viewing history.
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.italiaplay.example"
PKG = "it.italiaplay.app"
UA = ua("ItaliaPlay", "5.9.0", "nanna")
GMP_APP = "1:602211873390:android:9d1e07c4b23a55f1"
CONTENUTI = [
    ("F1A2", "Il Commissario Montalbano", "La forma dell'acqua", 6300),
    ("F3C9", "Màkari", "Il lungo addio", 6000),
    ("F7D0", "Mare Fuori", "Episodio 4", 3000),
    ("T120", "Porta a Porta", "Puntata del 12 marzo", 4200),
    ("S075", "Festival di Sanremo", "Serata finale", 14400),
    ("N001", "TG1", "Edizione delle 20", 1800),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "italiaplay", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", "") + new_hex(c.rng, 24))
    return b


def _ct(c: Context) -> tuple[str, str, str, int]:
    return c.rng.choice(CONTENUTI)


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/dispositivi")
    b.json(
        {
            "androidId": b.id("aid_italiaplay", where="json androidId"),
            "firebaseInstallationId": b.id("italiaplay_fid", where="json firebaseInstallationId"),
            "modello": "samsung SM-A546B",
            "utente": b.acct("italiaplay_user"),
            "regione": "Sardegna",
        }
    )
    b.ok_json({"ok": True, "maxDispositivi": 4})
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/italiaplay-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", PKG)
    b.header("x-android-cert", new_hex(c.rng, 40).upper())
    b.decoy("x-android-cert: signing certificate SHA-1")
    b.json(
        {
            "fid": b.id("italiaplay_fid", where="json fid"),
            "appId": GMP_APP,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/602211873390/installations/" + c.phone.italiaplay_fid,
            "fid": c.phone.italiaplay_fid,
            "refreshToken": "3_" + new_hex(c.rng, 60),
        }
    )
    b.id("italiaplay_fid", where="response json fid + name", direction="response")
    return b.build()


def _pb_param(key: str, value: str | int) -> bytes:
    if isinstance(value, int):
        return pb_msg(1, [pb_bytes(1, key), pb_varint(4, value)])
    return pb_msg(1, [pb_bytes(1, key), pb_bytes(2, value)])


def _pb_event(c: Context, name: str, params: list[tuple[str, str | int]]) -> bytes:
    body = b"".join(_pb_param(k, v) for k, v in params)
    return pb_bytes(2, body + pb_bytes(2, name) + pb_varint(3, ms(c)))


def firebase_upload(c: Context, watching: bool = True) -> Flow:
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik("nanna"))
    events = [
        _pb_event(c, "_vs", [("_sc", "PlayerActivity"), ("_si", c.rng.randint(1, 10**9))]),
        _pb_event(c, "_e", [("_et", c.rng.randint(100, 9000))]),
    ]
    if watching:
        _cid, prog, ep, dur = _ct(c)
        events.append(
            _pb_event(
                c,
                "visione_contenuto",
                [
                    ("programma", prog),
                    ("episodio", ep),
                    ("posizione_sec", c.rng.randint(0, dur)),
                    ("durata_sec", dur),
                ],
            )
        )
        b.view("protobuf event visione_contenuto with programma/episodio/posizione_sec")
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            *events,
            pb_varint(4, ms(c) - 60000),
            pb_varint(5, ms(c)),
            pb_bytes(8, "android"),
            pb_bytes(9, "14"),
            pb_bytes(10, "SM-A546B"),
            pb_bytes(11, "it-it"),
            pb_bytes(14, PKG),
            pb_bytes(16, "5.9.0"),
            pb_bytes(19, b.id("gaid_nanna", "protobuf", "protobuf 1.19 (bare field)", False)),
            pb_varint(20, 0),
            pb_bytes(
                21,
                b.id("italiaplay_app_instance", "protobuf", "protobuf 1.21 (bare field)", False),
            ),
            pb_bytes(25, GMP_APP),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def nielsen_ping(c: Context, event: str = "timer") -> Flow:
    """Nielsen DCR (app SDK) ping: programme title, length and playhead in the query."""
    cid, prog, ep, dur = _ct(c)
    b = FB(c, "nielsen", "GET", "https://secure-dcr.imrworldwide.com/cgi-bin/gn")
    b.header("user-agent", dalvik("nanna"))
    pos = c.rng.randint(0, dur)
    b.params.extend(
        [
            ("prd", "dcr"),
            ("ci", "it-803477"),
            ("ch", "it-803477_c01_P"),
            ("asn", prog),
            ("sn", "ItaliaPlay"),
            ("tl", f"dav0-{prog} - {ep}"),
            ("prv", "1"),
            ("c3", "st,c"),
            ("c7", "osgrp,DROID"),
            ("c8", f"length,{dur}"),
            (
                "c9",
                "devid," + b.id("italiaplay_nielsen", where="query c9=devid,", detectable=False),
            ),
            ("c10", "plt,MBL"),
            ("c14", "osver,14"),
            ("c15", "apn,ItaliaPlay"),
            ("c16", "sdkv,ba.8.2.0"),
            ("c40", "adbid," + b.id("gaid_nanna", where="query c40=adbid,")),
            ("c44", "progen,Fiction"),
            ("c68", f"bndlid,{PKG}"),
            ("c74", "dvcnm,samsung SM-A546B"),
            ("at", event),
            ("rt", "video"),
            ("st", "dcr"),
            ("ca", f"it-803477_c01_VID_{cid}"),
            ("cg", prog),
            ("pd", str(pos)),
            ("c62", f"sendTime,{int(c.now)}"),
            ("rnd", str(c.rng.randint(10**12, 10**13))),
        ]
    )
    b.view(f"query prd=dcr tl=dav0-title + c8 length + pd playhead (at={event})")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def comscore(c: Context, ev: str = "hb") -> Flow:
    """Comscore streaming tag: programme, episode, position in ms."""
    cid, prog, ep, dur = _ct(c)
    b = FB(c, "comscore", "GET", "https://sb.scorecardresearch.com/p2")
    b.header("user-agent", dalvik("nanna"))
    b.params.extend(
        [
            ("c1", "2"),
            ("c2", "18837215"),
            ("ns_ap_an", "ItaliaPlay"),
            ("ns_ap_pn", "android"),
            ("ns_ap_ver", "5.9.0"),
            (
                "c12",
                b.id(
                    "italiaplay_cs_c12", where="query c12 (Comscore visitor id)", detectable=False
                ),
            ),
            ("ns_ak", "none"),
            ("ns_type", "hidden"),
            ("ns_st_ev", ev),
            ("ns_st_ci", cid),
            ("ns_st_pr", prog),
            ("ns_st_ep", ep),
            ("ns_st_cl", str(dur * 1000)),
            ("ns_st_po", str(c.rng.randint(0, dur) * 1000)),
            ("ns_st_pt", str(c.rng.randint(1, 600) * 1000)),
            ("ns_st_ty", "video"),
            ("ns_st_pu", "ItaliaPlay"),
            ("ns_ts", str(ms(c))),
        ]
    )
    b.view(f"query ns_st_ev={ev} + ns_st_pr/ns_st_ep + ns_st_po position")
    b.no_content()
    return b.build()


def continua(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/utente/continua-a-guardare")
    b.view("response json continuaAGuardare[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        cid, prog, ep, dur = _ct(c)
        rows.append(
            {
                "id": cid,
                "programma": prog,
                "episodio": ep,
                "posizione": c.rng.randint(60, dur - 60),
                "durata": dur,
                "ultimaVisione": iso(c),
            }
        )
    b.ok_json({"continuaAGuardare": rows})
    return b.build()


def visione(c: Context) -> Flow:
    cid, prog, ep, dur = _ct(c)
    b = _b(c, "POST", f"{API}/v1/utente/visioni")
    b.view("json contenuto/posizione/durata (watch progress)")
    b.json(
        {
            "contenuto": {"id": cid, "programma": prog, "episodio": ep},
            "posizione": c.rng.randint(0, dur),
            "durata": dur,
            "completato": False,
            "timestamp": iso(c),
        }
    )
    b.no_content()
    return b.build()


def catalogo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/catalogo?sezione=fiction")
    b.decoy("catalogue with durations")
    b.ok_json(
        {
            "elementi": [
                {"id": i, "titolo": p, "sottotitolo": e, "durata": d} for i, p, e, d in CONTENUTI
            ]
        }
    )
    return b.build()


def guida_tv(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/guida-tv?canale=" + quote("Canale 1") + "&giorno=oggi")
    b.decoy("TV guide: start times and durations")
    t0 = int(c.now) // 3600 * 3600
    b.ok_json(
        {
            "palinsesto": [
                {"titolo": p, "inizio": t0 + i * 5400, "durata": d}
                for i, (_, p, _, d) in enumerate(CONTENUTI)
            ]
        }
    )
    return b.build()


def piu_visti(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/classifiche/piu-visti")
    b.decoy("aggregate 'più visti' counts over all viewers")
    b.ok_json(
        {
            "classifica": [
                {"titolo": p, "visualizzazioni": c.rng.randint(10**5, 10**7)}
                for _, p, _, _ in CONTENUTI
            ]
        }
    )
    return b.build()


def ricerca(c: Context) -> Flow:
    q = c.rng.choice(["montalbano", "makari", "sanremo", "tg1"])
    b = _b(c, "GET", f"{API}/v1/ricerca?" + urlencode({"q": q}))
    b.decoy("search results")
    b.ok_json({"risultati": [{"id": i, "titolo": p} for i, p, _, _ in CONTENUTI[:3]]})
    return b.build()


def dash_segment(c: Context) -> Flow:
    cid = c.rng.choice(CONTENUTI)[0]
    b = FB(
        c,
        "italiaplay",
        "GET",
        f"https://cdn.italiaplay.example/dash/{cid}/{new_hex(c.rng, 10)}/v3000/"
        f"{c.rng.randint(1, 900)}.m4s",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/iso.segment", c.rng.randbytes(400))
    return b.build()
