using System.Globalization;
using System.Text;
using System.Text.Json;

// Deterministic generator of realistic benchmark inputs:
//   plan-<N>.json      `terraform show -json` shape (format_version 1.2): resource_changes with after/after_unknown,
//                      planned_values with nested child_modules, configuration with module_calls and references.
//   cfn-<N>.yaml       one CloudFormation template with the same mix (short-form tags, !Ref / !GetAtt).
// Usage: dotnet run --project bench/Scanner.Bench.Generate -c Release -- [OUTDIR] [N ...] [--seed S]   (OUTDIR default bench/results/data, git-ignored)
//        (default sizes: 30 1000 10000 50000; default seed 42)

var outDir = "bench/results/data";
var sizes = new List<int>();
var seed = 42;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--seed") seed = int.Parse(args[++i], CultureInfo.InvariantCulture);
    else if (int.TryParse(args[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n)) sizes.Add(n);
    else outDir = args[i];
}
if (sizes.Count == 0) sizes = [30, 1000, 10000, 50000];
Directory.CreateDirectory(outDir);
foreach (var n in sizes)
{
    var plan = Path.Combine(outDir, $"plan-{Scanner.Bench.Generate.Sizes.Label(n)}.json");
    var planStats = Scanner.Bench.Generate.TerraformPlanGenerator.Write(plan, n, seed);
    Console.WriteLine($"{plan}: {planStats.Resources} resources ({planStats.Lattice} Lattice/RAM/SG/endpoint, {planStats.Resources - planStats.Lattice} other), {new FileInfo(plan).Length / 1e6:0.0} MB");
    var cfn = Path.Combine(outDir, $"cfn-{Scanner.Bench.Generate.Sizes.Label(n)}.yaml");
    var cfnStats = Scanner.Bench.Generate.CloudFormationGenerator.Write(cfn, n, seed);
    Console.WriteLine($"{cfn}: {cfnStats.Resources} resources ({cfnStats.Lattice} Lattice/RAM/SG/endpoint, {cfnStats.Resources - cfnStats.Lattice} other), {new FileInfo(cfn).Length / 1e6:0.0} MB");
}
File.WriteAllText(Path.Combine(outDir, "org-accounts.txt"), "# organization of the generated inputs\n111111111111\n222222222222\n333333333333\n");

namespace Scanner.Bench.Generate
{
    internal static class Sizes
    {
        public static string Label(int n) => n >= 1000 && n % 1000 == 0 ? $"{n / 1000}k" : n.ToString(CultureInfo.InvariantCulture);
    }

    internal readonly record struct Stats(int Resources, int Lattice);

    /// <summary>A tiny object model written straight to JSON: maps keep insertion order.</summary>
    internal sealed class Obj : List<KeyValuePair<string, object?>>
    {
        public Obj Put(string k, object? v)
        {
            Add(new(k, v));
            return this;
        }
    }

    internal static class Json
    {
        public static void Write(Utf8JsonWriter w, object? v)
        {
            switch (v)
            {
                case null: w.WriteNullValue(); break;
                case string s: w.WriteStringValue(s); break;
                case bool b: w.WriteBooleanValue(b); break;
                case int i: w.WriteNumberValue(i); break;
                case long l: w.WriteNumberValue(l); break;
                case double d: w.WriteNumberValue(d); break;
                case Obj o:
                    w.WriteStartObject();
                    foreach (var (k, x) in o)
                    {
                        w.WritePropertyName(k);
                        Write(w, x);
                    }
                    w.WriteEndObject();
                    break;
                case System.Collections.IEnumerable e:
                    w.WriteStartArray();
                    foreach (var x in e) Write(w, x);
                    w.WriteEndArray();
                    break;
                default: throw new InvalidOperationException(v.GetType().Name);
            }
        }
    }

    /// <summary>One planned resource instance.</summary>
    internal sealed record Planned(string Module, string Type, string Name, int? Index, Obj After, Obj AfterUnknown, bool Lattice)
    {
        public string Address => (Module.Length == 0 ? "" : Module + ".") + Type + "." + Name + (Index is { } i ? $"[{i}]" : "");
    }

    /// <summary>
    /// Terraform: a root module calls <c>module.tenant</c> with for_each; every tenant instance holds a RAM share with its
    /// principal and resource associations and calls three child modules: <c>provider</c> (gateway security group with
    /// separate ingress/egress/legacy rules, resource gateway, DNS and IP configurations, access logs), <c>consumer</c>
    /// (endpoint security group with inline ingress, Resource VPC endpoint) and <c>app</c> (instances, buckets, IAM, RDS,
    /// subnets, a load balancer: types the collector ignores). Planted problems recur at fixed strides.
    /// </summary>
    internal static class TerraformPlanGenerator
    {
        private const string Provider = "registry.terraform.io/hashicorp/aws";
        private const int PerTenant = 29; // upper bound; the exact count is padded with root-level buckets

        public static Stats Write(string path, int count, int seed)
        {
            var rng = new Random(seed);
            var resources = new List<Planned>(count);
            var tenants = new List<string>();
            for (var t = 0; resources.Count + PerTenant <= count || (t == 0 && count >= 20); t++)
            {
                var key = $"t{t:D5}";
                tenants.Add(key);
                Tenant(resources, t, key, rng);
                if (resources.Count >= count) break;
            }
            if (resources.Count > count) resources.RemoveRange(count, resources.Count - count);
            for (var p = 0; resources.Count < count; p++)
                resources.Add(new Planned("", "aws_s3_bucket", "pad", p, Bucket($"pad-{p:D6}-{rng.Next():x8}"), BucketUnknown(), false));

            using var stream = File.Create(path);
            using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { SkipValidation = true });
            w.WriteStartObject();
            w.WriteString("format_version", "1.2");
            w.WriteString("terraform_version", "1.9.8");
            w.WritePropertyName("planned_values");
            PlannedValues(w, resources);
            w.WritePropertyName("resource_changes");
            w.WriteStartArray();
            foreach (var r in resources) Change(w, r);
            w.WriteEndArray();
            w.WritePropertyName("configuration");
            Json.Write(w, Configuration(tenants, resources.Any(r => r.Name == "pad")));
            w.WriteString("timestamp", "2025-11-20T09:00:00Z");
            w.WriteBoolean("applyable", true);
            w.WriteBoolean("complete", true);
            w.WriteBoolean("errored", false);
            w.WriteEndObject();
            return new Stats(resources.Count, resources.Count(r => r.Lattice));
        }

