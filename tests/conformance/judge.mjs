// The AWS SDK for JavaScript v3 as an independent judge of the fake AWS and of the scanner's own clients.
//
// Usage: node judge.mjs <plan.json> <results.json>
// The plan (written by the .NET conformance test, OfficialClientConformanceTests) names the fake's endpoint and, per
// call, the service, operation, input (model member names, as the SDK's commands take them), credentials, region and
// the response paths the scanner reads. For each call this script
//   1. sends the command once through the official client (user agent "latticescan-conformance/<id>", so the fake's
//      record of the request can be paired with the scanner client's request for the same logical call);
//   2. checks the answer parsed and carries every path the scanner reads;
//   3. follows next tokens with a second client (user agent "latticescan-conformance-pages/<id>") and checks every page.
// It prints one PASS/FAIL line per call and a summary, writes the results, and exits 1 if any call failed.
import { readFileSync, writeFileSync } from 'node:fs';
import * as lattice from '@aws-sdk/client-vpc-lattice';
import * as ram from '@aws-sdk/client-ram';
import * as organizations from '@aws-sdk/client-organizations';
import * as ec2 from '@aws-sdk/client-ec2';
import * as sts from '@aws-sdk/client-sts';

const services = {
  'vpc-lattice': { module: lattice, client: 'VPCLatticeClient' },
  ram: { module: ram, client: 'RAMClient' },
  organizations: { module: organizations, client: 'OrganizationsClient' },
  ec2: { module: ec2, client: 'EC2Client' },
  sts: { module: sts, client: 'STSClient' },
};

const [planPath, resultsPath] = process.argv.slice(2);
if (!planPath || !resultsPath) {
  console.error('usage: node judge.mjs <plan.json> <results.json>');
  process.exit(2);
}
const plan = JSON.parse(readFileSync(planPath, 'utf8'));

function client(call, agent) {
  const service = services[call.service];
  if (!service) throw new Error(`no official client for ${call.service}`);
  return new service.module[service.client]({
    region: call.region,
    endpoint: plan.endpoint,
    credentials: { accessKeyId: call.accessKeyId, secretAccessKey: call.secretAccessKey, sessionToken: call.sessionToken ?? undefined },
    maxAttempts: 1,
    customUserAgent: `${agent}/${call.id}`,
  });
}

function command(call, input) {
  const Command = services[call.service].module[`${call.operation}Command`];
  if (!Command) throw new Error(`the official ${call.service} client has no ${call.operation}Command`);
  return new Command(input);
}

// "items[].arn": every item of items has arn; "?x" is optional; a path ending in [] must be a non-empty array.
function checkReads(output, reads, problems, where) {
  for (const raw of reads) {
    const optional = raw.startsWith('?');
    const path = optional ? raw.slice(1) : raw;
    let values = [output];
    const parts = path.split('.');
    for (const part of parts) {
      const list = part.endsWith('[]');
      const key = list ? part.slice(0, -2) : part;
      const next = [];
      for (const v of values) {
        const x = v?.[key];
        if (x === undefined || x === null) {
          if (!optional) problems.push(`${where}: ${path} missing at '${key}'`);
          continue;
        }
        if (list) {
          if (!Array.isArray(x)) problems.push(`${where}: ${key} is not a list`);
          else next.push(...x);
        } else next.push(x);
      }
      values = next;
    }
  }
}

function nextTokenOf(call, output) {
  const name = call.tokenMember;
  return name ? output?.[name] : undefined;
}

const results = [];
let failed = 0;
for (const call of plan.calls) {
  const problems = [];
  let pages = 0;
  let items = 0;
  let error;
  try {
    const output = await client(call, 'latticescan-conformance').send(command(call, call.input));
    pages = 1;
    if (call.expectError) problems.push(`expected ${call.expectError}, got a successful answer`);
    checkReads(output, call.reads, problems, 'page 1');
    if (call.itemsMember) items += (output[call.itemsMember] ?? []).length;
    let token = nextTokenOf(call, output);
    const pager = client(call, 'latticescan-conformance-pages');
    while (token && pages < 100) {
      const page = await pager.send(command(call, { ...call.input, [call.tokenMember]: token }));
      pages++;
      checkReads(page, call.reads, problems, `page ${pages}`);
      if (call.itemsMember) items += (page[call.itemsMember] ?? []).length;
      token = nextTokenOf(call, page);
    }
    if (call.itemsMember && call.minItems && items < call.minItems) problems.push(`${items} items over ${pages} pages, expected at least ${call.minItems}`);
  } catch (e) {
    error = { name: e.name, message: e.message, status: e.$metadata?.httpStatusCode };
    if (call.expectError !== e.name) problems.push(`${e.name} (${e.$metadata?.httpStatusCode ?? 'no status'}): ${e.message}`);
    else if (!(e.$metadata?.httpStatusCode >= 400 && e.$metadata?.httpStatusCode < 500) || e.$fault !== 'client')
      problems.push(`${e.name} came with status ${e.$metadata?.httpStatusCode} (${e.$fault} fault); the service answers it as a client error (4xx)`);
  }
  const ok = problems.length === 0;
  if (!ok) failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${call.id} ${call.service}:${call.operation} ${call.label}${ok ? ` (${pages} page${pages === 1 ? '' : 's'}, ${items} items${error ? `, ${error.name} as expected` : ''})` : ''}`);
  for (const p of problems) console.log(`     ${p}`);
  results.push({ id: call.id, ok, problems, pages, items, error });
}
const operations = new Set(plan.calls.map(c => `${c.service}:${c.operation}`));
console.log(`official AWS clients: ${plan.calls.length - failed}/${plan.calls.length} calls passed, ${operations.size} operations`);
writeFileSync(resultsPath, JSON.stringify({ results }, null, 1));
process.exit(failed === 0 ? 0 : 1);
