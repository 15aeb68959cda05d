"""The privacy gate: policy schema, breaches, baseline, exit codes, JUnit XML."""

from __future__ import annotations

import textwrap
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from _findings_factory import (
    AAID,
    ADJUST,
    GOOGLE,
    finding,
    sample_findings,
    write_har,
    write_jsonl,
)
from conftest import ROOT

from exfilwatch.cli import main
from exfilwatch.gate import PolicyError, baseline_keys, evaluate, load_policy, parse_policy
from exfilwatch.sinks.store import Store

EXAMPLE = ROOT / "examples" / "policy.yaml"


def names(result) -> list[tuple[str, str]]:
    return sorted((b.rule.name, b.finding.flow) for b in result.breaches)


def test_example_policy_on_sample_findings() -> None:
    policy = load_policy(EXAMPLE)
    result = evaluate(policy, sample_findings())
    assert names(result) == [
        ("no-biometrics", "f05"),
        ("no-device-ids-to-third-parties", "f03"),  # ByteDance
        ("no-device-ids-to-third-parties", "f04"),  # Google; Adjust (f01, f02) is excepted
        ("no-viewing-history-to-ad-tech", "f06"),  # Google, third; f07 is first party
        ("nothing-to-watched-countries", "f03"),  # ByteDance, CN
        ("nothing-to-watched-countries", "f05"),  # Megvii, CN
    ]
    assert not result.passed and result.checked == 7


@pytest.mark.parametrize(
    ("rule", "flows"),
    [
        ("{category: device_id}", ["f01", "f02", "f03", "f04"]),
        ("{countries: [SG], country_of: server}", ["f03"]),
        ("{countries: [SG], country_of: owner}", []),
        ("{countries: [cn]}", ["f03", "f05"]),
        ("{owners: ['alphabet inc.']}", ["f04", "f06"]),  # the parent company
        ("{hosts: [adjust.com]}", ["f01", "f02"]),
        ("{signatures: ['known.*']}", ["f03", "f04"]),
        ("{min_severity: high}", ["f01", "f02", "f03", "f05"]),
        ("{party: first}", ["f07"]),
        (
            "{category: [device_id, biometric], except_hosts: [adjust.com, faceid.example]}",
            ["f03", "f04"],
        ),
        ("{category: device_id, except_signatures: ['known.*']}", ["f01", "f02"]),
    ],
)
def test_conditions(rule: str, flows: list[str]) -> None:
    policy = parse_policy(f"deny:\n  - {rule}\n")
    assert sorted(b.finding.flow for b in evaluate(policy, sample_findings()).breaches) == flows


def test_allow_and_min_confidence() -> None:
    policy = parse_policy("min_confidence: 0.96\ndeny: [{category: device_id}]\n")
    assert evaluate(policy, sample_findings()).breaches == []  # all are 0.95
    policy = parse_policy("deny: [{category: device_id}]\nallow: [{owners: [Google LLC]}]\n")
    result = evaluate(policy, sample_findings())
    assert sorted(b.finding.flow for b in result.breaches) == ["f01", "f02", "f03"]
    assert result.allowed == 2


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("deny: []\n", "deny: [] should be non-empty"),
        ("deny:\n  - categry: biometric\n", ":2: deny/0: Unevaluated properties"),
        ("deny:\n  - countries: [CHN]\n", ":2: deny/0/countries/0: 'CHN' does not match"),
        ("deny:\n  - party: someone\n", ":2: deny/0/party"),
        ("name: x\n", ":1: (top): 'deny' is a required property"),
        (
            "deny: [{category: biometric}]\nallow:\n  - reason: everything\n",
            ":3: allow/0: needs a condition",
        ),
        (
            "deny:\n  - {name: a, category: x}\n  - {name: a, category: y}\n",
            ":3: deny/1: rule name 'a' used twice",
        ),
        ("deny: [unclosed\n", ":2: invalid YAML"),
        ("version: 2\ndeny: [{category: x}]\n", ":1: version"),
    ],
)
def test_policy_errors_name_the_line(text: str, message: str) -> None:
    with pytest.raises(PolicyError) as err:
        parse_policy(text, "p.yaml")
    assert str(err.value).startswith("p.yaml")
    assert message in str(err.value)


def test_baseline_suppresses_known_leaks_only() -> None:
    """Accepted leaks stay accepted in a new build (new flow ids, query values, list index)."""
    policy = load_policy(EXAMPLE)
    accepted = sample_findings(source="build-41.har")
    new_build = sample_findings(source="build-42.har")
    for f in new_build:
        f.flow = "n" + f.flow  # different flow numbering
        f.url = f.url.replace(AAID, "00000000-1111-2222-3333-444444444444")
    new_build[2].location = new_build[2].location  # same place
    result = evaluate(policy, new_build, baseline_keys(accepted))
    assert result.passed and len(result.accepted) == 6
    leak = finding(
        "device_id",
        "known.android_id",
        GOOGLE,
        "n99",
        "body.json.events[7].cid",
        "/g/collect",
        source="build-42.har",
    )
    result = evaluate(policy, [*new_build, leak], baseline_keys(accepted))
    assert [(b.rule.name, b.finding.flow) for b in result.breaches] == [
        ("no-device-ids-to-third-parties", "n99")
    ]


