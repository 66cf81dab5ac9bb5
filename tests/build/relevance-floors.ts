/**
 * The floors of the English relevance tables (tests/build/search.test.ts): the first table's, each
 * readers' table's and each held-out table's, with the history of every change to them. A floor is
 * lowered only by a decision written beside it.
 */
// Issue 12 asks for 95 % first and 100 % in the top 3 on this table, and 90 % / 97 % on the held-out
// one; the search does not reach that yet. These floors are the rates last measured, floored to a
// tenth of a percent (`node tools/relevance.ts [file]` prints them by category), so that any
// change that makes search worse fails here; raise them as the search improves, never lower them.
// The held-out floor was reset once, on 2026-12-01, when the held-out file lost the 94 rows the
// tuning table also held (they had been tuned on; tests/unit/search/relevance-tables.test.ts now
// keeps the two apart) and gained new rows from a writer who had not seen the tuning.
// Raised on 2026-12-02 after tuning on the readers' rows: table 319/326 first, 326/326 top 3;
// readers 181/208 and 194/208 (before tuning on them, 83.2 % / 89.4 %); held out 118/159 and 138/159.
// Raised again later that day after tuning on the second readers' rows too: table 319 and 326;
// readers 184 and 198; second readers 188/219 and 206/219 (179 and 197 before tuning on them);
// held out 122/159 and 142/159. Merged with the Russian and Chinese editions (whose English
// edits changed the glossary's Shanghai Spirit entry), second readers 187/219 first: one row's
// answer is now second behind the glossary entry; that floor was lowered to it once, at the merge.
// Raised on 2026-12-02 (issue 12, sixth round) after sections came to be ranked by the query's
// words they hold (rankSections): table 319 and 326; readers 186 and 200; second readers 193 and
// 212; held out 125/159 and 145/159.
// Raised on 2026-12-02 (issue 12, seventh round: a verb form's other forms, a word's family by its
// start, the events of what a date question names, sources and records that only mention the
// words weighing less): table 322 and 326; readers 191 and 201; second readers 199 and 214; held
// out 128/159 and 147/159.
// Raised on 2026-12-02 (issue 12, eighth round: the site's subject implied, a query relaxed by
// leaving out each word in turn, the member table a record of its own, a hyphenated word split, a
// long word one more edit when nothing is found, the about page's corrections section headed
// "Reporting an error"): table 322 and 326; readers 193 and 202; second readers 205 and 217; held
// out 129 and 150 of 159. The third, fourth and fifth readers' tables
// (new, written blind; their headers give their rates before any tuning on them) and a second
// held-out table (137 queries of three more blind writers that no tuning table holds: 82 and 102
// before this round, 95 and 116 after; rates only, its rows unread) have floors of their own.
// Ninth round (2026-12-02): a sixth readers' table (79 rows, 62 and 69 before tuning on it, 64
// and 71 after) and a third held-out table (40 rows of an eleventh blind writer, no row in any
// other table; 29 and 35 on 6c99808, before this round's changes). After them (sections that tie
// go by near words; three synonym groups) held out 2 rose one row each way (96 and 117), held out 1
// did not move, and held out 3 fell one row each way (28 and 34): its floors are what was measured,
// its rows still unread. Then nouns that name a kind (a summit is an event), a number range typed
// apart and one more synonym: held out 2 at 99 and 117, the others unchanged. A fourth held-out
// table (222 queries of writers 12 and 13, written after those changes, in no other table; rates
// only) measured 162 and 193 (161 and 192 on 6c99808). Last, glossary records weigh less beside
// an author's name: held out 130 and 150, held out 3 back at 29 and 34, the others unchanged.
// "What is X" as a definition only when X is a name, and a name's last word in either number:
// readers up, no held-out table moved.
// Tenth round (2026-12-02): a seventh readers' table (56 rows of a fifteenth blind writer, 40 and 43
// before tuning on it) and a fifth held-out table (36 rows of a fourteenth, in no other table; 27 and
// 29 on e75a56f, before any change). The editions' names in Latin letters ("shanghai jingshen",
// "kirgiziya"): held out 5 at 30 and 32, the other held-out tables unchanged. Then "list of …" and
// longer synonym phrases first: held out 4 at 163 and 194. An eighth readers' table (84 rows, 64
// and 71) and a sixth held-out table (69 rows of a sixteenth writer, measured on 5234673: 45 and 59).
// Eleventh round (2026-12-02): a ninth readers' table (15 rows of an eighteenth blind writer once the
// 105 rows other tables held were deleted; 12 and 12 before tuning on it) and a seventh held-out table
// (29 rows of a nineteenth, 91 deleted unread; 20 and 25 on fb1e495, before any change). The member
// table says "(founding member)" in words: held out 4 at 165 and 196, held out 5 at 31 and 33.
// Then a section counts for the share it holds of the query's words beyond its page's title: over
// the seven held-out tables 8 more rows first and 9 more in the top 3 (held out 1 at 131 and 151,
// 4 at 167 and 198, 5 at 32 and 34, 6 at 51 and 65, 7 at 20 and 26), while held out 2 and 3 fell
// one row each way (98 and 116, 28 and 33; their rows unread): their floors fell by that row, a
// trade made knowingly for the rest.
// Twelfth round (2026-12-03): no English ranking changed. An eighth held-out table (49 rows of a
// twentieth blind writer once the 71 rows other tables held were deleted unread; 41 and 47 on
// 568afc6, before the round, and after it).
// Thirteenth round (2026-12-03): a result found only without the site's subject counts for 0.8 of its
// score among the others (not below them all); a query (not a question) that names two or more
// entries weighs glossary records 0.5; a word of a section's id counts as a match in its heading.
// Tuning tables 1261 -> 1271 first and 1320 -> 1323 in the top 3 of 1375. Over the eight held-out
// tables (741 rows, unread) 568 -> 574 first and 670 -> 675 in the top 3: held out 1 at 132 and 152,
// 2 at 99 and 117, 4 at 171 and 200, 5 at 33 and 35, 8 at 41 and 48; held out 6 fell two rows each
// way (50 and 64), all with the section ids, which gained as many rows elsewhere (2, 4, 8): its
// floors fell by them, a trade made knowingly. A ninth held-out table (46 rows of a twenty-first
// blind writer once the 84 rows other tables held were deleted unread) measures 29 and 40 on
// 24abba2, before the round, and after it. Last, two names of one entry ("RATS Regional
// Anti-Terrorist Structure") came to count as one thing named, as the weight's reason says: no
// tuning row moved, and held out 1 lost one row first (131; its rows unread), so its first floor
// is back where the round began. Fourteenth round (2026-12-03): the query layer in modules of its
// own moved no row; a stem of five letters or more that begins a word of a section's id counts as
// a longer word in its heading does. Tuning tables 1271 -> 1272 first and 1323 -> 1324 in the top
// 3 (readers 8 at 66 and 74); held out 2 at 100 and 118 (its rows unread), the others unmoved.
// Then a query matched by sound came to plan and rank with its own shards, as every other query
// does, not with every shard of words: no tuning rate moved (ten queries' lower results did), and
// held out 4 rose one row first (172; its rows unread). Fifteenth round (2026-12-03): a common
// English word the site never uses is corrected only to a form of itself ("status" is no longer
// "states", nor "pact" part, nor "supposed" spaced). Tuning tables 1272 -> 1273 first and 1324 ->
// 1327 in the top 3 (readers 5 at 125 in the top 3, readers 7 at 47, readers 8 at 67 and 75);
// held out 4 at 173 first (its rows unread), the other held-out tables unmoved. A tenth held-out
// table (33 rows of a twenty-second blind writer once the 27 rows other tables held were deleted
// unread) measures 21 and 25 on 8072bcf, before the round, and after it. A tenth readers' table
// (51 rows of a twenty-third, same persona, 29 rows other tables held deleted) measured 24 and 31
// before it was tuned on; a form of a word then came to share its first five letters or the whole
// of the shorter ("plan" is no form of plain): readers 10 at 25 and 32, no other table moved.
// Last, a query that finds nothing, nor without any one word, drops the word the site uses least
// (it had dropped the most frequent, a subject such as "drug"): readers 7 at 45 and 48, readers
// 10 at 33 in the top 3, and readers 8 fell one row from the top 3 (74; "what are the east and
// west ends of the sco region in alimov's article"), its floor lowered by that row, a trade made
// knowingly; held out 6 rose one row in the top 3 (65; its rows unread). Then a form of a word
// came to share all but the last letter of the shorter ("restrict" is no form of restrains):
// readers 8 at 68 and 75, its floors raised back; held-out tables unmoved. Sixteenth round
// (2026-12-03): the last word still being typed is completed (see 'as the reader types'), which
// moved held out 9 to 30 first; then an entry's other names, searched with its name, load no
// shard for their words (the build checks they are words of the index), so a query names only
// the entries of its own words' shards: held out 7 at 21 first and 27 in the top 3 (its rows
// unread), no tuning row moved. Readers 11 (8 rows) and held out 11 (40) are new. Seventeenth
// round (2026-12-03): the entry the site's subject names by itself (the SCO's own glossary term)
// ranks by the query's other words ("SCO secretary general", "Uzbekistan SCO"): tuning 1308 ->
// 1311 first (readers at 198, second readers at 211, fifth readers at 117); held out 8 at 42 first
// (its rows unread), the other held-out tables unmoved. Twenty-first round (2026-12-03): the
// synonyms gain the United States' names (a reader's "usa" found nothing): readers 11 gains that
// reader's row; held out 8 at 43 first and held out 9 at 31 (their rows unread). Twenty-second
// round (2026-12-04): readers 12 (46 rows) and held out 12 (25), a first reader's queries split
// before any was read, measured at the round's start: 36 / 40 and 21 / 23. Twenty-third round
// (2026-12-04): readers 13 (73 rows) and held out 13 (57), a first reader's queries split before
// any was read, measured when written (after the round's stem correction): 56 / 60 and 50 / 54.
// Then a topic page came to rank before the glossary term of the same name (the first reader's
// first finding, and last round's reader's): held out 13 fell to 49 first (its rows unread) and
// the Russian held-out table rose from 69 to 72 of 103; readers 5 and 6 accept the page too.
// Then the site search came to read a row as the dialog reads its box (normaliseQuery): readers
// 13's pasted link to the site found its page, 57 / 61.
// Twenty-fourth round (2026-12-04): a row that wants a section is met where the result's title
// leads, as Enter in the dialog goes (hitMatches): until then it was met by the section listed
// first under the page, while the title led to the page's top (a first reader counted 77 of its
// 117 misses so). The title now leads to that section when the query's words beyond the page's
// title chose it (landingOf), and to the top otherwise ("RATS"): rows whose section only the
// title's words had put first ("pakistan", "what does rats do") no longer count. Every floor was
// set to what this stricter measure gives, a deliberate reset, not a loss of ranking: tuning
// 1,409 → 1,399 of 1,554 first; held out 744 → 736 of 942 (rates only), the 131 → 129
// of 159; Russian tuned 156 → 155 of 168; as typed, tuned 82.9 / 91.4 and held out 75.4 / 88.3.
// Then readers 14 (60 rows) and held out 14 (43), a first reader's queries split before any was
// read, measured when written: 43 / 53 and 36 / 42.
// Then the SCO Secretary-General came to have a glossary term of its own (two first readers'
// "secretary-general" had never reached the Secretariat's): the seven tuning rows that asked for
// the post or the Secretariat's head accept it too (their files say so), tuning 1,444 → 1,446
// first of 1,614; held out 2, 4, 6 and 8 fell one row each (99 of 137 in the top 3; 173 of 222,
// 47 of 69 and 41 of 49 first; rows unread, most likely rows that name the post and want the
// Secretariat's term or Alimov's article, which the new term names), a trade made knowingly.
// Then sources came to weigh 0.5 in a plain search (0.7 before) and 0.3 in a question's answers
// (0.5 before), chosen on the tuning tables (1,449 → 1,451 first and 1,527 → 1,530 in the top 3
// of 1,617; 0.2 ranked one more first but broke the bench question's 105 KB, see
// question-forms.ts): held out 769 → 779 first of 985 (the 129 → 131 of 159) and 901 →
// 899 in the top 3 (rates only); held out 5 and 8 lost rows (their floors lowered knowingly).
// Every other floor was raised to what it measured. Then the official names the search finds
// without a group ("republic of belarus" searched as "belarus") left the synonyms, to keep the
// bench's question within 105 KB: readers lost "kazakhstan summit" from first (a near tie between
// a summit's event and its term), its floor lowered by that row; tuning 1,450 first.
// Twenty-fifth round (2026-12-04): readers 15 (96 rows) and held out 15 (67), a first reader's
// queries split before any was read, measured when written: 67 / 74 and 61 / 66; readers 16 (21)
// and held out 16 (23), a helper's queries in the categories: 19 / 20 and 19 / 22. Then a
// heading that holds every word searched leads there unless they name the page ("pakistan"), a
// result's authors and other names count as its title (namesOf), a heading or id the query
// restates is where it leads ("what does rats do"), a year beside an author names the author's
// source, and the site's parts have their other names in the synonyms (chronology, citation,
// permalink, bibliography): the older 1,617 tuning rows 1,450 → 1,463 first and 1,530 → 1,537
// in the top 3, readers 15 67 → 71 first; the older 985 held-out rows 779 → 784 first, 899 in
// the top 3 (the 131 → 132 of 159), rates only. Held out 2 fell one row in the top 3
// (117 → 116 of 137, rows unread), its floor lowered knowingly; every other floor was raised to
// what it measured. Then "paragraph" beside an author came to name the author's source ("azam
// paragraph 4", both of the round's readers), and a Chinese title's parts came to be its words
// in choosing where a result leads ("上海精神" had opened the page mid-way): readers 15 71 → 72
// first; held out 6 fell a row (49 → 48 of 69, rows unread), its floor lowered knowingly.
// Twenty-sixth round (2026-12-04): readers 17 (59 rows) and held out 17 (39), a first reader's
// queries in the categories split before any was read (the 11 rows its report named, in
// readers 17), measured when written: 43 / 47 and 33 / 37. Then a source's known date in the
// index, a decade searched by the start of its years and a numeronym by its word: readers 17
// 47 / 50, held out 17 34 / 37; no other row moved. Then initialisms of the names the site
// writes in capitals ("GCTS", "UN DPI", "SCO SG"): readers 17 50 / 54; a page result's title
// leading to its top when the words matched are its title's ("enlar", "rashid"): no row of a
// table moved. Held out 11's floor raised to what it measured at the round's start (39 of 40).
// Then the synonyms' names the site never writes came to be searched as the name it writes, and
// to say so ("Nur-Sultan": "Showing results for Astana", the second reader's finding). Its first
// form took common words too ("formed" searched as "founded": readers 8 lost a row first) and a
// name of more words ("USA" as "United States": "usa allian" in readers 17 lost its answer from
// the top 3 as typed); names alone, of no more words, moved no tuning row. Held out 9 gained a
// row in the top 3 (rows unread), its floor raised.
// Twenty-seventh round (2026-12-04): readers 18 (44 rows) and held out 18 (44), a first reader's
// queries split as in the round before (the 3 rows its report named, in readers 18), measured
// when written: 37 / 39 and 37 / 42. Then a query that finds nothing is no longer searched as a
// start of one or two letters alone ("si tszinpin" had been searched as "si": 18 results for
// "signed" and "side", the first reader's first finding): no tuning row moved; held out 15 lost
// a row first and in the top 3 (61 → 60 and 66 → 65 of 67, rows unread), its floor lowered
// knowingly: a start that short begins too many words to be the reader's answer but by chance.
// Twenty-eighth round (2026-12-04): readers 19 (75 rows) and held out 19 (45), split as before (the
// 13 rows its report or typed list named, in readers 19), measured when written: 64 / 70 and
// 40 / 44. Then a list's entry after the page it sums up, when both are shown (summaries.ts:
// "UN DPI" had opened the sources list before Alimov's article): tuning +3 first; held out 2
// gained a row first and lost one from the top 3 (115 of 137, rows unread: an entry the table
// accepts moved below its page), its top 3 floor lowered knowingly, since the page the entry
// sums up now stands above it. A finished word with a letter doubled ("mutuall trust"): tuning
// +2 first; the index's chunks of 800 postings: no row of any table moved. The held-out
// table rose from 132 / 152 to 133 / 153 of 159 (rates only), its floor raised to them.
// Then a start of one or two letters that begins no longer word of the index, or only a word and
// its plural, stands alone once the query's other words are left out ("president xi": "xi", Xi
// Jinping; "xinhua" and "xinhuas" are the words it begins): no tuning row moved; held out 15
// won back the row the twenty-seventh round's refusal cost it (61 / 66 of 67), its floor raised.
// Twenty-ninth round (2026-12-04): readers 20 (125 rows) and held out 20 (90), split as before
// (the 14 rows its report or typed list named, in readers 20), measured on the round's first
// commit: 92 / 112 and 75 / 84. The round's changes: a question that names a term among its other
// words ranks it near the top ("is non-confrontation one of the official SCO principles"); a
// listed initialism typed in capitals is its name ("MEA"), and an initialism is matched only as
// typed ("CSTO" is not the SCO Charter's "CSCO"); an adherent's word also searches the doctrine
// ("terrorists": Terrorism); a date in numbers is searched as the words the site writes it in
// ("04.07.2024"); a last word still being typed restates the heading it begins ("rats functi").
// Tuning 1,808 / 1,922 of 2,037 at the end (1,710 / 1,800 of 1,912 at the start on the older
// tables, 1,715 / 1,809 at the end); held out 1,056 / 1,199 of 1,293 (978 / 1,113 of 1,203 at the
// start on the older tables, 980 / 1,114 at the end). No floor lowered; those above their floors
// raised to what they measure.
// Thirtieth round (2026-12-04): readers 21 (118 rows) and held out 21 (91), split as before (the
// 9 rows its report, summary or typed list named, in readers 21), measured on the round's first
// commit: 87 / 101 and 69 / 85. The round's changes: a timeline event and the glossary term of its
// anchor are one thing, the term first but for a date alone ("sco summit"); a name of four letters
// is matched by sound ("Eron"); a Chinese name in another romanisation by the key they share
// ("Tsindao", "Chin-p'ing"), and a name by sound before a verb form by its stem; the start of a
// plural in -ies searches the singular ("strategi"); an initialism two names of one entry share
// ("UNGCTS"); a name with its initialism names the entry ("… (RATS)"); "what RATS does", its verb
// at the end as a heading writes it, asks what something does. Tuning 1,909 / 2,032 of 2,155 at
// the end (1,808 / 1,922 of 2,037 at the start on the older tables, 1,819 / 1,930 at the end);
// held out 1,129 / 1,286 of 1,384 (1,056 / 1,199 of 1,293 at the start on the older tables,
// 1,060 / 1,201 at the end); the held-out table 134 → 135 first of 159. Held out 6 lowered by a row, knowingly (above); the others
// above their floors raised to what they measure.
// Thirty-first round (2026-12-05): readers 22 and held out 22, new (71 and 53 rows from a
// fourteenth first reader, split before any was read; 55 / 62 and 41 / 48 on the round's first
// commit). The round's changes: a query that compares leads to the section that compares; "vs"
// is a function word; a section named by its id though it holds no word searched; a page's
// heading typed whole names its page; the site's subject alone ranks the home page after its
// term; a place alone names the body seated there; a name romanised with hyphens is read whole.
// Tuning 1,980 / 2,102 of 2,226 at the end (the older 2,155: 1,909 / 2,032 at the start, 1,922 /
// 2,039 at the end); held out 1,188 / 1,337 of 1,437 (the older 1,384: 1,129 / 1,286 at the
// start, 1,145 / 1,289 at the end); the
// issue's held-out table 135 → 142 first of 159. Readers 7 and held out 15 lowered by a row,
// knowingly (above); the others above their floors raised to what they measure.
// Thirty-second round (2026-12-05): readers 23 and held out 23, new (68 and 45 rows from a
// fifteenth first reader, split before any was read; 52 / 59 and 42 / 42 on the round's first
// commit). The round's changes: a question whether one thing is in another leads to the section
// that sets them side by side (not a heading other pages share); phrases of time ("right now")
// are function words; an author and an outlet together name their source; a page's title typed
// whole leads to its top; a heading that is another word for a word searched restates it.
// Tuning 2,041 / 2,170 of 2,294 at the end (the older 2,226: 1,980 / 2,102 at the start, 1,988
// / 2,110 at the end); held out 1,231 / 1,379 of 1,482 (the older
// 1,437: 1,188 / 1,337 at the start, 1,189 / 1,337 at the end); the held-out table
// 142 → 143 first of 159. No floor lowered; those above their floors raised to what they measure.
// Thirty-fourth round: readers 25 (84 rows) and held out 25 (56), a seventeenth first reader's
// queries split before any was read (64 / 72 and 50 / 56 on the round's first commit, 6605de6),
// and readers 26 and held out 26 (23 each), a helper's plain questions and place queries split
// before any was searched (13 / 20 and 14 / 19). The round's changes: a verb form also searches
// its base form ("using": use); a comparison leads to the template's section on the sources only
// when the query is about them; a singular in -y also searches its plural in -ies ("policy":
// policies); the member map's caption title is indexed ("map"); a last word completed to a
// synonym group's word is also searched as typed ("territ"); a word the site never uses before a
// name's word is corrected to the name's ("tree forces"); a UK/US spelling gets its other
// spelling's stem and forms ("summarized": summarises); a section that lacks a word searched
// counts its synonym ("membership": join). Tuning 2,178 / 2,324 of 2,463 at the start, 2,189 /
// 2,339 at the end (the older 2,356: 2,101 / 2,232 → 2,109 / 2,243); held out
// 1,333 / 1,492 → 1,338 / 1,496 of 1,597 (the older 1,518: 1,269 / 1,417 → 1,274 / 1,421), rates
// only; the held-out table 143 → 144 first and 153 → 154 in the top 3 of 159. Readers 20
// lowered by a row, by decision (beside it); those above their floors raised.
// Forty-sixth round: readers 35 (11 rows) and held out 35 (7), a helper's dates, plurals, UK/US
// spellings, words still being typed and other names, written before it read any page and split
// by category before any was searched (6 / 7 and 5 / 5 when registered, rates only for the latter).
// Forty-seventh round: every table's expected addresses audited by two judges, each alone and blind
// to the search, its results and each other (relevance-heldout.yaml's header); what both judged alike
// applied. Tuning 2,480 / 2,690 → 2,541 / 2,722 of 2,838 (the table 325 → 326 first of 329); the
// floors raised to the audited rates, readers 11 lowered by decision (beside it).
export const FLOORS = {
  table: { first: 0.99, top3: 1.0 },
};
/** A table's floors: the shares of its rows first and in the top 3, and the rows it has at least. */
export interface TableFloors {
  first: number;
  top3: number;
  rows: number;
}

