#!/usr/bin/env bash
# The long robustness suite (README "Robustness"): starts a private PostgreSQL 15 (initdb into a temporary
# folder, port 55432), the packaged app twice and nginx in front of them, all on 127.0.0.1, and runs
# lost updates, a database outage, a SIGKILL crash, the OpenAPI fuzzer (10,000+ requests), two
# instances and a soak; prints a summary (also in target/robustness/summary.txt) and exits non-zero
# when a scenario fails. Settings: SOAK_SECONDS (600), FUZZ_REQUESTS (10000), OUTAGE_SECONDS (10),
# SCENARIOS (lost,outage,crash,fuzz,two,soak), ports ROBUSTNESS_PG_PORT / _PORT_A / _PORT_B / _NGINX_PORT.
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=target/quarkus-app/quarkus-run.jar
if [ ! -f "$jar" ] || [ -n "$(find src/main frontend/src pom.xml -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
  echo "+ ./mvnw -B -q package -DskipTests   (the packaged app is missing or older than the sources)"
  ./mvnw -B -q package -DskipTests
fi
echo "+ running org.pilotboard.robustness.LongRun"
exec ./mvnw -B -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
  -Dexec.args="-Xmx512m -cp %classpath org.pilotboard.robustness.LongRun"
