using System.Globalization;

namespace EcsConsole.Testing;

/// <summary>
/// Checks AWS Query form parameters against an input shape. Keys are folded into a tree by their dots,
/// then the tree is walked with the Query rules: structure members by (location) name, lists as
/// <c>.member.N</c> (or flattened <c>.N</c>), maps as <c>.entry.N.key/value</c>, indexes from 1 without gaps.
/// A flattened member keeps its own name, as Smithy's awsQuery says (botocore differs and skips those vectors).
/// EC2 models are walked with EC2's rules: every list flattened, members named by queryName or capitalised locationName.
/// </summary>
internal sealed class QueryInputWalker(ServiceModel model)
{
    private readonly List<string> _errors = [];

    public IReadOnlyList<string> Errors => _errors;

    public void Walk(string operationName, string? inputShape, IReadOnlyDictionary<string, string> form)
    {
        CheckHeaderParameter(form, "Action", operationName);
        CheckHeaderParameter(form, "Version", model.Metadata.ApiVersion);

        var root = new Node();
        foreach (var (key, value) in form)
        {
            if (key is "Action" or "Version")
            {
                continue;
            }

            var node = root;
            foreach (var segment in key.Split('.'))
            {
                node = node.Child(segment);
            }

            node.Value = value;
        }

        if (inputShape is null)
        {
            foreach (var name in root.Children.Keys)
            {
                _errors.Add($"{name}: {operationName} takes no input");
            }

            return;
        }

        WalkShape("", model.Shape(inputShape), root, null);
    }

    private void CheckHeaderParameter(IReadOnlyDictionary<string, string> form, string name, string expected)
    {
        if (!form.TryGetValue(name, out var actual))
        {
            _errors.Add($"{name}: missing");
        }
        else if (actual != expected)
        {
            _errors.Add($"{name}: '{actual}' should be '{expected}'");
        }
    }

    private void WalkShape(string path, ShapeModel shape, Node node, MemberModel? reference)
    {
        switch (shape.Type)
        {
            case "structure":
                WalkStructure(path, shape, node);
                break;
            case "list":
                WalkList(path, shape, node, reference);
                break;
            case "map":
                WalkMap(path, shape, node, reference);
                break;
            default:
                WalkScalar(path, shape, node, reference);
                break;
        }
    }

    private void WalkStructure(string path, ShapeModel shape, Node node)
    {
        if (node.Value is not null)
        {
            _errors.Add($"{Display(path)}: {shape.Name} is a structure, not a value");
        }

        var byWireName = shape.Members.Values.ToDictionary(ParameterName, StringComparer.Ordinal);
        foreach (var (segment, child) in node.Children)
        {
            var childPath = Join(path, segment);
            if (!byWireName.TryGetValue(segment, out var member))
            {
                var nearly = byWireName.Keys.FirstOrDefault(k => string.Equals(k, segment, StringComparison.OrdinalIgnoreCase));
                _errors.Add(nearly is null
                    ? $"{childPath}: '{segment}' is not a member of {shape.Name}"
                    : $"{childPath}: '{segment}' is not a member of {shape.Name} (wrong case? the model says '{nearly}')");
                continue;
            }

            WalkShape(childPath, model.Shape(member.Shape), child, member);
        }

        foreach (var required in shape.Required)
        {
            if (shape.Members.TryGetValue(required, out var member) && !node.Children.ContainsKey(ParameterName(member)))
            {
                _errors.Add($"{Join(path, ParameterName(member))}: required member of {shape.Name} is missing");
            }
        }
    }

