import Cite from './Cite.astro';
import ProseH2 from './ProseH2.astro';
import ProseH3 from './ProseH3.astro';
import Q from './Q.astro';

/** The components MDX content renders with: citations, translated quotations, and headings with their section tools. */
export const PROSE_COMPONENTS = { Cite, Q, h2: ProseH2, h3: ProseH3 };
