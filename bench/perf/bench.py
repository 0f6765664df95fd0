#!/usr/bin/env python3
"""Pilotboard performance benchmark: data at three scales, wrk scenarios, and anchors (nginx, pgbench)
measured in the same run, so that the results are ratios that hold on a noisy machine.

Run through run.sh (which checks the tools); see bench/perf/README.md. Python 3 standard library only.
"""

import argparse
import datetime
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
RESULTS = os.path.join(ROOT, "bench", "results")
JAR = os.environ.get("BENCH_JAR", os.path.join(ROOT, "target", "quarkus-app", "quarkus-run.jar"))

SCALES = {
    # name: (regions, tasks, mean updates per started task); demo is the app's own demo set
    "demo": None,
    "national": (300, 12_300, 10.6),
    "stress": (300, 1_000_000, 10.6),
}
ADMIN_PASSWORD = "Bench-Root-Passw0rd-2026!"


def env(name, default):
    return os.environ.get(name, default)


CFG = {
    "port": int(env("BENCH_PORT", "18084")),
    "nginx_port": int(env("BENCH_NGINX_PORT", "18184")),
    "db": env("BENCH_DB", "pilotboard_bench"),
    "pgbench_db": env("BENCH_PGBENCH_DB", "pilotboard_pgbench"),
    "pgbench_scale": int(env("BENCH_PGBENCH_SCALE", "32")),
    "pghost": env("PGHOST", "127.0.0.1"),
    "pgport": env("PGPORT", "5432"),
    "pguser": env("PGUSER", "postgres"),
    "threads": int(env("BENCH_THREADS", "1")),
    "connections": int(env("BENCH_CONNECTIONS", "32")),
    "duration": int(env("BENCH_DURATION", "10")),
    "warmup": int(env("BENCH_WARMUP", "5")),
    # The app on one small machine: a small heap and the serial collector (2 cores), fewer malloc arenas,
    # and native memory the JIT compilers freed given back to the system.
    "java_opts": env("BENCH_JAVA_OPTS", "-Xmx64m -XX:+UseSerialGC -XX:+UnlockExperimentalVMOptions "
                                        "-XX:TrimNativeHeapInterval=5000"),
    "app_env": env("BENCH_APP_ENV", "MALLOC_ARENA_MAX=2"),
    # An AppCDS archive of the app's classes, written at the first start (-XX:ArchiveClassesAtExit) and
    # used by the measured start; 0 to start without one.
    "appcds": env("BENCH_APPCDS", "1") != "0",
    # 1: keep the database when it already holds this scale's tasks (from an earlier run), instead of
    # dropping and loading it again: for measuring a change at stress scale without the 3-minute load.
    "reuse": env("BENCH_REUSE_DATA", "0") == "1",
}


def log(msg):
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", flush=True)


# ---- PostgreSQL ------------------------------------------------------------------------------

def pg_env():
    e = dict(os.environ)
    e.update(PGHOST=CFG["pghost"], PGPORT=CFG["pgport"], PGUSER=CFG["pguser"])
    return e


def psql(db, sql=None, file=None, variables=None, capture=True):
    cmd = ["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-d", db]
    for k, v in (variables or {}).items():
        cmd += ["-v", f"{k}={v}"]
    cmd += ["-f", file] if file else ["-c", sql]
    out = subprocess.run(cmd, env=pg_env(), capture_output=capture, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"psql failed: {' '.join(cmd)}\n{out.stderr if capture else ''}")
    return out.stdout.strip() if capture else ""


def existing_tasks(db):
    """How many tasks the database holds; -1 when it or its task table does not exist."""
    exists = psql("postgres", f"SELECT count(*) FROM pg_database WHERE datname = '{db}'")
    if exists != "1":
        return -1
    try:
        return int(psql(db, "SELECT count(*) FROM task"))
    except Exception:  # no schema yet
        return -1


