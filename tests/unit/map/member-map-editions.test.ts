import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ALL_LOCALES, SOURCE_LOCALE } from '#lib/i18n/locales.ts';
import { buildMemberMap, MARKED_PLACES, type MapMember } from '#lib/map/member-map.ts';
import { memberMapSrc, renderMemberMapSvg } from '#lib/map/member-map-svg.ts';
import { estimateTextWidth } from '#lib/meta/social-image.ts';

// Each edition's map is drawn with the edition's names, taken from content/ as the build takes them:
// the members from content/<locale>/members.yaml, the marked places (glossary terms) from its glossary.
// Adding a member state or renaming one in an edition changes no expectation here.

type Entry = { id: string; name: string };
const english = (parse(readFileSync('content/members.yaml', 'utf8')) as (MapMember & Entry)[]).map(
  ({ id, name, iso, joined }) => ({ id, name, iso: String(iso).padStart(3, '0'), joined }),
);
const englishGlossary = parse(readFileSync('content/glossary.yaml', 'utf8')) as Entry[];

function namesIn(locale: string) {
  if (locale === SOURCE_LOCALE)
    return {
      members: new Map(english.map((m) => [m.id, m.name])),
      places: new Map(englishGlossary.map((t) => [t.id, t.name])),
    };
  const members = (
    parse(readFileSync(`content/${locale}/members.yaml`, 'utf8')) as { members: Entry[] }
  ).members;
  const terms = (
    parse(readFileSync(`content/${locale}/glossary.yaml`, 'utf8')) as { terms: Entry[] }
  ).terms;
  return {
    members: new Map(members.map((m) => [m.id, m.name])),
    places: new Map(terms.map((t) => [t.id, t.name])),
  };
}

describe.each(ALL_LOCALES)('the %s member map', (locale) => {
  const names = namesIn(locale);
  const members = english.map((m) => ({ ...m, name: names.members.get(m.id) ?? m.name }));
  const placeNames = new Map(MARKED_PLACES.map((p) => [p.id, names.places.get(p.id) ?? p.name]));
  const maps = [undefined, 2017].map((emphasise) =>
    buildMemberMap({ members, emphasise, locale, placeNames }),
  );

  test.each(maps.map((map, i) => [i === 0 ? 'plain' : 'emphasised', map] as const))(
    '(%s) labels every member with the edition’s name, each once, and the places with its glossary’s',
    (_variant, map) => {
      const svg = renderMemberMapSvg(map);
      const { document } = parseHTML(svg);
      const labels = [...document.querySelectorAll('text.l')].map((t) => t.textContent);
      expect(labels.sort()).toEqual([...names.members.values()].sort());
      expect([...document.querySelectorAll('g.p text')].map((t) => t.textContent)).toEqual(
        MARKED_PLACES.map((p) => names.places.get(p.id)),
      );
      // Every member's tooltip and the text alternative name it as the edition does.
      for (const [id, name] of names.members) {
        expect(document.querySelector(`#m-${id} title`)?.textContent).toContain(name);
        expect(map.description).toContain(name);
      }
      // An edition's map does not fall back to the English names it translates.
      if (locale !== SOURCE_LOCALE)
        for (const m of english)
          if (names.members.get(m.id) !== m.name) expect(svg).not.toContain(`>${m.name}<`);
      // Its own language, and nothing fetched: no url() but its own patterns, no @import.
      expect(document.querySelector('svg')?.getAttribute('lang') ?? 'en').toBe(
        locale === 'zh' ? 'zh-Hans' : locale,
      );
      expect(svg).not.toMatch(/@import|url\((?!#p\d\))|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    },
  );

  test.each(maps.map((map, i) => [i === 0 ? 'plain' : 'emphasised', map] as const))(
    '(%s) sets every name inside the map, clear of every other name and of the places’ names',
    (_variant, map) => {
      const half = (text: string) => (estimateTextWidth(text, map.fontSize) * 1.05) / 2;
      const boxes = [
        ...map.shapes.map((s) => ({
          x: s.label.x,
          y: s.label.y,
          half: half(s.member.name),
          name: s.member.name,
        })),
        ...map.places.map((p) => ({
          x: p.label === 'right' ? p.x + 10 + half(p.name) : p.x - 10 - half(p.name),
          y: p.y + 6 - map.fontSize * 0.35,
          half: half(p.name),
          name: p.name,
        })),
      ];
      const clash = boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter(
            (b) =>
              Math.abs(a.x - b.x) < a.half + b.half && Math.abs(a.y - b.y) < map.fontSize * 1.2,
          )
          .map((b) => `${a.name} / ${b.name}`),
      );
      expect(clash).toEqual([]);
      expect(
        boxes.filter(
          (n) => n.x - n.half < 0 || n.x + n.half > map.width || n.y < 0 || n.y > map.height,
        ),
      ).toEqual([]);
    },
  );

  test('is its edition’s file: English at its published address, an edition under its prefix', () => {
    expect(memberMapSrc(undefined, locale)).toBe(
      locale === SOURCE_LOCALE ? '/maps/members.svg' : `/${locale}/maps/members.svg`,
    );
    expect(memberMapSrc(2017, locale)).toBe(
      locale === SOURCE_LOCALE ? '/maps/members-2017.svg' : `/${locale}/maps/members-2017.svg`,
    );
  });
});
