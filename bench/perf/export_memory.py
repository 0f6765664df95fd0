#!/usr/bin/env python3
"""Export in bounded memory: streams every task of the bench database as CSV and as XLSX from the
packaged app started with a 96 MB heap, sampling the process's RSS while it streams.

Usage (after bench/perf/run.sh stress, whose database it reads):
    python3 bench/perf/export_memory.py [--db pilotboard_bench] [--port 18094] [--jar target/quarkus-app/quarkus-run.jar]
Prints rows, bytes, seconds and peak RSS per format. A non-streaming export of 1,000,000 tasks would
not fit in the 96 MB heap and would fail with OutOfMemoryError.
"""
import argparse, os, subprocess, threading, time, urllib.request

ap = argparse.ArgumentParser()
ap.add_argument("--db", default="pilotboard_bench")
ap.add_argument("--port", type=int, default=18094)
ap.add_argument("--jar", default="target/quarkus-app/quarkus-run.jar")
ap.add_argument("--heap", default="64m")
args = ap.parse_args()

env = dict(os.environ, QUARKUS_HTTP_PORT=str(args.port),
           QUARKUS_DATASOURCE_JDBC_URL=f"jdbc:postgresql://127.0.0.1:5432/{args.db}",
           PILOTBOARD_ADMIN_PASSWORD=os.environ.get("PILOTBOARD_ADMIN_PASSWORD", "Export-Bench-Passw0rd-2026"))
app = subprocess.Popen(["java", f"-Xmx{args.heap}", "-XX:+UseSerialGC", "-jar", args.jar], env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
base = f"http://127.0.0.1:{args.port}"


def rss_mb():
    with open(f"/proc/{app.pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


try:
    deadline = time.monotonic() + 600
    while True:
        try:
            if urllib.request.urlopen(base + "/q/health/ready", timeout=2).status == 200:
                break
        except OSError:
            pass
        if time.monotonic() > deadline or app.poll() is not None:
            raise SystemExit("the app did not become ready")
        time.sleep(0.2)
    print(f"heap limit -Xmx{args.heap}; RSS when ready {rss_mb():.0f} MB")
    for fmt in ("csv", "xlsx"):
        peak, done = [rss_mb()], threading.Event()

        def sample():
            while not done.is_set():
                peak[0] = max(peak[0], rss_mb())
                done.wait(0.1)

        sampler = threading.Thread(target=sample)
        sampler.start()
        t, size, lines = time.monotonic(), 0, 0
        with urllib.request.urlopen(f"{base}/api/v1/tasks?format={fmt}", timeout=600) as r:
            while chunk := r.read(1 << 16):
                size += len(chunk)
                lines += chunk.count(b"\n")
        done.set()
        sampler.join()
        rows = f"{lines - 1:,} rows, " if fmt == "csv" else ""
        print(f"{fmt}: {rows}{size / 1e6:.1f} MB in {time.monotonic() - t:.1f} s; peak RSS {peak[0]:.0f} MB")
finally:
    app.terminate()
    app.wait(timeout=30)
