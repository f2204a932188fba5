#!/usr/bin/env bash
# Start-up time of Certdesk's production jar against a floor (bench/startup-floor: Vaadin + Spring Boot + JPA + H2,
# one view, one entity), with and without the JDK 25 AOT cache.
#
#   bench/startup.sh [N]        N rounds (default 5); each round starts every variant once, in turn, so that the
#                               machine's drift hits all of them alike; medians at the end
#   DB=fresh|migrated           Certdesk's H2 file: a fresh empty one each start (Flyway runs all migrations,
#                               the default) or one migrated once before the rounds (start of an up-to-date node)
#   VARIANTS="floor certdesk certdesk-aot floor-aot"   which ones to run
#   JAVA_OPTS="-Xmx1g"          JVM options for every start, training runs included (AOT cache needs them equal)
#   CERTDESK_ARGS="--x=y"       extra arguments for every Certdesk start
#   CERTDESK_B_ARGS="--x=y"     variant certdesk-b: Certdesk with these extra arguments, to compare a setting with
#                               the plain certdesk variant in the same rounds (VARIANTS="certdesk certdesk-b")
#   BUILD=1                     rebuild both jars even when they exist
#   KEEP=dir                    work folder kept (logs of every start), else a temporary one removed at the end
#
# A start is the time from launching `java` to the first HTTP 200 of the app's page (floor: /, Certdesk: /login),
# polled with curl every 20 ms. The AOT variants extract the jar (java -Djarmode=tools -jar app.jar extract), make
# the cache once in a training run (-XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh, Spring Boot's
# recipe) and start with -XX:AOTCache=app.aot. Demo data is off in every Certdesk start, as in production.
# Needs a JDK 25 (JAVA_HOME), curl; builds offline with the project's wrapper.
set -euo pipefail
N=${1:-5}
DB=${DB:-fresh}
VARIANTS=${VARIANTS:-floor certdesk certdesk-aot floor-aot}
JAVA_OPTS=${JAVA_OPTS:-}
CERTDESK_ARGS=${CERTDESK_ARGS:-}
CERTDESK_B_ARGS=${CERTDESK_B_ARGS:-}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
PORT=${PORT:-18090}

floor_jar() { ls "$HERE"/startup-floor/target/startup-floor-*.jar 2>/dev/null | grep -v original | head -1; }
certdesk_jar() { ls "$ROOT"/target/certdesk-*.jar 2>/dev/null | grep -v original | head -1; }
if [[ -n "${BUILD:-}" || -z "$(floor_jar)" ]]; then
  (cd "$ROOT" && ./mvnw -B -ntp -o -q -f bench/startup-floor/pom.xml package)
fi
if [[ -n "${BUILD:-}" || -z "$(certdesk_jar)" ]]; then
  (cd "$ROOT" && ./mvnw -B -ntp -o -q package -DskipTests)
fi

if [[ -n "${KEEP:-}" ]]; then WORK=$KEEP; mkdir -p "$WORK"; else WORK=$(mktemp -d); fi
PID=
cleanup() {
  if [[ -n "$PID" ]]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  if [[ -z "${KEEP:-}" ]]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT

# copies of the jars (a rebuild during the run does not change them) and their extracted forms
cp "$(floor_jar)" "$WORK/floor.jar"
cp "$(certdesk_jar)" "$WORK/certdesk.jar"
now_ms() { date +%s%3N; }

# db_args VARIANT FOLDER: the database settings of one start
db_args() {
  case $1 in
    floor*) echo "--spring.datasource.url=jdbc:h2:file:$2/floor;DB_CLOSE_ON_EXIT=FALSE" ;;
    certdesk*) echo "--spring.datasource.url=jdbc:h2:file:$2/certdesk;DB_CLOSE_ON_EXIT=FALSE --certdesk.demo.enabled=false $CERTDESK_ARGS" ;;
  esac
}
page() { case $1 in floor*) echo /;; certdesk*) echo /login;; esac; }

# the folder a variant starts in and its command line (without database arguments); the AOT variants start in the
# extracted folder with the same relative jar path as the training run (else the JVM refuses the cache: "shared
# class paths mismatch")
folder() { case $1 in *-aot) echo "$WORK/${1%-aot}-x";; *) echo "$WORK";; esac; }
launch() {
  case $1 in
    floor) echo "$JAVA $JAVA_OPTS -jar floor.jar" ;;
    certdesk) echo "$JAVA $JAVA_OPTS -jar certdesk.jar" ;;
    certdesk-b) echo "$JAVA $JAVA_OPTS -jar certdesk.jar $CERTDESK_B_ARGS" ;;
    floor-aot) echo "$JAVA $JAVA_OPTS -XX:AOTMode=on -XX:AOTCache=app.aot -jar floor.jar" ;;
    certdesk-aot) echo "$JAVA $JAVA_OPTS -XX:AOTMode=on -XX:AOTCache=app.aot -jar certdesk.jar" ;;
  esac
}

