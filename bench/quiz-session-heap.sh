#!/usr/bin/env bash
# Heap retained per browser session on the quiz attempt view, measured on the real production jar.
# Opens N sessions (default 40) in Chromium as the demo agent, each on the attempt view of the first demo
# module's quiz, and compares the live heap after full GCs with the heap before.
# Needs: a built jar (./mvnw package -DskipTests), Node with playwright-core (npm i playwright-core), chromium.
set -euo pipefail
N=${1:-40}
PORT=${PORT:-8097}
HERE=$(cd "$(dirname "$0")" && pwd)
JAR=$(ls "$HERE"/../target/certdesk-*.jar | head -1)
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JCMD=${JAVA_HOME:+$JAVA_HOME/bin/}jcmd
DB=$(mktemp -d)
"$JAVA" -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" \
    --spring.datasource.url="jdbc:h2:file:$DB/certdesk" > "$DB/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; rm -rf "$DB"' EXIT
until grep -q "Demo quizzes" "$DB/app.log" 2>/dev/null; do sleep 1; done
sleep 3
used() { "$JCMD" "$APP" GC.run >/dev/null; sleep 2; "$JCMD" "$APP" GC.run >/dev/null; sleep 1
         "$JCMD" "$APP" GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+'; }
# one warm-up session so that classes and caches are loaded before the baseline
START_QUIZ=1 node "$HERE/quiz-session-heap.js" "http://localhost:$PORT" 1 modules/1 agent demo < /dev/null > /dev/null
BEFORE=$(used)
exec 3> >(START_QUIZ=${START_QUIZ-1} node "$HERE/quiz-session-heap.js" "http://localhost:$PORT" "$N" "${PAGE:-modules/1}" agent demo > "$DB/node.log" 2>&1)
until grep -q OPEN "$DB/node.log" 2>/dev/null; do sleep 1; done
AFTER=$(used)
exec 3>&-
echo "=== Session heap on the production jar: $N open sessions on ${PAGE:-the quiz attempt view} ==="
echo "heap before: ${BEFORE} KB, with sessions: ${AFTER} KB"
echo "per session: $(( (AFTER - BEFORE) / N )) KB (target <= 150 KB)"
