import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  ALL_LOCALES,
  LOCALES,
  localeOfPath,
  SOURCE_LOCALE,
  TRANSLATED_LOCALES,
  type Locale,
} from '#lib/i18n/locales.ts';
import { UI } from '#lib/i18n/ui.ts';
import { pagefindPathOf, searchDataPathOf } from '#lib/search/languages.ts';
import {
  dialogStrings,
  readSearchStrings,
  SEARCH_PAGE_STRINGS_ATTRIBUTE,
  SEARCH_RETRY_ATTRIBUTE,
  SEARCH_UI_PATH,
} from '#lib/search/search-strings.ts';
import { decodeSearchIndex, shardPath, ShardedSearchData } from '#lib/search/search-shards.ts';
import { withoutQuery } from '#lib/search/summaries.ts';
import { SEGMENT_MARK } from '#lib/search/config.ts';
import { parseFragment } from '#lib/search/search-entries.ts';
import { DIST, readPages, type BuiltPage } from '../../tools/lib/dist';
import { loadPagefindBundle, loadSiteSearch } from '../../tools/lib/pagefind';
import { readSiteAnchors } from '../../tools/lib/site-anchors';
import {
  expectedUrls,
  formatRates,
  loadRelevanceTable,
  rankOf,
  rates,
  relevanceTables,
  scoreRow,
  type RelevanceRow,
} from '../../tools/lib/relevance';

/**
 * Search in each translated edition: its own index and search data, the dialog's words in its
 * language on every page, its /search/ page, and its relevance tables (tests/build/relevance.ru.yaml,
 * relevance.zh.yaml; the held-out files relevance-heldout.ru.yaml and .zh.yaml when present).
 */

let pages: BuiltPage[];
let anchors: ReturnType<typeof readSiteAnchors>;
const searches = new Map<Locale, Awaited<ReturnType<typeof loadSiteSearch>>>();

beforeAll(async () => {
  pages = readPages(DIST);
  anchors = readSiteAnchors(DIST);
  for (const locale of TRANSLATED_LOCALES) searches.set(locale, await loadSiteSearch(DIST, locale));
});

/** Glossary terms of an edition, as the translators wrote them. */
function editionTerms(locale: Locale): { id: string; name: string }[] {
  return (
    parse(readFileSync(`content/${locale}/glossary.yaml`, 'utf8')) as {
      terms: { id: string; name: string }[];
    }
  ).terms;
}

describe.each(TRANSLATED_LOCALES)('the %s edition', (locale) => {
  const prefix = LOCALES[locale].prefix;

  test('has its own index and search data, whose entries are its own pages', async () => {
    expect(existsSync(`${DIST}${prefix}/pagefind/pagefind.js`)).toBe(true);
    const read = (path: string): string => readFileSync(`${DIST}${path}`, 'utf8');
    const index = decodeSearchIndex(read(searchDataPathOf(locale)));
    // Exactly the shards the fixed part lists are written, beside the edition's own index.
    const folder = `${DIST}${shardPath(0, pagefindPathOf(locale)).replace(/[^/]+$/, '')}`;
    expect(new Set(readdirSync(folder))).toEqual(
      new Set([...index.shards].map((n) => `${n}.json`)),
    );
    const source = new ShardedSearchData(index, async (shard) =>
      read(shardPath(shard, pagefindPathOf(locale))),
    );
    const data = await source.dataFor(source.shards);
    expect(data.entries.length).toBeGreaterThan(editionTerms(locale).length);
    // Every glossary term of the edition is an entry named in the edition's words.
    const names = new Set(data.entries.flatMap((entry) => entry.names));
    for (const term of editionTerms(locale)) expect(names, term.id).toContain(term.name);
  });

  test('every glossary term is found by its own name, first, through the dialog’s query layer', async () => {
    const search = searches.get(locale)!;
    for (const term of editionTerms(locale)) {
      const { hits } = await search(term.name, { limit: 3 });
      expect(
        hits.slice(0, 3).map((hit) => hit.url),
        term.name,
      ).toContain(`${prefix}/glossary/#${term.id}`);
    }
  });

  test('every page names the dialog’s words in its edition, and the edition, on the header’s search form', () => {
    expectEditionWords(locale);
  });

  test('has a search page in its language, kept out of search engines', () => {
    const page = pages.find((p) => p.path === `${prefix}/search/`);
    expect(page).toBeDefined();
    expect(page!.document.documentElement.getAttribute('lang')).toBe(LOCALES[locale].lang);
    expect(page!.document.querySelector('h1')?.textContent).toBe(UI[locale].search.page.title);
    expect(page!.document.querySelector('meta[name="robots"]')?.getAttribute('content')).toMatch(
      /noindex/,
    );
    expect(page!.document.querySelector('[data-search-page-input]')).not.toBeNull();
  });
});