# migrated database: one start that migrates, kept and copied before each start
fresh_db() { # VARIANT -> folder for this start's database
  local dir; dir=$(mktemp -d "$WORK/db.XXXX")
  if [[ $DB == migrated && $1 == certdesk* && -d "$WORK/migrated" ]]; then cp "$WORK"/migrated/* "$dir"/; fi
  echo "$dir"
}

# start VARIANT LOG [DBDIR]: prints milliseconds to the first 200 of the page, stops the app again (and removes
# the database, unless DBDIR was given)
start() {
  local v=$1 log=$2 dir=${3:-} t0 t1
  [[ -n "$dir" ]] || dir=$(fresh_db "$v")
  PORT=$((PORT + 1))
  t0=$(now_ms)
  # shellcheck disable=SC2046
  (cd "$(folder "$v")" && exec $(launch "$v") --server.port=$PORT $(db_args "$v" "$dir")) >"$log" 2>&1 &
  PID=$!
  until curl -s -f -o /dev/null "http://localhost:$PORT$(page "$v")"; do
    if ! kill -0 "$PID" 2>/dev/null; then echo "$v did not start, see $log" >&2; tail -20 "$log" >&2; exit 1; fi
    sleep 0.02
  done
  t1=$(now_ms)
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
  [[ -n "${3:-}" ]] || rm -rf "$dir"
  echo $((t1 - t0))
}

# AOT caches: extract, one training run each (on a fresh database, as the measured starts)
for base in floor certdesk; do
  if [[ " $VARIANTS " == *" $base-aot "* ]]; then
    x="$WORK/$base-x"; rm -rf "$x"
    "$JAVA" -Djarmode=tools -jar "$WORK/$base.jar" extract --destination "$x" >/dev/null
    dir=$(mktemp -d "$WORK/db.XXXX")
    # shellcheck disable=SC2046
    (cd "$x" && "$JAVA" $JAVA_OPTS -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar "$base.jar" \
      --server.port=0 $(db_args "$base" "$dir") >"$WORK/$base-training.log" 2>&1) || true
    rm -rf "$dir"
    [[ -s "$x/app.aot" ]] || { echo "no AOT cache for $base, see $WORK/$base-training.log" >&2; tail -20 "$WORK/$base-training.log" >&2; exit 1; }
    echo "AOT cache $base: $(du -h "$x/app.aot" | cut -f1)"
  fi
done
if [[ $DB == migrated ]]; then # one full start migrates (and creates the first administrator), then it is copied
  mkdir -p "$WORK/migrated"
  echo "migrating a database once: $(start certdesk "$WORK/migrate.log" "$WORK/migrated") ms"
fi

declare -A times
for ((r = 1; r <= N; r++)); do
  line="round $r:"
  for v in $VARIANTS; do
    ms=$(start "$v" "$WORK/$v-$r.log")
    times[$v]="${times[$v]:-} $ms"
    line="$line $v $ms ms"
  done
  echo "$line"
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
declare -A med
echo "medians of $N rounds (DB=$DB, load $(cut -d' ' -f1-3 /proc/loadavg)):"
for v in $VARIANTS; do
  med[$v]=$(echo "${times[$v]}" | median)
  printf '  %-13s %6d ms   (%s )\n' "$v" "${med[$v]}" "${times[$v]}"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
if [[ -n "${med[floor]:-}" && -n "${med[certdesk]:-}" ]]; then
  echo "  Certdesk / floor:               $(ratio "${med[certdesk]}" "${med[floor]}")x  (target <= 1.2x)"
fi
if [[ -n "${med[floor]:-}" && -n "${med[certdesk-aot]:-}" ]]; then
  echo "  Certdesk with AOT cache / floor: $(ratio "${med[certdesk-aot]}" "${med[floor]}")x  (target <= 0.35x)"
fi
if [[ -n "${med[floor]:-}" && -n "${med[floor-aot]:-}" ]]; then
  echo "  floor with AOT cache / floor:    $(ratio "${med[floor-aot]}" "${med[floor]}")x"
fi
