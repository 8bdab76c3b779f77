namespace Scanner.Core.Schema;

/// <summary>The members of a parsed IAM-style policy document, written by <see cref="Aws.PolicyDocumentParser"/>.</summary>
public static class PolicyDocumentProperties
{
    public static PropertySchema Raw { get; } = Declare.String("The document text.");
    public static PropertySchema ParseError { get; } = Declare.String("Why the document could not be parsed (absent when it parsed).");
    public static PropertySchema Statements { get; } = Declare.List("Statements, normalised.", PolicyStatementProperties.Statement);

    public static IReadOnlyList<PropertySchema> All { get; } = [Raw, ParseError, Statements];

    /// <summary>The document as a property (<c>policy</c> of auth and resource policies).</summary>
    public static PropertySchema Policy { get; } = Declare.Object("A parsed IAM-style policy document.", All);
}