// Pagefind parts the text of a language written without spaces with a dictionary of its own when
// it indexes, and a query with the browser's Intl.Segmenter: where the two differed, a reader's
// words never met the page's ("白俄罗斯": the browser's 白 俄罗斯, the index's 白俄 罗斯 in "白俄罗斯
// 成为成员国", Belarus's event). The index's copy of each page is parted as the browser parts
// (src/lib/search/index-segments.ts); Pagefind's own search, without the query layer, then finds
// each record by its title as the edition writes it. Red on a build without the parting: the
// Chinese Belarus event was not found.
describe.each(ALL_LOCALES)("Pagefind's own search in the %s edition", (locale) => {
  test('finds each timeline event and glossary term by its title', async () => {
    const pagefind = await loadPagefindBundle(DIST, locale);
    const dir = locale === SOURCE_LOCALE ? 'content' : `content/${locale}`;
    // English files list the items; a translation lists them under `events` or `terms`.
    const items = (file: string, key: string): { id: string; title?: string; name?: string }[] => {
      const data = parse(readFileSync(`${dir}/${file}`, 'utf8')) as Record<string, unknown>;
      return (Array.isArray(data) ? data : data[key]) as {
        id: string;
        title?: string;
        name?: string;
      }[];
    };
    const records = [
      ...items('timeline.yaml', 'events').map(
        (event) => [`/timeline/#${event.id}`, event.title!] as const,
      ),
      ...items('glossary.yaml', 'terms').map(
        (term) => [`/glossary/#${term.id}`, term.name!] as const,
      ),
    ];
    expect(records.length).toBeGreaterThan(10);
    const missed: string[] = [];
    for (const [address, title] of records) {
      // The title as a reader reads it: without the markup of a quoted English original.
      const words = title.replace(/<[^>]*>/g, '');
      const found = await pagefind.search(words);
      const urls = await Promise.all(
        (found?.results ?? []).map(async (result) => withoutQuery((await result.data()).url)),
      );
      if (!urls.includes(`${LOCALES[locale].prefix}${address}`))
        missed.push(`${address} "${words}"`);
    }
    expect(missed).toEqual([]);
  });

  // The marks that part the words of the index's copy are written out of the titles and headings
  // Pagefind keeps (src/integrations/pagefind-titles.ts): results show the page's own words.
  test('keeps titles and headings as the pages write them, without the marks of the parting', () => {
    const dir = `${DIST}${pagefindPathOf(locale)}fragment/`;
    const files = readdirSync(dir).filter((file) => file.endsWith('.pf_fragment'));
    expect(files.length).toBeGreaterThan(10);
    const marked = files.flatMap((file) => {
      const fragment = parseFragment(file, gunzipSync(readFileSync(dir + file)).toString('utf8'));
      return [...Object.values(fragment.meta), ...(fragment.anchors ?? []).map((a) => a.text)]
        .filter((text) => text?.includes(SEGMENT_MARK))
        .map((text) => `${fragment.url}: ${text}`);
    });
    expect(marked).toEqual([]);
  });
});

test('English pages name the English words and the English index', () => {
  expectEditionWords('en');
});

/**
 * The edition's file of its dialog's words holds exactly the edition's dialog words; every page of the
 * edition is in its language (the dialog picks the edition, and the file, by the page's <html lang>)
 * and carries, on its header's search form, the question asked when the dialog cannot load; its
 * /search/ page carries the words themselves. No page carries them otherwise: they would weigh on
 * every page's first round trip.
 */
