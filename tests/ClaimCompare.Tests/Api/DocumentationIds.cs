using System.Reflection;
using System.Runtime.CompilerServices;

namespace ClaimCompare.Tests.Api;

/// <summary>The XML documentation ids the C# compiler writes ("T:", "M:", "P:", "F:", "E:"), computed by reflection.</summary>
internal static class DocumentationIds
{
    public static string Of(Type type) => "T:" + TypeName(type);

    public static string? Of(MemberInfo member) => member switch
    {
        ConstructorInfo ctor => "M:" + TypeName(ctor.DeclaringType!) + "." + (ctor.IsStatic ? "#cctor" : "#ctor") + Parameters(ctor.GetParameters()),
        MethodInfo method => "M:" + TypeName(method.DeclaringType!) + "." + method.Name.Replace('.', '#')
            + (method.IsGenericMethodDefinition ? "``" + method.GetGenericArguments().Length : string.Empty)
            + Parameters(method.GetParameters())
            + (method.Name is "op_Implicit" or "op_Explicit" ? "~" + ParameterType(method.ReturnType) : string.Empty),
        PropertyInfo property => "P:" + TypeName(property.DeclaringType!) + "." + property.Name + Parameters(property.GetIndexParameters()),
        FieldInfo field => "F:" + TypeName(field.DeclaringType!) + "." + field.Name,
        EventInfo e => "E:" + TypeName(e.DeclaringType!) + "." + e.Name,
        _ => null,
    };

    /// <summary>Whether the compiler wrote the member itself (record equality, Deconstruct, PrintMembers): it has no source to document.</summary>
    public static bool IsSynthesized(MemberInfo member) =>
        member.IsDefined(typeof(CompilerGeneratedAttribute)) || (member is PropertyInfo { Name: "EqualityContract" });

    private static string TypeName(Type type) =>
        type.IsNested ? TypeName(type.DeclaringType!) + "." + type.Name : type.FullName ?? type.Name;

    private static string Parameters(ParameterInfo[] parameters) =>
        parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => ParameterType(p.ParameterType))) + ")";

    private static string ParameterType(Type type)
    {
        if (type.IsByRef)
        {
            return ParameterType(type.GetElementType()!) + "@";
        }

        if (type.IsPointer)
        {
            return ParameterType(type.GetElementType()!) + "*";
        }

        if (type.IsArray)
        {
            var rank = type.GetArrayRank();
            return ParameterType(type.GetElementType()!) + (rank == 1 ? "[]" : "[" + string.Join(",", Enumerable.Repeat("0:", rank)) + "]");
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }

        var name = type.IsNested ? ParameterType(type.DeclaringType!) + "." + type.Name : type.Namespace + "." + type.Name;
        if (type.IsGenericType)
        {
            name = name[..name.IndexOf('`', StringComparison.Ordinal)] + "{" + string.Join(",", type.GetGenericArguments().Select(ParameterType)) + "}";
        }

        return name;
    }
}
