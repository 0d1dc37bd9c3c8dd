# Checks the expected csv files of this set with the csv module only (the extractor is neither imported nor run).
import csv, glob, os
D=os.path.dirname(os.path.abspath(__file__))
ROLES={'chair','vice_chair','secretary','member','deputy_member'}
ok=True; total=0
for f in sorted(glob.glob(D+'/*.expected.csv')):
    name=os.path.basename(f)[:-len('.expected.csv')]
    txt=open(os.path.join(D,name+'.txt'),encoding='utf-8').read()
    lines=txt.split('\n')
    with open(f,encoding='utf-8',newline='') as fh:
        r=csv.reader(fh); hdr=next(r)
        if hdr!=['kind','actor','role','target','on_behalf_of','deputy_for','quote']: print('bad header',f); ok=False
        seen=set(); n=0
        for row in r:
            n+=1
            if len(row)!=7: print('cols',f,row); ok=False; continue
            k,a,ro,t,ob,df,q=row
            if k!='membership': print('kind',row); ok=False
            if ro not in ROLES: print('role',row); ok=False
            if ob or df: print('obo/df',row); ok=False
            if (a,t) in seen: print('dup',row); ok=False
            seen.add((a,t))
            if not any(q in l for l in lines): print('quote not in one line',f,q); ok=False
            if a not in q: print('actor not in quote',row); ok=False
        print(name,n); total+=n
print('total',total,'OK' if ok else 'FAIL')