function expectEditionWords(locale: Locale): void {
  const prefix = LOCALES[locale].prefix;
  const file = `${prefix}${SEARCH_UI_PATH}`;
  expect(readSearchStrings(readFileSync(`${DIST}${file}`, 'utf8'))).toEqual(
    dialogStrings(UI[locale].search.client, locale),
  );
  const inEdition = pages.filter((page) => localeOfPath(page.path) === locale);
  expect(inEdition.length).toBeGreaterThan(1);
  for (const page of inEdition) {
    expect(page.document.documentElement.getAttribute('lang'), page.path).toBe(
      LOCALES[locale].lang,
    );
    const form = page.document.querySelector('form[data-search-open]');
    expect(form?.getAttribute(SEARCH_RETRY_ATTRIBUTE), page.path).toBe(
      UI[locale].search.client.retryLoad,
    );
    expect(form?.getAttribute('action'), page.path).toBe(`${prefix}/search/`);
    const inPage = page.document.querySelector(`[${SEARCH_PAGE_STRINGS_ATTRIBUTE}]`);
    if (page.path === `${prefix}/search/`)
      expect(readSearchStrings(inPage?.getAttribute(SEARCH_PAGE_STRINGS_ATTRIBUTE))).toEqual(
        UI[locale].search.client,
      );
    else expect(inPage, page.path).toBeNull();
  }
}

/** Runs the rows through the edition's query layer, as the dialog on its pages does. */
async function measure(locale: Locale, rows: readonly RelevanceRow[]) {
  const search = searches.get(locale)!;
  const outcomes = [];
  for (const row of rows) {
    const { hits } = await search(row.query, { kind: row.kind, limit: 10 });
    outcomes.push(scoreRow(row, rankOf(hits, row)));
  }
  return rates(outcomes);
}

