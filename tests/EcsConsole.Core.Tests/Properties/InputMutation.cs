using System.Collections;
using System.Reflection;
using CsCheck;

namespace EcsConsole.Core.Tests.Properties;

/// <summary>
/// One change to a wizard input, found by reflection: which settable value (by its index among all of them, wrapped) and
/// what goes in (by an index into the hostile values of its type, wrapped, or the generated text).
/// </summary>
public sealed record InputMutation(int Target, int Choice, string Text)
{
    /// <summary>Up to six mutations; CsCheck shrinks a failure to the fewest and simplest that still fail.</summary>
    public static Gen<InputMutation[]> Gen { get; } =
        CsCheck.Gen.Select(CsCheck.Gen.Int[0, 1000], CsCheck.Gen.Int[0, 1000], CsCheck.Gen.String, (t, c, s) => new InputMutation(t, c, s)).Array[0, 6];

    private static readonly string[] HostileTexts =
    [
        "", " ", "\t", new string('a', 300), "x'\"${}\\", "arn:aws:iam::000000000000:role/x", "Ünïcödé-名前", "-", "a b", "0", "-1",
        "https://example.com/x", "/", "aws:reserved", "sg-", "subnet-0123456789abcdef0", "${LoadBalancer.Arn}", "\u0000", "😀",
    ];

    private static readonly long[] HostileNumbers = [-1, 0, 1, 2, 5, 59, 60, 300, 65535, 65536, 100_000, int.MaxValue, int.MinValue];

    private static readonly double[] HostileReals = [-1, 0, 0.05, 0.1, 1, 50, 100, 100.5, 1e9, double.NaN, double.PositiveInfinity];

    /// <summary>Applies the mutations in order to the object graph (lists included), in place.</summary>
    public static void Apply(object root, IEnumerable<InputMutation> mutations)
    {
        foreach (var mutation in mutations)
        {
            var targets = Targets(root).ToList();
            if (targets.Count == 0)
            {
                return;
            }

            targets[mutation.Target % targets.Count].Set(mutation);
        }
    }

    private abstract record Slot
    {
        public abstract void Set(InputMutation mutation);
    }

    private sealed record PropertySlot(object Owner, PropertyInfo Property) : Slot
    {
        public override void Set(InputMutation m)
        {
            var type = Property.PropertyType;
            var underlying = System.Nullable.GetUnderlyingType(type);
            if (underlying is not null && m.Choice % 7 == 0)
            {
                Property.SetValue(Owner, null);
                return;
            }

            Property.SetValue(Owner, Value(underlying ?? type, Property.GetValue(Owner), m, IsNullable(Property)));
        }
    }

    private sealed record ListSlot(IList List, Type Element) : Slot
    {
        public override void Set(InputMutation m)
        {
            switch (m.Choice % 3)
            {
                case 0 when List.Count > 0:
                    List.RemoveAt(m.Target % List.Count);
                    break;
                case 1 when List.Count > 0 && !List.IsFixedSize:
                    List.Add(Copy(List[m.Target % List.Count]));
                    break;
                default:
                    if (!List.IsFixedSize)
                    {
                        if (Element == typeof(string))
                        {
                            List.Add(Hostile(m));
                        }
                        else if (List.Count == 0 && Element.GetConstructor(Type.EmptyTypes) is not null)
                        {
                            List.Add(Activator.CreateInstance(Element));
                        }
                        else
                        {
                            List.Clear();
                        }
                    }

                    break;
            }
        }
    }

    private static IEnumerable<Slot> Targets(object node)
    {
        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var value = property.GetValue(node);
            var type = property.PropertyType;
            if (value is IList list && type != typeof(string))
            {
                var element = type.IsArray ? type.GetElementType()! : type.GetGenericArguments().FirstOrDefault() ?? typeof(object);
                yield return new ListSlot(list, element);
                foreach (var item in list)
                {
                    if (item is not null && IsComposite(item.GetType()))
                    {
                        foreach (var slot in Targets(item))
                        {
                            yield return slot;
                        }
                    }
                }

                continue;
            }

            if (value is IDictionary or ISet<string>)
            {
                continue;
            }

            if (property.CanWrite && property.SetMethod!.IsPublic && IsScalar(System.Nullable.GetUnderlyingType(type) ?? type))
            {
                yield return new PropertySlot(node, property);
            }
            else if (value is not null && IsComposite(type))
            {
                foreach (var slot in Targets(value))
                {
                    yield return slot;
                }
            }
        }
    }

    private static bool IsScalar(Type type) =>
        type == typeof(string) || type == typeof(bool) || type.IsEnum || type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(decimal);

    private static bool IsComposite(Type type) => type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("EcsConsole", StringComparison.Ordinal) == true;

    private static object? Value(Type type, object? current, InputMutation m, bool nullable)
    {
        if (type == typeof(string))
        {
            return nullable && m.Choice % 11 == 0 ? null : Hostile(m, current as string);
        }

        if (type == typeof(bool))
        {
            return !(bool)(current ?? false);
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            // Now and then a value no member has, as a tampered form post would send.
            return m.Choice % 9 == 0 ? Enum.ToObject(type, 99) : values.GetValue(m.Choice % values.Length);
        }

        if (type == typeof(int))
        {
            return (int)Math.Clamp(HostileNumbers[m.Choice % HostileNumbers.Length], int.MinValue, int.MaxValue);
        }

        if (type == typeof(long))
        {
            return HostileNumbers[m.Choice % HostileNumbers.Length];
        }

        if (type == typeof(double))
        {
            return HostileReals[m.Choice % HostileReals.Length];
        }

        return (decimal)HostileNumbers[m.Choice % HostileNumbers.Length];
    }

    private static string Hostile(InputMutation m, string? current = null)
    {
        var pick = m.Choice % (HostileTexts.Length + 2);
        return pick == HostileTexts.Length ? m.Text : pick == HostileTexts.Length + 1 ? (current ?? "") + m.Text : HostileTexts[pick];
    }

    private static bool IsNullable(PropertyInfo property) =>
        new NullabilityInfoContext().Create(property).WriteState == NullabilityState.Nullable;

    private static object? Copy(object? item)
    {
        if (item is null || !IsComposite(item.GetType()))
        {
            return item;
        }

        var copy = item.GetType().GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!.Invoke(item, null);
        return copy;
    }
}
