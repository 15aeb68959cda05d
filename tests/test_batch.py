"""Batch runs: identical output for any number of workers, a Dask cluster, bad files."""

from __future__ import annotations

import json
import shutil

import pyarrow.parquet as pq
import pytest
from conftest import ROOT

from exfilwatch import batch
from exfilwatch.cli import main
from exfilwatch.engine import EngineOptions
from exfilwatch.sinks.jsonl_sink import finding_line
from exfilwatch.sources import SourceOptions

DEMO = ROOT / "captures" / "demo-shortvideo.har"
KNOWN = str(ROOT / "captures" / "known.yaml")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("inputs")
    har = json.loads(DEMO.read_text())
    for i in range(6):
        entries = har["log"]["entries"][i:] + har["log"]["entries"][:i]
        (folder / f"session-{i}.har").write_text(json.dumps({"log": {"entries": entries}}))
    (folder / "session-3b-corrupt.har").write_bytes(b'{"log": {"entries": [{"req')
    return folder


def _strip(lines: list[str]) -> list[dict]:
    out = []
    for line in lines:
        data = json.loads(line)
        data.pop("time")
        out.append(data)
    return out


def _scan(inputs, tmp_path, *extra):
    out = tmp_path / f"out{len(list(tmp_path.iterdir()))}.jsonl"
    code = main(["scan", str(inputs), "--known", KNOWN, "-o", str(out), "--no-progress", *extra])
    return code, out.read_text().splitlines()


def test_jobs_1_and_2_give_identical_output(inputs, tmp_path, capsys):
    code1, one = _scan(inputs, tmp_path, "--jobs", "1")
    code2, two = _scan(inputs, tmp_path, "--jobs", "2")
    assert code1 == code2 == 2  # the corrupt file is reported ...
    assert "session-3b-corrupt.har" in capsys.readouterr().err
    assert one and one == two  # ... and everything else completes, in the same order


def test_large_files_are_split_and_merged_in_order(inputs):
    files = [str(p) for p in sorted(inputs.glob("session-[0-9].har"))]
    options = EngineOptions(known_file=KNOWN)
    whole = list(batch.run_local(files, options, SourceOptions(), 1))
    units = batch.plan(files, jobs=3, split_bytes=1)
    assert len(units) == 3 * len(files)
    parts = [batch.run_unit(u, options, SourceOptions()) for u in units]
    merged = [batch.merge(parts[i : i + 3]) for i in range(0, len(parts), 3)]
    assert [[f.to_dict() for f in r.findings] for r in merged] == [
        [f.to_dict() for f in r.findings] for r in whole
    ]
    assert [r.flows for r in merged] == [r.flows for r in whole]
    # Workers that serialise (JSONL output) merge their lines in the same order.
    lines = [batch.run_unit(u, options, SourceOptions(), serialize=True) for u in units]
    merged_lines = [batch.merge(lines[i : i + 3]).lines for i in range(0, len(lines), 3)]
    assert merged_lines == [[finding_line(f) for f in r.findings] for r in whole]


def _whole(path, options, jobs):
    (result,) = batch.run_local([str(path)], options, SourceOptions(), jobs)
    return result


def _scan_lines(target, known, jobs, tmp_path) -> tuple[int, list[dict]]:
    out = tmp_path / f"out-{target.name}-{jobs}.jsonl"
    code = main(["scan", str(target), "--known", str(known), "-o", str(out), "--no-progress",
                 "--jobs", jobs])  # fmt: skip
    return code, _strip(out.read_text().splitlines())


def test_a_capture_is_streamed_to_the_workers_and_gives_the_same_output(monkeypatch, tmp_path):
    """A large capture is read once, here, and analysed by the workers a run of
    exchanges at a time: the same findings in the same order as one process."""
    capture = ROOT / "tests" / "fixtures" / "pcap" / "mixed.pcap"
    monkeypatch.setattr(batch, "PCAP_SPLIT_BYTES", 1)
    monkeypatch.setattr(batch, "RUN_EXCHANGES", 3)
    assert [u.parts for u in batch.plan([str(capture)], jobs=8)] == [2, 2]
    assert [u.parts for u in batch.plan([str(capture)], jobs=1)] == [1]
    sizes: list[int] = []
    cut = batch._runs

    def recorded(exchanges):
        for run in cut(exchanges):
            sizes.append(len(run))
            yield run

    monkeypatch.setattr(batch, "_runs", recorded)  # runs are cut here, in the parent
    one = _scan_lines(capture, capture.parent / "known.yaml", "1", tmp_path)
    assert sizes == []  # one process reads and analyses: nothing is streamed
    two = _scan_lines(capture, capture.parent / "known.yaml", "2", tmp_path)
    assert one[1] and one == two
    flows = _whole(capture, EngineOptions(), 1).flows
    assert len(sizes) > 3 and max(sizes) == 3 and sum(sizes) == flows


