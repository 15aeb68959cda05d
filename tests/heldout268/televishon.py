"""The smart TV in the Willemstad living room (a fictional Karibu Vision brand)
with automatic content recognition (ACR).

The TV fingerprints the screen and reports matches: content, channel or HDMI
input, start and seconds watched (the viewing data the FTC described for
smart-TV ACR, FTC v. VIZIO, 2017). Keys mix English and Papiamentu. It is
identified by its ACR id, serial and Wi-Fi MAC; an older ACR client sends
nameless protobuf rows. The "my viewing" summary comes back in a response. The
home-screen rails, the store, the firmware check and the island-wide ratings
are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rf, rid

API = "https://api.karibuvision.example"
ACR = "https://acr.karibuvision.example"
UA = "KaribuVision/5.4 (Linux; Android TV 12; KV-50Q7)"
KANALNAN = ["TeleCuraçao", "CBA TV", "Netflix", "YouTube", "ESPN Caribbean", "NPO 1"]
PROGRAMANAN = [
    "Notisiero 7'or",
    "Beisbòl: Curaçao vs Venezuela",
    "Wie is de Mol?",
    "Bridgerton S3E4",
    "Seú 2024 live",
    "Boer zoekt Vrouw",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "karibu-tv", method, url)
    b.header("user-agent", UA)
    return b


def registra(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tv/registra")
    b.json(
        {
            "acrId": b.id("tv_acr_id", where="json acrId"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "modelo": "KV-50Q7",
            "pais": "CW",
            "acrPermiso": True,
        }
    )
    b.ok_json({"kuenta": b.acct("tv_account"), "acr": ACR})
    return b.build()


def acr_match(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/match")
    b.header("x-acr-id", b.id("tv_acr_id", where="header x-acr-id"))
    b.view("json matchnan[] (ACR: programa, kanal, mira_sek)")
    b.json(
        {
            "matchnan": [
                {
                    "contentId": f"kv{c.rng.randint(10**6, 10**7)}",
                    "kanal": c.rng.choice(KANALNAN),
                    "programa": c.rng.choice(PROGRAMANAN),
                    "kuminsa": iso(c),
                    "mira_sek": c.rng.randint(30, 3600),
                    "input": c.rng.choice(["HDMI1", "HDMI2", "TUNER", "APP"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_protobuf(c: Context) -> Flow:
    b = FB(c, "karibu-tv", "POST", f"{ACR}/p")
    b.header("user-agent", "kv-acr/1.2")
    b.header("content-type", "application/octet-stream")
    serial = b.id("tv_serial", "protobuf", "protobuf field 1", detectable=False)
    b.view("protobuf field 2 rows (content, s, ts)", detectable=False)
    rows = [
        pb_msg(
            2,
            [
                pb_varint(1, c.rng.randint(10**6, 10**7)),
                pb_varint(2, c.rng.randint(30, 3600)),
                pb_varint(3, ms(c)),
            ],
        )
        for _ in range(c.rng.randint(1, 4))
    ]
    b.body = pb_bytes(1, serial) + b"".join(rows)
    b.respond(200, "application/octet-stream", pb_varint(1, 0))
    return b.build()


def mi_mira(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/mi-mira/resumen?dianan=7")
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.view("response json loke_bo_a_mira[] (viewing summary)", direction="response")
    b.ok_json(
        {
            "loke_bo_a_mira": [
                {
                    "programa": c.rng.choice(PROGRAMANAN),
                    "kanal": c.rng.choice(KANALNAN),
                    "ora": iso(c),
                    "minüt": c.rng.randint(5, 180),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def network(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tv/red")
    mac = b.id("tv_mac", "lower", "response json mac", direction="response")
    b.ok_json({"tipo": "wifi", "mac": mac, "ssid": "KT-Fiber-5G", "rssi": -c.rng.randint(40, 80)})
    return b.build()


def rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home?idioma=pap")
    b.ok_json(
        {
            "rails": [
                {"titulo": "Rekomendá", "items": [f"app_{i}" for i in range(6)]},
                {
                    "titulo": "Pelikula",
                    "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(6)],
                },
            ]
        }
    )
    return b.build()


def ratings(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/rating?pais=CW")
    b.decoy("island-wide audience shares (aggregate)")
    b.ok_json(
        {
            "rating": [
                {"programa": p, "kanal": k, "share": rf(c.rng, 1, 30, 1)}
                for p, k in zip(PROGRAMANAN, KANALNAN, strict=False)
            ]
        }
    )
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/fw?modelo=KV-50Q7&v=5.4.118")
    b.decoy("firmware check with checksum")
    b.ok_json({"ultimo": "5.4.121", "sha256": rid(c.rng).replace("-", "") * 2, "size": 912000000})
    return b.build()


def remote(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/remote")
    b.json({"tecla": c.rng.choice(["VOL_UP", "CH_DOWN", "OK", "HOME"]), "t": ms(c)})
    b.no_content()
    return b.build()