        private static void Change(Utf8JsonWriter w, Planned r)
        {
            w.WriteStartObject();
            w.WriteString("address", r.Address);
            if (r.Module.Length > 0) w.WriteString("module_address", r.Module);
            w.WriteString("mode", "managed");
            w.WriteString("type", r.Type);
            w.WriteString("name", r.Name);
            if (r.Index is { } i) w.WriteNumber("index", i);
            w.WriteString("provider_name", Provider);
            w.WriteStartObject("change");
            w.WriteStartArray("actions");
            w.WriteStringValue("create");
            w.WriteEndArray();
            w.WriteNull("before");
            w.WritePropertyName("after");
            Json.Write(w, r.After);
            w.WritePropertyName("after_unknown");
            Json.Write(w, r.AfterUnknown);
            w.WriteBoolean("before_sensitive", false);
            w.WriteStartObject("after_sensitive");
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        private static void PlannedValues(Utf8JsonWriter w, List<Planned> resources)
        {
            // Module tree by instance address, children in first-seen order.
            var byModule = resources.GroupBy(r => r.Module).ToDictionary(g => g.Key, g => g.ToList());
            var children = new Dictionary<string, List<string>>();
            foreach (var m in byModule.Keys.Where(m => m.Length > 0))
            {
                var module = m;
                while (module.Length > 0)
                {
                    var cut = module.LastIndexOf(".module.", StringComparison.Ordinal);
                    var parent = cut < 0 ? "" : module[..cut];
                    if (!children.TryGetValue(parent, out var list)) children[parent] = list = [];
                    if (list.Contains(module)) break;
                    list.Add(module);
                    module = parent;
                }
            }

            void ModuleBody(string module)
            {
                w.WriteStartArray("resources");
                foreach (var r in byModule.GetValueOrDefault(module) ?? [])
                {
                    w.WriteStartObject();
                    w.WriteString("address", r.Address);
                    w.WriteString("mode", "managed");
                    w.WriteString("type", r.Type);
                    w.WriteString("name", r.Name);
                    if (r.Index is { } i) w.WriteNumber("index", i);
                    w.WriteString("provider_name", Provider);
                    w.WriteNumber("schema_version", 0);
                    w.WritePropertyName("values");
                    Json.Write(w, r.After);
                    w.WriteStartObject("sensitive_values");
                    w.WriteEndObject();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                if (children.TryGetValue(module, out var kids))
                {
                    w.WriteStartArray("child_modules");
                    foreach (var k in kids)
                    {
                        w.WriteStartObject();
                        w.WriteString("address", k);
                        ModuleBody(k);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
            }

            w.WriteStartObject();
            w.WriteStartObject("root_module");
            ModuleBody("");
            w.WriteEndObject();
            w.WriteEndObject();
        }

        private static string Hex(Random rng, int n)
        {
            var sb = new StringBuilder(n);
            for (var i = 0; i < n; i++) sb.Append("0123456789abcdef"[rng.Next(16)]);
            return sb.ToString();
        }

        private static Obj U(params string[] names)
        {
            var o = new Obj();
            foreach (var n in names) o.Put(n, true);
            return o;
        }

        private static void Tenant(List<Planned> output, int t, string key, Random rng)
        {
            var tenant = $"module.tenant[\"{key}\"]";
            var provider = tenant + ".module.provider";
            var consumer = tenant + ".module.consumer";
            var app = tenant + ".module.app";
            var region = t % 3 == 0 ? "us-east-1" : "ap-northeast-1";
            var vpc = "vpc-0" + Hex(rng, 16);
            var subnets = t % 6 == 5 ? new List<object?> { "subnet-0" + Hex(rng, 16) } : ["subnet-0" + Hex(rng, 16), "subnet-0" + Hex(rng, 16)];
            var second = t % 250;

            // provider module: gateway security group and its rules, gateway, configurations, logs
            output.Add(new("" + provider, "aws_security_group", "gateway", null,
                new Obj().Put("description", "Resource gateway ENIs").Put("name", $"{key}-resource-gateway").Put("region", region)
                    .Put("revoke_rules_on_delete", false).Put("tags", new Obj().Put("tenant", key).Put("team", "data")).Put("timeouts", null).Put("vpc_id", vpc),
                U("arn", "egress", "id", "ingress", "name_prefix", "owner_id", "tags_all"), true));
            output.Add(new(provider, "aws_vpc_security_group_ingress_rule", "gateway_db", null,
                new Obj().Put("cidr_ipv4", t % 9 == 4 ? "0.0.0.0/0" : $"10.{second}.0.0/16").Put("cidr_ipv6", null).Put("description", "Consumers to PostgreSQL")
                    .Put("from_port", 5432).Put("ip_protocol", "tcp").Put("prefix_list_id", null).Put("referenced_security_group_id", null)
                    .Put("region", region).Put("tags", null).Put("to_port", 5432),
                U("arn", "id", "security_group_id", "security_group_rule_id", "tags_all"), true));
            output.Add(new(provider, "aws_vpc_security_group_egress_rule", "gateway_db", null,
                new Obj().Put("cidr_ipv4", t % 11 == 3 ? "0.0.0.0/0" : $"10.{second}.16.0/20").Put("cidr_ipv6", null).Put("description", "To the database subnets")
                    .Put("from_port", 5432).Put("ip_protocol", "tcp").Put("prefix_list_id", null).Put("referenced_security_group_id", null)
                    .Put("region", region).Put("tags", null).Put("to_port", 5432),
                U("arn", "id", "security_group_id", "security_group_rule_id", "tags_all"), true));
            output.Add(new(provider, "aws_security_group_rule", "gateway_cache", null,
                new Obj().Put("cidr_blocks", new List<object?> { $"10.{second}.32.0/20" }).Put("description", "To the cache").Put("from_port", 6379)
                    .Put("ipv6_cidr_blocks", null).Put("prefix_list_ids", null).Put("protocol", "tcp").Put("region", region).Put("self", false)
                    .Put("timeouts", null).Put("to_port", 6379).Put("type", "egress"),
                new Obj().Put("cidr_blocks", new List<object?> { false }).Put("id", true).Put("security_group_id", true).Put("security_group_rule_id", true)
                    .Put("source_security_group_id", true), true));
            var subnetMirror = subnets.Select(_ => (object?)false).ToList();
            output.Add(new(provider, "aws_vpclattice_resource_gateway", "db", null,
                new Obj().Put("name", $"{key}-db-gateway").Put("region", region).Put("subnet_ids", subnets).Put("tags", new Obj().Put("tenant", key))
                    .Put("timeouts", null).Put("vpc_id", vpc),
                new Obj().Put("arn", true).Put("id", true).Put("ip_address_type", true).Put("ipv4_addresses_per_eni", true)
                    .Put("resource_config_dns_resolution", true).Put("security_group_ids", true).Put("status", true).Put("subnet_ids", subnetMirror)
                    .Put("tags_all", true), true));
            var dbPorts = t % 13 == 7 ? "1024-65535" : "5432";
            output.Add(new(provider, "aws_vpclattice_resource_configuration", "db", null,
                new Obj().Put("allow_association_to_shareable_service_network", null).Put("custom_domain_name", null).Put("name", $"{key}-orders-db")
                    .Put("port_ranges", new List<object?> { dbPorts }).Put("protocol", "TCP").Put("region", region)
                    .Put("resource_configuration_definition", new List<object?>
                    {
                        new Obj().Put("arn_resource", new List<object?>())
                            .Put("dns_resource", new List<object?> { new Obj().Put("domain_name", $"orders-{key}.cluster-{Hex(rng, 12)}.{region}.rds.amazonaws.com").Put("ip_address_type", "IPV4") })
                            .Put("ip_resource", new List<object?>()),
                    })
                    .Put("resource_configuration_group_id", null).Put("tags", new Obj().Put("tenant", key)).Put("timeouts", null).Put("type", "SINGLE"),
                new Obj().Put("arn", true).Put("id", true).Put("port_ranges", new List<object?> { false })
                    .Put("resource_configuration_definition", new List<object?> { new Obj().Put("arn_resource", new List<object?>()).Put("dns_resource", new List<object?> { new Obj() }).Put("ip_resource", new List<object?>()) })
                    .Put("resource_gateway_identifier", true).Put("tags_all", true), true));
            var ip = t % 17 == 8 ? $"52.95.{second}.{t % 200 + 10}" : $"10.{second}.33.{t % 200 + 10}";
            output.Add(new(provider, "aws_vpclattice_resource_configuration", "cache", null,
                new Obj().Put("allow_association_to_shareable_service_network", null).Put("custom_domain_name", null).Put("name", $"{key}-cache")
                    .Put("port_ranges", new List<object?> { "6379" }).Put("protocol", "TCP").Put("region", region)
                    .Put("resource_configuration_definition", new List<object?>
                    {
                        new Obj().Put("arn_resource", new List<object?>()).Put("dns_resource", new List<object?>())
                            .Put("ip_resource", new List<object?> { new Obj().Put("ip_address", ip) }),
                    })
                    .Put("resource_configuration_group_id", null).Put("tags", null).Put("timeouts", null).Put("type", "SINGLE"),
                new Obj().Put("arn", true).Put("id", true).Put("port_ranges", new List<object?> { false })
                    .Put("resource_configuration_definition", new List<object?> { new Obj().Put("arn_resource", new List<object?>()).Put("dns_resource", new List<object?>()).Put("ip_resource", new List<object?> { new Obj() }) })
                    .Put("resource_gateway_identifier", true).Put("tags_all", true), true));
            output.Add(new(provider, "aws_vpclattice_access_log_subscription", "db", null,
                new Obj().Put("destination_arn", $"arn:aws:s3:::lattice-access-logs-{key}").Put("region", region).Put("tags", null),
                U("arn", "id", "resource_arn", "resource_identifier", "service_network_log_type", "tags_all"), true));
            if (t % 2 == 0)
                output.Add(new(provider, "aws_vpclattice_access_log_subscription", "cache", null,
                    new Obj().Put("destination_arn", $"arn:aws:logs:{region}:111111111111:log-group:/lattice/{key}").Put("region", region).Put("tags", null),
                    U("arn", "id", "resource_arn", "resource_identifier", "service_network_log_type", "tags_all"), true));

            // tenant module: the RAM share
            output.Add(new(tenant, "aws_ram_resource_share", "db", null,
                new Obj().Put("allow_external_principals", t % 5 == 2).Put("name", $"{key}-orders-db").Put("region", region)
                    .Put("tags", new Obj().Put("tenant", key)).Put("timeouts", null),
                U("arn", "id", "permission_arns", "tags_all"), true));
            output.Add(new(tenant, "aws_ram_resource_association", "db", null, new Obj().Put("region", region),
                U("id", "resource_arn", "resource_share_arn"), true));
            output.Add(new(tenant, "aws_ram_principal_association", "consumer", null, new Obj().Put("principal", "222222222222").Put("region", region),
                U("id", "resource_share_arn"), true));
            if (t % 7 == 3)
                output.Add(new(tenant, "aws_ram_principal_association", "partner", null, new Obj().Put("principal", "999999999999").Put("region", region),
                    U("id", "resource_share_arn"), true));

            // consumer module: endpoint and its group (inline rule)
            var consumerVpc = "vpc-0" + Hex(rng, 16);
            output.Add(new(consumer, "aws_security_group", "endpoint", null,
                new Obj().Put("description", "Resource endpoint: PostgreSQL from the application subnets")
                    .Put("ingress", new List<object?>
                    {
                        new Obj().Put("cidr_blocks", new List<object?> { $"10.{second}.128.0/17" }).Put("description", "PostgreSQL from the app subnets").Put("from_port", 5432)
                            .Put("ipv6_cidr_blocks", new List<object?>()).Put("prefix_list_ids", new List<object?>()).Put("protocol", "tcp")
                            .Put("security_groups", new List<object?>()).Put("self", false).Put("to_port", 5432),
                    })
                    .Put("name", $"{key}-db-endpoint").Put("region", region).Put("revoke_rules_on_delete", false).Put("tags", null).Put("timeouts", null).Put("vpc_id", consumerVpc),
                new Obj().Put("arn", true).Put("egress", true).Put("id", true)
                    .Put("ingress", new List<object?> { new Obj().Put("cidr_blocks", new List<object?> { false }).Put("ipv6_cidr_blocks", new List<object?>()).Put("prefix_list_ids", new List<object?>()).Put("security_groups", new List<object?>()) })
                    .Put("name_prefix", true).Put("owner_id", true).Put("tags_all", true), true));
            output.Add(new(consumer, "aws_vpc_endpoint", "db", null,
                new Obj().Put("auto_accept", null).Put("policy", null).Put("private_dns_enabled", true).Put("region", region).Put("service_name", null)
                    .Put("service_network_arn", null).Put("subnet_ids", new List<object?> { "subnet-0" + Hex(rng, 16), "subnet-0" + Hex(rng, 16) })
                    .Put("tags", new Obj().Put("tenant", key)).Put("timeouts", null).Put("vpc_endpoint_type", "Resource").Put("vpc_id", consumerVpc),
                new Obj().Put("arn", true).Put("cidr_blocks", true).Put("dns_entry", true).Put("dns_options", true).Put("id", true).Put("ip_address_type", true)
                    .Put("network_interface_ids", true).Put("owner_id", true).Put("prefix_list_id", true).Put("requester_managed", true)
                    .Put("resource_configuration_arn", true).Put("route_table_ids", true).Put("security_group_ids", true).Put("service_region", true)
                    .Put("state", true).Put("subnet_configuration", true).Put("subnet_ids", new List<object?> { false, false }).Put("tags_all", true), true));

            // app module: what surrounds Lattice in a real plan (ignored by the collector)
            for (var i = 0; i < 3; i++)
                output.Add(new(app, "aws_instance", "web", i, Instance(key, i, region, rng), InstanceUnknown(), false));
            output.Add(new(app, "aws_route53_record", "db", null,
                new Obj().Put("name", $"db.{key}.internal").Put("records", new List<object?> { $"orders-{key}.internal" }).Put("ttl", 300).Put("type", "CNAME"),
                U("allow_overwrite", "fqdn", "id", "zone_id"), false));
            output.Add(new(app, "aws_s3_bucket", "data", null, Bucket($"{key}-data-{Hex(rng, 8)}"), BucketUnknown(), false));
            output.Add(new(app, "aws_s3_bucket_versioning", "data", null,
                new Obj().Put("expected_bucket_owner", null).Put("mfa", null).Put("region", region)
                    .Put("versioning_configuration", new List<object?> { new Obj().Put("mfa_delete", null).Put("status", "Enabled") }),
                U("bucket", "id"), false));
            output.Add(new(app, "aws_iam_role", "app", null,
                new Obj().Put("assume_role_policy", "{\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"}}],\"Version\":\"2012-10-17\"}")
                    .Put("description", null).Put("force_detach_policies", false).Put("max_session_duration", 3600).Put("name", $"{key}-app")
                    .Put("path", "/").Put("permissions_boundary", null).Put("tags", null),
                U("arn", "create_date", "id", "inline_policy", "managed_policy_arns", "name_prefix", "tags_all", "unique_id"), false));
            output.Add(new(app, "aws_iam_role_policy_attachment", "ssm", null,
                new Obj().Put("policy_arn", "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore").Put("role", $"{key}-app"), U("id"), false));
            output.Add(new(app, "aws_cloudwatch_log_group", "app", null,
                new Obj().Put("kms_key_id", null).Put("log_group_class", "STANDARD").Put("name", $"/app/{key}").Put("region", region)
                    .Put("retention_in_days", 30).Put("skip_destroy", false).Put("tags", null),
                U("arn", "id", "name_prefix", "tags_all"), false));
            output.Add(new(app, "aws_db_instance", "orders", null,
                new Obj().Put("allocated_storage", 100).Put("allow_major_version_upgrade", null).Put("apply_immediately", false).Put("auto_minor_version_upgrade", true)
                    .Put("backup_retention_period", 7).Put("copy_tags_to_snapshot", true).Put("db_name", "orders").Put("deletion_protection", true)
                    .Put("engine", "postgres").Put("engine_version", "16.4").Put("identifier", $"{key}-orders").Put("instance_class", "db.r6g.large")
                    .Put("multi_az", true).Put("password", null).Put("publicly_accessible", false).Put("region", region).Put("skip_final_snapshot", false)
                    .Put("storage_encrypted", true).Put("storage_type", "gp3").Put("tags", new Obj().Put("tenant", key)).Put("username", "orders_admin"),
                U("address", "arn", "availability_zone", "endpoint", "id", "kms_key_id", "port", "resource_id", "status", "tags_all", "vpc_security_group_ids"), false));
            for (var i = 0; i < 2; i++)
                output.Add(new(app, "aws_subnet", "app", i,
                    new Obj().Put("assign_ipv6_address_on_creation", false).Put("availability_zone", region + (i == 0 ? "a" : "c")).Put("cidr_block", $"10.{second}.{128 + i * 64}.0/18")
                        .Put("enable_dns64", false).Put("map_public_ip_on_launch", false).Put("region", region).Put("tags", new Obj().Put("Name", $"{key}-app-{i}")).Put("vpc_id", consumerVpc),
                    U("arn", "availability_zone_id", "id", "ipv6_cidr_block_association_id", "owner_id", "tags_all"), false));
            output.Add(new(app, "aws_lb", "app", null,
                new Obj().Put("drop_invalid_header_fields", true).Put("enable_deletion_protection", true).Put("idle_timeout", 60).Put("internal", true)
                    .Put("load_balancer_type", "application").Put("name", $"{key}-app").Put("region", region).Put("tags", null),
                U("arn", "arn_suffix", "dns_name", "id", "security_groups", "subnets", "tags_all", "vpc_id", "zone_id"), false));
            output.Add(new(app, "aws_lb_target_group", "app", null,
                new Obj().Put("deregistration_delay", "300").Put("name", $"{key}-app").Put("port", 8080).Put("protocol", "HTTP").Put("region", region)
                    .Put("target_type", "instance").Put("tags", null).Put("vpc_id", consumerVpc),
                U("arn", "arn_suffix", "health_check", "id", "load_balancing_algorithm_type", "stickiness", "tags_all"), false));
        }

        private static Obj Instance(string key, int i, string region, Random rng) => new Obj()
            .Put("ami", "ami-0" + Hex(rng, 16)).Put("associate_public_ip_address", false)
            .Put("disable_api_stop", false).Put("disable_api_termination", false).Put("ebs_optimized", true).Put("iam_instance_profile", $"{key}-app").Put("instance_type", i == 0 ? "m7g.large" : "m7g.medium")
            .Put("metadata_options", new List<object?> { new Obj().Put("http_endpoint", "enabled").Put("http_put_response_hop_limit", 1).Put("http_tokens", "required").Put("instance_metadata_tags", "disabled") })
            .Put("monitoring", true).Put("region", region)
            .Put("root_block_device", new List<object?> { new Obj().Put("delete_on_termination", true).Put("encrypted", true).Put("volume_size", 40).Put("volume_type", "gp3") })
            .Put("source_dest_check", true).Put("tags", new Obj().Put("Name", $"{key}-web-{i}").Put("tenant", key)).Put("timeouts", null);

        private static Obj InstanceUnknown() => U("arn", "availability_zone", "cpu_options", "ebs_block_device", "host_id", "id", "instance_state",
            "ipv6_addresses", "network_interface", "primary_network_interface_id", "private_dns", "private_ip", "public_ip",
            "security_groups", "subnet_id", "tags_all", "vpc_security_group_ids");

        private static Obj Bucket(string name) => new Obj().Put("bucket", name).Put("force_destroy", false).Put("object_lock_enabled", false)
            .Put("tags", new Obj().Put("data-classification", "internal")).Put("timeouts", null);

        private static Obj BucketUnknown() => U("acl", "arn", "bucket_domain_name", "bucket_prefix", "bucket_regional_domain_name", "hosted_zone_id", "id",
            "policy", "region", "server_side_encryption_configuration", "tags_all", "versioning");

        // ---- configuration: constant size, module calls with input and output references ----

        private static Obj Refs(params string[] refs) => new Obj().Put("references", refs.ToList());

        private static Obj Const(object? v) => new Obj().Put("constant_value", v);

        private static Obj ConfigResource(string type, string name, Obj expressions, int? countOf = null)
        {
            var o = new Obj().Put("address", type + "." + name).Put("mode", "managed").Put("type", type).Put("name", name)
                .Put("provider_config_key", "aws").Put("expressions", expressions).Put("schema_version", 0);
            if (countOf is { } n) o.Put("count_expression", Const(n));
            return o;
        }

        private static Obj Configuration(List<string> tenants, bool padding)
        {
            var providerModule = new Obj()
                .Put("resources", new List<object?>
                {
                    ConfigResource("aws_security_group", "gateway", new Obj().Put("description", Const("Resource gateway ENIs")).Put("name", Refs("var.name")).Put("vpc_id", Refs("var.vpc_id"))),
                    ConfigResource("aws_vpc_security_group_ingress_rule", "gateway_db", new Obj().Put("cidr_ipv4", Refs("var.consumer_cidr")).Put("from_port", Const(5432))
                        .Put("ip_protocol", Const("tcp")).Put("security_group_id", Refs("aws_security_group.gateway.id", "aws_security_group.gateway")).Put("to_port", Const(5432))),
                    ConfigResource("aws_vpc_security_group_egress_rule", "gateway_db", new Obj().Put("cidr_ipv4", Refs("var.db_cidr")).Put("from_port", Const(5432))
                        .Put("ip_protocol", Const("tcp")).Put("security_group_id", Refs("aws_security_group.gateway.id", "aws_security_group.gateway")).Put("to_port", Const(5432))),
                    ConfigResource("aws_security_group_rule", "gateway_cache", new Obj().Put("cidr_blocks", Refs("var.cache_cidr")).Put("from_port", Const(6379))
                        .Put("protocol", Const("tcp")).Put("security_group_id", Refs("aws_security_group.gateway.id", "aws_security_group.gateway")).Put("to_port", Const(6379)).Put("type", Const("egress"))),
                    ConfigResource("aws_vpclattice_resource_gateway", "db", new Obj().Put("name", Refs("var.name"))
                        .Put("security_group_ids", Refs("aws_security_group.gateway.id", "aws_security_group.gateway")).Put("subnet_ids", Refs("var.subnet_ids")).Put("vpc_id", Refs("var.vpc_id"))),
                    ConfigResource("aws_vpclattice_resource_configuration", "db", new Obj().Put("name", Refs("var.name")).Put("port_ranges", Refs("var.db_ports")).Put("protocol", Const("TCP"))
                        .Put("resource_configuration_definition", new List<object?> { new Obj().Put("dns_resource", new List<object?> { new Obj().Put("domain_name", Refs("var.db_endpoint")).Put("ip_address_type", Const("IPV4")) }) })
                        .Put("resource_gateway_identifier", Refs("aws_vpclattice_resource_gateway.db.id", "aws_vpclattice_resource_gateway.db"))),
                    ConfigResource("aws_vpclattice_resource_configuration", "cache", new Obj().Put("name", Refs("var.name")).Put("port_ranges", Const(new List<object?> { "6379" })).Put("protocol", Const("TCP"))
                        .Put("resource_configuration_definition", new List<object?> { new Obj().Put("ip_resource", new List<object?> { new Obj().Put("ip_address", Refs("var.cache_ip")) }) })
                        .Put("resource_gateway_identifier", Refs("aws_vpclattice_resource_gateway.db.id", "aws_vpclattice_resource_gateway.db"))),
                    ConfigResource("aws_vpclattice_access_log_subscription", "db", new Obj().Put("destination_arn", Refs("var.log_bucket_arn"))
                        .Put("resource_identifier", Refs("aws_vpclattice_resource_configuration.db.arn", "aws_vpclattice_resource_configuration.db"))),
                    ConfigResource("aws_vpclattice_access_log_subscription", "cache", new Obj().Put("destination_arn", Refs("var.log_group_arn"))
                        .Put("resource_identifier", Refs("aws_vpclattice_resource_configuration.cache.arn", "aws_vpclattice_resource_configuration.cache"))),
                })
                .Put("module_calls", new Obj())
                .Put("outputs", new Obj()
                    .Put("db_configuration_arn", new Obj().Put("expression", Refs("aws_vpclattice_resource_configuration.db.arn", "aws_vpclattice_resource_configuration.db")))
                    .Put("cache_configuration_arn", new Obj().Put("expression", Refs("aws_vpclattice_resource_configuration.cache.arn", "aws_vpclattice_resource_configuration.cache")))
                    .Put("gateway_id", new Obj().Put("expression", Refs("aws_vpclattice_resource_gateway.db.id", "aws_vpclattice_resource_gateway.db"))))
                .Put("variables", Variables("name", "vpc_id", "subnet_ids", "consumer_cidr", "db_cidr", "cache_cidr", "db_ports", "db_endpoint", "cache_ip", "log_bucket_arn", "log_group_arn"));

            var consumerModule = new Obj()
                .Put("resources", new List<object?>
                {
                    ConfigResource("aws_security_group", "endpoint", new Obj().Put("description", Const("Resource endpoint")).Put("name", Refs("var.name")).Put("vpc_id", Refs("var.vpc_id"))),
                    ConfigResource("aws_vpc_endpoint", "db", new Obj().Put("private_dns_enabled", Const(true))
                        .Put("resource_configuration_arn", Refs("var.configuration_arn"))
                        .Put("security_group_ids", Refs("aws_security_group.endpoint.id", "aws_security_group.endpoint"))
                        .Put("subnet_ids", Refs("var.subnet_ids")).Put("vpc_endpoint_type", Const("Resource")).Put("vpc_id", Refs("var.vpc_id"))),
                })
                .Put("module_calls", new Obj())
                .Put("variables", Variables("name", "vpc_id", "subnet_ids", "configuration_arn"));

            var appModule = new Obj()
                .Put("resources", new List<object?>
                {
                    ConfigResource("aws_instance", "web", new Obj().Put("ami", Refs("var.ami")).Put("instance_type", Const("m7g.medium")), 3),
                    ConfigResource("aws_route53_record", "db", new Obj().Put("ttl", Const(300)).Put("type", Const("CNAME"))),
                    ConfigResource("aws_s3_bucket", "data", new Obj().Put("bucket_prefix", Refs("var.name"))),
                    ConfigResource("aws_s3_bucket_versioning", "data", new Obj().Put("bucket", Refs("aws_s3_bucket.data.id", "aws_s3_bucket.data"))),
                    ConfigResource("aws_iam_role", "app", new Obj().Put("name", Refs("var.name"))),
                    ConfigResource("aws_iam_role_policy_attachment", "ssm", new Obj().Put("role", Refs("aws_iam_role.app.name", "aws_iam_role.app"))),
                    ConfigResource("aws_cloudwatch_log_group", "app", new Obj().Put("retention_in_days", Const(30))),
                    ConfigResource("aws_db_instance", "orders", new Obj().Put("engine", Const("postgres")).Put("instance_class", Const("db.r6g.large"))),
                    ConfigResource("aws_subnet", "app", new Obj().Put("vpc_id", Refs("var.vpc_id")), 2),
                    ConfigResource("aws_lb", "app", new Obj().Put("subnets", Refs("aws_subnet.app", "aws_subnet.app"))),
                    ConfigResource("aws_lb_target_group", "app", new Obj().Put("vpc_id", Refs("var.vpc_id"))),
                })
                .Put("module_calls", new Obj())
                .Put("variables", Variables("name", "vpc_id", "ami"));

            var tenantModule = new Obj()
                .Put("resources", new List<object?>
                {
                    ConfigResource("aws_ram_resource_share", "db", new Obj().Put("allow_external_principals", Refs("each.value.external")).Put("name", Refs("each.key"))),
                    ConfigResource("aws_ram_resource_association", "db", new Obj()
                        .Put("resource_arn", Refs("module.provider.db_configuration_arn", "module.provider"))
                        .Put("resource_share_arn", Refs("aws_ram_resource_share.db.arn", "aws_ram_resource_share.db"))),
                    ConfigResource("aws_ram_principal_association", "consumer", new Obj().Put("principal", Refs("var.consumer_account"))
                        .Put("resource_share_arn", Refs("aws_ram_resource_share.db.arn", "aws_ram_resource_share.db"))),
                    ConfigResource("aws_ram_principal_association", "partner", new Obj().Put("principal", Refs("var.partner_account"))
                        .Put("resource_share_arn", Refs("aws_ram_resource_share.db.arn", "aws_ram_resource_share.db"))),
                })
                .Put("module_calls", new Obj()
                    .Put("provider", new Obj().Put("source", "./modules/lattice-provider")
                        .Put("expressions", new Obj().Put("name", Refs("var.name")).Put("vpc_id", Refs("var.provider_vpc_id")).Put("subnet_ids", Refs("var.provider_subnet_ids"))
                            .Put("log_bucket_arn", Refs("var.log_bucket_arn")))
                        .Put("module", providerModule))
                    .Put("consumer", new Obj().Put("source", "./modules/lattice-consumer")
                        .Put("expressions", new Obj().Put("name", Refs("var.name")).Put("vpc_id", Refs("var.consumer_vpc_id"))
                            .Put("configuration_arn", Refs("module.provider.db_configuration_arn", "module.provider")))
                        .Put("module", consumerModule))
                    .Put("app", new Obj().Put("source", "./modules/app")
                        .Put("expressions", new Obj().Put("name", Refs("var.name")).Put("vpc_id", Refs("var.consumer_vpc_id")).Put("ami", Const("ami-0123456789abcdef0")))
                        .Put("module", appModule)))
                .Put("outputs", new Obj().Put("share_arn", new Obj().Put("expression", Refs("aws_ram_resource_share.db.arn", "aws_ram_resource_share.db"))))
                .Put("variables", Variables("name", "provider_vpc_id", "provider_subnet_ids", "consumer_vpc_id", "consumer_account", "partner_account", "log_bucket_arn"));

            var rootResources = new List<object?>();
            if (padding) rootResources.Add(ConfigResource("aws_s3_bucket", "pad", new Obj().Put("bucket", Refs("count.index")), 1));
            var root = new Obj()
                .Put("resources", rootResources)
                .Put("module_calls", new Obj().Put("tenant", new Obj().Put("source", "./modules/tenant")
                    .Put("expressions", new Obj().Put("name", Refs("each.key")).Put("consumer_account", Const("222222222222")).Put("partner_account", Const("999999999999"))
                        .Put("provider_vpc_id", Refs("each.value.provider_vpc")).Put("consumer_vpc_id", Refs("each.value.consumer_vpc")))
                    .Put("for_each_expression", Refs("var.tenants"))
                    .Put("module", tenantModule)))
                .Put("variables", new Obj().Put("tenants", new Obj().Put("description", $"{tenants.Count} tenants")));
            return new Obj()
                .Put("provider_config", new Obj().Put("aws", new Obj().Put("name", "aws").Put("full_name", Provider).Put("version_constraint", "~> 6.0")
                    .Put("expressions", new Obj().Put("region", Const("ap-northeast-1")))))
                .Put("root_module", root);
        }

        private static Obj Variables(params string[] names)
        {
            var o = new Obj();
            foreach (var n in names) o.Put(n, new Obj());
            return o;
        }
    }

