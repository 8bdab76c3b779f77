using System.Text.Json;
using System.Text.Json.Nodes;
using System.Web;
using Scanner.AwsEmulator.Wire;

namespace Scanner.AwsEmulator.Validation;

/// <summary>
/// Validates a request against its service model before the emulator answers it: the protocol's framing (rest-json method
/// and URI template, awsJson1.1 X-Amz-Target and content type, ec2/query Action and Version in a form body), every
/// member in the place its binding puts it, the input shape's constraints, and the constraints the documentation states.
/// Nothing here is written per operation: it all comes from Models/&lt;service&gt;.json and <see cref="DocumentedConstraints"/>.
/// </summary>
internal static class RequestValidator
{
    /// <param name="Input">The request's members as the model names them, decoded from wherever the protocol puts them.</param>
    public sealed record Result(string? Operation, IReadOnlyList<RequestViolation> Violations, JsonObject Input);

    public static Result Validate(ServiceModel model, EmulatedRequest request)
    {
        var violations = new List<RequestViolation>();
        var (operation, input) = model.Protocol switch
        {
            "rest-json" => RestJson(model, request, violations),
            "json" => Json(model, request, violations),
            _ => Query(model, request, violations),
        };
        if (operation is null || violations.Count > 0) return new(operation?.Name, violations, input);
        if (operation.InputShape is { } shape) ShapeValidator.Validate(model, shape, input, "", violations);
        foreach (var c in DocumentedConstraints.For(model.Service, operation.Name))
            if (c.Check(input) is { } message) violations.Add(new(ViolationKind.DocumentedConstraint, string.Join("|", c.Members), message));
        return new(operation.Name, violations, input);
    }

    private static (OperationModel?, JsonObject) RestJson(ServiceModel model, EmulatedRequest request, List<RequestViolation> violations)
    {
        var input = new JsonObject();
        if (request.Header("x-amz-target") is { } target)
        {
            violations.Add(new(ViolationKind.WrongProtocol, "", $"{model.SigningName} speaks rest-json; X-Amz-Target '{target}' is the awsJson protocol"));
            return (null, input);
        }
        if (IsForm(request))
        {
            violations.Add(new(ViolationKind.WrongProtocol, "", $"{model.SigningName} speaks rest-json; a form-encoded body is the query protocol"));
            return (null, input);
        }
        OperationModel? operation = null;
        Dictionary<string, string>? labels = null;
        foreach (var op in model.Operations.Values)
            if (op.Method == request.Method && op.Bind(request.RawPath) is { } bound)
            {
                operation = op;
                labels = bound;
                break;
            }
        if (operation is null)
        {
            violations.Add(new(ViolationKind.UnknownOperation, "", $"No operation of {model.SigningName} is {request.Method} {request.RawPath}"));
            return (null, input);
        }
        var members = Members(model, operation);
        foreach (var (name, member) in members)
        {
            var (location, locationName) = Binding(name, member);
            var shape = member.GetProperty("shape").GetString()!;
            if (location == "uri" && labels!.TryGetValue(locationName, out var label)) Put(model, input, name, shape, label, violations);
            else if (location == "header" && request.Header(locationName) is { } header) Put(model, input, name, shape, header, violations);
        }
        var query = HttpUtility.ParseQueryString(request.RawQuery.TrimStart('?'));
        foreach (var key in query.AllKeys)
        {
            if (key is null) continue;
            var match = members.FirstOrDefault(m => Binding(m.Key, m.Value) == ("querystring", key));
            if (match.Key is null)
            {
                violations.Add(Misplaced(members, key, "the query string"));
                continue;
            }
            var shape = match.Value.GetProperty("shape").GetString()!;
            if (model.Shape(shape).GetProperty("type").GetString() == "list")
            {
                var element = model.Shape(shape).GetProperty("member").GetProperty("shape").GetString()!;
                input[match.Key] = new JsonArray(query.GetValues(key)!.Select(v => ShapeValidator.FromText(model, element, v)).ToArray());
            }
            else Put(model, input, match.Key, shape, query[key]!, violations);
        }
        Body(request, members, input, violations, body => !body.Value.TryGetProperty("location", out _));
        return (operation, input);
    }

