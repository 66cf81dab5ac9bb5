// Parity check of content/<lang>/ against content/ (English). Usage: node .tmp/parity.mjs ru
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';

const lang = process.argv[2] ?? 'ru';
const root = new URL('..', import.meta.url).pathname;
const en = (p) => join(root, 'content', p);
const tr = (p) => join(root, 'content', lang, p);
const problems = [];
const warnings = [];
const say = (file, msg) => problems.push(`${lang}/${file}: ${msg}`);
const warn = (file, msg) => warnings.push(`${lang}/${file}: ${msg}`);
const flatten = (s) => s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
const TRANSLATED = '2026-12-01';

function splitFrontmatter(text) {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error('no frontmatter');
  return { fm: YAML.parse(m[1]), body: m[2] };
}

function sections(body) {
  const out = [{ id: '(intro)', text: '' }];
  for (const line of body.split('\n')) {
    const h = /^(#{2,3}) .*\{#([a-z0-9-]+)\}\s*$/.exec(line);
    if (h) out.push({ id: `${h[1]}${h[2]}`, text: '' });
    else out[out.length - 1].text += line + '\n';
  }
  return out;
}

const cites = (t) => (t.match(/<Cite\b[^>]*\/>/g) ?? []).map((c) => c.replace(/\s+/g, ' ')).sort();
const qs = (t) => [...t.matchAll(/<Q en="([^"]*)">/g)].map((m) => m[1]);
const englishQuotes = (t) => (flatten(t.replace(/<Cite\b[^>]*\/>/g, "")).match(/"[^"\n]{1,200}"/g) ?? []).length;

// Q elements: balanced, en found in the English text, no quotation marks around them.
function checkQ(file, ruText, enText) {
  const opens = (ruText.match(/<Q en="/g) ?? []).length;
  const closes = (ruText.match(/<\/Q>/g) ?? []).length;
  if (opens !== closes) say(file, `${opens} <Q> but ${closes} </Q>`);
  const flat = flatten(enText).replace(/\\"/g, '"');
  for (const q of qs(ruText)) if (!flat.includes(q)) say(file, `<Q en="${q}"> not found in the English file`);
  if (/[«"“„]\s*<Q\b|<\/Q>\s*[»"”“]/.test(ruText)) say(file, 'quotation marks around a <Q> element');
  const outside = ruText.replace(/<Q en="[^"]*">/g, '<Q>').replace(/<Cite\b[^>]*\/>/g, '');
  if (/"/.test(outside.replace(/^---[\s\S]*?---/, '')))
    say(file, 'straight double quote outside an attribute (use «…» or <Q>)');
  if (/ —/.test(outside)) say(file, 'space (not no-break) before an em dash');
  if (/\d %/.test(outside)) say(file, 'space (not no-break) before %');
}

function checkProse(rel) {
  const enText = readFileSync(en(rel), 'utf8');
  if (!existsSync(tr(rel))) return say(rel, 'missing');
  const ruText = readFileSync(tr(rel), 'utf8');
  let E, R;
  try {
    E = splitFrontmatter(enText);
    R = splitFrontmatter(ruText);
  } catch (e) {
    return say(rel, `frontmatter: ${e.message}`);
  }
  const isTopic = rel.startsWith('topics/');
  const allowed = new Set(['title', 'description', 'translation', ...(isTopic ? ['navLabel', 'learn'] : [])]);
  for (const k of Object.keys(R.fm)) if (!allowed.has(k)) say(rel, `frontmatter key "${k}" must not be repeated`);
  for (const k of allowed) if (k !== 'translation' && (k in E.fm) !== (k in R.fm)) say(rel, `frontmatter "${k}" present in one edition only`);
  if (isTopic && [...(R.fm.navLabel ?? '')].length > 24) say(rel, `navLabel is ${[...R.fm.navLabel].length} > 24 characters`);
  const t = R.fm.translation ?? {};
  if (String(t.englishReviewed instanceof Date ? t.englishReviewed.toISOString().slice(0, 10) : t.englishReviewed) !== String(E.fm.lastReviewed instanceof Date ? E.fm.lastReviewed.toISOString().slice(0, 10) : E.fm.lastReviewed))
    say(rel, `translation.englishReviewed ${t.englishReviewed} ≠ English lastReviewed ${E.fm.lastReviewed}`);
  if (String(t.translated) !== TRANSLATED && !(t.translated instanceof Date && t.translated.toISOString().startsWith(TRANSLATED)))
    say(rel, `translation.translated should be ${TRANSLATED}`);
  if ((R.fm.description ?? '').length > 160) say(rel, `description ${R.fm.description.length} > 160 characters`);
  const es = sections(E.body);
  const rs = sections(R.body);
  const eIds = es.map((s) => s.id).join(' ');
  const rIds = rs.map((s) => s.id).join(' ');
  if (eIds !== rIds) say(rel, `headings differ:\n  en: ${eIds}\n  ${lang}: ${rIds}`);
  else
    es.forEach((s, i) => {
      const a = cites(s.text).join('\n');
      const b = cites(rs[i].text).join('\n');
      if (a !== b) say(rel, `section ${s.id}: citations differ\n  en: ${cites(s.text).join(' ')}\n  ${lang}: ${cites(rs[i].text).join(' ')}`);
      const eLinks = (s.text.match(/\]\(([^)]*)\)/g) ?? []).sort().join(' ');
      const rLinks = (rs[i].text.match(/\]\(([^)]*)\)/g) ?? []).sort().join(' ');
      if (eLinks !== rLinks) say(rel, `section ${s.id}: link targets differ\n  en: ${eLinks}\n  ${lang}: ${rLinks}`);
      const nq = englishQuotes(s.text);
      const nr = qs(rs[i].text).length;
      if (nq !== nr) warn(rel, `section ${s.id}: ${nq} quoted spans in English, ${nr} <Q> here`);
    });
  const bodyNoIds = R.body.replace(/\{#[a-z0-9-]+\}\s*$/gm, '');
  if (/[{}]/.test(bodyNoIds)) say(rel, 'a brace outside a heading id');
  const tags = new Set((R.body.match(/<\/?([A-Za-z]+)/g) ?? []).map((x) => x.replace(/[</]/g, '')));
  for (const tag of tags) if (!['Cite', 'Q', 'abbr', 'br', 'span', 'sub', 'sup'].includes(tag)) say(rel, `element <${tag}> not allowed`);
  checkQ(rel, ruText, enText);
}

function checkYamlList(rel, listKey, fields, opts = {}) {
  const enText = readFileSync(en(rel), 'utf8');
  if (!existsSync(tr(rel))) return say(rel, 'missing');
  const ruText = readFileSync(tr(rel), 'utf8');
  let data;
  try {
    data = YAML.parse(ruText);
  } catch (e) {
    return say(rel, `YAML: ${e.message}`);
  }
  const english = YAML.parse(enText);
  if (String(data.translated instanceof Date ? data.translated.toISOString().slice(0, 10) : data.translated) !== TRANSLATED) say(rel, 'translated: date missing or wrong');
  const keys = Object.keys(data).sort().join(',');
  if (keys !== ['translated', listKey].sort().join(',')) say(rel, `top-level keys ${keys}`);
  const items = data[listKey] ?? [];
  const eIds = english.map((x) => x.id).join(' ');
  const rIds = items.map((x) => x.id).join(' ');
  if (eIds !== rIds) say(rel, `ids differ:\n  en: ${eIds}\n  ${lang}: ${rIds}`);
  for (const item of items) {
    for (const k of Object.keys(item)) if (!['id', ...fields].includes(k)) say(rel, `${item.id}: key "${k}" not allowed`);
    for (const k of fields) if (!(k in item) && !(opts.optional ?? []).includes(k)) say(rel, `${item.id}: "${k}" missing`);
    if (item.otherNames && !Array.isArray(item.otherNames)) say(rel, `${item.id}: otherNames not a list`);
    const enItem = english.find((x) => x.id === item.id);
    if (enItem && item.otherNames?.some((n) => n.toLowerCase() === enItem.name.toLowerCase())) say(rel, `${item.id}: English name in otherNames`);
  }
  checkQ(rel, ruText, enText);
}

function checkSource(rel) {
  const enText = readFileSync(en(rel), 'utf8');
  if (!existsSync(tr(rel))) return say(rel, 'missing');
  const ruText = readFileSync(tr(rel), 'utf8');
  let R;
  try {
    R = YAML.parse(ruText);
  } catch (e) {
    return say(rel, `YAML: ${e.message}`);
  }
  const E = YAML.parse(enText);
  if (String(R.translated instanceof Date ? R.translated.toISOString().slice(0, 10) : R.translated) !== TRANSLATED) say(rel, 'translated: date missing or wrong');
  const allowed = new Set(['translated', 'authorRole', 'completeness', 'about', 'paragraphs', 'facts', 'title', 'outlet']);
  for (const k of Object.keys(R)) if (!allowed.has(k)) say(rel, `key "${k}" not allowed`);
  for (const k of ['authorRole', 'completeness', 'about']) if (typeof R[k] !== 'string' || !R[k]) say(rel, `"${k}" missing`);
  if ('title' in R && E.descriptiveTitle !== true) say(rel, 'title given, but the English title is a published one');
  if (E.descriptiveTitle === true && !('title' in R)) say(rel, 'descriptive title not translated');
  for (const k of ['paragraphs', 'facts']) {
    const a = E[k]?.length;
    const b = R[k]?.length;
    if (a !== b) say(rel, `${k}: ${a ?? 0} in English, ${b ?? 0} here`);
    if (R[k]?.some((x) => typeof x !== 'string' || !x)) say(rel, `${k}: every item must be a non-empty string`);
  }
  checkQ(rel, ruText, enText);
}

const list = (dir, ext) => readdirSync(en(dir)).filter((f) => f.endsWith(ext)).sort();
const listTr = (dir) => (existsSync(tr(dir)) ? readdirSync(tr(dir)).sort() : []);
for (const dir of ['topics', 'pages', 'sources']) {
  const ext = dir === 'sources' ? '.yaml' : '.mdx';
  const a = list(dir, ext);
  const b = listTr(dir);
  for (const f of b) if (!a.includes(f)) say(`${dir}/${f}`, 'has no English counterpart');
  for (const f of a) (dir === 'sources' ? checkSource : checkProse)(`${dir}/${f}`);
}
const top = readdirSync(join(root, 'content', lang)).sort();
for (const f of top) if (!['topics', 'pages', 'sources', 'glossary.yaml', 'timeline.yaml', 'members.yaml', 'TERMS.md'].includes(f)) say(f, 'unexpected file');
if (!top.includes('TERMS.md')) say('TERMS.md', 'missing');
checkYamlList('glossary.yaml', 'terms', ['name', 'otherNames', 'definition']);
checkYamlList('timeline.yaml', 'events', ['title', 'summary']);
checkYamlList('members.yaml', 'members', ['name']);

for (const w of warnings) console.log(`note  ${w}`);
for (const p of problems) console.log(`FAIL  ${p}`);
console.log(problems.length === 0 ? `parity ${lang}: OK (${warnings.length} notes)` : `parity ${lang}: ${problems.length} problem(s)`);
process.exit(problems.length === 0 ? 0 : 1);