def test_cli_exit_codes_and_breach_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    findings = write_jsonl(tmp_path / "findings.jsonl", sample_findings())
    assert main(["check", str(findings), "--policy", str(EXAMPLE)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 6
    line = next(x for x in out if "f03" in x)
    assert line.startswith("BREACH no-device-ids-to-third-parties: device_id -> ByteDance Ltd.")
    assert "flow f03" in line and "POST https://log.byteoversea.com/v1/event" in line
    assert "rule known.android_id at body.form.data|base64|json.$android_id" in line
    assert AAID not in "\n".join(out)
    # the same findings accepted as a baseline: the gate passes
    baseline = write_jsonl(tmp_path / "accepted.jsonl", sample_findings(source="old.har"))
    assert (
        main(["check", str(findings), "--policy", str(EXAMPLE), "--baseline", str(baseline)]) == 0
    )
    assert capsys.readouterr().out == ""


def test_cli_bad_input_is_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    findings = write_jsonl(tmp_path / "findings.jsonl", sample_findings())
    bad_policy = tmp_path / "bad.yaml"
    bad_policy.write_text("deny:\n  - categories: biometric\n")
    assert main(["check", str(findings), "--policy", str(bad_policy)]) == 2
    assert "bad.yaml:2: deny/0" in capsys.readouterr().err
    assert main(["check", str(findings), "--policy", str(tmp_path / "none.yaml")]) == 2
    assert main(["check", str(tmp_path / "missing.jsonl"), "--policy", str(EXAMPLE)]) == 2
    err = capsys.readouterr().err
    assert "missing.jsonl: no such file" in err and "Traceback" not in err
    assert main(["check", str(findings), "--policy", str(EXAMPLE), "--baseline", "gone.jsonl"]) == 2
    junit = tmp_path / "junit.xml"
    missing = str(tmp_path / "missing.jsonl")
    assert (
        main(["check", str(findings), missing, "--policy", str(EXAMPLE), "--junit", str(junit)])
        == 2
    )
    assert "BREACH" in capsys.readouterr().out  # what could be read is still checked
    suite = ET.parse(junit).getroot()[0]
    assert suite.get("errors") == "1" and suite.find("testcase/error") is not None


def test_clean_run_passes(tmp_path: Path) -> None:
    empty = tmp_path / "findings.jsonl"
    empty.write_text("")
    assert main(["check", str(empty), "--policy", str(EXAMPLE)]) == 0
    only_adjust = write_jsonl(tmp_path / "adjust.jsonl", sample_findings()[:2])
    assert main(["check", str(only_adjust), "--policy", str(EXAMPLE)]) == 0


def test_store_input(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        store.start_run()
        store.add_findings(sample_findings()[:2])
        store.start_run()
        store.add_findings(sample_findings())
    assert main(["check", f"{db}@1", "--policy", str(EXAMPLE)]) == 0
    assert main(["check", f"{db}@2", "--policy", str(EXAMPLE)]) == 1
    assert main(["check", str(db), "--policy", str(EXAMPLE), "--baseline", f"{db}@2"]) == 0


def test_junit_xml(tmp_path: Path) -> None:
    findings = sample_findings()
    findings.append(
        finding("device_id", "known.android_id", GOOGLE, "f14", "body.json.cid", "/g/collect")
    )  # same leak as f04, another flow
    src = write_jsonl(tmp_path / "findings.jsonl", findings)
    baseline = write_jsonl(tmp_path / "accepted.jsonl", [findings[4]])  # the biometric one
    junit = tmp_path / "junit.xml"
    code = main(
        [
            "check",
            str(src),
            "--policy",
            str(EXAMPLE),
            "--baseline",
            str(baseline),
            "--junit",
            str(junit),
        ]
    )
    assert code == 1
    root = ET.parse(junit).getroot()
    assert root.tag == "testsuites"
    (suite,) = root
    cases = suite.findall("testcase")
    failures = [c for c in cases if c.find("failure") is not None]
    skipped = [c for c in cases if c.find("skipped") is not None]
    passed = [c for c in cases if len(c) == 0]
    assert int(suite.get("failures")) == len(failures) == 4  # f03 x2 rules, f04+f14 as one, f06
    assert int(suite.get("skipped")) == len(skipped) == 2  # biometric: two rules, accepted
    assert [c.get("name") for c in passed] == ["no-biometrics: holds"]  # nothing new there
    assert int(suite.get("tests")) == len(cases)
    grouped = next(f for f in failures if "www.google-analytics.com/g/collect" in f.get("name"))
    assert "flow f04" in grouped.find("failure").text and "flow f14" in grouped.find("failure").text
    assert grouped.get("classname") == "exfilwatch.policy.no-device-ids-to-third-parties"
    props = {p.get("name"): p.get("value") for p in suite.iter("property")}
    assert props["breaches"] == "5" and props["accepted_in_baseline"] == "2"
    # a passing run: one passing case per rule
    clean = write_jsonl(tmp_path / "clean.jsonl", sample_findings()[:2])
    assert main(["check", str(clean), "--policy", str(EXAMPLE), "--junit", str(junit)]) == 0
    suite = ET.parse(junit).getroot()[0]
    assert [c.get("name") for c in suite][1:] == [
        "no-biometrics: holds",
        "no-device-ids-to-third-parties: holds",
        "no-viewing-history-to-ad-tech: holds",
        "nothing-to-watched-countries: holds",
    ]


def test_check_captures_through_the_engine(tmp_path: Path) -> None:
    """FILES may be captures: they are analysed with the same engine as scan."""
    har = write_har(
        tmp_path / "session.har", [f"https://app.adjust.com/session?gps_adid={AAID}&app_token=abc"]
    )
    policy = tmp_path / "policy.yaml"
    policy.write_text(
        textwrap.dedent("""\
        deny:
          - name: no-aaid
            category: device_id
    """)
    )
    assert main(["check", str(har), "--policy", str(policy)]) == 1
    allow_adjust = tmp_path / "allow.yaml"
    allow_adjust.write_text("deny: [{category: device_id, except_hosts: [adjust.com]}]\n")
    assert main(["check", str(har), "--policy", str(allow_adjust)]) == 0
    assert ADJUST.host == "app.adjust.com"
