using System.Text;
using ClaimCompare.Entities;

namespace ClaimCompare.Tests.Entities;

public sealed class EntityRegistryTests
{
    [Test]
    public void Built_in_gazetteer_loads_with_provenance_on_every_entry()
    {
        var registry = EntityRegistry.BuiltIn;
        Assert.Multiple(() =>
        {
            Assert.That(registry.Count, Is.GreaterThan(400));
            Assert.That(registry.Entities.All(e => !string.IsNullOrWhiteSpace(e.Provenance)), Is.True);
            Assert.That(registry.Entities.Select(e => e.Id).Distinct().Count(), Is.EqualTo(registry.Count));
            Assert.That(registry.Entities.Count(e => e.Type == EntityType.Unknown), Is.Zero);
            Assert.That(registry.Find("sohr")!.Heads, Does.Contain("observatory"));
            Assert.That(registry.Find("iran")!.Demonyms, Does.Contain("Iranian"));
        });
    }

    [Test]
    public void Json_user_table_overrides_and_extends_the_gazetteer()
    {
        const string json = """
            {
              "sources": { "desk": "Our news desk's style guide, 2026" },
              "entities": [
                { "id": "sohr", "name": "SOHR monitor", "aliases": ["Observatoire syrien des droits de l'homme"], "source": "desk" },
                { "name": "Jaish al-Izza", "type": "ArmedGroup", "aliases": "Jaysh al-Izza; Army of Glory" }
              ]
            }
            """;
        var user = EntityRegistry.FromJson(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        var merged = EntityRegistry.BuiltIn.Merge(user);
        var resolver = new EntityResolver(merged);
        Assert.Multiple(() =>
        {
            Assert.That(merged.Find("sohr")!.Provenance, Is.EqualTo("Our news desk's style guide, 2026"));
            Assert.That(merged.Find("sohr")!.Type, Is.EqualTo(EntityType.Organization), "type kept from the gazetteer when the user table gives none");
            Assert.That(resolver.Resolve("Syrian Observatory for Human Rights").Id, Is.EqualTo("sohr"), "old names still match");
            Assert.That(resolver.Resolve("Observatoire syrien des droits de l’homme").Id, Is.EqualTo("sohr"));
            Assert.That(resolver.Resolve("Army of Glory").CanonicalName, Is.EqualTo("Jaish al-Izza"));
            Assert.That(resolver.Resolve("Army of Glory").Provenance, Is.EqualTo("user table"));
        });
    }

    [Test]
    public void Csv_user_table_reads_quoted_fields()
    {
        const string csv = "id,name,type,aliases,source\r\nnpf,\"National Police Force, Ruritania\",Agency,\"NPF;Ruritanian police\",Ruritania gazette\r\n,Blue Brigades,ArmedGroup,,\n";
        var registry = EntityRegistry.FromCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv)));
        var resolver = new EntityResolver(registry);
        Assert.Multiple(() =>
        {
            Assert.That(registry.Count, Is.EqualTo(2));
            Assert.That(resolver.Resolve("Ruritanian police").CanonicalName, Is.EqualTo("National Police Force, Ruritania"));
            Assert.That(registry.Find("npf")!.Provenance, Is.EqualTo("Ruritania gazette"));
            Assert.That(registry.Entities[1].Id, Is.EqualTo(EntityNormalizer.Skeleton("Blue Brigades")));
            Assert.That(registry.Entities[1].Provenance, Is.EqualTo("user table"));
        });
    }

    [TestCase("not json")]                         // malformed
    [TestCase("{\"entities\": [{\"id\": \"x\"}]}")] // entry without a name
    [TestCase("42")]                               // neither array nor object
    public void Bad_json_tables_throw_InvalidDataException(string json) =>
        Assert.Throws<InvalidDataException>(() => EntityRegistry.FromJson(new MemoryStream(Encoding.UTF8.GetBytes(json))));

    [Test]
    public void Csv_without_a_name_column_throws_InvalidDataException() =>
        Assert.Throws<InvalidDataException>(() => EntityRegistry.FromCsv(new MemoryStream(Encoding.UTF8.GetBytes("id,type\nx,Place\n"))));

    [Test]
    public void Merge_of_many_tables_lets_later_tables_win()
    {
        var first = EntityRegistry.FromEntities([new Entity("x", "First", EntityType.Place, [], "a")]);
        var second = EntityRegistry.FromEntities([new Entity("x", "Second", EntityType.Place, [], "b")]);
        var merged = EntityRegistry.Merge(first, second);
        Assert.Multiple(() =>
        {
            Assert.That(merged.Find("x")!.CanonicalName, Is.EqualTo("Second"));
            Assert.That(merged.Find("x")!.Aliases, Does.Contain("First"));
        });
    }
}
