// Scores language answers against the expected languages and prints one Markdown table row per run.
// Usage: node report.mjs texts.jsonl RUN... where each RUN is name:answers.jsonl:time.txt:gc.log
// (time.txt from /usr/bin/time -f '%e %U %S %M'; gc.log from -Xlog:gc). 'und' counts as wrong.
import fs from 'node:fs';

const lines = (file) => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
const texts = lines(process.argv[2]);
const expected = new Map(texts.map((t) => [String(t.id), t.expected]));

console.log('| run | texts | accuracy | und | wall s | CPU s | texts/s per core (CPU) | peak RSS MiB | heap after GC, max MiB |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const run of process.argv.slice(3)) {
  const [name, answersFile, timeFile, gcFile] = run.split(':');
  const answers = lines(answersFile);
  if (answers.length !== texts.length) throw new Error(`${name}: ${answers.length} answers for ${texts.length} texts`);
  let right = 0;
  let und = 0;
  answers.forEach((a, i) => {
    if (String(a.id) !== String(texts[i].id)) throw new Error(`${name}: answer ${i} is for ${a.id}, not ${texts[i].id}`);
    if (a.language === 'und') und++;
    if (a.language === expected.get(String(a.id))) right++;
  });
  const [wall, user, sys, rssKb] = fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  const heaps = [...fs.readFileSync(gcFile, 'utf8').matchAll(/->(\d+)M\(/g)].map((m) => Number(m[1]));
  const cpu = user + sys;
  console.log(`| ${name} | ${texts.length} | ${(right / texts.length).toFixed(4)} | ${und} | ${wall.toFixed(1)} | ${cpu.toFixed(1)} | `
    + `${Math.round(texts.length / cpu)} | ${Math.round(rssKb / 1024)} | ${heaps.length ? Math.max(...heaps) : 'no GC'} |`);
}
