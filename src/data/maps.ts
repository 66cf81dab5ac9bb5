import { buildMemberMap, type MemberMap } from '#lib/map/member-map.ts';
import { mapVariants, type MapVariant } from '#lib/map/member-map-svg.ts';
import { getSiteContent, type SiteContent } from './content';

type Member = SiteContent['members'][number];

/** One member map per variant, built once per build: the pages, the map files and their keys share it. */
export interface MemberMaps {
  variants: MapVariant[];
  /** The map that emphasises `emphasise` (or none), by the variant's name. */
  get(emphasise?: number): MemberMap<Member>;
}

let maps: Promise<MemberMaps> | undefined;

/** The member maps the content asks for: the home page's, and each cohort a topic's `memberMap` emphasises. */
export function getMemberMaps(): Promise<MemberMaps> {
  maps ??= getSiteContent().then(({ topics, members }) => {
    const variants = mapVariants(topics.map((topic) => topic.data.memberMap?.emphasise));
    const built = new Map(
      variants.map((v) => [v.emphasise, buildMemberMap({ members, emphasise: v.emphasise })]),
    );
    return {
      variants,
      get: (emphasise) =>
        built.get(emphasise) ??
        (() => {
          throw new Error(
            `getMemberMaps: no map emphasises ${String(emphasise)}; a topic's memberMap asks for the maps the build makes`,
          );
        })(),
    };
  });
  return maps;
}
