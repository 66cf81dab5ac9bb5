import { localePath, SOURCE_LOCALE, type Locale } from '../i18n/locales';
import { MAP_WORDS, type MapWords } from './map-words';
import type { MapMember, MemberMap } from './member-map';

/**
 * The map is served as its own file and shown through <img>, which cannot see the site's theme
 * toggle or its CSS. So it is drawn on its own light paper, in colours chosen for that paper, and
 * reads the same in the light and dark themes and in print. Colours are presentation attributes,
 * not rules in the <style>: a Content-Security-Policy header without 'unsafe-inline' styles, served
 * with the file to a reader who opens it on its own, would drop the <style> (only the typography).
 */
export const MAP_COLOURS = {
  paper: '#f8f7f3',
  /** Countries that are not members: land, faintly. */
  land: '#dcdfe3',
  ink: '#1d2330',
  /** The founders' solid fill: 3.3:1 against `land`. */
  strong: '#3f78b5',
  /** Ground of the patterned fills, under `line`. */
  pale: '#d3e3f4',
  line: '#0b4f94',
} as const;

const C = MAP_COLOURS;

/**
 * One fill per cohort after the founders' solid blue, each a different texture, so colour never
 * carries the meaning alone: diagonal hatching, dots, cross-hatching. A 9-unit repeat stays a
 * visible texture when the 800-unit map is shown 290 px wide.
 */
const PATTERNS: readonly string[] = [
  `<pattern id="{id}" width="9" height="9" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="9" height="9" fill="${C.pale}"/><path d="M0 0v9" stroke="${C.line}" stroke-width="2.4"/></pattern>`,
  `<pattern id="{id}" width="9" height="9" patternUnits="userSpaceOnUse"><rect width="9" height="9" fill="${C.pale}"/><circle cx="4.5" cy="4.5" r="2" fill="${C.line}"/></pattern>`,
  `<pattern id="{id}" width="9" height="9" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="9" height="9" fill="${C.pale}"/><path d="M0 4.5h9M4.5 0v9" stroke="${C.line}" stroke-width="1.6"/></pattern>`,
];

/** How many cohorts the map can tell apart: the founders' solid fill and one pattern each after. */
export const MAX_COHORTS = PATTERNS.length + 1;

/** Escapes text for SVG/XML content and double-quoted attributes. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );
}

/** The fill of a cohort's shapes: the founders' colour, else `url(#<prefix><index>)`. */
export function cohortFill(index: number, idPrefix: string): string {
  return index === 0 ? C.strong : `url(#${idPrefix}${index})`;
}

/** The <pattern> of cohort `index` (1 or later: the founders' fill is solid), with the given id. */
function renderPattern(index: number, id: string): string {
  const pattern = PATTERNS[index - 1];
  if (pattern === undefined)
    throw new Error(`member map: no pattern for cohort ${index}; PATTERNS has ${PATTERNS.length}`);
  return pattern.replace('{id}', id);
}

/**
 * The <pattern> definitions for the first `cohorts` cohorts, with ids `<prefix>1`, `<prefix>2`…;
 * more cohorts than patterns stops the build and says what to add.
 */
export function renderPatternDefs(cohorts: number, idPrefix: string): string {
  if (cohorts > MAX_COHORTS) {
    throw new Error(
      `member map: ${cohorts} cohorts but fills for ${MAX_COHORTS}; add a pattern to PATTERNS in src/lib/map/member-map-svg.ts`,
    );
  }
  return Array.from({ length: Math.max(0, cohorts - 1) }, (_, i) =>
    renderPattern(i + 1, `${idPrefix}${i + 1}`),
  ).join('');
}

function label(x: number, y: number, text: string, attributes = ''): string {
  return `<text x="${x}" y="${y}"${attributes}>${escapeXml(text)}</text>`;
}

function memberPath(s: MemberMap['shapes'][number], words: MapWords): string {
  const title = words.memberSince(s.member.name, s.member.joined);
  return `<path id="m-${s.member.id}" d="${s.d}" fill="${cohortFill(s.cohort, 'p')}"><title>${escapeXml(title)}</title></path>`;
}

/** A leader line from a small member's shape to its name beside it, with a dot on the shape. */
function leaderLine(s: MemberMap['shapes'][number]): string {
  if (s.leader === undefined) return '';
  const { centroid: from, leader: to } = s;
  return `<g class="leader"><path d="M${from.x} ${from.y}L${to.x} ${to.y}" stroke="${C.paper}" stroke-width="4" stroke-linecap="round"/><path d="M${from.x} ${from.y}L${to.x} ${to.y}" stroke="${C.ink}" stroke-width="1.4"/><circle cx="${from.x}" cy="${from.y}" r="2.6" fill="${C.ink}" stroke="${C.paper}" stroke-width="1.2"/></g>`;
}

/**
 * The member map as a standalone SVG document: its own paper, fills and type, a <title> and <desc>
 * for readers who open it on its own, one titled path per member (id "m-<member id>"), the name of
 * every member (on its shape, or beside a small one with a leader line) and the marked places.
 * Nothing is fetched or run.
 */
