namespace ClaimCompare.Tests.Reliability;

/// <summary>Guards the "no regex that can backtrack without bound" rule at the assembly level.</summary>
public sealed class RegexPolicyTests
{
    [Test]
    public void Library_uses_no_regular_expressions()
    {
        // The stages scan spans by hand, so no input can make a regex backtrack. If this fails, a regex was
        // added: make it source-generated with a match timeout (or NonBacktracking), catch the timeout per
        // sentence and report it as UnclassifiedReason.Timeout, test that, then relax this test.
        var references = typeof(ClaimComparer).Assembly.GetReferencedAssemblies().Select(a => a.Name);
        Assert.That(references, Has.None.EqualTo("System.Text.RegularExpressions"));
    }
}