def recreate_db(db):
    psql("postgres", f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{db}' AND pid <> pg_backend_pid()")
    psql("postgres", f"DROP DATABASE IF EXISTS {db}")
    psql("postgres", f"CREATE DATABASE {db}")


# ---- the app ---------------------------------------------------------------------------------

class App:
    def __init__(self, port, label, demo=False, log_path=None, jvm_extra=()):
        self.port = port
        self.label = label
        self.demo = demo
        self.log_path = log_path
        self.jvm_extra = list(jvm_extra)
        self.proc = None
        self.started = None

    def start(self):
        e = dict(os.environ)
        e.update({
            "QUARKUS_HTTP_PORT": str(self.port),
            "QUARKUS_DATASOURCE_JDBC_URL": f"jdbc:postgresql://{CFG['pghost']}:{CFG['pgport']}/{CFG['db']}",
            "QUARKUS_DATASOURCE_USERNAME": CFG["pguser"],
            "PILOTBOARD_ADMIN_PASSWORD": ADMIN_PASSWORD,
            "PILOTBOARD_DEMO_DATA": "true" if self.demo else "false",
            # wrk is one client from one address: the budgets stay on (their cost is measured) but so
            # high that no request is refused.
            "PILOTBOARD_RATE_LIMITS_PER_TOKEN": "2000000000",
            "PILOTBOARD_RATE_LIMITS_PER_ADDRESS": "2000000000",
        })
        for pair in CFG["app_env"].split():
            k, _, v = pair.partition("=")
            e[k] = v
        cmd = ["java"] + CFG["java_opts"].split() + self.jvm_extra + ["-jar", JAR]
        self.logf = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL
        self.started = time.monotonic()
        self.proc = subprocess.Popen(cmd, cwd=ROOT, env=e, stdout=self.logf, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        return self

    def wait_ready(self, timeout=180):
        url = f"http://127.0.0.1:{self.port}/q/health/ready"
        while time.monotonic() - self.started < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.label} exited with {self.proc.returncode}; see {self.log_path}")
            try:
                with urllib.request.urlopen(url, timeout=2) as r:
                    if r.status == 200:
                        return time.monotonic() - self.started
            except (urllib.error.URLError, ConnectionError, socket.timeout, OSError):
                pass
            time.sleep(0.01)
        raise RuntimeError(f"{self.label} not ready after {timeout}s; see {self.log_path}")

    def wait_history_sweep(self, timeout=600):
        """Waits until the background history sweep after start has finished (it takes up to half a core
        for tens of seconds at stress scale); answers how long after the start it finished, in seconds."""
        url = f"http://127.0.0.1:{self.port}/q/health/ready"
        while time.monotonic() - self.started < timeout:
            try:
                with urllib.request.urlopen(url, timeout=5) as r:
                    body = json.loads(r.read())
            except urllib.error.HTTPError as e:
                body = json.loads(e.read() or b"{}")
            state = next((c.get("data", {}).get("historySweep", "") for c in body.get("checks", [])
                          if c.get("name") == "Pilotboard start-up and data checks"), "")
            if state.startswith("passed") or state.startswith("FAILED") or state.startswith("not finished"):
                return time.monotonic() - self.started
            time.sleep(0.5)
        raise RuntimeError(f"{self.label}: history sweep not finished after {timeout}s; see {self.log_path}")

    def rss_mb(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return None

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.log_path and self.logf:
            self.logf.close()
            self.logf = None


def http(method, url, body=None, headers=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
    except urllib.error.HTTPError as e:
        return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read()


def api_token(base):
    status, _, body = http("POST", base + "/api/v1/auth/login", {"username": "admin", "password": ADMIN_PASSWORD})
    if status != 200:
        raise RuntimeError(f"login failed: {status} {body[:300]}")
    session = json.loads(body)["token"]
    status, _, body = http("POST", base + "/api/v1/tokens", {"name": "bench writer"},
                           {"Authorization": "Bearer " + session})
    if status not in (200, 201):
        raise RuntimeError(f"token failed: {status} {body[:300]}")
    return json.loads(body)["token"]


# ---- load generators -------------------------------------------------------------------------

def wrk(url, script_body=None, headers=None, duration=None, label=""):
    """Runs wrk with the shared Lua (percentiles as JSON) plus an optional scenario script."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(open(os.path.join(HERE, "wrk", "common.lua")).read())
        f.write("\n")
        if script_body:
            f.write(script_body)
        script = f.name
    try:
        cmd = ["wrk", "-t", str(CFG["threads"]), "-c", str(CFG["connections"]), "-d", f"{duration or CFG['duration']}s",
               "--timeout", "10s", "-s", script]
        for k, v in (headers or {}).items():
            cmd += ["-H", f"{k}: {v}"]
        cmd.append(url)
        out = subprocess.run(cmd, capture_output=True, text=True)
        m = re.search(r"^WRK_JSON (.*)$", out.stdout, re.M)
        if out.returncode != 0 or not m:
            raise RuntimeError(f"wrk failed ({label}): {out.stdout}\n{out.stderr}")
        result = json.loads(m.group(1))
        result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
        errors = result["errors"]
        result["error_count"] = sum(errors.values())
        if out.stderr.strip():
            result["stderr"] = out.stderr.strip()[:500]
        return result
    finally:
        os.unlink(script)


def measure(url, script_body=None, headers=None, label=""):
    if CFG["warmup"] > 0:
        wrk(url, script_body, headers, duration=CFG["warmup"], label=label + " warm-up")
    r = wrk(url, script_body, headers, label=label)
    lat = r["latency_us"]
    log(f"  {label}: {r['rps']:.0f} req/s, p50 {lat['p50'] / 1000:.2f} ms, p99 {lat['p99'] / 1000:.2f} ms"
        + (f", {r['error_count']} errors" if r["error_count"] else ""))
    return r


def lua_list(values):
    return "{" + ",".join(json.dumps(v) for v in values) + "}"


def nginx_anchor(body, etag_check=True):
    """nginx, one worker, serving the exact bytes of the summary as a static file."""
    tmp = tempfile.mkdtemp(prefix="pb-nginx-")
    os.makedirs(os.path.join(tmp, "html", "api", "v1", "dashboard"))
    with open(os.path.join(tmp, "html", "api", "v1", "dashboard", "summary"), "wb") as f:
        f.write(body)
    conf = os.path.join(tmp, "nginx.conf")
    user = "user root;" if os.geteuid() == 0 else ""
    with open(conf, "w") as f:
        f.write(f"""{user}
worker_processes 1;
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    server {{
        listen 127.0.0.1:{CFG['nginx_port']};
        root {tmp}/html;
        default_type application/json;
    }}
}}
""")
    proc = subprocess.Popen(["nginx", "-c", conf, "-p", tmp], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    url = f"http://127.0.0.1:{CFG['nginx_port']}/api/v1/dashboard/summary"
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                status, headers, got = http("GET", url)
                if status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("nginx did not start: " + (proc.stderr.read().decode() if proc.poll() is not None else ""))
            time.sleep(0.05)
        if got != body:
            raise RuntimeError("nginx does not serve the same bytes")
        result = {"bytes": len(body), "200": measure(url, label="nginx static summary")}
        if etag_check and headers.get("etag"):
            result["304"] = measure(url, headers={"If-None-Match": headers["etag"]}, label="nginx static summary 304")
        return result
    finally:
        proc.send_signal(signal.SIGQUIT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(tmp, ignore_errors=True)


def pgbench_init():
    scale = CFG["pgbench_scale"]
    db = CFG["pgbench_db"]
    exists = psql("postgres", f"SELECT 1 FROM pg_database WHERE datname = '{db}'") == "1"
    if exists:
        try:
            if int(psql(db, "SELECT count(*) FROM pgbench_branches")) == scale:
                return 0.0
        except RuntimeError:
            pass
        recreate_db(db)
    else:
        psql("postgres", f"CREATE DATABASE {db}")
    log(f"pgbench: initialising {db} at scale {scale}")
    t = time.monotonic()
    subprocess.run(["pgbench", "-i", "-q", "-s", str(scale), db], env=pg_env(), check=True, capture_output=True)
    return time.monotonic() - t


def pgbench(select_only=False, script=None, defines=None):
    """pgbench -S or TPC-B on its own database; or, with a script, the app's own statements on the app's
    database (prepared, as the app's driver sends them), with -D defines."""
    cmd = ["pgbench", "-c", str(CFG["connections"]), "-j", str(CFG["threads"]), "-T", str(CFG["duration"]), "-n"]
    if select_only:
        cmd.append("-S")
    if script:
        cmd += ["-M", "prepared", "-f", os.path.join(HERE, "pgbench", script)]
        for k, v in (defines or {}).items():
            cmd += ["-D", f"{k}={v}"]
    cmd.append(CFG["db"] if script else CFG["pgbench_db"])
    if CFG["warmup"] > 0:
        subprocess.run(cmd[:6] + [str(CFG["warmup"])] + cmd[7:], env=pg_env(), capture_output=True, text=True)
    out = subprocess.run(cmd, env=pg_env(), capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError("pgbench failed: " + out.stderr)
    tps = re.search(r"tps = ([\d.]+) \((?:without initial connection time|excluding connections establishing)\)", out.stdout)
    lat = re.search(r"latency average = ([\d.]+) ms", out.stdout)
    result = {"tps": float(tps.group(1)), "latency_avg_ms": float(lat.group(1)) if lat else None}
    log(f"  pgbench {script or ('-S' if select_only else 'TPC-B')}: {result['tps']:.0f} tps")
    return result


# ---- one scale -------------------------------------------------------------------------------

def run_scale(scale, stamp):
    log(f"=== scale {scale} ===")
    res = {"scale": scale}
    app_log = os.path.join(RESULTS, f"{stamp}-{scale}-app.log")
    reuse = CFG["reuse"] and bool(SCALES[scale]) and existing_tasks(CFG["db"]) == SCALES[scale][1]
    if not reuse:
        recreate_db(CFG["db"])

    # First start: Flyway migrates, the plan and regions (and, for demo, the demo set) are loaded; the
    # JVM writes an AppCDS archive of the classes it loaded when it stops.
    jsa = os.path.join(tempfile.gettempdir(), f"pilotboard-bench-{os.getpid()}.jsa")
    if os.path.exists(jsa):
        os.unlink(jsa)
    t = time.monotonic()
    app = App(CFG["port"], "app", demo=(scale == "demo"), log_path=app_log,
              jvm_extra=[f"-XX:ArchiveClassesAtExit={jsa}"] if CFG["appcds"] else []).start()
    try:
        app.wait_ready()
        http("GET", f"http://127.0.0.1:{CFG['port']}/api/v1/dashboard/summary")  # load the classes of a request too
        http("GET", f"http://127.0.0.1:{CFG['port']}/api/v1/tasks?size=5")
    finally:
        app.stop()
    res["first_start_s"] = time.monotonic() - t

    if reuse:
        res["load_s"] = 0.0
        res["load_note"] = "data kept from an earlier run (BENCH_REUSE_DATA=1)"
    elif SCALES[scale]:
        regions, tasks, updates = SCALES[scale]
        log(f"loading {tasks:,} tasks in {regions} regions (about {updates} updates each) in SQL")
        t = time.monotonic()
        out = psql(CFG["db"], file=os.path.join(HERE, "load.sql"),
                   variables={"regions": regions, "tasks": tasks, "updates": updates})
        res["load_s"] = time.monotonic() - t
        with open(os.path.join(RESULTS, f"{stamp}-{scale}-load.log"), "w") as f:
            f.write(out + "\n")
    else:
        res["load_s"] = res["first_start_s"]
        res["load_note"] = "the app's demo loader at first start (migration included)"
    counts = psql(CFG["db"], "SELECT (SELECT count(*) FROM region), (SELECT count(*) FROM task), "
                             "(SELECT count(*) FROM status_update), (SELECT count(*) FROM audit_event), "
                             "pg_size_pretty(pg_database_size(current_database()))").split("|")
    res["data"] = {"regions": int(counts[0]), "tasks": int(counts[1]), "status_updates": int(counts[2]),
                   "audit_events": int(counts[3]), "database_size": counts[4]}
    log(f"data: {res['data']}, load {res['load_s']:.1f} s")

    # Start to ready on the migrated database: once plain, once with the AppCDS archive (that one runs on).
    plain = App(CFG["port"], "app", log_path=app_log).start()
    try:
        res["start_to_ready_plain_s"] = plain.wait_ready()
    finally:
        plain.stop()
    use_jsa = CFG["appcds"] and os.path.exists(jsa)
    app = App(CFG["port"], "app", log_path=app_log, jvm_extra=[f"-XX:SharedArchiveFile={jsa}"] if use_jsa else []).start()
    try:
        res["start_to_ready_s"] = app.wait_ready()
        res["start_appcds"] = use_jsa
        log(f"start to ready: {res['start_to_ready_s']:.2f} s" + (f" with AppCDS, {res['start_to_ready_plain_s']:.2f} s without" if use_jsa else ""))
        # The measurements start once the start-up's background history sweep is done: steady state.
        res["history_sweep_done_s"] = app.wait_history_sweep()
        log(f"history sweep finished {res['history_sweep_done_s']:.1f} s after the start")
        base = f"http://127.0.0.1:{CFG['port']}"
        token = api_token(base)
        region_codes = psql(CFG["db"], "SELECT string_agg(code, ',' ORDER BY code) FROM region").split(",")
        min_id, max_id = map(int, psql(CFG["db"], "SELECT min(id), max(id) FROM task").split("|"))
        open_ids = [int(x) for x in psql(CFG["db"], "SELECT string_agg(id::text, ',') FROM (SELECT id FROM task "
                                                    "WHERE status = 'in_progress' ORDER BY random() LIMIT 20000) s").split(",")]
        regions_lua = f"regions = {lua_list(region_codes)}\n"

        # Single requests, one at a time (no queueing): what one computation costs.
        res["single"] = {}
        for name, path in [("summary", "/api/v1/dashboard/summary"),
                           ("timeline", f"/api/v1/dashboard/timeline?region={region_codes[len(region_codes) // 2]}"),
                           ("summary_asof", "/api/v1/dashboard/summary?asOf=" + (datetime.date.today() - datetime.timedelta(days=1)).isoformat())]:
            times = []
            for _ in range(7 if name != "summary_asof" else 2):
                t = time.monotonic()
                status, _, _ = http("GET", base + path)
                times.append((time.monotonic() - t) * 1000)
                if status == 503 and name == "summary_asof":
                    # The history rebuild of a past day can exceed the 5 s statement timeout at stress scale:
                    # the app refuses it (503 query-timeout) rather than hold the database; reported as such.
                    break
                if status != 200:
                    raise RuntimeError(f"{path}: HTTP {status}")
            res["single"][name] = {"first_ms": times[0], "median_ms": statistics.median(times[1:] or times),
                                   "status": status}
        status, headers, summary_body = http("GET", base + "/api/v1/dashboard/summary")
        etag = headers.get("etag")
        res["summary_bytes"] = len(summary_body)

        scenarios = [
            ("summary", "summary", base + "/api/v1/dashboard/summary", None, None),
            ("summary_304", "summary If-None-Match (304)", base + "/api/v1/dashboard/summary", None,
             {"If-None-Match": etag} if etag else None),
            ("tasks_list", "tasks by region+status, page of 50", base + "/",
             regions_lua + open(os.path.join(HERE, "wrk", "tasks-list.lua")).read(), None),
            ("task_detail", "task detail", base + "/",
             f"min_id = {min_id}\nmax_id = {max_id}\n" + open(os.path.join(HERE, "wrk", "task-detail.lua")).read(), None),
            ("timeline", "timeline of one region", base + "/",
             regions_lua + open(os.path.join(HERE, "wrk", "timeline.lua")).read(), None),
            ("status_update", "status update (POST)", base + "/", f"ids = {lua_list(open_ids)}\ntoken = {json.dumps(token)}\n"
             + open(os.path.join(HERE, "wrk", "status-update.lua")).read(), None),
        ]
        if CFG["warmup"] > 0:
            # A server in production is warm: one round over every path first, so the JIT has compiled them.
            log(f"warming up: every scenario for {CFG['warmup']} s")
            for key, label, url, script, headers in scenarios:
                if key != "summary_304" or etag:
                    wrk(url, script, headers, duration=CFG["warmup"], label=label + " warm-up")
        log("scenarios (wrk -t%d -c%d, %ds after %ds warm-up)" % (CFG["threads"], CFG["connections"], CFG["duration"], CFG["warmup"]))
        sc = res["scenarios"] = {}
        anchors = res["anchors"] = {}
        before = None
        for key, label, url, script, headers in scenarios:
            if key == "summary_304":
                # The ETag as it is now (the warm-up's status updates changed the summary).
                etag = http("GET", base + "/api/v1/dashboard/summary")[1].get("etag")
                if not etag:
                    continue
                headers = {"If-None-Match": etag}
            if key == "status_update":
                before = int(psql(CFG["db"], "SELECT count(*) FROM status_update"))
            sc[key] = measure(url, script, headers, label=label)
            sc[key]["bytes_per_response"] = sc[key]["bytes"] / max(sc[key]["requests"], 1)
            # Each anchor right after the scenarios compared with it (the app idles meanwhile), so that both
            # see the same machine.
            if key == "summary_304":
                _, _, summary_body = http("GET", base + "/api/v1/dashboard/summary")
                anchors["nginx"] = nginx_anchor(summary_body)
            elif key == "tasks_list":
                anchors["own_sql_tasks_list"] = pgbench(script="tasks-list.sql", defines=dict(zip(
                    ("min_region", "max_region"), psql(CFG["db"], "SELECT min(id), max(id) FROM region").split("|"))))
            elif key == "timeline":
                anchors["pgbench_select"] = pgbench(True)
            elif key == "status_update":
                res["status_updates_written"] = int(psql(CFG["db"], "SELECT count(*) FROM status_update")) - before
                anchors["pgbench_tpcb"] = pgbench(False)
                anchors["own_sql_status_update"] = pgbench(script="status-update.sql", defines={
                    "min_id": min(open_ids), "max_id": max(open_ids),
                    "token_hash": psql(CFG["db"], "SELECT token_hash FROM access_token ORDER BY id DESC LIMIT 1")})
        res["rss_mb_after_load"] = app.rss_mb()
        # The summary computed afresh, one request at a time: each after the cache's maximum age.
        times = []
        for _ in range(6):
            time.sleep(1.0)
            t = time.monotonic()
            http("GET", base + "/api/v1/dashboard/summary")
            times.append((time.monotonic() - t) * 1000)
        res["single"]["summary_uncached"] = {"first_ms": times[0], "median_ms": statistics.median(times[1:])}
        log(f"RSS after the load: {res['rss_mb_after_load']:.0f} MB")
        res["metrics"] = summary_metrics(base)

        # A status update is visible in the summary: on this instance, and on a second instance on the
        # same database (started on the nginx anchor's port, which is free until the anchor runs).
        second = App(CFG["nginx_port"], "second app", log_path=app_log,
                     jvm_extra=[f"-XX:SharedArchiveFile={jsa}"] if use_jsa else []).start()
        try:
            second.wait_ready()
            http("GET", f"http://127.0.0.1:{CFG['nginx_port']}/api/v1/dashboard/summary")  # fill its cache
            http("GET", base + "/api/v1/dashboard/summary")
            res["visibility_ms"] = visibility(base, token, open_ids[0],
                                              [base, f"http://127.0.0.1:{CFG['nginx_port']}"])
            log(f"status update visible in the summary after: {res['visibility_ms']}")
        finally:
            second.stop()
    finally:
        app.stop()
        if os.path.exists(jsa):
            os.unlink(jsa)

    if "nginx" not in res["anchors"]:
        res["anchors"]["nginx"] = nginx_anchor(summary_body)
    try:
        res["explain"] = explain(stamp, scale)
    except RuntimeError as e:
        res["explain"] = {"error": str(e)[:300]}
    return res


def visibility(base, token, task_id, bases):
    """Posts a status update and polls each instance's summary until it lists it; answers ms per instance."""
    status, _, body = http("POST", f"{base}/api/v1/tasks/{task_id}/updates",
                           {"status": "in_progress", "progress": 42, "comment": "bench: visibility check"},
                           {"Authorization": "Bearer " + token})
    if status != 201:
        raise RuntimeError(f"visibility post: HTTP {status} {body[:200]}")
    update_id = json.loads(body)["id"]
    posted = time.monotonic()
    seen = {}
    while len(seen) < len(bases) and time.monotonic() - posted < 10:
        for i, b in enumerate(bases):
            if i in seen:
                continue
            _, _, s = http("GET", b + "/api/v1/dashboard/summary")
            if any(u["id"] == update_id for u in json.loads(s)["latestUpdates"]):
                seen[i] = round((time.monotonic() - posted) * 1000)
        time.sleep(0.02)
    return {("this instance" if i == 0 else "second instance"): seen.get(i) for i in range(len(bases))}


def summary_metrics(base):
    """The app's own timings of uncached summary computations, from /q/metrics (when it reports them)."""
    status, _, body = http("GET", base + "/q/metrics")
    out = {}
    if status != 200:
        return out
    text = body.decode()
    for name in ("pilotboard_summary_compute_seconds",):
        c = re.search(rf"^{name}_count(?:{{[^}}]*}})? ([\d.eE+-]+)$", text, re.M)
        s = re.search(rf"^{name}_sum(?:{{[^}}]*}})? ([\d.eE+-]+)$", text, re.M)
        mx = re.search(rf"^{name}_max(?:{{[^}}]*}})? ([\d.eE+-]+)$", text, re.M)
        if c and s and float(c.group(1)) > 0:
            out[name] = {"count": int(float(c.group(1))), "mean_ms": float(s.group(1)) / float(c.group(1)) * 1000,
                         "max_ms": float(mx.group(1)) * 1000 if mx else None}
    return out


def explain(stamp, scale):
    """EXPLAIN ANALYZE of the dashboard's queries (explain.sql mirrors them), saved next to the results."""
    path = os.path.join(RESULTS, f"{stamp}-{scale}-explain.txt")
    region = psql(CFG["db"], "SELECT code FROM region ORDER BY code OFFSET 150 LIMIT 1") or \
        psql(CFG["db"], "SELECT code FROM region ORDER BY code LIMIT 1")
    out = psql(CFG["db"], file=os.path.join(HERE, "explain.sql"), variables={"region": f"'{region}'"})
    with open(path, "w") as f:
        f.write(out + "\n")
    times = {}
    for label, ms in re.findall(r"^-- (\S+)\n(?:.*\n)*?Execution Time: ([\d.]+) ms", out, re.M):
        times[label] = float(ms)
    return {"file": os.path.relpath(path, ROOT), "execution_ms": times}


# ---- report ----------------------------------------------------------------------------------

def ratio(a, b):
    return a / b if a and b else None


def fmt(x, digits=0):
    return "–" if x is None else f"{x:,.{digits}f}"


def report(run):
    lines = [f"# Pilotboard benchmark {run['started']}", "",
             f"Machine: {run['machine']['cpu']} × {run['machine']['cores']} cores, {run['machine']['memory_gb']} GB RAM, "
             f"{run['machine']['os']}; PostgreSQL {run['machine']['postgres']}; Java {run['machine']['java']}. "
             f"Load average at start: {run['machine']['loadavg']}.", "",
             f"wrk -t{CFG['threads']} -c{CFG['connections']} -d{CFG['duration']}s after a {CFG['warmup']} s warm-up, on loopback; "
             f"pgbench -c{CFG['connections']} -j{CFG['threads']} -T{CFG['duration']} at scale {CFG['pgbench_scale']}; "
             f"app JVM options: `{CFG['java_opts']}`, environment `{CFG['app_env']}`.", ""]
    for res in run["scales"]:
        if "error" in res:
            lines += [f"## {res['scale']}: failed", "", "```", res["error"], "```", ""]
            continue
        d = res["data"]
        a = res["anchors"]
        sc = res["scenarios"]
        ng = a["nginx"]["200"]["rps"]
        ng304 = a["nginx"].get("304", {}).get("rps")
        sel = a["pgbench_select"]["tps"]
        tpcb = a["pgbench_tpcb"]["tps"]
        lines += [f"## {res['scale']}: {d['regions']:,} regions, {d['tasks']:,} tasks, {d['status_updates']:,} status updates, "
                  f"{d['audit_events']:,} audit records ({d['database_size']})", "",
                  f"Load {res['load_s']:.1f} s{' (' + res['load_note'] + ')' if res.get('load_note') else ''}; "
                  f"start to ready {res['start_to_ready_s']:.2f} s"
                  + (f" with an AppCDS archive ({res['start_to_ready_plain_s']:.2f} s without)" if res.get("start_appcds") else "")
                  + (f"; background history sweep done {res['history_sweep_done_s']:.1f} s after the start (measured after it)"
                     if res.get("history_sweep_done_s") else "")
                  + f"; RSS after the load {fmt(res['rss_mb_after_load'])} MB; "
                  f"summary {res['summary_bytes']:,} bytes; status update visible in the summary after "
                  + ", ".join(f"{v} ms ({k})" for k, v in res.get("visibility_ms", {}).items()) + ".", "",
                  "| scenario | req/s | p50 ms | p99 ms | errors | anchor | anchor req/s | ratio |",
                  "| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |"]
        rows = [("GET summary", "summary", "nginx static, same bytes", ng),
                ("GET summary, If-None-Match (304)", "summary_304", "nginx static, 304", ng304),
                ("GET tasks?region&status, 50", "tasks_list", "pgbench -S", sel),
                ("GET tasks/{id}", "task_detail", "pgbench -S", sel),
                ("GET timeline?region", "timeline", "pgbench -S", sel),
                ("POST tasks/{id}/updates", "status_update", "pgbench TPC-B", tpcb)]
        for title, key, anchor, arps in rows:
            r = sc.get(key)
            if not r:
                continue
            lat = r["latency_us"]
            lines.append(f"| {title} | {fmt(r['rps'])} | {lat['p50'] / 1000:.2f} | {lat['p99'] / 1000:.2f} | "
                         f"{r['error_count']} | {anchor} | {fmt(arps)} | {fmt(ratio(r['rps'], arps), 2)} |")
        lines.append(f"| *anchor* nginx static summary | {fmt(ng)} | {a['nginx']['200']['latency_us']['p50'] / 1000:.2f} | "
                     f"{a['nginx']['200']['latency_us']['p99'] / 1000:.2f} | {a['nginx']['200']['error_count']} | | | |")
        if ng304:
            lines.append(f"| *anchor* nginx static summary 304 | {fmt(ng304)} | {a['nginx']['304']['latency_us']['p50'] / 1000:.2f} | "
                         f"{a['nginx']['304']['latency_us']['p99'] / 1000:.2f} | {a['nginx']['304']['error_count']} | | | |")
        lines.append(f"| *anchor* pgbench -S | {fmt(sel)} | avg {fmt(a['pgbench_select']['latency_avg_ms'], 2)} | | | | | |")
        lines.append(f"| *anchor* pgbench TPC-B | {fmt(tpcb)} | avg {fmt(a['pgbench_tpcb']['latency_avg_ms'], 2)} | | | | | |")
        for key, title, *_ in OWN_SQL:
            if key in a:
                lines.append(f"| *anchor* pgbench, {title} | {fmt(a[key]['tps'])} | avg {fmt(a[key]['latency_avg_ms'], 2)} | | | | | |")
        lines.append("")
        own = own_sql_ratios(res)
        if own:
            lines.append("Against PostgreSQL alone running the app's own statements (`pgbench/*.sql`, no app in between): "
                         + "; ".join(f"{o['title']}: the app {fmt(o['app'], 2)} × of it, the statements themselves "
                                     f"{fmt(o['sql'], 2)} × {o['anchor']}" for o in own) + ".")
        single = res.get("single", {})
        metric = res.get("metrics", {}).get("pilotboard_summary_compute_seconds")
        unc = single.get("summary_uncached")
        if unc:
            lines.append(f"Summary computed afresh (a request after the cache expired, one at a time): median {unc['median_ms']:.1f} ms.")
        lines.append("One request at a time (median of 6 after a first): summary "
                     f"{fmt(single.get('summary', {}).get('median_ms'), 1)} ms (first {fmt(single.get('summary', {}).get('first_ms'), 1)} ms), "
                     f"timeline {fmt(single.get('timeline', {}).get('median_ms'), 1)} ms, "
                     + ("summary asOf yesterday (history rebuild, uncached): refused after "
                        f"{fmt(single['summary_asof']['first_ms'], 0)} ms by the 5 s statement timeout (503)."
                        if single.get('summary_asof', {}).get('status') == 503 else
                        f"summary asOf yesterday (history rebuild, uncached) {fmt(single.get('summary_asof', {}).get('median_ms'), 1)} ms.")
                     + (f" Uncached summary computations during the run (background refreshes included): {metric['count']}, "
                        f"mean {metric['mean_ms']:.1f} ms." if metric else ""))
        ex = res.get("explain", {})
        if ex.get("execution_ms"):
            lines.append("EXPLAIN ANALYZE (" + ex["file"] + "): " + ", ".join(f"{k} {v:.1f} ms" for k, v in ex["execution_ms"].items()) + ".")
        lines.append("")
    lines += targets(run)
    return "\n".join(lines) + "\n"


# The anchors of the app's own statements: anchor key, the row's label, the scenario it bounds, its title in
# the ratios, and the generic anchor those statements are compared with.
OWN_SQL = (("own_sql_tasks_list", "the task list's own SQL (total + page)", "tasks_list", "task list",
            "pgbench_select", "pgbench -S"),
           ("own_sql_status_update", "a status update's own SQL (token, lock, read, update, history, audit)",
            "status_update", "status updates", "pgbench_tpcb", "TPC-B"))


def own_sql_ratios(res):
    """The app against its own statements run by pgbench, and those statements against the generic anchors."""
    sc, a = res["scenarios"], res["anchors"]
    return [{"title": title, "app": ratio(sc[scenario]["rps"], a[key]["tps"]), "sql": ratio(a[key]["tps"], a[anchor_key]["tps"]),
             "anchor": anchor}
            for key, _, scenario, title, anchor_key, anchor in OWN_SQL if key in a and scenario in sc and anchor_key in a]


def targets(run):
    """The issue's targets, checked against the scales they name."""
    by = {r["scale"]: r for r in run["scales"] if "error" not in r}
    out = ["## Targets", "", "| target | scale | measured | met |", "| --- | --- | --- | --- |"]

    def row(text, scale, measured, ok):
        out.append(f"| {text} | {scale} | {measured} | {'yes' if ok else 'no'} |")

    for scale, res in by.items():
        sc, a = res["scenarios"], res["anchors"]
        ng = a["nginx"]["200"]["rps"]
        r = ratio(sc["summary"]["rps"], ng)
        row("summary ≥ 0.5 × nginx static", scale, f"{r:.2f} ×", r >= 0.5)
        if "summary_304" in sc:
            row("304 path faster than the summary", scale,
                f"{sc['summary_304']['rps']:,.0f} vs {sc['summary']['rps']:,.0f} req/s", sc["summary_304"]["rps"] > sc["summary"]["rps"])
    if "stress" in by:
        res = by["stress"]
        sc, a = res["scenarios"], res["anchors"]
        sel, tpcb = a["pgbench_select"]["tps"], a["pgbench_tpcb"]["tps"]
        for key, title in (("tasks_list", "task list"), ("task_detail", "task detail")):
            p99 = sc[key]["latency_us"]["p99"] / 1000
            row(f"{title}: p99 < 20 ms at {CFG['connections']} connections", "stress", f"{p99:.1f} ms", p99 < 20)
            r = ratio(sc[key]["rps"], sel)
            row(f"{title}: ≥ 0.3 × pgbench -S", "stress", f"{r:.2f} ×", r >= 0.3)
        r = ratio(sc["status_update"]["rps"], tpcb)
        row("status updates ≥ 0.5 × pgbench TPC-B", "stress", f"{r:.2f} ×", r >= 0.5)
        for o in own_sql_ratios(res):
            out.append(f"| (ceiling: {o['title']}, their own SQL in pgbench, no app) | stress | {fmt(o['sql'], 2)} × {o['anchor']}; "
                       f"the app {fmt(o['app'], 2)} × of it | – |")
        metric = res.get("metrics", {}).get("pilotboard_summary_compute_seconds")
        single = res.get("single", {})
        if single.get("summary_uncached"):
            s_ms, how = single["summary_uncached"]["median_ms"], " (one request after the cache expired, median)"
        else:
            s_ms, how = (metric["mean_ms"], " (mean of the computations during the load)") if metric else (None, "")
        row("summary computed < 100 ms uncached", "stress", f"{fmt(s_ms, 1)} ms{how}", s_ms is not None and s_ms < 100)
        t_ms = single.get("timeline", {}).get("median_ms")
        row("timeline computed < 100 ms uncached", "stress", f"{fmt(t_ms, 1)} ms (one request)", t_ms is not None and t_ms < 100)
    for scale, res in by.items():
        row("start to ready < 2 s (migrated database)", scale, f"{res['start_to_ready_s']:.2f} s"
            + (f" (AppCDS; {res['start_to_ready_plain_s']:.2f} s without)" if res.get("start_appcds") else ""),
            res["start_to_ready_s"] < 2)
        row("RSS < 300 MB after the load", scale, f"{res['rss_mb_after_load']:.0f} MB", res["rss_mb_after_load"] < 300)
        vis = res.get("visibility_ms", {})
        ok = bool(vis) and all(v is not None and v <= 1000 for v in vis.values())
        row("status update visible in the summary within 1 s (two instances)", scale,
            ", ".join(f"{v} ms" for v in vis.values()), ok)
    return out + [""]


def machine():
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem = int(f.readline().split()[1]) / 1024 / 1024
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(mem, 1), "os": platform.platform(),
            "postgres": psql("postgres", "SHOW server_version"), "java": java,
            "loadavg": " ".join(open("/proc/loadavg").read().split()[:3])}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("scales", nargs="*", help="demo, national, stress or all (default: $BENCH_SCALES or all)")
    args = parser.parse_args()
    scales = args.scales or env("BENCH_SCALES", "all").replace(",", " ").split()
    if "all" in scales:
        scales = list(SCALES)
    for s in scales:
        if s not in SCALES:
            sys.exit(f"unknown scale '{s}': use demo, national, stress or all")
    os.makedirs(RESULTS, exist_ok=True)
    if not os.path.exists(JAR):
        log("building the app (./mvnw -B -q package -DskipTests)")
        subprocess.run(["./mvnw", "-B", "-q", "package", "-DskipTests"], cwd=ROOT, check=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    run = {"started": datetime.datetime.now().astimezone().isoformat(timespec="seconds"), "config": CFG,
           "machine": machine(), "scales": []}
    run["pgbench_init_s"] = pgbench_init()
    for scale in scales:
        try:
            run["scales"].append(run_scale(scale, stamp))
        except Exception as e:  # keep the other scales' results
            log(f"scale {scale} failed: {e}")
            run["scales"].append({"scale": scale, "error": str(e)})
        with open(os.path.join(RESULTS, f"{stamp}.json"), "w") as f:
            json.dump(run, f, indent=2)
    md = report(run)
    with open(os.path.join(RESULTS, f"{stamp}.md"), "w") as f:
        f.write(md)
    print()
    print(md)
    log(f"results: bench/results/{stamp}.json and .md")


if __name__ == "__main__":
    main()
