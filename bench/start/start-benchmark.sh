#!/usr/bin/env bash
# Start benchmark (bench/README.md, "Start time"): how long `java -jar` takes from process start to a healthy
# /actuator/health, from a new empty data directory each time, beside a minimal Spring Boot web + Actuator
# application started the same way (the floor), in the same invocation.
#
#   bench/start/start-benchmark.sh            # 5 starts of each row, report in bench/results/start-latest.md
#   RUNS=3 CDS=0 OUT=target/start.md bench/start/start-benchmark.sh
#
# Settings (environment): RUNS (5), CDS (1: also time Regenpath started by bin/regenpath, with its class data sharing
# archive), BUILD (1: build both jars first, offline), COMPARE_JAR (another Regenpath jar, e.g. an older build, timed
# as a row of its own), OUT (the report), JAVA_OPTS (added to every java command), APP_ARGS (added to every Regenpath
# start, for example --regenpath.demo.enabled=false).
#
# The rows are started in rounds (floor, Regenpath, ...; then again), so a change of load during the invocation hits
# every row alike, and each row's ratio is the median of its per-round ratios to the floor of the same round.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
RUNS="${RUNS:-5}"
CDS="${CDS:-1}"
BUILD="${BUILD:-1}"
OUT="${OUT:-bench/results/start-latest.md}"
JAVA_OPTS="${JAVA_OPTS:-}"
APP_ARGS="${APP_ARGS:-}"
COMPARE_JAR="${COMPARE_JAR:-}"
TIMEOUT_S=240
WORK="$ROOT/target/start-bench"

APP_JAR="$ROOT/target/regenpath-0.1.0-SNAPSHOT.jar"
FLOOR_JAR="$ROOT/bench/start/floor/target/start-floor-0.1.0-SNAPSHOT.jar"

log() { echo "[start-bench] $*" >&2; }

if [[ "$BUILD" == 1 ]]; then
    log "building Regenpath and the floor application (offline)"
    ./mvnw -q -o -DskipTests package
    ./mvnw -q -o -DskipTests -f bench/start/floor/pom.xml package
fi
[[ -f "$APP_JAR" && -f "$FLOOR_JAR" ]] || { log "jars missing; run with BUILD=1"; exit 1; }

rm -rf "$WORK"
mkdir -p "$WORK"
CHILD=""
cleanup() { if [[ -n "$CHILD" ]]; then kill "$CHILD" 2>/dev/null || true; fi; }
trap cleanup EXIT

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# time_start NAME JAR EXTRA_JAVA_OPTS... : one start from a new data directory; prints the milliseconds to healthy and
# the CPU milliseconds (user + system, all threads) the process had used by then.
time_start() {
    local name="$1" jar="$2"; shift 2
    local port data run_log start end code cpu
    port="$(free_port)"
    data="$(mktemp -d "$WORK/data-XXXXXX")"
    run_log="$data/run.log"
    start="$(now_ms)"
    if [[ "$jar" == cds:* ]]; then
        # bin/regenpath execs java, so its process id is the JVM's.
        # shellcheck disable=SC2086
        REGENPATH_JAR="$APP_JAR" REGENPATH_CDS_DIR="${jar#cds:}" JAVA_OPTS="$JAVA_OPTS" bin/regenpath \
            --server.port="$port" --regenpath.data-dir="$data" $APP_ARGS >"$run_log" 2>&1 &
    else
        # shellcheck disable=SC2086
        java $JAVA_OPTS "$@" -jar "$jar" --server.port="$port" --regenpath.data-dir="$data" $APP_ARGS \
            >"$run_log" 2>&1 &
    fi
    CHILD=$!
    while true; do
        code="$(curl -s -o "$data/health.json" -w '%{http_code}' "http://127.0.0.1:$port/actuator/health" || true)"
        if [[ "$code" == 200 ]] && grep -q '"UP"' "$data/health.json"; then
            end="$(now_ms)"
            cpu="$(awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%d", ($12 + $13) * 1000 / hz }' \
                "/proc/$CHILD/stat")"
            break
        fi
        if ! kill -0 "$CHILD" 2>/dev/null; then
            log "$name exited before it was healthy; its log: $run_log"
            tail -30 "$run_log" >&2
            exit 1
        fi
        if (( $(now_ms) - start > TIMEOUT_S * 1000 )); then
            log "$name not healthy after ${TIMEOUT_S}s; its log: $run_log"
            kill "$CHILD"
            exit 1
        fi
        sleep 0.05
    done
    kill "$CHILD"
    wait "$CHILD" 2>/dev/null || true
    CHILD=""
    cp "$run_log" "$WORK/$name-last.log"
    rm -rf "$data"
    echo "$(( end - start )) $cpu"
}

