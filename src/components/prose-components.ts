import Cite from './Cite.astro';
import ProseH2 from './ProseH2.astro';
import ProseH3 from './ProseH3.astro';

/** The components MDX content renders with: citations, and headings with their section tools. */
export const PROSE_COMPONENTS = { Cite, h2: ProseH2, h3: ProseH3 };
