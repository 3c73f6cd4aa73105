#!/usr/bin/env python3
"""Build throughput of `kg build` on distinct copies of real-looking articles.

usage (from the project root):
  .venv/bin/python bench/speed.py [--copies 8] [--workers 1,2] [--batch-size 32] [--model NAME]
                                  [--sources bench/corpus seeds] [--repeat 1]

Ingest dedupes equal texts, so every copy gets its own file name and one unique sentence
("Benchmark copy 17 of 101_eu_china_pork_wto, variant 17.") appended to its last body paragraph.
Before timing, the script checks that every copy ingests like its original (same title, date,
byline, outlet, same text plus that sentence), and after, that the build counted every copy as an
article (nothing skipped as a duplicate).
For each process count it times, in a fresh temporary store each time, the installed CLI
(`.venv/bin/kg build DIR --store TMP --workers N`, model and batch size passed as KG_MODEL and
KG_BATCH_SIZE) on two sets: one copy of each source article (small) and --copies copies (large).
It reports the large build's articles/s (wall clock, start-up and model load included) and the
marginal articles/s, (n_large - n_small) / (t_large - t_small), which cancels the fixed
start-up cost (imports, model load, store write set-up) and is the number to compare runs by.
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KG = ROOT / ".venv" / "bin" / "kg"


def sources(dirs: list[str]) -> list[Path]:
    files = []
    for d in dirs:
        p = ROOT / d
        files += sorted(f for f in p.iterdir() if f.suffix in (".txt", ".md", ".html", ".htm")) if p.is_dir() else [p]
    return files


def make_copies(files: list[Path], copies: int, out: Path) -> int:
    """Write `copies` distinct copies of every file into `out`; returns how many were written.

    The unique sentence is appended to the end of the article's last body paragraph, on the
    same line, so the page keeps its shape (header, byline, date line, footer) and ingest reads
    the copy exactly like the original apart from that sentence (checked by `check_copies`)."""
    from kg.ingest import read_paths
    from kg.records import Article

    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for f in files:
        original = next(a for a in read_paths([f]) if isinstance(a, Article))
        raw = f.read_text(encoding="utf-8", errors="replace")
        last = [p for p in original.text.split("\n") if p.strip()][-1].rstrip()
        at = raw.rfind(last)
        if at < 0:
            sys.exit(f"{f}: cannot find its last body paragraph in the raw file")
        at += len(last)
        for i in range(copies):
            sentence = f" Benchmark copy {i + 1} of {f.stem}, variant {i + 1}."
            (out / f"c{i + 1:04d}_{f.name}").write_text(raw[:at] + sentence + raw[at:], encoding="utf-8")
            n += 1
    return n


def check_copies(files: list[Path], out: Path) -> None:
    """Every copy must ingest like its original: same title, dates, byline, outlet, and the same
    text with only the unique sentence added."""
    from kg.ingest import read_paths
    from kg.records import Article

    orig = {f.name: next(a for a in read_paths([f]) if isinstance(a, Article)) for f in files}
    for a in read_paths([out]):
        if not isinstance(a, Article):
            sys.exit(f"copy skipped by ingest: {a}")
        o = orig[Path(a.source).name.split("_", 1)[1]]
        same = all(getattr(a, k) == getattr(o, k) for k in ("title", "published", "byline", "outlet", "agency"))
        if not same or not a.text.startswith(o.text.rstrip()) or len(a.text) - len(o.text) > 80:
            sys.exit(f"{a.source} does not ingest like {o.source}")


def run_build(corpus: Path, workers: int, env: dict) -> tuple[float, int, str]:
    store = Path(tempfile.mkdtemp(prefix="kg-speed-store-"))
    try:
        t0 = time.perf_counter()
        p = subprocess.run([str(KG), "build", str(corpus), "--store", str(store / "kg"), "--workers", str(workers)],
                           cwd=ROOT, env=env, capture_output=True, text=True)
        dt = time.perf_counter() - t0
        if p.returncode != 0:
            sys.exit(f"build failed:\n{p.stdout}\n{p.stderr}")
        m = re.search(r"(\d+) articles", p.stdout)
        return dt, int(m.group(1)) if m else -1, p.stdout.strip().splitlines()[0] if p.stdout.strip() else ""
    finally:
        shutil.rmtree(store, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=8)
    ap.add_argument("--workers", default="1,2", help="comma-separated process counts")
    ap.add_argument("--batch-size", type=int, default=int(os.environ.get("KG_BATCH_SIZE", "32")))
    ap.add_argument("--model", default=None, help="spaCy model package (default: the project's, kg.config)")
    ap.add_argument("--sources", nargs="+", default=["bench/corpus", "seeds"])
    ap.add_argument("--repeat", type=int, default=1, help="runs per measurement; the fastest is kept")
    a = ap.parse_args()
    if not KG.exists():
        sys.exit(f"{KG} not found: run `make install` first")
    sys.path.insert(0, str(ROOT))
    from kg.config import DEFAULT_MODEL
    model = a.model or os.environ.get("KG_MODEL") or DEFAULT_MODEL
    env = dict(os.environ, KG_MODEL=model, KG_BATCH_SIZE=str(a.batch_size))
    files = sources(a.sources)
    tmp = Path(tempfile.mkdtemp(prefix="kg-speed-"))
    try:
        n_small = make_copies(files, 1, tmp / "small")
        n_large = make_copies(files, a.copies, tmp / "large")
        check_copies(files, tmp / "large")
        words = sum(len(f.read_text(encoding="utf-8", errors="replace").split()) for f in files)
        print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
        print(f"model {model}, batch size {a.batch_size}; {len(files)} source articles "
              f"(~{words // len(files)} words each, page chrome included); small set {n_small}, large set {n_large} "
              f"articles, every copy distinct", flush=True)
        for w in [int(x) for x in a.workers.split(",")]:
            t_s = min(run_build(tmp / "small", w, env)[0] for _ in range(a.repeat))
            runs = [run_build(tmp / "large", w, env) for _ in range(a.repeat)]
            t_l, got, summary = min(runs)
            if got != n_large:
                sys.exit(f"expected {n_large} articles, build reported {got} (copies deduped?): {summary}")
            marginal = (n_large - n_small) / (t_l - t_s) if t_l > t_s else float("nan")
            print(f"processes {w}: {n_large} articles in {t_l:.1f}s = {n_large / t_l:.2f} articles/s overall; "
                  f"{n_small} articles in {t_s:.1f}s; marginal {marginal:.2f} articles/s", flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