    private static (OperationModel?, JsonObject) Json(ServiceModel model, EmulatedRequest request, List<RequestViolation> violations)
    {
        var input = new JsonObject();
        var target = request.Header("x-amz-target");
        if (target is null || request.Method != "POST" || request.RawPath != "/")
        {
            violations.Add(new(ViolationKind.WrongProtocol, "", IsForm(request)
                ? $"{model.SigningName} speaks awsJson1.1; a form-encoded body is the query protocol"
                : $"{model.SigningName} speaks awsJson1.1: POST / with X-Amz-Target, not {request.Method} {request.RawPath}"));
            return (null, input);
        }
        if (request.Header("content-type")?.StartsWith("application/x-amz-json-1.1", StringComparison.Ordinal) != true)
        {
            violations.Add(new(ViolationKind.WrongProtocol, "", $"Content-Type must be application/x-amz-json-1.1, not '{request.Header("content-type")}'"));
            return (null, input);
        }
        var dot = target.LastIndexOf('.');
        if (dot < 0 || target[..dot] != model.TargetPrefix || !model.Operations.TryGetValue(target[(dot + 1)..], out var operation))
        {
            violations.Add(new(ViolationKind.UnknownOperation, "", $"No operation of {model.SigningName} is X-Amz-Target '{target}'"));
            return (null, input);
        }
        var members = Members(model, operation);
        foreach (var key in HttpUtility.ParseQueryString(request.RawQuery.TrimStart('?')).AllKeys.OfType<string>())
            violations.Add(Misplaced(members, key, "the query string"));
        Body(request, members, input, violations, _ => true);
        return (operation, input);
    }

    private static (OperationModel?, JsonObject) Query(ServiceModel model, EmulatedRequest request, List<RequestViolation> violations)
    {
        var input = new JsonObject();
        if (request.Header("x-amz-target") is not null || request.Method != "POST" || request.RawPath != "/" || !IsForm(request))
        {
            violations.Add(new(ViolationKind.WrongProtocol, "",
                $"{model.SigningName} speaks the {model.Protocol} protocol: POST / with a form-encoded body carrying Action and Version"));
            return (null, input);
        }
        var form = Form(request.BodyText);
        if (!form.TryGetValue("Action", out var action))
        {
            violations.Add(new(ViolationKind.WrongProtocol, "Action", "The request must contain the parameter Action"));
            return (null, input);
        }
        if (!model.Operations.TryGetValue(action, out var operation))
        {
            violations.Add(new(ViolationKind.UnknownOperation, "Action", $"The action {action} is not valid for this web service."));
            return (null, input);
        }
        if (form.GetValueOrDefault("Version") != model.ApiVersion)
        {
            violations.Add(new(ViolationKind.WrongProtocol, "Version", $"Version must be {model.ApiVersion}, not '{form.GetValueOrDefault("Version")}'"));
            return (operation, input);
        }
        foreach (var key in HttpUtility.ParseQueryString(request.RawQuery.TrimStart('?')).AllKeys.OfType<string>())
            violations.Add(new(ViolationKind.WrongLocation, key, $"{key} is in the URL query; the {model.Protocol} protocol carries parameters in the form body"));
        var consumed = new HashSet<string>(StringComparer.Ordinal) { "Action", "Version" };
        if (operation.InputShape is { } shape) input = FormStructure(model, shape, "", form, consumed, violations);
        foreach (var key in form.Keys.Where(k => !consumed.Contains(k)))
            violations.Add(new(ViolationKind.UnknownMember, key, $"The parameter {key} is not recognized"));
        return (operation, input);
    }

    private static JsonObject FormStructure(ServiceModel model, string shapeName, string prefix, Dictionary<string, string> form,
        HashSet<string> consumed, List<RequestViolation> violations)
    {
        var result = new JsonObject();
        var shape = model.Shape(shapeName);
        if (!shape.TryGetProperty("members", out var members)) return result;
        foreach (var m in members.EnumerateObject())
        {
            var key = prefix + SerializedName(model, m.Name, m.Value);
            var memberShape = m.Value.GetProperty("shape").GetString()!;
            if (FormValue(model, memberShape, key, m.Value, form, consumed, violations) is { } value) result[m.Name] = value;
        }
        return result;
    }

