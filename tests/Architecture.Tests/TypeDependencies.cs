using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Platform.Architecture.Tests;

/// <summary>The types one compiled type names: in its signatures, its attributes and its method bodies.</summary>
internal static class TypeDependencies
{
    public static IEnumerable<TypeReference> Of(TypeDefinition type) =>
        Signature(type).Concat(type.Methods.SelectMany(Body)).SelectMany(Unwrapped);

    private static IEnumerable<TypeReference?> Signature(TypeDefinition type) =>
        new[] { type.BaseType }
            .Concat(type.Interfaces.Select(i => i.InterfaceType))
            .Concat(Attributes(type))
            .Concat(type.Fields.SelectMany(f => Attributes(f).Append(f.FieldType)))
            .Concat(type.Properties.SelectMany(p => Attributes(p).Append(p.PropertyType)))
            .Concat(type.Events.Select(e => e.EventType))
            .Concat(type.Methods.SelectMany(m =>
                Attributes(m)
                    .Append(m.ReturnType)
                    .Concat(m.Parameters.Select(p => p.ParameterType))
                    .Concat(m.GenericParameters.SelectMany(g => g.Constraints.Select(c => c.ConstraintType)))
            ));

    private static IEnumerable<TypeReference> Attributes(ICustomAttributeProvider provider) =>
        provider.CustomAttributes.SelectMany(a =>
            a.ConstructorArguments.Select(c => c.Value).OfType<TypeReference>().Prepend(a.AttributeType));

    private static IEnumerable<TypeReference?> Body(MethodDefinition method) =>
        !method.HasBody
            ? []
            : method
                .Body.Variables.Select(v => v.VariableType)
                .Concat(method.Body.ExceptionHandlers.Select(h => h.CatchType))
                .Concat(method.Body.Instructions.SelectMany(Operand));

    private static IEnumerable<TypeReference?> Operand(Instruction instruction) =>
        instruction.Operand switch
        {
            TypeReference type => [type],
            MethodReference called => Called(called),
            FieldReference field => [field.DeclaringType, field.FieldType],
            _ => [],
        };

    private static IEnumerable<TypeReference?> Called(MethodReference method) =>
        method
            .Parameters.Select(p => p.ParameterType)
            .Prepend(method.ReturnType)
            .Prepend(method.DeclaringType)
            .Concat(method is GenericInstanceMethod generic ? generic.GenericArguments : []);

    /// <summary>A generic instance, an array or a reference names its element type and its type arguments.</summary>
    private static IEnumerable<TypeReference> Unwrapped(TypeReference? type) =>
        type switch
        {
            null or GenericParameter => [],
            GenericInstanceType generic => generic
                .GenericArguments.SelectMany(Unwrapped)
                .Concat(Unwrapped(generic.ElementType)),
            TypeSpecification specification => Unwrapped(specification.ElementType),
            _ => [type],
        };
}
