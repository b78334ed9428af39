#!/usr/bin/env python3
"""Fills in <incoming>/<outgoing> of every flow node from the sequence flows of a hand-written BPMN file (no DI).

Hand-written models list only their sequence flows; this adds the references each node needs (after its
documentation and extension elements, as the BPMN schema orders them), before layout.mjs draws the diagram.
Usage: python3 tools/model-lint/connect.py model.bpmn  (rewrites the file in place)
"""
import re
import sys

path = sys.argv[1]
xml = open(path, encoding="utf-8").read()
xml = re.sub(r"\s*<bpmn:(incoming|outgoing)>[^<]*</bpmn:\1>", "", xml)
flows = re.findall(r'<bpmn:sequenceFlow id="([^"]+)"[^>]*?sourceRef="([^"]+)" targetRef="([^"]+)"', xml)
refs = {}
for flow_id, source, target in flows:
    refs.setdefault(source, []).append(("outgoing", flow_id))
    refs.setdefault(target, []).append(("incoming", flow_id))

out, pos = [], 0
for m in re.finditer(r'<bpmn:(\w+) id="([^"]+)"[^>]*?(/?)>', xml):
    tag, node_id, selfclose = m.group(1), m.group(2), m.group(3)
    if node_id not in refs or tag == "sequenceFlow" or m.start() < pos:
        continue
    line_start = xml.rfind("\n", 0, m.start()) + 1
    pad = xml[line_start:m.start()] + "  "
    lines = "".join(f"\n{pad}<bpmn:{k}>{f}</bpmn:{k}>"
                    for k, f in sorted(refs[node_id], key=lambda r: r[0] != "incoming"))
    if selfclose:
        out.append(xml[pos:m.start()] + m.group(0)[:-2].rstrip() + ">" + lines + "\n" + pad[:-2] + f"</bpmn:{tag}>")
        pos = m.end()
        continue
    at = m.end()
    while True:  # documentation and extensionElements come first
        skip = re.match(r"\s*<bpmn:(documentation|extensionElements)\b.*?</bpmn:\1>", xml[at:], re.S)
        if not skip:
            break
        at += skip.end()
    out.append(xml[pos:at] + lines)
    pos = at
out.append(xml[pos:])
open(path, "w", encoding="utf-8").write("".join(out))
print(f"{path}: {len(flows)} flows connected")
