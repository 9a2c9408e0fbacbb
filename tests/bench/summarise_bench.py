#!/usr/bin/env python3
"""Best and median paths/s per benchmark over every repetition of every JSON file given."""
import json
import statistics
import sys

runs = {}
for path in sys.argv[1:]:
    with open(path) as f:
        for b in json.load(f)["benchmarks"]:
            if b.get("run_type") == "iteration":
                runs.setdefault(b["run_name"], []).append(b["items_per_second"])
                # Paths per CPU-second (all threads of the process for the engine).
                if "paths_per_cpu_second" in b:
                    cpu = b["paths_per_cpu_second"]
                else:
                    cpu = b["items_per_second"] * b["real_time"] / b["cpu_time"]
                runs.setdefault(b["run_name"] + " [per CPU-second]", []).append(cpu)
for name, v in runs.items():
    print(f"{name:62s} best {max(v) / 1e6:7.1f} M/s  median {statistics.median(v) / 1e6:7.1f} M/s"
          f"  (n={len(v)})")
