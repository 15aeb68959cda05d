"""Rai & Chaabi FM: a raï / chaabi / gnawa music app with Bluetooth earbuds.

Plays are reported as `sme3` (listen) events in Algerian Arabizi (`ghnya`
song, `moghanni` singer, `chhal_sme3` seconds listened); the "dernières
écoutes" list comes back in a response; a compact rows array under `x` carries
the same plays without names. The earbuds' BT MAC and serial go with the
audio-route report and the firmware check. Charts with play counts, lyrics with
timestamps and the shop are not viewing history. The Amazigh section (ahidous,
Kabyle songs) was written by another team in romanised Tamazight: `izli` song,
`amdyaz` singer, `akud_n_usell` time listened (`asell` hearing).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://api.raichaabi.example"
UA = ua("RaiChaabi", "2.14.0")
SONGS = [
    ("t_101", "Cheb Khaled", "Aïcha"),
    ("t_207", "Cheb Hasni", "Tal ghyabek ya ghzali"),
    ("t_318", "Dahmane El Harrachi", "Ya Rayah"),
    ("t_425", "Nass El Ghiwane", "Mahmoum"),
    ("t_533", "Cheikha Rimitti", "Nouar"),
    ("t_640", "Hamid Zahir", "Lalla Fatima"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "raichaabi", method, url)
    b.header("user-agent", UA)
    b.header("x-install", b.id("rai_install", where="header x-install"))
    return b


def sme3_event(c: Context) -> Flow:
    tid, singer, title = c.rng.choice(SONGS)
    b = _b(c, "POST", f"{API}/api/sme3")
    b.view("json ghnya_id / chhal_sme3 (song listened)")
    b.json(
        {
            "ghnya_id": tid,
            "moghanni": singer,
            "3onwan": title,
            "chhal_sme3": c.rng.randint(20, 320),
            "kamla": c.rng.random() < 0.5,
            "wa9t": iso(c),
            "sortie_audio": "bluetooth",
        }
    )
    b.no_content()
    return b.build()


def recent_listens(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/moi/dernieres-ecoutes")
    b.view("response json ecoutes[] (recently played)", direction="response")
    b.ok_json(
        {
            "ecoutes": [
                {"titre_id": t, "artiste": s, "titre": n, "ecoute_le": iso(c)}
                for t, s, n in c.rng.sample(SONGS, 4)
            ]
        }
    )
    return b.build()


def rows_beacon(c: Context) -> Flow:
    """[track, seconds, ts] rows under 'x': nothing names them."""
    b = _b(c, "POST", f"{API}/b2")
    b.view("json x[] rows", detectable=False)
    b.json({"x": [[c.rng.choice(SONGS)[0], c.rng.randint(20, 300), ms(c)] for _ in range(2)]})
    b.no_content()
    return b.build()


def audio_route(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/audio/peripherique")
    b.json(
        {
            "type": "A2DP",
            "nom": "OPPO Enco Air3",
            "adresse_bt": b.id("buds_mac", where="json adresse_bt"),
            "codec": c.rng.choice(["AAC", "SBC"]),
            "android_id": b.id("aid_rai", where="json android_id"),
        }
    )
    b.ok_json({"eq_preset": "chaabi_bass"})
    return b.build()


def buds_firmware(c: Context) -> Flow:
    b = FB(c, "enco", "GET", "https://fw.enco-audio.example/check")
    b.header("user-agent", "EncoMelody/1.9")
    b.param("sn", b.id("buds_serial", where="query sn"))
    b.param("mac", b.id("buds_mac", "nosep", where="query mac"))
    b.param("v", "1.0.3.18")
    b.ok_json({"latest": "1.0.3.21", "sha256": rid(c.rng).replace("-", "") * 2})
    return b.build()


def buds_opaque(c: Context) -> Flow:
    """Pairing record: the serial base64 under 'k', the MAC sha1 under 'z'."""
    b = FB(c, "enco", "POST", "https://fw.enco-audio.example/r")
    b.header("user-agent", "EncoMelody/1.9")
    b.form(
        [
            ("k", b.id("buds_serial", "b64", "form k", detectable=False)),
            ("z", b.id("buds_mac", "sha1", "form z", detectable=False)),
            ("t", str(int(c.now))),
        ]
    )
    b.no_content()
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/top?genre=rai&pays=DZ")
    b.decoy("top chart with play counts (aggregate)")
    b.ok_json(
        {
            "top": [
                {"titre_id": t, "artiste": s, "titre": n, "ecoutes": c.rng.randint(10**4, 10**7)}
                for t, s, n in SONGS
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    tid, _, title = c.rng.choice(SONGS)
    b = _b(c, "GET", f"{API}/api/paroles/{tid}")
    b.decoy("synced lyrics: line timestamps of the song, not of a listener")
    b.ok_json(
        {
            "titre": title,
            "lignes": [
                {"t": i * 4.5, "texte": w}
                for i, w in enumerate(["ya rayah win msafer", "trouh ta3ya w twalli", "شحال ندمو"])
            ],
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    tid = c.rng.choice(SONGS)[0]
    b = FB(
        c,
        "raichaabi",
        "GET",
        f"https://cdn.raichaabi.example/a/{tid}/160k/{c.rng.randint(1, 40)}.m4s",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def asell_event(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/tamazight/asell")
    b.view("json izli_id / akud_n_usell (Tamazight keys: song listened, seconds)")
    b.json(
        {
            "izli_id": f"iz_{c.rng.randint(100, 999)}",
            "amdyaz": c.rng.choice(["Idir", "Aït Menguellet", "Izenzaren", "Mohamed Rouicha"]),
            "azwel": c.rng.choice(["A Vava Inouva", "ⴰⵣⵓⵍ Azul", "Ayenna"]),
            "akud_n_usell": c.rng.randint(20, 400),
            "ass": iso(c),
        }
    )
    b.no_content()
    return b.build()
