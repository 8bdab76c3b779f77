#!/usr/bin/env python3
"""Writes the service-model subsets the AWS emulator validates requests against.

Source: the botocore service models in the shared reference material
(<shared>/reference/aws-models/<service>/service-2.json; EC2 from ec2/ec2-subset.json, itself a subset of
botocore's ec2/2016-11-15/service-2.json). For each service only the operations the emulator serves are kept, with every
shape reachable from their inputs, outputs and errors; operation and member documentation is kept because the emulator's
"must provide either" constraints are checked against those sentences.

Usage: python3 src/Scanner.AwsEmulator/Models/trim-models.py [path-to-shared]   (default: ../shared beside the repository)
"""
import json
import os
import sys

OPERATIONS = {
    "vpc-lattice": [
        "ListResourceGateways", "GetResourceGateway", "ListResourceConfigurations", "GetResourceConfiguration",
        "ListResourceEndpointAssociations", "ListServiceNetworks", "GetServiceNetwork",
        "ListServiceNetworkResourceAssociations", "ListServiceNetworkVpcAssociations", "GetServiceNetworkVpcAssociation",
        "ListServiceNetworkVpcEndpointAssociations", "ListAccessLogSubscriptions", "GetAuthPolicy", "GetResourcePolicy",
        "ListTagsForResource", "ListServices", "GetService", "ListServiceNetworkServiceAssociations",
    ],
    "ram": ["GetResourceShares", "ListResources", "GetResourceShareAssociations", "ListPrincipals", "ListResourceSharePermissions"],
    "organizations": ["DescribeOrganization", "ListAccounts", "ListRoots", "ListChildren", "ListAccountsForParent"],
    "ec2": ["DescribeRegions", "DescribeVpcEndpoints", "DescribeSecurityGroups", "DescribeNetworkInterfaces", "DescribeVpcs"],
    "sts": ["GetCallerIdentity", "AssumeRole"],
}
SOURCE_FILE = {"ec2": "ec2/ec2-subset.json"}


def reachable(shapes, roots):
    seen, todo = set(), list(roots)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        shape = shapes[name]
        refs = [m["shape"] for m in shape.get("members", {}).values()]
        refs += [shape[k]["shape"] for k in ("member", "key", "value") if k in shape]
        todo.extend(refs)
    return seen


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "..", "shared")
    for service, operations in OPERATIONS.items():
        rel = SOURCE_FILE.get(service, service + "/service-2.json")
        with open(os.path.join(shared, "reference", "aws-models", rel), encoding="utf-8") as f:
            model = json.load(f)
        ops = {name: model["operations"][name] for name in operations}
        roots = []
        for op in ops.values():
            roots += [op[k]["shape"] for k in ("input", "output") if k in op]
            roots += [e["shape"] for e in op.get("errors", [])]
        shapes = {name: model["shapes"][name] for name in sorted(reachable(model["shapes"], roots))}
        subset = {
            "_source": "botocore service model, shared reference/aws-models/" + rel + " (operations the fake serves, reachable shapes)",
            "metadata": model["metadata"],
            "operations": ops,
            "shapes": shapes,
        }
        with open(os.path.join(here, service + ".json"), "w", encoding="utf-8") as f:
            json.dump(subset, f, indent=1, sort_keys=True, ensure_ascii=False)
            f.write("\n")
        print(f"{service}: {len(ops)} operations, {len(shapes)} shapes")


if __name__ == "__main__":
    main()
