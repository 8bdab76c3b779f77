#!/usr/bin/env python3
"""Copies the Security Hub shapes an ASFF finding needs out of the AWS service model into a test fixture.

Usage: python3 tests/Shared/SecurityHub/extract-asff-model.py ../shared/reference/aws-models/securityhub/service-2.json \
           > tests/Shared/SecurityHub/asff-model.json

The fixture holds every shape reachable from BatchImportFindingsRequest (AwsSecurityFinding and all it contains),
so the tests validate ASFF generically from the model on a clone that has no ../shared. Per shape it keeps what
the model states as data (type, required members, member shapes, enum, pattern, min/max) and, per member, the
limits the model states only in its documentation text:
  "Length Constraints: Minimum length of 1. Maximum length of 256."  -> minLength / maxLength
  "Length Constraints: 12."                                          -> minLength = maxLength = 12 (exact)
  "Array Members: Minimum number of 1 item. Maximum number of 32 items." -> minItems / maxItems
  "Can contain up to 50 key-value pairs ... the key can contain up to 128 characters, and the value can contain
   up to 2048 characters."                                           -> maxEntries / maxKeyLength / maxValueLength
Deterministic output (sorted keys) so a re-run against the same model changes nothing.
"""
import json
import re
import sys

ROOT = "BatchImportFindingsRequest"


def text(doc):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", doc or "")).strip()


def member_limits(doc):
    d = text(doc)
    limits = {}
    m = re.search(r"Length Constraints?: (.*?)(?:$|Array Members|Valid values)", d)
    if m:
        c = m.group(1)
        lo = re.search(r"Minimum (?:length )?of (\d+)", c)
        hi = re.search(r"Maximum (?:length )?of (\d+)", c)
        exact = re.match(r"\s*(\d+)\.", c)
        if lo:
            limits["minLength"] = int(lo.group(1))
        if hi:
            limits["maxLength"] = int(hi.group(1))
        if exact and not lo and not hi:
            limits["minLength"] = limits["maxLength"] = int(exact.group(1))
    m = re.search(r"Array Members: (.*?)(?:$|Length Constraints)", d)
    if m:
        lo = re.search(r"Minimum number of (\d+) items?", m.group(1))
        hi = re.search(r"Maximum number of (\d+) items?", m.group(1))
        if lo:
            limits["minItems"] = int(lo.group(1))
        if hi:
            limits["maxItems"] = int(hi.group(1))
    m = re.search(r"up to (\d+) key-value pairs", d)
    if m:
        limits["maxEntries"] = int(m.group(1))
        k = re.search(r"the key can contain up to (\d+) characters", d)
        v = re.search(r"the value can contain up to (\d+) characters", d)
        if k:
            limits["maxKeyLength"] = int(k.group(1))
        if v:
            limits["maxValueLength"] = int(v.group(1))
    return limits


def main(path):
    model = json.load(open(path, encoding="utf-8"))
    shapes = model["shapes"]
    out, stack = {}, [ROOT]
    while stack:
        name = stack.pop()
        if name in out:
            continue
        shape = shapes[name]
        kept = {k: shape[k] for k in ("type", "required", "enum", "pattern", "min", "max") if k in shape}
        for ref in ("member", "key", "value"):
            if ref in shape:
                kept[ref] = shape[ref]["shape"]
                stack.append(shape[ref]["shape"])
        if "members" in shape:
            kept["members"] = {}
            for member, spec in shape["members"].items():
                entry = {"shape": spec["shape"], **member_limits(spec.get("documentation"))}
                kept["members"][member] = entry
                stack.append(spec["shape"])
        out[name] = kept
    meta = model["metadata"]
    doc = {
        "source": f"aws-models/securityhub/service-2.json ({meta['serviceId']} {meta['apiVersion']})",
        "generatedBy": "tests/Shared/SecurityHub/extract-asff-model.py",
        "root": ROOT,
        "shapes": out,
    }
    json.dump(doc, sys.stdout, indent=1, sort_keys=True, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: extract-asff-model.py path/to/securityhub/service-2.json")
    main(sys.argv[1])
