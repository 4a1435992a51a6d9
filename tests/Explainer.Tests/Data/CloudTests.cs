namespace Explainer.Tests.Data;

public sealed class CloudTests
{
    private const string Path = "input/data/clouds/azure.yml";

    [Fact]
    public void Missing_operator_is_an_error()
    {
        var result = TestSite.Build(TestSite.With(Path, "name: Microsoft Azure\n"));

        Expect.HasError(result, "input/data/clouds/azure.yml(1,1): error EX0110: cloud 'azure' has no 'operator'\n  hint: add a line 'operator: ...'");
    }

    [Fact]
    public void Unknown_operator_is_an_error_with_a_suggestion()
    {
        var result = TestSite.Build(TestSite.With(Path, "name: Microsoft Azure\noperator: microsof\n"));

        Expect.Errors(result, "input/data/clouds/azure.yml(2,11): error EX0102: unknown company 'microsof'\n  hint: did you mean 'microsoft'?");
    }

    [Fact]
    public void Operator_without_the_cloud_role_is_an_error()
    {
        var result = TestSite.Build(TestSite.With(Path, "name: Microsoft Azure\noperator: openai\n"));

        Expect.Errors(result,
            "input/data/clouds/azure.yml(2,11): error EX0120: 'openai' operates cloud 'azure' but does not have the role 'cloud'\n"
            + "  hint: add 'cloud' to the roles in input/data/companies/openai.yml");
    }

    [Fact]
    public void Misspelt_key_lists_the_cloud_keys()
    {
        var result = TestSite.Build(TestSite.With(Path, "name: Microsoft Azure\noperator: microsoft\noperater: microsoft\n"));

        Expect.Errors(result,
            "input/data/clouds/azure.yml(3,1): error EX0101: unknown key 'operater' in cloud 'azure'\n  hint: did you mean 'operator'? allowed keys: name, operator");
    }
}