    private void WalkList(string path, ShapeModel shape, Node node, MemberModel? reference)
    {
        // An empty list is sent as the bare key with an empty value.
        if (node.Value == "" && node.Children.Count == 0)
        {
            ScalarRules.CheckCount(path, shape, 0, _errors);
            return;
        }

        var items = node;
        var itemsPath = path;
        if (!IsFlattened(shape, reference))
        {
            var memberName = shape.Member!.LocationName ?? "member";
            var unexpected = node.Children.Keys.Where(k => k != memberName).ToList();
            foreach (var key in unexpected)
            {
                _errors.Add($"{Join(path, key)}: list {shape.Name} items go under '.{memberName}.N'");
            }

            if (!node.Children.TryGetValue(memberName, out var memberNode))
            {
                return;
            }

            items = memberNode;
            itemsPath = Join(path, memberName);
        }

        var indexes = Indexes(itemsPath, items);
        ScalarRules.CheckCount(path, shape, indexes.Count, _errors);
        foreach (var (index, child) in indexes)
        {
            WalkShape(Join(itemsPath, index.ToString(CultureInfo.InvariantCulture)), model.Shape(shape.Member!.Shape), child, shape.Member);
        }
    }

    private void WalkMap(string path, ShapeModel shape, Node node, MemberModel? reference)
    {
        var entries = node;
        var entriesPath = path;
        if (!IsFlattened(shape, reference))
        {
            foreach (var key in node.Children.Keys.Where(k => k != "entry"))
            {
                _errors.Add($"{Join(path, key)}: map {shape.Name} entries go under '.entry.N'");
            }

            if (!node.Children.TryGetValue("entry", out var entryNode))
            {
                return;
            }

            entries = entryNode;
            entriesPath = Join(path, "entry");
        }

        var keyName = shape.Key!.LocationName ?? "key";
        var valueName = shape.Value!.LocationName ?? "value";
        var indexes = Indexes(entriesPath, entries);
        ScalarRules.CheckCount(path, shape, indexes.Count, _errors);
        foreach (var (index, entry) in indexes)
        {
            var entryPath = Join(entriesPath, index.ToString(CultureInfo.InvariantCulture));
            foreach (var extra in entry.Children.Keys.Where(k => k != keyName && k != valueName))
            {
                _errors.Add($"{Join(entryPath, extra)}: map entries have only '{keyName}' and '{valueName}'");
            }

            foreach (var part in new[] { (keyName, shape.Key), (valueName, shape.Value) })
            {
                if (entry.Children.TryGetValue(part.Item1, out var partNode))
                {
                    WalkShape(Join(entryPath, part.Item1), model.Shape(part.Item2.Shape), partNode, part.Item2);
                }
                else
                {
                    _errors.Add($"{Join(entryPath, part.Item1)}: missing");
                }
            }
        }
    }

    private void WalkScalar(string path, ShapeModel shape, Node node, MemberModel? reference)
    {
        foreach (var key in node.Children.Keys)
        {
            _errors.Add($"{Join(path, key)}: {shape.Name} is a {shape.Type} and has no members");
        }

        if (node.Value is not { } value)
        {
            return;
        }

        QueryScalar.Check(path, shape, value, reference, _errors);
    }

    private List<(int Index, Node Node)> Indexes(string path, Node node)
    {
        var result = new List<(int, Node)>();
        foreach (var (segment, child) in node.Children)
        {
            if (int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= 1)
            {
                result.Add((index, child));
            }
            else
            {
                _errors.Add($"{Join(path, segment)}: expected a 1-based index");
            }
        }

        result.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i].Item1 != i + 1)
            {
                _errors.Add($"{path}: indexes must run 1..{result.Count} without gaps, found {result[i].Item1} at position {i + 1}");
                break;
            }
        }

        return result;
    }

    // EC2's dialect flattens every list (Name.N) and names parameters by queryName or capitalised locationName.
    private bool IsEc2 => model.Metadata.Protocol == "ec2";

    private string ParameterName(MemberModel member) => IsEc2 ? member.Ec2QueryName : member.WireName;

    private bool IsFlattened(ShapeModel shape, MemberModel? reference) => IsEc2 || shape.Flattened || reference?.Flattened == true;

    private static string Join(string path, string segment) => path.Length == 0 ? segment : $"{path}.{segment}";

    private static string Display(string path) => path.Length == 0 ? "(root)" : path;

    private sealed class Node
    {
        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public string? Value { get; set; }

        public Node Child(string segment)
        {
            if (!Children.TryGetValue(segment, out var child))
            {
                child = new Node();
                Children[segment] = child;
            }

            return child;
        }
    }
}
