import {
  geoConicEqualArea,
  geoContains,
  geoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
} from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { ContentError } from '../content/content-error';
import { SOURCE_LOCALE, type Locale } from '../i18n/locales';
import { MAP_WORDS, type MapWords } from './map-words';
import { toPathData } from './member-map-path';
import { estimateTextWidth } from '../meta/social-image';

/** What the map needs of a member state (a subset of src/schemas/member.ts). */
export interface MapMember {
  id: string;
  name: string;
  /** ISO 3166-1 numeric code (content/members.yaml), which finds its shape in the atlas. */
  iso: string;
  /** Day of accession, YYYY-MM-DD. */
  joined: string;
}

/** A Natural Earth countries topology as world-atlas ships it (ids are ISO 3166-1 numeric). */
export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/**
 * Natural Earth 1:110m countries. The 1:50m set looks a little finer but makes the map's SVG four
 * times the bytes (39 KB gzipped against 10 KB), and still over twice with points 2 units apart dropped.
 */
export const COUNTRIES = countries110m as unknown as CountriesTopology;

/** A place the sources name, marked on the map. */
export interface MarkedPlace {
  id: string;
  name: string;
  /** Where it is, for the text alternative. */
  where: string;
  lon: number;
  lat: number;
  /** Which side of the dot its label goes. */
  label: 'left' | 'right';
}

/** "From Lianyungang to Kaliningrad": the two ends of the SCO's reach the sources name. */
export const MARKED_PLACES: readonly MarkedPlace[] = [
  {
    id: 'lianyungang',
    name: 'Lianyungang',
    where: "on China's Yellow Sea coast",
    lon: 119.2,
    lat: 34.6,
    label: 'right',
  },
  {
    id: 'kaliningrad',
    name: 'Kaliningrad',
    where: "Russia's exclave on the Baltic",
    lon: 20.5,
    lat: 54.7,
    label: 'right',
  },
];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function fail(field: string, problem: string, fix: string): never {
  throw new ContentError([{ file: 'content/members.yaml', field, problem, fix }]);
}

/** The members that had joined by the given day (YYYY-MM-DD), in the order given. */
export function membersAt<M extends MapMember>(members: readonly M[], day: string): M[] {
  for (const m of members) {
    if (!DAY.test(m.joined))
      fail(
        `${m.id} → joined`,
        `"${m.joined}" is not a day`,
        'write the day of accession as YYYY-MM-DD',
      );
  }
  if (!DAY.test(day)) throw new Error(`membersAt: "${day}" is not a day (YYYY-MM-DD)`);
  return members.filter((m) => m.joined <= day);
}

/** Members who joined in the same year; the first cohort is the founders. */
export interface Cohort<M extends MapMember = MapMember> {
  /** 0 for the founders, then in order of accession; picks the cohort's fill pattern. */
  index: number;
  year: number;
  /** "2001, founding members" or "Joined 2017". */
  label: string;
  members: M[];
}

/** Groups members by year of accession, earliest first, each cohort's members by name. */
export function groupByCohort<M extends MapMember>(
  members: readonly M[],
  locale: Locale = SOURCE_LOCALE,
): Cohort<M>[] {
  const byYear = new Map<number, M[]>();
  // Names in the edition's alphabetical order (Китай after Казахстан; Chinese by its pinyin).
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-Hans' : locale);
  for (const m of [...members].sort(
    (a, b) => a.joined.localeCompare(b.joined) || collator.compare(a.name, b.name),
  )) {
    const year = Number(m.joined.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), m]);
  }
  return [...byYear].map(([year, list], index) => ({
    index,
    year,
    label: index === 0 ? `${year}, founding members` : `Joined ${year}`,
    members: list,
  }));
}

