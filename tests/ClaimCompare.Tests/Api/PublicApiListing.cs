using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace ClaimCompare.Tests.Api;

/// <summary>
/// Lists the public surface of an assembly by reflection: one line per public type and per public or
/// protected member, sorted, with nullable annotations, in a C#-like form that does not depend on
/// metadata order or the runtime's own type-name formatting.
/// </summary>
internal static class PublicApiListing
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(object)] = "object", [typeof(string)] = "string", [typeof(bool)] = "bool",
        [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte", [typeof(char)] = "char", [typeof(short)] = "short",
        [typeof(ushort)] = "ushort", [typeof(int)] = "int", [typeof(uint)] = "uint", [typeof(long)] = "long",
        [typeof(ulong)] = "ulong", [typeof(float)] = "float", [typeof(double)] = "double", [typeof(decimal)] = "decimal",
    };

    public static string Generate(Assembly assembly)
    {
        var nullability = new NullabilityInfoContext();
        var builder = new StringBuilder();
        foreach (var type in PublicTypes(assembly))
        {
            builder.Append(TypeLine(type)).Append('\n');
            foreach (var line in Members(type, nullability).Order(StringComparer.Ordinal))
            {
                builder.Append("  ").Append(line).Append('\n');
            }
        }

        return builder.ToString();
    }

    /// <summary>Public types, nested ones included when reachable, sorted by full name.</summary>
    public static IEnumerable<Type> PublicTypes(Assembly assembly) =>
        assembly.GetTypes().Where(IsVisible).OrderBy(t => t.FullName, StringComparer.Ordinal);

    /// <summary>Public or protected members a caller can see, excluding accessors and compiler-synthesised members.</summary>
    public static IEnumerable<MemberInfo> VisibleMembers(Type type) =>
        type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m switch
            {
                MethodBase method => Visible(method, type) && (!method.IsSpecialName || method.Name.StartsWith("op_", StringComparison.Ordinal) || method is ConstructorInfo),
                PropertyInfo property => property.GetAccessors(nonPublic: true).Any(a => Visible(a, type)),
                FieldInfo field => (field.IsPublic || (!type.IsSealed && (field.IsFamily || field.IsFamilyOrAssembly))) && !field.IsSpecialName,
                EventInfo e => e.AddMethod is { } add && Visible(add, type),
                _ => false,
            })
            .Where(m => !m.Name.Contains('<', StringComparison.Ordinal) && !(type.IsEnum && m is ConstructorInfo));

    private static bool IsVisible(Type type) => type.IsPublic || (type.IsNestedPublic && IsVisible(type.DeclaringType!)) || (type.IsNestedFamily && IsVisible(type.DeclaringType!) && !type.DeclaringType!.IsSealed);

    private static bool Visible(MethodBase method, Type type) => method.IsPublic || (!type.IsSealed && (method.IsFamily || method.IsFamilyOrAssembly));

    private static string TypeLine(Type type)
    {
        string kind;
        var isRecord = type.GetMethod("<Clone>$") is not null || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);
        if (type.IsEnum)
        {
            kind = "enum";
        }
        else if (type.IsInterface)
        {
            kind = "interface";
        }
        else if (typeof(Delegate).IsAssignableFrom(type))
        {
            kind = "delegate";
        }
        else if (type.IsValueType)
        {
            kind = (type.IsDefined(typeof(IsReadOnlyAttribute)) ? "readonly " : string.Empty) + (isRecord ? "record struct" : "struct");
        }
        else
        {
            kind = (type.IsAbstract && type.IsSealed ? "static " : type.IsAbstract ? "abstract " : type.IsSealed ? "sealed " : string.Empty) + (isRecord ? "record" : "class");
        }

        var bases = new List<string>();
        if (type.IsEnum)
        {
            bases.Add(Name(Enum.GetUnderlyingType(type)));
        }
        else if (!type.IsValueType && !type.IsInterface && type.BaseType is { } baseType && baseType != typeof(object) && !typeof(Delegate).IsAssignableFrom(type))
        {
            bases.Add(Name(baseType));
        }

        if (!type.IsEnum)
        {
            bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(i => Name(i)).Order(StringComparer.Ordinal));
        }

        return "public " + kind + " " + Name(type) + (bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty);
    }

    private static IEnumerable<string> Members(Type type, NullabilityInfoContext nullability)
    {
        foreach (var member in VisibleMembers(type))
        {
            switch (member)
            {
                case ConstructorInfo ctor:
                    yield return Access(ctor) + (ctor.IsStatic ? "static " : string.Empty) + "ctor(" + Parameters(ctor, nullability) + ")";
                    break;
                case MethodInfo method:
                    var generic = method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;
                    yield return Access(method) + Modifiers(method) + "method " + Name(method.ReturnType, nullability.Create(method.ReturnParameter)) + " " + method.Name + generic + "(" + Parameters(method, nullability) + ")";
                    break;
                case PropertyInfo property:
                    var accessors = property.GetAccessors(nonPublic: true).Where(a => Visible(a, type)).ToList();
                    var getter = property.GetMethod is { } g && accessors.Contains(g) ? "get; " : string.Empty;
                    var setter = property.SetMethod is { } s && accessors.Contains(s)
                        ? (s.ReturnParameter.GetRequiredCustomModifiers().Any(m => m == typeof(IsExternalInit)) ? "init; " : "set; ")
                        : string.Empty;
                    var indexer = property.GetIndexParameters() is { Length: > 0 } index ? "[" + string.Join(", ", index.Select(p => Name(p.ParameterType, nullability.Create(p)) + " " + p.Name)) + "]" : string.Empty;
                    yield return Access(accessors[0]) + Modifiers(accessors[0]) + "property " + Name(property.PropertyType, nullability.Create(property)) + " " + property.Name + indexer + " { " + getter + setter + "}";
                    break;
                case FieldInfo field when type.IsEnum:
                    yield return "field " + field.Name + " = " + Convert.ToString(field.GetRawConstantValue(), CultureInfo.InvariantCulture);
                    break;
                case FieldInfo field:
                    var constant = field.IsLiteral ? " = " + Literal(field.GetRawConstantValue()) : string.Empty;
                    yield return (field.IsPublic ? string.Empty : "protected ") + (field.IsLiteral ? "const " : (field.IsStatic ? "static " : string.Empty) + (field.IsInitOnly ? "readonly " : string.Empty))
                        + "field " + Name(field.FieldType, nullability.Create(field)) + " " + field.Name + constant;
                    break;
                case EventInfo e:
                    yield return "event " + Name(e.EventHandlerType!, nullability.Create(e)) + " " + e.Name;
                    break;
            }
        }
    }

    private static string Access(MethodBase method) => method.IsPublic ? string.Empty : "protected ";

    private static string Modifiers(MethodInfo method)
    {
        if (method.IsStatic)
        {
            return "static ";
        }

        if (method.DeclaringType!.IsInterface)
        {
            return string.Empty;
        }

        if (method.IsAbstract)
        {
            return "abstract ";
        }

        if (method.GetBaseDefinition().DeclaringType != method.DeclaringType)
        {
            return "override ";
        }

        return method.IsVirtual && !method.IsFinal ? "virtual " : string.Empty;
    }

    private static string Parameters(MethodBase method, NullabilityInfoContext nullability) =>
        string.Join(", ", method.GetParameters().Select(p =>
        {
            var type = p.ParameterType;
            var prefix = string.Empty;
            if (type.IsByRef)
            {
                prefix = p.IsOut ? "out " : p.IsIn ? "in " : "ref ";
                type = type.GetElementType()!;
            }

            if (p.IsDefined(typeof(ParamArrayAttribute)) || p.IsDefined(typeof(ParamCollectionAttribute)))
            {
                prefix += "params ";
            }

            var text = prefix + Name(type, nullability.Create(p)) + " " + p.Name;
            return p.HasDefaultValue ? text + " = " + Default(type, p.RawDefaultValue) : text;
        }));

    private static string Default(Type type, object? value) =>
        value is null && type.IsValueType && Nullable.GetUnderlyingType(type) is null ? "default"
        : value is not null && (Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } enumType ? Name(enumType) + "." + Enum.ToObject(enumType, value)
        : Literal(value);

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        char c => "'" + c + "'",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "?",
    };

    /// <summary>A C#-like name: keywords, namespaces, generic arguments, <c>?</c> for nullable types.</summary>
    public static string Name(Type type, NullabilityInfo? info = null)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying, info?.GenericTypeArguments.FirstOrDefault()) + "?";
        }

        var nullable = info is not null && !type.IsValueType && info.ReadState == NullabilityState.Nullable ? "?" : string.Empty;
        if (type.IsArray)
        {
            return Name(type.GetElementType()!, info?.ElementType) + "[" + new string(',', type.GetArrayRank() - 1) + "]" + nullable;
        }

        if (type.IsByRef)
        {
            return "ref " + Name(type.GetElementType()!);
        }

        if (type.IsGenericParameter)
        {
            return type.Name + nullable;
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword + nullable;
        }

        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : (type.Namespace is { Length: > 0 } ns ? ns + "." : string.Empty) + type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }

        if (type.IsGenericType)
        {
            var arguments = type.GetGenericArguments();
            var argumentInfo = info?.GenericTypeArguments;
            name += "<" + string.Join(", ", arguments.Select((a, i) => Name(a, argumentInfo is { } ai && i < ai.Length ? ai[i] : null))) + ">";
        }

        return name + nullable;
    }
}