/**
 * Floors at the rates measured on 2026-12-02 (`node tools/relevance.ts --lang ru`, and on each
 * held-out table by name, rates only), floored to a tenth of a percent: raise them as search
 * improves, never lower them. The Chinese tuned table measured 89.2 / 95.0 % on its own branch and
 * 84.3 / 88.2 % once merged with the source pages (which now compete for names) and the English
 * ranking of sections: its floor was lowered to that once, at the merge. The held-out tables were
 * written by native readers who never saw the tuning (103 Russian and 105 Chinese rows). Raised on
 * 2026-12-02 once the editions' source pages carried the author's name as the edition writes it,
 * Chinese question phrases went longest first and content questions were read as in English.
 * The Chinese held-out floor was lowered once after that, from 62.8 / 70.4 to 60.0 / 68.6 %: those
 * rates had counted named entries from shards that earlier rows of the table had loaded, so they
 * depended on the rows' order; a query now plans with its own shards only (search-run.ts).
 * On 2026-12-02 both tuned tables grew by rows written before the next round of tuning (43 Russian,
 * 46 Chinese: questions of every form, people, misspellings, traditional characters), so their rates
 * are of harder tables (every earlier row still met as before: ru 118 / 122 first, 122 / 122 top 3;
 * zh 92 / 102 and 95 / 102, up from 89 and 93; with the new rows ru 152 / 160 of 165, zh 125 / 129
 * of 148); the held-out floors rose with traditional characters, names by their parts, words naming
 * a source and more question phrases: ru 64 / 78 of 103, zh 65 / 73 of 105.
 * Lowered once more on 2026-12-02, by one row each (zh tuned top 3 129 → 128 of 148; zh held out
 * 65 / 73 → 64 / 72 of 105), when the editions' reference sources got their institutions' names as
 * the edition writes them (ТАСС, 塔斯社, 上海合作组织成员国): readers see those names on the pages, and
 * the search takes them as names exactly as it takes the English ones ("SCO member states"); the
 * Chinese query 上海合作组织成员国 is now also the name of the SCO Charter's authors. Russian rose
 * (held out 66 / 78 of 103).
 * On 2026-12-02 (issue 12, eighth round) the home page's member table became a search record of its
 * own in every edition (/zh/#members, titled 成员国, its caption 上合组织成员国及加入时间): the Chinese
 * held-out table moved by one row each way (64 / 72 → 63 / 73 of 105; rates only, its rows unread),
 * so its first-place floor fell by that row and its top-3 floor rose by one. Russian did not move.
 * On 2026-12-02 (issue 12, eleventh round) a section came to count for the share it holds of the
 * query's words beyond its page's title. With title words matched by their beginning, the Russian
 * table lost one row ("когда Индия вступила в ШОС": the stem "инди" began the title's "Индии", so
 * only "вступи" and "шос" were the query's own, and "вступи" begins "вступившие" in the
 * nuclear-powers section but not "Вступление" in the India-and-Pakistan one); with title words
 * matched whole, as now, it did not move (152 of 165), and the held-out table rose one (66 → 67).
 * On 2026-12-03 (issue 12, twelfth round) Chinese sections came to be ranked by their words at all:
 * Pagefind parts Chinese words with zero-width spaces and counts locations by them, and the ranking
 * had split the text at white space only, so no match stood where Pagefind said (contentWords). The
 * Chinese tuned table rose from 125 / 128 to 129 / 134 of 148, its held-out table from 63 / 73 to
 * 64 / 75 of 105 (rates only). The Russian floors are raised to what the table measures (67 / 79).
 * Then a name Pagefind parts into single characters (阿利莫夫) came to count as one word of the query,
 * matched only where its characters stand together, and a query word the page parts (拥核国家) to
 * match its parts: Chinese tuned 130 / 136 of 148, held out 65 / 77 of 105; English and Russian
 * unchanged. Then 54 rows of a second native reader of Chinese, who never saw the tuning, were added
 * to the held-out table (26 of the writer's 80 rows, already in a table, deleted unread): 159 rows,
 * 86 / 102 on 568afc6 before the round and 91 / 112 after it; the floors are of the larger table.
 * Then the tables came to measure the Chinese search readers get: in Node, Pagefind had not known
 * the edition's language, so it cut no Chinese query into words as the browser does (a browser
 * test in tests/browser/editions.test.ts now compares the two). Chinese tuned 130 / 136 → 131 / 137
 * of 148, held out 91 / 112 → 91 / 117 of 159 (rates only); English and Russian unchanged.
 * In the twentieth round content/ru/synonyms.yaml gained [основана, создана, учреждена] and the
 * Russian table a row a reader typed ("когда создана ШОС"): 152 / 161 of 166 before the group,
 * 153 / 162 after it; the top-3 floor rises to that. The held-out table did not move (rates only).
 * Then a phrase in quotation marks came to be searched as its words in the editions («шанхайский
 * дух» had put neither the topic nor the term in the top 5), and both tables gained two quoted
 * names: ru 153 / 163 → 155 / 164 of 168, zh 131 / 138 → 133 / 139 of 150; floors raised to that.
 * In the twenty-first round each edition came to be searched by the member states' English names
 * (withMemberNames, from content/members.yaml): zh 133 / 139 → 134 / 140 of 150, held out 91 / 117
 * → 91 / 118 of 159 (rates only); Russian unchanged. In the twenty-second, the Chinese synonyms
 * gained [成立, 创立, 创建] (founded): 134 / 140 → 135 / 141 of 150, held out unchanged. Russian's
 * synonyms gained the forms of «расположен» («где находится секретариат» had lost the Secretariat's
 * term, which says «расположенный»): held out 68 / 81 → 69 / 82 of 103 (rates only); then an
 * edition's query is also searched without the site's subject, as English is (the member table
 * never says «ШОС»): tuned 155 → 156 first of 168; and [члены, государства-члены, страны-члены,
 * страны] moved no row. In the twenty-third, a topic page came to rank before the glossary term of
 * the same name (a first reader's «РАТС», «шанхайский дух»): Russian held out 69 → 72 first of 103
 * (rates only), the rest unchanged. In the twenty-fourth, a row that wants a section came to be met
 * only where the result's title leads, as Enter goes (landingOf; see search.test.ts): Russian tuned
 * 156 → 155 first and 164 → 163 in the top 3 of 168 («зачем создавали РАТС» lands on the RATS page's
 * top), the floor reset to it; the rest unchanged. In the twenty-fifth, a result's authors and
 * other names came to count as its title in choosing its sections (namesOf, a first reader's
 * "alimov" had opened his source page at "About this source"): Chinese held out 91 → 90 first and
 * 118 → 117 in the top 3 of 159 (rates only, rows unread), a trade made knowingly on the English
 * tuning tables, the floor lowered by that row; the rest unchanged. Then a Chinese title's parts
 * came to count as its words in choosing where a result leads (a second reader's "上海精神" had
 * opened the Shanghai Spirit page mid-way; in English and Russian the title opened its top):
 * Chinese tuned unchanged, held out 90 → 89 first and 117 → 116 in the top 3 (rows unread), the
 * floor lowered by that row knowingly. In the twenty-seventh, a run of Chinese one character off a
 * name the site knows came to be corrected to it (a second reader's «阿里莫夫»): Chinese tuned
 * unchanged (its table has no misspelling), held out 89 → 92 first and 116 → 118 in the top 3
 * (rates only, rows unread), the floor raised to them. Then the second reader's queries not yet in
 * a table joined the tuning tables (10 Russian, 4 Chinese): Russian 164 / 173 of 178 (the reader's
 * «статья 2 Устава ООН» puts the UN Charter's term before Article 2's section), the floor set to
 * it; Chinese 139 / 145 of 154. In the twenty-ninth, a date typed in numbers came to be searched as
 * the words the edition writes it in ("04.07.2024": «4 июля 2024»): Russian tuned unchanged, held
 * out 73 → 74 first and 82 → 83 in the top 3 of 103 (rates only, rows unread), the floor raised to
 * them. (Chinese held out measures 93 first alone, 92 here, after the tuning table: Pagefind finds
 * a word's longer words only in the index chunks loaded, which the rows before load; its floor stays.)
 * In the thirty-fourth, a synonym of a word searched came to count in a section that lacks the word:
 * Chinese held out 92 → 95 first and 118 → 121 in the top 3 of 159 here (rates only, rows unread),
 * the floor raised to them.
 * In the forty-fifth round, the member table came to give each state's capital (English held out
 * +2 first; readers 13 in relevance-floors.ts): Chinese tuned 139 → 138 first of 154 (白俄罗斯:
 * the member table, whose row names Belarus, its capital and its accession day, now ranks above the
 * accession event, a near tie), held out 121 → 120 in the top 3 of 159 (rates only, unread); Russian
 * unchanged. Both floors lowered by that row, by decision.
 * In the forty-sixth round, the Chinese index came to part words as the browser parts a query
 * (index-segments.ts; Pagefind's indexer had parted 白俄罗斯 as 白俄 罗斯 where the browser parts
 * 白 俄罗斯): Chinese tuned 138 → 140 first and 145 → 147 in the top 3 of 154 (the Belarus
 * questions found its event; "为什么上合组织要打击三股势力" now finds nothing: its run "要打击三股势力"
 * has a 要 the RATS page's words no longer begin with), held out 96 → 104 first and 120 → 126 in
 * the top 3 of 159 (rates only, rows unread); Russian unchanged. The Chinese floors raised to them.
 * Then a Chinese query that finds nothing is retried with a run parted into the words Pagefind
 * parts it into, less a character left alone among them (widenEditionPlan: 要 in "要打击三股势力"):
 * tuned 140 → 141 first and 147 → 148 in the top 3, held out 104 → 105 and 126 → 127 (rates only,
 * rows unread); no other row moved. The floors raised to them.
 * Then a function word a Chinese run begins or ends with (是 in "阿斯塔纳宣言是…", its question phrase
 * out) is left out as the browser parts the run, and a Chinese title's parts (上海, 精神) count as the
 * page's title in choosing its section ("阿利莫夫对上海精神的看法": Alimov's section): tuned 141 →
 * 143 first and 148 → 150 in the top 3, held out 105 → 106 and 127 → 129 (rates only, rows unread).
 * Adding prepositions and particles (对, 把, 被 …) to the stopwords moved no tuning row and was left
 * out. The floors raised to them. Then four tuning rows that ask who the Secretary-General was
 * (кто был генеральным секретарём ШОС, генеральный секретарь ШОС, 上合组织秘书长是谁, 上合组织前秘书长)
 * came to accept the glossary's term for the post beside Alimov's source page: the term, added
 * after the rows were written, names who held it, and ranks first. Russian tuned 166 / 175 of 178,
 * Chinese 145 / 152 of 154; the floors raised to them (no search code changed).
 * Forty-seventh round: every table's expected addresses audited by two judges, each alone and blind
 * to the search, its results and each other (tests/build/relevance-heldout.yaml's header); what
 * both judged alike applied to 155 of the editions' 624 rows. Russian tuned 166 → 168 first of 178
 * (175 in the top 3 unchanged), held out 74 / 83 → 77 / 84 of 103; Chinese tuned 145 →
 * 146 first of 154 (152 unchanged), held out 106 / 129 → 115 / 133 of 159, the second 18 / 22 →
 * 18 / 23 of 30 (rates only). The floors raised to them.
 */
