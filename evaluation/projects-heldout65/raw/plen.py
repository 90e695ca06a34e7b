import sys
def region(text, start_marker, end_marker):
    s = text.find(start_marker)
    assert s >= 0 and text.find(start_marker, s + 1) < 0, f"start marker not unique: {start_marker}"
    ls = text.rfind("\n", 0, s) + 1
    if s > 0 and text[s - 1] not in "\n。":
        assert text[ls:s].strip() == "", f"passage does not start at a line start or after 。: {start_marker}"
        s = ls
    e = text.find(end_marker, s)
    assert e >= 0, f"end marker not found: {end_marker}"
    e += len(end_marker)
    assert text[e - 1] == "。"
    return s, e
doc, sm, em = sys.argv[1:4]
t=open('docs/'+doc,encoding='utf-8').read()
s,e=region(t,sm,em)
print(e-s); 
if len(sys.argv)>4: print(t[s:e])