    private static JsonNode? FormValue(ServiceModel model, string shapeName, string key, JsonElement member, Dictionary<string, string> form,
        HashSet<string> consumed, List<RequestViolation> violations)
    {
        var shape = model.Shape(shapeName);
        switch (shape.GetProperty("type").GetString())
        {
            case "structure":
                return form.Keys.Any(k => k.StartsWith(key + ".", StringComparison.Ordinal))
                    ? FormStructure(model, shapeName, key + ".", form, consumed, violations) : null;
            case "list":
                var flattened = model.Protocol == "ec2" || (shape.TryGetProperty("flattened", out var f) && f.GetBoolean());
                var itemPrefix = flattened ? key : key + "." + (shape.GetProperty("member").TryGetProperty("locationName", out var ln) ? ln.GetString() : "member");
                var element = shape.GetProperty("member").GetProperty("shape").GetString()!;
                if (!flattened && form.TryGetValue(key, out var empty) && empty.Length == 0) { consumed.Add(key); return new JsonArray(); }
                var items = new JsonArray();
                for (var i = 1; form.Keys.Any(k => k == $"{itemPrefix}.{i}" || k.StartsWith($"{itemPrefix}.{i}.", StringComparison.Ordinal)); i++)
                    items.Add(FormValue(model, element, $"{itemPrefix}.{i}", shape.GetProperty("member"), form, consumed, violations));
                return items.Count > 0 ? items : null;
            default:
                if (!form.TryGetValue(key, out var text)) return null;
                consumed.Add(key);
                var value = ShapeValidator.FromText(model, shapeName, text);
                if (value is null) violations.Add(new(ViolationKind.InvalidType, key, $"Value '{text}' for parameter {key} is invalid"));
                return value;
        }
    }

    /// <summary>A member's name on the wire: ec2 uses queryName, else the locationName capitalised; query uses locationName.</summary>
    private static string SerializedName(ServiceModel model, string name, JsonElement member)
    {
        if (model.Protocol == "ec2")
        {
            if (member.TryGetProperty("queryName", out var q)) return q.GetString()!;
            if (member.TryGetProperty("locationName", out var l)) return char.ToUpperInvariant(l.GetString()![0]) + l.GetString()![1..];
            return name;
        }
        return member.TryGetProperty("locationName", out var loc) ? loc.GetString()! : name;
    }

    private static void Body(EmulatedRequest request, Dictionary<string, JsonElement> members, JsonObject input, List<RequestViolation> violations,
        Func<KeyValuePair<string, JsonElement>, bool> inBody)
    {
        if (request.Body.Length == 0) return;
        JsonNode? root;
        try { root = JsonNode.Parse(request.Body); }
        catch (JsonException e)
        {
            violations.Add(new(ViolationKind.InvalidType, "", "The request body is not valid JSON: " + e.Message));
            return;
        }
        if (root is not JsonObject body)
        {
            violations.Add(new(ViolationKind.InvalidType, "", "The request body must be a JSON object"));
            return;
        }
        foreach (var (name, value) in body.ToList())
        {
            var match = members.FirstOrDefault(m => m.Key == name && inBody(m));
            if (match.Key is null)
            {
                violations.Add(Misplaced(members, name, "the body"));
                continue;
            }
            body.Remove(name);
            input[name] = value;
        }
    }

    /// <summary>A parameter with no member at that place: misplaced when a member has that name elsewhere, else unknown.</summary>
    private static RequestViolation Misplaced(Dictionary<string, JsonElement> members, string key, string place)
    {
        foreach (var (name, member) in members)
        {
            var (location, locationName) = Binding(name, member);
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase) || string.Equals(locationName, key, StringComparison.OrdinalIgnoreCase))
                return new(ViolationKind.WrongLocation, name, $"{key} was sent in {place}; the model binds {name} to {Place(location)}");
        }
        return new(ViolationKind.UnknownMember, key, $"{key} (in {place}) is not a member of the input");
    }

    private static string Place(string location) => location switch
    {
        "uri" => "the URI path",
        "querystring" => "the query string",
        "header" => "a header",
        _ => "the JSON body",
    };

    private static (string Location, string LocationName) Binding(string name, JsonElement member) =>
        (member.TryGetProperty("location", out var l) ? l.GetString()! : "body",
         member.TryGetProperty("locationName", out var n) ? n.GetString()! : name);

    private static Dictionary<string, JsonElement> Members(ServiceModel model, OperationModel operation) =>
        operation.InputShape is { } shape && model.Shape(shape).TryGetProperty("members", out var members)
            ? members.EnumerateObject().ToDictionary(m => m.Name, m => m.Value, StringComparer.Ordinal)
            : new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    private static void Put(ServiceModel model, JsonObject input, string name, string shape, string text, List<RequestViolation> violations)
    {
        var value = ShapeValidator.FromText(model, shape, text);
        if (value is null) violations.Add(new(ViolationKind.InvalidType, name, $"Value '{text}' at '{name}' cannot be read as {model.Shape(shape).GetProperty("type").GetString()}"));
        else input[name] = value;
    }

    private static bool IsForm(EmulatedRequest request) =>
        request.Header("content-type")?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;

    private static Dictionary<string, string> Form(string text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var parsed = HttpUtility.ParseQueryString(text);
        foreach (var key in parsed.AllKeys)
            if (key is not null) result[key] = parsed[key] ?? "";
        return result;
    }
}