/** Floors of each readers' table, by file. */
export const READERS_FLOORS: Record<string, TableFloors> = {
  'tests/build/relevance-readers.yaml': { first: 0.985, top3: 1.0, rows: 130 },
  'tests/build/relevance-readers2.yaml': { first: 0.981, top3: 1.0, rows: 150 },
  'tests/build/relevance-readers3.yaml': { first: 0.96, top3: 0.992, rows: 120 },
  'tests/build/relevance-readers4.yaml': { first: 0.937, top3: 0.968, rows: 120 },
  // Lowered from 0.893 in the fortieth round, by decision: a noun in -ship also searching the
  // noun it is made of ("membership": member) ranked five more tuning rows first and three more
  // in the top 3 (one held-out row more each), and put the timeline's Iran event first for "iran
  // and belarus membership" here.
  'tests/build/relevance-readers5.yaml': { first: 0.939, top3: 0.977, rows: 120 },
  'tests/build/relevance-readers6.yaml': { first: 0.949, top3: 0.974, rows: 75 },
  // Lowered from 0.803 / 0.857 in the thirty-first round, by decision: a query that compares
  // leads to the section that compares ("difference between the SCO Charter and the UN Charter":
  // "… side by side"), three tuning rows more, and "whats the difference between non-alignment and
  // non-confrontation" now opens "Where the sources agree and differ", not "The external stance".
  'tests/build/relevance-readers7.yaml': { first: 0.892, top3: 0.946, rows: 56 },
  'tests/build/relevance-readers8.yaml': { first: 0.821, top3: 0.94, rows: 84 },
  'tests/build/relevance-readers9.yaml': { first: 1.0, top3: 1.0, rows: 15 },
  'tests/build/relevance-readers10.yaml': { first: 0.666, top3: 0.862, rows: 51 },
  // Lowered from 1.0 in the forty-seventh round, by decision: the judges' audit (the table's header)
  // took the non-use-of-force term off "usa", which mentions the United States only in passing.
  'tests/build/relevance-readers11.yaml': { first: 0.888, top3: 1.0, rows: 9 },
  'tests/build/relevance-readers12.yaml': { first: 0.869, top3: 0.956, rows: 46 },
  // Lowered in the forty-fifth round, by decision: the member table came to give each state's
  // capital (indexed at half weight, MEMBER_CAPITAL_WEIGHT), so that a reader's "Minsk" or "Moscow"
  // finds the page that says it: English tuned ±0 first (two lost, two gained) and +2 in the top 3,
  // held out +2 first and ±0 in the top 3 (held out 21 lost a row, unread). Here "tajik capital dushanbe"
  // now puts the capitals' reference source first, and the answer second.
  'tests/build/relevance-readers13.yaml': { first: 0.863, top3: 0.986, rows: 73 },
  // Lowered from 0.95 in the fortieth round, by decision: the best page among the first three
  // results when those are all records (accountAmongFirst) put nine more tuning rows in the top 3
  // and three fewer, one here ("full members": the page moved up is the TASS report, and the
  // timeline's event it displaced was the answer); two more held-out rows in the top 3 and none
  // fewer. So readers 20 and 29 ("summit", "sco members as of 2024").
  'tests/build/relevance-readers14.yaml': { first: 0.816, top3: 0.933, rows: 60 },
  'tests/build/relevance-readers15.yaml': { first: 0.833, top3: 0.927, rows: 96 },
  'tests/build/relevance-readers16.yaml': { first: 1.0, top3: 1.0, rows: 21 },
  'tests/build/relevance-readers17.yaml': { first: 0.898, top3: 0.915, rows: 59 },
  'tests/build/relevance-readers18.yaml': { first: 0.954, top3: 0.954, rows: 44 },
  'tests/build/relevance-readers19.yaml': { first: 0.933, top3: 0.96, rows: 75 },
  // Lowered from 0.792 in the thirty-fourth round, by decision: a last word completed to a
  // synonym group's word also searched as typed ("territ": Territorial integrity as well as
  // territory) ranked two more tuning rows first and three more in the top 3, and put the
  // glossary's Tashkent before the RATS page for "Tashkent Uzbekistan anti-terror" here (second).
  // Its top 3 lowered from 0.944 in the fortieth round, by decision (readers 14, above).
  'tests/build/relevance-readers20.yaml': { first: 0.864, top3: 0.968, rows: 125 },
  // Lowered from 0.898 in the thirty-third round, by decision: a result that seldom says the
  // site's subject keeping its score without it ("Tajikistan SCO": the member table) ranked four
  // more tuning rows first, one more in the top 3 and one more held-out row first, and put "SCO &
  // UN" here out of the top 3 (the UN's own terms, named by "UN", now rank by it).
  'tests/build/relevance-readers21.yaml': { first: 0.83, top3: 0.923, rows: 118 },
  // Lowered in the forty-fifth round, by decision: the member table came to give each state's
  // capital (indexed at half weight, MEMBER_CAPITAL_WEIGHT), so that a reader's "Minsk" or "Moscow"
  // finds the page that says it: English tuned ±0 first (two lost, two gained) and +2 in the top 3,
  // held out +2 first and ±0 in the top 3 (held out 21 lost a row, unread). Here "Dushanbe Tajikistan"
  // now puts the member table's row first, and the answer second.
  'tests/build/relevance-readers22.yaml': { first: 0.901, top3: 0.957, rows: 71 },
  'tests/build/relevance-readers23.yaml': { first: 0.808, top3: 0.941, rows: 68 },
  'tests/build/relevance-readers24.yaml': { first: 0.854, top3: 0.951, rows: 62 },
  'tests/build/relevance-readers25.yaml': { first: 0.869, top3: 0.964, rows: 84 },
  'tests/build/relevance-readers26.yaml': { first: 0.695, top3: 0.956, rows: 23 },
  'tests/build/relevance-readers27.yaml': { first: 0.726, top3: 0.88, rows: 84 },
  'tests/build/relevance-readers28.yaml': { first: 0.862, top3: 0.982, rows: 58 },
  // Its top 3 lowered from 0.878 in the fortieth round, by decision (readers 14, above).
  'tests/build/relevance-readers29.yaml': { first: 0.818, top3: 0.924, rows: 66 },
  'tests/build/relevance-readers30.yaml': { first: 0.836, top3: 0.927, rows: 55 },
  'tests/build/relevance-readers31.yaml': { first: 0.911, top3: 0.955, rows: 45 },
  'tests/build/relevance-readers32.yaml': { first: 0.838, top3: 0.967, rows: 31 },
  'tests/build/relevance-readers33.yaml': { first: 0.384, top3: 0.538, rows: 13 },
  'tests/build/relevance-readers34.yaml': { first: 0.333, top3: 0.416, rows: 12 },
  'tests/build/relevance-readers35.yaml': { first: 0.636, top3: 0.636, rows: 11 },
};
/**
 * Floors of each held-out table, by file (the goal for the first: 90 % / 97 %). Raised in the
 * forty-seventh round where two judges' audit of the tables' expected addresses (each table's header)
 * raised the measured rates; none fell. All the held-out tables but the first, as audited: 1,490
 * first and 1,623 in the top 3 of 1,706 (1,430 and 1,596 as written).
 */
