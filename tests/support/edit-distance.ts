// Unit tests call the planner (planQuery, correctWord) directly, as the dialog does only once the
// edit distance is loaded (planWithShards loads it when a plan has a word to correct): load it first.
import { loadEditDistance } from '#lib/search/corrections.ts';

await loadEditDistance();
