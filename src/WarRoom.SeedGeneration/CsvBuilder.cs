using System.Text;
using WarRoom.Core.Seed;

namespace WarRoom.SeedGeneration;

/// <summary>Builds CSV text the way the seed files are committed: comma-separated, RFC 4180 quoting, LF line ends.</summary>
internal sealed class CsvBuilder
{
    private readonly StringBuilder text = new();

    public CsvBuilder(params string[] header)
    {
        Row(header);
    }

    public CsvBuilder Row(params string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(CsvText.Escape(fields[i]));
        }

        text.Append('\n');
        return this;
    }

    public override string ToString() => text.ToString();
}
