/**
 * A pasted web address read as the words it names (addressWords). Loaded by the query layer
 * (search-run.ts) only for a query that is an address (ADDRESS_QUERY), so that opening search does
 * not pay its bytes.
 */
import { SITE_URL } from '../../site.config.ts';
import { ADDRESS_QUERY, decoded } from './config.ts';

/** Parts of an address that name no subject: the end of a file's name. */
const ADDRESS_NOISE = new Set(['html', 'htm', 'php', 'asp', 'aspx', 'shtml', 'index']);

/** Words of an address's part, split at its punctuation. */
function partWords(part: string): string[] {
  return decoded(part)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !ADDRESS_NOISE.has(word.toLowerCase()));
}

/**
 * The labels a country's domain puts before its ending for a kind of body, as ".org" does
 * ("china.org.cn", "mea.gov.in", "bbc.co.uk"): no name of anyone.
 */
const SECOND_LEVEL = new Set(['ac', 'co', 'com', 'edu', 'gov', 'int', 'mil', 'net', 'org']);

/**
 * The host's own name: the part before its ending (".org"), or before a second-level ending
 * ("china" of "china.org.cn", "mea" of "fsi.mea.gov.in"); no "www", language ("en.", "eng.") or
 * other subdomain, which names no subject. A short name is a name ("un" of "www.un.org").
 */
function hostName(hostname: string): string[] {
  const labels = hostname.split('.').slice(0, -1);
  const last = labels.at(-1);
  if (last === undefined) return [];
  return [SECOND_LEVEL.has(last) && labels.length > 1 ? labels.at(-2)! : last];
}

/**
 * The words of a pasted web address, or undefined for any other query. Another site's: its host's
 * own name (hostName) and its path's and fragment's words, decoded:
 * "https://en.wikipedia.org/wiki/Shanghai_Cooperation_Organisation" is "wikipedia wiki Shanghai
 * Cooperation Organisation", which finds the source whose address it is. This site's, wherever it
 * is served: its search's query ("/search/?q=rats"), or else the id of the section or page it names
 * ("/rats/#what-rats-is" is "what rats is", "/glossary/#rats" "rats", not "glossary rats"); a
 * fragment of a letter and a number ("#p4", a paragraph) is no word, and names its page
 * ("/sources/azam-cgtn/#p4" is "azam cgtn"). A reader who pasted a link had found nothing:
 * Pagefind took the address for one word.
 */
export function addressWords(query: string): string | undefined {
  if (!ADDRESS_QUERY.test(query)) return undefined;
  let url: URL;
  try {
    url = new URL(
      /^[a-z][a-z\d+.-]*:\/\/|^\//i.test(query) ? query : `http://${query}`,
      'https://site.invalid',
    );
  } catch {
    return undefined;
  }
  const own = [new URL(SITE_URL).hostname, 'site.invalid', 'localhost', '127.0.0.1'];
  if (!own.includes(url.hostname)) {
    // Each word once: the host's name is often the path's too ("www.un.org/en/…/un-charter").
    const words = new Set([...hostName(url.hostname), ...partWords(`${url.pathname} ${url.hash}`)]);
    return words.size > 0 ? [...words].join(' ') : undefined;
  }
  const asked = url.searchParams.get('q')?.trim();
  if (asked) return asked;
  const section = partWords(url.hash).filter((word) => !/\p{L}.*\p{N}|\p{N}.*\p{L}/u.test(word));
  const page = partWords(
    url.pathname
      .split('/')
      .filter((part) => part !== '')
      .at(-1) ?? '',
  );
  const words = section.length > 0 ? section : page;
  return words.length > 0 ? words.join(' ') : undefined;
}
