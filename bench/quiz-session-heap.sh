#!/usr/bin/env bash
# Heap retained per signed-in browser session on the quiz attempt view, measured on the real production jar.
#
#   bench/quiz-session-heap.sh [N]          N sessions a round (default 100)
#   ROUNDS=3 WARMUP=30                     measured rounds, warm-up sessions before the first round
#   PAGE=account START_QUIZ=               another page instead of the quiz attempt view (START_QUIZ= skips
#                                          the start-quiz click)
#   KEEP=dir                               keep the app log and the class histograms in dir
#   DUMP=file.hprof                        also write a heap dump while the last round's sessions are open
#
# Starts (a copy of) the jar with demo data, then in Chromium as the demo agent: opens WARMUP sessions on the
# page and signs them out again (loads classes, fills Vaadin's, Spring's, Hibernate's and H2's caches, JIT),
# then ROUNDS times: takes the live heap, opens N new sessions (each its own browser context, so its own HTTP
# and Vaadin session, kept open so that the pages keep their heartbeat), checks every page is still connected,
# takes the live heap again, and signs the N sessions out. Per round it prints the growth per session; then the
# median, and the classes that grew most per session (all rounds together).
#
# Connections are not sessions: each browser context keeps several keep-alive connections open for a while,
# each with 16 KB of Tomcat socket buffers, and Tomcat keeps closed connections' channels (with the buffers)
# in a pool for reuse. So every measurement waits until the browsers' idle connections are closed, and the
# warm-up is long enough (over a minute of sign-ins) for that pool to reach the size a round needs; otherwise
# a fixed ~2 MB of buffers is spread over the sessions and small N look worse than large N.
#
# "Live heap" is the total of a class histogram (jcmd GC.class_histogram: a full GC, then only reachable
# objects), after two more full GCs so that weakly reachable objects are gone; G1's "used" after the GCs is
# printed alongside. The instance counts of sessions, UIs and layouts show that exactly N sessions each held
# exactly one UI while measuring.
# Needs: a built jar (./mvnw package -DskipTests), Node with playwright-core (npm i --prefix bench
# playwright-core, or NODE_PATH pointing at a node_modules that has it), chromium.
set -euo pipefail
N=${1:-100}
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-30}
PAGE=${PAGE:-modules/1}
export START_QUIZ=${START_QUIZ-1}
PORT=${PORT:-8097}
HERE=$(cd "$(dirname "$0")" && pwd)
JAR_BUILT=$(ls "$HERE"/../target/certdesk-*.jar | head -1)
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JCMD=${JAVA_HOME:+$JAVA_HOME/bin/}jcmd
WORK=$(mktemp -d)
APP=
DRV_PID=
cleanup() {
    [ -n "$DRV_PID" ] && kill "$DRV_PID" 2>/dev/null
    [ -n "$APP" ] && kill "$APP" 2>/dev/null
    if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP" && cp "$WORK"/*.log "$WORK"/*.histo "$KEEP"/ 2>/dev/null; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

JAR="$WORK/certdesk.jar"
cp "$JAR_BUILT" "$JAR" # a build during the run must not pull the jar from under the app
"$JAVA" -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" \
    --spring.datasource.url="jdbc:h2:file:$WORK/certdesk" > "$WORK/app.log" 2>&1 &
APP=$!
until grep -q "Demo quizzes" "$WORK/app.log" 2>/dev/null; do
    kill -0 "$APP" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
    sleep 1
done

coproc DRV { exec node "$HERE/quiz-session-heap.js" "http://localhost:$PORT" "$PAGE" agent demo 2>"$WORK/node.log"; }
drive() { # command -> reply line of the browser driver
    echo "$1" >&"${DRV[1]}"
    local reply
    if ! read -r reply <&"${DRV[0]}"; then echo "browser driver failed:" >&2; cat "$WORK/node.log" >&2; exit 1; fi
    echo "$reply"
}

# waits (at most 2 minutes) until no connection to the app is open, so that no socket buffers are counted
idle() {
    local i
    for i in $(seq 1 120); do
        [ "$(ss -Htn state established "( sport = :$PORT )" | wc -l)" -eq 0 ] && return
        sleep 1
    done
    echo "  WARNING: connections still open: $(ss -Htn state established "( sport = :$PORT )" | wc -l)" >&2
}
# live heap: writes the class histogram to $1.histo and prints "histogram-total-KB g1-used-KB"
measure() {
    idle
    "$JCMD" "$APP" GC.run >/dev/null; sleep 1; "$JCMD" "$APP" GC.run >/dev/null; sleep 1
    "$JCMD" "$APP" GC.class_histogram > "$WORK/$1.histo"
    local used total
    used=$("$JCMD" "$APP" GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+')
    total=$(awk '$1 == "Total" { print int($3 / 1024) }' "$WORK/$1.histo")
    echo "$total $used"
}
# instances of a class (exact name) in a histogram
count() { awk -v c="$2" '$4 == c { n += $2 } END { print n + 0 }' "$WORK/$1.histo"; }
COUNTED="org.apache.catalina.session.StandardSession com.vaadin.flow.server.VaadinSession com.vaadin.flow.component.UI com.certdesk.base.ui.MainLayout"
counts() { # before after -> "StandardSession +n, ..."
    local out="" c
    for c in $COUNTED; do out="$out${out:+, }${c##*.} +$(( $(count "$2" "$c") - $(count "$1" "$c") ))"; done
    echo "$out"
}

echo "=== Session heap on the production jar: ${PAGE}${START_QUIZ:+ (quiz attempt view)}, $ROUNDS rounds of $N sessions, $WARMUP warm-up sessions ==="
if [ "$WARMUP" -gt 0 ]; then
    drive "open $WARMUP" >/dev/null
    drive "close" >/dev/null
fi
RESULTS=()
for r in $(seq 1 "$ROUNDS"); do
    read -r B_TOTAL B_USED <<< "$(measure "before$r")"
    opened=$(drive "open $N")
    alive=$(drive "check")
    read -r A_TOTAL A_USED <<< "$(measure "with$r")"
    if [ -n "${DUMP:-}" ] && [ "$r" = "$ROUNDS" ]; then "$JCMD" "$APP" GC.heap_dump -overwrite "$(realpath "$DUMP")" >/dev/null; fi
    alive2=$(drive "check")
    drive "close" >/dev/null
    per=$(( (A_TOTAL - B_TOTAL) / N ))
    RESULTS+=("$per")
    echo "round $r: live heap ${B_TOTAL} -> ${A_TOTAL} KB = ${per} KB per session" \
         "(G1 used ${B_USED} -> ${A_USED} KB = $(( (A_USED - B_USED) / N )) KB); $(counts "before$r" "with$r"); ${alive2}"
    [ "$alive" = "ALIVE $N" ] && [ "$alive2" = "ALIVE $N" ] || echo "  WARNING: not all sessions alive: $alive / $alive2"
done
read -r E_TOTAL _ <<< "$(measure "end")"
echo "after signing out all: live heap ${E_TOTAL} KB ($(counts "before1" "end") since round 1)"
MEDIAN=$(printf '%s\n' "${RESULTS[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
echo "per session: rounds ${RESULTS[*]} KB, median ${MEDIAN} KB (target <= 150 KB)"

echo "--- classes that grew most, per session (all rounds) ---"
for r in $(seq 1 "$ROUNDS"); do
    awk -v s=-1 '$1 ~ /^[0-9]+:$/ { print $4, s * $2, s * $3 }' "$WORK/before$r.histo"
    awk -v s=1 '$1 ~ /^[0-9]+:$/ { print $4, s * $2, s * $3 }' "$WORK/with$r.histo"
done | awk -v n=$((N * ROUNDS)) '{ c[$1] += $2; b[$1] += $3 }
    END { for (k in b) printf "%9.0f B %7.1f objects  %s\n", b[k] / n, c[k] / n, k }' | sort -rn | head -"${TOP:-25}"
drive "quit" >/dev/null || true
