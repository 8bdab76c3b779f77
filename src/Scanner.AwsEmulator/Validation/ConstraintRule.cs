namespace Scanner.AwsEmulator.Validation;

/// <summary>How a documented constraint relates the members it names.</summary>
public enum ConstraintRule
{
    /// <summary>At least one of the members must be present.</summary>
    AtLeastOne,

    /// <summary>The members must not be present together.</summary>
    NotTogether,

    /// <summary>The first member must not be present when <see cref="DocumentedConstraint.WhenMember"/> has <see cref="DocumentedConstraint.WhenValue"/>.</summary>
    ForbiddenWhen,
}
