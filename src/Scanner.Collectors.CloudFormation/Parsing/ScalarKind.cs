namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>
/// What a scalar is. Numbers stay <see cref="String"/> text on purpose: account ids such as <c>012345678901</c>
/// must keep their digits, and the mapper coerces to numbers only where the inventory schema wants a number.
/// </summary>
internal enum ScalarKind
{
    String,
    Boolean,
    Null,
}
