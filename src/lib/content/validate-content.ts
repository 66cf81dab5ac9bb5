import { checkCitations, formatCitationMark, type CitationMark, type SourceFacts } from './citations';
import type { ContentProblem } from './content-error';
import { PROSE_PAGE_PATHS, RESERVED_SLUGS } from '../meta/site-pages';

/** A rendered MDX entry, reduced to what cross-checks need. */
export interface ProseEntry {
  id: string;
  file: string;
  /** Citations in reading order, as the citations plugin numbered them. */
  citations: readonly CitationMark[];
  /** The line of each citation, where known (the checks before rendering read every use with its line). */
  citationLines?: readonly (number | undefined)[];
  /** Ids of the h2/h3 sections. */
  sectionIds: readonly string[];
  /** Source ids listed in the frontmatter (topics only). */
  listedSources?: readonly string[];
  /** Old section ids kept as link targets (frontmatter `aliases`). */
  aliases?: readonly { from: string; to: string }[];
}

/** A data entry (glossary term, event, member) with its citations. */
export interface DataEntry {
  id: string;
  file: string;
  sources: readonly CitationMark[];
  discussedIn?: readonly { topic: string; section: string }[];
  /** Old ids kept as anchors (glossary terms and timeline events). */
  aliases?: readonly string[];
}

/** Everything the content cross-checks look at. */
export interface ContentSnapshot {
  sources: ReadonlyMap<string, SourceFacts>;
  topics: readonly ProseEntry[];
  pages: readonly ProseEntry[];
  glossary: readonly DataEntry[];
  timeline: readonly DataEntry[];
  members: readonly DataEntry[];
}

function checkProse(entry: ProseEntry, sources: ContentSnapshot['sources']): ContentProblem[] {
  const problems = checkCitations(
    entry.citations,
    sources,
    entry.file,
    (mark) => `<Cite source="${mark.source}"${mark.p === undefined ? '' : ` p="${mark.p}"`} />`,
    entry.citationLines,
  );
  if (entry.listedSources) {
    const cited = new Set(entry.citations.map((mark) => mark.source));
    for (const id of cited) {
      if (sources.has(id) && !entry.listedSources.includes(id)) {
        problems.push({
          file: entry.file,
          field: 'sources',
          problem: `does not list "${id}", which the page cites`,
          fix: `add ${id} to the frontmatter's sources`,
        });
      }
    }
    for (const id of entry.listedSources) {
      if (!sources.has(id)) {
        problems.push({
          file: entry.file,
          field: 'sources',
          problem: `lists "${id}", which is not a source`,
          fix: `remove it, or add content/sources/${id}.yaml`,
        });
      } else if (!cited.has(id)) {
        problems.push({
          file: entry.file,
          field: 'sources',
          problem: `lists "${id}", which the page never cites`,
          fix: `cite it with <Cite source="${id}" … /> or remove it from sources`,
        });
      }
    }
  }
  return problems;
}

function checkData(entry: DataEntry, snapshot: ContentSnapshot): ContentProblem[] {
  const problems = checkCitations(
    entry.sources,
    snapshot.sources,
    entry.file,
    (mark, index) => `${entry.id} → sources[${index}] (${formatCitationMark(mark)})`,
  );
  entry.discussedIn?.forEach(({ topic, section }, index) => {
    const field = `${entry.id} → discussedIn[${index}]`;
    const target = snapshot.topics.find((t) => t.id === topic);
    if (!target) {
      const known = snapshot.topics.map((t) => t.id).join(', ');
      problems.push({ file: entry.file, field, problem: `names the topic "${topic}", which does not exist`, fix: `use one of: ${known}` });
    } else if (!target.sectionIds.includes(section)) {
      problems.push({
        file: entry.file,
        field,
        problem: `names the section "${section}", which ${target.file} does not have`,
        fix: `use one of: ${target.sectionIds.join(', ')}`,
      });
    }
  });
  return problems;
}

/**
 * Cross-checks what no single schema can see: every citation names a real source and paragraph,
 * every reference to a topic section exists, topic frontmatter lists exactly the sources it cites,
 * and no page takes a URL the site needs. Returns every problem found.
 */
/** A section alias must point at a section the page has, and must not be an id the page still uses. */
function checkSectionAliases(entry: ProseEntry): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  (entry.aliases ?? []).forEach(({ from, to }, index) => {
    const field = `aliases[${index}] (${from} → ${to})`;
    if (!entry.sectionIds.includes(to)) {
      problems.push({
        file: entry.file,
        field,
        problem: `points to "${to}", which is not a section id on the page`,
        fix: "use the section's id as written after its heading, e.g. {#what-rats-is}",
      });
    }
    if (entry.sectionIds.includes(from)) {
      problems.push({
        file: entry.file,
        field,
        problem: `"${from}" is still a section id on the page`,
        fix: 'an alias keeps an old id that no heading uses any more; remove it',
      });
    }
    if (seen.has(from)) problems.push({ file: entry.file, field, problem: `"${from}" is declared twice`, fix: 'keep one' });
    seen.add(from);
  });
  return problems;
}

/** Old ids of glossary terms or timeline events must not be (or shadow) another item's id or alias. */
function checkIdAliases(entries: readonly DataEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const owner = new Map(entries.map((entry) => [entry.id, `the id of "${entry.id}"`]));
  for (const entry of entries) {
    for (const alias of entry.aliases ?? []) {
      const taken = owner.get(alias);
      if (taken) {
        problems.push({
          file: entry.file,
          field: `${entry.id} → aliases`,
          problem: `"${alias}" is already ${taken}`,
          fix: 'an alias must be an old id no other item uses',
        });
      }
      owner.set(alias, `an alias of "${entry.id}"`);
    }
  }
  return problems;
}

export function validateContent(snapshot: ContentSnapshot): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of [...snapshot.topics, ...snapshot.pages]) problems.push(...checkSectionAliases(entry));
  problems.push(...checkIdAliases(snapshot.glossary), ...checkIdAliases(snapshot.timeline));
  for (const entry of [...snapshot.topics, ...snapshot.pages]) problems.push(...checkProse(entry, snapshot.sources));
  // A topic is published at /<id>/, where it must not take an address the site uses itself; so would
  // a file of content/pages that is not the prose of a fixed page (src/lib/meta/site-pages.ts).
  const collisions = [
    ...snapshot.topics.filter((topic) => RESERVED_SLUGS.includes(topic.id)),
    ...snapshot.pages.filter((page) => RESERVED_SLUGS.includes(page.id) && !(page.id in PROSE_PAGE_PATHS)),
  ];
  for (const entry of collisions) {
    problems.push({
      file: entry.file,
      field: 'file name',
      problem: `"${entry.id}" is a URL the site uses for its own page`,
      fix: 'rename the file',
    });
  }
  const topicIds = new Set(snapshot.topics.map((t) => t.id));
  for (const page of snapshot.pages) {
    if (topicIds.has(page.id)) {
      problems.push({
        file: page.file,
        field: 'file name',
        problem: `"${page.id}" is also a topic's URL`,
        fix: 'rename one of the two files',
      });
    }
  }
  for (const entry of [...snapshot.glossary, ...snapshot.timeline, ...snapshot.members]) problems.push(...checkData(entry, snapshot));
  return problems;
}
