using Scanner.Core.Findings;
namespace Scanner.Collectors.CloudFormation.Tests;

public class UnresolvedValueReportingTests
{
    private const string Template = """
        Parameters:
          Name: { Type: String }
          Vpc: { Type: String }
        Resources:
          Gateway:
            Type: AWS::VpcLattice::ResourceGateway
            Properties:
              Name: !Ref Name
              VpcIdentifier: !Ref Vpc
              SubnetIds: [subnet-a, subnet-b]
        """;

    [Fact]
    public void WithoutFilter_EveryUnknownValueIsAWarning()
    {
        var result = Cfn.Collect(Template);
        Assert.Equal(["Gateway.name", "Gateway.vpcId"], result.Diagnostics.Where(d => d.Code == "UnresolvedValue").Select(d => d.Message.Split(':')[0]).Order());
    }

    [Fact]
    public void WithFilter_OnlyReadValuesWarn_TheRestAreCountedInOneNote()
    {
        var result = Cfn.Collect(Template, new CloudFormationOptions { ReportUnresolved = (kind, property) => kind == "resource_gateway" && property == "vpcId" });
        var warning = Assert.Single(result.Diagnostics, d => d.Level == DiagnosticLevel.Warning);
        Assert.StartsWith("Gateway.vpcId:", warning.Message);
        var note = Assert.Single(result.Diagnostics, d => d.Code == "UnresolvedValuesNotRead");
        Assert.Equal(DiagnosticLevel.Note, note.Level);
        Assert.StartsWith("1 value(s) that no selected rule reads", note.Message);
    }
}