export function renderMemberMapSvg<M extends MapMember>(map: MemberMap<M>): string {
  const { width, height, fontSize } = map;
  const words = MAP_WORDS[map.locale];
  const path = (s: MemberMap['shapes'][number]) => memberPath(s, words);
  const emphasised = new Set(map.cohorts.filter((c) => c.emphasised).map((c) => c.index));
  const [plain, bold] = [
    map.shapes.filter((s) => !emphasised.has(s.cohort)),
    map.shapes.filter((s) => emphasised.has(s.cohort)),
  ];
  const style =
    `text{font-family:${words.fontFamily};font-size:${fontSize}px;` +
    `fill:${C.ink};stroke:${C.paper};stroke-width:4px;stroke-linejoin:round;paint-order:stroke}` +
    '.l{text-anchor:middle;dominant-baseline:central}.em{font-weight:700}.p{font-weight:600}';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg"${map.locale === SOURCE_LOCALE ? '' : ` lang="${words.lang}"`} viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="title desc">`,
    `<title id="title">${escapeXml(map.title)}</title>`,
    `<desc id="desc">${escapeXml(map.description)}</desc>`,
    `<style>${style}</style>`,
    `<defs>${renderPatternDefs(map.cohorts.length, 'p')}</defs>`,
    `<rect width="${width}" height="${height}" fill="${C.paper}"/>`,
    `<path d="${map.context}" fill="${C.land}" stroke="${C.paper}" stroke-width=".8"/>`,
    `<g stroke="${C.ink}" stroke-width=".8" stroke-linejoin="round">${plain.map(path).join('')}</g>`,
    // Drawn last, so their bold outline is not covered by a neighbour's border.
    bold.length > 0
      ? `<g class="em" stroke="${C.ink}" stroke-width="2.8" stroke-linejoin="round">${bold.map(path).join('')}</g>`
      : '',
    ...map.shapes.filter((s) => s.leader !== undefined).map(leaderLine),
    ...map.shapes.map((s) =>
      label(
        s.label.x,
        s.label.y,
        s.member.name,
        emphasised.has(s.cohort) ? ' class="l em"' : ' class="l"',
      ),
    ),
    ...map.places.map((p) =>
      [
        `<g class="p" id="place-${p.id}">`,
        `<circle cx="${p.x}" cy="${p.y}" r="6" fill="${C.paper}" stroke="${C.ink}" stroke-width="2.2"/>`,
        `<circle cx="${p.x}" cy="${p.y}" r="2" fill="${C.ink}"/>`,
        label(
          p.label === 'right' ? p.x + 10 : p.x - 10,
          p.y + 6,
          p.name,
          p.label === 'right' ? '' : ' text-anchor="end"',
        ),
        '</g>',
      ].join(''),
    ),
    '</svg>',
  ].join('\n');
}

/** A cohort as its legend swatch needs it. */
export interface SwatchCohort {
  index: number;
  year: number;
  emphasised: boolean;
}

/**
 * The legend's swatches are files of their own (/maps/key/…), shown through <img> like the map:
 * drawn inline, their patterns cost the page's first round trip a quarter of a kilobyte.
 */
export function swatchSrc({ year, emphasised }: SwatchCohort): string {
  return `/maps/key/${year}${emphasised ? '-bold' : ''}.svg`;
}

/** The swatch file of a marked place. */
export const PLACE_SWATCH_SRC = '/maps/key/place.svg';

const SWATCH_OPEN =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 16" width="24" height="16">';

/**
 * A legend swatch as a standalone SVG file, filled like the cohort's shapes on the map (with its
 * own copy of the cohort's pattern) and outlined in bold when the map emphasises the cohort.
 */
export function renderSwatchSvg({ index, emphasised }: SwatchCohort): string {
  const pattern = index === 0 ? '' : `<defs>${renderPattern(index, `p${index}`)}</defs>`;
  const stroke = emphasised ? '2.4' : '1';
  return `${SWATCH_OPEN}${pattern}<rect x="1" y="1" width="22" height="14" fill="${cohortFill(index, 'p')}" stroke="${C.ink}" stroke-width="${stroke}"/></svg>`;
}

/** The legend swatch of a marked place, as a file: the map's ring and dot on its paper. */
export function renderPlaceSwatchSvg(): string {
  return `${SWATCH_OPEN}<circle cx="12" cy="8" r="6" fill="${C.paper}" stroke="${C.ink}" stroke-width="2.2"/><circle cx="12" cy="8" r="2" fill="${C.ink}"/></svg>`;
}

/** Every swatch file the given maps' legends show, once each: its URL (swatchSrc) and its SVG. */
export function listSwatchFiles(
  maps: readonly { cohorts: readonly SwatchCohort[] }[],
): { src: string; svg: string }[] {
  const files = new Map<string, string>([[PLACE_SWATCH_SRC, renderPlaceSwatchSvg()]]);
  for (const cohort of maps.flatMap((map) => map.cohorts))
    files.set(swatchSrc(cohort), renderSwatchSvg(cohort));
  return [...files].map(([src, svg]) => ({ src, svg }));
}

/** A map file the build writes under /maps/: its name and the cohort it emphasises. */
export interface MapVariant {
  /** File name without ".svg". */
  name: string;
  emphasise?: number | undefined;
}

/** The map file that emphasises `emphasise` (or none): members.svg, members-2017.svg. */
export function mapVariant(emphasise?: number): MapVariant {
  return emphasise === undefined
    ? { name: 'members' }
    : { name: `members-${emphasise}`, emphasise };
}

/**
 * The map files the build writes (src/pages/maps/[name].svg.ts): the plain map, which the home page
 * shows, and one for each cohort a topic's `memberMap` emphasises, once each.
 */
export function mapVariants(emphasised: readonly (number | undefined)[]): MapVariant[] {
  const years = [...new Set(emphasised.filter((year) => year !== undefined))].sort((a, b) => a - b);
  return [mapVariant(), ...years.map((year) => mapVariant(year))];
}

/**
 * The root-relative URL of the map file that emphasises `emphasise` (or none), in an edition: each
 * edition's map is drawn with its own names (/ru/maps/members.svg); English keeps its published URL.
 */
export function memberMapSrc(emphasise?: number, locale: Locale = SOURCE_LOCALE): string {
  return localePath(locale, `/maps/${mapVariant(emphasise).name}.svg`);
}
