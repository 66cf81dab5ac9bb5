import { readFileSync } from 'node:fs';
import { geoCentroid, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  buildMemberMap,
  COUNTRIES,
  fitProjection,
  groupByCohort,
  MARKED_PLACES,
  membersAt,
  type CountriesTopology,
  type MapMember,
} from '#lib/map/member-map.ts';
import { estimateTextWidth } from '#lib/meta/social-image.ts';
import { MEMBERS } from '../../fixtures/members';

const FOUNDERS = ['china', 'kazakhstan', 'kyrgyzstan', 'russia', 'tajikistan', 'uzbekistan'];

const countries = feature(COUNTRIES, COUNTRIES.objects.countries).features;
const shapeOf = (iso: string) => countries.find((f) => String(f.id) === iso);

describe('membersAt', () => {
  test.each([
    ['1996-04-26', []],
    ['2001-06-14', []],
    ['2001-06-15', FOUNDERS],
    ['2017-06-08', FOUNDERS],
    ['2017-06-09', [...FOUNDERS, 'india', 'pakistan']],
    ['2023-07-04', [...FOUNDERS, 'india', 'pakistan', 'iran']],
    ['2024-07-03', [...FOUNDERS, 'india', 'pakistan', 'iran']],
    ['2024-07-04', MEMBERS.map((m) => m.id)],
  ])('on %s', (day, expected) => {
    expect(membersAt(MEMBERS, day).map((m) => m.id)).toEqual(expected);
  });

  test.each([
    ['a day that is not YYYY-MM-DD', MEMBERS, '2017', '"2017" is not a day'],
    [
      'a member whose joined is not a day',
      [{ id: 'iran', name: 'Iran', iso: '364', joined: '2023' }],
      '2024-01-01',
      'iran → joined',
    ],
  ])('refuses %s', (_case, members, day, message) => {
    expect(() => membersAt(members, day)).toThrow(message);
  });
});

test('groupByCohort groups by year of accession, founders first, names in order', () => {
  const shuffled = [...MEMBERS].reverse();
  expect(
    groupByCohort(shuffled).map((c) => [
      c.index,
      c.year,
      c.label,
      c.members.map((m) => m.name).join(', '),
    ]),
  ).toEqual([
    [
      0,
      2001,
      '2001, founding members',
      'China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan',
    ],
    [1, 2017, 'Joined 2017', 'India, Pakistan'],
    [2, 2023, 'Joined 2023', 'Iran'],
    [3, 2024, 'Joined 2024', 'Belarus'],
  ]);
});

describe('ISO codes and shapes', () => {
  const inContent = (parse(readFileSync('content/members.yaml', 'utf8')) as MapMember[]).map(
    (m) => [m.id, m.iso, m.name],
  );

  // Natural Earth names the members as content/members.yaml does, so a wrong code shows as a wrong name.
  test.each(inContent)(
    '%s (content/members.yaml) has the code %s, whose shape in the atlas is %s',
    (_id, iso, name) => {
      expect(shapeOf(iso)?.properties.name).toBe(name);
    },
  );
});

describe('the projection', () => {
  const width = 800;
  const padding = 28;
  const places = MARKED_PLACES.map((p) => ({
    type: 'Point' as const,
    coordinates: [p.lon, p.lat],
  }));
  const shapes = MEMBERS.map((m) => shapeOf(m.iso));
  const { projection, height } = fitProjection(
    { type: 'GeometryCollection', geometries: [...shapes.map((s) => s!.geometry), ...places] },
    width,
    padding,
  );
  // Clipping would hide a member that is cut off, so measure the shapes unclipped (a projection has no copy()).
  const unclipped = geoPath(projection.clipExtent(null));
  const inside = ([x, y]: [number, number], margin = 0) =>
    x >= margin && y >= margin && x <= width - margin && y <= height - margin;

  test('is wider than tall, as Eurasia is', () => {
    expect(height).toBeGreaterThan(600);
    expect(height).toBeLessThan(width);
  });

  test.each(MEMBERS.map((m, i) => [m.id, shapes[i]] as const))(
    '%s lies wholly inside the padding, centroid too',
    (_id, shape) => {
      const [min, max] = unclipped.bounds(shape as GeoPermissibleObjects);
      expect(inside(min, padding - 0.5) && inside(max, padding - 0.5)).toBe(true);
      expect(
        inside(projection(geoCentroid(shape as GeoPermissibleObjects)) ?? [-1, -1], padding),
      ).toBe(true);
    },
  );

  test.each(MARKED_PLACES.map((p) => [p.name, p] as const))(
    '%s is inside the view',
    (_name, place) => {
      expect(inside(projection([place.lon, place.lat]) ?? [-1, -1], padding)).toBe(true);
    },
  );
});

