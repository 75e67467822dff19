using ReviewLint.Configuration;
using ReviewLint.Syntax;

namespace ReviewLint.Tests.Configuration;

public class OrganizationOverrideTests
{
    [Fact]
    public void Organization_option_overrides_the_inferred_organisation()
    {
        var resolved = new OptionsResolver([]).Resolve(new ReviewLintOptions { Organization = "Branch" });
        Assert.Equal(OrganizationType.Branch, resolved.FactsOverride?.Organization);
        var document = ReportDocument.Create("a.txt", ReviewLint.Text.SourceText.From("石桥镇党委领导班子对照检查材料\n正文。"), resolved.FactsOverride);
        Assert.Equal(OrganizationType.Branch, document.Facts.Organization);
    }

    [Fact]
    public void Organization_is_read_from_a_configuration_file()
    {
        var options = ConfigurationFiles.Parse("""{ "organization": "Committee" }""", "reviewlint.json");
        Assert.Equal("Committee", options.Organization);
        Assert.Equal("Committee", options.Clone().Organization);
    }

    [Fact]
    public void An_unknown_organisation_is_a_configuration_error()
    {
        var error = Assert.Throws<ConfigurationException>(() => new OptionsResolver([]).Resolve(new ReviewLintOptions { Organization = "Club" }, "reviewlint.json"));
        Assert.Contains("organization", error.Message);
    }
}
