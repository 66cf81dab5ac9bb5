/**
 * The /search/ page: runs the query in ?q= against the Pagefind index and lists the results with
 * their sections. The Pagefind bundle is imported at run time from /pagefind/, so it loads only here.
 */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const BUNDLE = '/pagefind/pagefind.js';

function item(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'border-b border-line pb-4';
  const link = document.createElement('a');
  link.href = data.url;
  link.className = 'text-lg font-semibold';
  link.textContent = data.meta.title ?? data.url;
  const excerpt = document.createElement('p');
  excerpt.className = 'mt-1 text-sm';
  // Pagefind's excerpt is escaped page text with <mark> around the matched words.
  excerpt.innerHTML = data.excerpt;
  li.append(link, excerpt);
  const sections = data.sub_results.filter((sub) => sub.url !== data.url).slice(0, 3);
  if (sections.length > 0) {
    const list = document.createElement('ul');
    list.className = 'mt-2 space-y-1 border-l border-line pl-4 text-sm';
    for (const sub of sections) {
      const subItem = document.createElement('li');
      const subLink = document.createElement('a');
      subLink.href = sub.url;
      subLink.textContent = sub.title;
      subItem.append(subLink);
      list.append(subItem);
    }
    li.append(list);
  }
  return li;
}

/** Runs the query from the URL and renders the results into #search-results. */
export async function mountSearch(): Promise<void> {
  const target = document.getElementById('search-results');
  if (!target) return;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  const input = document.querySelector<HTMLInputElement>('#page-search');
  if (input) input.value = query;
  if (query === '') {
    target.textContent = 'Type a principle, institution, place or date above.';
    return;
  }
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ BUNDLE)) as Pagefind;
  } catch {
    target.textContent =
      'The search index is missing. It is built by "npm run build"; in "npm run dev" there is none. Browse the lists below instead.';
    return;
  }
  const search = await pagefind.search(query);
  const results = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
  const heading = document.createElement('p');
  heading.className = 'text-sm text-muted';
  heading.textContent = `${search.results.length} ${search.results.length === 1 ? 'page' : 'pages'} found for “${query}”`;
  const list = document.createElement('ol');
  list.className = 'mt-4 space-y-4';
  list.append(...results.map(item));
  target.replaceChildren(heading, list);
}
