"""The Istanbul living-room smart TV (a fictional Vestel-style "Ufuk" brand) with
automatic content recognition (ACR).

The TV fingerprints what is on screen and reports the matches (content id,
channel, programme, start, seconds watched), the viewing information the FTC
described for smart-TV ACR (FTC v. VIZIO, 2017,
https://www.ftc.gov/legal-library/browse/cases-proceedings/162-3024-vizio-inc-vizio-inscape-services-llc);
field names are the maker's own snake_case Turkish without Turkish letters
(`icerik_kimligi`, `izlenen_sn`). The TV is identified by its ACR id, its
serial (`seri_no`) and its Wi-Fi and Ethernet MACs. An older firmware sends
positional rows keyed by a SHA-1 of the serial. Home-screen rails, the app
store, ratings shares (`reyting`) and remote-key telemetry are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

API = "https://portal.ufuk-tv.example"
ACR = "https://acr.ufuk-tv.example"
UA = "Mozilla/5.0 (Linux; Android 11; UfukSmart 55U9700) UfukTV/3.4 HbbTV/1.5.1"
KANALLAR = ["TRT 1", "Show TV", "ATV", "Kanal D", "Star TV", "NOW", "YouTube", "Netflix"]
PROGRAMLAR = [
    "Ana Haber Bülteni",
    "Yalı Çapkını",
    "Survivor All Star",
    "Gelinim Mutfakta",
    "Beşiktaş - Trabzonspor",
    "Kızılcık Şerbeti",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ufuk-tv", method, url)
    b.header("user-agent", UA)
    return b


def kayit(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tv/kayit")
    b.json(
        {
            "acr_kimligi": b.id("tv_acr_id", where="json acr_kimligi"),
            "seri_no": b.id("tv_serial", where="json seri_no"),
            "wifi_mac": b.id("tv_wifi_mac", where="json wifi_mac"),
            "ethernet_mac": b.id("tv_eth_mac", where="json ethernet_mac"),
            "model": "55U9700",
            "ulke": "TR",
            "acr_onay": True,
        }
    )
    b.ok_json({"hesap": b.acct("tv_hesap"), "acr_adresi": ACR})
    return b.build()


def acr_rapor(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/eslesmeler")
    b.header("x-acr-kimligi", b.id("tv_acr_id", where="header x-acr-kimligi"))
    b.view("json eslesmeler[] (ACR)")
    b.json(
        {
            "eslesmeler": [
                {
                    "icerik_kimligi": f"uf{c.rng.randint(10**6, 10**7)}",
                    "kanal": c.rng.choice(KANALLAR),
                    "program": c.rng.choice(PROGRAMLAR),
                    "eslesme_zamani": iso(c),
                    "izlenen_sn": c.rng.randint(60, 3600),
                    "kaynak": c.rng.choice(["HDMI2", "ANTEN", "UYGULAMA"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        }
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = FB(c, "ufuk-tv", "POST", f"{ACR}/x")
    b.header("user-agent", "ufacr/1.9")
    k = b.id("tv_serial", "sha1", "json a", detectable=False)
    b.view("json b[] rows", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(0, 7), ms(c), c.rng.randint(60, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"a": k, "b": rows})
    b.no_content()
    return b.build()


def izleme_ozeti(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/izleme/ozet?gun=7")
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.view("response json son_izlenenler[]", direction="response")
    b.ok_json(
        {
            "son_izlenenler": [
                {
                    "program": c.rng.choice(PROGRAMLAR),
                    "kanal": c.rng.choice(KANALLAR),
                    "izlenme_zamani": iso(c),
                    "dakika": c.rng.randint(5, 150),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def ag_durumu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tv/ag")
    mac = b.id("tv_wifi_mac", "lower", "response json mac", direction="response")
    b.ok_json(
        {"tur": "wifi", "mac": mac, "ssid": "SUPERONLINE_5G", "sinyal": -c.rng.randint(40, 80)}
    )
    return b.build()


def ana_ekran(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/anaekran/raflar?dil=tr")
    b.ok_json(
        {
            "raflar": [
                {"baslik": "Önerilen", "ogeler": [f"app_{i}" for i in range(6)]},
                {
                    "baslik": "Filmler",
                    "ogeler": [f"fl_{c.rng.randint(100, 999)}" for _ in range(6)],
                },
            ]
        }
    )
    return b.build()


def reyting(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/reyting/dun?ulke=TR")
    b.decoy("aggregate ratings shares per programme (not one viewer)")
    b.ok_json(
        {
            "reytingler": [
                {
                    "program": p,
                    "kanal": k,
                    "reyting": rf(c.rng, 1, 12, 2),
                    "pay": rf(c.rng, 3, 30, 1),
                }
                for p, k in zip(PROGRAMLAR, KANALLAR, strict=False)
            ]
        }
    )
    return b.build()


def uygulama_magazasi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/magaza/uygulamalar?sayfa=1")
    b.ok_json(
        {
            "uygulamalar": [
                {"id": a, "puan": rf(c.rng, 3, 5, 1)}
                for a in ("youtube", "netflix", "dizikeyif", "tabii", "trt-izle")
            ]
        }
    )
    return b.build()


def kumanda(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/kumanda/tus")
    b.json({"tus": c.rng.choice(["SES_ARTI", "KANAL_ARTI", "TAMAM", "ANA_MENU"]), "t": ms(c)})
    b.no_content()
    return b.build()
