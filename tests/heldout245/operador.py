"""Oficina TUL: the operator's supervisor app (the depot of a fictional Lisbon
tram and metro operator, "Transportes Urbanos de Lisboa").

Almost everything it does is ordinary work traffic that looks sensitive:

* onboard CCTV: the list of a vehicle's recordings, a footage-retrieval
  request for an incident (`pedido de extração`), the retrieved clip and live
  thumbnails. Retrieving footage of a tram is not anyone's viewing history;
* passenger-counting cameras (APC): boardings and alightings per stop and
  door. Counts, not biometric data;
* ticket validators: their state, serials and firmware (the operator's
  equipment, not the phone's);
* the trams' infotainment screens: play logs of what each screen showed and
  for how long (a screen's play log, not a person's viewing);
* telematics: positions, VINs and the modems' IMEIs;
* rosters, incidents, work orders.

The app registers the phone once (its own ANDROID_ID under `idAndroid`) and a
push-token refresh repeats it; those are the phone's identifiers.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, fake_mp4

from .fleet import FROTA, MOTORISTAS, PARAGENS
from .phone import LB, iso, ms, rf, rid, ua

API = "https://api.oficina.tul-lisboa.example"
VMS = "https://vms.tul-lisboa.example"
UA = ua("OficinaTUL", "2.18.4")


def _b(c: Context, method: str, url: str, sdk: str = "oficina-tul") -> LB:
    b = LB(c, sdk, method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.header("x-pedido-id", rid(c.rng))
    return b


def _v(c: Context):
    return c.rng.choice(FROTA)


def registar_telemovel(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/dispositivos/registar")
    b.json(
        {
            "idAndroid": b.id("aid_ops", where="json idAndroid"),
            "numeroMecanografico": b.acct("staff_no"),
            "modelo": "SM-G736B",
            "versaoApp": "2.18.4",
            "estacao": "Estação de Santo Amaro",
        }
    )
    b.ok_json({"registado": True, "perfil": "supervisor_oficina"})
    return b.build()


def token_push(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v3/dispositivos/token-push")
    b.header("x-id-dispositivo", b.id("aid_ops", where="header x-id-dispositivo"))
    b.json({"tokenFcm": new_hex(c.rng, 22) + ":APA91b" + new_hex(c.rng, 60), "ativo": True})
    b.no_content()
    return b.build()


def sessao_opaca(c: Context) -> Flow:
    """Session refresh; the app's 'k' field is sha1 of its ANDROID_ID."""
    b = _b(c, "POST", f"{API}/api/v3/sessao/renovar")
    b.json({"k": b.id("aid_ops", "sha1", "json k", detectable=False), "t": ms(c)})
    b.ok_json({"expira": 3600, "token": new_hex(c.rng, 40)})
    return b.build()


def gravacoes(c: Context) -> Flow:
    v = _v(c)
    b = _b(c, "GET", f"{VMS}/api/v1/viaturas/{v.numero}/gravacoes?data={iso(c)[:10]}")
    b.decoy("onboard CCTV recordings list with camera serials (the operator's equipment)")
    b.ok_json(
        {
            "viatura": v.numero,
            "gravacoes": [
                {
                    "camara": cam,
                    "inicio": iso(c),
                    "duracaoSegundos": c.rng.choice([900, 1800, 3600]),
                    "tamanhoMb": c.rng.randint(200, 2400),
                }
                for cam in v.cameras
            ],
        }
    )
    return b.build()


def pedido_extracao(c: Context) -> Flow:
    v = _v(c)
    b = _b(c, "POST", f"{VMS}/api/v1/extracoes")
    b.decoy("footage retrieval request for an incident (not viewing history)")
    b.json(
        {
            "viatura": v.numero,
            "camaras": list(v.cameras[:2]),
            "inicio": iso(c),
            "duracaoSegundos": c.rng.choice([60, 120, 300]),
            "motivo": c.rng.choice(["ocorrência a bordo", "queixa de passageiro", "sinistro"]),
            "processo": f"OC-2025-{c.rng.randint(1000, 9999)}",
        }
    )
    b.ok_json({"idExtracao": rid(c.rng), "estado": "em fila"})
    return b.build()


def clip_extraido(c: Context) -> Flow:
    v = _v(c)
    b = _b(c, "GET", f"{VMS}/api/v1/extracoes/{rid(c.rng)}/ficheiro/{v.cameras[0]}.mp4")
    b.header("range", "bytes=0-")
    b.decoy("retrieved onboard CCTV clip (footage retrieval, not viewing)")
    b.respond(206, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 900))
    return b.build()


