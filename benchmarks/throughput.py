"""Throughput of `newsrefinery refine` beside trafilatura's own command-line tool.

Both run as subprocesses on the same files in the same run, with 1 and 2 processes.
Reported: documents per second, the ratio ours / trafilatura, and the peak resident
memory of the whole process tree (sampled every 20 ms; forked workers share pages,
so the sum over-counts what the machine really spends).

    .venv/bin/python benchmarks/throughput.py [--shared ../shared] [--copies 3]

Inputs: the HTML and text files of ../shared/samples and ../shared/benchdata/scraped-dev,
copied `--copies` times under different names. trafilatura reads HTML only, so the
text rows have no peer figure.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _collect(shared: Path, suffix: str) -> list[Path]:
    roots = [shared / "samples", shared / "benchdata" / "scraped-dev"]
    return sorted(p for r in roots for p in r.rglob(f"*{suffix}") if p.is_file())


def _prepare(files: list[Path], dest: Path, copies: int) -> int:
    dest.mkdir(parents=True)
    for c in range(copies):
        for i, f in enumerate(files):
            shutil.copyfile(f, dest / f"{c:02d}_{i:04d}{f.suffix}")
    return len(files) * copies


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of `pid` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        stack.extend(children.get(p, []))
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total


def _measure(cmd: list[str], cwd: Path) -> tuple[float, int]:
    """Wall seconds and peak tree RSS (KiB) of one command."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0

    def sample() -> None:
        nonlocal peak
        while proc.poll() is None:
            peak = max(peak, _tree_rss_kb(proc.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    sampler.join()
    seconds = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{cmd[0]} failed ({proc.returncode}): {err.decode()[-500:]}")
    return seconds, peak


def _ours(inputs: Path, jobs: int, work: Path) -> tuple[float, int]:
    db = work / f"bench_{inputs.name}_{jobs}.db"
    cmd = [str(BIN / "newsrefinery"), "refine", str(inputs), "--db", str(db), "--jobs", str(jobs)]
    return _measure(cmd, work)


def _trafilatura(inputs: Path, jobs: int, work: Path) -> tuple[float, int]:
    out = work / f"traf_{inputs.name}_{jobs}"
    cmd = [str(BIN / "trafilatura"), "--input-dir", str(inputs), "-o", str(out)]
    cmd += ["--parallel", str(jobs), "--no-comments"]
    return _measure(cmd, work)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--copies", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="nr-bench-") as tmp:
        work = Path(tmp)
        sets = {
            "html": _prepare(_collect(args.shared, ".html"), work / "html", args.copies),
            "text": _prepare(_collect(args.shared, ".txt"), work / "text", args.copies),
        }
        print(f"{'input':6} {'jobs':>4} {'docs':>6} {'ours docs/s':>12} {'peak MB':>8} "
              f"{'trafilatura docs/s':>19} {'peak MB':>8} {'ours/traf':>9}")  # fmt: skip
        for kind, n in sets.items():
            for jobs in (1, 2):
                s, mem = _ours(work / kind, jobs, work)
                row = f"{kind:6} {jobs:>4} {n:>6} {n / s:>12.1f} {mem / 1024:>8.0f}"
                if kind == "html":
                    ts, tmem = _trafilatura(work / kind, jobs, work)
                    row += f" {n / ts:>19.1f} {tmem / 1024:>8.0f} {ts / s:>9.2f}"
                else:
                    row += f" {'n/a (HTML only)':>19} {'':>8} {'':>9}"
                print(row, flush=True)


if __name__ == "__main__":
    main()