/**
 * A conic equal-area projection fitted to `width` and to the given shapes with `padding` on every
 * side; the height follows from the shapes. Its central meridian, 100°E, is halfway between
 * Kaliningrad and Chukotka, so the fan of the cone is symmetric and Russia stays in one piece (the
 * antimeridian of the projection falls at 80°W, in the Americas). Centred further west, on 75°E,
 * the east bends up and the map grows taller than it is wide.
 */
export function fitProjection(
  object: GeoPermissibleObjects,
  width: number,
  padding: number,
): { projection: GeoProjection; height: number } {
  const projection = geoConicEqualArea().rotate([-100, 0]).parallels([25, 60]);
  projection.fitWidth(width - 2 * padding, object);
  const [tx, ty] = projection.translate();
  projection.translate([tx + padding, ty + padding]);
  const height = Math.ceil(geoPath(projection).bounds(object)[1][1] + padding);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, height };
}

/** A member state's shape on the map. */
export interface MemberShape<M extends MapMember = MapMember> {
  member: M;
  /** Index of its cohort. */
  cohort: number;
  /** SVG path data. */
  d: string;
  /** The centre of its shape. */
  centroid: { x: number; y: number };
  /** Where its name goes (the middle of the text): on the shape, or beside a shape too small to hold it. */
  label: { x: number; y: number };
  /** For a name set beside its shape, the end of the leader line, on the shape; else undefined. */
  leader?: { x: number; y: number } | undefined;
}

/** Everything the map file and the figure around it draw, computed once. */
export interface MemberMap<M extends MapMember = MapMember> {
  width: number;
  height: number;
  /** The day the membership is shown at (YYYY-MM-DD). */
  asOf: string;
  cohorts: (Cohort<M> & { emphasised: boolean })[];
  shapes: MemberShape<M>[];
  /** Font size of the names, in viewBox units. */
  fontSize: number;
  /** Path data of every other country in view, drawn faintly for context. */
  context: string;
  places: (MarkedPlace & { x: number; y: number })[];
  /** "SCO member states as of 4 July 2024". */
  title: string;
  /** The text alternative: the members by cohort and the marked places, in sentences. */
  description: string;
  /** The edition whose words it draws (MAP_WORDS). */
  locale: Locale;
}

/** Options for {@link buildMemberMap}. */
export interface MemberMapOptions<M extends MapMember> {
  members: readonly M[];
  /** Show membership at this day (YYYY-MM-DD); the latest accession when left out. */
  asOf?: string | undefined;
  /** Year of the cohort to emphasise, e.g. 2017. */
  emphasise?: number | undefined;
  topology?: CountriesTopology;
  width?: number;
  padding?: number;
  /** Font size of the names, in viewBox units: the placement of the names depends on it. */
  fontSize?: number;
  /** The edition whose words the map draws (its members' names are the members' `name`). */
  locale?: Locale | undefined;
  /** The marked places' names in that edition, by place id (its glossary's names); English otherwise. */
  placeNames?: ReadonlyMap<string, string> | undefined;
}

type Country = Feature<Geometry, { name: string }>;

/** Font size of the names on the map, in viewBox units: 17 on the 800-unit map is 11 px at 33rem. */
export const MAP_FONT_SIZE = 17;

// In square viewBox units: room for a name at the map's font size. Belarus (1,660) and Kyrgyzstan (1,560)
// pass; Tajikistan (1,100) does not, and the names around it would cover its own: its name goes beside it.
const LABEL_MIN_AREA = 1500;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The box a name takes, centred on (x, y), erring wide (bold names are wider). */
function textBox(x: number, y: number, text: string, fontSize: number): Box {
  const half = (estimateTextWidth(text, fontSize) * 1.05) / 2;
  return { left: x - half, right: x + half, top: y - fontSize * 0.6, bottom: y + fontSize * 0.6 };
}

function overlaps(a: Box, b: Box, gap: number): boolean {
  return (
    a.left < b.right + gap &&
    b.left < a.right + gap &&
    a.top < b.bottom + gap &&
    b.top < a.bottom + gap
  );
}

