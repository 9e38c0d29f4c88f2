using System.Xml.Linq;

namespace EcsConsole.Testing;

/// <summary>Checks AWS Query XML content against a shape tree, with element paths like <c>/Result/Account</c>.</summary>
internal sealed class QueryXmlWalker(ServiceModel model)
{
    private readonly List<string> _errors = [];

    public IReadOnlyList<string> Errors => _errors;

    public void Report(string error) => _errors.Add(error);

    public void WalkStructure(string path, ShapeModel shape, XElement element)
    {
        if (shape.Type != "structure")
        {
            _errors.Add($"{path}: expected structure shape, model says {shape.Type}");
            return;
        }

        var byXmlName = shape.Members.Values.ToDictionary(XmlName, StringComparer.Ordinal);
        foreach (var group in element.Elements().GroupBy(e => e.Name.LocalName, StringComparer.Ordinal))
        {
            var childPath = $"{path}/{group.Key}";
            if (!byXmlName.TryGetValue(group.Key, out var member))
            {
                var nearly = byXmlName.Keys.FirstOrDefault(k => string.Equals(k, group.Key, StringComparison.OrdinalIgnoreCase));
                _errors.Add(nearly is null
                    ? $"{childPath}: '{group.Key}' is not a member of {shape.Name}"
                    : $"{childPath}: '{group.Key}' is not a member of {shape.Name} (wrong case? the model says '{nearly}')");
                continue;
            }

            var target = model.Shape(member.Shape);
            var elements = group.ToList();
            if (IsFlattened(target, member))
            {
                WalkFlattened(childPath, target, elements);
                continue;
            }

            if (elements.Count > 1)
            {
                _errors.Add($"{childPath}: appears {elements.Count} times but {member.Name} is not a flattened list");
            }

            WalkShape(childPath, target, elements[0], member);
        }

        foreach (var required in shape.Required)
        {
            if (shape.Members.TryGetValue(required, out var member) && !element.Elements().Any(e => e.Name.LocalName == XmlName(member)))
            {
                _errors.Add($"{path}/{XmlName(member)}: required member of {shape.Name} is missing");
            }
        }
    }

    private void WalkShape(string path, ShapeModel shape, XElement element, MemberModel? reference)
    {
        switch (shape.Type)
        {
            case "structure":
                WalkStructure(path, shape, element);
                break;
            case "list":
                var itemName = shape.Member!.LocationName ?? "member";
                var items = ChildrenNamed(path, element, itemName);
                ScalarRules.CheckCount(path, shape, items.Count, _errors);
                for (var i = 0; i < items.Count; i++)
                {
                    WalkShape($"{path}/{itemName}[{i + 1}]", model.Shape(shape.Member.Shape), items[i], shape.Member);
                }

                break;
            case "map":
                var entries = ChildrenNamed(path, element, "entry");
                ScalarRules.CheckCount(path, shape, entries.Count, _errors);
                for (var i = 0; i < entries.Count; i++)
                {
                    WalkEntry($"{path}/entry[{i + 1}]", shape, entries[i]);
                }

                break;
            default:
                if (element.HasElements)
                {
                    _errors.Add($"{path}: {shape.Name} is a {shape.Type} but has child elements");
                    return;
                }

                QueryScalar.Check(path, shape, element.Value, reference, _errors);
                break;
        }
    }

    private void WalkFlattened(string path, ShapeModel shape, List<XElement> elements)
    {
        ScalarRules.CheckCount(path, shape, elements.Count, _errors);
        for (var i = 0; i < elements.Count; i++)
        {
            var itemPath = $"{path}[{i + 1}]";
            if (shape.Type == "map")
            {
                WalkEntry(itemPath, shape, elements[i]);
            }
            else
            {
                WalkShape(itemPath, model.Shape(shape.Member!.Shape), elements[i], shape.Member);
            }
        }
    }

    private void WalkEntry(string path, ShapeModel map, XElement entry)
    {
        foreach (var part in new[] { map.Key!, map.Value! })
        {
            var name = part.LocationName ?? part.Name;
            var found = entry.Elements().Where(e => e.Name.LocalName == name).ToList();
            if (found.Count != 1)
            {
                _errors.Add($"{path}/{name}: expected exactly one, found {found.Count}");
                continue;
            }

            WalkShape($"{path}/{name}", model.Shape(part.Shape), found[0], part);
        }
    }

    private List<XElement> ChildrenNamed(string path, XElement element, string name)
    {
        foreach (var other in element.Elements().Where(e => e.Name.LocalName != name))
        {
            _errors.Add($"{path}/{other.Name.LocalName}: expected only <{name}> children");
        }

        return element.Elements().Where(e => e.Name.LocalName == name).ToList();
    }

    // Smithy: a flattened member keeps its own (location) name; the list member's name is not used.
    private static string XmlName(MemberModel member) => member.WireName;

    private static bool IsFlattened(ShapeModel shape, MemberModel reference) =>
        shape.Type is "list" or "map" && (shape.Flattened || reference.Flattened);
}