# cds_archive : records the class data sharing archive for Regenpath's jar the way production does (bin/regenpath
# prepare: the jar extracted, a training run that stops once the application context has refreshed) and prints the
# row's "jar": cds:<its directory>, which time_start starts with bin/regenpath.
cds_archive() {
    local dir="$WORK/regenpath-cds"
    REGENPATH_JAR="$APP_JAR" REGENPATH_CDS_DIR="$dir" JAVA_OPTS="$JAVA_OPTS" bin/regenpath prepare >&2
    echo "cds:$dir"
}

declare -A TIMES CPUS RATIOS
ROWS=(floor regenpath)
declare -A JAR OPTS
JAR[floor]="$FLOOR_JAR"
JAR[regenpath]="$APP_JAR"
if [[ -n "$COMPARE_JAR" ]]; then
    ROWS+=(compare)
    JAR[compare]="$COMPARE_JAR"
fi

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
DATE="$(date -u '+%Y-%m-%d %H:%M UTC')"

if [[ "$CDS" == 1 ]]; then
    log "training run for the class data sharing archive"
    JAR[regenpath-cds]="$(cds_archive)"
    ROWS+=(regenpath-cds)
fi

for i in $(seq 1 "$RUNS"); do
    floor_ms=""
    for row in "${ROWS[@]}"; do
        # shellcheck disable=SC2086
        read -r ms cpu <<<"$(time_start "$row" "${JAR[$row]}" ${OPTS[$row]:-})"
        [[ -n "${cpu:-}" ]] || { log "round $i, $row: no figure, stopping"; exit 1; }
        log "round $i, $row: $ms ms to healthy, $cpu ms CPU"
        [[ "$row" == floor ]] && floor_ms="$ms"
        TIMES[$row]="${TIMES[$row]:-} $ms"
        CPUS[$row]="${CPUS[$row]:-} $cpu"
        RATIOS[$row]="${RATIOS[$row]:-} $(awk -v a="$ms" -v b="$floor_ms" 'BEGIN { printf "%.2f", a / b }')"
    done
done
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

stats() { # prints min median max of the numbers given
    printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2;
        printf "%s %s %s\n", a[1], m, a[NR]}'
}

secs() { awk -v ms="$1" 'BEGIN { printf "%.1f s", ms / 1000 }'; }

{
    echo "# Start time, $DATE"
    echo
    echo "Wall time from launching \`java -jar\` to the first 200 \`UP\` from \`/actuator/health\`, each start from a new"
    echo "empty data directory (Regenpath on its embedded H2 database, demo data on), $RUNS rounds; each round starts"
    echo "every row once, in this order. The ratio is the median over the rounds of the row's time over the floor's"
    echo "time in the same round. CPU is the process's user + system time when it was healthy (all its threads)."
    echo
    echo "| application | min | median | max | median / floor | CPU median | starts (ms) |"
    echo "|---|---:|---:|---:|---:|---:|---|"
    for row in "${ROWS[@]}"; do
        # shellcheck disable=SC2086
        read -r mn med mx <<<"$(stats ${TIMES[$row]})"
        # shellcheck disable=SC2086
        read -r _ ratio _ <<<"$(stats ${RATIOS[$row]})"
        # shellcheck disable=SC2086
        read -r _ cpu _ <<<"$(stats ${CPUS[$row]})"
        echo "| $row | $(secs "$mn") | $(secs "$med") | $(secs "$mx") | $ratio | $(secs "$cpu") |${TIMES[$row]} |"
    done
    echo
    echo "- Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"
    echo "  $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) memory; load average $LOAD_BEFORE before,"
    echo "  $LOAD_AFTER after."
    echo "- Java: $(java -version 2>&1 | sed -n 2p)${JAVA_OPTS:+; JAVA_OPTS: $JAVA_OPTS}${APP_ARGS:+; arguments: $APP_ARGS}"
    echo "- Command: \`RUNS=$RUNS CDS=$CDS bench/start/start-benchmark.sh\`, Regenpath built at $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ' with uncommitted changes')${COMPARE_JAR:+; compare: $COMPARE_JAR}"
    if [[ "$CDS" == 1 ]]; then
        echo "- \`regenpath-cds\`: started with \`bin/regenpath\` (README, Running in production): the jar extracted"
        echo "  (\`java -Djarmode=tools -jar … extract\`), a training run with \`-XX:ArchiveClassesAtExit\` and"
        echo "  \`-Dspring.context.exit=onRefresh\` (\`bin/regenpath prepare\`, before the rounds), then each start with"
        echo "  \`-XX:SharedArchiveFile\`."
    fi
} >"$OUT"
cat "$OUT"
log "report written to $OUT"
