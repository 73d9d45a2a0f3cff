"""Throughput of the corpus pipeline (the work behind ``stance analyze`` / ``stance compare``).

Generates a deterministic corpus of N short articles (12-14 sentences, team-written templates,
seeded), then measures in one run:

- ``floor``: read the JSONL + regex sentence split + lowercase word split (the least any
  pipeline must do), in articles/s;
- ``analyze`` at each job count: :func:`stance.corpus.run_corpus` (read, segment, attribute,
  classify, write the statement CSV), in articles/s and per job;
- ratios (analyze / floor, speed-up from 1 to 2 jobs) and peak RSS (parent and largest worker).

Prints JSON (sorted keys, rounded). ``--profile`` adds a cProfile of the 1-job run on stderr.

    python experiments/bench_throughput.py --n 20000
    python experiments/bench_throughput.py --n 2000 --profile
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

SPEAKERS = [("John Kirby", "National Security Council spokesman"), ("Wang Wenbin", "Foreign Ministry spokesman"),
            ("Dmitry Peskov", "Kremlin spokesman"), ("Antony Blinken", "Secretary of State"),
            ("Volodymyr Zelensky", "Ukrainian President"), ("Sergei Lavrov", "Foreign Minister"),
            ("Mao Ning", "Foreign Ministry spokeswoman"), ("Dmytro Kuleba", "Foreign Minister")]
CLAIMS = ["China could not be a neutral mediator while it backed Moscow",
          "Beijing upheld an objective and impartial position and wanted peace talks",
          "the two countries would deepen their strategic partnership",
          "the peace plan was one-sided and would freeze the conflict",
          "the talks covered energy, trade and payments",
          "any settlement must respect territorial integrity",
          "the West was trying to isolate Russia",
          "Washington was watching for signs of lethal aid"]
PLAIN = ["The visit lasts three days and ends on Wednesday.", "Trade between the two countries hit a record last year.",
         "Officials met in the Kremlin on Tuesday morning.", "The war in Ukraine is now in its second year.",
         "Delegations discussed a new gas pipeline.", "Reporters were not allowed into the hall."]
SOURCES = ["Harbour Wire (synthetic)", "Eastern Star Daily (synthetic)", "Northern Herald TV (synthetic)",
           "Deccan Ledger (synthetic)", "Dnipro Courier (synthetic)"]


def make_corpus(path: Path, n: int, seed: int = 0) -> Path:
    """A deterministic JSONL corpus of ``n`` synthetic articles."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            sents = []
            for _ in range(rng.randint(12, 14)):
                kind = rng.random()
                name, role = rng.choice(SPEAKERS)
                claim = rng.choice(CLAIMS)
                if kind < 0.35:
                    sents.append(f'"{claim[0].upper()}{claim[1:]}," {name} said.')
                elif kind < 0.6:
                    sents.append(f"{role} {name} said {claim}.")
                elif kind < 0.75:
                    sents.append(f"He added that {claim}.")
                else:
                    sents.append(rng.choice(PLAIN))
            row = {"id": f"a{i:06d}", "source": SOURCES[i % len(SOURCES)], "date": f"2023-03-{18 + i % 7:02d}",
                   "title": f"Article {i} (synthetic)", "url": "", "text": "\n\n".join(sents)}
            fh.write(json.dumps(row, sort_keys=True) + "\n")
    return path


_SPLIT = re.compile(r"(?<=[.!?])\s+")


def floor(path: Path) -> float:
    """Seconds to read the corpus, split sentences with a regex and words with str.split."""
    t0 = time.perf_counter()
    words = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line)["text"]
            for s in _SPLIT.split(text):
                words += len(s.lower().split())
    return time.perf_counter() - t0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20000, help="articles (default 20000)")
    ap.add_argument("--jobs", default="1,2", help="job counts to measure (default 1,2)")
    ap.add_argument("--batch-size", type=int, default=None, help="articles per batch (default: what the CLI picks)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--profile", action="store_true", help="cProfile the 1-job run (top functions on stderr)")
    args = ap.parse_args(argv)

    from stance.classify import load_or_train
    from stance.corpus import auto_batch_size, run_corpus
    from stance.scheme import default_scheme

    scheme = default_scheme()
    model = load_or_train(scheme)
    out: dict = {"n_articles": args.n}
    with tempfile.TemporaryDirectory(prefix="stance-bench-") as d:
        corpus = make_corpus(Path(d) / "corpus.jsonl", args.n, args.seed)
        t_floor = floor(corpus)
        out["floor_articles_per_s"] = round(args.n / t_floor, 1)
        for jobs in [int(j) for j in args.jobs.split(",")]:
            prof = cProfile.Profile() if args.profile and jobs == 1 else None
            t0 = time.perf_counter()
            if prof:
                prof.enable()
            run = run_corpus([corpus], model, scheme, Path(d) / f"st{jobs}.csv", jobs=jobs,
                             batch_size=args.batch_size, total=args.n, progress=False)
            if prof:
                prof.disable()
            dt = time.perf_counter() - t0
            rate = args.n / dt
            out[f"analyze_jobs{jobs}"] = {"articles_per_s": round(rate, 1), "per_job": round(rate / jobs, 1),
                                          "seconds": round(dt, 2), "statements": run.statements,
                                          "batch_size": args.batch_size or auto_batch_size(args.n, jobs),
                                          "ratio_to_floor": round(rate / out["floor_articles_per_s"], 4)}
            if prof:
                s = io.StringIO()
                pstats.Stats(prof, stream=s).sort_stats("cumulative").print_stats(25)
                print(s.getvalue(), file=sys.stderr)
        if "analyze_jobs1" in out and "analyze_jobs2" in out:
            out["speedup_1_to_2"] = round(out["analyze_jobs2"]["articles_per_s"] / out["analyze_jobs1"]["articles_per_s"], 3)
    out["peak_rss_mb_parent"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    out["peak_rss_mb_largest_worker"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
    print(json.dumps(out, sort_keys=True, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