/**
 * A place for the name of a shape too small to hold it: the nearest spot around its centroid,
 * inside the map, clear of every name already placed, and off the other members' shapes when any
 * such spot exists (a name over a neighbour would read as the neighbour's). None stops the build.
 */
function placeBeside(
  name: string,
  centroid: { x: number; y: number },
  taken: readonly Box[],
  onMember: (x: number, y: number) => boolean,
  size: { width: number; height: number; fontSize: number },
): { label: { x: number; y: number }; leader: { x: number; y: number }; box: Box } {
  const { width, height, fontSize } = size;
  let best: { score: number; x: number; y: number; box: Box } | undefined;
  for (const distance of [2, 3, 4, 5, 6.5, 8].map((d) => d * fontSize)) {
    for (let step = 0; step < 16; step++) {
      const angle = (step * Math.PI) / 8;
      const x = Math.round(centroid.x + distance * Math.cos(angle));
      const y = Math.round(centroid.y + distance * Math.sin(angle));
      const box = textBox(x, y, name, fontSize);
      if (box.left < 4 || box.top < 4 || box.right > width - 4 || box.bottom > height - 4) continue;
      if (taken.some((other) => overlaps(box, other, 3))) continue;
      const covered = [box.left, (box.left + box.right) / 2, box.right].filter((px) =>
        onMember(px, y),
      ).length;
      const score = distance + covered * 4 * fontSize;
      if (best === undefined || score < best.score) best = { score, x, y, box };
    }
  }
  if (best === undefined)
    throw new Error(
      `member map: no room for the name "${name}" near its shape; draw the map wider or its names smaller`,
    );
  // The leader runs from the centroid to the nearest point of the name's box.
  const end = {
    x: Math.min(Math.max(centroid.x, best.box.left), best.box.right),
    y: Math.min(Math.max(centroid.y, best.box.top), best.box.bottom),
  };
  return { label: { x: best.x, y: best.y }, leader: end, box: best.box };
}

/** Looks up each member's shape by its ISO code; a code the atlas lacks stops the build, naming the member. */
function memberShapes(
  members: readonly MapMember[],
  countries: readonly Country[],
): (id: string) => Country {
  const byCode = new Map(countries.map((f) => [String(f.id), f]));
  const byId = new Map<string, Country>();
  for (const m of members) {
    const shape = byCode.get(m.iso);
    if (shape === undefined) {
      fail(
        `${m.id} → iso`,
        `ISO 3166-1 numeric code ${m.iso} has no shape in the world-atlas countries`,
        `check the code of "${m.id}" against the ISO 3166-1 numeric list (e.g. 356 for India)`,
      );
    }
    byId.set(m.id, shape);
  }
  return (id) =>
    byId.get(id) ??
    fail(
      `${id} → id`,
      `"${id}" is not among the members given`,
      'pass the member to buildMemberMap',
    );
}

function describeMap(
  cohorts: MemberMap['cohorts'],
  places: readonly MarkedPlace[],
  asOf: string,
  words: MapWords,
): string {
  const list = cohorts.map(
    (c) =>
      `${c.label}${c.emphasised ? words.emphasised : ''}${words.colon}${c.members.map((m) => m.name).join(words.listJoin)}${words.stop}`,
  );
  const marked = places.map((p) => words.place(p.name, p.where)).join(words.placesJoin);
  return words.description(asOf, list.join(words.sentenceJoin), marked);
}

/**
 * Builds the member map: which states are members at `asOf`, their cohorts, the projection fitted
 * to them and to the marked places, and the path data of every shape.
 */
