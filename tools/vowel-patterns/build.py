#!/usr/bin/env python3
"""Builds enrich-service/src/main/resources/kb/generated/vowel-patterns.tsv: a vocalisation model of
Arabic-script name words learned from the project's own word tables (no pool text is read):

  entities/romanization.tsv (written for the project), kb/generated/name-words.tsv (dr5hn, ODbL 1.0) and
  kb/generated/name-words-wikidata.tsv (Merhav & Ash's Wikidata pairs, CC0 1.0).

Each Arabic word is reduced to a letter-class pattern (C a consonant, E ain, M an opening meem, A alef,
W waw, Y yeh, h a medial heh, H a final heh or teh marbuta): مسند MCCC, صباغ CCAC, خنيزان CCYCAC. Its
English spelling is aligned letter by letter (each consonant to one of its usual Latin spellings, single
or doubled, then 0-2 short vowels; alef, waw, yeh and the final heh to their vowel or glide spellings).
Per pattern the model keeps one template: the most frequent whole alignment when it holds >= MIN_SHARE of
the pattern's words, else the most frequent token per letter (but the most frequent whole alignment when
those tokens leave a shape VowelPatterns#plausible rejects for every word, such as three consonants without a
vowel: CCCCC); an opening meem (M) always takes its most frequent vowel (the participle's mu- of Musnad
outvotes the place noun's ma- of Majdal in MCCC, though maCCaC is the most frequent whole alignment).
CrossScriptName spells a word that no table holds with its pattern's template (consonants spelled as the letter rules spell them), falling back to the letter rules
when the pattern is rarer than MIN_COUNT or the result does not look like an Arabic name in English
(VowelPatterns#plausible). Only English spellings that look like romanized Arabic are
learned from (no c/p/v/x, no opening consonant cluster other than sh/kh/th/gh/dh, no three consonants in
a row, no final consonant+y, no e as the first vowel, no final ee/oe): Wikidata's pairs are mostly European names.

Thresholds chosen on a random fifth of the table words held out (random.seed(1)), never on pool text:
of the 3,651 held-out words, the letter rules spell 500 exactly (measured with a Python port of
CrossScriptName.letters, not shipped), the templates with the letter rules as fallback 871
(MIN_COUNT 2, MIN_SHARE 0.2; 3/0.3 and 5/0.3 did worse); --check prints the templates' own part (899 of
4,153 in round 56; 900 with the meem's vowel left to the whole alignment, 896 with every pattern's first
letter voted).

Usage: tools/vowel-patterns/build.py [OUT] [--check]   (--check: print the held-out figure only)
"""
import collections
import os
import random
import re
import sys
from functools import lru_cache

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
RES = os.path.join(ROOT, 'enrich-service', 'src', 'main', 'resources')
MIN_COUNT, MIN_SHARE = 2, 0.2


def matching_form(s):
    s = re.sub('[\u064B-\u065F\u0670\u0640]', '', s)
    for a, b in [('أ', 'ا'), ('إ', 'ا'), ('آ', 'ا'), ('ٱ', 'ا'), ('ى', 'ي'), ('ة', 'ه'), ('ی', 'ي'),
                 ('ک', 'ك'), ('ۀ', 'ه'), ('ە', 'ه')]:
        s = s.replace(a, b)
    return s


