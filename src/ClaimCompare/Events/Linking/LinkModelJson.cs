using System.Text;
using System.Text.Json;

namespace ClaimCompare.Events.Linking;

/// <summary>
/// Reads and writes <see cref="LinkModel"/> files with the reader and writer of System.Text.Json (no reflection, so
/// the library stays trimmable and AOT-compatible). Stateless; thread-safe.
/// </summary>
/// <remarks>
/// The file: <c>format</c>, <c>trainer</c>, <c>features</c>, <c>bias</c>, <c>weights</c> or <c>trees</c> (each
/// <c>{feature, threshold, left, right, leaf}</c>), <c>calibration</c> (<c>{slope, offset}</c>), <c>cut</c>,
/// <c>trainedOn</c>, <c>commit</c> and <c>scores</c> (groups of named figures).
/// </remarks>
internal static class LinkModelJson
{
    /// <summary>Reads a model.</summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The model.</returns>
    /// <exception cref="FormatException">The format tag is missing or another.</exception>
    public static LinkModel Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (!root.TryGetProperty("format", out var format) || !string.Equals(format.GetString(), LinkModel.FormatTag, StringComparison.Ordinal))
        {
            throw new FormatException($"A link model file starts with \"format\": \"{LinkModel.FormatTag}\".");
        }

        var trees = new List<LinkModelTree>();
        if (root.TryGetProperty("trees", out var treeArray))
        {
            foreach (var tree in treeArray.EnumerateArray())
            {
                trees.Add(new LinkModelTree(Ints(tree, "feature"), Doubles(tree, "threshold"), Ints(tree, "left"), Ints(tree, "right"), Doubles(tree, "leaf")));
            }
        }

        var scores = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        if (root.TryGetProperty("scores", out var groups))
        {
            foreach (var group in groups.EnumerateObject())
            {
                scores[group.Name] = group.Value.EnumerateObject().ToDictionary(f => f.Name, f => f.Value.GetDouble(), StringComparer.Ordinal);
            }
        }

        var calibration = root.GetProperty("calibration");
        var provenance = new LinkModelProvenance(
            Strings(root, "trainedOn"),
            root.TryGetProperty("commit", out var commit) && commit.ValueKind == JsonValueKind.String ? commit.GetString() : null,
            scores);
        return new LinkModel(
            root.GetProperty("trainer").GetString() ?? string.Empty,
            Strings(root, "features"),
            root.TryGetProperty("weights", out _) ? Doubles(root, "weights") : [],
            root.GetProperty("bias").GetDouble(),
            trees,
            (calibration.GetProperty("slope").GetDouble(), calibration.GetProperty("offset").GetDouble()),
            root.GetProperty("cut").GetDouble(),
            provenance);
    }

    /// <summary>Writes a model, indented, figures in round-trip precision.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The file's text.</returns>
    public static string Write(LinkModel model)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("format", LinkModel.FormatTag);
            writer.WriteString("trainer", model.Trainer);
            WriteArray(writer, "features", model.Features, writer.WriteStringValue);
            writer.WriteNumber("bias", model.Bias);
            if (model.Weights.Count > 0)
            {
                WriteArray(writer, "weights", model.Weights, writer.WriteNumberValue);
            }
            else
            {
                writer.WriteStartArray("trees");
                foreach (var tree in model.Trees)
                {
                    writer.WriteStartObject();
                    WriteArray(writer, "feature", tree.Feature, writer.WriteNumberValue);
                    WriteArray(writer, "threshold", tree.Threshold, writer.WriteNumberValue);
                    WriteArray(writer, "left", tree.Left, writer.WriteNumberValue);
                    WriteArray(writer, "right", tree.Right, writer.WriteNumberValue);
                    WriteArray(writer, "leaf", tree.Leaf, writer.WriteNumberValue);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteStartObject("calibration");
            writer.WriteNumber("slope", model.Calibration.Slope);
            writer.WriteNumber("offset", model.Calibration.Offset);
            writer.WriteEndObject();
            writer.WriteNumber("cut", model.Cut);
            WriteArray(writer, "trainedOn", model.Provenance.Corpora, writer.WriteStringValue);
            writer.WriteString("commit", model.Provenance.Commit);
            writer.WriteStartObject("scores");
            foreach (var (name, figures) in model.Provenance.Scores)
            {
                writer.WriteStartObject(name);
                // JSON has no infinity: a figure that is not finite (a log loss on a fold scored with certainty) is left out.
                foreach (var (figure, value) in figures.Where(f => double.IsFinite(f.Value)))
                {
                    writer.WriteNumber(figure, value);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteArray<T>(Utf8JsonWriter writer, string name, IEnumerable<T> values, Action<T> write)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            write(value);
        }

        writer.WriteEndArray();
    }

    private static string[] Strings(JsonElement element, string name) =>
        [.. element.GetProperty(name).EnumerateArray().Select(e => e.GetString() ?? string.Empty)];

    private static double[] Doubles(JsonElement element, string name) =>
        [.. element.GetProperty(name).EnumerateArray().Select(e => e.GetDouble())];

    private static int[] Ints(JsonElement element, string name) =>
        [.. element.GetProperty(name).EnumerateArray().Select(e => e.GetInt32())];
}