export const HELD_OUT_FLOORS: Record<string, TableFloors> = {
  // Raised from 0.905 / 0.968 in the forty-seventh round, when two judges' blind audit of its
  // expected addresses (the table's header) put 151 rows first and 156 in the top 3 of 159.
  'tests/build/relevance-heldout.yaml': { first: 0.949, top3: 0.981, rows: 60 },
  'tests/build/relevance-heldout2.yaml': { first: 0.846, top3: 0.919, rows: 100 },
  'tests/build/relevance-heldout3.yaml': { first: 0.825, top3: 0.85, rows: 40 },
  'tests/build/relevance-heldout4.yaml': { first: 0.869, top3: 0.941, rows: 200 },
  'tests/build/relevance-heldout5.yaml': { first: 0.944, top3: 0.972, rows: 36 },
  // Lowered from 0.695 in the thirtieth round, by decision: the glossary term ranked above the
  // timeline event of its anchor gained three tuning rows and one held-out row in all, and cost
  // this table one (unread). Back to 0.695 in the thirty-first round (a place alone naming the
  // body seated there).
  'tests/build/relevance-heldout6.yaml': { first: 0.753, top3: 0.942, rows: 69 },
  'tests/build/relevance-heldout7.yaml': { first: 0.827, top3: 0.965, rows: 29 },
  'tests/build/relevance-heldout8.yaml': { first: 0.938, top3: 0.959, rows: 49 },
  'tests/build/relevance-heldout9.yaml': { first: 0.804, top3: 0.913, rows: 46 },
  // Lowered from 0.757 / 0.878 in the forty-eighth round, by decision: a question whether something
  // does something weighs its account over a term's definition (ASKS_WHAT_IT_DOES in
  // question-forms.ts): held out +4 first and −1 in the top 3 over all, this table −1 / −1.
  'tests/build/relevance-heldout10.yaml': { first: 0.727, top3: 0.848, rows: 33 },
  'tests/build/relevance-heldout11.yaml': { first: 1.0, top3: 1.0, rows: 40 },
  'tests/build/relevance-heldout12.yaml': { first: 0.96, top3: 1.0, rows: 25 },
  'tests/build/relevance-heldout13.yaml': { first: 0.894, top3: 0.982, rows: 57 },
  'tests/build/relevance-heldout14.yaml': { first: 0.86, top3: 0.976, rows: 43 },
  // Lowered from 0.925 / 0.985 in the thirty-first round, by decision (unread): the comparison
  // landing above (readers 7) cost this table a row and gained held out 20 one first and held out
  // 21 one in the top 3.
  'tests/build/relevance-heldout15.yaml': { first: 0.925, top3: 0.985, rows: 67 },
  'tests/build/relevance-heldout16.yaml': { first: 0.956, top3: 1.0, rows: 23 },
  'tests/build/relevance-heldout17.yaml': { first: 0.897, top3: 0.948, rows: 39 },
  'tests/build/relevance-heldout18.yaml': { first: 0.886, top3: 0.954, rows: 44 },
  'tests/build/relevance-heldout19.yaml': { first: 0.911, top3: 1.0, rows: 45 },
  'tests/build/relevance-heldout20.yaml': { first: 0.922, top3: 0.988, rows: 90 },
  // Its top 3 lowered from 0.967 in the forty-fifth round, by decision (readers 13, above): a row
  // fewer in the top 3, unread.
  'tests/build/relevance-heldout21.yaml': { first: 0.901, top3: 0.978, rows: 91 },
  'tests/build/relevance-heldout22.yaml': { first: 0.886, top3: 0.981, rows: 53 },
  // Lowered from 0.933 in the forty-third round, by decision (unread): three glossary terms saying
  // which member state's capital their city is (Tashkent, Dushanbe, Astana), cited to a new
  // reference source, put seven more tuning rows first and in the top 3 and two more held-out rows
  // first, and cost this table one row first and held out 32 one in the top 3 (the new source's
  // page is one result more; without the terms' words it alone cost one tuning row too).
  'tests/build/relevance-heldout23.yaml': { first: 0.933, top3: 0.955, rows: 45 },
  'tests/build/relevance-heldout24.yaml': { first: 0.888, top3: 1.0, rows: 36 },
  'tests/build/relevance-heldout25.yaml': { first: 0.91, top3: 1.0, rows: 56 },
  'tests/build/relevance-heldout26.yaml': { first: 0.695, top3: 0.913, rows: 23 },
  'tests/build/relevance-heldout27.yaml': { first: 1.0, top3: 1.0, rows: 35 },
  'tests/build/relevance-heldout28.yaml': { first: 0.897, top3: 0.979, rows: 49 },
  // Lowered from 0.924 in the forty-eighth round, by the same decision (held out 10, above).
  'tests/build/relevance-heldout29.yaml': { first: 0.905, top3: 0.943, rows: 53 },
  'tests/build/relevance-heldout30.yaml': { first: 0.872, top3: 0.978, rows: 47 },
  'tests/build/relevance-heldout31.yaml': { first: 0.871, top3: 0.974, rows: 39 },
  // Its top 3 lowered from 1.0 in the forty-third round, by decision (held out 23, above).
  'tests/build/relevance-heldout32.yaml': { first: 0.941, top3: 0.941, rows: 17 },
  'tests/build/relevance-heldout33.yaml': { first: 0.3, top3: 0.3, rows: 10 },
  'tests/build/relevance-heldout34.yaml': { first: 0.454, top3: 0.454, rows: 11 },
  'tests/build/relevance-heldout35.yaml': { first: 0.714, top3: 0.714, rows: 7 },
};

/**
 * Floors of the readers' samples, each as judged by two judges and measured once: the first in the
 * forty-seventh round, 72 first and 78 in the top 3 of 80; the second in the forty-eighth, 77 and
 * 78 of 82.
 */
export const SAMPLE_FLOORS: Record<string, TableFloors> = {
  'tests/build/relevance-sample.yaml': { first: 0.899, top3: 0.974, rows: 80 },
  'tests/build/relevance-sample2.yaml': { first: 0.939, top3: 0.951, rows: 82 },
};