const FLOORS: Record<'ru' | 'zh', { table: Floor; heldOut: Record<string, Floor> }> = {
  ru: {
    table: { first: 0.943, top3: 0.983 },
    heldOut: { 'tests/build/relevance-heldout.ru.yaml': { first: 0.747, top3: 0.815 } },
  },
  zh: {
    table: { first: 0.948, top3: 0.987 },
    heldOut: {
      'tests/build/relevance-heldout.zh.yaml': { first: 0.723, top3: 0.836 },
      // Written in the forty-sixth round after its Chinese changes and measured once on the builds
      // before and after them: 18 first and 22 in the top 3 of 30 on both (rates only).
      'tests/build/relevance-heldout2.zh.yaml': { first: 0.6, top3: 0.766 },
    },
  },
};
interface Floor {
  first: number;
  top3: number;
}

describe.each(TRANSLATED_LOCALES)('relevance in the %s edition', (locale) => {
  const [tableFile] = relevanceTables(locale).table;
  const heldOutFiles = relevanceTables(locale).heldOut;
  const table = loadRelevanceTable(tableFile!);
  const heldOut = heldOutFiles.flatMap((file) =>
    existsSync(file) ? loadRelevanceTable(file) : [],
  );

  test('the table has at least 60 rows, all addressed to the edition', () => {
    expect(table.length).toBeGreaterThanOrEqual(60);
    for (const row of [...table, ...heldOut])
      for (const url of expectedUrls(row))
        expect(url.startsWith(`${LOCALES[locale].prefix}/`), `${row.query}: ${url}`).toBe(true);
  });

  // A row may list an answer another branch adds (the edition's source pages): at least one exists.
  test('every row has an answer that exists on the built site', () => {
    for (const row of [...table, ...heldOut]) {
      const exists = expectedUrls(row).some((url) => {
        const [path = '', id] = url.split('#');
        const ids = anchors.site.pages.get(path);
        return ids !== undefined && (id === undefined || ids.has(id));
      });
      expect(exists, `${row.query}: ${expectedUrls(row).join(' | ')}`).toBe(true);
    }
  });

  test('the tuned table: the right result first and in the top 3 at least as often as the floors', async () => {
    const measured = await measure(locale, table);
    console.log(formatRates(tableFile!, measured));
    const overall = measured.get('all')!;
    expect(overall.first).toBeGreaterThanOrEqual(FLOORS[locale].table.first);
    expect(overall.top3).toBeGreaterThanOrEqual(FLOORS[locale].table.top3);
  });

  // Only the rates are shown: the held-out rows are for measuring, never for tuning on.
  test.each(heldOutFiles)('held out %s: at least as good as its floors', async (file) => {
    const floors = FLOORS[locale].heldOut[file];
    expect(floors, `${file} has no floors in FLOORS`).toBeDefined();
    const rows = loadRelevanceTable(file);
    expect(rows.length).toBeGreaterThanOrEqual(30);
    const measured = await measure(locale, rows);
    console.log(formatRates(file, measured));
    const overall = measured.get('all')!;
    expect({
      first: overall.first >= floors!.first,
      top3: overall.top3 >= floors!.top3,
    }).toEqual({ first: true, top3: true });
  });
});

