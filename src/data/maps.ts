import { buildMemberMap, MARKED_PLACES, type MemberMap } from '#lib/map/member-map.ts';
import { mapVariants, type MapVariant } from '#lib/map/member-map-svg.ts';
import { SOURCE_LOCALE, type Locale } from '#lib/i18n/locales.ts';
import { UI } from '#lib/i18n/ui.ts';
import { getSiteContent, itemCitations, type SiteContent } from './content';
import { getEdition } from './editions';

type Member = SiteContent['members'][number];

/** One member map per variant, built once per build: the pages, the map files and their keys share it. */
export interface MemberMaps {
  variants: MapVariant[];
  /** The map that emphasises `emphasise` (or none), by the variant's name. */
  get(emphasise?: number): MemberMap<Member>;
}

const maps = new Map<Locale, Promise<MemberMaps>>();

/**
 * The edition whose map a page of `locale` shows: its own once it names the member states
 * (content/<locale>/members.yaml), which is when src/pages/[lang]/maps/ draws it; English before.
 */
export async function mapLocale(locale: Locale): Promise<Locale> {
  if (locale === SOURCE_LOCALE) return locale;
  return (await getEdition(locale)).data.members.size > 0 ? locale : SOURCE_LOCALE;
}

/**
 * The members and marked places as an edition names them: its members.yaml, and its glossary's
 * names of the places (each marked place is a glossary term); English where it has none.
 */
async function editionNames(
  locale: Locale,
  members: readonly Member[],
): Promise<{ members: Member[]; placeNames: ReadonlyMap<string, string> | undefined }> {
  if (locale === SOURCE_LOCALE) return { members: [...members], placeNames: undefined };
  const { data, sourceFacts } = await getEdition(locale);
  return {
    // A member's sources named as the edition names them (its footnotes' short forms).
    members: members.map((m) => ({
      ...m,
      name: data.members.get(m.id)?.name ?? m.name,
      capital: data.members.get(m.id)?.capital ?? m.capital,
      citations: itemCitations(m, sourceFacts, UI[locale].cite.shortForm),
      capitalCitations: itemCitations(
        { sources: m.capitalSources },
        sourceFacts,
        UI[locale].cite.shortForm,
      ),
    })),
    placeNames: new Map(
      MARKED_PLACES.flatMap((p) => {
        const name = data.glossary.get(p.id)?.name;
        return name === undefined ? [] : [[p.id, name] as const];
      }),
    ),
  };
}

/**
 * The member maps the content asks for, in an edition's words: the home page's, and each cohort a
 * topic's `memberMap` emphasises.
 */
export function getMemberMaps(locale: Locale = SOURCE_LOCALE): Promise<MemberMaps> {
  let built = maps.get(locale);
  if (!built) {
    built = getSiteContent().then(async ({ topics, members }) => {
      const variants = mapVariants(topics.map((topic) => topic.data.memberMap?.emphasise));
      const named = await editionNames(locale, members);
      const byVariant = new Map(
        variants.map((v) => [
          v.emphasise,
          buildMemberMap({ ...named, emphasise: v.emphasise, locale }),
        ]),
      );
      return {
        variants,
        get: (emphasise) =>
          byVariant.get(emphasise) ??
          (() => {
            throw new Error(
              `getMemberMaps: no map emphasises ${String(emphasise)}; a topic's memberMap asks for the maps the build makes`,
            );
          })(),
      };
    });
    maps.set(locale, built);
  }
  return built;
}