export function buildMemberMap<M extends MapMember>(options: MemberMapOptions<M>): MemberMap<M> {
  const {
    members,
    emphasise,
    topology = COUNTRIES,
    width = 800,
    padding = 28,
    fontSize = MAP_FONT_SIZE,
    locale = SOURCE_LOCALE,
    placeNames,
  } = options;
  const words = MAP_WORDS[locale];
  if (members.length === 0) throw new Error('buildMemberMap: no members given');
  const asOf = options.asOf ?? members.map((m) => m.joined).reduce((a, b) => (b > a ? b : a));
  const current = membersAt(members, asOf);
  if (current.length === 0) throw new Error(`buildMemberMap: no state was a member on ${asOf}`);
  const countries = feature(topology, topology.objects.countries).features;
  const shapeOf = memberShapes(members, countries);
  const cohorts = groupByCohort(current, locale).map((c) => ({
    ...c,
    label: words.cohort(c.year, c.index === 0),
    emphasised: c.year === emphasise,
  }));
  if (emphasise !== undefined && !cohorts.some((c) => c.emphasised)) {
    throw new Error(
      `buildMemberMap: emphasise=${emphasise} matches no cohort; pass one of ${cohorts.map((c) => c.year).join(', ')} or leave it out`,
    );
  }

  const points: Feature<Point>[] = MARKED_PLACES.map((p) => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
  }));
  const fitted: FeatureCollection = {
    type: 'FeatureCollection',
    features: [...current.map((m) => shapeOf(m.id)), ...points],
  };
  const { projection, height } = fitProjection(fitted, width, padding);
  const path = geoPath(projection);

  const memberCodes = new Set(current.map((m) => m.iso));
  const others = countries.filter((f) => !memberCodes.has(String(f.id)));
  const placed = cohorts.flatMap((c) =>
    c.members.map((member) => {
      const shape = shapeOf(member.id);
      const [x, y] = path.centroid(shape);
      return {
        member,
        cohort: c.index,
        shape,
        centroid: { x: Math.round(x), y: Math.round(y) },
        fits: path.area(shape) >= LABEL_MIN_AREA,
      };
    }),
  );
  const markedPlaces = MARKED_PLACES.map((p) => ({
    ...p,
    name: placeNames?.get(p.id) ?? p.name,
    where: words.where[p.id] ?? p.where,
  }));
  const places = markedPlaces.map((p) => {
    const [x, y] = projection([p.lon, p.lat]) ?? [Number.NaN, Number.NaN];
    return { ...p, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  });
  // Names already drawn: those on their shapes, and the marked places with their dots.
  const taken: Box[] = [
    ...placed
      .filter((s) => s.fits)
      .map((s) => textBox(s.centroid.x, s.centroid.y, s.member.name, fontSize)),
    ...places.map((p) => {
      const box = textBox(0, p.y + 6 - fontSize * 0.35, p.name, fontSize);
      const text =
        p.label === 'right'
          ? { left: p.x + 10, right: p.x + 10 + (box.right - box.left) }
          : { left: p.x - 10 - (box.right - box.left), right: p.x - 10 };
      return { ...box, left: Math.min(text.left, p.x - 7), right: Math.max(text.right, p.x + 7) };
    }),
  ];
  const onMember = (x: number, y: number): boolean => {
    const at = projection.invert?.([x, y]);
    return at !== undefined && at !== null && placed.some((s) => geoContains(s.shape, at));
  };
  return {
    width,
    height,
    asOf,
    cohorts,
    fontSize,
    shapes: placed.map(({ member, cohort, shape, centroid, fits }) => {
      const d = toPathData(shape, projection);
      if (fits) return { member, cohort, d, centroid, label: centroid };
      const beside = placeBeside(member.name, centroid, taken, onMember, {
        width,
        height,
        fontSize,
      });
      taken.push(beside.box);
      return { member, cohort, d, centroid, label: beside.label, leader: beside.leader };
    }),
    context: toPathData({ type: 'FeatureCollection', features: others }, projection),
    places,
    title: words.title(asOf),
    description: describeMap(cohorts, markedPlaces, asOf, words),
    locale,
  };
}
