using Handboek.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Handboek.Loading;

/// <summary>Reads a data file that is a YAML list of mappings (rollen.yml, wetten.yml, ...).</summary>
public static class ListFileReader
{
    public static IReadOnlyList<T> Read<T>(
        string path,
        InputBoundary input,
        DiagnosticBag diagnostics,
        IReadOnlyCollection<string> knownKeys,
        Func<MappingReader, T?> readItem,
        Func<T, string> idOf)
        where T : class
    {
        if (!File.Exists(path)) return [];

        if (YamlSource.Load(path, input, diagnostics) is not var (source, root)) return [];
        if (root is YamlMappingNode { Children.Count: 0 }) return [];
        if (root is not YamlSequenceNode sequence)
        {
            diagnostics.Error(source.At(root), $"{Path.GetFileName(path)} moet een lijst zijn: begin elk item met '- '");
            return [];
        }

        var items = new List<T>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in sequence.Children)
        {
            if (node is not YamlMappingNode mapping)
            {
                diagnostics.Error(source.At(node), "elk item moet sleutels met waarden hebben, zoals 'id: ...'");
                continue;
            }

            var reader = new MappingReader(source, mapping, diagnostics);
            reader.WarnAboutUnknownKeys(knownKeys);
            if (readItem(reader) is not { } item) continue;
            if (seen.Add(idOf(item))) items.Add(item);
            else diagnostics.Error(reader.Location, $"'{idOf(item)}' staat twee keer in {Path.GetFileName(path)}");
        }

        return items;
    }
}