    /// <summary>
    /// CloudFormation: one template with the same mix per tenant (logical ids prefixed <c>T00042</c>): gateway group
    /// with an inline egress rule plus separate SecurityGroupIngress/Egress resources, gateway, DNS and IP configurations,
    /// access logs, a RAM share with principals, an endpoint group with an inline rule, a Resource endpoint, and
    /// instances, buckets, a role, a log group and a database the collector ignores.
    /// </summary>
    internal static class CloudFormationGenerator
    {
        private const int PerTenant = 19;

        public static Stats Write(string path, int count, int seed)
        {
            var rng = new Random(seed + 1);
            using var w = new StreamWriter(path, false, new UTF8Encoding(false));
            w.Write("AWSTemplateFormatVersion: \"2010-09-09\"\nDescription: generated benchmark template\nParameters:\n  Environment:\n    Type: String\n    Default: prod\nResources:\n");
            int resources = 0, lattice = 0;
            for (var t = 0; resources + PerTenant <= count; t++)
            {
                var (all, l) = Tenant(w, t, rng);
                resources += all;
                lattice += l;
            }
            for (var p = 0; resources < count; p++, resources++)
                w.Write($"  PadBucket{p:D6}:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub \"pad-{p:D6}-${{AWS::AccountId}}\"\n");
            return new Stats(resources, lattice);
        }

