#!/usr/bin/env python3
"""Learned letter-group transliteration (Arabic letters -> English letter groups), an EXPERIMENT, not shipped.

Trains on Merhav & Ash's Wikidata English-Arabic name pairs (CC0; data/wd_arabic_80 of a local clone of
github.com/steveash/NETransliteration-COLING2018, pinned commit below) and writes its output for the disjoint
pair lines of data/wd_arabic_20, to be scored against CrossScriptName's letter rules with RulesOnPairs.java.
Model: a monotone alignment of each Arabic letter to 0-4 English letters (hard EM, 3 rounds, seeded with
a consonant table), then per Arabic letter the most frequent English group in its context (previous and
next letter), backing off to (letter, next), (previous, letter), letter; greedy, letter by letter.
Usage: experiment.py LOCAL_CLONE OUT_DIR   (writes OUT_DIR/pred20.tsv: english, arabic, count, prediction)
Figures (docs/quality.md, canonical English name, round 10, second part): better than the letter rules on
wd_arabic_20, worse on the development sets' Arabic names, so CrossScriptName does not use it.
"""
import collections, math, subprocess, sys, unicodedata

COMMIT = "5d5f59e561ecea45a6d3602121e1049baa7a76c3"
NORM = {'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ى': 'ي', 'ی': 'ي', 'ک': 'ك', 'ة': 'ه'}
CONS = {'ب': 'b', 'ت': 't', 'ط': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r',
        'ز': 'z', 'ظ': 'z', 'س': 's', 'ص': 's', 'ش': 'sh', 'ض': 'd', 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k',
        'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'و': 'w', 'ي': 'y', 'پ': 'p', 'چ': 'ch', 'ژ': 'zh', 'گ': 'g'}
MAXL = 4


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s.lower()) if c.isalpha() and ord(c) < 128)


def pairs(clone, name):
    text = subprocess.run(['git', '-C', clone, 'show', COMMIT + ':data/' + name], capture_output=True,
                          text=True, check=True).stdout
    for line in text.splitlines():
        e, a, c = line.split('\t')
        yield e, a, int(c)


def prior(x, ch):
    s = -len(ch) * 0.5
    if x in CONS and ch.startswith(CONS[x][0]):
        s += 3
    if x in 'اوي' and ch and ch[0] in 'aeiouy':
        s += 2
    return s


def align(e, a, score):
    n, m = len(a), len(e)
    best = [[-1e18] * (m + 1) for _ in range(n + 1)]
    back = [[0] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0
    for i in range(n):
        for j in range(m + 1):
            if best[i][j] < -1e17:
                continue
            for k in range(min(MAXL, m - j) + 1):
                s = best[i][j] + score(a[i], e[j:j + k])
                if s > best[i + 1][j + k]:
                    best[i + 1][j + k], back[i + 1][j + k] = s, k
    if best[n][m] < -1e17:
        return None
    out, j = [], m
    for i in range(n, 0, -1):
        k = back[i][j]
        out.append(e[j - k:j])
        j -= k
    return out[::-1]


def contexts(a, i):
    p = a[i - 1] if i > 0 else '^'
    nx = a[i + 1] if i + 1 < len(a) else '$'
    return [(p, a[i], nx), (a[i], nx), (p, a[i]), (a[i],)]


def main(clone, out_dir):
    train = [(fold(e), [NORM.get(x, x) for x in a.split(' ')], c) for e, a, c in pairs(clone, 'wd_arabic_80')]
    train = [t for t in train if t[0] and t[1]]
    score, aligned = prior, []
    for _ in range(3):
        counts, aligned = collections.defaultdict(collections.Counter), []
        for e, a, c in train:
            al = align(e, a, score)
            if al is not None:
                aligned.append((a, al, c))
                for x, ch in zip(a, al):
                    counts[x][ch] += c
        totals = {x: sum(v.values()) for x, v in counts.items()}
        score = lambda x, ch, counts=counts, totals=totals: math.log((counts[x][ch] + 0.01) / (totals.get(x, 0) + 1))
    levels = [collections.defaultdict(collections.Counter) for _ in range(4)]
    for a, al, c in aligned:
        for i, ch in enumerate(al):
            for level, k in zip(levels, contexts(a, i)):
                level[k][ch] += c

    def transliterate(a):
        out = []
        for i in range(len(a)):
            for level, k in zip(levels, contexts(a, i)):
                if k in level and sum(level[k].values()) >= 2:
                    out.append(level[k].most_common(1)[0][0])
                    break
        return ''.join(out)

    with open(out_dir + '/pred20.tsv', 'w') as f:
        for e, a, c in pairs(clone, 'wd_arabic_20'):
            f.write('%s\t%s\t%d\t%s\n' % (e, a, c, transliterate([NORM.get(x, x) for x in a.split(' ')])))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
