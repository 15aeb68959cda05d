"""Parcel tracking: Correios SRO (Brazil) and a Yurtiçi-like Turkish courier app.

All look-alikes: scan history rows with dates and times, progress bars, courier
ids, branch codes. Correios answers as its public proxy API does
(proxyapp.correios.com.br/v1/sro-rastro/{code}: objetos[].eventos[] with
dtHrCriado, descricao, unidade.endereco.cidade/uf; see e.g. the open-source
Keader/KeaderTracker client). The Turkish app uses its own keys (hareketler,
tarih, saat, birim, durum).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, rid

CIDADES = [("SAO PAULO", "SP"), ("CAJAMAR", "SP"), ("CURITIBA", "PR"), ("CAMPINAS", "SP")]
SEHIRLER = ["İstanbul Avrupa Aktarma", "Ankara Aktarma", "Kadıköy Şube", "Esenyurt Şube"]


def correios(c: Context) -> Flow:
    code = f"{c.rng.choice(['LB', 'NL', 'QB'])}{c.rng.randint(10**8, 10**9)}BR"
    b = FB(c, "correios", "GET", f"https://proxyapp.correios.com.br/v1/sro-rastro/{code}")
    b.header("user-agent", "Dart/3.3 (dart:io)")
    eventos = [
        {
            "codigo": c.rng.choice(["BDE", "RO", "OEC", "PO"]),
            "descricao": c.rng.choice(
                [
                    "Objeto em trânsito - por favor aguarde",
                    "Objeto saiu para entrega ao destinatário",
                    "Objeto postado",
                ]
            ),
            "dtHrCriado": iso(c)[:19],
            "unidade": {
                "tipo": "Unidade de Tratamento",
                "endereco": dict(zip(("cidade", "uf"), c.rng.choice(CIDADES), strict=True)),
            },
        }
        for _ in range(c.rng.randint(2, 6))
    ]
    b.ok_json(
        {
            "objetos": [
                {
                    "codObjeto": code,
                    "eventos": eventos,
                    "dtPrevista": iso(c)[:10],
                    "tipoPostal": {"categoria": "SEDEX"},
                }
            ],
            "quantidade": 1,
        }
    )
    b.decoy("parcel scan history: rows of date-times and places")
    return b.build()


def yurt_track(c: Context) -> Flow:
    no = str(c.rng.randint(10**11, 10**12))
    b = FB(c, "kargo", "GET", f"https://mobilapi.kargo-ornek.com.tr/v2/gonderi/{no}/hareketler")
    b.header("x-istek-id", rid(c.rng))
    b.ok_json(
        {
            "gonderiNo": no,
            "durum": c.rng.choice(["Dağıtımda", "Transferde", "Teslim edildi"]),
            "ilerleme": rf(c.rng, 0, 1, 2),
            "hareketler": [
                {
                    "tarih": iso(c)[:10],
                    "saat": iso(c)[11:16],
                    "birim": c.rng.choice(SEHIRLER),
                    "islem": "Okutuldu",
                    "kurye_no": c.rng.randint(1000, 9999),
                }
                for _ in range(c.rng.randint(2, 5))
            ],
        }
    )
    b.decoy("Turkish courier scan rows with times and courier number")
    return b.build()


def delivery_photo(c: Context) -> Flow:
    no = str(c.rng.randint(10**11, 10**12))
    b = FB(c, "kargo", "GET", f"https://mobilapi.kargo-ornek.com.tr/v2/gonderi/{no}/teslim")
    b.ok_json(
        {
            "teslim_alan": "K*** R***",
            "imza_var": True,
            "teslim_foto_url": f"https://cdn.kargo-ornek.com.tr/pod/{no}.jpg",
            "teslim_zamani": iso(c),
            "konum": {"enlem": rf(c.rng, 40.9, 41.1, 5), "boylam": rf(c.rng, 28.8, 29.1, 5)},
        }
    )
    b.decoy("proof of delivery: masked name, photo link of the parcel, location")
    return b.build()


def locker_slots(c: Context) -> Flow:
    b = FB(c, "correios", "GET", "https://proxyapp.correios.com.br/v1/agencias")
    b.param("cep", f"0{c.rng.randint(1000, 9999)}-{c.rng.randint(100, 999)}")
    b.ok_json(
        {
            "agencias": [
                {
                    "nome": f"AC {c.rng.choice(['PINHEIROS', 'LAPA', 'MOOCA'])}",
                    "horario": "09:00-17:00",
                    "fila_min": c.rng.randint(0, 45),
                }
                for _ in range(3)
            ]
        }
    )
    b.decoy("post-office list with queue minutes")
    return b.build()
