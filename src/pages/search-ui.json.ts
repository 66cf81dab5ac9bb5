import type { APIRoute } from 'astro';
import { searchUiJson } from '../data/search-ui';

/** The English search dialog's words, fetched when it first opens (src/lib/search/search-strings.ts). */
export const GET: APIRoute = () => searchUiJson('en');
