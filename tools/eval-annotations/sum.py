#!/usr/bin/env python3
"""sum.py OUT [-v]: sums the outputs of score-all.sh per language (entity level P/R/F1 and canonical names;
quote speakers over matched quotes, direct F1, indirect recall); -v adds each entity file's F1."""
import os, re, sys, collections
def lang(b):
    return 'ar' if '-ar' in b else 'fa' if '-fa' in b else 'en'
def read(out):
    E = collections.defaultdict(lambda: [0]*6)  # tp fp fn canon_right canon_of orgtp,...
    O = collections.defaultdict(lambda: [0,0,0])
    Q = collections.defaultdict(lambda: collections.Counter())
    per = {}
    for fn in sorted(os.listdir(out)):
        b = fn[:-4]; t = open(os.path.join(out, fn)).read(); L = lang(b)
        if b.startswith('entities'):
            sec = t.split('entities (type and a shared mention):')[1] if 'entities (type' in t else ''
            m = re.search(r'ALL .*tp=(\d+) fp=(\d+) fn=(\d+)', sec)
            o = re.search(r'ORG .*tp=(\d+) fp=(\d+) fn=(\d+)', sec)
            c = re.search(r'canonical names of the entities found: (\d+) of (\d+)', t)
            if not m: print('?', b); continue
            for i in range(3): E[L][i] += int(m.group(i+1))
            if o:
                for i in range(3): O[L][i] += int(o.group(i+1))
            if c: E[L][3] += int(c.group(1)); E[L][4] += int(c.group(2))
            tp, fp, fn_ = map(int, m.groups()); per[b] = 2*tp/(2*tp+fp+fn_) if tp else 0
        else:
            for k, v in re.findall(r'^  ([a-z][a-zA-Z ,()>=.0-9]+?)\s{2,}(\d+)$', t, re.M):
                Q[L][k] += int(v)
            q = Q[L]
    return E, O, Q, per
def f1(tp, fp, fn): return (2*tp/(2*tp+fp+fn)) if tp else 0.0
def show(out, verbose=False):
    E, O, Q, per = read(out)
    tot = [0]*5; otot = [0]*3
    for L in ('ar', 'fa', 'en'):
        e = E[L]; tot = [a+b for a, b in zip(tot, e)]; otot = [a+b for a, b in zip(otot, O[L])]
        print(f"entities {L}: F1 {f1(*e[:3]):.3f} P {e[0]/max(1,e[0]+e[1]):.3f} R {e[0]/max(1,e[0]+e[2]):.3f} (tp {e[0]} fp {e[1]} fn {e[2]}) canonical {e[3]}/{e[4]} = {e[3]/max(1,e[4]):.3f}")
    print(f"entities all: F1 {f1(*tot[:3]):.3f} P {tot[0]/max(1,tot[0]+tot[1]):.3f} org R {otot[0]/max(1,otot[0]+otot[2]):.3f} P {otot[0]/max(1,otot[0]+otot[1]):.3f}")
    S = [0, 0]; 
    for L in ('ar', 'fa', 'en'):
        q = Q[L]
        dm, dp, dg = q['direct matched (F1>=0.5)'], q['direct predicted'], q['direct gold']
        im, ig = q['indirect matched (F1>=0.5)'], q['indirect gold']
        sp = q['direct matched, right speaker'] + q['indirect matched, right speaker']
        S[0] += sp; S[1] += dm + im
        print(f"quotes {L}: speaker {sp}/{dm+im} = {sp/max(1,dm+im):.3f}; direct F1 {f1(dm, dp-dm, dg-dm):.3f} (P {dm}/{dp} R {dm}/{dg}); indirect recall {im}/{ig} = {im/max(1,ig):.3f}")
    print(f"quotes all: speaker {S[0]}/{S[1]} = {S[0]/max(1,S[1]):.3f}")
    if verbose:
        for b, v in per.items(): print(f"  {b}: {v:.3f}")
if __name__ == '__main__':
    show(sys.argv[1], '-v' in sys.argv)
