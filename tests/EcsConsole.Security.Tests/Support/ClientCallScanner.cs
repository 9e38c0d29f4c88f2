using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace EcsConsole.Security.Tests.Support;

/// <summary>
/// Which methods of the EcsConsole.Aws client interfaces some code really calls: walks the IL of every method of the given
/// assemblies (lambdas and async state machines included, as they are nested types) and, through helpers of the Aws
/// assembly such as paging extensions, follows calls until they reach an <c>I…Client</c> method.
/// </summary>
public static class ClientCallScanner
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private const BindingFlags Everything =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>(interface name, method name) of every client method called from <paramref name="callers"/>.</summary>
    public static IReadOnlySet<(string Client, string Method)> CalledClientMethods(Assembly awsAssembly, params Assembly[] callers) =>
        CalledClientMethods(awsAssembly, callers.SelectMany(a => a.GetTypes()));

    /// <summary>The same for <paramref name="callers"/> and the types nested in them (their lambdas and state machines).</summary>
    public static IReadOnlySet<(string Client, string Method)> CalledClientMethods(Assembly awsAssembly, IEnumerable<Type> callers)
    {
        var found = new HashSet<(string, string)>();
        var followed = new HashSet<MethodBase>();
        foreach (var type in callers.SelectMany(WithNested).Distinct())
        {
            foreach (var method in Bodies(type))
            {
                Scan(method, awsAssembly, found, followed);
            }
        }

        return found;
    }

    private static IEnumerable<Type> WithNested(Type type) =>
        type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic).SelectMany(WithNested).Prepend(type);

    private static IEnumerable<MethodBase> Bodies(Type type) =>
        type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)).Where(m => m.GetMethodBody() is not null);

    private static void Scan(MethodBase method, Assembly awsAssembly, HashSet<(string, string)> found, HashSet<MethodBase> followed)
    {
        foreach (var callee in Callees(method))
        {
            var declaring = callee.DeclaringType;
            if (declaring is null || declaring.Assembly != awsAssembly)
            {
                continue;
            }

            var named = ClientInterfaceOf(declaring, callee);
            if (named is { } client)
            {
                found.Add(client);
            }
            else if (followed.Add(callee))
            {
                // A helper of the Aws assembly (a paging extension, say): what it calls is what its caller calls.
                Scan(callee, awsAssembly, found, followed);
                if (StateMachineOf(callee) is { } machine)
                {
                    foreach (var step in Bodies(machine).Where(followed.Add))
                    {
                        Scan(step, awsAssembly, found, followed);
                    }
                }
            }
        }
    }

    private static (string, string)? ClientInterfaceOf(Type declaring, MethodBase callee)
    {
        if (declaring.IsInterface)
        {
            return IsClient(declaring) ? (declaring.Name, callee.Name) : null;
        }

        // A call on a concrete client class counts as a call of the interface method it implements.
        foreach (var face in declaring.GetInterfaces().Where(IsClient))
        {
            var map = declaring.GetInterfaceMap(face);
            var index = Array.IndexOf(map.TargetMethods, callee as MethodInfo);
            if (index >= 0) return (face.Name, map.InterfaceMethods[index].Name);
        }

        return null;
    }

    private static bool IsClient(Type type) =>
        type.IsInterface && type.Name.StartsWith('I') && type.Name.EndsWith("Client", StringComparison.Ordinal);

    private static Type? StateMachineOf(MethodBase method) => method.GetCustomAttribute<StateMachineAttribute>()?.StateMachineType;

    private static IEnumerable<MethodBase> Callees(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;

        var typeArguments = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var position = 0;
        while (position < il.Length)
        {
            short value = il[position] == 0xFE && position + 1 < il.Length ? (short)(0xFE00 | il[position + 1]) : il[position];
            var opCode = OpCodesByValue[value];
            position += opCode.Size;
            if (opCode.OperandType == OperandType.InlineMethod)
            {
                var token = BitConverter.ToInt32(il, position);
                var callee = Resolve(method.Module, token, typeArguments, methodArguments);
                if (callee is not null) yield return callee;
            }

            position += OperandSize(opCode.OperandType, il, position);
        }
    }

    private static MethodBase? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            return module.ResolveMethod(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static int OperandSize(OperandType type, byte[] il, int position) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, position)),
        _ => 4,
    };
}