describe("a member state's English name finds what the edition writes", () => {
  // A reader typed "india" and "belarus" on /ru/: nothing. The names come from content/members.yaml
  // and each edition's, matched by id; one of the first three results must write the edition's
  // name (on /zh/, Pagefind's loose match for a Latin word it lacks may still come first).
  // content/members.yaml is a list; an edition's file holds it under `members`.
  const members = (file: string): { id: string; name: string }[] => {
    const parsed = parse(readFileSync(file, 'utf8')) as
      { id: string; name: string }[] | { members: { id: string; name: string }[] };
    return Array.isArray(parsed) ? parsed : parsed.members;
  };
  const english = new Map(members('content/members.yaml').map((each) => [each.id, each.name]));
  const cases = TRANSLATED_LOCALES.flatMap((locale) =>
    members(`content/${locale}/members.yaml`).map(
      (member) => [locale, english.get(member.id) ?? '', member.name] as const,
    ),
  );

  test('every state has its English name', () => {
    expect(cases.length).toBeGreaterThan(10);
    expect(cases.filter(([, name]) => name === '')).toEqual([]);
  });

  test.each(cases)('%s: %s', async (locale, name, own) => {
    const { hits } = await searches.get(locale)!(name.toLowerCase(), { limit: 3 });
    expect(
      hits.map((hit) => hit.content.toLowerCase().includes(own.toLowerCase())),
      `"${name.toLowerCase()}" on /${locale}/: ${hits.map((hit) => hit.url).join(', ')}`,
    ).toContain(true);
  });
});
