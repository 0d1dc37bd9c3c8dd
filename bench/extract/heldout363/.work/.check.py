import csv, json, glob, os, sys
COLS=['kind','actor','role','target','on_behalf_of','deputy_for','quote']
ROLES={'chair','vice_chair','secretary','member','deputy_member'}
KEYS=list(json.load(open('/work/main/bench/extract/heldout267/svenska-fn-forbundet-styrelse-2018-sv.json')).keys())
ok=True; n={}
for f in sorted(glob.glob('*.expected.csv')):
    name=f[:-len('.expected.csv')]; text=open(name+'.txt').read(); lines=text.split('\n')
    rows=list(csv.DictReader(open(f,newline='')))
    if list(rows[0].keys())!=COLS: print('cols',f); ok=False
    seen=set()
    for r in rows:
        if r['kind']!='membership' or r['role'] not in ROLES: print('bad',r); ok=False
        if not any(r['quote'] in l for l in lines): print('quote not in one line',r); ok=False
        for p in r['actor'].split():
            if p not in r['quote']: print('name part missing',r); ok=False
        k=(r['actor'],r['target'])
        if k in seen: print('dup',k); ok=False
        seen.add(k); n[r['role']]=n.get(r['role'],0)+1
    d=json.load(open(name+'.json'))
    if list(d.keys())!=KEYS: print('keys',name); ok=False
    if d['stored_text_chars']!=len(text): print('len',name); ok=False
    print(name, len(rows))
for f in glob.glob('*.not-members.csv'):
    rows=list(csv.DictReader(open(f,newline='')))
    assert list(rows[0].keys())==['actor','status','quote']
print(n, 'OK' if ok else 'FAIL')