        private static (int All, int Lattice) Tenant(StreamWriter w, int t, Random rng)
        {
            var p = $"T{t:D5}";
            var second = t % 250;
            var vpc = $"vpc-0{rng.NextInt64():x16}"[..21];
            var consumerVpc = $"vpc-0{rng.NextInt64():x16}"[..21];
            var subnetA = $"subnet-0{rng.NextInt64():x16}"[..24];
            var subnetB = $"subnet-0{rng.NextInt64():x16}"[..24];
            var subnets = t % 6 == 5 ? $"[{subnetA}]" : $"[{subnetA}, {subnetB}]";
            var ingressCidr = t % 9 == 4 ? "0.0.0.0/0" : $"10.{second}.0.0/16";
            var egressCidr = t % 11 == 3 ? "0.0.0.0/0" : $"10.{second}.16.0/20";
            var dbPorts = t % 13 == 7 ? "1024-65535" : "5432";
            var ip = t % 17 == 8 ? $"52.95.{second}.{t % 200 + 10}" : $"10.{second}.33.{t % 200 + 10}";
            var principals = t % 7 == 3 ? "[\"222222222222\", \"999999999999\"]" : "[\"222222222222\"]";
            var lattice = 10;
            w.Write($"""
              {p}GatewaySg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: Resource gateway ENIs
                  VpcId: {vpc}
                  SecurityGroupEgress:
                    - IpProtocol: tcp
                      FromPort: 6379
                      ToPort: 6379
                      CidrIp: 10.{second}.32.0/20
                      Description: To the cache
                  Tags:
                    - Key: tenant
                      Value: {p}
              {p}GatewayIngress:
                Type: AWS::EC2::SecurityGroupIngress
                Properties:
                  GroupId: !GetAtt {p}GatewaySg.GroupId
                  IpProtocol: tcp
                  FromPort: 5432
                  ToPort: 5432
                  CidrIp: {ingressCidr}
                  Description: Consumers to PostgreSQL
              {p}GatewayEgress:
                Type: AWS::EC2::SecurityGroupEgress
                Properties:
                  GroupId: !Ref {p}GatewaySg
                  IpProtocol: tcp
                  FromPort: 5432
                  ToPort: 5432
                  CidrIp: {egressCidr}
              {p}Gateway:
                Type: AWS::VpcLattice::ResourceGateway
                Properties:
                  Name: {p.ToLowerInvariant()}-db-gateway
                  VpcIdentifier: {vpc}
                  SubnetIds: {subnets}
                  SecurityGroupIds: [!GetAtt {p}GatewaySg.GroupId]
              {p}DbConfig:
                Type: AWS::VpcLattice::ResourceConfiguration
                Properties:
                  Name: {p.ToLowerInvariant()}-orders-db
                  ResourceConfigurationType: SINGLE
                  ResourceGatewayId: !Ref {p}Gateway
                  PortRanges: ["{dbPorts}"]
                  ProtocolType: TCP
                  ResourceConfigurationDefinition:
                    DnsResource: {"{"} DomainName: !Sub "orders-{p.ToLowerInvariant()}.cluster-abc.${"{"}AWS::Region{"}"}.rds.amazonaws.com", IpAddressType: IPV4 {"}"}
              {p}CacheConfig:
                Type: AWS::VpcLattice::ResourceConfiguration
                Properties:
                  Name: {p.ToLowerInvariant()}-cache
                  ResourceConfigurationType: SINGLE
                  ResourceGatewayId: !GetAtt {p}Gateway.Id
                  PortRanges: ["6379"]
                  ProtocolType: TCP
                  ResourceConfigurationDefinition:
                    IpResource: {ip}
              {p}DbLogs:
                Type: AWS::VpcLattice::AccessLogSubscription
                Properties:
                  ResourceIdentifier: !GetAtt {p}DbConfig.Arn
                  DestinationArn: !Sub "arn:aws:logs:${"{"}AWS::Region{"}"}:111111111111:log-group:/lattice/{p}"
              {p}Share:
                Type: AWS::RAM::ResourceShare
                Properties:
                  Name: {p.ToLowerInvariant()}-orders-db
                  AllowExternalPrincipals: {(t % 5 == 2 ? "true" : "false")}
                  Principals: {principals}
                  ResourceArns: [!GetAtt {p}DbConfig.Arn]
              {p}EndpointSg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: Resource endpoint
                  VpcId: {consumerVpc}
                  SecurityGroupIngress:
                    - IpProtocol: tcp
                      FromPort: 5432
                      ToPort: 5432
                      CidrIp: 10.{second}.128.0/17
              {p}Endpoint:
                Type: AWS::EC2::VPCEndpoint
                Properties:
                  VpcEndpointType: Resource
                  VpcId: {consumerVpc}
                  SubnetIds: [{subnetA}]
                  SecurityGroupIds: [!Ref {p}EndpointSg]
                  ResourceConfigurationArn: !GetAtt {p}DbConfig.Arn
                  PrivateDnsEnabled: true

            """);
            var other = 0;
            for (var i = 0; i < 4; i++, other++)
                w.Write($"  {p}Web{i}:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-0123456789abcdef0\n      InstanceType: m7g.medium\n      SubnetId: {subnetA}\n      Monitoring: true\n      MetadataOptions: {{ HttpTokens: required, HttpEndpoint: enabled }}\n      Tags:\n        - Key: Name\n          Value: {p}-web-{i}\n");
            w.Write($"  {p}Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub \"{p.ToLowerInvariant()}-data-${{AWS::AccountId}}\"\n      VersioningConfiguration: {{ Status: Enabled }}\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault: {{ SSEAlgorithm: aws:kms }}\n");
            w.Write($"  {p}Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Version: \"2012-10-17\"\n        Statement:\n          - Effect: Allow\n            Principal: {{ Service: ec2.amazonaws.com }}\n            Action: sts:AssumeRole\n      ManagedPolicyArns: [arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore]\n");
            w.Write($"  {p}Logs:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      LogGroupName: /app/{p}\n      RetentionInDays: 30\n");
            w.Write($"  {p}Orders:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      EngineVersion: \"16.4\"\n      DBInstanceClass: db.r6g.large\n      AllocatedStorage: \"100\"\n      MultiAZ: true\n      StorageEncrypted: true\n      PubliclyAccessible: false\n      MasterUsername: orders_admin\n      ManageMasterUserPassword: true\n");
            w.Write($"  {p}Lb:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n      Scheme: internal\n      Type: application\n      Subnets: [{subnetA}, {subnetB}]\n");
            w.Write($"  {p}Tg:\n    Type: AWS::ElasticLoadBalancingV2::TargetGroup\n    Properties:\n      Port: 8080\n      Protocol: HTTP\n      VpcId: {consumerVpc}\n");
            other += 6;
            return (lattice + other, lattice);
        }
    }
}