def rows(path):
    with open(path, encoding='utf8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            yield line.rstrip('\n').split('\t')


def pairs():
    out = {}
    for r in rows(os.path.join(RES, 'kb/generated/name-words-wikidata.tsv')):
        if len(r) > 1 and r[1]:
            out[r[0]] = r[1]
    for r in rows(os.path.join(RES, 'kb/generated/name-words.tsv')):
        if len(r) > 2 and r[1]:
            out[r[0]] = r[1]
    for r in rows(os.path.join(RES, 'entities/romanization.tsv')):
        if len(r) > 1 and r[1]:
            out[matching_form(r[0])] = r[1]
    return sorted((w, e) for w, e in out.items()
                  if re.fullmatch('[\u0621-\u064A]+', w) and arabic_like(e))


DIGRAPHS = ('sh', 'kh', 'th', 'gh', 'dh')


def arabic_like(e):
    """As VowelPatterns#plausible in Java: the shapes of romanized Arabic."""
    s = e.lower()
    if not re.fullmatch("[a-z']+", s) or re.search('[cpvx]', s):
        return False
    for d in DIGRAPHS:
        s = s.replace(d, 'K')
    s = s.replace("'", '')
    first = re.search('[aeiou]', s)
    return not (re.match('[^aeiou][^aeiouy]', s) or re.search('[^aeiouy]{3}', s)
                or re.search('[^aeiou]y$', s) or (first and s[first.start()] == 'e')
                or re.search('(ee|oe)$', s))


CONSONANTS = {'ب': ['b'], 'ت': ['t'], 'ث': ['th', 's', 't'], 'ج': ['j', 'g', 'dj'], 'ح': ['h', ''],
              'خ': ['kh', 'h', 'k'], 'د': ['d'], 'ذ': ['dh', 'z', 'd', 'th'], 'ر': ['r'], 'ز': ['z', 's'],
              'س': ['s'], 'ش': ['sh', 's'], 'ص': ['s'], 'ض': ['d', 'dh', 'z'], 'ط': ['t'],
              'ظ': ['z', 'dh', 'd'], 'ع': ['', "'"], 'غ': ['gh', 'g'], 'ف': ['f'], 'ق': ['q', 'k', 'g', 'gh'],
              'ك': ['k'], 'ل': ['l'], 'م': ['m'], 'ن': ['n'], 'ء': ['', "'"], 'ئ': ['', 'y', "'"],
              'ؤ': ['', "'"], 'ه': ['h', '']}
LONG = {'ا': ['a', 'aa', 'e', 'o', '', "a'", 'ah'],
        'و': ['w', 'ou', 'o', 'u', 'oo', 'ow', 'aw', 'au', 'wa', 'uw'],
        'ي': ['y', 'i', 'ee', 'ai', 'ei', 'ey', 'ay', 'ie', 'iy', 'e', 'ya', 'yi']}
FINAL_H = ['a', 'ah', 'eh', 'e', 'h', '']
VOWELS = 'aeiou'


def letter_class(w, i):
    c = w[i]
    if c == 'ه':
        return 'H' if i == len(w) - 1 else 'h'
    if c in 'اوي':
        return {'ا': 'A', 'و': 'W', 'ي': 'Y'}[c]
    if c == 'م' and i == 0:
        return 'M'
    return 'E' if c == 'ع' else 'C'


def pattern(w):
    return ''.join(letter_class(w, i) for i in range(len(w)))


def align(w, e):
    """One token per letter: '1|v' / '2|v' (consonant single or doubled, then short vowels v) or 'x|v'
    (a long letter spelled x). None when the spelling does not align."""
    e = e.lower().replace('-', '')
    n = len(w)

    @lru_cache(None)
    def go(i, j):
        if i == n:
            return () if j == len(e) else None
        c = w[i]
        if c == 'ه' and i == n - 1:
            spellings = [(r, r) for r in FINAL_H]
        elif c in LONG:
            spellings = [(r, r) for r in LONG[c]]
        elif c in CONSONANTS:
            spellings = []
            for r in CONSONANTS[c]:
                spellings.append((r, '1'))
                if len(r) == 1:
                    spellings.append((r + r, '2'))
        else:
            return None
        for r, tok in spellings:
            if not e.startswith(r, j):
                continue
            j2 = j + len(r)
            ends = [j2]
            k = j2
            while k < len(e) and e[k] in VOWELS and k - j2 < 2:
                k += 1
                ends.append(k)
            for j3 in ends:
                rest = go(i + 1, j3)
                if rest is not None:
                    return (tok + '|' + e[j2:j3],) + rest
        return None

    return go(0, 0)


def train(ps):
    m = collections.defaultdict(collections.Counter)
    for w, e in ps:
        t = align(w, e)
        if t:
            m[pattern(w)][t] += 1
    return m


def slot_vote(counter, i):
    c = collections.Counter()
    for t, n in counter.items():
        c[t[i]] += n
    return c.most_common(1)[0][0]


def shape(pat, tmpl):
    """The template spelled over a stand-in word of the pattern (b for a consonant, nothing for ain, as
    VowelPatterns spells them), for the plausibility check the Java side applies to every word."""
    out = ''
    for cls, t in zip(pat, tmpl):
        a, v = t.split('|')
        if a in ('1', '2'):
            r = {'E': '', 'M': 'm', 'h': 'h'}.get(cls, 'b')
            out += (r + r if a == '2' else r) + v
        else:
            out += a + v
    return out


def template(counter, pat):
    total = sum(counter.values())
    if total < MIN_COUNT:
        return None
    votes = tuple(slot_vote(counter, i) for i in range(len(pat)))
    best, k = counter.most_common(1)[0]
    if k >= MIN_COUNT and k / total >= MIN_SHARE:
        if pat.startswith('M'):
            # An opening meem is a participle's mu- (Musnad, Muqatil) or a place noun's or plural's ma- (Majdal,
            # Makarem); one whole alignment holding a fifth of the words must not decide it for all: the pattern's
            # words vote (MCCC: 28 u against 17 a, while maCCaC alone is 13 of 61).
            best = votes[:1] + best[1:]
        return best, total
    # Per-letter votes can leave three consonants without a vowel (CCCCC: Hadratak voted Hadrtak), a shape
    # VowelPatterns#plausible rejects for every word; the most frequent whole spelling is a real name's.
    return (votes if arabic_like(shape(pat, votes)) else best), total


DEFAULT = {'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r',
           'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'غ': 'gh', 'ف': 'f',
           'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h'}


def render(w, tmpl):
    out = ''
    for c, t in zip(w, tmpl):
        a, v = t.split('|')
        if a in ('1', '2'):
            r = DEFAULT.get(c, '')
            out += (r + r if a == '2' and len(r) == 1 else r) + v
        else:
            out += a + v
    return out[:1].upper() + out[1:]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    ps = pairs()
    if '--check' in sys.argv:
        shuffled = list(ps)
        random.seed(1)
        random.shuffle(shuffled)
        k = len(shuffled) // 5
        m = train(shuffled[k:])
        hit = 0
        for w, e in shuffled[:k]:
            t = template(m[pattern(w)], pattern(w)) if pattern(w) in m else None
            if t and arabic_like(render(w, t[0])) and render(w, t[0]).lower() == e.lower():
                hit += 1
        print('held-out table words spelled exactly by a pattern template:', hit, 'of', k)
        return
    out = args[0] if args else os.path.join(RES, 'kb/generated/vowel-patterns.tsv')
    m = train(ps)
    lines = []
    for p in sorted(m):
        t = template(m[p], p)
        if t:
            lines.append(p + '\t' + ' '.join(t[0]) + '\t' + str(t[1]))
    with open(out, 'w', encoding='utf8') as f:
        f.write('# GENERATED by tools/vowel-patterns/build.py; do not edit, re-run it.\n')
        f.write('# Vocalisation templates of Arabic-script name words per letter-class pattern, learned from\n')
        f.write('# entities/romanization.tsv (the project\'s), kb/generated/name-words.tsv (dr5hn, ODbL 1.0) and\n')
        f.write('# kb/generated/name-words-wikidata.tsv (Wikidata, CC0 1.0). Columns: pattern, one token per letter\n')
        f.write('# (1|v single consonant then vowels v, 2|v doubled, x|v a long letter spelled x), words of the pattern.\n')
        f.write('# %d patterns from %d aligned words (min count %d, min share %.1f).\n'
                % (len(lines), sum(sum(c.values()) for c in m.values()), MIN_COUNT, MIN_SHARE))
        for line in lines:
            f.write(line + '\n')


if __name__ == '__main__':
    main()