describe('buildMemberMap', () => {
  const map = buildMemberMap({ members: MEMBERS, emphasise: 2017 });

  test('shows every member at the latest accession, by cohort, the 2017 cohort emphasised', () => {
    expect(map.asOf).toBe('2024-07-04');
    expect(map.title).toBe('SCO member states as of 4 July 2024');
    expect(map.cohorts.map((c) => [c.year, c.emphasised])).toEqual([
      [2001, false],
      [2017, true],
      [2023, false],
      [2024, false],
    ]);
    expect(map.shapes.map((s) => `${s.member.id}:${s.cohort}`)).toEqual([
      ...FOUNDERS.map((id) => `${id}:0`),
      'india:1',
      'pakistan:1',
      'iran:2',
      'belarus:3',
    ]);
    expect(map.shapes.every((s) => /^M[\d.]+ [\d.]+l/.test(s.d))).toBe(true);
    expect(map.context.length).toBeGreaterThan(1000);
  });

  test('puts the marked places and every member centroid in the viewBox', () => {
    const inView = ({ x, y }: { x: number; y: number }) =>
      x > 0 && y > 0 && x < map.width && y < map.height;
    expect(map.places.map((p) => [p.name, inView(p)])).toEqual([
      ['Lianyungang', true],
      ['Kaliningrad', true],
    ]);
    expect(map.shapes.filter((s) => !inView(s.centroid)).map((s) => s.member.id)).toEqual([]);
  });

  test('keeps both marked places in view when the members alone would not reach them', () => {
    const china = buildMemberMap({ members: MEMBERS.filter((m) => m.id === 'china') });
    expect(
      china.places.filter((p) => p.x < 0 || p.y < 0 || p.x > china.width || p.y > china.height),
    ).toEqual([]);
  });

  test('names a shape big enough on itself, and a smaller one beside it with a leader line', () => {
    expect(map.shapes.filter((s) => s.leader).map((s) => s.member.id)).toEqual(['tajikistan']);
    expect(
      map.shapes.filter((s) => !s.leader && s.label !== s.centroid).map((s) => s.member.id),
    ).toEqual([]);
  });

  test("sets every name inside the map, clear of every other name and of the marked places' names", () => {
    const box = (x: number, y: number, text: string) => ({
      x,
      y,
      half: (estimateTextWidth(text, map.fontSize) * 1.05) / 2,
    });
    const names = [
      ...map.shapes.map((s) => box(s.label.x, s.label.y, s.member.name)),
      ...map.places.map((p) => {
        const half = (estimateTextWidth(p.name, map.fontSize) * 1.05) / 2;
        return {
          x: p.label === 'right' ? p.x + 10 + half : p.x - 10 - half,
          y: p.y + 6 - map.fontSize * 0.35,
          half,
        };
      }),
    ];
    const clash = names.flatMap((a, i) =>
      names
        .slice(i + 1)
        .filter(
          (b) => Math.abs(a.x - b.x) < a.half + b.half && Math.abs(a.y - b.y) < map.fontSize * 1.2,
        ),
    );
    expect(clash).toEqual([]);
    expect(
      names.filter(
        (n) => n.x - n.half < 0 || n.x + n.half > map.width || n.y < 0 || n.y > map.height,
      ),
    ).toEqual([]);
  });

  test('a leader line runs from the shape to the edge of its name', () => {
    for (const s of map.shapes.filter((shape) => shape.leader)) {
      const half = (estimateTextWidth(s.member.name, map.fontSize) * 1.05) / 2;
      const end = s.leader ?? { x: Number.NaN, y: Number.NaN };
      const onEdge =
        Math.abs(Math.abs(end.x - s.label.x) - half) < 1 ||
        Math.abs(Math.abs(end.y - s.label.y) - map.fontSize * 0.6) < 1;
      expect([s.member.id, onEdge]).toEqual([s.member.id, true]);
    }
  });

  test('says the same in its text alternative', () => {
    expect(map.description).toMatchInlineSnapshot(
      `"Map of Eurasia showing the member states of the Shanghai Cooperation Organization as of 4 July 2024, shaded by year of accession. 2001, founding members: China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan. Joined 2017 (emphasised): India, Pakistan. Joined 2023: Iran. Joined 2024: Belarus. Marked: Lianyungang, on China's Yellow Sea coast; and Kaliningrad, Russia's exclave on the Baltic."`,
    );
  });

  test('at an earlier day, later members are only context', () => {
    const earlier = buildMemberMap({ members: MEMBERS, asOf: '2017-06-09' });
    expect(earlier.shapes.map((s) => s.member.id)).toEqual([...FOUNDERS, 'india', 'pakistan']);
    expect(earlier.context.length).toBeGreaterThan(map.context.length);
    expect(earlier.title).toBe('SCO member states as of 9 June 2017');
  });

  const withoutBelarus: CountriesTopology = {
    ...COUNTRIES,
    objects: {
      countries: {
        ...COUNTRIES.objects.countries,
        geometries: COUNTRIES.objects.countries.geometries.filter((g) => g.id !== '112'),
      },
    },
  };
  test.each([
    [
      'a member whose code is no country',
      {
        members: [
          ...MEMBERS,
          { id: 'atlantis', name: 'Atlantis', iso: '999', joined: '2025-01-01' },
        ],
      },
      /atlantis → iso: ISO 3166-1 numeric code 999 has no shape.*\n.*Fix: check the code of "atlantis"/,
    ],
    [
      'a member whose code has no shape',
      { members: MEMBERS, topology: withoutBelarus },
      /belarus → iso: ISO 3166-1 numeric code 112 has no shape/,
    ],
    [
      'a member whose joined is not a day',
      { members: [{ id: 'iran', name: 'Iran', iso: '364', joined: '04.07.2023' }] },
      /iran → joined: "04.07.2023" is not a day/,
    ],
    [
      'a day before the first accession',
      { members: MEMBERS, asOf: '2000-01-01' },
      /no state was a member on 2000-01-01/,
    ],
    ['no members at all', { members: [] }, /no members given/],
    [
      'a year to emphasise that no cohort has',
      { members: MEMBERS, emphasise: 2019 },
      /emphasise=2019 matches no cohort; pass one of 2001, 2017, 2023, 2024/,
    ],
  ])('refuses %s, saying what and where', (_case, options, message) => {
    expect(() => buildMemberMap(options)).toThrow(message);
  });
});
