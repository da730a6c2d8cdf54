#!/usr/bin/env bash
# The analysis's first answer as the server gives it (AnalysisFirstAnswer): the configured languages' models
# load in a background thread, as after ApplicationReadyEvent, while texts are analysed at once. LANGUAGES
# (comma-separated, default the demo organisation's twelve) may be set. Prints milliseconds since JVM start
# and the process's CPU time.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d target/test-classes/io/dandelion/bench ] || [ ! -d target/classes/analysis/ngrams ]; then
  ./mvnw -q -B -DskipTests package
fi
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
uptime
/usr/bin/time -f 'whole process: %e s wall, %U s user + %S s system CPU, peak RSS %M KB' \
  java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" io.dandelion.bench.AnalysisFirstAnswer \
  "${LANGUAGES:-en,fr,nl,de,es,ca,pl,ro,ar,tr,uk,fa}"
uptime
