using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scanner.Pipeline.Tests;

[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class JsonContext : JsonSerializerContext;
