# Each mutation must make the parity check fail with the expected message; the file is restored after.
set -u
t() { # file, python replacement (old, new), expected message
  f=$1; old=$2; new=$3; msg=$4
  python3 -c "import sys;p,o,n=sys.argv[1:];s=open(p).read();assert o in s,('not found',o);open(p,'w').write(s.replace(o,n,1))" "$f" "$old" "$new" || { echo "SETUP FAIL $msg"; return; }
  out=$(node .tmp/parity.mjs ru 2>&1); rc=$?
  git checkout -q -- "$f"
  if [ $rc -ne 0 ] && grep -q -- "$msg" <<<"$out"; then echo "red as expected: $msg"; else echo "NOT CAUGHT: $msg"; fi
}
T=content/ru/topics/rats.mdx
t $T '{#functions}' '{#function}' 'headings differ'
t $T '<Cite source="china-org-rats-2004" /> Азхар' ' Азхар' 'citations differ'
t $T '<Cite source="azam-cgtn" p="4" /> В том же' '<Cite source="azam-cgtn" p="5" /> В том же' 'citations differ'
t $T '<Q en="three forces">' '<Q en="three evils">' 'not found in the English file'
t $T 'называет <Q en="three forces">' 'называет «<Q en="three forces">' 'quotation marks around'
t $T 'navLabel: "РАТС ШОС"' 'navLabel: "Региональная антитеррористическая"' 'navLabel is'
t $T 'translation: {' 'kind: institution
translation: {' 'must not be repeated'
t $T 'englishReviewed: 2026-12-01' 'englishReviewed: 2026-11-22' 'englishReviewed'
t $T '(/glossary/#tashkent)' '(/glossary/#rats)' 'link targets differ'
t $T 'РАТС — это орган' 'РАТС "это" орган' 'straight double quote'
t $T 'РАТС — это орган' 'РАТС — это орган' 'space (not no-break)'
t $T 'Чем занимается РАТС {#functions}' 'Чем занимается РАТС {#functions}
<script>' 'not allowed'
t content/ru/glossary.yaml '  - id: mutual-trust' '  - id: mutual-trusts' 'ids differ'
t content/ru/glossary.yaml 'otherNames: [РАТС, РАТС ШОС]' 'otherNames: [РАТС, Regional Anti-Terrorist Structure]' 'English name in otherNames'
t content/ru/glossary.yaml 'terms:' 'terms: [' 'YAML'
t content/ru/timeline.yaml '  - id: iran-joins-2023' '  - id: iran-joins' 'ids differ'
t content/ru/members.yaml '{ id: india, name: Индия }' '{ id: india }' '"name" missing'
t content/ru/sources/alimov-2017.yaml '  - >-
    Алимов пишет, что вся' '  - >-
    Алимов пишет, что ШОС. 
  - >-
    Алимов пишет, что вся' 'paragraphs: 7 in English, 8 here'
t content/ru/sources/sco-about.yaml 'translated: 2026-12-01' 'translated: 2026-12-01
title: Об ШОС' 'published one'
t content/ru/sources/un-a-73-833.yaml 'title: >-' 'xtitle: >-' 'descriptive title not translated'
mv content/ru/sources/sipri-yearbook.yaml .tmp/; out=$(node .tmp/parity.mjs ru 2>&1); rc=$?; mv .tmp/sipri-yearbook.yaml content/ru/sources/
if [ $rc -ne 0 ] && grep -q "sipri-yearbook.yaml: missing" <<<"$out"; then echo "red as expected: missing file"; else echo "NOT CAUGHT: missing file"; fi
