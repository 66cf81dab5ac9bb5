// Parity check of content/zh against content/ (English). Run: node .tmp/zh-parity.mjs
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

const ROOT = 'content';
const ZH = 'content/zh';
const errors = [];
const warnings = [];
const err = (f, m) => errors.push(`${f}: ${m}`);
const warn = (f, m) => warnings.push(`${f}: ${m}`);

const ls = (d, ext) => fs.readdirSync(d).filter((f) => f.endsWith(ext)).sort();
function sameSet(dirEn, dirZh, ext) {
  const a = ls(dirEn, ext), b = ls(dirZh, ext);
  for (const f of a) if (!b.includes(f)) err(`${dirZh}/${f}`, 'missing');
  for (const f of b) if (!a.includes(f)) err(`${dirZh}/${f}`, 'no English counterpart');
  return a.filter((f) => b.includes(f));
}

function splitFm(text) {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error('no frontmatter');
  return { fm: YAML.parse(m[1]), body: m[2] };
}
const stripLinks = (s) => s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
const cjk = '[\\u3400-\\u9fff\\u3000-\\u303f\\uff00-\\uffef“”《》]';

function sections(body) {
  const out = [{ id: '(intro)', text: '' }];
  for (const line of body.split('\n')) {
    const h = /^(#{2,3}) (.*?) \{#([a-z0-9-]+)\}\s*$/.exec(line);
    if (h) out.push({ id: h[3], level: h[1].length, text: '' });
    else {
      if (/^#/.test(line)) errors.push(`heading without id: ${line}`);
      out[out.length - 1].text += line + '\n';
    }
  }
  return out;
}
function cites(text) {
  return [...text.matchAll(/<Cite\s+([^>]*?)\s*\/>/g)]
    .map((m) => {
      const src = /source="([^"]+)"/.exec(m[1])?.[1];
      const p = /p="([^"]+)"/.exec(m[1])?.[1];
      const notes = /\bnotes\b/.test(m[1]);
      return `${src}${p ? ' p' + p : ''}${notes ? ' notes' : ''}`;
    })
    .sort();
}
const links = (text) => [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).sort();
const qs = (text) => [...text.matchAll(/<Q en="([^"]*)">([\s\S]*?)<\/Q>/g)].map((m) => ({ en: m[1], zh: m[2] }));
const enQuotes = (text) => [...stripLinks(text.replace(/\\"/g, '"')).replace(/<[^>]*>/g, '').matchAll(/"([^"\n]+)"/g)].map((m) => m[1]);

function checkZhProse(f, s) {
  const noQ = s.replace(/<Q en="[^"]*">/g, '<Q>');
  const noTags = noQ.replace(/<[^>]*>/g, '');
  if (new RegExp(`${cjk} +${cjk}`).test(noQ)) warn(f, 'space between Chinese characters');
  const ascii = noQ.match(new RegExp(`${cjk}[,.;:!?()]|[,.;:!?(](?=${cjk})`, 'g'));
  if (ascii) err(f, `ASCII punctuation next to Chinese: ${[...new Set(ascii)].join(' ')}`);
  const quoteMarks = noTags.match(/[“”"「」]/g);
  if (quoteMarks) warn(f, `${quoteMarks.length} quotation mark(s) outside <Q> (only allowed where the text is not a quotation)`);
  const els = [...noQ.matchAll(/<([A-Za-z]+)/g)].map((m) => m[1]).filter((e) => !['Cite', 'Q', 'abbr', 'br', 'span', 'sub', 'sup'].includes(e));
  if (els.length) err(f, `elements not allowed: ${els}`);
}
function checkQ(f, zhText, enText) {
  const enPlain = stripLinks(enText.replace(/\\"/g, '"'));
  for (const q of qs(zhText)) {
    if (!enPlain.includes(q.en)) err(f, `<Q en="${q.en}"> not found in the English file`);
    else if (!enQuotes(enText).some((e) => e.includes(q.en))) warn(f, `<Q en="${q.en}"> occurs in English but not inside quotation marks`);
    if (/^[“”"]|[“”"]$/.test(q.zh)) err(f, `<Q en="${q.en}"> has quotation marks inside`);
  }
}

// --- MDX files
function checkMdx(rel, kind) {
  const fEn = path.join(ROOT, rel), fZh = path.join(ZH, rel);
  const en = splitFm(fs.readFileSync(fEn, 'utf8'));
  const zhRaw = fs.readFileSync(fZh, 'utf8');
  let zh;
  try { zh = splitFm(zhRaw); } catch (e) { return err(fZh, e.message); }
  const allowed = kind === 'topic' ? ['title', 'navLabel', 'description', 'learn', 'translation'] : ['title', 'description', 'translation'];
  for (const k of Object.keys(zh.fm)) if (!allowed.includes(k)) err(fZh, `frontmatter key "${k}" not allowed`);
  for (const k of allowed) if (zh.fm[k] === undefined) err(fZh, `frontmatter key "${k}" missing`);
  if (zh.fm.navLabel && [...zh.fm.navLabel].length > 24) err(fZh, `navLabel longer than 24 characters`);
  const dl = [...(zh.fm.description ?? '')].length;
  if (dl < 50 || dl > 80) warn(fZh, `description is ${dl} characters (aim 50–80)`);
  const t = zh.fm.translation ?? {};
  if (String(t.englishReviewed) !== String(en.fm.lastReviewed)) err(fZh, `translation.englishReviewed ${t.englishReviewed} ≠ English lastReviewed ${en.fm.lastReviewed}`);
  if (String(t.translated) !== '2026-12-01') err(fZh, 'translation.translated should be 2026-12-01');
  for (const k of ['title', 'description', 'learn']) if (zh.fm[k]) { checkZhProse(`${fZh} (${k})`, zh.fm[k]); checkQ(`${fZh} (${k})`, zh.fm[k], fs.readFileSync(fEn, 'utf8')); }
  const sEn = sections(en.body), sZh = sections(zh.body);
  const idsEn = sEn.map((s) => `${s.level ?? 0}:${s.id}`).join(' '), idsZh = sZh.map((s) => `${s.level ?? 0}:${s.id}`).join(' ');
  if (idsEn !== idsZh) return err(fZh, `headings differ:\n  en ${idsEn}\n  zh ${idsZh}`);
  sEn.forEach((s, i) => {
    const a = cites(s.text).join(' | '), b = cites(sZh[i].text).join(' | ');
    if (a !== b) err(fZh, `section ${s.id}: citations differ\n  en ${a}\n  zh ${b}`);
    const la = links(s.text).join(' '), lb = links(sZh[i].text).join(' ');
    if (la !== lb) err(fZh, `section ${s.id}: links differ\n  en ${la}\n  zh ${lb}`);
    const quotedEn = enQuotes(s.text);
    const qZh = qs(sZh[i].text).map((q) => q.en);
    for (const q of quotedEn) if (!qZh.includes(q)) warn(fZh, `section ${s.id}: English quotes "${q}" with no <Q en> in zh`);
  });
  if (/\{(?!#[a-z0-9-]+\}\s*$)/m.test(zh.body.replace(/\{#[a-z0-9-]+\}\s*$/gm, ''))) err(fZh, 'brace in body');
  checkZhProse(fZh, zh.body);
  checkQ(fZh, zh.body, en.body);
}
for (const f of sameSet(`${ROOT}/topics`, `${ZH}/topics`, '.mdx')) checkMdx(`topics/${f}`, 'topic');
for (const f of sameSet(`${ROOT}/pages`, `${ZH}/pages`, '.mdx')) checkMdx(`pages/${f}`, 'page');

// --- YAML files
const flat = (o) => (typeof o === 'string' ? o : o && typeof o === 'object' ? Object.values(o).map(flat).join('\n') : '');
function coverage(f, enObj, zhObj) {
  const want = enQuotes(flat(enObj)), have = qs(flat(zhObj)).map((q) => q.en);
  for (const q of want) if (!have.includes(q)) warn(f, `English quotes "${q}" with no <Q en> in zh`);
}
function loadZh(f) { try { return YAML.parse(fs.readFileSync(f, 'utf8')); } catch (e) { err(f, 'YAML: ' + e.message); return null; } }
function checkList(name, listKey, fields, extra) {
  const fEn = `${ROOT}/${name}`, fZh = `${ZH}/${name}`;
  const enText = fs.readFileSync(fEn, 'utf8');
  const en = YAML.parse(enText);
  const zh = loadZh(fZh);
  if (!zh) return;
  if (Object.keys(zh).join() !== `translated,${listKey}`) err(fZh, `top-level keys must be translated, ${listKey}; got ${Object.keys(zh)}`);
  if (String(zh.translated) !== '2026-12-01') err(fZh, 'translated should be 2026-12-01');
  const a = en.map((e) => e.id).join(' '), b = (zh[listKey] ?? []).map((e) => e.id).join(' ');
  if (a !== b) err(fZh, `ids differ or in another order:\n  en ${a}\n  zh ${b}`);
  for (const e of zh[listKey] ?? []) {
    for (const k of Object.keys(e)) if (!['id', ...fields].includes(k)) err(fZh, `${e.id}: key "${k}" not allowed`);
    for (const k of fields) {
      if (e[k] === undefined) { if (k !== 'otherNames') err(fZh, `${e.id}: ${k} missing`); continue; }
      const vals = Array.isArray(e[k]) ? e[k] : [e[k]];
      for (const v of vals) { if (typeof v !== 'string') err(fZh, `${e.id}.${k}: not a string`); else { checkZhProse(`${fZh} ${e.id}.${k}`, v); checkQ(`${fZh} ${e.id}.${k}`, v, flat(en.find((x) => x.id === e.id) ?? {})); } }
    }
    const enE = en.find((x) => x.id === e.id);
    if (enE) coverage(`${fZh} ${e.id}`, { a: enE.name, b: enE.definition, c: enE.title, d: enE.summary }, e);
    extra?.(e, enE, fZh);
  }
}
checkList('glossary.yaml', 'terms', ['name', 'otherNames', 'definition'], (z, e, f) => {
  if (!Array.isArray(z.otherNames)) err(f, `${z.id}: otherNames must be a list`);
  if (e && (z.otherNames ?? []).some((n) => n === e.name)) err(f, `${z.id}: otherNames repeats the English name`);
});
checkList('timeline.yaml', 'events', ['title', 'summary'], (z, e, f) => {
});
checkList('members.yaml', 'members', ['name']);

for (const f of sameSet(`${ROOT}/sources`, `${ZH}/sources`, '.yaml')) {
  const fEn = `${ROOT}/sources/${f}`, fZh = `${ZH}/sources/${f}`;
  const enText = fs.readFileSync(fEn, 'utf8');
  const en = YAML.parse(enText), zh = loadZh(fZh);
  if (!zh) continue;
  coverage(fZh, { ...en, title: en.descriptiveTitle ? en.title : '', paragraphs: (en.paragraphs ?? []).map((p) => p.summary) }, zh);
  const allowed = ['translated', 'title', 'outlet', 'authorRole', 'completeness', 'about', 'paragraphs', 'facts'];
  for (const k of Object.keys(zh)) if (!allowed.includes(k)) err(fZh, `key "${k}" not allowed`);
  for (const k of ['translated', 'authorRole', 'completeness', 'about']) if (zh[k] === undefined) err(fZh, `${k} missing`);
  if (String(zh.translated) !== '2026-12-01') err(fZh, 'translated should be 2026-12-01');
  if ((zh.title !== undefined) !== (en.descriptiveTitle === true)) err(fZh, `title present=${zh.title !== undefined} but English descriptiveTitle=${en.descriptiveTitle}`);
  for (const k of ['paragraphs', 'facts']) {
    const ne = en[k]?.length, nz = zh[k]?.length;
    if (ne !== nz) err(fZh, `${k}: English has ${ne}, zh has ${nz}`);
    for (const v of zh[k] ?? []) if (typeof v !== 'string') err(fZh, `${k}: items must be strings`);
  }
  for (const k of ['title', 'outlet', 'authorRole', 'completeness', 'about']) if (typeof zh[k] === 'string') { checkZhProse(`${fZh} ${k}`, zh[k]); checkQ(`${fZh} ${k}`, zh[k], flat(en)); }
  (zh.paragraphs ?? []).forEach((v, i) => { checkZhProse(`${fZh} p${i + 1}`, v); checkQ(`${fZh} p${i + 1}`, v, en.paragraphs?.[i]?.summary ?? ''); });
  (zh.facts ?? []).forEach((v, i) => { checkZhProse(`${fZh} fact ${i + 1}`, v); checkQ(`${fZh} fact ${i + 1}`, v, en.facts?.[i] ?? ''); });
}
if (!fs.existsSync(`${ZH}/TERMS.md`)) err(`${ZH}/TERMS.md`, 'missing');
const extraFiles = fs.readdirSync(ZH).filter((f) => !['topics', 'pages', 'sources', 'glossary.yaml', 'timeline.yaml', 'members.yaml', 'TERMS.md'].includes(f));
if (extraFiles.length) err(ZH, `unexpected files: ${extraFiles}`);

console.log(warnings.map((w) => 'warn  ' + w).join('\n'));
console.log(errors.map((e) => 'ERROR ' + e).join('\n'));
console.log(`\n${errors.length} error(s), ${warnings.length} warning(s)`);
process.exitCode = errors.length ? 1 : 0;

// "Discussed in" holds in zh too: each section an English term's discussedIn names must name the zh term
// (its name without 《》, or one of its zh otherNames).
{
  const enG = YAML.parse(fs.readFileSync(`${ROOT}/glossary.yaml`, 'utf8'));
  const zhG = YAML.parse(fs.readFileSync(`${ZH}/glossary.yaml`, 'utf8')).terms;
  const secText = (topic, id) => {
    const { body } = splitFm(fs.readFileSync(`${ZH}/topics/${topic}.mdx`, 'utf8'));
    const s = sections(body).find((x) => x.id === id);
    const h = body.split('\n').find((l) => l.includes(`{#${id}}`)) ?? '';
    return s ? (h + s.text).replace(/<Q en="[^"]*">/g, '') : '';
  };
  let bad = 0;
  for (const t of enG) {
    const z = zhG.find((x) => x.id === t.id);
    const names = [z.name, ...(z.otherNames ?? [])].map((n) => n.replace(/[《》]/g, '').replace(/（.*）$/, ''));
    for (const d of t.discussedIn ?? []) {
      const text = secText(d.topic, d.section);
      if (!names.some((n) => text.includes(n))) { bad++; console.log(`ERROR discussedIn: ${t.id} → ${d.topic}#${d.section} names none of ${names.join(' / ')}`); }
    }
  }
  console.log(`discussedIn: ${bad} section(s) not naming their term`);
  if (bad) process.exitCode = 1;
}