def miniatura_camara(c: Context) -> Flow:
    v = _v(c)
    cam = c.rng.choice(v.cameras)
    b = _b(c, "GET", f"{VMS}/api/v1/camaras/{cam}/miniatura.jpg?t={ms(c)}")
    b.decoy("live CCTV thumbnail of a saloon (a video frame, not a face-API upload)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))
    return b.build()


def contagem_passageiros(c: Context) -> Flow:
    v = _v(c)
    b = _b(c, "GET", f"{API}/api/v2/apc/viaturas/{v.numero}/contagens?servico={iso(c)[:10]}")
    b.decoy("passenger counts per stop and door (counts, not biometric)")
    b.ok_json(
        {
            "viatura": v.numero,
            "carreira": v.carreira,
            "paragens": [
                {
                    "paragem": p,
                    "porta": c.rng.randint(1, 3),
                    "entradas": c.rng.randint(0, 40),
                    "saidas": c.rng.randint(0, 40),
                    "ocupacaoEstimada": c.rng.randint(5, 180),
                    "confianca": rf(c.rng, 0.9, 0.99, 2),
                }
                for p in c.rng.sample(PARAGENS, 4)
            ],
        }
    )
    return b.build()


def validadores(c: Context) -> Flow:
    v = _v(c)
    b = _b(c, "GET", f"{API}/api/v2/bilhetica/viaturas/{v.numero}/validadores")
    b.decoy("ticket validators' serials and firmware (the operator's equipment)")
    b.ok_json(
        {
            "validadores": [
                {
                    "numeroSerie": s,
                    "firmware": "4.2." + str(c.rng.randint(0, 9)),
                    "estado": c.rng.choice(["ativo", "ativo", "fora de serviço"]),
                    "validacoesHoje": c.rng.randint(50, 900),
                    "ultimaSincronizacao": iso(c),
                }
                for s in v.validadores
            ]
        }
    )
    return b.build()


def avaria_validador(c: Context) -> Flow:
    v = _v(c)
    b = _b(c, "POST", f"{API}/api/v2/bilhetica/avarias")
    b.decoy("fault report naming a validator serial (not the phone)")
    b.json(
        {
            "numeroSerie": c.rng.choice(v.validadores),
            "viatura": v.numero,
            "codigoErro": c.rng.choice(["E31 leitor Calypso", "E07 impressora", "E12 ecrã"]),
            "fotografia": None,
        }
    )
    b.ok_json({"ordemTrabalho": f"OT{c.rng.randint(100000, 999999)}"})
    return b.build()


def registo_ecras(c: Context) -> Flow:
    v = _v(c)
    b = _b(c, "GET", f"{API}/api/v2/infotainment/ecras/{v.ecras[0]}/registo-reproducao")
    b.decoy("onboard screen's play log (a screen's log, not a person's viewing)")
    conteudos = ["Campanha Navegante", "Avisos de segurança", "Lisboa em Festa", "Meteorologia"]
    b.ok_json(
        {
            "ecra": v.ecras[0],
            "reproducoes": [
                {
                    "conteudo": c.rng.choice(conteudos),
                    "inicio": iso(c),
                    "duracaoSegundos": c.rng.choice([10, 15, 20, 30]),
                    "paragem": c.rng.choice(PARAGENS),
                }
                for _ in range(5)
            ],
        }
    )
    return b.build()


def telemetria(c: Context) -> Flow:
    v = _v(c)
    b = _b(c, "GET", f"{API}/api/v2/telematica/viaturas/{v.numero}")
    b.decoy("vehicle VIN, telematics modem IMEI and position (the operator's vehicle)")
    b.ok_json(
        {
            "viatura": v.numero,
            "vin": v.vin,
            "modem": {"imei": v.modem_imei, "operadora": "MEO", "rssi": -c.rng.randint(60, 95)},
            "posicao": {"lat": rf(c.rng, 38.69, 38.78, 5), "lon": rf(c.rng, -9.23, -9.09, 5)},
            "velocidadeKmh": c.rng.randint(0, 45),
            "odometroKm": c.rng.randint(200000, 1900000),
        }
    )
    return b.build()


def percurso(c: Context) -> Flow:
    v = _v(c)
    b = _b(c, "GET", f"{API}/api/v2/telematica/viaturas/{v.numero}/percurso?horas=2")
    b.decoy("coordinate list of a vehicle's path")
    b.ok_json(
        {
            "pontos": [
                [rf(c.rng, 38.69, 38.78, 5), rf(c.rng, -9.23, -9.09, 5), ms(c)] for _ in range(12)
            ]
        }
    )
    return b.build()


def escala(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/escalas?data={iso(c)[:10]}&estacao=SAM")
    b.ok_json(
        {
            "turnos": [
                {
                    "motorista": m,
                    "viatura": _v(c).numero,
                    "entrada": f"{c.rng.randint(5, 15):02d}:{c.rng.choice(['00', '30'])}",
                }
                for m in c.rng.sample(MOTORISTAS, 4)
            ]
        }
    )
    return b.build()


def ocorrencia(c: Context) -> Flow:
    v = _v(c)
    b = _b(c, "POST", f"{API}/api/v2/ocorrencias")
    b.decoy("incident number and trace id")
    b.json(
        {
            "viatura": v.numero,
            "tipo": c.rng.choice(["pantógrafo", "porta bloqueada", "vandalismo", "atraso"]),
            "paragem": c.rng.choice(PARAGENS),
            "descricao": "Registada pela supervisão da oficina",
            "traceId": new_hex(c.rng, 32),
        }
    )
    b.ok_json({"numero": f"OC-2025-{c.rng.randint(1000, 9999)}"})
    return b.build()


def ordens_trabalho(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/manutencao/ordens?estado=abertas")
    b.decoy("work order numbers")
    b.ok_json(
        {
            "ordens": [
                {
                    "numero": f"OT{c.rng.randint(100000, 999999)}",
                    "viatura": _v(c).numero,
                    "descricao": c.rng.choice(["troca de sapatas", "revisão 60 000 km", "bogie"]),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()