def test_a_truncated_streamed_capture_keeps_what_was_read(monkeypatch, tmp_path):
    data = (ROOT / "tests" / "fixtures" / "pcap" / "mixed.pcap").read_bytes()
    capture = tmp_path / "cut.pcap"
    capture.write_bytes(data[: int(len(data) * 0.7)])
    shutil.copy(ROOT / "tests" / "fixtures" / "pcap" / "mixed.pcap.keylog", f"{capture}.keylog")
    monkeypatch.setattr(batch, "PCAP_SPLIT_BYTES", 1)
    monkeypatch.setattr(batch, "RUN_EXCHANGES", 4)
    one, two = (_whole(capture, EngineOptions(), jobs) for jobs in (1, 2))
    assert two.error == one.error and two.error.startswith(f"{capture}: truncated capture")
    assert two.flows == one.flows >= 10
    assert [f.to_dict() for f in two.findings] == [f.to_dict() for f in one.findings]


def test_a_run_whose_worker_died_costs_its_flows_not_the_file(tmp_path):
    from concurrent.futures import Future

    from exfilwatch.model import Exchange, Request

    run = [(i, Exchange("x.har", f"f{i}", Request("GET", "https://a.example/"))) for i in (4, 5)]
    died: Future = Future()
    died.set_exception(RuntimeError("worker died"))
    result = batch._settled("x.har", run, died)
    assert result.unanalysed == result.flows == 2
    assert result.failure == "flows f4 to f5: analysis failed: RuntimeError('worker died')"

    def refused(path, run):
        raise RuntimeError("pool broken")

    result = batch._settled("x.har", run, batch._submitted(refused, "x.har", run))
    assert result.unanalysed == 2 and "pool broken" in result.failure


def test_local_dask_cluster_gives_the_same_findings(inputs, tmp_path):
    distributed = pytest.importorskip("distributed")
    _, local = _scan(inputs, tmp_path, "--jobs", "1")
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=False,
            dashboard_address=None,
            protocol="tcp",
            host="127.0.0.1",
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        files = [str(p) for p in sorted(inputs.glob("*.har"))]
        options = EngineOptions(known_file=KNOWN)
        results = list(batch.run_dask(files, options, SourceOptions(), client))
    lines = [json.dumps(f.to_dict()) for r in results for f in r.findings]
    assert _strip(lines) == _strip(local)
    assert [r.error is not None for r in results].count(True) == 1


def test_fsspec_urls(inputs):
    fsspec = pytest.importorskip("fsspec")
    fs = fsspec.filesystem("memory")
    fs.pipe("/captures/demo.har", DEMO.read_bytes())
    results = list(
        batch.run_local(["memory://captures"], EngineOptions(known_file=KNOWN), SourceOptions(), 1)
    )
    assert len(results) == 1 and results[0].findings
    assert results[0].findings[0].source == "memory://captures/demo.har"


def test_parquet_output(inputs, tmp_path):
    folder = tmp_path / "parquet"
    _, lines = _scan(inputs, tmp_path, "--jobs", "1", "--output-parquet", str(folder))
    table = pq.read_table(folder / "findings.parquet")
    assert table.num_rows == len(lines)
    assert {"category", "destination_owner", "encodings"} <= set(table.column_names)


def test_worker_crash_is_reported_not_fatal(monkeypatch, tmp_path):
    target = tmp_path / "x.har"
    shutil.copy(DEMO, target)

    class Boom:
        def result(self):
            raise RuntimeError("worker died")

    results = list(batch._ordered([batch.WorkUnit(str(target))], lambda unit: Boom(), 2))
    assert results[0].error and "worker died" in results[0].error
